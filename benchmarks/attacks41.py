"""Forty-first round of attacks: the last session's newest rules (fix104 and fix106: a site's
short name printed twice at the page's top; fix105: another item's ID under the article, a
Gregorian twin in square brackets; fix107: reading-time lines, Latin yearless days, search-form
labels; fix108: a writer's archive, an ID after an ISO day under a view word, a headline run
into its repeated lead, and 9b550ce's bound on that scan), met with near misses (a real
headline or body of the rule's shape) and with positive shapes beyond the rules' own pages
(other spellings and digits, ZWNJ, Arabic yeh and kaf, Markdown, double-spaced text, HTML),
plus attack40's two open gaps in other spellings.

Each input's record was decided by hand before the first run (docs/reliability.md, "Attacks,
forty-first round"); Jalali days were converted by hand from known anchors (1 Farvardin 1403 =
2024-03-20, 1 Mehr 1402 = 2023-09-23, 1 Aban 1401 = 2022-10-23). Run:
PYTHONPATH=src:benchmarks python benchmarks/attacks41.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks39's. Last, one timing line for the glued-headline scan on a long line (not counted).
The shapes come from the pages the fixes were built on (named in their tests); the article
sentences are ours.
"""

from __future__ import annotations

import time

from attack_runner import BODY, D, H, collector, run
from attacks39 import check39

import jalali_meta as jm

cases, case = collector()


def page(*header: str, body: str = BODY) -> str:
    return "\n".join((*header, "", body))


DAY = "2024-03-02"  # D, ۱۲ اسفند ۱۴۰۲

# A programming magazine's tutorial (fix104/fix106's layout, our words).
NAME = "مجله برنامه نویسی"
TUTORIAL = "آموزش ساخت یک وب سرویس ساده با پایتون و فلسک برای تازه کارها"
TUT_BODY = (
    "در این آموزش یاد می‌گیریم که چگونه با چند خط کد یک وب سرویس کوچک بسازیم و آن را روی "
    "رایانه خود اجرا کنیم؛ فلسک یکی از ساده‌ترین چارچوب‌های پایتون است و برای شروع کار با "
    "برنامه نویسی وب گزینه خوبی است.\n\n"
    "برای شروع ابتدا پایتون را نصب کنید و سپس با دستور pip فلسک را به پروژه بیفزایید. پس از "
    "آن یک پرونده تازه بسازید و کد نمونه را در آن بنویسید تا نخستین صفحه شما آماده شود.\n"
)

