"""Forty-fourth round of attacks: the month-name rule (03bcfdd, a line that is only a month's
name is never the title nor a list's name), fix114's two-digit-year readers after b02b237's
refactor (`_bad_time_after`), and ordinary agency article pages with the full chrome a scraper
keeps (menus, a today banner, ticker headlines with times, kicker, headline, lead, «کد خبر»,
«تاریخ انتشار», a related list with its own dates and IDs, a footer with a year).

Each input's record was decided by hand before the first run (docs/reliability.md, "Attacks,
forty-fourth round"). Jalali days converted by hand from known anchors: 1 Farvardin 1402 =
2023-03-21, so 3 Mehr 1402 = 2023-09-25 (a Monday), 20 Aban 1402 = 2023-11-11 (a Saturday),
2 Bahman 1402 = 2024-01-22 (a Monday), 12 Esfand 1402 = 2024-03-02 (a Saturday), 19 Esfand =
2024-03-09 (a Saturday), 26 Azar 1402 = 2023-12-17 (a Sunday; 28 Azar = 2023-12-19, a
Tuesday, as a calendar channel prints it); 1 Mordad 1401 = 2022-07-23, so 18 Mordad 1401 =
2022-08-09 and 25 Mordad = 2022-08-16 (a Tuesday, as stcm.ir's banner prints it).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks44.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks39's. The article sentences, headlines and names are ours; the layouts are real
agencies' and sites' (each named over its case).
"""

from __future__ import annotations

from attack_runner import BODY, DATE_ROUND_PREFIXES, ITEMS, H, collector, run
from attacks39 import check39

cases, case = collector()


def page(*header: str, body: str = BODY) -> str:
    return "\n".join((*header, "", body))


DAY = "2024-03-02"  # ۱۲ اسفند ۱۴۰۲
NEWS_URL = "https://example-news.ir/news/84521/budget-meeting"
TAG_URL = "https://example-blog.ir/tag/bourse/"
LIST = "".join(f"{head}\n\n{text}\n\n" for head, text in ITEMS)


def badges(*badge: str) -> str:
    """A tag page whose theme prints each post's date as stacked badge lines over its item."""
    return "".join(f"{chr(10).join(badge)}\n{head}\n\n{text}\n\n" for head, text in ITEMS)


