"""Thirty-seventh round of attacks: the newest rules (fix88: a call to get in touch «... با ما
در تماس شوید / باشید» as furniture, an e-mail address alone never a title; fix89: a yearless
event line with an hour and the part of the day as a clock line, a forum's notice about the
post; attack36: the flattened toggle and date bar line, the spaced quote pair), and the
library's promise on DATES in headers not attacked by the recent rounds: two date lines that
disagree (an update before the publication, an update a year later, a Gregorian twin a day
off, a time of 24:00 or past it), the last days of Esfand in leap and common years (1403 is
leap, 1404 is not: /work/shared/data/jalali_years.csv), Iran's summer time ending after 1401,
Afghan and Tajik clocks, a date line with its lunar Hijri twin.

Each input's record was decided by hand first (docs/reliability.md, "Attacks, thirty-seventh
round"); Gregorian days were converted with jdatetime, lunar days with the arithmetical
calendar, offsets with zoneinfo's Asia/Tehran, in a throwaway script, never with the library.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks37.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are near misses where a
rule must not fire; «-pos» inputs are shapes beyond the rule's own page where it must. A title
ending «!» must come without a doubt; "WARN" is a title kept and doubted, or none; a tuple is
any of its values; a «published» or «updated» value is the Gregorian day, or with an offset the
instant (compared by timestamp); «code» is a warning code the record must carry, «nocode» one it
must not; «doubt» holds codes of which one must be there unless the publication date is None.

The shapes come from the pages the fixes were built on (named in their tests); the article
sentences are ours.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from attack_runner import BODY, D, H, check, collector, run

import jalali_meta as jm

cases, case = collector()


def _value(article: jm.Article, field: str) -> Any:
    return getattr(article, field)


def _stamp(article: jm.Article, field: str) -> str | None:
    value = _value(article, field)
    return value.gregorian.isoformat() if value is not None else None


def check37(field: str, value: Any, article: jm.Article) -> tuple[bool, Any]:
    """attack_runner's judge, with «updated», instants, «code», «nocode» and «doubt»."""
    codes = sorted({warning.code for warning in article.warnings})
    if field == "code":
        return value in codes, codes
    if field == "nocode":
        return value not in codes, codes
    if field == "doubt":
        return article.published is None or any(code in codes for code in value), codes
    if field in ("published", "updated"):
        got = _stamp(article, field)
        if isinstance(value, tuple):
            return any(check37(field, one, article)[0] for one in value), got
        if value is None:
            return got is None, got
        if "+" in value:
            found = _value(article, field)
            want = dt.datetime.fromisoformat(value).timestamp()
            instant = found.gregorian if found is not None else None
            return isinstance(instant, dt.datetime) and instant.timestamp() == want, got
        return got is not None and got[:10] == value, got
    return check(field, value, article)


def page(*header: str, body: str = BODY, head: str = H) -> str:
    return "\n".join((head, *header, "", body))


# == (b) DATES in the header ===================================================================

