"""Fifty-eighth round of attacks: the rules of fix163, fix166, fix168, fix169 and fix170, made for
real pages (real53, blind65, blind66, real54, tag pages) and attacked by no round, each put into a
whole page of a kind the rule was not made on (a news agency, a ministry's portal, a university, a
provincial site, a blog, a forum, a shop's magazine, a print view, an Afghan Dari site; HTML
``<li>``/``<h1>``/``<h2>``/``<div>``, Markdown; Arabic yeh and kaf, Persian, Arabic-Indic and ASCII
digits, ZWNJ present and missing, double-spaced lines, CRLF).

The shapes: fix163's time line beside its labelled date line (Persian bullets in CRLF with
Arabic-Indic digits, English labels in ``<li>``s), its pictographic markers at a title's edges
(a Markdown heading, a flag over an Afghan item) and its ``YEAR.MONTH.ID`` address; fix166's
breadcrumb over its headline (``>`` and ``»`` crumbs), its visitor-statistics update stamp, its
forum topic (phpBB's ``viewtopic.php?f=..&t=N``, the post icon's alt glued to its label), its
digits-then-word path key, its list's name over the first item's day and its weather heading and
agency masthead; fix168's today banner over a ticker, its ``today`` box with ``<title>``'s site
part, its stopped headline with one comma and its WordPress day path with the post's ID (under
a subfolder); fix169's headline part printed again under a byline, its statute article
lines, its clock glued to a twin and its headline printed twice at its lead's opening; fix170's
tag and category labels over a one-item list. Near misses beside them (``-neg``): one condition
broken, today's reading to hold. 34 inputs: 22 positives, 12 near misses.

No fix is made for this round (docs/reliability.md, "Attacks, fifty-eighth round"). Each input's
record was decided by hand before the first run (the commit adding this script comes before any
run of it). Days by hand (shared/data/jalali_years.csv: 1 Farvardin 1401 = 2022-03-21,
1402 = 2023-03-21): 12 Dey 1402 = 2024-01-02 (a Tuesday, +03:30: no summer time from 1402 on);
21 Dey 1402 = 2024-01-11 (a Thursday); 14 Azar 1402 = 2023-12-05 (a Tuesday); 16 Azar (Qaws)
1401 = 2022-12-07 (a Wednesday; Kabul +04:30).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks58.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one (a list's page: its name, or the page flagged a list). The article sentences,
headlines and names are ours; each case names the page whose layout it follows (a tests/pages
file, a real sample's page, or a fix's test layout).
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
QAWS = "چهارشنبه ۱۶ قوس ۱۴۰۱"  # 2022-12-07 (Azar 16 by the Afghan month's name)


# Leads of our own, one a page.
LIB_HEAD = "کتابخانه مرکزی دانشگاه شبانه‌روزی شد"
LIB_LEAD = (
    "رئیس کتابخانه مرکزی دانشگاه گفت از این هفته سالن‌های مطالعه کتابخانه در همه ساعات شبانه‌روز "
    "به روی دانشجویان باز است و کارکنان در سه نوبت کار می‌کنند.\n\n"
    "به گفته او دانشجویان برای ورود در ساعات شب باید کارت دانشجویی همراه داشته باشند.\n"
)
ROAD_HEAD = "بهسازی جاده روستایی دره سبز به پایان رسید"
ROAD_LEAD = (
    "معاون عمرانی استانداری گفت کار بهسازی و آسفالت جاده روستایی دره سبز به طول هجده کیلومتر "
    "پس از دو سال به پایان رسید و رفت‌وآمد هفت روستا آسان شد.\n\n"
    "او افزود هزینه این طرح از محل اعتبارات استانی و کمک دهیاری‌ها پرداخت شده است.\n"
)

# == fix163: a time line beside its labelled date line ========================================
# A university's DouranPortal item (real53 #8's layout, shahrdariqods.ir: a header of bullets
# under the day's date) in Persian labels, saved on Windows, its digits Arabic-Indic: the date
# bullet over the time bullet, the code bullet under them.
case(
    "uni-douranportal-persian-bullets-date-over-time-arabic-digits-crlf-pos",
    "text",
    crlf(
        arabic_digits(
            "  • تاریخ : ۱۴۰۲/۱۰/۱۲\n  • ساعت : ۱۰:۱۵\n  • تعداد بازدید : ۴۱۲\n  • کد خبر : ۳۴۵۶\n"
        )
        + f"{LIB_HEAD}\n{LIB_LEAD}"
    ),
    {"title": LIB_HEAD + "!", "number": num("3456"), "published": "2024-01-02T10:15+03:30"},
)
# An agency's English-interface item in HTML (the same header as <li>s, no bullets printed):
# «time :» over «Date :», the code under them, the headline in <h1>.
case(
    "agency-html-h1-li-english-time-over-date-labels-pos",
    "html",
    html(
        f"<h1>{ROAD_HEAD}</h1><ul><li>time : 08:29</li><li>Date : Tue Jan 02, 2024</li>"
        "<li>news code : 24871</li></ul>" + paras(ROAD_LEAD)
    ),
    {"title": ROAD_HEAD, "number": num("24871"), "published": "2024-01-02T08:29+03:30"},
)
# -- near miss: the views bullet between the date and the time (test_fix163's block rule): the
# day alone, never the time.
case(
    "uni-bullets-views-between-date-and-time-day-alone-neg",
    "text",
    f"  • تاریخ : ۱۴۰۲/۱۰/۱۲\n  • تعداد بازدید : ۴۱۲\n  • ساعت : ۱۰:۱۵\n{LIB_HEAD}\n{LIB_LEAD}",
    {"title": LIB_HEAD, "published": "2024-01-02", "notminute": 15},
)
# A travel blog's post saved as Markdown (real53 #11's markers, a Telegram habit carried onto a
# blog): a level-2 heading between a pin and a check mark, its date line under it.
CAVE_HEAD = "سفر زمستانی به غار علی‌صدر و روستاهای اطراف آن"
CAVE_BODY = (
    "غار علی‌صدر در زمستان خلوت‌تر از همیشه است و قایق‌ها بی‌صف مسافران را به تالارهای آبی غار "
    "می‌برند؛ ما سه روز در روستاهای اطراف ماندیم و از کارگاه‌های سفالگری دیدن کردیم.\n\n"
    "برای این سفر لباس گرم و کفش مناسب راه رفتن روی سنگ‌های خیس را فراموش نکنید.\n"
)
case(
    "travel-blog-markdown-h2-pin-and-check-mark-around-headline-pos",
    "text",
    f"## 📌 {CAVE_HEAD} ✅\n\n{DAY}\n\n{CAVE_BODY}",
    {"title": CAVE_HEAD + "!", "published": "2024-01-02"},
)
# An Afghan Dari site's item (tests/pages 1848's layout: headline, weekday date line,
# paragraphs), double-spaced, a flag before the headline and a keycap after it.
BAMYAN_HEAD = "توزیع بذر گندم اصلاح‌شده برای دهاقین ولسوالی یکاولنگ آغاز شد"
BAMYAN_BODY = (
    "ریاست زراعت ولایت بامیان می‌گوید در این مرحله برای یک هزار و دو صد دهقان ولسوالی یکاولنگ "
    "بذر گندم اصلاح‌شده و کود کیمیاوی توزیع می‌شود.",
    "به گفته مسئولان این ریاست، مرحله دوم توزیع در بهار سال آینده انجام خواهد شد.",
)
case(
    "af-dari-site-flag-and-keycap-around-headline-double-spaced-pos",
    "text",
    double_spaced(f"🇦🇫 {BAMYAN_HEAD} 1️⃣", QAWS, *BAMYAN_BODY),
    {"title": BAMYAN_HEAD + "!", "published": "2022-12-07"},
)
# -- near miss: a pictograph inside a shop magazine's headline (between two words) stays.
GIFT_HEAD = "هدیه ❤️ روز مادر را از فروشگاه‌های محله بخرید"
case(
    "shop-magazine-heart-inside-headline-kept-neg",
    "text",
    f"{GIFT_HEAD}\n{DAY}\n\n"
    "فروشگاه‌های کوچک محله امسال هم برای روز مادر بسته‌های هدیه آماده کرده‌اند و خرید از آن‌ها "
    "به کسب‌وکارهای محلی کمک می‌کند.\n\n"
    "در این نوشته چند پیشنهاد برای هدیه‌های ارزان و کاربردی آورده‌ایم.\n",
    {"title": GIFT_HEAD, "published": "2024-01-02"},
)
# A provincial culture magazine's dotted address (real53 #13, bukharamag.com's
# «/YEAR.MONTH.ID.html») with no number in the text.
case(
    "provincial-magazine-dotted-year-month-id-address-pos",
    "text",
    f"{ROAD_HEAD}\n\n{ROAD_LEAD}",
    {"title": ROAD_HEAD, "number": num("5512")},
    url="https://farhang.example.ir/1402.10.5512.html",
)
# -- near miss: the same with a day in the last place: a date path, no ID.
case(
    "provincial-magazine-dotted-year-month-day-address-neg",
    "text",
    f"{ROAD_HEAD}\n\n{ROAD_LEAD}",
    {"title": ROAD_HEAD, "number": None},
    url="https://farhang.example.ir/1402.10.12.html",
)

# == fix166 ====================================================================================
# A ministry's ASP.NET portal (tests/pages 1885's layout, ashayer-ilam.ir): a today banner, the
# site's starred motto paragraph, menu and visitor counters, «صفحه اصلی > اخبار > HEADLINE»,
# print links, the headline alone, its lead; double-spaced, Persian digits in the banner.
MOTTO = (
    "آب، مایه زندگی* مردمان این سرزمین از روزگاران کهن با آب اندک ساخته‌اند و قنات‌ها و "
    "آب‌انبارها را نسل به نسل نگه داشته‌اند؛ پاسداشت هر قطره آب پاسداشت آینده فرزندان ماست و "
    "صرفه‌جویی در آن وظیفه همه ما است.*"
)
DAM_HEAD = "آبگیری سد مخزنی روستای کهنک آغاز شد"
DAM_LEAD = (
    "مدیرعامل شرکت آب منطقه‌ای استان گفت: آبگیری سد مخزنی روستای کهنک از امروز آغاز شده و "
    "آب آن برای آبیاری دویست هکتار باغ و زمین کشاورزی به کار می‌رود.\n\n"
    "وی افزود: ساخت کانال‌های انتقال آب تا پایان سال آینده تمام می‌شود.\n"
)
case(
    "ministry-portal-breadcrumb-gt-over-headline-banner-motto-double-spaced-pos",
    "text",
    double_spaced(
        "سه‌شنبه ۱۲ دی ۱۴۰۲",
        MOTTO,
        "منوی اصلی",
        "بازدید امروز: 97",
        "کل بازدید: 1184520",
        f"صفحه اصلی > اخبار > {DAM_HEAD}",
        "  چاپ        ارسال به دوست",
        DAM_HEAD,
        DAM_LEAD.strip(),
    ),
    {"title": DAM_HEAD + "!", "published": None},
)
# A university's portal of the same CMS in Arabic yeh and kaf, its crumbs set apart by «»»,
# single-spaced lines.
case(
    "uni-portal-breadcrumb-guillemet-over-headline-yeh-kaf-pos",
    "text",
    yeh_kaf(
        "سه‌شنبه ۱۲ دی ۱۴۰۲\n"
        f"{MOTTO}\n"
        "منوی اصلی\nبازدید امروز: 97\nکل بازدید: 1184520\n"
        f"صفحه اصلی » اخبار دانشگاه » {LIB_HEAD}\n\n"
        "  چاپ        ارسال به دوست\n\n"
        f"{LIB_HEAD}\n\n{LIB_LEAD}"
    ),
    {"title": either(LIB_HEAD), "published": None},
)
# A provincial governorate's page saved as Markdown (tests/pages 1880's layout, skhrw.ir): the
# item's code and labelled date under its text, the visitor statistics under them with the
# portal's «آخرین بروزرسانی» stamp, no ZWNJ.
STATS = (
    "### آمار بازدید\n\n"
    "* کاربران آنلاین : 12\n"
    "* بازدید امروز : 1,204\n"
    "* کل بازدید : 3,918,442\n"
    "* آخرین به روزرسانی : 21 دی 1402 09:12:40\n"
    "* شناسه IP شما : 203.0.113.9\n"
)
case(
    "governorate-markdown-visitor-stats-update-stamp-under-body-no-zwnj-pos",
    "text",
    no_zwnj(f"# {ROAD_HEAD}\n\n{ROAD_LEAD}\nکد خبر: 4410\n\nتاریخ خبر : 12 دی 1402\n\n{STATS}"),
    {"title": no_zwnj(ROAD_HEAD), "published": "2024-01-02", "updated": None},
)
# -- near miss: the item's own header (fix166's -neg): an update label beside the item's view
# count is the item's update.
case(
    "agency-item-header-update-label-beside-views-neg",
    "text",
    f"{DAM_HEAD}\nتاریخ انتشار: ۱۴ آذر ۱۴۰۲\nآخرین بروزرسانی: {DAY} ۱۰:۲۰\n"
    f"تعداد بازدید: ۱۲۰\n{DAM_LEAD}",
    {
        "title": DAM_HEAD,
        "published": "2023-12-05",
        "updated": "2024-01-02T10:20+03:30",
    },
)
# A phpBB forum topic (tests/pages 1889's PHP-Nuke post, here phpBB's own address with a forum
# key before the topic's), the post icon's alt glued to its label, Arabic yeh and kaf, ASCII
# digits; a member-since date in the poster's box.
TOPIC = "راهنمای نگهداری درخت بونسای در زمستان"
case(
    "phpbb-forum-viewtopic-f-t-post-icon-glued-label-yeh-kaf-pos",
    "text",
    yeh_kaf(
        "پنجشنبه 21 دی 1402\n\n"
        " پرسش‌های متداول  •  جستجو  •  لیست اعضا\n\n"
        f"فهرست انجمن‌ها » گل و گیاه » {TOPIC}\n\n"
        "نویسنده پیام\nsabz_dast\n"
        f"پستتاریخ: پنجشنبه 21 دی 1402 - 18:40    عنوان: {TOPIC}\n\n"
        "کاربر فعال\n\nعضو شده در: 3 مهر 1395\nپست: 214\n\n"
        f"{TOPIC}\n\n"
        "بونسای در زمستان به نور کافی و آبیاری کم نیاز دارد و نباید آن را کنار بخاری یا شوفاژ "
        "گذاشت، چون هوای خشک برگ‌های آن را می‌ریزد.\n\n"
        "اگر درخت شما از گونه‌های بیرونی است، بهتر است آن را در بالکن و دور از باد سرد نگه "
        "دارید.\n"
    ),
    {
        "title": either(TOPIC),
        "number": num("8843"),
        "published": "2024-01-11T18:40+03:30",
    },
    url="https://forum.example.ir/viewtopic.php?f=12&t=8843",
)
# -- near miss: phpBB's forum list (viewforum) names no topic.
case(
    "phpbb-viewforum-address-no-topic-neg",
    "text",
    f"{TOPIC}\n\nبونسای در زمستان به نور کافی و آبیاری کم نیاز دارد و نباید آن را کنار بخاری "
    "گذاشت.\n",
    {"number": None},
    url="https://forum.example.ir/viewforum.php?f=12&t=8843",
)
# A university office's path key of digits run into a user's name (tests/pages 1883's
# «/event/13990304204401admin»), under «news».
case(
    "uni-office-news-digits-then-word-path-key-pos",
    "text",
    f"{LIB_HEAD}\n\n{LIB_LEAD}",
    {"title": LIB_HEAD, "number": "14021012103015editor"},
    url="https://library.example.ac.ir/news/14021012103015editor",
)
# -- near miss: the same key under a list's segment («category»): no item's.
case(
    "uni-office-category-digits-then-word-path-key-neg",
    "text",
    f"{LIB_HEAD}\n\n{LIB_LEAD}",
    {"number": None},
    url="https://library.example.ac.ir/category/14021012103015editor",
)
# An Afghan provincial site's category page (tests/pages 1890's layout, avayehirmand.ir): the
# today banner, the category's name of a headline's length, the first item's glued day
# («۱۶قوس»), its headline, kicker, headline again and lead.
CAT_NAME = "توزیع بذر گندم اصلاح‌شده و کود کیمیاوی برای دهاقین ولسوالی‌های ولایت بامیان"
case(
    "af-provincial-category-long-name-over-first-items-day-pos",
    "text",
    f"  • امروز : چهارشنبه, ۱۶ قوس , ۱۴۰۱\n\n{CAT_NAME}\n\n۱۶قوس\n{BAMYAN_HEAD}\n"
    f"رئیس زراعت ولایت بامیان خبر داد:\n\n{BAMYAN_HEAD}\n\n{BAMYAN_BODY[0]}\n",
    {"title": (CAT_NAME, "WARN")},
    url="https://bamyan.example.af/category/%d8%b2%d8%b1%d8%a7%d8%b9%d8%aa/",
)
# A university's student news agency (tests/pages 1893's layout, nafee.ir): a weather widget's
# heading, the agency's name alone, a lone «**», the labelled header, the lead (no weather).
case(
    "uni-student-agency-weather-heading-and-masthead-no-headline-pos",
    "text",
    "وضعیت آب و هوای رشت\n\n"
    "خبرگزاری دانشجویی گیلان\n\n**\n\n"
    "تاریخ : سه‌شنبه 12 دی 1402 ساعت 10:05   |   کد مطلب: 31250\n"
    "رئیس دانشکده کشاورزی گفت: گلخانه آموزشی تازه این دانشکده از بهمن ماه پذیرای دانشجویان "
    "رشته‌های باغبانی و گیاه‌پزشکی خواهد بود.\n\n"
    "وی افزود: برای ساخت این گلخانه شش میلیارد ریال از محل اعتبارات دانشگاه هزینه شده است.\n",
    {"title": (None, "WARN"), "number": num("31250"), "published": "2024-01-02T10:05+03:30"},
)

# == fix168 ====================================================================================
# A university's WordPress theme as text (tests/pages 1908's layout, iran-charity-network.com):
# the site's name, its today banner (no bullet, Arabic-Indic digits), the ticker's headlines
# set apart by wide gaps, the sidebar's headings, an essay; no headline printed.
GAP = " " * 12
TICKER = GAP.join(
    [
        "برگزاری آزمون جامع دکتری",
        "تمدید مهلت ثبت‌نام خوابگاه…",
        "اطلاعیه",
        "نشست هم‌اندیشی استادان مشاور",
        "افتتاح آزمایشگاه مرکزی دانشکده علوم",
        "دیدار رئیس دانشگاه با دانشجویان نمونه",
    ]
)
ESSAY = (
    "دانشگاهی که درهای کتابخانه و آزمایشگاه‌هایش را به روی مردم شهر باز می‌کند، دانش را از "
    "دیوارهای خود بیرون می‌برد؛ بسیاری از طرح‌های بزرگ این شهر از همین گفت‌وگوهای ساده میان "
    "استادان و مردم آغاز شده‌اند و هنوز هم ادامه دارند."
)
UNI_SITE = "پایگاه خبری دانشگاه شمال"
case(
    "uni-theme-name-today-banner-arabic-digits-over-ticker-no-headline-pos",
    "text",
    "\n".join(
        [
            UNI_SITE,
            arabic_digits("سه‌شنبه ۱۲ دی ۱۴۰۲"),
            TICKER,
            "",
            "آخرین اخبار",
            "",
            "آخرین رویدادها",
            "",
            ESSAY,
        ]
    )
    + "\n",
    {"title": (None, "WARN"), "published": None},
)
# -- near miss: the same frame over the item's own Markdown headline: the headline, and the
# banner still no publication date.
case(
    "uni-theme-banner-over-ticker-then-markdown-headline-neg",
    "text",
    "\n".join([UNI_SITE, "سه‌شنبه ۱۲ دی ۱۴۰۲", TICKER, "", f"## {LIB_HEAD}", "", ESSAY]) + "\n",
    {"title": LIB_HEAD, "published": None},
)
# A ministry's portal in HTML (fix168's «today» box, tests/pages 1909): the ministry's name and
# a <div class="date-today"> in its header, <title> «HEADLINE - SITE», no headline in the body.
MIN_SITE = "وزارت جهاد کشاورزی"
ORCHARD_HEAD = "باغ‌های پسته رفسنجان زیر پوشش بیمه رفتند"
ORCHARD_LEAD = (
    "مدیر بیمه محصولات کشاورزی استان گفت از آغاز پاییز بیش از هشتاد درصد باغ‌های پسته "
    "شهرستان رفسنجان در برابر سرمازدگی و خشکسالی بیمه شده‌اند.\n\n"
    "به گفته او کشاورزان تا پایان دی ماه فرصت دارند قرارداد بیمه خود را تمدید کنند.\n"
)


def ministry(date_class: str, date_text: str) -> bytes:
    return (
        '<html dir="rtl"><head><meta charset="utf-8">'
        f"<title>{ORCHARD_HEAD} - {MIN_SITE}</title></head><body>"
        f'<div class="header"><div class="logo">{MIN_SITE}</div>'
        f'<div class="{date_class}">{date_text}</div></div>'
        '<div class="menu"><ul><li>صفحه اصلی</li><li>اخبار</li><li>تماس با ما</li></ul></div>'
        f'<div class="content">{paras(ORCHARD_LEAD)}</div></body></html>'
    ).encode()


case(
    "ministry-html-date-today-div-title-tag-headline-site-pos",
    "html",
    ministry("date-today", "سه‌شنبه ۱۲ دی ۱۴۰۲"),
    {"title": ORCHARD_HEAD, "published": None},
)
# -- near miss: the date box is the item's («news-date»): read.
case(
    "ministry-html-news-date-div-is-the-items-neg",
    "html",
    ministry("news-date", "۱۲ دی ۱۴۰۲"),
    {"published": "2024-01-02"},
)
# An Afghan agency's item (tests/pages 1901's layout, bamyan.gov.af): a headline ending with a
# full stop and holding one comma, a blank line, the weekday date line with the Afghan month,
# the body right under it; Persian digits.
STOPPED = "با گشایش یک شفاخانه تازه، باشندگان سه ولسوالی به خدمات صحی دسترسی می‌یابند."
CLINIC_BODY = [
    "باشندگان این ولسوالی‌ها تا امروز برای درمان ناچار بودند چند ساعت راه را تا مرکز ولایت "
    "بپیمایند.",
    "این شفاخانه با ظرفیت پنجاه بستر ساخته شده و امروز از سوی مسئولان صحت عامه گشایش یافت.",
    "به گفته مسئولان، کارمندان شفاخانه از باشندگان همین ولسوالی‌ها استخدام شده‌اند.",
]
case(
    "af-agency-stopped-headline-one-comma-over-jadi-date-line-pos",
    "text",
    "\n".join([STOPPED, "", "سه‌شنبه، ۱۲ جدی ۱۴۰۲", *CLINIC_BODY]) + "\n",
    {"title": STOPPED, "published": "2024-01-02"},
)
# -- near miss: the date line first, the stopped sentence with one comma under it, then the
# body: the lead's opening sentence, never a headline.
case(
    "af-agency-date-line-over-stopped-sentence-one-comma-neg",
    "text",
    "\n".join(["سه‌شنبه، ۱۲ جدی ۱۴۰۲", "", STOPPED, *CLINIC_BODY]) + "\n",
    {"title": (None, "WARN"), "published": "2024-01-02"},
)
# A shop's WordPress magazine (tests/pages 1904's permalink): /YEAR/MONTH/DAY/POST_ID/SLUG/,
# no date in the text.
COAT_HEAD = "راهنمای خرید پالتوی زمستانی برای هر اندام"
COAT_BODY = (
    "پیش از خرید پالتو بهتر است جنس پارچه، بلندی و دوخت شانه‌های آن را با اندام خود بسنجید؛ "
    "پالتوی بلند برای قدهای کوتاه چندان مناسب نیست.\n\n"
    "در این نوشته چند نکته ساده برای انتخاب رنگ و اندازه پالتو آورده‌ایم.\n"
)
case(
    "shop-magazine-wordpress-day-path-post-id-slug-pos",
    "text",
    f"مجله فروشگاه\n\n{COAT_HEAD}\n\n{COAT_BODY}",
    {"title": COAT_HEAD, "number": num("48812"), "published": "2023-12-05"},
    url="https://shop.example.com/mag/2023/12/05/48812/winter-coat-guide/",
)

# == fix169 ====================================================================================
# A university's legal-clinic blog (real54 #19's layout, rokla.ir): «FIRST: REST» over the
# byline, an update stamp, a reading time, the policy link, then FIRST alone; CRLF.
CLINIC_FIRST = "حق تألیف پایان‌نامه"
CLINIC_WHOLE = f"{CLINIC_FIRST}: دانشجو، استاد راهنما و دانشگاه چه سهمی دارند"
LEGAL_BODY = (
    "پایان‌نامه حاصل کار دانشجو است، اما استاد راهنما و دانشگاه نیز در آن سهم دارند و قانون "
    "حمایت از حقوق مؤلفان برای هر یک حقی جدا شناخته است.\n\n"
    "در این نوشته این سه حق را یکی یکی بررسی می‌کنیم.\n"
)
case(
    "uni-legal-blog-colon-headline-part-copy-under-byline-crlf-pos",
    "text",
    crlf(
        f"{CLINIC_WHOLE}\n\nنویسنده: سارا محمدی\n-\nبروزرسانی: 1402/10/12\n"
        f"زمان مطالعه: 6 دقیقه\n-سیاست انتشار مطالب\n{CLINIC_FIRST}\n\n{LEGAL_BODY}"
    ),
    {"title": CLINIC_WHOLE, "updated": "2024-01-02"},
)
# -- near miss: a section word over the whole headline (not its first part), the byline under.
case(
    "uni-legal-blog-section-word-over-headline-neg",
    "text",
    f"حقوق دانشجویی\n{CLINIC_WHOLE}\n\nنویسنده: سارا محمدی\n\n{LEGAL_BODY}",
    {"title": CLINIC_WHOLE},
)
# A ministry's regulation page in Markdown (real54 #4's layout): the item's code and date, a
# bold «ماده ۷:» heading (Persian digits), its clauses; no headline printed.
case(
    "ministry-markdown-bold-statute-article-heading-under-dated-header-pos",
    "text",
    "کد خبر: ۳۱۰۲۲\n\nتاریخ انتشار: ۱۴ آذر ۱۴۰۲ - ۰۹:۳۰\n\n"
    "**ماده ۷:** وظایف مدیر کتابخانه\n\n"
    "۱-۷: مدیر کتابخانه برنامه کار کارکنان را چنان تنظیم می‌کند که کتابخانه در همه ساعات "
    "اداری باز باشد.\n\n"
    "۲-۷: گزارش ماهانه امانت کتاب‌ها را به معاونت فرهنگی می‌فرستد.\n",
    {"title": None, "number": num("31022"), "published": "2023-12-05T09:30+03:30"},
)
# -- near miss: a provincial site's headline opening with «ماده» and going on with words.
MADDEH_HEAD = "ماده ۱۲ آیین‌نامه حمل بار در شورای شهر بازنگری شد"
case(
    "provincial-headline-opening-with-maddeh-neg",
    "text",
    f"{MADDEH_HEAD}\n{DAY}\n\n{ROAD_LEAD}",
    {"title": MADDEH_HEAD + "!", "published": "2024-01-02"},
)
# An agency's item (real54 #4's date line): the clock glued by a minus to the Gregorian twin,
# the twin's month in English, an HTML <h2> headline over a <div> of labels.
case(
    "agency-html-h2-clock-glued-to-english-twin-pos",
    "html",
    html(
        f"<h2>{DAM_HEAD}</h2><div>کد خبر: ۲۷۱۱۴</div>"
        f"<div>تاریخ انتشار: {DAY} - ۰۹:۴۵-02 January 2024</div>" + paras(DAM_LEAD)
    ),
    {"title": DAM_HEAD, "number": num("27114"), "published": "2024-01-02T09:45+03:30"},
)
# A provincial news site's print view (real54 #2's layout): labels, then the headline printed
# twice at the opening of its lead's line, the source and «؛», the lead; Arabic yeh and kaf.
case(
    "provincial-print-view-headline-twice-glued-to-lead-yeh-kaf-pos",
    "text",
    yeh_kaf(
        "زمان : 12 Dey 1402 - 15:30\nشناسه : 99120\nبازدید : 842\n"
        f"{ROAD_HEAD} {ROAD_HEAD} گیلان‌نامه؛ " + ROAD_LEAD
    ),
    {
        "title": either(ROAD_HEAD),
        "number": num("99120"),
        "published": "2024-01-02T15:30+03:30",
    },
)

# == fix170: a one-item tag or category page named by its label ================================
# A travel blog's category archive as Markdown (real53 #23's layout, zibashahr.com):
# «بایگانی دسته: NAME», NAME again, the one item's linked heading, its teaser cut «…».
TRIP = "سفرنامه"
case(
    "blog-markdown-category-archive-label-one-item-cut-teaser-pos",
    "text",
    f"# بایگانی دسته: {TRIP}\n\n## {TRIP}\n\n"
    f"### [{CAVE_HEAD}](https://blog.example.ir/ali-sadr-winter/)\n\n"
    "غار علی‌صدر در زمستان خلوت‌تر از همیشه است و قایق‌ها بی‌صف مسافران را به تالارهای آبی "
    "غار می‌برند…\n",
    {"title": (TRIP, "WARN")},
)
# A shop magazine's tag page (real54 #26's layout, makidam.ir): the site's name and tagline,
# «برچسب ها :» (plural, ZWNJ missing) alone, the tag's name, the headline, the headline again
# with its day and time, a whole-sentence teaser, a widget's heading.
TAG = "پالتو"
case(
    "shop-magazine-plural-tag-label-no-zwnj-one-item-whole-teaser-pos",
    "text",
    f"مجله فروشگاه\n\nپوشاک، خانه، سبک زندگی\n\nبرچسب ها : \n\n{TAG}\n\n{COAT_HEAD}\n\n"
    f"{COAT_HEAD} ۱۴۰۲/۹/۱۴ 09:30:00 AM\n\n"
    "پیش از خرید پالتو بهتر است جنس پارچه، بلندی و دوخت شانه‌های آن را با اندام خود "
    "بسنجید.\n\nپربازدیدترین مطالب\n",
    {"title": (TAG, "WARN")},
)
# -- near miss: a search's result label over the query word, one item: no tag's label.
case(
    "shop-magazine-search-results-label-over-word-neg",
    "text",
    f"نتایج جستجو برای : \n\n{TAG}\n\n{COAT_HEAD}\n\n"
    "پیش از خرید پالتو بهتر است جنس پارچه، بلندی و دوخت شانه‌های آن را با اندام خود "
    "بسنجید.\n",
    {"title": COAT_HEAD},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
