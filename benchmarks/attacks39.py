"""Thirty-ninth round of attacks: the newest rules (fix96: an agency's initials dateline, a menu's
«all of a kind» link, a short slug before the item's ID, a name under the opening date line, a
lone long sentence; fix97: a post's byline, a spaced Gregorian date with its clock; fix98: a
greeting to the readers, a Latin place line, an <h1>'s badge, /news/ID/NN-<slug>; fix99: a
site's short name printed twice; e03001e: closing «# tag» lines are not Markdown; speed29 and
speed30: the quick reader of a date line, QuickDate), met with near misses (a real headline of
the rule's shape) and with positive shapes beyond the rules' own pages (other spellings and
digits, ZWNJ, Arabic yeh and kaf, Markdown, double-spaced text, HTML).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, thirty-ninth
round"); Jalali days were converted with jdatetime directly (1403 is a leap year, 1402 is
not; 1399 is); Iran's offset is +03:30 after 30 Shahrivar 1401 and +04:30 from 2 Farvardin to
30 Shahrivar until 1401. Run:
PYTHONPATH=src:benchmarks python benchmarks/attacks39.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks38's, plus «same» (the article's publication instant must equal what
``jm.parse_datetime`` gives for the date line alone, or be None where it raises).

The shapes come from the pages the fixes were built on (named in their tests); the article
sentences are ours.
"""

from __future__ import annotations

from typing import Any

from attack_runner import BODY, D, H, collector, run
from attacks38 import check38

import jalali_meta as jm

cases, case = collector()


def check39(field: str, value: Any, article: jm.Article) -> tuple[bool, Any]:
    """attacks38's judge with «same»: the instant parse_datetime gives for the line ``value``."""
    if field == "same":
        try:
            want = jm.parse_datetime(value).gregorian
        except jm.DateError:
            want = None
        got = article.published.gregorian if article.published is not None else None
        return got == want, (got.isoformat() if got else None, want.isoformat() if want else None)
    return check38(field, value, article)


def page(*header: str, body: str = BODY) -> str:
    return "\n".join((*header, "", body))


DAY = "2024-03-02"  # D, ۱۲ اسفند ۱۴۰۲

AR_LEAD = (
    "افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف كتاب "
    "وقاعة كبيرة للمطالعة، وقال رئيس البلدية إن المكتبة ستفتح أبوابها كل يوم حتى المساء."
)
AR_MORE = "وأضاف أن المشروع استغرق ثلاث سنوات من العمل وبلغت كلفته عدة ملايين."

# == fix96: an agency's initials dateline ======================================================
CITY_HEAD = "تهران - خط هفت مترو تا پایان سال به میدان صنعت می‌رسد"
case("city-dash-persian-headline-neg", "text", page(CITY_HEAD, D), {"title": CITY_HEAD + "!"})
AR_CITY_HEAD = "باريس - متحف جديد للفن الحديث يفتح أبوابه للزوار"
case(
    "city-dash-arabic-headline-neg",
    "text",
    f"{AR_CITY_HEAD}\n\n{AR_LEAD}\n\n{AR_MORE}\n",
    {"title": AR_CITY_HEAD},
)
AGENCY_HEAD = "ایرنا - گزارش سالانه خبرگزاری درباره آزادی رسانه‌ها منتشر شد"
case("agency-name-dash-headline-neg", "text", page(AGENCY_HEAD, D), {"title": AGENCY_HEAD + "!"})
case(
    "agency-initials-en-dash-pos",
    "text",
    f"بيروت – أ ف ب\n{AR_LEAD} {AR_MORE}\n",
    {"nottitle": "بيروت – أ ف ب", "title": "WARN"},
)
case(
    "agency-initials-markdown-bold-pos",
    "text",
    f"**القاهرة - أ.ش.أ**\n\n{AR_LEAD}\n\n{AR_MORE}\n",
    {"nottitle": "**القاهرة - أ.ش.أ**", "title": "WARN"},
)

