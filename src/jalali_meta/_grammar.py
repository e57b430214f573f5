"""Syntax only: find dates in normalised text and read their parts, with no calendar checks.

``search`` finds matches of the one date grammar (:data:`patterns.DATETIME`);
``read`` turns a match into :class:`DateParts`: numbers, names and spans, still
unvalidated. Whether those parts form a real day is :mod:`jalali_meta._dates`'s
business.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import threading
from collections.abc import Callable, Mapping
from typing import NamedTuple, cast

import regex

from jalali_meta import _vocab as vocab
from jalali_meta._limits import DATE_AFTER_YEAR, DATE_BEFORE_YEAR
from jalali_meta._patterns import DATE_FIRST_WORDS, DATETIME, TWIN_JOINER, YEAR_CORE
from jalali_meta._records import Timestamp, text_span

__all__ = [
    "DateParts",
    "cut_number",
    "day_part",
    "QuickDate",
    "forget_matches",
    "is_hijri",
    "line_date",
    "match_around",
    "matches_kept",
    "may_start_date",
    "microseconds",
    "quick_parts",
    "read",
    "read_time",
    "remember_matches",
    "search",
    "squeeze",
    "twin_after",
]


# The only non-ASCII letters that the grammar's case-insensitive Latin names match (the
# regex module's simple case folding): fold them as it does, or the lookup would miss.
_REGEX_FOLDS = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})


def squeeze(name: str) -> str:
    """Fold a name to its lookup key: no spaces or ZWNJs, lower case («سه‌شنبه» -> «سهشنبه»).

    ``İ``, ``ſ`` and the Kelvin sign fold to i, s and k, as the grammar matched them.
    """
    key = name.replace(" ", "").replace("\u200c", "")
    # (str.translate looks up every character of a non-ASCII text, at a cost: only when one
    # of the three is there)
    if not key.isascii() and ("\u0130" in key or "\u017f" in key or "\u212a" in key):
        key = key.translate(_REGEX_FOLDS)
    return key.lower()


def _table(entries: Mapping[str, int]) -> dict[str, int]:
    return {squeeze(name): number for name, number in entries.items()}


# The groups read(), in this order: the grammar reuses each name in several alternatives.
_GROUP_NAMES = (
    "era", "y", "mj", "me", "ma", "m", "d", "dw", "wd", "tz", "ampm", "H", "MI", "SS", "s2",
    "fr", "bt", "zn", "rg", "zu",
)  # fmt: skip


_Picker = Callable[[tuple[str | None, ...]], tuple[str | None, ...]]


@functools.cache
def _pick_groups() -> _Picker:
    """Pick :data:`_GROUP_NAMES` out of ``match.groups()`` (known once the grammar is built)."""
    index = DATETIME.groupindex
    return cast("_Picker", operator.itemgetter(*(index[name] - 1 for name in _GROUP_NAMES)))


_Month = tuple[str, int, "str | None"]  # calendar, month, zone


def _months(
    entries: Mapping[str, int], calendar: str, zone: str | None = None
) -> dict[str, _Month]:
    return {squeeze(name): (calendar, number, zone) for name, number in entries.items()}


# Every month name the grammar's two month alternations match, by lookup key.
_MONTHS: dict[str, _Month] = {
    **_months(vocab.JALALI_MONTHS, "jalali"),
    **_months(vocab.GREGORIAN_MONTHS_FA, "gregorian"),
    **_months(vocab.DARI_GREGORIAN_MONTHS, "gregorian", "Asia/Kabul"),
    **_months(vocab.HIJRI_MONTHS, "hijri"),
    **_months(vocab.ENGLISH_MONTHS, "gregorian"),
    **_months(vocab.CYRILLIC_MONTHS, "gregorian"),
    **_months(vocab.UZBEK_LATIN_MONTHS, "gregorian"),
    **_months(vocab.JALALI_MONTHS_LATIN, "jalali"),
    **_months(vocab.JALALI_MONTHS_SHORT, "jalali"),
}
# Either name of an Arabic month pair («أیلول/سبتمبر»), the number of its month.
_ARABIC_PAIR_MONTHS = _table(
    {
        name: number
        for number, pair in enumerate(vocab.ARABIC_MONTH_PAIRS, start=1)
        for names in pair
        for name in names
    }
)
_AFGHAN_MONTHS = _table(vocab.AFGHAN_MONTHS)


def _month_named(name: str) -> _Month:
    """The calendar, month and zone of a month name the grammar matched; an Arabic pair
    («أیلول/سبتمبر», «کانون أول (دیسمبر)», one month's two names) by its first name."""
    for mark in "/(":  # (a plain loop: no generator's frame)
        if mark in name:
            first = name.split(mark, maxsplit=1)[0]
            return ("gregorian", _ARABIC_PAIR_MONTHS[squeeze(first.strip())], None)
    return _MONTHS[squeeze(name)]


_WEEKDAYS = _table({**vocab.WEEKDAYS, **vocab.ARABIC_WEEKDAYS, **vocab.TAJIK_WEEKDAYS})
_DAY_WORDS = {**_table(vocab.CARDINAL_DAYS), **_table(vocab.ORDINAL_DAYS)}


class DateParts(NamedTuple):
    """The unvalidated parts of one date match.

    Attributes:
        calendar: ``"jalali"``, ``"gregorian"``, ``"afghan"`` (zodiac months) or ``"hijri"``
            (lunar), from the month name, the era word or the year.
        year, month, day: As printed (not yet checked).
        hour, minute, second: The time as printed, or None.
        ampm: ``"am"``, ``"pm"``, a day-part word's key (``"bamdad"``, ``"sobh"``,
            ``"zohr"``, ``"asr"``, ``"shab"``; see :data:`DAY_PARTS`) or None.
        weekday: Weekday index as jdatetime counts (0 = Saturday), or None.
        weekday_span: Where the weekday was printed.
        era: ``"jalali"``, ``"gregorian"``, ``"hijri"`` or None when no era word was printed.
        span: ``(start, end)`` of the whole match.
        offset: The UTC offset in minutes printed after a time (``+0330``, ``Z``,
            ``GMT``), or None (local time of the calendar's zone).
        day_first: True for an all-digit date printed day first (``03/11/1401``).
        bad_zone: The printed zone when it is not a real offset (``+99:99``, ``+03:75``).
        zone: The IANA zone name printed after the time (``Asia/Dushanbe``, as printed, not
            yet looked up), else ``"Asia/Kabul"`` for an Afghan date (zodiac or Dari month
            name), else None.
        microsecond: The fraction of a second printed after the seconds, in microseconds
            (digits past the sixth are cut off), or None.
        bad_time: The span of what stands where the time belongs but is none (``11:055``),
            or None.
        glued: The span of a number the date's digits belong to that goes on past a mark or
            an invisible character («۱\u0301۴ مرداد», «۱۴۰۲/۰۵/۱\u200c۴»), or None.
        ranged: The span of what makes the date or its time a range («۲۸ تا» in «۲۸ تا ۲۹
            شهریور ۱۴۰۲», «تا ۱۱:۰۰» after «۱۰:۰۰»), or None.
        other_weekday: A second weekday printed with the date that is not the first one
            («دوشنبه ۱۴۰۲/۰۶/۲۸ (سه‌شنبه)»), with its span, or None: both are checked.
        unread_zone: The span of a zone abbreviation printed after the time that is not read
            (``PST``: :data:`vocab.ZONE_ABBREVIATIONS_UNREAD`), or None.
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
    bad_zone: str | None = None
    zone: str | None = None
    microsecond: int | None = None
    bad_time: tuple[int, int] | None = None
    glued: tuple[int, int] | None = None
    ranged: tuple[int, int] | None = None
    other_weekday: tuple[int, tuple[int, int]] | None = None
    unread_zone: tuple[int, int] | None = None


def day_part(text: str | None) -> str | None:
    """The key of a 12-hour marker or day-part word (see _dates.DAY_PARTS), or None."""
    if not text:
        return None
    word = text.replace("\u200c", "").replace(" ", "").lower()
    if word in vocab.ARABIC_MERIDIEM:
        return vocab.ARABIC_MERIDIEM[word]  # ص / صباحاً, م / مساءً
    if "." in word and word.replace(".", "") in vocab.DOTTED_MERIDIEM:
        return vocab.DOTTED_MERIDIEM[word.replace(".", "")]  # غ.م. / غ.و., ب.ن / د.ن
    if word.startswith(("ق", "a")):
        return "am"  # ق.ظ, قبل از ظهر, AM
    if word.startswith(("ب.", "بظ", "بعد", "p")) or word == "بظ":
        return "pm"  # ب.ظ, بعد از ظهر, PM
    return _DAY_PART_WORDS.get(word)


_DAY_PART_WORDS = {"بامداد": "bamdad", "صبح": "sobh", "ظهر": "zohr", "عصر": "asr", "شب": "shab"}


def _offset(zone: str) -> tuple[int | None, str | None]:
    """Read a printed zone as minutes east of UTC; a zone that is not one comes back second."""
    text = zone.upper()
    if text == "Z":
        return 0, None
    if zone in vocab.ZONE_ABBREVIATIONS:
        return vocab.ZONE_ABBREVIATIONS[zone], None  # «PDT»: one offset wherever it is used
    if zone in vocab.GREENWICH_WORDS:
        return 0, None  # «گرینویچ»: GMT in Arabic script
    for prefix in ("UTC", "GMT"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            if not text:
                return 0, None
    sign = -1 if text[0] == "-" else 1
    body = text[1:]
    if ":" in body:
        hours, minutes = body.split(":")
    elif len(body) > 2:
        hours, minutes = body[:-2], body[-2:]
    else:
        hours, minutes = body, "0"
    if int(hours) > 14 or int(minutes) >= 60 or int(minutes) % 15:
        return None, zone  # no place on Earth: +99:99, +03:75, +24:00
    return sign * (int(hours) * 60 + int(minutes)), None


def range_like(match: regex.Match[str], group: str) -> bool:
    """Whether the offset in ``group`` may end a time range: «10:00-12:00», «10:00-12».

    A minus glued to a clock without seconds, outside the ISO form with its ``T``
    («2023-09-19T16:42-05:00» is an offset): the caller reads no seconds.
    """
    start = match.start(group)
    text = match.string
    if text[start] != "-" or start == 0 or not text[start - 1].isdigit():
        return False
    hour = match.start("H")
    return hour <= 0 or text[hour - 1] not in "Tt"


def _era(text: str) -> str:
    """The calendar an era word names: میلادی Gregorian; ه.ش, شمسی, لمریزکال (Pashto) Jalali;
    ه.ق, قمری, هـ Hijri; Urdu's year mark ء (۲۰۲۳ء) and Russian «г.», «года» (a Tajik
    site's «18 июня 2018 г.»; fix269) and Tajik «мелодӣ» (fix278) Gregorian."""
    if text == "ء" or text.startswith(("г", "м")):
        return "gregorian"
    if text.startswith("ل"):
        return "jalali"  # Pashto لمریز کال (solar year)
    if "ق" in text:
        return "hijri"
    if text.startswith("م"):
        return "gregorian"
    if "ش" in text:
        return "jalali"  # هجری شمسی, ه.ش, شمسی, خورشیدی
    return "hijri"  # هـ


def read(match: regex.Match[str], base: int = 0) -> DateParts:
    """Read the parts of a :data:`DATETIME` match.

    Args:
        match: A match of :data:`jalali_meta._patterns.DATETIME`.
        base: Added to every span: the offset of the matched string in the document.

    Returns:
        The parts, unvalidated: month 13 or day 40 are returned as they are.
    """
    if isinstance(match, QuickDate):
        parts = match.parts  # a line wholly in a quick layout: read without the grammar
        if not base:
            return parts
        start, end = parts.span
        wd = parts.weekday_span
        return parts._replace(
            span=(start + base, end + base),
            weekday_span=None if wd is None else (wd[0] + base, wd[1] + base),
        )
    # groupdict() is slow on a pattern with this many names; index the groups() tuple instead.
    (era_text, y, mj, me, ma, m, d, dw, wd, tz, ampm_text, hour, minute, second, s2, fraction,
     bad_time, zone_name, ranged, unread_zone) = _pick_groups()(match.groups())  # fmt: skip
    era = _era(era_text) if era_text else None
    assert y is not None, "every alternative of the grammar has a year"
    year = int(y)
    zone = None
    # Names are looked up by their squeezed form, folded as the grammar matched them.
    name = mj or me
    if name:
        calendar, month, zone = _month_named(name)
    elif ma:
        calendar, month, zone = "afghan", _AFGHAN_MONTHS[squeeze(ma)], "Asia/Kabul"
    else:
        assert m is not None, "a date without a month name has a numeric month"
        month = int(m)
        # A numeric date says its calendar by its era word, else by its year:
        # Jalali years in use are 13xx-14xx, Gregorian ones 19xx-20xx.
        calendar = era or ("jalali" if year < 1700 else "gregorian")
        if era == "hijri":
            era = None  # the era word made it Hijri; nothing left to contradict
    if d:
        day = int(d)
    else:
        assert dw is not None, "a day is digits or a word"
        day = _DAY_WORDS[squeeze(dw)]
    weekday = weekday_span = other_weekday = None
    if wd:
        weekday = _WEEKDAYS[squeeze(wd)]
        start, end = match.span("wd")
        weekday_span = (start + base, end + base)
        other_weekday = _other_weekday(match, weekday, base)
    offset = bad_zone = None
    if tz:
        offset, bad_zone = _offset(tz)
        if second is None and range_like(match, "tz"):
            offset, bad_zone = None, tz
    elif zone_name:
        zone = zone_name  # as printed: _dates looks it up (and refuses an unknown one)
    ampm = day_part(ampm_text)
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
        bad_zone,
        zone,
        microseconds(fraction) if fraction else None,
        None if bad_time is None else (match.start("bt") + base, match.end("bt") + base),
        _glued(match.string, match.start(), match.end(), base),
        None if ranged is None else (match.start("rg") + base, match.end("rg") + base),
        other_weekday,
        None if unread_zone is None else (match.start("zu") + base, match.end("zu") + base),
    )


