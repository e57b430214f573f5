"""Lunar Hijri dates (issue #16): never read as Jalali; an article's field read from one is
the day by the arithmetical (tabular) Islamic calendar, date only, always warned."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from tests.checks import warning_code_list as _codes

import jalali_meta as jm

PAIRS = json.loads(
    (Path(__file__).with_name("data") / "hijri_pairs.json").read_text(encoding="utf-8")
)["pairs"]
TITLE = "نشست شورای شهر برگزار شد"
# How far a lunar date printed beside a solar one may be off (docs/calendar.md).
TOLERANCE_DAYS = 2
LEAD = "\nاین نشست با حضور همه اعضای شورا در ساختمان اصلی برگزار شد و تا عصر ادامه داشت.\n"


def _published(article: jm.Article) -> tuple[str, str] | None:
    stamp = article.published
    return None if stamp is None else (stamp.isoformat(), stamp.calendar)


# -- The conversion, against converters this project did not write -----------------------


@pytest.mark.parametrize("pair", PAIRS, ids=[p["hijri"] for p in PAIRS])
def test_conversion_is_the_tabular_calendar_and_near_umm_al_qura(pair: dict[str, str]) -> None:
    """An article's labelled lunar date («تاریخ انتشار: 1446/08/03 ه.ق») is the day of
    convertdate's arithmetical calendar on every day of tests/data/hijri_pairs.json, and
    within two days of hijridate's Umm al-Qura day (why every such value is warned)."""
    year, month, day = map(int, pair["hijri"].split("-"))
    article = jm.parse_article(f"{TITLE}\nتاریخ انتشار: {year}/{month:02d}/{day:02d} ه.ق{LEAD}")
    assert article.published is not None
    assert (article.published.isoformat(), _codes(article)) == (pair["tabular"], ["calendar-lunar"])
    if pair["umm_al_qura"] is not None:
        uq = dt.date.fromisoformat(pair["umm_al_qura"])
        assert abs((dt.date.fromisoformat(pair["tabular"]) - uq).days) <= TOLERANCE_DAYS


def test_pairs_file_is_a_real_sample() -> None:
    """The pairs cover 1343-1500 AH and include days where the two calendars differ."""
    years = {int(p["hijri"][:4]) for p in PAIRS}
    differ = [p for p in PAIRS if p["umm_al_qura"] not in (None, p["tabular"])]
    assert (min(years), max(years), len(PAIRS)) == (1343, 1500, 200)
    assert differ  # a test that compared two copies of one calendar would prove nothing


# -- find_dates: an all-digit lunar lookalike is no Jalali date --------------------------


@pytest.mark.parametrize("value", ["۱۴۴۶/۰۸/۰۳", "1446-08-03", "03/08/1446", "۱۴۲۰/۰۱/۰۱ ۱۰:۳۰"])
def test_find_dates_leaves_out_an_all_digit_date_with_a_lunar_year(value: str) -> None:
    """«۱۴۴۶/۰۸/۰۳» in running text was Jalali 1446 (2067) without a word; now no Timestamp,
    and with hijri=True the printed lunar day, marked inferred."""
    text = f"حکم به تاریخ {value} صادر شد."
    assert jm.find_dates(text) == []
    (found,) = jm.find_dates(text, hijri=True)
    assert isinstance(found, jm.HijriDate)
    assert (found.inferred, text[found.span[0] : found.span[1]]) == (True, found.text)
    assert jm.to_dict(found)["inferred"] is True


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("۱۴۱۹/۱۲/۲۹", "2041-03-19"),  # below the lookalike year: Jalali as printed
        ("۳ آبان ۱۴۴۶", "2067-10-25"),  # a Jalali month's name says the calendar
        ("1446/08/03 ه.ش", "2067-10-25"),  # so does a solar era word
        ("۱۴۰۳/۱۱/۱۴", "2025-02-02"),
    ],
)
def test_find_dates_keeps_solar_dates(value: str, iso: str) -> None:
    """Negative: the rule takes only all-digit dates with no era word and a year >= 1420."""
    assert [ts.isoformat() for ts in jm.find_dates(f"حکم به تاریخ {value} صادر شد.")] == [iso]


def test_marked_lunar_date_is_not_inferred() -> None:
    (found,) = jm.find_dates("۱۴۴۶/۰۸/۰۳ ه.ق", hijri=True)
    assert isinstance(found, jm.HijriDate)
    assert found.inferred is False
    assert "inferred" not in jm.to_dict(found)


def test_lunar_lookalike_in_the_body_is_no_mention() -> None:
    body = "حکم شماره ۱۲ به تاریخ ۱۴۴۶/۰۸/۰۳ و بخشنامه ۱۴۰۳/۱۱/۱۰ ابلاغ شد."
    article = jm.parse_article(f"{TITLE}\nتاریخ انتشار: ۱۴ بهمن ۱۴۰۳{LEAD}{body}\n")
    assert [m.text for m in article.mentions] == ["۱۴۰۳/۱۱/۱۰"]


