"""The line model: the text cut into lines, and the shapes of one line.

A text is cut at every line separator (``\\n``, ``\\r``, VT, FF, NEL, U+2028, U+2029) into
:class:`_Line` records: a line's extent in the input (offsets into the input, from here to
the record), its normalised copy, its words and its per-line features (a paragraph, a
sentence's end, a verb's end). Long texts keep their extents in arrays (:class:`_Lines`) and
make line objects on access. The shapes here read one line, or a line and its neighbours:
whether a blank line sets it apart, a headline's shape over a lead, a restated line, the
content words two lines share. :class:`Hints` (what the caller knows: an HTML page's
sources) and :class:`_State` (everything collected from the lines, in text order) are the
records the pipeline's steps pass along.
"""

from __future__ import annotations

import bisect
import logging
import re
from array import array
from collections.abc import Callable, Sequence
from itertools import islice
from operator import attrgetter
from typing import Generic, TypeVar, overload

import attrs
import regex

from jalali_meta._datetimes import DateRead, iter_dates
from jalali_meta._errors import ConflictError, DateError, ParseError, Positions
from jalali_meta._header import (
    LineInfo,
    classify,
    is_byline,
    is_chrome_line,
    is_journal_issue_line,
    verdict_date,
)
from jalali_meta._normalize import FOLDED, ZWNJ, normalize
from jalali_meta._patterns import words
from jalali_meta._records import Field, FieldName, Ignored, IgnoredReason, Notice, Span, WarningCode
from jalali_meta._resolve import Candidate
from jalali_meta._vocab import COUNTER_WORDS, GLUED_FOOTER_LABELS, WEEKDAYS

log = logging.getLogger("jalali_meta")


# A paragraph: this many words, or fewer ending a sentence.
PARAGRAPH_WORDS = 30
SENTENCE_WORDS = 10
INTRO_WORDS = 15
# Headline shape: a few words to this many.
HEADLINE_MAX_WORDS = 25

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
_KICKER_ENDS = (":", "؛", "،", "…")
# A list item's bullet at the start of a line.
_BULLET = re.compile("[-–•·*▪■●◾►▶][\x20\u200c]")
# A round or square bullet, never a dash (which opens a kicker or a site's line as often).
_ROUND_BULLET = re.compile("[•·▪■●◾][\x20\u200c]")
# A numbered heading inside a text: «الف: ...», «ب- ...», «ماده ۱. ...», «تبصره ۲:», «۳- ...»,
# a bullet before it or not («• ۱-واکسن‌های الزامی»: a numbered item of a bulleted list); a
# list article's pick numbered with a hash and a space, «#۳ کفش نیم ساق ...» (attacks71,
# fix230: the forum post's number «#۳» alone on its line has no space and words after it).
_ENUMERATED = regex.compile(
    r"^(?:[-–•·*▪■●◾►▶][\x20\u200c]+)?(?:(?:الف|ب|پ|ت|ج|د)[\x20]?[:\-\)]|(?:ماده|بند|تبصره|فصل)[\x20\u200c]*[0-9]+[\x20]?[.:\-]"
    r"|[0-9]{1,2}[\x20]?[\-\)\u200c]|[0-9]{1,2}\.\x20|\#[0-9]{1,2}\x20)"
)
# What :data:`_ENUMERATED` can open with: a bullet, a hash or an ASCII digit; a letter mark (ب
# پ ت ج د) with its space or separator; «الف» or a label (ماده بند تبصره فصل).
_ENUMERATED_FIRST = "-–•·*▪■●◾►▶#0123456789"
_ENUMERATED_LETTERS = "بپتجد"
_ENUMERATED_AFTER_LETTER = " :-)"
_ENUMERATED_WORDS = ("الف", "ماده", "بند", "تبصره", "فصل")


def may_be_enumerated(norm: str) -> bool:
    """A necessary test for :data:`_ENUMERATED`, in C: the line opens with a bullet, a
    digit, a letter mark and its space or separator, or one of the words it can open with
    (tests/test_prefilters.py)."""
    first = norm[:1]
    if first in _ENUMERATED_FIRST:
        return True
    if first in _ENUMERATED_LETTERS and norm[1:2] in _ENUMERATED_AFTER_LETTER:
        return True
    return norm.startswith(_ENUMERATED_WORDS)


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

    # (``text`` positional: a keyword argument to a class makes a dict a call, speed36.)
    def __init__(  # noqa: PLR0917
        self, doc: str, start: int, end: int, blank_before: bool, index: int, text: str = ""
    ) -> None:
        self._doc = doc
        self.start = start
        self.end = end
        self.blank_before = blank_before
        self.index = index
        # The line as written, a no-break space read as a space (a CMS's ``&nbsp;``): the
        # rules testing « / », «- » or « > » see one space. :attr:`printed` keeps the line
        # exactly as written. (``text``: the same slice when the caller has it already.)
        if not text:
            text = doc[start:end]
        if "\xa0" in text:
            text = text.replace("\xa0", " ")
        self.text = text
        # count_words, inline (once a line of every text parsed, speed36).
        parts = text.split()
        words = self.words = len(parts) if _BOUND.isdisjoint(parts) else _unbound(parts)
        # A line of running text: long, or ending a sentence (never under SENTENCE_WORDS).
        self.paragraph = words >= SENTENCE_WORDS and _is_paragraph(text, words)

    @classmethod
    def again(  # noqa: PLR0917
        cls,
        doc: str,
        start: int,
        end: int,
        blank_before: bool,
        index: int,
        words: int,
        paragraph: bool,
    ) -> _Line:
        """The line made again by :class:`_Lines` with its word count and paragraph test as
        its first object made them: the same line without the split and the paragraph test
        (the costliest part of making a line, made again on every walk that comes back to
        it, speed56)."""
        line = cls.__new__(cls)
        line._doc = doc
        line.start = start
        line.end = end
        line.blank_before = blank_before
        line.index = index
        text = doc[start:end]
        line.text = text.replace("\xa0", " ") if "\xa0" in text else text
        line.words = words
        line.paragraph = paragraph
        return line

    @property
    def printed(self) -> str:
        """The line exactly as written (its no-break spaces kept): what a record returns."""
        return self._doc[self.start : self.end]

    @_Kept
    def norm(self) -> str:
        return normalize(self.text)

    @_Kept
    def info(self) -> LineInfo:
        """What :func:`header.classify` makes of the line: the one cache of line verdicts.
        A line made again by :class:`_Lines` may hold its verdict kept without its date
        match (``_undated``): the match is made again alone (:func:`header.verdict_date`)."""
        undated: LineInfo | None = self.__dict__.pop("_undated", None)
        if undated is not None:
            return undated._replace(date=verdict_date(self.norm))
        return classify(self.norm)

    @_Kept
    def dates(self) -> tuple[DateRead, ...]:
        """Every date :func:`_datetimes.iter_dates` reads on the line as written (spans in
        :attr:`text`), made once: the title's never-a-title test and the list checks of
        :mod:`_listing` read the same line's dates on separate walks (speed52)."""
        return tuple(iter_dates(self.text))

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
        """The normalised text without spaces or ZWNJs: to find a line printed twice. A full
        stop set apart by a space ending the line («HEADLINE .», a headline printed again as
        the text's first sentence, tests/pages 1974) is dropped: the two prints share a key."""
        norm = self.norm
        if norm.endswith(" .") and not norm[:-1].rstrip().endswith("."):
            norm = norm[:-2]
        return _squash(norm)

    @_Kept
    def byline(self) -> bool:
        """Whether the line is a byline or a reading aid (:func:`header.is_byline`), once."""
        return is_byline(self.norm)


