"""fix243: a Latin month name is a whole word, never the tail of a longer Latin word joined
by an apostrophe or a hyphen (conf26's pending case, docs/conformance.md "Found by conf26").

The date line's layout is php-hijri's English ``isoFormat('LLLL')`` output
(Pharaonic/php-hijri tests/HijriTest.php:23,29, «Monday, Sha'aban 8, 1413 7:00 PM»), a
lunar date, whose «aban» main read as the Jalali Aban; the page's sentences are written
for these tests and the values changed.
"""

from __future__ import annotations

import jalali_meta as jm

_LEAD = (
    "Volunteers met in the courtyard of the old mosque to pack food parcels for the families "
    "of the quarter, and the organisers said the drive would go on for a whole week.\n"
)


def _page(date_line: str) -> str:
    return f"Charity drive opens in the old quarter\n{date_line}\n{_LEAD}"


def test_lunar_month_with_apostrophe_is_no_jalali_publication() -> None:
    """«Thursday, Sha'aban 14, 1445 9:30 PM» (lunar Sha'ban): no Jalali Aban is published."""
    article = jm.parse_article(_page("Thursday, Sha'aban 14, 1445 9:30 PM"))
    assert article.published is None


def test_lunar_month_with_curly_apostrophe_or_hyphen_finds_no_date() -> None:
    """The same lunar month with ’, ‘ or a hyphen: find_dates finds no Jalali date in it."""
    for month in ("Sha\u2019aban", "Sha\u2018aban", "Sha-aban", "Sha\u2010aban"):
        for hijri in (False, True):
            found = jm.find_dates(f"Thursday, {month} 14, 1445 9:30 PM", hijri=hijri)
            assert not [d for d in found if isinstance(d, jm.Timestamp)], (month, found)


def test_other_latin_jalali_names_inside_longer_words_find_no_date() -> None:
    """«Al-Mehr», «O'Dey», «Al-Tir»: a Jalali name after a word and a joiner is no month."""
    for text in ("Al-Mehr 8, 1402", "O'Dey 8, 1402", "Al-Tir 5, 1402", "mid-Mehr 8, 1402"):
        assert jm.find_dates(text) == [], text


def test_whole_latin_jalali_month_keeps_its_date_neg() -> None:
    """A Latin Jalali month as a whole word is still read: after a space, a quote, a bracket,
    a comma, or a day or year in digits joined by a hyphen."""
    cases = {
        "Sunday, Aban 14, 1402 9:30 PM": "1402-08-14",
        "'Aban 14, 1402'": "1402-08-14",
        "(Mehr 8, 1402)": "1402-07-08",
        "TEHRAN,Mehr 8, 1402": "1402-07-08",
        "8-Aban-1402": "1402-08-08",
        "1402-Aban-08": "1402-08-08",
        "report-Mehr-8-1402": "1402-07-08",  # an address's slug: the hyphen joins words
        "newsreader-may-8-2023": "1402-02-18",
    }
    for text, jalali in cases.items():
        found = jm.find_dates(text)
        assert [d.jalali_isoformat()[:10] for d in found] == [jalali], (text, found)


def test_whole_latin_jalali_month_page_keeps_its_publication_neg() -> None:
    """The same page with the Jalali «Aban 14, 1402 9:30 PM»: published as before."""
    article = jm.parse_article(_page("Sunday, Aban 14, 1402 9:30 PM"))
    assert article.published is not None
    assert article.published.jalali_isoformat()[:16] == "1402-08-14T21:30"
