"""Syntax only: find dates in normalised text and read their parts, with no calendar checks.

``search`` finds matches of the one date grammar (:data:`patterns.DATETIME`);
``read`` turns a match into :class:`DateParts`: numbers, names and spans, still
unvalidated. Whether those parts form a real day is :mod:`jalali_meta._dates`'s
business.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Mapping
from typing import NamedTuple, cast

import regex

from jalali_meta import _vocab as vocab
from jalali_meta._limits import DATE_AFTER_YEAR, DATE_BEFORE_YEAR
from jalali_meta._patterns import DATETIME, TWIN_JOINER, YEAR_CORE
from jalali_meta._records import Timestamp, text_span

__all__ = ["DateParts", "match_around", "read", "read_time", "search", "squeeze", "twin_after"]


def squeeze(name: str) -> str:
    """Fold a name to its lookup key: no spaces or ZWNJs, lower case («سه‌شنبه» -> «سهشنبه»)."""
    return name.replace(" ", "").replace("\u200c", "").lower()


def _table(entries: Mapping[str, int]) -> dict[str, int]:
    return {squeeze(name): number for name, number in entries.items()}


# The groups read(), in this order: the grammar reuses each name in several alternatives.
_GROUP_NAMES = (
    "era", "y", "mj", "mg", "me", "m", "d", "dw", "wd", "tz", "ampm", "H", "MI", "SS", "s2",
)  # fmt: skip


_Picker = Callable[[tuple[str | None, ...]], tuple[str | None, ...]]


@functools.cache
def _pick_groups() -> _Picker:
    """Pick :data:`_GROUP_NAMES` out of ``match.groups()`` (known once the grammar is built)."""
    index = DATETIME.groupindex
    return cast("_Picker", operator.itemgetter(*(index[name] - 1 for name in _GROUP_NAMES)))


_JALALI_MONTHS = _table(vocab.JALALI_MONTHS)
_GREGORIAN_MONTHS_FA = _table(vocab.GREGORIAN_MONTHS_FA)
_ENGLISH_MONTHS = _table(vocab.ENGLISH_MONTHS)
_WEEKDAYS = _table(vocab.WEEKDAYS)
_ORDINAL_DAYS = _table(vocab.ORDINAL_DAYS)


class DateParts(NamedTuple):
    """The unvalidated parts of one date match.

    Attributes:
        calendar: ``"jalali"`` or ``"gregorian"``, from the month name, the era word or the year.
        year, month, day: As printed (not yet checked).
        hour, minute, second: The time as printed, or None.
        ampm: ``"am"``, ``"pm"`` or None.
        weekday: Weekday index as jdatetime counts (0 = Saturday), or None.
        weekday_span: Where the weekday was printed.
        era: ``"jalali"``, ``"gregorian"`` or None when no era word was printed.
        span: ``(start, end)`` of the whole match.
        offset: The UTC offset in minutes printed with an ISO 8601 time, or None
            (a local Tehran time).
        day_first: True for an all-digit date printed day first (``03/11/1401``).
    """

    calendar: str
    year: int
    month: int
    day: int
    hour: int | None
    minute: int | None
    second: int | None
    ampm: str | None
    weekday: int | None
    weekday_span: tuple[int, int] | None
    era: str | None
    span: tuple[int, int]
    offset: int | None = None
    day_first: bool = False


_AM_WORDS = ("ق", "قبل", "صبح", "a")
_PM_WORDS = ("ب", "بعد", "عصر", "شب", "p")


def read(match: regex.Match[str], base: int = 0) -> DateParts:
    """Read the parts of a :data:`DATETIME` match.

    Args:
        match: A match of :data:`jalali_meta._patterns.DATETIME`.
        base: Added to every span: the offset of the matched string in the document.

    Returns:
        The parts, unvalidated: month 13 or day 40 are returned as they are.
    """
    # groupdict() is slow on a pattern with this many names; index the groups() tuple instead.
    era_text, y, mj, mg, me, m, d, dw, wd, tz, ampm_text, hour, minute, second, s2 = _pick_groups()(
        match.groups()
    )
    # میلادی and م. are Gregorian; هجری شمسی, ه.ش, شمسی, خورشیدی are Jalali.
    era = None if not era_text else "gregorian" if era_text.startswith("م") else "jalali"
    assert y is not None, "every alternative of the grammar has a year"
    year = int(y)
    if mj:
        calendar, month = "jalali", _JALALI_MONTHS[squeeze(mj)]
    elif mg:
        calendar, month = "gregorian", _GREGORIAN_MONTHS_FA[squeeze(mg)]
    elif me:
        calendar, month = "gregorian", _ENGLISH_MONTHS[squeeze(me)]
    else:
        assert m is not None, "a date without a month name has a numeric month"
        month = int(m)
        # A numeric date says its calendar by its era word, else by its year:
        # Jalali years in use are 13xx-14xx, Gregorian ones 19xx-20xx.
        calendar = era or ("jalali" if year < 1700 else "gregorian")
    if d:
        day = int(d)
    else:
        assert dw is not None, "a day is digits or an ordinal word"
        day = _ORDINAL_DAYS[squeeze(dw)]
    weekday = weekday_span = None
    if wd:
        weekday = _WEEKDAYS[squeeze(wd)]
        start, end = match.span("wd")
        weekday_span = (start + base, end + base)
    offset = None
    if tz:
        sign = -1 if tz[0] == "-" else 1
        digits = tz[1:].replace(":", "")
        offset = 0 if tz in ("Z", "z") else sign * (int(digits[:2]) * 60 + int(digits[2:]))
    ampm = None
    if ampm_text:
        word = ampm_text.lower()
        ampm = "am" if word.startswith(_AM_WORDS) else "pm" if word.startswith(_PM_WORDS) else None
    # Positional: a NamedTuple built with keywords costs twice as much.
    return DateParts(
        calendar,
        year,
        month,
        day,
        int(hour) if hour else None,
        int(minute) if minute else None,
        int(second) if second else None,
        ampm,
        weekday,
        weekday_span,
        era,
        (match.start() + base, match.end() + base),
        offset,
        s2 is not None,
    )


# Every alternative of the grammar contains a four-digit year (YEAR_CORE). Searching the
# big pattern only in a window around each such number makes text without dates nearly free
# (the window: _limits.DATEDATE_BEFORE_YEAR / DATEDATE_AFTER_YEAR).
_WORD_SLACK = 24
# Where a word or a number begins (a letter after a digit and a digit after a letter count).
_TOKEN_START = regex.compile(r"(?<!\w)\w|(?<=[0-9])[^\W0-9_]|(?<=[^\W0-9_])[0-9]")


def search(norm: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
    """Return the leftmost date match in ``norm[pos:endpos]``, or None.

    The same as ``DATETIME.search`` for any real text, in time proportional to
    the number of four-digit numbers rather than to the length of the text.
    """
    end = len(norm) if endpos is None else endpos
    tried = pos  # word starts before this were tried for an earlier year and failed
    for core in YEAR_CORE.finditer(norm, pos, end):
        match = match_around(norm, core.start(), core.end(), tried, end)
        if match is not None:
            return match
        tried = core.start() + 1
    return None


def read_time(match: regex.Match[str], day: Timestamp, end: int) -> DateParts:
    """Parts for ``day`` at the time of a :data:`patterns.TIME_LINE` match, spanning to ``end``."""
    word = (match.group("ampm") or "").lower()
    ampm = None
    if word:
        ampm = "am" if word.startswith(_AM_WORDS) else "pm" if word.startswith(_PM_WORDS) else None
    if day.calendar == "jalali":
        year, month, date = day.jalali_date
    else:
        year, month, date = day.gregorian.year, day.gregorian.month, day.gregorian.day
    seconds = match.group("SS")
    return DateParts(
        calendar=day.calendar,
        year=year,
        month=month,
        day=date,
        hour=int(match.group("H")),
        minute=int(match.group("MI")),
        second=int(seconds) if seconds else None,
        ampm=ampm,
        weekday=None,
        weekday_span=None,
        era=None,
        span=(text_span(day)[0], end),
    )


def match_around(
    norm: str, core_start: int, core_end: int, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """Return the leftmost date match that contains the year at ``norm[core_start:core_end]``.

    Only word and number starts from ``pos`` and at most :data:`DATE_BEFORE_YEAR`
    characters before the year are tried, so the cost per year is bounded
    whatever surrounds it; callers pass as ``pos`` the first start not yet tried.
    """
    end = len(norm) if endpos is None else endpos
    start = max(pos, core_start - DATE_BEFORE_YEAR)
    floor = max(pos, start - _WORD_SLACK)
    while start > floor and not norm[start - 1].isspace():
        start -= 1  # do not start inside a word: «دوشنبه» must not be read as «شنبه»
    stop = min(end, core_end + DATE_AFTER_YEAR)
    ceiling = min(end, stop + _WORD_SLACK)
    while stop < ceiling and not norm[stop].isspace():
        stop += 1
    # A date starts where a word or number starts: try only there, left to right.
    for token in _TOKEN_START.finditer(norm, start, core_start + 1):
        match = DATETIME.match(norm, token.start(), stop)
        if match is not None and match.end() > core_start:
            return match
    return None


def twin_after(norm: str, pos: int, endpos: int | None = None) -> regex.Match[str] | None:
    """Match a date in the other calendar printed right after one ending at ``pos``.

    The twin may follow after separators and a joiner such as «میلادی برابر با».
    """
    end = len(norm) if endpos is None else endpos
    joiner = TWIN_JOINER.match(norm, pos, end)
    start = joiner.end() if joiner else pos
    if start == pos and start < end and norm[start] not in " \u200c":
        return None
    return DATETIME.match(norm, start, end)
