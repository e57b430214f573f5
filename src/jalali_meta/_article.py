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

The rules the steps call live in modules of their own, each importing only the ones before
it: :mod:`~jalali_meta._lines` (the line model and line shapes),
:mod:`~jalali_meta._reading` (reading one date by the page's rules),
:mod:`~jalali_meta._chrome` (page chrome: menus, banners, clocks, prompts),
:mod:`~jalali_meta._listing` (list, tag and archive pages and the address),
:mod:`~jalali_meta._title` (title scoring and title doubts), :mod:`~jalali_meta._candidates`
(header, footer and address lines into candidates). This module keeps the pipeline: locating
the body, resolution and assembly.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from array import array
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Literal
from urllib.parse import parse_qsl, urlsplit

import attrs
import regex

from jalali_meta import _vocab as vocab
from jalali_meta._candidates import (
    LATE_HEADER_LINES,
    _banners_over_a_date,
    _date_candidate,
    _footer_code_or_address,
    _inline_link_in_body,
    _late_header,
    _lead_dateline,
    _outside_url_month,
    _time_above,
    _time_before,
    _time_below,
    _today_dateline,
    _url_candidates,
    _walk,
    _widget_spread,
)
from jalali_meta._chrome import (
    _LINK_ALONE,
    _TAIL_SEPARATOR,
    LABEL_REACH_ABOVE,
    PAGER_TRAIL_WORDS,
    _afghan_masthead,
    _ascii_digit_in,
    _banner_over_ticker,
    _bids_reader,
    _browser_notices,
    _daily_boxes,
    _ends_menu,
    _feed_footer,
    _host_name_lines,
    _institution,
    _invitation,
    _masthead,
    _masthead_lines,
    _masthead_twice,
    _name_and_slogan,
    _pager_trail,
    _pashto_institution,
    _reader_prompt,
    _saying_over_banner,
    _site_name_tail,
    _site_self_name,
    _site_stamps,
    _tag_news_pairs,
    _wiki_chrome_name,
    _wiki_name_tail,
    _wiki_site_sub,
)
from jalali_meta._dates import (
    KABUL,
    as_day,
    gregorian_to_jalali,
    in_zone,
    month_law_doubt,
    named_zone,
    on_clock,
    with_clock,
    zone_named,
)
from jalali_meta._datetimes import before, iter_dates, read_match, require_text
from jalali_meta._errors import DateError, position
from jalali_meta._evidence import (
    beta_badge_end,
    date_heading,
    excerpt_with_read_more,
    follow_line_end,
    glued_rubric_end,
    home_breadcrumb,
    host_named_part,
    host_spells,
    host_spells_before_place,
    kurdish_name_over_persian,
    list_count,
    month_post_count,
    named_days,
    read_more_date,
    read_more_date_end,
    today_days,
    today_weekdays,
)
from jalali_meta._grammar import forget_matches, remember_matches, search, squeeze
from jalali_meta._header import (
    COUNTER_LINE,
    UI_LINE,
    classify,
    fits_next_line,
    is_byline,
    is_related_heading,
    is_section_end,
    is_template_credit,
    weather_reading,
    yearless_date_line,
)
from jalali_meta._lines import (
    _KICKER_ENDS,
    _STRIP,
    HEADLINE_MAX_WORDS,
    PARAGRAPH_WORDS,
    Hints,
    _apart,
    _content_words,
    _double_spaced,
    _headline_over_lead,
    _item_header_line,
    _item_time_line,
    _Line,
    _lines,
    _restates,
    _squash,
    _State,
    _verb_end,
)
from jalali_meta._listing import (
    _CLAUSE_MARKS,
    _CUT_ENDS,
    _HOME_PAGE_NO_NAME,
    _HOME_PAGE_TEASER,
    _JOINED_NAMES,
    _KICKER_LABELS,
    _LIST_ADDRESS_FIRST,
    _LIST_ADDRESS_ONE_EXCERPT,
    _LIST_BLOG_ARCHIVE_FIRST,
    _LIST_COUNTED_FIRST,
    _LIST_DATED_ITEMS,
    _LIST_DATELINE_REPORTS,
    _LIST_DAY_ARCHIVE_CUT,
    _LIST_DAY_ARCHIVE_FIRST,
    _LIST_DAY_LABEL_FIRST,
    _LIST_DAY_POSTS,
    _LIST_EXCERPTS_FIRST,
    _LIST_EXCERPTS_NO_NAME,
    _LIST_FRONT_PAGE_ITEMS,
    _LIST_IDS_FIRST,
    _LIST_KICKER_TEASERS,
    _LIST_LABEL_UNNAMED,
    _LIST_MENU_LABEL,
    _LIST_MONTH_COUNTED,
    _LIST_NAME_JOINED,
    _LIST_NAME_UNSHARED,
    _LIST_ONE_EXCERPT,
    _LIST_PAGER_FIRST,
    _LIST_PERIOD_UNNAMED,
    _LIST_PLAIN_NO_NAME,
    _LIST_POST_FOOTERS,
    _LIST_SITE_TAGLINE,
    _LIST_TICKER_ITEMS,
    _LIST_TWICE_HEADED,
    _LIST_UNDATED_ITEMS,
    _NUMBERED_FIRST_ITEM,
    _OUTLET_DOUBT,
    _OVER_CUT_EXCERPTS,
    _SECTION_NAME_DOUBTS,
    _UNDER_BULLETED_ITEM,
    _UNNAMED_LIST_DOUBTS,
    BODY_GAP,
    CUT_TEASERS,
    MENU_ENTRY_WORDS,
    POST_STAMP_REACH,
    SLUG_HEADLINE_WORDS,
    _address,
    _archive_line_near,
    _bare_label_above,
    _bare_teaser_date,
    _blog_name_over_counter,
    _browsed_name,
    _bulleted_copy_above,
    _bulleted_lone_item,
    _bulleted_run_on_top,
    _collection_above,
    _credited_below,
    _cut_excerpts_under,
    _cut_teaser_pair,
    _cut_teasers,
    _dated_next_to,
    _dated_posts_doubt,
    _dated_slug_disowns,
    _dated_stories,
    _dateline_reports,
    _day_headed_posts,
    _day_label_posts,
    _doubt_as_a_list,
    _excerpt_ends_text,
    _excerpt_then_items,
    _excerpts,
    _excerpts_further,
    _finglish_slug_spells_below,
    _forum_thread_page,
    _forum_topic,
    _front_page_items,
    _item_address,
    _items_below,
    _items_doubt,
    _kicker_teasers,
    _label_heads_list,
    _labelled_stamped_items,
    _labelled_title,
    _list_label_over,
    _list_name_doubt,
    _list_shape_doubt,
    _listing,
    _listing_name,
    _lone_cut_text_under,
    _lone_item_list_name,
    _lone_teaser_under,
    _menu_label_again,
    _menu_labels,
    _name_under_list_count,
    _name_unshared,
    _names_the_address,
    _one_full_post,
    _other_headlines_under_copies,
    _other_slug_line,
    _outlet_named,
    _plain_items,
    _post_footers,
    _post_text_between,
    _read_more,
    _slug_at_length_limit,
    _slug_disowns,
    _slug_spells,
    _slug_spells_below,
    _tag_label_over_excerpt,
    _teaser_closed_by_its_title,
    _teasers_without_text,
    _ticker_items_below,
    _ticker_on_top,
    _twice_headed_items,
    _undated_items,
    _url_listing_name,
    date_front_month,
    headline_over_label_row,
    home_address,
    list_heading_on_top,
    one_item_id,
    tags_list_under_name,
)
from jalali_meta._markdown import (
    blank_markdown,
    blank_printed_breaks,
    home_heading_names,
    looks_like_markdown,
    markdown_headings,
    post_title_heading,
    read_front_matter,
)
from jalali_meta._normalize import (
    DIGIT_SOURCES,
    ZWNJ,
    normalize,
    raw_spelling,
    to_ascii_digits,
)
from jalali_meta._patterns import (
    DOCUMENT_DATE_LABEL_TEXT,
    LETTER_DATE_LINE,
    LETTER_NUMBER_CODE,
    LETTER_NUMBER_LINE,
    LETTER_NUMBER_LONG_WORD,
    SECTION_LABEL_NAME_TEXT,
)
from jalali_meta._plausible import apply_reference
from jalali_meta._reading import (
    _is_day,
    _read_date,
    _read_match,
    _written_in_tajik,
    _written_in_urdu,
    clock_order_doubt,
)
from jalali_meta._records import (
    Article,
    Field,
    FieldName,
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
    POST_TITLE,
    Candidate,
    Choice,
    resolve_date,
    resolve_number,
    resolve_text,
    resolve_title,
)
from jalali_meta._sources import (
    _hostname,
    edition_clock,
    platform_front_page,
    site_clock,
    url_month,
    url_number,
)
from jalali_meta._title import (
    _CAPTION_DOUBT,
    _CUT_NAME_OVER_TAGLINE,
    _HEADER_KINDS,
    _HEADER_TWICE,
    _INSTITUTION_ALONE,
    _INVOCATION_COUPLET,
    _NEARLY_SAME,
    _OBJECT_MARK,
    _REPORT_OPENING,
    _SECTION_OVER_RELAY,
    _SENTENCE_END,
    _SITE_NAME_NO_HEADLINE,
    _TITLE_TAG_REPEATED,
    BUTTON_LABEL_WORDS,
    CUT_KEY_CHARS,
    IRANIAN_AGENCY_NAMES,
    LEAD_REACH,
    _archive_title,
    _bracket_dated_heading,
    _bracket_short_dated_title,
    _bulleted_headline,
    _capital_items,
    _centred_continuation,
    _choose_title,
    _chrome_crumb_over_lead,
    _clause_after_slash,
    _clean_print_below,
    _continued_below,
    _crumb_over_its_tail,
    _crumbed_headline_start,
    _cut_before_verb,
    _cut_copy_over_whole,
    _date_opened_title,
    _dated_copy_under,
    _dated_title,
    _decorated,
    _doubled_title,
    _epigraph_first,
    _exclaimed_headline,
    _field_label_above,
    _glued_bracket,
    _glued_breadcrumb_title,
    _glued_lead_start,
    _glued_rest_letters,
    _head_over_wrapped,
    _heading_over_dated,
    _headline_over_question_subtitle,
    _headline_printed_twice,
    _headline_restated_below,
    _headline_run_into_report,
    _headline_twice_below,
    _icon_labels_end,
    _latin_over_persian,
    _latin_place_line,
    _listing_heading,
    _lone_lead_under,
    _lone_sentence,
    _lone_sentence_title,
    _long_headline,
    _markup_debris,
    _meta_row_field,
    _name_under_dateline,
    _new_badge_end,
    _opens_with_object_mark,
    _over_own_excerpt,
    _over_sort_control,
    _page_name_over_heading,
    _place_label_opening,
    _post_runs_on,
    _printed_twice_above,
    _question_under_name_bar,
    _quoted_headline,
    _repeated_lead_start,
    _restated_apart,
    _rubric_named,
    _run_on_line,
    _section_line,
    _section_slash_headline,
    _section_tail_end,
    _site_dated_title,
    _slash_trail_start,
    _slug_glued_headline_end,
    _stamp_opened_title,
    _starred_note_start,
    _stopped_headline_over_date,
    _tags_heading,
    _tajik_author_line,
    _title_around_button,
    _twice_glued_opening,
    _under_a_bulleted_item,
    _verb_tail_under,
    _verse_under_its_name,
    _whole_above_part,
    _whole_over_halves,
    _wrapped_mid_sentence,
    _wrapped_sentences,
    _wrapped_set_apart,
    dashed_name_and_slogans,
    digit_twin_title,
    title_doubts,
    value_field,
    writer_heading,
)

log = logging.getLogger("jalali_meta")


__all__ = ["Hints", "parse_article", "parse_text"]
_DATED_ID = regex.compile(r"^(1[34][0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3,}$")
_TAG_SPLIT = regex.compile(r"[,،|;؛#]+|\x20{2,}|\n")
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
# A pictographic marker a channel or a template prints before or after a headline («🔴
# HEADLINE؛», «▪️HEADLINE», «📌», «✅», «⭕️», «🔖»; a county governorate's Telegram-style post,
# piranshahr-ag.ir, real53 #11; fix163): an emoji (its variation selector, skin tone, joiner
# and tag parts too), a keycap («1️⃣»), a flag's letters, a geometric bullet («▪ ■ ● ►»), a
# star or a check mark. No letter, digit or punctuation of the headline: ©, ®, ™, ‼ and ⁉
# (emoji by Unicode's table) belong to a name or close a sentence, and stay.
_TITLE_MARK = regex.compile(
    r"""
    [0-9#*]\uFE0F?\u20E3                                  # a keycap: «1️⃣»
    | (?![\u00A9\u00AE\u2122\u203C\u2049\u3030\u303D])\p{Extended_Pictographic}
    | [\u25A0-\u25FF\u2605\u2606\u2713\u2756]           # geometric bullets, stars, ✓ ❖
    | [\uFE0E\uFE0F\u200D\u20E3\U0001F3FB-\U0001F3FF\U0001F1E6-\U0001F1FF\U000E0020-\U000E007F]
    """,
    regex.VERBOSE,
)
# What a :data:`_TITLE_MARK` may open or close with below U+2000 (every other marker is past
# it): a keycap's «#», «*» and ASCII digit. A ``str`` test before the pattern.
_KEYCAP_BASES = "#*0123456789"
# A keycap closing a title («... 1️⃣»): its digit goes with its mark.
_KEYCAP_END = regex.compile(r"[0-9#*]\uFE0F?\u20E3$")


def _unmarked(doc: str, start: int, end: int) -> tuple[int, int]:
    """``doc[start:end]`` without the pictographic markers (:data:`_TITLE_MARK`) and the
    spaces around them at either edge; unchanged when nothing but markers is left."""
    head, tail = start, end
    while head < tail:
        if doc[head] in _TITLE_EDGES:
            head += 1
        elif (mark := _TITLE_MARK.match(doc, head, tail)) is not None:
            head = mark.end()
        else:
            break
    while tail > head:
        if doc[tail - 1] in _TITLE_EDGES:
            tail -= 1
        elif (cap := _KEYCAP_END.search(doc, max(head, tail - 3), tail)) is not None:
            tail = cap.start()
        elif _TITLE_MARK.match(doc, tail - 1, tail) is not None:
            tail -= 1
        else:
            break
    return (head, tail) if head < tail else (start, end)


# A list item's dash before a headline (a hyphen or an en dash, a space after it).
_LIST_DASHES = frozenset("-\u2013")
# A breadcrumb's arrows left before a headline when the crumbs' names were lost: a run of
# two or more «»», «›» or «>», each set apart by spaces («» » » HEADLINE»).
_CRUMB_ARROWS = frozenset("»›>")
_CRUMB_ARROW_RUN = re.compile(r"(?:[»›>][\x20\u200c]+){2,}")
# A Markdown strong marker's stars around a headline, with the spaces beside them.
_STRONG_EDGES = frozenset("* ")
# A date fault in the body is a note about a mention, under a code of its own.
_MENTION_CODES: dict[str, WarningCode] = {
    "weekday-mismatch": "mention-weekday-mismatch",
    "twin-mismatch": "mention-twin-mismatch",
    "twin-invalid": "mention-twin-invalid",
    "hijri-mismatch": "mention-hijri-mismatch",
}


def _inside_printed_title_tag(
    lines: Sequence[_Line], title: _Line, titles: Sequence[tuple[str, str]]
) -> bool:
    """Whether the page's <title> headline part (``titles``' «title tag») holds ``title``'s
    words whole and more, and a line under ``title`` prints that part: the pick is a name
    the page's headline repeats. Looks at each line under ``title`` once."""
    words = title.norm.split()
    if not words:
        return False
    mine = f" {' '.join(words)} "
    tags = {
        _squash(normalize(text))
        for text, rule in titles
        if rule == "title tag"
        and len(normalize(text).split()) > len(words)
        and mine in f" {' '.join(normalize(text).split())} "
    }
    return bool(tags) and any(_squash(line.norm) in tags for line in lines[title.index + 1 :])


def _agreeing_sources(line: _Line, titles: Sequence[tuple[str, str]]) -> set[str]:
    """The rules of the machine title sources (:attr:`Hints.titles`) whose text is the
    line's, spaces and zero-width non-joiners aside."""
    key = _squash(line.norm)
    return {rule for text, rule in titles if _squash(normalize(text)) == key}


# -- 2. Locating the article -------------------------------------------------------------


# How far under the title its paragraph is looked for (:func:`_paragraph_below`).
PARAGRAPH_BELOW_LINES = 3


def _paragraph_below(lines: Sequence[_Line], index: int) -> _Line | None:
    """The first paragraph within :data:`PARAGRAPH_BELOW_LINES` lines under ``index``."""
    for line in lines[index + 1 : index + 1 + PARAGRAPH_BELOW_LINES]:
        if line.paragraph:
            return line
    return None


# Lines under a page's first line searched for the headline of the one item it names.
LONE_ITEM_HEAD_REACH = 3


def _lone_item_head(lines: Sequence[_Line], first: int, outside: set[int]) -> int | None:
    """The headline under the page's first line when that line names a list of one item
    (:func:`_lone_item_named_by`), else None. The caller stands at an item's address: a
    first line as long as a headline counts too («اخبار فرهنگ و هنر شهرستان دشتستان استان
    بوشهر», a section's line of eight words over the item, fix189)."""
    for head in range(first + 1, min(len(lines), first + 1 + LONE_ITEM_HEAD_REACH)):
        if (
            head not in outside
            and _lone_item_list_name(lines, head, outside, long_name=True) == first
        ):
            return head
    return None


def _lone_item_named_by(lines: Sequence[_Line], first: int, outside: set[int]) -> int | None:
    """``first`` when the page's first line names a list of one item whose headline is
    among the next :data:`LONE_ITEM_HEAD_REACH` lines (:func:`_listing._lone_item_list_name`
    read from that headline), else None (fix172)."""
    for head in range(first + 1, min(len(lines), first + 1 + LONE_ITEM_HEAD_REACH)):
        if head not in outside and _lone_item_list_name(lines, head, outside) == first:
            return first
    return None


def _body_anchor(lines: Sequence[_Line], outside: set[int]) -> int | None:
    """The first paragraph followed closely by another, else the first paragraph, else None.

    Excerpts cut with «...» (a sidebar of the latest items above the article) start the
    body only when no run of whole paragraphs follows them.
    """
    found, paired = _anchor_from(lines, outside, 0)
    if found is not None and (crumbed := _headline_under_crumb(lines, outside, found)) is not None:
        return crumbed
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
    if found is not None and paired and _quoted_twice_under_header(lines, found):
        # HEADLINE / DATE / a lead cut with «...» / VERSE / «... خواند.» / VERSE: the cut lead
        # is the article's, the verse quoted twice in its body (fix180).
        return found
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


# A breadcrumb's separators: «اخبار > HEADLINE», «خانه >> اخبار >> HEADLINE».
_CRUMB_SPLIT = regex.compile(r">>|\x20>\x20")
# How far under a breadcrumb the headline it ends with may stand (in lines): its print and
# send links and its kicker between them.
CRUMB_HEADLINE_REACH = 4


def _headline_under_crumb(lines: Sequence[_Line], outside: set[int], found: int) -> int | None:
    """The paragraph under a headline that a breadcrumb below the first paragraph ``found``
    ends with: «اخبار > HEADLINE» (or the crumb with the page's print links run on after it,
    as html2text keeps a layout table's row), then within :data:`CRUMB_HEADLINE_REACH` lines
    HEADLINE alone, the paragraph right under it. A page's breadcrumb names the page's own
    item and stands over its header; the paragraph above it is the site's (a motto or a
    saying in its top box, ashayer-ilam.ir's ASP.NET portal, tests/pages 1885), not the
    article's running text."""
    count = len(lines)
    last = min(count, found + 1 + HEADED_REACH)
    if (
        last <= found + 1
        or lines[found]._doc.find(">", lines[found + 1].start, lines[last - 1].end) < 0
    ):
        return None  # (most pages print no «>» there: one search in C first)
    for crumb in range(found + 1, last):
        if ">" not in lines[crumb].text or crumb in outside:
            continue
        parts = _CRUMB_SPLIT.split(lines[crumb].norm)
        if len(parts) < 2:
            continue
        tails = [_squash(part) for part in parts[1:]]
        for index in range(crumb + 1, min(count - 1, crumb + 1 + CRUMB_HEADLINE_REACH)):
            line = lines[index]
            if (
                index not in outside
                and index + 1 not in outside
                and not line.paragraph
                and lines[index + 1].paragraph
                and lines[index + 1].info.kind == "text"
                and len(line.key) >= CUT_KEY_CHARS
                and any(tail.startswith(line.key) for tail in tails)
                and _headline_over_lead(lines, index, HEADLINE_MAX_WORDS)
            ):
                return index + 1
    return None


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
            if is_related_heading(lines[index].norm):
                # «مطالب مرتبط» under the first paragraph: the headlines and dates under it
                # are the related box's items, the paragraph the article's (fix228).
                return None
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


# Content words a lead shares with the headline over it at least (:func:`_lead_under_header`).
LEAD_HEADLINE_SHARED = 2


def _lead_under_header(lines: Sequence[_Line], index: int) -> bool:
    """Whether the paragraph ``lines[index]`` is the lead under the article's header block: a
    headline-shaped line and the item's date line right above it, either first («HEADLINE» /
    «DATE» / lead; Blogger's «DATE» / «HEADLINE» / lead), the paragraph whole (no teaser cut
    with «...») and sharing :data:`LEAD_HEADLINE_SHARED` content words or more with that
    headline. The article has started there: a line printed twice under the lead is quoted
    in the running text (a verse a post quotes two or three times between its paragraphs,
    attacks55), not a headline printed twice that marks a later start. The teaser over the
    article that :func:`_headline_twice_below` passes over stands under no date line (a
    site's name over its description, tests/pages 177: the description may open with the
    name, so the words shared alone do not tell a lead). Nor is a paragraph opening with the
    whole headline-shaped line a lead when that line has no verb: «خانه هنر محله نارمک» /
    «سه‌شنبه ۱۲ دی ۱۴۰۲» / «خانه هنر محله نارمک هر فصل ...» is a site's name, its date
    banner and its description (attacks57, fix171). A headline with its verb may open its lead
    whole and go on («HEADLINE و به گفته ...», attacks59, fix175): that is the lead."""
    if index < 2 or lines[index].text.endswith(("...", "…")):
        return False
    for dated, headline in ((index - 1, index - 2), (index - 2, index - 1)):
        if _headed_block(lines, dated, headline, labelled=True):
            if lines[index].norm.startswith(lines[headline].norm + " ") and not _verb_end(
                lines[headline]
            ):
                # The paragraph opens with the whole line, a name with no verb: a site's name
                # and its description (a headline with its verb opening its lead keeps it).
                return False
            shared = _content_words(lines[headline]) & _content_words(lines[index])
            return len(shared) >= LEAD_HEADLINE_SHARED
    return False


# The marks an intro line to a quotation may end with («... خواند.», «... خواند:»).
_INTRO_ENDS = frozenset(".!؟?:")


def _quoted_twice_under_header(lines: Sequence[_Line], index: int) -> bool:
    """Whether the paragraph ``lines[index]``, cut with «...», stands under the article's
    header block (a headline-shaped line and the item's date line right above it, either
    first) and the first line printed twice under it has one line between its copies
    that ends a sentence, whatever mark ends it («... خواند.» or «...
    خواند:»): a verse the body quotes twice around its intro line, not a headline printed
    twice that marks a later start (attacks60, fix180; fix173 took only the colon), no blank
    line from the lead to the second copy (a sidebar's cut teaser under its own dated
    headline, over another item's headline printed twice around its summary, sets them apart
    by blank lines: fix161's and fix173's near misses). A whole
    paragraph there is :func:`_lead_under_header`'s to judge (a site's description opening
    with its name over a headline printed twice around its summary, attacks57)."""
    if (
        index < 2
        or not _cut(lines, index)
        or not any(
            _headed_block(lines, dated, headline, labelled=True)
            for dated, headline in ((index - 1, index - 2), (index - 2, index - 1))
        )
    ):
        return False
    count = len(lines)
    for near in range(index + 1, min(count - 2, index + 1 + BODY_GAP)):
        line = lines[near]
        if line.paragraph:
            return False
        if line.info.kind != "text" or not 3 <= line.words <= HEADLINE_MAX_WORDS:
            continue
        if lines[near + 2].key == line.key:
            between = lines[near + 1]
            return (
                between.info.kind == "text"
                and between.text.rstrip()[-1:] in _INTRO_ENDS
                # one block of running text with the lead: a sidebar's teaser and another
                # item's headline printed twice are set apart by blank lines (fix161)
                and not any(lines[at].blank_before for at in range(index + 1, near + 3))
            )
    return False


def _headed_block(
    lines: Sequence[_Line], dated: int, headline: int, *, labelled: bool = False
) -> bool:
    """Whether ``lines[dated]`` is a date line and ``lines[headline]`` a headline-shaped
    line (the two lines of a header block over a paragraph). With ``labelled`` the date line
    may carry its label («تاریخ انتشار: ۱۲ دی ۱۴۰۲ - ۱۰:۱۵», a forum's «ارسال شده در ...»:
    fix171), or be the item's labels line, its code and views with the date bare or absent
    («کد خبر: ۴۵۶۷۱ | بازدید: ۱۲۰ | ۲۰ آذر ۱۴۰۲»: :func:`_item_header_line`, fix182)."""
    return (
        (
            lines[dated].info.kind in ("date", "mixed")
            or (
                labelled
                and (
                    _item_header_line(lines[dated])
                    or (dated == headline + 1 and _item_time_line(lines[dated]))
                )
            )
        )
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
            or (
                _headline_twice_below(lines, index)
                and not _lead_under_header(lines, index)
                and not _quoted_twice_under_header(lines, index)
            )
            or _long_headline(lines, index)
            or _quoted_headline(lines, index)
            or (
                (">>" in line.text or " > " in line.text)  # a breadcrumb, the headline glued
                and not _breadcrumb_over_paragraph(line)  # to it («... > ... : ...»)
            )
            or _headline_printed_twice(lines, index)
            or _exclaimed_headline(lines, index)
            or _stopped_headline_over_date(lines, index)
            or _headline_over_question_subtitle(lines, index)
            or _question_under_name_bar(lines, index, outside)
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


# A news agency credited before the headline: «خبرگزاری فارس: », «خبرگزاری جمهوری اسلامی :»
# (the word, a name of one to three words, a colon).
_AGENCY_CREDIT = regex.compile(
    r"^[\x20\u200c]*خبرگزاری(?:[\x20\u200c]+[\p{L}\p{M}]+){1,3}[\x20\u200c]*:[\x20\u200c]*"
)
# Words a headline after such a credit has at least (a kicker's tail is shorter).
_CREDITED_WORDS = 3
# A separator opening the title's line, «/ HEADLINE»: an HTML page's «<span>DATE</span> /
# <span>HEADLINE</span>» whose date box is a line of its own (nurobod.tj, tests/pages 1655);
# no headline opens with a slash or a bar.
_LEADING_SEPARATOR = re.compile(r"[/|][\x20\u200c]+")
# A vBulletin post icon's alt text glued before the post's title: «Icon90 TITLE» (the
# theme's «<img alt="Icon90"> <strong>TITLE</strong>», sport.harferooz.com, tests/pages
# 2396): «Icon» and the icon's number, then the title in Arabic script; no headline opens
# with a Latin word glued to a number before a Persian one (fix258).
_POST_ICON_ALT = re.compile(r"Icon[0-9]{1,3}\x20+(?=[\u0600-\u06ff])")
# A label before the headline on its line: «خبر : HEADLINE - SITE» (a news site's stored
# <title>, espadnews.ir, tests/pages 1580), «عنوان : HEADLINE» (a print view's title row);
# with its colon only («خبر خوش: ...», «عنوان شغلی» are words of a headline).
# Words a headline after such a label has at least (a print view's «عنوان : سدهای لبریز»: two,
# as the title row's label takes; one word is no headline).
_LABELLED_WORDS = 2
_LABEL_ROW_UNDER_HEADLINE = (
    "it is a labelled row («عنوان : ...») under a headline of the page's own: one of the "
    "record's fields, perhaps"
)
_HEADLINE_LABEL = regex.compile(
    r"^[\x20\u200c]*(?:خبر|عنوان(?:[\x20\u200c]+(?:خبر|مطلب))?)[\x20]*:[\x20\u200c]*"
)


# A section's list name before the headline on its line, then a colon: «اخبار پایگاه :
# HEADLINE» (zeinalislab.ir, tests/pages 2319). The name is a word of
# :data:`vocab.SECTION_LABEL_WORDS` and at most SECTION_LABEL_MORE_WORDS more words, no
# digit and no mark; the headline after it has at least SECTION_LABELLED_WORDS words.
SECTION_LABEL_MORE_WORDS = 2
SECTION_LABELLED_WORDS = 3
_SECTION_LABEL = regex.compile(
    r"^[\x20\u200c]*(?:"
    + SECTION_LABEL_NAME_TEXT
    + r")(?:[\x20\u200c]+[\p{L}\p{M}\u200c]+){0,"
    + str(SECTION_LABEL_MORE_WORDS)
    + r"}[\x20]*:[\x20\u200c]*"
)
_SECTION_LABEL_DOUBT = (
    "it follows a list's name and a colon on its line («اخبار ...:»), cut off as the site's "
    "section; the words may be the headline's own subject"
)


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
    cut = after = None
    for found in _TAIL_SEPARATOR.finditer(line.text):
        cut, after = found.span()
    if cut is None or after is None or len(line.text[:cut].split()) <= MACHINE_TITLE_WORDS:
        return None
    name = _squash(line.norm[after:])
    return cut if name and name == below.key else None


# Words a site's or a blog's name joined to a headline has at most (:func:`_name_under_tail`).
TAIL_NAME_MAX_WORDS = 6
_WIKI_CHROME = "it names the article a wiki's revision, history or talk page is about"
_MENU_END_DOUBT = "it ends a run of menu items right over the text (the menu's last link)"
_VALUE_FIELD_DOUBT = (
    "it is a field printed «LABEL: VALUE» (a schedule's or a record's), no headline"
)
_LONE_SENTENCE_DOUBT = (
    "it is the page's only line, a long sentence ending with its verb (a lead or a snippet, "
    "no headline over it)"
)
_KICKER_OVER_LEAD_DOUBT = (
    "it ends with a verb of saying («وزیر ... عنوان کرد»), a kicker whose headline is not "
    "printed: the lead follows it (a list's item as often)"
)
# At most this many words in a kicker naming a speaker and a verb of saying alone.
KICKER_ALONE_WORDS = 6


def _dated_header_under(lines: Sequence[_Line], title: int) -> bool:
    """Whether the line right under the title is its labelled date line («تاریخ انتشار :
    جمعه ۲۷ ثور ۱۳۸۷ ساعت ۱۲:۱۹»): the article's own header. A lone «1» over such a headline
    is a counter (its comments, its likes; payam-aftab.com, real59 #16; fix192), not a
    numbered list's first ordinal: a list's item seldom prints a labelled date line under its
    headline. When it does, the next item says so: a lone «2» further down over a headline
    with its own labelled date line (the same shape again) makes the «1» the list's first
    ordinal (attacks63, fix196)."""
    if not _labelled_date_under(lines, title):
        return False
    return not any(
        lines[at].norm.strip() == _SECOND_ITEM_NUMBER and _labelled_date_under(lines, at + 1)
        for at in range(title + 2, len(lines) - 2)
    )


# The next ordinal of a numbered list whose first is «1» (the normalised copy's digits).
_SECOND_ITEM_NUMBER = "2"


def _labelled_date_under(lines: Sequence[_Line], title: int) -> bool:
    """Whether the line right under ``lines[title]`` is a labelled date line («تاریخ انتشار :
    ...») of the published or updated day."""
    if title + 1 >= len(lines):
        return False
    info = lines[title + 1].info
    return (
        info.kind == "labels"
        and info.date is not None
        and any(label.field in ("published", "updated") for label in info.labels)
    )


_PAIR_PRINTED_TWICE_DOUBT = (
    "it opens a pair of lines printed twice at the page's top, and the text under them does "
    "not retell it: a blog's name over its motto (its masthead and the masthead's copy) as "
    "likely as a headline"
)


def _masthead_pair_name(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether ``lines[title]``, the page's first line, opens a pair of lines printed twice
    («NAME» / «MOTTO» / «NAME» / «MOTTO») that the first paragraph under them does not retell
    (:func:`_lines._restates`): a blog's masthead and its copy (BlogSky's header, fix192's
    :func:`_chrome._name_and_motto_twice`) past that rule's word counts (a name of four words, a
    motto of sixteen; attacks63, fix196). A kicker over its headline, or a headline over its
    subtitle, printed twice is retold by its lead."""
    if not all(i in outside for i in range(title)):
        return False
    # (lazily, as the lead below: a list over every line would hold the whole text's
    # indices and line objects; fix200)
    pair = list(itertools.islice((at for at in range(title, len(lines)) if at not in outside), 4))
    if len(pair) < 4:
        return False
    first, second, again, second_again = (lines[at] for at in pair)
    if (
        first.key == second.key
        or again.key != first.key
        or second_again.key != second.key
        or second.paragraph
    ):
        return False
    lead = next((lines[at] for at in range(pair[-1] + 1, len(lines)) if lines[at].paragraph), None)
    return lead is not None and not _restates(first, lead) and not _restates(second, lead)


def _kicker_over_lead(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether ``lines[title]`` is a short line ending with a verb of saying (a kicker: «وزیر
    بهداشت عنوان کرد») with the lead's paragraph right under it, no headline between: the
    kicker of an item whose headline the page does not print (a tag page's one item,
    nojavaneplus.jamejamonline.ir: real57 #16; fix187), doubted. A kicker reports in the past
    tense; «... چه می‌گوید» asks (an explainer's headline: attacks17). The lead may stand
    under the kicker's date line or byline (the item's header: «۱۲ دی ۱۴۰۲», «خبرنگار: ...»;
    mut40's mutant 17's page, fix193): those lines are stepped over, at most
    :data:`KICKER_HEADER_LINES` of them."""
    line = lines[title]
    if line.words > KICKER_ALONE_WORDS or _verb_end(line) != "saying":
        return False
    if line.norm.replace("\u200c", " ").split()[-2] in ("می", "نمی"):
        return False  # a present tense («... چه می‌گوید»): a question's headline, no kicker
    below = (at for at in range(title + 1, len(lines)) if at not in outside)
    for step, at in enumerate(below):
        if lines[at].paragraph:
            return True
        if step == KICKER_HEADER_LINES or lines[at].info.kind not in ("date", "labels"):
            return False
    return False


# At most this many header lines (a date line, a byline, a code line) between a kicker and its
# lead (:func:`_kicker_over_lead`): as many as a headline's header block the motto rule steps
# over (_title.MOTTO_HEADER_LINES; fix196: a date, a byline and a code line, attacks63).
KICKER_HEADER_LINES = 3


_SORT_CONTROL_DOUBT = (
    "a list's sort control with its orders stands under it («Sort: by date | by rating»): the "
    "page lists posts, and the line is the list's or the site's, not one post's headline"
)


_META_ROW_DOUBT = (
    "it is a field of the post's meta row (a category's name), lone separators around it and "
    "the post's date among its fields"
)


_NAME_UNDER_DATELINE_DOUBT = (
    "it is a name-length line between the page's date line and its lead (an author's name as "
    "likely as a headline)"
)
_BYLINE_UNDER_DATELINE = (
    "it is a name-length line between the page's date line and its lead, its words not the "
    "lead's (an author's name; the page prints no headline)"
)
# Doubts under which the line taken is surely none of the page's names: no title.
_SENTENCES_CUT = (
    "it holds sentences closed one after the other and stops in the next with no mark: a "
    "line of a paragraph wrapped mid-sentence, not a headline"
)
# A blog's month archive of ONE post (its counter «۱ مطلب در MONTH YEAR ثبت شده است»),
# the post's text right under the counter: the line above the counter is the blog's
# (rijan.blog.ir, tests/pages 2667; fix309), and the post prints no title.
_ONE_COUNTED_POST_UNTITLED = (
    "it stands above a blog's month counter of one post («۱ مطلب در MONTH YEAR ثبت شده "
    "است») whose text follows the counter with no headline: the blog's line, not the post's "
    "title"
)
_NOT_A_TITLE_DOUBTS = frozenset(
    {
        _BYLINE_UNDER_DATELINE,
        _INVOCATION_COUPLET,
        _SECTION_OVER_RELAY,
        _SENTENCES_CUT,
        _ONE_COUNTED_POST_UNTITLED,
    }
)


def _headline_under(lines: Sequence[_Line], index: int, outside: set[int]) -> int | None:
    """The short text line right under ``lines[index]`` when a paragraph follows it (a
    post's headline over its text); else None."""
    kept = (at for at in range(index + 1, len(lines)) if at not in outside)
    head, text = next(kept, None), next(kept, None)
    if head is None or text is None or not lines[text].paragraph:
        return None
    line = lines[head]
    if line.paragraph or line.info.kind != "text" or line.chrome or line.words > HEADLINE_MAX_WORDS:
        return None
    return head


def _month_counter_below(
    lines: Sequence[_Line], title: int, outside: set[int]
) -> tuple[int, int] | None:
    """The first blog's month counter («N مطلب در MONTH YEAR ثبت شده است») within
    :data:`LABEL_REACH_ABOVE` lines under ``lines[title]``, and its count; else None."""
    for at in range(title + 1, min(len(lines), title + 1 + LABEL_REACH_ABOVE)):
        # The counter opens with its number: asked of the line as written first, so no copy
        # is made of the paragraphs under a headline (speed60).
        if (
            at not in outside
            and lines[at].text[:1] in DIGIT_SOURCES
            and (count := month_post_count(lines[at].norm)) is not None
        ):
            return at, count
    return None


def _paragraph_under(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether the first line under ``lines[index]`` is a paragraph: a post's text under its
    month counter with no headline over it, an excerpt right under its headline."""
    below = next((at for at in range(index + 1, len(lines)) if at not in outside), None)
    return below is not None and lines[below].paragraph


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


_CONTINUED_DOUBT = (
    "the line under it, printed again with it below, may be the headline's second line "
    "(a headline set over two lines): the title may be cut short"
)
_CENTRED_DOUBT = (
    "the line under it, set further in with no blank line between, may be the next line of "
    "a heading centred over several lines: the title may be cut short"
)
_TAJIK_AUTHOR_DOUBT = (
    "it is an author's line («NAME SURNAME, POST») right over the text, no headline under it"
)
_UNDER_LATIN_WIDGETS = (
    "it is under a top bar's Latin widgets (a place, a today banner), a section's name as"
    " often as the headline"
)


_TWICE_ABOVE = (
    "a short line printed twice right above it stands where the page prints its headline "
    "(a placeholder or a section's name, or the page's own title)"
)


_PLACE_LABEL_OPENING = (
    "it opens with a place's label («در شهرستان ...») over a headline with no verb: a "
    "section's label of its county may be run into the headline"
)


_LONE_TEASER = (
    "the text is this line over one excerpt ending with its read-more button, nothing after "
    "it: a list's only item (its name not printed) or a stored teaser"
)
_TEASER_CLOSED_BY_TITLE = (
    "the text is this line over one excerpt cut with its read-more link, the line printed "
    "again under it and nothing more: a list's only item (its headline's link repeated)"
)


_CUT_TEASERS = (
    "texts cut with «...» each followed by a headline-shaped line: teasers of a list whose "
    "name is not printed; this is its first item's headline"
)

_OTHER_HEADLINES_UNDER = (
    "it is printed twice over headlines of other stories, before the text: a list of "
    "related or latest items opens the page, and this line may be one of them"
)

_LONE_LEAD = (
    "the text is the site's furniture, this line and a one-sentence lead, nothing else (no "
    "date, no byline, no more sentences), and no address: a list's only teaser (its name not "
    "printed) or a short item, not told apart"
)
_LONE_CUT_TEXT = (
    "the text is this line over one paragraph that stops with no mark, nothing after it, and "
    "no address: a list's only excerpt cut at its length (its name not printed) or an item "
    "stored without its last stop, not told apart"
)
_OVER_BREADCRUMB = (
    "it stands right over the page's breadcrumb («صفحه نخست » SECTION»), in the header's "
    "place (a kicker's, a lead's, a slogan's): a page prints its headline under its "
    "breadcrumb, and none is printed there"
)
# The doubts on a lone item's headline that a list's label over the line above it settles
# (the page names the list: fix170).
_LONE_ITEM_DOUBTS = frozenset({_LONE_TEASER, _LONE_LEAD, _LONE_CUT_TEXT, _LIST_ONE_EXCERPT})
_INVITATION = "it is a sentence bidding the reader, not a headline"
_CUT_BEFORE_VERB = (
    "the page prints no headline; the layout cut a paragraph's first line before its verb"
)
_VERB_TAIL_UNDER = (
    "the line under it holds only its verb («شده است»): a headline the layout set over two "
    "lines, cut short here"
)
_OBJECT_MARK_OPENING = (
    "it opens with the object's mark «را», which ends a clause begun on the line above: the "
    "second half of a headline set over two lines"
)
_LIST_MONTH_ARCHIVE_FIRST = (
    "the address is a month's archive and more posts follow: this is the first post's headline"
)
_LIST_NAME_UNSPELLED = (
    "the page is a list, and this line over its first item does not spell the address's "
    "slug: a ticker's or an item's line as often as the list's name"
)
# An item's number alone on its line, the first of a numbered list: «1», «۱», «١».
_FIRST_ITEM_NUMBERS = frozenset({"1", "۱", "١"})
_LIST_NAME_OVER_FULL_POST = (
    "the short line taken as the list's name stands over one post shown in full (its "
    "paragraphs run on, no other item follows): a section's name over an article as often"
)


_BULLETED_COPY = "a bulleted item of a list prints it right above: the item's headline"
_WRAPPED_SENTENCES = "it is running text cut into lines by the layout, not a headline"
_ONLY_A_SHORT_LINE = "the text is this short line alone, as a site's name is"
_PLURAL_LABEL = "it is two words, the first a plural, as a section's label is"


def _plural_label(line: _Line) -> bool:
    """Whether ``line`` is two words, the first a plural with «ها» («سفرنامه‌های شهری»,
    «یادداشت‌های سفر», the ZWNJ kept or a space for it): read over a page's one paragraph
    alone, a blog's or a section's label as often as a headline (fix156). «ها» glued to the
    word with neither is a plural only on a known stem (:data:`vocab.PLURAL_LABEL_STEMS`,
    «یادداشتهای روزانه»), or on a stem ending with «ی» («نقاشیهای کودکانه», fix171) unless
    the word is a noun in «یه» and its indefinite «ای» («حاشیهای کوتاه»,
    :data:`vocab.HEH_YEH_NOUNS`, fix175): «اژدهای مهربان» is a dragon, «اژدها» and its «ی»
    (fix165)."""
    if line.words != 2 or line.info.kind != "text" or not line.text[-1].isalpha():
        return False
    parts = line.norm.replace(ZWNJ, " ").split()
    if len(parts) == 3 and parts[1] in ("ها", "های"):
        return True
    if len(parts) != 2:
        return False
    first = parts[0]
    stem = first.removesuffix("ی") if first.endswith("های") else first
    if not stem.endswith("ها"):
        return False
    stem = stem[:-2]
    # A noun ending with «ی» takes «ها» glued as often as not («نقاشیهای», «گزارشی»...); no
    # Persian singular ends with «یها» (fix171). «یهای» is also a noun ending with «یه» and
    # its indefinite «ای», the ZWNJ missing («حاشیهای کوتاه»): on a known one, or on a stem
    # ending with «ای»/«وی» («سایهای», «زاویهای»), no plural (fix175).
    return stem in vocab.PLURAL_LABEL_STEMS or (
        len(stem) >= GLUED_PLURAL_YEH_STEM
        and stem.endswith("ی")
        and not (
            first.endswith("یهای")
            and (stem + "ه" in vocab.HEH_YEH_NOUNS or stem.endswith(("ای", "وی")))
        )
    )


# A stem ending with «ی» before a glued «ها» has this many letters at least («نقاشی»).
GLUED_PLURAL_YEH_STEM = 3


def _post_footer_line(line: _Line) -> bool:
    """Whether ``line`` is a post's footer under its text: a short line (no paragraph)
    naming its author or its comments' count («نوشته شده توسط مریم | نظرات (۰)», a blog's
    footer; «لینک ثابت | نظرات (0)», «ارسال شده توسط ...»), or its tags or category behind
    their label («برچسب‌ها: سفر، ماسوله»، «دسته‌بندی: سفرنامه», fix171), never a sentence of
    the post."""
    info = line.info
    return (
        not line.paragraph
        and line.words <= POST_FOOTER_WORDS
        and (
            is_byline(line.norm)
            or UI_LINE.match(line.norm) is not None
            or COUNTER_LINE.match(line.norm) is not None
            or (
                info.kind == "labels"
                and bool(info.labels)
                and all(label.field in ("tags", "category") for label in info.labels)
            )
        )
    )


# A post's footer line has at most this many words.
POST_FOOTER_WORDS = 14


_BRACKET_OTHER_DOUBT = (
    "a line under it opens with a date-time in brackets and another headline after it: "
    "the page's story may be that one"
)
_GLUED_CRUMBS = (
    "a bracketed phrase runs into the next word: a breadcrumb's items glued without "
    "separators, the headline among them"
)


_MARKUP_DEBRIS = "it holds HTML list tags left by the extraction («ulli», «liul»): cut badly"


# Before the debris, a headline has at least this many words (fewer: no title to cut).
DEBRIS_TITLE_WORDS = 2
# Two words said twice around such a label («گزارش سالانه دانلود گزارش سالانه») are a file's
# two-word heading around its button as often as a refrain or a slogan said twice («وطنم
# ای وطنم» in two words): the line is kept whole, its title doubted.
BUTTON_DOUBT_WORDS = 2
_TWICE_AROUND_LABEL = (
    "it says its first words twice around a short label («X Y دانلود X Y»): a heading "
    "printed twice around its button, or a slogan said twice"
)
# The doubts a list's name carries (a doubt of the headline under it is not the name's).
_WRITER_HEADING_DOUBT = (
    "the page opens with «نویسنده: NAME» over one item's date, headline and one paragraph, and "
    "its address does not say it is a writer's archive: an article under its byline as alike"
)
# A front page's items read from its text (fix215): no date over them is the page's.
_FRONT_PAGE_DOUBTS = (
    _LIST_FRONT_PAGE_ITEMS,
    _LIST_TICKER_ITEMS,
    _LIST_MENU_LABEL,
    _LIST_UNDATED_ITEMS,
)
_LIST_NAME_DOUBTS = (
    _OUTLET_DOUBT,
    _LIST_SITE_TAGLINE,
    _LIST_PERIOD_UNNAMED,
    _LIST_NAME_JOINED,
    _LIST_NAME_UNSHARED,
)


_LONE_ITEM_ADDRESS_MUTE = (
    "the page's first line names a list of the one item under it, but the page's address, "
    "naming no item's number and no list, does not say whether the page is that list or the "
    "item's own page under its section's name"
)


def _names_neither(url: str | None, listing: bool) -> bool | None:
    """For fix172's list of one item read from the text: True with no address, False with an
    address naming neither an item (no number: :func:`url_number`) nor a list («/teatr»,
    «/»: the reading holds, doubted, fix189), None with an address that names one (the item's
    page at «/news/881/teatr», fix183; a list's at «/tag/...», read from the address)."""
    if not url:
        return True
    if listing or url_number(url) is not None:
        return None
    return False


_HOME_BLOCK_LABEL = (
    "the address is the site's home page or a later page of it (no list named in it): this "
    "line over the items is a block's label or an item's headline, not the page's name"
)
# A home page's line at most this far down (0-based) may be its site's name or tagline.
_HOME_TAGLINE_LINE = 1
_HOME_PAGE_TOP = (
    "the address is the site's home page (its root), and this line is among its first two: "
    "the site's name or tagline over its posts, not an article's headline"
)
# A later page of a site's home page: WordPress's «/?paged=5», «/page/5/», «/?page=5».
_HOME_PAGE_PATH = re.compile(r"/?(?:index\.php/?)?(?:page/[0-9]{1,4}/?)?")
_HOME_PAGE_QUERY = re.compile(r"(?:paged?=[0-9]{1,4})?")


# A home page's text showing one item alone has this many short lines at most (the site's
# name and the item's headline); a front page prints menus and headlines by the dozen (29 to 77
# on blind77's five, tests/pages 2120-2128).
HOME_ONE_ITEM_LINES = 2


def _one_undated_item(lines: Sequence[_Line], outside: set[int]) -> bool:
    """Whether the text is one item shown alone, undated and in full: at most
    :data:`HOME_ONE_ITEM_LINES` short lines, none of them a date line, and paragraphs under
    them none of which is cut («...», «…»: a home page's excerpts, andoz.tj's; fix212)."""
    kept = [line for index, line in enumerate(lines) if index not in outside]
    short = [line for line in kept if not line.paragraph]
    return (
        len(short) <= HOME_ONE_ITEM_LINES
        and len(short) < len(kept)
        and all(line.info.kind != "date" for line in short)
        and not any(line.text.rstrip().endswith(_CUT_ENDS) for line in kept)
    )


# A home address's text showing one dated item in full (:func:`_one_dated_item_in_full`):
# the site's name and motto at most over the item's headline, and at least this many body
# paragraphs under its date (one paragraph under a dated headline is a teaser's, fix125).
HOME_SITE_LINES = 2
HOME_FULL_ITEM_PARAGRAPHS = 2
# What ends a body's sentence (a line of the item's text shorter than a paragraph).
_BODY_SENTENCE_ENDS = (".", "!", "؟", "?")


def _one_dated_item_in_full(lines: Sequence[_Line], outside: set[int]) -> bool:
    """Whether the text is one dated item shown alone and in full: at most
    :data:`HOME_SITE_LINES` short lines (the site's name, its motto), then the item's
    headline and its one date line (either above the other), then its body: at least
    :data:`HOME_FULL_ITEM_PARAGRAPHS` paragraphs and nothing else but sentences, none cut
    («...», «…»). No other item's headline or date stands on the page. A one-article site's
    «/index.php», a self-hosted blog's root showing its newest post in full: the page is that
    item, as a blog platform's root showing one post is (tests/pages 153; fix216, attacks68).
    A home page's teaser (a dated headline over one paragraph, fix125), a masthead (an
    institution's name alone, :func:`_chrome._institution`) over a dated text and a front
    page's items (tests/pages 2120-2129) are not."""
    kept = [line for index, line in enumerate(lines) if index not in outside]
    dated = [at for at, line in enumerate(kept) if line.info.kind in _HEADER_KINDS]
    if len(dated) != 1 or any(line.text.rstrip().endswith(_CUT_ENDS) for line in kept):
        return False
    date = dated[0]
    # The headline over its date, or under it when no short line stands above the date.
    above = kept[date - 1] if date else None
    head = date - 1 if above is not None and not above.paragraph else date + 1
    if head >= len(kept):
        return False
    top = min(head, date)
    headline = kept[head]
    if (
        headline.paragraph
        or headline.info.kind != "text"
        # an institution's name alone over the date is the site's masthead, no headline: the
        # page is a dated teaser's (fix125; tests/test_mut44.py's monthly «ماهنامه باغ سبز»)
        or _institution(headline)
        or top > HOME_SITE_LINES
        or any(line.paragraph or line.info.kind != "text" for line in kept[:top])
    ):
        return False
    body = kept[max(head, date) + 1 :]
    return sum(line.paragraph for line in body) >= HOME_FULL_ITEM_PARAGRAPHS and all(
        line.paragraph or line.text.rstrip().endswith(_BODY_SENTENCE_ENDS) for line in body
    )


def _paged_home(url: str | None) -> bool:
    """Whether ``url`` is a later page of a site's home page («http://x.ir/?paged=5»,
    «/page/5/», a blog platform's «/?p=2»: :func:`_sources.platform_front_page`): a list of
    the site's latest items under block labels, naming no list."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    path, query = parts.path, parts.query
    return (
        _HOME_PAGE_PATH.fullmatch(path) is not None
        and _HOME_PAGE_QUERY.fullmatch(query) is not None
        and ("page" in path or "page" in query)
    ) or platform_front_page(parts.hostname, path, parse_qsl(query, keep_blank_values=True))


_SECOND_PART_DOUBT = (
    "the words after « / » open with a clause ended by a verb and no conjunction: the"
    " headline's second part run into its lead, or the lead"
)


_GLUED_LEAD_DOUBT = (
    "the address's slug ends inside a word of the first line: a headline run into the lead,"
    " or a slug cut short"
)


_TWO_SLUGS = "the address's other slug spells another line: which is the post's it does not say"
_SLUG_SPELLS_BELOW = (
    "the address's slug spells the shorter line right under it, not this one: which is the "
    "headline the page does not say"
)


_EPIGRAPH_FIRST = (
    "it is a sentence of two clauses in «» over the text, with no header: an epigraph looks "
    "the same"
)
_VERSE_UNDER_NAME = (
    "it closes a block of verse lines (short, of one length) under a one-word line opening "
    "the text: a poem's verse under its name, no headline"
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
    "word with it (or, a lead's length, one)"
)
# A chosen line of this many words or more with no mark inside it and a lead's clause in it
# (fix188): «ضمن» before its verbal noun («ضمن بیان», «ضمن تشریح»; «آموزش ضمن خدمت» is a
# noun) or «با اشاره به». No headline of the pages' goldens holds either (at any length); a
# long Dari or Persian headline without them stays (fix172). The count is count_words' (a
# detached «های» is a suffix written without its ZWNJ, one word with its noun, as the same
# line with the ZWNJ counts); a lead's shortest is its speaker, the clause and its report
# (fix196: a lead of twenty words as written with «اقامتگاه های», nineteen counted, was
# taken; fix188's twenty was a round number under the one page it was made on, twenty-one).
RUN_ON_LEAD_WORDS = 15
_LEAD_CLAUSE = regex.compile(r"(?:^|\x20)(?:ضمن\x20(?!خدمت)|با\x20اشاره\x20به\x20)")
_RUN_ON_LEAD = (
    "a single clause of fifteen words or more with no mark inside it, holding a lead's "
    "«ضمن ...» or «با اشاره به»: a lead printed with no headline over it"
)
_RUBRIC_DOUBT = (
    "it follows words that open a news group's rubric («اخبار ویژه», «خبرهای داغ») on its "
    "line, cut off as the site's rubric; they may be the headline's own subject"
)
# A glued word goes on past the slug's end with at least this many letters when the slug
# ends a headline glued to the next text (a cut-short slug ends a letter or two early).
GLUED_REST_LETTERS = 3


# A day's path, year (Jalali or Gregorian), month and day: a date archive's whole address.
# On a day's archive (:attr:`_Address.day_archive`) a line of at most this many words over
# the one post shown is doubted as its headline (a name, a caption).
DAY_ARCHIVE_SHORT_WORDS = 2


# A full stop, a question or an exclamation mark closing a sentence inside a line (a space
# after it; no run of dots).
_SENTENCE_STOP = regex.compile(r"(?<![.…])[.!؟?](?![.…])[\x20\u200c]+(?=\S)")
# A line holding this many closed sentences of :data:`CUT_LINE_SENTENCE_WORDS` words or more,
# then words with no mark, is a paragraph's line wrapped mid-sentence.
CUT_LINE_SENTENCES = 2
CUT_LINE_SENTENCE_WORDS = 3


def _sentences_cut(text: str) -> bool:
    """Whether a line holds :data:`CUT_LINE_SENTENCES` closed sentences or more, each of
    :data:`CUT_LINE_SENTENCE_WORDS` words or more, and goes on after the last with words
    and no closing mark (a letter or a digit last): «... رفتم . او هم ... نشست. آری ... خوسف»,
    a blog's paragraph hard-wrapped mid-sentence. A headline is one sentence, or two
    («... چه شد؟ پاسخ ...») closed by its own mark."""
    text = text.strip()
    if not text or not (text[-1].isalpha() or text[-1].isdigit()):
        return False
    parts = _SENTENCE_STOP.split(text)
    closed = [part for part in parts[:-1] if len(part.split()) >= CUT_LINE_SENTENCE_WORDS]
    return len(closed) >= CUT_LINE_SENTENCES and len(closed) == len(parts) - 1


# A headline over a hard-wrapped first paragraph has at most this many words.
CUT_LINE_HEADING_WORDS = 8
# A part's number in brackets ending a heading: «سفر به ساحل (۱)», «... (2)».
_PART_NUMBER_END = regex.compile(r"\([\x20]*[0-9۰-۹٠-٩]{1,2}[\x20]*\)$")


def _heading_over_cut_line(lines: Sequence[_Line], title: int, outside: set[int]) -> int | None:
    """The line right over ``title`` (a paragraph's line wrapped mid-sentence,
    :func:`_sentences_cut`) when it opens the text (every line over it outside the text) and
    is a headline's: running text of two to :data:`CUT_LINE_HEADING_WORDS` words, no
    sentence's mark inside it or closing it, a letter or a digit last, or a question mark
    («سفر به ساحل؟») or a part's number in brackets («سفر به ساحل (۱)», fix285). A blog post's
    «سفر به روستا» over its first paragraph cut mid-sentence (fix268); with no such line the
    text opens with the cut paragraph and has no headline (tests/pages 2359). Else None."""
    above = title - 1
    if above < 0 or above in outside or any(index not in outside for index in range(above)):
        return None
    line = lines[above]
    if line.info.kind != "text" or line.chrome or not 2 <= line.words <= CUT_LINE_HEADING_WORDS:
        return None
    text = line.text.strip()
    last = text[-1]
    if not (
        last.isalpha()
        or last.isdigit()
        or last in "؟?"  # «سفر به ساحل؟»: a question heading (fix285)
        or (last == ")" and _PART_NUMBER_END.search(text) is not None)  # «... (۱)»
    ) or _SENTENCE_STOP.search(text):
        return None
    return above


# Under a home breadcrumb, a headline stands within this many lines (a byline or a blank
# between; :func:`_over_breadcrumb`).
HOME_CRUMB_HEADLINE_REACH = 2


def _over_breadcrumb(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the line right under the title is the page's home breadcrumb
    (:func:`_evidence.home_breadcrumb`: «صفحه نخست » گزارش») and no line under the
    breadcrumb within :data:`HOME_CRUMB_HEADLINE_REACH` lines is headline-shaped (a short line
    that is no paragraph and no byline's name alone): a page prints its headline under its
    breadcrumb, so the line over it is the header's (a kicker, a lead, a slogan), and the
    page's headline was not kept (a stored text that lost its <h1>)."""
    under = title + 1
    if under >= len(lines) or under in outside or not home_breadcrumb(lines[under].text):
        return False
    for at in range(under + 1, min(len(lines), under + 1 + HOME_CRUMB_HEADLINE_REACH)):
        line = lines[at]
        if at in outside or line.paragraph or line.info.kind != "text":
            continue
        if line.words >= _CRUMB_HEADLINE_WORDS:
            return False  # a headline under the breadcrumb: the page prints one
    return True


# A headline under a breadcrumb has at least this many words (a byline's name has two or
# three).
_CRUMB_HEADLINE_WORDS = 4


def _widget_date(state: _State, choice: Choice) -> bool:
    """Whether the chosen date, alone on its line without a time, has a widget's line (prayer
    times, prices, weather: «اذان ظهر: ۱۲:۱۵») right above or right under it; or, with its
    time, a weather widget's temperature («17°C») there, not right over the body's first
    paragraph: the widget's clock (fix267, fix279)."""
    stamp = choice.stamp
    if stamp is None or stamp.span is None:
        return False
    line = state.line_at(stamp.span[0])
    if line.text.strip() != stamp.text:
        return False
    lines = state.lines
    near = [lines[other] for other in (line.index - 1, line.index + 1) if 0 <= other < len(lines)]
    if stamp.has_time:
        readings = [other.index for other in near if weather_reading(other.norm)]
        if not readings:
            return False
        # A report's own date line and reading right over its body's first paragraph (the
        # temperature the report is about, attack79): the report's date, not a widget's
        # clock; a widget's pair stands among its other lines or over a headline (fix279).
        after = max(line.index, *readings) + 1
        return not (after < len(lines) and lines[after].paragraph)
    return any(other.info.reason == "widget" for other in near)


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
        if matter.title is not None and not date_heading(matter.title):
            # (a date archive's heading, «روز: آذر ۲۴, ۱۳۹۸», names a day, not the page)
            headings = ((matter.title, "front matter title"),)
            name = _listing_heading(matter.title)
            if name is not None:  # «بایگانی‌های NAME - SITE»: a list's title, as in parse_html
                headings = ((matter.title[slice(*name)], "archive title"), *headings)
        if url is None and matter.url is not None:
            url = matter.url
            clock = site_clock(url)
            afghan = clock == "Asia/Kabul"
    spaced = False
    home_names: tuple[str, ...] = ()
    if looks_like_markdown(work):
        # A Markdown page text: its syntax blanked (offsets kept, so spans point into
        # ``text``), its first «# HEADLINE» weighed as parse_html weighs an <h1>.
        # A label alone as a heading («# Tags» over a post's hashtags) names a section of
        # the page, never its headline.
        # A comment counter printed as a heading («# نظر : 0» at the page's end) is chrome.
        # A date archive's heading («# روز: آذر ۲۴, ۱۳۹۸») names a day, not the page.
        found = [
            head
            for head in markdown_headings(work)
            if not _label_word(head)
            and classify(normalize(head)).kind != "counter"
            and not date_heading(head)
        ]
        post = post_title_heading(work, url) if not found and not headings else None
        # «# [BLOG](home)»: the site's name, never the title, as an HTML page's links home
        # are weighed (a post heading linking another page under it names no post: fix244).
        home_names = home_heading_names(work)
        work = blank_markdown(work)
        spaced = True
        if post is not None:
            # «# [BLOG](home)» over the one «## [POST](its permalink)»: the post's own title,
            # as parse_html reads the same page's <h2 class="posttitle"> (fix236).
            headings = ((post, POST_TITLE),)
        if len(found) == 1 and not headings:  # one page headline; several are a list's items
            headings = ((found[0], "markdown heading"),)
            name = _listing_heading(found[0])
            if name is not None:  # «# کلمات کلیدی : NAME»: a tag list's heading names NAME
                headings = ((found[0][slice(*name)], "archive title"), *headings)
    # A line break tag the page printed as text inside a line (an escaped title field's
    # «PART ONE <br>PART TWO»): blanked, its halves one line, as the page shows one title.
    work = blank_printed_breaks(work)
    blanked = work is not doc
    front = (matter.title, matter.end) if matter is not None and matter.title is not None else None
    hints = None
    if url or blanked or front:
        hints = Hints(
            url=url,
            afghan=afghan,
            clock=None if afghan else clock,
            titles=headings,
            spaced=spaced,
            source=doc if blanked else None,
            front_matter=front,
            home_links=home_names,
        )
    # (the title's doubts, a front matter's title among them, are read in parse_text)
    article = parse_text(work, strict=strict, hints=hints)
    if url:
        article = replace(article, url=url, hostname=_hostname(url))
    return apply_reference(article, reference, min_date, max_date, text=doc)


# The labels that head a section of their own on a page (a post's tags).
_SECTION_LABELS = frozenset(_squash(normalize(word)).lower() for word in vocab.LABELS["tags"])


def _label_word(heading: str) -> bool:
    """Whether a heading is a section's label alone («Tags», «برچسب ها»)."""
    return _squash(normalize(heading)).lower() in _SECTION_LABELS


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
    """The pipeline behind :func:`parse_article` and :func:`parse_html` (``hints`` from HTML):
    the one path from a text to its resolved record, the title's doubts included."""
    # The date grammar's answers are kept for this parse alone, in this thread alone
    # (_grammar.remember_matches); put back as they were however the parse ends.
    hints = hints or _NO_HINTS
    previous = remember_matches()
    try:
        article = _parse_text(doc, strict, hints)
    finally:
        forget_matches(previous)
    if hints.source is not None:
        # A blanked copy's record: its values folded back to one space a run (spans are
        # the caller's text's already).
        article = _folded(article)
    # The title's doubts from the whole text and the caller's evidence: one place for a
    # text and an HTML page (_title.title_doubts).
    return title_doubts(article, doc, hints)


def _markdown_level_one(hints: Hints, key: str) -> bool:
    """Whether the line of ``key`` is the text's Markdown level-1 heading, weighed as an
    ``<h1>`` (rule ``markdown heading`` in ``hints.titles``), not a page's machine source."""
    return any(
        rule == "markdown heading" and _squash(normalize(text)) == key
        for text, rule in hints.titles
    )


def _parse_text(doc: str, strict: bool, hints: Hints) -> Article:
    """:func:`parse_text`'s pipeline."""
    # 1. Lines.
    lines, starts = _lines(doc)
    state = _State(doc, strict, lines, starts)
    state.double_spaced = hints.spaced or _double_spaced(lines)
    state.afghan = hints.afghan
    state.clock = hints.clock
    # (Tajikistan's own language is Persian: a page there keeps Dushanbe's clock, attacks31)
    state.edition_clock = hints.clock not in (None, _TAJIK_CLOCK) and hints.clock == edition_clock(
        hints.url
    )
    outside = _outside_lines(state, hints.outside)
    boxes = _daily_boxes(state)
    outside |= boxes | _browser_notices(lines) | _wiki_site_sub(lines)
    outside |= _host_name_lines(lines, hints.url) | _tag_news_pairs(lines)
    outside |= _name_and_slogan(lines, hints.url)
    address = _address(hints.url)
    # (at a list's address its own rules name the list: the masthead is left to them)
    masthead = set() if address.listing else _masthead_twice(lines)
    if (
        masthead
        and len(lines) > len(masthead) + 1
        and _section_line(lines[len(masthead)])
        and lines[len(masthead) + 1].info.kind == "text"
        and not lines[len(masthead) + 1].paragraph
    ):
        # The post's category under the masthead printed twice, over its title («اخبار
        # استانداری خوزستان» / HEADLINE, khouzestan.blogsky.com, real59 #22; fix192).
        masthead = masthead | {len(masthead)}
    outside |= masthead
    outside |= _saying_over_banner(lines, outside)
    # (a theme's today banner over its ticker at the top, the site's name over them)
    outside |= _banner_over_ticker(lines, outside)
    # (a list of other items' headlines opening the page, over the page's headline twice)
    outside |= _bulleted_run_on_top(lines, outside)
    # (a ticker paragraph of other items' headlines opening the page, over its headline twice)
    outside |= _ticker_on_top(lines, outside)
    # 2. Locate the article: body anchor, title, lead, end of the body.
    anchor = _body_anchor(lines, outside)
    if address.listing and _forum_thread_page(hints.url, lines) is not None:
        # «/topic/206147-<slug>/» on a page printing a thread's labels: one forum thread.
        address = attrs.evolve(address, listing=False)
    # One dated item shown in full at a site's home address: that item's page (fix216).
    home_item = home_address(hints.url) and _one_dated_item_in_full(lines, outside)
    if (
        address.listing
        and home_address(hints.url)
        and (one_item_id(state, outside) or _one_undated_item(lines, outside) or home_item)
    ):
        # A site's home address over a text printing one item's labelled ID («شماره : 52817»):
        # the item served at the site's root (or its address given for the site's), not the
        # home page's list (tests/pages 100; fix212). So is one undated item shown alone (a
        # monthly's editorial under its name), as a one-post archive is its post (tests/pages
        # 1017); a dated teaser alone stays fix125's (no title).
        address = attrs.evolve(address, listing=False)
    if (
        address.listing
        and date_front_month(hints.url)
        and (_one_undated_item(lines, outside) or _one_dated_item_in_full(lines, outside))
        and not any(_read_more(line) for index, line in enumerate(lines) if index not in outside)
    ):
        # «/date/2024-12/» over one post shown in full, no read-more button: the month's
        # archive of one post is its post (tests/pages 617, 1017, 2244; fix268), as at a
        # blog's «/1394/08»; a teaser over «ادامه مطلب» there stays a list's (attacks21).
        address = attrs.evolve(address, listing=False)
    if address.listing and any(
        month_post_count(line.norm) == 1
        for index, line in enumerate(lines)
        if index not in outside and line.text[:1] in DIGIT_SOURCES
    ):
        # «۱ مطلب در مرداد ۱۳۹۳ ثبت شده است»: a blog's month archive counting ONE post, at
        # Blog.ir's «/archive/1393/5/»: the month's page is that post's (tests/pages 2667;
        # fix309), as a month archive of one post is (1017, 2244).
        address = attrs.evolve(address, listing=False)
    # (read before the header's dates: a banner is told from a static page's own header by it)
    state.url_month = url_month(hints.url)
    blog_name = _blog_name_over_counter(lines, anchor, outside)
    title: int | None
    archive = _archive_title(lines, anchor, outside, address.listing)
    topic = _forum_topic(doc, lines, starts, outside) if archive is None else None
    labelled = (
        _labelled_title(lines, starts, doc, outside, anchor)
        if archive is None and topic is None
        else None
    )
    if archive is not None:
        # «بایگانی‌های NAME - SITE» (a WordPress archive's title): the page lists NAME's posts.
        title, title_rule = archive[0], "listing name"
        state.title_start, state.title_end = archive[1]
        if not address.listing and writer_heading(lines[title]):
            state.title_doubt = (_WRITER_HEADING_DOUBT, None)
    elif topic is not None:
        # A forum thread's topic in its header («نویسنده موضوع: TOPIC (...)», «نام موضوع ...»).
        title, title_rule = topic[0], "forum topic"
        state.title_start, state.title_end = topic[1]
    elif labelled is not None:
        # A print view's title row («عنوان : HEADLINE»): the label names the headline.
        title, title_rule = labelled[0], "title label"
        state.title_start, state.title_end = labelled[1]
    elif blog_name is not None:
        # A blog's category or tag page: its name is the title, the posts are the list's items.
        title, title_rule = blog_name, "listing name"
    else:
        title, title_rule = _choose_title(state, anchor, hints, outside, address.slug)
        if (
            title is not None
            and title_rule in ("headline", "first line")
            and _section_slash_headline(lines, title, outside)
        ):
            title += 1  # «SECTION / HEADLINE» over «HEADLINE»: the headline alone
        if (
            title is not None
            and title_rule in ("headline", "first line")
            and (crumbed := _crumbed_headline_start(lines, title, outside)) is not None
        ):
            state.title_start = crumbed  # «SECTION » HEADLINE» over «HEADLINE. ...»
        if (
            title is not None
            and title_rule in ("headline", "first line")
            and _tajik_author_line(lines, title)
            and (below := next((i for i in range(title + 1, len(lines)) if i not in outside), None))
            is not None
        ):
            if not lines[below].paragraph and lines[below].words:
                # «NAME SURNAME, POST ...» (a Tajik author line) over a heading: the heading
                # is the headline.
                title = below
            elif lines[below].paragraph and state.title_doubt is None:
                # Over the text itself: the page prints no headline under its author's line
                # (fix283).
                state.title_doubt = (_TAJIK_AUTHOR_DOUBT, None)
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
        if (
            title == len(masthead) > 0
            and state.title_doubt is None
            and not (
                lines[0].key != lines[1].key
                and title + 1 < len(lines)
                and lines[title + 1].norm.strip().rstrip(".")
                == lines[title].norm.strip().rstrip(".")
            )
        ):
            # A blog's masthead printed twice over the line taken (real58 #20, tests/pages
            # 1354): a post's headline, or a list's first item's as often (a month archive
            # prints the same), uncertain as the header-twice title rule says. Under a name
            # and motto printed twice (fix192) a headline printed twice is a post's own
            # (BlogSky's post page, tests/pages 1144, 1249, 1410; a closing period aside): not
            # doubted.
            state.title_doubt = (_HEADER_TWICE, 0)
        whole = _whole_over_halves(lines, title, outside) if title_rule == "headline" else None
        if whole is None and title_rule in ("headline", "first line"):
            whole = _whole_above_part(lines, title, outside)
        if whole is not None:
            title, title_rule, state.title_doubt = whole, "headline", None
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
            and title_rule in ("headline", "first line")
            and value_field(lines[title])
        ):
            # «تاریخ برگزاری: ...» / «محل برگزاری: ...» / text, no other line above the
            # text: a field of the page taken for want of a headline, in doubt (fix235).
            state.title_doubt = (_VALUE_FIELD_DOUBT, None)
        if (
            title is not None
            and state.title_doubt is None
            and _lone_sentence(lines, title, outside)
        ):
            state.title_doubt = (_LONE_SENTENCE_DOUBT, None)
        if (
            title is not None
            and state.title_doubt is None
            and not address.listing  # (a list's address has its own rules for its items)
            and _kicker_over_lead(lines, title, outside)
        ):
            state.title_doubt = (_KICKER_OVER_LEAD_DOUBT, None)
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
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_start is None
        and (tail := _crumb_over_its_tail(lines, title)) is not None
    ):
        # «خانه اطلاعات علمی مطالب گوناگون HEADLINE» / «gol maryam» / HEADLINE: a breadcrumb
        # run into the headline, which is printed alone just below; the shorter line is
        # the title (fix174).
        title, title_rule = tail, "headline"
    elif (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_start is None
        and state.title_end is None
        and (whole := _cut_copy_over_whole(lines, title)) is not None
    ):
        # «خانهخبرHEADLINE-CUT...» over HEADLINE: a breadcrumb whose last crumb is the
        # headline cut with «...», the headline printed whole just below; the whole copy
        # is the title.
        title, title_rule = whole, "headline"
    if (
        title is None
        and anchor is not None
        and _glued_breadcrumb_title(state, anchor, address.slug)
    ):
        title, title_rule = anchor, "headline"
    elif title is None and (chrome_crumb := _chrome_crumb_over_lead(lines, outside)) is not None:
        # «صفحه نخست » آرشیو ۱۴۰۲ » HEADLINE» set aside as chrome over «HEADLINE. ...»: the
        # breadcrumb's last crumb is the headline the lead repeats (fix293).
        title, title_rule = chrome_crumb[0], "headline"
        state.title_start = chrome_crumb[1]
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
        title is None
        and anchor is not None
        and not address.listing
        and (run_end := _headline_run_into_report(lines[anchor])) is not None
    ):
        # «HEADLINE  به گزارش روابط عمومی ...»: the headline run into its lead on one line,
        # two spaces between them (kj-tarvij.ir, real70 #08, fix247): the words before the
        # gap are the title.
        title, title_rule = anchor, "headline"
        state.title_end = lines[anchor].start + run_end
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
        and (badge := beta_badge_end(lines[title].norm)) is not None
    ):
        # «نسخه آزمایشی6 روستای ...»: the site's beta badge run into the headline's line.
        state.title_start = lines[title].start + badge
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_start is None
        and (follow := follow_line_end(lines[title].norm)) is not None
    ):
        # «دنبال کنید @HANDLE تلگرام ... را در اینستاگرام HEADLINE»: a blog's follow line
        # run into the post's title is the template's chrome, never the headline's.
        state.title_start = lines[title].start + follow
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
    elif (
        anchor is not None
        and title is None
        and lines[anchor].paragraph
        and (glued_end := _repeated_lead_start(lines, anchor, outside)) is not None
    ):
        # «HEADLINELEAD» / «LEAD ...»: a headline run into its lead with no mark between,
        # the lead printed again as the next paragraph's opening: the words before it.
        title, title_rule = anchor, "headline"
        state.title_start, state.title_end = None, lines[anchor].start + glued_end
    elif (
        anchor is not None
        and title is None
        and lines[anchor].paragraph
        and any(lines[at].info.kind in ("labels", "date", "mixed") for at in range(anchor))
        and (glued_end := _twice_glued_opening(lines[anchor])) is not None
    ):
        # «HEADLINE HEADLINE SOURCE؛ LEAD ...»: a print page's headline, printed twice, run
        # into its lead on one line under the item's header lines (a date, an ID): the
        # first print. A flattened page's one line opens with its <title> twice as well
        # (held_out 1143, 1201, 1884's extracted twins): no header above, no headline.
        title, title_rule = anchor, "headline"
        state.title_start, state.title_end = None, lines[anchor].start + glued_end
    elif (
        title is not None
        and title_rule == "headline"
        and state.title_start is None
        and state.title_end is None
        and state.title_doubt is None
        and (glued_end := _repeated_lead_start(lines, title, outside, teaser_only=True)) is not None
    ):
        # «HEADLINE : TEASER ...» over the paragraphs it teases, the first opening with the
        # teaser's words: the headline is the words before the colon, whatever follows.
        state.title_end = lines[title].start + glued_end
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
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and title + 1 < len(lines)
        and not lines[title + 1].blank_before  # (a C test first: most titles stop here)
        and _verb_tail_under(lines, title, outside)
    ):
        # «... به یکی از پررونق‌ترین کتابخانه‌های منطقه تبدیل» / «شده است» / blank line: the
        # headline's verb stands on the line under it; the title is cut short.
        state.title_doubt = (_VERB_TAIL_UNDER, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and lines[title].norm.startswith(_OBJECT_MARK)  # (a C test before the word's split)
        and _opens_with_object_mark(lines[title])
    ):
        # «را بررسی کرد» under «شورای شهر بودجه سال آینده»: the object's mark never opens a
        # headline; the line taken is the end of one set over two lines (or of a sentence).
        above = title - 1 if title > 0 and lines[title - 1].info.kind == "text" else None
        state.title_doubt = (_OBJECT_MARK_OPENING, above)
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
        and (
            _wrapped_sentences(lines, title)
            or _wrapped_set_apart(lines, title)
            or _wrapped_mid_sentence(lines, title)
        )
    ):
        # «... قابل نمایش دارد. این صفحه شامل اطلاعات» / «کاربر، که ... می باشد.»: one
        # sentence ended inside the line and the next one going on in the line below, no
        # blank line between: running text cut by the layout (a help box), no headline. The
        # line stays (warned): the page's dates are read from its place.
        state.title_doubt = (_WRAPPED_SENTENCES, None)
        if _wrapped_mid_sentence(lines, title):
            wrapped_head = _head_over_wrapped(lines, title)
        elif _wrapped_set_apart(lines, title):
            # the middle one of a paragraph's three blocks («... نانوایی و» / «چایخانه باز
            # بودند. کم کم ...» / «... قدم زدم.»), a short line over them (fix156)
            wrapped_head = _head_over_wrapped(lines, title, run=1)
        else:
            wrapped_head = None
        if wrapped_head is not None:
            # «سفر به روستاهای بلخ» over a diary's lines cut short, each going on in the
            # next: the short line over the wrapped paragraph is its headline, still doubted
            # (a blog's or a section's name is printed there too).
            title, state.title_start, state.title_end = wrapped_head, None, None
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
        and title == 0
        and len(lines) >= 2
        and lines[1].paragraph
        and _plural_label(lines[title])
        and all(at in outside or _post_footer_line(lines[at]) for at in range(2, len(lines)))
    ):
        # «سفرنامه‌های شهری» over one paragraph, nothing else on the page but the post's
        # footer («نوشته شده توسط NAME | نظرات (۰)», fix165), as many footer lines as it
        # prints (category, tags, byline: fix175): a blog's or a section's label over a post
        # shown alone, as a lone word is (fix156)
        state.title_doubt = (_PLURAL_LABEL, None)
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
        and not address.listing  # (at a list's address its own doubts name no title)
        and lines[title].words >= RUN_ON_LEAD_WORDS
        and _CLAUSE_MARKS.search(lines[title].norm.rstrip(".")) is None
        and _LEAD_CLAUSE.search(lines[title].norm) is not None
        and not any(
            i != title and line.key == lines[title].key for i, line in enumerate(lines)
        )  # (a line printed twice is a headline's print)
    ):
        # «رحمانی فرماندارچهارباغ درحضور ... خواستار احداث هنرستان ... گردید» opening the
        # stored text, no headline printed (samanealborz.ir, tests/pages 2018).
        state.title_doubt = (_RUN_ON_LEAD, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and (
            (spelled := _slug_spells_below(lines, title, address, outside)) is not None
            or (spelled := _finglish_slug_spells_below(lines, title, hints.url, outside))
            is not None
        )
    ):
        if state.title_start is None and state.title_end is None:
            # A summary sentence the page prints over the story's own short headline, the
            # address's slug spelling the headline word for word and not the summary: the
            # headline is the title (the checks below may still doubt it).
            title = spelled
        else:
            state.title_doubt = (_SLUG_SPELLS_BELOW, spelled)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and state.title_start is None
        and state.title_end is None
        and not hints.titles
        and (name := _page_name_over_heading(lines, title, outside)) is not None
        and not (address.slug is not None and _slug_spells(lines[title], address.slug))
    ):
        # «تاریخچه لیگ» / «• برگه ها» / «تاریخچه لیگ» / «تاریخچه لیگ برتر ...»: a page's name
        # printed twice over its content's heading, which spells it out: the name is the
        # page's title, unless the address's slug spells the heading (fix246).
        title = name
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
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and (poem_name := _verse_under_its_name(lines, title, anchor, outside)) is not None
    ):
        # «مهر» / two verse lines / prose: the line taken is a poem's verse, the one word
        # over it the poem's name as likely as not.
        state.title_doubt = (_VERSE_UNDER_NAME, poem_name)
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
    if title is not None and (
        (anchor is not None and _excerpts(lines, anchor))
        # No running text, the first teaser its anchor: teasers short of a paragraph (fix191)
        or (anchor is None and _teasers_without_text(lines))
    ):
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
            and title_rule in ("headline", "first line", "headline (h1)")
            and not address.listing
            and _excerpt_ends_text(
                lines,
                title,
                outside,
                not hints.url,
                url=hints.url,
                twice_only=title_rule == "headline (h1)",
            )
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
            # A near tie with another line (a menu's label, fix229) is no answer either:
            # on a list that prints no name neither line is the page's.
            unnamed_list = True
            if state.title_doubt is None or state.title_doubt[0] == _NEARLY_SAME:
                state.title_doubt = (_LIST_EXCERPTS_NO_NAME, None)
        elif title is not None and anchor is None and title_rule == "first line":
            # «HEADLINE» / «TEASER. ادامه مطلب» / «HEADLINE» / «TEASER. ادامه مطلب», no running
            # text: the first line is the first item's headline (fix191).
            unnamed_list = True
            _doubt_as_a_list(state, _LIST_EXCERPTS_FIRST)
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
        and title_rule in ("headline", "first line", "headline (h1)")
        and not address.listing
        and _excerpt_ends_text(
            lines,
            title,
            outside,
            not hints.url,
            url=hints.url,
            twice_only=title_rule == "headline (h1)",
        )
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
        and title_rule in ("headline", "first line")
        and not address.listing
        and _twice_headed_items(lines, title, outside)
    ):
        # «HEADLINE ۰۳ مهر ۱۴۰۱» / kicker / «HEADLINE» / excerpt, three times or more: a list
        # of teasers each printing its headline twice (a tag page, its name not printed).
        unnamed_list = True
        if state.title_doubt is None or state.title_doubt[0] not in _UNNAMED_LIST_DOUBTS:
            state.title_doubt = (_LIST_TWICE_HEADED, None)
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
        and not _dated_header_under(lines, title)
    ):
        # «1» / HEADLINE / its text, the page's first line: a numbered list's first item (a
        # search's results in a print view), whose headline is no page's.
        state.title_doubt = (_NUMBERED_FIRST_ITEM, None)
    if (
        title is not None
        and title_rule == "headline"
        and not address.listing
        and state.title_doubt is None
        and _masthead_pair_name(lines, title, outside)
    ):
        # «یادداشت های کویری من» / «MOTTO» / the two again / the post: a blog's name over
        # its motto printed twice, past _chrome's word counts (fix196).
        state.title_doubt = (_PAIR_PRINTED_TWICE_DOUBT, None)
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
        above = next((at for at in range(title - 1, -1, -1) if at not in outside), None)
        if (
            above is not None
            and all(lines[at].chrome for at in range(above) if at not in outside)
            and _credited_below(lines, above)
        ):
            # «کشتی نیوز» / HEADLINE / DATE / «به نقل از کشتی نیوز، ... …» / «ادامه مطلب»: the
            # line over the one teaser is the outlet its lead credits, the site's own name
            # (fix298's 2574 with the teaser's button): a list whose name the page does not
            # print, its item's title and date not the page's (attacks84, fix308).
            unnamed_list = True
            state.title_doubt = (_LIST_ONE_EXCERPT, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and not address.listing
        and state.title_doubt is None
        and _teaser_closed_by_its_title(lines, title, outside)
    ):
        # HEADLINE / «EXCERPT ... ادامه مطلب» / HEADLINE and nothing more: one item's teaser,
        # its headline's link printed again under it (a tag page's only item; fix285).
        state.title_doubt = (_TEASER_CLOSED_BY_TITLE, None)
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
        and not hints.url
        and state.title_doubt is None
        and _lone_cut_text_under(lines, title, outside)
    ):
        # HEADLINE / one paragraph stopping in a sentence («... در شهری مانند»), nothing
        # more: a tag page's only excerpt or an item stored without its stop (fix140).
        state.title_doubt = (_LONE_CUT_TEXT, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and not address.listing
        and state.title_doubt is None
        and _over_breadcrumb(lines, title, outside)
    ):
        # «پپ» / LINE / «صفحه نخست » گزارش» / a byline / the text: the line taken stands where
        # a header's line stands, and no headline follows the breadcrumb (fix250).
        state.title_doubt = (_OVER_BREADCRUMB, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and _sentences_cut(lines[title].text)
    ):
        # «... رفتم . او هم ... نشست. آری ... نوشتم . اینکه ... خوسف»: sentences one after
        # the other, the last cut with no mark: a hard-wrapped paragraph's line (fix250).
        if (heading := _heading_over_cut_line(lines, title, outside)) is not None:
            # «سفر به روستا» / «... بود. ... بارید. ... شد و ما» / the rest: the short line
            # opening the text over the wrapped paragraph is its headline (fix268).
            title = heading
        else:
            state.title_doubt = (_SENTENCES_CUT, None)
    addressless: bool | None = None  # (fix189: set by the second reading below)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and not hints.url
        and (
            state.title_doubt is None
            or (
                state.title_doubt[0] in _LONE_ITEM_DOUBTS
                and _list_label_over(lines, title - 1, outside)
            )
        )
        and (one_item_name := _lone_item_list_name(lines, title, outside)) is not None
    ) or (
        # NAME / HEADLINE / DAY / a teaser cut « […]» (an excerpt, no body: no anchor,
        # so the first line was taken) / widgets' headings: the first line names the
        # list of the one item under it (attacks57, fix172)
        title is not None
        and title_rule == "first line"
        and anchor is None
        and (addressless := _names_neither(hints.url, address.listing)) is not None
        and state.title_doubt is None
        and (one_item_name := _lone_item_named_by(lines, title, outside)) is not None
    ):
        # «NAME» / «-» / «SECTION» / HEADLINE / teaser / «-» / «SECTION», or «NAME» /
        # HEADLINE / a teaser cut «...» / widgets' headings: a list showing one item, named
        # by the short line opening the page (fix160); «برچسب :» / «NAME» / HEADLINE /
        # teaser: named by its label (fix170), which names the list the lone-item doubts
        # above found unnamed.
        lone_head, title, title_rule = title, one_item_name, "listing name"
        state.title_doubt, unnamed_list = None, False
        _outlet_named(state, title, title_rule)
        if state.title_doubt is None and _JOINED_NAMES.search(lines[title].text):
            state.title_doubt = (_LIST_NAME_JOINED, None)
        if state.title_doubt is None and _name_unshared(lines, title, lone_head):
            # «تازه های فرهنگ و هنر» / HEADLINE / teaser cut «…» / «خواندن بیشتر»: the line
            # over the one item shares no word with it, a site's tagline as often as the
            # list's name (fix294).
            state.title_doubt = (_LIST_NAME_UNSHARED, None)
        if state.title_doubt is None and addressless is False:
            # SECTION / HEADLINE / DAY / a teaser cut « […]» at «/teatr» or «/»: the address
            # names no item (no number) and no list; the text's list reading, doubted (fix189).
            state.title_doubt = (_LONE_ITEM_ADDRESS_MUTE, None)
    if (
        title is not None
        and title_rule == "first line"
        and anchor is None
        and not address.listing
        and url_number(hints.url) is not None
        and state.title_doubt is None
        and (item_head := _lone_item_head(lines, title, outside)) is not None
    ):
        # SECTION / HEADLINE / DAY / a teaser cut « […]» / widgets' headings at an item's
        # address («/news/881/teatr»): the item's own page, its section's name over it (the
        # list of one item above is told by its address only, fix172); the headline (fix183).
        title, title_rule = item_head, "headline"
    if (
        title is not None
        and title_rule == "headline"
        and state.title_doubt is None
        and _other_headlines_under_copies(lines, title, outside)
    ):
        # HEADLINE / HEADLINE / OTHER HEADLINE / OTHER HEADLINE / text: the copies open a
        # list of other stories' headlines over the text, and may be its first item.
        state.title_doubt = (_OTHER_HEADLINES_UNDER, None)
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
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and not address.listing
        and state.title_doubt is None
        and (_cut_teaser_pair(lines, title, outside) or _bulleted_lone_item(lines, title, outside))
    ):
        # HEADLINE / excerpt cut «…» / LABEL / HEADLINE / excerpt cut «…»: two teasers in a
        # row; or «• HEADLINE» opening the page over its one paragraph, widgets under it: a
        # list's only item shown as a bulleted teaser (a tag page whose name is not printed).
        _doubt_as_a_list(state, _LIST_ONE_EXCERPT)
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
    elif (
        title is not None
        and title_rule in ("headline", "first line")
        and (month_counter := _month_counter_below(lines, title, outside)) is not None
        and (
            (
                state.title_doubt is None
                and (month_counter[1] > 1 or _paragraph_under(lines, month_counter[0], outside))
            )
            or (
                month_counter[1] == 1
                and _headline_under(lines, month_counter[0], outside) is not None
            )
        )
    ):
        # «SIDEBAR LINE» / ... / «۳ مطلب در اردیبهشت ۱۳۹۷ ثبت شده است» / the posts: a blog's
        # month archive of several posts, named by no line of its own; the line above the
        # counter is the blog's, not the page's title (tests/pages 2619; fix303). A month of
        # one post is that post's page: the line above the counter is still the blog's, and
        # when the post's text follows the counter with no headline the post prints no title
        # (tests/pages 2667; fix309).
        # A headline right under the counter of one post, over its text, is the post's
        # (whatever doubt the line above the counter had: it is the blog's).
        posted = None if month_counter[1] > 1 else _headline_under(lines, month_counter[0], outside)
        if posted is not None:
            title, state.title_doubt = posted, None
        else:
            state.title_doubt = (
                (_LIST_MONTH_COUNTED, None)
                if month_counter[1] > 1
                else (_ONE_COUNTED_POST_UNTITLED, None)
            )
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
            and state.title_doubt is None
            and address.slug is None
            and _paged_home(hints.url)
        ):
            # «اخبار شهرستان» / HEADLINE / teaser at «/?paged=5»: a home page's later page
            # names no list; its short line over the items labels a block (real47 #15).
            state.title_doubt = (_HOME_BLOCK_LABEL, None)
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
            # line of a page without one) is an item's. Over one excerpt cut by the theme
            # that ends the text («[…]»), the list's only item's even when its headline holds
            # the tag's word («/tag/تراموا/» over «خط نخست تراموای تبریز ...», tests/pages
            # 2662; fix309): no title.
            state.title_doubt = (
                (_LIST_ADDRESS_ONE_EXCERPT, None)
                if _paragraph_under(lines, title, outside)
                and _excerpt_ends_text(lines, title, outside, url=hints.url)
                else (_LIST_ADDRESS_FIRST, None)
            )
    if (
        address.listing
        and address.slug is None
        and title is not None
        and title_rule in ("listing name", "headline (h1)", "headline", "first line")
        and (state.title_doubt is None or state.title_doubt[0] not in _LIST_NAME_DOUBTS)
        and home_address(hints.url)
    ):
        # A site's home page names no list: the short line over its items is a block's or a
        # tab's label («Эълонҳо» over andoz.tj's news), its <h1> the featured item's headline
        # (bloghnews.com; blind77, tests/pages 2121 and 2128, fix212), a headline an item's
        # (fix125's teaser): no title.
        state.title_doubt = (_HOME_PAGE_NO_NAME, None)
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
        # (a blog's name cut with «...» over its tagline: the archive's doubt says more)
        and (state.title_doubt is None or state.title_doubt[0] == _CUT_NAME_OVER_TAGLINE)
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
        and (state.title_doubt is None or state.title_doubt[0] == _CUT_NAME_OVER_TAGLINE)
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
        address.day_archive
        and title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and _lone_cut_text_under(lines, title, outside)
    ):
        # «/2024/12/06» over HEADLINE / one paragraph stopping in a sentence, nothing more:
        # without an address the text cannot tell a list's only excerpt from an item stored
        # without its stop (_LONE_CUT_TEXT); a day archive's address tells: the list's
        # excerpt, its headline the post's, its day the list's (fix250). (One post shown in
        # full, or with its read-more button, keeps the rules above.)
        state.title_doubt = (_LIST_DAY_ARCHIVE_CUT, None)
        unnamed_list = True
    elif (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and _day_label_posts(lines, title, outside)
    ):
        # «بایگانی نوشته‌های روز: DAY» over two posts' headlines and teasers: the page's own
        # heading names a day's list, whose first post's headline is not the page's (fix225).
        state.title_doubt = (_LIST_DAY_LABEL_FIRST, None)
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
    elif (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and home_address(hints.url)
        and not home_item
        and _dated_next_to(lines, title, outside)
    ):
        # «https://host/» over «1397/11/18» / HEADLINE / its paragraph: a home page holding
        # one dated teaser; the headline is the item's, not the page's.
        state.title_doubt = (_HOME_PAGE_TEASER, None)
    elif (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and title <= _HOME_TAGLINE_LINE
        and home_address(hints.url)
        and not home_item
    ):
        # «http://blog.blogfa.com/» over BLOG NAME / TAGLINE / untitled posts: a home page's
        # first lines are its site's name and tagline, not an article's headline (fix185).
        state.title_doubt = (_HOME_PAGE_TOP, None)
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_doubt is None
        and (centred := _centred_continuation(lines, title, outside)) is not None
    ):
        # HEADING / «      ITS NEXT LINE» set further in: a heading centred over lines.
        state.title_doubt = (_CENTRED_DOUBT, centred)
    if (
        title is not None
        and title_rule == "headline"
        and not address.listing
        and state.title_doubt is None
        and (
            shape := _list_shape_doubt(lines, title, outside)
            or _capital_items(lines, title, outside)
        )
        is not None
    ):
        # «سرخط خبرها» over a headline printed once, a run of headlines opening the page,
        # capital headlines over their texts: a list's items by the text's shape alone
        # (weighed after the address's rules, which say more: fix195).
        state.title_doubt = shape
    if (
        title is not None
        and title_rule == "headline (h1)"
        and not address.listing
        and state.title_doubt is None
        and (section_doubt := _list_name_doubt(lines[title])) is not None
    ):
        # «<h1>اخبار و رویدادها</h1>» over the story's «<h2>»: the page's <h1> names its news
        # section or its headlines box, not the story (fix199).
        state.title_doubt = section_doubt
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
        # (Their date lines are the posts', labelled or not: «نگارش در تاریخ DATE توسط
        # NAME», a published label since fix187, dates no page.)
        unnamed_list = True
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and not address.listing
        and address.slug is None
        and not _item_address(hints.url)
        and (state.title_doubt is None or state.title_doubt[0] not in _UNNAMED_LIST_DOUBTS)
        and (days := _day_headed_posts(lines))
        and title > days[0] - POST_STAMP_REACH
    ):
        # Posts under day lines of their own, newest first (a blog's archive or home page,
        # its date headers «Thursday, October 28, 2004»), at an address naming no item (a
        # post's own page may show the next post under it): whatever line is taken is one
        # post's, and the day lines are the posts' (real61).
        state.title_doubt = (_LIST_DAY_POSTS, None)
        unnamed_list = True
    if (
        title is not None
        and title_rule in ("headline", "headline (h1)", "first line")
        and not address.listing
        and (state.title_doubt is None or state.title_doubt[0] not in _UNNAMED_LIST_DOUBTS)
        and _dateline_reports(lines, title, outside)
    ):
        # Reports one a paragraph, each opening with its agency's dateline (a news list's
        # teasers, fix204): the line over them names none as the page, and their
        # datelines are the reports' days.
        state.title_doubt = (_LIST_DATELINE_REPORTS, None)
        unnamed_list = True
    if (
        title is not None
        and title_rule in ("headline", "first line", "listing name")
        and not address.listing
        and (state.title_doubt is None or state.title_doubt[0] not in _UNNAMED_LIST_DOUBTS)
    ):
        if _front_page_items(lines, title, outside):
            # A run of dated items (HEADLINE / its date line / a teaser at most, each), the
            # title one of them or a menu's or tab's label over them: a front page, whose
            # dates are its items' (fix215).
            state.title_doubt = (_LIST_FRONT_PAGE_ITEMS, None)
            unnamed_list = True
        elif _labelled_stamped_items(lines, title, outside):
            # «اخبار دانشگاه» over two dated items, the title the first one's headline: the
            # page's own heading says it lists news, its dates the items' (fix225).
            state.title_doubt = (_LIST_FRONT_PAGE_ITEMS, None)
            unnamed_list = True
        elif title_rule == "headline" and _ticker_items_below(
            lines, title, outside, state.double_spaced
        ):
            # The headline is one of the ticker's headlines opening the page, and others of
            # them head their own teasers below: a front page's items (fix215).
            state.title_doubt = (_LIST_TICKER_ITEMS, None)
            unnamed_list = True
        elif title_rule == "listing name" and _menu_labels(lines, title, outside):
            # «سازمانهای بالادستی» / «نمودار سازمانی» / more short labels: the line taken as
            # the list's name and its "first item" are a menu's labels (fix215).
            state.title_doubt = (_LIST_MENU_LABEL, None)
            unnamed_list = True
        elif title_rule == "first line" and _menu_labels(lines, title, outside, MENU_ENTRY_WORDS):
            # «مدیریت» / «رياست دانشگاه» / «هیات امنا» ...: the page's first line, taken
            # for want of a headline, is a menu's label over more of them (fix223).
            state.title_doubt = (_LIST_MENU_LABEL, None)
            unnamed_list = True
        elif title_rule == "headline" and _undated_items(
            lines, title, outside, state.double_spaced
        ):
            # The headline is the last of a front page's undated items' headlines, or one
            # under two or more of them, heading no text (fix223).
            state.title_doubt = (_LIST_UNDATED_ITEMS, None)
            unnamed_list = True
        elif title_rule in ("headline", "first line") and _kicker_teasers(lines, title, outside):
            # The headline is one of teasers each under the same kicker («ویدیو» / HEADLINE,
            # three pairs or more in a row): a list's items (fix299).
            state.title_doubt = (_LIST_KICKER_TEASERS, None)
            unnamed_list = True
        elif title_rule == "headline" and _menu_label_again(lines, title, outside):
            # The headline is a label of a menu printed above it: a category's label over
            # a front page's block of items (fix223).
            state.title_doubt = (_LIST_MENU_LABEL, None)
            unnamed_list = True
        elif (
            title_rule in ("headline", "first line")
            and state.title_doubt is None
            and ":" in lines[title].text
            and _kicker_teasers(lines, title, outside, labels=True)
        ):
            # The line taken is a label line, one of three or more each under the same
            # kicker («اطلاعیه» / «نشانی دفتر : ...», «-» / «وضعیت: ...»): a block's
            # fields, whose page prints no headline here (fix314).
            state.title_doubt = (_KICKER_LABELS, None)
    elif (
        title is not None
        and title_rule == "headline (h1)"
        and not address.listing
        and state.title_doubt is None
        and _ticker_items_below(lines, title, outside, state.double_spaced)
    ):
        # The same for the page's one level-1 heading (an <h1>, a Markdown «# HEADLINE»):
        # printed before in the ticker opening the page, and others of the ticker's
        # headlines head their own teasers below it: the featured item of a front page
        # (fix229: bloghnews.com's home page as Markdown, where no address says so).
        state.title_doubt = (_LIST_TICKER_ITEMS, None)
        unnamed_list = True
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
        unnamed_list = True
    if title is not None and state.title_start is None and (frame := _decorated(lines[title])):
        state.title_start, state.title_end = frame  # the title without its frame of marks
    elif title is not None and title_rule == "headline" and state.title_end is None:
        state.title_end = (
            _clean_print_below(lines, title, outside)
            or _new_badge_end(lines[title])
            or _icon_labels_end(lines[title])
            or _section_tail_end(lines[title], address.slug)
        )
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_start is None
        and state.title_end is None
        and (note_end := _starred_note_start(lines[title])) is not None
    ):
        # «*NOTE SENTENCE.TITLE»: a starred note run into the post's title; the title is
        # what follows the note's glued sentence end (jahromy.blogfa.com, real72 #14).
        state.title_start = lines[title].start + note_end
    if (
        title is not None
        and title_rule in ("headline", "headline (h1)", "first line")
        and state.title_start is not None
        and state.title_end is None
        and (twin := digit_twin_title(lines[title], state.title_start)) is not None
    ):
        # «خانه › اقتصاد › 2.5 HEADLINE۲٫۵ HEADLINE»: a breadcrumb cut off, then the headline
        # printed twice, in ASCII and in Persian digits: the copy in Persian digits (fix308).
        state.title_start, state.title_end = twin
    if (
        title is not None
        and title_rule in ("headline", "headline (h1)", "first line")
        and state.title_start is None
        and state.title_end is None
    ):
        # «HEADLINE – DW – ۱۴۰۳ بهمن ۲۵»: a page's <title> as the extractor's first line.
        state.title_end = _site_dated_title(lines[title]) or _doubled_title(lines[title])
        if state.title_end is None and (twin := digit_twin_title(lines[title])) is not None:
            # «71 HEADLINE۷۱ HEADLINE»: the page's <title> in ASCII digits glued to the
            # article's heading in Persian digits: the heading is given (fix298).
            state.title_start, state.title_end = twin
        if state.title_end is None and (teaser := read_more_date_end(lines[title].norm)):
            # «TITLE ادامه مطلب » 11 مرداد 1390»: a teaser's read-more link and its date
            # run into its title's line; the title ends before the link.
            state.title_end = lines[title].start + teaser
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
        credit = (
            _AGENCY_CREDIT.match(lines[title].text) if "خبرگزاری" in lines[title].text else None
        )
        if credit is not None and len(lines[title].text[credit.end() :].split()) >= _CREDITED_WORDS:
            # «خبرگزاری فارس: HEADLINE»: an aggregator's or extractor's line credits the
            # agency before the headline; the headline is what follows the colon.
            state.title_start = lines[title].start + credit.end()
    if (
        title is not None
        and title_rule in ("headline", "first line")
        and state.title_start is None
        and (labelled_head := _HEADLINE_LABEL.match(lines[title].norm)) is not None
        and len(lines[title].norm[labelled_head.end() :].split()) >= _LABELLED_WORDS
    ):
        # «خبر : HEADLINE»: the label is not the headline's (the norm has the line's length).
        state.title_start = lines[title].start + labelled_head.end()
        if state.title_doubt is None and (
            (own := headline_over_label_row(lines, title, outside)) is not None
        ):
            # «آتشنشانی (ایمنی شهری)» / «عنوان : پروژه کاربینی»: the row's value may be one of
            # the record's fields under the page's own headline (fix227).
            state.title_doubt = (_LABEL_ROW_UNDER_HEADLINE, own)
    if (
        title is not None
        and title_rule in ("headline", "headline (h1)", "first line")
        and state.title_start is None
        and (section := _SECTION_LABEL.match(lines[title].norm)) is not None
        and len(lines[title].norm[section.end() :].split()) >= SECTION_LABELLED_WORDS
        and ":" not in lines[title].norm[section.end() :]
    ):
        # «اخبار پایگاه : HEADLINE»: the section's list name is the site's, not the
        # headline's, in a marked <h1> as on a plain line (fix251). The page's <title> or
        # slug says which; when neither does, the cut is uncertain («اخبار جعلی: ...» may be
        # a two-part headline's topic).
        said = _rubric_named(lines[title], section.end(), hints, address)
        if said is not False:
            state.title_start = lines[title].start + section.end()
        if said is None and state.title_doubt is None:
            state.title_doubt = (_SECTION_LABEL_DOUBT, None)
    if (
        title is not None
        and state.title_start is None
        and (mark := _LEADING_SEPARATOR.match(lines[title].text)) is not None
        and len(lines[title].text[mark.end() :].split()) >= _CREDITED_WORDS
    ):
        # «/ HEADLINE» under its date's line: the separator is not the headline's.
        state.title_start = lines[title].start + mark.end()
    if (
        title is not None
        and state.title_start is None
        and (icon := _POST_ICON_ALT.match(lines[title].text)) is not None
        and len(lines[title].text[icon.end() :].split()) >= _CREDITED_WORDS
    ):
        # «Icon90 TITLE»: a forum post icon's alt text is not the post's title (fix258).
        state.title_start = lines[title].start + icon.end()
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
        if dated[1] is not None:  # (None: an event's day glued with its label, fix271)
            _date_candidate(state, dated[1], "header", title, 0)
    elif title is not None and (bracketed := _bracket_short_dated_title(lines[title])):
        # «HEADLINE   (25/3/86)»: the item's day, its year of two digits, after its headline
        # (its day maybe of one digit, «(جمعه ۴/۳/۸۶)», fix165).
        state.title_end = bracketed[0]
        _date_candidate(state, bracketed[1], "header", title, 0, one_digit_day=True)
    elif (
        title is not None
        and (stamped := _stamp_opened_title(lines[title])) is not None
        and state.title_start in (None, stamped[0])
    ):
        # «[15.Aug.2022 - 14:23]HEADLINE»: the item's stamp in brackets before its headline
        # (real62); «(1394/08/05) HEADLINE», cut there already (:func:`_bracket_dated_heading`),
        # read the same (fix213).
        state.title_start = stamped[0]
        _date_candidate(state, stamped[1], "header", title, 0)
    elif (
        title is not None
        and (opened := _date_opened_title(lines[title])) is not None
        and state.title_start in (None, opened[0])
    ):
        # «1401/2/22 پنجشنبه HEADLINE»: the item's day and weekday bare before its headline
        # (real66 #18), read as the bracketed stamp is.
        state.title_start = opened[0]
        _date_candidate(state, opened[1], "header", title, 0)
    elif (
        title is not None
        and state.title_end is not None
        and (teased := read_more_date(lines[title].norm)) is not None
        and state.title_end == lines[title].start + teased[0]
        and _one_read_more_teaser(lines, title, outside)
    ):
        # «TITLE ادامه مطلب » DATE» alone on its page (a day or month archive's one teaser):
        # the date after the read-more link is that teaser's, the page's one item (fix214).
        start = lines[title].start
        _date_candidate(state, (start + teased[1][0], start + teased[1][1]), "header", title, 0)
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
        or list_heading_on_top(state, title, outside)
    )
    if title is not None and listing and tags_list_under_name(state, title, outside):
        # The line taken is the site's name over its motto, over the tag list's heading: the
        # list's page names no item (fix228).
        title = None
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
        if address.listing and home_address(hints.url):
            # A site's home page: a date over its items is an item's or the day's banner
            # (abfaesfahan.ir's «1397/01/05» stamp, vatanlink.com's first link's date; blind77,
            # fix212), never the page's; it has no article to date.
            item_rules += ("date line above title", "date line farther above title")
        if unnamed_list:
            # No name over the first item: the lines above its headline are its own too.
            item_rules = ("label", "date line", "label above title", "date line above title")
            if state.title_doubt is not None and state.title_doubt[0] in _FRONT_PAGE_DOUBTS:
                # A front page's dates are its items' or its banner's, wherever they stand
                # above the line taken (fix215).
                item_rules += ("date line farther above title",)
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
    state.today_weekdays = _today_in_lead(state, lead, end, outside) | _today_over_lead(
        state, title, lead, outside
    )
    state.today_days = _today_days_in_lead(state, lead, end, outside)
    if title is not None:
        state.title_days = frozenset(named_days(lines[title].norm))
    if not state.afghan and (_pashto(lines, title, lead) or _afghan_masthead(lines, title)):
        state.afghan = True  # a page in Pashto keeps Kabul's clock
    if not state.afghan:
        dari = _dari(lines, title, lead, end, outside)
        if dari is True:
            dari = _iranian_publisher(state, hints.url) or True
        if dari is True:
            state.afghan = True  # a page in Afghan Dari keeps Kabul's clock, as Pashto's
        elif dari == _IRANIAN_PUBLISHER:
            pass  # an Iranian site's report in Afghan words: Tehran's clock (fix241)
        elif isinstance(dari, str):
            state.clock_doubt = dari  # Dari usage under an Iranian agency's relay
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


