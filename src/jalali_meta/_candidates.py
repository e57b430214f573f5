"""Header, footer and address lines turned into candidates, each with its rule.

Every line above the lead is classified once (:func:`header.classify`) and recorded by
:func:`_walk`: a label's value, a date line, a chrome line set aside, with a rule by where
it stands (beside the title, above it, or far above it, where "today" banners, site stamps
and clocks are page chrome: :func:`_banner`). A label printed empty takes the next line
(:func:`_take_next_line`); the late header lines right under the lead
(:func:`_late_header`) and a date line under the body (:func:`_footer_date`) become
candidates of their own rules, and the address its weakest ones (:func:`_url_candidates`).
A time printed alone under or over a date line without one is that date's time
(:func:`_time_below`, :func:`_time_above`). The resolver reads the candidates; nothing here
picks a value.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit

import regex

from jalali_meta import _vocab as vocab
from jalali_meta._chrome import (
    _LABEL_RULES,
    LABEL_REACH_ABOVE,
    _institution,
    _site_named,
    _volume_and_issue,
)
from jalali_meta._dates import as_day, build
from jalali_meta._datetimes import DateRead, before, lunar_stamp, read_match, same_moment
from jalali_meta._errors import DateError
from jalali_meta._evidence import dateline_day
from jalali_meta._grammar import is_hijri, read_time, search, squeeze
from jalali_meta._header import (
    DATE_FIELDS,
    DATELINE_MAX_CHARS,
    ID_VALUE,
    LONE_NUMBER_CELL,
    SOURCE_DATELINE_REACH,
    TIME_BEFORE_LABEL,
    TIME_LINE,
    LineInfo,
    bracket_cells,
    bullet_of,
    city_agency_dateline,
    date_first_dateline,
    date_weekday_dateline,
    date_with_lunar_twin,
    dateline_date,
    fits_next_line,
    is_byline,
    is_dateline_without_year,
    is_related_heading,
    is_section_end,
    may_open_time_label,
    posted_on_date,
    print_page_cell,
    source_dateline,
    time_alone,
    today_bracket_date,
    today_dateline,
    weather_reading,
)
from jalali_meta._lines import _apart, _Line, _lone_separator, _squash, _State
from jalali_meta._listing import (
    _EXCERPT_ENDS,
    LATE_HEADER_MAX_CHARS,
    SECTION_HEADING_WORDS,
    _forum_thread_page,
    _read_more,
    _related_box,
    _slug_key,
    _slug_spells,
)
from jalali_meta._normalize import normalize, to_ascii_digits
from jalali_meta._patterns import any_case
from jalali_meta._reading import (
    _GREGORIAN_KEYS,
    _SOLAR_KEYS,
    _VALUE_LEAD,
    _day_of,
    _is_day,
    _lunar_in,
    _lunar_twin_of_line_above,
    _post_header,
    _read_date,
    _read_match,
    _warn_clock_order,
    _warn_lunar,
)
from jalali_meta._records import Field, FieldName, Span, Timestamp, WarningCode, text_span
from jalali_meta._resolve import Candidate, Choice
from jalali_meta._sources import (
    _URL_DATE,
    _hostname,
    _machine_date,
    day_archive,
    jalali_day_archive,
    url_alias_day,
    url_alias_number,
    url_day,
    url_figure_alias_number,
    url_month,
    url_named_number,
    url_number,
    url_path_code,
    url_path_day,
    url_slug_day,
    url_tail_number,
    url_time_tail,
    url_time_tail_day,
    url_view_alias_number,
    url_year_like_id,
)
from jalali_meta._title import (
    _ANOTHER_DATE_LABEL,
    _dated_lead,
    _event_date_label,
    _next_items_headline,
    _semicolon_kicker,
    _speaker_colon_kicker,
    _speaker_kicker,
    _under_title,
)

# Label and date lines this close under the lead still belong to the header.
LATE_HEADER_LINES = 4
# A date line farther above the title than this many lines is page chrome.
DATE_REACH_ABOVE = 6
# A date line this close above the title is the header's (a template that prints the
# header first); farther up it is weaker evidence.
NEAR_ABOVE = 3
# Lines of the footer right under the body whose date may be the article's.
FOOTER_DATE_LINES = 2
# ... looking back at most this many lines, lone separators included.
FOOTER_LOOK_BACK = 4
# An ID that starts with a Jalali date: 14011103000123 = 1401/11/03 + a sequence number.
# An ID printed with thousands separators (U+066C or a comma, both a comma once normalised).
_GROUPED_ID = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")


# A date line ending the page that names a day at least this many days after the
# address's Jalali date path: the day the page was served, not the post's (fix236).
SERVED_DAY_MIN_DAYS = 30
# The same stamp printed without its weekday is taken for the served day only this many days
# or more after the path: a year on, no post filed under that day prints its own day (fix244).
SERVED_DAY_UNMARKED_MIN_DAYS = 365
# A site's copyright notice (:data:`vocab.COPYRIGHT_PHRASES`), lower-cased and normalised.
_COPYRIGHT_PHRASES = tuple(normalize(phrase).lower() for phrase in vocab.COPYRIGHT_PHRASES)


# A site's design credit opening a line (:data:`vocab.DESIGN_CREDIT_OPENINGS`), normalised.
_DESIGN_CREDIT_OPENINGS = tuple(
    normalize(phrase).lower() for phrase in vocab.DESIGN_CREDIT_OPENINGS
)
# Footer notices (a copyright, a design credit) read past under a served-day stamp, at most.
SERVED_DAY_FOOTER_LINES = 2


def _copyright_line(line: _Line) -> bool:
    """Whether ``line`` holds the site's copyright notice (:data:`vocab.COPYRIGHT_PHRASES`)."""
    norm = line.norm.lower()
    return any(phrase in norm for phrase in _COPYRIGHT_PHRASES)


def _footer_notice(line: _Line) -> bool:
    """Whether ``line`` is a footer's notice with no date of its own: the site's copyright
    («کلیه حقوق این سایت محفوظ است») or a design credit opening it («طراحی و پشتیبانی: ...»)."""
    norm = line.norm.lower().lstrip(" \u200c")
    return line.info.kind == "text" and (
        _copyright_line(line) or norm.startswith(_DESIGN_CREDIT_OPENINGS)
    )


def _drop_served_day_stamp(state: _State, path_day: Timestamp) -> None:
    """A page's last line, wholly one date with its weekday (or that date beside the site's
    copyright notice, «Monday, 3 March , 2025 | کلیه حقوق این سایت محفوظ است»), naming a day
    at least SERVED_DAY_MIN_DAYS after the address's Jalali date path: a template's today
    stamp printed in the footer («Sunday, 8 December , 2024» under a post filed at
    ``/1398/03/15/``, a WordPress theme's footer clock), the day the page was served, never
    the publication. Its candidate is dropped (the line set aside as a today widget) and the
    address's day stands, warned ``published-from-url`` (fix236). The same stamp without its
    weekday is dropped at SERVED_DAY_UNMARKED_MIN_DAYS or more (fix244). Up to
    SERVED_DAY_FOOTER_LINES footer notices under the stamp are read past, the stamp then the
    last line over them (a design credit, «دوشنبه ۱۸ دی ۱۴۰۲» / «طراحی و پشتیبانی: ...»; the
    copyright notice cut from the stamp's line, fix251). A line with other text, or a day
    near the address's, is left as it was."""
    lines = state.lines
    last = len(lines) - 1
    while (
        last >= 0
        and len(lines) - 1 - last < SERVED_DAY_FOOTER_LINES
        and _footer_notice(lines[last])
    ):
        last -= 1
    if last < 0:
        return
    if lines[last].info.kind != "date" and not _copyright_line(lines[last]):
        return
    start, end = lines[last].start, lines[last].end
    served = [
        c
        for c in state.candidates
        if c.field == "published"
        and c.order == last
        and c.stamp is not None
        and c.span is not None
        and start <= c.span[0] < end
    ]
    if not served:
        return
    path = _gregorian_day(path_day)
    if any(
        (_gregorian_day(c.stamp) - path).days
        < (SERVED_DAY_MIN_DAYS if c.stamp.weekday is not None else SERVED_DAY_UNMARKED_MIN_DAYS)
        for c in served
        if c.stamp
    ):
        return
    state.candidates[:] = [c for c in state.candidates if c not in served]
    state.ignore(lines[last], "today widget")