# A list closed by «و…» / «و ...» («and so on»): the conjunction «و» alone as the last word,
# then an ellipsis («... در شهرهای قزوین،ساوه،اراک و…», havadarsc.com's headline, tests/pages
# 1980, fix185).
_AND_SO_ON = regex.compile(r"(?<![\p{L}\p{M}\u200c])و[\x20]*(?:…|\.{3})[\x20]*$")
# The fewest words of a line read as a headline closing its list with «و…».
AND_SO_ON_WORDS = 8


def and_so_on(text: str, words: int) -> bool:
    """Whether ``text`` (of ``words`` words) is a line of :data:`AND_SO_ON_WORDS` words or
    more ending with «و…» (:data:`_AND_SO_ON`): a headline whose list ends with «and so
    on», its ellipsis no sentence's end, no teaser's cut and no kicker's."""
    return words >= AND_SO_ON_WORDS and _AND_SO_ON.search(text) is not None


def _is_paragraph(text: str, words: int) -> bool:
    """Whether a line of ``words`` words (:func:`count_words`), ``text`` as :attr:`_Line.text`,
    is running text: :attr:`_Line.paragraph`. Every case needs SENTENCE_WORDS words at least
    (the caller tests that first). (``text``'s last character is the line's as written: a
    no-break space, the one character it replaces, is stripped off a line's ends.)"""
    last = text[-1]
    if (
        words >= SENTENCE_WORDS
        and last in ".!؟?»\"'…"
        and (last != "»" or not (_quotation_line(text, words) or _quoted_name_end(text, words)))
        and (last != "…" or not and_so_on(text, words))
    ):
        return True
    if words >= INTRO_WORDS and last == ":":
        return True  # a paragraph introducing a list or a quote (a kicker is shorter)
    # A long line without a sentence's punctuation is a glued menu or a keyword list.
    return words >= PARAGRAPH_WORDS and any(mark in text for mark in ".،؛:!؟")


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


# A line of no sentence's mark ending with a name in guillemets, a few words: a headline's
# «... در مسابقات بین المللی «قائم کاپ»» (4dangehnews.ir, real71 #21, fix249). Its closing
# mark closes the name, no sentence.
_QUOTED_NAME_END = regex.compile(r"[^.!؟?…:؛،«»]+«\x20?(?P<name>[^«».!؟?…:؛،]+?)\x20?»")
QUOTED_NAME_MAX_WORDS = 4


def _quoted_name_end(text: str, words: int) -> bool:
    """Whether the line (of ``words`` words) holds no sentence's mark and ends with a short
    name in guillemets (:data:`_QUOTED_NAME_END`, :data:`QUOTED_NAME_MAX_WORDS` words at
    most), of a headline's length at most: its closing mark is no sentence's end."""
    if words > HEADLINE_MAX_WORDS:
        return False
    found = _QUOTED_NAME_END.fullmatch(text)
    return found is not None and len(found.group("name").split()) <= QUOTED_NAME_MAX_WORDS


