"""parse_datetime: every date shape of FORMATS.md §2, and clear errors for everything else."""

from __future__ import annotations

import pickle

import pytest

import jalali_meta as jm

# (text as printed, Gregorian ISO, calendar, weekday as written). One row per shape in FORMATS.md §2,
# values varied; digits Persian, Arabic-Indic and ASCII, mixed.
SHAPES = [
    ("سه شنبه 1402/06/28 ساعت 16:42", "2023-09-19T16:42:00+03:30", "jalali", "سه شنبه"),
    ("چهارشنبه 1401/11/05 ساعت 9:05", "2023-01-25T09:05:00+03:30", "jalali", "چهارشنبه"),
    ("۱۷ اسفند ۱۴۰۰، ۲۳:۱۰", "2022-03-08T23:10:00+03:30", "jalali", None),
    ("• شنبه / ۸ مهر ۱۴۰۲ / ۰۷:۴۰", "2023-09-30T07:40:00+03:30", "jalali", "شنبه"),
    ("جمعه ۱۲ خرداد ۱۴۰۲ - ۱۸:۰۰", "2023-06-02T18:00:00+03:30", "jalali", "جمعه"),
    ("یکشنبه، ۲۰ آذر ۱۴۰۱، ساعت ۱۱:۲۷", "2022-12-11T11:27:00+03:30", "jalali", "یکشنبه"),
    ("۰۹ تير ۱۳۹۹ - ۰۸:۳۰", "2020-06-29T08:30:00+04:30", "jalali", None),
    ("25/08/1401 04:12:09 ب.ظ", "2022-11-16T16:12:09+03:30", "jalali", None),
    ("12/01/1402 12:05:00 ق.ظ", "2023-04-01T00:05:00+03:30", "jalali", None),
    ("۱۴:۵۵ - ۱۶-۰۲-۱۴۰۲", "2023-05-06T14:55:00+03:30", "jalali", None),
    ("20:10 پنجشنبه، 24ام شهریورماه 1401", "2022-09-15T20:10:00+04:30", "jalali", "پنجشنبه"),
    ("7دی1401|13:45", "2022-12-28T13:45:00+03:30", "jalali", None),
    ("اردیبهشت ۳۱, ۱۴۰۲ ۲۱:۳۰", "2023-05-21T21:30:00+03:30", "jalali", None),
    ("14 /فروردین/ 1398", "2019-04-03", "jalali", None),
    ("۱۴۰۲/۰۳/۰۱- ۱۰:۰۰", "2023-05-22T10:00:00+03:30", "jalali", None),
    ("دوشنبه 16 آبان 1401 - 22:41:07", "2022-11-07T22:41:07+03:30", "jalali", "دوشنبه"),
    ("سه‌شنبه 2 اسفند 1401 - 8:03:55 PM", "2023-02-21T20:03:55+03:30", "jalali", "سه‌شنبه"),
    ("5 مرداد 1400 - 11:20 ق.ظ", "2021-07-27T11:20:00+04:30", "jalali", None),
    ("۱۳۹۹-۰۷-۰۱", "2020-09-22", "jalali", None),
    ("1402 جمعه 10 شهریور", "2023-09-01", "jalali", "جمعه"),
    ("1401/2/9", "2022-04-29", "jalali", None),
    ("۲۲ دی ۱۴۰۱ - ۱۶:۲۰ 12 January 2023", "2023-01-12T16:20:00+03:30", "jalali", None),
    ("۱۴ فوریه ۲۰۲۳", "2023-02-14", "gregorian", None),
    ("پنجشنبه ۹ مارس ۲۰۲۳ میلادی برابر با ۱۸ اسفند ۱۴۰۱", "2023-03-09", "gregorian", "پنجشنبه"),
    ("Mar 9, 2023, 4:30 PM", "2023-03-09T16:30:00+03:30", "gregorian", None),
    ("9 March 2023", "2023-03-09", "gregorian", None),
    ("2023 Mar 9", "2023-03-09", "gregorian", None),
    ("شنبه ۱۹ فروردین ۱۴۰۲ تهران ۰۶:۰۵", "2023-04-08T06:05:00+03:30", "jalali", "شنبه"),
    # Letter and digit variants.
    ("يكشنبه ٢٦ شهريور ١٤٠٢", "2023-09-17", "jalali", "يكشنبه"),
    ("دوشنبه ٢٧ شهريور ١٤٠٢", "2023-09-18", "jalali", "دوشنبه"),
    ("يکشنبه ۱۱ دى ۱۴۰۱", "2023-01-01", "jalali", "يکشنبه"),
    ("سهشنبه ۲۸ ارديبهشت ۱۴۰۰", "2021-05-18", "jalali", "سهشنبه"),
    ("چهار شنبه ۱ بهمن‌ماه ۱۳۹۹", "2021-01-20", "jalali", "چهار شنبه"),
    ("سه شنبه ۷ بهمنماه ۱۳۹۹", "2021-01-26", "jalali", "سه شنبه"),
    ("پنج شنبه ۹ بهمن ۱۳۹۹", "2021-01-28", "jalali", "پنج شنبه"),
    ("۱۵ خرداد سال ۱۳۴۲", "1963-06-05", "jalali", None),
    ("سوم بهمن ۱۴۰۱", "2023-01-23", "jalali", None),
    ("2023-01-23", "2023-01-23", "gregorian", None),
    # ISO 8601 as machines print it: the offset is converted to Tehran time (the day may move).
    ("2023-01-22T20:30:00Z", "2023-01-23T00:00:00+03:30", "gregorian", None),
    ("2020-06-01T09:15:00+0430", "2020-06-01T09:15:00+04:30", "gregorian", None),
    ("2023-01-23T09:15:00.250-05:00", "2023-01-23T17:45:00+03:30", "gregorian", None),
    ("۳ بهمن ۱۴۰۱ و ساعت ۰۹:۱۵", "2023-01-23T09:15:00+03:30", "jalali", None),
    # All-digit Gregorian dates: taken only when one reading (day/month or month/day) is valid.
    ("19/09/2023 - 16:42", "2023-09-19T16:42:00+03:30", "gregorian", None),
    ("09/19/2023", "2023-09-19", "gregorian", None),
    ("05/05/2023", "2023-05-05", "gregorian", None),
]


