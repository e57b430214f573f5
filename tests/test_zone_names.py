"""Issue 12 and pages 147/175: IANA zone names after a time («۱۰:۱۹ Asia/Dushanbe») and the
Afghan month-first layout («حمل 01, 1403»), alike in parse_datetime, find_dates,
parse_article and parse_html; unknown names are refused, never ignored."""

from __future__ import annotations

import datetime as dt
import importlib.resources
import pickle
from collections.abc import Callable

import pytest

import jalali_meta as jm

TITLE = "آغاز سال تعلیمی در ولایت‌های سردسیر"
LEAD = "وزارت معارف از نواختن زنگ مکاتب در ولایت‌های سردسیر همزمان با آغاز سال نو خبر داد."


def _article(value: str, *, strict: bool = False) -> jm.Article:
    return jm.parse_article(f"{TITLE}\n{value}\n\n{LEAD}\n", strict=strict)


def _html(value: str, *, strict: bool = False) -> jm.Article:
    page = (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"<div class='date'>{value}</div><p>{LEAD}</p></article></body></html>"
    )
    return jm.parse_html(page, strict=strict)


def _parse(value: str) -> str | None:
    try:
        return jm.parse_datetime(value).isoformat()
    except jm.DateError:
        return None


def _find(value: str) -> str | None:
    found = jm.find_dates(f"این خبر {value} منتشر شد.")
    return found[0].isoformat() if found else None


def _published(read: Callable[[str], jm.Article]) -> Callable[[str], str | None]:
    def published(value: str) -> str | None:
        article = read(value)
        return article.published.isoformat() if article.published else None

    return published


ENTRY_POINTS = {
    "parse_datetime": _parse,
    "find_dates": _find,
    "parse_article": _published(_article),
    "parse_html": _published(_html),
}

CASES = [
    # Pars Today Dari (page 147): zodiac month first, comma, time, the zone it names.
    ("حمل 01, 1403 11:51 Asia/Kabul", "2024-03-20T11:51:00+04:30"),
    ("میزان ۲۰، ۱۴۰۲ ساعت ۹:۱۰", "2023-10-12T09:10:00+04:30"),
    # Pars Today Tajik (page 175): a Jalali month first, the wall time of Dushanbe.
    ("فروردین ۰۱, ۱۴۰۳ ۱۰:۱۹ Asia/Dushanbe", "2024-03-20T10:19:00+05:00"),
    ("۱۴۰۳/۰۱/۰۱ ۱۰:۱۹ Asia/Tehran", "2024-03-20T10:19:00+03:30"),
    ("1402/06/28 20:30 asia/DUSHANBE", "2023-09-19T20:30:00+05:00"),
    ("1403/01/01 10:19 America/Argentina/Salta", "2024-03-20T10:19:00-03:00"),
    ("1403/01/01 10:19 Etc/GMT+5", "2024-03-20T10:19:00-05:00"),
    # A name the tz database does not know: the date is refused, not read in Tehran.
    ("۱۴۰۳/۰۱/۰۱ ۱۰:۱۹ Asia/Kabol", None),
    ("حمل 01, 1403 11:51 Asia/Dushanbeh", None),
]


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize(("value", "expected"), CASES)
def test_entry_points_agree(entry: str, value: str, expected: str | None) -> None:
    """Every entry point gives the same wall time in the named zone, or none."""
    assert expected == ENTRY_POINTS[entry](value)


def test_named_zone_is_the_stamps_zone() -> None:
    """A time followed by a zone name is aware in that zone, and its calendar is kept."""
    stamp = jm.parse_datetime("فروردین ۰۱, ۱۴۰۳ ۱۰:۱۹ Asia/Dushanbe")
    assert (
        str(stamp.gregorian.tzinfo),  # type: ignore[union-attr]
        stamp.calendar,
        stamp.jalali_date,
    ) == ("Asia/Dushanbe", "jalali", (1403, 1, 1))


def test_afghan_month_first_is_afghan() -> None:
    """A zodiac month first gives an Afghan date in Kabul time."""
    stamp = jm.parse_datetime("حمل 01, 1403 11:51")
    assert (stamp.calendar, stamp.isoformat()) == ("afghan", "2024-03-20T11:51:00+04:30")


