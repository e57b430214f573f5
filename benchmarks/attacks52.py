"""Fifty-second round of attacks: the rules of fix145 (fix125's «DATE / HEADLINE» cut with a
weekday's name and one or two header fields; a headline glued to its lead's uncut opening; a
full-stop headline under a kicker naming an occasion over the date line), fix146 (a slug cut
after a headline's first words; a short headline over a hard-wrapped body), fix147 (a headline
glued to «به گزارش SOURCE،»; a Gregorian day glued to a slug's end), fix148 (e107 dotted IDs;
«تاریخ درج خبر» and «::» frames; «.: TITLE :.»; «HEADLINE (25/3/86)»; a banner glued to a Latin
name) and fix149 (a «[…]» feed item at its own post's address; the headline twice as <h1>/<h2> or
Markdown headings; «[ادامه مطلب](URL)»; «?paged=N» on an item's address), each put into a whole
page of a kind the rule was not made on: news agency, university, blog, print view, HTML
``<td>``/``<li>``/``<time>``, Markdown, Arabic yeh and kaf, Persian and Arabic-Indic digits,
ZWNJ present and missing. Near misses beside them: a real headline holding « / » between two
halves with a weekday first, a quote headline whose lead repeats the quote after a spaced colon,
a real headline opening with «به مناسبت» over a stopped subtitle, a long headline over a shorter
subtitle with a slug cut mid-word, a two-word section label over a wrapped body, «به گزارش» glued
after a closing quote and after a digit, slugs ending with a year range and a version number,
a genuine «.: NAME :.» site-name frame, «(۱۴۰۲)» and a score «(۲/۱)» ending
a headline, a real post whose headline quotes «[…]», a category's «?paged=3».

Each input's record was decided by hand before the first run (docs/reliability.md, "Attacks,
fifty-second round"; the commit adding this script comes before any run of it). Days by hand:
1 Aban 1402 = 2023-10-23, so 23 Aban 1402 = 2023-11-14 (a Tuesday); 1 Mehr 1402 = 2023-09-23,
so 10 Mehr 1402 = 2023-10-02; 1 Farvardin 1403 = 2024-03-20, so 14 Farvardin 1403 =
2024-04-02; 1 Mehr 1388 = 2009-09-23, so 20 Mehr 1388 = 2009-10-12. Iran kept no summer time
from 1402 (+03:30).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks52.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one. The article sentences, headlines and names are ours.
"""

from __future__ import annotations

from urllib.parse import quote

