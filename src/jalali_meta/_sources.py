"""Machine-readable sources of an HTML page: <meta> tags, JSON-LD, attributes, URL patterns.

Each reader takes the parsed tree (or a value from it) and returns plain values; deciding
between these and the visible text is :mod:`jalali_meta._html`'s job (docs/html.md, "Sources").
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs

from jalali_meta._datetimes import parse_datetime
from jalali_meta._errors import JalaliMetaError, ParseError
from jalali_meta._normalize import normalize
from jalali_meta._records import Article, Field, Notice, Timestamp

# The underscore names are kept from when these lived in _html.py, so parse_html reads the same.
__all__ = [
    "MAX_JSON_DEPTH",
    "_URL_DATE",
    "_URL_ID",
    "_attr",
    "_first",
    "_json_ld",
    "_machine_date",
    "_meta",
    "_name",
    "_text",
    "page_fields",
]

_ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle"}
)
# JSON-LD nested deeper than this is skipped unread: schema.org objects nest a few levels, and
# json.loads recurses once per level.
MAX_JSON_DEPTH = 64
# A JSON string, closed or running to the end (so a match never fails and the scan is linear).
_JSON_STRING = re.compile(r'"(?:[^"\\]+|\\.)*"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
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


class _JsonLd(dict[str, Any]):
    """The article object of a page's JSON-LD, cleaned, with the notices its reading produced."""

    notices: tuple[Notice, ...] = ()


def _json_depth(text: str) -> int:
    """The deepest nesting of arrays and objects in JSON text (strings skipped), in linear time.

    Text with at most MAX_JSON_DEPTH opening brackets gets their count instead, an upper
    bound that already settles the question (the usual script needs no scan).
    """
    opening = text.count("[") + text.count("{")
    if opening <= MAX_JSON_DEPTH:
        return opening
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    return max(accumulate(1 if c in "[{" else -1 for c in brackets), default=0)


def _is_article(kinds: Any) -> bool:
    """Whether a JSON-LD ``@type`` (a string or a flat list of them) names an article type."""
    if isinstance(kinds, str):
        kinds = [kinds]
    if not isinstance(kinds, list):
        return False
    # "https://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
    return any(
        isinstance(kind, str) and re.split(r"[/:#]", kind.strip())[-1] in _ARTICLE_TYPES
        for kind in kinds
    )


def _article_object(data: Any) -> dict[str, Any] | None:
    """The first article-typed object: at the root, in lists, ``@graph`` or ``mainEntity``.

    Walked with an explicit stack, so no nesting can exhaust Python's recursion limit.
    """
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            if _is_article(value.get("@type")):
                return value
            nested = [value[key] for key in ("@graph", "mainEntity") if key in value]
            stack.extend(reversed(nested))
    return None


def _string(value: Any) -> str | None:
    """A JSON-LD text value (the first of a list), stripped; anything else is None."""
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str) and item.strip()), None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _keywords(value: Any) -> str | None:
    """JSON-LD keywords (a string, or a list of strings and whole numbers) as one string.

    Objects contribute their ``name``; nested lists, floats and booleans are left out.
    """
    if isinstance(value, str):
        return value
    items = value if isinstance(value, list) else [value]
    words = []
    for item in items:
        word = item.get("name") if isinstance(item, dict) else item
        if isinstance(word, str) and word.strip():
            words.append(word.strip())
        elif isinstance(word, int) and not isinstance(word, bool):
            words.append(str(word))
    return ",".join(words) or None


def _identifier(value: Any) -> tuple[str | None, str | None]:
    """A JSON-LD ``identifier`` as an article ID, or why it is not one.

    Only a string or a whole, non-negative int is an ID; ``true``, ``NaN``, ``12345.0`` and
    ``1e20`` are refused (a float is never read as an ID: 1e20 has no digits to keep). A
    ``PropertyValue`` object gives its ``value``; a list, its first item.

    Returns:
        ``(id, None)``, or ``(None, reason)`` when a value was given but refused, or
        ``(None, None)`` when none was given.
    """
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("value", value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, str):
        return value.strip(), None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value), None
    shown = json.dumps(value, ensure_ascii=False)[:60]
    return None, f"the JSON-LD identifier {shown} is not an article ID (a string or a whole number)"