# == fix104/fix106: a site's short name printed twice ===========================================
IRNA_HEAD = "ایرنا ۶۰ ساله شد"
IRNA_BODY = (
    "خبرگزاری جمهوری اسلامی امروز شصتمین سال فعالیت خود را با برگزاری آیینی در ساختمان "
    "مرکزی و با حضور مدیران پیشین و خبرنگاران قدیمی جشن گرفت.\n\n"
    "مدیرعامل این خبرگزاری در این آیین از برنامه‌های تازه برای انتشار خبر به زبان‌های دیگر "
    "گفت و از همکاران بازنشسته قدردانی کرد.\n"
)
case(
    "short-name-then-headline-opening-with-it-neg",
    "text",
    f"ایرنا\n{IRNA_HEAD}\n\n{IRNA_BODY}",
    {"title": IRNA_HEAD + "!"},
)
case(
    "short-name-twice-then-headline-opening-with-it-neg",
    "text",
    f"ایرنا\nایرنا\n{IRNA_HEAD}\n\n{IRNA_BODY}",
    {"title": IRNA_HEAD + "!"},
)
MAG_HEAD = "مجله برنامه نویسی ده ساله شد"
case(
    "name-twice-over-headline-opening-with-name-neg",
    "text",
    f"{NAME}\n{NAME}\n{MAG_HEAD}\n\n{TUT_BODY}",
    {"title": MAG_HEAD + "!"},
)
case(
    "name-twice-under-home-menu-persian-pos",
    "text",
    f"صفحه اصلی | اخبار | تماس با ما\n{NAME}\n{NAME}\n{TUTORIAL}\n\n{TUT_BODY}",
    {"title": TUTORIAL + "!"},
)
case(
    "name-twice-under-markdown-menu-pos",
    "text",
    f"[خانه](/) | [مقاله‌ها](/blog)\n\n{NAME}\n\n{NAME}\n\n{TUTORIAL}\n\n{TUT_BODY}",
    {"title": TUTORIAL},
)
case(
    "name-twice-under-persian-digit-date-double-spaced-pos",
    "text",
    f"چهارشنبه ۱۲ مهر ۱۴۰۲\n\n\n\n{NAME}\n\n\n\n{NAME}\n\n\n\n{TUTORIAL}\n\n\n\n{TUT_BODY}",
    {"title": TUTORIAL, "published": "2023-10-04"},
)
CITY_HEAD = "برگزاری جشنواره فرهنگی بهار در بوستان‌های شهر با حضور هنرمندان محلی"
case(
    "governorate-twice-arabic-yeh-pos",
    "text",
    f"فرمانداري شهرستان ري\nفرمانداري شهرستان ري\n{CITY_HEAD}\n\n{BODY}",
    {"title": CITY_HEAD},
)
NAME_HTML = (
    "<html lang='fa'><head><meta charset='utf-8'></head><body>"
    f"<div class='logo'><img alt='{NAME}' src='/l.png'><span>{NAME}</span></div>"
    f"<div class='site-title'>{NAME}</div>"
    f"<article><h1>{TUTORIAL}</h1><div class='meta'>نویسنده: علی رضایی | ۱۲ مهر ۱۴۰۲</div>"
    + "".join(f"<p>{para}</p>" for para in TUT_BODY.split("\n\n"))
    + "</article></body></html>"
).encode()
case("name-twice-html-logo-over-h1-pos", "html", NAME_HTML, {"title": TUTORIAL})

# == fix105: another item's ID under the article; a square-bracketed twin =======================
SECOND = (
    "رئیس شورا در پایان این نشست گفت که بررسی لایحه بودجه تا پایان ماه آینده ادامه خواهد "
    "داشت و نتیجه آن به اطلاع شهروندان خواهد رسید."
)
ITEM = "برگزاری جشنواره سیب زمینی در روستای کوخرد"
ITEM_TEXT = (
    "نخستین جشنواره سیب زمینی کوخرد با برپایی غرفه‌های کشاورزان در میدان اصلی روستا برگزار "
    "شد و تا پایان هفته ادامه دارد.\n"
)
LEAD = BODY.split("\n\n")[0]
case(
    "address-id-with-related-heading-neg",
    "text",
    f"{H}\n{D}\n\n{LEAD}\n\n{SECOND}\nاخبار مرتبط\n\n{ITEM}\nکد خبر : 7700\n"
    f"10 اسفند 1402 - 09:00\n{ITEM_TEXT}",
    {"title": H, "number": "7712", "published": DAY},
    url="https://news.example.ir/news/7712/",
)
case(
    "own-number-printed-unheaded-item-neg",
    "text",
    f"{H}\n{D}\nشناسه خبر: 7712\n\n{LEAD}\n\n{SECOND}\n\n{ITEM}\n\nشناسه خبر: 7700\n"
    f"10 اسفند 1402 - 09:00\n{ITEM_TEXT}",
    {"title": H, "number": "7712", "published": DAY},
)
case(
    "unheaded-item-persian-digits-zwnj-pos",
    "text",
    f"{H}\n{D}\n\n{LEAD}\n\n{SECOND}\n\n{ITEM}\n\nکد‌ خبر: ۷۷۰۰\n۱۰ اسفند ۱۴۰۲ - ۰۹:۰۰\n{ITEM_TEXT}",
    {"title": H, "number": None, "published": DAY},
)
case(
    "unheaded-item-markdown-bold-label-pos",
    "text",
    f"# {H}\n\n{D}\n\n{LEAD}\n\n{SECOND}\n\n## {ITEM}\n\n**کد خبر:** 7700\n\n"
    f"10 اسفند 1402 - 09:00\n\n{ITEM_TEXT}",
    {"title": H, "number": None, "published": DAY},
)
LIST3 = "".join(
    f"{head}\nکد خبر: {code}\n{day}\n{text}\n\n"
    for head, code, day, text in (
        (ITEM, "7700", "10 اسفند 1402 - 09:00", ITEM_TEXT),
        ("نصب چراغ‌های تازه در بلوار ساحلی کیش", "7690", "9 اسفند 1402 - 08:00", ITEM_TEXT),
        ("آغاز ثبت نام کلاس‌های تابستانی مدارس", "7681", "8 اسفند 1402 - 11:00", ITEM_TEXT),
    )
)
case("list-of-three-coded-items-pos", "text", LIST3, {"title": "WARN", "number": None})
case(
    "square-date-in-body-sentence-neg",
    "text",
    f"{H}\n\nبه گزارش خبرنگار ما، این مصوبه در تاریخ ۵ اردیبهشت ۱۴۰۳ [24 April 2024] به "
    "تصویب شورا رسیده بود و اکنون اجرای آن آغاز شده است و شهروندان می‌توانند از خدمات تازه "
    "بهره بگیرند.\n\nرئیس شورا گفت نتیجه اجرای این مصوبه تا پایان سال ارزیابی می‌شود.\n",
    {"title": H, "published": None},
)
case(
    "square-twin-persian-month-name-pos",
    "text",
    page(H, "۵ اردیبهشت ۱۴۰۳ [۲۴ آوریل ۲۰۲۴]"),
    {"title": H, "published": "2024-04-24"},
)
case(
    "square-twin-dash-time-pos",
    "text",
    page(H, "1403/02/05 [2024/04/24] - 10:30"),
    {"title": H, "published": "2024-04-24"},
)