@attrs.frozen
class Hints:
    """What the caller knows about the text: an HTML page's sources (given by
    :func:`parse_html`), or what :func:`parse_article` read around it (the page's address
    given with ``url=``, a front matter block, the caller's text under a blanked copy).

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
        title_site: The last part of an HTML page's <title> («HEADLINE – SITE»,
            WordPress's), cut off as the site's name while its first part is taken for the
            headline: a first line printing it alone is the site's masthead.
        title_names: The short parts of an HTML page's <title> of three to five parts
            around the headline taken from it («SITE - HEADLINE - SECTION»): names, so a
            first line printing one alone is a masthead's or a section's, not the title.
        h2_texts: The texts of an HTML page's ``<h2>`` headings that may be its headline:
            every ``<h2>``'s when no headline heading was taken (no ``<h1>``), none when one
            was; a print view's headline printed under its lead is one of them
            (:func:`headline_after_lead`). None for a text: its lines carry their own layout
            (blank lines, Markdown's ``**`` lines, a form printed as lines), which the
            title's doubts read instead (:func:`title_doubts`).
        post_titles: The texts of an HTML page's own post-title headings (Blogger's
            «<h3 class="post-title entry-title">» with no link and no date in it) when no
            headline heading was taken: two or more say the page lists posts
            (:func:`_posts_listed`).
        source: The caller's text when the pipeline reads a copy of it with some syntax
            blanked (a front matter block, Markdown, a line break tag printed as text): the
            record's values are folded back to one space a run, and the title's doubts read
            the caller's text.
        front_matter: A front matter block's title and where the block ends in the text:
            the title as the front matter gives it, doubted when the text prints it nowhere
            (:func:`_front_matter_title`).
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
    title_site: str | None = None
    title_names: tuple[str, ...] = ()
    h2_texts: frozenset[str] | None = None
    post_titles: frozenset[str] = frozenset()
    source: str | None = None
    front_matter: tuple[str, int] | None = None


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
    # The warnings' lines and columns (made at the first warning, speed61).
    positions: Positions | None = attrs.field(default=None, init=False)
    # Date lines printed next to a "today" widget: part of it.
    widget_lines: set[int] = attrs.field(factory=set)
    # Date lines above the title set aside as the site's banner by the header walk (fix183).
    banner_lines: list[int] = attrs.field(factory=list)
    # The keys of machine titles that name the site's masthead, not the headline (an
    # institution's name alone over the item's heading: _title._institution_masthead_hints).
    masthead_titles: set[str] = attrs.field(factory=set)
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
    # Whether that clock is a country edition's, named by the host's first label alone
    # (kz.sputniknews.ru: :func:`jalali_meta._sources.edition_clock`), which a Jalali stamp
    # does not take (fix214).
    edition_clock: bool = False
    # Why the page's clock is not sure (Afghan Dari under an Iranian agency's relay, fix164):
    # its times are not read (see _resolve).
    clock_doubt: str | None = None
    # Why the address's ID is not taken: the page prints its own address with another ID.
    url_doubt: str | None = None
    # Why an ID under another item's headline under the text was not taken (fix105).
    item_id_doubt: str | None = None
    # The address's ID is a bare year-like number after an item's segment («/news/2019»).
    url_year_like: bool = False
    # The address's year and month without a day («/2021/03/slug/»): the calendar's name,
    # the year and the month (see _outside_url_month).
    url_month: tuple[str, int, int] | None = None
    # The agency's dateline printing the address's day and month without a year («ДУШАНБЕ,
    # 11 мар - Sputnik.»): the address's day is then the publication day (see _url_candidates).
    url_dateline: str | None = None
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
        positions = self.positions
        if positions is None:
            positions = self.positions = Positions(self.doc)
        line, column = positions(offset)
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


_BLANK_BEFORE = attrgetter("blank_before")


def _double_spaced(lines: Sequence[_Line]) -> bool:
    """Whether a blank line stands before nearly every line of the text (an extraction that
    puts one after every block): a blank line there groups nothing."""
    count = min(len(lines), DOUBLE_SPACED_REACH)
    if count < DOUBLE_SPACED_LINES:
        return False
    # (the flags are bools: their sum counts the lines with a blank before them, all in C)
    blanks: int = sum(map(_BLANK_BEFORE, islice(lines, 1, count)))
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
    # (The appends bound once and the lines counted in a local: the loop runs once a line
    # and once a blank line of every text parsed, speed36.)
    add_start, add_end, add_blank = starts.append, ends.append, blanks.append
    add_line = lines.append
    count = 0
    pos = 0
    breaks = 0  # line breaks since the last non-blank line (or the text's start)
    size = len(doc)
    # (fix147's glued relay looked for once over the whole text, not in every line: speed40)
    relay = _may_glue_relay(doc)
    # (fix294's glued post footer looked for once over the whole text, as the relay)
    # (each label's first word looked for with ``in`` first: the pattern's scan from every
    # sentence mark cost about 4% of the seed's parse, which holds none of them)
    # (a kashida may stretch a label's first word: a text holding one is searched too)
    footer = (
        any(word in doc for word in _GLUED_FOOTER_FIRST_WORDS) or _KASHIDA in doc
    ) and _GLUED_FOOTER.search(doc) is not None
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
                blank = breaks > 1 or (breaks == 1 and not count)
                if text[0] == "|" and text[-1] == "|" and (cell := _one_cell(text)) is not None:
                    # «| HEADLINE |»: a table of one column as extraction prints it (a print
                    # view's layout table, trafilatura): the row is its one cell's text.
                    start, text = start + cell[0], cell[1]
                stop = start + len(text)
                if (
                    (
                        text[0].isdigit()
                        or (
                            text[0] in _WEEKDAY_INITIALS
                            # (the cut needs a spaced slash or bar: looked for before the
                            # weekday's pattern, which costs more than the two searches)
                            and (" / " in text or " | " in text)
                            and _WEEKDAY_OPENING.match(text) is not None
                        )
                    )
                    and (cut_at := _dated_headline_cut(text)) is not None
                ) or (
                    (
                        text[0].isdigit()
                        or (
                            # «شنبه ۱۸ آذر ۱۴۰۲ ساعت ۱۰:۲۰    LEAD»: the date opening with its
                            # weekday (fix288; the weekday's pattern only on a line with a gap)
                            text[0] in _WEEKDAY_INITIALS
                            and _WIDE_GAP.search(text, 0, _GAPPED_DATE_REACH) is not None
                            and _WEEKDAY_OPENING.match(text) is not None
                        )
                    )
                    and (cut_at := _gapped_date_cut(text)) is not None
                ):
                    # «09.02.2023 / HEADLINE»: the item's date and its headline printed as
                    # one line, a spaced slash or bar between; «۲۳:۳۰ – ۰۸ آذر ۱۴۰۱ ۲۳:۳۰ –
                    # ۰۸ آذر ۱۴۰۱   LEAD ...»: the item's date (printed once or twice) and,
                    # after a wide gap, the running text, run into one line by the
                    # extraction (fix277): two lines, as an HTML page whose date box is its
                    # own line gives them.
                    date_end, head = cut_at
                    if count < EAGER_LINES:
                        add_line(_Line(doc, start, start + date_end, blank, count))
                    add_blank(blank)
                    add_start(start)
                    add_end(start + date_end)
                    count += 1
                    start, blank, text = start + head, False, text[head:]
                elif (
                    text[-1].isdigit()
                    and _may_end_dated(text)
                    and (cut_at := _headline_dated_cut(text)) is not None
                ):
                    # «HEADLINE 1394/4/31 در وقت 10:17:58»: the headline and then the item's
                    # date (and time) printed as one line: two lines, the headline's and the
                    # date's, as above.
                    head_end, date_start = cut_at
                    if count < EAGER_LINES:
                        add_line(_Line(doc, start, start + head_end, blank, count))
                    add_blank(blank)
                    add_start(start)
                    add_end(start + head_end)
                    count += 1
                    start, blank, text = start + date_start, False, text[date_start:]
                elif relay and (relay_at := _glued_relay_cut(text)) is not None:
                    # «HEADLINEبه گزارش SITE، LEAD ...»: the headline glued to its lead's
                    # relay opening, no space or break between (a municipal news site's
                    # item, tests/pages 1810): two lines, the headline's and the lead's.
                    if count < EAGER_LINES:
                        add_line(_Line(doc, start, start + relay_at, blank, count))
                    add_blank(blank)
                    add_start(start)
                    add_end(start + relay_at)
                    count += 1
                    start, blank, text = start + relay_at, False, text[relay_at:]
                elif footer and (footer_at := _glued_footer_cut(text)) is not None:
                    # «...افتتاح شد.ارسال در تاریخ یکشنبه 7 شهریور 1389 توسط NAME»: a blog
                    # post's footer run into its last sentence (a Mihanblog post, tests/pages
                    # 2535): two lines, the sentence's and the footer's, as the HTML prints.
                    if count < EAGER_LINES:
                        add_line(_Line(doc, start, start + footer_at[0], blank, count))
                    add_blank(blank)
                    add_start(start)
                    add_end(start + footer_at[0])
                    count += 1
                    start, blank, text = start + footer_at[1], False, text[footer_at[1] :]
                if count < EAGER_LINES:
                    add_line(_Line(doc, start, stop, blank, count, text))
                add_blank(blank)
                add_start(start)
                add_end(stop)
                count += 1
                # Every piece but the text's last ends with a line break (a chunk ends
                # with «\n»), and nothing is read after the last.
                breaks = 1
            else:
                breaks += 1
            pos += len(piece)
    if len(starts) <= EAGER_LINES:
        return lines, starts
    return _Lines(doc, starts, ends, blanks, lines), starts


def _one_cell(text: str) -> tuple[int, str] | None:
    """Where the one cell of a table row «| TEXT |» starts in ``text`` and the cell's text,
    stripped; None for a row of several cells («| A | B |»), an empty one («| |») or bars
    not spaced from the text as a table's printer spaces them («| NAME|», «|NAME|»: a
    template's marks around a name, read as printed)."""
    if len(text) < 5 or text[1] != " " or text[-2] != " " or "|" in text[1:-1]:
        return None
    inner = text[1:-1].strip(_EDGES)
    if not inner:
        return None
    return text.index(inner[0], 1), inner


