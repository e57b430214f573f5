"""A one-for-one character mapping used to build the copy of the text that is matched.

Every character maps to exactly one character, so an offset in the normalised
copy is the same offset in the original: spans found by matching point straight
into the text as written, and records keep values as written.

One exception keeps names whole: inside a word, vowel marks (harakat), kashida and
soft hyphens are moved to the end of the word before folding («مُرداد» is matched
as «مرداد» and a ZWNJ). The word keeps its span, so every span that starts and ends
at a word boundary (every match of the grammar does) is still exact; only offsets
strictly inside such a word shift by the marks before them.

What is folded (see docs/formats.md, "Letters and digits"):

* Persian (U+06F0-U+06F9) and Arabic-Indic (U+0660-U+0669) digits to ASCII;
* Arabic yeh, alef maksura and kaf (ي ى ك) to Persian yeh and keheh (ی ک),
  heh with yeh above (ۀ) and teh marbuta (ة) to heh (ه);
* invisible joiners and direction marks (ZWJ, RLM, LRM, ALM, BOM, soft hyphen),
  tatweel, harakat and the hamza above (ٔ) to ZWNJ (U+200C), which the
  grammar treats as an optional break inside words;
* no-break, thin and other Unicode spaces, tabs and carriage returns to a space;
  the Unicode line and paragraph separators to a newline;
* dashes (‐ ‑ ‒ – — ― −) to ``-``, fullwidth and Arabic punctuation
  (：， ٫ ٬ ؛) and the colon look-alikes (∶ ꞉ ˸ ﹕ ︓) to their ASCII forms
  where the grammar needs them.
"""

from __future__ import annotations

import re

__all__ = [
    "DIGIT_VALUES",
    "FOLDED",
    "ZWNJ",
    "WORD_LETTERS",
    "normalize",
    "raw_spelling",
    "to_ascii_digits",
]

ZWNJ = "\u200c"


def _build_table() -> dict[int, int]:
    table: dict[int, int] = {}
    for zero in (0x06F0, 0x0660):  # Persian, Arabic-Indic
        for i in range(10):
            table[zero + i] = ord("0") + i
    letters = {
        "\u064a": "\u06cc",  # ARABIC LETTER YEH -> FARSI YEH
        "\u0649": "\u06cc",  # ALEF MAKSURA -> FARSI YEH
        "\u0643": "\u06a9",  # ARABIC LETTER KAF -> KEHEH
        "\u06c0": "\u0647",  # HEH WITH YEH ABOVE -> HEH
        "\u0629": "\u0647",  # TEH MARBUTA -> HEH
        "\u06d5": "\u0647",  # AE -> HEH
    }
    table.update({ord(k): ord(v) for k, v in letters.items()})
    invisible = [0x200B, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x00AD, 0x2060, 0x0640]
    invisible += list(range(0x064B, 0x0660))  # harakat, including hamza above U+0654
    invisible += [0x0670]  # superscript alef
    invisible += list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A))  # bidi embeddings
    table.update(dict.fromkeys(invisible, ord(ZWNJ)))
    spaces = [0x0009, 0x000B, 0x000C, 0x000D, 0x00A0, 0x1680, 0x202F, 0x205F, 0x3000]
    spaces += list(range(0x2000, 0x200B))
    table.update(dict.fromkeys(spaces, ord(" ")))
    table.update(dict.fromkeys([0x2028, 0x2029, 0x0085], ord("\n")))
    table.update(dict.fromkeys([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212], ord("-")))
    table.update(
        {
            0xFF1A: ord(":"),  # FULLWIDTH COLON
            # Colons by other names, which a time may be printed with («۱۶∶۴۲»).
            0x2236: ord(":"),  # RATIO
            0xA789: ord(":"),  # MODIFIER LETTER COLON
            0x02F8: ord(":"),  # MODIFIER LETTER RAISED COLON
            0xFE55: ord(":"),  # SMALL COLON
            0xFE13: ord(":"),  # PRESENTATION FORM FOR VERTICAL COLON
            0xFF0C: ord(","),  # FULLWIDTH COMMA
            0x066B: ord("."),  # ARABIC DECIMAL SEPARATOR
            0x066C: ord(","),  # ARABIC THOUSANDS SEPARATOR
            0x061B: ord(";"),  # ARABIC SEMICOLON
            0xFF5C: ord("|"),  # FULLWIDTH VERTICAL LINE
            0x2044: ord("/"),  # FRACTION SLASH
            0x2215: ord("/"),  # DIVISION SLASH
        }
    )
    return table


