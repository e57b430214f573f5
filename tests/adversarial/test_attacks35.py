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
