"""fix280-more (finished in fix281): the rest of conformance pending cases of conf29 and conf30
(tests/conformance/ilib-js.json, afghan-date-localizer.json, time4j.json). Pashto dates with
its own month spellings (سېپتمبر, اګست, مۍ), the particle «د» (of) before the year and the
month, its own weekday names (څلرنۍ); Tajik «соати» before a clock; an Afghan month after a year and an Arabic comma; and a weekday after a year-first
date, checked against the day. Sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from jalali_meta import DateError, find_dates, parse_datetime


def _wall(text: str) -> str:
    value = parse_datetime(text).gregorian
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=None).isoformat()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2021 سېپتمبر 29", dt.date(2021, 9, 29)),
        ("\u200f2021 د سېپتمبر 29", dt.date(2021, 9, 29)),  # after a right-to-left mark
        ("څلرنۍ د 2021 د سېپتمبر 29", dt.date(2021, 9, 29)),  # a Wednesday
        ("یونۍ د 2021 د سېپتمبر 26", dt.date(2021, 9, 26)),  # a Sunday
        ("2021 اګست 3", dt.date(2021, 8, 3)),
        ("2021 مۍ 12", dt.date(2021, 5, 12)),
        ("۱۴۰۴، عقرب ۱۸", dt.date(2025, 11, 9)),
        ("۱۴۰۴، عقرب ۱۸، یکشنبه", dt.date(2025, 11, 9)),
        ("۱۳۹۳ اردیبهشت ۱۰, چهارشنبه", dt.date(2014, 4, 30)),
        ("۱۳۹۳ اردیبهشت ۱۰، چهارشنبه", dt.date(2014, 4, 30)),
    ],
)
def test_pending_date_shapes_are_read(text: str, day: dt.date) -> None:
    assert parse_datetime(text).gregorian == day
    assert [stamp.gregorian for stamp in find_dates(text)] == [day]


@pytest.mark.parametrize(
    ("text", "wall"),
    [
        ("\u200f2021 سېپتمبر 29 په \u200f1:45 غ.و.", "2021-09-29T13:45:00"),
        ("\u200f2021 د سېپتمبر 29 په \u200f1:45 غ.و.", "2021-09-29T13:45:00"),
        ("29 Сентябр 2011 соати 13:45", "2011-09-29T13:45:00"),
        ("29 СЕНТЯБР 2011 СОАТИ 13:45", "2011-09-29T13:45:00"),
        ("۱۴۰۴، عقرب ۱۸ - ساعت ۱۰:۳۰", "2025-11-09T10:30:00"),
    ],
)
def test_pending_date_time_shapes_are_read(text: str, wall: str) -> None:
    assert _wall(text) == wall


@pytest.mark.parametrize(
    "text",
    [
        "۱۳۹۳ اردیبهشت ۱۰, سه‌شنبه",  # 1393-02-10 is a Wednesday
        "دونۍ د 2021 د سېپتمبر 29",  # 2021-09-29 is a Wednesday, not a Monday
        "۱۴۰۴، عقرب ۱۸، شنبه",  # 1404-08-18 is a Sunday
    ],
)
def test_a_wrong_weekday_around_a_year_first_date_is_refused(text: str) -> None:
    with pytest.raises(DateError):
        parse_datetime(text)
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # An Afghan month name is a word too: after a year and a comma, a number and a noun
        # is a count (cancer, three thousand people; Asad, eighteen people), not a date.
        ("در سال ۱۴۰۲، سرطان ۳ هزار نفر را کشت", []),
        ("۱۴۰۴، اسد ۱۸ نفر کشته شدند", []),
        # «соати» (hour) with no clock after it: the date alone, as before.
        ("29 Сентябр 2011 соати кор", [dt.date(2011, 9, 29)]),
        ("Он соати 5 рафт", []),
        # Tajik and Russian abbreviated months stay unread (fix207; a listed item's date).
        ("Апр 22, 2019", []),
        ("12 мар 2018, 10:14", []),
        # Pashto «د» and «مۍ» without a year and a day in their order read nothing.
        ("د مۍ په میاشت کې 12 کسان ووژل شول", []),
        ("د 2021 کال د مۍ په 12مه", []),
        # Persian «د»-like letters between a year and a day do not make a date.
        ("در سال ۱۴۰۲ د ۵ نفر آمدند", []),
        # Pashto Saturday «اونۍ» is also «week»: it is not read as a weekday.
        ("د اونۍ په 2021 سېپتمبر 29", [dt.date(2021, 9, 29)]),
    ],
)
def test_near_misses(text: str, found: list[dt.date]) -> None:
    assert [stamp.gregorian for stamp in find_dates(text)] == found
