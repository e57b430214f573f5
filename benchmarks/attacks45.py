"""Forty-fifth round of attacks: this session's newest rules, fix115 (a lone one-sentence title
warned; a date closing a Latin slug is no date line), fix116 (a related box's heading stops the
list count; a two-digit-year date with a one-digit minute keeps its day with time-unread; a
clock that is no time refuses the date; a verse line under a one-word name warned) and fix117
(«category.html» after an item's ID is the item's view; the headline under a «SITE / lead»
paragraph; the first print of a headline past a verbless kicker; a <title> «A / B - SITE» not
cut; .az hosts on Baku's clock), with near misses and shapes beyond the rules' pages (Arabic
yeh and kaf, ZWNJ, Persian digits, Markdown headings, HTML).

Each input's record was decided by hand before the first run (docs/reliability.md, "Attacks,
forty-fifth round"). Days by hand: 1 Farvardin 1402 = 2023-03-21, so 12 Esfand 1402 =
2024-03-02 (a Saturday); 1 Farvardin 1403 = 2024-03-20, so 15 Ordibehesht 1403 = 2024-05-04.
Baku: +04:00, with summer time (+05:00, last Sunday of March to last Sunday of October) until
2016 (tzdata).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks45.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks39's. The article sentences, headlines and names are ours; the layouts are the
sites' named in tests/test_fix115.py to tests/test_fix117.py (shoaresal.ir's code line,
iribnews.ir's related box, a Baku agency's «YYYY.MM.DD / HH:MM», payam-e shomal's «SITE /»).
"""

from __future__ import annotations

from attack_runner import DATE_ROUND_PREFIXES, collector, run, yeh_kaf
from attacks39 import check39

cases, case = collector()


# == fix115: a lone one-sentence title ===========================================================
SENT = "نشست بررسی طرح‌های بهسازی مدارس روستایی شهرستان با حضور فرماندار و مدیران آموزش برگزار شد."
REPORT = (
    "به گزارش روابط عمومی فرمانداری، در این نشست که در سالن جلسات فرمانداری برگزار شد وضعیت "
    "مدارس نیازمند بهسازی و اعتبارات سال جاری بررسی شد و مدیران گزارش کارهای انجام شده را "
    "ارائه کردند.\n"
    "مقرر شد گروهی از کارشناسان هر ماه از مدارس بازدید کنند و نتیجه را به فرمانداری گزارش "
    "دهند.\n"
)
GOV_URL = "https://example-farmandari.ir/News/5521/نشست-مدارس"
# positives: the sentence printed once, no other source naming it
case("lone-sentence-arabic-yeh-kaf-pos", "text", yeh_kaf(f"{SENT}\n{REPORT}"), {"title": "WARN"})
case(
    "lone-sentence-no-zwnj-pos",
    "text",
    f"{SENT.replace(chr(0x200C), ' ')}\n{REPORT}",
    {"title": "WARN"},
    url=GOV_URL,
)
case(
    "lone-sentence-over-persian-date-line-pos",
    "text",
    f"{SENT}\n۱۲ اسفند ۱۴۰۲\n{REPORT}",
    {"title": "WARN", "published": "2024-03-02"},
    url=GOV_URL,
)
# near misses: a Markdown h1 or an HTML <h1>/<title> names the sentence
case("lone-sentence-markdown-h1-neg", "text", f"# {SENT}\n\n{REPORT}", {"title": SENT + "!"})
HTML_REPORT = "".join(f"<p>{line}</p>" for line in REPORT.splitlines())
case(
    "lone-sentence-html-h1-neg",
    "html",
    f"<html><head><meta charset='utf-8'></head><body><h1>{SENT}</h1>{HTML_REPORT}</body></html>".encode(),
    {"title": SENT + "!"},
)
case(
    "lone-sentence-title-tag-site-suffix-neg",
    "html",
    (
        f"<html><head><meta charset='utf-8'><title>{SENT.rstrip('.')} - فرمانداری نمونه</title>"
        f"</head><body><p>{SENT}</p>{HTML_REPORT}</body></html>"
    ).encode(),
    {"title": (SENT + "!", SENT.rstrip(".") + "!")},
)
# == fix115: a date closing a Latin slug =======================================================
VILLAGE = (
    "صبح امروز گروهی از داوطلبان با بسته‌های غذایی و چادر به روستاهای آسیب دیده رفتند و "
    "نیازهای خانواده‌ها را فهرست کردند.\n"
    "قرار است کمک‌های بیشتری در روزهای آینده از مرکز استان فرستاده شود.\n"
)
case(
    "latin-slug-month-first-date-pos",
    "text",
    f"bam-relief-report-May-8-2023\n{VILLAGE}",
    {"published": None},
)
case(
    "latin-dateline-month-first-neg", "text", f"May 8, 2023\n{VILLAGE}", {"published": "2023-05-08"}
)
case(
    "latin-hyphenated-date-alone-neg", "text", f"8-May-2023\n{VILLAGE}", {"published": "2023-05-08"}
)

