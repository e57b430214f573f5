"""The values the thirty-seventh round of attacks found wrong and fixed (docs/reliability.md,
"Attacks, thirty-seventh round").

1. An e-mail address alone on its line under a label naming the address («آدرس ایمیل:
info@...», «نشانی پست الکترونیکی: ...», «Email address: ...») was the title of a page that
prints no headline, silently: fix88 read only «ایمیل:», «Email:» and their kin as the label.

2. A yearless event line told with «روز» before its weekday («ساعت ۱۰ صبح روز سه شنبه ۹ تیر»)
or with the abbreviated part of the day («... ساعت ۱۱ ق.ظ», «ب.ظ») was the title of a post
printing no headline, silently: fix89's clock line read only the spelled parts of the day.

3. fix89's forum notice about the post read one to three letter-only words before «شده»:
«این پست توسط مدیر انجمن ویرایش شده است» and «این پست ۲ بار ویرایش شده است» were titles,
silently, and a real headline «این موضوع در مجلس بررسی شده است» was dropped (no title). The
notice now ends with what a forum does to a post (closed, locked, edited, moved, shared ...)
and takes up to four words of any kind before it.

4. A date line with its lunar Hijri twin on the next line («۱۲ اسفند ۱۴۰۲» over «۲۱ شعبان
۱۴۴۵ هـ.ق») kept the solar day but warned calendar-lunar, as if the value had been converted
from the lunar date (a false doubt), and a twin five days off was not doubted. The lunar line
right under a solar date line read as a candidate is its twin: no value of its own, no
calendar-lunar, hijri-mismatch when more than two days off (as for a twin on one line).

5. fix88's call to get in touch was furniture wherever it stood: a speaker's quote headline
«رئیس پلیس فتا: در صورت مشاهده کلاهبرداری اینترنتی با ما در تماس باشید» over a date and a
report was dropped (no title). A call after a speaker's colon (one to five words, no contact
or notice heading such as «تماس با ما:», «توجه:») is a quote, not the site's furniture.

6. fix87's two-quote headline over an agency's lead was read only with each full stop glued
to its last word: «QUOTE . / QUOTE .» (a space before each full stop, as an editor typing
right to left leaves it) gave no title (missing, warned). One space is now allowed there.

The sentences are ours.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

BODY = (
    "سخنگوی اداره راه ولایت گفت که مسیر کوهستانی پس از بارش برف سنگین برای چند ساعت بسته بود "
    "و اکنون دوباره به روی رفت‌وآمد مسافران باز شده است.\n"
    "به گفته او، ماشین‌آلات برف‌روبی در هر دو سوی گردنه مستقر شده‌اند و رانندگان باید با "
    "زنجیر چرخ حرکت کنند.\n"
)
HEADLINE = "شورای شهر بودجه سال آینده را بررسی کرد"
DATE = "۱۲ اسفند ۱۴۰۲"
NEWS = (
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده و طرح‌های عمرانی نیمه‌تمام گفت‌وگو شد.\n\n"
    "رئیس شورا در پایان این نشست گفت که بررسی لایحه بودجه تا پایان ماه آینده ادامه خواهد "
    "داشت و نتیجه آن به اطلاع شهروندان خواهد رسید.\n"
)


def _no_sure_title(record: jm.Article) -> bool:
    return record.title is None or "title-uncertain" in warning_codes(record)


@pytest.mark.parametrize(
    "line",
    [
        "آدرس ایمیل: info@example.ir",
        "نشانی پست الکترونیکی : news@example.ir",
        "Email address: editor@example.com",
    ],
)
def test_an_email_address_under_a_label_naming_the_address_is_no_title(line: str) -> None:
    record = jm.parse_article(f"{line}\n\n{BODY}")
    assert record.title != line
    assert _no_sure_title(record)


def test_email_label_neg_headline_about_an_address_stays() -> None:
    headline = "آدرس ایمیل تازه سامانه شکایات info@example.ir اعلام شد"
    record = jm.parse_article(f"{headline}\n\n{DATE}\n\n{NEWS}")
    assert record.title == headline


EVENT_BODY = (
    "از دوستداران حیوانات در همه شهرها دعوت می‌کنیم که در این گردهمایی آرام کنار ما باشند "
    "و صدای جانوران بی‌پناه خیابان را به گوش مسئولان برسانند.\n\n"
    "نگهداری از جانوران شهری کار سازمان محیط زیست است و گردهمایی جلوی ساختمان همین سازمان "
    "برگزار می‌شود.\n"
)


@pytest.mark.parametrize(
    "event",
    [
        "ساعت ۱۰ صبح روز سه شنبه ۹ تیر",
        "سه شنبه ۹ تیرماه ساعت ۱۱ ق.ظ",
        "پنجشنبه ۱۴ مهر ساعت ۵ ب.ظ",
        "روز جمعه ۲ آبان ساعت ۱۰ قبل از ظهر",
    ],
)
def test_a_yearless_event_line_with_roz_or_an_abbreviated_part_is_no_title(event: str) -> None:
    record = jm.parse_article(f"\n    {event}\n{EVENT_BODY}")
    assert record.title != event
    assert _no_sure_title(record)


@pytest.mark.parametrize(
    "headline",
    ["روز جمعه ۲ آبان روز ملی نیکوکاری نامگذاری شد", "ساعت کاری ادارات از ۱ تیر تغییر می‌کند"],
)
def test_event_line_neg_headline_with_roz_or_saat_stays(headline: str) -> None:
    record = jm.parse_article(f"{headline}\n\n{DATE}\n\n{NEWS}")
    assert record.title == headline


@pytest.mark.parametrize(
    "notice",
    [
        "این پست توسط مدیر انجمن ویرایش شده است",
        "این پست ۲ بار ویرایش شده است.",
        "این تاپیک به بخش گفتگوی آزاد منتقل شده است",
    ],
)
def test_a_forum_notice_with_more_words_or_a_count_is_no_title(notice: str) -> None:
    record = jm.parse_article(f"{notice}\n\n    سه شنبه ٩ تیرماه ساعت ١١ صبح\n{EVENT_BODY}")
    assert record.title != notice
    assert _no_sure_title(record)


@pytest.mark.parametrize(
    "headline", ["این موضوع در مجلس بررسی شده است", "این مطلب در سه زبان ترجمه شده است"]
)
def test_post_notice_neg_a_statement_about_a_matter_stays_the_title(headline: str) -> None:
    record = jm.parse_article(f"{headline}\n\n{DATE}\n\n{NEWS}")
    assert record.title == headline


def _header(*lines: str) -> str:
    return "\n".join((HEADLINE, *lines, "", NEWS))


@pytest.mark.parametrize("lunar", ["۲۱ شعبان ۱۴۴۵ هـ.ق", "۱۴۴۵/۰۸/۲۲ ه.ق"])
def test_a_lunar_twin_on_the_line_under_the_date_line_is_no_lunar_value(lunar: str) -> None:
    record = jm.parse_article(_header(DATE, lunar))
    assert record.published is not None
    assert record.published.calendar == "jalali"
    assert str(record.published.gregorian) == "2024-03-02"
    assert "calendar-lunar" not in warning_codes(record)


def test_a_lunar_twin_on_the_next_line_five_days_off_is_doubted() -> None:
    record = jm.parse_article(_header(DATE, "۲۶ شعبان ۱۴۴۵ هـ.ق"))
    assert "hijri-mismatch" in warning_codes(record)


def test_lunar_twin_neg_a_lone_lunar_line_is_still_read_and_warned() -> None:
    record = jm.parse_article(_header("۲۱ شعبان ۱۴۴۵ هـ.ق"))
    assert record.published is not None
    assert record.published.calendar == "hijri"
    assert "calendar-lunar" in warning_codes(record)


@pytest.mark.parametrize(
    "headline",
    [
        "رئیس پلیس فتا: در صورت مشاهده کلاهبرداری اینترنتی با ما در تماس باشید",
        "سخنگوی اورژانس: برای گزارش حوادث با ما تماس بگیرید",
    ],
)
def test_a_speakers_quote_asking_to_get_in_touch_is_the_headline(headline: str) -> None:
    record = jm.parse_article(f"{headline}\n\n{DATE}\n\n{NEWS}")
    assert record.title == headline


@pytest.mark.parametrize(
    "call",
    [
        "توجه: برای اطلاعات بیشتر با ما در تماس باشید",
        "تماس با ما: لطفا با روابط عمومی سایت در تماس باشید",
    ],
)
def test_speaker_neg_a_labelled_call_stays_furniture(call: str) -> None:
    record = jm.parse_article(f"\n{call}\n0776212007\ninfo@example.af\n{BODY}")
    assert record.title != call
    assert _no_sure_title(record)


KICKER = "مدیرکل بهزیستی استان همدان:"
SPACED_PAIR = (
    "شمار مددجویان تحت پوشش در سال جاری افزایش یافته است . / "
    "طرح اشتغال خانگی برای زنان سرپرست خانوار اجرا می‌شود ."
)
AGENCY_LEAD = (
    "ایلنا-همدان: مدیرکل بهزیستی استان همدان از افزایش شمار مددجویان تحت پوشش این اداره کل "
    "در سال جاری خبر داد و گفت طرح تازه‌ای برای اشتغال خانگی زنان در دست اجراست."
)
AGENCY_MORE = (
    "وی افزود: در این طرح به هر خانوار وام کم‌بهره پرداخت می‌شود و دوره‌های آموزشی رایگان "
    "نیز برای آنان برگزار خواهد شد."
)


@pytest.mark.parametrize("kicker", [f"{KICKER}\n\n", ""])
@pytest.mark.parametrize(
    "pair", [SPACED_PAIR, SPACED_PAIR.replace(" . / ", "./ "), SPACED_PAIR.replace(" . / ", " ./")]
)
def test_a_quote_pair_with_spaced_full_stops_over_the_agencys_lead_is_the_title(
    kicker: str, pair: str
) -> None:
    record = jm.parse_article(f"{kicker}{pair}\n\n{AGENCY_LEAD}\n\n{AGENCY_MORE}\n")
    assert record.title is not None
    assert record.title.rstrip(" .") == pair.rstrip(" .")


def test_quote_pair_neg_spaced_full_stops_over_plain_text_is_no_title() -> None:
    plain = (
        "مددجویان می‌گویند این وام‌ها کافی نیست و هزینه‌های زندگی هر سال بیشتر می‌شود و "
        "بسیاری از خانوارها نمی‌توانند اقساط خود را به موقع پرداخت کنند."
    )
    record = jm.parse_article(f"{KICKER}\n\n{SPACED_PAIR}\n\n{plain}\n\n{AGENCY_MORE}\n")
    assert record.title is None
