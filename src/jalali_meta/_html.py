"""HTML pages: machine-readable dates and fields beside the visible Jalali header.

Needs the optional extra ``jalali-meta[html]`` (selectolax, the Lexbor HTML5
parser); it is imported on first use, so the text API never pays for it.

Flow: bytes -> decoded text (BOM, declared charset, UTF-8, windows-1256) -> DOM
-> machine values (JSON-LD, ``article:``/OpenGraph meta, itemprop, rnews,
``<time datetime>``) as resolver candidates, title sources, the page's address
(``url``, canonical or og:url), the headings' texts that say whether the page has a
headline of its own (``Hints.h2_texts``, ``Hints.post_titles``), and the visible text of
the article's container with the spans of navigation, sidebars, footers and related
lists -> the same pipeline as :func:`parse_article`
(:func:`jalali_meta._article.parse_text`), which resolves every value and casts every
doubt on the title (:func:`jalali_meta._title.title_doubts`) -> Article. The address is
read there, as for ``parse_article(url=...)``. This module gathers sources; it holds no
rule of which value wins and none that doubts one (tests/test_architecture.py).

Spans in the returned Article point into :func:`visible_text` of the same page;
values that come only from machine sources have the span None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs

from jalali_meta._article import parse_text
from jalali_meta._datetimes import find_dates
from jalali_meta._decode import HEADINGS, decode_html, read_source
from jalali_meta._errors import ConflictError, MissingExtraError
from jalali_meta._evidence import GLUED_RUBRIC_HEADLINE_WORDS, archive_name, date_heading
from jalali_meta._header import bracket_cells, classify
from jalali_meta._lines import DATED_HEADLINE_WORDS, HEADLINE_MAX_WORDS, Hints, relay_lead
from jalali_meta._listing import home_address, names_the_listing
from jalali_meta._markdown import same_address
from jalali_meta._normalize import normalize, to_ascii_digits
from jalali_meta._plausible import apply_reference
from jalali_meta._records import (
    Article,
    Field,
    FieldName,
    Notice,
    Span,
    Timestamp,
    WarningCode,
)
from jalali_meta._resolve import MACHINE_TITLE_WORDS, POST_TITLE, Candidate
from jalali_meta._sources import (
    _first,
    _json_ld,
    _machine_date,
    _meta,
    _name,
    _text,
    afghan_host,
    language_clock,
    language_switch,
    page_fields,
    site_clock,
)
from jalali_meta._vocab import (
    AFGHAN_MONTHS,
    BETA_BADGES,
    HOME_LINK_WORDS,
    LABELS,
    TERM_ARCHIVE_LABEL_PATTERN,
)

__all__ = ["decode_html", "parse_html", "visible_text"]


# Block elements: each starts a line of the visible text; inline ones (and typos such as
# <sapn>) stay on their line.
_BLOCK_TAGS = (
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table td th tr ul time"
)
# Inline elements that hold one field each on news pages (label, date, counter).
_FIELD_SELECTOR = "span, a, time, label, small, strong, b, em, i, font, sapn"
# Class names of an inline box that holds a date or time (CMS meta rows: Joomla's
# «created», WordPress's «posted-on»/«entry-date», «news-date», «publish_time»...).
_DATE_CLASS = re.compile(r"date|time|created|publish|posted|modified|updated", re.IGNORECASE)
# Marks a block boundary in the tree's text (a private-use character: not white space, so
# folding the white space inside text nodes keeps it).
_LINE_MARK = "\ue000"
_KEYWORD_SPLIT = re.compile(r"\s*[,،|;؛]\s*")
_DROP_TAGS = ["script", "style", "noscript", "svg", "template", "iframe"]
_DROPPED = frozenset(_DROP_TAGS)


def _parser() -> Any:
    try:
        from selectolax.lexbor import LexborHTMLParser  # noqa: PLC0415 - optional extra
    except ImportError as err:
        raise MissingExtraError(
            "parse_html needs the HTML extra: pip install 'jalali-meta[html]'"
        ) from err
    return LexborHTMLParser


def _tree(doc: str | bytes) -> Any:
    tree = _parser()(doc)
    return tree


# The one walk of the whole tree before ``strip_tags``: every element any look-up of the
# page needs, in document order (one selector list costs about half of the separate walks
# it replaces on the real-size pages: docs/performance.md).
_WALK_SELECTOR = (
    "meta, script, time, h1, h2[class], h3[class], title, link, img[alt], [itemprop], abbr[title]"
)
# The classes of a blog post's title heading (Blogger's «<h3 class="post-title
# entry-title">», hAtom's entry-title): the post's headline where the page has no <h1>.
# Blogfa's «posttitle» and b2evolution's «bTitle» name a post's title heading too (fix236);
# a portal's «content-title» heading names its item (fix237).
_ENTRY_TITLE_CLASSES = frozenset(
    {"post-title", "entry-title", "posttitle", "bTitle", "content-title"}
)


def _drop_badges(heading: Any) -> None:
    """Removes a badge ending the headline's ``<h1>``: its last element child whose class
    names a badge (``<span class="badge badge-latest">تازترین</span>``, inp.net.pk's
    «latest» label after every fresh headline), with no text after it. A label printed on
    the headline, glued to its last word in the page's text, is no part of it. Also a site's
    beta badge opening it (:func:`_drop_leading_beta_badge`)."""
    _drop_leading_beta_badge(heading)
    last = None
    child = heading.child
    while child is not None:
        if child.tag == "-text":
            if (child.text_content or "").strip():
                last = child
        else:
            last = child
        child = child.next
    if last is None or last.tag == "-text" or last is heading.child:
        return
    classes = (last.attributes.get("class") or "").lower().split()
    if any(name == "badge" or name.startswith("badge-") for name in classes):
        last.decompose()


def _drop_leading_beta_badge(heading: Any) -> None:
    """Removes a site's beta badge opening the headline's ``<h1>``: its first child, an
    element whose whole text is a beta badge (:data:`vocab.BETA_BADGES`,
    ``<span class="badge">نسخه بتا</span>``, the theme's label before every headline; fix199),
    a headline's length of text after it (:data:`GLUED_RUBRIC_HEADLINE_WORDS` words or more).
    The badge is an element of its own: the text's rule (``_evidence.beta_badge_end``) cuts
    it only glued, since the same words set apart in a line may be the headline's subject."""
    first = heading.child
    while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
        first = first.next
    if first is None or first.tag == "-text":
        return
    if _squash_spaces(normalize(first.text(deep=True))) not in _BETA_BADGE_TEXTS:
        return
    rest = []
    node = first.next
    while node is not None:
        rest.append(node.text(deep=True) if node.tag != "-text" else node.text_content or "")
        node = node.next
    if len(" ".join(rest).split()) >= GLUED_RUBRIC_HEADLINE_WORDS:
        first.decompose()


def _squash_spaces(text: str) -> str:
    return " ".join(text.replace("\u200c", " ").split())


_BETA_BADGE_TEXTS = frozenset(_squash_spaces(normalize(word)) for word in BETA_BADGES)


class _Found:
    """What :data:`_WALK_SELECTOR` finds, sorted by use; ``css`` answers the two selectors
    that ``_sources._meta`` and ``_sources._json_ld`` ask of a tree, from the same lists.

    The look-ups that used to run after ``strip_tags`` (the container's ``<h1>``, the
    ``itemprop`` dates, the canonical link) take the first element that ``strip_tags``
    keeps: one with no dropped element (:data:`_DROP_TAGS`) above it.
    """

    __slots__ = (
        "canonical", "entry_titles", "feed_hosts", "feeds", "headings", "logo", "meta", "modified",
        "published", "scripts", "shortlink", "times", "title",
    )  # fmt: skip

    def __init__(self, tree: Any) -> None:
        self.meta: list[Any] = []
        self.scripts: list[Any] = []  # script[type]
        self.times: list[Any] = []  # time[datetime]
        self.headings: list[Any] = []  # h1, then the first <title> at the end if any
        self.entry_titles: list[Any] = []  # <h2>/<h3> of class post-title or entry-title
        self.canonical: list[Any] = []  # link[rel="canonical"]
        self.shortlink: list[Any] = []  # link[rel="shortlink"] (WordPress's «/?p=ID»)
        self.feeds: list[str] = []  # the titles of link[rel="alternate"] RSS or Atom feeds
        self.feed_hosts: set[str] = set()  # the hosts (with scheme) of those feeds' addresses
        self.published: list[Any] = []  # [itemprop="datePublished"]
        self.modified: list[Any] = []  # [itemprop="dateModified"]
        # The alt text of the first logo or header image («<img src="/images/header.jpg"
        # alt="شهید آوینی">»): the site's name, as the site draws it.
        self.logo: str | None = None
        title = None
        for node in tree.css(_WALK_SELECTOR):
            tag = node.tag
            attrs_ = node.attributes
            if tag == "meta":
                self.meta.append(node)
            elif tag == "script":
                if "type" in attrs_:
                    self.scripts.append(node)
            elif tag == "time":
                if "datetime" in attrs_:
                    self.times.append(node)
            elif tag == "h1":
                self.headings.append(node)
            elif tag in ("h2", "h3"):
                if _ENTRY_TITLE_CLASSES.intersection((attrs_.get("class") or "").split()):
                    self.entry_titles.append(node)
            elif tag == "title":
                if title is None:
                    title = node
            elif tag == "img":
                if self.logo is None:
                    self.logo = _logo_alt(attrs_)
            elif tag == "link":
                rel = attrs_.get("rel")
                # The selector compares rel without ASCII case, as HTML says for rel.
                if rel is not None and rel.isascii() and rel.lower() == "canonical":
                    self.canonical.append(node)
                elif rel is not None and rel.isascii() and rel.lower() == "shortlink":
                    self.shortlink.append(node)
                elif rel is not None and rel.isascii() and rel.lower() == "alternate":
                    feed = _feed_title(attrs_)
                    if feed:
                        self.feeds.append(feed)
                    if (home := _feed_home(attrs_)) is not None:
                        self.feed_hosts.add(home)
            prop = attrs_.get("itemprop")
            if prop == "datePublished" or (
                tag == "abbr" and prop is None and _hatom_published(attrs_)
            ):
                self.published.append(node)
            elif prop == "dateModified":
                self.modified.append(node)
        self.title: Any = title

    def css(self, selector: str) -> list[Any]:
        if selector == "meta":
            return self.meta
        if selector == "script[type]":
            return self.scripts
        raise ValueError(selector)  # pragma: no cover - no other caller

    @staticmethod
    def kept(nodes: list[Any]) -> Any:
        """The first of ``nodes`` still in the tree after ``strip_tags(_DROP_TAGS)``."""
        for node in nodes:
            parent = node.parent
            while parent is not None and parent.tag not in _DROPPED:
                parent = parent.parent
            if parent is None:
                return node
        return None

    @staticmethod
    def value(node: Any, name: str = "content") -> str | None:
        """As ``_sources._attr`` reads the node it finds."""
        if node is None:
            return None
        value = node.attributes.get(name) or node.attributes.get("datetime")
        if not value and node.tag == "abbr":
            # hAtom's abbreviation pattern: the machine time in the title, the visible text a
            # short form of it («<abbr class="published" title="2011-12-15T10:47:00-08:00">
            # 10:47 AM</abbr>», Blogger's post footer).
            value = node.attributes.get("title")
        return value.strip() if isinstance(value, str) and value.strip() else None


def _hatom_published(attributes: Any) -> bool:
    """Whether an ``<abbr>`` is hAtom's publication time: class ``published`` (not
    ``updated``) and a ``title`` holding the machine value."""
    classes = (attributes.get("class") or "").split()
    return "published" in classes and bool((attributes.get("title") or "").strip())


def _outside_node(node: Any) -> bool:
    """Navigation, sidebars, footers and related-news or comment boxes: not the article's."""
    if node.tag in _OUTSIDE_TAGS:
        # A <footer> inside an <article> is the article's own (its tags, its code).
        return node.tag != "footer" or not _within(node, "article")
    attrs_ = node.attributes
    marks = f"{attrs_.get('class') or ''} {attrs_.get('id') or ''}".lower()
    return any(word in marks for word in _OUTSIDE_WORDS)


def _own_entry_title(node: Any) -> bool:
    """Whether a post-title heading is the post's own: no link in it (a list's item links
    its post: a tag archive's one item, tests/pages 1263) and no date in it (the item's date
    printed inside its heading)."""
    text = node.text(deep=True)
    return node.css_first("a") is None and next(iter(find_dates(text)), None) is None


def _own_entry_titles(entry_titles: Sequence[Any]) -> frozenset[str]:
    """The texts of the page's own post-title headings (:func:`_own_entry_title`), each
    with its runs of white space folded, the empty ones left out."""
    own = {
        " ".join(node.text(deep=True).split()) for node in entry_titles if _own_entry_title(node)
    }
    own.discard("")
    return frozenset(own)


def _update_footer(tree: Any, container: Any) -> tuple[str, bool] | None:
    """The text of the page's one ``<footer>`` that is not the article's own (outside
    ``container``, or inside it but outside the article, :func:`_outside_node`, as under a
    page with no wrapper element, whose container is ``<body>``: fix186) when it holds one
    labelled update stamp and nothing else («آخرین بروز رسانی : 1400/01/16 18:22», tests/pages
    1941), and whether it lies inside ``container``; else None. It is the text's footer
    line, which the text reads as the page's update time (with ``updated-before-published``
    when earlier than the publication time: both kept as printed, never silently)."""
    footers = [
        node
        for node in tree.css("footer")
        if not _within_node(node, container) or _outside_node(node)
    ]
    if len(footers) != 1:
        return None
    text = " ".join(footers[0].text(deep=True).split())
    if not text or len(text.split()) > UPDATE_FOOTER_WORDS:
        return None
    info = classify(normalize(text))
    if info.kind == "labels" and [label.field for label in info.labels] == ["updated"]:
        return text, _within_node(footers[0], container)
    return None


def _with_update_footer(
    found: tuple[str, bool] | None, text: str, outside: list[Span]
) -> tuple[str, list[Span]]:
    """``text`` and its ``outside`` spans with the page's update stamp footer ``found`` by
    :func:`_update_footer` (before :func:`_block_lines` marks the tree) as the text's footer
    line: appended under the text when the footer stands outside the container; when inside
    it (already a line of the text), its line's span taken out of ``outside``, so the text's
    footer lines read it as :func:`parse_article` reads :func:`visible_text` (tests/pages
    1941; attacks61)."""
    if found is None:
        return text, outside
    stamp, inside = found
    if not inside:
        return f"{text}\n{stamp}", outside
    return text, [
        (start, end) for start, end in outside if " ".join(text[start:end].split()) != stamp
    ]


def _within_node(node: Any, ancestor: Any) -> bool:
    """Whether ``node`` is ``ancestor`` or inside it."""
    while node is not None:
        if node.mem_id == ancestor.mem_id:
            return True
        node = node.parent
    return False


# The most words of a footer holding an update stamp alone (label, date, time).
UPDATE_FOOTER_WORDS = 8


# Elements whose text is never the article's, and class/id words that mark such boxes.
_OUTSIDE_TAGS = frozenset({"nav", "aside", "footer"})
_OUTSIDE_WORDS = (
    "related", "most-", "mostvisited", "most_", "popular", "sidebar", "comment", "menu",
    "navbar", "breadcrumb", "ticker", "marquee",
)  # fmt: skip
# A class or id naming a theme's banner of the day of the visit («<li class="today">جمعه ۰۸
# بهمن ۱۴۰۰</li>», «<span class="today-date">», «date-today», «current-date»): its date is
# never the article's (iran-charity-network.com, tests/pages 1909).
_TODAY_MARK = re.compile(
    r"(?:topbar[-_])?(?:today(?:[-_]?dates?)?(?:[-_](?:en|fa|hijri))?"
    r"|dates?[-_]today(?:[-_](?:en|fa))?|current[-_]date)"
)


def _today_box(element: Any) -> bool:
    """Whether a block element's class or id names the banner of the visit's day
    (:data:`_TODAY_MARK`) and it holds no block of its own (its line is the banner alone)."""
    attrs_ = element.attributes
    marks = f"{attrs_.get('class') or ''} {attrs_.get('id') or ''}".lower()
    if "today" not in marks and "current" not in marks:
        return False
    if not any(_TODAY_MARK.fullmatch(word) is not None for word in marks.split()):
        return False
    return not any(
        child.mem_id != element.mem_id and child.tag in _BLOCK_SET for child in element.traverse()
    )


_OUT_OPEN = "\ue001"
_OUT_CLOSE = "\ue002"


def _block_lines(node: Any, heading: Any = None) -> tuple[str, list[Span]]:
    """Visible text of ``node``, one line per block element, and the spans lying outside.

    Marks are inserted around block elements of the already parsed tree (no second
    parse), then white space inside text is folded and the marks become line breaks.
    Navigation, sidebars, footers and related lists (:func:`_outside_node`), and the list
    entries of other items (:func:`_other_entries`, given the page's ``heading``) stay in
    the text (every line is accounted for) but their spans are returned, so that the
    resolver never takes their dates, numbers or headlines for the article's.
    """
    if node is None:
        return "", []
    elements = list(node.traverse())
    entries = _other_entries(elements, heading) if heading is not None else set()
    # One walk of the container's elements (three selector lists cost ten times as much),
    # each element's marks in the order the separate passes put them: a mark is inserted
    # next to its own element, so only the order on one element matters.
    for element in elements:
        tag = element.tag
        if tag == "li" and element.mem_id in entries:
            # Marked outside its own line breaks: its text is a line of its own (an entry
            # holding no other block), and the line lies between the two marks.
            element.insert_before(_OUT_OPEN)
            element.insert_after(_OUT_CLOSE)
        if tag in _BLOCK_SET:
            element.insert_before(_LINE_MARK)
            element.insert_after(_LINE_MARK)
            if _today_box(element):
                # A line of its own that is the theme's banner of the visit's day: outside.
                element.insert_before(_OUT_OPEN)
                element.insert_after(_OUT_CLOSE)
        # Fields in neighbouring inline boxes («<span>کد خبر: ۱۲۳</span><span>۹ آذر ۱۴۰۲</span>»)
        # are set apart by CSS on the page: a space keeps «۱۲۳» and «۹» from gluing together.
        if tag in _FIELD_SET:
            if _DATE_CLASS.search(element.attributes.get("class") or ""):
                # A meta row's date box («<span class="created">2021-03-21 18:36:31</span>»
                # after the views and the author) is a field of its own: its own line.
                element.insert_before(_LINE_MARK)
                element.insert_after(_LINE_MARK)
            elif tag in _BOLD_SET and _bold_headline_run(element):
                # «<td><b>HEADLINE</b>به گزارش ...، LEAD</td>»: the bold run opening the
                # block is the item's headline, the relay after it its lead: a line each.
                element.insert_after(_LINE_MARK)
            else:
                element.insert_after(" ")
        if (
            tag in _OUTSIDE_SET
            and _outside_node(element)
            and not _one_line_text(element)
            and not _signature_footer(element)
        ):
            element.insert_before(_OUT_OPEN)
            element.insert_after(_OUT_CLOSE)
    # White space folded: str.split() and the regex \s split on the same characters
    # (str.isspace), and each line is stripped below, so the ends do not matter.
    raw = " ".join(node.text(deep=True, separator="", strip=False).split())
    lines: list[str] = []
    outside: list[Span] = []
    depth = 0
    offset = 0
    for piece in raw.split(_LINE_MARK):
        # A box opened on this very line is outside too, even when it closes on it (a
        # one-line «<div class="menu">» of links with no block inside it).
        inside_before = depth > 0 or _OUT_OPEN in piece
        depth += piece.count(_OUT_OPEN) - piece.count(_OUT_CLOSE)
        depth = max(depth, 0)
        line = piece.replace(_OUT_OPEN, "").replace(_OUT_CLOSE, "").strip()
        if not line:
            continue
        if lines:
            offset += 1
        if inside_before or depth > 0:
            outside.append((offset, offset + len(line)))
        lines.append(line)
        offset += len(line)
    return "\n".join(lines), outside


def _bold_headline_run(element: Any) -> bool:
    """Whether the bold run ``element`` (``<b>``, ``<strong>``) opens its block (no text
    before it in its block parent) with a headline's words (:data:`DATED_HEADLINE_WORDS` to
    :data:`HEADLINE_MAX_WORDS`, no mark at its end) and the text right after it is a lead
    opening with its relay (:func:`relay_lead`): a print view's ``<td><b>HEADLINE</b>به
    گزارش روابط عمومی فرمانداری، ...</td>`` (tests/pages 1845's table, attacks56). A bold
    kicker inside a paragraph has text before it and stays on its line (fix164)."""
    after = element.next
    if after is None or after.tag != "-text" or element.parent is None:
        return False
    if element.parent.tag not in _BLOCK_SET:
        return False
    before = element.prev
    while before is not None:
        if before.tag != "-text" or (before.text_content or "").strip():
            return False
        before = before.prev
    words = (element.text(deep=True) or "").split()
    if not DATED_HEADLINE_WORDS <= len(words) <= HEADLINE_MAX_WORDS:
        return False
    if words[-1][-1] in ".!؟?:؛،,-–|/»)":
        return False
    return relay_lead(normalize((after.text_content or "").strip()))


_OUTSIDE_SELECTOR = "nav, aside, footer, div, section, ul, ol, table"
# The three selectors' element names, for the one walk of :func:`_block_lines`.
_BLOCK_SET = frozenset(_BLOCK_TAGS.split(" "))
_FIELD_SET = frozenset(_FIELD_SELECTOR.split(", "))
# The bold runs that may print a headline opening its block (see _bold_headline_run).
_BOLD_SET = frozenset({"b", "strong"})
_OUTSIDE_SET = frozenset(_OUTSIDE_SELECTOR.split(", "))

# A paragraph of the article's running text has this many words or more (the body's end is
# the last of them).
_BODY_WORDS = 12
# How far above a list entry a list entry around it is looked for (its nested list's).
_ENTRY_REACH = 4


def _other_entries(elements: list[Any], heading: Any) -> set[int]:
    """The list entries (``<li>``) among ``elements`` (in document order) that are another
    item's, not the article's: an entry that does not hold the page's ``heading`` and holds
    a link of :data:`_TEASER_WORDS` words or more (another article's headline:
    :func:`_teaser_link`), or, below the body's last paragraph of running text, an entry
    whose whole text is its links' («<li><a href="/n/1">۱۵ اردیبهشت ۱۴۰۰</a></li>», a
    related list's entry that prints its date as the link). Such an entry's date is the
    linked item's: a page that prints no other date has none. An entry with an entry nested
    in it (a menu's tree) is judged by its inner ones.
    """
    held: set[int] = set()
    parent = heading
    while parent is not None:
        held.add(parent.mem_id)
        parent = parent.parent
    body_end = -1
    found: list[tuple[int, Any]] = []
    nesting: set[int] = set()
    for index, element in enumerate(elements):
        tag = element.tag
        if tag == "p":
            if len((element.text(deep=True) or "").split()) >= _BODY_WORDS:
                body_end = index
        elif tag == "li" and element.mem_id not in held:
            found.append((index, element))
            parent = element.parent
            for _ in range(_ENTRY_REACH):
                if parent is None:
                    break
                if parent.tag == "li":
                    nesting.add(parent.mem_id)
                    break
                parent = parent.parent
    seen: dict[int, Any] = {}
    other: set[int] = set()
    for index, entry in found:
        if entry.mem_id in nesting:
            continue
        if _teaser_link(entry, entry, seen) or (
            0 <= body_end < index and _links_only(entry) and not _archive_links(entry)
        ):
            other.add(entry.mem_id)
    return other


def _one_line_text(box: Any) -> bool:
    """Whether a box marked as outside prints one line (no block or date box inside it) that
    is not all links: «<div class="comment-count">۲۲ اردیبهشت ۱۴۰۲ | ۵ دیدگاه</div>», the
    post's own meta line in a box its theme names after a part of it. A one-line menu (all
    links, «<div class="menu"><a>...</a> <a>...</a></div>») stays outside."""
    for inner in box.traverse():
        if inner.mem_id == box.mem_id:
            continue
        if inner.tag in _BLOCK_SET or (
            inner.tag in _FIELD_SET and _DATE_CLASS.search(inner.attributes.get("class") or "")
        ):
            return False
    return not _links_only(box)


def _signature_footer(box: Any) -> bool:
    """Whether ``box``, a ``<footer>`` inside the text's container but outside any
    ``<article>`` (no wrapper element, or a ``<div>`` one), holds the post's signature row
    alone: one line of bracketed cells (:func:`_header.bracket_cells`) of at most
    :data:`SIGNATURE_FOOTER_WORDS` words that reads as a date line, «[ چهارشنبه ۲۲ آذر ۱۴۰۲ ]
    [ ساعت ۸ و ۵ دقیقه ] [ کوهنورد ]» (a blog theme's post footer, mihanblog's cells, real62
    #24, in an HTML5 ``<footer>``: attacks66). That row is the post's, as a footer of an
    ``<article>`` is the article's. A site's footer prints no such row: its copyright years
    («© ۱۴۰۲»), the visit's day under «امروز» or its links are no bracketed date row, and
    stay outside (fix210)."""
    if box.tag != "footer":
        return False
    text = " ".join(box.text(deep=True).split())
    if not text or len(text.translate(_NO_BRACKETS).split()) > SIGNATURE_FOOTER_WORDS:
        return False
    norm = normalize(text)
    cells = bracket_cells(norm)
    if cells is None:
        return False
    info = classify(norm)
    if info.kind == "labels":
        # «[ DAY ] [ نویسنده: تیم محتوا ]»: a date cell with no label and a name cell under
        # its author label (a shop magazine's post footer, attacks67; fix214)
        return _date_and_author_cells(cells)
    return info.kind in ("date", "mixed") and info.date is not None


def _date_and_author_cells(cells: str) -> bool:
    """Whether a row's cells (:func:`_header.bracket_cells`, parted by «|») are one date cell
    with no label and cells that each carry an author's label (:data:`vocab.LABELS`
    ``author``): «DAY | نویسنده: NAME». A labelled date («آخرین به روزرسانی سایت: DAY», the
    site's) is no post's signature."""
    dated = 0
    for cell in filter(None, (part.strip() for part in cells.split("|"))):
        label, colon, _ = cell.partition(":")
        if colon:
            if label.strip() not in _AUTHOR_LABELS:
                return False
            continue
        info = classify(cell)
        if info.kind != "date" or info.date is None:
            return False
        dated += 1
    return dated == 1


# The author labels a signature row's name cell may carry («نویسنده: NAME»).
_AUTHOR_LABELS = frozenset(normalize(label) for label in LABELS["author"])


# The most words of a post's signature row of bracketed cells (the weekday, the day, the
# month and the year; «ساعت», the hour, «و», the minutes, «دقیقه», «و», the seconds, «ثانیه»;
# an author's name of up to four words).
SIGNATURE_FOOTER_WORDS = 20
# Square brackets read as spaces, when a row's words are counted.
_NO_BRACKETS = str.maketrans("[]", "  ")


def _archive_links(entry: Any) -> bool:
    """Whether every link of a list entry leads to a date's archive («<a href="/1402/02/22/">
    ۲۲ اردیبهشت ۱۴۰۲</a>», a post's meta list under its text): the entry prints the post's
    own date linked to its day's archive, not another item's."""
    links = entry.css("a[href]")
    return bool(links) and all(
        _DATE_ARCHIVE.search(link.attributes.get("href") or "") is not None for link in links
    )


# An address ending in a year and month folder, a day's maybe («/1402/02/22/», «/2023/05/»).
_DATE_ARCHIVE = re.compile(
    r"/(?:1[34][0-9]{2}|19[0-9]{2}|20[0-9]{2})/[0-9]{1,2}(?:/[0-9]{1,2})?/?(?:[?#].*)?$"
)


def _links_only(entry: Any) -> bool:
    """Whether all of a list entry's visible text is the text of its links (one or more)."""
    text = "".join((entry.text(deep=True) or "").split())
    if not text:
        return False
    linked = sum(
        len("".join((link.text(deep=True) or "").split())) for link in entry.css("a[href]")
    )
    return linked >= len(text)


def _container(tree: Any, heading: Any) -> Any:
    """The element holding the article: the nearest ancestor of <h1> with real paragraphs.

    One pass: each paragraph's text counts for its lowest ancestor on the heading's chain
    (and so for every ancestor above it), found by walking up with each node's answer
    remembered, so no node is visited twice. (Summing each ancestor's paragraphs anew took
    time in the square of the depth.)
    """
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
            return _with_date_before(_with_copy_before(ancestor, heading))
    return tree.body


def _with_copy_before(container: Any, heading: Any) -> Any:
    """``container``, or its parent when the element right before it prints the headline
    again: «<div class="post-header"><h2>HEADLINE</h2><span>DATE</span></div><article><h1>
    HEADLINE</h1>...» (a theme's post header over the article) is the article's header,
    whose date and labels are the article's. A container that is the ``<body>``'s own
    child gives the ``<body>`` so only when no element before it is navigation, a sidebar
    or a top bar (:func:`_outside_before`; a comment form after it does not count):
    «<body><div class="news-meta">DATE CODE</div><div><h2>HEADLINE</h2></div><div><h1>
    HEADLINE</h1><p>...» (sbnews.ir, tests/pages 1996, fix185)."""
    parent = container.parent
    if parent is None or parent.tag == "html":
        return container
    if parent.tag == "body" and _outside_before(container):
        return container
    before = container.prev
    while before is not None and before.tag in ("-text", "_comment", "-comment"):
        before = before.prev
    if before is None or _outside_node(before):
        return container
    head = " ".join(heading.text(deep=True).split())
    if not head:
        return container
    for node in before.traverse():
        if node is not before and " ".join(node.text(deep=True).split()) == head:
            return parent
    return container


def _outside_before(node: Any) -> bool:
    """Whether an element before ``node`` in its parent is navigation, a sidebar or a site's
    top bar (:func:`_outside_node`, :func:`_site_bar`)."""
    before = node.prev
    while before is not None:
        if before.tag not in ("-text", "_comment", "-comment") and (
            _outside_node(before) or _site_bar(before)
        ):
            return True
        before = before.prev
    return False


# Characters of the container's head searched for a date of its own, and the most a box
# before it may print to be a date box.
_HEAD_CHARS = 1000
_DATE_BOX_CHARS = 120


def _with_date_before(container: Any) -> Any:
    """``container``, or its parent when the article's date stands just before it: the
    element right before the container is a short box printing a whole date («<div
    class="header">...<span id="lblDate">يكشنبه 19 آذر 1396</span></div><div
    class="NewsBody"><h1>...»), the container's head prints none, and nothing follows the
    container in its parent. A site's top bar (:func:`_site_bar`), navigation or a sidebar
    (:func:`_outside_node`), or another story's teaser (:func:`_names_a_story`) before it
    is not the article's and is never taken in."""
    parent = container.parent
    if parent is None or parent.tag in ("body", "html"):
        return container
    after = container.next
    while after is not None and after.tag in ("-text", "_comment", "-comment"):
        if after.tag == "-text" and (after.text() or "").strip():
            return container
        after = after.next
    if after is not None:
        return container
    before = container.prev
    while before is not None and before.tag in ("-text", "_comment", "-comment"):
        before = before.prev
    if before is None or _outside_node(before) or _site_bar(before) or _names_a_story(before):
        return container
    box = " ".join((before.text(deep=True) or "").split())
    if not box or len(box) > _DATE_BOX_CHARS or not find_dates(box):
        return container
    if _OTHER_DAY_BOX.search(before.text(deep=True, separator=" ") or "") is not None:
        return container  # a «today» banner, or a link to the story before or after
    head = (container.text(deep=True) or "")[:_HEAD_CHARS]
    return container if find_dates(head) else parent


# Any heading element, as one selector list (the tag names of _decode.HEADINGS).
_HEADING_SELECTOR = ", ".join(sorted(HEADINGS))


# A date box's words that say its date is not the article's: «امروز» (a today banner:
# «تاریخ امروز: DATE»), «قبلی» / «بعدی» (a link to the story before or after this one).
_OTHER_DAY_BOX = re.compile(r"(?<![\w\u200c])(?:امروز|قبلی|بعدی)(?![\w\u200c])")


def _names_a_story(box: Any) -> bool:
    """Whether ``box`` is or holds a heading, or a link of :data:`_TEASER_WORDS` words or
    more: another story's teaser, whose date is that story's."""
    if box.tag in HEADINGS or box.css_first(_HEADING_SELECTOR) is not None:
        return True
    return any(
        len((link.text(deep=True) or "").split()) >= _TEASER_WORDS for link in box.css("a[href]")
    )


def visible_text(html: str | bytes) -> str:
    """Return the visible text of a page's article that parse_html reads (spans point into it).

    Starts at the article's container (the nearest ancestor of ``<h1>`` holding
    paragraphs), one line per block element, scripts and styles dropped. Lines
    above the headline are kept: the resolver tells them apart.
    """
    _, source, _ = read_source(html)
    tree = _tree(source)
    if (first_heading := tree.css_first("h1")) is not None:
        _drop_badges(first_heading)  # (as parse_html does)
    tree.strip_tags(_DROP_TAGS)
    container = _container(tree, tree.css_first("h1"))
    footer = _update_footer(tree, container) if container is not None else None
    text, outside = _block_lines(container if container is not None else tree.root)
    # (as parse_html does: the footer's update stamp)
    return _with_update_footer(footer, text, outside)[0]


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
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    # The parser gets the page's bytes when they are the text's UTF-8 (no second encoding).
    _, source, warnings = read_source(html)
    if strict and warnings:
        raise ConflictError(str(warnings[0]), "", 0, 0)
    tree = _tree(source)
    found = _Found(tree)
    kept_heading = _Found.kept(found.headings)
    for h1 in found.headings[:1]:
        _drop_badges(h1)
    # Microdata dates of another item (a related list's entry) are not the page's.
    found.meta = _own_meta(found.meta, kept_heading)
    meta = _meta(found)
    canonical = _Found.value(_Found.kept(found.canonical), "href")
    if url and canonical and language_switch(url):
        # A language switch's address (the page it redirects to percent-encoded in its
        # query): the page's own canonical address says better what the page is (fix135).
        url = None
    head_text = kept_heading.text(deep=True).strip() if kept_heading is not None else None
    ld = _json_ld(found, url or canonical or _first(meta, "og:url"), head_text)
    site_name = _first(meta, "og:site_name") or _name(ld.get("publisher"))
    heading = found.headings[0] if found.headings else None
    if heading is None and len(found.entry_titles) == 1 and _own_entry_title(found.entry_titles[0]):
        # No <h1>: one blog post's title heading («<h3 class="post-title entry-title">»,
        # Blogger) names the post (tests/pages 1950); a page listing several names none.
        heading = found.entry_titles[0]
    day = _archive_day(found.title)
    post = None
    known_site = site_name or _feed_site(found)
    # No address for the page (an HTML file given alone): its canonical link (or og:url)
    # names its site as the address would (fix293: the header's name linking to that host's
    # root reads as the site's name), else the home page of the host its one feed is served
    # from stands in for the site's (fix275). The page's own address stays unknown.
    address = url or canonical or _first(meta, "og:url")
    home_url = address or _site_home(tree, found.feed_hosts)
    if heading is not None and (home := _home_heading(heading, found.title, home_url)) is not None:
        # «<h1><a href="/">NAME</a></h1>» and «<title>NAME</title>»: a blog theme's header,
        # the site's name linking to its home page, names no page (a persianblog tag page,
        # tests/pages 2016; fix188). A headline linking home under another <title> stays.
        known_site, heading = known_site or home, None
    home_h1 = bool(found.headings) and heading is found.headings[0]
    if (heading is None or (home_h1 and _wholly_home_link(heading, home_url))) and (
        post := _permalink_post_title(found.entry_titles, url or canonical, home_url)
    ) is not None:
        # «<h1><a href="/">BLOG</a></h1>» over «<h2 class="posttitle"><a href="PAGE">POST</a>
        # </h2>»: the blog's name in the header, the post's title linking to the page itself
        # (Blogfa, b2evolution; tests/pages 2262, 2267; fix236): the post's title names it.
        heading = post
    titles = _title_sources(
        heading,
        None if day else found.title,
        meta,
        ld,
        known_site,
        logo=found.logo,
        footer_site=None
        if known_site
        else _copyright_site(tree, found.title) or _home_link_site(tree, found.title, home_url),
        post_heading=heading is not None and heading is post,
    )
    titles = _listing_titles(
        titles, url or canonical or _first(meta, "og:url"), _term_archive_heading(tree, head_text)
    )
    titles = _home_site_titles(titles, url or canonical or _first(meta, "og:url"))
    # <time datetime> outside navigation, sidebars, footers and related lists.
    time_value = _time_element(found.times, kept_heading)
    # Read before strip_tags: the nodes that it keeps.
    published_prop = _Found.value(_Found.kept(_own(found.published, kept_heading)))
    modified_prop = _Found.value(_Found.kept(_own(found.modified, kept_heading)))
    tree.strip_tags(_DROP_TAGS)
    container = _container(tree, kept_heading)
    footer = _update_footer(tree, container) if container is not None else None
    text, outside = _block_lines(container if container is not None else tree.root, kept_heading)
    # The page's <footer> under the article printing one update stamp alone: the line the
    # text's footer gives, read as a text reads it (tests/pages 1941).
    text, outside = _with_update_footer(footer, text, outside)
    page_url = url or canonical or _first(meta, "og:url")
    html_tag = tree.css_first("html")
    language = (html_tag.attributes.get("lang") if html_tag is not None else None) or _first(
        meta, "og:locale"
    )
    afghan = _afghan_site(page_url, language) or _afghan_chrome(tree, container, text, outside)
    clock = None if afghan else site_clock(page_url, language)
    fields: list[Field] = []
    notes: list[Notice] = list(warnings)
    dates: dict[str, Timestamp | None] = {}
    candidates = _machine_candidates(
        meta,
        dates=dates,
        ld=ld,
        props=(published_prop, modified_prop),
        time_value=time_value,
        fields=fields,
        notes=notes,
    )
    # A machine date that does not read (year 1, 30 February, epoch seconds) is no value,
    # but not a silent one (a field without a candidate behind it).
    read = {c.label for c in candidates}
    notes.extend(
        Notice("not-a-date", f"{f.value!r} ({f.label}) is not a date; ignored")
        for f in fields
        if f.name in ("published", "updated")
        and f.label not in read
        and _read_date(f.value, dates) is None
    )
    notes.extend(_dst_notes(candidates))
    notes.extend(_disagreeing(meta, ld))
    hints = Hints(
        titles=tuple(titles),
        outside=tuple(outside),
        candidates=tuple(candidates),
        texts=tuple(_machine_texts(meta, ld)),
        url=page_url,
        afghan=afghan,
        clock=clock,
        archive_day=day,
        home_links=_home_links(tree, page_url or home_url),
        shortlink=_Found.value(_Found.kept(found.shortlink), "href"),
        title_site=_title_site(None if day else found.title, titles),
        title_names=_title_names(None if day else found.title, titles),
        # No headline heading taken (no <h1>): every <h2>'s text, for a print view's
        # headline under its lead (tests/pages/1746), and the texts of the posts' own title
        # headings, several of which make a list of posts (fix189). With one: none.
        h2_texts=frozenset()
        if heading is not None
        else frozenset(" ".join(h2.text(deep=True).split()) for h2 in tree.css("h2")),
        post_titles=frozenset() if heading is not None else _own_entry_titles(found.entry_titles),
    )
    # The title's doubts the headings give are the resolver's (_title.title_doubts).
    article = parse_text(text, strict=strict, hints=hints)
    parsed = attrs.evolve(
        article,
        url=page_url,
        site_name=site_name,
        language=language.split("_")[0].split("-")[0].lower() if language else None,
        warnings=(*notes, *article.warnings),
        fields=tuple(sorted((*article.fields, *fields), key=lambda f: f.span or (-1, -1))),
    )
    # Description, image, authors, hostname (and a refused JSON-LD identifier) from the
    # page's machine sources; then the reference time and bounds, as for text.
    result = page_fields(parsed, meta, ld, strict=strict)
    return apply_reference(result, reference, min_date, max_date, text=text)


# Afghan month names (zodiac and Pashto, with the Arabic ye too), looked for in a page's
# chrome with str.find: a regular expression scanning every position cost a millisecond
# on a large page.
_AFGHAN_NAMES = tuple(
    sorted({name for month in AFGHAN_MONTHS for name in (month, month.replace("ی", "ي"))})
)
_DIGITS = frozenset("0123456789۰۱۲۳۴۵۶۷۸۹")
# Dates of the chrome read at most (a long archive list needs only its first ones).
_CHROME_DATES = 8


def _home_links(tree: Any, url: str | None) -> tuple[str, ...]:
    """Texts of the page's links to its site's home page: «<a href="/">», «./»,
    «/index.php», an ASP.NET site's «/Default.aspx», or the page's own host with no path
    («https://HOST/»)."""
    try:
        host = urlsplit(url).netloc.lower() if url else ""
    except ValueError:  # a broken address («http://[::1»): no host to compare
        host = ""
    texts: list[str] = []
    for node in tree.css("a[href]"):
        href = (node.attributes.get("href") or "").strip()
        if not href:
            continue  # the page itself
        try:
            parts = urlsplit(href)
        except ValueError:
            continue  # a broken link («http://[::1»)
        if parts.query or parts.fragment:
            continue
        if parts.netloc and (
            not host or parts.netloc.lower().removeprefix("www.") != host.removeprefix("www.")
        ):
            continue
        if parts.scheme and parts.scheme not in ("http", "https"):
            continue
        if (parts.path if parts.netloc else href).lower() not in _HOME_PATHS:
            continue
        text = node.text(deep=True).strip()
        if text and len(texts) < _HOME_LINKS:
            texts.append(text)
    return tuple(texts)


# The paths of a site's home page in its links (compared in lower case; ASP.NET sites link
# their logo to «/Default.aspx»), and how many home links are read at most.
_HOME_PATHS = frozenset(
    {"", "/", "./", "/index.php", "/index.html", "/index.htm"}
    | {f"/{name}.{ext}" for name in ("default", "index") for ext in ("aspx", "asp")}
)
_HOME_LINKS = 8


def _afghan_site(url: str | None, language: str | None) -> bool:
    """Whether the page says it is Afghan: its address (:func:`afghan_host`), or an Afghan
    language tag (:func:`language_clock`)."""
    return afghan_host(url) or language_clock(language) == "Asia/Kabul"


def _afghan_chrome(tree: Any, container: Any, text: str, outside: list[Span]) -> bool:
    """Whether the page's chrome (outside the article: a top bar's date, a sidebar's or a
    related list's item dates) prints dates in the Afghan calendar: the site's own clock.

    The article's own lines are left out (an Iranian report may quote an Afghan date);
    the resolver reads those itself.
    """
    pieces = [text[start:end] for start, end in outside]
    body = container
    while body is not None and body.tag != "body":
        body = body.parent  # (``tree.body`` costs a search of the whole tree)
    if body is not None and container.tag != "body":
        whole = body.text(deep=True, separator="", strip=False)
        own = container.text(deep=True, separator="", strip=False)
        pieces.append(whole.replace(own, "\n", 1))
    chrome = "\n".join(pieces)
    tried = 0
    for name in _AFGHAN_NAMES:
        at = chrome.find(name)
        while at >= 0 and tried < _CHROME_DATES:
            window = _day_month_year(chrome, at, at + len(name))
            if window is not None:
                tried += 1
                if any(stamp.calendar == "afghan" for stamp in find_dates(window)):
                    return True
            at = chrome.find(name, at + 1)
    return False


def _day_month_year(text: str, start: int, end: int) -> str | None:
    """``text[start:end]`` (a month name) with the day before it and the year after it
    («۱۳ حوت ۱۴۰۱», «۱۸دلو ۱۴۰۴»), or None when either is missing."""
    stop = end
    while stop < len(text) and text[stop] in " ,،":
        stop += 1
    year_end = stop
    while year_end < len(text) and text[year_end] in _DIGITS:
        year_end += 1
    if year_end - stop != 4:
        return None
    begin = start
    while begin > 0 and text[begin - 1] == " ":
        begin -= 1
    day_start = begin
    while day_start > 0 and text[day_start - 1] in _DIGITS:
        day_start -= 1
    if not 1 <= begin - day_start <= 2:
        return None
    return text[day_start:year_end]


def _machine_texts(
    meta: dict[str, list[str]], ld: dict[str, Any]
) -> list[tuple[str, str | tuple[str, ...]]]:
    """Machine values of the text fields, each field's sources in precedence order."""
    found: list[tuple[str, str | tuple[str, ...]]] = []
    keywords = _first(meta, "keywords", "news_keywords")
    ld_keywords = ld.get("keywords")
    if isinstance(ld_keywords, list):
        ld_keywords = ",".join(str(k) for k in ld_keywords)
    for raw in (keywords, ld_keywords):
        if isinstance(raw, str):
            tags = tuple(t for t in _KEYWORD_SPLIT.split(raw) if t)
            if tags:
                found.append(("tags", tags))
    for name, value in (
        ("category", _text(ld.get("articleSection"))),
        ("category", _first(meta, "article:section", "og:article:section")),
        ("author", _name(ld.get("author"))),
        ("author", _first(meta, "author")),
    ):
        if value:
            found.append((name, value))
    return found


def _title_sources(
    heading: Any,
    title_tag: Any,
    meta: dict[str, list[str]],
    ld: dict[str, Any],
    site_name: str | None,
    *,
    logo: str | None = None,
    footer_site: str | None = None,
    post_heading: bool = False,
) -> list[tuple[str, str]]:
    """Title texts from the page's sources (the first ``<h1>`` and ``<title>`` given),
    strongest first, with their rule names. A text that is only the site's name, or only
    its logo's alt text (``logo``), names no page. ``footer_site``: the part of ``<title>``
    the footer's copyright names (:func:`_copyright_site`), cut from ``<title>`` when no
    site name is known (else the longest part is taken for the headline). ``post_heading``:
    the heading is a post's title linking to the page itself, never the site's name."""
    found: list[tuple[str, str]] = []
    head = heading.text(deep=True).strip() if heading is not None else ""
    rest = (
        _beside_heading(title_tag.text(deep=True).strip(), head) if title_tag is not None else None
    )
    post_tag = None
    if rest is not None and post_heading:
        # The heading is the post's own title (:func:`_permalink_post_title`): <title>'s
        # other part beside it («اربعین - مدرسه علمیه سقز») is the blog's name, and <title>
        # repeats the post's title (fix236).
        site_name, post_tag, rest = site_name or rest, head, None
    if rest is not None:
        # «<h1>Blog</h1>» and «<title>Blog: Post title</title>» (Blogger's classic layout):
        # the h1 is the site's name, and the rest of <title> the headline.
        site_name = site_name or head
    elif head:
        found.append((head, POST_TITLE if post_heading else "h1"))
    headline = ld.get("headline")
    if isinstance(headline, str):
        found.append((headline.strip(), "json-ld headline"))
    og_title = _first(meta, "og:title")
    if og_title:
        found.append((_without_known_site(og_title, site_name), "og:title"))
    if title_tag is not None:
        text = (
            post_tag
            or rest
            or _without_site_name(title_tag.text(deep=True).strip(), site_name or footer_site)
        )
        found.append((text, "title tag"))
    names = {"".join((site_name or "").split()), "".join((logo or "").split())} - {""}
    whole = (og_title, title_tag.text(deep=True).strip() if title_tag is not None else None)
    return _archive_titles(
        [
            (text, rule)
            for text, rule in found
            if text
            and "".join(text.split()) not in names
            and len(text) <= _MAX_TITLE_CHARS
            # (a date archive's heading, «روز: آذر ۲۴, ۱۳۹۸», names a day, not the page)
            and not date_heading(text)
        ],
        [text for text in whole if text],
    )


def _listing_titles(
    found: list[tuple[str, str]], url: str | None, archive_heading: str | None = None
) -> list[tuple[str, str]]:
    """A ``<title>`` that is the list's name the page's address spells («<title>فرهنگ</title>»
    at «/tag/فرهنگ?start=32», Joomla's tag view) names the list: it comes first, as
    ``archive title``. So does one that prints ``archive_heading``, the ``<h1>`` of a page
    its ``<body>``'s classes call a tag's or a category's archive
    (:func:`_term_archive_heading`), or prints it after WordPress's archive label («دسته:
    NAME», «Tag: NAME», :data:`_TERM_LABEL`): then NAME comes first (fix266)."""
    for text, rule in found:
        if rule != "title tag":
            continue
        if names_the_listing(url, text) or (
            archive_heading is not None and text.split() == archive_heading.split()
        ):
            return [(text, "archive title"), *found]
        if (
            archive_heading is not None
            and (label := _TERM_LABEL.match(text)) is not None
            and text[label.end() :].strip()
        ):
            # «دسته: NAME»: WordPress's archive title, its label before the name (fix266),
            # under the name as the <h1> or a theme's own heading («آخرین مطالب»,
            # «بایگانی», «مطالب دسته NAME»; fix283): the <title> names the list.
            return [(text[label.end() :].strip(), "archive title"), *found]
    return found


# A term archive's label before its name in the <title> («دسته: NAME», «Tag: NAME»; fix266).
_TERM_LABEL = re.compile(r"^[\x20]*" + TERM_ARCHIVE_LABEL_PATTERN + r"[\x20]*")


# WordPress's classes of an archive page's <body> («<body class="archive tag tag-12">»):
# the archive's kind, a tag's or a category's list of posts.
_TERM_ARCHIVE_CLASSES = frozenset({"tag", "category"})


def _term_archive_heading(tree: Any, heading: str | None) -> str | None:
    """``heading``, the page's ``<h1>``, when the ``<body>``'s classes call the page a tag's
    or a category's archive («<body class="archive tag tag-rooz-derakhtkari">», WordPress's
    body_class(), jomhouriat.net, tests/pages 2368; fix256): the heading then names the list,
    and a ``<title>`` printing it is the list's name (:func:`_listing_titles`). Else None."""
    if heading is None:
        return None
    body = tree.css_first("body")
    classes = set((body.attributes.get("class") or "").split()) if body is not None else set()
    return heading if "archive" in classes and classes & _TERM_ARCHIVE_CLASSES else None


# A name with a title template's separator after it and nothing else («ایرلاین پرس |»): the
# site's name of a «SITE | TAGLINE» template whose other part is empty.
_NAME_AND_BARE_SEPARATOR = re.compile(r"[^|\-–—]*\S\s+[|\-–—]\s*")


def _home_site_titles(found: list[tuple[str, str]], url: str | None) -> list[tuple[str, str]]:
    """At a site's home address (:func:`_listing.home_address`), a ``<title>`` or
    ``og:title`` that is a name with a bare separator after it («ایرلاین پرس |»,
    airlinepress.ir's home page, tests/pages 2151; fix218) is the site's name printed by a
    «SITE | TAGLINE» template with no tagline: it names no page and is dropped."""
    if not home_address(url):
        return found
    return [
        (text, rule)
        for text, rule in found
        if not (rule in ("title tag", "og:title") and _NAME_AND_BARE_SEPARATOR.fullmatch(text))
    ]


def _archive_titles(found: list[tuple[str, str]], whole: Sequence[str]) -> list[tuple[str, str]]:
    """A title source that is an archive title («بایگانی‌های NAME - SITE», WordPress's tag
    and category pages) names a list: NAME comes first, as ``archive title``. ``whole``: the
    ``og:title`` and ``<title>`` as printed, the site's name not cut (an archive title with
    the archive word after the name needs its « - SITE»: «سنگ اصفهان بایگانی - SITE»,
    fix196), read when no source as cut is one."""
    for text in [text for text, _rule in found] + list(whole):
        span = archive_name(text)
        if span is not None:
            return [(text[span[0] : span[1]], "archive title"), *found]
    return found


def _feed_title(attributes: dict[str, str | None]) -> str | None:
    """The title of an RSS or Atom feed link («<link rel="alternate"
    type="application/rss+xml" title="...">»), or None."""
    kind = attributes.get("type") or ""
    title = attributes.get("title")
    if ("rss" in kind or "atom" in kind) and title:
        return title.strip()
    return None


def _site_home(tree: Any, feed_hosts: set[str]) -> str | None:
    """The home address («https://HOST/») of the site of a page given without its address:
    the host its one feed is served from, else the one host that its links worded as a home
    link (:data:`HOME_LINK_WORDS`: «<a href="https://HOST/">خانه</a>») point to the root
    of; None when there is none, or more than one (fix275)."""
    if feed_hosts:
        return next(iter(feed_hosts)) if len(feed_hosts) == 1 else None
    homes: set[str] = set()
    for node in tree.css("a[href]"):
        if " ".join(node.text(deep=True).split()).lower() not in HOME_LINK_WORDS:
            continue
        try:
            parts = urlsplit((node.attributes.get("href") or "").strip())
        except ValueError:  # a broken link («http://[::1»)
            continue
        if (
            parts.scheme in ("http", "https")
            and parts.netloc
            and parts.path in ("", "/")
            and not parts.query
            and not parts.fragment
        ):
            homes.add(f"{parts.scheme}://{parts.netloc.lower()}/")
    return next(iter(homes)) if len(homes) == 1 else None


def _feed_home(attributes: dict[str, str | None]) -> str | None:
    """The home address («https://HOST/») of an RSS or Atom feed link's absolute address
    («<link rel="alternate" type="application/rss+xml" href="https://HOST/rss">»), or None."""
    kind = attributes.get("type") or ""
    if "rss" not in kind and "atom" not in kind:
        return None
    try:
        parts = urlsplit((attributes.get("href") or "").strip())
    except ValueError:  # a broken address («http://[::1»)
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc.lower()}/"


