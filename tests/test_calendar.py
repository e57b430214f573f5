"""Calendar and time zone: every day of 1200-1600 against the reference table, Tehran's history."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

import jalali_meta as jm

TABLE = Path(__file__).with_name("jalali_years.csv")


def _years() -> dict[int, tuple[bool, dt.date]]:
    with TABLE.open(encoding="utf-8") as handle:
        return {
            int(row["jy"]): (row["leap"] == "1", dt.date(int(row["gy"]), 3, int(row["march"])))
            for row in csv.DictReader(handle)
        }


YEARS = _years()

# An all-digit date with this year or later and no era word is refused as a lunar date of
# our time (fix305, docs/formats.md): the sweeps print those years with the Jalali era word.
LUNAR_LOOKALIKE_YEAR = 1420


def _jalali(year: int, month: int, day: int) -> str:
    """«1402/6/28», or «1500/6/28 ه.ش» from LUNAR_LOOKALIKE_YEAR on."""
    era = " ه.ش" if year >= LUNAR_LOOKALIKE_YEAR else ""
    return f"{year}/{month}/{day}{era}"


def test_reference_table_is_complete() -> None:
    """The copied table covers 1100-1700, so the sweep below cannot pass vacuously."""
    assert sorted(YEARS) == list(range(1100, 1701))


@pytest.mark.parametrize("decade", range(1200, 1601, 10))
def test_every_day_matches_reference(decade: int) -> None:
    """Every day of Jalali 1200-1600 converts to the Gregorian day Borkowski's algorithm gives."""
    for year in range(decade, min(decade + 10, 1601)):
        leap, nowruz = YEARS[year]
        lengths = [31] * 6 + [30] * 5 + [30 if leap else 29]
        offset = 0
        for month, length in enumerate(lengths, start=1):
            for day in range(1, length + 1):
                stamp = jm.parse_datetime(_jalali(year, month, day))
                assert stamp.gregorian == nowruz + dt.timedelta(days=offset), (year, month, day)
                offset += 1
        assert nowruz + dt.timedelta(days=offset) == YEARS[year + 1][1]


def test_esfand_30_of_every_common_year_is_rejected() -> None:
    """Esfand 30 exists only in leap years; in every common year of 1178-1633 it is a DateError."""
    for year in range(1178, 1634):
        if YEARS[year][0]:
            assert jm.parse_datetime(_jalali(year, 12, 30)).jalali.day == 30
        else:
            with pytest.raises(jm.DateError, match="not a leap year"):
                jm.parse_datetime(_jalali(year, 12, 30))


@pytest.mark.parametrize("year", [1100, 1177, 1634, 1699])
def test_years_outside_supported_range_are_refused(year: int) -> None:
    """Outside 1178-1633 jdatetime drifts from the astronomical calendar, so the year is refused."""
    with pytest.raises(jm.DateError, match="outside 1178-1633"):
        jm.parse_datetime(f"{year}/01/01")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1402/06/28 16:42", "2023-09-19T16:42:00+03:30"),  # no DST from 1402 on
        ("1399/06/28 16:42", "2020-09-18T16:42:00+04:30"),  # summer time before 1402
        ("1385/04/10 12:00", "2006-07-01T12:00:00+03:30"),  # no DST in 1385-1386
        ("1386/04/10 12:00", "2007-07-01T12:00:00+03:30"),
        ("1357/06/28 12:00", "1978-09-19T12:00:00+04:00"),  # +04:00 standard time in 1978
        ("1403/06/28 12:00", "2024-09-18T12:00:00+03:30"),
        ("1401/06/30 23:59", "2022-09-21T23:59:00+04:30"),  # last DST evening
    ],
)
def test_tehran_offsets_follow_history(text: str, iso: str) -> None:
    """Gregorian values carry Tehran's real offset for that day, from the tzdata package."""
    assert jm.parse_datetime(text).isoformat() == iso


def test_zone_is_from_tzdata_package() -> None:
    """The zone is read from the tzdata package and pickles by name."""
    import pickle

    zone = jm.parse_datetime("1402/06/28 16:42").gregorian.tzinfo
    assert str(zone) == "Asia/Tehran"
    assert pickle.loads(pickle.dumps(zone)) is zone


def test_nonexistent_local_time_does_not_crash() -> None:
    """2 Farvardin 00:30 of a DST year never happened: read with fold=0 and flagged."""
    stamp = jm.parse_datetime("1401/01/02 00:30")
    assert stamp.dst == "nonexistent"
    assert stamp.isoformat() == "2022-03-22T00:30:00+03:30"


def test_repeated_local_time_does_not_crash() -> None:
    """30 Shahrivar 23:30 of a DST year happened twice: the first (fold=0) is used, and flagged."""
    stamp = jm.parse_datetime("1399/06/30 23:30")
    assert stamp.dst == "repeated"
    assert stamp.isoformat() == "2020-09-20T23:30:00+04:30"


def test_dst_doubt_is_a_warning_in_articles_and_error_in_strict() -> None:
    """In an article a skipped wall time is a warning; strict mode raises DateError."""
    text = "عنوان\nتاریخ انتشار: 1401/01/02 00:30\nمتن خبر."
    article = jm.parse_article(text)
    assert article.published is not None
    assert [w.code for w in article.warnings] == ["nonexistent-time"]
    with pytest.raises(jm.DateError) as info:
        jm.parse_article(text, strict=True)
    assert (info.value.line, info.value.column) == (2, 15)


_WEEKDAY_NAMES = ("شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه")


@pytest.mark.slow
@pytest.mark.parametrize("first", range(1178, 1634, 19))
def test_round_trip_every_day(first: int) -> None:
    """Every day of 1178-1633: Jalali -> Gregorian -> Jalali is the identity, and the weekday
    Python gives for the Gregorian day is the one the library accepts for the Jalali date."""
    for year in range(first, min(first + 19, 1634)):
        leap = YEARS[year][0]
        for month in range(1, 13):
            length = 31 if month <= 6 else 30 if month <= 11 else (30 if leap else 29)
            for day in range(1, length + 1):
                stamp = jm.parse_datetime(_jalali(year, month, day))
                gregorian = stamp.gregorian
                weekday = _WEEKDAY_NAMES[(gregorian.weekday() + 2) % 7]
                checked = jm.parse_datetime(f"{weekday} {_jalali(year, month, day)}")
                assert checked.gregorian == gregorian
                back = jm.parse_datetime(gregorian.isoformat())
                assert (back.jalali.year, back.jalali.month, back.jalali.day) == (year, month, day)