def _gregorian_day(stamp: Timestamp) -> date:
    """The Gregorian day of a stamp (a date, or the date of an aware time)."""
    value = stamp.gregorian
    return as_day(value)


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
    if shortlink is None:
        shortlink = _printed_item_link(state)
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
        clock = url_time_tail(url)
        if stamp is not None and clock is not None:
            # The permalink's %hour%/%minute% after the post's ID (fix278): the post's time.
            stamp = _machine_date(f"{year}/{month}/{day} {clock}", jalali=True) or stamp
        if stamp is not None:
            _drop_served_day_stamp(state, stamp)
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
        and not _dateline_names_another_day(state, dated)
    ):
        # A post's dated address («/2020/06/17/<slug>/», WordPress's day-and-name permalink,
        # the post's own publication day) on a page that prints only that month and year
        # («ژوئن 2020») or no date at all: the day is the address's (warned
        # ``published-from-url``); a date the page prints in full wins over it.
        state.fields.append(Field("published", "url", dated.isoformat(), None, None))
        state.candidates.append(Candidate("published", "url", "url", order, stamp=dated))
        state.url_month = None
    elif (
        not listed
        and (dated := url_time_tail_day(url)) is not None
        and (
            _prints_month_of(state, dated)
            or (
                _prints_no_date(state)
                and _one_item(state)
                and not _prints_another_month(state, dated)
            )
        )
        and not _dateline_names_another_day(state, dated)
    ):
        # «/2023/12/09/<slug>/4127/<category>/<author>/10/20/00/»: WordPress's time tail
        # after a Gregorian day's path (fix293), read as the dated address above, to the
        # minute (``published-from-url``); a date the page prints in full wins over it.
        state.fields.append(Field("published", "url", dated.isoformat(), None, None))
        state.candidates.append(Candidate("published", "url", "url", order, stamp=dated))
        state.url_month = None
    elif (
        not listed
        and (dated := url_path_day(url) or url_day(url)) is not None
        and (dateline := _dateline_of(state, dated)) is not None
    ):
        # «ДУШАНБЕ, 11 мар - Sputnik.» under «/opinion/20200311/<ID>/»: the agency's dateline
        # prints the day and month without a year, and the address's day is that day: the
        # address completes the year (``published-from-url``, naming the dateline); a date
        # the page prints in full wins over it.
        state.fields.append(Field("published", "url", dated.isoformat(), None, None))
        state.candidates.append(Candidate("published", "url", "url", order, stamp=dated))
        state.url_month = None
        state.url_dateline = dateline.text.strip()
    elif (
        not listed
        and (dated := url_path_day(url)) is not None
        and _prints_no_date(state)
        and not _dateline_names_another_day(state, dated)
    ):
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
    elif not listed and (dated := url_slug_day(url)) is not None and _prints_no_date(state):
        # A day glued to the end of the post's slug («/<slug>-2017-04-30/», the site's own
        # stamp of its post) on a page that prints no date at all: the day is the address's,
        # used as the date path's (``published-from-url``).
        state.fields.append(Field("published", "url", dated.isoformat(), None, None))
        state.candidates.append(Candidate("published", "url", "url", order, stamp=dated))
        state.url_month = None
    else:
        state.url_month = url_month(url)
    _url_number(state, url, shortlink)


# The item's own link printed under its label, alone on its line: «لینک مطلب :URL |»,
# «لینک کوتاه : URL», «لینک خبر: URL» (madresehnews.com, khalijpress.ir, real58 #08, #18;
# fix190); a table cell's bar may close it.
_ITEM_LINK_LINE = re.compile(
    r"[\x20\u200c]*لینک[\x20\u200c]*(?:مطلب|کوتاه|خبر)[\x20\u200c]*:[\x20\u200c]*"
    r"(?P<url>https?://[^\s<>\"'«»|]+)[\x20\u200c|]*"
)


def _printed_item_link(state: _State) -> str | None:
    """The item's link a text page prints under its label («لینک کوتاه : https://HOST/?p=N»,
    :data:`_ITEM_LINK_LINE`), read as an HTML page's short link: its ID is the number when
    the address holds none and the page prints no code. Several different links: none."""
    found: set[str] = set()
    for line in state.lines:
        # (the address first: a test of the text as written, where the label's asks for
        # the line's normalised copy, which most lines of a body never need otherwise)
        if "http" not in line.text or "لینک" not in line.norm:
            continue
        link = _ITEM_LINK_LINE.fullmatch(line.norm)
        if link is not None:
            found.add(line.text[link.start("url") : link.end("url")])
    if not found:
        return _print_view_address(state)
    return found.pop() if len(found) == 1 else None


# The print button among a print view's buttons (:data:`vocab.PRINT_VIEW_BUTTONS`).
_PRINT_BUTTONS = frozenset(("چاپ", "print"))
_VIEW_BUTTONS = frozenset(vocab.PRINT_VIEW_BUTTONS)
# How a label line ends («منبع:», «لینک خبر :»): the line under it is its value.
_LABEL_ENDS = (":", "\uff1a")
# The labels naming the page's own address (:data:`vocab.OWN_ADDRESS_LABELS`).
_OWN_ADDRESS_LABELS = frozenset(normalize(label).lower() for label in vocab.OWN_ADDRESS_LABELS)


def _print_view_address(state: _State) -> str | None:
    """The address a print view prints under the text, alone on its line, with the view's
    buttons alone on the line right under it («http://HOST/fa/News/7143/<slug>» over «بستن
    چاپ», real79 #10): the item's own address, read as a short link, when it is the only
    address of its host the text prints (an address among others may be any item's). An
    address right under a label line («منبع:», fix296) is that label's value: another site's
    item, never the view's own, unless the label names the page's own address («لینک خبر:»,
    «آدرس:», :data:`vocab.OWN_ADDRESS_LABELS`; fix304)."""
    lines = state.lines
    found: str | None = None
    for index in range(len(lines) - 1):
        line = lines[index]  # (one line at a time: a slice would make every line at once)
        if "http" not in line.text:
            continue  # (a cheap test of the text as written first)
        address = _PRINTED_URL.fullmatch(line.text.strip())
        if address is None:
            continue
        if (
            index
            and not _apart(state, line)
            and lines[index - 1].text.rstrip().endswith(_LABEL_ENDS)
            and " ".join(lines[index - 1].norm.lower().rstrip(" :\uff1a").split())
            not in _OWN_ADDRESS_LABELS
        ):
            continue  # «منبع:» over it: the labelled address is a source's, not the view's own
        under = lines[index + 1]
        words = under.norm.lower().split()
        if (
            _apart(state, under)
            or not words
            or not _VIEW_BUTTONS.issuperset(words)
            or _PRINT_BUTTONS.isdisjoint(words)
        ):
            continue
        if found is not None:
            return None  # two print views' addresses: neither is sure
        found = address.group(0)
    if found is None:
        return None
    host = (_hostname(found) or "").removeprefix("www.")
    same_host = sum(
        (_hostname(other.group(0)) or "").removeprefix("www.") == host
        for other in _PRINTED_URL.finditer(state.doc)
    )
    return found if same_host == 1 else None