def _other_weekday(
    match: regex.Match[str], last: int, base: int
) -> tuple[int, tuple[int, int]] | None:
    """A weekday printed with the date besides the last one, and not the same day, or None."""
    names = match.captures("wd")
    if len(names) < 2:
        return None
    for name, (start, end) in zip(names, match.spans("wd"), strict=True):
        index = _WEEKDAYS[squeeze(name)]
        if index != last:
            return index, (start + base, end + base)
    return None


# A mark or invisible character (combining marks, ZWNJ and the other format characters, and
# the replacement character a decoder leaves) between two digits: normalize keeps them (or
# their ZWNJ) in place, and the grammar would read the digits on either side as two numbers.
_MARK_CLASS = r"[\p{Mn}\p{Me}\p{Cf}\ufffd]"
_IS_MARK = regex.compile(_MARK_CLASS).fullmatch
_GLUE = regex.compile(rf"[0-9]{_MARK_CLASS}++[0-9]")
_DIGITS = "0123456789"


def _glued(norm: str, start: int, end: int, base: int) -> tuple[int, int] | None:
    """The span of a number in ``norm[start:end]`` or at its ends that a mark cuts in two.

    At either end of the match, a digit beside marks that a digit follows; inside it,
    only a ZWNJ can stand between digits (the grammar's gaps take no other mark).
    """
    if start and norm[start] in _DIGITS and _IS_MARK(norm[start - 1]):
        before = start - 1
        while before > 0 and _IS_MARK(norm[before - 1]):
            before -= 1
        if before and norm[before - 1] in _DIGITS:
            return _number_at(norm, before - 1, base)
    if end < len(norm) and norm[end - 1] in _DIGITS and _IS_MARK(norm[end]):
        after = end + 1
        while after < len(norm) and _IS_MARK(norm[after]):
            after += 1
        if after < len(norm) and norm[after] in _DIGITS:
            return _number_at(norm, end - 1, base)
    if norm.find("\u200c", start, end) >= 0:
        inside = _GLUE.search(norm, start, end)
        if inside is not None:
            return _number_at(norm, inside.start(), base)
    return None


