"""The header grammar: what one line of an article's header is, and the label/value pairs on it.

:func:`classify` looks at one line and says what it is (FORMATS.md §1 and §4):

* ``control``: a lone widget character such as the ``X`` of a close button,
  share and print buttons, a short link, breadcrumbs;
* ``widget``: a "today" widget, a breaking-news clock, prayer times, prices,
  an aggregator's crawl stamp (they show the day of the crawl, not of the
  article), or a time printed alone on its line;
* ``counter``: a view or like count without a label;
* ``issue``: a newspaper issue line (date, volume, issue number): its ``شماره`` is
  the issue number and its date the issue's, never the article's;
* ``labels``: one or more ``label: value`` pairs, with unlabelled dates between them;
* ``date``: a date (and maybe its twin in the other calendar, and a source
  after a dash) with nothing else on the line;
* ``mixed``: a date set off by separators from a few other words
  (``سیاسی | ۳ بهمن ۱۴۰۱ - ۰۹:۱۵``): a date line below the title, a title above it;
* ``text``: anything else: a title, a paragraph, a value printed on the line after its label.

A label counts only at a label position (line start, after a bullet, ``|``,
``•`` or a run of spaces; after a spaced `` / `` with its colon only) and, when
it has no colon, only if what follows fits
its field (an ID after ``کد خبر``, a date after ``تاریخ انتشار``) or nothing
follows (the value is on the next line, or empty). Common words among the labels
(``تاریخ``, ``زمان``, ``گروه`` ...; :data:`vocab.LABELS_NEED_COLON`) need a colon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal, NamedTuple

import regex

from jalali_meta import _vocab as vocab
from jalali_meta._grammar import is_hijri, line_date, read, search, squeeze, twin_after
from jalali_meta._markdown import is_home_link_line
from jalali_meta._normalize import normalize
from jalali_meta._patterns import (
    DATETIME,
    HIJRI_DATE,
    TIME_LINE,
    TIME_TEXT,
    WEEKDAY_TEXT,
    YEAR_CORE,
    any_case,
    lazy,
    words,
)
from jalali_meta._records import FieldName, IgnoredReason

__all__ = [
    "date_archive_label",
    "DATE_ARCHIVE_LABEL_MAX_WORDS",
    "bullet_of",
    "time_alone",
    "weather_reading",
    "is_news_heading",
    "is_section_name",
    "DATE_FIELDS",
    "ID_VALUE",
    "SHORT_BAD_TIME",
    "SHORT_BRACKET_DATE",
    "SHORT_DATE",
    "SHORT_DATELINE_DATE",
    "SPACED_DATE",
    "SHORT_JALALI_DATE",
    "SHORT_TIMED_DATE",
    "SHORT_NAMED_DATE",
    "TIME_LINE",
    "Label",
    "LineInfo",
    "READING_TIME",
    "bracket_cells",
    "classify",
    "verdict_date",
    "date_first_dateline",
    "dateline_date",
    "fits_next_line",
    "is_byline",
    "opens_with_agency_dateline",
    "is_browser_notice",
    "is_unsupported_notice",
    "notice_hint",
    "is_chrome_line",
    "is_journal_issue_line",
    "is_language_switcher",
    "is_month_alone",
    "is_month_year",
    "is_section_end",
    "may_open_time_label",
]

DATE_FIELDS = frozenset({"published", "updated"})

# -- The header's patterns (labels, page chrome, traps); the date grammar is in _patterns. --

# A numeric date with a two-digit year, maybe a weekday before it and a time after it:
# «۹۸/۱۱/۰۵، ۲۳:۴۰», «12/ 03/ 98», «جمعه 90/3/20 | 1:2 صبح», «جمعه 86/11/19 :: ساعت 2:17 صبح»
# (a double colon between them, as the grammar's _patterns._DATE_TIME_SEP, real60 #04).
# The grammar does not read it (the century is not printed); the resolver decides the century
# from the page's other years and warns (two-digit-year). The time («tail») is the grammar's,
# so it reads and refuses alike.
SHORT_DATE = lazy(
    rf"""
    (?:{WEEKDAY_TEXT}[\x20\u200c]*(?:[،,\-][\x20\u200c]*)?)?
    (?<![0-9/.\-])
    (?P<a>[0-9]{{2}})\x20?(?P<s>[/.\-])\x20?(?P<b>[0-9]{{1,2}})\x20?(?P=s)\x20?(?P<c>[0-9]{{2}})
    (?![0-9/.\-])
    (?P<tail>[\x20\u200c]*(?:(?:[،,\-|]|::)[\x20\u200c]*)?{TIME_TEXT}(?![0-9:]))?
    """,
    regex.VERBOSE | regex.VERSION0,
)

# :data:`SHORT_DATE` with a one-digit day at one end («جمعه ۴/۳/۸۶», «86/3/4»): read only where
# a headline's bracket holds it alone («HEADLINE   (جمعه ۴/۳/۸۶)», an old static site's archive,
# :func:`_title._bracket_short_dated_title`, fix165), never in running text or a label's value.
# One end has two digits, the year (a one-digit end is the day); warned two-digit-year alike.
SHORT_BRACKET_DATE = lazy(
    rf"""
    (?:{WEEKDAY_TEXT}[\x20\u200c]*(?:[،,\-][\x20\u200c]*)?)?
    (?<![0-9/.\-])
    (?:(?P<a>[0-9])\x20?(?P<s>[/.\-])\x20?(?P<b>[0-9]{{1,2}})\x20?(?P=s)\x20?(?P<c>[0-9]{{2}})
      |(?P<a>[0-9]{{2}})\x20?(?P<s>[/.\-])\x20?(?P<b>[0-9]{{1,2}})\x20?(?P=s)\x20?(?P<c>[0-9]))
    (?![0-9/.\-])
    (?P<tail>[\x20\u200c]*(?:(?:[،,\-|]|::)[\x20\u200c]*)?{TIME_TEXT}(?![0-9:]))?
    """,
    regex.VERBOSE | regex.VERSION0,
)

# A day, a Gregorian month's Persian name (maybe with «ماه») and a two-digit year: «7 آگوست
# ماه 19», WordPress's Gregorian «j F ماه y» with Persian month names. The grammar does not
# read it (the century is not printed); the resolver decides the century from the page's
# other Gregorian years and warns (two-digit-year). «می» and «مه» (May) are left out: after
# a number they are a verb's prefix or a word as often as a month.
_SHORT_YEAR_MONTHS = [name for name in vocab.GREGORIAN_MONTHS_FA if name not in ("می", "مه")]
SHORT_NAMED_DATE = lazy(
    rf"""
    (?<![0-9/.\-])(?P<d>[0-9]{{1,2}})[\x20\u200c]+
    (?<![\p{{L}}\p{{M}}])(?P<m>{words(_SHORT_YEAR_MONTHS)})
    \u200c*(?:[\x20\u200c]*ماه)?(?![\p{{L}}\p{{M}}])[\x20\u200c]*(?:[,،][\x20\u200c]*)?
    (?P<y>[0-9]{{2}})(?![0-9/.:\-])
    """,
    regex.VERBOSE | regex.VERSION0,
)

# A weekday, a day, a Jalali month's name and a two-digit year: «شنبه ۲۹ شهریور ۹۳» (a
# theme's «l j F y», shrines.ir's post header). The grammar does not read it (the century is
# not printed); the resolver reads the year in the century whose calendar puts that day on
# the printed weekday, and warns (two-digit-year). Without its weekday it stays text: «۲۹
# شهریور ۹۳» may be a day and a count. Its time may follow, as the grammar reads one after a
# date: «پنج شنبه 9 فروردین 03 ساعت 12:24» (z4car.com's post date, fix114).
SHORT_JALALI_DATE = lazy(
    rf"""
    {WEEKDAY_TEXT}[\x20\u200c]*(?:[،,\-][\x20\u200c]*)?
    (?<![0-9/.\-])(?P<d>[0-9]{{1,2}})[\x20\u200c]+
    (?<![\p{{L}}\p{{M}}])(?P<m>{words(vocab.JALALI_MONTHS)})
    \u200c*(?:[\x20\u200c]*ماه)?(?![\p{{L}}\p{{M}}])[\x20\u200c]*(?:[,،][\x20\u200c]*)?
    (?P<y>[0-9]{{2}})(?![0-9/.:\-])
    (?P<tail>[\x20\u200c]*(?:(?:[،,\-|]|::)[\x20\u200c]*)?{TIME_TEXT}(?![0-9:]))?
    """,
    regex.VERBOSE | regex.VERSION0,
)
# A day (spaced from its month or glued to it), a Jalali or Afghan month's name and a
# two-digit year, nothing else: the date of an agency's dateline in brackets, «غزنی
# (پژواک،٣٠ حمل٩٢): ...» (Pajhwok's Dari reports, elections.pajhwok.com, real60 #29, fix204).
# Read there only (:func:`dateline_date`), never in running text: the report's own day, so
# in the web's era, its century the page's other years' or the rule 50-99: 13xx, 00-49: 14xx
# (the other century is a year to come or one before the web), always warned two-digit-year.
SHORT_DATELINE_DATE = lazy(
    rf"""
    (?<![0-9/.\-])(?P<d>[0-9]{{1,2}})[\x20\u200c]*
    (?P<m>{words((*vocab.JALALI_MONTHS, *vocab.AFGHAN_MONTHS))})
    \u200c*(?:[\x20\u200c]*ماه)?(?![\p{{L}}\p{{M}}])[\x20\u200c]*(?:[,،][\x20\u200c]*)?
    (?P<y>[0-9]{{2}})
    """,
    regex.VERBOSE | regex.VERSION0,
)
# A day, a Jalali month's name and a two-digit year with its time after it, no weekday:
# «۰۷ مرداد ۹۳ ، ۱۸:۴۰» (Blog.ir's post footer «<n> نظر <dd> <month> <yy> ، <hh:mm>», the
# theme's «j F y ، H:i», rijan.blog.ir, tests/pages 2667; fix309). Read only alone on its
# line, or after a comment count (:data:`_COUNT_BEFORE_DATE`), and only when the page prints
# the year it stands for in full (a month archive's count line «۱ مطلب در مرداد ۱۳۹۳ ثبت
# شده است», _reading._year_printed); always warned two-digit-year.
SHORT_TIMED_DATE = lazy(
    rf"""
    (?<![0-9/.\-])(?P<d>[0-9]{{1,2}})[\x20\u200c]+
    (?<![\p{{L}}\p{{M}}])(?P<m>{words(vocab.JALALI_MONTHS)})
    \u200c*(?:[\x20\u200c]*ماه)?(?![\p{{L}}\p{{M}}])[\x20\u200c]*
    (?P<y>[0-9]{{2}})(?![0-9/.:\-])
    (?P<tail>[\x20\u200c]*(?:(?:[،,\-|]|::)[\x20\u200c]*)?{TIME_TEXT}(?![0-9:]))
    """,
    regex.VERBOSE | regex.VERSION0,
)
# Where a two-digit-year date's time belongs, a clock that is none: «90/3/20 | 1:2» (one
# minute digit and no day-part word), «90/3/20 11:055». The readers refuse it, or keep the day
# without a one-digit minute's clock (_reading._bad_time_after, _reading._short_time_unread).
SHORT_BAD_TIME = regex.compile(
    r"[\x20\u200c]*(?:(?:[،,\-|]|::)[\x20\u200c]*)?(?:ساعت[\x20\u200c:]*)?(?P<clock>[0-9]{1,3}:[0-9])"
)


def _short_timed_date(norm: str) -> tuple[int, int] | None:
    """Where :data:`SHORT_TIMED_DATE` is when it ends its line (its time last) and stands
    alone or after a comment count («۲ نظر ۰۷ مرداد ۹۳ ، ۱۸:۴۰»); else None."""
    stripped = norm.rstrip(_DATE_LINE_LEAD)
    skip = len(norm) - len(norm.lstrip(_DATE_LINE_LEAD))
    for timed in SHORT_TIMED_DATE.finditer(stripped, skip):
        if timed.end() != len(stripped):
            continue
        if timed.start() == skip or _COUNT_BEFORE_DATE.search(stripped, skip, timed.start()):
            return timed.start(), timed.end()
    return None


def _short_date_end(norm: str, short: regex.Match[str]) -> int:
    """Where a two-digit-year date (SHORT_DATE, SHORT_JALALI_DATE) ends on its line: after
    its time, or after the clock that stands where its time belongs and is none («شنبه ۱۲
    اسفند ۰۲ ساعت ۷:۵»), so the reader sees that clock and keeps the day without it or refuses
    the date, as it does a four-digit year's (fix116)."""
    end = short.end()
    if short.group("tail") is not None:
        return end
    bad = SHORT_BAD_TIME.match(norm, end)
    if bad is None:
        return end
    # The clock's whole token («11:055», not «11:0»): the reader judges all of it.
    end = bad.end()
    while end < len(norm) and (norm[end].isdigit() or norm[end] == ":"):
        end += 1
    return end


# What may stand before a date line's weekday: a list marker, a dash, a bar.
_DATE_LINE_LEAD = " \u200c-–—•|"

_FLAGS = regex.VERBOSE | regex.VERSION0
_LABELS = any_case(label for labels in vocab.LABELS.values() for label in labels)
# Word boundaries for Arabic-script and Latin words: no letter or mark right before / after.
_BL = r"(?<![\p{L}\p{M}])"
_BR = r"(?![\p{L}\p{M}])"
# A gap: spaces and ZWNJs, possibly none.
_G = r"[\x20\u200c]*"

# Icon-font names that text extraction keeps before a label or a byline: «calendar آخرین
# بروزرسانی: ...», «watch زمان مطالعه ...», «icon icon Home»: one or two lower-case Latin
# words at the line start (a ligature icon's name), right before Arabic script.
_ICON_WORDS = r"(?:[a-z][a-z_]{2,19}\x20){1,2}(?=[\u0600-\u06ff])"
_ICON_PREFIX = re.compile(_ICON_WORDS)
# A Material icon's ligature name (``<i class="material-icons">expand_less</i>``, whose text
# extraction keeps): lower-case Latin words joined by «_» («expand_less», «keyboard_arrow_down»,
# «arrow_back»). Opening a line glued to Arabic script («expand_lessقوانین و مقررات ...»,
# respina24.ir's accordion), or before a label with another such name further on the line
# («expand_less جزییات expand_less شرایط استرداد»), it marks a control's label: a toggle or a
# button, never a headline. A line opening with one such word and a space alone may be a
# technical headline («user_agent چیست؟»): not read so.
_LIGATURE = r"[a-z]{2,20}(?:_[a-z]{2,20}){1,4}"
_LIGATURE_GLUED = re.compile(rf"{_LIGATURE}(?=[\u0600-\u06ff])")
_LIGATURE_SPACED = re.compile(rf"{_LIGATURE}\x20(?=[\u0600-\u06ff])")
_LIGATURE_WORD = re.compile(rf"(?<![A-Za-z0-9_]){_LIGATURE}(?![A-Za-z0-9_])")


# A client-side template's slot left unfilled («{{train.price}} تومان», an Angular, Vue or
# Handlebars page stored before its script ran): the line shows no value of its own, never
# a headline.
_TEMPLATE_SLOT = re.compile(r"\{\{[^{}\n]{1,80}\}\}")


# An image's placeholder word alone on its line, where text extraction kept the picture's
# alt text or the theme's stand-in for it («img» under maorif.tj's date line): no text.
_IMAGE_PLACEHOLDERS = frozenset({"img", "image"})
IMAGE_PLACEHOLDER_MAX = max(map(len, _IMAGE_PLACEHOLDERS))


def _icon_control(norm: str) -> bool:
    """Whether a short line is a control's label after a Material icon's ligature name (see
    :data:`_LIGATURE`)."""
    if len(norm) > CHROME_MAX_CHARS:
        return False
    if _LIGATURE_GLUED.match(norm) is not None:
        return True
    spaced = _LIGATURE_SPACED.match(norm)
    return spaced is not None and _LIGATURE_WORD.search(norm, spaced.end()) is not None


# A header label at a label position: line start (after a bullet or an icon's name) or after
# | • or a run of spaces, or a spaced slash (with its colon only: _label_matches).
LABEL = lazy(
    rf"""
    (?:^|(?<=[|•·]|\x20\x20|\t|\x20/(?=\x20)|\x20-{{2,}}(?=\x20)|^{_ICON_WORDS}))  # label position
    [\x20\u200c]*
    (?:[•·●▪■◾►▶*()][\x20\u200c]*                     # optional bullet or bracket, or a
      |(?<=^[\x20\u200c]*)-[\x20\u200c]+              # dash opening a list item «- کد: ۱۲»
      |(?<=^[\x20\u200c]*)\[[\x20\u200c]*            # «[ شناسه خبر : ۴۶۸۳۴ ]» (fix190)
      |(?<=^[\x20\u200c]*)::[\x20\u200c]*)?             # «:: تاریخ درج خبر : 94/08/10 ::»
    {_BL}(?P<label>{_LABELS}){_BR}
    (?P<colon>{_G}:)?{_G}                               # colon or none, spaces either side
    """,
    _FLAGS,
)

# A label in the middle of a line after one space; counts only with a colon, after another label.
LABEL_MID = lazy(
    rf"""
    (?<=\x20)
    {_BL}(?P<label>{_LABELS}){_BR}
    (?P<colon>{_G}:){_G}                                # colon required here
    """,
    _FLAGS,
)

# A label glued to the year closing a date before it, with its colon: a Loxblog post's
# footer «جمعه 17 مرداد 1393برچسب:TAGS , ... :: 19:05 :: نويسنده : NAME» (tests/pages 2174,
# fix219); taken as LABEL_MID is, only when a date ends right at the label.
LABEL_AFTER_DATE = lazy(
    rf"""
    (?<=[0-9])
    (?P<label>{_LABELS}){_BR}
    (?P<colon>{_G}:){_G}
    """,
    _FLAGS,
)

# A date label glued to the word before it by text extraction («... اینجا کلیک کنیدتاریخ
# انتشار : 20 اسفند 1402»): only the date labels of two words or more (a one-word «تاریخ»
# ends Persian words too), with a colon; _label_matches takes it only before a date.
_GLUED_LABELS = any_case(
    label
    for field in ("published", "updated")
    for label in vocab.LABELS[field]
    if " " in label and not label.isascii()
)
LABEL_GLUED = lazy(rf"(?<=\p{{L}})(?P<label>{_GLUED_LABELS})(?P<colon>{_G}:){_G}", _FLAGS)
# A forum post's header as text extraction keeps it: the post icon's alt text «پست» (phpBB's
# «Post» in the Persian language packs, PHP-Nuke's Forums module too) glued to the date label
# after it, «پستتاریخ: جمعه 3 تیر 1390 - 01:57    عنوان: ...» (savehsara.aftab.cc, tests/pages
# 1889); any publication label, with its colon, a full date right after it
# (:func:`_label_matches`). No Persian word is «پست» run into a date label and a colon.
POST_ICON_ALT = "پست"
_POST_ICON_LABELS = any_case(
    label for label in vocab.LABELS["published"] if "\u0600" <= label[0] <= "\u06ff"
)
POST_ICON_LABEL = lazy(
    rf"^[\x20\u200c]*{POST_ICON_ALT}(?P<label>{_POST_ICON_LABELS})(?P<colon>{_G}:){_G}", _FLAGS
)
# A one-word date label glued so («دکتر ... صادقی نیاتاریخ: چهارشنبه 11 شهریور 1394», an
# author's name and the date run together on a research foundation's article view,
# 91.98.46.102:1000/Rooznegar.aspx): taken only after an author's label on the line and
# before a full date that ends the line, as a header's field does (after a link's
# «کلیک کنیدتاریخ:» it stays no label, tests/test_fix11_rules.py); a word ending in the
# label's letters inside a sentence («پیشاتاریخ: ...» and more words) is passed over.
# Labels of five letters or more: «زمان» ends «سازمان» and «همزمان».
_GLUED_WORD_LABELS = any_case(
    label
    for field in ("published", "updated")
    for label in vocab.LABELS[field]
    if " " not in label and not label.isascii() and len(label) >= 5
)
LABEL_GLUED_WORD = lazy(rf"(?<=\p{{L}})(?P<label>{_GLUED_WORD_LABELS})(?P<colon>{_G}:){_G}", _FLAGS)

# A line of page chrome: share and print buttons, a short link, a blog post's permalink
# with its comments' count («لینک ثابت | نظرات (0)», blogfa's and persianblog's post footer).
UI_LINE = lazy(
    rf"""^(?:
        (?:(?:{any_case(vocab.UI_WORDS)}){_BR}[\x20\u200c|•·/\-]*)+$   # only button words
      | لینک{_G}کوتاه{_G}:?.*$                                      # «لینک کوتاه: https://...»
      | (?:(?:لینک|پیوند){_G}ثابت|(?i:permalink))                   # a post's permalink
        (?:{_G}[|•·/\-]{_G}(?:نظرات|نظر|دیدگاه(?:{_G}ها)?|(?i:comments?))  # and its
        {_G}\(?{_G}[0-9]{{1,6}}{_G}\)?)?{_G}$                          # comments' count
      | (?i:https?://)\S+$                                          # a bare URL
    )""",
    _FLAGS,
)

# A photo's caption and its download button run into one line by text extraction: «بندرلنگه
# ذخیره تصویر» (a county news page's photo block, hormozgan-agri-jahad.com/cities/1184);
# «دانلود» and «دریافت» are the button's other words. At most two words of a name before it:
# a headline about saving images says more, and so does a short how-to headline that opens
# with its own word («آموزش دانلود عکس», «روش ساده ذخیره عکس»: attacks30).
_IMAGE_BUTTON_ENDS = ("تصویر", "عکس")
_IMAGE_BUTTON_LINE = lazy(
    rf"^(?!(?:آموزش|روش|نحوه|طریقه|راهنمای|چگونه|ترفند)(?![\p{{L}}\p{{M}}]))"
    rf"(?:\p{{L}}[\p{{L}}\p{{M}}\u200c]*{_G}){{0,2}}(?:ذخیره|دانلود|دریافت){_G}(?:تصویر|عکس){_G}$",
    _FLAGS,
)

# A shop's action button alone on its line (:data:`vocab.SHOP_ACTION_WORDS`): «خرید و دانلود
# مقاله», «دانلود فایل», «افزودن به سبد خرید», «Buy & Download PDF». Actions joined by «و»,
# «/», «|», «&», then «این» and at most two of :data:`vocab.SHOP_OBJECT_WORDS`, nothing else:
# «خرید تضمینی گندم از کشاورزان آغاز شد» says more and stays a line of text.
_SHOP_ACTION = any_case(vocab.SHOP_ACTION_WORDS)
_SHOP_LINE = lazy(
    rf"^(?:{_SHOP_ACTION}){_BR}(?:{_G}(?:و|and|[/|&،]){_G}(?:{_SHOP_ACTION}){_BR})*"
    rf"(?:{_G}(?:این|this){_BR})?(?:{_G}(?:{any_case(vocab.SHOP_OBJECT_WORDS)}){_BR}){{0,2}}{_G}$",
    _FLAGS,
)

# An article ID: letters prefix, digits, a sub-number after / or -.
ID_VALUE = lazy(
    r"""
    (?P<id>
        (?:[A-Za-z]{1,4}-?)?                  # letter prefix: N1234567, DEN-4012345
        [0-9]{1,20}                           # the number
        (?:[/\-][0-9]{1,10})?                  # a sub-number: 1234567/8
        (?:(?<=-[0-9]{1,10})[A-Za-z]{1,4}[0-9]{1,10})?  # a lettered part: H-801108-53828S12
    )(?![0-9A-Za-z])
    """,
    _FLAGS,
)

# Breadcrumbs: short segments joined by two or more arrows («خانه > اخبار > سیاسی»).
BREADCRUMB = lazy(r"^(?:[^>»›<«‹\n]{1,40}[>»›<«‹]){2,}[^>»›<«‹\n]{0,60}$", _FLAGS)

# An aggregator's own crawl stamp: 2023-01-23@09:15:00 GMT.
CRAWL_STAMP = lazy(
    r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[\x20]?@[\x20]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[\x20]?(?:GMT|UTC|Z))?",
    _FLAGS,
)

# A "today" widget or breaking-news clock line.
TODAY_LINE = lazy(rf"^[\x20\u200c]*(?:{words(vocab.TODAY_WORDS)}){_BR}", _FLAGS)
# «امروزپنجشنبه, 17 بهمن 1398 19:12»: a header's today banner with its label glued to the
# weekday (no space, or a ZWNJ only), as a Joomla template prints it (webda.gmu.ac.ir).
# «امروزه» and «امروزی» are words of their own, no weekday: never matched.
TODAY_GLUED_WEEKDAY = lazy(rf"^[\x20\u200c]*امروز\u200c?(?:{words(vocab.WEEKDAYS)}){_BR}", _FLAGS)

# A "today's date" label has at most this many words after «امروز» and its weekday.
TODAY_LABEL_MAX_WORDS = 3
# A "today's date" label of a date widget: «تاریخ امروز», «تاریخ شمسی امروز», alone or with a
# weekday and at most a few words after it («تاریخ امروز سه شنبه اوقات شرعی»), no sentence.
# Words right after «امروز» with no weekday are a headline's («تاریخ امروز، عبرت فردا»,
# «تاریخ امروز را ما می‌نویسیم»: today's history), not a widget's.
TODAY_DATE_LABEL = lazy(
    rf"""^[\x20\u200c]*تاریخ(?:{_G}(?:هجری{_G})?(?:شمسی|خورشیدی|میلادی|قمری))?{_G}امروز{_BR}
    [\x20\u200c:،,\-]*(?:(?:{words(vocab.WEEKDAYS)}){_BR}
    (?:[\x20\u200c]*[\p{{L}}\p{{M}}\u200c]+){{0,{TODAY_LABEL_MAX_WORDS}}})?[\x20\u200c:]*$""",
    _FLAGS,
)

