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
    ("2023-01-23T09:15:00.250-05:00", "2023-01-23T17:45:00.250000+03:30", "gregorian", None),
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
        ("1402/06/28 13:00 ق.ظ", "12-hour"),
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


# Issue 12: shapes other Persian-date libraries print or read (values made up).
# (text, Jalali ISO in Tehran or Kabul, calendar, weekday as written)
MORE_SHAPES = [
    # Latin-spelled Jalali names: jdatetime, persiantools, khayyam, moment-jalaali output.
    ("12 Mordad 1399", "1399-05-12", "jalali", None),
    ("Seshanbeh 03 Aban 1401 18:20:00", "1401-08-03T18:20:00+03:30", "jalali", "Seshanbeh"),
    ("1401-Esfand-05", "1401-12-05", "jalali", None),
    ("Jomeh, 1402-01-18", "1402-01-18", "jalali", "Jomeh"),
    ("7 MORDAAD 1399 10:20 pm", "1399-05-07T22:20:00+04:30", "jalali", None),
    ("21 dei 1400", "1400-10-21", "jalali", None),
    ("3 Espand 1397", "1397-12-03", "jalali", None),
    ("Thu, 25 Ord 1359 12:15 PM", "1359-02-25T12:15:00+04:30", "jalali", "Thu"),
    # Cardinal day words.
    ("بیست و دو بهمن ۱۳۹۹", "1399-11-22", "jalali", None),
    ("پنج تیر 1398", "1398-04-05", "jalali", None),
    # ISO-like with a space, fractions and offsets: the instant, in Tehran.
    ("1399-08-11 09:05:10 +0330", "1399-08-11T09:05:10+03:30", "jalali", None),
    ("1401-02-03 17:45:02.512+04:30", "1401-02-03T17:45:02.512000+04:30", "jalali", None),
    ("۱۴۰۰-۰۵-۰۶ ۲۲:۱۰:۰۰ -0500", "1400-05-07T07:40:00+04:30", "jalali", None),
    ("1363-6-6T12:13:14", "1363-06-06T12:13:14+03:30", "jalali", None),
    # Vowel marks and kashida inside names.
    ("۷ مُرداد ۱۴۰۰", "1400-05-07", "jalali", None),
    ("۹ اســفند ۱۴۰۲", "1402-12-09", "jalali", None),
    ("پنج‌شَنبه ۱۰ اسفند ۱۴۰۲", "1402-12-10", "jalali", "پنج‌شَنبه"),
    # Year first with a month name between separators; spaced colons; backslashes; «روز».
    ("۱۴۰۱-مهر-۰۹", "1401-07-09", "jalali", None),
    ("1399/آذر/21", "1399-09-21", "jalali", None),
    ("۱۴۰۲/۰۶/۲۸ ۲۱ : ۰۴", "1402-06-28T21:04:00+03:30", "jalali", None),
    ("۰۵\\۰۶\\۱۳۹۷", "1397-06-05", "jalali", None),
    ("روز سه‌شنبه ۲۸ شهریور ۱۴۰۲", "1402-06-28", "jalali", "سه‌شنبه"),
    ("۱۴۰۲/۰۶/۲۸ ساعت 9 و 15 دقیقه و 30 ثانیه", "1402-06-28T09:15:30+03:30", "jalali", None),
    ("۱۴۰۲/۰۶/۲۸ ساعت ۹ و ۵ دقیقه", "1402-06-28T09:05:00+03:30", "jalali", None),
    # Weekday after the date, in brackets, before a time.
    ("۲۸ شهریور ۱۴۰۲ سه‌شنبه", "1402-06-28", "jalali", "سه‌شنبه"),
    ("۱۴۰۲/۰۶/۲۸ (سه‌شنبه)", "1402-06-28", "jalali", "سه‌شنبه"),
    ("سه‌شنبه ۱۶:۴۲ - ۲۸ شهریور ۱۴۰۲", "1402-06-28T16:42:00+03:30", "jalali", "سه‌شنبه"),
    ("Yekshanbeh 1400-Farvardin-01", "1400-01-01", "jalali", "Yekshanbeh"),
    # A numeric date joined to its clock by a hyphen (fix94: a Kurdish site's footer).
    ("۱۴۰۱/۰۴/۱۷-۰۷:۱۰:۵۲", "1401-04-17T07:10:52+04:30", "jalali", None),
    ("23/08/1402-09:15", "1402-08-23T09:15:00+03:30", "jalali", None),
    # Afghan (Dari) dates: zodiac months, Asia/Kabul.
    ("۵ میزان ۱۴۰۰", "1400-07-05", "afghan", None),
    ("۱۵ حوت ۱۳۹۹ ساعت ۱۰:۳۰", "1399-12-15T10:30:00+04:30", "afghan", None),
    ("01-وری-1403", "1403-01-01", "afghan", None),
    ("۲۳ جنوری ۲۰۲۳ ساعت ۱۰:۰۰", "1401-11-03T10:00:00+04:30", "gregorian", None),
    ("۵ می ۲۰۲۳", "1402-02-15", "gregorian", None),
    # Pashto: weekdays ending in ې, «د» before a zodiac month, oblique month names.
    ("یکشنبې، د لړم ۲۸، ۱۴۰۲", "1402-08-28", "afghan", "یکشنبې"),
    ("پنجشنبې ۲ دلوې ۱۴۰۴", "1404-11-02", "afghan", "پنجشنبې"),
    # A clock with minutes, «روز», the date; a one-digit minute with a day part; «hh:mm:».
    ("ساعت ۱۶:۴۲ روز ۲۸ شهریور ۱۴۰۲", "1402-06-28T16:42:00+03:30", "jalali", None),
    ("۱۳۹۰/۰۳/۲۰ | ۱:۲ صبح", "1390-03-20T01:02:00+04:30", "jalali", None),
    ("۱۴۰۲/۰۶/۲۸ ۱۱:۲۹:", "1402-06-28T11:29:00+03:30", "jalali", None),
    # A double colon between the date and its time (PersianBlog's post date line; real60).
    ("جمعه 1386/11/19 ::  ساعت 2:17 صبح", "1386-11-19T02:17:00+03:30", "jalali", "جمعه"),
]