# == fix96: a menu's «all of a kind» link =======================================================
ALL_HEAD = "همه اخبار جعلی درباره کمبود دارو در استان تکذیب شد"
case("all-news-sentence-headline-neg", "text", page(ALL_HEAD, D), {"title": ALL_HEAD + "!"})
ALL_HEAD2 = "همه مدارس شهر فردا تعطیل است"
case("all-schools-short-headline-neg", "text", page(ALL_HEAD2, D), {"title": ALL_HEAD2 + "!"})
case(
    "all-videos-zwnj-menu-pos",
    "text",
    page("همه‌ی ویدیوها", D),
    {"nottitle": "همه‌ی ویدیوها", "title": "WARN"},
)
case(
    "all-posts-markdown-link-pos",
    "text",
    page("[همه مطالب](https://blog.example.ir/archive)", "", D),
    {"title": "WARN"},
)

# == fix96: a short slug before the ID; a lone sentence; a name under the date =================
SHORT_HEAD = "زلزله بم"
SHORT_SLUG_URL = "https://news.example.ir/fa/%D8%B2%D9%84%D8%B2%D9%84%D9%87-%D8%A8%D9%85/44012/"
case(
    "short-headline-before-id-neg",
    "text",
    page(SHORT_HEAD, D),
    {"title": SHORT_HEAD, "number": "44012"},
    url=SHORT_SLUG_URL,
)
LONG_HEAD = (
    "رئیس شورای شهر گفت بودجه سال آینده با وجود کمبود درآمدها و افزایش هزینه‌های جاری "
    "شهرداری برای تکمیل طرح‌های نیمه‌تمام محله‌های جنوبی کافی خواهد بود"
)
case("long-sentence-headline-over-body-neg", "text", page(LONG_HEAD, D), {"title": LONG_HEAD + "!"})
LONE_AR = (
    "مرمت پل تاريخي شهر كاري طولاني بود كه هم هزينه زيادي داشت هم اينكه كارشناسان "
    "بسياري از استان هاي ديگر در آن شركت كرده اند"
)
case("lone-long-sentence-arabic-letters-pos", "text", LONE_AR + "\n", {"title": "WARN"})

# == fix97: a post's byline, a spaced Gregorian date ============================================
WRITTEN_HEAD = "نوشته شده در زندان؛ خاطرات یک روزنامه‌نگار پس از چهل سال منتشر شد"
case(
    "written-in-prison-headline-neg",
    "text",
    page(WRITTEN_HEAD, D),
    {"title": WRITTEN_HEAD + "!", "published": DAY},
)
POST = "تاریخچه کتابخانه مرکزی شهر"
case(
    "blogfa-footer-persian-digits-under-post-pos",
    "text",
    f"{POST}\n\n{BODY}\n+ نوشته شده در  چهارشنبه ۵ اردیبهشت ۱۴۰۳ساعت ۱۰:۲۰  توسط مریم  |\n",
    {"title": POST, "published": "2024-04-24T10:20:00+03:30"},
)
case(
    "byline-zwnj-arabic-yeh-alone-pos",
    "text",
    f"ارسال‌شده در ۱۲ دي ۱۴۰۲ توسط علي رضايي\n\n{BODY}",
    {"title": "WARN", "published": ("2024-01-02", None)},
)
case(
    "spaced-gregorian-persian-digits-seconds-pos",
    "text",
    page(H, "۲۱ ۰۹ ۲۰۲۴ ۱۸:۴۵:۱۰", "کد خبر : 52341"),
    {"title": H, "published": "2024-09-21T18:45:10+03:30", "number": "52341"},
)