def _logo_alt(attributes: dict[str, str | None]) -> str | None:
    """The alt text of a logo or header image, by its file's name («logo.png»,
    «/images/header.jpg», «site-banner.gif»), or None."""
    alt = (attributes.get("alt") or "").strip()
    name = (attributes.get("src") or "").rsplit("/", 1)[-1].lower()
    if alt and any(word in name for word in _LOGO_FILES):
        return alt
    return None


# Words in the file name of a site's logo or header image.
_LOGO_FILES = ("logo", "header", "banner")


def _feed_site(found: _Found) -> str | None:
    """The site's name a feed link gives: its title («NAME»), or the part before a
    separator («NAME » Feed», WordPress's «NAME » خوراک»). A site's feed is named after
    the site; a blog prints «<title>BLOG - POST</title>» with no og:site_name (Persianblog)."""
    for feed in found.feeds:
        name = _TITLE_SEPARATORS.split(feed)[0].strip()
        if name:
            return name
    return None


# The copyright notice of a page's footer: «© NAME», «Copyright 2024 NAME», «© 2019-2024 NAME».
_COPYRIGHT = re.compile(r"(?:©|\(c\)|Copyright)\s*(?:[0-9]{4}(?:\s*[-–]\s*[0-9]{4})?\s*)?", re.I)
_FOOTERS = "footer, [class*=footer], [id*=footer], [class*=copyright]"