def _clean(obj: dict[str, Any]) -> tuple[dict[str, Any], list[Notice]]:
    """The article object with the values parse_html reads coerced to their types."""
    cleaned = dict(obj)
    for key in ("headline", "datePublished", "dateModified", "articleSection", "description"):
        cleaned[key] = _string(obj.get(key))
    cleaned["keywords"] = _keywords(obj.get("keywords"))
    cleaned["identifier"], refused = _identifier(obj.get("identifier"))
    notes = [Notice("number-invalid", refused)] if refused else []
    for key in ("datePublished", "dateModified"):
        value = obj.get(key)
        if cleaned[key] is None and value not in (None, [], {}) and str(value).strip():
            # A number (epoch seconds), object or boolean where a date belongs: not silent.
            shown = json.dumps(value, ensure_ascii=False, default=str)[:80]
            notes.append(Notice("not-a-date", f"{shown} (json-ld {key}) is not a date; ignored"))
    return cleaned, notes


def _json_ld(tree: Any) -> dict[str, Any]:
    """The first NewsArticle/Article object in the page's JSON-LD, cleaned, or an empty dict.

    Scripts that are not JSON, or nest deeper than MAX_JSON_DEPTH, are skipped with a
    ``json-ld-invalid`` notice; the notices ride on the returned dict (``.notices``).
    """
    notes: list[Notice] = []
    for node in tree.css("script[type]"):
        # "application/ld+json; charset=utf-8" and upper case are the same type.
        kind = node.attributes.get("type") or ""
        if kind.split(";")[0].strip().lower() != "application/ld+json":
            continue
        source = node.text(deep=True) or ""
        if not source.strip():
            continue
        depth = _json_depth(source)
        if depth > MAX_JSON_DEPTH:
            notes.append(
                Notice(
                    "json-ld-invalid",
                    f"a JSON-LD script nested {depth} levels deep (more than {MAX_JSON_DEPTH}) "
                    "was skipped",
                )
            )
            continue
        try:
            data = json.loads(source, strict=False)
        except (ValueError, RecursionError) as err:
            message = f"a JSON-LD script is not JSON ({err}); skipped"
            notes.append(Notice("json-ld-invalid", message))
            continue
        found = _article_object(data)
        if found is not None:
            cleaned, more = _clean(found)
            result = _JsonLd(cleaned)
            result.notices = (*notes, *more)
            return result
    result = _JsonLd()
    result.notices = tuple(notes)
    return result


def _names(value: Any) -> list[str]:
    """The names in a JSON-LD author value: a string, an object, or a list of them."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and name.strip() not in names:
            names.append(name.strip())
    return names


def _name(value: Any) -> str | None:
    """A JSON-LD person or organisation (or list of them) as a name."""
    names = _names(value)
    return "، ".join(names) if names else None


def _machine_date(text: str | None, jalali: bool = False) -> Timestamp | None:
    if not text:
        return None
    try:
        stamp = parse_datetime(text)
    except (JalaliMetaError, ValueError, OverflowError):
        # A machine value is untrusted input: one that does not read as a date is no date.
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
    """A text value (the first of a list); a whole number as digits; a float or bool is None."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _attr(tree: Any, selector: str, name: str = "content") -> str | None:
    node = tree.css_first(selector)
    if node is None:
        return None
    value = node.attributes.get(name) or node.attributes.get("datetime")
    return value.strip() if isinstance(value, str) and value.strip() else None


_SPACES = re.compile(r"\s+")