# == fix107: reading time, Latin yearless days, search-form labels ===============================
READ_HEAD = "۵ دقیقه مطالعه در روز برای سلامت مغز کافی است"
case("reading-time-words-in-headline-neg", "text", page(READ_HEAD, D), {"title": READ_HEAD + "!"})
PORTS = (
    "بندرهای جنوبی کشور در سال‌های اخیر سهم بیشتری از جابه‌جایی کالا را بر عهده گرفته‌اند و "
    "کارشناسان حمل و نقل دریایی می‌گویند ساختن اسکله‌های تازه و خطوط راه‌آهن بندری "
    "می‌تواند هزینه صادرات را کم کند.\n\n"
    "به گفته فعالان این بخش، هماهنگی میان گمرک، کشتیرانی و شرکت‌های حمل هنوز کامل نیست و "
    "بخشی از ظرفیت بندرها بی‌استفاده می‌ماند.\n"
)
case(
    "reading-time-arabic-yeh-zwnj-alone-pos",
    "text",
    f"زمان‌ مطالعه: ۷ دقيقه\n\n{PORTS}",
    {"title": "WARN"},
)
case(
    "reading-time-markdown-italic-over-headline-pos",
    "text",
    f"*۳ دقیقه مطالعه*\n\n## {H}\n\n{BODY}",
    {"title": H},
)
EN_HEAD = "Council approves road budget after long debate"
EN_BODY = (
    "The provincial council in the western city approved a new budget for road repairs on "
    "Sunday after a long debate among its members.\n\n"
    "Officials said the work would begin next month and would last until the end of the "
    "year if the weather allowed it.\n"
)
case(
    "latin-day-month-under-english-headline-pos",
    "text",
    f"{EN_HEAD}\nWed, Aug 13\n\n{EN_BODY}",
    {"title": EN_HEAD},
)
case(
    "latin-day-month-alone-over-body-pos",
    "text",
    f"13 August\n\n{EN_BODY}",
    {"title": "WARN"},
)
SEARCH_HEAD = "جستجو در اینترنت برای یافتن کار در میان جوانان رواج یافت"
case("search-label-opens-headline-neg", "text", page(SEARCH_HEAD, D), {"title": SEARCH_HEAD + "!"})
SEARCH_ITEMS = (
    "مدیرکل راهداری استان گفت: در پی بارش برف سنگین در شبانه روز گذشته، راهداران بیش از دو "
    "هزار کیلومتر از راه‌های روستایی را بازگشایی کردند و عملیات نمک پاشی ادامه دارد.\n"
    "رئیس پلیس راه استان از رانندگان خواست تا پایان هفته از سفرهای غیرضروری به مناطق "
    "کوهستانی خودداری کنند و زنجیر چرخ همراه داشته باشند.\n"
)
case(
    "search-labels-arabic-kaf-yeh-zwnj-pos",
    "text",
    "سه شنبه ۱۴ آذر ۱۴۰۲\nكليد‌واژه:\nاز تاريخ\nتا تاريخ\n\n" + SEARCH_ITEMS,
    {"title": "WARN"},
)