@pytest.mark.parametrize(("text", "jalali", "calendar", "weekday"), MORE_SHAPES)
def test_more_shapes_parse(text: str, jalali: str, calendar: str, weekday: str | None) -> None:
    """Each shape of issue 12 parses to the right day and time, calendar and weekday."""
    stamp = jm.parse_datetime(text)
    assert (jalali, calendar, weekday) == (stamp.jalali_isoformat(), stamp.calendar, stamp.weekday)
    assert stamp.text == text[stamp.span[0] : stamp.span[1]]


def test_afghan_time_is_kabul_time() -> None:
    """An Afghan date-time is aware in Asia/Kabul."""
    stamp = jm.parse_datetime("۱۵ حوت ۱۳۹۹ ساعت ۱۰:۳۰")
    assert str(stamp.gregorian.tzinfo) == "Asia/Kabul"  # type: ignore[union-attr]


# Day-part words (docs/formats.md, «Day-part words»).
@pytest.mark.parametrize(
    ("time", "expected"),
    [
        ("ساعت ۱۲:۳۰ شب", "00:30"),
        ("۱:۳۰ شب", "01:30"),
        ("ساعت ۱۱ و ۵ دقیقه شب", "23:05"),
        ("۱۱:۰۰ شب", "23:00"),
        ("۸:۱۵ شب", "20:15"),
        ("۲۳:۰۰ شب", "23:00"),
        ("۱۲:۰۰ بامداد", "00:00"),
        ("۲:۰۰ بامداد", "02:00"),
        ("۷:۴۵ صبح", "07:45"),
        ("۱۲:۰۰ ظهر", "12:00"),
        ("۱:۰۰ ظهر", "13:00"),
        ("۲:۰۰ بعدازظهر", "14:00"),
        ("۲:۰۰ بعد از ظهر", "14:00"),
        ("۵:۰۰ عصر", "17:00"),
        ("۱۷:۰۰ عصر", "17:00"),
        ("۱۲:۳۰ ق.ظ", "00:30"),
        ("۱۲:۳۰ ب.ظ", "12:30"),
    ],
)
def test_day_part_words(time: str, expected: str) -> None:
    """A 12-hour time with a day-part word is read on the 24-hour clock as documented."""
    stamp = jm.parse_datetime(f"۱۴۰۲/۰۶/۲۸ {time}")
    assert expected == stamp.isoformat()[11:16]


@pytest.mark.parametrize(
    "time",
    ["۱۵:۰۰ صبح", "۱۲:۰۰ صبح", "۵:۰۰ شب", "۱۲:۰۰ عصر", "۹:۰۰ عصر", "۱۴:۰۰ بامداد", "۲۰:۰۰ ظهر"],
)
def test_impossible_day_part_is_an_error(time: str) -> None:
    """A day-part word that no hour fits is refused, never guessed."""
    with pytest.raises(jm.DateError, match="day-part word"):
        jm.parse_datetime(f"۱۴۰۲/۰۶/۲۸ {time}")


# Zones after a time: honoured (the instant, shown in Tehran), in every entry point.
ZONES = [
    ("1402/06/28 20:30:00-05", "2023-09-20T05:00:00+03:30"),
    ("1402/06/28 20:30 GMT", "2023-09-20T00:00:00+03:30"),
    ("1402/06/28 20:30 Z", "2023-09-20T00:00:00+03:30"),
    ("1402/06/28 20:30 UTC", "2023-09-20T00:00:00+03:30"),
    ("1402/06/28 20:30 +0330", "2023-09-19T20:30:00+03:30"),
    ("1402/06/28 20:30 GMT+3:30", "2023-09-19T20:30:00+03:30"),
]


