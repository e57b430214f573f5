"""Seventieth round of attacks: the rules merged last session that no attack round has tried, and
the edges of the ones attacked once. fix222 (a day archive's label with «دسته»; a forum post
header numbered past «#1» is a reply's, its date not the page's; attack69's left shapes: a long
digit key in a non-Blogger address, three stamped items sharing one teaser), the lead's mends
f99f158d (``_listing._may_stamp``: no date grammar read on a page with fewer candidate lines than
a run of dated items needs: front pages with two or three dated items, articles with two dated
related items), 9798fe7b (an institution's name alone over a dated text at a home address keeps
the page a dated teaser's list) and 8d43c462 (``_title._lead_under_question``/``_held_words``/
``_retold``: a question under a sentence its lead retells, the lead found by a walk), and
fix215's front pages read from their text alone on kinds not yet tried (a university's news
list, a municipality's home page, a forum index, an Afghan ministry's front page), each put into
a whole page (a news agency, a ministry, a university, a provincial site, a blog, a forum, a
shop magazine, an Afghan Dari site; HTML ``<h1>``/``<h3>``/``<li>``/``<td>``/``<footer>``,
Markdown; Arabic yeh and kaf, Persian, Arabic-Indic and ASCII digits, ZWNJ present and missing,
double-spaced lines, CRLF) and at the edges of its conditions. 28 inputs: 18 positives, 10 near
misses (``-neg``), where the new rules must not fire.

No fix is made for this round (docs/reliability.md, "Attacks, seventieth round"). Each input's
record was decided by hand before the first run (the commit adding this script comes before any
run of it). Days by hand (jdatetime): 18 Azar 1402 = 2023-12-09; 24, 25, 26 Farvardin 1403 =
2024-04-12, 13, 14 (Hamal is Farvardin in Afghanistan's solar months); 5 Mehr 1401 = 2022-09-27.
Tehran's clock in April 2024: +03:30.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks70.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one. The article sentences, headlines and names are ours; each case names the page or
test whose layout it follows.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    arabic_digits,
    collector,
    crlf,
    double_spaced,
    html,
    no_zwnj,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

DAY = "۱۸ آذر ۱۴۰۲"  # 2023-12-09
APR = "۲۵ فروردین ۱۴۰۳"  # 2024-04-13
LAB = "افتتاح آزمایشگاه مرکزی تحقیقات زیستی در دانشکده علوم"
LAB_BODY = (
    "آزمایشگاه مرکزی تحقیقات زیستی با دوازده دستگاه تازه و دو اتاق کشت سلول از امروز کار "
    "خود را آغاز کرد و دانشجویان تحصیلات تکمیلی می توانند از هفته آینده نوبت بگیرند.\n\n"
    "معاون پژوهشی دانشکده گفت که هزینه استفاده از دستگاه ها برای پژوهشگران دانشگاه نصف "
    "بهای آزاد است و فهرست دستگاه ها در سامانه آزمایشگاه آمده است.\n"
)
PARK = "آغاز کاشت ده هزار نهال در بوستان های حاشیه شهر"
PARK_BODY = (
    "شهرداری از بامداد امروز کاشت ده هزار نهال بومی را در پنج بوستان حاشیه شهر آغاز کرد "
    "و قرار است این کار تا پایان هفته منابع طبیعی تمام شود.\n\n"
    "رئیس سازمان پارک ها و فضای سبز شهر گفت که آبیاری نهال ها با آب خاکستری تصفیه شده "
    "انجام می شود تا از آب آشامیدنی شهر برداشته نشود.\n"
)

# Three or four items of a front page: a headline over its own short stamp line, a teaser each.
UNI_ITEMS = (
    (
        "برگزاری همایش ملی فناوری نانو در دانشگاه",
        "۱۴۰۳/۰۱/۲۵",
        "همایش دو روزه با حضور استادان برگزار می شود.",
    ),
    (
        "آغاز ثبت نام خوابگاه های دانشجویی نیمسال تابستان",
        "۱۴۰۳/۰۱/۲۴",
        "ثبت نام فقط در سامانه آموزشی انجام می شود.",
    ),
    (
        "کسب رتبه نخست مسابقات رباتیک دانشجویی کشور",
        "۱۴۰۳/۰۱/۲۴",
        "تیم دانشکده برق در این مسابقات اول شد.",
    ),
)
CITY_ITEMS = (
    (
        "جمع آوری پسماند خشک از درب منازل در منطقه سه",
        "۲۵ فروردین ۱۴۰۳",
        "ماموران پسماند هر هفته دوشنبه ها مراجعه می کنند.",
    ),
    (
        "بازگشایی پل عابر پیاده میدان امام پس از تعمیر",
        "۲۴ فروردین ۱۴۰۳",
        "این پل پس از دو ماه تعمیر دوباره باز شد.",
    ),
    (
        "اجرای طرح آسفالت معابر فرعی محله های جنوبی",
        "۲۴ فروردین ۱۴۰۳",
        "طرح آسفالت تا پایان اردیبهشت ادامه دارد.",
    ),
)


def items(rows: tuple[tuple[str, str, str], ...], teaser: str | None = None) -> str:
    """The items as text: a headline, its stamp line, its teaser (``teaser`` for each, if given)."""
    return "".join(f"{head}\n{stamp}\n{teaser or own}\n\n" for head, stamp, own in rows)


# == fix215 on kinds not yet tried: front pages from the text alone =============================
# A university's news list (a faculty's «اخبار دانشگاه» page, blind77's 2123 shape), three items,
# numeric stamps in Arabic-Indic digits: a list, no title, no date.
case(
    "uni-news-list-three-items-arabic-indic-stamps-pos",
    "text",
    arabic_digits("دانشگاه صنعتی نمونه\n\nاخبار دانشگاه\n\n" + items(UNI_ITEMS)),
    {"title": "WARN", "published": None},
)
# A municipality's home page (tests/pages 2120's shape: site name, items, footer), CRLF, no ZWNJ.
case(
    "municipality-home-three-items-crlf-no-zwnj-pos",
    "text",
    crlf(
        no_zwnj(
            "شهرداری شهر نمونه\n\nآخرین اخبار\n\n"
            + items(CITY_ITEMS)
            + "کلیه حقوق برای شهرداری شهر نمونه محفوظ است.\n"
        )
    ),
    {"title": "WARN", "published": None},
)
# A forum index (a phpBB board's «آخرین موضوعات» box): thread titles over «توسط NAME » DATE».
FORUM_THREADS = (
    ("مشکل اتصال مودم به اینترنت بعد از قطعی برق", "توسط رضا » ۲۵ فروردین ۱۴۰۳، ۱۰:۲۰"),
    ("معرفی بهترین لپ تاپ برای برنامه نویسی دانشجویی", "توسط نگار » ۲۵ فروردین ۱۴۰۳، ۰۸:۰۵"),
    ("آموزش نصب لینوکس کنار ویندوز روی یک دیسک", "توسط امیر » ۲۴ فروردین ۱۴۰۳، ۲۲:۴۰"),
)
case(
    "forum-index-three-threads-by-name-stamps-pos",
    "text",
    "انجمن فناوری نمونه\n\nآخرین موضوعات\n\n"
    + "".join(f"{head}\n{stamp}\n\n" for head, stamp in FORUM_THREADS)
    + "کاربران آنلاین: ۱۲\n",
    {"title": "WARN", "published": None},
)
# An Afghan ministry's front page (Dari, Arabic yeh and kaf, Afghan months «حمل»), three items.
DARI_ITEMS = (
    (
        "آغاز توزیع کتاب های درسی در مکاتب ولایت هرات",
        "۲۵ حمل ۱۴۰۳",
        "کتاب ها تا آخر ماه به همه مکاتب می رسد.",
    ),
    (
        "برگزاری ورکشاپ آموزشی برای معلمان ولایت بلخ",
        "۲۴ حمل ۱۴۰۳",
        "این ورکشاپ سه روز دوام می کند.",
    ),
    ("افتتاح مکتب تازه برای دختران در ولسوالی انجیل", "۲۴ حمل ۱۴۰۳", "مکتب دوازده صنف درسی دارد."),
)
case(
    "dari-ministry-front-three-items-yeh-kaf-pos",
    "text",
    yeh_kaf("وزارت معارف\n\nخبرهای تازه\n\n" + items(DARI_ITEMS)),
    {"title": "WARN", "published": None},
)
# At the prefilter's edge: a university list with only two stamped items (one under the count a
# run needs) under its list label: still a list by its label and dates, no item's date the page's.
case(
    "uni-news-list-two-items-under-run-count-pos",
    "text",
    "اخبار دانشگاه\n\n" + items(UNI_ITEMS[:2]),
    {"title": "WARN", "published": None},
)
# A municipality home page, three items whose stamps read «DATE» in HTML <td> cells (a table).
case(
    "municipality-home-html-td-three-items-pos",
    "html",
    html(
        "<p>شهرداری شهر نمونه</p><table>"
        + "".join(
            f"<tr><td>{head}</td></tr><tr><td>{stamp}</td></tr><tr><td>{teaser}</td></tr>"
            for head, stamp, teaser in CITY_ITEMS
        )
        + "</table><footer>تمامی حقوق محفوظ است</footer>"
    ),
    {"title": "WARN", "published": None},
)
# -- near miss: an article with its date and two dated related items under no heading, at the
# page's bottom: three candidate lines, just at the prefilter's count: the article kept.
case(
    "uni-article-own-date-two-dated-related-no-heading-neg",
    "text",
    f"{LAB}\n\n{APR}\n\n{LAB_BODY}\n"
    + "".join(f"{head}\n{stamp}\n\n" for head, stamp, _ in UNI_ITEMS[1:]),
    {"title": LAB + "!", "published": "2024-04-13"},
)
# -- near miss: the same with three dated related items under a Markdown «### مطالب مرتبط».
case(
    "uni-markdown-article-three-dated-related-heading-neg",
    "text",
    f"# {LAB}\n\n{APR}\n\n{LAB_BODY}\n### مطالب مرتبط\n\n"
    + "".join(f"- {head}\n  {stamp}\n\n" for head, stamp, _ in UNI_ITEMS),
    {"title": LAB, "published": "2024-04-13"},
)
# -- near miss: a shop magazine's article, double-spaced, its date a line under the headline and
# two dated comments (a name over a stamp over a comment) below: two stamps, no list.
case(
    "shop-magazine-article-two-dated-comments-double-spaced-neg",
    "text",
    double_spaced(
        "راهنمای انتخاب چادر مسافرتی برای سفر خانوادگی",
        DAY,
        "چادر خانوادگی باید دست کم چهار نفر جا داشته باشد و سقف دولایه آن از نفوذ باران جلوگیری کند؛ "
        "وزن چادر برای سفر با خودرو اهمیت چندانی ندارد اما برپا کردن آسان آن مهم است.",
        "پیش از خرید یک بار چادر را در فروشگاه برپا کنید و جنس میله ها را ببینید.",
        "دیدگاه ها",
        "مهسا",
        "۱۹ آذر ۱۴۰۲ - ۱۰:۲۰",
        "مطلب خوبی بود، ما هم همین چادر را خریدیم.",
        "کاوه",
        "۲۰ آذر ۱۴۰۲ - ۰۸:۱۵",
        "قیمت ها را هم اضافه کنید لطفا.",
    ),
    {"title": "راهنمای انتخاب چادر مسافرتی برای سفر خانوادگی", "published": "2023-12-09"},
)

# == attack69's left shape: three stamped items sharing one teaser ==============================
# A municipality's front page where every item's teaser is the same «see details» sentence.
case(
    "municipality-front-three-items-one-shared-teaser-pos",
    "text",
    "شهرداری شهر نمونه\n\n" + items(CITY_ITEMS, "برای دیدن جزئیات این خبر کلیک کنید."),
    {"title": "WARN", "published": None},
)
# The same with four items in Markdown list items (a blog's «recent posts» widget), Persian digits.
case(
    "blog-markdown-four-items-one-shared-teaser-pos",
    "text",
    "## نوشته های تازه\n\n"
    + "".join(
        f"- **{head}**\n  {stamp}\n  ادامه این نوشته را در وبلاگ بخوانید.\n\n"
        for head, stamp, _ in (
            *CITY_ITEMS,
            ("گزارش تصویری از جشنواره گل و گیاه", "۲۳ فروردین ۱۴۰۳", ""),
        )
    ),
    {"title": "WARN", "published": None},
)

# == fix222: a day archive's label with «دسته» ==================================================
# A provincial site's HTML day archive, the label in <h1> with Arabic yeh and kaf and
# Arabic-Indic digits, one post under <h3>: the post's headline, the day read.
case(
    "provincial-html-h1-day-archive-dasteh-yeh-kaf-arabic-indic-pos",
    "html",
    html(
        yeh_kaf(arabic_digits(f"<h1>بایگانی نوشته های دسته اخبار روز: {APR}</h1>"))
        + f"<h3>{PARK}</h3>"
        + "".join(f"<p>{p}</p>" for p in PARK_BODY.strip().split("\n\n"))
    ),
    {"title": (PARK, yeh_kaf(PARK)), "published": "2024-04-13"},
)
# A blog's day archive with «دسته», ZWNJ present, ASCII numeric date, over TWO posts each with a
# teaser: a list of the day's posts: no title taken from it (the date is every post's day).
case(
    "blog-day-archive-dasteh-zwnj-two-posts-list-pos",
    "text",
    "بایگانی نوشته‌های دسته روزانه: 1403/01/25\n\n"
    f"{PARK}\n\nشهرداری کاشت نهال را در پنج بوستان آغاز کرد...\n\n"
    f"{LAB}\n\nآزمایشگاه تازه دانشکده از امروز باز است...\n",
    {"title": "WARN", "published": (None, "2024-04-13")},
)
# -- near miss: a category archive «نوشته های دسته» with a category's own name and no date
# (a category page) over one post with its date: no date from the label, the post's kept.
case(
    "blog-category-archive-dasteh-own-name-no-date-neg",
    "text",
    f"نوشته های دسته محیط زیست\n\n{PARK}\n\n{DAY}\n\n{PARK_BODY}",
    {"title": (PARK, "WARN"), "published": "2023-12-09"},
)

# == fix222: a forum reply's header (past «#1») ==================================================
REPLY = "مودم را ریست کارخانه کنید و دوباره تنظیم کنید؛ مشکل من همین طور حل شد.\n"
THREAD = "مشکل اتصال مودم به اینترنت بعد از قطعی برق"
# A forum's later page with reply «#12», its header a Jalali date with a time, Persian digits.
case(
    "forum-later-page-reply-twelve-jalali-persian-digits-pos",
    "text",
    f"انجمن فناوری نمونه > شبکه\n\n{THREAD} - صفحه ۲\n\n۲۶ فروردین ۱۴۰۳، ۱۰:۲۰\n#۱۲\n\n{REPLY}",
    {"published": None},
)
# A vBulletin later page with two replies, «#10» and «#11» on their header lines, CRLF.
case(
    "forum-later-page-two-replies-on-line-crlf-pos",
    "text",
    crlf(
        f"انجمن فناوری نمونه > شبکه\n\n{THREAD} - صفحه 2\n\n"
        f"April 14th, 2024, 10:20   #10\n\n{REPLY}\n"
        f"April 14th, 2024, 11:05   #11\n\nممنون، امتحان می کنم.\n"
    ),
    {"published": None},
)
# A thread's first page whose first post's header is cut off (a saved copy from its title on):
# the first dated header is reply #2's: it is not the thread's date.
case(
    "forum-first-post-headerless-reply-two-dated-pos",
    "text",
    f"{THREAD}\n\nسلام، از دیروز که برق رفت مودم دیگر به اینترنت وصل نمی شود. چراغ اینترنت "
    "خاموش است و با شرکت هم تماس گرفتم جوابی ندادند. راه حلی دارید؟\n\n"
    f"April 14th, 2024, 10:20\n#2\n\n{REPLY}",
    {"title": THREAD, "published": None},
)
# -- near miss: a news agency's article over a readers' list numbered «#1», «#2» (its comments
# box): the article's own date line is its date.
case(
    "agency-article-own-date-numbered-comments-neg",
    "text",
    f"{PARK}\n\n{DAY}\n\n{PARK_BODY}\nنظرات خوانندگان\n\n"
    "#1 علی - ۱۹ آذر ۱۴۰۲\nکار خوبی است.\n\n#2 سارا - ۲۰ آذر ۱۴۰۲\nامیدوارم آبیاری هم بشود.\n",
    {"title": PARK, "published": "2023-12-09"},
)
# -- near miss: a forum's first post header «#1» with a Jalali date, then reply «#2»: #1's date.
case(
    "forum-first-post-one-jalali-header-then-reply-neg",
    "text",
    f"انجمن فناوری نمونه > شبکه\n\n۲۵ فروردین ۱۴۰۳، ۰۹:۰۰\n#۱\n\n{THREAD}\n\n"
    "سلام، از دیروز که برق رفت مودم دیگر به اینترنت وصل نمی شود. راه حلی دارید؟\n\n"
    f"۲۶ فروردین ۱۴۰۳، ۱۰:۲۰\n#۲\n\n{REPLY}",
    {"title": THREAD, "published": "2024-04-13T09:00:00+03:30"},
)

# == attack69's left shape: a long digit key in a non-Blogger address ===========================
# An agency's article whose address carries its ID in «/news/N/» and a long click ID in its query.
case(
    "agency-news-id-with-long-click-id-in-query-pos",
    "text",
    f"{PARK}\n\n{DAY}\n\n{PARK_BODY}",
    {"title": PARK, "number": "2345678", "published": "2023-12-09"},
    url="https://www.news-example.ir/news/2345678/?fbclid=1702101600123456789",
)
# -- near miss: a Blogger post key whose Unix time falls outside the address's month: no number.
case(
    "blogspot-post-key-outside-address-month-neg",
    "text",
    f"{LAB}\n\n{DAY}\n\n{LAB_BODY}",
    {"title": LAB, "number": None, "published": "2023-12-09"},
    url="https://uni-blog.blogspot.com/2023/12/post_1577836800123456789.html",
)

# == 9798fe7b: an institution's name alone over a dated text at a home address ===================
# A municipality's root: its name, one date line, two paragraphs (fix125's dated teaser): a list.
case(
    "municipality-root-institution-over-date-and-text-pos",
    "text",
    f"شهرداری شهر نمونه\n{APR}\n\n{PARK_BODY}",
    {"title": "WARN", "published": None},
    url="https://shahr-nemooneh.ir/",
)
# A university faculty's root whose one item's headline opens with an institution's word and has
# no verb («دانشگاه ... میزبان ...»): a headline, not a masthead: the item in full (fix216).
UNI_HOST = "دانشگاه شیراز میزبان المپیاد ریاضی"
case(
    "uni-root-institution-worded-headline-over-date-pos",
    "text",
    f"دانشکده علوم پایه\n\n{UNI_HOST}\n\n{APR}\n\n{LAB_BODY}",
    {"title": UNI_HOST, "published": "2024-04-13"},
    url="https://science-faculty.ac.ir/",
)
# -- near miss: a ministry's root with its name, then a real headline, date and full text: fix216.
case(
    "ministry-root-name-then-headline-date-full-text-neg",
    "text",
    f"وزارت نیرو\n\n{PARK}\n\n{DAY}\n\n{PARK_BODY}",
    {"title": PARK, "published": "2023-12-09"},
    url="https://moe-example.ir/",
)
# -- near miss: an institution's name over a date and text at an ARTICLE address: the page's date.
case(
    "agency-article-address-institution-over-date-neg",
    "text",
    f"خبرگزاری استان نمونه\n{DAY}\n\n{PARK_BODY}",
    {"title": "WARN", "published": "2023-12-09"},
    url="https://ostan-news.ir/news/81234/",
)

# == 8d43c462: a question under a retold sentence, the lead walk ================================
SENT = "رئیس دانشگاه از آغاز ثبت نام خوابگاه ها برای نیمسال تابستان خبر داد."
QUESTION = "خوابگاه ها از چه روزی باز می شوند؟"
# A university's stopped sentence over a question, a byline between the date and the lead (the
# walk must pass it), Arabic yeh and kaf, Arabic-Indic digits.
case(
    "uni-question-under-retold-sentence-byline-before-lead-pos",
    "text",
    yeh_kaf(
        arabic_digits(
            f"{SENT}\n\n{QUESTION}\n\n{APR}\n\nگزارش: مریم احمدی\n\n"
            "رئیس دانشگاه از آغاز ثبت نام خوابگاه ها برای نیمسال تابستان خبر داد.\n"
        )
    ),
    {"title": (SENT, yeh_kaf(SENT), "WARN"), "published": "2024-04-13"},
)
# -- near miss: a question headline alone, the lead retelling no sentence over it: the question.
ASK = "آیا شهریه خوابگاه ها در سال تازه بیشتر می شود؟"
case(
    "uni-question-headline-alone-lead-neg",
    "text",
    f"{ASK}\n\n{APR}\n\n{LAB_BODY}",
    {"title": ASK + "!", "published": "2024-04-13"},
)

# Two rules on one page: an Afghan ministry's item (Dari, the month «حمل»), a stopped sentence
# over a question its lead retells, and two dated related items at the bottom (three candidate
# lines with the item's own date: the prefilter's count): the question doubted, the item's date.
DARI_SENT = "وزارت معارف از آغاز سال تعلیمی جدید در ولایات گرمسیر خبر داد."
DARI_Q = "مکاتب ولایات گرمسیر چه روزی باز می شوند؟"
case(
    "dari-question-under-retold-sentence-two-dated-related-pos",
    "text",
    f"{DARI_SENT}\n\n{DARI_Q}\n\n۲۵ حمل ۱۴۰۳\n\n"
    "وزارت معارف از آغاز سال تعلیمی جدید در ولایات گرمسیر خبر داد.\n\n"
    + "".join(f"{head}\n{stamp}\n\n" for head, stamp, _ in DARI_ITEMS[1:]),
    {"title": (DARI_SENT, "WARN"), "published": "2024-04-13"},
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