# == fix108: a writer's archive; an ID after an ISO day; a headline glued to its lead ============
YALDA = "بازار میوه شب یلدا در انتظار مشتری"
YALDA_TEXT = (
    "فروشندگان میدان مرکزی میوه و تره‌بار می‌گویند امسال خرید شب یلدا دیرتر از هر سال آغاز "
    "شده و بیشتر خریداران به خرید اندک بسنده می‌کنند.\n"
)
WRITER_PAGE = f"نویسنده: مریم دلاوری\n\n22 آبان 1401 - 09:15 ق.ظ\n\n{YALDA}\n\n{YALDA_TEXT}"
case(
    "writer-byline-one-paragraph-article-address-neg",
    "text",
    WRITER_PAGE,
    {"title": YALDA, "published": "2022-11-13"},
    url="https://news.example.ir/news/48213/bazar-mive-yalda",
)
case(
    "writer-byline-one-paragraph-text-alone-neg",
    "text",
    WRITER_PAGE,
    {"title": (YALDA, "WARN")},
)
case(
    "writers-paged-arabic-yeh-spaced-colon-pos",
    "text",
    f"نگارنده : مريم دلاوري\n\n22 آبان 1401 - 09:15 ق.ظ\n\n{YALDA}\n\n{YALDA_TEXT}",
    {"title": ("مريم دلاوري", "مریم دلاوری"), "published": None},
    url="https://news.example.ir/writers/maryam-d/page/2/",
)
WRITER_HTML = (
    "<html lang='fa'><head><meta charset='utf-8'></head><body>"
    "<h1>نویسنده: مریم دلاوری</h1><div class='item'><span>22 آبان 1401 - 09:15 ق.ظ</span>"
    f"<h2>{YALDA}</h2><p>{YALDA_TEXT.strip()}</p></div></body></html>"
).encode()
case(
    "writer-archive-html-pos",
    "html",
    WRITER_HTML,
    {"title": "مریم دلاوری", "published": None},
    url="https://news.example.ir/writer/maryam-d/",
)
VIEW_TEXT = (
    "همایش ملی بهره‌وری انرژی در صنایع پالایشی برگزار شد\n\n"
    "همایش ملی بهره‌وری انرژی با حضور مدیران پالایشگاه‌ها و کارشناسان صنعت نفت در تهران "
    "برگزار شد؛ نشانی گزارش پیشین همایش https://www.example.com/Page/NewsView/2019-10-21/2273 "
    "است و شرکت‌کنندگان راه‌های کاهش مصرف سوخت را بررسی کردند.\n"
)
case("newsview-address-in-body-neg", "text", VIEW_TEXT, {"number": None})
case(
    "newsview-lower-case-trailing-slash-query-pos",
    "text",
    VIEW_TEXT,
    {"number": "4817"},
    url="https://www.example.com/page/newsview/2021-03-05/4817/?lang=fa",
)
case(
    "news-segment-iso-day-year-like-neg",
    "text",
    VIEW_TEXT,
    {"number": None},
    url="https://www.example.com/news/2021-03-05/2021",
)
TEACHER = "تبریک روز معلم به همه آموزگاران شهرستان"
TEACHER_LEAD = (
    "آیا تا به حال فکر کرده‌اید اگر معلمان یک روز سر کلاس نیایند چه اتفاقی در مدرسه می‌افتد؟"
)
TEACHER_MORE = (
    "معلمان هر روز با حقوقی اندک کار می‌کنند و کمتر دیده می‌شوند، اما اثر کارشان سال‌ها "
    "می‌ماند و در زندگی شاگردانشان پیداست.\n"
)
case(
    "glued-lead-arabic-yeh-double-spaced-pos",
    "text",
    f"تبريک روز معلم به همه آموزگاران شهرستان{TEACHER_LEAD}\n\n\n\n"
    f"{TEACHER_LEAD} چه کسی الفبا را به کودکان می‌آموزد؟\n\n\n\n{TEACHER_MORE}",
    {"title": ("تبريک روز معلم به همه آموزگاران شهرستان", TEACHER)},
)
GLUED_HTML = (
    "<html lang='fa'><head><meta charset='utf-8'></head><body><div class='content'>"
    f"<p>{TEACHER}{TEACHER_LEAD}</p>"
    f"<p>{TEACHER_LEAD} چه کسی الفبا را به کودکان می‌آموزد؟</p><p>{TEACHER_MORE.strip()}</p>"
    "</div></body></html>"
).encode()
case("glued-lead-html-paragraphs-pos", "html", GLUED_HTML, {"title": TEACHER})
# A lead printed twice in a row, no headline above it: no headline is glued to it.
case(
    "lead-printed-twice-no-headline-neg",
    "text",
    f"{TEACHER_LEAD} چه کسی الفبا را به کودکان می‌آموزد؟\n\n"
    f"{TEACHER_LEAD} چه کسی الفبا را به کودکان می‌آموزد؟\n\n{TEACHER_MORE}",
    {"title": "WARN"},
)
# A headline printed twice and glued, the second copy shortened or changed by one word.
GLUED_HEAD = "نمایشگاه کتاب استان با حضور صد ناشر آغاز شد"
case(
    "headline-twice-glued-second-shortened-neg",
    "text",
    page(GLUED_HEAD + "نمایشگاه کتاب استان با حضور صد ناشر", D),
    {"title": (GLUED_HEAD, "WARN"), "published": DAY},
)
case(
    "headline-twice-glued-one-word-changed-neg",
    "text",
    page(GLUED_HEAD + "نمایشگاه کتاب استان با حضور صد ناشر گشایش یافت", D),
    {"title": (GLUED_HEAD, "WARN"), "published": DAY},
)