# -- 1. two date lines that disagree ----------------------------------------------------------
case(
    "update-before-published",
    "text",
    page("تاریخ انتشار: ۱۵ اسفند ۱۴۰۲ - ۱۰:۲۰", "آخرین به‌روزرسانی: ۱۰ اسفند ۱۴۰۲ - ۰۹:۰۰"),
    {"published": "2024-03-05T10:20:00+03:30", "code": "updated-before-published"},
)
case(
    "update-a-year-later",
    "text",
    page("تاریخ انتشار: ۱۵ اسفند ۱۴۰۱ - ۱۰:۲۰", "آخرین به‌روزرسانی: ۱۵ اسفند ۱۴۰۲ - ۰۹:۰۰"),
    {
        "published": "2023-03-06T10:20:00+03:30",
        "updated": "2024-03-05T09:00:00+03:30",
        "nocode": "updated-before-published",
    },
)
case(
    "update-line-first-a-year-later",
    "text",
    page("بروزرسانی: 1402/12/15 09:00", "تاریخ انتشار: 1401/12/15 10:20"),
    {"published": "2023-03-06T10:20:00+03:30", "updated": "2024-03-05"},
)
case(
    "jalali-line-and-gregorian-label-disagree",
    "text",
    page("۱۵ اسفند ۱۴۰۲ - ۱۰:۲۰", "Published: March 4, 2024"),
    {"published": ("2024-03-05", "2024-03-04", None), "code": "published-conflict"},
)
case(
    "gregorian-twin-a-day-late",
    "text",
    page("۱۲ اسفند ۱۴۰۲ - 3 March 2024"),
    {"published": ("2024-03-02", None), "doubt": ("twin-mismatch", "published-conflict")},
)
case(
    "gregorian-twin-digits-a-day-early",
    "text",
    page("۱۴۰۲/۱۲/۱۲ | 2024/03/01"),
    {"published": ("2024-03-02", None), "doubt": ("twin-mismatch", "published-conflict")},
)
case(
    "gregorian-twin-agrees-leap-esfand-30",
    "text",
    page("۳۰ اسفند ۱۴۰۳ - 20 March 2025"),
    {"published": "2025-03-20", "nocode": "twin-mismatch"},
)
case(
    "time-24-00",
    "text",
    page("۱۲ اسفند ۱۴۰۲ - ۲۴:۰۰"),
    {"published": ("2024-03-02", None), "doubt": ("invalid-date", "time-unread")},
)
case(
    "time-24-30-labelled-ascii",
    "text",
    page("تاریخ انتشار: ۱۲ اسفند ۱۴۰۲ ساعت 24:30"),
    {"published": ("2024-03-02", None), "doubt": ("invalid-date", "time-unread")},
)
case(
    "time-25-10-digits-date",
    "text",
    page("تاریخ انتشار: ۱۴۰۲/۱۲/۱۲ - ۲۵:۱۰"),
    {"published": ("2024-03-02", None), "doubt": ("invalid-date", "time-unread")},
)
case(
    "time-00-00-valid",
    "text",
    page("۱۲ اسفند ۱۴۰۲ - ۰۰:۰۰"),
    {"published": "2024-03-02T00:00:00+03:30"},
)

# -- 2. the last days of Esfand ------------------------------------------------------------------
case(
    "esfand-30-common-year-ascii-time",
    "text",
    page("تاریخ انتشار: 1404/12/30 - 18:00"),
    {"published": None},
)
case(
    "esfand-30-common-year-iso",
    "text",
    page("۱۴۰۴-۱۲-۳۰ ۱۸:۰۰"),
    {"published": None},
)
case(
    "esfand-30-common-year-with-twin-of-nowruz",
    "text",
    page("۳۰ اسفند ۱۴۰۴ - 2026/03/21"),
    {"published": (None, "2026-03-21"), "doubt": ("invalid-date", "twin-mismatch")},
)
case(
    "esfand-29-common-year-last-minute",
    "text",
    page("۲۹ اسفند ۱۴۰۴ - ۲۳:۵۹"),
    {"published": "2026-03-20T23:59:00+03:30"},
)
case(
    "esfand-30-leap-year-last-minute",
    "text",
    page("تاریخ انتشار: ۳۰ اسفند ۱۴۰۳ - ۲۳:۵۹"),
    {"published": "2025-03-20T23:59:00+03:30"},
)
case(
    "esfand-30-1399-leap-digits",
    "text",
    page("1399/12/30"),
    {"published": "2021-03-20"},
)

# -- 3. Iran's summer time: 1401 the last year with it ----------------------------------------
case(
    "dst-1401-shahrivar-30-noon",
    "text",
    page("تاریخ انتشار: ۳۰ شهریور ۱۴۰۱ - ۱۲:۰۰"),
    {"published": "2022-09-21T12:00:00+04:30"},
)
case(
    "no-dst-1402-shahrivar-30-noon",
    "text",
    page("تاریخ انتشار: ۳۰ شهریور ۱۴۰۲ - ۱۲:۰۰"),
    {"published": "2023-09-21T12:00:00+03:30"},
)
case(
    "dst-1401-ended-shahrivar-31-0030",
    "text",
    page("۳۱ شهریور ۱۴۰۱ - ۰۰:۳۰"),
    {"published": "2022-09-22T00:30:00+03:30"},
)
case(
    "no-dst-1402-farvardin-2-0030",
    "text",
    page("۲ فروردین ۱۴۰۲ - ۰۰:۳۰"),
    {"published": "2023-03-22T00:30:00+03:30"},
)
case(
    "repeated-hour-1401-with-offset-0430",
    "text",
    page("1401-06-30 23:30:00 +0430"),
    {"published": "2022-09-21T23:30:00+04:30"},
)
case(
    "repeated-hour-1401-with-offset-0330",
    "text",
    page("1401-06-30 23:30:00 +0330"),
    {"published": "2022-09-21T23:30:00+03:30"},
)

