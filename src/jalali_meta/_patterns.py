"""Compiled regular expressions: the date grammar (the header's patterns live in _header.py).

All patterns run on the normalised copy of the text (:func:`jalali_meta._normalize.normalize`):
ASCII digits, Persian letters, plain spaces, ZWNJ for every invisible mark. So
they match ``[0-9]``, never ``\\d``, and a gap inside a word is ``[ \\u200c]*``.

The date grammar is **one** pattern, ``DATETIME``, built from small named
pieces. Every order real sites print (weekday first, time first, year first,
month first; numeric or named months; Jalali or Gregorian) is an alternative of
that pattern, and the alternatives share group names (the ``regex`` module
allows repeated names), so :mod:`jalali_meta._grammar` reads any match the same
way. Every repetition is bounded or anchored by a literal, so no pattern
backtracks catastrophically (see tests/test_adversarial.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

import regex

from jalali_meta import _vocab as vocab

__all__ = [
    "DATETIME",
    "HIJRI_DATE",
    "TIME_LINE",
    "TWIN_JOINER",
    "YEAR_CORE",
    "any_case",
    "lazy",
    "words",
]

_FLAGS = regex.VERBOSE | regex.VERSION0


class _LazyPattern:
    """A pattern compiled on first use.

    Compiling the grammar takes tens of milliseconds; deferring it keeps
    ``import jalali_meta`` cheap for programs that import but never parse.
    Two threads racing on first use both compile and one result wins: harmless.
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: regex.Pattern[str] | None = None

    def __getattr__(self, name: str) -> object:
        # Called only for attributes not yet in the instance dict: compile, then keep the
        # bound method there so later calls (the hot path) cost a plain lookup.
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(*self._args)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value