@pytest.mark.parametrize(
    ("value", "hijri"),
    [
        ("۱۱ جمادی‌الآخر ۱۴۴۵", "1445-06-11"),
        ("۱۱ جمادی الاخری ۱۴۴۵", "1445-06-11"),
        ("۵ ذی‌قعده ۱۴۴۵", "1445-11-05"),
        ("۵ ذی حجه ۱۴۴۵", "1445-12-05"),
        ("۵ ذی‌الحجة ۱۴۴۵", "1445-12-05"),
        ("۵ ربیع‌الاوّل ۱۴۴۵", "1445-03-05"),
        ("۱۴۴۶/۰۸/۰۳ هـ ق", "1446-08-03"),
        ("1446/08/03 ق.", "1446-08-03"),
        ("۵ صفر ۱۴۴۵ قمری", "1445-02-05"),
    ],
)
def test_lunar_month_spellings_and_markers(value: str, hijri: str) -> None:
    (found,) = jm.find_dates(f"در {value} برگزار شد.", hijri=True)
    assert isinstance(found, jm.HijriDate)
    assert found.hijri_isoformat() == hijri


# -- An article's field from a lunar date ------------------------------------------------


@pytest.mark.parametrize(
    ("header", "iso"),
    [
        # 11 Jumada II 1445: tabular 2023-12-24 (Afghanistan's sighting made it 12-25, p. 582)
        ("تاریخ انتشار: ۱۱ جمادی‌الثانی ۱۴۴۵", "2023-12-24"),
        ("تاریخ: ۱۴۴۶/۰۸/۰۳ هـ.ق", "2025-02-02"),
        ("تاریخ انتشار: یکشنبه ۳ شعبان ۱۴۴۶ ساعت ۱۰:۳۰", "2025-02-02"),
        ("۳ شعبان ۱۴۴۶", "2025-02-02"),  # alone under the title
        ("۱۴۴۶/۰۸/۰۳ ه.ق", "2025-02-02"),
        ("(۳ شعبان المعظم ۱۴۴۶ قمری)", "2025-02-02"),
    ],
)
def test_marked_lunar_header_date_is_read_and_warned(header: str, iso: str) -> None:
    """A labelled lunar date, or one alone under the title: the day, date only, calendar
    "hijri", calendar-lunar (never silently a day off)."""
    article = jm.parse_article(f"{TITLE}\n{header}{LEAD}")
    assert (_published(article), _codes(article)) == ((iso, "hijri"), ["calendar-lunar"])


@pytest.mark.parametrize(
    "page",
    [
        # A "today" banner above the title, lunar alone or with its twins: chrome.
        f"۳ شعبان ۱۴۴۶\n{TITLE}",
        f"امروز: ۳ شعبان ۱۴۴۶\nاخبار\nورزش\n{TITLE}",
        f"یکشنبه ۱۴ بهمن ۱۴۰۳ - ۳ شعبان ۱۴۴۶ - 2 February 2025\nاخبار\nورزش\n{TITLE}",
        # Under the title but with other words: no date line.
        f"{TITLE}\nسالروز ولادت امام در ۳ شعبان ۱۴۴۶",
        # A labelled value that does not start with the lunar date.
        f"{TITLE}\nتاریخ انتشار: منبع ۳ شعبان ۱۴۴۶",
    ],
)
def test_lunar_dates_that_are_no_article_date(page: str) -> None:
    """Negative: a lunar date above the title, among other words, or after other text in a
    labelled value gives no published value."""
    assert jm.parse_article(page + LEAD).published is None


def test_lunar_twin_of_a_today_banner_never_beats_the_date_line() -> None:
    page = (
        f"یکشنبه ۱۴ بهمن ۱۴۰۳ - ۳ شعبان ۱۴۴۶\nاخبار\nورزش\n{TITLE}\n"
        f"تاریخ انتشار: ۱۲ بهمن ۱۴۰۳ - ۱۰:۲۰{LEAD}"
    )
    article = jm.parse_article(page)
    assert article.published is not None
    assert (article.published.isoformat(), article.published.calendar) == (
        "2025-01-31T10:20:00+03:30",
        "jalali",
    )


def test_a_solar_date_beside_the_lunar_one_wins() -> None:
    """«۱۴ بهمن ۱۴۰۳ (۳ شعبان ۱۴۴۶)»: the lunar date is the twin, no conversion."""
    article = jm.parse_article(f"{TITLE}\nتاریخ انتشار: ۱۴ بهمن ۱۴۰۳ (۳ شعبان ۱۴۴۶){LEAD}")
    assert (_published(article), _codes(article)) == (("2025-02-02", "jalali"), [])


def test_lunar_date_in_the_body_is_not_the_publication_date() -> None:
    """Page 582's shape: the meeting's lunar day inside the first sentence is an event's."""
    lead = "جلسه کابینه امروز دوشنبه (۱۱جمادی الثانی ۱۴۴۵ هـ ق/۴ جدی) به ریاست رئیس الوزراء برگزار گردید."
    assert jm.parse_article(f"{TITLE}\n\n{lead}\n").published is None
