"""An all-digit date with a Jalali year of 1420 or later given whole to parse_datetime (fix305).

Lunar Hijri dates of our time print as «1445/09/10», «1446-09-01» or «20/09/1446» (the
shapes of tri-calendar's and luxon-hijri's test data, conf33). Read as Jalali they would be
days of 2041 and later, no article's date yet; find_dates already gives no Timestamp for
them. parse_datetime now refuses them too (DateError naming both readings), on the quick
reader's path and the grammar's alike, and a page's machine date of that shape is no value,
warned. Near misses: a month name, a Jalali era word, a year below 1420, a Gregorian date.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes as _codes

import jalali_meta as jm
from jalali_meta.testing import parse_datetime_by_grammar

_BOTH = pytest.mark.parametrize("parse", [jm.parse_datetime, parse_datetime_by_grammar])


@_BOTH
@pytest.mark.parametrize(
    ("text", "jalali_day", "lunar_day"),
    [
        ("1445/09/10", "2066-11-30", "1445-09-10"),
        ("١٤٤٥/٠٩/١٠", "2066-11-30", "1445-09-10"),
        ("1446-09-01", "2067-11-22", "1446-09-01"),
        ("20/09/1446", "2067-12-11", "1446-09-20"),
        ("۱۴۴۶/۰۸/۰۳ ساعت ۱۰:۲۰", "2067-10-25", "1446-08-03"),
        ("1420/01/01", "2041-03-20", "1420-01-01"),
    ],
)
def test_an_all_digit_lunar_looking_date_is_refused(
    parse: object, text: str, jalali_day: str, lunar_day: str
) -> None:
    with pytest.raises(jm.DateError) as caught:
        parse(text)  # type: ignore[operator]
    err = caught.value
    assert jalali_day in err.msg
    assert lunar_day in err.msg
    assert "find_dates(text, hijri=True)" in err.msg
    assert (err.offset, err.end) == (0, len(text))
    # The way the message points to reads the lunar day.
    (found,) = jm.find_dates(text, hijri=True)
    assert isinstance(found, jm.HijriDate)
    assert found.hijri_isoformat() == lunar_day


@_BOTH
def test_the_span_is_the_date_without_the_edges(parse: object) -> None:
    with pytest.raises(jm.DateError) as caught:
        parse("  1446/09/10 ")  # type: ignore[operator]
    assert (caught.value.offset, caught.value.end) == (2, 12)


@_BOTH
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1419/12/29", "2041-03-19"),  # the last year below the line
        ("۱ فروردین ۱۴۲۰", "2041-03-20"),  # a Jalali month name: no lunar reading
        ("1446/09/10 ه.ش", "2067-12-01"),  # a Jalali era word says the calendar
        ("2024/03/20", "2024-03-20"),  # Gregorian
        ("1402/06/28 16:42", "2023-09-19T16:42:00+03:30"),
    ],
)
def test_near_misses_are_read(parse: object, text: str, iso: str) -> None:
    assert parse(text).isoformat() == iso  # type: ignore[operator]


@_BOTH
def test_a_lunar_era_word_is_refused_as_before(parse: object) -> None:
    with pytest.raises(jm.DateError, match="lunar Hijri date is not converted"):
        parse("1446/09/10 هـ.ق")  # type: ignore[operator]


_PAGE = (
    "<html><head><meta property='article:published_time' content='{value}'>"
    "<title>نمایشگاه کتاب شهر</title></head><body><h1>نمایشگاه کتاب شهر</h1>"
    "<p>نمایشگاه کتاب امسال با حضور ناشران استان در سالن اصلی شهر برپا شد و تا آخر هفته "
    "برقرار است.</p></body></html>"
)


def test_a_machine_date_of_that_shape_is_no_value_warned() -> None:
    record = jm.parse_html(_PAGE.format(value="1446/09/10 12:00"))
    assert record.published is None
    assert "not-a-date" in _codes(record)


def test_a_machine_date_below_the_line_is_read() -> None:
    record = jm.parse_html(_PAGE.format(value="1402/06/28 12:00"))
    assert record.published is not None
    assert record.published.isoformat() == "2023-09-19T12:00:00+03:30"
