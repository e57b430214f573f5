"""HTML pages: machine-readable dates and fields beside the visible Jalali header.

Needs the optional extra ``jalali-meta[html]`` (selectolax, the Lexbor HTML5
parser); it is imported on first use, so the text API never pays for it.

Flow: bytes -> decoded text (BOM, declared charset, UTF-8, windows-1256) -> DOM
-> machine values (JSON-LD, ``article:``/OpenGraph meta, itemprop, rnews,
``<time datetime>``, URL) and the visible text of the article (from its ``<h1>``)
-> :func:`parse_article` on that text -> cross-check by the rules in
docs/html.md -> Article.

Spans in the returned Article point into :func:`visible_text` of the same page;
values that come only from machine sources have the span None.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import attrs

from jalali_meta._article import parse_article
from jalali_meta._datetimes import before, same_moment
from jalali_meta._decode import decode_html, read_page
from jalali_meta._errors import ConflictError, MissingExtraError, position
from jalali_meta._header import classify
from jalali_meta._normalize import normalize, to_ascii_digits
from jalali_meta._plausible import apply_reference
from jalali_meta._records import Article, Field, FieldName, Notice, Span, Timestamp, WarningCode
from jalali_meta._sources import (
    _URL_DATE,
    _URL_ID,
    _attr,
    _first,
    _json_ld,
    _machine_date,
    _meta,
    _name,
    _text,
    page_fields,
)

__all__ = ["decode_html", "parse_html", "visible_text"]


# Block elements: each starts a line of the visible text; inline ones (and typos such as
# <sapn>) stay on their line.
_BLOCK_TAGS = (
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table td th tr ul time"
)
_BLOCK_SELECTOR = ", ".join(_BLOCK_TAGS.split(" "))
# Marks a block boundary in the tree's text (a private-use character: not white space, so
# folding the white space inside text nodes keeps it).
_LINE_MARK = "\ue000"
_SPACE_RUN = re.compile(r"\s+")
_KEYWORD_SPLIT = re.compile(r"\s*[,،|;؛]\s*")
_DROP_TAGS = ["script", "style", "noscript", "svg", "template", "iframe"]


def _parser() -> Any:
    try:
        from selectolax.lexbor import LexborHTMLParser  # noqa: PLC0415 - optional extra
    except ImportError as err:
        raise MissingExtraError(
            "parse_html needs the HTML extra: pip install 'jalali-meta[html]'"
        ) from err
    return LexborHTMLParser


def _tree(doc: str) -> Any:
    tree = _parser()(doc)
    return tree


def _block_text(node: Any) -> str:
    """Visible text of ``node`` with one line per block element; inline elements stay on their line.

    Marks are inserted around block elements of the already parsed tree (no second
    parse), then white space inside text is folded and the marks become line breaks.
    """
    if node is None:
        return ""
    for block in node.css(_BLOCK_SELECTOR):
        block.insert_before(_LINE_MARK)
        block.insert_after(_LINE_MARK)
    text = _SPACE_RUN.sub(" ", node.text(deep=True, separator="", strip=False))
    lines = (line.strip() for line in text.split(_LINE_MARK))
    return "\n".join(line for line in lines if line)


def _container(tree: Any) -> Any:
    """The element holding the article: the nearest ancestor of <h1> with real paragraphs.

    One pass: each paragraph's text counts for its lowest ancestor on the heading's chain
    (and so for every ancestor above it), found by walking up with each node's answer
    remembered, so no node is visited twice. (Summing each ancestor's paragraphs anew took
    time in the square of the depth.)
    """
    heading = tree.css_first("h1")
    if heading is None:
        return tree.body
    chain = []
    node = heading.parent
    while node is not None and node.tag not in ("body", "html"):
        chain.append(node)
        node = node.parent
    if not chain:
        return tree.body
    level = {ancestor.mem_id: index for index, ancestor in enumerate(chain)}
    sums = [0] * len(chain)
    for paragraph in chain[-1].css("p"):
        size = len(paragraph.text(deep=True))
        if not size:
            continue
        path = []
        node = paragraph
        while node is not None and node.mem_id not in level:
            path.append(node.mem_id)
            node = node.parent
        if node is None:  # pragma: no cover - css() returns descendants only
            continue
        found = level[node.mem_id]
        level.update(dict.fromkeys(path, found))
        sums[found] += size
    total = 0
    for ancestor, size in zip(chain, sums, strict=True):
        total += size
        if total >= 200:
            return ancestor
    return tree.body


def visible_text(html: str | bytes) -> str:
    """Return the visible text of a page's article that parse_html reads (spans point into it).

    Starts at the article's container (the nearest ancestor of ``<h1>`` holding
    paragraphs), one line per block element, scripts and styles dropped.
    """
    doc, _ = read_page(html)
    tree = _tree(doc)
    tree.strip_tags(_DROP_TAGS)
    container = _container(tree)
    return _block_text(container if container is not None else tree.root)


def _title_first(text: str, title: str | None) -> str:
    """Drop lines above the headline, except date and label lines right above it."""
    if not title:
        return text
    lines = text.split("\n")
    key = "".join(title.split())
    for index, line in enumerate(lines):
        if "".join(line.split()) == key:
            start = index
            while start > 0 and index - start < 4 and _is_header_line(lines[start - 1]):
                start -= 1
            return "\n".join(lines[start:])
    return title + "\n" + text


def _is_header_line(line: str) -> bool:
    return classify(normalize(line)).kind in ("labels", "date", "widget", "control", "counter")


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    strict: bool = False,
    reference: datetime | None = None,
    min_date: date | None = None,
    max_date: date | None = None,
) -> Article:
    """Parse an HTML page of an Iranian news or government site into an Article.

    Args:
        html: The page, as text or bytes (the encoding is detected).
        url: The page's URL, if known: a fallback for the ID and a cross-check of the date.
        strict: Raise on doubt (conflicting dates, a lossy decoding) instead of warning.
        reference, min_date, max_date: As for :func:`parse_article` (docs/workflows.md).

    Returns:
        The Article, with ``url``, ``site_name`` and ``language`` set when the page says.

    Raises:
        MissingExtraError: the ``html`` extra (selectolax) is not installed.
        ConflictError: strict mode, when the visible and machine dates disagree.
        TypeError: ``html`` is neither str nor bytes.

    Example:
        >>> page = '''<html lang="fa"><head>
        ... <meta property="article:published_time" content="2023-01-23T05:45:00Z"></head>
        ... <body><h1>عنوان خبر</h1><div>کد خبر: ۱۲۳۴</div>
        ... <div class="news_pdate_c">۳ بهمن ۱۴۰۱ - ۰۹:۱۵</div><p>متن خبر.</p></body></html>'''
        >>> art = parse_html(page)
        >>> art.number, art.published.isoformat(), art.language
        ('1234', '2023-01-23T09:15:00+03:30', 'fa')
    """
    doc, warnings = read_page(html)
    if strict and warnings:
        raise ConflictError(str(warnings[0]), "", 0, 0)
    tree = _tree(doc)
    meta = _meta(tree)
    ld = _json_ld(tree)
    heading = tree.css_first("h1")
    title_tag = tree.css_first("title")
    title = (
        (heading.text(deep=True).strip() if heading is not None else None)
        or (ld.get("headline") if isinstance(ld.get("headline"), str) else None)
        or _first(meta, "og:title")
        or (title_tag.text(deep=True).strip() if title_tag is not None else None)
    )
    tree.strip_tags(_DROP_TAGS)
    container = _container(tree)
    text = _title_first(_block_text(container if container is not None else tree.root), title)
    article = parse_article(text, strict=strict)
    notes: list[Notice] = list(warnings)

    def note(code: WarningCode, message: str, span: Span | None = None) -> None:
        if span is None:
            notes.append(Notice(code, message))
        else:
            line, column = position(text, span[0])
            notes.append(Notice(code, message, span, line, column))

    fields: list[Field] = list(article.fields)

    def machine(name: FieldName, label: str, value: str | None) -> None:
        if value:
            fields.append(Field(name, label, value, None, None))

    # 1. Machine-readable dates, in precedence order.
    published_sources = [
        ("json-ld datePublished", ld.get("datePublished")),
        (
            "meta article:published_time",
            _first(meta, "article:published_time", "og:article:published_time"),
        ),
        (
            "itemprop datePublished",
            _first(meta, "datepublished") or _attr(tree, '[itemprop="datePublished"]'),
        ),
        ("meta rnews:datePublished", _first(meta, "rnews:datepublished")),
        ("time datetime", _attr(tree, "time[datetime]", "datetime")),
    ]
    updated_sources = [
        ("json-ld dateModified", ld.get("dateModified")),
        (
            "meta article:modified_time",
            _first(meta, "article:modified_time", "og:article:modified_time", "og:updated_time"),
        ),
        (
            "itemprop dateModified",
            _first(meta, "datemodified") or _attr(tree, '[itemprop="dateModified"]'),
        ),
    ]
    machine_dates: dict[str, tuple[str, Timestamp] | None] = {}
    date_sources: tuple[tuple[FieldName, list[tuple[str, Any]]], ...] = (
        ("published", published_sources),
        ("updated", updated_sources),
    )
    for field_name, sources in date_sources:
        machine_dates[field_name] = None
        for label, value in sources:
            if not isinstance(value, str):
                continue
            machine(field_name, label, value)
            stamp = _machine_date(value)
            if stamp is not None and machine_dates[field_name] is None:
                machine_dates[field_name] = (label, stamp)

    # 2. Cross-check with the visible dates: agreement -> the machine value (exact
    #    offset); disagreement -> the visible value, and a warning (strict: an error).
    chosen: dict[str, Timestamp | None] = {}
    for field_name in ("published", "updated"):
        visible = getattr(article, field_name)
        found = machine_dates[field_name]
        if found is None:
            chosen[field_name] = visible
            continue
        label, stamp = found
        if visible is None:
            chosen[field_name] = stamp
        elif same_moment(visible, stamp) or _same_minute(visible, stamp):
            chosen[field_name] = stamp if stamp.has_time or not visible.has_time else visible
        else:
            message = (
                f"the visible {field_name} date {visible.text!r} "
                f"({visible.isoformat()}) and {label} {stamp.text!r} ({stamp.isoformat()}) "
                "disagree; the visible one is used"
            )
            if strict:
                raise ConflictError(message, text, visible.span[0], visible.span[1])
            note("html-date-conflict", message, visible.span)
            chosen[field_name] = visible
    published, updated = chosen["published"], chosen["updated"]
    if published and updated and before(updated, published):
        note(
            "updated-before-published",
            f"the update time {updated.isoformat()} is earlier than "
            f"the publication time {published.isoformat()}; both kept",
            updated.span,
        )

    # 3. The URL: an ID and a Jalali date path as last resorts and cross-checks.
    page_url = url or _attr(tree, 'link[rel="canonical"]', "href") or _first(meta, "og:url")
    number = article.number or _text(ld.get("identifier"))
    if number:
        number = to_ascii_digits(number)
    url_date = _URL_DATE.search(page_url or "")
    if url_date:
        year, month, day = (int(g) for g in url_date.groups())
        machine("published", "url", url_date.group(0))
        if published is None:
            stamp = _machine_date(f"{year}/{month}/{day}", jalali=True)
            if stamp is not None:
                published = stamp
                note(
                    "published-from-url",
                    f"the page prints no date; the URL's {url_date.group(0)!r} is used",
                )
        elif published.calendar == "jalali" and published.jalali_date != (year, month, day):
            note(
                "url-date-mismatch",
                f"the URL says {year}/{month:02d}/{day:02d}, the page "
                f"{published.jalali_isoformat()[:10]}; the page's date is kept",
            )
    if number is None and page_url:
        ids = _URL_ID.findall(page_url)
        if ids:
            number = ids[-1]
            machine("number", "url", number)

    # 4. Text fields: visible first, then machine sources.
    keywords = _first(meta, "keywords", "news_keywords")
    ld_keywords = ld.get("keywords")
    if isinstance(ld_keywords, list):
        ld_keywords = ",".join(str(k) for k in ld_keywords)
    tags = (
        tuple(t for t in _KEYWORD_SPLIT.split(keywords or ld_keywords or "") if t) or article.tags
    )
    category = (
        article.category
        or _text(ld.get("articleSection"))
        or _first(meta, "article:section", "og:article:section")
    )
    author = article.author or _name(ld.get("author")) or _first(meta, "author")
    html_tag = tree.css_first("html")
    language = (html_tag.attributes.get("lang") if html_tag is not None else None) or _first(
        meta, "og:locale"
    )
    parsed = attrs.evolve(
        article,
        title=title or article.title,
        number=number,
        published=published,
        updated=updated,
        category=category,
        author=author,
        tags=tags,
        url=page_url,
        site_name=_first(meta, "og:site_name") or _name(ld.get("publisher")),
        language=language.split("_")[0].split("-")[0].lower() if language else None,
        # The article's own update-before-publication check ran on the visible dates only;
        # the one above ran on the chosen values and replaces it.
        warnings=(
            *(w for w in article.warnings if w.code != "updated-before-published"),
            *notes,
        ),
        fields=tuple(fields),
    )
    result = page_fields(parsed, meta, ld, strict=strict)
    return apply_reference(result, reference, min_date, max_date, text=text)


def _same_minute(first: Timestamp, second: Timestamp) -> bool:
    return first.isoformat()[:16] == second.isoformat()[:16]
