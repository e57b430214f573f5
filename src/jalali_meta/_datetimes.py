"""Dates in text: one whole string (:func:`parse_datetime`), or all of them (:func:`find_dates`).

Both run the same grammar on the normalised copy and the same checks
(:func:`jalali_meta._dates.build`); they differ in what they do with doubt:
``parse_datetime`` raises, ``find_dates`` leaves a doubtful candidate out
(precision first: a number that is not surely a date is not a date).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import difflib
import re
from collections.abc import Iterator
from typing import Literal, NamedTuple, overload

import attrs
import regex

from jalali_meta import _vocab as vocab
from jalali_meta._dates import (
    GREGORIAN_RANGE,
    HIJRI_TOLERANCE_DAYS,
    JALALI_MAX_YEAR,
    JALALI_MIN_YEAR,
    TEHRAN,
    Issue,
    as_day,
    build,
    build_hijri,
    cut_number_error,
    gregorian_to_jalali,
    hijri_to_gregorian,
    hour_24,
    jalali_month_length,
    jalali_to_gregorian,
)
from jalali_meta._errors import DateError, InputTooLargeError
from jalali_meta._grammar import (
    DateParts,
    cut_number,
    day_part,
    is_hijri,
    match_around,
    quick_parts,
    read,
    squeeze,
    twin_after,
)
from jalali_meta._limits import DATE_AFTER_YEAR, DATE_BEFORE_YEAR, MAX_INPUT_CHARS
from jalali_meta._normalize import DIGIT_VALUES, normalize
from jalali_meta._patterns import DATETIME, RELATIVE, RELATIVE_FIRST_PART
from jalali_meta._records import HijriDate, Timestamp, text_span

__all__ = [
    "LUNAR_LOOKALIKE_YEAR",
    "DateRead",
    "before",
    "find_dates",
    "iter_dates",
    "parse_datetime",
    "read_match",
    "raw_years",
    "require_text",
    "resolve_relative",
    "same_moment",
    "scan_whole",
]

# A word for hints: letters with the ZWNJs that harakat and kashida became (normalize moves
# them to the end of the word), so «مُرداد» is one word, quoted whole.
_WORD = regex.compile(r"[\u0621-\u06cc](?:\u200c*[\u0621-\u06cc])+\u200c*|[A-Za-z]{3,}")
_KNOWN_NAMES = sorted(
    {
        *vocab.JALALI_MONTHS,
        *vocab.GREGORIAN_MONTHS_FA,
        *vocab.ENGLISH_MONTHS,
        *vocab.UZBEK_LATIN_MONTHS,
        *vocab.JALALI_MONTHS_LATIN,
        *(name.replace(" ", "") for name in vocab.WEEKDAYS),
    }
)
_EDGE = " \u200c\n•·-|"
# No date with its twin is longer than this; longer text is not one date.
_LONGEST_DATE = 300
# ... normalising this much at a time when years are dense.
_CHUNK = 16_384


def require_text(value: object, name: str = "text") -> str:
    """Return ``value`` if it is a str of at most MAX_INPUT_CHARS characters.

    Raises:
        TypeError: ``value`` is not a str; the message says what to pass instead.
        InputTooLargeError: ``value`` is longer than ``MAX_INPUT_CHARS``.
    """
    if isinstance(value, str):
        if len(value) > MAX_INPUT_CHARS:
            raise InputTooLargeError(
                f"input has {len(value):,} characters; the limit is {MAX_INPUT_CHARS:,}",
                value[:200],
            )
        return value
    hint = ""
    if isinstance(value, (bytes, bytearray)):
        hint = " (decode it first, e.g. data.decode('utf-8'), or use parse_html for HTML bytes)"
    raise TypeError(f"{name} must be str, not {type(value).__name__}{hint}")


class DateRead(NamedTuple):
    """A checked date with its soft issues and, if printed, its twin in the other calendar.

    Attributes:
        stamp: The first date printed.
        issues: Its soft issues, the twin's, and a ``twin-mismatch`` when the two disagree.
        twin: The same day printed in the other calendar right after it, or None.
        end: Where the date (and its twin) ends in the normalised text that was matched.
    """

    stamp: Timestamp
    issues: tuple[Issue, ...]
    twin: Timestamp | None
    end: int


def before(first: Timestamp, second: Timestamp) -> bool:
    """Whether ``first`` is surely earlier than ``second`` (by day when one has no time)."""
    a, b = first.gregorian, second.gregorian
    if isinstance(a, _dt.datetime) and isinstance(b, _dt.datetime):
        return a < b
    day_a = as_day(a)
    day_b = as_day(b)
    return day_a < day_b


def same_moment(first: Timestamp, second: Timestamp) -> bool:
    """Whether two timestamps can be the same moment: the same day, and time if both have one."""
    if first.gregorian.isoformat()[:10] != second.gregorian.isoformat()[:10]:
        return False
    if first.has_time and second.has_time:
        a, b = first.gregorian, second.gregorian
        if a == b:
            return True
        # One printed less precisely: without a fraction («12:38:41» beside «12:38:41.250»), the
        # same second will do; without seconds («۱۲:۳۸» beside «12:38:41 PM»), the same minute.
        assert isinstance(a, _dt.datetime)
        assert isinstance(b, _dt.datetime)
        if (a.microsecond == 0 or b.microsecond == 0) and a.replace(microsecond=0) == b.replace(
            microsecond=0
        ):
            return True
        minute_a, minute_b = a.replace(second=0, microsecond=0), b.replace(second=0, microsecond=0)
        whole_a, whole_b = a.second == a.microsecond == 0, b.second == b.microsecond == 0
        return (whole_a or whole_b) and minute_a == minute_b
    return True


def read_match(
    doc: str, norm: str, match: regex.Match[str], endpos: int | None = None, base: int = 0
) -> DateRead:
    """Check one grammar match and the twin printed after it, if any.

    ``norm`` is the normalised copy of ``doc[base:]`` (or of a part of it starting
    there) that ``match`` ran on; spans in the result are offsets into ``doc``.

    Raises:
        DateError: the first date is invalid (a twin that is invalid is ignored,
            with a ``twin-invalid`` issue).
    """
    stamp, issues = build(read(match, base), doc)
    end = match.end()
    limit = len(norm) if endpos is None else endpos
    twin_match = twin_after(norm, end, endpos) if end < limit else None
    twin = None
    if twin_match is not None:
        twin_parts = read(twin_match, base)
        if twin_parts.calendar == "hijri":
            # A lunar date beside the solar one: a cross-check, within a day or two.
            hijri_issue = _hijri_check(stamp, twin_parts, doc)
            if hijri_issue is not None:
                issues.append(hijri_issue)
            end = twin_match.end()
        elif twin_parts.calendar != stamp.calendar:
            try:
                twin, twin_issues = build(twin_parts, doc)
            except DateError as err:
                span = (twin_match.start() + base, twin_match.end() + base)
                issues.append(Issue("twin-invalid", err.msg, span))
            else:
                issues.extend(twin_issues)
                if not same_moment(stamp, twin):
                    issues.append(
                        Issue(
                            "twin-mismatch",
                            f"{stamp.text!r} ({stamp.isoformat()}) and its twin {twin.text!r} "
                            f"({twin.isoformat()}) are not the same day",
                            (text_span(stamp)[0], text_span(twin)[1]),
                        )
                    )
            end = twin_match.end()
    return DateRead(stamp, tuple(issues), twin, end)


def _hijri_check(stamp: Timestamp, parts: DateParts, doc: str) -> Issue | None:
    """An issue when a lunar date printed beside ``stamp`` is more than two days off."""
    span = parts.span
    try:
        build_hijri(parts, doc)
        lunar = hijri_to_gregorian(parts.year, parts.month, parts.day)
    except (DateError, ValueError, OverflowError) as err:
        return Issue("hijri-mismatch", f"the lunar date beside it is not a date: {err}", span)
    solar = stamp.gregorian
    day = as_day(solar)
    if abs((lunar - day).days) <= HIJRI_TOLERANCE_DAYS:
        return None
    return Issue(
        "hijri-mismatch",
        f"{stamp.text!r} ({day.isoformat()}) and the lunar date {doc[span[0] : span[1]]!r} "
        f"(about {lunar.isoformat()}) are more than {HIJRI_TOLERANCE_DAYS} days apart",
        (text_span(stamp)[0], span[1]),
    )


def _suggestion(text: str, norm: str, offset: int = 0) -> str:
    """A hint for a misspelt month or weekday, quoting the word as written (marks included)."""
    for found in _WORD.finditer(norm):
        key = found.group().replace("\u200c", "").lower()
        if key in _KNOWN_NAMES:
            continue
        close = difflib.get_close_matches(key, _KNOWN_NAMES, n=1, cutoff=0.75)
        if close:
            word = text[offset + found.start() : offset + found.end()]
            return f"; did you mean {close[0]!r} for {word!r}?"
    return ""


def _trimmed(norm: str) -> tuple[int, int]:
    """The extent of ``norm`` without the separators and spaces around a lone date."""
    start, end = 0, len(norm)
    while start < end and norm[start] in _EDGE:
        start += 1
    while end > start and norm[end - 1] in _EDGE:
        end -= 1
    return start, end


def parse_datetime(text: str) -> Timestamp:
    """Parse a string that is exactly one date or date-time, in any layout Iranian sites print.

    The weekday, if printed, must agree with the date. A date followed by its
    twin in the other calendar is checked against it, and the first is returned.

    Args:
        text: The date as written, e.g. ``"سه شنبه 1402/06/28 ساعت 16:42"``.

    Returns:
        The timestamp; ``text`` and ``span`` refer to ``text``.

    Raises:
        DateError: ``text`` is not one date, or the date does not exist, or
            the weekday or the twin disagrees, or it is all digits with a year of
            :data:`LUNAR_LOOKALIKE_YEAR` or later and no era word (``"1446-09-01"``: a
            lunar Hijri date of our time, or Jalali 2067; ``find_dates(text, hijri=True)``
            reads the lunar one).
        TypeError: ``text`` is not a str.

    Example:
        >>> ts = parse_datetime("۳ بهمن ۱۴۰۱، ۰۹:۱۵")
        >>> ts.isoformat(), ts.calendar
        ('2023-01-23T09:15:00+03:30', 'jalali')
        >>> parse_datetime("Jan 23, 2023, 9:15 AM").jalali_isoformat()
        '1401-11-03T09:15:00+03:30'
    """
    return _parse_datetime(text, quick=True)


def _parse_datetime(text: str, *, quick: bool) -> Timestamp:
    """parse_datetime; with ``quick``, the common layouts are read without the grammar.

    Both ways give the same Timestamp or the same error (tests/test_quick_reader.py).
    """
    doc = require_text(text)
    norm = normalize(doc)
    start, end = _trimmed(norm)
    if end - start > _LONGEST_DATE:
        raise DateError("too long to be one date", doc, start, min(end, start + 80))
    parts = quick_parts(norm, start, end) if quick else None
    if parts is not None and parts.calendar == "jalali" and parts.year >= LUNAR_LOOKALIKE_YEAR:
        parts = None  # maybe a lunar date of our time (_lunar_error): the grammar knows
    if parts is not None:
        stamp, issues = build(parts, doc)
        for issue in issues:
            if issue.code not in ("nonexistent-time", "repeated-time"):
                raise DateError(issue.message, doc, *issue.span)
        return stamp
    match = scan_whole(norm, start, end)
    if match is None:
        cut = cut_number(norm, start, end)
        if cut is not None:
            raise cut_number_error(doc, *cut)
        raise DateError("not a date" + _suggestion(doc, norm[start:end], start), doc, start, end)
    result = read_match(doc, norm, match, end)
    if result.end != end and not _bracketed_twin(norm, match.end(), result.end, end):
        raise DateError("unexpected text after the date", doc, result.end, end)
    if lunar_lookalike(result.stamp, match):
        raise _lunar_error(doc, result.stamp, match)
    for issue in result.issues:
        if issue.code not in ("nonexistent-time", "repeated-time"):
            raise DateError(issue.message, doc, *issue.span)
    return result.stamp


def _lunar_error(doc: str, stamp: Timestamp, match: regex.Match[str]) -> DateError:
    """The error for an all-digit date whose year only a lunar Hijri date of our time has
    (:func:`lunar_lookalike`: «1446/09/10»): it is read neither way, both readings named."""
    try:
        lunar = build_hijri(read(match), doc).hijri_isoformat()
    except DateError as err:
        lunar = f"no day either ({err.msg})"
    return DateError(
        f"all digits with the year {stamp.jalali_date[0]}: read as Jalali it would be "
        f"{stamp.gregorian.isoformat()[:10]}, no article's date yet; read as lunar Hijri it "
        f"is {lunar} (the year {LUNAR_LOOKALIKE_YEAR} or later is a lunar year of our time). "
        "Not read as either: find_dates(text, hijri=True) reads it as the lunar date",
        doc,
        *match.span(),
    )


def _bracketed_twin(norm: str, date_end: int, twin_end: int, end: int) -> bool:
    """Whether the date's twin was printed in brackets and only the closing one is left:
    «۵ اردیبهشت ۱۴۰۳ (24 April 2024)» is one date and its twin, as the header reads it; so is
    «۵ اردیبهشت ۱۴۰۳ [24 April 2024]» (fix105: square brackets, each closed by its own kind)."""
    close = norm[twin_end:end].strip()
    return (close == ")" and "(" in norm[date_end:twin_end]) or (
        close == "]" and "[" in norm[date_end:twin_end]
    )


def scan_whole(norm: str, start: int, end: int) -> regex.Match[str] | None:
    """Match the grammar over all of ``norm[start:end]``, or else a prefix of it."""
    whole = DATETIME.fullmatch(norm, start, end)
    if whole is not None:
        return whole
    return DATETIME.match(norm, start, end)


@overload
def find_dates(
    text: str,
    reference: _dt.datetime | None = None,
    *,
    hijri: Literal[False] = False,
    min_date: _dt.date | None = None,
    max_date: _dt.date | None = None,
) -> list[Timestamp]: ...


@overload
def find_dates(
    text: str,
    reference: _dt.datetime | None = None,
    *,
    hijri: Literal[True],
    min_date: _dt.date | None = None,
    max_date: _dt.date | None = None,
) -> list[Timestamp | HijriDate]: ...


def find_dates(
    text: str,
    reference: _dt.datetime | None = None,
    *,
    hijri: bool = False,
    min_date: _dt.date | None = None,
    max_date: _dt.date | None = None,
) -> list[Timestamp] | list[Timestamp | HijriDate]:
    """Find every complete date or date-time in running text, in order.

    Precision first: a candidate that is not a real day, whose weekday or twin
    disagrees, or that is a bare number, month or weekday, is left out.

    Args:
        text: Any text, e.g. an article's body.
        reference: When given, relative dates («۲ ساعت پیش», «دیروز ساعت ۹:۳۰»,
            «امروز ۱۶:۴۲») are resolved against it and returned with
            ``relative=True``; without it they are not dates. A naive reference
            is read as Tehran wall time.
        hijri: Also return lunar Hijri dates, as :class:`HijriDate` records (printed
            values only). Without it they are left out; either way never read as Jalali.
        min_date, max_date: Leave out dates before or after these (a day, or an
            instant; docs/workflows.md).

    Returns:
        The timestamps in text order; ``text[ts.span[0]:ts.span[1]] == ts.text``.
        A date and its twin in the other calendar are two mentions.

    Example:
        >>> [ts.isoformat() for ts in find_dates("جلسه در ۱۵ خرداد ۱۴۰۲ برگزار شد.")]
        ['2023-06-05']
    """
    doc = require_text(text)
    if reference is not None or min_date is not None or max_date is not None:
        from jalali_meta._plausible import check_reference  # noqa: PLC0415 - imports this module

        check_reference(reference, min_date, max_date)
    found: list[Timestamp] = []
    lunar: list[HijriDate] = []
    for result in iter_dates(doc, lunar=lunar if hijri else None):
        if any(i.code in _DOUBTFUL for i in result.issues):
            continue
        found.append(result.stamp)
        if result.twin is not None:
            found.append(result.twin)
    if reference is not None:
        found = _merge(found, list(iter_relative(doc, reference)))
    if min_date is not None or max_date is not None:
        from jalali_meta._plausible import within  # noqa: PLC0415 - it imports this module

        found = [stamp for stamp in found if within(stamp, min_date, max_date)]
    if hijri:
        both: list[Timestamp | HijriDate] = [*found, *lunar]
        return sorted(both, key=_start)
    return found


def _start(record: Timestamp | HijriDate) -> int:
    return text_span(record)[0] if isinstance(record, Timestamp) else record.span[0]


def _merge(absolute: list[Timestamp], relative: list[Timestamp]) -> list[Timestamp]:
    """Add relative dates that do not overlap an absolute one, in text order."""
    if not relative:
        return absolute
    taken = [text_span(ts) for ts in absolute]
    kept = [
        ts
        for ts in relative
        if not any(a < text_span(ts)[1] and text_span(ts)[0] < b for a, b in taken)
    ]
    return sorted([*absolute, *kept], key=lambda ts: text_span(ts)[0])


_RELATIVE_HINTS = ("پیش", "قبل", "روز")
# How far before a relative count its first part is looked for (a count, a unit and a joiner).
_FIRST_PART_WINDOW = 40


def iter_relative(doc: str, reference: _dt.datetime) -> Iterator[Timestamp]:
    """Yield every relative date in ``doc`` resolved against ``reference``."""
    if not any(hint in doc for hint in _RELATIVE_HINTS):
        return
    norm = normalize(doc)
    for match in RELATIVE.finditer(norm):
        start = match.start()
        if (match.group("n") or match.group("nw")) and RELATIVE_FIRST_PART.search(
            norm, max(0, start - _FIRST_PART_WINDOW), start
        ):
            continue  # «۲ روز و ۳ ساعت پیش»: the last part alone would be wrong
        stamp = _relative_stamp(doc, match, reference)
        if stamp is not None:
            yield stamp


def resolve_relative(text: str, reference: _dt.datetime) -> Timestamp | None:
    """Resolve a relative date that is the whole of ``text`` against ``reference``.

    Reads «N ثانیه/دقیقه/ساعت/روز/هفته/ماه/سال پیش» (or «قبل»; N in digits of any
    system or in words), «لحظاتی پیش», «امروز», «دیروز», «پریروز», the last three
    with an optional time («امروز ۱۶:۴۲», «دیروز ساعت ۹:۳۰»).

    Args:
        text: The phrase as written; spaces and separators around it are allowed.
        reference: The moment the text was current (e.g. when the page was fetched).
            A naive datetime is read as Tehran wall time.

    Returns:
        A Timestamp with ``relative=True``, in Asia/Tehran: a date-time for seconds,
        minutes, hours, «لحظاتی» and a day word with a time; a date for days, weeks,
        months and years and a day word alone. None when ``text`` is not one
        relative date, or the result is outside the supported range.

    Example:
        >>> import datetime as dt
        >>> ref = dt.datetime(2023, 9, 19, 16, 42, tzinfo=dt.timezone(dt.timedelta(hours=3.5)))
        >>> resolve_relative("۲ ساعت پیش", ref).isoformat()
        '2023-09-19T14:42:00+03:30'
        >>> resolve_relative("دیروز ساعت ۹:۳۰", ref).jalali_isoformat()
        '1402-06-27T09:30:00+03:30'
    """
    doc = require_text(text)
    norm = normalize(doc)
    start, end = _trimmed(norm)
    match = RELATIVE.fullmatch(norm, start, end)
    if match is None:
        return None
    return _relative_stamp(doc, match, reference)


_CARDINALS = {squeeze(word): number for word, number in vocab.CARDINAL_DAYS.items()}
_CARDINALS["نیم"] = 0  # «نیم ساعت»: half, handled below


def _relative_stamp(doc: str, match: regex.Match[str], reference: _dt.datetime) -> Timestamp | None:
    """Resolve one :data:`RELATIVE` match against ``reference``, or None out of range."""
    if reference.tzinfo is None or reference.utcoffset() is None:
        reference = reference.replace(tzinfo=TEHRAN)
    now = reference.astimezone(TEHRAN).replace(microsecond=0)
    start, end = match.span()
    value: _dt.datetime | _dt.date
    try:
        if match.group("moments"):
            value = now
        elif match.group("day"):
            day = now.date() - _dt.timedelta(days=vocab.RELATIVE_DAYS[squeeze(match.group("day"))])
            hour = match.group("H")
            if match.group("rg"):
                return None  # «دیروز ساعت ۱۰ تا ۱۲»: a range of times, not one
            if hour is None:
                value = day
            else:
                second, minute = match.group("SS", "MI")
                hours = int(hour)
                part = day_part(match.group("ampm"))
                if part is not None:
                    converted = hour_24(hours, part)
                    if converted is None:
                        return None  # «دیروز ساعت ۱۵ صبح»: no hour fits
                    hours = converted
                # «دیروز ساعت ۹»: on the hour.
                minutes = int(minute) if minute else 0
                time = _dt.time(hours, minutes, int(second) if second else 0)
                value = _dt.datetime.combine(day, time, tzinfo=TEHRAN)
        else:
            digits, word = match.group("n"), match.group("nw")
            unit = vocab.RELATIVE_UNITS[squeeze(match.group("unit"))]
            count = int(digits) if digits else _CARDINALS[squeeze(word)]
            half = not digits and squeeze(word) == "نیم"
            if unit > 0:
                seconds = unit // 2 if half else unit * count
                if unit >= 86400 and not half:
                    value = now.date() - _dt.timedelta(seconds=seconds)
                else:
                    utc = now.astimezone(_dt.timezone.utc) - _dt.timedelta(seconds=seconds)
                    value = utc.astimezone(TEHRAN)
            elif half:
                return None  # «نیم ماه»: too vague to be a day
            else:
                value = _months_before(now.date(), -unit * count)
    except (ValueError, OverflowError):
        return None  # an hour 25, or far before year 1
    day = as_day(value)
    low, high = GREGORIAN_RANGE
    if not low <= day <= high:
        return None
    return Timestamp(
        gregorian_to_jalali(day), value, "jalali", doc[start:end], (start, end), relative=True
    )


def _months_before(day: _dt.date, months: int) -> _dt.date:
    """The Jalali day ``months`` months before ``day``, its day of month clamped to the month."""
    low, high = GREGORIAN_RANGE
    if not low <= day <= high:
        raise ValueError("reference outside the supported range")
    year, month, date = gregorian_to_jalali(day)
    index = year * 12 + month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    if not JALALI_MIN_YEAR <= year <= JALALI_MAX_YEAR:
        raise ValueError("outside the supported range")
    return jalali_to_gregorian(year, month, min(date, jalali_month_length(year, month)))


# An all-digit Jalali date of this year or later (2041 and on) is no article's date yet,
# while lunar Hijri years of our time (1420 is 1999, 1448 is 2026) print the same way:
# «۱۴۴۶/۰۸/۰۳» with no month name and no era word is read as lunar Hijri, never as Jalali
# 1446 (2067). The parser never reads the clock: this fixed year is to be raised as Jalali
# years approach it (Jalali 1420 begins in March 2041).
LUNAR_LOOKALIKE_YEAR = 1420


def lunar_lookalike(stamp: Timestamp, match: regex.Match[str]) -> bool:
    """Whether a date read as Jalali is all digits (no month name, no era word) with a year
    that only a lunar Hijri date of our time has (:data:`LUNAR_LOOKALIKE_YEAR` or later)."""
    return (
        stamp.calendar == "jalali"
        and stamp.jalali_date[0] >= LUNAR_LOOKALIKE_YEAR
        and match.group("m") is not None
        and match.group("era") is None
    )


def lunar_stamp(found: HijriDate) -> Timestamp:
    """A lunar Hijri day as a date-only Timestamp (``calendar="hijri"``), converted by the
    arithmetical (tabular) Islamic calendar; the official day, fixed by sighting the moon,
    may be a day or two off, so every caller warns (``calendar-lunar``)."""
    day = hijri_to_gregorian(*found.hijri_date)
    return Timestamp(gregorian_to_jalali(day), day, "hijri", found.text, found.span)


# A mention with one of these is left out of find_dates: the text contradicts itself.
# So is one whose time is printed in a zone that is not read («10:00 PST»): its day alone
# would drop the time without a word, its time as Tehran's would be wrong.
_DOUBTFUL = frozenset({"weekday-mismatch", "twin-mismatch", "hijri-mismatch", "zone-unread"})


def iter_dates(doc: str, base: int = 0, lunar: list[HijriDate] | None = None) -> Iterator[DateRead]:
    """Yield every valid date in ``doc`` (spans shifted by ``base``), doubtful ones included.

    Candidates that are not real days are skipped; a weekday or twin that
    disagrees stays in ``DateRead.issues`` for the caller to judge. Lunar Hijri
    dates are never yielded; when ``lunar`` is a list, valid ones are appended to it. An
    all-digit date whose year only a lunar date of our time has (:func:`lunar_lookalike`:
    «۱۴۴۶/۰۸/۰۳») is no Jalali date either: it is appended as a lunar one with
    ``inferred=True``.
    """
    pos = 0  # where the last date ended
    tried = 0  # word starts before this were tried for an earlier year and failed
    chunk, chunk_start, chunk_end = "", 0, 0  # the normalised part of doc at hand
    # Every date has a four-digit year: look only around those, and normalise only there,
    # so a long body without dates costs one scan for digits.
    for core_start, core_end in raw_years(doc):
        if core_start < pos:
            continue
        start = max(pos, core_start - DATE_BEFORE_YEAR)
        stop = min(len(doc), core_end + DATE_AFTER_YEAR)
        if start < chunk_start or stop > chunk_end:
            chunk_start, chunk_end = start, min(len(doc), max(stop, start + _CHUNK))
            chunk = normalize(doc[chunk_start:chunk_end])
        match = match_around(
            chunk,
            core_start - chunk_start,
            core_end - chunk_start,
            max(start, tried) - chunk_start,
            stop - chunk_start,
        )
        tried = core_start + 1
        if match is None:
            continue
        if is_hijri(match):
            pos = chunk_start + match.end()
            if lunar is not None:
                with contextlib.suppress(DateError):
                    found = build_hijri(read(match, chunk_start), doc)
                    shifted = (found.span[0] + base, found.span[1] + base)
                    lunar.append(attrs.evolve(found, span=shifted))
            continue
        try:
            result = read_match(doc, chunk, match, stop - chunk_start, base=chunk_start)
        except DateError:
            continue
        pos = chunk_start + result.end  # past the twin too, so it is not read twice
        if lunar_lookalike(result.stamp, match):
            if lunar is not None:
                with contextlib.suppress(DateError):
                    found = build_hijri(read(match, chunk_start), doc)
                    shifted = (found.span[0] + base, found.span[1] + base)
                    lunar.append(attrs.evolve(found, span=shifted, inferred=True))
            continue
        yield _shifted(result, base) if base else result


_DIGIT_CHARS = frozenset(DIGIT_VALUES)
_DIGIT_RUN = re.compile("[" + "".join(sorted(DIGIT_VALUES)) + "]+")
# The first digit of every year a date can have (Jalali JALALI_MIN_YEAR..JALALI_MAX_YEAR and
# the Gregorian years of the same days: 1178-1633 and 1799-2255, so 1 and 2), in each system.
_LEAD_VALUES = {str(year)[0] for year in (JALALI_MIN_YEAR, JALALI_MAX_YEAR)} | {
    str(day.year)[0] for day in GREGORIAN_RANGE
}
_YEAR_LEADS = tuple(sorted(d for d, value in DIGIT_VALUES.items() if value in _LEAD_VALUES))


def raw_years(doc: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of every run of exactly four digits (any system) that can be a year.

    Only runs whose first digit a supported year can start with (:data:`_YEAR_LEADS`) are
    yielded: no other four-digit number can be the year of a valid date. They are found by
    substring search for those few digits, which on Persian text is several times cheaper
    than testing every character against a set of 30 digits.
    """
    digits = _DIGIT_CHARS
    run_at = _DIGIT_RUN.match
    starts = []
    for lead in _YEAR_LEADS:
        at = doc.find(lead)
        while at >= 0:
            run = run_at(doc, at)
            assert run is not None  # doc[at] is a digit
            # Inside a longer run (a digit before), or a run of other than four: not a year.
            if run.end() - at == 4 and (at == 0 or doc[at - 1] not in digits):
                starts.append(at)
            at = doc.find(lead, run.end())
    starts.sort()
    for start in starts:
        yield start, start + 4


def _shifted(result: DateRead, base: int) -> DateRead:
    def move(stamp: Timestamp) -> Timestamp:
        return attrs.evolve(stamp, span=(text_span(stamp)[0] + base, text_span(stamp)[1] + base))

    issues = tuple(i._replace(span=(i.span[0] + base, i.span[1] + base)) for i in result.issues)
    twin = move(result.twin) if result.twin is not None else None
    return DateRead(move(result.stamp), issues, twin, result.end + base)
