"""fix297: conformance's pending cases (conf30, conf31, conf32) and a zone after a time.

- Tajik three-letter Gregorian month abbreviations, as moment's `tg` locale (monthsShort
  «янв_фев_мар_апр_май_июн_июл_авг_сен_окт_ноя_дек», src/test/locale/tg.js:74-75) and iLib's
  tg-TJ medium dates (js/test/date/testdatefmt_tg_TJ.js:78, 222) print them.
- The two-word Levantine month names without the article («تشرين ثاني/نوفمبر»), as
  date-extractor's test prints them (date_extractor/tests/test.py:82-85).
- North America's generic zone names (ET, CT, MT, PT) after a time: not Tehran's time
  (date-extractor's `12/16/2010 9:09 AM ET`, test.py:88-89).
"""

from __future__ import annotations

import datetime as dt

import pytest

import jalali_meta as jm

_ABBREVIATIONS = [
    "янв",
    "фев",
    "мар",
    "апр",
    "май",
    "июн",
    "июл",
    "авг",
    "сен",
    "окт",
    "ноя",
    "дек",
]


@pytest.mark.parametrize(("month", "abbreviation"), list(enumerate(_ABBREVIATIONS, start=1)))
def test_tajik_abbreviated_month_is_read_in_any_case_with_or_without_a_dot(
    month: int, abbreviation: str
) -> None:
    """Each abbreviation names its Gregorian month, lower or upper case, with or without a dot."""
    for written in (abbreviation, abbreviation.upper(), abbreviation.capitalize() + "."):
        stamp = jm.parse_datetime(f"14 {written} 2010")
        assert stamp.calendar == "gregorian"
        assert stamp.gregorian == dt.date(2010, month, 14)


def test_peers_tajik_medium_dates() -> None:
    """moment's `lll` and iLib's medium date-time: the day and the printed clock."""
    assert jm.parse_datetime("14 фев 2010 15:25").gregorian.replace(tzinfo=None) == dt.datetime(
        2010, 2, 14, 15, 25
    )
    found = jm.find_dates("29 Сен 2011, 13:45")
    assert [ts.jalali_isoformat()[:16] for ts in found] == ["1390-07-07T13:45"]


def test_a_word_that_starts_like_an_abbreviation_is_no_month_neg() -> None:
    """«Сенат» (the Senate) starts with «Сен»; between a number and a year it names no month."""
    assert jm.find_dates("29 Сенат 2011") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("٢١ تشرين ثاني/نوفمبر ٢٠١٥", dt.date(2015, 11, 21)),
        ("3 تشرين أول/أكتوبر 2015", dt.date(2015, 10, 3)),
        ("3 كانون أول/ديسمبر 2015", dt.date(2015, 12, 3)),
        ("3 كانون ثاني/يناير 2016", dt.date(2016, 1, 3)),
    ],
)
def test_levantine_month_without_the_article_in_a_pair(text: str, day: dt.date) -> None:
    """The Levantine name without «ال», paired with the Egyptian one, is that Gregorian month."""
    found = jm.find_dates(f"\n        {text}\n        ")
    assert [ts.gregorian for ts in found] == [day]


def test_levantine_name_without_the_article_alone_is_not_read_neg() -> None:
    """As with the article: read only as a pair of the same month."""
    assert jm.find_dates("٢١ تشرين ثاني ٢٠١٥") == []


@pytest.mark.parametrize("zone", ["ET", "CT", "MT", "PT"])
def test_generic_north_american_zone_is_not_tehrans_time(zone: str) -> None:
    """find_dates no longer gives 09:09 Tehran's offset (it did, the zone outside the match)."""
    for stamp in jm.find_dates(f"12/16/2010 9:09 AM {zone}"):
        assert not isinstance(stamp.gregorian, dt.datetime)
    with pytest.raises(jm.DateError, match=zone):
        jm.parse_datetime(f"12/16/2010 9:09 AM {zone}")


def test_article_keeps_the_day_and_names_the_zone() -> None:
    """parse_article keeps the day alone and warns zone-unread (the day is sure)."""
    text = (
        "Council approves the new library budget\n"
        "12/16/2010 9:09 AM ET\n"
        "The city council voted on Thursday to fund two new branch libraries in the north.\n"
        "Members said the reading rooms would open next autumn once the roofs are finished.\n"
    )
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.gregorian == dt.date(2010, 12, 16)
    assert "zone-unread" in [w.code for w in article.warnings]


def test_a_longer_word_after_the_time_is_no_zone_neg() -> None:
    """«ETF» and a lower-case «et» are no zone: the time is read as before."""
    for tail in ("ETF", "et al"):
        found = jm.find_dates(f"12/16/2010 9:09 AM {tail}")
        assert [ts.isoformat() for ts in found] == ["2010-12-16T09:09:00+03:30"]
