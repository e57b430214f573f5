"""Page chrome: the lines around an article that are the site's, never its values.

Menus (runs of short lines, items joined by bars), banners and mastheads (the site's name
in its forms, a newspaper's issue line), clocks and "today" boxes, tickers, sign-up and
follow prompts, greetings, wiki taglines and skip links, a browser's notices, feed footers
and the site's own name printed around the headline. :func:`_never_title` says why a short
line can never be the title; the other predicates name one shape of chrome each, as real
sites print it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping, Sequence

import regex

from jalali_meta import _vocab as vocab
from jalali_meta._datetimes import DateRead, iter_dates
from jalali_meta._evidence import host_spells, list_count
from jalali_meta._header import (
    BROWSER_NOTICE_WORDS,
    ISSUE_VOLUME,
    is_browser_notice,
    is_chrome_line,
    is_unsupported_notice,
    is_wiki_jump_links,
    notice_hint,
)
from jalali_meta._lines import (
    _KICKER_ENDS,
    HEADLINE_MAX_WORDS,
    _apart,
    _content_words,
    _Line,
    _restates,
    _squash,
    _State,
    _verb_end,
    count_words,
    has_letter,
)
from jalali_meta._normalize import normalize
from jalali_meta._patterns import DOCUMENT_DATE_LABEL_TEXT, any_case
from jalali_meta._patterns import words as vocabulary_words
from jalali_meta._reading import _ARABIC_LETTER, ORDER_LINES
from jalali_meta._records import Span, Timestamp, text_span
from jalali_meta._resolve import Candidate
from jalali_meta._sources import _hostname

# A label line farther above the title than this is not the article's header.
LABEL_REACH_ABOVE = 12

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


def _may_name_issue(norm: str) -> bool:
    """A necessary test for :data:`_MASTHEAD_NUMBER`, in C: one of its labels as a substring
    (tests/test_prefilters.py)."""
    return "شماره" in norm or "No." in norm or "NO." in norm


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
    # One answer a line object (speed50): the title's rules and the article's masthead pass
    # both ask, and the dates of a line holding «شماره» cost a grammar read each time.
    kept = line.__dict__
    if _MASTHEAD_KEPT in kept:
        found: tuple[Span, Span] | None = kept[_MASTHEAD_KEPT]
        return found
    found = kept[_MASTHEAD_KEPT] = _read_masthead(line, text)
    return found


# The key of :func:`_masthead`'s answer in a line's ``__dict__``.
_MASTHEAD_KEPT = "_masthead"


def _read_masthead(line: _Line, text: str) -> tuple[Span, Span] | None:
    """:func:`_masthead`'s answer on a line holding one of its words."""
    number = _MASTHEAD_NUMBER.search(line.norm) if _may_name_issue(line.norm) else None
    if number is None or not _may_print_weekday(line.norm):
        return None
    for read in iter_dates(text, base=line.start):
        stamp = read.stamp
        if stamp.weekday is not None and not read.issues and not stamp.has_time:
            start, end = number.span("issue")
            return (line.start + start, line.start + end), text_span(stamp)
    return None


def _may_print_weekday(norm: str) -> bool:
    """A necessary test for a date read with its weekday in the normalised line ``norm``
    (speed50; tests/test_prefilters.py): the grammar's weekday, its spaces and ZWNJs
    dropped and folded (:func:`_grammar.squeeze`), is a weekday name of the vocabulary, and
    every such name holds one of :data:`_WEEKDAY_STEMS` or is written in Latin or Cyrillic
    letters. A table's numbered rows (`1نوع باغ ... شماره 1`) hold «شماره» but no weekday,
    and their year-shaped numbers cost a grammar read each (speed49)."""
    return any(map(norm.__contains__, _WEEKDAY_STEMS)) or _CASED_LETTER.search(norm) is not None


# A part of every Persian and Arabic weekday name (:func:`_may_print_weekday`): Saturday's
# word, in both spellings, Friday's word, the Arabic article, and the end of Pashto's own
# names («څلرنۍ»).
_WEEKDAY_STEMS = ("شنب", "شمب", "جمع", "ال", "نۍ")
# A letter that folds to a Latin or Cyrillic one (with «ſ», «İ» and the Kelvin sign).
_CASED_LETTER = re.compile("[A-Za-z\u017f\u0130\u212a\u0400-\u052f]")


# How far apart the two prints of a name in capitals may stand (its logo block and the
# block's mobile copy).
CAPITALS_COPY_REACH = 3


def _in_capitals(line: _Line) -> bool:
    """Whether a line of two words or more is written in cased letters (Cyrillic, Latin),
    every one a capital («МАҚОМОТИ ИҶРОИЯИ ҲОКИМИЯТИ»). A Persian line with a Latin acronym
    («... «AFC» رسید») is not: its other letters have no case."""
    text = line.text
    return (
        line.words >= 2
        and text.isupper()  # (in C: a cased letter, and no small one)
        and all(char.isupper() for char in text if char.isalpha())
    )


def _capitals_masthead(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a site's name in capitals set over lines: in capitals
    (:func:`_in_capitals`), right over or under another line in capitals (the name's other
    part), and printed again a few lines away (a header's logo block and its mobile copy:
    «МАҚОМОТИ ИҶРОИЯИ ҲОКИМИЯТИ» / «ДАВЛАТИИ НОҲИЯИ НУРОБОД» / «МАҚОМОТИ ИҶРОИЯИ
    ҲОКИМИЯТИ», a Tajik district government's header, tests/pages 1648). A headline in
    capitals is one line over its text, not a name's part printed twice."""
    line = lines[index]
    if not _in_capitals(line):
        return False
    near = (other for other in (index - 1, index + 1) if 0 <= other < len(lines))
    if not any(lines[other].key != line.key and _in_capitals(lines[other]) for other in near):
        return False
    return any(
        0 <= other < len(lines) and other != index and lines[other].key == line.key
        for other in range(index - CAPITALS_COPY_REACH, index + CAPITALS_COPY_REACH + 1)
    )


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
    latin = _may_name_issue_in_latin(doc, 0, stop)
    nexts = [doc.find(word, 0, stop) if latin or word[0] != "N" else -1 for word in _MASTHEAD_WORDS]
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


def _may_name_issue_in_latin(doc: str, start: int, stop: int) -> bool:
    """Whether ``doc[start:stop]`` may hold «No.» or «NO.»: an «N» in it, found by a
    one-character search. A Persian page's header holds none, and the two three-character
    searches over it cost about five times as much as this one (speed37)."""
    return doc.find("N", start, stop) >= 0


# A periodical's name and issue number: «فصلنامه فرهنگی پیمان شماره 77», «ماهنامه X، شماره
# ۱۲۵، مهر ۱۴۰۱»: the kind of periodical first, «شماره» and digits after its name.
_PERIODICAL_ISSUE = regex.compile(
    r"^(?:دو[\x20\u200c]?)?(?:فصلنامه|ماهنامه|هفته[\x20\u200c]?نامه|گاهنامه|سالنامه|روزنامه"
    r"|نشریه|مجله)(?![\p{L}\p{M}])[^0-9]{0,60}?(?<![\p{L}\p{M}])شماره[\x20\u200c]*:?[\x20\u200c]*[0-9]{1,5}"
    r"(?![0-9])[\x20\u200c]*(?:[،,\-|][^\n]{0,40})?$"  # then the end, or a date after a separator
)
PERIODICAL_ISSUE_WORDS = 12
# The words _PERIODICAL_ISSUE can open with («دو» of «دوفصلنامه»): a C prefix test first.
_PERIODICAL_STARTS = (
    "دو",
    "فصلنامه",
    "ماهنامه",
    "هفته",
    "گاهنامه",
    "سالنامه",
    "روزنامه",
    "نشریه",
    "مجله",
)


# A special issue's name: a publication's or a product's name, a colon, then «ویژه نامه» (a
# special issue) and its name, «تدبیر : ویژه نامه نوروز - نوروز ۱۳۸۸» (a software company's
# Nowruz issue, sppc.co.ir: blind82, tests/pages 2226; fix231), printed over the issue's
# pages, and closing its title bar («شرکت ... تدبیر : ویژه نامه نوروز»); the words are
# :data:`_vocab.SPECIAL_ISSUE_WORDS`.
_SPECIAL_ISSUE_LINE = regex.compile(
    r"(?<![^\x20\u200c])[\p{L}\u200c]+[\x20\u200c]*:[\x20\u200c]*(?:"
    + "|".join(word.replace(" ", "[\\x20\\u200c]*") for word in vocab.SPECIAL_ISSUE_WORDS)
    + r")(?![\p{L}\p{M}])"
)


def _special_issue_line(line: _Line) -> bool:
    """Whether ``line`` names a special issue after its publication's name
    (:data:`_SPECIAL_ISSUE_LINE`, one colon, no verb at its end: «همشهری: ویژه‌نامه نوروز
    منتشر شد» is a headline): the issue's line or its title bar, never an item's title."""
    return (
        line.norm.count(":") == 1
        and _SPECIAL_ISSUE_LINE.search(line.norm) is not None
        and _verb_end(line) == ""
    )


def _periodical_issue(lines: Sequence[_Line], index: int) -> bool:
    """A periodical's name with its issue number («فصلنامه فرهنگی پیمان شماره 77») printed
    once: the magazine's line over an article, never its title. Printed again nearby, it
    heads a page about the issue itself (a newsstand site's issue page), and may be."""
    line = lines[index]
    if (
        line.words > PERIODICAL_ISSUE_WORDS
        or not line.norm.startswith(_PERIODICAL_STARTS)
        or _PERIODICAL_ISSUE.match(line.norm) is None
    ):
        return False
    near = range(max(0, index - LABEL_REACH_ABOVE), min(len(lines), index + LABEL_REACH_ABOVE))
    return not any(lines[other].key == line.key for other in near if other != index)


# A whole line that is a periodical's year and issue and nothing else, the year spelt in
# cardinal number words joined by «و» or in digits: «سال هفتاد و پنج شماره ۲۱۶۰۳» (an official
# gazette's issue line over a ruling, rrk.ir, real59 #18), «سال 12، شماره 340».
_NUMBER_WORD_RUN = r"(?:" + "|".join(vocab.NUMBER_WORDS) + r")"
_VOLUME_ISSUE_LINE = regex.compile(
    r"^[\x20]*سال[\x20\u200c]+(?:[0-9]{1,3}|"
    + _NUMBER_WORD_RUN
    + r"(?:[\x20\u200c]+و[\x20\u200c]+"
    + _NUMBER_WORD_RUN
    + r")*(?:م|مین)?)(?![\p{L}\p{M}0-9])[\x20\u200c]*[،,\-|]?[\x20\u200c]*"
    r"شماره[\x20\u200c]*:?[\x20\u200c]*[0-9]{1,7}[\x20]*$"
)


def _volume_and_issue(line: _Line) -> bool:
    """A newspaper's volume and issue number on one line («سال نوزدهم شماره ۵۳۶۶ ...»,
    separators lost in a PDF text layer; «سال هفتاد و پنج شماره ۲۱۶۰۳», the whole line): a
    masthead, never the title."""
    norm = line.norm
    return (
        "شماره" in norm
        and "سال" in norm
        and (
            (ISSUE_VOLUME.search(norm) is not None and _MASTHEAD_NUMBER.search(norm) is not None)
            or _VOLUME_ISSUE_LINE.match(norm) is not None
        )
    )


# A label naming an author with its colon («نویسنده:», «گزارشگر :»), anywhere in a line.
_AUTHOR_LABEL = regex.compile(r"(?:" + any_case(vocab.LABELS["author"]) + r")[\x20\u200c]*:")
# A web address standing as a word on a line (a blog's host: «falsafeh.blogfa.com», «www.x.ir»,
# «https://x.com/a»), and a comment count («دیدگاه ۱۹», «۵ نظر», «نظرات: 3», «12 comments»): a
# line that holds both and a date is a post's byline line (its author's handle, the blog's
# address, the day and the comments), never its headline (real41 #17).
_WEB_ADDRESS_WORD = regex.compile(
    r"(?<![^\x20|(\[])(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}(?:/\S*)?(?=$|[\x20|)\]])"
)
_COMMENT_COUNT = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?:دیدگاه|نظر)(?:[\x20\u200c]*ها|ات)?[\x20\u200c]*:?[\x20\u200c]*[0-9]{1,5}(?![0-9])"
    r"|(?<![0-9])[0-9]{1,5}[\x20\u200c]*(?:دیدگاه|نظر|(?i:comments?))(?![\p{L}\p{M}])"
    r"|(?i:comments?)[\x20]*:?[\x20]*[0-9]{1,5}(?![0-9]))"
)
# At most this many words on such a byline line.
_ADDRESS_BYLINE_MAX_WORDS = 14
# A post's counters run into one line: two or more counts, each a number and what it counts
# (COUNTER_WORDS: comments, views, likes), parted by slashes, bars or bullets, such a mark
# before the first too («/ 3 نظر / 6 بازدید»: persianblog's line under a post's title,
# real64 #16). A headline holds words besides its counts.
_COUNTER_WORDS_ALT = "|".join(
    map(
        regex.escape,
        sorted({normalize(word) for word in vocab.COUNTER_WORDS}, key=len, reverse=True),
    )
)
_ONE_COUNT = rf"[0-9][0-9,]*[\x20\u200c]*(?i:{_COUNTER_WORDS_ALT})(?![\p{{L}}\p{{M}}])"
_COUNTERS_RUN = regex.compile(
    rf"[\x20/|•]*{_ONE_COUNT}(?:[\x20]*[/|•][\x20/|•]*{_ONE_COUNT})+[\x20/|•]*"
)
# A channel's or site's handle or address beside a pipe: «اسمارت بورس | smartbourse_com».
_HANDLE_PART = regex.compile(
    r"(?:^|\|)[\x20]*@?[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*(?:[_.][A-Za-z0-9-]+)+[\x20]*(?:\||$)"
    r"|(?:^|\|)[\x20]*@[A-Za-z0-9_.]+[\x20]*(?:\||$)"
)
# A byline naming the writer by a role or a credit, with no verb: a section's editor
# («دبیر بخش تئاتر», «سردبیر سرویس فرهنگی»: a magazine issue's section page prints it twice
# under the section's heading, real40 #22), or a credit before a person's name («گزارش از
# مریم احمدی», «گفت‌وگو از دکتر ...»). «گزارش از نشست خبری ...» names no person (a
# headline), and a line ending with a verb («دبیر بخش مسابقه منصوب شد») is a headline.
# The section's name runs to the line's end, of any length («دبیر بخش موسیقی و هنرهای
# نمایشی»; the line's words are bounded by ROLE_BYLINE_WORDS).
_SECTION_EDITOR = regex.compile(
    r"^(?:دبیر|سردبیر)[\x20\u200c]+(?:بخش|سرویس|گروه|صفحه)(?:[\x20\u200c][\p{L}\x20\u200c]*+)?$"
)
_CREDIT_TO_NAME = regex.compile(
    r"^(?:گزارش|گفت[\x20\u200c]*و[\x20\u200c]*گو|گفتگو|مصاحبه|یادداشت)[\x20\u200c]+از[\x20\u200c]+"
    r"(?P<name>[\p{L}\u200c]+)(?:[\x20\u200c]+[\p{L}\u200c]+){0,3}[\x20]*$"
)
_CREDIT_NAME_TITLES = frozenset({"دکتر", "مهندس", "استاد"})
# Words a role byline has at most.
ROLE_BYLINE_WORDS = 6

