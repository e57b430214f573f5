"""Sixtieth round of attacks: the rules of fix173 (mut36's pages, blind66's clock) and fix174
(blind67's and attacks58's findings), attacked by no round, each put into a whole page of a kind
the rule was not made on (a news agency, a ministry's portal, a university, a provincial site, a
blog, a forum, a shop magazine, a print view, an Afghan Dari site; HTML
``<td>``/``<li>``/``<time>``/``<h1>``, Markdown; Arabic yeh and kaf, Persian,
Arabic-Indic and ASCII digits, ZWNJ present and missing, double-spaced lines, CRLF), and at the
edges of its conditions (a count at or one past its threshold, the shape at the page's top or
bottom, two rules' shapes on one page).

The shapes: fix173's author's label under a section line under the item's code (in ``<td>``s;
in Arabic yeh and kaf, ZWNJ missing, CRLF; ``-neg``, the code over a long headline over the
label), a name frame over a two-word headline (double-spaced; ``-neg``, a framed title over a
person's name), a verse quoted twice under a colon line below a cut lead (Arabic-Indic date, CRLF;
``-neg``, the intro line ending with a full stop), a clock spaced on one side of its colon
(``۱۱ :۰۵``; an item ID of its creation time in the address; a Dari page; ``-neg``, ``۱۲: ۳۰``
whose second field is no hour), ``زمان :`` over a clock alone (in ``<li>``s; ``زمان انتشار``
above the date, ASCII, CRLF; with a lopsided clock, two rules; ``-neg``, ``زمان برگزاری`` an
event's time); fix174's breadcrumb over its own tail (``»`` separators; «صفحه اصلی» with
``/web/NNNNN-2``, two rules; ``-neg``, a headline opening with «خانه» whose last words are a
sub-heading below), a headline printed twice over sub-heading lines (five, at the edge; six, one
past it; ``-neg``, a shop's name twice), an advertiser under an ad label (a forum; over a dated
headline; ``-neg``, a menu's «تبلیغات» in ``<li>`` over an ``<h1>``), ``/web/NNNNN-2`` numbers
(``-9`` under a language folder; ``-neg``, ``/tag/1402-3/``), a short ticker by wide gaps (four
gaps, three gaps; ``-neg``, a byline with one wide gap), ``# بایگانی دسته: NAME`` (Arabic yeh and
kaf; a tag archive's ``# بایگانی برچسب:``; ``-neg``, a post's heading opening with «بایگانی»), a
colon part under the byline (a print view; ``-neg``, the parts set apart by a dash). 34 inputs:
22 positives, 12 near misses.

No fix is made for this round (docs/reliability.md, "Attacks, sixtieth round"). Each input's
record was decided by hand before the first run (the commit adding this script comes before any
run of it). Days by hand (shared/data/jalali_years.csv: 1 Farvardin 1402 = 2023-03-21): 12 Dey
1402 (12 Jadi 1402 in Dari) = 2024-01-02 (a Tuesday, +03:30: no summer time from 1402 on; Kabul
+04:30); 3 Aban 1402 = 2023-10-25 (a Wednesday).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks60.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one (a list's page: its name, or the page flagged a list). The article sentences,
headlines and names are ours; each case names the page whose layout it follows (a tests/pages
file, a fix's test layout).
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    arabic_digits,
    collector,
    crlf,
    double_spaced,
    either,
    html,
    no_zwnj,
    num,
    paras,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

DAY = "۱۲ دی ۱۴۰۲"  # 2024-01-02, a Tuesday
SLASH_DAY = "۱۴۰۲/۱۰/۱۲"


# == fix173 (1): an author's label under the section under the item's code =====================
# A ministry's portal toolbar (gsi.ir's, tests/pages 1863; test_fix173's layout): the menu, the
# headline, the code, the section, the author's label, the lead.
MENU = ["صفحه اصلی", "اخبار", "درباره ما", "تماس با ما"]
QUAKE_HEAD = "زمین‌لرزه چهار ریشتری حوالی شهر بم را لرزاند"
QUAKE_SECTION = "رویدادهای زمین‌شناسی"
QUAKE_LEAD = (
    "زمین‌لرزه‌ای به بزرگی چهار ریشتر ساعتی پیش حوالی شهر بم را لرزاند و به گفته مدیر بحران "
    "استان گزارشی از خسارت یا مصدومیت به دست نرسیده است.\n\n"
    "کارشناسان مرکز لرزه‌نگاری گفتند کانون این زمین‌لرزه در عمق ده کیلومتری زمین بوده است.\n"
)
case(
    "ministry-html-td-code-section-author-label-pos",
    "html",
    html(
        "<table><tr>" + "".join(f"<td>{m}</td>" for m in MENU) + "</tr></table>"
        f"<table><tr><td>{QUAKE_HEAD}</td></tr><tr><td>کد : ۷۲۱۴</td></tr>"
        f"<tr><td>{QUAKE_SECTION}</td></tr><tr><td>نویسنده : سارا محمدی</td></tr></table>"
        + paras(QUAKE_LEAD)
    ),
    {"title": QUAKE_HEAD, "number": num("7214")},
)
# The same toolbar as text in Arabic yeh and kaf (the author's label «نويسنده»), ZWNJ missing,
# saved on Windows.
case(
    "provincial-text-code-section-author-label-yeh-kaf-crlf-pos",
    "text",
    crlf(
        yeh_kaf(
            no_zwnj(
                "\n".join([*MENU, QUAKE_HEAD, "کد : 7214", QUAKE_SECTION, "نویسنده: سارا محمدی"])
                + "\n"
                + QUAKE_LEAD
            )
        )
    ),
    {"title": either(no_zwnj(QUAKE_HEAD)), "number": num("7214")},
)
# -- near miss: the code under the menu, a long headline (over the section's four words) under
# it, the author's label under that: the headline.
case(
    "ministry-code-over-long-headline-over-author-label-neg",
    "text",
    "\n".join([*MENU, "کد : ۷۲۱۴", QUAKE_HEAD, "نویسنده : سارا محمدی"]) + "\n" + QUAKE_LEAD,
    {"title": QUAKE_HEAD, "number": num("7214")},
)

# == fix173 (2): a name frame over a two-word headline ==========================================
# A provincial governorate's site (tests/pages 1828's «.: NAME :.» frame), double-spaced.
EXPO_LEAD = (
    "نمایشگاه صنایع‌دستی بانوان روستایی شهرستان امروز در سالن فرمانداری گشایش یافت و تا پایان "
    "هفته هر روز از ساعت نه صبح پذیرای بازدیدکنندگان است.\n\n"
    "فرماندار گفت درآمد فروش همه غرفه‌ها به خود بانوان می‌رسد.\n"
)
case(
    "provincial-name-frame-over-two-word-headline-double-spaced-pos",
    "text",
    double_spaced(".: فرمانداری خوسف :.", "نمایشگاه صنایع‌دستی", EXPO_LEAD.strip()),
    {"title": "نمایشگاه صنایع‌دستی", "code": "title-uncertain"},
)
# -- near miss: a university's framed column title over its author's two-word name (a given
# name first), Arabic yeh: the framed title.
case(
    "uni-framed-column-title-over-author-name-yeh-kaf-neg",
    "text",
    yeh_kaf(f".: یادداشت استاد :.\nعلی رضایی\n\n{EXPO_LEAD}"),
    {"title": either("یادداشت استاد")},
)

# == fix173 (3): a verse quoted twice under a colon line below a cut lead ======================
# A university's cultural news (test_fix173's layout): HEADLINE / DATE / a lead cut with «...» /
# a verse / an intro ending with a colon / the verse again / a closing line.
POEM_HEAD = "شب شعر دانشجویان در تالار مولوی دانشگاه برگزار شد"
POEM_CUT = (
    "شامگاه دیروز گروهی از دانشجویان شاعر در تالار مولوی دانشگاه گرد هم آمدند و هر یک "
    "سروده‌های تازه خود را برای استادان و همکلاسی‌ها خواندند..."
)
VERSE = "دانش اندوز که از مرده و زنده شنوی"
POEM_INTRO = "در پایان استاد ادبیات این مصراع را دوباره برای حاضران خواند:"
POEM_CLOSE = "انجمن ادبی دانشگاه شب شعر بعدی را ماه آینده برگزار می‌کند."
case(
    "uni-cut-lead-verse-quoted-twice-arabic-digits-crlf-pos",
    "text",
    crlf(
        "\n".join([POEM_HEAD, arabic_digits(DAY), POEM_CUT, VERSE, POEM_INTRO, VERSE, POEM_CLOSE])
        + "\n"
    ),
    {"title": POEM_HEAD + "!", "published": "2024-01-02"},
)
# -- near miss: the intro line ends with a full stop (no colon): the headline all the same.
case(
    "uni-cut-lead-verse-twice-intro-full-stop-neg",
    "text",
    "\n".join([POEM_HEAD, DAY, POEM_CUT, VERSE, POEM_INTRO[:-1] + ".", VERSE, POEM_CLOSE]) + "\n",
    {"title": POEM_HEAD, "published": "2024-01-02"},
)

# == fix173 (4): a clock spaced on one side of its colon ========================================
# An agency's item (health.caferasaneh.com's gallery header, tests/pages 1912): the labelled date
# line first, the headline, the text.
SAFFRON = "برداشت پسته در باغ‌های رفسنجان آغاز شد"
SAFFRON_BODY = (
    "\n\nبا رسیدن پاییز، باغداران رفسنجان برداشت پسته را از سپیده‌دم آغاز کرده‌اند و "
    "محصول را پیش از گرم شدن هوا به پایانه‌های فرآوری می‌برند.\n"
)
case(
    "agency-lopsided-clock-arabic-digits-both-hours-pos",
    "text",
    arabic_digits(f"تاریخ انتشار : {SLASH_DAY} - ۱۱ :۰۵") + f"\n\n{SAFFRON}{SAFFRON_BODY}",
    {"published": "2024-01-02T11:05+03:30", "code": "time-order-uncertain"},
)
# A provincial site whose address holds the item's creation time (140210120511: 05:11 that
# day), the clock printed «۱۱ :۰۵»: 05:11, no doubt.
case(
    "provincial-lopsided-clock-settled-by-dated-id-in-address-pos",
    "text",
    f"تاریخ انتشار : {SLASH_DAY} - ۱۱ :۰۵\n\n{SAFFRON}{SAFFRON_BODY}",
    {"published": "2024-01-02T05:11+03:30", "nocode": "time-order-uncertain"},
    url="https://ostan.example.ir/Gallery/Detail/140210120511/pesteh",
)
# An Afghan Dari site (Jadi, Kabul): the clock «۰۹: ۱۰», both hours: doubted.
case(
    "af-dari-lopsided-clock-jadi-both-hours-pos",
    "text",
    "توزیع کود کیمیاوی برای دهاقین ولسوالی یکاولنگ\n"
    "تاریخ نشر: ۱۲ جدی ۱۴۰۲ - ۰۹: ۱۰\n\n"
    "ریاست زراعت ولایت بامیان برای یک هزار دهقان ولسوالی یکاولنگ کود کیمیاوی توزیع کرد و "
    "مرحله دوم آن در ماه حمل آغاز می‌شود.\n",
    {"published": "2024-01-02", "code": "time-order-uncertain"},
)
# -- near miss: «۱۲: ۳۰», 30 no hour: one reading, 12:30, no doubt.
case(
    "print-view-lopsided-clock-second-field-no-hour-neg",
    "text",
    f"{SAFFRON}\nتاریخ انتشار: {SLASH_DAY} - ۱۲: ۳۰{SAFFRON_BODY}",
    {"published": "2024-01-02T12:30+03:30", "nocode": "time-order-uncertain"},
)

# == fix173 (5): «زمان :» over a clock alone ====================================================
# A university's news meta list (DouranPortal's meta lines, real53 #8) in HTML <li>s.
LIBRARY = "ساعت کار کتابخانه مرکزی دانشگاه در ایام امتحانات افزایش یافت"
LIBRARY_LEAD = (
    "کتابخانه مرکزی دانشگاه از شنبه تا پایان امتحانات هر روز تا ساعت بیست و دو باز است و "
    "دانشجویان می‌توانند از سالن‌های مطالعه آن استفاده کنند.\n\n"
    "مدیر کتابخانه گفت سالن شماره دو برای دانشجویان تحصیلات تکمیلی است.\n"
)
case(
    "uni-html-li-date-then-time-label-clock-alone-pos",
    "html",
    html(
        f"<h1>{LIBRARY}</h1><ul><li>تاریخ : {SLASH_DAY}</li><li>زمان : ۰۸:۴۵</li></ul>"
        + paras(LIBRARY_LEAD)
    ),
    {"title": LIBRARY, "published": "2024-01-02T08:45+03:30", "nocode": "not-a-date"},
)
# «زمان انتشار» over the date line, ASCII digits, CRLF.
case(
    "ministry-time-label-above-date-ascii-crlf-pos",
    "text",
    crlf(f"{LIBRARY}\nزمان انتشار : 17:20\nتاریخ انتشار : 1402/08/03\n\n{LIBRARY_LEAD}"),
    {"published": "2023-10-25T17:20+03:30", "nocode": "not-a-date"},
)
# Two rules on one line pair: «زمان :» over a lopsided clock, both hours: joined and doubted.
case(
    "agency-time-label-over-lopsided-clock-two-rules-pos",
    "text",
    f"{LIBRARY}\nتاریخ : {SLASH_DAY}\nزمان : ۰۹ :۱۸\n\n{LIBRARY_LEAD}",
    {"published": "2024-01-02T09:18+03:30", "code": "time-order-uncertain"},
)
# -- near miss: «زمان برگزاری : ۱۰:۴۵» is an event's time, not the item's: the day alone.
case(
    "uni-event-time-label-under-date-line-neg",
    "text",
    f"{LIBRARY}\nتاریخ : {SLASH_DAY}\n\nنشست راهنمای پایان‌نامه\nزمان برگزاری : ۱۰:۴۵\n\n"
    f"{LIBRARY_LEAD}",
    {"title": LIBRARY, "published": "2024-01-02", "notminute": 45},
)

# == fix174 (1): a breadcrumb run into the headline, its tail printed alone below ============
# A provincial agency's page (rajeoon.com's layout, tests/pages 1934): «خانه » SECTION »
# HEADLINE», the reporter's Latin name, the headline alone, the lead.
BRIDGE = "پل عابر پیاده میدان امام با حضور شهردار افتتاح شد"
BRIDGE_LEAD = (
    "پل عابر پیاده میدان امام که ساخت آن دو سال طول کشید صبح امروز با حضور شهردار و "
    "اعضای شورای شهر به روی شهروندان باز شد.\n\n"
    "معاون عمرانی شهرداری گفت این پل دو آسانسور برای سالمندان و کودکان دارد.\n"
)
case(
    "provincial-home-guillemet-breadcrumb-over-headline-alone-pos",
    "text",
    f"خانه » اخبار استان » {BRIDGE}\n\nreza karimi\n\n{BRIDGE}\n\n{BRIDGE_LEAD}",
    {"title": BRIDGE},
)
# «صفحه اصلی» for the home link, the page's address a numeric slug with «-2» (two rules).
case(
    "municipal-home-page-crumb-over-headline-web-slug-dash-2-pos",
    "text",
    f"صفحه اصلی اخبار شهری {BRIDGE}\n\n{BRIDGE}\n\n{DAY}\n\n{BRIDGE_LEAD}",
    {"title": BRIDGE, "number": num("40512"), "published": "2024-01-02"},
    url="https://shahr.example.ir/web/40512-2",
)
# -- near miss: a real headline opening with «خانه», its last words a sub-heading in the text.
HOUSE = "خانه کشاورز استان برگزار کننده جشنواره انار"
case(
    "agency-headline-opening-with-khane-tail-as-subheading-neg",
    "text",
    f"{HOUSE}\n{DAY}\n\nخانه کشاورز استان امسال نیز برگزاری جشنواره انار شهرستان ساوه را بر "
    "عهده گرفت و غرفه‌های آن از پنجشنبه باز می‌شوند.\n\nجشنواره انار\n\n"
    "در این جشنواره باغداران بهترین انارهای خود را به داوران نشان می‌دهند و به سه باغدار "
    "برتر جایزه داده می‌شود.\n",
    {"title": HOUSE, "published": "2024-01-02"},
)

# == fix174 (2): a headline printed twice over sub-heading lines ==============================
# A shop magazine's guide (mohammadilawyer.com's layout, tests/pages 1922): the site's slogan,
# the date, the headline twice, the contents' lines, the text.
TEA = "راهنمای خرید چای ایرانی"
TEA_LEAD = (
    "چای ایرانی بیشتر در باغ‌های گیلان و مازندران کشت می‌شود و هر سال در بهار برداشت "
    "می‌شود. در این راهنما می‌گوییم چای ایرانی خوب را از روی رنگ، بو و شکل برگ بشناسید.\n\n"
    "پیش از خرید، تاریخ بسته‌بندی را ببینید و چای را در ظرف دربسته نگه دارید.\n"
)
TEA_SUBS = [
    "چای سیاه و چای سبز",
    "رنگ و بوی چای خوب",
    "شکل برگ چای",
    "تاریخ بسته‌بندی",
    "نگهداری چای در خانه",
    "قیمت چای در بازار",
]


def tea_page(subs: list[str]) -> str:
    return double_spaced("مجله فروشگاه برگ سبز", DAY, TEA, TEA, *subs, TEA_LEAD.strip())


case(
    "shop-magazine-headline-twice-over-five-subheadings-pos",
    "text",
    tea_page(TEA_SUBS[:5]),
    {"title": TEA, "published": "2024-01-02"},
)
# Six lines, one past the rule's five: the headline all the same.
case(
    "shop-magazine-headline-twice-over-six-subheadings-pos",
    "text",
    tea_page(TEA_SUBS),
    {"title": TEA, "published": "2024-01-02"},
)
# -- near miss: the shop's name printed twice (logo and name) over the contents' lines, its
# words never in the text: not the shop's name.
case(
    "shop-name-twice-over-contents-lines-neg",
    "text",
    double_spaced("فروشگاه آوند", "فروشگاه آوند", *TEA_SUBS[:3], TEA_LEAD.strip()),
    {"nottitle": "فروشگاه آوند"},
)

# == fix174 (3): an advertiser's name under an ad's label ======================================
# A forum-like blog host (a Parsiblog blog, tests/pages 1932): «سفارش تبلیغ» / the advertiser /
# the blog's name / «نظر» / the post.
MILL = (
    "آب‌انبار کهنه وسط روستا هنوز سرپاست و پله‌های سنگی آن تا ته مخزن پایین می‌رود و "
    "پیرمردهای آبادی از تابستان‌هایی می‌گویند که همه اهل ده آب خوردن را از همین آب‌انبار "
    "برمی‌داشتند و بچه‌ها در خنکای پله‌هایش بازی می‌کردند و هفته پیش با چند نفر از جوانان "
    "از گنبد و بادگیرهای آن عکس گرفتیم.\n\n"
    "امیدواریم میراث فرهنگی برای مرمت آن کاری بکند.\n"
)
case(
    "forum-ad-label-advertiser-over-blog-name-pos",
    "text",
    f"سفارش تبلیغ\nصبا ویژن\n\nروستای ریگ‌زار\n\nنظر\n\n{MILL}",
    {"nottitle": "صبا ویژن", "title": "WARN"},
)
# The ad box over a real dated headline: the headline (a doubt allowed), never the advertiser.
TANK = "مرمت آب‌انبار قدیمی روستای ریگ‌زار آغاز شد"
case(
    "provincial-ad-label-advertiser-over-dated-headline-pos",
    "text",
    f"سفارش تبلیغ\nصبا ویژن\n{TANK}\n{DAY}\n\n{MILL}",
    {"title": TANK, "published": "2024-01-02"},
)
# -- near miss: a menu's «تبلیغات» in an <li> over the <h1> headline: the headline, no doubt.
case(
    "shop-html-li-ads-menu-item-over-h1-headline-neg",
    "html",
    html(
        "<ul><li>خانه</li><li>تبلیغات</li><li>تماس</li></ul>"
        f"<h1>{TANK}</h1><time>{DAY}</time>" + paras(MILL)
    ),
    {"title": TANK + "!", "published": "2024-01-02"},
)

# == fix174 (4): a numeric slug with WordPress's duplicate suffix ==============================
# A university's WordPress news under «/fa/», the suffix «-9» (the rule's top).
FAIR = "نمایشگاه دستاوردهای پژوهشی دانشگاه گشایش یافت"
FAIR_BODY = (
    f"{FAIR}\n\n{DAY}\n\nنمایشگاه دستاوردهای پژوهشی دانشگاه با هشتاد طرح از دانشکده‌های "
    "فنی و علوم پایه امروز گشایش یافت و تا پنجشنبه باز است.\n"
)
case(
    "uni-fa-folder-numeric-slug-dash-9-pos",
    "text",
    FAIR_BODY,
    {"number": num("73105"), "published": "2024-01-02"},
    url="https://uni.example.ac.ir/fa/73105-9/",
)
# -- near miss: a tag archive for a year-month «/tag/1402-3/»: no item number.
case(
    "uni-tag-year-month-slug-no-number-neg",
    "text",
    FAIR_BODY,
    {"number": None},
    url="https://uni.example.ac.ir/tag/1402-3/",
)

# == fix174 (5): a today banner over a short ticker by wide gaps ===============================
GAP = "      "
TICKER = ["آزمون زبان", "مهلت انتخاب واحد", "اطلاعیه", "جشن دانش‌آموختگان", "نشست استادان"]
ESSAY = (
    "دانشکده در سال‌های گذشته برنامه‌های تازه‌ای برای پژوهش دانشجویان فراهم کرده است و "
    "بیشتر دانشجویان کارشناسی ارشد از آن بهره برده‌اند.\n\n"
    "مدیران دانشکده می‌گویند این برنامه‌ها سال آینده هم ادامه خواهد یافت.\n"
)
# Five headlines, four wide gaps (the rule's count), Arabic-Indic digits.
case(
    "uni-today-banner-over-ticker-four-gaps-arabic-digits-pos",
    "text",
    f"پایگاه خبری دانشکده فنی\n{arabic_digits('سه‌شنبه ' + DAY)}\n{GAP.join(TICKER)}\n\n"
    f"آخرین اخبار\n\n{ESSAY}",
    {"published": None},
)
# Four headlines, three wide gaps (one below the count): a ticker all the same.
case(
    "provincial-today-banner-over-ticker-three-gaps-pos",
    "text",
    f"پایگاه خبری فرمانداری\nسه‌شنبه {DAY}\n{GAP.join(TICKER[:4])}\n\nآخرین اخبار\n\n{ESSAY}",
    {"published": None},
)
# -- near miss: a headline, its date line, a byline with one wide gap: the date stays.
case(
    "agency-date-line-over-byline-with-one-wide-gap-neg",
    "text",
    f"{FAIR}\nسه‌شنبه {DAY}\nخبرنگار: رضا کریمی{GAP}عکاس: مینا احمدی\n\n{ESSAY}",
    {"title": FAIR, "published": "2024-01-02"},
)

# == fix174 (6): a Markdown category archive heading; a colon part under the byline ==========
TEASERS = (
    "### [اردوی علمی دانشجویان در کویر مرنجاب](https://blog.example.ir/maranjab/)\n\n"
    "دانشجویان زمین‌شناسی دو روز در کویر مرنجاب نمونه خاک و سنگ جمع کردند…\n\n"
    "### [بازدید از رصدخانه دانشگاه](https://blog.example.ir/observatory/)\n\n"
    "رصدخانه دانشگاه شب‌های چهارشنبه پذیرای دانشجویان علاقه‌مند به نجوم است…\n"
)
case(
    "uni-blog-markdown-category-archive-heading-yeh-kaf-pos",
    "text",
    yeh_kaf(f"# بایگانی دسته: اخبار دانشکده\n\n{TEASERS}"),
    {"title": (either("اخبار دانشکده")[1], "WARN")},
)
# WordPress's tag archive heading «# بایگانی برچسب: NAME»: the list's name or a doubt.
case(
    "blog-markdown-tag-archive-heading-pos",
    "text",
    f"# بایگانی برچسب: اردوی علمی\n\n{TEASERS}",
    {"title": ("اردوی علمی", "WARN")},
)
# -- near miss: a post's heading opening with «بایگانی» and holding a colon: the post's title.
ARCHIVE_POST = "بایگانی اسناد استان: گنجینه‌ای که کمتر دیده شده است"
case(
    "blog-markdown-post-heading-opening-with-archive-word-neg",
    "text",
    f"# {ARCHIVE_POST}\n\nبایگانی اسناد استان بیش از صد هزار سند از دوره قاجار تا امروز را "
    "نگه می‌دارد و پژوهشگران می‌توانند با وقت قبلی از آن‌ها استفاده کنند.\n\n"
    "مدیر بایگانی گفت فهرست اسناد به زودی در سامانه آن منتشر می‌شود.\n",
    {"title": ARCHIVE_POST + "!"},
)
# A print view (test_fix174's byline layout): «FIRST: REST» / byline / date / «FIRST» / body.
RIGHTS_PART = "بیمه تکمیلی دانشجویان"
RIGHTS_WHOLE = f"{RIGHTS_PART}: چه هزینه‌هایی پرداخت می‌شود"
RIGHTS_BODY = (
    "بیمه تکمیلی دانشجویان بخشی از هزینه بستری، دارو و آزمایش را می‌پردازد و دانشجویان "
    "می‌توانند خانواده خود را نیز زیر پوشش آن قرار دهند.\n\n"
    "در این نوشته هزینه‌هایی را که بیمه می‌پردازد یکی یکی می‌آوریم.\n"
)
case(
    "uni-print-view-colon-part-under-byline-pos",
    "text",
    f"{RIGHTS_WHOLE}\n\nنویسنده: مینا کاظمی\nتاریخ: {DAY}\n{RIGHTS_PART}\n\n{RIGHTS_BODY}",
    {"title": RIGHTS_WHOLE + "!", "published": "2024-01-02"},
)
# -- near miss: the parts set apart by a dash: the whole headline (a doubt allowed).
case(
    "uni-print-view-dash-part-under-byline-neg",
    "text",
    f"{RIGHTS_PART} - چه هزینه‌هایی پرداخت می‌شود\n\nنویسنده: مینا کاظمی\nتاریخ: {DAY}\n"
    f"{RIGHTS_PART}\n\n{RIGHTS_BODY}",
    {"title": f"{RIGHTS_PART} - چه هزینه‌هایی پرداخت می‌شود", "published": "2024-01-02"},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
