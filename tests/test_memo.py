"""The header memo: short lines without digits are classified once per process."""

from __future__ import annotations

import pytest

import jalali_meta as jm
from jalali_meta import testing
from jalali_meta.testing import clear_caches, memo_sizes

# A paragraph longer than a remembered line (MEMO_MAX_CHARS), with a sentence's end.
_PARAGRAPH = "وزیر ارتباطات در این دیدار بر گسترش همکاری‌های دو کشور در حوزه فناوری تاکید کرد."


def _remembered(text: str) -> int:
    clear_caches()
    jm.parse_article(text)
    return memo_sizes()["header lines"][0]


def test_short_plain_line_is_remembered() -> None:
    """A short headline of plain text (the quick verdict's case) is remembered like a label."""
    assert _remembered(f"افزایش همکاری ایران و روسیه\n\n{_PARAGRAPH}") == 1


def test_long_or_digit_lines_are_not_remembered() -> None:
    """A headline longer than a remembered line, and a line with a digit, are not."""
    long_title = "افزایش همکاری‌های دوجانبه ایران و روسیه در حوزه تحقیق و تولید محصول"
    assert _remembered(f"{long_title}\n\n{_PARAGRAPH}") == 0
    assert _remembered(f"افزایش ۲ برابری همکاری\n\n{_PARAGRAPH}") == 0


def test_date_answers_are_kept_for_one_parse_only() -> None:
    """speed42: the date grammar's answers are kept while one text is parsed, and none are
    left after it (lenient, or strict and raising), so a text parsed again costs what its
    first parse cost and the same dates read twice in a parse read the same."""
    dated = "تاریخ انتشار: ۳ بهمن ۱۴۰۱ - ۰۹:۱۵\nسه شنبه ۳ بهمن ۱۴۰۱"
    text = f"افزایش همکاری ایران و روسیه\n{dated}\n\n{_PARAGRAPH}"
    first = jm.to_dict(jm.parse_article(text))
    assert memo_sizes()["date grammar answers"][0] == 0
    assert jm.to_dict(jm.parse_article(text)) == first
    bad = "عنوان\nتاریخ انتشار: ۳۱ اسفند ۱۴۰۱\nمتن خبر."  # 1401 has no 31 Esfand
    with pytest.raises(jm.ParseError):
        jm.parse_article(bad, strict=True)
    assert memo_sizes()["date grammar answers"][0] == 0


def test_date_answers_of_a_parse_inside_a_parse() -> None:
    """speed42b: a parse begun while another is under way in the same thread keeps its own
    answers and, done (or raising), puts the outer parse's memo back as it was."""
    outer = testing.remember_date_answers()
    try:
        testing.search_date("published 1401/11/03 12:30")
        kept = testing.date_answers_kept()
        assert kept
        with pytest.raises(jm.ParseError):
            jm.parse_article("عنوان\nتاریخ انتشار: ۳۱ اسفند ۱۴۰۱\nمتن خبر.", strict=True)
        assert testing.date_answers_kept() == kept
        jm.parse_article("عنوان\nتاریخ انتشار: ۳ بهمن ۱۴۰۱\nمتن خبر.")
        assert testing.date_answers_kept() == kept
    finally:
        testing.forget_date_answers(outer)
    assert testing.date_answers_kept() == 0
