"""The header memo: short lines without digits are classified once per process."""

from __future__ import annotations

import jalali_meta as jm
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
