"""List pages: tag, category and archive pages, and what their address says.

A page of items (excerpts with read-more buttons, dated posts, twin headlines, teasers under
a list's name, items each with its own ID label) has no one article: its items' titles, IDs
and dates are not the page's. The address (:func:`_address`, :class:`_Address`) says whether
it is a list and names its slug; the slug's words spell (or disown) a line of the page.
The predicates here find a list's items, its name (an archive title, a tag label, a browse
heading) and the doubts they cast on a headline chosen among them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from urllib.parse import parse_qs, unquote, urlsplit, urlunsplit

import attrs
import regex

from jalali_meta import _vocab as vocab
from jalali_meta._chrome import (
    _BARE_ARCHIVE_LABEL,
    _INSTITUTIONS,
    _NOT_LETTER,
    _WEEKDAY_LETTERS,
    BARE_ARCHIVE_LABEL_WORDS,
    CHILD_CATEGORIES,
    CHILD_CATEGORY_WORDS,
    INSTITUTION_MAX_WORDS,
    LABEL_REACH_ABOVE,
    NAME_MAX_WORDS,
    _ascii_digit_in,
    _institution,
    _never_title,
    _site_named,
)
from jalali_meta._dates import as_day
from jalali_meta._evidence import (
    LABEL_SEPARATORS,
    archive_day_heading,
    archive_name,
    blog_platform_cut,
    day_and_month,
    excerpt_with_read_more,
    finglish_slug_spells,
    list_control,
    list_count,
    may_read_more_as_written,
)
from jalali_meta._grammar import QuickDate
from jalali_meta._header import (
    DATELINE_MAX_CHARS,
    classify,
    dateline_date,
    fits_next_line,
    is_chrome_line,
    is_month_alone,
    is_news_heading,
    is_related_heading,
    is_section_end,
    is_section_name,
)
from jalali_meta._lines import (
    _BULLET,
    _FUNCTION_WORDS,
    _KICKER_ENDS,
    _NOT_LETTERS,
    _ROUND_BULLET,
    _TAJIK_FUNCTION_WORDS,
    HEADLINE_MAX_WORDS,
    SENTENCE_WORDS,
    TATWEEL,
    _bare_words,
    _content_words,
    _double_spaced,
    _headline_over_lead,
    _Line,
    _restates,
    _squash,
    _State,
    _verb_end,
    count_words,
    has_letter,
)
from jalali_meta._normalize import DIGIT_SOURCES, WORD_LETTERS, normalize, raw_spelling
from jalali_meta._patterns import any_case
from jalali_meta._patterns import words as vocabulary_words
from jalali_meta._reading import _ARABIC_LETTER
from jalali_meta._records import Span, Timestamp, text_span
from jalali_meta._resolve import Choice
from jalali_meta._sources import (
    discourse_topic,
    forum_thread,
    item_view_word,
    joomla_list_view,
    platform_front_page,
    root_topic_number,
    url_number,
)

LATE_HEADER_MAX_CHARS = 200
# Two paragraphs this many lines apart or closer belong to one body.
BODY_GAP = 4


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
# A blog's or site's advertisement link («سفارش تبلیغ»), squashed as :attr:`_Line.key`:
# never a list's name, nor a page's first-line title (by score it is a rival line).
_AD_LINKS = frozenset(
    {
        "سفارشتبلیغ", "سفارشتبلیغات", "تبلیغات", "سفارشآگهی", "درجآگهی", "رزروتبلیغات",
        "تبلیغدرسایت", "آگهی", "تبلیغ", "تبلیغدراینوبلاگ", "تبلیغدروبلاگ",
    }
)  # fmt: skip


_TEXT_LABEL_FIELDS = frozenset({"author", "source", "category", "tags"})


def _text_label_value(lines: Sequence[_Line], index: int, spaced: bool = False) -> bool:
    """Whether ``lines[index]`` is the value of an author, source, category or tags label
    printed empty on the line right above it («نویسندگان:» over «حسن کریمی و مریم صالحی»),
    or a blank line above it on a double-spaced page: that field's value, never the title.

    On a double-spaced page the label ends with its colon («نویسنده(ها):», fix56), or it is an
    author label alone on its line, as a journal's article page prints its section heading
    «نویسنده» or «نویسندگان» over the authors or their affiliation (journal.asi.org.ir, real50
    #20: «دانشگاه خوارزمی ...» under «نویسنده» was the title over the article's own).
    """
    if index == 0:
        return False
    above = lines[index - 1]
    info = above.info
    if info.kind != "labels" or not info.labels:
        return False
    label = info.labels[-1]
    if lines[index].blank_before and not (
        spaced
        and (
            above.text.rstrip().endswith(":") or (len(info.labels) == 1 and label.field == "author")
        )
    ):
        return False  # (a blank line between ends the label's field, but on a double-spaced page)
    return (
        label.field in _TEXT_LABEL_FIELDS
        and label.value[0] == label.value[1]
        and fits_next_line(label.field, lines[index].norm, lines[index].info)
    )


def _bulleted_item(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is an item of a bulleted list: bulleted, next to another.
    An index past the last line (a colon line ending the text) is no item."""
    if not 0 <= index < len(lines):
        return False
    return _BULLET.match(lines[index].text) is not None and any(
        0 <= other < len(lines) and _BULLET.match(lines[other].text)
        for other in (index - 1, index + 1)
    )


# A page opening with at least this many bulleted lines one under another opens with a list
# (two with the headline printed twice under them, fix126: «- A» / «- B» / HEADLINE /
# HEADLINE took «- A» silently when the run had to be three long).
BULLETED_RUN = 2
# How many lines under such a run the page's headline may start at, and how many lines under
# the headline its second print may stand (a speaker's line or a date line between).
RUN_HEADLINE_REACH = 2
RUN_COPY_REACH = 3


def _bulleted_run_on_top(lines: Sequence[_Line], outside: set[int]) -> set[int]:
    """The lines of a bulleted list opening the page, over the page's headline printed twice.

    «- HEADLINE» lines one under another, two or more, each of a headline's words (a
    site's latest or related items, payamgooyesemnan.ir, real37 #25), then the page's own
    headline, which is printed again a few lines below (over a speaker's line, a date line):
    the run's lines are other items' headlines, not the page's, and not its body. A single
    dash-led line is no run (a kicker or a headline printed with a dash), nor is a bulleted
    meta block (its lines are dates and labels: «• کد خبر: ...»), and without the headline
    printed twice under the run nothing says where the article starts.
    """
    count = len(lines)
    start = 0
    while start < count and start in outside:
        start += 1
    end = start
    while (
        end < count
        and end not in outside
        and _BULLET.match(lines[end].text) is not None
        and lines[end].info.kind == "text"
        and 3 <= lines[end].words <= HEADLINE_MAX_WORDS
        and lines[end].text.rstrip()[-1] not in _KICKER_ENDS
        and "://" not in lines[end].text
    ):
        end += 1
    if end - start < BULLETED_RUN:
        return set()
    for head in range(end, min(count, end + RUN_HEADLINE_REACH)):
        line = lines[head]
        if head in outside or _BULLET.match(line.text) is not None:
            continue
        if line.info.kind == "text" and 3 <= line.words <= HEADLINE_MAX_WORDS:
            for copy in range(head + 1, min(count, head + 1 + RUN_COPY_REACH)):
                if lines[copy].key == line.key:
                    return set(range(start, end))
    return set()


# A ticker opening the page: one paragraph of other items' headlines run together, at least
# this many «|» between them (sports and news sites' scrolling «latest» strip, text
# extraction putting it on one line).
TICKER_BARS = 2
# At most this many words on a heading line between the ticker and the headline («سرخط
# خبرها», «آخرین اخبار»).
TICKER_HEADING_WORDS = 3


def _ticker_on_top(lines: Sequence[_Line], outside: set[int]) -> set[int]:
    """The lines of a ticker opening the page, over the page's headline printed twice.

    The first line many headlines run together (more words than a headline's), with
    :data:`TICKER_BARS` «|» or more between them (shahrbanoo.news, real45 #11: other
    items' headlines and their bracketed dates), then at most one short heading of letters
    alone («سرخط خبرها»), then the page's own headline, printed again a few lines below
    (over its code and date-time lines): the ticker and its heading are other items' and
    the list's name, neither the page's title nor its body. Without the headline printed
    twice under it nothing says the line is no lead.
    """
    count = len(lines)
    start = 0
    while start < count and start in outside:
        start += 1
    if start >= count:
        return set()
    ticker = lines[start]
    if _box_heading(ticker):
        # No ticker, its box's heading alone opening the page («سرخط خبرها»): the same
        # heading over the headline printed twice (fix141).
        taken, head = {start}, start + 1
    elif (
        ticker.info.kind not in ("text", "mixed")
        or ticker.words <= HEADLINE_MAX_WORDS
        or ticker.text.count("|") < TICKER_BARS
    ):
        return set()
    else:
        taken = {start}
        head = start + 1
        if (
            head < count
            and head not in outside
            and lines[head].info.kind == "text"
            and lines[head].words <= TICKER_HEADING_WORDS
            and all(ch.isalpha() or ch in " \u200c" for ch in lines[head].norm)
        ):
            taken.add(head)
            head += 1
    if head >= count or head in outside:
        return set()
    line = lines[head]
    if line.info.kind != "text" or not 3 <= line.words <= HEADLINE_MAX_WORDS:
        return set()
    for copy in range(head + 1, min(count, head + 1 + RUN_COPY_REACH)):
        if lines[copy].key == line.key:
            return taken
    return set()


_BOX_HEADINGS = frozenset(_squash(normalize(word)).lower() for word in vocab.HEADLINES_BOX_HEADINGS)


def _box_heading(line: _Line) -> bool:
    """Whether ``line`` is a headlines box's heading alone (:data:`vocab.HEADLINES_BOX_HEADINGS`):
    at most :data:`TICKER_HEADING_WORDS` words of letters."""
    return (
        line.info.kind == "text"
        and line.words <= TICKER_HEADING_WORDS
        and all(ch.isalpha() or ch in " \u200c" for ch in line.norm)
        and _squash(line.norm).lower() in _BOX_HEADINGS
    )


# How many headline-shaped lines of other stories under a headline printed twice make it
# one of a list's items (two may be a subtitle and a byline or credit line).
OTHER_HEADLINES = 3
# At most this many content words of the headline in all of them together: a province's or a
# city's site prints its name in other stories' headlines too («استان», fix204), while a
# subtitle or a lead restates several of the headline's words.
OTHER_HEADLINES_SHARED_WORDS = 1


# At most this many characters of marks around a headline's second print («** HEADLINE **»).
SAME_PRINT_MARKS = 6


def _same_print(line: _Line, other: _Line) -> bool:
    """Whether two lines are one headline's prints, marks around one of them or not: a
    bullet or pointer before it («» HEADLINE» over «HEADLINE»), a bar or a cut after it, stars
    around it (the shorter key inside the longer, the rest marks alone)."""
    longer, shorter = line.key, other.key
    if longer == shorter:
        return True
    if len(longer) < len(shorter):
        longer, shorter = shorter, longer
    if not shorter or len(longer) - len(shorter) > SAME_PRINT_MARKS:
        return False
    at = longer.find(shorter)  # (a C test first: most pairs stop here)
    if at < 0:
        return False
    rest = longer[:at] + longer[at + len(shorter) :]
    return _NOT_LETTERS.fullmatch(rest) is not None


def _other_headlines_under_copies(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the title, printed twice on two lines, stands over :data:`OTHER_HEADLINES`
    lines of a headline's shape that share at most :data:`OTHER_HEADLINES_SHARED_WORDS`
    content word with it in all (three to :data:`HEADLINE_MAX_WORDS` words, no sentence's
    period but a teaser's cut «...», no kicker's colon, no byline): headlines of other stories
    (a related or latest list opening the page, sobhefootballi.ir, real37 #1), so the copies
    may be one more of its items. A subtitle or a lead under a headline repeats its words, a
    credit line under a subtitle is followed by the text; a page's own headline is not
    followed by other stories' headlines before its text. One word shared (fix204, attacks46)
    is the place a local site names in many of its headlines."""
    count = len(lines)
    if title + 1 < count and _same_print(lines[title + 1], lines[title]):
        below = title + 2
    elif title > 0 and _same_print(lines[title - 1], lines[title]):
        below = title + 1
    else:
        return False
    words = _content_words(lines[title])
    if not words or below + OTHER_HEADLINES > count:
        return False
    shared = 0
    for at in range(below, below + OTHER_HEADLINES):
        line = lines[at]
        if (
            at in outside
            or line.info.kind != "text"
            or not 3 <= line.words <= HEADLINE_MAX_WORDS
            or line.text.rstrip()[-1] == ":"
            or (line.text.rstrip()[-1] == "." and not line.text.rstrip().endswith("..."))
            or line.byline
            or line.key == lines[title].key
        ):
            return False
        shared += len(words & _content_words(line))
        if shared > OTHER_HEADLINES_SHARED_WORDS:
            return False
    return True


# A shorter line of at most this many words is no rival to a headline.
SHORT_RIVAL_WORDS = 3
# A page with this many cut texts, each under its own headline, is a list of teasers.
CUT_TEASERS = 2


def _cut_teasers(lines: Sequence[_Line], title: int, outside: set[int]) -> int:
    """How many lines within :data:`EXCERPT_REACH` under the title end cut («...», «…») with
    a headline-shaped line right under them (a short text line, no paragraph): the next
    teaser's headline. The line right above the title counts too: a cut text over it makes
    the title a teaser's headline under another teaser (its headline and date line lost
    above, attacks30). Counted up to :data:`CUT_TEASERS`."""
    found = 0
    for index in range(max(0, title - 1), min(len(lines) - 1, title + 1 + EXCERPT_REACH)):
        if index == title:
            continue
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
    «/category/lessons/tajvid/tajvid-1/»), the text ending there; or with the button on a
    line of its own: a phrase of :data:`jalali_meta._vocab.READ_MORE_WORDS` (attacks30), the
    bare «ادامه» under an excerpt cut with «…» (novinchess.ir's tag page, tests/pages 2418),
    or a phrase under an uncut excerpt and its tags' line (a short line with commas, «صنعت
    چاپ,روز ملی صنعت چاپ», blog.tarh.ir's tag page, tests/pages 2458; fix276). An excerpt of
    two or three lines, the last cut (:func:`_cut_teaser_end`, fix294's teaser), reads as
    its last line (fix304)."""
    at = title + 1
    if at < len(lines) and at not in outside and lines[at].info.kind == "date":
        at += 1  # the post's date printed under its title (attacks30)
    if at >= len(lines) or at in outside or lines[at].words < LONE_TEASER_WORDS:
        return False
    if "..." not in lines[at].text and "…" not in lines[at].text:
        at = _cut_teaser_end(lines, at, outside) or at  # (a constant number of lines)
    # The lines after the excerpt: three at most are read (a page that goes on is no teaser).
    rest = list(itertools.islice((i for i in range(at + 1, len(lines)) if i not in outside), 3))
    text = lines[at].text
    if "..." not in text and "…" not in text:
        # No excerpt's dots (most pages: two substring tests): an uncut excerpt, its tags'
        # line and its button closing the text. (A whole paragraph right over the button
        # alone is a short post's, attacks30: no teaser read there.)
        if len(rest) != 2 or rest != [at + 1, at + 2] or not lines[at].paragraph:
            return False
        tags = lines[at + 1]
        return (
            not tags.paragraph
            and tags.words <= TEASER_TAGS_WORDS
            and any(mark in tags.text for mark in _TAG_SEPARATORS)
            and _read_more(lines[at + 2])
        )
    norm = lines[at].norm
    if len(rest) == 1 and rest[0] == at + 1 and lines[at + 1].words <= READ_MORE_WORDS:
        button = lines[at + 1]
        if text.rstrip().endswith(_CUT_ENDS) and _squash(button.norm).lower() in _BARE_READ_MORE:
            return True  # «... نتوانست…» / «ادامه»: the one-word button under the cut excerpt
        norm = f"{norm} {button.norm}"  # the button on a line of its own (attacks30)
    elif rest:
        return False
    return excerpt_with_read_more(norm)


# The short line between an uncut excerpt and its button (the item's tags) has at most this
# many words, and a tags box's separator (_TAG_SEPARATORS) between its tags.
TEASER_TAGS_WORDS = 12
# The lines of a teaser closed by its title printed again: its excerpt (one or two lines) and
# the title; nothing more follows (:func:`_teaser_closed_by_its_title`).
TEASER_EXCERPT_LINES = 2


def _teaser_closed_by_its_title(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the text under the title is one excerpt of one or :data:`TEASER_EXCERPT_LINES`
    lines, the first of :data:`LONE_TEASER_WORDS` words or more, the last cut with its
    read-more link run into it («... ادامه مطلب»), then the title's line printed again and
    nothing more: a tag or category page's only teaser, its headline's link repeated under
    the excerpt (tishineh.com's tag page, tests/pages 2494; fix285). An article continued on
    another page ends with the same link, but never prints its own headline after it.
    Looks at :data:`TEASER_EXCERPT_LINES` + 2 lines at most."""
    rest = list(
        itertools.islice(
            (i for i in range(title + 1, len(lines)) if i not in outside),
            TEASER_EXCERPT_LINES + 2,
        )
    )
    if len(rest) < 2 or len(rest) > TEASER_EXCERPT_LINES + 1:
        return False
    if rest != list(range(title + 1, title + 1 + len(rest))):
        return False
    again, excerpt = lines[rest[-1]], rest[:-1]
    return (
        again.key == lines[title].key
        and lines[excerpt[0]].words >= LONE_TEASER_WORDS
        and all(lines[at].info.kind == "text" for at in excerpt)
        and excerpt_with_read_more(lines[excerpt[-1]].norm)
    )


# :data:`jalali_meta._vocab.READ_MORE_BARE_WORDS` as :func:`_lone_teaser_under` compares them.
_BARE_READ_MORE = frozenset(_squash(normalize(w)).lower() for w in vocab.READ_MORE_BARE_WORDS)


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
_LIST_TWICE_HEADED = (
    "the page lists teasers, each printing its headline twice (first with its date run into "
    "it), and prints no name of the list; this is the first item's headline"
)
_LIST_PAGER_FIRST = (
    "the page is a list's numbered page (its trail ends «page N») and prints no name of the "
    "list; this is the first item's headline"
)
_LIST_COUNTED_FIRST = "the page counts its items; this is the first item's headline"
_LIST_MONTH_COUNTED = (
    "the page counts a month's posts under it («N مطلب در MONTH YEAR ثبت شده است», a blog's "
    "month archive): this line is not the archive's name"
)
_LIST_ADDRESS_FIRST = "the page is a list and this is the first item's headline"
_LIST_ADDRESS_ONE_EXCERPT = (
    "the page is a list (its address) and the text ends with one excerpt cut by the list's "
    "theme right under this line: the headline of the list's only item, whatever words of "
    "the list's name it holds"
)
_HOME_PAGE_NO_NAME = (
    "the address is the site's home page, which names no list: this line is a block's label "
    "or an item's headline"
)
_LIST_BLOG_ARCHIVE_FIRST = "the address is a blog's date archive: this is the first post's headline"
_LIST_DAY_ARCHIVE_FIRST = (
    "the address is a day's archive and more posts follow: this is the first post's headline"
)
_LIST_DAY_ARCHIVE_CUT = (
    "the address is a day's archive and the text is this line over one paragraph that stops "
    "with no mark, nothing after it: the archive's only post, its excerpt cut at its length"
)
_LIST_DAY_LABEL_FIRST = (
    "the page's heading names a day's archive and more posts follow: this is the first post's "
    "headline"
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
_LIST_DAY_POSTS = (
    "the page holds several posts, each under a day line of its own, newest first (a blog's "
    "archive or home page); this line is one post's"
)
_LIST_DATELINE_REPORTS = (
    "the page holds several reports, each paragraph opening with an agency's dateline of its "
    "own (a news list's teasers); this line names none of them as the page"
)
_LIST_FRONT_PAGE_ITEMS = (
    "the page is a front page of dated items (a headline and its own date line each, no "
    "article's text); this line is one of its items or a label over them"
)
_LIST_TICKER_ITEMS = (
    "the page opens with a ticker of headlines, and this one and others of them head their "
    "own teasers below (a front page's items); none is the page's"
)
_LIST_MENU_LABEL = (
    "the line is one of a menu's labels, short lines one under the other, not a list's name "
    "or a headline"
)
_LIST_UNDATED_ITEMS = (
    "the page is a front page of undated items (headlines one under the other, no article's "
    "text under them); this line is one of them"
)
_LIST_KICKER_TEASERS = (
    "the page lists teasers, each headline under the same kicker; this line is one of them"
)
_KICKER_LABELS = (
    "it is one of label lines each printed under the same kicker, a block's fields, not a headline"
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
_LIST_LABEL_UNNAMED = (
    "the page is a tag's or a category's archive (its label is printed without the list's "
    "name); this is the first item's headline"
)
_HOME_PAGE_TEASER = (
    "the address is the site's home page, a list that prints no name, and this headline stands "
    "next to its own date line: a teaser's headline"
)
_UNDER_BULLETED_ITEM = (
    "it stands under a bulleted headline over an excerpt: a list's item, and this line its "
    "subtitle or kicker"
)
_NUMBERED_FIRST_ITEM = "the page opens with «1» over it: a numbered list's first item"
_OVER_CUT_EXCERPTS = (
    "it heads or ends a run of cut excerpts («...»): a list's, whose name is not printed"
)
# Cut excerpts one under the other under the headline: at least this many make a list.
CUT_EXCERPT_RUN = 3
_UNNAMED_LIST_DOUBTS = frozenset(
    {
        _HOME_PAGE_TEASER,
        _LIST_ONE_EXCERPT,
        _LIST_POST_FOOTERS,
        _LIST_DAY_POSTS,
        _LIST_DATELINE_REPORTS,
        _LIST_FRONT_PAGE_ITEMS,
        _LIST_TICKER_ITEMS,
        _LIST_MENU_LABEL,
        _LIST_UNDATED_ITEMS,
        _LIST_KICKER_TEASERS,
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
        _LIST_TWICE_HEADED,
        _LIST_COUNTED_FIRST,
        _LIST_MONTH_COUNTED,
        _LIST_ADDRESS_FIRST,
        _LIST_ADDRESS_ONE_EXCERPT,
        _HOME_PAGE_NO_NAME,
        _LIST_BLOG_ARCHIVE_FIRST,
        _LIST_DAY_ARCHIVE_FIRST,
        _LIST_DAY_ARCHIVE_CUT,
        _LIST_DAY_LABEL_FIRST,
        _LIST_PERIOD_UNNAMED,
        _UNDER_BULLETED_ITEM,
        _NUMBERED_FIRST_ITEM,
        _OVER_CUT_EXCERPTS,
    }
)


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


# A tag page's name is short.
LISTING_NAME_WORDS = 6


_READ_MORE = frozenset(_squash(normalize(word)).lower() for word in vocab.READ_MORE_WORDS)
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
    :func:`_excerpt_restated` reads the same with nothing between them.

    The line between may also be the headline printed over the excerpt too, the excerpt glued
    to its first print: «HEADLINE» / «HEADLINE TEXT ... […]» / «HEADLINE» / «TEXT ...» (a
    governorate's WordPress post, ardestan.gov.ir, real60 #24)."""
    if index + 2 >= len(lines):
        return False
    name, below = lines[index + 1], lines[index + 2]
    if (
        not below.paragraph
        or name.paragraph
        or name.info.kind != "text"
        or not (
            1 <= name.words <= NAME_MAX_WORDS
            or (index > 0 and name.words <= HEADLINE_MAX_WORDS and lines[index - 1].key == name.key)
        )
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
        if (
            line.paragraph
            and line.text.endswith(("...", "…"))
            and (_item_follows(lines, index) or _cut_item_follows(lines, index))
        ):
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
            and may_read_more_as_written(line.text)  # (before the copy: speed45)
            and excerpt_with_read_more(line.norm)
            and not _article_goes_on(lines, index)
        ):
            return True  # «... ادامه را بخوانید»: the button run into the excerpt's end
    return _read_more_teasers(lines, anchor)


# A read-more link run into the end of a teaser after its last sentence's end, no dots:
# «... خواهد شد. Weiterlesen» (a German host's Persian pages, iranischegemeinde.org, real55
# #22), «... است. ادامه مطلب», «... Read more».
_TEASER_READ_MORE = regex.compile(
    r"[.!?؟…»)][\x20\u200c]+(?:weiterlesen|read[\x20]+more|continue[\x20]+reading|ادامه[\x20\u200c]+مطلب"
    r"|ادامه[\x20\u200c]+خبر|بیشتر[\x20\u200c]+بخوانید)[\x20\u200c»>.…\])]*$",
    regex.IGNORECASE,
)
# The last word of each link of :data:`_TEASER_READ_MORE`, and the marks it lets follow it.
_TEASER_LAST_WORDS = ("weiterlesen", "more", "reading", "مطلب", "خبر", "بخوانید")
_TEASER_TAIL_MARKS = "\x20\u200c»>.…])"
# A list of teasers shows at least this many, each under its item's headline.
READ_MORE_TEASERS = 2


def _read_more_teasers(lines: Sequence[_Line], anchor: int) -> bool:
    """Whether the running text opens with :data:`READ_MORE_TEASERS` teasers or more, each a
    paragraph ending with a read-more link after its last sentence (:data:`_TEASER_READ_MORE`)
    right under a headline-shaped line (no paragraph): «HEADLINE» / «TEASER. Weiterlesen» /
    «HEADLINE» / «TEASER. Weiterlesen», a list page even without its address. One teaser is
    an article's box as often, and is left to the rules above."""
    teasers = 0
    for index in range(anchor, min(len(lines), anchor + 2 * BODY_GAP)):
        line = lines[index]
        teaser = _teaser(line)
        if not line.paragraph and not teaser:
            continue
        if (
            teaser
            and index > 0
            and not lines[index - 1].paragraph
            and lines[index - 1].words <= HEADLINE_MAX_WORDS
        ):
            teasers += 1
            if teasers >= READ_MORE_TEASERS:
                return True
        else:
            return False  # a paragraph of running text among them: an article
    return False


def _teasers_without_text(lines: Sequence[_Line]) -> bool:
    """Whether a text with no running text (no paragraph to anchor on) opens with teasers:
    the first :func:`_teaser` line among the first ``2 * BODY_GAP`` lines serves as the
    anchor of :func:`_read_more_teasers` (fix191). «HEADLINE» / «TEASER OF 22 WORDS. ادامه
    مطلب» / «HEADLINE» / «TEASER OF 10 WORDS. ادامه مطلب»: every teaser short of a paragraph,
    the list was never seen (attacks62)."""
    for index in range(min(len(lines), 2 * BODY_GAP)):
        if lines[index].paragraph:
            return False  # (a paragraph is the running text's anchor: the rule above's)
        if _teaser(lines[index]):
            return _read_more_teasers(lines, index)
    return False


def _teaser(line: _Line) -> bool:
    """Whether ``line`` is a teaser ending with a read-more link after its last sentence
    (:data:`_TEASER_READ_MORE`), judged on its text with the link cut off: a paragraph, or
    :data:`SENTENCE_WORDS` words or more ending that sentence. (The link hides the sentence's
    full stop, and a line without one is a paragraph only at ``PARAGRAPH_WORDS`` words: a
    teaser of 26 words was skipped, attacks61.)"""
    # (the link's last word first, in C: most paragraphs end otherwise)
    if not line.text.rstrip(_TEASER_TAIL_MARKS).lower().endswith(_TEASER_LAST_WORDS):
        return False
    link = _TEASER_READ_MORE.search(line.text)
    if link is None:
        return False
    return line.paragraph or count_words(line.text[: link.start() + 1]) >= SENTENCE_WORDS


def _doubt_as_a_list(state: _State, doubt: str) -> None:
    """Doubt the title as a list's item's headline (``doubt``, one of
    :data:`_UNNAMED_LIST_DOUBTS`), over a doubt on which line is the headline: on a list
    both lines are the item's."""
    if state.title_doubt is None or state.title_doubt[0] not in _UNNAMED_LIST_DOUBTS:
        state.title_doubt = (doubt, None)


# A day's path with a segment after it, Jalali or Gregorian («/1402/08/23/slug/»): a dated
# permalink names one post (a day's archive ends with the day).
_DAY_THEN_SEGMENT = re.compile(
    r"/(?:1[34]|19|20)[0-9]{2}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|3[01])/[^/?#]+"
)


def _item_address(url: str | None) -> bool:
    """Whether ``url`` names one item: an item's ID in it («/news/4410/») or a day's path with
    a slug after it («/1402/08/23/SLUG/», a dated permalink). Never raises."""
    if not url or not isinstance(url, str):
        return False
    if url_number(url) is not None:
        return True
    try:
        path = unquote(urlsplit(url.strip()).path)
    except ValueError:
        return False
    found = _DAY_THEN_SEGMENT.search(path)
    return found is not None and not found.group(0).rsplit("/", 1)[-1].isdigit()


def _excerpt_ends_text(
    lines: Sequence[_Line],
    title: int,
    outside: set[int],
    text_alone: bool = False,
    *,
    url: str | None = None,
    twice_only: bool = False,
) -> bool:
    """Whether the text ends with one paragraph cut by a list's theme («[…]», «...», «…»)
    right under the headline, or under one short line beneath it (the headline printed
    again, the item's title under its kicker), nothing after it but widgets.

    A tag page showing its one item, or its first (whatday.ir's, sahand.ntdc.ir's and
    7gah.ir's «/tag/...», rokhdadshahr.ir's «/tags/...», chekad.tv's): an article's page
    prints its text whole, and a teaser of one item offers the rest (a read-more button, the
    source's link, the site's boxes under it), where a list's last excerpt ends the text.
    Under a header line (a date or a category label) the paragraph is an article's lead; a
    short line alone over it may be the list's own name (khoorna.com's tag «5 اسفند»).

    Under the headline printed twice (a list theme's two links to its item, the picture's
    and the heading's), the paragraph may also be cut with no mark at all, in a word or
    after «؛» or «،», and a read-more button alone may follow it (fix140: hacc.ir's,
    adinehpress.ir's and taraz-news.ir's one-item tag and category pages): an article's
    page printing its headline twice ends its paragraph with a sentence's mark or goes on.
    Read so only with no address (``text_alone``): at an item's address the page is the item.
    With ``twice_only`` (a headline the page marks as its heading, ``<h1>`` or Markdown's
    «#», printed again as a heading: fix149) only this reading of the headline printed twice
    is made."""
    count = len(lines)
    at = title + 1
    again = False
    if at < count and at not in outside:
        between = lines[at]
        if (
            not between.paragraph
            and between.info.kind == "text"
            and not between.chrome
            and between.words <= HEADLINE_MAX_WORDS
        ):
            again = _same_print(between, lines[title])
            at += 1
        elif (
            between.info.kind == "date"
            and lines[title].words > LISTING_NAME_WORDS
            and not twice_only
        ):
            # The item's date line under its headline, the excerpt under it ending in a
            # theme's bracketed cut alone («[…]»; real44's majlesicity.ir «/newspaper/»): a
            # writer's dots may cut an article's stored lead, a theme's brackets cut a
            # list's item.
            # (Such an excerpt may run without a sentence's marks: no paragraph's shape.)
            # At an item's address (its ID, a dated permalink) the page is that item, a feed
            # item stored at its post's address (fix149), as under fix140's rule.
            at += 1
            return (
                not _item_address(url)
                and at < count
                and at not in outside
                and lines[at].words >= LONE_TEASER_WORDS
                and lines[at].text.rstrip().endswith(_EXCERPT_ENDS)
                and all(index in outside for index in range(at + 1, count))
            )
    if (
        at == title + 1
        and lines[title].words <= LISTING_NAME_WORDS
        and not (at < count and not _item_address(url) and _opens_with(lines[at], lines[title]))
    ):
        return False
    if at >= count or at in outside:
        return False
    if again and text_alone and _cut_teaser_ends_text(lines, at, outside):
        return True
    if twice_only or not lines[at].paragraph:
        return False
    rest = [index for index in range(at + 1, count) if index not in outside]
    if rest and not (
        # «HEADLINE» / «TEASER […]» / «آخرین ها»: the site's latest-items box heading under
        # a tag page's one item, its theme's bracketed cut (cinemacinema.ir, real56; fix179)
        len(rest) == 1
        and lines[at].text.rstrip().endswith(_EXCERPT_ENDS)
        and _squash(lines[rest[0]].norm).lower() in _LATEST_BOX_HEADINGS
    ):
        return False
    return lines[at].text.rstrip().endswith(("...", "…", *_EXCERPT_ENDS))


def _opens_with(paragraph: _Line, headline: _Line) -> bool:
    """Whether ``paragraph`` opens with every word of the short ``headline``, in order, and
    goes on (ZWNJs read as spaces): «قانون نظام صنفی» over «قانون نظام صنفی کشور مصوب ...»
    (omidehedalat.ir's tag page, tests/pages 2068; fix198). A list's theme cuts its item's
    text from the start, which repeats the item's own title; a list's name over its item
    (khoorna.com's tag «5 اسفند» over «خورنا – به مناسبت ...») is not the excerpt's opening."""
    head = headline.norm.replace("\u200c", " ").split()
    words = paragraph.norm.replace("\u200c", " ").split()
    return bool(head) and len(words) > len(head) and words[: len(head)] == head


# A site's box of its latest items, its heading alone (:data:`vocab.LATEST_BOX_HEADINGS`).
_LATEST_BOX_HEADINGS = frozenset(_squash(normalize(w)).lower() for w in vocab.LATEST_BOX_HEADINGS)


# The marks a sentence (or a quotation, or a bracket) may end with: a line ending with none of
# them stops inside a sentence.
_SENTENCE_CLOSE = ".!؟?»\"'…)”"


def _cut_teaser_ends_text(lines: Sequence[_Line], at: int, outside: set[int]) -> bool:
    """Whether ``lines[at]`` is running text of :data:`SENTENCE_WORDS` words or more cut
    inside a sentence (its last character no sentence's mark: a letter, «؛», «،») or cut
    with «...», the text ending with it or with one read-more button under it (fix140)."""
    line = lines[at]
    if line.info.kind != "text" or line.chrome or line.words < SENTENCE_WORDS:
        return False
    text = line.text.rstrip()
    if text[-1] in _SENTENCE_CLOSE and not text.endswith(("...", "…")):
        return False
    rest = [index for index in range(at + 1, len(lines)) if index not in outside]
    return not rest or (len(rest) == 1 and _read_more(lines[rest[0]]))


# The marks that end a sentence inside a line.
_SENTENCE_MARK = regex.compile(r"[.!؟?]")
# A sentence cut by an excerpt's length has at least this many words after the last stop.
CUT_SENTENCE_WORDS = 3


def _lone_cut_text_under(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the only line under the title (printed once) is running text of
    :data:`SENTENCE_WORDS` words or more that stops with no mark at all, a letter or a digit
    last, the text ending there (fix140: iranmaeman.ir's tag page cut at «در شهری مانند»,
    tests/pages 1629's at «از ساعت»): a list theme's excerpt cut at its length, or an item
    stored without its last full stop, which the text cannot tell apart (the caller keeps the
    headline with a doubt, and only with no address to tell)."""
    at = title + 1
    if at >= len(lines) or at in outside:
        return False
    line = lines[at]
    if line.info.kind != "text" or line.chrome or line.words < SENTENCE_WORDS:
        return False
    text = line.text.rstrip()
    if not (text[-1].isalpha() or text[-1].isdigit()) or "..." in text or "…" in text:
        return False  # (an excerpt with dots and its button: _lone_teaser_under's)
    if len(_SENTENCE_MARK.split(text)[-1].split()) < CUT_SENTENCE_WORDS:
        return False  # a word after the last stop: a hashtag, a source's label («.منبع»)
    if _same_print(line, lines[title]) or (
        title > 0 and _same_print(lines[title - 1], lines[title])
    ):
        return False  # (the headline printed twice: _excerpt_ends_text's)
    return not any(index not in outside for index in range(at + 1, len(lines)))


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


# A Markdown link alone on its line, «[LABEL](URL)»: the button a converter kept with its link.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]+)\]\([^()\s]+\)")


def _read_more(line: _Line) -> bool:
    """A «بیشتر بخوانید »» or «ادامه مطلب» button alone on its line, or as a Markdown link
    alone on it, «[ادامه مطلب](URL)» (fix149)."""
    if (linked := _MARKDOWN_LINK.fullmatch(line.text.strip())) is not None:
        label = linked.group(1)
        return (
            len(label.split()) <= READ_MORE_MAX_WORDS
            and _squash(normalize(label)).strip("»«›‹><.…").lower() in _READ_MORE
        )
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
        and (text.paragraph or _teaser(text))  # (a teaser's link hides its full stop)
    )


def _cut_item_follows(lines: Sequence[_Line], index: int) -> bool:
    """Whether the next item, a headline of any length (no paragraph) and its excerpt cut
    with an ellipsis too, follows ``lines[index]``: «TEASER …» / «تعطیلات» / «TEASER …», a
    blog's category page whose posts have one- or two-word titles (sarir209.com, real65 #03).
    Two excerpts cut alike in a row are a list's, whatever their headlines' length; an
    article's short subheading stands over running text."""
    if index + 2 >= len(lines):
        return False
    head, text = lines[index + 1], lines[index + 2]
    return (
        head.info.kind == "text"
        and not head.paragraph
        and head.words <= HEADLINE_MAX_WORDS
        and text.paragraph
        and text.text.endswith(("...", "…"))
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
        # «اخبار بنادر؛» over its headline: a kicker ending with «؛» introduces the one
        # headline under it, never a column of items (goftemandarya.com, blind100 2579)
        and line.text.rstrip()[-1:] not in _KICKER_ENDS
        and not line.chrome
        and not is_section_end(line.norm)
        and _item_follows(lines, title - 1)
        and _items_below(lines, title + 2)
    )


def _items_below(lines: Sequence[_Line], start: int) -> bool:
    """Whether another item (a headline-shaped line over a paragraph) follows soon."""
    return any(_item_follows(lines, index) for index in range(start - 1, start + BODY_GAP))


# «در مورد فوتبال در ویکی تابناک بیشتر بخوانید», «... ادامه مطلب»: a line ending with a call
# to read on is a link (to a wiki, to the rest of an excerpt), never a headline nor a list's
# name (a tag page's top link, tabnakeghtesadi.ir: real57 #13; fix187). A question asks and
# ends with its mark.
_READ_ON_END = regex.compile(
    r"(?<=[\p{L}\p{M}])[\x20\u200c]+(?:بیشتر[\x20\u200c]+بخوانید|ادامه[\x20\u200c]+(?:مطلب|خبر)"
    r"|ادامه[\x20\u200c]+را[\x20\u200c]+بخوانید)[\x20\u200c.…:»\])]*$"
)


def _may_read_on(norm: str) -> bool:
    """Whether the normalised line ``norm`` holds «بخوانید» or «ادامه», one of which every
    call to read on (:data:`_READ_ON_END`) holds: two substring tests that turn a headline
    away before the pattern's search (about 15,000 instructions on one; speed43;
    «read on» in ``jalali_meta.testing.PREFILTERS``)."""
    return "بخوانید" in norm or "ادامه" in norm


def read_on_link(line: _Line) -> bool:
    """Whether ``line`` (three words or more) ends with a call to read on (:data:`_READ_ON_END`):
    a link, never a title nor a list's name."""
    return (
        line.words >= 3 and _may_read_on(line.norm) and _READ_ON_END.search(line.norm) is not None
    )


def _listing_name(
    lines: Sequence[_Line], title: int, outside: set[int], rule: str, *, long_name: bool = False
) -> tuple[int | None, str]:
    """On a list of excerpts, the short line above the first item's headline names the page.
    With ``long_name`` a longer line on top of the page (:func:`_long_name_on_top`) is taken
    as well, with no date between (a section's line over one item at an item's address,
    fix189)."""
    above = title - 1
    dated = False  # the first item's date skipped between the name and its headline
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
        dated = dated or not _BULLET.match(lines[above].text)
        above -= 1
    if above == 0 and title > 0 and _BULLET.match(lines[0].text):
        # «• زلزله هرمزگان» / HEADLINE / excerpt opening the page: the first item's bulleted
        # kicker with nothing above it, no list's name (real40 #26, a tag's 24th page).
        return title, rule
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
        and (
            line.words <= LISTING_NAME_WORDS
            or ((dated or long_name) and _long_name_on_top(lines, above, outside))
        )
        and line.text[-1] not in _KICKER_ENDS
        and not _never_title(line)
        and not day_and_month(line.norm)
        # a month's name alone («22» / «سپتامبر», a theme's date badge over the first item,
        # real36's #22) is the item's date, no list's name
        and not is_month_alone(line.norm)
        and line.key not in _AD_LINKS
        and not read_on_link(line)
        # «دایر» / HEADLINE / «به گزارش خبرنگار دایر، ...»: the outlet the first item's lead
        # credits, the site's own name, never the list's (blind100 2574; fix298)
        and not _credited_below(lines, above)
    ):
        return above, "listing name"
    return title, rule


def _long_name_on_top(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]``, longer than a list's usual name, still names the list over
    its first item's date: a headline's length (a WordPress tag made of a headline, «اصلاح
    ۴۲ انشعاب فرسوده آب در زهک و رفع افت فشار ۵ روستا» over «۰۵آذر» and the item, a Sistan
    news site's tag page, tests/pages 1890), no paragraph, no cut excerpt, and the page's
    first text under the site's chrome (its today banner, its menus): nothing of an item's
    over it. Under another line of text it may be a previous item's or a ticker's."""
    line = lines[index]
    return (
        line.words <= HEADLINE_MAX_WORDS
        and not line.paragraph
        and not line.text.endswith(_EXCERPT_ENDS)
        and all(
            i in outside or lines[i].chrome or lines[i].info.kind != "text" for i in range(index)
        )
    )


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


# A lead's credit («به گزارش خبرنگار NAME، ...»), the outlet's name after it.
_CREDIT_OPENING = regex.compile(
    r"^(?:" + vocabulary_words(normalize(w) for w in vocab.CREDIT_OPENINGS) + r")[\x20\u200c]+"
)
# Where a credit's clause ends: its comma or a colon (the credited name is before it).
_CREDIT_CLAUSE_END = re.compile(r"[،,:؛]")
# The lines under a list's name where the first item's lead may credit it: the item's
# headline, its lead, maybe a kicker or a date line between.
CREDIT_LINES = 3


def _credited_below(lines: Sequence[_Line], name: int) -> bool:
    """Whether a line of one or two words at ``name`` is the outlet a lead right under it
    credits («به گزارش خبرنگار NAME،», «به نقل از NAME»), within :data:`CREDIT_LINES` lines:
    the reporter's outlet, the site's own name. The credited name is the line's words whole:
    the credit's clause ends after them (its comma, the line's end) or goes on with a function
    word («به گزارش خبرنگار ایرنا از قاین،»); a longer name opening with them («به گزارش قاین
    نیوز،» under the place «قاین») is another name (fix304). A constant number of lines is
    read."""
    line = lines[name]
    if line.info.kind != "text" or not 1 <= line.words <= 2:
        return False
    own = line.norm.replace("\u200c", " ").split()
    for below in lines[name + 1 : name + 1 + CREDIT_LINES]:
        opening = _CREDIT_OPENING.match(below.norm)
        if opening is None:
            continue
        clause = _CREDIT_CLAUSE_END.split(below.norm[opening.end() :], maxsplit=1)[0]
        credited = clause.replace("\u200c", " ").split()
        if credited[: len(own)] == own and (
            len(credited) == len(own) or credited[len(own)] in _FUNCTION_WORDS
        ):
            return True
    return False


def _archiving_headline(line: _Line, start: int) -> bool:
    """Whether an archive label with no colon before the name that opens at ``start``
    («آرشیو برچسب هامون», :func:`_evidence.archive_name`) is a headline about archiving
    instead: its rest ends with a finite verb («بایگانی برچسب های قدیمی موزه آغاز شد») or
    opens with a function word («بایگانی برچسب ها در موزه ملی»). A theme's label prints a
    name there, or a colon, a dash or a slash before it (fix197: «بایگانی» reads as «آرشیو» does;
    «برچسب ها - NAME» stays a list's name whatever NAME ends with, tests/test_fix143.py)."""
    if any(mark in line.norm[:start] for mark in LABEL_SEPARATORS):
        return False
    words = line.norm[start:].replace("\u200c", " ").split()
    return _verb_end(line) == "verb" or (bool(words) and words[0] in _FUNCTION_WORDS)


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
        if found is not None and _archiving_headline(line, found[0]):
            continue
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
    if _may_browse(lines[title].norm) and _BROWSE_HEADING.match(lines[title].norm) is not None:
        # The heading itself taken for the headline, its list's name the next line
        # («مطالب مربوط به دسته» over «نقد فیلم», then the category's description).
        under = next((i for i in range(title + 1, len(lines)) if i not in outside), None)
        above = [title] if under is None else [title, under]
    elif (
        above
        and above[-1] == title - 1
        and _may_browse(lines[title - 1].norm)
        and _BROWSE_HEADING.match(lines[title - 1].norm)
    ):
        above = [title - 1, title]  # the name under the heading taken for the headline
    if len(above) < 2:
        return None
    heading, name = lines[above[-2]], lines[above[-1]]
    if (
        _may_browse(heading.norm)
        and _BROWSE_HEADING.match(heading.norm) is not None
        and 1 <= name.words <= LISTING_NAME_WORDS
        and name.info.kind == "text"
        and name.text[-1] not in ".:؟?!"
    ):
        return name.index
    return None


# A theme's heading over an archive's name: «مرور برچسب» (Browse Tag), «آرشیو دسته‌بندی»,
# «مطالب مربوط به دسته» (posts of the category), «نوشته‌های برچسب».
_BROWSE_HEADING = regex.compile(
    r"^[\x20\u200c]*(?:مرور|آرشیو|ارشیو|بایگانی|(?:مطالب|نوشته[\x20\u200c]*های)"
    r"(?:[\x20\u200c]+(?:مربوط[\x20\u200c]+به|مرتبط[\x20\u200c]+با))?)"
    r"[\x20\u200c]*(?:برچسب|دسته(?:[\x20\u200c]*بندی)?)[\x20\u200c]*:?[\x20\u200c]*$"
)
# The words :data:`_BROWSE_HEADING` opens with, after its spaces (its C test).
_BROWSE_WORDS = ("مرور", *vocab.ARCHIVE_WORDS, "مطالب", "نوشته")


def _may_browse(norm: str) -> bool:
    """A necessary test for :data:`_BROWSE_HEADING`, in C (tests/test_prefilters.py)."""
    return norm.lstrip("\x20\u200c").startswith(_BROWSE_WORDS)


# Marks between the tags of a list: a line with one of them holds several tags, no one name.
_TAG_LIST_MARKS = regex.compile(r"[،,|؛;/]|\x20-\x20")


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
    shared = sum(word.replace(" ", "") in slug for word in words)
    if not words or (
        shared
        and not (
            # A long sentence-shaped line (a lead printed with no headline over it) sharing
            # one word, a place's name, with a headline's slug of six words or more: the
            # slug names the page's own headline, not printed (samanealborz.ir, tests/pages
            # 2018; fix188).
            shared == 1
            and address.slug_words >= LONG_SLUG_WORDS
            and (
                (
                    lines[title].words >= LEAD_LINE_WORDS
                    and _CLAUSE_MARKS.search(lines[title].norm.rstrip(".")) is None
                )
                # An institution's name alone («سازمان سیما، منظر و فضای سبز شهری شهرداری
                # تبریز», the page's <title> part an extractor prints first) sharing one word,
                # its city, with a headline's slug: the name, not the headline the slug
                # names (parks.tabriz.ir, tests/pages 2589; fix303).
                or _names_institution(lines[title])
            )
        )
    ):
        return False
    return not any(_slug_spells(line, slug) for line in lines)


def _names_institution(line: _Line) -> bool:
    """Whether ``line`` names an institution and says nothing of it: it opens with an
    institution's noun («سازمان», «اداره» ...), is no longer than a headline and ends with no
    verb and no sentence's mark («سازمان سیما، منظر و فضای سبز شهری شهرداری تبریز»)."""
    words = line.norm.split()
    return (
        bool(words)
        and words[0] in _INSTITUTIONS
        and 2 <= len(words) <= HEADLINE_MAX_WORDS
        and line.text.rstrip()[-1:] not in (".", "!", "؟", "?", ":")
        and _verb_end(line) == ""
    )


# The marks that part a long headline's clauses (`:`, `/`, `؛`, `،`, quotes, a dash, brackets):
# a lead's one run-on clause holds none of them (fix188).
_CLAUSE_MARKS = regex.compile(r"[:/؛;«»|،,\"“”\-–—.!?؟()\[\]]")
# A slug of this many words or more is a headline's (fix188).
LONG_SLUG_WORDS = 6
# A line of this many words or more, a lead's length (fix188).
LEAD_LINE_WORDS = 15


def _slug_spells_below(
    lines: Sequence[_Line], title: int, address: _Address, outside: set[int]
) -> int | None:
    """The shorter line right under the chosen one when the address's slug of
    :data:`SLUG_HEADLINE_WORDS` words or more spells it and not the chosen line, or None: a
    summary sentence printed over the story's own short headline («همزمان با هفته دولت بخش
    ldr بیمارستان ... مورد بهره برداری قرارگرفت» over «افتتاح بخش ldr ( بخش زایمان )
    بیمارستان امام حسین (ع) هشترود.» at «/News/381/-افتتاح-بخش-ldr-...-هشترود-.html», a
    medical university's county news page, real42 #9). Which is the headline the page's
    order and the address say differently."""
    slug = address.slug
    below = title + 1
    if (
        slug is None
        or address.slug_words < SLUG_HEADLINE_WORDS
        or below >= len(lines)
        or below in outside
    ):
        return None
    chosen, line = lines[title], lines[below]
    if (
        line.info.kind != "text"
        or line.key == chosen.key
        or line.words >= chosen.words
        or _slug_spells(chosen, slug)
        or not _slug_spells(line, slug)
    ):
        return None
    return below


def _finglish_slug_spells_below(
    lines: Sequence[_Line], title: int, url: str | None, outside: set[int]
) -> int | None:
    """:func:`_slug_spells_below` for an address whose slug, its last path segment, writes
    the Persian headline in Latin letters (Finglish: «/news/5120/bazgoshayi-pol-tarikhi-
    shahr-pas-az-marammat» for «بازگشایی پل تاریخی شهر پس از مرمت», compared by
    :func:`finglish_slug_spells`): the shorter line right under the chosen one when the slug
    spells it and not the chosen line, or None (attacks48)."""
    below = title + 1
    if url is None or below >= len(lines) or below in outside:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:  # a malformed URL, e.g. an unclosed IPv6 bracket
        return None
    segment = unquote(path).rstrip("/").rsplit("/", 1)[-1]
    slug = regex.sub(r"\.(?:html?|aspx?|php)$", "", segment, flags=regex.IGNORECASE)
    if not slug.isascii() or "-" not in slug:
        return None  # (most addresses: two tests)
    chosen, line = lines[title], lines[below]
    if (
        line.info.kind != "text"
        or line.key == chosen.key
        or line.words >= chosen.words
        or finglish_slug_spells(chosen.norm, slug)
        or not finglish_slug_spells(line.norm, slug)
    ):
        return None
    return below


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
    wanted = _NOT_LETTERS.sub("", slug).lower()
    return len(wanted) >= SLUG_NAME_LETTERS and wanted in _NOT_LETTERS.sub("", line.norm).lower()


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
# K2's list view in a Joomla path (its search-friendly «/itemlist/user/182-admin»,
# «/itemlist/category/5-news», «/itemlist/date/2024/10»): an author's, a category's or a
# day's items, never one item's page (K2 names an item «/item/757-<alias>»; khatmedun.tj,
# real68 #13; fix240).
_K2_LIST_VIEW = "itemlist"
# A writer's archive base: a list only with one segment after it, the writer's name or ID,
# and at most a list's page number («/writer/NAME/», yaghoutnews.ir; «/writer/NAME/page/2/»).
_WRITER_SEGMENTS = frozenset({"writer", "writers"})
_WRITER_TAIL = re.compile(r"[^/]+(?:/page/[0-9]{1,3})?")
# The list words a compound segment may end with: WooCommerce's «/product-category/NAME/» and
# «/product-tag/NAME/», a custom taxonomy's «/navagram-tag/NAME» (navatv.com), «/news-category/».
_TAXONOMY_ENDS = frozenset({"tag", "tags", "category", "categories"})
# ASCII word, then the list word, one hyphen or underscore between: a taxonomy's base.
_TAXONOMY_BASE = re.compile(r"[a-z][a-z0-9]*[-_]([a-z]+)")
# An archive segment is a list when nothing follows it but a date («/archive/1402/05»);
# «/archives/5736/slug» (WordPress) and «/persian/archives/7128» are articles.
_ARCHIVE_SEGMENTS = frozenset({"archive", "archives", "آرشیو", "بایگانی", "calendar", "تقویم"})
# WordPress's archives front, in English or Persian («/بایگانی/1092», real64 #21): a
# number after it is a post's ID (the numeric permalink «/archives/%post_id%»).
_WORDPRESS_ARCHIVES = frozenset({"archives", "بایگانی"})
# WordPress's date archive front when its permalinks hold the post's ID («/date/1396/05/26»,
# «/archives/date/2019»; WP_Rewrite::get_date_permastruct): a list when a date follows it,
# whatever its day shows; «/date/1396/05/26/<slug>» is not one. The date may be one segment
# of hyphened parts («/date/2025-08-18», khavarestan.ir, real70 #21, fix247: a day's items),
# year, month and day in the same order.
_DATE_FRONT = "date"
_ARCHIVE_DATE = re.compile(r"(?:1[34]|19|20)[0-9]{2}(?:(?:/[0-9]{1,2}){0,2}|(?:-[0-9]{1,2}){1,2})")
# A month after the date front, the path's end: «/date/2024-12/», «/date/1402/09» (the
# WordPress front's month archive, as «/1402/09/» is a blog's; fix268).
_DATE_FRONT_MONTH = re.compile(r"(?:1[34]|19|20)[0-9]{2}[/-](?:0?[1-9]|1[0-2])")


def date_front_month(url: str | None) -> bool:
    """Whether ``url``'s path ends with WordPress's date front and a month, no day and no
    slug after it («/date/2024-12/», «/fa/date/1402/12»): a month's archive. Its address
    says a list as every date front's does (:func:`_address`); one post shown there in full
    is the post's page, as on a blog's «/1394/08» month path (tests/pages 617, 1017, 2244)."""
    if not url or not isinstance(url, str):
        return False
    try:
        path = unquote(urlsplit(url.strip()).path)
    except ValueError:
        return False
    segments = [seg for seg in path.strip("/").split("/") if seg]
    for at in (len(segments) - 2, len(segments) - 3):
        if at >= 0 and segments[at].lower() == _DATE_FRONT:
            return _DATE_FRONT_MONTH.fullmatch("/".join(segments[at + 1 :])) is not None
    return False


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
# Query keys that hold a list's name at a list's address: a tag's («tn», «tag», «tagname») or
# a keyword's («keyword»); the value (a name, never an ID) is read when it is not ASCII, or
# when it is Latin words (letters, maybe digits after them: «tn=Gahar+Lake», fix189; an ID
# of digits alone, «tn=123», is none).
_LIST_NAME_QUERY_KEYS = frozenset({"tn", "tag", "tagname", "keyword"})
_ASCII_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# WordPress's and blogfa's date archive by query: «?m=201809» (a month's posts), «?m=20180915»
# (a day's): the query var ``m`` holding a year, a month and maybe a day (WP_Query's ``m``).
# Blogger's «?m=1» (a post's mobile view) holds no date; a year alone («?m=2015») may be a
# menu's or an item's ID.
_PERIOD_QUERY = re.compile(r"(?:1[34]|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])?")
# WordPress pagination at the end of a path: «/page/2/» (an ID such as «/page/3175/slug»
# on a university portal is an article's, never at the end, and longer).
_PAGINATION = re.compile(r"(?:^|/)page/[0-9]{1,3}$")
# A page number alone in the query («?page=26»), or beside a list's keys: a list's later page.
_PAGE_KEYS = frozenset({"page"}) | _LISTING_KEYS
_PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,2}")
# A session's hash in a forum's query (vBulletin's «s=»): 32 hexadecimal digits, an MD5.
_SESSION_HASH = re.compile(r"[0-9a-f]{32}")
_EXTENSION = re.compile(r"\.(?:aspx?|php|html?|jsp)$", re.IGNORECASE)
# Blogfa's category page, the path's last segment: «cat-8» (from «/cat-8.aspx»).
_CATEGORY_NUMBER = re.compile(r"cat-[0-9]{1,6}", re.IGNORECASE)


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


# What parts a slug's words in an address's path: a dash, an underscore, a space, or a plus
# (a form-encoded space: ParsiBlog's «/Posts/4/ارزش+وبلاگی+و+یه+خاطره.../», real60 #04).
_SLUG_WORD_SEP = regex.compile(r"[-_+\x20]+")


def _post_slug_path(segments: Sequence[str]) -> bool:
    """Whether the path is one slug of :data:`SLUG_HEADLINE_WORDS` words or more and no digit
    alone among them («/koohpeymayi-paeizi-ba-bachehha/»): WordPress's post permalink by its
    name only. A list's page has a few words («/blog/», «/akhbar-va-rooydad/», a section's
    name as the ID's section, :data:`SLUG_HEADLINE_WORDS`), or comes under its base
    («/category/X/», «/tag/X/»)."""
    if len(segments) != 1:
        return False
    parts = [part for part in _SLUG_WORD_SEP.split(segments[0]) if part]
    # (A function word is none of the count: «/akhbar-va-rooydad-ostan/» and
    # «/faculty-news-and-events/» are a section's three words, fix156, fix165.)
    content = [part for part in parts if part.lower() not in _SLUG_FUNCTION_WORDS]
    return len(content) >= SLUG_HEADLINE_WORDS and not any(part.isdigit() for part in parts)


def _month_slug_path(segments: Sequence[str]) -> bool:
    """Whether the path ends with a year, a month and a slug after them
    («/1402/10/bist-film-koutah/»): WordPress's dated permalink «/%year%/%monthnum%/%postname%/»,
    one post. A month archive ends with the month («/1402/10/»), a day archive with the day,
    and a later page of either with «/page/N/»."""
    if len(segments) < 3 or _MONTH_PATH.fullmatch("/".join(segments[-3:-1])) is None:
        return False
    last = segments[-1]
    return (
        not last.isdigit() and last.lower() != "page" and regex.search(r"\p{L}", last) is not None
    )


# Function words in a slug, none of its count: Persian ones spelt in Finglish («va», «dar»,
# «ba», «az», «be», «ye», fix156) and English ones («/faculty-news-and-events/», a section's
# three words, fix165): a closed list of English articles, conjunctions, prepositions,
# possessives and quantifiers («/news-about-our-alumni/», attacks57, fix171).
_SLUG_FUNCTION_WORDS = frozenset(
    {
        "va", "o", "dar", "ba", "az", "be", "ye", "e", "ta", "ra",
        "and", "of", "the", "in", "for", "to", "on", "at", "by", "with", "from", "a", "an",
        "or", "about", "into", "over", "under", "after", "before", "between", "through",
        "around", "across", "within", "without", "among", "toward", "towards", "upon", "via",
        "our", "us", "your", "my", "its", "their", "his", "her", "we", "you",
        "all", "more", "most", "some", "any", "each", "every", "other", "this", "that",
        "these", "those",
    }
)  # fmt: skip


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
    # (Discourse's topic, «/t/topic/241», is one thread whatever its slug says.)
    listing = discourse_topic(segments) is None and (
        any(
            key in _LISTING_SEGMENTS
            and not forum_thread(parts.hostname, segments, at)
            and not item_view_word(segments, at)
            for at, key in enumerate(keys)
        )
        or any(_taxonomy_base(seg) for seg in segments[:-1])
    )
    listing = listing or _short_tag_path(segments)
    listing = listing or _K2_LIST_VIEW in keys[:-1]  # «/itemlist/user/182-admin»
    # K2's list root «/component/k2/itemlist» ending the path, spelt as K2 prints it (no
    # hyphen: «/item-list» may be a post's slug): every item listed (fix253).
    listing = listing or (bool(segments) and segments[-1].lower() == _K2_LIST_VIEW)
    # A site's home page («https://host/», «/fa/», «/index.php», no query): the site's items
    # listed, no article of its own (blind77, fix212). Not a blog's root on a blog platform
    # (NAME.blogfa.com/): a blog's front page shows its posts in full, one post alone being
    # the page (tests/pages 153), and the home rules of _article read it (fix185).
    listing = listing or (
        home_address(url) and blog_platform_cut((parts.hostname or "").lower().split(".")) is None
    )
    # A later page of a blog's front page by query on a platform that numbers them so
    # (Blogfa's «NAME.blogfa.com/?p=2», real71 #12, fix249): older posts listed.
    listing = listing or platform_front_page(
        parts.hostname,
        parts.path,
        [(name, value) for name, values in query.items() for value in values],
    )
    # Blogfa's category page «/cat-8.aspx» (its extension gone): the category's posts, the
    # last segment; an item under it («/cat-2/news-285379.html») is not (fix188).
    listing = listing or (bool(segments) and _CATEGORY_NUMBER.fullmatch(segments[-1]) is not None)
    listing = listing or any(
        key in _WRITER_SEGMENTS and _WRITER_TAIL.fullmatch("/".join(segments[at + 1 :]))
        for at, key in enumerate(keys)
    )
    for at, key in enumerate(keys):
        if (key in _ARCHIVE_SEGMENTS and at == len(keys) - 1) or (
            (key in _ARCHIVE_SEGMENTS or key == _DATE_FRONT)
            and _ARCHIVE_DATE.fullmatch("/".join(segments[at + 1 :]))
        ):
            listing = listing or not (
                key in _WORDPRESS_ARCHIVES
                and at == len(keys) - 2
                and _PRE_WEB_YEAR.fullmatch(segments[-1]) is not None
            )
    if path.endswith("/") and _YEAR_ONLY.fullmatch("/".join(segments)):
        # «/2010/», «/1389/»: the whole path a year, nothing after it (Blogger's and
        # WordPress's year archive): the year's posts, a list (real57 #20, fix187), within
        # the years :func:`url_number` reads as no ID there (``/1488/`` is WordPress's post
        # ID); a year alone needs its closing slash. A month's or a day's path keeps its own
        # rules (one post shown in full there is the page: tests/pages 617, 962, 1017).
        listing = True
    names = {name.lower() for name in query}
    searched = [value for name, values in query.items() if name.lower() == "s" for value in values]
    if searched and all(_SESSION_HASH.fullmatch(value) for value in searched):
        # vBulletin's session hash, not WordPress's search («showthread.php?s=<32 hex>&t=3464»,
        # seqanswers.com, barrowdowns.com, forum.downallfa.com): the link of a guest without
        # a cookie to one thread.
        names.discard("s")
    if (
        names & _LISTING_KEYS
        and not names & _ITEM_KEYS
        and not (
            names & _LISTING_KEYS == {"paged"}
            and (
                _item_address(urlunsplit(parts._replace(query="", fragment="")))
                or _post_slug_path(segments)
                or _month_slug_path(segments)
            )
        )
    ):
        # («/news/4410/slug?paged=2», an item's address with its comments' second page
        # (WordPress's ``paged`` on a post): the item, fix149; and so is a post's slug alone
        # as its path, «/koohpeymayi-paeizi-ba-bachehha/?paged=2», fix151, and a slug after a
        # year and a month, WordPress's «/%year%/%monthnum%/%postname%/», fix159.)
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
    if (
        names == {"m"}
        and all(_PERIOD_QUERY.fullmatch(value) for value in query["m"])
        and url_number(urlunsplit(parts._replace(query="", fragment=""))) is None
    ):
        # «/?m=201809»: a date archive by query (WordPress's, blogfa's), the period's posts;
        # a post's address names the post by its path or its ``p``.
        listing = True
    if _PAGINATION.search("/".join(segments)):
        listing = True
    if joomla_list_view([(name, value) for name, values in query.items() for value in values]):
        # «index.php?option=com_content&view=category&layout=blog&id=23» (Joomla's category
        # blog, dps.mshdiau.ac.ir, real61 #29, fix204): a category's items, even when it
        # shows one item in full; its ``id`` is the category's.
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
            and len([part for part in _SLUG_WORD_SEP.split(seg) if part]) < SLUG_HEADLINE_WORDS
        ):
            # «/FA/اخبار-سایت-قدیم/44012/» (bijar.gov.ir): a few words before the item's ID
            # are the section the item is filed under, not its headline (an item's slug
            # follows its ID, «/news/48213/slug», or is longer): no evidence for a title.
            continue
        persian.append(key)
        # The last one, or one before it that has more words: «/blog/POST-SLUG/CATEGORY-SLUG»
        # names the category last, and a headline is longer than a category's name.
        count = len([part for part in _SLUG_WORD_SEP.split(seg) if part])
        if count > words:
            slug, words = key, count
    if slug is None and listing:
        # «/fa/tag?p=1&tn=قزل+اوزن» (iranwatching.com, tests/pages 1968): a list's address
        # naming its tag in the query, not the path; the line spelling it is the list's name.
        slug = next(
            (
                key
                for name, values in query.items()
                if name.lower() in _LIST_NAME_QUERY_KEYS
                for value in values
                if (key := _slug_key(value))
                and (not key.isascii() or _ASCII_NAME.fullmatch(key) is not None)
            ),
            None,
        )
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


_DAY_PATH = re.compile(r"(?:1[34]|19|20)[0-9]{2}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|3[01])")
# A whole path of a year alone (fix187): a year archive's address, in _sources._ARCHIVE_YEAR's
# bounds (Jalali 1300-1419, Gregorian 1900-2039).
_YEAR_ONLY = re.compile(r"13[0-9]{2}|14[01][0-9]|19[0-9]{2}|20[0-3][0-9]")
# A month's path, year (Jalali or Gregorian) and month: a month archive's whole address.
_MONTH_PATH = re.compile(r"(?:1[34]|19|20)[0-9]{2}/(?:0?[1-9]|1[0-2])")
# A month's or a day's path before a list's page number: a later page of a date archive.
_PERIOD_PAGE = re.compile(
    r"(?:^|/)(?:1[34]|19|20)[0-9]{2}/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12][0-9]|3[01]))?"
    r"/page/[0-9]{1,3}$"
)


# A home page's path: the root, a language's root («/fa/»), the root's index script.
_HOME_PATH = re.compile(
    r"/?(?:(?:fa|en|ar|tg|ru|ps|prs|ur|tr|fa-ir)/?)?(?:(?:index|default|home)\.(?:php|aspx?|html?|jsp))?",
    re.IGNORECASE,
)


def home_address(url: str | None) -> bool:
    """Whether ``url`` is a site's home page: its root («https://host/»), a language's root
    («/fa/») or the root's index script («/index.php», «/default.aspx»), no query. A home
    page lists the site's items; it is no article (khash.zaums.ac.ir/, tests/pages 1653)."""
    if not url or not isinstance(url, str) or "://" not in url:
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return bool(parts.hostname) and not parts.query and _HOME_PATH.fullmatch(parts.path) is not None


def _dated_next_to(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the line right above or right under the title is a date line alone (kind
    ``date``): an item's date printed with its headline."""
    return any(
        0 <= index < len(lines) and index not in outside and lines[index].info.kind == "date"
        for index in (title - 1, title + 1)
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
    return _squash(normalize(_SLUG_WORD_SEP.sub(" ", segment)))


def _bare_label_above(lines: Sequence[_Line], title: int, outside: set[int]) -> int | None:
    """The line a few lines above the title that holds a list's archive label without its
    name (:data:`_BARE_ARCHIVE_LABEL`), alone or as a breadcrumb's last part, the nearest
    one; None if none."""
    for index in range(title - 1, max(0, title - LABEL_REACH_ABOVE) - 1, -1):
        if index in outside or lines[index].words > BREADCRUMB_LABEL_WORDS:
            continue
        norm = lines[index].norm
        if (
            "rchive" not in norm
            and "نوشته" not in norm
            and not any(word in norm for word in vocab.ARCHIVE_WORDS)
        ):
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


def _forum_topic(
    doc: str, lines: Sequence[_Line], starts: Sequence[int], outside: set[int]
) -> tuple[int, Span] | None:
    """The line of a forum thread's header (or of its archive view's notice) naming its topic,
    and the topic's span in it."""
    for index in forum_topic_lines(doc, lines, starts):
        if index in outside:
            continue
        line = lines[index]
        found = forum_topic_match(line)
        if found is None:
            continue
        name = found.group("name")
        if 1 <= count_words(name) <= HEADLINE_MAX_WORDS and any(map(str.isalpha, name)):
            start = line.start + found.start("name")  # (the norm has the line's length)
            return index, (start, start + len(name))
    return None


def forum_topic_match(line: _Line) -> regex.Match[str] | None:
    """The match of a forum thread's topic line (:data:`_FORUM_TOPIC`) or of its archive
    view's notice (:data:`_FORUM_ARCHIVE_NOTICE`) on ``line``, or None."""
    if "موضوع" in line.text[:FORUM_TOPIC_LABEL_REACH]:
        return _FORUM_TOPIC.match(line.norm)
    if "نسخه" in line.text or (
        # «View Full Version»: a «v» printed (the fold keeps Latin letters), before
        # the line's norm and its lowered copy.
        ("v" in line.text or "V" in line.text) and "version" in line.norm[:20].lower()
    ):
        return _FORUM_ARCHIVE_NOTICE.match(line.norm)
    return None  # (cheap tests before the patterns)


# The characters of a line's opening where a forum thread's topic label «موضوع» is looked for.
FORUM_TOPIC_LABEL_REACH = 16
# What a forum thread's topic line or its archive view's notice holds (the tests of
# _forum_topic's loop): «موضوع», «نسخه», a Latin «v» in either case (of «version»).
_FORUM_TOPIC_NEEDLES = ("موضوع", "نسخه", "v", "V")


def forum_topic_lines(doc: str, lines: Sequence[_Line], starts: Sequence[int]) -> list[int]:
    """The top :data:`FORUM_TOPIC_REACH` lines' indexes that hold one of
    :data:`_FORUM_TOPIC_NEEDLES`, in order: found by ``str.find`` over their extent of
    ``doc`` (a line's text is its extent, a no-break space read as a space), not by four tests
    on each line. Every line where :func:`forum_topic_match` finds something is among them
    (tests/test_prefilters.py)."""
    reach = min(len(lines), FORUM_TOPIC_REACH)
    if reach == 0:
        return []
    low, high = starts[0], lines[reach - 1].end
    found: set[int] = set()
    for needle in _FORUM_TOPIC_NEEDLES:
        at = doc.find(needle, low, high)
        while at >= 0:
            index = bisect.bisect_right(starts, at, 0, reach) - 1
            line = lines[index]
            if at + len(needle) <= line.end:
                # («موضوع» further in than the label's reach: the line's topic test reads
                # only its opening, and its other tests the other needles: speed40)
                if needle != "موضوع" or at + len(needle) <= line.start + FORUM_TOPIC_LABEL_REACH:
                    found.add(index)
                at = doc.find(needle, line.end, high)
            else:
                at = doc.find(needle, at + 1, high)  # (between lines: none holds a letter)
    return sorted(found)


# A print view's title row: «عنوان : HEADLINE» (a sitemaker print template's «عنوان :» row
# between rows of dashes, its <title> naming only the site: eghtesadeiranonline.com, tests/
# pages 1581-1582), «عنوان خبر: HEADLINE», «عنوان مطلب: HEADLINE». The label says the row's
# value is the item's title; with its colon only («عنوان شغلی», «به عنوان ...» are words).
_TITLE_LABEL = regex.compile(
    r"^[\x20]*عنوان(?:[\x20\u200c]+(?:خبر|مطلب|مقاله))?[\x20]*:[\x20]*(?P<name>[^\x20:].*?)[\x20]*$"
)
# The same label printed alone, its value on the next line, in a record whose fields run on
# so: «عنوان مقاله :» / «TITLE» / «پدید آورندگان :» / «NAMES» (a citation index's record of
# an article, search.isc.ac, real74 #03; fix260). «مقاله» (article) is a citation's item.
_TITLE_LABEL_ALONE = regex.compile(
    r"^[\x20]*عنوان(?:[\x20\u200c]+(?:خبر|مطلب|مقاله))?[\x20]*:[\x20]*$"
)
# A line's text without the spaces around it.
_LINE_VALUE = regex.compile(r"[\x20]*(?P<name>[^\x20].*?)[\x20]*")
# A module's record printed with its labels glued to their values, the title's row right over
# the date's: «عنوانHEADLINE» / «تاریخ1395/10/26» (DotNetNuke's announcements module, its
# table's label and value cells run together by the page's text: iauc.ac.ir, real68 #14;
# fix240). Glued, the word alone is no label («عنوانها» is a word): the date's glued row under
# it makes the pair one item's fields.
_GLUED_TITLE_LABEL = regex.compile(r"^[\x20]*عنوان(?P<name>[^\x20:\u200c\p{P}].*?)[\x20]*$")
_GLUED_DATE_LABEL = regex.compile(r"[\x20]*تاریخ\d{2,4}/\d{1,2}/\d{1,4}[\x20]*")


_FIRST_WORD = regex.compile(r"[^\x20\u200c]+")
# A continuation of a glued «عنوان»: a stem of :data:`vocab.TITLE_WORD_STEMS` or none, then an
# ending of :data:`vocab.TITLE_WORD_ENDINGS` or none, the whole first word (fix251).
_TITLE_WORD_CONTINUATION = regex.compile(
    rf"(?:{vocabulary_words(vocab.TITLE_WORD_STEMS)})?(?:{vocabulary_words(vocab.TITLE_WORD_ENDINGS)})?"
)


def _continues_title_word(rest: str) -> bool:
    """Whether what follows a glued «عنوان» opens with a continuation that makes one word with
    it, a stem (:data:`vocab.TITLE_WORD_STEMS`) and an ending
    (:data:`vocab.TITLE_WORD_ENDINGS`), either or both: «عنوانبندی تازه کتاب های درسی ...»,
    «عنوانداری تیم ...» are headlines opening with «عنوان‌بندی» (titling), «عنوان‌داری» written
    without their ZWNJ, not the label «عنوان» glued to «بندی تازه ...» (fix245, fix251). A word
    that only opens with a stem («داروهای ...») is the headline's own."""
    first = _FIRST_WORD.match(rest)
    return first is not None and _TITLE_WORD_CONTINUATION.fullmatch(first.group()) is not None


def _glued_title_row(
    lines: Sequence[_Line], index: int, outside: set[int]
) -> regex.Match[str] | None:
    """The glued title label's match on ``lines[index]`` when the next line (blank lines are
    not lines) is the record's glued date row (:data:`_GLUED_DATE_LABEL`), else None."""
    label = _GLUED_TITLE_LABEL.match(lines[index].norm)
    if label is None or _continues_title_word(label.group("name")):
        return None
    below = next((i for i in range(index + 1, len(lines)) if i not in outside), None)
    if below is None or _GLUED_DATE_LABEL.fullmatch(lines[below].norm) is None:
        return None
    return label


# A labelled title has at least this many words (a table's «عنوان: ندارد» is no headline),
# but over the record's next label printed alone (see _next_label_alone).
TITLE_LABEL_WORDS = 2
# A field's label printed alone, its value on the lines below: one to four words and a colon
# («توضیحات :»).
_LABEL_ALONE = regex.compile(
    r"[\x20]*\p{L}[\p{L}\u200c]*(?:\x20[\p{L}\u200c]+){0,3}[\x20]*:[\x20]*"
)


def _next_label_alone(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether the next line under ``lines[index]`` (blank lines are not lines) is a field's
    label printed alone, its value below it: «عنوان : نشریات» / «توضیحات :» / text (a firm's
    service record, real63 #22). A one-word value labelled as the title there is the record's
    name: the fields run on under it, where a table's «عنوان: ندارد» sits among values."""
    below = next((i for i in range(index + 1, len(lines)) if i not in outside), None)
    return below is not None and _LABEL_ALONE.fullmatch(lines[below].norm) is not None


def _title_under_label(
    lines: Sequence[_Line], index: int, outside: set[int]
) -> tuple[int, regex.Match[str]] | None:
    """The value line under a title label printed alone on ``lines[index]`` and the value's
    match in it, when the line under that value (blank lines are not lines) is the record's
    next label printed alone (:data:`_LABEL_ALONE`): «عنوان مقاله :» / «TITLE» / «پدید
    آورندگان :» (fix260). Else None: a label over a value that the page's text runs on from
    is no record's, and a value that is itself a label alone names nothing."""
    if _TITLE_LABEL_ALONE.match(lines[index].norm) is None:
        return None
    below = next((i for i in range(index + 1, len(lines)) if i not in outside), None)
    if below is None or _LABEL_ALONE.fullmatch(lines[below].norm) is not None:
        return None
    after = next((i for i in range(below + 1, len(lines)) if i not in outside), None)
    if after is None or _LABEL_ALONE.fullmatch(lines[after].norm) is None:
        return None
    value = _LINE_VALUE.fullmatch(lines[below].norm)
    return None if value is None else (below, value)


# A line ending so is a sentence or a field's label, not a headline printed over a label row.
_LABEL_ROW_HEADLINE_ENDS = (":", ".", "؛", "!", "،", ",")


def headline_over_label_row(lines: Sequence[_Line], index: int, outside: set[int]) -> int | None:
    """The index of the nearest line with a letter above the title row ``lines[index]`` when
    it is a headline of the page's own, else None: a short line, no date, no chrome, no
    sentence's or label's end, no address («آتشنشانی (ایمنی شهری)» / «عنوان : پروژه کاربینی»
    / «(ایستگاه ...)»: a university centre's project page, its record's labels under its
    headline, uast13.ir: blind81, tests/pages 2202/2203; fix227). A print view's title row
    stands under its site's date line, its address or a row of dashes (tests/pages 1581,
    1820), never under a headline: there the label names the title; here it is one of the
    record's fields."""
    for above in range(index - 1, -1, -1):
        if above in outside:
            return None
        line = lines[above]
        if not has_letter(line.text):
            continue  # spaces, dashes: a layout's empty rows
        norm = line.norm.strip()
        headline = (
            line.words <= HEADLINE_MAX_WORDS
            and not norm.endswith(_LABEL_ROW_HEADLINE_ENDS)
            and "://" not in norm
            and not _never_title(line)
            and not is_chrome_line(norm)
            and not line.dates
        )
        return above if headline else None
    return None


def _labelled_title(
    lines: Sequence[_Line], starts: Sequence[int], doc: str, outside: set[int], anchor: int | None
) -> tuple[int, Span] | None:
    """The line of a print view's title row («عنوان : HEADLINE») and the headline's span in
    it, when the page prints one such row, in its header (above the body's first paragraph,
    ``anchor``, and within :data:`FORUM_TOPIC_REACH` lines); None when it prints none, or
    several (a list's rows, each item's title labelled), or one under the text's opening (a
    book's record under a podcast episode's page: «مشخصات کتاب», «عنوان: NAME», «نویسنده:
    ...»: the book's name, not the page's headline). ``starts`` are the lines' starts in
    ``doc``: the rows are found in the text, their lines by them."""
    found: tuple[int, Span] | None = None
    at = doc.find("عنوان")  # (a search in C; the word opens a line on few pages)
    while at >= 0:
        word, at = at, doc.find("عنوان", at + 5)
        if doc[doc.rfind("\n", 0, word) + 1 : word].strip(" \t"):
            continue  # the word inside a line («به عنوان ...»)
        index = bisect.bisect_right(starts, word) - 1
        if index < 0:
            continue
        line = lines[index]
        label = _TITLE_LABEL.match(line.norm)
        glued = label is None and (label := _glued_title_row(lines, index, outside)) is not None
        under = (
            _title_under_label(lines, index, outside)
            if label is None and index < FORUM_TOPIC_REACH and index not in outside
            else None
        )  # (only in the header's reach: at most that many walks down, each to a line)
        if under is not None:
            label = under[1]
        if label is None:
            continue
        if (
            found is not None
            or index >= FORUM_TOPIC_REACH
            or index in outside
            or (anchor is not None and index > anchor)
        ):
            return None
        name = label.group("name")
        words = count_words(name)
        if words > HEADLINE_MAX_WORDS or (
            words < TITLE_LABEL_WORDS
            and (under is not None or not _next_label_alone(lines, index, outside))
        ):
            return None
        if not glued and headline_over_label_row(lines, index, outside) is not None:
            return None  # a record's label under the page's own headline (fix227); a glued
            # record's rows are the item's own fields, a module's name over them (fix240)
        if under is not None:
            index, line = under[0], lines[under[0]]  # the value's own line (fix260)
        start = line.start + label.start("name")  # (the norm has the line's length)
        found = index, (start, start + len(name))
    return found


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


def _list_shape_doubt(
    lines: Sequence[_Line], title: int, outside: set[int]
) -> tuple[str, int | None] | None:
    """The doubt on a headline that the text's shape alone shows to be a list's item or a
    list's name (fix195: a text kept without its address); None when the text shows no
    such shape. The headline stays, doubted: a page may open so and still be the article."""
    if (named := _list_name_doubt(lines[title])) is not None:
        return named
    if _headlines_box_over(lines, title, outside):
        return (_UNDER_HEADLINES_BOX, None)
    if _in_headline_run(lines, title, outside):
        return (_IN_HEADLINE_RUN, None)
    return None


def _list_name_doubt(line: _Line) -> tuple[str, int | None] | None:
    """The doubt on a headline that is a headlines box's heading («سرخط خبرها») or a site's
    news section's name («اخبار و رویدادها»), a list's name and never a story's headline,
    whatever rule took it: the text's headline or the page's ``<h1>`` (fix199); else None."""
    if _box_heading(line):
        return (_HEADLINES_BOX_NAME, None)
    if _news_section_name(line):
        return (_NEWS_SECTION_NAME, None)
    return None


_NEWS_SECTION_NAMES = frozenset(_squash(normalize(name)) for name in vocab.NEWS_SECTION_NAMES)
# The site's words a section's name may end with, joined by its ezafe (fix199); more when
# they are an institution's name alone (:func:`_chrome._institution`, up to
# :data:`_chrome.INSTITUTION_MAX_WORDS` words: «اخبار و رویدادهای دانشگاه علوم پزشکی», a
# university's name often runs to three to five words; fix205).
NEWS_SECTION_OWNER_WORDS = 2


def _news_section_name(line: _Line) -> bool:
    """Whether a line is a site's news section name (:data:`vocab.NEWS_SECTION_NAMES`,
    «اخبار و رویدادها»), whole or joined by its ezafe to the site's name: at most
    :data:`NEWS_SECTION_OWNER_WORDS` words («اخبار و رویدادهای دانشگاه», fix199), or an
    institution's name alone, opening with its noun, no verb, no sentence's end («اخبار و
    رویدادهای دانشگاه علوم پزشکی», fix205). A headline that goes on after the name with
    punctuation («اخبار و رویدادها؛ چرا ...») or with more words is a story's («اخبار و
    رویدادهای کنکور را فقط از ... دنبال کنید»)."""
    norm = line.norm
    words = norm.split()
    if len(words) > _NEWS_SECTION_MOST_WORDS + INSTITUTION_MAX_WORDS:
        return False  # (read from the count first: a long line is no section's name)
    if _squash(norm) in _NEWS_SECTION_NAMES:
        return True
    for end in range(1, len(words)):
        if _squash(" ".join(words[:end])) in _NEWS_SECTIONS_EZAFE:
            if len(words) - end <= NEWS_SECTION_OWNER_WORDS:
                return True
            owner = words[end:]
            name = " ".join(owner)
            return (
                line.text.rstrip()[-1] not in _NAME_NEVER_ENDS
                and _SENTENCE_MARKS.isdisjoint(owner)
                and _institution(_Line(name, 0, len(name), False, 0))
            )
    return False


# What a name never ends with (a kicker's mark, a sentence's end) and never holds (the
# object's mark, a clause's «که»: «اخبار و رویدادهای دانشگاه را دنبال کنید» is a sentence).
_NAME_NEVER_ENDS = (*_KICKER_ENDS, ".", "!", "؟", "?")
_SENTENCE_MARKS = frozenset({"را", "که"})
# The most words a section's name may be printed in (its ZWNJs as spaces: «رویداد های»).
_NEWS_SECTION_MOST_WORDS = (
    max(len(normalize(name).replace("\u200c", " ").split()) for name in vocab.NEWS_SECTION_NAMES)
    + 1
)
_NEWS_SECTIONS_EZAFE = frozenset(name + "ی" for name in _NEWS_SECTION_NAMES if name.endswith("ها"))
_NEWS_SECTION_NAME = "it is a site's news section name («اخبار و رویداد»), not a story's headline"
_HEADLINES_BOX_NAME = "it is a headlines box's heading («ХАБАРИ ДОҒ»), not a story's headline"
# The doubts of a list's name as the title, kept on the page's <h1> as well (fix199).
_SECTION_NAME_DOUBTS = (_NEWS_SECTION_NAME, _HEADLINES_BOX_NAME)
_UNDER_HEADLINES_BOX = (
    "the headline stands under a headlines box's heading, printed once: the box's first item"
)
_IN_HEADLINE_RUN = (
    "the page opens with a run of headlines one under the other, no text between (a list's "
    "items); this is one of them"
)


def _headlines_box_over(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the line right over the headline (the first not outside above it) is a
    headlines box's heading alone (:func:`_box_heading`: «سرخط خبرها»), the headline not
    printed again below it. An article's headline under such a heading is printed
    twice (fix141: the heading then opens the page as page chrome); a box's first item is
    printed once, its caption and lead under it.

    Or the page opens with that heading, the headline further under it (fix199): each item's
    date line or teaser under its headline moves the title off the box's first item."""
    above = title - 1
    while above >= 0 and above in outside:
        above -= 1
    opening = next((at for at in range(title) if at not in outside), -1)
    if above < 0 or not (_box_heading(lines[above]) or _box_heading(lines[opening])):
        return False
    key = lines[title].key
    reach = range(title + 1, min(len(lines), title + 1 + RUN_COPY_REACH))
    return not any(lines[at].key == key for at in reach)


def _in_headline_run(
    lines: Sequence[_Line], title: int, outside: set[int], spaced: bool = False
) -> bool:
    """Whether the headline is one of :data:`HEADLINE_RUN_LINES` or more lines of a
    headline's shape (:func:`_headline_over_lead` of :data:`HEADLINE_RUN_WORDS` words or more)
    opening the page, printed one right under the other, no blank line, paragraph or other
    line between: a list's items with their headlines alone (a category page's headlines
    over its teasers, vatanshahr.ir). An article's headline has at most a kicker over it and
    a subtitle under it; a stanza of verses stands under the page's own header lines.

    The same list as other copies keep it (fix199): on a double-spaced page
    (:func:`_double_spaced`, a browser's copy) a blank line between them is no break; a
    shorter headline (:data:`HEADLINE_RUN_SHORT_WORDS` content words of letters or more, one
    at a time; a counter's «مشاهده : 130» is none) between
    two of the run's lines is stepped over, not counted; and the run may stand under at most
    :data:`HEADLINE_RUN_NAME_LINES` line of fewer words than a run's line, no paragraph (the
    site's name line over its category page).

    The run counts distinct lines (fix203): a headline over its subtitle printed twice is
    one article's header printed again (a lead retelling it), not four items of a list.

    ``spaced``: the caller knows the text double-spaced (a Markdown text, whose blank lines
    are its syntax's block breaks, fix229), whatever share of its lines a blank one opens."""
    spaced = spaced or _double_spaced(lines)

    def shaped(at: int, least: int) -> bool:
        return (
            0 <= at < len(lines)
            and at not in outside
            and not lines[at].paragraph
            and lines[at].words >= least
            and _headline_over_lead(lines, at, HEADLINE_MAX_WORDS)
        )

    def joined(at: int) -> bool:  # no break between lines[at - 1] and lines[at]
        return spaced or not lines[at].blank_before

    def step(at: int, ahead: int) -> int | None:
        """The run's next line from ``at`` (``ahead`` 1 down, -1 up), or None."""
        near = at + ahead
        if not 0 <= near < len(lines) or not joined(max(at, near)):
            return None
        if shaped(near, HEADLINE_RUN_WORDS):
            return near
        far = near + ahead
        if (
            0 <= far < len(lines)
            and joined(max(near, far))
            and shaped(near, HEADLINE_RUN_SHORT_WORDS)
            and _lettered_content_words(lines[near]) >= HEADLINE_RUN_SHORT_WORDS
            and shaped(far, HEADLINE_RUN_WORDS)
        ):
            return far
        return None

    if not shaped(title, HEADLINE_RUN_WORDS):
        return False
    run, first = {lines[title].key}, title
    while (up := step(first, -1)) is not None:
        run.add(lines[up].key)
        first = up
    above = [at for at in range(first) if at not in outside]
    if len(above) > HEADLINE_RUN_NAME_LINES or any(
        lines[at].paragraph or lines[at].words >= HEADLINE_RUN_WORDS for at in above
    ):
        return False  # (the run does not open the page: a poem, a kicker over a headline)
    last = title
    while (down := step(last, 1)) is not None:
        run.add(lines[down].key)
        last = down
    return len(run) >= HEADLINE_RUN_LINES


def _lettered_content_words(line: _Line) -> int:
    """How many of the line's content words hold a letter (not a count's digits)."""
    return sum(any(ch.isalpha() for ch in word) for word in _content_words(line))


# A run of this many headline-shaped lines of this many words or more, one under the other,
# is a list's headlines (_in_headline_run); a shorter headline of this many words may stand
# between two of them, and the run may stand under this many lines of a site's name.
HEADLINE_RUN_LINES = 4
HEADLINE_RUN_WORDS = 5
HEADLINE_RUN_SHORT_WORDS = 3
HEADLINE_RUN_NAME_LINES = 1


def _ticker_items_below(
    lines: Sequence[_Line], title: int, outside: set[int], spaced: bool = False
) -> bool:
    """Whether the headline is printed before in a run of headlines opening the page
    (:func:`_in_headline_run`: a news site's ticker) and :data:`TICKER_ITEMS_AGAIN` other
    headlines of that run are printed again below it, each right over a paragraph (fix215,
    blind77: bloghnews.com's home page, its ticker's headlines over the featured items'
    teasers). An article's ticker shows other stories' headlines, which its page prints
    no teaser of; a front page's ticker lists the very items the page shows.

    ``spaced`` as for :func:`_in_headline_run`: a Markdown text's ticker, one link a
    paragraph (html2text's copy of bloghnews.com's home page, fix229), is one run. The
    headline taken may be the ticker's own print of it, the page printing it again below
    (the featured item's heading, fix229): the same front page."""
    key = lines[title].key
    copy = next((at for at in range(title) if at not in outside and lines[at].key == key), None)
    if copy is None and any(
        lines[at].key == key for at in range(title + 1, len(lines)) if at not in outside
    ):
        copy = title  # the ticker's print taken, the featured item's heading further down
    spaced = spaced or _double_spaced(lines)
    if copy is None or not _in_headline_run(lines, copy, outside, spaced):
        return False

    def member(at: int) -> bool:
        return (
            0 <= at < len(lines)
            and at not in outside
            and not lines[at].paragraph
            and lines[at].words >= HEADLINE_RUN_SHORT_WORDS
        )

    first = copy
    while member(first - 1) and (spaced or not lines[first].blank_before):
        first -= 1
    last = copy
    while member(last + 1) and (spaced or not lines[last + 1].blank_before):
        last += 1
    others = {lines[at].key for at in range(first, last + 1)} - {key}
    again: set[str] = set()
    for at in range(last + 1, len(lines) - 1):
        line = lines[at]
        if line.key in others and at not in outside and lines[at + 1].paragraph:
            again.add(line.key)
            if len(again) >= TICKER_ITEMS_AGAIN:
                return True
    return False


def _menu_labels(lines: Sequence[_Line], title: int, outside: set[int], words: int = 0) -> bool:
    """Whether the line taken as a list's name (fix215, blind77) or as the page's first line
    (fix223, blind79) stands in a menu: a run of :data:`MENU_RUN_LINES` or more short
    lines (:func:`_label_run`), one right under the other, holding it and
    :data:`MENU_LABELS_UNDER` lines under it (abfaesfahan.ir's company menu «سازمانهای
    بالادستی» / «نمودار سازمانی» / «معرفی شرکت» ...; araku.ac.ir's nested menu «مدیریت» /
    «رياست دانشگاه» / «هیات امنا» ...). A list's name stands over its first item's
    headline and teaser, and an article's first line over its text, not over more labels
    like itself. ``words``: a label's most words past the line itself (the line's own
    limit, :data:`MENU_LABEL_WORDS`, when 0)."""
    if not _menu_label(lines, title, outside, MENU_LABEL_WORDS):
        return False
    run = _label_run(lines, title, outside, words or MENU_LABEL_WORDS)
    return run is not None and run[1] - title >= MENU_LABELS_UNDER


def _menu_label_again(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the headline is printed before as a label of a menu (a run of
    :func:`_label_run` holding it there; fix223, blind79: airlinepress.ir's category
    «خدمات و حقوق مسافرین» in its menu and again over that category's block of items on the
    home page), and the line under it is a headline's length, no full stop ending it (the
    block's first item's headline, a question at most; a static page titled with its
    menu's label, «درباره ما», has its text under it, sentences ending with full stops).
    Each run is walked once however many copies of the headline it holds."""
    under = next((at for at in range(title + 1, len(lines)) if at not in outside), None)
    if (
        under is None
        or not STAMPED_HEADLINE_WORDS <= lines[under].words <= HEADLINE_MAX_WORDS
        or lines[under].info.kind != "text"
        or lines[under].text.endswith(".")
    ):
        return False
    key = lines[title].key
    walked = -1  # the last line of a run walked already
    for at in range(title):
        if at <= walked or at in outside or lines[at].key != key:
            continue
        if not _menu_label(lines, at, outside, MENU_ENTRY_WORDS):
            continue
        run = _label_run(lines, at, outside, MENU_ENTRY_WORDS)
        if run is not None:
            return True
        walked = _run_end(lines, at, outside, MENU_ENTRY_WORDS)
    return False


def _menu_label(lines: Sequence[_Line], at: int, outside: set[int], words: int) -> bool:
    """Whether the line may be a menu's label: a short line of text (``words`` words at
    most), no date, no paragraph, a letter in it (a line of marks alone, «:::» between a
    post's headline and its poem, crf.ir, real70 #12, fix247, is a separator, no label)."""
    line = lines[at]
    return (
        at not in outside
        and not line.paragraph
        and 0 < line.words <= words
        and line.info.kind == "text"
        and any(char.isalpha() for char in line.text)
    )


def _run_end(lines: Sequence[_Line], at: int, outside: set[int], words: int) -> int:
    """The last line of the run of :func:`_menu_label` lines from ``at`` down, one right
    under the other (or one a paragraph of a double-spaced text)."""
    spaced = _double_spaced(lines)
    last = at
    while (
        last + 1 < len(lines)
        and (spaced or not lines[last + 1].blank_before)
        and _menu_label(lines, last + 1, outside, words)
    ):
        last += 1
    return last


def _label_run(
    lines: Sequence[_Line], at: int, outside: set[int], words: int
) -> tuple[int, int] | None:
    """The first and last lines of a menu's run of labels holding the line ``at``: the
    :func:`_menu_label` lines round it, one right under the other, at least
    :data:`MENU_RUN_LINES` of them with distinct words (their keys without digits: six
    lines printing two names over again, or «سطر 1» / «سطر 2» ..., a numbered sequence,
    are no menu), at most :data:`MENU_VERB_LINES` of those ending as a sentence's line does
    (:func:`_says`: a menu's labels name places of the site; a short poem's verses under its
    title, or a post's text broken into short lines, say things); None
    when there is none. Walked once, each line read at most once, the count stopping at
    :data:`MENU_RUN_LINES` distinct keys."""
    spaced = _double_spaced(lines)
    last = _run_end(lines, at, outside, words)
    first = at
    while (
        first > 0
        and (spaced or not lines[first].blank_before)
        and _menu_label(lines, first - 1, outside, words)
    ):
        first -= 1
    if last - first + 1 < MENU_RUN_LINES:
        return None
    seen: set[str] = set()
    verbs = 0
    for index in range(first, last + 1):
        seen.add(lines[index].key.translate(_NO_DIGITS))
        verbs += _says(lines[index])
        if verbs > MENU_VERB_LINES:
            return None  # (a stanza's verses end with verbs: «باران که می بارد»)
        if len(seen) >= MENU_RUN_LINES:
            return first, last
    return None


def _says(line: _Line) -> bool:
    """Whether a short line ends as a line of running text does, never a menu's label: with
    a verb (:func:`_verb_end`), one full stop («می جوشاند.», not «...» nor «…»), or a word
    that joins it to the next line (:data:`vocab.BROKEN_LINE_ENDS`: «انارها را دانه می کند
    و», a post's text broken into short lines; attacks84)."""
    if _verb_end(line):
        return True
    text = line.text.rstrip()
    if text.endswith(".") and not text.endswith(".."):
        return True
    words = line.norm.split()
    return bool(words) and words[-1] in vocab.BROKEN_LINE_ENDS


# A menu shows this many short labels with distinct words, of at most this many words, one
# under the other, this many of them under the line taken as a list's name or first line
# (_menu_labels, fix215); a headline printed before in a menu of labels of at most this many
# words, or a first line over them, is the menu's (fix223: a nested menu's longer entries).
MENU_RUN_LINES = 6
MENU_LABEL_WORDS = 3
MENU_LABELS_UNDER = 3
MENU_ENTRY_WORDS = 5
MENU_VERB_LINES = 1
_NO_DIGITS = str.maketrans("", "", "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩")


def _undated_items(lines: Sequence[_Line], title: int, outside: set[int], spaced: bool) -> bool:
    """Whether the headline is one of a front page's undated items (fix223, blind79:
    55online.ir's «برگزیده سردبیر» block, five headlines one under the other, each over its
    picture and link alone): no paragraph stands anywhere under it (it heads no text), and
    it is one of a run of :data:`UNDATED_ITEMS` or more distinct lines of a headline's shape
    (:data:`HEADLINE_RUN_SHORT_WORDS` words or more, no paragraph), one right under the
    other (``spaced``: the text's ``double_spaced``, a Markdown twin's blank lines between
    its headings being none), :data:`UNDATED_ITEMS_ABOVE` of them over it. An article's
    headline heads its text, and stands over its own subtitle or captions, not under other
    headlines."""
    count = len(lines)
    if any(lines[at].paragraph for at in range(title + 1, count) if at not in outside):
        return False

    def shaped(at: int) -> bool:
        return (
            at not in outside
            and not lines[at].paragraph
            and lines[at].words >= HEADLINE_RUN_SHORT_WORDS
            and _headline_over_lead(lines, at, HEADLINE_MAX_WORDS)
        )

    if not shaped(title):
        return False
    first = title
    while first > 0 and (spaced or not lines[first].blank_before) and shaped(first - 1):
        first -= 1
    if title - first < UNDATED_ITEMS_ABOVE:
        return False
    last = title
    while last + 1 < count and (spaced or not lines[last + 1].blank_before) and shaped(last + 1):
        last += 1
    seen: set[str] = set()
    for at in range(first, last + 1):
        seen.add(lines[at].key)
        if len(seen) >= UNDATED_ITEMS:
            return True
    return False


# Teasers each under the same kicker: this many pairs in a row make a list (fix299); a kicker
# has at most this many words.
KICKER_TEASERS = 3
KICKER_WORDS = 2
# A teaser quoting its speaker («شهردار: پارک ها تا نیمه شب باز می مانند»): at most this many
# words name the speaker before the colon, at least this many words of the quote follow it
# (fix306). A label line's value is short («وضعیت : معتبر است»).
QUOTE_SPEAKER_WORDS = 4
QUOTE_WORDS = 4


def _quoting_teaser(text: str) -> bool:
    """Whether a teaser's colon introduces a quote: one colon, glued to the speaker's name
    of at most :data:`QUOTE_SPEAKER_WORDS` words and no digit in it, :data:`QUOTE_WORDS`
    words or more holding a letter after it (a label's value is short, a date or a code:
    «تاریخ بخشنامه : ۱۴۰۰/۰۳/۱۱»; a quote may count: «برف تا ۳ روز ادامه دارد», fix314)."""
    speaker, colon, quote = text.partition(":")
    return (
        bool(colon)
        and ":" not in quote
        and speaker[-1:].isalpha()
        and 1 <= len(speaker.split()) <= QUOTE_SPEAKER_WORDS
        and not any(char.isdigit() for char in speaker)
        and sum(any(char.isalpha() for char in word) for word in quote.split()) >= QUOTE_WORDS
    )


# A video's running time or an item's number beside a kicker's word («ویدیو ۰۲:۳۵»).
_KICKER_FIGURES = regex.compile(r"[0-9][0-9:.]*")


def _kicker_key(line: _Line) -> str:
    """A kicker's key to find it over each teaser: the line's key without its figures when
    a letter is left («ویدیو ۰۲:۳۵», «ویدیو ۰۱:۱۰»: the same kicker, each with its video's
    running time; attacks83, fix310), else the key whole (a bullet, a number alone)."""
    key = line.key
    if not any(char.isdigit() for char in key):
        return key
    bare = _KICKER_FIGURES.sub("", key)
    return bare if any(char.isalpha() for char in bare) else key


def _kicker_teasers(
    lines: Sequence[_Line], title: int, outside: set[int], labels: bool = False
) -> bool:
    """Whether the headline is one of a list's teasers, each printed under the same kicker
    («ویدیو» / HEADLINE / «ویدیو» / HEADLINE ...: a video page's list, mut54's page (c),
    fix299): the line over it a kicker of at most :data:`KICKER_WORDS` words, and
    :data:`KICKER_TEASERS` or more pairs in a row of that kicker over a line that is no
    paragraph and no label (no colon), the headlines distinct. A kicker holding a letter may
    head teasers quoting a speaker (:func:`_quoting_teaser`); a bullet or a dash («-», «•»)
    heads teasers without a colon only (attacks72's dash over label lines; fix306). With
    ``labels`` the lines under the kicker are label lines instead, each holding a colon
    («اطلاعیه» / «نشانی دفتر : ...» ...: fix314). An article's headline under its kicker is
    one pair. The run is walked once up and once down from the headline (linear in the
    page)."""
    kicker = title - 1
    if kicker < 0 or kicker in outside or not 1 <= lines[kicker].words <= KICKER_WORDS:
        if (
            title + 1 < len(lines)
            and title not in outside
            and 1 <= lines[title].words <= KICKER_WORDS
        ):
            # «ویدیو ۰۲:۳۵» taken as the title, the first kicker of the run (fix310)
            kicker = title
        else:
            return False
    key = _kicker_key(lines[kicker])
    lettered = any(char.isalpha() for char in lines[kicker].text)

    def pair(at: int) -> bool:
        return (
            0 <= at < len(lines) - 1
            and at not in outside
            and at + 1 not in outside
            and 1 <= lines[at].words <= KICKER_WORDS
            and _kicker_key(lines[at]) == key
            and not lines[at + 1].paragraph
            and lines[at + 1].words > KICKER_WORDS
            and (
                ":" in lines[at + 1].text
                if labels
                else ":" not in lines[at + 1].text
                or (lettered and _quoting_teaser(lines[at + 1].text))
            )
        )

    if kicker == title and not pair(kicker):
        return False  # (the title taken as a kicker heads a teaser itself)
    first = kicker
    while pair(first - 2):
        first -= 2
    last = kicker
    while pair(last + 2):
        last += 2
    heads = {lines[at + 1].key for at in range(first, last + 1, 2)}
    return len(heads) >= KICKER_TEASERS


# A front page's undated items: this many distinct headlines one under the other, this many
# of them over the line taken, no paragraph under it (_undated_items, fix223).
UNDATED_ITEMS = 4
UNDATED_ITEMS_ABOVE = 2


# A front page's ticker shows at least this many other headlines printed again below it over
# their teasers (fix215).
TICKER_ITEMS_AGAIN = 2


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
    reads = line.dates
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
    return words, as_day(day)


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


def _day_headed_posts(lines: Sequence[_Line]) -> list[int]:
    """The day lines that head a blog page's posts, one over each (Blogger's «Thursday,
    October 28, 2004», persianblog's «یکشنبه ۲۸ امرداد ،۱۳۸۶»): two or more lines that are
    each one bare date of a day naming its weekday, no time (:func:`_bare_date`; a blog's
    day header names it, a news list's date line under each headline need not: fix105's
    near miss, fix202), of one layout (the calendar, the words, the weekday one word
    however spelt: fix205), each day older than the
    one before (a blog shows its posts newest first), the first among the page's first
    :data:`DAY_POSTS_TOP` lines, with running text between each and the next and under the
    last, and the line right under each of one shape (a post's headline or its text alike:
    a template prints its posts alike). A today banner over an article's own date line
    heads a headline, the article's date line its text; a chronology's days run oldest
    first; an empty list otherwise."""
    days: list[int] = []
    layout: tuple[str, bool, int, bool] | None = None
    last: date | None = None
    for index, line in enumerate(lines):
        if index > DAY_POSTS_TOP and not days:
            return []
        # (a line the classifier read wholly in a quick layout with a clock or no weekday
        # is no day line: the full read turned away before it is made, speed44)
        stamp = _bare_date(line) if _may_name_a_day(line) else None
        if (
            stamp is None
            or isinstance(stamp.gregorian, datetime)
            or stamp.gregorian is None
            or stamp.weekday is None
        ):
            continue
        if index + 1 >= len(lines):
            break
        under = lines[index + 1]
        # The weekday counts as one word however it is spelt (spaced «سه شنبه», with a
        # ZWNJ or glued): a blog's template prints its day lines alike, the blogger spells
        # the weekday as the keyboard gives it, «شنبه» beside «سه شنبه» (fix205).
        words = line.words - count_words(stamp.weekday) + 1
        shape = (stamp.calendar, stamp.weekday is not None, words, under.paragraph)
        if layout is None:
            layout = shape
        elif (
            shape != layout
            or last is None
            or not stamp.gregorian < last
            or not _post_text_in(lines, days[-1] + 1, index)
        ):
            return []
        days.append(index)
        last = stamp.gregorian
    if len(days) < DAY_POSTS or not _post_text_in(lines, days[-1] + 1, len(lines)):
        return []
    return days


def _dateline_reports(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the paragraphs under the title open, the first :data:`DATELINE_REPORTS` of
    them each, with an agency's dateline (:func:`dateline_date`: «غزنی (پژواک،٣٠ حمل٩٢):
    ...», «شهر غزنی (پژواک،٢٧ حوت ٩١): ...»), one right after the other: a news list's
    teasers, one report a paragraph (vote.af's election pages of Pajhwok's reports, real61
    #28, fix204). A report's dateline opens its first paragraph only; a related report's
    teaser stands under the report's own paragraphs, not right under its lead."""
    found = 0
    for index in range(title + 1, len(lines)):
        line = lines[index]
        if index in outside or not line.paragraph:
            continue
        if "(" not in line.norm[:DATELINE_MAX_CHARS] or dateline_date(line.norm) is None:
            return False
        found += 1
        if found >= DATELINE_REPORTS:
            return True
    return False


# A news list of reports shows this many paragraphs, each opening with its dateline.
DATELINE_REPORTS = 2


def _may_stamp(line: _Line) -> bool:
    """Whether ``line`` may be an item stamp (:func:`_item_stamp`): a short line, not a
    paragraph, holding a digit (a year's digits: a cheap test before the grammar)."""
    return not line.paragraph and line.words <= ITEM_STAMP_WORDS and _ascii_digit_in(line.norm)


def _item_stamp(line: _Line) -> int | None:
    """The words a short line holds besides its last date, when it ends an item with that
    date («اسفند ۲۱, ۱۳۹۶»; «ارسال شده توسط NAME |۱۳۹۷/۰۱/۰۷| ۰ نظر | HOST»; «HEADLINE -
    12.03.2018»), or None: a paragraph, a longer line or one reading no dated day is none."""
    if not _may_stamp(line):
        return None
    reads = [read for read in line.dates if read.stamp.gregorian is not None]
    if not reads:
        shaped = _STAMP_SHAPE_END.search(line.norm)
        if shaped is None:
            return None
        return len(_NOT_LETTER.sub(" ", line.norm[: shaped.start()]).split())
    start, end = text_span(reads[-1].stamp)
    return len(_NOT_LETTER.sub(" ", line.text[:start] + " " + line.text[end:]).split())


# A date's shape ending a line, in digits («12.03.2018») or with a month's word of a script or
# a short form the grammar may not read out of its page («12 мар 2018, 10:14»): a day, a
# month, a four-digit year, a clock at most after it (_item_stamp, fix215).
_STAMP_SHAPE_END = regex.compile(
    r"(?:^|[\s\-–—|,(])(?:[0-9]{1,2}[./][0-9]{1,2}[./](?:19|20)[0-9]{2}"
    r"|[0-9]{1,2}\s\p{L}{3,12}\.?\s(?:19|20)[0-9]{2})(?:,?\s[0-9]{1,2}:[0-9]{2})?[\s)|]*$"
)


def _stamped_items(
    lines: Sequence[_Line], outside: set[int], need: int | None = None
) -> list[list[int]]:
    """The runs of a front page's dated items (fix215): item stamps (:func:`_item_stamp`)
    one after the other, each at most :data:`STAMPED_ITEM_LINES` lines under the one
    before, with the next item's headline between (a line of a headline's shape, not a
    stamp) and at most :data:`STAMPED_ITEM_PARAGRAPHS` paragraphs (a teaser, not an
    article's text); two stamps right one under the other each carry their own headline
    («HEADLINE - 12.03.2018»). Only runs of ``need`` stamps or more (:data:`STAMPED_ITEMS`;
    fewer under a list's label, :func:`_labelled_stamped_items`)."""
    need = STAMPED_ITEMS if need is None else need
    candidates = [
        index for index, line in enumerate(lines) if index not in outside and _may_stamp(line)
    ]
    if len(candidates) < need:
        return []  # too few lines to hold a run: no date grammar read (the seed's cost)
    stamps: list[tuple[int, int]] = []
    for index in candidates:
        if (own := _item_stamp(lines[index])) is not None:
            stamps.append((index, own))
    runs: list[list[int]] = []
    run: list[int] = []
    last = (0, 0)
    for stamp in stamps:
        if run and _stamps_linked(lines, last, stamp, outside):
            run.append(stamp[0])
        else:
            if len(run) >= need:
                runs.append(run)
            run = [stamp[0]]
        last = stamp
    if len(run) >= need:
        runs.append(run)
    return runs


def _labelled_stamped_items(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the title heads the first of :data:`LISTING_HEADED_ITEMS` or more dated items
    (:func:`_stamped_items`) right under a news list's label (:data:`_COLLECTION`: «اخبار
    دانشگاه», «آخرین اخبار», no date, :data:`LISTING_NAME_WORDS` words at most): «اخبار
    دانشگاه» / HEADLINE / its stamp / a teaser's line / HEADLINE 2 / its stamp / ... (a
    faculty's news list). The page's own heading says it lists news, so two items make the
    list, as under a site's generic news heading (:func:`_plain_items`); the title's item
    holds :data:`LABELLED_TEASER_LINES` line of text at most under its stamp (an article's
    text under a section's name runs longer; fix225). The title may be the label itself
    (taken as the text's first line): its first item's headline is then right under it."""

    def news_label(at: int) -> bool:
        label = lines[at]
        return (
            at not in outside
            and label.info.kind == "text"
            and not label.paragraph
            and label.words <= LISTING_NAME_WORDS
            and _COLLECTION.match(label.norm) is not None
        )

    if not 0 <= title < len(lines) - 2:
        return False
    if news_label(title):
        first = title + 2  # the label taken: the first item's headline under it, its stamp
    elif title > 0 and news_label(title - 1):
        first = title + 1  # the first item's headline taken: its stamp under it
    else:
        return False
    for run in _stamped_items(lines, outside, LISTING_HEADED_ITEMS):
        if run[0] != first:
            continue
        end = next(
            (
                at
                for at in range(run[0] + 1, run[1])
                if at not in outside and _headline_over_lead(lines, at, HEADLINE_MAX_WORDS)
            ),
            run[1],
        )
        text = [at for at in range(run[0] + 1, end) if at not in outside]
        return len(text) <= LABELLED_TEASER_LINES
    return False


# The lines of text the first item under a news list's label holds under its stamp (a
# teaser's one line; :func:`_labelled_stamped_items`).
LABELLED_TEASER_LINES = 1


def _day_label_posts(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the line right over the title is a day archive's heading, a label and its
    date (:func:`_evidence.archive_day_heading`: «بایگانی نوشته‌های دسته روزانه: 1403/01/25»,
    «بایگانی نوشته‌های روز: DAY»; fix209, fix222), and another post follows the title's: the
    title over one teaser's line (:data:`LISTING_LEAD_WORDS` words at most), then another
    headline over its own. The heading names the day's list; its first post's headline is
    no more the page's than at a day archive's address (fix225). One post alone under the
    heading is the page (fix222)."""
    if not 0 < title < len(lines) - 3 or not {title - 1, title + 1, title + 2}.isdisjoint(outside):
        return False
    label, teaser = lines[title - 1], lines[title + 1]
    if label.info.kind not in ("date", "mixed") or not archive_day_heading(label.text):
        return False

    def teaser_line(at: int) -> bool:
        return lines[at].info.kind == "text" and lines[at].words <= LISTING_LEAD_WORDS

    return (
        teaser_line(title + 1)
        and teaser.key != lines[title + 2].key
        and _headline_over_lead(lines, title + 2, HEADLINE_MAX_WORDS)
        and lines[title + 2].key != lines[title].key
        and title + 3 not in outside
        and teaser_line(title + 3)
    )


def _stamps_linked(
    lines: Sequence[_Line], above: tuple[int, int], below: tuple[int, int], outside: set[int]
) -> bool:
    """Whether the item stamp ``below`` dates the item after the one ``above`` dates, each
    a line's index and its own words (:func:`_stamped_items`)."""
    (upper, upper_own), (lower, lower_own) = above, below
    if lower - upper > STAMPED_ITEM_LINES:
        return False
    if lower == upper + 1:
        return min(upper_own, lower_own) >= STAMPED_HEADLINE_WORDS
    between = [at for at in range(upper + 1, lower) if at not in outside]
    if sum(lines[at].paragraph for at in between) > STAMPED_ITEM_PARAGRAPHS:
        return False
    if any(is_related_heading(lines[at].norm) for at in between):
        # a related box's heading («مطالب مرتبط», fix71) parts the article's item from the
        # box's dated items: they are no run of one front page's items
        return False
    if min(upper_own, lower_own) >= STAMPED_HEADLINE_WORDS:
        # each stamp carries its own item's headline («1396/12/22    HEADLINE» over its
        # teaser, basu.ac.ir's news block; fix223): the teaser between is the upper item's
        return True
    return any(
        not lines[at].paragraph
        and lines[at].words >= STAMPED_HEADLINE_WORDS
        and _headline_over_lead(lines, at, HEADLINE_MAX_WORDS)
        for at in between
    )


def _front_page_items(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the title is a front page's item or a label over its items (fix215, blind77):
    a run of dated items (:func:`_stamped_items`) stands under the title with no paragraph
    between and the title heads none of them (another headline's line between, not the
    title printed again, or the first two
    stamps one right under the other, each with its own headline: a menu's or a tab's label
    over the items, vatanlink.com's «دانش و فناوری», andoz.tj's «Эълонҳо» over «HEADLINE -
    DATE» lines; a title right over the first stamp, «ایجاد شده در DATE», heads it), or
    the title heads one of the run's items but its last (akhbarostanha.ir's third teaser),
    its item (its lines down to the next item's headline or stamp) holding no more
    paragraphs than another item of the run (an article's headline owns more text than the
    dated items of a box or the dated comments under it); with three items and the title's
    the middle one, no more lines of text than the item above it (fix225)."""

    def paragraphs(start: int, end: int) -> int:
        return sum(lines[at].paragraph for at in range(start + 1, end) if at not in outside)

    def texts(start: int, end: int) -> int:
        return sum(
            lines[at].info.kind == "text" for at in range(start + 1, end) if at not in outside
        )

    for run in _stamped_items(lines, outside):
        if title >= run[-1]:
            continue
        if title < run[0] and (
            run[1] == run[0] + 1
            or any(
                _headline_over_lead(lines, at, HEADLINE_MAX_WORDS)
                and lines[at].key != lines[title].key
                for at in range(title + 1, run[0])
                if at not in outside
            )
        ):
            # The title heads none of the items: a label over them, or an article's
            # headline over its text (a paragraph between).
            if not paragraphs(title, run[0]):
                return True
            continue
        # (the title's own stamp: the next one under it, or its own line when the stamp
        # carries the headline, «DATE HEADLINE» over a teaser, and the next stamp is another
        # item's, not the same line printed again; fix223)
        own = next(at for at in run if at > title)
        if title in run and lines[own].key != lines[title].key:
            own = title
        if own == run[-1]:
            if _placeholder_teaser(lines, run, outside) and (
                paragraphs(title, _item_end(lines, title, own, len(lines), outside))
                <= max(paragraphs(upper, lower) for upper, lower in itertools.pairwise(run))
            ):
                # The last item's "lead" is the teaser every other item of the run carries
                # word for word: a list's placeholder, no article's lead; and its item holds
                # no more paragraphs than another item (attack69, fix224).
                return True
            continue
        after = run[run.index(own) + 1]
        others = [
            paragraphs(upper, lower)
            for upper, lower in itertools.pairwise(run)
            if lower <= title or upper >= after
        ]
        end = _item_end(lines, title, own, after, outside)
        if others and paragraphs(title, end) <= max(others):
            # (the title's item holds no more paragraphs than another item of the run: an
            # article's text is longer than a teaser, and a box's items or comments under
            # it hold none)
            return True
        if not others and run[0] < title and texts(title, end) <= texts(run[0], title):
            # Three items, the title's the middle one: no pair of stamps holds another item
            # whole, the item above it (from its stamp down to the title) is measured in its
            # text's lines: a teaser long enough to be a paragraph («... پس از دو ماه تعمیر
            # دوباره باز شد.», ten words) against the others' shorter ones is still one
            # line, as theirs (fix225).
            return True
    return False


def _item_end(lines: Sequence[_Line], title: int, own: int, after: int, outside: set[int]) -> int:
    """Where the title's item ends (:func:`_front_page_items`): at the next item's headline
    under its stamp ``own`` (a line shaped as a headline over a lead, not the title printed
    again), or at ``after`` (the next stamp, or the text's end)."""
    return next(
        (
            at
            for at in range(own + 1, after)
            if at not in outside
            and lines[at].key != lines[title].key
            and _headline_over_lead(lines, at, HEADLINE_MAX_WORDS)
        ),
        after,
    )


def _placeholder_teaser(lines: Sequence[_Line], run: list[int], outside: set[int]) -> bool:
    """Whether every item of the run (:func:`_stamped_items`) carries the same teaser: the
    first paragraph under each stamp, down to the next stamp (the text's end for the last),
    has one key under all of them. A list's template repeats one placeholder sentence under
    its items' headlines; an article's lead is its own (fix224)."""
    keys: set[str] = set()
    for upper, lower in itertools.pairwise([*run, len(lines)]):
        first = next(
            (at for at in range(upper + 1, lower) if at not in outside and lines[at].paragraph),
            None,
        )
        if first is None:
            return False
        keys.add(lines[first].key)
    return len(keys) == 1


# An item's stamp line has at most this many words; the run's stamps stand at most this many
# lines apart, at most this many paragraphs between (an item's teaser), a headline of this
# many words or more between; a front page shows this many dated items or more (fix215).
ITEM_STAMP_WORDS = 20
STAMPED_ITEM_LINES = 8
STAMPED_ITEM_PARAGRAPHS = 2
STAMPED_HEADLINE_WORDS = 3
STAMPED_ITEMS = 3


def _may_name_a_day(line: _Line) -> bool:
    """A necessary test, without the grammar, for :func:`_day_headed_posts`' day line: a
    date line (no paragraph) whose :func:`_bare_date` may be a day naming its weekday with
    no time. A line the header classifier read wholly in one of the quick reader's layouts
    (its date a :class:`QuickDate`, whose parts are the grammar's read of the whole line:
    tests/test_line_date.py) is one only when those parts hold a weekday and no hour; any
    other date line is read in full, as before. Proved over generated lines by
    tests/test_prefilters.py («day line»)."""
    if line.paragraph or line.info.kind != "date":
        return False
    found = line.info.date
    if not isinstance(found, QuickDate):
        return True
    return found.parts.hour is None and found.parts.weekday is not None


def _post_text_in(lines: Sequence[_Line], start: int, end: int) -> bool:
    """Whether the lines from ``start`` to ``end`` hold a post's running text: a paragraph,
    or a line of :data:`POST_TEXT_WORDS` words or more."""
    return any(
        lines[at].paragraph or lines[at].words >= POST_TEXT_WORDS for at in range(start, end)
    )


# A blog page of posts under day lines shows at least this many (:func:`_day_headed_posts`),
# the first day line among the page's first this many lines (a blog's name and its link
# lists above it).
DAY_POSTS = 2
DAY_POSTS_TOP = 12


def _bare_date(line: _Line) -> Timestamp | None:
    """The date-time of a line that is one date and nothing else (an item's stamp
    «2025-10-16 15:26:52»), or None."""
    if line.paragraph or line.info.kind != "date":
        # (a paragraph is told apart before the line is read in full: speed18, fix202)
        return None
    reads = line.dates
    if len(reads) != 1 or reads[0].issues:
        return None
    start, end = text_span(reads[0].stamp)
    if line.text[:start].strip() or line.text[end:].strip():
        return None
    return reads[0].stamp


# A list of teasers each printing its headline twice, the first time with its date (or
# another tail) run into it, shows this many at least.
TWICE_HEADED_ITEMS = 3
# Lines under a teaser's tailed headline its bare headline stands within (its kicker between).
TWICE_HEADED_REACH = 3
# A headline printed twice has this many words at least (a list's name is shorter).
TWICE_HEADED_WORDS = 3
# The next teaser's tailed headline stands within this many lines under the last one found (a
# teaser's kicker, headline, excerpt, date and button between).
TWICE_HEADED_GAP = 12
# A teaser shows one paragraph of excerpt at most; this many paragraphs under an item found, before
# the next, are an article's running body, and the run ends (fix288).
TWICE_HEADED_BODY = 2


def _twice_headed_items(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the page lists teasers, each printing its headline twice: first with its date
    (or another tail) run into it, «کمبود آب، سهم ما از بی تدبیری ۰۳ مهر ۱۴۰۱», then alone
    within :data:`TWICE_HEADED_REACH` lines under it (a kicker maybe between), over its
    excerpt: :data:`TWICE_HEADED_ITEMS` such items at least, one after the other (each within
    :data:`TWICE_HEADED_GAP` lines of the last), the first of them the headline taken
    (tirangnews.ir's tag page of editorials, tests/pages 2301; fix276). An article prints its
    headline twice once; its related items print theirs once each, or, printed the same way,
    come after its body: :data:`TWICE_HEADED_BODY` paragraphs under an item found, before the
    next, end the run (a teaser's excerpt is one; fix288). Only the lines from the title to the
    last item found and a gap under it are read."""
    found = 0
    body = 0  # paragraphs under the last item found
    index = max(0, title - TWICE_HEADED_REACH)
    stop = min(len(lines), title + 1)  # the first item is the headline taken
    while index < stop:
        line = lines[index]
        index += 1
        if found and line.paragraph and index - 1 not in outside:
            body += 1
            if body >= TWICE_HEADED_BODY:
                return False  # an article's running body, not a teaser's excerpt
        if index - 1 in outside or line.paragraph or line.words <= TWICE_HEADED_WORDS:
            continue
        for below in range(index, min(len(lines), index + TWICE_HEADED_REACH)):
            bare = lines[below]
            if (
                below not in outside
                and not bare.paragraph
                and bare.words >= TWICE_HEADED_WORDS
                and len(bare.text) < len(line.text)
                and line.key.startswith(bare.key)
                and len(bare.key) < len(line.key)
            ):
                if found == 0 and title not in (index - 1, below):
                    return False  # the first item is not the headline taken
                found += 1
                if found >= TWICE_HEADED_ITEMS:
                    return True
                body = 0
                index = below + 1
                stop = min(len(lines), below + 1 + TWICE_HEADED_GAP)
                break
    return False


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
    day = as_day(later)
    return day < as_day(first)


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
            or line.info.date is None
            or not (
                (line.info.kind == "labels" and line.info.labels[0].field == "published")
                or (line.info.kind == "mixed" and _marked_signature(line))
            )
        ):
            continue
        found.setdefault(tuple(line.norm.split()[:2]), []).append(index)
    for footers in found.values():
        # Each its own day or time (one footer printed twice is one post's), or each post
        # under a headline of its own (two posts signed the same minute: fix244).
        if len(footers) < 2 or (
            len({_digits_of(lines[at].norm) for at in footers}) < 2
            and not _headed_posts(lines, footers, outside)
        ):
            continue
        if all(
            _post_text_between(lines, above, below, outside)
            for above, below in itertools.pairwise(footers)
        ):
            return footers
    return []


def _headed_posts(lines: Sequence[_Line], footers: list[int], outside: set[int]) -> bool:
    """Whether each post after the first footer opens with a headline of its own: the
    first text line under the footer above it a headline's length (not a paragraph, at most
    :data:`HEADLINE_MAX_WORDS` words), printed nowhere above that footer, its post's text
    under it; and a post's text above the first footer (each footer signs the post over
    it). Two posts signed the same minute (Blogfa's «+ نوشته شده در DATE توسط NAME» under
    each, fix235's month archive) are two posts, not one footer printed twice (fix244).
    A stamp over a post, printed again under it (a comment's), signs no second post.
    """
    if not _post_text_between(lines, -1, footers[0], outside):
        return False
    first_printed: dict[str, int] = {}  # each line's key at its first line: one pass
    for at, line in enumerate(lines):
        first_printed.setdefault(line.key, at)
    for above, below in itertools.pairwise(footers):
        head = next(
            (
                at
                for at in range(above + 1, below)
                if at not in outside and lines[at].info.kind == "text"
            ),
            None,
        )
        if (
            head is None
            or lines[head].paragraph
            or lines[head].words > HEADLINE_MAX_WORDS
            or first_printed[lines[head].key] < above
            or not _post_text_between(lines, head, below, outside)
        ):
            return False
    return True


# A blog platform's post signature opening (Blogfa's «+ نوشته شده در DATE توسط NAME»), which
# a bullet mark before it keeps from being read as a label (:func:`_marked_signature`).
_SIGNATURE_OPENINGS = tuple(normalize(words) for words in vocab.POST_SIGNATURE_OPENINGS)
_SIGNATURE_MARKS = "+•*-\x20"


def _marked_signature(line: _Line) -> bool:
    """Whether a date line opens, past a bullet mark, with a blog's post signature
    (:data:`vocab.POST_SIGNATURE_OPENINGS`): Blogfa's «+ نوشته شده در  سه شنبه ۹ خرداد
    ۱۴۰۲ساعت ۱۰:۲۰  توسط NAME» (tests/pages 1430, 617), read as a date with company for its
    mark, one post's footer as the labelled line is (fix235)."""
    head = line.norm.lstrip(_SIGNATURE_MARKS)
    return len(head) < len(line.norm) and head.startswith(_SIGNATURE_OPENINGS)


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
    heads: dict[str, str] = {}
    for _ in range(need):
        if at + 1 >= count or at in outside or at + 1 in outside:
            return False
        if not (_headline_over_lead(lines, at, HEADLINE_MAX_WORDS) and lines[at + 1].paragraph):
            return False
        if heads.setdefault(lines[at].key, lines[at + 1].key) != lines[at + 1].key:
            # One line over two different sentences: a motto repeated in a text, no item's
            # headline (a list printing an item twice, a slider's and the list's, prints its
            # excerpt again too; fix191).
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
        # (Compared in lower case: a Latin tag's capitals as the page prints them, «Gahar
        # Lake» at «?tn=gahar+lake», fix189; Persian has none.)
        folded = slug.lower()
        for index in range(stop):
            if index not in outside and lines[index].key.lower() == folded:
                return index, "listing name"
    if title is not None:
        return _listing_name(lines, title, outside, rule)
    return title, rule


def _one_full_post(state: _State) -> bool:
    """Whether a list shows one post in full: no excerpt cut with «[…]», no read-more
    button, and one labelled publication date on the whole page (each post of a list
    prints its own header)."""
    if any(line.text.endswith(_EXCERPT_ENDS) or _read_more(line) for line in state.lines):
        return False
    labelled = {c.order for c in state.candidates if c.field == "published" and "label" in c.rule}
    return len(labelled) == 1


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
            # The counter starts with its number: a line that does not is not matched (asked
            # of the line as written first: no copy made of a paragraph, speed60).
            and lines[i].text[:1] in DIGIT_SOURCES
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
    article owns them, so none of them (nor the dates beside them) is the page's. IDs
    under a related box's heading («اخبار مرتبط», :func:`is_related_heading`) are that
    box's items', under an article as often as not: they are no evidence of a list
    (attack44: an agency's «کد خبر» under its text and two related items' «DATE - کد خبر:
    N» made the article a list, its title, date and ID withheld).
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
            # (Checked only here: most pages never count that many IDs.)
            return not _related_heading_between(state.lines, lead, index, outside)
    return False


# A tag list's bare heading over its items («برچسب ها», no name and no colon: avayerodkof.ir's
# tag page, tests/pages 2137; fix218).
_TAG_HEADINGS = frozenset({"برچسبها", "برچسب", "تگها", "تگ"})
# The heading stands among the page's first lines: this many lines at most above it.
LIST_HEADING_REACH = 3


def list_heading_on_top(state: _State, title: int | None, outside: set[int]) -> bool:
    """Whether the page opens with a list's heading over its items, above any headline: a
    category page's heading over its child categories (K2's «طبقه بندي هاي فرزند»,
    vocab.CHILD_CATEGORY_HEADINGS; tests/pages 2132), or a bare tags heading («برچسب ها»)
    with an item's labelled ID under it (its «کد خبر: N تاریخ انتشار : DATE» line, or the
    same printed with no colon, «کد خبر N تاریخ انتشار DATE»; tests/pages 2137). The ID and
    the date under it are the first item's, not the page's (fix218, fix228). A tags box under
    a headline is an article's (the headline comes first): not read here, unless the line
    taken is a site's name over its motto (:func:`tags_list_under_name`)."""
    lines = state.lines
    seen = 0
    stop = len(lines) if title is None else title
    for index in range(stop):
        if index in outside or not lines[index].text.strip():
            continue
        seen += 1
        if seen > LIST_HEADING_REACH:
            return False
        key = _squash(lines[index].norm).lower()
        if lines[index].words <= CHILD_CATEGORY_WORDS and key in CHILD_CATEGORIES:
            return True
        if key in _TAG_HEADINGS:
            return _item_id_under(state, index, outside)
    return tags_list_under_name(state, title, outside)


def _item_id_under(state: _State, index: int, outside: set[int]) -> bool:
    """Whether an item's labelled ID stands within :data:`LIST_HEADING_REACH` lines under the
    heading at ``index``, its colon printed or not (a label's words and a number are a label
    as well: «کد خبر ۹۳۱۵»; mutant 35 of the forty-fifth round, fix228)."""
    lines = state.lines
    return any(
        _number_ids(state.doc, lines[below])
        for below in range(index + 1, min(len(lines), index + 1 + LIST_HEADING_REACH))
        if below not in outside
    )


def tags_list_under_name(state: _State, title: int | None, outside: set[int]) -> bool:
    """Whether the line taken as the title is a site's name over its motto, over a tag
    list's bare heading: among the page's first :data:`LIST_HEADING_REACH` lines, the line
    taken, then only a paragraph (the motto, a sentence), then the tags heading over an
    item's headline and its labelled ID (:func:`_item_headed_under`; avayerodkof.ir's tag
    page with its name printed, fix228).
    The page is a list; the line taken names the site, no item. A headline's own tags box
    stands right under it, or under its date line: not this (tests/test_fix218.py)."""
    if title is None:
        return False
    lines = state.lines
    first = list(
        itertools.islice(
            (i for i in range(len(lines)) if i not in outside and lines[i].text.strip()),
            LIST_HEADING_REACH,
        )
    )
    if title not in first:
        return False
    between = first[first.index(title) + 1 :]
    for at, index in enumerate(between):
        if _squash(lines[index].norm).lower() in _TAG_HEADINGS:
            return at > 0 and _item_headed_under(state, index, outside)
        if not lines[index].paragraph:
            return False
    return False


# What parts a tags box's names on one line («کوهنوردی، نوروز، شاهوار»).
_TAG_SEPARATORS = ("،", ",", "|")


def _item_headed_under(state: _State, index: int, outside: set[int]) -> bool:
    """Whether an item stands right under the tags heading at ``index``: a headline-shaped
    line, no tags' names parted by :data:`_TAG_SEPARATORS`, then the item's labelled ID on
    the next line (:func:`_item_id_under`). An article's tags box under its lead prints its
    tags' names there, the article's own ID under them."""
    lines = state.lines
    below = list(
        itertools.islice(
            (i for i in range(index + 1, len(lines)) if i not in outside and lines[i].text.strip()),
            2,
        )
    )
    if len(below) < 2:
        return False
    head, ids = below[0], below[1]
    return (
        _headline_over_lead(lines, head, HEADLINE_MAX_WORDS)
        and not any(mark in lines[head].text for mark in _TAG_SEPARATORS)
        and bool(_number_ids(state.doc, lines[ids]))
    )


def one_item_id(state: _State, outside: set[int]) -> bool:
    """Whether the text prints one item's ID under a number label, and no other ID («شماره :
    52817» in an item's header): the page is that item's, whatever its address says (a
    site's item served at its home address, tests/pages 100). A home page prints its items'
    IDs in their links only; a list printing them shows several (:func:`_listing`)."""
    values: set[str] = set()
    doc = state.doc
    lines = state.lines
    found = state.number_ids
    for index, line in enumerate(lines):
        if index in outside or line.end - line.start > LATE_HEADER_MAX_CHARS:
            continue
        if doc.find(":", line.start, line.end) < 0:
            continue  # no label on the line
        ids = found.get(index)
        if ids is None:
            ids = found[index] = _number_ids(doc, line)
        values.update(ids)
        if (
            not ids
            and line.info.kind == "labels"
            and any(label.field == "number" for label in line.info.labels)
            and index + 1 < len(lines)
            and index + 1 not in outside
            and lines[index + 1].norm.isdigit()
        ):
            # «شماره :» / «52817»: the label's value on the line under it.
            values.add(lines[index + 1].norm)
        if len(values) > 1:
            return False
    return len(values) == 1


def _related_heading_between(
    lines: Sequence[_Line], start: int, stop: int, outside: set[int]
) -> bool:
    """Whether a related box's heading stands among ``lines[start:stop]``: the IDs counted
    up to ``stop`` then include a related item's, and those above the heading are fewer
    than a list's (a list reaches :data:`LISTING_IDS` before it)."""
    return any(
        i not in outside
        and lines[i].end - lines[i].start <= RELATED_HEADING_MAX_CHARS
        and is_related_heading(lines[i].norm)
        for i in range(start, stop)
    )


# A related box's heading is this long at most (its words, a colon or a count).
RELATED_HEADING_MAX_CHARS = 40


def _number_ids(doc: str, line: _Line) -> tuple[str, ...]:
    """The values of the number labels on ``line`` (a short line holding a colon), for
    :func:`_listing`."""
    norm = line.__dict__.get("norm")
    if norm is None:
        # Not normalised yet: searched in place (no copy of the line), the character
        # before a line's start being a line break or a stripped space or mark, never a
        # letter, as at a copy's start.
        if not number_label_raw(doc, line.start, line.end):
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
    groups = _raw_groups(entries)
    branches = []
    for first, rests in groups.items():
        word_start = "" if first.isascii() else f"(?<![{WORD_LETTERS}].)"
        branches.append(f"(?<={first}){word_start}(?:{'|'.join(rests)})")
    firsts = "".join(sorted(first.strip("[]") for first in groups))
    return f"[{firsts}](?:{'|'.join(branches)})"


def _raw_groups(entries: Iterable[str]) -> dict[str, list[str]]:
    """:func:`_raw_starts`' alternatives: each first letter's class (one letter or a
    ``[...]`` class) and the rests of the words that open with it."""
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
    return groups


def _raw_starts_by_letter(entries: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """:func:`_raw_starts`' Arabic-script alternatives, one pattern for each first letter as
    written («ش», «ک», «ك») and its pattern, opening with it: ``re`` then skips ahead to the
    letter by a plain comparison a character, where the one pattern's class of every first
    letter takes a set lookup (speed42). Where the text holds no Latin letter of a label
    (:data:`_LATIN_NUMBER_LETTERS`), the one pattern finds something at a place exactly
    where one of these does."""
    patterns = []
    for first, rests in _raw_groups(entries).items():
        if first.isascii():
            continue
        for letter in first.strip("[]"):
            pattern = f"{re.escape(letter)}(?<![{WORD_LETTERS}].)(?:{'|'.join(rests)})"
            patterns.append((letter, pattern))
    return tuple(patterns)


def _latin_letters(entries: Iterable[str]) -> str:
    """A letter each Latin first word of ``entries`` holds, in every case it may take
    (:func:`_any_case_class`): its first letter, or its next where the first is a «d» or an
    «e» (the low bytes of «D» and «E» are those of «ل» and «م», so a ``memchr`` for them
    would stop all along a Persian line)."""
    found: set[str] = set()
    for entry in entries:
        head = re.split("[ \u200c]", entry)[0]
        if head.isascii():
            letter = next(char for char in head if char.lower() not in "de")
            found.update(_any_case_class(letter).strip("[]").replace("\\", ""))
    return "".join(sorted(found))


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
# The same pattern's Arabic-script alternatives, one a first letter (_raw_starts_by_letter).
_NUMBER_LABEL_RAW_BY_LETTER = tuple(
    (letter, re.compile(pattern))
    for letter, pattern in _raw_starts_by_letter(vocab.LABELS["number"])
)
# «n», «N», «o», «O»: one of them in every Latin number label («news ...», «doc id»).
_LATIN_NUMBER_LETTERS = _latin_letters(vocab.LABELS["number"])


def number_label_raw(doc: str, start: int, end: int) -> bool:
    """Whether :data:`_NUMBER_LABEL_RAW` finds something in ``doc[start:end]`` (its search,
    looking behind ``start`` as it does), in about half its cost on Persian text: without a
    Latin label's letter (:data:`_LATIN_NUMBER_LETTERS`, ``in`` tests in C) no Latin
    alternative can match, and each Arabic-script one is searched by its own pattern
    opening with its letter (:data:`_NUMBER_LABEL_RAW_BY_LETTER`; a letter the line does not
    hold is looked for by ``in`` first). Equal to the pattern's search on every text
    (tests/test_prefilters.py, «number label, by letter» in ``testing.PREFILTERS``)."""
    text = doc[start:end]
    for letter in _LATIN_NUMBER_LETTERS:  # (a loop: no generator frame a letter)
        if letter in text:
            return _NUMBER_LABEL_RAW.search(doc, start, end) is not None
    for letter, pattern in _NUMBER_LABEL_RAW_BY_LETTER:
        if letter in text and pattern.search(doc, start, end) is not None:
            return True
    return False


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


# The ends of an excerpt cut short by a list: a writer's dots or a theme's bracketed cut.
_CUT_ENDS = ("...", "…", *_EXCERPT_ENDS)


def _cut_end(line: _Line) -> bool:
    """Whether the line is an excerpt cut short by a list («...», «…», «[…]» at its end; at
    least :data:`LONE_TEASER_WORDS` words)."""
    return line.words >= LONE_TEASER_WORDS and line.text.rstrip().endswith(_CUT_ENDS)


def _past_one_short(lines: Sequence[_Line], at: int, outside: set[int]) -> int:
    """``at``, or the line after it when ``lines[at]`` is one short text line (a copy of the
    headline, a kicker, a teaser's label) that is no paragraph."""
    if at < len(lines) and at not in outside:
        line = lines[at]
        if (
            not line.paragraph
            and line.info.kind == "text"
            and not line.chrome
            and line.words <= HEADLINE_MAX_WORDS
        ):
            return at + 1
    return at


# A list's teasers: the next teaser's headline stands within this many lines under the
# first teaser's cut excerpt.
TEASER_GAP = 3


def _cut_teaser_pair(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the paragraph right under the title (past one short line: its label, its copy)
    is an excerpt cut short («...», «…»), and a second teaser of the same shape follows within
    :data:`TEASER_GAP` lines: a headline-shaped line (past one short label line) over another
    cut excerpt. Two headline-and-cut-excerpt blocks in a row are a list's teasers (a tag page
    printing two items, its name left out: kharidcharge.com's «/tag/...»); an article prints
    its own first paragraph whole, and its related items stand under its body, not under its
    first paragraph."""
    count = len(lines)
    at = _past_one_short(lines, title + 1, outside)
    if at >= count or at in outside or not lines[at].paragraph or not _cut_end(lines[at]):
        return False
    for head in range(at + 1, min(count, at + 1 + TEASER_GAP)):
        line = lines[head]
        if head in outside or line.paragraph or line.info.kind != "text" or line.chrome:
            continue
        if not 3 <= line.words <= HEADLINE_MAX_WORDS:
            continue
        excerpt = _past_one_short(lines, head + 1, outside)
        if excerpt < count and excerpt not in outside and _cut_end(lines[excerpt]):
            return True
    return False


# After a list's one item a page keeps at most this many short lines (a widget's heading
# and its tabs, the site's name).
TAIL_LINES = 4


def _bulleted_lone_item(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the line taken opens the page with a round bullet («• HEADLINE», three words
    or more, a line of text, no paragraph), and under it (past one short line: the item's
    headline under its bulleted kicker) one paragraph (or a lead of
    :data:`LONE_TEASER_WORDS` words or more) ends the item, cut («...», «…») when it stands
    right under the bullet, nothing after it but up
    to :data:`TAIL_LINES` short lines (a widget's heading and its tabs). A tag page showing
    its one item as a bulleted teaser (hamvatan.net's and ashkezarnews.ir's «/tag/...»): no
    article bullets its headline (:func:`_title._under_a_bulleted_item` doubts the line
    under such a bullet)."""
    count = len(lines)
    line = lines[title]
    if (
        _ROUND_BULLET.match(line.text) is None
        or line.paragraph
        or line.chrome
        or line.info.kind != "text"
        or line.words < 3
        or "://" in line.text
        or any(i not in outside for i in range(title))
    ):
        return False
    at = _past_one_short(lines, title + 1, outside)
    if at >= count or at in outside or lines[at].info.kind != "text":
        return False
    if not lines[at].paragraph and lines[at].words < LONE_TEASER_WORDS:
        return False
    if at == title + 1 and not _cut_end(lines[at]):
        return False  # «• HEADLINE» over a whole text: a bulleted headline (test_fix124)
    if any(_ROUND_BULLET.match(lines[i].text) for i in range(title + 1, at) if i not in outside):
        return False  # «• A» / «• B» over a lead: bulleted quotes or a ticker, not a kicker
    tail = [i for i in range(at + 1, count) if i not in outside]
    return len(tail) <= TAIL_LINES and all(
        not lines[i].paragraph and lines[i].words <= SECTION_HEADING_WORDS for i in tail
    )


# An item's own lines between its headline and its teaser: the headline printed again, its
# day, its kicker; at most this many (real49 #16's tag page prints all three).
ITEM_OWN_LINES = 3
# A list theme's separator line is a few marks at most («-», «----------», «* * *»).
SEPARATOR_MAX_CHARS = 20


def _separator(line: _Line) -> bool:
    """A line of marks alone, no letter and no digit («-», «———», «* * *»): a list theme's
    rule between its name and its items, or between two items. The tatweel («ـ», U+0640, a
    letter to :meth:`str.isalnum`) draws a rule too, spaced or not («ــــــــ», «ــ ــ ــ»:
    attacks57, fix171)."""
    text = line.text.strip()
    if _long_rule(text):
        return True  # a rule of one mark run any length (fix175)
    return 0 < len(text) <= SEPARATOR_MAX_CHARS and not any(
        ch.isalnum() and ch != TATWEEL for ch in text
    )


# The marks a rule is drawn with: dashes, the tatweel, «=», «*», «_» (attacks59, fix175).
_RULE_MARKS = frozenset("-–—ـ=*_")


def _long_rule(text: str) -> bool:
    """A rule of :data:`_RULE_MARKS` alone (spaces between them kept), of any length: the
    cap of :data:`SEPARATOR_MAX_CHARS` is for a line of mixed marks, a rule drawn across the
    page's width may run to 21 tatweels or 60 dashes (attacks59, fix175)."""
    return len(text) > SEPARATOR_MAX_CHARS and all(ch in _RULE_MARKS or ch == " " for ch in text)


_LIST_NAME_UNSHARED = (
    "the page is a list of one item, and the line taken as its name shares no word with the "
    "item it heads: a site's tagline or a section's name as often as the list's (a tag's "
    "name is a word of its posts)"
)


def _name_unshared(lines: Sequence[_Line], name: int, headline: int) -> bool:
    """Whether the line ``lines[name]`` taken as the name of a list of one item shares no
    content word with the item under it: its headline and the next :data:`ITEM_OWN_LINES`
    + 1 lines (its own lines and its teaser), a word of the name matching an item's word
    it begins («اسفند» in «اسفندماه», «دولت» in «دولتی»). A tag's or a category's name is a
    word of its posts (tests/pages 524, 864, 2494, 2528); a line sharing none is the site's
    tagline as often («تازه های فرهنگ و هنر» over a carpet-weaving post, tests/pages 2526;
    fix294). A name of no content word (a date's digits alone) is not judged."""
    own = _bare_words(lines[name])
    if not own:
        return False
    end = min(len(lines), headline + ITEM_OWN_LINES + 2)
    item = {word for at in range(headline, end) for word in _bare_words(lines[at])}
    return not any(word.startswith(stem) for stem in own for word in item)


# «TAG | SITE», «TAG - SITE»: two names on the line over a list's one item.
_JOINED_NAMES = regex.compile(r"\x20[|\-–—]\x20")
_LIST_NAME_JOINED = (
    "the page is a list of one item, and the line naming it joins two names («NAME | SITE»): "
    "one of them may be the site's, not the list's"
)


def _lone_item_list_name(
    lines: Sequence[_Line], title: int, outside: set[int], *, long_name: bool = False
) -> int | None:
    """The line naming a list of one item, read from the text alone (fix160), or None.

    The shape: a short name line opening the page (only the site's chrome above it), then
    the item: its headline, up to :data:`ITEM_OWN_LINES` short lines of its own (its copy,
    its day, its kicker), one teaser, and after it nothing but up to :data:`TAIL_LINES` short
    lines (a widget's heading, the next section's word, a pager, the site's name: no text
    runs on). And one of two signs of a list: the teaser cut as a list cuts it («...», «…»,
    «[…]», a read-more link run into it), or the item framed by a list theme's separator
    line, over it (past one short section word under the name) and again under its teaser.

    public-relation.ir's tag page (real52 #14): «NAME» / «-» / «SECTION» / HEADLINE /
    teaser / «-» / «SECTION». An article's page goes on under its lead (or prints its lead
    whole); an aggregator's page of one item's teaser prints no name line over it (tests/pages
    347, 529, 813, 829: the headline stays, undoubted). fix140's and fix141's rules read a
    cut teaser that ends the text; this one reads it over the site's widgets too. The name
    line is tested as :func:`_listing_name` tests the line over a list's first item; a line
    joining two names («TAG | SITE», real49 #16) is the caller's to doubt
    (:data:`_JOINED_NAMES`)."""
    count = len(lines)
    head = lines[title]
    if title == 0 or head.paragraph or head.info.kind != "text" or head.words < 3:
        return None  # (no line over the headline to name a list)
    at = title + 1
    while (
        at < count
        and at - title <= ITEM_OWN_LINES
        and at not in outside
        and not lines[at].paragraph
        and lines[at].info.kind in ("text", "date")
        and not lines[at].chrome
        and not lines[at].byline
        and lines[at].words <= HEADLINE_MAX_WORDS
        # (a teaser cut « […]» ends no sentence, so it is no paragraph: fix172)
        and not (
            lines[at].words >= LONE_TEASER_WORDS and lines[at].text.rstrip().endswith(_EXCERPT_ENDS)
        )
    ):
        at += 1
    if at >= count or at in outside:
        return None
    teaser = lines[at]
    if teaser.info.kind != "text" or teaser.chrome or teaser.words < LONE_TEASER_WORDS:
        return None
    if (cut_at := _cut_teaser_end(lines, at, outside)) is not None:
        at, teaser = cut_at, lines[cut_at]
    # Over the headline: a list theme's separator, past one short section word under it.
    top = title
    if (
        top > 1
        and top - 1 not in outside
        and lines[top - 1].words <= 2
        and not _separator(lines[top - 1])
        and _separator(lines[top - 2])
    ):
        top -= 1  # «-» / «SECTION» / HEADLINE: the item's section word under the rule
    ruled = top > 0 and _separator(lines[top - 1])
    cut = teaser.text.rstrip().endswith(_CUT_ENDS) or excerpt_with_read_more(teaser.norm)
    labelled = top > 1 and _list_label_over(lines, top - 1, outside)
    if not (ruled or cut or labelled):
        return None  # (most pages: a lead not cut, no rule over the headline)
    tail: list[int] = []
    for index in range(at + 1, count):
        if index in outside:
            continue
        below = lines[index]
        if (
            len(tail) == TAIL_LINES
            or below.paragraph
            # (a spaced rule, «ــ ــ ــ ــ ــ», is many "words" of no letter: fix172)
            or (below.words > SECTION_HEADING_WORDS and not _separator(below))
        ):
            return None  # (an article's text goes on: its first line under the lead ends it)
        tail.append(index)
    if ruled and tail and _separator(lines[tail[0]]):
        top -= 1  # the rule again under the teaser: the item framed, its teaser cut or not
    elif not (cut or labelled):
        return None
    name, rule = _listing_name(lines, top, outside, "headline", long_name=long_name)
    if rule != "listing name" or name is None:
        return None
    if labelled and name == top - 1:
        # «آرشیو تگ: NAME» / «NAME», «برچسب :» / «NAME»: the label names the line under it
        # a list's; over the label only the site's name and tagline (short lines, no text).
        return None if _text_over(lines, name - 1, outside, LISTING_NAME_WORDS) else name
    if _text_over(lines, name, outside, 0):
        return None  # text over the short line: a kicker's or a section's line, no list's name
    return name


# A teaser's paragraph lines after its first, the last cut: at most this many (fix294).
TEASER_MORE_LINES = 2


def _cut_teaser_end(lines: Sequence[_Line], first: int, outside: set[int]) -> int | None:
    """The last line of a teaser printed as a few paragraph lines, no blank line between,
    the last cut as a list cuts it («...», «…»): up to :data:`TEASER_MORE_LINES` lines under
    ``lines[first]`` (a paragraph, not cut); None when no such run ends cut. «مسئول موزه ...
    گفت: ... می‌شود.» / «وی افزود: ... بافته شده است ...» under a tag page's one headline
    (tests/pages 2528; fix294): the item's two teaser lines, cut where the list cuts it."""
    last = first
    while (
        last + 1 < len(lines)
        and last - first < TEASER_MORE_LINES
        and lines[last].paragraph
        and not lines[last].text.rstrip().endswith(_CUT_ENDS)
        and last + 1 not in outside
        and not lines[last + 1].blank_before
        and lines[last + 1].info.kind == "text"
        and not lines[last + 1].chrome
    ):
        last += 1
    if last > first and lines[last].text.rstrip().endswith(_CUT_ENDS):
        return last
    return None


def _text_over(lines: Sequence[_Line], index: int, outside: set[int], short: int) -> bool:
    """Whether a line over ``lines[index]`` is text: neither chrome, a widget, a date, a
    separator nor (when ``short``) a short line of up to ``short`` words, no paragraph."""
    return any(
        i not in outside
        and not (lines[i].chrome or lines[i].info.kind in ("widget", "date"))
        and not _separator(lines[i])
        and not (short and not lines[i].paragraph and lines[i].words <= short)
        for i in range(index)
    )


# A list's label over its name: a tag's, a category's, an archive's word (no search's, no
# writer's: their label names a query or a person over a list of many).
_LIST_NAME_LABEL = regex.compile(
    r"^(?:" + vocab.ARCHIVE_WORD_PATTERN + r"[\x20\u200c]+)?(?:برچسب|تگ|دسته)"
    r"(?:[\x20\u200c]*(?:ها|های|بندی|بندی‌ها))?[\x20\u200c]*:[\x20\u200c]*(?P<value>.*)$"
)


def _list_label_over(lines: Sequence[_Line], name: int, outside: set[int]) -> bool:
    """Whether the line right over ``lines[name]`` is a tag's or a category's label naming
    it (fix170): «برچسب :» with its value on the next line (makidam.ir's tag page, real54
    #26), or «آرشیو تگ: NAME» over NAME printed again (zibashahr.com's, real53 #23),
    «دسته‌بندی: NAME», «بایگانی دسته: NAME». The page is then the list NAME."""
    label = name - 1
    if label < 0 or label in outside or name in outside or lines[label].paragraph:
        return False
    if lines[label].words > EMPTY_LABEL_WORDS + LISTING_NAME_WORDS:
        return False
    found = _LIST_NAME_LABEL.match(lines[label].norm.strip())
    if found is None:
        return False
    value = found.group("value").strip()
    return not value or _squash(value) == _squash(lines[name].norm)