def _copyright_site(tree: Any, title_tag: Any) -> str | None:
    """The part of a ``<title>`` split by a separator («LIST - BODY'S NAME») that the page's
    footer names after its copyright sign («© BODY'S NAME»): the site's name, whichever
    part is longer (a municipal portal's long name beside its list's one word); else None.
    Read only for a title with a separator on a page that names its site nowhere else."""
    if title_tag is None:
        return None
    parts = [part.strip() for part in _TITLE_SEPARATORS.split(title_tag.text(deep=True).strip())]
    if len(parts) < 2:
        return None
    for node in tree.css(_FOOTERS):
        text = " ".join(node.text(deep=True).split())
        for sign in _COPYRIGHT.finditer(text):
            for part in parts:
                if part and text.startswith(" ".join(part.split()), sign.end()):
                    return part
    return None


def _home_link_site(tree: Any, title_tag: Any, url: str | None) -> str | None:
    """The part of a ``<title>`` split by a separator («SITE | LIST») that a link to the
    site's home page spells (a masthead's brand, «<a href="/">SITE</a>»): the site's name,
    whichever part is longer (a provincial organisation's long name beside its section's
    two words); else None. Read only for a title with a separator on a page that names its
    site nowhere else."""
    if title_tag is None:
        return None
    parts = [part.strip() for part in _TITLE_SEPARATORS.split(title_tag.text(deep=True).strip())]
    if len(parts) < 2:
        return None
    home = {"".join(text.split()) for text in _home_links(tree, url)}
    return next((part for part in parts if part and "".join(part.split()) in home), None)