# A report's byline naming the outlet and the word «report», no verb: a Pashto or Urdu
# channel's or agency's name before «رپورټ» / «رپورٹ» («باغي ټي وی رپورټ», pashto.baaghitv.com,
# tests/pages 1706; «جیو نیوز رپورٹ»), the name holding a medium's word (TV, news, agency,
# desk, radio) so that a headline about a report («د ملګرو ملتونو نوی رپورټ») is left alone;
# or Persian «گزارش خبرنگار(ان) NAME» («گزارش خبرنگار ایرنا»), with no «از» (a report's topic:
# «گزارش خبرنگار مهر از بازار میوه» is a headline) and no verb («... منتشر شد»).
_REPORT_WORDS = frozenset({"رپورټ", "رپورٹ"})
_MEDIUM_WORDS = frozenset(
    normalize(word)
    for word in (
        "ټي", "ٹی", "تی", "وی", "نیوز", "نيوز", "ټلویزیون", "ٹیلی", "ویژن", "آژانس", "اژانس",
        "ایجنسی", "ايجنسي", "ډیسک", "ڈیسک", "راډیو", "ریڈیو", "راديو", "tv", "news",
    )
)  # fmt: skip
_REPORTER_CREDIT = regex.compile(
    r"^گزارش[\x20\u200c]+خبرنگار(?:ان)?(?:[\x20\u200c]+[\p{L}\u200c]+){0,4}[\x20]*$"
)
# Words a report's byline has at most.
REPORT_BYLINE_WORDS = 6


def _report_byline(line: _Line) -> bool:
    """Whether ``line`` is a report's byline (:data:`_REPORT_WORDS` after a medium's name,
    or :data:`_REPORTER_CREDIT`), never a headline."""
    words = line.norm.replace("\u200c", " ").split()
    if not 2 <= len(words) <= REPORT_BYLINE_WORDS:
        return False
    if words[-1] in _REPORT_WORDS:
        return any(word.lower() in _MEDIUM_WORDS for word in words[:-1])
    return (
        words[0] == "گزارش"
        and "از" not in words
        and _REPORTER_CREDIT.match(line.norm) is not None
        and _verb_end(line) == ""
    )


# A reporter's byline printed as the name, then the role word alone: «الیاس طاهری خبرنگار»
# under an Afghan agency's headline (salamwatandar.com, real65 #27). A given name and a family
# name at least (a role after one word is a headline's object: «بازداشت خبرنگار»), at most two
# more; no word of a headline's phrase before the role: a preposition or conjunction («حمله
# به خبرنگار», «مدیر و خبرنگار»), a number («قتل دو خبرنگار»), an occasion («روز
# خبرنگار», «هفته خبرنگار») or a superlative («بهترین خبرنگار»).
REPORTER_NAME_MIN_WORDS = 3
REPORTER_NAME_MAX_WORDS = 4
_REPORTER_ROLES = frozenset({"خبرنگار", "گزارشگر"})
_REPORTER_NAME_STOPS = frozenset(
    {
        "از", "به", "با", "بر", "در", "برای", "و", "یا", "که", "را", "این", "آن", "هر", "روز",
        "هفته", "سال", "مناسبت", "زن", "مرد", "ایرانی", "خارجی", *vocab.NUMBER_WORDS,
    }
)  # fmt: skip


def _named_reporter(line: _Line) -> bool:
    """Whether ``line`` is «NAME FAMILY خبرنگار» (:data:`_REPORTER_ROLES` last, letters
    only before it, none of :data:`_REPORTER_NAME_STOPS` nor a superlative «...ترین»): a
    reporter's byline, never the headline."""
    words = line.norm.replace("\u200c", " ").split()
    if words[-1] not in _REPORTER_ROLES:
        return False
    return all(
        word.isalpha() and word not in _REPORTER_NAME_STOPS and not word.endswith("ترین")
        for word in words[:-1]
    )


def _role_byline(line: _Line) -> bool:
    """Whether ``line`` is a byline by a role or a credit (:data:`_SECTION_EDITOR`,
    :data:`_CREDIT_TO_NAME` with a given name or a scholar's title after «از»), no verb at
    its end."""
    norm = line.norm
    if _SECTION_EDITOR.match(norm) is None:
        credit = _CREDIT_TO_NAME.match(norm)
        if credit is None:
            return False
        name = _squash(credit.group("name"))
        if name not in vocab.GIVEN_NAMES and name not in _CREDIT_NAME_TITLES:
            return False
    return _verb_end(line) == ""


# A byline giving the author's role after a slash: «امیر رستاق/ روزنامه نگار حوزه فرهنگ و
# هنر» under a relay's «BBC PERSIAN» (openasia.org, real55 #8), «NAME / خبرنگار ...»,
# «NAME/ کارشناس ...». A name of one to four words, a slash, a role's word first.
_SLASH_ROLE_BYLINE = regex.compile(
    r"^[\x20]*\p{L}[\p{L}\p{M}\u200c]*(?:[\x20\u200c]+\p{L}[\p{L}\p{M}\u200c]*){0,3}[\x20]*/[\x20]*"
    r"(?:روزنامه[\x20\u200c]*نگار|خبرنگار|کارشناس|نویسنده|پژوهشگر|استاد|تحلیلگر|تحلیل[\x20\u200c]*گر"
    r"|مترجم|عکاس|دبیر|سردبیر|مدرس|دانشجوی|عضو[\x20\u200c]+هیئت[\x20\u200c]+علمی)(?![\p{L}\p{M}])"
    r"(?![\x20]*:)"  # «HEADLINE / نویسنده: QUOTE»: the role labels a quote's speaker
)
# Words a name before the slash never holds: a headline's prepositions («رونمایی از رمان
# تازه / نویسنده: ...», attacks54).
_SLASH_NAME_STOPS = frozenset({"از", "در", "به", "با", "برای", "که", "را"})
# Words a byline with its role after a slash has at most.
SLASH_ROLE_BYLINE_WORDS = 14


def _slash_role_byline(line: _Line) -> bool:
    """Whether ``line`` is «NAME/ ROLE ...» (:data:`_SLASH_ROLE_BYLINE`), no verb at its
    end and no sentence's end: a headline with a slash («خبرنگار/ ... بازداشت شد») states
    an event."""
    return (
        _SLASH_ROLE_BYLINE.match(line.norm) is not None
        and _SLASH_NAME_STOPS.isdisjoint(line.norm.split("/", 1)[0].split())
        and line.text.rstrip()[-1] not in ".!?؟:"
        and _verb_end(line) == ""
    )


# A person's name with an initial: «م. رهرو (کاوه)», «ع. پاکزاد».
_INITIAL_NAME = regex.compile(
    r"^\p{L}\.[\x20\u200c]*\p{L}+(?:[\x20\u200c]+\p{L}+)?(?:[\x20]*\([^()]*\))?$"
)
# A month's calendar printed as a table (BlogSky's sidebar over the post, real67 #05): its
# header row the weekdays' initials, one letter a cell between bars («ش | ی | د | س | چ | پ |
# ج |»). At least this many of the week's seven cells hold a letter; none holds more.
CALENDAR_ROW_DAYS = 5
_WEEK_DAYS = 7


def _calendar_weekday_row(text: str) -> bool:
    """Whether ``text`` is a calendar's header row: cells between bars, each one letter or
    empty, :data:`CALENDAR_ROW_DAYS` to seven of them holding a letter («ش | ی | د | س | چ |
    پ | ج |», «S | M | T | W | T | F | S»). A headline's words are longer than a letter."""
    cells = [cell.strip() for cell in text.split("|")]
    days = [cell for cell in cells if cell]
    return CALENDAR_ROW_DAYS <= len(days) <= _WEEK_DAYS and all(
        len(cell) == 1 and cell.isalpha() for cell in days
    )


# A Cyrillic author's line: his surname, then his initials («Файзуллозода Э.Ф.»), alone or
# before a dash or a comma and his degrees and role («– н.и.х., дотсент, декани ...»: a Tajik
# faculty's article under its headline, chemical.tnu.tj, real67 #13). A headline that names
# a person by his initials goes on with words, not a dash.
_SURNAME_INITIALS = regex.compile(
    r"^[\x20]*\p{Lu}[\p{Ll}\p{M}-]+[\x20]+\p{Lu}\.(?:[\x20]?\p{Lu}\.)?"
    r"(?=[\x20]*(?:$|[–—,-]))"
)
# Words such an author's line has at most.
SURNAME_INITIALS_WORDS = 16
# A Cyrillic staff line with the person's whole name, surname, name and patronymic (its
# Russian endings), then a dash and the role and degrees («Хакимова Башорат Наимовна —
# заведующая отделом ..., кандидат ... наук, доцент»: a Tajik university's department page,
# its head named under the heading, tsulbp.tj, real68 #03; fix240). Same reach as the
# initials' line (:data:`SURNAME_INITIALS_WORDS`); a headline that names a person so goes on
# with a verb, not a dash and a role.
_PATRONYMIC_NAME = regex.compile(
    r"^[\x20]*\p{Lu}[\p{Ll}-]+[\x20]+\p{Lu}\p{Ll}+[\x20]+"
    r"\p{Lu}\p{Ll}+(?:ович|евич|вич|ич|овна|евна|ична|инична)[\x20]*[–—-][\x20]"
)


# The weekdays' names without spaces (what is left of a date line with its weekday).
# What is left of a line once its dates are cut out when it is only a document's date label
# («تاریخ بخشنامه ۱۴۰۰/۰۵/۰۲», with its colon or not, :data:`vocab.DOCUMENT_DATE_WORDS`):
# the day of a circular the page reproduces, a field of its meta list, no headline (fix238).
_DOCUMENT_DATE_REST = regex.compile(DOCUMENT_DATE_LABEL_TEXT + r"[\p{P}\p{S}\x20\u200c]*")
_WEEKDAY_LETTERS = frozenset(
    {"", *(name.replace(" ", "") for name in vocab.WEEKDAYS if not "a" <= name[:1] <= "z")}
)
_NOT_LETTER = regex.compile(r"[^\p{L}]+")
NAME_MAX_WORDS = 4


# A blog theme's byline with its values left empty: «Posted on at», «Posted by», «نوشته
# شده در توسط» (a WordPress post whose date and author the theme did not print).
# The first letters of _EMPTY_BYLINE's words, in either case (its own fold: ASCII only).
_EMPTY_BYLINE_FIRST = frozenset("pPwWنام")
_EMPTY_BYLINE = regex.compile(
    r"[\x20]*(?:(?:posted|published|written)(?:[\x20]+(?:on|at|by|in))*"
    r"|(?:نوشته|ارسال|منتشر)[\x20\u200c]+شده(?:[\x20]+(?:در|توسط|ساعت|به))*)"
    r"[\x20:|,،.\-–]*",
    regex.IGNORECASE,
)


