"""Helpers for tests and benchmarks: the one supported door into the implementation.

Test suites (ours, and users' suites that check their own pipelines) and benchmarks need
a few things the public API does not offer: running the command line in-process, emptying
the memos to measure a cold start, and the normaliser that matching uses. They are here,
with a stable name, so that nothing outside the package imports a ``_``-prefixed module.

Example:
    >>> from jalali_meta.testing import run_cli
    >>> run_cli(["--version"])  # doctest: +ELLIPSIS
    jalali-meta ...
    0
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from jalali_meta import (
    _article,
    _candidates,
    _chrome,
    _dates,
    _datetimes,
    _evidence,
    _grammar,
    _header,
    _lines,
    _listing,
    _normalize,
    _patterns,
    _reading,
    _title,
    _vocab,
)
from jalali_meta._cli import main as run_cli
from jalali_meta._dates import TEHRAN
from jalali_meta._decode import MAX_HTML_ATTRIBUTES, MAX_HTML_NAMES, MAX_SELECT_OPTIONS
from jalali_meta._decode import read_source as html_source
from jalali_meta._header import is_chrome_line, is_language_switcher
from jalali_meta._markdown import (
    blank_markdown,
    looks_like_markdown,
    markdown_headings,
    may_show_markdown,
    read_front_matter,
)
from jalali_meta._normalize import normalize, to_ascii_digits
from jalali_meta._records import Article, Timestamp, is_pending
from jalali_meta._sources import url_number

# html_source(page) -> (text, what the HTML parser is given, notices): a page as parse_html
# hands it to the parser, after decoding and the bounds of docs/html.md ("Limits on hostile
# pages"); url_number(url) -> the article ID an address holds, or None.

__all__ = [
    "LINE_EVIDENCE",
    "MAX_HTML_ATTRIBUTES",
    "MAX_HTML_NAMES",
    "MAX_SELECT_OPTIONS",
    "PREFILTERS",
    "remade_verdicts",
    "remade_line_counts",
    "TEHRAN",
    "blank_markdown",
    "capitals_pair",
    "chrome_fold",
    "clear_caches",
    "counter_and_widget_words",
    "date_answers_kept",
    "date_block_pair",
    "date_first_heads",
    "date_first_words",
    "date_grammar_matches",
    "date_start_allowed",
    "date_start_pairs",
    "year_and_token_patterns",
    "twin_pairs",
    "day_line_pairs",
    "fold_pair",
    "ascii_digits_pair",
    "unsupported_notice_pair",
    "forget_date_answers",
    "forum_topic_pair",
    "fully_classified",
    "html_source",
    "is_chrome_line",
    "is_language_switcher",
    "key_first",
    "label_spellings",
    "line_date_pair",
    "line_extents",
    "looks_like_markdown",
    "markdown_headings",
    "masthead_weekday_pair",
    "memo_sizes",
    "mentions_pending",
    "normalize",
    "normalize_pair",
    "number_label_pairs",
    "parse_datetime_by_grammar",
    "read_front_matter",
    "remember_date_answers",
    "run_cli",
    "search_date",
    "to_ascii_digits",
    "url_number",
    "weekday_keys",
    "weekday_names",
]


def _forum_topic_lines(text: str) -> list[int]:
    lines, starts = _lines._lines(text)
    return _listing.forum_topic_lines(text, lines, starts)


def _forum_topic_first(text: str) -> bool:
    lines, _ = _lines._lines(text)
    return bool(lines) and _listing.forum_topic_match(lines[0]) is not None


def forum_topic_pair(text: str) -> tuple[set[int], set[int]]:
    """The indexes of the lines the forum topic's search looks at (by ``str.find`` over the
    text) and of those within its reach where the topic's tests find something: the second
    a subset of the first (tests/test_prefilters.py)."""
    lines, starts = _lines._lines(text)
    reach = min(len(lines), _listing.FORUM_TOPIC_REACH)
    found = {i for i in range(reach) if _listing.forum_topic_match(lines[i]) is not None}
    return set(_listing.forum_topic_lines(text, lines, starts)), found


def _day_line(line: _lines._Line) -> tuple[bool, bool]:
    cheap = _listing._may_name_a_day(line)
    stamp = _listing._bare_date(line)
    day = (
        stamp is not None
        and stamp.gregorian is not None
        and not isinstance(stamp.gregorian, datetime)
        and stamp.weekday is not None
    )
    return cheap, day


def _day_line_pair(text: str) -> tuple[bool, bool]:
    lines, _ = _lines._lines(text)
    return _day_line(lines[0]) if lines else (False, False)


def day_line_pairs(text: str) -> list[tuple[bool, bool]]:
    """For each date line of ``text`` (no paragraph): whether
    :func:`_listing._day_headed_posts` reads it in full (the cheap test) and whether it is
    a day line there (a bare date naming its weekday, no time); the second implies the
    first (tests/test_prefilters.py)."""
    lines, _ = _lines._lines(text)
    return [
        _day_line(line)
        for line in (lines[at] for at in range(len(lines)))
        if not line.paragraph and line.info.kind == "date"
    ]


def number_label_pairs(text: str) -> list[tuple[bool, bool]]:
    """For each line of a text as ``_lines._lines`` cuts it: the tag-page check's search for
    a number label on the line by letter, and by the one pattern (both looking behind the
    line's start, as the check searches a line in place): the two must be equal
    (tests/test_prefilters.py, speed42)."""
    lines, _ = _lines._lines(text)
    return [
        (
            _listing.number_label_raw(text, line.start, line.end),
            _listing._NUMBER_LABEL_RAW.search(text, line.start, line.end) is not None,
        )
        for line in lines
    ]


def line_extents(text: str) -> list[tuple[int, int, bool, str, int, bool]]:
    """Each line's start, end, blank-line mark, text, word count and paragraph mark as
    ``_lines._lines`` cuts the text (tests/test_prefilters.py compares them with a
    reference cut)."""
    lines, _ = _lines._lines(text)
    return [
        (line.start, line.end, line.blank_before, line.text, line.words, line.paragraph)
        for line in lines
    ]


def masthead_weekday_pair(text: str) -> tuple[bool, bool]:
    """The masthead's weekday prefilter on ``text`` normalised, and whether a date of
    ``text`` is read with its weekday (tests/test_prefilters.py, speed50)."""
    cheap, oracle = PREFILTERS["masthead weekday"]
    return cheap(text), oracle(text)


def weekday_keys() -> frozenset[str]:
    """The grammar's weekday names as it looks them up (squeezed), for the prefilter's test."""
    return frozenset(_grammar._WEEKDAYS)


def weekday_names() -> frozenset[str]:
    """The weekday names of the vocabulary as written there (Persian, English, Latin-lettered
    Persian, Arabic, Tajik)."""
    return frozenset({*_vocab.WEEKDAYS, *_vocab.ARABIC_WEEKDAYS, *_vocab.TAJIK_WEEKDAYS})


# The ten ASCII digits, each a one-character string (the empty string is no digit).
_ASCII_DIGITS = frozenset("0123456789")

PREFILTERS: dict[str, tuple[Callable[[str], bool], Callable[[str], bool]]] = {
    # The tag-page check: a number label's first word where a word starts. The first test
    # reads the text as written; the second normalises it and matches, as before.
    "number label": (
        lambda text: _listing._NUMBER_LABEL_RAW.search(text) is not None,
        lambda text: _listing._NUMBER_LABEL.search(normalize(text)) is not None,
    ),
    # speed42: the same search made by letter (_listing.number_label_raw, the call site's
    # function): equal to the one pattern's search, both ways (tests/test_prefilters.py).
    "number label, by letter": (
        lambda text: _listing.number_label_raw(text, 0, len(text)),
        lambda text: _listing._NUMBER_LABEL_RAW.search(text) is not None,
    ),
    # The same check on a line normalised already: the labels' first words (a Latin
    # label's first letters) as substrings of the normalised copy.
    "number label, normalised": (
        lambda text: _listing._may_name_number(normalize(text)),
        lambda text: _listing._NUMBER_LABEL.search(normalize(text)) is not None,
    ),
    # Title choice's cheap tests on a line (normalised, or as written for the couplet)
    # before its regex work: a login form's fields, a greeting, a reader prompt, a couplet.
    "login form": (
        _chrome._may_be_form,
        lambda norm: len(_chrome._FORM_FIELD.findall(norm)) >= _chrome.FORM_FIELDS,
    ),
    "greeting": (
        _chrome._may_greet,
        lambda norm: _chrome._GREETING.match(_chrome._NOT_LETTER.sub("", norm)) is not None,
    ),
    "reader prompt": (
        _chrome._may_prompt,
        lambda norm: bool(
            _chrome._FOLLOW_PROMPT.search(norm)
            or (
                _chrome._PROMPT_VERB.search(norm)
                and _chrome._PROMPT_ACCOUNT.search(norm)
                and _chrome._PROMPT_PLACE.search(norm)
            )
        ),
    ),
    # The «HEADLINE DATE [در وقت CLOCK]» cut (fix135): a headline's words and the date's
    # (with a clock's two more when the last word holds a colon), counted by a split in C.
    "headline and date": (
        _lines._may_end_dated,
        lambda text: _lines._headline_dated_cut(text) is not None,
    ),
    # speed39: fix132's time label opening a line (before the date's label, or printed empty
    # over its clock): a ``startswith`` of «ساعت» or «زمان» before the two patterns.
    "time label opening": (
        _header.may_open_time_label,
        lambda norm: (
            _header._date_label_after_time(norm) is not None
            or _candidates._EMPTY_TIME_LABEL.fullmatch(norm) is not None
        ),
    ),
    # speed39: fix132's and fix137's breadcrumb run into a date label: a spaced slash or an
    # arrow before the crumb mark's search.
    "crumb mark": (
        _header._may_hold_crumb,
        lambda norm: _header._CRUMB_MARK.search(norm) is not None,
    ),
    # speed39: a line opened by ``**`` (_title._strong_section_title's sections): a
    # ``startswith`` after spaces and tabs before the pattern (and the whole text's search).
    "strong line opening": (
        _title._may_open_strong,
        lambda line: _title._STRONG_OPENED.match(line) is not None,
    ),
    # speed40: fix147's headline glued to its lead's relay, looked for once over the whole
    # text (the line loop's call site calls the same function) before any line's search.
    "glued relay": (
        _lines._may_glue_relay,
        lambda text: any(
            _lines._glued_relay_cut(piece.strip(_lines._EDGES)) is not None
            for piece in text.splitlines()
            if piece.strip(_lines._EDGES)
        ),
    ),
    # speed41: fix152's Afghan Dari words, one search of a piece of each over the lines read
    # joined (``_article._dari`` calls the same function) before any line's search.
    "dari words": (
        _article._may_be_dari,
        lambda text: _article._DARI_WORDS.search(text) is not None,
    ),
    # speed42: a line printed twice around a button's label (_title._title_around_button) opens
    # its second print with its first word: a split and a search in C before the word walk.
    "printed twice": (
        _title._may_print_twice,
        lambda text: (
            _title._title_around_button(_lines._Line(text, 0, len(text), False, 0), 1) is not None
        ),
    ),
    "caption": (_lines._may_be_caption, lambda norm: _lines._CAPTION.search(norm) is not None),
    # A label in the middle of a line (with its colon): a colon with a letter before it.
    "mid label": (
        lambda norm: _header._colon_after_letter(norm, 0),
        lambda norm: _header.LABEL_MID.search(norm) is not None,
    ),
    # A counter or a widget line (classify's last two tests) holds a letter.
    "counter or widget": (
        lambda norm: any(map(str.isalpha, norm)),
        lambda norm: bool(_header.COUNTER_LINE.match(norm) or _header._widget_line(norm)),
    ),
    # A blog's list counter starts with its number.
    "list counter": (
        lambda norm: norm[:1] in _listing._COUNTER_DIGITS,
        lambda norm: _listing._LIST_COUNTER.match(norm) is not None,
    ),
    "couplet": (
        _title._may_be_couplet,
        lambda text: _title._HEMISTICHS.search(text) is not None,
    ),
    # An excerpt's read-more link run into its end opens with «...» or «…».
    "read more": (
        _evidence.may_read_more,
        lambda norm: _evidence._EXCERPT_READ_MORE.search(norm) is not None,
    ),
    # speed45: the same question asked of a line as written, before its normalised copy is
    # made (a paragraph of the body whose copy no other rule needs): the oracle normalises.
    "read more, as written": (
        _evidence.may_read_more_as_written,
        lambda text: _evidence.excerpt_with_read_more(normalize(text)),
    ),
    # speed46: a document's date label (fix231's «تاریخ بخشنامه :») looked for in every line's
    # copy: «تاریخ» asked of the line as written first (its letters' variants, marks between
    # them); the oracle normalises.
    "date word, as written": (
        _article.may_name_date_word,
        lambda text: "تاریخ" in normalize(text),
    ),
    # speed60: a counter opening with its number (a blog's month counter, fix303; its category
    # counter, _listing._blog_name_over_counter): the line as written opens with a character
    # that folds to an ASCII digit before its copy is made; the oracle normalises.
    "counter digit, as written": (
        lambda text: text[:1] in _normalize.DIGIT_SOURCES,
        lambda text: normalize(text)[:1] in _ASCII_DIGITS,
    ),
    # speed43: fix187's call to read on ending a line («... ادامه مطلب», «بیشتر بخوانید»)
    # holds «بخوانید» or «ادامه»; a <title>'s tail follows a spaced dash or bar.
    "read on": (
        _listing._may_read_on,
        lambda norm: _listing._READ_ON_END.search(norm) is not None,
    ),
    "title tail": (
        _title._may_have_title_tail,
        lambda norm: _title._TITLE_TAIL.search(norm) is not None,
    ),
    # speed44: a blog's day line (a bare date naming its weekday, no time) turned away,
    # without the grammar, when the classifier read the whole line in a quick layout with a
    # clock or without a weekday.
    "day line": (
        lambda text: _day_line_pair(text)[0],
        lambda text: _day_line_pair(text)[1],
    ),
    # A table's header row (fix28): the set test of its words before the walk of the names.
    "column header": (
        lambda norm: _chrome._may_name_columns(norm.replace("\u200c", " ").split()),
        lambda norm: _chrome._column_names_cover(norm.replace("\u200c", " ").split()),
    ),
    # A reading-time line (fix28) holds «دقیقه» in both of its forms.
    "reading time": (
        lambda norm: "دقیقه" in norm,
        lambda norm: _header.READING_TIME.match(norm) is not None,
    ),
    # The day the running text calls today: «امروز», or a Cyrillic letter («имрӯз», «сегодня»).
    "today day": (
        _evidence.may_name_today,
        lambda norm: _evidence._TODAY_DAY.search(norm) is not None,
    ),
    # A wiki page's title (title choice): each layout holds a colon or starts with a word.
    "wiki page title": (
        _chrome._may_be_wiki_chrome,
        lambda text: _chrome._WIKI_CHROME_TITLE.match(text.rstrip()) is not None,
    ),
    # A date line without its year (the header's yearless date) holds its day's number.
    "yearless date": (
        _header._may_be_yearless,
        lambda norm: _header.YEARLESS_DATE_LINE.match(norm) is not None,
    ),
    # The speed33 pass's C tests before regex-module patterns (a pattern call costs about
    # 2,000 instructions even where it fails at the first character): the words or first
    # characters the pattern opens with (after the spaces it allows), or a literal it holds.
    "part heading": (
        _evidence._may_head_part,
        lambda norm: _evidence._PART_HEADING.match(norm) is not None,
    ),
    "list count": (
        _evidence._may_count_list,
        lambda norm: _evidence._LIST_COUNT.match(norm) is not None,
    ),
    "quoted saying": (
        _evidence._may_quote,
        lambda norm: _evidence._QUOTED_SAYING.match(norm) is not None,
    ),
    "archive name": (
        lambda norm: norm.startswith(_evidence._ARCHIVE_NAME_WORDS) or "Archives" in norm,
        lambda norm: any(
            pattern.match(norm) is not None
            for pattern in (
                _evidence._ARCHIVE_TITLE,
                _evidence._ARCHIVE_TITLE_EN,
                _evidence._TAGGED_WITH,
                _evidence._TAG_SLASH,
            )
        ),
    ),
    "periodical issue": (
        lambda norm: norm.startswith(_chrome._PERIODICAL_STARTS),
        lambda norm: _chrome._PERIODICAL_ISSUE.match(norm) is not None,
    ),
    "empty byline": (
        _chrome._may_be_empty_byline,
        lambda norm: _chrome._EMPTY_BYLINE.fullmatch(norm) is not None,
    ),
    "age and views": (
        _chrome._may_be_age_and_views,
        lambda norm: _chrome._AGE_AND_VIEWS.fullmatch(norm) is not None,
    ),
    "reader notice": (
        _chrome._may_be_reader_notice,
        lambda norm: _chrome._READER_NOTICE.match(norm) is not None,
    ),
    "journal issue line": (
        lambda norm: "دوره" in norm,
        lambda norm: _header._JOURNAL_ISSUE_LINE.match(norm) is not None,
    ),
    "wiki jump links": (
        lambda norm: norm.lstrip(" ")[:1] in _header._WIKI_JUMP_FIRST,
        lambda norm: _header._WIKI_JUMP_LINKS.match(norm) is not None,
    ),
    "about label": (
        lambda norm: norm.lstrip(" ")[:1] in _header._ABOUT_FIRST,
        lambda norm: _header._ABOUT_LABEL.match(norm) is not None,
    ),
    "page label": (
        lambda norm: norm.lstrip(" ")[:1] in _title._PAGE_LABEL_FIRST,
        lambda norm: _title._PAGE_LABEL.match(norm) is not None,
    ),
    "page range": (
        lambda norm: norm.lstrip("( \u200c")[:1] in _title._PAGE_RANGE_FIRST,
        lambda norm: _title._PAGE_RANGE.match(norm) is not None,
    ),
    "tag title": (lambda norm: ":" in norm, lambda norm: _title._TAG_TITLE.match(norm) is not None),
    "author title": (
        lambda norm: ":" in norm,
        lambda norm: _title._AUTHOR_TITLE.match(norm) is not None,
    ),
    "feed tail": (
        lambda text: "feed" in text.lower() or "atom" in text.lower() or "خوراک" in text,
        lambda text: _article._FEED_TAIL.search(text) is not None,
    ),
    "title tag parts": (
        lambda text: "::" in text,
        lambda text: _article._TITLE_TAG_PARTS.search(text) is not None,
    ),
    # The speed34 pass's C tests, the same kind: a first character or word the pattern opens
    # with, or a literal (a label, a mark) it must hold.
    "enumerated": (
        _lines.may_be_enumerated,
        lambda norm: _lines._ENUMERATED.match(norm) is not None,
    ),
    "section mark": (
        _title._may_mark_section,
        lambda text: _title._SECTION_MARK.match(text) is not None,
    ),
    "lone issue": (
        lambda norm: "شماره" in norm,
        lambda norm: _header._LONE_ISSUE.fullmatch(norm) is not None,
    ),
    "short number dated": (
        lambda norm: "شماره" in norm,
        lambda norm: _header._SHORT_NUMBER_DATED.match(norm) is not None,
    ),
    "outline number": (
        lambda norm: norm[:1] in _title._OUTLINE_FIRST,
        lambda norm: bool(_title._OUTLINE_NUMBER.match(norm) or _title._OUTLINE_TOP.match(norm)),
    ),
    "latin gloss end": (
        lambda text: ")" in text,
        lambda text: _title._LATIN_GLOSS_END.search(text) is not None,
    ),
    "staff line": (
        lambda norm: ":" in norm,
        lambda norm: _title._STAFF_LINE.match(norm) is not None,
    ),
    "reply mark": (
        lambda norm: "#" in norm,
        lambda norm: _title._REPLY_MARK.search(norm) is not None,
    ),
    "place label": (
        lambda norm: norm.startswith("در"),
        lambda norm: _title._PLACE_LABEL.match(norm) is not None,
    ),
    "glued rubric": (
        _evidence._may_glue_rubric,
        lambda norm: _evidence._GLUED_RUBRIC.match(norm) is not None,
    ),
    "quoted sentence end": (
        lambda text: "." in text,
        lambda text: _lines._QUOTED_SENTENCE_END.search(text) is not None,
    ),
    "browse heading": (
        _listing._may_browse,
        lambda norm: _listing._BROWSE_HEADING.match(norm) is not None,
    ),
    "agency credit": (
        lambda text: "خبرگزاری" in text,
        lambda text: _article._AGENCY_CREDIT.match(text) is not None,
    ),
    "report opening": (
        lambda norm: norm.startswith("به"),
        lambda norm: _title._REPORT_OPENING.match(norm) is not None,
    ),
    "post footer label": (
        lambda norm: "شده" in norm,
        lambda norm: _candidates._POST_FOOTER_LABEL.match(norm) is not None,
    ),
    "grouped id": (
        lambda norm: "," in norm,
        lambda norm: _candidates._GROUPED_ID.fullmatch(norm) is not None,
    ),
    "masthead number": (
        _chrome._may_name_issue,
        lambda norm: _chrome._MASTHEAD_NUMBER.search(norm) is not None,
    ),
    "post number": (
        lambda norm: norm[:1] == "#",
        lambda norm: _chrome._POST_NUMBER.match(norm) is not None,
    ),
    # The speed35 pass's C tests (each the function the call site calls): a first letter, a
    # separator or a digit the pattern needs.
    "month line": (
        _header._may_open_with_month,
        lambda norm: bool(_header.MONTH_YEAR.match(norm) or _header.MONTH_ALONE.match(norm)),
    ),
    "day month end": (
        _header._may_end_day_month,
        lambda norm: _header.DAY_MONTH_END.search(norm) is not None,
    ),
    "short date": (
        _header._may_be_short_date,
        lambda norm: _header.SHORT_DATE.match(norm) is not None,
    ),
    "short jalali date": (
        lambda norm: _header._may_open_weekday(norm, 0),
        lambda norm: _header.SHORT_JALALI_DATE.match(norm) is not None,
    ),
    "lone number": (
        lambda norm: _reading._may_end_with_number(norm, 0, len(norm)),
        lambda norm: _reading._LONE_NUMBER.fullmatch(norm) is not None,
    ),
    # The forum topic's lines (_listing.forum_topic_lines): the first line of the text is
    # among them wherever the topic's tests find something on it.
    "forum topic line": (
        lambda text: 0 in _forum_topic_lines(text),
        _forum_topic_first,
    ),
    # speed37: the Markdown test's one-character tests (_markdown.may_show_markdown): a text
    # without «#», «*», «_», «|», «]» or «-» shows no Markdown.
    "markdown marks": (may_show_markdown, looks_like_markdown),
    # speed37: the masthead's Latin words over the header (_chrome._masthead_lines) only where
    # an «N» stands; the feed footer's English verb only where a «p» stands.
    "latin issue word": (
        lambda text: _chrome._may_name_issue_in_latin(text, 0, len(text)),
        lambda text: "No." in text or "NO." in text,
    ),
    "feed footer verb": (
        _chrome._may_print_feed_footer,
        lambda text: "پدیدار" in text or "appeared" in text,
    ),
    # speed50: the masthead's weekday test (_chrome._may_print_weekday) on the normalised
    # line, before its dates are read: a date read with its weekday passes it.
    "masthead weekday": (
        lambda text: _chrome._may_print_weekday(normalize(text)),
        lambda text: any(read.stamp.weekday is not None for read in _datetimes.iter_dates(text)),
    ),
    # The date search's first-word test (_grammar.match_around): where the date grammar
    # matches at a normalised text's start, the text's first letters may begin a date.
    "date start": (
        lambda text: _date_start_pair(normalize(text), 0)[0],
        lambda text: _date_start_pair(normalize(text), 0)[1],
    ),
}
"""Each raw-text prefilter and the normalise-then-match test it stands before: wherever
the second finds something, the first must too (tests/test_prefilters.py)."""


def _date_start_pair(norm: str, at: int) -> tuple[bool, bool]:
    if at >= len(norm):
        return True, False
    return _grammar.may_start_date(norm, at), _patterns.DATETIME.match(norm, at) is not None


def date_start_pairs(text: str) -> list[tuple[int, bool, bool]]:
    """For each position of a text's normalised copy: whether the date search's first-word
    test lets the date grammar be tried there, and whether the grammar matches there:
    wherever the second is true, the first must be (tests/test_prefilters.py)."""
    norm = normalize(text)
    return [(at, *_date_start_pair(norm, at)) for at in range(len(norm))]


def date_first_heads() -> frozenset[str]:
    """The two-letter heads the date search's first-word test looks up before its fuller test
    (_grammar.match_around): a word starting with none of them is never tried."""
    return frozenset(_grammar._FIRST_HEADS)


def date_start_allowed(norm: str, at: int) -> bool:
    """Whether the date search's first-word test lets the grammar be tried at ``at`` of a
    normalised text."""
    return _grammar.may_start_date(norm, at)


def twin_pairs(text: str) -> list[tuple[int, str | None, str | None]]:
    """For each position of a text's normalised copy (up to its end, then to halfway there): the
    twin the date reader finds after a date ending there (:func:`_grammar.twin_after`, with its
    first-word test) and the one the grammar alone finds there, as matched text: the two
    must be the same (speed55, tests/test_prefilters.py)."""
    norm = normalize(text)
    found: list[tuple[int, str | None, str | None]] = []
    for pos in range(len(norm)):
        for end in dict.fromkeys((len(norm), (pos + len(norm) + 1) // 2)):
            twin = _grammar.twin_after(norm, pos, end)
            joiner = _patterns.TWIN_JOINER.match(norm, pos, end)
            start = joiner.end() if joiner else pos
            plain = (
                None
                if start == pos and start < end and norm[start] not in " \u200c"
                else _patterns.DATETIME.match(norm, start, end)
            )
            found.append((pos, twin.group() if twin else None, plain.group() if plain else None))
    return found


def date_grammar_matches(norm: str, at: int, end: int | None = None) -> bool:
    """Whether the date grammar matches at ``at`` of a normalised text (up to ``end``)."""
    found = (
        _patterns.DATETIME.match(norm, at)
        if end is None
        else _patterns.DATETIME.match(norm, at, end)
    )
    return found is not None


def remember_date_answers() -> object:
    """Start keeping the date grammar's answers for this thread, as a parse does; returns
    the memo it replaced, for :func:`forget_date_answers`."""
    return _grammar.remember_matches()


def forget_date_answers(previous: object = None) -> None:
    """Drop this thread's kept answers and put ``previous`` (from
    :func:`remember_date_answers`) back."""
    _grammar.forget_matches(previous)  # type: ignore[arg-type]


def date_answers_kept() -> int:
    """How many date grammar answers this thread keeps now."""
    return _grammar.matches_kept()


def search_date(norm: str) -> object:
    """The date grammar's search over a normalised text (kept answers used when kept)."""
    return _grammar.search(norm)


