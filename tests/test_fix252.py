"""fix252: what conf27 found (docs/conformance.md "Found by conf27, fixed by fix252").

The shapes are iLib's (iLib-js/flutter_ilib test/datefmt/datefmt_ar_EG_test.dart:160,176,
1185,1204: «29/9/2011، 1:45 م», an RLM before the date and the clock;
datefmt_fa_IR_test.dart:1087,1222: «۲۱/۹/۱۳۹۲» with an RLM before each slash) and
SHDateTime-js's (md-akhi/SHDateTime-js test/Until-Date.ts: «Mon 01 Amo 1200»); the page's
sentences are written for these tests and the dates changed.
"""

from __future__ import annotations

import datetime as dt

import pytest

import jalali_meta as jm

RLM = "\u200f"

_LEAD = (
    "شورای شهر در نشست امروز خود طرح تازه‌ای برای گسترش فضای سبز در محله‌های جنوبی شهر را "
    "بررسی کرد و اعضا گفتند اجرای آن از ماه آینده آغاز می‌شود.\n"
)


def _page(date_line: str) -> str:
    return f"گسترش فضای سبز در جنوب شهر\n{date_line}\n{_LEAD}"


def _clock(stamp: jm.Timestamp) -> tuple[int, int]:
    assert isinstance(stamp.gregorian, dt.datetime), stamp
    return stamp.gregorian.hour, stamp.gregorian.minute


# 1. The Arabic 12-hour markers after a clock.

PM_LINES = [
    f"{RLM}29/9/2011، {RLM}1:45 م",
    f"{RLM}29/09/2011، {RLM}1:45 م",
    f"{RLM}٢٩/٩/٢٠١١، {RLM}١:٤٥ م",
    f"{RLM}٢٩/٠٩/٢٠١١، {RLM}١:٤٥ م",
    "29/9/2011 1:45 مساءً",
    "29/9/2011 1:45 مساء",
]


@pytest.mark.parametrize("text", PM_LINES)
def test_arabic_pm_mark_after_a_clock_is_honoured(text: str) -> None:
    """«1:45 م» (مساءً) is 13:45, by find_dates and parse_datetime, never 01:45."""
    found = jm.find_dates(text)
    assert len(found) == 1, found
    assert found[0].gregorian.date() == dt.date(2011, 9, 29)  # type: ignore[union-attr]
    assert _clock(found[0]) == (13, 45)
    assert _clock(jm.parse_datetime(text)) == (13, 45)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("29/9/2011 1:45 ص", (1, 45)),
        ("29/9/2011 9:15 صباحاً", (9, 15)),
        ("29/9/2011 12:05 ص", (0, 5)),
        ("29/9/2011 12:05 م", (12, 5)),
    ],
)
def test_arabic_am_mark_and_noon_midnight(text: str, clock: tuple[int, int]) -> None:
    """«ص»/«صباحاً» is the first half of the day; 12 ص is just after midnight, 12 م noon."""
    (found,) = jm.find_dates(text)
    assert _clock(found) == clock
    assert _clock(jm.parse_datetime(text)) == clock


def test_24_hour_clock_with_the_am_mark_is_refused() -> None:
    """«13:45 ص» names no time: refused, never read as 13:45 or 01:45."""
    with pytest.raises(jm.DateError):
        jm.parse_datetime("29/9/2011 13:45 ص")
    assert jm.find_dates("29/9/2011 13:45 ص") == []


def test_mim_after_a_year_is_the_era_not_pm() -> None:
    """«2011م» is «میلادی» (Gregorian): after the year it changes no time; after the clock
    it is PM."""
    (date_only,) = jm.find_dates("29/9/2011م")
    assert date_only.gregorian == dt.date(2011, 9, 29)
    (era_then_clock,) = jm.find_dates("29/9/2011م 1:45")
    assert _clock(era_then_clock) == (1, 45)
    (both,) = jm.find_dates("29/9/2011م 1:45 م")
    assert _clock(both) == (13, 45)


def test_one_letter_mark_before_a_lone_number_is_no_meridiem() -> None:
    """«۱۲:۳۰ ص ۵»: «ص» before a number is an abbreviation (صفحه, page 5), not AM."""
    (found,) = jm.find_dates("۱۴۰۲/۰۵/۱۴ ۱۲:۳۰ ص ۵")
    assert _clock(found) == (12, 30)
    (before_date,) = jm.find_dates("1:45 م 29/9/2011")  # a date after the mark: it is one
    assert _clock(before_date) == (13, 45)


