"""The pipeline that builds an :class:`~jalali_meta._records.Article` from article text.

text → lines → normalised copy of each header line → :func:`header.classify`
→ candidates per field → checks and rules → Article.

The cascade, in order (docs/formats.md, "Which value wins", states each rule):

1. Header walk: from the top, lines are classified until the title (the first
   plain-text line) and then until the first plain-text line after it, which
   starts the lead. A line repeating the title is set aside. A label with an
   empty value takes the next line as its value if that line fits the field.
2. Footer walk: from the bottom, label lines, counters and widget characters
   are taken off the body.
3. Widget spread: date lines right next to a "today" widget belong to it.
4. Resolution: for each field, candidates are ranked (labelled before
   unlabelled, after the title before above it, header before footer); the
   first valid one wins and disagreeing ones are reported in ``warnings``.
5. Mentions: dates in the lead and body (:func:`jalali_meta.find_dates`).

Only the header and footer regions are classified, so the cost of the header
does not grow with the body.
"""

from __future__ import annotations

import bisect
import logging
import re

import attrs
import regex

from jalali_meta import _vocab as vocab
from jalali_meta._dates import build
from jalali_meta._datetimes import (
    DateRead,
    before,
    iter_dates,
    read_match,
    require_text,
    same_moment,
)
from jalali_meta._errors import ConflictError, DateError, ParseError, position
from jalali_meta._grammar import read_time, search
from jalali_meta._header import DATE_FIELDS, LineInfo, classify, fits_next_line
from jalali_meta._normalize import normalize, to_ascii_digits
from jalali_meta._patterns import ID_VALUE, TIME_LINE
from jalali_meta._records import (
    Article,
    Field,
    FieldName,
    Ignored,
    IgnoredReason,
    Notice,
    Span,
    Timestamp,
    WarningCode,
    text_span,
)

__all__ = ["parse_article"]

log = logging.getLogger("jalali_meta")

# The header and footer are searched within this many non-blank lines.
HEADER_MAX_LINES = 40
FOOTER_MAX_LINES = 15
# Label and date lines this close under the lead still belong to the header.
LATE_HEADER_LINES = 4
LATE_HEADER_MAX_CHARS = 200

# Soft faults that strict mode raises; the others are notes on a documented rule.
_STRICT_DATE_CODES = frozenset(
    {"weekday-mismatch", "nonexistent-time", "repeated-time", "twin-invalid"}
)
_STRICT_CONFLICT_CODES = frozenset(
    {"twin-mismatch", "hijri-mismatch", "published-conflict", "updated-conflict", "number-conflict"}
)
_STRICT_PARSE_CODES = frozenset({"invalid-date", "not-a-date", "number-invalid"})

# White space and invisible marks that may surround a line (a line of only these is blank).
_STRIP = (
    " \t\r\n\x0b\x0c\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff"
)
# One line from its first to its last character that is not white space or an invisible mark.
_LINE = re.compile(f"[^\\n{_STRIP}](?:[^\\n]*[^\\n{_STRIP}])?")
# An ID that starts with a Jalali date: 14011103000123 = 1401/11/03 + a sequence number.
_DATED_ID = regex.compile(r"^(1[34][0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3,}$")


class _Line:
    """One non-blank line: its stripped extent, and its normalised text made on first use."""

    __slots__ = ("_doc", "_info", "_norm", "blank_before", "end", "start")

    def __init__(self, doc: str, start: int, end: int, blank_before: bool) -> None:
        self._doc = doc
        self._norm: str | None = None
        self._info: LineInfo | None = None
        self.start = start
        self.end = end
        self.blank_before = blank_before

    @property
    def norm(self) -> str:
        if self._norm is None:
            self._norm = normalize(self._doc[self.start : self.end])
        return self._norm

    @property
    def info(self) -> LineInfo:
        """What :func:`header.classify` makes of the line, computed once."""
        if self._info is None:
            self._info = classify(self.norm)
        return self._info


@attrs.define
class _Candidate:
    field: FieldName
    label: str
    span: Span
    value_span: Span
    zone: str  # "pre" (above the title), "header", "footer"
    labelled: bool
    line: int