def date_first_words() -> tuple[str, ...]:
    """Every word a date may begin with, as the date search's first-word test knows them."""
    return _patterns.DATE_FIRST_WORDS


def date_block_pair(text: str) -> tuple[bool, bool]:
    """For a line of text: whether title choice's date tests run on it (an ASCII digit in its
    normalised copy), and whether any of them would find something where any digit stands
    (the line's dates, an unread date, a clock), as before the digit test: wherever the
    second is true, the first must be (tests/test_prefilters.py)."""
    norm = normalize(text)
    reference = any(map(str.isdigit, norm)) and bool(
        any(True for _ in _datetimes.iter_dates(text))
        or _chrome._UNREAD_DATE.fullmatch(norm)
        or _chrome._UNREAD_NUMERIC_DATE.fullmatch(norm)
        or _chrome._clock(norm)
    )
    return _chrome._ascii_digit_in(norm), reference


def capitals_pair(text: str) -> tuple[bool, bool]:
    """Whether a line is all capitals as title choice tells it (stopping at the first letter
    without case), and as a list of its letters tells it: the two must be equal
    (tests/test_prefilters.py)."""
    letters = [char for char in text if char.isalpha()]
    reference = len(letters) >= 3 and all(char.isupper() for char in letters)
    return _title._all_capitals(_lines._Line(text, 0, len(text), False, 0)), reference


