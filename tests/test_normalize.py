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


def test_marks_inside_a_word_move_to_its_end() -> None:
    """Harakat and kashida inside a word move to its end as ZWNJs; length and word span kept."""
    text = "۷ مُرداد و اســفند"
    folded = normalize(text)
    assert folded == "7 مرداد\u200c و اسفند\u200c\u200c"
    assert len(text) == len(folded)


def test_direction_marks_stay_in_place() -> None:
    """RLM and ZWJ where a ZWNJ belongs stay where they are (as ZWNJs)."""
    assert normalize("سه\u200fشنبه") == "سه\u200cشنبه"


def test_only_three_letters_fold_to_ascii() -> None:
    """The regex module's case-insensitive match takes only İ, ſ and K for ASCII letters.

    The grammar's name lookup folds exactly these (İ->i, ſ->s, K->k); if a new regex
    release folds more, this test says so before a lookup can fail.
    """
    import regex

    letter = regex.compile(r"(?i:[a-z])", regex.VERSION0)
    found = {chr(c) for c in range(0x80, 0x30000) if letter.fullmatch(chr(c))}
    assert {"\u0130", "\u017f", "\u212a"} == found


def test_colon_look_alikes_fold_to_a_colon() -> None:
    """RATIO, the modifier-letter colons, SMALL COLON and the vertical colon fold to ':'."""
    expected = "16:42:05:30:00:01"
    assert expected == normalize("16\u223642\ua78905\u02f830\ufe5500\ufe1301")