@attrs.define
class _State:
    """Everything the walks collect, in text order."""

    doc: str
    strict: bool
    candidates: list[_Candidate] = attrs.field(factory=list)
    ignored: list[Ignored] = attrs.field(factory=list)
    warnings: list[Notice] = attrs.field(factory=list)
    # Newspaper issue lines: (issue number, date segment).
    newspaper: list[tuple[Span, Span]] = attrs.field(factory=list)
    info: dict[int, LineInfo] = attrs.field(factory=dict)
    lines: list[_Line] = attrs.field(factory=list)

    def line_at(self, offset: int) -> _Line:
        """The line that holds ``offset``."""
        starts = [line.start for line in self.lines]
        return self.lines[bisect.bisect_right(starts, offset) - 1]

    def warn(self, code: WarningCode, message: str, offset: int, end: int | None = None) -> None:
        line, column = position(self.doc, offset)
        notice = Notice(code, message, (offset, offset if end is None else end), line, column)
        log.debug("warning %s", notice)
        if self.strict:
            if code in _STRICT_DATE_CODES:
                raise DateError(message, self.doc, offset, end)
            if code in _STRICT_CONFLICT_CODES:
                raise ConflictError(message, self.doc, offset, end)
            if code in _STRICT_PARSE_CODES:
                raise (DateError if code != "number-invalid" else ParseError)(
                    message, self.doc, offset, end
                )
        self.warnings.append(notice)

    def ignore(self, line: _Line, reason: IgnoredReason) -> None:
        self.ignored.append(
            Ignored(self.doc[line.start : line.end], (line.start, line.end), reason)
        )


def _lines(doc: str) -> list[_Line]:
    """The non-blank lines of ``doc``, stripped, with their normalised text made on first use."""
    lines: list[_Line] = []
    end = 0
    for match in _LINE.finditer(doc):
        start = match.start()
        # A blank line between: two or more line breaks since the last line ended (one
        # before the first line).
        breaks = doc.count("\n", end, start)
        lines.append(_Line(doc, start, match.end(), breaks > 1 or (breaks == 1 and not lines)))
        end = match.end()
    return lines


def _squash(text: str) -> str:
    return "".join(text.replace("\u200c", " ").split())


def _record(state: _State, line: _Line, info: LineInfo, zone: str, index: int) -> None:
    """Turn one classified header or footer line into candidates or an ignored entry."""
    state.info[index] = info
    if info.kind in ("control", "widget", "counter"):
        state.ignore(line, info.reason or info.kind)
        return
    if info.kind == "issue":
        assert info.issue is not None
        issue = (line.start + info.issue[0], line.start + info.issue[1])
        seg = info.dates[0]
        state.newspaper.append((issue, (line.start + seg[0], line.start + seg[1])))
        return
    for label in info.labels:
        value = (line.start + label.value[0], line.start + label.value[1])
        if zone == "pre" and label.field == "updated":
            # A last-update stamp above the title is the site's, showing the crawl day.
            state.ignore(line, "site stamp")
            state.warn(
                "site-stamp",
                f"{state.doc[slice(*value)]!r} after {line.norm[slice(*label.span)]!r} above the "
                "title is a site-wide stamp, not the article's update time; ignored",
                line.start + label.span[0],
            )
            continue
        state.candidates.append(
            _Candidate(
                label.field,
                state.doc[line.start + label.span[0] : line.start + label.span[1]],
                (
                    line.start + label.span[0],
                    value[1] if value[1] > value[0] else line.start + label.span[1],
                ),
                value,
                zone,
                True,
                index,
            )
        )
    for seg in info.dates:
        span = (line.start + seg[0], line.start + seg[1])
        state.candidates.append(_Candidate("date", "", span, span, zone, False, index))
    if info.source is not None:
        span = (line.start + info.source[0], line.start + info.source[1])
        state.candidates.append(_Candidate("source", "", span, span, zone, False, index))


def _walk(state: _State, lines: list[_Line], indexes: range, zone: str, title: _Line | None) -> int:
    """Classify ``lines[indexes]`` in order; return the index of the first plain-text line.

    In the ``pre`` zone the first text line is the title and the walk stops there.
    In ``header`` and ``footer`` zones a text line that repeats the title is set aside.
    """
    pending: _Candidate | None = None
    title_key = _squash(title.norm) if title is not None else None
    for index in indexes:
        line = lines[index]
        info = line.info
        if (
            pending is not None
            and not line.blank_before
            and fits_next_line(pending.field, line.norm, info)
        ):
            pending.value_span = (line.start, line.end)
            pending.span = (pending.span[0], line.end)
            if pending.field in DATE_FIELDS:
                # A date line under its label is that label's value, not an unlabelled date.
                pending.value_span = (line.start + info.dates[0][0], line.start + info.dates[0][1])
                if info.source is not None:
                    _record(state, line, info._replace(dates=()), zone, index)
            pending = None
            state.info[index] = info
            continue
        pending = None
        if info.kind == "text" or (info.kind == "mixed" and zone == "pre"):
            # Above the title a date among other words is more likely a headline than chrome.
            if title_key is not None and _squash(line.norm) == title_key:
                state.ignore(line, "repeated title")
                continue
            return index
        _record(state, line, info, zone, index)
        if info.kind == "labels" and info.labels[-1].value[0] == info.labels[-1].value[1]:
            last = state.candidates[-1] if state.candidates else None
            if last is not None and last.line == index and last.labelled:
                pending = last
    return indexes.stop


