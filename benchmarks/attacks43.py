"""Forty-third round of attacks: fix114 (a date «D-MONTH-YYYY» glued to a headline's end read as
the post's date and cut from the title; a weekday, day, month name and two-digit year with a
time, warned `two-digit-year`, its century only if the weekday confirms it) and attack42's fix
(an Iranian landline refused as an address ID; an underscore ID forming a date not read), met
with near misses (a year range, a product's or a tour's name, a Latin date in a slug-like
headline, «۲۰۲۲-قطر», a weekday fitting neither century, a count after a month, real eleven-digit
IDs, eight-digit IDs with no month or day) and with positive shapes beyond the rules' pages
(other months, Arabic yeh and kaf, ZWNJ, Markdown, HTML `<h1>`, other area codes).

Each input's record was decided by hand before the first run (docs/reliability.md, "Attacks,
forty-third round"); Jalali days converted by hand from known anchors: 1 Farvardin 1402 =
2023-03-21, so 1 Khordad 1402 = 2023-05-22 and 15 Khordad = 2023-06-05, 1 Mehr 1402 =
2023-09-23 and 3 Mehr = 2023-09-25; 1 Aban 1402 = 2023-10-23, so 20 Aban = 2023-11-11 (a
Saturday); 8 Ordibehesht 1402 = 2023-04-28 and 12 Dey 1401 = 2023-01-02 (tests/test_fix114.py);
12 Esfand 1402 = 2024-03-02 (a Saturday), 13 Esfand = 2024-03-03 (Sunday), 15 Esfand =
2024-03-05 (Tuesday). A hundred Jalali years are 36,524 or 36,525 days (5 or 6 weekdays on), so
12 Esfand 1302 was a Sunday or a Monday: a Tuesday fits neither century. Run:
PYTHONPATH=src:benchmarks python benchmarks/attacks43.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks39's. The article sentences are ours.
"""

from __future__ import annotations

from attack_runner import BODY, DATE_ROUND_PREFIXES, D, H, collector, run
from attacks39 import check39

cases, case = collector()


def page(*header: str, body: str = BODY) -> str:
    return "\n".join((*header, "", body))


DAY = "2024-03-02"  # D, ۱۲ اسفند ۱۴۰۲
BLOG = "https://example-roosta.blogspot.com/2023/04/blog-post_4821.html"
BLOG_BODY = (
    "صبح امروز با حضور اهالی روستا و مسئولان بخش، مراسم ساده‌ای در سالن مدرسه برگزار شد و "
    "دهیار روستا از همکاری مردم در آماده‌سازی برنامه قدردانی کرد.\n"
    "قرار است این برنامه در ماه‌های آینده در روستاهای همجوار نیز اجرا شود.\n"
)


def blog(headline: str) -> str:
    return f"{headline}\n{BLOG_BODY}"


# == fix114: a date glued to a headline's end, beyond the rule's pages ==========================
LIB = "افتتاح کتابخانه عمومی روستا"
case(
    "glued-date-khordad-pos",
    "text",
    blog(LIB + "۱۵-خرداد-۱۴۰۲"),
    {"title": LIB, "published": "2023-06-05"},
    url=BLOG,
)
CONTEST_AR = "برگزاري مسابقه كتابخواني در مدرسه"
CONTEST_FA = "برگزاری مسابقه کتابخوانی در مدرسه"
case(
    "glued-date-arabic-yeh-kaf-month-dey-pos",
    "text",
    blog(CONTEST_AR + "۱۲-دي-۱۴۰۱"),
    {"title": (CONTEST_AR, CONTEST_FA), "published": "2023-01-02"},
    url=BLOG,
)
FAJR = "جشن‌های دهه فجر در کتابخانه‌ها"
case(
    "glued-date-zwnj-headline-aban-pos",
    "text",
    blog(FAJR + "۲۰-آبان-۱۴۰۲"),
    {"title": FAJR, "published": "2023-11-11"},
    url=BLOG,
)
case(
    "spaced-date-ascii-digits-mehr-pos",
    "text",
    blog(LIB + " 3-مهر-1402"),
    {"title": LIB, "published": "2023-09-25"},
    url=BLOG,
)
QUAKE = "زلزله در استان کرمان/ آماده باش هلال احمر"
case(
    "glued-date-markdown-heading-pos",
    "text",
    f"# {QUAKE}۸-اردیبهشت-۱۴۰۲\n\n{BLOG_BODY}",
    {"title": QUAKE, "published": "2023-04-28"},
    url=BLOG,
)
case(
    "glued-date-html-h1-pos",
    "html",
    (
        "<html lang='fa'><head><meta charset='utf-8'>"
        f"<title>وبلاگ روستا: {QUAKE}۸-اردیبهشت-۱۴۰۲</title></head><body>"
        f"<h1>{QUAKE}۸-اردیبهشت-۱۴۰۲</h1><p>{BLOG_BODY.replace(chr(10), ' ')}</p>"
        "</body></html>"
    ).encode(),
    {"title": QUAKE, "published": "2023-04-28"},
    url=BLOG,
)
# near misses
RANGE = "گزارش عملکرد جمعیت هلال احمر در سال‌های ۱۴۰۰-۱۴۰۲"
case(
    "year-range-at-headline-end-neg",
    "text",
    blog(RANGE),
    {"title": RANGE, "published": None},
    url=BLOG,
)
CAR = "رونمایی از خودرو تارا مدل-۱۴۰۲"
case("model-name-year-at-end-neg", "text", blog(CAR), {"title": CAR, "published": None}, url=BLOG)
TOUR = "بلیت‌های تور پاییزی آبان-۱۴۰۲ به فروش رسید"
case("month-year-tour-name-neg", "text", blog(TOUR), {"title": TOUR, "published": None}, url=BLOG)
LATIN = "kerman-earthquake-relief-report-8-May-2023"
case(
    "latin-date-in-slug-headline-neg",
    "text",
    blog(LATIN),
    {"nottitle": "kerman-earthquake-relief-report", "published": None},
    url=BLOG,
)
CUP = "برنامه کامل بازی‌های جام جهانی ۲۰۲۲-قطر"
case("world-cup-year-place-neg", "text", blog(CUP), {"title": CUP, "published": None}, url=BLOG)

