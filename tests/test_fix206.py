"""fix206: a 24-hour hour printed with an AM/PM marker that agrees with it.

persian-date (babakhani/PersianDate) prints its default ``format()``, ``YYYY-MM-DD HH:mm:ss a``,
as a 24-hour hour followed by «ق ظ» or «ب ظ» (AM/PM in English): «۱۴۰۴-۰۱-۰۱ ۰۰:۰۰:۰۰ ق ظ» at
midnight, «۱۳۹۱-۱۲-۳۰ ۲۳:۵۹:۵۹ ب ظ» in the evening (its test/test.js; conf20's pending cases).
An hour that lies in its marker's half of the day is read as printed, as with the day-part
words («۱۷:۰۰ عصر»): 0 with AM, 13-23 with PM. An hour in the other half («۱۵:۰۰ ق ظ»,
«00:30 PM») contradicts its marker and is still refused; 1-12 keep their 12-hour meaning.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

HEADLINE = "گشایش نمایشگاه کتاب کودک در کتابخانه مرکزی شهر"
LEAD = (
    "به گزارش خبرنگار ما، نمایشگاه کتاب کودک و نوجوان با حضور چهل ناشر از سراسر کشور "
    "امروز در سالن اصلی کتابخانه مرکزی گشایش یافت و تا پایان هفته برپا خواهد بود."
)
BODY = (
    "مسئولان کتابخانه گفتند که برای دانش‌آموزان مدارس ابتدایی برنامه‌های قصه‌گویی و "
    "کارگاه نقاشی هم در نظر گرفته شده و ورود برای همه رایگان است."
)


def _page(stamp: str) -> str:
    # A news item whose date line is persian-date's default format() under the headline
    # (the shape of persian-date's test/test.js:212 output), then the lead and the body.
    return "\n".join([HEADLINE, f"تاریخ انتشار: {stamp}", "", LEAD, "", BODY, ""])


# Every spelling of the markers the grammar knows, with an hour in the marker's half.
AGREEING = [
    ("۱۴۰۲/۰۷/۱۵ ۰۰:۲۰ ق.ظ", "00:20"),
    ("۱۴۰۲/۰۷/۱۵ ۰۰:۲۰ ق ظ", "00:20"),
    ("۱۴۰۲/۰۷/۱۵ ۰۰:۲۰ قبل از ظهر", "00:20"),
    ("1402/07/15 00:20 AM", "00:20"),
    ("1402/07/15 00:20 am", "00:20"),
    ("1402/07/15 00:20 a.m.", "00:20"),
    ("۱۴۰۲/۰۷/۱۵ ۲۱:۴۰ ب.ظ", "21:40"),
    ("۱۴۰۲/۰۷/۱۵ ۲۱:۴۰ ب ظ", "21:40"),
    ("۱۴۰۲/۰۷/۱۵ ۱۳:۴۰ بعد از ظهر", "13:40"),
    ("۱۴۰۲/۰۷/۱۵ ۱۳:۴۰ بعدازظهر", "13:40"),
    ("1402/07/15 23:40 PM", "23:40"),
    ("1402/07/15 23:40 pm", "23:40"),
    ("1402/07/15 23:40 p.m.", "23:40"),
]


@pytest.mark.parametrize(("text", "clock"), AGREEING)
def test_hour_in_its_markers_half_is_read_as_printed(text: str, clock: str) -> None:
    stamp = jm.parse_datetime(text)
    assert stamp.jalali_date == (1402, 7, 15)
    assert stamp.gregorian.strftime("%H:%M") == clock


@pytest.mark.parametrize(("text", "clock"), AGREEING)
def test_find_dates_keeps_the_stamp(text: str, clock: str) -> None:
    (found,) = jm.find_dates(f"این گزارش در {text} ثبت شد.")
    assert found.text == text
    assert found.jalali_date == (1402, 7, 15)
    assert found.gregorian.strftime("%H:%M") == clock


def test_persian_date_default_format_at_midnight_and_evening() -> None:
    midnight = jm.parse_datetime("۱۴۰۴-۰۱-۰۱ ۰۰:۰۰:۰۰ ق ظ")
    evening = jm.parse_datetime("۱۳۹۱-۱۲-۳۰ ۲۳:۵۹:۵۹ ب ظ")
    assert midnight.isoformat() == "2025-03-21T00:00:00+03:30"
    assert evening.isoformat() == "2013-03-20T23:59:59+03:30"
    assert evening.jalali_date == (1391, 12, 30)


def test_gregorian_llll_with_hour_zero() -> None:
    # persian-date's llll of the Gregorian calendar in Persian, two spaces around the clock.
    stamp = jm.parse_datetime("جمعه ۲۱ مارس ۲۰۲۵  ۰:۰۰  ق ظ")
    assert (stamp.calendar, stamp.isoformat()) == ("gregorian", "2025-03-21T00:00:00+03:30")


def test_page_header_with_evening_hour_and_pm_marker() -> None:
    article = jm.parse_article(_page("۱۴۰۲-۰۷-۱۵ ۲۱:۴۰:۱۲ ب ظ"))
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.isoformat() == "2023-10-07T21:40:12+03:30"
    assert not [w for w in article.warnings if w.code == "invalid-date"]


def test_html_page_header_with_midnight_and_am_marker() -> None:
    html = (
        f"<html><body><h1>{HEADLINE}</h1>"
        '<div class="date">تاریخ انتشار: ۱۴۰۲-۰۷-۱۵ ۰۰:۰۵:۰۰ ق ظ</div>'
        f"<p>{LEAD}</p><p>{BODY}</p></body></html>"
    )
    article = jm.parse_html(html)
    assert article.published is not None
    assert article.published.isoformat() == "2023-10-07T00:05:00+03:30"


# Near misses: what main did, kept.


@pytest.mark.parametrize(
    "text",
    [
        "۱۴۰۲/۰۷/۱۵ ۱۵:۰۰ ق ظ",
        "۱۴۰۲/۰۷/۱۵ ۱۳:۰۰ قبل از ظهر",
        "1402/07/15 23:10 AM",
        "1402/07/15 00:30 PM",
        "۱۴۰۲/۰۷/۱۵ ۰:۳۰ ب.ظ",
        "۱۴۰۲/۰۷/۱۵ ۲۴:۰۰ ب ظ",
    ],
)
def test_hour_contradicting_its_marker_is_refused_neg(text: str) -> None:
    # The same DateError as before fix206 (its message now also names the marker's half).
    with pytest.raises(jm.DateError) as info:
        jm.parse_datetime(text)
    assert info.value.msg.startswith("hour ")
    assert "is not a 12-hour clock hour" in info.value.msg
    assert jm.find_dates(f"این گزارش در {text} ثبت شد.") == []


@pytest.mark.parametrize(
    ("text", "half"),
    [
        ("۱۴۰۲/۰۷/۱۵ ۱۵:۰۰ ق ظ", "first half of the day (00-11)"),
        ("1402/07/15 00:30 PM", "second half of the day (12-23)"),
    ],
)
def test_refusal_names_the_half_of_the_day_the_marker_names(text: str, half: str) -> None:
    with pytest.raises(jm.DateError) as info:
        jm.parse_datetime(text)
    assert f"nor a 24-hour hour in the {half} that its marker names" in info.value.msg


def test_page_header_with_contradicting_marker_reads_no_hour_neg() -> None:
    # The hour stays refused; since fix209 the day printed with it is kept, date only, and
    # warned time-unread (it was None with invalid-date, the day lost with the hour).
    article = jm.parse_article(_page("۱۴۰۲-۰۷-۱۵ ۱۵:۴۰:۱۲ ق ظ"))
    assert article.published is not None
    assert article.published.isoformat() == "2023-10-07"
    assert [w.code for w in article.warnings] == ["time-unread"]


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("۱۴۰۲/۰۷/۱۵ ۰۹:۱۵ ب ظ", "21:15"),
        ("۱۴۰۲/۰۷/۱۵ ۱۲:۳۰ ق.ظ", "00:30"),
        ("1402/07/15 12:30 PM", "12:30"),
        ("1402/07/15 1:05 pm", "13:05"),
        ("1402/07/15 11:05 AM", "11:05"),
    ],
)
def test_hours_one_to_twelve_keep_their_twelve_hour_meaning_neg(text: str, clock: str) -> None:
    assert jm.parse_datetime(text).gregorian.strftime("%H:%M") == clock