def key_first(text: str) -> tuple[str | None, str]:
    """The first character of a line's key as told from its first character alone (or None),
    and the key itself: the first must begin the second (tests/test_prefilters.py)."""
    return _lines._key_first(text[:1]), _lines._squash(normalize(text))


def label_spellings() -> tuple[str, ...]:
    """Every label's spelling in the vocabulary (to build test strings from)."""
    return tuple(label for labels in _vocab.LABELS.values() for label in labels)


def counter_and_widget_words() -> tuple[str, ...]:
    """The words a counter or a widget line must hold (one of them), as the classifier
    looks for them."""
    return (*_vocab.COUNTER_WORDS, *_header._WIDGET_HINTS)


def chrome_fold(text: str) -> tuple[str, str]:
    """A line folded for the chrome vocabularies as the parser folds it, and by the one
    pattern it stands for: the two must be equal (tests/test_prefilters.py)."""
    return _header._fold(text), _header._CHROME_PUNCT.sub("", text.lower())


def fold_pair(text: str) -> tuple[str, str]:
    """A text's letters and digits folded as :func:`normalize` folds them, and as one call
    back per run of foldable characters folds them: the two must be equal
    (tests/test_prefilters.py)."""
    return _normalize._fold_all(text), _normalize._FOLDED_RUN.sub(_normalize._fold, text)


