"""fix297: conformance's pending case of conf32 and a zone after a time.

- The two-word Levantine month names without the article («تشرين ثاني/نوفمبر»), as
  date-extractor's test prints them (date_extractor/tests/test.py:82-85).
- North America's generic zone names (ET, CT, MT, PT) after a time: not Tehran's time
  (date-extractor's `12/16/2010 9:09 AM ET`, test.py:88-89).
"""

from __future__ import annotations

import datetime as dt

import pytest

import jalali_meta as jm


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
