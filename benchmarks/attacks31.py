"""Thirty-first round of attacks: fix75 (an international site's «tj.» edition keeps
Dushanbe's clock; MediaWiki's skip links are chrome; a headline restated by the «به گزارش»
lead under it is the title), fix76 (a headline printed over two lines is doubted; « > » parts
a <title>; a slug spells a line in lower case), fix77 (an item key written as a path segment
with its value in the next; WordPress's post ID before a day's date path; a one-word date
label glued to the author's name).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, thirty-first
round"). Run: PYTHONPATH=src:benchmarks python benchmarks/attacks31.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are near misses where a
rule must not fire; «-pos» inputs are shapes where it must. «iso» is the publication time
with its offset; a title ending «!» must come without a doubt; "WARN" is a title kept and
doubted, or none; a tuple is any of its values.

The shapes come from real pages (the pages the fixes were built on, and pages found with the
search tool, corpus pages), named beside each group; the article sentences are ours.
"""

from typing import Any

from attack_runner import BODY, D, H, check, collector, run

import jalali_meta as jm

cases, case = collector()


def check31(field: str, value: Any, article: jm.Article) -> tuple[bool, Any]:
    """attack_runner's judge and «iso» (the publication time with its offset)."""
    if field == "iso":
        got = article.published.isoformat() if article.published else None
        return got == value, got
    return check(field, value, article)


DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲»
ENGLISH = (
    "Dushanbe opens a new bus line to the airport\n"
    "February 9, 2022 07:49\n"
    "The city council said on Wednesday that the new line will run every twenty minutes "
    "from the central square to the airport and back.\n"
)
PERSIAN_TIMED = f"{H}\n\n{D} - ۱۰:۳۰\n\n{BODY}"

# -- 1. fix75: a «tj.» country edition keeps Dushanbe's clock ---------------------------------
# tj.usembassy.gov prints its Tajik pages under «/tg/» (https://tj.usembassy.gov/tg/
# u-s-embassy-statement-073018-tg/); khovar.tj is a .tj host. Near misses: Iranian blog
# hosts give each blog a first label of its owner's choosing (NAME.blogfa.com,
# NAME.blogsky.com, NAME.mihanblog.com): a blog called «tj» is Iranian, on Tehran's clock.
case(
    "tj-edition-tajik-path-pos usembassy",
    "text",
    ENGLISH,
    {"iso": "2022-02-09T07:49:00+05:00"},
    url="https://tj.usembassy.gov/tg/u-s-embassy-statement-073018-tg/",
)
case(
    "tj-host-pos khovar",
    "text",
    ENGLISH,
    {"iso": "2022-02-09T07:49:00+05:00"},
    url="https://khovar.tj/2022/02/bus-line/",
)
for blog_host in ("tj.blogfa.com", "tj.blogsky.com", "tj.mihanblog.com"):
    case(
        f"iranian-blog-named-tj-neg {blog_host}",
        "text",
        PERSIAN_TIMED,
        {"iso": "2024-03-02T10:30:00+03:30", "title": H},
        url=f"http://{blog_host}/post/120",
    )
case(
    "tj-on-ir-host-neg",
    "text",
    PERSIAN_TIMED,
    {"iso": "2024-03-02T10:30:00+03:30"},
    url="https://tj.farhang.gov.ir/news/12",
)

# -- 2. fix75: MediaWiki's skip links are chrome ------------------------------------------------
# Vector 2022 prints one skip link, «Jump to content» (en-two.iwiki.icu/wiki/H:FORCE; Persian
# «پرش به محتوا»); older Vector prints «Jump to navigation Jump to search» without a colon
# (whose-is-this-phone-number.com/wiki/Wikipedia:Searching).
WIKI_HEAD = "تاریخچه کتابخانه ملی"
WIKI_BODY = (
    "کتابخانه ملی در سال‌های نخست سده گذشته با چند هزار جلد کتاب در تهران بنیاد نهاده شد و "
    "امروز یکی از بزرگ‌ترین گنجینه‌های نسخه‌های خطی در کشور است.\n\n"
    "ساختمان تازه آن در دهه هفتاد به بهره‌برداری رسید و تالارهای مطالعه آن هر روز پذیرای "
    "پژوهشگران است.\n"
)
case(
    "wiki-jump-to-content-fa-pos iwiki",
    "text",
    f"پرش به محتوا\n\n{WIKI_HEAD}\n\nاز ویکی‌پدیا، دانشنامهٔ آزاد\n\n{WIKI_BODY}",
    {"title": WIKI_HEAD},
)
case(
    "wiki-jump-links-no-colon-pos",
    "text",
    f"{WIKI_HEAD}\n\nاز ویکی‌پدیا، دانشنامهٔ آزاد\nJump to navigation Jump to search\n\n{WIKI_BODY}",
    {"title": WIKI_HEAD},
)
case(
    "wiki-vector-fa-skip-links-pos",
    "text",
    f"{WIKI_HEAD}\n\nاز ویکی‌پدیا، دانشنامهٔ آزاد\nپرش به ناوبری پرش به جستجو\n\n{WIKI_BODY}",
    {"title": WIKI_HEAD},
)