# == fix116: the related box, the two-digit-year clock, a clock that is none, a verse ==========
HEAD = "ساخت پارک محله‌ای در شهرک غرب آغاز شد"
LEAD = (
    "معاون خدمات شهری گفت ساخت پارک محله‌ای شهرک غرب با اعتبار امسال آغاز شده و تا پایان "
    "پاییز به بهره‌برداری می‌رسد."
)
BODY = (
    "او افزود در این پارک زمین بازی کودکان، مسیر پیاده‌روی و کتابخانه کوچکی ساخته می‌شود "
    "که اهالی محله سال‌ها خواستار آن بودند.\n"
    "به گفته وی، درختان کهن زمین حفظ می‌شوند و طرح کاشت گل‌های بومی نیز در دست اجراست.\n"
)
RELATED = (
    "{heading}\n"
    "بازگشایی خیابان اصلی پس از پایان عملیات لوله‌گذاری\n"
    "۱۴۰۳/۰۲/۱۰ - کد خبر: ۷۱۲۲۰۴\n"
    "آغاز طرح آسفالت معابر فرعی در منطقه دو\n"
    "۱۴۰۳/۰۱/۲۸ - کد خبر: ۷۰۹۸۸۱\n"
)
MENU = "صفحه اصلی\nسیاسی\nاقتصادی\nاجتماعی\nورزشی"
FOOT = "کلیه حقوق این پایگاه محفوظ است"
OWN = "کد خبر: ۷۱۳۰۵۵ تاریخ انتشار : ۱۴۰۳/۰۲/۱۵"
ARTICLE = {"title": HEAD, "published": "2024-05-04", "number": "713055", "nocode": "listing-page"}
case(
    "related-heading-arabic-yeh-kaf-pos",
    "text",
    f"{MENU}\n{HEAD}\n{LEAD}\n\n{BODY}{OWN}\n\n"
    + yeh_kaf(RELATED.format(heading="مطالب مرتبط"))
    + f"\n{FOOT}\n",
    ARTICLE,
)
case(
    "related-heading-markdown-h2-pos",
    "text",
    f"# {HEAD}\n\n{LEAD}\n\n{BODY}\n{OWN}\n\n"
    + RELATED.format(heading="## اخبار مرتبط").replace("\n", "\n\n")
    + f"{FOOT}\n",
    ARTICLE,
)
case(
    "related-heading-with-colon-pos",
    "text",
    f"{MENU}\n{HEAD}\n{LEAD}\n\n{BODY}{OWN}\n\n{RELATED.format(heading='اخبار مرتبط:')}\n{FOOT}\n",
    ARTICLE,
)
# near miss: a tag page whose three coded items sit above a related box
TEASERS = (
    ("افتتاح کتابخانه عمومی در محله شمالی", "۱۴۰۳/۰۲/۱۲", "۷۱۲۹۰۱"),
    ("برگزاری جشنواره فیلم کوتاه دانشجویی", "۱۴۰۳/۰۲/۰۸", "۷۱۲۵۵۰"),
    ("نصب سامانه هوشمند در تقاطع‌های پرتردد", "۱۴۰۳/۰۲/۰۳", "۷۱۱۸۷۲"),
)
TAG_PAGE = (
    f"{MENU}\nعمران شهری\n\n"
    + "".join(
        f"{head}\nخلاصه این خبر در یک سطر کوتاه برای صفحه برچسب نوشته شده است.\n"
        f"کد خبر: {number} تاریخ انتشار : {day}\n\n"
        for head, day, number in TEASERS
    )
    + RELATED.format(heading="اخبار مرتبط")
    + f"{FOOT}\n"
)
case(
    "tag-page-three-coded-items-over-related-box-neg",
    "text",
    TAG_PAGE,
    {"title": "WARN", "number": None, "code": "listing-page"},
    url="https://www.example-agency.ir/fa/tags/8812/1/عمران",
)
NEWS_URL = "https://example-news.ir/news/84521/budget-meeting"
HEADLINE = "کلیات بودجه سال آینده شهرداری در شورای شهر تصویب شد"