# -- 4. Afghan and Tajik clocks ------------------------------------------------------------------
AF_HEAD = "افتتاح سرک جدید در مرکز ولایت بلخ"
AF_BODY = (
    "والی بلخ امروز در مراسمی با حضور شماری از باشندگان شهر، سرک جدیدی را که ساخت آن یک سال "
    "را در بر گرفته بود افتتاح کرد و گفت کار سرک‌های دیگر نیز به زودی آغاز می‌شود.\n\n"
    "به گفته او، هزینه این پروژه از بودجه انکشافی ولایت پرداخته شده است.\n"
)
case(
    "afghan-zodiac-month-af-host",
    "text",
    page("۱۵ حوت ۱۴۰۲ ساعت ۱۰:۳۰", head=AF_HEAD, body=AF_BODY),
    {"published": "2024-03-05T10:30:00+04:30"},
    url="https://www.example.af/dari/news/4410",
)
case(
    "afghan-persian-month-af-host-summer-1402",
    "text",
    page("۱۰ تیر ۱۴۰۲ ساعت ۱۰:۳۰", head=AF_HEAD, body=AF_BODY),
    {"published": "2023-07-01T10:30:00+04:30"},
    url="https://www.example.af/dari/news/4411",
)
case(
    "afghan-zodiac-month-summer-text-alone",
    "text",
    page("۱۰ سرطان ۱۴۰۲ ساعت ۱۰:۳۰", head=AF_HEAD, body=AF_BODY),
    {"published": "2023-07-01T10:30:00+04:30"},
)
TJ_HEAD = "Дар Хуҷанд китобхонаи нави шаҳрӣ ба истифода супорида шуд"
TJ_BODY = (
    "Имрӯз дар шаҳри Хуҷанд бо иштироки роҳбарияти вилоят китобхонаи нави шаҳрӣ, ки беш аз "
    "бист ҳазор китоб дорад, ба истифодаи хонандагон супорида шуд.\n\n"
    "Дар бинои нав толори мутолиа барои сад нафар ва синфхонаи компютерӣ пешбинӣ шудааст.\n"
)
case(
    "tajik-digits-day-first-tj-host",
    "text",
    page("05.03.2024, 10:30", head=TJ_HEAD, body=TJ_BODY),
    {"published": "2024-03-05T10:30:00+05:00"},
    url="https://www.example.tj/tj/news/2024/03/4410",
)
case(
    "tajik-genitive-month-text-alone",
    "text",
    page("5 марта 2024, 10:30", head=TJ_HEAD, body=TJ_BODY),
    {"published": "2024-03-05T10:30:00+05:00"},
)

# -- 5. a date line and its lunar Hijri twin ----------------------------------------------------
case(
    "lunar-twin-agrees-esfand-30-1403",
    "text",
    page("۳۰ اسفند ۱۴۰۳ - ۲۰ رمضان ۱۴۴۶"),
    {"published": "2025-03-20", "nocode": "hijri-mismatch"},
)
case(
    "lunar-twin-five-days-off",
    "text",
    page("۱۲ اسفند ۱۴۰۲ - ۲۶ شعبان ۱۴۴۵"),
    {"published": ("2024-03-02", None), "doubt": ("hijri-mismatch",)},
)
case(
    "lunar-twin-on-the-next-line",
    "text",
    page("۱۲ اسفند ۱۴۰۲", "۲۱ شعبان ۱۴۴۵ هـ.ق"),
    {"published": "2024-03-02", "nocode": "calendar-lunar"},
)
case(
    "lunar-twin-digits-after-bar",
    "text",
    page("۱۴۰۲/۱۲/۱۲ | ۱۴۴۵/۰۸/۲۱ ه.ق"),
    {"published": "2024-03-02"},
)
case(
    "event-hour-date-line-with-year",
    "text",
    page("شنبه ۹ تیر ۱۴۰۳ ساعت ۱۱ صبح"),
    {"published": "2024-06-29T11:00:00+03:30"},
)

# == (a) the newest rules ======================================================================
DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲»

