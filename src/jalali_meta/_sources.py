"""Machine-readable sources of an HTML page: <meta> tags, JSON-LD, attributes, URL patterns.

Each reader takes the parsed tree (or a value from it) and returns plain values; deciding
between these and the visible text is :mod:`jalali_meta._html`'s job (docs/html.md, "Sources").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import attrs

from jalali_meta._datetimes import parse_datetime
from jalali_meta._errors import JalaliMetaError
from jalali_meta._records import Timestamp

# The underscore names are kept from when these lived in _html.py, so parse_html reads the same.
__all__ = [
    "_URL_DATE",
    "_URL_ID",
    "_attr",
    "_first",
    "_json_ld",
    "_machine_date",
    "_meta",
    "_name",
    "_text",
]

_ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle"}
)
_URL_DATE = re.compile(r"/(1[34][0-9]{2})/([01]?[0-9])/([0-3]?[0-9])(?:/|$)")
# An ID in a URL: the last path segment of five or more digits (a date path has shorter ones).
_URL_ID = re.compile(r"/([0-9]{5,})(?=[/\-?#.]|$)")


def _meta(tree: Any) -> dict[str, list[str]]:
    """Every <meta> content by its property, name or itemprop (lower case)."""
    found: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        attrs_ = node.attributes
        content = attrs_.get("content")
        if content is None:
            continue
        for key in ("property", "name", "itemprop"):
            name = attrs_.get(key)
            if name:
                found.setdefault(name.strip().lower(), []).append(content.strip())
    return found


def _json_ld(tree: Any) -> dict[str, Any]:
    """The first NewsArticle/Article object in the page's JSON-LD, or {}."""

    def objects(value: Any) -> Iterator[dict[str, Any]]:
        if isinstance(value, list):
            for item in value:
                yield from objects(item)
        elif isinstance(value, dict):
            yield value
            yield from objects(value.get("@graph", []))

    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text(deep=True) or "null", strict=False)
        except ValueError:
            continue
        for obj in objects(data):
            kinds = obj.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(kind in _ARTICLE_TYPES for kind in kinds):
                return obj
    return {}


def _name(value: Any) -> str | None:
    """A JSON-LD person or organisation (or list of them) as a name."""
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return "، ".join(names) if names else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _machine_date(text: str | None, jalali: bool = False) -> Timestamp | None:
    if not text:
        return None
    try:
        stamp = parse_datetime(text)
    except JalaliMetaError:
        return None
    if jalali and stamp.calendar != "jalali":
        return None
    return attrs.evolve(stamp, span=None)


def _first(meta: dict[str, list[str]], *names: str) -> str | None:
    for name in names:
        for value in meta.get(name, []):
            if value:
                return value
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, (int, float)):
        value = str(value)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _attr(tree: Any, selector: str, name: str = "content") -> str | None:
    node = tree.css_first(selector)
    if node is None:
        return None
    value = node.attributes.get(name) or node.attributes.get("datetime")
    return value.strip() if isinstance(value, str) and value.strip() else None