def ascii_digits_pair(text: str) -> tuple[str, str]:
    """A text's Persian and Arabic-Indic digits made ASCII as :func:`to_ascii_digits` does it
    (returned as it is when it holds none, else its runs of those digits translated), and as one
    translation by the dict of those digits does it: the two must be equal
    (tests/test_prefilters.py; speed54)."""
    return to_ascii_digits(text), text.translate(_normalize._DIGITS)


def unsupported_notice_pair(norm: str) -> tuple[bool, bool]:
    """Whether a normalised line is a browser's notice of no support as
    :func:`_header.is_unsupported_notice` tells it (its three pieces looked for first), and as
    the notice's pieces, the word count and the pattern alone tell it: the two must be equal
    (tests/test_prefilters.py; speed54)."""
    reference = (
        _header.notice_hint(norm)
        and len(norm.split()) <= _header.BROWSER_NOTICE_WORDS
        and _header._UNSUPPORTED_NOTICE.search(norm.lower()) is not None
        and _header._NO_LONGER_SUPPORTS.search(norm) is None  # fix288's news of a change
    )
    return _header.is_unsupported_notice(norm), reference


def normalize_pair(text: str) -> tuple[str, str]:
    """A text normalised as :func:`normalize` does it (one scan for the foldable characters,
    the marks among them), and as a scan for marks, then the fold, do it: the two must be
    equal (tests/test_prefilters.py)."""
    reference = text
    if re.search(f"[{_normalize._MARKS}]", reference) is not None:
        reference = _normalize._MARKED_WORD.sub(_normalize._marks_last, reference)
    return _normalize.normalize(text), _normalize._fold_all(reference)