# -- 6. fix88: the call to get in touch ------------------------------------------------------
QUOTE_CALL = "رئیس پلیس فتا: در صورت مشاهده کلاهبرداری اینترنتی با ما در تماس باشید"
case(
    "contact-call-quote-headline-neg",
    "text",
    page(D, head=QUOTE_CALL),
    {"title": QUOTE_CALL, "published": DAY},
)
SYSTEM_CALL = "شهرداری: برای گزارش مشکلات شهری با سامانه ۱۳۷ در تماس باشید"
case(
    "contact-call-service-headline-neg",
    "text",
    page(D, head=SYSTEM_CALL),
    {"title": SYSTEM_CALL, "published": DAY},
)
CONTACT_BODY = (
    "سخنگوی اداره راه ولایت گفت که مسیر کوهستانی پس از بارش برف سنگین برای چند ساعت بسته بود "
    "و اکنون دوباره به روی رفت‌وآمد مسافران باز شده است.\n"
    "به گفته او، ماشین‌آلات برف‌روبی در هر دو سوی گردنه مستقر شده‌اند و رانندگان باید با "
    "زنجیر چرخ حرکت کنند.\n"
)
case(
    "contact-call-arabic-yeh-pos",
    "text",
    f"\nبراي اطلاعات بيشتر لطفا با ما در تماس باشيد\n0776212007\ninfo@example.af\n{CONTACT_BODY}",
    {"title": "WARN"},
)
case(
    "contact-call-markdown-bold-pos",
    "text",
    f"\n**برای معلومات بیشتر لطفا با ما در تماس شوید**\n\n0776212007\n\ninfo@example.af\n\n"
    f"{CONTACT_BODY}",
    {"title": "WARN"},
)
case(
    "contact-call-zwnj-full-stop-pos",
    "text",
    f"\nبرای کسب اطلاعات بیشتر لطفاً با ما در‌تماس باشید.\n0776212007\n{CONTACT_BODY}",
    {"title": "WARN"},
)
CALL_TITLE = "بازگشایی گردنه کوهستانی پس از بارش برف"
case(
    "contact-call-html-list-item-pos",
    "html",
    (
        f"<html><head><meta charset='utf-8'><title>{CALL_TITLE}</title></head><body>"
        "<ul class='contact'><li>جهت کسب اطلاعات بیشتر با روابط عمومی سایت در تماس باشید</li>"
        "<li>0776212007</li><li>info@example.af</li></ul><div class='itemFullText'>"
        + "".join(f"<p>{line}</p>" for line in CONTACT_BODY.splitlines())
        + "</div></body></html>"
    ).encode(),
    {"title": CALL_TITLE},
)
# -- 7. fix88: an e-mail address alone -----------------------------------------------------------
MAIL_HEAD = "نشانی ایمیل جعلی info@bank-example.ir برای کلاهبرداری از مشتریان بانک"
case(
    "email-in-headline-neg",
    "text",
    page(D, head=MAIL_HEAD),
    {"title": MAIL_HEAD + "!", "published": DAY},
)
for name, line in (
    ("email-label-arabic-yeh-pos", "ايميل: news@example.ir"),
    ("email-label-arabic-kaf-yeh-pos", "پست الكترونيكي : info@example.ir"),
    ("email-markdown-bold-label-pos", "**ایمیل:** info@example.ir"),
    ("email-address-label-pos", "آدرس ایمیل: info@example.ir"),
):
    case(name, "text", f"{line}\n\n{CONTACT_BODY}", {"title": "WARN"})

# -- 8. fix89: the yearless event line and the post's notice ----------------------------------
EVENT_BODY = (
    "از دوستداران حیوانات در همه شهرها دعوت می‌کنیم که در این گردهمایی آرام کنار ما باشند "
    "و صدای جانوران بی‌پناه خیابان را به گوش مسئولان برسانند.\n\n"
    "نگهداری از جانوران شهری کار سازمان محیط زیست است و گردهمایی جلوی ساختمان همین سازمان "
    "برگزار می‌شود.\n"
)
PRESS = "نشست خبری شهردار سه شنبه ۹ تیرماه ساعت ۱۱ صبح"
case(
    "event-headline-with-words-neg",
    "text",
    page(D, head=PRESS),
    {"title": PRESS, "published": DAY},
)
for name, line in (
    ("event-line-zwnj-colon-time-pos", "سه‌شنبه ۹ تیرماه ساعت ۱۱:۳۰ صبح"),
    ("event-line-roz-word-pos", "ساعت ۱۰ صبح روز سه شنبه ۹ تیر"),
    ("event-line-qaf-za-pos", "سه شنبه ۹ تیرماه ساعت ۱۱ ق.ظ"),
):
    case(name, "text", f"\n    {line}\n{EVENT_BODY}", {"title": "WARN"})
