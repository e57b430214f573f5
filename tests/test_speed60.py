"""speed60: two counter lines are asked of the line as written before its normalised copy.

A blog's month counter («۳ مطلب در اردیبهشت ۱۳۹۷ ثبت شده است», fix303) and its category
counter («۶ مطلب با موضوع «آموزش» ثبت شده است») open with their number. The rules looking
for them under a headline (or above the body) first ask whether the line's first character
folds to a digit (:data:`_normalize.DIGIT_SOURCES`), so the paragraphs under a headline are
no longer normalised for them. The test must let every digit through that the copy reads
as one: ASCII, Persian and Arabic-Indic digits.
"""

import sys
from pathlib import Path

import pytest

import jalali_meta as jm
from jalali_meta.testing import PREFILTERS

PAGES = Path(__file__).parent / "pages"

# The digits the counters are printed in: ASCII, Persian (extended Arabic-Indic), Arabic-Indic.
SCRIPTS = {"ascii": "0123456789", "persian": "۰۱۲۳۴۵۶۷۸۹", "arabic": "٠١٢٣٤٥٦٧٨٩"}


def _in_script(text: str, digits: str) -> str:
    """``text`` with every Persian digit printed in ``digits`` instead."""
    return text.translate(str.maketrans(SCRIPTS["persian"], digits))


def test_the_digit_pre_test_is_exact_over_the_bmp() -> None:
    """Every character of the BMP whose copy (alone, before a letter, before a mark) opens
    with an ASCII digit passes the pre-test, and a lone character passes it only then."""
    cheap, oracle = PREFILTERS["counter digit, as written"]
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        assert cheap(char) == oracle(char), hex(code)
        for text in (char + "a", char + "ب", char + "\u064e"):
            assert not oracle(text) or cheap(text), hex(code)
    for digits in SCRIPTS.values():
        assert all(cheap(digit + " مطلب") for digit in digits)
    # A mark opening the line stays where it is before a digit: the copy opens with no digit.
    assert not oracle("\u064e۳ مطلب")


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_month_counter_in_any_digits_makes_the_page_a_list(script: str) -> None:
    """tests/pages 2619 (a blog's month archive of three posts), its counter line printed in
    each script's digits: a list, no title, no date (fails if the pre-test drops a script)."""
    text = next(PAGES.glob("2619_*.txt")).read_text(encoding="utf-8")
    assert "۳ مطلب در اردیبهشت ۱۳۹۷ ثبت شده است" in text
    line = "۳ مطلب در اردیبهشت ۱۳۹۷ ثبت شده است"
    page = text.replace(line, _in_script(line, SCRIPTS[script]))
    article = jm.parse_article(page)
    assert article.title is None
    assert article.published is None


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_category_counter_in_any_digits_names_the_blog(script: str) -> None:
    """tests/pages 596 (a blog's category page), its counter printed in each script's
    digits: the blog's name printed twice above the counter is the title."""
    text = next(PAGES.glob("596_*.txt")).read_text(encoding="utf-8")
    line = "۶ مطلب با موضوع «آموزش» ثبت شده است"
    assert line in text
    page = text.replace(line, _in_script(line, SCRIPTS[script]))
    assert jm.parse_article(page).title == "مناهج"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