@pytest.mark.parametrize(
    ("line", "clock"),
    [
        (f"{RLM}29/9/2023، {RLM}1:45 م", (13, 45)),
        (f"{RLM}٢٩/٠٩/٢٠٢٣، {RLM}١:٤٥ م", (13, 45)),
        ("29/9/2023 1:45 مساءً", (13, 45)),
        ("29/9/2023 9:15 صباحاً", (9, 15)),
    ],
)
def test_article_header_line_with_arabic_meridiem(line: str, clock: tuple[int, int]) -> None:
    """A page's date line with «م»/«مساءً»/«صباحاً» publishes the time it names."""
    article = jm.parse_article(_page(line))
    assert article.published is not None
    assert article.published.gregorian.date() == dt.date(2023, 9, 29)  # type: ignore[union-attr]
    assert _clock(article.published) == clock


# 2. An invisible mark beside a numeric date's separator.


@pytest.mark.parametrize(
    ("text", "jalali", "clock"),
    [
        (f"{RLM}۲۱{RLM}/۹{RLM}/۱۳۹۲", "1392-09-21", None),
        (f"۱۴۰۲{RLM}/۰۵{RLM}/۱۴", "1402-05-14", None),
        (f"{RLM}۱۳:۴۵،{RLM} {RLM}۲۱{RLM}/۹{RLM}/۱۳۹۲", "1392-09-21", (13, 45)),
        (f"۱۴۰۲/{RLM}۰۵/{RLM}۱۴", "1402-05-14", None),
        ("۱۴۰۲\u200c-۰۵\u200c-۱۴", "1402-05-14", None),
    ],
)
def test_mark_beside_a_slash_is_harmless(
    text: str, jalali: str, clock: tuple[int, int] | None
) -> None:
    """docs/formats.md: marks between a date's parts are harmless; the span is the date's."""
    (found,) = jm.find_dates(text)
    assert found.jalali_isoformat()[:10] == jalali
    start, end = found.span
    assert text[start] not in (RLM, " "), found.span
    assert text[end - 1].isdigit(), found.span
    assert found.text == text[start:end]
    if clock is not None:
        assert _clock(found) == clock
    assert jm.parse_datetime(text).jalali_isoformat()[:10] == jalali


def test_gregorian_date_with_marks_and_weekday() -> None:
    """iLib's fa-IR «پنجشنبه، ۲۹/۹/۲۰۱۱» (RLMs before the slashes): the Gregorian 2011-09-29."""
    text = f"{RLM}پنجشنبه، ۲۹{RLM}/۹{RLM}/۲۰۱۱"
    assert jm.parse_datetime(text).gregorian == dt.date(2011, 9, 29)


def test_mark_between_digits_is_still_refused() -> None:
    """A mark inside a number (not beside the slash) still splits it: refused."""
    for text in (f"۱۴۰۲/۰۵/۱{RLM}۴", f"۱۴۰۲{RLM}/۰۵{RLM}/۱{RLM}۴"):
        assert jm.find_dates(text) == [], text
        with pytest.raises(jm.DateError):
            jm.parse_datetime(text)


def test_marked_separators_do_not_join_a_longer_run() -> None:
    """«1/1402/05/14» is four numbers, as «1/1402/05/14» is: no date."""
    assert jm.find_dates(f"1{RLM}/1402{RLM}/05{RLM}/14") == []
    assert jm.find_dates("1/1402/05/14") == []


def test_article_with_marked_slashes() -> None:
    """A date line «۲۱/۹/۱۴۰۲» publishes 1402-09-21."""
    article = jm.parse_article(_page(f"{RLM}۲۱{RLM}/۹{RLM}/۱۴۰۲"))
    assert article.published is not None
    assert article.published.jalali_isoformat()[:10] == "1402-09-21"


# 3. «Amo», the short Latin Amordad.


@pytest.mark.parametrize(
    ("text", "jalali"),
    [
        ("Mon 01 Amo 1200", "1200-05-01"),
        ("01 Amo 1400", "1400-05-01"),
        ("Amo 9, 1402", "1402-05-09"),
    ],
)
def test_amo_is_amordad(text: str, jalali: str) -> None:
    """«Amo» is month 5, as «Mor» and the whole «Amordad» are."""
    assert jm.parse_datetime(text).jalali_isoformat()[:10] == jalali
    assert [d.jalali_isoformat()[:10] for d in jm.find_dates(text)] == [jalali]