def _url_number(state: _State, url: str | None, shortlink: str | None) -> None:
    """The address's item ID as the ``url`` candidate for ``number`` (see
    :func:`_url_candidates`); the short address's when the address holds none."""
    number = url_number(url) if url else None
    if number is not None and _listicle_count(state, url, number):
        number = None
    if url and number is None and (named := url_named_number(url)) is not None:
        # «/fa/regulation/946/<name>»: the number before the item's name is its ID when the
        # page prints that name (its headline): the address is this item's. A heading with
        # marks the slug drops («فرم پیشنهاده (پروپزال) ...» at «.../263/فرم-پیشنهاده-پروپزال-
        # ...», real63 #03) spells it too, among the page's first lines.
        key = _slug_key(named[1])
        if any(line.key == key for line in state.lines) or any(
            _slug_spells(line, named[1]) for line in state.lines[:_ALIAS_HEADLINE_LINES]
        ):
            number = named[0]
    if url and number is None and (alias := url_alias_number(url)) is not None:
        # «/story/5090-30-درصد-...», «/<section>/38-<alias>.html»: the number before the
        # item's name is its ID when the page prints that name without it (its headline); a
        # listicle's count is printed with its headline.
        key = _slug_key(alias[1])
        if any(line.key == key for line in state.lines[:_ALIAS_HEADLINE_LINES]):
            number = alias[0]
    if url and number is None and (viewed := url_view_alias_number(url)) is not None:
        # «/PageInfo-3003-<slug>»: a view's word, the item's number and its name in one
        # segment; the number is the item's ID when the page prints that name (fix292).
        key = _slug_key(viewed[1])
        if any(line.key == key for line in state.lines[:_ALIAS_HEADLINE_LINES]):
            number = viewed[0]
    if (
        url
        and number is None
        and (figures := url_figure_alias_number(url)) is not None
        and any(
            tuple(_FIGURES.findall(line.norm)) == figures[1]
            for line in state.lines[:_ALIAS_HEADLINE_LINES]
            if not line.paragraph and line.info.kind == "text"
        )
    ):
        # «/index.php/<menu>/212-250»: Joomla's alias of a Persian headline keeps its figures
        # only; the number before them is the item's ID when the page's headline prints
        # those figures and no other (fix258).
        number = figures[0]
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
    if url and number is None and (code := url_path_code(url)) is not None:
        # «/99-174512»: a document's hyphenated code as the whole address is its number
        # when the page prints that code (a circular's «99-174512 شماره بخشنامه :»).
        spelled = regex.compile(rf"(?<![0-9-]){code}(?![0-9-])")
        if any(spelled.search(line.norm) for line in state.lines):
            number = code
    if url and number is None and (blogger := _blogger_post_key(url)) is not None:
        # «/2003/10/blog-post_106612873519447820.html»: old Blogger's post key (fix219).
        number = blogger
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
    spelled = regex.compile(rf"(?<![0-9]){regex.escape(number)}(?![0-9])")
    # A number printed only as a date's year («۱۲ مرداد ۱۳۹۱» over «/news/1391/<slug>») is
    # no sign of an ID (fix283): the date's own span is not where the number is shown.
    date_spans = sorted(
        {
            cand.span
            for cand in state.candidates
            if cand.field in ("published", "updated") and cand.span is not None
        }
    )
    shown = any(
        not _in_spans(date_spans, line.start + found.start())
        for line in state.lines
        for found in spelled.finditer(line.norm)
    )
    state.url_year_like = url_year_like_id(url, printed_elsewhere=shown) == number
    state.candidates.append(Candidate("number", "url", "url", 1 << 30, text=number))


