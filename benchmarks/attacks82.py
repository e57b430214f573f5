"""Eighty-second round of attacks: the rules merged this session (b29a997e..38294b7b):
fix292 (a print view's ``/print/?print=N``, ``_sources._print_view_query``; a view's
``/PageInfo-N-<slug>``, ``_sources.url_view_alias_number``; an English «Month D, YYYY» glued
to the words around it, ``_patterns._GLUED_MDY`` and ``YEAR_CORE``), fix293 (a breadcrumb set
aside as chrome over a lead repeating its last crumb, ``_title._chrome_crumb_over_lead``; the
Pashto year-first date ``۱۴۰۲ د قوس ۱۸``; WordPress's time tail after a Gregorian day's path,
``_sources.url_time_tail_day``; an ``<h1>`` printing a three-part ``<title>``'s section name;
a short kicker over a verb-ending headline, ``_title._kicker_over_verb_headline``; a
canonical link or og:url as the site's home in ``_html``) and speed57 (kept word counts of
lines past 4,096), in pages of other kinds and at the edges of their conditions, with near
misses (``-neg``) that must keep their record, and two rules on one page.

No fix is made for this round (docs/reliability.md, "Attacks, eighty-second round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand: 18 Azar 1402 = 18 Qaws 1402 = 2023-12-09, a Saturday
(Tehran +03:30, no summer time from 1402 on; Kabul +04:30); 25 Qaws = 2023-12-16; 5 Jadi 1402
= 2023-12-26; 25 Khordad 1400 = 2021-06-15 (Tehran summer time, +04:30).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks82.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. "WARN" means no title or a doubted one; a title ending «!» that title with no
doubt; a tuple any of its values; a «published» value with an offset the same instant, a bare
day that day. The article sentences, headlines and names are ours.
"""

from __future__ import annotations

from urllib.parse import quote

