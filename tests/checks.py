"""Assertions and views shared by several test modules (golden files, fuzzing, properties)."""

from __future__ import annotations

from typing import Any

import jalali_meta as jm


def iso(stamp: jm.Timestamp | None) -> str | None:
    """A timestamp as golden files write it: Gregorian ISO 8601, or None."""
    return None if stamp is None else stamp.isoformat()


def summary(article: jm.Article, fields: list[str]) -> dict[str, Any]:
    """The fields a golden file pins down: values as a user reads them, warnings by code."""
    view: dict[str, Any] = {}
    for name in fields:
        value = getattr(article, name)
        if name == "warnings":
            value = [w.code for w in value]
        elif name == "tags":
            value = list(value)
        elif isinstance(value, jm.Timestamp):
            value = iso(value)
        view[name] = value
    return view


def strict_error_is_ours(text: str) -> jm.ParseError | None:
    """Parse strictly; return the ParseError raised (anything else escapes), checking its position."""
    error: jm.ParseError | None = None
    try:
        jm.parse_article(text, strict=True)
    except jm.ParseError as err:
        error = err
    if error is not None:
        assert 1 <= error.line <= text.count("\n") + 1
        assert 0 <= error.offset <= error.end <= len(text)
    return error


def to_minute(value: str | None) -> str | None:
    """An ISO 8601 date or date-time cut to the minute, offset kept (golden files of tests/pages)."""
    if value is None or len(value) <= 10:
        return value
    # 2023-10-01T09:40[:SS[.ffffff]]+03:30 -> 2023-10-01T09:40+03:30
    offset = (
        value[19:].lstrip("0123456789.") if len(value) > 16 and value[16] == ":" else value[16:]
    )
    return value[:16] + offset


def page_view(article: jm.Article) -> dict[str, str | None]:
    """What a tests/pages golden pins down: title, number, published and updated to the minute."""
    return {
        "title": " ".join(article.title.split()) if article.title else None,
        "number": article.number,
        "published": to_minute(iso(article.published)),
        "updated": to_minute(iso(article.updated)),
    }


def page_expected(expected: dict[str, Any]) -> dict[str, str | None]:
    """The golden record of a tests/pages file in the form of :func:`page_view`."""
    title = expected.get("title")
    return {
        "title": " ".join(title.split()) if title else None,
        "number": expected.get("number"),
        "published": to_minute(expected.get("published")),
        "updated": to_minute(expected.get("updated")),
    }
