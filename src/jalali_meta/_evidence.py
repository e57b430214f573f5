"""Line shapes that are evidence about a page's kind and its title (issue 16).

Each predicate reads one line's text (normalised by :func:`jalali_meta._normalize.normalize`
where it says ``norm``) and names one shape real sites print; :mod:`jalali_meta._article`
calls each from one place. They were found on the fifth blind batch of tests/pages
(650-689) and hold for the shape wherever it is printed:

* a numbered part of a document («فصل اول: ...», «بخش دوم - ...»): a heading inside the
  text, not the page's title;
* a breadcrumb's last crumb: the page's own name, which the title line repeats;
* WordPress's archive title «بایگانی‌های NAME - SITE» and a theme's «برچسب زده شده با : NAME»:
  a list page whose name is NAME;
* a list page's filter and search controls («گروه بندی», «اخبار مورد نظر خود را جستجو کنید»);
* an excerpt that ends with its read-more link run into it («... ادامه را بخوانید»); a
  teaser's title with its read-more link and its date run into its line («TITLE ادامه
  مطلب » 11 مرداد 1390»): the title ends before the link;
* «امروز» with a weekday in the running text: the day the article was written;
* a date archive's heading, a date alone or under its label («روز: آذر ۲۴, ۱۳۹۸»), or a
  month archive's, a month's name and a year alone («Сентябр 2020»): it names a day or a
  month, never the page's title;
* a title the page's host name spells («روزنامه سپهر» at sepehrnewspaper.com): the site's
  name, which an extractor prints where the headline goes when the page's <title> names
  only the site.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import regex

from jalali_meta import _vocab as vocab
from jalali_meta._datetimes import find_dates
from jalali_meta._header import (
    COUNTER_LINE,
    DATE_ARCHIVE_LABEL_MAX_WORDS,
    date_archive_label,
    is_chrome_line,
)
from jalali_meta._normalize import normalize

__all__ = [
    "archive_day_heading",
    "archive_name",
    "blog_platform_cut",
    "breadcrumb_over_its_end",
    "breadcrumb_tail",
    "date_heading",
    "dateline_day",
    "day_and_month",
    "excerpt_with_read_more",
    "glued_breadcrumb_end",
    "glued_breadcrumb_starts",
    "home_crumb",
    "home_crumb_end",
    "host_named_part",
    "host_spells",
    "host_spells_before_place",
    "finglish_slug_spells",
    "kurdish_name_over_persian",
    "list_control",
    "list_count",
    "month_post_count",
    "may_read_more_as_written",
    "month_year_heading",
    "names_breadcrumb_end",
    "part_heading",
    "quoted_saying",
    "blessed_saying",
    "read_more_date",
    "read_more_date_end",
    "today_days",
    "today_weekdays",
]

_ORDINALS = (
    "اول", "یکم", "نخست", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
)  # fmt: skip
_PART_WORDS = ("فصل", "بخش", "گفتار", "مبحث")
# «فصل اول: ...», «بخش دوم - ...», «گفتار سوم» alone: a part of a report, a guide, a book.
_PART_HEADING = regex.compile(
    r"^(?:" + "|".join(_PART_WORDS) + r")[\x20\u200c]+(?:" + "|".join(_ORDINALS) + r")"
    r"(?![\p{L}\p{M}])[\x20\u200c]*(?:[:\-.،]|$)"
)


def part_heading(norm: str) -> bool:
    """Whether a line opens with a document part and its ordinal: «فصل اول: قواعد کلی».

    A report's or a guide's chapter heading under the page's title; a headline about a
    season or a sector («فصل تازه همکاری ...», «بخش خصوصی ...») has no ordinal there.
    """
    # (The words as a C prefix test first: a pattern call costs about 2,000 instructions.)
    return _may_head_part(norm) and _PART_HEADING.match(norm) is not None


# The C tests before four patterns of this module: the words or the first character after
# the spaces each pattern opens with (tests/test_prefilters.py checks them as the call
# sites run them).
def _may_head_part(norm: str) -> bool:
    return norm.startswith(_PART_WORDS)


def _may_count_list(norm: str) -> bool:
    return norm.startswith(_LIST_COUNT_WORDS)


def _may_quote(norm: str) -> bool:
    return norm.lstrip(" ")[:1] in _OPENING_QUOTES


def _may_glue_rubric(norm: str) -> bool:
    return norm.startswith(_GLUED_RUBRIC_WORDS)


# The separators of a breadcrumb's crumbs.
_CRUMB_SPLIT = regex.compile(r">>|\x20>\x20|\x20»\x20|\x20/\x20")
_CRUMB_MARKS = (">>", " > ", " » ")
CRUMBS = 3
# A last crumb naming the page has at least this many words.
TAIL_WORDS = 3


def _fold_home(crumb: str) -> str:
    """A crumb as :data:`_SLASH_HOMES` spells it: normalised, lower case, one space."""
    return " ".join(normalize(crumb).replace("\u200c", " ").split()).lower()


# The home link that opens a breadcrumb whose crumbs slashes part: «کور / تازه خبرونه /
# HEADLINE» (test.larawbar.net/39745.html, Pashto «کور», home), «خانه / ژورنالیزم / ...»
# (gaheez.af, tests/pages 1150), «خانه / عمومی / آریانا / ...» (hafteh, tests/pages 154).
# Persian and Dari, Pashto («کور») and Tajik («Асосӣ», the first item of a menu the text
# resolver reads, «Асосӣ | Хабарҳо | ...») home words, and the Latin «Home». A slash between
# words is no breadcrumb's mark on its own («واردات / صادرات»).
_SLASH_HOMES = frozenset(
    _fold_home(word)
    for word in (
        "خانه", "صفحه اصلی", "صفحه نخست", "کور", "Асосӣ", "Home",
    )
)  # fmt: skip


def breadcrumb_tail(text: str, tail_words: int = TAIL_WORDS) -> str | None:
    """The last crumb of a breadcrumb line («صفحه اصلی > آموزش > NAME»), squashed as a
    line's key (no spaces or ZWNJs), or None when the line is no breadcrumb of at least
    :data:`CRUMBS` crumbs or its last crumb has fewer than ``tail_words`` words
    (:data:`TAIL_WORDS`). The last crumb names the page the breadcrumb stands on."""
    marked = any(mark in text for mark in _CRUMB_MARKS)
    if not marked and " / " not in text:
        return None
    crumbs = [c for c in _CRUMB_SPLIT.split(text) if c.strip()]
    if not marked and (not crumbs or _fold_home(crumbs[0]) not in _SLASH_HOMES):
        return None  # slashes alone part a breadcrumb only after a home link
    if len(crumbs) < CRUMBS:
        return None
    tail = normalize(crumbs[-1])
    if len(tail.replace("\u200c", " ").split()) < tail_words:
        return None  # a section's name («ورزشی»), which a kicker line may repeat
    return "".join(tail.replace("\u200c", " ").split()) or None


# A crumb of a home breadcrumb has at most this many words (a section's name).
HOME_CRUMB_WORDS = 4


def home_breadcrumb(text: str) -> bool:
    """Whether a line is a breadcrumb opening with the home link: «صفحه نخست » گزارش»,
    «خانه > اخبار > استان», two crumbs or more, each a section's name of at most
    :data:`HOME_CRUMB_WORDS` words (:data:`_SLASH_HOMES`' home words; slashes part crumbs
    too). A headline holding «»» or «/» opens with no home word."""
    if not any(mark in text for mark in _CRUMB_MARKS) and " / " not in text:
        return False
    crumbs = [c for c in _CRUMB_SPLIT.split(text) if c.strip()]
    return (
        len(crumbs) >= 2
        and _fold_home(crumbs[0]) in _SLASH_HOMES
        and all(len(c.split()) <= HOME_CRUMB_WORDS for c in crumbs)
    )


# WordPress (Yoast SEO's default archive title, in Persian): «بایگانی‌های NAME - SITE»;
# in English «NAME Archives - SITE»;
# themes: «برچسب زده شده با : NAME», «نوشته‌های برچسب خورده با NAME», «آرشیو برچسب: NAME»,
# «آرشیو برچسب‌ها: NAME» (its ZWNJ kept, dropped or printed as a space; «آرشیو» also in its
# common misspelling without the madda, «ارشیو برچسب : NAME», fix185). The plural ending
# «ها» / «های» is the label's, never the name (possessive: «آرشیو برچسب‌ها» alone, a sidebar
# widget's heading, names no list; «آرشیو برچسب هامون» names «هامون»).
_ARCHIVE_TITLE = regex.compile(r"^بایگانی[\x20\u200c]*(?:های|ها)[\x20\u200c]+(?P<name>.+)$")
_ARCHIVE_TITLE_EN = regex.compile(r"^(?P<name>[^|\-–—]+?)[\x20]+Archives[\x20]+[|\-–—][\x20]+.+$")
# The same title with the archive word after the name, as a word-for-word translation of
# «%s Archives» prints it: «سنگ اصفهان بایگانی – SITE» (faratahlilnews.ir's tag archive,
# tests/pages 2044 and 2045; fix196), also «NAME آرشیو - SITE» and with «ها»/«های». The site's
# name after the separator is needed (letters, not a run of bars), the name ends with no
# linking word («نگاهی به آرشیو - SITE» is a headline), and the line is no menu run into one
# line whose last item is the archive (:func:`_header.is_chrome_line`).
_ARCHIVE_TITLE_AFTER = regex.compile(
    r"^(?P<name>[^|\-–—]+?)[\x20\u200c]+"
    + vocab.ARCHIVE_WORD_PATTERN
    + r"(?:[\x20\u200c]*ها(?:ی)?)?[\x20]+[|\-–—][\x20]+(?P<site>.+)$"
)
# The marks that part an archive label from the name it prints: a colon, a dash, a bar, a
# slash («آرشیو برچسب: NAME», «برچسب / NAME», tests/test_fix52.py; «آرشیو برچسب / NAME»,
# fix208). One list for :data:`_TAGGED_WITH` and :func:`_listing._archiving_headline`.
LABEL_SEPARATORS = (":", "-", "\u2013", "\u2014", "|", "/")
_TAGGED_WITH = regex.compile(
    r"^(?:برچسب[\x20\u200c]*(?:زده[\x20\u200c]+شده|خورده)[\x20\u200c]+با"
    r"|نوشته[\x20\u200c]*(?:های|ها)[\x20\u200c]+(?:برچسب[\x20\u200c]*(?:زده[\x20\u200c]+شده|خورده))"
    r"[\x20\u200c]+با|"
    + vocab.ARCHIVE_WORD_PATTERN
    + r"[\x20\u200c]+برچسب(?:[\x20\u200c]*ها(?:ی)?(?![\p{L}\p{M}]))?+(?![\p{L}\p{M}]))"
    + r"[\x20\u200c]*(?:["
    + regex.escape("".join(LABEL_SEPARATORS))
    + r"][\x20\u200c]*)?"
    + r"(?P<name>.+)$"
)
# The words the archive patterns but _ARCHIVE_TITLE_EN open with (a C prefix test first).
_ARCHIVE_NAME_WORDS = (*vocab.ARCHIVE_WORDS, "برچسب", "نوشته", "تگ")
# A theme's tag heading with a slash as its separator: «برچسب / NAME», «برچسب‌ها / NAME»
# (http://blog.sfile.ir/tag/...). A form's label «برچسب / سریال:» ends with its colon. A
# slash with spaces around it parts a trail's items; one between two words is the name's own
# («مذاکرات ایران/آمریکا»).
_TAG_SLASH = regex.compile(
    r"^(?:برچسب(?:[\x20\u200c]*ها)?\x20+/|(?:برچسب|تگ)(?:[\x20\u200c]*ها)?\x20+[-–—])"
    r"\x20+(?P<name>(?:[^/]|(?<=\S)/(?=\S))+)$"
)
_SITE_SEPARATOR = regex.compile(r"\x20+[-|–—]\x20+")
ARCHIVE_NAME_WORDS = 8
# A tag's name after «برچسب /» may be a whole sentence (a WordPress tag is free text); the
# label itself opens no headline. So may one before the English «Archives - SITE» (an
# auto-tagging site tags a post with its whole headline: http://iranneag.ir/tag/...).
TAG_SLASH_NAME_WORDS = 16


def archive_name(text: str) -> tuple[int, int] | None:
    """Where the list's name is in an archive title line, as (start, end) offsets in
    ``text``, or None: «بایگانی‌های انتخابات - پرتو جنوب» gives «انتخابات», «برچسب زده شده
    با : شهر علم و فرهنگ» gives «شهر علم و فرهنگ». The site's name after a dash is cut;
    «بایگانی‌های» needs it (WordPress's title: «بایگانی‌های NAME - SITE»)."""
    norm = normalize(text)
    if (
        not norm.startswith(_ARCHIVE_NAME_WORDS)
        and "Archives" not in norm
        and not any(word in norm for word in vocab.ARCHIVE_WORDS)
    ):
        return None  # (C tests first: each pattern below opens with one of these words
        # or holds «Archives» or an archive word)
    match = (
        _ARCHIVE_TITLE.match(norm)
        or _ARCHIVE_TITLE_EN.match(norm)
        or _TAGGED_WITH.match(norm)
        or _TAG_SLASH.match(norm)
        or _ARCHIVE_TITLE_AFTER.match(norm)
    )
    if match is None:
        return None
    if match.re is _ARCHIVE_TITLE_AFTER and (
        match.group("name").replace("\u200c", " ").split()[-1] in vocab.LINKING_WORDS
        or not any(map(str.isalpha, match.group("site")))
        or is_chrome_line(norm)
    ):
        # «نگاهی به آرشیو - SITE»: a headline about an archive; «rss صفحه‌اصلی ... آرشیو |
        # |||»: a menu run into one line, its last item the archive, no site's name after it
        return None
    start, end = match.span("name")
    parts = _SITE_SEPARATOR.split(norm[start:end])
    if len(parts) > 1:
        end = start + len(parts[0])
    elif match.re is _ARCHIVE_TITLE:
        return None  # «بایگانی‌های ...» without « - SITE»: a headline about archives, maybe
    while end > start and norm[end - 1] in " \u200c":
        end -= 1
    name = norm[start:end]
    free = match.re is _TAG_SLASH or match.re is _ARCHIVE_TITLE_EN
    words = TAG_SLASH_NAME_WORDS if free else ARCHIVE_NAME_WORDS
    if not name or len(name.split()) > words or name[-1] in ".:؛،":
        return None
    return start, end


# A month archive's heading: a month's name and a four-digit year, nothing else («Сентябр
# 2020», a Tajik Drupal archive view's <h1>, tests/pages 2106/2107; «مهر ماه 1399», «June,
# 2020»). The month in any calendar and script the grammar reads but the Hijri one, whose
# names are also ordinary words and people's names («رمضان», «محرم»).
_ARCHIVE_MONTHS = frozenset(
    normalize(name).lower()
    for table in (
        vocab.JALALI_MONTHS,
        vocab.AFGHAN_MONTHS,
        vocab.GREGORIAN_MONTHS_FA,
        vocab.DARI_GREGORIAN_MONTHS,
        vocab.ENGLISH_MONTHS,
        vocab.CYRILLIC_MONTHS,
        vocab.UZBEK_LATIN_MONTHS,
    )
    for name in table
)
_MONTH_YEAR_HEADING = regex.compile(
    r"(?P<month>\p{L}[\p{L}\x20\u200c]*?)(?:[\x20\u200c]*ماه)?[\x20\u200c.,،]*[0-9]{4}"
)


def month_year_heading(text: str) -> bool:
    """Whether a heading is a month's name and a year alone: a month archive's heading, which
    names a month, never the page's title (tests/pages 2107's Markdown twin)."""
    found = _MONTH_YEAR_HEADING.fullmatch(normalize(text).strip())
    return found is not None and found.group("month").strip().lower() in _ARCHIVE_MONTHS


def date_heading(text: str) -> bool:
    """Whether a heading (an ``<h1>``, a Markdown heading, a front matter's title) is a date
    alone or a date under a short label ending with a colon («روز: آذر ۲۴, ۱۳۹۸») or an
    archive's label (:func:`_header.date_archive_label`): a date archive's heading, which names a
    day, never the page's title (tests/pages 2083); or a month's name and a year alone
    (:func:`month_year_heading`)."""
    if not any(map(str.isdigit, text)):
        return False
    if month_year_heading(text):
        return True
    found = find_dates(text)
    if len(found) != 1 or found[0].span is None:
        return False
    start, end = found[0].span
    label = text[:start].strip()
    return not text[end:].strip() and (
        not label or (label.endswith(":") and date_archive_label(label[:-1]))
    )


def archive_day_heading(text: str) -> bool:
    """Whether a line is a day list's heading with its label printed, then one date alone:
    the label opening with an archive word (vocab.ARCHIVE_WORDS) and made of the archive's
    vocabulary (:func:`_header.date_archive_label`), its colon («بایگانی نوشته‌های روز:
    ۱۴۰۲/۱۲/۰۹», «آرشیو مطالب دسته روزانه: DAY»; fix225); or, whatever mark parts it from
    the date (vocab.DATE_ARCHIVE_SEPARATORS: a dash, an en dash, a bar, none), a label of the
    archive's vocabulary alone (vocab.DATE_ARCHIVE_LABEL_WORDS, at most
    :data:`_header.DATE_ARCHIVE_LABEL_MAX_WORDS` words) opening with an archive word or
    naming the list's period (vocab.DATE_ARCHIVE_PERIOD_WORDS: «بایگانی نوشته‌های روز -
    DAY», «مطالب روز: DAY», «اخبار روز | DAY»; fix232). A date alone, or a clock's colon
    after it, is no such label."""
    if not any(map(str.isdigit, text)):
        return False
    found = find_dates(text)
    if len(found) != 1 or found[0].span is None:
        return False
    start, end = found[0].span
    if text[end:].strip():
        return False
    label = text[:start].strip()
    words = normalize(label).replace("\u200c", " ").split()
    if not words:
        return False
    if label.endswith(":") and words[0] in vocab.ARCHIVE_WORDS and date_archive_label(label[:-1]):
        return True
    return _day_list_label(label)


def _day_list_label(label: str) -> bool:
    """Whether ``label``, one separator mark or none at its end (vocab.DATE_ARCHIVE_SEPARATORS),
    is a day list's: the archive's words alone, an archive word first or a period named
    (:func:`archive_day_heading`, fix232)."""
    words = (
        (normalize(label).rstrip(" \u200c").rstrip(vocab.DATE_ARCHIVE_SEPARATORS))
        .replace("\u200c", " ")
        .split()
    )
    return (
        0 < len(words) <= DATE_ARCHIVE_LABEL_MAX_WORDS
        and all(word in vocab.DATE_ARCHIVE_LABEL_WORDS for word in words)
        and (
            words[0] in vocab.ARCHIVE_WORDS
            or any(word in vocab.DATE_ARCHIVE_PERIOD_WORDS for word in words)
        )
    )


def _folded(text: str) -> str:
    return "".join(normalize(text).replace("\u200c", " ").split())


# A list page's controls: a grouping or sorting filter, a search prompt over the list.
_LIST_CONTROLS = frozenset(
    _folded(p)
    for p in (
        "گروه بندی", "گروه بندی اخبار", "مرتب سازی", "مرتب سازی بر اساس", "فیلتر", "فیلتر اخبار",
        "نمایش بر اساس", "تعداد نمایش",
    )
)  # fmt: skip
_SEARCH_PROMPT = regex.compile(
    r"^(?:اخبار|مطالب|خبر|مطلب|موضوع)[\x20\u200c]+(?:مورد[\x20\u200c]+نظر[\x20\u200c]+)?"
    r"(?:خود[\x20\u200c]+)?را[\x20\u200c]+جست[\x20\u200c]*و?[\x20\u200c]*جو[\x20\u200c]*کنید"
)


def list_control(norm: str) -> bool:
    """Whether a line is a list page's control: «گروه بندی», «مرتب سازی», or a search
    prompt «اخبار مورد نظر خود را جستجو کنید» (never a title, nor a list's name)."""
    return _folded(norm) in _LIST_CONTROLS or _SEARCH_PROMPT.match(norm) is not None


# A read-more link run into the end of an excerpt: «... ادامه را بخوانید», «... ادامه مطلب»,
# in brackets too («... [ادامه مطلب]», the link's text as a static page prints it).
_EXCERPT_READ_MORE = regex.compile(
    r"(?:\.\.\.|…)[\x20\u200c]*[\[(]?[\x20\u200c]*(?:ادامه[\x20\u200c]+(?:را[\x20\u200c]+)?(?:مطلب[\x20\u200c]+)?"
    r"(?:را[\x20\u200c]+)?بخوانید|ادامه[\x20\u200c]+مطلب|ادامه[\x20\u200c]+خبر|بیشتر[\x20\u200c]+بخوانید"
    r"|read[\x20]+more|continue[\x20]+reading)[\x20\u200c»>.…\])]*$",
    regex.IGNORECASE,
)


def excerpt_with_read_more(norm: str) -> bool:
    """Whether a paragraph is an excerpt cut with «...» and its read-more link: a list's item."""
    return may_read_more(norm) and _EXCERPT_READ_MORE.search(norm) is not None


# A teaser's read-more link run into its title's line, its date after it («TITLE ادامه مطلب »
# 11 مرداد 1390», a WordPress day archive's one teaser as extraction prints it, tests/pages
# 2110): the phrase ends the title; what follows is the teaser's date. The title keeps this
# many words at least.
_READ_MORE_PHRASES = tuple(
    sorted({normalize(word).lower() for word in vocab.READ_MORE_WORDS}, key=len, reverse=True)
)
_READ_MORE_MARKS = regex.compile(r"[\x20\u200c»›>:.…|\-\u2013\u2014]*")
READ_MORE_TITLE_WORDS = 3


def read_more_date_end(norm: str) -> int | None:
    """Where a teaser's title ends when its read-more link and its date are run into its line
    after it («TITLE ادامه مطلب » 11 مرداد 1390»): the offset in ``norm`` of the title's end,
    or None (:func:`read_more_date`)."""
    found = read_more_date(norm)
    return None if found is None else found[0]


def read_more_date(norm: str) -> tuple[int, tuple[int, int]] | None:
    """The title's end and the date's span (offsets in ``norm``) of a teaser's line that runs
    its read-more link and its date into its title («TITLE ادامه مطلب » 11 مرداد 1390»), or
    None. The phrase is one of :data:`jalali_meta._vocab.READ_MORE_WORDS` as whole words, the
    rest after it (past marks such as «»») is one full date running to the line's end (or to a
    counter closing it, :func:`_without_counter`), and
    :data:`READ_MORE_TITLE_WORDS` words at least stand before it."""
    lowered = norm.rstrip().lower()
    for phrase in _READ_MORE_PHRASES:
        at = lowered.rfind(phrase)
        if at <= 0 or lowered[at - 1] not in " \u200c":
            continue
        after = at + len(phrase)
        if after < len(lowered) and lowered[after].isalnum():
            continue
        marks = _READ_MORE_MARKS.match(lowered, after)
        begin = marks.end() if marks else after
        tail = _without_counter(norm[begin : len(lowered)])
        found = find_dates(tail)
        if len(found) != 1 or found[0].span is None or found[0].span != (0, len(tail)):
            continue
        head = norm[:at].rstrip(" \u200c")
        if len(head.split()) < READ_MORE_TITLE_WORDS:
            continue
        return len(head), (begin, begin + len(tail))
    return None


# A teaser's view or comment counter printed after its date, the line's end («... ادامه مطلب »
# 5 مهر 1395 بازدید», «... 12 نظر», «بازدید: 40»): the counter's words alone (its number
# filled in by a script the text lost) or a counter line (COUNTER_LINE); header furniture,
# as the read-more link is, so the date still ends the teaser (fix220).
_COUNTER_ALONE = frozenset(normalize(word).lower() for word in vocab.COUNTER_WORDS)
_COUNTER_LEAD = " \u200c|•·-–—،,"


def _without_counter(tail: str) -> str:
    """``tail`` (what follows a teaser's read-more link) without the counter after its date
    when it opens with one date and runs on with a counter only; else ``tail``."""
    found = find_dates(tail)
    if len(found) != 1 or found[0].span is None or found[0].span[0] != 0:
        return tail
    end = found[0].span[1]
    rest = tail[end:].lstrip(_COUNTER_LEAD).rstrip()
    if rest and (rest.lower() in _COUNTER_ALONE or COUNTER_LINE.match(rest) is not None):
        return tail[:end]
    return tail


def may_read_more(norm: str) -> bool:
    """Whether ``norm`` holds the dots :data:`_EXCERPT_READ_MORE` opens with (no case folds
    to «.» or «…»): two substring searches in C turn away most paragraphs before the
    pattern's scan, tried at every character."""
    return "..." in norm or "…" in norm


def may_read_more_as_written(text: str) -> bool:
    """:func:`may_read_more` asked of a line as written, before its normalised copy is made:
    :func:`normalize` folds no character to «…» and only U+066B (the Arabic decimal
    separator) to «.», and moves no dot, so where the copy holds «...» or «…» the text holds
    «...», «…» or a U+066B (tests/test_prefilters.py, «read more, as written»)."""
    return "..." in text or "…" in text or "\u066b" in text


_WEEKDAYS = {"".join(name.split()): index for name, index in vocab.WEEKDAYS.items()}
# «امروز» (today) and a weekday right after it: «امروز شنبه 10 شهریورماه»; a comma, a
# bracket or a dash between them («امروز – شنبه 17 تیر 1402 – از ساعت 9 صبح», the date set
# off by en dashes: rotbehonline.com, tests/pages 2102).
_TODAY_WEEKDAY = regex.compile(
    r"(?<![\p{L}\p{M}])امروز[\x20\u200c]*[،,(\-\u2013\u2014]?[\x20\u200c]*"
    r"(?P<day>\p{L}+(?:[\x20\u200c]*شنبه)?)"
)


def today_weekdays(norm: str) -> set[int]:
    """The weekdays the running text calls today («امروز شنبه ...», «امروز سه شنبه»), as
    :data:`jalali_meta._vocab.WEEKDAYS` numbers them."""
    found: set[int] = set()
    for match in _TODAY_WEEKDAY.finditer(norm):
        key = "".join(match.group("day").replace("\u200c", " ").split())
        if key in _WEEKDAYS:
            found.add(_WEEKDAYS[key])
    return found


# Month names by calendar, for a day and month the running text calls today.
_TODAY_MONTHS: dict[str, tuple[str, int]] = {
    **{normalize(name): ("jalali", month) for name, month in vocab.JALALI_MONTHS.items()},
    **{normalize(name): ("jalali", month) for name, month in vocab.AFGHAN_MONTHS.items()},
    **{normalize(name): ("gregorian", month) for name, month in vocab.GREGORIAN_MONTHS_FA.items()},
    **{name: ("gregorian", month) for name, month in vocab.CYRILLIC_MONTHS.items()},
}
# «today», a comma at most, then a day's number and a month's name, no year after it:
# «امروز ۳۰ فروردین», «имрӯз, 30 апрел» (Tajik), «сегодня, 30 апреля» (Russian).
_TODAY_DAY = regex.compile(
    r"(?<![\p{L}\p{M}])(?:امروز|имрӯз|сегодня)[\x20\u200c]*[،,]?[\x20\u200c]*"
    r"(?P<day>[0-9]{1,2})[\x20\u200c]*(?:ام[\x20\u200c]*)?(?P<month>\p{L}+)"
    r"(?![\p{L}\p{M}]|[\x20\u200c]*[،,]?[\x20\u200c]*[0-9])",
    regex.IGNORECASE,
)

# An agency's dateline opening a paragraph: the place, a comma, the day's number and a month's
# name, no year, then a dash before the agency's name («ДУШАНБЕ, 11 мар - Sputnik.», Sputnik
# Tajikistan's Russian-language items, tests/pages 2093; «تهران، ۲۴ آذر - ...»). The place
# is one to :data:`DATELINE_PLACE_WORDS` words of letters.
DATELINE_PLACE_WORDS = 3
_DATELINE_DAY = regex.compile(
    r"^[\x20\u200c]*\p{L}+(?:[\x20\u200c-]\p{L}+){0,"
    + str(DATELINE_PLACE_WORDS - 1)
    + r"}[\x20\u200c]*[,،][\x20\u200c]*(?P<day>[0-9]{1,2})[\x20\u200c]*(?P<month>\p{L}+)\.?"
    r"[\x20\u200c]*[-–—]",
)


# A dateline's month may be cut to its first letters («11 мар», «18 фев»: Sputnik's Russian
# datelines): at least this many, naming one month of one calendar among the names known.
DATELINE_MONTH_LETTERS = 3


def _dateline_month(word: str) -> tuple[str, int] | None:
    """The calendar and month a dateline's month word names: a month's name
    (:data:`_TODAY_MONTHS`), or the first :data:`DATELINE_MONTH_LETTERS` letters or more of
    names of one month only («мар» of «март», «марта»); None for none or several."""
    if (named := _TODAY_MONTHS.get(word)) is not None:
        return named
    if len(word) < DATELINE_MONTH_LETTERS:
        return None
    months = {value for name, value in _TODAY_MONTHS.items() if name.startswith(word)}
    return months.pop() if len(months) == 1 else None


def dateline_day(norm: str) -> tuple[str, int, int] | None:
    """The calendar's name, the month and the day of an agency's dateline opening the line
    without a year (:data:`_DATELINE_DAY`: «ДУШАНБЕ, 11 мар - Sputnik.» gives
    ``("gregorian", 3, 11)``, its month cut short, :func:`_dateline_month`), or None. The
    year is not printed: only a caller holding the year from elsewhere (the address's day)
    may complete it."""
    found = _DATELINE_DAY.match(norm)
    if found is None:
        return None
    month = found.group("month")
    named = _dateline_month(month.lower() if _CYRILLIC.match(month) else month)
    if named is None:
        return None
    day = int(found.group("day"))
    if not 1 <= day <= 31:
        return None
    return named[0], named[1], day


# The block «имрӯз» and «сегодня» are written in, in any case: case folding of their letters
# stays inside it.
_CYRILLIC = regex.compile(r"[\u0400-\u04ff]")


def may_name_today(norm: str) -> bool:
    """A necessary test for :data:`_TODAY_DAY`, in C: «امروز» as a substring, or a Cyrillic
    letter. The pattern has no literal start and matches in any case, so its scan of a
    paragraph costs some 200 instructions a character (about 190,000 on the seed's first
    three paragraphs); this test a few (tests/test_prefilters.py)."""
    return "امروز" in norm or _CYRILLIC.search(norm) is not None


def today_days(norm: str) -> set[tuple[str, int, int]]:
    """The days the running text calls today by day and month, without a year («имрӯз, 30
    апрел», «امروز ۳۰ فروردین»): ``(calendar, month, day)``, ``calendar`` ``jalali`` or
    ``gregorian``."""
    found: set[tuple[str, int, int]] = set()
    if not may_name_today(norm):
        return found
    for match in _TODAY_DAY.finditer(norm):
        month = _TODAY_MONTHS.get(match.group("month").lower())
        day = int(match.group("day"))
        if month is not None and 1 <= day <= 31:
            found.add((month[0], month[1], day))
    return found


# Month names a headline names a day with: the calendars above and English («Dec. 20»).
_NAMED_MONTHS: dict[str, tuple[str, int]] = {
    **_TODAY_MONTHS,
    **{name: ("gregorian", month) for name, month in vocab.ENGLISH_MONTHS.items()},
}
# A day's number and a month's name either way round, no year after it: «on Dec. 20»,
# «December 20», «20 December», «۲۰ آذر» (normalised: ASCII digits).
_NAMED_DAY = regex.compile(
    r"(?<![\p{L}\p{M}0-9])(?:"
    r"(?P<month>\p{L}+)\.?[\x20\u200c]+(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?"
    r"|(?P<day2>[0-9]{1,2})(?:st|nd|rd|th|ام|م)?[\x20\u200c]+(?P<month2>\p{L}+)"
    r")(?![\p{L}\p{M}0-9]|[\x20\u200c]*[،,]?[\x20\u200c]*[0-9])"
)


def named_days(norm: str) -> set[tuple[str, int, int]]:
    """The days a line names by day and month without a year («... front pages on Dec. 20»,
    «صفحه اول روزنامه‌های ۲۰ آذر»): ``(calendar, month, day)`` as :func:`today_days`."""
    found: set[tuple[str, int, int]] = set()
    # Both spellings' day is «[0-9]{1,2}»: a line without an ASCII digit names no day. Ten
    # substring tests in C (a generator over the characters cost about 200 instructions a
    # character on a line without digits: docs/performance.md, the thirtieth pass).
    for digit in "0123456789":
        if digit in norm:
            break
    else:
        return found
    for match in _NAMED_DAY.finditer(norm, overlapped=True):
        name = match.group("month") or match.group("month2")
        month = _NAMED_MONTHS.get(name.lower()) or _NAMED_MONTHS.get(normalize(name))
        day = int(match.group("day") or match.group("day2"))
        if month is not None and 1 <= day <= 31:
            found.add((month[0], month[1], day))
    return found


class LineLike(Protocol):
    """What the predicates read of a line of :mod:`jalali_meta._article`."""

    @property
    def text(self) -> str: ...

    @property
    def key(self) -> str: ...


BREADCRUMB_REACH = 2


def names_breadcrumb_end(lines: Sequence[LineLike], index: int) -> bool:
    """Whether ``lines[index]`` repeats the last crumb of a breadcrumb at most
    :data:`BREADCRUMB_REACH` lines above it: the page's own name, printed as its title
    («صفحه اصلی > آموزش > راهنمای نگارش گزارش» over «راهنمای نگارش گزارش»)."""
    key = lines[index].key
    for other in range(max(0, index - BREADCRUMB_REACH), index):
        tail = breadcrumb_tail(lines[other].text)
        if tail is not None and tail == key:
            return True
    return False


def breadcrumb_over_its_end(lines: Sequence[LineLike], index: int) -> bool:
    """Whether ``lines[index]`` is a breadcrumb (:func:`breadcrumb_tail`, its last crumb of
    any length) whose last crumb is printed again alone at most :data:`BREADCRUMB_REACH`
    lines under it: «Home / Madaniyat va Sanat / SOTIM ULUGZODA» over «SOTIM ULUGZODA»
    (komron.info, real65 #25). The page's name has its own line: the breadcrumb is never
    the title (a kicker repeating a section's name under it is not taken for the title by
    this either)."""
    tail = breadcrumb_tail(lines[index].text, 1)
    return tail is not None and any(
        lines[other].key == tail
        for other in range(index + 1, min(len(lines), index + 1 + BREADCRUMB_REACH))
    )


# A quoted sentence closed by its own full stop, then at most a few words naming its
# source: «"دانش چراغی است که راه فردا را روشن می کند." یک ضرب المثل کهن».
_OPENING_QUOTES = frozenset('"«“')  # _QUOTED_SAYING's opening marks
_QUOTED_SAYING = regex.compile(
    r'^[\x20]*(?P<open>["«“])[^"«»“”]{8,}?[.!؟?…](?P<close>["»”])[\x20\u200c]*'
    r"(?P<source>[^\n]*)$"
)
SAYING_SOURCE_WORDS = 6
# A sentence, its full stop, and its speaker in square brackets (fix187).
_BRACKET_SOURCED_SAYING = regex.compile(
    r"^[^\[\]\n]{8,}?[.!؟?][\x20]*\[(?P<source>[^\[\]\n0-9]+)\]$"
)
# A sentence, its full stop, and its speaker's name closed by a blessing in round brackets,
# no quotes: «انقلاب ما انفجار نور بود . امام خمینی(قدس سره)» (a school blog's epigraph over
# its post, real69 #19). The sentence holds no bracket; the blessing is read by
# :func:`_blessing`.
_BLESSED_SOURCE_SAYING = regex.compile(
    r"^[^()\[\]\n]{8,}?[.!؟?][\x20]+(?P<source>[^.!؟?()\[\]\n0-9]+?)[\x20]*"
    r"\((?P<blessing>[^()\n]+)\)$"
)


def _blessing(inside: str) -> bool:
    """Whether a round bracket's words are a blessing after a revered name: one of
    :data:`vocab.BLESSING_WORDS` in it («قدس سره», «علیه السلام») or the bracket one of
    :data:`vocab.BLESSING_ABBREVIATIONS` («ره», «ع»)."""
    words = inside.replace("\u200c", " ").split()
    return bool(vocab.BLESSING_WORDS.intersection(words)) or (
        len(words) == 1 and words[0] in vocab.BLESSING_ABBREVIATIONS
    )


def blessed_saying(norm: str) -> bool:
    """Whether a line is a sentence, its full stop, and its source: at most
    :data:`SAYING_SOURCE_WORDS` words of a revered name closed by its blessing in round
    brackets (:func:`_blessing`), no quotes: «SENTENCE . NAME(قدس سره)», an epigraph over a
    post (real69 #19), never its title. A headline naming «امام خمینی(ره)» has no full stop
    before the name."""
    if not norm.endswith(")"):
        return False
    found = _BLESSED_SOURCE_SAYING.match(norm)
    return (
        found is not None
        and len(found.group("source").replace("\u200c", " ").split()) <= SAYING_SOURCE_WORDS
        and _blessing(found.group("blessing"))
    )


def quoted_saying(norm: str) -> bool:
    """Whether a line is a quoted sentence with its full stop inside the quotes and at most
    :data:`SAYING_SOURCE_WORDS` words after them (a proverb's or a speaker's name): an
    epigraph. A headline quoting someone («"تورم مهار می‌شود"؛ رئیس کل بانک») ends its
    quote without a full stop."""
    if norm.endswith("]") and (found := _BRACKET_SOURCED_SAYING.match(norm)) is not None:
        # «شناخت خویشتن، از حکمت است . [امام علی علیه السلام]»: a saying, its full stop and
        # its source in square brackets (Parsiblog's saying box over a post: real57 #17).
        return 2 <= len(found.group("source").split()) <= SAYING_SOURCE_WORDS
    if not _may_quote(norm):
        return False  # (the pattern's first character after its spaces, tested in C)
    match = _QUOTED_SAYING.match(norm)
    if match is None:
        return False
    return len(match.group("source").replace("\u200c", " ").split()) <= SAYING_SOURCE_WORDS


# A list's item count alone on its line: «کل اخبار 6690», «تعداد مطالب: ۱۲», the day's
# count with its unit «تعداد اخبار امروز : 0 خبر».
# The first words _LIST_COUNT opens with: a C prefix test before the pattern.
_LIST_COUNT_WORDS = ("کل", "تعداد", "مجموع")
_LIST_COUNT = regex.compile(
    r"^(?:کل|تعداد|مجموع)[\x20\u200c]+(?:اخبار|خبرها|مطالب|نتایج|یادداشت[\x20\u200c]*ها)"
    r"(?:[\x20\u200c]+امروز)?[\x20\u200c]*:?[\x20\u200c]*[0-9]{1,7}"
    r"(?:[\x20\u200c]+(?:خبر|مطلب|نتیجه|یادداشت))?$"
)


def list_count(norm: str) -> bool:
    """Whether a line is a list's item count («کل اخبار 6690»): the page is a list."""
    return _may_count_list(norm) and _LIST_COUNT.match(norm) is not None


_MONTH_NAMES = sorted(
    {normalize(name) for name in (*vocab.JALALI_MONTHS, *vocab.AFGHAN_MONTHS)},
    key=len,
    reverse=True,
)
# A blog's month archive counting its posts, alone on its line: «۳ مطلب در اردیبهشت ۱۳۹۷ ثبت
# شده است» (blog.ir's month archive, tests/pages 2619; its category and tag pages print «N
# مطلب با موضوع «X» ثبت شده است», :data:`_listing._LIST_COUNTER`).
_MONTH_POST_COUNT = regex.compile(
    r"^(?P<count>[0-9]{1,5})[\x20\u200c]+مطلب[\x20\u200c]+در[\x20\u200c]+(?:"
    + "|".join(map(regex.escape, _MONTH_NAMES))
    + r")[\x20\u200c]+[0-9]{2,4}[\x20\u200c]+ثبت[\x20\u200c]+شده[\x20\u200c]+است$"
)


def month_post_count(norm: str) -> int | None:
    """The count of a blog's month archive's counter line («۳ مطلب در اردیبهشت ۱۳۹۷ ثبت شده
    است»: the month's posts), or None when the line is none (fix303)."""
    if not norm[:1].isdigit():
        return None
    found = _MONTH_POST_COUNT.match(norm)
    return int(found.group("count")) if found is not None else None


# A day and a month's name alone, glued or not, no year: «07فروردین», «۱۲ حمل».
_DAY_MONTH = regex.compile(
    r"^[0-9]{1,2}[\x20\u200c]*(?:" + "|".join(map(regex.escape, _MONTH_NAMES)) + r")$"
)


def day_and_month(norm: str) -> bool:
    """Whether a line is only a day and a month's name (a list item's date badge)."""
    return _DAY_MONTH.match(norm) is not None


_HOME_CRUMBS = ("خانه", "صفحه اصلی", "صفحه نخست")


def home_crumb(norm: str) -> bool:
    """Whether a line is only the home link that opens a menu and a breadcrumb («خانه»,
    «صفحه اصلی»), a mark or spaces around it."""
    return norm.strip(" \u200c|»«>›•·-") in _HOME_CRUMBS


# The home link opening a breadcrumb glued to the headline: the Persian words and the
# Latin «Home» (any case) of a theme left in English («Home اخبار HEADLINE»).
_GLUED_HOMES = (*_HOME_CRUMBS, "home")
# Section names that, after «خانه», also name an institution («خانه فوتبال», «خانه صنعت،
# معدن و تجارت», «خانه احزاب»): «خانه فوتبال ایران HEADLINE» may be a sports site's
# breadcrumb or a headline about that house; the text alone does not say which, so a cut
# after one is never sure (the address's slug may still say where the headline starts).
_HOME_SECTION_OR_INSTITUTION = frozenset(
    normalize(word) for word in ("فوتبال", "ورزش", "صنعت", "اقتصاد", "احزاب", "کودک")
)

# A headline after a glued breadcrumb has at least this many words.
GLUED_HEADLINE_WORDS = 3
# A breadcrumb glued to a headline has at most this many words.
GLUED_CRUMB_WORDS = 6


# A list's name that follows «خانه» in a breadcrumb and names no institution («خانه
# اخبار», home then news; «خانه سینما», «خانه کارگر» are institutions).
_LISTING_SECTIONS = frozenset(
    normalize(word) for word in ("اخبار", "خبرها", "مقالات", "مطالب", "وبلاگ", "بلاگ")
)
# Institutions named «خانه X» («خانه سینما», «خانه ملت», «خانه فرهنگ و هنر»): a line opening
# with one is never cut as a breadcrumb.
_HOME_INSTITUTIONS = frozenset(
    normalize(word)
    for word in (
        "سینما", "ملت", "کارگر", "فرهنگ", "کتاب", "موسیقی", "تئاتر", "هنرمندان",
        "مطبوعات", "اندیشمندان", "ریاضیات", "عکاسان", "کشاورز", "هنر", "شعر",
    )
)  # fmt: skip


def glued_breadcrumb_starts(norm: str) -> list[tuple[int, bool]]:
    """The places a headline may start in a line that opens with a breadcrumb run into it
    without separators: after «خانه» (or «صفحه اصلی») and a section's name, each with
    whether the breadcrumb is sure on its own. It is with a section of two words or more
    («خانه اخبار ویژه HEADLINE») or a list's name («خانه اخبار HEADLINE»); one other
    section word («خانه سیاسی HEADLINE») needs more evidence (the address's slug). A line
    opening with an institution's name («خانه سینما ...», «خانه ملت ...») has none; after a
    section's name that also names an institution («خانه فوتبال ایران ...») none is sure.
    The home link may be the Latin «Home» too."""
    home = next((h for h in _GLUED_HOMES if norm[: len(h) + 1].lower() == h + " "), None)
    if home is None:
        return []
    words = list(regex.finditer(r"[^\x20]+", norm))
    skip = len(home.split())
    if len(words) <= skip or words[skip].group().strip("\u200c") in _HOME_INSTITUTIONS:
        return []
    doubtful = words[skip].group().strip("\u200c") in _HOME_SECTION_OR_INSTITUTION
    starts = []
    for count in range(skip + 1, min(len(words), skip + GLUED_CRUMB_WORDS) + 1):
        section = norm[words[skip].start() : words[count - 1].end()]
        if len(words) - count < GLUED_HEADLINE_WORDS:
            break
        if is_chrome_line(section) or section in _LISTING_SECTIONS:
            # A list's name alone is sure when the crumb does not go on into the next word
            # («خانه اخبار ویژه ...»: «اخبار ویژه» is the section).
            longer = norm[words[skip].start() : words[count].end()]
            listing = section in _LISTING_SECTIONS and not is_chrome_line(longer)
            sure = (count > skip + 1 or listing) and not doubtful
            starts.append((words[count].start(), sure))
    return starts


def home_crumb_end(norm: str) -> int | None:
    """Where the rest of a line starts after the home link that opens it («خانه ...»,
    «صفحه اصلی ...», «Home ...») and its space, or None: a breadcrumb of the home link alone
    may be glued to the headline (where the headline starts is then for the address's slug
    to say: «خانه در ...» may be a headline's own words)."""
    home = next((h for h in _GLUED_HOMES if norm[: len(h) + 1].lower() == h + " "), None)
    return None if home is None else len(home) + 1


def glued_breadcrumb_end(norm: str) -> int | None:
    """Where the headline starts in a line that opens with a breadcrumb run into it without
    separators («خانه اخبار ویژه HEADLINE»: home, then a section's name of two words or
    more or a list's name, «خانه اخبار HEADLINE»), or None: the longest sure breadcrumb of
    :func:`glued_breadcrumb_starts`. One other section word after «خانه» is no breadcrumb
    on its own («خانه سینما ...»)."""
    sure = [start for start, certain in glued_breadcrumb_starts(norm) if certain]
    return sure[-1] if sure else None


# A news group's rubric run into the headline on one line: a plural news word, a rubric's
# qualifier and a section's adjective or not («خبرهای داغ ورزشی», «اخبار ویژه»), then a space.
_RUBRIC_SECTIONS = sorted(
    {normalize(w) for w in vocab.SECTION_WORDS if w.endswith("ی") and " " not in w},
    key=len,
    reverse=True,
)
_GLUED_RUBRIC = regex.compile(
    r"^(?:"
    + "|".join(
        regex.escape(normalize(w)).replace("های", "[\u200c]?های")
        for w in sorted(vocab.RUBRIC_NEWS_WORDS, key=len, reverse=True)
    )
    + r")[\x20\u200c]+(?:"
    + "|".join(map(regex.escape, map(normalize, vocab.RUBRIC_QUALIFIERS)))
    + r")(?:[\x20\u200c]+(?:"
    + "|".join(map(regex.escape, _RUBRIC_SECTIONS))
    + r"))?\x20+"
)
# A headline after a glued rubric has at least this many words, and does not open with a
# word that goes on a phrase («خبرهای داغ از بازار ...», «اخبار ویژه در ...»: the line is
# one headline about the news).
GLUED_RUBRIC_HEADLINE_WORDS = 4
_PHRASE_OPENERS = frozenset(
    normalize(word)
    for word in ("در", "از", "به", "با", "برای", "که", "و", "را", "تا", "بر", "درباره", "این")
)


# The words :data:`_GLUED_RUBRIC` opens with (its C test).
_GLUED_RUBRIC_WORDS = ("خبر", "اخبار")


# A beta badge (:data:`vocab.BETA_BADGES`) opening a line, run into what follows it.
_BETA_BADGE = regex.compile(
    r"[\x20\u200c]*(?:"
    + "|".join(regex.escape(normalize(word)) for word in vocab.BETA_BADGES)
    + r")(?=[^\s\u200c])"
)


def beta_badge_end(norm: str) -> int | None:
    """Where the headline starts in a line that opens with a site's beta badge run into it
    («نسخه آزمایشی6 روستای ... برخوردار می شوند»: no space between, the badge a separate
    element text extraction glued on), or None; the rest is a headline's length
    (:data:`GLUED_RUBRIC_HEADLINE_WORDS` words or more). Set apart by a space the words may
    be the headline's own subject («نسخه آزمایشی سامانه ... راه‌اندازی شد»): not cut."""
    found = _BETA_BADGE.match(norm)
    if found is None or len(norm[found.end() :].split()) < GLUED_RUBRIC_HEADLINE_WORDS:
        return None
    return found.end()


# A follow line glued to a headline ends within this many words of its start (the call,
# handles, messengers' names, the blog's name between them).
FOLLOW_LINE_WORDS = 12
_FOLLOW_CALL = regex.compile(
    r"[\x20\u200c]*(?:"
    + "|".join(regex.escape(normalize(call)) for call in vocab.FOLLOW_CALLS)
    + r")(?=[\x20\u200c])",
    regex.IGNORECASE,
)
_FOLLOW_WORD = regex.compile(r"[\x20\u200c]*[^\x20\u200c]+")
_FOLLOW_END = regex.compile(
    r"(?<![^\x20\u200c])(?:@[A-Za-z0-9_.]+|(?:"
    + "|".join(regex.escape(normalize(name)) for name in vocab.FOLLOW_MESSENGERS)
    + r"))(?![^\x20\u200c])",
    regex.IGNORECASE,
)


def follow_line_end(norm: str) -> int | None:
    """Where the headline starts in a line that opens with a social-media follow line run
    into it («دنبال کنید @HANDLE تلگرام HANDLE NAME را در اینستاگرام HEADLINE», a Blogfa
    template's widget over every post), or None. The line opens with a follow call
    (:data:`vocab.FOLLOW_CALLS`); the follow text ends at the last handle («@name») or
    messenger's name (:data:`vocab.FOLLOW_MESSENGERS`) within :data:`FOLLOW_LINE_WORDS`
    words; the rest is a headline's length (:data:`GLUED_RUBRIC_HEADLINE_WORDS` words or
    more) and opens with no word that goes on a phrase. A follow call with no handle or
    messenger named after it is not cut: the words may be the headline's own."""
    call = _FOLLOW_CALL.match(norm)
    if call is None:
        return None
    reach = call.end()
    for _ in range(FOLLOW_LINE_WORDS):
        word = _FOLLOW_WORD.match(norm, reach)
        if word is None:
            break
        reach = word.end()
    end = None
    for found in _FOLLOW_END.finditer(norm, call.end(), reach):
        end = found.end()
    if end is None:
        return None
    rest = norm[end:].split()
    if len(rest) < GLUED_RUBRIC_HEADLINE_WORDS or rest[0] in _PHRASE_OPENERS:
        return None
    return end + len(norm[end:]) - len(norm[end:].lstrip("\x20\u200c"))


def glued_rubric_end(norm: str) -> int | None:
    """Where the headline starts in a line that opens with a news group's rubric run into
    it («خبرهای داغ ورزشی HEADLINE»: a plural news word, a rubric's qualifier, a section's
    adjective or not), or None. The rest is a headline's length
    (:data:`GLUED_RUBRIC_HEADLINE_WORDS` words) and opens with no word that goes on a
    phrase: «خبرهای داغ از بازار نقل و انتقالات» is one headline."""
    found = _GLUED_RUBRIC.match(norm) if _may_glue_rubric(norm) else None
    if found is None:
        return None
    rest = norm[found.end() :].split()
    if len(rest) < GLUED_RUBRIC_HEADLINE_WORDS or rest[0] in _PHRASE_OPENERS:
        return None
    return found.end()


# The consonants of Persian letters as Latin host names spell them («خ» kh, «ش» sh, «ژ» zh
# or j, «ق»/«غ» q or gh); vowels and «ی», «ع», «ء» are not written. «و» is a «v» or a vowel
# (ویژه vijeh, جنوب jonoub) and a final «ه» an «h» or a vowel (سفرنامه safarname):
# optional, but for «و» opening a word and «ه» inside one.
_PERSIAN_CONSONANTS = {
    "ب": "b", "پ": "p", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ج": "j", "چ": "c",
    "ح": "h", "ه": "h?", "خ": "x", "د": "d", "ذ": "z", "ز": "z", "ض": "z", "ظ": "z", "ر": "r",
    "ژ": "j", "ش": "c", "غ": "q", "ق": "q", "ف": "f", "ک": "k", "گ": "g", "ل": "l", "م": "m",
    "ن": "n", "و": "v?",
}  # fmt: skip
# Latin spellings folded to the same classes, digraphs first.
_LATIN_DIGRAPHS = (("kh", "x"), ("sh", "c"), ("ch", "c"), ("zh", "j"), ("gh", "q"), ("w", "v"))
_LATIN_VOWELS = regex.compile(r"[aeiouy]|[^a-z0-9]")
_DOUBLED = regex.compile(r"(.)\1+")
# Words naming a publication's kind, which a host name need not spell («روزنامه», «news»).
_PUBLICATION_WORDS = frozenset(
    "".join(normalize(word).split())
    for word in (
        "روزنامه", "خبرگزاری", "پایگاه", "خبری", "تحلیلی", "سایت", "مجله", "نشریه",
        "ماهنامه", "هفته نامه", "هفته‌نامه", "رادیو", "تلویزیون", "آنلاین", "وبلاگ",
        "newspaper", "news", "agency", "daily", "online", "magazine", "radio",
        # «news» in Persian letters: «اسپاد نیوز» at espadnews.ir (tests/pages 1580).
        "نیوز",
    )
)  # fmt: skip
# A title spelled by its host has at least this many consonants beyond the kind's words.
HOST_SPELLED_CONSONANTS = 3
# A site's name has at most this many words.
SITE_NAME_WORDS = 4


def _latin_skeleton(text: str) -> str:
    text = text.lower()
    for digraph, letter in _LATIN_DIGRAPHS:
        text = text.replace(digraph, letter)
    return _DOUBLED.sub(r"\1", _LATIN_VOWELS.sub("", text))


def host_spells(title: str, host: str) -> bool:
    """Whether the host name spells ``title`` but for words naming a publication's kind:
    «روزنامه سپهر» at ``sepehrnewspaper.com``, «پیام ویژه» at ``payamevijeh.ir``,
    «Hamshahri Newspaper» at ``hamshahri.net``: the site's name, not a headline.

    Consonants are compared (Latin host names drop most vowels' letters), the title's in
    the host's letters, each word of at most :data:`SITE_NAME_WORDS`; a headline that names
    the site among other words («همشهری سی ساله شد») is not spelled.
    """
    pattern = _name_pattern(title)
    return pattern is not None and regex.search(pattern, _host_skeleton(host)) is not None


def _host_skeleton(host: str) -> str:
    """The consonants of a host's name, its «www.» and ending aside (:func:`_latin_skeleton`);
    on a blog platform (:data:`vocab.BLOG_PLATFORMS`) the blog's own label, the platform's
    name aside (``safarnameh.blogfa.com``: ``safarnameh``, attacks50)."""
    labels = [label for label in host.lower().split(".") if label not in ("www", "m")]
    cut = blog_platform_cut(labels)
    if cut is not None:
        return _latin_skeleton("".join(labels[:cut]))
    return _latin_skeleton("".join(labels[:-1]) if len(labels) > 1 else "".join(labels))


def blog_platform_cut(labels: Sequence[str]) -> int | None:
    """Where a host's labels (lower case) part a blog's own name from its blog platform's
    (:data:`vocab.BLOG_PLATFORMS`: ``["safarnameh", "blogfa", "com"]`` gives 1), or None for
    a host on no blog platform."""
    for cut in range(1, len(labels)):
        if ".".join(labels[cut:]) in vocab.BLOG_PLATFORMS:
            return cut
    return None


def _name_pattern(title: str) -> str | None:
    """The pattern of consonants a host name spelling ``title`` has (:func:`host_spells`),
    or None when ``title`` is no name a host may spell."""
    words = normalize(title).replace("\u200c", " ").lower().split()
    if not words or len(words) > SITE_NAME_WORDS:
        return None
    name = [w for w in words if w not in _PUBLICATION_WORDS]
    if not name:
        return None
    if all(word.isdigit() for word in name):
        # «۲۲ آنلاین» at 22online.ir: a name of digits alone is spelled with its kind's
        # word, which the host then writes too (fix258).
        return _consonants(words)
    return _consonants(name)


def _consonants(words: Sequence[str]) -> str | None:
    """The pattern of consonants a Latin spelling of ``words`` (lower case) has
    (:data:`_PERSIAN_CONSONANTS`; a Latin word's own skeleton), or None when a word holds a
    mark or the whole has fewer than :data:`HOST_SPELLED_CONSONANTS` consonants."""
    pattern: list[str] = []
    last = ""  # the last consonant written, optional letters after it skipped
    count = 0
    for word in words:
        if word.isascii():
            skeleton = _latin_skeleton(word)
            pattern.append(regex.escape(skeleton))
            count += len(skeleton)
            last = skeleton[-1:]
            continue
        for at, letter in enumerate(word):
            mapped = _PERSIAN_CONSONANTS.get(letter)
            if mapped is not None and mapped.endswith("?") and (letter == "و") == (at == 0):
                # «و» opening a word and «ه» inside one are consonants.
                mapped = mapped if letter == "ه" and at == len(word) - 1 else mapped[0]
            if mapped is None and letter in "0123456789":
                mapped = letter  # «حقوق ۲۴» at hoghoogh24.ir
            if mapped is None:
                if "\u0600" <= letter <= "\u06ff" or letter.isalpha():
                    continue  # a vowel's letter, «ی», «ع»: not written
                return None  # a mark: no name a host spells
            if mapped == last:
                continue  # a doubled consonant («حقوق» hoghoogh), as the skeleton folds it
            pattern.append(mapped)
            if not mapped.endswith("?"):
                last = mapped
                count += 1
    if count < HOST_SPELLED_CONSONANTS:
        return None
    return "".join(pattern)


# A Finglish slug spells a headline of at least this many words (a list's or a section's
# name is shorter: «akhbar-ostan»).
FINGLISH_SLUG_WORDS = 4
# A Finglish slug's words: Latin letters, maybe after the item's ID («5120-...»).
_FINGLISH_SLUG = regex.compile(r"(?:[0-9]+[-_])?([a-z]+(?:[-_][a-z]+)+)")


def finglish_slug_spells(text: str, slug: str) -> bool:
    """Whether an address's slug written in Latin letters, Persian words as they sound
    («bazgoshayi-pol-tarikhi-shahr-pas-az-marammat», Finglish), spells ``text`` (a
    Persian line) whole: the consonants of the slug's words (at least
    :data:`FINGLISH_SLUG_WORDS`) are the line's, in order, as :func:`host_spells` compares a
    host's name (vowels unwritten, «ش» sh, «خ» kh, «و» a «v» or a vowel). An English slug
    spells no Persian line."""
    found = _FINGLISH_SLUG.fullmatch(slug.lower())
    if found is None or len(regex.split("[-_]", found.group(1))) < FINGLISH_SLUG_WORDS:
        return False
    letters = regex.sub(r"[^\p{L}\p{N}\x20]", " ", normalize(text).replace("\u200c", " "))
    words = letters.lower().split()
    if not words or all(word.isascii() for word in words):
        return False
    pattern = _consonants(words)
    return (
        pattern is not None
        and regex.fullmatch(pattern, _latin_skeleton(found.group(1))) is not None
    )


def host_spells_before_place(title: str, host: str) -> bool:
    """Whether ``title`` is the site's name the host spells (:func:`host_spells`) and one
    word of letters after it, a city's or a region's name: «یاری کورد کرمانشاە» at
    ``yarikurd.net`` (tests/pages 1711): a site's or its regional edition's name, not a
    headline. The name spells the host's whole name (not a part of it: «وزیر نیرو» at
    ``vezarat.ir`` is a headline), and the whole has at most :data:`SITE_NAME_WORDS` words;
    a headline naming the site among more words («همشهری سی ساله شد») is not one."""
    words = normalize(title).replace("\u200c", " ").split()
    if not 2 <= len(words) <= SITE_NAME_WORDS or not words[-1].isalpha():
        return False
    pattern = _name_pattern(" ".join(words[:-1]))
    return pattern is not None and regex.fullmatch(pattern, _host_skeleton(host)) is not None


# Letters Kurdish (Sorani) writes and Persian does not: «ە» (its «ه»), «ێ», «ۆ», «ڵ», «ڕ».
_KURDISH_LETTERS = frozenset("\u06d5\u06ce\u06c6\u06b5\u0695")


def kurdish_name_over_persian(title: str, below: str) -> bool:
    """Whether ``title`` (as printed) is a short name written in Kurdish letters
    (:data:`_KURDISH_LETTERS`, at most :data:`SITE_NAME_WORDS` words) over ``below``, the
    paragraph under it, written in Persian spelling («ه», none of those letters): a Kurdish
    site's name over its Persian post («یاری کورد کرمانشاە» over «... استان کرمانشاه ...»,
    yarikurd.net, tests/pages 1711), not the post's headline. The two spellings differ as
    two writers' do (the «ە» normalises to «ه», so only the printed text tells them)."""
    if len(title.split()) > SITE_NAME_WORDS or _KURDISH_LETTERS.isdisjoint(title):
        return False
    return "\u0647" in below and _KURDISH_LETTERS.isdisjoint(below)


# A separator between a title's parts («SITE: HEADLINE», «HEADLINE – SITE»).
_TITLE_PART = regex.compile(r"\x20+[-|–—]\x20+|:\x20+")


def host_named_part(title: str, host: str) -> tuple[int, int] | None:
    """Where the headline is in ``title`` when its first or last part, beside a separator,
    is the site's name the host spells («مجید ظهری: چند خط ...» at majidzohari.com), as
    (start, end) offsets; None when no end part is."""
    pieces = list(_TITLE_PART.finditer(title))
    if not pieces:
        return None
    first, last = pieces[0], pieces[-1]
    if title[last.end() :].strip() and host_spells(title[last.end() :], host):
        return 0, last.start()
    if title[: first.start()].strip() and host_spells(title[: first.start()], host):
        return first.end(), len(title)
    return None
