"""The title: scoring headline-shaped lines and doubting the one chosen.

:func:`_title_score` gives the evidence that a line is the headline (its shape, its distance
to the body and the header, menus, chrome words, repetition, the HTML hints);
:func:`_choose_title` picks the line and names the rule that chose it, then asks the
doubts: a kicker or a subtitle over it, the site's name printed twice, a question printed
over its twin, a list's item's headline (:func:`_title_doubt` and the rules it calls).
A doubtful title is left out with a warning, never guessed.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

import attrs
import regex

from jalali_meta import _vocab as vocab
from jalali_meta._chrome import (
    _COUNTERS_RUN,
    _DOCUMENT_SECTIONS,
    _INSTITUTIONS,
    _NOT_LETTER,
    BLOG_NAME_WORDS,
    LABEL_REACH_ABOVE,
    MOTTO_WORDS,
    NAME_MAX_WORDS,
    STATE_NAMES,
    _addressee_over_greeting,
    _capitals_masthead,
    _glued_column_header,
    _hello,
    _imprint,
    _institution,
    _invocation,
    _logo_named,
    _masthead,
    _menu_copy,
    _menu_item_keys,
    _name_and_tagline,
    _never_title,
    _periodical_issue,
    _prompt_opening,
    _salutation,
    _site_name_twice,
    _site_named,
    _special_issue_line,
    _volume_and_issue,
    copyright_names,
)
from jalali_meta._dates import build
from jalali_meta._datetimes import iter_dates
from jalali_meta._errors import DateError, position
from jalali_meta._evidence import (
    GLUED_CRUMB_WORDS,
    GLUED_HEADLINE_WORDS,
    archive_name,
    blessed_saying,
    breadcrumb_over_its_end,
    glued_breadcrumb_end,
    glued_breadcrumb_starts,
    home_crumb,
    home_crumb_end,
    list_count,
    names_breadcrumb_end,
    part_heading,
    quoted_saying,
)
from jalali_meta._grammar import read as read_parts
from jalali_meta._grammar import search, squeeze
from jalali_meta._header import (
    READING_TIME,
    SHORT_BRACKET_DATE,
    SHORT_DATE,
    VIEWS_VALUE_FIRST,
    home_menu_of_two,
    is_chrome_line,
    is_dateline_without_year,
    is_month_alone,
    is_month_year,
    is_news_heading,
    opens_with_agency_dateline,
)
from jalali_meta._lines import (
    _BREADCRUMB_MARKS,
    _BULLET,
    _CAPTION,
    _ENUMERATED,
    _FUNCTION_WORDS,
    _KICKER_ENDS,
    _NOT_LETTERS,
    _PRESENT_PREFIXES,
    _ROUND_BULLET,
    _SAYING_NOUNS,
    _SAYING_VERBS,
    _VERB_ENDINGS,
    HEADLINE_MAX_WORDS,
    HEADLINE_OVER_LEAD_WORDS,
    INTRO_WORDS,
    RESTATED_PART,
    RESTATED_WORDS,
    SENTENCE_WORDS,
    TATWEEL,
    Hints,
    _announces_object,
    _bare_words,
    _content_words,
    _ends_sentence,
    _headline_over_lead,
    _labelled_date_line,
    _Line,
    _lone_separator,
    _lower_words,
    _may_be_caption,
    _may_repeat,
    _restates,
    _same_stem,
    _set_apart,
    _squash,
    _State,
    _verb_end,
    and_so_on,
    count_words,
    has_letter,
    may_be_enumerated,
    relay_lead,
    text_in,
)
from jalali_meta._listing import (
    _AD_LINKS,
    _EXCERPT_ENDS,
    _LIST_EXCERPTS_UNNAMED,
    _TAG_LIST_MARKS,
    BODY_GAP,
    EXCERPT_RESTATED_WORDS,
    LISTING_EXCERPTS,
    LISTING_LEAD_WORDS,
    LISTING_NAME_WORDS,
    LONE_TEASER_WORDS,
    SHORT_RIVAL_WORDS,
    SLUG_DROPPED_LETTERS,
    SLUG_HEADLINE_WORDS,
    SLUG_SPELLED_WORDS,
    _Address,
    _address,
    _bulleted_item,
    _dated_collection,
    _excerpt_lines,
    _excerpt_restated,
    _item_follows,
    _slug_at_length_limit,
    _slug_favours,
    _slug_opens,
    _slug_spells,
    _slug_spells_norm,
    _slugs,
    _text_label_value,
    read_on_link,
)
from jalali_meta._normalize import ZWNJ, normalize, to_ascii_digits
from jalali_meta._patterns import SECTION_LABEL_NAME_TEXT
from jalali_meta._patterns import words as vocabulary_words
from jalali_meta._reading import _ARABIC_LETTER, _either_order, _post_header
from jalali_meta._records import Article, Notice, Span, replace, text_span
from jalali_meta._resolve import MACHINE_TITLE_WORDS, POST_TITLE

log = logging.getLogger("jalali_meta")


# Some sites print two-part headlines up to this many words.
LONG_HEADLINE_WORDS = 40
HEADLINE_MAX_CHARS = 250
# The longest kicker naming an occasion («در نشست ... مطرح شد»), in words.
CONTEXT_KICKER_WORDS = 10
# Each half of a couplet («... / ...») has this many words.
VERSE_WORDS = (4, 9)
# A line with this many commas is a list (keywords, tags), not a headline.
_LIST_COMMAS = 3
# A line opening with «about ...»: under a headline, the subtitle naming its subject.
# A subtitle may name its topic after «a few points»: «چند نکته درباره کتاب ...», «نکاتی
# پیرامون ...» (gozareshgar.com's opinion columns, tests/pages/1523: a columnist's review
# under its headline).
_TOPIC = regex.compile(
    r"^(?:(?:چند[\x20\u200c]+نکته|نکاتی|نکته[\x20\u200c]*ای)[\x20\u200c]+)?"
    r"(?:درباره|در[\x20\u200c]باره|در[\x20\u200c]مورد|پیرامون)(?![\p{L}\p{M}])"
)


# A sentence's end inside running text.
_SENTENCE_END = regex.compile(r"[.!؟?](?: |$)")


_SENTENCE_ENDS = ".!؟?»\"'…"


def _long_headline(lines: Sequence[_Line], index: int) -> bool:
    """A long line that ends no sentence, right above a paragraph that does: a headline.

    «وزیر کشور: ... / تاکید ...: ... + تصویر» (a two-part headline of 30-40 words)
    above «نواندیش: خبر ... شده است:» is the title, not the body's first paragraph.
    """
    line = lines[index]
    if line.words > LONG_HEADLINE_WORDS or (
        line.text[-1] in _SENTENCE_ENDS + ":" and not and_so_on(line.text, line.words)
    ):
        return False  # a final «و…» ends a headline's list, no sentence (fix191)
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (
        below is not None
        and below.paragraph
        and below.words > line.words
        and below.text[-1] in _SENTENCE_ENDS + ":"
    )


def _long_headline_over_date(lines: Sequence[_Line], index: int) -> bool:
    """A long line that ends no sentence, right above a line that is a date alone, with no
    running text on the page: a headline over its posting date.

    «دستورالعمل اجرایی ماده 12 قانون ... (شماره 38211/ت 52104 هـ مورخ 1394/4/6)» over
    «1394/04/20» (a ministry's regulation page, its title naming the decree's number and
    date; trt.moe.gov.ir, tests/pages 2114): a regulation's or a two-part headline's length
    (up to :data:`LONG_HEADLINE_WORDS` words), not running text cut by the layout, whose
    next line goes on with words."""
    line = lines[index]
    if line.words > LONG_HEADLINE_WORDS or line.text.rstrip()[-1] in _SENTENCE_ENDS + ":؛،":
        return False
    below = lines[index + 1] if index + 1 < len(lines) else None
    return below is not None and below.info.kind == "date" and not below.info.labels


def _exclaimed_headline(lines: Sequence[_Line], index: int) -> bool:
    """A headline ending with «!» or «؟» over its header: a date or label line (not running
    text, nor a forum reply's header) within the next two lines, no paragraph before it
    («... سړکونه پاک کړئ!» / subtitle / «سی شنبه ۵ حوت ۱۳۹۹ ساعت ۰۸:۳۸» / body). A paragraph
    ending so is followed by running text instead.

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
            # (a forum reply's header, «DATE» over «#2»: the sentence ends the post over it,
            # no headline over its own header; fix225)
            return not _reply_header(lines, near)
    return False


def _reply_header(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a forum reply's header (:func:`_reading._post_header`,
    its post number past «#1»): the reply's date, never a header of the lines above it."""
    post = _post_header(lines, index)
    return post is not None and post[1] > 1


def _stopped_headline_over_date(lines: Sequence[_Line], index: int) -> bool:
    """The text's first line (or one under a section's name, :func:`_under_section_lines`),
    one short sentence ending with a full stop, right over the page's date line (a date
    with its labels: «۱۹ دی ۱۳۸۵ | ۰۸:۵۴ کد : ۲۶۰۱۷ اخبار»), a paragraph under it within
    :data:`EXCLAIMED_HEADER_REACH` lines (or the date line a dated lead, :func:`_dated_lead`,
    «تاریخ: DAY | نویسنده: NAME | LEAD», fix235): a headline printed with its full stop over
    the item's info line (rihu.ac.ir's news items), not the body. A text's first paragraph is
    followed by more of the text, not by its header's date line; a lead-length line, a
    second sentence, a colon, or a report's opening («به گزارش ...») is no headline's, nor
    a comma, unless the body starts right under the date line (one comma: «با افتتاح یک
    سردخانه، ... نگهداری می‌شود.» / «یکشنبه، 21 عقرب 1396» / the body, an Afghan governor's
    office's news, bamyan.gov.af, tests/pages 1901): no other line there is the headline."""
    line = lines[index]
    text = line.text.rstrip()
    below = index + 1
    if (
        not _under_section_lines(lines, index)
        or text[-1:] != "."
        or text.endswith("..")
        or line.info.kind != "text"
        or not STOPPED_HEADLINE_WORDS <= line.words < LEAD_WORDS
        or below >= len(lines)
        or lines[below].info.kind not in _HEADER_KINDS
        or not (lines[below].info.dates or lines[below].info.date is not None)
        or (lines[below].paragraph and not _dated_lead(lines[below]))
        or _SENTENCE_MARK_INSIDE.search(text[:-1]) is not None
        or (
            "،" in text
            and (text.count("،") > 1 or below + 1 >= len(lines) or not lines[below + 1].paragraph)
        )
        or ":" in text
        or _REPORT_OPENING.match(line.norm) is not None
    ):
        return False
    # (a dated lead under it, «تاریخ: DAY | نویسنده: NAME | LEAD», is the date line and the
    # text's first paragraph at once: fix235)
    return lines[below].paragraph or any(
        lines[near].paragraph
        for near in range(below + 1, min(len(lines), below + 1 + EXCLAIMED_HEADER_REACH))
    )


# The most lines over a stopped headline, each a section's or the site's chrome («اخبار
# پژوهشکده» over the item's headline).
STOPPED_SECTION_LINES = 2
# A section line over a stopped headline: «اخبار»/«خبرهای»/«گروه»/«سرویس» and at most two
# more words, no digit and no sentence's mark («اخبار پژوهشکده», «گروه علمی و پژوهشی» is
# four words and is not).
_SECTION_HEAD = regex.compile(r"(?:اخبار|خبرهای|گروه|سرویس)(?:\x20[\p{L}\p{M}\u200c]+){0,2}")


def _section_line(line: _Line) -> bool:
    """Whether ``line`` is a section's name alone (:data:`_SECTION_HEAD`: «اخبار استانداری
    خوزستان», «گروه فرهنگی»): no paragraph, no digit."""
    return not line.paragraph and _SECTION_HEAD.fullmatch(line.norm.strip()) is not None


def _under_section_lines(lines: Sequence[_Line], index: int) -> bool:
    """Whether the lines over ``index`` are only a section's name or the site's chrome: none
    (the text's first line), or at most :data:`STOPPED_SECTION_LINES` lines each chrome
    (:attr:`_Line.chrome`) or a section line (:data:`_SECTION_HEAD`): the page's header,
    no headline of its own and no running text."""
    if index > STOPPED_SECTION_LINES:
        return False
    for at, above in enumerate(lines[:index]):
        if above.paragraph or not (
            _SECTION_HEAD.fullmatch(above.norm.strip()) is not None
            or above.chrome
            # «به مناسبت هفته پژوهش» right over it: a kicker naming the occasion (fix145)
            or (at == index - 1 and _occasion(above))
        ):
            return False
    return True


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
    paragraph above it does not start the body. A second print right under a line ending
    with a colon is introduced by it, a line the text quotes again (a verse: «... این بیت را
    خواند:» / VERSE, mut36's mutant 11's page, fix173), not a headline printed twice.
    """
    count = len(lines)
    for near in range(index + 1, min(count, index + 1 + BODY_GAP)):
        line = lines[near]
        if line.paragraph:
            return False
        if line.info.kind != "text" or not 3 <= line.words <= HEADLINE_MAX_WORDS:
            continue
        for other in range(near + 2, min(count, near + 4)):
            if (
                lines[other].key == line.key
                and lines[other - 1].text[-1] not in _COLONS
                and not _motto_among_sentences(lines, index, near, other)
            ):
                return True
    return False


def _motto_among_sentences(lines: Sequence[_Line], index: int, near: int, other: int) -> bool:
    """Whether the short line printed at ``near`` and again at ``other`` is a motto repeated
    around the body's sentences, not a headline printed twice: its first copy right under the
    paragraph ``lines[index]``, only sentences between the copies, and a headline-shaped line
    (3 to :data:`HEADLINE_MAX_WORDS` words ending no sentence and no kicker) at most two lines
    over that paragraph, not counting up to :data:`MOTTO_HEADER_LINES` header lines between
    (a date, a time, a code or a byline line; mut40's mutant 34's page, fix193; a toolbar's
    share or print line, a photo's credit, fix197): «HEADLINE» /
    «ساعت برگزاری مراسم: ۱۸:۴۵» / LEAD / «شنا برای همه» /
    «... این شعار را ... تکرار کرد.» / «شنا برای همه» (attacks62, fix191). A headline printed
    twice stands over or around its header block; the lead under its own headline is the
    body's start. The motto names none of the sentences round it (fewer than
    :data:`MOTTO_SHARED_WORDS` content words shared with the sentences between and under its
    copies), and the headline is the lead's: it shares that many with the lead, which does not
    open with it (``NAME`` / DATE / ``NAME ...`` is a site's name over its description, and
    the line printed twice under it the headline, tests/test_fix171.py)."""
    if near != index + 1 or not all(
        lines[at].paragraph and lines[at].text[-1] in ".!؟?" for at in range(near + 1, other)
    ):
        return False
    motto = _content_words(lines[near])
    if any(
        len(motto & _content_words(lines[at])) >= MOTTO_SHARED_WORDS
        for at in range(near + 1, min(len(lines), other + 2))
        if at != other
    ):
        return False
    lead = lines[index]
    told = _content_words(lead)
    above, looked, stepped = index - 1, 0, 0
    while above >= 0 and looked < 2:
        line = lines[above]
        above -= 1
        if (line.info.kind in _MOTTO_STEP_KINDS or line.byline) and stepped < MOTTO_HEADER_LINES:
            # the headline's date, time, code or byline line (fix193), its toolbar's share
            # or print line, its photo's credit («عکس از NAME», fix197)
            stepped += 1
            continue
        looked += 1
        if (
            line.info.kind == "text"
            and not line.paragraph
            and 3 <= line.words <= HEADLINE_MAX_WORDS
            and line.text[-1] not in (*_KICKER_ENDS, *_SENTENCE_ENDS)
            and len(_content_words(line) & told) >= MOTTO_SHARED_WORDS
            and not _squash(lead.norm).startswith(_squash(line.norm))
        ):
            return True
    return False


# The header lines between a headline and its lead (a date line, a time or labels line such as
# «کد خبر: ...» or «خبرنگار: ...», a toolbar's «اشتراک گذاری» or «چاپ», fix197; a byline or
# a photo's credit as well) :func:`_motto_among_sentences` steps over, at most
# MOTTO_HEADER_LINES of them, looking for the headline over the lead.
_MOTTO_STEP_KINDS = _HEADER_KINDS | {"widget", "control"}
MOTTO_HEADER_LINES = 3


# Content words a headline shares with its lead at least, and a motto with a sentence round it
# at most one fewer (:func:`_motto_among_sentences`).
MOTTO_SHARED_WORDS = 2


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


# The most words of a subheading printed under a post's first paragraph of one sentence
# (:func:`_subheading_under_first_sentence`, fix263).
FIRST_SENTENCE_SUBHEADING_WORDS = 4


def _subheading_under_first_sentence(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a subheading of the text: a short phrase (two to
    :data:`FIRST_SENTENCE_SUBHEADING_WORDS` words, no verb, no closing mark) right under a
    sentence closed by its verb and a full stop (:func:`_stopped_verb_headline`), that
    sentence right under a headline-shaped line whose content words it shares, and a
    paragraph right under the phrase. «HEADLINE» /
    «SENTENCE ... شد.» / «SUBHEADING» / paragraphs: a blog post whose first paragraph is one
    sentence retelling its headline, then the text's first subheading (mut50's page (a),
    fix263): the headline is the title, the phrase one of its text's headings. A summary over
    a headline (:func:`_summary_over_headline`) has no headline-shaped line over it that it
    retells."""
    if index < 2 or index + 1 >= len(lines):
        return False
    line, above, top, below = lines[index], lines[index - 1], lines[index - 2], lines[index + 1]
    if (
        not 2 <= line.words <= FIRST_SENTENCE_SUBHEADING_WORDS
        or line.paragraph
        or line.info.kind != "text"
        or line.text[-1] in (*_KICKER_ENDS, ".", "!", "؟", "?", "…")
        or not below.paragraph
        or below.info.kind != "text"
        or top.info.kind != "text"
        or top.chrome
        or top.byline
        or top.paragraph
        or not 3 <= top.words <= HEADLINE_MAX_WORDS
        or top.text[-1] in (*_KICKER_ENDS, ".", "…")
    ):
        return False
    return (
        _verb_end(line) == ""
        and _stopped_verb_headline(above)
        and bool(_content_words(top) & _content_words(above))
    )


# A tagline's run of exclamation marks at its end: three or more («... باشید!!!!»).
EXCLAIM_RUN = 3


def _exclaimed_tagline(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a tagline under the headline: a line ending with a run of
    :data:`EXCLAIM_RUN` exclamation marks or more right under a headline-shaped line (3 to
    :data:`HEADLINE_MAX_WORDS` words, no mark at its end, no kicker: not a speaker's or an
    occasion's line). A magazine prints its headline, then a slogan that cries out («قبل از
    ... باشید!!!!», chibegir.com, real43 #14), then the text; a headline is not cried so under
    another headline-shaped line."""
    line = lines[index]
    if index == 0 or not line.text.rstrip().endswith("!" * EXCLAIM_RUN):
        return False
    if line.info.kind != "text" or line.paragraph or line.words > HEADLINE_MAX_WORDS:
        return False
    above = lines[index - 1]
    return (
        3 <= above.words <= HEADLINE_MAX_WORDS
        and above.info.kind == "text"
        and not above.chrome
        and not above.paragraph
        and above.text.rstrip()[-1] not in (*_KICKER_ENDS, ".", "!", "؟", "?", "…")
        and _verb_end(above) != "saying"
        and not _context_kicker(above)
        and not _speaker_kicker(lines, index - 1)
    )


# An outline's section number of two levels or more at a line's start: «1.1. », «2.3.1 »
# (a decimal «1.5 میلیون» has no closing dot and one level only).
_OUTLINE_NUMBER = regex.compile(
    r"^[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}\.[\x20\u200c]|^[0-9]{1,2}(?:\.[0-9]{1,2}){2,3}[\x20\u200c]"
)
# An outline's first-level number «1. » at a line's start.
_OUTLINE_TOP = regex.compile(r"^([0-9]{1,2})\.[\x20\u200c]")
# Both outline patterns open with an ASCII digit (their C test).
_OUTLINE_FIRST = "0123456789"
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
    outlined = norm[:1] in _OUTLINE_FIRST
    if outlined and _OUTLINE_NUMBER.match(norm):
        return True
    top = _OUTLINE_TOP.match(norm) if outlined else None
    end = min(len(lines), index + 1 + GLOSS_REACH)
    if top is not None:
        deeper = regex.compile(rf"^{top.group(1)}\.[0-9]{{1,2}}\.?[\x20\u200c]")
        return any(deeper.match(lines[other].norm) for other in range(index + 1, end))
    if not 2 <= line.words <= HEADLINE_MAX_WORDS or not (
        ")" in line.text and _LATIN_GLOSS_END.search(line.text)
    ):
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

    A short line naming an office («وزیر نیرو» over «وزیر نیرو: طرح ... آغاز می‌شود») or a
    person («مریم احمدی», :func:`_person_named`, the line under ending with its verb; fix266)
    is a kicker naming the speaker of the quote headline under it: that line is the title."""
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
        # (a quote ends with its verb: «مریم احمدی: ... باز می کنیم»; «علی رضایی: زندگی و
        # آثار ...» expands the name's heading)
        and not (_person_named(above) and _verb_end(line))
    )


def _person_named(line: _Line) -> bool:
    """Whether ``line`` is a person's name alone: two or three words of letters only, the
    first a given name (:data:`vocab.GIVEN_NAMES`: «مریم احمدی»)."""
    words = line.norm.split()
    return (
        2 <= len(words) <= 3
        and squeeze(words[0]) in vocab.GIVEN_NAMES
        and all(word.replace("\u200c", "").isalpha() for word in words)
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


# An author's post printed over the running text in lines of a few words each: the office
# («Декани факултети», «رئیس دانشکده»), then the faculty and the institution, whose name in
# guillemets the layout cut over two lines («МДТ «ДДФСТ ба номи» / «Мирзо Турсунзода»»,
# ddst.tj, tests/pages 1511). Each line has at most this many words.
POST_LINE_WORDS = 5
# Offices in Tajik Cyrillic (lower case, without the ezafe «-и»: «Декани» is «декан» of):
# dean, rector, vice-rector, head, deputy, chairman, director, professor, docent, teacher.
_CYRILLIC_OFFICES = frozenset(
    {
        "декан", "ректор", "проректор", "мудир", "муовин", "сардор", "раис", "директор",
        "профессор", "дотсент", "доцент", "омӯзгор", "устод", "муаллим",
    }
)  # fmt: skip


def _office_opening(line: _Line) -> bool:
    """Whether ``line`` opens with an office: a Persian one (:func:`_names_office`) or a
    Tajik one in Cyrillic (:data:`_CYRILLIC_OFFICES`, with or without the ezafe «-и»)."""
    if _names_office(line):
        return True
    first = line.text.split(maxsplit=1)[0].lower() if line.text.strip() else ""
    return first in _CYRILLIC_OFFICES or (first.endswith("и") and first[:-1] in _CYRILLIC_OFFICES)


# The most words of a unit's own office before its word («اداره کل روابط عمومی ...»).
UNIT_HEAD_WORDS = 2
# The most header lines (a date line, a labels line) between the headline and the unit.
UNIT_HEADER_LINES = 2


# An author's role or office on its own line under his byline, the byline under the headline
# («HEADLINE» / «به قلم ـ NAME» / «مدیرکانون ... ناحیه شوش» / BODY: a local Joomla site's
# column, real67 #22): his signature, never the title. At most this many words.
BYLINE_ROLE_WORDS = 10


def _role_under_byline(lines: Sequence[_Line], index: int, stop: int) -> bool:
    """Whether ``lines[index]`` is the author's role under his byline: a verbless line of
    two to :data:`BYLINE_ROLE_WORDS` words, no mark ending a sentence or a kicker, right over
    the running text (line ``stop``), a byline (:func:`header.is_byline`: «به قلم ـ NAME»,
    «نویسنده: NAME») right above it and a longer line of text above the byline, the headline.
    A headline printed under its byline has no longer text line over the byline."""
    line = lines[index]
    if (
        index < 2
        or index + 1 != stop
        or line.info.kind != "text"
        or line.paragraph
        or not 2 <= line.words <= BYLINE_ROLE_WORDS
        or line.text.rstrip()[-1:] in ".!؟?:؛|"
        or not lines[index - 1].byline
    ):
        return False
    upper = lines[index - 2]
    return (
        upper.info.kind == "text"
        and not upper.paragraph
        and upper.words > line.words
        and _verb_end(line) == ""
    )


def _unit_byline(lines: Sequence[_Line], index: int, stop: int) -> bool:
    """Whether ``lines[index]`` signs the text under it with an institution's unit: a short
    line (:data:`POST_LINE_WORDS` words at most) opening with a unit's word
    (:data:`vocab.UNIT_BYLINE_WORDS`: «دبیرخانه انجمن پسته ایران»), no digit, no verb and no
    mark ending a sentence or a kicker, right over the running text (line ``stop``), a short
    line of text (the headline) over it, or over the item's date or labels lines right under
    the headline (HEADLINE / DATE / «روابط عمومی دانشگاه ...» / BODY, attacks54; HEADLINE /
    «تاریخ: DATE | کد خبر: N» / UNIT / BODY, attacks56). The unit's word may follow its
    office (:data:`vocab.UNIT_HEADS`: «مدیریت روابط عمومی دانشگاه», «اداره کل روابط عمومی
    استان»). A headline about the unit says what it did."""
    line = lines[index]
    if (
        index == 0
        or index + 1 != stop
        or line.info.kind != "text"
        or not 2 <= line.words <= POST_LINE_WORDS
        or any(map(str.isdigit, line.text))
        or line.text.rstrip()[-1:] in ".!؟?:؛|"
    ):
        return False
    words = line.norm.split(maxsplit=UNIT_HEAD_WORDS + 2)
    # «مدیریت روابط عمومی ...», «اداره کل روابط عمومی ...»: the unit's own office first.
    first = 0
    while (
        first < min(UNIT_HEAD_WORDS, len(words) - 1) and squeeze(words[first]) in vocab.UNIT_HEADS
    ):
        first += 1
    if (
        squeeze(words[first]) not in vocab.UNIT_BYLINE_WORDS
        and squeeze(" ".join(words[first : first + 2])) not in vocab.UNIT_BYLINE_WORDS
    ):
        return False
    at = index - 1
    while at > 0 and index - at <= UNIT_HEADER_LINES and lines[at].info.kind in ("date", "labels"):
        # The item's date line or labels line («تاریخ: DATE | کد خبر: N») between the
        # headline and the unit.
        at -= 1
    upper = lines[at]
    return (
        not _verb_end(line)
        and upper.info.kind == "text"
        and not upper.paragraph
        and upper.words <= HEADLINE_MAX_WORDS
    )


# Words of a public-relations office's source line over its headline, at most
# («روابط عمومي و اموربين الملل شهرداري يزد»: a city's office, yazd20.com, real77's #27).
UNIT_SOURCE_WORDS = 10


def _unit_over_headline(lines: Sequence[_Line], index: int, stop: int) -> bool:
    """Whether ``lines[index]`` is a public-relations office's source line over the
    headline: a short line (:data:`UNIT_SOURCE_WORDS` words at most) opening with «روابط
    عمومی» (after an office of :data:`vocab.UNIT_HEADS`), no digit, no verb and no mark
    ending a sentence or a kicker, with a line of a headline's shape under it (not a
    paragraph, :data:`HEADLINE_MAX_WORDS` words at most) above the running text (line
    ``stop``): «روابط عمومي و اموربين الملل شهرداري يزد» / HEADLINE / BODY (yazd20.com,
    real77's #27). A headline about such an office says what it did (a verb)."""
    if index + 1 >= stop or not _unit_source_line(lines[index]):
        return False
    lower = lines[index + 1]
    return (
        lower.info.kind == "text" and not lower.paragraph and 2 <= lower.words <= HEADLINE_MAX_WORDS
    )


def _unit_source_line(line: _Line) -> bool:
    """Whether ``line`` has a public-relations office's source line's shape: a short line
    (:data:`UNIT_SOURCE_WORDS` words at most) opening with «روابط عمومی» (after an office of
    :data:`vocab.UNIT_HEADS`), no paragraph, no digit, no mark ending a sentence or a
    kicker, no verb."""
    if (
        line.info.kind != "text"
        or not 2 <= line.words <= UNIT_SOURCE_WORDS
        or line.paragraph
        or any(map(str.isdigit, line.text))
        or line.text.rstrip()[-1:] in ".!؟?:؛|"
    ):
        return False
    words = line.norm.split(maxsplit=UNIT_HEAD_WORDS + 2)
    first = 0
    while (
        first < min(UNIT_HEAD_WORDS, len(words) - 1) and squeeze(words[first]) in vocab.UNIT_HEADS
    ):
        first += 1
    if vocab.PUBLIC_RELATIONS not in (
        squeeze(words[first]),
        squeeze(" ".join(words[first : first + 2])),
    ):
        return False
    return not _verb_end(line)


def _unit_over_text(lines: Sequence[_Line], index: int, stop: int) -> bool:
    """Whether ``lines[index]`` is a public-relations office's source line (the shape
    :func:`_unit_source_line` reads: «روابط عمومی شهرداری همدان») directly over the running
    text (line ``stop``, a paragraph), no headline between: the office signs the text, the
    page prints no headline under it (fix283). A headline about such an office says what it
    did (a verb)."""
    return (
        index + 1 == stop < len(lines) and lines[stop].paragraph and _unit_source_line(lines[index])
    )


# The verb closing an announcement's lead, «... خبر داد» (a plain string test first).
_ANNOUNCED = ("داد", "دادند")


def _announcement_under_headline(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a lead reporting an announcement, «SPEAKER از ... خبر
    داد» (a whole sentence, no colon: no kicker leading into a quote), right under a headline
    ending with its own verb that it restates (:func:`_restates`): «راه ارتباطی تخریب شده 5
    روستای اسدآباد بازسازی شد» over «فرماندار اسدآباد از بازسازی راه ارتباطی 5 روستای این
    شهرستان خبر داد» (a county governorate's print page, asadabad-hm.ir, real51's #20). The
    headline states the event, the lead who announced it; a kicker over a headline stands
    above it."""
    line = lines[index]
    text = line.text
    if (
        index == 0
        or not text.rstrip(" .\t\u200c").endswith(_ANNOUNCED)
        or ":" in text
        or line.info.kind != "text"
    ):
        return False
    words = line.norm.replace("\u200c", " ").rstrip(" .").split()
    if len(words) < 4 or words[-2] != "خبر" or words[-1] not in ("داد", "دادند"):
        return False
    if "از" not in words[1:-3]:
        return False
    upper = lines[index - 1]
    return (
        upper.info.kind == "text"
        and not upper.paragraph
        and upper.words <= HEADLINE_MAX_WORDS
        and _verb_end(upper) == "verb"
        and _restates(upper, line)
    )


def _author_post(lines: Sequence[_Line], stop: int) -> set[int]:
    """The lines right over the running text (line ``stop``) that print an author's post
    and no headline: short lines (:data:`POST_LINE_WORDS` words at most, no mark ending a
    sentence or a kicker), the first opening with an office (:func:`_office_opening`), and
    an institution's name in guillemets opened on one of them and closed on a later one:
    the layout cut one phrase («Декани факултети» / «китобдорӣ ва иттилоотшиносии» / «МДТ
    «ДДФСТ ба номи» / «Мирзо Турсунзода»»). None of them is a headline; a headline printed
    over them still is one. Empty when there is no such run."""
    closed = opened = False
    for index in range(stop - 1, -1, -1):
        line = lines[index]
        text = line.text.strip()
        if (
            not text
            or line.info.kind != "text"
            or line.words > POST_LINE_WORDS
            or text[-1] in ".!؟?:؛"
        ):
            return set()
        balance = text.count("«") - text.count("»")
        if balance < 0:
            if opened:
                return set()  # a second name below the first: not one post
            closed = True
        elif balance > 0 and closed:
            opened = True
        if opened and _office_opening(line):
            return set(range(index, stop)) if stop - index >= 3 else set()
    return set()


def _names_office(line: _Line) -> bool:
    """Whether the line opens with a person's title or office (:data:`vocab.SPEAKER_TITLE_WORDS`,
    its first word or first two words squeezed: «وزیر», «رئیس کل», «نایب رئیس»)."""
    words = line.norm.split(maxsplit=2)
    return squeeze(words[0]) in vocab.SPEAKER_TITLE_WORDS or (
        len(words) > 1 and squeeze(words[0] + words[1]) in vocab.SPEAKER_TITLE_WORDS
    )


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


def _under_dated_verb_headline(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a subtitle printed under the item's date line: a
    headline-shaped line ending with a verb (not a verb of saying) right over the date line,
    longer than this line, and the lead right under this line, holding half the headline's
    content words at least (one story: the lead retells the event).

    «نخستین قطار مسافری ... امروز حرکت کرد» / «۱۲ دی ۱۴۰۲ - ۰۸:۱۰» / «بلیت سفر تا پایان
    ماه نیم‌بها است» / LEAD (an agency's lead-in line printed after the date, attacks57):
    the line under the date line stands nearer the body, but the headline states the event
    over the date and the shorter line adds a detail (fix172). A kicker over a headline
    ends with a verb of saying or names a context; a section's or another item's line over
    a date line shares a few words with this item's lead at most.

    The line under the date line may be as long as the headline when the lead retells the
    headline and not this line (fewer than half its content words, fewer than the
    headline's: «طرح بازسازی ... دوباره آغاز شد» / DATE / «هزینه طرح از محل عوارض شهری یزد
    تامین می‌شود» / LEAD, fix182); a lead retelling the line under the date line makes that
    line the headline, the verb line over the date a kicker.
    """
    layout = _dated_verb_layout(lines, index)
    if layout is None:
        return False
    headline, line, lead = layout
    return (
        2 * len((words := _content_words(headline)) & _content_words(lead)) >= len(words)
        if line.words < headline.words
        else _retells_one_of_two(headline, line, lead)
    )


def _dated_verb_layout(lines: Sequence[_Line], index: int) -> tuple[_Line, _Line, _Line] | None:
    """The headline, ``lines[index]`` and the lead when they stand as
    :func:`_under_dated_verb_headline` reads them: a headline-shaped line ending with a verb
    right over the date line, ``lines[index]`` (3 words or more, no longer than the headline,
    no kicker's end) under it, the lead's paragraph right under that; else None."""
    if index < 2 or index + 1 >= len(lines):
        return None
    line = lines[index]
    headline = lines[index - 2]
    lead = lines[index + 1]
    if (
        3 <= line.words <= headline.words <= HEADLINE_MAX_WORDS
        and not line.paragraph
        and line.text[-1] not in (*_KICKER_ENDS, ".")
        and line.info.kind == "text"
        and lines[index - 1].info.kind == "date"
        and headline.info.kind == "text"
        and not headline.chrome
        and headline.text[-1] not in (*_KICKER_ENDS, ".")
        and not _context_kicker(headline)
        and _verb_end(headline) == "verb"
        and lead.paragraph
        and lead.info.kind == "text"
    ):
        return headline, line, lead
    return None


_LEAD_RETELLS_BOTH = (
    "a headline ending with its verb stands over the date line, this line as long under it, "
    "and the lead retells as many content words of each: which one is the title is not sure"
)


def _retold_as_the_dated_headline(
    lines: Sequence[_Line], index: int
) -> tuple[str, int | None] | None:
    """The doubt on ``lines[index]``, a line under the date line as long as the verb
    headline over that date line (:func:`_dated_verb_layout`), or on that headline, when the
    lead retells half the headline's content words at least and exactly as many of the
    line's (fix213): fix182's measure (:func:`_retells_one_of_two`) parts them by the count,
    and a tie parts nothing.
    «طرح بازسازی ... آغاز شد» / DATE / «بودجه سقف راسته ... نوسازی» / a lead retelling four
    words of each: whichever of the two is kept, the other competes."""
    for at, rival in ((index, index - 2), (index + 2, index + 2)):  # (chosen: line, headline)
        if at == index + 2 and (at >= len(lines) or lines[index + 1].paragraph):
            continue  # (no date line under the chosen line: no paragraph is classified)
        layout = _dated_verb_layout(lines, at)
        if layout is None:
            continue
        headline, line, lead = layout
        words, own, told = _content_words(headline), _content_words(line), _content_words(lead)
        if (
            line.words >= headline.words
            and 2 * len(words & told) >= len(words)
            and len(own & told) == len(words & told)
        ):
            return _LEAD_RETELLS_BOTH, rival
    return None


def _under_question_heading(lines: Sequence[_Line], index: int, spaced: bool) -> bool:
    """Whether ``lines[index]`` is a subtitle under a short question heading at the top of
    the text: «تماس   آشنایی   مقاله ...» / «"بازگشت" بی بازگشت؟» / «مروری بر موضوع بازگشت
    پناهندگان سیاسی به ایران» / body (goftogoo.net, real55 #18). The question, a few words
    with nothing headline-shaped above it (a menu's items in gutters at most), is the
    headline; the longer phrase without a verb right under it, on the same story (a
    content word shared with it), is its subtitle. The order decides: a question under a
    headline is its subheading («HEADLINE» / «X یعنی چه؟», :func:`_title_over_its_question`).
    """
    if index == 0 or lines[index - 1].text[-1] not in "؟?":
        return False  # (most lines: no question right above)
    line = lines[index]
    if line.info.kind != "text" or _set_apart(line, spaced):
        return False
    above = lines[index - 1]
    if (
        above.info.kind != "text"
        or above.chrome
        or not QUESTION_HEADING_WORDS[0] <= above.words <= QUESTION_HEADING_WORDS[1]
        or not above.words < line.words <= HEADLINE_MAX_WORDS
        or line.text[-1] in (*_KICKER_ENDS, ".", "!", "؟", "?")
        or _verb_end(line) != ""
    ):
        return False
    if any(
        lines[other].info.kind == "text"
        and not lines[other].chrome
        and lines[other].text.count(_GUTTER) < GUTTERS
        for other in range(index - 1)
    ):
        return False  # a line of text above the question: a kicker over its headline, maybe
    asked = {_NOT_LETTER.sub("", word) for word in above.norm.split()}
    return not {word for word in asked if len(word) >= 3}.isdisjoint(
        _NOT_LETTER.sub("", word) for word in line.norm.split()
    )


# The fewest and most words of a question heading over its subtitle at the top of the text.
QUESTION_HEADING_WORDS = (2, 6)


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


_NEARLY_SAME = "another line has nearly the same evidence"


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
        # «... را اعلام کرد.» over «آیا ...؟»: a stopped headline over its question (fix214)
        and not _headline_over_question_subtitle(lines, index)
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


# A bibliographic page range: «(1 صفحه - از 77 تا 77)», «(12 صفحه)», «صفحات 12 تا 15»,
# «ص 12-15», «pp. 12-15» (a journal database's record), never a title.
# The first characters of _PAGE_LABEL and _PAGE_RANGE after their opening bracket and
# spaces (the patterns' fold: ASCII only): C set tests before the patterns.
_PAGE_LABEL_FIRST = frozenset("pPص")
_PAGE_RANGE_FIRST = frozenset("0123456789صpP")
_PAGE_RANGE = regex.compile(
    r"^\(?[\x20\u200c]*(?:[0-9]{1,4}[\x20\u200c]*صفحه(?:[\x20\u200c]*[\-،,][\x20\u200c]*"
    r"از[\x20\u200c]*[0-9]{1,4}[\x20\u200c]*تا[\x20\u200c]*[0-9]{1,4})?"
    r"|(?:صفحات|صفحه|ص\.?|pp?\.)[\x20\u200c]*[0-9]{1,4}[\x20\u200c]*(?:-|تا)[\x20\u200c]*[0-9]{1,4})"
    r"[\x20\u200c]*\)?$",
    regex.IGNORECASE,
)


# A statute's or a regulation's numbered article or note opening its line: «ماده 4:»,
# «مادة 4:» (Arabic spelling, ة read as ه), «ماده 24 : ...», «ماده واحده -», «تبصره ۲:»,
# «تبصره -». The number (or «واحده») and then a colon or a dash mark a clause of the
# text's body, never the page's headline; a headline opening with «ماده» goes on with
# words («ماده ۱۰ قانون کار اصلاح شد»: no mark after the number) and stays a candidate
# (real54 #4, #23: a rail regulation's and a loan fund's statute articles were titles).
_STATUTE_ARTICLE = regex.compile(
    r"[\x20\u200c•·*]*(?:ماده[\x20\u200c]*(?:[0-9]{1,4}|واحده)|تبصره(?:[\x20\u200c]*[0-9]{1,3})?)"
    r"[\x20\u200c]*(?::|[-–ـ](?![\x20\u200c]*[0-9]))"
)


def _statute_article(line: _Line) -> bool:
    """Whether ``line`` opens with a statute's article or note mark (:data:`_STATUTE_ARTICLE`)."""
    norm = line.norm
    return norm.lstrip(" \u200c•·*")[:1] in "مت" and _STATUTE_ARTICLE.match(norm) is not None


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


def _may_mark_section(text: str) -> bool:
    """A necessary test for :data:`_SECTION_MARK`, in C: after the spaces it allows, the
    line's first four characters are not all letters, or one is a kashida (a mark of one to
    three letters, or digits, is followed by a space or its separator, and the kashida «ـ»
    is the one separator that is a letter; a word of four letters or more opens most
    lines). (tests/test_prefilters.py)"""
    head = text.lstrip("\x20\u200c")[:4]
    return not head.isalpha() or "ـ" in head


def _lettered_section(lines: Sequence[_Line], index: int) -> bool:
    """A lettered section heading («الف ـ مدارس علمیه») with the next letter's below it
    («ب ـ مساجد»): a section of the text, never its title."""
    text = lines[index].text
    found = _SECTION_MARK.match(text) if _may_mark_section(text) else None
    if found is None:
        return False
    following = _next_marks(found.group("mark"))
    if not following:
        return False
    for other in range(index + 1, min(len(lines), index + 1 + SECTION_REACH)):
        text = lines[other].text
        near = _SECTION_MARK.match(text) if _may_mark_section(text) else None
        if near is not None and to_ascii_digits(near.group("mark")) in following:
            return True
    return False


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


def _may_be_couplet(text: str) -> bool:
    """Whether ``text`` may be a couplet: its halves are parted by «/» or tatweels."""
    return "/" in text or "ـ" in text


# A lead's opening: «به گزارش ...» (according to the report of ...).
_REPORT_OPENING = regex.compile(r"^به[\x20\u200c]+گزارش(?![\p{L}\p{M}])")
# A line going on with a conjunction: the rest of the sentence above it.
# A line opening with a comma or a semicolon («،رئیس گروه ... گفت: ...»): a paragraph's
# continuation (a lead cut from the clause before it), never a title.
_CLAUSE_MARKS = frozenset("،؛")

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


# A piece of a sentence broken over lines has at least this many words (fix237).
BROKEN_SENTENCE_WORDS = 8
# The conjunction «و» (and) opening a line as its own word: the sentence above goes on.
_AND_OPENING = regex.compile(r"[\x20]*و[\x20]")


def _open_piece(line: _Line) -> bool:
    """Whether a line is a long run of prose with no sentence end, a colon or a clause mark
    at its end: a piece of a sentence that may go on in the next line."""
    return (
        line.info.kind == "text"
        and line.words >= BROKEN_SENTENCE_WORDS
        and line.text.rstrip()[-1:] not in _SENTENCE_ENDS + ":؛،,"
    )


def _broken_sentence_pieces(lines: Sequence[_Line], stop: int) -> set[int]:
    """The lines above ``stop`` that are pieces of one sentence the layout broke over two
    lines or more (fix237): a run of long prose lines without a sentence end
    (:func:`_open_piece`, blank lines between them or not), two lines at least, and the line
    under the run opens with «و» (and), the sentence going on («مردم ایران در روزهای پایانی
    اسفند ... سبزه گذاشتن» / «به پیشواز نوروز می روند ... به یادگار دارند» / «و هر سال آن را
    ... تازه می کنند.»: a Blogfa archive page's post, shamimadab3.blogfa.com, tests/pages
    2284). No piece is a headline; a headline over its lead ends the lead's sentence nowhere
    below it. One pass over the lines (each run is walked once)."""
    found: set[int] = set()
    first = None
    for index in range(len(lines)):
        if _open_piece(lines[index]):
            if first is None:
                first = index
            continue
        if (
            first is not None
            and index - first >= 2
            and _AND_OPENING.match(lines[index].norm) is not None
        ):
            found.update(range(first, min(index, stop)))
        first = None
        if index >= stop:
            break  # (a run reaching below ``stop`` is read whole: its end says)
    return found


# Each part of a site's name-and-motto bar has at most this many words.
BAR_PART_WORDS = 3
# A headline under such a bar has at least this many words.
BAR_HEADLINE_WORDS = 4


# A site's name and its slogans joined by spaced dashes: at least DASHED_NAME_PARTS parts.
DASHED_NAME_PARTS = 3
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def dashed_name_and_slogans(line: _Line) -> bool:
    """Whether ``line`` is :data:`DASHED_NAME_PARTS` or more short parts joined by spaced
    dashes, each of one to :data:`BAR_PART_WORDS` words, no digit, no verb, no stop and no
    colon («دام زند - گوسفند زنده - عرضه دام بهداشتی», goosfandezendeh.com: tests/pages
    2495; fix282): a site's name and its slogans, printed over every page, never a headline
    (which says what happened in one run of words)."""
    text = line.text.strip()
    if line.info.kind != "text" or any(map(str.isdigit, text)) or text[-1:] in ".!؟?:":
        return False
    parts = _SPACED_DASH.split(f" {text} ")
    return (
        len(parts) >= DASHED_NAME_PARTS
        and all(1 <= len(part.split()) <= BAR_PART_WORDS for part in parts)
        and not any(mark in text for mark in ":،,؛")
        and _verb_end(line) == ""
    )


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


def _bar_pair_under_headline(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is two short names parted by one spaced bar, no digit and no
    verb, right under a headline-shaped line («رانش زمین در شهر هارونی/ ۳ خانه تخلیه شد» over
    «رانش زمین | زمین», then a source line and the body: international-news.ir, real51's
    #1): the item's tags printed under its headline, never the title. (Over the headline,
    :func:`_bar_pair_over_headline`.)"""
    line = lines[index]
    text = line.text
    if (
        index == 0
        or text.count("|") != 1
        or " | " not in text
        or line.info.kind != "text"
        or any(map(str.isdigit, text))
    ):
        return False
    parts = [part.split() for part in text.split("|")]
    if not all(1 <= len(part) <= BAR_PART_WORDS for part in parts) or _verb_end(line):
        return False
    upper = lines[index - 1]
    return (
        upper.info.kind == "text"
        and BAR_HEADLINE_WORDS <= upper.words <= HEADLINE_MAX_WORDS
        and not upper.paragraph
        and "|" not in upper.text
        and not upper.chrome
        and index + 1 < len(lines)
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


# A site's name bar over a question headline has at most this many lines: the name (at most
# :data:`NAME_BAR_NAME_WORDS` words) and its motto (at most :data:`MOTTO_WORDS`).
NAME_BAR_LINES = 2
# A site's name on its bar: a blog's name (:data:`BLOG_NAME_WORDS`) or one word more («صدای
# بازار شهر ما», fix199); past a blog name's length it shares no words with the question.
NAME_BAR_NAME_WORDS = 4


def _stopped_motto(line: _Line) -> bool:
    """Whether ``line`` closes with one full stop and holds no verb before it: a site's motto
    printed as a sentence («همراه شما در دنیای پرداخت.», fix208), not a sentence of a post
    («امروز درباره کارت ها می نویسم.» ends with its verb)."""
    text = line.text.rstrip()
    if not text.endswith(".") or text.endswith(".."):
        return False
    bare = text[:-1]
    return _verb_end(_Line(bare, 0, len(bare), False, 0)) == ""


def _question_under_name_bar(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]`` is a question headline (:func:`_question_headline`) under a
    site's name bar alone: «راه پرداخت» / «رسانه فناوری‌های مالی ایران» / «چرا باید ... حذف
    کرد؟» / the lead (way2pay.ir, real60 #21). Above it stand at most :data:`NAME_BAR_LINES`
    text lines, the first of at most :data:`NAME_BAR_NAME_WORDS` words, the next of at most
    :data:`MOTTO_WORDS`, none ending a sentence, and a line longer than a blog's name
    (:data:`BLOG_NAME_WORDS`) shares fewer
    than :data:`MOTTO_SHARED_WORDS` content words with the question and the paragraph under
    it (a motto names neither). The question then is the headline, not the lead's start; a
    headline over a question printed as the lead's first line names them. The motto under
    the name may close with a full stop (:func:`_stopped_motto`, fix208); the name may not
    («سلام دوستان.» over a question opens a post)."""
    if not 0 < index <= NAME_BAR_LINES or any(at in outside for at in range(index + 2)):
        return False
    if not _question_headline(lines, index, outside) or index + 1 >= len(lines):
        return False
    told = _content_words(lines[index]) | _content_words(lines[index + 1])
    for at in range(index):
        line = lines[at]
        if (
            line.info.kind != "text"
            or line.paragraph
            or (line.text.rstrip()[-1:] in _SENTENCE_ENDS and not (at > 0 and _stopped_motto(line)))
            or line.words > (NAME_BAR_NAME_WORDS if at == 0 else MOTTO_WORDS)
            or (
                line.words > BLOG_NAME_WORDS
                and len(_content_words(line) & told) >= MOTTO_SHARED_WORDS
            )
        ):
            return False
    return True


_SENTENCE_OVER_QUESTION = (
    "it closes with a sentence's end right over a question headline: a site's name or motto, "
    "or a post's opening sentence, over the question as often as the headline"
)


# The most lines that may stand between a title closing with «.» or «!» and the question
# headline under it, each a date or label line (:data:`_HEADER_KINDS`) or a byline: the
# title's own meta (fix213).
SENTENCE_OVER_QUESTION_BETWEEN = 2


def _sentence_over_question(
    lines: Sequence[_Line], index: int, stop: int, outside: set[int]
) -> tuple[str, int | None] | None:
    """The doubt on a title of a name bar's length (at most :data:`MOTTO_WORDS` words)
    closing with «.» or «!» right over a question headline (:func:`_question_headline`) that
    opens the running text at ``stop``: «مسیر پول.» / «چرا باید ...؟» / the lead (fix208).
    A name or motto printed as a sentence is no name bar :func:`_question_under_name_bar`
    reads, so the question is not taken, and the line over it is no sure headline either;
    the question competes. The title's own date line or byline may stand between the two
    (:data:`SENTENCE_OVER_QUESTION_BETWEEN` lines at most, fix213): «بال سفر.» / «۱۲ مرداد
    ۱۴۰۲» / «چرا ...؟» / the lead, «بال سفر!» / «نوشته علی رضایی» / «چرا ...؟» / the lead."""
    if stop >= len(lines) or not index < stop <= index + 1 + SENTENCE_OVER_QUESTION_BETWEEN:
        return None
    if not all(
        lines[at].info.kind in _HEADER_KINDS or lines[at].byline for at in range(index + 1, stop)
    ):
        return None
    line = lines[index]
    if line.paragraph or line.words > MOTTO_WORDS or line.text.rstrip()[-1:] not in (".", "!"):
        return None
    if not _question_headline(lines, stop, outside):
        return None
    return _SENTENCE_OVER_QUESTION, stop


def _stopped_verb_headline(line: _Line) -> bool:
    """Whether ``line`` is one sentence of a headline's length (:data:`STOPPED_HEADLINE_WORDS`
    up to :data:`LEAD_WORDS` words) closing with one full stop right after a finite verb
    (not a verb of saying, unless its object is marked by «را»: :func:`_announces_object`):
    «بلیت پروازهای داخلی از امروز بیست درصد گران شد.», a news headline printed with its full
    stop. No other sentence's mark, colon or second comma
    inside, no report's opening. A motto printed as a sentence holds no verb
    (:func:`_stopped_motto`: «همراه شما در خرید هوشمند.»)."""
    text = line.text.rstrip()
    if (
        line.info.kind != "text"
        or line.chrome
        or not text.endswith(".")
        or text.endswith("..")
        or not STOPPED_HEADLINE_WORDS <= line.words < LEAD_WORDS
        or _SENTENCE_MARK_INSIDE.search(text[:-1]) is not None
        or ":" in text
        or text.count("،") > 1
        or _REPORT_OPENING.match(line.norm) is not None
    ):
        return False
    bare = _Line(text[:-1], 0, len(text) - 1, False, 0)
    # «... را اعلام کرد.»: a verb of saying with its object states an act (fix214)
    return _verb_end(bare) == "verb" or _announces_object(bare)


def _stopped_statements(line: _Line) -> tuple[_Line, ...]:
    """What a stopped headline's lead may retell: ``line`` itself when it is one stopped
    verb headline (:func:`_stopped_verb_headline`), and its first clause when it is two such
    clauses joined by «و» (fix216, attacks68): «تیم ... عنوان قهرمانی کشور را به دست آورد و
    جام را به اهتزاز درآورد.», each clause of :data:`STOPPED_HEADLINE_WORDS` words or more
    (under :data:`LEAD_WORDS`) ending with a finite verb, the whole at most
    :data:`HEADLINE_MAX_WORDS` words. The first clause states the event; the second tells
    what came with it, which the lead may leave to later paragraphs. None: no such line."""
    whole = (line,) if _stopped_verb_headline(line) else ()
    text = line.text.rstrip()
    if (
        line.info.kind != "text"
        or line.chrome
        or not text.endswith(".")
        or line.words > HEADLINE_MAX_WORDS
        or _CLAUSE_JOINER not in text
    ):
        return whole
    at = text.find(_CLAUSE_JOINER)
    while at > 0:
        first = text[:at] + "."
        second = text[at + len(_CLAUSE_JOINER) :]
        if _stopped_verb_headline(_Line(first, 0, len(first), False, 0)) and _stopped_verb_headline(
            _Line(second, 0, len(second), False, 0)
        ):
            return (*whole, _Line(first[:-1], 0, at, False, 0))
        at = text.find(_CLAUSE_JOINER, at + 1)
    return whole


# What joins a two-clause headline's clauses (:func:`_stopped_statements`).
_CLAUSE_JOINER = " و "


def _lead_under_question(lines: Sequence[_Line], index: int) -> _Line | None:
    """The lead under the question ``lines[index]``: the first paragraph past at most
    :data:`EXCLAIMED_HEADER_REACH` header lines (a date, labels), when it is text; None when
    another line stands between or no paragraph comes (:func:`_question_under_stopped_headline`,
    :func:`_question_under_retold_sentence`)."""
    at = index + 1
    while at < len(lines) and at - index <= EXCLAIMED_HEADER_REACH + 1:
        if lines[at].paragraph:
            return lines[at] if lines[at].info.kind == "text" or _dated_lead(lines[at]) else None
        if lines[at].info.kind not in _HEADER_KINDS:
            return None
        at += 1
    return None


# The labels a lead may open with, its date's («تاریخ: ۲۵ آذر ۱۴۰۲ | LEAD», fix228), and
# its writer's after or before it («تاریخ: DATE | نویسنده: NAME | LEAD», fix232).
_LEAD_LABEL_FIELDS = frozenset({"published", "author"})


def _dated_lead(line: _Line) -> bool:
    """Whether the paragraph ``line`` is a lead opening with its date's label («تاریخ: ۲۵ آذر
    ۱۴۰۲ | قیمت نان ...»: the item's date printed at the head of its first paragraph, then
    the lead's sentences; mutant 63 of the forty-fifth round, fix228): labels of
    :data:`_LEAD_LABEL_FIELDS` alone on it, the date's among them (its writer's may stand
    beside it: «تاریخ: DATE | نویسنده: NAME | LEAD», fix232), and its text past the last
    label's value. A paragraph of other labels (a byline alone, a source) is no lead."""
    labels = line.info.labels
    return (
        line.info.kind == "labels"
        and bool(labels)
        and all(label.field in _LEAD_LABEL_FIELDS for label in labels)
        and any(label.field == "published" for label in labels)
        and has_letter(line.norm[labels[-1].value[1] :])
    )


def _held_words(lead: _Line) -> set[str]:
    """The lead's content words, their edges stripped, that :func:`_retold` looks up."""
    return {word.strip(_WORD_EDGES) for word in _content_words(lead)}


def _retold(part: _Line, held: set[str]) -> tuple[int, int]:
    """How many of ``part``'s content words the lead holds (``held``, a word's stem
    counting), and how many it has."""
    words = {word.strip(_WORD_EDGES) for word in _content_words(part)} - {""}
    shared = sum(1 for word in words if any(_same_stem(word, other) for other in held))
    return shared, len(words)


def _question_under_stopped_headline(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a question subtitle under a news headline printed with its
    full stop: «بلیت پروازهای داخلی از امروز بیست درصد گران شد.» / «آیا قیمت بلیت قطار هم
    بالا می رود؟» / DATE / LEAD (attacks66). The line above is a stopped verb headline
    (:func:`_stopped_verb_headline`) at the text's top (:func:`_under_section_lines`), the
    question is of a headline's length, and under it, past at most
    :data:`EXCLAIMED_HEADER_REACH` header lines (a date, labels), the lead retells the
    headline and not the question: :data:`RESTATED_PART` of the headline's content words (a
    word's stem counting) and fewer than half of the question's. Over the headline stand at
    most :data:`STOPPED_SECTION_LINES` lines, each a section's name or chrome, or each a
    header line (the item's date printed first). A headline states the event
    and its lead retells it; the question under it asks what follows, which the lead leaves
    open. A site's motto (no verb) over a question is no such headline (fix208's name bar);
    a post's first sentence is not retold by the paragraph under it (fix208's doubt)."""
    line = lines[index]
    text = line.text.rstrip()
    if (
        index == 0
        or text[-1:] not in ("؟", "?")
        or line.info.kind != "text"
        or line.paragraph
        or not 3 <= line.words <= HEADLINE_MAX_WORDS
        or _SENTENCE_MARK_INSIDE.search(text[:-1]) is not None
    ):
        return False
    headline = lines[index - 1]
    statements = _stopped_statements(headline)
    if (
        not statements
        or not (
            _under_section_lines(lines, index - 1)
            # «۱۸ آذر ۱۴۰۲» over the headline: the item's header printed first
            or (
                index - 1 <= STOPPED_SECTION_LINES
                and all(above.info.kind in _HEADER_KINDS for above in lines[: index - 1])
            )
        )
    ):
        return False
    lead = _lead_under_question(lines, index)
    if lead is None:
        return False
    held = _held_words(lead)
    asked, questioned = _retold(line, held)
    if 2 * asked >= questioned:
        return False
    for statement in statements:  # the whole headline, or its first clause (fix216)
        told, said = _retold(statement, held)
        if (
            lead.words > statement.words
            and said >= RESTATED_WORDS
            and told * RESTATED_PART[1] >= said * RESTATED_PART[0]
        ):
            return True
    return False


def _stopped_over_question(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]``, the first line of running text, is a stopped verb headline
    (:func:`_stopped_statements`) right over a question of a headline's length
    (:data:`QUESTION_SUBTITLE_MIN_WORDS` to :data:`HEADLINE_MAX_WORDS` words, alone on its
    line): :func:`_question_under_stopped_headline`'s shape before its lead's test. A
    headline over its question subtitle, or a post's first sentence over its question: a
    text that drops the line as its title says so (fix232; a question of four words, «آیا
    هواپیما گران می شود؟», as well, mut47 (h), fix238: the doubt only names a line no rule
    took)."""
    if index + 1 >= len(lines) or not _stopped_statements(lines[index]):
        return False
    below = lines[index + 1]
    text = below.text.rstrip()
    return (
        below.info.kind == "text"
        and not below.paragraph
        and text[-1:] in ("؟", "?")
        and QUESTION_SUBTITLE_MIN_WORDS <= below.words <= HEADLINE_MAX_WORDS
    )


# Words a question subtitle under a stopped headline has at least (:func:`_stopped_over_question`).
QUESTION_SUBTITLE_MIN_WORDS = 3
_STOPPED_OVER_QUESTION = (
    "it is a sentence ending with a full stop over a question, whose text does not retell "
    "it: a headline over its question subtitle, or a post's first sentence over its question"
)


def _headline_over_question_subtitle(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is the stopped headline over its question subtitle
    (:func:`_question_under_stopped_headline`): its full stop is the headline's, no
    sentence of a lead."""
    return index + 1 < len(lines) and _question_under_stopped_headline(lines, index + 1)


_QUESTION_UNDER_RETOLD = (
    "it is a question under a full-stopped sentence that the lead retells: the sentence may be "
    "the headline and the question its subtitle"
)


def _question_under_retold_sentence(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]``, a question, stands where :func:`_question_under_stopped_headline`
    would make it a subtitle but for that rule's narrower gates: the line above is one
    sentence of a headline's length closing with a full stop after a verb of any kind (a verb
    of saying with no «را» before its object too, «... برنامه امتحانات ... اعلام کرد.»), at
    the text's top as there, and the lead under the question (past at most
    :data:`EXCLAIMED_HEADER_REACH` header lines) retells it (:data:`RESTATED_PART` of its
    content words, a stem counting) and fewer than half of the question's, whatever the
    lead's length. The question chosen so is doubted (fix220): a headline and its subtitle,
    or a post's sentence over its question."""
    line = lines[index]
    text = line.text.rstrip()
    if index == 0 or text[-1:] not in ("؟", "?") or line.info.kind != "text" or line.paragraph:
        return False
    upper = lines[index - 1]
    above = upper.text.rstrip()
    if (
        upper.info.kind != "text"
        or upper.chrome
        or not above.endswith(".")
        or above.endswith("..")
        or not STOPPED_HEADLINE_WORDS <= upper.words < LEAD_WORDS
        or _SENTENCE_MARK_INSIDE.search(above[:-1]) is not None
        or _verb_end(_Line(above[:-1], 0, len(above) - 1, False, 0)) == ""
        or not (
            _under_section_lines(lines, index - 1)
            or (
                index - 1 <= STOPPED_SECTION_LINES
                and all(top.info.kind in _HEADER_KINDS for top in lines[: index - 1])
            )
        )
    ):
        return False
    lead = _lead_under_question(lines, index)
    if lead is None:
        return False
    held = _held_words(lead)
    told, said = _retold(upper, held)
    asked, questioned = _retold(line, held)
    return (
        said >= RESTATED_WORDS
        and told * RESTATED_PART[1] >= said * RESTATED_PART[0]
        and 2 * asked < questioned
    )


def _lead_opening_summary(lines: Sequence[_Line], index: int, stop: int) -> bool:
    """Whether ``lines[index]``, right over the running text at ``stop``, is the item's
    summary: the sentence the first paragraph opens with (:data:`SENTENCE_WORDS` words or
    more), under a headline-shaped line of a sentence's length too, ending with no kicker's
    colon, that names it (:data:`MOTTO_SHARED_WORDS` content words): «6 روستای ... برخوردار
    می شوند» / «فرماندار ... گفت تاکنون ... شده اند» / «فرماندار ... گفت تاکنون ... شده اند
    محمودیان در نشست ...» (a governorate's news template, ostan-ks.ir, real60 #06). The lead's
    opening printed as a summary is never the headline; a kicker over a headline glued to
    the lead is shorter or ends with a colon."""
    if index != stop - 1 or index == 0 or stop >= len(lines):
        return False
    line, upper, body = lines[index], lines[index - 1], lines[stop]
    if (
        line.words < SENTENCE_WORDS
        or line.info.kind != "text"
        or body.key == line.key
        or not body.key.startswith(line.key)
    ):
        return False
    if (
        upper.info.kind != "text"
        or upper.paragraph
        or not SENTENCE_WORDS <= upper.words <= HEADLINE_MAX_WORDS
        or upper.text.rstrip()[-1:] in (":", "؛")
    ):
        return False
    return len(_content_words(upper) & _content_words(line)) >= MOTTO_SHARED_WORDS


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


def _exclaimed_one_sentence(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]`` is one exclaimed sentence of a headline's length (ending with
    «!», no other sentence's end, no comma, no lead's opening) with a line under it: the shape
    :func:`_exclaimed_over_lead` and :func:`_exclaimed_over_standfirst` share."""
    line = lines[index]
    text = line.text.rstrip()
    below = index + 1
    return not (
        text[-1:] != "!"
        or line.info.kind != "text"
        or not SENTENCE_WORDS <= line.words <= HEADLINE_MAX_WORDS
        or _SENTENCE_MARK_INSIDE.search(text[:-1]) is not None
        or "،" in text
        or _REPORT_OPENING.match(line.norm)
        or below >= len(lines)
        or below in outside
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
    if not _exclaimed_one_sentence(lines, index, outside):
        return False
    line = lines[index]
    lead = lines[index + 1]
    return lead.paragraph and lead.info.kind == "text" and _restates(line, lead)


_ADDRESSED_OR_PERSONAL = (
    "it calls out to someone («ای ...») or speaks in the first person («من») with no speaker "
    "named: a poem's line or a writer's cry opening the text as often as its headline"
)
# The vocative «ای» opening a line, and the first person singular's pronoun.
_VOCATIVE = "ای"
_FIRST_PERSON = frozenset({"من", "مرا"})


def _addressed_or_personal(line: _Line) -> bool:
    """Whether an exclaimed line opens with the vocative «ای» (a poem's or a hymn's address)
    or holds the first person singular («من») with no speaker's colon or quote marks (a
    writer's own cry): a news headline names its subject and quotes a speaker as such."""
    words = line.norm.replace(ZWNJ, " ").rstrip("!").split()
    if not words:
        return False
    if words[0] == _VOCATIVE:
        return True
    return not any(mark in line.text for mark in ':«»"') and any(
        word in _FIRST_PERSON for word in words
    )


def _exclaimed_over_standfirst(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]``, the first line of running text with nothing headline-shaped
    above it, is a headline ending with «!» (:func:`_exclaimed_over_lead`'s shape) over the
    standfirst an opinion piece opens with: the writer's or speaker's name, two or three
    words and a colon, then the text («بار سنگین «ده دقیقه» خبر محلی ... زبان معیار!» over
    «کیومرث رحیمی: آن گروهی که ...», a WordPress.com blog's post, tests/pages 1690). A
    text's first sentence is followed by its next sentence, not by a name and a colon; a
    reported speaker («... گفت:») or a phrase («به عبارت دیگر:») is no name."""
    if not _exclaimed_one_sentence(lines, index, outside):
        return False
    line = lines[index]
    lead = lines[index + 1]
    if not lead.paragraph or lead.info.kind != "text" or lead.words <= line.words:
        return False
    found = _STANDFIRST_NAME.match(lead.norm)
    if found is None:
        return False
    name = found.group(1).replace("\u200c", " ").split()
    return not any(
        word in _FUNCTION_WORDS or word in _SAYING_VERBS or word in _VERB_ENDINGS for word in name
    )


# A standfirst's writer or speaker: two or three words of letters, then a colon and a space.
_STANDFIRST_NAME = regex.compile(
    r"[\x20\u200c]*(\p{L}[\p{L}\p{M}\u200c]*(?:\x20\p{L}[\p{L}\p{M}\u200c]*){1,2})\x20*:\x20"
)


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
        or text.count("،") > 1
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
    if _over_own_excerpt(lines, index):
        return True
    words = {word.strip(_WORD_EDGES) for word in _content_words(line)} - {""}
    if len(words) < RESTATED_WORDS:
        return False
    held = {word.strip(_WORD_EDGES) for word in _content_words(lead)}
    shared = sum(1 for word in words if any(_same_stem(word, other) for other in held))
    # One comma («مدیرکل ... خوزستان، از آغاز ... خبر داد.»: the speaker, then what he
    # announced) is a headline's as often as a first sentence's: the lead must then restate
    # nearly all of it (fix198).
    part = COMMA_RESTATED_PART if "،" in text else RESTATED_PART
    return shared * part[1] >= len(words) * part[0]


def _headline_over_fields_over_cut_summary(
    lines: Sequence[_Line], index: int, candidates: Sequence[int]
) -> int | None:
    """The headline over the header's fields when ``lines[index]``, right under them, is a
    summary of a lead's length (:data:`LEAD_WORDS` words or more) cut with «...» or «…»:
    «HEADLINE» / «کد: 214» / «تاریخ انتشار: ۱۳۹۱/۰۶/۱۲» / «منبع خبر: ...» / «SUMMARY ...
    و ...» (an old PHP portal's item, loss.meedc.ir, tests/pages 2610; fix303). A headline is
    never cut with an ellipsis after a lead's length; the line over two fields or more (a
    label and its value, a colon after one or two words), one of them at least read as
    labels («کد: 531» / «منبع خبر: ...»: mut56 (g), fix314), within :data:`LABEL_REACH_ABOVE`
    lines, is the headline when it has a headline's shape. None otherwise."""
    line = lines[index]
    text = line.text.rstrip()
    if line.info.kind != "text" or line.words < LEAD_WORDS or not text.endswith(_CUT_MARKS):
        return None
    labelled = 0
    at = index - 1
    while at >= 0 and index - at <= LABEL_REACH_ABOVE:
        field = lines[at]
        if field.info.kind in ("labels", "date", "mixed"):
            labelled += field.info.kind == "labels"
        elif not (field.words <= FIELD_VALUE_WORDS and _LABELLED_FIELD.match(field.norm)):
            break
        at -= 1
    if at < 0 or index - 1 - at < 2 or labelled < 1 or at not in candidates:
        return None
    upper = lines[at]
    if (
        upper.info.kind != "text"
        or upper.paragraph
        or not 2 <= upper.words <= HEADLINE_MAX_WORDS
        or upper.text.rstrip().endswith(_CUT_MARKS)
        or ":" in upper.text
    ):
        return None
    return at


# A field line's most words («منبع خبر: سایت خبری وزارت نیرو»), and its shape: a label of one
# or two words, a colon, a value.
FIELD_VALUE_WORDS = 8
_LABELLED_FIELD = regex.compile(
    r"^[\x20\u200c]*[^\s:]+(?:[\x20\u200c]+[^\s:]+)?[\x20\u200c]*:\x20*\S"
)


def _over_own_excerpt(lines: Sequence[_Line], index: int) -> bool:
    """Whether the line under ``lines[index]`` is the post's own excerpt: cut with «[…]»,
    the paragraph under it opening with the same words (:func:`_excerpt_restated`).
    «HEADLINE .» / «TEASER ... […]» / «TEASER ... (in full)»: a post's theme prints its
    excerpt under the headline, then the full text (sobherabor.ir's 1392 posts, tests/pages
    2612; fix303). The line over a post's own excerpt is its headline, whatever words the
    excerpt names; a list's excerpt is followed by the next item, not by its full text."""
    below = index + 1
    return below < len(lines) and (
        (lines[below].text.rstrip().endswith(_EXCERPT_ENDS) and _excerpt_restated(lines, below))
        or _excerpt_whole_below(lines, below)
    )


def _excerpt_whole_below(lines: Sequence[_Line], index: int) -> bool:
    """Whether the paragraph right under ``lines[index]`` opens with all of its words and
    goes on: the post's excerpt cut with «...» or «…» or not marked at all, over the full
    text (2612's layout; mut56 (d), fix314). The excerpt has
    :data:`EXCERPT_RESTATED_WORDS` words at least."""
    if index + 1 >= len(lines) or not lines[index + 1].paragraph:
        return False
    text = lines[index].norm.rstrip()
    for mark in _CUT_MARKS:
        if text.endswith(mark):
            text = text[: -len(mark)]
            break
    head = text.replace("\u200c", " ").split()
    below = lines[index + 1].norm.replace("\u200c", " ").split()
    return EXCERPT_RESTATED_WORDS <= len(head) < len(below) and below[: len(head)] == head


# A headline ending with a full stop has at least this many words.
STOPPED_HEADLINE_WORDS = 5
# The part of a full-stopped headline's content words with one comma in it that the lead
# under it restates (a stem counting): a first sentence with a comma goes on, a headline's
# lead names its speaker, its subject and its verb again.
COMMA_RESTATED_PART = (4, 5)


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


# «نام کتاب : ... نویسنده : ... جلد : 2  صفحه : 517»: a label of one or two words before a
# colon spaced on both sides; a line holding two or more is a row of a record's fields (an
# e-library's page header, lib2.eshia.ir: real57 #09), never a headline (fix187). A headline
# quoting a speaker puts the colon right after the name, once.
_SPACED_FIELD_LABEL = regex.compile(
    r"(?:^|(?<=\x20))[\p{L}\u200c]+(?:\x20[\p{L}\u200c]+)?\x20+:\x20+(?=[^\x20:])"
)


# «روزنامه آذر», «مجله بهمن»: a periodical's kind before its name (a month's name, as often).
_PERIODICAL_KIND = (
    r"(?:روزنامه|نشریه|مجله|هفته[\x20\u200c]?نامه|ماه[\x20\u200c]?نامه|فصل[\x20\u200c]?نامه"
    r"|گاه[\x20\u200c]?نامه)"
)


def _periodical_named(lines: Sequence[_Line], index: int, stop: int) -> bool:
    """Whether the month's name alone on ``lines[index]`` is a periodical's name: the running
    text right under it (the next line, at ``stop``) names «روزنامه NAME», «مجله NAME» (a
    library's record of a newspaper «آذر», sana.nlai.ir: real57 #10; fix187). A month's name
    over a post's date or a list is no such name."""
    if index + 1 != stop or stop >= len(lines) or not lines[stop].paragraph:
        return False
    named = _PERIODICAL_KIND + r"[\x20\u200c]+" + regex.escape(lines[index].norm.strip())
    return regex.search(named + r"(?![\p{L}\p{M}])", lines[stop].norm) is not None


# The most words of a blog's name repeated alone under its <title> line («... - بهار امید»);
# a longer tail repeated alone is the headline under a «SITE - HEADLINE» <title>.
TITLE_TAIL_NAME_WORDS = 3
# «HEADLINE - BLOG»: a <title>'s last part after a spaced dash or bar.
_TITLE_TAIL = regex.compile(r"\x20[-–|]\x20(?P<tail>[^-–|]+)$")


def _may_have_title_tail(norm: str) -> bool:
    """Whether ``norm`` holds a spaced dash or bar (« - », « – », « | »), as every match of
    :data:`_TITLE_TAIL` does: three substring tests before its search (speed43; «title tail»
    in ``jalali_meta.testing.PREFILTERS``)."""
    return " - " in norm or " – " in norm or " | " in norm


def _browser_title_over_name(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is the page's <title>, «HEADLINE - NAME», the first line,
    whose last part the next line repeats alone (the blog's name printed under it): the
    headline is the first part (BlogSky's post, iran-87.blogsky.com: real57 #21; fix187).
    A headline of fewer than three words before the dash is a site's name as often, a tail
    of more than :data:`TITLE_TAIL_NAME_WORDS` words repeated alone is the headline under a
    «SITE - HEADLINE» <title>, and a one-word tail is a quote's speaker or a photo's credit
    as often (``«... - قالیباف»`` over «قالیباف»: attacks40): the score decides those."""
    if index != 0 or index + 1 >= len(lines):
        return False
    if not _may_have_title_tail(lines[index].norm):
        return False
    found = _TITLE_TAIL.search(lines[index].norm)
    if found is None or _squash(found.group("tail")) != lines[index + 1].key:
        return False
    tail = len(found.group("tail").split())
    return 2 <= tail <= TITLE_TAIL_NAME_WORDS and len(
        lines[index].norm[: found.start()].split()
    ) >= max(3, tail + 1)


def _field_row(line: _Line) -> bool:
    """Whether ``line`` is a row of two or more «LABEL : VALUE» fields
    (:data:`_SPACED_FIELD_LABEL`)."""
    return line.norm.count(" : ") >= 2 and len(_SPACED_FIELD_LABEL.findall(line.norm)) >= 2


def _field_line(line: _Line) -> bool:
    """Whether the line is a record's field printed as «LABEL : VALUE» (a two-word label and
    a value of up to three words, the colon spaced on both sides: «نوع مقاله : مقاله
    پژوهشی»; or a label and one code with a digit: «DOC ID : H-801108-53828S12»): a field
    of the page, never its title. A headline quoting a speaker puts the colon right after
    one name («ظریف: ...») and says more after it."""
    if _field_row(line):
        return True
    return line.words <= 6 and (
        (_FIELD_LINE.match(line.norm) is not None and not _list_name_label(line.norm))
        or _FIELD_CODE_LINE.match(line.norm) is not None
    )


# A list's name opening a «LABEL : VALUE» line (:data:`vocab.SECTION_LABEL_WORDS`).
_LIST_NAME_OPENING = regex.compile(rf"(?:{SECTION_LABEL_NAME_TEXT})[\x20\u200c]")


def _list_name_label(norm: str) -> bool:
    """Whether a «LABEL : VALUE» line's label is a section's list name («اخبار پایگاه :
    روز جهانی دیابت», an item's headline after its section's name, fix242): no record's field,
    a headline the title's section-label cut reads (fix253)."""
    return _LIST_NAME_OPENING.match(norm) is not None


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
    if _separated_field(lines, index):
        return True
    if not _card_field_shape(lines[index]):
        return False
    label = _card_label(lines[index])
    return any(
        0 <= other < len(lines)
        and _card_field_shape(lines[other])
        and _card_label(lines[other]) != label
        for other in (index - 1, index + 1)
    )


# The separator lines between two fields of a meta list (:func:`_separated_label_field`).
SEPARATED_FIELD_REACH = 1
# Known labels left empty a meta list's field may stand next to, the list going on past
# them to a field with its value (:func:`_separated_label_field`).
SEPARATED_EMPTY_FIELDS = 1


def _separated_field(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is one field of a meta list whose fields are parted by lines
    holding only a separator («-»), a field of a label the header grammar knows next to it:
    «وضعیت : نامشخص است» / «-» / «دسته بندی ها : بخشنامه های نظارت» (a circular's page,
    ravihesab.com: blind82, tests/pages 2228; fix231). The line «LABEL : VALUE»
    (:data:`_CARD_FIELD`, one colon, at most :data:`CARD_FIELD_MAX_WORDS` words; a verb may
    end it, «نامشخص است»: the list's shape is the evidence); never the title."""
    line = lines[index]
    return (
        line.info.kind == "text"
        and line.words <= CARD_FIELD_MAX_WORDS
        and line.text.count(":") == 1
        and _CARD_FIELD.match(line.norm) is not None
        and any(_separated_label_field(lines, index, step) for step in (-1, 1))
    )


def _separated_label_field(
    lines: Sequence[_Line], index: int, step: int, empty_fields: int = SEPARATED_EMPTY_FIELDS
) -> bool:
    """Whether the line past the :data:`SEPARATED_FIELD_REACH` lines holding only a separator
    next to ``lines[index]`` in the direction ``step`` is a known label's field with its
    value («دسته بندی ها : بخشنامه های نظارت»); or, up to ``empty_fields`` times, a known
    label left empty («دسته بندی ها :», a circular filed under no category: mut47 (b),
    fix238) with a field past it the same way, the list going on (a known label's with its
    value, or any «LABEL : VALUE» line, :data:`_CARD_FIELD`: «تاریخ بخشنامه : DAY»)."""
    at = _past_separators(lines, index, step)
    if at is None:
        return False
    info = lines[at].info
    if info.kind != "labels" or len(info.labels) != 1:
        return False
    if info.labels[0].value[1] > info.labels[0].value[0]:
        return True
    if empty_fields <= 0 or (beyond := _past_separators(lines, at, step)) is None:
        return False
    line = lines[beyond]
    return _separated_label_field(lines, at, step, empty_fields - 1) or (
        line.words <= CARD_FIELD_MAX_WORDS
        and line.text.count(":") == 1
        and _CARD_FIELD.match(line.norm) is not None
    )


def _past_separators(lines: Sequence[_Line], index: int, step: int) -> int | None:
    """The index of the line past the :data:`SEPARATED_FIELD_REACH` lines holding only a
    separator next to ``lines[index]`` in the direction ``step``; None when they are not
    there."""
    at = index + step
    for _ in range(SEPARATED_FIELD_REACH):
        if not 0 <= at < len(lines) or not _lone_separator(lines[at]):
            return None
        at += step
    return at if 0 <= at < len(lines) else None


# A line of a run of fields (:func:`_field_run`): a label of one to five words, a colon
# (spaced or glued), its value or none («آخرین مهلت ثبت نام حضوری: 5بهمن ماه 1396»,
# «اعلام نتایج داوری مقالات : 7 روز پس از ارسال مقاله», «درصد پذیرش:»).
_RUN_FIELD = regex.compile(r"^[\p{L}\u200c]+(?:\x20[\p{L}\u200c]+){0,4}\x20*:")
# Words a value in a run of fields has at most (a deadline «2 الی 3 روز پس از ارسال»).
FIELD_RUN_VALUE_WORDS = 8
# Lines (blank lines aside) a run of fields has at least, no two alike, their labels all
# different or all one.
FIELD_RUN_MIN_LINES = 3
# Lines of a run of fields other than the one weighed whose value may end with a verb
# («اعلام نتایج داوری مقالات : پس از داوری اعلام می شود», mut47 (f), fix238).
FIELD_RUN_VERB_VALUES = 1


def _run_field_shape(line: _Line, verb: bool = False) -> bool:
    """Whether ``line`` may be one line of a run of fields (:data:`_RUN_FIELD`, one colon, a
    value of at most :data:`FIELD_RUN_VALUE_WORDS` words, no verb at its end unless
    ``verb``)."""
    return (
        line.text.count(":") == 1
        and _RUN_FIELD.match(line.norm) is not None
        and len(line.norm.split(":", 1)[1].split()) <= FIELD_RUN_VALUE_WORDS
        and (verb or _verb_end(line) == "")
    )


def _field_run(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is one of :data:`FIELD_RUN_MIN_LINES` «LABEL: VALUE» lines in
    a row (blank lines between or not), no two alike: a page of fields
    with no headline (a conference's important dates, «آخرین مهلت ثبت نام حضوری: 5بهمن ماه
    1396» among four deadlines, tests/pages 2235; a journal's card, «سال شروع انتشار:۱۳۹۲»
    among a dozen, 2245; fix234), never the title. A field's value may be long here (a
    deadline «7 روز پس از ارسال مقاله») where :func:`_card_field` asks for two short ones.
    One label over several values is a run too («آخرین مهلت : DAY» four times, mut47 (e),
    fix238), the lines differing; a line printed again (a headline twice) is not, nor two
    lines of one label by another (a headline glued to its byline printed twice, its date
    changed, over a first field: tests/pages 434). Up to
    :data:`FIELD_RUN_VERB_VALUES` of the lines may end their value with a verb («...
    اعلام می شود», fix238), the line weighed only between two fields without one (a quoted
    speaker's headline over a byline's fields ends with its verb, above them)."""
    if not _run_field_shape(lines[index], verb=True):
        return False
    if _verb_end(lines[index]) != "" and not (
        0 < index < len(lines) - 1
        and _run_field_shape(lines[index - 1])
        and _run_field_shape(lines[index + 1])
    ):
        return False
    size = FIELD_RUN_MIN_LINES
    for first in range(max(0, index - size + 1), min(index, len(lines) - size) + 1):
        window = lines[first : first + size]  # a few lines around it: linear in the page
        if (
            all(_run_field_shape(w, verb=True) for w in window)
            and sum(_verb_end(w) != "" for w in window) <= FIELD_RUN_VERB_VALUES
            and len({_card_label(w) for w in window}) in (1, size)
            and len({_squash(w.norm) for w in window}) == size
        ):
            return True
    return False


# A field line taken alone (:func:`value_field`): words its label has at most, and words its
# value has at most when only its opening digit (a date, a number) tells it a field.
VALUE_FIELD_LABEL_WORDS = 3
VALUE_FIELD_NUMBER_WORDS = 4
_VALUE_FIELD_FIRST = frozenset(_squash(normalize(word)) for word in vocab.VALUE_FIELD_LABEL_FIRST)


def value_field(line: _Line) -> bool:
    """Whether ``line`` is one «LABEL: VALUE» field even alone, with no run of fields around
    it (:func:`_field_run`): a label of one to :data:`VALUE_FIELD_LABEL_WORDS` words, one
    colon, a value of at most :data:`FIELD_RUN_VALUE_WORDS` words, no verb at its end; the
    label opening with a schedule's or a record's field word (:data:`vocab.VALUE_FIELD_LABEL_FIRST`:
    «محل برگزاری: تالار همایش های وزارت», «تاریخ برگزاری: ۲۰ بهمن ۱۴۰۲»), or any label over
    a value of at most :data:`VALUE_FIELD_NUMBER_WORDS` words opening with a digit (a date,
    a number: «ظرفیت کلاس: ۳۰ نفر»). A page's field, never its sure headline (fix235); a
    speaker's quote, «وزیر کشور: انتخابات ... برگزار می شود», ends with its verb."""
    if line.info.kind not in ("text", "mixed") or line.text.count(":") != 1:
        return False
    label, value = line.norm.split(":", 1)
    label_words, value_words = label.split(), value.split()
    if (
        not 1 <= len(label_words) <= VALUE_FIELD_LABEL_WORDS
        or not 1 <= len(value_words) <= FIELD_RUN_VALUE_WORDS
        or _RUN_FIELD.match(line.norm) is None
        or _verb_end(line) != ""
    ):
        return False
    return _squash(label_words[0]) in _VALUE_FIELD_FIRST or (
        len(value_words) <= VALUE_FIELD_NUMBER_WORDS
        and to_ascii_digits(value_words[0])[:1].isdigit()
    )


def _card_label(line: _Line) -> str:
    """The label of a card's field line (:func:`_card_field_shape`): its text before the
    colon, spaces squeezed out."""
    return _squash(line.norm[: line.norm.find(":")])


# «• منبع آمار: سالنامه آماری کشور»: a bullet, a label of one to three words, a colon and a
# value (a statistics page's or a document's metadata items).
_BULLETED_FIELD = regex.compile(
    r"^[-–•·*▪■●◾►▶][\x20\u200c]+[\p{L}\u200c]+(?:\x20[\p{L}\u200c]+){0,2}\x20?:\x20?[^\x20:]"
)


def _bulleted_field_shape(line: _Line) -> bool:
    """Whether ``line`` is a bulleted «LABEL: VALUE» item (:data:`_BULLETED_FIELD`, one
    colon, no verb at its end)."""
    return (
        ":" in line.text
        and line.text.count(":") == 1
        and _BULLETED_FIELD.match(line.norm) is not None
        and _verb_end(line) == ""
    )


def _bulleted_field(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is one of a run of two or more bulleted «LABEL: VALUE» items
    with different labels, one under another: a page's metadata list («• اقتباس از: ...»
    over «• منبع آمار: ...» over «• تاریخ ایجاد: ...» above a statistics table's heading,
    real40 #21), whatever the value's length; never the title. A bulleted headline quoting
    a speaker stands alone or says what was said with a verb."""
    line = lines[index]
    if not _bulleted_field_shape(line):
        return False
    label = _bulleted_label(line)
    return any(
        0 <= other < len(lines)
        and _bulleted_field_shape(lines[other])
        and _bulleted_label(lines[other]) != label
        for other in (index - 1, index + 1)
    )


def _bulleted_label(line: _Line) -> str:
    """The label of a bulleted field (:func:`_bulleted_field_shape`), spaces squeezed out."""
    return _squash(line.norm[2 : line.norm.find(":")])


# A list's item: a bullet (a Markdown «-», «*» or «+» too), or a number of one or two digits
# and «-», «.» or «)», then a space.
_LIST_ITEM_MARK = regex.compile(
    r"^[\x20\u200c\xa0]*(?:[-*+•·▪■●◾►▶]|[0-9]{1,2}[-.)])[\x20\u200c\xa0]"
)
# A kicker or a lead-in ending with a colon with no headline under it.
_NO_HEADLINE_UNDER_KICKER = "the page prints no headline under this kicker"
# Items a list under a lead-in line has at least (:func:`_item_under_lead_in`).
LEAD_IN_LIST_ITEMS = 2


def _list_item(line: _Line) -> bool:
    """Whether ``line`` opens with a list item's mark (:data:`_LIST_ITEM_MARK`)."""
    return _LIST_ITEM_MARK.match(to_ascii_digits(line.norm)) is not None


def _item_under_lead_in(lines: Sequence[_Line], index: int, runs: dict[int, bool]) -> bool:
    """Whether ``lines[index]`` is an item of a bulleted or numbered list (at least
    :data:`LEAD_IN_LIST_ITEMS` items, lines with no letter between them) under its lead-in
    line ending with a colon: «برای تهیه مقاله به نکات زیر توجه فرمایید:» / «• مقاله به زبان
    فارسی نگارش شود.» / «• ...» (a conference system's notes for authors, ncaea2020.ut.ac.ir,
    real68 #16; fix240). An item of the list is one of the rules the lead-in announces,
    never the page's headline. Every item of one list has the same answer: ``runs`` keeps it
    for each item once its list is read, so that a page's lists are read once (a list of
    2,000 items read from each of its items took 44 s)."""
    if index in runs:
        return runs[index]
    if not _list_item(lines[index]):
        return False
    items = [index]
    above = index - 1
    while above >= 0 and (_list_item(lines[above]) or not has_letter(lines[above].text)):
        if _list_item(lines[above]):
            items.append(above)
        above -= 1
    below = index + 1
    while below < len(lines) and (_list_item(lines[below]) or not has_letter(lines[below].text)):
        if _list_item(lines[below]):
            items.append(below)
        below += 1
    verdict = (
        above >= 0
        and len(items) >= LEAD_IN_LIST_ITEMS
        and lines[above].norm.rstrip(" \u200c\xa0").endswith(":")
    )
    runs.update(dict.fromkeys(items, verdict))
    return verdict


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


# A card of fields printed as LABEL lines over VALUE lines, no colon
# (:func:`_label_over_value_cards`): words a label line has at most, pairs a card has at
# least, and values opening with a digit (a measure, a year, a sum) it has at least.
PAIR_CARD_LABEL_WORDS = 3
PAIR_CARD_MIN_PAIRS = 4
PAIR_CARD_MIN_MEASURES = 2
# «دوره تاریخی»: a label line's letters (a word of letters, up to three, nothing else).
_PAIR_CARD_LABEL = regex.compile(r"^[\p{L}\u200c]+(?:\x20[\p{L}\u200c]+){0,2}$")


def _pair_card_label(line: _Line) -> bool:
    """Whether ``line`` may be a card's label printed alone on its line, no colon: one to
    :data:`PAIR_CARD_LABEL_WORDS` words of letters, nothing else («مساحت», «شروع
    قرارداد»), no label the header grammar knows («کد خبر» over its number is the header's)."""
    return (
        1 <= line.words <= PAIR_CARD_LABEL_WORDS
        and not line.paragraph
        and _PAIR_CARD_LABEL.match(line.norm.strip(" \u200c")) is not None
        and line.info.kind == "text"
    )


def _pair_card_value(line: _Line) -> bool:
    """Whether ``line`` may be a card's value under its label: at most
    :data:`CARD_FIELD_MAX_WORDS` words, no paragraph, no colon, no verb at its end («5240
    متر مربع», «اقامتی و پذیرایی بین راهی», «1396»)."""
    return (
        1 <= line.words <= CARD_FIELD_MAX_WORDS
        and not line.paragraph
        and ":" not in line.text
        and _verb_end(line) == ""
    )


def _label_over_value_cards(lines: Sequence[_Line], stop: int) -> set[int]:
    """The lines before ``stop`` of a card of fields printed as a label line over its value
    line with no colon, :data:`PAIR_CARD_MIN_PAIRS` pairs or more in a row, the labels of two
    pairs in a row different, :data:`PAIR_CARD_MIN_MEASURES` values or more opening with a
    digit: «نشانی» / ADDRESS, «مساحت» / «5240 متر مربع», «کاربری» / «اقامتی و پذیرایی بین
    راهی», «شروع قرارداد» / «1396» (a historic building's project card, chre.ir: blind97,
    tests/pages 2516, 2517; fix286). A label and a value are a field of the card, never the
    title; the name over the card is. A headline under a kicker is one pair, and the lead
    under it no value. Each line is weighed once and each pair counted once from the end
    (linear in the page)."""
    pairs = [0] * (stop + 2)  # pairs in a row from each line, as the label of the first
    measures = [0] * (stop + 2)  # values opening with a digit among them
    for index in range(stop - 2, -1, -1):
        label, value = lines[index], lines[index + 1]
        if not (_pair_card_label(label) and _pair_card_value(value)):
            continue
        digit = to_ascii_digits(value.text.lstrip(" \u200c")[:1]).isdigit()
        # (the next pair goes on the card unless it prints this label again)
        follows = pairs[index + 2] > 0 and lines[index + 2].key != label.key
        pairs[index] = 1 + (pairs[index + 2] if follows else 0)
        measures[index] = int(digit) + (measures[index + 2] if follows else 0)
    fields: set[int] = set()
    for index in range(stop - 1):
        first = index < 2 or pairs[index - 2] != pairs[index] + 1
        if (
            pairs[index] >= PAIR_CARD_MIN_PAIRS
            and first
            and measures[index] >= PAIR_CARD_MIN_MEASURES
        ):
            fields.update(range(index, index + 2 * pairs[index]))
    return fields


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


# An English photo caption's marks: a person's place in the picture («(right)», «(left)»)
# or the picture's credit in brackets («(Courtesy National Archives ...)», «(Photo: ...)»,
# «(Source: ...)»), as SBS's Persian pages print them under the headline (sbs.com.au, real55
# #7).
_LATIN_CAPTION = regex.compile(
    r"\((?:(?:far[\x20]+)?(?:right|left|centre|center|top|bottom)|(?:courtesy|photo|source|credit|image)\b)",
    regex.IGNORECASE,
)


def _latin_caption(line: _Line) -> bool:
    """Whether ``line`` is an English photo caption (:data:`_LATIN_CAPTION`), no Arabic
    letter in it: never the headline of the Persian page that prints it."""
    return _LATIN_CAPTION.search(line.text) is not None and _ARABIC_LETTER.search(line.text) is None


def _name_under_date_line(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a name of a few words printed right under a date line
    with no blank line between, over the reading time: the author's byline in a header
    printed «HEADLINE / DATE / AUTHOR / خواندن در ۱۵ دقیقه» (iranwire.com, real55 #9),
    which the reading time under it does not make the headline."""
    line = lines[index]
    return (
        index > 0
        and line.words <= BYLINE_UNDER_DATE_WORDS
        and not line.blank_before
        and line.text[-1] not in _QUESTION_OR_STOP
        and lines[index - 1].info.kind == "date"
    )


# The most words of an author's name printed between the date line and the reading time.
BYLINE_UNDER_DATE_WORDS = 3
# A line ending with one of these is a sentence or a question, never a name alone.
_QUESTION_OR_STOP = frozenset(".!?؟۔")

# A reading-time line has at most this many words («(مدت زمان تقریبی مطالعه: 19 - 37 دقیقه)»).
READING_TIME_MAX_WORDS = 10


# A date's label of two words or more with its colon ending the text before the line's first
# date («... - تاریخ انتشار: 1390/05/12 - ...»); a one-word label («در», «تاریخ») ends a
# headline's words as often.
_LONG_DATE_LABELS = vocabulary_words(
    label for key in ("published", "updated") for label in vocab.LABELS[key] if " " in label
)
_DATE_LABEL_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{_LONG_DATE_LABELS})[\x20\u200c]*:[\x20\u200c]*$", regex.VERSION0
)


def _labelled_date_after_name(line: _Line) -> bool:
    """Whether a date line with company holds its first date under a date label of two words
    or more and its colon, with text before the label: a page's info line, its name and date
    and counts («تاریخچه - تاریخ انتشار: 1390/05/12 - تعداد بازدید: 10301», a portal's page
    as a one-column table prints it; tests/pages 1065), never the headline."""
    dates = line.info.dates
    if not dates:
        return False
    head = line.norm[: dates[0][0]]
    found = _DATE_LABEL_BEFORE.search(head)
    return found is not None and any(map(str.isalpha, head[: found.start()]))


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
    elif "(" in line.text and _latin_caption(line):
        score -= 3  # «NAME (right) visits ..., 1979 (Courtesy ...)»: an English photo caption
    if index + 1 < len(lines) and words <= LISTING_NAME_WORDS and _tags_heading(lines[index + 1]):
        score += 8  # a tag page's name over its «برچسب ها» heading: the page's title
    elif words <= POST_OVER_TAGS_WORDS and _over_empty_tags_label(lines, index, anchor):
        score += POST_OVER_TAGS_BONUS  # a blog post's title over its empty «کلمات کلیدی :» (fix233)
    if _list_item_line(lines, index):
        score -= LIST_ITEM_PENALTY  # «...;» among «...;» lines: an item of a list (fix233)
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
        if _framed_over_headline(lines, index, _frame_names(core)) and _frames_site_name(
            lines, index, core
        ):
            score -= 4  # «.: SITE'S NAME :.» over the item's headline: the site's name (fix151)
        elif not core.rsplit(maxsplit=1)[-1].endswith("ید"):
            score += 4  # «.:: TITLE ::.»: a template's frame around the page's title
    intro = False
    if last in _KICKER_ENDS and not and_so_on(line.text, line.words):
        score -= 4  # a kicker («... گفت:») or a label, which the title follows
        if last == ":" and words >= LIST_INTRO_WORDS and _bulleted_item(lines, index + 1):
            intro = True
            score -= 4  # a sentence introducing the bulleted list under it: the body's
    elif decorated is None and line.text.endswith("...") and not and_so_on(line.text, words):
        score -= 4  # cut by the site like «…»: a video's or another item's title, an excerpt
    elif decorated is None and last == "*" and _STAR_BANNER.match(line.text):
        score -= 4  # «***.*** ... NAME ... ***.***»: a plain blog theme's banner, the blog's
    elif (
        (last == "." and (decorated is not None or not line.text.endswith(".."))) or last == "۔"
    ) and not (
        # a headline printed with its full stop over the item's date line, under a kicker
        # naming the occasion: «به مناسبت هفته پژوهش» / «همایش ... برگزارشد.» (fix145)
        (index > 0 and _occasion(lines[index - 1]) and _stopped_headline_over_date(lines, index))
        # a news headline printed with its full stop over its question subtitle (fix210)
        or _headline_over_question_subtitle(lines, index)
    ):
        score -= 5  # a sentence: a lead or a quote (Urdu's full stop «۔» too: tests/pages 1705)
    if line.info.kind == "mixed":
        if _dated_collection(line):
            score += 6  # «آخرین خبرهای شنبه ۳۱ شهریور ۱۳۹۷»: a day's news roundup names its day
        else:
            score -= 6  # a date line with company: a source, section or city beside the date
            if _labelled_date_after_name(line):
                score -= 6  # «NAME - تاریخ انتشار: DATE - تعداد بازدید: N»: the page's info line
    if not has_letter(line.text):
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
    if words <= HEADER_SECTION_WORDS and _inside_header_block(lines, index):
        score -= 4  # a section's name between the header's code and its counter, not the title
    if _field_label_above(lines, index) is not None:
        note = True
        score -= 6  # under a record's field label alone («معرف»): the field's value
    if words <= ENTRY_NAME_WORDS and _entry_opens_text(lines, index, anchor):
        score += 4  # an entry's name, the running text opening by defining it («X یکی از ...»)
    subtitle = (
        # (a «درباره ...» line the page marks as its heading, «<h1>درباره کتابخانه</h1>»
        # under the site's name, is a static page's name, not the line above's subtitle;
        # fix266)
        (_subtitle(lines, index, spaced) and not hinted)
        or _expands_heading(lines, index)
        or (index > 0 and _section_labelled(line))
        or _section_heading(lines, index)
        or _exclaimed_tagline(lines, index)
        # «آیا ...؟» under «HEADLINE گران شد.», the lead retelling the headline (fix210)
        or (line.text[-1] in "؟?" and _question_under_stopped_headline(lines, index))
        # «HEADLINE» / «SENTENCE.» / «SUBHEADING» / paragraphs: the text's subheading (fix263)
        or _subheading_under_first_sentence(lines, index)
    )
    under_verb = not subtitle and (
        _under_verb_headline(lines, index, spaced) or _under_dated_verb_headline(lines, index)
    )
    if subtitle:
        score -= 4  # «درباره ...», «HEADING: ...» or «مقدمه: ...» under a headline: not the title
    elif under_verb:
        score -= 4  # a phrase under a headline that states the event: its subtitle
    elif _under_question_heading(lines, index, spaced):
        score -= 4  # a phrase under a short question heading at the top: its subtitle
    elif _quoted_subheading(lines, index):
        score -= 4  # «...» under a headline: a quoted subheading or an epigraph
    if (
        line.words >= 2
        and not line.paragraph
        and _over_reading_time(lines, index)
        and not _name_under_date_line(lines, index)
    ):
        score += 6  # right over the header's reading time («زمان مطالعه: ۵ دقیقه»): the headline
    if words >= 3 and _over_print_link_and_date(lines, index):
        score += 8  # a node's headline, then its print view's link, then its date line
    if (
        0 < index < len(lines) - 1
        and lines[index + 1].info.kind == "labels"
        and _field_row(lines[index - 1])
    ):
        score += 6  # under a record's row of fields, over its byline: the entry's name (fix187)
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
    # Inside a run of short lines: a menu. The header line right under a headline of three
    # words or more (its own date line, one of ``anchors``) is no menu's item: «NAME» /
    # «MOTTO» / HEADLINE / DATE / body, a blog's post under its name and motto (fix216,
    # attacks68); a label word alone over its date (tests/pages 754) keeps it.
    dated_headline = words >= DATED_HEADLINE_MIN_WORDS and index + 1 in anchors
    short = 0
    for other in (index - 2, index - 1, index + 1, index + 2):
        if (
            0 <= other < len(lines)
            and lines[other].words <= 3
            and other != anchor
            and not (dated_headline and other == index + 1)
        ):
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
    if may_be_enumerated(line.norm) and _ENUMERATED.match(line.norm):
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


# The most words of a section's name printed inside an item's header block.
HEADER_SECTION_WORDS = 4
# A headline over its own date line has at least this many words to keep that line out of
# the count of short lines around it, a menu's (:func:`_title_score`, fix216).
DATED_HEADLINE_MIN_WORDS = 3


def _inside_header_block(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]``, a short text line, stands inside an item's header block:
    a label line right over it and right under it (the item's code, its views counter),
    the block above it holding a date line and topped by a headline-shaped line (3 to
    :data:`HEADLINE_MAX_WORDS` words, no paragraph): «سیل گل‌ولای ... مدفون کرد» / «۱۴ آذر
    ۱۳۸۳ | ۱۲:۵۹» / «کد : ۱۹۵۷» / «رويدادهاى زمين و معدن» / «تعداد بازدید:۴۳۳» / body (a
    Joomla-like toolbar of spans printed one a line, gsi.ir, tests/pages 1863's extracted
    and flattened twins): the short line is the item's section, the headline the title.
    Between the item's code and its views counter the block needs no date line («کد :
    ۲۴۱۱» / «رويدادهاى زمين و معدن» / «تعداد بازدید:۲۱۹», the date not printed: fix167); the
    counter may print its value first («219 بازدید», a counter line: fix171)."""
    line = lines[index]
    if (
        index < 3
        or index + 1 >= len(lines)
        or line.info.kind != "text"
        or line.paragraph
        or lines[index - 1].info.kind != "labels"
    ):
        return False
    under = lines[index + 1]
    if under.info.kind == "labels":
        # The views counter, or the author's label («نویسنده : ...», fix173): the item's
        # header lines under its section as much as the counter.
        views = any(label.field in ("views", "author") for label in under.info.labels)
    elif under.info.kind == "counter":
        # The views counter printed value first («219 بازدید», fix171).
        views = _VIEWS_VALUE_FIRST.match(under.norm) is not None
        if not views:
            return False
    else:
        return False
    # A date line in the block, or the item's code right over the line and its views
    # counter right under it, says the block is the item's header.
    dated = views and any(label.field == "number" for label in lines[index - 1].info.labels)
    return _header_block_top(lines, index - 1, dated=dated)


# A views counter printed value first: «219 بازدید», «۲۱۹ بازدید» (digits normalised), a
# word between or after («۳۱۲ بار بازدید», «۳۱۲ بازدید کننده»: _header.VIEWS_VALUE_FIRST).
_VIEWS_VALUE_FIRST = regex.compile(
    rf"^(?:{VIEWS_VALUE_FIRST}|[0-9][0-9,]*[\x20\u200c]*(?:views|visits))[\x20\u200c]*$",
    regex.IGNORECASE,
)


def _header_block_top(lines: Sequence[_Line], at: int, *, dated: bool) -> bool:
    """Whether the run of header lines (date, labels, mixed) ending at ``at`` holds a date
    line (or ``dated`` says the block needs none) and is topped by a headline-shaped line of
    3 to :data:`HEADLINE_MAX_WORDS` words (:func:`_inside_header_block`)."""
    while at >= 0 and lines[at].info.kind in _HEADER_KINDS:
        dated = dated or lines[at].info.kind == "date"
        at -= 1
    if not dated or at < 0:
        return False
    top = lines[at]
    return (
        top.info.kind == "text"
        and not top.paragraph
        and not top.chrome
        and 3 <= top.words <= HEADLINE_MAX_WORDS
    )


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


# An agency's name opening a line before a date: «خبرگزاری» and one or two words of its name
# («خبرگزاری ایرنا», «خبرگزاری فارس»), or one of Iran's agencies by its own name
# (:data:`vocab.IRANIAN_AGENCIES`: «ایرنا», «باشگاه خبرنگاران جوان»); a space in a name
# stands for a space, a ZWNJ or nothing.
IRANIAN_AGENCY_NAMES = "|".join(
    name.replace(" ", "[ \u200c]?")
    for name in sorted(vocab.IRANIAN_AGENCIES, key=len, reverse=True)
)  # (the alternation _article's relay pattern reads too)
_AGENCY_BEFORE_DATE = regex.compile(
    r"[\x20\u200c]*(?:خبرگزاری[\x20\u200c]+\p{L}[\p{L}\p{M}\u200c]*(?:\x20\p{L}[\p{L}\p{M}\u200c]*)?|"
    + IRANIAN_AGENCY_NAMES
    + r")[\x20\u200c]*[-–،,:|]?[\x20\u200c]*"
)
# What may follow the agency's date on its line: nothing, or a dash or a bar alone.
_DATELINE_TAIL = regex.compile(r"[\x20\u200c\-–|]*")


def _agency_date_line(line: _Line) -> bool:
    """Whether the line is an agency's name and a whole date, nothing else: «خبرگزاری ایرنا
    ۱۳۹۸/۰۲/۲۱», «خبرگزاری فارس سه‌شنبه ۱۲ مهر ۱۴۰۱ - ۰۹:۴۰» (a repost's source and the
    day it was reported, printed over the text): a dateline, never a headline, whether a
    headline stands above it or the repost kept none (tests/pages 2702; fix315)."""
    if line.info.kind != "mixed" or line.words > AGENCY_DATE_LINE_WORDS:
        return False
    norm = line.norm
    name = _AGENCY_BEFORE_DATE.match(norm)
    if name is None:
        return False
    date = search(norm, name.end())
    return (
        date is not None
        and date.start() == name.end()
        and _DATELINE_TAIL.fullmatch(norm, date.end()) is not None
    )


# The most words of an agency's name and its date (:func:`_agency_date_line`).
AGENCY_DATE_LINE_WORDS = 12


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
        # (a stopped headline «... را اعلام کرد.» over its question subtitle: fix214)
        and not (kicker.text[-1] == "." and _headline_over_question_subtitle(lines, index - 1))
    )


# A plain blog theme's banner: starred dots at both ends of the line («***.*** ... NAME ...
# ***.***», «****.**** NAME ****.****», javadfesharaki.blog.ir, tests/pages 1129), printed
# over every post and once or more over its title: the blog's name or motto, never a post's.
_STAR_BANNER = regex.compile(r"^\*+\.+\*+\x20.*\x20\*+\.+\*+$")
# A frame of marks a template prints around a page's title: «.:: TITLE ::.», «::: TITLE :::».
_FRAME_SIDE = r"[\x20]*[.:~*=•]*:[.:~*=•]*[\x20]*"
_FRAME = regex.compile(f"^{_FRAME_SIDE}(?P<core>[^.:~*=•\\x20].*?){_FRAME_SIDE}$")
FRAME_MARKS = 2


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


def _framed_over_headline(lines: Sequence[_Line], index: int, named: bool = False) -> bool:
    """Whether the framed line at ``index`` («.: پایگاه خبری ... :.») stands right over a
    headline-shaped line: no paragraph, :data:`FRAMED_HEADLINE_MIN_WORDS` words or more, no
    frame, no mark of a sentence, a kicker or a quote at its end. A template frames the page's
    title over the running text (tests/pages 1828) or over its author (tests/pages 554); a
    frame over the item's own headline holds the site's name (fix151). A line of
    :data:`FRAMED_SHORT_HEADLINE_WORDS` words is a headline only when the first paragraph
    under it (a date line between at most, bare or labelled: fix171) shares a content word
    with it and no person's name or title opens it: «.: فرهنگسرا :.» / «افتتاح نمایشگاه
    کتاب» / «۱۲ آذر ۱۴۰۲» / «...
    نمایشگاه کتاب ...», not a framed title over its author «دکتر علی احمدی» (fix167). Under
    a frame that is a name (``named``: :data:`FRAME_NAME_WORDS` words at most, «.: فرهنگسرا
    :.») a line of :data:`FRAMED_NAMED_HEADLINE_WORDS` words passes the same tests («نمایشگاه
    کتاب»): the frame is as likely the site's name as the page's, and the headline chosen is
    doubted (:func:`_under_name_frame`, fix173)."""
    below = index + 1
    if below >= len(lines):
        return False
    line = lines[below]
    if not (
        not line.paragraph
        and line.words >= (FRAMED_NAMED_HEADLINE_WORDS if named else FRAMED_SHORT_HEADLINE_WORDS)
        and line.text[-1] not in ".:؛،!?؟»\"'…)]"
        and line.text[0] not in "«\"'([-–—•*#>|"
        and line.info.kind == "text"
        and _decorated(line) is None
        and not line.chrome
        and not line.byline
    ):
        return False
    if line.words >= FRAMED_HEADLINE_MIN_WORDS:
        return True
    first, second = (squeeze(word) for word in line.norm.split()[:2])
    if first in vocab.GIVEN_NAMES or (
        first in vocab.PERSON_TITLE_WORDS and second in vocab.GIVEN_NAMES
    ):
        return False  # a person's name («علی احمدی ...», «دکتر علی احمدی»), no headline
    lead = below + 1
    if (
        lead < len(lines)
        and (lines[lead].info.kind == "date" or _labelled_date_line(lines[lead]))
        and not lines[lead].paragraph
    ):
        lead += 1  # the item's date line under its headline, its label kept or not (fix171)
    if lead >= len(lines) or not lines[lead].paragraph:
        return False
    told = _content_words(lines[lead])
    if first in vocab.PERSON_TITLE_WORDS:
        # «استاد نمونه کشوری»: a person's title, then no given name: a headline when the
        # paragraph tells all its words (a framed title over its author «دکتر احمدی» is
        # not told so: attacks57, fix172)
        return _content_words(line) <= told
    return not _content_words(line).isdisjoint(told)


# A headline under a site-name frame has at least this many words; one of
# FRAMED_SHORT_HEADLINE_WORDS words (three: «افتتاح نمایشگاه کتاب») only when the paragraph
# under it tells of it (fix167: mut35 saw the frame's name taken over such a headline).
FRAMED_HEADLINE_MIN_WORDS = 4
FRAMED_SHORT_HEADLINE_WORDS = 3
# Under a frame that is a name alone («.: فرهنگسرا :.»), a line of two words passes those
# tests: the frame a site's name as often as the page's (fix173: mut36's mutant 55's page).
FRAMED_NAMED_HEADLINE_WORDS = 2


def _frame_names(core: str) -> bool:
    """Whether a frame's words ``core`` are a name alone: :data:`FRAME_NAME_WORDS` words at
    most («فرهنگسرا»)."""
    return len(normalize(core).replace(ZWNJ, " ").split()) <= FRAME_NAME_WORDS


def _under_name_frame(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]``, a headline of fewer than :data:`FRAMED_SHORT_HEADLINE_WORDS`
    words, stands right under a frame that is a name alone and passes the frame's headline
    tests («.: فرهنگسرا :.» / «نمایشگاه کتاب» / «نمایشگاه کتاب کودک ...»): the frame names the
    site or the page, and two words are too few to tell (fix173)."""
    if index == 0 or lines[index].words >= FRAMED_SHORT_HEADLINE_WORDS:
        return False
    above = lines[index - 1]
    decorated = _decorated(above)
    if decorated is None:
        return False
    core = above.text[decorated[0] - above.start : decorated[1] - above.start]
    return _frame_names(core) and _framed_over_headline(lines, index - 1, named=True)


def _frames_site_name(lines: Sequence[_Line], index: int, core: str) -> bool:
    """Whether the frame at ``index`` (its words ``core``), over a headline-shaped line
    (:func:`_framed_over_headline`), holds a site's name: it names a site («.: پایگاه خبری ...
    :.», «پورتال», «خبرگزاری», a host «x.ir»), or is a name of :data:`FRAME_NAME_WORDS` words
    at most («.: فرهنگسرا :.»), or a blank line parts it from the headline under it (a
    template's banner over the item). A framed headline printed right over its subtitle
    («.: جشنواره ملی نوآوری دانشجویی :.» / «سه گروه دانشجویی ... جایزه گرفتند», the date
    under them) is the page's title, the line under it its subtitle (fix156). A site's word
    names the site when it opens the frame («.: پایگاه اطلاع رسانی شهرداری منطقه ۵ :.») or
    stands in a frame of :data:`FRAME_SITE_NAME_WORDS` words at most («.: شهرداری کرج پورتال
    :.»); inside a longer headline it is the thing the headline names («.: افتتاح پایگاه
    اورژانس جاده‌ای در گردنه حیران :.», an ambulance base: attacks56, fix164)."""
    words = normalize(core).replace(ZWNJ, " ").split()
    if len(words) <= FRAME_NAME_WORDS or lines[index + 1].blank_before:
        return True
    if any(_HOST_WORD.search(word) for word in words):
        return True
    if len(words) <= FRAME_SITE_NAME_WORDS:
        return any(word in _SITE_NAME_WORDS for word in words)
    return words[0] in _SITE_NAME_WORDS


# A frame of this many words at most holds a name, never a headline.
FRAME_NAME_WORDS = 2
# A frame of this many words at most names a site by a site's word anywhere in it; a longer
# one only by a site's word first.
FRAME_SITE_NAME_WORDS = 3
# The words naming a site in its frame (normalised, a ZWNJ read as a space).
_SITE_NAME_WORDS = frozenset(
    {"سایت", "وبسایت", "وبگاه", "پورتال", "پرتال", "پایگاه", "درگاه", "خبرگزاری", "وبلاگ"}
)
# A host's name among a frame's words («www.example.ir», «example.com»).
_HOST_WORD = re.compile(r"[A-Za-z0-9-]\.(?:ir|com|org|net|info|blog|news)\b", re.IGNORECASE)


def _framed_over_text(lines: Sequence[_Line], anchor: int, outside: set[int]) -> bool:
    """Whether the running text opens with a line framed by marks («.: TITLE :.», its last
    mark a full stop, so it passes for a sentence; izadshahr.ir's news page, tests/pages 1828)
    of :data:`FRAMED_TITLE_MAX_WORDS` words at most, with a paragraph right under it: the
    template's frame around the page's title, never a lead's."""
    line = lines[anchor]
    below = anchor + 1
    while below < len(lines) and below in outside:
        below += 1
    return (
        line.words <= FRAMED_TITLE_MAX_WORDS
        and _decorated(line) is not None
        and below < len(lines)
        and lines[below].paragraph
    )


# A framed first line of running text is a title with at most this many words.
FRAMED_TITLE_MAX_WORDS = 20


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


def _latin_tailed_copies_above(
    lines: Sequence[_Line], candidates: Sequence[int], keys: dict[str, int]
) -> dict[int, int]:
    """Lines printed once whose line right above is the same line with a short tail in Latin
    letters glued on («HEADLINE Güney Azərbaycan» over «HEADLINE»: a site's or section's
    name), by index, each with the index of the copy above it."""
    found: dict[int, int] = {}
    candidate_set = set(candidates)
    for index in candidates:
        line = lines[index]
        if index == 0 or line.words < GLUED_COPY_WORDS - 1 or line.info.kind != "text":
            continue
        if keys.get(line.key, 0) != 1 or index - 1 not in candidate_set:
            continue
        above = lines[index - 1]
        if above.byline or not above.key.startswith(line.key) or above.key == line.key:
            continue
        if len(above.key) - len(line.key) > GLUED_TAIL_CHARS:
            continue
        tail = above.norm.replace("\u200c", " ").split()[line.words :]
        if tail and all(_LATIN_WORD.fullmatch(word) for word in tail):
            found[index] = index - 1
    return found


# A word in Latin letters (a site's or section's name glued to a headline's copy).
_LATIN_WORD = regex.compile(r"\p{Latin}[\p{Latin}\p{M}'’.\-]*")


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


# A byline's name has at most this many words.
DATELINE_NAME_MAX_WORDS = 3


def _name_under_dateline(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the title chosen is a short line of letters alone (two or three words, no
    digit, no punctuation) right under a date line that opens the page and over a
    paragraph: «16-8-2025 | 11:21» / «نهي عاطف» / lead (darelhilal.com): the author's name
    under the story's date, the page printing no headline, as likely as a short headline.
    A short line of one or two words may stand between the name and the paragraph (the
    story's place, «القاهرة», «تبریز», in brackets «(تبریز)» or with a mark or digit: fix111,
    fix100 asked it for letters alone and left the name as the title, silently), and the
    page's menu entries over the date line (a line of one word, «الرئيسية», or page chrome,
    «صفحه اصلی»)."""
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
    lines: the whole line is the headline, each half only a part of it. A pair whose second
    half was chosen may be printed whole below it too (over the text, a date line between).
    """
    if title is None:
        return None
    for first in (title - 1, title):
        second = first + 1
        if (
            first < (0 if second == title else 1)
            or second >= len(lines)
            or {first, second} & outside
        ):
            continue  # (a pair opening the page has no line above it: its second half may)
        if lines[first].words < 2 or lines[second].words < 2:
            continue
        whole = lines[first].key + lines[second].key
        # The whole line right above the pair, or above the pair printed twice.
        for above in range(first - 1, max(-1, first - 1 - WHOLE_REACH), -1):
            if above not in outside and lines[above].key == whole:
                return above
        if second == title and (
            not lines[second].blank_before or _opens_with_object_mark(lines[second])
        ):
            # The chosen line is the pair's second half, the whole line printed below it
            # («شورای شهر بودجه سال آینده» / «را بررسی کرد» / DATE / the two as one line):
            # a headline set over two lines, printed again whole over the text. A blank
            # line may part the halves when the second opens with the object's mark «را»,
            # which never opens a headline (mutant 7 of the thirty-seventh round).
            for below in range(second + 1, min(len(lines), second + 1 + WHOLE_REACH)):
                if below not in outside and lines[below].key == whole:
                    return below
    return None


# A headline's parts: a first part, then «؛» (read as «;») or «:» and the rest. Not a dash
# nor a bar: «HEADLINE - SITE» and «HEADLINE | SECTION» are a page's <title> printed over
# its headline, whose copy below is the headline itself (held_out 317, 1100, 043); nor
# «::», a <title>'s mark as well (held_out 500, 531).
_HEADLINE_PART_SEP = regex.compile(r"[\x20\u200c]*(?:[؛;]|(?<!:):(?!:))[\x20\u200c]*")
# How far above its copy the whole headline may stand (a byline, a date, a reading time
# and share links between) and the most words the copy holds (a short title, a kicker).
PART_COPY_REACH = 9
PART_COPY_MAX_WORDS = 8


def _whole_above_part(lines: Sequence[_Line], title: int | None, outside: set[int]) -> int | None:
    """The headline above the chosen line of which the line repeats the first part, else None.

    A blog post prints its headline in two parts («NAME؛ WHAT IT IS»), its byline, update
    stamp and reading time, and then the first part alone over the body (the post's short
    title, an H2 or an image caption): the short line is a copy of the headline's part, not
    a better title (real54 #19, rokla.ir). The evidence: the line above (within
    :data:`PART_COPY_REACH` lines, no paragraph between) opens with the same words, then a
    part mark and at least two more words. A kicker printed over its headline stands above
    it, so it is never the chosen line's part copy.

    One paragraph may stand between when the copy stands over more of the text (the next
    line read is a paragraph as well): the post's lead under its headline, then the first
    part again as a subheading between the lead and the rest («NAME؛ WHAT IT IS» / lead /
    «NAME» / text; mutant 36's page in docs/reliability.md's thirty-seventh round), a byline
    above it or not. A second paragraph stops the search: a line deep in the text is not
    the headline's copy.
    """
    if title is None or title in outside:
        return None
    line = lines[title]
    if not 2 <= line.words <= PART_COPY_MAX_WORDS:
        return None
    key = line.key
    crossed = False
    for above in range(title - 1, max(-1, title - 1 - PART_COPY_REACH), -1):
        if above in outside:
            continue
        upper = lines[above]
        if upper.paragraph:
            if crossed or not _paragraph_next(lines, title, outside):
                return None
            crossed = True
            continue
        if upper.words <= line.words or not upper.key.startswith(key):
            continue
        part = _HEADLINE_PART_SEP.search(upper.norm)
        if part is not None and _squash(upper.norm[: part.start()]) == key:
            if count_words(upper.norm[part.end() :]) >= 2:
                return above
        elif _qualified_twice(lines, above, key):
            return above
    return None


# A headline's closing qualifier in brackets, a few words: «قانون اداره محلی (قدیم)».
_BRACKET_QUALIFIER = regex.compile(r"[\x20\u200c]*\((?P<words>[^()]+)\)[\x20\u200c.]*$")
QUALIFIER_MAX_WORDS = 3


def _qualified_twice(lines: Sequence[_Line], above: int, key: str) -> bool:
    """Whether ``lines[above]`` is the line of ``key`` with a closing qualifier in brackets
    (:data:`_BRACKET_QUALIFIER`, «NAME (قدیم)») printed twice in a row: a post's title
    (its heading and its title line) over the heading of the document it reprints without
    the qualifier (foroughi.rozblog.com's reposted law, real71 #09, fix249)."""
    upper = lines[above]
    found = _BRACKET_QUALIFIER.search(upper.norm)
    if found is None or _squash(upper.norm[: found.start()]) != key:
        return False
    if count_words(found.group("words")) > QUALIFIER_MAX_WORDS:
        return False
    return any(0 <= at < len(lines) and lines[at].key == upper.key for at in (above - 1, above + 1))


def _paragraph_next(lines: Sequence[_Line], at: int, outside: set[int]) -> bool:
    """Whether the first line read under ``at`` (set-aside lines skipped) is a paragraph."""
    for below in range(at + 1, len(lines)):
        if below not in outside:
            return lines[below].paragraph
    return False


# The lines between a headline printed whole and its two halves (a second copy of them).
WHOLE_REACH = 3
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


# A centred heading's next line stands at least this many spaces further in than its first.
CENTRED_INDENT = 4


def _indent(line: _Line) -> int:
    """The spaces (or tabs) before ``line`` on its line of the input; 0 when other
    characters (a marker blanked by a scraper) stand there."""
    doc = line._doc
    lead = doc[doc.rfind("\n", 0, line.start) + 1 : line.start]
    return len(lead) if not lead.strip(" \t\xa0") else 0


def _centred_continuation(lines: Sequence[_Line], title: int, outside: set[int]) -> int | None:
    """The line right under the title that may be its next line in a centred heading, else
    None: «دستورالعمل اجرایی ...» / «          توسط شرکتهای ...» / «                     سال
    تحصيلی 97-96» (ttaxicast.ir's three-line heading, its lines centred with leading spaces,
    tests/pages 1992). The evidence: the line is under the title with no blank line between,
    short (:data:`CONTINUED_MAX_WORDS` words at most), plain text, set
    :data:`CENTRED_INDENT` spaces or more further in than the title, and the title ends no
    sentence. A lead indented as a paragraph is longer; a date line is no text."""
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
        or _indent(second) < _indent(first) + CENTRED_INDENT
    ):
        return None
    return below


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


def _institution_masthead_hints(
    lines: Sequence[_Line], candidates: Sequence[int], hinted: set[str]
) -> set[str]:
    """The keys of the machine titles (an HTML page's ``<h1>``, a ``<title>``'s part, a
    Markdown level-1 heading) that name a masthead, not the headline: each a candidate line
    that is an institution's name alone (:func:`_chrome._institution`) with a headline-shaped
    candidate under it before the body (3 to ``HEADLINE_MAX_WORDS`` words, text, neither
    chrome nor a byline nor a kicker, itself no institution's name alone and no machine
    title; one ending with «.» only as a stopped headline over its date line,
    :func:`_stopped_over_its_date`: mut47 (g), fix238). An institution's name set as the
    page's ``<h1>`` over the article's own heading is
    the site's masthead (a provincial portal's root, attacks71; fix230): the lines are weighed
    as the same text with no such source, and the resolver takes it for no headline either
    (``_State.masthead_titles``)."""
    masthead: set[str] = set()
    for place, index in enumerate(candidates):
        line = lines[index]
        if line.key not in hinted or not _institution(line):
            continue
        if any(
            3 <= lines[other].words <= HEADLINE_MAX_WORDS
            and lines[other].info.kind == "text"
            and not lines[other].chrome
            and not lines[other].byline
            and lines[other].key not in hinted
            and lines[other].text[-1] not in _KICKER_ENDS
            and (lines[other].text[-1] != "." or _stopped_over_its_date(lines, other))
            and not _institution(lines[other])
            for other in candidates[place + 1 :]
        ):
            masthead.add(line.key)
    return masthead


def _stopped_over_its_date(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is one short sentence (under :data:`LEAD_WORDS` words, no
    sentence mark but its last) ending with «.», right over a date line that is no paragraph:
    an item's heading printed with its full stop over its day («نمایشگاه ... برپا شد.» /
    «۱۴ اردیبهشت ۱۴۰۳», a provincial portal's, fix238), not a lead's sentence."""
    line = lines[index]
    text = line.text.rstrip()
    below = index + 1
    return (
        text[-1:] == "."
        and not text.endswith("..")
        and not line.paragraph
        and line.words < LEAD_WORDS
        and _SENTENCE_MARK_INSIDE.search(text[:-1]) is None
        and below < len(lines)
        and lines[below].info.kind in _HEADER_KINDS
        and bool(lines[below].info.dates or lines[below].info.date is not None)
        and not lines[below].paragraph
    )


def _choose_title(
    state: _State, anchor: int | None, hints: Hints, outside: set[int], slug: str | None = None
) -> tuple[int | None, str]:
    """The index of the title line and the rule that chose it. A «LABEL: VALUE» field line
    (:func:`value_field`, fewer than :func:`_field_run`'s run) chosen over a headline-shaped
    line above it gives way to that line: «HEADLINE» / «تاریخ برگزاری: ۲۰ بهمن ۱۴۰۲» /
    «محل برگزاری: ...» / text (fix235)."""
    doubt = state.title_doubt
    index, rule = _choose_title_among(state, anchor, hints, outside, slug)
    if (
        index is not None
        and rule in ("headline", "first line")
        and (head := _headline_over_bullet_points(state.lines, index, outside)) is not None
    ):
        # «HEADLINE» / DATE / «•» / «POINT» / «•» / «POINT» ... / the text: the line taken is
        # one of the article's key points, each under the same bullet, under the headline and
        # its date line; the headline is the title, the point competes (fix311).
        state.title_doubt = (_HEADLINE_OVER_BULLET_POINTS, index)
        return head, rule
    if (
        index is not None
        and rule == "headline"
        and (opening := _heading_over_listed_item(state.lines, index, outside)) is not None
        and not _hinted_or_spelled(state.lines[index], hints, slug)
    ):
        # «پایانه مسافربری» / its lead paragraph / «امکانات» / «- ITEM» / ... / «- ITEM» /
        # «ایران» / paragraphs: a list's last item scored as a headline over a section's
        # heading; the heading opening the page over its lead is the title (an encyclopedia
        # page's copy, wikibin.ir, real78 #23; fix277).
        return opening, rule
    if (
        index is not None
        and rule in ("headline", "first line")
        and _glossary_entry(state.lines, index)
    ):
        # «الگو (Pattern)» / its definition / «مثال: ...» / «دوخت (Sewing)» / ...: a glossary's
        # first entry, no title; the page's name is not printed (sahostyle.com, real72 #08).
        state.title_doubt = (_GLOSSARY_ENTRY_DOUBT, index)
        return None, ""
    if (
        index is not None
        and rule == "headline"
        and (defined := _name_over_its_question(state.lines, outside, index)) is not None
        and not _hinted_or_spelled(state.lines[index], hints, slug)
    ):
        # «آتش نشانی» / «Fire brigade» / «آتش نشانی چیست؟» / the answer: the page's name over
        # its first section asking what it is (real73 #08; fix257); the score put the
        # question first as a headline under a kicker. A category's name over a post asking
        # what it is looks the same: the question competes with the name, as with a longer
        # title over its question (:func:`_title_over_its_question`).
        state.title_doubt = (_QUESTION_UNDER_TITLE, index)
        return defined, rule
    if (
        index is not None
        and rule in ("headline", "first line")
        and not _hinted_or_spelled(state.lines[index], hints, slug)
        and (
            ((name := index) is not None and _name_over_description(state.lines, index, outside))
            or (
                index > 0
                and (name := index - 1) not in outside
                and _name_over_description(state.lines, index - 1, outside)
            )
        )
    ):
        # «NAME» / «a line repeating NAME's words» / ...: a site's name and its description
        # (or motto) printed over every page, never a post's headline (fix275), whichever of
        # the two was taken. The short title-shaped line under both, over the post, is the
        # post's title: sure when the description says it is the site's («در این وبلاگ
        # ...»), else the name competes.
        post = name + 2
        lines = state.lines
        if (
            post < len(lines)
            and post not in outside
            and _post_title_under(lines[post], lines[name + 1])
            and post + 1 < len(lines)
            and (lines[post + 1].paragraph or lines[post + 1].byline)
        ):
            if not _self_naming(lines[name + 1]):
                state.title_doubt = (_GIVES_WAY[_NAME_OVER_DESCRIPTION], name)
            return post, rule
        if (
            state.title_doubt is None
            and post < len(lines)
            and post not in outside
            and not lines[post].paragraph
            and lines[post].info.kind == "date"
        ):
            # «HEADLINE» / «a verbless line repeating its words and adding its own» / DATE /
            # text: right over the page's date line the pair is no site's name and
            # description but a headline over its subhead or a kicker over its headline,
            # and the words do not tell which (fix288).
            state.title_doubt = (_REPEATED_OVER_DATE, name + 1 if index == name else name)
    if (
        index is not None
        and rule in ("headline", "first line")
        and state.title_doubt is None
        and not _hinted_or_spelled(state.lines[index], hints, slug)
        and _kicker_over_verb_headline(state.lines, index, outside)
    ):
        # «KICKER» / «a headline repeating its words, ending with a verb» / the text: the
        # verb's line is the headline's shape; the short line competes (mut53 (d); fix293).
        state.title_doubt = (_KICKER_OVER_VERB_HEADLINE, index)
        return index + 1, rule
    if (
        index is not None
        and rule in ("headline", "first line")
        and not _hinted_or_spelled(state.lines[index], hints, slug)
        and (under := _post_under_self_description(state.lines, index, outside)) is not None
    ):
        # «زندگی من (NAME)» / «این وبلاگ قرار است ...» / «یخدان» / the post: a blog's name
        # over the sentence saying what the blog is, printed on every page; the short line
        # under both is the post's title (fix295), as under fix275's description.
        return under, rule
    if (
        index is not None
        and rule in ("headline", "first line")
        and not _hinted_or_spelled(state.lines[index], hints, slug)
        and (under := _post_under_taken_self_description(state.lines, index, outside)) is not None
    ):
        # «زندگی من (NAME)» read as the page's header / «این وبلاگ قرار است ...» taken /
        # «یخدان» / the post: the blog's sentence saying what it is, printed on every page,
        # is no post's title; the short line under it is (mut56 (b); fix314).
        return under, rule
    if (
        index is not None
        and rule in ("headline", "first line")
        and not _hinted_or_spelled(state.lines[index], hints, slug)
        and (named := _name_and_motto_over_byline(state.lines, index, outside)) is not None
    ):
        # «NAME» / «MOTTO» / «SHORT TITLE» / «نوشته شده توسط ...» / the post: a blog's name
        # and a line under it that fix275's description test does not take (its words not
        # the name's), over a short line right over the post's byline: the short line is
        # the post's title as likely as not, and the name competes (mut53 (a); fix289).
        state.title_doubt = (_NAME_MOTTO_OVER_BYLINE, named)
        return named + 2, rule
    if (
        index is not None
        and rule == "headline"
        and (counted := _post_title_under_counters(state.lines, index, outside)) is not None
        and not _hinted_or_spelled(state.lines[index], hints, slug)
    ):
        # «/ 5 نظر / 37 بازدید» / «TITLE» / «TEASER: WORD» / body: a blog prints its post's
        # title right under the post's counters line (persianblog's newer layout); the
        # longer line under the title is the post's teaser, never a headline under a kicker
        # (tests/pages 2501; fix285).
        return counted, rule
    if (
        index is not None
        and rule == "headline"
        and (short := _short_title_over_restating(state.lines, index, outside)) is not None
        and not _hinted_or_spelled(state.lines[index], hints, slug)
    ):
        # «بازار کچالو» / «بازار کچالو در شهر بامیان» / DATE / text: a post's short title
        # over the body's heading restating it in more words (fix295); sure when the heading
        # opens with it, else the heading competes.
        if not short[1] and state.title_doubt is None:
            state.title_doubt = (_SHORT_TITLE_RESTATED, index)
        return short[0], rule
    if (
        index is not None
        and rule == "headline"
        and (upper := _headline_over_its_colon_heading(state.lines, index, outside)) is not None
    ):
        # «HEADLINE» / a shop's link / «HEADLINE: SUBTITLE» / body: the line restating the
        # headline before its colon is the body's first heading (parsalab.com, real72 #09).
        return upper, rule
    if (
        index is not None
        and index > 0
        and index - 1 not in outside
        and _glued_column_header(state.lines[index - 1].text, state.lines[index - 1].norm)
        and state.title_doubt is None
    ):
        # «ردیفعنوان صفتتعریف صفت ...» / «1نوع ...»: the line under a table's header row is
        # the table's first row as often as a heading (fix257).
        state.title_doubt = (_UNDER_TABLE_HEADER, None)
    if (
        index is None
        or rule not in ("headline", "first line")
        or not value_field(state.lines[index])
    ):
        return index, rule
    lines = state.lines
    fields = {at for at in range(index + 1) if value_field(lines[at])}
    if not any(
        at not in outside and at not in fields and _headline_shaped(lines[at])
        for at in range(index)
    ):
        return index, rule
    chosen, state.title_doubt = (index, rule, state.title_doubt), doubt
    again = _choose_title_among(state, anchor, hints, outside | fields, slug)
    if again[0] is None:
        state.title_doubt = chosen[2]
        return chosen[0], chosen[1]
    return again


def _heading_over_listed_item(lines: Sequence[_Line], index: int, outside: set[int]) -> int | None:
    """The heading opening the page when the line at ``index`` is an item of a list
    (:func:`_list_item`, another item right above or below it) printed under it, or None.
    The page's first line (every line above it outside the text) is a heading of one to
    :data:`HEADLINE_MAX_WORDS` words, text, no paragraph, no list item, no chrome, no byline,
    with a paragraph right under it: the page names itself over its lead, and a list's item
    further down is one of the points the text lists, never its headline."""
    if not _list_item(lines[index]):
        return None
    if not any(
        0 <= other < len(lines) and other not in outside and _list_item(lines[other])
        for other in (index - 1, index + 1)
    ) and not _item_across_text(lines, index, outside):
        return None
    top = next((at for at in range(index) if at not in outside), None)
    if top is None or top + 1 >= index or top + 1 in outside:
        return None
    heading = lines[top]
    if (
        heading.info.kind != "text"
        or heading.paragraph
        or heading.chrome
        or heading.byline
        or _list_item(heading)
        or not 1 <= heading.words <= HEADLINE_MAX_WORDS
        or lines[top + 1].info.kind != "text"
    ):
        return None
    if (
        lines[top + 1].paragraph
        or _section_heading_over_list(lines, top + 1, index, outside)
        or _list_runs_to(lines, top + 1, index, outside)
    ):
        return top
    return None


def _item_across_text(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether another list item stands over or under ``lines[index]`` with one to
    :data:`UNMARKED_RUN` lines of text between, none outside the text: items that lost their
    mark (mut54 (d), fix302; two of them, mut56 (c), fix314) or a paragraph, an item's text
    (mut56 (c), fix314). :func:`_heading_over_listed_item` reads the heading over them.
    Looks at :data:`UNMARKED_RUN` + 1 lines each way."""
    for step in (-1, 1):
        for other in range(index + step, index + step * (UNMARKED_RUN + 2), step):
            if not 0 <= other < len(lines) or other in outside:
                break
            if _list_item(lines[other]):
                if other != index + step:
                    return True
                break
            if lines[other].info.kind != "text":
                break
    return False


# A section's heading right under a page's name, over the list, has at most
# LISTED_SECTION_HEADING_WORDS words (encyclopedia pages' «امکانات», «تاریخچه»).
LISTED_SECTION_HEADING_WORDS = 3
# A list's items that lost their mark: at most UNMARKED_RUN of them in a row (fix314).
UNMARKED_RUN = 2


def _section_heading_over_list(
    lines: Sequence[_Line], at: int, index: int, outside: set[int]
) -> bool:
    """Whether ``lines[at]`` is a section's heading (text of one to
    :data:`LISTED_SECTION_HEADING_WORDS` words, no paragraph, list item, chrome, byline,
    date or sentence mark) right over a list whose items run without a break down to the
    item at ``index`` (:func:`_list_runs_to`): «ایستگاه راه آهن» / «امکانات» / «- ITEM» / ...
    / «- ITEM» / «تاریخچه» / paragraphs, an encyclopedia page with no lead (mut53 (b);
    fix289)."""
    heading = lines[at]
    if (
        heading.paragraph
        or heading.chrome
        or heading.byline
        or _list_item(heading)
        or heading.info.dates
        or heading.info.date is not None
        or not 1 <= heading.words <= LISTED_SECTION_HEADING_WORDS
        or heading.text.rstrip()[-1] in ".!؟?:"
        or at + 1 >= index
    ):
        return False
    return _list_runs_to(lines, at + 1, index, outside)


def _list_runs_to(lines: Sequence[_Line], first: int, index: int, outside: set[int]) -> bool:
    """Whether a list opens at ``lines[first]`` (a list item) and its items run without a
    break down to the item at ``index``. An item whose mark the page's text lost breaks no
    list: a short text line (no paragraph, chrome, byline or date) after an item, or after
    such a line up to :data:`UNMARKED_RUN` in a row, counts, the items more than such lines
    (mut54 (d), fix302; mut56 (c), fix314). Walks the list once, down to the chosen item."""
    if first >= index or not _list_item(lines[first]):
        return False
    items = unmarked = run = 0
    for other in range(first, index + 1):
        line = lines[other]
        if other in outside:
            return False
        if _list_item(line):
            items += 1
            run = 0
        elif (
            line.info.kind != "text"
            or line.paragraph
            or line.chrome
            or line.byline
            or line.words > HEADLINE_MAX_WORDS
            or run >= UNMARKED_RUN
        ):
            return False
        else:
            unmarked += 1  # an item that lost its mark, between two marked ones
            run += 1
    return items > unmarked


def _post_title_under_counters(lines: Sequence[_Line], index: int, outside: set[int]) -> int | None:
    """The line right over ``lines[index]`` when it stands right under a post's counters line
    (:data:`_COUNTERS_RUN`, «/ 5 نظر / 37 بازدید», comments and views run into one line) and
    is shaped as a post's title (text of one to :data:`POST_TITLE_WORDS` words, fewer than the
    chosen line's, no paragraph, chrome or byline, no colon, ending no sentence); else None.
    A blog prints the post's title under its counters, and the teaser under the title; a
    kicker is never printed under a post's counters. Looks at the two lines above."""
    if index < 2 or index - 1 in outside or index - 2 in outside:
        return None
    counters, title = lines[index - 2], lines[index - 1]
    if (
        counters.info.kind != "text"
        or title.info.kind != "text"
        or not 1 <= title.words <= POST_TITLE_WORDS
        or title.words >= lines[index].words
        or title.paragraph
        or title.chrome
        or title.byline
        or ":" in title.text
        or title.text.rstrip()[-1] in ".!؟?"
        or _COUNTERS_RUN.fullmatch(counters.norm) is None
    ):
        return None
    return index - 1


_NAME_MOTTO_OVER_BYLINE = (
    "the page's first line and the line under it (a blog's name and motto) stand over it, "
    "and the post's byline is right under it"
)


def _name_and_motto_over_byline(
    lines: Sequence[_Line], index: int, outside: set[int]
) -> int | None:
    """The page's first line (lines outside the text or chrome above it aside) when
    ``lines[index]`` is it or the line under it, both short text ending no sentence (the
    second as long as the first or longer, shorter than a lead), over a post's short title
    (:func:`_post_title_under`, no more words than the first line: «پل سنگی ما» under «دفتر
    یک دهیار», attacks85; fix311) right over a byline and the
    post's paragraph: «باران و آفتاب روستا» / «یادداشت های ...» / «قایق های کاغذی» / «نوشته
    شده توسط ...» / text. A kicker and headline over a lead fail: the line under the headline
    is the longer lead, or no byline follows it. The post's subtitle may stand between the
    byline and the paragraph, a short line that is no paragraph (mut54 (h); fix299): taken
    for the headline, it is ``lines[index]``; a subtitle of :data:`LEAD_WORDS` words or more
    ends no sentence (a lead whose full stop is lost reads the same: the short line over the
    byline is the post's title either way; mut55 (g), fix306). Looks at the lines above
    once."""
    for name, subtitle in ((index - 1, 0), (index, 0), (index - 4, 1)):
        post = name + 2
        if (
            name < 0
            or post + 2 + subtitle >= len(lines)
            or any(at in outside for at in range(name, post + 3 + subtitle))
            or not all(lines[at].chrome for at in range(name) if at not in outside)
        ):
            continue
        first, motto, title = lines[name], lines[name + 1], lines[post]
        if (
            first.info.kind == "text"
            and motto.info.kind == "text"
            and not (first.chrome or first.byline or first.paragraph)
            and not (motto.chrome or (motto.byline and not _writings(motto)) or motto.paragraph)
            and 1 <= first.words <= motto.words < LEAD_WORDS
            and first.text.rstrip()[-1] not in ".!؟?:"
            and motto.text.rstrip()[-1] not in ".!؟?:"
            and _post_title_under(title, motto)
            and title.words <= first.words
            and lines[post + 1].byline
            and lines[post + 2 + subtitle].paragraph
            and (
                not subtitle
                or (
                    lines[post + 2].info.kind == "text"
                    and not (lines[post + 2].paragraph or lines[post + 2].byline)
                    and (
                        lines[post + 2].words < LEAD_WORDS
                        or lines[post + 2].text.rstrip()[-1] not in ".!؟?"
                    )
                )
            )
        ):
            return name
    return None


def _writings(line: _Line) -> bool:
    """Whether ``line`` opens with the plural of «نوشته» (:data:`vocab.WRITINGS_PLURALS`,
    «نوشته های کوتاه ...»): a blog's motto naming its writings, no byline's label."""
    return " ".join(line.norm.replace("\u200c", " ").split()[:2]) in vocab.WRITINGS_PLURALS


# A headline over its date line over bulleted key points has at least this many words (a
# section's name over a day's banner over a list's teasers is shorter: «آخرین اخبار»; fix311).
BULLET_POINTS_HEADLINE_WORDS = 5
_HEADLINE_OVER_BULLET_POINTS = (
    "it stands over its date line and a run of lines each under the same bullet: an "
    "article's key points under its headline, or a list's teasers under an item's"
)


def _headline_over_bullet_points(
    lines: Sequence[_Line], index: int, outside: set[int]
) -> int | None:
    """The headline over the date line over a run of bulleted lines («•» / POINT / «•» /
    POINT ...), ``index`` one of the points: the line over the run's date line, a text line of
    :data:`BULLET_POINTS_HEADLINE_WORDS` words or more and no paragraph; or None. A bullet is
    a short line without a letter or a digit; the run is walked once up from ``index``
    (linear in the page)."""

    def bullet(at: int) -> bool:
        text = lines[at].text.strip()
        return at not in outside and 0 < len(text) <= 2 and not any(char.isalnum() for char in text)

    kicker = index - 1
    if kicker < 1 or not bullet(kicker) or lines[index].paragraph:
        return None
    key = lines[kicker].key
    first = kicker
    while (
        first >= 2
        and bullet(first - 2)
        and lines[first - 2].key == key
        and first - 1 not in outside
        and not lines[first - 1].paragraph
    ):
        first -= 2
    date, head = first - 1, first - 2
    if head < 0 or date in outside or head in outside:
        return None
    if lines[date].paragraph or lines[date].info.kind != "date":
        return None
    line = lines[head]
    if line.paragraph or line.info.kind != "text" or line.words < BULLET_POINTS_HEADLINE_WORDS:
        return None
    return head


# A site's name has at least NAME_DESCRIBED_WORDS content words (:func:`_content_words`)
# that its description repeats.
NAME_DESCRIBED_WORDS = 2
_NAME_OVER_DESCRIPTION = (
    "it is the page's first line and the longer line under it repeats its words (a site's name "
    "over its description or motto, printed over every page)"
)
_KICKER_OVER_VERB_HEADLINE = (
    "the line under it repeats every word of it and ends with a verb, over the text: a kicker "
    "over its headline, or a headline over its subtitle"
)
_REPEATED_OVER_DATE = (
    "one of the two lines over the date line repeats every word of the other and adds its own: "
    "a headline over its subhead, or a kicker over its headline"
)


def _ends_with_verb(line: _Line) -> bool:
    """Whether ``line`` ends with a finite verb (:func:`_verb_end`), or a present verb with
    its prefix glued on («... آغاز میشود», Dari spelling)."""
    last = line.norm.rstrip(" .!؟?").rsplit(" ", 1)[-1]
    return bool(_verb_end(line)) or (
        last.startswith(("می", "نمی")) and last.endswith(("د", "ند", "م")) and len(last) > 4
    )


# A kicker over the headline that repeats its words has at most this many words.
REPEATED_KICKER_WORDS = 6


def _kicker_over_verb_headline(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]``, short text of no verb (at most :data:`REPEATED_KICKER_WORDS`
    words, :data:`NAME_DESCRIBED_WORDS` content words or more), stands right over a longer
    line that repeats every content word of it and ends with a verb, no sentence's end and
    no paragraph, and that line right over the text's paragraph: «کتابخانه سیار دره سبز» /
    «کتابخانه سیار از فردا در روستاهای دره سبز میچرخد» / the text. The verb's line is the
    headline shaped as a headline, the short one its kicker, or the short one the headline
    over a one-line subtitle: the words do not tell which (mut53 (d); fix293). A longer line
    opening with the short one's words goes on from a headline (a subheading). The
    headline's date line may stand between it and the text («کتابخانه سیار روستای ولیک» /
    «کتابخانه سیار از ۳ آبان به روستای ولیک میرود» / DATE / the text; fix311). Looks at
    three lines below."""
    below, text = index + 1, index + 2
    if text >= len(lines) or below in outside or text in outside:
        return False
    if (
        not lines[text].paragraph
        and lines[text].info.kind == "date"
        and text + 1 < len(lines)
        and text + 1 not in outside
    ):
        text += 1  # the headline's date line over the text
    kicker, headline = lines[index], lines[below]
    if not (
        kicker.info.kind == "text"
        and headline.info.kind == "text"
        and kicker.words <= REPEATED_KICKER_WORDS
        and kicker.words < headline.words <= HEADLINE_MAX_WORDS
        and not headline.paragraph
        and not headline.chrome
        and not headline.byline
        and lines[text].paragraph
        and kicker.text.rstrip()[-1:] not in _SENTENCE_ENDS
        and headline.text.rstrip()[-1:] not in _SENTENCE_ENDS
    ):
        return False
    if headline.key.startswith(kicker.key):
        # «بازار سنگ در سال رکود» / «بازار سنگ در سال رکود و راه های برون رفت»: a subheading
        # going on from the headline (tests/pages 2049), as in :func:`_name_over_description`
        return False
    words = _content_words(kicker)
    return (
        len(words) >= NAME_DESCRIBED_WORDS
        and words <= _content_words(headline)
        and not _ends_with_verb(kicker)
        and _ends_with_verb(headline)
        and _in_order(kicker, headline)
    )


def _in_order(kicker: _Line, headline: _Line) -> bool:
    """Whether the content words of ``kicker`` stand in ``headline`` in the kicker's order (each
    word's first place after the one before it): a kicker naming the story's subject is
    repeated as a phrase («کتابخانه سیار دره سبز» / «کتابخانه سیار از فردا در روستاهای دره
    سبز میچرخد»). A noun headline over its standfirst is not: the headline puts its verbal
    noun first and the standfirst's sentence says it with its verb at the end, the words
    moved («افزایش قیمت زعفران در بازار قاین» / «قیمت ... به سبب افزایش تقاضا ... بالا رفت»:
    attacks82; fix302)."""
    words = _content_words(kicker)
    order = [word for word in kicker.norm.replace(ZWNJ, " ").split() if word in words]
    places: dict[str, int] = {}
    for place, word in enumerate(headline.norm.replace(ZWNJ, " ").split()):
        places.setdefault(word, place)
    seen = [places[word] for word in dict.fromkeys(order)]
    return seen == sorted(seen)


def _name_over_description(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]`` is the page's first line (lines outside the text or chrome
    above it aside) and the line under it, text that is longer but shorter than a lead
    (:data:`LEAD_WORDS`), repeats every content word of it, :data:`NAME_DESCRIBED_WORDS` or
    more, and adds as many of its own: a site's name over its description («نان های
    خانگی روستا» / «در این وبلاگ از نان های خانگی روستا ... می نویسیم.», «چاف و چمخاله» /
    «اخبار و دانستنی‌های منطقه ... چاف و چمخاله», iranchaf.blogfa.com: tests/pages 2414).
    A line holding a digit (a date, a stamp) describes no site. A headline over its lead
    fails: the lead is longer, leaves words of the headline out,
    opens with the headline, or is a sentence (or ends with a verb) that does not name
    the site (:func:`_self_naming`). Looks at the lines above and one below."""
    if index + 1 >= len(lines) or index + 1 in outside:
        return False
    name, described = lines[index], lines[index + 1]
    if not (
        name.info.kind == "text"
        and described.info.kind == "text"
        and not described.chrome
        and not described.byline
        and name.words < described.words < LEAD_WORDS
    ):
        return False
    words, told = _content_words(name), _content_words(described)
    if len(words) < NAME_DESCRIBED_WORDS or not words <= told:
        return False
    if len(told - words) < NAME_DESCRIBED_WORDS:
        return False  # «14 تیر ، NAME»: an item's title adding a date to a tag's name
    if any(char.isdigit() for char in described.norm):
        # «(2 شهریور 1402 - 08:37:47) NAME», «NAME ادامه مطلب » DAY»: a dated item's header
        # or teaser repeating the line above, never a site's description
        return False
    if described.key.startswith(name.key):
        return False  # «HEADLINE» / «HEADLINE ... آغاز شد.»: the lead's sentence opening with it
    stated = described.text.rstrip()[-1] in ".!؟?" or _ends_with_verb(described)
    if stated and not _self_naming(described):
        return False  # a sentence (or a headline's verb) that does not say it is the site's
    return all(at in outside or lines[at].chrome for at in range(index))


# A post's title under a site's name and description has at most POST_TITLE_WORDS words.
POST_TITLE_WORDS = 8


def _post_title_under(short: _Line, over: _Line) -> bool:
    """Whether ``short`` is shaped as a post's title under a site's description ``over``:
    text of two to :data:`POST_TITLE_WORDS` words, fewer than ``over``'s, ending no sentence,
    neither chrome nor a byline, no label or address, not part of ``over``, and no line that
    is never a title (:func:`_never_title`: a reading time «۳ دقیقه مطالعه», fix296)."""
    return (
        short.info.kind == "text"
        and 2 <= short.words <= POST_TITLE_WORDS
        and short.words < over.words
        and not short.chrome
        and not short.byline
        and not short.paragraph
        and ":" not in short.text
        and "." not in short.text
        and short.text.rstrip()[-1] not in "!؟?"
        and not text_in(short, over)
        and not _never_title(short)
    )


_SHORT_TITLE_RESTATED = (
    "the short line above it is a post's title that the chosen line restates in more words, "
    "all of the short line's words in their order but not as its opening: the body's "
    "headline as likely as not"
)


def _short_title_over_restating(
    lines: Sequence[_Line], index: int, outside: set[int]
) -> tuple[int, bool] | None:
    """The line above the chosen headline ``lines[index]`` when it is a short title the
    headline restates in more words, and whether the headline opens with it, else None.

    A blog post prints its short title, then the body's longer bold heading saying the same
    with more words, then the text or the date: «بازار کچالو» / «بازار کچالو در شهر بامیان»
    (persianblog), «نمایشگاه زرشک در قاین» / «نخستين نمايشگاه زرشك ... در قاين» (blogfa):
    the short line is the title. Evidence: in tests/pages (2,567 pages) a line of two or
    more words over a longer one holding all its words in their order is the golden title
    on 22 pages, the longer line on one (2339, a short label repeating the slug), fix295.
    The short line: text of two to :data:`POST_TITLE_WORDS` words ending no sentence, no
    chrome, byline, label or address, no institution's name (:func:`_institution_name`);
    the headline: text, no paragraph, more words, ending with no verb (a headline stating
    the event under a short label keeps its place). A headline opening with the short line
    goes on with a qualifier (:data:`vocab.TITLE_QUALIFIER_OPENERS`), not a predicate whose
    subject the short line is (attacks71's «استانداری فارس» over «استانداری فارس میزبان
    ...»). fix301 narrowed both cases to the evidence of the posts' layout (the count above
    is fix295's, for the wider shape): a heading opening with the short line stands over the
    post's date line (2564), else the short line is the page's first line over a page's first
    heading (fix259); a heading holding its words elsewhere stands over the body's paragraph
    under a line of the site's own above the short line (2550), else the short line is a
    list's or tag's name (fix124, fix131, fix294) or a kicker (mut53)."""
    if index == 0 or index - 1 in outside:
        return None
    short, line = lines[index - 1], lines[index]
    if not (
        short.info.kind == "text"
        and 2 <= short.words <= POST_TITLE_WORDS
        and short.words < line.words
        and not (short.chrome or short.byline or short.paragraph)
        and ":" not in short.text
        and "." not in short.text
        and short.text.rstrip()[-1] not in "!؟?"
        and line.info.kind == "text"
        and not line.paragraph
        and not line.chrome
        and line.words <= HEADLINE_MAX_WORDS
        # «نان خشک در هرات» / «کمپاین ... فردا در هرات آغاز میشود»: a headline stating the
        # event under a short label (tests/pages 2339) keeps its place
        and not _ends_with_verb(line)
    ):
        return None
    if _institution_name(short):
        return None  # «استانداری فارس» / «استانداری فارس میزبان ...»: a masthead's name
    if _person_named(short):
        # «حسن رضایی» / «حسن رضایی در گفت و گو با ...»: a person's name over a heading
        # opening with it is the writer's or speaker's line, the heading the title (attacks84)
        return None
    words = short.norm.replace("\u200c", " ").split()
    heading = line.norm.replace("\u200c", " ").split()
    under = lines[index + 1] if index + 1 < len(lines) and index + 1 not in outside else None
    if heading[: len(words)] == words:
        # the heading opens with the short line: sure when the rest is a qualifier
        # (:data:`vocab.TITLE_QUALIFIER_OPENERS`), else the short line is its subject
        if not vocab.TITLE_QUALIFIER_OPENERS.intersection(heading[len(words) : len(words) + 1]):
            return None
        # and the post's date line under the heading (2564): without it the short line is
        # as likely a page's name over its first heading («معرفی موزه ها» / «معرفی موزه ها و
        # نگارخانه های استان ...» / text, fix259)
        if under is None or under.info.kind not in ("date", "mixed"):
            return None
        return index - 1, True
    # Not the heading's opening: only under a line of the site's own above the short line
    # (the blog's description, 2550) and over the body's paragraph. The page's first line
    # over a heading holding its words is a tag's or list's name (fix124, fix294), a kicker
    # under a section over a short part heading keeps the headline (mut53).
    if under is None or under.info.kind != "text" or not under.paragraph:
        return None
    if not any(at not in outside and not lines[at].chrome for at in range(index - 1)):
        return None
    longer = iter(heading)
    if not all(any(word == other for other in longer) for word in words):
        return None
    return index - 1, False


# A post's title under a blog's name and its self-describing sentence has at most
# POST_TITLE_WORDS words and may be one word («یخدان»).
_SELF_POINTING = regex.compile(
    rf"^(?:{vocabulary_words(vocab.SELF_POINTING_OPENERS)})[\x20\u200c]+"
    rf"(?:{vocabulary_words(vocab.SELF_NAMING_WORDS)})(?![\p{{L}}\p{{M}}])"
    # «این وبلاگ نویسان» (these bloggers): the word is a compound agent noun's first half
    # (:data:`vocab.COMPOUND_AGENT_TAILS`), no site pointing at itself (attacks84)
    rf"(?![\x20\u200c]+(?:{vocabulary_words(vocab.COMPOUND_AGENT_TAILS)})(?![\p{{L}}\p{{M}}]))"
)


def _post_under_self_description(
    lines: Sequence[_Line], index: int, outside: set[int]
) -> int | None:
    """The line two under ``lines[index]``, the page's first line (lines outside the text or
    chrome above it aside), when the line between is the blog's sentence describing itself
    («این وبلاگ ...», «در این وبلاگ ...»: :data:`_SELF_POINTING`) and the line under it is a
    post's short title: «زندگی من (NAME)» / «این وبلاگ قرار است ...» / «یخدان» / the post
    (persianblog, tests/pages 2560; fix295). The first line ends no sentence nor with a verb
    (a headline over a lead speaking of «this site» keeps its place), and the sentence is no
    news lead where the site reports (:func:`_reports_speech`); the short line is text of one
    to :data:`POST_TITLE_WORDS` words ending no sentence, no chrome, byline, label or
    address, not the first line again, over a line of text. Looks at the lines above once."""
    post = index + 2
    if post + 1 >= len(lines) or any(at in outside for at in range(index, post + 2)):
        return None
    first, described, title = lines[index], lines[index + 1], lines[post]
    if not (
        first.info.kind == "text"
        and not (first.chrome or first.byline or first.paragraph)
        and first.text.rstrip()[-1] not in ".!؟?:"
        and not _verb_end(first)
        and _describes_itself(described)
        and _post_title_over_text(title, lines[post + 1])
        and title.key != first.key
    ):
        return None
    if not all(lines[at].chrome for at in range(index) if at not in outside):
        return None
    return post


def _post_under_taken_self_description(
    lines: Sequence[_Line], index: int, outside: set[int]
) -> int | None:
    """The line under ``lines[index]`` when the line taken is itself a blog's sentence
    describing itself (:func:`_describes_itself`) right under lines read as the page's header
    (outside the text: the blog's name), the lines above all outside or chrome, and the line
    under it a post's short title over a line of text (:func:`_post_title_over_text`): «خبرهای
    روز» / «زندگی من (NAME)» (the header) / «این وبلاگ قرار است ...» / «یخدان» / the post
    (2560's layout under a line of its own; mut56's page (b), fix314). Looks at the lines
    above once."""
    post = index + 1
    if (
        index == 0
        or index - 1 not in outside
        or post + 1 >= len(lines)
        or post in outside
        or post + 1 in outside
        or not _describes_itself(lines[index])
        or not _post_title_over_text(lines[post], lines[post + 1])
    ):
        return None
    if not all(lines[at].chrome or at in outside for at in range(index)):
        return None
    return post


def _describes_itself(line: _Line) -> bool:
    """Whether ``line`` is a blog's sentence describing itself: text opening «این وبلاگ ...»,
    «در این وبلاگ ...» (:data:`_SELF_POINTING`), no chrome, and no news lead where the site
    reports (:func:`_reports_speech`)."""
    return (
        line.info.kind == "text"
        and not line.chrome
        and (pointing := _SELF_POINTING.match(line.norm)) is not None
        and not _reports_speech(line.norm[pointing.end() :])
    )


def _post_title_over_text(title: _Line, below: _Line) -> bool:
    """Whether ``title`` is shaped as a post's short title: text of one to
    :data:`POST_TITLE_WORDS` words ending no sentence, no chrome, byline, label or address,
    over a line of text (``below``) that is no chrome."""
    return (
        title.info.kind == "text"
        and 1 <= title.words <= POST_TITLE_WORDS
        and not (title.chrome or title.byline or title.paragraph)
        and ":" not in title.text
        and title.text.rstrip()[-1] not in ".!؟?"
        and below.info.kind == "text"
        and not below.chrome
    )


# The past light verbs of a saying noun («اعلام کرد», «خبر دادند»).
_SAID_LIGHT_VERBS = frozenset({"کرد", "کردند", "داد", "دادند"})


def _reports_speech(text: str) -> bool:
    """Whether ``text`` opens with a verb of saying (:data:`_SAYING_VERBS`, or a saying noun
    and its past light verb: «اعلام کرد که ...», «خبر داد»): the site named before it is a
    news lead's source reporting, no blog saying what it is («این سایت اعلام کرد که ...»,
    mut56's page (a); fix314)."""
    words = text.replace("\u200c", " ").split()[:2]
    return bool(words) and (
        words[0] in _SAYING_VERBS
        or (len(words) == 2 and words[0] in _SAYING_NOUNS and words[1] in _SAID_LIGHT_VERBS)
    )


def _self_naming(line: _Line) -> bool:
    """Whether ``line`` names the site itself (:data:`vocab.SELF_NAMING_WORDS`: «وبلاگ»,
    «سایت»): a site's description («در این وبلاگ ...»)."""
    return any(word in vocab.SELF_NAMING_WORDS for word in line.norm.split())


_GLOSSARY_ENTRY_DOUBT = (
    "it is the first entry of a glossary, a term and its Latin name over its definition, "
    "and the next entries below have the same shape: the page prints no title of its own"
)
# A glossary's entry: a term of one to GLOSSARY_TERM_WORDS words in Persian script and its
# Latin name in brackets, alone on the line («الگو (Pattern)», «سیم بر (Zipper)»).
_GLOSSARY_ENTRY = regex.compile(
    r"^\x20*(?P<term>[^()\n:：]*\p{Arabic}[^()\n:：]*?)\x20*"
    r"\(\x20*\p{Latin}[\p{Latin}\x20\-'&/.]*\)\x20*$"
)
GLOSSARY_TERM_WORDS = 4
# A glossary is at least GLOSSARY_ENTRIES entries in a row, each at most GLOSSARY_GAP lines
# under the one before (its definition and an example between).
GLOSSARY_ENTRIES = 3
GLOSSARY_GAP = 4


def _glossary_shaped(line: _Line) -> bool:
    """Whether ``line`` is shaped as a glossary's entry (:data:`_GLOSSARY_ENTRY`)."""
    if line.text[-1:] != ")" and line.text.rstrip()[-1:] != ")":
        return False
    found = _GLOSSARY_ENTRY.match(line.text)
    return found is not None and 1 <= len(found.group("term").split()) <= GLOSSARY_TERM_WORDS


def _glossary_entry(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` opens a glossary: an entry (:func:`_glossary_shaped`) with
    :data:`GLOSSARY_ENTRIES` - 1 more below it, each within :data:`GLOSSARY_GAP` lines of
    the one before and each over a line of text that is no entry (its definition). The walk
    looks at :data:`GLOSSARY_ENTRIES` times :data:`GLOSSARY_GAP` lines at most (fix255)."""
    if not _glossary_shaped(lines[index]):
        return False
    entry, found = index, 1
    while found < GLOSSARY_ENTRIES:
        if entry + 1 >= len(lines) or _glossary_shaped(lines[entry + 1]):
            return False  # an entry over no definition: a list of names, no glossary
        following = next(
            (
                at
                for at in range(entry + 2, min(len(lines), entry + 1 + GLOSSARY_GAP))
                if _glossary_shaped(lines[at])
            ),
            None,
        )
        if following is None:
            return False
        entry, found = following, found + 1
    return entry + 1 < len(lines) and not _glossary_shaped(lines[entry + 1])


# A headline printed alone is found at most COLON_HEADING_REACH lines over the heading that
# restates it before a colon; the heading's part before the colon has at least
# COLON_HEADING_WORDS words, its part after it at least COLON_SUBTITLE_WORDS.
COLON_HEADING_REACH = 4
COLON_HEADING_WORDS = 3
COLON_SUBTITLE_WORDS = 3


def _headline_over_its_colon_heading(
    lines: Sequence[_Line], index: int, outside: set[int]
) -> int | None:
    """The line over ``lines[index]`` that prints alone its part before the colon, when the
    chosen line is «HEADLINE: SUBTITLE» (:data:`COLON_HEADING_WORDS` words or more before
    the colon, :data:`COLON_SUBTITLE_WORDS` or more after it) and HEADLINE stands alone
    within :data:`COLON_HEADING_REACH` lines above: the page's headline over the body's first
    heading restating it with a subtitle; else None. A subtitle ending with a verb (a quoted
    statement) or a line above opening with an office (a speaker's kicker) takes nothing. The
    walk looks at :data:`COLON_HEADING_REACH` lines at most (fix255)."""
    line = lines[index]
    if ":" not in line.norm:
        return None
    head, _, tail = line.norm.partition(":")
    if (
        len(head.split()) < COLON_HEADING_WORDS
        or len(tail.split()) < COLON_SUBTITLE_WORDS
        or _verb_end(line)
    ):
        # (a statement after the colon, «OFFICE: ... برگزار می‌شود», is a quote under its
        # speaker, and the speaker over it a kicker: attacks23)
        return None
    key = _squash(head)
    return next(
        (
            at
            for at in range(index - 1, max(-1, index - 1 - COLON_HEADING_REACH), -1)
            if at not in outside
            and lines[at].key == key
            and lines[at].info.kind == "text"
            and not lines[at].chrome
            and not _office_opening(lines[at])
        ),
        None,
    )


# Words a headline-shaped line has at least (:func:`_headline_shaped`).
HEADLINE_SHAPED_MIN_WORDS = 4


def _headline_shaped(line: _Line) -> bool:
    """Whether ``line`` may be a headline over a field line: text of
    :data:`HEADLINE_SHAPED_MIN_WORDS` to :data:`HEADLINE_MAX_WORDS` words, no paragraph, no
    chrome, no byline, no colon (fix235)."""
    return (
        line.info.kind == "text"
        and not line.paragraph
        and not line.chrome
        and not line.byline
        and ":" not in line.text
        and HEADLINE_SHAPED_MIN_WORDS <= line.words <= HEADLINE_MAX_WORDS
    )


def _choose_title_among(
    state: _State, anchor: int | None, hints: Hints, outside: set[int], slug: str | None = None
) -> tuple[int | None, str]:
    """The index of the title line and the rule that chose it (:func:`_choose_title`)."""
    lines = state.lines
    stop = anchor if anchor is not None else len(lines)
    candidates: list[int] = []
    anchors: list[int] = []
    spaced = state.double_spaced
    verse = _verse(lines, stop, spaced)
    categories = _category_values(lines, stop)
    post = _author_post(lines, stop) if anchor is not None else set()
    broken = _broken_sentence_pieces(lines, stop)
    lead_in_runs: dict[int, bool] = {}  # _item_under_lead_in's answers, by list item
    cards = _label_over_value_cards(lines, stop)
    for index in range(stop):
        if index in outside or index in verse or index in post:
            continue
        line = lines[index]
        kind = line.info.kind
        if kind in ("labels", "date", "issue", "mixed"):
            anchors.append(index)
        if (
            kind in ("text", "mixed")
            and not (
                (categories and categories.get(line.key, -1) > index)
                or (line.words <= 3 and is_month_year(line.norm))
                or (
                    line.words <= 2
                    and is_month_alone(line.norm)
                    and not _periodical_named(lines, index, stop)
                )
                or _dated_note(line)
                or is_dateline_without_year(line.norm)
                or (line.norm.lstrip(" ")[:1] in _PAGE_LABEL_FIRST and _PAGE_LABEL.match(line.norm))
                or _masthead(line) is not None
                or _capitals_masthead(lines, index)
                or _volume_and_issue(line)
                or _never_title(line)
                or blessed_saying(line.norm)
                or (
                    "هوا" in line.norm
                    and anchor is not None
                    and _weather_heading(lines, index, anchor)
                )
                or _text_label_value(lines, index, spaced)
                or _wrapped_report_opening(lines, index, spaced)
                or index in broken
                or _prompt_opening(lines, index)
                or _addressee_over_greeting(lines, index)
                or (
                    (" / " in line.text or ">" in line.text or "»" in line.text)
                    and breadcrumb_over_its_end(lines, index)
                )
                or _bar_pair_over_headline(lines, index)
                or _bar_pair_under_headline(lines, index)
                or _lead_opening_summary(lines, index, stop)
                or (anchor is not None and _unit_byline(lines, index, stop))
                or (
                    line.norm[:1] in "رماک"
                    and (
                        _unit_over_headline(lines, index, stop)
                        or _unit_over_text(lines, index, stop)
                    )
                )
                or _role_under_byline(lines, index, stop)
                or _announcement_under_headline(lines, index)
                or _field_line(line)
                or read_on_link(line)
                or _card_field(lines, index)
                or index in cards
                or _field_run(lines, index)
                or _bulleted_field(lines, index)
                or _item_under_lead_in(lines, index, lead_in_runs)
                or _periodical_issue(lines, index)
                or _special_issue_line(line)
                or _table_row(line)
                or _statute_article(line)
                or _lettered_section(lines, index)
                or (
                    line.norm.lstrip("( \u200c")[:1] in _PAGE_RANGE_FIRST
                    and _PAGE_RANGE.match(line.norm) is not None
                )
                or _event_date_label(lines, index)
                or (index > 0 and kind == "mixed" and _event_date_label(lines, index - 1))
                or _date_with_note(line)
                or _agency_date_line(line)
                or _latin_place_line(lines, index)
                # «سفارش تبلیغ» / «صبا ویژن»: a name under an ad's label is the ad (fix174), unless
                # a blank line parts them and a date line follows it (the post's title, doubted:
                # fix182); a headline's length under a menu's «تبلیغات» is no advertiser's. The
                # label alone on its line is never the title (fix182).
                or (
                    index > 0
                    and line.words <= AD_NAME_WORDS
                    and lines[index - 1].key in _AD_LINKS
                    and not _dated_under_ad_label(lines, index)
                )
                or line.key in _AD_LINKS
                or (index > 1 and _ad_name_twin(lines, index))
                or (index > 0 and _ad_name_doubled(lines, index))
                or line.norm.lstrip(" ")[:1] in _CLAUSE_MARKS
            )
        ):
            candidates.append(index)
    if (
        candidates[:1] == [0]
        and anchor is not None
        and not hints.titles
        and _browser_title_over_name(lines, 0)
    ):
        # «HEADLINE - BLOG» over «BLOG»: the page's <title> printed first, the blog's name
        # again under it; the headline is its first part (the name is cut when resolved).
        return 0, "headline"
    if anchor is not None and _sentence_headline(lines, anchor, outside):
        # «HEADLINE ENDING WITH A PERIOD.» printed twice, nothing headline-shaped above it.
        return anchor, "headline"
    if anchor is not None and _bracketed_headline(lines, anchor, outside):
        # «(( HEADLINE )).» over a lead repeating it (fix237).
        return anchor, "headline"
    if candidates and anchor is not None:
        # «SITE» / «DATE» / «HEADLINE .» / «TEASER ... […]» / «TEASER ... (in full)»: the
        # line over the post's own excerpt is its headline, whatever is printed above it
        # (a site's name, a date line; tests/pages 2612; fix303). The running text starts
        # at the headline, at the excerpt under it or at the full text under that.
        for at in (anchor, anchor - 1, anchor - 2):
            if (
                at >= 0
                and (at == anchor or at in candidates)
                and _over_own_excerpt(lines, at)
                and _stopped_over_lead(lines, at, outside)
            ):
                return at, "headline"
    # Site furniture alone above the running text («دسته‌بندی نشده», a post's category line
    # over its headline: tests/pages 2060; fix198) hides no headline printed apart at the
    # text's top, a blank line over it and under it: the rules for a text with nothing above
    # it are tried first. (A first line run into the paragraph under it, «پخش زنده» /
    # «امروز: -» / SENTENCE / «به گزارش ...», is the lead's opening: tests/pages 773, 788.)
    furnished = (
        bool(candidates)
        and anchor is not None
        and anchor + 1 < len(lines)
        and _set_apart(lines[anchor], spaced)
        and _set_apart(lines[anchor + 1], spaced)
        and all(lines[index].chrome for index in candidates)
    )
    if not candidates or furnished:
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
        if anchor is not None and _framed_over_text(lines, anchor, outside):
            return anchor, "headline"
        if anchor is not None and _question_headline(lines, anchor, outside):
            return anchor, "headline"
        if anchor is not None and _bar_joined_headline(lines, anchor, outside):
            return anchor, "headline"
        if anchor is not None and _exclaimed_over_lead(lines, anchor, outside):
            if _addressed_or_personal(lines[anchor]):
                # «ای ایران ای مرز پر گهر ...!», «امروز بهترین روز زندگی من بود!» over the
                # text restating it: a poem's address or a writer's cry opening a post as
                # often as its headline.
                state.title_doubt = (_ADDRESSED_OR_PERSONAL, None)
            return anchor, "headline"
        if anchor is not None and _exclaimed_over_standfirst(lines, anchor, outside):
            return anchor, "headline"
        if anchor is not None and _stopped_over_lead(lines, anchor, outside):
            return anchor, "headline"
        if anchor is not None and _headline_around_lead(lines, anchor, outside):
            return anchor, "headline"
        if anchor is not None and _quote_pair_over_lead(lines, anchor, outside):
            return anchor, "headline"
        if anchor is not None and _summary_over_headline(lines, anchor, outside):
            state.title_doubt = None
            if _heads_rows(lines, anchor + 1):
                # «PARAGRAPH» / «HEADING» / «... جدول زیر ... نشان می‌دهد:» / «CELL | CELL |»:
                # the line under the opening paragraph heads a table or a list, a section
                # heading inside a body as often as a headline under a summary.
                state.title_doubt = (_ROWS_HEADING_DOUBT, None)
            elif _REPORT_OPENING.match(lines[anchor].norm) is not None:
                # «به گزارش خبرنگار ما، ...» / «بودجه طرح‌های عمرانی» / «بودجه طرح‌های ...»:
                # the paragraph over the line opens as a report's lead, which a page prints
                # under its headline: the line is a crosshead of a text that prints none as
                # often as a headline under a summary cut from the lead.
                state.title_doubt = (_LEAD_OVER_HEADING_DOUBT, None)
            elif lines[anchor + 1].words <= SUMMARY_HEADING_WORDS:
                # «آستری دامن باعث دوام ... می شود.» / «انتخاب پارچه ی آستری» / body: a
                # noun phrase of a section heading's length under the opening sentence heads
                # a section of a body that prints no headline as often as it is the headline
                # under a summary (a sewing lesson, mhoshyar.ir, real72 #05; fix255).
                state.title_doubt = (_SHORT_HEADING_UNDER_SUMMARY, None)
            return anchor + 1, "headline"
        if anchor is not None and _headline_under_dated_lead(lines, anchor, outside):
            return anchor + 1, "headline"
        if anchor is not None and (led := _headline_under_site_lead(lines, anchor, outside)):
            # «PARAGRAPH» / «کد خبر: ...» / DATE / «تابناک / LEAD» / HEADLINE / body: the
            # page opens with a body paragraph over its header, the lead printed before the
            # headline with the site's name and a slash.
            return led, "headline"
        if anchor is not None and (noticed := _headline_under_notice(lines, anchor, outside, slug)):
            # «NOTICE.» / HEADLINE / «چکیده» / body: a site's notice printed over the story.
            if noticed != "slug":
                state.title_doubt = (_NOTICE_DOUBT, None)
            return anchor + 1, "headline"
        if anchor is not None and _stopped_over_question(lines, anchor):
            # «HEADLINE ... شد.» / «آیا ...؟» / DATE / LEAD, the lead not read as retelling
            # the headline (:func:`_question_under_stopped_headline`): no title taken, but
            # the headline dropped is named (fix232).
            state.title_doubt = (_STOPPED_OVER_QUESTION, anchor)
        if not furnished:
            salutation = next(
                (
                    index
                    for index in range(stop)
                    if index not in outside
                    and "محترم" in lines[index].norm
                    and lines[index].info.kind == "text"
                    and _salutation(lines[index])
                ),
                None,
            )
            if salutation is not None:
                # «ریاست محترم دانشکده ...» / the letter: the one line above the text that could
                # head it is refused as a letter's salutation; no title, and said so (fix230).
                state.title_doubt = (_SALUTATION_ONLY, salutation)
            return None, ""
    hinted = {_squash(normalize(text)) for text, _ in hints.titles}
    # «<h1>استانداری فارس</h1>» over «<h3>HEADLINE</h3>» / date / body: the heading that names
    # only an institution is the site's masthead, and says nothing of the headline (fix230).
    state.masthead_titles = _institution_masthead_hints(lines, candidates, hinted)
    hinted -= state.masthead_titles
    post_titled = {_squash(normalize(text)) for text, rule in hints.titles if rule == POST_TITLE}
    if post_titled and (printed := [i for i in candidates if lines[i].key in post_titled]):
        # An HTML page's one post-title heading linking to the page itself (a blog's post
        # under its name's <h1>, :data:`POST_TITLE`) names the line: the post's own title,
        # whatever the verse or text under it scores (fix236).
        return printed[0], "headline (h1)"
    if anchor is None and not hinted and (crumbed := _after_breadcrumb(lines, stop, outside)):
        # A page without running text (a portal's record: fields, no paragraph), its
        # menu and breadcrumb printed one item a line: the headline follows the breadcrumb.
        return crumbed, "headline"
    if anchor is None and not hinted and (crumbed := _after_icon_breadcrumb(lines, stop, outside)):
        # The same with the breadcrumb's home link an icon («/ بخش / زیربخش»).
        return crumbed, "headline"
    if anchor is None and not hinted and slug and not _address(hints.url).listing:
        spelt = [at for at in candidates if _slug_spells(lines[at], slug)]
        if len(spelt) == 1:
            # No running text (a poem, a list of short lines), and the address's slug spells
            # one line whole: the page's headline, under a today banner and a poet's name
            # («• شنبه 10 خرداد 04» / «حسن لطفی» / TITLE, emam8.com: tests/pages 2263; fix248).
            return spelt[0], "headline"
    echo = _title_over_its_poem(lines, candidates, verse) if anchor is None else None
    if echo is not None and not hinted:
        # «TITLE ...» / «TITLE» / the poem, no running text: the post's title is its poem's
        # first verse printed over it (fix248); lines of text above it (a blog's description,
        # an epigraph) may name the page as well: the first of them competes with it.
        above = [at for at in candidates if at < echo and not lines[at].chrome]
        if above:
            state.title_doubt = (_POEM_TITLE_UNDER_TEXT, above[0])
        return echo, "first line"
    if anchor is None and not hinted:
        # No running text to stand on (a short or synthetic text): the first line that
        # is neither chrome nor a kicker is the title, as in a plain walk from the top.
        for index in candidates:
            line = lines[index]
            if (
                not line.chrome
                and line.key not in _AD_LINKS
                and (line.info.kind != "mixed" or _dated_collection(line))  # a date with company
                # «... تهران، البرز، قزوین و…»: a headline whose list ends «and so on» (fix191)
                and (line.text[-1] not in _KICKER_ENDS or and_so_on(line.text, line.words))
                and not _speaker_kicker(lines, index)
                and not _label_value(lines, index)
                and ">>" not in line.text
                and " > " not in line.text  # a breadcrumb
            ):
                if (
                    line.words > HEADLINE_MAX_WORDS and not _long_headline_over_date(lines, index)
                ) or _REPORT_OPENING.match(line.norm):
                    return None, ""  # running text cut into lines by the layout: no headline
                if _invocation(line):
                    state.title_doubt = (
                        "it is an invocation, which opens a text without naming it",
                        None,
                    )
                elif _quote_under_ellipsis(lines, index):
                    # «تعطیلی مدارس تهران، البرز، قزوین و…» / «اداره کل ...:کلاس‌ها ...»: the
                    # line passed over ends with «…» (a short list's «و…» or a cut) over a
                    # speaker's quoted line, the sub-headline of the headline above (fix191).
                    state.title_doubt = (_QUOTE_UNDER_ELLIPSIS, None)
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
                elif any(lines[at].key in _AD_LINKS for at in range(max(0, index - 2), index)):
                    # «سفارش تبلیغ» / «صبا ویژن» / «نیگنان دیارکهن» / «نظر» / the post (a
                    # Parsiblog blog, tests/pages 1932): the first line under a blog's ad box
                    # at the page's top is the blog's name as often as the post's title.
                    state.title_doubt = (_UNDER_AD_BOX, None)
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
                elif (twice := _twice_over_date_under_copies(lines, index)) is not None:
                    # NAME / NAME / NAME / TITLE / TITLE / DATE, no running text: the name
                    # printed again and again (a blog's header, menu, sidebar) over the
                    # post's title printed twice over its date line (fix172).
                    state.title_doubt = (_UNDER_NAME_COPIES, index)
                    return twice, "first line"
                return index, "first line"
        if lines[candidates[0]].words > HEADLINE_MAX_WORDS:
            # Every candidate is chrome or a kicker, and the first is longer than a headline:
            # a whole page's text on one line (``get_text(" ")``), no headline to cut from it.
            return None, ""
        if not lines[candidates[0]].chrome and lines[candidates[0]].text[-1] == ":":
            # «شرایط شرکت در مسابقه:» over its numbered rules and a closing «... تماس
            # بگیرید.»: a lead-in announcing what follows, no headline under it, as over a
            # paragraph (fix251).
            state.title_doubt = (_NO_HEADLINE_UNDER_KICKER, candidates[0])
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
        if not any(lines[i].key in slugs for i in candidates):
            # A slug cut after its first words («افتتاح-سه-طرح-آبرسانی-روستایی» for «افتتاح
            # سه طرح آبرسانی روستایی در شهرستان مریوان»): when it spells no line whole, the
            # one line whose opening it spells is the one it names (over a subtitle the
            # score would prefer for its verb), when it spells half its words or more (a
            # short slug of a long line's first words names no line, fix82).
            slug_words = _address(hints.url).slug_words
            opened = [
                i
                for i in candidates
                if 2 * slug_words >= lines[i].words and _slug_opens(lines[i].norm, slug)
            ]
            if len(opened) == 1:
                slugs.add(lines[opened[0]].key)
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
    # The same copy right over the headline, the site's or section's name glued on in Latin
    # letters («HEADLINE Güney Azərbaycan» over «HEADLINE», xalqcebhesi.az, real56): the
    # headline is printed twice, the longer line is its copy (fix179).
    for index, copy in _latin_tailed_copies_above(lines, candidates, keys).items():
        keys[lines[index].key] += 1
        glued_copies[copy] = lines[index].key
    for original in glued_copies.values():
        if keys.get(original, 0) < 2:
            keys[original] = keys.get(original, 0) + 1
    menu_keys = _menu_item_keys(lines, candidates)
    # The names the page's copyright notices print («© NAME», fix248): the site's name.
    footer_names = copyright_names(lines)
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
    if tag_rival is None and (heading := _title_tag_byline(lines, best[1], hints)) is not None:
        # «<title>NAME</title>» / «NAME» / «<h2>HEADLINE</h2>» / «NAME» / date: the author's
        # name printed above and under the page's one <h2> headline (a static diaspora
        # magazine, ariaye.com: blind82, tests/pages 2224; fix231) is its byline, which the
        # <title> repeats; the heading between the prints is the title.
        hinted = hinted - {lines[best[1]].key}
        best, tied_below = (best[0], heading), None
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
    if (
        index > 0
        and index - 1 in candidate_set
        and key not in hinted
        and key not in slugs
        and _history_page_name(lines[index - 1])
        and all(
            _names_history_subject(lines[at], lines[index - 1])
            for at in candidate_set
            if at < index - 1
        )
    ):
        # «تاریخچه دانشکده سما» / «آشنایی با سازمان سما» / blank / text: the history page's
        # name over its first section's heading (real69 #12); the score put the lower line
        # first as a headline under a kicker.
        index = index - 1
        key = lines[index].key
    whole = _whole_over_broken_copy(lines, index)
    if whole is not None and key not in hinted:
        # HEADLINE / blank / its first words / its last words reworded / body: a print view
        # printing the headline, then again broken into two lines (real64 #05); the line
        # scored best is a piece of the copy, the whole headline above it is the title.
        index, key = whole, lines[whole].key
    if (
        key in slugs
        and key not in hinted
        and (opening := _headline_over_slug_words(lines, scored, index)) is not None
    ):
        # «HEADLINE : ...» over the slug's words printed alone (a blog's focus keyword,
        # «دمنوش سرماخوردگی»): the slug names the phrase, the page prints the headline.
        index = opening
        key = lines[index].key
    logo_doubt: tuple[str, int | None] | None = None
    under_logo = _headline_under_logo_twice(lines, candidates, index, keys, outside)
    if under_logo is not None and key not in hinted and key not in slugs:
        # «مجله برنامه نویسی» / «مجله برنامه نویسی» / HEADLINE / lead: a site's name printed
        # twice (its logo's alt text and its name) over the headline; the copies' score is
        # no title's, and the name is no rival to the headline. A line under the copies
        # too short to be told from a tagline, or ending with «:», is the headline, doubted,
        # the name competing with it (fix106): never the name silently.
        logo, sure = under_logo
        scored = [(value, at) for value, at in scored if at not in (logo - 2, logo - 1)]
        if not sure:
            logo_doubt = state.title_doubt = (_LOGO_OVER_UNSURE, logo - 1)
        index, key = logo, lines[logo].key
    top = _name_twice_on_top(lines, candidates, index, keys, outside)
    if top is not None and key not in hinted and key not in slugs:
        # «سلام، دنیا» / «سلام دنیا» / the chapter's text / «نحوه‌ی کار» / its text: a
        # chapter's name printed twice at the page's top (its title and its heading) names
        # the page; a section's heading printed once lower does not.
        index, key = top, lines[top].key
    thrice = _title_twice_under_name_thrice(lines, candidates, stop, outside)
    if thrice is not None and key == lines[thrice - 1].key and key not in hinted | slugs:
        # «بسکه ماندم ...» three times / «فوری فوری» twice / the post (a BlogSky blog's
        # name, its <title>, its header's name and its description's copy, over the post's
        # title and its copy, tests/pages 1868): the line printed three times is the blog's.
        index, key = thrice, lines[thrice].key
    named_site = _headline_under_copyright_name(lines, candidates, keys, outside, footer_names)
    if named_site is not None and named_site != index and key not in hinted | slugs:
        # «NAME» / «NAME» / MOTTO. / HEADLINE / the post / ... / «© NAME»: the lines the page's
        # copyright notice names are the blog's name (its header printed twice), the line
        # under them and its motto is the post's title (tests/pages 2312; fix248).
        # The lines above it are the header, the lines below the post: none is a rival.
        scored = [(value, at) for value, at in scored if at == named_site]
        index, key = named_site, lines[named_site].key
    echo = _title_over_its_poem(lines, candidates, verse)
    if echo is not None and echo != index and key not in hinted | slugs:
        # «TITLE ...» / «TITLE» / the poem: a post's title is its poem's first verse printed
        # over it, whole or cut with «...» (tests/pages 2254, 2260; fix248).
        index, key = echo, lines[echo].key
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
    if (
        lines[index].norm.startswith(_AGENCY_WORD)
        and key not in hinted
        and key not in slugs
        and not any(at < index for _, at in scored)
        and _agency_over_header(lines, index, stop, outside)
    ):
        # «خبرگزاری علم و فناوری» / «**» / «تاریخ : ... | کد مطلب: 13020» / lead: the agency's
        # name over the item's labelled header, no other line between, none scored above it
        # (an aggregator prints the headline over its source's name): the site's masthead;
        # the page prints no headline (nafee.ir, tests/pages 1893).
        state.title_doubt = (_AGENCY_NO_HEADLINE, index)
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
        if slug and _slug_spells_before_counter(lines[index], slug):
            # «معاونت فرهنگی و اجتماعی اعلام نمود:» at «/معاونت-...-اعلام-نمود-105/»
            # (sru.ac.ir, tests/pages/1532): the post's own title, which WordPress's slug
            # repeats before its counter for a title used again; still shaped like a
            # kicker (and the number after it a counter as likely as an ID), so in doubt.
            state.title_doubt = (_KICKER_SHAPED_SLUG_TITLE, None)
            return index, "headline"
        # A kicker or a label with no headline under it: the page prints no title.
        state.title_doubt = (_NO_HEADLINE_UNDER_KICKER, index)
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
        and _byline_name_words(lines[index]) <= NAME_MAX_WORDS
        and key not in hinted
        and key not in slugs
    ):
        # The best line is a byline («نویسنده ارشد SITE», «نوشته‌ی NAME», «نوشته شده توسط :
        # NAME»: a name's length; a headline opening with «نویسنده» is longer): the page
        # prints no headline above its header (a blog whose title is only in its address).
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
        if (
            above
            and _headline_over_lead(lines, above[-1])
            and not _name_and_tagline(lines[above[-1]])
        ):
            # (a site's name and its tagline over the post, «NAME -مجله خبری و سرگرمی», is
            # no headline: the long line under it is the post's, however long)
            index, key = above[-1], lines[above[-1]].key
            if _content_words(lines[index]) & _content_words(lines[best[1]]):
                # The headline and its lead share a word: the lead is no rival to it.
                scored = [(value, at) for value, at in scored if at != best[1]]
    twice = _twice_over_subheadings(lines, index, stop, keys)
    if twice is not None and key not in hinted and key not in slugs:
        # «29 مهر 1398» / HEADLINE / HEADLINE / three short sub-heading lines / the text: the
        # headline printed twice in a row over the article's table of contents; the contents'
        # last line scores best only for standing right over the text (fix174).
        index, key = twice, lines[twice].key
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
    asked = _title_over_question_sections(lines, index, candidates)
    if asked is not None and key not in hinted and key not in slugs:
        # «نحوه تولید پنبه ...» / «پنبه چگونه کشت می شود؟» / answer / another question /
        # answer: the question is the post's first section heading, the title the line above,
        # still uncertain (real79 #17).
        state.title_doubt = (_QUESTION_SECTIONS, index)
        return asked, "headline"
    poster = _thread_title_over_poster(lines, index, candidates)
    if poster is not None and key not in hinted and key not in slugs:
        # «معرفی خرما» / «hobab2007» / «اخراجی موقت» / the post: a forum thread's title over
        # its first post's author block (the user name, the user's rank): the rank right
        # over the post is no headline; the title is the thread's, uncertain (real79 #09).
        state.title_doubt = (_POSTER_RANK, index)
        return poster, "headline"
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
            or _cut_name_over_tagline(lines, index)
            or _short_line_over_the_date(lines, index, stop)
            or _latin_over_persian(lines, index, stop)
            or _capital_section_heading(lines, index)
            or _name_over_a_quote(lines, index)
            or _over_imprint(lines, index)
            or _name_after_verb(lines[index])
            or (None if key in hinted else _stopped_unrestated(lines, index, stop, scored))
            or _sentence_over_question(lines, index, stop, outside)
            or _retold_as_the_dated_headline(lines, index)
            or logo_doubt
        )
        if tag_rival is not None and index == tag_rival[1]:
            state.title_doubt = (_TITLE_TAG_ONLY, tag_rival[2])
        if state.title_doubt is None and repeated is not None and index == best[1]:
            # The first line, named by <title> alone, is printed again under the running
            # text (a blog's name over its post and in its sidebar) and another line is
            # scored: the name may be the blog's, the headline under it. Kept, doubted.
            state.title_doubt = (_TITLE_TAG_REPEATED, repeated)
        if (
            state.title_doubt is None
            and tied_below is not None
            and index == best[1]
            and not _colon_part_of(lines[tied_below], lines[index])
        ):
            # The same score as a line under it, taken for its words shared with the lead
            # (the headline's part before its colon printed again under the byline is no
            # rival: «FIRST: REST» / byline / «FIRST», fix174).
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
        if (
            doubt is not None
            and doubt[0] == _CLOSER_ABOVE[0]
            and doubt[1] is not None
            and key not in hinted
            and key not in slugs
            and _statement_over_short_line(lines, doubt[1], index, scored, stop)
        ):
            # «LONG HEADLINE ENDING WITH ITS VERB» / «a short line» / DATE / the lead: the line
            # above states the story the lead tells, at twice the chosen line's length or
            # more, and the lead does not tell the short line again; no kicker is that long
            # over its headline, so the line above is the title, with no doubt (fix161).
            state.title_doubt = None
            return doubt[1], rule
        if (
            doubt is not None
            and doubt[0] in _GIVES_WAY
            and doubt[1] is not None
            # (a line that is never a title does not take the place: «[center]HEADING»)
            and not _never_title(lines[doubt[1]])
        ):
            # The line above names the story the lead tells, or the chosen line names its
            # publisher: the line above is the title, still uncertain, and the line chosen
            # by score competes with it.
            state.title_doubt = (_GIVES_WAY[doubt[0]], index)
            upper = doubt[1]
            if (
                doubt[0] in _CLOSER_ABOVE
                and key not in hinted
                and key not in slugs
                and _lead_retells_statement_only(lines, upper, index, stop)
            ):
                # «HEADLINE ENDING WITH ITS VERB» / «SUBTITLE» (once or twice) / DATE / the
                # lead retelling the headline and not the subtitle: a headline over its
                # subtitle, no kicker (fix205).
                state.title_doubt = None
            if doubt[0] == _VERSE_UNDER and (first := _stopless_print(lines, upper)) is not None:
                # HEADLINE / a verse / basmala / «HEADLINE .» / the verse again / body: the
                # line over the verse is the headline printed again with a spaced stop, as
                # the text's first sentence; its first print, without the stop, is the title,
                # printed twice (fix181).
                state.title_doubt = None
                return first, rule
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
    if (
        key not in hinted
        and key not in slugs
        and index - 1 in candidates
        and _summary_under_headline(lines, index - 1, index, stop)
    ):
        # «NAME» / HEADLINE / «SUMMARY» glued over «کد خبر : ...» / «تاریخ انتشار : ...»: the
        # line over the header's labels opens as the headline set apart above it and tells
        # the same story at more length, a summary printed under its headline, never a
        # headline under a kicker (tests/pages 1942, 1943).
        return index - 1, rule
    if (
        key not in hinted
        and key not in slugs
        and (upper := _headline_over_fields_over_cut_summary(lines, index, candidates)) is not None
    ):
        # «HEADLINE» / «کد: 214» / «تاریخ انتشار: ...» / «SUMMARY ... و ...» / the text: the
        # line under the header's fields is the item's summary cut with «...», never its
        # headline; the headline is the line over the fields (loss.meedc.ir, tests/pages
        # 2610; fix303).
        return upper, rule
    if (
        key not in hinted
        and key not in slugs
        and index + 1 < len(lines)
        and lines[index].words <= FIELD_VALUE_WORDS
        and _LABELLED_FIELD.match(lines[index].norm) is not None
        and (upper := _headline_over_fields_over_cut_summary(lines, index + 1, candidates))
        is not None
    ):
        # The same when the line taken is the last field itself, right over the cut summary
        # («منبع خبر: ...»; mut56 (g), fix314): a rival named in doubt, the summary or the
        # field, is no headline either.
        if state.title_doubt is not None and state.title_doubt[1] in (index, index + 1):
            state.title_doubt = None
        return upper, rule
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
            if _verbless_over_verb(lines, earlier, index):
                # «بررسی بودجه ... در نشست شورای شهر» right over «شورای شهر بودجه ... را
                # بررسی کرد»: a kicker restating the headline under it as often as the
                # headline over a reworded heading; the line stating the event is kept,
                # uncertain, and the upper one competes with it.
                if state.title_doubt is None:
                    state.title_doubt = (_KICKER_OR_FIRST_PRINT, earlier)
                return index, rule
            return earlier, rule
        if (
            line.info.kind == "text"
            and line.words > 3
            and not _kicker_between(lines, earlier, index)
        ):
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
    if key not in hinted and key not in slugs and _wrapped_sentence_piece(lines, index, outside):
        # «دانشکده» / «WORDS ... طی» / «WORDS ... کرد.»: a paragraph broken into lines at a
        # fixed width (a page's text copied with its line breaks); the line left standing is a
        # piece of its first sentence, and the page prints no headline (real63 #05). (Asked
        # last: a print of the headline found above it is the title, not this line.)
        state.title_doubt = (_WRAPPED_SENTENCE_PIECE, index)
        return None, ""
    if key not in hinted and key not in slugs and _sentence_over_and_clause(lines, index, outside):
        # «THIS DRAFT, AFTER THE LIBRARIANS' COMMENTS» / «و ... IS NOT YET IN FORCE.»: an
        # editor's note broken over two lines, no headline (real75 #08, fix267).
        state.title_doubt = (_SENTENCE_OVER_AND_CLAUSE, index)
        return None, ""
    if key not in hinted and key not in slugs and _occasion_kicker_over_lead(lines, index):
        state.title_doubt = (_OCCASION_KICKER, index)
        return None, ""
    if key not in hinted and _bulleted_tagline(lines[index]):
        state.title_doubt = (_BULLETED_TAGLINE, index)
        return None, ""
    return index, rule


# The occasion kickers' openings, normalised, each with the space after it (fix219).
_OCCASION_KICKER_OPENINGS = tuple(
    normalize(opening) + " " for opening in vocab.OCCASION_KICKER_OPENINGS
)


def _occasion_kicker_over_lead(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a kicker naming the occasion, alone between the header
    and the lead: a line of 3 to :data:`CONTEXT_KICKER_WORDS` words opening with
    :data:`vocab.OCCASION_KICKER_OPENINGS` («همزمان با هفته میراث فرهنگی», «به مناسبت روز
    معلم»), no verb and no mark at its end, right under a date or label line and right over
    a paragraph. A news site printing its kicker and lead with no headline (the headline only
    in the address's slug, tests/pages 2170): the kicker says when, never what; no title."""
    if not 0 < index < len(lines) - 1:
        return False
    line = lines[index]
    if (
        line.info.kind != "text"
        or line.paragraph
        or not 3 <= line.words <= CONTEXT_KICKER_WORDS
        or line.text.rstrip()[-1] in (*_SENTENCE_ENDS, *_KICKER_ENDS)
        or not line.norm.replace("\u200c", " ").startswith(_OCCASION_KICKER_OPENINGS)
        or _verb_end(line) != ""
    ):
        return False
    return lines[index - 1].info.kind in _HEADER_KINDS and lines[index + 1].paragraph


# The bullets a blog's header joins its tagline's phrases with: «●», «★», «•» (fix219).
_TAGLINE_BULLETS = regex.compile(r"[\u25cf\u2605\u2022]+")
# The fewest phrases a bulleted tagline joins (two are a headline's two parts, or a name
# and its place).
TAGLINE_PHRASES = 3


def _bulleted_tagline(line: _Line) -> bool:
    """Whether ``line`` is a blog's tagline: :data:`TAGLINE_PHRASES` phrases or more, each
    holding a letter, joined by bullets («دال مثل دزفول●دال مثل ...●...», a Loxblog header,
    tests/pages 2174). Bullets only around a name («★☆★NAME★☆★») join no phrases."""
    if _TAGLINE_BULLETS.search(line.text) is None:
        return False
    phrases = [part for part in _TAGLINE_BULLETS.split(line.text) if part.strip()]
    return len(phrases) >= TAGLINE_PHRASES and all(has_letter(part) for part in phrases)


_BULLETED_TAGLINE = (
    "the line joins three phrases or more with bullets («●», «★», «•»): a blog's tagline, "
    "not the post's headline"
)


_OCCASION_KICKER = (
    "the line is a kicker naming the occasion («همزمان با ...», «به مناسبت ...») right "
    "between the date and the lead, and the page prints no headline"
)
# The whole headline stands at most this many lines over its broken copy's first piece, and
# that piece has this many words at least.
BROKEN_COPY_REACH = 2
BROKEN_COPY_MIN_WORDS = 4


def _headline_over_broken_copy(lines: Sequence[_Line], upper: int, index: int) -> bool:
    """Whether ``lines[upper]`` is a headline printed again below as two lines, of which
    ``lines[index]`` is the first: ``lines[index]`` is its first words (at least
    :data:`BROKEN_COPY_MIN_WORDS`), the headline goes on with words of its own (no mark
    parting a site's name: «HEADLINE - SITE» is a browser title), and the line right under
    ``lines[index]``, no blank between, ends with the headline's last word (the copy's end,
    reworded: «... مرکز شهرستان در تاسوعای حسینی» over «... مرکز شهرستان» / «در صبح امروز
    تاسوعای حسینی», real64 #05). Neither line is a paragraph. The headline's two halves
    exactly are a title field's two lines, left to fix70's rules."""
    line, head = lines[index], lines[upper]
    below = index + 1
    if (
        line.words < BROKEN_COPY_MIN_WORDS
        or head.words <= line.words
        or head.paragraph
        or line.paragraph
        or head.info.kind != "text"
        or below >= len(lines)
        or lines[below].blank_before
        or lines[below].paragraph
        or lines[below].info.kind != "text"
    ):
        return False
    words, whole, rest = line.norm.split(), head.norm.split(), lines[below].norm.split()
    if whole[: len(words)] != words or not rest or words + rest == whole:
        # (the copy the headline's two halves exactly: a title field's two lines, which the
        # rules for a headline over its halves read, fix70)
        return False
    extra = whole[len(words) :]
    return (
        extra[0][:1].isalpha()
        and rest[-1] == whole[-1]
        and not any(word in _BROWSER_TITLE_MARKS for word in extra)
    )


def _whole_over_broken_copy(lines: Sequence[_Line], index: int) -> int | None:
    """The headline over a copy of it broken into two lines when ``lines[index]`` is either
    piece of that copy (:func:`_headline_over_broken_copy`), else None."""
    for first in (index, index - 1):
        if first < 1 or (first != index and lines[index].paragraph):
            continue
        for upper in range(first - 1, max(-1, first - BROKEN_COPY_REACH - 1), -1):
            if _headline_over_broken_copy(lines, upper, first):
                return upper
    return None


# Marks parting a browser title's headline from its site's name («HEADLINE - SITE»).
_BROWSER_TITLE_MARKS = frozenset({"-", "–", "—", "|", "::", "»", "«"})


_WRAPPED_SENTENCE_PIECE = (
    "the line ends on a preposition or a conjunction and the line right under it goes on "
    "to end the sentence: a piece of a paragraph broken into lines, not a headline"
)


def _wrapped_sentence_piece(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]`` is a piece of a sentence broken over lines: it ends on a
    word after which a sentence goes on (:data:`_OPEN_ENDS`: «... همزمان با روز کار و کارگر
    طی»), and the line right under it, no blank line between, goes on and ends a sentence
    («مراسمی از ... تقدیر و تشکر کرد.»). No headline ends on such a word; a headline set over
    two lines is another shape (:func:`_continued_below`: a short second line, and the pair
    printed again). Blocks parted by blank lines are another page's shape (a short headline
    over wrapped blocks, fix151, found after the choice)."""
    line = lines[index]
    below = index + 1
    if below >= len(lines) or below in outside or line.text[-1] in _SENTENCE_ENDS:
        return False
    nxt = lines[below]
    return (
        line.norm.split()[-1] in _OPEN_ENDS
        and not nxt.blank_before
        and nxt.words > CONTINUED_MAX_WORDS
        and nxt.text[-1] in _SENTENCE_ENDS
    )


_SENTENCE_OVER_AND_CLAUSE = (
    "the line ends with no mark and the line under it goes on with «و» (and) to end the "
    "sentence: one sentence broken over two lines, not a headline"
)


def _sentence_over_and_clause(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]`` (three words or more, no mark at its end) is the first part of
    a sentence whose rest is the next line, a blank line between them or none: that line
    opens with «و» (and) as its own word, runs on past :data:`CONTINUED_MAX_WORDS` words and
    ends the sentence with its full stop («این ویراست پس از ... کتابداران» / «و تایید نهایی
    ... فعلا قابل استناد نیست.», an editor's note over a regulation: wikilib.blog.ir, real75
    #08; fix267). A lead never opens with «و»; a headline set over two lines has a short
    second line with no full stop (:func:`_continued_below`). Looks at one line below."""
    line = lines[index]
    below = index + 1
    if below >= len(lines) or below in outside or line.words < 3:
        return False
    if line.text[-1] in _SENTENCE_ENDS or line.text[-1] in ":،؛,;":
        return False
    nxt = lines[below]
    return (
        nxt.info.kind == "text"
        and _AND_OPENING.match(nxt.norm) is not None
        and nxt.words > CONTINUED_MAX_WORDS
        and nxt.text[-1] in ".!؟?"
    )


def _byline_name_words(line: _Line) -> int:
    """The words of a byline's name: after its label's colon when the line has one
    («نوشته شده توسط : جعفری», a blogfa post's byline over a post with no title, real63 #14:
    one word), else the whole line's (a label without a colon runs into the name)."""
    colon = line.text.find(":")
    if colon < 0:
        return line.words
    return len(line.text[colon + 1 :].split())


# The sub-heading lines (a table of contents) between a headline printed twice and the text:
# at least this many, at most SUBHEADINGS_MAX, each of SUBHEADING_MAX_WORDS words at most.
# A guide's contents run to six to eight lines (attacks60's shop magazine, six; fix174 had
# five, tests/pages 1922's three); eight keeps the search short (fix180).
SUBHEADINGS_MIN = 2
SUBHEADINGS_MAX = 8
SUBHEADING_MAX_WORDS = 8


def _subheading_line(line: _Line) -> bool:
    """A short heading-shaped line: text, no paragraph, no kicker's or sentence's end, no
    chrome nor byline, 2 to SUBHEADING_MAX_WORDS words («پیشینه ثبت املاک در ایران»)."""
    return (
        line.info.kind == "text"
        and not line.paragraph
        and 2 <= line.words <= SUBHEADING_MAX_WORDS
        and line.text[-1] not in (*_KICKER_ENDS, ".")
        and not line.chrome
        and not line.byline
    )


def _twice_over_subheadings(
    lines: Sequence[_Line], index: int, stop: int, keys: dict[str, int]
) -> int | None:
    """The first copy of a headline printed twice in a row (its two copies the only ones)
    over SUBHEADINGS_MIN to SUBHEADINGS_MAX short sub-heading lines, among which is
    ``lines[index]`` (the contents' last line, or one above it that scores higher: fix186),
    right over the running text at ``stop``, whose first paragraph shares a word with the
    headline («وکیل دعاوی ملکی» twice / «دعاوی ملکی چیست» / «پیشینه ثبت
    املاک در ایران» / «چرا ثبت رسمی ملک اهمیت دارد» / «دعاوی ملکی به ...», a lawyer's
    WordPress site, tests/pages 1922); None otherwise. A name (an institution's, a site's
    logo) printed twice over a menu's short lines is none: no headline of the text."""
    if (
        not index < stop < len(lines)
        or stop - index > SUBHEADINGS_MAX
        or not all(_subheading_line(lines[at]) for at in range(index, stop))
    ):
        return None
    last = stop - 1  # the contents' last line, right over the text
    for twin in range(last - 2, max(-1, last - 2 - SUBHEADINGS_MAX), -1):
        line = lines[twin]
        if line.key != lines[twin + 1].key:
            if not _subheading_line(lines[twin + 1]):
                return None
            continue
        if (
            last - twin - 1 < SUBHEADINGS_MIN
            or keys.get(line.key, 0) != 2
            or line.info.kind != "text"
            or not 3 <= line.words <= HEADLINE_MAX_WORDS
            or line.paragraph
            or line.chrome
            or line.byline
            or line.text[-1] in (*_KICKER_ENDS, ".")
            or _institution(line)
            or _logo_named(line)
            or not _content_words(line) & _content_words(lines[stop])
        ):
            return None
        return twin
    return None


def _colon_part_of(part: _Line, whole: _Line) -> bool:
    """Whether ``part`` is ``whole``'s opening before its colon («حق تألیف پایان‌نامه» of
    «حق تألیف پایان‌نامه: دانشجو، استاد راهنما و ...»), as a page prints a two-part
    headline's first part again alone."""
    head, colon, _ = whole.norm.partition(":")
    return bool(colon) and _squash(head) == part.key


# The fewest words of a headline over its summary (a kicker over a headline is shorter).
SUMMARY_HEAD_MIN_WORDS = 7
# The fewest words a summary adds to the headline over it.
SUMMARY_MORE_WORDS = 3
# The fewest content words a summary shares with the headline over it.
SUMMARY_HEADLINE_SHARED_WORDS = 4


def _summary_under_headline(lines: Sequence[_Line], upper: int, index: int, stop: int) -> bool:
    """Whether ``lines[index]``, right over the header's labels or date or over the running
    text (``stop``: an extractor drops the header), is a summary of the headline
    ``lines[upper]`` right above it (blank lines as printed or not: a page's visible text
    prints none): both headline-shaped, the lower opening with the upper's first word,
    longer by :data:`SUMMARY_MORE_WORDS` words or more and holding
    :data:`SUMMARY_HEADLINE_SHARED_WORDS` of its content words or more. A kicker over a headline is
    shorter than :data:`SUMMARY_HEAD_MIN_WORDS` or ends with a colon."""
    if index + 1 >= len(lines):
        return False
    head, line, below = lines[upper], lines[index], lines[index + 1]
    if (
        (below.info.kind not in ("labels", "date") and index + 1 != stop)
        or line.info.kind != "text"
        or head.info.kind != "text"
        or head.chrome
        or head.byline
        or line.byline
        or not SUMMARY_HEAD_MIN_WORDS <= head.words <= HEADLINE_MAX_WORDS
        or line.words < head.words + SUMMARY_MORE_WORDS
        or head.text[-1] in _KICKER_ENDS
        or head.text[-1] in ".!؟?"
        or line.text[-1] in _KICKER_ENDS
    ):
        return False
    # (the first word of letters: a table row's «|» or a bullet opens no word)
    first = next((word for word in head.norm.split() if word.isalpha()), None)
    if first is None or next((word for word in line.norm.split() if word.isalpha()), None) != first:
        return False
    return len(_bare_words(head) & _bare_words(line)) >= SUMMARY_HEADLINE_SHARED_WORDS


_AUTHOR_OVER_TEXT = "the line is a person's name alone over a text that never names them (a byline)"


# A weather widget's heading alone, its figures (filled in by a script) lost: «وضعیت آب و
# هوای همدان», «آب و هوای تهران», «پیش بینی هواشناسی»: the word for the weather, a place of
# two words at most after it, nothing else (nafee.ir's top bar, tests/pages 1893).
_WEATHER_HEADING = regex.compile(
    r"^[\x20]*(?:(?:وضعیت|پیش[\x20\u200c]*بینی)[\x20\u200c]+)?"
    r"(?:آب[\x20\u200c]*و[\x20\u200c]*هوای?|هواشناسی)"
    r"(?:[\x20\u200c]+[\p{L}\p{M}][\p{L}\p{M}\u200c]*){0,2}[\x20]*$"
)
# The weather's words in a text (a weather report's lead: its air, rain, snow, degrees).
_WEATHER_WORDS = regex.compile(
    r"هوا|باران|بارش|برف|دما|درجه|طوفان|گرد[\x20\u200c]*و[\x20\u200c]*غبار"
)
# The paragraphs of the running text read for the weather's words.
WEATHER_TEXT_LINES = 3


def _weather_heading(lines: Sequence[_Line], index: int, anchor: int) -> bool:
    """Whether ``lines[index]`` is a weather widget's heading (:data:`_WEATHER_HEADING`) over
    a text that tells of no weather (none of :data:`_WEATHER_WORDS` in its first
    :data:`WEATHER_TEXT_LINES` lines): the site's widget, not the headline. A weather
    report's own headline («وضعیت آب و هوای تهران») stands over a lead about the weather."""
    if _WEATHER_HEADING.match(lines[index].norm) is None:
        return False
    return not any(
        _WEATHER_WORDS.search(line.norm) for line in lines[anchor : anchor + WEATHER_TEXT_LINES]
    )


def _kicker_between(lines: Sequence[_Line], at: int, index: int) -> bool:
    """Whether ``lines[at]``, right above the chosen headline ``lines[index]``, is its
    kicker (a headline-length line ending without a verb or a sentence's mark: «با همکاری
    ...، همزمان با روز جهانی موزه») with a headline-shaped line above it that prints the
    chosen one again in more words (the page's headline over the article block's kicker and
    short heading: malekmuseum.org's extracted text, tests/pages 1575). The line above is
    then looked at as another print of the headline, past the kicker."""
    if at != index - 1 or at == 0:
        return False
    kicker, upper = lines[at], lines[at - 1]
    return (
        not kicker.paragraph
        and kicker.words <= HEADLINE_MAX_WORDS
        and kicker.text.rstrip()[-1] not in ".!?؟:"
        and _verb_end(kicker) == ""
        and not upper.paragraph
        and upper.words > lines[index].words
        and _bare_words(lines[index]) <= _bare_words(upper)
    )


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
    staff = _STAFF_LINE.match(line.norm) if ":" in line.norm else None
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


def _title_tag_byline(lines: Sequence[_Line], best: int, hints: Hints) -> int | None:
    """The index of the page's <h2> headline when the best line ``best`` is named by the
    page's <title> only (none of its stronger machine sources) and printed right above the
    headline and again right under it, ``best`` one of the two prints: an author's name
    around the headline, its byline; else None. Only an HTML page whose headline is an
    <h2> (``hints.h2_texts``: no <h1>); with more than one such heading (a subheading further
    down, mut47 (c), fix238) only when the name is printed nowhere else on the page (a list
    of one author's posts prints it by each)."""
    if not hints.h2_texts:
        return None
    key = lines[best].key
    tag = {_squash(normalize(text)) for text, rule in hints.titles if rule == "title tag"}
    other = {_squash(normalize(text)) for text, rule in hints.titles if rule != "title tag"}
    if key not in tag or key in other:
        return None
    headings = {_squash(normalize(text)) for text in hints.h2_texts}
    if len(headings) > 1 and sum(line.key == key for line in lines) != BYLINE_AROUND_PRINTS:
        return None
    for at in (best - 1, best + 1):
        if (
            1 <= at < len(lines) - 1
            and lines[at].key in headings
            and lines[at - 1].key == key
            and lines[at + 1].key == key
        ):
            return at
    return None


# The prints of an author's name around its <h2> headline (:func:`_title_tag_byline`).
BYLINE_AROUND_PRINTS = 2


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
_AGENCY_NO_HEADLINE = (
    "the line is a news agency's name alone (the site's) over the item's labelled header, "
    "and no headline is printed"
)
# A news agency's name opens with this word («خبرگزاری علم و فناوری»).
_AGENCY_WORD = "خبرگزاری"


def _agency_over_header(lines: Sequence[_Line], best: int, stop: int, outside: set[int]) -> bool:
    """Whether ``lines[best]`` is a news agency's name alone (:data:`_AGENCY_WORD`, then
    :func:`_institution`'s shape) with only the item's header between it and the running
    text at ``stop``: a labelled line (a date, a code), nothing but page chrome (a control,
    a line set aside) beside it. A headline stands between an agency's masthead and its
    header; an aggregator's page prints the source agency's name under the headline, which
    is then scored over it. A desk's name alone between (:data:`_SECTION_HEAD`, «گروه علمی»,
    «سرویس آموزش») is the masthead's too (mutant 24 of the thirty-seventh round)."""
    line = lines[best]
    if not _institution(line):
        return False
    labelled = False
    for index in range(best + 1, stop):
        kind = lines[index].info.kind
        if kind in ("labels", "date"):
            labelled = True
        elif (
            index not in outside
            and kind != "control"
            and (labelled or _SECTION_HEAD.fullmatch(lines[index].norm.strip()) is None)
        ):
            return False
    return labelled


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


# The labels of an article's icons, longest first (one may end with another: «... PDF»).
_ICON_LABELS = tuple(
    sorted((normalize(word).lower() for word in vocab.ARTICLE_ICON_LABELS), key=len, reverse=True)
)
# A run of this many icon labels at least ends a headline's line (one word such as «چاپ»
# may end a headline of its own); the headline keeps this many words at least.
ICON_RUN = 2
ICON_HEAD_WORDS = 2


def _icon_labels_end(line: _Line) -> int | None:
    """Where a headline ends when the labels of its article's icons are run into its line
    after it («HEADLINE مشاهده در قالب PDF چاپ فرستادن به ایمیل», Joomla's PDF, print and
    e-mail icons): :data:`ICON_RUN` labels or more end the line, and
    :data:`ICON_HEAD_WORDS` words or more stand before them. None otherwise."""
    norm = line.norm.rstrip()
    lowered = norm.lower()
    end, found = len(norm), 0
    while True:
        head = lowered[:end].rstrip()
        label = next(
            (
                word
                for word in _ICON_LABELS
                if head.endswith(word)
                and (len(head) == len(word) or not head[-len(word) - 1].isalnum())
            ),
            None,
        )
        if label is None:
            break
        end, found = len(head) - len(label), found + 1
    head = norm[:end].rstrip()
    if found < ICON_RUN or len(head.split()) < ICON_HEAD_WORDS:
        return None
    return line.start + len(head)


# A section's name a template prints after the headline on the headline's line (a subject
# adjective, as a news site's menu names its services).
_TAIL_SECTIONS = frozenset(
    normalize(word)
    for word in (
        "سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "هنری", "ورزشی", "علمی", "حوادث",
        "استانی", "بین‌الملل", "بینالملل", "فناوری", "سلامت", "ورزش", "اقتصاد", "سیاست",
    )
)  # fmt: skip
# The headline's words before such a name, at least.
SECTION_TAIL_HEAD_WORDS = 4
_ARABIC_YEH_KAF = frozenset("\u064a\u0643")  # «ي», «ك»
_PERSIAN_YEH_KAF = frozenset("\u06cc\u06a9")  # «ی», «ک»


def _section_tail_end(line: _Line, slug: str | None) -> int | None:
    """Where a headline ends when its line ends with a section's name the page's template
    prints after it («... کردستان آغاز شد اقتصادي», kurd-online.ir, real47 #4): the offset
    in the text of the headline's end, or None. The word is cut only where the page's shape
    says it is a label: the address's slug spells the headline without it, or (without a
    slug) the word is spelled with Arabic yeh or kaf where the headline spells both letters
    the Persian way (the template's spelling, not the writer's). A slug spelling the word
    too keeps it (a headline ending «... ورزشی»)."""
    text = line.text.rstrip()
    head, space, tail = text.rpartition(" ")
    head = head.rstrip()
    if not space or normalize(tail) not in _TAIL_SECTIONS:
        return None
    if len(head.split()) < SECTION_TAIL_HEAD_WORDS or head[-1] in ".:؛،!؟?»":
        return None
    if slug is not None:
        spelled = _NOT_LETTERS.sub("", normalize(slug))
        if spelled == _NOT_LETTERS.sub("", normalize(head)):
            return line.start + len(head)
        if spelled == _NOT_LETTERS.sub("", normalize(text)):
            return None
    if _ARABIC_YEH_KAF.isdisjoint(tail) or not _ARABIC_YEH_KAF.isdisjoint(head):
        return None
    if _PERSIAN_YEH_KAF.isdisjoint(head):
        return None
    return line.start + len(head)


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
_QUOTE_UNDER_ELLIPSIS = (
    "it is a speaker's quoted line («NAME: ...») under a headline-shaped line ending with «…», "
    "the sub-headline of that headline as often"
)
# A speaker's quoted line: a name of one to six words, a colon (glued or spaced), three words
# or more of the quote.
_QUOTED_SPEAKER_LINE = regex.compile(
    r"^[\x20\u200c]*[\p{L}\p{M}\u200c]+(?:[\x20][\p{L}\p{M}\u200c]+){0,5}[\x20]*:[\x20]*"
    r"[\p{L}\p{M}\u200c]+(?:[\x20]+\S+){2,}"
)


def _quote_under_ellipsis(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a speaker's quoted line (:data:`_QUOTED_SPEAKER_LINE`)
    right under a text line of 3 to :data:`HEADLINE_MAX_WORDS` words ending with «…» or
    «...»: the first-line walk passed over that line as cut or a kicker, and the quote under
    it is its sub-headline as often as the page's headline (attacks62, fix191)."""
    if index == 0 or _QUOTED_SPEAKER_LINE.match(lines[index].text) is None:
        return False
    above = lines[index - 1]
    return (
        above.info.kind == "text"
        and not above.paragraph
        and 3 <= above.words <= HEADLINE_MAX_WORDS
        and above.text.rstrip().endswith(("…", "..."))
    )


# An advertiser's name under an ad's label has at most this many words.
AD_NAME_WORDS = 3


def _dated_under_ad_label(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]``, a short line under an ad's label («تبلیغات» / blank / «آسیاب
    روستا» / «۲۰ آذر ۱۴۰۲» / the post), stands a blank line below the label with a date line
    right under it: the post's title under a site's ad link (fix182), not an advertiser's
    name in the label's box (no blank line between, fix174)."""
    return (
        lines[index].blank_before
        and index + 1 < len(lines)
        and not lines[index + 1].blank_before
        and _dated_line(lines[index + 1])
    )


def _ad_name_twin(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]``, a short line, prints again the line right over it, a name
    right under an ad's label and refused as the ad's (no blank line between, fix174), no
    blank line between them and no date line under it: «تبلیغات» / «آوای سردرود» / «آوای
    سردرود» / blank / the post (a Mihanblog blog's name in its header and again in its
    template, the post printing no title of its own: tests/pages 2535; fix294). The twin of
    a refused name is the same name, no title either."""
    line, above = lines[index], lines[index - 1]
    return (
        (
            line.words <= AD_NAME_WORDS
            or (line.words <= AD_TWIN_NAME_WORDS and not _ends_with_verb(line))
        )
        and not line.blank_before
        and above.key == line.key
        and not above.blank_before
        and lines[index - 2].key in _AD_LINKS
        and not (index + 1 < len(lines) and _dated_line(lines[index + 1]))
    )


# A name printed twice right under an ad's label has at most this many words: the twin is
# the sign a name of more than :data:`AD_NAME_WORDS` words is the blog's, not a headline
# («تبلیغات» / «وبلاگ آوای شهر قاین» twice; attacks83, fix310).
AD_TWIN_NAME_WORDS = 5


def _ad_name_doubled(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]``, a line of :data:`AD_NAME_WORDS` + 1 to
    :data:`AD_TWIN_NAME_WORDS` words right under an ad's label (no blank line between), is
    printed again on the line right under it (no blank line between) with no date line under
    that twin, ending with no finite verb (a headline printed twice says what happened): the
    first print of the name :func:`_ad_name_twin` refuses the second of (fix310). A shorter
    name under the label is refused already (fix174)."""
    line = lines[index]
    after = index + 1
    return (
        AD_NAME_WORDS < line.words <= AD_TWIN_NAME_WORDS
        and not line.blank_before
        and lines[index - 1].key in _AD_LINKS
        and after < len(lines)
        and lines[after].key == line.key
        and not lines[after].blank_before
        and not (after + 1 < len(lines) and _dated_line(lines[after + 1]))
        and not _ends_with_verb(line)
    )


_UNDER_AD_LINK = "it stands under the site's ad link (an advertiser's name as often)"
_UNDER_AD_BOX = "it stands under the site's ad box at the page's top (the site's name as often)"
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
# The words of a question's phrase besides its last word, never a word the title names:
# «دفتر اسناد رسمی یعنی چه؟» asks what «دفتر اسناد رسمی» means (big-news.ir, real55 #16).
_QUESTION_WORDS = frozenset({"یعنی", "چیست", "کیست", "چگونه", "چطور", "چرا", "کدام", "آیا"})


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
    wanted = {
        word
        for word in asked
        if len(word) >= 3 and word not in _FUNCTION_WORDS and word not in _QUESTION_WORDS
    }
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


_QUESTION_SECTIONS = (
    "the question under it is the first of the post's question headings (its first section)"
)
_POSTER_RANK = "it is a forum thread's title over its poster's name and rank (the rank is taken)"
# A forum user name alone on its line: one Latin word of letters, digits, «_», «.» or «-»,
# with a digit or «_» in it (no site's name or menu word: «hobab2007», real79 #09).
_USER_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{0,30}[0-9_][A-Za-z0-9_.\-]*")
# A user's rank under the name has at most this many words («اخراجی موقت», «کاربر فعال»,
# «Well-known member»).
POSTER_RANK_WORDS = 3
# A poster's count under the rank in the author block: a label of at most POSTER_RANK_WORDS
# words, a colon and a number alone («ارسال ها: 52», «Messages: 1,204», the poster's posts).
_POSTER_COUNT = regex.compile(
    rf"[\p{{L}}\p{{M}}\u200c]+(?:\x20[\p{{L}}\p{{M}}\u200c]+){{0,{POSTER_RANK_WORDS - 1}}}"
    r"\x20?:\x20?[0-9][0-9,]*"
)


def _thread_title_over_poster(
    lines: Sequence[_Line], index: int, candidates: Sequence[int]
) -> int | None:
    """The thread's title over the chosen line when that line is a poster's rank under the
    poster's user name: TITLE / «hobab2007» / «اخراجی موقت» / the post (XenForo's thread
    page as text, real79 #09). The chosen line has at most :data:`POSTER_RANK_WORDS` words,
    no sentence's mark, and a paragraph right under it; the line above it is a user name
    alone (:data:`_USER_HANDLE`: a digit or «_» in it); the line above the name a
    headline-shaped text line. The chosen line may be the poster's count under the rank
    instead, a short label, a colon and a number («ارسال ها: 52», the poster's posts;
    :data:`_POSTER_COUNT`), the paragraph right under it (mut54 (a); fix302). None
    otherwise."""
    if index + 1 >= len(lines) or not lines[index + 1].paragraph:
        return None
    if _POSTER_COUNT.fullmatch(lines[index].norm) is not None:
        index -= 1  # the rank over the poster's count
    if index < 2 or index - 2 not in candidates:
        return None
    line, name, upper = lines[index], lines[index - 1], lines[index - 2]
    if (
        line.info.kind != "text"
        or line.paragraph
        or line.words > POSTER_RANK_WORDS
        or line.text.rstrip()[-1:] in (*_KICKER_ENDS, "؟", "?", ".", "!")
        or _USER_HANDLE.fullmatch(name.text.strip()) is None
    ):
        return None
    if (
        upper.info.kind != "text"
        or upper.paragraph
        or not 2 <= upper.words <= HEADLINE_MAX_WORDS
        or upper.chrome
        or upper.byline
    ):
        return None
    return index - 2


def _question_section(line: _Line, below: _Line | None) -> bool:
    """Whether ``line`` is shaped as a section heading asking a question: a short text line
    (a headline's length at most, no paragraph) ending with «؟», over a paragraph."""
    return (
        line.text[-1:] in ("؟", "?")
        and line.info.kind == "text"
        and not line.paragraph
        and line.words <= HEADLINE_MAX_WORDS
        and below is not None
        and below.paragraph
    )


def _title_over_question_sections(
    lines: Sequence[_Line], index: int, candidates: Sequence[int]
) -> int | None:
    """The headline right above the chosen question when the question is the first of the
    body's question headings: «نحوه تولید پنبه و پاک کردن آن» / «پنبه چگونه کشت می شود؟» /
    a paragraph / «چطوری پنبه را تصفیه میکنند؟» / a paragraph ... (a post answering its
    questions section by section, real79 #17). The chosen line and at least one more line
    under it in the body are question headings over a paragraph
    (:func:`_question_section`); the line above is a headline-shaped text line of two words
    or more (a post's two-word heading, «کاشت زعفران»: mut54 (b); fix302), no question and
    no kicker, sharing a content word with the chosen one. None otherwise. One pass over
    the lines under the chosen one, stopped at the second question heading."""
    above = index - 1
    if above not in candidates or index + 1 >= len(lines):
        return None
    line, upper = lines[index], lines[above]
    if not _question_section(line, lines[index + 1]):
        return None
    if (
        upper.info.kind != "text"
        or upper.paragraph
        or not 2 <= upper.words <= HEADLINE_MAX_WORDS
        or upper.text.rstrip()[-1:] in (*_KICKER_ENDS, "؟", "?", ".", "!")
        or upper.chrome
        or upper.byline
        or not _content_words(upper) & _content_words(line)
    ):
        return None
    for at in range(index + 2, len(lines) - 1):
        if lines[at].text[-1:] in ("؟", "?") and _question_section(lines[at], lines[at + 1]):
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
    a kicker); or the upper one ends with «!» or «؟» right over its own date line, the lower
    one under that date line (:func:`_exclaimed_over_own_date`, fix290)."""
    upper, lower = (index, other) if index < other else (other, index)
    shares = [len(_content_words(lines[at]) & lead) for at in (upper, lower)]
    upper_wins = _headline_over_lead(lines, upper, HEADLINE_MAX_WORDS) and (  # no kicker,
        (  # caption, byline
            not lines[upper].paragraph
            and (
                shares[0] >= shares[1] + LEAD_SHARE_MARGIN
                or _under_kicker(lines, upper)
                or (upper > 0 and _occasion(lines[upper - 1]))
            )
        )
        # (a question or a cry of a sentence's length: its own date line right under it)
        or _exclaimed_over_own_date(lines, upper, lower)
    )
    return index == (upper if upper_wins else lower)


def _exclaimed_over_own_date(lines: Sequence[_Line], upper: int, lower: int) -> bool:
    """Whether ``lines[upper]`` is a headline ending with «!» or «؟» right over a date line
    alone (:func:`_exclaimed_headline`), ``lines[lower]`` under that date line: «یخبندان!
    ... بود؟!» / «سه شنبه 2 بهمن 1386 - 10:52:31 قبل از ظهر» / a keyword line / «یخ... یخ...
    یخ...!» / the post (a personal blog's post, weblog.nabi.ir, tests/pages 2534; fix290).
    A kicker stands right over its headline, no date line between them: the line under the
    header's date is the post's first cry, the line over it the headline."""
    below = upper + 1
    return (
        below < lower
        and lines[below].info.kind == "date"
        and not lines[below].info.labels
        and _exclaimed_headline(lines, upper)
    )


# The most words of a history page's name (:func:`_history_page_name`).
HISTORY_PAGE_NAME_WORDS = 6


def _history_page_name(line: _Line) -> bool:
    """Whether ``line`` is a history page's name: one of :data:`vocab.HISTORY_PAGE_NOUNS`
    and what it tells the history of, at most :data:`HISTORY_PAGE_NAME_WORDS` words, no
    colon, no verb, no sentence's mark: «تاریخچه دانشکده سما» over «آشنایی با سازمان سما»
    (a college's static page, real69 #12). Such a line names the page: it is the title and
    the line right under it its first section's heading, not a
    headline under a kicker (:func:`_choose_title_among`)."""
    words = line.norm.replace("\u200c", " ").split()
    return (
        line.info.kind == "text"
        and 2 <= len(words) <= HISTORY_PAGE_NAME_WORDS
        and words[0] in vocab.HISTORY_PAGE_NOUNS
        and ":" not in line.text
        and line.text.rstrip()[-1:] not in ".!؟?؛:"
        and _verb_end(line) == ""
    )


_UNDER_TABLE_HEADER = "it stands right under a table's header row (the table's first row)"
# How many lines above a question «NAME چیست؟» the name may stand: the name and its
# foreign names («Fire brigade», «(Fire Department)») between them (fix257).
DEFINED_NAME_REACH = 3
_DEFINITION_WORDS = vocabulary_words(vocab.DEFINITION_QUESTION_WORDS)
_DEFINITION_QUESTION = regex.compile(rf"(?P<name>.+?)\x20+(?:{_DEFINITION_WORDS})\x20*[؟?]\x20*")


def _name_over_its_question(lines: Sequence[_Line], outside: set[int], index: int) -> int | None:
    """The line naming a thing over the chosen line asking what it is: «آتش نشانی» /
    «Fire brigade» / «(Fire Department)» / «آتش نشانی چیست؟» / the answer (a learning page,
    real73 #08). The question is the page's first section heading, which asks about the
    name the page prints over it; the name is the title, no kicker over a headline. The
    name is a line of text within :data:`DEFINED_NAME_REACH` lines above, the question's words
    before its question word exactly, and only lines without a Persian letter (the name in
    a foreign language) stand between them. None when the chosen line is no such question,
    a date line is under it (a news headline under a kicker), or no such name stands over
    it."""
    line = lines[index]
    if line.info.kind != "text" or line.text.rstrip()[-1:] not in ("؟", "?"):
        return None
    if index + 1 < len(lines) and lines[index + 1].info.kind == "date":
        return None  # a news headline over its date line, a kicker over it
    asked = _DEFINITION_QUESTION.fullmatch(line.norm)
    if asked is None:
        return None
    name = _squash(asked.group("name"))
    for at in range(index - 1, max(-1, index - 1 - DEFINED_NAME_REACH), -1):
        if at in outside:
            return None
        above = lines[at]
        if above.key == name:
            named = above.info.kind == "text" and not above.chrome and not _never_title(above)
            return at if named else None
        if _ARABIC_LETTER.search(above.text) is not None:
            return None
    return None


def _hinted_or_spelled(line: _Line, hints: Hints, slug: str | None) -> bool:
    """Whether the caller's title hints name ``line`` or the address's slug spells it."""
    return any(_squash(normalize(text)) == line.key for text, _ in hints.titles) or bool(
        slug and _slug_spells(line, slug)
    )


def _names_history_subject(line: _Line, name: _Line) -> bool:
    """Whether ``line``, above a history page's name (:func:`_history_page_name`), is the
    site's name: a line of no more words than :data:`HISTORY_PAGE_NAME_WORDS`, no verb, that
    holds the words the history is of («دبیرستان فرهنگ شیراز» over «تاریخچه دبیرستان فرهنگ»,
    fix253). A headline above names other things, or says them with a verb."""
    subject = _squash(" ".join(name.norm.replace("\u200c", " ").split()[1:]))
    return (
        line.info.kind == "text"
        and line.words <= HISTORY_PAGE_NAME_WORDS
        and _verb_end(line) == ""
        and bool(subject)
        and subject in line.key
    )


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


# A headline printed in parentheses, single or doubled, a full stop after them or not:
# «(( برگزاری مسابقات ... در شهرستان حاجی آباد)).» (a sports office's Blog.ir post,
# sportshajiabad.blog.ir, tests/pages 2287; fix237).
_BRACKETED_LINE = regex.compile(r"[\x20]*(\({1,2})(?P<inner>[^()]+)\){1,2}[.]?[\x20]*")
# The words of a bracketed headline the lead under it repeats, at least this share.
BRACKETED_LEAD_SHARE = 0.6


def _bracketed_headline(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]``, the first line of running text with nothing headline-shaped
    above it, is a headline printed whole in parentheses (:data:`_BRACKETED_LINE`) of 3 to
    :data:`HEADLINE_MAX_WORDS` words, the next line a sentence repeating at least
    :data:`BRACKETED_LEAD_SHARE` of its words (the lead restating the headline: «((
    برگزاری مسابقات ...)).» over «مسابقات ... برگزار گردید.»). A sentence in parentheses
    over a paragraph of other words is an aside, not a title."""
    line = lines[index]
    found = _BRACKETED_LINE.fullmatch(line.norm)
    if (
        found is None
        or line.info.kind != "text"
        or index + 1 >= len(lines)
        or index + 1 in outside
        or not 3 <= len(found["inner"].split()) <= HEADLINE_MAX_WORDS
    ):
        return False
    words = set(found["inner"].split())
    below = set(lines[index + 1].norm.split())
    if len(words & below) < BRACKETED_LEAD_SHARE * len(words):
        return False
    return not _headline_shaped_above(lines, index, outside)


def _headline_around_lead(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether ``lines[index]``, the first line of running text with nothing headline-shaped
    above it, is a headline printed on both sides of its lead: a line of 3 to
    :data:`HEADLINE_MAX_WORDS` words ending with no sentence's mark, a paragraph ending a
    sentence under it, then the same line again («HEADLINE» / «LEAD.» / «HEADLINE» / «به
    گزارش ...»: fartaknews.ir, real40 #1, under a lone «//» and its code line). A lead's
    first line is never printed again under the lead."""
    line = lines[index]
    below, again = index + 1, index + 2
    if (
        again >= len(lines)
        or below in outside
        or again in outside
        or line.info.kind != "text"
        or not 3 <= line.words <= HEADLINE_MAX_WORDS
        or line.text.rstrip()[-1:] in _HEADLINE_AROUND_LEAD_ENDS
        or _REPORT_OPENING.match(line.norm)
        or _never_title(line)
        or lines[again].key != line.key
    ):
        return False
    lead = lines[below]
    return (
        lead.paragraph
        and lead.info.kind == "text"
        and lead.words > line.words
        and _ends_sentence(lead)
        and lead.key != line.key
        and not _headline_shaped_above(lines, index, outside)
    )


# The ends of a line that is no headline printed around its lead: a sentence's, a kicker's.
_HEADLINE_AROUND_LEAD_ENDS = frozenset(".:؛;,،…")


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


# A body's numbered subheading: a word and its ordinal, then a colon or a dash («عیب اول:»,
# «نکته دوم:», «مرحله سوم -», «دوم:»; a car magazine's faults under its opening paragraph,
# switch.ir, real34's #16), or «1. ...» (:data:`_NUMBERED_HEADING`).
_ORDINAL_SUBHEADING = regex.compile(
    rf"""^[\x20\u200c]*(?:[\p{{L}}\u200c]+[\x20\u200c]+)?
    (?:{"|".join(sorted((*vocab.ORDINAL_DAYS, "نخست", "آخر"), key=len, reverse=True))})
    [\x20\u200c]*[:\-–]""",
    regex.VERBOSE,
)


def _ordinal_subheading(line: _Line) -> bool:
    """Whether the line opens as a body's numbered subheading (:data:`_ORDINAL_SUBHEADING`,
    «عیب اول: ...», «۱. ...»): under the text's first paragraph it heads a part of the
    text, not the story, so it is never taken as the headline there."""
    return (
        _ORDINAL_SUBHEADING.match(line.norm) is not None
        or _NUMBERED_HEADING.match(line.norm) is not None
    )


# The slug's phrase printed alone has at most this many words, and the headline opening with
# it stands at most this many lines above it (:func:`_headline_over_slug_words`).
SLUG_PHRASE_WORDS = 4
SLUG_PHRASE_REACH = 6
# The mark after the slug's words in such a headline («KEYWORD : subtitle», «KEYWORD؛ ...»,
# «KEYWORD - ...», «KEYWORD | ...», as the squashed key spells them). A line going on
# without one («مدیریت دانش پروژه در شرکت‌ها» over «مدیریت دانش پروژه», tests/pages 639)
# is no such headline: the line the slug spells stays.
_KEYWORD_MARKS = frozenset({":", ";", "-", "–", "|"})


def _headline_over_slug_words(
    lines: Sequence[_Line], scored: Sequence[tuple[int, int]], index: int
) -> int | None:
    """The nearest scored line above ``lines[index]`` (the slug's words printed alone, a
    blog's focus keyword: «دمنوش سرماخوردگی») that opens with the same words and goes on
    after a colon, dash or bar (:data:`_KEYWORD_MARKS`), a headline's length and not a
    paragraph («دمنوش سرماخوردگی : درمانهای طبیعی برای فصلهای سرد», aroumaacademic.ir,
    real34's #25), at most :data:`SLUG_PHRASE_REACH` lines up: the page's headline, which
    the short slug names only in part. Else None."""
    line = lines[index]
    if line.words > SLUG_PHRASE_WORDS or line.info.kind != "text":
        return None
    above = [
        at
        for _, at in scored
        if index - SLUG_PHRASE_REACH <= at < index
        and lines[at].key != line.key
        and lines[at].key.startswith(line.key)
        and lines[at].key[len(line.key) : len(line.key) + 1] in _KEYWORD_MARKS
        and line.words < lines[at].words <= HEADLINE_MAX_WORDS
        and not lines[at].paragraph
        and lines[at].info.kind == "text"
        and not lines[at].chrome
    ]
    return max(above) if above else None


# How a lead printed first ends (:func:`_summary_over_headline`): a full stop, or an
# excerpt's ellipsis («... از صبح امروز …», a summary clipped by the site: never a headline's
# end; fix253).
_LEAD_STOPS = frozenset(".…")


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
    most = HEADLINE_OVER_LEAD_WORDS[1]
    if summary.text.rstrip()[-1:] in _LEAD_STOPS and _REPORT_OPENING.match(below.norm) is not None:
        # «LEAD .» / HEADLINE / «به گزارش ...» (irsto.ir, tests/pages 2325): the body under
        # the line opens as a report does, right under its headline, and the paragraph over
        # it is one stopped sentence, the lead printed first: a headline of a full
        # headline's length (:data:`HEADLINE_MAX_WORDS`) is the title (fix242).
        most = HEADLINE_MAX_WORDS
    return (
        _headline_over_lead(lines, anchor + 1, most)
        and (not headline.paragraph or _slash_question(headline))
        and not _ordinal_subheading(headline)
        and _verb_end(headline) != "saying"
        and below.paragraph
        and below.info.kind == "text"
        and len(words & _content_words(summary)) >= LEAD_SHARE_MARGIN
        and len(words & _content_words(below)) >= LEAD_SHARE_MARGIN
    )


_LEAD_OVER_HEADING_DOUBT = (
    "the paragraph over it opens as a report's lead («به گزارش ...»): a crosshead inside a "
    "text that prints no headline as often as the headline under a summary"
)
_SHORT_HEADING_UNDER_SUMMARY = (
    "it is a short line under the text's first paragraph: a section heading inside a body "
    "that prints no headline as often as the headline under a summary"
)
# A line under the opening paragraph of at most this many words is a section heading's
# length (:data:`_SHORT_HEADING_UNDER_SUMMARY`; the summaries' headlines measured run to
# eight words and more).
SUMMARY_HEADING_WORDS = 4
_ROWS_HEADING_DOUBT = (
    "it stands under the text's first paragraph over one sentence ending with a colon and "
    "a table's or a list's rows: a section heading inside a body that prints no headline as "
    "often as the headline under a summary"
)
# A table's row with its cells parted by bars («مرحله | زمان | توضیحات |»: two bars or more)
# or a list's item («- ...», «• ...», «۱. ...», «2) ...»).
_ROW_OR_ITEM = regex.compile(
    r"^[\x20]*(?:[^|\n]*\|[^|\n]*\||[\-•*▪●][\x20]|[0-9۰-۹]{1,2}[\x20]*[.)\-][\x20])"
)


def _heads_rows(lines: Sequence[_Line], heading: int) -> bool:
    """Whether the line ``heading`` stands over a table's or a list's rows with only one
    sentence between, ending with a colon (the sentence that introduces the rows)."""
    after = heading + 1
    if after < len(lines) and lines[after].key == lines[heading].key:
        after += 1  # the heading's second print
    rows = after + 1
    return (
        rows < len(lines)
        and lines[after].text.rstrip()[-1:] in (":", "：")
        and (_table_row(lines[rows]) or _ROW_OR_ITEM.match(lines[rows].text) is not None)
    )


# A headline of two halves parted by a slash, the second a question: «۵۸ درصد ظرفیت سدها پر
# است/ ورودی مخازن چقدر کم شد؟» (qtsc.ir, blind52's 1625). Each half two words or more, one
# slash, no sentence's end inside.
_SLASH_QUESTION = regex.compile(
    r"^(?P<first>[^/.!؟?]+\p{L})\x20?/\x20+(?P<second>[^/.!؟?]+)[؟?]\x20*$"
)
# Each half of such a headline has at least this many words.
SLASH_HALF_WORDS = 2


def _slash_question(line: _Line) -> bool:
    """Whether ``line`` is shaped as :data:`_SLASH_QUESTION`: a headline's two halves, which
    a line ending with «؟» and long enough to pass for a sentence may still be (a question
    alone, with no slash, is as often a subheading inside the body)."""
    if "/" not in line.text:
        return False
    found = _SLASH_QUESTION.match(line.text)
    return found is not None and all(
        len(found.group(half).split()) >= SLASH_HALF_WORDS for half in ("first", "second")
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
        and not _ordinal_subheading(headline)
        and (below + 1 == len(lines) or lines[below + 1].paragraph)
        and len(_content_words(headline) & _content_words(lines[anchor])) >= LEAD_SHARE_MARGIN
    )


# A lead opening with its site's or agency's name (one or two words) and a slash: «تابناک /
# رگبار باران ...» (tabnak's provincial editions, tests/pages 1560).
_SITE_SLASH_LEAD = regex.compile(r"^[\x20\u200c]*\p{L}+(?:\x20\p{L}+)?[\x20]*/[\x20]+\p{L}")
# At most this many header lines (labels, dates) between the opening paragraph and that lead.
SITE_LEAD_HEADER_LINES = 4


def _headline_under_site_lead(lines: Sequence[_Line], anchor: int, outside: set[int]) -> int | None:
    """The headline under a lead opening with its site's name and a slash, when the text
    opens with a paragraph (nothing headline-shaped above it) over the article's header:
    «PARAGRAPH» / one to :data:`SITE_LEAD_HEADER_LINES` label or date lines / «SITE /
    LEAD» / HEADLINE (a page printing the body's first paragraph above its code and date
    line, and the lead before the headline: tabnakgilan.ir, tests/pages 1560). The lead is
    a paragraph, never the headline; the line under it is shaped like one (one spaced slash
    inside at most: a headline's two halves), shares words with the lead and stands over
    a paragraph, directly or under one short line («مرتبط:»). Else None."""
    at = anchor + 1
    while (
        at < len(lines)
        and at - anchor <= SITE_LEAD_HEADER_LINES
        and at not in outside
        and lines[at].info.kind in ("labels", "date", "mixed")
    ):
        at += 1
    below = at + 1
    if at == anchor + 1 or below + 1 >= len(lines) or {at, below} & outside:
        return None
    lead, headline = lines[at], lines[below]
    if (
        not lead.paragraph
        or lead.info.kind != "text"
        or _SITE_SLASH_LEAD.match(lead.norm) is None
        or headline.paragraph
        or headline.info.kind != "text"
        or headline.chrome
        or headline.byline
        or not HEADLINE_OVER_LEAD_WORDS[0] <= headline.words <= HEADLINE_MAX_WORDS
        or headline.text[-1] in _KICKER_ENDS
        or headline.text[-1] == "."
        or headline.text.count(" / ") > 1
        or _verb_end(headline) == "saying"
        or len(_content_words(headline) & _content_words(lead)) < LEAD_SHARE_MARGIN
    ):
        return None
    after = below + 1
    if not lines[after].paragraph and lines[after].words <= SECTION_LABEL_WORDS:
        after += 1  # «مرتبط:» (related items), a section's label
    if after >= len(lines) or not lines[after].paragraph or lines[after].info.kind != "text":
        return None
    return below


_SALUTATION_ONLY = "the only line above the text that could head it is a letter's salutation"
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
        or _ordinal_subheading(headline)
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


# A rival headline within this many points of the chosen one makes the choice doubtful.
TITLE_MARGIN = 1
# Characters of the next line that must follow a cut line in its whole print.
CUT_KEY_CHARS = 8
# A run of spaces inside a line: columns of a PDF page interleaved by text extraction.
_GUTTER = "\x20\x20\x20"
# A line with this many such runs is no headline by its shape (a toolbar, PDF columns).
GUTTERS = 2


# A link to a gallery or a video: «تصاویر/ ...», «فیلم | ...», «اینفوگرافیک/ ...».
_MEDIA_LINK = regex.compile(
    r"^(?:تصاویر|عکس|فیلم|ویدیو|ویدئو|گزارش[\x20\u200c]تصویری|اینفوگرافیک|موشن[\x20\u200c]گرافیک"
    r"|کلیپ|صوت)[\x20\u200c]*[/|]"
)

# A chosen line of this many words or more may be the lead under the headline.
LEAD_WORDS = 16
# How far above such a line (in lines) the headline may stand.
LEAD_REACH = 2


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


def _capital_items(
    lines: Sequence[_Line], title: int, outside: set[int]
) -> tuple[str, int | None] | None:
    """The doubt on an all-capitals headline (:func:`_all_capitals`) that is the first of
    :data:`CAPITAL_ITEMS` or more all-capitals headlines, each right over a paragraph and each
    after the paragraphs of the one before, the page's lines running on without a blank line
    (a Tajik portal's news list, its item headlines in capitals over their texts, mihd.tj),
    or None. :func:`_capital_section_heading` reads such headings set apart by blank lines."""
    count = len(lines)

    def item(at: int) -> bool:
        line = lines[at]
        return (
            at + 1 < count
            and at not in outside
            and not line.paragraph
            and line.words <= HEADLINE_MAX_WORDS
            and lines[at + 1].paragraph
            and _all_capitals(line)
        )

    if not item(title):
        return None
    found = 1
    for at in range(title + 2, count - 1):
        if lines[at - 1].paragraph and item(at):
            found += 1
            if found >= CAPITAL_ITEMS:
                return (_CAPITAL_ITEMS_DOUBT, None)
    return None


_CAPITAL_ITEMS_DOUBT = (
    "the page lists items under capital headlines, each over its own text; this is the first"
)
# A list under capital headlines shows at least this many items (_capital_items).
CAPITAL_ITEMS = 3


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


# Why a headline shaped like a photo caption («... - credit») is doubted.
_CAPTION_DOUBT = "it is shaped like a photo caption"


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
    if (
        index + 1 < len(lines)
        and "#" in lines[index + 1].norm
        and _REPLY_MARK.search(lines[index + 1].norm)
    ):
        # The thread's topic line («نویسنده موضوع: TOPIC (...)») competes, else the best line.
        topic = next((at for at in range(index) if _TOPIC_LABEL.search(lines[at].norm)), None)
        others = [(value, at) for value, at in scored if lines[at].key != line.key]
        if topic is None and others:
            topic = max(others)[1]
        return "it heads a reply in a forum thread, not the topic", topic
    if _invocation(line):
        others = [(value, at) for value, at in scored if lines[at].key != line.key]
        return _INVOCATION_LINE, max(others)[1] if others else None
    if _completes_invocation(lines, index):
        # «به نام خداوند جان و خرد» / «کز ین برتر اندیشه برنگذرد»: the invocation's couplet,
        # its second line no more the text's name than the first (lawyernews.ir, real62 #18).
        others = [(value, at) for value, at in scored if at not in (index - 1, index)]
        return _INVOCATION_COUPLET, max(others)[1] if others else None
    if _QURAN_MARKS.search(line.text) is not None or _verse_line(line):
        if any(at == index - 1 for _, at in scored) and lines[index - 1].words >= 3:
            # A headline, then a short verse alone on its line (a greeting's «ن و القلم و
            # ما یسطرون», «﴿ ... ﴾»): the verse opens the message, the line above names it.
            return _VERSE_UNDER, index - 1
        others = [(value, at) for value, at in scored if lines[at].key != line.key]
        return _VERSE_LINE, max(others)[1] if others else None
    if index > 0 and _wish_under_thanks(lines[index - 1], line):
        # «با تشکر از ...» / «به امید خواندن ...»: a post's closing words over the next
        # item's text (a travel blog's post, sohrabkhoshtinat.blog.ir: blind81, tests/pages
        # 2207; fix227).
        others = [(value, at) for value, at in scored if at not in (index - 1, index)]
        return _WISH_UNDER_THANKS, max(others)[1] if others else None
    if TATWEEL in line.text and _drawn_out_name(line):
        # «بـــــوق بــــــــوق ایران»: a blog's name in its header's lettering (a Tebyan
        # blog, booghiran.tebyan.net: blind81, tests/pages 2206; fix227).
        others = [(value, at) for value, at in scored if at != index]
        return _DRAWN_OUT_NAME, max(others)[1] if others else None
    if not repeated and (notice := _repost_notice_above(lines, index)) is not None:
        # «مصاحبه با سایت سیمرغ» / ... / «منبع :http://...» / «گفتگویی کوتاه با ...»: the
        # reposted piece's own heading under its source, the page's title above (a poet's
        # blog page, hadi-khansari.iran.sc: blind81, tests/pages 2194/2195; fix227).
        others = [(value, at) for value, at in scored if at < notice]
        if others:
            return _UNDER_REPOST_NOTICE, max(others)[1]
    if not repeated and _couplet_over_text(lines, index, anchor):
        # «صدها فرشته بوسه بر آن دست می‌زنند / کز کار خلق یک گره بسته باز کند» over the
        # message: a verse that opens it (socialwork.ir, real61 #22), not its headline.
        others = [(value, at) for value, at in scored if at not in (index - 1, index)]
        return _COUPLET_OVER_TEXT, max(others)[1] if others else None
    if not repeated and index > 0 and _refrain_pair(lines[index - 1], line):
        # «بی که بی خویش باشم» / «بی که بی خویش بودم»: a poem's refrain, its last word changed
        # (a poet's blog post, fahim.blogfa.com, real66 #12; fix233), no headline.
        others = [(value, at) for value, at in scored if at not in (index - 1, index)]
        return _REFRAIN_LINE, max(others)[1] if others else None
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
    if (
        index > 0
        and line.words <= AD_NAME_WORDS
        and lines[index - 1].key in _AD_LINKS
        and _dated_under_ad_label(lines, index)
    ):
        # «تبلیغات» / blank / «آسیاب روستا» / DATE / the post: the post's title under the
        # site's ad link as often as an advertiser's name (fix182).
        return _UNDER_AD_LINK, None
    if (
        line.words == 1
        and index + 1 < len(lines)
        and lines[index + 1].text.startswith("به")
        and relay_lead(lines[index + 1].text)
    ):
        # «ایرانگردی» / «به گزارش آی فیلم2 ، ...»: a section's one word right over a report's
        # lead opening with its relay (fa2.ifilmtv.ir, real65 #28): a news report's headline
        # is never one word; the page prints none.
        others = [(value, at) for value, at in scored if lines[at].key != line.key]
        return _SECTION_OVER_RELAY, max(others)[1] if others else None
    if _CHAPTER_HEADING.match(line.norm):
        # «فصل اول: قواعد کلی گزارش»: the text starts inside a document, at a chapter's
        # heading; the document's own title is not printed (an extractor dropped it).
        others = [(value, at) for value, at in scored if lines[at].key != line.key]
        return _CHAPTER_LINE, max(others)[1] if others else None
    defined = anchor is not None and _entry_opens_text(lines, index, anchor)
    if (
        _institution(line)
        and not defined
        and index > 0
        and lines[index - 1].info.kind == "text"
        # (a line set aside as never a title, a widget's heading, takes nothing over)
        and any(at == index - 1 for _, at in scored)
    ):
        # «TITLE / مرکز ... / date»: a print page names its publisher under the title (an
        # entry on the institution, its text opening by defining it, names no publisher).
        return _INSTITUTION_LINE, index - 1
    if _institution(line) and not defined:
        # «دانشگاه صنعتی سهند» alone as the best line: a site's name (an extractor's title
        # from a <title> that names only the site) as often as a headline.
        return _INSTITUTION_ALONE, None
    if _under_name_frame(lines, index):
        # «.: فرهنگسرا :.» / «نمایشگاه کتاب»: the frame the site's name or the page's title.
        return _UNDER_NAME_FRAME, index - 1
    if _question_under_retold_sentence(lines, index):
        # «... افزایش یافت.» / «آیا ...؟» / DATE / a lead retelling the first line: the
        # question may be the headline's subtitle (fix220).
        return _QUESTION_UNDER_RETOLD, index - 1
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
    if _long_headline_above(lines, index, scored, mine):
        return _LONG_HEADLINE_ABOVE, index - 1
    text = line.text
    if text[-1] in _KICKER_ENDS:
        return "it ends like a kicker or a label", rival_index
    columns = text.strip()
    if _GUTTER in columns and (dated := _bracket_short_dated_title(line)) is not None:
        columns = text[: dated[0] - line.start].strip()  # «HEADLINE   (25/3/86)»: its day
    if _GUTTER in columns:
        return "it runs columns of a page together", rival_index
    if _may_be_caption(line.norm) and _CAPTION.search(line.norm):
        return _CAPTION_DOUBT, rival_index
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
    if line.norm[:1] in _OUTLINE_FIRST and _OUTLINE_NUMBER.match(line.norm):
        # «1.1. روش کار»: an outline's section number of two levels or more heads a section
        # of the text (fix109's ordinal subheadings), never the story.
        return _OUTLINE_HEADING, None
    if _name_over_sentence(lines, index):
        return _NAME_OVER_SENTENCE, index + 1
    if line.text.rstrip()[-1:] == "!" and _addressed_or_personal(line):
        return _ADDRESSED_OR_PERSONAL, rival_index
    return None


_LONG_HEADLINE_ABOVE = (
    "a longer headline-shaped line with no verb stands right above it and lost only by "
    "standing one line further from the body: the headline over its subtitle, or a kicker"
)
# The line above the chosen one has at least this many words to be a long headline.
LONG_HEADLINE_ABOVE_WORDS = 10


def _long_headline_above(
    lines: Sequence[_Line], index: int, scored: Sequence[tuple[int, int]], mine: int
) -> bool:
    """Whether the line right above ``lines[index]`` may be the headline it is the subtitle
    of: a longer line of :data:`LONG_HEADLINE_ABOVE_WORDS` words or more, no closing mark
    and no verb at its end (a noun phrase naming the event), scored at most 2 points under
    it (the points for standing closer to the body), no digit in it (a programme's hours
    «... از ساعت 19:30 به مدت 30 دقیقه» over a headline), over the chosen line ending with a
    verb, sharing a content word with it and right over the item's date line («افتتاح سه
    طرح آبرسانی روستایی در شهرستان مریوان با حضور استاندار کردستان» / «هزار خانوار روستایی
    از آب شرب سالم بهره مند شدند» / «۱۴ آذر ۱۴۰۲ - ۱۰:۳۰»): a news agency's headline over
    its subtitle as often as a kicker over a headline, so the one the score takes is doubted
    (fix155)."""
    if index == 0 or index + 1 >= len(lines) or not _dated_line(lines[index + 1]):
        return False  # (the agency's layout: headline, subtitle, the date line under them)
    line, above = lines[index], lines[index - 1]
    value = next((value for value, at in scored if at == index - 1), None)
    return (
        value is not None
        and value >= mine - 2
        and LONG_HEADLINE_ABOVE_WORDS <= above.words <= HEADLINE_MAX_WORDS
        and above.words > line.words
        and above.info.kind == "text"
        and line.info.kind == "text"
        and not above.chrome
        and not above.paragraph
        and above.text[-1].isalpha()
        and line.text[-1].isalpha()
        and _verb_end(above) == ""
        and _verb_end(line) == "verb"
        and not _context_kicker(above)
        and not any(map(str.isdigit, above.text))  # a schedule's hours, a date: no headline
        and line.key not in above.key  # the line again with a site's name glued: a copy
        and not _institution_name(above)
        and not _content_words(above).isdisjoint(_content_words(line))
    )


# The line above states the story at least this many times the chosen line's words.
STATEMENT_OVER_SHORT_RATIO = 2


def _statement_over_short_line(
    lines: Sequence[_Line], upper: int, index: int, scored: Sequence[tuple[int, int]], anchor: int
) -> bool:
    """Whether ``lines[upper]``, the headline-shaped line right above the chosen
    ``lines[index]`` that shares more words with the lead (:func:`_closer_to_the_lead_above`),
    is a long headline stating the event over a short subtitle: :data:`LONG_HEADLINE_ABOVE_WORDS`
    words or more, ending with a finite verb (not a verb of saying, which a kicker ends
    with), at least :data:`STATEMENT_OVER_SHORT_RATIO` times the chosen line's words, and
    scored at most 2 points under it (the points for standing one line further from the
    body), the chosen line right over the item's date line (an agency's header: headline,
    subtitle, date line) and not restated by the lead ``lines[anchor]`` (a subtitle picks
    one detail of the story): «شورای شهر بودجه سال آینده شهرداری را پس از سه جلسه ...
    تصویب کرد» / «سهم حمل و نقل عمومی بیشتر شد» / DATE / lead (attacks55). A kicker is
    shorter than the headline it stands over and names a context, not the whole event;
    fix155's long line with no verb over a verb-ending line (:func:`_long_headline_above`)
    stays doubted, and so does a summary printed over the headline, whose words the lead
    tells again (attacks51's «استادان و پژوهشگران ... گفت و گو کردند» over «نخستین همایش
    ملی آب و کشاورزی در دانشگاه برگزار شد»)."""
    if index + 1 >= len(lines) or not _dated_line(lines[index + 1]) or anchor >= len(lines):
        return False
    above, line = lines[upper], lines[index]
    value = next((value for value, at in scored if at == upper), None)
    mine = next((value for value, at in scored if at == index), None)
    return (
        value is not None
        and mine is not None
        and value >= mine - 2
        and LONG_HEADLINE_ABOVE_WORDS <= above.words <= HEADLINE_MAX_WORDS
        and above.words >= STATEMENT_OVER_SHORT_RATIO * line.words
        and _verb_end(above) == "verb"
        and above.text[-1].isalpha()
        and not _restates(line, lines[anchor])
    )


def _lead_retells_statement_only(
    lines: Sequence[_Line], upper: int, index: int, anchor: int
) -> bool:
    """Whether ``lines[upper]``, the headline-shaped line above the chosen ``lines[index]``
    that shares more words with the lead (:func:`_closer_to_the_lead_above`), is the
    headline stating the event over its subtitle, sure: it ends with a finite verb (not a
    verb of saying, no closing mark), holds one statement (:data:`_ONE_STATEMENT_BREAKS`:
    no sentence's end, bar or colon inside), names no context (:func:`_context_kicker`), and
    the lead ``lines[anchor]`` retells it and not the chosen line (:func:`_retells_one_of_two`):
    «نخستین نمایشگاه بادام در ولایت سمنگان گشایش یافت» / «باغداران بیش از پنجاه نوع بادام را
    به نمایش گذاشتند», printed once or twice, the chosen line's last print right over the date
    line and the date line right over the lead (an agency's header, as fix161's), the lead
    telling the opening (attacks65). A site's or a section's name over a story has no verb
    (tests/pages 1102's blog name and tagline printed twice); a summary over its headline is
    retold with the headline by the lead (attacks51), and a headline over a list's next item
    is not retold."""
    if anchor >= len(lines) or anchor < 2:
        return False
    above = lines[upper]
    return (
        # an agency's header: the chosen line (or its last print) right over the date line
        # right over the lead (fix161's, tests/test_mut36.py: a byline between, or no date
        # line, keeps the doubt)
        _dated_line(lines[anchor - 1])
        and lines[anchor - 2].key == lines[index].key
        and above.info.kind == "text"
        and not above.chrome
        and above.text[-1].isalpha()
        and _ONE_STATEMENT_BREAKS.isdisjoint(above.text)
        and not _context_kicker(above)
        and _verb_end(above) == "verb"
        and lines[anchor].paragraph
        and _retells_one_of_two(above, lines[index], lines[anchor])
    )


# The marks one headline's statement never holds: a sentence's end, a bar or a colon between
# two parts (prose, a headline and the site's name, a speaker and the quote: tests/test_fix91.py).
_ONE_STATEMENT_BREAKS = frozenset(".!؟?|:؛")


def _retells_one_of_two(headline: _Line, line: _Line, lead: _Line) -> bool:
    """Whether ``lead`` retells ``headline`` and not ``line``: it holds half the headline's
    content words at least, and fewer than half of the line's and fewer than of the
    headline's (fix182's measure, which :func:`_under_dated_verb_headline` asks too)."""
    words = _content_words(headline)
    told = _content_words(lead)
    own = _content_words(line)
    return (
        2 * len(words & told) >= len(words)
        and 2 * len(own & told) < len(own)
        and len(own & told) < len(words & told)
    )


def _institution_name(line: _Line) -> bool:
    """Whether a long verbless line is an institution's name (its masthead), no rival
    headline: it opens with an organisation's word (:data:`_chrome._INSTITUTIONS`, «سازمان
    تحقیقات آموزش و ترویج کشاورزی مؤسسه تحقیقات برنج کشور معاونت مازندران», a ministry's
    research institute over its item's headline) and holds none of an event's prepositions
    (:data:`_EVENT_PREPOSITIONS`): «شرکت ملی نفت ایران در نمایشگاه بین‌المللی ...» names
    what the institution did, a headline (fix165). A state's name may open it, before the
    organisation's word («جمهوری اسلامی ایران وزارت ...», :data:`_chrome.STATE_NAMES`:
    fix172)."""
    words = line.norm.replace(ZWNJ, " ").split()
    for state in STATE_NAMES:
        if tuple(words[: len(state)]) == state:
            words = words[len(state) :]
            break
    return (
        len(words) >= 2
        and words[0] in _INSTITUTIONS
        and words[1] not in ("ها", "های")  # «سازمان‌های مردم‌نهاد ...»: the plural, no name
        and _EVENT_PREPOSITIONS.isdisjoint(words)
    )


# The prepositions of an event's noun phrase: an institution's name holds none of them.
_EVENT_PREPOSITIONS = vocab.EVENT_PREPOSITIONS


_OUTLINE_HEADING = (
    "it opens with an outline's section number of two levels or more («1.1.»): a section "
    "heading of the text, not the headline"
)


_NAME_OVER_SENTENCE = (
    "it is a short name with no verb (a section's, league's or topic's overline) right under "
    "the page's date or label lines and over a one-sentence line ending in a full stop that "
    "may be the headline"
)
# An overline naming a section, a league or a topic has at most this many words; the
# sentence under it that may be the headline, at most this many.
OVERLINE_NAME_WORDS = 5
OVERLINE_SENTENCE_WORDS = 16


def _name_over_sentence(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a short name with no verb (:data:`OVERLINE_NAME_WORDS`
    words at most, no closing mark) directly under the page's header lines (a date or a
    labelled line such as «کد خبر: ...» / «تاریخ انتشار: ...», no blank line between) and
    right over one sentence of a headline's length that ends in a full stop after a finite
    verb: a sports paper's league line over its one-sentence headline-lead («لیگ ... فوتبال»
    / «هفته ... برگزار شد.»). Which of the two is the headline the page does not say: the
    pick is doubtful. A short headline printed above the header lines, over its one-sentence
    summary, is no such pair (the headline comes first there), nor is a lead of several
    sentences."""
    line = lines[index]
    if index == 0 or index + 1 >= len(lines) or line.blank_before:
        return False
    if line.info.kind != "text" or line.chrome:
        return False
    if not 2 <= line.words <= OVERLINE_NAME_WORDS or line.text.rstrip()[-1] in ".:!؟?»)":
        return False
    if lines[index - 1].info.kind not in ("labels", "date"):
        return False  # not directly under the page's date or label lines
    mine = line.norm.replace("\u200c", " ").split()
    if _verb_end(line) != "" or any(_finite_verb(mine, at) for at in range(len(mine))):
        return False
    below = lines[index + 1]
    text = below.text.rstrip()
    if below.blank_before or below.info.kind != "text":
        return False  # set apart: a headline over its lead paragraph
    if not line.words < below.words <= OVERLINE_SENTENCE_WORDS:
        return False
    if not text.endswith(".") or text.endswith("..") or ". " in text:
        return False  # not one sentence ending in a full stop
    if _REPORT_OPENING.match(below.norm) is not None:
        return False  # «به گزارش ...»: a lead's attribution, never a headline
    words = below.norm.replace("\u200c", " ").rstrip(". ").split()
    return len(words) >= 2 and _finite_verb(words, len(words) - 1)


# A one-sentence title of at least this many words ending in a full stop after its verb, with
# no other source naming it, may be the lead (:func:`_lone_sentence_title`).
ONE_SENTENCE_TITLE_WORDS = 12


def _lone_sentence_title(line: _Line, url: str | None) -> bool:
    """Whether ``line``, picked as the headline, is one sentence of
    :data:`ONE_SENTENCE_TITLE_WORDS` words or more that ends in a full stop right after a finite
    verb («جلسه ... به ریاست فرماندار برگزار شد.»), not a Markdown heading, and the address's
    slug does not spell it: a report's one-sentence lead over its body is printed so on a
    page that prints no headline as often as a headline is. The caller checks that no
    machine source (<title>, og:title, <h1>) names it."""
    text = line.text.rstrip()
    if line.info.kind != "text" or text.startswith("#") or line.words < ONE_SENTENCE_TITLE_WORDS:
        return False
    if not text.endswith(".") or text.endswith(".."):
        return False
    body = text[:-1]
    for mark in (". ", "./", "!", "؟", "?", "؛"):  # (a plain loop: one sentence only)
        if mark in body:
            return False
    words = line.norm.replace("\u200c", " ").rstrip(". ").split()
    if len(words) < 2 or not _finite_verb(words, len(words) - 1):
        return False
    slug = _address(url).slug if url else None
    return slug is None or not _slug_spells_norm(line.norm, slug)


def _restated_apart(lines: Sequence[_Line], index: int, spaced: bool) -> bool:
    """Whether ``lines[index]``, a one-sentence title (:func:`_lone_sentence_title`), is
    printed apart (a blank line over it, unless it opens the text, and one under it; never
    in a double-spaced text) over a paragraph of a lead's length that restates
    :data:`RESTATED_PART` of its content words, a word's stem counting: «مدیرکل ... خبر داد.»
    / «مدیرکل ... در آبادان از ابلاغ ... خبر داد.» (obodan.com, tests/pages 2060; fix198).
    A report's lead is not followed by its own restatement, and a block of one sentence
    set apart is printed as a heading; a first sentence run into the paragraph under it
    («... کاهش یافت.» / «به گزارش ...», tests/pages 773) stays in doubt."""
    below = index + 1
    if below >= len(lines) or not _set_apart(lines[below], spaced):
        return False
    if index > 0 and not _set_apart(lines[index], spaced):
        return False
    lead = lines[below]
    if lead.info.kind != "text" or lead.words < max(LEAD_WORDS, lines[index].words + 1):
        return False
    words = {word.strip(_WORD_EDGES) for word in _content_words(lines[index])} - {""}
    if len(words) < RESTATED_WORDS:
        return False
    held = {word.strip(_WORD_EDGES) for word in _content_words(lead)}
    shared = sum(1 for word in words if any(_same_stem(word, other) for other in held))
    return shared * RESTATED_PART[1] >= len(words) * RESTATED_PART[0]


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
    r"^[\x20\u200c]*"
    + vocab.ARCHIVE_WORD_PATTERN
    + r"[\x20\u200c]+(?:ماهانه|ماهیانه|موضوعی)[\x20\u200c:]*$"
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


_UNDER_NAME_COPIES = (
    "it is printed twice over the date line under a first line printed three times or more "
    "(a blog's name), with no running text: the first line may be the title"
)
# A name printed at the top this many times at least (header, menu, sidebar).
NAME_COPIES = 3


def _twice_over_date_under_copies(lines: Sequence[_Line], first: int) -> int | None:
    """The line printed twice right over the date line under ``first``, when ``first`` is
    printed :data:`NAME_COPIES` times or more in a row at the top, nothing but its copies
    between: «وبلاگ هوای پاک» thrice / «تعطیلی مدارس اراک» twice / «۱۲ دی ۱۴۰۲», no running
    text (a blog's post saved as text: attacks57, fix172; tests/pages 1868's HTML twin reads
    its <title>). None otherwise."""
    key = lines[first].key
    at = first
    while at < len(lines) and lines[at].key == key:
        at += 1
    if at - first < NAME_COPIES or at + 2 >= len(lines):
        return None
    title, again, date = lines[at], lines[at + 1], lines[at + 2]
    if (
        title.key != again.key
        or title.info.kind != "text"
        or not 2 <= title.words <= HEADLINE_MAX_WORDS
        or title.chrome
        or not _dated_line(date)
    ):
        return None
    return at


# Why a short line cut with «...» over a tagline and a date line is doubted (fix181).
_CUT_NAME_OVER_TAGLINE = (
    "it is a short line cut with «...» over a tagline and a date line: a blog's name over "
    "its posts, not a post's title"
)
# At most this many words in a blog's name cut with «...» («نگاهي به...»).
CUT_NAME_WORDS = 4


def _cut_name_over_tagline(lines: Sequence[_Line], index: int) -> tuple[str, None] | None:
    """A doubt on ``lines[index]`` when it is a short line (:data:`CUT_NAME_WORDS` words at
    most) ending with «...» or «…», over a line of text (a tagline) over a date line: a
    blog's name, its tagline and the day header of a day's posts (a Blogger day archive,
    «نگاهي به...» / TAGLINE / «۱۳۹۵ اردیبهشت ۱۵, چهارشنبه» / posts, tests/pages 1971)."""
    line = lines[index]
    if (
        index + 2 >= len(lines)
        or line.words > CUT_NAME_WORDS
        or not line.text.rstrip().endswith(("...", "…"))
        or lines[index + 1].info.kind != "text"
        or not _dated_line(lines[index + 2])
    ):
        return None
    return _CUT_NAME_OVER_TAGLINE, None


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


# «در شهرستان بندر لنگه ...», «در استان ...»: a place's label at a line's start.
_PLACE_LABEL = regex.compile(r"^در[\x20\u200c]+(?:شهرستان|استان|شهر|بخش)[\x20\u200c]+\p{L}")


def _place_label_opening(line: _Line) -> bool:
    """Whether a headline opens with a place's label (:data:`_PLACE_LABEL`) and ends with no
    verb: «در شهرستان بندر لنگه بازدید مدیر ... به مناسبت هفته جهاد کشاورزی»
    (hormozgan-agri-jahad.com's counties' news, the county's label in its own span before
    the headline). A headline that opens with the place says what happened there, with a
    verb («در شهرستان ... ۵۰ هکتار نخلستان آبیاری شد»)."""
    return (
        line.norm.startswith("در")
        and _PLACE_LABEL.match(line.norm) is not None
        and _verb_end(line) == ""
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
# An article's text under its headline, not an item's excerpt: at least this many paragraphs
# one after the other, together longer than two excerpts (:data:`LISTING_LEAD_WORDS`).
FULL_POST_PARAGRAPHS = 3


_AUXILIARIES = frozenset(vocab.AUXILIARY_VERBS)


def _cut_before_verb(
    lines: Sequence[_Line], index: int, outside: set[int], spaced: bool = False
) -> bool:
    """Whether line ``index`` (three words or more, no mark at its end) runs on into the
    line right under it (no blank line between, unless every line is double-spaced:
    ``spaced``), which opens with an auxiliary verb, alone or glued to the next by a ZWNJ
    (:data:`vocab.AUXILIARY_VERBS`: «شده است و ...», «است که ...», «شده‌است و ...») or with a
    present verb's prefix after a line ending on no verb («... برگزار» / «می‌شود و ...»), and
    holds a sentence's end: one paragraph hard-wrapped by the layout (a blog's ``<br>``), a
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
    if first in _PRESENT_PREFIXES:
        # «... برگزار» / «می‌شود و ...»: a present verb's prefix opens the line and the line
        # above ends on no verb of its own (a compound verb's first part), so the clause runs
        # on; a headline's lead opening with a verb follows a headline that has its own.
        return _verb_end(line) == "" and _SENTENCE_END.search(under.text) is not None
    return first in _AUXILIARIES and _SENTENCE_END.search(under.text) is not None


# A line that ends a headline's clause alone has at most this many words («شده است»).
VERB_TAIL_WORDS = 3


def _verb_tail_under(lines: Sequence[_Line], index: int, outside: set[int]) -> bool:
    """Whether the line right under line ``index`` (no blank line between) is made of
    auxiliary verbs only, with no mark at its end («... تبدیل» / «شده است»), and line
    ``index`` ends on no verb of its own: a headline the layout set over two lines, its
    verb on the second; the line taken is cut short. (With a sentence after the verb the
    two lines are a paragraph's: :func:`_cut_before_verb`.)"""
    below = index + 1
    if below >= len(lines) or below in outside:
        return False
    line, under = lines[index], lines[below]
    if (
        under.blank_before
        or under.words > VERB_TAIL_WORDS
        or line.words < 3
        or not under.text.rstrip()[-1:].isalpha()
        or not line.text.rstrip()[-1:].isalpha()
    ):
        return False  # (most titles: no line of a few words right under them)
    words = under.norm.replace(ZWNJ, " ").split()
    return (
        1 <= len(words) <= VERB_TAIL_WORDS
        and all(word in _AUXILIARIES for word in words)
        and _verb_end(line) == ""
    )


# The object's mark, which follows the words it marks and never opens a clause.
_OBJECT_MARK = "را"


def _opens_with_object_mark(line: _Line) -> bool:
    """Whether a line opens with the object's mark «را» («را بررسی کرد»): the end of a
    clause whose first words stand on the line above (a headline the layout set over two
    lines), never a headline's opening."""
    first = line.norm.split(maxsplit=1)
    return bool(first) and first[0].strip(ZWNJ) == _OBJECT_MARK and len(first) > 1


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


def _wrapped_mid_sentence(lines: Sequence[_Line], index: int) -> bool:
    """Whether line ``index`` opens in the middle of a sentence of a hard-wrapped paragraph
    (a campaign diary's lines cut short and set apart by blank lines, real47 #11): the two
    lines above it are lines of running text as long as it (:data:`_WRAPPED_MIN_LINE_WORDS`
    words or more, within :data:`_WRAPPED_WIDTHS` of its length), both ending with a letter
    or a digit and no mark, and the line right above ends a sentence inside it («...
    میکنند. بعضی وقت از 10 تا 20»): its sentence goes on in this line, no headline."""
    if index < 2:
        return False
    line, above, upper = lines[index], lines[index - 1], lines[index - 2]
    size = len(line.text.rstrip())
    if not (_wrapped_like(above, size) and _wrapped_like(upper, size)):
        return False
    if line.words < _WRAPPED_MIN_LINE_WORDS:
        return False
    # The sentence may end inside any line of the run above, not only the nearest: a body
    # wrapped into five blocks or more has lines going on with no sentence ending in them
    # («... و ما» / «تا عصر ... پرسیدیم و», fix151).
    at = index - 1
    while at >= 0 and (at >= index - 2 or _wrapped_like(lines[at], size)):
        match = _SENTENCE_INSIDE.search(lines[at].text)
        if match is not None and len(lines[at].text[match.end() :].split()) >= _WRAPPED_MIN_WORDS:
            return True
        at -= 1
    return False


def _wrapped_like(other: _Line, size: int) -> bool:
    """Whether ``other`` is a hard-wrapped line of running text beside a line ``size``
    characters long: :data:`_WRAPPED_MIN_LINE_WORDS` words or more, within
    :data:`_WRAPPED_WIDTHS` of that length either way, ending with a letter or a digit and
    no mark (its sentence goes on in the line below)."""
    text = other.text.rstrip()
    return (
        bool(text)
        and text[-1].isalnum()
        and other.info.kind == "text"
        and other.words >= _WRAPPED_MIN_LINE_WORDS
        and len(text) <= _WRAPPED_WIDTHS * size
        and size <= _WRAPPED_WIDTHS * len(text)
    )


def _head_over_wrapped(lines: Sequence[_Line], index: int, run: int = 2) -> int | None:
    """The short line over the hard-wrapped paragraph that line ``index`` goes on
    (:func:`_wrapped_mid_sentence`): the lines from ``index`` up are lines of running text
    as long as it, each ending with a letter or a digit and no mark (each goes on in the
    one below), and the line over the first of them is a headline's: text of
    :data:`_HEAD_MIN_WORDS` words or more and at most half as long as the shortest of them,
    ending with a letter, no date line («سفر به روستاهای بلخ» over a diary's lines cut
    short and set apart by blank lines), or such a line over a date line over them. None
    when the run reaches the page's top, holds fewer than ``run`` lines above ``index``, or
    the line over it is no such line. (``run`` 1: a paragraph wrapped into three blocks,
    line ``index`` its middle one, :func:`_wrapped_set_apart`, fix156.)"""
    size = len(lines[index].text.rstrip())
    top, shortest = index, size
    while top > 0 and _wrapped_like(lines[top - 1], size):
        top -= 1
        shortest = min(shortest, len(lines[top].text.rstrip()))
    if top == 0 or index - top < run:
        return None
    at = top - 1
    if _dated_line(lines[at]) and at > 0:
        at -= 1  # the headline's date line between it and its text
    head = lines[at]
    text = head.text.rstrip()
    if (
        not text
        or not text[-1].isalpha()
        or head.info.kind != "text"
        or head.words < _HEAD_MIN_WORDS
        or 2 * len(text) > shortest
        or _dated_line(head)
    ):
        return None
    return at


# The words of a headline over a hard-wrapped paragraph at least (a lone word is a label).
_HEAD_MIN_WORDS = 2

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
_HELLO_LINE = "it is a greeting, which opens a post's body without naming it"


# Why the line chosen by score gives way to the headline-shaped line above it, and why
# that line is still uncertain.
_CLOSER_ABOVE = (
    "the headline-shaped line above it shares more words with the lead",
    "the headline-shaped line above its first print shares more words with the lead",
)
_SHARES_MORE = "it shares more words with the lead than the headline-shaped line under it"
_INSTITUTION_LINE = "it names an institution (a publisher's line under the title)"
_INSTITUTION_ALONE = "it is an institution's name alone, as a site's name is"
_UNDER_NAME_FRAME = (
    "it has two words under a frame holding a name alone, which names the site or the page"
)
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
_SECTION_OVER_RELAY = (
    "it is one word over a report's lead opening with its relay («به گزارش ...،»): a "
    "section's name; the report's headline is not printed"
)
# A chapter's or part's heading: the word, its ordinal (in words or digits), then a colon or
# a dash («فصل اول:», «بخش ۲ -», «Chapter 3:»); «بخش دوم طرح ...» without them is a headline.
_CHAPTER_HEADING = regex.compile(
    rf"""^[\x20\u200c]*(?i:{"|".join(vocab.CHAPTER_WORDS)})[\x20\u200c]+
    (?:{"|".join(sorted(vocab.ORDINAL_DAYS, key=len, reverse=True))}|[0-9]{{1,2}}|[ivx]{{1,4}})
    [\x20\u200c]*[:\-–]""",
    regex.VERBOSE,
)
_INVOCATION_LINE = "it is an invocation, which opens a text without naming it"
_INVOCATION_COUPLET = (
    "it closes the couplet of an invocation (its first line «به نام خداوند ...»): a verse "
    "opening the text, not its name"
)
# The Quran's own marks (U+06D6-U+06ED: small high ligatures of the pauses, the end of an
# ayah, the small high letters and rounded zero of the mushaf's spelling), printed only in
# its verses. A line holding one is a verse: a Quran reader's text or an epigraph, which
# names no page (quranenc.com's and qurano.com's readers, quranpedia.net: a verse first,
# no headline).
_QURAN_MARKS = regex.compile(r"[\u06d6-\u06ed]")
_VERSE_LINE = "it is a verse of the Quran, printed with the mushaf's marks: a text, not its name"
_VERSE_UNDER = "it is a verse of the Quran under a headline: the text's opening, not its name"
_DRAWN_OUT_NAME = (
    "its letters are drawn out by runs of tatweel (a header's lettering): a site's or a "
    "blog's name, perhaps, not a headline"
)
# A run of this many tatweels or more inside a word draws its letters out: a logo's or a
# header's lettering («بـــــوق», «هـمـــدم»), where a headline's kashida is one or two.
TATWEEL_RUN = 3
# A name in such lettering has at most this many words.
DRAWN_OUT_NAME_WORDS = 4
_TATWEEL_RUN = re.compile(TATWEEL + "{" + str(TATWEEL_RUN) + ",}")


def _drawn_out_name(line: _Line) -> bool:
    """Whether ``line`` is a short name (:data:`DRAWN_OUT_NAME_WORDS` words at most) with a
    word drawn out by a run of :data:`TATWEEL_RUN` tatweels or more: a header's lettering."""
    return line.words <= DRAWN_OUT_NAME_WORDS and _TATWEEL_RUN.search(line.text) is not None


_UNDER_REPOST_NOTICE = (
    "it heads a piece reposted under its source's notice («منبع : ADDRESS»): the piece's own "
    "heading; the page's title may be the line above the notice"
)
# A repost's source notice: «منبع :http://...», «منبع: www...» (the label, a colon, an address).
_SOURCE_ADDRESS = regex.compile(r"[\x20]*منبع[\x20]*:[\x20]*(?:https?://|www\.)")
# The notice stands this many lines above the reposted piece's heading at most.
REPOST_NOTICE_REACH = 2


def _repost_notice_above(lines: Sequence[_Line], index: int) -> int | None:
    """The index of a source notice with an address («منبع :http://simorghaf.com/...») at
    most :data:`REPOST_NOTICE_REACH` lines above ``lines[index]``, or None."""
    for above in range(index - 1, max(-1, index - 1 - REPOST_NOTICE_REACH), -1):
        if _SOURCE_ADDRESS.match(lines[above].norm) is not None:
            return above
    return None


_WISH_UNDER_THANKS = (
    "it is a wish («به امید ...») right under a thanks line («با تشکر از ...»): a post's "
    "closing words, not a headline"
)
# A thanks line's opening («با تشکر از», «با سپاس از», «سپاس از», «تشکر از»), on the normalised
# copy, and a wish's («به امید ...», "in the hope of ..."): together a post's sign-off.
_THANKS_OPENING = regex.compile(
    r"[\x20]*(?:با[\x20]+(?:تشکر|سپاس)(?:[\x20]+و[\x20]+(?:تشکر|سپاس))?|سپاس|تشکر)[\x20]+از[\x20]"
)
_WISH_OPENING = regex.compile(r"[\x20]*به[\x20]+امید[\x20]+\p{L}")


def _wish_under_thanks(above: _Line, line: _Line) -> bool:
    """Whether ``line`` opens with a wish («به امید خواندن سفرنامه ...») and the line above
    it with thanks («با تشکر از NAME ...»): a post's closing words, one after the other, never
    its headline; a headline «به امید روزهای بهتر» stands under no thanks line."""
    return (
        _WISH_OPENING.match(line.norm) is not None and _THANKS_OPENING.match(above.norm) is not None
    )


_REFRAIN_LINE = (
    "it repeats the verse line right above it but for its last word: a poem's refrain, not "
    "its headline"
)


def _refrain_pair(above: _Line, line: _Line) -> bool:
    """Whether two verse-shaped lines (:func:`_verse_shaped`) have the same words but their
    last, which differs: a poem's refrain, a line sung again with one word changed (fix233)."""
    if not (_verse_shaped(above) and _verse_shaped(line)):
        return False
    one = above.norm.replace("\u200c", " ").split()
    two = line.norm.replace("\u200c", " ").split()
    return len(one) == len(two) and one[:-1] == two[:-1] and one[-1] != two[-1]


_COUPLET_OVER_TEXT = (
    "it closes a rhyming couplet right over the running text: a verse opening the text, not "
    "its headline"
)


# A couplet is doubted under a line of more than this many words only (the label naming the
# text it opens: «پیام دبیر انجمن ... به مناسبت هفته نیکوکاری», real61 #22; fix202).
COUPLET_KICKER_WORDS = 2
# An invocation («بسمه تعالی») this many lines over a couplet (itself, or a short label
# under it) makes the couplet a message's epigraph whatever the line right over it (fix208).
COUPLET_INVOCATION_LINES = 2


def _completes_invocation(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is the second line of a couplet whose first line, right above
    it, is an invocation (:func:`_invocation`: «به نام خداوند جان و خرد» over «کز ین برتر
    اندیشه برنگذرد», Ferdowsi's opening printed over a statement): both verse-shaped
    (:func:`_verse_shaped`), within :data:`VERSE_LENGTH_RATIO` of each other in length, and
    rhyming (:func:`_verses_rhyme`)."""
    if index < 1 or not _invocation(lines[index - 1]):
        return False
    upper, line = lines[index - 1], lines[index]
    if not (_verse_shaped(upper) and _verse_shaped(line)):
        return False
    one, two = len(upper.text.strip()), len(line.text.strip())
    if max(one, two) > VERSE_LENGTH_RATIO * min(one, two):
        return False
    return _verses_rhyme(upper.norm, line.norm)


def _couplet_over_text(lines: Sequence[_Line], index: int, anchor: int | None) -> bool:
    """Whether ``lines[index]`` is the second line of a couplet right over the running text
    (``anchor``, a paragraph): it and the line above are verse-shaped (:func:`_verse_shaped`),
    within :data:`VERSE_LENGTH_RATIO` of each other in length, and rhyme (:func:`_verses_rhyme`),
    under a line of more than :data:`COUPLET_KICKER_WORDS` words or within
    :data:`COUPLET_INVOCATION_LINES` lines under an invocation (:func:`_chrome._invocation`)."""
    if index < 1 or anchor != index + 1 or anchor >= len(lines) or not lines[anchor].paragraph:
        return False
    if index < 2 or (
        lines[index - 2].words <= COUPLET_KICKER_WORDS
        and not any(
            _invocation(lines[at])
            for at in range(max(0, index - 1 - COUPLET_INVOCATION_LINES), index - 1)
        )
    ):
        # Under a line of two words or fewer (a headline's kicker, a section's name) or none,
        # the couplet is left as read (fix116's near miss; fix202); but an invocation over
        # it («بسمه تعالی» / «پیام مدیر» / the couplet / the message, fix208) opens a
        # message, and verse under it is the message's epigraph, as under a longer line.
        return False
    upper, line = lines[index - 1], lines[index]
    if not (_verse_shaped(upper) and _verse_shaped(line)):
        return False
    one, two = len(upper.text.strip()), len(line.text.strip())
    if max(one, two) > VERSE_LENGTH_RATIO * min(one, two):
        return False
    return _verses_rhyme(upper.norm, line.norm)


# A verse alone on its line without the mushaf's marks (fix122): set in the ornate brackets
# «﴿ ... ﴾» only verses are printed in; or Arabic vocalised on most of its words (a Persian
# line quoting a few Arabic words carries the vowel marks on those words only); or one of
# the few verses printed alone as an epigraph over a message, letters only
# («ن و القلم و ما یسطرون» over the journalists' day's greetings, khavaraan.ir).
_ORNATE_VERSE = regex.compile(r"^\W*\uFD3F[^\uFD3E\uFD3F]+\uFD3E\W*$")
_HARAKAT = regex.compile(r"[\u064b-\u0652]")
# The hamza's seats and the tied teh, folded as the epigraphs above are spelled.
_HAMZA_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ؤ": "و"})
VOCALISED_VERSE_WORDS = 3
VERSE_MAX_WORDS = 16
EPIGRAPH_MAX_WORDS = 8  # (the longest epigraph below has 7 words)
_EPIGRAPH_VERSES = frozenset(
    {
        "نوالقلمومایسطرون",
        "اناللهواناالیهراجعون",
        "کلنفسذائقهالموت",
        "الابذکراللهتطمئنالقلوب",
        "انمعالعسریسرا",
        "انافتحنالکفتحامبینا",
        "ومنیتقاللهیجعللهمخرجا",
    }
)


def _verse_line(line: _Line) -> bool:
    """Whether a short line alone is a verse of the Quran printed without the mushaf's
    marks (see :data:`_ORNATE_VERSE`)."""
    if line.words > VERSE_MAX_WORDS:
        return False
    text = line.text.strip()
    if "\ufd3f" in text and _ORNATE_VERSE.match(text):
        return True
    if _HARAKAT.search(text) is not None:
        words = text.split()
        vocalised = sum(1 for word in words if _HARAKAT.search(word))
        if len(words) >= VOCALISED_VERSE_WORDS and 3 * vocalised >= 2 * len(words):
            return True
    return (
        line.words <= EPIGRAPH_MAX_WORDS
        and _NOT_LETTERS.sub("", line.norm).translate(_HAMZA_FOLD) in _EPIGRAPH_VERSES
    )


def _stopless_print(lines: Sequence[_Line], index: int) -> int | None:
    """The earlier print of ``lines[index]`` when that line ends with a full stop set apart
    by a space («HEADLINE .») and an earlier line is the same text without it (their keys
    match: :attr:`_Line.key` drops such a stop), the nearest one; else None."""
    norm = lines[index].norm
    if not norm.endswith(" .") or norm[:-1].rstrip().endswith("."):
        return None
    key = lines[index].key
    for earlier in range(index - 1, max(-1, index - LABEL_REACH_ABOVE), -1):
        if lines[earlier].key == key and not lines[earlier].norm.endswith("."):
            return earlier
    return None


# The doubts under which the competing line above is taken instead, and the doubt it keeps.
_GIVES_WAY = {
    _CLOSER_ABOVE[0]: _SHARES_MORE,
    _CLOSER_ABOVE[1]: _SHARES_MORE,
    _INSTITUTION_LINE: "the line under it names an institution, which may be its publisher",
    _MOTTO_OVER_POST: "a site's motto, repeating words of its name, stands over it",
    _NAME_OVER_DESCRIPTION: "a site's name and its description (repeating the name's words) "
    "stand over it",
    _TAGLINE_OVER_POST: "a blog's name and tagline may stand over it (the first line, over a "
    "longer line and this one, right over the date line)",
    _INVOCATION_LINE: "the best line beside an invocation, which opens a text without naming it",
    _INVOCATION_COUPLET: "the best line beside an invocation's couplet, which opens a text "
    "without naming it",
    _VERSE_UNDER: "a verse of the Quran under it opens the text",
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
# A masnavi's run (each couplet rhyming on its own): at least this many couplets in a row.
MASNAVI_COUPLETS = 3
_VERSE_MARKS = frozenset(':«»"0123456789۰۱۲۳۴۵۶۷۸۹')


def _hemistich_trailing_off(run: Sequence[int], line: _Line) -> bool:
    """Whether a line closes a couplet trailing off with an ellipsis («دل ما هم به سوی باغ
    پرید...»: the second hemistich of a couplet begun in ``run``, fix237)."""
    return len(run) % 2 == 1 and line.text.endswith(("...", "…")) and line.text[-4:-3] != "."


# The fewest words of a hemistich parted from its pair by stars (a short meter's).
STARRED_HEMISTICH_WORDS = 3
# A couplet printed on one line, its hemistichs set apart by stars («... *** ...», «... * ...»,
# «... ٭٭ ...»), a tab or two spaces or more.
_HEMISTICH_MARKS = ("*", "\t", "  ", "٭")
_HEMISTICH_BREAK = regex.compile(r"\x20+[*٭]{1,3}\x20+|\x20*\t[\x20\t]*|\x20{2,}")


def _couplet_halves(line: _Line) -> tuple[str, str] | None:
    """A line's two hemistichs when it is a couplet printed on one line (:data:`_HEMISTICH_BREAK`
    between two parts of :data:`VERSE_WORDS` words each, or of
    :data:`STARRED_HEMISTICH_WORDS` words or more when stars part them, neither holding a digit,
    a colon or a quote), else None."""
    text = line.text
    if "*" not in text and "\t" not in text and "  " not in text and "٭" not in text:
        return None  # (no mark that parts two hemistichs: most lines, passed over in C)
    if line.info.kind != "text" or line.words > 2 * VERSE_WORDS[1] + 1:
        return None
    parts = _HEMISTICH_BREAK.split(text.strip())
    if len(parts) != 2 or _VERSE_MARKS.intersection(line.text):
        return None
    first, second = (normalize(part) for part in parts)
    # Stars part a short meter's hemistichs too, three words each («باران آمد باز *** ...»;
    # fix283); a tab or spaces part a table's cells as often.
    least = STARRED_HEMISTICH_WORDS if "*" in text or "٭" in text else VERSE_WORDS[0]
    if not all(least <= len(part.split()) <= VERSE_WORDS[1] for part in (first, second)):
        return None
    return first, second


def _couplet_lines(lines: Sequence[_Line], stop: int) -> set[int]:
    """The lines above the body that are a poem's couplets printed one a line, its two
    hemistichs parted on the line (:func:`_couplet_halves`): :data:`MASNAVI_COUPLETS` such lines
    in a row or more, each rhyming within itself (a masnavi: «صبح که شد کوچه پر از نور شد ***
    غصه ی دیروز همه دور شد») or, the first rhyming within itself, all their second
    hemistichs on its rhyme (a ghazal, a qasida), up to the last that keeps the rhyme. A
    blog's poem pasted as one couplet a line (attacks76; fix266): never a headline. A list of
    headlines or a table's rows parted the same way do not rhyme so."""
    found: set[int] = set()
    if not stop:
        return found
    doc, end = lines[0]._doc, lines[stop - 1].end
    if all(doc.find(mark, 0, end) < 0 for mark in _HEMISTICH_MARKS):
        return found  # (no line above the body parts two hemistichs: most pages, one test)
    run: list[tuple[int, str, str]] = []

    def close() -> None:
        own = 0
        while own < len(run) and run[own][1] == run[own][2]:
            own += 1
        shared = 0  # (a ghazal opens with a couplet rhyming within itself)
        while own and shared < len(run) and run[shared][2] == run[0][2]:
            shared += 1
        if max(own, shared) >= MASNAVI_COUPLETS:
            found.update(at for at, _first, _second in run[: max(own, shared)])
        run.clear()

    for index in range(stop):
        halves = _couplet_halves(lines[index])
        if halves is None or (run and run[-1][0] != index - 1):
            close()
        if halves is not None:
            first, second = (_squash(half).rstrip(".…")[-2:] for half in halves)
            run.append((index, first, second))
    close()
    return found


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
        if len(run) > VERSE_LINES and lines[run[0]].key == lines[run[1]].key:
            # The poem's first verse printed over it as its title (Blog.ir's post title over
            # the body, tests/pages 2254; fix248): the copy above is no hemistich.
            del run[0]
        if len(run) >= VERSE_LINES:
            ends = [_squash(lines[i].norm).rstrip(".…")[-2:] for i in run]
            if ends[0] == ends[1] and ends.count(ends[0]) >= VERSE_LINES - 1:
                last = max(at for at, end in enumerate(ends) if end == ends[0])
                # Up to the last rhyme, in whole couplets: a headline right under the stanza
                # may end with the same verb («... برگزار شد») and is no hemistich.
                found.update(run[: (last + 1) // 2 * 2])
            else:
                # A masnavi: each couplet its own rhyme («... دل شاد شد / ... آزاد شد», «...
                # می رسد / ... می رسد»), MASNAVI_COUPLETS of them or more from the run's first
                # line (fix248, tests/pages 2250). A headline over the poem pairs with its
                # first verse, which it does not rhyme with: no couplet, nothing found.
                pairs = 0
                while 2 * pairs + 1 < len(ends) and ends[2 * pairs] == ends[2 * pairs + 1]:
                    pairs += 1
                if pairs >= MASNAVI_COUPLETS:
                    found.update(run[: 2 * pairs])
        run.clear()

    found.update(_couplet_lines(lines, stop))
    for index in range(stop):
        line = lines[index]
        if (
            line.info.kind == "text"
            and VERSE_WORDS[0] <= line.words <= VERSE_WORDS[1]
            and (line.text[-1] not in ".،؛!؟?:" or _hemistich_trailing_off(run, line))
            and not _VERSE_MARKS.intersection(line.text)
        ):
            if run and ((_set_apart(line, spaced) and len(run) % 2) or run[-1] != index - 1):
                # A blank line parts a stanza's couplets, never a couplet's two hemistichs
                # (shamimadab3.blogfa.com's couplets, tests/pages 2284; fix237).
                close()
            run.append(index)
        else:
            close()
    close()
    return found


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
    if not _printed_name(lines, first, HEADLINE_MAX_WORDS):
        return None
    if not any(lines[at].paragraph for at in range(first + 2, index) if at not in outside):
        return None
    return first


def _title_twice_under_name_thrice(
    lines: Sequence[_Line], candidates: Sequence[int], anchor: int, outside: set[int]
) -> int | None:
    """The first print of a title printed twice right over the running text (``anchor``)
    when the only lines above it are one other line printed three times, the page's
    first three candidates: a blog's name (its <title>, its header and its description
    printed with the name) over the post's title and its copy («بسکه ماندم ...» three
    times over «فوری فوری» twice, eshghemanloleman.blogsky.com, tests/pages 1868). A post
    title printed three times under a blog's name printed twice (tests/pages 1249, 1410)
    stands below the name, not over it: no match. The first print of the lower pair, the
    index of the line after the three copies; None otherwise."""
    if len(candidates) != 5:
        return None
    first: int = candidates[0]
    if any(at != first + step for step, at in enumerate(candidates)):
        return None
    if any(at not in outside for at in range(first)) or anchor != first + 5:
        return None
    name, title = lines[first], lines[first + 3]
    if any(lines[at].key != name.key for at in (first + 1, first + 2)):
        return None
    if lines[first + 4].key != title.key or title.key == name.key:
        return None
    if title.info.kind != "text" or title.paragraph or title.chrome or title.byline:
        return None
    if name.info.kind != "text" or name.chrome or name.byline:
        return None
    if anchor == len(lines):
        # No running text, ``anchor`` the text's end (an empty post): the copies alone say
        # it (fix167: mut35 saw IndexError here). Without a title hint :func:`_choose_title`
        # has mostly taken the first plain line before this; a hint naming the name keeps it.
        return first + 3
    if not lines[anchor].paragraph:
        return None
    return first + 3


# The fewest words of the post's first line under a headline the copyright rule takes.
POST_OPENING_WORDS = 4


def _headline_under_copyright_name(
    lines: Sequence[_Line],
    candidates: Sequence[int],
    keys: dict[str, int],
    outside: set[int],
    names: frozenset[str],
) -> int | None:
    """The line under the site's name when the page's first line is a name its copyright
    notice prints (:func:`copyright_names`, «© NAME» in the footer), twice in a row (its
    header and its logo), and under it stands a line printed once of a headline's shape (two
    words to fewer than LEAD_WORDS, no sentence's or kicker's end, no paragraph, chrome or
    byline) over a text line of POST_OPENING_WORDS words or more (the post's first line; a
    site's tagline stands over its menu's short items, tests/pages 647's extracted text): a
    blog's header (its name, printed again in the footer's notice) over the post's title
    (Blogfa's template, tests/pages 2312; fix248). One motto line may stand between the
    name and the headline, when it is a sentence ending with a full stop or «!» (the blog's
    motto: «کاش ... فراموش شدنی.»). The post's labelled ID alone on a line («۵۲۷۱۴ کد
    مطلب», fix271), or one other labelled field of its header («تاریخ انتشار: DATE»,
    «نویسنده: NAME», «موضوع: NAME», fix285), may stand between the headline and the post's
    first line. None
    otherwise: no notice names the line, or the line under it has no headline's shape."""
    if not names or not candidates:
        return None
    first = candidates[0]
    if any(at not in outside for at in range(first)) or lines[first].key not in names:
        return None
    below = first + 1
    if below >= len(lines) or lines[below].key != lines[first].key:
        return None  # (a name printed once over a tagline: the tagline is no headline)
    below += 1
    if below in outside or below not in candidates:
        return None
    motto = lines[below] if below < len(lines) else None
    if (
        motto is not None
        and motto.info.kind == "text"
        and motto.text.rstrip()[-1:] in (".", "!")
        and not motto.text.rstrip().endswith(("..", "…"))
        and keys.get(motto.key, 0) == 1
    ):
        below += 1
        if below in outside or below not in candidates:
            return None
    under = below + 1
    if (
        under < len(lines)
        and (labels := lines[under].info).kind == "labels"
        and bool(labels.labels)
    ):
        # the post's ID under its title («۵۲۷۱۴ کد مطلب», fix271), or another field of its
        # header («تاریخ انتشار: DATE», «نویسنده: NAME», «موضوع: NAME», «بازدید: N»; fix285)
        under += 1
    if under >= len(lines) or under in outside:
        return None
    post = lines[under]
    if post.info.kind != "text" or post.chrome or post.words < POST_OPENING_WORDS:
        return None  # (a menu's short items under it: a tagline over the site's menu)
    headline = lines[below]
    end = headline.text.rstrip()[-1:]
    if (
        headline.info.kind != "text"
        or headline.paragraph
        or headline.chrome
        or headline.byline
        or not 2 <= headline.words < LEAD_WORDS
        or end in _KICKER_ENDS
        or end in (".", "!", "؟", "?", "…")
        or keys.get(headline.key, 0) != 1
        or headline.key in names
    ):
        return None
    return below


_POEM_TITLE_UNDER_TEXT = (
    "it prints its poem's first verse over the poem (a post's title), and lines of text stand "
    "above it"
)


def _title_over_its_poem(
    lines: Sequence[_Line], candidates: Sequence[int], verse: set[int]
) -> int | None:
    """The candidate right over a poem's stanza (:func:`_verse`) that prints the stanza's
    first verse again, whole or its opening cut with «...» or «…» («ای دل بیا که نام خدا را
    صدا کنیم ...» over «ای دل بیا که نام خدا را صدا کنیم» / the poem), the stanza's
    :data:`VERSE_LINES` lines at least under it: a blog's post titled
    with its poem's first verse (Blog.ir, PersianBlog: tests/pages 2254, 2260; fix248). The
    lowest such candidate; None when no candidate stands right over the stanza's first line
    or it prints other words."""
    for at in reversed(candidates):
        if at + 1 not in verse or at in verse:
            continue
        if any(at + step not in verse for step in range(1, VERSE_LINES + 1)):
            return None  # (two rhyming lines of a menu are no poem: a stanza's lines at least)
        title, first = lines[at], lines[at + 1]
        if title.info.kind != "text" or title.paragraph or title.chrome or title.byline:
            return None
        cut = _squash(normalize(title.text.strip().rstrip(".…").rstrip()))
        if cut and (
            title.key == first.key or (first.key.startswith(cut) and len(cut) * 2 >= len(first.key))
        ):
            return at
        return None
    return None


def _printed_name(lines: Sequence[_Line], at: int, max_words: int) -> bool:
    """Whether ``lines[at]`` has a printed name's shape: a text line of 1 to ``max_words``
    words, no paragraph, no chrome or byline, no kicker's end, neither an institution's name
    nor the site's name printed twice (:func:`_name_twice_on_top`,
    :func:`_two_names_twice_on_top`)."""
    name = lines[at]
    return not (
        name.info.kind != "text"
        or name.paragraph
        or name.chrome
        or name.byline
        or not 1 <= name.words <= max_words
        or name.text[-1] in _KICKER_ENDS
        or _institution(name)
        or _site_name_twice(lines, at)
    )


def _second_name(line: _Line) -> bool:
    """Whether ``line``, right under a name printed twice at the page's top, is a short
    line that may be a name too: a text line of 1 to :data:`NAME_MAX_WORDS` words, no
    paragraph, no chrome or byline, whatever its count and its end. Printed once, ending
    with «:» («ثابت ها:») or an institution's name («دانشگاه تهران»), it is as likely the
    page's name as the first, so a section's heading under the running text is no surer
    (fix111: mut27's mutants 11 and 12 doubted those pages; the rule gave «روش کار»)."""
    return not (
        line.info.kind != "text"
        or line.paragraph
        or line.chrome
        or line.byline
        or not 1 <= line.words <= NAME_MAX_WORDS
    )


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
    """The page's first line when it and the next line are two different names, the first
    printed twice on the page (at its top and again under its text), the second any short
    line (:func:`_second_name`: printed twice or once, «...:», an institution's, fix111), and
    the line chosen by score, ``lines[index]``, is a heading printed once below a paragraph
    of running text under them (:func:`_name_twice_on_top`'s shape with two names, mut25's
    mutant 10): the page's name is one of the two, or neither, so no line is sure. None
    otherwise."""
    if len(candidates) < 2:
        return None
    first = candidates[0]
    if (
        any(at not in outside for at in range(first))
        or first + 1 >= index
        or candidates[1] != first + 1
        or keys.get(lines[index].key, 0) != 1
        or keys.get(lines[first].key, 0) < 2
        or _NOT_LETTERS.sub("", lines[first].key) == _NOT_LETTERS.sub("", lines[first + 1].key)
    ):
        return None
    if not _printed_name(lines, first, NAME_MAX_WORDS) or not _second_name(lines[first + 1]):
        return None
    if not any(lines[at].paragraph for at in range(first + 2, index) if at not in outside):
        return None
    return first


def _headline_under_logo_twice(
    lines: Sequence[_Line],
    candidates: Sequence[int],
    index: int,
    keys: dict[str, int],
    outside: set[int],
) -> tuple[int, bool] | None:
    """The line under the copies, and whether it is surely the headline, when
    ``lines[index]``, the line chosen by score, is either copy of a site's short name
    (:func:`_logo_named` or an institution's) printed twice, the same print, and right under
    the copies stands a headline-shaped line printed once, or twice in a row, over a
    paragraph: the site's logo and its name over the headline («مجله برنامه نویسی» twice,
    fix99). Since fix104 also with up to two meta lines (a byline, a date, a row of labels)
    between the headline and the paragraph, date lines alone above the copies, and the name
    printed again lower down (a footer's line). Since fix106 also under a menu line (site
    furniture, «خانه | مقالات | درباره ما») above the copies; and a line shorter than
    twice the name's words printed once (a tagline's length), or ending like a kicker
    («...:»), is the headline but not surely (``False``): the lines above the headline are
    only the two copies and those date and menu lines. Since fix111 also a headline cut
    with «…» (read as a paragraph: not surely) and under a two-entry home menu
    («خانه | مقاله‌ها», :func:`_menu_alone`). None otherwise: a chapter's name printed twice
    (fix91) names no site."""
    if index > 0 and lines[index - 1].key == lines[index].key:
        index -= 1
    try:
        at = candidates.index(index)
    except ValueError:
        return None
    name, below = index + 1, index + 2
    if (
        at + 2 >= len(candidates)
        or any(
            above not in outside and not _date_alone(lines[above]) and not _menu_alone(lines[above])
            for above in range(index)
        )
        or candidates[at + 1] != name
        or candidates[at + 2] != below
        or below + 1 >= len(lines)
        or lines[name].key != lines[index].key
        or keys.get(lines[index].key, 0) < 2
    ):
        return None
    # The headline printed once, or twice in a row (its h1 and its og:title copy).
    twice = lines[below + 1].key == lines[below].key
    after = below + 2 if twice else below + 1
    if keys.get(lines[below].key, 0) != after - below:
        return None
    # Its meta lines under it, up to two («نویسنده: NAME | DATE», a date line: fix104).
    for _ in range(2):
        if after < len(lines) and _meta_alone(lines[after]):
            after += 1
    if after >= len(lines) or after in outside:
        return None
    first, headline = lines[index], lines[below]
    # A headline cut by the site, «...…» or «......», reads as a sentence (a paragraph): the
    # headline or an excerpt, not surely; never the name (fix111: the name was the title,
    # silently).
    cut = headline.text.rstrip().endswith(("…", "..."))
    named = _logo_named(first) or _institution(first)
    if (
        first.info.kind != "text"
        or first.paragraph
        or not 2 <= first.words <= NAME_MAX_WORDS
        or not (named or _name_over_question(first, headline))
        or headline.info.kind != "text"
        or (headline.paragraph and not cut)
        or headline.chrome
        or headline.byline
        or not 2 <= headline.words < LEAD_WORDS
        or not lines[after].paragraph
    ):
        return None
    # A short line printed twice is a headline's h1 and its og:title copy, no tagline.
    short = first.words * 2 > headline.words and not twice
    return below, named and not short and not cut and headline.text[-1] not in _KICKER_ENDS


def _name_over_question(first: _Line, headline: _Line) -> bool:
    """Whether ``first``, printed twice over ``headline``, may be a site's name of no word
    the names' rules know (a brand's «مگا سیویل ساختمان», megacivil.ir: blind82, tests/pages
    2222; fix231): no verb and no question in it, sharing no word with the headline, a
    question ending with «؟», or a statement ending with its verb («... به زودی آغاز می
    شود», mut47 (d), fix238). The headline is then taken, never surely (a headline printed
    twice over a question or a verb subtitle of its own is as likely)."""
    return (
        _verb_end(first) == ""
        and "؟" not in first.text
        and (headline.text.rstrip().endswith("؟") or _verb_end(headline) != "")
        and not _content_words(first) & _content_words(headline)
    )


_LOGO_OVER_UNSURE = (
    "the site's name is printed twice over this line, which is a tagline's length or ends "
    "like a kicker: whether it is the headline cannot be told"
)


def _menu_alone(line: _Line) -> bool:
    """Whether the line is site furniture alone, no paragraph (a menu over the logo), or a
    menu of two items opening with the home item («خانه | مقاله‌ها», fix111: attack41's
    two-entry menu left the name printed twice under it as the title, silently)."""
    return not line.paragraph and (line.chrome or home_menu_of_two(line.norm))


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
            or (
                line.words != copy.words  # (most pairs: one test)
                and (
                    abs(line.words - copy.words) > MARK_WORDS
                    or abs(len(line.key) - len(copy.key)) > MARK_CHARS
                )
            )
            or line.paragraph
            or copy.paragraph
            or line.info.kind != "text"
            or copy.info.kind != "text"
        ):
            continue
        letters = _NOT_LETTERS.sub("", line.key)
        if (
            letters
            and letters == _NOT_LETTERS.sub("", copy.key)
            and (
                line.words == copy.words
                or line.words - _mark_words(line) == copy.words - _mark_words(copy)
            )
        ):
            keys[line.key] += 1
            keys[copy.key] += 1


# At most this many words of marks alone around a headline's print («** HEADLINE **»), and
# this many characters in them.
MARK_WORDS = 2
MARK_CHARS = 6


def _mark_words(line: _Line) -> int:
    """How many of the line's words are marks alone, no letter or digit in them: a bullet or
    a pointer before a headline («» HEADLINE», «• HEADLINE»), a bar or a cut after it
    («HEADLINE |», «HEADLINE ...»), stars around it («** HEADLINE **»); words no headline
    holds. A breadcrumb's «>» is not one (its last crumb is the section's name as often)."""
    return sum(1 for word in line.text.split() if ">" not in word and _NOT_LETTERS.fullmatch(word))


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


_KICKER_OR_FIRST_PRINT = (
    "the line right over it restates it without a verb: a kicker over the headline, or the "
    "headline printed first over a reworded heading"
)


def _verbless_over_verb(lines: Sequence[_Line], upper: int, lower: int) -> bool:
    """Whether ``lines[upper]``, a reworded print of ``lines[lower]`` (:func:`_reworded`),
    stands right over it (no blank line between) and ends on no verb where the lower line
    ends on one: a kicker's shape as much as a first print's. A question under it (`چرا
    ...؟`) asks what the line above names: the title printed first (tests/test_fix29.py)."""
    return (
        lower - upper == 1
        and not lines[lower].blank_before
        and lines[lower].text.rstrip()[-1:] not in ("?", "؟")
        and lines[upper].key not in lines[lower].key
        and not _variant(lines[upper].key, lines[lower].key)  # (a print cut or glued to)
        and not _noted_print(lines[upper], lines[lower])
        and _verb_end(lines[upper]) == ""
        and _verb_end(lines[lower]) == "verb"
    )


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


_FIELD_LABELS = frozenset(_squash(normalize(word)) for word in vocab.FIELD_LABEL_WORDS)

# A blog post's title over its empty keywords label (fix233): PersianBlog's template prints
# the post's short title, then «کلمات کلیدی :» with no keyword after the colon, then the
# post's body (real66 #23, haleheshgh.persianblog.ir); the body's first sentence is no title.
# The label alone on its line: its old template prints it after the post's date («ساعت TIME
# روز DATE  کلمات کلیدی:»), where the post's title over it stays doubted (tests/test_fix53.py).
# The bonus outweighs a one-word line's loss and the body's first sentence's nearness to the
# anchor by more than :data:`TITLE_MARGIN`.
POST_OVER_TAGS_WORDS = 6
POST_OVER_TAGS_BONUS = 14


def _over_empty_tags_label(lines: Sequence[_Line], index: int, anchor: int) -> bool:
    """Whether the line at ``index`` stands right over a tags label alone on its line, with
    its colon and no value (:data:`POST_OVER_TAGS_WORDS` words at most, no paragraph), the
    body (the anchor, or the first sentence over it) right under that label."""
    if anchor not in (index + 2, index + 3) or lines[index].paragraph:
        return False
    info = lines[index + 1].info
    if info.kind != "labels" or len(info.labels) != 1:
        return False
    label = info.labels[0]
    return (
        label.field == "tags"
        and label.colon
        and label.value[0] == label.value[1]
        and not lines[index + 1].text[: label.span[0]].strip()
    )


# A line ending with a semicolon next to another so ending is an item of a list (a statute's
# clauses «мактаби ...;» / «мактаби ...;», real66 #22), never a headline (fix233).
LIST_ITEM_END = ";"
LIST_ITEM_PENALTY = 8


def _list_item_line(lines: Sequence[_Line], index: int) -> bool:
    """Whether the line at ``index`` ends with :data:`LIST_ITEM_END` and so does the line
    right above or right below it."""
    if not lines[index].text.endswith(LIST_ITEM_END):
        return False
    return any(
        0 <= other < len(lines) and lines[other].text.endswith(LIST_ITEM_END)
        for other in (index - 1, index + 1)
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


# Words before a date that make it part of the headline's phrase: a law's approval date
# («مصوب ۱۳۷۶/۰۵/۲۰»), a letter's date («مورخ ...»), «سال ...», «تاریخ ...».
_PHRASE_DATE_WORDS = frozenset({"مصوب", "مصوبه", "مورخ", "مورخه", "سال", "تاریخ", "از", "تا"})
DATED_TITLE_WORDS = 3
# A day, a month's name and a four-digit year joined by hyphens, ending a headline's line
# («... آماده باش هلال احمر۸-اردیبهشت-۱۴۰۲», a Blogger template printing the post's date right
# after its title, naghdematboat.blogspot.com, fix114): no headline writes its words so, the
# date is the post's (read as the date line under the title), not the headline's.
_HYPHENED_DAY = regex.compile(r"[0-9]{1,2}-\p{L}+-[0-9]{4}")
# A month named twice, its Afghan and Iranian names parted by a bar or a slash, in a date
# ending a headline's line («آنچه در جشنوارۀ «دمبوره» گذشت 18 سرطان|تیر 1396», an Afghan
# agency printing the item's day after its headline for both readerships, salamwatandar.com,
# real65 #27; the grammar reads the pair as one month only when both name the same month): no
# headline writes a month so, the date is the item's, as :data:`_HYPHENED_DAY`'s.
_TWIN_NAMED_MONTH = regex.compile(r"\p{L}[\x20\u200c]*[|/][\x20\u200c]*\p{L}")


# The item's date labels of two words or more (:data:`vocab.LABELS`, published and updated:
# «تاریخ ثبت», «تاریخ انتشار»), as normalised words: glued after a headline with their colon
# and the date, they are cut with it (:func:`_dated_title`, fix262). A one-word label
# («تاریخ», «انتشار») may be the headline's own word: it is cut only when the word before it
# does not lead into it (:data:`_GLUED_ONE_WORD_LABELS`, fix274).
# Each label is kept with its gaps dropped and matched against the headline's last words
# joined the same way, so a label the vocabulary spells open is cut when the page writes it
# closed or half closed too («تاریخ بروزرسانی», «تاریخ به روزرسانی» for «تاریخ به روز
# رسانی», fix271): one spelling in the vocabulary stands for all of them.
_GLUED_DATE_LABELS = frozenset(
    "".join(words)
    for field in ("published", "updated")
    for label in vocab.LABELS[field]
    if len(words := normalize(label).replace("\u200c", " ").split()) >= 2
)
_GLUED_DATE_LABEL_SIZES = range(
    max(
        len(normalize(label).replace("\u200c", " ").split())
        for field in ("published", "updated")
        for label in vocab.LABELS[field]
    ),
    1,
    -1,
)  # (two words or more on the page: one word may be the headline's own)
# The item's one-word date labels («تاریخ», «انتشار», «زمان», «Date»), cut when glued after a
# headline with their colon and the date and not led into by the word before them (fix274).
_GLUED_ONE_WORD_LABELS = frozenset(
    words[0]
    for field in ("published", "updated")
    for label in vocab.LABELS[field]
    if len(words := normalize(label).replace("\u200c", " ").split()) == 1
)
# Words that lead into a one-word label as the headline's own phrase («در تاریخ», «از تاریخ»;
# «آماده انتشار», ready for release: vocab.LABEL_COMPLEMENT_HEADS, fix279).
_LEADING_WORDS = _PHRASE_DATE_WORDS | {"در", "به"} | vocab.LABEL_COMPLEMENT_HEADS
# An event's date labels (:data:`vocab.EVENT_DATE_LABELS`), kept the same way: glued after a
# headline with their colon and the day, they are cut from it too, and the day, the event's,
# is no candidate for the page's date (fix271).
_GLUED_EVENT_LABELS = frozenset(
    "".join(normalize(label).replace("\u200c", " ").split()) for label in vocab.EVENT_DATE_LABELS
)
# The gaps between words (spaces and ZWNJs), as :func:`_dated_title` splits them.
_WORD_GAP = regex.compile(r"[\s\u200c]+")


def _dated_title(line: _Line, state: _State | None = None) -> tuple[int, Span | None] | None:
    """Where the headline ends and the span of the date its line ends with, when that is one
    numeric date and nothing after it («اطلاعیه زمان انتخاب واحد ... 97-96 1396/05/30», a
    portal's table row run into a line; an ISO stamp after the headline), or None. A day's
    news roundup («آخرین خبرهای ...»), a date the headline's words lead into («... مصوب
    ۱۳۸۸/۰۵/۲۰»), a date with a month's name and a headline of fewer than three words keep
    their date. With ``state``, a date whose day and month may be read either way counts
    too (:func:`_ordered_tail`: a Tajik DLE page's headline glued to its date, «...
    НАВРАСОН9-05-2023, 23:46»): where it stands does not depend on its order, which the
    date's reading decides (day first on a Tajik page, else None with a warning). An
    event's date label glued before the date («... تاریخ برگزاری: ۱۴۰۲/۰۹/۲۵») is cut with
    it and the span is None: the day is the event's, not the page's (fix271)."""
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
    if end != line.end:
        return None
    named = any(map(str.isalpha, text[start - offset :].replace("T", ""))) and not (
        _HYPHENED_DAY.fullmatch(line.norm, start - offset) is not None
        or _TWIN_NAMED_MONTH.search(line.norm, start - offset) is not None
    )
    before = text[: start - offset].rstrip(" -–|/،,:(")
    glued = ":" in text[len(before) : start - offset]
    if named and not glued:
        return None
    words = normalize(before).replace("\u200c", " ").split()
    if glued:
        # «HEADLINE تاریخ ثبت: 1394/03/11 19:20»: the item's date label glued after the
        # headline, its colon before the date (a PHP CMS's item, naein.ir, tests/pages 2424):
        # the label goes with its value, not into the headline (fix262).
        label = next(
            (n for n in _GLUED_DATE_LABEL_SIZES if "".join(words[-n:]) in _GLUED_DATE_LABELS), 0
        )
        event = next(
            (n for n in _GLUED_DATE_LABEL_SIZES if "".join(words[-n:]) in _GLUED_EVENT_LABELS), 0
        )
        if not (label or event) and len(words) > DATED_TITLE_WORDS:
            # «HEADLINE تاریخ: 1394/03/11», «HEADLINE انتشار: ...»: a one-word label glued
            # with its colon is the item's too, unless the word before it leads into it
            # («... در تاریخ: ...», «... از تاریخ: ...»: the headline's own phrase, fix274).
            label = int(words[-1] in _GLUED_ONE_WORD_LABELS and words[-2] not in _LEADING_WORDS)
        label = label or event
        cuts = list(_WORD_GAP.finditer(before))
        if label and len(cuts) == len(words) - 1 and len(words) - label >= DATED_TITLE_WORDS:
            words = words[:-label]
            before = before[: cuts[len(words) - 1].start()].rstrip(" -–|/،,:(")
        elif named:
            # A date with its month's name after a colon is cut only with a label's glued
            # before it (fix279): «HEADLINE زمان: ۱۸ آذر ۱۴۰۲ - ۱۰:۲۰»; else the line is kept.
            return None
        else:
            event = 0
        if event and len(words) >= DATED_TITLE_WORDS and words[-1] not in _PHRASE_DATE_WORDS:
            return offset + len(before), None
    if len(words) < DATED_TITLE_WORDS or words[-1] in _PHRASE_DATE_WORDS:
        return None
    return offset + len(before), (start, end)


def _bracket_short_dated_title(line: _Line) -> tuple[int, Span] | None:
    """Where the headline ends and the span of the date, when a text line ends with a date of
    a two-digit year alone in brackets after a headline of :data:`DATED_TITLE_WORDS` words
    or more («آتش سوزی ... در شهرک صنعتی   (25/3/86)», a fire department's static archive
    page, bnd125.ir, tests/pages 1829): the item's day printed after its headline. Only a
    two-digit year, whose reading is always warned (two-digit-year); a weekday before it or a
    time after it is the item's too («(جمعه 25/3/86)», «(25/3/86 10:30)», fix155), and its
    day may have one digit («(جمعه ۴/۳/۸۶)», :data:`SHORT_BRACKET_DATE`, fix165); a bracket
    with any other word beside the date («(مصوب 88/05/20)») keeps the line whole."""
    text = line.text
    if line.info.kind != "text" or not text.endswith(")") or text.count("(") != 1:
        return None
    opening = text.find("(")
    if text.count(")") != 1 or opening <= 0:
        return None
    inner_start = opening + 1
    while inner_start < len(text) and text[inner_start] == " ":
        inner_start += 1
    inner_end = len(text) - 1
    while inner_end > inner_start and text[inner_end - 1] == " ":
        inner_end -= 1
    short = SHORT_DATE.fullmatch(line.norm, inner_start, inner_end) or (
        SHORT_BRACKET_DATE.fullmatch(line.norm, inner_start, inner_end)
    )
    if short is None:
        return None
    before = text[:opening].rstrip(" -–|/،,:")
    words = normalize(before).replace("\u200c", " ").split()
    if len(words) < DATED_TITLE_WORDS or words[-1] in _PHRASE_DATE_WORDS:
        return None
    return line.start + len(before), (line.start + inner_start, line.start + inner_end)


# Brackets a stamp opening a headline's line is printed in: «[DATE - TIME]HEADLINE».
_STAMP_BRACKETS = {"[": "]", "(": ")"}
# The fewest words of the headline after a bracketed stamp: a full date alone in brackets
# opening the line is the item's stamp, and two words after it are a headline
# («[03.Mar.2021 - 09:40]ښوونځی پرانیستل», fix213); one word is a label's.
STAMP_TITLE_WORDS = 2


def _stamp_opened_title(line: _Line) -> tuple[int, Span] | None:
    """Where the headline starts and the span of the date, when a text line opens with one full
    date (a day, a month and a year, its time beside it or not) alone in square or round
    brackets, glued to a headline of :data:`STAMP_TITLE_WORDS` words or more or spaced from it
    («[15.Aug.2022 - 14:23]پښتونخوا / پختونخوا / پختون خوا», a Pashto site's item header,
    real62 #10): the item's stamp printed before its headline, as a news script prints it after
    («HEADLINE (25/3/86)», :func:`_bracket_short_dated_title`); else None. A bracket with any
    other word beside the date («(مصوب 1382/11/07) ...») or a headline led by a phrase word
    keeps the line whole."""
    text = line.text
    closing = _STAMP_BRACKETS.get(text[:1])
    if line.info.kind != "text" or closing is None:
        return None
    close = text.find(closing)
    if close < 0:
        return None
    reads = list(iter_dates(text[1:close], base=line.start + 1))
    if len(reads) != 1 or reads[0].stamp.relative:
        return None
    start, end = text_span(reads[0].stamp)
    if text[1 : start - line.start].strip() or text[end - line.start : close].strip():
        return None  # more than the date in the brackets
    head = _headline_after_stamp(text[close + 1 :], STAMP_TITLE_WORDS)
    if head is None:
        return None
    return line.start + close + 1 + head, (start, end)


def _headline_after_stamp(rest: str, fewest: int) -> int | None:
    """Where the headline starts in ``rest``, the text after an item's stamp (past the
    separators between them: «-», «–», «|», «/», «،», «,», «:», spaces), when it holds
    ``fewest`` words with a letter or more and opens with neither a word that makes the date
    a phrase's (:data:`_PHRASE_DATE_WORDS`: «مصوب», «مورخ», «سال») nor a digit; else None
    (:func:`_stamp_opened_title`, :func:`_date_opened_title`)."""
    head = len(rest) - len(rest.lstrip(" -–|/،,:"))
    words = normalize(rest[head:]).replace("\u200c", " ").split()
    if sum(any(map(str.isalpha, word)) for word in words) < fewest:
        return None
    if words[0] in _PHRASE_DATE_WORDS or any(map(str.isdigit, words[0])):
        return None
    return head


# A numeric date of a four-digit year opening a line, its parts parted by one separator
# («1401/2/22», «22/2/1401», «1401-02-22»), read on the line's normalised copy.
_NUMERIC_FULL_DATE = regex.compile(
    r"(?:[0-9]{4}([/.-])[0-9]{1,2}\1[0-9]{1,2}|[0-9]{1,2}([/.-])[0-9]{1,2}\2[0-9]{4})(?![0-9])"
)
# The fewest words of the headline after a bare numeric date opening its line.
DATE_OPENED_TITLE_WORDS = 3


def _date_opened_title(line: _Line) -> tuple[int, Span] | None:
    """Where the headline starts and the span of the date, when a text line opens with one
    numeric date of a four-digit year, bare (its weekday and its time beside it or not), then
    a headline of :data:`DATE_OPENED_TITLE_WORDS` words or more («1401/2/22 پنجشنبه اطلاعیه
    پیشگیری و مقابله با ...», a provincial office's portal printing each item's day and
    weekday before its headline, lorestan.doe.ir, real66 #18): the item's stamp, as in
    brackets (:func:`_stamp_opened_title`); else None. A date with a month's name («۲۲ بهمن،
    روز ...» names a day the headline is about), a second date on the line, a headline led by a
    phrase word or a digit keep the line whole."""
    text = line.text
    if line.info.kind not in ("text", "mixed") or _NUMERIC_FULL_DATE.match(line.norm) is None:
        return None
    reads = list(iter_dates(text, base=line.start))
    if len(reads) != 1 or reads[0].stamp.relative:
        return None
    stamp = reads[0].stamp
    start, end = text_span(stamp)
    if start != line.start:
        return None
    letters = regex.findall(r"\p{L}+", normalize(text[: end - line.start]))
    if letters and letters != regex.findall(r"\p{L}+", normalize(stamp.weekday or "")):
        return None  # a month's name or a word other than the weekday in the date
    head = _headline_after_stamp(text[end - line.start :], DATE_OPENED_TITLE_WORDS)
    if head is None:
        return None
    return end + head, (start, end)


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


# A note opening with a star, its first sentence's end glued to the next word with no space
# («*جهرمی‌ها به کبوتر "کفتر" می‌گویند.کبوتر جهرم»): a blog's starred note run into the
# post's title by extraction. Two Persian letters at least on each side of the mark (an
# abbreviation «ق.م» is no sentence's end), no other star on the line (no Markdown emphasis).
_STARRED_NOTE = regex.compile(r"^\*(?=\p{Arabic})[^*\n]*?\p{Arabic}{2}[.!؟](?=\p{Arabic}{2})")
# The note has at least this many words; the title after it from 2 to this many.
STARRED_NOTE_WORDS = 3
STARRED_TITLE_WORDS = 12


def _starred_note_start(line: _Line) -> int | None:
    """Where the title starts on a line that opens with a starred note glued to it
    (:data:`_STARRED_NOTE`); None if the line is not so shaped. The title after the note is
    a headline's phrase: two to :data:`STARRED_TITLE_WORDS` words, ending no sentence, no
    star after it (fix255)."""
    if line.text[:1] != "*" or "*" in line.text[1:]:
        return None
    found = _STARRED_NOTE.match(line.text)
    if found is None or len(found.group().split()) < STARRED_NOTE_WORDS:
        return None
    tail = line.text[found.end() :].rstrip()
    if not 2 <= len(tail.split()) <= STARRED_TITLE_WORDS or tail[-1] in ".!؟?:…":
        return None
    return found.end()


# A bracketed phrase of at least GLUED_BRACKET_WORDS words run into the next word with no
# space («... تقویم (نامگذاری روزهای خاص)دستورالعمل ...»): a breadcrumb's items glued by
# extraction, the page's name among them; an honorific «(ع)» glued to a verb is a typing slip.
_GLUED_BRACKET = regex.compile(r"\((?P<inside>[^()]+)\)(?=\p{L})")
GLUED_BRACKET_WORDS = 2


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


def _markup_debris(line: _Line) -> int | None:
    """Where list-tag debris starts on ``line`` (the offset in its text), else None."""
    if "li" not in line.text:
        return None
    found = _LIST_DEBRIS.search(line.text)
    return None if found is None else found.start()


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
    echo = _echoed_title(text)
    if echo is None:
        echo = _cut_echo(text)
    if echo is not None:
        return line.start + echo
    return _title_around_button(line)


# The marks a number is printed with in the Persian digits' forms and their ASCII ones.
_DIGIT_MARKS = str.maketrans({"\u066a": "%", "\u066b": "."})


# What may part the two copies of a digit twin besides spaces: nothing, or one dash or bar
# between spaces («20 تن ... شد - ۲۰ تن ... شد», a <title>'s separator; attacks83, fix310).
_TWIN_PARTINGS = frozenset(("", "-", "\u2013", "\u2014", "|"))


def digit_twin_title(line: _Line, start: int | None = None) -> Span | None:
    """The span of the copy in Persian (or Arabic-Indic) digits on a line that is one
    headline printed twice, glued or a few spaces apart, once with ASCII digits and once with
    the text's own («71 راس اسب ... کردند۷۱ راس اسب ... کردند», a page's <title> glued to
    the article's heading: paradiseclub.ir, blind100 2575; fix298), or parted by a dash or
    a bar between spaces (fix310); else None. The two
    copies are the same words after the digits are read alike; the copy in the text's own
    digits is the article's heading, and it is given. The percent sign and the decimal
    separator are read alike too («20%» / «۲۰٪», «2.5» / «۲٫۵»; fix304). ``start``: where the
    headline starts on the line when a rule set it (a breadcrumb cut off before the two
    copies, «خانه › اقتصاد › 2.5 ...۲٫۵ ...»: attacks84, fix308), else the line's start."""
    offset = 0 if start is None else start - line.start
    text = line.text[offset:].rstrip()
    base = line.start + offset
    folded = to_ascii_digits(text)
    if "\u066a" in folded or "\u066b" in folded:  # (str.translate reads every character)
        folded = folded.translate(_DIGIT_MARKS)
    if folded == text or len(folded) != len(text):
        return None
    for gap in range(DOUBLED_TITLE_GAP + 1):
        if (len(text) - gap) % 2:
            continue
        half = (len(text) - gap) // 2
        first, second = text[:half], text[half + gap :]
        if (
            folded[:half] == folded[half + gap :]
            and first != second
            and text[half : half + gap].strip() in _TWIN_PARTINGS
            and first.strip() == first
            and len(first.split()) >= DOUBLED_TITLE_WORDS
        ):
            if to_ascii_digits(second) != second:
                return (base + half + gap, base + len(text))
            return (base, base + half)
    return None


# «A - A | SITE», «A - A»: a page's <title> whose first part is printed again after a dash
# (a portal's template, «HEADLINE - HEADLINE | مدیریت جهاد کشاورزی شهرستان X»,
# shirvan.nkj.ir, real59 #21; fix192), the site's name after a bar or none; the site's name
# may be printed in several bar parts («A - A | اداره منابع آب | شهرستان», an office's name
# and its town, fix197), each opening with its bar or dash.
_ECHO_DASH = regex.compile(r"\x20[-\u2013\u2014]\x20")
_ECHO_TAIL = regex.compile(r"[\x20]*(?:[|\-\u2013\u2014][^|]*)*")


def _echoed_title(text: str) -> int | None:
    """Where the first print ends on a line «A - A» or «A - A | SITE» (A of at least
    :data:`DOUBLED_TITLE_WORDS` words, the same text after the dash, then the end or a bar or
    dash and the site's name, in one part or several); else None. «A - B | SITE» is a
    headline with its second part."""
    for dash in _ECHO_DASH.finditer(text):
        first = text[: dash.start()]
        if first.strip() != first or len(first.split()) < DOUBLED_TITLE_WORDS:
            continue
        rest = text[dash.end() :]
        if rest.startswith(first) and _ECHO_TAIL.fullmatch(rest, len(first)) is not None:
            return dash.start()
    return None


# «A : the first words of A»: a headline with its own opening glued after a colon or a
# dash, cut short (a social site's post header, «روستایی به نام «ایران» در روسیه! : روستایی
# به نام», facenama.com, real62 #12).
_CUT_ECHO_SEP = regex.compile(r"\x20*[:\-\u2013\u2014|]\x20+")


def _cut_echo(text: str) -> int | None:
    """Where the headline ends on a line «A : B» whose part B after a colon, a dash or a bar
    is A's first words and fewer than A's (at least :data:`DOUBLED_TITLE_WORDS` of them, the
    same words in the same order, the last maybe cut), or as many as A's with the last cut
    short (fix213: «A! : A-cut», the copy cut inside A's last word), else None: a headline
    says no part of itself again, a template glued its cut copy after it."""
    for sep in _CUT_ECHO_SEP.finditer(text):
        first = normalize(text[: sep.start()]).split()
        rest = normalize(text[sep.end() :]).split()
        if (
            DOUBLED_TITLE_WORDS <= len(rest) <= len(first)
            and first[: len(rest) - 1] == rest[:-1]
            and first[len(rest) - 1].startswith(rest[-1])
            and (len(rest) < len(first) or rest[-1] != first[-1])
        ):
            return sep.start()
    return None


# The fewest words of a headline printed twice at the opening of its lead's line.
# A page's <title> parts' marks as words of their own («SITE - SLOGAN», «NAME | SECTION»):
# a flattened print page opens with its <title> twice too (held_out 1143's extracted
# twin), never a headline's print.
_TITLE_TAG_MARKS = frozenset({"-", "–", "—", "|", "::", "»", "«", ">"})
TWICE_OPENING_WORDS = 5


def _twice_glued_opening(line: _Line) -> int | None:
    """Where the headline ends on a running text's line that opens with it printed twice,
    the lead glued after the second print; else None.

    A print page runs its headline's two prints (the page's heading and the article's)
    and the lead into one line: «HEADLINE HEADLINE یزدفردا؛ LEAD ...» (real54 #2,
    servernux.com's print view of a Yazd news site). The words of the first print, at
    least :data:`TWICE_OPENING_WORDS` and at most a headline's, said again word for word
    right after it, with more text after them: a lead never opens by saying a clause
    twice, and the lead's first word after them. The shortest such print is taken; a
    print repeating its own words (a run of one word, attacks32's cost input) or parted
    by a <title>'s marks (:data:`_TITLE_TAG_MARKS`) is no headline.
    """
    # (the first words only: a long paragraph costs no more than a short one, attacks32)
    runs = _NON_SPACE_RUN.finditer(line.text)
    spans = [match.span() for match in itertools.islice(runs, 2 * HEADLINE_MAX_WORDS + 1)]
    words = [line.text[start:end] for start, end in spans]
    most = min(HEADLINE_MAX_WORDS, (len(words) - 1) // 2)
    for size in range(TWICE_OPENING_WORDS, most + 1):
        if (
            words[:size] == words[size : 2 * size]
            and len(set(words[:size])) >= size - 1
            and not _TITLE_TAG_MARKS.intersection(words[:size])
            and words[2 * size][:1].isalpha()
        ):
            return spans[size - 1][1]
    return None


def _title_around_button(line: _Line, floor: int = 0) -> int | None:
    """Where the first print ends on a line that is one text printed twice around a
    button's short label («TITLE دانلود PDF TITLE»: the file's heading, its download button
    and the link's own text run together); else None. Each print has at least ``floor``
    words (:data:`BUTTON_TITLE_WORDS` unless given), the label at most
    :data:`BUTTON_LABEL_WORDS` and no sentence's mark: a headline never says itself twice."""
    if not _may_print_twice(line.text):
        return None  # (the seed's headline: one split and one search in C, speed42)
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


def _may_print_twice(text: str) -> bool:
    """Whether ``text``'s first word (its first run of non-space characters) stands again
    in the rest of it: a necessary test, in C, for :func:`_title_around_button`, whose
    second print opens with the first print's first word, one word at least after it (a
    print has :data:`BUTTON_TITLE_WORDS` words, and a label one word or more stands between
    the two). The word runs are :data:`_NON_SPACE_RUN`'s, ``str.split``'s (both part on
    ``Py_UNICODE_ISSPACE``). «printed twice» in ``testing.PREFILTERS`` (speed42)."""
    parts = text.split(None, 1)
    return len(parts) == 2 and parts[0] in parts[1]


_NON_SPACE_RUN = re.compile(r"\S+")
# A title printed twice around a button's label: at least this many words in each print,
# at most this many in the label («دانلود PDF», «مشاهده آنلاین»).
BUTTON_TITLE_WORDS = 3
BUTTON_LABEL_WORDS = 3


# A section's name before a headline on its line, parted by a slash, has at most this many
# words.
SECTION_BEFORE_SLASH_WORDS = 4


def _section_slash_headline(lines: Sequence[_Line], title: int, outside: set[int]) -> bool:
    """Whether the line ``lines[title]`` is a section's name, a slash and a headline
    («بازار املاک / HEADLINE», alonak.com, real37 #14) and the next line prints that
    headline again alone: the section's name is the site's, the line alone is the title.
    The name is one to :data:`SECTION_BEFORE_SLASH_WORDS` words, no digit and no sentence's
    or kicker's mark; a headline parted by a slash and not printed again alone is kept
    whole (its two clauses, or a section the page prints nowhere else)."""
    below = title + 1
    if below >= len(lines) or below in outside or lines[below].words < 2:
        return False
    norm = lines[title].norm
    cut = norm.find("/")
    if cut < 0:
        return False
    section = norm[:cut]
    return (
        1 <= len(section.split()) <= SECTION_BEFORE_SLASH_WORDS
        and not any(char.isdigit() or char in ".:؛،!؟?«»" for char in section)
        and _squash(norm[cut + 1 :]) == lines[below].key
    )


# A breadcrumb printed as the heading's line: sections' names, each followed by «»» or «>»
# between spaces, then the headline («اخبار نواحی » HEADLINE»; rail-news.ir, real76 #21); or
# by «›», the single guillemet printed as a breadcrumb's separator (GitLab's documentation
# site, gitlab.com/gitlab-org/gitlab-docs/-/merge_requests/4090; a preset of an SEO plugin's
# breadcrumbs, seorankgenius.com/breadcrumbs-navigation-schema: attacks82; fix302).
# «›» also with no space on either side («خانه›کشاورزی›HEADLINE»; attacks84, fix308): no
# quotation mark of Persian text, unlike «»».
_CRUMB_SEPARATOR = r"(?:\x20(?:»|>>?|›)\x20|\x20?›\x20?)"
_CRUMBED_HEADLINE = regex.compile(
    # (atomic: the crumbs take every separator once, no retry of where the spaces go)
    rf"^(?P<crumbs>(?>(?:[^»>›\n]+?{_CRUMB_SEPARATOR})+))(?P<tail>[^»>›\n]+)$"
)
# The one number a section's name may hold, a year of its own («اخبار 1403»: the year's
# archive; fix283), Jalali or Gregorian.
_CRUMB_YEAR = regex.compile(r"^(?:1[34]|19|20)[0-9]{2}$")
# Each section's name before the headline has at most this many words; the headline at least
# CRUMBED_TAIL_WORDS.
CRUMB_SECTION_WORDS = 4
CRUMBED_TAIL_WORDS = 3


def _crumbed_headline_start(lines: Sequence[_Line], title: int, outside: set[int]) -> int | None:
    """Where the headline starts on the line ``lines[title]`` when that line is a breadcrumb
    ending with it (:data:`_CRUMBED_HEADLINE`: «اخبار نواحی » HEADLINE», sections' names of
    at most :data:`CRUMB_SECTION_WORDS` words, no number but a year, :data:`_CRUMB_YEAR`)
    and the next line read, a paragraph, opens with the same words (the report's first
    sentence repeating its headline): the sections' names are the site's, the last crumb is
    the title. A headline holding «»» over a lead that does not repeat its end is kept
    whole. Looks at one line below (fix269)."""
    line = lines[title]
    if line.paragraph or not any(mark in line.norm for mark in "»>›"):
        return None
    found = _CRUMBED_HEADLINE.match(line.norm)
    if found is None:
        return None
    crumbs = regex.split(_CRUMB_SEPARATOR, found.group("crumbs"))
    if not all(
        1 <= len(crumb.split()) <= CRUMB_SECTION_WORDS
        and all(_CRUMB_YEAR.match(word) for word in crumb.split() if any(map(str.isdigit, word)))
        for crumb in crumbs
        if crumb.strip()
    ):
        return None
    tail = found.group("tail")
    if len(tail.split()) < CRUMBED_TAIL_WORDS:
        return None
    below = next((i for i in range(title + 1, len(lines)) if i not in outside), None)
    if below is None or not lines[below].paragraph:
        return None
    if not _squash(lines[below].norm).startswith(_squash(tail)):
        return None
    return line.start + found.start("tail") + len(tail) - len(tail.lstrip())


def _chrome_crumb_over_lead(lines: Sequence[_Line], outside: set[int]) -> tuple[int, int] | None:
    """A page whose first line read is its lead, under a breadcrumb line the header's rules
    set aside as chrome («صفحه نخست » آرشیو ۱۴۰۲ » HEADLINE», the home link first): when the
    breadcrumb ends with the headline the lead opens with (:func:`_crumbed_headline_start`),
    that breadcrumb's line and where its last crumb starts, else None. Only the chrome and
    set-aside lines above the first line read are looked at, the last breadcrumb among them
    (fix293)."""
    crumb: int | None = None
    for index, line in enumerate(lines):
        if index not in outside and line.info.kind != "control":
            break
        if line.info.reason == "breadcrumb":
            crumb = index
    if crumb is None:
        return None
    start = _crumbed_headline_start(lines, crumb, outside)
    return None if start is None else (crumb, start)


# A Tajik author line: the author's given name and surname (or surname and given name, one
# of them in capitals maybe, an initial after), a comma, then a post of vocab.TAJIK_AUTHOR_POSTS.
_TAJIK_AUTHOR_LINE = regex.compile(
    r"^\p{Lu}[\p{Ll}\p{Lu}ӣӯ-]+\x20\p{Lu}[\p{Ll}\p{Lu}ӣӯ-]+(?:\x20\p{Lu}\.)?,\x20*"
    r"(?i:" + "|".join(sorted(vocab.TAJIK_AUTHOR_POSTS, key=len, reverse=True)) + r")(?!\p{L})"
)


def _tajik_author_line(lines: Sequence[_Line], title: int) -> bool:
    """Whether ``lines[title]`` is a Tajik article's author line, «NAME SURNAME, POST ...»
    (:data:`_TAJIK_AUTHOR_LINE`), no paragraph and no sentence's end: the writer's name and
    post printed over the headline (ign.tj, real76 #10), never the title (fix269)."""
    line = lines[title]
    return (
        not line.paragraph
        and line.text.rstrip()[-1:] not in _SENTENCE_ENDS
        and _TAJIK_AUTHOR_LINE.match(line.text.strip()) is not None
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


_KICKER_SHAPED_SLUG_TITLE = (
    "it ends with a colon as a kicker does, though the address's slug spells it before a number"
)
# A counter of ASCII digits ending a squashed slug after its words («...نمود105»).
_SLUG_COUNTER = regex.compile(r"(?<=\p{L})[0-9]+$")


def _slug_spells_before_counter(line: _Line, slug: str) -> bool:
    """Whether the address's slug spells the line's words (:func:`_slug_spells_norm`) and
    then ends with a number the line does not hold: WordPress's counter after a slug taken
    before («...-اعلام-نمود-105»), or an ID the site glued on."""
    rest = _NOT_LETTERS.sub("", slug)
    counter = _SLUG_COUNTER.search(rest)
    return counter is not None and _slug_spells_norm(line.norm, rest[: counter.start()])


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
        if (
            start is not None
            and state.title_doubt is None
            and _glued_crumb_runs_on(line.norm, start)
            and not _printed_alone(state.lines, index, line.norm[start:])
        ):
            # «خانه مقالات دانشجویی در مشهد ...», «خانه مقالات علمی دانشگاه تهران ...»: an
            # institution named «خانه ...» reads as home and a list's name; cut, in doubt.
            state.title_doubt = (_GLUED_CRUMB_RUNS_ON_DOUBT, None)
    if start is None:
        if chosen and state.title_doubt is None:
            # «خانه سیاسی HEADLINE»: home and one section's name, or a headline opening
            # with «خانه»; the text alone does not say which.
            state.title_doubt = (_GLUED_CRUMB_DOUBT, None)
        return False
    state.title_start = line.start + start
    return True


# A breadcrumb glued to the headline, cut by the text alone, is this many words at most
# after the home link («خانه اخبار ویژه HEADLINE»); a longer run of section words («خانه
# مقالات علمی دانشگاه تهران ...») may be an institution's name going on into the headline.
GLUED_SURE_CRUMB_WORDS = 2


_COMPOUND_AGENT_TAILS = frozenset(normalize(word) for word in vocab.COMPOUND_AGENT_TAILS)


def _glued_crumb_runs_on(norm: str, start: int) -> bool:
    """Whether a breadcrumb cut off the line ``norm`` at ``start`` by the text alone may be
    the headline's own words: the crumb after the home link is more than
    GLUED_SURE_CRUMB_WORDS words, or the headline left opens with an adjective of the «ی»
    kind (not «ای») that may go on the list's name before it («خانه مقالات دانشجویی ...»: «مقالات
    دانشجویی» a section's name or «خانه مقالات دانشجویی» an institution's). A word in «ی»
    followed by an agent stem closing a compound («کشتی گیران ...»,
    :data:`~jalali_meta._vocab.COMPOUND_AGENT_TAILS`) is a noun: no doubt (fix304)."""
    home = home_crumb_end(norm)
    # the crumb's words, its separators aside («› اقتصاد ›» is one word; attacks84, fix308)
    crumb = [
        word
        for word in norm[home if home is not None else 0 : start].split()
        if any(char.isalnum() for char in word)
    ]
    rest = norm[start:].split()
    first = rest[0].strip("\u200c") if rest else ""
    # «ای» ends a noun before its ezafe («شورای شهر ...»), no adjective of the list's.
    adjective = first.endswith("ی") and not first.endswith("ای")
    if adjective and len(rest) > 1 and rest[1].strip("\u200c") in _COMPOUND_AGENT_TAILS:
        adjective = False
    return len(crumb) > GLUED_SURE_CRUMB_WORDS or adjective


def _printed_alone(lines: Sequence[_Line], index: int, text: str) -> bool:
    """Whether a line of ``lines`` other than ``lines[index]`` is ``text`` alone (the headline
    a breadcrumb was cut off, printed again on the page: the cut is right)."""
    want = text.strip(" \u200c")
    return any(i != index and line.norm.strip(" \u200c") == want for i, line in enumerate(lines))


# A breadcrumb run into the headline has the headline printed alone this many lines below
# it at most (a byline, an author's name between them).
CRUMB_TAIL_REACH = 3
# The list's names a breadcrumb glued to its headline may open with instead of the home
# link («مطالب گوناگون HEADLINE»; a section's name, «ایران», «جهان», opens headlines too).
_CRUMB_OPENERS = frozenset(
    normalize(word) for word in ("اخبار", "خبرها", "مطالب", "مقالات", "وبلاگ", "بلاگ")
)


def _crumb_over_its_tail(lines: Sequence[_Line], index: int) -> int | None:
    """The line that prints alone the headline ``lines[index]`` ends with, a few lines below
    it, when ``lines[index]`` opens with the home link or a list's name: the line is a
    breadcrumb run into the headline without separators («خانه اطلاعات علمی مطالب گوناگون
    HEADLINE» / «gol maryam» / HEADLINE, rajeoon.com, tests/pages 1934), and the shorter
    line is the title. The tail is a whole line of its own of GLUED_HEADLINE_WORDS words or
    more, the crumbs before it GLUED_CRUMB_WORDS words at most, and the lines between are
    no paragraphs; a line that is its own tail's headline printed with more words (no
    home link, no list's name first) is no breadcrumb."""
    line = lines[index]
    if line.words > HEADLINE_MAX_WORDS or line.paragraph or line.text[-1] in _SENTENCE_ENDS:
        return None
    first = line.norm.split(maxsplit=1)[0].strip("\u200c") if line.words else ""
    if home_crumb_end(line.norm) is None and first not in _CRUMB_OPENERS:
        return None
    for below in range(index + 1, min(len(lines), index + 1 + CRUMB_TAIL_REACH)):
        tail = lines[below]
        if tail.paragraph:
            return None
        if (
            GLUED_HEADLINE_WORDS <= tail.words < line.words
            and line.words - tail.words <= GLUED_CRUMB_WORDS
            and line.norm.endswith(" " + tail.norm.strip(" "))
        ):
            return below
    return None


# The marks a cut copy of the headline ends with (a theme's breadcrumb or a list's item
# cut to its first words).
_CUT_MARKS = ("...", "…")


def _cut_copy_over_whole(lines: Sequence[_Line], index: int) -> int | None:
    """The line that prints whole, a few lines below, the headline ``lines[index]`` ends with
    a cut copy of: ``lines[index]`` ends with «...» (or «…»), and the text before the dots
    ends with the opening of that line's headline, GLUED_HEADLINE_WORDS words or more, the
    crumbs before the copy (glued to it or not) GLUED_CRUMB_WORDS words at most; the copy
    may end inside a word when its whole words before that word are GLUED_HEADLINE_WORDS
    («خانهخبرHEADLINE-CUT...» over HEADLINE: a WordPress news theme's breadcrumb, home and
    section run together by extraction, its last crumb the headline cut short;
    rotbehonline.com, tests/pages 2102). The headline printed twice is the whole copy; the
    lines between are no paragraphs. With no crumb words before the copy, the whole line
    stands alone in its block (:func:`_stands_alone`), not a poem's first verse (fix214)."""
    line = lines[index]
    text = line.norm.rstrip(" \u200c")
    if line.paragraph or line.words > HEADLINE_MAX_WORDS or not text.endswith(_CUT_MARKS):
        return None
    head = text.rstrip(".…").rstrip(" \u200c")
    for below in range(index + 1, min(len(lines), index + 1 + CRUMB_TAIL_REACH)):
        whole = lines[below]
        if whole.paragraph:
            return None
        full = whole.norm.strip(" \u200c")
        if whole.words < GLUED_HEADLINE_WORDS or not full:
            continue
        opening = full.split(maxsplit=1)[0]
        at = head.find(opening)
        while at >= 0:
            copy = head[at:]
            if (
                len(copy) < len(full)
                and full.startswith(copy)
                and len(copy.split()) >= GLUED_HEADLINE_WORDS
                and (
                    full[len(copy)] in " \u200c"
                    # «... پس از سه سا...»: the copy cut inside a word (a length limit in
                    # letters), its whole words before it GLUED_HEADLINE_WORDS still (fix220)
                    or len(copy.split()) - 1 >= GLUED_HEADLINE_WORDS
                )
                and len(head[:at].split()) <= GLUED_CRUMB_WORDS
                and (head[:at].strip(" \u200c") or _stands_alone(lines, below))
            ):
                return below
            at = head.find(opening, at + 1)
    return None


def _stands_alone(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` stands alone in its block, as a headline does: the text ends
    with it or a blank line follows it. A cut copy with no crumb words before it
    («در کوچه های شهر ما...», a poem's title) is a copy of the line below only when that line
    is a headline; a poem's first verse, run on by the next verse with no blank line between,
    opens a block and is no headline printed whole (fix214, attacks67)."""
    return index + 1 >= len(lines) or lines[index + 1].blank_before


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
        if _title_tail(rest[: sentence.start()]):
            return None  # «A / B - SITE MENU ...»: a <title> run into the page's text
        if _rhymes(head, rest):
            return None  # a couplet's two hemistichs «... دارم / ... دارم», then prose
    return found.start()


# A headline run into its lead with no mark between, the lead printed again as the next
# paragraph's opening: the repeated words are this many at least.
REPEATED_LEAD_WORDS = 8
# The paragraph's first characters looked for in the line before the scan (fewer than any
# REPEATED_LEAD_WORDS words and their spaces).
REPEATED_LEAD_PROBE = 8
# A teaser's cut at the line's end: «...» or «…», spaces around.
_TEASER_CUT = regex.compile(r"[\x20]*(?:\.{3,}|…)[\x20]*$")
# The line's first GLUED_HEADLINE_MAX_WORDS words and the spaces after them: a headline run
# into its lead ends within them (:func:`_repeated_lead_start`).
_GLUED_HEAD_REACH = regex.compile(rf"[\x20]*+(?:[^\x20]++[\x20]*+){{1,{GLUED_HEADLINE_MAX_WORDS}}}")


# A <title>'s second part after its slash has at least this many words before the site's name.
TITLE_TAIL_MIN_WORDS = 3


def _title_tail(rest: str) -> bool:
    """Whether the words after a spaced slash go on, within a headline's length, to a
    <title>'s separator and the site's name («A / B - تابناک گیلان صفحه نخست ...»: the page's
    <title> run into its menus and text on one line, soup_line's text of tabnakgilan.ir,
    tests/pages 1561), the part before it a headline's second half of
    :data:`TITLE_TAIL_MIN_WORDS` words or more and no sentence's mark: no lead follows the
    slash. (One word before a dash is a lead's dateline: «/ تهران - ایرنا - ...».)"""
    found = _TITLE_PARTS.search(rest)
    if found is None:
        return False
    part = rest[: found.start()]
    return TITLE_TAIL_MIN_WORDS <= len(part.split()) <= GLUED_HEADLINE_MAX_WORDS and not any(
        char in _SENTENCE_MARKS or char in "،," for char in part
    )


def _repeated_lead_start(
    lines: Sequence[_Line], anchor: int, outside: set[int], *, teaser_only: bool = False
) -> int | None:
    """Where a headline run into its lead ends (the offset in ``lines[anchor].text``) when
    the next paragraph opens with the line's tail, at least REPEATED_LEAD_WORDS words: the
    lead printed again as the text's first paragraph, the headline the words before it, a
    headline's length and no sentence's mark (iranbbf.ir's «d.asp?id=...», tests/pages/1495:
    «HEADLINEهيچ فكر كرده ايد ...؟» over «هيچ فكر كرده ايد ...؟اگر ...»). With ``teaser_only``,
    only «HEADLINE : TEASER ...», the teaser cut with «...» (a headline chosen over the
    paragraphs, the line whole), or that headline and the lead's uncut opening, glued to
    it by a spaced colon or by nothing («HEADLINEپاییز زیباترین فصل ... و رنگ برگ» over
    «پاییز زیباترین فصل ... و رنگ برگ درختان ...», fix145). None otherwise."""
    if (
        teaser_only
        and lines[anchor].words < GLUED_HEADLINE_MIN_WORDS + REPEATED_LEAD_WORDS
        and not lines[anchor].norm.rstrip().endswith(("...", "…"))
    ):
        return None  # (too short to hold a headline and a lead's repeated opening)
    after = next((at for at in range(anchor + 1, len(lines)) if at not in outside), None)
    if after is not None and not lines[after].paragraph and _dated_line(lines[after]):
        # the item's date line between the glued line and the paragraph («۲۳ آبان ۱۴۰۲ -
        # ۰۹:۱۵»): the paragraph under it is the one repeating the lead (fix151)
        after = next((at for at in range(after + 1, len(lines)) if at not in outside), None)
    if after is None or not lines[after].paragraph:
        return None
    text, other = lines[anchor].norm, lines[after].norm
    # «HEADLINE : TEASER ...» (a blog's opening, padsha.com, real43 #15): the teaser cut with
    # «...» is the paragraph's opening; its cut mark is left out of the comparison, and a
    # spaced colon between the headline and the teaser is no part of the headline.
    teaser = _TEASER_CUT.search(text) if text.rstrip().endswith(("...", "…")) else None
    if teaser is not None:
        text = text[: teaser.start()]
    if other[:REPEATED_LEAD_PROBE] not in text:
        return (
            None  # (the repeated opening, 8 words or more, holds the paragraph's first characters)
        )
    # The headline has at most GLUED_HEADLINE_MAX_WORDS words, so the cut is no later than
    # the next word's start: the scan stops there (each try compares the rest of the line,
    # and a scan over the whole line would be quadratic in its length).
    reach = _GLUED_HEAD_REACH.match(text)
    end = min(len(text), reach.end() + 1 if reach is not None else len(text))
    cut = next(
        (
            at
            for at in range(1, end)
            if len(other) >= len(text) - at and other.startswith(text[at:])
        ),
        None,
    )
    if cut is None or len(text[cut:].split()) < REPEATED_LEAD_WORDS:
        return None
    head = text[:cut].rstrip()
    if (teaser is not None or teaser_only) and head.endswith(" :"):
        head = head[:-1].rstrip()
        if head.replace("\u200c", " ").split()[-1] in _SAYING_VERBS:
            return None  # «... گفت : QUOTE ...»: a speaker's kicker over the quote, no headline
        tail = text[cut:].replace("\u200c", " ").split()
        if teaser is None and _finite_verb(tail, len(tail) - 1):
            # «SPEAKER : QUOTE ... آغاز کرد» over a lead opening with the quote: the words
            # after the colon end a clause, a quote headline's; a lead's opening glued to a
            # headline is cut after a count of words, mid-clause (fix151)
            return None
    if not GLUED_HEADLINE_MIN_WORDS <= len(head.split()) <= GLUED_HEADLINE_MAX_WORDS or any(
        char in _SENTENCE_MARKS for char in head
    ):
        return None
    return len(head)


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
_OPEN_ENDS = frozenset(("با", "به", "از", "در", "برای", "و", "که", "تا", "بر", "را", "بی", "طی"))
# A couplet's second hemistich is about as long as the first (this share of its letters
# more or fewer), and its rhyme is this many last letters.
HEMISTICH_SLACK = 0.3
RHYME_LETTERS = 3
# How far after the mark the opening printed again is looked for (characters).
LEAD_REACH_CHARS = 40
# The lead's first sentence after a slash has this many words at least.
LEAD_SENTENCE_WORDS = 8
_GLUED_CRUMB_DOUBT = "it may open with a breadcrumb run into the headline («خانه» and a section)"
_GLUED_CRUMB_RUNS_ON_DOUBT = (
    "the breadcrumb cut off it may be the headline's own words (an institution named «خانه ...»)"
)


# A page's name printed twice over its content's heading has at most this many words (a static
# page's name: «تاریخچه لیگ»), and the lines between its two prints at most this many (a
# breadcrumb: «• برگه ها») of at most NAME_CRUMB_WORDS words each (fix246).
PAGE_NAME_WORDS = 4
NAME_CRUMB_LINES = 2
NAME_CRUMB_WORDS = 3


def _page_name_over_heading(lines: Sequence[_Line], index: int, outside: set[int]) -> int | None:
    """The second print of a page's name when the line at ``index`` is a longer heading
    opening with the name's words, the name printed twice right over it with a breadcrumb
    between (one to :data:`NAME_CRUMB_LINES` short lines): «تاریخچه لیگ» / «• برگه ها» /
    «تاریخچه لیگ» / «تاریخچه لیگ برتر ...» (a sports federation's static page: the page's
    name in its title bar and as its heading, then its content's own heading, which spells the
    name out; iranbadminton.org, blind88 #3). The name is the page's title; None when the lines
    over the heading are not so shaped. Looks at a few lines over ``index`` only."""
    chosen = lines[index]
    name_at = index - 1
    while name_at >= 0 and name_at in outside and index - name_at <= NAME_CRUMB_LINES:
        name_at -= 1  # (a lone space's line set aside between the name and the heading)
    if name_at < 1:
        return None
    name = lines[name_at]
    if (
        not 2 <= name.words <= PAGE_NAME_WORDS
        or chosen.words <= name.words
        or not _opens_with_name(chosen.norm.split(), name)
        or any(character.isdigit() for character in name.norm)
    ):
        return None
    # (Printed twice with nothing between, the name is a masthead's, a site's name over a
    # headline that opens with it: attacks41; a breadcrumb between makes it a page's.)
    for first in range(name_at - 2, max(-1, name_at - 2 - NAME_CRUMB_LINES), -1):
        if lines[first].key == name.key:
            between = range(first + 1, name_at)
            if all(lines[at].words <= NAME_CRUMB_WORDS for at in between):
                return name_at
            return None
    return None


# The most space-split words one counted word spans (:func:`count_words` joins a spaced
# plural «ها» or «های» to its noun: «کتابخانه ها» is one word).
_SPLIT_WORDS_OVER_COUNTED = 2


def _opens_with_name(words: list[str], name: _Line) -> bool:
    """Whether the space-split ``words`` open with ``name``'s words: as many split words as
    the name counts, or a few more where a spaced suffix counts as part of its word
    («تاریخچه کتابخانه ها» is 2 counted words, 3 split)."""
    top = min(len(words) - 1, name.words * _SPLIT_WORDS_OVER_COUNTED)
    return any(_squash(" ".join(words[:count])) == name.key for count in range(name.words, top + 1))


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


def _verse_under_its_name(
    lines: Sequence[_Line], title: int, anchor: int | None, outside: set[int]
) -> int | None:
    """The one-word line opening the text over a block of verse whose last line is the chosen
    title: «مهر» / «مهر تو در دل ماند چون آفتاب صبحگاه» / «هر سحر بر بام ما تابید بی‌گاه و
    گاه» / the prose under them (attack44). The word is the poem's name as likely as not, the
    verse lines no headline; None when the lines above the title are not so shaped.

    A verse line: :data:`VERSE_LINE_WORDS` words, no digit, no colon, and no sentence's or
    clause's mark at its end; the block's lines within :data:`VERSE_LENGTH_RATIO` of each
    other in length (a poem's hemistichs are of one meter), two of them at least, the prose
    under them a paragraph."""
    if title < 2 or anchor is None or anchor != title + 1 or not lines[anchor].paragraph:
        return None
    top = title
    while top > 0 and top - 1 not in outside and _verse_shaped(lines[top - 1]):
        top -= 1
    if not _verse_shaped(lines[title]) or title - top < 1 or top == 0:
        return None
    name = top - 1
    if name in outside or lines[name].words != 1 or any(at not in outside for at in range(name)):
        return None
    block = [len(lines[at].text.strip()) for at in range(top, title + 1)]
    if max(block) > VERSE_LENGTH_RATIO * min(block):
        return None
    if not _verses_rhyme(lines[title - 1].norm, lines[title].norm):
        return None  # (a one-word site name over a kicker and its headline rhymes not)
    return name


# The letters two rhyming verse lines' last words share at least.
VERSE_RHYME_LETTERS = 2


def _verses_rhyme(first: str, second: str) -> bool:
    """Whether two verse lines rhyme: after the words they both end with (a ghazal's radif,
    «... بی‌گاه و گاه» / «... صبحگاه»), their last words differ and end with the same
    :data:`VERSE_RHYME_LETTERS` letters (a masnavi's couplet, a ghazal's opening one)."""
    one, two = first.replace("\u200c", " ").split(), second.replace("\u200c", " ").split()
    while one and two and one[-1] == two[-1]:
        one.pop()
        two.pop()
    if not one or not two:
        return False
    end_one, end_two = one[-1], two[-1]
    return (
        len(end_one) >= VERSE_RHYME_LETTERS
        and len(end_two) >= VERSE_RHYME_LETTERS
        and end_one[-VERSE_RHYME_LETTERS:] == end_two[-VERSE_RHYME_LETTERS:]
    )


# A verse line's words, and how much longer than another line of its poem it may be.
VERSE_LINE_WORDS = (4, 12)
VERSE_LENGTH_RATIO = 1.3
# What ends a sentence or a clause, or a label (no verse line of a block ends so).
_PROSE_ENDS = frozenset('.!؟?:؛…،,»")')


def _verse_shaped(line: _Line) -> bool:
    """Whether ``line`` may be a verse line of a poem (:func:`_verse_under_its_name`)."""
    text = line.text.strip()
    return (
        VERSE_LINE_WORDS[0] <= line.words <= VERSE_LINE_WORDS[1]
        and not line.paragraph
        and text[-1:] not in _PROSE_ENDS
        and ":" not in text
        and not any(char.isdigit() for char in text)
    )


# A news report's lead: an agency's dateline («تهران - ایرنا:», «یزد- ایرنا-») or «به گزارش».
# A quoted line over it is the report's headline: an epigraph heads an essay, not a report.
_NEWS_LEAD = regex.compile(
    r"[\x20\u200c]*(?:به[\x20\u200c]+گزارش[\x20\u200c]"
    r"|\p{L}+(?:\x20\p{L}+)?\x20*[-–]\x20*\p{L}+(?:\x20\p{L}+)?\x20*[:\-–])"
)


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
    neither says (a text alone). The page's <h1> holding the line itself is the line printed,
    and says neither (fix251)."""
    whole = line.key
    rest = _squash(line.norm[rubric:])
    for text, rule in hints.titles:
        key = _squash(normalize(text))
        if rule == "h1" and key == whole:
            continue
        if whole in key:
            return False
        if rest in key:
            return True
    slug = address.slug
    letters = _NOT_LETTERS.sub("", rest)
    if slug is not None and letters and _NOT_LETTERS.sub("", slug) == letters:
        # A slug spelling the whole rest and nothing more («/روز-جهانی-دیابت» under «اخبار
        # پایگاه : روز جهانی دیابت»): the headline's, however short (fix253).
        return True
    if slug is not None and address.slug_words >= SLUG_HEADLINE_WORDS:
        opening = _NOT_LETTERS.sub("", whole)[:RUBRIC_SLUG_LETTERS]
        if _NOT_LETTERS.sub("", slug).startswith(opening):
            return False
        if _NOT_LETTERS.sub("", slug).startswith(_NOT_LETTERS.sub("", rest)[:RUBRIC_SLUG_LETTERS]):
            return True
    return None


# A slug is read as spelling a line when it opens with this many of the line's letters.
RUBRIC_SLUG_LETTERS = 10


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
    r"^[\x20]*(?P<archive>"
    + vocab.ARCHIVE_WORD_PATTERN
    + r"(?:[\x20\u200c]+کامل)?(?:[\x20\u200c]+از)?[\x20\u200c]+)?"
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
# A tag page served as a search for the tag, its heading a label and the tag's name after a
# colon: «نتایج جستجو تگ برای: NAME» (search results for the tag; energyhorizon.ir's
# «/Home/SearchTag?Searchtag=NAME», tests/pages 2663; fix309), also «نتایج جستجوی برچسب:
# NAME». The label names a tag's list (a plain search's «نتایج جستجو برای: WORDS» names no
# tag and is not read): the page is the tag's list, as «برچسب: NAME» over its list.
_TAG_SEARCH_TITLE = regex.compile(
    r"^[\x20]*نتایج[\x20\u200c]+جستجو(?:ی)?[\x20\u200c]+(?:تگ|برچسب)(?:[\x20\u200c]*ها)?"
    r"(?:[\x20\u200c]+برای)?[\x20]*:[\x20]*"
    r"(?P<name>[^\x20:|\-–].*?)[\x20]*(?:[\x20][\-–|][\x20].*)?$"
)
# An archive's heading naming its kind, a closed list of labels, and the list's name after a
# colon: «بایگانی برچسب: NAME», «بایگانی برچسب ها: NAME», «آرشیو برچسب: NAME», «آرشیو دسته:
# NAME», «آرشیو تگ: NAME», WordPress's English «Tag Archives: NAME», «Category Archives:
# NAME» (fix180; fix174's «بایگانی دسته: NAME» is :data:`_CATEGORY_TITLE`'s), also with the
# common misspelling without the madda («ارشیو برچسب : NAME», fix185, a spaced colon).
_ARCHIVE_LABEL_TITLE = regex.compile(
    r"^[\x20]*(?:"
    + vocab.ARCHIVE_WORD_PATTERN
    + r"[\x20\u200c]+(?:برچسب|تگ|دسته(?:[\x20\u200c]*بندی)?)"
    r"(?:[\x20\u200c]*ها)?|(?i:(?:tag|category)[\x20]+archives?))[\x20]*:[\x20]*"
    r"(?P<name>[^\x20:|\-–].*?)[\x20]*(?:[\x20][\-–|][\x20].*)?$"
)
# The first letters of :data:`_ARCHIVE_LABEL_TITLE`'s labels.
_ARCHIVE_LABEL_FIRST = frozenset("بآاTtCc")
# A writer's archive heading opening the page: the author label and the writer's name,
# «نویسنده: NAME» (yaghoutnews.ir's «/writer/NAME/», tests/pages/1493). Only as the page's
# first line on a list's address (``/author/``, ``/writer/``): an article's page may print
# its byline so over its headline.
_AUTHOR_TITLE = regex.compile(
    r"^[\x20]*(?:نویسنده|نگارنده)[\x20]*:[\x20]*(?P<name>[^\x20:|\-–][^:|]*?)[\x20]*$"
)
_ARCHIVE_PERIODS = frozenset({"ماهانه", "ماهیانه", "سالانه", "روزانه", "هفتگی"})


def writer_heading(line: _Line) -> bool:
    """Whether the line is a writer's archive heading, «نویسنده: NAME» (:data:`_AUTHOR_TITLE`)."""
    return _AUTHOR_TITLE.match(line.norm) is not None


def _one_teaser_under_heading(
    lines: Sequence[_Line], heading: int, anchor: int, outside: set[int]
) -> bool:
    """Whether under the opening heading ``lines[heading]`` only short lines (a date line
    among them: an item's section, date, kicker and headline) stand over one paragraph that
    ends the text: a writer's archive showing one item's teaser («نویسنده: NAME» / «رسانه» /
    «17 مرداد 1402 - 10:30 ق.ظ» / a kicker / a headline / a teaser, yaghoutnews.ir's
    «/writer/NAME/»), as alike as an article of one paragraph under its byline."""
    if anchor >= len(lines) or anchor in outside or not lines[anchor].paragraph:
        return False
    between = [at for at in range(heading + 1, anchor) if at not in outside]
    return (
        any(lines[at].info.kind == "date" for at in between)
        and not any(lines[at].paragraph for at in between)
        and all(at in outside for at in range(anchor + 1, len(lines)))
    )


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
        elif opening and ":" in line.norm and (tagged := _TAG_TITLE.match(line.norm)) is not None:
            if _TAG_LIST_MARKS.search(tagged.group("name")) is None and (
                listing or (index + 1 < stop and list_count(lines[index + 1].norm))
            ):
                found = tagged  # one tag's name over its list, not a post's tag
        elif (
            opening
            and "جستجو" in line.norm[:16]
            and (searched := _TAG_SEARCH_TITLE.match(line.norm)) is not None
        ):
            if _TAG_LIST_MARKS.search(searched.group("name")) is None:
                found = searched  # a tag's search page: the tag's list
        elif (
            opening
            and ":" in line.norm
            and (writer := _AUTHOR_TITLE.match(line.norm)) is not None
            and (listing or _one_teaser_under_heading(lines, index, stop, outside))
        ):
            found = writer  # a writer's name over their items
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


def _speaker_colon_kicker(line: _Line) -> bool:
    """Whether ``line`` is a kicker naming the speaker whose words the headline under it
    gives, ended with a colon: his office first («مدیرکل امور عشایری استان:»), or his name, a
    comma and his office («رحمانی، مدیرعامل سازمان باغستان‌های سنتی شهرداری:», a city
    organisation's Liferay news, real67 #01; :func:`_names_office`). A page's label ending
    with a colon («آخرین اخبار سایت:») names no office."""
    text = line.text.rstrip()
    if (
        line.info.kind != "text"
        or not 3 <= line.words <= SENTENCE_WORDS + INTRO_WORDS
        or not text.endswith(":")
        or text.count(":") != 1
    ):
        return False
    if _names_office(line):
        return True
    name, comma, office = line.norm.partition("،")
    return (
        bool(comma)
        and 1 <= len(name.split()) <= SPEAKER_NAME_WORDS
        and bool(office.split())
        and _names_office(_Line(office.strip(), 0, len(office.strip()), False, 0))
    )


# The most words of a speaker's name before the comma and his office in a kicker.
SPEAKER_NAME_WORDS = 3


# «تاریخ» with the event it dates, not the page's post: «تاریخ تصویب» (a law's approval),
# «تاریخ ابلاغ» (its notification), «تاریخ تولد» (a birth), «تاریخ برگزاری» (an event's day);
# «زمان برگزاری» likewise, with a few words after the event («تاریخ شروع ثبت نام»); and a
# deadline, «مهلت:», «مهلت ارسال آثار:», «مهلت ثبت‌نام:», «آخرین مهلت ثبت‌نام:» (a call's last
# day, not its post); an exam's, a contest's or an interview's day («تاریخ آزمون:»); a
# document's own date, «تاریخ سند :» (a city council's by-law page under «مصوب ...»,
# shora.mashhad.ir, tests/pages 2401: the by-law's day, not its page's; fix258).
# A bullet or dash may open the line («■ مهلت: ۲۰ اردیبهشت ۱۳۹۷ ■»).
# A forum's author panel prints the member's join date beside the post count: «عضویت: 19 /3
# /1392» (rozfa forums, parsiniak.rozfa.com/Forum/Catgory/2/Post/522), «تاریخ عضویت: ...»
# (the Persian label of phpBB, MyBB and vBulletin profiles and of site admin tables),
# «عضو از: ...» (member since), «Join Date:», «Joined:»: a profile's fact, never the post's.
_ANOTHER_EVENT = (
    r"تصویب|ابلاغ|اجرا|اجرای|صدور|تولد|وفات|فوت|درگذشت|تاسیس|تأسیس|برگزاری|انقضا|شروع|پایان"
    r"|آزمون|امتحان|مسابقه|مصاحبه|سند"
)
_EVENT_WORDS = r"(?:[\x20\u200c]+[\p{L}\p{M}\u200c]+){0,3}"
# A schedule step's label (a deadline, results) ending with a colon: at most this many words.
_SCHEDULE_WORDS = r"(?:[\x20\u200c]+[\p{L}\p{M}\u200c]+){0,8}"
# A member's join date in a forum's author panel (see above): the label alone before it.
_MEMBER_JOINED = (
    r"(?:(?:تاریخ[\x20\u200c]+)?عضویت|عضو[\x20\u200c]+(?:از|شده(?:[\x20\u200c]+در)?)"
    r"|(?i:join(?:ed|[\x20]+date)|member[\x20]+since))(?![\p{L}\p{M}])"
)
# A meeting's next day (:data:`vocab.NEXT_MEETING_LABELS`), the label alone before it or a
# few words between it and a colon.
_NEXT_MEETING = vocabulary_words(normalize(label) for label in vocab.NEXT_MEETING_LABELS)
_ANOTHER_DATE_LABEL = regex.compile(
    r"^[\p{P}\p{S}\x20\u200c]*"
    rf"(?:(?:تاریخ|زمان)[\x20\u200c]+(?:{_ANOTHER_EVENT})(?![\p{{L}}\p{{M}}]){_EVENT_WORDS}"
    rf"|(?:آخرین[\x20\u200c]+)?مهلت(?![\p{{L}}\p{{M}}]){_EVENT_WORDS}"
    rf"|{_MEMBER_JOINED}|(?:{_NEXT_MEETING})(?![\p{{L}}\p{{M}}])"
    # with up to three words between the label and its colon, «جلسه بعدی شورا:» (the colon
    # required then: «نشست آینده شورای روستا ...» is a headline; attacks84, fix308)
    rf"(?:{_EVENT_WORDS}[\x20\u200c]*(?=:))?)"
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


def _listing_heading(heading: str) -> tuple[int, int] | None:
    """Where a list's name is in a heading that names a list (:func:`archive_name`:
    «بایگانی‌های NAME - SITE»; a tag list's «کلمات کلیدی : NAME», :data:`_TAG_TITLE`; a
    category archive's «بایگانی دسته: NAME», :data:`_CATEGORY_TITLE` with its archive word;
    «بایگانی برچسب: NAME», «Tag Archives: NAME», :data:`_ARCHIVE_LABEL_TITLE`),
    as offsets into ``heading``; None for any other heading."""
    span = archive_name(heading)
    if span is not None:
        return span
    norm = normalize(heading)
    if len(norm) != len(heading):
        return None  # (offsets into the normalised copy would not be the heading's)
    category = _CATEGORY_TITLE.match(norm) if "دسته" in norm[:24] else None
    # «# بایگانی دسته: سفرنامه»: a category archive's label and its name (fix174)
    tagged = (
        category if category is not None and category.group("archive") else _TAG_TITLE.match(norm)
    )
    if tagged is None and norm.lstrip(" ")[:1] in _ARCHIVE_LABEL_FIRST:
        # «# بایگانی برچسب: اردوی علمی», «Tag Archives: NAME»: a closed list of archive labels
        tagged = _ARCHIVE_LABEL_TITLE.match(norm)
    if tagged is None or _TAG_LIST_MARKS.search(tagged.group("name")) is not None:
        return None
    if not 1 <= count_words(tagged.group("name")) <= LISTING_NAME_WORDS:
        return None
    return tagged.span("name")


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


# A line opened by a Markdown strong marker (``**NAME`` or ``**NAME**``, a scraper's <strong>
# left as text or a Markdown bold paragraph), with a word after it.
_STRONG_OPENED = re.compile(r"^[ \t]*\*\*(?=[^\s*])[^\n]*\w", re.MULTILINE)
# A list item's bullet opening a line (a dash, a star or a round bullet and a space), or its
# number («1. », «۱- », «2) »: one to three digits of any script, a mark and a space).
_ITEM_OPENED = re.compile(
    "[ \t]*(?:[-\u2013\u2022\u00b7*\u25aa\u25a0\u25cf\u25fe]|\\d{1,3}[-.)])[\x20\u200c]"
)
# The fewest lines opened by ``**`` that make a page's sections.
STRONG_SECTIONS = 2


def _may_open_strong(line: str) -> bool:
    """Whether ``line`` may open with ``**`` as :data:`_STRONG_OPENED` reads a section's line:
    ``**`` after spaces and tabs, a ``startswith`` in C. :func:`_strong_section_title` tests
    its title's line so before it searches the whole text for «*» (speed39; «strong line
    opening» in ``testing.PREFILTERS``): on a Persian page that search stops at every «ت»,
    which shares «*»'s low byte."""
    return line.lstrip(" \t").startswith("**")


def _no_title(article: Article, doc: str, reason: str) -> Article:
    """``article`` with its title left out and a title-uncertain warning saying ``reason``."""
    span = article.spans.get("title")
    line, column = position(doc, span[0]) if span is not None else (None, None)
    notice = Notice("title-uncertain", f"no title: «{article.title}» {reason}", span, line, column)
    log.debug("warning %s", notice)
    return attrs.evolve(
        article,
        title=None,
        spans={key: value for key, value in article.spans.items() if key != "title"},
        evidence={key: value for key, value in article.evidence.items() if key != "title"},
        warnings=(*article.warnings, notice),
    )


def _strong_section_title(article: Article, doc: str) -> Article:
    """The record with no title when its title line is one of the page's section headings
    opened by ``**`` (title-uncertain): a university library's membership page printing no
    heading of its own, only «**عضویت دانشجویان» and «**عضویت کارکنان ...» each over its
    dashed or starred rules (real38 #14). Several lines opened by ``**``, each right over a
    list's item (the next line that is not blank opens with a bullet), head a list's sections;
    the first of them is not the page's headline. One ``**HEADLINE**`` line over its body, or
    bold lines over paragraphs (a news page's subheadings, its labels), is left as it is.
    """
    if article.title is None:
        return article
    span = article.spans.get("title")
    if span is None:
        return article
    line_start = doc.rfind("\n", 0, span[0]) + 1
    line_end = doc.find("\n", line_start)
    if not _may_open_strong(doc[line_start : line_end if line_end >= 0 else len(doc)]):
        # (the title's line opens no section: one search of its line in C, not of the text)
        return article
    sections = list(_STRONG_OPENED.finditer(doc))
    if len(sections) < STRONG_SECTIONS or all(found.start() != line_start for found in sections):
        return article
    for found in sections:
        below = doc.find("\n", found.start())
        rest = doc[below + 1 :].lstrip("\r\n\t \xa0") if below >= 0 else ""
        if not _ITEM_OPENED.match(rest):
            return article  # a strong line over a paragraph: not a list's sections
    return _no_title(
        article,
        doc,
        f"is one of {len(sections)} section headings opened by «**», each over a list's "
        "items, not the page's headline",
    )


# A form's label printed alone, its value on another line: one to four words and a colon.
_FORM_LABEL = regex.compile(r"\p{L}[\p{L}\u200c]*(?:\x20[\p{L}\u200c]+){0,3}\x20*:")
# The labels whose value is the page's headline (a record's «عنوان :» over it).
_TITLE_FORM_LABELS = frozenset(
    _squash(normalize(word))
    for word in ("عنوان", "موضوع", "تیتر", "عنوان خبر", "عنوان مطلب", "عنوان مقاله")  # fix260
)
# The fewest labels printed alone in a form's block of lines.
FORM_LABELS = 3
# A colon and the look-alikes normalize() makes one.
_COLONS = (":", "\uff1a", "\u2236", "\ua789", "\u02f8", "\ufe55", "\ufe13")


def _form_value_title(article: Article, doc: str) -> Article:
    """The record with no title when its title line is a value inside a form's block of
    label and value lines (title-uncertain): right under a label printed alone («شناسه ملی :»),
    right over another («نام شرکت :»), in a run of lines with no blank line that holds
    :data:`FORM_LABELS` such labels or more. A registration form printed as lines puts each
    value under its label, or one line out of step under the wrong one (a statute's page,
    real38 #18: the company's name under «شناسه ملی :»); either way the line is a form's value,
    not the page's headline. A value under «عنوان :» is the record's title, and stays."""
    span = article.spans.get("title")
    if article.title is None or span is None:
        return article
    start = doc.rfind("\n", 0, span[0]) + 1
    end = doc.find("\n", span[1])
    end = len(doc) if end < 0 else end
    if start == 0 or end == len(doc):
        return article
    above_start = doc.rfind("\n", 0, start - 1) + 1
    below_end = doc.find("\n", end + 1)
    below_end = len(doc) if below_end < 0 else below_end
    if not doc[above_start : start - 1].rstrip().endswith(_COLONS) or not doc[
        end + 1 : below_end
    ].rstrip().endswith(_COLONS):
        return article  # (a cheap test first: a label ends with its colon)
    above = normalize(doc[above_start : start - 1]).strip()
    below = normalize(doc[end + 1 : below_end]).strip()
    if (
        _FORM_LABEL.fullmatch(above) is None
        or _FORM_LABEL.fullmatch(below) is None
        or _FORM_LABEL.fullmatch(normalize(doc[start:end]).strip()) is not None
        or _squash(above.rstrip(": ")) in _TITLE_FORM_LABELS
    ):
        return article
    # The block: the run of lines that are not blank around the title's line.
    block_start = doc.rfind("\n\n", 0, start)
    block_end = doc.find("\n\n", end)
    block = doc[block_start + 1 if block_start >= 0 else 0 : block_end if block_end >= 0 else None]
    labels = sum(1 for row in block.splitlines() if _FORM_LABEL.fullmatch(normalize(row).strip()))
    if labels < FORM_LABELS:
        return article
    return _no_title(
        article,
        doc,
        f"stands between the form labels «{above}» and «{below}» ({labels} labels printed "
        "alone in its block): a form's value, not the page's headline",
    )


def _next_items_headline(
    state: _State,
    lead: int,
    stop: int,
    outside: set[int],
    title: int | None,
    *,
    past_paragraphs: bool = False,
) -> int | None:
    """The index of another item's headline between the lead and its label or date lines,
    or None.

    «HEADLINE» / «HEADLINE» / «EXCERPT» / «OTHER HEADLINE» / «• کد خبر : ID» / «• DATE» /
    «ITS EXCERPT»: a headline-shaped line under the lead that shares no content word with
    the title or the lead, right over a run of label and date lines and a paragraph under
    them, heads its own item (a list's next entry, a related story); that run is the item's
    header, never the page's (fix101: mut25's list gave the second item's date and ID).
    ``past_paragraphs``: look past the article's further paragraphs too (fix105: the same
    item after the second paragraph, with no «اخبار مرتبط» over it)."""
    lines = state.lines
    if title is None or lead >= len(lines) or not lines[lead].paragraph:
        return None
    for index in range(lead + 1, stop):
        line = lines[index]
        if index in outside:
            continue
        if line.paragraph:
            if not past_paragraphs:
                return None  # the lead's story goes on
            continue
        if line.info.kind != "text":
            continue
        if (
            not 2 <= line.words <= HEADLINE_MAX_WORDS
            or (line.words == 2 and not _own_meta_block(lines, title, lead, outside))
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


def _own_meta_block(lines: Sequence[_Line], title: int, lead: int, outside: set[int]) -> bool:
    """Whether the title has its own meta block (a label or date line) between it and the
    lead. Then a headline of two words under the lead, over a block of its own, heads an
    item as the first does (fix111: «جشنواره کوخرد» gave its ID and date as the page's);
    without one, two words may be the article's subheading over its own late header."""
    return any(lines[at].info.kind in _META for at in range(title + 1, lead) if at not in outside)


def _under_title(state: _State, line: _Line, distance: int) -> bool:
    """Whether the title chosen below ``line`` is printed in the few lines above it too:
    the title, its header, then the title again; the header is the article's, not the site's."""
    title = _squash(state.lines[line.index + distance].text)
    return any(
        _squash(state.lines[index].text) == title
        for index in range(max(0, line.index - 3), line.index)
    )


# A print view's headline printed after its lead (an economic weekly's print page,
# eghtesadnamehiranian.ir/printContent, tests/pages/1742 and its HTML twin 1746): the kicker
# first, a blank line, the lead (one long sentence paragraph), then the headline on the line
# right under the lead with no blank line between them, then a blank line and the body. The
# first line is then the kicker, not the headline: a subheading inside a body stands over
# its paragraph (blank above, its paragraph right under it), not right under the paragraph
# before it. The text alone does not tell which of the two lines is the headline, so the
# first line is kept and doubted (title-uncertain).
# The fewest words of the lead and of the body's paragraph after the headline.
AFTER_LEAD_PARAGRAPH_WORDS = 15
# The most words of the line printed after the lead (a headline's length).
AFTER_LEAD_HEADLINE_WORDS = 14
# The marks that end a sentence (the lead ends with one; a headline does not).
_LEAD_ENDS = (".", "!", "؟", "?", "…", ":", "؛")


# The lines after the title that must be blank (a text's, no headings): its second and fifth.
_AFTER_LEAD_BLANKS = (1, 4)


def headline_after_lead(
    article: Article, doc: str, headings: frozenset[str] | None = None
) -> Article:
    """The record with its title doubted (title-uncertain) when the title is the text's
    first line, a lead paragraph follows it after a blank line, and a headline-shaped line
    hangs right under the lead with a blank line and the body under it: a print view's
    kicker, lead, then headline (tests/pages/1742). A page's text (``headings``: the texts
    of its <h2> elements, its lines printed without blank lines) has the same shape with
    the line under the lead one of those headings (tests/pages/1746)."""
    span = article.spans.get("title")
    if article.title is None or span is None or doc[: span[0]].strip():
        return article  # (the title is not the text's first line)
    lines: list[str] = []  # (the text's next six lines, found without copying the rest of it)
    at = span[0]
    while len(lines) < 6:
        end = doc.find("\n", at)
        next_line = doc[at : end if end >= 0 else len(doc)]
        if headings is None and len(lines) in _AFTER_LEAD_BLANKS and next_line.strip():
            return article  # (the two blank lines tested as they are read: most texts fail)
        lines.append(next_line)
        if end < 0:
            break
        at = end + 1
    if headings is None:
        if len(lines) < 6:
            return article
        title, blank, lead, after, blank2, body = (line.strip() for line in lines[:6])
        at = 3
    else:
        if len(lines) < 4 or " ".join(lines[2].split()) not in headings:
            return article
        title, lead, after, body = (line.strip() for line in lines[:4])
        blank = blank2 = ""
        at = 2
    if blank or blank2 or not title or not after or title.endswith(_LEAD_ENDS):
        return article
    if (
        count_words(lead) < AFTER_LEAD_PARAGRAPH_WORDS
        or not lead.endswith(_LEAD_ENDS)
        or count_words(body) < AFTER_LEAD_PARAGRAPH_WORDS
        or not 2 <= count_words(after) <= AFTER_LEAD_HEADLINE_WORDS
        or after.endswith(_LEAD_ENDS)
        or count_words(title) > 2 * AFTER_LEAD_HEADLINE_WORDS
        # A headline is words: a date line under the lead («۱۴۰۳/۱۱/۳۰ - ۲۲:۱۹:۳۴»,
        # tests/pages/029) is not one.
        or sum(1 for word in after.split() if word.isalpha()) < 2
    ):
        return article
    after = normalize(after)
    start = span[0] + sum(len(line) + 1 for line in lines[:at])
    line, column = position(doc, start)
    notice = Notice(
        "title-uncertain",
        f"the title «{article.title}» is uncertain: the line «{after}» under the lead, with "
        "no blank line between them, may be the headline (a print view's kicker, lead, then "
        "headline)",
        (start, start + len(lines[at])),
        line,
        column,
    )
    log.debug("warning %s", notice)
    return attrs.evolve(article, warnings=(*article.warnings, notice))


def _posts_listed(article: Article, doc: str, titles: frozenset[str]) -> Article:
    """The record with its title doubted (``title-uncertain``) when the page, with no <h1>,
    prints two post-title headings of their own or more, with different texts (``titles``,
    ``Hints.post_titles``: Blogger's «<h3 class="post-title entry-title">» over each post of
    a day's page, with no link and no date in it): the page lists several posts, and the
    title the text chose, one post's heading or a line of one post's body, names none of
    them (fix189; one such heading names its post, fix178). A list's name already read
    (``listing-page``) or a title already doubted is left as it is."""
    own = titles - {""}
    if article.title is None:
        return article
    if len(own) < 2 or any(
        notice.code in ("title-uncertain", "listing-page") for notice in article.warnings
    ):
        return article
    span = article.spans.get("title")
    line, column = position(doc, span[0]) if span is not None else (None, None)
    notice = Notice(
        "title-uncertain",
        f"the title «{article.title}» is uncertain: the page prints {len(own)} posts under "
        "their own post-title headings and no <h1> (a blog's day or list page), so no one "
        "line names it",
        span,
        line,
        column,
    )
    return attrs.evolve(article, warnings=(*article.warnings, notice))


def title_doubts(article: Article, doc: str, hints: Hints) -> Article:
    """The record with the doubts that the whole text and the caller's evidence cast on the
    title the resolver chose: the one place, for a text and an HTML page alike, where they
    are applied (the end of :func:`parse_text`), so that ``parse_html`` keeps no rule of
    its own.

    A front matter's title (``hints.front_matter``) is put back as the block gives it, and
    doubted when printed nowhere (:func:`_front_matter_title`). A text's lines carry their
    layout (``hints.h2_texts`` None): a section line opened by ``**``
    (:func:`_strong_section_title`), a form's value (:func:`_form_value_title`) and a print
    view's headline after its lead, told by blank lines (:func:`headline_after_lead`). An
    HTML page's visible text has one line per block, so its headings tell instead: a print
    view's ``<h2>`` headline after its lead, then several posts' own title headings
    (:func:`_posts_listed`); with a headline heading taken (``h2_texts`` and
    ``post_titles`` empty) neither finds anything. The rules read the caller's text
    (``hints.source``) when the pipeline read a blanked copy of it (``doc``)."""
    text = hints.source if hints.source is not None else doc
    if hints.front_matter is not None:
        title, end = hints.front_matter
        article = _front_matter_title(article, title, text, end)
    if hints.h2_texts is None:
        article = _form_value_title(_strong_section_title(article, text), text)
        return headline_after_lead(article, text)
    if hints.h2_texts:  # (none: no <h2>, or a headline heading taken; the rule finds nothing)
        article = headline_after_lead(article, text, hints.h2_texts)
    return _posts_listed(article, text, hints.post_titles)


# Two spaces or more inside a line: where a headline ends when the page runs it into its lead
# on one line (kj-tarvij.ir's Joomla item, real70 #08, fix247).
_WIDE_GAP = re.compile(r"[\x20\u00a0]{2,}")


def _headline_run_into_report(line: _Line) -> int | None:
    """Where a headline run into its lead on one line ends: the line's first gap of two
    spaces or more (:data:`_WIDE_GAP`) comes after :data:`GLUED_HEADLINE_WORDS` to
    ``HEADLINE_MAX_WORDS`` words that end with no sentence's mark, a comma or a colon, and
    the text after the gap opens with «به گزارش» (:data:`_REPORT_OPENING`, a news lead's
    opening: «HEADLINE  به گزارش روابط عمومی ...»). The offset of the headline's end in
    ``line.text``, or None. A single space there (a lead's own sentence) is no gap."""
    gap = _WIDE_GAP.search(line.text)
    if gap is None:
        return None
    head = line.text[: gap.start()].strip()
    words = len(head.split())
    if (
        not GLUED_HEADLINE_WORDS <= words <= HEADLINE_MAX_WORDS
        or head[-1] in _SENTENCE_ENDS
        or head[-1] in "،,:;؛"
        or _REPORT_OPENING.match(normalize(line.text[gap.end() :])) is None
    ):
        return None
    return len(line.text[: gap.start()].rstrip())