_TABLE = _build_table()
# Every character :func:`normalize` changes (marks, joiners, variant letters, digits of
# other scripts, spaces, dashes ...): any other character is its own fold.
FOLDED = frozenset(map(chr, _TABLE))
_DIGITS = {k: v for k, v in _TABLE.items() if ord("0") <= v <= ord("9")}
# :func:`to_ascii_digits`: a text with none of these digits of other scripts is returned as it
# is (twenty substring tests, each a fast scan in C; ``translate`` with the dict looks each
# character up and fails on nearly every one of a Persian line, about 700 instructions a
# character: +52K on the seed when fix277's `_heading_over_listed_item` read its headline
# once more), and in one with such a digit only the runs of those digits are translated,
# as :func:`_fold` translates the foldable runs (each of their characters found in the dict;
# no second table of every code point built at import) (speed54).
_OTHER_DIGITS = "".join(chr(c) for c in sorted(_DIGITS))
_OTHER_DIGIT_RUN = re.compile("[" + _OTHER_DIGITS + "]+")


def _ascii_digit_run(run: re.Match[str]) -> str:
    return run.group().translate(_DIGITS)


# Every digit the text may hold (ASCII, Persian, Arabic-Indic) and the ASCII digit it folds to.
DIGIT_VALUES = {**{d: d for d in "0123456789"}, **{chr(k): chr(v) for k, v in _DIGITS.items()}}
# The characters that fold to an ASCII digit (the keys of :data:`DIGIT_VALUES`). A text whose
# copy opens with an ASCII digit opens with one of these: :func:`normalize` keeps each
# character's place, and the marks it moves stay inside a word of letters. So a rule asking
# whether a line's copy opens with a digit can ask the line as written first, and make the
# copy only then (speed60).
DIGIT_SOURCES = frozenset(DIGIT_VALUES)
# str.translate is about three times faster with a list indexed by code point than with
# a dict, and a stdlib regex finds the runs that need folding faster still: most
# characters of Persian text map to themselves, so only those runs are translated.
_LIST_TABLE = list(range(0x10000))
for _code, _target in _TABLE.items():
    _LIST_TABLE[_code] = _target
_FOLDABLE = "[" + re.escape("".join(chr(c) for c in sorted(_TABLE))) + "]"
# Spelled «[set][set]*», not «[set]+»: a pattern that starts with a plain set lets the
# engine skip ahead with a set lookup per character, about twice as fast on Persian text.
_FOLDED_RUN = re.compile(_FOLDABLE + _FOLDABLE + "*")


def _fold(run: re.Match[str]) -> str:
    return run.group().translate(_LIST_TABLE)


# Each foldable character and its fold. No fold is itself foldable (checked here), so
# replacing each foldable character of a text by its fold, one character after another,
# gives what one translation of the text gives.
_FOLDS = {chr(code): chr(target) for code, target in _TABLE.items()}
assert not set(_FOLDS.values()) & set(_FOLDS)


def _fold_all(text: str) -> str:
    """``text`` with every foldable character folded: one ``replace`` per distinct foldable
    character found, instead of one call back per run of them (nearly one a word where a
    page prints the Arabic «ي» and «ك»)."""
    runs = _FOLDED_RUN.findall(text)
    if not runs:
        return text
    return _replace_each(text, set("".join(runs)))


def _replace_each(text: str, chars: set[str]) -> str:
    for char in chars:
        text = text.replace(char, _FOLDS[char])
    return text