# An interview's question printed under its abbreviated label «س:» (for «سؤال», "question";
# the answer's line opens with «ج:» or the speaker's name: «س: غزل امروز ...؟» / «خوانساری:
# ...», a poet's blog reposting an interview, hadi-khansari.iran.sc: blind81, tests/pages
# 2194/2195; fix227). One exchange of the text, never its headline; the spelled-out labels
# («پرسش: ...», «سوال: ...») head a Q&A site's own page and are left alone.
_INTERVIEW_QUESTION = regex.compile(r"[\x20]*س[\x20]*:[\x20]*\p{L}")


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
# Urdu's tagline puts the encyclopedia first and «from» last: «آزاد دائرۃ المعارف، ویکیپیڈیا
# سے» (ur.wikipedia.org), a wiki's name holding «ویکی» or «پیڈیا» before «سے».
_URDU_WIKI_TAGLINE = regex.compile(
    r"(?:آزاد[\x20]+)?دائر[ۃة][\x20\u200c]*المعارف[\x20]*[،,][\x20]*"
    r"(?=[^،,]*(?:ویکی|پیڈیا))" + _WIKI_NAME_WORDS + r"[\x20]+سے[\x20]*"
)
# MediaWiki's note under a title reached by a redirect: «(تغییرمسیر از پزشکی مدرن)»,
# «(Redirected from Modern medicine)», the whole line in brackets.
_WIKI_REDIRECT = regex.compile(
    r"\([\x20]*(?:تغییر[\x20\u200c]*مسیر[\x20\u200c]+از|(?i:redirected\x20from))[\x20\u200c]+[^()]+\)[\x20]*"
)
# A list's archive label printed without the list's name («بایگانی برچسب», «آرشیو دسته‌بندی»,
# «Tag Archives»: a WordPress theme's heading whose name part the page lost or never printed;
# with the name it reads «آرشیو برچسب: NAME», tabalwor.com's, or «بایگانی‌های NAME»), and
# WordPress's «نوشته‌ها» («Posts», :data:`vocab.POSTS_LABEL_PATTERN`) alone over the posts.
_BARE_ARCHIVE_LABEL = regex.compile(
    r"^[\x20]*(?:" + vocab.ARCHIVE_WORD_PATTERN + r"(?:[\x20\u200c]*ها(?:ی)?)?[\x20\u200c]+"
    r"(?:برچسب|تگ|دسته|موضوع|نویسنده)(?:[\x20\u200c]*(?:ها|بندی|های))?"
    r"|(?i:(?:tag|category|author)\x20+archives?)|"
    + vocab.POSTS_LABEL_PATTERN
    + r")[\x20]*:?[\x20]*$"
)
# A wiki's section heading with its edit link run into its end («تاریخچه[ویرایش]»,
# «جغرافیا[ویرایش مبدأ]», «History[edit]») or, in older skins, printed before it («[ویرایش]
# اجزا»): MediaWiki prints the link by every section's heading, never by the page's own
# heading (printed first, with no link).
_EDIT_LINK = (
    r"\[[\x20]*(?:ویرایش(?:[\x20\u200c]+(?:مبدأ|مبدا|منبع|کد))?|(?i:edit(?:\x20source)?))[\x20]*\]"
)
_WIKI_SECTION_EDIT = regex.compile(rf"^[\x20]*{_EDIT_LINK}|{_EDIT_LINK}[\x20]*$")
# A line of wiki or BB-code markup as a page prints its source (a MediaWiki diff page, a
# forum's search page quoting a post; iranpedia.wiki's diff, s21.me's user posts, real56):
# opening with a file or link «[[...]]», a template «{{...}}», a BB-code tag of a closed list
# («[center]», «[b]»: no headline prints its tag) or a wiki heading «==...==». (fix179)
_MARKUP_LINE = regex.compile(
    r"[\x20\u200c]*(?:\[\[[^\[\]\n]+(?:\]\]|\|)|\{\{[^{}\n]+(?:\}\}|\|)"
    r"|\[(?i:center|left|right|justify|b|i|u|s|size|color|font|quote|align|url|img|h[1-6])"
    r"(?:=[^\[\]\n]{1,40})?\](?!\()|={2,6}[^=\n]+={2,6})"
)
# A diff table's row as text extraction writes it: the row's cells parted by bars, its empty
# cells closing it with at least two bars («... | |||», «| خط ۱: | خط ۱: | ||»). (fix179)
_DIFF_ROW_END = regex.compile(r"\|[\x20]*\|[\x20]*$")


def _parted_by_bars(text: str, end: int) -> bool:
    """Whether a line closed by bars (its closing bars from ``end``) is a row of cells: it
    opens with a bar or holds one before the closing run («| خط ۱: | خط ۱: | ||»). A headline
    a flattened table cell closes («HEADLINE | ||», madresehnews.com, real58 #08; fix190) has
    no bar before the run: its one cell is the headline."""
    head = text[:end].rstrip("\x20|").strip()
    return not head or head[0] == "|" or "|" in head


# A forum's search result's meta line under a post's topic (PunBB/FluxBB «show_user_posts»):
# the reply count and the forum posted in, in brackets («(4 Replies, posted in News)»; its
# Kurdish (Sorani) template «(4 وهڵام, نووسراو له مێژوو)», s21.me, real56). (fix179)
_FORUM_RESULT_META = regex.compile(
    r"\([\x20]*[0-9۰-۹]+[\x20]+(?:(?i:repl(?:y|ies))|وهڵام|وەڵام)[\x20]*[,،][\x20]*"
    r"(?:(?i:posted[\x20]+in)|نووسراو[\x20]+(?:له|لە))[\x20]+[^()]+\)[\x20]*"
)
# A host name alone on its line, lower case («krg.org», «www.example.ir»): a post's source
# printed under its heading (s21.me's quoted post, real56), never a headline. (fix179)
_HOST_ALONE = regex.compile(r"[\x20]*(?:www\.)?(?:[a-z0-9-]+\.)+(?:[a-z]{2,6})[\x20]*")
# A wiki user's signature as MediaWiki prints it on a diff or history page: a name, then its
# talk and contributions links in brackets («NAME (بحث | مشارکت‌ها)», «NAME (talk | contribs)»),
# then the edit's summary. (fix179)
_WIKI_USER_LINKS = regex.compile(
    r"\([\x20]*(?:بحث|(?i:talk))[\x20]*\|[\x20]*(?:مشارکت[\x20\u200c]*ها|(?i:contribs))[\x20]*\)"
)
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
# The characters _READER_NOTICE's two branches open with, after their spaces.
_READER_NOTICE_FIRST = frozenset("\u203c\u2049\u26a0\u2757\u2755\u26d4ت")
_READER_NOTICE = regex.compile(
    r"^[\x20]*(?:[\u203c\u2049\u26a0\u2757\u2755\u26d4]\ufe0f?[\x20]*)+\S"
    r"|^[\x20]*توجه[\x20]*[:!]"
)


def _reader_notice(norm: str) -> bool:
    """Whether a line is a site's notice to the reader (:data:`_READER_NOTICE`)."""
    return _may_be_reader_notice(norm) and _READER_NOTICE.match(norm) is not None


# The C tests before three of _never_title's patterns: the first character after the
# spaces each pattern allows (tests/test_prefilters.py checks them as the call sites run them).
def _may_be_reader_notice(norm: str) -> bool:
    return norm.lstrip(" ")[:1] in _READER_NOTICE_FIRST


def _may_be_empty_byline(norm: str) -> bool:
    return norm.lstrip(" ")[:1] in _EMPTY_BYLINE_FIRST


def _may_be_age_and_views(norm: str) -> bool:
    return norm.lstrip(" ")[:1] in _ASCII_DIGITS


# A post's age and its view count on one line, a dash or a bar between them («1 ماه قبل - 123
# بازدید», «۳ روز پیش | ۴۵ بازدید»): a list item's meta line, never a headline.
_ASCII_DIGITS = frozenset("0123456789")  # _AGE_AND_VIEWS opens with one (after spaces)
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


# A table's header row whose first cells a page's text run together or part with tabs or
# bars: its first word two column names glued with no space («ردیفعنوان صفتتعریف صفت ...»:
# «ردیف» and «عنوان», the cells' text copied without a separator, real73 #07; three or four
# glued the same, «ردیفعنوانشرح», fix266), or its first
# cell a column name alone and its next cell opening with another, parted by a tab or a bar
# («ردیف\tعنوان\tشرح»). No Persian word is two whole column names run together, and a
# headline opens with no cell of one word set off by a tab or a bar (fix257).
_ONE_WORD_COLUMN_NAMES = sorted(name for name in _COLUMN_NAMES if " " not in name)
_GLUED_COLUMN_NAMES = regex.compile(
    rf"\x20*(?:{vocabulary_words(_ONE_WORD_COLUMN_NAMES)}){{2,4}}(?:\x20|$)"
)
_PARTED_COLUMN_NAMES = regex.compile(
    r"\x20*(?:{names})\x20*[\t|]\x20*(?:{names})(?:[\x20\t|]|$)".format(
        names=vocabulary_words(_ONE_WORD_COLUMN_NAMES)
    )
)


def _glued_column_header(text: str, norm: str) -> bool:
    """Whether a line (``text``, normalised ``norm``) opens as a table's header row with its
    first cells glued or parted by a tab or a bar (:data:`_GLUED_COLUMN_NAMES`,
    :data:`_PARTED_COLUMN_NAMES`). The normaliser makes a tab a space, one for one: the
    tabs are put back for the parted test."""
    if _GLUED_COLUMN_NAMES.match(norm) is not None:
        return True
    if "\t" in text:
        norm = "".join(
            "\t" if mark == "\t" else char for mark, char in zip(text, norm, strict=True)
        )
    elif "|" not in norm:
        return False
    return _PARTED_COLUMN_NAMES.match(norm) is not None


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


# The most words a reading-time line has («(مدت زمان تقریبی مطالعه: کمتر از 19 - 37 دقیقه)»).
READING_TIME_WORDS = 11
# The most words a Latin day and month line has («Friday, 13 August»).
LATIN_DAY_MONTH_WORDS = 4
# The most words a search form's label has («جستجو در بخش»).
SEARCH_FORM_LABEL_MAX_WORDS = 3

# A reading time alone on its line, in Persian or English, maybe an icon's symbol before it:
# «1 min read» over an English item's day and month (karpomediagroup.com, real33 #5), «5
# minute read», «Reading time: 4 minutes», «زمان مطالعه: ۵ دقیقه», «۳ دقیقه مطالعه», «مدت
# زمان مطالعه: کمتر از ۱ دقیقه», «⏱ زمان مطالعه: ۳ دقیقه», «خواندن در ۱۵ دقیقه» (iranwire.com).
# Header furniture under the headline, never a title; the whole line is the reading time (a
# headline about reading, «زمان مطالعه کتاب در ایران کاهش یافت», has no count of minutes and
# stays one).
_READING_TIME_LINE = regex.compile(
    r"[^\p{L}\p{N}]{0,3}[\x20]*(?:"
    r"(?:(?:مدت[\x20\u200c]*)?(?:زمان[\x20\u200c]*)?(?:تقریبی[\x20\u200c]*)?"
    r"(?:مورد[\x20\u200c]*نیاز[\x20\u200c]*(?:برای[\x20\u200c]*)?)?"
    r"(?:خواندن|مطالعه)(?:[\x20\u200c]*تقریبی)?[\x20]*[:：]?[\x20]*"
    r"(?:در[\x20\u200c]+)?"  # «خواندن در ۱۵ دقیقه» (iranwire.com, real55 #9)
    r"(?:(?:حدود|کمتر[\x20\u200c]*از|بیش[\x20\u200c]*از|تقریبا)[\x20\u200c]*)?"
    r"[0-9]{1,3}(?:[\x20]*(?:-|–|تا)[\x20]*[0-9]{1,3})?[\x20\u200c]*دقیقه)"
    r"|(?:[0-9]{1,3}[\x20\u200c]*دقیقه[\x20\u200c]*(?:زمان[\x20\u200c]*)?(?:مطالعه|خواندن))"
    r"|(?:(?:estimated[\x20]+)?reading[\x20]+time[\x20]*:?[\x20]*(?:about[\x20]+|less[\x20]+than[\x20]+)?"
    r"[0-9]{1,3}(?:[\x20]*[-–][\x20]*[0-9]{1,3})?[\x20]*min(?:ute)?s?\.?)"
    r"|(?:[0-9]{1,3}(?:[\x20]*[-–][\x20]*[0-9]{1,3})?[\x20\-]*min(?:ute)?s?\.?[\x20]+read(?:ing)?"
    r"(?:[\x20]+time)?)"
    r")[\x20)\]]*",
    regex.IGNORECASE,
)

# A Latin day and month without a year alone on its line, maybe a weekday before it: «13 Aug»
# under an English item's reading time (karpomediagroup.com, real33 #5), «Aug 13», «Friday,
# 13 August». A theme's date without its year: no date the grammar reads, and never a title.
_LATIN_DAY_MONTH = regex.compile(
    r"[\x20]*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?[\x20]+)?"
    r"(?:[0-9]{1,2}(?:st|nd|rd|th)?[\x20]+(?:of[\x20]+)?(?P<m>[a-z]{3,9})\.?"
    r"|(?P<m2>[a-z]{3,9})\.?[\x20]+[0-9]{1,2}(?:st|nd|rd|th)?)[\x20]*",
    regex.IGNORECASE,
)
_LATIN_MONTHS = frozenset(
    (
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december",
    )
)  # fmt: skip

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


