"""fix158: a header clock spaced around its colon before a dash and the day, whose two
fields can both be hours («۰۴ : ۱۷ - ۰۶ بهمن ۱۳۹۶», real52's fifth page, the layout of
tests/pages/460), is read as printed with a ``time-order-uncertain`` warning: right-to-left
extraction prints such a clock minutes first on entekhab (460's «۴۰ : ۱۶» is 16:40), while
the same spaced shape is hours first elsewhere (parstdex's «13 : 31 - 1395 . 8 . 19»).
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

LEAD = (
    "\n\nشورای شهر در نشست امروز خود طرح تازه‌ای را برای نوسازی بافت فرسوده بررسی کرد و آن را "
    "برای رسیدگی بیشتر به کمیسیون عمران فرستاد.\n"
)
HEAD = "خبرگزاری نمونه\nکد خبر: ۱۰۷۶۳\nتاریخ انتشار: "


def _codes(article: jm.Article) -> list[str]:
    return [w.code for w in article.warnings]


@pytest.mark.parametrize(
    ("clock", "stamp"),
    [
        ("۰۴ : ۱۷ - ۰۶ بهمن ۱۳۹۶", "2018-01-26T04:17:00+03:30"),
        ("۱۷ : ۰۴ - ۰۶ بهمن ۱۳۹۶", "2018-01-26T17:04:00+03:30"),
        ("09 : 21 - 06 بهمن 1396", "2018-01-26T09:21:00+03:30"),
        ("۰۴ : ۱۷ – ۰۶ بهمن ۱۳۹۶", "2018-01-26T04:17:00+03:30"),
        ("۰۴\u00a0:\u00a0۱۷ - ۰۶ بهمن ۱۳۹۶", "2018-01-26T04:17:00+03:30"),  # no-break spaces
    ],
)
def test_spaced_clock_that_reads_both_ways_is_warned(clock: str, stamp: str) -> None:
    """Both fields are hours: kept as printed, and the reader is told it may be reversed."""
    article = jm.parse_article(HEAD + clock + LEAD)
    assert article.published is not None
    assert article.published.isoformat() == stamp
    assert "time-order-uncertain" in _codes(article)


def test_spaced_clock_warning_names_both_readings() -> None:
    article = jm.parse_article(HEAD + "۰۴ : ۱۷ - ۰۶ بهمن ۱۳۹۶" + LEAD)
    (warning,) = [w for w in article.warnings if w.code == "time-order-uncertain"]
    assert "04:17" in warning.message
    assert "17:04" in warning.message


@pytest.mark.parametrize(
    "clock",
    [
        "۱۷:۰۴ - ۰۶ بهمن ۱۳۹۶",  # unspaced: as printed, no warning
        "۱۶:۴۰ - ۳۰ شهریور ۱۳۹۷",
        "۰۴ : ۳۷ - ۰۶ بهمن ۱۳۹۶",  # 37 is no hour: only one reading
        "۱۷ : ۲۴ - ۰۶ بهمن ۱۳۹۶",  # 24 is no hour either (mut35): 17:24 only
        "۱۱ : ۱۱ - ۰۶ بهمن ۱۳۹۶",  # both readings the same time
        "۰۴ : ۱۷ : ۳۰ - ۰۶ بهمن ۱۳۹۶",  # seconds: not a swapped pair
        "۰۶ بهمن ۱۳۹۶ - ۱۷:۰۴",  # date first, unspaced
    ],
)
def test_spaced_clock_warning_neg(clock: str) -> None:
    article = jm.parse_article(HEAD + clock + LEAD)
    assert article.published is not None
    assert "time-order-uncertain" not in _codes(article)


def test_minutes_first_clock_stays_time_reversed_neg() -> None:
    """«۴۰ : ۱۶» has one reading (16:40): time-reversed, not time-order-uncertain."""
    article = jm.parse_article(HEAD + "۴۰ : ۱۶ - ۳۰ شهریور ۱۳۹۷" + LEAD)
    assert article.published is not None
    assert article.published.isoformat() == "2018-09-21T16:40:00+04:30"
    assert _codes(article).count("time-reversed") == 1
    assert "time-order-uncertain" not in _codes(article)