# -- 3. fix75: a headline restated by the «به گزارش» lead under it ----------------------------
# aliporerahmati.ir (the fix's page): headline, then «به گزارش وبلاگ ...، ...» restating it.
# Near misses: a news agency's name printed over its own lead, which names the agency again
# («خبرگزاری دانشجویان ایران» / «به گزارش خبرگزاری دانشجویان ایران (ایسنا)، ...», isna.ir's
# attribution), and a kicker ending «:» over the lead.
TRAIN_BODY = (
    "این قطار با چهل مسافر از چند کشور اروپایی دیروز از مرز ریلی شمال شرق وارد شد و "
    "مسافران آن پس از بازدید از چند شهر تاریخی به سفر خود ادامه می‌دهند.\n"
)
case(
    "headline-over-restating-lead-pos aliporerahmati",
    "text",
    "قطار گردشگری وارد ایران شد\nبه گزارش وبلاگ شهر ما، پنجمین قطار گردشگری وارد کشور شد\n"
    + TRAIN_BODY,
    {"title": "قطار گردشگری وارد ایران شد!"},
)
AGENCY = "خبرگزاری دانشجویان ایران"
case(
    "agency-name-over-its-attribution-neg isna",
    "text",
    f"{AGENCY}\nبه گزارش خبرگزاری دانشجویان ایران (ایسنا)، پنجمین قطار گردشگری وارد کشور شد\n"
    + TRAIN_BODY,
    {"title": "WARN"},
)
case(
    "site-name-over-its-attribution-neg",
    "text",
    "پایگاه خبری شهر ما\nبه گزارش پایگاه خبری شهر ما، پنجمین قطار گردشگری وارد کشور شد\n"
    + TRAIN_BODY,
    {"title": "WARN"},
)
case(
    "kicker-over-lead-neg",
    "text",
    "در نشست مدیران راه آهن مطرح شد:\nبه گزارش وبلاگ شهر ما، پنجمین قطار گردشگری در نشست "
    "مدیران راه آهن معرفی شد\n" + TRAIN_BODY,
    {"title": "WARN"},
)

# -- 4. fix76: a headline printed over two lines ------------------------------------------------
# scprd.com's items (the fix's page): «HALF ONE» / «HALF TWO», the pair printed again below.
# Near miss: a headline with its short sub-headline (rootitr) under it, both printed again
# in a print view's footer: the title is whole, the doubt a false alarm.
HALF1, HALF2 = "شورای شهر بودجه سال آینده", "را بررسی کرد"
case(
    "two-line-headline-printed-again-pos scprd",
    "text",
    f"{HALF1}\n{HALF2}\n\n{D}\n\n{HALF1}\n{HALF2}\n\n{BODY}",
    {"title": ("WARN", H)},
)
case(
    "two-line-headline-then-whole-pos",
    "text",
    f"{HALF1}\n{HALF2}\n\n{D}\n\n{H}\n\n{BODY}",
    {"title": ("WARN", H)},
)
SUB = "با حضور شهردار"
case(
    "headline-with-subline-printed-again-neg",
    "text",
    f"{H}\n{SUB}\n\n{D}\n\n{H}\n{SUB}\n\n{BODY}",
    {"title": H + "!"},
)
case(
    "question-headline-with-subline-neg",
    "text",
    f"بودجه سال آینده چه می‌شود؟\n{SUB}\n\n{D}\n\nبودجه سال آینده چه می‌شود؟\n{SUB}\n\n{BODY}",
    {"title": "بودجه سال آینده چه می‌شود؟!"},
)