@pytest.mark.parametrize(("text", "iso", "calendar", "weekday"), SHAPES)
def test_shape_parses(text: str, iso: str, calendar: str, weekday: str | None) -> None:
    """Each printed shape parses to the right instant, calendar and weekday as written."""
    stamp = jm.parse_datetime(text)
    assert (stamp.isoformat(), stamp.calendar, stamp.weekday) == (iso, calendar, weekday)
    assert stamp.text == text[stamp.span[0] : stamp.span[1]]


def test_shape_table_has_no_duplicates() -> None:
    """Each row of the shape table is a different string."""
    texts = [row[0] for row in SHAPES]
    assert len(texts) == len(set(texts))


def test_gregorian_input_carries_jalali_equivalent() -> None:
    """A Gregorian date gets its Jalali day in .jalali."""
    stamp = jm.parse_datetime("۲۳ ژانویه ۲۰۲۳")
    assert (stamp.jalali.year, stamp.jalali.month, stamp.jalali.day) == (1401, 11, 3)
    assert stamp.jalali_isoformat() == "1401-11-03"


def test_date_without_time_is_a_date() -> None:
    """With no time printed, both values are dates, not midnights."""
    stamp = jm.parse_datetime("1402/06/28")
    assert not stamp.has_time
    assert stamp.isoformat() == "2023-09-19"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("دوشنبه 1402/06/28", "does not match"),  # 1402/06/28 is a Tuesday
        ("1402/12/30", "not a leap year"),
        ("1402/07/31", "has 30 days"),
        ("1402/06/28 24:01", "does not exist"),
        ("1402/06/28 13:00 ب.ظ", "12-hour"),
        ("1402/13/01", "month 13"),
        ("30 February 2023", "Gregorian"),
        ("۲۳ ژانویه ۲۰۲۳ برابر با ۴ بهمن ۱۴۰۱", "not the same day"),
        ("۳ بهمن ۱۴۰۱ میلادی", "era"),
        ("03/04/2023", "ambiguous"),
        ("سلام", "not a date"),
        ("", "not a date"),
        ("۲/۳", "not a date"),
        ("1402/06/28 و چیزی دیگر", "unexpected text"),
        ("۳ بهمنن ۱۴۰۱", "did you mean 'بهمن'"),
    ],
)
def test_invalid_input_raises_date_error(text: str, message: str) -> None:
    """Invalid days, times, weekdays, twins and non-dates raise DateError saying why."""
    with pytest.raises(jm.DateError, match=message):
        jm.parse_datetime(text)


def test_date_error_has_position_and_text() -> None:
    """DateError is a ValueError with line, column, offset and the offending text."""
    with pytest.raises(ValueError, match=r"at line 1, column 1\)$") as info:
        jm.parse_datetime("1402/12/30")
    error = info.value
    assert isinstance(error, jm.DateError)
    assert isinstance(error, jm.ParseError)
    assert (error.line, error.column, error.offset) == (1, 1, 0)
    assert error.fragment == "1402/12/30"


def test_weekday_error_points_at_weekday() -> None:
    """A weekday mismatch points at the weekday, after leading spaces."""
    with pytest.raises(jm.DateError) as info:
        jm.parse_datetime("  دوشنبه 1402/06/28")
    assert (info.value.column, info.value.fragment) == (3, "دوشنبه")


def test_date_error_pickles() -> None:
    """Errors survive pickling (they cross process boundaries in batch runs)."""
    with pytest.raises(jm.DateError) as info:
        jm.parse_datetime("1402/12/30")
    copy = pickle.loads(pickle.dumps(info.value))
    assert (type(copy), str(copy), copy.line, copy.column) == (
        jm.DateError,
        str(info.value),
        1,
        1,
    )


@pytest.mark.parametrize("value", [b"1402/06/28", None, 14020628])
def test_non_text_raises_type_error(value: object) -> None:
    """Bytes, None and numbers are a TypeError, with a hint for bytes."""
    with pytest.raises(TypeError, match="must be str"):
        jm.parse_datetime(value)  # type: ignore[arg-type]


def test_timestamp_pickles_and_compares() -> None:
    """Timestamps pickle to equal copies."""
    stamp = jm.parse_datetime("سه شنبه 1402/06/28 ساعت 16:42")
    assert pickle.loads(pickle.dumps(stamp)) == stamp