@pytest.mark.parametrize(("text", "expected"), ZONES)
def test_zone_after_time_is_honoured(text: str, expected: str) -> None:
    """A zone printed after the time gives the instant, converted to Tehran."""
    assert expected == jm.parse_datetime(text).isoformat()


@pytest.mark.parametrize(
    "text",
    [
        "1402/06/28 20:30 +99:99",
        "1402/06/28 20:30+03:75",
        "2023-09-19T20:30:00+24:00",
        "2023-09-19T20:30:00+03:75",
        "2023-09-19T20:30:00+99:99",
    ],
)
def test_impossible_offset_is_a_date_error(text: str) -> None:
    """An offset of 24 hours or more, or minutes of 60 or more, is a DateError, never +04:15."""
    with pytest.raises(jm.DateError, match="not a UTC offset"):
        jm.parse_datetime(text)


@pytest.mark.parametrize(
    "text", ["1799-03-21T00:00:00+14:00", "2255-03-20T23:00:00-12:00", "1799-03-20"]
)
def test_range_is_checked_after_the_offset(text: str) -> None:
    """A Gregorian instant whose Tehran day falls outside the supported range is refused."""
    with pytest.raises(jm.DateError, match="outside"):
        jm.parse_datetime(text)


@pytest.mark.parametrize(
    "text",
    [
        "۲۸ شهریور ۱۴۰۲ دوشنبه",
        "۱۴۰۲/۰۶/۲۸ (دوشنبه)",
        "دوشنبه ۱۶:۴۲ - ۲۸ شهریور ۱۴۰۲",
        "(دوشنبه) ۲۸ شهریور ۱۴۰۲",
        "روز دوشنبه ۲۸ شهریور ۱۴۰۲",
        "Doshanbeh 28 Shahrivar 1402",
    ],
)
def test_weekday_is_checked_in_every_layout(text: str) -> None:
    """A weekday that contradicts the date is an error wherever it is printed."""
    with pytest.raises(jm.DateError, match="does not match"):
        jm.parse_datetime(text)


@pytest.mark.parametrize(
    "text",
    ["۱۴۴۵/۰۳/۱۲ ه.ق", "۱۵-۰۹-۱۴۴۴ هـ", "۱۲ ربیع‌الاول ۱۴۴۵", "۱۴۴۵/۰۳/۱۲ قمری", "1445/03/12 ق"],
)
def test_lunar_date_is_never_jalali(text: str) -> None:
    """parse_datetime refuses a lunar Hijri date and says so; it is never read as Jalali."""
    with pytest.raises(jm.DateError, match="lunar Hijri"):
        jm.parse_datetime(text)


@pytest.mark.parametrize(
    "text",
    [
        "23 Augu\u017ft 2023",
        "\u0130\u0130 Mordad 1399",
        "5 \u212aordad 1399",
        "\u017fhanbeh 1402/06/25",
    ],
)
def test_case_folding_letters_never_crash(text: str) -> None:
    """İ, ſ and the Kelvin sign in a Latin name give a value or a DateError, never a KeyError."""
    try:
        stamp = jm.parse_datetime(text)
    except jm.DateError:
        return
    assert stamp.text == text


def test_hint_quotes_the_word_as_written() -> None:
    """A misspelt month with a vowel mark is quoted whole in the hint, marks included."""
    with pytest.raises(jm.DateError, match="'بهمنُن'"):
        jm.parse_datetime("۳ بهمنُن ۱۴۰۱")


# An ordinal day joined by a hyphen, as date-fns-jalali prints it ("PPP", "PPPP"; values made up).
@pytest.mark.parametrize(
    ("text", "jalali"),
    [
        ("5-ام خرداد 1374", "1374-03-05"),
        ("جمعه 5-ام خرداد 1374", "1374-03-05"),
        ("۵-ام خرداد ۱۳۷۴ در ۱۰:۳۲:۵۵ ق.ظ.", "1374-03-05T10:32:55+04:30"),
    ],
)
def test_hyphenated_ordinal_day(text: str, jalali: str) -> None:
    """«5-ام» is the fifth day like «5ام» and «5 ام»; a weekday before it is still checked."""
    assert jm.parse_datetime(text).jalali_isoformat() == jalali


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("5 - ام خرداد 1374", "not a date"),  # a spaced dash is a separator, not a suffix
        ("5-م خرداد 1374", "not a date"),  # only «ام» takes the hyphen
        ("5-امین خرداد 1374", "not a date"),  # «امین» is another word
        ("شنبه 5-ام خرداد 1374", "does not match"),  # 1374/3/5 is a Friday
    ],
)
def test_hyphenated_ordinal_near_misses(text: str, message: str) -> None:
    """Only a hyphen right between the digits and «ام» joins them; the weekday must agree."""
    with pytest.raises(jm.DateError, match=message):
        jm.parse_datetime(text)