# -- 5. fix76: « > » in a <title> ---------------------------------------------------------------
# A DotNetNuke portal's «PORTAL > PAGE» (khorasanbar.com, the fix's page); a breadcrumb in
# <title> («خانه > اخبار > HEADLINE», DNN breadcrumb titles); a headline with «>» in it
# (a comparison «قیمت > ارزش», as economic blogs print it).
HTML_BODY = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
case(
    "breadcrumb-title-gt-pos",
    "html",
    f"<html><head><title>خانه > اخبار > {H}</title></head><body>{HTML_BODY}</body></html>",
    {"title": H},
)
GT_HEAD = "وقتی قیمت > ارزش می‌شود"
case(
    "headline-with-gt-in-h1-neg",
    "html",
    f"<html><head><title>{GT_HEAD} - پایگاه خبری</title></head><body><h1>{GT_HEAD}</h1>"
    f"{HTML_BODY}</body></html>",
    {"title": GT_HEAD},
)
case(
    "headline-with-gt-title-only-neg",
    "html",
    f"<html><head><title>{GT_HEAD} - پایگاه خبری</title></head><body>{HTML_BODY}</body></html>",
    {"title": (GT_HEAD, None, "WARN")},
)

# -- 6. fix76: a slug spells a line in lower case (ksaadat.co's Tajik slug) -----------------
LATIN_HEAD = "Tehran Metro Opens A New Line"
LATIN_BODY = (
    "The new line of the Tehran metro opened on Saturday with twelve stations from the "
    "north of the city to the central bazaar, the city council said.\n\n"
    "Officials said the trains will run every six minutes at rush hour.\n"
)
case(
    "latin-capitals-slug-pos",
    "text",
    f"Tehran Times\n{LATIN_HEAD}\n\n{LATIN_BODY}",
    {"title": LATIN_HEAD},
    url="https://example.com/news/tehran-metro-opens-a-new-line/",
)

# -- 7. fix77: an item key as a path segment ----------------------------------------------------
# DNN's EasyDNNnews and article views («/tabid/55/ArticleID/2290/Default.aspx», khorasanbar.com
# «/ctl/ArticleView/mid/543/articleId/2290/<slug>»), a DNN blog's print view.
NEWS = f"{H}\n\n{D}\n\n{BODY}"
for url, number in (
    ("https://x.example.ir/Home/tabid/55/ArticleID/2290/Default.aspx", "2290"),
    ("https://x.example.ir/ctl/ArticleView/mid/543/articleId/2290/print", "2290"),
    ("https://x.example.ir/articleId/2290/articleId/2290/", "2290"),
    ("https://x.example.ir/blog/itemid/3178/commentid/55/", "3178"),
    ("https://x.example.ir/news/newsid/1234/page/2/", "1234"),
):
    case(f"path-key-id-pos {url[21:]}", "text", NEWS, {"number": number}, url=url)
case(
    "path-key-zero-neg",
    "text",
    NEWS,
    {"number": None},
    url="https://x.example.ir/newsid/0/",
)
# -- 8. fix77: an ID before a day's date path (armaneghtesadi.ir) ------------------------------
# Near miss: persian.cri.cn's section number before the day's path, its item's ID in the file
# name («/921/2020/11/07/165s190291.htm»), with a section number of five digits.
case(
    "id-before-day-path-pos armaneghtesadi",
    "text",
    NEWS,
    {"number": "146813"},
    url="http://x.example.ir/146813/1402/12/12/%d8%a8%d9%88%d8%af%d8%ac%d9%87/",
)
case(
    "five-digit-section-before-day-path-neg cri",
    "text",
    NEWS,
    {"number": (None, "190291")},
    url="http://persian.example.cn/10240/2024/03/02/165s190291.htm",
)

# -- 9. fix77: a one-word date label glued to the author's name --------------------------------
# 91.98.46.102:1000/Rooznegar.aspx (the fix's page); Persian digits; a header line that goes
# on after the date with a visits count («| بازدید: 23», as news headers print it).
for line, iso in (
    ("نویسنده : مریم احمدیتاریخ: ۱۲ اسفند ۱۴۰۲", DAY),
    ("نویسنده : مریم احمدیتاریخ: ۱۲ اسفند ۱۴۰۲ ساعت ۱۰:۳۰", DAY),
    ("نویسنده : مریم احمدیانتشار: ۱۲ اسفند ۱۴۰۲", DAY),
    ("نویسنده : مریم احمدیتاریخ: ۱۲ اسفند ۱۴۰۲ | بازدید: ۲۳", DAY),
):
    case(f"glued-label-pos {line[-22:]}", "text", f"{H}\n\n{line}\n\n{BODY}", {"published": iso})


if __name__ == "__main__":
    run(
        cases,
        check31,
        ("title", "published", "number", "zone", "twin", "invalid", "time", "day", "hijri"),
    )