def _spread_widgets(state: _State, lines: list[_Line]) -> None:
    """Date lines directly next to a "today" widget (no blank line between) belong to it."""
    queue = [i for i, info in state.info.items() if info.reason == "today widget"]
    while queue:
        index = queue.pop()
        for other in (index - 1, index + 1):
            if not 0 <= other < len(lines) or lines[max(index, other)].blank_before:
                continue
            other_info = state.info.get(other)
            if other_info is not None and other_info.kind == "date":
                state.info[other] = LineInfo("widget", reason="today widget")
                state.candidates = [c for c in state.candidates if c.line != other]
                state.ignore(lines[other], "today widget")
                queue.append(other)


def _read_date(state: _State, span: Span) -> DateRead | None:
    """Read the first date in ``span``; report problems by the mode's rules."""
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
    if match is None:
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
    except DateError as err:
        if state.strict:
            raise
        state.warn("invalid-date", f"{err.msg}; value left empty", err.offset, err.end)
        return None
    for issue in result.issues:
        state.warn(issue.code, issue.message, *issue.span)
    return result


_ZONE_RANK = {"header": 0, "pre": 1, "footer": 2}
# A date fault in the body is a note about a mention, under a code of its own.
_MENTION_CODES: dict[str, WarningCode] = {
    "weekday-mismatch": "mention-weekday-mismatch",
    "twin-mismatch": "mention-twin-mismatch",
    "twin-invalid": "mention-twin-invalid",
}


def _resolve_dates(state: _State) -> dict[str, tuple[Timestamp, Span] | None]:
    chosen: dict[str, tuple[Timestamp, Span] | None] = {"published": None, "updated": None}
    # Read every date candidate once, grouped by (field, labelled), in text order.
    groups: dict[tuple[str, bool], list[tuple[_Candidate, DateRead]]] = {}
    for cand in state.candidates:
        if cand.field in DATE_FIELDS or cand.field == "date":
            if cand.value_span[0] == cand.value_span[1]:
                continue  # an empty label: the value is filled in by a script
            read = _read_date(state, cand.value_span)
            if read is not None:
                groups.setdefault((cand.field, cand.labelled), []).append((cand, read))

    def ranked(field: str, labelled: bool) -> list[tuple[_Candidate, DateRead]]:
        found = groups.get((field, labelled), [])
        if len(found) > 1:
            found.sort(key=lambda pair: _ZONE_RANK[pair[0].zone])
        return found

    for field in ("published", "updated"):
        labelled = ranked(field, True)
        if labelled:
            first_cand, first = labelled[0]
            chosen[field] = (first.stamp, text_span(first.stamp))
            for cand, other in labelled[1:]:
                if not same_moment(other.stamp, first.stamp):
                    state.warn(
                        "published-conflict" if field == "published" else "updated-conflict",
                        f"two {field} dates: {first.stamp.text!r} after {first_cand.label!r} "
                        "is used, "
                        f"{other.stamp.text!r} after {cand.label!r} is not",
                        text_span(other.stamp)[0],
                        text_span(other.stamp)[1],
                    )
    unlabelled = ranked("date", False)
    if unlabelled:
        cand, first = unlabelled[0]
        if chosen["published"] is None:
            chosen["published"] = (first.stamp, text_span(first.stamp))
            if cand.zone != "header":
                where = "above the title" if cand.zone == "pre" else "below the body"
                state.warn(
                    "published-unlabelled",
                    f"the only publication date is the unlabelled date line {first.stamp.text!r} "
                    f"{where}; used as the publication time",
                    text_span(first.stamp)[0],
                    text_span(first.stamp)[1],
                )
        else:
            published = chosen["published"][0]
            for cand, other in unlabelled:
                if cand.zone == "header" and not same_moment(other.stamp, published):
                    state.warn(
                        "published-conflict",
                        f"the labelled publication date {published.text!r} is used; the unlabelled "
                        f"date {other.stamp.text!r} in the header disagrees and is not",
                        text_span(other.stamp)[0],
                        text_span(other.stamp)[1],
                    )
    published_pair, updated_pair = chosen["published"], chosen["updated"]
    if published_pair and updated_pair and before(updated_pair[0], published_pair[0]):
        state.warn(
            "updated-before-published",
            f"the update time {updated_pair[0].text!r} is earlier than the publication time "
            f"{published_pair[0].text!r}; both kept as printed",
            updated_pair[1][0],
            updated_pair[1][1],
        )
    return chosen