# The clock of the one country edition whose people write Persian (Tajik): a Jalali stamp
# under its label keeps it (tj.usembassy.gov, attacks31).
_TAJIK_CLOCK = "Asia/Dushanbe"


def _one_read_more_teaser(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the title's line is the page's one teaser run into its read-more link and date
    (:func:`_evidence.read_more_date`): no other line of the page ends so. Two or more such
    lines are a list's items (a category page), whose dates are none the page's (fix214)."""
    return not any(
        index != title and index not in outside and read_more_date_end(line.norm) is not None
        for index, line in enumerate(lines)
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


# Words of Afghan Dari that Iranian Persian does not write, each where Iran says another:
# «امور داخله» (the interior, Iran's «کشور»), «چوکات» (a framework, «چارچوب»), «منسوبین» (a
# ministry's staff, «کارکنان»), «به حیث» (as, «به عنوان»; not «به حیثیت», dignity),
# «روزنامچه» (a diary), «پوهنتون» (a university, «دانشگاه»), «شاروالی» (a municipality,
# «شهرداری»), «سارنوالی» (a prosecutor's office, «دادستانی»). Not a district's «ولسوالی» or a
# hospital's «شفاخانه»: Iranian agencies name Afghan districts and hospitals so. On 2026-12-05
# none of them was in a page of tests/pages, tests/corpus or real32-real50 not from Afghanistan
# (2,052 texts; fix152). «دهاقین» (farmers, Iran's «کشاورزان») and «حاصلات» (crops' yield,
# «محصولات»): an Afghan report's words for its farmers and harvests (real67 #20, an Afghan
# paper's print view on a host outside .af); on 2026-12-07 the 2 and 4 pages of tests/pages that
# write them are all Afghan, and no page of tests/corpus or of real60-real66 writes them.
# «فیصد» (per cent, Iran's «درصد») and «قالین» (a carpet, Iran's «قالی» or «فرش»): an Afghan
# business report's (real76 #28, an Afghan Dari print view on a host outside .af); on
# 2026-12-07 the 3 pages of tests/pages and the 2 texts of real71-real76 that write «قالین»
# are all Afghan, and none of them or of tests/corpus writes «فیصد» (fix269).
_DARI_WORDS = re.compile(
    r"(?<![^\W\d_])(?:امور[ \u200c]?داخله|چوکات|منسوبین|به[ \u200c]?حیث|روزنامچه|پوهنتون"
    r"|شاروالی|سارنوالی|دهاقین|حاصلات|فیصد|قالین)(?![^\W\d_])"
)
# The four of them that name an Afghan office («وزارت امور داخله», «پوهنتون», «شاروالی»,
# «سارنوالی»), squeezed: a reporter from elsewhere names the office as Afghans do («سخنگوی
# شاروالی هرات»), while the other four are how a writer of Dari writes (attacks56, fix164).
_DARI_OFFICES = frozenset({"امورداخله", "پوهنتون", "شاروالی", "سارنوالی"})
# A part of each that a line must hold before the pattern is tried: eight substring tests cost
# less than the pattern's search of a long paragraph (seedcount: about 4,441,000 instructions
# with the pattern on every line read, against about 4,129,000 without the rule).
_DARI_KEYS = (
    "داخله",
    "چوکات",
    "منسوبین",
    "حیث",
    "روزنامچه",
    "پوهنتون",
    "شاروالی",
    "سارنوالی",
    "دهاقین",
    "حاصلات",
    "فیصد",
    "قالین",
)
# How many different ones the headline and the paragraphs under it name at least: one may be
# an Afghan office quoted in an Iranian report; an article written in Dari uses several.
DARI_MIN_WORDS = 2
# The lead and this many paragraphs under it are read for them.
DARI_PARAGRAPHS = 3


def _dari(
    lines: Sequence[_Line], title: int | None, lead: int, end: int, outside: set[int]
) -> Literal[True] | str | None:
    """Whether the article is written in Afghan Dari: its headline, lead and the
    :data:`DARI_PARAGRAPHS` paragraphs under the lead name at least :data:`DARI_MIN_WORDS`
    different words of :data:`_DARI_WORDS` (an Afghan ministry's page, blind page 1848: «وزارت
    امورداخله», «منسوبین», «به حیث», «چوکات»). Its times are on Kabul's clock, as a Pashto page's.

    The words count in the page's own sentences and in a speech it quotes (``گفت: «...»``, a
    quoted sentence: the article's own official speaking), not in a name it quotes («شاروالی
    هرات») or names with «افغانستان» (fix157). A page that relays an Iranian agency
    («به گزارش خبرنگار ایرنا از مشهد، ...»: :data:`vocab.IRANIAN_AGENCIES`) is that agency's
    report, on Tehran's clock, whatever Afghan offices and speech it names; when its own
    sentences write Dari all the same (two of the usage words, not offices), the signs
    disagree: the reason is returned (a string) and the page's time is not read (fix164).
    Returns True (Dari), a string (in doubt) or None.
    """
    indexes = [title] if title is not None else []
    indexes += [i for i in range(lead, min(end, lead + DARI_PARAGRAPHS + 1)) if i not in outside]
    norms = [lines[index].norm for index in indexes if index < len(lines)]
    if not _may_be_dari("\n".join(norms)):
        return None  # (the usual case: no piece of a Dari word in any line read)
    own: set[str] = set()
    speech: set[str] = set()
    for norm in norms:
        if not _may_be_dari(norm):
            continue
        for match in _DARI_WORDS.finditer(norm):
            word = match.group(0).replace(" ", "").replace("\u200c", "")
            if _COUNTRY_AFTER.match(norm, match.end()) is not None:
                continue  # an Afghan office named with its country: «... افغانستان»
            quote = _quote_around(norm, match.start())
            if quote is None:
                own.add(word)
            elif _quoted_speech(norm, *quote):
                speech.add(word)
    if len(own | speech) < DARI_MIN_WORDS:
        return None
    relay = next((m for m in map(_IRANIAN_RELAY.search, norms) if m is not None), None)
    if relay is None:
        return True
    usage = own - _DARI_OFFICES
    if len(usage) < DARI_MIN_WORDS:
        return None  # an Iranian agency's report naming Afghan offices or quoting Afghans
    return (
        f"the page relays an Iranian agency ({relay.group(0)!r}) and its own sentences write "
        f"Afghan Dari ({', '.join(sorted(usage))}): its clock (Tehran's, UTC+03:30, or Kabul's, "
        "UTC+04:30) is not sure"
    )


# An Iranian month named in a Jalali date the page prints («۱۸ آذر ۱۴۰۲»): an Afghan page names
# the zodiac months (حمل، ثور، ...، قوس: vocab.AFGHAN_MONTHS), an Iranian one these.
_IRANIAN_MONTH = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted(vocab.JALALI_MONTHS, key=len, reverse=True))
    + r")(?![^\W\d_])"
)
# The host's country code of an Iranian site.
_IRANIAN_HOST_SUFFIX = ".ir"
# What :func:`_iranian_publisher` returns when both signs are the page's: Tehran's clock.
_IRANIAN_PUBLISHER = "iranian publisher"


def _iranian_publisher(state: _State, url: str | None) -> str | None:
    """The publisher's own signs against Afghan Dari words (fix241, attacks73): a page whose
    sentences use Dari words (:func:`_dari`: «دهاقین», «حاصلات») may be an Iranian site's
    report about Afghanistan. Its host under :data:`_IRANIAN_HOST_SUFFIX` and an Iranian
    month (:data:`_IRANIAN_MONTH`) in a Jalali date it prints are the publisher's, the words
    the subject's: both → :data:`_IRANIAN_PUBLISHER` (Tehran's clock, the words set aside);
    one of them → the reason the clock is not sure (the time is not read, ``zone-unread``);
    none → None (Kabul's clock, as before). An Afghan page on a host outside .af
    (real67's, docs/real_sample.md's fifty-sixth sample) prints an English date: no sign."""
    signs: list[str] = []
    host = _hostname(url)
    if host is not None and host.endswith(_IRANIAN_HOST_SUFFIX):
        signs.append(f"its host {host!r} is Iranian")
    for candidate in state.candidates:
        stamp = candidate.stamp
        if stamp is None or stamp.calendar != "jalali":
            continue
        month = _IRANIAN_MONTH.search(normalize(stamp.text))
        if month is not None:
            signs.append(f"its date {stamp.text!r} names the Iranian month {month.group(0)!r}")
            break
    if len(signs) == 2:
        return _IRANIAN_PUBLISHER
    if signs:
        return (
            f"the page's sentences write Afghan Dari but {signs[0]}: its clock (Tehran's, "
            "UTC+03:30, or Kabul's, UTC+04:30) is not sure"
        )
    return None


def _may_be_dari(text: str) -> bool:
    """Whether ``text`` (the normalised lines :func:`_dari` reads, joined by line breaks) may
    hold a word of :data:`_DARI_WORDS`: the eight substring tests of :data:`_DARI_KEYS` made
    once over the joined lines, not once a line (speed41, docs/performance.md "A thirty-ninth
    pass": an alternation of the pieces searched by ``re`` cost more than the loop it
    replaced). Registered in ``testing.PREFILTERS`` («dari words»); a line break stands
    where a line's start or end does for the pattern's bounds."""
    for key in _DARI_KEYS:  # noqa: SIM110 (a loop, no generator's frame a key)
        if key in text:
            return True
    return False


# «... افغانستان» (or «...‌های افغانستان») right after a Dari word: an Afghan office or school
# named with its country, as a page from outside Afghanistan names it (an Iranian agency's
# «وزارت امور داخله افغانستان»; attacks54). Not «کابل»: an Afghan page names its own city's
# «پوهنتون کابل» and «شاروالی کابل» (fix152's pages).
_COUNTRY_AFTER = re.compile(r"(?:\u200c?(?:های|ها|ی))?[ \u200c]+افغانستان(?![^\W\d_])")


def _quote_around(norm: str, start: int) -> tuple[int, int] | None:
    """The span inside the guillemets that hold ``norm[start]`` («...»), or None when it stands
    outside them. A quote left open runs to the line's end."""
    if norm.count("«", 0, start) <= norm.count("»", 0, start):
        return None
    opening = norm.rfind("«", 0, start) + 1
    closing = norm.find("»", start)
    return opening, len(norm) if closing < 0 else closing


def _quoted_speech(norm: str, start: int, end: int) -> bool:
    """Whether the quote ``norm[start:end]`` is a speech, not a name: it follows a colon
    («رئیس این اداره گفت: «...»») or is a sentence, ending in its stop («... می‌رسد.»). A name
    or a book's title quoted («شاروالی هرات», «روزنامچه‌های هرات») is neither (fix157)."""
    if norm[: start - 1].rstrip().endswith(":"):
        return True
    return norm[start:end].rstrip().endswith((".", "!", "?", "؟"))


# An Iranian agency's relay: «به گزارش (خبرنگار|گروه ...)? AGENCY» within a few words, or
# «به نقل از AGENCY» (the agency's names: vocab.IRANIAN_AGENCIES). A page that opens so is
# that agency's report (fix164).
_IRANIAN_RELAY = re.compile(
    r"(?<![^\W\d_])به[ \u200c]?(?:گزارش|نقل[ \u200c]از)[ \u200c](?:[^\W\d_]+[ \u200c]){0,3}?(?:"
    + IRANIAN_AGENCY_NAMES
    + r")(?![^\W\d_])"
)


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
            (
                i
                for i in range(title + 1, anchor)
                if lines[i].info.kind in ("labels", "date") or _timed_date_with_company(lines, i)
            ),
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


def _timed_date_with_company(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a date with company (``mixed``) whose date carries its
    time («NAME یکشنبه، ۲۵ اردیبهشت ۱۴۰۱ ساعت ۱۴:۰۶», the author's name glued before the
    weekday, the name printed alone on the line above too): the header's date line, which a
    short line above it belongs to as the labels' and dates' lines do (tests/pages 1955)."""
    info = lines[index].info
    if info.kind != "mixed" or not info.dates:
        return False
    start, end = info.dates[0]
    return _CLOCK.search(lines[index].norm, start, end) is not None


# A clock time (hours and minutes) inside a date's extent, in any digits.
_CLOCK = regex.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def _outside_lines(state: _State, spans: Sequence[Span]) -> set[int]:
    """Indexes of the lines inside the given spans (HTML navigation, sidebars, footers)."""
    found: set[int] = set()
    for start, end in spans:
        index = bisect.bisect_left(state.starts, start)
        while index < len(state.lines) and state.lines[index].start < end:
            found.add(index)
            index += 1
    return found


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
                timed = (
                    _time_below(state, stamp)
                    or _time_above(state, stamp)
                    or _time_before(state, stamp)
                )
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
    by_field["published"] = _without_document_dates(state, by_field["published"])
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
        # The address's date path, when it has one, still gives the post's day (fix267).
        by_url = [cand for cand in by_field["published"] if cand.rule == "url"]
        published = resolve_date("published", by_url, state.note) if by_url else None
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
    if (
        published is not None
        and published.stamp is not None
        and (document := _document_date_label(state, published.stamp.text)) is not None
    ):
        # «تاریخ بخشنامه : ۱۳۹۹/۰۵/۲۱» on a page reproducing a circular: the day is the
        # document's (its issue), not the page's publication, and the letter's own «تاریخ:»
        # repeats it; not used, never silently (fix231).
        state.note(
            "published-conflict",
            f"the date {published.stamp.text!r} is the one the page prints under "
            f"{document!r}, the date of the document it reproduces, not of the page's "
            "publication; not used",
            published.span,
        )
        published = None
    if published is None and (only := _only_date_line_set_aside(state)) is not None:
        # A slogan / «۱۲ دی ۱۴۰۲» / HEADLINE twice / nine sub-heading lines: the page's only
        # date line, far above the line taken for the title, is set aside as the site's
        # banner; it may be the article's own date, so its dropping is never silent (fix183).
        state.note(
            "published-unlabelled",
            f"the only date line {only.printed!r} is above the title where a site's today "
            "banner stands; set aside, no publication date",
            (only.start, only.end),
        )
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
    elif number is None and state.item_id_doubt is not None:
        state.note("number-conflict", state.item_id_doubt, None)
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
        published = _clock_by_dated_id(state, number, published)
        _check_dated_id(state, number, published)
    clocked = any(_gregorian_time(c) for c in (published, updated))
    if clocked and _written_in_urdu(state.doc):
        # A page written in Urdu: Pakistan's clock (+05:00) or India's (+05:30), which the
        # page does not print (a Dari month's spelling, «اپریل», is no Kabul clock here); a
        # Gregorian time without its zone keeps the day only, warned. (A Jalali or Afghan date
        # is an Iranian or Afghan service's, on its country's clock, and is never asked.)
        urdu = (
            "the page is written in Urdu or Sindhi and its clock (Pakistan's, UTC+05:00, or "
            "India's, UTC+05:30) is not printed"
        )
        published, updated = (
            _clock_unprinted(state, c, urdu) if _gregorian_time(c) else c
            for c in (published, updated)
        )
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
    if (
        home is None
        and state.clock is not None
        and not (
            state.edition_clock
            and published is not None
            and published.stamp is not None
            and published.stamp.calendar == "jalali"
        )
    ):
        # A Tajik site's address or language: Dushanbe's. A country edition's label
        # («kz.», «by.») sets the clock of the dates that country prints, not of a Jalali
        # stamp: a Persian service under such a label prints Tehran's time (fix214).
        home = zone_named(state.clock)
    if (
        home is None
        and published is not None
        and published.stamp is not None
        and published.stamp.has_time
        and _written_in_tajik(state.doc)
    ):
        home = zone_named("Asia/Dushanbe")  # a page written in Tajik: Dushanbe's clock
    if home is None and state.clock_doubt is not None:
        # Afghan Dari in an Iranian agency's report: Tehran's clock or Kabul's (fix164).
        why = state.clock_doubt
        published, updated = (_clock_unprinted(state, c, why) for c in (published, updated))
    if home is not None:
        # A machine instant (converted to Tehran by the grammar) is shown on the page's clock;
        # a time the page prints without a zone is a wall time on that clock.
        published, updated = (_in_zone(choice, home) for choice in (published, updated))
    for name, choice in (("published", published), ("updated", updated)):
        # A Jalali day before the month law of 1304, after Farvardin, may be one off (fix312):
        # the value chosen, after every rule above, is kept and warned.
        if choice is not None and choice.stamp is not None:
            doubt = month_law_doubt(choice.stamp)
            if doubt is not None:
                state.note("calendar-before-1304", f"{name}: {doubt}", choice.span)
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


def _today_over_lead(
    state: _State, title: int | None, lead: int, outside: set[int]
) -> frozenset[int]:
    """The weekdays a paragraph between the title and the lead calls today, one the header
    grammar read as a today widget for its opening («امروز – شنبه 17 تیر 1402 – از ساعت 9
    صبح ... آغاز شد.», the date set off by dashes: tests/pages 2102): the body's first
    paragraph, which says what day the text was written on as the lead does."""
    found: set[int] = set()
    if title is None:
        return frozenset()
    for index in range(title + 1, lead):
        line = state.lines[index]
        if (
            index not in outside
            and line.paragraph
            and line.info.reason == "today widget"
            and "امروز" in line.norm
        ):
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


def _gregorian_time(choice: Choice | None) -> bool:
    """Whether ``choice`` is a Gregorian date with its time (the dates an Urdu page prints)."""
    return (
        choice is not None
        and choice.stamp is not None
        and choice.stamp.has_time
        and choice.stamp.calendar == "gregorian"
    )


def _clock_unprinted(state: _State, choice: Choice | None, why: str) -> Choice | None:
    """A date and time on a page whose clock is unknown (an Urdu page's, for the reason
    ``why``), with no zone or offset printed: the day as printed, date only, warned
    (``zone-unread``); a time that prints its zone or offset is an instant and is kept."""
    if choice is None or choice.stamp is None or not choice.stamp.has_time:
        return choice
    stamp = choice.stamp
    if _PRINTED_ZONE.search(to_ascii_digits(stamp.text)):
        return choice
    value = stamp.gregorian
    day = as_day(value)
    state.note(
        "zone-unread",
        f"{why}; the time of {stamp.text!r} is not read (the day {day.isoformat()} is sure)",
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


# How much of an agency's dateline line a note quotes.
DATELINE_NOTE_CHARS = 40


# A Gregorian day printed on the page at least this many days from the address's Jalali day
# path is a mismatch (one day apart is the zones' edge, not another day).
URL_GREGORIAN_MISMATCH_DAYS = 2


def _url_notes(state: _State, published: Choice | None, cands: list[Candidate]) -> None:
    """The URL's date path: a note when it is the only date, or when the page's day differs."""
    url = next((c for c in cands if c.rule == "url" and c.stamp is not None), None)
    if url is None or url.stamp is None or published is None or published.stamp is None:
        return
    if published.rule == "url" and state.url_dateline is not None:
        state.note(
            "published-from-url",
            f"the dateline {state.url_dateline[:DATELINE_NOTE_CHARS]!r} prints the day and "
            f"month without a year; the URL's date {url.stamp.text!r}, the same day, is used",
            None,
        )
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
    elif (
        stamp.calendar != "jalali"
        and abs((as_day(stamp.gregorian) - as_day(url.stamp.gregorian)).days)
        >= URL_GREGORIAN_MISMATCH_DAYS
    ):
        # A Gregorian day on the page against the path's Jalali one: the same note, the day
        # compared on the Gregorian calendar, a day's difference left to the zones' edge (a
        # UTC time past midnight in Tehran): fix244.
        state.note(
            "url-date-mismatch",
            f"the URL says {year}/{month:02d}/{day:02d} ({as_day(url.stamp.gregorian)}), the "
            f"page {as_day(stamp.gregorian)}; the page's date is kept",
            None,
        )


def _lone_table_cell_date(state: _State, choice: Choice) -> bool:
    """Whether the chosen date, without a time, is all that a table row holds, a cell's pipe
    before it («|  | DATE |» as extraction prints a layout table, «| DATE» once Markdown's
    edge pipes are blanked): a cell of its own, the row's other cells empty."""
    stamp = choice.stamp
    if stamp is None or stamp.span is None or stamp.has_time:
        return False
    line = state.line_at(stamp.span[0])
    # (the printed row, its edge pipes too: a row of one cell is read as its cell's text)
    doc = state.doc
    row_start = doc.rfind("\n", 0, line.start) + 1
    row_end = doc.find("\n", line.end)
    before = doc[row_start : stamp.span[0]]
    after = doc[stamp.span[1] : row_end if row_end >= 0 else len(doc)]
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


# A label dating a document the page reproduces, not the page
# (:data:`_patterns.DOCUMENT_DATE_LABEL_TEXT`: a circular's «تاریخ بخشنامه :», fix231), then its
# value; with its colon left out
# («تاریخ بخشنامه ۱۴۰۰/۰۵/۰۲», mut47 (a), fix238) the line is the label and the date alone,
# nothing else (the value must be the date).
_DOCUMENT_DATE_LABEL = regex.compile(
    "^" + DOCUMENT_DATE_LABEL_TEXT + r"[\x20\u200c]*(?P<value>.+?)[\x20\u200c]*$"
)


_LETTER_NUMBER_LINE = regex.compile(LETTER_NUMBER_LINE)
_LETTER_DATE_LINE = regex.compile(LETTER_DATE_LINE)
_LETTER_NUMBER_CODE = regex.compile(LETTER_NUMBER_CODE)
_LETTER_NUMBER_LONG_WORD = regex.compile(LETTER_NUMBER_LONG_WORD)


# «تاریخ» as written wherever a line's normalised copy holds it: its letters' variants, the
# marks :func:`normalize` moves out of a word between them (:func:`raw_spelling`). No
# character folds to «خ», so a line without one needs no search (speed46).
_DATE_WORD_AS_WRITTEN = re.compile(raw_spelling("تاریخ"))


def may_name_date_word(text: str) -> bool:
    """Whether the normalised copy of ``text`` (a line as written) may hold «تاریخ», asked
    without making the copy: the rules reading a document's date label ask it of every line
    of the page, whose body paragraphs no other rule may normalise (speed46). Never false
    where the copy holds the word (tests/test_prefilters.py, «date word, as written» in
    ``testing.PREFILTERS``)."""
    return "خ" in text and _DATE_WORD_AS_WRITTEN.search(text) is not None


def _letter_number(line: _Line) -> bool:
    """Whether ``line`` is a letter's number under its bare label («شماره: .65806ت 30608هـ»,
    :data:`_patterns.LETTER_NUMBER_LINE`): short letter codes glued to its digits, no longer
    word (:data:`_patterns.LETTER_NUMBER_CODE`); an article's «شماره : 52817» is not one."""
    if "شماره" not in line.norm:
        return False
    found = _LETTER_NUMBER_LINE.match(line.norm)
    if found is None:
        return False
    value = found.group("value")
    return (
        _LETTER_NUMBER_CODE.search(value) is not None
        and _LETTER_NUMBER_LONG_WORD.search(value) is None
    )


def _document_dates(state: _State) -> dict[str, str]:
    """The dates the page prints as a reproduced document's, each with its label as
    printed: under a document's own label (:data:`_DOCUMENT_DATE_LABEL`, «تاریخ بخشنامه :
    ۱۴۰۰/۰۳/۱۱», fix231), or under a bare «تاریخ :» right under or over a letter's number
    (:func:`_letter_number`: a reprinted letter's or regulation's heading «شماره: .65806ت
    30608هـ» / «تاریخ :1383.12.15», real71 #17, fix249). Read once, each line with its two
    neighbours: linear in the page."""
    lines = state.lines
    dates: dict[str, str] = {}
    for line in lines:
        if not may_name_date_word(line.text) or "تاریخ" not in line.norm:
            continue
        found = _DOCUMENT_DATE_LABEL.match(line.norm)
        if found is None:
            letter = _LETTER_DATE_LINE.match(line.norm)
            if letter is not None and any(
                0 <= at < len(lines) and _letter_number(lines[at])
                for at in (line.index - 1, line.index + 1)
            ):
                found = letter
        if found is not None:
            dates.setdefault(found.group("value"), line.text[: found.start("value")].strip())
    return dates


def _without_document_dates(state: _State, pool: list[Candidate]) -> list[Candidate]:
    """``pool`` without the dates a document's own label gives (:func:`_document_dates`,
    «تاریخ بخشنامه : ۱۴۰۰/۰۳/۱۱»), when a labelled candidate of another kind stands beside
    them (the page's «تاریخ انتشار : DAY»): the circular's day is no rival of the page's
    publication (fix235). Alone, the document's date stays, to be set aside with its warning."""
    values = _document_dates(state)  # (read once: linear in the page, whatever the candidates)
    if not values:
        return pool
    documents = {
        id(cand)
        for cand in pool
        if cand.stamp is not None
        and not cand.machine
        and normalize(cand.stamp.text).strip() in values
    }
    if not documents or not any(cand.label and id(cand) not in documents for cand in pool):
        return pool
    return [cand for cand in pool if id(cand) not in documents]


def _document_date_label(state: _State, printed: str) -> str | None:
    """The label of a document's date (:func:`_document_dates`) whose value is the date
    ``printed`` (the same text, digits folded), on any line of the page; else None."""
    return _document_dates(state).get(normalize(printed).strip())


def _only_date_line_set_aside(state: _State) -> _Line | None:
    """The date line the header walk set aside as a banner above the title
    (:func:`_candidates._banner`) when it is the page's only line printing a date."""
    if len(state.banner_lines) != 1:
        return None
    index = state.banner_lines[0]
    if any(line.info.dates for line in state.lines if line.index != index):
        return None
    return state.lines[index]


def _warn_unlabelled(state: _State, choice: Choice, where: str) -> None:
    assert choice.stamp is not None
    state.note(
        "published-unlabelled",
        f"the only publication date is the unlabelled date line {choice.stamp.text!r} "
        f"{where}; used as the publication time",
        choice.span,
    )


# An item's ID that is its creation time: YYYYMMDDHHMM, seconds after them or not
# («13960214160725», health.caferasaneh.com's path ID, tests/pages/1912).
_TIMESTAMP_ID = regex.compile(
    r"^(1[34][0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])([0-5][0-9])"
    r"(?:[0-5][0-9])?$"
)


def _clock_by_dated_id(state: _State, number: Choice, published: Choice) -> Choice:
    """The published time whose clock order is not known («۱۳۹۶/۰۲/۱۴ - ۰۷: ۱۶», warned
    ``time-order-uncertain``: :func:`_reading.clock_order_doubt`) settled by an item ID
    that is its creation time on the same day (:data:`_TIMESTAMP_ID`, 13960214160725: 16:07):
    the reading the ID holds is taken, and the warning dropped; an ID agreeing with neither
    reading leaves both (fix173)."""
    assert number.text is not None
    stamp = published.stamp
    if stamp is None or stamp.calendar != "jalali" or not stamp.has_time:
        return published
    found = _TIMESTAMP_ID.match(number.text)
    doubt = clock_order_doubt(stamp.text)
    if found is None or doubt is None:
        return published
    year, month, day, hour, minute = (int(g) for g in found.groups())
    if stamp.jalali_date != (year, month, day):
        return published
    first, second = doubt
    if (hour, minute) == (first, second):
        settled: Timestamp | None = stamp
    elif (hour, minute) == (second, first):
        settled = with_clock(stamp, hour, minute)
    else:
        return published
    if settled is None:
        return published
    state.warnings[:] = [
        notice
        for notice in state.warnings
        if notice.code != "time-order-uncertain" or notice.span != stamp.span
    ]
    return attrs.evolve(published, stamp=settled)


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
            and (
                # fix242's section-label cut in an <h1> no slug or <title> confirms (fix251)
                state.title_doubt[0]
                in (_TITLE_TAG_REPEATED, _HOME_PAGE_NO_NAME, _SECTION_LABEL_DOUBT)
                or state.title_doubt[0] in _SECTION_NAME_DOUBTS
            )
            and evidence.get("title") == "headline (h1)"
        )
        or (
            state.title_doubt is not None
            and state.title_doubt[0]
            in (
                *_LIST_NAME_DOUBTS,
                _LIST_POST_FOOTERS,
                _LIST_DATELINE_REPORTS,
                _LIST_FRONT_PAGE_ITEMS,
                _LIST_TICKER_ITEMS,
                _LIST_MENU_LABEL,
                _LIST_NAME_UNSPELLED,
                _LIST_NAME_OVER_FULL_POST,
                _WRITER_HEADING_DOUBT,
                _HOME_BLOCK_LABEL,
                _HOME_PAGE_NO_NAME,
                _LONE_ITEM_ADDRESS_MUTE,
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
        brand is None
        and title is not None
        and hints.title_site is not None
        and evidence.get("title", "") in ("headline", "first line")
        and _squash(title.norm) == _squash(normalize(hints.title_site))
        and not _agreeing_sources(title, hints.titles)
    ):
        # The pick is the site's name the page's <title> ends with («HEADLINE – SITE»,
        # WordPress's), printed alone as the masthead over a page that prints no headline
        # (no <h1>, iran-charity-network.com, tests/pages 1909): <title>'s headline fills
        # the gap when it is a headline's length.
        brand, title = title, None
        brand_reason = "is the site's name the page's <title> ends with"
        evidence.pop("title", None)
    if (
        brand is None
        and title is not None
        and hints.title_names
        and evidence.get("title", "") in ("headline", "first line")
        and _squash(title.norm) in {_squash(normalize(name)) for name in hints.title_names}
        and not _agreeing_sources(title, hints.titles)
    ):
        # The pick is a short part of a <title> of three parts around its headline
        # («SITE - HEADLINE - SECTION», «اخبار - HEADLINE - SITE»), printed alone over a page
        # that prints no headline (no <h1>): a site's or a section's name whichever end of
        # <title> it stands at, never the title. <title>'s headline part fills the gap.
        brand, title = title, None
        brand_reason = "is a name the page's <title> prints beside its headline"
        evidence.pop("title", None)
    if (
        brand is None
        and title is not None
        and hints.title_names
        and _squash(title.norm) in {_squash(normalize(name)) for name in hints.title_names}
        and _agreeing_sources(title, hints.titles) <= {"h1"}
        and _inside_printed_title_tag(state.lines, title, hints.titles)
    ):
        # «<h1>نمایشگاه نان های محلی</h1>» under <title> «گزارش نمایشگاه نان های محلی -
        # نمایشگاه نان های محلی - SITE», the headline part printed under the <h1>: the <h1>
        # is the section's name <title> prints beside its headline, which the headline part
        # repeats; no og:title or JSON-LD headline names it; the printed headline part
        # fills the gap (attacks80; fix293).
        brand, title = title, None
        brand_reason = "is a name the page's <title> headline, printed under it, repeats"
        evidence.pop("title", None)
    if (
        brand is None
        and title is not None
        and hints.title_site is not None
        and evidence.get("title", "") in ("headline", "first line")
        and not _agreeing_sources(title, hints.titles)
        and _inside_printed_title_tag(state.lines, title, hints.titles)
    ):
        # «دانشکده علوم دریایی» first, «معرفی دانشکده علوم دریایی» printed under it as the
        # page's heading and as <title>'s headline part («معرفی دانشکده علوم دریایی - گروه
        # شیمی - دانشگاه ...»): the pick is a name the headline repeats (the header's site
        # name), never the title; <title>'s headline, printed, fills the gap (mut53 (e);
        # fix289).
        brand, title = title, None
        brand_reason = "is a name the page's <title> headline, printed under it, repeats"
        evidence.pop("title", None)
    if (
        brand is None
        and title is not None
        and evidence.get("title", "") in ("headline", "first line")
        and not _agreeing_sources(title, hints.titles)
        and dashed_name_and_slogans(title)
        and all(state.lines[at].chrome for at in range(title.index))
    ):
        # «دام زند - گوسفند زنده - عرضه دام بهداشتی» first over the text: a site's name and
        # its slogans joined by dashes (tests/pages 2495; fix282), never the page's title.
        brand, title = title, None
        brand_reason = "is a site's name and its slogans joined by dashes"
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
        and title.norm.startswith("به")
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
    if state.masthead_titles:
        # «<h1>دانشگاه علوم پزشکی شیراز</h1>» over the item's heading: the masthead's name is
        # no machine headline either (fix230).
        sources = tuple(
            (text, rule)
            for text, rule in sources
            if _squash(normalize(text)) not in state.masthead_titles
        )
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
    if title is not None and doubt is not None and _markdown_level_one(hints, title.key):
        # «# دانشگاه صنعتی نمونه» over a menu and undated «###» headlines: the level-1
        # heading is a line of the text itself, which the text's rules doubt (an
        # institution's name alone); as a source it fills no gap and lifts no doubt (fix230).
        sources = tuple(
            (text, rule)
            for text, rule in sources
            if rule != "markdown heading" or _squash(normalize(text)) != title.key
        )
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
        and (doubt[0] in _UNNAMED_LIST_DOUBTS or doubt[0] in _NOT_A_TITLE_DOUBTS)
        and (
            doubt[0] in (_LIST_LABEL_UNNAMED, _LIST_ADDRESS_ONE_EXCERPT)
            or not _names_the_address(title, hints.url)
        )
    ):
        # A list whose name the page does not print: its first item's headline is not the
        # page's title, and nothing else names the page. (A line that holds the address's
        # slug, «/tag/NAME» over «NAME خوراک اتم», names the list: it stays, doubted.) A
        # byline under a dateline, an invocation's second verse (real62) name nothing either.
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
        if start < end and (
            doc[start] >= "\u2000"
            or doc[end - 1] >= "\u2000"
            or doc[start] in _KEYCAP_BASES
            or doc[end - 1] in _KEYCAP_BASES
        ):
            start, end = _unmarked(doc, start, end)
        while end > start and doc[end - 1] in _TITLE_EDGES:
            end -= 1
        while start < end and (doc[start] in _TITLE_EDGES or doc[start] in _TITLE_LEAD_MARKS):
            start += 1
        if doc[start : start + 1] in _LIST_DASHES and doc[start + 1 : start + 2] in " \u200c":
            # «- HEADLINE»: a list's dash (a related item's, a plain-text bullet) is not the
            # title's; a minus glued to a number («-۵ درجه ...») is.
            start += 2
            while start < end and doc[start] in _TITLE_EDGES:
                start += 1
        if doc[start : start + 1] in _CRUMB_ARROWS and (
            crumbs := _CRUMB_ARROW_RUN.match(doc, start, end)
        ):
            # «» » » HEADLINE»: a breadcrumb's arrows whose names were lost before the
            # headline (kavoshnews.com, real58 #26; fix190); one arrow alone may be a quote's.
            start = crumbs.end()
        if doc.startswith("**", start) or doc.startswith("**", end - 2):
            # A Markdown strong marker a scraper left as text («**HEADLINE»): not the title's.
            while start < end and doc[start] in _STRONG_EDGES:
                start += 1
            while end > start and doc[end - 1] in _STRONG_EDGES:
                end -= 1
        # (C substring tests first: every branch of the pattern holds «خوراک», «feed» or
        # «atom», its case fold being ASCII's; the pattern's scan costs far more.)
        low = doc[start:end].lower()
        feed = (
            _FEED_TAIL.search(doc, start, end)
            if "feed" in low or "atom" in low or doc.find("خوراک", start, end) >= 0
            else None
        )
        if feed is not None and feed.start() > start:
            end = feed.start()  # a theme's feed links glued after the name: «NAME خوراک اتم»
        parts = None if doc.find("::", start, end) < 0 else _TITLE_TAG_PARTS.search(doc, start, end)
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
        if (
            host
            and (doubt is None or (doubt[0] == _CAPTION_DOUBT and title_rule == "headline"))
            and title_rule in ("headline", "first line", "headline (h1)")
        ):
            part = host_named_part(title_text, host)
            if part is not None and doubt is not None and part[0] > 0:
                part = None  # a caption's credit is its last part, never its first
            if part is not None:
                # «HEADLINE - اسپاد نیوز» at espadnews.ir, shaped like a caption and its
                # credit: the credit is the site's name, the doubt explained and replaced.
                doubt = None
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
            elif host_spells_before_place(title_text, host):
                # «یاری کورد کرمانشاە» at yarikurd.net: the site's name and its city's.
                state.warn(
                    "title-uncertain",
                    f"the title «{title_text}» is the site's name and a place's: its address "
                    f"({host}) spells the name",
                    start,
                    end,
                )
        if (
            doubt is None
            and title_rule in ("headline", "first line")
            and (below := _paragraph_below(state.lines, title.index)) is not None
            and kurdish_name_over_persian(title_text, below.text)
            # a line ending with a Persian verb states an event, no name: «ناسر ڕەزازی کنسرت
            # می‌دهد», a singer's name in Kurdish spelling in a headline (attacks50)
            and not _verb_end(state.lines[title.index])
            and not (
                host
                and (host_spells(title_text, host) or host_spells_before_place(title_text, host))
            )
        ):
            # «یاری کورد کرمانشاە» over a paragraph in Persian spelling, no address: a
            # Kurdish site's name over its Persian post, shaped like a short headline.
            state.warn(
                "title-uncertain",
                f"the title «{title_text}» is written in Kurdish letters over a paragraph in "
                "Persian spelling: a Kurdish site's name, perhaps",
                start,
                end,
            )
        if doubt is not None and (
            title_rule in ("headline", "first line")
            or (
                title_rule == "headline (h1)"
                and (
                    doubt[0] in (_TITLE_TAG_REPEATED, _HOME_PAGE_NO_NAME, _SECTION_LABEL_DOUBT)
                    or doubt[0] in _SECTION_NAME_DOUBTS
                )
            )
            or (
                title_rule == "listing name"
                and doubt[0]
                in (
                    _OUTLET_DOUBT,
                    _LIST_NAME_UNSPELLED,
                    _LIST_NAME_OVER_FULL_POST,
                    _WRITER_HEADING_DOUBT,
                    _HOME_BLOCK_LABEL,
                    _LIST_NAME_JOINED,
                    _LIST_NAME_UNSHARED,
                    _LONE_ITEM_ADDRESS_MUTE,
                )
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
        elif (
            title_rule in ("headline", "first line")
            and title_text == title.text.strip()
            and doc.count(title_text) == 1
            and not _agreeing_sources(title, hints.titles)
            and _lone_sentence_title(title, hints.url)
            and not _restated_apart(state.lines, title.index, state.double_spaced)
            # (over its question subtitle, its lead retelling it under the date: fix210)
            and not _headline_over_question_subtitle(state.lines, title.index)
            # (over the post's own excerpt, cut with «[…]» and printed again in full: the
            # excerpt is the lead, fix303)
            and not _over_own_excerpt(state.lines, title.index)
        ):
            # «جلسه ... به ریاست فرماندار برگزار شد.» over «به گزارش ...»: one long sentence
            # ending in a full stop, printed once, that no other source names: a report's
            # lead on a page that prints no headline as often as its headline.
            state.warn(
                "title-uncertain",
                f"the title «{title_text}» is one sentence ending in a full stop that no "
                "other source names: it may be the report's lead",
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