def _home_heading(heading: Any, title_tag: Any, url: str | None) -> str | None:
    """The text of a heading that is wholly one link to the site's home page and that the
    page's ``<title>`` repeats whole («<h1><a href="/">NAME</a></h1>», «<title>NAME</title>»:
    the site's name in a theme's header); else None."""
    text = heading.text(deep=True).strip()
    if title_tag is None or "".join(title_tag.text(deep=True).split()) != "".join(text.split()):
        return None
    return str(text) if _wholly_home_link(heading, url) else None


def _wholly_home_link(heading: Any, url: str | None) -> bool:
    """Whether a heading's whole text is one link to the site's home page (:func:`_home_links`)."""
    text = heading.text(deep=True).strip()
    links = _home_links(heading, url)
    return bool(text) and len(links) == 1 and "".join(links[0].split()) == "".join(text.split())


def _permalink_post_title(
    entry_titles: Sequence[Any], url: str | None, home: str | None = None
) -> Any | None:
    """The page's one post-title heading (:data:`_ENTRY_TITLE_CLASSES`) when its whole text
    is one link to the page's own address (the post's permalink, «<h2 class="bTitle"><a
    href="PAGE">POST</a></h2>») and it prints no date; else None. A heading linking another
    address is a listed item's, and several post titles are a list (fix236). With no address
    for the page, ``home`` (the site's home page, «https://HOST/») stands in: the heading's
    link is then to a page of that host other than its home (fix275)."""
    if len(entry_titles) != 1 or not (url or home):
        return None
    node = entry_titles[0]
    text = " ".join(node.text(deep=True).split())
    links = node.css("a")
    if not text or len(links) != 1 or " ".join(links[0].text(deep=True).split()) != text:
        return None
    if next(iter(find_dates(text)), None) is not None:
        return None
    href = (links[0].attributes.get("href") or "").strip()
    if url:
        return node if href and same_address(urljoin(url, href), url) else None
    assert home is not None
    try:
        parts, site = urlsplit(urljoin(home, href)), urlsplit(home)
    except ValueError:  # a broken link («http://[::1»)
        return None
    own = parts.netloc.lower().removeprefix("www.") == site.netloc.removeprefix("www.")
    return node if href and own and parts.path.lower() not in _HOME_PATHS else None


