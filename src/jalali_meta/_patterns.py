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
from jalali_meta._normalize import normalize

__all__ = [
    "DATETIME",
    "DATE_FIRST_WORDS",
    "HIJRI_DATE",
    "RELATIVE",
    "RELATIVE_FIRST_PART",
    "TIME_LINE",
    "TIME_TEXT",
    "TWIN_JOINER",
    "WEEKDAY_TEXT",
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


def _alternation(entries: Iterable[str], marks: bool) -> str:
    alternatives = []
    # Longest first, so «سه شنبه» wins over «شنبه»; ties by text, so the pattern (and so every
    # match) is the same in every process whatever its hash seed.
    for entry in sorted(set(entries), key=lambda entry: (-len(entry), entry)):
        parts = [
            "\u200c*".join(regex.escape(ch) for ch in part) if marks else regex.escape(part)
            for part in entry.split(" ")
        ]
        alternatives.append(r"[\x20\u200c]*".join(parts))
    return "|".join(alternatives)


def words(entries: Iterable[str], *, marks: bool = False) -> str:
    """Return an alternation of vocabulary entries, longest first, spaces made flexible.

    A space inside an entry matches any run of spaces and ZWNJs, including none,
    so that ``سه شنبه``, ``سه‌شنبه`` and ``سهشنبه`` are one entry.

    With ``marks``, ZWNJs are also allowed between letters. The date grammar does not
    need it: :func:`jalali_meta._normalize.normalize` moves harakat and kashida to the end
    of their word (``مُرداد`` is matched as ``مرداد``), and the engine's fast literal
    matching, which such a pattern defeats, stays on.
    """
    return _alternation(entries, marks=marks)


def any_case(entries: Iterable[str], *, marks: bool = False) -> str:
    """Like :func:`words`, with Latin entries matched in any case and the others exactly.

    Case-insensitive matching costs much more on Persian letters, where it does nothing.
    Three non-ASCII letters match ASCII ones this way (``İ`` i, ``ſ`` s, the Kelvin sign
    k): :func:`jalali_meta._grammar.squeeze` folds them the same way for the lookup.
    """
    entries = list(entries)
    latin = [e for e in entries if e.isascii()]
    other = [e for e in entries if not e.isascii()]
    parts = [words(other, marks=marks)] if other else []
    if latin:
        parts.append(latin_any_case(latin))
    return "|".join(parts)


_FOLDS_TO_ASCII = {"\u017f": "s", "\u0130": "i", "\u212a": "k"}


def latin_any_case(entries: Iterable[str]) -> str:
    """Latin entries in any case, behind a one-character test of their first letters.

    A case-insensitive alternation is tried entry by entry; the test makes it cost one
    character check wherever no entry can start (Persian text, digits).
    """
    entries = list(entries)
    firsts = {entry[0].lower() for entry in entries} | {entry[0].upper() for entry in entries}
    # The regex module's case folding also matches three non-ASCII letters to s, i and k.
    firsts |= {fold for fold, letter in _FOLDS_TO_ASCII.items() if letter in firsts}
    first_class = regex.escape("".join(sorted(firsts)))
    return f"(?=[{first_class}])(?i:{words(entries)})"


# Word boundaries for Arabic-script and Latin words: no letter or mark right before / after.
_BL = r"(?<![\p{L}\p{M}])"
_BR = r"(?![\p{L}\p{M}])"
# A gap: spaces and ZWNJs, possibly none.
_G = r"[\x20\u200c]*"

# A gap that never gives back what it took: two gaps in a row, or a gap before an optional
# part, cannot backtrack into each other (linear time on long runs of spaces).
_GP = r"[\x20\u200c]*+"

# A name keeps the ZWNJs right after it: where normalize moved a word's vowel marks, so
# the name's span covers the whole word as written («پنج‌شَنبه»).
_WEEKDAY_NAME = (
    rf"{_BL}(?P<wd>(?:{any_case(vocab.WEEKDAYS)}|{words(vocab.ARABIC_WEEKDAYS)}"
    rf"|{latin_any_case(vocab.TAJIK_WEEKDAYS)})\u200c*+){_BR}"
)

_WEEKDAY = rf"""
    (?=[(\u0600-\u06ffA-Za-z\u0130\u017f\u212a\u0400-\u04ff])  # a cheap first test
    (?:{_BL}روز{_BR}{_GP})?                               # optional «روز» before it
    (?:\({_GP}{_WEEKDAY_NAME}{_GP}\) | {_WEEKDAY_NAME})   # a weekday, any spelling, maybe (...)
    {_GP}(?:[،,/\-]{_GP})?                              # then nothing, a space, ، / or -
    (?:{_BL}د{_GP}(?=[0-9]))?                           # or Pashto «د» (of) before the year
"""

# A weekday after the date (or after its time): «۳ بهمن ۱۴۰۱ (دوشنبه)», «1401/11/03 دوشنبه».
_WEEKDAY_AFTER = rf"""
    (?=[\x20\u200c،,/\-|(]*+[(\u0600-\u06ffA-Za-z\u0130\u017f\u212a\u0400-\u04ff])  # cheap test
    (?:{_GP}(?:[،,/\-|]{_GP})?(?:\({_GP}{_WEEKDAY_NAME}{_GP}\) | {_WEEKDAY_NAME}))
"""

# A day in words is not followed by «می» or «مه»: «دوم می‌شود», «پنج مه» are words, not dates.
_NOT_MAY = rf"(?![\x20\u200c]*(?:[/\-.,،\\][\x20\u200c]*)?(?:می|مه){_BR})"

# An English ordinal's suffix glued to the day, agreeing with its last digit («1st», «21st»,
# «22nd», «23rd», «11th»-«13th», «20th»; never «22st» or «11st»), before no other letter.
_EN_ORDINAL = r"""
    (?:(?<=(?<!1)1)st | (?<=(?<!1)2)nd | (?<=(?<!1)3)rd | (?<=1[123])th | (?<=[04-9])th)
    (?![A-Za-z])
"""

_DAY = rf"""
    (?:
        (?<![0-9])(?P<d>[0-9]{{1,2}})(?![0-9])          # day in digits
        (?:(?:{_G}(?:ام|م)|-ام){_BR}                    # ordinal suffix: 3ام, 3 ام, 3-ام
          | {_EN_ORDINAL}                               # (date-fns-jalali), or English: 21st
          | -[уУюЮ][мМ][иИ]?{_BR})?                       # or Tajik: «16-уми апрели», «3-юми»
      | {_BL}(?P<dw>(?:(?P<do>{words(vocab.ORDINAL_DAYS)})  # سوم (an ordinal: group «do»)
          | {words(vocab.CARDINAL_DAYS)})\u200c*+){_BR}  # or a cardinal: سه
        {_NOT_MAY}                                      # «دوم می» is a verb more often than May
    )
"""

# Month names in Arabic script (Jalali, Gregorian in Persian and in Dari, lunar Hijri) in one
# alternation, and in Latin letters (English, Jalali) in another: one pass each, and the
# name's table (_grammar) says the calendar.
_MONTH_NAMES_FA = words(
    [
        *vocab.JALALI_MONTHS,
        *vocab.GREGORIAN_MONTHS_FA,
        *vocab.DARI_GREGORIAN_MONTHS,
        *vocab.HIJRI_MONTHS,
    ]
)
_MONTH_NAMES_LATIN = latin_any_case([*vocab.ENGLISH_MONTHS, *vocab.JALALI_MONTHS_LATIN])
# A name in Latin or Cyrillic letters is a whole word: not after a letter, nor after a letter
# and an apostrophe or a hyphen, which join two parts of one word (normalize folds every dash
# to «-»; ʼ and ʻ are letters, which _BL refuses already). So «Sha'aban 8, 1413», the lunar
# Sha'ban, holds no Jalali «aban», «Al-Mehr» no «Mehr», «O'Dey» no «Dey» (fix243). A hyphen
# before a name that goes on with a hyphen and a digit joins the words of an address's slug,
# not the parts of one word: «report-May-8-2023» keeps its date.
_APOSTROPHES = "'\u2018\u2019`\u00b4"
_NOT_JOINED = (
    rf"(?<![\p{{L}}\p{{M}}][{regex.escape(_APOSTROPHES)}])"
    r"(?:(?<![\p{L}\p{M}]-)|(?=[\p{L}\p{M}]++-[0-9]))"
)
# Cyrillic (Tajik sites), in any case as well, in the same group: «Сентябрь 22, 2020».
_MONTH_NAMES_CYRILLIC = latin_any_case([*vocab.CYRILLIC_MONTHS, *vocab.UZBEK_LATIN_MONTHS])


def _month_names_by_number() -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """The Afghan and the Iranian names of each Solar Hijri month, by the month's number."""
    afghan: dict[int, list[str]] = {}
    iranian: dict[int, list[str]] = {}
    for name, number in vocab.AFGHAN_MONTHS.items():
        afghan.setdefault(number, []).append(name)
    for name, number in vocab.JALALI_MONTHS.items():
        iranian.setdefault(number, []).append(name)
    return afghan, iranian


_MONTH_NAMES_BY_NUMBER = _month_names_by_number()


def _afghan_months_with_twin() -> str:
    """The Afghan zodiac months, each maybe followed by the same month's Iranian name in
    brackets («ثور (اردیبهشت)», as Afghan sites print for both readerships) or after a bar
    or a slash («سرطان|تیر», «حوت/اسفند»: salamwatandar.com's dates, real65 #27): one branch
    a month, so a twin of another month («ثور (خرداد)», «سرطان|مرداد») matches no date."""
    afghan, iranian = _MONTH_NAMES_BY_NUMBER
    return "|".join(
        rf"(?P<ma>(?:{words(afghan[number])})\u200c*+)(?:{_G}ماه)?{_BR}"
        rf"(?:{_G}\({_G}(?:{words(iranian[number])})\u200c*+(?:{_G}ماه)?{_G}\)"
        rf"|{_G}[|/]{_G}(?:{words(iranian[number])})\u200c*+(?:{_G}ماه)?{_BR})?"
        for number in sorted(afghan)
    )


def _iranian_months_with_twin() -> str:
    """The Iranian months, each followed by the same month's Afghan name in brackets
    («بهمن(دلو)», «بهمن (دلو)», as Dari sites print for both readerships): one branch a
    month, so a twin of another month («بهمن(حوت)») matches no date at all."""
    afghan, iranian = _MONTH_NAMES_BY_NUMBER
    return "|".join(
        rf"(?P<mj>(?:{words(iranian[number])})\u200c*+)(?:{_G}ماه)?"
        rf"{_G}\({_G}(?:{words(afghan[number])})\u200c*+{_G}\)"
        for number in sorted(iranian)
    )


def _arabic_month_pairs() -> str:
    """The Levantine and Egyptian names of one Gregorian month joined by a slash, either
    first («أیلول/سبتمبر»), or the second in brackets after the first («کانون أول
    (دیسمبر)», as Levantine papers print it: fix310): one branch a month, so a pair of two
    months matches nothing."""
    branches = []
    for levantine, egyptian in vocab.ARABIC_MONTH_PAIRS:
        first, second = words(levantine), words(egyptian)
        branches.append(rf"(?:{first}){_G}/{_G}(?:{second})|(?:{second}){_G}/{_G}(?:{first})")
        branches.append(
            rf"(?:{first}){_G}\({_G}(?:{second}){_G}\)|(?:{second}){_G}\({_G}(?:{first}){_G}\)"
        )
    return "|".join(branches)


_MONTH = rf"""
    (?:
        {_BL}(?P<mj>{_arabic_month_pairs()}){_BR}       # أیلول/سبتمبر (Arabic pages)
      | {_BL}(?:{_iranian_months_with_twin()})         # بهمن(دلو): its Afghan twin
      | {_BL}(?P<mj>(?:{_MONTH_NAMES_FA})\u200c*+)       # a month name in Arabic script
        (?:{_G}ماه)?{_BR}                               # fused or spaced ماه: بهمن‌ماه
      | {_BL}{_NOT_JOINED}                              # Latin (Jan.), Cyrillic, a whole word
        (?P<me>{_MONTH_NAMES_LATIN}|{_MONTH_NAMES_CYRILLIC})\.?{_BR}
      | (?(d)                                           # after a day in digits only:
        (?:{_BL}(?:{_afghan_months_with_twin()})        # Afghan zodiac (its Iranian twin)
        (?={_G}(?:[/\-.,،\\]{_G})?(?:سال{_G})?[0-9])  # and digits after («میزان», «اسد»),
        | {_BL}(?P<mj>{words(vocab.JALALI_MONTHS_SHORT)}){_BR}  # or a month cut short («اسف»)
        (?={_G}(?:[/\-.,،\\]{_G})?[0-9]{{4}}(?![0-9])))  # before a four-digit year
        |(?!))
      | (?(do)                                          # after an ordinal word day only:
        {_BL}(?:{_afghan_months_with_twin()})           # an Afghan zodiac month before a
        (?={_G}(?:[/\-.,،\\]{_G})?(?:سال{_G})?[0-9]{{4}}(?![0-9]))  # four-digit year
        |(?!))                                          # («دوازدهم عقرب 1391», fix295)
    )
"""

_YEAR = r"(?<![0-9])(?P<y>[0-9]{4})(?![0-9])"

_ERA = rf"""
    (?:(?=[\x20\u200c]*+[همشخقلءгм]){_GP}              # a cheap first test, then
        (?P<era>
            г(?:ода|\.)                                 # Russian «year»: 2018 г., 2018 года
          | мелодӣ                                      # Tajik «Gregorian» (fix278)
          | هجری{_G}(?:شمسی|خورشیدی)                    # هجری شمسی
          | ء                                           # Urdu's year mark: ۲۰۲۳ء (Gregorian)
          | لمریز{_G}کال                                # Pashto «solar year»: ۱۴۰۳ لمریزکال
          | ل(?![\x20\u200c]*[\p{{L}}\p{{M}}])             # its mark alone: ۱۴۰۰ل (nunn.asia)
          | ه{_G}\.?{_G}ش{_G}\.?                        # ه.ش / ه‍.ش
          | شمسی | خورشیدی
          | میلادی
          | م{_G}\.                                     # م. (needs the dot: م alone is a letter)
          | هجری{_G}قمری | قمری                         # lunar Hijri
          | ه{_G}\.?{_G}ق\.?                            # ه.ق
          | ه\u200c*                                    # هـ (the kashida is a ZWNJ once normalised)
          | ق(?!{_G}\.?{_G}ظ)\.?                        # ق alone, not ق.ظ (before noon)
        ){_BR}
    )?
"""

# Between the parts of a named date: spaces, or one of / - . , ، \ with spaces.
_PART_SEP = rf"{_GP}(?:[/\-.,،\\]{_GP})?"

# Between month and year: the same, plus an optional «سال», or its Tajik twin «соли» («27
# июли соли 2019», roghun.tj; «санаи 5 марти соли 2020», Tajik official notices).
_YEAR_SEP = rf"{_PART_SEP}(?:(?:سال|[Сс]оли){_GP})?"

# What makes a date or a time a range, never one value: «۲۸ تا ۲۹ شهریور ۱۴۰۲», «۲۸ و ۲۹»,
# «۲۸-۲۹», «۲۸ شهریور تا ۲ مهر ۱۴۰۲»; «۱۰:۰۰ تا ۱۱:۰۰», «ساعت ۱۰ تا ۱۲», «۱۰:۰۰ - ۱۱:۰۰».
# The grammar matches it (group «rg») so that _dates refuses the date instead of reading one
# end of the range as if it were all (one day or one time silently dropped).
_UNTIL = "تا|الی|لغایت"  # «until», in running text and in official notices
_RANGE_WORD = rf"(?:{_BL}(?:{_UNTIL}){_BR}|-)"
_DAY_RANGE_FIRST = rf"""
    (?<![0-9])(?<![0-9][/\-.:\\])
    (?P<rg>
        (?:
            [0-9]{{1,2}}(?:{_G}(?:ام|م){_BR})?           # the first day
            (?:
                {_PART_SEP}{_BL}(?:{_MONTH_NAMES_FA})\u200c*+(?:{_G}ماه)?{_BR}  # its month,
                {_GP}(?:{_RANGE_WORD}|{_BL}و{_BR}){_GP}  # then تا, الی, لغایت, و or -
              | {_GP}{_BL}(?:{_UNTIL}|و){_BR}{_GP}       # or a word: تا, الی, لغایت, و
              | -                                       # or a dash, no space («شماره ۱۲ - ۲ مهر»)
            )
          | {_BL}(?:{words([*vocab.ORDINAL_DAYS, *vocab.CARDINAL_DAYS])})\u200c*+{_BR}  # «اول تا
            (?:{_PART_SEP}{_BL}(?:{_MONTH_NAMES_FA})\u200c*+(?:{_G}ماه)?{_BR})?      # سوم مهر»
            {_GP}{_BL}(?:{_UNTIL}){_BR}{_GP}
        )
    )
    (?=[0-9\u0621-\u06cc])
"""
# A second year after a named date's year: «۲۸ شهریور ۱۴۰۱-۱۴۰۲», «... ۱۴۰۱ تا ۱۴۰۲» (a range);
# not a year a month's name follows: that opens the date's twin, year first
# («شنبه ۱۹ تير ۱۴۰۰-1400 April 19»: read by the twin's rules, which warn when it disagrees).
_YEAR_RANGE_END = rf"""
    (?P<rg>(?:[\-/]|{_GP}{_BL}(?:{_UNTIL}){_BR}{_GP})(?<![0-9])[0-9]{{4}}(?![0-9]|[/\-.\\][0-9])
        (?!{_GP}{_BL}(?:{_MONTH_NAMES_LATIN}|{_MONTH_NAMES_FA}){_BR}))
"""
# Around a lunar month's name only, Arabic's «شهر»/«من شهر» before it and «عام»/«من عام»
# before the year: «26 من شهر محرم من عام 1443» (vocab.HIJRI_MONTH_FILLERS). The month's
# filler looks ahead to a lunar name; the year's looks back to one (a Jalali or Gregorian
# month with these words is no date), and is tried only when the plain separator fails.
_HIJRI_NAMES = words(vocab.HIJRI_MONTHS)
_HIJRI_MONTH_FILLER = (
    rf"(?:{_BL}(?:{words(vocab.HIJRI_MONTH_FILLERS)}){_BR}{_GP}(?={_BL}(?:{_HIJRI_NAMES}){_BR}))?"
)
_HIJRI_YEAR_SEP = (
    rf"(?<=(?:{_HIJRI_NAMES})\u200c*){_GP}{_BL}(?:{words(vocab.HIJRI_YEAR_FILLERS)}){_BR}{_GP}"
)
_NAMED_DMY = rf"""
    (?:{_DAY_RANGE_FIRST})?{_DAY}{_PART_SEP}{_HIJRI_MONTH_FILLER}{_MONTH}
    (?:{_YEAR_SEP}|{_HIJRI_YEAR_SEP}){_YEAR}(?:{_YEAR_RANGE_END})?{_ERA}
"""
_NAMED_MDY = rf"{_MONTH}{_GP}{_DAY}{_GP}[,،]?{_GP}{_YEAR}{_ERA}"
# An English date run into the words around it by a page's text extraction, «Bawar Media
# CenterMay 22, 2021143» (an author's name, the day, a view count; bawar.af, real80 #15;
# fix292): the month's capital right after a small letter (the words' seam), or a count run
# after the year, or a letter of the Arabic script right before the month's capital («خبرنگار
# هراتDec 9, 2023217»: a name in Persian letters, the day, a count; attacks82, fix302). Only
# the whole «Month D, YYYY» shape with its comma, the year a Gregorian
# one of the web (19xx, 20xx) whose four digits open the run: no year has more digits, so
# the digits after it are another number's, never the year's.
_ENGLISH_MONTH_NAMES = latin_any_case(vocab.ENGLISH_MONTHS)
_GLUED_MDY = rf"""
    (?:(?<=[a-z])(?=[A-Z])|(?<=\p{{L}})(?<=\p{{Arabic}})(?=[A-Z])|{_BL}{_NOT_JOINED})(?P<me>{_ENGLISH_MONTH_NAMES})\.?{_BR}
    {_GP}(?<![0-9])(?P<d>[0-9]{{1,2}})(?![0-9]){_GP},{_GP}
    (?<![0-9])(?P<y>(?:19|20)[0-9]{{2}})(?=[0-9]{{0,9}}(?![0-9]))
"""
# An Afghan zodiac month first, as Pars Today Dari prints it: «حمل 01, 1403», and Pashto agencies
# after «د» (of): «(یکشنبې، د لړم ۲۸، ۱۴۰۲)», or with a dash: «(سلواغې ۲۷– ۱۴۰۳ لمريزکال)»
# (kabultelegraph.com). These names are common words too («حمل» carrying, «میزان» amount),
# so only with a day in digits and a comma or a dash before a four-digit year.
_AFGHAN_MDY = rf"""
    (?:{_BL}د{_BR}{_GP})?                               # Pashto «د» (of): «د لړم ۲۸، ۱۴۰۲»
    {_BL}(?P<ma>(?:{words(vocab.AFGHAN_MONTHS)})\u200c*+)(?:{_G}ماه)?{_BR}{_GP}
    (?<![0-9])(?P<d>[0-9]{{1,2}})(?![0-9]){_GP}[,،\-]{_GP}{_YEAR}(?![/\-.\\]?[0-9]){_ERA}
"""
# A month's name first, then its day and year, all joined by hyphens with no space:
# «فروردین-01-1390» (parsidate's «%B-%d-%Y»), «Oct-23-2014» (d3's «%b-%d-%Y»). It is the
# month-first order of the hyphen layouts the grammar reads in the other two orders
# («9-تیر-1390», «1400-دی-10»), and reads the Afghan zodiac months the same way («حمل-01-1403»:
# as between two dashes year first, the names are words too, so only with both hyphens). Both
# hyphens, a day in digits and a four-digit year with no further number after it: a month and
# a year («آبان-1402»), a month and a day («مهر-12»), a spaced hyphen («مهر - 12 - 1399») and a
# year range («مهر-12-1399-1400») are not this layout, nor a month glued after a number and a
# separator («1399-مهر-12-1400», where no order is sure).
_NAMED_MDY_HYPHENS = rf"""
    (?<![0-9][/\-.\\])                                 # no number glued before the month
    (?:{_MONTH} | {_BL}(?P<ma>(?:{words(vocab.AFGHAN_MONTHS)})\u200c*+){_BR})  # the month's name,
    -(?P<d>[0-9]{{1,2}})-{_YEAR}                        # -day-year, no space
    (?![/\-.\\]?[0-9]){_ERA}                            # and no number glued after the year
"""

# Beside a numeric date's separator: a space, an invisible mark (a ZWNJ once normalised: iLib
# prints «۲۱/۹/۱۳۹۲» with an RLM, U+200F, before each slash in its fa-IR webOS strings), either
# or both.
_SEP_GAP = r"(?:\x20?\u200c?|\u200c\x20)"
_NUMERIC_YMD = rf"""
    (?<![0-9])(?<![0-9]\u200c?[/\-.\\]\u200c?)
    (?P<y>[0-9]{{4}}){_SEP_GAP}(?P<s1>[/\-.\\]){_SEP_GAP}  # year, then a separator
    (?P<m>[0-9]{{1,2}}){_SEP_GAP}(?P=s1){_SEP_GAP}         # month, the same separator
    (?P<d>[0-9]{{1,2}})(?![0-9])                          # day, not part of a longer run
    (?!\u200c?[/.\\]\u200c?[0-9]|\u200c?-(?![0-9]{{1,2}}:[0-9]{{2}})[0-9])  # (a hyphen and a clock:
"""  # its time, «۱۴۰۱/۰۴/۱۷-۰۷:۱۰:۵۲», balviz.ir)
_NUMERIC_DMY = rf"""
    (?<![0-9])(?<![0-9]\u200c?[/\-.:\\]\u200c?)
    (?P<d>[0-9]{{1,2}}){_SEP_GAP}(?P<s2>[/\-.\\]){_SEP_GAP}  # day, then a separator
    (?P<m>[0-9]{{1,2}}){_SEP_GAP}(?P=s2){_SEP_GAP}         # month, the same separator
    (?P<y>[0-9]{{4}})(?![0-9])                            # year (a hyphen and a clock:
    (?!\u200c?[/.\\]\u200c?[0-9]|\u200c?-(?![0-9]{{1,2}}:[0-9]{{2}})[0-9])  # its time, as
"""  # year first)

_DATE = rf"""
    (?:
        {_NUMERIC_YMD}{_ERA}
      | {_NUMERIC_DMY}{_ERA}
      | {_NAMED_DMY}
      | {_NAMED_MDY}
      | {_GLUED_MDY}
      | {_NAMED_MDY_HYPHENS}
      | {_AFGHAN_MDY}
    )
"""

# Pashto prints a date year first as a phrase: the year, «کال» (year; «لمریز کال» solar year),
# «د» (of) and the month in its oblique form, then the day, perhaps after «په» (on) and with
# the ordinal «مه»/«مې»: «۱۳۹۷ کال د مرغومې ۲۳» (old.moj.gov.af), «۱۳۹۹ کال د غويي ۰۳»
# (pa.azadiradio.com), «د ۱۳۹۷ لمريز كال د چنګاښ په ۱۶مه», «د ۱۳۹۷ كال د چنګاښ ۱۶مه نېټه»
# (tkg.af), «... لمریز کال د لیندۍ د ۱۳ نېټې» (sporghay.com). The words «کال د» make the
# zodiac names (also common words) a month; a day in words («له شپږمې») is not read.
_PASHTO_YEAR_FIRST = rf"""
    {_YEAR}{_GP}(?:{_BL}لمریز{_G})?{_BL}کال{_BR}{_GP}{_BL}د{_BR}{_GP}
    {_BL}(?P<ma>(?:{words(vocab.AFGHAN_MONTHS)})\u200c*+){_BR}{_GP}
    (?:{_BL}(?:په|د){_BR}{_GP})?
    (?<![0-9])(?P<d>[0-9]{{1,2}})(?![0-9])(?:{_G}(?:مه|مې|م){_BR})?
    (?![/\-.\\:]?[0-9])
"""

# Year first: «1401 دوشنبه 3 بهمن», «2023 Jan 23», «۱۴۰۱-مهر-۰۹», «1399/آذر/21», an Afghan
# month after an Arabic comma (Intl's fa-AF order, afghan-date-localizer's «۱۴۰۴، عقرب ۱۸»);
# the Pashto «د» (of) before the month («2021 د سېپتمبر 29» after a right-to-left mark U+200F,
# CLDR ps's full date as iLib prints it).
_YEAR_FIRST = rf"""
    (?:
        {_YEAR}{_GP}(?:[/\-.,،\\]{_GP})?
        (?:{_WEEKDAY})?
        (?:{_DAY}{_PART_SEP}{_MONTH}
          | (?:{_BL}د{_GP}(?=[\p{{L}}]))?                  # Pashto «د» (of) before the month
            {_MONTH}{_PART_SEP}{_DAY}(?![/\-.\\]?[0-9]))
      | {_YEAR}{_G}(?P<sa>[/\-]){_G}                   # an Afghan zodiac month between two
        {_BL}(?P<ma>(?:{words(vocab.AFGHAN_MONTHS)})\u200c*+){_BR}  # slashes or dashes
        {_G}(?P=sa){_G}                                 # (Taand: «۱۳۹۷/چنګاښ/۱۷»; these names
        (?<![0-9])(?P<d>[0-9]{{1,2}})(?![0-9])(?![/\-.\\]?[0-9])  # are words too, so only so)
      | {_PASHTO_YEAR_FIRST}
      | {_YEAR}{_G}،{_GP}                              # an Afghan month after the year and an
        {_BL}(?P<ma>(?:{words(vocab.AFGHAN_MONTHS)})\u200c*+){_BR}{_GP}  # Arabic comma, the
        (?<![0-9])(?P<d>[0-9]{{1,2}})(?![0-9])(?![/\-.\\:]?[0-9])  # day last: «۱۴۰۴، عقرب ۱۸»
        (?!{_GP}[\p{{L}}])         # and no word right after it: the month names are words
        # too («۱۴۰۲، سرطان ۳ هزار نفر», cancer, three thousand people, is a count)
      | (?<![0-9])(?P<y>1[34][0-9]{{2}})(?![0-9]){_GP}   # a solar year (13xx, 14xx: never a
        {_BL}د{_BR}{_GP}                                # Gregorian one), Pashto «د» (of:
        {_BL}(?P<ma>(?:{words(vocab.AFGHAN_MONTHS)})\u200c*+){_BR}{_GP}  # it makes the zodiac
        (?<![0-9])(?P<d>[0-9]{{1,2}})(?![0-9])(?![/\-.\\:]?[0-9])  # name a month), the day
        (?!{_GP}[\p{{L}}])         # last, no word after it: «۱۴۰۲ د قوس ۱۸، شنبه» (fix293)
    )
"""

# The two-letter marks of vocab.DOTTED_MERIDIEM, a dot between the letters («غ.و.», «د.ن»).
_DOTTED_MERIDIEM = "|".join(rf"{key[0]}{_G}\.{_G}{key[1]}" for key in vocab.DOTTED_MERIDIEM)

# 12-hour markers and day-part words; _dates turns each into a rule for the hour.
_AMPM = rf"""
    (?P<ampm>
        ق{_G}\.?{_G}ظ\.? | ب{_G}\.?{_G}ظ\.?             # ق.ظ / ب.ظ
      | قبل{_G}از{_G}ظهر | بعد{_G}از{_G}ظهر
      | بامداد | صبح | ظهر | عصر | شب
      | [aApP]\.?[mM]\.?{_BR}                           # AM, pm, a.m.
      | (?:{_DOTTED_MERIDIEM})\.?{_BR}                  # Pashto غ.م. / غ.و., Sorani ب.ن / د.ن
      | (?:{words(vocab.ARABIC_MERIDIEM)}){_BR}          # Arabic: ص / صباحاً, م / مساءً; a
        (?:(?<=\p{{L}}\p{{L}})                            # word, or one letter not before a
          | (?![\x20\u200c]*+[0-9]++(?![/\-.:\\])))        # lone number («ص ۵»: page 5)
    )
"""

# A zone after a time: an offset glued to it (+0330, -05:00, -05), or after a space with four
# digits or a colon; Z, UTC or GMT (with an optional offset) as a word; after a space, one of
# vocab.ZONE_ABBREVIATIONS (PDT, upper case only) or vocab.GREENWICH_WORDS; after a space, one of
# vocab.ZONE_ABBREVIATIONS_UNREAD (PST: matched only to be refused, group zu); or, after a space, an
# IANA name «Area/Location» of a tz database area (Asia/Kabul, America/Argentina/Salta), in
# any case: _grammar looks it up, and _dates refuses a name the database does not know.
_ZONE_FIRSTS = regex.escape(
    "".join(
        sorted(
            {"+", "-", "Z", "U", "G"}
            | {area[0] for area in vocab.ZONE_AREAS}
            | {name[0] for name in vocab.ZONE_ABBREVIATIONS}
            | {name[0] for name in vocab.ZONE_ABBREVIATIONS_UNREAD}
            | {name[0] for name in vocab.GREENWICH_WORDS}
        )
    )
)
_ZONE_NAME_PART = r"[A-Za-z0-9_+\-]{1,30}"
# A month's name after the digits glued to a clock by a minus: the day of a twin date in
# another calendar («۲۲:۰۹-24 May 2021», real54 #4, asrislam.com), no offset and no end of
# a time range: the date ends at the clock and the twin is read on its own.
_TWIN_MONTH = rf"\x20(?:{_MONTH_NAMES_LATIN}|{_MONTH_NAMES_FA})(?![\p{{L}}\p{{M}}])"
_ZONE = rf"""
    (?:(?=\x20?(?i:[{_ZONE_FIRSTS}]))                    # a cheap first test, then
    (?:
        (?P<tz>[+\-][0-9]{{2}}(?::?[0-9]{{2}})?)(?![0-9/\-.:\\]|{_TWIN_MONTH})
      | \x20(?P<tz>[+\-][0-9]{{2}}:?[0-9]{{2}})(?![0-9/\-.:\\])
      | \x20?(?P<tz>(?:UTC|GMT)(?:[+\-][0-9]{{1,2}}(?::?[0-9]{{2}})?)?|Z){_BR}(?![0-9])
      | \x20(?P<tz>{"|".join(vocab.ZONE_ABBREVIATIONS)}){_BR}(?![0-9])   # 07:44 AM PDT
      | \x20(?P<tz>{"|".join(vocab.GREENWICH_WORDS)}){_BR}(?![0-9])   # 11:13 گرینویچ (GMT)
      | \x20(?P<zu>{"|".join(vocab.ZONE_ABBREVIATIONS_UNREAD)}){_BR}(?![0-9+\-])  # 10:00 PST
      | \x20(?P<zn>(?:{latin_any_case(vocab.ZONE_AREAS)})       # Asia/Kabul
            (?:/{_ZONE_NAME_PART}){{1,2}})(?![\p{{L}}\p{{M}}0-9_+\-/])
    ))
"""

# A colon, with one space and one invisible mark (a ZWNJ once normalised: pages put an RLM
# there) or neither on each side.
_COLON = r"(?:\x20?\u200c?|\u200c\x20):(?:\x20?\u200c?|\u200c\x20)"
_CLOCK = rf"""
    (?<![0-9:])
    (?:
        (?P<H>[0-9]{{1,2}}){_COLON}(?P<MI>[0-9]{{2}})          # hour and minute, «۲۱ : ۰۴»
        (?:{_COLON}(?P<SS>[0-9]{{2}})(?:\.(?P<fr>[0-9]{{1,9}}))?)?  # seconds, fraction (kept)
      | (?P<H>[0-9]{{1,2}}):(?P<MI>[0-9]{{1,2}}):(?P<SS>[0-9]{{1,2}})(?![0-9.])
        # three fields, one unpadded («11:0:6»): a clock that prints no zeros, unambiguous
        # (a lone one-digit minute, «۱۳:۴», is not: a digit may be lost)
    )
    (?::(?![\x20\u200c]*+[0-9]))?                      # a colon with no field after it: «۱۱:۲۹:»
    (?![0-9:]|\.[\p{{Mn}}\p{{Me}}\p{{Cf}}\ufffd]*[0-9])  # not a longer number or clock
"""

# What stands where a time belongs but is none: a field of three digits («۱۱:۰۵۵», «۱۱۱:۰۵»,
# «۱۱:۰۵:۰۰۰»), one-digit minutes, a fraction on the minutes, a number with a mark or an
# invisible character inside it («۱۱:۰\u0301۵») or a mark beside a colon other than the
# invisible ones _COLON takes («۱۱\u0301:۰۵») or more spaces, or a dot for the colon
# («۱۱٫۰۵»). The grammar matches it only where a time would be, so that _dates refuses the
# date instead of reading it without its time (a time silently dropped). A clock that text
# extraction glued to a date («ساعت 08:202023-11-07») is not one of them: _article reads it.
_MARKS = r"[\p{Mn}\p{Me}\p{Cf}\ufffd]"
_NUMBERISH = rf"[0-9](?:{_MARKS}*+[0-9])*+"
_BAD_CLOCK = rf"""
    (?<![0-9:])
    (?![0-9]{{1,2}}\x20?:\x20?[0-9]{{2}}[0-9]{{4}}[/\-.])  # a clock glued to a date
    (?P<bt>
        {_NUMBERISH}(?:(?:\x20|{_MARKS})*+:(?:\x20|{_MARKS})*+{_NUMBERISH})++
        (?:\.{_MARKS}*+{_NUMBERISH})?+(?![0-9:])
      | (?:[01]?[0-9]|2[0-3])\.[0-5][0-9](?![0-9.])
    )
"""

# «ساعت ۹ و ۱۵ دقیقه و ۳۰ ثانیه»
_CLOCK_WORDS = rf"""
    (?<![0-9])(?P<H>[0-9]{{1,2}}){_GP}و{_GP}(?P<MI>[0-9]{{1,2}}){_GP}دقیقه{_BR}
    (?:{_GP}و{_GP}(?P<SS>[0-9]{{1,2}}){_GP}ثانیه{_BR})?
"""

# An hour alone after «ساعت» («ساعت ۱۶», «ساعت ۴ بعدازظهر»): the hour, on the minute. Not the
# start of a longer number, a clock, a decimal or «۹ و ۵» (read by _CLOCK_WORDS or refused).
_HOUR_ONLY = r"""
    (?<![0-9])(?P<H>[0-9]{1,2})(?![0-9:\p{L}]|[.,][0-9]|[\x20\u200c]*+(?:و[\x20\u200c]*+)?[0-9])
"""

# A minute printed with one digit («۱:۲ صبح» for 01:02, as some blog platforms print it) is
# read only with a day-part word or AM/PM right after it: the marker says the field is a
# clock («۱:۲» alone may be a ratio or a score) and the minute is the one digit printed.
_CLOCK_ONE_DIGIT_MINUTE = rf"""
    (?<![0-9:])(?P<H>[0-9]{{1,2}}):(?P<MI>[0-9])(?![0-9:.,])
    (?=[\x20\u200c]*+[قبصظعشمغدaApP]){_GP}{_AMPM}{_BR}
"""

# A time's own label before it, after a date on a labelled line: «ساعت», «ساعت انتشار:»,
# «زمان:», «زمان انتشار :» («تاریخ انتشار : 1401/04/07 - ساعت انتشار: ١٢:٢١»), or
# Tajik «соати» (vocab.TAJIK_HOUR_WORDS) right before a clock.
_TIME_LABEL = rf"""
    {_BL}(?:(?P<saat>ساعت)|زمان(?={_GP}(?:[:]|{words(vocab.TIME_LABEL_TAILS)}))
      |(?i:{words(vocab.TAJIK_HOUR_WORDS)})(?={_GP}[0-9]))   # Tajik «соати» before a clock
    (?:{_GP}(?:{words(vocab.TIME_LABEL_TAILS)}){_BR})?{_GP}(?::{_GP})?
"""

# No unread mark right after a time: one to three letters with dots, a dot after the first
# («x.y.», «ک.و», «ر.»), in a language whose 12-hour mark the grammar does not know. Read as a
# 24-hour clock, «1:45 x.y.» would be a silent wrong hour when the mark says after noon; so the
# time is not read (the date is, without it). Not the era marks _ERA reads after a time (ه.ش,
# ه.ق, م., ق., ل, Russian г.) nor a zone (Z).
_NO_UNREAD_MARK = r"""
    (?![\x20\u200c]*+(?![همقلгZ])(?=\p{L}\.)\p{L}(?:\.\p{L}){0,2}\.?(?![\p{L}\p{M}0-9]))
"""

# A minute of one digit after «ساعت» as a field's label, with its colon («ساعت ثبت : 10:7»,
# «ساعت : 9:5»): a classic ASP news template prints the time field raw, no zeros
# (kermanshahtaxi.ir «ساعت ثبت : 12:8» beside «9:52», blind105). The label and its colon say
# the value is a clock (a score or a ratio in running text has neither). «ساعت 16:9» without
# the colon stays refused (a digit may be lost), but for Blogfa's signature (_reading).
_SAAT_FIELD_ONE_DIGIT_MINUTE = rf"""
    {_BL}ساعت(?:{_GP}(?:{words(vocab.TIME_LABEL_TAILS)}){_BR})?{_GP}:{_GP}
    (?<![0-9:])(?P<H>[0-9]{{1,2}}):(?P<MI>[0-9])(?![0-9:]|[.,٫][0-9]|[\x20\u200c]*+[0-9])
    (?:(?=[\x20\u200c]*+[قبصظعشمغدaApP]){_GP}{_AMPM})?   # a day part too: «ساعت : 1:2 عصر»
"""

_TIME_NO_ZONE = rf"""
    (?:{_SAAT_FIELD_ONE_DIGIT_MINUTE}
      |(?:{_TIME_LABEL})?                                # optional «ساعت», «زمان انتشار:»
    (?:{_CLOCK_ONE_DIGIT_MINUTE}
      | {_CLOCK}(?:(?=[\x20\u200c]*+[قبصظعشمغدaApP]){_GP}{_AMPM})?  # hh:mm[:ss], maybe a day part
      | (?(saat)(?:{_CLOCK_WORDS}|{_HOUR_ONLY})|(?!))   # after «ساعت»: in words, the hour alone
        (?:(?=[\x20\u200c]*+[قبصظعشمغدaApP]){_GP}{_AMPM})?
    ))
    {_NO_UNREAD_MARK}
"""
_TIME = rf"{_TIME_NO_ZONE}{_ZONE}?"

# An hour alone with a day-part word right after a date, without «ساعت»: «۱۴۰۲/۰۶/۲۸ ۴ بعدازظهر».
_HOUR_PART_AFTER = rf"""
    {_GP}(?:[\-،,|/]{_GP})?
    (?<![0-9])(?P<H>[0-9]{{1,2}})(?![0-9]){_GP}(?![مص]{_BR}){_AMPM}{_BR}(?![0-9])
"""

# (a minute of one digit too: «۱:۲ صبح تا ۳:۴ عصر» is a range, never its first time alone)
_CLOCK_END = r"(?<![0-9])[0-9]{1,2}(?:\x20?:\x20?[0-9]{1,2}(?::[0-9]{2})?)?(?![0-9:/\-.\\])"
_TIME_RANGE_END = rf"""
    (?P<rg>
        {_GP}{_RANGE_WORD}{_GP}(?:{_BL}ساعت{_GP}(?::{_GP})?)?
        (?:
            {_CLOCK_END}(?!{_PART_SEP}(?:[0-9]|{_BL}(?:{_MONTH_NAMES_FA}|{_MONTH_NAMES_LATIN})))
        )
        (?:(?=[\x20\u200c]*+[قبصظعشمغدaApP]){_GP}{_AMPM})?
    )
"""
_TIME_RANGE_BEFORE = rf"""
    (?P<rg>
        (?:{_BL}ساعت{_GP}(?::{_GP})?)?{_CLOCK_END}
        {_GP}{_BL}(?:{_UNTIL}){_BR}{_GP}
        (?:{_BL}ساعت{_GP}(?::{_GP})?)?{_CLOCK_END}
        (?:(?=[\x20\u200c]*+[قبصظعشمغدaApP]){_GP}{_AMPM})?
    )
"""

# Between a date and the time after it: a separator, a place name or two, «ساعت». A double
# colon is one too (PersianBlog's and ParsiBlog's post date line «جمعه 86/11/19 ::  ساعت 2:17
# صبح», real60 #04).
_DATE_TIME_SEP = rf"""
    (?:{_GP}(?:(?:[\-،,|/@]|::){_GP})? | T(?=[0-9]))       # or T, as in ISO 8601
    (?:(?P<pt>\(){_GP}(?=[0-9]))?                          # «(» before a clock: «... (19:46)»
    # (its digits right after it: «(ساعت 10)» is a note, attacks39)
    (?:(?!(?:{_UNTIL})\x20)[\u0621-\u06cc]{{1,15}}\x20{{1,3}}\u200c*+){{0,2}}?  # a place or two
    # («تهران»; not «تا», «الی», «لغایت»: the time after them is when something ends; or the
    # Pashto «په» (at) with the right-to-left mark U+200F before the clock, normalised to a
    # ZWNJ: CLDR ps's «2021 سېپتمبر 29 په 1:45 غ.و.», marks before 2021 and 1:45, in iLib)
"""

# The «)» closing a time in brackets after its date («۱۳ مهر ۱۳۹۶ (۱۹:۴۶)», cloob.com):
# a «(» taken before the time needs it (else the time is not the date's).
_TIME_CLOSE = r"(?(pt)[\x20\u200c]*+\))"

# A time that cannot be read, right after a date (a separator and «ساعت» between, no place
# name: «۱۴۰۲/۰۵/۱۴ نرخ 12.50» stays a date) or right before one.
# (A clock before an unread mark is not one of them: the date is read, the clock dropped.)
_BAD_TIME_AFTER = rf"""
    (?:{_GP}(?:(?:[\-،,|/@]|::){_GP})? | T(?=[0-9]))
    (?:
        (?:{_BL}ساعت{_GP}(?::{_GP})?)?{_BAD_CLOCK}{_NO_UNREAD_MARK}
      | {_BL}ساعت{_GP}(?::{_GP})?                       # «ساعت ۹ و ۵» without «دقیقه»,
        (?P<bt>[0-9]{{1,2}}(?:{_G}و{_G}|\x20++)[0-9]{{1,2}})(?![0-9:])  # «ساعت ۱۶ ۳۰», no colon
    )
"""
_BAD_TIME_BEFORE = rf"(?:{_BL}ساعت{_GP}(?::{_GP})?)?{_BAD_CLOCK}"

# ISO 8601 as machines print it: 2023-01-23T09:15:00+03:30, ...Z, with fractions of a second.
_ISO = r"""
    (?<![0-9])(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})    # date
    [Tt](?P<H>[0-9]{2}):(?P<MI>[0-9]{2})                       # T and time
    (?::(?P<SS>[0-9]{2})(?:[.,](?P<fr>[0-9]{1,9}))?)?           # seconds, fraction (kept)
    (?P<tz>Z|z|[+\-][0-9]{2}(?::?[0-9]{2})?)?(?![0-9:]|[.,][0-9])  # offset, converted to Tehran
"""

# Between a leading time and the date: a separator only.
_TIME_DATE_SEP = rf"{_GP}(?:[\-،,|/]{_GP})?"

# A UTC offset printed before the date and time it belongs to, as a label of the page's clock:
# «GMT+08:00 || 2020-11-07 15:31:55» (CRI Persian). Only with GMT or UTC and a sign (a bare
# «+08:00» may be anything), and only before a date with its time (an offset needs a time).
_ZONE_BEFORE = rf"""
    (?=[GgUu]){_BL}(?P<tz>(?i:GMT|UTC)[+\-][0-9]{{1,2}}(?::?[0-9]{{2}})?)(?![0-9:])
    {_GP}(?:[|/\-،,]{{1,2}}{_GP})?
"""

DATETIME = _lazy(
    rf"""
    (?:
        {_ISO}                                                 # ISO 8601 with T
      | (?:{_WEEKDAY})?                                        # a weekday, then
        (?:
            (?=ساعت|[0-9])                                     # (a cheap first test)
            (?:{_TIME_RANGE_BEFORE}|{_TIME}|{_BAD_TIME_BEFORE})  # time first (a range: refused;
                                                               # or none readable),
            {_TIME_DATE_SEP}(?:{_WEEKDAY}                      # a weekday, or after a clock
              |(?(MI){_BL}روز{_BR}{_GP}|(?!)))?                 # with minutes «روز» alone
            (?:{_DATE}|(?(tz){_YEAR_FIRST}|(?!)))              # (year first: after a zone,
            (?:{_WEEKDAY_AFTER})?                              # «11:13 GMT 2008 ,10 جنوری»)
          | {_DATE}(?:{_WEEKDAY_AFTER})?                       # date first, time optional
            (?:{_DATE_TIME_SEP}{_TIME}(?:{_TIME_RANGE_END})?{_TIME_CLOSE}{_ERA}  # an era too,
               (?:{_WEEKDAY_AFTER})?                           # a weekday too (checked)
              |{_HOUR_PART_AFTER}(?:{_TIME_RANGE_END})?|{_BAD_TIME_AFTER})?
        )
      | {_ZONE_BEFORE}(?:{_WEEKDAY})?{_DATE}{_DATE_TIME_SEP}{_TIME_NO_ZONE}{_TIME_CLOSE}  # zone 1st
        (?![\x20\u200c]?(?:[+\-][0-9]|(?i:GMT|UTC|Z)(?![\p{{L}}])))   # (and no second one)
      | (?:{_WEEKDAY})?{_YEAR_FIRST}(?:{_WEEKDAY_AFTER})?      # year first, a weekday too
        (?:{_DATE_TIME_SEP}{_TIME}(?:{_TIME_RANGE_END})?{_TIME_CLOSE}  # (checked)
          |{_HOUR_PART_AFTER}|{_BAD_TIME_AFTER})?
    )
    """,
    _FLAGS,
)

# Every word a DATETIME match can begin with, where it begins with a letter: the names of its
# vocabularies (weekdays, day words, every month name the grammar matches) and the grammar's
# own first words: «روز» before a weekday, «ساعت» before a time printed first, Pashto «د»
# before an Afghan month. A match that begins with anything else begins with a digit, «(»,
# or a Latin letter (ISO, GMT/UTC before the date). _grammar.match_around tries the grammar
# only where one of these can begin (proved over generated strings by tests/test_prefilters.py).
DATE_FIRST_WORDS: tuple[str, ...] = (
    *vocab.WEEKDAYS,
    *vocab.ARABIC_WEEKDAYS,
    *vocab.TAJIK_WEEKDAYS,
    *vocab.ORDINAL_DAYS,
    *vocab.CARDINAL_DAYS,
    *vocab.JALALI_MONTHS,
    *vocab.GREGORIAN_MONTHS_FA,
    *vocab.DARI_GREGORIAN_MONTHS,
    *vocab.HIJRI_MONTHS,
    *vocab.AFGHAN_MONTHS,
    *(name for pair in vocab.ARABIC_MONTH_PAIRS for names in pair for name in names),
    *vocab.ENGLISH_MONTHS,
    *vocab.JALALI_MONTHS_LATIN,
    *vocab.CYRILLIC_MONTHS,
    *vocab.UZBEK_LATIN_MONTHS,
    "روز",
    "ساعت",
    "د",
)

# A four-digit number in normalised text: every date has one.
# Or a Gregorian year run into a count after a day and its comma (:data:`_GLUED_MDY`,
# «May 22, 2021143»). Written digit first, each alternative's other tests after it (the
# «19»/«20» of the second read as «1» then a «9» after «1», «2» then a «0» after «2»): the
# same matches as ``(?<![0-9])[0-9]{4}(?![0-9])|(?<=[0-9],\x20?)(?:19|20)[0-9]{2}(?=[0-9])``
# (tests/test_speed58.py), whose look-behinds first made a scan of the whole seed take 1,242 µs
# against 3.1 µs for its first alternative alone; this one 4.7 µs (speed58: fix292's second
# alternative was 14K of the seed's instructions).
YEAR_CORE = _lazy(
    r"[0-9](?:(?<![0-9].)[0-9]{3}(?![0-9])"
    r"|(?:(?<=[0-9],\x20?1)9|(?<=[0-9],\x20?2)0)[0-9]{2}(?=[0-9]))"
)

# Between a date and its twin in the other calendar on the same line.
TWIN_JOINER = _lazy(
    rf"""
    [\x20\u200c\-،,|/()\[]*                          # separators, brackets, spaces
    (?:(?:برابر|مطابق){_G}با[\x20\u200c:\-]*                # «برابر با»
      | (?:=|is|мутобиқи|мутобиқ){_BR}[\x20\u200c]*)?       # =, Tajik «мутобиқ» (fix278)
    """,
    _FLAGS,
)

# A time alone on its line («ساعت : ۱۶:۴۲»): header chrome, never a lead.
TIME_LINE = _lazy(rf"{_TIME}", _FLAGS)

# The grammar's time (with «ساعت», a day-part word, a zone) and a weekday name, as pattern
# text for the header's patterns that embed them (a date with a two-digit year).
TIME_TEXT = _TIME
WEEKDAY_TEXT = _WEEKDAY_NAME

# A lunar Hijri date or an Arabic weekday: the second calendar of a "today" widget.
HIJRI_DATE = _lazy(
    rf"""
    (?<![0-9])[0-9]{{1,2}}{_G}{_BL}(?:{words(vocab.HIJRI_MONTHS)}){_BR}{_G}[0-9]{{4}}  # 25 رجب 1445
    | {_BL}(?:{words(vocab.ARABIC_WEEKDAYS)}){_BR}                                # الأحد
    """,
    _FLAGS,
)

# The first part of a relative time of two parts, right before a RELATIVE match: «۲ روز و»
# before «۳ ساعت پیش». Searched in a short window ending where the match starts.
RELATIVE_FIRST_PART = _lazy(
    rf"""
    (?:(?<![0-9.])[0-9]{{1,4}} | {_BL}(?:{words(vocab.CARDINAL_DAYS)}|نیم))
    [\x20\u200c]*+{_BL}(?:{words(vocab.RELATIVE_UNITS)}){_BR}
    [\x20\u200c]*+(?:[و،,][\x20\u200c]*+)?\Z
    """,
    _FLAGS,
)

# A relative date: «۳ ساعت پیش», «سه روز قبل», «لحظاتی پیش», «دیروز ساعت ۹:۳۰», «امروز ۱۶:۴۲».
# Read only when the caller gives a reference time (_datetimes.resolve_relative).
RELATIVE = _lazy(
    rf"""
    (?:
        (?:(?<![0-9.])(?P<n>[0-9]{{1,4}})(?![0-9.]) | {_BL}(?P<nw>{words(vocab.CARDINAL_DAYS)}|نیم))
        [\x20\u200c]*+{_BL}(?P<unit>{words(vocab.RELATIVE_UNITS)}){_BR}
        [\x20\u200c]*+(?:پیش|قبل){_BR}
      | {_BL}(?P<moments>لحظاتی|دقایقی|ثانیه\u200c?هایی){_BR}[\x20\u200c]*+(?:پیش|قبل){_BR}
      | {_BL}(?P<day>{words(vocab.RELATIVE_DAYS)}){_BR}
        (?:
            [\x20\u200c]*+(?:[،,\-][\x20\u200c]*+)?(?:(?P<saat>ساعت)[\x20\u200c]*+:?[\x20\u200c]*+)?
            (?<![0-9:])(?P<H>[0-9]{{1,2}})
            (?:[\x20]?:[\x20]?(?P<MI>[0-9]{{2}})(?::(?P<SS>[0-9]{{2}}))?(?![0-9:])
              | (?(saat)(?![0-9:\p{{L}}]|[.,][0-9]|[\x20\u200c]*+و?[\x20\u200c]*+[0-9])|(?!))
            )                                                # or an hour alone after «ساعت»
            (?:(?=[\x20\u200c]*+[قبصظعشمغدaApP]){_GP}{_AMPM})?  # a day-part word: «ساعت ۴ بعدازظهر»
            {_NO_UNREAD_MARK}                                 # (no unread mark: «۱:۴۵ x.y.»)
            (?P<rg>{_GP}{_RANGE_WORD}{_GP}(?:ساعت{_GP})?[0-9])?  # a range: refused (_datetimes)
        )?
    )
    """,
    _FLAGS,
)

# A label dating a document the page reproduces, not the page: a circular's «تاریخ بخشنامه :»
# (ravihesab.com, blind82, tests/pages 2228), a resolution's «تاریخ مصوبه :», a letter's
# «تاریخ نامه :», a notification's «تاریخ ابلاغیه :» (fix231), its colon optional (mut47,
# fix238); the words are :data:`_vocab.DOCUMENT_DATE_WORDS`. Punctuation may open it. One text
# for ``_article`` (the label before its value) and ``_chrome`` (the label as a whole line's rest).
# An official letter's or a regulation's heading, reprinted: «شماره: .65806ت 30608هـ» /
# «تاریخ :1383.12.15» on consecutive lines (the Iranian government's letterhead: the number,
# then the date, then «پیوست»; mrmayor.ir's reprinted regulation, real71 #17, fix249). The
# bare labels, each with its colon, the line the label and its value alone.
LETTER_NUMBER_LINE = (
    r"^[\p{P}\p{S}\x20\u200c]*شماره[\x20\u200c]*:[\x20\u200c]*(?P<value>.+?)[\x20\u200c]*$"
)
LETTER_DATE_LINE = (
    r"^[\p{P}\p{S}\x20\u200c]*تاریخ[\x20\u200c]*:[\x20\u200c]*(?P<value>.+?)[\x20\u200c]*$"
)
# A letter's number, not an article's: short letter codes glued to its digits («65806ت»,
# «30608هـ», «123/ص/45»), no word of four letters or more («شماره : ۱۲ فروردین» is none).
LETTER_NUMBER_CODE = r"[0-9][/\-]?\p{L}{1,3}(?!\p{L})|(?<!\p{L})\p{L}{1,3}[/\-]?[0-9]"
LETTER_NUMBER_LONG_WORD = r"\p{L}{4}"

# A section's list name (:data:`vocab.SECTION_LABEL_WORDS`, longest first), a space inside it
# one space or ZWNJ: «اخبار», «اطلاعیه ها». `_article` reads it before a headline and its
# colon (fix242), `_title` at the head of a «LABEL : VALUE» line (fix253).
SECTION_LABEL_NAME_TEXT = "|".join(
    regex.escape(normalize(word)).replace(r"\ ", "[\x20\u200c]")
    for word in sorted(vocab.SECTION_LABEL_WORDS, key=len, reverse=True)
)

DOCUMENT_DATE_LABEL_TEXT = (
    r"[\p{P}\p{S}\x20\u200c]*تاریخ[\x20\u200c]+(?:"
    + "|".join(vocab.DOCUMENT_DATE_WORDS)
    + r")(?:[\x20\u200c]+ها)?[\x20\u200c]*:?"
)