# == fix114: a weekday's date with a two-digit year and a time ==================================
NEWS_URL = "https://example-news.ir/news/84521/budget-meeting"
case(
    "two-digit-year-saturday-esfand-pos",
    "text",
    page(H, "شنبه ۱۲ اسفند ۰۲ ساعت ۱۰:۳۰"),
    {"title": H, "published": "2024-03-02T10:30:00+03:30"},
    url=NEWS_URL,
)
case(
    "two-digit-year-arabic-yeh-kaf-weekday-pos",
    "text",
    page(H, "يكشنبه ۱۳ اسفند ۰۲ ساعت ۰۹:۱۵"),
    {"title": H, "published": "2024-03-03T09:15:00+03:30"},
    url=NEWS_URL,
)
case(
    "two-digit-year-zwnj-weekday-dash-time-pos",
    "text",
    page(H, "سه‌شنبه ۱۵ اسفند ۰۲ - ۱۸:۰۵"),
    {"title": H, "published": "2024-03-05T18:05:00+03:30"},
    url=NEWS_URL,
)
case(
    "two-digit-year-aban-pos",
    "text",
    page(H, "شنبه ۲۰ آبان ۰۲ ساعت ۱۴:۰۰"),
    {"title": H, "published": "2023-11-11T14:00:00+03:30"},
    url=NEWS_URL,
)
case(
    "two-digit-year-weekday-fits-neither-century-neg",
    "text",
    page(H, "سه شنبه ۱۲ اسفند ۰۲ ساعت ۱۰:۳۰"),
    {"title": H, "published": None},
    url=NEWS_URL,
)
COUNT = "پنجشنبه ۹ فروردین ۳ نفر در تصادف جاده چالوس ساعت ۲۳:۴۰ مصدوم شدند"
case(
    "count-after-month-name-neg",
    "text",
    page(COUNT, D),
    {"title": COUNT, "published": DAY},
    url=NEWS_URL,
)

# == attack42: a landline in the address, an underscore date code ================================
SITE = "https://example-news.ir"
NEWS = page(H, D)
case(
    "eleven-digits-no-trunk-zero-neg",
    "text",
    NEWS,
    {"number": "31887766551"},
    url=SITE + "/news/31887766551_budget",
)
case(
    "eight-digits-month-13-neg",
    "text",
    NEWS,
    {"number": "14021312"},
    url=SITE + "/news/14021312_budget.html",
)
case(
    "eight-digits-day-40-neg",
    "text",
    NEWS,
    {"number": "14021240"},
    url=SITE + "/news/14021240_budget.html",
)
case(
    "mashhad-landline-underscore-pos",
    "text",
    NEWS,
    {"number": None, "title": H, "published": DAY},
    url=SITE + "/05138445566_contact.html",
)
case(
    "tabriz-landline-path-segment-pos",
    "text",
    NEWS,
    {"number": None, "title": H},
    url=SITE + "/shop/04133445566",
)

# == Added after the first run, decided by hand before their own run =============================
# The first four inputs above put June, January, November and September dates under a Blogger
# address of April 2023 (`/2023/04/`): the library withheld each date with `published-conflict`,
# which is right for such a page. The same headlines under their own month's address:


def blog_at(year_month: str) -> str:
    return f"https://example-roosta.blogspot.com/{year_month}/blog-post_4821.html"


case(
    "glued-date-khordad-own-month-pos",
    "text",
    blog(LIB + "۱۵-خرداد-۱۴۰۲"),
    {"title": LIB, "published": "2023-06-05"},
    url=blog_at("2023/06"),
)
case(
    "glued-date-arabic-yeh-kaf-month-dey-own-month-pos",
    "text",
    blog(CONTEST_AR + "۱۲-دي-۱۴۰۱"),
    {"title": (CONTEST_AR, CONTEST_FA), "published": "2023-01-02"},
    url=blog_at("2023/01"),
)
case(
    "glued-date-zwnj-headline-aban-own-month-pos",
    "text",
    blog(FAJR + "۲۰-آبان-۱۴۰۲"),
    {"title": FAJR, "published": "2023-11-11"},
    url=blog_at("2023/11"),
)
case(
    "spaced-date-ascii-digits-mehr-own-month-pos",
    "text",
    blog(LIB + " 3-مهر-1402"),
    {"title": LIB, "published": "2023-09-25"},
    url=blog_at("2023/09"),
)
case(
    "glued-date-no-address-pos",
    "text",
    blog(LIB + "۱۵-خرداد-۱۴۰۲"),
    {"title": LIB, "published": "2023-06-05"},
)


if __name__ == "__main__":
    run(cases, check39, DATE_ROUND_PREFIXES)