def _beside_heading(title: str, head: str) -> str | None:
    """The rest of ``title`` when it is ``head`` and a longer text beside it after a
    separator («Blog: Post title», «Post title | Blog»); else None."""
    if not head or title == head:
        return None
    for rest in (title.removeprefix(head), title.removesuffix(head)):
        if rest == title:
            continue
        parts = _HEADING_SEPARATOR.split(rest.strip(), 1)
        if len(parts) == 2 and "" in parts:
            text = "".join(parts).strip()
            if len(text.split()) > len(head.split()):
                return text
    return None


# A separator between a site's name and a headline in <title>, spaces or not around it.
_HEADING_SEPARATOR = re.compile(r"^\s*[-|–—:»«]\s*|\s*[-|–—:»«]\s*$")


# A title source longer than this is not a headline (a whole block in an <h1>).
_MAX_TITLE_CHARS = 300
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:»«>]\s+")


def _title_site(title_tag: Any, titles: Sequence[tuple[str, str]]) -> str | None:
    """The last part of ``<title>`` cut off as the site's name when its first part is the
    headline taken from it («جایگاه وقف در زندگی امروز – شبکه مجازی خیرین کشور»,
    WordPress's «HEADLINE &#8211; SITE», tests/pages 1909), or None."""
    if title_tag is None:
        return None
    parts = _TITLE_SEPARATORS.split(title_tag.text(deep=True).strip())
    if len(parts) < 2:
        return None
    first, last = parts[0].strip(), parts[-1].strip()
    if not last or not any(rule == "title tag" and text == first for text, rule in titles):
        return None
    return last


