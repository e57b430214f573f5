"""Property tests: invariants that hold for any input, checked on generated data."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.checks import strict_error_is_ours
from tests.strategies import Moment, header_like, rendered

import jalali_meta as jm
from jalali_meta.testing import normalize

# Bounded in CI; raise with JALALI_META_PROPERTY_EXAMPLES for a longer run.
EXAMPLES = int(os.environ.get("JALALI_META_PROPERTY_EXAMPLES", "300"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


# find_dates reads an all-digit date with this year or later as lunar, and parse_datetime
# refuses it (fix305; docs/formats.md).
LUNAR_LOOKALIKE_YEAR = 1420


@SETTINGS
@given(rendered())
def test_rendered_timestamp_parses_back(case: tuple[str, Moment]) -> None:
    """Any valid timestamp, printed in any layout, digits and letters, parses to what was printed;
    all digits with a year of 1420 or later (a lunar date of our time) is refused, naming both
    readings."""
    text, moment = case
    if moment.j.year >= LUNAR_LOOKALIKE_YEAR and not jm.find_dates(text):
        with pytest.raises(jm.DateError, match=r"find_dates\(text, hijri=True\)"):
            jm.parse_datetime(text)
        return
    stamp = jm.parse_datetime(text)
    assert stamp.isoformat() == moment.expected_iso()
    assert (stamp.jalali.year, stamp.jalali.month, stamp.jalali.day) == (
        moment.j.year,
        moment.j.month,
        moment.j.day,
    )


@SETTINGS
@given(rendered())
def test_rendered_timestamp_is_found_in_text(case: tuple[str, Moment]) -> None:
    """The same printed timestamp inside a sentence is found by find_dates with an exact span."""
    text, moment = case
    sentence = f"به گزارش خبرنگار ما، {text} جلسه برگزار شد."
    found = jm.find_dates(sentence)
    if not found and moment.j.year >= LUNAR_LOOKALIKE_YEAR:
        # All digits with a year only a lunar date of our time has (docs/formats.md): no
        # Jalali date, the printed day as an inferred HijriDate; a 31st is no lunar day
        # (lunar months have 29 or 30 days), so nothing at all.
        if moment.j.day > 30:
            assert jm.find_dates(sentence, hijri=True) == []
            return
        (lunar,) = jm.find_dates(sentence, hijri=True)
        assert isinstance(lunar, jm.HijriDate)
        assert (lunar.inferred, lunar.hijri_date) == (
            True,
            (moment.j.year, moment.j.month, moment.j.day),
        )
        return
    assert found, sentence
    assert found[0].isoformat() == moment.expected_iso()
    assert sentence[found[0].span[0] : found[0].span[1]] == found[0].text


@SETTINGS
@given(st.text())
def test_normalize_keeps_length_and_is_idempotent(text: str) -> None:
    """Normalising keeps every offset valid and a second pass changes nothing."""
    once = normalize(text)
    assert len(once) == len(text)
    assert normalize(once) == once


@SETTINGS
@given(st.one_of(st.text(), header_like))
def test_lenient_parse_never_raises(text: str) -> None:
    """parse_article on any text returns an Article in lenient mode."""
    article = jm.parse_article(text)
    assert isinstance(article, jm.Article)
    for stamp in (article.published, article.updated, *article.mentions):
        if stamp is not None:
            assert text[stamp.span[0] : stamp.span[1]] == stamp.text


@SETTINGS
@given(st.one_of(st.text(), header_like))
def test_strict_raises_only_our_errors(text: str) -> None:
    """In strict mode only JalaliMetaError subclasses escape, with a position inside the text."""
    strict_error_is_ours(text)


@SETTINGS
@given(st.one_of(st.text(), header_like))
def test_parse_datetime_raises_only_date_error(text: str) -> None:
    """parse_datetime returns a Timestamp or raises DateError, nothing else."""
    try:
        stamp = jm.parse_datetime(text)
    except jm.DateError:
        return
    assert text[stamp.span[0] : stamp.span[1]] == stamp.text


@SETTINGS
@given(st.one_of(st.text(), header_like))
def test_find_dates_spans_are_exact(text: str) -> None:
    """Every mention's text is text[span]."""
    for stamp in jm.find_dates(text):
        assert text[stamp.span[0] : stamp.span[1]] == stamp.text


@pytest.mark.parametrize("value", [b"\xd8\xb9", None, 12, ["text"]])
def test_parse_article_rejects_non_text(value: object) -> None:
    """Bytes, None and other non-str values are a TypeError that says what to pass."""
    with pytest.raises(TypeError, match="must be str"):
        jm.parse_article(value)  # type: ignore[arg-type]


def test_bytes_hint_names_decode_and_parse_html() -> None:
    """The bytes error suggests decoding or parse_html."""
    with pytest.raises(TypeError, match="parse_html"):
        jm.parse_article(b"abc")  # type: ignore[arg-type]