def _attach_time(state: _State, lines: list[_Line], stamp: Timestamp) -> tuple[Timestamp, Span]:
    """Join a date without a time to a time printed alone on the very next line.

    Some sites print «تاریخ : ۱۴۰۲/۰۶/۲۸» and «ساعت : ۱۶:۴۲» on two lines; the
    time line alone is chrome, but right under the date it is that date's time.
    """
    starts = [line.start for line in lines]
    index = bisect.bisect_right(starts, text_span(stamp)[0]) - 1
    if not 0 <= index < len(lines) - 1:
        return stamp, text_span(stamp)
    below = lines[index + 1]
    if below.blank_before or below.info.reason != "time without a date":
        return stamp, text_span(stamp)
    match = TIME_LINE.fullmatch(below.norm)
    if match is None:  # pragma: no cover - classify used the same pattern
        return stamp, text_span(stamp)
    parts = read_time(match, stamp, below.end)
    try:
        joined, issues = build(parts, state.doc)
    except DateError as err:
        state.warn("invalid-date", f"{err.msg}; the time line is not used", err.offset, err.end)
        return stamp, text_span(stamp)
    for issue in issues:
        state.warn(issue.code, issue.message, *issue.span)
    state.ignored = [i for i in state.ignored if i.span != (below.start, below.end)]
    state.candidates.append(
        _Candidate(
            "time",
            "",
            (below.start, below.end),
            (below.start, below.end),
            "header",
            False,
            index + 1,
        )
    )
    return joined, text_span(joined)


def _with_values(state: _State) -> dict[str, list[_Candidate]]:
    """The candidates that have a value, by field, in text order."""
    by_field: dict[str, list[_Candidate]] = {}
    for cand in state.candidates:
        if cand.value_span[0] < cand.value_span[1]:
            by_field.setdefault(cand.field, []).append(cand)
    return by_field


def _first_text(by_field: dict[str, list[_Candidate]], field: str) -> _Candidate | None:
    found = by_field.get(field)
    if not found:
        return None
    return (
        min(found, key=lambda c: (not c.labelled, _ZONE_RANK[c.zone]))
        if len(found) > 1
        else found[0]
    )


def _resolve_number(
    state: _State, by_field: dict[str, list[_Candidate]], published: Timestamp | None
) -> tuple[str, Span] | None:
    doc = state.doc
    valid: list[tuple[str, _Candidate]] = []
    for cand in sorted(by_field.get("number", ()), key=lambda c: _ZONE_RANK[c.zone]):
        raw = doc[cand.value_span[0] : cand.value_span[1]]
        value = to_ascii_digits(raw).strip()
        match = ID_VALUE.fullmatch(normalize(value))
        if match is None:
            state.warn(
                "number-invalid",
                f"{raw!r} after {cand.label!r} is not an article ID",
                *cand.value_span,
            )
            continue
        valid.append((value, cand))
    if not valid:
        return None
    number, first = valid[0]
    for other, cand in valid[1:]:
        if other != number:
            state.warn(
                "number-conflict",
                f"two article IDs: {number!r} after {first.label!r} is used, {other!r} after "
                f"{cand.label!r} is not",
                *cand.value_span,
            )
    dated = _DATED_ID.match(number)
    if dated is not None and published is not None:
        year, month, day = (int(g) for g in dated.groups())
        p_year, p_month, p_day = published.jalali_date
        if (p_year, p_month, p_day) != (year, month, day) and published.calendar == "jalali":
            state.warn(
                "number-date-mismatch",
                f"the ID {number!r} starts with the date {year}/{month:02d}/{day:02d}, but the "
                f"publication date is {p_year}/{p_month:02d}/{p_day:02d}; the printed date is kept",
                *first.value_span,
            )
    return number, first.value_span