# The separators between a date and the headline printed after it on one line.
_DATED_HEADLINE_SEPARATORS = (" / ", " | ")
# Words the headline after such a date has at least (a time, a place or a label is shorter).
DATED_HEADLINE_WORDS = 3


def _dated_headline_cut(text: str) -> tuple[int, int] | None:
    """Where the date ends and the headline starts in a line that is one whole date (its
    time allowed) and then, after a spaced slash or bar, a line of text opening with a
    letter, no paragraph, three words or more («09.02.2023 / Ифтитоҳи роҳи навсохт ...»,
    a Tajik district government's item header, tests/pages 1648); None for any other line.
    A dash after a date opens a lead's dateline or a source's name: left whole."""
    found = sorted(at for sep in _DATED_HEADLINE_SEPARATORS if (at := text.find(sep)) > 0)
    if not found:
        return None
    cut = _dated_headline_cut_at(text, found[0])
    if cut is None and len(found) > 1:
        # «DATE TIME | ۴۵ بازدید / HEADLINE»: the bar parts the header's own fields, the
        # slash after them the headline (fix145).
        cut = _dated_headline_cut_at(text, found[1])
    return cut


def _dated_headline_cut_at(text: str, sep: int) -> tuple[int, int] | None:
    """:func:`_dated_headline_cut` with the separator at ``sep``."""
    date = text[:sep].rstrip()
    date_end = _date_part_end(date)
    if date_end is None:
        return None
    head = sep + 3
    head += len(text) - head - len(text[head:].lstrip(_STRIP))
    rest = text[head:]
    words = count_words(rest)
    if (
        not DATED_HEADLINE_WORDS <= words <= HEADLINE_MAX_WORDS
        or not rest[0].isalpha()  # «DATE | ۱۵:۵۰ کد : ...»: a meta row's time and fields
        or rest[-1] in ".!؟?:؛"
        or classify(normalize(rest)).kind != "text"
    ):
        return None
    return date_end, head


# How far into a line the gap after its opening date may stand (the longest date and clock
# printed twice is shorter): the characters searched for it.
_GAPPED_DATE_REACH = 80
# A gap of two spaces or more (a tab too): a layout's blocks run into one line.
_WIDE_GAP = regex.compile(r"[\x20\t\xa0]{2,}")
# Words the text after such a gap has at least (a place or a source's name is shorter).
GAPPED_TEXT_WORDS = 3
# Besides a letter, the running text after such a gap may open with a quote mark (the
# guillemet, the ASCII quote, or a curly one: “, ”, ‘, „; a right-to-left text may print
# ” first; fix296) or a digit («مدیر ... گفت: ...» quoted whole, «۱۲ هزار تن ...»; mut53
# (c), fix289).
# A curly quote opening and closing running text quoted whole.
_CURLY_OPENINGS = frozenset("\u201c\u201d\u2018\u201e")
_CURLY_CLOSINGS = frozenset("\u201d\u201c\u2019")
_GAPPED_TEXT_OPENINGS = frozenset('«"0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩') | _CURLY_OPENINGS


def _gapped_date_cut(text: str) -> tuple[int, int] | None:
    """Where the date ends and the text starts in a line opening with one whole date (its
    time allowed, the same date printed twice allowed: «۲۳:۳۰ – ۰۸ آذر ۱۴۰۱ ۲۳:۳۰ – ۰۸ آذر
    ۱۴۰۱», a news site's date box, zinews.ir, real78 #19) and, after a gap of two spaces or
    more, the running text: a paragraph (:func:`_is_paragraph`) opening with a letter; None
    for any other line. A date and a source's name or a place, or a date in a sentence, are no
    whole date before a wide gap: left whole."""
    gap = _WIDE_GAP.search(text, 0, _GAPPED_DATE_REACH)
    if gap is None:
        return None
    date = text[: gap.start()]
    info = classify(normalize(date))
    if info.kind != "date" or info.dates != ((0, len(date)),) or info.source is not None:
        return None
    rest = text[gap.end() :]
    if not rest or not (rest[0].isalpha() or rest[0] in _GAPPED_TEXT_OPENINGS):
        return None
    if rest[0].isdigit() and any(start == 0 for start, _ in classify(normalize(rest)).dates):
        # «DATE    DATE ...»: the date printed again after the gap, no running text's opening
        return None
    words = count_words(rest)
    inside = rest
    if rest[0] in _CURLY_OPENINGS and rest[-1] in _CURLY_CLOSINGS and len(rest) > 2:
        inside = rest[:-1]  # «“...است.”»: the sentence ends inside the quote (fix296)
    if words < max(GAPPED_TEXT_WORDS, SENTENCE_WORDS) or not _is_paragraph(inside, words):
        # A headline's length or a line of buttons and a sentence's words with no sentence's
        # end (`DATE        چاپ   HEADLINE`): no running text, the line is left whole
        # (tests/test_held_out_rules.py: a date line's many words make no date line).
        return None
    return len(date), gap.end()


# The most words of a news agency's name between a date and the headline after it.
DATED_SOURCE_WORDS = 2
# One to DATED_SOURCE_WORDS words of letters at the end of a date's part: «ایرنا».
_SOURCE_WORDS = regex.compile(rf"(?:\x20[\p{{L}}\p{{M}}\u200c]+){{1,{DATED_SOURCE_WORDS}}}$")


def _date_part_end(date: str) -> int | None:
    """Where the date of a «DATE / HEADLINE» line's first part ends: the part's end when the
    part is one whole date (its time allowed), or that date and a source after a dash
    («۱۲ مرداد ۱۴۰۲ - ایسنا», the line kept whole: a date line with its source); the
    date's end when one or two words of letters follow it without a dash («۱۴۰۲/۰۵/۱۲
    ایرنا»: the agency's name, left out of both lines); None for any other part."""
    info = classify(normalize(date))
    if info.kind == "date" and info.dates == ((0, len(date)),):
        return len(date)
    if info.kind == "date" and info.source is not None and info.dates[0][0] == 0:
        return len(date)  # (the dates test of a line with a source ends at its date)
    if info.kind == "mixed" and info.dates and info.dates[0][0] == 0:
        return _date_end_before_fields(date)
    if info.kind != "text" or info.dates:
        return None
    source = _SOURCE_WORDS.search(date)
    if source is None:
        return None
    bare = date[: source.start()].rstrip()
    info = classify(normalize(bare))
    if info.kind != "date" or info.dates != ((0, len(bare)),) or info.source is not None:
        return None
    return len(bare)