case(
    "event-line-html-pos",
    "html",
    (
        "<html><head><meta charset='utf-8'></head><body><div class='post'>"
        "<b>پنجشنبه ۱۴ مهر ساعت ۵ بعدازظهر</b>"
        + "".join(f"<p>{p}</p>" for p in EVENT_BODY.split("\n\n"))
        + "</div></body></html>"
    ).encode(),
    {"title": "WARN"},
)
TOPIC = "این موضوع در مجلس بررسی شده است"
case(
    "post-notice-shape-headline-neg",
    "text",
    page(D, head=TOPIC),
    {"title": TOPIC, "published": DAY},
)
for name, notice in (
    ("post-notice-locked-topic-pos", "این تاپیک قفل شده است"),
    ("post-notice-four-words-pos", "این پست توسط مدیر انجمن ویرایش شده است"),
    ("post-notice-digit-count-pos", "این پست ۲ بار ویرایش شده است."),
):
    case(
        name,
        "text",
        f"{notice}\n\n    سه شنبه ٩ تیرماه ساعت ١١ صبح\n{EVENT_BODY}",
        {"title": "WARN"},
    )

# -- 9. attack36: the flattened toggle and date line; the spaced quote pair ------------------
T_HEAD = "کتابخانه مرکزی شهر پس از شش سال هنوز افتتاح نشده است"
T_LEAD = (
    "ساختمان کتابخانه مرکزی که قرار بود در دو سال ساخته شود، پس از شش سال همچنان نیمه‌کاره "
    "مانده و دانش‌آموزان برای مطالعه به سالن‌های کوچک محله‌ها می‌روند."
)
T_BODY = (
    "به گزارش خبرنگار پایگاه خبری نمونه؛ دیوارهای ساختمان سال‌هاست بی‌نما مانده و "
    "پیمانکار کار را نیمه‌تمام رها کرده است."
)
INSTALL = "آیا مایل به نصب وب اپلیکیشن نمونه نیوز | example.com هستید؟"
for name, bar in (
    (
        "toggle-date-markdown-link-pos",
        "[حالت تاریک](#)  • پنجشنبه, 1403/11/04 شمسی | 2025/01/23 میلادی",
    ),
    ("toggle-date-arabic-kaf-bar-pos", "حالت تاريك | پنجشنبه, 1403/11/04 شمسی | 2025/01/23 میلادی"),
):
    case(
        name,
        "text",
        "\n".join(
            (bar, INSTALL, "ببینید؛", "", T_HEAD, "", T_LEAD, "", T_BODY, "", "درباره نویسنده")
        ),
        {"title": T_HEAD, "published": None},
    )
KICK = "مدیرکل بهزیستی استان همدان:"
ILNA = (
    "ایلنا-همدان: مدیرکل بهزیستی استان همدان از افزایش شمار مددجویان تحت پوشش این اداره کل "
    "در سال جاری خبر داد و گفت طرح تازه‌ای برای اشتغال خانگی زنان در دست اجراست."
)
ILNA_MORE = (
    "وی افزود: در این طرح به هر خانوار وام کم‌بهره پرداخت می‌شود و دوره‌های آموزشی رایگان "
    "نیز برای آنان برگزار خواهد شد."
)
SPACED_BOTH = (
    "شمار مددجویان تحت پوشش در سال جاری افزایش یافته است . / "
    "طرح اشتغال خانگی برای زنان سرپرست خانوار اجرا می‌شود ."
)
case(
    "quote-pair-space-before-full-stops-pos",
    "text",
    f"{KICK}\n\n{SPACED_BOTH}\n\n{ILNA}\n\n{ILNA_MORE}\n",
    {"title": SPACED_BOTH},
)
NO_SPACE = (
    "شمار مددجویان تحت پوشش در سال جاری افزایش یافته است./"
    "طرح اشتغال خانگی برای زنان سرپرست خانوار اجرا می‌شود."
)
case(
    "quote-pair-glued-both-sides-arabic-lead-pos",
    "text",
    f"{NO_SPACE}\n{ILNA.replace('ی', 'ي')}\n{ILNA_MORE}\n",
    {"title": NO_SPACE},
)


if __name__ == "__main__":
    run(
        cases,
        check37,
        ("title", "published", "updated", "number", "invalid", "time", "twin", "hijri"),
    )