# == (a) the month-name rule ====================================================================
# positives: date badges on list pages (real36's #22 prints «22» / «سپتامبر»)
case(
    "badge-day-month-year-lines-list-pos",
    "text",
    badges("۲۲", "مهر", "۱۴۰۲"),
    {"nottitle": "مهر", "title": "WARN"},
    url=TAG_URL,
)
case(
    "badge-arabic-yeh-month-list-pos",
    "text",
    badges("۱۸", "ارديبهشت"),
    {"nottitle": "ارديبهشت", "title": "WARN"},
    url=TAG_URL,
)
# Afghan months: the rule leaves them out (they are also words); a reader still never wants a
# badge's month as the page's title.
case(
    "badge-afghan-hamal-list-pos",
    "text",
    badges("۱۲", "حمل"),
    {"nottitle": "حمل", "title": "WARN"},
    url=TAG_URL,
)
case(
    "badge-afghan-sawr-list-pos",
    "text",
    badges("۳", "ثور"),
    {"nottitle": "ثور", "title": "WARN"},
    url=TAG_URL,
)
case(
    "badge-gregorian-january-list-pos",
    "text",
    badges("22", "ژانویه"),
    {"nottitle": "ژانویه", "title": "WARN"},
    url=TAG_URL,
)
case(
    "badge-gregorian-september-no-address-pos",
    "text",
    badges("۹", "سپتامبر"),
    {"nottitle": "سپتامبر"},
)
# a badge over a real article's headline: the headline is the title
case(
    "badge-lines-over-article-headline-pos",
    "text",
    page("۱۲", "اسفند", "۱۴۰۲", H),
    {"title": H, "published": (DAY, None)},
    url=NEWS_URL,
)
# near misses
# «مهر» (kindness) as a poem page's title: a reader wants «مهر»; the rule cannot tell it from a
# month, so strictly this is a miss (None with a warning is no wrong value).
POEM = (
    "مهر تو در دل ماند چون آفتاب صبحگاه\n"
    "هر سحر بر بام ما تابید بی‌گاه و گاه\n"
    "شاعر این شعر را در پاییز سال گذشته برای مادرش سروده و در جلسه شعر محله خوانده است.\n"
)
case("poem-title-mehr-neg", "text", f"مهر\n\n{POEM}", {"title": "مهر"})
case(
    "poem-title-mehr-html-neg",
    "html",
    (
        "<html lang='fa'><head><meta charset='utf-8'><title>مهر | شعرستان</title></head>"
        f"<body><h1>مهر</h1><p>{POEM.replace(chr(10), ' ')}</p></body></html>"
    ).encode(),
    {"title": "مهر"},
    url="https://sheristan.example.ir/poem/812/",
)
BAHMAN = "بهمن نیک‌نام فیلم تازه‌اش را در کیش کلید زد"
case("person-bahman-headline-neg", "text", page(BAHMAN, "۱۲ اسفند ۱۴۰۲"), {"title": BAHMAN + "!"})
DOC = (
    "مستندی که روایت خانواده‌ای در روزهای پایانی بهار آن سال را نشان می‌دهد، در جشنواره "
    "امسال به نمایش درآمد و کارگردانش گفت ساخت آن چهار سال طول کشیده است.\n"
)
# «خرداد ۸۸» alone: a documentary's name, or a month and a two-digit year (a date's part):
# either the name or no title with a doubt
case(
    "month-two-digit-year-alone-neg", "text", f"خرداد ۸۸\n\n{DOC}", {"title": ("خرداد ۸۸", "WARN")}
)
# «آذر ماه» over an archive's items: the month's archive; no title with a doubt is as good
case(
    "azar-mah-list-name-neg",
    "text",
    f"آذر ماه\n\n{LIST}",
    {"title": ("آذر ماه", "WARN")},
    url="https://example-blog.ir/archive/1402/09/",
)
ARCHIVE = "آرشیو اردیبهشت ۱۴۰۲"
case(
    "archive-month-year-tag-name-neg",
    "text",
    f"{ARCHIVE}\n\n{LIST}",
    {"title": ARCHIVE},
    url="https://example-blog.ir/archive/1402/02/",
)

# == (b) fix114's two-digit-year readers after the refactor =====================================
for label, line, want in (
    ("weekday-fits-time-24-00", "شنبه ۱۲ اسفند ۰۲ ساعت ۲۴:۰۰", (None, DAY)),
    ("weekday-fits-time-23-60", "شنبه ۱۲ اسفند ۰۲ ساعت ۲۳:۶۰", (None, DAY)),
    ("weekday-fits-time-7-5", "شنبه ۱۲ اسفند ۰۲ ساعت ۷:۵", (None, DAY)),
    (
        "weekday-fits-pm-12-30",
        "شنبه ۱۲ اسفند ۰۲ ساعت ۱۲:۳۰ ب.ظ",
        ("2024-03-02T12:30:00+03:30", None),
    ),
    (
        "weekday-fits-pm-08-15",
        "شنبه ۱۲ اسفند ۰۲ ساعت ۰۸:۱۵ ب.ظ",
        ("2024-03-02T20:15:00+03:30", None),
    ),
    ("weekday-fits-time-23-59-pos", "شنبه ۱۲ اسفند ۰۲ ساعت ۲۳:۵۹", "2024-03-02T23:59:00+03:30"),
    ("numeric-two-digit-time-24-00", "۰۲/۱۲/۱۲ - ۲۴:۰۰", (None, DAY)),
):
    case(
        "two-digit-year-" + label,
        "text",
        page(H, line),
        {"title": H, "published": want},
        url=NEWS_URL,
    )