# A header's fields after its date, each after a spaced dash or bar: «| ۴۵ بازدید» (a
# counter), «- همدان» (a place), «- ایسنا» (an agency).
_HEADER_FIELD_SEPARATOR = re.compile(r"\s[-|]\s")
_HEADER_COUNTER = regex.compile(rf"[\d٬,]+\s*(?:{words(COUNTER_WORDS)})")
# The most such fields after the date («- همدان - ایسنا»).
HEADER_FIELDS = 2
# A line opening with a weekday's name: «یکشنبه ۱۲ مرداد ۱۴۰۲ / HEADLINE» (fix145).
# (With Arabic yeh and kaf too, as the line is raw text: «يكشنبه», fix151.)
_WEEKDAY_NAMES = frozenset(
    {*WEEKDAYS, *(name.replace("ی", "ي").replace("ک", "ك") for name in WEEKDAYS)}
)
_WEEKDAY_OPENING = regex.compile(rf"(?:{words(_WEEKDAY_NAMES)})[،,]?\s+\d")
_WEEKDAY_INITIALS = frozenset(name[0] for name in _WEEKDAY_NAMES)


def _date_end_before_fields(date: str) -> int | None:
    """Where the date ends in a «DATE / HEADLINE» line's first part that is one whole date
    (its weekday and time allowed) and then one or two header fields, each after a spaced
    dash or bar: a counter («۱۲ مرداد ۱۴۰۲ ۱۰:۳۰ | ۴۵ بازدید») or one or two words of
    letters, a place or an agency («۱۲ مرداد ۱۴۰۲ - همدان - ایسنا»); the fields are left
    out of both lines, as an agency's name is. None for any other part (fix145)."""
    parts = _HEADER_FIELD_SEPARATOR.split(date)
    if not 2 <= len(parts) <= HEADER_FIELDS + 1:
        return None
    first = parts[0].rstrip()
    info = classify(normalize(first))
    if info.kind != "date" or info.dates != ((0, len(first)),) or info.source is not None:
        return None
    for part in parts[1:]:
        field = part.strip()
        if _HEADER_COUNTER.fullmatch(normalize(field)) is not None:  # (بازديد too, fix151)
            continue
        if not 1 <= len(field.split()) <= DATED_SOURCE_WORDS or not all(
            ch.isalpha() or ch in " \u200c" for ch in field
        ):
            return None
    return len(first)


# A whole numeric date (and a clock after «(در) وقت» or «(در) ساعت») ending a line.
_DATE_TAIL = re.compile(
    r"\s(\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?:\s+(?:در\s+)?(?:وقت|ساعت)\s+\d{1,2}:\d{2}(?::\d{2})?)?)\Z"
)
# The characters of the line's end searched for it (the longest date and clock is 34).
_DATE_TAIL_REACH = 40
# Words that, last before the date, make it part of the sentence («... در تاریخ DATE»,
# «از DATE تا DATE», «مورخ DATE»): the line is left whole.
_DATE_LEAD_WORDS = frozenset(
    {
        "در", "از", "تا", "به", "با", "و", "الی", "تاریخ", "مورخ", "مورخه", "روز", "سال",
        "امروز", "ساعت", "وقت", "شماره", "کد", "نسخه", "مصوب", "مصوبه", "ابلاغیه", "بخشنامه",
        "لغایت", "لغايت",
    }
)  # fmt: skip
# A numeric date in the part before: a range's or a period's first day («نرخ ... از
# 1396/12/05 لغایت 1396/12/11», tests/pages 630): the line is left whole.
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}")


def _may_end_dated(text: str) -> bool:
    """Whether :func:`_headline_dated_cut` may cut ``text``: its words (split in C) number a
    headline's least and the date's one word at least, or its two more for a clock when the
    last word holds a colon (a date holds none: the line then ends with the clock). A
    header's date line («سه شنبه 1402/06/28 ساعت 16:42») and a number alone fail it before
    the regex search (speed38; tests/test_prefilters.py)."""
    parts = text.split()
    return len(parts) > DATED_HEADLINE_WORDS + (2 if ":" in parts[-1] else 0) if parts else False


def _headline_dated_cut(text: str) -> tuple[int, int] | None:
    """Where the headline ends and the date starts in a line that is a headline (3 to 25
    words, opening with a letter, no sentence's end, classified as text) and then one
    whole numeric date, a clock after «در وقت» or «ساعت» allowed («کاهش ... 1394/4/31 در
    وقت 10:17:58», a company's news page, real44 #17); None for any other line. A date
    that a word before it ties to the sentence («... در تاریخ DATE», «مورخ DATE») and a
    line read as a date or label line («تاریخ ثبت آگهی DATE») are left whole."""
    tail_at = max(0, len(text) - _DATE_TAIL_REACH)
    found = _DATE_TAIL.search(text, tail_at)
    if found is None:
        return None
    head = text[: found.start()].rstrip(_STRIP)
    if not head:
        return None
    words = head.split()
    if (
        not DATED_HEADLINE_WORDS <= count_words(head) <= HEADLINE_MAX_WORDS
        or not head[0].isalpha()
        or head[-1] in ".!؟?:؛،-–|/"
        or normalize(words[-1]) in _DATE_LEAD_WORDS
        or _NUMERIC_DATE.search(head) is not None
    ):
        return None
    # (the classifier last: the shape's cheap tests above turn most lines away)
    date_start = found.start(1)
    date = found.group(1)
    info = classify(normalize(date))
    if info.kind != "date" or info.dates != ((0, len(date)),) or info.source is not None:
        return None
    if classify(normalize(head)).kind != "text" or classify(normalize(text)).kind != "text":
        return None
    return len(head), date_start


# A lead's relay opening: «به گزارش», one to six words of its source and a comma.
_RELAY = (
    r"به[\x20\u200c]گزارش[\x20\u200c]+"
    r"[^\s،,.:؛!?؟]+(?:[\x20\u200c]+[^\s،,.:؛!?؟]+){0,5}[\x20\u200c]*[،,]"
)
# The relay glued to the letter before it («...همیاریبه گزارش جی پی لند، »).
_GLUED_RELAY = regex.compile(r"(?<=[\p{L}\p{M}])" + _RELAY)
_RELAY_OPENING = regex.compile(_RELAY)
# The least words of the lead after the relay's comma (a body's sentence, not a label).
_GLUED_LEAD_WORDS = 8
# The least letters of the headline's last word once «به» is cut off it.
_GLUED_WORD_LETTERS = 2


# The least words of a shorter lead after the relay's comma that is one whole sentence.
_GLUED_SENTENCE_WORDS = 3


