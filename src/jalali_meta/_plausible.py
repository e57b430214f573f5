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
future event. Relative dates are read by :func:`jalali_meta._datetimes.resolve_relative`;
:func:`within` is the bounds check :func:`find_dates` uses too.
"""

from __future__ import annotations

import datetime as _dt

import attrs

from jalali_meta._dates import tehran
from jalali_meta._datetimes import resolve_relative
from jalali_meta._errors import position
from jalali_meta._records import Article, Notice, Span, Timestamp, WarningCode

__all__ = ["Bound", "apply_reference", "check_reference", "within"]

Bound = _dt.date | _dt.datetime
"""A ``min_date``/``max_date`` bound: a day (compared with the Tehran day) or an aware instant."""


def _aware(value: Bound) -> Bound:
    """A naive datetime is Tehran wall time, as find_dates reads a naive reference."""
    if isinstance(value, _dt.datetime) and value.utcoffset() is None:
        return value.replace(tzinfo=tehran())
    return value


def check_reference(
    reference: _dt.datetime | None, min_date: Bound | None, max_date: Bound | None
) -> None:
    """Raise TypeError for a reference or bound of a wrong type, ValueError for bounds reversed.

    A datetime outside years 2-9998 (in UTC or Tehran time) is a ValueError too: relative
    dates and the Tehran conversions would overflow ``datetime`` near its ends.
    """
    for name, value in (("reference", reference), ("min_date", min_date), ("max_date", max_date)):
        if value is None:
            continue
        if not isinstance(value, _dt.date):
            kinds = "a datetime" if name == "reference" else "a datetime or date"
            raise TypeError(f"{name} must be {kinds}, not {type(value).__name__}")
    if reference is not None and not isinstance(reference, _dt.datetime):
        raise TypeError("reference must be a datetime, not a date")
    for name, value in (("reference", reference), ("min_date", min_date), ("max_date", max_date)):
        if isinstance(value, _dt.datetime) and not in_range(value):
            raise ValueError(
                f"{name} {value.isoformat()} is out of range: years 2 to 9998 "
                "(relative dates and Tehran time must stay within what datetime holds)"
            )
    if (
        min_date is not None
        and max_date is not None
        and _key(_aware(max_date)) < _key(_aware(min_date))
    ):
        raise ValueError(f"max_date {max_date} is before min_date {min_date}")


def in_range(value: _dt.datetime) -> bool:
    """Whether an instant (naive: Tehran time) converts to Tehran and UTC with a year to spare."""
    if value.utcoffset() is None:
        value = value.replace(tzinfo=tehran())
    try:
        years = (value.astimezone(tehran()).year, value.astimezone(_dt.timezone.utc).year)
    except OverflowError:
        return False
    return all(2 <= year <= 9998 for year in years)


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


def within(stamp: Timestamp, min_date: Bound | None, max_date: Bound | None) -> bool:
    """Whether ``stamp`` lies within the bounds (a naive bound is Tehran wall time)."""
    min_date = None if min_date is None else _aware(min_date)
    max_date = None if max_date is None else _aware(max_date)
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
        reference: When the page was fetched (naive: Tehran time), or None.
        min_date: Earliest acceptable published/updated value, or None.
        max_date: Latest acceptable value, or None.
        text: The text the article's spans point into, for the warnings' line and column.
    """
    if reference is None and min_date is None and max_date is None:
        return article
    check_reference(reference, min_date, max_date)
    if reference is not None and reference.utcoffset() is None:
        reference = reference.replace(tzinfo=tehran())
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
        if not within(stamp, min_date, max_date):
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