_RELATIVE = frozenset(vocab.RELATIVE_WORDS)
_TAG_SPLIT = regex.compile(r"[,،|;؛#]+|\x20{2,}|\n")


def parse_article(text: str, *, strict: bool = False) -> Article:
    """Parse an article's text into a typed record.

    Args:
        text: The article as text: title, header lines, lead, body.
        strict: Raise on doubt instead of leaving the value empty with a warning.

    Returns:
        The article. In lenient mode (the default) it never raises on text input:
        a doubtful value is None and ``warnings`` says why.

    Raises:
        DateError: strict mode: a header date is invalid, its weekday disagrees,
            or its wall time does not exist in Tehran.
        ConflictError: strict mode: two candidates for one field disagree.
        ParseError: strict mode: a value does not have its field's shape.
        InputTooLargeError: ``text`` is longer than ``MAX_INPUT_CHARS``.
        TypeError: ``text`` is not a str.

    Example:
        >>> text = "عنوان خبر\\nکد خبر: ۱۲۳۴\\nتاریخ انتشار: ۳ بهمن ۱۴۰۱ - ۰۹:۱۵\\nمتن خبر."
        >>> art = parse_article(text)
        >>> art.number, art.published.isoformat(), art.lead
        ('1234', '2023-01-23T09:15:00+03:30', 'متن خبر.')
    """
    doc = require_text(text)
    lines = _lines(doc)
    state = _State(doc, strict, lines=lines)
    # 1. Header walk: above the title, the title, then the header block.
    head = range(0, min(len(lines), HEADER_MAX_LINES))
    title_index = _walk(state, lines, head, "pre", None)
    title = lines[title_index] if title_index < len(lines) else None
    body_start = len(lines)
    if title is not None:
        block = range(title_index + 1, min(len(lines), title_index + 1 + HEADER_MAX_LINES))
        body_start = _walk(state, lines, block, "header", title)
    # 2. Footer walk: label lines, counters and widget characters under the body.
    body_end = _footer_start(state, lines, body_start)
    if body_end < len(lines):
        _walk(state, lines, range(body_end, len(lines)), "footer", title)
    # 3. Header lines printed after a short lead: «title, summary, date, ID, body».
    late = _late_header(state, lines, body_start, body_end) if title is not None else set()
    # 4. Widget spread.
    _spread_widgets(state, lines)
    # 5. Resolution.
    paragraphs = [
        line for i, line in enumerate(lines[:body_end]) if i >= body_start and i not in late
    ]
    return _assemble(state, lines, title, paragraphs)


def _late_header(state: _State, lines: list[_Line], lead: int, body_end: int) -> set[int]:
    """Label and date lines among the few lines right after the lead belong to the header.

    Some sites print the title, then a summary, then the date and the ID. Only
    label lines and whole date lines count (not dates inside sentences), and only
    within :data:`LATE_HEADER_LINES` lines of the lead.
    """
    taken: set[int] = set()
    for index in range(lead + 1, min(body_end, lead + 1 + LATE_HEADER_LINES)):
        line = lines[index]
        if line.end - line.start > LATE_HEADER_MAX_CHARS:
            continue  # a paragraph, not a label or date line: not worth classifying
        info = line.info
        if info.kind in ("labels", "date"):
            _record(state, lines[index], info, "header", index)
            taken.add(index)
    return taken


def _footer_start(state: _State, lines: list[_Line], body_start: int) -> int:
    """Index of the first footer line: the trailing run of non-text lines under the body."""
    index = len(lines)
    lowest = max(body_start + 1, len(lines) - FOOTER_MAX_LINES)
    while index - 1 >= lowest:
        info = lines[index - 1].info
        if info.kind == "text":
            above = lines[index - 2].info if index - 2 >= lowest else None
            waiting = (
                above is not None
                and above.kind == "labels"
                and above.labels[-1].value[0] == above.labels[-1].value[1]
                and not lines[index - 1].blank_before
                and fits_next_line(above.labels[-1].field, lines[index - 1].norm, info)
            )
            if not waiting:
                break
        index -= 1
    return index