# Script arguments glued before a date in a broken render: «2023,1,23,9,15,03 بهمن 1401».
SCRIPT_ARGS = lazy(r"(?:[0-9]{1,4},){3,}(?=[0-9])", _FLAGS)

# Prayer-time, currency and weather widgets.
WIDGET_LINE = lazy(rf"{_BL}(?:{words(vocab.WIDGET_WORDS)}){_BR}", _FLAGS)

# A weather widget's reading alone on its line: a temperature with the degree sign and its
# scale's letter or none («17°C», «۲۳°», «-3 °F», its sign maybe spaced off, «− 2°C»
# (fix283); ctd.tj's widget under its clock, real75 #11). A sentence that gives a
# temperature has words around it.
WEATHER_READING = regex.compile(
    r"^[\x20\u200c]*(?:[-+\u2212][\x20\u200c]?)?[0-9]{1,3}(?:[.,][0-9])?[\x20\u200c]*°"
    r"[\x20\u200c]*[CFcf]?[\x20\u200c]*$"
)


def weather_reading(norm: str) -> bool:
    """Whether a normalised line is a weather widget's temperature alone («17°C»)."""
    return WEATHER_READING.match(norm) is not None


# Words a view counter's label may run on for before its colon («بازدید این صفحه:»).
VIEW_LABEL_WORDS = 3

# A views counter printed value first with a word between the value and «بازدید» or after
# it: «۳۱۲ بار بازدید», «۳۱۲ نفر بازدید», «۳۱۲ بازدید کننده» (fix175).
VIEWS_VALUE_FIRST = (
    rf"[0-9][0-9,]*{_G}(?:(?:{words(vocab.VIEWS_VALUE_UNITS)}){_G})?(?:تعداد{_G})?بازدید"
    rf"(?:{_G}(?:{words(vocab.VIEWS_VALUE_AFTER)}))?"
)

# A counter without a label: «۰ نفر», «5120 بازدید», its number in brackets after the word
# («نظرات (0)», blogfa's post footer); or a view counter's label of a few
# words, a colon and the number («بازدید این صفحه: 1,204», «دفعات بازدید: ۳۰ بار»). Without
# the colon, or with words after the number, it is a sentence («بازدید ۱۲۰ هزار نفر از ...»);
# the label alone and its number alone with no colon are a counter still («Дида шуд 412»:
# fix299).
COUNTER_LINE = lazy(
    rf"""^[\x20\u200c]*(?:[0-9][0-9,]*[\x20\u200c]*(?:{words(vocab.COUNTER_WORDS)})
    |{VIEWS_VALUE_FIRST}
    |(?:{words(vocab.COUNTER_WORDS)}){_G}(?::?{_G}[0-9][0-9,]*|\({_G}[0-9][0-9,]*{_G}\))
    |(?i:{words(vocab.VIEW_COUNTER_LABELS)}){_BR}(?:{_G}[\p{{L}}\p{{M}}\u200c]+){{0,{VIEW_LABEL_WORDS}}}
      {_G}:{_G}[0-9][0-9,]*(?:{_G}(?i:{words(vocab.COUNTER_UNITS)}){_BR})?
    |(?i:{words(vocab.VIEW_COUNTER_LABELS)}){_G}[0-9][0-9,]*
      (?:{_G}(?i:{words(vocab.COUNTER_UNITS)}){_BR})?)[\x20\u200c]*$""",
    _FLAGS,
)

# A comment or view count ending the words before a date («... 0 نظر کاربران» + date).
_COUNT_BEFORE_DATE = lazy(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}])[0-9][0-9,]*[\x20\u200c]*(?:{words(vocab.COMMENT_COUNT_WORDS)})"
    rf"[\x20\u200c|•\-–]*$",
    _FLAGS,
)

# A reading time («(زمان خواندن: 19 - 37 دقیقه)», «زمان مطالعه: ۵ دقیقه», «مدت مطالعه
# ۳ دقیقه», «۴ دقیقه مطالعه», Digikala Mag's «زمان مورد نیاز برای مطالعه: ۱۳ دقیقه», iranwire's
# «خواندن در ۱۵ دقیقه»): header
# furniture, alone on its line under the headline or run on after the date.
READING_TIME = regex.compile(
    r"^[\x20(\[]*(?:(?:(?:مدت[\x20\u200c]*)?(?:زمان[\x20\u200c]*)?(?:تقریبی[\x20\u200c]*)?"
    r"(?:مورد[\x20\u200c]*نیاز[\x20\u200c]*(?:برای[\x20\u200c]*)?)?"
    r"(?:خواندن|مطالعه)(?:[\x20\u200c]*تقریبی)?[\x20]*[:：]?[\x20]*(?:در[\x20\u200c]+)?"
    r"[0-9]{1,3}(?:[\x20]*(?:-|–|تا)[\x20]*[0-9]{1,3})?[\x20\u200c]*دقیقه)"
    r"|(?:[0-9]{1,3}[\x20\u200c]*دقیقه[\x20\u200c]*(?:زمان[\x20\u200c]*)?(?:مطالعه|خواندن)))"
    r"[\x20)\]]*$"
)

# A newspaper's volume («سال سیزدهم», «سال ۱۳») and issue number («شماره ۳۹۰۸») on an issue line.
ISSUE_VOLUME = lazy(
    rf"(?:^|[\-|,،]){_G}{vocab.ISSUE_VOLUME_WORD}{_G}(?:[0-9]{{1,3}}(?![0-9])|\p{{L}}[\p{{L}}\x20\u200c]{{1,25}}?م{_BR})",
    _FLAGS,
)
_NUMBER_WORD = rf"{_BL}(?:{words(vocab.NUMBER_WORDS)}){_BR}"
# «شماره» with its ezafe written or not: «شماره ۵۱۸۷», «شماره‌ی ۵۱۸۷», «شماره ی ۵۱۸۷» (the
# hamza of «شمارهٔ» folds to a ZWNJ, «شمارۀ» to «شماره»); «شماره یک» keeps its number word.
_ISSUE_WORD = rf"شماره(?:{_G}ی{_BR})?"
ISSUE_NUMBER = lazy(
    rf"""(?:^|[\-|,،]|(?<=نسخه)){_G}{_ISSUE_WORD}{_G}:?{_G}
    (?P<issue>[0-9]{{1,7}}(?![0-9])
      |{_NUMBER_WORD}(?:[\x20\u200c]+(?:و[\x20\u200c]+)?{_NUMBER_WORD})*)""",
    _FLAGS,
)

# «شماره» and a number of one or two digits, nothing else on the line (no colon): an issue's
# number printed over an article (a magazine's «شماره 4»).
_LONE_ISSUE = regex.compile(rf"[\x20\u200c]*{_ISSUE_WORD}[\x20\u200c]+[0-9]{{1,2}}[\x20\u200c]*")

# «شماره» and a number of three digits alone on its line, no colon: an issue's or an
# article's number, the page does not say which.
_LONE_SHORT_NUMBER = regex.compile(
    rf"[\x20\u200c]*{_ISSUE_WORD}[\x20\u200c]+[0-9]{{3}}[\x20\u200c]*"
)

# «شماره» and a number of one to three digits opening the line, no colon, then four words of
# letters at once (no digit, no separator): a headline or sentence about an issue («شماره 29
# مجله شهر با ویژه‌نامه بودجه منتشر شد»), never a label and its value.
_ISSUE_IN_SENTENCE = regex.compile(
    rf"[\x20\u200c]*{_ISSUE_WORD}[\x20\u200c]+[0-9]{{1,3}}(?![0-9])"
    r"(?:[\x20\u200c]+\p{L}[\p{L}\p{M}\u200c]*){4}"
)

# «شماره» and a number of one to three digits, no colon, then a separator and the line's date
# («شماره ۴۵۶ - ۱۲ اسفند ۱۴۰۲»): a paper's issue line as likely as a small site's article
# number, as alone on its line (_LONE_ISSUE, _LONE_SHORT_NUMBER): no ID read.
_SHORT_NUMBER_DATED = regex.compile(
    rf"[\x20\u200c]*{_ISSUE_WORD}[\x20\u200c]+(?P<issue>[0-9]{{1,3}})(?![0-9])[\x20\u200c]*[-|–،,][\x20\u200c]*"
)

# What names a newspaper's print page or edition on the line of its issue number («منتشر شده
# در صفحه صفحه نخست | شماره 1555», «صفحه 3 | شماره ۱۵۵۵», «روزنامه ... | شماره ...», «نسخه
# چاپی | شماره ...»): the number beside it is the paper's issue, never the item's (real41 #7).
_PRINT_PAGE = lazy(
    rf"""{_BL}(?:در{_G}صفحه{_BR}|صفحه{_G}:?{_G}[0-9]{{1,3}}(?![0-9])|روزنامه{_BR}
    |نسخه{_G}(?:ی{_G})?چاپی{_BR})""",
    _FLAGS,
)
# At most this many words on a print-page line: a line of a paragraph is running text.
_PRINT_PAGE_MAX_WORDS = 16
# «شماره» and a number alone on its line, no colon (a cell of a print block's table row, whose
# cells text extraction puts on lines of their own): the paper's issue when a print-page cell
# stands on the line right before or after it (:func:`print_page_cell`), as on one line.
LONE_NUMBER_CELL = regex.compile(
    rf"[\x20\u200c]*{_ISSUE_WORD}[\x20\u200c]+[0-9]{{1,7}}[\x20\u200c]*"
)
# At most this many words in a print-page cell («روزنامه شهر ما», «صفحه ۵»).
_PRINT_CELL_MAX_WORDS = 6


def print_page_cell(norm: str) -> bool:
    """Whether a line is one cell of a newspaper's print block: a few words naming the paper
    («روزنامه شهر ما»), its page («صفحه ۵», «در صفحه اول») or its print edition («نسخه
    چاپی»), no «شماره» of its own and no postal address."""
    return (
        "شماره" not in norm
        and len(norm.split()) <= _PRINT_CELL_MAX_WORDS
        and _PRINT_PAGE.search(norm) is not None
        and _ADDRESS_WORD.search(norm) is None
    )


# A word of a postal address («نشانی», «آدرس», «خیابان», «کوچه», «پلاک», «بلوار»): a «شماره N»
# after it is a building's number, never an issue.
_ADDRESS_WORD = lazy(rf"{_BL}(?:{words(vocab.ADDRESS_WORDS)}){_BR}", _FLAGS)

# «شماره» and a number, then a month's name and a year with no day: a magazine's or a paper's
# issue and its month («ماهنامه ... شماره 174 ارديبهشت ماه 1399»), never the article's number
# (an article's ID is not dated by a month alone).
_ISSUE_MONTH = lazy(
    rf"""(?:^|[\x20\u200c\-|,،]){_G}{_ISSUE_WORD}{_G}(?P<issue>[0-9]{{1,5}})(?![0-9])[\x20\u200c,،\-]+
    (?:{words((*vocab.JALALI_MONTHS, *vocab.AFGHAN_MONTHS))})(?:{_G}ماه)?[\x20\u200c,،]*
    [0-9]{{4}}(?![0-9])""",
    _FLAGS,
)

# A source after a dash at the end of a date line: «... ۰۹:۱۵ — ایرنا».
SOURCE_SUFFIX = lazy(
    rf"{_G}-{_G}(?P<source>\p{{L}}[\p{{L}}\p{{M}}\x20\u200c.]{{0,40}}?)[\x20\u200c]*$", _FLAGS
)


# «بوقت تهران», «(به وقت ایران)» after a time: Tehran time, as the grammar reads it.
ZONE_NOTE = lazy(
    rf"[\x20\u200c]*\(?(?:به|ب)?{_G}وقت{_G}(?:{words(vocab.ZONE_NOTE_PLACES)}){_BR}\)?[\x20\u200c]*$",
    _FLAGS,
)


_LABEL_FIELD: dict[str, FieldName] = {
    squeeze(label): field for field, labels in vocab.LABELS.items() for label in labels
}


def _starts(entries: Iterable[str]) -> frozenset[str]:
    """The first two characters an entry of :func:`patterns.words` can match, lower-cased.

    A space inside an entry matches a run of spaces or ZWNJs, or nothing, so an entry
    whose first word is one letter can continue with a space, a ZWNJ or the next word.
    """
    starts = set()
    for entry in entries:
        first, *rest = entry.lower().split(" ")
        if len(first) >= 2:
            starts.add(first[:2])
        else:
            starts.update({first + " ", first + "\u200c", first + (rest[0][:1] if rest else "")})
    return frozenset(starts)


# Where a label, a page-chrome line or a "today" line can start: their first two characters.
# The big patterns run only where these stand, so a title or a paragraph costs a set lookup.
_LABEL_STARTS = _starts(label for labels in vocab.LABELS.values() for label in labels)
_UI_STARTS = _starts((*vocab.UI_WORDS, "لینک", "پیوند", "permalink", "http"))
_SHOP_STARTS = _starts(vocab.SHOP_ACTION_WORDS)
_TODAY_INITIALS = frozenset(w[0] for w in vocab.TODAY_WORDS)
_TODAY_STARTS = _starts(vocab.TODAY_WORDS)
# A list item's bullet before a counter, a dash or a dot and a space.
_BULLETS = frozenset(("- ", "\u2013 ", "\u2022 ", "\u00b7 ", "* "))
_COUNTER_STARTS = _starts((*vocab.COUNTER_WORDS, *vocab.VIEW_COUNTER_LABELS))
_ARROWS = ">»›<«‹"
# A lunar Hijri date holds a Hijri month or an Arabic weekday (all of which start with «ال»).
_HIJRI_HINTS = ("ال", *sorted({month.split()[0] for month in vocab.HIJRI_MONTHS}))
# A widget line holds one of these words (the first word of each widget entry).
_WIDGET_HINTS = tuple({word.split()[0] for word in vocab.WIDGET_WORDS})
# «) تاریخ ...»: a bracket closed before it; «[ شناسه خبر : N ]»: a label line in square
# brackets (mojerasa.ir, real58 #14; fix190)
_LABEL_LEAD = frozenset(" \u200c•·●▪■◾►▶*()-[")
_NEED_COLON = frozenset(squeeze(word) for word in vocab.LABELS_NEED_COLON)
_TRIM = " \u200c|•·●▪■◾►▶*-،,:;"
# A token made only of these is no word (a separator or a bracket standing alone).
_TRIM_WORD = _TRIM + "()[]"
# Inside a value, these end it: what follows is another segment of the line.
_SEGMENT_BREAK = regex.compile(r"[|•·]|\x20{3,}")
_HAS_DIGIT = re.compile(r"[0-9]")
# A time glued to the digits of the next token («08:202023-11-07»).
_GLUED_TIME = re.compile("(?:ساعت[ \u200c:]*)?[0-9]{1,2}:[0-9]{2}(?=[0-9])")
# A time right after a segment break: it belongs to the date before the break («| 1:2 صبح»
# too). So does a clock that is none («| 1:2»): the date is then refused, not read without it.
_TIME_AFTER_BREAK = lazy(
    rf"""[\x20\u200c]*(?:{TIME_TEXT}(?![0-9:])
      |(?:ساعت[\x20\u200c:]*)?[0-9]{{1,3}}:[0-9]{{1,3}}(?::[0-9]{{0,3}})?(?![0-9]))""",
    regex.VERBOSE | regex.VERSION0,
)
# Characters that set a date off from other words on a "mixed" line.
_SEPARATORS = frozenset("|•·-/،,")
# A longer line is a paragraph, never a header line: it is not searched.
MAX_HEADER_LINE = 1000
# A "mixed" line has at most this many words beside its date.
MIXED_MAX_WORDS = 6
# ... and at most this many before it when nothing sets them off from the date.
COMPANY_MAX_WORDS = 4


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past spaces and separators at both ends."""
    while start < end and norm[start] in _TRIM:
        start += 1
    while end > start and norm[end - 1] in _TRIM:
        end -= 1
    return start, end


def _has_any(norm: str, chars: str) -> bool:
    """Whether ``norm`` holds one of ``chars`` (one substring search each: cheaper than a regex)."""
    return any(map(norm.__contains__, chars))


def _label_positions(norm: str) -> list[int]:
    """Where a label may start: the line start (or after an icon's name), after | • ·, after a
    run of two or more spaces."""
    positions = [0]
    if "a" <= norm[:1] <= "z":
        icon = _ICON_PREFIX.match(norm)
        if icon is not None:
            positions.append(icon.end())
    for sep in "|•·":
        at = norm.find(sep)
        while at >= 0:
            positions.append(at + 1)
            at = norm.find(sep, at + 1)
    at = norm.find("  ")
    while at >= 0:
        end = at + 2
        while end < len(norm) and norm[end] == " ":
            end += 1
        positions.append(end)
        at = norm.find("  ", end)
    # A run of hyphens set off by spaces between two fields: «تاریخ خبر : ۱۳۹۵/۱۲/۰۲ --- کد
    # خبر ۴۵» (sabanet1524.com's news page, tests/pages 1467); one spaced hyphen is a date's or
    # a name's own dash as often, and is no field's break.
    at = norm.find(" --")
    while at >= 0:
        end = at + 3
        while end < len(norm) and norm[end] == "-":
            end += 1
        if end < len(norm) and norm[end] == " ":
            positions.append(end)
        at = norm.find(" --", end)
    # A slash set off by spaces between fields: «سیاست / شناسه خبر: 86825 / تاریخ انتشار :
    # 1401/2/27 09:04» (a section, then labelled fields, on a provincial news site's header,
    # booshehriha.ir, real51's #3). A spaced slash also joins a headline's two halves, so a
    # label after one counts only with its colon (:func:`_label_matches`).
    at = norm.find(" / ")
    while at >= 0:
        positions.append(at + 2)
        at = norm.find(" / ", at + 2)
    if len(positions) > 2:
        positions.sort()
    return positions


# A time opening its line with its own label («ساعت خبر: 08:51», «ساعت: ۰۹:۱۴», «زمان انتشار:
# ۱۰:۲۰»), then a separator: a date's label may start after it (:func:`_date_label_after_time`).
TIME_BEFORE_LABEL = lazy(
    rf"(?=ساعت|زمان){TIME_TEXT}(?![0-9:])[\x20\u200c]*+(?:[\-\u2013\u2014|،,/][\x20\u200c]*+)?",
    _FLAGS,
)

# The words a time's label opens with (:data:`TIME_BEFORE_LABEL`; ``_candidates``' empty time
# label on its line).
_TIME_LABEL_WORDS = ("ساعت", "زمان")


def may_open_time_label(norm: str) -> bool:
    """Whether ``norm`` may open with a time's label («ساعت خبر: 08:51 - تاریخ خبر: ...»,
    «ساعت خبر:» alone): its first word after spaces and non-joiners starts with «ساعت» or
    «زمان», a ``startswith`` in C before :data:`TIME_BEFORE_LABEL`'s and
    ``_candidates._EMPTY_TIME_LABEL``'s patterns (speed39; «time label opening» in
    ``testing.PREFILTERS``). A header's «سه شنبه 1402/06/28 ساعت 16:42» fails it."""
    return norm.lstrip("\x20\u200c").startswith(_TIME_LABEL_WORDS)


# A time's lead inside a header block, before :data:`TIME_LINE` on a time's own line: a
# bullet («  • ساعت : ۰۸:۲۹», a portal's meta list printed one field a bullet) and the
# English label «time :» with its colon («  • time : 08:29» over «  • Date : Sat Jul 27,
# 2024», an English-interface DouranPortal item, shahrdariqods.ir, real53 #8; fix163).
_TIME_LEAD = regex.compile(
    r"(?:[•·●▪■◾►▶*\-\u2013][\x20\u200c]*+)?(?:(?i:time)[\x20\u200c]*+:[\x20\u200c]*+)?"
)
# The characters such a lead opens with (a ``str`` test before the pattern).
_TIME_LEAD_FIRST = frozenset("•·●▪■◾►▶*-\u2013tT")


def time_alone(norm: str) -> regex.Match[str] | None:
    """The :data:`TIME_LINE` match of a line that holds a time and nothing else: «ساعت :
    ۱۶:۴۲», «۰۸:۲۹», or with a bullet and the English label before it («• ساعت : ۰۸:۲۹», «•
    time : 08:29», «time: 08:29»; :data:`_TIME_LEAD`); None for any other line."""
    if ":" not in norm:
        return None
    match = TIME_LINE.fullmatch(norm)
    if match is None and norm[:1] in _TIME_LEAD_FIRST:
        lead = _TIME_LEAD.match(norm)
        if lead is not None and lead.end() > 0:
            match = TIME_LINE.fullmatch(norm, lead.end())
    return match


def bullet_of(norm: str) -> str:
    """The bullet mark opening ``norm`` («•» of «• تاریخ : ...»), or ``""``: lines of one
    meta list share it."""
    head = norm.lstrip("\x20\u200c")[:1]
    return head if head and head in _BULLET_MARKS else ""


_BULLET_MARKS = frozenset("•·●▪■◾►▶*-\u2013")


class Label(NamedTuple):
    """A label found on a line and the extent of its value (offsets into the line).

    Attributes:
        field: The field the label means (see :data:`vocab.LABELS`).
        span: The label itself.
        value: The value's extent, trimmed; empty when nothing follows.
        colon: Whether a colon followed the label.
    """

    field: FieldName
    span: tuple[int, int]
    value: tuple[int, int]
    colon: bool


LineKind = Literal["control", "widget", "counter", "issue", "labels", "date", "mixed", "text"]


class LineInfo(NamedTuple):
    """What one line is (offsets are into the line's normalised text).

    Attributes:
        kind: ``control``, ``widget``, ``counter``, ``issue``, ``labels``, ``date``,
            ``mixed`` or ``text``.
        reason: For ``widget``: which widget.
        labels: For ``labels``: the pairs on the line.
        dates: For ``labels``, ``date`` and ``issue``: where unlabelled dates start,
            as (start, end) of the segment to read them from.
        source: For ``date``: a source credited after a dash, or None.
        issue: For ``issue``: the issue number's extent, or None.
        date: The first date match on the line, if any (so it is not searched again).
    """

    kind: LineKind
    reason: IgnoredReason | None = None
    labels: tuple[Label, ...] = ()
    dates: tuple[tuple[int, int], ...] = ()
    source: tuple[int, int] | None = None
    issue: tuple[int, int] | None = None
    date: regex.Match[str] | None = None