# == fix98: greetings, Latin place lines, badges, /news/ID/NN-slug ==============================
GREET_HEAD = "سلام به همه زیبایی‌های بهار؛ جشنواره گل در پارک ملت آغاز شد"
case("greeting-to-spring-headline-neg", "text", page(GREET_HEAD, D), {"title": GREET_HEAD})
GREET_HEAD2 = "سلام دوستان کوچک؛ برنامه تابستانی کتابخانه‌ها برای کودکان اعلام شد"
case("greeting-to-children-headline-neg", "text", page(GREET_HEAD2, D), {"title": GREET_HEAD2})
POST_TITLE = "تاریخچه کتابخانه مرکزی"
case(
    "greeting-arabic-yeh-zwnj-pos",
    "text",
    f"یادداشت\n\n{POST_TITLE}\n\n\nخلاصه :\n\nسلام بچه‌ها امروز ميخوام از كتابخونه شهرمون بگم\n\n{BODY}",
    {"title": POST_TITLE},
)
case(
    "latin-place-line-persian-page-pos",
    "text",
    page("  • Mashhad, Iran", "  • |", "", H, D),
    {"title": H, "published": DAY},
)
BADGE_HTML = (
    "<html lang='fa'><head><meta charset='utf-8'></head><body>"
    f"<h1 class='title'>{H}<span class='badge bg-danger'>ویژه</span></h1>"
    f"<div class='date'>{D}</div>"
    + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    + "</body></html>"
).encode()
case("h1-badge-bootstrap-class-pos", "html", BADGE_HTML, {"title": H, "published": DAY})
case(
    "news-id-count-slug-encoded-pos",
    "text",
    page(H, D),
    {"title": H, "number": "88213"},
    url="https://www.example.ir/news/88213/10-%D9%86%DA%A9%D8%AA%D9%87-%D8%A8%D9%88%D8%AF%D8%AC%D9%87",
)

# == fix99: a site's short name twice ===========================================================
LEAD99 = (
    "در این آموزش یاد می گیریم که چگونه با چند خط کد یک وب سرویس کوچک بسازیم و آن را روی "
    "رایانه خود اجرا کنیم. فلسک یکی از ساده ترین چارچوب های پایتون است و برای شروع کار با "
    "برنامه نویسی وب گزینه خوبی به شمار می رود."
)
MORE99 = (
    "برای شروع ابتدا باید پایتون را نصب کنید و سپس فلسک را به پروژه اضافه کنید و پس از آن "
    "یک پرونده تازه بسازید و کد نمونه را در آن بنویسید تا نخستین صفحه شما آماده شود."
)
HEAD99 = "آموزش ساخت یک وب سرویس ساده با پایتون و فلسک برای تازه کارها"
MAG_HEAD = "مجله فیلم پس از یک سال توقف دوباره منتشر شد"
case(
    "magazine-headline-printed-twice-neg",
    "text",
    f"{MAG_HEAD}\n{MAG_HEAD}\n{LEAD99}\n{MORE99}\n",
    {"title": MAG_HEAD + "!"},
)
SHORT_TWICE = "افتتاح کتابخانه مرکزی شهر"
case(
    "short-headline-printed-twice-neg",
    "text",
    f"{SHORT_TWICE}\n\n{SHORT_TWICE}\n\n{LEAD99}\n\n{MORE99}\n",
    {"title": SHORT_TWICE + "!"},
)
case(
    "site-name-twice-arabic-kaf-yeh-pos",
    "text",
    f"پايگاه آموزش برنامه نويسي\nپايگاه آموزش برنامه نويسي\n{HEAD99}\n{LEAD99}\n{MORE99}\n",
    {"title": HEAD99},
)
case(
    "site-name-twice-zwnj-double-spaced-pos",
    "text",
    f"وبلاگ برنامه‌نویسی\n\n\n\nوبلاگ برنامه‌نویسی\n\n\n\n{HEAD99}\n\n\n\n{LEAD99}\n\n\n\n{MORE99}\n",
    {"title": HEAD99},
)

