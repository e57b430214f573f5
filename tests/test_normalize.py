"""The matching copy: one character for one, so offsets stay valid."""

from __future__ import annotations

import pytest

from jalali_meta.testing import normalize, to_ascii_digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۱۴۰۲/۰۶/۲۸", "1402/06/28"),
        ("١٤٠٢/٠٦/٢٨", "1402/06/28"),
        ("يكشنبه", "یکشنبه"),
        ("دى", "دی"),
        ("شناسهٔ خبر", "شناسه\u200c خبر"),
        ("سه\u200fشنبه", "سه\u200cشنبه"),
        ("a\xa0b\tc", "a b c"),
        ("ایرنا — ۱", "ایرنا - 1"),
    ],
)
def test_folds(text: str, expected: str) -> None:
    """Digits, Arabic letters, invisible marks, spaces and dashes fold to one form each."""
    assert normalize(text) == expected


def test_length_is_kept() -> None:
    """The copy has the same length as the text, so spans map one to one."""
    text = "سه‌شنبه ۲۸ شهريور ۱۴۰۲\xa0ساعت ١٦:٤٢ — ايرنا\u200f"
    assert len(normalize(text)) == len(text)


def test_idempotent() -> None:
    """Normalising twice changes nothing more."""
    text = "يكشنبه ٢٦ شهريور ۱۴۰۲ \u200f"
    assert normalize(normalize(text)) == normalize(text)


def test_to_ascii_digits_changes_only_digits() -> None:
    """IDs keep their letters and punctuation; only digits change."""
    assert to_ascii_digits("N۱۲۳/٤-يك") == "N123/4-يك"