# == (c) agency article pages with their chrome =================================================
MENU = "صفحه اصلی\nسیاسی\nاقتصادی\nاجتماعی\nفرهنگی\nورزشی\nبین‌الملل\nعکس\nفیلم"
TICKER = (
    "۰۹:۱۲ | بارش برف در گردنه‌های شمالی استان ادامه دارد\n"
    "۰۸:۴۵ | نمایشگاه کتاب کودک در فرهنگسرای مرکزی گشایش یافت\n"
    "۰۸:۰۳ | ساعت کاری ادارات در هفته آخر سال اعلام شد"
)
LEAD = (
    "رئیس شورای شهر از تصویب کلیات بودجه سال آینده شهرداری با ۹ رأی موافق خبر داد و گفت "
    "بررسی جزئیات لایحه از هفته آینده آغاز می‌شود."
)
RELATED = (
    "اخبار مرتبط\n"
    "تصویب طرح توسعه ناوگان اتوبوسرانی در شورای شهر\n"
    "۱۴۰۲/۱۲/۰۵ - کد خبر: ۵۸۱۹۹۰\n"
    "نشست مشترک شورا و شهرداری درباره طرح‌های نیمه‌تمام\n"
    "۱۴۰۲/۱۱/۲۸ - کد خبر: ۵۸۰۴۱۲"
)
FOOTER = "تمامی حقوق این پایگاه خبری محفوظ است © ۱۴۰۲\nطراحی و اجرا: گروه نرم‌افزاری نمونه"
HEAD2 = "کلیات بودجه سال آینده شهرداری در شورای شهر تصویب شد"
KICKER = "رئیس شورای شهر خبر داد:"

