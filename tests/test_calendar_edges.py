"""Calendar, clock and zone edges: each boundary on both sides, each message in full.

Found by mutation testing the calendar code and the grammar readers: every row
kills a changed comparison, offset or word that the shape table let through.
"""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

import jalali_meta as jm
from jalali_meta.testing import TEHRAN, clear_caches

# (text, Gregorian ISO in Tehran, Jalali (year, month, day), calendar)
VALID = [
    # The supported range, both ends, in both calendars.
    ("1178/01/01", "1799-03-21", (1178, 1, 1), "jalali"),
    # (with its era word: an all-digit year of 1420 or later alone is refused, fix305)
    ("1633/12/29 ه.ش", "2255-03-20", (1633, 12, 29), "jalali"),
    ("1799-03-21", "1799-03-21", (1178, 1, 1), "gregorian"),
    ("2255-03-20", "2255-03-20", (1633, 12, 29), "gregorian"),
    # Month lengths: 31 days to Shahrivar, 30 from Mehr, Esfand 30 only in a leap year.
    ("1402/06/31", "2023-09-22", (1402, 6, 31), "jalali"),
    ("1402/07/01", "2023-09-23", (1402, 7, 1), "jalali"),
    ("1402/07/30", "2023-10-22", (1402, 7, 30), "jalali"),
    ("1402/12/29", "2024-03-19", (1402, 12, 29), "jalali"),
    ("1403/12/30", "2025-03-20", (1403, 12, 30), "jalali"),
    # Gregorian days back to Jalali on each side of the 31/30-day boundary.
    ("2023-04-21", "2023-04-21", (1402, 2, 1), "gregorian"),
    ("2023-09-22", "2023-09-22", (1402, 6, 31), "gregorian"),
    ("2023-09-23", "2023-09-23", (1402, 7, 1), "gregorian"),
    ("2023-12-25", "2023-12-25", (1402, 10, 4), "gregorian"),
    ("2024-03-19", "2024-03-19", (1402, 12, 29), "gregorian"),
    ("2024-03-20", "2024-03-20", (1403, 1, 1), "gregorian"),
    # All-digit Gregorian dates: the one valid reading, day or month first.
    ("25/12/2023", "2023-12-25", (1402, 10, 4), "gregorian"),
    ("12/25/2023", "2023-12-25", (1402, 10, 4), "gregorian"),
    # Era words and month names say the calendar.
    ("۵ مهر ۱۴۰۲ هجری شمسی", "2023-09-27", (1402, 7, 5), "jalali"),
    ("1402/06/28 ه.ش", "2023-09-19", (1402, 6, 28), "jalali"),
    ("19/09/2023 میلادی", "2023-09-19", (1402, 6, 28), "gregorian"),
    ("۵ سپتامبر ۲۰۲۳", "2023-09-05", (1402, 6, 14), "gregorian"),
    # Ordinal days.
    ("بیست و هشتم شهریور ۱۴۰۲", "2023-09-19", (1402, 6, 28), "jalali"),
    ("اول مهر ۱۴۰۲", "2023-09-23", (1402, 7, 1), "jalali"),
    # Times: 12-hour words, seconds, ISO offsets converted to Tehran (the day may move).
    ("1402/06/28 12:00 ب.ظ", "2023-09-19T12:00:00+03:30", (1402, 6, 28), "jalali"),
    ("1402/06/28 12:00 ق.ظ", "2023-09-19T00:00:00+03:30", (1402, 6, 28), "jalali"),
    ("1402/06/28 4:10 صبح", "2023-09-19T04:10:00+03:30", (1402, 6, 28), "jalali"),
    ("1402/06/28 4:10 عصر", "2023-09-19T16:10:00+03:30", (1402, 6, 28), "jalali"),
    ("1402/06/28 9:10 شب", "2023-09-19T21:10:00+03:30", (1402, 6, 28), "jalali"),
    ("Sep 19, 2023, 4:10 PM", "2023-09-19T16:10:00+03:30", (1402, 6, 28), "gregorian"),
    ("Sep 19, 2023, 4:10 am", "2023-09-19T04:10:00+03:30", (1402, 6, 28), "gregorian"),
    ("1402/06/28 10:00:59", "2023-09-19T10:00:59+03:30", (1402, 6, 28), "jalali"),
    ("2023-09-19T10:00:00-02:00", "2023-09-19T15:30:00+03:30", (1402, 6, 28), "gregorian"),
    ("2023-09-19T10:00:00+0530", "2023-09-19T08:00:00+03:30", (1402, 6, 28), "gregorian"),
    ("2023-09-19T10:00:00+00:45", "2023-09-19T12:45:00+03:30", (1402, 6, 28), "gregorian"),
    ("2023-09-19T23:30:00Z", "2023-09-20T03:00:00+03:30", (1402, 6, 29), "gregorian"),
    ("2023-09-19T23:30:00z", "2023-09-20T03:00:00+03:30", (1402, 6, 29), "gregorian"),
]