# == attack40's open gaps, other spellings ======================================================
ZARIF = "ظریف: مذاکرات ادامه دارد"
case(
    "interview-credit-no-zwnj-under-speaker-headline",
    "text",
    page(ZARIF, "گفتگو: مریم احمدی", D),
    {"title": ZARIF, "published": DAY},
)
case(
    "interview-credit-musahebe-under-speaker-headline",
    "text",
    page(ZARIF, "مصاحبه: مریم احمدی", D),
    {"title": ZARIF, "published": DAY},
)
QUOTE_HEAD = "پیروزی از آن ماست - قالیباف"
case(
    "quote-speaker-after-dash-no-copy-below",
    "text",
    page(QUOTE_HEAD, D),
    {"title": QUOTE_HEAD, "published": DAY},
)


def glued_cost() -> None:
    """The glued-headline scan (9b550ce) on a long line over a paragraph repeating its half:
    the parse time at n and 4n (not counted; «SLOW» when it grows 8 times or more)."""
    times = []
    for n in (50_000, 200_000):
        half = "کلمه " * (n // 10)
        text = f"{TEACHER}{half}{half}\n\n{half}{half}پایان\n\n{TEACHER_MORE}"
        start = time.perf_counter()
        jm.parse_article(text)
        times.append(time.perf_counter() - start)
    verdict = "SLOW" if times[1] > 8 * times[0] and times[1] > 1 else "ok"
    print(f"glued cost {verdict}: " + ", ".join(f"{t:.2f}s" for t in times))


if __name__ == "__main__":
    glued_cost()
    run(
        cases,
        check39,
        ("title", "published", "updated", "number", "invalid", "time", "twin", "hijri", "weekday"),
    )