# Marks that sit inside a word: tatweel (kashida), harakat, superscript alef, soft hyphen.
# (Direction marks and joiners are left in place: pages print them where a ZWNJ belongs.)
_MARKS = "\u0640\u064b-\u065f\u0670\u00ad"
# A word: Arabic-script letters and marks (no ZWNJ, no space, no digit).
_MARKED_WORD = re.compile(f"[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06fa-\u06ff{_MARKS}]+")
_MARK_CHARS = frozenset([0x0640, *range(0x064B, 0x0660), 0x0670, 0x00AD])
# The same marks as characters. Every mark is foldable (checked here), so a text whose
# foldable characters hold no mark holds no mark at all.
_MARK_SET = frozenset(map(chr, _MARK_CHARS))
assert _MARK_SET <= FOLDED


def _marks_last(word: re.Match[str]) -> str:
    text = word.group()
    letters = [ch for ch in text if ord(ch) not in _MARK_CHARS]
    if len(letters) == len(text):
        return text
    return "".join(letters) + "".join(ch for ch in text if ord(ch) in _MARK_CHARS)


def normalize(text: str) -> str:
    """Return the matching copy of ``text``: same length, letters, digits and marks folded.

    Args:
        text: Text as written.

    Returns:
        A string of the same length whose every character is the fold of the
        character at the same offset in ``text``.

    Example:
        >>> normalize("سه\u200cشنبه ۱۴۰۲/۰۶/۲۸\xa0ساعت ۱۶:۴۲")
        'سه\u200cشنبه 1402/06/28 ساعت 16:42'
        >>> normalize("يكشنبه") == "یکشنبه"
        True
        >>> normalize("۷ مُرداد") == "7 مرداد\u200c"
        True
    """
    # One scan finds the foldable characters; the marks are among them, so a text without
    # a foldable character (most short lines) or without a mark costs that scan alone.
    runs = _FOLDED_RUN.findall(text)
    if not runs:
        return text
    chars = set("".join(runs))
    if not _MARK_SET.isdisjoint(chars):
        # Moving marks to their word's end changes no character, only their order: the
        # foldable characters found are still the text's.
        text = _MARKED_WORD.sub(_marks_last, text)
    return _replace_each(text, chars)


# Letters of :data:`_MARKED_WORD` that fold to a letter: one of them right before a word's
# first letter means the two are one word, so no word starts there in the matching copy.
# (U+06FD and U+06FE, in the word class, are signs, not letters; the marks are left out.)
WORD_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06fa-\u06fc\u06ff"


def raw_spelling(word: str) -> str:
    """A stdlib pattern for the text as written wherever :func:`normalize` may give ``word``.

    Each letter becomes the class of the characters that fold to it, and the marks that
    :func:`normalize` moves to a word's end may stand between letters. For a word of
    letters (no space, digit or mark), wherever ``word`` stands in ``normalize(text)``,
    the pattern finds a match in ``text`` (a necessary condition: it may also match text
    whose copy does not hold ``word``, e.g. a letter and a mark across two words). So a
    line where it finds nothing need not be normalised to know that ``word`` is not in its
    copy. Proved over generated strings by tests/test_prefilters.py.

    Example:
        >>> import re
        >>> re.search(raw_spelling("کد"), "كُد") is not None
        True
    """
    parts = []
    for char in word:
        sources = sorted({char, *(chr(k) for k, v in _TABLE.items() if v == ord(char))})
        parts.append(
            "[" + re.escape("".join(sources)) + "]" if len(sources) > 1 else re.escape(char)
        )
    return f"[{_MARKS}]*".join(parts)


def to_ascii_digits(text: str) -> str:
    """Replace Persian and Arabic-Indic digits with ASCII ones, and nothing else.

    Example:
        >>> to_ascii_digits("N۱۲۳/٤")
        'N123/4'
    """
    for digit in _OTHER_DIGITS:  # a plain loop: no generator's frame
        if digit in text:
            return _OTHER_DIGIT_RUN.sub(_ascii_digit_run, text)
    return text
