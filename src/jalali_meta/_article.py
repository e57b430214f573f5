"""The pipeline that builds an :class:`~jalali_meta._records.Article` from article text.

Real pages put site chrome around the article: menus, "today" banners, tickers,
kickers above the headline, related-news lists and footers below the body. So the
article is **located** first and its values are then **resolved by evidence**
(:mod:`jalali_meta._resolve`), the same way for text and HTML. The steps, numbered
as in :func:`_parse`:

1. Lines: the text is cut at every line separator (``\\n``, ``\\r``, VT, FF, NEL,
   U+2028, U+2029); offsets are always offsets into the input.
2. Locate: the body's anchor is the first run of paragraphs (long lines ending
   a sentence). The title is the headline-shaped line above it with the best
   evidence (:func:`_title_score`: shape, distance to the body and to the header
   lines, menu runs, chrome words, repetition, HTML hints); the lead is the first
   text line under the title; the body ends with its last paragraph, before
   related lists, comments and footers.
3. Header lines: every line above the lead is classified once
   (:func:`header.classify`; one cache, on the line) and becomes candidates with
   a rule by where it stands: beside the title, above it, or far above it
   (page chrome: "today" banners, site stamps, clocks are set aside).
4. Late header lines (right under the lead) and footer lines (under the body)
   become candidates of their own rules; on a list of items (a tag or archive page,
   :func:`_listing`) the items' ID and date lines are not the page's.
5. Resolution: :func:`_resolve.resolve_date` and :func:`_resolve.resolve_number`
   pick each value from the candidates; nothing is changed after this step.
6. Assembly: text fields, lead, body and the mentions of the body's own text.

Each step is linear in the number of lines; no line is classified twice.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Generic, TypeVar, overload
from urllib.parse import parse_qs, unquote, urlsplit, urlunsplit

import attrs
import regex

from jalali_meta import _vocab as vocab
from jalali_meta._dates import (
    HIJRI_TOLERANCE_DAYS,
    KABUL,
    Issue,
    build,
    build_hijri,
    gregorian_to_jalali,
    in_zone,
    named_zone,
    on_clock,
    zone_named,
)
from jalali_meta._datetimes import (
    LUNAR_LOOKALIKE_YEAR,
    DateRead,
    before,
    iter_dates,
    lunar_lookalike,
    lunar_stamp,
    parse_datetime,
    raw_years,
    read_match,
    require_text,
    same_moment,
)
from jalali_meta._errors import ConflictError, DateError, ParseError, position
from jalali_meta._evidence import (
    archive_name,
    day_and_month,
    excerpt_with_read_more,
    glued_breadcrumb_end,
    glued_breadcrumb_starts,
    glued_rubric_end,
    home_crumb,
    home_crumb_end,
    host_named_part,
    host_spells,
    list_control,
    list_count,
    named_days,
    names_breadcrumb_end,
    part_heading,
    quoted_saying,
    today_days,
    today_weekdays,
)
from jalali_meta._grammar import DateParts, is_hijri, read_time, search, squeeze
from jalali_meta._grammar import read as read_parts
from jalali_meta._header import (
    BROWSER_NOTICE_WORDS,
    DATE_FIELDS,
    DATELINE_MAX_CHARS,
    ID_VALUE,
    ISSUE_VOLUME,
    READING_TIME,
    SHORT_DATE,
    SHORT_JALALI_DATE,
    SHORT_NAMED_DATE,
    SOURCE_DATELINE_REACH,
    SPACED_DATE,
    TIME_LINE,
    LineInfo,
    classify,
    date_first_dateline,
    date_weekday_dateline,
    date_with_lunar_twin,
    dateline_date,
    fits_next_line,
    is_browser_notice,
    is_byline,
    is_chrome_line,
    is_dateline_without_year,
    is_journal_issue_line,
    is_month_year,
    is_news_heading,
    is_related_heading,
    is_section_end,
    is_section_name,
    is_template_credit,
    is_wiki_jump_links,
    notice_hint,
    opens_with_agency_dateline,
    posted_on_date,
    source_dateline,
    today_dateline,
    yearless_date_line,
)
from jalali_meta._markdown import (
    blank_markdown,
    blank_printed_breaks,
    looks_like_markdown,
    markdown_headings,
    read_front_matter,
)
from jalali_meta._normalize import (
    FOLDED,
    WORD_LETTERS,
    ZWNJ,
    normalize,
    raw_spelling,
    to_ascii_digits,
)
from jalali_meta._patterns import any_case
from jalali_meta._plausible import apply_reference
from jalali_meta._records import (
    Article,
    Field,
    FieldName,
    HijriDate,
    Ignored,
    IgnoredReason,
    Notice,
    Pending,
    Span,
    Timestamp,
    WarningCode,
    article_pending,
    replace,
    text_span,
)
from jalali_meta._resolve import (
    MACHINE_TITLE_WORDS,
    Candidate,
    Choice,
    resolve_date,
    resolve_number,
    resolve_text,
    resolve_title,
)
from jalali_meta._sources import (
    _URL_DATE,
    _hostname,
    _machine_date,
    day_archive,
    forum_thread,
    jalali_day_archive,
    root_topic_number,
    site_clock,
    url_alias_day,
    url_day,
    url_month,
    url_named_number,
    url_number,
    url_path_day,
    url_tail_number,
    url_year_like_id,
)

__all__ = ["Hints", "parse_article", "parse_text"]

log = logging.getLogger("jalali_meta")

# Label and date lines this close under the lead still belong to the header.
LATE_HEADER_LINES = 4
LATE_HEADER_MAX_CHARS = 200
# A date line farther above the title than this many lines is page chrome.
DATE_REACH_ABOVE = 6
# A date line this close above the title is the header's (a template that prints the
# header first); farther up it is weaker evidence.
NEAR_ABOVE = 3
# A label line farther above the title than this is not the article's header.
LABEL_REACH_ABOVE = 12
# A paragraph: this many words, or fewer ending a sentence.
PARAGRAPH_WORDS = 30
SENTENCE_WORDS = 10
INTRO_WORDS = 15
# Two paragraphs this many lines apart or closer belong to one body.
BODY_GAP = 4
# Headline shape: a few words to this many.
HEADLINE_MAX_WORDS = 25
# Some sites print two-part headlines up to this many words.
LONG_HEADLINE_WORDS = 40
HEADLINE_MAX_CHARS = 250
# Lines of the footer right under the body whose date may be the article's.
FOOTER_DATE_LINES = 2
# ... looking back at most this many lines, lone separators included.
FOOTER_LOOK_BACK = 4

# Soft faults that strict mode raises; the others are notes on a documented rule.
_STRICT_DATE_CODES = frozenset(
    {
        "weekday-mismatch",
        "nonexistent-time",
        "repeated-time",
        "twin-invalid",
        "calendar-ambiguous",
        "zone-unread",
    }
)
_STRICT_CONFLICT_CODES = frozenset(
    {
        "twin-mismatch",
        "hijri-mismatch",
        "published-conflict",
        "updated-conflict",
        "number-conflict",
        "html-date-conflict",
    }
)
_STRICT_PARSE_CODES = frozenset({"invalid-date", "not-a-date", "number-invalid"})

# Every line separator Python's str.splitlines knows (a page may use any of them).
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# White space and invisible marks that may surround a line (a line of only these is blank).
_STRIP = (
    " \t\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u200b\u200c\u200d\u200e\u200f\u202f\u205f\u2060\u3000\ufeff"
)
# Both: a line with its line break cut off and stripped, by one call.
_EDGES = _STRIP + _BREAKS
# An ID that starts with a Jalali date: 14011103000123 = 1401/11/03 + a sequence number.
# An ID printed with thousands separators (U+066C or a comma, both a comma once normalised).
_GROUPED_ID = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")
_DATED_ID = regex.compile(r"^(1[34][0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3,}$")
_RELATIVE = frozenset(vocab.RELATIVE_WORDS)
_TAG_SPLIT = regex.compile(r"[,،|;؛#]+|\x20{2,}|\n")
_KICKER_ENDS = (":", "؛", "،", "…")
# The longest kicker naming an occasion («در نشست ... مطرح شد»), in words.
CONTEXT_KICKER_WORDS = 10
# A list item's bullet at the start of a line.
_BULLET = re.compile("[-–•·*▪■●◾►▶][\x20\u200c]")
# A round or square bullet, never a dash (which opens a kicker or a site's line as often).
_ROUND_BULLET = re.compile("[•·▪■●◾][\x20\u200c]")
# A numbered heading inside a text: «الف: ...», «ب- ...», «ماده ۱. ...», «تبصره ۲:», «۳- ...»,
# a bullet before it or not («• ۱-واکسن‌های الزامی»: a numbered item of a bulleted list).
_ENUMERATED = regex.compile(
    r"^(?:[-–•·*▪■●◾►▶][\x20\u200c]+)?(?:(?:الف|ب|پ|ت|ج|د)[\x20]?[:\-\)]|(?:ماده|بند|تبصره|فصل)[\x20\u200c]*[0-9]+[\x20]?[.:\-]"
    r"|[0-9]{1,2}[\x20]?[\-\)\u200c]|[0-9]{1,2}\.\x20)"
)
# Each half of a couplet («... / ...») has this many words.
VERSE_WORDS = (4, 9)
# Characters a template prints around a headline: trimmed off the title. With them the
# invisible marks an editor or a copy leaves at a line's ends, which no headline ends with:
# bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), the Arabic letter
# mark, zero-width characters and control characters (a NUL or BEL pasted with the text).
_TITLE_EDGES = frozenset(
    " |•·\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff\x7f"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" + "".join(map(chr, range(0x20)))
)
# A label's punctuation left at the front of a headline («:ولایت بلخ», the colon of a label
# the extractor printed on the line above): trimmed off the title's start only (a colon at
# its end marks a kicker, and is evidence elsewhere).
_TITLE_LEAD_MARKS = frozenset(":;؛،,")
# A line with this many commas is a list (keywords, tags), not a headline.
_LIST_COMMAS = 3
# A line opening with «about ...»: under a headline, the subtitle naming its subject.
_TOPIC = regex.compile(r"^(?:درباره|در[\x20\u200c]باره|در[\x20\u200c]مورد|پیرامون)(?![\p{L}\p{M}])")
# A date fault in the body is a note about a mention, under a code of its own.
_MENTION_CODES: dict[str, WarningCode] = {
    "weekday-mismatch": "mention-weekday-mismatch",
    "twin-mismatch": "mention-twin-mismatch",
    "twin-invalid": "mention-twin-invalid",
    "hijri-mismatch": "mention-hijri-mismatch",
}


_T = TypeVar("_T")


class _Kept(Generic[_T]):
    """A feature of a :class:`_Line` made on first read and kept in the line's ``__dict__``
    under the feature's name: later reads find it there, as an attribute, without a call.

    This descriptor has no ``__set__``, so the instance's entry wins over it once made; a
    property calls its getter on every read (about 400 instructions more a read: the
    thirtieth pass, docs/performance.md), and the rules read these features hundreds of
    times a parse.
    """

    __slots__ = ("_make", "_name")

    def __init__(self, make: Callable[[_Line], _T]) -> None:
        self._make = make
        self._name = make.__name__

    @overload
    def __get__(self, line: None, owner: type[_Line]) -> _Kept[_T]: ...

    @overload
    def __get__(self, line: _Line, owner: type[_Line]) -> _T: ...

    def __get__(self, line: _Line | None, owner: type[_Line]) -> _T | _Kept[_T]:
        if line is None:
            return self
        value = line.__dict__[self._name] = self._make(line)
        return value


class _Line:
    """One non-blank line: its extent in the input and its per-line features.

    The features every rule reads on nearly every line (the text, its word count, whether
    it is a paragraph) are filled once when the line is made, as plain slots: the locate
    rules read them hundreds of times a parse, and a slot costs a tenth of a property
    call. The rest (the normalised copy, the classifier's verdict, the key, the chrome and
    byline marks) are made on first use (:class:`_Kept`), as most lines of a long body
    never need them; ``"norm" in line.__dict__`` tells whether the copy is made.
    """

    __slots__ = (
        "__dict__",
        "_doc",
        "blank_before",
        "end",
        "index",
        "paragraph",
        "start",
        "text",
        "words",
    )

    def __init__(self, doc: str, start: int, end: int, blank_before: bool, index: int) -> None:
        self._doc = doc
        self.start = start
        self.end = end
        self.blank_before = blank_before
        self.index = index
        # The line as written, a no-break space read as a space (a CMS's ``&nbsp;``): the
        # rules testing « / », «- » or « > » see one space. :attr:`printed` keeps the line
        # exactly as written.
        text = doc[start:end]
        if "\xa0" in text:
            text = text.replace("\xa0", " ")
        self.text = text
        self.words = count_words(text)
        # A line of running text: long, or ending a sentence.
        self.paragraph = self._is_paragraph()

    @property
    def printed(self) -> str:
        """The line exactly as written (its no-break spaces kept): what a record returns."""
        return self._doc[self.start : self.end]

    @_Kept
    def norm(self) -> str:
        return normalize(self.text)

    @_Kept
    def info(self) -> LineInfo:
        """What :func:`header.classify` makes of the line: the one cache of line verdicts."""
        return classify(self.norm)

    @_Kept
    def chrome(self) -> bool:
        """Whether the line is site furniture (:func:`header.is_chrome_line`), computed once."""
        return is_chrome_line(self.norm) and not (
            # A headline reporting an issue goes on to its verb: «دوره ۱۴، شماره ۲
            # (پیاپی ۵۳) فصلنامه ... منتشر شد»; the issue line ends with a period,
            # pages or links («... ( آذر و دی 1398 ) ... | برگشت به فهرست نسخه ها»).
            is_journal_issue_line(self.norm) and _verb_end(self) == "verb"
        )

    @_Kept
    def key(self) -> str:
        """The normalised text without spaces or ZWNJs: to find a line printed twice."""
        return _squash(self.norm)

    @_Kept
    def byline(self) -> bool:
        """Whether the line is a byline or a reading aid (:func:`header.is_byline`), once."""
        return is_byline(self.norm)

    def _is_paragraph(self) -> bool:
        words = self.words
        last = self._doc[self.end - 1]
        if (
            words >= SENTENCE_WORDS
            and last in ".!؟?»\"'…"
            and (last != "»" or not _quotation_line(self.text, words))
        ):
            return True
        if words >= INTRO_WORDS and last == ":":
            return True  # a paragraph introducing a list or a quote (a kicker is shorter)
        # A long line without a sentence's punctuation is a glued menu or a keyword list.
        return words >= PARAGRAPH_WORDS and any(mark in self.text for mark in ".،؛:!؟")


# A line that is one quotation, whole, maybe after a speaker's label of three words at most:
# «وزیر: «سهم رسانه‌ها – ... – باید بیشتر شود»» (a quoted headline's shape). Its closing
# mark ends no sentence unless a sentence's mark stands inside it («... است.»»). Sites that
# space their guillemets print the same headline as «شهردار: « ... »».
_QUOTATION_LINE = regex.compile(
    r"(?:[^\s:«»]+(?:\x20[^\s:«»]+){0,2}\x20?:\x20*)?«[^«»]+[^«».!؟?…:؛،\s]\x20*»"
)


def _quotation_line(text: str, words: int) -> bool:
    """Whether the line (of ``words`` words, :func:`count_words`) is one quotation, whole
    (:data:`_QUOTATION_LINE`), of a headline's length at most: its closing mark is no
    sentence's end. (The caller tests the last character, «», before the pattern.)"""
    return words <= HEADLINE_MAX_WORDS and _QUOTATION_LINE.fullmatch(text) is not None


@attrs.frozen
class Hints:
    """What the caller knows about the text: an HTML page's sources (given by
    :func:`parse_html`), or only the page's address (``parse_article(url=...)``).

    Attributes:
        titles: Title texts from machine sources with their rule (``h1``, ``og:title``...).
        outside: Spans of the text that lie in navigation, sidebars, footers or
            related lists: their lines are never the article's.
        candidates: Machine candidates for dates and the number.
        texts: Machine values of text fields, ``(field, value)`` in precedence order
            (``category``, ``author``: strings; ``tags``: tuples).
        url: The page's address (given, canonical or og:url): a list's path, a
            slug spelling the headline, a date path (:func:`_address`).
        afghan: The page is an Afghan site's by evidence the text does not hold (an
            HTML page's chrome dated in the Afghan calendar, an ``.af`` host, a
            ``fa-AF`` language tag): Kabul's clock.
        spaced: A blank line stands between all blocks by the text's format (Markdown):
            it groups nothing, as in a double-spaced text (:func:`_double_spaced`).
        clock: Another site clock the text does not show: a Tajik site's (a ``.tj``
            host, a ``tg`` language tag), ``Asia/Dushanbe``.
        archive_day: The day an HTML page's <title> names alone beside the site's name
            (a date archive's): the page's lines name no headline of its own for sure.
        home_links: Texts of an HTML page's links to its site's home page («<a href="/">
            NAME</a>», a masthead's brand): the site's name, never the article's title.
        shortlink: An HTML page's own short address («<link rel="shortlink"
            href="/?p=2051">», WordPress's): its item ID fills the gap an address without
            one leaves (:func:`_url_candidates`).
    """

    titles: tuple[tuple[str, str], ...] = ()
    outside: tuple[Span, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    texts: tuple[tuple[str, str | tuple[str, ...]], ...] = ()
    url: str | None = None
    afghan: bool = False
    spaced: bool = False
    clock: str | None = None
    archive_day: str | None = None
    home_links: tuple[str, ...] = ()
    shortlink: str | None = None


@attrs.define
class _State:
    """Everything collected from the lines, in text order; resolution only reads it."""

    doc: str
    strict: bool
    lines: Sequence[_Line]
    starts: array[int]
    candidates: list[Candidate] = attrs.field(factory=list)
    fields: list[Field] = attrs.field(factory=list)
    ignored: list[Ignored] = attrs.field(factory=list)
    warnings: list[Notice] = attrs.field(factory=list)
    # Newspaper issue lines: (issue number, date segment or None).
    newspaper: list[tuple[Span, Span | None]] = attrs.field(factory=list)
    # Text fields (category, author, tags, source): (field, label, value span, rule order).
    texts: list[tuple[FieldName, str, Span, int]] = attrs.field(factory=list)
    seen_warnings: set[tuple[str, Span | None]] = attrs.field(factory=set)
    # Date lines printed next to a "today" widget: part of it.
    widget_lines: set[int] = attrs.field(factory=set)
    # The first heading of a related or latest list in the footer (its items' dates follow).
    footer_list: int | None = None
    # Date lines that are a newspaper issue's date (see _issue_block).
    issue_lines: set[int] = attrs.field(factory=set)
    # Four-digit Jalali years printed on the page (made on first use, for two-digit years).
    years: list[int] | None = None
    # Whether a date printed on the page (a banner, a byline included) is in the Afghan
    # calendar: the page keeps Kabul's clock.
    afghan: bool = False
    # The days (ISO) the lead dates in the Afghan calendar (see _afghan_days_in_lead).
    lead_afghan_days: frozenset[str] = frozenset()
    # The zone of the site's clock by the address or language (a Tajik site: Dushanbe's).
    clock: str | None = None
    # Why the address's ID is not taken: the page prints its own address with another ID.
    url_doubt: str | None = None
    # The address's ID is a bare year-like number after an item's segment («/news/2019»).
    url_year_like: bool = False
    # The address's year and month without a day («/2021/03/slug/»): the calendar's name,
    # the year and the month (see _outside_url_month).
    url_month: tuple[str, int, int] | None = None
    # The number labels' values on the short lines with a colon that the tag-page check
    # has read, by line (see _listing).
    number_ids: dict[int, tuple[str, ...]] = attrs.field(factory=dict)
    # Why the chosen headline is doubtful, and the line competing with it (see _title_doubt).
    title_doubt: tuple[str, int | None] | None = None
    # Where the title ends when its line ends with the article's date (see _dated_title).
    title_end: int | None = None
    # Where the title starts when its line opens with an archive's words (see archive_name).
    title_start: int | None = None
    # The weekdays the lead calls today («امروز شنبه ...», see _today_in_lead).
    today_weekdays: frozenset[int] = frozenset()
    # The days the lead calls today by day and month («имрӯз, 30 апрел», see _today_in_lead).
    today_days: frozenset[tuple[str, int, int]] = frozenset()
    # The days the headline names by day and month without a year («... on Dec. 20»).
    title_days: frozenset[tuple[str, int, int]] = frozenset()
    # A blank line before (nearly) every line (see _double_spaced): a label and its value
    # on the next line, or a date and its time line, are then one across a blank line.
    double_spaced: bool = False

    def line_at(self, offset: int) -> _Line:
        """The line that holds ``offset`` (one bisect on the line starts made once)."""
        return self.lines[bisect.bisect_right(self.starts, offset) - 1]

    def warn(self, code: WarningCode, message: str, offset: int, end: int | None = None) -> None:
        span = (offset, offset if end is None else end)
        if (code, span) in self.seen_warnings:
            return
        self.seen_warnings.add((code, span))
        line, column = position(self.doc, offset)
        notice = Notice(code, message, span, line, column)
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

    def note(self, code: WarningCode, message: str, span: Span | None) -> None:
        """Report a resolver notice; one without a span has no position."""
        if span is None:
            if self.strict and code in _STRICT_CONFLICT_CODES:
                raise ConflictError(message, self.doc, 0, 0)
            self.warnings.append(Notice(code, message))
            return
        self.warn(code, message, span[0], span[1])

    def ignore(self, line: _Line, reason: IgnoredReason) -> None:
        self.ignored.append(Ignored(line.printed, (line.start, line.end), reason))


# A text whose first lines (this many at most) have a blank line before this share of
# them, at least DOUBLE_SPACED_LINES of them, is double-spaced.
DOUBLE_SPACED_REACH = 200
DOUBLE_SPACED_SHARE = 0.9
DOUBLE_SPACED_LINES = 4


def _double_spaced(lines: Sequence[_Line]) -> bool:
    """Whether a blank line stands before nearly every line of the text (an extraction that
    puts one after every block): a blank line there groups nothing."""
    count = min(len(lines), DOUBLE_SPACED_REACH)
    if count < DOUBLE_SPACED_LINES:
        return False
    blanks = sum(1 for index in range(1, count) if lines[index].blank_before)
    return blanks >= DOUBLE_SPACED_SHARE * (count - 1)


def _apart(state: _State, line: _Line) -> bool:
    """Whether a blank line sets ``line`` apart from the line above it (never in a
    double-spaced text, where every line has one)."""
    return line.blank_before and not state.double_spaced


def _set_apart(line: _Line, spaced: bool) -> bool:
    """:func:`_apart` for the title's rules, which read the lines alone: ``spaced`` is the
    text's ``double_spaced``."""
    return line.blank_before and not spaced


def _lines(doc: str) -> tuple[Sequence[_Line], array[int]]:
    """The non-blank lines of ``doc``, stripped, cut at every line separator, and their starts.

    ``str.splitlines`` cuts at exactly the separators of :data:`_BREAKS` (CR LF as one);
    the text is cut in pieces of about :data:`_CHUNK` characters at a ``\\n`` so that the
    pieces in hand at one time stay few whatever the number of lines. Extents are kept in
    compact arrays (9 bytes a line); up to :data:`EAGER_LINES` lines, the line objects are
    all made at once (a list: the fastest to index), beyond it on access (:class:`_Lines`).
    """
    starts: array[int] = array("i")
    ends: array[int] = array("i")
    blanks = bytearray()
    lines: list[_Line] = []
    pos = 0
    breaks = 0  # line breaks since the last non-blank line (or the text's start)
    size = len(doc)
    while pos < size:
        cut = doc.find("\n", pos + _CHUNK) + 1 if pos + _CHUNK < size else 0
        chunk = doc[pos:cut] if cut > 0 else doc[pos:]
        for piece in chunk.splitlines(True):
            # A piece holds its line break(s) at its end only: one strip of both sets
            # gives the line as stripped, in one copy.
            text = piece.strip(_EDGES)
            if text:
                # The line starts at the piece's start unless the piece starts with a
                # character stripped off (then the text's first character differs from it).
                start = pos
                if text[0] != piece[0]:
                    start += len(piece) - len(piece.lstrip(_EDGES))
                # A blank line between: two or more line breaks since the last line ended
                # (one before the first line).
                blank = breaks > 1 or (breaks == 1 and not starts)
                stop = start + len(text)
                if len(starts) < EAGER_LINES:
                    lines.append(_Line(doc, start, stop, blank, len(starts)))
                blanks.append(blank)
                starts.append(start)
                ends.append(stop)
                breaks = 0
            if piece[-1] in _BREAKS:
                breaks += 1
            pos += len(piece)
    if len(starts) <= EAGER_LINES:
        return lines, starts
    return _Lines(doc, starts, ends, blanks, lines), starts


class _Lines(Sequence[_Line]):
    """The lines of a long text: extents in arrays, line objects made on access.

    The objects of the first :data:`EAGER_LINES` lines (where the header and the title
    stand) are made at once and kept, with their verdicts; the others are made when
    looked at, and made again when looked at after the last :data:`_RECENT` made (their
    verdicts are recomputed, which gives the same values). Memory per line past the
    first lines is then the arrays' 9 bytes, not an object.
    """

    __slots__ = ("_blanks", "_doc", "_ends", "_first", "_recent", "_starts")

    def __init__(
        self, doc: str, starts: array[int], ends: array[int], blanks: bytearray, first: list[_Line]
    ) -> None:
        self._doc = doc
        self._starts = starts
        self._ends = ends
        self._blanks = blanks
        self._first = first
        self._recent: dict[int, _Line] = {}

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> _Line: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[_Line]: ...

    def __getitem__(self, index: int | slice) -> _Line | Sequence[_Line]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._starts)))]
        if index < 0:
            index += len(self._starts)
        if 0 <= index < len(self._first):
            return self._first[index]
        line = self._recent.get(index)
        if line is not None:
            return line
        line = _Line(
            self._doc, self._starts[index], self._ends[index], bool(self._blanks[index]), index
        )
        if len(self._recent) >= _RECENT:
            self._recent.clear()
        self._recent[index] = line
        return line


# Texts with up to this many lines get all their line objects at once.
EAGER_LINES = 4096
# Line objects past the first EAGER_LINES kept at one time (neighbours looked at together).
_RECENT = 64


# Lines are cut from pieces of the text this long (cut at a line end).
_CHUNK = 1 << 16


# Parts of a word that a ZWNJ joins to it and a text that lost its ZWNJs prints apart:
# plural and comparative suffixes, pronoun and verb endings, the present prefix.
_BOUND = frozenset(
    {
        "ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "ای", "ی",
        "ام", "ات", "اش", "ایم", "اید", "اند", "تر", "ترین", "مان", "تان", "شان", "می", "نمی",
    }
)  # fmt: skip
_BOUND = _BOUND | {part.replace("ی", "ي") for part in _BOUND}  # with the Arabic yeh too


def count_words(text: str) -> int:
    """The words of ``text``, read the same whether its ZWNJs are kept, dropped or printed
    as spaces: parts joined by a ZWNJ count as words, a bound part (``ها``, ``می``) not."""
    parts = text.split()
    if _BOUND.isdisjoint(parts):
        return len(parts)  # (most lines: no part to leave out, a set test in C)
    count = len(parts) - sum(map(_BOUND.__contains__, parts))  # (no generator: all in C)
    return count if count or not parts else 1


def _squash(text: str) -> str:
    return "".join(text.replace("\u200c", " ").split())


def _agreeing_sources(line: _Line, titles: Sequence[tuple[str, str]]) -> set[str]:
    """The rules of the machine title sources (:attr:`Hints.titles`) whose text is the
    line's, spaces and zero-width non-joiners aside."""
    key = _squash(line.norm)
    return {rule for text, rule in titles if _squash(normalize(text)) == key}


# -- 2. Locating the article -------------------------------------------------------------


def _body_anchor(lines: Sequence[_Line], outside: set[int]) -> int | None:
    """The first paragraph followed closely by another, else the first paragraph, else None.

    Excerpts cut with «...» (a sidebar of the latest items above the article) start the
    body only when no run of whole paragraphs follows them.
    """
    found, paired = _anchor_from(lines, outside, 0)
    if found is not None and not paired and excerpt_with_read_more(lines[found].norm):
        # A lone teaser «... [ادامه مطلب]» over the article (a feature box): its link leads
        # to another item; the article's running text starts below it.
        below, _ = _anchor_from(lines, outside, found + 1)
        if below is not None:
            found = below
    if found is not None and not paired:
        headed = _headed_paragraph_below(lines, outside, found)
        if headed is not None:
            return headed
    if found is not None and paired:
        below = _header_block_below(lines, outside, found)
        if below is not None:
            return below
    start = found
    while paired and start is not None and _cut(lines, start):
        # Each search starts after the last pair found and stops at the next: linear.
        start, paired = _anchor_from(lines, outside, start + 1)
        if paired and start is not None and not _cut(lines, start):
            following = [
                i
                for i in range(start + 1, min(len(lines), start + 1 + BODY_GAP))
                if lines[i].paragraph
            ]
            if following and not _cut(lines, following[0]):
                return start
    return found


def _headed_paragraph_below(lines: Sequence[_Line], outside: set[int], found: int) -> int | None:
    """On a text with no two paragraphs close together whose first paragraph opens it
    (nothing above it), the paragraph under a header block further down: a date or label
    line, then a headline-shaped line, then the paragraph. The text opened with the end of
    the body (a table's lead-in and rows), the article's header and lead come after it."""
    if any(index not in outside for index in range(found)):
        return None
    for index in range(found + 3, min(len(lines), found + 1 + HEADED_REACH)):
        line, headline, header = lines[index], lines[index - 1], lines[index - 2]
        if (
            line.paragraph
            and line.info.kind == "text"
            and header.info.kind in ("date", "labels")
            and _headline_over_lead(lines, index - 1, HEADLINE_MAX_WORDS)
            and not headline.paragraph
            and not {index, index - 1, index - 2} & outside
        ):
            return index
    return None


# How far below an opening paragraph the article's header block may stand (in lines).
HEADED_REACH = 12


def _header_block_below(lines: Sequence[_Line], outside: set[int], found: int) -> int | None:
    """The paragraph under a headline and its date line that stand right under the first
    paragraph ``found``, no other paragraph between: the first paragraph is the site's
    blurb over the article (a summary service's «... اخبار را برای شما خلاصه می‌نماید.»),
    and the article's header and lead come after it («HEADLINE» / «تسنیم | ورزشی |
    یکشنبه، 08 تیر 1404 - 16:29» / lead). Blogger prints the date line first, then the
    headline (a blog's disclaimer / «31 января, 2008» / «HEADLINE» / lead)."""
    for index in range(found + 1, min(len(lines), found + 2 + BODY_GAP)):
        if index in outside:
            return None
        if not lines[index].paragraph:
            continue
        if index - 2 <= found or lines[index].info.kind != "text":
            # (The position first: a paragraph's first classification costs far more.)
            return None
        if _headed_block(lines, index - 1, index - 2):
            return index
        if _headed_block(lines, index - 2, index - 1) and not (
            found >= 2 and _headed_block(lines, found - 2, found - 1)
        ):
            # (The first paragraph under the same date and headline: a list's items.)
            return index
        return None
    return None


def _headed_block(lines: Sequence[_Line], dated: int, headline: int) -> bool:
    """Whether ``lines[dated]`` is a date line and ``lines[headline]`` a headline-shaped
    line (the two lines of a header block over a paragraph)."""
    return (
        lines[dated].info.kind in ("date", "mixed")
        and not lines[headline].paragraph
        and _headline_over_lead(lines, headline, HEADLINE_MAX_WORDS)
    )


def _cut(lines: Sequence[_Line], index: int) -> bool:
    """An excerpt cut by the site: a paragraph ending with «...» or «…», or with its
    read-more link after them («... [ادامه مطلب]», «... ادامه مطلب»).

    Four dots or more («....») also end a writer's trailing sentence; they cut an excerpt
    only when no paragraph follows right under it (a teaser's headline or the next item).
    """
    text = lines[index].text
    if not text.endswith(("...", "…")):
        # «... [ادامه مطلب]»: the excerpt's read-more link run into its end (a feature box
        # over the article teases another item).
        return excerpt_with_read_more(lines[index].norm)
    return not text.endswith("....") or index + 1 == len(lines) or not lines[index + 1].paragraph


def _anchor_from(lines: Sequence[_Line], outside: set[int], begin: int) -> tuple[int | None, bool]:
    """From ``begin``: the first paragraph followed closely by another (and True), else
    the first paragraph or None (and False)."""
    first: int | None = None
    count = len(lines)
    for index in range(begin, count):
        line = lines[index]
        if (
            index in outside
            or not line.paragraph
            or line.info.kind != "text"
            or _printed_again(lines, index)
            or _headline_twice_below(lines, index)
            or _long_headline(lines, index)
            or _quoted_headline(lines, index)
            or (
                (">>" in line.text or " > " in line.text)  # a breadcrumb, the headline glued
                and not _breadcrumb_over_paragraph(line)  # to it («... > ... : ...»)
            )
            or _headline_printed_twice(lines, index)
            or _exclaimed_headline(lines, index)
            or _reader_prompt(line)
        ):
            continue
        if first is None:
            first = index
        for other in range(index + 1, min(count, index + 1 + BODY_GAP)):
            if other not in outside and lines[other].paragraph:
                return index, True
    return first, False


# A breadcrumb glued to the body's first paragraph has at most this many words.
BREADCRUMB_MAX_WORDS = 16


def _breadcrumb_over_paragraph(line: _Line) -> bool:
    """Whether a paragraph opens with a breadcrumb glued to it by extraction («حوزه علمیه >
    حوزه در بستر تاریخ> ... > حوزه علمیه بصره حوزه علمیه بصره در سده‌های ...»): a short
    trail, then a whole paragraph of running text. That line is the body, not a headline
    glued to a breadcrumb."""
    text = line.text
    last = text.rfind(">")
    if len(text[:last].split()) > BREADCRUMB_MAX_WORDS:
        return False
    rest = text[last + 1 :]
    return len(rest.split()) >= PARAGRAPH_WORDS and _SENTENCE_END.search(rest) is not None


# A sentence's end inside running text.
_SENTENCE_END = regex.compile(r"[.!؟?](?: |$)")


def _printed_again(lines: Sequence[_Line], index: int) -> bool:
    """Whether a paragraph is printed again below a headline (a summary above the title).

    «date, summary, title, summary, body»: the first copy does not start the body.
    """
    key = lines[index].text
    for other in range(index + 1, min(len(lines), index + 4)):
        if lines[other].text == key:
            return any(
                3 <= lines[i].words <= HEADLINE_MAX_WORDS and not lines[i].paragraph
                for i in range(index + 1, other)
            )
    return False


_SENTENCE_ENDS = ".!؟?»\"'…"


def _long_headline(lines: Sequence[_Line], index: int) -> bool:
    """A long line that ends no sentence, right above a paragraph that does: a headline.

    «وزیر کشور: ... / تاکید ...: ... + تصویر» (a two-part headline of 30-40 words)
    above «نواندیش: خبر ... شده است:» is the title, not the body's first paragraph.
    """
    line = lines[index]
    if line.words > LONG_HEADLINE_WORDS or line.text[-1] in _SENTENCE_ENDS + ":":
        return False
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (
        below is not None
        and below.paragraph
        and below.words > line.words
        and below.text[-1] in _SENTENCE_ENDS + ":"
    )


def _exclaimed_headline(lines: Sequence[_Line], index: int) -> bool:
    """A headline ending with «!» or «؟» over its header: a date or label line (not running
    text) within the next two lines, no paragraph before it («... سړکونه پاک کړئ!» /
    subtitle / «سی شنبه ۵ حوت ۱۳۹۹ ساعت ۰۸:۳۸» / body). A paragraph ending so is followed
    by running text instead.

    Or such a headline right under its header's date line, over the lead that opens with
    the report's credit («SOURCE ۱۴۰۳/۰۱/۱۹ - ۱۷:۲۷» / «... چقدر بود؟» / «به گزارش ...»): a
    lead opens so, the sentence over it is no part of it."""
    line = lines[index]
    if line.words > HEADLINE_MAX_WORDS or line.text[-1] not in _EXCLAIMED_ENDS:
        return False
    if (
        0 < index < len(lines) - 1
        and lines[index - 1].info.kind in ("date", "mixed")
        and lines[index + 1].paragraph
        and _REPORT_OPENING.match(lines[index + 1].norm) is not None
    ):
        return True
    for near in range(index + 1, min(len(lines), index + 1 + EXCLAIMED_HEADER_REACH)):
        below = lines[near]
        if below.paragraph:
            return False
        if below.info.kind in _HEADER_KINDS:
            return True
    return False


_EXCLAIMED_ENDS = frozenset("!؟?")
# How far below an exclaimed headline its date or label line may stand (a subtitle between).
EXCLAIMED_HEADER_REACH = 2
# A date line, with company or not (a Pashto weekday the grammar does not read is company),
# or a label line.
_HEADER_KINDS = frozenset({"date", "labels", "mixed"})


# The most words of a quoted headline («...» alone on its line).
QUOTED_HEADLINE_WORDS = 15


def _quoted_headline(lines: Sequence[_Line], index: int) -> bool:
    """A short quotation alone on its line, ending no sentence inside its marks and holding
    no label, right above a longer paragraph: a quoted headline («بیش از ۸ هزار کودک ...
    کار می‌کنند»), not the body."""
    line = lines[index]
    text = line.text
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (
        line.words <= QUOTED_HEADLINE_WORDS
        and text.startswith("«")
        and text.endswith("»")
        and text.count("«") == 1
        and text[-2] not in ".!؟?:؛،…"
        and ":" not in text  # «« پاسخ #31 : date »» marks a reply, with its label
        and "#" not in text
        and below is not None
        and below.paragraph
        and below.words > line.words
    )


def _quoted_subheading(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a quotation alone on its line right under a headline-shaped
    line that introduces nothing (no kicker's or sentence's end, no speaker or occasion named):
    a quoted subheading (a press review's first item) or an epigraph, not the headline.

    «برگزیده گزارش‌های روزنامه‌های صبح» / «نامزدها و وعده‌های اقتصادی» / body. Under a
    kicker («... گفت:») or a section's name of two words the quotation is the headline.
    """
    text = lines[index].text
    if index == 0 or not (text.startswith("«") and text.endswith("»")) or text.count("«") != 1:
        return False
    above = lines[index - 1]
    return (
        3 <= above.words <= HEADLINE_MAX_WORDS
        and above.info.kind == "text"
        and not above.paragraph
        and not above.chrome
        and not above.byline
        and above.text[-1] not in (*_KICKER_ENDS, ".", "»")
        and _verb_end(above) != "saying"
        and not _context_kicker(above)
    )


def _headline_printed_twice(lines: Sequence[_Line], index: int) -> bool:
    """A line of a headline's length that ends no sentence with a period, printed again right
    under it, over a longer paragraph: the headline printed twice (the page's title and the
    article's heading), not the body's first paragraph.

    A longer one (a quoted statement of up to LONG_HEADLINE_WORDS words) printed twice counts
    when a date or label line stands right under the second copy: the header under a headline,
    where a lead printed twice runs on into the body.
    """
    line = lines[index]
    if index + 2 >= len(lines) or line.words > LONG_HEADLINE_WORDS or line.text[-1] in ".…":
        return False
    if lines[index + 1].key != line.key:
        return False
    below = lines[index + 2]
    if line.words > HEADLINE_MAX_WORDS:
        return below.info.kind in _HEADER_KINDS
    # A view counter or a category's name may stand between the copies and the body.
    at = index + 2
    while at + 1 < len(lines) and at < index + 2 + FURNITURE_UNDER_COPIES and _furniture(below):
        at += 1
        below = lines[at]
    return below.paragraph and below.words > line.words


def _printed_around_header(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]`` is printed again right under its header (at most
    :data:`BODY_GAP` date, label or mixed lines), the second copy over a longer paragraph:
    «HEADLINE / • کد خبر : ID / • DATE - TIME / HEADLINE / lead» (khabran.ir, fix97). An
    item's own page prints its headline over and under its meta block; a list prints each
    item's headline once, so a site's «کل مطالب: 1272» counter above is no list's count."""
    line = lines[index]
    at = index + 1
    while at < len(lines) and at - index <= BODY_GAP and at not in outside:
        below = lines[at]
        if below.key == line.key:
            return (
                at > index + 1
                and at + 1 < len(lines)
                and lines[at + 1].paragraph
                and lines[at + 1].words > line.words
            )
        if below.info.kind not in _HEADER_KINDS:
            return False
        at += 1
    return False


# How many short lines (a view counter, a category's name) may stand between a headline
# printed twice and the body.
FURNITURE_UNDER_COPIES = 2


def _furniture(line: _Line) -> bool:
    """A short line of page furniture: a number alone (a view counter) or a name of up to
    :data:`SHORT_RIVAL_WORDS` words that ends no sentence (a category, a section)."""
    return (
        not line.paragraph
        and line.words <= SHORT_RIVAL_WORDS
        and line.text[-1] not in _SENTENCE_ENDS
        and line.info.kind in ("text", "counter")
    )


def _headline_twice_below(lines: Sequence[_Line], index: int) -> bool:
    """Whether a headline printed twice follows a paragraph before the next one.

    «description, views label, title, summary, title, body» (a site's teaser above
    the article): the headline printed twice marks where the article starts, so the
    paragraph above it does not start the body.
    """
    count = len(lines)
    for near in range(index + 1, min(count, index + 1 + BODY_GAP)):
        line = lines[near]
        if line.paragraph:
            return False
        if line.info.kind != "text" or not 3 <= line.words <= HEADLINE_MAX_WORDS:
            continue
        for other in range(near + 2, min(count, near + 4)):
            if lines[other].key == line.key:
                return True
    return False


def text_in(short: _Line, longer: _Line) -> bool:
    """Whether the short line's text stands inside the longer line (spaces folded)."""
    return short.key in longer.key  # the keys are these squashed texts, made once per line


def _subtitle(lines: Sequence[_Line], index: int, spaced: bool = False) -> bool:
    """Whether ``lines[index]`` opens with «درباره» (about) right under a headline-shaped line.

    «شایعه بلیت / درباره قیمت سفرهای ریلی»: a newspaper item's subtitle names what its
    short headline is about. Under a kicker («... گفت:») the line is the headline itself.
    """
    if index == 0 or _set_apart(lines[index], spaced) or not _TOPIC.match(lines[index].norm):
        return False
    above = lines[index - 1]
    return (
        2 <= above.words <= HEADLINE_MAX_WORDS
        and above.info.kind == "text"
        and above.text[-1] not in (*_KICKER_ENDS, ".")
    )


# An outline's section number of two levels or more at a line's start: «1.1. », «2.3.1 »
# (a decimal «1.5 میلیون» has no closing dot and one level only).
_OUTLINE_NUMBER = regex.compile(
    r"^[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}\.[\x20\u200c]|^[0-9]{1,2}(?:\.[0-9]{1,2}){2,3}[\x20\u200c]"
)
# An outline's first-level number «1. » at a line's start.
_OUTLINE_TOP = regex.compile(r"^([0-9]{1,2})\.[\x20\u200c]")
# A term glossed with its Latin name in brackets at a line's end («مقالات پژوهشی
# (Research papers)»), or anywhere in a line («چکیده (Abstract):»).
_LATIN_GLOSS_END = regex.compile(
    r"\p{Arabic}[^()]*\([\x20]*[A-Za-z][A-Za-z0-9\x20/&,.'\-]*\)[\x20]*$"
)
_LATIN_GLOSS = regex.compile(r"\p{Arabic}[\x20\u200c]*\([\x20]*[A-Za-z][A-Za-z0-9\x20/&,.'\-]*\)")
# Lines under a glossed heading searched for another glossed term of the text.
GLOSS_REACH = 6


def _section_heading(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a section heading of the text under the page's headline,
    by one of two shapes seen on guide and article pages:

    - an outline's number, «1.1. ...» (two levels or more), or «1. ...» with a second-level
      number of the same section within the next lines (tehranspeaker.com's «1. مقدمه ...» /
      «1.1. ...: ...» under the headline): numbered sections of the text;
    - a term glossed with its Latin name in brackets at the line's end, with more glossed
      terms in the lines under it («مقالات پژوهشی (Research papers)» over «چکیده
      (Abstract):», a journal's guide page, paykareh.scu.ac.ir's page_20.html): the text
      glosses its terms, and the line is its first subheading.

    Only under a line above (the first line of a text has no headline over it)."""
    if index == 0:
        return False
    line = lines[index]
    if line.info.kind != "text" or line.paragraph:
        return False
    norm = line.norm
    if _OUTLINE_NUMBER.match(norm):
        return True
    top = _OUTLINE_TOP.match(norm)
    end = min(len(lines), index + 1 + GLOSS_REACH)
    if top is not None:
        deeper = regex.compile(rf"^{top.group(1)}\.[0-9]{{1,2}}\.?[\x20\u200c]")
        return any(deeper.match(lines[other].norm) for other in range(index + 1, end))
    if not 2 <= line.words <= HEADLINE_MAX_WORDS or not _LATIN_GLOSS_END.search(line.text):
        return False
    above = lines[index - 1]
    return (
        above.info.kind == "text"
        and 2 <= above.words <= HEADLINE_MAX_WORDS
        and _LATIN_GLOSS.search(above.text) is None
        and any(_LATIN_GLOSS.search(lines[other].text) for other in range(index + 1, end))
    )


def _expands_heading(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` opens with the whole short line right above it and a colon,
    then says more: «واکسیناسیون حیوانات» / «واکسیناسیون حیوانات: سپر محافظ ...», a page's
    heading and the subheading that expands it (an H1 and its H2), not the title.

    A short line naming an office («وزیر نیرو» over «وزیر نیرو: طرح ... آغاز می‌شود») is a
    kicker naming the speaker of the quote headline under it: that line is the title."""
    if index == 0:
        return False
    above = lines[index - 1]
    line = lines[index]
    return (
        2 <= above.words <= LISTING_NAME_WORDS
        and above.info.kind == "text"
        and not above.paragraph
        and above.text[-1] not in (*_KICKER_ENDS, ".")
        and line.words > above.words + 1
        and line.key.startswith(above.key + ":")
        and not _names_office(above)
    )


# Words opening a question: «HEADING: چرا ... نمی‌برند» asks, a subheading, not a quote.
_QUESTION_OPENERS = frozenset({"چرا", "چگونه", "چطور", "آیا", "کدام", "کجا", "چه", "چقدر"})


def _name_over_a_quote(lines: Sequence[_Line], index: int) -> tuple[str, int] | None:
    """Why a heading over «HEADING: ...» that states with a finite verb is doubtful: the short
    line may be a bare name («محمدجواد ظریف») as a kicker over its quote headline
    («محمدجواد ظریف: ... آغاز می‌شود»), which is then the title. The line under it competes;
    a subheading that asks («HEADING: چرا ...») is no quote."""
    below = index + 1
    if below >= len(lines) or not _expands_heading(lines, below) or not _verb_end(lines[below]):
        return None
    rest = lines[below].norm.partition(":")[2].split(maxsplit=1)
    if not rest or rest[0] in _QUESTION_OPENERS:
        return None
    return "the line under it may be a quote headline naming this line's speaker", below


def _names_office(line: _Line) -> bool:
    """Whether the line opens with a person's title or office (:data:`vocab.SPEAKER_TITLE_WORDS`,
    its first word or first two words squeezed: «وزیر», «رئیس کل», «نایب رئیس»)."""
    words = line.norm.split(maxsplit=2)
    return squeeze(words[0]) in vocab.SPEAKER_TITLE_WORDS or (
        len(words) > 1 and squeeze(words[0] + words[1]) in vocab.SPEAKER_TITLE_WORDS
    )


# A headline that states an event ends with a finite verb; a kicker that ends with one
# introduces a quote (a verb of saying). A present or continuous verb: «می‌گیرند», «مي
# گيرند», «نمی‌شود»; a past or perfect one: a verb or an auxiliary from this list, or a
# third-person plural past («گرفتند», «آمدند»).
_PRESENT_PREFIXES = frozenset({"می", "نمی"})
_VERB_ENDINGS = frozenset(
    {
        "است", "اند", "بود", "بودند", "شد", "شدند", "نشد", "شود", "شوند", "نشود",
        "کرد", "نکرد", "کند", "کنند", "نکند", "داد", "دهد", "دهند", "گرفت", "گیرد",
        "گیرند", "یافت", "یابد", "رسید", "رسد", "رسند", "آمد", "آید", "رفت", "رود",
        "روند", "ماند", "ماندند", "زد", "زند", "خورد", "دارد", "دارند", "ندارد", "ندارند",
        "باشد", "باشند", "نیست", "هست", "هستند", "گذشت", "شکست", "افتاد", "پیوست",
    }
)  # fmt: skip
_SAYING_VERBS = frozenset({"گفت", "گفتند", "افزود", "نوشت", "پرسید", "گوید", "گویند"})
# «اعلام شد» (was announced) is a headline's passive; these two report a speaker.
_SAYING_PAIRS = frozenset({("یادآور", "شد"), ("معتقد", "است")})
_SAYING_NOUNS = frozenset(
    {
        "تاکید", "تأکید", "خبر", "اعلام", "تصریح", "بیان", "عنوان", "هشدار", "اظهار",
        "مطرح", "پاسخ", "توضیح", "خاطرنشان", "یادآوری", "اشاره", "انتقاد",
    }
)  # fmt: skip


def _verb_end(line: _Line) -> str:
    """How ``line`` ends: «saying» (a verb of saying: a kicker introducing a quote),
    «verb» (another finite verb: a headline stating an event) or «» (no verb found)."""
    words = line.norm.replace("\u200c", " ").rstrip("!؟?»\"'").split()
    if len(words) < 2:
        return ""
    last = words[-1]
    if line.text.rstrip().endswith(("?", "؟")):
        return "verb"  # a question («... چه می‌گوید؟») is a headline, never a speaker's kicker
    if (
        last in _SAYING_VERBS
        or (words[-2] in _SAYING_NOUNS and last.startswith(("کرد", "داد", "داشت")))
        or (words[-2], last) in _SAYING_PAIRS
    ):
        return "saying"
    if words[-2] in _PRESENT_PREFIXES and last.endswith(("د", "م")):
        return "saying" if last.startswith("گوی") else "verb"
    plural_past = len(last) >= 5 and last.endswith(("تند", "دند"))
    return "verb" if last in _VERB_ENDINGS or plural_past else ""


# A kicker naming where a thing was said or done: «در نشست ... مطرح شد», «با حضور ... برگزار
# شد». It opens with a preposition (_CONTEXT_OPENING: «در», «با», «به» ...) and ends with a
# passive of saying or of holding an event; the headline under it says what.
_CONTEXT_NOUNS = _SAYING_NOUNS | {"برگزار", "تشریح", "بررسی"}


def _context_kicker(line: _Line) -> bool:
    """Whether ``line`` is a kicker naming the occasion: «در شهر کتاب برگزار شد»."""
    if line.info.kind != "text" or not 3 <= line.words <= CONTEXT_KICKER_WORDS:
        return False
    words = line.norm.replace("\u200c", " ").split()
    return (
        len(words) >= 3
        and _CONTEXT_OPENING.match(line.norm) is not None
        and words[-1] in ("شد", "شدند")
        and words[-2] in _CONTEXT_NOUNS
    )


def _under_verb_headline(lines: Sequence[_Line], index: int, spaced: bool = False) -> bool:
    """Whether ``lines[index]`` is a subtitle: a phrase without a verb right under a
    headline that ends with one (not a verb of saying), or under a two-part headline
    («بررسی بازی NAME: SUBTITLE» over «رویارویی با ... در NAME»: :func:`_two_part_headline`).

    «كتابخانه هاي محله اي جان مي گيرند» / «گشايش دوازده كتابخانه تازه در ...»: a
    newspaper's headline states the event and its subtitle (سوتیتر) adds the detail. A
    kicker above a headline names a context («در نشست خبري ...») or a speaker («... تأکید
    کرد»), so under those the line is the headline itself. The headline shares a word
    with the subtitle or the lead under it (one story): a verse or another item's
    headline above a headline is no such pair.
    """
    line = lines[index]
    if index == 0 or line.info.kind != "text" or line.words < 3:
        return False
    above = lines[index - 1]
    if _set_apart(line, spaced) and not _set_apart(above, spaced):
        return False  # set apart from the headline more than the headline from its kicker
    if index >= 2 and lines[index - 2].text[-1] in _KICKER_ENDS:
        return False  # under a kicker or a list's label («تازه‌ترین‌ها:»): its headline or item
    if _context_kicker(above):
        return False  # under a kicker naming the occasion: the headline itself
    return (
        3 <= above.words <= HEADLINE_MAX_WORDS
        and line.words <= HEADLINE_MAX_WORDS
        and above.info.kind == "text"
        and not above.chrome
        and above.text[-1] not in (*_KICKER_ENDS, ".")
        and line.text[-1] not in (*_KICKER_ENDS, ".")
        and (_verb_end(above) == "verb" or _two_part_headline(above, line))
        and _verb_end(line) == ""
        and any(
            not _content_words(above).isdisjoint(_content_words(lines[near]))
            for near in range(index, min(len(lines), index + 2))
        )
    )


def _section_labelled(line: _Line) -> bool:
    """Whether ``line`` is a section's heading in the body: a document's section word, a
    colon, then the section's subject («مقدمه: فلسفه وجودی جذب سرمایه», «جمع بندی: ...»;
    :data:`vocab.DOCUMENT_SECTION_WORDS`). Under the headline it opens the text's first
    section; it names the section, not the page."""
    head, colon, rest = line.norm.partition(":")
    return bool(colon) and bool(rest.strip()) and _squash(head) in _DOCUMENT_SECTIONS


# Each side of a two-part headline's colon has at least this many words.
TWO_PART_WORDS = 2


def _two_part_headline(line: _Line, below: _Line) -> bool:
    """Whether ``line`` is a two-part headline over ``below``: a topic, a colon inside the
    line, then what about it («بررسی بازی NAME: SUBTITLE», «جذب سرمایه برای استارتاپ: از
    ایده تا ...»), each side of two words or more. A headline's form, not a kicker's: a
    kicker ends with its colon («... گفت:») or names a context without one. A label glued to
    the headline under it («تازه ترین: HEADLINE», a ticker over the article) is no topic:
    its head is chrome, or its rest is the line below."""
    head, colon, rest = line.norm.partition(":")
    return (
        bool(colon)
        and len(head.split()) >= TWO_PART_WORDS
        and len(rest.split()) >= TWO_PART_WORDS
        and ":" not in rest
        and not line.key.endswith(below.key)
        and not is_chrome_line(head)
    )


# Words too common to tie two lines to one story.
_FUNCTION_WORDS = frozenset(
    {
        "در", "از", "به", "با", "که", "را", "و", "این", "آن", "برای", "تا", "بر", "های",
        "ها", "ای", "همه", "هر", "یک", "خود", "نیز", "هم", "اما", "است", "شد", "می", "نمی",
    }
)  # fmt: skip


def _content_words(line: _Line) -> set[str]:
    """The words of ``line`` of three letters or more that are not function words."""
    return {
        word
        for word in line.norm.replace("\u200c", " ").split()
        if len(word) >= 3 and word not in _FUNCTION_WORDS
    }


def _slug_favours(rival: _Line, chosen: _Line, slug: str) -> bool:
    """Whether the address's slug (squashed) holds most of the rival line's content words
    (two or more) and none of the chosen line's: «/courses/وبینار-چگونه-نهایت-سرعت-را-برای-
    سئو-...» for «وبینار افزایش سرعت سایت برای سئو» over «خلاصه جلسه اول»."""
    words = _content_words(rival)
    held = sum(1 for word in words if word in slug)
    if held < SLUG_HELD_WORDS or 2 * held < len(words):
        return False
    return not any(word in slug for word in _content_words(chosen))


# The slug holds at least this many of a line's content words to speak for it.
SLUG_HELD_WORDS = 2
_NEARLY_SAME = "another line has nearly the same evidence"


def _restates(headline: _Line, line: _Line) -> bool:
    """Whether ``line`` (longer) repeats most of the content words of ``headline`` above
    it: a subtitle or a series line under the headline, not a rival to it."""
    if headline.info.kind != "text" or headline.chrome or headline.text[-1] in _KICKER_ENDS:
        return False
    words = _content_words(headline)
    if len(words) < RESTATED_WORDS or line.words <= headline.words:
        return False
    return len(words & _content_words(line)) * RESTATED_PART[1] >= len(words) * RESTATED_PART[0]


# A line restates a headline when it holds at least two thirds of its (two or more) content words.
RESTATED_WORDS = 2
RESTATED_PART = (2, 3)


def _speaker_kicker(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a kicker naming a speaker without a colon: it ends with
    a verb of saying («وزیر ... تأکید کرد») right above a headline-shaped line."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (
        below is not None
        and 3 <= line.words <= SENTENCE_WORDS + INTRO_WORDS
        and line.info.kind == "text"
        and _verb_end(line) == "saying"
        and 3 <= below.words <= HEADLINE_MAX_WORDS
        and below.info.kind == "text"
        and below.text[-1] not in (*_KICKER_ENDS, ".")
    )


def _kicker_opening_lead(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` ends with a verb of saying and the longer line right below
    it opens with its words: a kicker that the lead repeats and goes on from."""
    if index + 1 >= len(lines) or _verb_end(lines[index]) != "saying":
        return False
    line, below = lines[index], lines[index + 1]
    return below.words > line.words and _squash(below.norm).startswith(_squash(line.norm))


# A PDF viewer's page label, a line of its own: «Page 1», «P. 14», «صفحه 13».
_PAGE_LABEL = regex.compile(r"^[\x20]*(?:page|p\.|صفحه)[\x20]*[0-9]{1,4}[\x20]*$", regex.IGNORECASE)

# A list page's trail ending with its page number: «Хона блог саҳифа 608» (a Tajik theme's
# home, blog, page 608), «خانه › اخبار › صفحه 3», «Home / Blog / Page 2»: one to four names
# (the trail's items, marks between them) before a page word and its number, nothing after.
# A headline that ends so says where («... در صفحه 3»): a preposition before the page word
# keeps the line.
_PAGER_TRAIL = regex.compile(
    r"^[\x20]*(?P<items>(?:[\p{L}][\p{L}\p{M}\u200c]*[\x20\u200c›»>/|•·\-]*){1,4}?)"
    r"(?:page|صفحه|саҳифа|страница)[\x20]*[0-9]{1,5}[\x20]*$",
    regex.IGNORECASE,
)
PAGER_TRAIL_WORDS = 6
_PAGER_PREPOSITIONS = frozenset({"در", "به", "از", "on", "in", "at", "дар", "ба", "аз", "на"})


def _pager_trail(norm: str) -> bool:
    """Whether a line is a list page's trail ending with its page number (:data:`_PAGER_TRAIL`)."""
    found = _PAGER_TRAIL.match(norm)
    if found is None:
        return False
    words = regex.findall(r"[\p{L}][\p{L}\p{M}\u200c]*", found.group("items"))
    return bool(words) and words[-1].lower() not in _PAGER_PREPOSITIONS


# A masthead's issue number: «شماره ۵۳۶۶», «No. 5366» (digits made ASCII by normalize;
# «No» with its dot and a capital: an English «no 5» is no issue number).
_MASTHEAD_NUMBER = regex.compile(
    r"(?<![\p{L}\p{M}])(?:شماره|No\.|NO\.)[\x20\u200c]*:?[\x20\u200c]*(?P<issue>[0-9]{1,7})(?![0-9])"
)


def _masthead(line: _Line) -> tuple[Span, Span] | None:
    """A newspaper's masthead run into a line of a PDF text layer: an issue number
    («شماره ۱۵۵۵», «No. 5366») and a date printed with the weekday it falls on, anywhere in
    the line («... سه شنبه  16فروردین ماه 1401  3رمضان 1443 ... شماره 1555 ...»,
    «(Tehran Wednesday 15 May. 2013 No. 5366»). The issue number's and the date's spans
    in the document, or None.
    """
    text = line.text  # the raw text: a body line is not normalised for this test alone
    if not _masthead_words_in(text):
        return None
    number = _MASTHEAD_NUMBER.search(line.norm)
    if number is None:
        return None
    for read in iter_dates(text, base=line.start):
        stamp = read.stamp
        if stamp.weekday is not None and not read.issues and not stamp.has_time:
            start, end = number.span("issue")
            return (line.start + start, line.start + end), text_span(stamp)
    return None


def _masthead_words_in(text: str) -> bool:
    """Whether ``text`` holds a word every masthead line holds (:func:`_masthead`'s first test)."""
    return "شماره" in text or "No." in text or "NO." in text


def _masthead_lines(state: _State, end: int) -> Iterator[int]:
    """The lines before ``end`` that hold a masthead word, in order: where :func:`_masthead`
    may find something (it returns None on every other line).

    The words are looked for in the text (``str.find``, each word's next place kept, so the
    text is read once per word) and each place is mapped to its line, instead of one call
    per line: most pages print none of them, or once. Nothing is collected (a text of
    20,000 lines that all hold one costs no memory a line). A place that straddles two
    lines names a line :func:`_masthead` then refuses.
    """
    if end <= 0:
        return
    doc, starts = state.doc, state.starts
    stop = state.lines[end - 1].end
    nexts = [doc.find(word, 0, stop) for word in _MASTHEAD_WORDS]
    while True:
        at = min((place for place in nexts if place >= 0), default=-1)
        if at < 0:
            return
        index = bisect.bisect_right(starts, at) - 1
        if index >= 0:
            yield index
        pos = max(starts[index + 1] if index + 1 < len(starts) else stop, at + 1)
        nexts = [
            place if place < 0 or place >= pos else doc.find(word, pos, stop)
            for place, word in zip(nexts, _MASTHEAD_WORDS, strict=True)
        ]


# The words :func:`_masthead` looks for first (:func:`_masthead_words_in`).
_MASTHEAD_WORDS = ("شماره", "No.", "NO.")


# A periodical's name and issue number: «فصلنامه فرهنگی پیمان شماره 77», «ماهنامه X، شماره
# ۱۲۵، مهر ۱۴۰۱»: the kind of periodical first, «شماره» and digits after its name.
_PERIODICAL_ISSUE = regex.compile(
    r"^(?:دو[\x20\u200c]?)?(?:فصلنامه|ماهنامه|هفته[\x20\u200c]?نامه|گاهنامه|سالنامه|روزنامه"
    r"|نشریه|مجله)(?![\p{L}\p{M}])[^0-9]{0,60}?(?<![\p{L}\p{M}])شماره[\x20\u200c]*:?[\x20\u200c]*[0-9]{1,5}"
    r"(?![0-9])[\x20\u200c]*(?:[،,\-|][^\n]{0,40})?$"  # then the end, or a date after a separator
)
PERIODICAL_ISSUE_WORDS = 12


def _periodical_issue(lines: Sequence[_Line], index: int) -> bool:
    """A periodical's name with its issue number («فصلنامه فرهنگی پیمان شماره 77») printed
    once: the magazine's line over an article, never its title. Printed again nearby, it
    heads a page about the issue itself (a newsstand site's issue page), and may be."""
    line = lines[index]
    if line.words > PERIODICAL_ISSUE_WORDS or _PERIODICAL_ISSUE.match(line.norm) is None:
        return False
    near = range(max(0, index - LABEL_REACH_ABOVE), min(len(lines), index + LABEL_REACH_ABOVE))
    return not any(lines[other].key == line.key for other in near if other != index)


# A bibliographic page range: «(1 صفحه - از 77 تا 77)», «(12 صفحه)», «صفحات 12 تا 15»,
# «ص 12-15», «pp. 12-15» (a journal database's record), never a title.
_PAGE_RANGE = regex.compile(
    r"^\(?[\x20\u200c]*(?:[0-9]{1,4}[\x20\u200c]*صفحه(?:[\x20\u200c]*[\-،,][\x20\u200c]*"
    r"از[\x20\u200c]*[0-9]{1,4}[\x20\u200c]*تا[\x20\u200c]*[0-9]{1,4})?"
    r"|(?:صفحات|صفحه|ص\.?|pp?\.)[\x20\u200c]*[0-9]{1,4}[\x20\u200c]*(?:-|تا)[\x20\u200c]*[0-9]{1,4})"
    r"[\x20\u200c]*\)?$",
    regex.IGNORECASE,
)


# A table's row as text extraction writes it: cells separated by tabs.
TABLE_ROW_TABS = 2


def _table_row(line: _Line) -> bool:
    """A table's row, its cells separated by tabs («5<TAB>لیر ترکیه<TAB>TRY<TAB>9780»): a
    rate table's line or its header row, never a title."""
    return line.text.count("\t") >= TABLE_ROW_TABS


# A section heading's letter or number, then a dash (a kashida «ـ», «-»), a colon, a dot or
# a bracket: «الف ـ مدارس علمیه», «ب ـ مساجد»; «۱. ساعت ثابت بیدار شدن», «۲. نور صبحگاهی».
# (A numbered line alone is as often a list in the text; it is marked down by the title's
# score, not set aside: only with the next number's line below it is it a section.)
_SECTION_MARK = regex.compile(
    r"^[\x20\u200c]*(?P<mark>[\p{L}]{1,3}|[0-9۰-۹٠-٩]{1,2})[\x20\u200c]*[ـ\-–—:.)][\x20\u200c]*\p{L}"
)
# The orders sections are lettered in: abjad (الف ب ج د) and alphabetical (الف ب پ ت).
_SECTION_ORDERS = (
    ("الف", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط"),
    ("الف", "ب", "پ", "ت", "ث", "ج", "چ", "ح", "خ"),
)
# Lines below a lettered heading searched for the next one.
SECTION_REACH = 80


def _next_marks(mark: str) -> set[str]:
    if mark[0] in "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩":
        return {str(int(to_ascii_digits(mark)) + 1)}
    return {order[order.index(mark) + 1] for order in _SECTION_ORDERS if mark in order[:-1]}


def _lettered_section(lines: Sequence[_Line], index: int) -> bool:
    """A lettered section heading («الف ـ مدارس علمیه») with the next letter's below it
    («ب ـ مساجد»): a section of the text, never its title."""
    found = _SECTION_MARK.match(lines[index].text)
    if found is None:
        return False
    following = _next_marks(found.group("mark"))
    if not following:
        return False
    for other in range(index + 1, min(len(lines), index + 1 + SECTION_REACH)):
        near = _SECTION_MARK.match(lines[other].text)
        if near is not None and to_ascii_digits(near.group("mark")) in following:
            return True
    return False


def _volume_and_issue(line: _Line) -> bool:
    """A newspaper's volume and issue number on one line («سال نوزدهم شماره ۵۳۶۶ ...»,
    separators lost in a PDF text layer): a masthead, never the title."""
    norm = line.norm
    return (
        "شماره" in norm
        and "سال" in norm
        and ISSUE_VOLUME.search(norm) is not None
        and _MASTHEAD_NUMBER.search(norm) is not None
    )


# A label naming an author with its colon («نویسنده:», «گزارشگر :»), anywhere in a line.
_AUTHOR_LABEL = regex.compile(r"(?:" + any_case(vocab.LABELS["author"]) + r")[\x20\u200c]*:")
# A channel's or site's handle or address beside a pipe: «اسمارت بورس | smartbourse_com».
_HANDLE_PART = regex.compile(
    r"(?:^|\|)[\x20]*@?[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*(?:[_.][A-Za-z0-9-]+)+[\x20]*(?:\||$)"
    r"|(?:^|\|)[\x20]*@[A-Za-z0-9_.]+[\x20]*(?:\||$)"
)
# A person's name with an initial: «م. رهرو (کاوه)», «ع. پاکزاد».
_INITIAL_NAME = regex.compile(
    r"^\p{L}\.[\x20\u200c]*\p{L}+(?:[\x20\u200c]+\p{L}+)?(?:[\x20]*\([^()]*\))?$"
)
# The weekdays' names without spaces (what is left of a date line with its weekday).
_WEEKDAY_LETTERS = frozenset(
    {"", *(name.replace(" ", "") for name in vocab.WEEKDAYS if not "a" <= name[:1] <= "z")}
)
_NOT_LETTER = regex.compile(r"[^\p{L}]+")
NAME_MAX_WORDS = 4
# A blog's or site's advertisement link («سفارش تبلیغ»), squashed as :attr:`_Line.key`:
# never a list's name, nor a page's first-line title (by score it is a rival line).
_AD_LINKS = frozenset(
    {"سفارشتبلیغ", "سفارشتبلیغات", "تبلیغات", "سفارشآگهی", "درجآگهی", "رزروتبلیغات", "تبلیغدرسایت"}
)


# A blog theme's byline with its values left empty: «Posted on at», «Posted by», «نوشته
# شده در توسط» (a WordPress post whose date and author the theme did not print).
_EMPTY_BYLINE = regex.compile(
    r"[\x20]*(?:(?:posted|published|written)(?:[\x20]+(?:on|at|by|in))*"
    r"|(?:نوشته|ارسال|منتشر)[\x20\u200c]+شده(?:[\x20]+(?:در|توسط|ساعت|به))*)"
    r"[\x20:|,،.\-–]*",
    regex.IGNORECASE,
)


# A post titled by its number alone («#183»: a blog's numbered post).
_POST_NUMBER = regex.compile(r"^#[0-9]{1,6}$")


# A program's error message printed into the page, its origin first: Joomla's
# «JUser: :_load: Unable to load user with ID: 378» (a class, a method, then the message,
# in the site's language), PHP's «Warning: include(): ...», «Notice: Undefined index: ...»,
# «Deprecated: Function ...() is deprecated in ...», maybe after «PHP » as a CGI server
# prints them. PHP writes its messages in English only: a line holding Persian words after
# «Warning: mysql_connect():» is a tutorial's headline about that error (group ``php``).
_SOFTWARE_ERROR = regex.compile(
    r"^[\x20]*(?:"
    r"J?[A-Z][A-Za-z]+[\x20]*:[\x20]*:[\x20]*_?[a-z][A-Za-z_]*[\x20]*:"  # JUser: :_load:
    r"|(?P<php>(?:PHP[\x20]+)?"
    r"(?:Warning|Notice|Deprecated|Fatal[\x20]error|Strict[\x20]Standards)[\x20]*:"
    r"[^\n]*?(?:\(\)|[\x20]on[\x20]line[\x20][0-9]+|[\x20]in[\x20]/))"  # PHP's own forms
    r")"
)
# A publication's credit line in its masthead or footer: «صاحب امتیاز و مدیر مسئول: NAME»,
# «مدیرمسئول: NAME», «سردبیر : NAME» (the role alone before the colon; «سردبیر کیهان: ...»
# opens a quoted headline).
_CREDIT = regex.compile(
    r"^(?:صاحب[\x20\u200c]*امتیاز|مدیر[\x20\u200c]*مسئول|سردبیر)"
    r"(?:[\x20\u200c]+و[\x20\u200c]+(?:صاحب[\x20\u200c]*امتیاز|مدیر[\x20\u200c]*مسئول|سردبیر))?"
    r"[\x20\u200c]*:"
    # A compiler's credit, the label alone before its colon: «تنظیم : NAME - POST» (a
    # judges' journal's page, ghazavat.com, real32's sample), «تهیه و تنظیم: NAME». A
    # headline about regulating something names it before any colon («تنظیم بازار: ...»).
    r"|^(?:تهیه[\x20\u200c]+و[\x20\u200c]+)?تنظیم[\x20\u200c]*:"
)


# A newspaper's desk and its reporter on one line over the lead, bars after them («گروه
# راه و شهرسازی| NAME|»: taadolnewspaper.ir prints the lead on after the last bar): a desk of at
# most four words, a bar, a name of two or three words or none, and a closing bar or none. A
# headline after a desk's name is longer than a name («گروه هکری| به سایت ... حمله کرد»).
_DESK_WORD = r"[\p{L}\p{M}\u200c]+"
_DESK_BYLINE = regex.compile(
    rf"(?:{'|'.join(map(normalize, vocab.DESK_WORDS))})[\x20\u200c]+{_DESK_WORD}"
    rf"(?:[\x20\u200c,،]+{_DESK_WORD}){{0,3}}[\x20]*\|[\x20]*"
    rf"(?:{_DESK_WORD}(?:[\x20\u200c]+{_DESK_WORD}){{1,2}}[\x20]*\|?)?[\x20]*"
)
# An author's affiliation in a journal article's header: the author's number, then parts
# parted by commas (a department, a faculty, a university, a city) ending with the country,
# an e-mail address after it or not: «4 دندانپزشک، تهران، ایران», «1- گروه ...، دانشگاه ...،
# اراک، ایران.», «2 Department of ..., Tehran, Iran.». At least two commas: a numbered
# listicle's headline naming a country («۵ شهر دیدنی ایران») has none before it.
_AFFILIATION = regex.compile(
    r"[0-9]{1,2}[\x20]*[\-.)*]?[\x20]*[^,،|]+(?:[,،][^,،|]+)+[,،][\x20]*"
    rf"(?:{'|'.join(map(normalize, vocab.AFFILIATION_COUNTRIES))})[\x20]*\.?"
    r"(?:[\x20]*[,،]?[\x20]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?[\x20]*",
    regex.IGNORECASE,
)
_AFFILIATION_COUNTRY_ENDS = tuple(normalize(word) for word in vocab.AFFILIATION_COUNTRIES)
# A rating widget's scale, its labels run into one line by extraction («بی اهمیتکم
# اهمیتمتوسطمهمخیلی مهم»): at least three labels and nothing else, matched squeezed. A
# headline of scale words has other words or marks between them («خوب، بد، زشت»).
_RATING_SCALE = regex.compile(
    "(?:"
    + "|".join(
        sorted(
            {_squash(normalize(word)) for word in vocab.RATING_SCALE_WORDS}, key=len, reverse=True
        )
    )
    + "){3,}"
)
_RATING_SCALE_STARTS = tuple({normalize(word).split()[0] for word in vocab.RATING_SCALE_WORDS})
RATING_SCALE_MAX_CHARS = 80
# Names run together by extraction, each opening with the same two words («آشنایی با مراجع
# دادگستریآشنایی با مراجع قضایی»: a portal's category links, vakiel.com, real32's sample):
# the second copy of the opening glued to the last letter of the part before it, no space
# between. A headline repeating its words has a space or a mark before the repeat; a
# headline printed twice and glued («HEADLINEHEADLINE») is one text twice, not two names.
_GLUED_NAMES = regex.compile(
    r"(?P<head>(?P<first>\p{L}{3,})[\x20\u200c]+(?P<second>\p{L}+)(?:[\x20\u200c]+\S+)*?"
    r"(?<=\p{L}))(?P<tail>(?P=first)[\x20\u200c]+(?P=second)(?:[\x20\u200c]+\S+)*)"
)
GLUED_NAMES_MAX_CHARS = 120
# A list's notice that it holds nothing (a shop's empty category, a search with no result):
# «طرح یا اثری برای نمایش وجود ندارد!» (an art shop's category, honariran.org, real32's
# sample), «هیچ محصولی یافت نشد.» (WooCommerce's Persian notice), «موردی برای نمایش یافت
# نشد». «برای نمایش» and a verb of absence, or an item's word alone before «یافت نشد»: a
# headline saying that something is missing names what and where («هیچ راهی برای نجات
# دریاچه وجود ندارد!»).
_EMPTY_LIST_NOTICE = regex.compile(
    r"(?:^|.*[\x20\u200c])برای[\x20\u200c]+نمایش[\x20\u200c]+"
    r"(?:وجود[\x20\u200c]+ندارد|یافت[\x20\u200c]+نشد|موجود[\x20\u200c]+نیست)"
    r"|(?:هیچ[\x20\u200c]+)?(?:محصولی|موردی|مطلبی|کالایی|نتیجه[\x20\u200c]*ای)"
    r"[\x20\u200c]+(?:یافت|پیدا)[\x20\u200c]+نشد"
    r"(?:[\x20\u200c]+که[\x20\u200c]+[^.!؟?]*)?"
)
EMPTY_LIST_NOTICE_WORDS = 14


# MediaWiki prints its site's tagline under every title: «از ویکی‌پدیا، دانشنامهٔ آزاد», «از
# ویکی شیعه», «از ایران پدیا», «از ویکی فقه اهل بیت». A wiki's name holds «ویکی» or ends in
# «پدیا»; the line is «از», that name of at most four words, and the tagline's «دانشنامه ...»
# after a comma or not. A headline about a wiki goes on («از ویکی‌پدیا تا هوش مصنوعی ...»),
# or holds a particle, a question's word or a verb no wiki's name does («از ویکی‌لیکس تا
# اسنودن», «از ویکی‌پدیا خبری نیست», «از ویکی‌پدیا فارسی چه می‌دانیم»).
_WIKI_NAME_WORD = (
    r"(?!(?:تا|و|به|در|با|را|که|است|نیست|هست|شد|بود|خبری|چه|چرا|چگونه|کجا)(?![\p{L}\p{M}\u200c]))"
    r"[\p{L}\p{M}\u200c]+"
)
# A wiki's name of at most four words, and its tagline's «دانشنامه ...» (encyclopedia).
_WIKI_NAME_WORDS = _WIKI_NAME_WORD + r"(?:[\x20\u200c]+" + _WIKI_NAME_WORD + r"){0,3}"
_ENCYCLOPEDIA = r"دانشنامه[\p{L}\p{M}\u200c]*(?:[\x20\u200c]+[\p{L}\p{M}\u200c]+)?"
_WIKI_TAGLINE = regex.compile(
    r"از[\x20\u200c]+(?=[^،,]*(?:ویکی|پدیا(?![\p{L}])))"
    + _WIKI_NAME_WORDS
    + r"(?:[\x20]*[،,][\x20\u200c]*"
    + _ENCYCLOPEDIA
    + r")?[\x20]*"
)
# MediaWiki's note under a title reached by a redirect: «(تغییرمسیر از پزشکی مدرن)»,
# «(Redirected from Modern medicine)», the whole line in brackets.
_WIKI_REDIRECT = regex.compile(
    r"\([\x20]*(?:تغییر[\x20\u200c]*مسیر[\x20\u200c]+از|(?i:redirected\x20from))[\x20\u200c]+[^()]+\)[\x20]*"
)
# A list's archive label printed without the list's name («بایگانی برچسب», «آرشیو دسته‌بندی»,
# «Tag Archives»: a WordPress theme's heading whose name part the page lost or never printed;
# with the name it reads «آرشیو برچسب: NAME», tabalwor.com's, or «بایگانی‌های NAME»).
_BARE_ARCHIVE_LABEL = regex.compile(
    r"^[\x20]*(?:(?:بایگانی|آرشیو)(?:[\x20\u200c]*ها(?:ی)?)?[\x20\u200c]+"
    r"(?:برچسب|تگ|دسته|موضوع|نویسنده)(?:[\x20\u200c]*(?:ها|بندی|های))?"
    r"|(?i:(?:tag|category|author)\x20+archives?))[\x20]*:?[\x20]*$"
)
# A wiki's section heading with its edit link run into its end («تاریخچه[ویرایش]»,
# «جغرافیا[ویرایش مبدأ]», «History[edit]») or, in older skins, printed before it («[ویرایش]
# اجزا»): MediaWiki prints the link by every section's heading, never by the page's own
# heading (printed first, with no link).
_EDIT_LINK = (
    r"\[[\x20]*(?:ویرایش(?:[\x20\u200c]+(?:مبدأ|مبدا|منبع|کد))?|(?i:edit(?:\x20source)?))[\x20]*\]"
)
_WIKI_SECTION_EDIT = regex.compile(rf"^[\x20]*{_EDIT_LINK}|{_EDIT_LINK}[\x20]*$")
# A press archive's masthead line under a headline: a paper's name in Latin capitals, an
# empty part between doubled dashes and at most a section's short name («KHABAR JONOOB - -
# جنوب -», «ETEMAD - - -»). A headline holding a Latin name has no empty part.
_LATIN_MASTHEAD = regex.compile(
    r"[A-Z][A-Z0-9&'.]*(?:\x20[A-Z0-9&'.]+){0,4}[\x20]+-[\x20]+-"
    r"(?:[\x20]+[^\x20\-][^\-]{0,30}?)?(?:[\x20]+-)?[\x20]*"
)
# The tagline's words at most («از ویکی‌پدیا، دانشنامهٔ آزاد» is five).
WIKI_TAGLINE_WORDS = 6
# A source's or site's name printed before a bar with nothing after it, the story on the
# next lines («تین‌نیوز |», «اعتمادآنلاین|»), has at most this many words; a headline
# printed with a trailing bar is longer («سرپرست جدید فرمانداری ساری معارفه شد |»).
SOURCE_BAR_WORDS = 2


def _source_before_bar(norm: str) -> bool:
    """Whether a line is a name of at most SOURCE_BAR_WORDS words and a bar after it: a
    source's credit over the story, never its headline."""
    name = norm.rstrip().removesuffix("|").strip()
    return (
        bool(name)
        and "|" not in name
        and len(name.split()) <= SOURCE_BAR_WORDS
        and any(map(str.isalpha, name))
        and not any(char.isdigit() for char in name)
    )


# A contact line: a phone's, fax's or e-mail's label, a colon, and only numbers or an
# address («تلفنهای تماس: ۰۹۱۲...», «پست الکترونیک: name@example.com», «Tel: ...»).
_CONTACT_LINE = regex.compile(
    r"^(?:(?:شماره|شماره[\x20\u200c]*های|تلفن|تلفن[\x20\u200c]*(?:های|ها)|تلفن[\x20\u200c]+همراه"
    r"|موبایل|همراه|فکس|نمابر|شماره[\x20\u200c]+تماس)(?:[\x20\u200c]+تماس)?"
    r"|پست[\x20\u200c]+الکترونیک(?:ی)?|ایمیل|رایانامه|e-?mail|tel|phone|fax|mobile)"
    r"[\x20\u200c]*:[\x20\u200c]*"
    r"(?:[0-9+()\-\x20]{7,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[\x20\u200c]*$",
    regex.IGNORECASE,
)


# A tag of a run of tags has at least this many words (one word printed twice is a
# headline's rhetoric, «کم کم»; a phrase printed twice at once is a tag list).
TAG_RUN_WORDS = 2


def _tag_run(norm: str) -> bool:
    """Whether the line opens with a phrase of :data:`TAG_RUN_WORDS` words or more printed
    twice at once («پیش بینی هواشناسی پیش بینی هواشناسی امروز»): a page's tags run into one
    line, each opening with the same words, never the headline's first print above it
    however many of its words it holds. (It stays a candidate: «روزنامه شرق روزنامه شرق
    نارون», a masthead of the same shape, scores low by itself.)"""
    words = norm.replace("\u200c", "").split()
    return any(
        words[:size] == words[size : 2 * size] for size in range(TAG_RUN_WORDS, len(words) // 2 + 1)
    )


# A row of a specification table: a label of at most four words, a space, a colon and a
# number only («تيراژ :800», «وزن - به گرم :318», «نوبت چاپ : 2»: a book's or a product's
# sheet). A headline sets its colon against the word before it («نرخ تورم سالانه: 40»), and a
# name, a spaced colon and words is a quoted speaker's headline («ظریف : توافق»).
_FIELD_ROW = regex.compile(
    r"[\p{L}\p{M}\u200c]+(?:[\x20\u200c\-]+[\p{L}\p{M}\u200c]+){0,3}\x20+:[\x20]*[0-9][0-9,./]*[\x20]*"
)


# A site's notice to the reader about the text under it (aminikhaah.ir's «‼ توجه: متن زیر توسط
# هوش مصنوعی تایپ شده است ‼» over a lesson's transcript, a forum's «⚠ این تاپیک قفل شده است»,
# a shop's «❗ توجه: ...»): opened by a warning mark (‼ ⁉ ⚠ ❗ ❕ ⛔, the variation selector
# after it or not) or by «توجه» with a colon or «!». A headline that names a warning
# («هشدار پلیس درباره ...») opens with neither.
_READER_NOTICE = regex.compile(
    r"^[\x20]*(?:[\u203c\u2049\u26a0\u2757\u2755\u26d4]\ufe0f?[\x20]*)+\S"
    r"|^[\x20]*توجه[\x20]*[:!]"
)


def _reader_notice(norm: str) -> bool:
    """Whether a line is a site's notice to the reader (:data:`_READER_NOTICE`)."""
    return _READER_NOTICE.match(norm) is not None


# A post's age and its view count on one line, a dash or a bar between them («1 ماه قبل - 123
# بازدید», «۳ روز پیش | ۴۵ بازدید»): a list item's meta line, never a headline.
_AGE_AND_VIEWS = regex.compile(
    r"[\x20]*[0-9]{1,3}[\x20\u200c]*(?:"
    + "|".join(map(regex.escape, vocab.RELATIVE_UNITS))
    + r")[\x20\u200c]*(?:قبل|پیش)[\x20]*[-|–—•][\x20]*[0-9][0-9,]*[\x20\u200c]*(?:"
    + "|".join(map(regex.escape, vocab.COUNTER_WORDS))
    + r")[\x20]*"
)


# A journal's author list: at least AUTHOR_LIST_NAMES names parted by «؛», each of two to
# AUTHOR_NAME_WORDS words and no digit («علیرضا جباری؛ فرزانه محمودی میمند؛ ...»). A headline
# uses «؛» once or twice between clauses, and a clause is longer than a name.
AUTHOR_LIST_NAMES = 4
AUTHOR_NAME_WORDS = 4


def _author_list(norm: str) -> bool:
    """Whether a normalised line is a list of person names parted by «؛»."""
    names = [name.strip(" *") for name in norm.split(";")]  # (normalize turns «؛» into «;»)
    return len(names) >= AUTHOR_LIST_NAMES and all(
        2 <= len(name.split()) <= AUTHOR_NAME_WORDS
        and all(word.replace("\u200c", "").isalpha() for word in name.split())
        for name in names
    )


# A table's header row run into one line: at least COLUMN_NAMES column names, which make at
# least COLUMN_SHARE of its words, and no mark a phrase has («سرویس پکیج لینک بها تعداد ...
# تاریخ وضعیت کد رهگیری»). A headline naming a few of them («قیمت خودرو، تاریخ تحویل و
# وضعیت ثبت نام») has fewer, its other words between them.
COLUMN_NAMES = 5
COLUMN_SHARE = 0.75
_COLUMN_NAMES = frozenset(normalize(word) for word in vocab.COLUMN_NAME_WORDS)
_COLUMN_TWO_WORDS = frozenset(word for word in _COLUMN_NAMES if " " in word)
# Every word a column name is made of: a word outside them is never covered by a name.
_COLUMN_NAME_PARTS = frozenset(part for name in _COLUMN_NAMES for part in name.split())
_NOT_COLUMN_NAME_CHAR = regex.compile(r"[^\p{L}\p{M}\x20\u200c]")


def _may_name_columns(words: Sequence[str]) -> bool:
    """Whether column names could cover ``words`` as :func:`_column_header` asks: each
    distinct word outside every name (:data:`_COLUMN_NAME_PARTS`) is at least one word no name
    covers, so with too many of them the names cannot make their count or their share. A set
    test in C, never false where :func:`_column_names_cover` is true."""
    most = len(words) - len(set(words).difference(_COLUMN_NAME_PARTS))
    return most >= COLUMN_NAMES and most >= COLUMN_SHARE * len(words)


def _column_names_cover(words: Sequence[str]) -> bool:
    """Whether column names (a two-word one first) make at least COLUMN_NAMES of ``words``
    and cover at least COLUMN_SHARE of them."""
    names = covered = 0
    at = 0
    while at < len(words):
        pair = " ".join(words[at : at + 2])
        if at + 1 < len(words) and pair in _COLUMN_TWO_WORDS:
            names, covered, at = names + 1, covered + 2, at + 2
            continue
        if words[at] in _COLUMN_NAMES:
            names, covered = names + 1, covered + 1
        at += 1
    return names >= COLUMN_NAMES and covered >= COLUMN_SHARE * len(words)


def _column_header(norm: str) -> bool:
    """Whether ``norm`` is a table's header row: a run of column names and little else.

    The set test comes first: the mark search, in the regex module, tries a failing search at
    every offset of a line without a mark (about 13,700 instructions on the seed's headline
    of 68 characters, compiled; 46,600 with the pattern given as a string)."""
    words = norm.replace("\u200c", " ").split()
    if not _may_name_columns(words):
        return False
    if _NOT_COLUMN_NAME_CHAR.search(norm):
        return False  # a mark, a digit: a phrase or a row's values, not the column names
    return _column_names_cover(words)


_DESK_STARTS = tuple(normalize(word) for word in vocab.DESK_WORDS)


def _affiliation(norm: str) -> bool:
    """Whether a normalised line opening with a digit is an author's numbered affiliation
    (:data:`_AFFILIATION`); the country's name is looked for first, a test in C."""
    folded = norm.lower()
    return any(country in folded for country in _AFFILIATION_COUNTRY_ENDS) and (
        _AFFILIATION.fullmatch(norm) is not None
    )


# A post's date line: a few words and «تاریخ» before the date («نگارش در تاريخ ...»: blogfa;
# «ارسال شده در تاریخ ...»: blog.ir), «Posted on», and after it nothing or its author after
# «توسط» / «نویسنده» / «by» («... آبان 1393 توسط ابراهیم ثابت»). A headline that holds a date
# goes on with its verb («... در تاریخ ۲۲ بهمن آغاز می‌شود»). A blog post's footer says
# «written on» with no «تاریخ» («+ نوشته شده در  سه شنبه 10 آبان1390ساعت 14  توسط HB  |»,
# khamir.blogfa.com, Blogfa's «+» before it and a pipe after the author; «ارسال شده در»,
# «منتشر شده در»), or «Posted by NAME on DATE»: a byline, never a headline (fix97).
_DATE_LINE_LEAD = regex.compile(
    r"[+\x20\u200c]*(?:"
    r"(?:[\p{L}\p{M}\u200c]+[\x20\u200c]+){0,3}?"
    r"(?:تاریخ|(?i:date|(?:posted|published)[\x20]+on))"
    r"|(?:نوشته|ارسال|منتشر)[\x20\u200c]*شده[\x20\u200c]+در"
    r"|(?i:(?:posted|written|published)[\x20]+by(?:[\x20]+[\p{L}\p{M}.]+){1,3}[\x20]+on)"
    r")[\x20\u200c]*[:：]?[\x20\u200c]*"
)
_DATE_LINE_TAIL = regex.compile(
    r"[\x20\u200c\-|،,]*(?:(?:توسط|نویسنده|(?i:by))[\x20\u200c]*[:：]?"
    r"(?:[\x20\u200c]*[\p{L}\p{M}\u200c.]+){1," + str(NAME_MAX_WORDS) + r"})?[\x20\u200c|]*"
)


def _post_date_line(line: _Line, first: DateRead, last: DateRead) -> bool:
    """Whether ``line`` is a post's date line (:data:`_DATE_LINE_LEAD`, :data:`_DATE_LINE_TAIL`)
    around its dates ``first`` to ``last``, ending in no verb: header furniture however often
    it is printed, never a headline."""
    text = line.text
    start, end = text_span(first.stamp)[0], text_span(last.stamp)[1]
    return (
        _DATE_LINE_LEAD.fullmatch(normalize(text[:start])) is not None
        and _DATE_LINE_TAIL.fullmatch(normalize(text[end:])) is not None
        and _verb_end(line) != "verb"
    )


# The separators of a breadcrumb's crumbs («صفحه اصلی / اخبار /», «خانه » اخبار »»).
_PATH_SEPARATORS = frozenset("/»>›")


def _trailing_separator(text: str) -> bool:
    """Whether ``text`` ends with a breadcrumb's separator standing alone after its last
    crumb («سخن روز /», the page's name cut off after it, esfahan.corc.ir's DorsaPortal
    trail): a space before it, or the same separator between crumbs before it. A «»» that
    closes a quotation («... «ما پیروز می‌شویم»») is no separator, nor is a slash glued to
    a word with none before it («۱۴۰۲/»). A crumb names a section: a line with a digit
    («450,000 تومان /», a price per night) is something else."""
    stripped = text.rstrip()
    mark = stripped[-1]
    before = stripped[:-1]
    if (mark == "»" and before.count("«") >= before.count("»") + 1) or any(
        map(str.isdigit, before)
    ):
        return False
    return bool(before.strip()) and (before[-1:].isspace() or mark in before)


# A list item that is one link, in Markdown syntax, on a page too plain to be read as Markdown
# (one link, no heading): «  * [د وزیر په هکله](/ps/page/minister)», a ministry's menu entry
# (old.moj.gov.af's page as a converter prints it). A headline printed as a list's link is a
# list's item, never the page's own headline.
_LIST_LINK = regex.compile(r"[\x20\t]*[*+\-][\x20\t]+\[[^\[\]\n]+\]\([^()\s]*\)[\x20\t]*")


# A count of minutes or seconds alone on its line («37 دقیقه»): the value of a reading
# time's or a clip's label printed on the line above it («مدت زمان خواندن:» / «37 دقیقه»,
# each in its own element), or a reading time with its word after it («۵ دقیقه مطالعه»,
# one of the header's reading-time forms), never a headline.
_DURATION_ALONE = regex.compile(
    r"^[\x20]*[0-9]{1,3}[\x20\u200c]*(?:دقیقه|ثانیه)"
    r"(?:[\x20\u200c]*(?:زمان[\x20\u200c]*)?(?:مطالعه|خواندن))?[\x20]*$"
)


# A forum's or blog's notice about the post itself, maybe a list bullet before it: «• این
# پست شر شده میباشد» (mihanpet.ir, real29 #29), «این موضوع بسته شده است», «این مطلب ویرایش
# شده است», «این پست توسط مدیر انجمن ویرایش شده است», «این پست ۲ بار ویرایش شده است». It
# names «this post» and what a forum does to a post (closed, locked, edited, moved, shared),
# never the story: no headline. («این موضوع در مجلس بررسی شده است» is a statement's.)
_POST_NOTICE = regex.compile(
    r"[\x20\u200c•*\-]*این[\x20\u200c]+(?:پست|موضوع|تاپیک|مطلب|نوشته|ارسال)"
    r"(?:[\x20\u200c]+\S+){0,4}?[\x20\u200c]+"
    r"(?:بسته|قفل|ویرایش|حذف|پاک|شر|شیر|منتقل|ادغام|سنجاق|پین|مخفی|بایگانی|آرشیو)"
    r"[\x20\u200c]+شده"
    r"(?:[\x20\u200c]*(?:است|اند|میباشد|می[\x20\u200c]*باشد))?[\x20\u200c.!]*"
)
# The same notice naming what the site did to the post with a longer reason: «این پست به
# دلیل تخلف حذف شده است.», «این موضوع به درخواست نویسنده قفل شده است»: a moderator's verb
# right before «شده» (removed, closed, edited, locked, wiped, blocked, merged); a headline's
# «... بررسی شده است» (four words and another verb) stays one.
_MODERATED_POST = regex.compile(
    r"[ ‌•*\-]*این[ ‌]+(?:مطلب|پست|موضوع|تاپیک|نوشته|ارسال)"
    r"(?:[ ‌]+[^\W\d_]+){0,6}[ ‌]+(?:حذف|بسته|ویرایش|قفل|پاک|مسدود|ادغام)"
    r"[ ‌]+شده(?:[ ‌]*(?:است|اند|میباشد|می[ ‌]*باشد))?[ ‌.!]*"
)
# An e-mail address alone on its line, its label before it or not: «info@nasimradio.com» under
# a contact block's call and phone number (nasimradio.com, tests/pages/1382), «ایمیل:
# news@site.ir», «Email: ...», a Markdown mail link «[X@Y](mailto:X@Y)»; the label may name
# the address («آدرس ایمیل:», «نشانی پست الکترونیکی:», «Email address:»). A headline is no
# address.
# A document's section heading with a note in brackets after it: «مقدمه (از آیین نامه ها)»
# (a ministry's regulation page, behdasht.gov.ir, real29 #44), «چکیده (فارسی)»: the heading
# (group 1) is :data:`_DOCUMENT_SECTIONS`'s, the note of a few words says where it is from.
_NOTED_SECTION = regex.compile(
    r"[\x20]*([^\W\d_]+(?:[\x20\u200c]+[^\W\d_]+){0,2})[\x20]*\([^()]{1,60}\)[\x20]*"
)
_EMAIL_ALONE = regex.compile(
    r"[\x20]*(?:(?:(?:آدرس|نشانی)[\x20\u200c]+)?"
    r"(?:e-?mail(?:[\x20]+address)?|ایمیل|پست[\x20\u200c]+الکترونیک(?:ی)?|رایانامه)"
    r"[\x20]*:?[\x20]*)?"
    r"\[?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+(?:\]\(mailto:[^()\s]+\))?[\x20]*",
    regex.IGNORECASE,
)


def _never_title(line: _Line) -> str:
    """Why ``line`` can never be the title (a short phrase), or «» when it may be.

    A line without a letter (a view counter «۶۵», a rating), a date with at most its
    weekday («۱۳۹۱ دی ۱۰, یکشنبه»: a blog's date header the grammar reads only in part),
    a line holding an author's label and a date (a headline glued to «نویسنده: NAME -
    ۱۳۹۳/۱۲/۲۰» is a byline line), a channel's or site's name beside its Latin handle or
    address («... | smartbourse_com»), a name with an initial («م. رهرو (کاوه)»), and a
    site's clock (:func:`_clock`).
    """
    text = line.text
    norm = line.norm
    if not any(map(str.isalpha, text)) and not _POST_NUMBER.match(norm):
        return "no letter"
    if _ascii_digit_in(norm):  # (every test of this block needs one: see _ascii_digit_in)
        dates = list(iter_dates(text))
        if dates:
            rest = text
            for read in reversed(dates):
                start, end = text_span(read.stamp)
                rest = rest[:start] + " " + rest[end:]
            if _NOT_LETTER.sub("", normalize(rest)) in _WEEKDAY_LETTERS:
                return "a date"
            if text.lstrip().startswith("(") and (
                sum(1 for word in rest.split() if any(map(str.isalpha, word)))
                <= DATELINE_NAME_WORDS
            ):
                # «( کابل ټيليګراف (سلواغې ۲۷– ۱۴۰۳ لمريزکال )»: a source's or a place's
                # dateline in brackets, printed over the story.
                return "a dateline (a source and a date in brackets)"
            if _AUTHOR_LABEL.search(norm):
                return "a byline with a date"
            if _post_date_line(line, dates[0], dates[-1]):
                return "a post's date line (a labelled date, an author after it)"
        elif _UNREAD_DATE.fullmatch(norm) or _UNREAD_NUMERIC_DATE.fullmatch(norm):
            return "a date the grammar does not read"
        if norm.startswith("مصوب") and _APPROVAL_NOTE.match(norm):
            return "a document's approval line («مصوب DATE BODY»), under its title"
        if _imprint(line):
            return "a book's imprint (its edition, city, publisher and year)"
        if line.words <= CLOCK_WORDS and _clock(norm):
            return "a clock (a weekday or a time with a day and month, nothing else)"
        if _DURATION_ALONE.match(norm):
            return "a duration alone (a reading time's or a clip's length under its label)"
    if line.words >= COLUMN_NAMES and _column_header(norm):
        return "a table's header row (its column names run into one line)"
    if list_count(norm):
        return "a list's item count («تعداد اخبار امروز : 0 خبر»)"
    if _EMPTY_BYLINE.fullmatch(norm):
        return "a byline template with its date and author left empty"
    if "](" in text and _LIST_LINK.fullmatch(text):
        return "a list item's link in Markdown syntax (a menu's entry: «* [NAME](/page)»)"
    if "_" in text and _FILE_NAME.fullmatch(text):
        return "a file's name (an image's, printed in place of its caption)"
    if text.lstrip()[:1].isascii() and _glued_file_name(text):
        return "an image's file name glued to prose (a picture's name run into its caption or text)"
    if "_" in text and _USER_NAME.fullmatch(text):
        return "a user name (words joined by «_»: a forum post's author)"
    if line.words == 1 and _CODE.fullmatch(text):
        return "a code (digits with Latin letters in one token: a document's or item's ID)"
    if "این" in norm and _POST_NOTICE.fullmatch(norm):
        return "a forum's notice about the post itself («این پست ... شده است»)"
    if "این" in norm and _MODERATED_POST.fullmatch(norm):
        return "a forum's notice of what was done to the post («... حذف شده است»)"
    if "@" in text and _EMAIL_ALONE.fullmatch(text):
        return "an e-mail address (a contact block's), alone or with its label"
    if line.words <= DOCUMENT_SECTION_WORDS and _squash(norm) in _DOCUMENT_SECTIONS:
        return "a document's section heading"
    if (
        norm.endswith(")")
        and (noted := _NOTED_SECTION.fullmatch(norm)) is not None
        and _squash(noted.group(1)) in _DOCUMENT_SECTIONS
    ):
        return "a document's section heading with its note in brackets"
    if "|" in text and _HANDLE_PART.search(text):
        return "a name beside a handle"
    if "|" in text and _site_banner(text):
        return "a site's name printed in its forms (a banner)"
    if text.count("|") >= MENU_ITEMS - 1 and _menu_items(text):
        return "a menu's items run into one line"
    if line.words <= NAME_MAX_WORDS and _INITIAL_NAME.match(norm):
        return "a name with an initial"
    if line.words == 2 and _ALL_OF_A_KIND.fullmatch(norm):
        return "a menu's link to every item of a kind («Все игры», «All news», «همه اخبار»)"
    if (
        "](" in norm
        and (link := _LINK_ALONE.fullmatch(norm)) is not None
        and _ALL_OF_A_KIND.fullmatch(link.group(1))
    ):
        return "a menu's link to every item of a kind in Markdown syntax («[همه اخبار](/news)»)"
    if line.words <= AGENCY_DATELINE_WORDS and _agency_initials_dateline(text):
        return "a dateline (a place, a dash and an agency's initials: «برلين ـ د ب أ»)"
    if ":" in norm and _CREDIT.match(norm):
        return "a publication's credit line"
    if (
        ":" in text
        and (error := _SOFTWARE_ERROR.match(text)) is not None
        and (error.group("php") is None or _ARABIC_LETTER.search(text) is None)
    ):
        return "a program's error message («JUser: :_load: ...», «Warning: include(): ...»)"
    if (
        norm.startswith("از")
        and line.words <= WIKI_TAGLINE_WORDS
        and _WIKI_TAGLINE.fullmatch(norm)
        and not _verb_end(line)
    ):
        return "a wiki's tagline («از ویکی‌پدیا، دانشنامهٔ آزاد»: MediaWiki's line under a title)"
    if line.words <= PAGER_TRAIL_WORDS and text[-1:].isdigit() and _pager_trail(norm):
        return "a list page's trail ending with its page number («Home blog page 608»)"
    if " - -" in text and _LATIN_MASTHEAD.fullmatch(text):
        return "a press archive's masthead (a paper's Latin name, an empty part, its section)"
    if line.words <= BARE_ARCHIVE_LABEL_WORDS and _BARE_ARCHIVE_LABEL.match(norm):
        return "a list's archive label without the list's name («بایگانی برچسب»)"
    if "[" in text and _WIKI_SECTION_EDIT.search(text):
        return "a wiki's section heading, its edit link after it («...[ویرایش]»)"
    if text[0] == "(" and _WIKI_REDIRECT.fullmatch(norm):
        return "a wiki's redirect note («(تغییرمسیر از NAME)»: the name asked for, not the title)"
    if text.rstrip().endswith("|") and _source_before_bar(norm):
        return "a source's name before a bar, the story under it («تین‌نیوز |»)"
    if "|" in norm and norm.startswith(_DESK_STARTS) and _DESK_BYLINE.fullmatch(norm):
        return "a newspaper's desk and its reporter, bars after them («گروه ...| NAME|»)"
    if "0" <= norm[:1] <= "9" and _affiliation(norm):
        return "an author's numbered affiliation («1 گروه ...، دانشگاه ...، تهران، ایران»)"
    if (
        len(norm) <= RATING_SCALE_MAX_CHARS
        and norm.startswith(_RATING_SCALE_STARTS)  # (a test in C before the squeezed match)
        and _RATING_SCALE.fullmatch(_squash(norm))
    ):
        return "a rating widget's scale run into one line («بی اهمیتکم اهمیتمتوسطمهم»)"
    if (
        len(norm) <= GLUED_NAMES_MAX_CHARS
        # (a cheap test first: the first word, up to a space or a ZWNJ, comes again)
        and (head := norm.split(" ", 1)[0].split("\u200c", 1)[0]) in norm[len(head) :]
        and (glued := _GLUED_NAMES.fullmatch(norm)) is not None
        # (one text printed twice and glued is a headline's two prints: _doubled_title's)
        and not _squash(glued.group("tail")).startswith(_squash(glued.group("head")))
    ):
        return "names run together, each opening with the same words (a menu's links)"
    if (
        line.words <= EMPTY_LIST_NOTICE_WORDS
        and ("نشد" in norm or "ندارد" in norm or "نیست" in norm)
        and _EMPTY_LIST_NOTICE.fullmatch(norm.rstrip(" .!")) is not None
    ):
        return "a list's notice that it holds nothing («... برای نمایش وجود ندارد!»)"
    if norm.count(";") >= AUTHOR_LIST_NAMES - 1 and _author_list(norm):
        return "a list of authors' names parted by «؛»"
    if _AGE_AND_VIEWS.fullmatch(norm):
        return "a post's age and its view count («1 ماه قبل - 123 بازدید»)"
    if _reader_notice(norm):
        return "a notice to the reader («‼ توجه: ... ‼», «⚠ ...»), not a headline"
    if " :" in norm and _FIELD_ROW.fullmatch(norm):
        return "a specification table's row (a label, a spaced colon and a number)"
    if ":" in norm and _CONTACT_LINE.match(norm):
        return "a contact line (a phone number or an e-mail address after its label)"
    if _reader_prompt(line):
        return "a prompt to sign up or log in"
    if text.rstrip()[-1:] in _PATH_SEPARATORS and _trailing_separator(text):
        return "a breadcrumb ending with its separator («سخن روز /», «خانه » اخبار »»)"
    if _may_be_form(norm) and len(_FORM_FIELD.findall(norm)) >= FORM_FIELDS:
        return "a login form"
    if _may_greet(norm) and _GREETING.match(_NOT_LETTER.sub("", norm)):
        return "a greeting"
    if _greets_readers(norm) and not _hello(line):
        # (a greeting alone is :func:`_hello`'s, which leaves the page's title in doubt)
        return "a writer's greeting to the readers, which opens a post's body"
    if (
        "محترم" in norm
        and _SALUTATION.search(norm)
        and line.words <= SALUTATION_WORDS
        and not _verb_end(line)
    ):
        return "a letter's salutation"
    if (
        ("سایت" in norm[:8] or "رتال" in norm[:6] or "وبگاه" in norm[:5])  # (a cheap test)
        and _SITE_LINK.match(norm)
        and line.words <= SITE_LINK_WORDS
        and not _verb_end(line)
    ):
        return "a link to a site"
    return ""


# A menu's link to every item of a kind, alone on its line: «all» and one word in Latin or
# Cyrillic letters («Все игры», a Russian social network's community menu on my.mail.ru;
# «All news», «Alle Videos»), and in Persian or Arabic «all» and a plural of a site's kinds of
# items («همه اخبار», «كل الأخبار»): never a headline (a two-word headline opening with «all»
# in Persian, «همه پرسی», names no kind of item).
_ALL_OF_A_KIND = regex.compile(
    r"[\x20]*(?:(?i:all|все|всё|alle|tous|toutes|todos|todas|tutti|tutte)[\x20]+"
    r"[\p{Latin}\p{Cyrillic}]+"
    r"|(?:همه|تمام|تمامی|كل|کل|جميع|جمیع)[\x20\u200c]+(?:ی[\x20\u200c]+)?"
    r"(?:اخبار|خبرها|مطالب|مقالات|ویدیوها|ویدئوها|فیلمها|عکسها|تصاویر|پستها|نوشتهها"
    r"|الاخبار|الأخبار|المقالات|الفیدیوهات|الفيديوهات|الصور))[\x20]*"
)


# A line that is one Markdown link and nothing else, «[LABEL](ADDRESS)»: a Markdown twin prints
# a menu's lone link so (html2text); its label is read as the line would be.
_LINK_ALONE = regex.compile(r"[\x20\t]*\[([^\[\]\n]+)\]\([^()\s]*\)[\x20\t]*")


# A dateline alone on its line: a place of one or two words, a dash (a tatweel set apart by
# spaces as well: «برلين ـ د ب أ»), then a news agency's initials, two to four single letters
# each followed by a space or a dot («د ب أ», «أ.ف.ب», «A F P»): the report's source, printed
# over its lead on an AMP copy or a print page, never a headline.
_SPACED_TATWEEL = regex.compile(r"\x20\u0640+\x20")
_AGENCY_INITIALS_DATELINE = regex.compile(
    r"^[\x20]*[\p{L}\p{M}]+(?:\x20[\p{L}\p{M}]+)?[\x20]*[-\u2013\u2014][\x20]*"
    r"(?:[\p{L}--\u0640][.\x20]){1,3}[\x20]*[\p{L}--\u0640]\.?[\x20]*$",
    regex.V1,
)
AGENCY_DATELINE_WORDS = 7


def _agency_initials_dateline(text: str) -> bool:
    """Whether a line is a dateline alone: a place, a dash and an agency's initials
    («برلين ـ د ب أ», «باريس - أ ف ب»), see :data:`_AGENCY_INITIALS_DATELINE`."""
    if "-" not in text and "\u0640" not in text and "\u2013" not in text and "\u2014" not in text:
        return False
    return _AGENCY_INITIALS_DATELINE.match(_SPACED_TATWEEL.sub(" - ", text)) is not None


# A word naming a site, before its name in a banner: «سایت روزنو», «پایگاه خبری ...».
_SITE_WORD = regex.compile(
    r"^(?:سایت|وب[\x20\u200c]*سایت|وبگاه|پورتال|پایگاه(?:[\x20\u200c]+خبری)?"
    r"(?:[\x20\u200c]+(?:اطلاع[\x20\u200c]*رسانی|تحلیلی))?)[\x20\u200c]+"
)
# A site's name in a banner has at most this many words; its Latin spelling at most
# LATIN_NAME_WORDS.
SITE_NAME_WORDS = 4
LATIN_NAME_WORDS = 3


def _site_banner(text: str) -> bool:
    """Whether a line is a site's banner: its name printed in its forms, parted by bars, the
    same name at least twice (alone or after «سایت», «پایگاه خبری» ...), a Latin spelling
    beside them or not: «سایت روزنو | روزنو | Roozno». A headline never repeats itself
    across bars; «HEADLINE | SITE» names two things."""
    parts = [part.strip() for part in text.split("|")]
    if len(parts) < 2 or not all(parts):
        return False
    names = []
    for part in parts:
        if part.isascii():
            if len(part.split()) > LATIN_NAME_WORDS:
                return False
            continue
        norm = normalize(part)
        name = _SITE_WORD.sub("", norm)
        if len(name.split()) > SITE_NAME_WORDS:
            return False
        names.append(_squash(name))
    return len(names) >= 2 and len(set(names)) == 1


# Month names of every calendar the grammar reads.
_MONTH_NAMES = (
    *vocab.JALALI_MONTHS,
    *vocab.JALALI_MONTHS_LATIN,
    *vocab.AFGHAN_MONTHS,
    *vocab.GREGORIAN_MONTHS_FA,
    *vocab.DARI_GREGORIAN_MONTHS,
    *vocab.ENGLISH_MONTHS,
)
_MONTH_NAME = regex.compile(any_case(_MONTH_NAMES))
_WEEKDAY_NAME = regex.compile(any_case(vocab.WEEKDAYS))
_CLOCK_TIME = regex.compile(r"(?<![0-9])[0-9]{1,2}:[0-9]{2}")
# The parts of the day a time is told by («ساعت ۱۱ صبح», «ساعت ۵ بعدازظهر», «ساعت ۱۱ ق.ظ»),
# and «روز» before the weekday («ساعت ۱۰ صبح روز سه شنبه ۹ تیر»).
_DAY_PARTS = (
    "صبح",
    "ظهر",
    "بعدازظهر",
    "بعد از ظهر",
    "قبل از ظهر",
    "ق.ظ",
    "ب.ظ",
    "عصر",
    "شب",
    "بامداد",
    "روز",
)
# A site's clock: weekday and month names, «ساعت», numbers and times only, glued by
# extraction or not («دوشنبه ۳۱ اردیبهشتساعت ۲۱:۲۷May 2024 20»); or a yearless event line
# with an hour and the part of the day («سه شنبه ۹ تیرماه ساعت ۱۱ صبح», a forum post's
# gathering: mihanpet.ir, real29 #29; «ساعت ۱۰ صبح روز سه شنبه ۹ تیر», «... ساعت ۱۱ ق.ظ»).
_CLOCK_LINE = regex.compile(
    r"(?:" + any_case((*vocab.WEEKDAYS, *_MONTH_NAMES, "ساعت", "ماه", *_DAY_PARTS)) + r"|[0-9]++"
    r"|[\x20\u200c:/.,،\-–|()]++)++"
)
# A clock line has at most this many words.
CLOCK_WORDS = 12


def _clock(norm: str) -> bool:
    """Whether a line is a site's clock or a date without its year: nothing but weekday and
    month names, «ساعت», numbers and times, with a month and a weekday or a time among them
    («دوشنبه ۳۱ اردیبهشتساعت ۲۱:۲۷May 2024 20», glued by extraction). The grammar reads no
    whole date there (no year, or the year glued to the time), yet it is never a headline;
    «۱۳ آبان» alone (an occasion's name) has neither weekday nor time."""
    return (
        _CLOCK_LINE.fullmatch(norm) is not None
        and _MONTH_NAME.search(norm) is not None
        and (_CLOCK_TIME.search(norm) is not None or _WEEKDAY_NAME.search(norm) is not None)
    )


# An image's file name printed alone (its alt text): runs of digits joined by «_» or «-»
# with at most a short Latin tag («278720114_1946125882231904_7730186522911902344_n»,
# «IMG_20230411_093512»).
# A user name alone on its line: words joined by «_» with no space (a forum post's author,
# «نیلوفر_آبی»; «\_» as Markdown escapes it). A headline never joins its words so.
_USER_NAME = regex.compile(r"[\x20]*[^\W\d_]+(?:\\?_[^\W\d_]+)+[\x20]*")
_FILE_NAME = regex.compile(
    r"[\x20]*(?:[A-Za-z]{1,4}[_-])?[0-9]{4,}(?:[_-][0-9]{2,})+(?:[_-][A-Za-z]{1,4})?(?:\.[A-Za-z]{3,4})?[\x20]*"
)

# An image's file name run into the prose after it, opening a line: a name with an image's
# extension («...jpgمتن»), Latin tokens of letters and digits the last one glued to the
# text («berlin8 b1555گزارش ...», iran-spring.org), or one token of letters and digits
# joined by «_» before a space («60747c81a2f1e_60747c81a2f21 دفتر ...», a WordPress
# upload's name, pezhvakepayam.com). A headline never opens so: the picture's name, then
# its caption or the text.
_GLUED_FILE_NAME = regex.compile(
    r"[\x20]*(?:"
    r"[A-Za-z0-9_\-]+\.(?:jpe?g|png|gif|webp|bmp)[\x20]*"
    r"|(?:(?=[A-Za-z_\-]*[0-9])(?=[0-9_\-]*[A-Za-z])[A-Za-z0-9_\-]+[\x20]){0,2}"
    r"(?=[A-Za-z_\-]*[0-9])(?=[0-9_\-]*[A-Za-z])[A-Za-z0-9_\-]+"
    r"|(?=[A-Za-z0-9]*_)(?=(?:[A-Za-z_]*[0-9]){6})[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+[\x20]+"
    r")(?=\p{Arabic})",
    regex.IGNORECASE,
)
# The prose after such a name has this many words at least (a caption's or a lead's).
GLUED_FILE_NAME_TEXT_WORDS = 4


def _glued_file_name(text: str) -> bool:
    """Whether ``text`` opens with an image's file name run into prose
    (:data:`_GLUED_FILE_NAME`), this many words of it after the name at least
    (:data:`GLUED_FILE_NAME_TEXT_WORDS`)."""
    found = _GLUED_FILE_NAME.match(text)
    return found is not None and len(text[found.end() :].split()) >= GLUED_FILE_NAME_TEXT_WORDS


# One token of Latin letters and at least four digits («53828S12», «N4821907», «DEN-4012345»):
# an ID printed alone (an extractor's title taken from a corpus page's DOC ID), never a title.
_CODE = regex.compile(
    r"[\x20]*(?=[A-Za-z0-9\-]*[A-Za-z])(?=(?:[^0-9]*[0-9]){4})[A-Za-z0-9\-]+[\x20]*"
)


# Words of a source's or a place's name in a bracketed dateline line, at most.
DATELINE_NAME_WORDS = 3


def _menu_items(text: str) -> bool:
    """Whether a line is a menu's links joined by bars: «Асосӣ | Хабарҳо | Раиси шаҳр |
    Тамос», at least :data:`MENU_ITEMS` items of at most :data:`MENU_ITEM_WORDS` words
    (a headline's bars part it from its section and site: «HEADLINE | بخش | SITE»)."""
    items = [item.split() for item in text.split("|")]
    return len(items) >= MENU_ITEMS and all(0 < len(item) <= MENU_ITEM_WORDS for item in items)


MENU_ITEMS = 4
MENU_ITEM_WORDS = 3


# A letter's salutation naming its addressee: «مدیرعامل محترم روزنامه رسمی کشور».
_SALUTATION = regex.compile(r"(?<![\p{L}\p{M}])محترم(?![\p{L}\p{M}])")
SALUTATION_WORDS = 8
# A link to a site or a portal: «سایت پیشین مرکز», «وب‌سایت قدیم دانشگاه», «پورتال سازمانی»
# (a verbless line of up to SITE_LINK_WORDS words opening with the word).
_SITE_LINK = regex.compile(
    r"^(?:سایت|وب[\x20\u200c]?سایت|وبگاه|پورتال|پرتال)(?:[\x20\u200c]+[\p{L}\p{M}\u200c]+)*$"
)
SITE_LINK_WORDS = 4


# One word (a month's name the grammar does not read: «Сентябрь») with a day, a four-digit
# year and a time, in either order: «Сентябрь 22, 2020 09:20», «22 Сентябр 2020, 09:20».
_UNREAD_DATE = regex.compile(
    r"(?:\p{L}+[\x20,.]+[0-9]{1,2}|[0-9]{1,2}[\x20,.]+\p{L}+)[\x20,.]+[0-9]{4}[\x20,.-]*"
    r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
)

# One word (a label: «مصوب», approved) before a year, a month and a day parted by commas,
# which the grammar does not read as a date: «مصوب 1388,05,20».
_UNREAD_NUMERIC_DATE = regex.compile(r"\p{L}+[\x20:]+[0-9]{4}(?:,[0-9]{1,2}){2}")


# A regulation's approval line under its title: «مصوب» (approved), «مورخ» or not, then a
# numeric date, then the body that approved it («مصوب 03/05/1386 هیئت مدیره سازمان ...»:
# hamedamjadiaan.com; «مصوب مورخ 29/07/1391 هيئت مديرة ...»: maskanib.com). A title that
# quotes the date has words before «مصوب» («آیین‌نامه ... مصوب ...»).
_APPROVAL_NOTE = regex.compile(
    r"^مصوبه?[\x20\u200c]+(?:(?:مورخه?|تاریخ)[\x20\u200c]+)?[0-9]{1,4}[/.\-][0-9]{1,2}[/.\-][0-9]{1,4}"
)


# A book's imprint line under its title: the edition («چاپ چهارم»), then «CITY: PUBLISHER،
# YEAR», or «CITY: انتشارات|نشر NAME، YEAR» alone (hosseinpayandeh.ir's book pages: «چاپ
# چهارم، تهران: انتشارات نیلوفر، ۱۴۰۰» under the title and subtitle; imamalislib.com
# prints «تهران: دريا» and «چاپ اول، 1388» as a record's fields). A year ends it.
def _spaced(word: str) -> str:
    """``word`` as a pattern whose spaces match a space or a ZWNJ (VERBOSE drops spaces)."""
    return regex.escape(word).replace("\\ ", " ").replace(" ", r"[\x20\u200c]+")


_EDITION = (
    r"(?:چاپ|ویرایش|ویراست)[\x20\u200c]+"
    rf"(?:{'|'.join(_spaced(word) for word in sorted(vocab.ORDINAL_DAYS, key=len, reverse=True))}"
    r"|[0-9]{1,3})"
    r"[\x20\u200c]*[،,]"
)
_IMPRINT = regex.compile(
    rf"""^(?:{_EDITION}[^:]{{1,40}}:[^:]{{1,80}}
    |[\p{{L}}\x20\u200c]{{2,30}}:[\x20\u200c]*(?:انتشارات|نشر)[\x20\u200c][^:]{{1,60}})
    [،,][\x20\u200c]*[0-9]{{4}}[\x20\u200c.]*$""",
    regex.VERBOSE,
)
IMPRINT_WORDS = 12


def _imprint(line: _Line) -> bool:
    """Whether ``line`` is a book's imprint (:data:`_IMPRINT`): never a title."""
    return (
        line.words <= IMPRINT_WORDS and line.text[-1:].isdigit() and bool(_IMPRINT.match(line.norm))
    )


def _ascii_digit_in(norm: str) -> bool:
    """Whether a normalised line holds an ASCII digit, by ten substring tests in C.

    :func:`normalize` folds every digit the parser reads (Persian, Arabic-Indic) to ASCII,
    and the grammar, the unread-date patterns and the clock's numbers match ``[0-9]``. The
    date tests of :func:`_never_title` ran on any line with a digit (``str.isdigit``); a
    line whose only digits are others («²», «①») holds no date they read and no clock (the
    clock's pattern allows no such character), so this test changes no verdict
    (tests/test_prefilters.py). ``any(map(str.isdigit, norm))`` makes a string of every
    character of a line without digits: far more work than ten searches in C (a plain
    loop: a generator's frame would cost more than the searches on a headline).
    """
    for digit in "0123456789":  # noqa: SIM110 (see above: any() with a generator costs more)
        if digit in norm:
            return True
    return False


# Cheap tests before the regex work of :func:`_never_title`, :func:`_reader_prompt` and
# :func:`_couplet`: each is false only where the pattern cannot match (a letter or a mark
# every match holds is missing), so they change no verdict (tests/test_prefilters.py).
def _may_be_form(norm: str) -> bool:
    """Whether ``norm`` may hold FORM_FIELDS login fields: each ends with its own colon."""
    return norm.count(":") >= FORM_FIELDS


def _may_greet(norm: str) -> bool:
    """Whether ``norm`` may be a greeting: its letters hold «خ» and «آ» («خوش آمدید»)."""
    return "خ" in norm and "آ" in norm


def _may_prompt(norm: str) -> bool:
    """Whether ``norm`` may be a reader prompt: it holds a verb of the patterns (each of
    :data:`_PROMPT_VERB`'s and :data:`_FOLLOW_PROMPT`'s verbs ends with one of these)."""
    return "ید" in norm and (
        "مایید" in norm
        or "مائید" in norm
        or "خواهید" in norm
        or "دارید" in norm
        or "باشید" in norm
        or "کنید" in norm
        or "گیرید" in norm  # («تماس بگیرید»)
        or "شوید" in norm  # («در تماس شوید»)
    )


def _may_be_couplet(text: str) -> bool:
    """Whether ``text`` may be a couplet: its halves are parted by «/» or tatweels."""
    return "/" in text or "ـ" in text


# A login form's field, its label and a colon: «نام کاربری :», «پسورد :», «Password:».
_FORM_FIELD = regex.compile(
    r"(?<![\p{L}\p{M}])(?:نام[\x20\u200c]*کاربری|پسورد|رمز[\x20\u200c]*عبور|کلمه[\x20\u200c]*عبور"
    r"|گذرواژه|username|password)[\x20\u200c]*:",
    regex.IGNORECASE,
)
# A login form has a user's name and a password: two fields at least.
FORM_FIELDS = 2
# A site's greeting alone, letters only: «خوش آمدید», «به سایت ما خوش آمدید».
_GREETING = regex.compile(r"^(?:به(?:سایت|انجمن|وبسایت|وبلاگ)(?:ما)?)?خوشآمدید$")


# A site's prompt to the reader: a polite or future verb in the second person plural (not
# «کنید»: a service headline says «... به سایت سنجش مراجعه کنید»), an account word and the
# site or the account it names («... باید در وب سایت ... ثبت نام نمایید», «لطفاً جهت
# ورود نام کاربری و رمز عبورتان را وارد نمائید»).
_PROMPT_VERB = regex.compile(
    r"(?<![\p{L}\p{M}])(?:ن?مایید|ن?مائید|خواهید|بفرمایید|ن?دارید)(?![\p{L}\p{M}])"
)
_PROMPT_ACCOUNT = regex.compile(
    r"(?<![\p{L}\p{M}])(?:ثبت[\x20\u200c]*نام|عضویت|اشتراک|وارد|ورود)(?![\p{L}\p{M}])"
)
_PROMPT_PLACE = regex.compile(
    r"سایت|انجمن|(?:نام|حساب)[\x20\u200c]*کاربری|رمز[\x20\u200c]*عبور|اشتراک"
)


# A site's call to follow it: «... با ما همراه باشید», «ما را در ... دنبال کنید».
_FOLLOW_PROMPT = regex.compile(
    r"(?<![\p{L}\p{M}])(?:با[\x20\u200c]+ما[\x20\u200c]+همراه[\x20\u200c]+باشید"
    r"|ما[\x20\u200c]+را[\x20\u200c]+(?:\S+[\x20\u200c]+){0,3}?دنبال[\x20\u200c]+کنید)(?![\p{L}\p{M}])"
)
# A call to phone the site: «جهت مشاوره تلفنی با شماره 09121234567 در تماس باشید».
_CALL_PROMPT = regex.compile(
    r"(?:شماره|تلفن)[^0-9]*[0-9][0-9\x20\-]{6,}.*?(?:در[\x20\u200c]+تماس[\x20\u200c]+باشید"
    r"|تماس[\x20\u200c]+حاصل[\x20\u200c]+(?:فرمایید|نمایید))"
)
# A call to contact the site's staff, no number: «(می‌توانید) با مدیرمسئول سایت ... تماس حاصل
# نمایید.», «... با ما تماس بگیرید» (an advertising box's), «برای معلومات بیشتر لطفا با ما در
# تماس شوید» (Dari; an Afghan radio's contact block over its items, nasimradio.com, tests/pages
# 1382), «... با ما در تماس باشید»; the site, its staff or «ما» named («میتوانیدبا»: glued to the
# verb before it, as a page may print it).
_CONTACT_PROMPT = regex.compile(
    r"(?:(?<![\p{L}\p{M}])|(?<=توانید))با[\x20\u200c]+(?:\S+[\x20\u200c]+){0,6}?"
    r"(?:ما|سایت|وب[\x20\u200c]*سایت|مدیر[\x20\u200c]*مسئول|مدیریت|روابط[\x20\u200c]+عمومی|واحد[\x20\u200c]+تبلیغات)"
    r"(?:[\x20\u200c]+\S+){0,4}?[\x20\u200c]+تماس[\x20\u200c]+"
    r"(?:حاصل[\x20\u200c]+(?:فرمایید|نمایید|فرمائید|نمائید)|بگیرید|شوید|باشید)[\x20\u200c.!]*$"
)
# A call to follow the site has at most this many words (a paragraph is running text).
FOLLOW_PROMPT_WORDS = 20
# A speaker before a quote's colon: one to five words, letters only, none of a contact block's
# or a notice's heading («تماس با ما:», «ارتباط با ما:», «توجه:»).
_QUOTE_SPEAKER = regex.compile(
    r"^[\x20\u200c]*(?![^:]*(?:تماس|ارتباط|توجه|نکته|contact))"
    r"\p{L}[\p{L}\p{M}\u200c]*(?:\x20\p{L}[\p{L}\p{M}\u200c]*){0,4}[\x20]*:\x20",
    regex.IGNORECASE,
)


def _speaker_quote(norm: str) -> bool:
    """Whether ``norm`` is a speaker's quote, «NAME: QUOTE» («رئیس پلیس فتا: در صورت مشاهده
    کلاهبرداری با ما در تماس باشید»): a headline quoting an official's call, no site's
    furniture, which never names a speaker before it."""
    return ":" in norm and _QUOTE_SPEAKER.match(norm) is not None


def _reader_prompt(line: _Line) -> bool:
    """Whether the line asks the reader to sign up, log in, subscribe, follow the site
    («برای دریافت آخرین خبرها ... با ما همراه باشید.») or phone it («... با شماره ... در
    تماس باشید.»): site furniture, never the title nor the start of the body."""
    norm = line.norm
    if not _may_prompt(norm):
        return False
    if line.words <= FOLLOW_PROMPT_WORDS and (
        _FOLLOW_PROMPT.search(norm)
        or _CALL_PROMPT.search(norm)
        or (_CONTACT_PROMPT.search(norm) and not _speaker_quote(norm))
    ):
        return True
    return bool(
        _PROMPT_VERB.search(norm) and _PROMPT_ACCOUNT.search(norm) and _PROMPT_PLACE.search(norm)
    )


# A lead's opening: «به گزارش ...» (according to the report of ...).
_REPORT_OPENING = regex.compile(r"^به[\x20\u200c]+گزارش(?![\p{L}\p{M}])")
# A line going on with a conjunction: the rest of the sentence above it.
_CONTINUATION = regex.compile(r"^(?:و|که|تا|اما|ولی)[\x20\u200c]")
LABEL_MAX_WORDS = 2
# The most words of a lead's opening left alone on its line by a hard wrap («به گزارش»,
# «به گزارش خبرنگار»): the report's source follows on the next line.
WRAPPED_OPENING_WORDS = 3


def _wrapped_report_opening(lines: Sequence[_Line], index: int, spaced: bool = False) -> bool:
    """Whether ``lines[index]`` is part of a lead's first sentence hard-wrapped by the
    layout (the body's ``<br>``): the opening «به گزارش» alone (with a word or so, no
    sentence end) over the next line, or that next line («SITE به نقل از ایسنا، معاون وزیر»,
    the credit and the sentence's subject). Neither is a headline; the sentence goes on.
    A blank line between them sets them apart, unless every line is double-spaced."""
    line = lines[index]
    if _opening_alone(line) and index + 1 < len(lines):
        return spaced or not lines[index + 1].blank_before
    if index == 0 or (line.blank_before and not spaced):
        return False
    return _opening_alone(lines[index - 1])


def _prompt_opening(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` ends with a comma and the next line is a prompt to the
    reader (:func:`_reader_prompt`): the prompt's first clause cut off by the layout («در
    صورت تمایل جهت تبلیغات در وبسایت،» / «میتوانید با مدیرمسئول سایت ... تماس حاصل
    نمایید.»), never the title."""
    return (
        lines[index].text.rstrip()[-1:] in ("،", ",")
        and index + 1 < len(lines)
        and _reader_prompt(lines[index + 1])
    )


# Each part of a site's name-and-motto bar has at most this many words.
BAR_PART_WORDS = 3
# A headline under such a bar has at least this many words.
BAR_HEADLINE_WORDS = 4


def _bar_pair_over_headline(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is two short names parted by one bar, no digit and no verb
    («اول خبر | خبر امروز»: a site's name and motto, or a kicker's sections), with a longer
    line over the body right under it (the next line or the one after a blank): the
    headline is that line, and the bar names the site or the section, never the item."""
    line = lines[index]
    text = line.text
    if text.count("|") != 1 or line.info.kind != "text" or any(map(str.isdigit, text)):
        return False
    parts = [part.split() for part in text.split("|")]
    if not all(1 <= len(part) <= BAR_PART_WORDS for part in parts) or _verb_end(line):
        return False
    below = index + 1
    if below >= len(lines):
        return False
    under = lines[below]
    return (
        under.info.kind == "text"
        and BAR_HEADLINE_WORDS <= under.words <= HEADLINE_MAX_WORDS
        and "|" not in under.text
        and not under.chrome
    )


# Each half of a headline joined by a bar has more words than a site's or a section's name
# (:data:`BAR_PART_WORDS`).
BAR_HALF_MIN_WORDS = BAR_PART_WORDS + 1


def _bar_joined_headline(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]``, the first line of running text with nothing headline-shaped
    above it, is a headline in two halves joined by one bar, «TOPIC | QUESTION؟» («راهنمای
    جامع تغذیه بیماران ... | چگونه تغذیه مناسب ... کمک می‌کند؟», bonyadhamdeli.com, real29
    #13): the bar spaced, or the line asking a question; each half longer than a site's
    name, no sentence ending inside either; a paragraph longer than it within the next two
    lines. A site's summary or a lead is prose, never cut by a bar; the short line under it
    is a subheading of the text."""
    line = lines[index]
    text = line.text.rstrip()
    if (
        text.count("|") != 1
        or line.info.kind != "text"
        or line.words > HEADLINE_MAX_WORDS
        or (" | " not in text and text[-1:] not in ("؟", "?"))
        or _REPORT_OPENING.match(line.norm)
    ):
        return False
    first, second = (half.strip() for half in text.split("|"))
    if (
        len(first.split()) < BAR_HALF_MIN_WORDS
        or len(second.split()) < BAR_HALF_MIN_WORDS
        or _SENTENCE_MARK_INSIDE.search(first + " ") is not None  # (a sentence ends the first)
        or _SENTENCE_MARK_INSIDE.search(second[:-1]) is not None
    ):
        return False
    parts = {_squash(normalize(first)), _squash(normalize(second))}
    for at in (index + 1, index + 2):
        if at >= len(lines) or at in outside:
            return False
        below = lines[at]
        if below.key in parts:
            return False  # a half printed alone below: the page's <title> over its headline
        if below.paragraph and below.words > line.words:
            return True
        if below.paragraph or below.info.kind != "text":
            return False
    return False


# At most this many bare counts under a question headline (a post's likes, comments, views).
QUESTION_COUNT_LINES = 2
# A bare count alone on its line: digits, no leading zero, thousands separators at most.
_BARE_COUNT_LINE = regex.compile(r"[\x20]*[1-9][0-9,]{0,8}[\x20]*|[\x20]*0[\x20]*")


def _name_over_colon_line(
    lines: Sequence[_Line], scored: Sequence[tuple[int, int]], index: int
) -> int | None:
    """The short line right above a chosen line ending with a colon that opens with its
    words («بیمه درمان» over «بیمه درمان دارای چند نوع مختلف است:»): the text's first
    sentence introduces a list about the name above it, which is the page's title and no
    kicker. None when the line above is not a scored candidate, ends with a mark, or the
    chosen line does not go on from it."""
    line = lines[index]
    upper = index - 1
    if line.text[-1] != ":" or upper < 0 or all(at != upper for _, at in scored):
        return None
    name = lines[upper]
    if (
        name.info.kind != "text"
        or name.text[-1] in ".:؛،!؟?"
        or not 1 <= name.words < line.words
        or not line.norm.startswith(name.norm + " ")
    ):
        return None
    return upper


def _question_headline(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]``, the first line of running text with nothing headline-shaped
    above it, is a headline asking a question: shorter than a lead, one sentence ending
    with «؟» (no other sentence's end, no comma), not a lead's opening, and a longer
    paragraph within the next two lines (a label line between them at most): «شاخص سهام
    در بورس‌های ... چگونه محاسبه می‌شود؟» over its report.

    Bare counts right under it («2» / «379»: a post's likes and views) are its header's, and
    stand for no line of that reach; over them the question may be as long as a headline."""
    line = lines[index]
    text = line.text.rstrip()
    start = index + 1
    while (
        start < len(lines)
        and start not in outside
        and start - index <= QUESTION_COUNT_LINES
        and _BARE_COUNT_LINE.fullmatch(lines[start].text) is not None
    ):
        start += 1
    longest = HEADLINE_MAX_WORDS + 1 if start > index + 1 else LEAD_WORDS
    if (
        line.info.kind != "text"
        or not SENTENCE_WORDS <= line.words < longest
        or text[-1:] not in ("؟", "?")
        or _SENTENCE_INSIDE.search(text[:-1]) is not None
        or "،" in text
        or _REPORT_OPENING.match(line.norm)
    ):
        return False
    for at in (start, start + 1):
        if at >= len(lines) or at in outside:
            return False
        below = lines[at]
        if below.paragraph and below.words > line.words:
            return True
        if at == start and _kicker_under_question(below):
            continue  # «... گفت‌وگو با مدیران بیمه مرکزی؛» between the question and its lead
        if below.info.kind not in ("labels", "text") or below.words > LABEL_MAX_WORDS + 2:
            return False
    return False


def _exclaimed_headline_shape(line: _Line) -> bool:
    """Whether ``line`` is one sentence of a headline's length ending with «!»: no other
    sentence's end inside, no comma, no report's opening («به گزارش ...»)."""
    text = line.text.rstrip()
    return (
        text[-1:] == "!"
        and line.info.kind == "text"
        and EXCLAIMED_HEADLINE_MIN_WORDS <= line.words <= HEADLINE_MAX_WORDS
        and _SENTENCE_MARK_INSIDE.search(text[:-1]) is None
        and "،" not in text
        and _REPORT_OPENING.match(line.norm) is None
    )


# An exclaimed headline standing alone has at least this many words (a shout, «عالی بود!»,
# is none).
EXCLAIMED_HEADLINE_MIN_WORDS = 5
_NAME_OVER_EXCLAIMED = (
    "a short name (the site's, its logo) stands over it, and the page's first paragraph is "
    "one exclaimed sentence standing alone, a headline's shape: which one is the title is "
    "not sure"
)


def _name_over_exclaimed_headline(
    lines: Sequence[_Line], index: int, stop: int, candidates: Sequence[int], outside: set[int]
) -> bool:
    """Whether the line chosen by score, ``lines[index]``, is a short name (a site's logo,
    :data:`NAME_MAX_WORDS` words at most, the only candidate left between it and the running
    text) over ``lines[stop]``, the first paragraph, which is one exclaimed sentence of a
    headline's length (:func:`_exclaimed_headline_shape`) standing alone: the next line is a
    short bare label ending with «:» (an Invision forum's «امتیاز دادن به این موضوع:» under
    its thread's title, ircfc.ir). A text's first sentence ending with «!» goes on in the same
    paragraph or in the next one, or a caption's or a section's short line stands under it
    («عکس: آرشیو», «گزارش روزانه»: the exclaimed paragraph is the lead)."""
    if not index < stop < len(lines) - 1 or stop + 1 in outside:
        return False
    name = lines[index]
    if (
        name.words > NAME_MAX_WORDS
        or name.info.kind != "text"
        or name.text.rstrip()[-1:] in _KICKER_ENDS
        or any(index < other < stop for other in candidates)
    ):
        return False
    below = lines[stop + 1]
    return (
        lines[stop].paragraph
        and _exclaimed_headline_shape(lines[stop])
        and not below.paragraph
        and below.words <= CONTEXT_KICKER_WORDS
        and below.text.rstrip()[-1:] == ":"  # a bare label: no caption («عکس: آرشیو»)
    )


def _exclaimed_over_lead(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]``, the first line of running text with nothing headline-shaped
    above it, is a headline ending with «!» over the lead that restates it: one sentence of
    a headline's length (no other sentence's end, no comma, no lead's opening), and the
    next line a longer paragraph holding most of its content words («... د څېړنیزې کمېټې
    ناسته ترسره شوه!» over «... د کابل ښوونې او روزنې پوهنتون د څېړنیزې کمېټې غونډه ...
    ترسره شوه.», keu.edu.af; Afghan and Iranian sites end headlines so: jomhornews.com,
    asrkhabar.com). A text's first sentence ending so is followed by more of the text, not
    by its own restatement."""
    line = lines[index]
    text = line.text.rstrip()
    below = index + 1
    if (
        text[-1:] != "!"
        or line.info.kind != "text"
        or not SENTENCE_WORDS <= line.words <= HEADLINE_MAX_WORDS
        or _SENTENCE_MARK_INSIDE.search(text[:-1]) is not None
        or "،" in text
        or _REPORT_OPENING.match(line.norm)
        or below >= len(lines)
        or below in outside
    ):
        return False
    lead = lines[below]
    return lead.paragraph and lead.info.kind == "text" and _restates(line, lead)


_STOPPED_UNRESTATED = (
    "it is one sentence ending with a full stop over a lead that holds few of its words: "
    "a headline, or the text's first sentence over the next one, which is not sure"
)


def _stopped_unrestated(
    lines: Sequence[_Line], index: int, anchor: int, scored: Sequence[tuple[int, int]]
) -> tuple[str, int | None] | None:
    """The doubt on a line chosen by score that is one sentence ending with a full stop,
    of three words or more and shorter than a lead (:func:`_stopped_over_lead`'s shape),
    the first line of headline shape, right over the running text's first paragraph, when
    neither that paragraph nor the next holds half of its content words (a word's stem
    counting): «قیمت نان از شنبه ... گران می‌شود.» over a lead about the city's buses,
    sharing only «شهر» and «شود» (attacks36). A headline's lead names its subject again; a
    text's first sentence is followed by its next one, which may name another. One or two
    words and a stop («بشنوید.») are a name, no sentence. None otherwise."""
    line = lines[index]
    text = line.text.rstrip()
    if (
        index + 1 != anchor
        or anchor >= len(lines)
        or text[-1:] != "."
        or text.endswith("..")
        or line.info.kind != "text"
        or line.words >= LEAD_WORDS
        or line.words < 3
        or _SENTENCE_MARK_INSIDE.search(text[:-1]) is not None
        or any(at < index for _, at in scored)
        or not lines[anchor].paragraph
    ):
        return None
    words = {word.strip(_WORD_EDGES) for word in _content_words(line)} - {""}
    if not words:
        return None
    held: set[str] = set()
    for at in (anchor, anchor + 1):
        if at < len(lines) and lines[at].paragraph:
            held |= {word.strip(_WORD_EDGES) for word in _content_words(lines[at])}
    shared = sum(1 for word in words if any(_same_stem(word, other) for other in held))
    return (_STOPPED_UNRESTATED, None) if 2 * shared < len(words) else None


def _stopped_over_lead(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]``, the first line of running text with nothing headline-shaped
    above it, is a headline ending with a full stop over the lead that restates it: one
    sentence shorter than a lead (no other sentence's end, no comma, no ellipsis, no lead's
    opening), right over a paragraph of a lead's length that does not go on from it (no
    «و», «که» ... opening it) and holds two thirds of its content words, a word's stem
    counting: «اجرای طرح نوروزی پلیس راه از فردا در سراسر کشور.» over «رئیس پلیس راه ...
    طرح ویژه نوروزی پلیس راه ... در همه محورهای برون‌شهری کشور اجرا می‌شود.» (nexna.ir,
    tests/pages/1332). A text's first sentence is followed by more of the text, which names
    its subject again at most in part, not by its own restatement; a lead's first sentence
    of 16 words or more over its «به گزارش ...» paragraph is the body's (afghankhabar.com's
    items under a Bakhtar dateline, the headline left out by an extractor)."""
    line = lines[index]
    text = line.text.rstrip()
    below = index + 1
    if (
        text[-1:] != "."
        or text.endswith("..")
        or line.info.kind != "text"
        or not STOPPED_HEADLINE_WORDS <= line.words < LEAD_WORDS
        or _SENTENCE_MARK_INSIDE.search(text[:-1]) is not None
        or "،" in text
        or ":" in text
        or _REPORT_OPENING.match(line.norm)
        or below >= len(lines)
        or below in outside
    ):
        return False
    lead = lines[below]
    if (
        not lead.paragraph
        or lead.info.kind != "text"
        or lead.words < max(LEAD_WORDS, line.words + 1)
        or _CONTINUATION.match(lead.norm)
    ):
        return False
    words = {word.strip(_WORD_EDGES) for word in _content_words(line)} - {""}
    if len(words) < RESTATED_WORDS:
        return False
    held = {word.strip(_WORD_EDGES) for word in _content_words(lead)}
    shared = sum(1 for word in words if any(_same_stem(word, other) for other in held))
    return shared * RESTATED_PART[1] >= len(words) * RESTATED_PART[0]


# A headline ending with a full stop has at least this many words.
STOPPED_HEADLINE_WORDS = 5


# A headline of two quotes, each ended with a full stop, joined by «./»: «بیشترین مراجعه ...
# است./ با راه‌اندازی ... شده است.» (ilnanews.com), or by «. /» with a space before the
# slash, each full stop maybe set off by a space («... است . / ... می‌شود .», as an editor
# typing right to left leaves it); each part of three words at least, no other full stop in it.
_QUOTE_PAIR = regex.compile(
    r"[\x20\u200c]*(?:[^\s./]+[\x20\u200c]+){2,}[^\s./]+\x20?\.\x20?/[\x20\u200c]*"
    r"(?:[^\s./]+[\x20\u200c]+){2,}[^\s./]+\x20?\.[\x20\u200c]*"
)


def _quote_pair_over_lead(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]``, the first line of running text, is a report's headline made
    of two quotes joined by «./» («QUOTE./ QUOTE.», an old ILNA item's), right over a lead
    opening as a news report's does («ایلنا-ارومیه: ...», «به گزارش ...»). A paragraph of
    two sentences is followed by more text, not by the report's own opening."""
    line = lines[index]
    below = index + 1
    if (
        line.info.kind != "text"
        or line.words > HEADLINE_MAX_WORDS
        or _QUOTE_PAIR.fullmatch(line.text) is None
        or below >= len(lines)
        or below in outside
    ):
        return False
    lead = lines[below]
    return lead.info.kind == "text" and _NEWS_LEAD.match(lead.norm) is not None


# Punctuation a content word may carry at its edges («کشور.», «(فراجا)»).
_WORD_EDGES = ".!؟?؛;:،,«»()\"'"


def _same_stem(word: str, other: str) -> bool:
    """Whether two content words are one word, a suffix aside («اجرای», «اجرا»)."""
    if word == other:
        return True
    short, long = (word, other) if len(word) <= len(other) else (other, word)
    return len(short) >= STEM_LETTERS and long.startswith(short) and len(long) - len(short) <= 2


# A word's stem to match has at least this many letters.
STEM_LETTERS = 4


# A sentence's end inside a line (a mark, then a space).
_SENTENCE_MARK_INSIDE = regex.compile(r"[.!؟?][\x20\u200c]")


def _kicker_under_question(line: _Line) -> bool:
    """Whether a line right under a question headline is its kicker printed below it (a
    phrase of a kicker's length ending with «؛» or «:», no sentence: risknews.ir's «نظارت
    بیرونی در گفت‌وگو با مدیران بیمه مرکزی؛»), which stands between it and the lead."""
    return (
        line.info.kind == "text"
        and not line.paragraph
        and 2 <= line.words <= CONTEXT_KICKER_WORDS
        and line.text.rstrip()[-1:] in ("؛", ":")
    )


def _opening_alone(line: _Line) -> bool:
    """Whether the line is only a lead's opening («به گزارش», «به گزارش خبرنگار»)."""
    return (
        line.words <= WRAPPED_OPENING_WORDS
        and _REPORT_OPENING.match(line.norm) is not None
        and line.text.rstrip()[-1:] not in ".!؟?:"
    )


_TEXT_LABEL_FIELDS = frozenset({"author", "source", "category", "tags"})


def _category_values(lines: Sequence[_Line], stop: int) -> dict[str, int]:
    """The values of the category labels on the lines before ``stop`` (squashed), each with
    the last line that prints it. A line above such a label that only repeats its value is
    the section's name printed over the article («СИЁСАТ» over «Муаллиф: Super user
    Категория: СИЁСАТ», khalkovozi.tj's Joomla; «ورزشی» over «سرویس: ورزشی»), not its
    headline."""
    values: dict[str, int] = {}
    for index in range(stop):
        info = lines[index].info
        if info.kind != "labels":
            continue
        for label in info.labels:
            if label.field == "category" and label.value[0] < label.value[1]:
                key = _squash(lines[index].norm[label.value[0] : label.value[1]])
                if key:
                    values[key] = index
    return values


def _text_label_value(lines: Sequence[_Line], index: int, spaced: bool = False) -> bool:
    """Whether ``lines[index]`` is the value of an author, source, category or tags label
    printed empty on the line right above it («نویسندگان:» over «حسن کریمی و مریم صالحی»),
    or a blank line above it on a double-spaced page: that field's value, never the title."""
    if index == 0:
        return False
    above = lines[index - 1]
    if lines[index].blank_before and not (spaced and above.text.rstrip().endswith(":")):
        return False  # (a blank line between ends the label's field, but on a double-spaced page)
    info = above.info
    if info.kind != "labels" or not info.labels:
        return False
    label = info.labels[-1]
    return (
        label.field in _TEXT_LABEL_FIELDS
        and label.value[0] == label.value[1]
        and fits_next_line(label.field, lines[index].norm, lines[index].info)
    )


# «نوع مقاله : مقاله پژوهشی»: a two-word label, a colon with a space on each side, a value
# of a few words (a journal's or a database's record field).
_FIELD_LINE = regex.compile(
    r"^[\p{L}\u200c]+\x20[\p{L}\u200c]+\x20:\x20[\p{L}\u200c]+(?:\x20[\p{L}\u200c]+){0,2}$"
)


# «DOC ID : H-801108-53828S12»: a label of one or two words, a spaced colon, one code
# with a digit (a corpus's or a database's record identifier).
_FIELD_CODE_LINE = regex.compile(
    r"^[\p{L}\u200c]+(?:\x20[\p{L}\u200c]+)?\x20:\x20(?=[^\x20]*[0-9])[\p{L}\p{N}][\p{L}\p{N}/._-]*$"
)


def _field_line(line: _Line) -> bool:
    """Whether the line is a record's field printed as «LABEL : VALUE» (a two-word label and
    a value of up to three words, the colon spaced on both sides: «نوع مقاله : مقاله
    پژوهشی»; or a label and one code with a digit: «DOC ID : H-801108-53828S12»): a field
    of the page, never its title. A headline quoting a speaker puts the colon right after
    one name («ظریف: ...») and says more after it."""
    return line.words <= 6 and (
        _FIELD_LINE.match(line.norm) is not None or _FIELD_CODE_LINE.match(line.norm) is not None
    )


# «ناشر: روابط عمومي ...»: a label of one to three words, a colon, a value (a book's or a
# record's card: «مولف: ...» over «ناشر: ...»; a recipe's ingredients, «تخم‌مرغ: ۵ عدد»).
_CARD_FIELD = regex.compile(r"^[\p{L}\u200c]+(?:\x20[\p{L}\u200c]+){0,2}\x20?:\x20?[^\x20:]")
# Words a card's field line has at most.
CARD_FIELD_MAX_WORDS = 8


def _card_field_shape(line: _Line) -> bool:
    """Whether ``line`` is shaped as one field of a card, «LABEL: VALUE» (:data:`_CARD_FIELD`,
    one colon, at most :data:`CARD_FIELD_MAX_WORDS` words, no verb at its end), no label the
    header grammar knows."""
    return (
        line.words <= CARD_FIELD_MAX_WORDS
        and line.text.count(":") == 1
        and _CARD_FIELD.match(line.norm) is not None
        and line.info.kind == "text"
        and _verb_end(line) == ""
    )


def _card_field(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is one of two or more «LABEL: VALUE» lines in a row (blank
    lines between or not) with different labels: a card of fields the header grammar does
    not know, a book's «مولف: مريم صادقي» over «ناشر: روابط عمومي شركت ملي گاز ايران»
    (petromuseum.ir's book page, tests/pages 1471), a recipe's ingredients; never the
    title. A headline quoting a speaker («ظریف: ...») stands alone (or is printed twice: one
    label), and says what was said with a verb."""
    if not _card_field_shape(lines[index]):
        return False
    label = _card_label(lines[index])
    return any(
        0 <= other < len(lines)
        and _card_field_shape(lines[other])
        and _card_label(lines[other]) != label
        for other in (index - 1, index + 1)
    )


def _card_label(line: _Line) -> str:
    """The label of a card's field line (:func:`_card_field_shape`): its text before the
    colon, spaces squeezed out."""
    return _squash(line.norm[: line.norm.find(":")])


def _label_value(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` (a word or two) is the value of a label printed alone on the
    line above it (a word or two and a colon: «طبقه بندی:» over «آخرین اخبار»); a longer
    line under a short heading with a colon («اخبار روز:») is a headline."""
    if index == 0 or lines[index].blank_before:
        return False
    above = lines[index - 1]
    return (
        above.words <= LABEL_MAX_WORDS
        and above.text.rstrip()[-1:] == ":"
        and lines[index].words <= LABEL_MAX_WORDS  # a category's name, not a headline
    )


# A line a header line at most stands between and its reading-time line (in lines).
READING_TIME_REACH = 2


def _over_reading_time(lines: Sequence[_Line], index: int) -> bool:
    """Whether a reading-time line stands right under ``lines[index]``, at most a date or
    label line between them: the header's furniture under the headline, which marks that
    line as the headline (a section heading under the furniture is not). A line crediting
    only a source («منبع: ایرنا») between them does not carry the mark: an image's caption
    has its credit under it, above the header's reading time, as a headline may."""
    last = min(len(lines), index + 1 + READING_TIME_REACH) - 1
    for other in range(index + 1, last + 1):
        near = lines[other]
        if (
            near.words <= READING_TIME_MAX_WORDS
            and "دقیقه" in near.norm
            and READING_TIME.match(near.norm)
        ):
            return True
        if other == last:
            # The last line in reach: its kind decides nothing, so a long paragraph there is
            # neither normalised nor classified for this rule.
            return False
        if near.info.kind not in ("date", "labels"):
            return False
        if near.info.kind == "labels" and all(
            label.field == "source" for label in near.info.labels
        ):
            return False  # «CAPTION / منبع: ایرنا / زمان مطالعه: ۱ دقیقه»
    return False


# A reading-time line has at most this many words («(مدت زمان تقریبی مطالعه: 19 - 37 دقیقه)»).
READING_TIME_MAX_WORDS = 10


def _title_score(
    lines: Sequence[_Line],
    index: int,
    *,
    anchor: int,
    anchors: set[int],
    between: int,
    repeated: bool,
    hinted: bool,
    slugged: bool = False,
    caption: bool = False,
    spaced: bool = False,
    shape: dict[str, bool] | None = None,
) -> int:
    """The evidence that ``lines[index]`` is the headline (higher is better).

    ``between`` counts the headline-shaped text lines between it and the body anchor;
    ``anchors`` are the header lines (labels, dates) above the anchor. The verdicts on the
    line's shape that title choice reads again (subtitle, under a verb headline, inside a
    widget, couplet) are written to ``shape``, so that they are made once a candidate.
    """
    line = lines[index]
    words = line.words
    score = 0
    if hinted:
        score += HINT_BONUS  # the page's <h1>, og:title or JSON-LD headline says so
    if slugged:
        score += 8  # the article's printed address spells it (a permalink's slug)
    if caption:
        score -= 3  # an image's alt text and caption under the headline
    elif words <= FILE_NAMED_WORDS and _FILE_NAMED.search(line.norm):
        score -= 3  # «واکسیناسیون گربه1»: an image's alt text named like its file, a count
    elif _may_be_caption(line.norm) and _CAPTION.search(line.norm):
        score -= 3  # a photo's caption with its credit («... - ایسنا», «... عکس: ...»)
    if index + 1 < len(lines) and words <= LISTING_NAME_WORDS and _tags_heading(lines[index + 1]):
        score += 8  # a tag page's name over its «برچسب ها» heading: the page's title
    if 3 <= words <= HEADLINE_MAX_WORDS:
        score += 3
    elif words == 2:
        score += 0
    elif words <= 1:
        score -= 3
    elif words <= LONG_HEADLINE_WORDS and line.text[-1] not in ".:؛،":
        score -= 1  # a two-part headline («... / ...: ... + تصویر»): long, still no sentence
    else:
        score -= 4
    if _bulleted_item(lines, index):
        score -= 5  # an item of a bulleted list (a ticker, a related list)
    if line.end - line.start > HEADLINE_MAX_CHARS:
        score -= 4
    note = (line.text[0], line.text[-1]) in _NOTE_BRACKETS and line.text.count(line.text[0]) == 1
    if note:
        score -= 4  # a note in brackets alone: a credit's title, a part's number, the contents
    if line.text.count(_GUTTER) >= GUTTERS:
        score -= 4  # runs of spaces between several parts: a toolbar or PDF columns run together
    last = line.text[-1]
    decorated = _decorated(line)
    if decorated is not None:
        core = line.text[decorated[0] - line.start : decorated[1] - line.start]
        last = core[-1]
        if not core.rsplit(maxsplit=1)[-1].endswith("ید"):
            score += 4  # «.:: TITLE ::.»: a template's frame around the page's title
    intro = False
    if last in _KICKER_ENDS:
        score -= 4  # a kicker («... گفت:») or a label, which the title follows
        if last == ":" and words >= LIST_INTRO_WORDS and _bulleted_item(lines, index + 1):
            intro = True
            score -= 4  # a sentence introducing the bulleted list under it: the body's
    elif decorated is None and line.text.endswith("..."):
        score -= 4  # cut by the site like «…»: a video's or another item's title, an excerpt
    elif last == "." and (decorated is not None or not line.text.endswith("..")):
        score -= 5  # a sentence: a lead or a quote
    if line.info.kind == "mixed":
        if _dated_collection(line):
            score += 6  # «آخرین خبرهای شنبه ۳۱ شهریور ۱۳۹۷»: a day's news roundup names its day
        else:
            score -= 6  # a date line with company: a source, section or city beside the date
    if not any(map(str.isalpha, line.text)):
        score -= 6  # numbers and marks only: a rating «۴.۵ (۱۲)», a counter
    if line.chrome:
        score -= 6
    elif line.byline or _ranked_name(line):
        score -= 5
    # A short line repeating part of a nearby longer line: a category or a tag of it (the
    # line right below opening with it and a colon expands it: that one is its subheading).
    if words <= 4:
        for other in range(max(0, index - 3), min(len(lines), index + 4)):
            longer = lines[other]
            if (
                other != index
                and longer.words > words
                and not longer.paragraph
                and longer.text[-1] != "."
                and text_in(line, longer)
                and not (other == index + 1 and _expands_heading(lines, other))
            ):
                score -= 3
                break
    if _field_label_above(lines, index) is not None:
        note = True
        score -= 6  # under a record's field label alone («معرف»): the field's value
    if words <= ENTRY_NAME_WORDS and _entry_opens_text(lines, index, anchor):
        score += 4  # an entry's name, the running text opening by defining it («X یکی از ...»)
    subtitle = (
        _subtitle(lines, index, spaced)
        or _expands_heading(lines, index)
        or (index > 0 and _section_labelled(line))
        or _section_heading(lines, index)
    )
    under_verb = not subtitle and _under_verb_headline(lines, index, spaced)
    if subtitle:
        score -= 4  # «درباره ...», «HEADING: ...» or «مقدمه: ...» under a headline: not the title
    elif under_verb:
        score -= 4  # a phrase under a headline that states the event: its subtitle
    elif _quoted_subheading(lines, index):
        score -= 4  # «...» under a headline: a quoted subheading or an epigraph
    if line.words >= 2 and not line.paragraph and _over_reading_time(lines, index):
        score += 6  # right over the header's reading time («زمان مطالعه: ۵ دقیقه»): the headline
    if words >= 3 and _over_print_link_and_date(lines, index):
        score += 8  # a node's headline, then its print view's link, then its date line
    if _under_kicker(lines, index):
        score += 3  # right under a kicker («... گفت:»): the headline the kicker introduces
    elif index + 1 < len(lines) and _subtitle(lines, index + 1, spaced):
        score += 3  # right over its subtitle («درباره ...»): the headline it is about
    # The headline glued to the next paragraph by extraction: the headline printed alone
    # next to it is the title.
    for other in (index - 2, index - 1, index + 1, index + 2):
        if 0 <= other < len(lines) and other != index:
            near = lines[other]
            if (
                near.words >= 2
                and _may_repeat(near, {line.key: 1})  # a cheap test on its first characters
                and len(near.key) < len(line.key)
                and line.key.startswith(near.key)
            ):
                score -= 4
                break
    lead_rest = (  # (the rarest of its tests first, inline: this runs for every candidate)
        index > 0
        and lines[index - 1].words > HEADLINE_MAX_WORDS
        and _rest_of_lead_block(lines, index, spaced)
    )
    if _cut_by_layout(lines, index):
        score -= 4  # the start of a paragraph the layout cut, printed whole just above
    elif _clause_goes_on(lines, index):
        score -= 4  # the rest of a sentence whose first clause, ending with «،», is above
    elif lead_rest:
        score -= 4  # the lead's second line, under its first with no blank line between
    # Inside a run of short lines: a menu.
    short = 0
    for other in (index - 2, index - 1, index + 1, index + 2):
        if 0 <= other < len(lines) and lines[other].words <= 3 and other != anchor:
            short += 1
    if words <= 4 and short >= 3:
        score -= 3
    widget = _inside_widget(lines, index)
    if widget:
        score -= 4  # a caption between a widget's lines (prayer times, prices): the widget's
    # Close to the body: the headline stands right above the lead.
    score += 4 - 2 * between if between <= 2 else 2 - between
    # Close to the header lines.
    if any(other in anchors for other in range(index - 3, index + 4)):
        score += 2
    if repeated and words >= 3:
        score += 4  # the title printed twice (above and below the header block)
    text = line.text
    if "://" in text or "www." in text:
        score -= 5  # a site's name and address
    if ">>" in text or " > " in text:
        score -= 4  # a breadcrumb «خانه > بخش > ...», the headline glued to it or not
    if _ENUMERATED.match(line.norm):
        score -= 4  # «الف: ...», «ماده ۱. ...», «۲- ...»: a numbered heading of the text
    score += _part_and_crumb_evidence(lines, index)
    couplet = _couplet(text)
    if couplet:
        score -= 4  # a couplet «... / ...»: an epigraph, not a headline
    commas = text.count(",") + text.count("،")
    if commas >= _LIST_COMMAS:
        score -= 4  # a keyword list
        if commas > _LIST_COMMAS or text[-1] in ",،":
            score -= 4  # a long one, or one left open: never a headline
    if shape is not None:
        shape.update(
            subtitle=subtitle,
            under_verb=under_verb,
            widget=widget,
            couplet=couplet,
            intro=intro or note,
            lead_rest=lead_rest,
        )
    return score


def _rest_of_lead_block(lines: Sequence[_Line], index: int, spaced: bool) -> bool:
    """Whether ``lines[index]`` goes on a block of running text: no blank line between it
    and the line above, which is longer than any headline (a lead's sentence printed without
    its full stop), in a text whose blocks are set apart by blank lines. «د باجوړ د مرکزي
    روغتون ناروغان وايي چې ...» / «د روغتون چارواکو ویلي چې ...» (htnpashto.com's lead in
    two lines under its headline, tests/pages/1331): the lead's second sentence, no headline;
    a headline stands apart from the text under it, not inside its block. The block is set
    apart above and below (a text without blank lines tells no blocks)."""
    if spaced or index == 0 or lines[index].blank_before:
        return False
    above = lines[index - 1]
    return (
        (index == 1 or above.blank_before)
        and (index + 1 == len(lines) or lines[index + 1].blank_before)
        and above.words > HEADLINE_MAX_WORDS
        and above.info.kind == "text"
        and not above.chrome
        and above.text[-1] not in _KICKER_ENDS
        and not any(mark in above.text for mark in _MENU_MARKS)
        and _ARABIC_LETTER.search(above.text) is not None
    )


# Marks that part a menu's or a ticker's items run together on one line.
_MENU_MARKS = ("|", "•", "·", "»»", ">>", " - ", " / ")


# «تنظیم شده در مرداد ۱۳۹۹», «تهیه شده در آبان ۱۴۰۱»: a participle, «در» and a month and a
# year (no day), when a document under its title was drafted.
_DRAFTED_IN = regex.compile(
    r"(?:^|\x20)(?:شده|گردیده)[\x20\u200c]+در[\x20\u200c]+(?P<when>[^\x20].*)$"
)
DATED_NOTE_WORDS = 6


def _date_with_note(line: _Line) -> bool:
    """Whether the line is a date and a note in brackets after it, nothing else: «30
    اردیبهشت 1398 (تمدید شد)» (a schedule's step, its deadline extended), «۱۴ خرداد ۱۴۰۲
    (آخرین مهلت)»: a date's line, never a headline."""
    text = line.text.rstrip()
    if not text.endswith(")") or line.words > DATE_NOTE_WORDS:
        return False
    norm = line.norm.strip()
    found = search(norm)
    if found is None or found.start() != 0:
        return False
    note = norm[found.end() :].strip()
    return note.startswith("(") and note.endswith(")") and note.count("(") == 1


# The most words of a date with its note in brackets (:func:`_date_with_note`).
DATE_NOTE_WORDS = 10


def _dated_note(line: _Line) -> bool:
    """Whether the line is a short note of when a text was drafted: «تنظیم شده در مرداد
    ۱۳۹۹» (a participle, «در», only a month and a year), never a title."""
    if line.words > DATED_NOTE_WORDS or ("شده" not in line.norm and "گردیده" not in line.norm):
        return False
    found = _DRAFTED_IN.search(line.norm)
    return found is not None and is_month_year(found.group("when"))


# A note's brackets around a whole line: «(...)», «[۶ ماده، ۲۵ تبصره و ۲ پیوست]» (a document's
# contents under its title).
_NOTE_BRACKETS = frozenset({("(", ")"), ("[", "]")})


# A short line whose last word has one digit glued to its letters («واکسیناسیون گربه1»): an
# image's alt text named like its file (the digit numbering the site's images of one name),
# or a menu item with its count; no headline («کووید-۱۹» has two digits and a dash).
_FILE_NAMED = regex.compile(r"\p{Arabic}[0-9]$")
FILE_NAMED_WORDS = 3


# The fewest words of a sentence introducing a bulleted list («... دو نوع‌اند:»); a label
# over a list («تازه‌ترین‌ها:», «دستور جلسه :») is shorter.
LIST_INTRO_WORDS = 5


def _inside_widget(lines: Sequence[_Line], index: int) -> bool:
    """Whether a line has a widget's line (prayer times, prices, a "today" label) among the
    two lines above it and among the two under it: a caption inside the widget («اوقات شرعی
    تهران – زمان اذان ...» between «غروب آفتاب: ۱۸:۰۴» and «اذان ظهر: ۱۲:۱۵»)."""

    def widget(other: int) -> bool:
        return 0 <= other < len(lines) and lines[other].info.reason in _WIDGET_REASONS

    return (widget(index - 1) or widget(index - 2)) and (widget(index + 1) or widget(index + 2))


_WIDGET_REASONS = frozenset(("widget", "today widget"))


def _over_id_label(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether a headline-shaped line ending with a colon («رشت، در شب جشن:») stands right
    over the header's labelled ID («کد خبر: 3123»): a kicker stands over its headline, never
    over the header's labels, so the line is the headline, its colon printed with it."""
    line = lines[index]
    if not 3 <= line.words <= HEADLINE_MAX_WORDS or line.paragraph:
        return False
    below = next((i for i in range(index + 1, len(lines)) if i not in outside), None)
    if below is None:
        return False
    info = lines[below].info
    return info.kind == "labels" and bool(info.labels) and info.labels[0].field == "number"


_PRINT_LINKS = frozenset(_squash(normalize(link)) for link in vocab.PRINT_LINKS)


def _over_print_link_and_date(lines: Sequence[_Line], index: int) -> bool:
    """Whether the line stands right over a print view's link printed alone («نسخه قابل
    چاپ», «Printer-friendly version») with a date line right under that link: the header of
    a node (Drupal's print module, Iransamaneh portals) prints its headline, then the link,
    then the date; a kicker and a sub-headline under that date belong to the body. The date
    line may carry its label («تاریخ انتشار: ...»). A headline-shaped line right under the
    date with a paragraph under it, and no kicker's mark, is the node's headline printed
    there: the line over the link is then a kicker or a section's name, no bonus."""
    if index + 2 >= len(lines):
        return False
    link, date = lines[index + 1], lines[index + 2]
    if not _print_link(link):
        return False
    info = date.info
    return (
        info.kind == "date"
        or (info.kind == "labels" and bool(info.labels) and info.labels[0].field == "published")
    ) and not _headline_under_date(lines, index + 3)


# A separator between a toolbar's buttons: «نسخه قابل چاپ | ارسال به دوستان», «چاپ • ذخیره»,
# a dash only with spaces around it («printer-friendly» keeps its hyphen).
_TOOL_SEPARATOR = regex.compile(r"\x20*[|•·/]\x20*|\x20-\x20")


def _print_link(line: _Line) -> bool:
    """Whether the line is a print view's link (:data:`vocab.PRINT_LINKS`): alone, or in a
    line of page-tool buttons only (the header classifies it as page chrome) beside others,
    «نسخه قابل چاپ | ارسال به دوستان» (the node's toolbar under its headline)."""
    if line.words <= 3:
        return _squash(normalize(line.text)).lower() in _PRINT_LINKS
    return (
        # Every link of vocab.PRINT_LINKS says «چاپ» or «print»: most lines stop here.
        ("چاپ" in line.text or "rint" in line.text)
        and line.info.reason == "page chrome"
        and any(_squash(part).lower() in _PRINT_LINKS for part in _TOOL_SEPARATOR.split(line.norm))
    )


def _headline_under_date(lines: Sequence[_Line], at: int) -> bool:
    """Whether ``lines[at]`` is a headline-shaped line (3 words or more, no paragraph, no
    kicker's closing mark) with a paragraph right under it."""
    if at + 1 >= len(lines):
        return False
    line, below = lines[at], lines[at + 1]
    return (
        line.info.kind == "text"
        and not line.paragraph
        and 3 <= line.words <= HEADLINE_MAX_WORDS
        and line.text.rstrip()[-1:] not in (*_KICKER_ENDS, ".")
        and below.paragraph
    )


def _under_kicker(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` stands right under a kicker: a line of 3 to 15 words ending
    with a colon (or ``؛``, ``،``, ``…``), naming a speaker with a verb of saying, or a
    context (``به بهانه ...``); a page's label such as ``تازه‌ترین‌ها:`` is no kicker, nor
    is a byline's label left empty (``• ارسال توسط :``)."""
    if index == 0:
        return False
    kicker = lines[index - 1]
    return (
        (
            kicker.text[-1] in _KICKER_ENDS
            or _verb_end(kicker) == "saying"
            or _context_kicker(kicker)
        )
        and 3 <= kicker.words <= 15
        and kicker.info.kind == "text"
        and not kicker.chrome
        and not kicker.byline  # «• ارسال توسط :» with its name left empty: a field's label
    )


# A frame of marks a template prints around a page's title: «.:: TITLE ::.», «::: TITLE :::».
_FRAME_SIDE = r"[\x20]*[.:~*=•]*:[.:~*=•]*[\x20]*"
_FRAME = regex.compile(f"^{_FRAME_SIDE}(?P<core>[^.:~*=•\\x20].*?){_FRAME_SIDE}$")
FRAME_MARKS = 2


# A news agency credited before the headline: «خبرگزاری فارس: », «خبرگزاری جمهوری اسلامی :»
# (the word, a name of one to three words, a colon).
_AGENCY_CREDIT = regex.compile(
    r"^[\x20\u200c]*خبرگزاری(?:[\x20\u200c]+[\p{L}\p{M}]+){1,3}[\x20\u200c]*:[\x20\u200c]*"
)
# Words a headline after such a credit has at least (a kicker's tail is shorter).
_CREDITED_WORDS = 3


def _site_name_tail(line: _Line) -> int | None:
    """Where the site's name after the headline starts to be cut, or None: «HEADLINE –
    بیمارستان دکتر علی شریعتی کرج», the page's <title> as an extractor prints it, its last
    part after a spaced dash or bar an institution's name alone (:func:`_institution`) and
    some words before it (the caller cuts after a headline's length, and doubts a short name
    before it: a department's and its institution's, the site's name). The name may have
    the site's slogan after it, short parts behind more separators («HEADLINE – خبرگزاری
    فصل24 | اخبار ایران و جهان»): the last separator whose next part is such a name cuts."""
    text = line.text
    cuts = [found.start() for found in _TAIL_SEPARATOR.finditer(text)]
    for at, cut in reversed(list(enumerate(cuts))):
        if cut <= 0:
            return None
        name = text[cut + 3 : (cuts[at + 1] if at + 1 < len(cuts) else len(text))].strip()
        if name and (_institution(_Line(name, 0, len(name), False, 0)) or _site_named(name)):
            return cut
        if not _slogan(name):
            return None  # a headline's own words: no site's name behind them
    return None


def _name_under_tail(lines: Sequence[_Line], index: int) -> int | None:
    """Where the name joined to the headline ``lines[index]`` starts to be cut, or None:
    «HEADLINE - NAME» with the line right under it NAME alone (a blog's post title printed
    as its <title> joins it, «... - شوتبال!», over the blog's name printed by itself:
    shootball.parsiblog.com, tests/pages 1474). The part after the line's last spaced dash
    or bar is then the page's name, not the headline's end; the headline before it keeps more
    than :data:`MACHINE_TITLE_WORDS` words, and the name at most :data:`TAIL_NAME_MAX_WORDS`."""
    if index + 1 >= len(lines):
        return None
    below = lines[index + 1]
    if below.words > TAIL_NAME_MAX_WORDS:
        return None
    line = lines[index]
    cut = None
    for found in _TAIL_SEPARATOR.finditer(line.text):
        cut = found.start()
    if cut is None or len(line.text[:cut].split()) <= MACHINE_TITLE_WORDS:
        return None
    name = _squash(line.norm[cut + 3 :])
    return cut if name and name == below.key else None


# Words a site's or a blog's name joined to a headline has at most (:func:`_name_under_tail`).
TAIL_NAME_MAX_WORDS = 6


# A site's name by the word «سایت» («سایت خبری NAME», «وب‌سایت NAME», «پرتال NAME»).
_SITE_WORDS = ("سایت", "وب‌سایت", "وبسایت", "پرتال")


def _site_named(part: str) -> bool:
    """Whether a <title>'s last part names a site by the word «سایت» and its name («سایت
    تحلیلی خبری NAME»): a few words without a verb, as an institution's name is. «سایت‌های
    ...» (sites) or «سایت» alone is not."""
    words = part.replace("وب سایت", "وب‌سایت", 1).split()
    return len(words) >= 2 and words[0] in _SITE_WORDS and _slogan(part)


# A site's name for itself: a portal's or a site's word and «information» or «official»
# («پورتال اطلاع رسانی سازمان آتش نشانی ...», a fire department's print view,
# 125shahriar.ir; «پایگاه اطلاع رسانی ...», «سایت رسمی ...»), the institution's name after it.
_SELF_NAME_HEADS = ("پورتال", "پرتال", "پایگاه", "درگاه", "سایت", "وب‌سایت", "وبسایت")
_SELF_NAME_KINDS = (("اطلاع", "رسانی"), ("اطلاع‌رسانی",), ("رسمی",))
# Words a site's name for itself has at most.
SELF_NAME_MAX_WORDS = 14


def _site_self_name(line: _Line) -> bool:
    """Whether a line is a site's name for itself (:data:`_SELF_NAME_HEADS`, then
    «اطلاع رسانی» or «رسمی», then a name): a few words with no verb nor a sentence's end.
    A headline about such a portal says what happened to it («پایگاه اطلاع رسانی شهرداری
    راه اندازی شد»)."""
    words = line.norm.replace("وب سایت", "وب‌سایت", 1).split()
    if not 3 <= len(words) <= SELF_NAME_MAX_WORDS or words[0] not in _SELF_NAME_HEADS:
        return False
    if not any(tuple(words[1 : 1 + len(kind)]) == kind for kind in _SELF_NAME_KINDS):
        return False
    return (
        line.norm.rstrip()[-1] not in (*_KICKER_ENDS, ".", "!", "؟", "?") and _verb_end(line) == ""
    )


# A spaced dash or bar between a <title>'s parts.
_TAIL_SEPARATOR = regex.compile(r" [–|-] ")


def _slogan(part: str) -> bool:
    """Whether a <title>'s last part may be a site's slogan: a few words, no verb nor a
    sentence's end («اخبار ایران و جهان»)."""
    words = part.split()
    return (
        0 < len(words) <= INSTITUTION_MAX_WORDS
        and part[-1] not in (*_KICKER_ENDS, ".", "!", "؟", "?")
        and _verb_end(_Line(part, 0, len(part), False, 0)) == ""
    )


# A wiki's name after a page's title in its <title> («پزشکی - ویکی‌پدیا، دانشنامهٔ آزاد»,
# «... - ویکی شیعه», «... - Wikipedia»): a name of at most four words, one of them holding
# «ویکی» or ending in «پدیا» (or Latin «wiki»), with no particle or verb a headline has
# («... - ویکی‌پدیا تا هوش مصنوعی را»), and the tagline's «دانشنامه ...» or «the free
# encyclopedia» after a comma or not.
_WIKI_NAME = regex.compile(
    r"(?=[^،,]*(?:ویکی|پدیا(?![\p{L}])|(?i:wiki)))"
    + _WIKI_NAME_WORDS
    + r"(?:[\x20]*[،,][\x20\u200c]*(?:"
    + _ENCYCLOPEDIA
    + r"|(?i:the\x20free\x20encyclopedia)))?[\x20]*"
)


def _wiki_name_tail(line: _Line) -> int | None:
    """Where a wiki's name after the page's title starts (its spaced dash or bar), or None:
    «پزشکی - ویکی‌پدیا، دانشنامهٔ آزاد» is the title «پزشکی» and the wiki's name, however
    short the title (the name is no headline's tail)."""
    text = line.text
    cut = max(text.rfind(" – "), text.rfind(" - "), text.rfind(" | "))
    if cut <= 0 or not text[:cut].strip():
        return None
    return cut if _WIKI_NAME.fullmatch(text[cut + 3 :].strip()) else None


# A wiki's pages about an article, not the article (MediaWiki's Persian titles): its
# revision comparison «NAME: تفاوت میان نسخه‌ها» (ZWNJ printed, a space or nothing), its
# history «NAME: تاریخچهٔ نسخه‌ها» / «تاریخچهٔ NAME» (with its hamza: a headline's bare
# «تاریخچه مسجد جامع» is an article's), its talk page «بحث:NAME» (the namespace glued to
# the name by its colon, as wikis print it), «در حال ویرایش NAME» (its edit form).
_WIKI_CHROME_TITLE = regex.compile(
    r"^(?:(?P<name>[^:]+?)[\x20]*:[\x20]*(?:تفاوت[\x20\u200c]+(?:میان|بین)|تاریخچه[ٔ]?)"
    r"[\x20\u200c]+نسخه[\x20\u200c]?ها"
    r"|تاریخچهٔ[\x20]+(?P<name>[^:]+?)"
    r"|بحث:(?P<name>\S[^:]*?)"
    r"|در[\x20]+حال[\x20]+ویرایش[\x20]+(?P<name>[^:]+?))[\x20]*$"
)
_WIKI_CHROME = "it names the article a wiki's revision, history or talk page is about"
# A wiki page's name has at most this many words (more is a headline: «تاریخچه ... است»).
WIKI_CHROME_NAME_WORDS = 8


def _wiki_chrome_name(line: _Line, end: int | None) -> Span | None:
    """The span of the article's name in a wiki's revision-comparison, history, talk or
    edit page title (:data:`_WIKI_CHROME_TITLE`), up to ``end`` when a wiki's name was cut
    after it; None otherwise, or when the name is a sentence (a verb, over
    :data:`WIKI_CHROME_NAME_WORDS` words: «تاریخچه مدرسه در ایران بررسی شد»)."""
    text = line.text if end is None else line.text[: end - line.start]
    if not _may_be_wiki_chrome(text):
        return None  # (a test in C before the pattern's lazy name, tried at every character)
    found = _WIKI_CHROME_TITLE.match(text.rstrip())
    if found is None:
        return None
    name = found.group("name")
    if len(name.split()) > WIKI_CHROME_NAME_WORDS:
        return None
    if _verb_end(_Line(name, 0, len(name), False, 0)) != "":
        return None
    return line.start + found.start("name"), line.start + found.end("name")


def _may_be_wiki_chrome(text: str) -> bool:
    """Whether ``text`` may be a wiki page's title (:data:`_WIKI_CHROME_TITLE`): each of its
    layouts holds a colon or starts with «تاریخچهٔ» or «در»."""
    return ":" in text or text.startswith(("تاریخچهٔ", "در"))


def _decorated(line: _Line) -> Span | None:
    """The span of the words inside a frame of marks around the whole line (at least two
    marks, a colon among them, on each side: «.:: نگاهی به تاریخ علم رجال ::.»), or None."""
    text = line.text
    if len(text) < 2 * FRAME_MARKS + 1 or text[0] not in ".:~*=•" or text[-1] not in ".:~*=•":
        return None  # (a cheap test before the pattern)
    found = _FRAME.match(text)
    if found is None:
        return None
    lead = text[: found.start("core")].strip()
    tail = text[found.end("core") :].strip()
    if len(lead) < FRAME_MARKS or len(tail) < FRAME_MARKS:
        return None
    return line.start + found.start("core"), line.start + found.end("core")


def _section_glued_copies(lines: Sequence[_Line], candidates: Sequence[int]) -> dict[int, str]:
    """Lines that print a headline again with a section's name glued on («HEADLINE سیاست»
    right under «HEADLINE»), by index, each with the headline's key: the title printed twice."""
    found: dict[int, str] = {}
    for index in candidates:
        line = lines[index]
        if index == 0 or line.words < GLUED_COPY_WORDS:
            continue
        above = lines[index - 1]
        if above.info.kind != "text" or above.words < GLUED_COPY_WORDS - 1:
            continue
        if not line.key.startswith(above.key) or line.key == above.key:
            continue
        rest = line.norm.replace("\u200c", " ").split()[above.words :]
        if rest and is_chrome_line(" ".join(rest)):
            found[index] = above.key
    return found


# The headline of a glued copy has at least this many words (with the section's name).
GLUED_COPY_WORDS = 4


def _part_and_crumb_evidence(lines: Sequence[_Line], index: int) -> int:
    """Title evidence from a document's part heading and a breadcrumb's last crumb."""
    score = 0
    if part_heading(lines[index].norm):
        score -= 4  # «فصل اول: ...», «بخش دوم - ...»: a chapter of the text under its title
    if quoted_saying(lines[index].norm):
        score -= 4  # «"... ." NAME»: a quoted saying and its source, an epigraph
    if names_breadcrumb_end(lines, index):
        # The breadcrumb's last crumb is the page's name: this line is its title (and not a
        # short line repeating part of a longer one, which scores 3 less).
        score += 7
    return score


# A letter of the Arabic script (presentation forms of a PDF text layer included).
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")


# The most words of a menu item («بانک و بیمه», «اقتصاد کلان»): MENU_ITEM_WORDS, above.


def _in_short_run(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` stands in a run of short lines (a menu): three of the two
    lines above and the two below it have :data:`MENU_ITEM_WORDS` words or fewer."""
    short = 0
    for other in (index - 2, index - 1, index + 1, index + 2):
        if 0 <= other < len(lines) and lines[other].words <= MENU_ITEM_WORDS:
            short += 1
    return short >= 3


def _ends_menu(lines: Sequence[_Line], index: int, anchor: int | None) -> bool:
    """Whether ``lines[index]``, a menu item's length right over the running text, ends a
    run of at least :data:`MENU_RUN_ITEMS` menu items (site furniture, one a line): the menu's
    last link as likely as a short headline (yektapress.com's AMP page: «... / عکس و فیلم /
    انتخابات 1400» over the lead, no headline printed)."""
    if anchor != index + 1 or lines[index].words > MENU_ITEM_WORDS or index < MENU_RUN_ITEMS:
        return False
    return all(
        lines[other].chrome and lines[other].words <= MENU_ITEM_WORDS
        for other in range(index - MENU_RUN_ITEMS, index)
    )


MENU_RUN_ITEMS = 4
_MENU_END_DOUBT = "it ends a run of menu items right over the text (the menu's last link)"
_LONE_SENTENCE_DOUBT = (
    "it is the page's only line, a long sentence ending with its verb (a lead or a snippet, "
    "no headline over it)"
)
_SORT_CONTROL_DOUBT = (
    "a list's sort control with its orders stands under it («Sort: by date | by rating»): the "
    "page lists posts, and the line is the list's or the site's, not one post's headline"
)
# A list's sort control: its label, then two or more orders parted by bars («Sort: by updates |
# by date | by rating», my.mail.ru's community journal; «مرتب سازی بر اساس: جدیدترین |
# پربازدیدترین»).
_SORT_CONTROL = regex.compile(
    r"^[\x20]*(?:(?i:sort(?:[\x20]+by)?|order[\x20]+by|сортировать(?:[\x20]+по)?|сортировка)"
    r"|مرتب[\x20\u200c]*سازی(?:[\x20\u200c]+بر[\x20\u200c]+اساس)?)[\x20]*:[^|]+(?:\|[^|]+){1,}$"
)
# The sort control stands at most this many lines under the line taken.
SORT_CONTROL_REACH = 5


def _over_sort_control(lines: Sequence[_Line], title: int) -> bool:
    """Whether a list's sort control (:data:`_SORT_CONTROL`) stands within
    :data:`SORT_CONTROL_REACH` lines under the title chosen: a list page's header."""
    return any(
        "|" in lines[at].text and _SORT_CONTROL.match(lines[at].norm) is not None
        for at in range(title + 1, min(len(lines), title + 1 + SORT_CONTROL_REACH))
    )


_META_ROW_DOUBT = (
    "it is a field of the post's meta row (a category's name), lone separators around it and "
    "the post's date among its fields"
)
# The meta row's date stands at most this many lines under the field taken.
META_ROW_REACH = 4


def _meta_row_field(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the title chosen is one field of a post's meta row printed a field a line,
    lone separators between them: «-» / «طراحی اپلیکیشن» / «-» / «1404-06-15» / «-» / «23»
    (dilgoon.ir's blog: category, date, views, comments). A separator right above and right
    below the line, and a date line framed so within :data:`META_ROW_REACH` lines below it: a
    category's name there as likely as a headline."""
    above, below = title - 1, title + 1
    if above < 0 or below >= len(lines) or above in outside or below in outside:
        return False
    if not (_lone_separator(lines[above]) and _lone_separator(lines[below])):
        return False
    for at in range(below + 1, min(len(lines) - 1, below + 1 + META_ROW_REACH)):
        if (
            lines[at].info.kind == "date"
            and _lone_separator(lines[at - 1])
            and _lone_separator(lines[at + 1])
        ):
            return True
    return False


_NAME_UNDER_DATELINE_DOUBT = (
    "it is a name-length line between the page's date line and its lead (an author's name as "
    "likely as a headline)"
)
_BYLINE_UNDER_DATELINE = (
    "it is a name-length line between the page's date line and its lead, its words not the "
    "lead's (an author's name; the page prints no headline)"
)
# A byline's name has at most this many words.
DATELINE_NAME_MAX_WORDS = 3


def _name_under_dateline(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the title chosen is a short line of letters alone (two or three words, no
    digit, no punctuation) right under a date line that opens the page and over a
    paragraph: «16-8-2025 | 11:21» / «نهي عاطف» / lead (darelhilal.com): the author's name
    under the story's date, the page printing no headline, as likely as a short headline.
    A short line of letters may stand between the name and the paragraph (the story's
    place, «القاهرة», «تبریز»), and the page's menu entries over the date line (a line of
    one word, «الرئيسية», or page chrome, «صفحه اصلی»)."""
    line = lines[title]
    if not 2 <= line.words <= DATELINE_NAME_MAX_WORDS or _verb_end(line):
        return False
    if not _letters_only(line):
        return False
    above, below = title - 1, title + 1
    if above < 0 or below >= len(lines) or above in outside or below in outside:
        return False
    if lines[above].info.kind != "date":
        return False
    if not lines[below].paragraph:
        place = lines[below]
        if (
            place.words > DATELINE_PLACE_WORDS
            or not _letters_only(place)
            or below + 1 >= len(lines)
            or below + 1 in outside
            or not lines[below + 1].paragraph
        ):
            return False
    return all(
        at in outside or lines[at].chrome or (lines[at].words == 1 and _letters_only(lines[at]))
        for at in range(above)
    )


# The place printed between a byline's name and the lead has at most this many words.
DATELINE_PLACE_WORDS = 2


def _letters_only(line: _Line) -> bool:
    """Whether ``line`` holds letters and spaces alone (no digit, no punctuation)."""
    return all(char.isalpha() or char in " \u200c" for char in line.text.strip())


def _name_echoed_below(lines: Sequence[_Line], title: int) -> bool:
    """Whether every content word of the line :func:`_name_under_dateline` found is in one
    of the two lines right under it (the place, the lead): a short headline's words come
    back in its lead («جشنواره فجر» / «... جشنواره فیلم فجر ...»), an author's name seldom."""
    words = _content_words(lines[title])
    if not words:
        return False
    below = set()
    for at in range(title + 1, min(len(lines), title + 3)):
        below |= set(lines[at].norm.replace("\u200c", " ").split())
    return words <= below


# A lone line of this many words or more, ending with a verb, is a sentence more likely than
# a headline (a headline alone on a page is mostly shorter: «وزیر ... موافقت کرد»).
LONE_SENTENCE_WORDS = 18


def _lone_sentence(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the title chosen is the page's only line and a long sentence ending with its
    verb (:data:`LONE_SENTENCE_WORDS` words or more, a final full stop or not): a page that
    prints one sentence and nothing else («هوش مصنوعی ... پیدا کرده است», an empty post's
    excerpt) shows no headline that can be told from its text."""
    line = lines[title]
    if line.words < LONE_SENTENCE_WORDS or line.words > LONG_HEADLINE_WORDS:
        return False
    if any(at != title and at not in outside for at in range(len(lines))):
        return False
    return bool(_verb_end(line))


def _menu_item_keys(lines: Sequence[_Line], candidates: Sequence[int]) -> dict[str, int]:
    """How many of the ``candidates`` of a menu item's length stand in a run of short lines
    (a menu), by their key: counted once for :func:`_menu_copy`, which asks it of every
    candidate (asking each one anew read every candidate for each, the square of a text's
    lines: thirty-second round of attacks)."""
    items: dict[str, int] = {}
    for index in candidates:
        if lines[index].words <= MENU_ITEM_WORDS and _in_short_run(lines, index):
            items[lines[index].key] = items.get(lines[index].key, 0) + 1
    return items


def _menu_copy(lines: Sequence[_Line], index: int, menu_keys: Mapping[str, int]) -> bool:
    """Whether ``lines[index]``, a menu item's length, has another copy in a menu: a
    section's name printed as a menu item and again over the headline («بانک و بیمه»),
    which is no headline printed twice. ``menu_keys`` is :func:`_menu_item_keys` of the
    candidates ``index`` is one of."""
    if lines[index].words > MENU_ITEM_WORDS:
        return False  # a headline's length: no menu item
    itself = 1 if _in_short_run(lines, index) else 0
    return menu_keys.get(lines[index].key, 0) - itself > 0


def _bulleted_item(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is an item of a bulleted list: bulleted, next to another.
    An index past the last line (a colon line ending the text) is no item."""
    if not 0 <= index < len(lines):
        return False
    return _BULLET.match(lines[index].text) is not None and any(
        0 <= other < len(lines) and _BULLET.match(lines[other].text)
        for other in (index - 1, index + 1)
    )


# The halves of a couplet on one line: a slash or a run of tatweels between them
# («... / ...», «هیرمند ای رود پرآب و پرصدا ـــ ای نگین سبز دشت و کشتزار»).
_HEMISTICHS = regex.compile(r"\x20(?:/|ـ{2,})\x20")


def _couplet(text: str) -> bool:
    """Whether ``text`` is a couplet: two halves of :data:`VERSE_WORDS` words each."""
    if not _may_be_couplet(text):
        return False
    halves = _HEMISTICHS.split(text)
    return len(halves) == 2 and all(
        VERSE_WORDS[0] <= len(half.split()) <= VERSE_WORDS[1] for half in halves
    )


# Afghan academic ranks printed before a writer's name (university ranks, and the Academy of
# Sciences' «اکادمیسین», «کاندید اکادمیسین», «سرمحقق», «معاون سرمحقق»).
_ACADEMIC_RANKS = frozenset(
    {"پوهاند", "پوهنوال", "پوهندوی", "پوهنمل", "پوهنیار", "پوهیالی", "اکادمیسین", "سرمحقق"}
)
_RANK_PREFIXES = frozenset({"کاندید", "معاون"})
RANKED_NAME_WORDS = 5


def _ranked_name(line: _Line) -> bool:
    """Whether the line is a writer's name after an academic rank («کاندید اکادمیسین
    سیستانۍ», «پوهاند ...»), with no verb: a byline, never the title."""
    words = line.norm.replace("\u200c", " ").split()
    if not 2 <= len(words) <= RANKED_NAME_WORDS or line.text[-1] in ".:!؟?":
        return False
    rank = words[1] if words[0] in _RANK_PREFIXES else words[0]
    return (
        rank in _ACADEMIC_RANKS
        and len(words) > 1 + (words[0] in _RANK_PREFIXES)
        and _verb_end(line) == ""
    )


def _whole_over_halves(lines: Sequence[_Line], title: int | None, outside: set[int]) -> int | None:
    """The line right above the chosen line's pair that prints the pair as one line.

    A title field of two lines (a series' name, then the part's: «اصول پایه نوردهی در
    عکاسی (Exposure)» / «بخش 3 - اندازه روزنه دیافراگم (Aperture)», taklens.ir) is printed
    whole on one line (a <title>, a line break tag printed as text) and then on its two
    lines: the whole line is the headline, each half only a part of it.
    """
    if title is None:
        return None
    for first in (title - 1, title):
        second = first + 1
        if first < 1 or second >= len(lines) or {first, second} & outside:
            continue
        if lines[first].words < 2 or lines[second].words < 2:
            continue
        whole = lines[first].key + lines[second].key
        # The whole line right above the pair, or above the pair printed twice.
        for above in range(first - 1, max(-1, first - 1 - WHOLE_REACH), -1):
            if above not in outside and lines[above].key == whole:
                return above
    return None


# The lines between a headline printed whole and its two halves (a second copy of them).
WHOLE_REACH = 3


_CONTINUED_DOUBT = (
    "the line under it, printed again with it below, may be the headline's second line "
    "(a headline set over two lines): the title may be cut short"
)
# How far below the pair its second print may stand (a byline and blank lines between).
CONTINUED_REACH = 8
# The second half of a headline is short: a few words, not a lead.
CONTINUED_MAX_WORDS = 8


def _continued_below(lines: Sequence[_Line], title: int, outside: set[int]) -> int | None:
    """The line right under the title that may be its second half, else None.

    A headline set over two lines (a line break tag inside the title field: «د ښوونکي
    عبدالرحیم خان» / «دوه کیسې», scprd.com's items) is read as two lines, and the first
    alone looks like a whole headline. The evidence that the second line is the
    headline's and not a lead or a kicker: it is short, under the first with no blank line
    between, the first ends no sentence, and the page prints the pair again below (the
    two lines again, or their words as one line).
    """
    below = title + 1
    if below >= len(lines) or below in outside:
        return None
    first, second = lines[title], lines[below]
    if (
        second.blank_before
        or not 1 <= second.words <= CONTINUED_MAX_WORDS
        or second.info.kind != "text"
        or second.chrome
        or second.byline
        or first.text[-1] in _SENTENCE_ENDS
        or first.text[-1] in _KICKER_ENDS
        or second.key == first.key
    ):
        return None
    whole = first.key + second.key
    end = min(len(lines), below + 1 + CONTINUED_REACH)
    for at in range(below + 1, end):
        if at in outside:
            continue
        if lines[at].key == whole:
            return below
        if lines[at].key == first.key and any(
            lines[nxt].key == second.key for nxt in range(at + 1, min(end, at + 3))
        ):
            return below
    return None


# A place in Latin letters alone on its line, «City, Country» («Dublin, United States»,
# «Kabul, Afghanistan»): a top bar's geo-IP widget (inp.net.pk prints the reader's city
# and country beside its today banner) or a dateline's place, never the headline of a page
# written in the Arabic script. Each part is one to three capitalised words; a bullet may
# lead it.
_LATIN_PLACE = regex.compile(
    r"[\s•·*\-]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s*"
)
# The same bar's today banner in Latin letters, a month's short name, a comma, an ordinal
# day and a two-digit year («Jan, 18th, 25»), which the grammar leaves unread.
_LATIN_BANNER_DAY = regex.compile(
    r"[\s•·*\-]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,\s*"
    r"[0-9]{1,2}(?:st|nd|rd|th)?,?\s*[0-9]{2}(?:[0-9]{2})?\s*"
)
_UNDER_LATIN_WIDGETS = (
    "it is under a top bar's Latin widgets (a place, a today banner), a section's name as"
    " often as the headline"
)
# How many lines after the place line are looked at for the Arabic script.
_LATIN_PLACE_LOOKAHEAD = 12


def _latin_place_line(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a Latin «City, Country» line (:data:`_LATIN_PLACE`) or a
    Latin today banner (:data:`_LATIN_BANNER_DAY`) on a page whose text is in the Arabic
    script (a line after it holds an Arabic letter)."""
    line = lines[index]
    if line.words > 6 or "," not in line.text:
        return False
    if _LATIN_PLACE.fullmatch(line.text) is None and _LATIN_BANNER_DAY.fullmatch(line.text) is None:
        return False
    end = min(len(lines), index + 1 + _LATIN_PLACE_LOOKAHEAD)
    return any(_ARABIC_LETTER.search(lines[at].text) for at in range(index + 1, end))


def _choose_title(
    state: _State, anchor: int | None, hints: Hints, outside: set[int], slug: str | None = None
) -> tuple[int | None, str]:
    """The index of the title line and the rule that chose it."""
    lines = state.lines
    stop = anchor if anchor is not None else len(lines)
    candidates: list[int] = []
    anchors: list[int] = []
    spaced = state.double_spaced
    verse = _verse(lines, stop, spaced)
    categories = _category_values(lines, stop)
    for index in range(stop):
        if index in outside or index in verse:
            continue
        line = lines[index]
        kind = line.info.kind
        if kind in ("labels", "date", "issue", "mixed"):
            anchors.append(index)
        if kind in ("text", "mixed") and not (
            (categories and categories.get(line.key, -1) > index)
            or (line.words <= 3 and is_month_year(line.norm))
            or _dated_note(line)
            or is_dateline_without_year(line.norm)
            or _PAGE_LABEL.match(line.norm)
            or _masthead(line) is not None
            or _volume_and_issue(line)
            or _never_title(line)
            or _text_label_value(lines, index, spaced)
            or _wrapped_report_opening(lines, index, spaced)
            or _prompt_opening(lines, index)
            or _bar_pair_over_headline(lines, index)
            or _field_line(line)
            or _card_field(lines, index)
            or _periodical_issue(lines, index)
            or _table_row(line)
            or _lettered_section(lines, index)
            or _PAGE_RANGE.match(line.norm) is not None
            or _event_date_label(lines, index)
            or (index > 0 and kind == "mixed" and _event_date_label(lines, index - 1))
            or _date_with_note(line)
            or _latin_place_line(lines, index)
        ):
            candidates.append(index)
    if anchor is not None and _sentence_headline(lines, anchor, outside):
        # «HEADLINE ENDING WITH A PERIOD.» printed twice, nothing headline-shaped above it.
        return anchor, "headline"
    if not candidates:
        if anchor is not None and _title_tag_over_headline(lines, anchor, outside):
            # «< HEADLINE » AGENCY. «NAME»» over HEADLINE: the page's <title> printed as the
            # first line, long enough to pass for text; the headline is the line under it.
            return anchor + 1, "headline"
        # Nothing above the running text: a page without a headline. A sentence is the
        # lead, never the title; a short first line still is one, and so is a sentence
        # the page's address spells (a question for a headline: «... چیست؟»).
        if anchor is not None and slug and _slug_spells(lines[anchor], slug):
            return anchor, "headline"
        if anchor is not None and not lines[anchor].paragraph:
            return anchor, "first line"
        if anchor is not None and _question_headline(lines, anchor, outside):
            return anchor, "headline"
        if anchor is not None and _bar_joined_headline(lines, anchor, outside):
            return anchor, "headline"
        if anchor is not None and _exclaimed_over_lead(lines, anchor, outside):
            return anchor, "headline"
        if anchor is not None and _stopped_over_lead(lines, anchor, outside):
            return anchor, "headline"
        if anchor is not None and _quote_pair_over_lead(lines, anchor, outside):
            return anchor, "headline"
        if anchor is not None and _summary_over_headline(lines, anchor, outside):
            state.title_doubt = None
            return anchor + 1, "headline"
        if anchor is not None and _headline_under_dated_lead(lines, anchor, outside):
            return anchor + 1, "headline"
        if anchor is not None and (noticed := _headline_under_notice(lines, anchor, outside, slug)):
            # «NOTICE.» / HEADLINE / «چکیده» / body: a site's notice printed over the story.
            if noticed != "slug":
                state.title_doubt = (_NOTICE_DOUBT, None)
            return anchor + 1, "headline"
        return None, ""
    hinted = {_squash(normalize(text)) for text, _ in hints.titles}
    if anchor is None and not hinted and (crumbed := _after_breadcrumb(lines, stop, outside)):
        # A page without running text (a portal's record: fields, no paragraph), its
        # menu and breadcrumb printed one item a line: the headline follows the breadcrumb.
        return crumbed, "headline"
    if anchor is None and not hinted and (crumbed := _after_icon_breadcrumb(lines, stop, outside)):
        # The same with the breadcrumb's home link an icon («/ بخش / زیربخش»).
        return crumbed, "headline"
    if anchor is None and not hinted:
        # No running text to stand on (a short or synthetic text): the first line that
        # is neither chrome nor a kicker is the title, as in a plain walk from the top.
        for index in candidates:
            line = lines[index]
            if (
                not line.chrome
                and line.key not in _AD_LINKS
                and (line.info.kind != "mixed" or _dated_collection(line))  # a date with company
                and line.text[-1] not in _KICKER_ENDS
                and not _speaker_kicker(lines, index)
                and not _label_value(lines, index)
                and ">>" not in line.text
                and " > " not in line.text  # a breadcrumb
            ):
                if line.words > HEADLINE_MAX_WORDS or _REPORT_OPENING.match(line.norm):
                    return None, ""  # running text cut into lines by the layout: no headline
                if _invocation(line):
                    state.title_doubt = (
                        "it is an invocation, which opens a text without naming it",
                        None,
                    )
                elif _DOMAIN_NAMED.search(line.text) is not None:
                    # «Fadak.IR راهکارهای فدک»: a site's name with its domain, a site line
                    # over the page; the page's headline, if printed, is lower.
                    state.title_doubt = (_SITE_LINE, None)
                elif index + 1 < len(lines) and _CONTINUATION.match(lines[index + 1].norm):
                    # The next line goes on with «و ...», «که ...»: one paragraph cut by the
                    # layout, whose first line is no sure headline.
                    state.title_doubt = ("it is the start of a paragraph cut by the layout", None)
                elif (tail := _lone_line_tail(lines, index)) is not None:
                    state.title_doubt = (tail, None)
                elif _excerpt_lines(lines, index) >= LISTING_EXCERPTS:
                    # No paragraph, but excerpts cut with «[…]» under it: the page lists
                    # items, and its first line is the site's or the first item's.
                    state.title_doubt = (_LIST_EXCERPTS_UNNAMED, None)
                elif (
                    index + 3 < len(lines)
                    and _dated_line(lines[index + 3])
                    and _tagline_over_post(lines, index, index + 2)
                ):
                    # A poem or a list of short lines under the date line (no running text):
                    # the first line is a blog's name over its tagline and the post's title.
                    # The short line right over the date line is the post's title, still
                    # uncertain, and the first line competes with it.
                    state.title_doubt = (_GIVES_WAY[_TAGLINE_OVER_POST], index)
                    return index + 2, "first line"
                return index, "first line"
        if lines[candidates[0]].words > HEADLINE_MAX_WORDS:
            # Every candidate is chrome or a kicker, and the first is longer than a headline:
            # a whole page's text on one line (``get_text(" ")``), no headline to cut from it.
            return None, ""
        return candidates[0], "first line"
    anchor_set = set(anchors)
    slugs = _slugs(lines) | ({slug} if slug else set())
    if slug:
        # A line the slug spells with its short words left out («...-اطلاعات-گذر-تاریخ»
        # for «... اطلاعات در گذر تاریخ») or its punctuation dropped is spelled by it too.
        slugs |= {lines[i].key for i in candidates if _slug_spells(lines[i], slug)}
        cut_end = _wordpress_cut_end(hints.url)
        if cut_end is not None:
            # WordPress cuts a slug at 200 characters of its percent-encoded bytes («...-کو»
            # for «... کودک با ...»): the line whose opening it spells, the slug ending inside
            # one of its words, is the one it names (a slug ending at a word's end may be
            # whole, and the line the headline with more words after it).
            slugs |= {
                lines[i].key
                for i in candidates
                if _slug_opens(lines[i].norm, slug)
                and all(_NOT_LETTERS.sub("", word) != cut_end for word in lines[i].norm.split())
            }
    keys: dict[str, int] = {}
    for index in (*candidates, *range(stop, min(len(lines), stop + BODY_GAP))):
        if index >= stop and not _may_repeat(lines[index], keys):
            continue  # a paragraph that repeats no candidate: its key is not needed
        key = lines[index].key
        keys[key] = keys.get(key, 0) + 1
    # A breadcrumb with the headline glued at its end («صفحه اصلی > بخش : HEADLINE»): the
    # headline printed alone counts as printed twice.
    for index in candidates:
        line = lines[index]
        if ">>" in line.text or " > " in line.text:
            tail = _squash(normalize(regex.split(r">>|\x20>\x20|\x20:\x20", line.text)[-1]))
            if tail != line.key and keys.get(tail, 0) == 1 and len(tail) >= CUT_KEY_CHARS:
                keys[tail] += 1
    # A headline printed again right below with a short tail glued on (its category's
    # names, «HEADLINE کامپیوتر و موبایل»): printed twice.
    candidate_set = set(candidates)
    for index in candidates:
        line = lines[index]
        if line.words < 3 or line.info.kind != "text" or keys.get(line.key, 0) != 1:
            continue
        for other in (index + 1, index + 2):
            # (a photo credit glued to a caption's copy is no category: «... Copyright CANVA»)
            longer = lines[other].key if other in candidate_set and not lines[other].byline else ""
            if longer.startswith(line.key) and 0 < len(longer) - len(line.key) <= GLUED_TAIL_CHARS:
                keys[line.key] += 1
                break
    # A headline printed again right under itself with a section's name glued on
    # («HEADLINE سیاست»): printed twice, and the copy is no line of its own between it and
    # the body.
    _punctuation_copies(lines, candidates, keys)
    glued_copies = _section_glued_copies(lines, candidates)
    for original in glued_copies.values():
        if keys.get(original, 0) < 2:
            keys[original] = keys.get(original, 0) + 1
    menu_keys = _menu_item_keys(lines, candidates)
    best: tuple[int, int] | None = None
    # Count headline-shaped lines between each candidate and the anchor, bottom up.
    between = 0
    counted: set[str] = set()
    scored: list[tuple[int, int]] = []
    shape: dict[str, bool] = {}
    for index in reversed(candidates):
        line = lines[index]
        key = line.key
        # Read with the blank lines as printed, double-spaced or not: two copies set apart
        # are the title printed twice (a kicker over them), two in a row an image's alt text
        # and caption; a double-spaced text cannot tell them apart.
        caption = _copies_in_a_row(lines, index)
        value = _title_score(
            lines,
            index,
            anchor=stop,
            anchors=anchor_set,
            between=between,
            repeated=keys.get(key, 0) - caption > 1
            and not _menu_copy(lines, index, menu_keys)
            and not _site_name_twice(lines, index),
            caption=caption == 1,
            hinted=key in hinted,
            slugged=key in slugs,
            spaced=spaced,
            shape=shape,
        )
        scored.append((value, index))
        if (
            line.words >= 4
            and line.info.kind == "text"
            and not line.chrome
            and not line.byline
            and key not in counted
            and index not in glued_copies  # the headline again, a section glued on: no other line
            and _ARABIC_LETTER.search(line.text) is not None  # Latin only: a widget's items
            and not shape["couplet"]  # (the score's verdicts on the line, made once)
            and not shape["subtitle"]
            and not shape["under_verb"]
            and not shape["widget"]
            and not shape["intro"]
            and not shape["lead_rest"]
            and not _in_cut_sentence(lines, index)
        ):
            between += 1
            counted.add(key)  # a line printed twice counts once
    lead = _content_words(lines[stop]) if stop < len(lines) else set()
    tied_below: int | None = None  # a lower line of the same score the upper one beat
    for value, index in scored:
        # Ties: the lower line (a kicker stands above the headline), unless the upper one
        # shares clearly more words with the lead or stands under a kicker.
        if best is None or value > best[0]:
            best, tied_below = (value, index), None
        elif value == best[0] and _wins_tie(lines, index, best[1], lead):
            if index < best[1]:
                tied_below = best[1]
            best = (value, index)
    assert best is not None
    tag_rival = _title_tag_rival(lines, scored, best[1], hints, lead, stop=stop)
    if tag_rival is not None:
        # Only the page's <title> names the best line, and without that the text's layout
        # puts another line first (a feed digest: the feed's name over the item's headline
        # and its header): <title> only fills a gap, so the other line is the title,
        # uncertain, and the line <title> names competes with it.
        hinted = hinted - {lines[best[1]].key}
        best, tied_below = (tag_rival[0], tag_rival[1]), None
    repeated = (
        None
        if tag_rival is not None
        else _title_tag_repeated(lines, scored, best[1], hints, stop=stop)
    )
    index = best[1]
    key = lines[index].key
    spelled = [(value, at) for value, at in scored if lines[at].key in slugs]
    if spelled and key not in slugs and key not in hinted:
        # The address's slug spells a line the score put lower (a column's one-word name,
        # «.../54893/سوت», over its items): the page's address names its title.
        index = max(spelled)[1]
        key = lines[index].key
    logo = _headline_under_logo_twice(lines, candidates, index, keys, outside)
    if logo is not None and key not in hinted and key not in slugs:
        # «مجله برنامه نویسی» / «مجله برنامه نویسی» / HEADLINE / lead: a site's name printed
        # twice (its logo's alt text and its name) over the headline; the copies' score is
        # no title's, and the name is no rival to the headline.
        scored = [(value, at) for value, at in scored if at not in (logo - 2, logo - 1)]
        index, key = logo, lines[logo].key
    top = _name_twice_on_top(lines, candidates, index, keys, outside)
    if top is not None and key not in hinted and key not in slugs:
        # «سلام، دنیا» / «سلام دنیا» / the chapter's text / «نحوه‌ی کار» / its text: a
        # chapter's name printed twice at the page's top (its title and its heading) names
        # the page; a section's heading printed once lower does not.
        index, key = top, lines[top].key
    pair = _two_names_twice_on_top(lines, candidates, index, keys, outside)
    if pair is not None and key not in hinted and key not in slugs:
        # «متغیرها» / «ثابت ها» / the chapter's text / «روش کار» / its text / «متغیرها» /
        # «ثابت ها»: two names each printed twice name the page between them, and the
        # section's heading printed once under the running text names none of it.
        state.title_doubt = (_TWO_NAMES_TWICE, pair)
        return None, ""
    named = _name_over_summary(lines, index, candidates, outside, spaced)
    if named is not None and key not in hinted and key not in slugs:
        # «جلسه هشتم : ...» / its description / the topics / the transcript: the line
        # chosen is a topic, and the page's first line names the page.
        index, key = named, lines[named].key
    if (
        lines[index].words <= NAME_MAX_WORDS
        and key not in hinted
        and key not in slugs
        and _name_over_exclaimed_headline(lines, index, stop, candidates, outside)
    ):
        # «رفتن به مطلب» / «ایران سی اف سی» / «HEADLINE!» / «امتیاز دادن به این موضوع:»: a
        # short name (the site's logo) over one exclaimed headline-shaped sentence standing
        # alone; that sentence is the headline, uncertain, and the name competes with it.
        state.title_doubt = (_NAME_OVER_EXCLAIMED, index)
        return stop, "headline"
    kicker = _site_name_over_kicker(lines, scored, index, hints, outside)
    if kicker is not None:
        # «سازمان نظام پزشکی» (<title> and the first line) / «تاریخ: ...» / «در بخشنامه ...:»
        # / lead: a print view names its site over a page that prints no headline.
        state.title_doubt = (_SITE_NAME_NO_HEADLINE, kicker)
        return None, ""
    named_above = _name_over_colon_line(lines, scored, index)
    if named_above is not None and key not in hinted and key not in slugs:
        # «بیمه درمان» / «بیمه درمان دارای چند نوع مختلف است:» / the kinds listed: the line
        # ending with a colon opens the text by the name right above it, the page's title.
        index, key = named_above, lines[named_above].key
    if key not in hinted and key not in slugs and _over_archive_heading(lines, index, stop):
        # «... وب سايت مراکز استانی صدا و سيما» / «آرشيو ماهانه» / «تاريخ ايجاد: DATE» / body:
        # the blog's sidebar links and its archive widget's heading over the post's date;
        # the post prints no title of its own.
        state.title_doubt = (_SIDEBAR_OVER_POST, index)
        return None, ""
    if (
        key not in hinted
        and key not in slugs
        and index + 1 < stop
        and _ARCHIVE_HEADING.match(lines[index + 1].norm) is not None
    ):
        # The same line and heading with no date line under them, or with the post's own
        # title printed under the date: a sidebar's link still, or the post's title over the
        # archive widget; which cannot be told, so none is taken, doubted.
        state.title_doubt = (_OVER_ARCHIVE_HEADING, index)
        return None, ""
    if (
        lines[index].text[-1] == ":"
        and key not in hinted
        and key not in slugs
        and stop < len(lines)
        and all(i in outside for i in range(index + 1, stop))
        and _quote_pair_over_lead(lines, stop, outside)
    ):
        # «KICKER:» over «QUOTE./ QUOTE.» over «ایلنا-ارومیه: ...»: the quotes are the
        # headline under the kicker, though each ends with a full stop.
        return stop, "headline"
    if (
        lines[index].text[-1] == ":"
        and key not in hinted
        and key not in slugs
        and not _over_id_label(lines, index, outside)
    ):
        # A kicker or a label with no headline under it: the page prints no title.
        state.title_doubt = ("the page prints no headline under this kicker", index)
        return None, ""
    if key not in hinted and key not in slugs and _kicker_opening_lead(lines, index):
        # «معاون وزیر نیرو اعلام کرد» over «معاون وزیر نیرو اعلام کرد پروژه‌هایی که ...»: a
        # kicker the lead repeats and goes on from; the headline between them is not in
        # the text (an extractor that keeps the headline in its metadata left it out).
        state.title_doubt = ("the kicker opens the lead below it: no headline between", index)
        return None, ""
    if key not in hinted and key not in slugs and (staff := _staff_or_page_line(lines, index)):
        # «اورژانس : آقای ...» (a department and its head) or a sentence's end under a book
        # reader's «صفحه ۲۴۲»: the page prints no headline there.
        state.title_doubt = (staff, index)
        return None, ""
    if _hello(lines[index]) and key not in hinted and key not in slugs:
        # «سلام» over a blog post's paragraphs: the post's first words, and the page prints
        # no headline above them.
        state.title_doubt = (_HELLO_LINE, index)
        return None, ""
    if key not in hinted and key not in slugs and _recipe_section_first(lines):
        # «مواد لازم» / the ingredients / «طرز تهیه» / the steps: the text opens inside a
        # recipe (its dish's name left out), and the best line is an ingredient or a step.
        state.title_doubt = (_RECIPE_SECTION_FIRST, index)
        return None, ""
    if lines[index].chrome and key not in hinted and key not in slugs:
        # Every line above the running text scores below a menu item or a button: the page
        # prints no headline there (a forum's welcome box over its notices).
        state.title_doubt = ("the page prints no headline; its best line is site furniture", index)
        return None, ""
    if (
        lines[index].byline
        and lines[index].words <= NAME_MAX_WORDS
        and key not in hinted
        and key not in slugs
    ):
        # The best line is a byline («نویسنده ارشد SITE», «نوشته‌ی NAME»: a name's length;
        # a headline opening with «نویسنده» is longer): the page prints no headline above its
        # header (a blog whose title is only in its address).
        state.title_doubt = ("the page prints no headline; its best line is a byline", index)
        return None, ""
    if key not in hinted and key not in slugs and _author_over_text(lines, index, stop, outside):
        # «سعید برآبادی» / one long paragraph that never names «برآبادی»: a magazine's
        # author's name over the article (its headline left out by the extraction), not a
        # headline about that person, whom the text would name.
        state.title_doubt = (_AUTHOR_OVER_TEXT, index)
        return None, ""
    if (
        lines[index].words >= LEAD_WORDS
        and key not in hinted
        and key not in slugs
        and keys.get(key, 0) == 1
        and _TWO_SENTENCES.search(lines[index].text) is not None
        and not _headline_shaped_above(lines, index, outside)
    ):
        # Two sentences of a lead's length, printed once, nothing headline-shaped above
        # them (only menu items and the header's labels and date): the lead of a page that
        # prints no headline, not a headline.
        state.title_doubt = (_LEAD_WITHOUT_HEADLINE, index)
        return None, ""
    if (
        lines[index].words >= LEAD_WORDS
        and key not in hinted
        and key not in slugs
        and (keys.get(key, 0) == 1 or _ends_sentence(lines[index]))
    ):
        # A sentence of a lead's length right under a shorter headline-shaped line: the
        # lead, and the line above it is the headline. A whole sentence printed twice is
        # the lead as well (a summary box and the body's first paragraph).
        above = [other for other in candidates if index - LEAD_REACH <= other < index]
        if above and _headline_over_lead(lines, above[-1]):
            index, key = above[-1], lines[above[-1]].key
            if _content_words(lines[index]) & _content_words(lines[best[1]]):
                # The headline and its lead share a word: the lead is no rival to it.
                scored = [(value, at) for value, at in scored if at != best[1]]
    upper = _over_first_print(lines, index, candidates)
    if upper is not None:
        # The related link and the summary it interrupts are no rivals to the headline.
        scored = [(value, at) for value, at in scored if at not in (index, index - 1)]
        index, key = upper, lines[upper].key
    glued = index
    # Two lines glued by extraction («... اروپاچهار انتخابات ...»): the one ending the glued
    # line is a headline printed alone above it, and that one is the title.
    for other in candidates:
        near = lines[other].key
        if (
            other < index
            and lines[other].words >= 3
            and len(near) < len(key)
            and key.endswith(near)
            and lines[other].info.kind == "text"
        ):
            index, key = other, near
            break
    question = _question_over_its_twin(lines, index, candidates)
    if question is not None and key not in hinted:
        index, key = question, lines[question].key
    asked = _title_over_its_question(lines, index, candidates)
    if asked is not None and key not in hinted and key not in slugs:
        # «API یا وب سرویس نرم افزارهای حسابداری» / «وب سرویس یا api حسابداری چیست؟» /
        # body: a post's first section heading asks what its title names; the title is the
        # line above, still uncertain, and the question competes with it.
        state.title_doubt = (_QUESTION_UNDER_TITLE, index)
        return asked, "headline"
    rule = "headline (h1)" if key in hinted else "headline"
    below = _headline_under_masthead(lines, index, stop, outside)
    if (
        rule == "headline"
        and below is None
        and key not in slugs
        and keys.get(key, 0) > 1
        and (below := _headline_under_header_twice(lines, index, stop, outside)) is not None
        and _address(hints.url).listing
    ):
        below = None  # (at a list's address its own rules name the list)
    if rule == "headline" and below is not None and key not in slugs and keys.get(key, 0) == 1:
        # «روزنامه ملی ...» / the paper's description / HEADLINE / body: the institution's
        # name is a masthead, and the headline under its description is the title, uncertain.
        state.title_doubt = (_MASTHEAD_LINE, index)
        return below, rule
    if rule == "headline" and below is not None and key not in slugs:
        # «دیزباد وطن ماست» twice / «سایت رسمی روستای دیزباد ...» / the same three lines
        # again / HEADLINE / body: the site's header (its name and its description) printed
        # twice, and the headline under it is the title, uncertain (a list's first item's
        # as often: a month archive prints the same).
        state.title_doubt = (_HEADER_TWICE, index)
        return below, rule
    if rule != "headline" and repeated is not None and index == best[1]:
        state.title_doubt = (_TITLE_TAG_REPEATED, repeated)  # (as below)
    if rule == "headline" and index == glued and key not in slugs:
        state.title_doubt = (
            _title_doubt(lines, index, scored, keys.get(key, 0) > 1, stop, spaced=spaced)
            or _short_line_over_the_date(lines, index, stop)
            or _latin_over_persian(lines, index, stop)
            or _capital_section_heading(lines, index)
            or _name_over_a_quote(lines, index)
            or _over_imprint(lines, index)
            or _name_after_verb(lines[index])
            or (None if key in hinted else _stopped_unrestated(lines, index, stop, scored))
        )
        if tag_rival is not None and index == tag_rival[1]:
            state.title_doubt = (_TITLE_TAG_ONLY, tag_rival[2])
        if state.title_doubt is None and repeated is not None and index == best[1]:
            # The first line, named by <title> alone, is printed again under the running
            # text (a blog's name over its post and in its sidebar) and another line is
            # scored: the name may be the blog's, the headline under it. Kept, doubted.
            state.title_doubt = (_TITLE_TAG_REPEATED, repeated)
        if state.title_doubt is None and tied_below is not None and index == best[1]:
            # The same score as a line under it, taken for its words shared with the lead.
            state.title_doubt = ("another line has the same evidence", tied_below)
        doubt = state.title_doubt
        if (
            doubt is not None
            and doubt[0] == _NEARLY_SAME
            and doubt[1] is not None
            and slug
            and _slug_favours(lines[doubt[1]], lines[index], slug)
        ):
            # Two lines of nearly the same score, and the address's slug holds the rival's
            # words, none of the chosen one's: the rival is the title, still uncertain.
            state.title_doubt = (_NEARLY_SAME, index)
            return doubt[1], rule
        if (
            doubt is not None
            and doubt[0] == _NEARLY_SAME
            and doubt[1] is not None
            and _heads_its_date_line(lines, doubt[1], index)
        ):
            # «HEADLINE» / «آخرین به روز رسانی ...» / «a short line» / body: the rival heads
            # the article's labelled date line, as a headline heads its meta; the shorter line
            # under that meta opens the body. The rival is the title, still uncertain.
            state.title_doubt = (_NEARLY_SAME, index)
            return doubt[1], rule
        if doubt is not None and doubt[0] in _GIVES_WAY and doubt[1] is not None:
            # The line above names the story the lead tells, or the chosen line names its
            # publisher: the line above is the title, still uncertain, and the line chosen
            # by score competes with it.
            state.title_doubt = (_GIVES_WAY[doubt[0]], index)
            upper = doubt[1]
            if upper - 1 in candidates and _restates(lines[upper - 1], lines[upper]):
                # The line above restates the headline right above it (a subtitle «ولایت هرات
                # باستان» under «ولایت هرات», a series line naming the part's title): that
                # headline is the title.
                return upper - 1, rule
            return upper, rule
    if index in candidates and _defines_the_line_above(lines, index) and key not in hinted:
        # «هرات» / «هرات، ولایت و منطقه‌ای تاریخی ...»: an entry's name over its definition.
        state.title_doubt = None
        return index - 1, rule
    first_print = _first_print_above(lines, index)
    if first_print is not None:
        return first_print, rule
    # The title printed twice around the header block: the first one is the title.
    for earlier in range(index - 1, max(-1, index - LABEL_REACH_ABOVE), -1):
        line = lines[earlier]
        if line.key == key or (
            index - earlier <= 2
            and not _tag_run(line.norm)  # a run of tags holding the headline's words
            # A kicker or a label ending with a colon («بلیت جشنواره فیلم کودک:» over «چرا
            # بلیت جشنواره فیلم کودک گران شد؟») introduces the headline: no print of it.
            and not _colon_kicker_over(line, lines[index])
            and (
                _variant(line.key, key)
                or _reworded(line, lines[index])
                or _noted_print(line, lines[index])
            )
        ):
            return earlier, rule
        if line.info.kind == "text" and line.words > 3:
            break
    for earlier in range(index - 1, max(-1, index - 3), -1):
        line = lines[earlier]
        if (
            len(line.key) >= VARIANT_MIN_CHARS
            and key.startswith(line.key)
            and line.info.kind == "text"
        ):
            # The headline printed first, then again with more glued on («... مصوب (date)»),
            # a byline between them at most.
            state.title_doubt = None
            return earlier, rule
        if not line.byline:
            break
    return index, rule


_AUTHOR_OVER_TEXT = "the line is a person's name alone over a text that never names them (a byline)"


def _author_over_text(lines: Sequence[_Line], index: int, stop: int, outside: set[int]) -> bool:
    """Whether ``lines[index]`` is an author's name alone right over the running text: two
    or three words of letters only, the first a given name (:data:`vocab.GIVEN_NAMES`), the
    next line kept the first paragraph, and the text from there on never holding the name's
    other words (a headline naming a person, «حسن روحانی» over a text about him, or a tag's
    list of his news, is followed by text naming him)."""
    line = lines[index]
    if not 2 <= line.words <= 3 or stop >= len(lines) or not lines[stop].paragraph:
        return False
    words = line.norm.split()
    if (
        len(words) != line.words
        or squeeze(words[0]) not in vocab.GIVEN_NAMES
        or not all(word.replace("\u200c", "").isalpha() for word in words)
        or any(at not in outside for at in range(index + 1, stop))
    ):
        return False
    rest = "".join(lines[at].key for at in range(stop, len(lines)))
    return not any(squeeze(word) in rest for word in words[1:])


def _staff_or_page_line(lines: Sequence[_Line], index: int) -> str:
    """Why ``lines[index]`` is no headline, by two shapes of pages that print none:

    - a staff line, «DEPARTMENT : آقای NAME» (a unit's name, a colon and a person's name after
      an honorific; a hospital department's page, 15khordadhos.semums.ac.ir): a field of
      the page naming who is in charge;
    - a sentence ending with a full stop right under a book reader's page label «صفحه ۲۴۲»
      at the top (amontazeri.com's /book/.../242): the end of a sentence begun on the page
      before.

    "" otherwise."""
    line = lines[index]
    staff = _STAFF_LINE.match(line.norm)
    if (
        staff is not None
        and len(staff.group("name").split()) <= NAME_MAX_WORDS
        and len(staff.group("unit").split()) <= STAFF_UNIT_WORDS
        and index + 1 < len(lines)
        and _job_title_under(lines[index + 1])
    ):
        return _STAFF_NAMED
    if (
        line.text.endswith(".")
        and not line.text.endswith("..")
        and index > 0
        and _PAGE_LABEL.match(lines[index - 1].norm)
        and not any(
            lines[at].info.kind == "text" and not lines[at].chrome for at in range(index - 1)
        )  # (a site's chrome above the reader, «حالت تاریک», «Loading...», is no text)
    ):
        return _PAGE_CONTINUED
    return ""


# «اورژانس : آقای محمد ...», «مدیر بخش: دکتر ...»: a unit's name (no digits), a colon, an
# honorific and a person's name (no digits, no further colon).
_STAFF_LINE = regex.compile(
    r"^(?P<unit>[^:0-9]{2,40}?)[\x20]*:[\x20]*(?:جناب[\x20]+|سرکار[\x20]+)?"
    r"(?:آقای|خانم|دکتر|مهندس)[\x20]+(?P<name>[^:0-9.!?؟]+?)[\x20]*$"
)
# A unit's name before the colon has at most this many words.
STAFF_UNIT_WORDS = 3


def _job_title_under(line: _Line) -> bool:
    """Whether the line under a staff line is the person's job title: a short text line
    («کارشناس هوشبری»), no paragraph, no mark at its end (a headline's lead is a paragraph)."""
    text = line.text.rstrip()
    return (
        line.info.kind == "text"
        and not line.paragraph
        and 1 <= line.words <= NAME_MAX_WORDS
        and bool(text)
        and text[-1].isalpha()
    )


_STAFF_NAMED = "it names a unit and the person in charge of it (a staff line), not a headline"
_PAGE_CONTINUED = "it ends a sentence begun on the page before (under a book's page label)"


def _name_over_summary(
    lines: Sequence[_Line],
    index: int,
    candidates: Sequence[int],
    outside: set[int],
    spaced: bool = False,
) -> int | None:
    """The page's first line when it names the page over a paragraph describing it and the
    line chosen by score stands at the end of a block of topic lines under that paragraph;
    None otherwise.

    A lesson's, an episode's or a course part's page prints its name, a description, then
    the topics it covers one a line (no blank line between them), then the text
    (aminikhaah.ir's «جلسه هشتم : ...» / «مجموعه جلسات ...» / «جمله حالیه چیست؟» ... /
    transcript): the last topic stands right over the text and scores as a headline would,
    but the name is the one the description restates (two content words or more, more than
    the topic shares with it). A site's name over its motto is no headline-shaped name, and
    a news page's menus are short lines, no block of topics. In a double-spaced text
    (``spaced``) a blank line sets no topic apart.
    """
    first = next((at for at in range(index) if at not in outside), None)
    if first is None or first not in candidates or index - first < 2 + SUMMARY_TOPICS:
        return None
    head, summary = lines[first], lines[first + 1]
    if (
        first + 1 in outside
        or not summary.paragraph
        or not 3 <= head.words <= HEADLINE_MAX_WORDS
        or head.text[-1] in (*_KICKER_ENDS, ".")
        or head.chrome
        or head.byline
        or _institution(head)
    ):
        return None
    for at in range(first + 2, index + 1):
        line = lines[at]
        if (
            at in outside
            or line.paragraph
            or line.info.kind != "text"
            or line.chrome
            or not 2 <= line.words <= HEADLINE_MAX_WORDS
            # A block printed one topic a line (a double-spaced text's blank lines say nothing).
            or (at > first + 2 and line.blank_before and not spaced)
        ):
            return None
    described = _content_words(summary)
    shared = len(_content_words(head) & described)
    if shared < SUMMARY_SHARED_WORDS or len(_content_words(lines[index]) & described) >= shared:
        return None
    return first


# A page's name over its description and its topics: at least this many topic lines, and
# the description restates at least this many of the name's content words.
SUMMARY_TOPICS = 3
SUMMARY_SHARED_WORDS = 2


def _title_tag_rival(
    lines: Sequence[_Line],
    scored: Sequence[tuple[int, int]],
    best: int,
    hints: Hints,
    lead: set[str],
    *,
    stop: int,
) -> tuple[int, int, int] | None:
    """The line that wins when the <title> bonus of the best line ``best`` is taken away,
    as (score, index, ``best``), when only the page's <title> (minus the site's name) names
    ``best``, none of its stronger machine sources, ``best`` is printed twice in a row, and
    another line then scores more; else None.

    A feed digest posted on a blog: the feed's name is the post's title (and <title>) and
    the digest's heading again, two copies in a row, over the item's headline, its date
    and author lines and its text («NAME» / «NAME» / «HEADLINE» / «Posted: ...»)."""
    key = lines[best].key
    tag = {_squash(normalize(text)) for text, rule in hints.titles if rule == "title tag"}
    other = {_squash(normalize(text)) for text, rule in hints.titles if rule != "title tag"}
    if key not in tag or key in other:
        return None
    if not any(
        0 <= at < len(lines) and lines[at].key == key for at in (best - 1, best + 1)
    ) and not (
        best < stop < len(lines)
        and lines[stop].paragraph
        and any(lines[at].key == key for at in range(stop + 1, len(lines)))
    ):
        # Printed once, or its copies apart above the running text: a headline <title>
        # rightly names. (A blog's name over the post and again in the sidebar under the
        # post's text, «<title>BLOG</title>», is printed apart as well.)
        return None
    rival: tuple[int, int] | None = None
    mine = 0
    for value, index in scored:  # (bottom up, ties as _choose_title breaks them)
        if lines[index].key == key:
            mine = max(mine, value - HINT_BONUS)
        elif lines[index].key not in tag and (
            rival is None
            or value > rival[0]
            or (value == rival[0] and _wins_tie(lines, index, rival[1], lead))
        ):
            rival = (value, index)
    if rival is None or rival[0] <= mine:
        return None
    return rival[0], rival[1], best


def _title_tag_repeated(
    lines: Sequence[_Line],
    scored: Sequence[tuple[int, int]],
    best: int,
    hints: Hints,
    *,
    stop: int,
) -> int | None:
    """The rival line (the best scored other than ``best``) when ``best`` is the page's
    first line, only the page's <title> names it (none of its stronger machine sources),
    and it is printed again after the running text that starts at ``stop``; else None.
    A blog's name is so printed: over the post, as <title>, and in the sidebar."""
    key = lines[best].key
    tag = {_squash(normalize(text)) for text, rule in hints.titles if rule == "title tag"}
    other = {_squash(normalize(text)) for text, rule in hints.titles if rule != "title tag"}
    if (
        key not in tag
        or key in other
        or any(index < best for _, index in scored)
        or not (best < stop < len(lines) and lines[stop].paragraph)
        or not any(lines[at].key == key for at in range(stop + 1, len(lines)))
    ):
        return None
    rivals = [(value, index) for value, index in scored if lines[index].key != key]
    return max(rivals)[1] if rivals else None


_TITLE_TAG_REPEATED = (
    "only the page's <title> names this first line, and it is printed again under the "
    "running text (a blog's name)"
)


# What a title line's machine source adds to its score (see _title_score).
HINT_BONUS = 8
_TITLE_TAG_ONLY = "only the page's <title> names another line, and the text puts this one first"
_SITE_NAME_NO_HEADLINE = (
    "the first line, which only the page's <title> names, is an institution's name (the "
    "site's), and no headline is printed under this kicker"
)


def _site_name_over_kicker(
    lines: Sequence[_Line],
    scored: Sequence[tuple[int, int]],
    best: int,
    hints: Hints,
    outside: set[int],
) -> int | None:
    """The best line but ``best`` when it is a kicker ending with a colon over no headline,
    and ``best`` is an institution's name alone (:func:`_institution`), the first line
    scored, named by the page's <title> only (none of its stronger machine sources); else
    None.

    A print view (DNN's NewsArticles «Print.aspx») prints the portal's name first, which
    its <title> repeats, then the date label, a kicker ending with a colon and the lead:
    the page prints no headline, and the name the <title> gives it is the site's."""
    if not hints.titles or any(rule != "title tag" for _, rule in hints.titles):
        return None
    key = lines[best].key
    if not any(_squash(normalize(text)) == key for text, _ in hints.titles):
        return None
    if any(index < best for _, index in scored) or not _institution(lines[best]):
        return None
    rival = max(((value, at) for value, at in scored if at != best), default=None)
    if rival is None:
        return None
    line = lines[rival[1]]
    if line.text[-1] != ":" or _over_id_label(lines, rival[1], outside):
        return None
    return rival[1]


# A full stop between two words, a space after it or none («... دانست.دستاوردی ...»): one
# sentence ends and another begins (a word of two letters at least on either side, so
# that initials «ج.ا.ا» and numbers «۳.۵» are no sentence's end).
_TWO_SENTENCES = regex.compile(r"\p{L}{2}\.[\x20\u200c]*\p{L}{2}")
_LEAD_WITHOUT_HEADLINE = "it is a lead of two sentences, and no headline is printed above it"

_NEW_BADGES = frozenset(word.lower() for word in vocab.NEW_BADGE_WORDS)


def _new_badge_end(line: _Line) -> int | None:
    """Where a headline ends when a list's «new» badge is run into its line after its verb
    («... با مشکل روبه‌رو کرده است جدید»): a headline stating an event ends with its verb,
    and the word after it is the badge. None when the line ends otherwise."""
    words = line.norm.replace("\u200c", " ").split()
    if len(words) < 3 or words[-1].lower() not in _NEW_BADGES:
        return None
    verb = words[-2]
    if not (verb in _VERB_ENDINGS or verb in _SAYING_VERBS or words[-3] in _PRESENT_PREFIXES):
        return None
    return line.start + line.norm.rstrip().rindex(words[-1])


def _after_breadcrumb(lines: Sequence[_Line], stop: int, outside: set[int]) -> int | None:
    """The first line after the breadcrumb, when the text prints its home link twice (the
    menu's first item, then the breadcrumb's) and the breadcrumb's other crumbs repeat
    lines above it (the menu's items): a headline-shaped line of its own there is the
    page's headline, the site's name above the menu is not. None otherwise."""
    reach = min(stop, BREADCRUMB_REACH)  # a menu and a breadcrumb stand at the page's top
    homes = [i for i in range(reach) if i not in outside and home_crumb(lines[i].norm)]
    if len(homes) < 2:
        return None
    seen = {lines[i].key for i in range(homes[-1])}
    crumbs = 0
    for index in range(homes[-1] + 1, min(stop, homes[-1] + 1 + BREADCRUMB_CRUMBS)):
        line = lines[index]
        if line.key in seen:
            crumbs += 1  # a crumb: a menu's item printed again
            continue
        if (
            crumbs
            and index not in outside
            and line.info.kind == "text"
            and line.words >= SHORT_RIVAL_WORDS
            and line.words <= HEADLINE_MAX_WORDS
            and not line.chrome
            and not line.paragraph
            and line.text[-1] not in _KICKER_ENDS
            and not _never_title(line)
        ):
            return index
        return None
    return None


def _after_icon_breadcrumb(lines: Sequence[_Line], stop: int, outside: set[int]) -> int | None:
    """The line after a breadcrumb whose home link is an icon, when a page without running
    text prints its site line, menus and that breadcrumb one item a line: «/ پژوهش / روش
    تحقیق» (the separator left at the start where the house icon stood, fadak.ir's article
    page under «Fadak.IR ...», its language links and a section line). A headline-shaped
    line of its own right after it is the page's headline; the site line on top is not.
    None otherwise (no such breadcrumb, or a paragraph above it: not a page's top)."""
    for index in range(min(stop, BREADCRUMB_REACH)):
        if index in outside:
            continue
        line = lines[index]
        if line.paragraph or line.words > HEADLINE_MAX_WORDS:
            return None
        crumbs = _ICON_CRUMBS.match(line.text)
        if crumbs is None:
            continue
        parts = [part.strip() for part in regex.split(r"\x20[/»>]\x20", crumbs.group("rest"))]
        if len(parts) < 2 or not all(0 < len(part.split()) <= CRUMB_MAX_WORDS for part in parts):
            return None
        after = next((at for at in range(index + 1, stop) if at not in outside), None)
        if after is None:
            return None
        head = lines[after]
        if (
            head.info.kind == "text"
            and SHORT_RIVAL_WORDS <= head.words <= HEADLINE_MAX_WORDS
            and not head.chrome
            and not head.paragraph
            and head.text[-1] not in (*_KICKER_ENDS, ".")
            and not _never_title(head)
        ):
            return after
        return None
    return None


# A Latin site name spelled as its domain («Fadak.IR», «Example.com»): a site line's mark.
_DOMAIN_NAMED = regex.compile(
    r"(?<![\w.@/])[A-Za-z][A-Za-z0-9\-]{1,30}\.(?i:ir|com|net|org|info|af|tj|co)(?![\w.])"
)
_SITE_LINE = "it names the site by its domain (a site line over the page)"
# A breadcrumb whose home crumb is an icon: a separator first, «/ بخش / زیربخش».
_ICON_CRUMBS = regex.compile(r"^[\x20]*[/»>][\x20]+(?P<rest>\p{Arabic}.*\S)[\x20]*$")
# A crumb has at most this many words.
CRUMB_MAX_WORDS = 5


# A page's menu and breadcrumb stand within this many lines of its top.
BREADCRUMB_REACH = 40
# A breadcrumb has at most this many crumbs after its home link.
BREADCRUMB_CRUMBS = 5


def _defines_the_line_above(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a definition of the short line right above it: it opens
    with that line's words and a comma and ends a sentence («هرات» over «هرات، ولایت و
    منطقه‌ای تاریخی در غرب افغانستان.», an encyclopedia's entry over its first line)."""
    if index == 0:
        return False
    name, line = lines[index - 1], lines[index]
    return (
        name.info.kind == "text"
        and 0 < name.words <= ENTRY_NAME_WORDS
        and not name.chrome
        and line.text.endswith(".")
        and line.norm.startswith(name.norm)
        and line.norm[len(name.norm) : len(name.norm) + 1] in ("،", ",")
    )


# An encyclopedia's entry name over its definition has at most this many words.
ENTRY_NAME_WORDS = 3
# A definition opens with the entry's name and one of these: a comma, «یکی از» (one of), or
# its name in another script in brackets («وزارت دادگستری یکی از وزارتخانه‌های ...»).
_DEFINITION_OPENING = regex.compile(r"[\x20\u200c]*(?:[،,]|\(|یکی[\x20\u200c]+از[\x20\u200c])")
# Lines between an entry's name and its definition (a view counter «4,481» / «بازدید») have at
# most this many words.
ENTRY_GAP_WORDS = 2


def _view_counter(line: _Line) -> bool:
    """Whether a line is a counter (:data:`~._header.COUNTER_LINE`: «بازدید این صفحه: 1,204») or
    a view count under its label («تعداد بازدید : ۱۲۰»), nothing else on it."""
    info = line.info
    return info.kind == "counter" or (
        info.kind == "labels" and all(label.field == "views" for label in info.labels)
    )


def _entry_opens_text(lines: Sequence[_Line], index: int, anchor: int) -> bool:
    """Whether the running text (``lines[anchor]``) opens by defining the short line at
    ``index``, nothing but short lines (a view counter) between them: a law library's or an
    encyclopedia's entry, its name the title («وزارت دادگستری» / «4,481» / «بازدید» /
    «وزارت دادگستری یکی از وزارتخانه‌های ایران است ...», takbook.com). A kicker the lead goes
    on from («... اعلام کرد» over «... اعلام کرد که ...») opens no definition."""
    if not index < anchor < len(lines) or lines[index].info.kind != "text":
        return False
    name, text = lines[index].norm, lines[anchor]
    if not (text.paragraph and text.norm.startswith(name)):
        return False
    if any(
        lines[at].paragraph or (lines[at].words > ENTRY_GAP_WORDS and not _view_counter(lines[at]))
        for at in range(index + 1, anchor)
    ):
        return False
    return _DEFINITION_OPENING.match(text.norm, len(name)) is not None


def _first_print_above(lines: Sequence[_Line], index: int) -> int | None:
    """The headline's first print when it is printed twice with header or subtitle lines
    between the copies (an English subtitle, a regulation's number and date line, reversed
    lines of a PDF's text layer) and no paragraph: the first print is the title, as the
    site spells it (the copies may differ in a ZWNJ or a space: «توسعه‌دهندگان», «توسعه
    دهندگان»)."""
    key = lines[index].key
    first = None
    for earlier in range(index - 1, max(-1, index - LABEL_REACH_ABOVE), -1):
        line = lines[earlier]
        if line.key == key:
            first = earlier
        elif line.paragraph:
            break
    return first


# A name after a dash ending a line («HEADLINE - رسا»): one or two words.
_DASHED_SOURCE = regex.compile(r"\x20[-–]\x20*[\p{L}\p{M}\u200c]+(?:\x20[\p{L}\p{M}\u200c]+)?$")
# A section's name ending a line, «اخبار» and one word («... اخبار خودرو»); a word that
# judges the news is the headline's own (« انتشار اخبار جعلی», «... اخبار داغ»), no section.
_NEWS_SECTION_TAIL = regex.compile(
    r"\x20اخبار\x20(?!(?:داغ|فوری|جعلی|کذب|دروغ|نادرست|ناصحیح|مهم|ویژه|تازه|جدید|"
    r"منفی|مثبت|خوب|بد)$)[\p{L}\p{M}\u200c]+$"
)
# A part's name after a dash ending a line («... - قسمت دوم», «- بخش 3»): the headline's own.
_PART_TAIL = regex.compile(
    r"\x20[-–]\x20*(?:قسمت|بخش|جلد|فصل|شماره|پارت|part)\x20*"
    r"(?:[0-9۰-۹]+|اول|آخر|نخست|پایانی|[\p{L}\u200c]+(?:م|مین))$",
    regex.IGNORECASE,
)
# The headline before such a tail has at least this many words.
TAIL_HEAD_WORDS = 4


def _lone_line_tail(lines: Sequence[_Line], index: int) -> str | None:
    """Why the first line of a text without running text may end with more than its
    headline, or None: alone on the page (the text is that line), it ends with a name after
    a dash («HEADLINE - رسا»: an aggregator's or a <title>'s source) or with a section's name
    «اخبار X» glued on («HEADLINE اخبار خودرو»). The text does not say whether the end is
    the headline's, so the line is kept whole and uncertain."""
    if len(lines) != 1:
        return None
    norm = lines[index].norm
    for pattern, why in (
        (_DASHED_SOURCE, "its end after a dash may name its source («HEADLINE - SOURCE»)"),
        (_NEWS_SECTION_TAIL, "its end may be a section's name glued on («... اخبار X»)"),
    ):
        found = pattern.search(norm)
        if pattern is _DASHED_SOURCE and _PART_TAIL.search(norm) is not None:
            continue  # a part's name, no source's
        if found is not None and len(norm[: found.start()].split()) >= TAIL_HEAD_WORDS:
            return why
    return None


def _colon_kicker_over(upper: _Line, line: _Line) -> bool:
    """Whether ``upper`` ends with a colon and ``line`` under it does not: a kicker or a
    label that introduces the line, never an earlier print of it."""
    return upper.text[-1] in ":\uff1a" and line.text[-1] not in ":\uff1a"


# A post's title stands at most this many lines above the question heading that asks
# about it (an image's alt text between them).
QUESTION_TITLE_REACH = 2
# The question asks about at least this many content words of the title.
QUESTION_TITLE_WORDS = 2
_QUESTION_UNDER_TITLE = "a question heading under it asks what it names (a post's first section)"


def _title_over_its_question(
    lines: Sequence[_Line], index: int, candidates: Sequence[int]
) -> int | None:
    """The line above the chosen question whose words the question asks about («API یا وب
    سرویس نرم افزارهای حسابداری» over «وب سرویس یا api حسابداری چیست؟»): every content
    word of the question but its question word is in that longer line, a post's title
    over its first section heading. None when there is no such line."""
    line = lines[index]
    if line.text[-1] not in "؟?" or line.info.kind != "text":
        return None
    if index + 1 < len(lines) and lines[index + 1].info.kind == "date":
        # A date line right under the question: the question heads a dated header (a news
        # headline under its kicker, «بودجه سال آینده شورای شهر» / «بودجه شورای شهر چه
        # می‌شود؟» / DATE), no post's section heading.
        return None
    asked = [_NOT_LETTER.sub("", word).lower() for word in line.norm.split()[:-1]]
    wanted = {word for word in asked if len(word) >= 3 and word not in _FUNCTION_WORDS}
    if len(wanted) < QUESTION_TITLE_WORDS:
        return None
    for above in range(index - 1, max(-1, index - 1 - QUESTION_TITLE_REACH), -1):
        if above not in candidates:
            return None  # a header line or a line never a title between them
        upper = lines[above]
        if (
            upper.info.kind == "text"
            and 3 <= upper.words <= HEADLINE_MAX_WORDS
            and upper.words > line.words - 1
            and upper.text[-1] not in (*_KICKER_ENDS, "؟", "?", ".")
            and not upper.chrome
            and not upper.byline
        ):
            words = {_NOT_LETTER.sub("", word).lower() for word in upper.norm.split()}
            if wanted <= words and len(words) > len(wanted):
                return above
    return None


# A question headline has at most this many words more than its twin without the question.
QUESTION_EXTRA_WORDS = 2


def _question_over_its_twin(
    lines: Sequence[_Line], index: int, candidates: Sequence[int]
) -> int | None:
    """The question headline printed right above the chosen line, which is that headline
    without its question word («مدیریت دانش پروژه چیست؟» over «مدیریت دانش پروژه»: the
    featured image's alt text, the address's words). The question is the title."""
    above = index - 1
    if above not in candidates:
        return None
    line, upper = lines[index], lines[above]
    if (
        upper.text[-1] in "؟?"
        and upper.info.kind == "text"
        and len(line.key) >= CUT_KEY_CHARS
        and upper.key.startswith(line.key)
        and 0 < upper.words - line.words <= QUESTION_EXTRA_WORDS
    ):
        return above
    return None


def _wins_tie(lines: Sequence[_Line], index: int, other: int, lead: set[str]) -> bool:
    """Whether ``lines[index]`` wins over ``lines[other]``, both of the same score: the
    lower line wins (a kicker stands above the headline) unless the upper one, a
    headline-shaped line, shares at least :data:`LEAD_SHARE_MARGIN` more words with the lead
    (the story's headline over a box's heading or a section's name) or is itself the line a
    kicker introduces, or one naming an occasion (then the lower line is no headline under
    a kicker)."""
    upper, lower = (index, other) if index < other else (other, index)
    shares = [len(_content_words(lines[at]) & lead) for at in (upper, lower)]
    upper_wins = (
        _headline_over_lead(lines, upper, HEADLINE_MAX_WORDS)  # no kicker, caption, byline
        and not lines[upper].paragraph
        and (
            shares[0] >= shares[1] + LEAD_SHARE_MARGIN
            or _under_kicker(lines, upper)
            or (upper > 0 and _occasion(lines[upper - 1]))
        )
    )
    return index == (upper if upper_wins else lower)


def _occasion(line: _Line) -> bool:
    """Whether ``line`` names an occasion in a few words without a verb, opening with a
    preposition: «به بهانه سیزدهم تیر ماه», «به مناسبت روز معلم» (a kicker)."""
    return (
        line.info.kind == "text"
        and 2 <= line.words <= CONTEXT_KICKER_WORDS
        and _CONTEXT_OPENING.match(line.norm) is not None
        and line.text[-1] not in ".!؟?"
        and _verb_end(line) == ""
    )


# The most characters (spaces aside) of a tail glued to a headline's second print.
GLUED_TAIL_CHARS = 30
# The most words of a headline printed as a sentence (a lead printed twice is longer).
SENTENCE_HEADLINE_WORDS = 20
# The most characters glued to a second print of it (a media file's name, «330352.mp3»).
GLUED_TO_COPY_CHARS = 20


def _sentence_headline(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether the paragraph ``lines[index]``, which starts the running text, is a headline
    printed as one sentence with a period: of 3 to :data:`SENTENCE_HEADLINE_WORDS` words,
    printed again in the next two lines (whole, or with a short token glued to it, a media
    file's name), and no headline-shaped line above it (only furniture: site links, bullets,
    a header's date and counters). «شهرداری ... قدردانی کرد.» printed three times over the
    body is the headline; a lead printed twice under its headline is not."""
    line = lines[index]
    text = line.text
    if (
        line.info.kind != "text"
        or not 3 <= line.words <= SENTENCE_HEADLINE_WORDS
        or not _ends_sentence(line)
        or _SENTENCE_INSIDE.search(text[:-1]) is not None
        or _REPORT_OPENING.match(line.norm)
    ):
        return False
    key = line.key
    if not any(
        at < len(lines)
        and at not in outside
        and key in lines[at].key
        and len(lines[at].key) - len(key) <= GLUED_TO_COPY_CHARS
        for at in (index + 1, index + 2)
    ):
        return False
    # A headline-shaped line above: this sentence is its lead.
    return not _headline_shaped_above(lines, index, outside)


def _headline_shaped_above(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether a line above ``lines[index]`` is shaped like a headline: a text line of 3 to
    :data:`HEADLINE_MAX_WORDS` words, no paragraph, chrome, byline, bullet or kicker (site
    links, a header's labels, date and counters are not)."""
    for at in range(index):
        above = lines[at]
        if (
            at not in outside
            and above.info.kind == "text"
            and 3 <= above.words <= HEADLINE_MAX_WORDS
            and not above.paragraph
            and not above.chrome
            and not above.byline
            and not _BULLET.match(above.text)
            and above.text[-1] not in _KICKER_ENDS
            and not _never_title(above)
        ):
            return True
    return False


def _headline_restated_below(lines: Sequence[_Line], index: int) -> int | None:
    """The line right above a lead that opens with its report's attribution (``lines[index]``,
    «به گزارش SITE، ...») when it is shaped like a headline over a lead and the lead restates
    it (at least :data:`LEAD_SHARE_MARGIN` content words in common): the post's headline, as
    a blog prints it over its lead («HEADLINE» / «به گزارش وبلاگ X، HEADLINE's words ...»,
    aliporerahmati.ir). Else None."""
    if index < 1 or lines[index].index != index:
        return None
    above = index - 1
    line = lines[above]
    if line.paragraph or not _headline_over_lead(lines, above):
        return None
    if _REPORT_OPENING.match(line.norm) is not None:
        return None
    shared = _content_words(line) & _content_words(lines[index])
    return above if len(shared) >= LEAD_SHARE_MARGIN else None


def _ends_sentence(line: _Line) -> bool:
    """Whether the line ends a sentence with a period (not an ellipsis «..»)."""
    return line.text[-1] == "." and not line.text.endswith("..")


def _over_first_print(lines: Sequence[_Line], index: int, candidates: Sequence[int]) -> int | None:
    """The headline over the first print of a paragraph printed twice around
    ``lines[index]``, when it shares at least :data:`LEAD_SHARE_MARGIN` more words with
    that paragraph than ``lines[index]`` does; else None.

    «HEADLINE / summary / another item's headline / summary / body»: a related link put
    between the summary box and the body's first paragraph. When the line between the
    prints names the story itself («date / summary / HEADLINE / summary»), nothing
    headline-shaped stands over the first print, or it shares fewer words.
    """
    if not 2 <= index < len(lines) - 1 or index - 2 not in candidates:
        return None
    summary, upper = lines[index - 1], lines[index - 2]
    if not summary.paragraph or lines[index + 1].key != summary.key:
        return None
    if (
        upper.info.kind != "text"
        or not 3 <= upper.words <= HEADLINE_MAX_WORDS
        or upper.paragraph
        or upper.chrome
        or upper.byline
        or upper.text[-1] in (*_KICKER_ENDS, ".")
    ):
        return None
    words = _content_words(summary)
    theirs = len(_content_words(upper) & words)
    mine = len(_content_words(lines[index]) & words)
    return index - 2 if theirs >= mine + LEAD_SHARE_MARGIN else None


def _summary_over_headline(lines: Sequence[_Line], anchor: int, outside: set[int]) -> bool:
    """Whether the first paragraph (nothing headline-shaped above it) is a site's summary
    printed over the headline: a headline-shaped line right under it, then a paragraph, the
    headline sharing words with both («summary / HEADLINE / body», a WordPress excerpt).
    The headline may be printed twice before the paragraph («summary / HEADLINE / HEADLINE /
    body»)."""
    after = anchor + 2
    if after < len(lines) and lines[after].key == lines[anchor + 1].key:
        after += 1  # the headline's second print
    if after >= len(lines) or anchor + 1 in outside or after in outside:
        return False
    summary, headline, below = lines[anchor], lines[anchor + 1], lines[after]
    words = _content_words(headline)
    return (
        _headline_over_lead(lines, anchor + 1)
        and not headline.paragraph
        and _verb_end(headline) != "saying"
        and below.paragraph
        and below.info.kind == "text"
        and len(words & _content_words(summary)) >= LEAD_SHARE_MARGIN
        and len(words & _content_words(below)) >= LEAD_SHARE_MARGIN
    )


def _headline_under_dated_lead(lines: Sequence[_Line], anchor: int, outside: set[int]) -> bool:
    """Whether the first paragraph (nothing headline-shaped above it) is a report's lead
    opening with its agency's dateline («یزد- ایرنا- ...»), and the line right under it, the
    text's last or over a paragraph, is its headline: shaped like one and sharing words with
    the lead («LEAD» / «استاندار یزد: ...», an AMP view that prints the lead first). A lead
    opens so; the short line under a lead without the dateline may be a signature or a
    subheading."""
    below = anchor + 1
    if below >= len(lines) or below in outside:
        return False
    headline = lines[below]
    return (
        opens_with_agency_dateline(lines[anchor].norm)
        and _headline_over_lead(lines, below, HEADLINE_MAX_WORDS)
        and not headline.paragraph
        and (below + 1 == len(lines) or lines[below + 1].paragraph)
        and len(_content_words(headline) & _content_words(lines[anchor])) >= LEAD_SHARE_MARGIN
    )


_NOTICE_DOUBT = (
    "it stands under the text's first paragraph, which shares none of its words: a site's "
    "notice over the story's headline, or a subheading of a text that prints none"
)
# A section's label between a headline and its text («چکیده», «مقدمه») has at most this many
# words.
SECTION_LABEL_WORDS = 2


def _headline_under_notice(
    lines: Sequence[_Line], anchor: int, outside: set[int], slug: str | None
) -> str | None:
    """Whether the first paragraph (nothing headline-shaped above it) is a site's notice
    printed over the story («فعالیت این وب سایت ... متوقف خواهد شد.» over khabar-24.com's
    headline): the line right under it is shaped like a headline and, a section's label
    («چکیده») between at most, over a paragraph sharing its words, while the notice shares
    none. «slug» when the address's slug spells that line too, «shape» when only the shape
    says so (a subheading under a text's first paragraph looks the same), else None."""
    below = anchor + 1
    if below + 1 >= len(lines) or below in outside or not lines[anchor].paragraph:
        return None
    headline = lines[below]
    if (
        headline.paragraph
        or headline.info.kind != "text"
        or not 3 <= headline.words <= HEADLINE_MAX_WORDS
        or headline.text[-1] in _KICKER_ENDS
        or headline.text[-1] in ".،"
    ):
        return None
    after = below + 1
    if (
        after + 1 < len(lines)
        and not lines[after].paragraph
        and (
            lines[after].words <= SECTION_LABEL_WORDS
            or _NUMBERED_HEADING.match(lines[after].norm) is not None
        )
    ):
        # A section's label («چکیده», «مقدمه») over the text, or its first numbered
        # heading («1. «ДАРАҲОИ ПОМИР ...»», a story on two books, asiri.tj).
        after += 1
    text = lines[after]
    # (in lower case: a Tajik or Latin headline set in capitals shares its text's words)
    words = _lower_words(headline)
    if (
        after in outside
        or not text.paragraph
        or text.info.kind != "text"
        or len(words & _lower_words(text)) < LEAD_SHARE_MARGIN
        or words & _lower_words(lines[anchor])
    ):
        return None
    return "slug" if slug and _slug_spells(headline, slug) else "shape"


# A numbered section heading: «1. TITLE», «2) TITLE» (digits of any script, normalised).
_NUMBERED_HEADING = regex.compile(r"[0-9]{1,2}[.)][\x20]+\S")


def _lower_words(line: _Line) -> set[str]:
    """:func:`_content_words` in lower case (capitals of a Cyrillic or Latin line aside),
    without the Tajik spellings of :data:`_FUNCTION_WORDS` («дар», «барои» ...)."""
    return {word.lower() for word in _content_words(line)} - _TAJIK_FUNCTION_WORDS


# :data:`_FUNCTION_WORDS` of three letters or more as Tajik writes them in Cyrillic.
_TAJIK_FUNCTION_WORDS = frozenset(
    {"дар", "барои", "ҳама", "ҳар", "худ", "низ", "ҳам", "аммо", "аст", "шуд"}
)


# A rival headline within this many points of the chosen one makes the choice doubtful.
TITLE_MARGIN = 1
# A shorter line of at most this many words is no rival to a headline.
SHORT_RIVAL_WORDS = 3
# Characters of the next line that must follow a cut line in its whole print.
CUT_KEY_CHARS = 8
# A run of spaces inside a line: columns of a PDF page interleaved by text extraction.
_GUTTER = "\x20\x20\x20"
# A line with this many such runs is no headline by its shape (a toolbar, PDF columns).
GUTTERS = 2
# A photo's caption: a credit after a dash at the end («... - انتخاب»), or «عکس: ...».
_CAPTION = regex.compile(
    r"(?:\x20[-–]\x20*[\p{L}\p{M}\u200c]+(?:\x20[\p{L}\p{M}\u200c]+)?|(?<![\p{L}\p{M}])عکس\x20*:.*)$"
)


def _may_be_caption(norm: str) -> bool:
    """Whether :data:`_CAPTION` may match ``norm``: a space and a dash, or «عکس», in it."""
    return " -" in norm or " –" in norm or "عکس" in norm


# A link to a gallery or a video: «تصاویر/ ...», «فیلم | ...», «اینفوگرافیک/ ...».
_MEDIA_LINK = regex.compile(
    r"^(?:تصاویر|عکس|فیلم|ویدیو|ویدئو|گزارش[\x20\u200c]تصویری|اینفوگرافیک|موشن[\x20\u200c]گرافیک"
    r"|کلیپ|صوت)[\x20\u200c]*[/|]"
)

# A chosen line of this many words or more may be the lead under the headline.
LEAD_WORDS = 16
# How far above such a line (in lines) the headline may stand.
LEAD_REACH = 2
# The words of a headline over its lead.
HEADLINE_OVER_LEAD_WORDS = (3, 12)
# The separators of a breadcrumb («صفحه نخست >> عمومی >> ...»).
_BREADCRUMB_MARKS = (">>", " > ", " » ", " / ")


# A line ending with a full stop inside its closing quote («... گفت: “... لري.”»): a
# paragraph that ends with a quoted sentence, never a headline (a headline quoting someone
# ends the quote without a full stop).
_QUOTED_SENTENCE_END = regex.compile(r"[.][\x20]*[”»\"'’]+[\x20]*$")


def _headline_over_lead(
    lines: Sequence[_Line], index: int, most: int = HEADLINE_OVER_LEAD_WORDS[1]
) -> bool:
    """Whether ``lines[index]`` is shaped like a headline (of up to ``most`` words) standing
    over a lead."""
    line = lines[index]
    return (
        HEADLINE_OVER_LEAD_WORDS[0] <= line.words <= most
        and line.info.kind == "text"
        and not line.chrome
        and not line.byline
        and line.text[-1] not in _KICKER_ENDS
        and line.text[-1] != "."
        and not _QUOTED_SENTENCE_END.search(line.text)
        and _verb_end(line) != "saying"
        and not _BULLET.match(line.text)
        and not _ENUMERATED.match(line.norm)
        and not (_may_be_caption(line.norm) and _CAPTION.search(line.norm))
        and not any(mark in line.text for mark in _BREADCRUMB_MARKS)
    )


_LATIN_LETTER = regex.compile(r"[A-Za-z]")


def _latin_over_persian(
    lines: Sequence[_Line], index: int, anchor: int | None
) -> tuple[str, int | None] | None:
    """Doubt for a headline in Latin letters only over running text in Persian letters
    («Hamshahri corpus document» over a Hamshahri article): a corpus's, a theme's or a
    template's English heading more likely than the article's own headline."""
    line = lines[index]
    if anchor is None or anchor >= len(lines) or _ARABIC_LETTER.search(line.text) is not None:
        return None
    if _LATIN_LETTER.search(line.text) is None:
        return None
    lead = lines[anchor].text
    if len(_ARABIC_LETTER.findall(lead)) <= len(_LATIN_LETTER.findall(lead)):
        return None
    return ("it is in Latin letters over a text in Persian letters", None)


def _all_capitals(line: _Line) -> bool:
    """Whether the line's letters are all capitals (Cyrillic or Latin), three at least: no
    letter without case («... محصولICT» is no capitals line)."""
    letters = 0
    for char in line.text:
        if char.isalpha():
            if not char.isupper():
                return False  # a Persian headline stops at its first letter
            letters += 1
    return letters >= 3


def _capital_section_heading(lines: Sequence[_Line], index: int) -> tuple[str, int | None] | None:
    """Doubt for a short all-capitals line when another short all-capitals line stands
    further down after a blank line («ЧОРАБИНИҲОИ МУҲИМ» ... «ЯК РӮЗИ ТАЪРИХ» ...
    «ВАЗЪИ ҲАВО»: a daily roundup's section headings, the roundup's own headline unprinted)."""
    line = lines[index]
    if line.words > HEADLINE_MAX_WORDS or not _all_capitals(line):
        return None
    for other in range(index + 1, len(lines)):
        below = lines[other]
        if below.blank_before and below.words <= HEADLINE_MAX_WORDS and _all_capitals(below):
            return ("it is one of several capital section headings of the page", other)
    return None


def _heads_its_date_line(lines: Sequence[_Line], upper: int, index: int) -> bool:
    """Whether ``lines[upper]``, longer than ``lines[index]``, is printed right above a line
    of labelled dates (a publication or update label with its value) that is right above
    ``lines[index]``: Joomla's article info under its heading («آخرین به روز رسانی
    دوشنبه, 18 مرداد 1395 10:36», arak-samaschools.ir), a news page's «تاریخ انتشار: ...»."""
    if upper != index - 2 or lines[upper].words <= lines[index].words:
        return False
    info = lines[index - 1].info
    return (
        info.kind == "labels"
        and bool(info.labels)
        and all(
            label.field in ("published", "updated") and label.value[1] > label.value[0]
            for label in info.labels
        )
        and info.date is not None
    )


def _title_doubt(
    lines: Sequence[_Line],
    index: int,
    scored: Sequence[tuple[int, int]],
    repeated: bool,
    anchor: int | None = None,
    *,
    spaced: bool = False,
) -> tuple[str, int | None] | None:
    """Why the headline chosen by score is doubtful, with the competing line; None if it is not.

    A headline printed twice or named by the page's address or HTML is never doubtful.
    Otherwise it is doubtful when another line scored within :data:`TITLE_MARGIN` of it
    (not a shorter line of up to :data:`SHORT_RIVAL_WORDS` words: a section name, a menu item),
    when it ends like a kicker or a label (``...:``), when it runs PDF columns together
    (a gutter of spaces), or when it is shaped like a photo caption (``... - credit``).
    """
    line = lines[index]
    if index + 1 < len(lines) and _REPLY_MARK.search(lines[index + 1].norm):
        # The thread's topic line («نویسنده موضوع: TOPIC (...)») competes, else the best line.
        topic = next((at for at in range(index) if _TOPIC_LABEL.search(lines[at].norm)), None)
        others = [(value, at) for value, at in scored if lines[at].key != line.key]
        if topic is None and others:
            topic = max(others)[1]
        return "it heads a reply in a forum thread, not the topic", topic
    if _invocation(line):
        others = [(value, at) for value, at in scored if lines[at].key != line.key]
        return _INVOCATION_LINE, max(others)[1] if others else None
    if _QURAN_MARKS.search(line.text) is not None:
        others = [(value, at) for value, at in scored if lines[at].key != line.key]
        return _VERSE_LINE, max(others)[1] if others else None
    if repeated:
        # Printed twice, unless its first print stands under the line naming the story.
        first = next(
            (
                at
                for at in range(max(0, index - LABEL_REACH_ABOVE), index)
                if lines[at].key == line.key
            ),
            index,
        )
        upper = _closer_to_the_lead_above(lines, first, anchor)
        return None if upper is None else (_CLOSER_ABOVE[1], upper)
    if _CHAPTER_HEADING.match(line.norm):
        # «فصل اول: قواعد کلی گزارش»: the text starts inside a document, at a chapter's
        # heading; the document's own title is not printed (an extractor dropped it).
        others = [(value, at) for value, at in scored if lines[at].key != line.key]
        return _CHAPTER_LINE, max(others)[1] if others else None
    defined = anchor is not None and _entry_opens_text(lines, index, anchor)
    if _institution(line) and not defined and index > 0 and lines[index - 1].info.kind == "text":
        # «TITLE / مرکز ... / date»: a print page names its publisher under the title (an
        # entry on the institution, its text opening by defining it, names no publisher).
        return _INSTITUTION_LINE, index - 1
    if _institution(line) and not defined:
        # «دانشگاه صنعتی سهند» alone as the best line: a site's name (an extractor's title
        # from a <title> that names only the site) as often as a headline.
        return _INSTITUTION_ALONE, None
    mine = next(value for value, at in scored if at == index)
    rival = None
    for value, at in scored:
        near = lines[at]
        if near.words <= SHORT_RIVAL_WORDS and near.words < line.words:
            continue  # a short line beside a longer headline: a section name or a menu item
        if near.text[-1] == ":":
            continue  # a kicker or a credit ending with a colon: it introduces, never a title
        if _clause_goes_on(lines, at):
            continue  # the middle of a sentence the layout cut into lines: no headline
        if at != index and near.key != line.key and (rival is None or value > rival[0]):
            rival = (value, at)
    rival_index = rival[1] if rival is not None else None
    if rival is not None and rival[0] >= mine - TITLE_MARGIN:
        return _NEARLY_SAME, rival_index
    text = line.text
    if text[-1] in _KICKER_ENDS:
        return "it ends like a kicker or a label", rival_index
    if _GUTTER in text.strip():
        return "it runs columns of a page together", rival_index
    if _may_be_caption(line.norm) and _CAPTION.search(line.norm):
        return "it is shaped like a photo caption", rival_index
    if _MEDIA_LINK.match(line.norm):
        return "it is shaped like a link to a photo or video item", rival_index
    upper = _closer_to_the_lead_above(lines, index, anchor)
    if upper is not None:
        return _CLOSER_ABOVE[0], upper
    if _split_headline_end(lines, index, spaced):
        return "it may end a headline split over two lines", index - 1
    if _cut_by_layout(lines, index):
        return "it is the start of a paragraph cut by the layout", rival_index
    if _prose_above(lines, index):
        return _PROSE_ABOVE, rival_index
    return None


_PROSE_ABOVE = (
    "the page opens with a paragraph of running text above it: no headline is printed, and "
    "this line may head a section of the body"
)
# A line of running text has at least this many words and ends a sentence.
PROSE_ABOVE_WORDS = 20


def _prose_above(lines: Sequence[_Line], index: int) -> bool:
    """Whether the page's first line, above ``lines[index]``, is a paragraph of running text
    (:data:`PROSE_ABOVE_WORDS` words or more, ending a sentence): a page that opens with its
    lead or body and prints no headline over it (a recipe's «مواد لازم», a section's heading
    below)."""
    if index == 0:
        return False
    first = lines[0]
    return (
        first.info.kind == "text"
        and first.words >= PROSE_ABOVE_WORDS
        and first.text.rstrip()[-1] in ".!؟?"
    )


def _short_line_over_the_date(
    lines: Sequence[_Line], index: int, anchor: int
) -> tuple[str, int | None] | None:
    """A short line between the chosen headline and the date line over the body: a blog's
    post title under the blog's name and motto («NAME / MOTTO / حوزه بصره / date / body»)
    or a section name under the headline; the page does not say which, so the headline is
    doubtful and the short line competes. With a line between the two («NAME / TAGLINE /
    POST TITLE / date / body», the blogfa and blog.ir post layout) the short line right over
    the date line competes as well."""
    date = index + 2
    if date >= anchor:
        return None
    if not _dated_line(lines[date]):
        if (
            date + 1 < anchor
            and _dated_line(lines[date + 1])
            and _over_the_body(lines, date + 1, anchor)
            and _tagline_over_post(lines, index, date)
        ):
            return _TAGLINE_OVER_POST, date
        return None
    if not _over_the_body(lines, date, anchor):
        return None
    short = lines[index + 1]
    if _short_title(short, lines[index]):
        name = _content_words(lines[index - 1]) if index > 0 else set()
        motto = _content_words(lines[index])
        if len(name & motto) >= 2 or (index == 1 and name and name <= motto):
            # It repeats words of the line above it, or the whole of the page's first line
            # (the blog's name «باغشاه» in its motto «زادگاه من باغشاه», baghshah.persianblog.ir):
            # a blog's motto under its name, and the short line over the date is the post's
            # title.
            return _MOTTO_OVER_POST, index + 1
        return "a short line between it and the date line may be the post's title", index + 1
    return None


_SIDEBAR_OVER_POST = (
    "the line is a blog's sidebar link over its archive heading and the post's date"
)
_OVER_ARCHIVE_HEADING = (
    "the line stands right over a blog's archive heading: a sidebar link or the post's title"
)
# A blog's archive widget heading: «آرشیو ماهانه» (monthly archive), «آرشیو موضوعی»,
# «بایگانی ماهانه» (ostaniha.com, blogfa and persianblog themes).
_ARCHIVE_HEADING = regex.compile(
    r"^[\x20\u200c]*(?:آرشیو|بایگانی)[\x20\u200c]+(?:ماهانه|ماهیانه|موضوعی)[\x20\u200c:]*$"
)


def _over_archive_heading(lines: Sequence[_Line], index: int, anchor: int) -> bool:
    """Whether ``lines[index]`` stands right over a blog's archive widget heading
    (:data:`_ARCHIVE_HEADING`), itself right over the post's date line with nothing but
    that date between it and the body: a sidebar's link, and the post prints no title."""
    heading, date = index + 1, index + 2
    return (
        date < anchor
        and _ARCHIVE_HEADING.match(lines[heading].norm) is not None
        and _dated_line(lines[date])
        and _over_the_body(lines, date, anchor)
    )


def _dated_line(line: _Line) -> bool:
    """Whether a line is a post's date line: a date alone or with company, or a date beside
    a label of another field (PersianBlog's «ساعت ۱۱:۰۰ ق.ظ روز ۱۳۸۸/۲/۸  کلمات کلیدی: ...»)."""
    kind = line.info.kind
    return kind in ("date", "mixed") or (kind == "labels" and bool(line.info.dates))


def _over_the_body(lines: Sequence[_Line], date: int, anchor: int) -> bool:
    """Whether no line of text stands between the date line and the body."""
    return not any(lines[i].info.kind == "text" for i in range(date + 1, anchor))


def _short_title(short: _Line, over: _Line) -> bool:
    """Whether ``short`` is shaped as a post's title under ``over``: two or three words, fewer
    than ``over``'s, neither chrome nor a byline, no label, address or part of ``over``."""
    return (
        short.info.kind == "text"
        and 2 <= short.words <= SHORT_RIVAL_WORDS
        and short.words < over.words
        and not short.chrome
        and not short.byline
        and ":" not in short.text  # a source's label and value («اخبار روز: www...»)
        and "." not in short.text  # a site's address
        and not text_in(short, over)
    )


def _tagline_over_post(lines: Sequence[_Line], index: int, short: int) -> bool:
    """Whether ``lines[index]`` is the page's first line (menu links above it aside: «خانه»)
    and shorter than the line under it, which ends no sentence and is no lead, over a short
    title-shaped line: a blog's name and its tagline over a post's title («قبله هفتم / وبلاگ
    شخصی ... / وزن غزل / date»). A headline over its lead fails: the lead is a sentence or
    longer."""
    name, tagline = lines[index], lines[index + 1]
    return (
        all(lines[above].chrome for above in range(index))
        and tagline.info.kind == "text"
        and name.words < tagline.words < LEAD_WORDS
        and tagline.text.rstrip()[-1] not in ".!؟?:"
        and not tagline.chrome
        and _short_title(lines[short], tagline)
    )


_TAGLINE_OVER_POST = (
    "it is the first line, over a longer line and a short line right over the date line (a "
    "blog's name and tagline over its post's title)"
)
_MOTTO_OVER_POST = (
    "it repeats words of the line above it (a site's name and motto) over a short line and the "
    "date line"
)


def _cut_by_layout(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` and the next line are printed whole as one line in the two
    lines above, or the line above and it further above: a paragraph cut by the layout (a
    teaser printed before it), no headline."""
    line = lines[index]
    # Only a longer line above can print it whole (a cheap test before the keys).
    longer = [
        other
        for other in range(max(0, index - 3), index)
        if lines[other].end - lines[other].start > line.end - line.start
    ]
    if not longer:
        return False
    key = line.key
    if index + 1 < len(lines):
        whole = key + lines[index + 1].key[:CUT_KEY_CHARS]
        if any(lines[other].key.startswith(whole) for other in longer if other >= index - 2):
            return True
    if index < 2:
        return False
    # The paragraph's last piece: the line above and this one printed whole further above
    # (its final period or «[…]» aside).
    tail = lines[index - 1].key[-CUT_KEY_CHARS:] + key.rstrip(".!؟?…")
    return len(lines[index - 1].key) >= CUT_KEY_CHARS and any(
        tail in lines[other].key for other in longer if other < index - 1
    )


_RECIPE_SECTION_FIRST = (
    "the text opens with a recipe's section heading («مواد لازم»): no headline is printed "
    "above it, and the best line is an ingredient or a step"
)
# The recipe's section words, squashed (spaces and ZWNJs out), as the line's key starts.
_RECIPE_SECTIONS = tuple(_squash(normalize(word)) for word in vocab.RECIPE_SECTION_WORDS)
# «برای ۶ نفر» (for six people) after the ingredients' heading, squashed.
_SERVINGS = regex.compile(r"برای[0-9]{1,2}(?:تا[0-9]{1,2})?نفر:?$")
# The most words of a recipe's section heading with its company: «● مواد مورد نیاز برای ۴
# تا ۶ نفر:» has nine (a servings range, :data:`_SERVINGS`, printed with its spaces).
RECIPE_SECTION_WORDS = 9


def _recipe_section_first(lines: Sequence[_Line]) -> bool:
    """Whether the text's first line is a recipe's section heading alone: «مواد لازم»,
    «مواد لازم برای ۶ نفر:», «● طرز تهیه» (:data:`vocab.RECIPE_SECTION_WORDS`, a bullet before
    it or not, up to :data:`RECIPE_SECTION_WORDS` words); «طرز تهیه کیک» is a headline."""
    if not lines:
        return False
    first = lines[0]
    if first.info.kind != "text" or first.words > RECIPE_SECTION_WORDS:
        return False
    key = _SERVINGS.sub("", first.key.strip("●▪•*-–·:"))
    return key in _RECIPE_SECTIONS  # «طرز تهیه کیک ...» names a dish: a headline


def _clause_goes_on(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` stands inside one sentence: the line right above it is a
    clause left open with a comma (:data:`OPEN_CLAUSE_WORDS` words or more, fewer commas
    than a keyword list) and the line right below goes on with «و ...», «که ...»
    (:data:`_CONTINUATION`). A sentence cut into short lines by the layout, no headline.

    «همان گونه که ... است،» / «مهر ماه یادآور ...» / «و ... است.»: a school's prose cut into
    short lines under the post's heading. A kicker ending with a comma («در پی ...،») over
    a headline has the lead under the headline, not the rest of its sentence.
    """
    if index == 0 or index + 1 >= len(lines):
        return False
    above = lines[index - 1]
    text = above.text
    return (
        text[-1] in "،,"
        and _CONTINUATION.match(lines[index + 1].norm) is not None
        and above.info.kind == "text"
        and above.words >= OPEN_CLAUSE_WORDS
        and text.count("،") + text.count(",") < _LIST_COMMAS
    )


def _in_cut_sentence(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a piece of one sentence the layout cut into lines (the
    open clause, the line :func:`_clause_goes_on` finds inside it, or the rest under that):
    no headline-shaped line between a headline and the body, as a paragraph is none."""
    return (
        _clause_goes_on(lines, index)
        or (index + 1 < len(lines) and _clause_goes_on(lines, index + 1))
        or (index > 1 and _clause_goes_on(lines, index - 1))
    )


# The fewest words of a clause left open with a comma over the rest of its sentence (a
# tag or a name over a headline, ending with a stray comma, is shorter).
OPEN_CLAUSE_WORDS = 5


_OVER_IMPRINT = (
    "it stands over a book's imprint, under another line of the book's title block: it "
    "may be the subtitle, and the line above the title"
)


def _over_imprint(lines: Sequence[_Line], index: int) -> tuple[str, int] | None:
    """Why the line right over a book's imprint (:func:`_imprint`) is doubtful, with the
    line above it, when a headline-shaped text line stands right above it: a book's title
    block (title, subtitle, imprint) whose subtitle the score may take for the title."""
    if index == 0 or index + 1 >= len(lines) or not _imprint(lines[index + 1]):
        return None
    above = lines[index - 1]
    if above.info.kind != "text" or above.paragraph or not 2 <= above.words <= HEADLINE_MAX_WORDS:
        return None
    return _OVER_IMPRINT, index - 1


def _name_after_verb(line: _Line) -> tuple[str, None] | None:
    """Why a headline whose finite verb is followed by a few more words, none of them a verb
    or a joining word, and no mark between, is doubtful: a Persian headline ends with its
    verb, and a name run on after it is a section's or a source's glued to it by the layout
    («مدیرکل ... از چاپ 12 جلد زندگی‌نامه ... خبر داد بنیاد شهید و امور ایثارگران» on the
    «پیام» network's fars-online.ir and payamesepahan.ir, the relayed item's source). Where
    the headline ends the page does not say: doubted, not cut."""
    text = line.text
    for mark in _NAME_AFTER_VERB_MARKS:  # (a plain loop: no generator's frame)
        if mark in text:
            return None
    words = line.norm.split()
    verb = None
    for at in range(NAME_AFTER_VERB_LEAD, len(words) - NAME_AFTER_VERB_WORDS[0]):
        if _finite_verb(words, at):
            verb = at
    if verb is None:
        return None
    tail = words[verb + 1 :]
    if (
        not NAME_AFTER_VERB_WORDS[0] <= len(tail) <= NAME_AFTER_VERB_WORDS[1]
        or tail[0] in _JOINING_WORDS
        or any(_finite_verb(tail, at) or tail[at] in _MODAL_WORDS for at in range(len(tail)))
    ):
        return None
    return _NAME_AFTER_VERB, None


def _finite_verb(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` is a finite verb: a present one («می‌شود»), one of
    :data:`_VERB_ENDINGS` or of saying, or the light verb of a saying noun before it («خبر
    داد», «اعلام کرد»)."""
    word = words[at]
    return (
        word.split("\u200c", 1)[0] in _PRESENT_PREFIXES  # «می‌شود», «نمی‌کند»
        or (at > 0 and words[at - 1] in _PRESENT_PREFIXES)  # «می شود»
        or word in _VERB_ENDINGS
        or word in _SAYING_VERBS
        or (at > 0 and word in ("داد", "کرد") and words[at - 1] in _SAYING_NOUNS)
    )


_NAME_AFTER_VERB = "a name may be glued after the headline's verb"
# The fewest words before the verb, and the fewest and most words of the name after it.
NAME_AFTER_VERB_LEAD = 3
NAME_AFTER_VERB_WORDS = (3, 6)
# Marks that set a part of a headline apart (then the words after the verb are no glued name).
_NAME_AFTER_VERB_MARKS = frozenset(':؛،,|-–—/«»()?!؟."')
# Modal words open a clause of their own («... بود باید کیفیت نان بهبود می‌یافت», a verb
# after them may have lost its ZWNJ): no name holds one.
_MODAL_WORDS = frozenset({"باید", "نباید", "شاید", "نشاید", "بتوان", "نتوان"})
# Words that join what follows the verb to the headline: a conjunction, a preposition.
_JOINING_WORDS = frozenset(
    {
        "و", "که", "تا", "اما", "ولی", "یا", "چون", "زیرا", "هم", "نیز", "پس", "را",
        "در", "به", "از", "با", "برای", "بر", "بی", "بدون", "جز", "طی", "اگر", "همراه",
    }
)  # fmt: skip


def _split_headline_end(lines: Sequence[_Line], index: int, spaced: bool = False) -> bool:
    """Whether ``lines[index]`` opens with a preposition right under a verbless headline-shaped
    line that ends no sentence, no blank line between: the two may be one headline split by
    the layout («کنار گذاشتن «مهاجم ایرانی»» / «از فهرست اروپایی باشگاه»)."""
    line = lines[index]
    if index == 0 or _set_apart(line, spaced) or not _CONTEXT_OPENING.match(line.norm):
        return False
    above = lines[index - 1]
    return (
        2 <= above.words <= HEADLINE_MAX_WORDS
        and above.info.kind == "text"
        and not above.paragraph
        and not above.chrome
        and not above.byline
        and above.text[-1] not in (*_KICKER_ENDS, ".", "!", "؟", "?", ")")
        and _verb_end(above) == ""
    )


# A forum post's number under its subject line: «« پاسخ #31 : date »», «Reply #4 on: date».
_REPLY_MARK = regex.compile(
    r"(?<![\p{L}\p{M}])(?:پاسخ|reply)[\x20\u200c]*#[\x20]*[0-9]+", regex.IGNORECASE
)
# The nouns opening an institution's name («مرکز دائرة المعارف ...», «سازمان ...»).
_INSTITUTIONS = frozenset(
    {
        "مرکز", "سازمان", "دانشگاه", "وزارت", "وزارتخانه", "اداره", "خبرگزاری", "پایگاه",
        "انجمن", "بنیاد", "موسسه", "مؤسسه", "شرکت", "پژوهشگاه", "پژوهشکده", "دانشکده",
        "کتابخانه", "روزنامه", "ماهنامه", "هفته‌نامه", "فصلنامه", "نشریه", "فرهنگستان",
        "بیمارستان", "هیئت", "هیات", "شهرداری", "استانداری", "فرمانداری",
    }
)  # fmt: skip
INSTITUTION_MAX_WORDS = 6
# A verb stem that makes one word of such a noun and the next when the ZWNJ between them
# is printed as a space: «روزنامه نگاری» (journalism), «سازمان دهی», «شرکت کنندگان».
_COMPOUND_TAILS = ("نگار", "خوان", "دهی", "یافت", "کننده", "کنندگان")


# The same nouns in Pashto, where the name comes first and the noun last, after «د» (of):
# «د عدلیې وزارت» (the Ministry of Justice, old.moj.gov.af's <title>, tests/pages 1173),
# «د کابل پوهنتون», «د بهرنیو چارو وزارت».
_PASHTO_INSTITUTIONS = frozenset(
    {
        "وزارت", "ریاست", "اداره", "سازمان", "پوهنتون", "پوهنځی", "ټولنه", "انجمن", "مرکز",
        "بنسټ", "کمیسیون", "ښاروالي", "ښاروالۍ", "آژانس", "اژانس", "ورځپاڼه", "جریده",
    }
)  # fmt: skip


def _institution(line: _Line) -> bool:
    """Whether the line is an institution's name alone: opening with such a noun, of up to
    :data:`INSTITUTION_MAX_WORDS` words, without a verb or a sentence's or kicker's end."""
    words = line.norm.split()
    return (
        bool(words)
        and words[0] in _INSTITUTIONS
        and 2 <= len(words) <= INSTITUTION_MAX_WORDS
        and not words[1].startswith(_COMPOUND_TAILS)  # «روزنامه نگاری» without its ZWNJ
        and line.text[-1] not in (*_KICKER_ENDS, ".", "!", "؟", "?")
        and _verb_end(line) == ""
    )


def _pashto_institution(line: _Line) -> bool:
    """Whether the line is an institution's name alone in Pashto: «د», the name, the noun
    last (:data:`_PASHTO_INSTITUTIONS`), up to :data:`INSTITUTION_MAX_WORDS` words, no
    sentence's or kicker's end. (Read for a <title> that would fill a gap only: a page's
    printed heading of that shape is a directorate's own page as often, tests/pages 1068.)"""
    words = line.norm.split()
    return (
        3 <= len(words) <= INSTITUTION_MAX_WORDS
        and words[0] == "د"
        and words[-1] in _PASHTO_INSTITUTIONS
        and line.text[-1] not in (*_KICKER_ENDS, ".", "!", "؟", "?")
    )


def _headline_under_masthead(
    lines: Sequence[_Line], index: int, anchor: int, outside: set[int]
) -> int | None:
    """The headline under the paragraph right below ``lines[index]`` when that line is an
    institution's name (a masthead) and the paragraph describes it (they share a word):
    the headline-shaped line over the next paragraph. None otherwise."""
    below = anchor + 1
    if (
        index + 1 != anchor
        or below + 1 >= len(lines)
        or below in outside
        or below + 1 in outside
        or not _institution(lines[index])
    ):
        return None
    if not _content_words(lines[index]) & _content_words(lines[anchor]):
        return None
    if not _headline_over_lead(lines, below, HEADLINE_MAX_WORDS) or not lines[below + 1].paragraph:
        return None
    return below


_MASTHEAD_LINE = "a line above it names an institution over a paragraph about it (a masthead)"


_HEADER_TWICE = (
    "a short line above it is the site's name over its description, the two printed twice (the "
    "site's header); this line under them may be the page's headline or a list's first item's"
)


def _headline_under_header_twice(
    lines: Sequence[_Line], index: int, anchor: int, outside: set[int]
) -> int | None:
    """The headline under a site's header printed twice: ``lines[index]`` a short name
    (:data:`LISTING_NAME_WORDS` words at most), printed twice in a row (a logo's and the
    header's) right over
    ``lines[anchor]``, a paragraph sharing a content word with it (the site's description,
    «سایت رسمی روستای دیزباد ...» under «دیزباد وطن ماست», dizbad.ir, tests/pages 1354);
    the description printed again elsewhere on the page (the header twice, a logo's and the
    header's); the line under it (under the header's second copy when that follows)
    headline-shaped over a paragraph. None otherwise."""
    name = lines[index]
    at = index + 1
    while at < anchor and at not in outside and lines[at].key == name.key:
        at += 1
    first = index
    while first > 0 and first - 1 not in outside and lines[first - 1].key == name.key:
        first -= 1
    below = anchor + 1
    if (
        at != anchor
        or at - first < 2  # (a headline over its lead printed twice is no header: one copy)
        or name.words > LISTING_NAME_WORDS
        or name.info.kind != "text"
        or below + 1 >= len(lines)
        or below in outside
        or below + 1 in outside
    ):
        return None
    description = lines[anchor]
    if not description.paragraph or not _content_words(name) & _content_words(description):
        return None
    if not any(
        other != anchor and lines[other].key == description.key for other in range(len(lines))
    ):
        return None
    # The header's second copy right under the first (the running text found at the first
    # description): the headline stands under the copy.
    while below < len(lines) and below not in outside and lines[below].key == name.key:
        below += 1
    if below > anchor + 1:  # the name again: its description must follow
        if below >= len(lines) or lines[below].key != description.key:
            return None
        below += 1
    if below + 1 >= len(lines) or below in outside or below + 1 in outside:
        return None
    if not _headline_over_lead(lines, below, HEADLINE_MAX_WORDS) or not lines[below + 1].paragraph:
        return None
    return below


_TWICE_ABOVE = (
    "a short line printed twice right above it stands where the page prints its headline "
    "(a placeholder or a section's name, or the page's own title)"
)


_PLACE_LABEL_OPENING = (
    "it opens with a place's label («در شهرستان ...») over a headline with no verb: a "
    "section's label of its county may be run into the headline"
)
# «در شهرستان بندر لنگه ...», «در استان ...»: a place's label at a line's start.
_PLACE_LABEL = regex.compile(r"^در[\x20\u200c]+(?:شهرستان|استان|شهر|بخش)[\x20\u200c]+\p{L}")


def _place_label_opening(line: _Line) -> bool:
    """Whether a headline opens with a place's label (:data:`_PLACE_LABEL`) and ends with no
    verb: «در شهرستان بندر لنگه بازدید مدیر ... به مناسبت هفته جهاد کشاورزی»
    (hormozgan-agri-jahad.com's counties' news, the county's label in its own span before
    the headline). A headline that opens with the place says what happened there, with a
    verb («در شهرستان ... ۵۰ هکتار نخلستان آبیاری شد»)."""
    return _PLACE_LABEL.match(line.norm) is not None and _verb_end(line) == ""


_LONE_TEASER = (
    "the text is this line over one excerpt ending with its read-more button, nothing after "
    "it: a list's only item (its name not printed) or a stored teaser"
)


_CUT_TEASERS = (
    "texts cut with «...» each followed by a headline-shaped line: teasers of a list whose "
    "name is not printed; this is its first item's headline"
)
# A page with this many cut texts, each under its own headline, is a list of teasers.
CUT_TEASERS = 2


def _cut_teasers(lines: Sequence[_Line], title: int, outside: set[int]) -> int:
    """How many lines within :data:`EXCERPT_REACH` under the title end cut («...», «…») with
    a headline-shaped line right under them (a short text line, no paragraph): the next
    teaser's headline. Counted up to :data:`CUT_TEASERS`."""
    found = 0
    for index in range(title + 1, min(len(lines) - 1, title + 1 + EXCERPT_REACH)):
        line = lines[index]
        if not line.text.rstrip().endswith(("...", "…")):
            continue  # (most lines: one test)
        below = lines[index + 1]
        if (
            index not in outside
            and index + 1 not in outside
            and line.words >= LONE_TEASER_WORDS
            and below.info.kind == "text"
            and not below.paragraph
            and not below.chrome
            and 3 <= below.words <= HEADLINE_MAX_WORDS
        ):
            found += 1
            if found >= CUT_TEASERS:
                break
    return found


def _cut_excerpts_under(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the :data:`CUT_EXCERPT_RUN` lines right under the title are each an excerpt
    cut short («...», «…»; :data:`LONE_TEASER_WORDS` words or more), or the title is the last
    line of such a run: a list's items shown by their excerpts alone (a «latest» box, a
    category's page with its headlines lost). An article cuts no paragraph, let alone
    several in a row."""

    def cut(index: int) -> bool:
        return (
            0 <= index < len(lines)
            and index not in outside
            and lines[index].words >= LONE_TEASER_WORDS
            and lines[index].text.rstrip().endswith(("...", "…"))
        )

    if all(cut(index) for index in range(title + 1, title + 1 + CUT_EXCERPT_RUN)):
        return True
    # The line taken is itself one of the run (the last excerpt over the page's other text).
    return cut(title) and all(cut(index) for index in range(title - CUT_EXCERPT_RUN + 1, title))


# An excerpt has at least this many words (its bullets and dots aside, a sentence or two).
LONE_TEASER_WORDS = 8
# A read-more button on a line of its own has at most this many words («ادامه مطلب را
# بخوانید»).
READ_MORE_WORDS = 4


def _lone_teaser_under(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the only line under the title is a paragraph ending with a read-more button
    run into it («... ادامه مطلب», a WordPress category page of one post: nooralyaghin.com's
    «/category/lessons/tajvid/tajvid-1/»), the text ending there."""
    at = title + 1
    if at < len(lines) and at not in outside and lines[at].info.kind == "date":
        at += 1  # the post's date printed under its title (attacks30)
    if at >= len(lines) or at in outside:
        return False
    text = lines[at].text
    if "..." not in text and "…" not in text:
        return False  # no excerpt's dots (most pages: two substring tests)
    rest = [index for index in range(at + 1, len(lines)) if index not in outside]
    norm = lines[at].norm
    if len(rest) == 1 and rest[0] == at + 1 and lines[at + 1].words <= READ_MORE_WORDS:
        norm = f"{norm} {lines[at + 1].norm}"  # the button on a line of its own (attacks30)
    elif rest:
        return False
    return lines[at].words >= LONE_TEASER_WORDS and excerpt_with_read_more(norm)


_LONE_LEAD = (
    "the text is the site's furniture, this line and a one-sentence lead, nothing else (no "
    "date, no byline, no more sentences), and no address: a list's only teaser (its name not "
    "printed) or a short item, not told apart"
)
# A teaser's headline has at least this many words; a shorter line over one excerpt is a
# list's name (a tag's «5 اسفند» over its one item, tests/pages 524).
TEASER_HEADLINE_MIN_WORDS = 4
# A sentence's end inside a paragraph: a mark between letters, spaced or glued («...شود.شنیده»).
_SENTENCE_END_INSIDE = regex.compile(r"[.!؟?][\x20\u200c]*\p{L}")


def _lone_lead_under(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the whole text is the site's furniture, the title and one lead: above the
    title a widget or a menu item and nothing else (a today banner «امروز: ۱۴۰۳/۰۶/۳۰»),
    right under it one paragraph of a lead's length that is one sentence (ending with a full
    stop, «!», «؟» or an excerpt's «…», no sentence's end inside), and nothing after it. A tag
    page of one item prints exactly that (ircaspian.com's tag page, tests/pages 1353: the
    item's headline and its lead, the tag's name left out of the stored text); an item's page
    with the site's furniture kept prints its date, a byline, a source or more sentences.
    A headline and one sentence with nothing above them (varannews.ir's tag page, tests/pages
    1355) read as a stored lead does (an aggregator's item, tests/pages 807): not doubted.
    Nor is one under a site's generic news heading («آخرین اخبار»): the list's name is
    printed, and one item under it is that item (attacks19's latest-news-over-one-item-neg;
    two items make the list, LISTING_HEADED_ITEMS)."""
    at = title + 1
    if at + 1 < len(lines) and at + 1 not in outside:
        return False  # (most pages: a line after the lead, the text goes on)
    if (
        at >= len(lines)
        or at in outside
        or lines[title].paragraph
        or lines[title].words < TEASER_HEADLINE_MIN_WORDS  # a list's name («5 اسفند»), no teaser's
    ):
        return False
    lead = lines[at]
    if not lead.paragraph or lead.info.kind != "text" or lead.words < LONE_TEASER_WORDS:
        return False
    text = lead.text.rstrip()
    if text[-1:] not in (".", "!", "؟", "?", "…") or _SENTENCE_END_INSIDE.search(text) is not None:
        return False  # two sentences or more: a text, no teaser's lead
    if any(index not in outside for index in range(at + 1, len(lines))):
        return False
    above = [index for index in range(title) if index not in outside]
    return (
        bool(above)
        and all(lines[index].chrome or lines[index].info.kind == "widget" for index in above)
        and not any(is_news_heading(lines[index].norm) for index in above)
    )


def _printed_twice_above(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the two lines right above the title are one short line printed twice (a
    migrated archive's placeholder headline «اخبار آرشیوی» in the title box and the heading,
    90eghtesadi.com), the title itself printed once: a page prints its headline twice so,
    and here the line taken is not the one printed twice. An institution's or a site's name
    printed twice is the masthead over the headline (attacks22's «دانشگاه ...» twice)."""
    if title < 2 or title - 1 in outside or title - 2 in outside:
        return False
    upper, lower, line = lines[title - 2], lines[title - 1], lines[title]
    return (
        upper.key == lower.key
        and lower.info.kind == "text"
        and not lower.chrome
        and 1 <= lower.words <= LISTING_NAME_WORDS
        and not _institution(lower)  # the site's name printed twice (a masthead, a logo)
        and not _site_named(lower.text)
        and not _logo_named(lower)
        and line.key != lower.key
        and not any(other.key == line.key for at, other in enumerate(lines) if at != title)
    )


# A forum thread's topic label: «موضوع:», «Topic:».
_TOPIC_LABEL = regex.compile(r"(?<![\p{L}\p{M}])(?:موضوع|topic)[\x20\u200c]*:", regex.IGNORECASE)
# An invocation opening a text, letters only: «بسم الله الرحمن الرحیم», «بسمه تعالی»,
# «به نام خداوند بخشنده مهربان».
INVOCATION_MAX_WORDS = 6
_INVOCATION = regex.compile(
    r"^(?:بسم(?:الله(?:الرحمنالرحیم)?|هتعالی|هسبحانه)|باسمه(?:تعالی|سبحانه)"
    r"|به?نام(?:خدا|خداوند|ایزد|یزدان)(?:بخشنده(?:ی|و)?مهربان|جانوخرد|جانآفرین|پاک|یکتا)?)$"
)


def _invitation(line: _Line) -> bool:
    """Whether the line is a sentence bidding the reader, ended by its period: its last word
    a plural imperative («بخوانید.», «ببینید.», «بشنوید.»: «ب» ... «ید»)."""
    return _bids_reader(line.text)


def _bids_reader(text: str) -> bool:
    """:func:`_invitation` on a text (a machine title's as well as a line's)."""
    text = text.rstrip()
    if not text.endswith(".") or text.endswith(".."):
        return False
    words = text[:-1].split()
    if len(words) < 2:
        return False
    last = words[-1].replace("\u200c", "")
    return (
        len(last) >= _IMPERATIVE_MIN_LETTERS
        and last.startswith("ب")
        and last.endswith("ید")
        and last not in _NOT_IMPERATIVES
    )


# The shortest plural imperative read («بدهید» ... not «بید», willow), and the words of its
# shape that are not verbs.
_IMPERATIVE_MIN_LETTERS = 5
_NOT_IMPERATIVES = frozenset({"بازدید", "بعید", "بلدید"})
_INVITATION = "it is a sentence bidding the reader, not a headline"
_CUT_BEFORE_VERB = (
    "the page prints no headline; the layout cut a paragraph's first line before its verb"
)

# The doubts on a headline that is a list's first item's, on a page that prints no name of
# the list (a tag, category or date archive, a site's list page): the page names nothing,
# and the item's headline is not its title, so the title is None with a warning.
_LIST_EXCERPTS_UNNAMED = "the page lists excerpts and prints no list's name"
_LIST_EXCERPTS_FIRST = "the page lists excerpts; this is the first item's headline"
_LIST_EXCERPTS_NO_NAME = (
    "the page lists excerpts and prints no name of the list; this is the first item's headline"
)
_LIST_PLAIN_NO_NAME = (
    "the page lists items (a headline over one paragraph each) and prints no name of the "
    "list; this is the first item's headline"
)
_LIST_IDS_FIRST = "the page lists items with their own IDs; this is the first"
_LIST_DATED_ITEMS = (
    "the page lists items, each under a date line of its own, newest first, and prints no "
    "name of the list; this is the first item's headline"
)
_LIST_PAGER_FIRST = (
    "the page is a list's numbered page (its trail ends «page N») and prints no name of the "
    "list; this is the first item's headline"
)
_LIST_COUNTED_FIRST = "the page counts its items; this is the first item's headline"
_LIST_ADDRESS_FIRST = "the page is a list and this is the first item's headline"
_LIST_BLOG_ARCHIVE_FIRST = "the address is a blog's date archive: this is the first post's headline"
_LIST_DAY_ARCHIVE_FIRST = (
    "the address is a day's archive and more posts follow: this is the first post's headline"
)
_LIST_MONTH_ARCHIVE_FIRST = (
    "the address is a month's archive and more posts follow: this is the first post's headline"
)
_LIST_PERIOD_UNNAMED = (
    "the address is a date archive, whose name would give its period: this line names none "
    "and may be the first post's"
)
_LIST_POSTS_FIRST = (
    "the page holds several posts, each with its own date line; this is the first post's headline"
)
_LIST_POSTS_TEXT = (
    "the page holds several posts, each with its own date line, and prints no headline; this "
    "line is in the first post's text"
)
_LIST_POSTS_ARCHIVE = (
    "the address is a month's or a day's archive holding several posts, each with its own "
    "date line; this is the first post's headline"
)
_LIST_POST_FOOTERS = (
    "the page holds several posts, each signed with its own date, and its address names no "
    "item; this line is in the first posts and names none of them as the page"
)
_LIST_ONE_EXCERPT = (
    "the text ends with the one paragraph under the headline, an excerpt cut by a list's theme, "
    "and prints no name of the list; this is its item's headline"
)
_LIST_SITE_TAGLINE = (
    "the page is a list, and the line over its first item names the site («سایت ...»), not the list"
)
_LIST_NAME_UNSPELLED = (
    "the page is a list, and this line over its first item does not spell the address's "
    "slug: a ticker's or an item's line as often as the list's name"
)
_LIST_LABEL_UNNAMED = (
    "the page is a tag's or a category's archive (its label is printed without the list's "
    "name); this is the first item's headline"
)
_UNDER_BULLETED_ITEM = (
    "it stands under a bulleted headline over an excerpt: a list's item, and this line its "
    "subtitle or kicker"
)
_NUMBERED_FIRST_ITEM = "the page opens with «1» over it: a numbered list's first item"
# An item's number alone on its line, the first of a numbered list: «1», «۱», «١».
_FIRST_ITEM_NUMBERS = frozenset({"1", "۱", "١"})
_OVER_CUT_EXCERPTS = (
    "it heads or ends a run of cut excerpts («...»): a list's, whose name is not printed"
)
# Cut excerpts one under the other under the headline: at least this many make a list.
CUT_EXCERPT_RUN = 3
_LIST_NAME_OVER_FULL_POST = (
    "the short line taken as the list's name stands over one post shown in full (its "
    "paragraphs run on, no other item follows): a section's name over an article as often"
)
# An article's text under its headline, not an item's excerpt: at least this many paragraphs
# one after the other, together longer than two excerpts (:data:`LISTING_LEAD_WORDS`).
FULL_POST_PARAGRAPHS = 3
_UNNAMED_LIST_DOUBTS = frozenset(
    {
        _LIST_ONE_EXCERPT,
        _LIST_POST_FOOTERS,
        _LIST_SITE_TAGLINE,
        _LIST_LABEL_UNNAMED,
        _LIST_POSTS_TEXT,
        _LIST_POSTS_ARCHIVE,
        _LIST_EXCERPTS_UNNAMED,
        _LIST_EXCERPTS_FIRST,
        _LIST_EXCERPTS_NO_NAME,
        _LIST_PLAIN_NO_NAME,
        _LIST_IDS_FIRST,
        _LIST_PAGER_FIRST,
        _LIST_DATED_ITEMS,
        _LIST_COUNTED_FIRST,
        _LIST_ADDRESS_FIRST,
        _LIST_BLOG_ARCHIVE_FIRST,
        _LIST_DAY_ARCHIVE_FIRST,
        _LIST_PERIOD_UNNAMED,
        _UNDER_BULLETED_ITEM,
        _NUMBERED_FIRST_ITEM,
        _OVER_CUT_EXCERPTS,
    }
)


_AUXILIARIES = frozenset(vocab.AUXILIARY_VERBS)


def _cut_before_verb(
    lines: Sequence[_Line], index: int, outside: set[int], spaced: bool = False
) -> bool:
    """Whether line ``index`` (three words or more, no mark at its end) runs on into the
    line right under it (no blank line between, unless every line is double-spaced:
    ``spaced``), which opens with an auxiliary verb, alone or glued to the next by a ZWNJ
    (:data:`vocab.AUXILIARY_VERBS`: «شده است و ...», «است که ...», «شده‌است و ...») and holds
    a sentence's end: one paragraph hard-wrapped by the layout (a blog's ``<br>``), a
    sentence no headline ends in the middle of. A headline's lead opens with its own subject."""
    below = index + 1
    if below >= len(lines) or below in outside:
        return False
    line, under = lines[index], lines[below]
    if (
        (under.blank_before and not spaced)
        or line.words < 3
        or not line.text.rstrip()[-1:].isalpha()
    ):
        return False
    first = under.norm.split(maxsplit=1)[0] if under.norm.strip() else ""
    first = first.split(ZWNJ, 1)[0]
    return first in _AUXILIARIES and _SENTENCE_END.search(under.text) is not None


def _wrapped_sentences(lines: Sequence[_Line], index: int) -> bool:
    """Whether line ``index`` ends a sentence inside it («... دارد. این صفحه ...», a letter
    before the period, words after it), ends without a mark of its own, and the line right
    below it (no blank line between) ends a sentence: a paragraph cut into lines."""
    line = lines[index]
    text = line.text.rstrip()
    if not text or not text[-1].isalpha() or index + 1 >= len(lines):
        return False
    below = lines[index + 1]
    if (
        below.blank_before
        or not below.text.rstrip().endswith((".", "!", "؟"))
        or line.words < _WRAPPED_MIN_LINE_WORDS
        or len(below.text) > _WRAPPED_WIDTHS * len(text)
    ):
        return False  # a short headline of two sentences («... برد. ... باخت») over its lead
    match = _SENTENCE_INSIDE.search(text)
    return match is not None and len(text[match.end() :].split()) >= _WRAPPED_MIN_WORDS


def _bulleted_copy_above(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether the line right above ``lines[index]`` is the same line with a bullet before
    it («  • HEADLINE» over «    HEADLINE», payamekhabar.ir's /service/ page: a list's
    bulleted item, then the item with its teaser): the headline of an item shown by a list,
    which the page's own headline need not be."""
    if index == 0 or index - 1 in outside:
        return False
    above = lines[index - 1]
    bullet = _BULLET.match(above.text.lstrip())
    if bullet is None or lines[index].words < 3:
        return False
    rest = above.text.lstrip()[bullet.end() :]
    return _squash(normalize(rest)) == lines[index].key


_BULLETED_COPY = "a bulleted item of a list prints it right above: the item's headline"


def _wrapped_set_apart(lines: Sequence[_Line], index: int) -> bool:
    """Whether line ``index`` is a paragraph's line as :func:`_wrapped_sentences` reads it,
    the lines set apart by blank lines (a PDF viewer's text, each printed line its own
    paragraph: yumpu.com's pages): a sentence ends inside it, it ends without a mark, the
    line below ends a sentence, and the line above is a line of the same paragraph (as
    long, ending without a mark). Three lines of one paragraph, no headline among them."""
    if index == 0 or index + 1 >= len(lines):
        return False
    line, above, below = lines[index], lines[index - 1], lines[index + 1]
    text, upper = line.text.rstrip(), above.text.rstrip()
    if (
        not text
        or not upper
        or not text[-1].isalpha()
        or not upper[-1].isalpha()
        or above.info.kind != "text"
        or min(line.words, above.words) < _WRAPPED_MIN_LINE_WORDS
        or not below.text.rstrip().endswith((".", "!", "؟"))
        or len(below.text) > _WRAPPED_WIDTHS * len(text)
        or len(upper) > _WRAPPED_WIDTHS * len(text)
        or len(text) > _WRAPPED_WIDTHS * len(upper)
    ):
        return False
    match = _SENTENCE_INSIDE.search(text)
    return match is not None and len(text[match.end() :].split()) >= _WRAPPED_MIN_WORDS


# A sentence's end inside a line: a word (two letters at least: not an initial), a period,
# a space, a letter. Read by three rules: a question headline and a one-sentence headline
# hold none (before the line's last mark), and a line the layout cut holds one. (A broader
# pattern, any of «.!؟?» before a space, was once defined for the first two further up this
# module; this later definition replaced it at import from 2026-12-03 on, so every measured
# figure since is this pattern's: the broader one was dropped, not restored.)
_SENTENCE_INSIDE = regex.compile(r"\p{L}{2}\.\s+(?=\p{L})")
# The words after it at least: the next sentence goes on.
_WRAPPED_MIN_WORDS = 2
# The words of the cut line at least, and how much longer than it the line below may be
# (the lines of one box are alike; a lead under its headline is far longer).
_WRAPPED_MIN_LINE_WORDS = 8
_WRAPPED_WIDTHS = 2
_WRAPPED_SENTENCES = "it is running text cut into lines by the layout, not a headline"


# A greeting alone on its line: «سلام», «با سلام», «سلام دوستان», «سلام به همه»,
# «درود بر شما», «سلام علیکم». A blog post opens its body so (2khtarkhaleha.blogfa.com:
# «سلام» over the post's paragraphs; ashwood.ir: «درود بر شما» over the text;
# illia-z.blogspot.com: «درود به همه عزیزان و هموطنان» under the date); it names nothing,
# so it is no headline. Matched on the line's letters alone.
HELLO_MAX_WORDS = 6
_HELLO_ADDRESSEES = (
    "همه|همگی|شما|دوستان|عزیزان|خوبان|همراهان|خوانندگان|بازدیدکنندگان|هموطنان|بچهها|رفقا"
    "|عزیزانم|دوستانم"
)
_HELLO = regex.compile(
    rf"""^(?:با(?:عرض)?)?(?:ال)?(?:سلام|درود)
    (?:و(?:درود|احترام|ادب|عرضادب))?
    (?:(?:بر|به|خدمت)?                                  # to whom: «به همه عزیزان و
       (?:و?(?:{_HELLO_ADDRESSEES})(?:ی)?(?:عزیز|عزیزم|گرامی|گل|محترم)?){{1,3}})?  # هموطنان»
    (?:علیکم)?$""",
    regex.VERBOSE,
)
_HELLO_LINE = "it is a greeting, which opens a post's body without naming it"


# A writer's greeting to the readers opening a line, a sentence going on after it or not:
# «سلام دوستان من دوباره آمدم با ...», «سلام به همه ...», «درود بر شما ...», «دوستان عزیز
# سلام ...» (a student's or a blogger's post opens its body so: hedayatmizan.ir's posts,
# «سلام بچه ها من امدم با ...» under the summary label). The readers are named
# (:data:`_HELLO_ADDRESSEES`), so «سلام فرمانده», «درود بر شهیدان» or «سلامت دوستان» are
# not one. Matched on the first words, their letters alone.
_GREETING_WORDS = frozenset({"سلام", "درود"})
_GREETING_TO = frozenset({"به", "بر", "خدمت"})
_GREETING_READERS = frozenset(_HELLO_ADDRESSEES.split("|"))
_GREETING_KIND = frozenset({"عزیز", "عزیزم", "گرامی", "گل", "محترم", "جان"})


def _greets_readers(norm: str) -> bool:
    """Whether ``norm`` opens with a greeting to the readers (:data:`_GREETING_READERS`):
    «سلام دوستان ...», «سلام به همه ...», «با سلام خدمت دوستان ...», «دوستان عزیز سلام ...»."""
    if "سلام" not in norm and "درود" not in norm:
        return False
    words = [_NOT_LETTER.sub("", word) for word in norm.split()[:6]]
    words = [word for word in words if word]
    if len(words) >= 2 and words[0] == "با":
        words = words[1:]
        if words and words[0] == "عرض":
            words = words[1:]
    if len(words) >= 2 and words[0] in _GREETING_WORDS:
        rest = words[1:]
        if rest[0] in _GREETING_TO:
            rest = rest[1:]
        return bool(rest) and (
            rest[0] in _GREETING_READERS or "".join(rest[:2]) in _GREETING_READERS  # «بچه ها»
        )
    if len(words) >= 2 and words[0] in _GREETING_READERS:
        rest = words[1:]
        if rest[0] in _GREETING_KIND:
            rest = rest[1:]
        return bool(rest) and rest[0] in _GREETING_WORDS
    return False


def _hello(line: _Line) -> bool:
    """Whether the line is a greeting alone (:data:`_HELLO`): a post's first words, no
    headline."""
    return line.words <= HELLO_MAX_WORDS and bool(_HELLO.match(_NOT_LETTER.sub("", line.norm)))


def _invocation(line: _Line) -> bool:
    """Whether the line is an invocation alone: it opens a sermon, a lecture or a letter and
    names no story, so as the headline chosen by score it is no sure title."""
    return line.words <= INVOCATION_MAX_WORDS and bool(
        _INVOCATION.match(_NOT_LETTER.sub("", line.norm))
    )


# Why the line chosen by score gives way to the headline-shaped line above it, and why
# that line is still uncertain.
_CLOSER_ABOVE = (
    "the headline-shaped line above it shares more words with the lead",
    "the headline-shaped line above its first print shares more words with the lead",
)
_SHARES_MORE = "it shares more words with the lead than the headline-shaped line under it"
_INSTITUTION_LINE = "it names an institution (a publisher's line under the title)"
_INSTITUTION_ALONE = "it is an institution's name alone, as a site's name is"
_ONLY_A_SHORT_LINE = "the text is this short line alone, as a site's name is"
_KEYWORD_RUN = "it repeats a word three times and states nothing: a run of keywords"
_GLUED_RUN = "it prints a run of its words twice: a headline glued to its summary"


def _run_on_line(line: _Line) -> str | None:
    """Why the long line ``line`` reads as no headline, or None: it ends with no verb nor a
    question mark, and it repeats a content word three times (a video's keywords: «...
    شبکه خبر شبکه ۳ اخبار ... شبکه 3») or a run of :data:`REPEATED_RUN_LETTERS` letters
    twice (a headline glued to its summary, which restates it, the line breaks lost: «...
    نیروی انسانیسامان دهی نیروی انسانی و ...»). A headline names its subject once."""
    if line.words < RUN_ON_WORDS or _verb_end(line):
        return None  # (a question counts as a verb's end: a headline)
    counts: dict[str, int] = {}
    for word in line.norm.replace("\u200c", " ").split():
        bare = _NOT_LETTERS.sub("", word)
        if len(bare) >= 3 and bare not in _FUNCTION_WORDS and not bare.isdigit():
            counts[bare] = counts.get(bare, 0) + 1
            if counts[bare] >= 3:
                return _KEYWORD_RUN
    letters = _NOT_LETTERS.sub("", line.norm)
    for match in regex.finditer(r"(?<![\p{L}\p{M}\p{N}])\p{L}", line.norm.replace("\u200c", " ")):
        start = len(_NOT_LETTERS.sub("", line.norm[: match.start()]))
        run = letters[start : start + REPEATED_RUN_LETTERS]
        if len(run) == REPEATED_RUN_LETTERS and letters.find(run, start + len(run)) >= 0:
            return _GLUED_RUN
    return None


# A line of at least this many words is read for repeats (a short headline may well say a
# word twice); a run of this many letters printed twice is a phrase, not a shared word.
RUN_ON_WORDS = 12
REPEATED_RUN_LETTERS = 10
_CHAPTER_LINE = "it heads a chapter or part of a document («فصل اول: ...»), not the document"
# A chapter's or part's heading: the word, its ordinal (in words or digits), then a colon or
# a dash («فصل اول:», «بخش ۲ -», «Chapter 3:»); «بخش دوم طرح ...» without them is a headline.
_CHAPTER_HEADING = regex.compile(
    rf"""^[\x20\u200c]*(?i:{"|".join(vocab.CHAPTER_WORDS)})[\x20\u200c]+
    (?:{"|".join(sorted(vocab.ORDINAL_DAYS, key=len, reverse=True))}|[0-9]{{1,2}}|[ivx]{{1,4}})
    [\x20\u200c]*[:\-–]""",
    regex.VERBOSE,
)
_INVOCATION_LINE = "it is an invocation, which opens a text without naming it"
# The Quran's own marks (U+06D6-U+06ED: small high ligatures of the pauses, the end of an
# ayah, the small high letters and rounded zero of the mushaf's spelling), printed only in
# its verses. A line holding one is a verse: a Quran reader's text or an epigraph, which
# names no page (quranenc.com's and qurano.com's readers, quranpedia.net: a verse first,
# no headline).
_QURAN_MARKS = regex.compile(r"[\u06d6-\u06ed]")
_VERSE_LINE = "it is a verse of the Quran, printed with the mushaf's marks: a text, not its name"
# The doubts under which the competing line above is taken instead, and the doubt it keeps.
_GIVES_WAY = {
    _CLOSER_ABOVE[0]: _SHARES_MORE,
    _CLOSER_ABOVE[1]: _SHARES_MORE,
    _INSTITUTION_LINE: "the line under it names an institution, which may be its publisher",
    _MOTTO_OVER_POST: "a site's motto, repeating words of its name, stands over it",
    _TAGLINE_OVER_POST: "a blog's name and tagline may stand over it (the first line, over a "
    "longer line and this one, right over the date line)",
    _INVOCATION_LINE: "the best line beside an invocation, which opens a text without naming it",
}
# A kicker naming a context opens with a preposition: «به بهانه ...», «در نشست ...».
_CONTEXT_OPENING = regex.compile(r"^(?:به|در|با|از|پس|پیش|برای|بر|درباره)[\x20\u200c]")
# How many more words with the lead the line above the chosen one must share.
LEAD_SHARE_MARGIN = 2


def _closer_to_the_lead_above(lines: Sequence[_Line], index: int, anchor: int | None) -> int | None:
    """The headline-shaped line right above ``lines[index]`` when it shares at least
    :data:`LEAD_SHARE_MARGIN` more words with the lead than the chosen line does, else None.

    Two headline-shaped lines over the body: a kicker without a colon over the headline, or
    the headline over a subtitle or the post's first subheading (``سلام به همه! ...``).
    The lead tells which of them names the story; when the upper one does, the lower one
    is no sure title. An upper line opening with a preposition (``به بهانه ...``) names
    a context: a kicker, which shares the lead's words without being the headline.
    """
    if anchor is None or index == 0 or anchor >= len(lines) or anchor <= index:
        return None
    upper = lines[index - 1]
    if not _headline_over_lead(lines, index - 1, HEADLINE_MAX_WORDS) or _CONTEXT_OPENING.match(
        upper.norm
    ):
        return None
    lead = _content_words(lines[anchor])
    mine = len(_content_words(lines[index]) & lead)
    theirs = len(_content_words(upper) & lead)
    return index - 1 if theirs >= mine + LEAD_SHARE_MARGIN else None


# A stanza: at least this many short lines in a row, without a blank line between them.
VERSE_LINES = 4
_VERSE_MARKS = frozenset(':«»"0123456789۰۱۲۳۴۵۶۷۸۹')


def _verse(lines: Sequence[_Line], stop: int, spaced: bool = False) -> set[int]:
    """The lines of a poem's stanza above the body: never a headline.

    Four or more lines in a row of :data:`VERSE_WORDS` words each, without digits,
    colons or quotes, where the first two and at least three lines rhyme (the same
    last two letters: «... جوان شد / ... گلستان شد»). A list of headlines has digits,
    quotes or lines of different endings; a stanza's lines end alike.
    """
    found: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) >= VERSE_LINES:
            ends = [_squash(lines[i].norm)[-2:] for i in run]
            if ends[0] == ends[1] and ends.count(ends[0]) >= VERSE_LINES - 1:
                last = max(at for at, end in enumerate(ends) if end == ends[0])
                # Up to the last rhyme, in whole couplets: a headline right under the stanza
                # may end with the same verb («... برگزار شد») and is no hemistich.
                found.update(run[: (last + 1) // 2 * 2])
        run.clear()

    for index in range(stop):
        line = lines[index]
        if (
            line.info.kind == "text"
            and VERSE_WORDS[0] <= line.words <= VERSE_WORDS[1]
            and line.text[-1] not in ".،؛!؟?:"
            and not _VERSE_MARKS.intersection(line.text)
        ):
            if run and (_set_apart(line, spaced) or run[-1] != index - 1):
                close()
            run.append(index)
        else:
            close()
    close()
    return found


def _may_repeat(line: _Line, keys: dict[str, int]) -> bool:
    """Whether ``line.key`` may equal or begin one of ``keys``, from its first characters only.

    Folding and squashing go character by character (marks and spaces only drop out), so
    the key of a line's beginning is the beginning of its key: a long paragraph is not
    normalised whole to find that it repeats no headline.
    """
    if "key" in line.__dict__ or not keys:
        return True
    size = max(map(len, keys)) + 1
    if line.end - line.start <= size:
        return True
    first = _key_first(line._doc[line.start])
    if first is not None and all(key[:1] != first for key in keys):
        return False  # the head's key starts with a character no key starts with
    head = _squash(normalize(line._doc[line.start : line.start + size]))
    return any(key.startswith(head) for key in keys)


def _key_first(char: str) -> str | None:
    """The first character of the key (``_squash(normalize(text))``) of any text that starts
    with ``char``, when ``char`` alone tells it; else None.

    A character that folds to itself and that the key does not drop (no space, ZWNJ or mark:
    a letter, an ASCII digit, a quote) stays first: :func:`normalize` moves marks to a
    word's end, after it, and changes no other character's place. Proved over generated
    strings by tests/test_prefilters.py.
    """
    if char in FOLDED or char == ZWNJ or char.isspace():
        return None
    return char


def _name_twice_on_top(
    lines: Sequence[_Line],
    candidates: Sequence[int],
    index: int,
    keys: dict[str, int],
    outside: set[int],
) -> int | None:
    """The page's first line when it is a name printed twice, the copy on the next line
    (its punctuation may differ: :func:`_punctuation_copies`), and the line chosen by score,
    ``lines[index]``, is a heading printed once below a paragraph of running text under the
    copies: a chapter's name over its text and its sections (a GitBook page, real29 #21).
    None otherwise, and for an institution's name twice (a site's logo and its name)."""
    if not candidates:
        return None
    first = candidates[0]
    if (
        any(at not in outside for at in range(first))
        or first + 1 >= index
        or first + 1 not in candidates
        or keys.get(lines[index].key, 0) != 1
        or keys.get(lines[first].key, 0) < 2
        or keys.get(lines[first + 1].key, 0) < 2
        or _NOT_LETTERS.sub("", lines[first].key) != _NOT_LETTERS.sub("", lines[first + 1].key)
    ):
        return None
    name = lines[first]
    if (
        name.info.kind != "text"
        or name.paragraph
        or name.chrome
        or name.byline
        or not 1 <= name.words <= HEADLINE_MAX_WORDS
        or name.text[-1] in _KICKER_ENDS
        or _institution(name)
        or _site_name_twice(lines, first)
    ):
        return None
    if not any(lines[at].paragraph for at in range(first + 2, index) if at not in outside):
        return None
    return first


_TWO_NAMES_TWICE = (
    "the page's first two lines are two names each printed twice, and the line chosen is a "
    "section's heading under the running text: which name is the page's cannot be told"
)


def _two_names_twice_on_top(
    lines: Sequence[_Line],
    candidates: Sequence[int],
    index: int,
    keys: dict[str, int],
    outside: set[int],
) -> int | None:
    """The page's first line when it and the next line are two different names, each
    printed twice on the page (at its top and again under its text), and the line chosen by
    score, ``lines[index]``, is a heading printed once below a paragraph of running text
    under them (:func:`_name_twice_on_top`'s shape with two names, mut25's mutant 10):
    the page's name is one of the two, or neither, so no line is sure. None otherwise."""
    if len(candidates) < 2:
        return None
    first = candidates[0]
    if (
        any(at not in outside for at in range(first))
        or first + 1 >= index
        or candidates[1] != first + 1
        or keys.get(lines[index].key, 0) != 1
        or keys.get(lines[first].key, 0) < 2
        or keys.get(lines[first + 1].key, 0) < 2
        or _NOT_LETTERS.sub("", lines[first].key) == _NOT_LETTERS.sub("", lines[first + 1].key)
    ):
        return None
    for at in (first, first + 1):
        name = lines[at]
        if (
            name.info.kind != "text"
            or name.paragraph
            or name.chrome
            or name.byline
            or not 1 <= name.words <= NAME_MAX_WORDS
            or name.text[-1] in _KICKER_ENDS
            or _institution(name)
            or _site_name_twice(lines, at)
        ):
            return None
    if not any(lines[at].paragraph for at in range(first + 2, index) if at not in outside):
        return None
    return first


# A short line's first word naming it a site or a magazine («مجله برنامه نویسی»).
_LOGO_NAME_HEADS = ("مجله", "سایت", "وب‌سایت", "وبسایت", "پرتال", "پورتال", "وبلاگ", "پایگاه")


def _logo_named(line: _Line) -> bool:
    """Whether a short line names a site or a magazine by its first word
    (:data:`_LOGO_NAME_HEADS`, «مجله برنامه نویسی»): two to NAME_MAX_WORDS words, no verb
    nor a sentence's end (:func:`_slogan`). «مجله» alone is none."""
    words = line.norm.split()
    return 2 <= len(words) <= NAME_MAX_WORDS and words[0] in _LOGO_NAME_HEADS and _slogan(line.norm)


def _headline_under_logo_twice(
    lines: Sequence[_Line],
    candidates: Sequence[int],
    index: int,
    keys: dict[str, int],
    outside: set[int],
) -> int | None:
    """The line under the copies when ``lines[index]``, the line chosen by score, is
    either copy of the page's first line, a site's short name (:func:`_logo_named` or an
    institution's) printed twice, the same print, and right under the copies stands a
    longer headline-shaped line (twice the name's words, short of a lead's) printed once,
    or twice in a row, over a paragraph: the site's logo and its name over the headline
    («مجله برنامه نویسی» twice, fix99). Since fix104 also with up to two meta lines
    (a byline, a date, a row of labels) between the headline and the paragraph, date lines
    alone above the copies, and the name printed again lower down (a footer's line: the
    lines above the headline are only the two copies and those date lines). None
    otherwise: a chapter's name printed twice (fix91) names no site."""
    if len(candidates) < 3 or index not in (candidates[0], candidates[0] + 1):
        return None
    index = candidates[0]
    name, below = index + 1, index + 2
    if (
        any(at not in outside and not _date_alone(lines[at]) for at in range(index))
        or candidates[1] != name
        or candidates[2] != below
        or below + 1 >= len(lines)
        or lines[name].key != lines[index].key
        or keys.get(lines[index].key, 0) < 2
    ):
        return None
    # The headline printed once, or twice in a row (its h1 and its og:title copy).
    after = below + 2 if lines[below + 1].key == lines[below].key else below + 1
    if keys.get(lines[below].key, 0) != after - below:
        return None
    # Its meta lines under it, up to two («نویسنده: NAME | DATE», a date line: fix104).
    for _ in range(2):
        if after < len(lines) and _meta_alone(lines[after]):
            after += 1
    if after >= len(lines) or after in outside:
        return None
    first, headline = lines[index], lines[below]
    if (
        first.info.kind != "text"
        or first.paragraph
        or not 2 <= first.words <= NAME_MAX_WORDS
        or not (_logo_named(first) or _institution(first))
        or headline.info.kind != "text"
        or headline.paragraph
        or headline.chrome
        or headline.byline
        or not first.words * 2 <= headline.words < LEAD_WORDS
        or headline.text[-1] in _KICKER_ENDS
        or not lines[after].paragraph
    ):
        return None
    return below


def _date_alone(line: _Line) -> bool:
    """Whether the line is a date line alone, no paragraph (a page's date banner)."""
    return line.info.kind == "date" and not line.paragraph


def _meta_alone(line: _Line) -> bool:
    """Whether the line is a headline's meta line alone, no paragraph: a byline, a date,
    or a row of labels («نویسنده: علی رضایی | ۱۲ مهر ۱۴۰۲»)."""
    return not line.paragraph and (line.byline or line.info.kind in ("date", "labels"))


def _punctuation_copies(
    lines: Sequence[_Line], candidates: Sequence[int], keys: dict[str, int]
) -> None:
    """Count as printed twice a name printed again on the next line with its punctuation
    changed, «سلام، دنیا» / «سلام دنیا» (a GitBook chapter's name: the page's title, then
    its heading without the comma, go-yaad-begir.gitbook.io, real29 #21): the same letters,
    words and order, each line printed once, neither a paragraph. ``keys`` is updated."""
    taken = set(candidates)
    for index in candidates:
        if index + 1 not in taken:
            continue
        line, copy = lines[index], lines[index + 1]
        if (
            line.key == copy.key
            or keys.get(line.key, 0) != 1
            or keys.get(copy.key, 0) != 1
            or line.words < 2
            or line.words != copy.words
            or line.paragraph
            or copy.paragraph
            or line.info.kind != "text"
            or copy.info.kind != "text"
        ):
            continue
        letters = _NOT_LETTERS.sub("", line.key)
        if letters and letters == _NOT_LETTERS.sub("", copy.key):
            keys[line.key] += 1
            keys[copy.key] += 1


def _copies_in_a_row(lines: Sequence[_Line], index: int) -> int:
    """1 when ``lines[index]`` and a copy on the next or previous line stand under a headline.

    Two copies in a row without a blank line between them, right under a headline-shaped
    line, are the image's alt text and caption, not the title printed around its header
    (a print page's title twice under its date line still is).
    """
    line = lines[index]
    first = index
    if index > 0 and not line.blank_before and lines[index - 1].key == line.key:
        first = index - 1
    elif not (
        index + 1 < len(lines)
        and not lines[index + 1].blank_before
        and lines[index + 1].key == line.key
    ):
        return 0
    if first == 0:
        return 0
    above = lines[first - 1]
    headline = above.info.kind == "text" and above.words >= 3 and not above.paragraph
    return 1 if headline and not above.chrome else 0


def _site_name_twice(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is an institution's name (:func:`_institution`) printed twice
    in a row as the page's first two lines, with or without a blank line between: a site's
    logo (its alt text) and its name, «بیمارستان دامپزشکی ...» or «دانشگاه علوم پزشکی ...»
    twice over the page's heading, which is no headline printed twice (an institution's name
    alone has no verb; a headline printed twice is one)."""
    first = index - 1 if index > 0 and lines[index - 1].key == lines[index].key else index
    return (
        first == 0
        and first + 1 < len(lines)
        and lines[first + 1].key == lines[first].key
        and _institution(lines[index])
    )


def _variant(first: str, second: str) -> bool:
    """Whether two headline keys are one headline printed twice with a different ending.

    «شیوه نامه ... شهرداری ها» and «شیوه نامه ... شهرداری خرم آباد»: a common
    beginning of most of the shorter one.
    """
    size = min(len(first), len(second))
    if size < VARIANT_MIN_CHARS or first[:size] == second[:size]:
        return False  # short, or one holds the other and more (a site name glued on)
    common = 0
    while common < size and first[common] == second[common]:
        common += 1
    return common * VARIANT_SHARE[1] >= size * VARIANT_SHARE[0]


def _noted_print(first: _Line, second: _Line) -> bool:
    """Whether ``first`` is the headline ``second`` with a parenthesised note at its end, as
    the post prints it first («HEADLINE(برای آشنایی بیشتر)» over «HEADLINE», a blog post's
    title and its bare copy opening the body): the first print is the title. A note in
    parentheses is the writer's, never a site's or a section's name glued on."""
    text = first.text.rstrip()
    if not text.endswith(")") or first.info.kind != "text" or second.words < 3:
        return False
    opening = text.rfind("(")
    if opening <= 0 or not 0 < len(text[opening + 1 : -1].split()) <= NOTE_MAX_WORDS:
        return False
    return _squash(normalize(text[:opening])) == second.key


# The most words of a parenthesised note glued to a headline's first print.
NOTE_MAX_WORDS = 6


def _reworded(first: _Line, second: _Line) -> bool:
    """Whether two headline-shaped lines are one headline printed twice in other words: at
    least :data:`REWORDED_MIN_WORDS` content words in the shorter, :data:`VARIANT_SHARE` of
    them in the other («اطلاعیه وزارت ...» over an author's line and «اعلامیه مطبوعاتی
    وزارت ...»)."""
    if (
        first.info.kind != "text"
        or not 3 <= first.words <= HEADLINE_MAX_WORDS
        or first.paragraph  # a summary over the headline: a sentence, no second print
        or first.text[-1] in _KICKER_ENDS  # «در پی ...،» over it: a kicker leading into it
        or first.key in second.key
        or second.key in first.key  # one glued to a breadcrumb, a site's name, an excerpt
        or any(mark in first.text for mark in _BREADCRUMB_MARKS)
    ):
        return False
    # Read without the marks glued to the words («تراز،» is «تراز»): the two prints
    # punctuate their lists of terms differently.
    mine, theirs = _bare_words(first), _bare_words(second)
    fewer = min(len(mine), len(theirs))
    shared = len(mine & theirs)
    return fewer >= REWORDED_MIN_WORDS and shared * VARIANT_SHARE[1] >= fewer * VARIANT_SHARE[0]


def _bare_words(line: _Line) -> set[str]:
    """:func:`_content_words` with the marks glued to each word dropped («کنکور،» and
    «میشود؟» are «کنکور» and «میشود»)."""
    bare = (_NOT_LETTERS.sub("", word) for word in _content_words(line))
    return {word for word in bare if len(word) >= 3 and word not in _FUNCTION_WORDS}


REWORDED_MIN_WORDS = 4
# Headline variants: at least this long, sharing a beginning of this share of the shorter.
VARIANT_MIN_CHARS = 20
VARIANT_SHARE = (4, 5)


def _tags_heading(line: _Line) -> bool:
    """A tags label alone on its line («برچسب ها»): above the items of a tag page."""
    info = line.info
    if info.kind != "labels" or len(info.labels) != 1:
        return False
    label = info.labels[0]
    return label.field == "tags" and not label.colon and label.value[0] == label.value[1]


# A tag page's name is short.
LISTING_NAME_WORDS = 6


_READ_MORE = frozenset(_squash(normalize(word)).lower() for word in vocab.READ_MORE_WORDS)
_FIELD_LABELS = frozenset(_squash(normalize(word)) for word in vocab.FIELD_LABEL_WORDS)
_DOCUMENT_SECTIONS = frozenset(_squash(normalize(word)) for word in vocab.DOCUMENT_SECTION_WORDS)
# The longest of them, in words.
DOCUMENT_SECTION_WORDS = max(len(word.split()) for word in vocab.DOCUMENT_SECTION_WORDS)
_EXCERPT_ENDS = ("[…]", "[...]", "[ … ]", "[ ... ]")


# The words an excerpt and the paragraph under it share at their start when the paragraph
# restates the excerpt (one post's summary over its full text).
EXCERPT_RESTATED_WORDS = 6


def _excerpt_restated(lines: Sequence[_Line], index: int) -> bool:
    """Whether the paragraph right under the excerpt ``lines[index]`` opens with the
    excerpt's first :data:`EXCERPT_RESTATED_WORDS` words: a post's theme prints its summary
    cut with «[…]» over its full text, which starts again with the same sentence (one post,
    not a list; a list's next item is a headline, or another item's excerpt)."""
    if index + 1 >= len(lines) or not lines[index + 1].paragraph:
        return False
    head = lines[index].norm.replace("\u200c", " ").split()[:EXCERPT_RESTATED_WORDS]
    below = lines[index + 1].norm.replace("\u200c", " ").split()[:EXCERPT_RESTATED_WORDS]
    return len(head) == EXCERPT_RESTATED_WORDS and head == below


def _excerpt_restated_past_name(lines: Sequence[_Line], index: int) -> bool:
    """Whether the excerpt ``lines[index]`` (cut with «[…]») is restated by the paragraph
    under a short name line right below it: «NAME TEXT ... […]» / «NAME» / «TEXT ...» (a
    youth weekly's post, 40cheragh.org: the summary glued to the author's name, the author
    line, then the full text starting again with the same sentence). One post, not a list;
    :func:`_excerpt_restated` reads the same with nothing between them."""
    if index + 2 >= len(lines):
        return False
    name, below = lines[index + 1], lines[index + 2]
    if (
        not below.paragraph
        or name.paragraph
        or name.info.kind != "text"
        or not 1 <= name.words <= NAME_MAX_WORDS
    ):
        return False
    head = lines[index].norm.replace("\u200c", " ").split()
    named = name.norm.replace("\u200c", " ").split()
    if head[: len(named)] == named:
        head = head[len(named) :]  # the author's name glued before the summary
    head = head[:EXCERPT_RESTATED_WORDS]
    start = below.norm.replace("\u200c", " ").split()[:EXCERPT_RESTATED_WORDS]
    return len(head) == EXCERPT_RESTATED_WORDS and head == start


def _excerpts(lines: Sequence[_Line], anchor: int) -> bool:
    """Whether the running text starts with excerpts: a list of items, not one article.

    A «بیشتر بخوانید »» or «ادامه مطلب» button alone on its line, or a paragraph cut
    with «[…]», among the first lines of the running text (a tag page, a blog's home).
    """
    for index in range(anchor, min(len(lines), anchor + 1 + BODY_GAP)):
        line = lines[index]
        if (
            line.text.endswith(_EXCERPT_ENDS)
            and not _excerpt_restated(lines, index)
            and not _excerpt_restated_past_name(lines, index)
        ):
            return True
        if line.paragraph and line.text.endswith(("...", "…")) and _item_follows(lines, index):
            return True  # an excerpt cut with «...», the next item's headline and text under it
        if (
            line.paragraph
            and line.text.endswith(("،", ","))
            and (
                (index + 1 == len(lines) and not (index > anchor and lines[index - 1].paragraph))
                or _item_follows(lines, index)
            )
        ):
            # Cut after a comma by the theme's excerpt length, the page or item ending there.
            # (A list's excerpt is one paragraph under its headline: a paragraph right under
            # another one that ends the text is an article's text cut off, tabbyeen.ir's.)
            return True
        if (
            _read_more(line)
            and not _related_box(lines, index)
            and not _article_goes_on(lines, index)
        ):
            return True
        if (
            line.paragraph
            and excerpt_with_read_more(line.norm)
            and not _article_goes_on(lines, index)
        ):
            return True  # «... ادامه را بخوانید»: the button run into the excerpt's end
    return False


def _doubt_as_a_list(state: _State, doubt: str) -> None:
    """Doubt the title as a list's item's headline (``doubt``, one of
    :data:`_UNNAMED_LIST_DOUBTS`), over a doubt on which line is the headline: on a list
    both lines are the item's."""
    if state.title_doubt is None or state.title_doubt[0] not in _UNNAMED_LIST_DOUBTS:
        state.title_doubt = (doubt, None)


def _excerpt_ends_text(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the text ends with one paragraph cut by a list's theme («[…]», «...», «…»)
    right under the headline, or under one short line beneath it (the headline printed
    again, the item's title under its kicker), nothing after it but widgets.

    A tag page showing its one item, or its first (whatday.ir's, sahand.ntdc.ir's and
    7gah.ir's «/tag/...», rokhdadshahr.ir's «/tags/...», chekad.tv's): an article's page
    prints its text whole, and a teaser of one item offers the rest (a read-more button, the
    source's link, the site's boxes under it), where a list's last excerpt ends the text.
    Under a header line (a date or a category label) the paragraph is an article's lead; a
    short line alone over it may be the list's own name (khoorna.com's tag «5 اسفند»)."""
    count = len(lines)
    at = title + 1
    if at < count and at not in outside:
        between = lines[at]
        if (
            not between.paragraph
            and between.info.kind == "text"
            and not between.chrome
            and between.words <= HEADLINE_MAX_WORDS
        ):
            at += 1
    if at == title + 1 and lines[title].words <= LISTING_NAME_WORDS:
        return False
    if at >= count or at in outside or not lines[at].paragraph:
        return False
    if any(index not in outside for index in range(at + 1, count)):
        return False
    return lines[at].text.rstrip().endswith(("...", "…", *_EXCERPT_ENDS))


def _article_goes_on(lines: Sequence[_Line], index: int) -> bool:
    """Whether the page goes on under the excerpt ``lines[index]`` (or its read-more button
    on a line of its own) as one item's page does:
    with running text that starts no other item (an aggregator's note on the excerpt it
    shows), or with the related items' heading («خبرهای مشابه»). A list's excerpt has the
    next item under it, or nothing."""
    if index + 1 >= len(lines):
        return False
    below = lines[index + 1]
    if below.words <= SECTION_HEADING_WORDS and is_section_end(below.norm):
        return True
    return below.paragraph and not _item_follows(lines, index)


# A related box's heading has at most this many words.
SECTION_HEADING_WORDS = 5


def _excerpt_lines(lines: Sequence[_Line], start: int) -> int:
    """How many of the :data:`EXCERPT_REACH` lines from ``start`` end like an excerpt cut
    by a list («[…]»), counted up to :data:`LISTING_EXCERPTS` (read in the text, no line's
    copy kept: a long text of short lines stays cheap)."""
    found = 0
    for index in range(start, min(len(lines), start + EXCERPT_REACH)):
        line = lines[index]
        if line._doc.endswith(_EXCERPT_ENDS, line.start, line.end):
            found += 1
            if found >= LISTING_EXCERPTS:
                break
    return found


# A list's excerpts stand within this many lines of its first line.
EXCERPT_REACH = 40


# A page with this many excerpts cut with «[…]» lists items.
LISTING_EXCERPTS = 2


def _read_more(line: _Line) -> bool:
    """A «بیشتر بخوانید »» or «ادامه مطلب» button alone on its line."""
    return (
        line.words <= READ_MORE_MAX_WORDS
        and ":" not in line.text
        and _squash(line.norm).strip("»«›‹><.…").lower() in _READ_MORE
    )


def _related_box(lines: Sequence[_Line], index: int) -> bool:
    """Whether the read-more line ``lines[index]`` heads a related link inside an article:
    a headline-shaped line under it, then a line that is only that item's date («بیشتر
    بخوانید / HEADLINE / ۲۰/۱۲/۲۰۲۵», then the article goes on). A list's button ends an
    excerpt instead."""
    if index + 2 >= len(lines):
        return False
    head, date = lines[index + 1], lines[index + 2]
    return (
        head.info.kind == "text"
        and not head.paragraph
        and 3 <= head.words <= HEADLINE_MAX_WORDS
        and date.info.kind == "date"
    )


def _item_follows(lines: Sequence[_Line], index: int, between: str | None = None) -> bool:
    """Whether a headline-shaped line and a paragraph follow ``lines[index]``: the next item
    (its date line above its headline, «یکشنبه، ۱۳ آبان ۱۴۰۳» / «• HEADLINE», counts, and
    so does its section's name bulleted above it, «- ورزشی»). With ``between`` (a line
    kind), one line of that kind that is no paragraph stands between the headline and its
    paragraph (the item's subtitle or category, printed as the first item printed its)."""
    if index + 1 < len(lines) and lines[index + 1].info.kind == "date":
        index += 1  # the next item's date, printed above its headline
    elif index + 1 < len(lines) and _bulleted_kicker(lines[index + 1]):
        index += 1  # the next item's section, printed above its headline
    if between is not None:
        if index + 3 >= len(lines):
            return False
        sub = lines[index + 2]
        if sub.paragraph or sub.info.kind != between:
            return False
        head, text = lines[index + 1], lines[index + 3]
    elif index + 2 >= len(lines):
        return False
    else:
        head, text = lines[index + 1], lines[index + 2]
    return (
        head.info.kind == "text"
        and not head.paragraph
        and 3 <= head.words <= HEADLINE_MAX_WORDS
        and text.paragraph
    )


def _bulleted_headline(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether the headline at ``index`` is bulleted («• HEADLINE», three words or more, no
    paragraph) over a paragraph (its excerpt), under a line that is not bulleted: a list's
    item, not an article's headline, which no page bullets."""
    below = index + 1
    line = lines[index]
    return (
        _BULLET.match(line.text) is not None
        and not line.paragraph
        and line.words >= 3
        and index > 0
        and _BULLET.match(lines[index - 1].text) is None
        and below < len(lines)
        and below not in outside
        and lines[below].paragraph
    )


def _under_a_bulleted_item(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether the headline at ``index`` stands right under a bulleted line of a headline's
    shape opening the page («• HEADLINE», a round bullet, three words or more, a line of
    text, no paragraph) and over a paragraph: a list's bulleted item, its subtitle or
    kicker, its excerpt. A bulleted menu item («• خانه») is shorter; no article bullets its
    headline. A dash opens a kicker as often («- رئیس جمهور در جلسه هیأت دولت:»), and a
    print view's site line («- SITE - https://...»): neither counts. Under a line of its
    own, a bulleted line may be another item over the page's own headline (test_fix86)."""
    above = index - 1
    if above < 0 or above in outside or index + 1 >= len(lines) or index + 1 in outside:
        return False
    bulleted = lines[above]
    return (
        _ROUND_BULLET.match(bulleted.text) is not None
        and bulleted.text.rstrip()[-1] not in _KICKER_ENDS
        and "://" not in bulleted.text
        and bulleted.info.kind == "text"
        and not bulleted.paragraph
        and not bulleted.chrome
        and bulleted.words >= 3
        and all(i in outside for i in range(above))
        and not lines[index].paragraph
        and lines[index + 1].paragraph
    )


def _bulleted_kicker(line: _Line) -> bool:
    """A short bulleted line of words alone (an item's section: «- ورزشی», «• اقتصادی»)."""
    return (
        _BULLET.match(line.text) is not None
        and line.info.kind == "text"
        and line.words <= LISTING_KICKER_WORDS
        and line.text[-1] not in _KICKER_ENDS
    )


# A list item's section name, bulleted above its headline, has at most this many words.
LISTING_KICKER_WORDS = 3
# An item's own lines above its headline (a bulleted kicker): at most this many.
LISTING_ITEM_LINES = 2
# A read-more button has at most this many words.
READ_MORE_MAX_WORDS = 5


# A line naming a set of news items: «اخبار کوتاه», «خبرهای ...», «آخرین اخبار ...».
_COLLECTION = regex.compile(
    r"^(?:(?:آخرین|تازه[\x20\u200c]?ترین|گزیده)[\x20\u200c]+)?(?:اخبار|خبرهای)(?![\p{L}\p{M}])"
)


# Words before a date that make it part of the headline's phrase: a law's approval date
# («مصوب ۱۳۷۶/۰۵/۲۰»), a letter's date («مورخ ...»), «سال ...», «تاریخ ...».
_PHRASE_DATE_WORDS = frozenset({"مصوب", "مصوبه", "مورخ", "مورخه", "سال", "تاریخ", "از", "تا"})
DATED_TITLE_WORDS = 3


def _dated_title(line: _Line, state: _State | None = None) -> tuple[int, Span] | None:
    """Where the headline ends and the span of the date its line ends with, when that is one
    numeric date and nothing after it («اطلاعیه زمان انتخاب واحد ... 97-96 1396/05/30», a
    portal's table row run into a line; an ISO stamp after the headline), or None. A day's
    news roundup («آخرین خبرهای ...»), a date the headline's words lead into («... مصوب
    ۱۳۸۸/۰۵/۲۰»), a date with a month's name and a headline of fewer than three words keep
    their date. With ``state``, a date whose day and month may be read either way counts
    too (:func:`_ordered_tail`: a Tajik DLE page's headline glued to its date, «...
    НАВРАСОН9-05-2023, 23:46»): where it stands does not depend on its order, which the
    date's reading decides (day first on a Tajik page, else None with a warning)."""
    text = line.text
    if line.info.kind not in ("text", "mixed") or (not text[-1:].isdigit() and text[-1:] != "Z"):
        return None  # (a cheap test: a numeric date or an ISO stamp ends with a digit or Z)
    if _dated_collection(line):
        return None
    reads = list(iter_dates(text, base=line.start))
    if not reads and state is not None:
        span = _ordered_tail(state, line)
        if span is None:
            return None
        start, end = span
    elif len(reads) != 1:
        return None
    else:
        start, end = text_span(reads[0].stamp)
    offset = line.start
    if end != line.end or any(map(str.isalpha, text[start - offset :].replace("T", ""))):
        return None
    before = text[: start - offset].rstrip(" -–|/،,:(")
    words = normalize(before).replace("\u200c", " ").split()
    if len(words) < DATED_TITLE_WORDS or words[-1] in _PHRASE_DATE_WORDS:
        return None
    return offset + len(before), (start, end)


def _dated_copy_under(
    lines: Sequence[_Line], title: int, outside: set[int]
) -> tuple[int, Span] | None:
    """The line right under the title (a caption's line between them at most) that opens with
    one date in brackets, the headline printed again after it («(2 شهریور 1402 - 08:37:47)
    HEADLINE», a news script's item header), and the date's span; None when there is none."""
    key = lines[title].key
    for index in range(title + 1, min(len(lines), title + 1 + LEAD_REACH)):
        if index in outside:
            continue
        line = lines[index]
        text = line.text
        if text[:1] != "(" and (glued := _date_glued_copy(line, lines[title])) is not None:
            return index, glued
        if text[:1] != "(" or line.info.kind != "text" or not line.key.endswith(key):
            continue
        close = text.find(")")
        if close < 0 or _squash(normalize(text[close + 1 :])) != key:
            continue
        reads = list(iter_dates(text[:close], base=line.start))
        if len(reads) != 1:
            continue
        start, end = text_span(reads[0].stamp)
        if text[1 : start - line.start].strip() or text[end - line.start : close].strip():
            continue  # more than the date in the brackets
        return index, (start, end)
    return None


def _date_glued_copy(line: _Line, title: _Line) -> Span | None:
    """The span of the one full date (a day, a month and a year) ``line`` opens with when the
    rest of it is the headline ``title`` printed again exactly, run on after the date with no
    bracket («چهارشنبه دهم آبان ماه 1396نيم قرن گاز/ ...» under «نيم قرن گاز/ ...»: the
    item's date and its title printed as one line, petromuseum.ir's book page, tests/pages
    1471); None for any other line."""
    text = line.text
    head = len(text) - len(title.text)
    if head <= 0 or not text.endswith(title.text) or title.words < DATED_COPY_WORDS:
        return None
    reads = list(iter_dates(text[:head], base=line.start))
    if len(reads) != 1 or reads[0].stamp.relative:
        return None
    start, end = text_span(reads[0].stamp)
    if text[: start - line.start].strip() or text[end - line.start : head].strip():
        return None  # more than the date before the copy
    return start, end


# Words a headline printed again after a glued date has at least (:func:`_date_glued_copy`).
DATED_COPY_WORDS = 4


# Words a heading after a bracketed date-time has at least («(2 شهریور 1402) HEADLINE»).
BRACKET_DATED_HEADING_WORDS = 2


def _bracket_dated_heading(line: _Line) -> int | None:
    """Where the heading starts in a line that opens with one date (its time allowed) alone
    in brackets, a heading after it («(2 شهریور 1402 - 08:37:47) HEADLINE», a news script's
    item header): a date line with a story's headline after it. None for any other line."""
    text = line.text
    if text[:1] != "(" or line.info.kind != "text":
        return None
    close = text.find(")")
    if close < 0:
        return None
    reads = list(iter_dates(text[:close], base=line.start))
    if len(reads) != 1:
        return None
    start, end = text_span(reads[0].stamp)
    if text[1 : start - line.start].strip() or text[end - line.start : close].strip():
        return None  # more than the date in the brackets
    rest = text[close + 1 :]
    if len(rest.split()) < BRACKET_DATED_HEADING_WORDS:
        return None
    return close + 1 + len(rest) - len(rest.lstrip())


_BRACKET_OTHER_DOUBT = (
    "a line under it opens with a date-time in brackets and another headline after it: "
    "the page's story may be that one"
)


def _heading_over_dated(above: _Line, line: _Line, after: int) -> bool:
    """Whether ``above`` is a heading over ``line`` (a bracketed date-time with a headline
    after it, from ``after``) that is not that headline: a text line of a headline's length
    that ends with no kicker's or sentence's mark."""
    return (
        above.info.kind == "text"
        and not above.paragraph
        and 2 <= above.words <= HEADLINE_MAX_WORDS
        and above.text[-1] not in ".:؛"
        and _squash(above.norm) != _squash(normalize(line.text[after:]))
    )


def _ordered_tail(state: _State, line: _Line) -> Span | None:
    """The span of the one all-digit date a line ends with whose day and month may be read
    either way (:func:`_either_order`), else None. Its span only: the date is read, and
    warned when the page does not say its order, as any date line's (:func:`_read_date`)."""
    match = search(line.norm)
    if match is None or search(line.norm, match.end()) is not None:
        return None
    parts = read_parts(match, line.start)
    if not _either_order(parts):
        return None
    try:
        stamp, _ = build(parts._replace(day_first=False), state.doc)
    except DateError:
        return None
    return text_span(stamp)


# A page's <title> as an extractor prints it: «HEADLINE – SITE – DATE» (DW: «... – DW –
# ۱۴۰۳ بهمن ۲۵»), the site's short name and the day after the headline, dashes or bars apart
# (:data:`_TITLE_PARTS`, below: a dash or a bar between spaces, or a bare bar, «...|DW|...»).
SITE_NAME_TAIL_WORDS = 3


def _site_dated_title(line: _Line) -> int | None:
    """Where the headline ends on a line printed as a page's <title>, «HEADLINE – SITE –
    DATE»: the line ends with a date (a month's name or not) alone after a separator, a
    short name with no digit before it (the site's), and a headline of three words or more
    before that; else None. The site's name and the day are the <title>'s frame, not the
    headline's words (the date is not read from it: the page's own header gives its day)."""
    text = line.text
    if line.info.kind not in ("text", "mixed") or not text[-1:].isdigit():
        return None  # (a cheap test: the line ends with the date's digits)
    seps = list(_TITLE_PARTS.finditer(text))
    if len(seps) < 2:
        return None
    site = text[seps[-2].end() : seps[-1].start()]
    day = text[seps[-1].end() :]
    headline = text[: seps[-2].start()]
    if (
        not 1 <= len(site.split()) <= SITE_NAME_TAIL_WORDS
        or any(map(str.isdigit, site))
        or site.strip()[-1:] in ".:؛،!؟?"
        or len(normalize(headline).replace("\u200c", " ").split()) < DATED_TITLE_WORDS
    ):
        return None
    reads = list(iter_dates(day))
    if len(reads) != 1:
        return None
    start, end = text_span(reads[0].stamp)
    if day[:start].strip() or day[end:].strip():
        return None
    return line.start + seps[-2].start()


# A headline run into its own second print has at least this many words in each print
# («آیین‌نامه سال ۱۳۸۸ و ۱۳۸۹آیین‌نامه سال ۱۳۸۸ و ۱۳۸۹»: a page's heading and its <title>
# glued); a one-word line said twice («تهران تهران») is left whole.
DOUBLED_TITLE_WORDS = 2
# Spaces between the two prints, at most.
DOUBLED_TITLE_GAP = 3


# HTML list tags whose brackets the extraction dropped, glued to the text around them
# («... مواد ulliتعاريف :liulندارد.»): the line is markup debris from there on.
_LIST_DEBRIS = regex.compile(r"(?<![A-Za-z])(?:(?:ul|ol)li|li(?:ul|ol))+(?![A-Za-z])")


# A bracketed phrase of at least GLUED_BRACKET_WORDS words run into the next word with no
# space («... تقویم (نامگذاری روزهای خاص)دستورالعمل ...»): a breadcrumb's items glued by
# extraction, the page's name among them; an honorific «(ع)» glued to a verb is a typing slip.
_GLUED_BRACKET = regex.compile(r"\((?P<inside>[^()]+)\)(?=\p{L})")
GLUED_BRACKET_WORDS = 2
_GLUED_CRUMBS = (
    "a bracketed phrase runs into the next word: a breadcrumb's items glued without "
    "separators, the headline among them"
)


def _glued_bracket(line: _Line) -> bool:
    """Whether ``line`` holds a bracketed phrase of a few words glued to the word after it,
    with at least two words after it (the line goes on, as a breadcrumb's next item)."""
    if ")" not in line.text:
        return False
    for found in _GLUED_BRACKET.finditer(line.text):
        after = line.text[found.end() :].split()
        inside = found["inside"].replace("\u200c", " ").split()
        if (
            len(inside) >= GLUED_BRACKET_WORDS
            and len(after) >= 2
            and not vocab.BLESSING_WORDS.intersection(normalize(word) for word in inside)
        ):
            return True
    return False


_MARKUP_DEBRIS = "it holds HTML list tags left by the extraction («ulli», «liul»): cut badly"


def _markup_debris(line: _Line) -> int | None:
    """Where list-tag debris starts on ``line`` (the offset in its text), else None."""
    if "li" not in line.text:
        return None
    found = _LIST_DEBRIS.search(line.text)
    return None if found is None else found.start()


# Before the debris, a headline has at least this many words (fewer: no title to cut).
DEBRIS_TITLE_WORDS = 2


# What a page's <title> printed as a line may have before its headline (an extractor's
# bracket, a quote mark), and the separator between the headline and the site's name.
_TAG_HEAD_MARKS = " <«\"'"
_TAG_SEPARATOR = regex.compile(r"\x20*[»|\-–—]\x20*")
# The site's name (and its tagline) after the headline has at most this many words.
TITLE_TAG_SITE_WORDS = 8


def _title_tag_over_headline(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether line ``index`` is the page's <title> printed over its headline: it opens with
    the next line's whole text (three words or more, no paragraph; a bracket or a quote mark
    before it at most), then a separator («»», «|», «-», «–») and a site's name of at most
    :data:`TITLE_TAG_SITE_WORDS` words («< HEADLINE » Агентии иттилоотии мустақил.
    «ҲАМСИНФ»», hamsinf.com). A lead that opens with its headline's words goes on with a
    sentence, not a separator and a name."""
    below = index + 1
    if below >= len(lines) or below in outside:
        return False
    line, under = lines[index], lines[below]
    if under.paragraph or under.info.kind != "text" or under.words < 3:
        return False
    text = line.norm.lstrip(_TAG_HEAD_MARKS)
    head = under.norm.strip()
    if not text.startswith(head):
        return False
    separator = _TAG_SEPARATOR.match(text, len(head))
    if separator is None:
        return False
    return 1 <= len(text[separator.end() :].split()) <= TITLE_TAG_SITE_WORDS


def _doubled_title(line: _Line) -> int | None:
    """Where the headline's first print ends on a line that is one text printed twice, glued
    or a few spaces apart; else None. The second print adds nothing to the title."""
    text = line.text.rstrip()
    for gap in range(DOUBLED_TITLE_GAP + 1):
        if (len(text) - gap) % 2:
            continue
        half = (len(text) - gap) // 2
        first = text[:half]
        if (
            first == text[half + gap :]
            and not text[half : half + gap].strip()
            and first.strip() == first
            and len(first.split()) >= DOUBLED_TITLE_WORDS
        ):
            return line.start + half
    return _title_around_button(line)


def _title_around_button(line: _Line, floor: int = 0) -> int | None:
    """Where the first print ends on a line that is one text printed twice around a
    button's short label («TITLE دانلود PDF TITLE»: the file's heading, its download button
    and the link's own text run together); else None. Each print has at least ``floor``
    words (:data:`BUTTON_TITLE_WORDS` unless given), the label at most
    :data:`BUTTON_LABEL_WORDS` and no sentence's mark: a headline never says itself twice."""
    spans = [match.span() for match in _NON_SPACE_RUN.finditer(line.text)]
    words = [line.text[start:end] for start, end in spans]
    for size in range(len(words) // 2, (floor or BUTTON_TITLE_WORDS) - 1, -1):
        gap = len(words) - 2 * size
        if gap > BUTTON_LABEL_WORDS:
            break
        label = words[size : size + gap]
        if (
            gap >= 1
            and words[:size] == words[size + gap :]
            and not any(mark in word for word in label for mark in ".،؛:!؟?")
        ):
            return line.start + spans[size - 1][1]
    return None


_NON_SPACE_RUN = re.compile(r"\S+")
# A title printed twice around a button's label: at least this many words in each print,
# at most this many in the label («دانلود PDF», «مشاهده آنلاین»).
BUTTON_TITLE_WORDS = 3
BUTTON_LABEL_WORDS = 3
# Two words said twice around such a label («گزارش سالانه دانلود گزارش سالانه») are a file's
# two-word heading around its button as often as a refrain or a slogan said twice («وطنم
# ای وطنم» in two words): the line is kept whole, its title doubted.
BUTTON_DOUBT_WORDS = 2
_TWICE_AROUND_LABEL = (
    "it says its first words twice around a short label («X Y دانلود X Y»): a heading "
    "printed twice around its button, or a slogan said twice"
)


# A trail of pages parted by «/» printed as the heading: an institution's name, its
# sections, the page's name last («شرکت آب و فاضلاب استان تهران/خدمات مشترکین/راهنمای
# محاسباتی تعرفه ها»). At least SLASH_TRAIL_PARTS parts of at most SLASH_TRAIL_WORDS words
# each, no digit; a headline's «/» parts two clauses («... در حاشیه ماند/ابتکار؛ ...»).
SLASH_TRAIL_PARTS = 3
SLASH_TRAIL_WORDS = 6


def _slash_trail_start(line: _Line) -> int | None:
    """Where the page's own name starts on a line that is an institution's trail of pages
    parted by «/» (the last part), else None."""
    text = line.text
    parts = text.split("/")
    if len(parts) < SLASH_TRAIL_PARTS or any(map(str.isdigit, text)):
        return None
    if not all(1 <= len(part.split()) <= SLASH_TRAIL_WORDS for part in parts):
        return None
    if normalize(parts[0]).split()[0] not in _INSTITUTIONS:
        return None
    last = parts[-1]
    return line.start + len(text) - len(last) + (len(last) - len(last.lstrip()))


def _dated_collection(line: _Line) -> bool:
    """A line naming a day's set of news: «آخرین خبرهای شنبه ۳۱ شهریور ۱۳۹۷» (date last)."""
    info = line.info
    return (
        _COLLECTION.match(line.norm) is not None
        and len(info.dates) == 1
        and info.dates[0][1] == len(line.norm)
        and not is_section_end(line.norm)
    )


def _collection_above(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the short line right above the chosen headline names a set of news items.

    «اخبار کوتاه» over «headline, paragraph, headline, paragraph» (a newspaper's
    short-news column, one archive page): the items are the page's, and their column's
    name is its title, not the first item's headline.
    """
    above = title - 1
    if above < 0 or above in outside:
        return False
    line = lines[above]
    return (
        line.info.kind == "text"
        and line.words <= LISTING_NAME_WORDS
        and _COLLECTION.match(line.norm) is not None
        and ":" not in line.text
        and not line.chrome
        and not is_section_end(line.norm)
        and _item_follows(lines, title - 1)
        and _items_below(lines, title + 2)
    )


def _post_runs_on(lines: Sequence[_Line], headline: int, outside: set[int]) -> bool:
    """Whether the headline ``lines[headline]`` stands over a post's running text: right
    under it (or under one short line, its subtitle or a download link), at least
    :data:`FULL_POST_PARAGRAPHS` paragraphs one after the other, longer together than two
    excerpts, and no other item (a headline over a paragraph) between them. A list's item
    shows one excerpt, and the next item follows it."""
    at = headline + 1
    if at < len(lines) and at not in outside and not lines[at].paragraph:
        at += 1  # its subtitle («دانلود دفترچه ...»)
    words = 0
    for index in range(at, at + FULL_POST_PARAGRAPHS):
        if index >= len(lines) or index in outside or not lines[index].paragraph:
            return False
        if index > at and _item_follows(lines, index - 1):
            return False
        words += lines[index].words
    return words > 2 * LISTING_LEAD_WORDS


def _items_below(lines: Sequence[_Line], start: int) -> bool:
    """Whether another item (a headline-shaped line over a paragraph) follows soon."""
    return any(_item_follows(lines, index) for index in range(start - 1, start + BODY_GAP))


def _listing_name(
    lines: Sequence[_Line], title: int, outside: set[int], rule: str
) -> tuple[int | None, str]:
    """On a list of excerpts, the short line above the first item's headline names the page."""
    above = title - 1
    while (
        above > 0
        and title - above < LISTING_ITEM_LINES
        and (
            _BULLET.match(lines[above].text)
            or lines[above].info.kind == "date"
            or day_and_month(lines[above].norm)
        )
    ):
        # The first item's own kicker, bulleted like the items («• از ...»), or its date (a
        # badge «07فروردین» included).
        above -= 1
    above = _above_list_controls(lines, above)
    if above > 1 and _text_label_value(lines, above):
        # «NAME» / «برچسب‌ها:» / «TAG» / the first item: the value of a tags label printed
        # over the items (club.cinemaenghelab.ir's author list) is no list's name; the line
        # above the label is.
        above -= 2
    if above < 0 or above in outside:
        return title, rule
    line = lines[above]
    if _empty_label_value(lines, above, outside):
        # «۞ خبر روز :» / «HEADLINE.» / the first item: the line under a ticker's empty label
        # is the label's value (the news of the moment), no list's name.
        return title, rule
    if _printed_before_its_meta(lines, above, outside):
        # «HEADING» / «تاریخ نشر : ...» / «HEADING» / its text: the first item's heading,
        # printed again under its date line (24sahat.com's /page/2), is no list's name.
        return title, rule
    if (
        line.info.kind == "text"
        # A menu item is no list's name; one category's name over the items is («اخبار
        # اجتماعی» over a section page's items), unless it ends a run of menu lines.
        and (
            not line.chrome
            or (is_section_name(line.norm) and (above == 0 or not lines[above - 1].chrome))
        )
        and not line.byline
        and line.words <= LISTING_NAME_WORDS
        and line.text[-1] not in _KICKER_ENDS
        and not _never_title(line)
        and not day_and_month(line.norm)
        and line.key not in _AD_LINKS
    ):
        return above, "listing name"
    return title, rule


# A label printed alone with its colon over its value («۞ خبر روز :», «فوری:»): this many
# words at most.
EMPTY_LABEL_WORDS = 4
# Labels whose value on the next line does name a list: a tag's, a category's, a search's.
_LIST_LABEL_WORDS = regex.compile(
    r"برچسب|تگ|موضوع|دسته|آرشیو|بایگانی|جستجو|جستجوی|نتایج|نویسنده|tag|categor|archive|search|author",
    regex.IGNORECASE,
)


def _empty_label_value(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]`` is printed right under (no blank line between) a short line
    of words ending with a colon and holding no value («۞ خبر روز :», «فوری:»): a ticker's or
    a box's label, and the line under it its value. A tag's, a category's or a search's label
    («مطالب با برچسب:») is left alone: its value is the list's name."""
    if index == 0 or index - 1 in outside or lines[index].blank_before:
        return False
    label = lines[index - 1]
    text = label.text.strip()
    return (
        text.endswith((":", "："))
        and ":" not in text[:-1]
        and 1 <= label.words <= EMPTY_LABEL_WORDS
        and not any(char.isdigit() for char in text)
        and _LIST_LABEL_WORDS.search(label.norm) is None
    )


# How many lines above a list's name an item's heading it repeats may stand (its date and
# kicker lines between).
ITEM_HEADING_REPEAT_LINES = 4


def _printed_before_its_meta(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]`` repeats a line printed a few lines above it with another
    line between (an item's heading, its date line, the heading again over its text): the
    first item's heading, not a list's name (a name printed twice stands on adjacent lines)."""
    key = lines[index].key
    return any(
        key and lines[i].key == key and i not in outside
        for i in range(max(0, index - ITEM_HEADING_REPEAT_LINES), index - 1)
    )


# A news outlet's name («خبرگزاری ایرنا», «روزنامه اطلاعات») over a list may be the site's
# own (its home page) rather than the list's: the name is then doubted.
_OUTLETS = frozenset({"خبرگزاری", "پایگاه", "روزنامه", "ماهنامه", "هفته‌نامه", "فصلنامه", "نشریه"})
_OUTLET_DOUBT = "the list is headed by a news outlet's name: maybe the site's own, not the list's"
# The doubts a list's name carries (a doubt of the headline under it is not the name's).
_LIST_NAME_DOUBTS = (_OUTLET_DOUBT, _LIST_SITE_TAGLINE, _LIST_PERIOD_UNNAMED)


def _outlet_named(state: _State, title: int | None, rule: str) -> None:
    """Doubt a list's name taken from the line above its first item (:func:`_listing_name`)
    when that line is a news outlet's name alone: a site's name over its home page's items,
    not a name the page gives the list."""
    if title is None or rule != "listing name" or state.title_doubt is not None:
        return
    line = state.lines[title]
    if _institution(line) and line.norm.split()[0] in _OUTLETS:
        state.title_doubt = (_OUTLET_DOUBT, None)
    elif _site_named(line.norm):
        # «سایت گردشگری ایران و جهان» under the site's name, over a tag page's one item:
        # the site's tagline; the page prints no name of the list.
        state.title_doubt = (_LIST_SITE_TAGLINE, None)


def _archive_line_near(
    state: _State, title: int | None, anchor: int | None, outside: set[int]
) -> int | None:
    """The line of an archive title at or above the chosen title («بایگانی‌های NAME - SITE»,
    «برچسب زده شده با : NAME»): the page is a list named NAME, which becomes the title
    (``state.title_start`` and ``title_end`` cut the words around it); None without one."""
    lines = state.lines
    stop = title if title is not None else anchor if anchor is not None else len(lines) - 1
    for index in range(max(0, stop - LABEL_REACH_ABOVE), min(len(lines), stop + 1)):
        line = lines[index]
        if index in outside or line.info.kind not in ("text", "labels"):
            continue
        found = archive_name(line.text)
        if found is not None:
            state.title_start, state.title_end = line.start + found[0], line.start + found[1]
            return index
    return None


def _name_under_list_count(
    lines: Sequence[_Line], title: int | None, outside: set[int]
) -> int | None:
    """The short line right under a list's item count («کل اخبار 6690» / «NAME») and right
    above the chosen headline (its date line between them at most): the list's name (the
    headline is its first item's); else None."""
    if title is None:
        return None
    for index in range(max(0, title - LABEL_REACH_ABOVE), title):
        if index in outside or not list_count(lines[index].norm):
            continue
        name = index + 1
        line = lines[name]
        item = name + 1  # the first item's headline, or its date line above it
        if item < title and (lines[item].info.kind == "date" or day_and_month(lines[item].norm)):
            item += 1
        if (
            item == title
            and name not in outside
            and line.info.kind == "text"
            and line.words <= LISTING_NAME_WORDS
            and not line.chrome
            and not _never_title(line)
            and line.text[-1] not in _KICKER_ENDS
        ):
            return name
    return None


def _tag_label_over_excerpt(state: _State, title: int | None, outside: set[int]) -> int | None:
    """The line «برچسب: NAME» above the chosen headline when an excerpt (a paragraph cut
    with «...», «…» or «[…]») follows that headline: a tag page names itself so over its
    items, and NAME is the title (``state.title_start`` and ``title_end`` cut the label);
    else None. An article prints its tags under its text, several of them, not one over
    its headline."""
    lines = state.lines
    if title is None or title + 1 >= len(lines):
        return None
    excerpt = lines[title + 1]
    if not (excerpt.paragraph and excerpt.text.endswith(("...", "…", *_EXCERPT_ENDS))):
        return None
    for index in range(max(0, title - LABEL_REACH_ABOVE), title):
        line = lines[index]
        if index in outside or line.info.kind != "labels" or len(line.info.labels) != 1:
            continue
        label = line.info.labels[0]
        start, end = label.value
        name = line.norm[start:end]
        if (
            label.field == "tags"
            and label.colon
            and label.span[0] == 0
            and start < end
            and len(name.split()) <= LISTING_NAME_WORDS
            and not _TAG_LIST_MARKS.search(name)
        ):
            state.title_start, state.title_end = line.start + start, line.start + end
            return index
    return None


def _browsed_name(lines: Sequence[_Line], title: int | None, outside: set[int]) -> int | None:
    """The name under a theme's archive heading («مرور برچسب», browse tag; «آرشیو دسته»)
    right above the chosen headline: a tag or category page names itself so over its items,
    and the short line under the heading is its title; else None."""
    if title is None:
        return None
    above = [i for i in range(max(0, title - LABEL_REACH_ABOVE), title) if i not in outside]
    if _BROWSE_HEADING.match(lines[title].norm) is not None:
        # The heading itself taken for the headline, its list's name the next line
        # («مطالب مربوط به دسته» over «نقد فیلم», then the category's description).
        under = next((i for i in range(title + 1, len(lines)) if i not in outside), None)
        above = [title] if under is None else [title, under]
    elif above and above[-1] == title - 1 and _BROWSE_HEADING.match(lines[title - 1].norm):
        above = [title - 1, title]  # the name under the heading taken for the headline
    if len(above) < 2:
        return None
    heading, name = lines[above[-2]], lines[above[-1]]
    if (
        _BROWSE_HEADING.match(heading.norm) is not None
        and 1 <= name.words <= LISTING_NAME_WORDS
        and name.info.kind == "text"
        and name.text[-1] not in ".:؟?!"
    ):
        return name.index
    return None


# A theme's heading over an archive's name: «مرور برچسب» (Browse Tag), «آرشیو دسته‌بندی»,
# «مطالب مربوط به دسته» (posts of the category), «نوشته‌های برچسب».
_BROWSE_HEADING = regex.compile(
    r"^[\x20\u200c]*(?:مرور|آرشیو|بایگانی|(?:مطالب|نوشته[\x20\u200c]*های)"
    r"(?:[\x20\u200c]+(?:مربوط[\x20\u200c]+به|مرتبط[\x20\u200c]+با))?)"
    r"[\x20\u200c]*(?:برچسب|دسته(?:[\x20\u200c]*بندی)?)[\x20\u200c]*:?[\x20\u200c]*$"
)


# Marks between the tags of a list: a line with one of them holds several tags, no one name.
_TAG_LIST_MARKS = regex.compile(r"[،,|؛;/]|\x20-\x20")


def _glued_breadcrumb_title(
    state: _State, index: int, slug: str | None, *, chosen: bool = False
) -> bool:
    """Whether the page's first line, read as running text or as the title, is a
    breadcrumb run into the headline («خانه اخبار ویژه HEADLINE»); ``state.title_start``
    then cuts the breadcrumb off the title.

    The address's slug, when it spells the line's end after a breadcrumb, says where the
    headline starts (after «خانه سیاسی» too, which the text alone does not cut); when it
    spells the whole line, «خانه ...» is the headline's own. Without it the breadcrumb must
    be sure on its own (:func:`glued_breadcrumb_end`); a line ``chosen`` for the title
    whose breadcrumb is not sure (one section word) keeps it, in doubt."""
    line = state.lines[index]
    if index > 0 or line.words > HEADLINE_MAX_WORDS or line.text[-1] == ".":
        return False
    starts = glued_breadcrumb_starts(line.norm)
    if not starts:
        # «خانه در بیمه شخص ثالث چه ...؟»: the home link alone run into the headline, which
        # the address's slug spells from its start (cut short by a permalink plugin or not).
        home = home_crumb_end(line.norm)
        if (
            home is None
            or not slug
            or _slug_opens(line.norm, slug)
            or not _slug_opens(line.norm[home:], slug)
        ):
            return False
        state.title_start = line.start + home
        return True
    start: int | None = None
    if slug:
        if _slug_spells_norm(line.norm, slug):
            return False
        start = next((at for at, _ in starts if _slug_spells_norm(line.norm[at:], slug)), None)
    if start is None:
        start = glued_breadcrumb_end(line.norm)
    if start is None:
        if chosen and state.title_doubt is None:
            # «خانه سیاسی HEADLINE»: home and one section's name, or a headline opening
            # with «خانه»; the text alone does not say which.
            state.title_doubt = (_GLUED_CRUMB_DOUBT, None)
        return False
    state.title_start = line.start + start
    return True


# The lead's opening after a headline run into it on one line, with what parts them:
# a newspaper's service label («... گروه اجتماعی: LEAD», as the Hamshahri corpus joins a
# headline and its text) or a spaced slash («HEADLINE / LEAD», a WordPress theme's title
# and excerpt on one line).
_GLUED_LEAD_MARK = regex.compile(
    r"[\x20]+(?:(?:گروه|سرویس)[\x20\u200c]+\p{L}+(?:[\x20\u200c]+\p{L}+)?[\x20]*:"
    r"|(?P<slash>/)[\x20]+)"
)
# A headline run into its lead has this many words at least (two: a name and a verb may
# open a lead before a slash) and at most GLUED_HEADLINE_MAX_WORDS.
GLUED_HEADLINE_MIN_WORDS = 3
GLUED_HEADLINE_MAX_WORDS = 16
# Marks a headline run into its lead does not hold: its lead's sentence has begun.
_SENTENCE_MARKS = frozenset('.!?؟:؛«»"')


def _glued_lead_start(line: _Line) -> int | None:
    """Where a headline run into its lead on one line ends (the offset in ``line.text``),
    read from what parts them: a service label or a spaced slash (:data:`_GLUED_LEAD_MARK`)
    after a headline's length of words, none of them a sentence's mark, the text after a
    slash a lead's sentence. None when the line opens no such way."""
    found = _GLUED_LEAD_MARK.search(line.norm)
    if found is None:
        return None
    head = line.norm[: found.start()]
    words = len(head.split())
    if (
        not GLUED_HEADLINE_MIN_WORDS <= words <= GLUED_HEADLINE_MAX_WORDS
        or any(char in _SENTENCE_MARKS for char in head)
        or head.rstrip()[-1] in "-\u2013\u2014_/|"  # «نورنیوز- گروه اجتماعی:»: a source
        or _REPORT_OPENING.match(head)
        # «HEADLINE | SITE DAY / ...», «HEADLINE – SITE خانه / ورزش / ...»: a <title> and
        # the page's menus run into one line (a whole page's text), no headline and lead.
        or _TITLE_PARTS.search(head) is not None
        # «NAME -خبرنگار گروه جامعه: LEAD» (vista.ir): a byline before the label.
        or " -" in head
        or head.split()[-1] in _BYLINE_BEFORE_LABEL
        # «... در گفت‌وگو با گروه اقتصادی: ...»: the label is the object of the sentence's
        # preposition, a lead's words; a headline never ends on one.
        or head.split()[-1] in _OPEN_ENDS
        # «... رمضان (۱۴۴۲ هجری قمری / ۱۴۰۰ شمسی) ...»: the slash parts two values in a
        # bracket still open; a headline never ends inside one.
        or head.count("(") > head.count(")")
    ):
        return None
    rest = line.norm[found.end() :]
    if _squash(head) in _squash(rest[: len(head) + LEAD_REACH_CHARS]):
        return None  # the opening printed again after the mark: a headline «A / B» twice
    if found.group("slash"):
        sentence = _SENTENCE_END.search(rest)
        if sentence is None or len(rest[: sentence.start()].split()) < LEAD_SENTENCE_WORDS:
            return None  # «... / ...» of a headline's parts or a couplet, no lead after
        if " / " in rest[: sentence.start()]:
            return None  # more parts parted by slashes: a headline's or a breadcrumb's
        if _rhymes(head, rest):
            return None  # a couplet's two hemistichs «... دارم / ... دارم», then prose
    return found.start()


_SECOND_PART_DOUBT = (
    "the words after « / » open with a clause ended by a verb and no conjunction: the"
    " headline's second part run into its lead, or the lead"
)


def _clause_after_slash(line: _Line, glued_end: int) -> bool:
    """Whether the words after a headline's spaced slash hold, within a headline's length, a
    present-tense verb («می‌ماند») that the next word follows with no conjunction nor mark:
    a clause ended there, a headline's second part («HEADLINE / قیمت بلیت ثابت می‌ماند
    LEAD») as likely as the lead's. A verb of saying («می‌گوید بودجه ...») opens reported
    speech, a lead's."""
    rest = line.norm[glued_end:].lstrip(" /")
    if not line.norm[glued_end:].lstrip().startswith("/"):
        return False  # a service label parts them: no headline's part after it
    words = rest.replace("\u200c", " ").split()
    for at in range(1, min(len(words) - 1, GLUED_HEADLINE_MAX_WORDS)):
        verb = words[at]
        if (
            words[at - 1] in _PRESENT_PREFIXES
            and verb.endswith(("د", "ند"))
            and not verb.startswith(("گوی", "افزای"))
            and words[at + 1] not in _OPEN_ENDS
        ):
            return True
    return False


def _rhymes(head: str, rest: str) -> bool:
    """Whether ``head`` and ``rest`` cut at about the same length (within HEMISTICH_SLACK of
    its letters) end on words of the same last RHYME_LETTERS letters (a ghazal's refrain
    «دارم», a rhyme «یکدیگرند / گوهرند»), both words longer than that (a short verb, «شد»,
    «است», ends many a headline and lead alike), the words before the rhyme none of the
    first's longer words: a verse's two hemistichs parted by « / », then prose, as posts and
    a news site's verse box print them."""
    last = head.rsplit(maxsplit=1)[-1].replace("\u200c", "")
    if len(last) <= RHYME_LETTERS:
        return False
    length = len(head.strip())
    slack = length * HEMISTICH_SLACK
    heads = {word for word in head.replace("\u200c", "").split() if len(word) > RHYME_LETTERS}
    end = 0
    for word in rest.split():
        end = rest.index(word, end) + len(word)
        if end > length + slack:
            return False
        letters = word.replace("\u200c", "")
        if (
            end >= length - slack
            and len(letters) > RHYME_LETTERS
            and letters[-RHYME_LETTERS:] == last[-RHYME_LETTERS:]
        ):
            # A lead names its headline's subject again («گلایه خبرنگاران از روابط‌عمومی‌ها
            # / خبرنگاران و روابط‌عمومی‌ها ...»); a hemistich says other words than the first.
            words = rest[:end].replace("\u200c", "").split()[:-1]
            return heads.isdisjoint(words)
    return False


# A <title>'s parts, a site's name after a bar or a dash («HEADLINE | ایسنا»).
_TITLE_PARTS = regex.compile(r"\x20[-\u2013\u2014|]\x20|\|")
# A reporter's or an editor's title before the service label: «... خبرنگار گروه سیاسی:».
_BYLINE_BEFORE_LABEL = frozenset(("خبرنگار", "دبیر", "سردبیر"))
# Prepositions and conjunctions: a sentence goes on after them; no headline ends on one.
_OPEN_ENDS = frozenset(("با", "به", "از", "در", "برای", "و", "که", "تا", "بر", "را", "بی"))
# A couplet's second hemistich is about as long as the first (this share of its letters
# more or fewer), and its rhyme is this many last letters.
HEMISTICH_SLACK = 0.3
RHYME_LETTERS = 3
# How far after the mark the opening printed again is looked for (characters).
LEAD_REACH_CHARS = 40
# The lead's first sentence after a slash has this many words at least.
LEAD_SENTENCE_WORDS = 8


_GLUED_LEAD_DOUBT = (
    "the address's slug ends inside a word of the first line: a headline run into the lead,"
    " or a slug cut short"
)
_GLUED_CRUMB_DOUBT = "it may open with a breadcrumb run into the headline («خانه» and a section)"


# A list page prints at most this many control lines between its name and its items.
LIST_CONTROL_LINES = 3


def _above_list_controls(lines: Sequence[_Line], above: int) -> int:
    """The line above a list page's controls («گروه بندی», a search prompt) that end at
    ``above``: the list's name stands over them, not among them."""
    first = above
    while first > 0 and above - first < LIST_CONTROL_LINES and list_control(lines[first].norm):
        first -= 1
    return first


def _other_slug_line(
    lines: Sequence[_Line], title: int, outside: set[int], address: _Address
) -> int | None:
    """A line another Persian slug of the address spells, when the title is the line the
    chosen slug spells: «/اخبار-حوادث-و-رویدادهای-کشور/زلزله-در-بم» names a category and a
    post, and the page prints both; which one is the post's the address does not say (the
    slug with more words is taken: a headline is longer than a category's name, mostly)."""
    if not address.others or address.slug is None:
        return None
    if not _slug_spells(lines[title], address.slug):
        return None
    for index, line in enumerate(lines):
        if index == title or index in outside or line.key == lines[title].key:
            continue
        if any(_slug_spells(line, other) for other in address.others):
            return index
    return None


_TWO_SLUGS = "the address's other slug spells another line: which is the post's it does not say"


def _slug_disowns(lines: Sequence[_Line], title: int, address: _Address) -> bool:
    """Whether the address's Persian slug of :data:`SLUG_HEADLINE_WORDS` words or more
    names another headline: no line of the page spells it, and it holds none of the chosen
    line's content words («/news/125149/حواشی-خبری-در-اولین-هفته-آذر» over a roundup whose
    first item's heading is «برکناری یک مدیر شهری ...»: the page's own headline is not
    printed)."""
    slug = address.slug
    if slug is None or address.slug_words < SLUG_HEADLINE_WORDS:
        return False
    words = _content_words(lines[title])
    if not words or any(word.replace(" ", "") in slug for word in words):
        return False
    return not any(_slug_spells(line, slug) for line in lines)


# A slug of this many words is a headline's (a category's or a tag's name is shorter).
SLUG_HEADLINE_WORDS = 4
# Under a dated permalink a slug of this many words is a post's title (no list is dated so).
DATED_SLUG_WORDS = 3
# A dated permalink's path: a year, a month and maybe a day, then the slug last.
_DATED_PERMALINK = regex.compile(r"(?:^|/)(?:19|20)[0-9]{2}/[0-9]{1,2}(?:/[0-9]{1,2})?/([^/]+)/?$")


def _dated_slug_disowns(
    lines: Sequence[_Line], title: int, address: _Address, url: str, outside: set[int]
) -> int | None:
    """The short line right above the chosen one when a dated permalink's slug names neither
    of them, or None. The slug under a year, a month and maybe a day
    («/2017/03/17/китоби-илму-ҳикмат/», WordPress's «%year%/%monthnum%/%day%/%postname%») is
    the post's title as first saved, of :data:`DATED_SLUG_WORDS` words or more; no line spells
    it, and the chosen line holds fewer than half of its words. The chosen line won over a
    short headline-shaped line right above it (two or three words, no shorter than a name:
    «Китоби панду ахлоқ» over its subtitle «Пешгуфтори ... бар китоби “...”», ksaadat.co,
    tests/pages 1270) only because a short line beside a longer one is taken for a section's
    name; the address backs neither, so which is the headline the page does not say. (The
    headline printed twice, a label or a date above it, or nothing above: no doubt. A slug of
    :data:`SLUG_HEADLINE_WORDS` words or more sharing no word with the line:
    :func:`_slug_disowns`.)"""
    slug = address.slug
    above = title - 1
    if (
        slug is None
        or address.slug_words < DATED_SLUG_WORDS
        or address.period
        or above < 0
        or above in outside
    ):
        return None
    upper = lines[above]
    if (
        not 2 <= upper.words <= SHORT_RIVAL_WORDS
        or upper.info.kind != "text"
        or upper.chrome
        or upper.byline
        or upper.paragraph
        or upper.key == lines[title].key
        or upper.text.rstrip()[-1:] in (*_KICKER_ENDS, ".", "!", "؟", "?")
    ):
        return None
    found = _DATED_PERMALINK.search(unquote(urlsplit(url.strip()).path))
    if found is None:
        return None
    words = {
        word
        for word in normalize(found.group(1).replace("-", " ").replace("_", " ")).lower().split()
        if len(word) >= 3 and word not in _FUNCTION_WORDS and word not in _TAJIK_FUNCTION_WORDS
    }
    if len(words) < DATED_SLUG_WORDS:
        return None
    held = set(lines[title].norm.lower().replace("\u200c", " ").split())
    if 2 * len(words & held) >= len(words) or any(_slug_spells(line, slug) for line in lines):
        return None
    return above


def _field_label_above(lines: Sequence[_Line], index: int) -> int | None:
    """The index of a record's field label alone («معرف», «چکیده») right above the line at
    ``index``, or None."""
    if index > 0 and _squash(lines[index - 1].norm) in _FIELD_LABELS:
        return index - 1
    return None


def _epigraph_first(
    lines: Sequence[_Line], title: int, anchor: int | None, outside: set[int]
) -> bool:
    """Whether the chosen line is a sentence of two clauses wholly in «» (a comma inside)
    opening the text, right over the body with no header line: an essay's epigraph looks so
    («روزها را نمی‌شود نگه داشت، اما می‌شود شمردشان» over the text of a print view), and so
    may a quoted headline; the page does not say which."""
    text = lines[title].text.strip()
    return (
        anchor == title + 1
        and all(at in outside for at in range(title))
        and text.startswith("«")
        and text.endswith("»")
        and text.count("«") == 1
        and "،" in text
        and _NEWS_LEAD.match(lines[anchor].norm) is None
    )


# A news report's lead: an agency's dateline («تهران - ایرنا:», «یزد- ایرنا-») or «به گزارش».
# A quoted line over it is the report's headline: an epigraph heads an essay, not a report.
_NEWS_LEAD = regex.compile(
    r"[\x20\u200c]*(?:به[\x20\u200c]+گزارش[\x20\u200c]"
    r"|\p{L}+(?:\x20\p{L}+)?\x20*[-–]\x20*\p{L}+(?:\x20\p{L}+)?\x20*[:\-–])"
)


_EPIGRAPH_FIRST = (
    "it is a sentence of two clauses in «» over the text, with no header: an epigraph looks "
    "the same"
)
_FIELD_VALUE = (
    "it is the value of a record's field, printed under the field's label alone (the "
    "record's heading is above the label)"
)
_DATED_SLUG_ELSEWHERE = (
    "the address's dated slug spells no line of the page and fewer than half of its words are "
    "this line's, and a short line right above it may be the headline"
)
_SLUG_ELSEWHERE = (
    "the address's slug names a headline the page does not print, and this line shares no "
    "word with it"
)


def _slug_spells(line: _Line, slug: str) -> bool:
    """Whether an address's slug (squashed) spells the line's words in their order, marks
    aside and words of up to :data:`SLUG_DROPPED_LETTERS` letters left out (permalink
    plugins drop «در», «و», «از»): «روزنامه-اطلاعات-گذر-تاریخ» spells «روزنامه اطلاعات در
    گذر تاریخ», «ارز-چیست؟انواع-نرخ-ارز-–-...» spells «ارز چیست؟انواع نرخ ارز – ...»."""
    return _slug_spells_norm(line.norm, slug)


def _names_the_address(line: _Line, url: str | None) -> bool:
    """Whether the line holds the letters of the address's slug, in one run: «/tag/خوش-خبر»
    over «خوش خبر», «/tags/فدراسیون+ورزشی» over «آخرین اخبار فدراسیون ورزشی» (a list's name
    the address spells, not an item's headline)."""
    slug = _address(url).slug
    if slug is None:
        return False
    wanted = _NOT_LETTERS.sub("", slug)
    return len(wanted) >= SLUG_NAME_LETTERS and wanted in _NOT_LETTERS.sub("", line.norm)


# The fewest letters of a slug that a line must hold to name the address's list.
SLUG_NAME_LETTERS = 4


def _slug_spells_norm(norm: str, slug: str) -> bool:
    """:func:`_slug_spells` for a normalised text (a line's part). A slug led by the item's
    ID («691-صورت-جلسه-شماره-66», Joomla's «ID-alias»; «231304-روش-...») spells the line
    without its ID too, when the line does not open with that number. Letters are compared
    in lower case: a Tajik or Latin headline's capitals are lower case in its slug
    («Китоби илму ҳикмат» at «.../китоби-илму-ҳикмат/», ksaadat.co)."""
    rest = _NOT_LETTERS.sub("", slug).lower()
    norm = norm.lower()
    if _spells(norm, rest):
        return True
    found = _LEADING_ID.match(rest)
    return found is not None and _spells(norm, rest[found.end() :])


# An item's ID of ASCII digits opening a slug, the words after it (squashed: no dash).
_LEADING_ID = regex.compile(r"[0-9]+(?=\p{L})")


def _spells(norm: str, rest: str) -> bool:
    """Whether the letters ``rest`` spell the words of ``norm`` in order (:func:`_slug_spells`)."""
    spelled = 0
    for word in norm.replace("\u200c", " ").split():
        letters = _NOT_LETTERS.sub("", word)
        if not letters:
            continue
        if rest.startswith(letters):
            rest = rest[len(letters) :]
            spelled += 1
        elif len(letters) > SLUG_DROPPED_LETTERS:
            return False
    return not rest and spelled >= SLUG_SPELLED_WORDS


def _wordpress_cut_end(url: str | None) -> str | None:
    """The letters of the last word part of the address's last segment when WordPress cut it
    at its limit (:func:`_slug_at_length_limit`, more than one part), normalised and in lower
    case as slugs are compared; None otherwise."""
    if not url or not _slug_at_length_limit(url):
        return None
    try:
        segment = unquote(urlsplit(url.strip()).path.rstrip("/").rsplit("/", 1)[-1])
    except ValueError:  # pragma: no cover - _slug_at_length_limit read it
        return None
    if "-" not in segment:
        return None
    return _NOT_LETTERS.sub("", normalize(segment.rsplit("-", 1)[1])).lower() or None


def _slug_opens(norm: str, slug: str) -> bool:
    """Whether an address's slug spells the opening of a normalised text: its words in order
    (words of up to :data:`SLUG_DROPPED_LETTERS` letters may be left out), at least
    :data:`SLUG_SPELLED_WORDS` of them, the slug's end a word's end or inside a word (a slug
    cut short: «...-به-اف» for «... به افرادی ...»)."""
    rest = _NOT_LETTERS.sub("", slug)
    spelled = 0
    for word in norm.replace("\u200c", " ").split():
        if not rest:
            break
        letters = _NOT_LETTERS.sub("", word)
        if not letters:
            continue
        if rest.startswith(letters):
            rest = rest[len(letters) :]
            spelled += 1
        elif letters.startswith(rest) and spelled >= SLUG_SPELLED_WORDS:
            return True  # the slug ends inside this word
        elif len(letters) > SLUG_DROPPED_LETTERS:
            return False
    return not rest and spelled >= SLUG_SPELLED_WORDS


def _slug_glued_headline_end(line: _Line, slug: str) -> int | None:
    """Where a headline run into the lead without a break ends («... ۵۰ سال قبلفرزانه
    تأییدی از ...»), read from the address's slug: the slug spells the line's opening, of
    :data:`SLUG_SPELLED_WORDS` words or more, up to a point inside a word (the headline's
    last word glued to the lead's first). The offset in ``line.norm``, or None; a slug
    ending at a space proves no headline (a lead may open with the headline's words)."""
    rest = _NOT_LETTERS.sub("", slug)
    spelled = 0
    for match in regex.finditer(r"[^\x20\u200c]+", line.norm):
        letters = _NOT_LETTERS.sub("", match.group())
        if not letters:
            continue
        if rest.startswith(letters):
            rest = rest[len(letters) :]
            spelled += 1
            if not rest:
                return None
            continue
        if (
            spelled >= SLUG_SPELLED_WORDS
            and len(rest) > SLUG_DROPPED_LETTERS  # a word's end, no «و» in «وزیر»
            and letters.startswith(rest)
        ):
            # The slug's end inside this word: count its letters off the word's start.
            left = len(rest)
            for at, char in enumerate(match.group()):
                if _NOT_LETTERS.fullmatch(char) is None:
                    left -= 1
                    if left == 0:
                        return match.start() + at + 1
            return None
        if len(letters) > SLUG_DROPPED_LETTERS:
            return None
    return None


def _rubric_named(line: _Line, rubric: int, hints: Hints, address: _Address) -> bool | None:
    """What the page says of a line opening with a news group's rubric (``rubric``: where
    the headline after it starts): True when its <title> or og:title, or its slug, spells
    the headline without the rubric; False when one spells the rubric's words as the
    headline's opening (they are its subject: «اخبار ویژه شبکه خبر ...»); None when
    neither says (a text alone)."""
    whole = line.key
    rest = _squash(line.norm[rubric:])
    for text, _ in hints.titles:
        key = _squash(normalize(text))
        if whole in key:
            return False
        if rest in key:
            return True
    slug = address.slug
    if slug is not None and address.slug_words >= SLUG_HEADLINE_WORDS:
        opening = _NOT_LETTERS.sub("", whole)[:RUBRIC_SLUG_LETTERS]
        if _NOT_LETTERS.sub("", slug).startswith(opening):
            return False
        if _NOT_LETTERS.sub("", slug).startswith(_NOT_LETTERS.sub("", rest)[:RUBRIC_SLUG_LETTERS]):
            return True
    return None


# A slug is read as spelling a line when it opens with this many of the line's letters.
RUBRIC_SLUG_LETTERS = 10
_RUBRIC_DOUBT = (
    "it follows words that open a news group's rubric («اخبار ویژه», «خبرهای داغ») on its "
    "line, cut off as the site's rubric; they may be the headline's own subject"
)


def _glued_rest_letters(norm: str, end: int) -> int:
    """How many letters the word cut at ``end`` of ``norm`` goes on with (up to its space);
    0 when a mark parts the word's two sides («نیست/برنامه»: a headline's two parts, not a
    glue)."""
    before = regex.search(r"[^\x20\u200c]*$", norm[:end])
    after = regex.match(r"[^\x20\u200c]*", norm[end:])
    if before is None or after is None:
        return 0
    if _NOT_LETTERS.search(before.group() + after.group()) is not None:
        return 0
    return len(after.group())


def _slug_at_length_limit(url: str | None) -> bool:
    """Whether the address's last path segment is as long as a permalink may be: WordPress
    cuts a slug where its percent-encoded form would pass :data:`SLUG_LIMIT_CHARS`
    characters (a Persian letter takes six: «%D8%A7»), so a cut slug stands within one
    letter of it («ابلاغ-جدول-ضرایب-تشخیص-درآمد-مشمول-مال», 198 characters)."""
    if not url:
        return False
    try:
        path = unquote(urlsplit(url.strip()).path)
    except ValueError:
        return False
    segment = next((seg for seg in reversed(path.split("/")) if seg), "")
    encoded = sum(1 if byte < 0x80 else 3 for byte in segment.encode("utf-8", "replace"))
    return encoded > SLUG_LIMIT_CHARS - PERSIAN_LETTER_CHARS


SLUG_LIMIT_CHARS = 200
PERSIAN_LETTER_CHARS = 6
# A glued word goes on past the slug's end with at least this many letters when the slug
# ends a headline glued to the next text (a cut-short slug ends a letter or two early).
GLUED_REST_LETTERS = 3
# Marks, spaces and joiners: what a slug and a line may differ by.
_NOT_LETTERS = regex.compile(r"[^\p{L}\p{M}\p{N}]+")
# A slug may leave out a line's words of at most this many letters.
SLUG_DROPPED_LETTERS = 2
# A slug spells a line with at least this many of its words.
SLUG_SPELLED_WORDS = 3


def _slugs(lines: Sequence[_Line]) -> set[str]:
    """The words of the slugs of the addresses printed alone on a line, squashed.

    «https://cgie.org.ir/fa/article/246901/آفتاب-سنجی», a short link or a print
    footer's permalink: its last path segment spells the headline.
    """
    found: set[str] = set()
    if not lines or "://" not in lines[0]._doc:
        return found  # no address anywhere in the text (a line is a part of it)
    for line in lines:
        if "://" not in line.text or line.info.reason != "page chrome":
            continue
        address = line.norm.split("://", 1)[1].split("?", 1)[0].rstrip("/")
        segment = unquote(address.rsplit("/", 1)[-1]) if "/" in address else ""
        if "-" in segment or "_" in segment:
            key = _squash(normalize(segment.replace("-", " ").replace("_", " ")))
            if key and not key.isascii():
                found.add(key)
    return found


# -- The page's address as evidence ---------------------------------------------------------

# Path segments that name a list of items: a tag, category, author or search page
# (WordPress, blog.ir, blogfa, Blogger, StudioKhabar «/fa/tags/ID/N/name», Persian slugs).
_LISTING_SEGMENTS = frozenset(
    {
        "tag", "tags", "category", "categories", "author", "label", "search", "topic",
        "topics", "برچسب", "برچسبها", "تگ", "تگها", "موضوع", "موضوعات", "دسته", "دستهبندی",
        "جستجو", "key", "keyword", "keywords",
    }
)  # fmt: skip
# The list words a compound segment may end with: WooCommerce's «/product-category/NAME/» and
# «/product-tag/NAME/», a custom taxonomy's «/navagram-tag/NAME» (navatv.com), «/news-category/».
_TAXONOMY_ENDS = frozenset({"tag", "tags", "category", "categories"})
# ASCII word, then the list word, one hyphen or underscore between: a taxonomy's base.
_TAXONOMY_BASE = re.compile(r"[a-z][a-z0-9]*[-_]([a-z]+)")
# An archive segment is a list when nothing follows it but a date («/archive/1402/05»);
# «/archives/5736/slug» (WordPress) and «/persian/archives/7128» are articles.
_ARCHIVE_SEGMENTS = frozenset({"archive", "archives", "آرشیو", "calendar", "تقویم"})
# WordPress's date archive front when its permalinks hold the post's ID («/date/1396/05/26»,
# «/archives/date/2019»; WP_Rewrite::get_date_permastruct): a list when a date follows it,
# whatever its day shows; «/date/1396/05/26/<slug>» is not one.
_DATE_FRONT = "date"
_ARCHIVE_DATE = re.compile(r"(?:1[34]|19|20)[0-9]{2}(?:/[0-9]{1,2}){0,2}")
# A year no site's own posts are filed under, older than the web (Jalali before 1370,
# Gregorian before 1990): alone after WordPress's «archives» front it is a post's ID
# («/archives/1347», the numeric permalink «/archives/%post_id%»; that structure files a
# year's posts under «/archives/date/2019»).
_PRE_WEB_YEAR = re.compile(r"13[0-6][0-9]|19[0-8][0-9]")
# Blogger's date archive, the last segment: «/2019_10_28_archive.html» (a day's posts),
# «/2019_10_archive.html» (a month's). A post's address is «/2019/10/slug.html».
_BLOGGER_ARCHIVE = re.compile(r"(?:19|20)[0-9]{2}_[0-9]{2}(?:_[0-9]{2})?_archive")
# Query keys of a list (WordPress search, category, tag, author, pagination) and of one item.
# An author's list: WordPress's «?author=3» (its author archive), a site's own
# «?authorlist=NAME» (club.cinemaenghelab.ir: the author's name over their items' titles).
_LISTING_KEYS = frozenset(
    {"s", "cat", "tag", "paged", "category_name", "limitstart", "author", "authorlist"}
)
# (Joomla's «showall», a paginated article's «show all pages», names one item too.)
_ITEM_KEYS = frozenset({"p", "page_id", "id", "newsid", "nid", "contentid", "essayid", "showall"})
# WordPress pagination at the end of a path: «/page/2/» (an ID such as «/page/3175/slug»
# on a university portal is an article's, never at the end, and longer).
_PAGINATION = re.compile(r"(?:^|/)page/[0-9]{1,3}$")
# A page number alone in the query («?page=26»), or beside a list's keys: a list's later page.
_PAGE_KEYS = frozenset({"page"}) | _LISTING_KEYS
_PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,2}")
# A session's hash in a forum's query (vBulletin's «s=»): 32 hexadecimal digits, an MD5.
_SESSION_HASH = re.compile(r"[0-9a-f]{32}")
_EXTENSION = re.compile(r"\.(?:aspx?|php|html?|jsp)$", re.IGNORECASE)


@attrs.frozen
class _Address:
    """What the page's URL says: a list of items, the last slug's key, its date candidate."""

    listing: bool = False
    slug: str | None = None
    # The other Persian slugs at the address's end («/CATEGORY-SLUG/POST-SLUG» as well as
    # «/POST-SLUG/CATEGORY-SLUG»): the address alone does not say which one is the post's.
    others: tuple[str, ...] = ()
    date_archive: bool = False  # Blogger's «/2019_10_28_archive.html»: a period's posts
    # The path ends with a day and nothing after it («/1396/06/30/», «/2020/12/06/»,
    # WordPress's day archive): that day's posts, one or several.
    day_archive: bool = False
    # A list's page offset in the query («?start=368», Joomla's category and tag views).
    paged: bool = False
    # The path ends with a year and a month and nothing after them («/2009/12/», «/1393/08»,
    # Blogger's, WordPress's and blogfa's month archive): that month's posts.
    month_archive: bool = False
    slug_words: int = 0  # the words of ``slug``, as the address spells them
    # The path ends with a month or a day, alone or before a list's page number
    # («/2017/07/page/2/», «/1396/06/30/»): a date archive, its items one period's posts.
    period: bool = False


def _taxonomy_base(segment: str) -> bool:
    """Whether a path segment is a taxonomy's base, a word and a list word
    («product-category», «product-tag», «navagram-tag»): the segment after it names the
    list. A longer slug ending so («prod-no-tag», an item's) or a word that only holds one
    («tagline», «vintage-bags») is not."""
    match = _TAXONOMY_BASE.fullmatch(segment.lower())
    return match is not None and match.group(1) in _TAXONOMY_ENDS


def _short_tag_path(segments: Sequence[str]) -> bool:
    """Whether the path ends «/t/NAME», NAME in Persian letters and no digit: a tag page's
    short base (1-9.ir's «/t/مازندران», a province's items). A forum topic's «/t/slug/123»
    (Discourse) ends with its ID, and its slug is Latin."""
    return (
        len(segments) >= 2
        and segments[-2].lower() == "t"
        and _ARABIC_LETTER.search(segments[-1]) is not None
        and not any(char.isdigit() for char in segments[-1])
    )


def _address(url: str | None) -> _Address:
    """Read the page's URL (never raises: a malformed URL says nothing)."""
    if not url or not isinstance(url, str):
        return _Address()
    try:
        parts = urlsplit(url.strip())
        path = unquote(parts.path)
        query = parse_qs(parts.query, keep_blank_values=True)
    except ValueError:
        return _Address()
    segments = [_EXTENSION.sub("", seg) for seg in path.strip("/").split("/") if seg]
    keys = [_squash(normalize(seg)).replace("-", "").lower() for seg in segments]
    listing = any(
        key in _LISTING_SEGMENTS and not forum_thread(parts.hostname, segments, at)
        for at, key in enumerate(keys)
    ) or any(_taxonomy_base(seg) for seg in segments[:-1])
    listing = listing or _short_tag_path(segments)
    for at, key in enumerate(keys):
        if (key in _ARCHIVE_SEGMENTS and at == len(keys) - 1) or (
            (key in _ARCHIVE_SEGMENTS or key == _DATE_FRONT)
            and _ARCHIVE_DATE.fullmatch("/".join(segments[at + 1 :]))
        ):
            listing = listing or not (
                key == "archives"
                and at == len(keys) - 2
                and _PRE_WEB_YEAR.fullmatch(segments[-1]) is not None
            )
    names = {name.lower() for name in query}
    searched = [value for name, values in query.items() if name.lower() == "s" for value in values]
    if searched and all(_SESSION_HASH.fullmatch(value) for value in searched):
        # vBulletin's session hash, not WordPress's search («showthread.php?s=<32 hex>&t=3464»,
        # seqanswers.com, barrowdowns.com, forum.downallfa.com): the link of a guest without
        # a cookie to one thread.
        names.discard("s")
    if names & _LISTING_KEYS and not names & _ITEM_KEYS:
        listing = True
    if (
        any("/" not in value for value in query.get("q", ()))
        and not names & _ITEM_KEYS
        and url_number(urlunsplit(parts._replace(query="", fragment=""))) is None
    ):
        # «?q=#کاشان», «?q=word»: a search's results (a channel's or a site's); Drupal's
        # «?q=node/123» names one item by its path, and so does a path holding an item's ID
        # («/news/48213/slug?q=word», the search's words highlighted on the item).
        listing = True
    if _PAGINATION.search("/".join(segments)):
        listing = True
    if (
        names <= _PAGE_KEYS
        and any(_PAGE_NUMBER.fullmatch(value) for value in query.get("page", ()))
        and url_number(urlunsplit(parts._replace(query="", fragment=""))) is None
    ):
        # «/بخش-تئاتر-12/?page=26», «/news?page=3»: a later page of a section's or a tag's
        # items (sornakhabar.com, kdcm.site); a page's ID («?page=863&pageid=14931») comes
        # with other keys, and an item's ID in the path names one item.
        listing = True
    slug = None
    words = 0
    persian: list[str] = []
    numbered = False  # an item's ID after the segment
    for seg in reversed(segments):
        if seg.isdigit():
            numbered = True
            continue
        key = _slug_key(seg)
        if not key or key.isascii():
            break  # the Persian segments at the address's end only
        if (
            numbered
            and not listing
            and len([part for part in regex.split(r"[-_\x20]+", seg) if part]) < SLUG_HEADLINE_WORDS
        ):
            # «/FA/اخبار-سایت-قدیم/44012/» (bijar.gov.ir): a few words before the item's ID
            # are the section the item is filed under, not its headline (an item's slug
            # follows its ID, «/news/48213/slug», or is longer): no evidence for a title.
            continue
        persian.append(key)
        # The last one, or one before it that has more words: «/blog/POST-SLUG/CATEGORY-SLUG»
        # names the category last, and a headline is longer than a category's name.
        count = len([part for part in regex.split(r"[-_\x20]+", seg) if part])
        if count > words:
            slug, words = key, count
    date_archive = bool(segments) and _BLOGGER_ARCHIVE.fullmatch(segments[-1]) is not None
    day = _DAY_PATH.fullmatch("/".join(segments[-3:])) is not None
    paged = any(value.isdigit() and int(value) > 0 for value in query.get("start", ()))
    month = not day and _MONTH_PATH.fullmatch("/".join(segments[-2:])) is not None
    return _Address(
        listing,
        slug,
        tuple(key for key in persian if key != slug),
        date_archive,
        day_archive=day,
        paged=paged,
        month_archive=month,
        slug_words=words,
        period=day or month or _PERIOD_PAGE.search("/".join(segments)) is not None,
    )


# A day's path, year (Jalali or Gregorian), month and day: a date archive's whole address.
# On a day's archive (:attr:`_Address.day_archive`) a line of at most this many words over
# the one post shown is doubted as its headline (a name, a caption).
DAY_ARCHIVE_SHORT_WORDS = 2
_DAY_PATH = re.compile(r"(?:1[34]|19|20)[0-9]{2}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|3[01])")
# A month's path, year (Jalali or Gregorian) and month: a month archive's whole address.
_MONTH_PATH = re.compile(r"(?:1[34]|19|20)[0-9]{2}/(?:0?[1-9]|1[0-2])")
# A month's or a day's path before a list's page number: a later page of a date archive.
_PERIOD_PAGE = re.compile(
    r"(?:^|/)(?:1[34]|19|20)[0-9]{2}/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12][0-9]|3[01]))?"
    r"/page/[0-9]{1,3}$"
)


def names_the_listing(url: str | None, name: str) -> bool:
    """Whether ``name`` (a page's short ``<title>``) is the list's name its address spells:
    a list's address (a tag or category page) whose last Persian slug is that name
    («/tag/فرهنگ?start=32» and «<title>فرهنگ</title>», Joomla's tag view)."""
    address = _address(url)
    return (
        address.listing
        and address.slug is not None
        and 1 <= len(name.split()) <= LISTING_NAME_WORDS
        and _slug_key(name) == address.slug
    )


def _slug_key(segment: str) -> str:
    """An address's slug as a line's key (:attr:`_Line.key`): its words without dashes."""
    return _squash(normalize(segment.replace("-", " ").replace("_", " ")))


# A WordPress archive's title as its Persian translation prints it: «بایگانی‌های NAME»
# (Yoast's «%s Archives»), «بایگانی: NAME» (the core «Archives: %s»), the site's name after a
# dash or a bar. NAME is a tag's, a category's or an author's name, never a period.
_ARCHIVE_TITLE = regex.compile(
    r"^[\x20]*بایگانی(?:[\x20\u200c]?ها(?:ی)?[\x20]*:?|[\x20]*:)[\x20]*"
    r"(?P<name>[^\x20:|\-–].*?)[\x20]*(?:[\x20][\-–|][\x20].*)?$"
)
# A list's page after the first: «NAME - صفحه 3», «NAME | صفحه 2 از 9 | SITE».
_PAGED_TITLE = regex.compile(
    r"^[\x20]*(?P<name>[^0-9|\-–\x20][^0-9|\-–]*?)[\x20]*[\-–|][\x20]*صفحه[\x20]*[0-9]{1,4}"
    r"(?:[\x20]*از[\x20]*[0-9]{1,4})?[\x20]*(?:[\-–|].*)?$"
)
# A category's list heading: «آرشیو کامل از دسته: NAME», «آرشیو دسته: NAME», «بایگانی دسته:
# NAME», and «دسته: NAME» alone when it opens the page (under an article's headline it is the
# post's category, a field of its header, so the bare form counts only as the first line).
_CATEGORY_TITLE = regex.compile(
    r"^[\x20]*(?P<archive>(?:آرشیو|بایگانی)(?:[\x20\u200c]+کامل)?(?:[\x20\u200c]+از)?[\x20\u200c]+)?"
    r"دسته(?:[\x20\u200c]*بندی)?[\x20]*:[\x20]*"
    r"(?P<name>[^\x20:|\-–].*?)[\x20]*(?:[\x20][\-–|][\x20].*)?$"
)
# A tag's list heading opening the page: a tags label and the tag's name, «کلمات کلیدی :
# NAME» (8deynews.com's tag archive, tests/pages/1328), «برچسب: NAME», «کلیدواژه: NAME»,
# «تگ: NAME». Only as the page's first line, over the list's item count («تعداد مطالب : 3»)
# or on a list's address (``/tag/``): a post may print its one tag over its headline, and
# under a headline the same label heads the post's own tags (PersianBlog's «کلمات کلیدی:
# NAME» footer). One tag's name: a line of several (:data:`_TAG_LIST_MARKS`) names no list.
_TAG_TITLE = regex.compile(
    r"^[\x20]*(?:کلمات[\x20\u200c]+کلیدی|کلید[\x20\u200c]*واژه(?:[\x20\u200c]*ها)?"
    r"|برچسب(?:[\x20\u200c]*ها)?|تگ(?:[\x20\u200c]*ها)?)[\x20]*:[\x20]*"
    r"(?P<name>[^\x20:|\-–].*?)[\x20]*(?:[\x20][\-–|][\x20].*)?$"
)
_ARCHIVE_PERIODS = frozenset({"ماهانه", "ماهیانه", "سالانه", "روزانه", "هفتگی"})


# A list's archive label has at most this many words («بایگانی برچسب ها»).
BARE_ARCHIVE_LABEL_WORDS = 4


def _bare_label_above(lines: Sequence[_Line], title: int, outside: set[int]) -> int | None:
    """The line a few lines above the title that holds a list's archive label without its
    name (:data:`_BARE_ARCHIVE_LABEL`), alone or as a breadcrumb's last part, the nearest
    one; None if none."""
    for index in range(title - 1, max(0, title - LABEL_REACH_ABOVE) - 1, -1):
        if index in outside or lines[index].words > BREADCRUMB_LABEL_WORDS:
            continue
        norm = lines[index].norm
        if "بایگانی" not in norm and "آرشیو" not in norm and "rchive" not in norm:
            continue  # (a cheap test before the pattern)
        last = regex.split(r"[\x20]+[|»«>/][\x20]+", norm)[-1]
        if len(last.split()) <= BARE_ARCHIVE_LABEL_WORDS and _BARE_ARCHIVE_LABEL.match(last):
            return index
    return None


def _label_heads_list(
    lines: Sequence[_Line], label: int, title: int, outside: set[int], listing: bool
) -> bool:
    """Whether the archive label at ``label`` heads the page's list, the headline at
    ``title`` its first item: the address is a list's, or the label stands right over the
    headline, or several items follow it. A sidebar's widget heading («آرشیو دسته‌ها») over
    its links («اخبار», «مقالات») and then one post's headline heads the widget only."""
    if listing or all(i in outside for i in range(label + 1, title)):
        return True
    return _items_below(lines, title + 2) or _excerpts_further(lines, title, outside)


# A breadcrumb ending with a list's archive label has at most this many words.
BREADCRUMB_LABEL_WORDS = 10


def _archive_title(
    lines: Sequence[_Line], anchor: int | None, outside: set[int], listing: bool = False
) -> tuple[int, Span] | None:
    """The line above the running text that prints a WordPress archive's title or a list's
    later page, and the span of the list's name in it: «بایگانی‌های خراسان تاریخی - نشریه
    ...» names the tag «خراسان تاریخی», «فوتبال ایران - صفحه 3» the tag «فوتبال ایران». A
    sidebar's «بایگانی ماهانه» (monthly archives) names no list, nor does a newspaper's page
    («روزنامه ... - صفحه ۳»)."""
    stop = anchor if anchor is not None else len(lines)
    first = True
    for index in range(stop):
        line = lines[index]
        if index in outside:
            continue
        opening, first = first, False
        found = None
        if "دسته" in line.norm[:24] and (category := _CATEGORY_TITLE.match(line.norm)):
            if opening or category.group("archive"):
                found = category
        elif opening and (tagged := _TAG_TITLE.match(line.norm)) is not None:
            if _TAG_LIST_MARKS.search(tagged.group("name")) is None and (
                listing or (index + 1 < stop and list_count(lines[index + 1].norm))
            ):
                found = tagged  # one tag's name over its list, not a post's tag
        elif "بایگانی" not in line.norm[:12] and "صفحه" not in line.norm:
            continue  # (a cheap test before the patterns)
        found = found or _ARCHIVE_TITLE.match(line.norm) or _PAGED_TITLE.match(line.norm)
        if found is None or found.group("name").split()[0] in _INSTITUTIONS:
            continue  # («روزنامه ... - صفحه ۳»: a newspaper's page, no list)
        name = found.group("name").rstrip(" :")
        words = name.replace("\u200c", " ").split()
        if not 1 <= count_words(name) <= LISTING_NAME_WORDS or words[0] in _ARCHIVE_PERIODS:
            continue
        if _verb_end(line) or not any(map(str.isalpha, name)):
            continue
        # The norm has the line's length: its offsets are the line's.
        start = line.start + found.start("name")
        return index, (start, start + len(name))
    return None


# A forum thread's topic in its header: SMF's «نویسنده موضوع: TOPIC (دفعات بازدید: N بار)»
# (the «Author | Topic:» columns run together), XenForo's thread box «نام موضوع TOPIC»,
# «عنوان موضوع: TOPIC». «نویسنده موضوع NAME» without a colon names the topic's author.
_FORUM_TOPIC = regex.compile(
    r"^(?:نویسنده[\x20\u200c]+موضوع[\x20]*:|(?:نام|عنوان)[\x20\u200c]+موضوع[\x20]*:?)[\x20]*"
    r"(?P<name>[^\x20(:].*?)[\x20]*(?:\([^()]*(?:بازدید|خوانده)[^()]*\))?[\x20]*$"
)
# A forum's archive view (vBulletin's «/archive/index.php/t-N.html») names its thread at
# the end of its notice, the link to the full thread: «توجه ! این یک نسخه آرشیو شده ...
# کلیک کنید : TOPIC», «مشاهده نسخه کامل : TOPIC», «View Full Version : TOPIC». The notice
# bids the reader to click (a sentence on an archived copy does not); TOPIC follows the
# last spaced colon.
_FORUM_ARCHIVE_NOTICE = regex.compile(
    r"^(?:.*نسخه[\x20\u200c]+آرشیو[\x20\u200c]*شده.*کلیک[\x20\u200c]*(?:کنید|نمایید)"
    r"|(?:مشاهده|نمایش)[\x20\u200c]+نسخه[\x20\u200c]+کامل|view[\x20]+full[\x20]+version)"
    r"[\x20]+:[\x20]*(?P<name>[^\x20:][^:]*?)[\x20]*$",
    regex.IGNORECASE,
)
# How many lines from the top a forum thread's header may take (menus, a login box).
FORUM_TOPIC_REACH = 60


# A forum thread's own labels, each a line of its own: Invision Community's «امتیاز دادن به این
# موضوع:» («Rate this topic»), «ارسال‌های توصیه شده» («Recommended Posts») and «پاسخ به این
# موضوع» («Reply to this topic»), as its Persian and English language packs print them
# (ircfc.ir, tests/pages 1344-1345; forum.ipresta.ir). A news site's topic list prints none.
_FORUM_THREAD_LABEL = regex.compile(
    r"(?:امتیاز[\x20\u200c]+(?:دادن[\x20\u200c]+)?به[\x20\u200c]+این[\x20\u200c]+(?:موضوع|تاپیک)"
    r"|ارسال[\x20\u200c]*های[\x20\u200c]+توصیه[\x20\u200c]+شده"
    r"|پاسخ[\x20\u200c]+به[\x20\u200c]+این[\x20\u200c]+(?:موضوع|تاپیک)"
    r"|rate[\x20]+this[\x20]+topic|recommended[\x20]+posts|reply[\x20]+to[\x20]+this[\x20]+topic)"
    r"[\x20]*:?[\x20]*",
    regex.IGNORECASE,
)


def _forum_thread_page(url: str | None, lines: Sequence[_Line]) -> str | None:
    """The thread's ID when the address is Invision Community's thread at the site's root
    (:func:`root_topic_number`, ``/topic/<ID>-<slug>/``) and the page prints a forum thread's
    own label on a line of its own (:data:`_FORUM_THREAD_LABEL`); None otherwise."""
    number = root_topic_number(url)
    if number is None:
        return None
    if any(_FORUM_THREAD_LABEL.fullmatch(line.norm) for line in lines):
        return number
    return None


def _forum_topic(lines: Sequence[_Line], outside: set[int]) -> tuple[int, Span] | None:
    """The line of a forum thread's header (or of its archive view's notice) naming its topic,
    and the topic's span in it."""
    for index in range(min(len(lines), FORUM_TOPIC_REACH)):
        line = lines[index]
        if index in outside:
            continue
        if "موضوع" in line.text[:16]:
            found = _FORUM_TOPIC.match(line.norm)
        elif "نسخه" in line.text or (
            # «View Full Version»: a «v» printed (the fold keeps Latin letters), before
            # the line's norm and its lowered copy.
            ("v" in line.text or "V" in line.text) and "version" in line.norm[:20].lower()
        ):
            found = _FORUM_ARCHIVE_NOTICE.match(line.norm)
        else:
            continue  # (cheap tests before the patterns)
        if found is None:
            continue
        name = found.group("name")
        if 1 <= count_words(name) <= HEADLINE_MAX_WORDS and any(map(str.isalpha, name)):
            start = line.start + found.start("name")  # (the norm has the line's length)
            return index, (start, start + len(name))
    return None


# A feed reader's or a feed-copying site's post ends with the footer WordPress feeds carry
# (Yoast SEO's default suffix «The post %%POSTLINK%% appeared first on %%BLOGLINK%%.», its
# Persian translation «نوشته X اولین بار در Y پدیدار شد.»): X is the post's title, the
# anchor text of its link.
_FEED_FOOTER = regex.compile(
    r"""
    ^[\x20]*
    (?:
        نوشته[\x20]+(?P<name>.+?)[\x20]+اولین[\x20]+بار[\x20]+در[\x20]+.+?[\x20]+پدیدار[\x20]+شد
                                            # «نوشته X اولین بار در Y پدیدار شد»
      | [Tt]he[\x20]+post[\x20]+(?P<name>.+?)[\x20]+appeared[\x20]+first[\x20]+on[\x20]+.+?
                                            # «The post X appeared first on Y»
    )
    [\x20.]*$                              # the footer's closing period
    """,
    regex.VERBOSE,
)


def _feed_footer(lines: Sequence[_Line], doc: str) -> tuple[int, Span] | None:
    """The line of a copied feed item's footer naming the post («نوشته X اولین بار در Y
    پدیدار شد.»), and X's span in it; None without one, or when footers name more than one
    post (a list of copied items: no one post's title)."""
    if "پدیدار" not in doc and "appeared" not in doc:
        return None  # (a cheap test of the whole text first)
    found: tuple[int, Span] | None = None
    names: set[str] = set()
    for index, line in enumerate(lines):
        if "پدیدار" not in line.text and "appeared" not in line.text:
            continue  # (a cheap test before the pattern)
        match = _FEED_FOOTER.match(line.norm)
        if match is None:
            continue
        name = match.group("name").strip()
        if not 1 <= count_words(name) <= HEADLINE_MAX_WORDS or not any(map(str.isalpha, name)):
            continue
        names.add(_squash(name))
        if found is None:
            start = line.start + match.start("name")  # (the norm has the line's length)
            found = index, (start, start + len(name))
    return found if len(names) == 1 else None


# How far below a headline its clean print may stand (a letter of transmission between).
CLEAN_PRINT_REACH = 6


def _clean_print_below(lines: Sequence[_Line], title: int, outside: set[int]) -> int | None:
    """Where the headline ends when a line below prints it alone and the title's line adds
    a short tail (a number glued by extraction: «بخشنامه ... استانها شماره100/48167/9000»
    over «بخشنامه ... استانها»), else None."""
    line = lines[title]
    for at in range(title + 1, min(len(lines), title + 1 + CLEAN_PRINT_REACH)):
        other = lines[at]
        if at in outside or other.words < DATED_TITLE_WORDS:
            continue
        size = other.end - other.start
        rest = line.norm[size:]
        if (
            line.norm.startswith(other.norm)
            and rest[:1] == " "
            and 0 < len(_squash(rest)) <= GLUED_TAIL_CHARS
            and any(map(str.isdigit, rest))  # a number glued on, not the headline's 2nd part
            and other.info.kind == line.info.kind
            # (nor the headline's second line, printed under the first: «PART 1 <br>بخش 2»
            # over «PART 1» / «بخش 2 - ...», a title field's two lines, taklens.ir)
            and not (at + 1 < len(lines) and line.key == other.key + lines[at + 1].key)
        ):
            return line.start + size
    return None


def _items_doubt(
    lines: Sequence[_Line], title: int, anchor: int | None, outside: set[int]
) -> tuple[str, int | None] | None:
    """The doubt on a headline that heads the first of a list's items (dated items, twin
    headlines, one teaser under the site's date banner), with the line that may name the
    list; None when the page shows no such list."""
    if _dated_items(lines, title, outside):
        return ("the page lists dated items (one paragraph each); this is the first", None)
    if anchor is None:
        return None
    if _read_more_names(lines, title, outside):
        return (
            "the headline is printed again in a read-more button under its excerpt (a "
            "list's item); this is the first",
            None,
        )
    if _excerpt_printed_twice(lines, title, outside):
        return (
            "the paragraph under the headline is an excerpt cut with «…» and printed twice "
            "(a list's boxes); this is the first item's headline",
            None,
        )
    if _item_blocks(lines, title, outside):
        return (
            "the page lists items (a headline over its one restating paragraph each, a blank "
            "line between them); this is the first",
            None,
        )
    if _twin_items(lines, title, anchor, outside):
        return (
            "the page lists items (a headline printed twice over one paragraph each); this is "
            "the first",
            None,
        )
    if _item_printed_again(lines, title, anchor, outside):
        return (
            "the page lists items (this headline and its paragraph are printed again below "
            "another item's); this is the first",
            None,
        )
    if _dateline_shared(lines, title, outside):
        return (
            "the page holds several posts (the line under this headline heads another "
            "headline's text too); this is the first",
            None,
        )
    named = _one_teaser_under_a_name(lines, title, anchor, outside)
    if named is not None:
        return (
            "the page may list one item (the site's date banner, then only the headline and "
            "its paragraph, one of them printed twice)",
            named if named >= 0 else None,
        )
    return None


def _read_more_names(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether a line under the headline, among the next :data:`BODY_GAP`, is a read-more
    button that names it («HEADLINE ادامه مطلب »»: a list theme's button, its label the
    item's title): an item's page does not offer to go on to itself."""
    words = lines[title].words
    key = ""
    for at in range(title + 1, min(len(lines), title + 2 + BODY_GAP)):
        line = lines[at]
        if not words < line.words <= words + READ_MORE_MAX_WORDS:
            continue  # (the headline and a button's words: read from the counts first)
        if at in outside:
            continue
        key = key or lines[title].key.lower()
        squashed = _squash(line.norm).strip("»«›‹><.…").lower()
        if any(
            squashed.endswith(word) and squashed[: -len(word)].strip("-–|:") == key
            for word in _READ_MORE
        ):
            return True
    return False


def _excerpt_printed_twice(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the paragraph under the headline ends cut with «…» and is printed again right
    under itself: one item's excerpt in a list's two boxes (its slider and its list). An
    article's lead is printed whole, and once in its running text."""
    lead, again = title + 1, title + 2
    if again >= len(lines) or lead in outside or again in outside:
        return False
    line = lines[lead]
    return (
        line.paragraph
        and line.text.rstrip().endswith(("…", "..."))
        and lines[again].key == line.key
    )


def _item_blocks(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the headline heads :data:`LISTING_HEADED_ITEMS` or more blocks of one layout,
    the text ending with them: a headline-shaped line with its one paragraph right under
    it, a blank line before the next such block, and each later paragraph restating its
    own headline (a news list's summary: «... انتخاب شد» under «... انتخاب شد»).

    A tag page's opening (khabarbinonline.ir's «/tag/...»: two items, each a headline and
    its lead). An article's sections are not restated by their paragraphs, nor do they
    end it one paragraph each; a question over its answer is an FAQ's."""
    count = len(lines)
    at = title
    blocks = 0
    while at + 1 < count and at not in outside and at + 1 not in outside:
        head, lead = lines[at], lines[at + 1]
        if not (
            lead.paragraph
            and not lead.blank_before
            and _headline_over_lead(lines, at, HEADLINE_MAX_WORDS)
        ):
            break
        if (
            head.text[-1] in "?؟"
            or lead.words > LISTING_LEAD_WORDS
            or lead.text.rstrip()[-1] in ":："
            or (at != title and not (head.blank_before and _restates(head, lead)))
        ):
            return False
        blocks += 1
        at += 2
    return blocks >= LISTING_HEADED_ITEMS and at >= count


def _post_stamp(line: _Line) -> tuple[tuple[str, ...], date] | None:
    """A short line's date template and day: its words besides the date and weekdays
    («نگارش در تاریخ DATE توسط NAME» gives «نگارش در تاریخ توسط NAME»), or None when the
    line reads no one date or has no such words (a date alone is a banner's or an item's as
    often as a post's)."""
    if line.paragraph or line.words > POST_STAMP_WORDS or not _ascii_digit_in(line.norm):
        return None  # (a year's digits: a cheap test before the grammar)
    reads = list(iter_dates(line.text))
    if len(reads) != 1 or reads[0].stamp.gregorian is None:
        return None
    start, end = text_span(reads[0].stamp)
    rest = normalize(line.text[:start] + " " + line.text[end:])
    words = tuple(
        word
        for word in _NOT_LETTER.sub(" ", rest).split()
        if word.replace("\u200c", "") not in _WEEKDAY_LETTERS
    )
    if not words:
        return None
    day = reads[0].stamp.gregorian
    return words, day.date() if isinstance(day, datetime) else day


def _post_stamps(lines: Sequence[_Line], title: int, outside: set[int]) -> list[int]:
    """The lines that date the posts of a page, the first one above ``title``: two or more
    short lines of one template (:func:`_post_stamp`: «نگارش در تاریخ DATE توسط NAME», a
    Blogger header «четверг, DATE г.»), each day older than the one before (a blog shows its
    posts newest first), running text between each and the next. An article prints its date
    line once; a comment's line names another author, or follows the one before on the same
    day or a later one, and a related item's stands with no text between it and the next."""
    for first in range(title - 1, max(-1, title - POST_STAMP_REACH), -1):
        if first in outside or (found := _post_stamp(lines[first])) is None:
            continue
        template, day = found
        stamps = [first]
        for index in range(title + 1, len(lines)):
            line = lines[index]
            if index in outside or line.paragraph or line.words > POST_STAMP_WORDS:
                continue
            if not all(word in line.norm for word in template):
                continue  # (a cheap test before the grammar)
            other = _post_stamp(line)
            if other is None or other[0] != template:
                continue
            if other[1] >= day or not any(
                lines[at].paragraph or lines[at].words >= POST_TEXT_WORDS
                for at in range(stamps[-1] + 1, index)
            ):
                return []  # a later or the same day (comments), or no text between
            stamps.append(index)
            day = other[1]
        return stamps if len(stamps) >= 2 else []
    return []


# A post's date line has at most this many words («+ نوشته شده در DATE ساعت TIME توسط NAME»);
# a line of this many words or a paragraph between two of them is a post's text; the first
# post's date line stands at most this many lines above the title chosen.
POST_STAMP_WORDS = 14
POST_TEXT_WORDS = 6
POST_STAMP_REACH = 10


def _bare_date(line: _Line) -> Timestamp | None:
    """The date-time of a line that is one date and nothing else (an item's stamp
    «2025-10-16 15:26:52»), or None."""
    if line.info.kind != "date" or line.paragraph:
        return None
    reads = list(iter_dates(line.text))
    if len(reads) != 1 or reads[0].issues:
        return None
    start, end = text_span(reads[0].stamp)
    if line.text[:start].strip() or line.text[end:].strip():
        return None
    return reads[0].stamp


def _dated_stories(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the headline at ``title`` is the first of a list's stories printed in full,
    each a bare date line (:func:`_bare_date`) right over its headline (a short line, no
    paragraph) and :data:`DATED_STORY_PARAGRAPHS` paragraphs or more under that: the line
    right above ``title`` is one, at least one more stands below, and each stamp is older
    than the one before (a list shows its items newest first). An article prints its own
    date line once; a related item under it shows one paragraph, a teaser (:func:`_dated_items`
    warns a list of such items); an update's line is newer, not older."""
    above = title - 1
    count = len(lines)
    if above < 0 or above in outside or lines[title].paragraph:
        return False
    stamp = _bare_date(lines[above])
    if stamp is None or _paragraphs_under(lines, title) < DATED_STORY_PARAGRAPHS:
        return False
    last = stamp.gregorian
    items = 1
    index = title + 1
    while index < count - 1:
        line = lines[index]
        if line.paragraph or index in outside or (other := _bare_date(line)) is None:
            index += 1
            continue
        if lines[index + 1].paragraph or not _older(other.gregorian, last):
            return False
        if _paragraphs_under(lines, index + 1) < DATED_STORY_PARAGRAPHS:
            return False
        last, items = other.gregorian, items + 1
        index += 2
    return items >= DATED_ITEMS


def _paragraphs_under(lines: Sequence[_Line], head: int) -> int:
    """How many paragraphs follow the line ``head`` at once."""
    at = head + 1
    while at < len(lines) and lines[at].paragraph:
        at += 1
    return at - head - 1


# A news list shows at least this many dated items (:func:`_dated_stories`), each with at
# least this many paragraphs (a story printed in full, not a related item's teaser).
DATED_ITEMS = 2
DATED_STORY_PARAGRAPHS = 2


def _older(later: date | datetime, first: date | datetime) -> bool:
    """Whether ``later`` is before ``first`` (two days, or two instants when both have one)."""
    if isinstance(later, datetime) and isinstance(first, datetime):
        return later < first
    day = later.date() if isinstance(later, datetime) else later
    return day < (first.date() if isinstance(first, datetime) else first)


def _dated_posts_doubt(
    lines: Sequence[_Line], title: int, outside: set[int], address: _Address
) -> tuple[str, int | None] | None:
    """The doubt on a title chosen on a page of several dated posts (:func:`_post_stamps`),
    when it stands in the first post (before the second post's date line); None otherwise.

    At a month's or a day's archive address (Blogger's «/2009/12/», blogfa's «/1393/08») the
    page is the archive and the headline its first post's: no title. Under the first post's
    date line with a line of text between (a poem's line, blogfa's untitled posts) it is the
    post's text, and the page prints no headline: no title. Otherwise it is the first post's
    headline, kept and doubted (a blog's home page prints its posts' headlines alike).
    """
    stamps = _post_stamps(lines, title, outside)
    if not stamps or not title < stamps[1]:
        return None
    if address.month_archive or address.day_archive:
        return (_LIST_POSTS_ARCHIVE, None)
    first = stamps[0]
    if first < title and any(
        at not in outside and lines[at].info.kind == "text" for at in range(first + 1, title)
    ):
        return (_LIST_POSTS_TEXT, None)
    return (_LIST_POSTS_FIRST, None)


def _post_footers(lines: Sequence[_Line], outside: set[int]) -> list[int]:
    """The lines that sign a blog page's posts, one under each post: two or more short lines
    opening with the same two words, each with a published label and its own date
    («ارسال شده در تاریخ : DATE :: TIME :: توسط : NAME» of a loxblog archive, «تهیه وتدوین
    از : NAME | تاریخ : TIME - DATE» of a blogfa home page, «نوشته شده در تاریخ DATE توسط
    NAME»), a post's text (a paragraph or a line of :data:`POST_TEXT_WORDS` words) between
    each and the next; the names after the label may differ (a blog of several authors).
    An article prints its date once; its comments' lines open with the commenter's name,
    and the posts of a box of related items under it (a heading of
    :data:`vocab.RELATED_BOX_WORDS` under a footer) are signed as it is: no footer under
    such a heading counts."""
    found: dict[tuple[str, ...], list[int]] = {}
    for index, line in enumerate(lines):
        if (
            found
            and line.words <= SECTION_HEADING_WORDS
            and index not in outside
            and is_related_heading(line.norm)
        ):
            break  # («نوشته شده در DATE توسط NAME» / «مطالب مرتبط» / the related posts)
        if (
            index in outside
            or line.paragraph
            or line.words > POST_FOOTER_WORDS
            or line.info.kind != "labels"
            or line.info.date is None
            or line.info.labels[0].field != "published"
        ):
            continue
        found.setdefault(tuple(line.norm.split()[:2]), []).append(index)
    for footers in found.values():
        # Each its own day or time (one footer printed twice is one post's).
        if len(footers) < 2 or len({_digits_of(lines[at].norm) for at in footers}) < 2:
            continue
        if all(
            _post_text_between(lines, above, below, outside)
            for above, below in itertools.pairwise(footers)
        ):
            return footers
    return []


def _digits_of(text: str) -> str:
    """The digits of ``text``, in order (a line's date and time, its names left out)."""
    return "".join(char for char in text if char.isdigit())


def _post_text_between(lines: Sequence[_Line], above: int, below: int, outside: set[int]) -> bool:
    """Whether the lines strictly between ``above`` and ``below`` hold a post's text: a
    paragraph, or text lines of :data:`POST_TEXT_WORDS` words in all (a short poem's lines)."""
    words = 0
    for at in range(above + 1, below):
        line = lines[at]
        if at in outside or line.info.kind != "text":
            continue
        if line.paragraph:
            return True
        words += line.words
    return words >= POST_TEXT_WORDS


# A post's footer line («ارسال شده در تاریخ : ... توسط : NAME») has at most this many words.
POST_FOOTER_WORDS = 24


def _item_printed_again(lines: Sequence[_Line], title: int, anchor: int, outside: set[int]) -> bool:
    """Whether the headline and the paragraph under it are printed again lower down, with
    another headline over a paragraph between: a list's first item shown twice (the list and
    its slider or «top» box: HEADLINE / excerpt / HEADLINE 2 / excerpt 2 / HEADLINE /
    excerpt). An article's headline printed again in a related box comes without its lead."""
    count = len(lines)
    if anchor != title + 1 or not lines[anchor].paragraph:
        return False
    key, lead = lines[title].key, lines[anchor].key
    for at in range(anchor + 1, count - 1):
        if at in outside or lines[at].key != key:
            continue
        return lines[at + 1].key == lead and any(
            _item_follows(lines, index) for index in range(anchor, at - 1)
        )
    return False


def _dateline_shared(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the short line right under the headline, ending with a colon (a post's
    dateline, «نیوز ویم - هرات:»), is printed again under another headline-shaped line over
    text: the page holds several posts (a blog's archive), each opening with the same
    dateline; an article prints its dateline once."""
    count = len(lines)
    under = title + 1
    if under >= count or under in outside:
        return False
    line = lines[under]
    if (
        line.info.kind != "text"
        or line.paragraph
        or line.words > DATELINE_WORDS
        or not line.text.rstrip().endswith(":")
    ):
        return False
    key = lines[title].key
    for at in range(under + 2, count - 1):
        head = lines[at - 1]
        if (
            at not in outside
            and lines[at].key == line.key
            and head.key != key
            and head.info.kind == "text"
            and not head.paragraph
            and 3 <= head.words <= HEADLINE_MAX_WORDS
            and head.text[-1] not in _KICKER_ENDS
        ):
            return True
    return False


# A post's dateline under its headline («نیوز ویم - هرات:») has at most this many words.
DATELINE_WORDS = 6


def _dated_items(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the headline heads the first of a list's dated items: a date line right above
    it (a placeholder between at most), one paragraph under it, then at once another date
    line, headline and paragraph (a tag page's items; an article runs on for more than one
    paragraph before a related item)."""
    count = len(lines)

    def dated(at: int) -> bool:
        return 0 <= at < count and at not in outside and lines[at].info.kind == "date"

    if not (dated(title - 1) or dated(title - 2)) or title + 4 >= count:
        return False
    if not lines[title + 1].paragraph:
        return False
    for at in range(title + 2, min(count - 2, title + 2 + LISTING_ITEM_LINES)):
        if (
            dated(at)
            and _headline_over_lead(lines, at + 1, HEADLINE_MAX_WORDS)
            and lines[at + 2].paragraph
        ):
            return True
    return False


def _plain_items(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the headline heads the first of :data:`LISTING_PLAIN_ITEMS` or more items of
    one shape, one right under the other: a headline-shaped line over exactly one paragraph
    (a tag, category or section page: «HEADLINE / lead / HEADLINE 2 / lead 2 / HEADLINE 3 /
    lead 3»). An article runs on under its lead for more than one paragraph before a
    related list; a numbered or bulleted digest's items are not headline-shaped, an
    interview's questions over their answers end with a question mark, a paragraph longer
    than an excerpt (:data:`LISTING_LEAD_WORDS`) is an article's, and one ending with a
    colon leads into the lines under it (an article's roundup of figures)."""
    count = len(lines)
    at = title
    ordinals = 0
    need = LISTING_PLAIN_ITEMS
    if title > 0 and title - 1 not in outside and is_news_heading(lines[title - 1].norm):
        need = LISTING_HEADED_ITEMS  # «خبرها» over the items: the site's news list
    for _ in range(need):
        if at + 1 >= count or at in outside or at + 1 in outside:
            return False
        if not (_headline_over_lead(lines, at, HEADLINE_MAX_WORDS) and lines[at + 1].paragraph):
            return False
        if lines[at].text[-1] in "?؟" or _QUESTION_END.search(lines[at].norm):
            return False  # an interview's or FAQ's question over its answer
        if at != title and _ORDINAL_HEAD.match(lines[at].norm):
            ordinals += 1
            if ordinals > 1:
                return False  # «مرحله اول / مرحله دوم»: an article's own numbered sections
        lead = lines[at + 1]
        if lead.words > LISTING_LEAD_WORDS or lead.text.rstrip()[-1] in ":：":
            return False  # an article's long paragraph, or one leading into the lines under it
        at += 2
    # Counted last: it classifies every line of the page, and the shape above turns most
    # articles away at their first paragraph (the order changes no answer).
    # One article's labelled ID («کد خبر: ..»): its sections, not a list.
    return _id_labels(lines, outside) != 1


# Lines that are no paragraph (a post's subtitle, its category or author line) a month
# archive's theme may print between a post's headline and its excerpt.
EXCERPT_UNDER_LINES = 2


def _excerpt_then_items(lines: Sequence[_Line], title: int) -> bool:
    """Whether the headline ``lines[title]`` stands over its excerpt's paragraph, right under
    it or under at most :data:`EXCERPT_UNDER_LINES` lines that are no paragraph (the post's
    subtitle, its category or author), and another item (a headline over a paragraph)
    follows soon after that paragraph: a list's first post. One post alone, its subtitle and
    its paragraphs, has no item after its text. When the first post prints such a line, the
    next item may print one of the same kind too (a theme prints every post alike:
    «HEADLINE» / «فرهنگی» / excerpt, a category's name under each headline on a month
    archive)."""
    excerpt = title + 1
    while (
        excerpt + 1 < len(lines)
        and excerpt - title <= EXCERPT_UNDER_LINES
        and not lines[excerpt].paragraph
    ):
        excerpt += 1  # the post's subtitle or byline between its headline and its excerpt
    if not (excerpt < len(lines) and lines[excerpt].paragraph):
        return False
    if _items_below(lines, excerpt + 1):
        return True
    kind = lines[title + 1].info.kind
    return excerpt > title + 1 and any(
        _item_follows(lines, index, kind) for index in range(excerpt, excerpt + 1 + BODY_GAP)
    )


def _excerpts_further(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether, anywhere under the headline ``title`` and its first paragraph, items of a
    list follow: :data:`LISTING_HEADED_ITEMS` headline-shaped lines in a row, each over one
    excerpt's paragraph (:data:`LISTING_LEAD_WORDS` words at most, no colon ending it), the
    last one ending the page or followed by another headline-shaped line.

    A day archive («/z/1696/2018/4/25», VOA's; «/2020/12/06/», WordPress's) may show its
    first post in full (a caption, paragraphs, a share line) and the day's other posts by
    headline and excerpt under it. An article's subheadings stand over several paragraphs
    or longer ones, and one post alone ends with its own text."""
    count = len(lines)

    def item(at: int) -> bool:
        if at + 1 >= count or at in outside or at + 1 in outside:
            return False
        lead = lines[at + 1]
        return (
            _headline_over_lead(lines, at, HEADLINE_MAX_WORDS)
            and lead.paragraph
            and lead.words <= LISTING_LEAD_WORDS
            and lead.text.rstrip()[-1] not in ":："
            and lines[at].text[-1] not in "?؟"
        )

    for start in range(title + 2, count - 1):
        at = start
        for _ in range(LISTING_HEADED_ITEMS):
            if not item(at):
                break
            at += 2
        else:
            if at >= count or (at not in outside and _headline_over_lead(lines, at)):
                return True
    return False


def _id_labels(lines: Sequence[_Line], outside: set[int]) -> int:
    """How many lines (outside the page's chrome) print a labelled article ID («کد خبر:
    ..»): an article prints its own once, a list none or one per item."""
    return sum(
        1
        for index, line in enumerate(lines)
        if index not in outside
        and line.info.kind == "labels"
        and any(label.field == "number" for label in line.info.labels)
    )


# A question without its question mark, asked by its last word(s) (an FAQ's «شرایط دریافت
# وام چیست», «مدارک لازم کدام است», «مهلت تا چه زمانی است»).
_QUESTION_END = regex.compile(
    r"(?:^|\s)(?:چیست|کیست|کجاست|چیه|(?:کدام|کدامند|چقدر|چگونه|چطور|کجا|کی|چه[\s\u200c]+\S+)"
    r"[\s\u200c]+(?:است|اند|هستند|می[\s\u200c]*شود))$"
)
# A section heading numbered in words («مرحله اول:», «محور دوم», «پرسش سوم:», «گام نخست»).
_ORDINAL_HEAD = regex.compile(
    r"^\S+[\s\u200c]+(?:اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|نخست)(?:[\s:：،]|$)"
)

# A page whose headline heads this many items of one shape (headline over one paragraph)
# lists them.
LISTING_PLAIN_ITEMS = 3
# Under a site's generic news heading («خبرها», «آخرین اخبار»), this many items make a list.
LISTING_HEADED_ITEMS = 2
# A list item's lead or excerpt has at most this many words (a theme's excerpt: 55).
LISTING_LEAD_WORDS = 60


def _twin_items(lines: Sequence[_Line], title: int, anchor: int, outside: set[int]) -> bool:
    """Whether the headline, printed twice, heads the first of a list's items: its one
    paragraph (``anchor``) right under its second print, then at once another headline
    printed twice and a paragraph (a home page's or a column's items: image link and title
    link, then the excerpt; an article runs on under its lead)."""
    count = len(lines)
    key = lines[title].key
    if anchor < title:
        return False  # the paragraph is a summary over the headline (_summary_over_headline)
    if anchor + 3 >= count or not any(
        0 <= at < count and at != title and lines[at].key == key for at in (title - 1, title + 1)
    ):
        return False
    if not {anchor + 1, anchor + 2, anchor + 3}.isdisjoint(outside):
        return False
    head, twin, text = lines[anchor + 1], lines[anchor + 2], lines[anchor + 3]
    return (
        head.key == twin.key
        and _headline_over_lead(lines, anchor + 1, HEADLINE_MAX_WORDS)
        and text.paragraph
    )


def _one_teaser_under_a_name(
    lines: Sequence[_Line], title: int, anchor: int, outside: set[int]
) -> int | None:
    """Whether the page is one teaser under the site's date banner, and the short line that
    may name its list (-1 when none is printed; None when the layout is not this).

    The banner at the top, maybe a short line, the headline over one paragraph, one of the
    two printed twice, and no more text («امروز : DATE» / «عید نوروز» / HEADLINE / HEADLINE /
    excerpt; «DATE» / «۱۲:۰۰:۵۲» / HEADLINE / excerpt / excerpt / item's date): a tag page
    showing one item looks so, and so may a one-paragraph story under its section's name.
    The page does not say which, so the headline is doubted.
    """
    count = len(lines)
    dated_twin = title > 0 and _dated_twin(lines, title - 1)
    if anchor == title + 1 and anchor + 1 < count and _dated_twin(lines, title):
        anchor += 1  # the headline's second print (without the date) is no body
    key, lead_key = lines[title].key, lines[anchor].key
    twice = (
        dated_twin
        or _dated_twin(lines, title)
        or any(lines[at].key == key for at in range(title + 1, anchor))
    )
    if not twice and not (anchor + 1 < count and lines[anchor + 1].key == lead_key):
        return None  # neither the headline nor its paragraph printed twice
    if not lines[anchor].paragraph or any(
        lines[at].paragraph or lines[at].words > SHORT_RIVAL_WORDS
        for at in range(anchor + 1, count)
        if at not in outside and lines[at].key != lead_key
    ):
        return None  # a story runs on under its lead (a «برو بالا» link is no more text)
    first = title - 1 if dated_twin else title  # the item's link with its date over it
    named, rule = _listing_name(lines, first, outside, "headline")
    top = named if named is not None and rule == "listing name" else first
    banner = any(
        lines[at].info.date is not None and lines[at].info.kind in ("date", "labels", "mixed")
        for at in range(max(0, top - BANNER_NAME_LINES), top)
    )
    if not banner:
        return None
    return top if top != first else -1


def _dated_twin(lines: Sequence[_Line], upper: int) -> bool:
    """Whether the line at ``upper`` is the line under it with a date after it («HEADLINE
    17 سپتامبر 2020» / «HEADLINE»): a list item's link and date over its title, the
    headline printed twice."""
    if upper + 1 >= len(lines):
        return False
    head, above = lines[upper + 1].norm, lines[upper].norm
    rest = above[len(head) :].strip()
    return above.startswith(head) and bool(rest) and classify(rest).kind == "date"


# How many lines above a list's name its site's date banner may stand («ساعت :» between).
BANNER_NAME_LINES = 3


def _url_listing_name(
    lines: Sequence[_Line],
    title: int | None,
    anchor: int | None,
    outside: set[int],
    *,
    slug: str | None,
    rule: str,
) -> tuple[int | None, str]:
    """At a list's address, the list's name: the line its slug spells, else the short
    line above the first item's headline (:func:`_listing_name`)."""
    stop = anchor if anchor is not None else len(lines)
    if slug:
        for index in range(stop):
            if index not in outside and lines[index].key == slug:
                return index, "listing name"
    if title is not None:
        return _listing_name(lines, title, outside, rule)
    return title, rule


def _url_candidates(
    state: _State, url: str | None, *, listed: bool = False, shortlink: str | None = None
) -> None:
    """The page's address as the weakest candidates (rule ``url``), for text and HTML alike.

    Its Jalali date path («/1402/07/09/») or a day archive's day (:func:`_one_item`) for
    ``published``, its ID (:func:`url_number`: an item's
    number, never a date code, a list's, a page's or an issue's) for ``number``. Each value
    read is kept in ``fields`` with the label ``url`` and no span (it is not page text).
    ``listed``: the page reads as a list of several items (a day archive's day is then
    the list's, no post's). ``shortlink``: the page's own short address (an HTML page's
    ``<link rel="shortlink">``), whose ID is taken when the address holds none for sure
    (WordPress's «/?p=2051» beside «/afghanistan/2051/»).
    """
    if not url:
        if shortlink:
            _url_number(state, None, shortlink)
        return
    order = 1 << 30  # after every line of the text
    found = _URL_DATE.search(url)
    if found is not None and jalali_day_archive(url) and (listed or not _one_item(state)):
        # «/1396/06/30/» ending the path: a Jalali blog's day archive, the list of that day's
        # posts (as a Gregorian one below): its day is no post's on a page of several.
        state.url_month = None
    elif found is not None:
        state.fields.append(Field("published", "url", found.group(0), None, None))
        year, month, day = (int(g) for g in found.groups())
        stamp = _machine_date(f"{year}/{month}/{day}", jalali=True)
        if stamp is not None:
            state.candidates.append(Candidate("published", "url", "url", order, stamp=stamp))
    elif (archived := day_archive(url)) is not None and not listed and _one_item(state):
        # A day archive («/2019/03/11/», WordPress) showing one post: the page is that post,
        # published that day (the archive lists a day's posts). Several posts: a list.
        state.fields.append(Field("published", "url", archived.isoformat(), None, None))
        state.candidates.append(Candidate("published", "url", "url", order, stamp=archived))
        state.url_month = None  # (the day is the date: no month to hold dates against)
    elif (
        (dated := url_day(url)) is not None
        and not listed
        and (
            _prints_month_of(state, dated)
            or (
                _prints_no_date(state)
                and _one_item(state)
                and not _prints_another_month(state, dated)
            )
        )
    ):
        # A post's dated address («/2020/06/17/<slug>/», WordPress's day-and-name permalink,
        # the post's own publication day) on a page that prints only that month and year
        # («ژوئن 2020») or no date at all: the day is the address's (warned
        # ``published-from-url``); a date the page prints in full wins over it.
        state.fields.append(Field("published", "url", dated.isoformat(), None, None))
        state.candidates.append(Candidate("published", "url", "url", order, stamp=dated))
        state.url_month = None
    elif not listed and (dated := url_path_day(url)) is not None and _prints_no_date(state):
        # A day as one segment of the address («/1403-06-14/<item>», «/14030614/<item>»,
        # a replica's edition «/20171012/<item>») on a page that prints no date at all: the
        # day is the address's, used as the date path's (``published-from-url``).
        state.fields.append(Field("published", "url", dated.isoformat(), None, None))
        state.candidates.append(Candidate("published", "url", "url", order, stamp=dated))
        state.url_month = None
    elif not listed and (dated := url_alias_day(url)) is not None and _prints_no_date(state):
        # Joomla's automatic alias «/news/808-2018-03-15-16-21-09» (the ID, then the item's
        # creation time, UTC) on a page that prints no date at all: the day, never the time
        # (``published-from-url``); a stamp from 19:30 may be the next day in Tehran.
        state.fields.append(Field("published", "url", dated.isoformat(), None, None))
        state.candidates.append(Candidate("published", "url", "url", order, stamp=dated))
        state.url_month = None
    else:
        state.url_month = url_month(url)
    _url_number(state, url, shortlink)


def _url_number(state: _State, url: str | None, shortlink: str | None) -> None:
    """The address's item ID as the ``url`` candidate for ``number`` (see
    :func:`_url_candidates`); the short address's when the address holds none."""
    number = url_number(url) if url else None
    if url and number is None and (named := url_named_number(url)) is not None:
        # «/fa/regulation/946/<name>»: the number before the item's name is its ID when the
        # page prints that name (its headline): the address is this item's.
        key = _slug_key(named[1])
        if any(line.key == key for line in state.lines):
            number = named[0]
    if url and number is None and (thread := _forum_thread_page(url, state.lines)) is not None:
        # Invision Community's «/topic/206147-<slug>/» at the site's root on a page printing
        # a thread's own labels («امتیاز دادن به این موضوع:»): the thread's ID.
        number = thread
    if url and number is None and (tail := url_tail_number(url)) is not None:
        # «/post/<slug>-6414»: a number closing the slug that the page never prints is no
        # word of its headline (a model's, a count's) but the ID the site appended.
        spelled = regex.compile(rf"(?<![0-9]){tail}(?![0-9])")
        if not any(spelled.search(line.norm) for line in state.lines):
            number = tail
    if number is None and shortlink and (short := url_number(shortlink)) is not None:
        # The page's own short address names the item (WordPress prints it on a single
        # post only: «<link rel="shortlink" href="https://HOST/?p=2051">»): its ID is the
        # item's, read as the address's would be.
        number, url = short, shortlink
    if number is None or url is None:
        return
    state.fields.append(Field("number", "url", number, None, None))
    printed = _printed_permalink(state.doc, url, number)
    if printed is not None:
        # A print view or a mirror prints the article's own address: when its ID is another
        # one, the address given is not this page's (or not its only one); no ID is sure.
        state.url_doubt = (
            f"the URL's ID {number!r} differs from {printed!r} in the address printed on the "
            "page; neither is taken"
        )
        return
    state.url_year_like = url_year_like_id(url) == number
    state.candidates.append(Candidate("number", "url", "url", 1 << 30, text=number))


def _prints_no_date(state: _State) -> bool:
    """Whether the page has no date of its own: no line holds one, and no machine source
    (``<meta>``, JSON-LD) gave a publication or update date."""
    if any(c.field in ("published", "updated") for c in state.candidates):
        return False
    return not any(line.info.dates for line in state.lines)


def _prints_month_of(state: _State, day: Timestamp) -> bool:
    """Whether a line among the page's first :data:`_MONTH_LINE_LINES` is only a Gregorian
    month's name and a year (Persian, Dari or English: «ژوئن 2020», «June, 2020») naming
    the month of ``day``, and no line there holds a full date."""
    wanted = (day.gregorian.year, day.gregorian.month)
    seen = False
    for line in state.lines[:_MONTH_LINE_LINES]:
        found = _GREGORIAN_MONTH_YEAR.fullmatch(line.norm.strip())
        if found is not None:
            month = _GREGORIAN_KEYS[squeeze(found.group(1))]
            if (int(found.group(2)), month) != wanted:
                return False
            seen = True
        elif line.info.dates:
            return False  # a full date printed: the page's own, not the address's
    return seen


def _prints_another_month(state: _State, day: Timestamp) -> bool:
    """Whether a line among the page's first :data:`_MONTH_LINE_LINES` is only a Gregorian
    month's name and a year naming another month than ``day``'s: the page's own month, which
    the address's day then contradicts."""
    wanted = (day.gregorian.year, day.gregorian.month)
    for line in state.lines[:_MONTH_LINE_LINES]:
        found = _GREGORIAN_MONTH_YEAR.fullmatch(line.norm.strip())
        if found is None:
            continue
        if (int(found.group(2)), _GREGORIAN_KEYS[squeeze(found.group(1))]) != wanted:
            return True
    return False


_MONTH_LINE_LINES = 12
_GREGORIAN_MONTH_YEAR = regex.compile(
    r"("
    + any_case((*vocab.GREGORIAN_MONTHS_FA, *vocab.DARI_GREGORIAN_MONTHS, *vocab.ENGLISH_MONTHS))
    + r")\.?[\x20\u200c,،]*((?:19|20)[0-9]{2})"
)


def _one_item(state: _State) -> bool:
    """Whether the page shows at most one post: at most one excerpt cut with «[…]» (a list
    shows one per item), or, with none, at most one «ادامه مطلب» / «Continue Reading» button."""
    lines = state.lines
    cut = sum(1 for line in lines if line.text.endswith(_EXCERPT_ENDS))
    if cut:
        return cut == 1
    return sum(1 for line in lines if _read_more(line)) <= 1


def _one_full_post(state: _State) -> bool:
    """Whether a list shows one post in full: no excerpt cut with «[…]», no read-more
    button, and one labelled publication date on the whole page (each post of a list
    prints its own header)."""
    if any(line.text.endswith(_EXCERPT_ENDS) or _read_more(line) for line in state.lines):
        return False
    labelled = {c.order for c in state.candidates if c.field == "published" and "label" in c.rule}
    return len(labelled) == 1


def _widget_date(state: _State, choice: Choice) -> bool:
    """Whether the chosen date, alone on its line without a time, has a widget's line (prayer
    times, prices, weather: «اذان ظهر: ۱۲:۱۵») right above or right under it."""
    stamp = choice.stamp
    if stamp is None or stamp.span is None or stamp.has_time:
        return False
    line = state.line_at(stamp.span[0])
    if line.text.strip() != stamp.text:
        return False
    lines = state.lines
    return any(
        0 <= other < len(lines) and lines[other].info.reason == "widget"
        for other in (line.index - 1, line.index + 1)
    )


def _date_line_in_url_month(state: _State, cands: list[Candidate]) -> Choice | None:
    """The page's date line that falls in its address's month, when the one chosen fell
    outside it: a blog's date header above the title («Wednesday, December 30, 2015» at
    «/2015/12/...») under dated entries of a timeline in the body. Only when the date lines
    inside the month name one day; else None."""
    inside = [
        cand
        for cand in cands
        if cand.stamp is not None
        and cand.rule.startswith(("date line", "footer date line"))
        and not _outside_url_month(state, cand.stamp)
    ]
    days = {cand.stamp.jalali_date for cand in inside if cand.stamp is not None}
    if len(days) != 1:
        return None
    return resolve_date("published", inside, state.note)


def _outside_url_month(state: _State, stamp: Timestamp) -> bool:
    """Whether a date falls outside the address's year and month (in the address's calendar)."""
    if state.url_month is None:
        return False
    calendar, year, month = state.url_month
    if calendar == "jalali":
        return stamp.jalali_date[:2] != (year, month)
    return (stamp.gregorian.year, stamp.gregorian.month) != (year, month)


# An address printed in the text (a print view's «Source URL: ...», a permalink line).
_PRINTED_URL = re.compile(r"https?://[^\s<>\"'«»]+")


def _printed_permalink(doc: str, url: str, number: str) -> str | None:
    """The ID of an address of the same site printed on the page, when it is not ``number``."""
    host = (_hostname(url) or "").removeprefix("www.")
    for found in _PRINTED_URL.finditer(doc):
        printed = found.group(0)
        if (_hostname(printed) or "").removeprefix("www.") != host:
            continue
        other = url_number(printed)
        if other is not None and other != number:
            return other
    return None


def _footer_code_or_address(state: _State, number: Choice, cands: Sequence[Candidate]) -> Choice:
    """A labelled ID under the body («کد خبر ...») against the address's ID, when they differ.

    A page that republishes another agency's report often keeps that agency's code line
    under the text it copied, while its own address carries its own item ID. Neither
    label nor address is sure alone: the conflict is reported, and the address's ID is
    taken when the page prints it again in an article address (its permalink, perhaps on
    a sister domain): the page names that ID as its own twice, the footer code once.
    """
    address = next((c.text for c in cands if c.rule == "url" and c.text), None)
    assert number.text is not None
    digits = "".join(filter(str.isdigit, number.text))
    if address is None:
        # No address given: the one article address the page prints is its permalink.
        printed = {url_number(found.group(0)) for found in _PRINTED_URL.finditer(state.doc)}
        printed.discard(None)
        if len(printed) == 1 and digits not in printed:
            state.note(
                "number-conflict",
                f"the ID {number.text!r} under the body differs from {printed.pop()!r} in the "
                "article address the page prints; the labelled one is used",
                number.span,
            )
        return number
    if digits == address:
        return number  # («N1746609» and the address's 1746609 are one ID)
    if _address_id_printed(state.doc, address):
        state.note(
            "number-conflict",
            f"the ID {number.text!r} under the body differs from the address's ID {address!r}, "
            "which the page prints again in an article address; the address's is used",
            number.span,
        )
        return Choice("url", text=address)
    state.note(
        "number-conflict",
        f"the ID {number.text!r} under the body differs from the address's ID {address!r}; "
        "the printed one is used",
        number.span,
    )
    return number


def _address_id_printed(doc: str, number: str) -> bool:
    """Whether an address printed on the page (of any host) has ``number`` as its item ID."""
    return any(url_number(found.group(0)) == number for found in _PRINTED_URL.finditer(doc))


def _body_end(state: _State, lead: int, outside: set[int]) -> int:
    """Index after the body: its last paragraph and the plain lines right after it."""
    lines = state.lines
    count = len(lines)
    last = lead
    index = lead + 1
    while index < count and index - last <= BODY_GAP:
        line = lines[index]
        if index in outside or (line.words <= 5 and is_section_end(line.norm)):
            break
        if line.paragraph:
            last = index
        index += 1
    end = last + 1
    # Plain text right under the last paragraph (a signature, «پایان پیام») is still body.
    while end < count and end - last <= BODY_GAP and end not in outside:
        line = lines[end]
        if line.paragraph or line.info.kind != "text" or is_section_end(line.norm):
            break
        if line.words > HEADLINE_MAX_WORDS // 2:
            break
        end += 1
    # Nothing but text under the body: no footer to set apart (short lines of an article).
    rest = range(end, count)
    if all(lines[i].info.kind == "text" for i in rest) and not any(
        i in outside or is_section_end(lines[i].norm) for i in rest
    ):
        return count
    return end


# -- 3-4. Candidates from lines ------------------------------------------------------------


def _record(state: _State, line: _Line, info: LineInfo, zone: str, distance: int) -> None:
    """Turn one classified line into candidates, fields or an ignored entry.

    ``zone``: ``pre`` (above the title), ``header``, ``late`` (right under the lead)
    or ``footer``; ``distance``: lines between it and the title (above it).
    """
    if info.kind in ("control", "widget", "counter"):
        if zone == "header" and info.reason == "today widget" and _lone_lunar_date(state, line):
            return
        dated = (
            date_with_lunar_twin(line.norm)
            if zone == "header" and info.reason == "today widget"
            else None
        )
        if dated is None:
            state.ignore(line, info.reason or info.kind)
            return
        # Under the title, a solar date with its lunar twin is the item's date line.
        info = dated
    if info.kind == "issue":
        assert info.issue is not None
        issue = (line.start + info.issue[0], line.start + info.issue[1])
        seg = (line.start + info.dates[0][0], line.start + info.dates[0][1]) if info.dates else None
        state.newspaper.append((issue, seg))
        return
    for label in info.labels:
        value = (line.start + label.value[0], line.start + label.value[1])
        label_span = (line.start + label.span[0], line.start + label.span[1])
        text = state.doc[slice(*label_span)]
        span = (label_span[0], value[1] if value[1] > value[0] else label_span[1])
        if value[1] <= label_span[0] < label_span[1]:
            span = (value[0], label_span[1])  # printed value first («1397/06/17 : تاریخ انتشار»)
            if zone in ("late", "footer"):
                # Under the text a value printed before its label is a related item's or a
                # quoted notice's («482193 : کد خبر» under a related headline), not the
                # article's: its own record prints so in the header's table (attacks33).
                state.ignore(line, "below the article")
                continue
        if zone == "pre" and label.field == "updated" and not _under_title(state, line, distance):
            # A last-update stamp above the title is the site's, showing the crawl day.
            state.ignore(line, "site stamp")
            state.warn(
                "site-stamp",
                f"{state.doc[slice(*value)]!r} after {text!r} above the title is a site-wide "
                "stamp, not the article's update time; ignored",
                label_span[0],
            )
            continue
        _label_candidate(
            state,
            label.field,
            text,
            span=span,
            value=value,
            zone=zone,
            distance=distance,
            index=line.index,
        )
    for seg in info.dates:
        span = (line.start + seg[0], line.start + seg[1])
        _date_candidate(state, span, zone, line.index, distance)
    if info.source is not None:
        span = (line.start + info.source[0], line.start + info.source[1])
        state.fields.append(Field("source", "", state.doc[slice(*span)], span, span))
        state.texts.append(("source", "", span, line.index))


_LABEL_RULES = {
    "header": "label",
    "late": "label after lead",
    "pre": "label above title",
    "footer": "footer label",
}
_DATE_RULES = {
    "header": "date line",
    "late": "date line after lead",
    "pre": "date line above title",
    "footer": "footer date line",
}


def _label_candidate(
    state: _State,
    field: FieldName,
    label: str,
    *,
    span: Span,
    value: Span,
    zone: str,
    distance: int,
    index: int,
) -> None:
    doc = state.doc
    state.fields.append(Field(field, label, doc[slice(*value)], span, value))
    if value[0] == value[1]:
        return  # an empty label: the value is filled in by a script
    if zone == "pre" and distance > LABEL_REACH_ABOVE:
        return  # far above the article: another item's or the site's
    rule = _LABEL_RULES[zone]
    if field in DATE_FIELDS:
        if zone == "footer" and state.footer_list is not None and index > state.footer_list:
            return  # under a related, latest or most-read box's heading: its item's date
        if _POST_FOOTER_LABEL.match(normalize(label)) and _under_read_more(state, index):
            state.ignore(state.lines[index], "another date")
            return
        read = _read_date(state, value)
        if read is not None and zone == "pre" and _labelled_banner(label, read):
            state.ignore(state.lines[index], "today widget")
            return
        clock = zone == "pre" and _labelled_clock(state, label, span, index, distance)
        if read is not None and clock:
            state.ignore(state.lines[index], "today widget")
            return
        if read is not None:
            _another_date(state, field, label, value, read)
            state.candidates.append(
                Candidate(field, rule, label, index, stamp=read.stamp, span=text_span(read.stamp))
            )
    elif field == "number":
        raw = doc[slice(*value)]
        number = to_ascii_digits(raw).strip()
        if _GROUPED_ID.fullmatch(normalize(number)) is not None:
            number = normalize(number).replace(",", "")  # «۱۵۷٬۰۴۰»: thousands separators
        if ID_VALUE.fullmatch(normalize(number)) is None:
            state.warn("number-invalid", f"{raw!r} after {label!r} is not an article ID", *value)
            return
        state.candidates.append(Candidate("number", rule, label, index, text=number, span=value))
    elif field != "views":
        state.texts.append((field, label, value, index))


def _labelled_banner(label: str, read: DateRead) -> bool:
    """Whether a labelled date above the title is a "today" banner: the bare «تاریخ» label
    before a weekday's date with its twin in the other calendar and no time («تاریخ : شنبه,
    ۱ اردیبهشت , ۱۴۰۳ Saturday, 20 April , 2024»), as an unlabelled one (:func:`_banner`).
    A publication label («تاریخ انتشار») or a time printed with it keeps the date."""
    return (
        _squash(normalize(label)).rstrip(":") == "تاریخ"
        and read.twin is not None
        and read.stamp.weekday is not None
        and not read.stamp.has_time
    )


def _labelled_clock(state: _State, label: str, span: Span, index: int, distance: int) -> bool:
    """Whether a labelled date above the title is a site's header clock: the bare «ساعت»
    label and a time printed on the line BEFORE the bare «تاریخ» label («ساعت: 6:02 ق.ظ»
    then «تاریخ: 25 تیر 1403», each label maybe alone on its line; shirvan.ir's theme), with
    a line of page furniture (the site's name, a section) between the date (at ``index``)
    and the title.

    A clock reads time first; an article's own meta line reads its date first («تاریخ:
    1402/05/01 ساعت: 10:30»), or sits right over its headline with nothing between."""
    if _squash(normalize(label)).rstrip(":") != "تاریخ":
        return False
    lines = state.lines
    at = state.line_at(span[0]).index
    if at == 0 or lines[at - 1].info.reason != "time without a date":
        return False
    time_line = at - 1
    labelled = _TIME_LABEL.match(lines[time_line].norm) is not None or (
        time_line > 0 and _squash(lines[time_line - 1].norm).rstrip(":") == "ساعت"
    )
    title = at + distance
    return labelled and any(
        lines[i].info.kind == "text" or lines[i].info.reason == "breadcrumb"
        for i in range(index + 1, title)
    )


def _another_date(state: _State, field: FieldName, label: str, value: Span, read: DateRead) -> None:
    """Report a second, different date printed in the same labelled value.

    «تاریخ انتشار: ۱۴۰۲/۰۶/۲۸ - ۱۴۰۲/۰۶/۲۹»: the first is used, the other is not dropped
    silently. The same day again, a twin or a lunar date beside it is no conflict.
    """
    spans = [text_span(read.stamp)] + ([text_span(read.twin)] if read.twin else [])
    start = max(end for _, end in spans)
    line = state.line_at(value[0])
    norm = line.norm[start - line.start : value[1] - line.start]
    match = search(norm)
    if match is None or is_hijri(match):
        return
    try:
        other = read_match(state.doc, norm, match, base=start).stamp
    except DateError:
        return  # not a date: the first one stands alone
    if same_moment(read.stamp, other) or (read.twin and same_moment(read.twin, other)):
        return
    code: WarningCode = "published-conflict" if field == "published" else "updated-conflict"
    state.warn(
        code,
        f"two {field} dates after {label!r}: {read.stamp.text!r} is used, {other.text!r} is not",
        *text_span(other),
    )


# A blog post's footer label: «نوشته شده در» / «ارسال شده در» / «منتشر شده در» (posted on).
_POST_FOOTER_LABEL = regex.compile(
    r"^[+\x20\u200c]*(?:نوشته|ارسال|منتشر)[\x20\u200c]*شده[\x20\u200c]+در"
)


def _under_read_more(state: _State, index: int) -> bool:
    """Whether ``lines[index]`` stands right under a «ادامه مطلب» (read more) button: the
    footer of the excerpt above it («+ نوشته شده در DATE توسط NAME» on a Blogfa home page,
    khamir.blogfa.com), that item's date, not the page's (fix97)."""
    return index > 0 and _read_more(state.lines[index - 1])


def _date_candidate(state: _State, span: Span, zone: str, index: int, distance: int) -> None:
    state.fields.append(Field("date", "", state.doc[slice(*span)], span, span))
    read = _read_date(state, span)
    if read is None:
        return
    if _under_read_more(state, index):
        state.ignore(state.lines[index], "another date")
        return
    rule = _DATE_RULES[zone]
    if zone == "pre" and distance > NEAR_ABOVE:
        rule = "date line farther above title"
    state.candidates.append(
        Candidate(
            "published",
            rule,
            "",
            index,
            stamp=read.stamp,
            span=text_span(read.stamp),
        )
    )


def _banner(state: _State, index: int, title: int) -> bool:
    """A date line above the title that is page chrome: a "today" banner or a site clock.

    Far above the title; or printed with a weekday and no time, with its Gregorian
    twin or with other lines (a site name, a breadcrumb) between it and the title.
    """
    lines = state.lines
    line = lines[index]
    match = line.info.date
    if match is not None and match.captures("ma"):
        state.afghan = True  # a zodiac month: the site prints Afghan dates
    if title - index > DATE_REACH_ABOVE or index in state.widget_lines:
        return True
    if match is None:
        return False
    if _EMPTY_CLOCK.fullmatch(line.norm, match.end()):
        # «دوشنبه ۱ مرداد ۱۳۹۷، ساعت»: a clock whose time a script fills in, kept without it
        # by text extraction; an article's own date line prints its time, or no «ساعت».
        return True
    read = _read_match(state, line, match)
    if read is not None and _dateline_of_another_day(state, read.stamp, title):
        return True  # the item's own dateline under the title prints another day
    if read is not None and read.stamp.weekday is not None and _live_clock_under(state, index):
        return True  # a weekday's date over a clock ticking in seconds: the site's clock
    if read is None or read.stamp.weekday is None:
        return False
    if read.stamp.has_time and _later_than_date_line_under(state, read.stamp, index, title):
        # «پنجشنبه، 11 اردیبهشت 1404 03:25» over «40422 سیاسی 1404/02/06 - 22:06»: a
        # weekday's clock later than the article's own date line under it is the visit's.
        return True
    if not read.stamp.has_time and _lone_cell(line.norm, match):
        # «| دوشنبه، 05 مهر 1400» over the headline: a weekday's date alone in a table cell,
        # the row's other cells empty (a top bar's day cell as text extraction keeps it);
        # an article's own header prints its date with company (a label, a time, a source).
        return True
    # Lines between it and the title that are page furniture (a site name, a breadcrumb),
    # not the header's own label or button lines.
    between = [
        i
        for i in range(index + 1, title)
        if lines[i].info.kind == "text" or lines[i].info.reason == "breadcrumb"
    ]
    if read.stamp.has_time:
        # A site clock: weekday, date, a city, then the time («سه شنبه ۲۸ دلو ۱۴۰۴ کابل
        # ۰۵:۲۰», «... تهران ۰۹:۱۵»), or a time to the second («دوشنبه 4 ارديبهشت 1396
        # 09:49:47»: the moment the page was served), set apart from the title by other lines.
        return bool(between) and (_place_before_time(match) or bool(match.captures("SS")))
    if read.twin is None and _heads_the_article(state, between, title):
        # «دو شنبه 20 مرداد سال 1399» / «اخبار اقتصادی و عمرانی» / «مدیرکل ... خبر داد» /
        # HEADLINE: the date over the item's section and its speaker's kicker.
        return False
    if read.twin is None and between and _under_first_print(state, index, title):
        # The headline printed twice (a header, then a "more for you" box and the title
        # again): this date line heads the article under the first print, not the page.
        return False
    if read.twin is None and between and state.url_month is not None:
        # The address's own year and month folder («/archives/2011/05/...») holds this day:
        # a static page's header printed when the item was posted, not a visit's banner
        # (a visit's day falls years after an archive's month).
        return _outside_url_month(state, read.stamp)
    return read.twin is not None or bool(between)


def _heads_the_article(state: _State, between: list[int], title: int) -> bool:
    """Whether the lines between a date line and the title are the article's own header: a
    speaker's kicker right above the title («مدیرکل امور روستایی استانداری ... خبر داد»),
    with at most one short line (the item's section) above it; a site's banner of the day
    stands over the site's name and menus, not over one story's kicker. A short line that
    names an institution or a site («پایگاه خبری شهر», «خبرگزاری نمونه») is the site's name
    under its banner, not a section."""
    lines = state.lines
    if not between or between[-1] != title - 1:
        return False
    if not (_speaker_kicker(lines, title - 1) or _semicolon_kicker(lines[title - 1])):
        return False
    rest = between[:-1]
    return len(rest) <= 1 and all(
        lines[i].words <= SECTION_LINE_WORDS
        and not _institution(lines[i])
        and not _site_named(lines[i].text)
        for i in rest
    )


# A section's name over a story: a few words («اخبار اقتصادی و عمرانی»).
SECTION_LINE_WORDS = 4


def _semicolon_kicker(line: _Line) -> bool:
    """Whether ``line`` is a kicker (روتیتر) that leads into the headline under it with a
    semicolon: «در کتابخانه عمومی ... صورت پذیرفت؛», «با حضور ... در موزه ...؛». The
    semicolon ends no site name, menu or banner line; it ends a clause the headline goes on
    from (IRNA, ISNA, Borna and provincial portals print their kickers so)."""
    return (
        line.info.kind == "text"
        and 3 <= line.words <= SENTENCE_WORDS + INTRO_WORDS
        and line.text.rstrip().endswith("؛")
        and line.text.count("؛") == 1  # a menu's items parted by «؛» (attacks30)
    )


def _later_than_date_line_under(state: _State, stamp: Timestamp, index: int, title: int) -> bool:
    """Whether a date line between ``index`` and the title prints a whole date with its
    time earlier than ``stamp``: the line at ``index`` (a weekday, a date and a clock) is
    then the time of the visit (a page is seen after it is published; an update printed
    under the publication would be the later one, not the earlier)."""
    lines = state.lines
    for i in range(index + 1, title):
        match = lines[i].info.date
        if match is None:
            continue
        other = _read_match(state, lines[i], match)
        if other is not None and other.stamp.has_time and before(other.stamp, stamp):
            return True
    return False


def _lone_cell(norm: str, match: regex.Match[str]) -> bool:
    """Whether a line is one table cell holding only the date: a pipe before it, nothing
    but pipes and spaces around it («|  | DATE |», «| DATE»)."""
    before, after = norm[: match.start()], norm[match.end() :]
    return "|" in before and not (before + after).replace("|", "").strip()


# Lines above a date line in which a first print of the headline heads its header block.
FIRST_PRINT_REACH = 3


def _under_first_print(state: _State, index: int, title: int) -> bool:
    """Whether the title's text is printed on one of the few lines right above ``index``."""
    lines = state.lines
    headline = _squash(lines[title].norm)
    return any(
        _squash(lines[i].norm) == headline for i in range(max(0, index - FIRST_PRINT_REACH), index)
    )


def _live_clock_under(state: _State, index: int) -> bool:
    """Whether the line right under a date line is a time alone with its seconds
    («۱۲:۰۰:۵۲»): a script's live clock under the day of the visit («شنبه ۲۰ خرداد ۱۴۰۲»),
    page chrome above the title, never the article's time."""
    lines = state.lines
    if index + 1 >= len(lines) or _apart(state, lines[index + 1]):
        return False
    match = TIME_LINE.fullmatch(lines[index + 1].norm)
    return match is not None and bool(match.captures("SS"))


# An agency's dateline without a year: «کابل باختر/ 10/ دلو», «تهران- ایرنا/ ۵ مهر».
_DATELINE_DAY_MONTH = regex.compile(
    r"/[\x20\u200c]*(?P<d>[0-9]{1,2})[\x20\u200c]*[/\-]?[\x20\u200c]*(?P<mn>"
    + any_case([*vocab.JALALI_MONTHS, *vocab.AFGHAN_MONTHS])
    + r")(?:[\x20\u200c]*ماه)?[\x20\u200c]*$",
    regex.VERSION0,
)
# Lines under the title searched for the item's own dateline.
DATELINE_REACH_BELOW = 2


def _dateline_of_another_day(state: _State, stamp: Timestamp, title: int) -> bool:
    """Whether the item's dateline right under the title («کابل باختر/ 10/ دلو», no year)
    prints another day than a date line above the title: that one is the site's banner of
    the day of the visit (an aggregator's «شنبه, 27 دلو , 1397»), not the item's date."""
    lines = state.lines
    for index in range(title + 1, min(len(lines), title + 1 + DATELINE_REACH_BELOW)):
        norm = lines[index].norm
        if not is_dateline_without_year(norm):
            continue
        found = _DATELINE_DAY_MONTH.search(norm)
        if found is not None and squeeze(found.group("mn")) in _SOLAR_KEYS:
            return not _is_day(stamp, int(found.group("d")), squeeze(found.group("mn")))
    return False


# What is left of a live clock after its date when the script's time is missing: «، ساعت».
_EMPTY_CLOCK = regex.compile(r"[\x20\u200c,،\-|:]*ساعت[\x20\u200c:]*")


def _place_before_time(match: regex.Match[str]) -> bool:
    """Whether a word that is not «ساعت» stands between a date's year and its time."""
    years, hours = match.spans("y"), match.spans("H")
    if not years or not hours or hours[0][0] < years[-1][1]:
        return False
    between = match.string[years[-1][1] : hours[0][0]]
    return any(word != "ساعت" and word.isalpha() for word in _WORD_RUN.findall(between))


# Runs of Arabic-script letters (the normalised copy has Persian letters only).
_WORD_RUN = regex.compile(r"[\u0621-\u06cc]+")


def _widget_spread(state: _State, title: int) -> set[int]:
    """Date lines above the title printed right next to a "today" widget belong to it."""
    lines = state.lines
    found: set[int] = set()
    queue = [i for i in range(title) if lines[i].info.reason == "today widget"]
    for index in range(1, title):
        # «• برابر با : Saturday - 28 - February - 2026»: the same day in another calendar,
        # printed under a date («• تاریخ : شنبه - ۹ - اسفند - ۱۴۰۴»): a calendar widget.
        line, above = lines[index], lines[index - 1]
        if (
            line.info.date is not None
            and not _apart(state, line)
            and _EQUALS.match(line.norm)
            and above.info.kind in ("date", "labels", "mixed")
            and _same_day_as(state, index - 1, {index})
        ):
            found.update((index - 1, index))
            queue.extend((index - 1, index))
        if index >= 2 and _gregorian_twin_above(state, index):
            found.update((index - 2, index - 1, index))
    while queue:
        index = queue.pop()
        for other in (index - 1, index + 1):
            if not 0 <= other < title or other in found or _apart(state, lines[max(index, other)]):
                continue
            if lines[other].info.kind == "date" and _same_day_as(state, other, found | {index}):
                found.add(other)
                queue.append(other)
    return found


# A "today" widget's Gregorian twin split over two lines above its Jalali date: the day
# number alone, then the weekday, a comma and the Gregorian month's name, no year («03» /
# «جمعه, ژانویه» / «جمعه, ۱۴ دی ۱۴۰۳»).
_WEEKDAY_MONTH = regex.compile(
    r"^(?P<weekday>[^,،0-9]+?)[\x20]*[,،][\x20]*(?P<month>[^\x20,،0-9]+)$"
)


def _gregorian_twin_above(state: _State, index: int) -> bool:
    """Whether the two lines above a weekday's date line without a time print the same
    day's Gregorian twin (day number, then weekday and month name): a date widget's."""
    lines = state.lines
    line = lines[index]
    if line.info.date is None:
        return False
    read = _read_match(state, line, line.info.date)
    if read is None or read.stamp.weekday is None or read.stamp.has_time:
        return False
    pair = _WEEKDAY_MONTH.fullmatch(lines[index - 1].norm.strip())
    day = lines[index - 2].norm.strip()
    if pair is None or not (day.isascii() and day.isdigit()):
        return False
    month = vocab.GREGORIAN_MONTHS_FA.get(pair["month"]) or vocab.ENGLISH_MONTHS.get(
        pair["month"].lower()
    )
    gregorian = read.stamp.gregorian
    return (
        _squash(pair["weekday"]) == _squash(normalize(read.stamp.weekday))
        and month == gregorian.month
        and int(day) == gregorian.day
    )


# «برابر با» (equal to) opening a line: the other calendar's date of a "today" widget.
_EQUALS = regex.compile(r"^[\x20\u200c•·●▪■◾►▶*\-]*برابر[\x20\u200c]*با(?![\p{L}\p{M}])")


def _same_day_as(state: _State, index: int, group: set[int]) -> bool:
    """Whether a date line shows the same day as the widget's date lines found so far.

    A widget shows one day in two or three calendars; the article's own date line
    printed right under it shows another day and is not the widget's.
    """
    days = {_day_of(state, i) for i in group} - {None}
    return not days or _day_of(state, index) in days


def _day_of(state: _State, index: int) -> str | None:
    line = state.lines[index]
    match = line.info.date or search(line.norm)
    read = _read_match(state, line, match) if match is not None else None
    return read.stamp.gregorian.isoformat()[:10] if read is not None else None


def _read_match(state: _State, line: _Line, match: regex.Match[str]) -> DateRead | None:
    try:
        read = read_match(state.doc, line.norm, match, len(line.norm), base=line.start)
    except DateError:
        return None
    if read.stamp.calendar == "afghan":
        state.afghan = True
    return read


def _walk(state: _State, indexes: Iterable[int], zone: str, title: int | None) -> None:
    """Record the lines at ``indexes``; a label with an empty value takes the next line."""
    lines = state.lines
    pending: tuple[FieldName, _Line] | None = None
    for index in indexes:
        line = lines[index]
        info = line.info
        if pending is not None:
            field, label_line = pending
            pending = None
            if not _apart(state, line) and fits_next_line(field, line.norm, info):
                _take_next_line(state, field, label_line, line, zone=zone, title=title)
                continue
        distance = title - index if zone == "pre" and title is not None else 0
        if info.kind in ("date", "mixed") and not info.labels and _another_events_date(state, line):
            state.ignore(line, "another date")
            continue
        if _issue_block(state, index):
            continue
        if zone == "pre" and index in state.widget_lines and info.kind != "text":
            state.ignore(line, "today widget")
            continue
        if zone in ("pre", "footer") and info.kind in ("text", "mixed") and not info.labels:
            if info.kind == "mixed" and zone == "pre" and not _banner(state, index, title or 0):
                _record(state, line, info, zone, distance)
                continue
            if info.kind == "mixed" and zone == "footer" and _footer_date(state, index):
                # (a date with company under the body, alone: not a row of a table of dates)
                _record(state, line, info, zone, distance)
                continue
            state.ignore(line, "above the title" if zone == "pre" else "below the article")
            continue
        if info.kind == "text":
            state.ignore(line, "repeated title" if zone == "header" else "below the article")
            continue
        if (
            zone == "pre"
            and info.kind == "date"
            and title is not None
            and _banner(state, index, title)
        ):
            state.ignore(line, "today widget")
            continue
        if zone == "footer" and info.kind == "date" and not _footer_date(state, index):
            state.ignore(line, "below the article")
            continue
        _record(state, line, info, zone, distance)
        if info.kind == "labels" and info.labels[-1].value[0] == info.labels[-1].value[1]:
            pending = (info.labels[-1].field, line)


# «تاریخ» with the event it dates, not the page's post: «تاریخ تصویب» (a law's approval),
# «تاریخ ابلاغ» (its notification), «تاریخ تولد» (a birth), «تاریخ برگزاری» (an event's day);
# «زمان برگزاری» likewise, with a few words after the event («تاریخ شروع ثبت نام»); and a
# deadline, «مهلت:», «مهلت ارسال آثار:», «مهلت ثبت‌نام:», «آخرین مهلت ثبت‌نام:» (a call's last
# day, not its post); an exam's, a contest's or an interview's day («تاریخ آزمون:»).
# A bullet or dash may open the line («■ مهلت: ۲۰ اردیبهشت ۱۳۹۷ ■»).
# A forum's author panel prints the member's join date beside the post count: «عضویت: 19 /3
# /1392» (rozfa forums, parsiniak.rozfa.com/Forum/Catgory/2/Post/522), «تاریخ عضویت: ...»
# (the Persian label of phpBB, MyBB and vBulletin profiles and of site admin tables),
# «عضو از: ...» (member since), «Join Date:», «Joined:»: a profile's fact, never the post's.
_ANOTHER_EVENT = (
    r"تصویب|ابلاغ|اجرا|اجرای|صدور|تولد|وفات|فوت|درگذشت|تاسیس|تأسیس|برگزاری|انقضا|شروع|پایان"
    r"|آزمون|امتحان|مسابقه|مصاحبه"
)
_EVENT_WORDS = r"(?:[\x20\u200c]+[\p{L}\p{M}\u200c]+){0,3}"
# A schedule step's label (a deadline, results) ending with a colon: at most this many words.
_SCHEDULE_WORDS = r"(?:[\x20\u200c]+[\p{L}\p{M}\u200c]+){0,8}"
# A member's join date in a forum's author panel (see above): the label alone before it.
_MEMBER_JOINED = (
    r"(?:(?:تاریخ[\x20\u200c]+)?عضویت|عضو[\x20\u200c]+(?:از|شده(?:[\x20\u200c]+در)?)"
    r"|(?i:join(?:ed|[\x20]+date)|member[\x20]+since))(?![\p{L}\p{M}])"
)
_ANOTHER_DATE_LABEL = regex.compile(
    r"^[\p{P}\p{S}\x20\u200c]*"
    rf"(?:(?:تاریخ|زمان)[\x20\u200c]+(?:{_ANOTHER_EVENT})(?![\p{{L}}\p{{M}}]){_EVENT_WORDS}"
    rf"|(?:آخرین[\x20\u200c]+)?مهلت(?![\p{{L}}\p{{M}}]){_EVENT_WORDS}"
    rf"|{_MEMBER_JOINED})"
    r"[\x20\u200c]*:?[\x20\u200c]*$"
    # A conference's or a call's schedule, each step a label ending with a colon over its
    # date: «آخرین فرصت ثبت نام و ارسال مقالات:», «مهلت ارسال اصل مقالات به دبیرخانه:»,
    # «اعلام نتایج داوری:» (twas.ir's important dates): a deadline's or a result's day.
    rf"|^[\p{{P}}\p{{S}}\x20\u200c]*(?:(?:آخرین[\x20\u200c]+)?(?:مهلت|فرصت)|اعلام[\x20\u200c]+نتایج)"
    rf"(?![\p{{L}}\p{{M}}]){_SCHEDULE_WORDS}[\x20\u200c]*:[\x20\u200c]*$"
)


def _event_date_label(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` labels another event's date printed on the line under it
    (:data:`_ANOTHER_DATE_LABEL`, ending with a colon: «آخرین فرصت ثبت نام و ارسال مقالات:»
    over «20 اردیبهشت 1397»): a field of a schedule, never the page's headline."""
    line = lines[index]
    if (
        line.text.endswith(":")
        and index + 1 < len(lines)
        and lines[index + 1].info.kind in ("date", "mixed")
        and _ANOTHER_DATE_LABEL.match(line.norm) is not None
    ):
        return True
    # The step's date with a note in brackets, «30 اردیبهشت 1398 (تمدید شد)» (read as text).
    return (
        line.text.endswith(":")
        and index + 1 < len(lines)
        and _date_with_note(lines[index + 1])
        and _ANOTHER_DATE_LABEL.match(line.norm) is not None
    )


def _another_events_date(state: _State, line: _Line) -> bool:
    """Whether a date is labelled as another event's: «تاریخ تصویب :» on the line above it
    (a label block with its values on the next lines), or before it on its line. That day
    is the event's (a law's approval, a birth), never the page's publication."""
    info = line.info
    if info.kind == "mixed":
        if not info.dates:
            return False
        if _ANOTHER_DATE_LABEL.match(line.norm[: info.dates[0][0]].rstrip()) is not None:
            return True
        # A schedule's step label over the line, ending with a colon («مهلت ارسال اصل
        # مقالات:» over «تا 30 اردیبهشت 1398», «30 اردیبهشت 1398 (تمدید شد)»): the step's
        # date with a word or a note beside it, never the page's publication.
        return (
            line.index > 0
            and not _apart(state, line)
            and _event_date_label(state.lines, line.index - 1)
        )
    if line.index == 0 or _apart(state, line):
        return False
    above = state.lines[line.index - 1]
    return above.info.kind == "text" and _ANOTHER_DATE_LABEL.match(above.norm) is not None


def _issue_block(state: _State, index: int) -> bool:
    """A newspaper's issue number and issue date printed on two lines: record them as the issue.

    «• شماره 3216 -» next to «• ۱۳۹۷ پنج شنبه ۱۸ مرداد»: a bare «شماره» label beside a
    date line without a time is the paper's issue, not an article ID and its date.
    """
    lines = state.lines
    line = lines[index]
    info = line.info
    if info.kind == "labels" and len(info.labels) == 1 and not info.dates:
        label = info.labels[0]
        if label.field != "number" or squeeze(line.norm[slice(*label.span)]) != _ISSUE_WORD:
            return False
        for other in (index + 1, index - 1):
            if 0 <= other < len(lines) and _dateline_without_time(state, other):
                value = (line.start + label.value[0], line.start + label.value[1])
                date = lines[other]
                seg = date.info.dates[0]
                state.newspaper.append((value, (date.start + seg[0], date.start + seg[1])))
                state.issue_lines.add(other)
                return True
        return False
    return index in state.issue_lines


_ISSUE_WORD = "شماره"


def _dateline_without_time(state: _State, index: int) -> bool:
    line = state.lines[index]
    if line.info.kind != "date" or line.info.date is None:
        return False
    read = _read_match(state, line, line.info.date)
    return read is not None and not read.stamp.has_time


def _footer_date(state: _State, index: int) -> bool:
    """A date line in the footer is the article's only right under the body, alone (not the
    date of a related link under its «بیشتر بخوانید» button, nor the first item's of a list
    under its heading: «Latest announcements», «آخرین اخبار»)."""
    lines = state.lines
    if index >= 2 and _read_more(lines[index - 2]) and _related_box(lines, index - 2):
        return False
    for above in range(index - 1, max(-1, index - 1 - RELATED_DATE_REACH), -1):
        heading = lines[above]
        if (
            heading.words <= SECTION_HEADING_WORDS
            and heading.text[-1] != ":"  # («اخبار روز:», a site's name as a label)
            and is_section_end(heading.norm)
            and not _inline_link_in_body(lines, above)
        ):
            return False  # under «پست های مرتبط» / HEADLINE / excerpt: a related item's date
    first = index
    above = 0  # footer lines between the body and the date, lone separators («-») not counted
    # Look back no farther than the rule needs: the cost per line stays bounded.
    while (
        first > 0
        and above < FOOTER_DATE_LINES
        and index - first < FOOTER_LOOK_BACK
        and lines[first - 1].info.kind in ("date", "labels", "control", "counter")
    ):
        first -= 1
        above += not _lone_separator(lines[first])
    if state.footer_list is not None and index > state.footer_list:
        return False  # under a related or latest list's heading: its items' dates
    nearby = sum(1 for i in range(index + 1, min(len(lines), index + 3)) if lines[i].info.date)
    return above < FOOTER_DATE_LINES and index - first < FOOTER_LOOK_BACK and nearby == 0


def _inline_link_in_body(lines: Sequence[_Line], heading: int) -> bool:
    """Whether ``lines[heading]`` is one link set into the body, «بیشتر بخوانید: HEADLINE»
    with its headline after the colon, and the body goes on with a paragraph right under it
    (payameazari.ir, khabarban.com, rouydad24.ir, parlemaniran.ir print such a line
    mid-article): no box of related items opens there, and a date under that paragraph is
    the article's, not the linked item's (whose date would stand right under its line)."""
    text = lines[heading].text
    colon = text.find(":")
    return (
        0 < colon < len(text) - 1
        and bool(text[colon + 1 :].strip())
        and heading + 1 < len(lines)
        and lines[heading + 1].paragraph
    )


# How far above a footer date line a related box's heading makes it an item's (heading,
# headline, excerpt, date), and the words of such a heading at most.
RELATED_DATE_REACH = 4
# (the words of such a heading at most: SECTION_HEADING_WORDS, above)


def _banners_over_a_date(state: _State, lead: int, outside: set[int]) -> set[int]:
    """On a page without a headline, the date lines above the text that are the site's
    banner (see :func:`_banner`, read against the lead) while another date line stands
    between them and the lead: «Monday, 27 March 2023» / an image's name / «April 21,
    2022» / text. A page's only date line is never set aside."""
    lines = state.lines
    dated = [i for i in range(lead) if i not in outside and lines[i].info.kind == "date"]
    if len(dated) < 2 or lead >= len(lines):
        return set()
    return {i for i in dated[:-1] if _banner(state, i, lead)}


def _lone_separator(line: _Line) -> bool:
    """A line of a separator alone («-», «|», «*»): no letter or digit, a control's length."""
    return line.info.kind == "control" and not any(ch.isalnum() for ch in line.norm)


def _take_next_line(
    state: _State,
    field: FieldName,
    label_line: _Line,
    line: _Line,
    *,
    zone: str,
    title: int | None,
) -> None:
    """The value of a label printed empty on the line before: replace the empty field."""
    label = label_line.info.labels[-1]
    info = line.info
    label_span = (label_line.start + label.span[0], label_line.start + label.span[1])
    text = state.doc[slice(*label_span)]
    distance = title - label_line.index if zone == "pre" and title is not None else 0
    if zone == "pre" and field == "updated" and not _under_title(state, label_line, distance):
        # «آخرین به روز رسانی:» above the title, its value on the next line: the site's
        # stamp, set aside with its label (see _record), the value too.
        state.ignore(line, "site stamp")
        return
    # The empty field recorded for the label line is replaced by the label with its value.
    for pos in range(len(state.fields) - 1, -1, -1):
        old = state.fields[pos]
        if old.span is not None and old.span[0] == label_span[0] and old.name == field:
            del state.fields[pos]
            break
    if field in DATE_FIELDS:
        value = (line.start + info.dates[0][0], line.start + info.dates[0][1])
        _label_candidate(
            state,
            field,
            text,
            span=(label_span[0], line.end),
            value=value,
            zone=zone,
            distance=distance,
            index=line.index,
        )
        if info.source is not None:
            span = (line.start + info.source[0], line.start + info.source[1])
            state.fields.append(Field("source", "", state.doc[slice(*span)], span, span))
            state.texts.append(("source", "", span, line.index))
        return
    value = (line.start, line.end)
    _label_candidate(
        state,
        field,
        text,
        span=(label_span[0], line.end),
        value=value,
        zone=zone,
        distance=distance,
        index=line.index,
    )


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
    if match is None and SPACED_DATE.fullmatch(norm):
        # «23 11 2020» (or «30 04 2019 00:00») alone on its line (_header.SPACED_DATE): read
        # as the same digits with slashes, one character for one, so day and month are
        # ordered (or refused) as the slashed form is.
        norm = SPACED_DATE.sub(r"\g<a>/\g<b>/\g<y>\g<t>", norm)
        match = search(norm)
    if match is None:
        short = SHORT_DATE.match(norm)
        if short is not None:
            return _read_short(state, short, offset)
        named = SHORT_NAMED_DATE.match(norm)
        if named is not None:
            return _read_short_gregorian(state, named, offset)
        weekday_named = SHORT_JALALI_DATE.match(norm)
        if weekday_named is not None:
            return _read_short_jalali(state, weekday_named, offset)
        lunar = _lunar_value(state, span)
        if lunar is not None:
            return lunar
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
        _refuse_lone_number(doc, norm, result.end, endpos, offset)
    except DateError as err:
        if state.strict:
            raise
        ordered = (
            _order_by_the_page(state, match, offset)
            or _order_by_the_language(state, match, offset)
            or _reversed_clock(state, match, offset)
            or _signature_minute(state, match, offset)
            or _day_without_its_clock(state, match, offset)
        )
        if ordered is None:
            state.warn("invalid-date", f"{err.msg}; value left empty", err.offset, err.end)
            return None
        result = ordered
    if lunar_lookalike(result.stamp, match):
        return _lunar_lookalike_read(state, result, match, offset)
    for issue in result.issues:
        state.warn(issue.code, issue.message, *issue.span)
    if not result.stamp.has_time and result.twin is None:
        return _with_glued_time(state, result, norm, pos=match.end(), offset=offset)
    return result


def _lone_lunar_date(state: _State, line: _Line) -> bool:
    """A line under the title that is a marked lunar Hijri date alone («۳ شعبان ۱۴۴۶»,
    «۱۴۴۶/۰۸/۰۳ ه.ق», a weekday and brackets allowed) and no solar date: the article's date
    line on a site that prints lunar dates, read as a published candidate (calendar-lunar).
    Above the title such a line stays a "today" widget's (chrome), as does one with a
    "today" word or any other text."""
    found = _lunar_in(state, (line.start, line.end))
    if found is None or state.doc[found.span[1] : line.end].strip(_VALUE_LEAD + ".)"):
        return False
    stamp = lunar_stamp(found)
    if _lunar_twin_of_line_above(state, line, found, stamp):
        return True
    _warn_lunar(state, found, stamp)
    state.fields.append(Field("date", "", found.text, found.span, found.span))
    state.candidates.append(
        Candidate("published", _DATE_RULES["header"], "", line.index, stamp=stamp, span=found.span)
    )
    return True


def _lunar_twin_of_line_above(
    state: _State, line: _Line, found: HijriDate, stamp: Timestamp
) -> bool:
    """Whether the lone lunar date on ``line`` is the twin of a solar date read as a
    published candidate from the line right above it («۱۲ اسفند ۱۴۰۲» over «۲۱ شعبان ۱۴۴۵
    هـ.ق»: one date in two calendars, one a line). The solar day is the value: the lunar line
    adds no candidate and no calendar-lunar warning; more than two days off, the pair is
    doubted (hijri-mismatch), as a twin on the same line is."""
    above = [
        candidate
        for candidate in state.candidates
        if candidate.field == "published"
        and candidate.order == line.index - 1
        and candidate.stamp is not None
        and candidate.stamp.calendar != "hijri"
    ]
    if not above:
        return False
    solar = above[-1].stamp
    assert solar is not None
    day = solar.gregorian
    day = day.date() if isinstance(day, datetime) else day
    lunar = stamp.gregorian
    lunar = lunar.date() if isinstance(lunar, datetime) else lunar
    state.ignore(line, "today widget")
    if abs((lunar - day).days) > HIJRI_TOLERANCE_DAYS:
        state.warn(
            "hijri-mismatch",
            f"{solar.text!r} ({day.isoformat()}) and the lunar date {found.text!r} on the line "
            f"under it (about {lunar.isoformat()}) are more than {HIJRI_TOLERANCE_DAYS} days "
            "apart",
            *found.span,
        )
    return True


# Blogfa's post signature «+ نوشته شده در DATE ساعت 16:9 توسط NAME» and its clock, whose
# minute the platform prints without its leading zero.
_SIGNATURE_LINE = regex.compile(
    r"^[+\x20\u200c]*نوشته[\x20\u200c]*شده[\x20\u200c]+در(?![\p{L}\p{M}])"
)
_SIGNATURE_CLOCK = regex.compile(r"ساعت[\x20\u200c]*[0-9]{1,2}:(?P<MI>[0-9])(?![0-9:.,])")
# Characters after the date's match searched for that clock («ساعت 16:9» and spaces).
SIGNATURE_CLOCK_REACH = 12


def _signature_minute(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """A blog post's signature line (Blogfa's «+ نوشته شده در دوشنبه هجدهم آبان ۱۳۹۴ ساعت 16:9
    توسط NAME») prints the minute without its zero: there «ساعت 16:9» is 16:09. Elsewhere a
    one-digit minute is refused (a digit may be lost)."""
    line = state.line_at(offset + match.start())
    if not _SIGNATURE_LINE.match(line.norm):
        return None
    norm = match.string
    clock = _SIGNATURE_CLOCK.search(norm, match.start(), match.end() + SIGNATURE_CLOCK_REACH)
    if clock is None:
        return None
    digit = clock.start("MI")
    try:
        stamp = parse_datetime(norm[match.start() : digit] + "0" + norm[digit : clock.end()])
    except DateError:
        return None
    start, end = offset + match.start(), offset + clock.end()
    return DateRead(
        attrs.evolve(stamp, text=state.doc[start:end], span=(start, end)), (), None, end
    )


# A clock with a one-digit minute and no seconds («۱۳:۴»), as the grammar refuses it.
_UNPADDED_MINUTE = re.compile(r"[0-9]{1,2}:[0-9]")
# An all-digit date with a one-digit month or day between its other numbers
# («۱۴۰۳/۳/۱۷», «17.6.2024»): printed by a formatter that pads no number.
_UNPADDED_NUMERIC_DATE = re.compile(
    r"(?<![0-9])[0-9]{1,4}([/.\-])(?:[0-9]\1[0-9]{1,4}|[0-9]{1,2}\1[0-9](?![0-9]))(?![0-9])"
)
# What leads from a date to its clock: separators and a time label («| », « - ساعت انتشار: »).
_CLOCK_LEAD = re.compile(
    r"(?:[\x20\u200c|\-،,/@:]|ساعت|زمان|" + "|".join(vocab.TIME_LABEL_TAILS) + ")*$"
)


def _day_without_its_clock(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """A date whose time has a one-digit minute («سه شنبه ۹ مهر ۱۳۹۸ | ۱۳:۴»): the day, date
    only, warned (time-unread). The minute is not guessed (a digit may be lost: «۱۳:۴» may
    be 13:04 or 13:40), but the day printed before it is sure and is not lost with it.
    A clock of three fields with one unpadded («11:0:6») is read by the grammar itself."""
    parts = read_parts(match, offset)
    if parts.bad_time is None or parts.hour is not None:
        return None
    start, end = parts.bad_time
    if not _UNPADDED_MINUTE.fullmatch(match.string, start - offset, end - offset):
        return None
    # The day's text ends before the separator and time label that lead to the clock.
    lead = _CLOCK_LEAD.search(state.doc, parts.span[0], start)
    day = (parts.span[0], lead.start() if lead is not None else start)
    if _UNPADDED_NUMERIC_DATE.search(match.string, parts.span[0] - offset, day[1] - offset):
        # «۱۴۰۳/۳/۱۷ - ۱۳:۸»: the stamp prints its month or day without a zero as well, so
        # the site's clock pads no number: «۱۳:۸» is 13:08, read.
        hour, minute = match.string[start - offset : end - offset].split(":")
        try:
            stamp, issues = build(
                parts._replace(bad_time=None, hour=int(hour), minute=int(minute)), state.doc
            )
        except DateError:
            return None
        return DateRead(stamp, tuple(issues), None, match.end())
    try:
        stamp, issues = build(parts._replace(bad_time=None, span=day), state.doc)
    except DateError:
        return None
    state.warn(
        "time-unread",
        f"{state.doc[start:end]!r} has a one-digit minute (a digit may be lost); its time is "
        f"not read, the day {stamp.isoformat()} is kept without it",
        start,
        end,
    )
    return DateRead(stamp, tuple(issues), None, match.end())


def _lunar_value(state: _State, span: Span) -> DateRead | None:
    """A labelled value that is a lunar Hijri date («تاریخ انتشار: ۱۱ جمادی‌الثانی ۱۴۴۵»,
    «تاریخ: ۱۴۴۶/۰۸/۰۳ ه.ق») and no solar date: the label says it is the field's date.
    Read as that day, converted by the arithmetical calendar and warned (calendar-lunar);
    a time printed with it is not kept (the day itself may be a day or two off)."""
    found = _lunar_in(state, span)
    if found is None:
        return None
    stamp = lunar_stamp(found)
    _warn_lunar(state, found, stamp)
    return DateRead(stamp, (), None, found.span[1] - state.line_at(span[0]).start)


def _lunar_in(state: _State, span: Span) -> HijriDate | None:
    """The marked lunar date that opens ``span`` (after a colon, a dash or a bracket), when
    ``span`` holds no solar date."""
    doc = state.doc
    lunar: list[HijriDate] = []
    for _ in iter_dates(doc[span[0] : span[1]], base=span[0], lunar=lunar):
        return None  # a solar date is there too: not this rule's
    if not lunar or lunar[0].inferred or doc[span[0] : lunar[0].span[0]].strip(_VALUE_LEAD):
        return None
    return lunar[0]


# What may stand between a label and its lunar date (a weekday is part of the date).
_VALUE_LEAD = " \u200c:-–—،,|("


def _lunar_lookalike_read(
    state: _State, result: DateRead, match: regex.Match[str], offset: int
) -> DateRead | None:
    """«۱۴۴۶/۰۸/۰۳» alone: all digits with a year (1420 or later) that only a lunar Hijri date
    of our time has (Jalali 1446 is 2067; Afghan government sites print lunar dates so).
    Read as that lunar day, date only, warned twice: the calendar was inferred
    (calendar-ambiguous; strict raises) and the day converted (calendar-lunar)."""
    year = result.stamp.jalali_date[0]
    try:
        found = build_hijri(read_parts(match, offset), state.doc)
    except DateError as err:
        state.warn("invalid-date", f"{err.msg}; value left empty", err.offset, err.end)
        return None
    stamp = lunar_stamp(found)
    state.warn(
        "calendar-ambiguous",
        f"{found.text!r} is all digits with the year {year}: read as Jalali it would be "
        f"{result.stamp.gregorian.isoformat()[:10]}, which is no article's date yet; read as "
        f"the lunar Hijri date {found.hijri_isoformat()} (the year {LUNAR_LOOKALIKE_YEAR} or "
        "later is a lunar year of our time, as Afghan government sites print them)",
        *found.span,
    )
    _warn_lunar(state, found, stamp)
    return DateRead(stamp, (), None, match.end())


def _warn_lunar(state: _State, found: HijriDate, stamp: Timestamp) -> None:
    state.warn(
        "calendar-lunar",
        f"{found.text!r} is a lunar Hijri date ({found.hijri_isoformat()}), converted by the "
        f"arithmetical Islamic calendar to {stamp.isoformat()}; the official day, fixed by "
        "sighting the moon, may differ by a day or two",
        *found.span,
    )


def _order_by_the_page(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """An all-digit Gregorian date whose day and month may be read either way, decided by
    another date printed next to it: «Date: 23:47, 05-02-2015.» over the lead's dateline
    «کابل. ۱۶ دلو.» is 5 February (16 Dalw 1393), not 2 May. Warned (day-month-order).

    Only the lines around the date (:data:`ORDER_LINES` each way, the first
    :data:`ORDER_CHARS` characters of each) are looked at, for a day and a month name; the
    date is read when exactly one of its two readings is such a day. A zodiac month name there
    says the page keeps the Afghan calendar, so Kabul's clock.
    """
    parts = read_parts(match, offset)
    if not _either_order(parts):
        return None  # not the ambiguity: the error stands
    readings = [parts, parts._replace(day=parts.month, month=parts.day)]
    days = []
    for reading in readings:
        try:
            days.append(build(reading._replace(day_first=False), state.doc))
        except DateError:
            return None
    line = state.line_at(parts.span[0])
    found: dict[int, str] = {}
    for index in range(
        max(0, line.index - ORDER_LINES), min(len(state.lines), line.index + ORDER_LINES + 1)
    ):
        near = state.lines[index]
        for pair in _DAY_AND_MONTH.finditer(near.norm, 0, ORDER_CHARS):
            start = near.start + pair.start()
            if parts.span[0] <= start < parts.span[1]:
                continue  # the date itself
            key = squeeze(pair.group("mn"))
            for which, (stamp, _) in enumerate(days):
                if _is_day(stamp, int(pair.group("d")), key):
                    found.setdefault(which, key)
    if len(found) != 1:
        return None
    which, key = next(iter(found.items()))
    if key in _ZODIAC_KEYS:
        state.afghan = True  # the page prints the Afghan calendar: Kabul's clock
    order = "day first" if which == 0 else "month first"
    return _read_in_order(
        state, days[which], match, order=order, why="the day another date beside it names"
    )


def _read_in_order(
    state: _State,
    built: tuple[Timestamp, Sequence[Issue]],
    match: regex.Match[str],
    *,
    order: str,
    why: str,
) -> DateRead:
    """The date read in one of its two orders, warned (day-month-order) with the reason."""
    stamp, issues = built
    state.warn(
        "day-month-order",
        f"{stamp.text!r} may be read day first or month first; read {order} "
        f"({stamp.isoformat()[:10]}), {why}",
        *text_span(stamp),
    )
    return DateRead(stamp, tuple(issues), None, match.end())


def _either_order(parts: DateParts) -> bool:
    """Whether an all-digit Gregorian date may be read day first or month first: both of its
    first two numbers are months, and they differ («9-05-2023», not «09-09-2023»)."""
    return (
        parts.day_first
        and parts.calendar == "gregorian"
        and parts.day != parts.month
        and max(parts.day, parts.month) <= _MONTHS_A_YEAR
    )


def _order_by_the_language(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """An all-digit Gregorian date whose day and month may be read either way, on a Tajik
    page (:func:`_tajik_page`): read day first, as Tajikistan writes dates (day, month, year:
    khovar.tj «25.04.2016», sadoimardum.tj «29.07.2022», the weekly Tojikiston's «03.10.13»
    over its own «3 октябри соли 2013»; DataLife Engine sites «9-05-2023, 23:46», hamsafon.tj).
    No month-first convention is written in Cyrillic. Warned (day-month-order)."""
    parts = read_parts(match, offset)
    if not (_either_order(parts) and _tajik_page(state)):
        return None  # not the ambiguity, or not a page whose order is known: the error stands
    try:
        stamp, issues = build(parts._replace(day_first=False), state.doc)
    except DateError:
        return None
    return _read_in_order(
        state, (stamp, issues), match, order="day first", why="as a Tajik page writes its dates"
    )


def _tajik_page(state: _State) -> bool:
    """Whether the page is a Tajik site's (its address or language: Dushanbe's clock) or is
    written in Tajik (:func:`_written_in_tajik`)."""
    return state.clock == _DUSHANBE or _written_in_tajik(state.doc)


_DUSHANBE = "Asia/Dushanbe"


def _reversed_clock(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """A clock printed minutes first, as right-to-left text extraction leaves it: «۴۰ : ۱۶».

    Read the other way only when the first field cannot be an hour (25-59) and the second
    can (0-23), with no seconds or day-part word: one reading is a time, the other none.
    Warned (time-reversed); «۱۲ : ۱۶» (both readings times) stays as printed, and so does
    «24:00» (midnight at the day's end in some notations, refused as no time).
    """
    parts = read_parts(match, offset)
    if (
        parts.hour is None
        or parts.minute is None
        or not _HOURS_A_DAY < parts.hour < _MINUTES_AN_HOUR
        or parts.minute >= _HOURS_A_DAY
        or parts.second is not None
        or parts.ampm is not None
    ):
        return None
    try:
        stamp, issues = build(parts._replace(hour=parts.minute, minute=parts.hour), state.doc)
    except DateError:
        return None
    state.warn(
        "time-reversed",
        f"{stamp.text!r} prints its time minutes first ({parts.hour:02d} is no hour); read as "
        f"{parts.minute:02d}:{parts.hour:02d}",
        *text_span(stamp),
    )
    return DateRead(stamp, tuple(issues), None, match.end())


_HOURS_A_DAY = 24
_MINUTES_AN_HOUR = 60


def _is_day(stamp: Timestamp, day: int, month_key: str) -> bool:
    """Whether ``stamp`` falls on the printed day of the month named by ``month_key``."""
    if month_key in _GREGORIAN_KEYS:
        return (stamp.gregorian.month, stamp.gregorian.day) == (_GREGORIAN_KEYS[month_key], day)
    return (stamp.jalali_date[1], stamp.jalali_date[2]) == (_SOLAR_KEYS[month_key], day)


_MONTHS_A_YEAR = 12
# Lines each way from an ambiguous date, and characters of each, searched for a day and month.
ORDER_LINES = 2
ORDER_CHARS = 120
_SOLAR_KEYS = {squeeze(k): v for k, v in {**vocab.JALALI_MONTHS, **vocab.AFGHAN_MONTHS}.items()}
_ZODIAC_KEYS = frozenset(squeeze(k) for k in vocab.AFGHAN_MONTHS)
_GREGORIAN_KEYS = {
    squeeze(k): v
    for k, v in {
        **vocab.GREGORIAN_MONTHS_FA,
        **vocab.DARI_GREGORIAN_MONTHS,
        **vocab.ENGLISH_MONTHS,
    }.items()
}
# A day in digits and a month name after it, no year needed: «۱۶ دلو», «5 February».
_DAY_AND_MONTH = regex.compile(
    r"(?<![0-9])(?P<d>[0-9]{1,2})(?![0-9])[\x20\u200c]*(?P<mn>"
    + any_case(
        [
            *vocab.JALALI_MONTHS,
            *vocab.AFGHAN_MONTHS,
            *vocab.GREGORIAN_MONTHS_FA,
            *vocab.DARI_GREGORIAN_MONTHS,
            *vocab.ENGLISH_MONTHS,
        ]
    )
    + r")(?![\p{L}\p{M}])",
    regex.VERSION0,
)


# All that follows a labelled date is a number of one or two digits: «۱۴۰۲/۰۶/۲۸ ۱۶».
_LONE_NUMBER = regex.compile(
    r"[\x20\u200c\-،,|/]*(?P<n>[0-9]{1,2}(?:[\x20\u200c]*(?:-|تا|الی|لغایت)[\x20\u200c]*[0-9]{1,2})?)"
    r"[\x20\u200c]*"
)


def _refuse_lone_number(doc: str, norm: str, pos: int, endpos: int, offset: int) -> None:
    """Raise DateError when a labelled date's value ends with a lone one- or two-digit number.

    «تاریخ انتشار: ۱۴۰۲/۰۶/۲۸ ۱۶» is an hour without its «ساعت» or minutes, or something
    else (and «... ۱۰ تا ۱۲» two of them): read without it, the date would lose what may be
    its time without a word.
    """
    lone = _LONE_NUMBER.fullmatch(norm, pos, endpos)
    if lone is not None:
        start, end = offset + lone.start("n"), offset + lone.end("n")
        raise DateError(
            f"{doc[start:end]!r} after the date is no time (hh:mm, or «ساعت» and an hour); "
            "the date is not read without it",
            doc,
            start,
            end,
        )


# A time glued by text extraction to the token after it: «ساعت 08:202023-11-07».
_GLUED_CLOCK = regex.compile(
    r"[\x20\u200c،,|\-]*(?:ساعت[\x20\u200c:]*)?"
    r"(?P<H>[0-9]{1,2}):(?P<MI>[0-9]{2})(?P<SS>)(?P<ampm>)(?P<tz>)(?=[0-9])"
)


def _with_glued_time(
    state: _State, result: DateRead, norm: str, *, pos: int, offset: int
) -> DateRead:
    """A date whose time is glued to the next token: the date at that time."""
    clock = _GLUED_CLOCK.match(norm, pos)
    if clock is None:
        return result
    try:
        joined, issues = build(read_time(clock, result.stamp, offset + clock.end()), state.doc)
    except DateError:
        return result
    for issue in issues:
        state.warn(issue.code, issue.message, *issue.span)
    return DateRead(joined, result.issues, None, clock.end())


def _read_short(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """Read a numeric date with a two-digit year, deciding the century from the page.

    «۹۸/۱۱/۰۵» is 1398/11/05 on a page whose other years are 13xx, «۰۲/۰۸/۱۵» is
    1402/08/15 beside a 14xx year; with no year on the page, 50-99 are 13xx and 00-49
    are 14xx (the rule Iranian scrapers use). The order (year first, or day first as in
    «12/ 03/ 98») is decided by which end can be a year. Always warned: the century
    was not printed.
    """
    first, middle, last = (int(match.group(g)) for g in ("a", "b", "c"))
    years = _page_years(state)
    # An end that is 00 or above 31 is no day, so it is the year («18/12/00»: day 18, year
    # 00); when both ends can be a day, the end nearer the page's years is the year.
    year_first = (
        first > DAY_MAX
        or first == 0
        or (0 < last <= DAY_MAX and _near(first, years) <= _near(last, years))
    )
    short_year, month, day = (first, middle, last) if year_first else (last, middle, first)
    year = _century(short_year, years)
    start, end = offset + match.start(), offset + match.end()
    text = state.doc[start:end]
    # The time as printed, read by the grammar after the whole date: «| 1:2 صبح» is 01:02.
    tail = match.group("tail") or ""
    bad = _SHORT_BAD_TIME.match(match.string, match.end())
    if bad is not None:
        bad_end = offset + bad.end()
        state.warn(
            "invalid-date",
            f"{state.doc[start:bad_end]!r}: what follows the date where its time belongs is no "
            "time (hh:mm or hh:mm:ss); value left empty",
            start,
            bad_end,
        )
        return None
    try:
        stamp = parse_datetime(f"{year}/{month:02d}/{day:02d}{tail}")
    except DateError as err:
        state.warn("invalid-date", f"{text!r} read as {year}/{month}/{day}: {err.msg}", start, end)
        return None
    stamp = attrs.evolve(stamp, text=text, span=(start, end))
    if match.group("wd") is not None:
        stamp = _short_weekday(state, match, stamp, offset)
    context = "the page's other years" if years else "the rule 50-99: 13xx, 00-49: 14xx"
    state.warn(
        "two-digit-year",
        f"{text!r} prints a two-digit year; read as {year}/{month:02d}/{day:02d} from {context}",
        start,
        end,
    )
    return DateRead(stamp, (), None, end)


# A number above this is no day of a month: it is the year.
DAY_MAX = 31


def _read_short_gregorian(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """Read «7 آگوست ماه 19»: a Gregorian date with a two-digit year, the century decided
    as for a Jalali two-digit year (:func:`_century`) but from the page's Gregorian years
    (19xx, 20xx); with none, 50-99 are 19xx and 00-49 are 20xx. Always warned."""
    years = _page_years(state, GREGORIAN_YEARS)
    year = _century(int(match.group("y")), years, GREGORIAN_YEARS[0])
    start, end = offset + match.start(), offset + match.end()
    text = state.doc[start:end]
    try:
        stamp = parse_datetime(f"{match.group('d')} {match.group('m')} {year}")
    except DateError as err:
        state.warn("invalid-date", f"{text!r} read with the year {year}: {err.msg}", start, end)
        return None
    stamp = attrs.evolve(stamp, text=text, span=(start, end))
    context = "the page's other years" if years else "the rule 50-99: 19xx, 00-49: 20xx"
    state.warn(
        "two-digit-year",
        f"{text!r} prints a two-digit year; read as {stamp.isoformat()[:10]} from {context}",
        start,
        end,
    )
    return DateRead(stamp, (), None, end)


def _read_short_jalali(state: _State, match: regex.Match[str], offset: int) -> DateRead | None:
    """Read «شنبه ۲۹ شهریور ۹۳»: a Jalali date with a two-digit year under its weekday. The
    century is the web-era rule's (50-99: 13xx, 00-49: 14xx, :data:`CENTURY_SPLIT`), and the
    printed weekday must confirm it; when it does not, the value is left empty with
    ``invalid-date``: the other century would be a year to come (1493 is 2114) or one before
    the web (1302 is 1924), never a page's date, and a wrong weekday is no evidence for either.
    Always warned: the century was not printed."""
    start, end = offset + match.start(), offset + match.end()
    text = state.doc[start:end]
    printed = _WEEKDAY_INDEX[squeeze(match.group("wd"))]
    year = _century(int(match.group("y")), [])
    try:
        stamp = parse_datetime(f"{match.group('d')} {match.group('m')} {year}")
    except DateError:
        stamp = None
    if stamp is None or (stamp.gregorian.weekday() + 2) % 7 != printed:
        state.warn(
            "invalid-date",
            f"{text!r} prints a two-digit year, and its weekday does not fit {year} (the "
            "century of the rule 50-99: 13xx, 00-49: 14xx); value left empty",
            start,
            end,
        )
        return None
    stamp = attrs.evolve(
        stamp,
        text=text,
        span=(start, end),
        weekday=state.doc[offset + match.start("wd") : offset + match.end("wd")],
    )
    state.warn(
        "two-digit-year",
        f"{text!r} prints a two-digit year; read as {stamp.isoformat()[:10]} by the rule 50-99: "
        "13xx, 00-49: 14xx, its printed weekday agreeing",
        start,
        end,
    )
    return DateRead(stamp, (), None, end)


# Where a two-digit-year date's time belongs, a clock that is none: «90/3/20 | 1:2» (one
# minute digit and no day-part word), «90/3/20 11:055».
_SHORT_BAD_TIME = regex.compile(
    r"[\x20\u200c]*(?:[،,\-|][\x20\u200c]*)?(?:ساعت[\x20\u200c:]*)?[0-9]{1,3}:[0-9]"
)


def _short_weekday(
    state: _State, match: regex.Match[str], stamp: Timestamp, offset: int
) -> Timestamp:
    """Check the weekday printed before a two-digit-year date; keep it on the stamp."""
    wd_start, wd_end = offset + match.start("wd"), offset + match.end("wd")
    printed = state.doc[wd_start:wd_end]
    weekday = _WEEKDAY_INDEX[squeeze(match.group("wd"))]
    actual = (stamp.gregorian.weekday() + 2) % 7  # Python's Monday 0, the Jalali week's Saturday
    if weekday != actual:
        state.warn(
            "weekday-mismatch",
            f"the weekday {printed!r} does not match {stamp.text!r} ({stamp.isoformat()[:10]})",
            wd_start,
            wd_end,
        )
    return attrs.evolve(stamp, weekday=printed)


_WEEKDAY_INDEX = {squeeze(name): index for name, index in vocab.WEEKDAYS.items()}


def _page_years(state: _State, bounds: tuple[int, int] | None = None) -> list[int]:
    """Four-digit years printed on the page (the first few), for two-digit years: Jalali
    ones (remembered), or those within ``bounds`` (Gregorian ones: :data:`GREGORIAN_YEARS`)."""
    if bounds is None and state.years is not None:
        return state.years
    low, high = bounds or JALALI_YEARS
    found: list[int] = []
    for start, end in raw_years(state.doc):
        value = int(to_ascii_digits(state.doc[start:end]))
        if low <= value <= high:
            found.append(value)
            if len(found) >= PAGE_YEARS:
                break
    if bounds is None:
        state.years = found
    return found


# Jalali and Gregorian years a two-digit year can stand for, and how many printed years
# to look at.
JALALI_YEARS = (1300, 1499)
GREGORIAN_YEARS = (1900, 2099)
PAGE_YEARS = 64


def _near(short: int, years: list[int]) -> int:
    """How far a two-digit year is from the page's years (0 when there are none)."""
    if not years:
        return 0
    return min(abs(_century(short, years) - year) for year in years)


def _century(short: int, years: list[int], base: int = JALALI_YEARS[0]) -> int:
    """The year a two-digit year stands for (Jalali, or from ``base`` on): the century
    closest to the page's years."""
    options = (base + short, base + 100 + short)
    if not years:
        return options[0] if short >= CENTURY_SPLIT else options[1]
    return min(options, key=lambda year: min(abs(year - other) for other in years))


# Without other years on the page: 50-99 are 13xx, 00-49 are 14xx.
CENTURY_SPLIT = 50


def _time_below(state: _State, stamp: Timestamp) -> Candidate | None:
    """A time printed alone on the line right under a date without a time: that date's time.

    Some sites print «تاریخ : ۱۴۰۲/۰۶/۲۸» and «ساعت : ۱۶:۴۲» on two lines. Across a blank
    line only when both are bare: the date alone on its line and the hour and minute alone
    on the next («۱۳ دی ۱۴۰۱» / «» / «۱۸:۳۹», a meta block printed one value a line); a
    clock with seconds there is a script's live clock, no article's time. A bare date line
    and its time may have a lone separator line between them, none of the three set apart
    («1397/02/22» / «|» / «18:24» / «|», radiojavan.ir's date and time spans).
    """
    line = state.line_at(text_span(stamp)[0])
    if line.index + 1 >= len(state.lines):
        return None
    below = state.lines[line.index + 1]
    if (
        line.info.kind == "date"
        and line.index + 2 < len(state.lines)
        and _lone_separator(below)
        and not _apart(state, below)
        and not _apart(state, state.lines[line.index + 2])
    ):
        below = state.lines[line.index + 2]
        return _joined_time(state, stamp, below, (text_span(stamp)[0], below.end))
    if _apart(state, below) and not (
        line.info.kind == "date"
        and (bare := TIME_LINE.fullmatch(below.norm)) is not None
        and below.norm[:1].isdigit()
        and not bare.captures("SS")
    ):
        return None
    return _joined_time(state, stamp, below, (text_span(stamp)[0], below.end))


def _time_above(state: _State, stamp: Timestamp) -> Candidate | None:
    """A time printed alone on the line right above a date line without a time: that date's
    time («کد خبر: ۱۲۴۳۷» / «۰۹:۲۰» / «۱۳۹۹/۰۱/۲۷», nabzebourse.com). The date stands alone
    on its line, or is the only value of its line's one label when the time line is
    labelled too («ساعت: 12:53» / «تاریخ انتشار: 1401/05/18»), and no event's date
    («زمان برگزاری: ...») right above the time line claims it; the value spans both lines."""
    line = state.line_at(text_span(stamp)[0])
    if line.index == 0 or _apart(state, line):
        return None
    above = state.lines[line.index - 1]
    if line.info.kind != "date" and not (
        _labelled_date_only(line, stamp) and _TIME_LABEL.match(above.norm) is not None
    ):
        return None
    if line.info.kind != "date" and (
        above.index > 0
        and not _apart(state, above)
        and _another_events_date(state, state.lines[above.index - 1])
    ):
        # «زمان برگزاری: ۲۰ اسفند» / «ساعت: ۱۸:۰۰» / «تاریخ انتشار: ...»: the time line
        # goes with the event's date right above it, not the publication's below.
        return None
    if (
        above.index > 0
        and not _apart(state, above)
        and _VENUE_LABEL.match(state.lines[above.index - 1].norm) is not None
    ):
        # «مکان: تالار وحدت» / «ساعت: ۱۸:۰۰» / «تاریخ انتشار: ...»: an event's block (its
        # place, then its hour); the hour is the event's, never the publication's.
        return None
    return _joined_time(state, stamp, above, (above.start, text_span(stamp)[1]))


# The label of an event's place, the line of an event's block: «مکان:», «محل برگزاری:»,
# «محل:», «نشانی:» (a bullet or dash may open it).
_VENUE_LABEL = regex.compile(
    r"^[\p{P}\p{S}\x20\u200c]*(?:مکان|محل(?:[\x20\u200c]+(?:برگزاری|اجرا))?|نشانی)"
    r"[\x20\u200c]*:"
)


# The label of a time printed on its own line: «ساعت: 12:53», «ساعت انتشار : ۰۹:۲۰».
_TIME_LABEL = regex.compile(r"^ساعت(?![\p{L}\p{M}])")


def _labelled_date_only(line: _Line, stamp: Timestamp) -> bool:
    """Whether ``line`` is one label whose whole value is ``stamp``'s date
    («تاریخ انتشار: 1401/05/18», nothing after it)."""
    info = line.info
    if info.kind != "labels" or len(info.labels) != 1:
        return False
    label = info.labels[0]
    if label.field not in ("published", "updated"):
        return False
    start, end = text_span(stamp)
    return (line.start + label.value[0], line.start + label.value[1]) == (start, end)


def _joined_time(state: _State, stamp: Timestamp, time_line: _Line, span: Span) -> Candidate | None:
    """``stamp``'s day at the time printed alone on ``time_line``, the value spanning ``span``
    (both lines); None when the line holds no time alone or the time does not build."""
    if time_line.info.reason != "time without a date":
        return None
    match = TIME_LINE.fullmatch(time_line.norm)
    if match is None:  # pragma: no cover - classify used the same pattern
        return None
    parts = read_time(match, stamp, span[1])._replace(span=span)
    try:
        joined, issues = build(parts, state.doc)
    except DateError as err:
        state.warn("invalid-date", f"{err.msg}; the time line is not used", err.offset, err.end)
        return None
    for issue in issues:
        state.warn(issue.code, issue.message, *issue.span)
    return Candidate(
        "published", "date line", "", time_line.index, stamp=joined, span=text_span(joined)
    )


# -- The pipeline --------------------------------------------------------------------------


def parse_article(
    text: str,
    *,
    strict: bool = False,
    reference: datetime | None = None,
    min_date: date | None = None,
    max_date: date | None = None,
    url: str | None = None,
) -> Article:
    """Parse an article's text into a typed record.

    Args:
        text: The article as text: title, header lines, lead, body; or the text of
            a whole page, with its menus, banners and footers.
        strict: Raise on doubt instead of leaving the value empty with a warning.
        reference: When the page was fetched (naive: Tehran time): relative dates are
            read against it, later dates warned about (docs/workflows.md).
        min_date: Published/updated values before this day or instant are left empty.
        max_date: Published/updated values after this day or instant are left empty.
        url: The page's address, when known: a list's path (``/tag/``, ``/category/``,
            ``/search``, ``/page/2/`` ...) makes the page a list of items, a slug that
            spells a line supports it as the title, a date path (``/1402/07/09/``) is
            the weakest ``published`` candidate and an item's ID (``/fa/news/1127305/``,
            ``/node/1318``, ``?p=377746``) the weakest ``number`` candidate, used only
            when the page prints none (docs/formats.md, "Which value wins").
            A URL that cannot be read is no evidence; it never raises.

    Returns:
        The article. In lenient mode (the default) it never raises on text input:
        a doubtful value is None and ``warnings`` says why; ``evidence`` names
        the rule that chose each value.

    Raises:
        DateError: strict mode: a header date is invalid, its weekday disagrees,
            or its wall time does not exist in Tehran.
        ConflictError: strict mode: two candidates for one field disagree.
        ParseError: strict mode: a value does not have its field's shape.
        InputTooLargeError: ``text`` is longer than ``MAX_INPUT_CHARS``.
        TypeError: ``text`` is not a str, or ``url`` is neither a str nor None.

    Example:
        >>> text = "عنوان خبر\\nکد خبر: ۱۲۳۴\\nتاریخ انتشار: ۳ بهمن ۱۴۰۱ - ۰۹:۱۵\\nمتن خبر."
        >>> art = parse_article(text)
        >>> art.number, art.published.isoformat(), art.lead
        ('1234', '2023-01-23T09:15:00+03:30', 'متن خبر.')
        >>> art.evidence["published"]
        'label'
    """
    doc = require_text(text)
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    # A site's address sets its clock, as in parse_html: Kabul's for an Afghan site (an .af
    # host, a host naming the country), Dushanbe's for a Tajik one (.tj).
    clock = site_clock(url) if url else None
    afghan = clock == "Asia/Kabul"
    work: str = doc
    headings: tuple[tuple[str, str], ...] = ()
    matter = read_front_matter(doc)
    if matter is not None:
        # A front matter block (an extractor's metadata, a static site's page): blanked but
        # for the title's words, a headline line weighed as an <h1>; its address is the
        # page's when the caller gave none.
        work = matter.blanked
        if matter.title is not None:
            headings = ((matter.title, "front matter title"),)
            name = _listing_heading(matter.title)
            if name is not None:  # «بایگانی‌های NAME - SITE»: a list's title, as in parse_html
                headings = ((matter.title[slice(*name)], "archive title"), *headings)
        if url is None and matter.url is not None:
            url = matter.url
            clock = site_clock(url)
            afghan = clock == "Asia/Kabul"
    spaced = False
    if looks_like_markdown(work):
        # A Markdown page text: its syntax blanked (offsets kept, so spans point into
        # ``text``), its first «# HEADLINE» weighed as parse_html weighs an <h1>.
        # A label alone as a heading («# Tags» over a post's hashtags) names a section of
        # the page, never its headline.
        # A comment counter printed as a heading («# نظر : 0» at the page's end) is chrome.
        found = [
            head
            for head in markdown_headings(work)
            if not _label_word(head) and classify(normalize(head)).kind != "counter"
        ]
        work = blank_markdown(work)
        spaced = True
        if len(found) == 1 and not headings:  # one page headline; several are a list's items
            headings = ((found[0], "markdown heading"),)
            name = _listing_heading(found[0])
            if name is not None:  # «# کلمات کلیدی : NAME»: a tag list's heading names NAME
                headings = ((found[0][slice(*name)], "archive title"), *headings)
    # A line break tag the page printed as text inside a line (an escaped title field's
    # «PART ONE <br>PART TWO»): blanked, its halves one line, as the page shows one title.
    work = blank_printed_breaks(work)
    blanked = work is not doc
    hints = None
    if url or blanked:
        hints = Hints(
            url=url,
            afghan=afghan,
            clock=None if afghan else clock,
            titles=headings,
            spaced=spaced,
        )
    article = parse_text(work, strict=strict, hints=hints)
    if blanked:
        article = _folded(article)
    if matter is not None and matter.title is not None:
        article = _front_matter_title(article, matter.title, doc, matter.end)
    if url:
        article = replace(article, url=url, hostname=_hostname(url))
    return apply_reference(article, reference, min_date, max_date, text=doc)


def _listing_heading(heading: str) -> tuple[int, int] | None:
    """Where a list's name is in a heading that names a list (:func:`archive_name`:
    «بایگانی‌های NAME - SITE»; a tag list's «کلمات کلیدی : NAME», :data:`_TAG_TITLE`), as
    offsets into ``heading``; None for any other heading."""
    span = archive_name(heading)
    if span is not None:
        return span
    norm = normalize(heading)
    if len(norm) != len(heading):
        return None  # (offsets into the normalised copy would not be the heading's)
    tagged = _TAG_TITLE.match(norm)
    if tagged is None or _TAG_LIST_MARKS.search(tagged.group("name")) is not None:
        return None
    if not 1 <= count_words(tagged.group("name")) <= LISTING_NAME_WORDS:
        return None
    return tagged.span("name")


# The labels that head a section of their own on a page (a post's tags).
_SECTION_LABELS = frozenset(_squash(normalize(word)).lower() for word in vocab.LABELS["tags"])


def _label_word(heading: str) -> bool:
    """Whether a heading is a section's label alone («Tags», «برچسب ها»)."""
    return _squash(normalize(heading)).lower() in _SECTION_LABELS


def _front_matter_title(article: Article, title: str, doc: str, end: int) -> Article:
    """The record of a text whose front matter names its title: the title as the front
    matter gives it (its YAML quoting undone), warned when it may be the site's name.

    An extractor that finds no headline source takes the page's <title>, which on many
    sites names only the site («روزنامه سپهر», a blog's name): a title of at most
    :data:`MACHINE_TITLE_WORDS` words that no line of the text prints is doubtful
    (title-uncertain). A headline is rarely that short, and the text usually prints it.
    So is a longer one that is an institution's name alone («دانشگاه جامع امام حسین (ع)»:
    a university's site, its name as every page's <title>).
    """
    if article.title is None or _squash(article.title) != _squash(title):
        return article
    article = replace(article, title=title)
    key = _squash(title)
    printed = any(_squash(line) == key for line in doc[end:].splitlines())
    if printed or (
        len(title.split()) > MACHINE_TITLE_WORDS
        and not _institution(_Line(title, 0, len(title), False, 0))
    ):
        return article
    span = article.spans.get("title")
    line, column = position(doc, span[0]) if span is not None else (None, None)
    notice = Notice(
        "title-uncertain",
        f"the title «{title}» is the front matter's, short and printed nowhere in the text: "
        "often the site's name (a page whose <title> names only the site)",
        span,
        line,
        column,
    )
    log.debug("warning %s", notice)
    return attrs.evolve(article, warnings=(*article.warnings, notice))


def _fold(value: str) -> str:
    """``value`` stripped, each run of white space one space (the runs the blanked Markdown
    syntax leaves: «[هامون](/tag/1) [سیستان](/tag/2)» reads «هامون سیستان»)."""
    return " ".join(value.split())


def _folded(article: Article) -> Article:
    """A Markdown text's record: its values with the blanked syntax's runs of spaces folded.

    Spans are unchanged: they point into the caller's Markdown, where a value's span holds
    the value with its syntax (``[هامون](/tag/1) [سیستان](/tag/2)``).
    """

    def stamp(value: Timestamp | None) -> Timestamp | None:
        return attrs.evolve(value, text=_fold(value.text)) if value is not None else None

    return attrs.evolve(
        article,
        title=_fold(article.title) if article.title is not None else None,
        lead=_fold(article.lead) if article.lead is not None else None,
        body=tuple(_fold(paragraph) for paragraph in article.body),
        category=_fold(article.category) if article.category is not None else None,
        author=_fold(article.author) if article.author is not None else None,
        authors=tuple(_fold(name) for name in article.authors),
        tags=tuple(_fold(tag) for tag in article.tags),
        source=_fold(article.source) if article.source is not None else None,
        published=stamp(article.published),
        updated=stamp(article.updated),
        mentions=tuple(attrs.evolve(m, text=_fold(m.text)) for m in article.mentions),
        fields=tuple(
            attrs.evolve(f, label=_fold(f.label), value=_fold(f.value)) for f in article.fields
        ),
    )


def parse_text(doc: str, *, strict: bool = False, hints: Hints | None = None) -> Article:
    """The pipeline behind :func:`parse_article` and :func:`parse_html` (``hints`` from HTML)."""
    hints = hints or _NO_HINTS
    # 1. Lines.
    lines, starts = _lines(doc)
    state = _State(doc, strict, lines, starts)
    state.double_spaced = hints.spaced or _double_spaced(lines)
    state.afghan = hints.afghan
    state.clock = hints.clock
    outside = _outside_lines(state, hints.outside)
    boxes = _daily_boxes(state)
    outside |= boxes | _browser_notices(lines) | _wiki_site_sub(lines)
    outside |= _host_name_lines(lines, hints.url)
    # 2. Locate the article: body anchor, title, lead, end of the body.
    anchor = _body_anchor(lines, outside)
    address = _address(hints.url)
    if address.listing and _forum_thread_page(hints.url, lines) is not None:
        # «/topic/206147-<slug>/» on a page printing a thread's labels: one forum thread.
        address = attrs.evolve(address, listing=False)
    # (read before the header's dates: a banner is told from a static page's own header by it)
    state.url_month = url_month(hints.url)
    blog_name = _blog_name_over_counter(lines, anchor, outside)
    title: int | None
    archive = _archive_title(lines, anchor, outside, address.listing)
    topic = _forum_topic(lines, outside) if archive is None else None
    if archive is not None:
        # «بایگانی‌های NAME - SITE» (a WordPress archive's title): the page lists NAME's posts.
        title, title_rule = archive[0], "listing name"
        state.title_start, state.title_end = archive[1]
    elif topic is not None:
        # A forum thread's topic in its header («نویسنده موضوع: TOPIC (...)», «نام موضوع ...»).
        title, title_rule = topic[0], "forum topic"
        state.title_start, state.title_end = topic[1]
    elif blog_name is not None:
        # A blog's category or tag page: its name is the title, the posts are the list's items.
        title, title_rule = blog_name, "listing name"
    else:
        title, title_rule = _choose_title(state, anchor, hints, outside, address.slug)
        if (
            title is not None
            and state.title_doubt is None
            and any(
                _latin_place_line(lines, at)
                for at in range(anchor if anchor is not None and anchor > title else title)
            )
            and _squash(lines[title].norm)
            not in {_squash(normalize(text)) for text, _ in hints.titles}
        ):
            # A top bar's or a sidebar's Latin widgets (a reader's city, a today banner)
            # above the running text, never the headline: the page's header is not read for
            # sure, and the line taken is a section's or a sidebar's name as often.
            state.title_doubt = (_UNDER_LATIN_WIDGETS, None)
        whole = _whole_over_halves(lines, title, outside) if title_rule == "headline" else None
        if whole is not None:
            title, state.title_doubt = whole, None
        elif (
            title is not None
            and title_rule == "headline"
            and state.title_doubt is None
            and (continued := _continued_below(lines, title, outside)) is not None
        ):
            state.title_doubt = (_CONTINUED_DOUBT, continued)
        if title is not None and state.title_doubt is None and _ends_menu(lines, title, anchor):
            state.title_doubt = (_MENU_END_DOUBT, None)
        if (
            title is not None
            and state.title_doubt is None
            and _lone_sentence(lines, title, outside)
        ):
            state.title_doubt = (_LONE_SENTENCE_DOUBT, None)
        if title is not None and state.title_doubt is None and _over_sort_control(lines, title):
            state.title_doubt = (_SORT_CONTROL_DOUBT, None)
        if (
            title is not None
            and state.title_doubt is None
            and _meta_row_field(lines, title, outside)
        ):
            state.title_doubt = (_META_ROW_DOUBT, None)
        if (
            title is not None
            and state.title_doubt is None
            and _name_under_dateline(lines, title, outside)
        ):
            # The line's words not the lead's: a byline's name, the page printing no
            # headline: no title, never the name (:func:`_name_echoed_below`).
            state.title_doubt = (
                _NAME_UNDER_DATELINE_DOUBT
                if _name_echoed_below(lines, title)
                else _BYLINE_UNDER_DATELINE,
                None,
            )
        fed = _feed_footer(lines, state.doc)
        if fed is not None and (
            title is None
            or _squash(lines[title].norm) != _squash(normalize(state.doc[fed[1][0] : fed[1][1]]))
        ):
            # A copied feed item: its footer names the post, whatever line opens the text
            # (its lead, when the item printed no headline).
            title, title_rule = fed[0], "feed footer"
            state.title_start, state.title_end = fed[1]
            state.title_doubt = None
    if (
        title is None
        and anchor is not None
        and _glued_breadcrumb_title(state, anchor, address.slug)
    ):
        title, title_rule = anchor, "headline"
    elif (
        title is None
        and anchor == 0
        and address.slug is not None
        and address.slug_words >= SLUG_HEADLINE_WORDS
        and (glued_end := _slug_glued_headline_end(lines[0], address.slug)) is not None
    ):
        # A headline run into the lead («HEADLINEFIRST-WORD-OF-THE-LEAD ...»): the slug
        # spells the line's opening up to a point inside a word.
        # A slug cut short by a permalink plugin («...-از-نگاه-مس») ends inside a word too,
        # over a lead that opens with the headline's words: the cut is not sure.
        title, title_rule = 0, "headline"
        state.title_end = lines[0].start + glued_end
        state.title_doubt = (_GLUED_LEAD_DOUBT, None)
    elif (
        title == 0
        and title_rule in ("headline", "first line")
        and state.title_start is None
        and _glued_breadcrumb_title(state, title, address.slug, chosen=True)
    ):
        title_rule = "headline"  # the page's first line, a breadcrumb glued to the headline
    elif (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_start is None
        and state.title_end is None
        and address.slug is not None
        and address.slug_words >= SLUG_HEADLINE_WORDS
        and (glued_end := _slug_glued_headline_end(lines[title], address.slug)) is not None
        and _glued_rest_letters(lines[title].norm, glued_end) >= GLUED_REST_LETTERS
        and not _slug_at_length_limit(hints.url)
    ):
        # The chosen line is a headline run into what followed it («... نیروی
        # انسانیسامان دهی ...»: its summary, its category; the breaks lost by extraction):
        # the slug spells the headline up to a point inside a word, and the word goes on
        # with a word's worth of letters, and the slug is shorter than a permalink's limit
        # (one cut short at the limit ends inside a word too: «...-مشمول-مال» of «مشمول
        # مالیات»). Cut there, uncertain.
        state.title_end = lines[title].start + glued_end
        if state.title_doubt is None:
            state.title_doubt = (_GLUED_LEAD_DOUBT, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_start is None
        and (rubric := glued_rubric_end(lines[title].norm)) is not None
    ):
        # «خبرهای داغ ورزشی HEADLINE»: a news group's rubric the site prints before every
        # item's headline on its line is not the title's. The same words may be the
        # headline's own subject («اخبار ویژه شبکه خبر امشب ... پخش می‌شود»): the page's
        # <title> or its slug says which; when neither does, the cut is uncertain.
        said = _rubric_named(lines[title], rubric, hints, address)
        if said is not False:
            state.title_start = lines[title].start + rubric
        if said is None and state.title_doubt is None:
            state.title_doubt = (_RUBRIC_DOUBT, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_start is None
        and (after := _bracket_dated_heading(lines[title])) is not None
    ):
        # «(2 شهریور 1402 - 08:37:47) HEADLINE»: a date line with a story's headline after
        # it; the date-time is never the title's. Under another heading, that heading is the
        # page's or the bracket's story is: the heading over it, doubted.
        above = next((i for i in range(title - 1, -1, -1) if i not in outside), None)
        if above is not None and _heading_over_dated(lines[above], lines[title], after):
            title = above
            state.title_doubt = (_BRACKET_OTHER_DOUBT, None)
        else:
            state.title_start = lines[title].start + after
    if (
        anchor is not None
        and (
            title is None
            or (
                title < anchor
                and title_rule == "headline"
                and _latin_over_persian(lines, title, anchor) is not None
            )
        )
        and lines[anchor].paragraph
        and (glued_end := _glued_lead_start(lines[anchor])) is not None
    ):
        # «HEADLINE گروه اجتماعی: LEAD», «HEADLINE / LEAD»: a headline run into its lead on
        # one line, parted from it by a service label or a spaced slash; it wins over no
        # headline, and over an English heading over the Persian text (a corpus's).
        title, title_rule = anchor, "headline"
        state.title_start, state.title_end = None, lines[anchor].start + glued_end
        state.title_doubt = (
            (_SECOND_PART_DOUBT, None) if _clause_after_slash(lines[anchor], glued_end) else None
        )
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and _cut_before_verb(lines, title, outside, state.double_spaced)
    ):
        # «... به یکی از پربارترین وبلاگها تبدیل» / «شده است و ...»: the line's clause ends on
        # the next line's auxiliary verb: the first line of a paragraph the layout cut, no
        # headline; the page prints none.
        state.title_doubt = (_CUT_BEFORE_VERB, title)
        title = None
    if (
        title is not None
        and title_rule in ("headline", "headline (h1)", "first line")
        and _invitation(lines[title])
    ):
        # «... را اینجا بخوانید.»: a sentence bidding the reader, ended by its period (a
        # digest's or a section's intro), is no headline; the page prints none. (Whatever
        # the machine titles: one naming another line fills the gap, or none does.)
        state.title_doubt = (_INVITATION, title)
        title = None
    elif (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and not any(rule != "title tag" for _, rule in hints.titles)
        and (_wrapped_sentences(lines, title) or _wrapped_set_apart(lines, title))
    ):
        # «... قابل نمایش دارد. این صفحه شامل اطلاعات» / «کاربر، که ... می باشد.»: one
        # sentence ended inside the line and the next one going on in the line below, no
        # blank line between: running text cut by the layout (a help box), no headline. The
        # line stays (warned): the page's dates are read from its place.
        state.title_doubt = (_WRAPPED_SENTENCES, None)
    if (
        title is not None
        and title_rule == "headline"
        and state.title_doubt is None
        and not hints.titles
        and _bulleted_copy_above(lines, title, outside)
    ):
        # «• HEADLINE» / «HEADLINE» / its teaser: a list's bulleted item over the item it
        # opens (a service page's one item), no sure headline of the page.
        state.title_doubt = (_BULLETED_COPY, None)
    if (
        title is not None
        and title_rule == "first line"
        and state.title_doubt is None
        and _institution(lines[title])
    ):
        state.title_doubt = (_INSTITUTION_ALONE, None)  # (as _title_doubt for a headline)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and (rival := _other_slug_line(lines, title, outside, address)) is not None
    ):
        state.title_doubt = (_TWO_SLUGS, rival)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and _slug_disowns(lines, title, address)
    ):
        state.title_doubt = (_SLUG_ELSEWHERE, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and hints.url
        and (short := _dated_slug_disowns(lines, title, address, hints.url, outside)) is not None
    ):
        # «Китоби панду ахлоқ» / «Пешгуфтори ... бар китоби “...”» at «/2017/03/17/китоби-илму-
        # ҳикмат/»: the short line lost as a section's name, and the address backs neither.
        state.title_doubt = (_DATED_SLUG_ELSEWHERE, short)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and (label := _field_label_above(lines, title)) is not None
    ):
        # «سرو» / «معرف» / «درختی همیشه سبز ...»: the chosen line is the field's value (a
        # record's heading of a word or two loses to it); the line over the label competes.
        state.title_doubt = (_FIELD_VALUE, label - 1 if label > 0 else None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and _epigraph_first(lines, title, anchor, outside)
    ):
        state.title_doubt = (_EPIGRAPH_FIRST, None)
    if (
        title is not None
        and len(lines) == 1
        and lines[0].words <= MACHINE_TITLE_WORDS
        and state.title_doubt is None
        and not hints.titles
    ):
        # The whole text is one short line («دفتر سفرهای من»): an extractor that found no
        # article kept the page's <title>, which names only the site as often as a headline
        # (the front matter's short title is doubted the same way: _front_matter_title).
        state.title_doubt = (_ONLY_A_SHORT_LINE, None)
    if (
        title is not None
        and title_rule == "first line"
        and anchor is None
        and state.title_doubt is None
        and not hints.titles
        and (run_on := _run_on_line(lines[title])) is not None
        and _title_around_button(lines[title]) is None  # (its first print is the title)
    ):
        # No running text, and the line taken repeats its own words where a headline names
        # its subject once: a run of keywords, or a headline run into its summary.
        state.title_doubt = (run_on, None)
    unnamed_list = False  # a list whose name the page does not print
    if title is not None and anchor is not None and _excerpts(lines, anchor):
        title, title_rule = _listing_name(lines, title, outside, title_rule)
        _outlet_named(state, title, title_rule)
        # (The headline printed twice, a list theme's link and its heading, comes first.)
        under = title + 1 if title is not None else 0
        if title is not None and under < len(lines) and lines[under].key == lines[title].key:
            under += 1
        more_items = (
            title is not None
            and title_rule in ("headline", "first line")
            and under < len(lines)
            and lines[under].paragraph
            and _items_below(lines, under + 1)
        )
        if more_items and state.title_doubt is None:
            # Its excerpt under it, more items below, and no list's name above: the
            # headline is the first item's (one item with its excerpt may be the page's).
            state.title_doubt = (_LIST_EXCERPTS_FIRST, None)
        one_excerpt = (
            not more_items
            and title is not None
            and title_rule in ("headline", "first line")
            and not address.listing
            and _excerpt_ends_text(lines, title, outside)
        )
        if one_excerpt:
            unnamed_list = True
            _doubt_as_a_list(state, _LIST_ONE_EXCERPT)
        elif (
            title is not None
            and title_rule == "headline"
            and not address.listing
            and (more_items or any(lines[i].chrome for i in range(title) if i not in outside))
        ):
            # Excerpts and no name above the first item, the site's menus over it: a site's
            # page that shows an item only by its excerpt is a list, and the headline is the
            # first item's, its dates and IDs too. (A text of one item and its excerpt alone
            # may be a stored teaser of that item: no doubt then, unless the cut excerpt ends
            # the text, with no button or source link offering the rest: see
            # _excerpt_ends_text.)
            unnamed_list = True
            if state.title_doubt is None:
                state.title_doubt = (_LIST_EXCERPTS_NO_NAME, None)
    elif (
        title is not None
        and title_rule == "headline"
        and anchor is not None
        and not address.listing  # (at a list's address its rules below name the list)
        and _listing(state, anchor, outside)
    ):
        # Items with their own ID labels under the headline: a list (a tag page without
        # its address), named by the short line above the first item when it prints one.
        title, title_rule = _listing_name(lines, title, outside, title_rule)
        _outlet_named(state, title, title_rule)
        if title_rule == "headline" and state.title_doubt is None:
            state.title_doubt = (_LIST_IDS_FIRST, None)
    elif (
        title is not None
        and title_rule == "headline"
        and not address.listing
        and _plain_items(lines, title, outside)
    ):
        # Headline over one paragraph, and at once more items of the same shape: a list (a
        # tag, category or section page without its address), named by the short line above
        # the first item when it prints one; otherwise its name is not printed.
        title, title_rule = _listing_name(lines, title, outside, title_rule)
        _outlet_named(state, title, title_rule)
        if title_rule == "headline":
            unnamed_list = True
            if state.title_doubt is None:
                state.title_doubt = (_LIST_PLAIN_NO_NAME, None)
    elif (
        title is not None
        and title_rule in ("headline", "first line")
        and not address.listing
        and _excerpt_ends_text(lines, title, outside)
    ):
        # The text ends with the one paragraph under the headline, cut by a list's theme
        # («...»): a tag or category page showing its one item (or its first), unnamed.
        unnamed_list = True
        _doubt_as_a_list(state, _LIST_ONE_EXCERPT)
    elif (
        title is not None
        and title_rule == "headline"
        and not address.listing
        and _dated_stories(lines, title, outside)
    ):
        # The headline right under a bare date line, and more items below, each a bare date
        # line over its headline and text, each day or time older than the one before: a
        # news list (a portal's «Хабарҳо» page), its dates the items'.
        unnamed_list = True
        if state.title_doubt is None or state.title_doubt[0] not in _UNNAMED_LIST_DOUBTS:
            state.title_doubt = (_LIST_DATED_ITEMS, None)
    elif (
        title is not None
        and title_rule == "headline"
        and not address.listing
        and any(
            i not in outside and lines[i].words <= PAGER_TRAIL_WORDS and _pager_trail(lines[i].norm)
            for i in range(title)
        )
    ):
        # A trail ending «page N» over the headline («Хона блог саҳифа 608»): the page is a
        # list's numbered page, and the headline its first item's (its name is not printed).
        unnamed_list = True
        if state.title_doubt is None:
            state.title_doubt = (_LIST_PAGER_FIRST, None)
    elif (
        title is not None
        and title_rule == "headline"
        and not address.listing
        and state.title_doubt is None
        and (items := _items_doubt(lines, title, anchor, outside)) is not None
    ):
        state.title_doubt = items
    elif (
        title is not None
        and title_rule in ("headline", "first line")
        and not address.listing
        and _bulleted_headline(lines, title, outside)
        and (list_named := _listing_name(lines, title, outside, title_rule))[1] == "listing name"
    ):
        # «سازمان آب» / «• HEADLINE» / its lead: the headline is bulleted as a list's item
        # (a tag page showing its one item), and the short line over it names the list.
        title, title_rule = list_named
    elif title is not None and _collection_above(lines, title, outside):
        title, title_rule = title - 1, "listing name"
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and not address.listing
        and state.title_doubt is None
        and _under_a_bulleted_item(lines, title, outside)
    ):
        # «• HEADLINE» / «KICKER» / its excerpt: the bullet marks a list's item (a tag page's
        # first), and the line taken under it is that item's subtitle or kicker.
        state.title_doubt = (_UNDER_BULLETED_ITEM, title - 1)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and not address.listing
        and state.title_doubt is None
        and title > 0
        and title - 1 not in outside
        and lines[title - 1].text.strip() in _FIRST_ITEM_NUMBERS
        and all(i in outside for i in range(title - 1))
    ):
        # «1» / HEADLINE / its text, the page's first line: a numbered list's first item (a
        # search's results in a print view), whose headline is no page's.
        state.title_doubt = (_NUMBERED_FIRST_ITEM, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and not address.listing
        and state.title_doubt is None
        and _cut_excerpts_under(lines, title, outside)
    ):
        # HEADLINE / «text ...» / «text ...» / «text ...»: a run of cut excerpts, a list's
        # (their headlines lost); the line over them names a section or a menu, not a page.
        state.title_doubt = (_OVER_CUT_EXCERPTS, None)
    if (
        title is not None
        and title_rule == "headline"
        and state.title_doubt is None
        and _printed_twice_above(lines, title, outside)
    ):
        # «اخبار آرشیوی» / «اخبار آرشیوی» / «SPEAKER: HEADLINE»: the place where the page
        # prints its headline (twice: a title box and the heading) holds a short line, not
        # the line taken; either may be the page's title.
        state.title_doubt = (_TWICE_ABOVE, title - 1)
    if (
        title is not None
        and title_rule == "headline"
        and state.title_doubt is None
        and _place_label_opening(lines[title])
    ):
        # «در شهرستان بندر لنگه بازدید مدیر ... از نخلستان‌ها»: a counties' section prints
        # the county's label before every headline, run into it by text extraction.
        state.title_doubt = (_PLACE_LABEL_OPENING, title)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and not address.listing
        and state.title_doubt is None
        and _lone_teaser_under(lines, title, outside)
    ):
        # «کسره» / «... علت نام‌گذاری کسره به این است ... ادامه مطلب» and nothing more: one
        # item's excerpt and its button, a category page's only item or a stored teaser.
        state.title_doubt = (_LONE_TEASER, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and not hints.url
        and state.title_doubt is None
        and _lone_lead_under(lines, title, outside)
    ):
        # «امروز: ۱۴۰۳/۰۶/۳۰» / HEADLINE / one sentence, nothing more: a tag page's only
        # teaser (its name not printed) kept with the site's banner; without an address
        # (which names a list: «/tag/...») the text cannot tell it from a short item.
        state.title_doubt = (_LONE_LEAD, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and not address.listing
        and state.title_doubt is None
        and _cut_teasers(lines, title, outside) >= CUT_TEASERS
    ):
        # HEADLINE / text cut «...» / HEADLINE / text cut «...»: teasers of a list whose name
        # the page does not print (a Drupal front page's «?q=node&page=734», ktr.tj).
        state.title_doubt = (_CUT_TEASERS, None)
    if title is not None and title + 1 < len(lines) and _tags_heading(lines[title + 1]):
        title_rule = "listing name"  # a tag page: its name over «برچسب ها», then its items
    near = _archive_line_near(state, title, anchor, outside)
    if near is not None:
        title, title_rule = near, "listing name"
    elif (counted := _name_under_list_count(lines, title, outside)) is not None:
        title, title_rule = counted, "listing name"
    elif (
        title is not None
        and title_rule == "headline"
        and state.title_doubt is None
        and any(
            list_count(lines[i].norm)
            for i in range(max(0, title - LABEL_REACH_ABOVE), title)
            if i not in outside
        )
        and not _printed_around_header(lines, title, outside)
    ):
        # «تعداد اخبار امروز : 0 خبر» above the headline and no list's name under it: the
        # page counts its items, and the headline is the first item's.
        state.title_doubt = (_LIST_COUNTED_FIRST, None)
    elif (tagged := _tag_label_over_excerpt(state, title, outside)) is not None:
        title, title_rule = tagged, "listing name"
    elif (browsed := _browsed_name(lines, title, outside)) is not None:
        title, title_rule = browsed, "listing name"
    if address.listing and title_rule != "listing name":
        headline = title if title_rule in ("headline", "first line") else None
        title, title_rule = _url_listing_name(
            lines, title, anchor, outside, slug=address.slug, rule=title_rule
        )
        if (
            headline is not None
            and title is not None
            and title < headline
            and title_rule == "listing name"
            and (state.title_doubt is None or state.title_doubt[0] not in _LIST_NAME_DOUBTS)
            and _post_runs_on(lines, headline, outside)
        ):
            # «کنکور» / HEADLINE / an article's paragraphs, one after the other, and no other
            # item: at a list's address (a topic's «/topics/NAME/POST-SLUG») the short line
            # is a section's name over one post shown in full, or the list's over its only
            # post: which one the page is, the text does not say.
            state.title_doubt = (_LIST_NAME_OVER_FULL_POST, headline)
        if title is not None and lines[title].key != address.slug:
            _outlet_named(state, title, title_rule)  # (the name the address spells is the list's)
        if (
            title is not None
            and title_rule == "listing name"
            and (state.title_doubt is None or state.title_doubt[0] not in _LIST_NAME_DOUBTS)
            and address.slug is not None
            and not _names_the_address(lines[title], hints.url)
        ):
            # The short line over the first item, taken as the list's name, does not spell
            # the address's slug: a ticker's or an item's line as often as the list's name
            # (radioparsi.ir's «/tag/ثبت-شیوه-تارنوازی/» under «کنسرت عماد طالب زاده»;
            # piadero.ir's «/article-category/نوروز-1398» under an item's line).
            state.title_doubt = (_LIST_NAME_UNSPELLED, None)
        if (
            title is not None
            and title_rule in ("headline", "first line")
            and state.title_doubt is None
        ):
            # A list's address without the list's name printed: the headline (or the first
            # line of a page without one) is an item's.
            state.title_doubt = (_LIST_ADDRESS_FIRST, None)
    if (
        title is not None
        and title_rule != "listing name"
        and (label := _bare_label_above(lines, title, outside)) is not None
        and _label_heads_list(lines, label, title, outside, address.listing)
    ):
        # «بایگانی برچسب» / HEADLINE / excerpt: the page says it is a tag's or a category's
        # archive and prints no name of it; the headline under the label is the first item's
        # (one holding the address's slug too: the label says the name is not printed).
        if state.title_doubt is None or state.title_doubt[0] in _UNNAMED_LIST_DOUBTS:
            state.title_doubt = (_LIST_LABEL_UNNAMED, None)
        else:
            _doubt_as_a_list(state, _LIST_LABEL_UNNAMED)
    if (
        hints.archive_day is not None
        and title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
    ):
        # «<title>26 январи 2019 – SITE</title>»: a day archive, whose lines are its posts'.
        state.title_doubt = (
            f"the page's <title> names only a day ({hints.archive_day}): a date archive, "
            "whose lines are its posts' or the site's",
            None,
        )
    elif (
        address.date_archive
        and title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
    ):
        # «/2019_10_28_archive.html»: Blogger's date archive lists the period's posts, each
        # under its own headline; the first is the first post's, not the page's.
        state.title_doubt = (_LIST_BLOG_ARCHIVE_FIRST, None)
    elif (
        address.day_archive
        and title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and (
            (
                title + 1 < len(lines)
                and lines[title + 1].paragraph
                and _items_below(lines, title + 2)
            )
            or _excerpts_further(lines, title, outside)
        )
    ):
        # «/1396/06/30/»: a day archive showing several posts, each a headline over its
        # text; the first is the first post's, not the page's (one post alone is the page).
        # The first post may be shown in full, the others by their excerpts under it.
        state.title_doubt = (_LIST_DAY_ARCHIVE_FIRST, None)
    elif (
        address.month_archive
        and title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and _excerpt_then_items(lines, title)
    ):
        # «/2017/10/»: WordPress's month archive showing its posts' headlines over their
        # excerpts, no dates (market-center.ir): the first is the first post's, not the
        # page's. (With each post's date line, the posts' rule above gives no title.)
        state.title_doubt = (_LIST_MONTH_ARCHIVE_FIRST, None)
    elif (
        address.day_archive
        and title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and lines[title].words <= DAY_ARCHIVE_SHORT_WORDS
    ):
        # «/1398/11/15/» over one short line and a paragraph: a day's archive lists posts
        # under their headlines, and a line of two words («شهردار شهریار») is a name or an
        # image's caption more often than a post's headline: the page may be the list.
        state.title_doubt = (
            "the address is a day's archive and this short line may be a caption, not a "
            "post's headline",
            None,
        )
    elif (
        address.paged
        and title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
    ):
        # «?start=368»: a list's page at an offset (Joomla's category and tag views); the
        # headline is an item's, or an article's cut into pages: the address cannot tell.
        state.title_doubt = (
            "the address is a page of a list at an offset (?start=): this may be an item's "
            "headline",
            None,
        )
    if (
        address.period
        and title is not None
        and title_rule == "listing name"
        and state.title_doubt is None
        and not any(map(str.isdigit, lines[title].norm))
    ):
        # «/2017/07/page/2/»: a date archive names its period («بایگانی‌های تیر ۱۳۹۶», «Monthly
        # Archives: July 2017»), its year at least; a line without a digit over the first
        # post is that post's own (its headline over a subheading, a kicker), not the list's.
        state.title_doubt = (_LIST_PERIOD_UNNAMED, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and not address.listing
        and (posts := _dated_posts_doubt(lines, title, outside, address)) is not None
        and (
            state.title_doubt is None
            or (
                posts[0] in _UNNAMED_LIST_DOUBTS
                and state.title_doubt[0] not in _UNNAMED_LIST_DOUBTS
            )
        )
    ):
        # Several posts, each under (or over) its own date line of one template: a blog's
        # home page or a date archive, whose lines are its posts'.
        state.title_doubt = posts
    if (
        title is not None
        and title_rule in ("headline", "first line", "listing name")
        and url_number(hints.url) is None
        and (footers := _post_footers(lines, outside))
        and title < footers[-1]
        and (title > footers[0] or _post_text_between(lines, title, footers[0], outside))
    ):
        # Posts signed one by one with their own dates, and no item's ID in the address: a
        # blog's home page or archive (its title is not printed); a line over the first
        # footer, or between two, is a post's.
        state.title_doubt = (_LIST_POST_FOOTERS, None)
    if title is not None and state.title_start is None and (frame := _decorated(lines[title])):
        state.title_start, state.title_end = frame  # the title without its frame of marks
    elif title is not None and title_rule == "headline" and state.title_end is None:
        state.title_end = _clean_print_below(lines, title, outside) or _new_badge_end(lines[title])
    if (
        title is not None
        and title_rule in ("headline", "headline (h1)", "first line")
        and state.title_start is None
        and state.title_end is None
    ):
        # «HEADLINE – DW – ۱۴۰۳ بهمن ۲۵»: a page's <title> as the extractor's first line.
        state.title_end = _site_dated_title(lines[title]) or _doubled_title(lines[title])
        if state.title_end is None and (debris := _markup_debris(lines[title])) is not None:
            head = lines[title].text[:debris].rstrip()
            if (
                DEBRIS_TITLE_WORDS <= len(head.split()) <= HEADLINE_MAX_WORDS
                and head[-1] not in _KICKER_ENDS
            ):
                # «HEADLINE ulliتعاريف :liulندارد.»: a list's tags left glued to its items;
                # the headline is the text before them.
                state.title_end = lines[title].start + len(head)
            elif state.title_doubt is None:
                state.title_doubt = (_MARKUP_DEBRIS, None)
        if state.title_doubt is None and _glued_bracket(lines[title]):
            state.title_doubt = (_GLUED_CRUMBS, None)
        if (
            state.title_end is None
            and state.title_doubt is None
            and lines[title].words <= 2 * BUTTON_DOUBT_WORDS + BUTTON_LABEL_WORDS
            and _title_around_button(lines[title], BUTTON_DOUBT_WORDS) is not None
        ):
            state.title_doubt = (_TWICE_AROUND_LABEL, None)
        if state.title_end is None:
            state.title_start = _slash_trail_start(lines[title])
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_end is None
        and (cut := _wiki_name_tail(lines[title])) is not None
    ):
        state.title_end = lines[title].start + cut  # «TITLE - ویکی‌پدیا، دانشنامهٔ آزاد»
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_start is None
        and (named := _wiki_chrome_name(lines[title], state.title_end)) is not None
    ):
        # «NAME: تفاوت میان نسخه‌ها», «تاریخچهٔ NAME», «بحث:NAME»: a wiki's page about the
        # article NAME (a diff, its history, its talk), not the article: NAME, doubted.
        state.title_start, state.title_end = named
        if state.title_doubt is None:
            state.title_doubt = (_WIKI_CHROME, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_end is None
        and (cut := _site_name_tail(lines[title])) is not None
    ):
        if len(lines[title].text[:cut].split()) > MACHINE_TITLE_WORDS:
            state.title_end = lines[title].start + cut  # «HEADLINE – SITE»: a <title>'s form
        elif state.title_doubt is None:
            # «گروه مهندسی کامپیوتر - دانشگاه فردوسی مشهد»: a short name before the
            # institution's is a department's: the whole line names the site.
            state.title_doubt = (_INSTITUTION_ALONE, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_end is None
        and (cut := _name_under_tail(lines, title)) is not None
    ):
        state.title_end = lines[title].start + cut  # «HEADLINE - NAME» over «NAME» alone
    if title is not None and title_rule == "headline" and state.title_start is None:
        credit = _AGENCY_CREDIT.match(lines[title].text)
        if credit is not None and len(lines[title].text[credit.end() :].split()) >= _CREDITED_WORDS:
            # «خبرگزاری فارس: HEADLINE»: an aggregator's or extractor's line credits the
            # agency before the headline; the headline is what follows the colon.
            state.title_start = lines[title].start + credit.end()
    if title is not None:
        lead = _find_lead(state, title, outside, anchor)
    else:
        lead = anchor if anchor is not None else len(lines)
    end = _body_end(state, lead, outside) if lead < len(lines) else len(lines)
    block = _header_block_under_lead(state, lead, end, outside)
    if block:
        end = _body_end(state, max(block) + 1, outside)
    # 3. Header lines: above the title, and between the title and the lead.
    if title is not None and (dated := _dated_title(lines[title], state)) is not None:
        # «HEADLINE 1396/05/30»: a table row's headline and its date run into one line.
        state.title_end = dated[0]
        _date_candidate(state, dated[1], "header", title, 0)
    if title is not None and (copy := _dated_copy_under(lines, title, outside)) is not None:
        # «(2 شهریور 1402 - 08:37:47) HEADLINE» under the headline: the story's date and time
        # in brackets, its headline printed again after them.
        _date_candidate(state, copy[1], "header", copy[0], copy[0] - title)
    if title is not None:
        state.widget_lines = _widget_spread(state, title)
        _walk(state, (i for i in range(title) if i not in outside), "pre", title)
        _walk(state, (i for i in range(title + 1, lead) if i not in outside), "header", title)
    else:
        # No headline: the label, date and chrome lines above the running text (or all of
        # them, when there is none) are the header; a weekday's date with other lines
        # between it and a date line nearer the text is the site's banner of the day.
        banners = _banners_over_a_date(state, lead, outside)
        for index in sorted(banners):
            state.ignore(lines[index], "today widget")
        header = (i for i in range(lead) if i not in outside and i not in banners)
        _walk(state, header, "header", None)
    # 4. Late header lines right under the lead, and the footer.
    late = _late_header(state, lead, end, outside, title) | block
    footer = [i for i in range(end, len(lines)) if i not in outside]
    state.footer_list = next(
        (
            i
            for i in footer
            if lines[i].words <= 5
            and is_section_end(lines[i].norm)
            and not _inline_link_in_body(lines, i)
        ),
        None,
    )
    _walk(state, footer, "footer", title)
    listing = (
        title_rule == "listing name"
        or address.listing
        or unnamed_list
        or _listing(state, lead, outside)
    )
    if any(rule == "archive title" for _, rule in hints.titles):
        # The page's <title> or og:title is an archive's («بایگانی‌های NAME - SITE»): a list.
        title_rule, listing = "listing name", True
    one_post = False
    if listing:
        # A tag or archive page: the ID and date lines under its items are theirs.
        # Under a list's name (or at a list's address), the header lines are the first
        # item's as well.
        item_rules: tuple[str, ...] = (
            ("label", "date line") if title_rule == "listing name" or address.listing else ()
        )
        if address.listing and title_rule != "listing name":
            # At a list's address with no list name printed, the title is the first item's
            # headline: the date line right above it (a theme's «date, headline, excerpt»
            # item) is that item's date as well.
            item_rules += ("date line above title",)
        if unnamed_list:
            # No name over the first item: the lines above its headline are its own too.
            item_rules = ("label", "date line", "label above title", "date line above title")
        one_post = "label" in item_rules and _one_full_post(state)
        if one_post:
            # The list shows one post in full under its own labelled header: the page is
            # that post (a blog's category page of one post), its labelled date the page's.
            item_rules = tuple(rule for rule in item_rules if rule != "label")
        state.candidates = [
            c
            for c in state.candidates
            if not (
                c.rule.endswith("after lead") or c.rule.startswith("footer") or c.rule in item_rules
            )
        ]
    if listing:
        # (At a list's address a page may print no line at all: a cut-off HTML page's head.)
        where = lines[lead].start if lead < len(lines) else lines[-1].start if lines else 0
        state.warn(
            "listing-page",
            "the page lists several items (a tag, archive or column page): the title is the "
            "list's name, and the items' IDs and dates are not the page's"
            + ("; it shows one post in full, whose labelled date is taken" if one_post else ""),
            where,
        )
    if not state.newspaper and not listing:
        # A front page's text layer: the masthead run into a line of the page (the issue
        # date fills the gap when the page prints no other date, with issue-date-only).
        for index in _masthead_lines(state, end):
            found = None if index in outside else _masthead(lines[index])
            if found is not None:
                state.newspaper.append(found)
                break
    for index in sorted(outside):
        reason: IgnoredReason = "below the article" if index > lead else "above the title"
        state.ignore(lines[index], "widget" if index in boxes else reason)
    if not listing and lead < len(lines) and lead not in outside:
        opening = lead
        if not lines[lead].paragraph:
            # A caption or a short line first («جوانان کابلل» under the headline): the
            # report's dateline opens the paragraph right under it.
            opening = next(
                (
                    i
                    for i in range(lead + 1, min(end, lead + 1 + LEAD_REACH))
                    if i not in outside and lines[i].paragraph
                ),
                lead,
            )
        _lead_dateline(state, lines[opening], headed=title is not None)
        # «امروز پنج شنبه نوزدهم خرداد سال 1384 ...»: the first paragraph under the title
        # calls a whole date today (the lead, or the paragraph over a kicker's entries).
        top = title + 1 if title is not None else 0
        first = next(
            (i for i in range(top, lead + 1) if i not in outside and lines[i].paragraph), lead
        )
        _today_dateline(state, lines[first], lines[title] if title is not None else None)
    state.today_weekdays = _today_in_lead(state, lead, end, outside)
    state.today_days = _today_days_in_lead(state, lead, end, outside)
    if title is not None:
        state.title_days = frozenset(named_days(lines[title].norm))
    if not state.afghan and (_pashto(lines, title, lead) or _afghan_masthead(lines, title)):
        state.afghan = True  # a page in Pashto keeps Kabul's clock
    if not state.afghan:
        state.lead_afghan_days = _afghan_days_in_lead(state, lead, end)
    state.candidates.extend(hints.candidates)
    if not address.listing:
        # The address: its date path and its ID fill a gap (never on a list's address; a
        # page that reads like a list at an item's address is that item).
        _url_candidates(
            state, hints.url, listed=listing and not one_post, shortlink=hints.shortlink
        )
    # 5. Resolution: nothing above changes from here on.
    choices = _resolve(state)
    # 6. Assembly.
    # The lead's and body's line numbers (4 bytes a line; their objects are made when read).
    if late or outside:
        paragraphs = array("i", (i for i in range(lead, end) if i not in late and i not in outside))
    else:
        paragraphs = array("i", range(lead, end))
    title_line = lines[title] if title is not None else None
    evidence = {name: choice.rule for name, choice in choices.items() if choice is not None}
    if title_line is not None:
        evidence["title"] = title_rule
    return _assemble(state, title_line, paragraphs, choices=choices, evidence=evidence, hints=hints)


# Letters Pashto writes and Persian (Iranian or Dari), Arabic, Urdu and Kurdish do not:
# ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې.
_PASHTO_LETTERS = frozenset("\u067c\u0681\u0685\u0689\u0693\u0696\u069a\u06ab\u06bc\u06cd\u06d0")
_PASHTO_LETTER = re.compile("[" + "".join(sorted(_PASHTO_LETTERS)) + "]")
# How many of them the headline and the lead hold at least: one may be a Pashto name in a
# Persian sentence; a Pashto sentence has several.
PASHTO_MIN_LETTERS = 3


# A publication naming itself in its masthead line: «نشریهء سیاسی ... افغانستان».
_MASTHEAD_OF_AFGHANISTAN = regex.compile(
    r"(?:^|[\x20\u200c])(?:نشریه|هفته[\x20\u200c]*نامه|ماهنامه|فصلنامه|مجله)"
    r"[^\n]*[\x20\u200c]افغانستان[\x20\u200c.!]*$"
)


def _afghan_days_in_lead(state: _State, lead: int, end: int) -> frozenset[str]:
    """The days (ISO) that the lead or the paragraph under it dates in the Afghan calendar:
    a day, a zodiac month and a year («به روز (شنبه 12 دلو 1398)»). When one is the day
    the page is dated, the article names its own day in the Afghan calendar (an Afghan
    ministry prints its header time in English, «Sat, Feb 01 2020 3:10 PM», and its story
    in Dari): the page's clock is Kabul's (see _resolve). A zodiac word without a day and a
    year («میزان», «اسد» as words) is no date; an Afghan date of another day is quoted."""
    days: set[str] = set()
    lines = state.lines
    for index in range(lead, min(end, lead + LEAD_PARAGRAPHS_AFGHAN)):
        line = lines[index]
        norm = line.norm
        # Every date the grammar reads has a four-digit year (ASCII in the normalised copy):
        # a line without a digit is passed over before the zodiac words' pattern, which
        # costs far more on a long paragraph (about 97,000 instructions on the seed's
        # second paragraph of 247 characters, against about 12,000 for the digit test).
        if not _ascii_digit_in(norm) or not _ZODIAC_WORD.search(norm):
            continue
        pos = 0
        while (match := search(norm, pos)) is not None:
            pos = match.end()
            if match.captures("ma"):
                try:  # (not _read_match: a quoted date must not set the page's calendar)
                    read = read_match(state.doc, norm, match, len(norm), base=line.start)
                except DateError:
                    continue
                days.add(read.stamp.gregorian.isoformat()[:10])
    return frozenset(days)


# The lead and the paragraph under it are searched for a date in the Afghan calendar.
LEAD_PARAGRAPHS_AFGHAN = 2
_ZODIAC_WORD = regex.compile("|".join(sorted(vocab.AFGHAN_MONTHS, key=len, reverse=True)))


def _afghan_masthead(lines: Sequence[_Line], title: int | None) -> bool:
    """Whether a line above the title is the site's masthead naming it a publication of
    Afghanistan («Khawaran.com نشریهء سیاسی، فرهنگی، تاریخی و اجتماعی افغانستان»): the
    country's name ends one of the first lines, which calls the site a periodical. A menu
    item «افغانستان», a source line («منبع: خبرگزاری باختر افغانستان») or a headline about
    the country does not."""
    if title is None:
        return False
    for index in range(min(title, ORDER_LINES + 1)):
        norm = lines[index].norm
        if norm.endswith("افغانستان") and _MASTHEAD_OF_AFGHANISTAN.search(norm):
            return True
    return False


def _pashto(lines: Sequence[_Line], title: int | None, lead: int) -> bool:
    """Whether the article is written in Pashto: its headline and lead hold at least
    :data:`PASHTO_MIN_LETTERS` of :data:`_PASHTO_LETTERS`.

    A Pashto page with a Solar Hijri date or a time printed without its zone is an Afghan
    site's (Pakistan's Pashto press dates by the Gregorian calendar with its own clock, and
    is not what this library reads): its times are on Kabul's clock, as an ``.af`` host's.
    """
    found = 0
    for index in (title, lead):
        if index is None or index >= len(lines):
            continue
        # (One class search in C; a set test of every character cost about 40,000
        # instructions on a lead of 300 characters.)
        found += len(_PASHTO_LETTER.findall(lines[index].text))
    return found >= PASHTO_MIN_LETTERS


# The hints of a text given alone (a frozen record: one for every call).
_NO_HINTS = Hints()


def _dash_near_start(norm: str) -> bool:
    """Whether a dash stands within a source's dateline reach of the line's start."""
    head = norm[:SOURCE_DATELINE_REACH]
    return "-" in head or "–" in head


def _lead_dateline(state: _State, line: _Line, headed: bool = True) -> None:
    """The date of an agency's dateline opening the lead: «غزنی (پژواک، ۲۲ اسد ۱۴۰۱): ...»;
    or of a post's header run into it: «NAME 13039 اشتراک گذاری ارسال شده در 7 شهریور، ۱۳۸۸»;
    or a whole date and a dash opening it under a headline (``headed``): «۵/ حوت/ ۱۳۹۱ – حدود
    ۱۶۰ تن ...», or a whole date, a comma and its own weekday: «۱۴۰۳ بهمن ۲۵, پنجشنبهپه ...»
    (without a headline such a line is a page's title run into its text: «26 январи 2019 –
    SITE ...»)."""
    found = dateline_date(line.norm) if "(" in line.norm else None
    if found is None and "شده" in line.norm[:DATELINE_MAX_CHARS]:
        found = posted_on_date(line.norm)
    weekday = None
    if found is None and headed and line.norm[:1].isdigit():
        found = date_first_dateline(line.norm)  # «۵/ حوت/ ۱۳۹۱ – ...»
        if found is None and (dated := date_weekday_dateline(line.norm)) is not None:
            found, weekday = dated[:2], dated[2]  # «۱۴۰۳ بهمن ۲۵, پنجشنبهپه ...»
    elif found is None and headed and _dash_near_start(line.norm):
        found = source_dateline(line.norm)  # «شبکهخبر- 19 مهر 1402-18:30| ...»
    if found is None:
        return
    read = _read_date(state, (line.start + found[0], line.start + found[1]))
    if (
        read is not None
        and weekday is not None
        and (read.stamp.gregorian.weekday() + 2) % 7 != weekday
    ):
        return  # the weekday is not the date's: no header run into the lead
    if read is not None:
        span = text_span(read.stamp)
        state.candidates.append(
            Candidate("published", "dateline", "", line.index, stamp=read.stamp, span=span)
        )


def _today_dateline(state: _State, line: _Line, headline: _Line | None = None) -> None:
    """The date a paragraph opening with «امروز» (today) and a whole date with its weekday
    and year names: the day the text was written (a weekday not the date's: none). A
    headline that names the same day («روزشمار انقلاب؛ ۱۷ شهریور ۱۳۵۷» over «امروز جمعه ۱۷
    شهریور ۱۳۵۷، ...») makes the day the text's subject, a calendar column's: none."""
    if not line.norm.lstrip(" \u200c").startswith("امروز"):
        return
    found = today_dateline(line.norm)
    if found is None:
        return
    read = _read_date(state, (line.start + found[0], line.start + found[1]))
    if read is None or any(issue.code == "weekday-mismatch" for issue in read.issues):
        return
    if headline is not None and _names_day(state, headline, read.stamp.jalali_date):
        return
    state.candidates.append(
        Candidate(
            "published", "dateline", "", line.index, stamp=read.stamp, span=text_span(read.stamp)
        )
    )


def _names_day(state: _State, line: _Line, day: tuple[int, int, int]) -> bool:
    """Whether a line prints a date of the Jalali ``day`` (any form of it)."""
    at = 0
    while (match := search(line.norm, at)) is not None and match.end() > at:
        read = _read_date(state, (line.start + match.start(), line.start + match.end()))
        if read is not None and read.stamp.jalali_date == day:
            return True
        at = match.end()
    return False


def _find_lead(state: _State, title: int, outside: set[int], anchor: int | None = None) -> int:
    """The first plain-text line under the title that is not a label's value or the title again.

    A short line with the header's date or label lines still under it (a site's name
    printed between the headline and the date line) is part of the header, not the lead.
    """
    lines = state.lines
    key = lines[title].key
    pending: FieldName | None = None
    header_below = (
        -1
        if anchor is None or anchor <= title
        else max(
            (i for i in range(title + 1, anchor) if lines[i].info.kind in ("labels", "date")),
            default=-1,
        )
    )
    for index in range(title + 1, len(lines)):
        if index in outside:
            continue
        line = lines[index]
        info = line.info
        if (
            pending is not None
            and not _apart(state, line)
            and fits_next_line(pending, line.norm, info)
        ):
            pending = None
            continue
        pending = None
        if info.kind == "text" and line.key != key:
            if index < header_below and not line.paragraph and line.chrome is False:
                state.ignore(line, "above the title")
                continue
            return index
        if info.kind == "labels" and info.labels[-1].value[0] == info.labels[-1].value[1]:
            pending = info.labels[-1].field
    return len(lines)


_DAILY_BOX_HEADINGS = frozenset(_squash(normalize(h)) for h in vocab.DAILY_BOX_HEADINGS)
# A daily box holds its heading and at most this many lines under it.
DAILY_BOX_LINES = 3
# Daily boxes are looked for among the text's first lines only (the page's chrome).
DAILY_BOX_REACH = 60
# At most this many lines of browser or script noise stand over a page.
BROWSER_NOTICE_LINES = 4


# A line that spells a host name, dots and spaces aside («Hooman . ORG», «www.hooman.org»).
_HOST_LINE = re.compile(
    r"[\x20]*(?:https?://)?(?P<name>[A-Za-z0-9-]+(?:[\x20]*\.[\x20]*[A-Za-z0-9-]+)+)/?[\x20]*"
)
# How far down the text a site's name or address line is looked for (its masthead).
HOST_NAME_LINES = 12


def _host_name_lines(lines: Sequence[_Line], url: str | None) -> set[int]:
    """The masthead's lines that spell the site's host name, dots, spaces and case aside:
    «Hooman . ORG» over «www.hooman.org» (hooman.org). The host is the address's, or one an
    address line among them prints; a line spelling a whole host name (its ending too) is
    the site's name or address, never the title."""
    head = [line for line in lines[:HOST_NAME_LINES] if line.text.isascii() and "." in line.text]
    if not head:
        return set()
    spelled = {
        match.group("name").replace(" ", "").lower()
        for line in head
        if (match := _HOST_LINE.fullmatch(line.text)) is not None
    }
    hosts = {host.removeprefix("www.") for host in spelled if host.startswith("www.")}
    if url:
        hosts.add((_hostname(url) or "").removeprefix("www."))
    hosts.discard("")
    found: set[int] = set()
    for line in head:
        match = _HOST_LINE.fullmatch(line.text)
        if (
            match is not None
            and match.group("name").replace(" ", "").lower().removeprefix("www.") in hosts
        ):
            found.add(line.index)
    return found


def _browser_notices(lines: Sequence[_Line]) -> set[int]:
    """The run of script or browser noise that opens the page (:func:`is_browser_notice`:
    «Loading...», «شما از نسخه قدیمی این مرورگر استفاده می‌کنید ...», a web app's install
    prompt), from its first line down: chrome over the page, never its headline nor its
    running text. The top bar's own furniture may stand among them (a theme toggle, the
    bar's date of the day: «حالت تاریک» / «پنجشنبه, 1403/11/04 شمسی | ...» / «آیا مایل به
    نصب وب اپلیکیشن ... هستید؟», tests/pages/1325); it is passed over, not taken."""
    found: set[int] = set()
    top = lines[:BROWSER_NOTICE_LINES]
    for at, line in enumerate(top):
        if _notice_line(line):
            found.add(line.index)
        elif not (
            line.chrome
            or line.info.kind == "date"
            or _chrome_over_date(line)
            or (at + 1 < len(top) and _notice_line(top[at + 1]) and _bar_over_notice(line))
        ):
            break
    return found


def _notice_line(line: _Line) -> bool:
    """Whether ``line`` is script or browser noise (:func:`is_browser_notice`)."""
    return (
        line.words <= BROWSER_NOTICE_WORDS
        and notice_hint(line.text)  # (no normalised copy made for most lines)
        and is_browser_notice(line.norm)
    )


def _bar_over_notice(line: _Line) -> bool:
    """A line right over a browser notice at the page's top that may be the bar's own
    furniture run together («حالت تاریکی شهر», «تهران  • DATE» over «آیا مایل به نصب وب
    اپلیکیشن ... هستید؟»): a toggle's length, and no sentence ending with its verb (a
    headline printed over the notice, «حالت اضطرار در سه استان جنوبی اعلام شد», is one).
    Passed over like the toggle, never taken out: the notices under it are found."""
    return line.words <= TOGGLE_RUN_IN_WORDS and not _verb_end(line)


# A bar's items set side by side in one line (HTML spans, a flattened bar): the first item
# ends where two spaces, a bullet or a bar begin.
_BAR_ITEM_END = re.compile(r"\s{2,}|\s*[•|]\s*")


def _chrome_over_date(line: _Line) -> bool:
    """A top bar's button and its date of the day on one line («حالت تاریک  • پنجشنبه,
    1403/11/04 شمسی | 2025/01/23 میلادی»: an HTML bar's spans flattened together): the line
    holds a date and its first item, before two spaces, a bullet or a bar, is chrome."""
    if line.info.kind != "mixed":
        return line.info.kind == "text" and _toggle_run_in(line)
    head = _BAR_ITEM_END.split(line.norm.strip(), 1)
    if "\t" in line.text:
        # One tab between the items (a bar's cells flattened; the normalised copy spaces it).
        raw = _BAR_ITEM_END.split(line.text.strip().replace("\t", "  "), 1)
        head = [normalize(part) for part in raw]
    return len(head) == 2 and bool(head[0]) and is_chrome_line(head[0])


def _toggle_run_in(line: _Line) -> bool:
    """A theme toggle run into the line after it with no date («حالت تاریک  کتابخانه مرکزی
    شهر», «حالت تاریک کتابخانه مرکزی شهر»: the bar's button and the next span flattened
    together): the bar's furniture, passed over like the toggle alone (:func:`_browser_notices`)."""
    if line.words > TOGGLE_RUN_IN_WORDS:
        return False
    lowered = line.norm.lstrip().lower()
    return any(
        lowered.startswith(toggle)
        and lowered[len(toggle) : len(toggle) + 1] in (" ", "\t", "•", "|")
        for toggle in _THEME_TOGGLES
    )


# The most words of a toggle's line with the span run into it (a site's name, a menu item).
TOGGLE_RUN_IN_WORDS = 10
# A theme toggle's button (:data:`_vocab` lists them among the chrome phrases), in lower case.
_THEME_TOGGLES = (
    "حالت تاریک",
    "حالت روشن",
    "حالت شب",
    "حالت روز",
    "تم تاریک",
    "تم روشن",
    "dark mode",
    "light mode",
)


def _daily_boxes(state: _State) -> set[int]:
    """A daily box: a heading such as «حدیث روز» alone on its line and the text lines right
    under it (to the next blank line, date or label line; at most DAILY_BOX_LINES): page
    chrome, never the article."""
    found: set[int] = set()
    lines = state.lines
    for index in range(min(len(lines), DAILY_BOX_REACH)):
        line = lines[index]
        if line.words > 3 or line.key not in _DAILY_BOX_HEADINGS:
            continue
        found.add(index)
        for below in range(index + 1, min(len(lines), index + 1 + DAILY_BOX_LINES)):
            if _apart(state, lines[below]) or lines[below].info.kind != "text":
                break  # a blank line, or a date or label line: the box has ended
            found.add(below)
    return found


# MediaWiki's tagline under a page's heading opens with «from» in the wiki's language: «از
# ویکی‌پدیا، دانشنامهٔ آزاد», «From Wikipedia, the free encyclopedia», Sorani «لە ...»
# (kurdcollect.com), Kurmanji «Ji Wîkîpediya, ...» (ku.wikipedia.org), Arabic «من ويكيبيديا،
# الموسوعة الحرة».
_WIKI_FROM = regex.compile(r"^[\x20]*(?:از|لە|له|من|(?i:from|ji))[\x20\u200c]+\S")


def _wiki_site_sub(lines: Sequence[_Line]) -> set[int]:
    """MediaWiki's tagline and skip links under a page's heading: «HEADING» / «لە Kurd
    collect» / «Jump to navigation Jump to search». The skip links show the wiki's layout,
    so the short «from ...» line right above them is its site-sub line (the site's name,
    whatever its words), never the title; the two lines are chrome."""
    found: set[int] = set()
    for index in range(2, min(len(lines), WIKI_HEAD_LINES)):
        opening = lines[index].text.lstrip()[:4].lower()
        if not opening.startswith(_WIKI_JUMP_OPENINGS) or not is_wiki_jump_links(lines[index].norm):
            continue  # (the opening first: no normalised copy made for most lines)
        tagline = lines[index - 1]
        if tagline.words <= WIKI_TAGLINE_WORDS and _WIKI_FROM.match(tagline.norm) is not None:
            found |= {index - 1, index}
    return found


# How far down a text MediaWiki's skip links may stand (a few menu lines over the heading).
WIKI_HEAD_LINES = 12
# The skip links' first word (:func:`is_wiki_jump_links`), in lower case.
_WIKI_JUMP_OPENINGS = ("پرش", "jump", "اذهب")


def _outside_lines(state: _State, spans: Sequence[Span]) -> set[int]:
    """Indexes of the lines inside the given spans (HTML navigation, sidebars, footers)."""
    found: set[int] = set()
    for start, end in spans:
        index = bisect.bisect_left(state.starts, start)
        while index < len(state.lines) and state.lines[index].start < end:
            found.add(index)
            index += 1
    return found


def _late_header(
    state: _State, lead: int, end: int, outside: set[int], title: int | None = None
) -> set[int]:
    """Label and date lines among the few lines right after the lead belong to the header.

    Some sites print the title, then a summary, then the date and the ID. Only
    label lines and whole date lines count (not dates inside sentences), and none under
    another item's headline (:func:`_next_items_headline`).
    """
    taken: set[int] = set()
    stop = min(end, lead + 1 + LATE_HEADER_LINES)
    if (other := _next_items_headline(state, lead, stop, outside, title)) is not None:
        stop = other  # the lines from there on are the next item's
    for index in range(lead + 1, stop):
        line = state.lines[index]
        if index in outside or line.end - line.start > LATE_HEADER_MAX_CHARS or line.paragraph:
            continue  # a paragraph, not a label or date line: not worth classifying
        info = line.info
        if info.kind in ("labels", "date", "mixed"):
            if info.kind == "mixed" and line.words > 8 and not line.byline:
                continue  # a sentence with a date; a byline with its date is the header's
            if info.kind != "labels" and not info.labels and _another_events_date(state, line):
                state.ignore(line, "another date")  # (a schedule's step under its label)
                continue
            _record(state, line, info, "late", 0)
            taken.add(index)
    return taken


def _next_items_headline(
    state: _State, lead: int, stop: int, outside: set[int], title: int | None
) -> int | None:
    """The index of another item's headline between the lead and its label or date lines,
    or None.

    «HEADLINE» / «HEADLINE» / «EXCERPT» / «OTHER HEADLINE» / «• کد خبر : ID» / «• DATE» /
    «ITS EXCERPT»: a headline-shaped line under the lead that shares no content word with
    the title or the lead, right over a run of label and date lines and a paragraph under
    them, heads its own item (a list's next entry, a related story); that run is the item's
    header, never the page's (fix101: mut25's list gave the second item's date and ID)."""
    lines = state.lines
    if title is None or lead >= len(lines) or not lines[lead].paragraph:
        return None
    for index in range(lead + 1, stop):
        line = lines[index]
        if index in outside:
            continue
        if line.paragraph:
            return None  # the lead's story goes on
        if line.info.kind != "text":
            continue
        if (
            not 3 <= line.words <= HEADLINE_MAX_WORDS
            or line.chrome
            or line.byline
            or line.text.rstrip()[-1:] in _KICKER_ENDS
        ):
            return None
        below = index + 1
        while below < len(lines) and below not in outside and lines[below].info.kind in _META:
            below += 1
        if below == index + 1 or below >= len(lines) or below in outside:
            return None
        if not lines[below].paragraph:
            return None
        words = _content_words(line)
        if not words or words & (_content_words(lines[title]) | _content_words(lines[lead])):
            return None  # a caption or a subtitle of the story: its header may follow
        return index
    return None


# The kinds of a meta block's lines under an item's headline.
_META = ("labels", "date")


# Lines between the lead and the body that a header block printed there may take.
UNDER_LEAD_LINES = 8
# A line of that block without a date or a label (a share button) has at most this many words.
UNDER_LEAD_WORDS = 4


def _header_block_under_lead(state: _State, lead: int, end: int, outside: set[int]) -> set[int]:
    """The header block printed between a one-paragraph lead and the body, or an empty set.

    «LEAD» / «03 آذر 1403» / «کد خبر : 71747» / share buttons / the body's paragraphs: the
    date and label lines right under the lead, then short button lines, then the running
    text again. Without a paragraph after them they are the footer (see :func:`_body_end`).
    """
    lines = state.lines
    if end != lead + 1 or end >= len(lines) or lead >= len(lines) or not lines[lead].paragraph:
        return set()
    first = lines[end]
    if end in outside or first.info.kind not in ("date", "labels"):
        return set()
    block: set[int] = set()
    for index in range(end, min(len(lines), end + UNDER_LEAD_LINES)):
        line = lines[index]
        if line.paragraph:
            return block if index > end else set()
        if index in outside:
            return set()
        kind = line.info.kind
        if kind in ("date", "labels") and index > lead + LATE_HEADER_LINES:
            return set()  # too far under the lead for the late header to read it
        if kind in ("date", "labels", "control", "counter", "widget") or (
            kind == "text" and line.words <= UNDER_LEAD_WORDS and not is_section_end(line.norm)
        ):
            block.add(index)
        else:
            return set()
    return set()


# A blog's list counter, alone on its line: «۶ مطلب با موضوع «آموزش» ثبت شده است» (a
# category page of blog.ir), «۳ مطلب با کلمه‌ی کلیدی «X» ثبت شده است» (a tag page).
_LIST_COUNTER = regex.compile(
    r"^[0-9۰-۹]+[\x20\u200c]+مطلب[\x20\u200c]+با[\x20\u200c]+"
    r"(?:موضوع|برچسب|کلمه[\x20\u200c]*(?:ی|ٔ)?[\x20\u200c]*کلیدی)[\x20\u200c]*"
    r"«[^«»]+»[\x20\u200c]*ثبت[\x20\u200c]+شده[\x20\u200c]+است$"
)


# The characters _LIST_COUNTER's first class takes.
_COUNTER_DIGITS = frozenset("0123456789۰۱۲۳۴۵۶۷۸۹")


def _blog_name_over_counter(
    lines: Sequence[_Line], anchor: int | None, outside: set[int]
) -> int | None:
    """Over a blog's list counter (at or above the body's anchor), the first text line
    printed again above the counter: the blog's name, in the page's header and its sidebar.
    None without a counter or without such a line."""
    stop = min(len(lines), (anchor if anchor is not None else len(lines) - 1) + 1)
    counter = next(
        (
            i
            for i in range(stop)
            if i not in outside
            # The counter starts with its number: a line that does not is not matched.
            and lines[i].norm[:1] in _COUNTER_DIGITS
            and _LIST_COUNTER.match(lines[i].norm)
        ),
        None,
    )
    if counter is None:
        return None
    seen: dict[str, int] = {}
    for index in range(counter):
        line = lines[index]
        if index in outside or line.info.kind != "text" or line.chrome:
            continue
        if line.key in seen:
            return seen[line.key]
        seen[line.key] = index
    return None


def _listing(state: _State, lead: int, outside: set[int]) -> bool:
    """Whether the "body" is a list of items, each with its own ID label (a tag page).

    Three or more different IDs after a number label in the running text: no single
    article owns them, so none of them (nor the dates beside them) is the page's.
    """
    values: set[str] = set()
    doc = state.doc
    found = state.number_ids
    for index in range(lead, len(state.lines)):
        line = state.lines[index]
        if index in outside or line.end - line.start > LATE_HEADER_MAX_CHARS:
            continue
        if doc.find(":", line.start, line.end) < 0:
            continue  # no label on the line
        # The check runs twice a parse (from the body's anchor, then from the lead): a
        # line's IDs are read once (a short line with a colon: few lines of a page).
        ids = found.get(index)
        if ids is None:
            ids = found[index] = _number_ids(doc, line)
        values.update(ids)
        if len(values) >= LISTING_IDS:
            return True
    return False


def _number_ids(doc: str, line: _Line) -> tuple[str, ...]:
    """The values of the number labels on ``line`` (a short line holding a colon), for
    :func:`_listing`."""
    norm = line.__dict__.get("norm")
    if norm is None:
        # Not normalised yet: searched in place (no copy of the line), the character
        # before a line's start being a line break or a stripped space or mark, never a
        # letter, as at a copy's start.
        if _NUMBER_LABEL_RAW.search(doc, line.start, line.end) is None:
            return ()  # no number label can start on the line: not worth classifying
        norm = line.norm
    elif not _may_name_number(norm):
        # Normalised already (most such lines of a page): substring tests in C, where the
        # search above is tried at every character (about 20,000 instructions a line).
        return ()
    if _NUMBER_LABEL.search(norm) is None:
        return ()
    if line.info.kind != "labels":
        return ()
    return tuple(
        line.norm[slice(*label.value)]
        for label in line.info.labels
        if label.field == "number" and label.value[0] < label.value[1]
    )


# A page with this many item IDs in its running text is a list of items.
LISTING_IDS = 3
# A number label's spelling where a word starts (the label patterns' own alternation): a
# line without one holds no number label, so the tag-page check need not classify it.
_NUMBER_LABEL = regex.compile(r"(?<![\p{L}\p{M}])(?:" + any_case(vocab.LABELS["number"]) + ")")


def _raw_starts(entries: Iterable[str]) -> str:
    """A stdlib pattern for the text as written that finds something wherever a label of
    ``entries`` starts a word in the text's normalised copy (and possibly elsewhere).

    Each entry's first word, spelled in the raw characters that fold to its letters
    (:func:`raw_spelling`), not right after a letter of the same word; Latin words in
    any case. A necessary condition only: a line where it finds nothing holds no such
    label, and any other line is checked on its normalised copy as before. Proved over
    generated strings by tests/test_prefilters.py (``jalali_meta.testing.PREFILTERS``).

    The pattern starts with one class of every first letter, so the engine skips ahead
    with one set lookup a character; each word's rest is tried after a lookbehind that
    tells which first letter was found.
    """
    heads = {re.split("[ \u200c]", entry)[0] for entry in entries}
    assert all(head.isalpha() for head in heads), heads
    groups: dict[str, list[str]] = {}  # first letter's class -> the words' rests
    for head in sorted(heads, key=lambda h: (-len(h), h)):
        if head.isascii():
            first = _any_case_class(head[0])
            rest = "".join(_any_case_class(char) for char in head[1:])
        else:
            spelled = raw_spelling(head)
            first = spelled[: spelled.index("]") + 1] if spelled[0] == "[" else spelled[0]
            rest = spelled[len(first) :]
        groups.setdefault(first, []).append(rest)
    branches = []
    for first, rests in groups.items():
        word_start = "" if first.isascii() else f"(?<![{WORD_LETTERS}].)"
        branches.append(f"(?<={first}){word_start}(?:{'|'.join(rests)})")
    firsts = "".join(sorted(first.strip("[]") for first in groups))
    return f"[{firsts}](?:{'|'.join(branches)})"


def _any_case_class(char: str) -> str:
    """The characters a case-insensitive match of the Latin letter ``char`` may take: both
    cases and the three non-ASCII letters that fold to an ASCII one (see :func:`any_case`).
    """
    lower = char.lower()
    found = {lower, char.upper(), *_FOLDS_TO.get(lower, "")}
    return "[" + re.escape("".join(sorted(found))) + "]"


_FOLDS_TO = {"s": "\u017f", "k": "\u212a", "i": "\u0130\u0131"}


def _first_needles(entries: Iterable[str]) -> tuple[str, ...]:
    """Substrings one of which a normalised text holds wherever :func:`any_case` of
    ``entries`` finds something in it: each non-Latin entry's first word (matched
    literally, see :func:`jalali_meta._patterns.words`) and the characters a Latin entry
    may start with in any case (both cases and the letters that fold to it).

    A necessary condition only, tested in C (``in``); the pattern still decides. Proved over
    generated strings by tests/test_prefilters.py (``jalali_meta.testing.PREFILTERS``).
    """
    needles: set[str] = set()
    for entry in entries:
        if entry.isascii():
            lower = entry[0].lower()
            needles |= {lower, entry[0].upper(), *_FOLDS_TO.get(lower, "")}
        else:
            needles.add(entry.split(" ")[0])
    return tuple(sorted(needles))


# The number labels' first words and first letters (a necessary condition for
# _NUMBER_LABEL on the normalised copy).
_NUMBER_NEEDLES = _first_needles(vocab.LABELS["number"])


def _may_name_number(norm: str) -> bool:
    """Whether a number label may start somewhere in ``norm`` (a normalised line)."""
    return any(map(norm.__contains__, _NUMBER_NEEDLES))


# The same labels' first words in the text as written (a necessary condition for
# _NUMBER_LABEL on the normalised copy): most paragraphs are not normalised for the check.
_NUMBER_LABEL_RAW = re.compile(_raw_starts(vocab.LABELS["number"]))


def _resolve(state: _State) -> dict[str, Choice | None]:
    """5. Resolution: each value from its candidates (see :mod:`jalali_meta._resolve`)."""
    by_field: dict[str, list[Candidate]] = {"published": [], "updated": [], "number": []}
    for cand in state.candidates:
        by_field.setdefault(cand.field, []).append(cand)
    # A date-only candidate takes the time printed alone on the line under it (or, failing
    # that, right above it): the two lines are one value, with the date's own evidence
    # (whatever its score).
    for name in ("published", "updated"):
        joined: list[Candidate] = []
        for cand in by_field[name]:
            stamp = cand.stamp
            timed = None
            if stamp is not None and stamp.span is not None and not stamp.has_time:
                timed = _time_below(state, stamp) or _time_above(state, stamp)
            joined.append(
                cand
                if timed is None
                else attrs.evolve(timed, rule=cand.rule, field=cand.field, label=cand.label)
            )
        by_field[name] = joined
    # The newspaper's issue date: the day the article appeared, weakest of all.
    issue_stamp: Timestamp | None = None
    for _issue, seg in state.newspaper[:1]:
        if seg is not None:
            read = _read_date(state, seg)
            if read is not None:
                issue_stamp = read.stamp
                by_field["published"].append(
                    Candidate(
                        "published",
                        "issue date",
                        "",
                        state.line_at(seg[0]).index,
                        stamp=read.stamp,
                        span=text_span(read.stamp),
                    )
                )
    by_field["updated"] = _site_stamps(state, by_field["updated"], by_field["published"])
    published = resolve_date("published", by_field["published"], state.note)
    updated = resolve_date("updated", by_field["updated"], state.note)
    if (
        published is not None
        and updated is not None
        and updated.span is None
        and published.stamp is not None
        and updated.stamp is not None
        and updated.stamp.has_time
        and updated.stamp.gregorian == published.stamp.gregorian
    ):
        # A machine dateModified equal to the publication moment records no update.
        updated = None
    if published is not None and published.rule == "issue date" and issue_stamp is not None:
        state.warn(
            "issue-date-only",
            f"the only date is the newspaper issue date {issue_stamp.text!r}; it is taken as "
            "the publication day",
            *text_span(issue_stamp),
        )
    if (
        published is not None
        and published.stamp is not None
        and published.rule.startswith(("date line", "footer date line"))
        and _outside_url_month(state, published.stamp)
    ):
        # An unlabelled date line outside the month of the blog's dated address («/2021/03/»)
        # is another day's (the theme's banner of the day of the visit): not taken.
        calendar, year, month = state.url_month or ("", 0, 0)
        state.note(
            "published-conflict",
            f"the unlabelled date line {published.stamp.text!r} is outside the address's "
            f"month {year}/{month:02d} ({calendar}); not used",
            published.span,
        )
        published = _date_line_in_url_month(state, by_field["published"])
    if (
        published is not None
        and published.rule.startswith(("date line", "footer date line"))
        and _widget_date(state, published)
    ):
        # «۱۴۰۱/۱۱/۱۶» alone between a prayer-times widget's lines («اذان ظهر: ۱۲:۱۵»): the
        # day the widget shows (the visit's, or the day its times are for), not the post's.
        assert published.stamp is not None
        state.note(
            "published-conflict",
            f"the date line {published.stamp.text!r} is printed among a widget's lines "
            "(prayer times, prices, weather): the widget's day; not used",
            published.span,
        )
        published = None
    if published is not None and _not_the_leads_today(state, published):
        # «امروز شنبه ...» in the lead, and a date line of another weekday above the title:
        # the line is the theme's banner of the visit day, not the day the article tells of.
        assert published.stamp is not None
        state.note(
            "published-conflict",
            f"the date line {published.stamp.text!r} above the title is not the day the lead "
            "calls today; not used",
            published.span,
        )
        published = None
    _url_notes(state, published, by_field["published"])
    yearless = _header_yearless_date(state)
    banner = (
        yearless is not None
        and published is not None
        and published.rule in _BANNER_RULES
        and published.span is not None
        and state.line_at(published.span[0]).index < yearless[3]
    )
    if (
        yearless is not None
        and published is not None
        and published.stamp is not None
        and (published.rule.startswith("footer date line") or banner)
        and not _is_day(published.stamp, yearless[1], yearless[2])
    ):
        # «چهارشنبه 9 اردیبهشت (18:42)» in the header, a fixture's «پنجشنبه 10/2/88» below
        # the body: the article's own date prints no year, and a date of another day from
        # the body is not the publication. Lending the header its year would be a guess.
        # A full date ABOVE that day's badge is the site's banner of the day it was served
        # («یکشنبه 18 شهریور 1403 - 04:08» over «29» / «اردیبهشت» and the headline).
        where = "above it (the site's banner)" if banner else "below the body"
        state.note(
            "published-conflict",
            f"the header's date {yearless[0]!r} prints no year; the date line "
            f"{published.stamp.text!r} {where} is another day; no publication date",
            published.span,
        )
        published = None
    if published is not None and published.rule.startswith("footer date line"):
        assert published.stamp is not None
        _warn_unlabelled(state, published, "below the body")
    elif published is not None and published.rule.startswith("date line farther above title"):
        # Far above the title a date line is more often a banner than the article's date.
        _warn_unlabelled(state, published, "far above the title")
    elif (
        published is not None
        and published.rule == "date line above title"
        and published.stamp is not None
        and state.title_days
        and not any(_on_day(published.stamp, day) for day in state.title_days)
    ):
        # «Tuesday, November 29, 2022» over «... front pages on Dec. 20»: the headline names
        # another day than the date line right above it, which may be the site's date of
        # the visit printed over every page (ifpnews.com), not the item's.
        _warn_unlabelled(state, published, "above a headline that names another day")
    elif (
        published is not None
        and published.rule in ("date line above title", "date line")
        and _bare_teaser_date(state, published)
    ):
        # A date alone on its line, without a label, a time, a weekday or a source beside
        # it, above the headline or between two prints of it: a list item's date (a tag
        # page's one item: headline, date, kicker, headline, lead) looks the same.
        _warn_unlabelled(state, published, "alone, next to a headline printed twice or below it")
    elif (
        published is not None
        and published.rule in ("date line above title", "date line")
        and _lone_table_cell_date(state, published)
    ):
        # «|  | شنبه ۱۵ مرداد ۱۳۹۰ |»: a layout table's cell holding only a date, its row's
        # other cells empty, as a site's header prints its day cell (text extraction keeps
        # the table's pipes); an article's own date has company (a label, a time, a source).
        _warn_unlabelled(state, published, "alone in a cell of a layout table's row")
    if published and updated:
        assert published.stamp is not None
        assert updated.stamp is not None
        if before(updated.stamp, published.stamp):
            state.note(
                "updated-before-published",
                f"the update time {updated.stamp.text!r} is earlier than the publication time "
                f"{published.stamp.text!r}; both kept as printed",
                updated.span,
            )
    number = resolve_number(by_field["number"], state.note)
    if number is not None and number.rule == "footer label":
        number = _footer_code_or_address(state, number, by_field["number"])
    if number is None and state.url_doubt is not None:
        state.note("number-conflict", state.url_doubt, None)
    if number is not None and number.rule == "url" and state.url_year_like:
        # «/news/2019» alone: item 2019 on an article's page (sites number items so), but
        # the same address is a year archive's elsewhere; kept, warned.
        state.note(
            "number-year-like",
            f"the address's ID {number.text!r} is a bare number that reads as a year after "
            "an item's segment (a year archive's address looks the same); kept as the ID",
            None,
        )
    if number is not None and published is not None:
        _check_dated_id(state, number, published)
    clocked = any(_gregorian_time(c) for c in (published, updated))
    if clocked and _written_in_urdu(state.doc):
        # A page written in Urdu: Pakistan's clock (+05:00) or India's (+05:30), which the
        # page does not print (a Dari month's spelling, «اپریل», is no Kabul clock here); a
        # Gregorian time without its zone keeps the day only, warned. (A Jalali or Afghan date
        # is an Iranian or Afghan service's, on its country's clock, and is never asked.)
        published, updated = (_clock_unprinted(state, choice) for choice in (published, updated))
    # A published time that names its zone («... ۱۰:۱۹ Asia/Dushanbe») or prints its UTC
    # offset before it as a label («GMT+08:00 || 2020-11-07 15:31:55») sets the page's clock.
    home = None
    if published and published.stamp:
        home = named_zone(published.stamp) or _labelled_offset(published.stamp)
    if home is None and (
        state.afghan
        or any(c.stamp is not None and c.stamp.calendar == "afghan" for c in state.candidates)
    ):
        # A page that prints its dates in the Afghan calendar (its own, or a banner's: the
        # site's) keeps Kabul's clock.
        home = KABUL
    if (
        home is None
        and published is not None
        and published.stamp is not None
        and published.stamp.gregorian.isoformat()[:10] in state.lead_afghan_days
    ):
        home = KABUL  # the lead names the page's own day in the Afghan calendar
    if home is None and state.clock is not None:
        home = zone_named(state.clock)  # a Tajik site's address or language: Dushanbe's
    if (
        home is None
        and published is not None
        and published.stamp is not None
        and published.stamp.has_time
        and _written_in_tajik(state.doc)
    ):
        home = zone_named("Asia/Dushanbe")  # a page written in Tajik: Dushanbe's clock
    if home is not None:
        # A machine instant (converted to Tehran by the grammar) is shown on the page's clock;
        # a time the page prints without a zone is a wall time on that clock.
        published, updated = (_in_zone(choice, home) for choice in (published, updated))
    return {"published": published, "updated": updated, "number": number}


# The lead and the paragraphs right under it where «امروز» names the article's day.
TODAY_PARAGRAPHS = 3
_BANNER_RULES = frozenset({"date line above title", "date line farther above title"})


def _today_in_lead(state: _State, lead: int, end: int, outside: set[int]) -> frozenset[int]:
    """The weekdays the lead (or the first paragraphs under it) calls today: «امروز شنبه»."""
    found: set[int] = set()
    for index in range(lead, min(end, lead + TODAY_PARAGRAPHS)):
        line = state.lines[index]
        if index not in outside and line.paragraph and "امروز" in line.norm:
            found |= today_weekdays(line.norm)
    return frozenset(found)


def _today_days_in_lead(
    state: _State, lead: int, end: int, outside: set[int]
) -> frozenset[tuple[str, int, int]]:
    """The days the lead (or the first paragraphs under it) calls today by day and month
    («имрӯз, 30 апрел», «امروز ۳۰ فروردین»), as :func:`today_days` gives them."""
    found: set[tuple[str, int, int]] = set()
    paragraphs = (i for i in range(lead, end) if i not in outside and state.lines[i].paragraph)
    for _, index in zip(range(TODAY_PARAGRAPHS), paragraphs, strict=False):
        found |= today_days(state.lines[index].norm)
    return frozenset(found)


def _not_the_leads_today(state: _State, published: Choice) -> bool:
    """Whether an unlabelled date line above the title names a weekday, or a day and month,
    that is neither the day the lead calls today nor the day after it (a post published
    past midnight)."""
    stamp = published.stamp
    if published.rule not in _BANNER_RULES or stamp is None:
        return False
    if state.today_days and not any(_today_or_eve(stamp, day) for day in state.today_days):
        return True
    if not state.today_weekdays:
        return False
    weekday = (stamp.gregorian.weekday() + 2) % 7  # 0 = Saturday, as vocab.WEEKDAYS
    return all(weekday not in (day, (day + 1) % 7) for day in state.today_weekdays)


def _on_day(stamp: Timestamp, named: tuple[str, int, int]) -> bool:
    """Whether a date falls on a day and month named without a year (:func:`named_days`)."""
    calendar, month, day = named
    if calendar == "jalali":
        return stamp.jalali_date[1:] == (month, day)
    return (stamp.gregorian.month, stamp.gregorian.day) == (month, day)


def _today_or_eve(stamp: Timestamp, today: tuple[str, int, int]) -> bool:
    """Whether a date is the day and month the lead calls today, or the day after it."""
    calendar, month, day = today
    days = [stamp.gregorian, stamp.gregorian - timedelta(days=1)]
    if calendar == "jalali":
        return any(gregorian_to_jalali(d)[1:] == (month, day) for d in days)
    return any((d.month, d.day) == (month, day) for d in days)


def _site_stamps(
    state: _State, updated: list[Candidate], published: list[Candidate]
) -> list[Candidate]:
    """Set aside a labelled update stamp printed on a line above the labelled publication date.

    «به روز شده در: ۲۶ فروردين ۱۴۰۳ - ۱۱:۱۵» over «کد خبر» and «تاریخ انتشار: ۰۶ مهر ۱۴۰۰»:
    an article prints its update beside or after its publication; above it stands the
    site's last-update stamp (the crawl day), as above the title (see :func:`_record`).
    """
    labelled = _LABEL_RULE_NAMES
    first = min((c.order for c in published if c.rule in labelled), default=None)
    if first is None:
        return updated
    kept: list[Candidate] = []
    for cand in updated:
        if cand.rule in labelled and cand.order < first and cand.stamp and cand.span:
            state.ignore(state.lines[cand.order], "site stamp")
            state.warn(
                "site-stamp",
                f"{cand.stamp.text!r} after {cand.label!r}, printed above the publication "
                "date, is a site-wide stamp, not the article's update time; ignored",
                *cand.span,
            )
            continue
        kept.append(cand)
    return kept


_LABEL_RULE_NAMES = frozenset(_LABEL_RULES.values())


# Letters of the Tajik Cyrillic alphabet that Russian has not (ғ ӣ қ ӯ ҳ ҷ, either case).
_TAJIK_LETTER = regex.compile("[ҒғӢӣҚқӮӯҲҳҶҷ]")
_CYRILLIC_LETTER = regex.compile(r"\p{Cyrillic}")
# The part of the text looked at (the header and the lead, where the page's language shows).
_TAJIK_WINDOW = 3000
_TAJIK_LETTERS_MIN = 3


def _written_in_tajik(doc: str) -> bool:
    """Whether the page is written in Tajik: in its first characters, Cyrillic letters
    outnumber Arabic-script ones and Tajik's own letters (ҳ, ҷ, қ, ӣ ...) stand among them.
    A Tajik site prints Dushanbe's wall time (UTC+05:00, no summer time)."""
    head = doc[:_TAJIK_WINDOW]
    if len(_TAJIK_LETTER.findall(head)) < _TAJIK_LETTERS_MIN:
        return False
    return len(_CYRILLIC_LETTER.findall(head)) > len(_ARABIC_LETTER.findall(head))


# Letters only Urdu writes among the scripts read here (ے ٹ ڈ ڑ ں): not Persian's, Arabic's,
# Pashto's (ټ ډ ړ are other letters) or Kurdish's (which shares ھ and ە with Urdu). Sindhi,
# Pakistan's (and India's) other language in this script, writes none of them but its own
# (ڪ ٽ ڏ ڻ ۾ ڄ ٻ ڳ: Pashto's ڼ is another letter), which count alike: a Sindhi page's
# «اپريل» is no more Kabul's than an Urdu page's (sindhsalamat.com).
_URDU_LETTERS = "\u06d2\u0679\u0688\u0691\u06ba\u06aa\u067d\u068f\u06bb\u06fe\u0684\u067b\u06b3"
# Of the Arabic-script letters in the window: at least this many of Urdu's own, and at least
# this share (Urdu's «ہے», «کے», «سے», «میں» put them in every sentence; a Persian page quoting
# an Urdu word or name has one or two).
_URDU_LETTERS_MIN = 5
_URDU_SHARE = 0.02


def _written_in_urdu(doc: str) -> bool:
    """Whether the page is written in Urdu (or Sindhi): in its first characters (the header
    and the lead), Urdu's own letters (ے, ٹ, ڈ, ڑ, ں) or Sindhi's (ڪ, ٽ, ڏ, ڻ, ۾, ڄ, ٻ, ڳ) are
    many and a share of the Arabic-script ones. Such a page is Pakistan's (UTC+05:00) or
    India's (UTC+05:30); the text says not which."""
    head = doc[:_TAJIK_WINDOW]
    urdu = sum(map(head.count, _URDU_LETTERS))  # (str.count: cheap on every timed page)
    if urdu < _URDU_LETTERS_MIN:
        return False
    return urdu >= _URDU_SHARE * len(_ARABIC_LETTER.findall(head))


def _gregorian_time(choice: Choice | None) -> bool:
    """Whether ``choice`` is a Gregorian date with its time (the dates an Urdu page prints)."""
    return (
        choice is not None
        and choice.stamp is not None
        and choice.stamp.has_time
        and choice.stamp.calendar == "gregorian"
    )


def _clock_unprinted(state: _State, choice: Choice | None) -> Choice | None:
    """A date and time on a page whose clock is unknown (an Urdu page's), with no zone or
    offset printed: the day as printed, date only, warned (``zone-unread``); a time that
    prints its zone or offset is an instant and is kept."""
    if choice is None or not _gregorian_time(choice):
        return choice
    stamp = choice.stamp
    assert stamp is not None  # (narrowed by _gregorian_time)
    if _PRINTED_ZONE.search(to_ascii_digits(stamp.text)):
        return choice
    value = stamp.gregorian
    day = value.date() if isinstance(value, datetime) else value
    state.note(
        "zone-unread",
        f"the page is written in Urdu or Sindhi and its clock (Pakistan's, UTC+05:00, or India's, "
        f"UTC+05:30) is not printed; the time of {stamp.text!r} is not read "
        f"(the day {day.isoformat()} is sure)",
        stamp.span,
    )
    return attrs.evolve(choice, stamp=attrs.evolve(stamp, gregorian=day, dst=None))


def _labelled_offset(stamp: Timestamp) -> tzinfo | None:
    """The fixed zone of a UTC offset printed before a time as its label, or None.

    «GMT+08:00 || 2020-11-07 15:31:55» is a time on the site's clock, which the label
    names; an offset after a time (a machine stamp's) is shown on Tehran's clock.
    """
    # (Persian or Arabic-Indic digits, «GMT+۰۸:۰۰», name the same offset.)
    label = _OFFSET_LABEL.match(to_ascii_digits(stamp.text)) if stamp.has_time else None
    if label is None:
        return None
    sign = -1 if label.group("sign") == "-" else 1
    minutes = int(label.group("h")) * 60 + int(label.group("m") or 0)
    if minutes > _MAX_OFFSET_MINUTES:
        return None  # the grammar refuses it before it gets here
    return timezone(timedelta(minutes=sign * minutes))


_OFFSET_LABEL = regex.compile(
    r"(?i:GMT|UTC)(?P<sign>[+\-])(?P<h>[0-9]{1,2})(?::?(?P<m>[0-9]{2}))?(?![0-9:])"
)
_MAX_OFFSET_MINUTES = 14 * 60


def _in_zone(choice: Choice | None, home: tzinfo) -> Choice | None:
    if choice is None or choice.stamp is None:
        return choice
    stamp = choice.stamp
    # A time that names its zone or offset is an instant, whatever its source; an offset in
    # Persian or Arabic-Indic digits («۱۱:۲۰:۰۰+۰۴:۳۰») is an offset too. A machine time
    # without one («2023-12-06T11:20:00» on a Kabul site) is a wall time on the page's clock,
    # as a printed one is (it was read as Tehran's, an hour off in Kabul).
    if _PRINTED_ZONE.search(to_ascii_digits(stamp.text)):
        return attrs.evolve(choice, stamp=in_zone(stamp, home))  # an instant: same moment
    return attrs.evolve(choice, stamp=on_clock(stamp, home))  # a wall time: same clock reading


# A zone or UTC offset printed with a visible time: «GMT+4:30», «+03:30», «Z», «بوقت تهران».
# An offset follows a clock («16:42+04:30», «16:42:05.250 +0330»), never a dashed date's year
# («23:47, 05-02-2015» prints no zone).
_PRINTED_ZONE = regex.compile(
    r"(?:GMT|UTC|Z\b|(?<=:[0-9]{2}(?:\.[0-9]{1,9})?\x20?)[+\-−][0-9]{1,2}(?::?[0-9]{2})?\s*$"
    r"|تهران|کابل|[A-Za-z]+/[A-Za-z_]+|\b(?:" + "|".join(vocab.ZONE_ABBREVIATIONS) + r")\b)"
)


def _under_title(state: _State, line: _Line, distance: int) -> bool:
    """Whether the title chosen below ``line`` is printed in the few lines above it too:
    the title, its header, then the title again; the header is the article's, not the site's."""
    title = _squash(state.lines[line.index + distance].text)
    return any(
        _squash(state.lines[index].text) == title
        for index in range(max(0, line.index - 3), line.index)
    )


def _url_notes(state: _State, published: Choice | None, cands: list[Candidate]) -> None:
    """The URL's date path: a note when it is the only date, or when the page's day differs."""
    url = next((c for c in cands if c.rule == "url" and c.stamp is not None), None)
    if url is None or url.stamp is None or published is None or published.stamp is None:
        return
    if published.rule == "url":
        state.note(
            "published-from-url",
            f"the page prints no date; the URL's date {url.stamp.text!r} is used",
            None,
        )
        return
    stamp = published.stamp
    year, month, day = url.stamp.jalali_date
    if stamp.calendar == "jalali" and stamp.jalali_date != (year, month, day):
        state.note(
            "url-date-mismatch",
            f"the URL says {year}/{month:02d}/{day:02d}, the page "
            f"{stamp.jalali_isoformat()[:10]}; the page's date is kept",
            None,
        )


def _bare_teaser_date(state: _State, choice: Choice) -> bool:
    """Whether the chosen date is printed alone on its line (no time, no weekday) above the
    title, or between two prints of one headline (two lines above, three below)."""
    stamp = choice.stamp
    if stamp is None or stamp.span is None or stamp.has_time or stamp.weekday is not None:
        return False
    line = state.line_at(stamp.span[0])
    if line.text.strip() != stamp.text:
        return False
    if choice.rule == "date line above title":
        return True
    lines = state.lines
    above = {lines[i].key for i in range(max(0, line.index - 2), line.index) if lines[i].words >= 3}
    return any(
        lines[i].key in above for i in range(line.index + 1, min(len(lines), line.index + 4))
    )


def _lone_table_cell_date(state: _State, choice: Choice) -> bool:
    """Whether the chosen date, without a time, is all that a table row holds, a cell's pipe
    before it («|  | DATE |» as extraction prints a layout table, «| DATE» once Markdown's
    edge pipes are blanked): a cell of its own, the row's other cells empty."""
    stamp = choice.stamp
    if stamp is None or stamp.span is None or stamp.has_time:
        return False
    line = state.line_at(stamp.span[0])
    before, after = state.doc[line.start : stamp.span[0]], state.doc[stamp.span[1] : line.end]
    return "|" in before and not (before + after).replace("|", "").strip()


# Lines at the top of the text searched for a header date printed without its year.
YEARLESS_REACH = 6


def _header_yearless_date(state: _State) -> tuple[str, int, str, int] | None:
    """The first of the top :data:`YEARLESS_REACH` lines that is only a day and a month
    with no year («چهارشنبه 9 اردیبهشت (18:42)», see :func:`header.yearless_date_line`),
    or a badge of two lines, the day's number over the month's name («29» / «اردیبهشت»):
    its text, day, month key and (first) line; or None."""
    lines = state.lines
    for line in lines[:YEARLESS_REACH]:
        found = yearless_date_line(line.norm)
        if found is not None:
            return line.text.strip(), found[0], found[1], line.index
        day = line.norm.strip()
        if len(day) <= 2 and day.isdigit() and line.index + 1 < len(lines):
            below = lines[line.index + 1]
            found = yearless_date_line(f"{day} {below.norm.strip()}")
            if found is not None:
                text = f"{line.text.strip()} / {below.text.strip()}"
                return text, found[0], found[1], line.index
    return None


def _warn_unlabelled(state: _State, choice: Choice, where: str) -> None:
    assert choice.stamp is not None
    state.note(
        "published-unlabelled",
        f"the only publication date is the unlabelled date line {choice.stamp.text!r} "
        f"{where}; used as the publication time",
        choice.span,
    )


def _check_dated_id(state: _State, number: Choice, published: Choice) -> None:
    assert number.text is not None
    assert published.stamp is not None
    dated = _DATED_ID.match(number.text)
    stamp = published.stamp
    if dated is None or stamp.calendar != "jalali":
        return
    year, month, day = (int(g) for g in dated.groups())
    p_year, p_month, p_day = stamp.jalali_date
    if (p_year, p_month, p_day) != (year, month, day):
        state.note(
            "number-date-mismatch",
            f"the ID {number.text!r} starts with the date {year}/{month:02d}/{day:02d}, but the "
            f"publication date is {p_year}/{p_month:02d}/{p_day:02d}; the printed date is kept",
            number.span,
        )


_TEXT_ZONE_RANK = {"label": 0}


def _assemble(
    state: _State,
    title: _Line | None,
    paragraphs: array[int],
    *,
    choices: dict[str, Choice | None],
    evidence: dict[str, str],
    hints: Hints,
) -> Article:
    doc = state.doc
    spans: dict[str, Span] = {}
    published, updated, number = choices["published"], choices["updated"], choices["number"]
    for name, choice in choices.items():
        if choice is not None and choice.span is not None:
            spans[name] = choice.span
    texts: dict[str, str | None] = {"category": None, "author": None, "source": None}
    tags: tuple[str, ...] = ()
    seen: set[str] = set()
    authors: list[str] = []  # a second labelled author (another «نویسنده:» line) is kept too
    author_label = ""
    # Labelled values first (a label beside the title before one above it or in the footer).
    for field, _label, span, _index in sorted(state.texts, key=lambda t: (not t[1],)):
        if span[0] == span[1]:
            continue
        if field == "author" and field in seen:
            name = doc[slice(*span)].strip()
            named = any(ch.isalpha() for ch in name)  # a reporter code is no name
            if squeeze(_label) == author_label and name not in authors and named:
                authors.append(name)
            continue
        if field in seen:
            continue
        if field == "author":
            authors.append(doc[slice(*span)])
            author_label = squeeze(_label)
        seen.add(field)
        spans[field] = span
        raw = doc[slice(*span)]
        if field == "tags":
            tags = tuple(
                t.strip(_STRIP + "-") for t in _TAG_SPLIT.split(raw) if t.strip(_STRIP + "-")
            )
        else:
            texts[field] = raw
    # Machine values of text fields, by the precedence of _resolve.resolve_text.
    machine: dict[str, list[str | tuple[str, ...]]] = {}
    for name, value in hints.texts:
        machine.setdefault(name, []).append(value)
    for name in ("category", "author"):
        chosen = resolve_text(name, texts[name], machine.get(name, ()))
        if chosen != texts[name]:
            spans.pop(name, None)
            texts[name] = chosen if isinstance(chosen, str) else None
            if name == "author":
                authors = [chosen] if isinstance(chosen, str) and chosen else []
    chosen_tags = resolve_text("tags", tags, machine.get("tags", ()))
    if chosen_tags != tags:
        spans.pop("tags", None)
        tags = chosen_tags if isinstance(chosen_tags, tuple) else ()
    issue = issue_date = None
    for issue_span, date_span in state.newspaper[:1]:
        issue = to_ascii_digits(doc[slice(*issue_span)])
        spans["issue"] = issue_span
        if date_span is not None:
            line = state.line_at(date_span[0])
            match = search(line.norm, date_span[0] - line.start, date_span[1] - line.start)
            read = _read_match(state, line, match) if match is not None else None
            if read is not None:
                issue_date = read.stamp
                spans["issue_date"] = text_span(issue_date)
    title_text = None
    doubt = (
        state.title_doubt
        if evidence.get("title", "headline") in ("headline", "first line")
        or (
            state.title_doubt is not None
            and state.title_doubt[0] == _TITLE_TAG_REPEATED
            and evidence.get("title") == "headline (h1)"
        )
        or (
            state.title_doubt is not None
            and state.title_doubt[0]
            in (
                *_LIST_NAME_DOUBTS,
                _LIST_POST_FOOTERS,
                _LIST_NAME_UNSPELLED,
                _LIST_NAME_OVER_FULL_POST,
            )
        )
        else None
    )
    home = {_squash(normalize(text)) for text in hints.home_links}
    brand = None
    brand_reason = "links to the site's home page"
    if (
        title is not None
        and _squash(title.norm) in home
        and (
            evidence.get("title", "") != "headline (h1)"
            or _agreeing_sources(title, hints.titles) == {"title tag"}
        )
    ):
        # The pick is the text of a link to the site's home page (a masthead's brand over a
        # page whose headline only <title> holds): the site's name. <title> fills the gap
        # when it is a headline's length; else no title, with a warning. A <title> that is
        # that text and nothing more («<title>وقت نیوز</title>» over a logo link of the same
        # words, an ASP.NET news page) names the site too, not a headline: no h1, og:title or
        # JSON-LD headline says the line is the article's.
        brand, title = title, None
        evidence.pop("title", None)
    if (
        title is not None
        and (
            evidence.get("title", "") == "headline"
            or _agreeing_sources(title, hints.titles) == {"title tag"}
        )
        and _site_self_name(title)
    ):
        # The pick is the site's name for itself («پورتال اطلاع رسانی سازمان ...», printed
        # over a print view's text with no headline), no source but <title> repeating it:
        # the site's name, not the article's. <title> of the same words fills no gap.
        brand, title = title, None
        brand_reason = "names the site itself"
        evidence.pop("title", None)
    if (
        title is not None
        and evidence.get("title", "") in ("headline", "first line")
        and _REPORT_OPENING.match(title.norm) is not None
    ):
        # «به گزارش يونسكو سالانه ... منتشر مي شود» picked over a post with no machine source
        # saying so: a report's lead sentence (a blog's marquee line over the post), not a
        # headline, which never opens with the lead's attribution. The headline it restates,
        # right above it, is the title (:func:`_headline_restated_below`).
        above = _headline_restated_below(state.lines, title.index)
        if above is not None:
            title = state.lines[above]
        else:
            state.warn(
                "title-uncertain",
                f"no title: «{title.text}» opens as a report's lead («به گزارش ...»)",
                title.start,
                title.end,
            )
            title = None
            evidence.pop("title", None)
    credit = None
    if (
        title is not None
        and evidence.get("title", "") == "headline"
        and hints.titles
        and is_template_credit(title.norm)
    ):
        # The pick names a content system's template («SJ News - шаблон joomla Авто», a
        # template's demo name left in the chrome) and the page's machine titles name
        # something else: not the article's headline. <title> fills the gap when it is a
        # headline's length. (A text alone keeps such a line: a tutorial's headline,
        # «آموزش نصب قالب جوملا», says the same words.)
        credit, title = title, None
        evidence.pop("title", None)
    sources = hints.titles
    if brand is not None:
        sources = tuple(
            (text, rule)
            for text, rule in sources
            if _squash(normalize(text)) != _squash(brand.norm)
        )
    if state.title_doubt is not None and state.title_doubt[0] == _SITE_NAME_NO_HEADLINE:
        # <title> names the site there, no headline: it fills no gap.
        sources = tuple((text, rule) for text, rule in sources if rule != "title tag")
    site_tag = None
    if title is None and sources and sources[0][1] == "title tag":
        tag_text = sources[0][0]
        tag_line = _Line(tag_text, 0, len(tag_text), False, 0)
        if _institution(tag_line) or _pashto_institution(tag_line):
            # No headline printed, and <title> is an institution's name alone («د عدلیې
            # وزارت», «وزارت امور خارجه»): the site's name, as on every page of the site; it
            # fills no gap.
            site_tag = tag_text
            sources = tuple((text, rule) for text, rule in sources if rule != "title tag")
    machine_title, title_rule, visible = resolve_title(
        title.text if title is not None else None, evidence.get("title", ""), sources
    )
    if brand is not None and machine_title is None:
        state.warn(
            "title-uncertain",
            f"no title printed: «{brand.text}» {brand_reason}",
            brand.start,
            brand.end,
        )
    if site_tag is not None and machine_title is None:
        state.warn(
            "title-uncertain",
            f"no title printed: the page's <title> «{site_tag}» is an institution's name alone "
            "(the site's)",
            0,
        )
    if credit is not None and machine_title is None:
        state.warn(
            "title-uncertain",
            f"no title printed: «{credit.text}» names a site template",
            credit.start,
            credit.end,
        )
    if not visible and machine_title is not None and _bids_reader(machine_title):
        # An <h1> or og:title that bids the reader («گزارش تصویری ... را ببینید.»): the
        # invitation is no headline, whichever source names it.
        state.warn(
            "title-uncertain",
            f"no title: the page's headline source names «{machine_title}»; {_INVITATION}",
            0,
        )
        machine_title, title_rule = None, ""
    if doubt is not None and title is None and doubt[1] is not None and machine_title is None:
        # No title printed, and no machine title fills the gap (none, or a site's name).
        kicker = state.lines[doubt[1]]
        state.warn(
            "title-uncertain",
            f"no title: {doubt[0]} «{kicker.text}»",
            kicker.start,
            kicker.end,
        )
    if not visible:
        title = None
        title_text = machine_title
        if title_rule:
            evidence["title"] = title_rule
    elif (
        title is not None
        and doubt is not None
        and (doubt[0] in _UNNAMED_LIST_DOUBTS or doubt[0] == _BYLINE_UNDER_DATELINE)
        and (doubt[0] == _LIST_LABEL_UNNAMED or not _names_the_address(title, hints.url))
    ):
        # A list whose name the page does not print: its first item's headline is not the
        # page's title, and nothing else names the page. (A line that holds the address's
        # slug, «/tag/NAME» over «NAME خوراک اتم», names the list: it stays, doubted.)
        state.warn(
            "title-uncertain", f"no title: {doubt[0]} «{title.text}»", title.start, title.end
        )
        title = None
        evidence.pop("title", None)
    if title is not None:
        # Separators a template prints around the headline («... |») are not the title's.
        start, end = title.start, title.end
        if state.title_end is not None and start < state.title_end < end:
            end = state.title_end  # the headline without the date run into its line
        if state.title_start is not None and start < state.title_start < end:
            start = state.title_start  # an archive's name without «بایگانی‌های» before it
        while end > start and doc[end - 1] in _TITLE_EDGES:
            end -= 1
        while start < end and (doc[start] in _TITLE_EDGES or doc[start] in _TITLE_LEAD_MARKS):
            start += 1
        feed = _FEED_TAIL.search(doc, start, end)
        if feed is not None and feed.start() > start:
            end = feed.start()  # a theme's feed links glued after the name: «NAME خوراک اتم»
        parts = _TITLE_TAG_PARTS.search(doc, start, end)
        if parts is not None and parts.start() > start:
            # «HEADLINE :: SITE :: SECTION»: a page's <title> as an extractor prints it above
            # the text; the first part is the headline on the sites that write «::», but the
            # order is the site's choice.
            state.warn(
                "title-uncertain",
                f"the title line «{doc[start:end]}» is a page's <title>, its parts set apart "
                "by «::»: the first part is taken",
                start,
                parts.start(),
            )
            end = parts.start()
        if "](" in doc[start:end]:
            link = _LINK_ALONE.fullmatch(doc, start, end)
            if link is not None:  # a lone Markdown link in a plain text: its label is the line
                start, end = link.span(1)
                while end > start and doc[end - 1] in _TITLE_EDGES:
                    end -= 1
                while start < end and doc[start] in _TITLE_EDGES:
                    start += 1
        spans["title"] = (start, end)
        title_text = doc[start:end]
        host = _hostname(hints.url) if hints.url else None
        if host and doubt is None and title_rule in ("headline", "first line", "headline (h1)"):
            part = host_named_part(title_text, host)
            if part is not None:
                # «مجید ظهری: HEADLINE» at majidzohari.com: the site's name beside the
                # headline (a <title>'s parts): cut, and warned (the parts' order is a guess).
                state.warn(
                    "title-uncertain",
                    f"the title line «{title_text}» names the site beside the headline: its "
                    f"address ({host}) spells the part cut",
                    start,
                    end,
                )
                start, end = start + part[0], start + part[1]
                while end > start and doc[end - 1] in _TITLE_EDGES:
                    end -= 1
                spans["title"] = (start, end)
                title_text = doc[start:end]
            elif host_spells(title_text, host):
                # «روزنامه سپهر» at sepehrnewspaper.com: the site's name where the headline
                # goes (an extractor's title from a <title> that names only the site).
                state.warn(
                    "title-uncertain",
                    f"the title «{title_text}» is the site's name: its address ({host}) spells it",
                    start,
                    end,
                )
        if doubt is not None and (
            title_rule in ("headline", "first line")
            or (title_rule == "headline (h1)" and doubt[0] == _TITLE_TAG_REPEATED)
            or (
                title_rule == "listing name"
                and doubt[0] in (_OUTLET_DOUBT, _LIST_NAME_UNSPELLED, _LIST_NAME_OVER_FULL_POST)
            )
        ):
            reason, rival = doubt
            other = ""
            if rival is not None:
                other = f"; the line «{state.lines[rival].text}» competes with it"
            state.warn(
                "title-uncertain",
                f"the title «{title_text}» is uncertain: {reason}{other}",
                start,
                end,
            )
        elif (
            title_rule in ("headline", "first line")
            and len(title_text.split()) > HEADLINE_MAX_WORDS
            and doc.count(title_text) == 1
        ):
            # A line longer than any headline, printed once, taken for want of a better one
            # (a forum archive's notice ending with the thread's name): a sentence, not a
            # headline. (A long headline printed twice, a quoted statement, is one.)
            state.warn(
                "title-uncertain",
                f"the title «{title_text}» is longer than a headline "
                f"({HEADLINE_MAX_WORDS} words at most)",
                start,
                end,
            )
    lines = state.lines
    lead = lines[paragraphs[0]] if paragraphs else None
    body = paragraphs[1:]
    if lead is not None:
        spans["lead"] = (lead.start, lead.end)
    if body:
        spans["body"] = (state.starts[body[0]], lines[body[-1]].end)
    # A time line that gave a chosen date its time is a field of the header, not set aside.
    time_lines = [
        state.line_at(choice.span[1] - 1)
        for choice in (published, updated)
        if choice is not None and choice.span is not None and "\n" in doc[slice(*choice.span)]
    ]
    time_spans = {(line.start, line.end) for line in time_lines}
    # The body's dates are found on first access (nothing here reads them): their notes
    # follow every other warning, as when they were found here.
    doc_lines, starts = state.lines, state.starts
    pending = Pending(tuple(state.warnings), lambda: _mentions(doc, doc_lines, starts, paragraphs))
    return article_pending(
        pending,
        title=title_text,
        number=number.text if number else None,
        published=published.stamp if published else None,
        updated=updated.stamp if updated else None,
        category=texts["category"],
        author=texts["author"],
        authors=tuple(authors),
        tags=tags,
        source=texts["source"],
        issue=issue,
        issue_date=issue_date,
        lead=lead.printed if lead is not None else None,
        body=tuple(lines[i].printed for i in body),
        fields=_fields(state, time_lines),
        ignored=tuple(
            sorted(
                (item for item in state.ignored if item.span not in time_spans),
                key=lambda item: item.span,
            )
        ),
        spans=spans,
        evidence=evidence,
    )


# The separator of a <title>'s parts that no headline prints: «HEADLINE :: SITE» (Blogsky,
# table-layout news sites).
_TITLE_TAG_PARTS = regex.compile(r"[\x20\t]+::[\x20\t]+")
# A theme's feed links glued after a tag's or a post's name by extraction: «خوراک خبرخوان
# خوراک اتم» (WordPress's RSS and Atom links in Persian), «RSS Feed», «Atom Feed».
_FEED_TAIL = regex.compile(
    r"(?:[\x20\u200c|•·-]*(?:خوراک[\x20\u200c]+(?:خبرخوان|اتم|آر[\x20\u200c]?اس[\x20\u200c]?اس)"
    r"|(?:RSS|Atom)[\x20]+Feed|RSS[\x20]+Atom))+[\x20\u200c]*$",
    regex.IGNORECASE,
)


# Faults that leave a body date out of the mentions (with a note): it contradicts itself.
_MENTION_DOUBTS = frozenset({"weekday-mismatch", "twin-mismatch", "twin-invalid", "hijri-mismatch"})


def _mentions(
    doc: str, lines: Sequence[_Line], all_starts: array[int], paragraphs: array[int]
) -> tuple[tuple[Timestamp, ...], tuple[Notice, ...]]:
    """Dates in the lead and body; a self-contradicting one is left out with a note.

    Run on first access of the record's ``mentions`` or ``warnings`` (``Pending``), so it
    reads only the parse's text and lines, which nothing changes after the parse.
    """
    found: list[Timestamp] = []
    notes: list[Notice] = []
    if not paragraphs:
        return (), ()
    seen: set[tuple[str, Span]] = set()
    # One pass over the whole body: no date crosses a line end, and a date in a line set
    # aside between paragraphs (a late header line) is skipped by its position.
    if paragraphs[-1] - paragraphs[0] + 1 == len(paragraphs):
        starts = all_starts[paragraphs[0] : paragraphs[-1] + 1]
    else:
        starts = array("i", (all_starts[i] for i in paragraphs))
    first, last = starts[0], lines[paragraphs[-1]].end
    for result in iter_dates(doc[first:last], base=first):
        start, end = text_span(result.stamp)
        para = lines[paragraphs[bisect.bisect_right(starts, start) - 1]]
        if end > para.end or start < para.start:
            continue
        doubts = [i for i in result.issues if i.code in _MENTION_DOUBTS]
        for issue in doubts:
            # Body text is not header metadata: a note in both modes, never an error (as
            # _State.warn makes it, once per code and span).
            code = _MENTION_CODES[issue.code]
            if (code, issue.span) in seen:
                continue
            seen.add((code, issue.span))
            line, column = position(doc, issue.span[0])
            notice = Notice(code, issue.message + "; not listed", issue.span, line, column)
            log.debug("warning %s", notice)
            notes.append(notice)
        if doubts:
            continue
        found.append(result.stamp)
        if result.twin is not None:
            found.append(result.twin)
    return tuple(found), tuple(notes)


def _fields(state: _State, time_lines: Sequence[_Line] = ()) -> tuple[Field, ...]:
    doc = state.doc
    out = list(state.fields)
    for line in time_lines:
        out.append(Field("time", "", line.text, (line.start, line.end), (line.start, line.end)))
    for issue_span, date_span in state.newspaper:
        out.append(Field("issue", "", doc[slice(*issue_span)], issue_span, issue_span))
        if date_span is not None:
            out.append(Field("issue_date", "", doc[slice(*date_span)], date_span, date_span))
    return tuple(sorted(out, key=lambda f: f.span or (-1, -1)))