def news(date_line: str) -> str:
    return f"{HEADLINE}\n{date_line}\n\n{LEAD}\n{BODY}"


case(
    "two-digit-year-latin-digits-one-digit-minute-pos",
    "text",
    news("02/12/12 - 7:5"),
    {"published": "2024-03-02", "code": "time-unread"},
    url=NEWS_URL,
)
case(
    "two-digit-year-weekday-zero-hour-one-digit-minute-pos",
    "text",
    news("شنبه ۱۲ اسفند ۰۲ ساعت ۰۷:۵"),
    {"published": "2024-03-02", "code": "time-unread"},
    url=NEWS_URL,
)
case(
    "four-digit-year-clock-24-00-refused-pos",
    "text",
    news("۱۲ اسفند ۱۴۰۲ ساعت ۲۴:۰۰"),
    {"published": None, "code": "invalid-date"},
    url=NEWS_URL,
)
case(
    "numeric-date-midnight-00-00-neg",
    "text",
    news("۱۴۰۲/۱۲/۱۲ - ۰۰:۰۰"),
    {"published": "2024-03-02T00:00:00+03:30"},
    url=NEWS_URL,
)
VERSES = (
    "باران که بر شیشه نشست از یاد تو آمد پیام\n"
    "هر قطره‌اش در گوش من خواند از تو یک سلام\n"
    "شاعر این شعر را در زمستان گذشته سروده و در انجمن ادبی شهر خوانده است.\n"
)
case(
    "verse-under-name-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"باران\n\n{VERSES}"),
    {"title": ("باران", "WARN")},
)

# == fix117 ====================================================================================
EXAM = "زمان ثبت نام آزمون استخدامی پرستاران اعلام شد"
EXAM_TEXT = (
    EXAM + "\n\n"
    "نامه سلامت: معاون وزیر بهداشت گفت ثبت نام آزمون استخدامی پرستاران از نیمه مرداد آغاز "
    "می‌شود و ده روز ادامه دارد.\n\n"
    "به گزارش نامه سلامت؛ داوطلبان پس از انتشار دفترچه راهنما در درگاه سازمان ثبت نام می‌کنند "
    "و نتایج تا پایان مهر اعلام خواهد شد.\n"
)
case(
    "category-html-after-id-fa-news-pos",
    "text",
    EXAM_TEXT,
    {"title": EXAM, "number": "58213", "nocode": "listing-page"},
    url="https://example-salamat.ir/fa/news/58213/category.html",
)
case(
    "category-html-without-id-neg",
    "text",
    EXAM_TEXT,
    {"number": None, "code": "listing-page"},
    url="https://example-salamat.ir/news/category.html",
)
case(
    "category-html-after-tag-id-neg",
    "text",
    EXAM_TEXT,
    {"number": None},
    url="https://example-salamat.ir/tag/4393/category.html",
)
BAKU = (
    "پل تازه بر رود کورا در شهر سابیرآباد گشایش یافت\n\n"
    "پل تازه رود کورا امروز با حضور مسئولان استان گشایش یافت و راه روستاهای دو سوی رود "
    "کوتاه‌تر شد.\n\n"
    "این پل دو خط رفت و برگشت و پیاده‌روی برای عابران دارد و ساخت آن دو سال طول کشید.\n\n"
    "تاریخ\n{date}\n"
)
case(
    "az-second-level-host-winter-2015-pos",
    "text",
    BAKU.format(date="2015.01.10 / 15:22"),
    {"published": "2015-01-10T15:22:00+04:00"},
    url="https://fa.example.com.az/news/878567.html",
)
case(
    "az-path-language-on-com-host-neg",
    "text",
    BAKU.format(date="2024.07.10 / 15:22"),
    {"published": "2024-07-10T15:22:00+03:30"},
    url="https://www.example.com/az/news/878567.html",
)
SLASH_HEAD = "بارش باران در شمال استان آغاز شد / هشدار آبگرفتگی معابر در رشت"
case(
    "title-tag-a-slash-b-site-html-pos",
    "html",
    (
        f"<html><head><meta charset='utf-8'><title>{SLASH_HEAD} - پیام گیلان</title></head>"
        f"<body><h1>{SLASH_HEAD}</h1><p>{LEAD}</p><p>{BODY}</p></body></html>"
    ).encode(),
    {"title": SLASH_HEAD},
    url="https://example-gilan.ir/news/55443/rain",
)


if __name__ == "__main__":
    run(cases, check39, DATE_ROUND_PREFIXES)
