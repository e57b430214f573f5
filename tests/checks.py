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