def _glued_lead(rest: str) -> bool:
    """Whether ``rest``, the text after the glued relay's comma, is a lead: eight words or
    more, or one sentence of :data:`_GLUED_SENTENCE_WORDS` words or more ending the line
    with its full stop and holding no other mark («کتابخانه گشایش یافت.», fix155)."""
    words = count_words(rest)
    if words >= _GLUED_LEAD_WORDS:
        return True
    sentence = rest.strip()
    return (
        words >= _GLUED_SENTENCE_WORDS
        and sentence.endswith(".")
        and not any(mark in sentence[:-1] for mark in ".!؟?:؛،,")
    )


def relay_lead(text: str) -> bool:
    """Whether ``text`` opens with a lead's relay («به گزارش روابط عمومی فرمانداری، ...»)
    and a lead after its comma (:func:`_glued_lead`): what follows a bold headline run in
    its HTML block (``<td><b>HEADLINE</b>به گزارش ...</td>``, fix164)."""
    found = _RELAY_OPENING.match(text)
    return found is not None and _glued_lead(text[found.end() :])


def _may_glue_relay(doc: str) -> bool:
    """Whether ``doc`` may hold a line :func:`_glued_relay_cut` cuts: «به گزارش» (a space or a
    non-joiner between) right after a character that is no space, and :data:`_GLUED_RELAY`
    matching there. Asked once of the whole text before the line loop (one ``str.find`` in
    C, where a test of every line costs more: speed40); registered in
    ``testing.PREFILTERS`` («glued relay»). A text whose only «به گزارش» opens a line, as
    a lead's relay does, fails it."""
    at = doc.find("گزارش", 4)
    while at >= 0:
        if (
            doc[at - 3 : at - 1] == "به"
            and doc[at - 1] in " \u200c"
            and not doc[at - 4].isspace()
            and _GLUED_RELAY.match(doc, at - 3) is not None
        ):
            return True
        at = doc.find("گزارش", at + 1)
    return False


def _glued_relay_cut(text: str) -> int | None:
    """Where the headline ends in a line that is a headline (3 to 25 words, opening with a
    letter, no sentence's mark or comma, classified as text) glued, no space between, to a
    lead opening with its relay «به گزارش SOURCE، ...» of eight words or more after the
    comma or one whole shorter sentence (:func:`_glued_lead`; tests/pages 1810); None for
    any other line. A relay after a space, a mark or a comma is a sentence's own («...، به
    گزارش ...») and a line opening with it a lead: left whole."""
    # (str.find for «گزارش», the regex matched only where «به» and a space stand before it:
    # a search over every line holding the word costs more, fix147)
    found = None
    at = text.find("گزارش", 3)
    while at >= 0 and found is None:
        if text[at - 3 : at - 1] == "به" and text[at - 1] in " \u200c":
            found = _GLUED_RELAY.match(text, at - 3)
        at = text.find("گزارش", at + 1)
    if found is None:
        return None
    head = text[: found.start()]
    last = head.split()[-1] if head.split() else ""
    if (
        not DATED_HEADLINE_WORDS <= count_words(head) <= HEADLINE_MAX_WORDS
        or not head[0].isalpha()
        or len(last) < _GLUED_WORD_LETTERS
        or any(mark in head for mark in ".!؟?:؛،,")
        or not _glued_lead(text[found.end() :])
        or classify(normalize(head)).kind != "text"
    ):
        return None
    return found.start()


def _stretchable(labels: Sequence[str]) -> str:
    """An alternation of ``labels`` as :func:`words` makes it, each letter allowed to be
    stretched by kashidas after it («نوشـته شده در», a Blogfa template's label) and each
    space matching any run of spaces, ZWNJs and kashidas (fix310)."""
    return "|".join(
        r"[\x20\u200c\u0640]*".join(
            "".join(regex.escape(ch) + "\u0640*" for ch in word) for word in label.split()
        )
        for label in sorted(labels, key=len, reverse=True)
    )


# A post footer's label right after a sentence's closing mark, no break between (fix294);
# the closing mark may be the one-character ellipsis «…», and the label stretched with
# kashidas (fix310).
_GLUED_FOOTER = regex.compile(
    rf"[.!?؟…][\x20]*+(?:{_stretchable(GLUED_FOOTER_LABELS)})(?![\p{{L}}\p{{M}}])"
)
# The labels' first words: a text holding none of them holds no glued footer (the pattern's
# letters are exact, :func:`words`, so the test is exact too).
_GLUED_FOOTER_FIRST_WORDS = tuple(sorted({label.split()[0] for label in GLUED_FOOTER_LABELS}))
_KASHIDA = "\u0640"
# «توسط NAME» (by NAME) after the footer's date: the author's name has at most these words.
_FOOTER_AUTHOR = regex.compile(r"[\x20]+توسط(?:[\x20\u200c]+[\p{L}\p{M}\u200c]+){1,4}")
# Words the sentence before a glued footer has at least (a body's sentence, not a label).
GLUED_FOOTER_SENTENCE_WORDS = 4


def _glued_footer_cut(text: str) -> tuple[int, int] | None:
    """Where the sentence ends and the footer starts in a line whose last sentence (four
    words or more, closed by a full stop or a question or exclamation mark) has a post
    footer glued after it: a footer label (:data:`GLUED_FOOTER_LABELS`) with a date right
    after it and nothing after the date but «توسط NAME» (by NAME, four words at most) («...
    افتتاح شد.ارسال در تاریخ یکشنبه 7 شهریور 1389 توسط NAME», tests/pages 2535); None for
    any other line. A label in the running text with no closing mark right before it
    («... برای ارسال در تاریخ ...»), or a sentence going on after the date, is left whole."""
    found = None
    for match in _GLUED_FOOTER.finditer(text):
        found = match  # (the last such footer on the line: a footer closes its post)
    if found is None:
        return None
    stop = found.start() + 1
    tail = text[stop:].lstrip()
    if count_words(text[:stop]) < GLUED_FOOTER_SENTENCE_WORDS:
        return None
    info = classify(normalize(tail))
    if (
        info.kind != "labels"
        or info.date is None
        or info.labels[0].field != "published"
        or info.labels[0].span[0] != 0
        or info.date.start() != info.labels[0].value[0]
    ):
        return None
    rest = normalize(tail)[info.date.end() :]
    if rest.strip() and _FOOTER_AUTHOR.fullmatch(rest.rstrip()) is None:
        return None
    return stop, len(text) - len(tail)


