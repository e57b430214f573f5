"""Record properties: Timestamp.jalali, has_time, utc, the ISO forms; Notice's text."""

from __future__ import annotations

import datetime as dt

import jdatetime

import jalali_meta as jm
from jalali_meta.testing import TEHRAN


def test_jalali_of_a_date_time_is_an_aware_jdatetime() -> None:
    """Timestamp.jalali of a date-time is a jdatetime.datetime with every part and the zone."""
    stamp = jm.parse_datetime("1402/06/28 16:42:09")
    value = stamp.jalali
    assert isinstance(value, jdatetime.datetime)
    expected = (1402, 6, 28, 16, 42, 9, 0)
    parts = (value.year, value.month, value.day, value.hour, value.minute, value.second)
    assert (*parts, value.microsecond) == expected
    assert value.utcoffset() == dt.timedelta(hours=3, minutes=30)


def test_jalali_keeps_microseconds_and_fold() -> None:
    """Timestamp.jalali carries the Gregorian value's microseconds and fold."""
    moment = dt.datetime(2020, 9, 20, 23, 30, 5, 250, tzinfo=TEHRAN, fold=1)
    stamp = jm.Timestamp((1399, 6, 30), moment, "jalali", "", None)
    value = stamp.jalali
    assert (value.second, value.microsecond, value.fold) == (5, 250, 1)
    assert value.utcoffset() == dt.timedelta(hours=3, minutes=30)


def test_jalali_of_a_day_is_a_jdate() -> None:
    """Timestamp.jalali of a date without a time is a jdatetime.date."""
    value = jm.parse_datetime("1402/06/28").jalali
    assert type(value) is jdatetime.date
    assert (value.year, value.month, value.day) == (1402, 6, 28)


def test_utc_of_a_summer_time() -> None:
    """utc converts a +04:30 summer time (before 2023) to UTC."""
    stamp = jm.parse_datetime("1399/04/09 08:30")
    assert stamp.utc == dt.datetime(2020, 6, 29, 4, 0, tzinfo=dt.timezone.utc)
    assert stamp.utc.tzinfo is dt.timezone.utc


def test_iso_forms_of_a_date_time() -> None:
    """isoformat is Gregorian, jalali_isoformat the same shape with Jalali year, month, day."""
    stamp = jm.parse_datetime("۵ مهر ۱۴۰۲، ۰۹:۰۵")
    assert stamp.isoformat() == "2023-09-27T09:05:00+03:30"
    assert stamp.jalali_isoformat() == "1402-07-05T09:05:00+03:30"


def test_iso_forms_of_a_day_pad_to_two_and_four_digits() -> None:
    """A day without a time: zero-padded year, month and day, nothing after."""
    stamp = jm.parse_datetime("۵ مهر ۱۴۰۲")
    assert stamp.jalali_isoformat() == "1402-07-05"
    assert stamp.isoformat() == "2023-09-27"


def test_notice_without_position_renders_without_it() -> None:
    """A Notice without a line (a machine value) renders as "code: message"."""
    notice = jm.Notice("published-from-url", "the URL's date is used")
    assert str(notice) == "published-from-url: the URL's date is used"


def test_notice_with_position_renders_line_and_column() -> None:
    """A Notice with a position renders "code: message (line L, column C)"."""
    notice = jm.Notice("not-a-date", "'x' is not a date", (7, 8), 2, 3)
    assert str(notice) == "not-a-date: 'x' is not a date (line 2, column 3)"


def test_article_defaults_are_empty() -> None:
    """An Article made without arguments has None values and empty collections."""
    article = jm.Article()
    assert (article.title, article.published, article.tags, article.spans) == (None, None, (), {})