def cut_number(norm: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the first number in ``norm[start:end]`` that a mark cuts in two, or None."""
    inside = _GLUE.search(norm, start, end)
    return None if inside is None else _number_at(norm, inside.start(), 0)


def _number_at(norm: str, at: int, base: int) -> tuple[int, int]:
    """The span (plus ``base``) of the digits and marks around ``norm[at]``, a digit."""
    start = end = at
    while start > 0 and (norm[start - 1] in _DIGITS or _IS_MARK(norm[start - 1])):
        start -= 1
    while end < len(norm) and (norm[end] in _DIGITS or _IS_MARK(norm[end])):
        end += 1
    while norm[start] not in _DIGITS:  # not the marks before the first digit
        start += 1
    while norm[end - 1] not in _DIGITS:
        end -= 1
    return start + base, end + base


def microseconds(fraction: str) -> int:
    """The microseconds of a printed fraction of a second: ``512`` -> 512000 (past six cut off)."""
    return int(fraction[:6].ljust(6, "0"))


# Every alternative of the grammar contains a four-digit year (YEAR_CORE). Searching the
# big pattern only in a window around each such number makes text without dates nearly free
# (the window: _limits.DATEDATE_BEFORE_YEAR / DATEDATE_AFTER_YEAR).
_WORD_SLACK = 24
# Where a word or a number begins (a letter after a digit and a digit after a letter count,
# and a Latin capital after a small letter or a letter of the Arabic script: «CenterMay 22,
# 2021», «هراتDec 9, 2023», words run together; fix302). Each alternative tests its character
# first and the one before it after (``.``: the character just read, never a line break): the
# same matches as ``(?<!\w)\w|(?<=[0-9])[^\W0-9_]|(?<=[^\W0-9_])[0-9]|(?<=[a-z])[A-Z]
# |(?<=\p{L})(?<=\p{Arabic})[A-Z]`` in about half the time (speed58).
_TOKEN_START = regex.compile(
    r"\w(?<!\w.)|[^\W0-9_](?<=[0-9].)|[0-9](?<=[^\W0-9_].)|[A-Z](?<=[a-z].)"
    r"|[A-Z](?<=\p{L}.)(?<=\p{Arabic}.)"
)


def _first_parts(words: tuple[str, ...]) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The one-letter first parts of ``words``, and the longer first parts by their first two
    letters (a word's first part: up to its first space, where the grammar's gap may be
    empty; each longer part is matched letter for letter, :func:`_patterns.words`)."""
    short: set[str] = set()
    heads: dict[str, set[str]] = {}
    for word in words:
        part = word.split(" ", 1)[0]
        if not part:
            raise ValueError(f"a first word begins with a space: {word!r}")
        if len(part) == 1:
            short.add(part)
        else:
            heads.setdefault(part[:2], set()).add(part)
    return frozenset(short), {head: tuple(sorted(parts)) for head, parts in heads.items()}


# Arabic-script letters (the block U+0600-U+06FF): a date begins with one of them only
# where one of DATE_FIRST_WORDS begins, and the grammar's Arabic-script names are matched
# exactly (no case folding), so the word's first part, up to its first space, is in the text
# letter for letter (speed42b; two letters told it before).
_ONE_LETTER_FIRSTS, _FIRST_HEADS = _first_parts(DATE_FIRST_WORDS)


def may_start_date(norm: str, at: int) -> bool:
    """Whether a :data:`DATETIME` match may begin at ``norm[at]`` (a necessary test).

    False only where ``norm[at]`` is an Arabic-script letter and the text there begins with
    no first part of a word a date can begin with («تاریخ», «انتشار», «امروز», «سال»);
    anything else (a digit, a Latin letter) may begin one.
    """
    head = norm[at]
    if not "\u0600" <= head <= "\u06ff" or head in _ONE_LETTER_FIRSTS:
        return True
    parts = _FIRST_HEADS.get(norm[at : at + 2])
    return parts is not None and norm.startswith(parts, at)


def is_hijri(match: regex.Match[str]) -> bool:
    """Whether a :data:`DATETIME` match is a lunar Hijri date (month name or era word)."""
    name = match.group("mj")
    if name:
        return _month_named(name)[0] == "hijri"
    era = match.group("era")
    return bool(era) and _era(era) == "hijri" and not match.group("me")


def search(norm: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
    """Return the leftmost solar or Gregorian date match in ``norm[pos:endpos]``, or None.

    The same as ``DATETIME.search`` for any real text, in time proportional to
    the number of four-digit numbers rather than to the length of the text.
    Lunar Hijri dates are passed over: they are never read as Jalali.
    """
    end = len(norm) if endpos is None else endpos
    tried = pos  # word starts before this were tried for an earlier year and failed
    for core in YEAR_CORE.finditer(norm, pos, end):
        if core.start() < tried:
            continue
        match = match_around(norm, core.start(), core.end(), tried, end)
        if match is not None:
            if not is_hijri(match):
                return match
            tried = match.end()
            continue
        tried = core.start() + 1
    return None


def read_time(match: regex.Match[str], day: Timestamp, end: int) -> DateParts:
    """Parts for ``day`` at the time of a :data:`patterns.TIME_LINE` match, spanning to ``end``."""
    ampm = day_part(match.group("ampm"))
    tz = match.group("tz")
    offset, bad_zone = _offset(tz) if tz else (None, None)
    if tz and not match.group("SS") and range_like(match, "tz"):
        offset, bad_zone = None, tz
    zone_name = match.group("zn") if "zn" in match.re.groupindex else None
    if day.calendar in ("jalali", "afghan"):
        year, month, date = day.jalali_date
    else:
        year, month, date = day.gregorian.year, day.gregorian.month, day.gregorian.day
    seconds = match.group("SS")
    # The caller's pattern may have no fraction group (a glued clock has no seconds).
    fraction = match.group("fr") if "fr" in match.re.groupindex else None
    return DateParts(
        calendar=day.calendar,
        year=year,
        month=month,
        day=date,
        hour=int(match.group("H")),
        minute=int(minute) if (minute := match.group("MI")) else None,
        second=int(seconds) if seconds else None,
        ampm=ampm,
        weekday=None,
        weekday_span=None,
        era=None,
        span=(text_span(day)[0], end),
        offset=offset,
        bad_zone=bad_zone,
        zone=zone_name or ("Asia/Kabul" if day.calendar == "afghan" else None),
        microsecond=microseconds(fraction) if fraction else None,
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
    # (a bracket before the year, where a bracketed weekday may open the date)
    bracketed = "(" in norm[start:core_start]
    # A date starts where a word or number starts: try only there, left to right.
    for token in _TOKEN_START.finditer(norm, start, core_start + 1):
        at = token.start()
        if at >= 2 and norm[at - 1] == ":" and norm[at - 2] in _DIGITS:
            # A number right after «hh:» is a time's minutes (or seconds), never a date's
            # day: «ساعت ۲۱:۲۷May 2024», a clock run into the date beside it, is not 27 May.
            continue
        head = norm[at]
        if "\u0600" <= head <= "\u06ff" and head not in _ONE_LETTER_FIRSTS:
            pair = norm[at : at + 2]  # (tests without a call first: most words fail here)
            if pair not in _FIRST_HEADS or not norm.startswith(_FIRST_HEADS[pair], at):
                continue  # may_start_date, inline: an Arabic-script word no date begins with
        if (
            bracketed
            and not head.isdigit()
            and (bracket := _bracket_before(norm, at, start)) is not None
        ):
            # A weekday in brackets before the date, «(دوشنبه) ۲۵ بهمن ۱۳۹۹»: the grammar's
            # bracketed weekday begins at the bracket, which is no word start; tried there
            # first, so the weekday is read and checked with its date (fix224) instead of the
            # date read alone after it.
            match = _match_at(norm, bracket, stop)
            if match is not None and match.end() > core_start:
                return match
        memo = _ANSWERS.kept
        if memo is None:
            match = DATETIME.match(norm, at, stop)
        else:
            key = (norm, at, stop)
            if key in memo:
                match = memo[key]
            else:
                if len(memo) >= MATCHES_KEPT:
                    memo.clear()
                match = memo[key] = DATETIME.match(norm, at, stop)
        if match is not None and match.end() > core_start:
            return match
    return None


def _bracket_before(norm: str, at: int, start: int) -> int | None:
    """Where an opening bracket stands right before ``norm[at]``, spaces or ZWNJs between
    (the grammar's gap), at ``start`` or after it; None if none does."""
    back = at - 1
    while back > start and norm[back] in " \u200c":
        back -= 1
    return back if back >= start and norm[back] == "(" else None


def _match_at(norm: str, at: int, stop: int) -> regex.Match[str] | None:
    """``DATETIME.match(norm, at, stop)``, answered from the memo while a text is parsed
    (:func:`match_around`'s try at a bracket; its loop looks the memo up inline, a call per
    try adding to every page's count of Python calls)."""
    memo = _ANSWERS.kept
    if memo is None:
        return DATETIME.match(norm, at, stop)
    key = (norm, at, stop)
    if key in memo:
        return memo[key]
    if len(memo) >= MATCHES_KEPT:
        memo.clear()
    match = memo[key] = DATETIME.match(norm, at, stop)
    return match


_Memo = dict[tuple[str, int, int], "regex.Match[str] | None"]


class _Answers(threading.local):
    """The grammar's answers at a start and an end (``DATETIME.match(norm, at, stop)`` in
    :func:`match_around`) kept while a text is parsed (:func:`remember_matches`), None
    otherwise. The rules read a line's dates more than once (the classifier, then the
    title's and the masthead's tests, a blog's post stamps), and each call of the grammar
    costs about 100,000 instructions whatever the text: the regex module seeds its state for
    each of the pattern's thousands of repeats before it matches (speed42,
    docs/performance.md). The answer is a function of the text and the bounds alone; a match
    object is never changed.

    One memo per thread (a ``threading.local``): two threads parsing at once never see,
    fill, clear or drop each other's memo (speed42b; tests/test_threads.py)."""

    def __init__(self) -> None:
        self.kept: _Memo | None = None


_ANSWERS = _Answers()
# At most this many answers are kept (a long page's years): then the memo starts again. As
# many as the lines `_lines._Lines` keeps made (EAGER_LINES): the classifier, the title's
# never-a-title test and the candidates read a dated line's date on three walks of the whole
# page, and 256 answers were gone before the next walk came back to a line (speed55).
MATCHES_KEPT = 4096


def remember_matches() -> _Memo | None:
    """Keep this thread's grammar answers from now on, in a new memo, until
    :func:`forget_matches` (the pipeline's one parse: a text parsed again costs what its
    first parse cost, and ``parse_datetime`` and ``find_dates`` outside a parse keep
    nothing). Returns the memo it replaced (None outside a parse), for
    :func:`forget_matches` to put back: a parse inside a parse keeps its own answers and
    leaves the outer parse's memo as it was."""
    kept = _ANSWERS.kept
    _ANSWERS.kept = {}
    return kept


def forget_matches(previous: _Memo | None = None) -> None:
    """Drop the memo :func:`remember_matches` made and put back the one it replaced."""
    _ANSWERS.kept = previous


def matches_kept() -> int:
    """How many answers this thread's memo holds now (none outside a parse)."""
    return len(_ANSWERS.kept or ())


def twin_after(norm: str, pos: int, endpos: int | None = None) -> regex.Match[str] | None:
    """Match a date in the other calendar printed right after one ending at ``pos``.

    The twin may follow after separators and a joiner such as «میلادی برابر با».
    """
    end = len(norm) if endpos is None else endpos
    joiner = TWIN_JOINER.match(norm, pos, end)
    start = joiner.end() if joiner else pos
    if start == pos and start < end and norm[start] not in " \u200c":
        return None
    if start < end and not may_start_date(norm, start):
        return None  # a word no date begins with (the grammar is not seeded for nothing)
    return DATETIME.match(norm, start, end)


# -- The quick reader: the layouts most pages print, without the big pattern ------------------
#
# parse_datetime spends most of its time in the grammar's one pattern. For the few layouts most
# pages print (a weekday or none; Y/M/D or Y-M-D, or D Month Y; then nothing, or a time as
# hh:mm or hh:mm:ss after a space, «ساعت», «-» or «،»), a small stdlib pattern reads the same
# parts. It answers only when the whole string is one of those layouts with a spelling the
# grammar's own alternations match; anything else (and any doubt) is None, and the caller runs
# the grammar. tests/test_quick_reader.py checks that both give the same Timestamp or error.


def _spellings(entries: Mapping[str, int]) -> dict[str, str]:
    """Each exact spelling the grammar matches for these entries, with one space, one ZWNJ or
    none where an entry has a space (the grammar's gap), and the entry's lookup key."""
    found: dict[str, str] = {}
    for entry in entries:
        if not entry or entry.isascii():
            continue  # Latin names: matched in any case by the grammar; left to it
        parts = entry.split(" ")
        for gaps in itertools.product(("", " ", "\u200c"), repeat=len(parts) - 1):
            spelling = parts[0] + "".join(
                gap + part for gap, part in zip(gaps, parts[1:], strict=True)
            )
            found[spelling] = squeeze(entry)
    return found


_QUICK_WEEKDAYS = {spelling: _WEEKDAYS[key] for spelling, key in _spellings(vocab.WEEKDAYS).items()}
_QUICK_MONTHS = {
    spelling: _MONTHS[key]
    for spelling, key in _spellings({**vocab.JALALI_MONTHS, **vocab.GREGORIAN_MONTHS_FA}).items()
    if _MONTHS[key][2] is None  # a zone (Dari names) is left to the grammar
}
_LETTERS = "\u0621-\u06cc"
_QUICK = re.compile(
    # a weekday, then spaces or a comma
    rf"(?:(?P<wd>[{_LETTERS}]+(?:[ \u200c][{_LETTERS}]+)?)(?: +| *[،,] *))?"
    # Y/M/D or Y-M-D, or D Month Y
    r"(?:(?P<y>[0-9]{4})(?P<s>[/-])(?P<m>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})"
    r"(?![/\-.\\][0-9])"  # as the grammar: not a day glued to more numbers
    rf"|(?P<d2>[0-9]{{1,2}}) (?P<mn>[{_LETTERS}]+) (?P<y2>[0-9]{{4}}))"
    # then a time after spaces, «-» or «،», maybe «ساعت»
    r"(?:(?: +| *[-،,] *)(?:ساعت +)?(?P<H>[0-9]{1,2}):(?P<MI>[0-9]{2})(?::(?P<SS>[0-9]{2}))?)?"
)


def quick_parts(norm: str, start: int, end: int) -> DateParts | None:
    """The parts of ``norm[start:end]`` if it is wholly one of the common layouts, else None.

    When it answers, the parts are the ones :func:`read` gives for the grammar's match of
    the same text; ``start`` and ``end`` must be where the text's edge separators end
    (nothing but those around it), as parse_datetime trims them.
    """
    match = _QUICK.fullmatch(norm, start, end)
    if match is None:
        return None
    wd, y, m, d, d2, mn, y2, hour, minute, second = match.group(
        "wd", "y", "m", "d", "d2", "mn", "y2", "H", "MI", "SS"
    )
    weekday = weekday_span = None
    if wd is not None:
        weekday = _QUICK_WEEKDAYS.get(wd)
        if weekday is None:
            return None
        weekday_span = match.span("wd")
    zone = None
    if y is not None:
        year, month, day = int(y), int(m), int(d)
        calendar = "jalali" if year < 1700 else "gregorian"
    else:
        named = _QUICK_MONTHS.get(mn)
        if named is None:
            return None
        calendar, month, zone = named
        year, day = int(y2), int(d2)
    return DateParts(
        calendar,
        year,
        month,
        day,
        int(hour) if hour else None,
        int(minute) if minute else None,
        int(second) if second else None,
        None,
        weekday,
        weekday_span,
        None,
        (start, end),
        None,
        False,
        None,
        zone,
    )


# -- A line that is wholly one date: its parts without the grammar ---------------------------
#
# The header classifier searches every line with a year for its first date, and the resolver
# reads the match it keeps (LineInfo.date). A date line printed in one of the quick reader's
# layouts and nothing else («سه شنبه 1402/06/28 ساعت 16:42») is read by the quick reader
# instead; the grammar's match is made only if a rule asks for more than its span and parts.


class QuickDate:
    """The date of a line that is wholly one of the quick reader's layouts, standing in for
    the grammar's match of it.

    :func:`search` over such a line finds one match over the whole line, and :func:`read`
    of it gives these parts (tests/test_line_date.py). ``start()``, ``end()`` and
    ``span()`` of the whole match answer from the parts, and :func:`read` returns them;
    ``captures("ma")`` (an Afghan zodiac month) answers none, as the quick reader takes no
    such month; any other use (a group, another capture) makes the grammar's match on first
    use and asks it.
    """

    __slots__ = ("_match", "parts", "string")

    def __init__(self, string: str, parts: DateParts) -> None:
        self.string = string
        self.parts = parts
        self._match: regex.Match[str] | None = None

    def grammar_match(self) -> regex.Match[str]:
        """The grammar's match of the line (made once, on first use)."""
        if self._match is None:
            found = search(self.string)
            assert found is not None, self.string
            assert found.span() == self.parts.span, self.string
            self._match = found
        return self._match

    def start(self, group: int | str = 0) -> int:
        return self.parts.span[0] if group == 0 else self.grammar_match().start(group)

    def end(self, group: int | str = 0) -> int:
        return self.parts.span[1] if group == 0 else self.grammar_match().end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.parts.span if group == 0 else self.grammar_match().span(group)

    def captures(self, group: int | str) -> list[str]:
        # The quick reader takes no Afghan zodiac month (its months are the Jalali and the
        # Persian Gregorian names without a zone): the grammar's match captures none.
        if group == "ma":
            return []
        return self.grammar_match().captures(group)

    def __getattr__(self, name: str) -> object:
        return getattr(self.grammar_match(), name)


# A line longer than this is never wholly one of the quick layouts (a weekday, a date with a
# month's name and a time with seconds after «ساعت» take about 45 characters).
_QUICK_LINE_MAX = 64


def line_date(norm: str) -> regex.Match[str] | None:
    """The first date of a normalised line, as :func:`search` finds it.

    A line that is wholly one of the quick reader's layouts gets a :class:`QuickDate`
    (typed as the match it stands for) instead of the grammar's match.
    """
    if len(norm) <= _QUICK_LINE_MAX and norm[-1:] in _ASCII_DIGITS:
        parts = quick_parts(norm, 0, len(norm))
        if parts is not None:
            return cast("regex.Match[str]", QuickDate(norm, parts))
    return search(norm)


_ASCII_DIGITS = frozenset("0123456789")