@pytest.mark.parametrize("text", ["حمل 01 1403", "میزان 20 1402 تن", "حمل سه, 1403"])
def test_afghan_month_first_needs_digits_and_a_comma(text: str) -> None:
    """Zodiac names are common words: month first is read only with a day in digits and a comma."""
    assert jm.find_dates(f"گزارش {text} در بندر") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 14, 2021", "2021-06-14"),
        ("Jun 14, 2021 10:00 Asia/Tehran", "2021-06-14T10:00:00+04:30"),
        ("خرداد 24, 1400", "2021-06-14"),
        ("جنوری 5, 2024", "2024-01-05"),
    ],
)
def test_other_month_first_layouts_are_kept(text: str, expected: str) -> None:
    """English, Jalali and Dari-Gregorian month-first dates read as before."""
    assert expected == jm.parse_datetime(text).isoformat()


def test_unknown_zone_name_is_a_clear_date_error() -> None:
    """parse_datetime names the zone it cannot look up."""
    with pytest.raises(jm.DateError, match=r"'Asia/Kabol' is not a time zone name"):
        jm.parse_datetime("۱۴۰۳/۰۱/۰۱ ۱۰:۱۹ Asia/Kabol")


@pytest.mark.parametrize("read", [_article, _html])
def test_unknown_zone_name_is_a_notice(read: Callable[..., jm.Article]) -> None:
    """Lenient: the date is left empty with an invalid-date notice naming the zone."""
    article = read("۱۴۰۳/۰۱/۰۱ ۱۰:۱۹ Asia/Kabol")
    assert (article.published, [w.code for w in article.warnings]) == (None, ["invalid-date"])
    assert "Asia/Kabol" in article.warnings[0].message


@pytest.mark.parametrize("read", [_article, _html])
def test_unknown_zone_name_is_refused_in_strict_mode(read: Callable[..., jm.Article]) -> None:
    """Strict: the unknown zone name is a DateError."""
    with pytest.raises(jm.DateError, match="Asia/Kabol"):
        read("۱۴۰۳/۰۱/۰۱ ۱۰:۱۹ Asia/Kabol", strict=True)


def test_every_area_location_name_of_tzdata_is_read() -> None:
    """Every Area/Location name of the tzdata package is honoured after a time."""
    names = (importlib.resources.files("tzdata") / "zones").read_text(encoding="utf-8").split()
    wrong = [
        name
        for name in names
        if "/" in name
        and str(jm.parse_datetime(f"1403/01/01 10:19 {name}").gregorian.tzinfo) != name  # type: ignore[union-attr]
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "dst"),
    [
        ("2024-03-31 02:30 Europe/Berlin", "nonexistent"),
        ("2024-10-27 02:30 Europe/Berlin", "repeated"),
    ],
)
def test_dst_change_is_checked_in_the_named_zone(text: str, dst: str) -> None:
    """A wall time skipped or repeated in the named zone is flagged as in Tehran."""
    assert dst == jm.parse_datetime(text).dst


def test_named_zone_pickles() -> None:
    """A stamp in a named zone survives pickling (batch runs cross processes)."""
    stamp = jm.parse_datetime("فروردین ۰۱, ۱۴۰۳ ۱۰:۱۹ Asia/Dushanbe")
    assert stamp == pickle.loads(pickle.dumps(stamp))


def test_page_zone_shows_the_update_in_it() -> None:
    """A published time in a named zone sets the page's clock: a GMT update is shown in it."""
    article = _article(
        "فروردین ۰۱, ۱۴۰۳ ۱۰:۱۹ Asia/Dushanbe\nآخرین به روز رسانی: 2024-03-20T05:30:00Z"
    )
    assert article.updated is not None
    assert article.updated.isoformat() == "2024-03-20T10:30:00+05:00"
    assert dt.timedelta(hours=5) == article.updated.gregorian.utcoffset()  # type: ignore[union-attr]


def test_time_line_below_a_date_takes_its_zone_name() -> None:
    """A time alone on the line under a date, with a zone name, is that zone's wall time."""
    article = _article("تاریخ انتشار: ۱۴۰۳/۰۱/۰۱\n۱۰:۱۹ Asia/Dushanbe")
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-20T10:19:00+05:00"