# == e03001e: closing «# tag» lines =============================================================
case(
    "closing-tags-zwnj-double-hash-pos",
    "text",
    page(H, D) + "\n# شهرداری‌ها\n\n#  شورای شهر\n",
    {"title": H, "published": DAY},
)
case(
    "markdown-page-with-closing-tags-neg",
    "text",
    f"# {H}\n\n{D}\n\n{BODY}\n## برچسب‌ها\n\n# بودجه\n# شورا\n",
    {"title": H, "published": DAY},
)

# == speed29/speed30: the quick reader of a date line ===========================================
MIXED = "چهارشنبه ۱۴۰۳/۰۲/٠٥ ساعت 10:20"
case(
    "quick-mixed-digits-pos",
    "text",
    page(H, MIXED),
    {"title": H, "published": "2024-04-24T10:20:00+03:30", "same": MIXED},
)
SECS = "1403/02/05 - 10:20:45"
case(
    "quick-seconds-pos",
    "text",
    page(H, SECS),
    {"published": "2024-04-24T10:20:45+03:30", "same": SECS},
)
PM = "۱۴۰۳/۰۲/۰۵ ساعت ۱۰:۲۰ ب.ظ"
case(
    "quick-pm-clock-pos",
    "text",
    page(H, PM),
    {"published": "2024-04-24T22:20:00+03:30", "same": PM},
)
AM12 = "1403/02/05 12:15 ق.ظ"
case(
    "quick-am-twelve-clock-pos",
    "text",
    page(H, AM12),
    {"published": ("2024-04-24T00:15:00+03:30", "2024-04-24"), "same": AM12},
)
case(
    "quick-weekday-misspelled",
    "text",
    page(H, "سه شمبه 1403/02/04 ساعت 09:00"),
    {"title": H, "published": ("2024-04-23T09:00:00+03:30", None)},
)
AR_MONTH = "۵ ارديبهشت ۱۴۰۳ - ۱۰:۲۰"
case(
    "quick-month-arabic-yeh-pos",
    "text",
    page(H, AR_MONTH),
    {"published": "2024-04-24T10:20:00+03:30", "same": AR_MONTH},
)
SHAH31 = "شنبه ۳۱ شهریور ۱۴۰۳ ساعت ۲۳:۵۹"
case(
    "quick-31-shahrivar-1403-pos",
    "text",
    page(H, SHAH31),
    {"published": "2024-09-21T23:59:00+03:30", "same": SHAH31},
)
DST_END = "۳۰ شهریور ۱۴۰۱ ساعت ۲۳:۳۰"
case(
    "quick-last-dst-night-1401-pos",
    "text",
    page(H, DST_END),
    {"published": "2022-09-21T23:30:00+04:30", "same": DST_END},
)
ESF_LEAP = "پنجشنبه 1403/12/30 ساعت 18:00"
case(
    "quick-30-esfand-leap-1403-pos",
    "text",
    page(H, ESF_LEAP),
    {"published": "2025-03-20T18:00:00+03:30", "same": ESF_LEAP},
)
ESF_COMMON = "1402/12/30 ساعت 18:00"
case(
    "quick-30-esfand-common-1402-invalid",
    "text",
    page(H, ESF_COMMON),
    {"title": H, "published": None, "same": ESF_COMMON},
)
MEHR31 = "۳۱ مهر ۱۴۰۲ - ۰۸:۰۰"
case(
    "quick-31-mehr-invalid",
    "text",
    page(H, MEHR31),
    {"title": H, "published": None, "same": MEHR31},
)
TWIN = "۵ اردیبهشت ۱۴۰۳ (24 April 2024)"
case(
    "quick-gregorian-twin-bracketed-pos",
    "text",
    page(H, TWIN),
    {"published": "2024-04-24", "same": TWIN},
)
TWIN_BAD = "۵ اردیبهشت ۱۴۰۳ (25 April 2024)"
case(
    "quick-gregorian-twin-disagrees",
    "text",
    page(H, TWIN_BAD),
    {"published": None},
)


if __name__ == "__main__":
    run(
        cases,
        check39,
        ("title", "published", "updated", "number", "invalid", "time", "twin", "hijri", "weekday"),
    )