from attack_runner import (
    DATE_ROUND_PREFIXES,
    arabic_digits,
    collector,
    either,
    html,
    no_zwnj,
    paras,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()


# The texts of this round (ours): a university item, a bus-line report, a blog post.
UNI = "کارگاه ملی رباتیک دانشجویی در دانشکده مهندسی برگزار شد"
UNI_BODY = (
    "به گزارش روابط عمومی دانشگاه، کارگاه ملی رباتیک دانشجویی با حضور دانشجویان و استادان "
    "دوازده دانشگاه کشور در سالن همایش‌های دانشکده مهندسی برگزار شد.\n\n"
    "دبیر کارگاه گفت: در این سه روز گروه‌های دانشجویی ربات‌های امدادی خود را به نمایش گذاشتند "
    "و داوران از میان آنها پنج طرح را برای مسابقات کشوری برگزیدند.\n"
)
BUS = "خط تازه اتوبوس تندرو میان پایانه شرق و میدان امام راه اندازی شد"
BUS_BODY = (
    "معاون حمل و نقل شهرداری گفت: خط تازه اتوبوس تندرو با بیست دستگاه اتوبوس برقی از صبح "
    "امروز مسافران را میان پایانه شرق و میدان امام جابه‌جا می‌کند.\n\n"
    "او افزود: این خط هر روز از ساعت شش صبح تا یازده شب کار می‌کند و بلیت آن با کارت شهروندی "
    "پرداخت می‌شود.\n"
)
POST = "کوهپیمایی پاییزی با بچه‌های کلاس"
POST_OPENING = "دیروز با بچه‌های کلاس به کوه رفتیم و تا نزدیک ظهر در دره‌ای پر از درخت گردو"
POST_BODY = (
    POST_OPENING + " راه رفتیم و کنار چشمه‌ای ناهار خوردیم که آبش از سرما دست را می‌سوزاند.\n\n"
    "برگشتن سخت‌تر از رفتن بود و تا به شهر رسیدیم هوا تاریک شده بود.\n"
)
DAY = "۲۳ آبان ۱۴۰۲"  # 2023-11-14, a Tuesday

# == fix145: «WEEKDAY DATE | FIELD / HEADLINE» =================================================
# A university page in Markdown, Arabic yeh and kaf: a weekday, the date, a view counter.
case(
    "weekday-date-view-counter-slash-headline-markdown-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"**سه‌شنبه {DAY} | ۱۲۰ بازدید** / {UNI}\n\n{UNI_BODY}"),
    {"title": either(UNI), "published": "2023-11-14"},
)
# A news agency item in an HTML table, Arabic-Indic digits: date, city and agency behind dashes.
case(
    "date-city-agency-dashes-slash-headline-td-arabic-digits-pos",
    "html",
    html(
        f"<table><tr><td>{arabic_digits(DAY)} - مشهد - ایرنا / {BUS}</td></tr>"
        f"<tr><td>{paras(BUS_BODY)}</td></tr></table>"
    ),
    {"title": BUS, "published": "2023-11-14"},
)
# A real headline opening with a weekday and a day without a year, two halves around « / »,
# over the item's own date line.
NATURE = "جمعه ۱۳ فروردین روز طبیعت / پارک‌های شهر میزبان مسافران نوروزی بودند"
case(
    "weekday-day-headline-halves-slash-over-date-line-neg",
    "text",
    f"{NATURE}\n\n۱۴ فروردین ۱۴۰۳\n\n{BUS_BODY}",
    {"title": NATURE, "published": "2024-04-02"},
)
# A real headline with a weekday first and two halves around « | », a date line under it.
METRO = "سه‌شنبه شلوغ مترو | ازدحام مسافران پس از توقف قطارهای خط یک"
case(
    "weekday-headline-halves-bar-over-date-line-neg",
    "text",
    f"{METRO}\n{DAY}\n\n{BUS_BODY}",
    {"title": METRO, "published": "2023-11-14"},
)
# -- a headline glued to its lead's opening ----------------------------------------------------
# A blog post, ZWNJ missing, the headline glued with nothing to the paragraph's opening.
case(
    "blog-headline-glued-to-lead-opening-no-zwnj-pos",
    "text",
    no_zwnj(f"{POST}{POST_OPENING}\n{POST_BODY}"),
    {"title": no_zwnj(POST)},
    url="https://safarname.example.blog.ir/post/118",
)
# A news agency item in Arabic yeh and kaf: headline « : » the lead's opening, a date line.
BUS_OPENING = "معاون حمل و نقل شهرداری گفت: خط تازه اتوبوس تندرو با بیست دستگاه اتوبوس برقی"
case(
    "agency-headline-spaced-colon-lead-opening-date-line-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"{BUS} : {BUS_OPENING}\n{DAY} - ۰۹:۱۵\n\n{BUS_BODY}"),
    {"title": either(BUS), "published": "2023-11-14T09:15:00+03:30"},
)
# A quote headline (speaker « : » quote) whose lead opens with the quote's words.
QUOTE_HEAD = (
    "معاون حمل و نقل شهرداری : خط تازه اتوبوس تندرو با بیست دستگاه اتوبوس برقی کار را آغاز کرد"
)
QUOTE_BODY = (
    "خط تازه اتوبوس تندرو با بیست دستگاه اتوبوس برقی کار را آغاز کرد و مسافران از صبح امروز "
    "میان پایانه شرق و میدان امام جابه‌جا می‌شوند.\n\n"
    "این خط هر روز از ساعت شش صبح تا یازده شب کار می‌کند.\n"
)
case(
    "quote-headline-spaced-colon-lead-repeats-quote-neg",
    "text",
    f"{QUOTE_HEAD}\n{DAY}\n\n{QUOTE_BODY}",
    {"title": (QUOTE_HEAD, "WARN")},
)
# -- a full-stop headline under an occasion kicker over the date line ---------------------------
KIDS = "جشن روز جهانی کودک در مهدکودک دانشگاه برگزار شد."
KIDS_BODY = (
    "به گزارش روابط عمومی دانشگاه، جشن روز جهانی کودک با حضور کودکان کارکنان و استادان و "
    "اجرای نمایش عروسکی در مهدکودک دانشگاه برگزار شد.\n"
    "در پایان این جشن به کودکان هدیه‌هایی از سوی معاونت دانشجویی داده شد.\n"
)
case(
    "stopped-headline-under-occasion-kicker-arabic-digits-yeh-kaf-university-pos",
    "text",
    yeh_kaf(
        arabic_digits(f"به مناسبت روز جهانی کودک\n{KIDS}\n{DAY} | ۱۰:۳۰ کد : ۴۵۲۱\n{KIDS_BODY}")
    ),
    {
        "title": (*either(KIDS), *either(KIDS[:-1])),
        "number": "4521",
        "published": "2023-11-14T10:30:00+03:30",
    },
)
# A real headline opening with «به مناسبت» (with a verb) over a stopped subtitle and a date line.
BOOK = "به مناسبت هفته کتاب نمایشگاه کتاب کودک در کتابخانه مرکزی برپا شد"
BOOK_SUB = "بیش از سه هزار عنوان کتاب کودک و نوجوان در این نمایشگاه عرضه می‌شود."
BOOK_BODY = (
    "مدیر کتابخانه مرکزی گفت: نمایشگاه تا پایان هفته هر روز از ساعت نه صبح تا هشت شب باز است "
    "و خریداران از تخفیف بیست درصدی بهره‌مند می‌شوند.\n"
)
case(
    "occasion-opening-headline-over-stopped-subtitle-date-line-neg",
    "text",
    f"{BOOK}\n{BOOK_SUB}\n{DAY} | ۱۰:۳۰\n{BOOK_BODY}",
    {"title": BOOK, "published": "2023-11-14T10:30:00+03:30"},
)

# == fix146: a cut slug; a short headline over a wrapped body ==================================
UNI_SUB = (
    "دانشجویان دوازده دانشگاه کشور ربات‌های امدادی خود را در این کارگاه سه روزه به نمایش "
    "گذاشتند و پنج طرح برگزیده شد"
)
# A university item in HTML table cells, the slug cut after the headline's first four words.
case(
    "cut-slug-headline-over-longer-subtitle-td-university-pos",
    "html",
    html(
        f"<table><tr><td><b>{UNI}</b></td></tr><tr><td>{UNI_SUB}</td></tr>"
        f"<tr><td>{DAY} - ۱۱:۰۰</td></tr><tr><td>{paras(UNI_BODY)}</td></tr></table>"
    ),
    {"title": UNI, "number": "8812"},
    url="https://uni.example.ac.ir/fa/news/8812/" + quote("-".join(UNI.split()[:4])),
)
# A really long headline over a shorter subtitle, the CMS cutting its slug mid-word.
LONG = (
    "شورای شهر با طرح تازه شهرداری برای ساخت سه پارک محله‌ای و دو کتابخانه عمومی در مناطق "
    "جنوبی شهر تا پایان سال آینده موافقت کرد"
)
LONG_SUB = "هزینه طرح از فروش اوراق مشارکت تامین می‌شود"
LONG_BODY = (
    "به گزارش خبرنگار ما، اعضای شورای شهر در نشست علنی دیروز پس از دو ساعت گفت‌وگو با طرح "
    "شهرداری برای ساخت پارک‌ها و کتابخانه‌های تازه در مناطق جنوبی موافقت کردند.\n\n"
    "شهردار گفت کار ساخت نخستین پارک از بهار آغاز می‌شود.\n"
)
case(
    "long-headline-over-shorter-subtitle-slug-cut-mid-word-neg",
    "text",
    f"{LONG}\n\n{LONG_SUB}\n\n{DAY} - ۱۰:۳۰\n\n{LONG_BODY}",
    {"title": LONG, "number": "33107"},
    url="https://shahr.example.ir/news/33107/" + quote("-".join(LONG.split())[:60]),
)
# A print view's short headline over a hard-wrapped body, Arabic yeh and kaf.
WRAPPED = (
    "صبح زود با اتوبوس از شهر بیرون رفتیم و پس از دو ساعت به روستای کوچکی رسیدیم که\n\n"
    "در دامنه کوه بود و بیشتر خانه‌هایش را با سنگ و گل ساخته بودند. مردم روستا با\n\n"
    "مهربانی ما را پذیرفتند و از باغ‌های گردو و چشمه‌های روستا برایمان گفتند و ما\n\n"
    "تا عصر در کوچه‌های روستا گشتیم و از مردم درباره زندگی در کوهستان پرسیدیم و\n\n"
    "پیش از تاریکی هوا به شهر برگشتیم و قرار گذاشتیم بهار دوباره به آنجا برویم.\n"
)
case(
    "short-headline-over-wrapped-body-print-view-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"سفری به روستای گردوها\n\n{WRAPPED}"),
    {"title": either("سفری به روستای گردوها")},
)
# A two-word section label over the wrapped body (no headline on the page).
case(
    "section-label-over-wrapped-body-neg",
    "text",
    f"یادداشت‌های سفر\n\n{WRAPPED}",
    {"title": "WARN"},
)

# == fix147: a headline glued to «به گزارش»; a day glued to a slug ============================
BUS_RELAY = (
    "به گزارش ایسنا، معاون حمل و نقل شهرداری گفت خط تازه اتوبوس تندرو با بیست دستگاه "
    "اتوبوس برقی از صبح امروز کار را آغاز کرد."
)
# A print view in HTML table cells, Arabic yeh and kaf: the headline glued to the relay.
case(
    "headline-glued-to-relay-td-print-view-arabic-yeh-kaf-pos",
    "html",
    html(
        yeh_kaf(
            f"<table><tr><td>{DAY}</td></tr><tr><td>{BUS}{BUS_RELAY}</td></tr>"
            "<tr><td>این خط هر روز از ساعت شش صبح تا یازده شب کار می‌کند.</td></tr></table>"
        )
    ),
    {"title": either(BUS), "published": "2023-11-14"},
)
# «به گزارش» glued after a closing quote in the lead, under the real headline.
CAMPAIGN = "هفته بدون خودرو در شهر آغاز شد"
case(
    "relay-glued-after-closing-quote-in-lead-neg",
    "text",
    f"{CAMPAIGN}\n{DAY}\n\nکارزار «هفته بدون خودرو»به گزارش روابط عمومی شهرداری، از امروز با "
    "همراهی کارکنان اداره‌ها و دانش‌آموزان در همه مناطق شهر آغاز شد.\n\n"
    "در این هفته کارکنان شهرداری با دوچرخه و اتوبوس به محل کار می‌روند.\n",
    {"title": CAMPAIGN, "published": "2023-11-14"},
)
# «به گزارش» glued after the item code's digits in a flattened news agency page.
case(
    "relay-glued-after-code-digits-flattened-neg",
    "text",
    f"{BUS}\n{DAY} - ۰۹:۱۵\nکد خبر: ۴۵۲۱۳{BUS_RELAY}\n\n"
    "این خط هر روز از ساعت شش صبح تا یازده شب کار می‌کند.\n",
    {"title": BUS, "published": "2023-11-14T09:15:00+03:30"},
)
# A Markdown blog post, Finglish slug with the Gregorian day glued on, no printed date.
case(
    "finglish-slug-glued-day-markdown-blog-pos",
    "text",
    f"# {POST}\n\n{POST_BODY}",
    {"title": POST, "published": "2023-11-14"},
    url="https://safarname.example.ir/koohpeymayi-paeizi-2023-11-14/",
)
# A slug ending with a year range, no printed date.
FILM = "مروری بر برگزیدگان جشنواره فیلم کوتاه در پنج سال گذشته"
FILM_BODY = (
    "در این نوشته فیلم‌هایی را مرور می‌کنیم که در پنج دوره گذشته جشنواره فیلم کوتاه شهر "
    "جایزه گرفتند و بسیاری از سازندگانشان امروز فیلم بلند می‌سازند.\n\n"
    "بیشتر این فیلم‌ها را می‌توان در کتابخانه فیلم دانشکده هنر دید.\n"
)
case(
    "slug-ending-year-range-no-date-neg",
    "text",
    f"{FILM}\n\n{FILM_BODY}",
    {"published": None},
    url="https://cinema.example.ir/jashnvare-film-kootah-2019-2023/",
)
# A slug ending with a version number of three parts, no printed date.
case(
    "slug-ending-version-three-parts-no-date-neg",
    "text",
    "راهنمای نصب نسخه تازه جنگو روی سرور لینوکس\n\n"
    "در این نوشته گام به گام نصب نسخه تازه جنگو را روی سرور لینوکس با پایگاه داده پستگرس "
    "توضیح می‌دهیم و تنظیمات لازم برای اجرای آن را می‌گوییم.\n\n"
    "پیش از نصب از پایگاه داده خود پشتیبان بگیرید.\n",
    {"published": None},
    url="https://code.example.ir/nasb-django-2023-4-2-7/",
)

# == fix148: e107; «تاریخ درج خبر»; frames; «(D/M/YY)»; a glued banner ==========================
SCHOOL = "مسابقات ورزشی دانش‌آموزان دبیرستان‌های ناحیه دو برگزار شد"
SCHOOL_BODY = (
    "مسابقات ورزشی دانش‌آموزان دبیرستان‌های ناحیه دو در رشته‌های فوتسال، والیبال و دو و "
    "میدانی با حضور دویست دانش‌آموز در سالن ورزشی ناحیه برگزار شد.\n\n"
    "مدیر تربیت بدنی ناحیه گفت برگزیدگان به مسابقات استانی راه می‌یابند.\n"
)
# An e107 school site's item address with its category after the ID.
case(
    "e107-item-id-category-query-school-pos",
    "text",
    f"{SCHOOL}\n۲۰ مهر ۱۳۸۸\n\n{SCHOOL_BODY}",
    {"title": SCHOOL, "number": "1204"},
    url="http://dabirestan.example.ir/news.php?item.1204.3",
)
# An HTML table: «تاریخ درج خبر» with a four-digit year in its own cell.
case(
    "insert-date-label-td-four-digit-year-pos",
    "html",
    html(
        f"<table><tr><td>{SCHOOL}</td></tr><tr><td>تاریخ درج خبر : ۱۳۸۸/۰۷/۲۰</td></tr>"
        f"<tr><td>{paras(SCHOOL_BODY)}</td></tr></table>"
    ),
    {"title": SCHOOL, "published": "2009-10-12"},
)
# A genuine site-name frame «.: NAME :.» over the item's own headline and date.
case(
    "site-name-frame-over-headline-neg",
    "text",
    f".: پایگاه خبری آموزش و پرورش ناحیه دو :.\n\n{SCHOOL}\n۲۰ مهر ۱۳۸۸\n\n{SCHOOL_BODY}",
    {"title": SCHOOL, "published": "2009-10-12"},
)
# A school site's headline ending with a bracketed two-digit-year day in Persian digits.
case(
    "headline-bracketed-two-digit-day-persian-digits-school-pos",
    "text",
    f"{SCHOOL} (۲۰/۷/۸۸)\n\n{SCHOOL_BODY}",
    {"title": SCHOOL, "published": "2009-10-12"},
)
# A headline ending with «(۱۴۰۲)», over its date line.
HIRE = "فهرست پذیرفته‌شدگان آزمون استخدامی شهرداری (۱۴۰۲)"
case(
    "headline-ending-bracketed-year-neg",
    "text",
    f"{HIRE}\n{DAY}\n\n{BUS_BODY}",
    {"title": HIRE, "published": "2023-11-14"},
)
# A sports headline ending with a bracketed score «(۲/۱)», over its date line.
SCORE = "پیروزی تیم فوتبال شهر در دیدار خانگی برابر میهمان (۲/۱)"
case(
    "headline-ending-bracketed-score-neg",
    "text",
    f"{SCORE}\n{DAY}\n\nتیم فوتبال شهر در دیدار خانگی دیروز با دو گل حریف خود را شکست داد و "
    "به رده دوم جدول رسید.\n\nسرمربی تیم بازیکنانش را برای این پیروزی ستود.\n",
    {"title": SCORE, "published": "2023-11-14"},
)
# A Markdown university page: the banner glued to the site's Latin name, the banner again,
# then the item's labelled day.
case(
    "banner-glued-latin-name-twice-markdown-university-pos",
    "text",
    f"UniNewsسه‌شنبه {DAY} - 14 November 2023\n\nسه‌شنبه {DAY} - 14 November 2023\n\n"
    f"# {UNI}\n\nتاریخ انتشار: ۱۰ مهر ۱۴۰۲\n\n{UNI_BODY}",
    {"title": UNI, "published": "2023-10-02"},
)

# == fix149: «[…]» at its own address; headings twice; read-more; ?paged ======================
# A news item at its ID address in HTML <article>/<h2>/<time>, its excerpt ending «[…]».
case(
    "bracketed-excerpt-item-at-id-address-article-time-html-pos",
    "html",
    html(
        f"<article><h2>{UNI}</h2><time datetime='2023-11-14'>{DAY}</time>"
        "<p>کارگاه ملی رباتیک دانشجویی با حضور دانشجویان و استادان دوازده دانشگاه کشور در "
        "سالن همایش‌های دانشکده مهندسی برگزار شد و دبیر کارگاه از برگزیدن پنج طرح […]</p>"
        "</article>"
    ),
    {"title": UNI, "published": "2023-11-14"},
    url="https://uni.example.ac.ir/news/9920/",
)
# A real post whose headline ends with «[…]» inside a quotation.
QUOTE_CUT = "رئیس دانشکده: «ربات‌های امدادی دانشجویان ما […]»"
case(
    "headline-quote-ending-bracketed-ellipsis-real-post-neg",
    "text",
    f"{QUOTE_CUT}\n{DAY}\n\n{UNI_BODY}",
    {"title": QUOTE_CUT, "published": "2023-11-14"},
)
# A Markdown tag page: «##»/«###» the same headline over a cut teaser and a read-more link,
# Arabic yeh and kaf, ZWNJ missing.
BUS_CUT = (
    "معاون حمل و نقل شهرداری گفت: خط تازه اتوبوس تندرو با بیست دستگاه اتوبوس برقی از صبح "
    "امروز مسافران را میان پایانه شرق و"
)
case(
    "headings-twice-h2-h3-cut-teaser-read-more-markdown-yeh-kaf-pos",
    "text",
    yeh_kaf(no_zwnj(f"## {BUS}\n\n### {BUS}\n\n{BUS_CUT}...\n\n[ادامه مطلب](https://x.ir/n/77)\n")),
    {"title": "WARN"},
)
# A blog post at its slug address with the comments' «?paged=2».
case(
    "slug-post-address-paged-2-blog-pos",
    "text",
    f"{POST}\n{DAY}\n\n{POST_BODY}",
    {"title": POST, "published": "2023-11-14"},
    url="https://safarname.example.ir/koohpeymayi-paeizi/?paged=2",
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
