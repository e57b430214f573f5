"""The silent values the thirty-fifth round of attacks found and fixed (docs/reliability.md,
"Attacks, thirty-fifth round").

1. A headline line that ends with control characters (a NUL or BEL pasted with the text) or
is wrapped in bidi embedding marks (U+202B ... U+202C, as a copy out of a right-to-left
formatted editor leaves it) gave a title carrying those characters, without a warning: only
spaces, separators, ZWNJ, RLM and LRM were trimmed off a title's ends. Every invisible format
or control character is now trimmed off both ends (never from inside the title).

The sentences are ours.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

HEADLINE = "شورای شهر بودجه سال آینده را بررسی کرد"
DATE = "۱۲ اسفند ۱۴۰۲"
BODY = (
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده و طرح‌های عمرانی نیمه‌تمام گفت‌وگو شد.\n\n"
    "رئیس شورا در پایان این نشست گفت که بررسی لایحه بودجه تا پایان ماه آینده ادامه خواهد "
    "داشت و نتیجه آن به اطلاع شهروندان خواهد رسید.\n"
)


def _title(headline_line: str) -> str | None:
    return jm.parse_article(f"{headline_line}\n\n{DATE}\n\n{BODY}").title


def test_control_characters_after_a_headline_are_not_the_titles() -> None:
    assert _title(f"{HEADLINE}\x00\x07") == HEADLINE
    assert _title(f"\x1b{HEADLINE}\x7f") == HEADLINE


def test_bidi_embedding_marks_around_a_headline_are_not_the_titles() -> None:
    assert _title(f"\u202b{HEADLINE}\u202c") == HEADLINE
    assert _title(f"\u2067{HEADLINE}\u2069") == HEADLINE
    assert _title(f"\ufeff\u061c{HEADLINE}\u200d") == HEADLINE
    quoted = f"وزیر نیرو: «{HEADLINE}»"
    assert _title(f"\u202b{quoted}\u202c") == quoted


def test_bidi_marks_around_an_h1_are_not_the_titles() -> None:
    page = (
        f'<html lang="fa"><head><meta charset="utf-8"></head><body><article>'
        f"<h1>\u202b{HEADLINE}\u202c</h1><p>{DATE}</p><p>{BODY}</p></article></body></html>"
    )
    assert jm.parse_html(page).title == HEADLINE


def test_marks_inside_a_headline_stay_neg() -> None:
    # Only the ends are trimmed: a mark between words is the headline's own, and a headline
    # ending «!» keeps it.
    inner = HEADLINE.replace(" ", " \u202b", 1)
    assert _title(inner) == inner
    assert _title(f"{HEADLINE}!") == f"{HEADLINE}!"


# 2. A page whose bytes are windows-1256 (an older Iranian site: Arabic yeh «ي», ASCII digits;
# the code page has no Persian yeh or digits) under a template that declares UTF-8 was read
# as UTF-8 with nearly every letter replaced: its title was U+FFFD garbage (warned only
# `encoding-replaced`) and its date was lost. Bytes declared UTF-8 that are not overwhelmingly
# UTF-8 are now read as an undeclared page's are: windows-1256, `charset-mismatch`.

HEADLINE_AR = HEADLINE.replace("ی", "ي")
BODY_AR = BODY.replace("ی", "ي")


def _page_1256(declared: str) -> bytes:
    return (
        f'<html lang="fa"><head><meta charset="{declared}"><title>{HEADLINE_AR}</title></head>'
        f"<body><article><h1>{HEADLINE_AR}</h1><p>12 اسفند 1402</p><p>{BODY_AR}</p>"
        "</article></body></html>"
    ).encode("cp1256")


def test_windows_1256_bytes_declared_utf8_are_read_as_windows_1256() -> None:
    record = jm.parse_html(_page_1256("utf-8"))
    assert record.title in (HEADLINE, HEADLINE_AR)
    assert record.published is not None
    assert str(record.published.gregorian)[:10] == "2024-03-02"
    codes = warning_codes(record)
    assert "charset-mismatch" in codes
    assert "encoding-replaced" not in codes
    text, notes = jm.decode_html(_page_1256("UTF-8"))
    assert HEADLINE_AR in text
    assert [note.code for note in notes] == ["charset-mismatch"]


def test_windows_1256_bytes_declared_utf8_in_strict_mode_are_a_conflict_of_charsets() -> None:
    # Strict mode refuses the page with the library's own error, naming the contradicted
    # declaration (before: «284 bytes could not be decoded as utf-8»).
    with pytest.raises(jm.ConflictError, match=r"^charset-mismatch") as caught:
        jm.parse_html(_page_1256("utf-8"), strict=True)
    assert (caught.value.line, caught.value.column) == (1, 1)


def test_a_stray_byte_in_a_utf8_page_stays_utf8_neg() -> None:
    page = (
        f'<html lang="fa"><head><meta charset="utf-8"></head><body><article>'
        f"<h1>{HEADLINE}</h1><p>{DATE}</p><p>{BODY}</p></article></body></html>"
    ).encode()
    record = jm.parse_html(page.replace(b"<p>", b"<p>\xff", 1))
    assert record.title == HEADLINE
    codes = warning_codes(record)
    assert "encoding-replaced" in codes
    assert "charset-mismatch" not in codes
    # An ASCII page with one stray byte is no windows-1256 page either.
    _text, notes = jm.decode_html(b'<meta charset="utf-8"><h1>News</h1>\xe9<p>text</p>')
    assert [note.code for note in notes] == ["encoding-replaced"]


# Mutation round 23 (benchmarks/hand_mutants_23.py): the edges of the windows-1256 reading.


def test_a_latin1_page_declared_utf8_stays_utf8_neg() -> None:
    # A French page's Latin-1 bytes under a UTF-8 declaration: read as windows-1256 its
    # capital «É» are Arabic letters («ة»), ten and more, but fewer than half its non-ASCII
    # characters (the small accented letters stay Latin there): no Arabic page, UTF-8 kept.
    words = "ÉCOLE ÉTÉ ÉGLISE ÉLÈVE ÉPOQUE " * 2
    sentence = "Les élèves étaient très fâchés, c'était l'été à côté de l'église, déjà prêt. " * 2
    page = f"<html><head><meta charset='utf-8'></head><body><p>{words}{sentence}</p></body></html>"
    _, notes = jm.decode_html(page.encode("latin-1"))
    assert [note.code for note in notes] == ["encoding-replaced"]


def test_ten_arabic_letters_are_enough_for_windows_1256() -> None:
    # «ايران تهران»: ten Arabic letters, the whole text of a short page's heading.
    page = "<html><head><meta charset='utf-8'></head><body><h1>ايران تهران</h1><p>2024</p></body></html>"
    text, notes = jm.decode_html(page.encode("cp1256"))
    assert "ايران تهران" in text
    assert [note.code for note in notes] == ["charset-mismatch"]