class _Lines(Sequence[_Line]):
    """The lines of a long text: extents in arrays, line objects made on access.

    The objects of the first :data:`EAGER_LINES` lines (where the header and the title
    stand) are made at once and kept, with their verdicts; the others are made when
    looked at, and made again when looked at after the last :data:`_RECENT` made. A line
    made again gets back the classifier's verdict its earlier object had (the rules walk
    the lines past the first ones again and again, and the verdict is the costliest part
    to remake, speed47): a verdict is kept as a small number per line into a table of
    the text's distinct verdicts (at most :data:`_VERDICTS`; a verdict that finds the table
    full is not kept and is recomputed, which gives the same value). A verdict's date match
    (``LineInfo.date``) is a match on its line, so no two lines' verdicts with a date would
    be equal: such a verdict is kept without its match, which a line made again gets back
    from :func:`header.verdict_date` (one date search instead of the whole classifier,
    speed53). A line made again gets back its word count and paragraph test too (kept in
    arrays when its first object is made, speed56). Memory per line past the first lines is
    then the arrays' 14 bytes, not an object.
    """

    __slots__ = (
        "_blanks",
        "_doc",
        "_ends",
        "_first",
        "_kept",
        "_paragraphs",
        "_recent",
        "_starts",
        "_verdict_at",
        "_verdicts",
        "_words",
    )

    def __init__(
        self, doc: str, starts: array[int], ends: array[int], blanks: bytearray, first: list[_Line]
    ) -> None:
        self._doc = doc
        self._starts = starts
        self._ends = ends
        self._blanks = blanks
        self._first = first
        self._recent: dict[int, _Line] = {}
        # Per line, 1 + the place of its verdict in ``_verdicts`` (0: none kept).
        self._kept = array("H", bytes(2 * len(starts)))
        # Per line, its word count (0: not made yet, or more words than an array cell holds)
        # and its paragraph test, kept when its first object is made (speed56).
        self._words = array("H", bytes(2 * len(starts)))
        self._paragraphs = bytearray(len(starts))
        # The distinct verdicts, each with whether its date match was left out of it.
        self._verdicts: list[tuple[LineInfo, bool]] = []
        self._verdict_at: dict[tuple[LineInfo, bool], int] = {}

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
        words = self._words[index]
        if words:
            # Made again: its word count and paragraph test as its first object had them.
            line = _Line.again(
                self._doc,
                self._starts[index],
                self._ends[index],
                bool(self._blanks[index]),
                index,
                words,
                bool(self._paragraphs[index]),
            )
        else:
            line = _Line(
                self._doc, self._starts[index], self._ends[index], bool(self._blanks[index]), index
            )
            if line.words <= _KEPT_WORDS_MAX:
                self._words[index] = line.words
                self._paragraphs[index] = line.paragraph
        kept = self._kept[index]
        if kept:
            info, dated = self._verdicts[kept - 1]
            # (a verdict kept without its date match gets it back when read: _Line.info)
            line.__dict__["_undated" if dated else "info"] = info
        if len(self._recent) >= _RECENT:
            self._keep_verdicts()
            self._recent.clear()
        self._recent[index] = line
        return line

    def _keep_verdicts(self) -> None:
        """Keep the verdicts of the lines about to be let go (see the class's docstring)."""
        kept, verdicts, verdict_at = self._kept, self._verdicts, self._verdict_at
        for index, line in self._recent.items():
            info = line.__dict__.get("info")
            if info is None or kept[index]:
                continue
            verdict = (info, False)
            if info.date is not None and info.date.string == line.norm:
                verdict = (info._replace(date=None), True)
            place = verdict_at.get(verdict)
            if place is None:
                if len(verdicts) >= _VERDICTS:
                    continue
                verdicts.append(verdict)
                place = verdict_at[verdict] = len(verdicts)
            kept[index] = place


# Texts with up to this many lines get all their line objects at once.
EAGER_LINES = 4096
# Line objects past the first EAGER_LINES kept at one time (neighbours looked at together).
_RECENT = 64
# The most words of a line whose count _Lines keeps (an unsigned short; a longer line's count
# is made again with its object).
_KEPT_WORDS_MAX = 0xFFFF
# Distinct classifier verdicts kept for the lines past the first EAGER_LINES (_Lines).
_VERDICTS = 1024


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
    return _unbound(parts)


def _unbound(parts: list[str]) -> int:
    """:func:`count_words` of a text split in ``parts``, one of them a bound part."""
    count = len(parts) - sum(map(_BOUND.__contains__, parts))  # (no generator: all in C)
    return count if count or not parts else 1


def _squash(text: str) -> str:
    return "".join(text.replace("\u200c", " ").split())


def text_in(short: _Line, longer: _Line) -> bool:
    """Whether the short line's text stands inside the longer line (spaces folded)."""
    return short.key in longer.key  # the keys are these squashed texts, made once per line


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
        # The formal and Dari light verbs for «شد» and «کرد» («برگزار گردید», «افتتاح
        # نمود», «... گردد»; «گردیده است», «می‌گردد», «می‌نماید» end with «است» or «می»
        # already): a closed list, as nouns end with «ید» and «ود» too («تولید», «تمدید»,
        # «وجود», «بهبود»: attacks57, fix172).
        "گردید", "نمود", "گردد", "نماید",
        # The causative light verbs of a compound («به تصویب رساند», «به اجرا درآورد»:
        # brought to approval, put into effect; fix214, attacks67).
        "رساند", "رسانید", "درآورد",
        # «به دست آورد» (won, gained), «به وجود آورد», «پدید آورد» (fix216, attacks68).
        "آورد",
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


# The mark of a direct object («را»): a verb of saying with its object before it states what
# was announced («... زمان امتحانات را اعلام کرد»), no speaker's kicker over a quote.
_OBJECT_MARK = "را"
# The fewest words of such a line: the object, «را», the noun and the verb.
ANNOUNCED_OBJECT_WORDS = 4


def _announces_object(line: _Line) -> bool:
    """Whether ``line`` ends with a compound verb of saying (:data:`_SAYING_NOUNS` and «کرد»,
    «نمود») whose object stands right before it marked by «را»: «وزارت آموزش و پرورش زمان
    امتحانات را اعلام کرد» (announced the exams' dates), a statement of an act, as a
    headline's verb is. Reported speech («گفت», «افزود», «اعلام کرد:») holds no such object
    (fix214, attacks67)."""
    words = line.norm.replace("\u200c", " ").rstrip(".!»\"'").split()
    return (
        len(words) >= ANNOUNCED_OBJECT_WORDS
        and words[-3] == _OBJECT_MARK
        and words[-2] in _SAYING_NOUNS
        and words[-1] in ("کرد", "کردند", "نمود", "نمودند")
    )


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


def _same_stem(word: str, other: str) -> bool:
    """Whether two content words are one word, a suffix aside («اجرای», «اجرا»)."""
    if word == other:
        return True
    short, long = (word, other) if len(word) <= len(other) else (other, word)
    return len(short) >= STEM_LETTERS and long.startswith(short) and len(long) - len(short) <= 2


# A word's stem to match has at least this many letters.
STEM_LETTERS = 4


def _ends_sentence(line: _Line) -> bool:
    """Whether the line ends a sentence with a period (not an ellipsis «..»)."""
    return line.text[-1] == "." and not line.text.endswith("..")


def _lower_words(line: _Line) -> set[str]:
    """:func:`_content_words` in lower case (capitals of a Cyrillic or Latin line aside),
    without the Tajik spellings of :data:`_FUNCTION_WORDS` («дар», «барои» ...)."""
    return {word.lower() for word in _content_words(line)} - _TAJIK_FUNCTION_WORDS