def _value_fits(field: str, norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` has the shape of a value of ``field`` (for colon-less labels)."""
    if field in ("number", "views"):
        match = ID_VALUE.match(norm, start, end)
        return match is not None and _trim(norm, match.end(), end)[0] == end
    if field in DATE_FIELDS:
        # A day, a month's name and a two-digit year, nothing else, is a date's value too
        # («ارسال شده در ۱۲ مهر ۸۵», fix216; read by _reading._read_short_dateline, warned).
        return (
            DATETIME.match(norm, start, end) is not None
            or SHORT_DATELINE_DATE.fullmatch(norm, start, end) is not None
        )
    return False


def _id_alone(norm: str, start: int) -> bool:
    """Whether the rest of the line from ``start`` is one article ID with a letter or 5+ digits.

    «کد N4821907» and «کد 343947» are IDs after a colon-less «کد»; «کد 2» is not.
    """
    match = ID_VALUE.match(norm, start)
    if match is None or _trim(norm, match.end(), len(norm))[0] != len(norm):
        return False
    value = match.group("id")
    return not value[0].isdigit() or sum(ch.isdigit() for ch in value) >= _ID_MIN_DIGITS


# A colon-less «کد» takes an all-digit ID of at least this many digits.
_ID_MIN_DIGITS = 5


def _date_at(norm: str, start: int) -> bool:
    """Whether a numeric date (digits and slashes) starts at ``start``: «1399/12/05»."""
    return _NUMERIC_DATE.match(norm, start) is not None


def _any_date_at(norm: str, start: int) -> bool:
    """Whether a date in any of the grammar's forms starts at ``start``, past spaces and
    non-joiners: «۱۸ دی ۱۴۰۲», «1402/10/18» (an update label printed without its colon, fix253:
    a line opening «آخرین ویرایش» or «به روز شده» with a date at once is the page's last edit,
    as with the colon; a sentence goes on in words: «به روز شده است»)."""
    while start < len(norm) and norm[start] in " \u200c":
        start += 1
    date = search(norm, start, min(len(norm), start + _DATE_SPAN))
    return date is not None and date.start() == start


# The most characters a date after its label spans (a weekday, day, month, year and time).
_DATE_SPAN = 80
# A numeric Jalali date with a four-digit year first: the shape a colon-less date word takes.
_NUMERIC_DATE = re.compile("1[34][0-9]{2}[/\\-][0-9]{1,2}[/\\-][0-9]{1,2}(?![0-9])")


def _label_key(text: str) -> str:
    """The :data:`_LABEL_FIELD` key of a label as printed (memoised: a site prints a few)."""
    key = _LABEL_KEYS.get(text)
    if key is None:
        key = squeeze(text)
        if len(_LABEL_KEYS) < _MEMO_SIZE:
            _LABEL_KEYS[text] = key
    return key


_LABEL_KEYS: dict[str, str] = {}
# A value that is only an opening bracket: a box printed its value on a line of its own.
_OPEN_BRACKETS = frozenset("([")
_MEMO_SIZE = 4096


def _label_may_start(norm: str, pos: int, size: int) -> bool:
    """Whether a label's first two letters stand at ``pos``, after an optional bullet."""
    first = pos
    while first < size and norm[first] in _LABEL_LEAD:
        first += 1
    if norm.startswith("::", first) and first == len(norm) - len(norm.lstrip(" \u200c")):
        first += 2  # a field framed by double colons at the line start (see LABEL)
        while first < size and norm[first] in " \u200c":
            first += 1
    return norm[first : first + 2].lower() in _LABEL_STARTS


def _colon_after_letter(norm: str, pos: int) -> bool:
    """Whether a colon at or after ``pos`` has a letter before it, spaces and ZWNJs
    skipped: where :data:`LABEL_MID` may find a label (every label ends with a letter, or
    with a letter and a closing bracket: «نویسنده(ها)», and only spaces and ZWNJs stand
    between it and its colon). A time's colon («۱۶:۴۲») has a digit before it: a line whose
    colons are all such is not searched."""
    at = norm.find(":", pos)
    while at >= 0:
        before = at - 1
        while before >= 0 and norm[before] in " \u200c)":
            before -= 1
        if before >= 0 and norm[before].isalpha():
            return True
        at = norm.find(":", at + 1)
    return False


# The fields one of which a line's labels after a spaced slash need beside them.
_SLASH_FIELDS = DATE_FIELDS | {"number"}


def _label_matches(norm: str) -> list[tuple[FieldName, regex.Match[str]]]:
    """Labels at label positions, then mid-line ones (with a colon) after the first of them."""
    found: list[tuple[FieldName, regex.Match[str]]] = []
    positions = _label_positions(norm)
    size = len(norm)
    slashed = 0  # how many of ``found`` stand after a spaced slash
    for pos in positions:
        # The big label pattern runs only where a label's first two letters (or a bullet) stand.
        if not _label_may_start(norm, pos, size):
            continue
        match = LABEL.match(norm, pos)
        if match is None:
            continue
        if any(m.span("label") == match.span("label") for _, m in found):
            continue  # the same label reached from the line start and after its bullet
        label, colon = match.group("label", "colon")
        after_slash = norm[pos - 2 : pos] == " /"
        if colon is None and after_slash:
            continue  # after a spaced slash only a label with its colon (_label_positions)
        key = _label_key(label)
        if (
            colon is None
            and key in _NEED_COLON
            and not _id_alone(norm, match.end())
            # «تاریخ 1399/12/05  ساعت 11:29:45»: a date right after a date word is its value
            and not (_LABEL_FIELD[key] in DATE_FIELDS and _date_at(norm, match.end()))
            # «آخرین ویرایش ۱۸ دی ۱۴۰۲»: an update label's value is a date in any form
            and not (_LABEL_FIELD[key] == "updated" and _any_date_at(norm, match.end()))
        ):
            continue
        found.append((_LABEL_FIELD[key], match))
        slashed += after_slash
    if slashed and not any(field in _SLASH_FIELDS for field, _ in found):
        # Labels after a spaced slash are fields only beside a date's or an ID's: a
        # headline's second half «رونمایی از رمان تازه / نویسنده: این کتاب را در ده سال
        # نوشتم» is a quote (attacks54), «سیاست / شناسه خبر: 86825 / تاریخ انتشار : ...»
        # a header's fields.
        found = [(field, m) for field, m in found if norm[m.start() - 2 : m.start()] != " /"]
    if not found and _colon_after_letter(norm, 0) and _HAS_DIGIT.search(norm) is not None:
        # A date first, then a label with a colon: «۱۳۹۵/۱۰/۰۸ کد مطلب: ۳۵۴۱۲», or the
        # label glued to the date's year: «جمعه 17 مرداد 1393برچسب: ...» (fix219).
        for match in LABEL_MID.finditer(norm):
            head = _trim(norm, 0, match.start())
            date = search(norm, 0, head[1]) if head[0] < head[1] else None
            if date is not None and date.start() == head[0] and date.end() >= head[1]:
                found.append((_LABEL_FIELD[_label_key(match.group("label"))], match))
            break
        glued = LABEL_AFTER_DATE.search(norm) if not found else None
        if glued is not None:
            date = search(norm, 0, glued.start())
            head = _trim(norm, 0, glued.start())
            if date is not None and date.start() == head[0] and date.end() == glued.start():
                found.append((_LABEL_FIELD[_label_key(glued.group("label"))], glued))
    if (
        not found
        and (norm[:1].isdigit() or norm.startswith("http"))
        and ":" in norm
        and _may_hold_id_label(norm)
    ):
        # An agency's header flattened onto one line (fix150): «https://mehrnews.com/x35tGq
        # ۳۰ تیر ۱۴۰۳، ۱۲:۴۲ کد خبر 6171091 استانها همدان ...» (a time's colon and an ID
        # label's first word tested in C before the date's pattern runs).
        flat = _id_label_after_datetime(norm)
        if flat is not None:
            found.append(("number", flat))
    if not found and _colon_after_letter(norm, 0) and _HAS_DIGIT.search(norm) is not None:
        # A date label glued to the word before it, a date right after its colon.
        glued = _glued_date_label(norm, 0, word=False)
        if glued is not None:
            found.append((_LABEL_FIELD[_label_key(glued.group("label"))], glued))
    if (
        not found
        and _may_hold_crumb(norm)
        and _CRUMB_MARK.search(norm) is not None
        and _HAS_DIGIT.search(norm) is not None
    ):
        crumb = _date_label_after_crumb(norm)
        if crumb is not None:
            found.append((_LABEL_FIELD[_label_key(crumb.group("label"))], crumb))
    if not found and may_open_time_label(norm):
        after_time = _date_label_after_time(norm)
        if after_time is not None:
            found.append((_LABEL_FIELD[_label_key(after_time.group("label"))], after_time))
    if norm.startswith(POST_ICON_ALT) and all(field not in DATE_FIELDS for field, _ in found):
        posted = POST_ICON_LABEL.match(norm)
        if posted is not None and DATETIME.match(norm, posted.end()) is not None:
            # «پستتاریخ: DATE    عنوان: TOPIC»: a forum post's date label after its icon's alt.
            found.insert(0, (_LABEL_FIELD[_label_key(posted.group("label"))], posted))
    if not found or not _colon_after_letter(norm, found[0][1].end()):
        return found
    taken = [m.span() for _, m in found]
    for match in LABEL_MID.finditer(norm, found[0][1].end()):
        if not any(a < match.end() and match.start() < b for a, b in taken):
            found.append((_LABEL_FIELD[_label_key(match.group("label"))], match))
    authors = [m.end() for field, m in found if field == "author"]
    if authors and all(field not in DATE_FIELDS for field, _ in found) and _HAS_DIGIT.search(norm):
        # An author's name and a date label run together after the author's label.
        glued = _glued_date_label(norm, authors[0], word=True)
        if glued is not None and not any(a < glued.end() and glued.start() < b for a, b in taken):
            found.append((_LABEL_FIELD[_label_key(glued.group("label"))], glued))
    if len(found) > 1:
        found.sort(key=lambda pair: pair[1].start())
    return found


# A breadcrumb's spaced arrow or slash (:func:`_date_label_after_crumb`).
_CRUMB_MARK = re.compile(" [»/›>] ")


def _may_hold_crumb(norm: str) -> bool:
    """Whether ``norm`` may hold :data:`_CRUMB_MARK`: a spaced slash, or an arrow («»», «›»,
    «>»), four ``in`` tests in C before the pattern's search (speed39; «crumb mark» in
    ``testing.PREFILTERS``). A header's «سه شنبه 1402/06/28 ساعت 16:42» and a number alone
    fail it."""
    return " / " in norm or "»" in norm or "›" in norm or ">" in norm


# The most words a breadcrumb's last step (a section's name) may have before a date label
# run on after it.
_CRUMB_STEP_MAX_WORDS = 4


def _date_label_after_crumb(norm: str) -> regex.Match[str] | None:
    """A date label with a colon run on after a breadcrumb's last step, a full date right
    after its colon: «پرینت خانه » اخبار استانها تاریخ انتشار : 9 ژانویه 2025 - 7:05 | 27
    بازدید» (a WordPress theme's one meta row whose break between the trail and the label
    text extraction lost; hemayatonline.ir, tests/pages 1680). The step between the spaced
    arrow and the label is a section's name: a few words, a number only as a word of the
    name («اخبار ۲۴ ساعت», «شماره ۸۴۲»: :func:`_numbered_step`)."""
    if " » " in norm:
        arrow = norm.rfind(" » ") + 3
    else:
        # A slashed trail («خانه / اخبار استان تاریخ انتشار: ...»): the last spaced slash
        # before the first label, no digit before it (a trail's steps are names). A trail
        # parted by «›» or «>» («[خانه](/) › [دانشگاه](/fa/uni) › اخبار تاریخ انتشار:
        # ...», a Markdown twin's links) has two of them at least: one is a mark in prose.
        first = LABEL_MID.search(norm)
        if first is None or _HAS_DIGIT.search(norm, 0, first.start()) is not None:
            return None
        arrow = -1
        for mark, least in ((" / ", 1), (" › ", 2), (" > ", 2)):
            if norm.count(mark, 0, first.start()) >= least:
                arrow = norm.rfind(mark, 0, first.start()) + 3
                break
        if arrow < 3:
            return None
    for match in LABEL_MID.finditer(norm, arrow):
        step = norm[arrow : match.start()]
        if (
            _LABEL_FIELD[_label_key(match.group("label"))] in DATE_FIELDS
            and len(step.split()) <= _CRUMB_STEP_MAX_WORDS
            and (_HAS_DIGIT.search(step) is None or _numbered_step(step))
            and DATETIME.match(norm, match.end()) is not None
        ):
            return match
        return None
    return None


def _date_label_after_time(norm: str) -> regex.Match[str] | None:
    """A date label with a colon right after a time with its own label that opens the line,
    a full date right after the colon: «ساعت خبر: 08:51 - تاریخ خبر: 12 مهر 1395» (the pair
    printed in the other order than «تاریخ خبر: ... - ساعت خبر: ...»; the time is joined to
    the date by :func:`jalali_meta._candidates._time_before`)."""
    timed = TIME_BEFORE_LABEL.match(norm)
    if timed is None:
        return None
    label = LABEL_MID.match(norm, timed.end())
    if (
        label is None
        or _LABEL_FIELD[_label_key(label.group("label"))] not in DATE_FIELDS
        or DATETIME.match(norm, label.end()) is None
    ):
        return None
    return label


# The ID labels of two words («کد خبر», «شماره مطلب», «شناسه خبر»): a one-word «کد» or
# «شماره» after a date is a count or an issue as often.
_TWO_WORD_ID_LABELS = any_case(label for label in vocab.LABELS["number"] if " " in label)
# A colon-less two-word ID label right after a date and its time, its ID next
# (:func:`_id_label_after_datetime`).
_ID_LABEL_AFTER_DATETIME = lazy(
    rf"[\x20\u200c]+{_BL}(?P<label>{_TWO_WORD_ID_LABELS}){_BR}(?P<colon>{_G}:)?{_G}(?=[0-9])",
    _FLAGS,
)
# A short link opening a flattened agency header («https://mehrnews.com/x35tGq »).
_LINK_HEAD = re.compile(r"https?://[!-~]{1,200}\x20+")


# The first words of :data:`_TWO_WORD_ID_LABELS` (the Latin ones lower-cased).
_ID_LABEL_HINTS = ("کد", "شماره", "شناسه")
_LATIN_ID_LABEL_HINTS = ("news", "doc")


def _may_hold_id_label(norm: str) -> bool:
    """Whether ``norm`` holds the first word of a two-word ID label (:data:`_ID_LABEL_HINTS`),
    ``in`` tests before :func:`_id_label_after_datetime`'s patterns."""
    if any(hint in norm for hint in _ID_LABEL_HINTS):
        return True
    lower = norm.lower()
    return any(hint in lower for hint in _LATIN_ID_LABEL_HINTS)


def _id_label_after_datetime(norm: str) -> regex.Match[str] | None:
    """A two-word ID label with or without its colon right after a date and its time that
    open the line (after the item's short link, if one stands first), an ID of five digits
    or more after it: «https://mehrnews.com/x35tGq ۳۰ تیر ۱۴۰۳، ۱۲:۴۲ کد خبر 6171091 استانها
    همدان ...», an agency's header (short link, date and time, code, category, kicker and
    headline) that an aggregator's scraper printed on one line (faralink.com relaying Mehr,
    tests/pages 1827). The date needs its time and the label two words: «۳ بهمن ۱۴۰۱ کد
    ۱۲۳۴۵» or a date and a «شماره» in a sentence are no such header."""
    start = 0
    if norm.startswith("http"):
        link = _LINK_HEAD.match(norm)
        if link is None:
            return None
        start = link.end()
    date = DATETIME.match(norm, start)
    if date is None or date.group("H") is None:
        return None
    label = _ID_LABEL_AFTER_DATETIME.match(norm, date.end())
    if label is None:
        return None
    value = ID_VALUE.match(norm, label.end())
    if value is None or sum(ch.isdigit() for ch in value.group("id")) < _ID_MIN_DIGITS:
        return None
    return label


def _numbered_step(step: str) -> bool:
    """Whether a breadcrumb step with a digit is a section's name with a number in it
    («اخبار ۲۴ ساعت», «شماره ۸۴۲»): no date, clock or colon in it (a date or a time there
    is another item's, the label's date then no longer the page's alone)."""
    return ":" not in step and "/" not in step and search(step) is None


def _glued_date_label(norm: str, pos: int, *, word: bool) -> regex.Match[str] | None:
    """The first date label from ``pos`` glued to the word before it (:data:`LABEL_GLUED`)
    with a full date right after its colon; with ``word`` (after an author's label: the
    author's name ends there) a one-word label too (:data:`LABEL_GLUED_WORD`), only when
    that date (and its time) ends the line."""
    glued = LABEL_GLUED.search(norm, pos)
    if glued is not None and DATETIME.match(norm, glued.end()) is not None:
        return glued
    one = LABEL_GLUED_WORD.search(norm, pos) if word else None
    if one is None or (date := DATETIME.match(norm, one.end())) is None:
        return None
    return one if _trim(norm, date.end(), len(norm))[0] == len(norm) else None


def _labels(norm: str) -> list[Label]:
    found = _label_matches(norm)
    labels: list[Label] = []
    for index, (field, match) in enumerate(found):
        limit = found[index + 1][1].start() if index + 1 < len(found) else len(norm)
        start = match.end()
        if field != "tags" and start < limit:
            # A value ends at the next segment break; tags keep their | separators, and a
            # date keeps the time printed after a pipe («۱۰ اردیبهشت ۱۳۹۷|۱۲:۱۰»).
            brk = _SEGMENT_BREAK.search(norm, start, limit)
            if brk is not None and field in DATE_FIELDS:
                time = _TIME_AFTER_BREAK.match(norm, brk.end(), limit)
                until = time.end() if time is not None else None
                if until is None and norm[brk.start()] == " ":
                    # A time first, then the date after a run of spaces: «زمان انتشار:
                    # ۱۹:۵۰     ۱۱ اسفند ۱۳۹۳» is one value, as the grammar reads it; so is
                    # a date and its twin in the other calendar printed apart by spaces
                    # («به روز شده در   جمعه 16 آذر 1403   -   Friday December 6 2024»).
                    until = _time_then_date(norm, start, brk, limit) or _twin_after_run(
                        norm, start, brk, limit
                    )
                if until is not None:
                    brk = _SEGMENT_BREAK.search(norm, until, limit)
            if brk is not None:
                limit = brk.start()
        if field in _NAME_FIELDS and start < limit:
            limit = _name_before_date(norm, start, limit)
        start, end = _trim(norm, start, limit)
        if norm[start:end] in _OPEN_BRACKETS:
            start = end  # «تاریخ ثبت: (» / DATE / «)»: the value is on the next line
        if field == "number":
            # An ID is one token: what follows it on the line is another segment.
            # A bare digit group after it that starts no date is no other segment:
            # «12 345» is one number printed with a space, not the ID 12, so the whole
            # value is refused; so is «۱۲۳۴ - ۵۶۷۸» (a dash and a second number: which one
            # is the ID?); «۷۷۸۸۱ ۳ بهمن ۱۴۰۱» is an ID and a date.
            token = ID_VALUE.match(norm, start, end)
            if (
                token is not None
                and token.end() < end
                and token.end() - token.start() >= _GLUED_ID_MIN_CHARS
                and _GLUED_WORD.match(norm, token.end())
                and _another_segment(norm, token.end(), end)
            ):
                # An ID glued to the next segment by text extraction: «کد خبر: 461صفحه نخست »
                # ... ۲۸ اردیبهشت ۱۳۹۳»: the ID ends at the first letter.
                end = token.end()
            elif token is not None and token.end() < end and norm[token.end()] == " ":
                rest = norm[token.end() : end]
                after = end - len(rest.lstrip(" "))
                if rest.lstrip(" ")[:1] in _ID_JOINERS:
                    rest = rest.lstrip(" ")[1:]
                    after = end - len(rest.lstrip(" "))
                first = rest.split(maxsplit=1)[:1]
                if (
                    not (first and first[0].isdigit())
                    or DATETIME.match(norm, after, end) is not None
                ):
                    end = token.end()
        colon = match.group("colon") is not None
        if not colon and start < end and not _value_fits(field, norm, start, end):
            continue
        if not colon and field == "number" and _ISSUE_IN_SENTENCE.match(norm):
            # «شماره 29 مجله شهر با ویژه‌نامه بودجه منتشر شد»: a short number with no colon
            # at a line's start, then four words of running text: a headline about an
            # issue, no label line.
            continue
        if not colon and field == "number" and _LONE_SHORT_NUMBER.fullmatch(norm):
            # «شماره 312» alone, no colon: an issue's number as likely as a small site's
            # article number (one or two digits are an issue's, _LONE_ISSUE): no ID read.
            continue
        labels.append(Label(field, match.span("label"), (start, end), colon))
    if len(labels) > 1:
        labels = _time_labels_joined(norm, labels)
    return labels


# The fields a label printed after its value may name: a value of theirs has a shape of
# its own (a date, an ID) to check, where a name or a title does not.
_LABEL_LAST_FIELDS = frozenset({"published", "updated", "number"})


def _label_last(norm: str) -> list[Label]:
    """A line printed value first and its label last, after a colon: «1397/06/17 : تاریخ
    انتشار» (a two-column table read in the other order: iransteel.net's news_view pages;
    a right-aligned row of a date's span and its label's span, «{date} : تاریخ انتشار», in
    page templates). Taken only when the text after the line's last colon is a whole date or
    ID label and everything before it is one value of that field («... به شرح زیر است: تاریخ»
    or a headline ending in a label word is no such line)."""
    colon = norm.rfind(":")
    start, end = _trim(norm, colon + 1, len(norm))
    if start >= end:
        return _date_label_colon_last(norm, colon)
    if end - start > _LABEL_LAST_MAX:
        return []
    field = _LABEL_FIELD.get(_label_key(norm[start:end]))
    if field not in _LABEL_LAST_FIELDS:
        return []
    value = _trim(norm, 0, colon)
    if value[0] >= value[1] or not _whole_value(field, norm, *value):
        return []
    return [Label(field, (start, end), value, True)]


# The longest label a line may end with (the labels of vocab.LABELS are shorter).
_LABEL_LAST_MAX = 40


def _date_label_colon_last(norm: str, colon: int) -> list[Label]:
    """A date printed first and its label last with the label's colon ending the line:
    «2018 November 07 - ۱۶:۲۰ - ۱۶ آبان ۱۳۹۷ تاریخ انتشار:» (a row «LABEL: VALUE» of a
    right-to-left template whose two spans the text extraction put in the other order;
    pedal-news.com, tests/pages 1620). Taken only when the last few words before the colon
    are a whole date label and everything before them is one date, its twin in the other
    calendar after it or not: a sentence ending in a label word and a colon is no such line."""
    if _HAS_DIGIT.search(norm, 0, colon) is None:
        return []
    stop = _trim(norm, 0, colon)[1]
    starts = [m.start() for m in _WORD.finditer(norm, 0, stop)][-_LABEL_LAST_WORDS:]
    for start in starts:
        field = _LABEL_FIELD.get(_label_key(norm[start:stop]))
        if field not in DATE_FIELDS:
            continue
        value = _trim(norm, 0, start)
        if value[0] < value[1] and _date_and_twin(norm, *value):
            return [Label(field, (start, stop), value, True)]
        return []
    return []


def _label_last_bare(norm: str) -> list[Label]:
    """A line printed value first and its label last with no colon at all, as a theme whose
    meta list prints each value's span before its label's span gives it to a text extraction
    (shirgahkhabar.ir, tests/pages 2372): «بهمن ۱۸, ۱۴۰۲ تاریخ انتشار» (a date, then a date
    label), «10114کد مطلب» (an ID glued to its label). Taken only when the line's last words
    are a whole date or ID label of two words or more (a one-word «تاریخ» or «کد» ends many
    a phrase) and everything before them is one date (its twin after it or not) or one ID:
    a sentence or a headline ending in a label's words is no such line."""
    start, end = _trim(norm, 0, len(norm))
    if end > start and not _may_end_label(norm[end - 1]):
        return []
    glued = _GLUED_ID_LABEL.fullmatch(norm, start, end)
    if glued is not None:
        start = glued.start("label")
        field = _LABEL_FIELD.get(_label_key(norm[start:end]))
        if field == "number" and _value_fits(field, norm, *_trim(norm, 0, start)):
            return [Label(field, (start, end), _trim(norm, 0, start), False)]
        return []
    starts = [m.start() for m in _WORD.finditer(norm, 0, end)][-_LABEL_LAST_WORDS:-1]
    for start in starts:
        field = _LABEL_FIELD.get(_label_key(norm[start:end]))
        value = _trim(norm, 0, start)
        if field == "number":  # an ID, a space before its label: «33190 کد مطلب»
            if value[0] < value[1] and _value_fits(field, norm, *value):
                return [Label(field, (start, end), value, False)]
            return []
        if field not in DATE_FIELDS:
            continue
        if value[0] < value[1] and _date_and_twin(norm, *value):
            return [Label(field, (start, end), value, False)]
        return []
    return []


def _may_end_label(char: str) -> bool:
    """A necessary test for :func:`_label_last_bare` (speed50), given the last character of
    the trimmed line: every line it takes ends in an ID or date label's key, so that
    character, folded as the keys are (:func:`squeeze`), is some such key's last letter. A
    character the fold drops (a ZWNJ) is let through."""
    if char in _LABEL_LAST_LETTERS:
        return True
    key = squeeze(char)
    return not key or key[-1] in _LABEL_LAST_LETTERS


# The last letters of the ID and date labels' keys (:func:`_may_end_label`).
_LABEL_LAST_LETTERS = frozenset(
    key[-1] for key, field in _LABEL_FIELD.items() if field == "number" or field in DATE_FIELDS
)


# An ID glued to the label after it: digits, then two or more words with no digit.
_GLUED_ID_LABEL = regex.compile(r"[0-9]+(?P<label>[^\s0-9:]+(?:\x20[^\s0-9:]+)+)")


# The most words of a date label printed last («تاریخ و زمان انتشار»).
_LABEL_LAST_WORDS = 4
_WORD = regex.compile(r"[^\x20]+")


def _date_and_twin(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` is one date, or one date and its twin in the other
    calendar right after it, and nothing else."""
    match = DATETIME.match(norm, start, end)
    if match is None:
        return False
    if _trim(norm, match.end(), end)[0] == end:
        return True
    twin = twin_after(norm, match.end(), end)
    return twin is not None and _trim(norm, twin.end(), end)[0] == end


def _whole_value(field: FieldName, norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` is one value of ``field`` and nothing else."""
    if field == "number":
        return _value_fits(field, norm, start, end)
    match = DATETIME.match(norm, start, end)
    return match is not None and _trim(norm, match.end(), end)[0] == end


# Fields whose value is a name: a date printed after it, set off by a spaced dash or a
# spaced semicolon, is the post's date, not part of the name.
_NAME_FIELDS = frozenset({"author", "source"})
_NAME_DATE_DASH = re.compile(r"\x20[-–—;؛]\x20")
# The same separator right after the label with no name before it: the name printed empty
# (PersianBlog's «نویسنده : ; ساعت ۹:۴۰ ب.ظ روز ۱۳۸۹/۵/۲۴», a post whose writer field was
# left blank; fix236): the date after it is the post's, not the name.
_EMPTY_NAME_DATE = re.compile(r"\x20*[;؛]\x20")


def _name_before_date(norm: str, start: int, limit: int) -> int:
    """Where a name's value ends: before « - DATE» when a date follows its spaced dash and
    runs to the value's end (PersianBlog's «نویسنده: محسن صابری - ۱۳۸۹/۱۰/۳»), else ``limit``.
    A spaced semicolon parts them the same (PersianBlog's other post footer, «نویسنده : سارا ;
    ساعت ۱٢:٥٠ ق.ظ روز شنبه ٥ بهمن ۱۳۸٧», real63 #28), also with the name printed empty
    («نویسنده : ; ساعت ...»: :data:`_EMPTY_NAME_DATE`). A separator with words after the
    date («- ۱۳۸۹/۱۰/۳ در تهران») ends nothing."""
    dash = _EMPTY_NAME_DATE.match(norm, start, limit) or _NAME_DATE_DASH.search(norm, start, limit)
    if dash is None or not _HAS_DIGIT.search(norm, dash.end(), limit):
        return limit
    date = search(norm, dash.end(), limit)
    if date is None or date.start() != dash.end() or norm[date.end() : limit].strip():
        return limit
    return dash.start()


def _time_labels_joined(norm: str, labels: list[Label]) -> list[Label]:
    """A date label's value taken on through a time label's value right after it.

    «تاریخ انتشار : 1401/04/07 - ساعت انتشار: ١٢:٢١»: «انتشار» (or «زمان») met again after
    the date is the label of the date's own time, not a second published date; the value is
    the date with its time when the grammar reads the two as one (a date label's time-only
    value elsewhere on the line stays a value of its own).
    """
    joined = [labels[0]]
    for label in labels[1:]:
        before = joined[-1]
        start, end = label.value
        time = (
            TIME_LINE.match(norm, start, end)
            if label.field in DATE_FIELDS
            and before.field in DATE_FIELDS
            and before.value[0] < before.value[1]
            else None
        )
        if time is not None and time.start() == start:
            read = DATETIME.match(norm, before.value[0], time.end())
            if read is not None and read.end() == time.end():
                joined[-1] = before._replace(value=(before.value[0], time.end()))
                continue
        joined.append(label)
    return joined


def _time_then_date(norm: str, start: int, brk: regex.Match[str], limit: int) -> int | None:
    """Where a value that starts with a time alone before the space run ``brk`` ends, if the
    date after the run belongs to it; else None."""
    head = _trim(norm, start, brk.start())
    if head[0] == head[1] or TIME_LINE.fullmatch(norm, *head) is None:
        return None
    date = DATETIME.match(norm, head[0], limit)
    return date.end() if date is not None and date.end() > brk.end() else None


def _twin_after_run(norm: str, start: int, brk: regex.Match[str], limit: int) -> int | None:
    """Where a date value before the space run ``brk`` ends with its twin in the other
    calendar after the run, if one follows; else None."""
    head = _trim(norm, start, brk.start())
    if head[0] == head[1]:
        return None
    date = DATETIME.match(norm, head[0], head[1])
    if date is None or date.end() != head[1]:
        return None
    twin = twin_after(norm, date.end(), limit)
    return twin.end() if twin is not None and twin.end() > brk.end() else None


# An Arabic-script letter right after an ID's digits: the next word, glued to it. A glued
# number this short («۱در صدر ...») is more likely a broken line than an ID: it stays refused.
_GLUED_ID_MIN_CHARS = 3
_GLUED_WORD = regex.compile(r"[\p{Arabic}&&\p{L}]", regex.VERSION1)


def _another_segment(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` is a segment of its own: breadcrumbs or a date.

    Text glued after an ID that is neither («۷۷۸۸د ریا») is a broken value, not two segments.
    """
    return _has_any(norm[start:end], _ARROWS) or search(norm, start, end) is not None


# Between an ID and a second number that makes the value doubtful: «۱۲۳۴ - ۵۶۷۸».
_ID_JOINERS = frozenset("-/")


def _uncovered(norm: str, labels: list[Label]) -> list[tuple[int, int]]:
    """The parts of a label line outside its labels and values."""
    segments: list[tuple[int, int]] = []
    pos = 0
    for label in labels:
        first = min(label.span[0], label.value[0])  # a value printed before its label
        if first > pos:
            segments.append((pos, first))
        pos = max(label.value[1], label.span[1])
    segments.append((pos, len(norm)))
    return [seg for seg in segments if _trim(norm, *seg)[0] < _trim(norm, *seg)[1]]


def _words(norm: str, start: int, end: int) -> int:
    """Words in ``norm[start:end]``, separators and brackets standing alone («|», «-», «(»)
    not counted: «( کابل ټيليګراف (سلواغې ۲۷– ۱۴۰۳ لمريزکال )» has two words beside its date."""
    return sum(1 for token in norm[start:end].split() if token.strip(_TRIM_WORD))


def _words_without_buttons(norm: str, start: int, end: int) -> int:
    """Words in ``norm[start:end]`` besides button labels (:data:`vocab.UI_WORDS`)."""
    return _words(_BUTTON.sub(" ", norm[start:end]), 0, end - start)


_BUTTON = lazy(rf"{_BL}(?:{any_case(vocab.UI_WORDS)}){_BR}", _FLAGS)
_UI_INITIALS = "".join(
    sorted({c for word in vocab.UI_WORDS for c in (word[0].lower(), word[0].upper())})
)


def _in_url(norm: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a URL (the token around it starts with a scheme or www.)."""
    token = norm[norm.rfind(" ", 0, pos) + 1 : pos]
    return "://" in token or token.startswith("www.")


# Latin words joined by hyphens or underscores, no space, right before a date: an address's
# slug printed as a line («kerman-earthquake-relief-report-8-May-2023»), two words at least.
_SLUG_RUN = regex.compile(r"(?:[A-Za-z][A-Za-z0-9]*[\-_]){2,}")


def _in_slug(norm: str, pos: int) -> bool:
    """Whether ``pos`` follows a run of Latin words joined by hyphens (:data:`_SLUG_RUN`)
    with no space between: the date is part of a slug printed as text (a file's or a
    permalink's name), which names the page's subject and may date anything (the event, the
    report); the line is no date line. A date set off by a space («Kerman report 8 May
    2023») is not in a slug."""
    token = norm[norm.rfind(" ", 0, pos) + 1 : pos]
    return len(token) > 4 and _SLUG_RUN.fullmatch(token) is not None


def _has_separator(norm: str, start: int, end: int) -> bool:
    """A separator character, or a run of spaces (fields printed apart by spaces alone)."""
    part = norm[start:end]
    return not _SEPARATORS.isdisjoint(part) or "  " in part


# A bare count: digits alone, no leading zero (not a time, a code or a year's digits).
_BARE_COUNT = re.compile(r"[1-9][0-9]{0,6}")


# A short link alone: a host with a dot and a path, the scheme optional, in either case, the
# path with a file's suffix or a query («dsfr.ir/kd4i4», «https://b2n.ir/x7k2», «B2N.IR/AB12»,
# «example.ir/fa/news/48213.html», «dsfr.ir/kd4i4?utm=tg»).
_SHORT_LINK = regex.compile(r"(?i:(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/[a-z0-9_\-/.?=&%#~+]+)")


# A date archive's heading: one date and, before it, at most this many words of a label
# ending with a colon («روز: آذر ۲۴, ۱۳۹۸», «Рӯз: 11.03.2019», WordPress's day archive).
DATE_HEADING_LABEL_WORDS = 2
# A longer label ending with a colon is a date archive's when it opens with an archive word
# and every word is one of :data:`vocab.DATE_ARCHIVE_LABEL_WORDS`, up to this many words
# (ZWNJ parting words): «بایگانی نوشته های روز: DAY» (attacks66, fix209).
DATE_ARCHIVE_LABEL_MAX_WORDS = 6


def date_archive_label(label: str) -> bool:
    """Whether a label before a date heading's date, its colon cut, is a date archive's
    (:func:`_evidence.date_heading`; a date line's label, :func:`_date_line`):
    at most :data:`DATE_HEADING_LABEL_WORDS` words of any kind, or an archive word opening
    at most :data:`DATE_ARCHIVE_LABEL_MAX_WORDS` words of the archive's vocabulary
    («بایگانی نوشته های روز»)."""
    if len(label.split()) <= DATE_HEADING_LABEL_WORDS:
        return True
    words = normalize(label).replace("\u200c", " ").split()
    return (
        len(words) <= DATE_ARCHIVE_LABEL_MAX_WORDS
        and words[0] in vocab.ARCHIVE_WORDS
        and all(word in vocab.DATE_ARCHIVE_LABEL_WORDS for word in words)
    )


def _archive_label_before(norm: str, match: regex.Match[str]) -> bool:
    """Whether everything before a line's date is one date archive's label and its colon
    (:func:`date_archive_label`)."""
    label = norm[: match.start()].rstrip(" \u200c")
    return label.endswith(":") and date_archive_label(label[:-1])


# A forum post's number in its thread after its header's date («#1», «#23»).
_POST_NUMBER_TAIL = regex.compile(r"#[1-9][0-9]{0,5}")


# A date printed twice in quotes at the line's end, the same words each time: «اخبار منطقه
# “23 بهمن 1397” “23 بهمن 1397”» (a WordPress theme's post meta with its desktop and its
# mobile date span, each in curly quotes, after the category's link; 22online.ir, tests/pages
# 2390/2391, fix258). A quoted date once is a mention («روز “۱۵ خرداد”»); the same quoted
# date twice at the end, after a short label or nothing, is the template's meta line.
_QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»"}


def _quoted_twice(
    norm: str, match: regex.Match[str]
) -> tuple[LineKind, tuple[int, int], tuple[int, int] | None] | None:
    """``("date" | "mixed", extent, None)`` when the line's date (``match``) sits in quotes
    and the same quoted date follows it, then nothing (:data:`_QUOTE_PAIRS`): «“DATE”
    “DATE”» alone is a date line, after at most :data:`COMPANY_MAX_WORDS` words a mixed one
    (a category's name); «“DATE”» alone on its line is a date line too; else None."""
    start, end = match.start(), match.end()
    if start == 0 or end >= len(norm):
        return None
    opening = norm[start - 1]
    closing = _QUOTE_PAIRS.get(opening)
    if closing is None or norm[end] != closing:
        return None
    quoted = norm[start - 1 : end + 1]
    rest = norm[end + 1 :].strip(" \u200c")
    before = _trim(norm, 0, start - 1)
    if not rest and before[0] == before[1]:
        # «“DATE”» alone on its line: one of the two spans on a line of its own (the HTML
        # page's text puts each span on its line), no mention without words around it.
        return "date", (start, end), None
    if rest != quoted:
        return None
    if before[0] == before[1]:
        return "date", (start, end), None
    if _words(norm, *before) <= COMPANY_MAX_WORDS and opening not in norm[before[0] : before[1]]:
        return "mixed", (start, end), None
    return None


def _date_line(
    norm: str, match: regex.Match[str]
) -> tuple[LineKind, tuple[int, int], tuple[int, int] | None] | None:
    """Read a line whose content is a date: ``("date", extent, source)`` or ``("mixed", ...)``.

    ``date``: the date (with its twin) and at most a source after a dash.
    ``mixed``: the date set off by separators (``| - • / ،``) from at most
    :data:`MIXED_MAX_WORDS` other words, as in «سیاسی | ۳ بهمن ۱۴۰۱ - ۰۹:۱۵ | ۱۲۳۴».
    """
    if _in_url(norm, match.start()):
        return None  # a date in a URL's slug («.../شنبه-هفتم-خرداد-1401-...») is no date line
    if norm[match.start() - 1 : match.start()] in ("-", "_") and _in_slug(norm, match.start()):
        return None  # a date closing a Latin slug printed as a line («report-8-May-2023»)
    if (quoted := _quoted_twice(norm, match)) is not None:
        return quoted
    end = match.end()
    twin = twin_after(norm, end) if end < len(norm) else None
    if twin is not None:
        end = twin.end()
    # Script arguments start with a number of up to four digits and a comma.
    junk = SCRIPT_ARGS.match(norm) if norm[0].isascii() and "," in norm[1:5] else None
    before = _trim(norm, junk.end() if junk else 0, match.start())
    after = _trim(norm, end, len(norm))
    if after[0] < after[1] and match.captures("H"):
        note = ZONE_NOTE.match(norm, end)
        if note is not None:
            # «... ساعت ۱۲:۱۹ بوقت تهران»: the zone the time is in (Tehran's) ends the date.
            end = note.end()
            after = (end, end)
    if (
        after[0] < after[1]
        and (marked := _marked_clock(norm, match, end, after)) is not None
        and _words(norm, *before) <= COMPANY_MAX_WORDS
    ):
        # «۱۴۰۲/۰۹/۱۸ ۱۰:۲۰ ص ۵», «۱۴۰۲/۰۶/۲۸ ۴ م», «روزنامه همشهری ۱۴۰۲/۰۶/۲۸ ۱۲ ص»: a clock
        # (or an hour printed apart) and a one-letter mark, a number perhaps after it: «ص» is
        # «صبح» (morning) or «صفحه» (a print page), «م» a meridiem or not: the line is the
        # date line, with a few words before the date at most (a paper's name).
        return ("date" if before[0] == before[1] else "mixed"), marked, None
    if after[0] == after[1] and before[0] < before[1] and "T" in norm[match.start() : end]:
        # An ISO 8601 stamp at the end of a line (a headline's, a crawler's): metadata.
        return "mixed", (match.start(), end), None
    if (
        before[0] < before[1]
        and norm[before[0] : before[1]].lower() in vocab.POST_STATUS_ALTS
        and (after[0] == after[1] or _POST_NUMBER_TAIL.fullmatch(norm, after[0], after[1]))
    ):
        # «قدیمی January 14th, 2024, 09:40   #1»: a forum post's header, the status icon's alt
        # text before the date and the post's number after it (vBulletin,
        # _reading._post_header): no company, the line is a date line (fix232).
        return "mixed", (match.start(), end), None
    if before[0] == before[1]:
        if after[0] == after[1]:
            return "date", (match.start(), end), None
        source = SOURCE_SUFFIX.match(norm, end)
        if source is not None:
            return "date", (match.start(), end), source.span("source")
        if _SHORT_LINK.fullmatch(norm, after[0], after[1]) is not None:
            # «12 ژانویه 2022 - 10:00 dsfr.ir/kd4i4»: the article's short link printed after
            # its date: the line is still the date line.
            return "date", (match.start(), end), None
    # A time glued to the letters of the next element («۱۳:۴۵فرهنگی/هنریایسنا», an
    # aggregator's item line, khabar361.com: the category and the agency after the time,
    # their tags' spaces lost): the elements ran together, set off all the same.
    glued_letters = (
        after[0] == end < len(norm)
        and bool(match.captures("MI"))
        and norm[end - 1].isdigit()
        and norm[end].isalpha()
    )
    # A slash touching the date sets it off too: «مه هاباد/بالویز/۱۴۰۱/۰۴/۱۷-۰۷:۱۰:۵۲/خبر ۳۳۶۴/
    # ...» (a footer of city, site, date, count and code joined by slashes, balviz.ir).
    set_off = (
        before[0] == before[1]
        or _has_separator(norm, before[1], match.start())
        or norm[match.start() - 1] == "/"
    ) and (
        after[0] == after[1]
        or _has_separator(norm, end, after[0])
        or norm[end] == "/"
        # A spaced slash after the date: «۱۴۰۳/۰۲/۱۵ / تبریز» (a city or a section after it;
        # a headline of three words or more was cut off by _lines._dated_headline_cut).
        or norm[after[0]] == "/"
        # A time glued to the next token by text extraction («ساعت 08:202023-11-07»): the
        # grammar cannot take the time, but the line is still the date line.
        or _GLUED_TIME.match(norm, after[0]) is not None
        or glued_letters
    )
    # Button labels printed after the date (a toolbar: «چاپ   اندازه قلم») are no company.
    after_words = _words(norm, *after)
    if after_words and set_off and _has_any(norm[after[0] : after[1]], _UI_INITIALS):
        after_words = _words_without_buttons(norm, *after)
    if after_words and COUNTER_LINE.match(norm[after[0] : after[1]]) is not None:
        # «08 آذر 1403 09:52 0 کامنت»: the post's comment or view count printed after its
        # date and time, nothing else: a counter is no company (as buttons are not).
        after_words = 0
    if (
        after_words
        and "دقیقه" in norm
        and READING_TIME.match(norm[after[0] : after[1]].lstrip(_READING_LEAD)) is not None
    ):
        # «۲۵ فروردین ۱۳۹۹ زمان مورد نیاز برای مطالعه: ۹ دقیقه»: the reading time run on
        # after the date (a magazine's meta line): header furniture, no company.
        after_words = 0
    if (
        after_words == 1
        and (not match.captures("H") or match.captures("MI"))
        and _BARE_COUNT.fullmatch(norm, after[0], after[1]) is not None
    ):
        # «18.09.2024 276»: a date without a time and one bare number after a space, the
        # line's end: the item's view count printed beside its date (a theme's meta line).
        # The same after a time with its minutes («چهارشنبه, ۳۱ اردیبهشت ۱۴۰۴ ۱۳:۵۰ ۱۳»,
        # irannsr.org); after an hour alone the number may be its minutes printed apart.
        after_words = 0
    if (
        after_words == 1
        and not match.captures("H")
        and match.captures("d")
        and after[0] > end
        and _ZONE_TAG.fullmatch(norm, after[0], after[1]) is not None
    ):
        # «4th, June 2025 GMT»: a day (no time) and the site's clock zone tagged after it
        # (an Urdu aggregator's «اشاعت کی تاریخ: ...», thinkerspk.com, tests/pages 1705): the
        # tag names no time, so it is no company; the line gives the day.
        after_words = 0
    if (
        after_words
        and before[0] == before[1]
        and not match.captures("H")
        and after[0] > end  # a space between (a date glued to a word is fix61's, with its clock)
        and after_words <= CATEGORY_AFTER_DATE_WORDS
        and _category_named(norm[after[0] : after[1]])
    ):
        # «۲۹ آذر ۱۴۰۰ اخبار», «۱۲ مهر ۱۴۰۲ فرهنگی»: a post's day and its category's name, the
        # link after it run into its line (a theme's meta line): the line is the date line.
        return "mixed", (match.start(), end), None
    # Letters glued to the time keep it when they open with a news category's name (the next
    # element, «۱۳:۴۵فرهنگی/هنریایسنا», «۱۳:۴۵اقتصادیمهر»); other letters are read as a word
    # printed apart would be: one Persian word may name the time's clock («۱۰:۳۰لندن»,
    # London's), so the line gives the day only.
    day = (
        None
        if glued_letters and _opens_with_section(norm[after[0] : after[1]])
        else _day_before_clock_words(norm, match, before, after, after_words)
    )
    if day is not None:
        # «۱۲ اسفند ۱۴۰۲ ساعت ۱۰:۳۰ Tehran», «... ۱۰:۳۰ Tehran Time», «... ۱۰:۳۰ T», «... ۱۰:۳۰
        # تهران», «۱۰:۳۰ - ۱۲ اسفند ۱۴۰۲ Tehran»: a full date and its time, then a word or two
        # that may name the time's city, zone or source: the line is header furniture, never
        # a headline; its day is read, its time is not (it may be another clock's).
        return "mixed", day, None
    before_words = _words(norm, *before)
    if (
        before_words
        and set_off
        and _has_any(norm[before[0] : before[1]], _UI_INITIALS)
        and _words_without_buttons(norm, *before) == 0
    ):
        # «نسخه مناسب چاپ کپی خبر لینک کوتاه  09 فروردین 1404 - 28 رمضان 1446»: the page's
        # tool links (print, copy, short link) run into the date line, set off from the date,
        # and nothing else before it: buttons are no company (as after the date).
        before_words = 0
    if before_words > COMPANY_MAX_WORDS and (
        counted := _COUNT_BEFORE_DATE.search(norm[before[0] : before[1]])
    ):
        # «مقالات کلینیک تاج دنتال 0 نظر کاربران 19 شهریور 1401»: the post's comment count
        # right before its date is no company either (a theme's meta line).
        before_words -= _words(counted.group(), 0, len(counted.group()))
    if (
        before_words > COMPANY_MAX_WORDS
        and after[0] == after[1]
        and _archive_label_before(norm, match)
    ):
        # «بایگانی نوشته های خبر روز: ۲۰ آذر ۱۴۰۲»: a date archive's label (of up to
        # DATE_ARCHIVE_LABEL_MAX_WORDS archive words) and the day it names, nothing after: the
        # line is the day archive's date heading, as :func:`_evidence.date_heading` says of a
        # heading, whatever the label's length (fix220); never a title.
        before_words = 0
    words = before_words + after_words
    # A source, section or city name glued to the date without a separator: «افکار نیوز
    # دوشنبه ۱۵ مرداد ۱۴۰۳ - ۰۰:۰۳», «فرهنگی‌هنری ۲۳:۲۲ - ۱۱ دی ۱۴۰۳»: a few words at most.
    if (words <= COMPANY_MAX_WORDS and after_words == 0) or (set_off and words <= MIXED_MAX_WORDS):
        return "mixed", (match.start(), end), None
    if _signed_weekday_footer(norm, match, before, after):
        return "mixed", (match.start(), end), None
    if _post_signature(
        norm[before[0] : before[1]], norm[after[0] : after[1]], bool(match.captures("H"))
    ):
        return "mixed", (match.start(), end), None
    if set_off and before[0] < before[1] and words <= BYLINE_MAX_WORDS:
        head = norm[before[0] : before[1]]
        if is_byline(head) and not _has_separator(head, 0, len(head)):
            # «نوشته شده توسط نام نویسنده | ۹ بهمن ۱۴۰۰ | ۲۲:۰۰»: a byline with the date.
            return "mixed", (match.start(), end), None
    return None


# A one-letter mark after a date line's clock, a number perhaps after it («ص ۵»: «صبح» or
# «صفحه» and a print page; «م»), or after an hour printed apart from the date («۴ م», «۱۲ ص»).
_CLOCK_MARK_TAIL = regex.compile(
    r"(?:(?P<hour>[01]?[0-9]|2[0-3]) )?(?P<mark>[صم])(?: [1-9][0-9]{0,2})?"
)


def _marked_clock(
    norm: str, match: regex.Match[str], end: int, after: tuple[int, int]
) -> tuple[int, int] | None:
    """The extent to read of a date line whose clock is followed by a one-letter mark
    (:data:`_CLOCK_MARK_TAIL`), None when the rest of the line is not such a mark. The clock
    is kept only where every reading of the mark gives it: a clock with its minutes before
    «ص» (the morning, or a page: the clock as printed either way); before «م» (a PM mark or
    not) or after an hour printed apart, the day alone."""
    if not match.group("y"):
        return None
    tail = _CLOCK_MARK_TAIL.fullmatch(norm, *after)
    if tail is None or bool(tail.group("hour")) == bool(match.captures("H")):
        return None  # an hour both in the date and before the mark, or none at all
    if match.captures("MI") and tail.group("mark") == "ص":
        return match.start(), end
    if not match.captures("H"):
        return match.start(), end  # the date alone: its hour is the tail's
    day_end = max(match.end("y"), match.end("d"))
    if day_end < match.start("H"):
        return match.start(), day_end
    return None


# Separators that may stand between a date and the reading time after it.
_READING_LEAD = " \u200c|-–—•/،,"

# A Latin token after a date line's time: a city's, a zone's or a source's name or its code
# («Tehran», «T», «A1», «IRST»); letters first, then letters, digits or dots.
_LATIN_TOKEN = regex.compile(r"[A-Za-z][A-Za-z0-9.]{0,29}")
# A Persian word of letters alone (a city's name: «تهران»), no digit in it.
_ARABIC_WORD = regex.compile(
    r"[\p{Arabic}&&\p{L}][\p{Arabic}\p{M}\u200c&&[^\p{N}]]{1,29}", regex.VERSION1
)
# At most this many Latin tokens after a date line's time («Tehran Time», «Kabul, AF»).
CLOCK_WORDS_MAX = 2


def _day_before_clock_words(
    norm: str,
    match: regex.Match[str],
    before: tuple[int, int],
    after: tuple[int, int],
    after_words: int,
) -> tuple[int, int] | None:
    """The extent of a date line's day when a full date and a time are followed by words that
    may name the time's clock: one or two Latin tokens («Tehran», «Tehran Time», «T», «A1»;
    words may stand before the date, a city's or an agency's name), or one Persian word with
    nothing before the date («۱۲ اسفند ۱۴۰۲ ساعت ۱۰:۳۰ تهران»), not set off from the time by
    a cell's bar (a row's name cell, «DATE | ساعت TIME | کوهنورد», is no clock's: fix210).
    The time may come first («۱۰:۳۰ - ۱۲ اسفند ۱۴۰۲ Tehran»). None otherwise (the Latin-word
    rule, a headline)."""
    if not match.captures("H") or not match.group("y") or not 0 < after_words <= CLOCK_WORDS_MAX:
        return None
    tokens = norm[after[0] : after[1]].replace(",", " ").split()
    latin = len(tokens) == after_words and all(
        _LATIN_TOKEN.fullmatch(token) is not None for token in tokens
    )
    persian = (
        after_words == 1
        and before[0] == before[1]
        and _ARABIC_WORD.fullmatch(norm, after[0], after[1]) is not None
        # A word in a cell of its own, set off by a bar («[ DATE ] [ ساعت TIME ] [ کوهنورد ]»,
        # a blog theme's post footer read as «DATE | ساعت TIME | کوهنورد»: bracket_cells) is
        # the row's next field (the author's name), no clock's city run on after the time.
        and _CELL_BAR not in norm[match.end() : after[0]]
    )
    if not latin and not persian:
        return None
    day_start = min(match.start("d"), match.start("y"))
    day_end = max(match.end("y"), match.end("d"))
    if day_end < match.start("H"):
        return match.start(), day_end
    if match.end("H") < day_start:
        # The time first: the date after it, with its twin if one follows.
        twin = twin_after(norm, match.end())
        return day_start, twin.end() if twin is not None else match.end()
    return None


# The bar parting a row's cells («DATE | TIME | NAME»; a bracketed cell's end, bracket_cells).
_CELL_BAR = "|"

# A clock zone's tag alone after a date with no time («... June 2025 GMT»).
_ZONE_TAG = regex.compile(r"(?:GMT|UTC)")

# A category's name run on after a date has at most this many words («اخبار استان»).
CATEGORY_AFTER_DATE_WORDS = 2


def _opens_with_section(text: str) -> bool:
    """Whether ``text`` (letters glued to a time) opens with a news category's name, the
    element after it run on: «فرهنگی/هنریایسنا», «اقتصادیمهر»."""
    return _fold(text).startswith(_SECTION_PREFIXES)


def _category_named(text: str) -> bool:
    """Whether ``text`` names one news category, or is the generic «اخبار» («News», a
    WordPress blog's default category): :func:`is_section_name` or :data:`_NEWS_HEADINGS`."""
    return is_section_name(text) or _fold(text) in _NEWS_HEADINGS


# A byline before a date («نوشته شده توسط» and a name) has at most this many words.
BYLINE_MAX_WORDS = 10

# A blog post's signature (Blogfa's, under every post): «+ نوشته شده در DATE ساعت TIME توسط
# NAME»: «posted on» before the date, «by» and a name of a few words after it. Persianblog's
# prints the time first and colons around «by»: «ساعت ۳:۵۰ ب.ظ روز ۱۳۸۷/۸/۲۲ : توسط : NAME»
# (shereparsi.persianblog.ir/post/99), a name's initial with its period («مهدی ا. هومن»).
# Blogfa's other template names the author before the date, «نوشته شده توسط NAME در DATE»,
# and with the author's name left empty prints «+ نوشته شده توسط در DATE و ساعت TIME |»
# (fahim.blogfa.com, real66 #12). ParsiBlog's says «sent» for «written»: «ارسال شده توسط NAME
# در 87/10/15:: 9:40 صبح» (daftareabi.parsiblog.com, blind88 #13; fix246), with its time only:
# without one the words head a comment or a forum reply as often (attacks27's signed comments).
_SIGNATURE_HEAD = regex.compile(
    r"^[+\x20\u200c]*(?P<sent>ارسال)?(?(sent)|نوشته)[\x20\u200c]*شده[\x20\u200c]+"
    r"(?:توسط(?:\x20\p{L}[\p{L}\p{M}\u200c]*\.?){0,4}[\x20\u200c]+)?در$"
)
_SIGNATURE_TAIL = regex.compile(
    r"^(?::[\x20]*)?توسط[\x20\u200c]*(?::[\x20]*)?"
    r"\p{L}[\p{L}\p{M}\u200c]*\.?(?:\x20\p{L}[\p{L}\p{M}\u200c]*\.?){0,4}$"
)


# A signature's comments link after the date or the author, set off by a bar (the bar
# before the tail's first word is trimmed off): «| نظر بدهید», «| نظرات (3)», «| 3 نظر».
_SIGNATURE_COMMENTS = lazy(
    rf"(?:^|[\x20\u200c]*\|)[\x20\u200c]*(?:[0-9]+[\x20\u200c]*)?"
    rf"(?:{words(vocab.SIGNATURE_COMMENT_LINKS)})(?:[\x20\u200c]*\([\x20]*[0-9]+[\x20]*\))?"
    r"[\x20\u200c|]*$",
    _FLAGS,
)


# A post footer's author after the time: two to SIGNED_NAME_WORDS words of letters alone.
_SIGNED_NAME = regex.compile(r"\p{L}[\p{L}\p{M}\u200c]*(?:\x20\p{L}[\p{L}\p{M}\u200c]*){1,3}")
# At most this many words in that author's name.
SIGNED_NAME_WORDS = 4
# Words that make the words after a time a clause, not a name: auxiliaries and the present's
# prefixes («جلسه برگزار شد», «... می شود»).
_CLAUSE_WORDS = frozenset((*vocab.AUXILIARY_VERBS, "می", "نمی"))


def _labelled_hour(norm: str, match: regex.Match[str]) -> bool:
    """Whether the date's time is an hour printed right after the word «ساعت» («... ۱۴۰۲ ساعت
    18»): the word says the number is the hour (a bare number after a date may be a page, a
    count or an ID; fix268)."""
    starts = match.starts("H")
    return bool(starts) and norm[: starts[0]].rstrip(" \u200c:").endswith(_HOUR_WORD)


# The word that labels a clock's hour («ساعت 18», «ساعت 18:30»).
_HOUR_WORD = "ساعت"


def _signed_weekday_footer(
    norm: str, match: regex.Match[str], before: tuple[int, int], after: tuple[int, int]
) -> bool:
    """Whether the line is a blog post's footer without its labels: a weekday, the full date
    and the time with its minutes opening the line, then the author's name, two to
    :data:`SIGNED_NAME_WORDS` words of letters and no verb («یکشنبه شانزدهم مهر ۱۴۰۲ 09:14
    سید مهدی مزارعی», Blogfa's template: tests/pages 2312; fix248). The time may be an hour
    alone after «ساعت» («یکشنبه هفتم آبان ۱۴۰۲ ساعت 18 NAME», :func:`_labelled_hour`; fix268),
    never a bare number, which may be a page or a count. A single word there may name the
    time's city (:func:`_day_before_clock_words`); a clause has a verb."""
    if before[0] != before[1] or after[0] == after[1]:
        return False
    if not (match.group("wd") and match.group("y") and match.captures("H")):
        return False
    if not match.captures("MI") and not _labelled_hour(norm, match):
        return False
    if _SIGNED_NAME.fullmatch(norm, after[0], after[1]) is None:
        return False
    return not _CLAUSE_WORDS.intersection(norm[after[0] : after[1]].replace("\u200c", " ").split())


# The comments-feed sentence closing a signature's line, after the date's full stop (its
# vocabulary's words, then the feed's name and the row's closing bar: at most a few words).
_SIGNATURE_FEED = lazy(
    rf"^[\x20\u200c.]*(?:{words(vocab.SIGNATURE_FEED_SENTENCES)})"
    r"(?:[\x20\u200c]+[^\x20\u200c|]+){0,6}[\x20\u200c.|]*$",
    _FLAGS,
)
# A row of the post's tool links before the signature, its cells set off by bars
# («نسخه قابل چاپ | ورود نوشته شده توسط NAME در DATE»: print, then log in, run into the
# signature; the same blind88 #4 theme): the cells before the last bar, of words alone, and
# at most one link word before «نوشته شده» in the last cell.
_SIGNATURE_TOOL_ROW = regex.compile(
    r"^(?:[\x20\u200c]*\p{L}[\p{L}\p{M}\u200c]*(?:\x20\p{L}[\p{L}\p{M}\u200c]*){0,3}"
    r"[\x20\u200c]*\|)+[\x20\u200c]*(?:\p{L}[\p{L}\p{M}\u200c]*\x20)?(?=نوشته|ارسال)"
)


def _post_signature(head: str, tail: str, timed: bool) -> bool:
    """Whether the words around a date are a blog post's signature: «نوشته شده در» (posted
    on) before it and nothing or «توسط NAME» (by) after it, or a date with its time and
    nothing before it, «توسط NAME» after it. A comments link after a bar closing the tail
    (:data:`_SIGNATURE_COMMENTS`) is the signature's too; so is, around a signature with
    its time, a row of tool links before it (:data:`_SIGNATURE_TOOL_ROW`), and, around any,
    the comments-feed sentence after it (:data:`_SIGNATURE_FEED`), which makes a signature
    with no time the post's («sent» included)."""
    if tail and (comments := _SIGNATURE_COMMENTS.search(tail)) is not None:
        tail = tail[: comments.start()].rstrip(" \u200c|")
    if timed and head and (row := _SIGNATURE_TOOL_ROW.match(head)) is not None:
        head = head[row.end() :]
    # The comments-feed sentence («follow this post's comments») is printed under a post only,
    # never under a reader's comment: the signature is the post's with or without its time
    # (Kowsarblog's template with the time left out; fix268).
    fed = bool(tail) and _SIGNATURE_FEED.match(tail) is not None
    if fed:
        tail = ""
    if not head:
        return timed and bool(tail) and _SIGNATURE_TAIL.match(tail) is not None
    signed = _SIGNATURE_HEAD.match(head)
    return (
        signed is not None
        and (timed or fed or signed.group("sent") is None)
        and (not tail or _SIGNATURE_TAIL.match(tail) is not None)
    )


def classify(norm: str) -> LineInfo:
    """Say what one stripped, normalised line of a header is.

    Args:
        norm: The line, normalised, without its newline and outer spaces.

    Returns:
        The line's kind and, by kind, its labels, dates, source or issue number.
    """
    if len(norm) > MAX_HEADER_LINE:
        return _TEXT
    info = _MEMO.get(norm)
    if info is not None:
        return info
    shape = _plain_text(norm)
    if shape is _PLAIN:
        # A plain line holds no digit (_plain_text says so only then): remembered as below.
        info = _TEXT
        has_digit = False
    else:
        # (_plain_text's own digit search, when it made one, not made again)
        has_digit = shape is _DIGIT or (
            shape is _UNSEARCHED and _HAS_DIGIT.search(norm) is not None
        )
        info = _classify(norm, has_digit)
        if info.kind == "text" and has_digit and (cells := bracket_cells(norm)) is not None:
            # «[ امروز: DAY ] [ ساعت TIME ]»: a row opening with the visit's day is a "today"
            # banner, whatever its other cells (the row read as one line hides the label
            # behind its bracket: fix210, a site's footer).
            opening = norm[norm.index("[") + 1 : norm.index("]")].strip()
            info = _TODAY if _today_cell(opening) else _classify(cells, has_digit)
    if not has_digit and len(norm) <= MEMO_MAX_CHARS:
        # Lines without digits and this short are labels, page chrome and category or
        # author lines, printed the same on every page of a site: worth remembering.
        # (Lines with digits hold dates and IDs, which differ from page to page.)
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        _MEMO[norm] = info
    return info


# A line made wholly of two or more cells in square brackets, «[ DATE ] [ ساعت TIME ] [ NAME
# ]» (a blog theme's post footer: the day, the time and the author each in brackets,
# mihanblog, real62 #24).
_BRACKET_CELLS = regex.compile(r"\x20*\[[^\[\]]*\](?:\x20*\[[^\[\]]*\])+\x20*")
# The same line as its cells parted by bars, one character for one: an opening bracket
# read as a space, a closing one as a bar.
_CELL_MARKS = str.maketrans({"[": " ", "]": "|"})


def bracket_cells(norm: str) -> str | None:
    """``norm`` with its square brackets read as the separators they are on a line of
    bracketed cells only (:data:`_BRACKET_CELLS`): «  DATE | ساعت TIME | NAME |», so a date and
    a time in two cells read as one date line's («mixed»); else None. Such a row over the
    headline is a portal's banner (its clock and its links, tests/pages 651), which
    :func:`_candidates._walk` ignores there."""
    if "[" not in norm or _BRACKET_CELLS.fullmatch(norm) is None:
        return None
    return norm.translate(_CELL_MARKS).rstrip("|").ljust(len(norm))


def _today_cell(cell: str) -> bool:
    """Whether a row's bracketed cell is a "today" banner alone («امروز: شنبه ۱۸ آذر ۱۴۰۲»,
    :func:`_today_line`)."""
    if not cell or cell[0] not in _TODAY_INITIALS:
        return False
    info = classify(cell)
    return info.kind == "widget" and info.reason == _TODAY.reason


# What _plain_text finds: the line is plain text (no digit), or it is not and holds no
# digit, holds one, or was not searched for one.
_PLAIN, _NO_DIGIT, _DIGIT, _UNSEARCHED = "plain", "no digit", "digit", "unsearched"


def _plain_text(norm: str) -> str:
    """A quick, exact verdict for most titles and paragraphs: the line is text
    (:data:`_PLAIN`); else whether it holds a digit, where this function searched for one.

    A line with no digit, no | • · or arrow and no run of spaces can be something
    else only by what it starts with (a label, a button, a "today" word) or by being
    a lone character; everything else in :func:`_classify` needs one of those marks.
    Two scans in C instead of a dozen steps in Python.
    """
    if len(norm) <= 2:
        return _UNSEARCHED
    head = norm[:2].lower()
    if head in _UI_STARTS or head in _TODAY_STARTS:
        return _UNSEARCHED
    if ("a" <= head[0] <= "z" and "_" in norm) or "{{" in norm:
        return _UNSEARCHED  # perhaps an icon's name before a control's label, or a template's slot
    if len(norm) <= IMAGE_PLACEHOLDER_MAX and norm.lower() in _IMAGE_PLACEHOLDERS:
        return _UNSEARCHED
    if norm.endswith(_IMAGE_BUTTON_ENDS) and _IMAGE_BUTTON_LINE.match(norm):
        return _UNSEARCHED  # a photo's name and its download button
    if head in _SHOP_STARTS and _SHOP_LINE.match(norm):
        return _UNSEARCHED  # a shop's button
    if _MARKS.search(norm) is None and "  " not in norm:
        # (no mark: no digit either)
        return _NO_DIGIT if head in _LABEL_STARTS or norm[0] in _LABEL_LEAD else _PLAIN
    # Marks or space runs without a digit (quotes «», a pipe, spaces from NBSPs): no date,
    # counter, widget or issue number; breadcrumbs need two spaced arrows and labels a
    # label's first letters at a label position (the checks _classify makes first).
    if _HAS_DIGIT.search(norm) is not None:
        return _DIGIT
    if _has_any(norm, _ARROWS) and _spaced_arrows(norm) >= 2:
        return _NO_DIGIT
    size = len(norm)
    if any(_label_may_start(norm, pos, size) for pos in _label_positions(norm)):
        return _NO_DIGIT
    return _PLAIN


# A digit, a label position's separator or a breadcrumb arrow.
_MARKS = re.compile("[0-9|•·>»›<«‹]")
# Lines up to this long without a digit are remembered (see classify); at most _MEMO_SIZE.
MEMO_MAX_CHARS = 48
_MEMO: dict[str, LineInfo] = {}


_LUNAR_EDGE = " \u200c:-–—،,|()."


def date_with_lunar_twin(norm: str) -> LineInfo | None:
    """The date line a line classified as a "today" widget (a lunar date on a short line)
    is when its lunar date is the twin of a Jalali date right before it («09 فروردین 1404 -
    28 رمضان 1446», «۱۸ فروردین ۱۴۰۲ - ۱۵ رمضان ۱۴۴۴»: religious and government sites date
    their items so), or None. Which one it is the position tells (jalali_meta._article:
    under the title the item's date, the lunar one a cross-check; above it a widget's)."""
    date = search(norm)
    if date is None or read(date).calendar != "jalali":
        return None  # (an Arabic page's Gregorian date beside a lunar one stays a widget's)
    twin = twin_after(norm, date.end())
    if twin is None or not is_hijri(twin):
        return None
    found = _date_line(norm, date)
    if found is None:
        return None
    kind, extent, source = found
    return LineInfo(kind, dates=(extent,), source=source, date=date)


def _lone_lunar(norm: str) -> bool:
    """Whether the line is one lunar Hijri date and nothing else (brackets and dashes aside)."""
    start = len(norm) - len(norm.lstrip(_LUNAR_EDGE))
    match = DATETIME.match(norm, start)
    return match is not None and is_hijri(match) and not norm[match.end() :].strip(_LUNAR_EDGE)


def _may_be_short_date(norm: str) -> bool:
    """A necessary test, in C, for :data:`SHORT_DATE`: one of its separators (a slash, a
    dot, a dash) in the line. Proved over generated strings by tests/test_prefilters.py."""
    return "/" in norm or "-" in norm or "." in norm


# The opening word of a post signature's head (:data:`_SIGNATURE_HEAD`), looked for before a
# two-digit-year date is searched for past the line's start.
_SIGNATURE_WORD = regex.compile(r"(?:نوشته|ارسال)[\x20\u200c]*شده")


def _signed_short_date(norm: str) -> tuple[int, int] | None:
    """Where a two-digit-year date with its time (:data:`SHORT_DATE`) is on a line that is a
    blog post's signature around it (:func:`_post_signature`: «ارسال شده توسط NAME در
    87/10/15:: 9:40 صبح», ParsiBlog's), or None. The date's first match after the signature's
    words is the only one tried, so the line is read once."""
    opening = _SIGNATURE_WORD.search(norm)
    if opening is None or not _may_be_short_date(norm):
        return None
    short = SHORT_DATE.search(norm, opening.end())
    if short is None or short.group("tail") is None:
        return None
    end = _short_date_end(norm, short)
    head = norm[: short.start()].strip(" \u200c")
    tail = norm[end:].strip(" \u200c")
    return (short.start(), end) if _post_signature(head, tail, True) else None


def _may_open_weekday(norm: str, at: int) -> bool:
    """A necessary test, in C, for :data:`SHORT_JALALI_DATE` at ``at``: a letter there (its
    weekday's first). Proved over generated strings by tests/test_prefilters.py."""
    return norm[at : at + 1].isalpha()


def _classify(norm: str, has_digit: bool) -> LineInfo:
    """The whole classifier, in the order of the module docstring's kinds."""
    # Searches run only when the line holds what they look for (a digit, a year, a
    # literal word): most header lines have none of it, and a header should cost little.
    has_year = has_digit and YEAR_CORE.search(norm) is not None
    # 1. Widget characters and site chrome that show the crawl day.
    if len(norm) <= 2 and not has_digit:
        return _CONTROL
    if norm[:2].lower() in _UI_STARTS and UI_LINE.match(norm):
        return _PAGE_CHROME
    if norm.endswith(_IMAGE_BUTTON_ENDS) and _IMAGE_BUTTON_LINE.match(norm):
        return _PAGE_CHROME
    if norm[:2].lower() in _SHOP_STARTS and _SHOP_LINE.match(norm):
        return _PAGE_CHROME
    if "a" <= norm[:1] <= "z" and "_" in norm and _icon_control(norm):
        return _PAGE_CHROME
    if "{{" in norm and _TEMPLATE_SLOT.search(norm) is not None:
        return _PAGE_CHROME
    if len(norm) <= IMAGE_PLACEHOLDER_MAX and norm.lower() in _IMAGE_PLACEHOLDERS:
        return _PAGE_CHROME
    if (
        _has_any(norm, _ARROWS)
        and _spaced_arrows(norm) >= 2
        and BREADCRUMB.match(norm)
        and not (has_year and ":" in norm and _date_label_after_crumb(norm) is not None)
    ):
        # (a date label run on after the trail's last step is read as a label line)
        return _BREADCRUMB
    if has_year and "@" in norm and CRAWL_STAMP.search(norm):
        return _CRAWL_STAMP
    date, skipped = _first_date(norm) if has_year else (None, None)
    if date is None and not has_year and ":" in norm:
        glued = _glued_clock_line(norm)
        if glued is not None:
            return glued
    if norm[0] in _TODAY_INITIALS and _today_line(norm, date):
        return _TODAY
    if norm.startswith("تاریخ") and date is None and TODAY_DATE_LABEL.match(norm):
        return _TODAY  # «تاریخ شمسی امروز»: a date widget's label, its date printed apart
    if (
        has_year
        and any(hint in norm for hint in _HIJRI_HINTS)
        and len(norm.split()) <= CALENDAR_WIDGET_MAX_WORDS
        and not norm.rstrip().endswith((".", "!", "؟", "?"))
        and HIJRI_DATE.search(norm)
        and not _labels(norm)
        and not _arabic_date_line(norm, date)
    ):
        # A lunar date or an Arabic weekday on a short unlabelled line: the second calendar
        # of a "today" widget. After a date label it is the article's date's twin; in a
        # paragraph it is running text.
        return _TODAY
    if date is None and has_year and _lone_lunar(norm):
        # «۱۴۴۶/۰۸/۰۳ ه.ق» alone, marked by its era word: a widget's, as above (under the
        # title, the article's date line: jalali_meta._article._lone_lunar_date).
        return _TODAY
    # 2. A newspaper issue line: date, volume and issue number, dash-separated; or the
    #    paper's name, issue number and volume without a date («روزنامه همشهری | شماره ۸۷۶۵ |
    #    سال سی‌ام»): its number is the issue's, never the article's.
    if date is None and "شماره" in norm and "سال" in norm and ISSUE_VOLUME.search(norm):
        number = ISSUE_NUMBER.search(norm)
        if number is not None:
            return LineInfo("issue", issue=number.span("issue"))
    if date is None and "شماره" in norm and _LONE_ISSUE.fullmatch(norm):
        # «شماره 4» alone on its line, without a colon: a magazine's or a paper's issue over
        # the article (no site numbers its articles from one); an article's ID has more
        # digits or a label («کد مطلب: 58», «شماره خبر: 12»).
        number = ISSUE_NUMBER.search(norm)
        if number is not None:
            return LineInfo("issue", issue=number.span("issue"))
    if (
        date is None
        and "شماره" in norm
        and ("صفحه" in norm or "روزنامه" in norm or "چاپی" in norm)
        and len(norm.split()) <= _PRINT_PAGE_MAX_WORDS
        and _PRINT_PAGE.search(norm) is not None
    ):
        # «منتشر شده در صفحه صفحه نخست | شماره 1555»: the print page and the paper's issue
        # on one line, no date (with a date the issue-line rules below decide). Not a
        # building's number after a street address («نشانی روزنامه: خیابان آزادی، کوچه
        # سوم، شماره ۱۲»: the paper's postal address).
        number = ISSUE_NUMBER.search(norm)
        if number is not None and _ADDRESS_WORD.search(norm, 0, number.start()) is None:
            return LineInfo("issue", issue=number.span("issue"))
    if date is None and has_year and "شماره" in norm and (month := _ISSUE_MONTH.search(norm)):
        # «شماره 174 ارديبهشت ماه 1399»: an issue and its month (no day to read).
        return LineInfo("issue", issue=month.span("issue"))
    if (
        date is not None
        and "شماره" in norm
        and (short := _SHORT_NUMBER_DATED.match(norm)) is not None
        and short.end() == date.start()
    ):
        # «شماره ۴۵۶ - ۱۲ اسفند ۱۴۰۲»: an issue and its day, or a small site's number and its
        # date; the page does not say which: the date is read, no ID.
        return LineInfo(
            "issue", dates=((date.start(), len(norm)),), issue=short.span("issue"), date=date
        )
    if (
        skipped is not None
        and date is not None
        and not norm[skipped[1] : date.start()].strip(_ISSUE_JOINER)
        and "سال" in norm
        and ISSUE_VOLUME.search(norm)
    ):
        # «سال نوزدهم شماره ۵۳۶۶ چهارشنبه ۲۵ اردیبهشت ۱۳۹۲» (a masthead, separators lost): a
        # volume, the issue number passed over as no year, and the issue's date right after it
        # (a date that starts farther on is a piece of a garbled masthead, not its date).
        return LineInfo("issue", dates=((date.start(), len(norm)),), issue=skipped, date=date)
    if date is not None and "شماره" in norm:
        volume = ISSUE_VOLUME.search(norm) if "سال" in norm else None
        number = ISSUE_NUMBER.search(norm)
        if number is not None and (
            volume is not None
            or number.start() > 0
            # an issue number in words is never an article's ID
            or not number.group("issue")[0].isdigit()
        ):
            return LineInfo(
                "issue", dates=((date.start(), len(norm)),), issue=number.span("issue"), date=date
            )
    # 3. Label lines. «زمان : ۰۸:۲۹» («زمان انتشار :» too) over a clock alone labels a time,
    # not a date: a time line, as «ساعت : ۰۸:۲۹» (step 6), which joins the header's date
    # line beside it or is set aside (fix173).
    if date is None and norm.startswith("زمان") and time_alone(norm) is not None:
        return _TIME_ALONE
    labels = _labels(norm)
    if not labels and has_digit and ":" in norm:
        labels = _label_last(norm)
    if not labels and has_digit:  # a clock's colon too: «۱۸ آذر ۱۴۰۲ - ۱۰:۲۰ تاریخ انتشار»
        labels = _label_last_bare(norm)
    if not labels and date is not None and "/" in norm:
        labels = _slashed_labels(norm, date)
    if labels:
        dates = tuple(seg for seg in _uncovered(norm, labels) if search(norm, *seg))
        return LineInfo("labels", labels=tuple(labels), dates=dates, date=date)
    # 4. A date alone on its line, or set off by separators from a few other words.
    if date is not None:
        found = _date_line(norm, date)
        if found is not None:
            kind, extent, source = found
            return LineInfo(kind, dates=(extent,), source=source, date=date)
    if date is None and has_year and SPACED_DATE.fullmatch(norm):
        # «23 11 2020»: a Gregorian date printed with spaces only, alone on its line (the
        # resolver reads it; in running text three numbers are a count or a price list).
        return LineInfo("date", dates=((0, len(norm)),))
    if not has_digit:
        return _TEXT
    # 5. A date with a two-digit year alone at the line start (the resolver reads it).
    if date is None and not has_year:
        short = SHORT_DATE.match(norm) if _may_be_short_date(norm) else None
        if short is not None:
            short_end = _short_date_end(norm, short)
            rest = _trim(norm, short_end, len(norm))
            words = len(norm[rest[0] : rest[1]].split())
            if words == 0:
                return LineInfo("date", dates=((short.start(), short_end),))
            if words <= COMPANY_MAX_WORDS or (
                words <= MIXED_MAX_WORDS and _has_separator(norm, short_end, rest[0] + 1)
            ):
                return LineInfo("mixed", dates=((short.start(), short_end),))
        if short is None and (signed := _signed_short_date(norm)) is not None:
            # «ارسال شده توسط NAME در 87/10/15:: 9:40 صبح»: a post's signature around a
            # two-digit-year date with its time (fix246; the resolver reads it and warns).
            return LineInfo("mixed", dates=(signed,))
        skip = len(norm) - len(norm.lstrip(_DATE_LINE_LEAD))
        named = SHORT_JALALI_DATE.match(norm, skip) if _may_open_weekday(norm, skip) else None
        if named is not None:
            named_end = _short_date_end(norm, named)
            if not norm[named_end:].strip(_DATE_LINE_LEAD):
                # «- شنبه ۲۹ شهریور ۹۳» alone on its line: a date line (the resolver reads it).
                return LineInfo("date", dates=((skip, named_end),))
        alone = _trim(norm, skip, len(norm))
        if named is None and SHORT_DATELINE_DATE.fullmatch(norm, *alone):
            # «۱۲ مهر ۸۵» alone on its line (no weekday): a date line too, its century the
            # page's other years' or the web-era rule's, warned (fix216). In running text
            # or after other words it stays text («قیام ۱۵ خرداد ۴۲» names an event).
            return LineInfo("date", dates=(alone,))
        if named is None and (timed := _short_timed_date(norm)) is not None:
            # «۲ نظر ۰۷ مرداد ۹۳ ، ۱۸:۴۰»: a post's footer, its date and time ending the line
            # after a comment count at most (fix309; the resolver reads it or refuses it).
            return LineInfo("date" if timed[0] == skip else "mixed", dates=(timed,))
    # 6. Counters, a time alone, and other widgets.
    if ":" in norm and (
        TIME_LINE.fullmatch(norm) or (norm[:1] in _TIME_LEAD_FIRST and time_alone(norm))
    ):
        return _TIME_ALONE
    if WEATHER_READING.match(norm):
        # «17°C», «۲۳°» alone on its line: a weather widget's temperature (fix267).
        return _WIDGET
    if not any(map(str.isalpha, norm)):
        # A counter names what it counts and a widget its subject (a word of
        # COUNTER_WORDS or _WIDGET_HINTS, each holding a letter): a line without a letter
        # (an ID alone under its label) is neither.
        return _TEXT
    bare = norm.lstrip(" \u200c")
    if bare[:2] in _BULLETS:
        # «- بینراو: 607»: a counter printed as a list's item, its bullet a dash (fix179).
        bare = bare[2:]
    lead = bare.lstrip(" \u200c")[:2]
    if (lead[:1].isdigit() or lead.lower() in _COUNTER_STARTS) and COUNTER_LINE.match(bare):
        return _COUNTER
    if date is None and _widget_line(norm):
        return _WIDGET
    return _TEXT


def _slashed_labels(norm: str, date: regex.Match[str]) -> list[Label]:
    """The labels of a footer whose fields are joined by slashes, the date's among them
    («مه هاباد/بالویز/۱۴۰۱/۰۴/۱۷-۰۷:۱۰:۵۲/خبر ۳۳۶۴/ کدخبر ۱۶۲۴۷/ج», balviz.ir: city, site,
    date and time, the item count, the item's code): read as if its slashes outside the date
    were bars, each field its own segment. Only when a slash touches the date (a date in a
    sentence with a slash elsewhere is no such footer); else none."""
    start, end = date.span()
    if not (norm[start - 1 : start] == "/" or norm[end : end + 1] == "/"):
        return []
    barred = norm[:start].replace("/", "|") + norm[start:end] + norm[end:].replace("/", "|")
    return _labels(barred)


# What stands between «شماره» and its number: spaces, a ZWNJ, a colon.
_ISSUE_GAP = " \u200c:"
# What may stand between an issue number and the issue's date.
_ISSUE_JOINER = " \u200c-–—|،,"
# Characters before a date searched for the «شماره» that would make its year an issue number.
_ISSUE_REACH = 12
# «شماره» (its ezafe written or not) closing the text before a number.
_ISSUE_WORD_END = regex.compile(rf"{_ISSUE_WORD}$")


def _first_date(norm: str) -> tuple[regex.Match[str] | None, tuple[int, int] | None]:
    """The first date of ``norm`` whose year is no issue number (:func:`_past_issue_number`)
    and the issue number passed over: the date :func:`classify` keeps in a verdict
    (``LineInfo.date``) of a line with a year."""
    date = line_date(norm)
    if date is not None and "شماره" in norm:
        return _past_issue_number(norm, date)
    return date, None


def verdict_date(norm: str) -> regex.Match[str] | None:
    """The date match of :func:`classify`'s verdict of ``norm``, made again: for a verdict
    whose match, ``info.date``, is a match on ``norm`` itself (``info.date.string == norm``),
    this is a match of the same pattern at the same place, which a verdict kept without its
    match gets back (:class:`jalali_meta._lines._Lines`, speed53). A verdict of the line
    read as bracketed cells (:func:`bracket_cells`) matches another string: not for it."""
    return _first_date(norm)[0]


def _past_issue_number(
    norm: str, date: regex.Match[str]
) -> tuple[regex.Match[str] | None, tuple[int, int] | None]:
    """The line's first date whose year is not an issue number, and the last issue number
    passed over (None when none was).

    «سال بیست و یکم - شماره ۵۱۸۷ - سه‌شنبه ۱۰ تیر ۱۳۹۹»: the year-first layout reads
    «۵۱۸۷ - سه‌شنبه ۱۰ تیر» as a date of the year 5187; a number right after «شماره» is the
    issue's, never a date's year, so the search goes on after it (to the issue's own date).
    """
    found: regex.Match[str] | None = date
    skipped: tuple[int, int] | None = None
    while found is not None:
        if found.start() == found.start("y"):
            lead = "y"
        elif found.start() == found.start("d") and _named_month(found):
            # «شماره 29،اردیبهشت 1383»: the number right after «شماره» is the issue's, never
            # the day of the month named after it (the issue's month, no day printed).
            lead = "d"
        else:
            break
        head = norm[max(0, found.start() - _ISSUE_REACH) : found.start()].rstrip(_ISSUE_GAP)
        if _ISSUE_WORD_END.search(head) is None:
            break
        skipped = found.span(lead)
        found = search(norm, found.end(lead))
    return found, skipped


def _named_month(found: regex.Match[str]) -> bool:
    """Whether a date match spells its month as a name (Jalali, Afghan or Latin)."""
    return any(found.start(group) >= 0 for group in ("mj", "ma", "me"))


# A line that opens with a clock glued to the four-digit year of a date by text extraction
# («09:402024/03/02», «ساعت 08:202023-11-07»): the year has a digit before it, so no year is
# seen there at all.
_CLOCK_GLUED_TO_YEAR = re.compile("(?:ساعت[ \u200c:]*)?[0-9]{1,2}:[0-9]{2}(?=[0-9]{4}(?![0-9]))")


def _glued_clock_line(norm: str) -> LineInfo | None:
    """A clock glued to a date that opens the rest of the line: the rest is classified as a
    line of its own, its extents moved back; the date is read from its extent (the reader
    cuts the line there), its day only: which date the clock belongs to is not printed."""
    clock = _CLOCK_GLUED_TO_YEAR.match(norm)
    if clock is None:
        return None
    cut = clock.end()
    rest = norm[cut:]
    date = search(rest)
    if date is None or date.start() != 0:
        return None
    info = _classify(rest, True)
    if (
        info.kind == "text"
        and date.end() < len(rest)
        and rest[date.end()].isalpha()
        and _words(rest, date.end(), len(rest)) <= COMPANY_MAX_WORDS
    ):
        # «ساعت 08:202023-11-07اقتصادي»: the date glued to a word as well (a section's name,
        # the cell after it on an aggregator's meta line): the glue is the extraction's, as
        # the clock's is, so the words are the line's company, not a sentence the date opens.
        return LineInfo("date", dates=((cut + date.start(), cut + date.end()),))
    if info.kind not in ("date", "mixed") or not info.dates:
        return None
    return LineInfo(
        info.kind,
        dates=tuple((start + cut, end + cut) for start, end in info.dates),
        source=None if info.source is None else (info.source[0] + cut, info.source[1] + cut),
    )


# A Gregorian date printed with single spaces only, day or month first, a year of this
# century or the last: «23 11 2020», «03 11 2020»; a clock may follow after one space
# («30 04 2019 00:00», pr.kntu.ac.ir, fix97). Only a whole line is one (see _classify).
SPACED_DATE = re.compile(
    "(?P<a>[0-9]{1,2}) (?P<b>[0-9]{1,2}) (?P<y>(?:19|20)[0-9]{2})"
    "(?P<t> [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
)


# A quotation: «...» with no arrow inside, up to a headline's length.
_QUOTED = re.compile("«[^«»<>›‹]{1,120}»")


def _unquote(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _spaced_arrows(norm: str) -> int:
    """Arrows with a space beside them: «خانه » اخبار», not the quotes of «بازار ارز»."""
    count = 0
    if "«" in norm and "»" in norm:
        # «...» around a name or a quote is quotation, not two arrows: «تعویق سفر «X» به ...».
        norm = _QUOTED.sub(_unquote, norm)
    for at, char in enumerate(norm):
        if char in _ARROWS and (norm[at - 1 : at] == " " or norm[at + 1 : at + 2] == " "):
            count += 1
    return count


def _today_line(norm: str, date: regex.Match[str] | None) -> bool:
    """A "today" widget: «امروز», «خبر فوری» alone, followed straight by a date, or by a clock.

    «امروز رئیس جمهور ...» and «فوری: زلزله ...» are headlines and leads, not widgets;
    «امروز : یکشنبه ۱۷ دی ۱۴۰۲» and «امروز تهران ۱۲:۰۵» are widgets.
    """
    glued = TODAY_GLUED_WEEKDAY.match(norm)
    if (
        glued is not None
        and date is not None
        and date.start() == _trim(norm, glued.end(), len(norm))[0]
        and _banner_tail(norm, date.end())
    ):
        # «امروزپنجشنبه, 17 بهمن 1398 19:12»: the label glued to the weekday, then the date
        # and nothing else («امروزپنجشنبه 17 بهمن 1398 رئیس ... بازدید کرد.» is a lead), or
        # a header's short counter after a bar («... 19:12 | 45 بازدید»).
        return True
    today = TODAY_LINE.match(norm)
    if today is None:
        return False
    rest = _trim(norm, today.end(), len(norm))[0]
    if rest == len(norm) or (date is not None and date.start() == rest):
        return True
    tail = norm[rest:]
    return len(tail.split()) <= TODAY_CLOCK_WORDS and _HAS_DIGIT.search(tail) is not None


# A "today" word followed by at most this many words with a digit among them is a clock.
TODAY_CLOCK_WORDS = 3


def _banner_tail(norm: str, end: int) -> bool:
    """Whether the text after a glued today banner's date (from ``end``) keeps it a banner:
    nothing, or a bar («|», «•», «·») and at most :data:`TODAY_CLOCK_WORDS` words with a
    digit among them (a header's counter: «| 45 بازدید»). A sentence after the date, with
    a bar or not, is a lead's («امروزپنجشنبه 17 بهمن 1398 | رئیس دانشکده ... بازدید کرد»)."""
    if _trim(norm, end, len(norm))[0] == len(norm):
        return True
    rest = norm[end:].strip(" \u200c")
    if rest[0] not in "|•·":
        return False
    tail = rest[1:]
    return len(tail.split()) <= TODAY_CLOCK_WORDS and _HAS_DIGIT.search(tail) is not None


def _widget_line(norm: str) -> bool:
    """A price, prayer-time or weather widget: a widget word, a few words, a number or unit last.

    «قیمت دلار: ۵۲,۳۰۰ تومان» and «اذان ظهر تهران ۱۲:۰۵» are widgets; a sentence that
    mentions a price («قیمت دلار امروز به ۵۰ هزار تومان رسید.») is a headline or a lead.
    """
    if not _ends_in_amount(norm) or len(norm.split()) > WIDGET_MAX_WORDS:
        return False
    return any(word in norm for word in _WIDGET_HINTS) and WIDGET_LINE.search(norm) is not None


def _ends_in_amount(norm: str) -> bool:
    """Whether a line ends in a number, a time, or a number and a unit («۵۲,۳۰۰ تومان», «۲۳°»)."""
    tail = norm.rstrip(" \u200c.")
    if tail[-1:] in ("°", "%", "٪"):
        tail = tail[:-1].rstrip(" \u200c")
    else:
        for unit in vocab.WIDGET_UNITS:
            if tail.endswith(unit):
                tail = tail[: -len(unit)].rstrip(" \u200c")
                break
    return tail[-1:] in _ASCII_DIGITS


_ASCII_DIGITS = frozenset("0123456789")
# A widget line has at most this many words.
WIDGET_MAX_WORDS = 12
# A "today" widget in three calendars (weekdays in two languages, three dates) is longer,
# but still no sentence.
CALENDAR_WIDGET_MAX_WORDS = 20


_TEXT = LineInfo("text")
_CONTROL = LineInfo("control")
_PAGE_CHROME = LineInfo("control", reason="page chrome")
_BREADCRUMB = LineInfo("control", reason="breadcrumb")
_CRAWL_STAMP = LineInfo("widget", reason="crawl stamp")
_TODAY = LineInfo("widget", reason="today widget")


def _arabic_date_line(norm: str, date: regex.Match[str] | None) -> bool:
    """Whether an Arabic weekday on the line is the weekday of an Arabic page's own date
    («السبت, 05 أیلول/سبتمبر 2015 05:48»: a month's Levantine and Egyptian names paired),
    printed within that date, with no lunar date or other Arabic weekday beside it."""
    if date is None or "/" not in (date.group("mj") or ""):
        return False
    rest = f"{norm[: date.start()]} {norm[date.end() :]}"
    return HIJRI_DATE.search(rest) is None


_TIME_ALONE = LineInfo("widget", reason="time without a date")
_COUNTER = LineInfo("counter")
_WIDGET = LineInfo("widget", reason="widget")


def fits_next_line(field: str, norm: str, info: LineInfo) -> bool:
    """Whether a line can be the value of a label printed empty on the line before.

    Args:
        field: The waiting label's field.
        norm: The candidate line, normalised and stripped.
        info: What :func:`classify` made of it.
    """
    if field in ("number", "views"):
        return _value_fits(field, norm, 0, len(norm))
    if field in DATE_FIELDS:
        return info.kind in ("date", "mixed")
    if info.kind != "text" or is_section_end(norm):
        return False  # not a value; nor the heading of a related list or a most-read box
    words = len(norm.split())
    return words <= (30 if field == "tags" else 8) and len(norm) <= (300 if field == "tags" else 80)


def _fold(text: str) -> str:
    """A line or phrase folded for comparing with the chrome vocabularies: lower case,
    without the characters of :data:`_FOLDED_OUT`.

    Most lines hold none of them but spaces and ZWNJs: then two ``replace`` calls give
    the same string as the pattern's ``sub``, at about half its cost on a headline.
    """
    low = text.lower()
    if _FOLD_MARKS.search(low) is None:
        return low.replace(" ", "").replace("\u200c", "")
    return _CHROME_PUNCT.sub("", low)


# Removed by one pattern (in C) rather than by str.translate's lookup of every character.
_FOLDED_OUT = " \u200c|/\\»«>‹›<-–—•·:،,.()[]*#"
_CHROME_PUNCT = re.compile("[" + re.escape(_FOLDED_OUT) + "]+")
# The same characters but the space and the ZWNJ.
_FOLD_MARKS = re.compile("[" + re.escape(_FOLDED_OUT.replace(" ", "").replace("\u200c", "")) + "]")
_CHROME_SPLIT = regex.compile(r"[\s|/»«>›<‹•·،,\-]+")
# A journal article page's issue line: «دوره 22، شماره 5 - ( آذر و دی 1398 ) ... | برگشت به
# فهرست نسخه ها» (volume, comma, issue, then a dash, a bracket, a bar or nothing). A headline
# that names an issue goes on in words: «دوره 22، شماره 5 مجله منتشر شد».
_JOURNAL_ISSUE_LINE = regex.compile(
    r"^[\x20|#*]*دوره[\x20]*[0-9]{1,4}[\x20]*[،,][\x20]*شماره[\x20]*[0-9]{1,4}[\x20]*(?:$|[\-–(|])"
)
# Chrome lines are short: a longer line is never one (and costs nothing to rule out).
CHROME_MAX_CHARS = 80
_CHROME_PHRASES = frozenset(_fold(p) for p in vocab.CHROME_PHRASES)
# A search form's link or button, glued by extraction after a sentence and two spaces
# («لطفا ... قلم فارسی موجود را دریافت کنید.  كاوش پيشرفته», iranbar.org, real55 #24): the
# site's top bar, never a headline (a teaser's «.  ادامه مطلب» is a list's, not read here).
_SEARCH_LINKS = frozenset(
    _fold(p) for p in ("جستجو", "جستجوی پیشرفته", "کاوش", "کاوش پیشرفته", "search")
)
_SECTION_WORDS = frozenset(_fold(w) for w in vocab.SECTION_WORDS)
_SECTION_PREFIXES = tuple(_SECTION_WORDS)  # for str.startswith (_opens_with_section)
# The first word of every chrome phrase and section name (two-word names included), and
# each of its openings folded: its words joined by ZWNJs (or glued, the ZWNJ dropped) are
# one word («تازه‌ترین‌ها»; «دسته‌بندی نشده» and «دستهبندی نشده» open with «دستهبندی»,
# fix198).
_CHROME_HEADS = (
    frozenset(
        _fold(" ".join(entry.split()[:count]))
        for entry in (*vocab.CHROME_PHRASES, *vocab.SECTION_WORDS)
        for count in range(1, len(entry.split()) + 1)
    )
    | _CHROME_PHRASES
    | _SECTION_WORDS
)
_SECTION_ENDS = tuple(sorted({_fold(w) for w in vocab.SECTION_END_WORDS}, key=len, reverse=True))
_RELATED_BOXES = tuple(sorted({_fold(w) for w in vocab.RELATED_BOX_WORDS}, key=len, reverse=True))
# A line of section names has at most this many words.
SECTION_LINE_WORDS = 8


# A menu's or a breadcrumb's separator between items (Markdown's escaped «\|» included).
_MENU_SEPARATOR = regex.compile(r"[\x20]*\\?[|>»›][\x20]*")
# («صفحه اول», the first page: aviny.com's 2005 menu, tests/pages 873; fix287)
_HOME_ITEMS = frozenset(_fold(item) for item in ("صفحه نخست", "صفحه اصلی", "صفحه اول", "خانه"))
# A menu opening with the home item has this many items at least, each this short.
MENU_ITEMS = 3
MENU_ITEM_WORDS = 3


def _home_menu(norm: str) -> bool:
    """A menu or a breadcrumb that opens with the home item: «صفحه نخست | مقالات | شعر |
    داستان», whatever its items' names (a site's own sections the vocabulary does not
    know)."""
    items = [item for item in _MENU_SEPARATOR.split(norm.strip()) if item.strip()]
    return (
        len(items) >= MENU_ITEMS
        and _fold(items[0]) in _HOME_ITEMS
        and all(len(item.split()) <= MENU_ITEM_WORDS for item in items)
    )


# A breadcrumb's run of links without separators (fix237): the home item, a list's name
# (:data:`vocab.HOME_RUN_LIST_NAMES`) and at most HOME_RUN_TAIL_WORDS words more, the site's
# own section («صفحه نخست اخبار مناسبت ها», home / news / occasions: a portal's top bar on
# pbb.pvesal.ir, tests/pages 2273). A headline is longer after such an opening (a glued
# breadcrumb's headline, :func:`_evidence.glued_breadcrumb_starts`) or opens otherwise.
_HOME_RUN_LISTS = frozenset(_fold(word) for word in vocab.HOME_RUN_LIST_NAMES)
HOME_RUN_TAIL_WORDS = 2


def _home_crumbs_run(norm: str) -> bool:
    """Whether a normalised line is only the home item, a list's name and at most
    :data:`HOME_RUN_TAIL_WORDS` words: «صفحه نخست اخبار مناسبت ها», «خانه مقالات»."""
    words = norm.split()
    for size in (1, 2):  # «خانه», or «صفحه نخست» of two words
        if _fold(" ".join(words[:size])) in _HOME_ITEMS:
            rest = words[size:]
            return (
                bool(rest)
                and _fold(rest[0]) in _HOME_RUN_LISTS
                and len(rest) - 1 <= HOME_RUN_TAIL_WORDS
            )
    return False


def home_menu_of_two(norm: str) -> bool:
    """A menu of two items or more opening with the home item, «خانه | مقاله‌ها» (a small
    blog's menu, plain or as Markdown links): :func:`_home_menu`'s shape with fewer items.
    Alone, two short items may be a breadcrumb's path to a headline; the callers ask it only
    where a menu stands (fix111: over a site's name printed twice)."""
    items = [item for item in _MENU_SEPARATOR.split(norm.strip()) if item.strip()]
    return (
        len(items) >= 2
        and _fold(items[0]) in _HOME_ITEMS
        and all(len(item.split()) <= MENU_ITEM_WORDS for item in items)
    )


def is_template_credit(norm: str) -> bool:
    """Whether a normalised line is a template's credit or demo name: a content system's
    name and a template's word (:data:`vocab.CMS_NAMES`, :data:`vocab.TEMPLATE_WORDS`) on a
    line of chrome's length («SJ News - шаблон joomla Авто»). A headline about templates
    says so too («آموزش نصب قالب جوملا»): the caller weighs the page's other title sources."""
    if len(norm) > CHROME_MAX_CHARS:
        return False
    low = norm.casefold()
    return any(name in low for name in vocab.CMS_NAMES) and any(
        word in low for word in vocab.TEMPLATE_WORDS
    )


def is_journal_issue_line(norm: str) -> bool:
    """Whether a normalised line opens as a journal's issue line («دوره 22، شماره 5 - ...»)."""
    return _JOURNAL_ISSUE_LINE.match(norm) is not None


# MediaWiki's skip links under a page's heading and its tagline («از ویکی‌پدیا، دانشنامهٔ
# آزاد»): «پرش به: ناوبری, جستجو» (old skins: a stored fa.wikipedia page; af.samta.ir's
# atlas, glued to the next heading «...جستجومنابع»), «پرش به ناوبری پرش به جستجو» (Vector),
# English «Jump to: navigation, search» («Jump to:navigation Jump to:search»,
# wiki.gentoo.org), Arabic «اذهب إلى التنقل اذهب إلى البحث» (3rabica.org).
# A headline about a jump («پرش به ارتفاع») names no navigation.
_WIKI_JUMP_FIRST = frozenset("پjJا")  # _WIKI_JUMP_LINKS's first letters (its fold: ASCII)
_WIKI_JUMP_LINKS = regex.compile(
    r"""^[\x20]*(?:
        پرش[\x20]*به[\x20]*:?[\x20]*ناوبری[\x20]*[،,]?[\x20]*(?:پرش[\x20]*به[\x20]*)?جست
        |jump[\x20]+to[\x20]*:?[\x20]*navigation[\x20]*,?[\x20]*(?:jump[\x20]+to[\x20]*:?[\x20]*)?search
        |اذهب[\x20]+[إا]ل[ىیي][\x20]+التنقل[\x20]*[،,]?[\x20]*(?:اذهب[\x20]+[إا]ل[ىیي][\x20]+)?البحث
    )""",
    regex.VERBOSE | regex.IGNORECASE,
)


# A language switcher: two or more languages' codes or names parted by «|», «/» or spaces
# («EN | ES |», «FA | EN», «EN / AR», «فارسی | English»). It links the page in other
# languages; it is no headline whatever the page holds. A headline naming two languages
# says more («English / فارسی: کدام را بیاموزیم؟»); words that are codes only by chance
# («AI / ML», «it is») are not all codes, or are lower case without a bar or a slash.
_LANGUAGE_SPLIT = re.compile(r"[\s|/]+")
_LANGUAGE_CODES = vocab.LANGUAGE_CODES
_LANGUAGE_CODES_3 = vocab.LANGUAGE_CODES_3
# (normalised as the lines are: «العربیة» is read «العربیه»; fix287)
_LANGUAGE_NAMES = frozenset(_fold(name) for name in vocab.LANGUAGE_NAMES) | frozenset(
    _fold(normalize(name)) for name in vocab.LANGUAGE_NAMES
)
# A switcher of a few languages is short: at most this many characters.
# (eight names parted by bars, «ترکی | فارسی | العربیة | ... | Deutsch», run to 70: a
# Tebyan provincial site's bar, tests/pages 910; fix287)
LANGUAGE_SWITCHER_CHARS = CHROME_MAX_CHARS


def is_language_switcher(norm: str) -> bool:
    """Whether a normalised line is a language switcher: only two or more languages' codes
    (:data:`vocab.LANGUAGE_CODES`, upper case, title case, or lower case between bars or
    slashes; :data:`vocab.LANGUAGE_CODES_3` in capitals between bars or slashes) or own names
    (:data:`vocab.LANGUAGE_NAMES`): «EN | ES |», «FA / EN», «ENG | ESP |», «فارسی | English»."""
    if len(norm) > LANGUAGE_SWITCHER_CHARS:
        return False
    items = [item for item in _LANGUAGE_SPLIT.split(norm) if item]
    if len(items) < 2:
        return False
    barred = "|" in norm or "/" in norm
    for item in items:
        if len(item) == 2 and item.lower() in _LANGUAGE_CODES:
            if item.isupper() or item.istitle() or barred:
                continue
            return False
        if len(item) == 3 and barred and item.isupper() and item.lower() in _LANGUAGE_CODES_3:
            continue  # «ENG | ESP |»: three letters in capitals, between bars or slashes
        if _fold(item) not in _LANGUAGE_NAMES:
            return False
    return True


def is_wiki_jump_links(norm: str) -> bool:
    """Whether a normalised line opens with MediaWiki's skip links («پرش به ناوبری پرش به
    جستجو», «Jump to navigation Jump to search»), printed under a page's heading and tagline."""
    return _WIKI_JUMP_LINKS.match(norm) is not None


# A menu's «about» entry: «about» and one word naming the site's owner or «us», alone on
# its line. Persian and Dari «درباره ما», «درباره وزارت», «درباره سازمان»; Pashto «X په
# اړه/هکله» (about X): «زموږ په اړه» (about us), «د وزیر په هکله» (about the minister,
# old.moj.gov.af's menu over its news items, tests/pages 1172-1173), «د وزارت په اړه». A
# headline about a minister or a ministry names which one and what happened; one word after
# «about» is a link to the office's own page.
_ABOUT_OWNER = (
    "وزیر|وزارت|وزارتخانه|وزارتخانې|ریاست|رئیس|اداره|ادارې|سازمان|دانشگاه|پوهنتون|دانشکده|"
    "پوهنځی|شرکت|مرکز|انجمن|ټولنه|ټولنې|شهرداری|ښاروالۍ|بنیاد|موسسه|مؤسسه|سایت|سایټ|پایگاه|"
    "نشریه|مجله|خبرگزاری|آژانس|اژانس|کمیسیون|شورا|شورای|والی|ولایت"
)
_ABOUT_FIRST = frozenset("دز")  # _ABOUT_LABEL's first letters, after its spaces
_ABOUT_LABEL = regex.compile(
    r"[\x20]*(?:(?:درباره|در[\x20\u200c]?باره)[\x20\u200c]+(?:ما|" + _ABOUT_OWNER + ")"
    r"|(?:زموږ|زمونږ|زمونږ|د[\x20]+(?:" + _ABOUT_OWNER + r"))[\x20\u200c]+په[\x20\u200c]+"
    r"(?:اړه|هکله|باب))[\x20]*$"
)


# A menu's items run into one line without bars, opening with the feed's or the home
# item's link: «rss صفحه‌اصلی بین‌الملل ایران اجتماعی اقتصادی سیاسی ورزشی فرهنگ‌وهنر ...
# تماس‌باما پیوندها آرشیو» (a Loxblog news blog's top bar, raheshomalegharb.loxblog.ir,
# tests/pages/1750). Longer than a section line and holding the site's own items the
# vocabulary does not know («معرفی‌استان», «ثبت‌خبر»), it still opens with the feed or home
# item, names GLUED_MENU_SECTIONS sections at least and is two thirds known menu words. A
# headline naming sections («بخش‌های سیاسی و اقتصادی صفحه اصلی سایت تازه شد») opens with
# neither item, or is mostly other words.
_GLUED_MENU_OPENERS = frozenset(_fold(w) for w in ("rss", "صفحه اصلی", "صفحه نخست", "خانه"))
# A site's page's link opening a bar-less menu of menu words only: «تماس با ما», «درباره ما»
# (fix299).
_GLUED_MENU_PAGE_OPENERS = frozenset(_fold(w) for w in ("تماس با ما", "درباره ما"))
_GLUED_MENU_FIRST = frozenset("rRصختد")
GLUED_MENU_MIN_WORDS = 6
GLUED_MENU_MAX_WORDS = 30
GLUED_MENU_MAX_CHARS = 300
GLUED_MENU_SECTIONS = 3
# Items of a bar-less menu all of them menu words or sections: a menu with fewer sections.
GLUED_MENU_KNOWN_ITEMS = 4
# Fewer items, every one a menu's word and one of them a link to a site's page («تماس با
# ما»): «خانه مقالات تماس با ما» (fix291).
GLUED_MENU_PAGE_ITEMS = 3
# A line opening with a site's page's link («تماس با ما», «درباره ما») and one more item, a
# menu's word: «تماس با ما اخبار» (fix306).
GLUED_MENU_OPENER_ITEMS = 2


def _glued_menu(norm: str) -> bool:
    """Whether a normalised line is a menu's items run together without bars, opening
    with the feed's or the home item («rss صفحه‌اصلی بین‌الملل ایران اجتماعی ...»): three
    sections or more, or every item of four or more a menu's word (fix278)."""
    if len(norm) > GLUED_MENU_MAX_CHARS:
        return False
    head = _CHROME_SPLIT.split(norm.strip(), 3)[:3]  # (the opener first: most lines fail it)
    page_opener = False
    if (
        _fold(head[0]) not in _GLUED_MENU_OPENERS
        and _fold("".join(head[:2])) not in _GLUED_MENU_OPENERS
    ):
        # A menu may open with a link to a site's page: «تماس با ما اخبار مقالات» (fix299).
        # Then every item must be a menu's word (below).
        page_opener = (
            _fold("".join(head[:2])) in _GLUED_MENU_PAGE_OPENERS
            or _fold("".join(head)) in _GLUED_MENU_PAGE_OPENERS
        )
        if not page_opener:
            return False
    words = [word for word in map(_fold, _CHROME_SPLIT.split(norm)) if word]
    if not GLUED_MENU_PAGE_ITEMS <= len(words) <= GLUED_MENU_MAX_WORDS:
        return False
    items = sections = known = pages = 0
    index = 0
    while index < len(words):
        items += 1
        if index + 2 < len(words) and "".join(words[index : index + 3]) in _CHROME_PHRASES:
            known += 1  # «تماس با ما»: a menu item of three words (fix278)
            pages += 1
            index += 3
            continue
        pair = words[index] + words[index + 1] if index + 1 < len(words) else ""
        if pair and (pair in _SECTION_WORDS or pair in _CHROME_PHRASES):
            sections += pair in _SECTION_WORDS
            pages += pair not in _SECTION_WORDS and items > 1
            known += 1
            index += 2
            continue
        sections += words[index] in _SECTION_WORDS and words[index] != "و"
        known += words[index] in _SECTION_WORDS or words[index] in _CHROME_PHRASES
        pages += words[index] in _CHROME_PHRASES and words[index] not in _SECTION_WORDS
        pages -= items == 1 and words[index] in _CHROME_PHRASES  # (the opener is no page)
        index += 1
    if known == items and page_opener and items == GLUED_MENU_OPENER_ITEMS:
        # «تماس با ما اخبار»: the site's page's link and one menu's word, nothing else on the
        # line: a menu of two items (mut55's page (e); fix306).
        return True
    if known == items and items >= GLUED_MENU_PAGE_ITEMS and (pages > 0 or page_opener):
        # «خانه مقالات تماس با ما»: three items, every one a menu's word, one of them a link
        # to the site's own page (mut53b's page (h); fix291). A line of home and sections only
        # («خانه فرهنگ و هنر», an institution's name) is not read here.
        return True
    if len(words) < GLUED_MENU_MIN_WORDS or page_opener:
        return False
    if known == items >= GLUED_MENU_KNOWN_ITEMS:
        # «خانه مقالات درباره ما تماس با ما»: every item a menu's word (a site's pages, one
        # section), however few sections (japarak.com, blind95, tests/pages 2474; fix278).
        return True
    return sections >= GLUED_MENU_SECTIONS and 3 * known >= 2 * items


# A navigation link back to a page (fix188): «بازگشت به صفحه کامل» (a Liferay portlet's link
# back to the full page, zarchedu, tests/pages 2008), «بازگشت به صفحه قبل», «برگشت به
# فهرست», «بازگشت به لیست اخبار»: «back to» and a page's or a list's word, at most two more
# words. A headline about a return names no page («بازگشت به خانه پس از بیست سال»).
_BACK_FIRST = frozenset("ب")
_BACK_LINK = regex.compile(
    r"[\x20]*(?:بازگشت|برگشت)[\x20]+به[\x20]+"
    r"(?:صفحه|فهرست|لیست|بالا|بالای|ابتدای|ابتدا|آرشیو|نمایش|مطالب|اخبار)"
    r"(?:[\x20\u200c]+[^\x20]+){0,2}[\x20]*$"
)


# A post header's clock and a number, alone on their line: «09:15 ق.ظ 3184» (a Mihanblog
# template's time and the post's number over its headline, hhaa2.mihanblog.com, tests/pages
# 2253; fix287). A line of a time and a number says nothing a headline would.
_CLOCK_AND_NUMBER = regex.compile(
    r"[\x20]*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
    r"(?:[\x20]*(?:ق\.?[\x20]?ظ|ب\.?[\x20]?ظ|am|pm|AM|PM)\.?)?[\x20]+[0-9]{1,9}[\x20]*"
)


# A gap of blanked Markdown between two items of a line: a link's address, a cell's pipe.
_WIDE_GAP = re.compile(r"\x20{3,}")


# A numbered list's item alone on its line: «1. اجتماعی» (digits made ASCII by normalize).
_NUMBERED_ITEM = regex.compile(r"[\x20]*[0-9]{1,2}\.[\x20]+(?P<item>[^\x20].*?)[\x20]*")


# :data:`vocab.LOGO_WORDS` opening a line of letters only, with at most LOGO_ALT_NAME_WORDS
# words after it (the site's name, «سایت» first or not), no sentence's mark.
LOGO_ALT_NAME_WORDS = 5
_LOGO_ALT = regex.compile(
    rf"[\x20]*(?:{any_case(vocab.LOGO_WORDS)})"
    rf"(?P<name>(?:[\x20\u200c]+[\p{{L}}\p{{M}}\u200c]+){{0,{LOGO_ALT_NAME_WORDS}}})[\x20]*",
    regex.IGNORECASE,
)
_LOGO_ALT_FIRST = frozenset("لlL")
# A verb ending a line that names a logo: a headline's («لوگوی جدید ... رونمایی شد»).
_LOGO_NEWS_VERB = regex.compile(r"(?:شد|شود|کرد|کند|است|شدند|کردند|می[\x20\u200c]?\S+)$")


# The year's slogan banner's label alone: «شعار 1402» (:data:`vocab.YEAR_SLOGAN_WORDS`, then
# a Jalali year; digits made ASCII by normalize).
_YEAR_SLOGAN_LABEL = regex.compile(
    rf"[\x20]*(?:{words(vocab.YEAR_SLOGAN_WORDS)})[\x20\u200c]*1[34][0-9]{{2}}[\x20]*"
)


def _logo_alt(norm: str) -> bool:
    """Whether a normalised line is a logo's alternative text: «لوگو», «logo», «لوگوی NAME»,
    «لوگوی سایت NAME» (:data:`_LOGO_ALT`), not a headline about a logo (a verb last, or a
    word calling it new, :data:`vocab.LOGO_NEWS_WORDS`: «لوگوی جدید باشگاه»)."""
    match = _LOGO_ALT.fullmatch(norm)
    if match is None:
        return False
    name = match["name"].replace("\u200c", " ").split()
    if any(word.lower() in vocab.LOGO_NEWS_WORDS for word in name):
        return False
    return not name or _LOGO_NEWS_VERB.search(norm.rstrip()) is None


def is_chrome_line(norm: str) -> bool:
    """Whether a normalised line is site furniture: a menu item, section names, a button.

    «صفحه نخست», «لینک‌های قابلیت دسترسی», «سیاسی | اقتصادی | ورزشی» are; a headline
    that mentions a section («اقتصاد ایران در سال ۱۴۰۲») is not.
    """
    first = norm.lstrip(" ")[:1]  # (the patterns' first letters tested in C before them)
    if "دوره" in norm and _JOURNAL_ISSUE_LINE.match(norm) is not None:
        return True  # a journal's issue line, however long its tail of links
    if first in _WIKI_JUMP_FIRST and _WIKI_JUMP_LINKS.match(norm) is not None:
        return True  # a wiki's skip links, whatever the text glued after them
    if is_home_link_line(norm):
        return True  # a logo's link kept as Markdown: the site's name (pages_markdown/1235)
    if first in _GLUED_MENU_FIRST and _glued_menu(norm):
        return True  # «rss صفحه‌اصلی بین‌الملل ایران اجتماعی اقتصادی ...»: a bar-less menu
    if ".\x20\x20" in norm and _fold(norm.rsplit(".\x20\x20", 1)[1]) in _SEARCH_LINKS:
        return True  # «NOTICE.  کاوش پیشرفته»: a notice's sentence glued to a search link
    if "\x20\x20\x20" in norm:
        # A Markdown line's links or table cells blanked (their addresses and pipes made
        # spaces, the text keeping its length), a text's columns: «صفحه اول | اخبار | ... |
        # تماس با ما» is read without the gaps, a wide gap as the bar it was (fix287).
        parts = (part.strip("\x20|") for part in _WIDE_GAP.split(norm))
        norm = "\x20".join(" | ".join(part for part in parts if part).split())
    if len(norm) > CHROME_MAX_CHARS:
        return False
    if first in _LOGO_ALT_FIRST and _logo_alt(norm):
        return True  # «لوگوی سایت شهرداری اسدیه»: the site's logo's alt text (fix290)
    if first == "ش" and _YEAR_SLOGAN_LABEL.fullmatch(norm) is not None:
        return True  # «شعار 1402»: the year's slogan banner's label (fix290)
    if first in _ABOUT_FIRST and _ABOUT_LABEL.match(norm) is not None:
        return True  # «درباره وزارت», «د وزیر په هکله»: a menu's «about» entry
    if is_language_switcher(norm):
        return True  # «EN | ES |», «FA / EN»: links to the page in other languages
    if first in _BACK_FIRST and _BACK_LINK.match(norm) is not None:
        return True  # «بازگشت به صفحه کامل»: a link back to a page (fix188)
    if first.isdigit() and _CLOCK_AND_NUMBER.fullmatch(norm) is not None:
        return True  # «09:15 ق.ظ 3184»: a post header's time and number (fix287)
    if first.isdigit() and (item := _NUMBERED_ITEM.fullmatch(norm)) is not None:
        # «1. اجتماعی»: a breadcrumb kept as a numbered list of one section's name
        # (payamekhabar.ir, real59 #09; fix192); «1. اجتماعی شدن کودکان» is a heading.
        return _fold(item["item"]) in _SECTION_WORDS
    head = _CHROME_SPLIT.split(norm.strip(), 1)[0]
    if head and _fold(head) not in _CHROME_HEADS:
        return False  # the first word starts no chrome phrase and is no section name
    folded = _fold(norm)
    if not folded or folded in _CHROME_PHRASES:
        return True
    if _home_menu(norm) or _home_crumbs_run(norm):
        return True
    if folded in _SECTION_WORDS:
        return True  # a section's name of three words or more («آیین نامه ها») alone
    words = [word for word in map(_fold, _CHROME_SPLIT.split(norm)) if word]
    if not words or len(words) > SECTION_LINE_WORDS:
        return False
    # Two-word names («بین الملل», «استان ها») are folded into one key.
    index = 0
    while index < len(words):
        if index + 1 < len(words) and (
            words[index] + words[index + 1] in _SECTION_WORDS
            or words[index] + words[index + 1] in _CHROME_PHRASES  # «واتس اپ»
        ):
            index += 2
            continue
        if words[index] not in _SECTION_WORDS and words[index] not in _CHROME_PHRASES:
            return False
        index += 1
    return True


# A page's script and browser noise, printed over the page when its scripts did not run
# (a stored copy, a text-mode browser): a loader's placeholder alone on its line
# («Loading...», «در حال بارگذاری...», «لطفا صبر کنید»), or a notice addressed to the
# reader about the browser or its JavaScript («شما از نسخه قدیمی این مرورگر استفاده
# می‌کنید ...», «جهت ... به روز رسانی مرورگر اینجا کلیک کنید», «Please enable JavaScript»).
# A headline about browsers names no reader («گوگل از مرورگرهای قدیمی پشتیبانی نمی‌کند»).
_LOADER_TEXTS = frozenset(
    {
        "loading", "please wait", "در حال بارگذاری", "در حال بارگزاری", "در حال بارگیری",
        "لطفا صبر کنید", "لطفا کمی صبر کنید",
    }
)  # fmt: skip
# A loader's placeholder has at most this many words («لطفا کمی صبر کنید...»).
LOADER_WORDS = 4
_BROWSER_NOTICE = regex.compile(
    r"""
    # «your browser» and what a notice says of it: not supported, old, to be updated or
    # switched on («مرورگر شما قدیمی است», «مرورگر خود را به روز کنید»); a headline about
    # the reader's browser says something else («مرورگر شما چه چیزهایی را ذخیره می‌کند»)
    # (fix288).
    مرورگر[\x20\u200c]*(?:شما|خود[\x20]+را)[^.]*?
     (?:پشتیبانی|ساپورت|نمی[\x20\u200c]*شناسد|قدیمی|منسوخ|به[\x20\u200c]*روز|بروز|ارتقا
     |فعال|تغییر)
    |شما[\x20]+از[\x20]+(?:نسخه|یک)[^.]*مرورگر      # «you are using ... browser»
    |مرورگر[^.]*اینجا[\x20]+کلیک                    # «... browser, click here»
    |جاوا[\x20\u200c]*اسکریپت[^.]*(?:شما|فعال)       # «enable JavaScript in your ...»
    |\b(?:your|this|outdated|unsupported)[\x20]+(?:web[\x20]+)?browser\b
    |\bjavascript\b[^.]*\b(?:enable|disabled|required|turn[\x20]+on)
    |\b(?:enable|requires?)\b[^.]*\bjavascript\b
    # A web app's install prompt (a PWA's banner, printed as text by extraction): «آیا
    # مایل به نصب وب اپلیکیشن NAME | HOST هستید؟» (meraatnews.ir, tests/pages/1325), «add
    # to home screen». A question to the reader about installing the site, never its story.
    # A notice asking the reader to download the site's font to read it: «لطفا برای مشاهده
    # بهتر تارنما قلم فارسی موجود را دریافت کنید.» (iranbar.org, real55 #24), «... فونت
    # ... را دانلود نمایید». An imperative to the reader; a headline about a font is none.
    |(?:قلم|فونت)(?:[\x20\u200c]+[^\x20.]+){0,3}?[\x20\u200c]+(?:را[\x20\u200c]+)?
     (?:دریافت|دانلود|نصب)[\x20\u200c]*(?:کنید|نمایید)
    |^آیا[\x20]+(?:مایل|می[\x20\u200c]*خواهید)[\x20]+(?:به[\x20]+)?(?:نصب|افزودن)
     [^.]*(?:اپلیکیشن|وب[\x20\u200c]*اپ|برنامه|سایت|app)
    |\badd[\x20]+to[\x20]+home[\x20]+screen\b
    |\binstall[\x20]+(?:our|this|the)[\x20]+(?:web[\x20]+)?app\b
    # «your browser» in Tajik and Russian (RFE/RL's Tajik service, ozodi.org: «Браузери
    # шумо HTML5-ро намешиносад», real78 #27; «Ваш браузер не поддерживает ...»).
    |браузери[\x20]+(?:шумо|худро)
    |\bваш[\x20]+браузер
    """,
    regex.VERBOSE,
)
# A browser's or a player's notice that the reader's browser does not support what the page
# plays or shows (an HTML5 video's fallback text, printed where the player stands, under
# the headline as often as over it): «your browser» and a negation of support, in Persian
# («مرورگر شما از ... پشتیبانی نمی‌کند», «... را نمی‌شناسد»), Tajik («Браузери шумо HTML5-ро
# намешиносад», «... дастгирӣ намекунад»), Russian and English («Your browser does not support
# the video tag»). Never the title (fix277). A headline about browsers names no reader's
# («گوگل از مرورگرهای قدیمی پشتیبانی نمی‌کند»).
_UNSUPPORTED_NOTICE = regex.compile(
    r"""
    مرورگر[\x20\u200c]*شما[^.]*(?:پشتیبانی|ساپورت)[\x20\u200c]*نمی[\x20\u200c]*(?:کند|شود)
    |مرورگر[\x20\u200c]*شما[^.]*نمی[\x20\u200c]*شناسد
    |браузери[\x20]+шумо[^.]*(?:намешиносад|намекунад|намебошад)
    |\bваш[\x20]+браузер[^.]*\bне[\x20]+(?:поддерживает|распознает|может)
    |\byour[\x20]+(?:web[\x20]+)?browser[^.]*
     (?:does[\x20]+not|doesn't|doesn’t|cannot|can't|can’t|is[\x20]+not|isn't|isn’t)
    """,
    regex.VERBOSE,
)
# What turns those words into news: the browser «no longer» supports something («مرورگر شما
# از اول بهمن دیگر از ویندوز هفت پشتیبانی نمی‌کند»), a change a vendor announces. A notice
# says what the reader's browser cannot show now, never that it stopped (fix288).
_NO_LONGER_SUPPORTS = regex.compile(
    r"(?:^|[\x20])دیگر[\x20]+از[\x20][^.]*(?:پشتیبانی|ساپورت)[\x20\u200c]*نمی[\x20\u200c]*کند"
)
# What every alternative of :data:`_UNSUPPORTED_NOTICE` holds, in the line's lower-case copy
# (the pattern is searched in it): a line holding none of them is no such notice, whatever its
# other words (the cheap test, three scans, before the notice's pieces and the pattern;
# speed54).
_UNSUPPORTED_PIECES = ("مرورگر", "браузер", "browser")
# The pieces of words one of those lines holds, as written or normalised (the Arabic kaf
# and yeh too, any letter case): most lines hold none. Looked for with ``in``, which costs
# a tenth of one search for them all.
_NOTICE_PIECES = (
    "مرورگر", "اسکریپت", "اسكريپت", "بارگ", "لطفا", "rowser", "ROWSER", "cript", "CRIPT",
    "oading", "OADING", "ait", "AIT", "نصب", "افزودن", "nstall", "NSTALL", "creen", "CREEN",
    "فونت", "раузер", "РАУЗЕР",
)  # fmt: skip


def notice_hint(text: str) -> bool:
    """Whether a line (as written or normalised) holds a word of a browser notice or a
    loader's placeholder: the cheap test before :func:`is_browser_notice`."""
    for piece in _NOTICE_PIECES:  # noqa: SIM110 (a plain loop: no generator's frame)
        if piece in text:
            return True
    return False


# A browser notice has at most this many words (two sentences and a link's words).
BROWSER_NOTICE_WORDS = 45


def is_browser_notice(norm: str) -> bool:
    """Whether a normalised line is script or browser noise: a loader's placeholder
    («Loading...», «در حال بارگذاری...») or a notice to the reader about the browser or
    its JavaScript («شما از نسخه قدیمی این مرورگر استفاده می‌کنید ...»)."""
    if not notice_hint(norm):
        return False
    words = norm.rstrip(".…!\x20\u200c").replace("\u200c", " ").split()
    if len(words) <= LOADER_WORDS and " ".join(words).lower() in _LOADER_TEXTS:
        return True
    # A notice may be as short as a loader («مرورگر شما قدیمی است», four words): the
    # notice's pattern is asked whatever the line's length (fix299).
    return (
        len(words) <= BROWSER_NOTICE_WORDS
        and _BROWSER_NOTICE.search(norm.lower()) is not None
        and _NO_LONGER_SUPPORTS.search(norm) is None
    )


def is_unsupported_notice(norm: str) -> bool:
    """Whether a normalised line is a browser's or a player's notice that the reader's
    browser does not support what the page shows (:data:`_UNSUPPORTED_NOTICE`), of at most
    :data:`BROWSER_NOTICE_WORDS` words; not one saying the browser no longer supports
    something (:data:`_NO_LONGER_SUPPORTS`, news of a change: fix288)."""
    lowered = norm.lower()
    for piece in _UNSUPPORTED_PIECES:  # a plain loop: no generator's frame
        if piece in lowered:
            break
    else:
        return False
    return (
        notice_hint(norm)
        and len(norm.split()) <= BROWSER_NOTICE_WORDS
        and _UNSUPPORTED_NOTICE.search(lowered) is not None
        and _NO_LONGER_SUPPORTS.search(norm) is None
    )


# What may open a news category's name before its one section word («اخبار اجتماعی»,
# «گروه ورزشی», «سرویس فرهنگی»).
_SECTION_NAME_HEADS = tuple(_fold(w) for w in ("اخبار", "خبرهای", "گروه", "سرویس"))


def is_section_name(norm: str) -> bool:
    """Whether a normalised line names ONE news category: a section word alone or after
    «اخبار»/«گروه»/«سرویس» («ورزشی», «اخبار اجتماعی»). A menu of several sections
    («سیاسی | اقتصادی»), a menu phrase («صفحه اصلی», «آرشیو اخبار») or «اخبار» alone is not.
    """
    folded = _fold(norm)
    for head in _SECTION_NAME_HEADS:
        if folded.startswith(head) and folded[len(head) :] in _SECTION_WORDS:
            folded = folded[len(head) :]
            break
    return folded in _SECTION_WORDS and folded not in _NEWS_HEADINGS


# A site's generic heading over its news items («خبرها», «آخرین اخبار»): no one category's
# name, and a sign that the items under it are a list.
_NEWS_HEADINGS = frozenset(
    _fold(w)
    for w in (
        "اخبار", "خبرها", "خبرهای", "گروه", "سرویس", "آخرین اخبار", "آخرین خبرها",
        "تازه ترین اخبار", "تازه‌ترین اخبار", "تازه ترین خبرها", "تازه‌ترین خبرها",
    )
)  # fmt: skip


def is_news_heading(norm: str) -> bool:
    """Whether a normalised line is a site's generic heading over its news items
    («خبرها», «اخبار», «آخرین اخبار»)."""
    return _fold(norm) in _NEWS_HEADINGS


_BYLINES = tuple(sorted({_fold(w) for w in vocab.BYLINE_WORDS}, key=len, reverse=True))


# A blog post's footer byline (fix237): «by» (بدست, به دست, توسط), the author's name of
# at most POST_BYLINE_NAME_WORDS words, «in category» (در دسته) and the category's name of
# at most POST_BYLINE_CATEGORY_WORDS words or none: «بدست مهدی کاظمی در دسته» (a Parsiblog
# post's line under its title, its category empty: 31shab.parsiblog.com, tests/pages 2277).
# A headline about gaining or taking something in a class («بدست آوردن مدال در دسته ...»)
# has the verb after «بدست», no name.
POST_BYLINE_NAME_WORDS = 4
POST_BYLINE_CATEGORY_WORDS = 4
_POST_BYLINE = regex.compile(
    r"[\x20]*(?:بدست|به[\x20\u200c]+دست|توسط)(?![\x20]+(?:آ|گرفت|داد|دهد|داده|می))"
    rf"(?:[\x20]+[^\x20]+){{1,{POST_BYLINE_NAME_WORDS}}}[\x20]+در[\x20]+دسته"
    rf"(?:[\x20]+[^\x20]+){{0,{POST_BYLINE_CATEGORY_WORDS}}}[\x20]*"
)


def is_byline(norm: str) -> bool:
    """Whether a normalised line is a byline, a credit or a reading aid.

    «نوشته: ...», «زمان مطالعه: ...», an image credit «... Copyright CANVA» or «© ...».
    """
    if len(norm) > CHROME_MAX_CHARS:
        return False
    if "a" <= norm[:1] <= "z":
        icon = _ICON_PREFIX.match(norm)
        if icon is not None:
            norm = norm[icon.end() :]  # «watch زمان مطالعه 1 دقیقه»
    return (
        _fold(norm).startswith(_BYLINES)
        or "©" in norm
        or "copyright" in norm.lower()
        or ("دسته" in norm and _POST_BYLINE.fullmatch(norm) is not None)
    )


def is_section_end(norm: str) -> bool:
    """Whether a normalised line opens what follows an article: related news, comments."""
    folded = _fold(norm)
    return bool(folded) and folded.startswith(_SECTION_ENDS)


# The digits of a count printed after a box's heading («مطالب مرتبط (۵)»): the normalised
# copy has every digit in ASCII.
_COUNT_DIGITS = "0123456789"


def is_related_heading(norm: str) -> bool:
    """Whether a normalised line heads a box of items related to the article above it
    («مطالب مرتبط», «نوشته‌های مشابه»: :data:`vocab.RELATED_BOX_WORDS`), not the site's
    latest items or the article's comments. The heading is the box's words alone (a colon
    or a count after them at most; the Latin «related» one word more, «Related Posts»): a
    longer line opening with them names a topic («مطالب مرتبط با کنکور», a post's headline
    on a blog's page), not a box."""
    folded = _fold(norm).rstrip(_COUNT_DIGITS)
    if folded in _RELATED_BOXES:
        return True
    return folded.startswith("related") and len(norm.split()) <= 2


# A month and a year alone («فروردین ۱۴۰۴», «حمل 1403»): a dateline without a day.
MONTH_YEAR = lazy(
    rf"""^(?:{words((*vocab.JALALI_MONTHS, *vocab.AFGHAN_MONTHS))})(?:{_G}ماه)?
    [\x20\u200c,،]*[0-9]{{4}}[\x20\u200c]*$""",
    _FLAGS,
)


def is_month_year(norm: str) -> bool:
    """Whether a normalised line is only a month name and a year: a date, never a headline."""
    return (
        len(norm) <= MONTH_YEAR_MAX_CHARS
        and _may_open_with_month(norm)
        and MONTH_YEAR.match(norm) is not None
    )


def _may_open_with_month(norm: str) -> bool:
    """A necessary test, in C, for :data:`MONTH_YEAR` and :data:`MONTH_ALONE`: the line
    opens with a letter (a month's name; an ID or a day's number alone on its line opens
    with a digit). Proved over generated strings by tests/test_prefilters.py."""
    return norm[:1].isalpha()


MONTH_YEAR_MAX_CHARS = 24

# A whole line that is a month's name and nothing else, Jalali or Gregorian in Persian
# spelling, maybe with «ماه»: «سپتامبر» under a bare «22» (a blog theme's date badge over a
# tag page's post, real36's #22), «اردیبهشت ماه». A date's part, never a headline. Hijri and
# Afghan months are left out: their names are also ordinary words and tag pages' names
# («رمضان», «محرم», «میزان», «سرطان»).
MONTH_ALONE = lazy(
    rf"""^(?:{words((*vocab.JALALI_MONTHS, *vocab.GREGORIAN_MONTHS_FA))})(?:{_G}ماه)?
    [\x20\u200c]*$""",
    _FLAGS,
)
MONTH_ALONE_MAX_CHARS = 16


def is_month_alone(norm: str) -> bool:
    """Whether a normalised line is only a month's name (:data:`MONTH_ALONE`): never a
    headline."""
    return (
        len(norm) <= MONTH_ALONE_MAX_CHARS
        and _may_open_with_month(norm)
        and MONTH_ALONE.match(norm) is not None
    )


# A dateline without a year at the end of a short line: «کابل باختر/17/ سنبله», «تهران-
# ایرنا/ ۵ مهر»: a place and an agency, a slash, a day and a month.
DAY_MONTH_END = lazy(
    rf"""/[\x20\u200c]*[0-9]{{1,2}}[\x20\u200c]*[/\-]?[\x20\u200c]*
    (?:{words((*vocab.JALALI_MONTHS, *vocab.AFGHAN_MONTHS))})(?:{_G}ماه)?[\x20\u200c]*$""",
    _FLAGS,
)
DAY_MONTH_MAX_WORDS = 5


def _may_end_day_month(norm: str) -> bool:
    """A necessary test, in C, for :data:`DAY_MONTH_END`: its slash, before the words are
    counted. Proved over generated strings by tests/test_prefilters.py."""
    return "/" in norm


def is_dateline_without_year(norm: str) -> bool:
    """Whether a short line ends with «/ day month»: an agency's dateline, never a headline."""
    return (
        _may_end_day_month(norm)
        and len(norm.split()) <= DAY_MONTH_MAX_WORDS
        and DAY_MONTH_END.search(norm) is not None
    )


# A whole line that is a day and a Jalali month with no year, maybe a weekday before it and a
# time after it (bare, after a dash or a bar, or in brackets): «چهارشنبه 9 اردیبهشت (18:42)»,
# «۱۲ مهر - ۱۰:۳۰». A theme that prints the article's date without its year.
YEARLESS_DATE_LINE = lazy(
    rf"""^[\x20\u200c]*(?:{WEEKDAY_TEXT}[\x20\u200c]*(?:[،,\-][\x20\u200c]*)?)?
    (?P<d>[0-9]{{1,2}})[\x20\u200c]*(?P<mn>{words(vocab.JALALI_MONTHS)})(?:{_G}ماه)?
    (?:[\x20\u200c]*(?:[،,\-|][\x20\u200c]*)?(?:ساعت[\x20\u200c]*:?[\x20\u200c]*)?
       (?:\([\x20\u200c]*[0-9]{{1,2}}:[0-9]{{2}}[\x20\u200c]*\)|[0-9]{{1,2}}:[0-9]{{2}}))?
    [\x20\u200c]*$""",
    _FLAGS,
)


def _may_be_yearless(norm: str) -> bool:
    """A necessary test, in C, for :data:`YEARLESS_DATE_LINE`: the line holds its day's
    number, no slash (the pattern has none: a date with slashes prints its year) and not
    only digits (it names a month). Proved over generated strings by
    tests/test_prefilters.py."""
    return "/" not in norm and not norm.isdigit() and _HAS_DIGIT.search(norm) is not None


def yearless_date_line(norm: str) -> tuple[int, str] | None:
    """The day and the month's name of a line that is only a date without its year
    (:data:`YEARLESS_DATE_LINE`), or None."""
    if not _may_be_yearless(norm):
        return None  # (tests in C; the pattern costs more even where it fails)
    found = YEARLESS_DATE_LINE.match(norm)
    return None if found is None else (int(found.group("d")), squeeze(found.group("mn")))


# An agency's dateline opening a lead: a place, then the agency and a date in brackets, then
# a colon: «غزنی (پژواک، ۲۲ اسد ۱۴۰۱): ...», «Kabul (Agency, 12 March 2023): ...»; or the
# agency's name and a colon, then a weekday and a date in brackets, then a colon or a
# semicolon: «عزم: (یکشنبې، د لړم ۲۸، ۱۴۰۲)؛ ...» (azamnews.com, Pashto); or the agency's
# name of one or two words, glued or spaced, then a weekday and a date in brackets, then a
# colon: «آسواکانیوز(پنجشنبه/۸میزان/۱۴۰۰): ...», «نن ټکی اسیا (سه شنبه، ۲۸ مرغومي، ۱۴۰۰ل): ...»
# (dateline_date asks for the weekday).
DATELINE = lazy(
    rf"""^[\x20\u200c]*(?:
        {_BL}\p{{L}}[\p{{L}}\p{{M}}\u200c\-]*(?:\x20\p{{L}}[\p{{L}}\p{{M}}\u200c\-]*)?
        [\x20\u200c]*\([\x20\u200c]*\p{{L}}[\p{{L}}\p{{M}}\u200c]*(?:\x20\p{{L}}[\p{{L}}\p{{M}}\u200c]*){{0,2}}
        [\x20\u200c]*[،,][\x20\u200c]*(?P<date>[^()\n]{{6,40}}?)[\x20\u200c]*\)[\x20\u200c]*:
      | {_BL}\p{{L}}[\p{{L}}\p{{M}}\u200c]*(?:\x20\p{{L}}[\p{{L}}\p{{M}}\u200c]*){{0,2}}
        [\x20\u200c]*:
        [\x20\u200c]*\([\x20\u200c]*(?P<weekday_date>[^()\n]{{6,48}}?)[\x20\u200c]*\)[\x20\u200c]*[:;]
      | {_BL}\p{{L}}[\p{{L}}\p{{M}}\u200c]*(?:\x20\p{{L}}[\p{{L}}\p{{M}}\u200c]*){{0,2}}
        [\x20\u200c]*\([\x20\u200c]*(?P<weekday_date>[^()\n:]{{6,48}}?)[\x20\u200c]*\)[\x20\u200c]*:
    )""",
    _FLAGS,
)


# «... ارسال شده در 7 شهریور، ۱۳۸۸ ...»: a post's header run into its first line (a forum
# post's author, post count and share button, then «posted on» and the date).
_POSTED_ON = regex.compile(
    r"(?<![\p{L}\p{M}])(?:ارسال|منتشر|نوشته)[\x20\u200c]*شده[\x20\u200c]+در[\x20\u200c:]*"
)
# At most this many words before «ارسال شده در» (a user name, a post count, a button).
POSTED_ON_MAX_WORDS = 6


def posted_on_date(norm: str) -> tuple[int, int] | None:
    """Where the date is when a line opens with a few words and then «ارسال شده در DATE»
    (or منتشر / نوشته شده در), the date straight after the words; else None."""
    found = _POSTED_ON.search(norm, 0, DATELINE_MAX_CHARS)
    if found is None or len(norm[: found.start()].split()) > POSTED_ON_MAX_WORDS:
        return None
    date = search(norm, found.end(), min(len(norm), found.end() + DATELINE_MAX_CHARS))
    if date is None or date.start() != found.end():
        return None
    return date.start(), date.end()


def dateline_date(norm: str) -> tuple[int, int] | None:
    """Where the date of a lead's opening dateline is, when the line opens with one.

    «غزنی (پژواک، ۲۲ اسد ۱۴۰۱): شماری از ...» gives the extent of «۲۲ اسد ۱۴۰۱»: a place of
    one or two words, the agency of one to three words and a comma, a whole date and
    nothing else in the brackets, then a colon. «این طرح (مصوب ۱۴۰۱): ...» is no dateline.
    «عزم: (یکشنبې، د لړم ۲۸، ۱۴۰۲)؛ ...»: the agency of one to three words and a colon, then
    a weekday and a whole date, nothing else, in the brackets, then a colon or semicolon.
    """
    if "(" not in norm[:DATELINE_MAX_CHARS]:
        return None
    found = DATELINE.match(norm[:DATELINE_MAX_CHARS])
    if found is None:
        return None
    bracketed = found.group("date") is None
    start, end = found.span("weekday_date" if bracketed else "date")
    date = search(norm, start, end)
    if date is None and not bracketed and SHORT_DATELINE_DATE.fullmatch(norm, start, end):
        # «(پژواک،٣٠ حمل٩٢)»: a day, a month's name and a two-digit year (fix204), read
        # by _reading._read_short_dateline; a place and the agency before it, as below.
        return None if _names_a_person(norm[: found.start("date")]) else (start, end)
    if date is None or (date.start(), date.end()) != (start, end):
        return None
    if bracketed and date.group("wd") is None:
        # Without a place before the brackets, only a weekday and a date make a dateline:
        # «قانون: (۱۴۰۲/۰۶/۲۸): ...» may name a law's date, not the report's.
        return None
    if _names_a_person(norm[: found.start("weekday_date" if bracketed else "date")]):
        return None  # «امام خمینی (یکشنبه ۲۲ بهمن ۱۳۵۷): ...»: a quote's attribution
    if (
        bracketed
        and _spaced_bare_name(norm[: found.start("weekday_date")])
        and not (date.captures("ma") and date.group("era"))
    ):
        # «خمینی (یکشنبه ۲۲ بهمن ۱۳۵۷): QUOTE»: a speaker and the quote's day; «جلسه بعدی
        # هیئت (پنجشنبه/۸میزان/۱۴۰۰): ...»: a meeting's. A date in Afghanistan's month names
        # (zodiac or Pashto) with its weekday and its solar year's mark is an Afghan
        # agency's dateline: «نن ټکی اسیا (سه شنبه، ۲۸ مرغومي، ۱۴۰۰ل): ...» (nunn.asia).
        return None
    return start, end


# A news site's mark in a dateline's name («آسواکانیوز», «ایسنا پرس», «پایگاه خبری ...»).
_NEWS_MARK = regex.compile(r"(?i:نیوز|خبر|پرس|news|press|agency)|پایگاه|آژانس")


def _spaced_bare_name(before: str) -> bool:
    """Whether the words before a bracketed weekday and date are a bare name set apart
    from the bracket by a space, with no colon and no news site's mark («خمینی (...)»):
    a person's name as likely as a site's, so the bracket is no dateline. An agency's
    name glued to its bracket («آسواکانیوز(...)») or followed by a colon is one."""
    name = before[: before.rfind("(")]
    return ":" not in name and name.endswith((" ", "\u200c")) and _NEWS_MARK.search(name) is None


def _names_a_person(before: str) -> bool:
    """Whether the words before a dateline's brackets open with a person's title or office
    (:data:`vocab.PERSON_TITLE_WORDS`: «امام خمینی», «آیت الله ...», «دکتر ...»): what
    follows is a quote's attribution and its date, not a site's or a place's dateline."""
    words = regex.findall(r"[\p{L}\p{M}\u200c]+", before)
    if not words:
        return False
    first = squeeze(words[0])
    pair = squeeze(words[0] + words[1]) if len(words) > 1 else first
    return first in vocab.PERSON_TITLE_WORDS or pair in vocab.PERSON_TITLE_WORDS


DATELINE_MAX_CHARS = 120


# «امروز» (today) opening a lead, then a whole date with its weekday.
_TODAY_OPENING = regex.compile(r"^[\x20\u200c]*امروز[\x20\u200c]*[،,:]?[\x20\u200c]*")


def today_dateline(norm: str) -> tuple[int, int] | None:
    """Where the date is when a lead opens with «امروز» (today) and a whole date with its
    weekday and year: «امروز پنج شنبه نوزدهم خرداد سال 1384 هجری شمسی برابر با ...» (a
    calendar column's or a report's day). Without a weekday or a year, None."""
    today = _TODAY_OPENING.match(norm)
    if today is None:
        return None
    date = search(norm, today.end(), min(len(norm), today.end() + DATELINE_MAX_CHARS))
    if date is None or date.start() != today.end() or date.group("wd") is None:
        return None
    if YEAR_CORE.search(norm, date.start(), date.end()) is None:
        return None
    return date.start(), date.end()


# «today» (Persian, Tajik, Russian) and an opening round bracket right after it: «имрӯз
# (09.04.2025)», «امروز (۱۴۰۲/۰۱/۱۴)», the writer's today spelled out in the bracket.
_TODAY_BRACKET = regex.compile(
    r"(?<![\p{L}\p{M}])(?:امروز|имрӯз|сегодня)[\x20\u200c]*\([\x20\u200c]*", regex.IGNORECASE
)


# A comparison word right before «today» (:data:`vocab.TODAY_COMPARISON_WORDS`): «мисли имрӯз»,
# «مثل امروز», an anniversary's «a day like today»; a word that also means «because»
# (:data:`vocab.TODAY_COMPARISON_OR_CAUSE_WORDS`) after a day's noun only: «روزی چون امروز»,
# «рӯзе чун имрӯз», never «... تعطیل است چون امروز» (fix251).
_TODAY_COMPARED = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{words(vocab.TODAY_COMPARISON_WORDS)}"
    rf"|(?:{words(vocab.TODAY_COMPARED_DAY_NOUNS)})[\x20\u200c]+"
    rf"(?:{words(vocab.TODAY_COMPARISON_OR_CAUSE_WORDS)}))[\x20\u200c]*$",
    regex.IGNORECASE,
)
# An anniversary's «on such a day» (:data:`vocab.ANNIVERSARY_PHRASES`), a space standing for a
# space, a ZWNJ or nothing (:func:`_patterns.words`).
_ANNIVERSARY_PHRASE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{words(vocab.ANNIVERSARY_PHRASES)})(?![\p{{L}}\p{{M}}])",
    regex.IGNORECASE,
)
# What ends the phrase's clause before «today»: a sentence's or a clause's punctuation, or a
# conjunction opening a new clause (:data:`vocab.CLAUSE_CONJUNCTIONS`), fix251.
_CLAUSE_BREAK = regex.compile(
    rf"[.!?؟؛;،,]|(?<![\p{{L}}\p{{M}}])(?:{words(vocab.CLAUSE_CONJUNCTIONS)})(?![\p{{L}}\p{{M}}])",
    regex.IGNORECASE,
)


def _anniversary_today(before: str) -> bool:
    """Whether the text before «today» makes it an anniversary's «a day like today»: a
    comparison word right before it («... дар чунин рӯзе чун имрӯз (09.04.1925)», «مثل امروز
    (...)») or «در چنین روزی» / «дар чунин рӯзе» (on such a day) in the clause of «today»: the
    bracket's date is the past event's, never the writer's day (fix245). The phrase governs the
    «today» of its own clause only: «در چنین روزی از سال گذشته سد خالی بود و امروز (DATE) ...»
    contrasts last year with the writer's day (fix251)."""
    if _TODAY_COMPARED.search(before) is not None:
        return True
    phrases = list(_ANNIVERSARY_PHRASE.finditer(before))
    return bool(phrases) and _CLAUSE_BREAK.search(before, phrases[-1].end()) is None


def today_bracket_date(norm: str) -> tuple[int, int] | None:
    """Where the date is when the first :data:`DATELINE_MAX_CHARS` characters of a lead call
    a whole date with its year today, in round brackets right after the word: «Дар толори
    ... имрӯз (09.04.2025) конфронси ... идома бахшид» (the Tajik academy's manuscript
    centre, real69 #13): the day the text was written. The bracket holds the date alone (a
    closing bracket right after it); without a year, None («امروز (۱۴ فروردین)»); after a
    comparison word or «on such a day», an anniversary: None (:func:`_anniversary_today`)."""
    if "(" not in norm[:DATELINE_MAX_CHARS]:
        return None
    today = _TODAY_BRACKET.search(norm, 0, DATELINE_MAX_CHARS)
    if today is None or _anniversary_today(norm[: today.start()]):
        return None
    date = search(norm, today.end(), min(len(norm), today.end() + DATELINE_MAX_CHARS))
    if date is None or date.start() != today.end():
        return None
    if not norm[date.end() :].lstrip(" \u200c").startswith(")"):
        return None
    if YEAR_CORE.search(norm, date.start(), date.end()) is None:
        return None
    return date.start(), date.end()


# An agency's dateline opening a lead: a place and the agency, each of one or two words and
# followed by a dash («یزد- ایرنا- ...», «تهران - ایسنا - ...»).
_AGENCY_DATELINE = regex.compile(
    r"^[\x20\u200c]*\p{L}+(?:\x20\p{L}+)?[\x20]*[-–][\x20]*\p{L}+(?:\x20\p{L}+)?[\x20]*[-–][\x20]+\p{L}"
)


def opens_with_agency_dateline(norm: str) -> bool:
    """Whether a line opens with an agency's dateline «PLACE- AGENCY-» («یزد- ایرنا-
    استاندار یزد ...»): the first sentence of a report, never its headline."""
    return _AGENCY_DATELINE.match(norm) is not None


# The dash after a date that opens a lead: «۵/ حوت/ ۱۳۹۱ – حدود ۱۶۰ تن ...».
_DATE_DASH = regex.compile(r"[\x20\u200c]*[-–—][\x20\u200c]+\p{L}")
# A source's name and a dash before a lead's date, once or twice («شبکهخبر- », «تهران- ایرنا-
# »), each name of one or two words; then the date, and a dash or a bar before the text:
# «شبکهخبر- 19 مهر 1402-18:30| رئیس‌جمهور ...» (a video news site's dateline glued to its
# text). The two words of a name may be set apart by more than one space (double-spaced text).
_SOURCE_DASH = regex.compile(
    r"[\x20\u200c]*(?:\p{L}[\p{L}\p{M}\u200c]*(?:\x20+\p{L}[\p{L}\p{M}\u200c]*)?"
    r"[\x20\u200c]*[-–][\x20\u200c]*){1,2}(?=[0-9])"
)
_DATE_DASH_OR_BAR = regex.compile(r"[\x20\u200c]*[-–—|][\x20\u200c]+\p{L}")
# At most this many characters before a source's dateline date (two names and their dashes).
SOURCE_DATELINE_REACH = 40


def date_first_dateline(norm: str) -> tuple[int, int] | None:
    """Where the date is when a lead opens with a whole date and a dash, then its text:
    «۵/ حوت/ ۱۳۹۱ – حدود ۱۶۰ تن از ...» (an Afghan site's dateline, the place left out),
    else None. A date opening the lead without the dash («۵ حوت ۱۳۹۱ روز ...») is a sentence's
    subject, and a date further in is the story's, not the report's."""
    start = len(norm) - len(norm.lstrip(" \u200c"))
    date = search(norm, start, min(len(norm), start + DATELINE_MAX_CHARS))
    if date is None or date.start() != start or _DATE_DASH.match(norm, date.end()) is None:
        return None
    return date.start(), date.end()


def source_dateline(norm: str) -> tuple[int, int] | None:
    """Where the date is when a lead opens with a source's name and a dash (once or twice),
    a whole date with its time, then a dash or a bar and its text: «شبکهخبر- 19 مهر
    1402-18:30| رئیس‌جمهور ...», «تهران- ایرنا- ۱۲ آبان ۱۴۰۲ - ۱۰:۲۰ - ...»; else None. A
    date without its time there may be the story's («... - ۱۲ آبان ۱۴۰۲ - روزی که ...»)."""
    source = _SOURCE_DASH.match(norm, 0, SOURCE_DATELINE_REACH)
    if source is None:
        return None
    start = source.end()
    date = search(norm, start, min(len(norm), start + DATELINE_MAX_CHARS))
    if (
        date is None
        or date.start() != start
        or date.group("H") is None
        or _DATE_DASH_OR_BAR.match(norm, date.end()) is None
    ):
        return None
    return date.start(), date.end()


# A city in capitals and a comma opening a lead («ДУШАНБЕ, », «ХУҶАНД, »; one or two words),
# and an agency's credit between slashes after a date («/АМИТ «Ховар»/»).
_CAPS_CITY_COMMA = regex.compile(r"\x20*\p{Lu}[\p{Lu}\-]{2,}(?:\x20\p{Lu}[\p{Lu}\-]+)?\x20*,\x20*")
_AGENCY_SLASHES = regex.compile(r"\x20*/(?=[^/\n]*\p{L})[^/\n]{2,40}/")
# A city's name in capitals or with a capital first (one or two words) and a comma, and an
# agency's credit after a dash: its initials and its name in guillemets, «- АИ «Корвон
# Иттилоот»» (caravan-info.pro's Tajik dateline «Бохтар, 14 октябр, 2025 – АИ «Корвон
# Иттилоот».», tests/pages 2650; fix309), or its name alone in guillemets.
_CITY_COMMA = regex.compile(
    r"\x20*\p{Lu}[\p{Lu}\p{Ll}\-]{2,}(?:\x20\p{Lu}[\p{Lu}\p{Ll}\-]+)?\x20*,\x20*"
)
_AGENCY_DASH_CREDIT = regex.compile(r"\x20*-\x20*(?:\p{Lu}{2,5}\x20+)?«[^»\n]{2,40}»")


def city_agency_dateline(norm: str) -> tuple[int, int] | None:
    """Where the date is when a lead opens with a city in capitals, a comma, a whole date
    and the agency's credit between slashes: «ДУШАНБЕ, 29 марта 2023 /АМИТ «Ховар»/. Дар
    ...» (Khovar's dateline, khovar.tj); or a city (capitals or a capital first), a comma, a
    whole date and the agency's credit in guillemets after a dash: «Бохтар, 14 октябр, 2025
    – АИ «Корвон Иттилоот». ...» (fix309); else None. The date stands between the place and
    the agency, as in «غزنی (پژواک، ۲۲ اسد ۱۴۰۱): ...»: the report's, not the story's."""
    city = _CITY_COMMA.match(norm, 0, SOURCE_DATELINE_REACH)
    if city is None:
        return None
    start = city.end()
    date = search(norm, start, min(len(norm), start + DATELINE_MAX_CHARS))
    if date is None or date.start() != start:
        return None
    if _AGENCY_SLASHES.match(norm, date.end()) is not None:
        # «/АМИТ «Ховар»/» after a city in capitals only, as Khovar prints it.
        return (date.start(), date.end()) if _CAPS_CITY_COMMA.match(norm, 0, start) else None
    if _AGENCY_DASH_CREDIT.match(norm, date.end()) is not None:
        return date.start(), date.end()  # «Бохтар, 14 октябр, 2025 – АИ «Корвон Иттилоот».»
    return None


# A weekday's name after a date and a comma («۱۴۰۳ بهمن ۲۵, پنجشنبه»), its parts spaced, joined
# by a ZWNJ or run together; the longest names first («پنج شنبه» before «شنبه»).
_WEEKDAY_AFTER_COMMA = [
    (regex.compile(r"[\x20\u200c]*[,،][\x20\u200c]*" + name.replace(" ", "[\x20\u200c]?")), day)
    for name, day in sorted(vocab.WEEKDAYS.items(), key=lambda item: -len(item[0]))
]


def date_weekday_dateline(norm: str) -> tuple[int, int, int] | None:
    """Where the date is, and the weekday named after it (0 for Saturday, as
    :data:`jalali_meta._vocab.WEEKDAYS`), when a lead opens with a whole date, a comma and a
    weekday's name, glued to its first word or not: «۱۴۰۳ بهمن ۲۵, پنجشنبهپه کابل کې ...»
    (a date header run into the lead by extraction: DW's «DATE, WEEKDAY»); else None. The
    caller checks the weekday against the date."""
    start = len(norm) - len(norm.lstrip(" \u200c"))
    date = search(norm, start, min(len(norm), start + DATELINE_MAX_CHARS))
    if date is None or date.start() != start:
        return None
    for pattern, day in _WEEKDAY_AFTER_COMMA:
        if pattern.match(norm, date.end()) is not None:
            return date.start(), date.end(), day
    return None