@pytest.mark.parametrize(
    ("text", "iso", "jalali", "calendar"), VALID, ids=[f"valid-{i}" for i in range(len(VALID))]
)
def test_valid_edge(text: str, iso: str, jalali: tuple[int, int, int], calendar: str) -> None:
    """Each edge reads to its Gregorian value, Jalali day and calendar."""
    stamp = jm.parse_datetime(text)
    assert (stamp.isoformat(), stamp.jalali_date, stamp.calendar) == (iso, jalali, calendar)


RANGE = "the years where the arithmetic calendar is known to match the astronomical one"
GREGORIAN_RANGE = "is outside 1799-03-21..2255-03-20, Jalali years 1178-1633"

# (text, the error's whole message)
INVALID = [
    ("1177/12/29", f"Jalali year 1177 is outside 1178-1633, {RANGE}"),
    ("1634/01/01", f"Jalali year 1634 is outside 1178-1633, {RANGE}"),
    ("1799-03-20", f"Gregorian date 1799-03-20 {GREGORIAN_RANGE}"),
    ("2255-03-21", f"Gregorian date 2255-03-21 {GREGORIAN_RANGE}"),
    ("20/03/1799", f"Gregorian date 1799-03-20 {GREGORIAN_RANGE}"),
    ("1402/00/10", "month 0 does not exist"),
    ("1402/13/01", "month 13 does not exist"),
    ("1402/01/00", "day 0 does not exist in فروردین 1402: فروردین has 31 days"),
    ("1402/06/32", "day 32 does not exist in شهریور 1402: شهریور has 31 days"),
    ("1402/07/31", "day 31 does not exist in مهر 1402: مهر has 30 days"),
    ("1402/11/31", "day 31 does not exist in بهمن 1402: بهمن has 30 days"),
    (
        "1402/12/30",
        "day 30 does not exist in اسفند 1402: 1402 is not a leap year, so Esfand has 29 days",
    ),
    ("1403/12/31", "day 31 does not exist in اسفند 1403: اسفند has 30 days"),
    ("31/02/2023", "invalid Gregorian date: day is out of range for month"),
    ("03/04/2023", "ambiguous all-digit Gregorian date: day/month and month/day are both valid"),
    (
        "1402/06/28 0:30 ب.ظ",
        "hour 0 is not a 12-hour clock hour, nor a 24-hour hour in the second half of the day"
        " (12-23) that its marker names",
    ),
    (
        "1402/06/28 13:00 ق.ظ",
        "hour 13 is not a 12-hour clock hour, nor a 24-hour hour in the first half of the day"
        " (00-11) that its marker names",
    ),
    ("1402/06/28 24:00", "time 24:00 does not exist"),
    ("1402/06/28 23:60", "time 23:60 does not exist"),
    ("1402/06/28 10:00:60", "time 10:00:60 does not exist"),
    ("۵ مهر ۱۴۰۲ میلادی", "the era word says gregorian but the month is jalali"),
    ("۱۰ مهر ۲۰۲۳", f"Jalali year 2023 is outside 1178-1633, {RANGE}"),
    # An all-digit date is Jalali below the year 1700, Gregorian from it.
    ("1699/01/01", f"Jalali year 1699 is outside 1178-1633, {RANGE}"),
    ("1700/01/01", f"Gregorian date 1700-01-01 {GREGORIAN_RANGE}"),
    (
        "دوشنبه 1402/06/28",
        "the weekday 'دوشنبه' does not match 1402/06/28 (2023-09-19), which is a سه\u200cشنبه",
    ),
]


@pytest.mark.parametrize(
    ("text", "message"), INVALID, ids=[f"invalid-{i}" for i in range(len(INVALID))]
)
def test_invalid_edge(text: str, message: str) -> None:
    """Each invalid edge raises DateError with its whole message."""
    with pytest.raises(jm.DateError) as info:
        jm.parse_datetime(text)
    assert info.value.msg == message