def _in_spans(spans: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` falls in one of ``spans`` (sorted, each a date's few characters,
    overlapping a neighbour's at most: a binary search, then the nearest three)."""
    at = bisect.bisect_right(spans, (offset, sys.maxsize)) - 1
    return any(spans[i][0] <= offset < spans[i][1] for i in range(max(0, at - 2), at + 1))


# Old Blogger's post address: «/YYYY/MM/<name>_<key>.html», the key of 18 digits (2003-2006).
_BLOGGER_KEY = regex.compile(r"^/((?:19|20)[0-9]{2})/(0[1-9]|1[0-2])/[^/]*_([1-9][0-9]{17})\.html$")
# Blogger's older post ID, one sequence of 7 to 9 digits, in an address of
# BLOGGER_SEQUENCE_LAST_YEAR or before (the 18-digit key replaced it in 2003); a new address's
# suffix of a few digits is no ID.
_BLOGGER_SEQUENCE_ID = regex.compile(
    r"^/((?:19|20)[0-9]{2})/(0[1-9]|1[0-2])/[^/]*_([1-9][0-9]{6,8})\.html$"
)
BLOGGER_SEQUENCE_LAST_YEAR = 2003
# The digits of the key's opening Unix time (seconds), and the most days it may stand off
# the address's month (a post's time zone, a draft published the next day).
BLOGGER_KEY_SECONDS_DIGITS = 10
BLOGGER_KEY_MONTH_SLACK_DAYS = 2


def _blogger_post_key(url: str) -> str | None:
    """Old Blogger's post key in the address, when its first
    :data:`BLOGGER_KEY_SECONDS_DIGITS` digits are a Unix time inside the address's month
    (:data:`BLOGGER_KEY_MONTH_SLACK_DAYS` either side): «.../2003/10/blog-post_
    106612873519447820.html», 1066128735 = 2003-10-14. The key was the post's own ID across
    Blogger; before it, Blogger's one sequence of post IDs of 7 to 9 digits
    (:data:`_BLOGGER_SEQUENCE_ID`, «/2002/05/blog-post_76318726.html»), in an address of
    :data:`BLOGGER_SEQUENCE_LAST_YEAR` or before. A new address's short suffix
    («blog-post_4784.html») only tells apart the month's posts of one name, and is no ID (the
    corpus's blogspot goldens)."""
    if "blogspot." not in url:
        return None
    found = _BLOGGER_KEY.match(urlsplit(url).path)
    if found is None:
        # Before that key, Blogger numbered posts in one sequence, the number of 7 to 9
        # digits (2002: «/2002/05/blog-post_76318726.html», nazly.blogspot.com, fix256).
        found = _BLOGGER_SEQUENCE_ID.match(urlsplit(url).path)
        if found is None or int(found[1]) > BLOGGER_SEQUENCE_LAST_YEAR:
            return None
        return found[3]
    year, month, key = int(found[1]), int(found[2]), found[3]
    start = datetime(year, month, 1, tzinfo=timezone.utc)
    end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=timezone.utc)
    slack = timedelta(days=BLOGGER_KEY_MONTH_SLACK_DAYS)
    stamp = datetime.fromtimestamp(int(key[:BLOGGER_KEY_SECONDS_DIGITS]), tz=timezone.utc)
    return key if start - slack <= stamp < end + slack else None


# The alias's name is looked for among the page's first lines (its headline).
_ALIAS_HEADLINE_LINES = 40
# The figures of a line, as Joomla's alias keeps them (:func:`url_figure_alias_number`).
_FIGURES = re.compile(r"[0-9]+")


def _listicle_count(state: _State, url: str | None, number: str) -> bool:
    """Whether ``number``, the address's ID, is the number opening its last segment before a
    name («/story/10-راه-ساده-...») and a listicle's count: the page prints the name with
    that number at its start, «10 راه ساده ...» (its headline; attacks54). The guard of the
    ID-alias route (:func:`url_alias_number`) for the older one of :func:`url_number` that
    reads the same shape at ``/story/ID-slug``; an ID in the segment before
    («/content/15770016/600-کیلوگرم-...» under «600 کیلوگرم ...», real51 #7) is kept."""
    alias = url_alias_number(url)
    if alias is None or alias[0] != number:
        return False
    key = _slug_key(f"{alias[0]}-{alias[1]}")
    return any(line.key == key for line in state.lines[:_ALIAS_HEADLINE_LINES])


def _prints_no_date(state: _State) -> bool:
    """Whether the page has no date of its own: no line holds one, and no machine source
    (``<meta>``, JSON-LD) gave a publication or update date. A weather widget's clock (a
    date line right over or under a temperature alone, «17°C», fix267) is the visit's
    moment, not a date of the page's."""
    if any(
        c.field in ("published", "updated") and not (c.span and _weather_clock(state, c.order))
        for c in state.candidates
    ):
        return False
    return not any(
        line.info.dates and not _weather_clock(state, line.index) for line in state.lines
    )


def _weather_clock(state: _State, index: int) -> bool:
    """Whether the line at ``index`` has a weather widget's temperature alone («17°C») right
    above or right under it (two lines looked at: linear)."""
    lines = state.lines
    return any(
        0 <= other < len(lines) and weather_reading(lines[other].norm)
        for other in (index - 1, index + 1)
    )


def _dateline(state: _State) -> tuple[_Line, tuple[str, int, int]] | None:
    """The first agency dateline among the page's first :data:`DATELINE_LINES` lines
    printing a day and a month without a year (:func:`dateline_day`), and what it names."""
    for line in state.lines[:DATELINE_LINES]:
        if not any(map(str.isdigit, line.norm[:DATELINE_DIGIT_REACH])):
            continue
        found = dateline_day(line.norm)
        if found is not None:
            return line, found
    return None


def _dateline_names(named: tuple[str, int, int], day: Timestamp) -> bool:
    """Whether a dateline's calendar, month and day name ``day``'s month and day."""
    calendar, month, number = named
    if calendar == "jalali":
        return day.jalali_date[1:] == (month, number)
    return (day.gregorian.month, day.gregorian.day) == (month, number)


def _dateline_of(state: _State, day: Timestamp) -> _Line | None:
    """The page's yearless agency dateline (:func:`_dateline`) when it names ``day``'s day
    and month; None when there is none or it names another day."""
    found = _dateline(state)
    return found[0] if found is not None and _dateline_names(found[1], day) else None


def _dateline_names_another_day(state: _State, day: Timestamp) -> bool:
    """Whether the page's yearless agency dateline names another day than ``day``: the
    address's day is then not the item's (the year is never taken from a disagreeing one)."""
    found = _dateline(state)
    return found is not None and not _dateline_names(found[1], day)


# How far down the page an agency's dateline is looked for (headline, kicker, lead above it),
# and how far into its line its day's digits stand.
DATELINE_LINES = 12
DATELINE_DIGIT_REACH = 60


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


def _under_related_heading(state: _State, index: int) -> bool:
    """Whether ``state.lines[index]``, in the footer, stands under a related box's heading
    («اخبار مرتبط», :func:`is_related_heading`) at or after the footer's first section end:
    the box lists other items, each with its own ID («کد خبر : 7700»), never the page's
    (attack41: an article over such a box gave the item's ID as its number, silently)."""
    start = state.footer_list
    if start is None or index <= start:
        return False
    return any(is_related_heading(state.lines[at].norm) for at in range(start, index))


def _address_id_printed(doc: str, number: str) -> bool:
    """Whether an address printed on the page (of any host) has ``number`` as its item ID."""
    return any(url_number(found.group(0)) == number for found in _PRINTED_URL.finditer(doc))


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
    if info.kind == "labels" and _issue_cell(state, line, info):
        # «روزنامه شهر ما» / «شماره ۸۱۲۳» / «صفحه ۵»: one print block's row, a cell a line.
        value = info.labels[0].value
        state.newspaper.append(((line.start + value[0], line.start + value[1]), None))
        return
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


def _issue_cell(state: _State, line: _Line, info: LineInfo) -> bool:
    """Whether ``line`` is a bare «شماره N» (no colon, nothing else) with a print-page cell
    («روزنامه شهر ما», «صفحه ۵») on the line right before or after it, none set apart: the
    cells of a newspaper's print block (an HTML table row) put on lines of their own, the
    number the paper's issue as on the row's one line («روزنامه ... | شماره ... | صفحه ...»).
    A labelled «شماره خبر: N» stays the item's number."""
    if len(info.labels) != 1 or info.labels[0].field != "number" or info.labels[0].colon:
        return False
    if LONE_NUMBER_CELL.fullmatch(line.norm) is None:
        return False
    lines, index = state.lines, line.index
    before = index > 0 and not _apart(state, line) and print_page_cell(lines[index - 1].norm)
    return before or (
        index + 1 < len(lines)
        and not _apart(state, lines[index + 1])
        and print_page_cell(lines[index + 1].norm)
    )


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
    if (
        zone == "late"
        and field in DATE_FIELDS
        and _squash(normalize(label)).rstrip(":") in _FOOTER_ONLY_LABELS
    ):
        # «...ثبت کنید.ارسال در تاریخ DATE توسط پست پیشتاز» in the body: a post footer's
        # label at best (a shop's shipping day reads the same); the date line outranks it.
        rule = _LABEL_RULES["footer"]
    if field == "number" and zone == "footer" and _under_related_heading(state, index):
        if state.item_id_doubt is None:  # (number-conflict when no other number stands)
            state.item_id_doubt = (
                f"the ID on «{state.lines[index].text.strip()}» is printed under a related "
                "box's heading (another item's): not taken as the page's"
            )
        return
    if field in DATE_FIELDS:
        if zone == "footer" and state.footer_list is not None and index > state.footer_list:
            return  # under a related, latest or most-read box's heading: its item's date
        plain = normalize(label)
        if "شده" in plain and _POST_FOOTER_LABEL.match(plain) and _under_read_more(state, index):
            state.ignore(state.lines[index], "another date")
            return
        read = _read_date(state, value, labelled=True)
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
        plain = normalize(number)
        if "," in plain and _GROUPED_ID.fullmatch(plain) is not None:
            number = plain.replace(",", "")  # «۱۵۷٬۰۴۰»: thousands separators
        if ID_VALUE.fullmatch(normalize(number)) is None:
            state.warn("number-invalid", f"{raw!r} after {label!r} is not an article ID", *value)
            return
        if _mixed_digit_scripts(raw):
            state.warn(
                "number-invalid",
                f"{raw!r} after {label!r} switches between Latin and Persian digits: two values "
                "run together, not one article ID",
                *value,
            )
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


# The labels only a post's footer prints (:data:`vocab.FOOTER_ONLY_PUBLISHED_LABELS`), squashed.
_FOOTER_ONLY_LABELS = frozenset(
    _squash(normalize(label)) for label in vocab.FOOTER_ONLY_PUBLISHED_LABELS
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


def _date_candidate(
    state: _State, span: Span, zone: str, index: int, distance: int, *, one_digit_day: bool = False
) -> None:
    state.fields.append(Field("date", "", state.doc[slice(*span)], span, span))
    if (rest := _past_menu_banner(state, span)) != span:
        state.ignore(state.lines[index], "today widget")
        if rest is None:
            return
        span = rest
    read = _read_date(state, span, one_digit_day=one_digit_day)
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


# A site's menu right after a date: the home item («صفحه اصلی», «صفحه نخست», «خانه»), then
# within MENU_BANNER_WORDS words an «about us» or «contact us» item; separators allowed.
_MENU_HOME = regex.compile(
    r"[\x20\u200c|\-\u2013\u2014\u060c,]*+(?:صفحه[\x20\u200c]*+(?:اصلی|نخست)|خانه)(?![\p{L}\p{M}])"
)
_MENU_PAGE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:درباره[\x20\u200c]*+ما|(?:تماس|ارتباط)[\x20\u200c]*+با[\x20\u200c]*+ما)"
    r"(?![\p{L}\p{M}])"
)
MENU_BANNER_WORDS = 8


def _past_menu_banner(state: _State, span: Span) -> Span | None:
    """``span`` without a today banner opening its date part: the first date in it printed
    with a weekday and no time, right before the site's menu (the home item, then an «about
    us» or «contact us» item within :data:`MENU_BANNER_WORDS` words: «فرمانداری شهرستان فومن
    سه شنبه 7 خرداد 1398 صفحه اصلی اخبار درباره ما تماس با ما ...», a top bar's day between
    the site's name and its menu, a whole page flattened into one line, tests/pages_extracted
    soup_line 1781). The rest of the span after the menu's home item when it holds another
    date (the item's own, further on), None when it holds none; ``span`` itself when no such
    banner opens it. An item's own date line is never followed by the site's menu."""
    line = state.line_at(span[0])
    base = span[0] - line.start
    norm = line.norm[base : span[1] - line.start]
    match = search(norm)
    if match is None:
        return span
    home = _MENU_HOME.match(norm, match.end())
    if home is None:
        return span
    after = norm[home.end() :].split(maxsplit=MENU_BANNER_WORDS)[:MENU_BANNER_WORDS]
    if _MENU_PAGE.search(" ".join(after)) is None:
        return span
    try:
        read = read_match(state.doc, norm, match, len(norm), base=span[0])
    except DateError:
        return span
    if read.stamp.weekday is None or read.stamp.has_time:
        return span
    rest = (span[0] + home.end(), span[1])
    return rest if search(norm, home.end()) is not None else None


def _glued_banner_copy(state: _State, index: int, title: int) -> bool:
    """Whether the date line at ``index`` ends with the whole of the date line right under it,
    something glued before it, and that line is a banner: the site's today banner printed
    twice at the top, its first print glued to the site's Latin name by text extraction
    («FARALinkیکشنبه / ۳۱ تیر / ۱۴۰۳ - 21 July, 2024» over the same banner alone,
    faralink.com, tests/pages 1827; the glued weekday is no longer read as one)."""
    below = index + 1
    if below >= title:
        return False
    copy = state.lines[below]
    text = state.lines[index].norm.rstrip()
    printed = copy.norm.strip()
    return (
        copy.info.date is not None
        and len(printed) < len(text)
        and text.endswith(printed)
        and not text[: len(text) - len(printed)].isspace()
        and _banner(state, below, title)
    )


def _plain_far_date(state: _State, index: int, title: int) -> bool:
    """Whether the date line at ``index``, set aside as a banner, is so only for standing
    far above the title: it prints no weekday (a site's banner of the day prints one), so
    it may be the article's own date over a long header (fix183)."""
    line = state.lines[index]
    match = line.info.date
    if title - index <= DATE_REACH_ABOVE or match is None:
        return False
    read = _read_match(state, line, match)
    return read is not None and read.stamp.weekday is None


# What a year's name is compared without: marks, spaces and ZWNJs.
_NOT_NAME_LETTERS = regex.compile(r"[\W_\u200c]+")
# The year's names (:data:`vocab.YEAR_NAMES`) as a line's keys, marks and spaces squeezed out.
_YEAR_NAME_KEYS = frozenset(_NOT_NAME_LETTERS.sub("", normalize(name)) for name in vocab.YEAR_NAMES)


def _year_name_before(norm: str, start: int) -> bool:
    """Whether all a date line holds before its date at ``start`` is the year's name
    (:data:`vocab.YEAR_NAMES`), a bar or a dash maybe after it: a site's top bar printing the
    year's name beside today's date (real60 #25). An article's date line opens with its date,
    a label or a source, never with the year's name."""
    head = norm[:start]
    return bool(head.strip()) and _NOT_NAME_LETTERS.sub("", head) in _YEAR_NAME_KEYS


# Counts alone in brackets on a line, «(0)», «(0) (0)»: an item's like and comment counters
# (their icons lost in the text), fix248.
_BRACKETED_COUNT = regex.compile(r"(?:[\x20]*\([\x20]*[0-9۰-۹]{1,7}[\x20]*\))+[\x20]*")


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
    if index in state.widget_lines:
        return True
    if title - index > DATE_REACH_ABOVE and not (
        match is not None and _under_first_print(state, index, title)
    ):
        # (Far above a headline printed twice, right under its first print: the article's
        # header block under the headline, the title taken at its copy lower down, fix122.)
        return True
    if match is None:
        return False
    if _year_name_before(line.norm, match.start()):
        return True  # «جهش تولید | یکشنبه، ۱۷ اسفند ۱۳۹۹»: the year's name by today's date
    if _glued_banner_copy(state, index, title):
        return True
    if _EMPTY_CLOCK.fullmatch(line.norm, match.end()):
        # «دوشنبه ۱ مرداد ۱۳۹۷، ساعت»: a clock whose time a script fills in, kept without it
        # by text extraction; an article's own date line prints its time, or no «ساعت».
        return True
    read = _read_match(state, line, match)
    if read is not None and _dateline_of_another_day(state, read.stamp, title):
        return True  # the item's own dateline under the title prints another day
    if read is not None and read.stamp.weekday is not None and _live_clock_under(state, index):
        return True  # a weekday's date over a clock ticking in seconds: the site's clock
    if (
        read is not None
        and (read.stamp.weekday is not None or read.stamp.has_time)
        and _status_line_under(state, index)
    ):
        # «سه شنبه ۰۲ مرداد ۱۴۰۳ ساعت ۱:۵۶ب.ظ» over «::آخرین مطلب 3 ساعت پیش | افراد آنلاین:
        # 28» (mldl.ir, tests/pages 1864): a day and clock over the site's status line (its
        # latest post's age, its visitors online) is the site's banner of the visit.
        return True
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
    if (
        read.twin is None
        and between
        and between == list(range(index + 1, title))
        and all(_volume_and_issue(lines[i]) for i in between)
    ):
        # «چهارشنبه، ۲۵ اردیبهشت ۱۳۹۸» / «سال هفتاد و پنج شماره ۲۱۶۰۳» / HEADLINE (an official
        # gazette's ruling, rrk.ir, real59 #18): the date over the paper's year-and-issue line
        # right above the headline is that issue's date, as on one line, not a visit's banner.
        return False
    if read.stamp.has_time:
        # A site clock: weekday, date, a city, then the time («سه شنبه ۲۸ دلو ۱۴۰۴ کابل
        # ۰۵:۲۰», «... تهران ۰۹:۱۵»), or a time to the second («دوشنبه 4 ارديبهشت 1396
        # 09:49:47»: the moment the page was served), set apart from the title by other lines.
        return bool(between) and (_place_before_time(match) or bool(match.captures("SS")))
    if read.twin is None and _heads_the_article(state, between, title):
        # «دو شنبه 20 مرداد سال 1399» / «اخبار اقتصادی و عمرانی» / «مدیرکل ... خبر داد» /
        # HEADLINE: the date over the item's section and its speaker's kicker.
        return False
    if read.twin is None and between and _over_prefixed_print(state, index, title):
        # «Saturday, May 29, 2010» / «[IranPressNews] ... - HEADLINE» / HEADLINE (a Blogger
        # blog reposting a mailing list, tests/pages 1867): the only line between the date
        # and the headline is the post's own title, the headline with a list's or a
        # section's tag before it; the date heads the post, not the site.
        return False
    if read.twin is None and between and _under_first_print(state, index, title):
        # The headline printed twice (a header, then a "more for you" box and the title
        # again): this date line heads the article under the first print, not the page.
        return False
    if (
        read.twin is None
        and between
        and index == 0
        and lines[index + 1].info.kind == "labels"
        and (title - index > NEAR_ABOVE or all(_labelled_credit(lines[i].norm) for i in between))
    ):
        # «یکشنبه ۲۰ خرداد ۱۳۹۷» opening the text, the item's own labels right under it
        # («سرویس : شهری», «عکاس :NAME», the agency's name) over the headline (real46's
        # hamshahriphoto.ir): the date heads the item's labelled header; a visit's banner
        # stands over the site's name and menus, not over one item's labels. (Taken as a
        # date line far above the title, with its warning.) Nearer the headline, with no
        # agency's name between, only when the lines between are the item's own labelled
        # credits («سرویس : اجتماعی» / «عکاس : NAME» / HEADLINE, fix150).
        return False
    if (
        read.twin is None
        and between
        and all(_BRACKETED_COUNT.fullmatch(lines[i].norm) is not None for i in between)
    ):
        # «۱۳۹۸/۲/۳ سه شنبه» / «(0)» / «(0)» / HEADLINE: the item's own like and comment
        # counts (its icons' numbers in brackets) between its date and its headline: the
        # item's meta row, no site's banner, which stands over the site's name and menus
        # (amarafzar.ir, tests/pages 2314/2315; fix248).
        return False
    if read.twin is None and between and state.url_month is not None:
        # The address's own year and month folder («/archives/2011/05/...») holds this day:
        # a static page's header printed when the item was posted, not a visit's banner
        # (a visit's day falls years after an archive's month).
        return _outside_url_month(state, read.stamp)
    return read.twin is not None or bool(between)


def _mixed_digit_scripts(raw: str) -> bool:
    """Whether a labelled code's digits switch between Latin digits and Persian or
    Arabic-Indic ones («کد خبر: ۰۱۱۲۱۴4924»: a Joomla template's code glued to the item's ID,
    shoushnn.com, real67 #22): two values run together, no one ID. Persian and Arabic-Indic
    digits mixed («۱۲٤۵», one keyboard's four and another's) are one number."""
    latin = other = False
    for char in raw:
        if char.isdigit():
            if char.isascii():
                latin = True
            else:
                other = True
    return latin and other


def _labelled_credit(norm: str) -> bool:
    """Whether a line is a labelled credit of the item («عکاس : سارا کریمی», «نویسنده:
    NAME»): a byline's word (:func:`jalali_meta._header.is_byline`) with a colon after it."""
    return ":" in norm and is_byline(norm)


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
    if not (
        _speaker_kicker(lines, title - 1)
        or _semicolon_kicker(lines[title - 1])
        or _speaker_colon_kicker(lines[title - 1])
    ):
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


# A mailing list's subject: its tag in square brackets, then the headline after « - », « : »
# or « | » («[IranPressNews] IranPressNews : ايران پرس نيوز - »).
_LIST_SUBJECT = regex.compile(
    r"\[[^\[\]\n]{1,40}\][^\[\]«»>/]*[\x20\u200c]+[\-\u2013\u2014:|][\x20\u200c]*"
)


def _over_prefixed_print(state: _State, index: int, title: int) -> bool:
    """Whether the only line between a date line at the text's top and the title is the
    title printed as a mailing list's subject (:data:`_LIST_SUBJECT`, «[IranPressNews]
    IranPressNews : ايران پرس نيوز - HEADLINE»): a blog reposting the list prints its date
    header over the post's title; a site's banner stands over its name and menus."""
    lines = state.lines
    if index != 0 or title != index + 2:
        return False
    line, headline = lines[index + 1], lines[title]
    if line.info.kind != "text" or line.info.reason == "breadcrumb":
        return False
    text, head = line.norm.rstrip(), headline.norm.strip()
    if len(head) < len(text) and text.endswith(head):
        prefix = text[: len(text) - len(head)]
        return _LIST_SUBJECT.fullmatch(prefix) is not None and headline.words >= 3
    return False


def _live_clock_under(state: _State, index: int) -> bool:
    """Whether the line right under a date line is a time alone with its seconds
    («۱۲:۰۰:۵۲»): a script's live clock under the day of the visit («شنبه ۲۰ خرداد ۱۴۰۲»),
    page chrome above the title, never the article's time."""
    lines = state.lines
    if index + 1 >= len(lines) or _apart(state, lines[index + 1]):
        return False
    match = TIME_LINE.fullmatch(lines[index + 1].norm)
    return match is not None and bool(match.captures("SS"))


# A site's status line: its latest post's age («آخرین مطلب 3 ساعت پیش», «آخرین خبر: ۵ دقیقه
# قبل») or the count of its visitors online («افراد آنلاین: 28», «کاربران آنلاین : ۳»). Never
# a visit counter alone («بازدید امروز: 47», a blog's sidebar under its post's own date line).
_STATUS_LINE = regex.compile(
    r"آخرین[\x20\u200c]*(?:مطلب|مطالب|خبر|اخبار|پست|نوشته|به[\x20\u200c\-]*روز[\x20\u200c]*رسانی"
    r"|بروز[\x20\u200c]*رسانی)[\x20\u200c]*:?[\x20\u200c]*[0-9]+[\x20\u200c]*"
    r"(?:ثانیه|دقیقه|ساعت|روز)[\x20\u200c]*(?:پیش|قبل)"
    r"|(?:افراد|کاربران|کاربر|بازدیدکنندگان|بازدید[\x20\u200c]*کنندگان)[\x20\u200c]*"
    r"(?:آنلاین|آن[\x20\u200c]*لاین|حاضر|در[\x20\u200c]*حال[\x20\u200c]*بازدید)"
    r"[\x20\u200c]*:?[\x20\u200c]*[0-9]+"
    # Joomla's who's-online module in Persian, with a count or a word for none or one: «ما 12
    # مهمان و 3 عضو آنلاین داریم», «ما 5 مهمان و بدون عضو آنلاین داریم» (real53's #26; fix164).
    r"|(?<!\w)ما[\x20\u200c]+(?:[0-9]+|یک|بدون)[\x20\u200c]*مهمان[\x20\u200c]+و[\x20\u200c]*"
    r"(?:[0-9]+|یک|بدون)[\x20\u200c]*(?:عضو|کاربر)[\x20\u200c]+آن[\x20\u200c]*لاین"
    r"[\x20\u200c]+داریم",
    regex.VERSION0,
)


def _status_line_under(state: _State, index: int) -> bool:
    """Whether the line right under a date line is the site's status line
    (:data:`_STATUS_LINE`): page chrome printed with the day of the visit, never an
    article's header."""
    lines = state.lines
    if index + 1 >= len(lines) or _apart(state, lines[index + 1]):
        return False
    return _STATUS_LINE.search(lines[index + 1].norm) is not None


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


def _walk(state: _State, indexes: Iterable[int], zone: str, title: int | None) -> None:
    """Record the lines at ``indexes``; a label with an empty value takes the next line."""
    lines = state.lines
    pending: tuple[FieldName, _Line] | None = None
    copies = _title_copies_above(lines, title) if zone == "pre" and title is not None else None
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
        if copies:
            # The headline's copies between the line and the headline (a gallery's captions
            # repeating it) are the article's own lines: they do not set the line apart.
            distance -= len(copies) - bisect.bisect_right(copies, index)
        post = _post_header(lines, index)
        if post is not None and post[1] > 1:
            # «December 11th, 2023, 08:15» over «#11»: a reply's header, its date the
            # reply's, never the thread's (a comment's date, fix222).
            state.ignore(line, "another date")
            continue
        if zone == "pre" and post is not None:
            # «قديمي September 7th, 2004, 11:26   #1» over the poster's block and the post's
            # title: the thread's first post's date, never a banner (fix219).
            _date_candidate(state, post[0], "header", index, 0)
            continue
        if info.kind in ("date", "mixed") and not info.labels and _another_events_date(state, line):
            state.ignore(line, "another date")
            continue
        if _issue_block(state, index):
            continue
        if zone == "pre" and index in state.widget_lines and info.kind != "text":
            state.ignore(line, "today widget")
            continue
        if (
            info.kind == "mixed"
            and (zone == "pre" or (zone == "header" and title is None))
            and bracket_cells(line.norm) is not None
        ):
            # «[03/23/2018 09:51:16 ق.ظ] [۱۳۹۷ جمعه ۳ فروردين] [عضويت در پورتال]» over the
            # headline (or with none): a portal's banner row, its clock and its links; a row
            # of bracketed cells dates a post under its headline or its text only (real62).
            state.ignore(line, "above the title")
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
            if _plain_far_date(state, index, title):
                state.banner_lines.append(index)
            continue
        if zone == "footer" and info.kind == "date" and not _footer_date(state, index):
            state.ignore(line, "below the article")
            continue
        _record(state, line, info, zone, distance)
        if info.kind == "labels" and info.labels[-1].value[0] == info.labels[-1].value[1]:
            pending = (info.labels[-1].field, line)


def _title_copies_above(lines: Sequence[_Line], title: int) -> list[int]:
    """The indexes of the lines above the headline that print it again, a bullet before it or
    not (a photo gallery's captions, each the headline: «•  HEADLINE» / «HEADLINE», real79 #07),
    in order. One pass over the lines above the title, each compared by its key."""
    key = lines[title].key
    if not key:
        return []
    return [
        index
        for index in range(title)
        if (other := lines[index].key) == key or (other[:1] in _COPY_BULLETS and other[1:] == key)
    ]


# A bullet before a line's key (the key has no spaces): a caption's mark.
_COPY_BULLETS = frozenset("•·▪■●◾-–*►▶")


def _another_events_date(state: _State, line: _Line) -> bool:
    """Whether a date is labelled as another event's: «تاریخ تصویب :» on the line above it
    (a label block with its values on the next lines), or before it on its line. That day
    is the event's (a law's approval, a birth), never the page's publication."""
    info = line.info
    if info.kind == "mixed":
        if not info.dates:
            return False
        before_date = line.norm[: info.dates[0][0]].rstrip()
        if _ANOTHER_DATE_LABEL.match(before_date) is not None:
            return True
        if _APPROVED_ON.search(before_date) is not None:
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


# «مصوب» (approved) right before a date, with «در», «مورخ» or «تاریخ» between or not: a law's,
# a statute's or a regulation's approval day, printed under its heading or after its name in a
# line (bidbarg.com's copy of an insurer's articles: «مصوب ۱۳۵۲.۱۱.۳» under the heading;
# dastour.ir: «مصوبه مورخ 1385/1/1», «مصوبه در تاریخ 1375/1/1»; «قانون تجارت مصوب
# 1311/02/13»). Never the page's publication, whatever words stand before «مصوب».
_APPROVED_ON = regex.compile(
    r"(?<![\p{L}\p{M}\u200c])مصوبه?(?:[\x20\u200c]+(?:در|مورخه?|تاریخ)){0,2}[\x20\u200c]*:?$"
)


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
        line.index + 2 < len(state.lines)
        and may_open_time_label(below.norm)
        and _EMPTY_TIME_LABEL.fullmatch(below.norm) is not None
        and not _apart(state, below)
        and not _apart(state, state.lines[line.index + 2])
    ):
        # «تاریخ خبر: ۱۲ مهر ۱۳۹۵» / «ساعت خبر:» / «09:14»: a time label printed empty (a
        # two-column meta block flattened, HTML table cells of label and value) takes the
        # clock alone on the next line, as «ساعت خبر: 09:14» on one line is read.
        below = state.lines[line.index + 2]
        return _joined_time(state, stamp, below, (text_span(stamp)[0], below.end))
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


# A time's label alone on its line, its value printed empty: «ساعت خبر:», «ساعت:», «ساعت
# انتشار :», «زمان ثبت:» (the labels the grammar reads before a clock on the date's line;
# «زمان» with its colon or a tail of :data:`vocab.TIME_LABEL_TAILS`, as there).
_TIME_TAILS = "|".join(vocab.TIME_LABEL_TAILS)
_EMPTY_TIME_LABEL = regex.compile(
    rf"[\x20\u200c]*+(?:ساعت(?:[\x20\u200c]++(?:{_TIME_TAILS}))?[\x20\u200c]*+:?"
    rf"|زمان(?:[\x20\u200c]++(?:{_TIME_TAILS}))?[\x20\u200c]*+:)[\x20\u200c]*+"
)


def _time_above(state: _State, stamp: Timestamp) -> Candidate | None:
    """A time printed alone on the line right above a date line without a time: that date's
    time («کد خبر: ۱۲۴۳۷» / «۰۹:۲۰» / «۱۳۹۹/۰۱/۲۷», nabzebourse.com). The date stands alone
    on its line, or is the only value of its line's one label when the time line is
    labelled too («ساعت: 12:53» / «تاریخ انتشار: 1401/05/18»), and no event's date
    («زمان برگزاری: ...») right above the time line claims it; the value spans both lines."""
    line = state.line_at(text_span(stamp)[0])
    if line.index == 0:
        return None
    above = state.lines[line.index - 1]
    if _apart(state, line) and not (
        line.info.kind == "date" and _PUBLISH_TIME_LINE.fullmatch(above.norm) is not None
    ):
        # «ساعت ۱۰:۰۰» / (blank) / «۱۴۰۱-۵-۲۶»: a time with the publication's own label
        # («ساعت», «ساعت انتشار:», no event's word) over a lone date with one blank line
        # between is still its time (a photo-news page's meta lines, pezeshknew.ir); a bare
        # clock set apart is not.
        return None
    if line.info.kind != "date" and not (
        _labelled_date_only(line, stamp) and _labelled_time_line(above.norm)
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
    # A meta list's bullet («• ساعت : ۰۸:۲۹») is no part of the value: the span opens at the
    # time's label.
    start = above.start
    if bullet_of(above.norm):
        start += len(above.text) - len(above.text.lstrip(_LIST_LEAD))
    return _joined_time(state, stamp, above, (start, text_span(stamp)[1]))


# A meta list's bullet and the spaces after it (:func:`_header.bullet_of`).
_LIST_LEAD = " \u200c•·●▪■◾►▶*-\u2013"


def _time_before(state: _State, stamp: Timestamp) -> Candidate | None:
    """A time with its own label opening the line of a date's label, the pair printed time
    first: «ساعت خبر: 08:51 - تاریخ خبر: 12 مهر 1395», «ساعت: 08:51 - تاریخ: ...» (the
    date label's value is the date alone). The date at that time, as «تاریخ خبر: ... - ساعت
    خبر: 08:51» is read; the value spans both."""
    line = state.line_at(text_span(stamp)[0])
    info = line.info
    if info.kind != "labels" or not info.labels or info.labels[0].field not in DATE_FIELDS:
        return None
    label = info.labels[0]
    start, end = text_span(stamp)
    if line.start + label.value[0] != start:
        return None
    timed = TIME_BEFORE_LABEL.match(line.norm, 0, label.span[0])
    if timed is None or timed.end() != label.span[0]:
        return None
    span = (line.start, end)
    parts = read_time(timed, stamp, end)._replace(span=span)
    try:
        joined, issues = build(parts, state.doc)
    except DateError as err:
        state.warn("invalid-date", f"{err.msg}; the time before it is unused", err.offset, err.end)
        return None
    for issue in issues:
        state.warn(issue.code, issue.message, *issue.span)
    _warn_clock_order(state, joined)  # «ساعت: ۰۸ :۵۱ - تاریخ: ...» (fix180)
    return Candidate("published", "date line", "", line.index, stamp=joined, span=text_span(joined))


# The label of an event's place, the line of an event's block: «مکان:», «محل برگزاری:»,
# «محل:», «نشانی:» (a bullet or dash may open it).
_VENUE_LABEL = regex.compile(
    r"^[\p{P}\p{S}\x20\u200c]*(?:مکان|محل(?:[\x20\u200c]+(?:برگزاری|اجرا))?|نشانی)"
    r"[\x20\u200c]*:"
)


# The label of a time printed on its own line: «ساعت: 12:53», «ساعت انتشار : ۰۹:۲۰».
_TIME_LABEL = regex.compile(r"^ساعت(?![\p{L}\p{M}])")
# A time line with the publication's own label and nothing else: «ساعت ۱۰:۰۰», «ساعت:
# 12:53», «ساعت انتشار: ۰۹:۲۰» (a tail of :data:`vocab.TIME_LABEL_TAILS` only: «ساعت
# برگزاری: ۱۸:۰۰» is an event's hour).
_PUBLISH_TIME_LINE = regex.compile(
    rf"[\x20\u200c]*+ساعت(?:[\x20\u200c]++(?:{_TIME_TAILS}))?[\x20\u200c]*+:?"
    r"[\x20\u200c]*+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\x20\u200c]*+"
)


# A time line's own label after a meta list's bullet: «• ساعت : ۰۸:۲۹», «• time : 08:29»,
# «time: 08:29» (the English label with its colon only; fix163).
_LISTED_TIME_LABEL = regex.compile(
    r"[•·●▪■◾►▶*\-\u2013][\x20\u200c]*+(?:ساعت(?![\p{L}\p{M}])|(?i:time)[\x20\u200c]*+:)"
    r"|(?i:time)[\x20\u200c]*+:"
)


# «زمان» labelling a clock alone, with its colon or a tail of :data:`vocab.TIME_LABEL_TAILS`
# («زمان : ۰۸:۲۹», «زمان انتشار: ۰۸:۲۹»; fix173).
_TIME_WORD_LABEL = regex.compile(rf"زمان(?:[\x20\u200c]++(?:{_TIME_TAILS}))?[\x20\u200c]*+:")


def _labelled_time_line(norm: str) -> bool:
    """Whether a time line opens with its own label: «ساعت: 12:53», «زمان : ۰۸:۲۹»
    (:data:`_TIME_WORD_LABEL`), or in a meta list («• ساعت : ۰۸:۲۹») or English («time :
    08:29»): :data:`_LISTED_TIME_LABEL`."""
    return (
        _TIME_LABEL.match(norm) is not None
        or _TIME_WORD_LABEL.match(norm) is not None
        or _LISTED_TIME_LABEL.match(norm) is not None
    )


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
    bullet = bullet_of(time_line.norm)
    if bullet and bullet != bullet_of(state.line_at(text_span(stamp)[0]).norm):
        # «• ساعت : ۰۸:۲۹» is one field of a bulleted meta list: it joins a date of the same
        # list («• تاریخ : ...»), never a date printed outside it.
        return None
    match = time_alone(time_line.norm)
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
    # «زمان : ۰۹ :۱۸» under «تاریخ : ۱۴۰۲/۱۰/۱۲»: a lopsided clock joined from its own line
    # is as doubtful as on the date line (fix180).
    _warn_clock_order(state, joined)
    return Candidate(
        "published", "date line", "", time_line.index, stamp=joined, span=text_span(joined)
    )


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
    bracketed = found is not None  # (an agency's brackets: a two-digit year read, fix204)
    if found is None and "شده" in line.norm[:DATELINE_MAX_CHARS]:
        found = posted_on_date(line.norm)
    weekday = None
    if found is None and headed and line.norm[:1].isdigit():
        found = date_first_dateline(line.norm)  # «۵/ حوت/ ۱۳۹۱ – ...»
        if found is None and (dated := date_weekday_dateline(line.norm)) is not None:
            found, weekday = dated[:2], dated[2]  # «۱۴۰۳ بهمن ۲۵, پنجشنبهپه ...»
    elif found is None and headed and _dash_near_start(line.norm):
        found = source_dateline(line.norm)  # «شبکهخبر- 19 مهر 1402-18:30| ...»
    if (
        found is None
        and headed
        and "," in line.norm[:SOURCE_DATELINE_REACH]
        and ("/" in line.norm[:DATELINE_MAX_CHARS] or "«" in line.norm[:DATELINE_MAX_CHARS])
    ):
        # «ДУШАНБЕ, 29 марта 2023 /АМИТ «Ховар»/.», «Бохтар, 14 октябр, 2025 – АИ «...».»
        found = city_agency_dateline(line.norm)
    if found is None:
        return
    read = _read_date(state, (line.start + found[0], line.start + found[1]), dateline=bracketed)
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
    and year names, or calling a whole date in brackets today anywhere in its opening
    (:func:`today_bracket_date`): the day the text was written (a weekday not the date's:
    none). A headline that names the same day («روزشمار انقلاب؛ ۱۷ شهریور ۱۳۵۷» over «امروز
    جمعه ۱۷ شهریور ۱۳۵۷، ...») makes the day the text's subject, a calendar column's: none."""
    found = today_dateline(line.norm) if line.norm.lstrip(" \u200c").startswith("امروز") else None
    if found is None:
        # «... имрӯз (09.04.2025) ...»: today's whole date in brackets in the lead's opening
        # (real69 #13).
        found = today_bracket_date(line.norm)
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


def _numbered(line: _Line) -> bool:
    """Whether a line is a meta line holding an ID label («کد خبر : 7700»)."""
    return line.info.kind in ("labels", "mixed") and any(
        label.field == "number" for label in line.info.labels
    )


def _same_id_blocks(state: _State, title: int, lead: int, other: int, outside: set[int]) -> bool:
    """Whether the headline ``title`` and the next item's headline ``other`` (under the lead)
    each have an ID label in the meta lines right under them: two posts of one shape, a
    list's first and second as likely as an article and a related item (attack41: a list of
    items, each «HEADLINE» / «کد خبر : ID» / «DATE» / «EXCERPT», gave the first item's ID and
    date with no warning once fix101 dropped the second item's). The next item's lines then
    stay in the late header, so the two IDs and dates stand against each other
    (number-conflict, published-conflict), as before fix101."""
    lines = state.lines
    own = any(_numbered(lines[at]) for at in range(title + 1, lead) if at not in outside)
    if not own:
        return False
    below = other + 1
    while (
        below < len(lines) and below not in outside and lines[below].info.kind in ("labels", "date")
    ):
        if _numbered(lines[below]):
            return True
        below += 1
    return False


def _without_item_ids(state: _State, line: _Line, info: LineInfo) -> LineInfo:
    """A late header line under another item's headline without its ID labels.

    «LEAD» / «PARAGRAPH» / «OTHER HEADLINE» / «کد خبر : 7700» / «DATE» / «EXCERPT», no
    «اخبار مرتبط» over the item (attack40): the ID is the item's, so the page's number is
    the one printed elsewhere, or None with number-conflict (see _article._resolve); a
    list of posts looks the same, and its doubt stays with the dates (published-conflict).
    """
    kept = tuple(label for label in info.labels if label.field != "number")
    if len(kept) == len(info.labels):
        return info
    if state.item_id_doubt is None:
        state.item_id_doubt = (
            f"the ID on «{line.text.strip()}» under the text is printed under another "
            "item's headline (a related story or a list's next post): not taken as the page's"
        )
    return info._replace(labels=kept)


def _names_day(state: _State, line: _Line, day: tuple[int, int, int]) -> bool:
    """Whether a line prints a date of the Jalali ``day`` (any form of it)."""
    at = 0
    while (match := search(line.norm, at)) is not None and match.end() > at:
        read = _read_date(state, (line.start + match.start(), line.start + match.end()))
        if read is not None and read.stamp.jalali_date == day:
            return True
        at = match.end()
    return False


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
    if (other := _next_items_headline(state, lead, stop, outside, title)) is not None and not (
        title is not None and _same_id_blocks(state, title, lead, other, outside)
    ):
        stop = other  # the lines from there on are the next item's
    # Another item's headline after the article's further paragraphs (fix105): its ID is
    # never the page's; its date still stands against the page's (published-conflict).
    later = (
        None
        if other is not None
        else _next_items_headline(state, lead, stop, outside, title, past_paragraphs=True)
    )
    for index in range(lead + 1, stop):
        line = state.lines[index]
        if index in outside:
            continue
        if (line.end - line.start > LATE_HEADER_MAX_CHARS or line.paragraph) and not (
            index == lead + 1 and not state.lines[lead].paragraph and _dated_lead(line)
        ):
            # A paragraph, not a label or date line: not worth classifying; but a dated
            # lead («تاریخ: DAY | نویسنده: NAME | LEAD») right under a line too short for
            # a lead (a question subtitle under a stopped headline, fix235) opens the
            # item's text with its header: its labels are read.
            continue
        info = line.info
        if info.kind in ("labels", "date", "mixed"):
            if info.kind == "mixed" and line.words > 8 and not line.byline:
                continue  # a sentence with a date; a byline with its date is the header's
            if (post := _post_header(state.lines, index)) is not None and post[1] > 1:
                # «April 14th, 2024, 10:20» over «#2» under the first post's text: a reply's
                # header, its date the reply's, never the thread's (as in the walk, fix225).
                state.ignore(line, "another date")
                continue
            if info.kind != "labels" and not info.labels and _another_events_date(state, line):
                state.ignore(line, "another date")  # (a schedule's step under its label)
                continue
            if later is not None and index > later and info.labels:
                info = _without_item_ids(state, line, info)
            _record(state, line, info, "late", 0)
            taken.add(index)
    return taken
