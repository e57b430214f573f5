"""Reading one date on a line by the page's rules: the cascade behind ``_read_date``.

A span of a header, footer or label line holds a date; :func:`_read_date` reads it with the
grammar and the calendar and decides what the bare digits leave open, from the rest of the
page: a two-digit year's century (the page's four-digit years), an all-digit Gregorian
date's order of day and month (the page's other dates, its language), a clock printed
minutes first or with a one-digit minute, a time glued to the next token, a lunar Hijri date
that looks like a solar one. Problems are raised or warned by the mode's rules, never
guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timezone

import attrs
import regex

from jalali_meta import _vocab as vocab
from jalali_meta._dates import (
    HIJRI_TOLERANCE_DAYS,
    LAST_HOUR,
    LAST_MINUTE,
    Issue,
    as_day,
    build,
    build_hijri,
    gregorian_to_jalali,
    hour_24,
)
from jalali_meta._datetimes import (
    LUNAR_LOOKALIKE_YEAR,
    DateRead,
    iter_dates,
    lunar_lookalike,
    lunar_stamp,
    parse_datetime,
    raw_years,
    read_match,
)
from jalali_meta._errors import DateError
from jalali_meta._grammar import DateParts, read_time, search, squeeze
from jalali_meta._grammar import read as read_parts
from jalali_meta._header import (
    SHORT_BAD_TIME,
    SHORT_BRACKET_DATE,
    SHORT_DATE,
    SHORT_DATELINE_DATE,
    SHORT_JALALI_DATE,
    SHORT_NAMED_DATE,
    SHORT_TIMED_DATE,
    SPACED_DATE,
)
from jalali_meta._lines import _Line, _State
from jalali_meta._normalize import to_ascii_digits
from jalali_meta._patterns import any_case
from jalali_meta._records import HijriDate, Span, Timestamp, text_span

_RELATIVE = frozenset(vocab.RELATIVE_WORDS)


# A letter of the Arabic script (presentation forms of a PDF text layer included).
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")


def _day_of(state: _State, index: int) -> str | None:
    line = state.lines[index]
    match = line.info.date or search(line.norm)
    read = _read_match(state, line, match) if match is not None else None
    return read.stamp.gregorian.isoformat()[:10] if read is not None else None


def _read_match(state: _State, line: _Line, match: regex.Match[str]) -> DateRead | None:
    try:
        read = read_match(state.doc, line.norm, match, len(line.norm), base=line.start)
    except DateError:
        return None
    if read.stamp.calendar == "afghan":
        state.afghan = True
    return read


def _read_date(
    state: _State,
    span: Span,
    *,
    one_digit_day: bool = False,
    labelled: bool = False,
    dateline: bool = False,
) -> DateRead | None:
    """Read the first date in ``span``; report problems by the mode's rules. With
    ``one_digit_day``, a span that is a two-digit-year date with a one-digit day alone
    (:data:`SHORT_BRACKET_DATE`, a headline's bracketed day) is read as well. With
    ``labelled`` (a label's value), a two-digit year first and a one-digit day last
    («در : 92/3/3 5:24 عصر», Parsiblog's post header: fix187) is read as «92/03/03», the
    year's end being the only one of two digits (warned two-digit-year alike). With
    ``dateline`` (an agency's dateline's brackets), a day, a month's name and a two-digit
    year alone («٣٠ حمل٩٢», :data:`SHORT_DATELINE_DATE`) is read too (fix204)."""
    doc = state.doc
    line = state.line_at(span[0])
    base, end = span[0] - line.start, span[1] - line.start
    date = line.info.date
    match: regex.Match[str] | None
    if date is not None and date.start() == base and date.end() <= end:
        # The classifier found this very date: read its match instead of searching again.
        norm, match, endpos, offset = line.norm, date, end, line.start
    else:
        # The line's normalised text, cut to the span (normalising is one character for one).
        norm = line.norm[base:end]
        match, endpos, offset = search(norm), len(norm), span[0]
    if match is None and SPACED_DATE.fullmatch(norm):
        # «23 11 2020» (or «30 04 2019 00:00») alone on its line (_header.SPACED_DATE): read
        # as the same digits with slashes, one character for one, so day and month are
        # ordered (or refused) as the slashed form is.
        norm = SPACED_DATE.sub(r"\g<a>/\g<b>/\g<y>\g<t>", norm)
        match = search(norm)
    if match is None:
        short = SHORT_DATE.match(norm)
        if short is None and one_digit_day:
            short = SHORT_BRACKET_DATE.fullmatch(norm)
        if short is None and labelled:
            short = SHORT_BRACKET_DATE.match(norm)
            if short is not None and len(short.group("a")) != 2:
                short = None  # (a one-digit first end: the day first, not read in a label)
        if short is not None:
            return _read_short(state, short, offset)
        named = SHORT_NAMED_DATE.match(norm)
        if named is not None:
            return _read_short_gregorian(state, named, offset)
        weekday_named = SHORT_JALALI_DATE.match(norm)
        if weekday_named is not None:
            return _read_short_jalali(state, weekday_named, offset)
        # A day, a month's name and a two-digit year alone: in an agency's dateline, as a
        # label's value («ارسال شده در ۱۲ مهر ۸۵») or on a date line of its own (fix216).
        alone = line.info.kind == "date" and date is None
        timed = SHORT_TIMED_DATE.fullmatch(norm) if line.info.kind in ("date", "mixed") else None
        if timed is not None and date is None:
            return _read_short_timed(state, timed, offset, doc[span[0] : span[1]])
        dated = SHORT_DATELINE_DATE.fullmatch(norm) if dateline or labelled or alone else None
        if dated is not None and (dateline or labelled or _year_printed(state, dated)):
            where = "its dateline" if dateline else "a label's value" if labelled else "its line"
            return _read_short_dateline(state, dated, offset, where)
        if dated is not None:
            # «۲۹ شهریور ۹۳» alone with no label and no year of the page agreeing: a day
            # and a count as likely (fix67); no date, and the line is no title either.
            state.warn(
                "not-a-date",
                f"{doc[span[0] : span[1]]!r} prints a two-digit year with no label, and no "
                "four-digit year of the page agrees; value left empty",
                span[0],
                span[1],
            )
            return None
        lunar = _lunar_value(state, span)
        if lunar is not None:
            return lunar
        words = set(norm.lower().split())
        if words & _RELATIVE:
            reason = "is a relative date, which is not converted (the parser never reads the clock)"
        else:
            reason = "is not a date"
        state.warn(
            "not-a-date", f"{doc[span[0] : span[1]]!r} {reason}; value left empty", span[0], span[1]
        )
        return None
    try:
        result = read_match(doc, norm, match, endpos, base=offset)
        _refuse_lone_number(doc, norm, result.end, endpos, offset)
        _warn_clock_order(state, result.stamp)
    except DateError as err:
        if state.strict:
            raise
        ordered = (
            _order_by_the_page(state, match, offset)
            or _order_by_the_language(state, match, offset)
            or _reversed_clock(state, match, offset)
            or _signature_minute(state, match, offset)
            or _day_without_its_clock(state, match, offset)
            or _day_without_its_contradicted_clock(state, match, offset)
        )
        if ordered is None:
            state.warn("invalid-date", f"{err.msg}; value left empty", err.offset, err.end)
            return None
        result = ordered
    if lunar_lookalike(result.stamp, match):
        return _lunar_lookalike_read(state, result, match, offset)
    for issue in result.issues:
        state.warn(issue.code, issue.message, *issue.span)
    if not result.stamp.has_time and result.twin is None:
        result = _with_glued_time(state, result, norm, pos=match.end(), offset=offset)
        if not result.stamp.has_time:
            result = _with_framed_time(state, result, line, offset + match.end())
        if not result.stamp.has_time:
            _warn_unattached_clock(state, line, offset + match.end(), result.stamp)
    return result


# A clock right after a date on its line that the grammar did not read as the date's time:
# separators, then maybe a time's own label the grammar does not know («ساعت مخابره:»,
# «ساعت ارسال مطلب:», «Time:»; at most three words after «ساعت» / «زمان» / «time», none a
# reading time's «مطالعه» / «خواندن» or a duration's «مدت»), then hh:mm or hh:mm:ss. Not a
# range's first clock («ساعت کاری: 08:00 تا 14:00»: when something opens, not the date's
# time), nor a clock glued to more digits or a date.
_UNATTACHED_CLOCK = regex.compile(
    r"[\x20\u200c|\-\u2013\u2014\u060c,/]*+"
    r"(?:(?<![\p{L}\p{M}])(?:ساعت|زمان|[Tt]ime|TIME)(?![\p{L}\p{M}])"
    r"(?:[\x20\u200c]++(?!(?:مطالعه|خواندن|مدت)(?![\p{L}\p{M}]))[\p{L}\p{M}]++){0,3}"
    r"[\x20\u200c]*+[:\uff1a]?[\x20\u200c]*+)?"
    r"(?<![0-9:/.])(?P<clock>(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?)(?![0-9:/.])"
    r"(?![\x20\u200c]*+(?:(?:تا|الی|لغایت)(?![\p{L}\p{M}])|[\-\u2013\u2014])"
    r"[\x20\u200c]*+(?:ساعت[\x20\u200c]*+)?[0-9])"
)


# A clock framed by double colons, a blog template's post footer: «... :: 19:05 :: نويسنده :
# NAME» (Loxblog, tests/pages 2174; fix219).
_FRAMED_CLOCK = regex.compile(
    r"(?<![0-9:])::[\x20\u200c]*+(?P<H>[01]?[0-9]|2[0-3]):(?P<MI>[0-5][0-9])(?P<SS>)(?P<ampm>)"
    r"(?P<tz>)[\x20\u200c]*+::(?![0-9:])"
)


def _with_framed_time(state: _State, result: DateRead, line: _Line, end: int) -> DateRead:
    """The date opening ``line`` (``end`` its end in the document) at the one clock framed by
    double colons later on its line (:data:`_FRAMED_CLOCK`), with no digit between them (no
    other date, no other clock): «جمعه 17 مرداد 1393برچسب:TAGS, :: 19:05 :: نويسنده : NAME»,
    a Loxblog post's footer printing the tags between the day and its time. Else ``result``."""
    start = text_span(result.stamp)[0] - line.start
    pos = end - line.start
    if not 0 <= start < pos <= len(line.norm) or line.norm[:start].strip():
        return result
    rest = line.norm[pos:]
    clocks = list(_FRAMED_CLOCK.finditer(rest))
    if len(clocks) != 1 or any(char.isdigit() for char in rest[: clocks[0].start()]):
        return result
    clock = clocks[0]
    try:
        joined, issues = build(read_time(clock, result.stamp, end + clock.end()), state.doc)
    except DateError:
        return result
    for issue in issues:
        state.warn(issue.code, issue.message, *issue.span)
    return DateRead(joined, result.issues, None, result.end)


def _warn_unattached_clock(state: _State, line: _Line, end: int, stamp: Timestamp) -> None:
    """Warn ``time-unread`` when the date read without its time (ending at ``end`` in the
    document) has a clock after it on its line that was not attached to it
    («تاریخ خبر: ۲۸ شهریور ۱۳۹۶   ساعت مخابره: ۰۸:۵۱:۲۲»): the day is kept, date only, and the
    clock is not guessed to be its time, but the reader is told a time was printed (blind52's
    1621 lost «ساعت خبر: 08:51:22» with no word said). A clock after a second date on the line
    is that date's, and a duration or a count of hours («ساعت 3 تا 5», «۲۴ ساعت») is no clock."""
    pos = end - line.start
    clock = _UNATTACHED_CLOCK.match(line.norm, pos)
    if clock is None:
        return
    start, stop = line.start + clock.start("clock"), line.start + clock.end("clock")
    state.warn(
        "time-unread",
        f"{state.doc[start:stop]!r} follows the date on its line and is not read as its time; "
        f"the day {stamp.isoformat()} is kept without it",
        start,
        stop,
    )


def _lunar_twin_of_line_above(
    state: _State, line: _Line, found: HijriDate, stamp: Timestamp
) -> bool:
    """Whether the lone lunar date on ``line`` is the twin of a solar date read as a
    published candidate from the line right above it («۱۲ اسفند ۱۴۰۲» over «۲۱ شعبان ۱۴۴۵
    هـ.ق»: one date in two calendars, one a line). The solar day is the value: the lunar line
    adds no candidate and no calendar-lunar warning; more than two days off, the pair is
    doubted (hijri-mismatch), as a twin on the same line is."""
    above = [
        candidate
        for candidate in state.candidates
        if candidate.field == "published"
        and candidate.order == line.index - 1
        and candidate.stamp is not None
        and candidate.stamp.calendar != "hijri"
    ]
    if not above:
        return False
    solar = above[-1].stamp
    assert solar is not None
    day = solar.gregorian
    day = as_day(day)
    lunar = stamp.gregorian
    lunar = as_day(lunar)
    state.ignore(line, "today widget")
    if abs((lunar - day).days) > HIJRI_TOLERANCE_DAYS:
        state.warn(
            "hijri-mismatch",
            f"{solar.text!r} ({day.isoformat()}) and the lunar date {found.text!r} on the line "
            f"under it (about {lunar.isoformat()}) are more than {HIJRI_TOLERANCE_DAYS} days "
            "apart",
            *found.span,
        )
    return True


# Blogfa's post signature «+ نوشته شده در DATE ساعت 16:9 توسط NAME» and its clock, whose
# minute the platform prints without its leading zero.
_SIGNATURE_LINE = regex.compile(
    r"^[+\x20\u200c]*نوشته[\x20\u200c]*شده[\x20\u200c]+در(?![\p{L}\p{M}])"
)
_SIGNATURE_CLOCK = regex.compile(r"ساعت[\x20\u200c]*[0-9]{1,2}:(?P<MI>[0-9])(?![0-9:.,])")
# Characters after the date's match searched for that clock («ساعت 16:9» and spaces).
SIGNATURE_CLOCK_REACH = 12


def _signature_minute(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """A blog post's signature line (Blogfa's «+ نوشته شده در دوشنبه هجدهم آبان ۱۳۹۴ ساعت 16:9
    توسط NAME») prints the minute without its zero: there «ساعت 16:9» is 16:09. Elsewhere a
    one-digit minute is refused (a digit may be lost)."""
    line = state.line_at(offset + match.start())
    if not _SIGNATURE_LINE.match(line.norm):
        return None
    norm = match.string
    clock = _SIGNATURE_CLOCK.search(norm, match.start(), match.end() + SIGNATURE_CLOCK_REACH)
    if clock is None:
        return None
    digit = clock.start("MI")
    try:
        stamp = parse_datetime(norm[match.start() : digit] + "0" + norm[digit : clock.end()])
    except DateError:
        return None
    start, end = offset + match.start(), offset + clock.end()
    return DateRead(
        attrs.evolve(stamp, text=state.doc[start:end], span=(start, end)), (), None, end
    )


# A clock with a one-digit minute and no seconds («۱۳:۴»), as the grammar refuses it.
_UNPADDED_MINUTE = re.compile(r"[0-9]{1,2}:[0-9]")
# An all-digit date with a one-digit month or day between its other numbers
# («۱۴۰۳/۳/۱۷», «17.6.2024»): printed by a formatter that pads no number.
_UNPADDED_NUMERIC_DATE = re.compile(
    r"(?<![0-9])[0-9]{1,4}([/.\-])(?:[0-9]\1[0-9]{1,4}|[0-9]{1,2}\1[0-9](?![0-9]))(?![0-9])"
)
# What leads from a date to its clock: separators and a time label («| », « - ساعت انتشار: »).
_CLOCK_LEAD = re.compile(
    r"(?:[\x20\u200c|\-،,/@:]|ساعت|زمان|" + "|".join(vocab.TIME_LABEL_TAILS) + ")*$"
)


def _day_without_its_clock(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """A date whose time has a one-digit minute («سه شنبه ۹ مهر ۱۳۹۸ | ۱۳:۴»): the day, date
    only, warned (time-unread). The minute is not guessed (a digit may be lost: «۱۳:۴» may
    be 13:04 or 13:40), but the day printed before it is sure and is not lost with it.
    A clock of three fields with one unpadded («11:0:6») is read by the grammar itself."""
    parts = read_parts(match, offset)
    if parts.bad_time is None or parts.hour is not None:
        return None
    start, end = parts.bad_time
    if not _UNPADDED_MINUTE.fullmatch(match.string, start - offset, end - offset):
        return None
    # The day's text ends before the separator and time label that lead to the clock.
    lead = _CLOCK_LEAD.search(state.doc, parts.span[0], start)
    day = (parts.span[0], lead.start() if lead is not None else start)
    if _UNPADDED_NUMERIC_DATE.search(match.string, parts.span[0] - offset, day[1] - offset):
        # «۱۴۰۳/۳/۱۷ - ۱۳:۸»: the stamp prints its month or day without a zero as well, so
        # the site's clock pads no number: «۱۳:۸» is 13:08, read.
        hour, minute = match.string[start - offset : end - offset].split(":")
        try:
            stamp, issues = build(
                parts._replace(bad_time=None, hour=int(hour), minute=int(minute)), state.doc
            )
        except DateError:
            return None
        return DateRead(stamp, tuple(issues), None, match.end())
    try:
        stamp, issues = build(parts._replace(bad_time=None, span=day), state.doc)
    except DateError:
        return None
    state.warn(
        "time-unread",
        f"{state.doc[start:end]!r} has a one-digit minute (a digit may be lost); its time is "
        f"not read, the day {stamp.isoformat()} is kept without it",
        start,
        end,
    )
    return DateRead(stamp, tuple(issues), None, match.end())


# What parts a clock printed before its date from the date («۱۵:۴۰ ق ظ - ۱۴۰۲/۰۹/۱۸», «ساعت
# ۱۵:۴۰ ق ظ روز ۱۸ آذر ۱۴۰۲»).
_DAY_LEAD = re.compile(r"(?:[\x20\u200c|\-\u2013\u2014\u060c,/@]|روز)*")
# The grammar's groups of a date's clock: its hour, minute, seconds and marker.
_CLOCK_GROUPS = ("H", "MI", "SS", "ampm")


def _day_without_its_contradicted_clock(
    state: _State, match: regex.Match[str], offset: int
) -> DateRead | None:
    """A date whose clock contradicts its own marker or day-part word («۱۴۰۲/۰۹/۱۸ ۱۵:۴۰ ق ظ»:
    15 is neither a 12-hour hour nor in the morning that «ق ظ» names; «ساعت ۱۵ صبح»): the
    day, date only, warned (time-unread, naming the contradiction). The hour is refused as
    before (fix206: neither half of the day is made up for it), but the day printed beside
    it is sure and is not lost with it (attacks66, fix209). A clock that is no time of day
    at all («۲۵:۴۰ ب ظ», «۴۰ : ۱۶ عصر»: hour past 23, minute or second past 59) refuses the
    date as it does without a marker («۲۵:۴۰»)."""
    parts = read_parts(match, offset)
    if (
        parts.hour is None
        or parts.ampm is None
        or hour_24(parts.hour, parts.ampm) is not None
        or parts.hour > LAST_HOUR
        or (parts.minute or 0) > LAST_MINUTE
        or (parts.second or 0) > LAST_MINUTE
    ):
        return None
    try:
        build(parts, state.doc)
    except DateError as err:
        reason = err.msg
    else:
        return None
    ends = [
        (match.start(group), match.end(group)) for group in _CLOCK_GROUPS if match.start(group) >= 0
    ]
    start = min(first for first, _ in ends) + offset
    end = max(last for _, last in ends) + offset
    if match.start("y") + offset < start:
        # The clock after the day: the day's text ends before the separator and time label.
        lead = _CLOCK_LEAD.search(state.doc, parts.span[0], start)
        day = (parts.span[0], lead.start() if lead is not None else start)
    else:
        # The clock first: the day's text opens after it and its separator.
        lead = _DAY_LEAD.match(state.doc, end)
        day = (lead.end() if lead is not None else end, parts.span[1])
    dateless = parts._replace(
        hour=None, minute=None, second=None, microsecond=None, ampm=None, offset=None,
        bad_zone=None, unread_zone=None, span=day,
    )  # fmt: skip
    try:
        stamp, issues = build(dateless, state.doc)
    except DateError:
        return None
    state.warn(
        "time-unread",
        f"{state.doc[start:end]!r}: {reason}; its time is not read, the day "
        f"{stamp.isoformat()} is kept without it",
        start,
        end,
    )
    return DateRead(stamp, tuple(issues), None, match.end())


def _lunar_value(state: _State, span: Span) -> DateRead | None:
    """A labelled value that is a lunar Hijri date («تاریخ انتشار: ۱۱ جمادی‌الثانی ۱۴۴۵»,
    «تاریخ: ۱۴۴۶/۰۸/۰۳ ه.ق») and no solar date: the label says it is the field's date.
    Read as that day, converted by the arithmetical calendar and warned (calendar-lunar);
    a time printed with it is not kept (the day itself may be a day or two off)."""
    found = _lunar_in(state, span)
    if found is None:
        return None
    stamp = lunar_stamp(found)
    _warn_lunar(state, found, stamp)
    return DateRead(stamp, (), None, found.span[1] - state.line_at(span[0]).start)


def _lunar_in(state: _State, span: Span) -> HijriDate | None:
    """The marked lunar date that opens ``span`` (after a colon, a dash or a bracket), when
    ``span`` holds no solar date."""
    doc = state.doc
    lunar: list[HijriDate] = []
    for _ in iter_dates(doc[span[0] : span[1]], base=span[0], lunar=lunar):
        return None  # a solar date is there too: not this rule's
    if not lunar or lunar[0].inferred or doc[span[0] : lunar[0].span[0]].strip(_VALUE_LEAD):
        return None
    return lunar[0]


# What may stand between a label and its lunar date (a weekday is part of the date).
_VALUE_LEAD = " \u200c:-–—،,|("


def _lunar_lookalike_read(
    state: _State, result: DateRead, match: regex.Match[str], offset: int
) -> DateRead | None:
    """«۱۴۴۶/۰۸/۰۳» alone: all digits with a year (1420 or later) that only a lunar Hijri date
    of our time has (Jalali 1446 is 2067; Afghan government sites print lunar dates so).
    Read as that lunar day, date only, warned twice: the calendar was inferred
    (calendar-ambiguous; strict raises) and the day converted (calendar-lunar)."""
    year = result.stamp.jalali_date[0]
    try:
        found = build_hijri(read_parts(match, offset), state.doc)
    except DateError as err:
        state.warn("invalid-date", f"{err.msg}; value left empty", err.offset, err.end)
        return None
    stamp = lunar_stamp(found)
    state.warn(
        "calendar-ambiguous",
        f"{found.text!r} is all digits with the year {year}: read as Jalali it would be "
        f"{result.stamp.gregorian.isoformat()[:10]}, which is no article's date yet; read as "
        f"the lunar Hijri date {found.hijri_isoformat()} (the year {LUNAR_LOOKALIKE_YEAR} or "
        "later is a lunar year of our time, as Afghan government sites print them)",
        *found.span,
    )
    _warn_lunar(state, found, stamp)
    return DateRead(stamp, (), None, match.end())


def _warn_lunar(state: _State, found: HijriDate, stamp: Timestamp) -> None:
    state.warn(
        "calendar-lunar",
        f"{found.text!r} is a lunar Hijri date ({found.hijri_isoformat()}), converted by the "
        f"arithmetical Islamic calendar to {stamp.isoformat()}; the official day, fixed by "
        "sighting the moon, may differ by a day or two",
        *found.span,
    )


def _order_by_the_page(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """An all-digit Gregorian date whose day and month may be read either way, decided by
    another date printed next to it: «Date: 23:47, 05-02-2015.» over the lead's dateline
    «کابل. ۱۶ دلو.» is 5 February (16 Dalw 1393), not 2 May. Warned (day-month-order).

    Only the lines around the date (:data:`ORDER_LINES` each way, the first
    :data:`ORDER_CHARS` characters of each) are looked at, for a day and a month name; the
    date is read when exactly one of its two readings is such a day. A zodiac month name there
    says the page keeps the Afghan calendar, so Kabul's clock.
    """
    parts = read_parts(match, offset)
    if not _either_order(parts):
        return None  # not the ambiguity: the error stands
    readings = [parts, parts._replace(day=parts.month, month=parts.day)]
    days = []
    for reading in readings:
        try:
            days.append(build(reading._replace(day_first=False), state.doc))
        except DateError:
            return None
    line = state.line_at(parts.span[0])
    found: dict[int, str] = {}
    for index in range(
        max(0, line.index - ORDER_LINES), min(len(state.lines), line.index + ORDER_LINES + 1)
    ):
        near = state.lines[index]
        for pair in _DAY_AND_MONTH.finditer(near.norm, 0, ORDER_CHARS):
            start = near.start + pair.start()
            if parts.span[0] <= start < parts.span[1]:
                continue  # the date itself
            key = squeeze(pair.group("mn"))
            for which, (stamp, _) in enumerate(days):
                if _is_day(stamp, int(pair.group("d")), key):
                    found.setdefault(which, key)
    if len(found) != 1:
        return None
    which, key = next(iter(found.items()))
    if key in _ZODIAC_KEYS:
        state.afghan = True  # the page prints the Afghan calendar: Kabul's clock
    order = "day first" if which == 0 else "month first"
    return _read_in_order(
        state, days[which], match, order=order, why="the day another date beside it names"
    )


def _read_in_order(
    state: _State,
    built: tuple[Timestamp, Sequence[Issue]],
    match: regex.Match[str],
    *,
    order: str,
    why: str,
) -> DateRead:
    """The date read in one of its two orders, warned (day-month-order) with the reason."""
    stamp, issues = built
    state.warn(
        "day-month-order",
        f"{stamp.text!r} may be read day first or month first; read {order} "
        f"({stamp.isoformat()[:10]}), {why}",
        *text_span(stamp),
    )
    return DateRead(stamp, tuple(issues), None, match.end())


def _either_order(parts: DateParts) -> bool:
    """Whether an all-digit Gregorian date may be read day first or month first: both of its
    first two numbers are months, and they differ («9-05-2023», not «09-09-2023»)."""
    return (
        parts.day_first
        and parts.calendar == "gregorian"
        and parts.day != parts.month
        and max(parts.day, parts.month) <= _MONTHS_A_YEAR
    )


def _order_by_the_language(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """An all-digit Gregorian date whose day and month may be read either way, on a Tajik
    page (:func:`_tajik_page`): read day first, as Tajikistan writes dates (day, month, year:
    khovar.tj «25.04.2016», sadoimardum.tj «29.07.2022», the weekly Tojikiston's «03.10.13»
    over its own «3 октябри соли 2013»; DataLife Engine sites «9-05-2023, 23:46», hamsafon.tj).
    No month-first convention is written in Cyrillic. So on another country edition whose
    country writes day first (:data:`vocab.COUNTRY_EDITION_ZONES`: «(обновлено 10:20
    05.12.2023)» on m.kz.sputniknews.ru is 5 December, fix210). Warned (day-month-order)."""
    parts = read_parts(match, offset)
    if not _either_order(parts):
        return None  # not the ambiguity: the error stands
    if _tajik_page(state):
        why = "as a Tajik page writes its dates"
    elif state.clock in _DAY_FIRST_CLOCKS:
        why = "as the country of the site's edition writes its dates"
    else:
        return None  # not a page whose order is known: the error stands
    try:
        stamp, issues = build(parts._replace(day_first=False), state.doc)
    except DateError:
        return None
    return _read_in_order(state, (stamp, issues), match, order="day first", why=why)


def _tajik_page(state: _State) -> bool:
    """Whether the page is a Tajik site's (its address or language: Dushanbe's clock) or is
    written in Tajik (:func:`_written_in_tajik`)."""
    return state.clock == _DUSHANBE or _written_in_tajik(state.doc)


_DUSHANBE = "Asia/Dushanbe"
# The clocks of the country editions (:data:`vocab.COUNTRY_EDITION_ZONES`), each country
# writing an all-digit date day first.
_DAY_FIRST_CLOCKS = frozenset(vocab.COUNTRY_EDITION_ZONES.values())


def _reversed_clock(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """A clock printed minutes first, as right-to-left text extraction leaves it: «۴۰ : ۱۶».

    Read the other way only when the first field cannot be an hour (25-59) and the second
    can (0-23), with no seconds or day-part word: one reading is a time, the other none.
    Warned (time-reversed); «۱۲ : ۱۶» (both readings times) stays as printed, and so does
    «24:00» (midnight at the day's end in some notations, refused as no time).
    """
    parts = read_parts(match, offset)
    if (
        parts.hour is None
        or parts.minute is None
        or not _HOURS_A_DAY < parts.hour < _MINUTES_AN_HOUR
        or parts.minute >= _HOURS_A_DAY
        or parts.second is not None
        or parts.ampm is not None
    ):
        return None
    try:
        stamp, issues = build(parts._replace(hour=parts.minute, minute=parts.hour), state.doc)
    except DateError:
        return None
    state.warn(
        "time-reversed",
        f"{stamp.text!r} prints its time minutes first ({parts.hour:02d} is no hour); read as "
        f"{parts.minute:02d}:{parts.hour:02d}",
        *text_span(stamp),
    )
    return DateRead(stamp, tuple(issues), None, match.end())


_HOURS_A_DAY = 24
_MINUTES_AN_HOUR = 60

# A header date opening with its clock, spaced around the colon, then a dash and the day:
# «۰۴ : ۱۷ - ۰۶ بهمن ۱۳۹۶». Right-to-left extraction prints entekhab's «16:40» so, minutes
# first (tests/pages/460, «۴۰ : ۱۶»), while a spaced clock before a dash is hours first
# elsewhere (parstdex's «13 : 31 - 1395 . 8 . 19»): when both fields can be hours, the order
# is not known.
_SPACED_CLOCK_FIRST = re.compile(
    r"(\d{1,2})[\x20\u00a0]+:[\x20\u00a0]+(\d{1,2})[\x20\u00a0]*[-\u2013\u2014]"
)
# A clock spaced on one side of its colon only, anywhere in the date: «۱۳۹۶/۰۲/۱۴ - ۰۷: ۱۶»
# (tests/pages/1912, shown «۱۶ :۰۷» in its right-to-left line and meaning 16:07: the
# address's timestamp ID 13960214160725 says so). A colon with no digit right beside it on
# one side is no separator inside one number for the bidi algorithm, so the two fields are
# laid out right to left, and a writer who spaced one side only typed them in the order the
# line shows; a clock spaced evenly («۱۷ : ۰۵» after the day) is a typesetting habit, read
# hours first. No seconds after it (fix173).
_LOPSIDED_CLOCK = re.compile(
    r"(?<![\d:])(\d{1,2})(?::[\x20\u00a0]+|[\x20\u00a0]+:)(\d{1,2})(?![\d\x20\u00a0]*:)"
)


def clock_order_doubt(text: str) -> tuple[int, int] | None:
    """The two fields of a clock printed in ``text`` whose order is not known, or None: a
    clock opening the date, spaced around its colon before a dash and the day
    (:data:`_SPACED_CLOCK_FIRST`), or one spaced on one side of its colon only anywhere
    (:data:`_LOPSIDED_CLOCK`), whose two fields are both hours and differ («۰۴ : ۱۷»: 04:17
    or 17:04; «۰۷: ۱۶»: 07:16 or 16:07). «۱۶:۴۰» (no spaces), «۴۰ : ۱۶» (40 no hour,
    time-reversed) and «۱۶: ۴۰» (one reading) have none."""
    if " :" not in text and "\u00a0:" not in text and ": " not in text and ":\u00a0" not in text:
        return None  # no spaced colon (the common case): nothing to look at
    ascii_text = to_ascii_digits(text)
    clock = _SPACED_CLOCK_FIRST.match(ascii_text) or _LOPSIDED_CLOCK.search(ascii_text)
    if clock is None:
        return None
    first, second = int(clock[1]), int(clock[2])
    if first == second or first >= _HOURS_A_DAY or second >= _HOURS_A_DAY:
        return None
    return first, second


def _warn_clock_order(state: _State, stamp: Timestamp) -> None:
    """Warn ``time-order-uncertain`` when ``stamp`` prints a clock whose order is not known
    (:func:`clock_order_doubt`). The time is kept as printed; the reader is told it may be
    printed minutes first (the address's timestamp ID may settle it: fix173)."""
    doubt = clock_order_doubt(stamp.text)
    if doubt is None:
        return
    first, second = doubt
    state.warn(
        "time-order-uncertain",
        f"{stamp.text!r} prints a spaced clock that may be minutes first, as right-to-left "
        f"extraction leaves it; read as printed ({first:02d}:{second:02d}), perhaps "
        f"{second:02d}:{first:02d}",
        *text_span(stamp),
    )


def _is_day(stamp: Timestamp, day: int, month_key: str) -> bool:
    """Whether ``stamp`` falls on the printed day of the month named by ``month_key``."""
    if month_key in _GREGORIAN_KEYS:
        return (stamp.gregorian.month, stamp.gregorian.day) == (_GREGORIAN_KEYS[month_key], day)
    return (stamp.jalali_date[1], stamp.jalali_date[2]) == (_SOLAR_KEYS[month_key], day)


_MONTHS_A_YEAR = 12
# Lines each way from an ambiguous date, and characters of each, searched for a day and month.
ORDER_LINES = 2
ORDER_CHARS = 120
_SOLAR_KEYS = {squeeze(k): v for k, v in {**vocab.JALALI_MONTHS, **vocab.AFGHAN_MONTHS}.items()}
_ZODIAC_KEYS = frozenset(squeeze(k) for k in vocab.AFGHAN_MONTHS)
_GREGORIAN_KEYS = {
    squeeze(k): v
    for k, v in {
        **vocab.GREGORIAN_MONTHS_FA,
        **vocab.DARI_GREGORIAN_MONTHS,
        **vocab.ENGLISH_MONTHS,
    }.items()
}
# A day in digits and a month name after it, no year needed: «۱۶ دلو», «5 February».
_DAY_AND_MONTH = regex.compile(
    r"(?<![0-9])(?P<d>[0-9]{1,2})(?![0-9])[\x20\u200c]*(?P<mn>"
    + any_case(
        [
            *vocab.JALALI_MONTHS,
            *vocab.AFGHAN_MONTHS,
            *vocab.GREGORIAN_MONTHS_FA,
            *vocab.DARI_GREGORIAN_MONTHS,
            *vocab.ENGLISH_MONTHS,
        ]
    )
    + r")(?![\p{L}\p{M}])",
    regex.VERSION0,
)


# All that follows a labelled date is a number of one or two digits: «۱۴۰۲/۰۶/۲۸ ۱۶».
_LONE_NUMBER = regex.compile(
    r"[\x20\u200c\-،,|/]*(?P<n>[0-9]{1,2}(?:[\x20\u200c]*(?:-|تا|الی|لغایت)[\x20\u200c]*[0-9]{1,2})?)"
    r"[\x20\u200c]*"
)


_LONE_NUMBER_LEAD = " \u200c-،,|/"
_ASCII_DIGITS = frozenset("0123456789")


def _may_end_with_number(norm: str, pos: int, endpos: int) -> bool:
    """A necessary test, in C, for :data:`_LONE_NUMBER` on ``norm[pos:endpos]``: after its
    separators the rest opens with a digit. Proved over generated strings by
    tests/test_prefilters.py."""
    return pos < endpos and norm[pos:endpos].lstrip(_LONE_NUMBER_LEAD)[:1] in _ASCII_DIGITS


def _refuse_lone_number(doc: str, norm: str, pos: int, endpos: int, offset: int) -> None:
    """Raise DateError when a labelled date's value ends with a lone one- or two-digit number.

    «تاریخ انتشار: ۱۴۰۲/۰۶/۲۸ ۱۶» is an hour without its «ساعت» or minutes, or something
    else (and «... ۱۰ تا ۱۲» two of them): read without it, the date would lose what may be
    its time without a word.
    """
    if not _may_end_with_number(norm, pos, endpos):
        return  # (a test in C before the pattern)
    lone = _LONE_NUMBER.fullmatch(norm, pos, endpos)
    if lone is not None:
        start, end = offset + lone.start("n"), offset + lone.end("n")
        raise DateError(
            f"{doc[start:end]!r} after the date is no time (hh:mm, or «ساعت» and an hour); "
            "the date is not read without it",
            doc,
            start,
            end,
        )


# A time glued by text extraction to the token after it: «ساعت 08:202023-11-07».
_GLUED_CLOCK = regex.compile(
    r"[\x20\u200c،,|\-]*(?:ساعت[\x20\u200c:]*)?"
    r"(?P<H>[0-9]{1,2}):(?P<MI>[0-9]{2})(?P<SS>)(?P<ampm>)(?P<tz>)(?=[0-9])"
)


def _with_glued_time(
    state: _State, result: DateRead, norm: str, *, pos: int, offset: int
) -> DateRead:
    """A date whose time is glued to the next token: the date at that time."""
    clock = _GLUED_CLOCK.match(norm, pos)
    if clock is None:
        return result
    try:
        joined, issues = build(read_time(clock, result.stamp, offset + clock.end()), state.doc)
    except DateError:
        return result
    for issue in issues:
        state.warn(issue.code, issue.message, *issue.span)
    return DateRead(joined, result.issues, None, clock.end())


def _read_short(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """Read a numeric date with a two-digit year, deciding the century from the page.

    «۹۸/۱۱/۰۵» is 1398/11/05 on a page whose other years are 13xx, «۰۲/۰۸/۱۵» is
    1402/08/15 beside a 14xx year; with no year on the page, 50-99 are 13xx and 00-49
    are 14xx (the rule Iranian scrapers use). The order (year first, or day first as in
    «12/ 03/ 98») is decided by which end can be a year. Always warned: the century
    was not printed.
    """
    first, middle, last = (int(match.group(g)) for g in ("a", "b", "c"))
    years = _page_years(state)
    # An end that is 00 or above 31 is no day, so it is the year («18/12/00»: day 18, year
    # 00); when both ends can be a day, the end nearer the page's years is the year. An end
    # of one digit is the day («۴/۳/۸۶», SHORT_BRACKET_DATE): the year is printed with two.
    if len(match.group("a")) != len(match.group("c")):
        year_first = len(match.group("a")) == 2
    else:
        year_first = (
            first > DAY_MAX
            or first == 0
            or (0 < last <= DAY_MAX and _near(first, years) <= _near(last, years))
        )
    short_year, month, day = (first, middle, last) if year_first else (last, middle, first)
    year = _century(short_year, years)
    start, end = offset + match.start(), offset + match.end()
    text = state.doc[start:end]
    # The time as printed, read by the grammar after the whole date: «| 1:2 صبح» is 01:02.
    tail = match.group("tail") or ""
    if _bad_time_after(state, match, offset, start):
        return None
    try:
        stamp = parse_datetime(f"{year}/{month:02d}/{day:02d}{tail}")
    except DateError as err:
        state.warn("invalid-date", f"{text!r} read as {year}/{month}/{day}: {err.msg}", start, end)
        return None
    stamp = attrs.evolve(stamp, text=text, span=(start, end))
    if (
        match.group("wd") is not None
        and squeeze(match.group("wd")) in _TAJIK_WEEKDAY_KEYS
        and not _short_weekday_fits(match, stamp)
    ):
        return _tajik_short_date(state, match, offset, (first, middle, last), tail)
    if match.group("wd") is not None:
        stamp = _short_weekday(state, match, stamp, offset)
    context = (
        "the page's other years"
        if years
        else "the rule 50-99: 13xx, 00-49: 14xx, never a year to come"
    )
    state.warn(
        "two-digit-year",
        f"{text!r} prints a two-digit year; read as {year}/{month:02d}/{day:02d} from {context}",
        start,
        end,
    )
    _short_time_unread(state, match, offset, stamp)
    return DateRead(stamp, (), None, end)


def _short_weekday_fits(match: regex.Match[str], stamp: Timestamp) -> bool:
    """Whether the weekday printed before a two-digit-year date falls on ``stamp``'s day."""
    printed = _WEEKDAY_INDEX[squeeze(match.group("wd"))]
    return (stamp.gregorian.weekday() + 2) % 7 == printed


_TAJIK_WEEKDAY_KEYS = frozenset(squeeze(name) for name in vocab.TAJIK_WEEKDAYS)


def _tajik_short_date(
    state: _State,
    match: regex.Match[str],
    offset: int,
    parts: tuple[int, int, int],
    tail: str,
) -> DateRead | None:
    """A numeric two-digit-year date under a Tajik weekday that does not fall on the Jalali
    day read («Шанбе 25.03.23 12:12» read as 1425/03/23): the date is Tajikistan's, Gregorian
    and day first (DD.MM.YY, as «25.03.2023» is read), taken if its weekday agrees, warned
    ``two-digit-year``. Otherwise the value is left empty with ``invalid-date``, as for a
    named month's two-digit year (:func:`_read_short_jalali`): never a guess. (A Persian
    weekday that does not fit keeps the day read, warned ``weekday-mismatch``.)"""
    start, end = offset + match.start(), offset + match.end()
    text = state.doc[start:end]
    day, month, short_year = parts
    if day <= DAY_MAX:
        year = _century(short_year, _page_years(state, GREGORIAN_YEARS), GREGORIAN_YEARS[0])
        try:
            stamp = parse_datetime(f"{day:02d}.{month:02d}.{year}{tail}")
        except DateError:
            stamp = None
        if (
            stamp is not None
            and stamp.calendar == "gregorian"
            and _short_weekday_fits(match, stamp)
        ):
            stamp = attrs.evolve(
                stamp,
                text=text,
                span=(start, end),
                weekday=state.doc[offset + match.start("wd") : offset + match.end("wd")],
            )
            state.warn(
                "two-digit-year",
                f"{text!r} prints a two-digit year under a Tajik weekday; read as the "
                f"Gregorian {stamp.isoformat()[:10]} (day first), its weekday agreeing",
                start,
                end,
            )
            _short_time_unread(state, match, offset, stamp)
            return DateRead(stamp, (), None, end)
    state.warn(
        "invalid-date",
        f"{text!r} prints a two-digit year, and its weekday does not fit the day read; value "
        "left empty",
        start,
        end,
    )
    return None


def _bad_time_after(state: _State, match: regex.Match[str], offset: int, start: int) -> bool:
    """Whether what follows a two-digit-year date where its time belongs is no time
    (:data:`SHORT_BAD_TIME`, «ساعت 11:055»): warned ``invalid-date`` over the date and that
    text, and the caller leaves the value empty (the numeric and the named layouts alike).
    A clock with a one-digit minute («ساعت ۷:۵») is not such: the day is kept without it
    (:func:`_short_time_unread`), as a four-digit year's is (:func:`_day_without_its_clock`)."""
    bad = SHORT_BAD_TIME.match(match.string, match.end())
    if bad is None or _unpadded_minute(bad):
        return False
    # The clock's whole token («11:055», not «11:0»), in the message.
    stop = bad.end()
    while stop < len(match.string) and (match.string[stop].isdigit() or match.string[stop] == ":"):
        stop += 1
    bad_end = offset + stop
    state.warn(
        "invalid-date",
        f"{state.doc[start:bad_end]!r}: what follows the date where its time belongs is no "
        "time (hh:mm or hh:mm:ss); value left empty",
        start,
        bad_end,
    )
    return True


def _unpadded_minute(bad: regex.Match[str]) -> bool:
    """Whether the clock :data:`SHORT_BAD_TIME` found is a one- or two-digit hour and a
    one-digit minute, ending there («۷:۵», «13:4»; not «11:055» nor «123:4»)."""
    hour = bad.group("clock").split(":")[0]
    after = bad.string[bad.end() : bad.end() + 1]
    return len(hour) <= 2 and not (after.isdigit() or after == ":")


def _short_time_unread(
    state: _State, match: regex.Match[str], offset: int, stamp: Timestamp
) -> None:
    """Warn ``time-unread`` when a clock with a one-digit minute follows a two-digit-year
    date where its time belongs («شنبه ۱۲ اسفند ۰۲ ساعت ۷:۵», «۰۲/۱۲/۱۲ - ۷:۵»): the day is
    kept without it, the minute not guessed (a digit may be lost), as a four-digit year's
    day is (:func:`_day_without_its_clock`; attack44)."""
    bad = SHORT_BAD_TIME.match(match.string, match.end())
    if bad is None or not _unpadded_minute(bad):
        return
    start, end = offset + bad.start("clock"), offset + bad.end("clock")
    state.warn(
        "time-unread",
        f"{state.doc[start:end]!r} has a one-digit minute (a digit may be lost); its time is "
        f"not read, the day {stamp.isoformat()} is kept without it",
        start,
        end,
    )


# A number above this is no day of a month: it is the year.
DAY_MAX = 31


def _read_short_gregorian(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """Read «7 آگوست ماه 19»: a Gregorian date with a two-digit year, the century decided
    as for a Jalali two-digit year (:func:`_century`) but from the page's Gregorian years
    (19xx, 20xx); with none, 50-99 are 19xx and 00-49 are 20xx. Always warned."""
    years = _page_years(state, GREGORIAN_YEARS)
    year = _century(int(match.group("y")), years, GREGORIAN_YEARS[0])
    start, end = offset + match.start(), offset + match.end()
    text = state.doc[start:end]
    try:
        stamp = parse_datetime(f"{match.group('d')} {match.group('m')} {year}")
    except DateError as err:
        state.warn("invalid-date", f"{text!r} read with the year {year}: {err.msg}", start, end)
        return None
    stamp = attrs.evolve(stamp, text=text, span=(start, end))
    context = (
        "the page's other years"
        if years
        else "the rule 50-99: 19xx, 00-49: 20xx, never a year to come"
    )
    state.warn(
        "two-digit-year",
        f"{text!r} prints a two-digit year; read as {stamp.isoformat()[:10]} from {context}",
        start,
        end,
    )
    return DateRead(stamp, (), None, end)


def _read_short_jalali(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """Read «شنبه ۲۹ شهریور ۹۳»: a Jalali date with a two-digit year under its weekday. The
    century is the web-era rule's (50-99: 13xx, 00-49: 14xx, :data:`CENTURY_SPLIT`), and the
    printed weekday must confirm it; when it does not, the value is left empty with
    ``invalid-date``: the other century would be a year to come (1493 is 2114) or one before
    the web (1302 is 1924), never a page's date, and a wrong weekday is no evidence for either.
    Always warned: the century was not printed."""
    start, end = offset + match.start(), offset + match.end()
    text = state.doc[start:end]
    printed = _WEEKDAY_INDEX[squeeze(match.group("wd"))]
    year = _century(int(match.group("y")), [])
    if _bad_time_after(state, match, offset, start):
        return None
    day_text = f"{match.group('d')} {match.group('m')} {year}"
    try:
        # The time as printed («ساعت 12:24»), read by the grammar after the whole date.
        tail = match.group("tail") or ""
        stamp = parse_datetime(day_text + tail)
    except DateError as err:
        stamp = None
        if tail and _weekday_fits(day_text, printed):
            # The day fits its weekday; the time is what is bad («ساعت ۲۴:۰۰»).
            state.warn(
                "invalid-date",
                f"{text!r} prints a two-digit year, its weekday fitting {year}: {err.msg}; "
                "value left empty",
                start,
                end,
            )
            return None
    if stamp is None or (stamp.gregorian.weekday() + 2) % 7 != printed:
        state.warn(
            "invalid-date",
            f"{text!r} prints a two-digit year, and its weekday does not fit {year} (the "
            "century of the rule 50-99: 13xx, 00-49: 14xx); value left empty",
            start,
            end,
        )
        return None
    stamp = attrs.evolve(
        stamp,
        text=text,
        span=(start, end),
        weekday=state.doc[offset + match.start("wd") : offset + match.end("wd")],
    )
    state.warn(
        "two-digit-year",
        f"{text!r} prints a two-digit year; read as {stamp.isoformat()[:10]} by the rule 50-99: "
        "13xx, 00-49: 14xx, its printed weekday agreeing",
        start,
        end,
    )
    _short_time_unread(state, match, offset, stamp)
    return DateRead(stamp, (), None, end)


def _read_short_dateline(
    state: _State, match: regex.Match[str], offset: int, where: str = "its dateline"
) -> DateRead | None:
    """Read «٣٠ حمل٩٢» in an agency's dateline (:data:`SHORT_DATELINE_DATE`), or alone as a
    date label's value or on a line of its own (``where``, fix216: «ارسال شده در ۱۲ مهر ۸۵»,
    «نشر شده ١٤ سرطان ٤٩»): the report's day, so its century is the page's other Jalali
    years' (:func:`_century`), or without them the web-era rule (50-99: 13xx, 00-49: 14xx;
    the other century is a year to come or one before the web). No weekday checks it: always
    warned two-digit-year, naming what decided the century (fix204, real60 #29)."""
    start, end = offset + match.start(), offset + match.end()
    text = state.doc[start:end]
    years = _page_years(state)
    year = _century(int(match.group("y")), years)
    try:
        stamp = parse_datetime(f"{match.group('d')} {match.group('m')} {year}")
    except DateError as err:
        state.warn(
            "invalid-date", f"{text!r} read in {year}: {err.msg}; value left empty", start, end
        )
        return None
    stamp = attrs.evolve(stamp, text=text, span=(start, end))
    context = (
        "the page's other years"
        if years
        else "the rule 50-99: 13xx, 00-49: 14xx, never a year to come"
    )
    state.warn(
        "two-digit-year",
        f"{text!r} prints a two-digit year in {where}; read as {stamp.isoformat()[:10]} "
        f"from {context}",
        start,
        end,
    )
    return DateRead(stamp, (), None, end)


def _read_short_timed(
    state: _State, match: regex.Match[str], offset: int, printed: str
) -> DateRead | None:
    """Read «۰۷ مرداد ۹۳ ، ۱۸:۴۰» (:data:`SHORT_TIMED_DATE`, a post's footer): its century
    the one whose year the page prints in full (a month archive's «مرداد ۱۳۹۳», fix309),
    always warned two-digit-year; with no such year printed, no date (``not-a-date``)."""
    start, end = offset + match.start(), offset + match.end()
    text = state.doc[start:end]
    if not _year_printed(state, match):
        state.warn(
            "not-a-date",
            f"{printed!r} prints a two-digit year with no label, and no four-digit year of the "
            "page agrees; value left empty",
            start,
            end,
        )
        return None
    if _bad_time_after(state, match, offset, start):
        return None
    year = _century(int(match.group("y")), _page_years(state))
    try:
        stamp = parse_datetime(f"{match.group('d')} {match.group('m')} {year}{match.group('tail')}")
    except DateError as err:
        state.warn(
            "invalid-date", f"{text!r} read in {year}: {err.msg}; value left empty", start, end
        )
        return None
    stamp = attrs.evolve(stamp, text=text, span=(start, end))
    state.warn(
        "two-digit-year",
        f"{text!r} prints a two-digit year; read as {stamp.isoformat()[:10]} from the page's "
        f"year {year} printed in full",
        start,
        end,
    )
    return DateRead(stamp, (), None, end)


def _year_printed(state: _State, match: regex.Match[str]) -> bool:
    """Whether the year a two-digit year stands for (:func:`_century`) is printed whole on
    the page: «۱۲ مهر ۸۵» alone on its line over a footer's «۱۳۸۵» (fix216)."""
    years = _page_years(state)
    return _century(int(match.group("y")), years) in years


def _weekday_fits(day_text: str, printed: int) -> bool:
    """Whether the day ``day_text`` («۱۲ اسفند 1402») falls on the weekday ``printed``."""
    try:
        day = parse_datetime(day_text)
    except DateError:
        return False
    return (day.gregorian.weekday() + 2) % 7 == printed


def _short_weekday(
    state: _State, match: regex.Match[str], stamp: Timestamp, offset: int
) -> Timestamp:
    """Check the weekday printed before a two-digit-year date; keep it on the stamp."""
    wd_start, wd_end = offset + match.start("wd"), offset + match.end("wd")
    printed = state.doc[wd_start:wd_end]
    weekday = _WEEKDAY_INDEX[squeeze(match.group("wd"))]
    actual = (stamp.gregorian.weekday() + 2) % 7  # Python's Monday 0, the Jalali week's Saturday
    if weekday != actual:
        state.warn(
            "weekday-mismatch",
            f"the weekday {printed!r} does not match {stamp.text!r} ({stamp.isoformat()[:10]})",
            wd_start,
            wd_end,
        )
    return attrs.evolve(stamp, weekday=printed)


_WEEKDAY_INDEX = {
    squeeze(name): index for name, index in (*vocab.WEEKDAYS.items(), *vocab.TAJIK_WEEKDAYS.items())
}


def _page_years(state: _State, bounds: tuple[int, int] | None = None) -> list[int]:
    """Four-digit years printed on the page (the first few), for two-digit years: Jalali
    ones (remembered), or those within ``bounds`` (Gregorian ones: :data:`GREGORIAN_YEARS`)."""
    if bounds is None and state.years is not None:
        return state.years
    low, high = bounds or JALALI_YEARS
    found: list[int] = []
    for start, end in raw_years(state.doc):
        value = int(to_ascii_digits(state.doc[start:end]))
        if low <= value <= high:
            found.append(value)
            if len(found) >= PAGE_YEARS:
                break
    if bounds is None:
        state.years = found
    return found


# Jalali and Gregorian years a two-digit year can stand for, and how many printed years
# to look at.
JALALI_YEARS = (1300, 1499)
GREGORIAN_YEARS = (1900, 2099)
PAGE_YEARS = 64


def _near(short: int, years: list[int]) -> int:
    """How far a two-digit year is from the page's years (0 when there are none)."""
    if not years:
        return 0
    return min(abs(_century(short, years) - year) for year in years)


def _present_year(base: int) -> int:
    """The present year by the machine's clock (UTC): the Jalali one for
    :data:`JALALI_YEARS`' ``base``, else the Gregorian one."""
    today = datetime.now(timezone.utc).date()
    return gregorian_to_jalali(today)[0] if base == JALALI_YEARS[0] else today.year


def _century(short: int, years: list[int], base: int = JALALI_YEARS[0]) -> int:
    """The year a two-digit year stands for (Jalali, or from ``base`` on): the century
    closest to the page's years. Never a year after the present one (fix213): the later
    century is taken only up to this year (:func:`_present_year`), so «٤٩» is 1349 while the
    present year is before 1449, whatever :data:`CENTURY_SPLIT` or the page's years say."""
    options = (base + short, base + 100 + short)
    if options[1] > _present_year(base):
        return options[0]
    if not years:
        return options[0] if short >= CENTURY_SPLIT else options[1]
    return min(options, key=lambda year: min(abs(year - other) for other in years))


# Without other years on the page: 50-99 are 13xx, 00-49 are 14xx, up to the present year
# (:func:`_century`: 06-49 are 13xx too while the present Jalali year is 1405).
CENTURY_SPLIT = 50


# Letters of the Tajik Cyrillic alphabet that Russian has not (ғ ӣ қ ӯ ҳ ҷ, either case).
_TAJIK_LETTER = regex.compile("[ҒғӢӣҚқӮӯҲҳҶҷ]")
_CYRILLIC_LETTER = regex.compile(r"\p{Cyrillic}")
# The part of the text looked at (the header and the lead, where the page's language shows).
_TAJIK_WINDOW = 3000
_TAJIK_LETTERS_MIN = 3


def _written_in_tajik(doc: str) -> bool:
    """Whether the page is written in Tajik: in its first characters, Cyrillic letters
    outnumber Arabic-script ones and Tajik's own letters (ҳ, ҷ, қ, ӣ ...) stand among them.
    A Tajik site prints Dushanbe's wall time (UTC+05:00, no summer time)."""
    head = doc[:_TAJIK_WINDOW]
    if len(_TAJIK_LETTER.findall(head)) < _TAJIK_LETTERS_MIN:
        return False
    return len(_CYRILLIC_LETTER.findall(head)) > len(_ARABIC_LETTER.findall(head))


# Letters only Urdu writes among the scripts read here (ے ٹ ڈ ڑ ں): not Persian's, Arabic's,
# Pashto's (ټ ډ ړ are other letters) or Kurdish's (which shares ھ and ە with Urdu). Sindhi,
# Pakistan's (and India's) other language in this script, writes none of them but its own
# (ڪ ٽ ڏ ڻ ۾ ڄ ٻ ڳ: Pashto's ڼ is another letter), which count alike: a Sindhi page's
# «اپريل» is no more Kabul's than an Urdu page's (sindhsalamat.com).
_URDU_LETTERS = "\u06d2\u0679\u0688\u0691\u06ba\u06aa\u067d\u068f\u06bb\u06fe\u0684\u067b\u06b3"
# Of the Arabic-script letters in the window: at least this many of Urdu's own, and at least
# this share (Urdu's «ہے», «کے», «سے», «میں» put them in every sentence; a Persian page quoting
# an Urdu word or name has one or two).
_URDU_LETTERS_MIN = 5
_URDU_SHARE = 0.02


def _written_in_urdu(doc: str) -> bool:
    """Whether the page is written in Urdu (or Sindhi): in its first characters (the header
    and the lead), Urdu's own letters (ے, ٹ, ڈ, ڑ, ں) or Sindhi's (ڪ, ٽ, ڏ, ڻ, ۾, ڄ, ٻ, ڳ) are
    many and a share of the Arabic-script ones. Such a page is Pakistan's (UTC+05:00) or
    India's (UTC+05:30); the text says not which."""
    head = doc[:_TAJIK_WINDOW]
    urdu = sum(map(head.count, _URDU_LETTERS))  # (str.count: cheap on every timed page)
    if urdu < _URDU_LETTERS_MIN:
        return False
    return urdu >= _URDU_SHARE * len(_ARABIC_LETTER.findall(head))


# A forum post's header line as vBulletin prints it: the post status icon's alt text maybe
# (vocab.POST_STATUS_ALTS: «قديمي», «جديد», «Old», «New»), the post's date and time, then
# its number in the thread «#1» (the first post: the thread's own), or a later reply's «#11»
# (a thread's later page opens with it: the reply's date, never the thread's, fix222).
_POST_NUMBER = regex.compile(r"[\x20\u200c]+#([1-9][0-9]{0,5})[\x20\u200c]*$")
_POST_NUMBER_ALONE = regex.compile(r"^[\x20\u200c]*#([1-9][0-9]{0,5})[\x20\u200c]*$")
_POST_STATUS_ALT = regex.compile(
    rf"^[\x20\u200c]*(?:(?:{any_case(vocab.POST_STATUS_ALTS)})[\x20\u200c]+)?"
)


def _post_header(lines: Sequence[_Line], index: int) -> tuple[Span, int] | None:
    """The document span of the date in a forum post's header, ``lines[index]``, and the
    post's number in the thread (:data:`_POST_NUMBER`, :data:`_POST_STATUS_ALT`): «قديمي
    September 7th, 2004, 11:26   #1» (vBulletin 3, tests/pages 2180), or the date alone on its
    line and «#1» alone on the next (its HTML's cells, 2181); nothing else on the line. The
    date must fill the line between the alt text and the number. A day alone (a skin or a
    setting that prints no clock) is a post's header too when the number stands on the line
    or on the next with no blank line between (a blog's dated post titled by its number,
    «2008/09/01», a blank line, «#183», tests/pages 467, is no forum's): the first post's
    «قدیمی January 14th, 2024   #1» gives the thread's day (fix232; a date to the day, as
    many pages give theirs), a later reply's («January 14th, 2024» over «#23») is a reply's
    header, whose date callers set aside (mut45's page (c)). Else None."""
    line = lines[index]
    norm = line.norm
    if "#" not in norm and (index + 1 >= len(lines) or "#" not in lines[index + 1].norm):
        return None
    number = _POST_NUMBER.search(norm)
    alone = _POST_NUMBER_ALONE.match(lines[index + 1].norm) if index + 1 < len(lines) else None
    if number is not None:
        end = number.start()
    elif alone is not None:
        number = alone
        end = len(norm.rstrip())
    else:
        return None
    start = _POST_STATUS_ALT.match(norm)
    begin = start.end() if start is not None else 0
    found = search(norm, begin, end)
    if found is None or found.start() != begin:
        return None
    try:
        read = read_match(norm, norm, found, end, base=0)
    except DateError:
        return None
    post = int(number.group(1))
    if norm[read.end : end].strip():
        return None
    if not read.stamp.has_time and number is alone and lines[index + 1].blank_before:
        return None
    return (line.start + begin, line.start + read.end), post