from attack_runner import (
    DATE_ROUND_PREFIXES,
    collector,
    either,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

TEH = "2023-12-09T10:20:00+03:30"
DATE_LINE = "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰"
HEAD = "برداشت زعفران در مزارع شهرستان قاین آغاز شد"
LEAD = (
    "به گزارش خبرنگار ما، کشاورزان روستاهای شهرستان از سحر امروز گل های زعفران را از مزرعه "
    "چیدند و در خانه ها کلاله های سرخ آن را از گلبرگ ها جدا کردند."
)
MORE = (
    "مدیر جهاد کشاورزی شهرستان گفت که برداشت امسال به سبب باران های پاییزی بیشتر از سال "
    "گذشته است و خریداران از هفته آینده به روستاها می آیند."
)
BODY = f"{LEAD}\n\n{MORE}\n"
HOST = "https://qaen-example.ir"
SLUG = HEAD.replace(" ", "-")


def page(*head: str, body: str = BODY) -> str:
    return "\n\n".join(head) + "\n\n" + body


# == fix292: a print view's /print/?print=N ====================================================
# Under a language's segment, the view's word in capitals: the post's ID.
case(
    "print-view-query-language-segment-capitals-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"title": HEAD, "number": "48213", "published": TEH},
    url=f"{HOST}/fa/Print/?PRINT=48213",
)
# -- near miss: an item's address with WP-Print's «?print=1» flag: the path's ID, as today.
case(
    "item-address-with-print-flag-query-neg",
    "text",
    page(HEAD, DATE_LINE),
    {"title": HEAD, "number": "48213", "published": TEH},
    url=f"{HOST}/news/48213/{quote(SLUG)}/?print=1",
)
# -- near miss: a category's second page printed for the printer: a list, no number.
case(
    "category-page-number-print-flag-neg",
    "text",
    page(HEAD, DATE_LINE),
    {"number": None},
    url=f"{HOST}/category/agriculture/page/2/?print=1",
)

# == fix292: a view's /PageInfo-N-<slug> =======================================================
# «NewsInfo» with the slug percent-encoded, the page printing it in Arabic yeh and kaf.
case(
    "news-info-alias-encoded-slug-arabic-yeh-kaf-page-pos",
    "text",
    yeh_kaf(page(HEAD, DATE_LINE)),
    {"title": either(HEAD), "number": "5127", "published": TEH},
    url=f"{HOST}/NewsInfo-5127-{quote(SLUG)}",
)
# «Post-N-<slug>» (an item segment naming one item) with «.aspx»: the ID.
case(
    "post-alias-aspx-extension-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"title": HEAD, "number": "5127", "published": TEH},
    url=f"{HOST}/Post-5127-{quote(SLUG)}.aspx",
)
# -- near miss: the page's second list page of a section named like the headline's words:
# «/Page-2-<slug>» is a page number, no number.
case(
    "page-number-alias-over-list-neg",
    "text",
    page(HEAD, DATE_LINE),
    {"number": None},
    url=f"{HOST}/Page-2-{quote(SLUG)}",
)

# == fix292: an English date glued to the words around it =====================================
DARI_HEAD = "برداشت زعفران در ولسوالی پشتون زرغون هرات آغاز شد"
DARI_BODY = (
    "دهقانان ولسوالی از صبح امروز گل های زعفران را از کشتزارها چیدند و گفتند که امسال حاصل "
    "بیشتر از سال گذشته است.\n\nریاست زراعت ولایت گفت که بازار فروش زعفران تا آخر ماه باز است.\n"
)
# The author's name in Persian letters glued to the English day and a view count: the day.
case(
    "persian-name-glued-english-day-count-pos",
    "text",
    f"{DARI_HEAD}\n\nخبرنگار هراتDec 9, 2023217\nphoto_caption\n\n{DARI_BODY}",
    {"title": DARI_HEAD, "published": "2023-12-09"},
)
# The month in capitals with its dot, a two-digit day, glued to a Latin name and a count.
case(
    "latin-name-glued-capital-month-dot-pos",
    "text",
    f"{DARI_HEAD}\n\nHerat DeskDEC. 09, 20231204\nphoto_caption\n\n{DARI_BODY}",
    {"title": DARI_HEAD, "published": "2023-12-09"},
)
EN_HEAD = "Saffron harvest starts in Herat villages"
EN_BODY = (
    "Farmers in the district began picking saffron flowers at dawn and said the crop is larger "
    "than last year because of the autumn rains.\n\nThe provincial office said buyers will "
    "reach the villages next week and prices should hold until the end of the month.\n"
)
# -- near miss: an English page with no date of its own; a weighing log gives a month, a
# day, a comma and a weight in kilograms: no date on the page.
case(
    "english-weighing-log-month-day-comma-weight-neg",
    "text",
    f"{EN_HEAD}\n\n{EN_BODY}\nWeighing log\nMar 3, 19500 kg\nMar 4, 20150 kg\n",
    {"title": EN_HEAD, "published": None},
)
# -- near miss: a price after a month and day in a Persian page's body: the date line's day.
case(
    "english-price-after-month-day-body-neg",
    "text",
    page(HEAD, DATE_LINE, body=BODY + "\nExport price Mar 3, 20000000 rials per kg\n"),
    {"title": HEAD, "published": TEH},
)
# -- near miss: a festival's day glued to its English name in the body (an event): the page's
# own date line.
case(
    "glued-festival-day-in-body-event-neg",
    "text",
    page(HEAD, DATE_LINE, body=BODY + "\nQaen Saffron FestivalDec 20, 2023\n"),
    {"title": HEAD, "published": TEH},
)

# == fix293: a breadcrumb over the lead =========================================================
CRUMB_LEAD = f"{HEAD}. {LEAD}"
# A breadcrumb parted by «›» (WordPress SEO plugins) over a lead opening with the headline.
case(
    "single-guillemet-crumb-over-lead-pos",
    "text",
    f"خانه › اخبار › {HEAD}\n\n{CRUMB_LEAD}\n\n{MORE}\n",
    {"title": HEAD},
)
# The breadcrumb in Arabic yeh and kaf, «»» parting it, over the lead, a date line under it.
case(
    "crumb-arabic-yeh-kaf-over-lead-then-date-pos",
    "text",
    yeh_kaf(f"صفحه نخست » اخبار کشاورزی » {HEAD}\n\n{CRUMB_LEAD}\n\n{MORE}\n\n{DATE_LINE}\n"),
    {"title": either(HEAD), "published": TEH},
)
# -- near miss: the crumb's last part a section, a lead opening with that section's words:
# no headline printed, no title or doubted.
case(
    "crumb-ending-with-section-over-lead-opening-with-it-neg",
    "text",
    f"صفحه نخست » اخبار » کشاورزی\n\nکشاورزی شهرستان امسال رونق گرفت و {LEAD}\n\n{MORE}\n",
    {"title": "WARN"},
)

# == fix293: a short kicker over a verb-ending headline ==========================================
VERBLESS = "افزایش قیمت زعفران در بازار قاین"
STANDFIRST = "قیمت هر مثقال زعفران در بازار قاین امروز به سبب افزایش تقاضای خریداران بالا رفت"
# -- near miss: a headline of nouns over its standfirst (no full stop) repeating its words and
# ending with a verb, over the text, the date in the footer: the headline, sure.
case(
    "noun-headline-over-verb-standfirst-footer-date-neg",
    "text",
    f"{VERBLESS}\n\n{STANDFIRST}\n\n{BODY}\nتاریخ انتشار: ۱۸ آذر ۱۴۰۲ - ۱۰:۲۰\n",
    {"title": VERBLESS + "!", "published": TEH},
)
KICKER = "زعفران قاین در اروپا:"
VERB_HEAD = "هفت کشور اروپا امسال زعفران قاین را خریدند"
# A kicker ending with a colon over the verb's headline and the text.
case(
    "colon-kicker-over-verb-headline-pos",
    "text",
    f"{KICKER}\n\n{VERB_HEAD}\n\n{BODY}",
    {"title": VERB_HEAD},
)
GRAN = "مزرعه مادربزرگ"
FIRST = "امروز بعد از سال ها دوباره به مزرعه مادربزرگ رفتم"
# -- near miss: a blog post's short title over the post's first short line (no full stop)
# repeating its words and ending with a verb, over the post's paragraphs, dated in the footer:
# the title, sure.
case(
    "blog-title-over-first-short-line-of-post-neg",
    "text",
    f"{GRAN}\n\n{FIRST}\n\n{BODY}\nنوشته شده در شنبه ۱۸ آذر ۱۴۰۲ ساعت ۱۰:۲۰ توسط مریم\n",
    {"title": GRAN + "!", "published": TEH},
)

# == fix293: the Pashto year-first date ==========================================================
PS_HEAD = "په قاین کې د زعفرانو راټولول پیل شول"
PS_BODY = (
    "د سیمې بزګرانو د سهار له لومړیو ساعتونو د زعفرانو ګلونه راټول کړل او ویې ویل چې سږ کال "
    "حاصل تر تېر کال ډېر دی.\n\nد کرنې ریاست وویل چې پیرودونکي به راتلونکې اونۍ کلیو ته ورشي.\n"
)
# With the time after a comma: the day and the minute, Kabul time.
case(
    "pashto-year-first-date-comma-time-pos",
    "text",
    f"{PS_HEAD}\n\n۱۴۰۲ د قوس ۱۸، ۱۰:۲۰\n\n{PS_BODY}",
    {"title": PS_HEAD, "published": "2023-12-09T10:20:00+04:30"},
)
# The month's Pashto name (لیندۍ for قوس) after «د»: the day.
case(
    "pashto-year-first-pashto-month-name-pos",
    "text",
    f"{PS_HEAD}\n\n۱۴۰۲ د لیندۍ ۱۸\n\n{PS_BODY}",
    {"title": PS_HEAD, "published": "2023-12-09"},
)
# -- near miss: the page's own date, then the fair's last day, year first, in the body: the
# page's own day.
case(
    "pashto-own-date-then-event-year-first-in-body-neg",
    "text",
    f"{PS_HEAD}\n\n۱۴۰۲ د قوس ۱۸\n\n{PS_BODY}\nد نندارې وروستۍ ورځ: ۱۴۰۲ د قوس ۲۵\n",
    {"title": PS_HEAD, "published": "2023-12-09"},
)
# -- near miss: no date of the page's own; the next meeting's day under its label at the end:
# no published date.
case(
    "pashto-next-meeting-year-first-only-date-neg",
    "text",
    f"{PS_HEAD}\n\n{PS_BODY}\nراتلونکې غونډه: ۱۴۰۲ د جدی ۵\n",
    {"title": PS_HEAD, "published": None},
)

# == fix293: WordPress's time tail after a Gregorian day's path ====================================
TAIL = "/2023/12/09/zafaran-qaen/4127/keshavarzi/editor/10/20/00/"
# A Kabul site's address (.af): WordPress prints the site's local time, Kabul's.
case(
    "time-tail-afghan-host-kabul-time-pos",
    "text",
    f"{DARI_HEAD}\n\n{DARI_BODY}",
    {"title": DARI_HEAD, "number": "4127", "published": "2023-12-09T10:20:00+04:30"},
    url="https://herat-example.af" + TAIL,
)
# A summer day of 1400 (Tehran +04:30 then) on an Iranian host.
case(
    "time-tail-summer-1400-tehran-dst-pos",
    "text",
    f"{HEAD}\n\n{BODY}",
    {"title": HEAD, "number": "4127", "published": "2021-06-15T10:20:00+04:30"},
    url=HOST + "/2021/06/15/zafaran-qaen/4127/keshavarzi/editor/10/20/00/",
)
# -- near miss: the post's second page («/2/» after the tail): its day, no wrong minute.
case(
    "time-tail-post-second-page-neg",
    "text",
    f"{HEAD}\n\n{BODY}",
    {"title": HEAD, "published": "2023-12-09"},
    url=HOST + TAIL + "2/",
)

# == fix293: an <h1> printing a three-part <title>'s section name =================================
SECTION = "اخبار کشاورزی"
REPORT = "اخبار کشاورزی: برداشت زعفران در مزارع قاین آغاز شد"
# The <title>'s parts parted by «|», the section's <h1> over the printed headline in an <h2>.
case(
    "section-h1-bar-title-parts-printed-h2-pos",
    "html",
    (
        "<html><head><meta charset='utf-8'>"
        f"<title>{REPORT} | {SECTION} | خبرنامه قاین</title></head><body>"
        f"<div class='section'><h1>{SECTION}</h1></div><h2>{REPORT}</h2>"
        f"<p>{LEAD}</p><p>{MORE}</p></body></html>"
    ).encode(),
    {"title": REPORT},
)

# == fix293: a canonical link or og:url as the site's home =======================================
BLOG = "https://qaen-zafaran.blogfa.com/"


def blog(meta: str) -> bytes:
    return (
        "<!DOCTYPE html><html dir='rtl'><head><meta charset='utf-8' /><title>دفتر زعفران</title>"
        f"{meta}</head><body><div id='header'><h1><a href='{BLOG}'>دفتر زعفران</a></h1></div>"
        f"<div class='post'><h2 class='posttitle'><a href='{BLOG}post/44'>گل های بنفش صبح"
        "</a></h2><div class='postcontent'>صبح زود مزرعه بنفش بود<br />\n"
        "مادربزرگ سبد را از گل پر کرد<br />\n"
        "ظهر همه دور سفره کلاله ها را جدا کردیم<br />\n</div></div></body></html>"
    ).encode()


# og:url alone (no canonical link, no feed link): the post's title.
case(
    "blog-og-url-alone-post-title-pos",
    "html",
    blog(f"<meta property='og:url' content='{BLOG}post/44' />"),
    {"title": "گل های بنفش صبح"},
)
# -- near miss: a news site's republished item, its canonical link the agency's; the site's
# logo heading links to its own home: the item's headline.
case(
    "republished-item-canonical-other-host-neg",
    "html",
    (
        "<html><head><meta charset='utf-8'><title>" + HEAD + " - خبرنامه قاین</title>"
        "<link rel='canonical' href='https://agency-example.ir/news/99120/zafaran' /></head>"
        f"<body><div id='logo'><h1><a href='{HOST}/'>خبرنامه قاین</a></h1></div>"
        f"<h2>{HEAD}</h2><p>{LEAD}</p><p>{MORE}</p></body></html>"
    ).encode(),
    {"title": HEAD},
)

# == speed57: lines past 4,096 ====================================================================
POST = "گل های بنفش صبح"
FOOTER = "نوشته شده در شنبه ۱۸ آذر ۱۴۰۲ ساعت ۱۰:۲۰ توسط مریم"


def notes(count: int) -> str:
    return "".join(f"یادداشت {i}: امروز یک سبد گل زعفران چیدیم.\n" for i in range(count))


# A diary of 4,500 lines, a line of 66,000 words near its end, the footer's date: as short.
case(
    "diary-4500-lines-huge-line-footer-date-pos",
    "text",
    f"{POST}\n\n{notes(4500)}\n{'گل ' * 66000}\n\n{FOOTER}\n",
    {"title": POST, "published": TEH},
)

# == two rules on one page =========================================================================
# fix292's print view address over fix293's breadcrumb over the lead.
case(
    "print-view-query-and-crumb-over-lead-two-rules-pos",
    "text",
    f"صفحه نخست » اخبار » {HEAD}\n\n{CRUMB_LEAD}\n\n{MORE}\n",
    {"title": HEAD, "number": "48213"},
    url=f"{HOST}/print/?print=48213",
)
# fix292's view alias naming fix293's verb headline under its kicker.
case(
    "news-info-alias-and-kicker-over-verb-headline-two-rules-pos",
    "text",
    f"{KICKER}\n\n{VERB_HEAD}\n\n{BODY}",
    {"title": VERB_HEAD, "number": "6040"},
    url=f"{HOST}/NewsInfo-6040-{quote(VERB_HEAD.replace(' ', '-'))}",
)
# fix293's time tail on a Kabul host and its Pashto year-first date printed: the printed day.
case(
    "time-tail-and-pashto-year-first-date-two-rules-pos",
    "text",
    f"{PS_HEAD}\n\n۱۴۰۲ د قوس ۱۸\n\n{PS_BODY}",
    {"title": PS_HEAD, "number": "4127", "published": "2023-12-09"},
    url="https://kandahar-example.af" + TAIL,
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