def _hostname(url: str | None) -> str | None:
    """The host of an absolute URL, lower case (IDN hosts as written), or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:  # a malformed URL, e.g. an unclosed IPv6 bracket
        return None
    return host or None


def _image(value: Any) -> str | None:
    """A JSON-LD image: a URL string, an ImageObject (``url``/``contentUrl``), or a list."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return _string(value)


def _absolute(link: str | None, base: str | None) -> str | None:
    """``link`` made absolute against the page URL when that is an http(s) URL."""
    if not link or not base or not base.lower().startswith(("http://", "https://")):
        return link
    try:
        return urljoin(base, link)
    except ValueError:
        return link


def _same_name(first: str, second: str) -> bool:
    return "".join(normalize(first).split()) == "".join(normalize(second).split())


def page_fields(
    article: Article, meta: dict[str, list[str]], ld: dict[str, Any], *, strict: bool = False
) -> Article:
    """Add description, image, authors and hostname from the page's machine sources.

    ``article`` is parse_html's result so far (its ``author`` is the printed byline, else the
    machine one; its ``url`` the page's). Each value used is kept in ``fields`` with a label
    naming its source, and the JSON-LD reading's notices are added to ``warnings``.

    Raises:
        ParseError: strict mode, when the page's only ID is a JSON-LD identifier that is not
            one (``true``, ``12345.0``).
    """
    fields: list[Field] = []
    # 1. Description: the page's own summary, then the social-card and JSON-LD ones.
    description = None
    for label, value in (
        ("meta description", _first(meta, "description")),
        ("meta og:description", _first(meta, "og:description")),
        ("meta twitter:description", _first(meta, "twitter:description")),
        ("json-ld description", ld.get("description")),
    ):
        if isinstance(value, str) and value.strip():
            description = _SPACES.sub(" ", value).strip()
            fields.append(Field("description", label, description, None, None))
            break
    # 2. Image: the social-card image first (the one the publisher chose to show).
    image = None
    for label, value in (
        ("meta og:image", _first(meta, "og:image", "og:image:url", "og:image:secure_url")),
        ("json-ld image", _image(ld.get("image"))),
        ("meta twitter:image", _first(meta, "twitter:image", "twitter:image:src")),
    ):
        if value:
            image = _absolute(value, article.url)
            fields.append(Field("image", label, value, None, None))
            break
    # 3. Authors: the printed byline first, then the JSON-LD names; meta tags only when
    #    neither exists (a profile URL in article:author is not a name).
    ld_names = _names(ld.get("author"))
    author = article.author
    if author is not None and len(ld_names) > 1 and author == "، ".join(ld_names):
        author = ld_names[0]  # parse_html joined the JSON-LD list; the first is the author
    machine = [("json-ld author", name) for name in ld_names]
    if author is None and not machine:
        machine = [
            (f"meta {key}", value)
            for key in ("author", "article:author")
            for value in meta.get(key, [])
            if value and not value.lower().startswith(("http://", "https://", "/"))
        ]
    # The visible authors (a second «نویسنده:» line too) when the first is the author.
    authors: list[str] = list(article.authors) if author == article.author else [author or ""]
    authors = [name for name in authors if name]
    for label, name in machine:
        if not any(_same_name(name, known) for known in authors):
            authors.append(name)
            fields.append(Field("author", label, name, None, None))
    if author is None and authors:
        author = authors[0]
    notes = list(getattr(ld, "notices", ()))
    if article.number is not None:
        # A refused JSON-LD identifier matters only when it was the page's only ID.
        notes = [n for n in notes if n.code != "number-invalid"]
    elif strict and any(n.code == "number-invalid" for n in notes):
        raise ParseError(next(n.message for n in notes if n.code == "number-invalid"))
    return attrs.evolve(
        article,
        author=author,
        authors=tuple(authors),
        description=description,
        image=image,
        hostname=_hostname(article.url),
        fields=(*article.fields, *fields),
        warnings=(*article.warnings, *notes),
    )