def _lazy(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    return cast("regex.Pattern[str]", _LazyPattern(pattern, flags))


lazy = _lazy
"""Compile ``pattern`` on first use (for the header's patterns in :mod:`jalali_meta._header`)."""


def words(entries: Iterable[str]) -> str:
    """Return an alternation of vocabulary entries, longest first, spaces made flexible.

    A space inside an entry matches any run of spaces and ZWNJs, including none,
    so that ``سه شنبه``, ``سه‌شنبه`` and ``سهشنبه`` are one entry.
    """
    alternatives = []
    # Longest first, so «سه شنبه» wins over «شنبه»; ties by text, so the pattern (and so every
    # match) is the same in every process whatever its hash seed.
    for entry in sorted(set(entries), key=lambda entry: (-len(entry), entry)):
        parts = [regex.escape(part) for part in entry.split(" ")]
        alternatives.append(r"[\x20\u200c]*".join(parts))
    return "|".join(alternatives)


def any_case(entries: Iterable[str]) -> str:
    """Like :func:`words`, with Latin entries matched in any case and the others exactly.

    Case-insensitive matching costs much more on Persian letters, where it does nothing.
    """
    entries = list(entries)
    latin = [e for e in entries if e.isascii()]
    other = [e for e in entries if not e.isascii()]
    parts = [words(other)] if other else []
    if latin:
        parts.append(f"(?i:{words(latin)})")
    return "|".join(parts)


# Word boundaries for Arabic-script and Latin words: no letter or mark right before / after.
_BL = r"(?<![\p{L}\p{M}])"
_BR = r"(?![\p{L}\p{M}])"
# A gap: spaces and ZWNJs, possibly none.
_G = r"[\x20\u200c]*"

_WEEKDAY = rf"""
    {_BL}(?P<wd>{any_case(vocab.WEEKDAYS)}){_BR}        # a weekday, any spelling
    {_G}(?:[،,/\-]{_G})?                                # then nothing, a space, ، / or -
"""

_DAY = rf"""
    (?:
        (?<![0-9])(?P<d>[0-9]{{1,2}})(?![0-9])          # day in digits
        (?:{_G}(?:ام|م){_BR})?                          # ordinal suffix: 3ام, 3 ام
      | {_BL}(?P<dw>{words(vocab.ORDINAL_DAYS)}){_BR}   # ordinal day word: سوم, بیست و یکم
    )
"""

_MONTH = rf"""
    (?:
        {_BL}(?P<mj>{words(vocab.JALALI_MONTHS)})       # Jalali month name
        (?:{_G}ماه)?{_BR}                               # fused or spaced ماه: بهمن‌ماه
      | {_BL}(?P<mg>{words(vocab.GREGORIAN_MONTHS_FA)}){_BR}  # Gregorian month in Persian
      | {_BL}(?P<me>(?i:{words(vocab.ENGLISH_MONTHS)}))\.?{_BR}  # English month, maybe Jan.
    )
"""

_YEAR = r"(?<![0-9])(?P<y>[0-9]{4})(?![0-9])"

_ERA = rf"""
    (?:{_G}
        (?P<era>
            هجری{_G}(?:شمسی|خورشیدی)                    # هجری شمسی
          | ه{_G}\.?{_G}ش{_G}\.?                        # ه.ش / ه‍.ش
          | شمسی | خورشیدی
          | میلادی
          | م{_G}\.                                     # م. (needs the dot: م alone is a letter)
        ){_BR}
    )?
"""

# Between the parts of a named date: spaces, or one of / - . , ، with spaces.
_PART_SEP = rf"{_G}(?:[/\-.,،]{_G})?"

# Between month and year: the same, plus an optional «سال».
_YEAR_SEP = rf"{_PART_SEP}(?:سال{_G})?"

_NAMED_DMY = rf"{_DAY}{_PART_SEP}{_MONTH}{_YEAR_SEP}{_YEAR}{_ERA}"
_NAMED_MDY = rf"{_MONTH}{_G}{_DAY}{_G}[,،]?{_G}{_YEAR}{_ERA}"

_NUMERIC_YMD = r"""
    (?<![0-9])(?<![0-9][/\-.])
    (?P<y>[0-9]{4})\x20?(?P<s1>[/\-.])\x20?             # year, then a separator
    (?P<m>[0-9]{1,2})\x20?(?P=s1)\x20?                  # month, the same separator
    (?P<d>[0-9]{1,2})(?![0-9])(?![/\-.][0-9])           # day, not part of a longer run
"""
_NUMERIC_DMY = r"""
    (?<![0-9])(?<![0-9][/\-.:])
    (?P<d>[0-9]{1,2})\x20?(?P<s2>[/\-.])\x20?           # day, then a separator
    (?P<m>[0-9]{1,2})\x20?(?P=s2)\x20?                  # month, the same separator
    (?P<y>[0-9]{4})(?![0-9])(?![/\-.][0-9])             # year
"""

_DATE = rf"""
    (?:
        {_NUMERIC_YMD}{_ERA}
      | {_NUMERIC_DMY}{_ERA}
      | {_NAMED_DMY}
      | {_NAMED_MDY}
    )
"""

# Year first: «1401 دوشنبه 3 بهمن», «2023 Jan 23».
_YEAR_FIRST = rf"""
    {_YEAR}{_G}(?:[/\-.,،]{_G})?
    (?:{_WEEKDAY})?
    (?:{_DAY}{_PART_SEP}{_MONTH} | {_MONTH}{_G}{_DAY})
"""

_AMPM = rf"""
    (?P<ampm>
        ق{_G}\.?{_G}ظ\.? | ب{_G}\.?{_G}ظ\.?             # ق.ظ / ب.ظ
      | قبل{_G}از{_G}ظهر | بعد{_G}از{_G}ظهر | صبح | عصر | شب
      | (?i:[ap]\.?m\.?){_BR}                           # AM, pm, a.m.
    )
"""

_TIME = rf"""
    (?:ساعت{_G}:?{_G})?                                 # optional «ساعت»
    (?<![0-9:])(?P<H>[0-9]{{1,2}}):(?P<MI>[0-9]{{2}})    # hour and minute
    (?::(?P<SS>[0-9]{{2}}))?(?![0-9:])                   # optional seconds
    (?:{_G}{_AMPM})?
"""

# Between a date and the time after it: a separator, a place name or two, «ساعت».
_DATE_TIME_SEP = rf"""
    {_G}(?:[\-،,|/@]{_G})?
    (?:[\u0621-\u06cc]{{1,15}}\x20{{1,3}}){{0,2}}?     # a place name or two: «تهران», «و»
"""

# ISO 8601 as machines print it: 2023-01-23T09:15:00+03:30, ...Z, with fractions of a second.
_ISO = r"""
    (?<![0-9])(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})    # date
    T(?P<H>[0-9]{2}):(?P<MI>[0-9]{2})                          # T and time
    (?::(?P<SS>[0-9]{2})(?:\.[0-9]{1,9})?)?                    # seconds, fraction ignored
    (?P<tz>Z|z|[+\-][0-9]{2}:?[0-9]{2})?(?![0-9])              # offset, converted to Tehran
"""

# Between a leading time and the date: a separator only.
_TIME_DATE_SEP = rf"{_G}(?:[\-،,|/]{_G})?"

DATETIME = _lazy(
    rf"""
    (?:
        {_ISO}                                                 # ISO 8601 with T
      | {_TIME}{_TIME_DATE_SEP}(?:{_WEEKDAY})?{_DATE}          # time first
      | (?:{_WEEKDAY})?{_DATE}(?:{_DATE_TIME_SEP}{_TIME})?     # date first, time optional
      | {_YEAR_FIRST}(?:{_DATE_TIME_SEP}{_TIME})?              # year first
    )
    """,
    _FLAGS,
)

# A four-digit number in normalised text: every date has one.
YEAR_CORE = _lazy(r"(?<![0-9])[0-9]{4}(?![0-9])")

# Between a date and its twin in the other calendar on the same line.
TWIN_JOINER = _lazy(
    rf"""
    [\x20\u200c\-،,|/()]*                            # separators, brackets, spaces
    (?:(?:برابر|مطابق){_G}با[\x20\u200c:\-]*)?          # «برابر با», «مطابق با»
    """,
    _FLAGS,
)

# A time alone on its line («ساعت : ۱۶:۴۲»): header chrome, never a lead.
TIME_LINE = _lazy(rf"{_TIME}", _FLAGS)

# A lunar Hijri date or an Arabic weekday: the second calendar of a "today" widget.
HIJRI_DATE = _lazy(
    rf"""
    (?<![0-9])[0-9]{{1,2}}{_G}{_BL}(?:{words(vocab.HIJRI_MONTHS)}){_BR}{_G}[0-9]{{4}}  # 25 رجب 1445
    | {_BL}(?:{words(vocab.ARABIC_WEEKDAYS)}){_BR}                                # الأحد
    """,
    _FLAGS,
)