def _assemble(
    state: _State, lines: list[_Line], title: _Line | None, paragraphs: list[_Line]
) -> Article:
    doc = state.doc
    spans: dict[str, Span] = {}
    dates = _resolve_dates(state)
    for name, pair in dates.items():
        if pair is not None and not pair[0].has_time:
            dates[name] = _attach_time(state, lines, pair[0])
    published = dates["published"]
    updated = dates["updated"]
    if published:
        spans["published"] = published[1]
    if updated:
        spans["updated"] = updated[1]
    by_field = _with_values(state)
    number = _resolve_number(state, by_field, published[0] if published else None)
    if number:
        spans["number"] = number[1]
    texts: dict[str, str | None] = {}
    for field in ("category", "author", "source"):
        cand = _first_text(by_field, field)
        texts[field] = doc[cand.value_span[0] : cand.value_span[1]] if cand else None
        if cand:
            spans[field] = cand.value_span
    tags: tuple[str, ...] = ()
    tag_cand = _first_text(by_field, "tags")
    if tag_cand:
        spans["tags"] = tag_cand.value_span
        raw = doc[tag_cand.value_span[0] : tag_cand.value_span[1]]
        tags = tuple(t.strip(_STRIP + "-") for t in _TAG_SPLIT.split(raw) if t.strip(_STRIP + "-"))
    issue = issue_date = None
    for issue_span, date_span in state.newspaper[:1]:
        issue = to_ascii_digits(doc[issue_span[0] : issue_span[1]])
        spans["issue"] = issue_span
        result = _read_date(state, date_span)
        if result is not None:
            issue_date = result.stamp
            spans["issue_date"] = text_span(issue_date)
            if published is None:
                state.warn(
                    "issue-date-only",
                    f"the only date is the newspaper issue date {issue_date.text!r}; it is kept "
                    "as issue_date and not taken as the publication time",
                    *text_span(issue_date),
                )
    fields = _fields(state)
    if title is not None:
        spans["title"] = (title.start, title.end)
    lead = paragraphs[0] if paragraphs else None
    body = paragraphs[1:]
    if lead is not None:
        spans["lead"] = (lead.start, lead.end)
    if body:
        spans["body"] = (body[0].start, body[-1].end)
    mentions = _mentions(state, paragraphs)
    return Article(
        title=doc[title.start : title.end] if title is not None else None,
        number=number[0] if number else None,
        published=published[0] if published else None,
        updated=updated[0] if updated else None,
        category=texts["category"],
        author=texts["author"],
        tags=tags,
        source=texts["source"],
        issue=issue,
        issue_date=issue_date,
        lead=doc[lead.start : lead.end] if lead is not None else None,
        body=tuple(doc[p.start : p.end] for p in body),
        mentions=tuple(mentions),
        warnings=tuple(state.warnings),
        fields=fields,
        ignored=tuple(sorted(state.ignored, key=lambda item: item.span)),
        spans=spans,
    )


def _mentions(state: _State, paragraphs: list[_Line]) -> list[Timestamp]:
    """Dates in the lead and body; a self-contradicting one is left out with a warning."""
    found: list[Timestamp] = []
    if not paragraphs:
        return found
    # One pass over the whole body: no date crosses a line end, and a date in a line set
    # aside between paragraphs (a late header line) is skipped by its position.
    starts = [para.start for para in paragraphs]
    first, last = paragraphs[0].start, paragraphs[-1].end
    for result in iter_dates(state.doc[first:last], base=first):
        start, end = text_span(result.stamp)
        para = paragraphs[bisect.bisect_right(starts, start) - 1]
        if end > para.end:
            continue
        doubts = [i for i in result.issues if i.code in ("weekday-mismatch", "twin-mismatch")]
        for issue in doubts:
            # Body text is not header metadata: a note in both modes, never an error.
            code = _MENTION_CODES[issue.code]
            state.warn(code, issue.message + "; not listed", *issue.span)
        if doubts:
            continue
        found.append(result.stamp)
        if result.twin is not None:
            found.append(result.twin)
    return found


def _fields(state: _State) -> tuple[Field, ...]:
    doc = state.doc
    out = [
        Field(
            c.field,
            c.label,
            doc[c.value_span[0] : c.value_span[1]],
            c.span,
            c.value_span,
        )
        for c in state.candidates
    ]
    for issue_span, date_span in state.newspaper:
        out.append(Field("issue", "", doc[issue_span[0] : issue_span[1]], issue_span, issue_span))
        out.append(Field("issue_date", "", doc[date_span[0] : date_span[1]], date_span, date_span))
    return tuple(sorted(out, key=lambda f: f.span or (-1, -1)))