# The most words a short part of a three-part <title> holds to be a name (a site's, a
# section's, an office's) beside its headline part.
TITLE_NAME_MAX_WORDS = 6
# The most parts such a <title> holds (a site, sections and the headline); more is a
# breadcrumb or a list, not names around one headline.
TITLE_MAX_PARTS = 5


def _title_names(title_tag: Any, titles: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """The short parts of a <title> of three to five parts around the headline taken from
    it («SITE - HEADLINE - SECTION», «اخبار - HEADLINE - SITE»), or ().

    The part taken for the headline is the longest, at least a headline's length
    (:data:`MACHINE_TITLE_WORDS` words), each other part fewer words and at most
    :data:`TITLE_NAME_MAX_WORDS`: names (the site's, a section's or an office's) beside a
    headline, never the headline, whichever end they stand at. A page with no headline of
    its own printing one of them alone prints a name (mutant 31's page in
    docs/reliability.md's thirty-seventh round)."""
    if title_tag is None:
        return ()
    parts = _TITLE_SEPARATORS.split(title_tag.text(deep=True).strip())
    if not 3 <= len(parts) <= TITLE_MAX_PARTS:
        return ()
    parts = [p.strip() for p in parts]
    if not all(parts):
        return ()
    taken = {text for text, rule in titles if rule == "title tag"}
    heads = [p for p in parts if p in taken]
    if len(heads) != 1:
        return ()
    head_words = len(heads[0].split())
    names = tuple(p for p in parts if p != heads[0])
    if head_words < MACHINE_TITLE_WORDS:
        return ()
    if any(not len(n.split()) < min(head_words, TITLE_NAME_MAX_WORDS + 1) for n in names):
        # A part as long as the headline part (a university beside its group's site and
        # page): only a shorter part the headline part repeats whole is surely a name, the
        # site's the page is named for («معرفی گروه مهندسی صنایع - گروه مهندسی صنایع -
        # دانشگاه علم و فرهنگ», ie.eng.usc.ac.ir: tests/pages 2508; fix282).
        head = f" {' '.join(heads[0].split())} "
        return tuple(
            n for n in names if len(n.split()) < head_words and f" {' '.join(n.split())} " in head
        )
    return names


def _without_site_name(title: str, site_name: str | None) -> str:
    """A <title> without the site's name printed before or after a separator."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site = "".join((site_name or "").split())
    kept = [p for p in parts if "".join(p.split()) not in site or not site]
    if site and kept and len(kept) < len(parts):
        return max(kept, key=len)
    # No site name known: the longest part is the headline, the short one the site's name.
    return max(parts, key=len)


def _archive_day(title_tag: Any) -> str | None:
    """The day a date archive's <title> names beside the site's name («26 январи 2019 –
    SITE», WordPress's day archive), or None: a part that is one date and nothing else."""
    if title_tag is None:
        return None
    parts = _TITLE_SEPARATORS.split(title_tag.text(deep=True).strip())
    if len(parts) < 2:  # no separator
        return None
    for part in parts:
        if any(map(str.isdigit, part)):
            found = find_dates(part)
            if len(found) == 1 and found[0].text.strip() == part.strip():
                return part.strip()
    return None


def _without_known_site(title: str, site_name: str | None) -> str:
    """``title`` without the known site's name printed first or last beside a separator
    («HEADLINE – SITE», WordPress's og:title with «&#8211;»); whole when no end part is
    the site's name (a dash inside a headline is the headline's)."""
    site = "".join((site_name or "").split())
    if not site:
        return title
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:  # no separator
        return title
    for cut in (-1, 0):
        if "".join(parts[cut].split()) == site:
            pieces = list(_TITLE_SEPARATORS.finditer(title))
            edge = pieces[cut]
            rest = title[: edge.start()] if cut == -1 else title[edge.end() :]
            return rest.strip() or title
    return title


def _within(node: Any, tag: str) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.parent
    return False


# Blocks of one list entry or teaser card: the nearest of these around a machine date decides
# whose date it is.
_ITEM_BLOCKS = frozenset({"li", "div", "article", "section", "td", "dd"})
# A link of this many words is an item's headline (a teaser's), not a section's or a name's
# (an author's name of three words, «سید علی رضایی», beside the article's own date).
_TEASER_WORDS = 4
# A <time> in a paragraph with more words than this around it is a date the text mentions.
_MENTION_WORDS = 6


def _other_item(node: Any, heading: Any, seen: dict[int, Any] | None = None) -> bool:
    """Whether a machine date's element (``<time>``, an ``itemprop`` element or ``<meta>``)
    is another item's: in navigation, a sidebar, a footer or a related box
    (:func:`_outside_node`); in the site's header or top bar (:func:`_site_bar`) when that
    does not hold the page's ``<h1>``; in the nearest list entry or card around it that
    does not hold the ``<h1>`` but holds a link of :data:`_TEASER_WORDS` words or more
    (another article's headline: a "latest news" list, a teaser card); or inside a
    paragraph of running text (a date the article mentions: «... در <time>۱۱ دی
    ۱۴۰۲</time> آغاز می‌شود ...»). ``seen`` keeps what was learnt of each block and
    paragraph for the next element of the same page.
    """
    seen = {} if seen is None else seen
    held: set[int] = set()
    parent = heading
    while parent is not None:
        held.add(parent.mem_id)
        parent = parent.parent
    block_seen = False
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html", "head"):
        if _outside_node(parent):
            return True
        tag = parent.tag
        if held and parent.mem_id not in held and _site_bar(parent):
            return True
        if tag == "p" and not block_seen and node.tag == "time":
            own = len((node.text(deep=True) or "").split())
            if parent.mem_id not in seen:
                seen[parent.mem_id] = len((parent.text(deep=True) or "").split())
            if seen[parent.mem_id] - own > _MENTION_WORDS:
                return True
        if tag in _ITEM_BLOCKS and not block_seen:
            block_seen = True
            if parent.mem_id not in held and _teaser_link(parent, node, seen):
                return True
        parent = parent.parent
    return False


# Class and id words of the site's top bar, where its date of the day stands.
_BAR_WORDS = ("today", "topbar", "top-bar", "top_bar", "site-header", "site_header")


def _site_bar(element: Any) -> bool:
    """Whether ``element`` (one that does not hold the page's ``<h1>``) is the site's header
    or top bar: a ``<header>`` element, or a block classed so (:data:`_BAR_WORDS`); a date
    there is the day of the visit, not the article's."""
    if element.tag == "header":
        return True
    attributes = element.attributes
    marks = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
    return any(word in marks for word in _BAR_WORDS)


_NAME_RELS = frozenset({"author", "tag", "category"})


def _teaser_link(block: Any, node: Any, seen: dict[int, Any]) -> bool:
    """Whether ``block`` holds a link of :data:`_TEASER_WORDS` words or more that is not
    around ``node`` (a permalink around the date is the date's own). The block's first two
    such links are kept in ``seen`` (links do not nest: one of two is never around it)."""
    if block.mem_id not in seen:
        found: list[int] = []
        for link in block.css("a[href]"):
            if (link.attributes.get("rel") or "").lower() in _NAME_RELS:
                continue  # the author's or a tag's link, whatever its length
            if len((link.text(deep=True) or "").split()) >= _TEASER_WORDS:
                found.append(link.mem_id)
                if len(found) == 2:
                    break
        seen[block.mem_id] = tuple(found)
    around = set()
    parent = node
    while parent is not None:
        around.add(parent.mem_id)
        parent = parent.parent
    return any(link not in around for link in seen[block.mem_id])


def _time_element(times: list[Any], heading: Any) -> str | None:
    """The ``<time datetime>`` of the article's publication among ``times``.

    Another item's (:func:`_other_item`: chrome, a list entry, a date in running text) and
    one marked as the modification (:func:`_time_kind`: ``class="updated"``,
    ``itemprop="dateModified"``) are never it; one marked as the publication (``pubdate``,
    ``itemprop="datePublished"``, ``class="published"``) wins over an unmarked one before it.
    """
    first = None
    seen: dict[int, Any] = {}
    for node in times[:MACHINE_NODES]:
        value = node.attributes.get("datetime")
        if not isinstance(value, str) or not value.strip() or _other_item(node, heading, seen):
            continue
        kind = _time_kind(node)
        if kind == "published":
            return value.strip()
        if kind is None and first is None:
            first = value.strip()
    return first


# Class words of a <time> that mark it (WordPress's «entry-date published», «updated»).
_PUBLISHED_CLASS = re.compile(r"published|pubdate|post-date|entry-date", re.IGNORECASE)
_MODIFIED_CLASS = re.compile(r"updated|modified", re.IGNORECASE)


def _time_kind(node: Any) -> str | None:
    """``"published"`` or ``"modified"`` when a ``<time>`` says which it is, else None.

    WordPress marks a post never edited ``class="entry-date published updated"``: a mark of
    the publication wins over one of the modification.
    """
    attributes = node.attributes
    prop = (attributes.get("itemprop") or "").strip()
    if "pubdate" in attributes or prop == "datePublished":
        return "published"
    if prop == "dateModified" or _after_update_label(node):
        return "modified"
    marks = attributes.get("class") or ""
    if _PUBLISHED_CLASS.search(marks):
        return "published"
    if _MODIFIED_CLASS.search(marks):
        return "modified"
    return None


# The update labels (``LABELS["updated"]``) without spaces and ZWNJ, and how far back the text
# before a <time> is looked at.
_UPDATE_LABELS = tuple(
    sorted({"".join(label.replace("\u200c", " ").split()).lower() for label in LABELS["updated"]})
)
_LABEL_REACH = 3


def _after_update_label(node: Any) -> bool:
    """Whether the text right before a ``<time>`` in its element is an update label
    («آخرین بروز رسانی: <time ...>»): the time is the modification, whatever its marks."""
    pieces: list[str] = []
    sibling = node.prev
    while sibling is not None and len(pieces) < _LABEL_REACH:
        pieces.append(sibling.text(deep=True) or "")
        sibling = sibling.prev
    before = "".join(reversed(pieces)).replace("\u200c", " ")
    squashed = "".join(before.split()).rstrip(":：").lower()
    return bool(squashed) and squashed.endswith(_UPDATE_LABELS)


def _dst_notes(candidates: list[Candidate]) -> list[Notice]:
    """A machine time without an offset that Tehran's clock skipped or struck twice (the
    summer-time changes, kept until 1401) is flagged as the same time printed in the text is
    (docs/calendar.md): ``nonexistent-time`` or ``repeated-time``, once per value."""
    notes: list[Notice] = []
    seen: set[str] = set()
    for cand in candidates:
        stamp = cand.stamp
        if stamp is None or stamp.dst is None or stamp.text in seen:
            continue
        seen.add(stamp.text)
        if stamp.dst == "nonexistent":
            message = f"{stamp.text!r} ({cand.label}) is a local time Tehran's clock skipped"
            notes.append(Notice("nonexistent-time", f"{message}; read at the earlier offset"))
        else:
            message = f"{stamp.text!r} ({cand.label}) is a local time Tehran's clock struck twice"
            notes.append(Notice("repeated-time", f"{message}; read at the earlier offset"))
    return notes


def _own(nodes: list[Any], heading: Any) -> list[Any]:
    """The first :data:`MACHINE_NODES` of ``nodes`` without those of another item
    (:func:`_other_item`, whose cost grows with the page: a page of thousands of dated
    entries is a list, and its later entries are not looked at)."""
    seen: dict[int, Any] = {}
    return [node for node in nodes[:MACHINE_NODES] if not _other_item(node, heading, seen)]


def _own_meta(nodes: list[Any], heading: Any) -> list[Any]:
    """``<meta>`` elements without the microdata dates of another item (:func:`_own`):
    a ``<meta itemprop="datePublished">`` in a related list's entry is the entry's."""
    dated = [node for node in nodes if _MICRODATA_DATE.match(node.attributes.get("itemprop") or "")]
    if not dated:
        return nodes
    dropped = {node.mem_id for node in dated} - {node.mem_id for node in _own(dated, heading)}
    return [node for node in nodes if node.mem_id not in dropped]


_MICRODATA_DATE = re.compile(r"\s*date(?:published|modified)\s*\Z", re.IGNORECASE)
MACHINE_NODES = 32
"""How many ``<time>``, ``itemprop`` or ``<meta itemprop>`` date elements a page is searched
for the article's (each costs a look at the block around it)."""


def _read_date(value: str, dates: dict[str, Timestamp | None]) -> Timestamp | None:
    """``_machine_date(value)``, read once per page: JSON-LD, ``<meta>``, ``itemprop`` and
    ``<time>`` mostly repeat one value (43 machine dates read on the 17 real-size pages of
    tests/pages/, 23 of them different)."""
    if value in dates:
        return dates[value]
    stamp = dates[value] = _machine_date(value)
    return stamp


def _machine_candidates(
    meta: dict[str, list[str]],
    *,
    ld: dict[str, Any],
    dates: dict[str, Timestamp | None],
    props: tuple[str | None, str | None],
    time_value: str | None,
    fields: list[Field],
    notes: list[Notice],
) -> list[Candidate]:
    """Machine sources as resolver candidates; every value seen is kept in ``fields``.

    ``dates`` holds each machine value read so far (:func:`_read_date`); ``props`` are the
    ``itemprop`` datePublished and dateModified values of the tree after
    ``strip_tags`` (:meth:`_Found.value`).
    """
    order = 1 << 30  # after every line of the text
    out: list[Candidate] = []
    published_sources = [
        ("json-ld", "json-ld datePublished", ld.get("datePublished")),
        (
            "meta",
            "meta article:published_time",
            _first(meta, "article:published_time", "og:article:published_time"),
        ),
        (
            "itemprop",
            "itemprop datePublished",
            _first(meta, "datepublished") or props[0],
        ),
        ("rnews", "meta rnews:datePublished", _first(meta, "rnews:datepublished")),
        ("time element", "time datetime", time_value),
    ]
    updated_sources = [
        ("json-ld", "json-ld dateModified", ld.get("dateModified")),
        (
            "meta",
            "meta article:modified_time",
            _first(meta, "article:modified_time", "og:article:modified_time", "og:updated_time"),
        ),
        (
            "itemprop",
            "itemprop dateModified",
            _first(meta, "datemodified") or props[1],
        ),
    ]
    sources: tuple[tuple[FieldName, list[tuple[str, str, Any]]], ...] = (
        ("published", published_sources),
        ("updated", updated_sources),
    )
    published_moments: set[date] = set()
    published_walls: dict[str, str] = {}
    for field_name, entries in sources:
        for rule, label, value in entries:
            if not isinstance(value, str) or not value.strip():
                continue
            fields.append(Field(field_name, label, value, None, None))
            stamp = _read_date(value, dates)
            if stamp is None:
                continue
            wall = _wall_clock(value)
            if field_name == "published" and stamp.has_time:
                published_moments.add(stamp.gregorian)
                published_walls.setdefault(wall or "", value)
            elif field_name == "updated" and stamp.gregorian in published_moments:
                # A modification time that repeats a machine publication time (templates
                # fill dateModified with datePublished) records no update: kept in
                # ``fields``, not a candidate.
                continue
            elif field_name == "updated" and wall and wall in published_walls:
                # The same wall clock with another offset («16:42+03:30» and «16:42+00:00»):
                # one of the two is written in a wrong zone. No update, and the publication
                # time's zone is in doubt.
                notes.append(
                    Notice(
                        "published-conflict",
                        f"{label} {value!r} is the publication's wall clock "
                        f"{published_walls[wall]!r} with another offset: one of them is "
                        "written in a wrong zone; no update is read",
                    )
                )
                continue
            out.append(Candidate(field_name, rule, label, order, stamp=stamp))
    identifier = ld.get("identifier")
    if isinstance(identifier, int) and not isinstance(identifier, bool):
        identifier = str(identifier)
    if isinstance(identifier, str) and _ID.fullmatch(to_ascii_digits(identifier.strip())):
        number = to_ascii_digits(identifier.strip())
        rule = "json-ld identifier"
        out.append(Candidate("number", rule, rule, order, text=number))
    return out


_ID = re.compile(r"[A-Za-z]{0,4}-?[0-9]{1,20}(?:[/\-][0-9]{1,10})?")
# An ISO stamp's date and wall clock, to the minute, before its seconds and zone.
_WALL = re.compile(r"\s*([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([0-9]{2}:[0-9]{2})")


def _wall_clock(value: str) -> str | None:
    """The date and wall time of an ISO machine stamp («2023-09-19T16:42»), its zone aside."""
    found = _WALL.match(to_ascii_digits(value))
    return f"{found.group(1)}T{found.group(2)}" if found is not None else None


def _disagreeing(meta: dict[str, list[str]], ld: dict[str, Any]) -> list[Notice]:
    """One machine property given several dates that are different moments («<meta
    property="article:published_time">» twice: a template's default, then the article's;
    a JSON-LD ``datePublished`` list): the first is read, and the doubt is reported."""
    notes: list[Notice] = []
    for field, names in (
        ("published", ("article:published_time", "og:article:published_time", "datepublished")),
        ("updated", ("article:modified_time", "og:article:modified_time", "datemodified")),
    ):
        key = "datePublished" if field == "published" else "dateModified"
        for source, values in (
            *((f"meta {name}", meta.get(name, [])) for name in names),
            (f"json-ld {key}", ld.get(f"{key} list") or []),
        ):
            if len(values) < 2:  # one value: nothing to disagree with
                continue
            stamps = [_machine_date(value) for value in values[:_SAME_PROPERTY_READ] if value]
            moments = {stamp.isoformat() for stamp in stamps if stamp is not None}
            if len(moments) > 1:
                shown = ", ".join(repr(value) for value in values[:_SAME_PROPERTY_READ])
                code: WarningCode = (
                    "published-conflict" if field == "published" else "updated-conflict"
                )
                notes.append(
                    Notice(code, f"{source} is given several dates ({shown}); the first is read")
                )
    return notes


# Values of one machine property read at most when looking for a disagreement.
_SAME_PROPERTY_READ = 8