def clear_caches() -> None:
    """Empty every memo the parser keeps (header lines, label spellings, DST-steady days)."""
    _header._MEMO.clear()
    _header._LABEL_KEYS.clear()
    _dates._STEADY_DAYS.clear()


def mentions_pending(article: Article) -> bool:
    """Whether the body's dates of a parsed record are still to be found (on first access
    of ``mentions`` or ``warnings``): to check that nothing but those reads runs the scan."""
    return is_pending(article)


def memo_sizes() -> dict[str, tuple[int, int]]:
    """Return each memo's ``(entries, bound)``, to check that they stay bounded."""
    return {
        "header lines": (len(_header._MEMO), _header._MEMO_SIZE),
        "label spellings": (len(_header._LABEL_KEYS), _header._MEMO_SIZE),
        "steady days": (len(_dates._STEADY_DAYS), _dates._STEADY_DAYS_SIZE),
        # (kept during one parse only: none between two, speed42)
        "date grammar answers": (_grammar.matches_kept(), _grammar.MATCHES_KEPT),
    }


def fully_classified(text: str) -> tuple[Article, list[str]]:
    """``parse_article(text)`` and the lines the header classifier read in full meanwhile.

    In order, normalised; a line the memo remembers is not read again (see
    :func:`clear_caches`). To check that a rule asks about the lines it needs, not every
    line of the page. Not thread-safe: it swaps the classifier while the text is parsed.
    """
    seen: list[str] = []
    original = _header._classify

    def reading(norm: str, has_digit: bool) -> _header.LineInfo:
        seen.append(norm)
        return original(norm, has_digit)

    _header._classify = reading
    try:
        article = _article.parse_article(text)
    finally:
        _header._classify = original
    return article, seen