def test_weekday_mismatch_in_an_article_points_at_the_weekday() -> None:
    """In an article, the weekday-mismatch warning spans the printed weekday."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: دوشنبه 1402/06/28 10:00\nلید خبر.")
    (notice,) = article.warnings
    assert (notice.code, notice.span, notice.column) == ("weekday-mismatch", (20, 26), 15)
    assert article.published.weekday == "دوشنبه"


def test_hour_12_am_and_pm_words_are_exact() -> None:
    """12 ق.ظ is midnight and 12 ب.ظ noon; 1 ب.ظ is 13:00."""
    actual = [
        jm.parse_datetime(f"1402/06/28 {t}").gregorian.hour
        for t in ("12:05 ق.ظ", "12:05 ب.ظ", "1:05 ب.ظ", "11:05 ق.ظ")
    ]
    assert actual == [0, 12, 13, 11]


# -- DST: the gap in spring and the repeat in autumn (Tehran until 2022) ---------------------


def test_time_in_the_spring_gap_is_nonexistent() -> None:
    """00:30 on 2 Farvardin 1401 was skipped; read with the winter offset, flagged."""
    stamp = jm.parse_datetime("1401/01/02 00:30")
    assert (stamp.isoformat(), stamp.dst) == ("2022-03-22T00:30:00+03:30", "nonexistent")


def test_time_in_the_autumn_repeat_is_repeated() -> None:
    """23:30 on 30 Shahrivar 1399 happened twice; read as the first (summer offset), flagged."""
    stamp = jm.parse_datetime("1399/06/30 23:30")
    assert (stamp.isoformat(), stamp.dst) == ("2020-09-20T23:30:00+04:30", "repeated")
    assert stamp.gregorian.fold == 0


def test_times_next_to_the_changes_are_ordinary() -> None:
    """Times just outside the gap and the repeat, and on the days of a change, are not flagged."""
    texts = ["1401/01/02 01:00", "1401/01/01 23:59", "1399/06/30 22:59", "1399/06/31 00:00"]
    assert [jm.parse_datetime(t).dst for t in texts] == [None, None, None, None]
    offsets = [jm.parse_datetime(t).gregorian.utcoffset() for t in texts]
    summer, winter = dt.timedelta(hours=4, minutes=30), dt.timedelta(hours=3, minutes=30)
    assert offsets == [summer, winter, summer, winter]


def test_dst_verdicts_do_not_depend_on_the_memo() -> None:
    """With the per-day memo emptied first, change days and ordinary days get the same verdicts."""
    texts = ["1401/01/02 00:30", "1399/06/30 23:30", "1401/01/02 01:00", "1402/06/28 10:00"]
    clear_caches()
    cold = [jm.parse_datetime(t).dst for t in texts]
    warm = [jm.parse_datetime(t).dst for t in texts]
    assert cold == ["nonexistent", "repeated", None, None]
    assert warm == cold


def test_dst_messages_in_articles() -> None:
    """The warnings say which way the clocks moved and which offset was used."""
    gap = jm.parse_article("عنوان\nتاریخ انتشار: 1401/01/02 00:30\nلید.").warnings[0].message
    repeat = jm.parse_article("عنوان\nتاریخ انتشار: 1399/06/30 23:30\nلید.").warnings[0].message
    assert gap == (
        "00:30 on 2022-03-22 did not exist in Tehran (clocks moved forward); "
        "read with the offset before the change (3:30:00)"
    )
    assert repeat == (
        "23:30 on 2020-09-20 happened twice in Tehran (clocks moved back); read as the first of the two"
    )


# -- the zone -------------------------------------------------------------------------------


def test_zone_names_offsets_and_dst() -> None:
    """Tehran's zone gives the abbreviation, offset and DST part of summer and winter times."""
    summer = jm.parse_datetime("1399/04/09 08:30").gregorian
    winter = jm.parse_datetime("1402/10/01 08:30").gregorian
    assert (summer.tzname(), summer.dst()) == ("+0430", dt.timedelta(hours=1))
    assert (winter.tzname(), winter.dst()) == ("+0330", dt.timedelta(0))


def test_zone_converts_from_utc() -> None:
    """An instant in UTC converts to Tehran wall time with Tehran's zone object."""
    moment = dt.datetime(2020, 6, 29, 4, 0, tzinfo=dt.timezone.utc).astimezone(TEHRAN)
    assert (moment.hour, moment.minute, moment.tzinfo) == (8, 30, TEHRAN)


def test_zone_pickles_by_name_and_prints_its_name() -> None:
    """The zone pickles to the one shared object and prints as Asia/Tehran."""
    assert pickle.loads(pickle.dumps(TEHRAN)) is TEHRAN
    assert (str(TEHRAN), repr(TEHRAN)) == ("Asia/Tehran", "Asia/Tehran")
