"""Plausibility against a reference time: relative dates, future dates, date bounds.

The parser never reads the clock (docs/errors.md); a caller who knows when a page was
fetched (a crawl log, a WARC record's ``WARC-Date``) passes that moment in as
``reference``, and optional ``min_date``/``max_date`` bounds, as htmldate does. This
module applies them to a finished record, after syntax has been read:

1. a value after a date label that is relative (``۲ ساعت پیش``, ``دیروز ۱۶:۴۲``) and was
   left empty with ``not-a-date`` is resolved against the reference and marked relative;
2. ``published``/``updated`` after the reference get a ``future-date`` warning;
3. ``published``/``updated`` outside ``[min_date, max_date]`` become None with
   ``date-out-of-bounds``.

Mentions in the body are not checked against the reference: an article may announce a
future event. :func:`filter_dates` does the same for :func:`find_dates`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

import attrs
import regex

from jalali_meta import _datetimes
from jalali_meta._dates import gregorian_to_jalali, tehran
from jalali_meta._errors import position
from jalali_meta._normalize import normalize
from jalali_meta._records import Article, Notice, Span, Timestamp, WarningCode

__all__ = ["Bound", "apply_reference", "check_reference", "filter_dates", "resolve_relative"]

Bound = _dt.date | _dt.datetime
"""A ``min_date``/``max_date`` bound: a day (compared with the Tehran day) or an aware instant."""

_UNITS = {
    "ثانیه": _dt.timedelta(seconds=1),
    "دقیقه": _dt.timedelta(minutes=1),
    "ساعت": _dt.timedelta(hours=1),
    "روز": _dt.timedelta(days=1),
    "هفته": _dt.timedelta(weeks=1),
    "second": _dt.timedelta(seconds=1),
    "minute": _dt.timedelta(minutes=1),
    "hour": _dt.timedelta(hours=1),
    "day": _dt.timedelta(days=1),
    "week": _dt.timedelta(weeks=1),
}
# Units whose result is a time of day; the others give a day.
_CLOCK_UNITS = frozenset({"ثانیه", "دقیقه", "ساعت", "second", "minute", "hour"})
_DAY_WORDS = {"امروز": 0, "دیروز": 1, "پریروز": 2, "today": 0, "yesterday": 1}

# The relative shapes this fallback reads, on normalised text (ASCII digits).
_RELATIVE = regex.compile(
    r"""
    (?:
        (?P<count>[0-9]{1,4}|یک)\s*                   # «۲ ساعت پیش», «یک روز قبل»
        (?P<unit>ثانیه|دقیقه|ساعت|روز|هفته|seconds?|minutes?|hours?|days?|weeks?)\s*
        (?:پیش|قبل|ago)
      | (?P<moment>لحظاتی|دقایقی)\s*(?:پیش|قبل)       # «لحظاتی پیش»: the reference minute
      | (?P<day>امروز|دیروز|پریروز|today|yesterday)   # «دیروز», optionally with a time
        (?:\s*[,،\-]?\s*(?:ساعت\s*)?(?P<hour>[0-2]?[0-9]):(?P<minute>[0-5][0-9]))?
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _stamp(value: _dt.datetime | _dt.date, text: str, span: Span | None) -> Timestamp:
    day = value.date() if isinstance(value, _dt.datetime) else value
    stamp = Timestamp(gregorian_to_jalali(day), value, "jalali", text, span)
    # The grammar branch adds ``Timestamp.relative``; set it where the record has it.
    if "relative" in attrs.fields_dict(Timestamp):
        stamp = attrs.evolve(stamp, relative=True)  # type: ignore[call-arg, unused-ignore]
    return stamp


def _local_resolve(text: str, reference: _dt.datetime) -> Timestamp | None:
    """Resolve one relative date (the whole of ``text``) against ``reference``, or None."""
    match = _RELATIVE.fullmatch(normalize(text).strip())
    if match is None:
        return None
    local = reference.astimezone(tehran())
    value: _dt.datetime | _dt.date
    if match["moment"]:
        value = local.replace(second=0, microsecond=0)
    elif match["day"]:
        day = local.date() - _dt.timedelta(days=_DAY_WORDS[match["day"].lower()])
        if match["hour"] is None:
            value = day
        elif int(match["hour"]) > 23:
            return None
        else:
            wall = _dt.datetime.combine(day, _dt.time(int(match["hour"]), int(match["minute"])))
            value = wall.replace(tzinfo=tehran())
    else:
        count = 1 if match["count"] == "یک" else int(match["count"])
        unit = match["unit"].lower().rstrip("s") if match["unit"].isascii() else match["unit"]
        moment = (local - count * _UNITS[unit]).astimezone(tehran())
        value = moment.replace(second=0, microsecond=0) if unit in _CLOCK_UNITS else moment.date()
    return _stamp(value, text, None)


def resolve_relative(text: str, reference: _dt.datetime) -> Timestamp | None:
    """Resolve a relative date against ``reference``: the grammar's reader when it has one."""
    reader: Callable[[str, _dt.datetime], Timestamp | None] = getattr(
        _datetimes, "resolve_relative", _local_resolve
    )
    return reader(text, reference)


def check_reference(
    reference: _dt.datetime | None, min_date: Bound | None, max_date: Bound | None
) -> None:
    """Raise TypeError or ValueError for a naive reference or bound, or bounds out of order."""
    for name, value in (("reference", reference), ("min_date", min_date), ("max_date", max_date)):
        if value is None:
            continue
        if not isinstance(value, _dt.date):
            raise TypeError(f"{name} must be a datetime or date, not {type(value).__name__}")
        if isinstance(value, _dt.datetime) and value.utcoffset() is None:
            raise ValueError(f"{name} must be timezone-aware (e.g. datetime(..., tzinfo=UTC))")
    if reference is not None and not isinstance(reference, _dt.datetime):
        raise TypeError("reference must be a datetime, not a date")
    if min_date is not None and max_date is not None and _key(max_date) < _key(min_date):
        raise ValueError(f"max_date {max_date} is before min_date {min_date}")


def _key(value: Bound) -> _dt.datetime:
    """A comparable instant: a day counts from its first moment in Tehran."""
    if isinstance(value, _dt.datetime):
        return value
    return _dt.datetime.combine(value, _dt.time()).replace(tzinfo=tehran())


def _day(value: Bound) -> _dt.date:
    return value.astimezone(tehran()).date() if isinstance(value, _dt.datetime) else value


def _after(stamp: Timestamp, bound: Bound) -> bool:
    """Whether ``stamp`` is later than ``bound``; a day only when one of the two is a day."""
    g = stamp.gregorian
    if isinstance(g, _dt.datetime) and isinstance(bound, _dt.datetime):
        return g > bound
    return _day(g) > _day(bound)


def _before(stamp: Timestamp, bound: Bound) -> bool:
    g = stamp.gregorian
    if isinstance(g, _dt.datetime) and isinstance(bound, _dt.datetime):
        return g < bound
    return _day(g) < _day(bound)


def _in_bounds(stamp: Timestamp, min_date: Bound | None, max_date: Bound | None) -> bool:
    return not (
        (min_date is not None and _before(stamp, min_date))
        or (max_date is not None and _after(stamp, max_date))
    )


def apply_reference(
    article: Article,
    reference: _dt.datetime | None,
    min_date: Bound | None = None,
    max_date: Bound | None = None,
    *,
    text: str | None = None,
) -> Article:
    """Apply the reference time and bounds to a parsed article (see the module docstring).

    Args:
        article: The parsed record.
        reference: When the page was fetched (aware), or None.
        min_date: Earliest acceptable published/updated value, or None.
        max_date: Latest acceptable value, or None.
        text: The text the article's spans point into, for the warnings' line and column.
    """
    if reference is None and min_date is None and max_date is None:
        return article
    check_reference(reference, min_date, max_date)
    warnings = list(article.warnings)
    spans = dict(article.spans)
    values: dict[str, Timestamp | None] = {
        "published": article.published,
        "updated": article.updated,
    }

    def notice(code: WarningCode, message: str, span: Span | None) -> Notice:
        if span is None or text is None:
            return Notice(code, message)
        line, column = position(text, span[0])
        return Notice(code, message, span, line, column)

    # 1. Relative values after a date label, left empty by the parser.
    if reference is not None:
        for field in article.fields:
            if field.name not in values or values[field.name] is not None:
                continue
            stamp = resolve_relative(field.value, reference) if field.value else None
            if stamp is None:
                continue
            stamp = attrs.evolve(stamp, span=field.value_span)
            values[field.name] = stamp
            if field.value_span is not None:
                spans[field.name] = field.value_span
            warnings = [
                w for w in warnings if not (w.code == "not-a-date" and w.span == field.value_span)
            ]
            warnings.append(
                notice(
                    "relative-date",
                    f"{field.value!r} is relative: read as {stamp.isoformat()} "
                    f"from the reference time {reference.isoformat()}",
                    field.value_span,
                )
            )
    # 2. and 3. Future dates and bounds.
    for name, stamp in values.items():
        if stamp is None:
            continue
        if not _in_bounds(stamp, min_date, max_date):
            values[name] = None
            spans.pop(name, None)
            warnings.append(
                notice(
                    "date-out-of-bounds",
                    f"{name} {stamp.isoformat()} is outside the bounds "
                    f"[{min_date or '-'}, {max_date or '-'}]; value left empty",
                    stamp.span,
                )
            )
        elif reference is not None and _after(stamp, reference):
            warnings.append(
                notice(
                    "future-date",
                    f"{name} {stamp.isoformat()} is after the reference time "
                    f"{reference.isoformat()}",
                    stamp.span,
                )
            )
    return attrs.evolve(
        article,
        published=values["published"],
        updated=values["updated"],
        warnings=tuple(warnings),
        spans=spans,
    )


def filter_dates(
    found: list[Timestamp],
    text: str,
    reference: _dt.datetime | None,
    min_date: Bound | None = None,
    max_date: Bound | None = None,
) -> list[Timestamp]:
    """Add relative dates resolved against ``reference`` and drop dates outside the bounds."""
    if reference is None and min_date is None and max_date is None:
        return found
    check_reference(reference, min_date, max_date)
    stamps = list(found)
    if reference is not None:
        norm = normalize(text)
        taken = [s.span for s in found if s.span is not None]
        for match in _RELATIVE.finditer(norm):
            start, end = match.span()
            if any(a < end and start < b for a, b in taken):
                continue
            stamp = resolve_relative(text[start:end], reference)
            if stamp is not None:
                stamps.append(attrs.evolve(stamp, span=(start, end)))
        stamps.sort(key=lambda s: s.span or (0, 0))
    return [s for s in stamps if _in_bounds(s, min_date, max_date)]