def remade_verdicts(text: str, walks: int = 2) -> list[tuple[object, object]]:
    """The classifier's verdict of each line of ``text`` as a line object made again by the
    lazy line table gives it (after ``walks`` walks over every line, so that lines past
    ``EAGER_LINES`` are made again from the verdicts kept), each beside ``classify`` of the
    line's normalised text made afresh. A verdict's date match is given as its type, string,
    span and groups (a match compares by identity). To check that a verdict kept without its
    date match (speed53) is the verdict the classifier gives."""

    def plain(info: _header.LineInfo) -> object:
        date = info.date
        shown = None if date is None else (type(date), date.string, date.span(), date.groups())
        return (*info[:-1], shown)

    lines, _starts = _lines._lines(text)
    for _ in range(walks):
        for line in lines:
            _ = line.info
    return [(plain(line.info), plain(_header.classify(line.norm))) for line in lines]


_LineCounts = tuple[int, int, str, int, bool]


def remade_line_counts(text: str, walks: int = 2) -> list[tuple[_LineCounts, _LineCounts]]:
    """Each line of ``text`` as the lazy line table gives it after ``walks`` walks over
    every line (lines past ``EAGER_LINES`` made again, speed56/speed57), as its extent, word
    count and paragraph test, beside the same of a line object made afresh on the same
    extent. To check that the word count and paragraph test a line made again gets back are
    the ones its text gives."""
    lines, _starts = _lines._lines(text)
    for _ in range(walks):
        for line in lines:
            _ = line.words
    pairs: list[tuple[_LineCounts, _LineCounts]] = []
    for line in lines:
        fresh = _lines._Line(line._doc, line.start, line.end, line.blank_before, line.index)
        pairs.append(
            (
                (line.start, line.end, line.text, line.words, line.paragraph),
                (fresh.start, fresh.end, fresh.text, fresh.words, fresh.paragraph),
            )
        )
    return pairs