# khouznews.ir (/fa/news/197133/): «تاریخ انتشار: ۲۶ بهمن ۱۳۹۸ - ۲۲:۲۳» over «کد خبر: ۱۹۷۱۳۳»
# and «نسخه چاپی ارسال به دوستان ذخیره», under the headline
case(
    "agency-khouznews-date-code-under-headline",
    "text",
    page(
        MENU,
        "امروز: شنبه ۱۹ اسفند ۱۴۰۲",
        TICKER,
        KICKER,
        HEAD2,
        "تاریخ انتشار: ۱۲ اسفند ۱۴۰۲ - ۱۰:۳۰",
        "کد خبر: ۵۸۲۷۴۱",
        "نسخه چاپی ارسال به دوستان ذخیره",
        LEAD,
        body=f"{BODY}\n{RELATED}\n\n{FOOTER}\n",
    ),
    {"title": HEAD2, "published": "2024-03-02T10:30:00+03:30", "number": "582741"},
    url="https://www.example-khouznews.ir/fa/news/582741/budget",
)
# shoaresal.ir (/fa/tag/1/قزوین): a kicker ending «:» over the headline, and «کد خبر: ۳۹۸۰۵۰
# تاریخ انتشار : ۱۴۰۴/۰۲/۲۵» on one line under the text
case(
    "agency-shoaresal-code-and-date-one-line-under-text",
    "text",
    page(
        MENU,
        "امروز: شنبه ۱۹ اسفند ۱۴۰۲",
        KICKER,
        HEAD2,
        LEAD,
        body=f"{BODY}\nکد خبر: ۵۸۲۷۴۱ تاریخ انتشار : ۱۴۰۲/۱۲/۱۲\n\n{RELATED}\n\n{FOOTER}\n",
    ),
    {"title": HEAD2, "published": DAY, "number": "582741"},
)
# nouronline.ir (/news/263910/...): the service, «شناسه خبر : 263910» and «تاریخ انتشار :» with
# its value on the next line, all over the headline; the lead opens «نورنیوز-گروه اجتماعی:»
case(
    "agency-nouronline-id-date-over-headline",
    "text",
    page(
        MENU,
        "اجتماعی",
        "شناسه خبر : 582741",
        "تاریخ انتشار :",
        "1402/12/12 10:30",
        "",
        HEAD2,
        LEAD,
        body=f"خبرنامه-گروه اجتماعی: {BODY}\n{RELATED}\n\n{FOOTER}\n",
    ),
    {"title": HEAD2, "published": "2024-03-02T10:30:00+03:30", "number": "582741"},
    url="https://example-nournews.ir/news/582741/budget",
)
# stcm.ir (/province/35): a today banner in ASCII digits with the time, «امروز: سه شنبه 25 مرداد
# 1401 - 17:03», then «تبلیغات» and the headline; our date line in ASCII digits too
HEAD3 = "کار مرمت پل تاریخی شهر تا پایان تابستان به پایان می‌رسد"
LEAD3 = (
    "مدیر میراث فرهنگی شهرستان گفت مرمت پایه‌های پل تاریخی با اعتباری که امسال رسیده "
    "است ادامه دارد و عبور عابران از روی پل تا پایان کار ممنوع خواهد بود."
)
case(
    "agency-stcm-ascii-banner-with-time",
    "text",
    page(
        "امروز: سه شنبه 25 مرداد 1401 - 17:03",
        "تبلیغات",
        MENU,
        HEAD3,
        "1401/05/18 - 09:40",
        "کد خبر: 73315",
        LEAD3,
        body=f"{BODY}\nاخبار مرتبط\nبازدید استاندار از بافت تاریخی شهر\n1401/05/10 - کد خبر: 73102\n\n"
        "کلیه حقوق این سایت محفوظ است 1401\n",
    ),
    {"title": HEAD3, "published": "2022-08-09T09:40:00+04:30", "number": "73315"},
)
# radiofarda.com (/a/newsreader-.../29491835/...): «خبر فوری» and a today banner with the city
# and time, «یکشنبه ۴ آذر ۱۴۰۳ تهران ۱۶:۰۵», over the headline; the article's date under it
HEAD4 = "نمایشگاه عکس زنان عکاس ایرانی در برلین گشایش یافت"
LEAD4 = (
    "نمایشگاهی از آثار بیست عکاس زن ایرانی از روز شنبه در یک نگارخانه در برلین برپا شده "
    "و تا پایان ماه ادامه خواهد داشت."
)
case(
    "agency-radiofarda-banner-city-time",
    "text",
    page(
        "لینک‌های قابلیت دسترسی",
        "خبر فوری",
        "سه‌شنبه ۲۸ آذر ۱۴۰۲ تهران ۱۶:۰۵",
        HEAD4,
        "۲۶ آذر ۱۴۰۲",
        LEAD4,
        body=f"{BODY}\n{FOOTER}\n",
    ),
    {"title": HEAD4, "published": "2023-12-17"},
    url="https://www.example-radio.com/a/berlin-photo-show/32741185.html",
)
# vista.ir (/n/roozno-...): the banner «چهارشنبه / ۲۰ اسفند / ۱۴۰۴ - 11 March, 2026» and the
# source with its date, «سایت روزنو / ۱۴۰۳/۰۹/۲۶», over the headline
case(
    "agency-vista-relay-banner-two-calendars",
    "text",
    page(
        "شنبه / ۱۹ اسفند / ۱۴۰۲ - 09 March, 2024",
        MENU,
        "سایت خبرنامه / ۱۴۰۲/۱۲/۱۲",
        HEAD2,
        LEAD,
        body=f"{BODY}\n{FOOTER}\n",
    ),
    {"title": HEAD2, "published": DAY},
    url="https://example-vista.ir/n/khabarnameh-c8x2p",
)
# partchap.com (/107/) and eitaa.org/taghvim: today in three calendars (Jalali, Hijri,
# Gregorian) with the weekday, a scraper keeping the site's date box over the article
HEAD5 = "ثبت‌نام وام ودیعه مسکن مستأجران از امروز آغاز شد"
LEAD5 = (
    "معاون وزیر راه و شهرسازی گفت مستأجرانی که شرایط دریافت وام ودیعه را دارند می‌توانند "
    "تا پایان ماه آینده در سامانه ثبت‌نام کنند."
)
case(
    "agency-three-calendar-today-box",
    "text",
    page(
        MENU,
        "امروز شنبه ۱۹ اسفند ۱۴۰۲",
        "۲۸ شعبان ۱۴۴۵",
        "9 March 2024",
        TICKER,
        HEAD5,
        "۱۲ اسفند ۱۴۰۲ - ۱۱:۰۵",
        "کد خبر: ۹۱۴۲۰۷",
        LEAD5,
        body=f"{BODY}\n{RELATED}\n\n{FOOTER}\n",
    ),
    {"title": HEAD5, "published": "2024-03-02T11:05:00+03:30", "number": "914207"},
    url="https://www.example-agency.ir/news/914207/",
)
# shahraranews.ir (mag.../fa/news/323169/...): a ticker of headlines with dates in brackets
# «... (۱۵ اردیبهشت ۱۴۰۴)» run into one line over the page
TICKER_RUN = (
    "کاهش دمای هوای استان از فردا آغاز می‌شود (۱۹ اسفند ۱۴۰۲) بازگشایی مدارس پس از تعطیلی "
    "آلودگی هوا (۱۸ اسفند ۱۴۰۲) اعلام ساعت کار بانک‌ها در روزهای پایانی سال (۱۷ اسفند ۱۴۰۲)"
)
case(
    "agency-shahraranews-run-on-ticker-with-dates",
    "text",
    page(
        TICKER_RUN,
        MENU,
        HEAD2,
        "کد خبر: ۵۸۲۷۴۱",
        "۱۲ اسفند ۱۴۰۲ - ۱۰:۳۰",
        LEAD,
        body=f"{BODY}\n{RELATED}\n\n{FOOTER}\n",
    ),
    {"title": HEAD2, "published": "2024-03-02T10:30:00+03:30", "number": "582741"},
    url="https://www.example-shahrara.ir/fa/news/582741/",
)
# chtn.ir (/news/1389041528/...): «انتهای پیام/» and «کد خبر 1389041528» closing the text, no
# label before the date; the date printed over the headline
case(
    "agency-chtn-code-after-end-of-message",
    "text",
    page(
        MENU,
        "شنبه ۱۲ اسفند ۱۴۰۲ - ۱۰:۳۰",
        HEAD2,
        LEAD,
        body=f"{BODY}\n202/\n\nانتهای پیام/\n\nکد خبر 1402121204\n\n{RELATED}\n\n{FOOTER}\n",
    ),
    {"title": HEAD2, "published": "2024-03-02T10:30:00+03:30", "number": "1402121204"},
)
# iribnews.ir (/fa/news/5537543/...): «پخش زنده» chrome, then the headline and a lead opening
# «به گزارش خبرگزاری ...»; date and code under the lead; the headline before the kicker here
# (kicker order varied)
case(
    "agency-iribnews-live-chrome-date-under-lead",
    "text",
    page(
        "پخش زنده",
        MENU,
        TICKER,
        HEAD2,
        KICKER,
        LEAD,
        "۱۲ اسفند ۱۴۰۲ ساعت ۱۰:۳۰",
        "کد خبر: ۵۸۲۷۴۱",
        body=f"به گزارش خبرگزاری نمونه، {BODY}\n{RELATED}\n\n{FOOTER}\n",
    ),
    {"title": HEAD2, "published": "2024-03-02T10:30:00+03:30", "number": "582741"},
    url="https://www.example-irib.ir/fa/news/582741/budget",
)


if __name__ == "__main__":
    run(cases, check39, DATE_ROUND_PREFIXES)