# :data:`_FUNCTION_WORDS` of three letters or more as Tajik writes them in Cyrillic.
_TAJIK_FUNCTION_WORDS = frozenset(
    {"дар", "барои", "ҳама", "ҳар", "худ", "низ", "ҳам", "аммо", "аст", "шуд"}
)
# A photo's caption: a credit after a dash at the end («... - انتخاب»), or «عکس: ...».
_CAPTION = regex.compile(
    r"(?:\x20[-–]\x20*[\p{L}\p{M}\u200c]+(?:\x20[\p{L}\p{M}\u200c]+)?|(?<![\p{L}\p{M}])عکس\x20*:.*)$"
)


def _may_be_caption(norm: str) -> bool:
    """Whether :data:`_CAPTION` may match ``norm``: a space and a dash, or «عکس», in it."""
    return " -" in norm or " –" in norm or "عکس" in norm


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
        and (line.text[-1] not in _KICKER_ENDS or and_so_on(line.text, line.words))
        and line.text[-1] != "."
        and not ("." in line.text and _QUOTED_SENTENCE_END.search(line.text))
        and _verb_end(line) != "saying"
        and not _BULLET.match(line.text)
        and not (may_be_enumerated(line.norm) and _ENUMERATED.match(line.norm))
        and not (_may_be_caption(line.norm) and _CAPTION.search(line.norm))
        and not any(mark in line.text for mark in _BREADCRUMB_MARKS)
    )


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


def _bare_words(line: _Line) -> set[str]:
    """:func:`_content_words` with the marks glued to each word dropped («کنکور،» and
    «میشود؟» are «کنکور» and «میشود»)."""
    bare = (_NOT_LETTERS.sub("", word) for word in _content_words(line))
    return {word for word in bare if len(word) >= 3 and word not in _FUNCTION_WORDS}


# Marks, spaces and joiners: what a slug and a line may differ by.
_NOT_LETTERS = regex.compile(r"[^\p{L}\p{M}\p{N}]+")


# The item's other header labels a labelled date line may hold beside its date (fix175):
# «تاریخ انتشار: ۲۰ آذر ۱۴۰۲ | کد خبر: ۸۸۱۲۰», «... | بازدید: ۴۵», «... | نویسنده: ...».
_BESIDE_DATE_LABELS = frozenset({"number", "views", "time", "author"})


def _labelled_date_line(line: _Line) -> bool:
    """A line holding the item's date behind its label: «تاریخ انتشار: ۱۲ دی ۱۴۰۲ - ۱۰:۱۵»,
    «ارسال شده در ۱۲ دی ۱۴۰۲» (a ``labels`` line with the published or updated label and its
    value, a date read in it). It stands where a bare date line stands under or over a
    headline (fix171). The item's other header labels may stand beside the date, either side
    («تاریخ انتشار: ... | کد خبر: ۸۸۱۲۰», «کد خبر: ... | تاریخ انتشار: ...», «... | بازدید:
    ۴۵»: :data:`_BESIDE_DATE_LABELS`, fix175); a label of another kind (a category, a source)
    makes the line no date line of a header block."""
    info = line.info
    return (
        info.kind == "labels"
        and bool(info.labels)
        and info.date is not None
        and any(label.field in ("published", "updated") for label in info.labels)
        and all(
            label.value[1] > label.value[0]
            and label.field in ("published", "updated", *_BESIDE_DATE_LABELS)
            for label in info.labels
        )
    )


# The item's header labels a line of them may hold alone, the date bare beside them or absent
# (fix182): «کد خبر: ۴۵۶۷۱ | بازدید: ۱۲۰ | ۲۰ آذر ۱۴۰۲», «کد خبر: ۴۵۶۷۱ | بازدید: ۱۲۰».
_ITEM_HEADER_LABELS = frozenset({"number", "views", "time"})


def _item_header_line(line: _Line) -> bool:
    """A line of the item's header under its headline: a labelled date line
    (:func:`_labelled_date_line`), or a ``labels`` line holding only the item's code, views
    counter or time, the code or the views among them with its value, the date bare beside
    them or absent («کد خبر: ۴۵۶۷۱ | بازدید: ۱۲۰ | ۲۰ آذر ۱۴۰۲», «کد خبر: ۴۵۶۷۱ | بازدید:
    ۱۲۰»: fix182); another of them may show its label with no value (a counter the page
    fills by script: «کد خبر: ۴۵۶۷۱ | بازدید:», fix189). A label of another kind (a source,
    an author, a category) makes it no header line: «نویسنده: ...» alone is a byline; a
    label with no value alone («بازدید:») is none either."""
    if _labelled_date_line(line):
        return True
    info = line.info
    return (
        info.kind == "labels"
        and any(
            label.field in ("number", "views") and label.value[1] > label.value[0]
            for label in info.labels
        )
        and all(label.field in _ITEM_HEADER_LABELS for label in info.labels)
    )


# The item's time alone behind its label, the line under its headline: «ساعت: ۰۹:۳۰»,
# «ساعت انتشار: ۰۹:۳۰» (fix189; the normalised line's digits are ASCII). Not an event's
# time («زمان برگزاری: ۱۰:۴۵»): its label names no publication.
_ITEM_TIME_ALONE = regex.compile(
    r"[\x20]*(?:ساعت|زمان)(?:[\x20\u200c]+(?:انتشار|ارسال|درج|خبر))?[\x20]*:[\x20]*"
    r"[0-9]{1,2}[\x20]?:[\x20]?[0-9]{2}(?:[\x20]?:[\x20]?[0-9]{2})?[\x20]*"
)


def _item_time_line(line: _Line) -> bool:
    """Whether ``line`` is the item's time alone behind its label, «ساعت: ۰۹:۳۰» (fix189):
    under a headline over its lead, a line of the item's header (a site's clock stands
    elsewhere); the caller tells where it stands."""
    return line.words <= 4 and _ITEM_TIME_ALONE.fullmatch(line.norm) is not None


# The Arabic tatweel (kashida): it stretches a letter's joint and, run alone, draws a rule.
# :meth:`str.isalpha` calls it a letter.
TATWEEL = "\u0640"


def has_letter(text: str) -> bool:
    """Whether ``text`` holds a letter other than the tatweel: a rule of tatweels, spaced or
    not («ــــــــ», «ــ ــ ــ»), holds none (attacks57, fix172)."""
    # (the test in C, as ``any(map(str.isalpha, ...))`` was: it runs on every candidate)
    return any(map(str.isalpha, text.replace(TATWEEL, "") if TATWEEL in text else text))


def _lone_separator(line: _Line) -> bool:
    """A line of a separator alone («-», «|», «*»): no letter or digit, a control's length."""
    return line.info.kind == "control" and not any(ch.isalnum() for ch in line.norm)