def parse_datetime_by_grammar(text: str) -> Timestamp:
    """``parse_datetime`` without its quick reader for common layouts: the grammar alone.

    The oracle of tests/test_quick_reader.py: both must give the same Timestamp or error.
    """
    return _datetimes._parse_datetime(text, quick=False)


def line_date_pair(text: str, base: int = 0) -> tuple[object, object] | None:
    """For a line the header classifier would search for a date (one with a year), the
    grammar's first match and the quick reader's stand-in, each as its span, its parts read
    at ``base`` and its zodiac month (``captures("ma")``, which the stand-in answers without
    the grammar); None when the quick reader does not answer for the whole line.

    The oracle of tests/test_line_date.py: both must be the same.
    """
    norm = normalize(text)
    if _patterns.YEAR_CORE.search(norm) is None:
        return None
    quick = _grammar.line_date(norm)
    if not isinstance(quick, _grammar.QuickDate):
        return None
    found = _grammar.search(norm)
    grammar = (
        None if found is None else (found.span(), _grammar.read(found, base), found.captures("ma"))
    )
    return grammar, (quick.span(), _grammar.read(quick, base), quick.captures("ma"))


def _glued_copies(text: str) -> dict[int, str]:
    lines, _ = _lines._lines(text)
    return _title._section_glued_copies(lines, range(len(lines)))


