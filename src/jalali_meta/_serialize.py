"""Records to JSON-ready dictionaries and JSON text.

Times become ISO 8601 strings: ``gregorian`` as Python writes it
(``2023-09-19T16:42:00+03:30``), ``jalali`` the same shape with Jalali
year, month and day (``1402-06-28T16:42:00+03:30``). Spans become two-item lists.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from jalali_meta._records import Article, Field, HijriDate, Ignored, Notice, Span, Timestamp

__all__ = ["json_line", "to_dict", "to_json"]

Record = Article | Timestamp | HijriDate | Field | Ignored | Notice


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else list(span)


def _timestamp(ts: Timestamp) -> dict[str, Any]:
    return {
        "text": ts.text,
        "span": _span(ts.span),
        "calendar": ts.calendar,
        "jalali": ts.jalali_isoformat(),
        "gregorian": ts.isoformat(),
        "weekday": ts.weekday,
        "dst": ts.dst,
        "relative": ts.relative,
    }


def _optional(ts: Timestamp | None) -> dict[str, Any] | None:
    return None if ts is None else _timestamp(ts)


def to_dict(record: Record) -> dict[str, Any]:
    """Return a JSON-ready dict of an Article, Timestamp, HijriDate, Field, Ignored or Notice.

    Example:
        >>> import jalali_meta as jm
        >>> jm.to_dict(jm.parse_datetime("1402/06/28 16:42"))["gregorian"]
        '2023-09-19T16:42:00+03:30'
    """
    if isinstance(record, Timestamp):
        return _timestamp(record)
    if isinstance(record, HijriDate):
        out: dict[str, Any] = {
            "text": record.text,
            "span": list(record.span),
            "calendar": record.calendar,
            "hijri": record.hijri_isoformat(),
        }
        if record.inferred:  # only then: the record of a marked lunar date is unchanged
            out["inferred"] = True
        return out
    if isinstance(record, Field):
        return {
            "name": record.name,
            "label": record.label,
            "value": record.value,
            "span": _span(record.span),
            "value_span": _span(record.value_span),
        }
    if isinstance(record, Notice):
        return {
            "code": record.code,
            "message": record.message,
            "span": _span(record.span),
            "line": record.line,
            "column": record.column,
        }
    if isinstance(record, Ignored):
        return {"text": record.text, "span": list(record.span), "reason": record.reason}
    if isinstance(record, Article):
        return {
            "title": record.title,
            "number": record.number,
            "published": _optional(record.published),
            "updated": _optional(record.updated),
            "category": record.category,
            "author": record.author,
            "tags": list(record.tags),
            "source": record.source,
            "issue": record.issue,
            "issue_date": _optional(record.issue_date),
            "url": record.url,
            "site_name": record.site_name,
            "language": record.language,
            "description": record.description,
            "image": record.image,
            "authors": list(record.authors),
            "hostname": record.hostname,
            "lead": record.lead,
            "body": list(record.body),
            "mentions": [_timestamp(ts) for ts in record.mentions],
            "warnings": [to_dict(w) for w in record.warnings],
            "fields": [to_dict(f) for f in record.fields],
            "ignored": [to_dict(i) for i in record.ignored],
            "spans": {name: list(span) for name, span in sorted(record.spans.items())},
            "evidence": dict(sorted(record.evidence.items())),
        }
    raise TypeError(f"to_dict takes a jalali_meta record, not {type(record).__name__}")


def to_json(record: Record, *, indent: int | None = 2) -> str:
    """Return ``to_dict(record)`` as JSON text, Persian letters kept as they are (not escaped)."""
    return json.dumps(to_dict(record), ensure_ascii=False, indent=indent)


# -- JSON Lines bytes, as the command line writes them -------------------------------------
#
# ``json_line(obj)`` is ``json.dumps(obj, ensure_ascii=False)`` as UTF-8 bytes, byte for byte
# (the separators ", " and ": ", the escapes), or ``json.dumps(obj)`` (every non-ASCII
# character escaped) when a string holds a lone surrogate, which UTF-8 cannot hold. With the
# ``fast`` extra, msgspec writes it: its encoder, then ``msgspec.json.format(indent=0)``, which
# puts in the standard library's separators, both in C; the same bytes at a seventh to a fifth
# of the time (docs/performance.md, "Batch"). Without it, one reused C encoder of the standard
# library (json.dumps builds a new one on every call).


def _unused(value: object) -> object:
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


_C_MAKE_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_C_ESCAPE = getattr(json.encoder, "c_encode_basestring", None)
_STDLIB_ENCODE = (  # no circular-reference check: records are trees
    _C_MAKE_ENCODER(None, _unused, _C_ESCAPE, None, ": ", ", ", False, False, True)
    if _C_MAKE_ENCODER is not None and _C_ESCAPE is not None
    else None
)


def _stdlib_line(obj: Any) -> bytes:
    if _STDLIB_ENCODE is not None:
        text = "".join(_STDLIB_ENCODE(obj, 0))
    else:  # pragma: no cover - a Python built without the C accelerator
        text = json.dumps(obj, ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: escape it (and all else) as \uXXXX
        return json.dumps(obj).encode("ascii")


def _pick() -> Callable[[Any], bytes]:
    """The JSON writer: msgspec when installed (imported on first use, not with this module)."""
    try:
        import msgspec  # type: ignore[import-not-found, unused-ignore]  # noqa: PLC0415
    except ImportError:  # no ``fast`` extra
        return _stdlib_line
    encode: Callable[[Any], bytes] = msgspec.json.Encoder().encode
    format_: Callable[..., bytes] = msgspec.json.format

    def msgspec_line(obj: Any) -> bytes:
        try:
            return format_(encode(obj), indent=0)
        except Exception:  # a lone surrogate (UTF-8 cannot hold it), or anything unexpected
            return _stdlib_line(obj)

    return msgspec_line


_WRITER: list[Callable[[Any], bytes]] = []  # chosen on the first call


def json_line(obj: Any) -> bytes:
    """``json.dumps(obj, ensure_ascii=False)`` as UTF-8 bytes (a lone surrogate escaped)."""
    if not _WRITER:
        _WRITER.append(_pick())
    return _WRITER[0](obj)