# The names Liferay gives the portlet showing an item, which its pages' <title> ends with
# after the item's heading and the page's name («اعضای شورای اسلامی بخش - تولیدات ویژه -
# نمایش محتوا», IRIB's provincial sites, real60 #25).
_PORTLET_NAMES = frozenset(normalize(name) for name in ("نمایش محتوا", "Web Content Display"))
# Such a title has this many « - » parts at least: the heading, the page, the portlet.
PORTLET_TITLE_PARTS = 3


def _portlet_title(norm: str) -> bool:
    """Whether a line is a Liferay page's browser title printed in its text: «HEADING - PAGE
    - نمایش محتوا», the portlet's name (:data:`_PORTLET_NAMES`) its last of at least
    :data:`PORTLET_TITLE_PARTS` parts. The heading is printed on its own line too."""
    parts = norm.split(" - ")
    return len(parts) >= PORTLET_TITLE_PARTS and parts[-1].strip() in _PORTLET_NAMES


# A letter's sender and addressee fields at the start of a line («از: NAME», «به: NAME»; the
# office letter a notice reprints: azcon.ir, real61 #19).
_LETTER_FIELD = regex.compile(r"(?:به|از)[\x20\u200c]*:")


def _never_title(line: _Line) -> str:
    """Why ``line`` can never be the title (a short phrase), or «» when it may be.

    A line without a letter (a view counter «۶۵», a rating), a date with at most its
    weekday («۱۳۹۱ دی ۱۰, یکشنبه»: a blog's date header the grammar reads only in part),
    a line holding an author's label and a date (a headline glued to «نویسنده: NAME -
    ۱۳۹۳/۱۲/۲۰» is a byline line), a channel's or site's name beside its Latin handle or
    address («... | smartbourse_com»), a name with an initial («م. رهرو (کاوه)»), a CMS's
    default account name alone (:data:`vocab.ACCOUNT_NAMES`, fix240), and a site's clock
    (:func:`_clock`).
    """
    text = line.text
    norm = line.norm
    if line.words == 1 and norm.strip().lower() in vocab.ACCOUNT_NAMES:
        return "a CMS's default account name alone (an item's author)"
    if not has_letter(text) and not (norm[:1] == "#" and _POST_NUMBER.match(norm)):
        return "no letter"  # (a rule of tatweels, «ــ ــ ــ», holds none: fix172)
    if _ascii_digit_in(norm):  # (every test of this block needs one: see _ascii_digit_in)
        if _COUNTERS_RUN.fullmatch(norm) is not None:
            return "a post's counters run into one line («/ 3 نظر / 6 بازدید»)"
        dates = line.dates
        if dates:
            rest = text
            for read in reversed(dates):
                start, end = text_span(read.stamp)
                rest = rest[:start] + " " + rest[end:]
            if _NOT_LETTER.sub("", normalize(rest)) in _WEEKDAY_LETTERS:
                return "a date"
            if "تاریخ" in norm and _DOCUMENT_DATE_REST.fullmatch(normalize(rest)):
                return "a document's date label and its date («تاریخ بخشنامه DATE»)"
            if (
                text.lstrip().startswith("(") or _date_closes_brackets(text, rest, dates[-1].stamp)
            ) and (
                sum(1 for word in rest.split() if any(map(str.isalpha, word)))
                <= DATELINE_NAME_WORDS
            ):
                # «( کابل ټيليګراف (سلواغې ۲۷– ۱۴۰۳ لمريزکال )»: a source's or a place's
                # dateline in brackets, printed over the story; or the name first, then the
                # date alone in the brackets closing the line: «کابل ټکی کام (پنجشنبه، ۱۶
                # سلواغه، ۱۴۰۴ل)» (kabull.com, fix272).
                return "a dateline (a source and a date in brackets)"
            if _AUTHOR_LABEL.search(norm):
                return "a byline with a date"
            if _post_date_line(line, dates[0], dates[-1]):
                return "a post's date line (a labelled date, an author after it)"
            if (
                "." in norm
                and line.words <= _ADDRESS_BYLINE_MAX_WORDS
                and _COMMENT_COUNT.search(norm) is not None
                and _WEB_ADDRESS_WORD.search(norm) is not None
            ):
                return "a post's byline line (a web address, a date and a comment count)"
        elif _UNREAD_DATE.fullmatch(norm) or _UNREAD_NUMERIC_DATE.fullmatch(norm):
            return "a date the grammar does not read"
        if norm.startswith("مصوب") and _APPROVAL_NOTE.match(norm):
            return "a document's approval line («مصوب DATE BODY»), under its title"
        if _imprint(line):
            return "a book's imprint (its edition, city, publisher and year)"
        if line.words <= CLOCK_WORDS and _clock(norm):
            return "a clock (a weekday or a time with a day and month, nothing else)"
        if ":" in norm and line.words <= LABELLED_CLOCK_WORDS and _LABELLED_CLOCK.fullmatch(norm):
            return "a labelled clock («زمان برگزاری : ۱۰:۴۵»: a label, a colon, a time alone)"
        if _DURATION_ALONE.match(norm):
            return "a duration alone (a reading time's or a clip's length under its label)"
        if line.words <= READING_TIME_WORDS and _READING_TIME_LINE.fullmatch(norm):
            return "a reading time («1 min read», «زمان مطالعه: ۵ دقیقه»)"
        if (
            line.words <= LATIN_DAY_MONTH_WORDS
            and (day_month := _LATIN_DAY_MONTH.fullmatch(norm)) is not None
            and (day_month.group("m") or day_month.group("m2") or "").lower() in _LATIN_MONTHS
        ):
            return "a Latin day and month without a year («13 Aug»)"
    if line.words >= COLUMN_NAMES and _column_header(norm):
        return "a table's header row (its column names run into one line)"
    if _glued_column_header(text, norm):
        return "a table's header row (its first cells glued, or parted by a tab or a bar)"
    if list_count(norm):
        return "a list's item count («تعداد اخبار امروز : 0 خبر»)"
    if norm.lstrip()[:1] == "س" and _INTERVIEW_QUESTION.match(norm):
        return "an interview's question under its label «س:» (one exchange of the text)"
    if _may_be_empty_byline(norm) and _EMPTY_BYLINE.fullmatch(norm):
        return "a byline template with its date and author left empty"
    if "](" in text and _LIST_LINK.fullmatch(text):
        return "a list item's link in Markdown syntax (a menu's entry: «* [NAME](/page)»)"
    if "_" in text and _FILE_NAME.fullmatch(text):
        return "a file's name (an image's, printed in place of its caption)"
    if line.words <= IMAGE_FILE_WORDS and "." in text and _IMAGE_FILE_ALONE.fullmatch(text):
        return "an image's file name with its extension (its alt text printed alone)"
    if text.lstrip()[:1].isascii() and _glued_file_name(text):
        return "an image's file name glued to prose (a picture's name run into its caption or text)"
    if (
        "_" in text
        and "/" in text
        and line.words <= SITE_SECTION_LABEL_WORDS
        and _SITE_SECTION_LABEL.fullmatch(text)
    ):
        return "a site's and section's label («SITE _ SECTION / SUBSECTION»: a breadcrumb)"
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
    if line.words <= CHILD_CATEGORY_WORDS and _squash(norm).lower() in CHILD_CATEGORIES:
        return "a category page's heading over its child categories («طبقه بندی های فرزند»)"
    if norm.endswith(")") and _ZERO_COUNT.search(norm) is not None:
        return "a category's or tag's entry with its item count of zero («NAME (0)»)"
    if line.words <= DOCUMENT_SECTION_WORDS and _squash(norm) in _DOCUMENT_SECTIONS:
        return "a document's section heading"
    if (
        line.words <= SEARCH_FORM_LABEL_MAX_WORDS
        and _squash(norm).rstrip(":") in _SEARCH_FORM_LABELS
    ):
        return "a search form's field label («از تاریخ», «کلید واژه»)"
    if (
        norm.endswith(")")
        and (noted := _NOTED_SECTION.fullmatch(norm)) is not None
        and _squash(noted.group(1)) in _DOCUMENT_SECTIONS
    ):
        return "a document's section heading with its note in brackets"
    if " - " in text and _portlet_title(norm):
        return "a portal's browser title («HEADING - PAGE - نمایش محتوا»: Liferay's portlet last)"
    if "|" in text and _HANDLE_PART.search(text):
        return "a name beside a handle"
    if "|" in text and _site_banner(text):
        return "a site's name printed in its forms (a banner)"
    if text.count("|") >= CALENDAR_ROW_DAYS - 1 and _calendar_weekday_row(text):
        return "a calendar's row of weekday initials («ش | ی | د | س | چ | پ | ج»)"
    if text.count("|") >= MENU_ITEMS - 1 and _menu_items(text):
        return "a menu's items run into one line"
    if line.words <= NAME_MAX_WORDS and _INITIAL_NAME.match(norm):
        return "a name with an initial"
    if is_unsupported_notice(norm) and notice_hint(text):
        return "a browser's or player's notice («your browser does not support HTML5»)"
    if line.words <= SURNAME_INITIALS_WORDS and _SURNAME_INITIALS.match(text):
        return "an author's surname and initials («Surname И.О.»), his degrees and role after"
    if line.words <= SURNAME_INITIALS_WORDS and _PATRONYMIC_NAME.match(text):
        return "a staff line: a whole Cyrillic name with patronymic, a dash, the role after"
    if line.words <= ROLE_BYLINE_WORDS and _role_byline(line):
        return "a byline (a section editor's role or «گزارش از NAME»), even printed twice"
    if "/" in text and line.words <= SLASH_ROLE_BYLINE_WORDS and _slash_role_byline(line):
        return "a byline: a name, a slash and the author's role («NAME/ روزنامه نگار ...»)"
    if line.words <= REPORT_BYLINE_WORDS and _report_byline(line):
        return "a report's byline (an outlet's name and «report»: «... ټي وی رپورټ»)"
    if REPORTER_NAME_MIN_WORDS <= line.words <= REPORTER_NAME_MAX_WORDS and _named_reporter(line):
        return "a byline: a reporter's name and the role after it («NAME FAMILY خبرنگار»)"
    if line.words <= ALL_OF_A_KIND_WORDS and _ALL_OF_A_KIND.fullmatch(norm):
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
    if ":" in norm and norm.startswith(("به", "از")) and _LETTER_FIELD.match(norm):
        return "a letter's header field («از: SENDER», «به: ADDRESSEE»), never its subject"
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
    if (
        norm.endswith("سے")
        and line.words <= WIKI_TAGLINE_WORDS
        and _URDU_WIKI_TAGLINE.fullmatch(norm)
    ):
        return "a wiki's tagline in Urdu («آزاد دائرۃ المعارف، ویکیپیڈیا سے»)"
    if line.words <= PAGER_TRAIL_WORDS and text[-1:].isdigit() and _pager_trail(norm):
        return "a list page's trail ending with its page number («Home blog page 608»)"
    if " - -" in text and _LATIN_MASTHEAD.fullmatch(text):
        return "a press archive's masthead (a paper's Latin name, an empty part, its section)"
    if line.words <= BARE_ARCHIVE_LABEL_WORDS and _BARE_ARCHIVE_LABEL.match(norm):
        return "a list's archive label without the list's name («بایگانی برچسب»)"
    if text.lstrip("\x20\u200c")[:1] in "[{=" and _MARKUP_LINE.match(text):
        return "a line of wiki or BB-code markup («[[File:...]]», «{{...}}», «[center]», «==...==»)"
    if (
        text.rstrip().endswith("||")
        and (found := _DIFF_ROW_END.search(text)) is not None
        and _parted_by_bars(text, found.start())
        and not line.chrome
    ):
        # (a glued menu closed by bars is site furniture, which the title rules doubt: fix139)
        return "a diff table's row (its empty cells closing it with bars: «... | |||»)"
    if line.words == 1 and "." in text and _HOST_ALONE.fullmatch(text):
        return "a host name alone (a post's source, «example.org»)"
    if text[:1] == "(" and _FORUM_RESULT_META.fullmatch(text):
        return "a forum search result's reply count and forum («(4 Replies, posted in NAME)»)"
    if "|" in text and _WIKI_USER_LINKS.search(norm):
        return "a wiki user's signature («NAME (بحث | مشارکت‌ها)»: a diff's editor line)"
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
    if _may_be_age_and_views(norm) and _AGE_AND_VIEWS.fullmatch(norm):
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
    if "محترم" in norm and _salutation(line):
        return SALUTATION_REASON
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
# items («همه اخبار», «كل الأخبار»), a «see» verb before them or not («مشاهده کلیه اخبار»,
# fix218; vocab.SEE_ALL_VERBS), or the «see» verb and «all» alone («مشاهده همه», a «view all»
# link over a block of items, basu.ac.ir; fix223): never a headline (a two-word headline
# opening with «all» in Persian, «همه پرسی», names no kind of item).
ALL_OF_A_KIND_WORDS = 4
_SEE_ALL = "|".join(vocab.SEE_ALL_VERBS)
_ALL = "|".join(vocab.ALL_WORDS)
_ALL_OF_A_KIND = regex.compile(
    r"[\x20]*(?:(?i:all|все|всё|alle|tous|toutes|todos|todas|tutti|tutte)[\x20]+"
    r"[\p{Latin}\p{Cyrillic}]+"
    r"|(?:(?:" + _SEE_ALL + r")[\x20\u200c]+)?"
    r"(?:" + _ALL + r")[\x20\u200c]+(?:ی[\x20\u200c]+)?"
    r"(?:اخبار|خبرها|مطالب|مقالات|ویدیوها|ویدئوها|فیلمها|عکسها|تصاویر|پستها|نوشتهها"
    r"|الاخبار|الأخبار|المقالات|الفیدیوهات|الفيديوهات|الصور)"
    r"|(?:" + _SEE_ALL + r")[\x20\u200c]+(?:" + _ALL + r"))[\x20]*"
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
# «زمان برگزاری : ۱۰:۴۵», «ساعت: ۰۹ :۱۸»: a label of one to three words, a colon, one
# time of day (its colon spaced or not, seconds or not), nothing after it: a field of the
# page (the item's time or an event's), never a headline (fix180).
_LABELLED_CLOCK = regex.compile(
    r"[\x20\u200c]*[\p{L}\p{M}]+(?:[\x20\u200c]+[\p{L}\p{M}]+){0,2}[\x20\u200c]*:[\x20\u200c]*"
    r"[0-9]{1,2}[\x20]?:[\x20]?[0-9]{2}(?:[\x20]?:[\x20]?[0-9]{2})?[\x20\u200c]*"
)
# Words a labelled clock line has at most (a three-word label and a spaced clock).
LABELLED_CLOCK_WORDS = 6


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


# A site's name, a spaced «_» and its section's path by «/» («العالم _ ایران / ورزشی»:
# fa.alalam.ir's label over an item that prints no headline, tests/pages 2140; fix218): a
# breadcrumb, never a headline. Each part is letters only, a few words.
SITE_SECTION_LABEL_WORDS = 10
_LABEL_PART = r"[^\W\d_]+(?:[\x20\u200c][^\W\d_]+){0,3}"
_SITE_SECTION_LABEL = regex.compile(
    r"[\x20]*" + _LABEL_PART + r"[\x20]+_[\x20]+" + _LABEL_PART
    + r"(?:[\x20]*/[\x20]*" + _LABEL_PART + r")+[\x20]*"
)  # fmt: skip


# An image's file name printed alone (its alt text): runs of digits joined by «_» or «-»
# with at most a short Latin tag («278720114_1946125882231904_7730186522911902344_n»,
# «IMG_20230411_093512»).
# A user name alone on its line: words joined by «_» with no space (a forum post's author,
# «نیلوفر_آبی»; «\_» as Markdown escapes it). A headline never joins its words so.
_USER_NAME = regex.compile(r"[\x20]*[^\W\d_]+(?:\\?_[^\W\d_]+)+[\x20]*")
_FILE_NAME = regex.compile(
    r"[\x20]*(?:[A-Za-z]{1,4}[_-])?[0-9]{4,}(?:[_-][0-9]{2,})+(?:[_-][A-Za-z]{1,4})?(?:\.[A-Za-z]{3,4})?[\x20]*"
)
# An image's file name alone with its extension, Latin words and digits spaced or joined
# («hedere bimarestan 000597.jpg», a Joomla header image's alt text printed as a line,
# vh.fums.ac.ir, tests/pages 2130; fix218): never a headline. The extension may stand alone
# («.jpg», the remnant of an empty alt text's name opening a Joomla print view,
# firoozabad-fajo.ir, real77's #20; fix273).
IMAGE_FILE_WORDS = 5
_IMAGE_FILE_ALONE = regex.compile(
    r"[\x20]*(?:[A-Za-z0-9_\-]+(?:[\x20]+[A-Za-z0-9_\-]+)*)?\.(?:jpe?g|png|gif|webp|bmp)[\x20]*",
    regex.IGNORECASE,
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


def _date_closes_brackets(text: str, rest: str, last: Timestamp) -> bool:
    """Whether the line ends with brackets holding its date and nothing else: ``rest`` is
    ``text`` with its dates blanked, so the last «(» of ``rest`` opens brackets that hold
    no letter and close the line («کابل ټکی کام (پنجشنبه، ۱۶ سلواغه، ۱۴۰۴ل)»). A dateline's
    date (``last``, the line's last) is the site's full form: with its weekday or its year's
    era letter («۱۴۰۴ل»); a bare day in brackets closes an event's headline («جشنواره آش
    محلی (۱۸ آذر ۱۴۰۲)», attack79, fix279)."""
    if not text.rstrip().endswith(")"):
        return False
    if last.weekday is None and not last.text.rstrip()[-1:].isalpha():
        return False
    opening = rest.rfind("(")
    return opening >= 0 and not _NOT_LETTER.sub("", rest[opening:])


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
SALUTATION_REASON = "a letter's salutation"


def _salutation(line: _Line) -> bool:
    """Whether ``line`` is a letter's salutation naming its addressee «محترم» («مدیرعامل محترم
    روزنامه رسمی کشور», «رییس و اعضای محترم ...»): a verbless line of at most
    :data:`SALUTATION_WORDS` words whose words before «محترم» name the reader, none of them
    a preposition (vocab.EVENT_PREPOSITIONS). A headline honours people as the object of an
    event, after its preposition: «قدردانی استاندار از خانواده های محترم شهدای ...» is no
    salutation (attacks71, fix230)."""
    found = _SALUTATION.search(line.norm)
    return (
        found is not None
        and line.words <= SALUTATION_WORDS
        and vocab.EVENT_PREPOSITIONS.isdisjoint(line.norm[: found.start()].split())
        and not _verb_end(line)
    )


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
    r"(?<![\p{L}\p{M}])(?:با[\x20\u200c]+(?:ما|[\"«](?:[\p{L}\p{M}\u200c]+\x20?){1,3}[\"»])[\x20\u200c]+"
    r"همراه[\x20\u200c]+باشید"
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


# A letter's addressee over its greeting: «رییس و اعضای محترم شورای اجرایی اتحادیه کانون‌های
# وکلای دادگستری (اسکودا)» / «با سلام و احترام؛» (a petition's letter under «بسمه تعالی»,
# karzar.net, real65 #24). Longer than a salutation alone (:data:`SALUTATION_WORDS`), which
# :func:`_never_title` refuses without its neighbours, it is named by the greeting alone
# (:func:`_hello`) on the line right under it.
ADDRESSEE_WORDS = 16


def _addressee_over_greeting(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a letter's addressee (a verbless line naming its reader
    «محترم», at most :data:`ADDRESSEE_WORDS` words) over the letter's greeting alone
    («با سلام و احترام»): never the title."""
    line = lines[index]
    return (
        "محترم" in line.norm
        and index + 1 < len(lines)
        and line.words <= ADDRESSEE_WORDS
        and _SALUTATION.search(line.norm) is not None
        and not _verb_end(line)
        and _hello(lines[index + 1])
    )


def _site_name_tail(line: _Line) -> int | None:
    """Where the site's name after the headline starts to be cut, or None: «HEADLINE –
    بیمارستان دکتر علی شریعتی کرج», the page's <title> as an extractor prints it, its last
    part after a spaced dash or bar an institution's name alone (:func:`_institution`) and
    some words before it (the caller cuts after a headline's length, and doubts a short name
    before it: a department's and its institution's, the site's name). The name may have
    the site's slogan after it, short parts behind more separators («HEADLINE – خبرگزاری
    فصل24 | اخبار ایران و جهان»): the last separator whose next part is such a name cuts."""
    text = line.text
    spans = [found.span() for found in _TAIL_SEPARATOR.finditer(text)]
    for at, (cut, after) in reversed(list(enumerate(spans))):
        if cut <= 0:
            return None
        name = text[after : (spans[at + 1][0] if at + 1 < len(spans) else len(text))].strip()
        if name and (
            _institution(_Line(name, 0, len(name), False, 0))
            or _site_named(name)
            or _press_named(name)
        ):
            return cut
        if not _slogan(name):
            return None  # a headline's own words: no site's name behind them
    return None


# A newspaper's, magazine's, agency's or channel's name in Arabic after a headline
# («... | | صحيفة العرب», an Arabic portal's copy of a paper's item, ksaplayers.com, real34's
# #12; «جريدة», «مجلة», «وكالة», «قناة»), as the normalised copy spells the nouns (ي and ة
# folded); «مجله» is Persian's magazine too.
_PRESS_NOUNS = frozenset({"صحیفه", "جریده", "مجله", "وکاله", "قناه"})


def _press_named(part: str) -> bool:
    """Whether a <title>'s last part names a newspaper, magazine, agency or channel by its
    noun (:data:`_PRESS_NOUNS`) and a few words after it, without a verb or a sentence's end
    (:func:`_slogan`): «صحيفة العرب». The noun alone is not a name."""
    words = normalize(part).split()
    return len(words) >= 2 and words[0] in _PRESS_NOUNS and _slogan(part)


# A site's name by the word «سایت» («سایت خبری NAME», «وب‌سایت NAME», «پرتال NAME», its
# spelling «پورتال NAME»: an agriculture portal's one-line page, real67 #19).
_SITE_WORDS = ("سایت", "وب‌سایت", "وبسایت", "پرتال", "پورتال")


def _site_named(part: str) -> bool:
    """Whether a <title>'s last part names a site by the word «سایت» and its name («سایت
    تحلیلی خبری NAME»): a few words without a verb, as an institution's name is. «سایت‌های
    ...» (sites) or «سایت» alone is not."""
    words = part.replace("وب سایت", "وب‌سایت", 1).split()
    return len(words) >= 2 and words[0] in _SITE_WORDS and _slogan(part)


# A site's name and its tagline on one line, parted by a dash or a bar, the tagline naming
# the kind of site («تک فان -مجله خبری و سرگرمی», a WordPress theme's site title and
# description, takfun.ir, tests/pages 1509): the kind's word, then what it carries. A
# magazine's name after a headline («... - مجله دیجی‌کالا») has no such second word.
_TAGLINE_KINDS = ("مجله", "پایگاه", "سایت", "وب‌سایت", "پرتال", "خبرگزاری", "وبلاگ")
_TAGLINE_CARRIES = frozenset(
    {"خبری", "اینترنتی", "تخصصی", "تحلیلی", "سرگرمی", "علمی", "آنلاین", "اطلاع‌رسانی", "اطلاع"}
)
_NAME_AND_TAGLINE = regex.compile(r"([^\-–|]+?)[\x20]*[\-–|][\x20]*([^\-–|]+)")


def _name_and_tagline(line: _Line) -> bool:
    """Whether a line is a site's name (:data:`SITE_NAME_WORDS` words at most), a dash or a
    bar, and a tagline naming the kind of site (:data:`_TAGLINE_KINDS`, then a word of
    :data:`_TAGLINE_CARRIES`: «مجله خبری و سرگرمی»), no verb nor a sentence's end: the site's
    masthead over its post, never the post's headline."""
    found = _NAME_AND_TAGLINE.fullmatch(line.norm.strip())
    if found is None:
        return False
    name, tagline = found.group(1).split(), found.group(2).split()
    return (
        1 <= len(name) <= SITE_NAME_WORDS
        and 2 <= len(tagline) <= INSTITUTION_MAX_WORDS
        and tagline[0] in _TAGLINE_KINDS
        and tagline[1] in _TAGLINE_CARRIES
        and _slogan(found.group(2))
    )


# A site's name for itself: a portal's or a site's word and «information» or «official»
# («پورتال اطلاع رسانی سازمان آتش نشانی ...», a fire department's print view,
# 125shahriar.ir; «پایگاه اطلاع رسانی ...», «سایت رسمی ...»), the institution's name after it.
_SELF_NAME_HEADS = (
    "پورتال",
    "پرتال",
    "پایگاه",
    "درگاه",
    "سایت",
    "وب‌سایت",
    "وبسایت",
    # Tajik «Сомонаи расмии NAME» («official site of NAME», vakhsh.tj: tests/pages 2497;
    # fix282), capitalised or not
    "Сомонаи",
    "сомонаи",
)
_SELF_NAME_KINDS = (
    ("اطلاع", "رسانی"),
    ("اطلاع‌رسانی",),
    ("رسمی",),
    ("расмии",),
    ("иттилоотии",),
)
# Words a site's name for itself has at most.
SELF_NAME_MAX_WORDS = 14


# A news site's tagline: its name (one to three words), a comma, then «the first» (or «the
# only») news site, outlet or paper of somewhere («یافته، اولین پایگاه خبری دارای مجوز در
# لرستان», a provincial site's line over its items, yaftenews.ir, real34's #4).
_OUTLET_TAGLINE = regex.compile(
    r"^[\x20\u200c]*\S+(?:\x20\S+){0,2}[\x20]*[،,][\x20\u200c]*(?:اولین|نخستین|تنها)[\x20\u200c]+"
    r"(?:پایگاه[\x20\u200c]+(?:خبری|اطلاع[\x20\u200c]*رسانی)|(?:وب[\x20\u200c]*)?سایت[\x20\u200c]+خبری"
    r"|رسانه|خبرگزاری|نشریه|روزنامه|هفته[\x20\u200c]*نامه)(?![\p{L}])"
)


def _site_self_name(line: _Line) -> bool:
    """Whether a line is a site's name for itself (:data:`_SELF_NAME_HEADS`, then
    «اطلاع رسانی» or «رسمی», then a name, or an institution's name, :data:`_INSTITUTIONS`),
    or its tagline (:data:`_OUTLET_TAGLINE`, «NAME، اولین پایگاه خبری ...»): a few words
    with no verb nor a sentence's end. A headline about such a portal says what happened to
    it («پایگاه اطلاع رسانی شهرداری راه اندازی شد»)."""
    norm = line.norm
    if (
        line.words <= SELF_NAME_MAX_WORDS
        and ("،" in norm or "," in norm)
        and ("اولین" in norm or "نخستین" in norm or "تنها" in norm)
        and _OUTLET_TAGLINE.match(norm) is not None
        and line.norm.rstrip()[-1] not in (*_KICKER_ENDS, ".", "!", "؟", "?")
        and _verb_end(line) == ""
    ):
        return True
    words = line.norm.replace("وب سایت", "وب‌سایت", 1).split()
    if not 3 <= len(words) <= SELF_NAME_MAX_WORDS or words[0] not in _SELF_NAME_HEADS:
        return False
    if not any(tuple(words[1 : 1 + len(kind)]) == kind for kind in _SELF_NAME_KINDS) and not (
        # «سایت مؤسسه فرهنگی-خدماتی فانوس»: the site word, then an institution's name with no
        # event's preposition (fanoos.org, tests/pages 2234; fix275)
        words[1] in _INSTITUTIONS and vocab.EVENT_PREPOSITIONS.isdisjoint(words)
    ):
        return False
    return (
        line.norm.rstrip()[-1] not in (*_KICKER_ENDS, ".", "!", "؟", "?") and _verb_end(line) == ""
    )


# A spaced dash or bar between a <title>'s parts; a doubled one with an empty part between
# («HEADLINE | | NAME», a template's empty field) is one separator.
_TAIL_SEPARATOR = regex.compile(r" [–|-](?: [–|-])* ")


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


# The nouns opening an institution's name («مرکز دائرة المعارف ...», «سازمان ...»).
_INSTITUTIONS = frozenset(
    {
        "مرکز", "سازمان", "دانشگاه", "وزارت", "وزارتخانه", "اداره", "خبرگزاری", "پایگاه",
        "انجمن", "بنیاد", "موسسه", "مؤسسه", "شرکت", "پژوهشگاه", "پژوهشکده", "دانشکده",
        "کتابخانه", "روزنامه", "ماهنامه", "هفته‌نامه", "فصلنامه", "نشریه", "فرهنگستان",
        "بیمارستان", "هیئت", "هیات", "شهرداری", "استانداری", "فرمانداری",
        # «دفتر امور شهری، روستایی و شوراها» (a governorate's office, shahri.ghom.ir's
        # <title>: tests/pages 2063; fix198)
        "دفتر",
    }
)  # fmt: skip
INSTITUTION_MAX_WORDS = 6
# A state's name a government masthead opens with, before the institution's word: «جمهوری
# اسلامی ایران وزارت آموزش و پرورش ...» (an education office's portal), «امارت اسلامی
# افغانستان وزارت معارف ...» (an Afghan directorate's: attacks57, fix172).
STATE_NAMES = (
    ("جمهوری", "اسلامی", "ایران"),
    ("جمهوری", "اسلامی", "افغانستان"),
    ("امارت", "اسلامی", "افغانستان"),
)
# A verb stem that makes one word of such a noun and the next when the ZWNJ between them
# is printed as a space: «روزنامه نگاری» (journalism), «سازمان دهی», «شرکت کنندگان».
_COMPOUND_TAILS = ("نگار", "خوان", "دهی", "یافت", "کننده", "کنندگان")
# What a notebook holds, after «دفتر» (also a notebook, a poet's collection): «دفتر شعرهای
# سعید کامرانی» (a blog's tagline, tests/test_fix53.py after real19 #28; fix201), «دفتر
# خاطرات», «دفتر یادداشت‌ها», no office's name (an office is «دفتر امور ...», «دفتر نمایندگی»).
_NOTEBOOK_CONTENTS = ("شعر", "اشعار", "خاطر", "یادداشت", "نقاشی", "مشق")


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
    :data:`INSTITUTION_MAX_WORDS` words, without a verb or a sentence's or kicker's end, nor
    a role in an event after the name (vocab.EVENT_ROLE_NOUNS: «دانشگاه شیراز میزبان
    المپیاد ریاضی» is a verbless headline naming an event, not a body's name; fix225)."""
    words = line.norm.split()
    return (
        bool(words)
        and words[0] in _INSTITUTIONS
        and 2 <= len(words) <= INSTITUTION_MAX_WORDS
        and not words[1].startswith(_COMPOUND_TAILS)  # «روزنامه نگاری» without its ZWNJ
        and not (words[0] == "دفتر" and words[1].startswith(_NOTEBOOK_CONTENTS))
        and line.text[-1] not in (*_KICKER_ENDS, ".", "!", "؟", "?")
        and _verb_end(line) == ""
        and vocab.EVENT_ROLE_NOUNS.isdisjoint(words[2:])
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


# A greeting alone on its line: «سلام», «با سلام», «سلام دوستان», «سلام به همه»,
# «درود بر شما», «سلام علیکم». A blog post opens its body so (2khtarkhaleha.blogfa.com:
# «سلام» over the post's paragraphs; ashwood.ir: «درود بر شما» over the text;
# illia-z.blogspot.com: «درود به همه عزیزان و هموطنان» under the date); it names nothing,
# so it is no headline. Matched on the line's letters alone.
HELLO_MAX_WORDS = 6
_HELLO_ADDRESSEES = (
    "همه|همگی|شما|دوستان|عزیزان|خوبان|همراهان|خوانندگان|بازدیدکنندگان|هموطنان|بچهها|رفقا"
    "|عزیزانم|دوستانم|همکاران|مخاطبان|دانشآموزان"
)
_HELLO = regex.compile(
    rf"""^(?:با(?:عرض)?)?(?:ال)?(?:سلام|درود)
    (?:و(?:درود|احترام|ادب|عرضادب))?
    (?:(?:بر|به|خدمت)?                                  # to whom: «به همه عزیزان و
       (?:و?(?:{_HELLO_ADDRESSEES})(?:ی)?(?:عزیز|عزیزم|گرامی|گل|محترم)?){{1,3}})?  # هموطنان»
    (?:علیکم)?$""",
    regex.VERBOSE,
)


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
    if len(words) >= 3 and words[0] not in _GREETING_READERS:
        # «بچه های عزیز سلام», «بچه‌های عزیز سلام», «بچه ها سلام»: the readers' name, its
        # plural «ها» spaced from the noun or not, bearing the ezafe's «ی» before an epithet
        # or not (rouzbeh.info's letter to its pupils, real70 #11, fix247).
        for size in (1, 2):
            joined = "".join(words[:size])
            name = joined[:-1] if joined.endswith("ی") else joined
            if name in _GREETING_READERS:
                words = [name, *words[size:]]
                break
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


# A longer invocation naming other things beside God, then God last: «بنام عشق و آزادی و با
# یاد یکتا پروردگار» (an untitled Blogger post's first line, armanpf.blogspot.com, real66
# #05): it opens with «به نام» / «بنام» / «با یاد» and ends with a name of God, an epithet
# before or after it at most; up to this many words.
INVOCATION_LONG_MAX_WORDS = 10
_INVOCATION_OPENINGS = (("به", "نام"), ("بنام",), ("با", "یاد"), ("بیاد",), ("با", "نام"))
_GOD_NAMES = frozenset({"خدا", "خداوند", "پروردگار", "ایزد", "یزدان", "آفریدگار", "کردگار"})
_GOD_EPITHETS = frozenset({"یکتا", "مهربان", "بخشنده", "بزرگ", "متعال", "دانا", "توانا"})


def _invocation(line: _Line) -> bool:
    """Whether the line is an invocation alone: it opens a sermon, a lecture or a letter and
    names no story, so as the headline chosen by score it is no sure title."""
    if line.words <= INVOCATION_MAX_WORDS and _INVOCATION.match(_NOT_LETTER.sub("", line.norm)):
        return True
    return _long_invocation(line)


def _long_invocation(line: _Line) -> bool:
    """Whether the line is a longer invocation (:data:`INVOCATION_LONG_MAX_WORDS`): «به نام»
    or «با یاد» first, a name of God last (an epithet beside it allowed), letters only."""
    if line.words > INVOCATION_LONG_MAX_WORDS:
        return False
    words = _NOT_LETTER.sub(" ", line.norm.replace("\u200c", " ")).split()
    if not any(tuple(words[: len(head)]) == head for head in _INVOCATION_OPENINGS):
        return False
    if words and words[-1] in _GOD_EPITHETS:
        words = words[:-1]
    return bool(words) and words[-1] in _GOD_NAMES


# A short line's first word naming it a site or a magazine («مجله برنامه نویسی»).
_LOGO_NAME_HEADS = ("مجله", "سایت", "وب‌سایت", "وبسایت", "پرتال", "پورتال", "وبلاگ", "پایگاه")


def _logo_named(line: _Line) -> bool:
    """Whether a short line names a site or a magazine by its first word
    (:data:`_LOGO_NAME_HEADS`, «مجله برنامه نویسی»): two to NAME_MAX_WORDS words, no verb
    nor a sentence's end (:func:`_slogan`). «مجله» alone is none."""
    words = line.norm.split()
    return 2 <= len(words) <= NAME_MAX_WORDS and words[0] in _LOGO_NAME_HEADS and _slogan(line.norm)


# A copyright notice opening a line and naming the site after its mark: «© NAME», «(c) NAME»,
# «Copyright 2023 NAME» (Blogfa's footer «© <the blog's name>», tests/pages 2312; fix248); the
# word and the mark together, «Copyright © 2023 NAME», a common footer (fix263), in either
# order, «© Copyright 2023 NAME» (fix271).
_COPYRIGHT_NAME = regex.compile(
    r"^[\x20]*(?:©|\(c\)|copyright)(?:[\x20]*(?:©|\(c\)|copyright))?[\x20]*(?:[0-9۰-۹]{4}(?:[\x20]*[-–][\x20]*[0-9۰-۹]{4})?)?[\x20]*",
    regex.IGNORECASE,
)
# The notice's other marks, which a page prints less often: the circled «Ⓒ» and «ⓒ», the
# fullwidth «（Ｃ）» of a CJK keyboard, the entity «&copy;» a page's text kept unread, and the
# Persian «کپی رایت» (fix266). Tried only on a line whose first letter past its spaces is the
# first of one of them (:data:`_RARE_COPYRIGHT_FIRST`, the pattern's own first letters: a
# prefilter that passes every line the pattern can match).
_RARE_COPYRIGHT_FIRST = frozenset("Ⓒⓒ（&ک")
_RARE_COPYRIGHT_NAME = regex.compile(
    r"^[\x20]*(?:[Ⓒⓒ]|（[\x20]*[Ｃｃ][\x20]*）|&copy;?|کپی[\x20\u200c]*رایت)"
    r"(?:[\x20]*(?:©|\(c\)|[Ⓒⓒ]))?[\x20]*(?:[0-9۰-۹]{4}(?:[\x20]*[-–][\x20]*[0-9۰-۹]{4})?)?[\x20]*",
    regex.IGNORECASE,
)


def _rare_copyright_first(text: str) -> bool:
    """Whether ``text``'s first letter past its spaces opens one of the rarer marks
    (:data:`_RARE_COPYRIGHT_FIRST`); the line is copied only when it opens with a space."""
    first = text[:1]
    if first == "\x20":
        first = text.lstrip("\x20")[:1]
    return first in _RARE_COPYRIGHT_FIRST


# The footer's sentence after the name, «NAME. All rights reserved.», «NAME - All Rights
# Reserved»: not the name's (fix271); in Persian as well (fix279).
_RIGHTS_RESERVED = regex.compile(
    r"[\x20]*[.,|\-–][\x20]*all[\x20]+rights[\x20]+reserved[\x20]*\.?[\x20]*$", regex.IGNORECASE
)
# Its Persian sentence on the normalised tail: «NAME - تمامی حقوق مادی و معنوی محفوظ است»,
# «NAME | کلیه حقوق این سایت محفوظ می باشد» (fix279).
_RIGHTS_RESERVED_FA = regex.compile(
    rf"[\x20]*[.,،|\-–][\x20]*(?:{vocabulary_words(vocab.RIGHTS_ALL_WORDS)})[\x20\u200c]+حقوق"
    r"(?:[\x20\u200c]+[\p{L}\u200c]+){0,6}?[\x20\u200c]+محفوظ"
    r"(?:[\x20\u200c]+(?:است|می[\x20\u200c]*باشد))?[\x20]*\.?[\x20]*$"
)


def copyright_names(lines: Sequence[_Line]) -> frozenset[str]:
    """The keys of the names the page's copyright notices print after their mark
    (:data:`_COPYRIGHT_NAME`: «© مزیری - بی ورا»): the site's own name, which a line printing
    it alone names, never a headline. Each line's raw text is looked at once; only the lines
    opening with the mark are normalised."""
    names: set[str] = set()
    for line in lines:
        text = line.text
        # «(c)» and «copyright» in any case need a Latin c: a line without one (most of a
        # Persian page) is passed over without lowering its text.
        mark = None
        if "©" in text or (
            ("c" in text or "C" in text)
            and ("(c)" in (lowered := text.lower()) or "copyright" in lowered)
        ):
            mark = _COPYRIGHT_NAME.match(text)
        if mark is None and _rare_copyright_first(text):
            mark = _RARE_COPYRIGHT_NAME.match(text)
        if mark is None or mark.end() == 0:
            continue
        tail = text[mark.end() :]
        if (reserved := _RIGHTS_RESERVED.search(tail)) is not None:
            tail = tail[: reserved.start()]
        norm = normalize(tail)
        if "حقوق" in norm and (reserved := _RIGHTS_RESERVED_FA.search(norm)) is not None:
            norm = norm[: reserved.start()]
        rest = _squash(norm)
        if rest and any(char.isalpha() for char in rest):
            names.add(rest)
    return frozenset(names)


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


CHILD_CATEGORIES = frozenset(
    _squash(normalize(word)).lower() for word in vocab.CHILD_CATEGORY_HEADINGS
)
CHILD_CATEGORY_WORDS = max(len(word.split()) for word in vocab.CHILD_CATEGORY_HEADINGS)
# A name and a count of zero in brackets at the line's end («... پیش از بارش ها (0)»): a
# category list's or a tag cloud's entry (K2 prints each child category so, tests/pages 2132;
# fix218). A series' part is never numbered zero («... (۲)» is a part and stays a title).
_ZERO_COUNT = regex.compile(r"\S[\x20]*\([\x20]*0[\x20]*\)[\x20]*$")
_DOCUMENT_SECTIONS = frozenset(_squash(normalize(word)) for word in vocab.DOCUMENT_SECTION_WORDS)
_SEARCH_FORM_LABELS = frozenset(_squash(normalize(word)) for word in vocab.SEARCH_FORM_LABEL_WORDS)
# The longest of them, in words.
DOCUMENT_SECTION_WORDS = max(len(word.split()) for word in vocab.DOCUMENT_SECTION_WORDS)


# A list's archive label has at most this many words («بایگانی برچسب ها»).
BARE_ARCHIVE_LABEL_WORDS = 4


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


def _may_print_feed_footer(doc: str) -> bool:
    """Whether ``doc`` holds «پدیدار» or «appeared», the footer's verb (:func:`_feed_footer`'s
    test of the whole text): «appeared» only where a «p» stands, a one-character search that
    costs a Persian page's text far less than the word's (speed37)."""
    return "پدیدار" in doc or ("p" in doc and "appeared" in doc)


def _feed_footer(lines: Sequence[_Line], doc: str) -> tuple[int, Span] | None:
    """The line of a copied feed item's footer naming the post («نوشته X اولین بار در Y
    پدیدار شد.»), and X's span in it; None without one, or when footers name more than one
    post (a list of copied items: no one post's title)."""
    if not _may_print_feed_footer(doc):
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


_LABEL_RULES = {
    "header": "label",
    "late": "label after lead",
    "pre": "label above title",
    "footer": "footer label",
}


# A publication naming itself in its masthead line: «نشریهء سیاسی ... افغانستان».
_MASTHEAD_OF_AFGHANISTAN = regex.compile(
    r"(?:^|[\x20\u200c])(?:نشریه|هفته[\x20\u200c]*نامه|ماهنامه|فصلنامه|مجله)"
    r"[^\n]*[\x20\u200c]افغانستان[\x20\u200c.!]*$"
)


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


_DAY_NEWS_BOX_HEADINGS = frozenset(
    _squash(normalize(h)).lower() for h in vocab.DAY_NEWS_BOX_HEADINGS
)
_DAILY_BOX_HEADINGS = _DAY_NEWS_BOX_HEADINGS | frozenset(
    _squash(normalize(h)).lower() for h in vocab.DAILY_BOX_HEADINGS
)
# A daily box holds its heading and at most this many lines under it.
DAILY_BOX_LINES = 3
# A line of this many words under the heading is the box's whole verse or saying (Mehr's
# «پیام‌نما»: the verse, «* * *», its translation and a couplet on one line): the box ends
# with it, so a page with no blank lines keeps its kicker and headline under the box
# (tests/pages 350 and 371 flattened, fix190's heading).
DAILY_BOX_LONG_WORDS = 15
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


# A site's Latin name as one word, a name glued to a publication's kind («bazarnews»,
# «khabaronline», «tehrantimes»); the name before the kind has this many letters at least.
_GLUED_SITE_NAME = re.compile(
    r"[A-Za-z]{3,20}(?:news|online|daily|times|press)|(?:news|daily)[A-Za-z]{3,20}",
    re.IGNORECASE,
)
# A site's Latin name line has at most this many words.
LATIN_SITE_NAME_WORDS = 3


def _latin_site_names(lines: Sequence[_Line], url: str | None) -> set[int]:
    """The masthead's lines in Latin letters alone (letters and spaces, up to
    :data:`LATIN_SITE_NAME_WORDS` words) over a page in Persian letters that are the site's
    name: the address's host spells it (:func:`host_spells`, «bazarnews» or «Bazar News»
    at bazarnews.ir), or it is one word gluing a name to a publication's kind («bazarnews»
    behind a short link, bzna.ir, real44 #5). Never the title; a Latin headline that only
    shares a word with the host («Bazar Crash Today») is not spelled."""
    head = lines[:HOST_NAME_LINES]
    latin = [
        line
        for line in head
        if line.text.isascii()
        and line.text.replace(" ", "").isalpha()
        and line.text.count(" ") < LATIN_SITE_NAME_WORDS
    ]
    if not latin or not any(_ARABIC_LETTER.search(line.text) for line in head):
        return set()
    host = _hostname(url) if url else None
    return {
        line.index
        for line in latin
        if (host and host_spells(line.text, host)) or _GLUED_SITE_NAME.fullmatch(line.text)
    }


def _host_name_lines(lines: Sequence[_Line], url: str | None) -> set[int]:
    """The masthead's lines that spell the site's host name, dots, spaces and case aside:
    «Hooman . ORG» over «www.hooman.org» (hooman.org). The host is the address's, or one an
    address line among them prints; a line spelling a whole host name (its ending too) is
    the site's name or address, never the title. Also the site's Latin name
    (:func:`_latin_site_names`)."""
    named = _latin_site_names(lines, url)
    head = [line for line in lines[:HOST_NAME_LINES] if line.text.isascii() and "." in line.text]
    if not head:
        return named
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
    return found | named


# A site's slogan under its name: a short exhortation to the reader with no subject, ending
# in a second-person plural imperative («در لحظه باخبر شوید», «با ما همراه باشید», «هر روز
# با ما بخوانید»). At most this many words.
SLOGAN_WORDS = 5
_SLOGAN_VERBS = frozenset(
    {"شوید", "باشید", "بمانید", "بخوانید", "ببینید", "بدانید", "بشنوید", "بیاموزید"}
)


def _name_and_slogan(lines: Sequence[_Line], url: str | None) -> set[int]:
    """The site's name and slogan opening the page: a first line the address's host name
    spells (:func:`host_spells`: «خبر فردا» at khabarfarda.com), right over a short line
    ending in an exhortation's verb (:data:`_SLOGAN_VERBS`: «در لحظه باخبر شوید»,
    khabarfarda.com), a headline-shaped line under it (no paragraph): the masthead over the
    headline, never the title. A short headline under the name is followed by its lead, a
    paragraph, instead; a page with no address, or a name its host does not spell, is left
    alone."""
    host = _hostname(url) if url else None
    if not host or len(lines) < 3:
        return set()
    name, slogan, below = lines[0], lines[1], lines[2]
    if (
        name.info.kind != "text"
        or slogan.info.kind != "text"
        or not 2 <= slogan.words <= SLOGAN_WORDS
        or below.paragraph
        or below.info.kind != "text"
        or below.words <= slogan.words
    ):
        return set()
    words = slogan.norm.replace("\u200c", " ").split()
    if not words or words[-1] not in _SLOGAN_VERBS or not host_spells(name.text, host):
        return set()
    return {0, 1}


# A blog's masthead opening the page holds at most this many lines (its name, the name again
# as its heading, its description, a motto).
MASTHEAD_BLOCK_LINES = 4


def _masthead_twice(lines: Sequence[_Line]) -> set[int]:
    """A masthead printed twice opening the page (a blog theme's header and its copy: «NAME»
    / «NAME» / «DESCRIPTION», then the three lines again; talesh-voice.blogsky.com, real58
    #20; fix190): a block of two to :data:`MASTHEAD_BLOCK_LINES` text lines that holds one
    line twice (the site's name), repeated line for line right under itself, with a line
    after the copy. Its lines are the site's, never the title. A headline printed twice
    (one line, or a headline and its lead, each once) is no such block. A blog's name
    printed a third time right under its name and motto twice (:func:`_name_printed_third`)
    is stepped over to the line :func:`_name_and_motto_twice` reads after the pair."""
    third = _name_printed_third(lines)
    for size in range(2, MASTHEAD_BLOCK_LINES + 1):
        if len(lines) <= 2 * size:
            break
        block = lines[:size]
        keys = [line.key for line in block]
        if any(line.info.kind != "text" for line in block):
            continue  # a date line
        if len(set(keys)) == size and not (size == 2 and _name_and_motto_twice(lines, third)):
            continue  # no line twice in the block (no name printed twice)
        if all(lines[size + at].key == keys[at] for at in range(size)):
            return set(range(2 * size))
    return set()


def _name_printed_third(lines: Sequence[_Line]) -> int:
    """1 when the first line, a blog's name, is printed a third time right under the two
    lines printed twice («کاریز» / MOTTO / «کاریز» / MOTTO / «کاریز» / the post's title;
    a BlogSky theme's name over its posts, mut41's mutant 11's page, fix197), else 0: the
    name's print stepped over to the line after it (the post's title)."""
    return int(
        len(lines) > 5
        and lines[0].key == lines[2].key == lines[4].key
        and lines[1].key == lines[3].key != lines[0].key
    )


# A blog's name printed over its motto has at most this many words (the motto at most
# :data:`MOTTO_WORDS`).
BLOG_NAME_WORDS = 3
MOTTO_WORDS = 14


def _name_and_motto_twice(lines: Sequence[_Line], skip: int = 0) -> bool:
    """A blog's name and its motto, each once, printed twice at the top («سلام خوزستان» /
    «انتشار اخبار ... خوزستان» / the two again; khouzestan.blogsky.com and puzkhand.blogsky.com,
    real59 #22 and #03; fix192): a name of at most :data:`BLOG_NAME_WORDS` words over a motto
    of at most :data:`MOTTO_WORDS`, the pair again, then a short text line
    that is no paragraph either (a post's title or its category). A headline printed twice
    with its lead or subtitle is followed by the body, a date or a label line, not by another
    headline-shaped line. Nor is a kicker and its headline printed twice over a photo's
    caption («رئیس کل دادگستری» / «پرونده ... به دادگاه رفت» / the two again / «عکس از ...»;
    attacks63, fix196): the page's first paragraph retells that headline (most of its content
    words, :func:`_lines._restates`), never a blog's motto. The ``skip`` lines from the fifth
    down (a name printed a third time, :func:`_name_printed_third`) are stepped over, in place
    (a copy of the lines past them would hold every line of a long text; fix200)."""
    if len(lines) - skip < 5:
        return False
    name, motto, after = lines[0], lines[1], lines[4 + skip]
    if not (
        name.words <= BLOG_NAME_WORDS
        and motto.words <= MOTTO_WORDS
        and after.info.kind == "text"
        and not after.paragraph
        and after.words <= MOTTO_WORDS
        and after.key not in (name.key, motto.key)
    ):
        return False
    lead = next((lines[at] for at in range(5 + skip, len(lines)) if lines[at].paragraph), None)
    return lead is None or not _restates(motto, lead)


# A tag and its news archive's name on one line, parted by a bar or a dash: «قیمت نان | اخبار
# قیمت نان» (the tag links a news site prints over its article, bazarebours.com, tests/pages
# 1584), «اخبار قیمت نان - قیمت نان». The same words twice, once after «اخبار»: the page's
# tags, never its headline (a headline's second part says more than its first).
_TAG_NEWS_PAIR = regex.compile(
    r"[\x20]*(?:(?P<tag>[^|\-–\x20][^|\-–]{0,58}?)[\x20]*[|\-–][\x20]*(?:اخبار|خبرهای)[\x20]+(?P=tag)"
    r"|(?:اخبار|خبرهای)[\x20]+(?P<other>[^|\-–\x20][^|\-–]{0,58}?)[\x20]*[|\-–][\x20]*(?P=other))"
    r"[\x20]*"
)


def _tag_news_pairs(lines: Sequence[_Line]) -> set[int]:
    """The lines of the page's head (:data:`HOST_NAME_LINES`) that print a tag and its news
    archive's name (:data:`_TAG_NEWS_PAIR`): the page's tags, never the title."""
    return {
        line.index
        for line in lines[:HOST_NAME_LINES]
        if ("اخبار" in line.text or "خبرهای" in line.text)  # (C tests before the copy)
        and _TAG_NEWS_PAIR.fullmatch(line.norm) is not None
    }


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
    """A daily box: a heading such as «حدیث روز» (or «حدیث روز :») alone on its line and
    the text lines right under it (to the next blank line, date or label line, or through
    the first line of DAILY_BOX_LONG_WORDS words or more: the box's verse or saying, after
    which a page with no blank lines goes on with its own kicker and headline; at most
    DAILY_BOX_LINES; one line under a news-of-the-day label, fix278): page chrome, never
    the article."""
    found: set[int] = set()
    lines = state.lines
    for index in range(min(len(lines), DAILY_BOX_REACH)):
        line = lines[index]
        # «حدیث روز :» is the heading too: a trailing colon, spaced or not, is dropped.
        if line.words > 3:
            continue  # before the key, made only for the short lines that may be a heading
        heading = line.key.rstrip(":").lower()
        if heading not in _DAILY_BOX_HEADINGS:
            continue
        if heading in _DAY_NEWS_BOX_HEADINGS and heading != line.key.lower():
            continue  # «خبر روز :» with its colon: a ticker's or a kicker's label (fix278)
        found.add(index)
        # A news-of-the-day box shows one item: its one line (fix278).
        most = 1 if heading in _DAY_NEWS_BOX_HEADINGS else DAILY_BOX_LINES
        for below in range(index + 1, min(len(lines), index + 1 + most)):
            if _apart(state, lines[below]) or lines[below].info.kind != "text":
                break  # a blank line, or a date or label line: the box has ended
            if below > index + 1 and _opens_article(lines, below):
                break  # the page's own kicker or headline over its lead
            found.add(below)
            if lines[below].words >= DAILY_BOX_LONG_WORDS:
                break  # the box's one long verse or saying: what follows is the page's
    return found


def _opens_article(lines: Sequence[_Line], at: int) -> bool:
    """Whether ``lines[at]`` opens the page's own article under a daily box (fix193): it is a
    headline its lead retells (a short line, no paragraph, with the paragraph right under it
    sharing :data:`DAILY_BOX_RETOLD_WORDS` content words or more with it, or with the
    article's date line right under that paragraph, :func:`_dated_lead`), or a short line
    (a kicker) right over such a headline. «پیام‌نما» / VERSE / «سخنگوی ... خبر داد» /
    HEADLINE / LEAD with no blank lines (mut40's mutant 46's page): the box ends before the
    kicker whatever the verse's length; a box's own lines retell none of the page's lead."""
    for headline in (at, at + 1):
        if headline + 1 >= len(lines):
            return False
        line, lead = lines[headline], lines[headline + 1]
        if (
            line.info.kind == "text"
            and not line.paragraph
            and line.words <= HEADLINE_MAX_WORDS
            and lead.paragraph
            and (
                len(_content_words(line) & _content_words(lead)) >= DAILY_BOX_RETOLD_WORDS
                or _dated_lead(lines, headline + 1)
            )
        ):
            return True
        if line.info.kind != "text" or line.paragraph:
            return False
    return False


# Content words a headline under a daily box shares with its lead at least
# (:func:`_opens_article`).
DAILY_BOX_RETOLD_WORDS = 2


def _dated_lead(lines: Sequence[_Line], lead: int) -> bool:
    """Whether the paragraph ``lines[lead]`` has the article's date line right under it (a
    news item's headline / lead / date, Mehr's layout: «... خبر داد.» / «۱۵ مهر ۱۴۰۲، ۹:۴۰»,
    tests/pages 350; fix197): a box's verse and its translation are dated by no line of
    their own, so the short line over a dated lead is the page's headline, whatever words it
    shares with that lead."""
    return lead + 1 < len(lines) and lines[lead + 1].info.kind == "date"


# A saying and its speaker, a site's motto line: «رسول اکرم (ص): SAYING», «امام علی (ع) :
# SAYING» (an honorific in brackets, then a colon), «پیامبر اکرم: SAYING», «امام صادق ...:
# SAYING» (a holy figure's title opening a speaker of at most five words, then a colon).
_SAYING = regex.compile(
    r"^[\x20]*(?:"
    r"(?:[\p{L}\u200c]+[\x20]+){0,4}\((?:ص|ع|س|عج|ره)\)[\x20]*:"
    r"|(?:پیامبر|رسول|امام|حضرت|امیرالمومنین|امیرالمؤمنین)(?:[\x20]+[\p{L}\u200c]+){0,4}[\x20]*:"
    r")[\x20]*\S"
)
# A quotation alone on its line: wholly in «» or in double quotes.
_QUOTATION = regex.compile(r'^[\x20]*(?:«[^«»]+»|"[^"]+"|“[^“”]+”)[\x20.!]*$')
# The marks a quotation opens with.
_QUOTE_OPENINGS = ("«", '"', "“")
# The motto line stands among the first lines of the text: at most this many lines above it.
SAYING_TOP_LINES = 2


def _saying_over_banner(lines: Sequence[_Line], outside: set[int]) -> set[int]:
    """A site's motto line over its today banner: a saying (:data:`_SAYING`) or a quotation
    among the first lines of the text, right over a line the header classifier took for a
    widget (a weekday's date in two or three calendars, «شنبه 1404/01/30 Saturday - 2025 19
    April ...»). An article's headline stands under the site's banner, not over it; the line
    is the site's header, never the title (sobhezagros.ir, real43 #2)."""
    found: set[int] = set()
    reach = min(len(lines), SAYING_TOP_LINES + 2)
    shown = [index for index in range(reach) if index not in outside]
    for at, index in enumerate(shown[: SAYING_TOP_LINES + 1]):
        line = lines[index]
        if (
            at + 1 >= len(shown)
            or (":" not in line.text and line.text.lstrip()[:1] not in _QUOTE_OPENINGS)
            or line.info.kind != "text"
        ):
            continue  # (the cheap tests first: most first lines hold no colon nor quote)
        below = lines[shown[at + 1]]
        if below.info.kind != "widget" or below.info.reason not in ("widget", "today widget"):
            continue
        if _SAYING.match(line.norm) is not None or _QUOTATION.match(line.norm) is not None:
            found.add(index)
    return found


# A ticker line of other items' headlines run together, set apart by wide runs of spaces (a
# theme's scrolling strip as text extraction keeps it: «TITLE             TITLE ...»): at
# least this many runs of three spaces or more.
TICKER_GUTTERS = 3
# Six short headlines run together may hold fewer words than a long headline: this many
# wide gaps (five items at least) make a ticker of any length (fix174).
TICKER_SHORT_GUTTERS = 4
_TICKER_GUTTER = regex.compile(r"\x20{3,}")
# A gap this wide (in spaces) is no typing slip: TICKER_GUTTERS gaps all this wide or wider
# make a ticker of four short headlines, whatever its words (fix180: three gaps of six).
TICKER_WIDE_GUTTER = 5
_TICKER_WIDE_GUTTER = regex.compile(rf"\x20{{{TICKER_WIDE_GUTTER},}}")
# The site's name over its today banner has at most this many words.
MASTHEAD_NAME_WORDS = 6
# A sidebar box's heading of the latest items: «آخرین» and one or two words of letters
# («آخرین اخبار», «آخرین همایش ها»), and how many lines under a ticker it is looked for.
_LATEST_BOX = regex.compile(r"آخرین(?:[\x20\u200c]+[\p{L}\p{M}]+){1,2}")
LATEST_BOX_REACH = 6


def _banner_over_ticker(lines: Sequence[_Line], outside: set[int]) -> set[int]:
    """A theme's today banner over its ticker at the text's top, and the site's name over
    them: «شبکه مجازی خیرین کشور» / «  •   جمعه ۰۸ بهمن ۱۴۰۰» / «TITLE             TITLE
    ...» (iran-charity-network.com's WordPress theme, tests/pages 1908). The banner is a date
    line alone, a weekday's date with no time (a bullet before it or not); the line right
    under it runs many short headlines together (:data:`TICKER_GUTTERS` wide gaps and more
    words than a headline's, or :data:`TICKER_SHORT_GUTTERS` gaps, or gaps all of
    :data:`TICKER_WIDE_GUTTER` spaces or more), other items'. An
    item's own date line stands over its lead or body, never over the site's ticker: the
    banner is the visit's day, and the short line over it (at most
    :data:`MASTHEAD_NAME_WORDS` words, no digit, no sentence's end nor verb) is the site's
    name, not a headline; so are the sidebar's headings of the latest items under the
    ticker (:data:`_LATEST_BOX`) before the running text. All are the site's header, never
    the title."""
    shown = [index for index in range(min(len(lines), 4)) if index not in outside]
    for at, index in enumerate(shown[:2]):
        if at + 1 >= len(shown) or shown[at + 1] != index + 1:
            continue
        banner, ticker = lines[index], lines[index + 1]
        match = banner.info.date
        if (
            banner.info.kind != "date"
            or match is None
            or not match.captures("wd")
            or match.captures("H")
            or ticker.info.kind != "text"
            or (gutters := len(_TICKER_GUTTER.findall(ticker.text.strip()))) < TICKER_GUTTERS
            or (
                ticker.words <= HEADLINE_MAX_WORDS
                and gutters < TICKER_SHORT_GUTTERS
                and len(_TICKER_WIDE_GUTTER.findall(ticker.text.strip())) < gutters
            )
        ):
            continue
        found = {index, index + 1}
        # Under the ticker, before the running text: the sidebar's boxes of the latest items
        # («آخرین اخبار», «آخرین همایش ها»), their items not printed, are the site's too.
        for below in range(index + 2, min(len(lines), index + 2 + LATEST_BOX_REACH)):
            if lines[below].paragraph:
                break
            if _LATEST_BOX.fullmatch(lines[below].norm.strip()) is not None:
                found.add(below)
        if at == 1:
            name = lines[shown[0]]
            if not (
                shown[0] == index - 1
                and name.info.kind == "text"
                and name.words <= MASTHEAD_NAME_WORDS
                and not any(ch.isdigit() for ch in name.text)
                and name.text.rstrip()[-1] not in (*_KICKER_ENDS, ".", "!", "؟", "?")
                and _verb_end(name) == ""
            ):
                return set()
            found.add(shown[0])
        return found
    return set()


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


def _site_stamps(
    state: _State, updated: list[Candidate], published: list[Candidate]
) -> list[Candidate]:
    """Set aside a labelled update stamp printed on a line above the labelled publication
    date, or inside the site's visitor statistics (:func:`_in_site_stats`).

    «به روز شده در: ۲۶ فروردين ۱۴۰۳ - ۱۱:۱۵» over «کد خبر» and «تاریخ انتشار: ۰۶ مهر ۱۴۰۰»:
    an article prints its update beside or after its publication; above it stands the
    site's last-update stamp (the crawl day), as above the title (see :func:`_record`).
    """
    if not updated:
        return updated
    labelled = _LABEL_RULE_NAMES
    first = min((c.order for c in published if c.rule in labelled), default=None)
    kept: list[Candidate] = []
    for cand in updated:
        if cand.rule not in labelled or not cand.stamp or not cand.span:
            kept.append(cand)
        elif first is not None and cand.order < first:
            state.ignore(state.lines[cand.order], "site stamp")
            state.warn(
                "site-stamp",
                f"{cand.stamp.text!r} after {cand.label!r}, printed above the publication "
                "date, is a site-wide stamp, not the article's update time; ignored",
                *cand.span,
            )
        elif cand.rule in _OUTER_LABEL_RULES and _in_site_stats(state.lines, cand.order):
            # (the header between the title and the lead is the item's own: never a sidebar)
            state.ignore(state.lines[cand.order], "site stamp")
            state.warn(
                "site-stamp",
                f"{cand.stamp.text!r} after {cand.label!r}, printed among the site's visitor "
                "statistics, is a site-wide stamp, not the article's update time; ignored",
                *cand.span,
            )
        else:
            kept.append(cand)
    return kept


# A line of a site's visitor statistics (:data:`vocab.SITE_STATS_LABELS`), a bullet before
# it maybe, its figure after it or on the next line («• کاربران آنلاین : 55», «بازدید دیروز :»).
_SITE_STATS_LINE = regex.compile(
    r"^[\x20\u200c•·*\-\u2013|]*(?:"
    + any_case(vocab.SITE_STATS_LABELS)
    + r")[\x20\u200c]*(?::|[0-9]|$)",
    regex.VERSION0,
)
# The labels read outside the item's header, above its title or under its body, where a
# site's sidebar boxes stand.
_OUTER_LABEL_RULES = frozenset({_LABEL_RULES["pre"], _LABEL_RULES["footer"]})
# How far from a stamp its statistics' lines are looked for, and how many make a box.
SITE_STATS_REACH = 3
SITE_STATS_LINES = 2


def _in_site_stats(lines: Sequence[_Line], index: int) -> bool:
    """Whether ``lines[index]`` stands among :data:`SITE_STATS_LINES` lines or more of the
    site's visitor statistics within :data:`SITE_STATS_REACH` lines of it: «آخرین به
    روزرسانی : 2 دی 1403 13:33:39» between «کل بازدید : 6,567,635» and «شناسه IP شما : ...»
    (skhrw.ir's sidebar, tests/pages 1880) is the portal's last update, never the item's."""
    first, last = max(0, index - SITE_STATS_REACH), min(len(lines), index + 1 + SITE_STATS_REACH)
    near = (i for i in range(first, last) if i != index)
    return sum(_SITE_STATS_LINE.match(lines[i].norm) is not None for i in near) >= SITE_STATS_LINES


_LABEL_RULE_NAMES = frozenset(_LABEL_RULES.values())