LINE_EVIDENCE: dict[str, Callable[[str], object]] = {
    # Each takes a line normalised by :func:`normalize` (``archive name``: as written).
    "part heading": _evidence.part_heading,
    "archive name": _evidence.archive_name,
    "list control": _evidence.list_control,
    "list count": _evidence.list_count,
    "quoted saying": _evidence.quoted_saying,
    "today weekdays": _evidence.today_weekdays,
    "today days": _evidence.today_days,
    "day and month": _evidence.day_and_month,
    "glued breadcrumb end": _evidence.glued_breadcrumb_end,
    "chrome line": _header.is_chrome_line,
    "language switcher": _header.is_language_switcher,
    "named days": _evidence.named_days,
    # A whole text: the indexes of lines printing the line above again with a section's
    # name glued on, each with that line's key.
    "section glued copies": _glued_copies,
}
"""The line predicates of the title and list rules (tests/test_page_kind_rules.py), by name."""


def year_and_token_patterns() -> dict[str, object]:
    """The grammar's year finder (``YEAR_CORE``) and word-start finder (``_TOKEN_START``), by
    name: tests/test_speed58.py compares their matches with their former spellings'."""
    return {"YEAR_CORE": _patterns.YEAR_CORE, "_TOKEN_START": _grammar._TOKEN_START}
