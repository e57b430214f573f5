"""Machine-readable sources of an HTML page: <meta> tags, JSON-LD, attributes, URL patterns.

Each reader takes the parsed tree (or a value from it) and returns plain values; deciding
between these and the visible text is :mod:`jalali_meta._html`'s job (docs/html.md, "Sources").
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import datetime, timezone
from itertools import accumulate
from typing import Any
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

import attrs

from jalali_meta import _vocab as vocab
from jalali_meta._dates import JALALI_MAX_YEAR
from jalali_meta._datetimes import parse_datetime
from jalali_meta._errors import JalaliMetaError, ParseError
from jalali_meta._normalize import normalize, to_ascii_digits
from jalali_meta._records import Article, Field, Notice, Timestamp

# The underscore names are kept from when these lived in _html.py, so parse_html reads the same.
__all__ = [
    "MAX_JSON_DEPTH",
    "_URL_DATE",
    "_attr",
    "_first",
    "_json_ld",
    "_machine_date",
    "_meta",
    "_name",
    "_text",
    "FORUM_NAMES",
    "afghan_host",
    "day_archive",
    "jalali_day_archive",
    "discourse_topic",
    "forum_thread",
    "root_topic_number",
    "language_clock",
    "page_fields",
    "edition_clock",
    "site_clock",
    "url_day",
    "url_time_tail",
    "url_month",
    "url_named_number",
    "url_alias_number",
    "url_view_alias_number",
    "url_figure_alias_number",
    "url_path_day",
    "url_alias_day",
    "url_slug_day",
    "url_number",
    "url_year_like_id",
]

_ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle"}
)
# JSON-LD nested deeper than this is skipped unread: schema.org objects nest a few levels, and
# json.loads recurses once per level.
MAX_JSON_DEPTH = 64
# A JSON string, closed or running to the end (so a match never fails and the scan is linear).
_JSON_STRING = re.compile(r'"(?:[^"\\]+|\\.)*"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_URL_DATE = re.compile(r"/(1[34][0-9]{2})/([01]?[0-9])/([0-3]?[0-9])(?:/|$)")

# WordPress's day archive («/%year%/%monthnum%/%day%/»): a Gregorian day ending the path.
_URL_DAY_ARCHIVE = re.compile(r"/((?:19|20)[0-9]{2})/(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])/?\Z")

# A blog's dated address, year and month with no day («/2021/03/slug/», WordPress's default):
# the month the post was published in.
_URL_MONTH = re.compile(r"/(1[34][0-9]{2}|(?:19|20)[0-9]{2})/(0[1-9]|1[0-2])/(?![0-9]{1,2}(?:/|$))")


# WordPress's day-and-name permalink («/%year%/%monthnum%/%day%/%postname%/»): a Gregorian day,
# then one slug ending the path; the post's ID may stand between them
# («/%year%/%monthnum%/%day%/%post_id%/%postname%/», serfanonline.ir's «/2020/03/03/248185/<slug>»).
_URL_DAY_SLUG = re.compile(
    r"/((?:19|20)[0-9]{2})/(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])/(?:[0-9]+/)?([^/]+)/?\Z"
)

# A page's AMP view ending an address's path: «amp» after the page's address (fix307).
_AMP_TAIL = re.compile(r"(?<=.)/amp/?\Z", re.IGNORECASE)


def url_day(url: str | None) -> Timestamp | None:
    """The Gregorian day of a post's dated address, the day before its slug
    («/2020/06/17/<slug>/», WordPress's day-and-name permalink; «/2020/06/17/<ID>/<slug>/»
    with the post's ID between) or before its ID alone when the date path opens the path
    («/2020/06/17/12345/», «/index.php/2024/12/10/58»: WordPress's
    «/%year%/%monthnum%/%day%/%post_id%/» from the site's root, whose path is built from the
    post's date whatever its last segment; fix265), or None (a day archive ending with the
    day, a Jalali path, an ID under other folders, «/news/view/2017/08/08/1746609», a number
    that may be an hour's folder or a page's). Never raises.

    Example:
        >>> url_day("https://x.org/2020/06/17/slug-words/").isoformat()
        '2020-06-17'
        >>> url_day("https://x.org/2020/06/17/12345/").isoformat()
        '2020-06-17'
        >>> print(url_day("https://x.org/news/2020/06/17/12345/"))
        None
        >>> print(url_day("https://x.org/2020/06/17/"))
        None
    """
    if not url or not isinstance(url, str):
        return None
    try:
        path = unquote(urlsplit(url.strip()).path)
    except ValueError:
        return None
    # The post's AMP view, «amp» after its permalink («/2020/06/17/<slug>/amp/»; fix307): the
    # post's address. A day archive's («/2020/06/17/amp/») stays an archive's.
    path = _AMP_TAIL.sub("", path)
    found = _URL_DAY_SLUG.search(path)
    if found is None:
        return None
    if found.group(4).isdigit():
        segments = [s for s in path.split("/") if s]
        at = len(segments) - 1
        if not (_day_post_id(segments, at) and _root_day_path(segments, at)):
            return None
    return _machine_date("-".join(found.groups()[:3]))


# A day printed as one path segment with an item's segment after it: dashed
# («/1403-06-14/news=1509455») or eight digits («/14030614/<item>»); Jalali (13xx, 14xx) or
# Gregorian (19xx, 20xx: a newspaper replica's edition, «/sobh-eqtesad/20171012/<item>»).
_URL_DAY_SEGMENT = re.compile(
    r"(1[34][0-9]{2}|19[0-9]{2}|20[0-9]{2})(-?)(0[1-9]|1[0-2])\2(0[1-9]|[12][0-9]|3[01])"
)


def _path_segments(url: str | None) -> list[str] | None:
    """The non-empty segments of an address's path, percent-decoded; None for no address or
    one :func:`urllib.parse.urlsplit` refuses."""
    if not url or not isinstance(url, str):
        return None
    try:
        return [s for s in unquote(urlsplit(url.strip()).path).split("/") if s]
    except ValueError:
        return None


def url_path_day(url: str | None) -> Timestamp | None:
    """The day of a path segment that is a whole day, dashed or eight digits, with a
    segment after it (``/1403-06-14/news=1509455``, ``/14030614/<item>``, a newspaper
    replica's edition ``/20171012/<item>``), beyond the date path ``/1403/06/14/`` the caller
    reads first; or None. Jalali for a year 13xx or 14xx, Gregorian for 19xx or 20xx. A day
    segment ending the path (a day's archive) and eight digits right after an item's segment
    (``/news/14030614``, an ID as often) are none. Only the caller knows whether the page
    prints a date of its own, which wins. Never raises.

    Example:
        >>> url_path_day("https://x.ir/1403-06-14/news=1509455").jalali_isoformat()[:10]
        '1403-06-14'
        >>> url_path_day("https://x.com/iran/paper/20171012/281578060883872").isoformat()
        '2017-10-12'
        >>> print(url_path_day("https://x.ir/1403-06-14/"))
        None
    """
    segments = _path_segments(url)
    if segments is None:
        return None
    for at, segment in enumerate(segments[:-1]):
        found = _URL_DAY_SEGMENT.fullmatch(segment)
        if found is not None and (found.group(2) or not _after_item(segments, at)):
            year, _, month, day = found.groups()
            return _machine_date(f"{year}/{month}/{day}", jalali=year[:2] in ("13", "14"))
    return None


# Joomla's automatic alias, the item's ID then its creation time («/news/808-2018-03-15-16-21-09»):
# a title with no Latin letters leaves no slug, and the content table's check() sets the alias
# to ``Factory::getDate()->format('Y-m-d-H-i-s')``, the save time in UTC. A Persian language
# pack's date class formats it in the Jalali calendar («/12047-1397-04-23-08-12-45.html»,
# forsat-online.ir, blind88 #15; fix246): a year 13xx or 14xx is a Jalali day.
_URL_JOOMLA_ALIAS = re.compile(
    r"[0-9]+-((?:19|20|13|14)[0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"-([01][0-9]|2[0-3])-([0-5][0-9])-([0-5][0-9])"
)


def _query_alias(url: str) -> re.Match[str] | None:
    """The automatic alias of a Joomla article's address without SEF URLs, after its ID and a
    colon in the ``id`` field («?option=com_content&view=article&id=403:2020-01-06-05-44-58»,
    edu.um.ac.ir, real64 #20): the same ``<id>-<time>`` alias with a colon for the dash; None
    for a list's view (its ``id`` is the category's) or another address."""
    try:
        query = parse_qsl(_unescaped(urlsplit(url.strip()).query), keep_blank_values=True)
    except ValueError:
        return None
    if not any(key.strip().lower() == "option" for key, _ in query) or joomla_list_view(query):
        return None
    for key, value in query:
        if key.strip().lower() == "id" and ":" in value:
            return _URL_JOOMLA_ALIAS.fullmatch(value.strip().replace(":", "-", 1))
    return None


def url_alias_day(url: str | None) -> Timestamp | None:
    """The day of Joomla's automatic alias ending the address (``<id>-YYYY-MM-DD-HH-MM-SS``,
    the item's creation time), or in its ``id`` field (``id=<id>:YYYY-MM-DD-HH-MM-SS``), or
    None. A year 13xx or 14xx is Jalali (a Persian language pack's alias). Only a time before
    19:30 gives the day: the stamp is
    UTC (or the server's clock), and before 19:30 UTC the day is the same in Tehran (UTC+3:30,
    +4:30 in summer before 2022) and Kabul (UTC+4:30); a later one may be the next day there.
    A date in the future, or one that is no calendar day, is none. Only the caller knows
    whether the page prints a date of its own, which wins. Never raises.

    Example:
        >>> url_alias_day("http://x.ir/index.php/news/808-2018-03-15-16-21-09").isoformat()
        '2018-03-15'
        >>> print(url_alias_day("http://x.ir/index.php/news/808-2018-03-15-19-30-00"))
        None
        >>> print(url_alias_day("http://x.ir/1402-05-01-report"))
        None
    """
    segments = _path_segments(url)
    if segments is None or url is None:
        return None
    # (Joomla's search-friendly addresses may end with a suffix: «/12047-<alias>.html».)
    found = _URL_JOOMLA_ALIAS.fullmatch(_URL_EXTENSION.sub("", segments[-1])) if segments else None
    if found is None:
        found = _query_alias(url)
    if found is None:
        return None
    year, month, day, hour, minute, _ = found.groups()
    if (int(hour), int(minute)) >= (19, 30):
        return None
    jalali = year[:2] in ("13", "14")
    stamp = _machine_date(f"{year}/{month}/{day}" if jalali else f"{year}-{month}-{day}", jalali)
    if stamp is None or stamp.isoformat()[:10] > datetime.now(timezone.utc).date().isoformat():
        return None
    return stamp


# A Gregorian day glued to the end of a slug, a dash before it or none
# («/خطر-سیل-...-تهدید-می‌کند2017-04-30/», a county sports site's WordPress posts, real48 #2):
# a letter right before it (after the dash), so an ID's or an alias's digits are never read.
_URL_SLUG_DAY = re.compile(
    r"(?:[^\W_]|[\u200c-])*[^\W\d_]\u200c?-?"
    r"((?:19|20)[0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
)


# A short Jalali day glued to the end of a hand-written Latin alias: the year's last two
# digits (80-99: 1380-1399, years no Gregorian page of a CMS is dated by), the month and the
# day, right after a letter («/news/37-jashne-shokofe96-6-28.html», 1396/06/28,
# mehraeenschool.com, real70 #24, fix247). A dash before the year («-96-6-28») or a year
# outside 80-99 is none.
_URL_SLUG_SHORT_JALALI_DAY = re.compile(
    r"(?:[^\W_]|-)*[a-z](8[0-9]|9[0-9])-(0?[1-9]|1[0-2])-(0?[1-9]|[12][0-9]|3[01])",
    re.IGNORECASE,
)


def url_slug_day(url: str | None) -> Timestamp | None:
    """The Gregorian day glued to the end of the address's last segment, a slug of words
    (``/<slug>-2017-04-30/``, ``/<slug>2017-04-30/``: the post's day, which the site adds
    to its slug), or None: a slug ending with a year alone or a version number, a segment
    of digits before the day (an ID, Joomla's alias: :func:`url_alias_day`), a date in the
    future or no calendar day; or the short Jalali day glued to a hand-written Latin alias
    (``/news/37-jashne-shokofe96-6-28.html``, 1396/06/28: :data:`_URL_SLUG_SHORT_JALALI_DAY`).
    Only the caller knows whether the page prints a date of its own, which wins. Never raises.

    Example:
        >>> url_slug_day("http://x.ir/flood-warning-issued-2017-04-30/").isoformat()
        '2017-04-30'
        >>> url_slug_day("http://x.ir/news/37-jashne-shokofe96-6-28.html").jalali_isoformat()
        '1396-06-28'
        >>> print(url_slug_day("http://x.ir/flood-warning-issued-2017/"))
        None
    """
    segments = _path_segments(url)
    if not segments:
        return None
    found = _URL_SLUG_DAY.fullmatch(segments[-1])
    if found is not None:
        stamp = _machine_date("-".join(found.groups()))
    else:
        short = _URL_SLUG_SHORT_JALALI_DAY.fullmatch(_URL_EXTENSION.sub("", segments[-1]))
        if short is None:
            return None
        year, month, day = short.groups()
        stamp = _machine_date(f"13{year}/{int(month):02d}/{int(day):02d}", jalali=True)
    if stamp is None or stamp.isoformat()[:10] > datetime.now(timezone.utc).date().isoformat():
        return None
    return stamp


def _after_item(segments: list[str], at: int) -> bool:
    """Whether ``segments[at]`` follows an item's segment (``/news/20170928``: eight digits
    there are the item's ID as often as a day, see :func:`_date_code`)."""
    return at > 0 and _segment_name(segments[at - 1]) in _ITEM_SEGMENTS


def url_month(url: str | None) -> tuple[str, int, int] | None:
    """The address's year and month folder without a day («/archives/2011/05/122145.php»):
    the calendar's name, the year and the month; None when it prints a day or no month."""
    if not url or _URL_DATE.search(url) is not None:
        return None
    dated = _URL_MONTH.search(url)
    if dated is None:
        return None
    year = int(dated.group(1))
    return ("jalali" if year < 1900 else "gregorian", year, int(dated.group(2)))


def day_archive(url: str | None) -> Timestamp | None:
    """The day of a date archive's address, whose path ends with a Gregorian day
    («http://khuroson.tj/2019/03/11/», WordPress's day archive): the list of that day's
    posts. An article's address with a Gregorian day before its slug (``/2019/03/11/slug``)
    is none. Never raises.

    Example:
        >>> day_archive("http://khuroson.tj/2019/03/11/").isoformat()
        '2019-03-11'
        >>> print(day_archive("https://x.tj/2019/03/11/slug/"))
        None
    """
    if not url or not isinstance(url, str):
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    found = _URL_DAY_ARCHIVE.search(path)
    return _machine_date("-".join(found.groups())) if found is not None else None


# A Jalali day ending the path, nothing after it («/1396/06/30/»): a Jalali blog's day archive.
_URL_JALALI_DAY_ARCHIVE = re.compile(r"/1[34][0-9]{2}/[01]?[0-9]/[0-3]?[0-9]/?\Z")


def jalali_day_archive(url: str | None) -> bool:
    """Whether the address's path ends with a Jalali date path («/1396/06/30/», a Jalali
    blog's day archive: the list of that day's posts), no slug or ID after it. Never raises.

    Example:
        >>> jalali_day_archive("http://www.barchinews.com/1396/06/30/")
        True
        >>> jalali_day_archive("https://x.ir/1396/06/30/slug/")
        False
    """
    if not url or not isinstance(url, str):
        return False
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return False
    return _URL_JALALI_DAY_ARCHIVE.search(path) is not None


# -- The article's ID in its address (docs/formats.md, "Which value wins") -------------------

# A path segment of digits, alone or before a slug («/1693329-slug», Joomla's «/10737-»), an
# extension dropped.
_URL_DIGITS = re.compile(r"([0-9]+)(?:-(?:[^0-9].*)?)?")
# A numeric slug with WordPress's duplicate-slug suffix, the whole last segment: an ID's
# digits (five or more, as an ID alone needs) and one digit 2-9 («/web/10763-2»: the slug
# «10763» taken, so «10763-2»); «/1402-12» (a year and a month), «/12-3456» and a short
# slug's copy («/1-2/», a post titled «1», tests/pages 1267) are no such ID (fix174).
_DUPLICATE_SLUG = re.compile(r"([0-9]{5,})-[2-9]")
# An ID glued to the slug by an underscore, the path's last segment («/42321_<slug>.html», a
# health site's items, hidoctor.ir, real34's #14): five digits or more, a letter after «_»;
# never six or eight digits that read as a date (a file named by its day, BBC's
# «110928_l42_<slug>», or «/news/14021212_<slug>.html», attack42), whatever segment is before.
_UNDERSCORE_ID = re.compile(r"([0-9]{5,20})_[^\W\d_].*")
# An item's key of digits run into a lower-case word, the path's last segment after an item's
# segment: «/event/13990304204401admin» (shilat-sistan.ir's items, keyed by the moment they
# were posted and the poster's account, tests/pages 1883): five digits or more (never a
# year, «/news/2020march»), no leading zero, then two to sixteen letters; taken whole, as
# the site prints it. A word first («/news/nn63256055/») stays unread.
_LETTERED_ID = re.compile(r"([1-9][0-9]{4,19})[a-z]{2,16}")
# A GUID (UUID, 8-4-4-4-12 hex digits) opening a path segment, alone or before a slug
# («/news/detail/28634433-bbe7-ec11-9c39-000c29ce98b8/<slug>»): the item's key, not a number;
# its first block may be all digits, which is no ID.
_GUID = re.compile(r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}(?![0-9a-z])", re.IGNORECASE)
# A forum thread's slug ending with its ID (XenForo «/threads/slug.4412/»).
_THREAD_SEGMENTS = frozenset({"threads", "thread"})
_DOTTED_ID = re.compile(r".*[^0-9]\.([0-9]{1,20})")
# The last segment a year, a month and the item's ID, set apart by dots («/1388.07.2441.html»,
# a magazine's articles, bukharamag.com, real53 #13; fix163): the year Jalali or Gregorian
# (:data:`_YEAR_LIKE`), the month 01-12 with its zero, the ID of three digits or more with no
# leading zero, so never a day («/1388.07.24.html» is a date, no ID).
_MONTH_DOTTED_ID = re.compile(
    r"(?:1[34][0-9]{2}|19[0-9]{2}|20[0-9]{2})\.(?:0[1-9]|1[0-2])\.([1-9][0-9]{2,19})"
)
# A forum's address: a «forum»/«forums» folder, or a host named so («forum.site.ir»). Under
# it «topic» is one thread («/topic/13780-slug/», Invision Community), not a list of topics.
FORUM_NAMES = frozenset({"forum", "forums"})
_THREAD_ID = re.compile(r"[0-9]+(?:-.*)?")
# Joomla's automatic alias of an item whose title has no Latin letters: the item's ID, then
# its creation time («/index.php/archive/468-2019-12-23-13-06-03»), Gregorian or Jalali
# («/153-municipality/<category's alias>/12047-1397-04-23-08-12-45.html»: the item's ID, never
# the category's before it; fix246).
_JOOMLA_TIME_ALIAS = re.compile(
    r"([0-9]{1,20})-(?:19|20|13|14)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
    r"-(?:[01][0-9]|2[0-3])-[0-5][0-9]-[0-5][0-9]"
)
# Longer runs are hashes or tokens, not a site's IDs.
_URL_ID_MAX = 20
# An Iranian mobile number: «09» and nine digits, or the country's code before it without
# the trunk zero («989...», «00989...»; «+989...» is no digit run), or a landline with its
# trunk zero and area code: «0», a digit 1-8 and nine more («02188776655», attack42). A
# contact's or an advertiser's page, never an item's ID: a site's long IDs (news IDs,
# timestamps, codes of 12 to 19 digits) open with 1 or 2 and no «0» (``1402071000041``,
# ``202507233114``).
_PHONE_NUMBER = re.compile(r"(?:0|98|0098)9[0-9]{9}|0[1-8][0-9]{9}")
_URL_EXTENSION = re.compile(r"\.(?:aspx?|php|html?|jsp|shtml)$", re.IGNORECASE)
# An ID needs five digits or more, unless the segment before names an item (Drupal
# «/node/1318», blogs «/post/460», «/archives/7128», «/news/4006/slug»).
_URL_ID_DIGITS = 5
_ITEM_SEGMENTS = frozenset(
    {
        "node", "post", "posts", "news", "article", "articles", "archives", "item", "items",
        "detail", "details", "story", "content", "view", "newsdetail", "newsdetails",
        "shownews", "entry",
        # An ASP.NET CMS's verb route for one news item, «/GetNews/412/<slug>» (shilat-maz.ir,
        # tests/pages 2430/2431; the list is «/GetNewsList/1/», not read), and its kin.
        "getnews", "viewnews", "readnews",
        "newstext",  # a news item's text page («/newstext/6095», aftababpakhsh.ir)
        "show",  # a portal's «/blog/show/2605.html»: show item 2605
        "reportdetails", "articledetails", "postdetails",  # «/report_details/122»
        # A site's own pages by number: one page each, never a list's page («/pages/1100/»
        # a bar association's news item, «/pages/2/<slug>» a shop's rules page, eol.org's
        # «/pages/1234» a species' page); a list's page is «/page/N», a container.
        "pages",
        # A media item's page: a recorded lesson's «/song/2473» (aminikhaah.ir), a singer's
        # song, an episode's or a clip's «/episode/88», «/video/1204».
        "song", "audio", "video", "episode", "lesson",
        # One event's page (civilica.com's «/event/132/»; the list is «/events/»).
        "event",
        # One photo album's page («/photos/album/1501/<slug>», sobheqazvin.ir, tests/pages
        # 1700; the list is «/photos/» or «/albums/»).
        "album",
        # WordPress's «archives» front in Persian: a site's numeric permalink
        # «/بایگانی/%post_id%» (yazarnews.ir's «/بایگانی/1092», real64 #21).
        "بایگانی",
    }
)  # fmt: skip
# Segments whose number is a list's, a page's or an issue's, not the article's
# («/fa/tags/256816/», «/page/19959/», «/magazine/13/issue/12711/»); the first set names
# lists of items, whose own numbers are never an item's whatever their shape.
_LIST_SEGMENTS = frozenset(
    {"tag", "tags", "category", "categories", "cat", "topic", "topics", "author", "label"}
)
_CONTAINER_SEGMENTS = _LIST_SEGMENTS | {
    "page", "issue", "issues", "magazine", "section", "service", "archive",
}  # fmt: skip
# Query keys (and «key-value» path segments, «/postid-926/») that hold an item's ID;
# every other key is not read (NewsDate=13991205, ts=..., catid=..., TabID=...).
_ID_KEYS = frozenset(
    {
        "p", "id", "nid", "newsid", "itemid", "contentid", "postid", "post_id", "essayid",
        "articleid", "storyid", "entry", "code", "newscode", "news", "aid",
        "newsview",  # a university portal's news module («index.jsp?...&newsview=3067»)
        "a_id",  # a Yektaweb journal's article («browse.php?a_id=6062&sid=1»)
        "art_id", "artid",  # an article's («index.php?art_id=8046», jumhuriyat.tj)
        "element_id",  # 1C-Bitrix's news.detail item («/news/?ELEMENT_ID=4681», tajnature.tj)
    }
)  # fmt: skip
# Keys read in a query only: WordPress's post by its ID (a print view's
# «/print/?post=8788», chilanonline.com; the editor's «post.php?post=8788&action=edit»). As a
# path segment «post-NN» is read by its own rule, :data:`_BLOG_POST_SEGMENT` (fix184), in
# two places only: ending the path or right before the post's slug.
_QUERY_ID_KEYS = _ID_KEYS | {"post"}
# A blog host's post by its number, one whole path segment «post-NN» (an extension
# allowed): Blogfa's «/post-45.aspx», BlogSky's «/1394/12/14/post-9039», its print view
# «/print/post-4» and «/1392/10/04/post-143/<slug>» (fix184: the post's ID within its blog,
# the lead's one reading of blog post numbers). No leading zero; nothing glued after the
# number («/post-2023-review/», «/post-10-tips» are slugs, a year's or a count's words),
# no other word before it («/postcategory-3/»). A year-like number is read too (Blogfa's
# «/post-1402.aspx» is its 1402nd post: no year's archive is named «post-YYYY»).
_BLOG_POST_SEGMENT = re.compile(r"post-([1-9][0-9]{0,19})", re.IGNORECASE)


def _blog_post_number(segments: Sequence[str], at: int, segment: str, before: str) -> str | None:
    """The number of a blog post's ``post-NN`` segment (:data:`_BLOG_POST_SEGMENT`,
    ``segment`` without its extension) at ``segments[at]``: the last segment, or the one
    before the last when that is the post's slug (BlogSky's «/post-143/<slug>»); not under
    a list's, a page's or an issue's segment (``/tag/post-3``), never a date code nor a
    phone number. Else None."""
    found = _BLOG_POST_SEGMENT.fullmatch(segment)
    if found is None or before in _CONTAINER_SEGMENTS:
        return None
    last = len(segments) - 1
    if at != last and not (at == last - 1 and _slug_segment(segments[last])):
        return None
    digits = found.group(1)
    if _DATE_CODE.fullmatch(digits) is not None or _PHONE_NUMBER.fullmatch(digits) is not None:
        return None
    return digits


# Keys that hold an item's ID only as the query's one field: a law database's law
# («dastour.ir/Brows/?lid=313062»). Beside other fields the same key is a language's or a
# list's («processFind.aspx?psid=101&pfid=816&lid=1», «roll/get?pageid=155&lid=1686»).
_SOLE_ID_KEYS = frozenset(
    {
        "lid",
        # A portal's page by its number, the query's one field: Tebyan's «newindex.aspx?
        # pid=104915» (blind82, tests/pages 2210/2211), a paper's «detail.php?pid=11073»
        # (tests/pages 1286); a site's menu page «Index.aspx?pid=7» has too few digits
        # (:data:`SOLE_ID_MIN_DIGITS`, tests/pages 1373), and beside another item key
        # («?nid=20079&pid=6») it is a section's (fix231).
        "pid",
        # An old ASP site's page by its number, the query's one field: «page.asp?tid=317» (a
        # satirist's site, zarooee.ir, tests/pages 2446); a forum's thread «viewthread.php?
        # tid=12345» names the thread, the page's item too. A short «?tid=3» (a type's or a
        # topic's) has too few digits, and a list's script (:data:`_SOLE_ID_LIST_WORDS`)
        # lists items.
        "tid",
    }
)
# Words of a script's name that make it a list's page, whose sole key is a list's number
# («forumdisplay.php?tid=...», «category.asp?tid=...», «taxonomy.php?tid=...»).
_SOLE_ID_LIST_WORDS = frozenset({"list", "forumdisplay", "taxonomy", "term", "terms"})
# A forum's thread pages, where a sole «pid» names one post of the thread (MyBB's and
# vBulletin's «showthread.php?pid=12345»), not the page's item (fix78's doubt; fix231).
_FORUM_POST_PAGES = frozenset({"showthread.php", "printthread.php", "viewtopic.php"})
# Alone, such a key's value of one or two digits is still a language's («?lid=1», the
# language number of «processFind.aspx?...&lid=1» with its other fields dropped): a law's
# ID has this many digits at least.
SOLE_ID_MIN_DIGITS = 3
# Item keys that name the item's kind (an article, a news item, a post): beside one of these
# another numeric «...id» field is the site's, a section's or a language's («sid», «slc_id»),
# not a second candidate. Beside a generic key («id», «p», «code») it stays a doubt
# («?type=component_sections&id=9&sid=1553»: which one is the article's?).
_NAMED_ID_KEYS = frozenset(
    {
        "a_id",
        "articleid",
        "newsid",
        "contentid",
        "postid",
        "post_id",
        "storyid",
        "essayid",
        "art_id",
        "artid",
        "element_id",
    }
)
# A named item key spelt with a hyphen or an underscore before its «id» («news-id»,
# «news_id», «article-id»; tabasnews.ir's «/provincial/news-id=81774», real44 #10), as a
# path segment written «key=value»; the key read when, its separator dropped, it is one of
# :data:`_NAMED_ID_KEYS` (never «page-id», «cat-id»: a page's, a category's).
_SPELLED_KEY_VALUE = re.compile(r"([A-Za-z]{1,20}[-_][Ii][Dd])=([0-9]{1,20})")
_SPELLED_ID_KEYS = frozenset(key.replace("_", "") for key in _NAMED_ID_KEYS)


def _spelled_item_key(name: str) -> bool:
    """Whether the lower-cased key ``name`` is a named item key spelt with a hyphen or an
    underscore before its «id» («news-id», «news_id»; not «post_id», already an ID key)."""
    return (
        name.endswith(("-id", "_id"))
        and name not in _NAMED_ID_KEYS
        and name.replace("-", "").replace("_", "") in _SPELLED_ID_KEYS
    )


# Stems of a «...id» key that names another item, not a site or a section: beside a named
# item key it stays a doubt («?postid=120&replyid=3350», «?newsid=5&commentid=77»: the page
# may be the reply's or the comment's).
_ITEM_STEMS = ("reply", "comment", "post", "news", "article", "item", "content", "story")
# Query keys of a container (a category, a block, a print view's flag): never an ID, and no
# doubt on the item key beside them. Another numeric «...id» field beside the item key
# («?id=9&sid=1553»: which one is the article's?) leaves the address without an ID.
_CONTAINER_KEYS = frozenset(
    {
        "catid", "categoryid", "cat_id", "blockid", "printid", "tabid", "groupid", "sectionid",
        "moduleid", "langid", "userid", "entryviewid",
        # The page's language beside the item's «id» («detail.asp?id=20735&lang_id=1»,
        # naftdaily.com's classic ASP, tests/pages 1915).
        "lang_id", "languageid", "language_id",
        "siteid", "pageid",  # a portal's site and menu page, beside its module's item key
        # A school portal's school, the site of its news module beside the item's «id»
        # («/school/NewsDetail.aspx?id=486&SchoolID=2», alameh.ir, real35's sample).
        "schoolid",
        "section_id", "iblock_id",  # 1C-Bitrix's section and information block («?IBLOCK_ID=7»)
    }
)  # fmt: skip
_KEY_VALUE = re.compile(r"([A-Za-z_]{1,20})[-=]([0-9]{1,20})")
# A key and its value set apart by a comma, as some CMSs route an item («/articles/id,27»,
# ggrco.ir, tests/pages 2680; fix313): read as «key-value» in an address's ID rule only, with
# an ID key (a list's «page,2» is not read).
_COMMA_KEY_VALUE = re.compile(r"([A-Za-z_]{1,20}),([0-9]{1,20})")
# A number that reads as a year (Jalali 13xx-14xx, Gregorian 19xx-20xx).
_YEAR_LIKE = re.compile(r"1[34][0-9]{2}|19[0-9]{2}|20[0-9]{2}")
# A year opening a slug («/news/2045-<slug>», «/1402-<slug>»): :data:`_YEAR_LIKE` but for
# 1450-1499, which no calendar a page dates by has reached (the Jalali year is in the 1400s'
# first decade, the lunar Hijri's in its 1440s): a four-digit number there before a slug is
# the item's ID (bazentekhabat.com's Joomla «/economic/1487-<alias>», real45 #9).
_SLUG_YEAR = re.compile(r"13[0-9]{2}|14[0-4][0-9]|19[0-9]{2}|20[0-9]{2}")
# A year a site files its items under, between the collection and the item's slug
# («/fa/news/1391/<slug>», shafaf.com): the web's years only, Jalali 1374-1409 and Gregorian
# 1995-2039; a number past them («/news/2070/<slug>») is no year's folder yet (fix272).
_FOLDER_YEAR = re.compile(r"137[4-9]|13[89][0-9]|140[0-9]|199[5-9]|20[0-3][0-9]")
# Date codes: YYMMDD (Hamshahri's archive «/hamnews/1384/841202/») and YYYYMMDD
# («/1400/14000817/»), Jalali or Gregorian.
_DATE_CODE = re.compile(r"(?:1[34]|19|20)?[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")


def _date_code(digits: str, before: str) -> bool:
    """Whether six or eight digits are a day's archive folder, not an ID: they read as a
    date, and follow the year they start with (``/1384/841202/``) or no item segment (an
    ID such as ``/News/151222/`` may read as a date too)."""
    if len(digits) not in (6, 8) or _DATE_CODE.fullmatch(digits) is None:
        return False
    in_year = len(before) == 4 and before.isdigit() and before.endswith(digits[: len(digits) - 4])
    return in_year or before not in _ITEM_SEGMENTS


# An item's view word, then its day as an ISO date, then its ID ending the path: an ASP.NET
# news module's «/Page/NewsView/2019-10-21/2273» (fardaoil.com, tests/pages/1484). The view
# words: the item segments and the module's «NewsView».
_ISO_DAY = re.compile(r"(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])")
_DAY_VIEW_SEGMENTS = frozenset({"newsview"})


def _item_after_iso_day(segments: Sequence[str], at: int, digits: str) -> bool:
    """Whether ``segments[at]`` (the digits ``digits``) ends the path right after an ISO day
    («2019-10-21») under an item's view word («/NewsView/2019-10-21/2273»): the item's ID,
    never a year."""
    return (
        at == len(segments) - 1
        and at >= 2
        and _ISO_DAY.fullmatch(segments[at - 1]) is not None
        and _segment_name(segments[at - 2]) in (_ITEM_SEGMENTS | _DAY_VIEW_SEGMENTS)
        and _YEAR_LIKE.fullmatch(digits) is None
    )


def _segment_name(segment: str) -> str:
    """A path segment as a name to look up: lower case, without «_» and «-» («news_details»,
    «News-Details» and «newsdetails» are one name)."""
    return segment.lower().replace("_", "").replace("-", "")


# Item segments that also name a collection, whose year archive a site may print as
# «/news/2019» or «/archives/2019». The others name one item (Drupal's «/node/1318», a
# «/post_details/1400» page, «/item/2019»): a number after them is an item's, year or not.
_COLLECTION_SEGMENTS = frozenset(
    {"news", "articles", "archives", "بایگانی", "posts", "items", "content", "pages"}
)
# A blog's post by its number alone in its segment, padded or not (nmi.ir's «/blog/023/»,
# behpardazan.com's «/blog/712/<slug>»; «/blogs/303», etilaatshahr.com's, a web framework's
# resource route «/blogs/{id}» for one post, the list at «/blogs»); never a year, the blog's
# year folder or archive («/blog/1402/<slug>», «/blog/2019»).
_BLOG = frozenset({"blog", "blogs"})
# A blog platform's post permalink at the site's root: «/p/8035/<slug>» (o.niloblog.com,
# real41 #16), the post's number between «p» and its slug; «p» deeper in a path, or with no
# slug after the number, is as often a list's page («/news/p/2»), never read.
_POST_PREFIX = "p"
# A news site's short item address at its root, «/n/1894» (donyayesafar.com, real78 #30; its
# items of five digits, «/n/14680», were read as any long number is): «n» and the item's
# number, the whole path. The number alone, of NEWS_PREFIX_MIN_DIGITS digits or more (a
# short number, «/n/2», may be a list's page), no leading zero, never a year's («/n/1394» is
# refused: an archive's year as often).
_NEWS_PREFIX = "n"
NEWS_PREFIX_MIN_DIGITS = 3

# A site's collection of all its items named as such, «all» and a collection's word
# («/allnews/163», moshanir.co, tests/pages 2630/2631; «all-news», «all_news» are one name,
# :func:`_segment_name`): the item's number alone ending the path, of
# NEWS_PREFIX_MIN_DIGITS digits or more (a short one, «/allnews/2», may be the list's page),
# no leading zero, never a year's (an archive's year as often). fix307
_ALL_COLLECTIONS = frozenset(f"all{word}" for word in ("news", "articles", "posts"))


def url_year_like_id(url: str | None, *, printed_elsewhere: bool = True) -> str | None:
    """The bare number that reads as a year ending the address's path right after an item
    segment that also names a collection (``/news/2019``, ``/archives/1400``, a trailing
    ``/`` allowed; no slug, no extension; a query or not: ``/news/2019?page=2`` is a year
    archive's second page as often), or a last segment joining a collection's key to such a
    number (``/archive/news=2024``, ``/news-1400``), or, when ``printed_elsewhere`` is False
    (the page prints no such number), a year of the web (:data:`_FOLDER_YEAR`) between the
    collection's segment and the item's slug (``/fa/news/1391/<slug>``: a year's folder on
    some sites), else None.
    :func:`url_number` reads it as the item's ID (sites do number items so:
    ``/news/2070/<slug>``), but the same address is a year archive's (or a year's folder)
    on other sites, so the caller warns (``number-year-like``) when that number is the ID it
    took (not a query's named item key). After a segment that names one item
    (``/node/1318``, ``/post_details/1400``) it is not doubted. Never raises."""
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    segments = [s for s in unquote(parts.path).split("/") if s]
    if (
        len(segments) >= 2
        and _YEAR_LIKE.fullmatch(segments[-1]) is not None
        and _segment_name(segments[-2]) in _COLLECTION_SEGMENTS
    ):
        return segments[-1]
    # The same read as a key and its value in one segment («/archive/news=2024»,
    # «/news-1400»): a collection's key before a year-like number.
    pair = _KEY_VALUE.fullmatch(segments[-1]) if segments else None
    if (
        len(segments) >= 3
        and _FOLDER_YEAR.fullmatch(segments[-2]) is not None
        and _segment_name(segments[-3]) in _COLLECTION_SEGMENTS
        and not segments[-1].isdigit()
        and not printed_elsewhere
    ):
        # «/fa/news/1391/<slug>»: a year-like number between the collection and the item's
        # slug is an item's ID on some sites (printed as «کد خبر: ۲۰۱۳») and the year's
        # folder of the items on others; unprinted on the page, it is doubted (fix272).
        return segments[-2]
    if (
        pair is not None
        and pair.group(1).lower() in _COLLECTION_SEGMENTS
        and _YEAR_LIKE.fullmatch(pair.group(2)) is not None
    ):
        return pair.group(2)
    return None


def url_number(url: str | None) -> str | None:
    """The article's ID in its address, or None when the address holds none for sure.

    1. The last path segment made of digits (alone or before a slug): the ID when it has
       five digits or more, or follows an item segment (``node``, ``post``, ``news`` ...);
       never after a list's, page's or issue's segment (``tags``, ``page``, ``issue`` ...),
       never a date path's part (``/1399/02/03/``) or a date code (``/841202/``,
       ``/14000817/``). When that last segment is none of these, the address has no ID:
       an earlier number is an issue's, a section's or a folder's (``/8268/3/...``).
    2. Else a ``key-value`` path segment with an ID key (``/postid-926/``, ``/id,27``).
    3. Else a query field with an ID key (``?p=377746``, ``?NewsID=70191``); other fields
       (``NewsDate=13991205``, ``ts=...``, ``catid=...``) are never read, and another
       numeric ``...id`` field of unknown meaning beside it (``?id=9&sid=1553``) leaves
       the address without an ID. A law database's ``lid`` is read only as the query's
       one field (``?lid=313062``): beside others it is a language's or a list's.

    Also a vBulletin thread's ``t`` (``showthread.php?t=23301``, ``thread50948.html``), a
    language's code between the item's segment and its ID (``/news/da/1644``), an ID glued
    after a slug (``/<slug>-8147143.html``), a post's ID after a day's path
    (``/2021/01/26/8304/``), a query of the ID then the slug (``?701165/<slug>``), e107's
    ``?news.877`` and a news
    item's block key (``NewspaperBlockID=35489``); Moodle's discussion
    (``discuss.php?d=12546``), the IRIB radio news page's ``n``
    (``/NewsDetails?m=034136&n=240968``), Forumotion's topic (``/t9404-topic``), K2's item with a
    numbered alias (``/item/757-30-<slug>``), an ID before the item's type word
    (``/5059-article/``), a number before a view of it (``/46/view/``), a four-digit Joomla
    ID before its alias and DataLife Engine's news at the root (``/149-<slug>.html``),
    WordPress's ``/%post_id%/`` as the whole path (``/1488/``, or twice: ``/934/934/``, a
    language's code before it or not: ``/fa/5821/5821/``; not a year's archive, ``/1402/``),
    a post's number after ``blogs`` (``/blogs/303``), a Joomla
    article's ``ID-alias.html`` under its category's ``ID-alias``
    (``/ak/196-t_m/ne/916-<alias>.html``) and an item's number and slug after its category's
    (``/content/21/<slug>/1217/<slug>``),
    an ID of five digits or more glued to the slug by an underscore ending the path
    (``/42321_<slug>.html``; not a date code, ``/080110_<slug>.shtml``), Discourse's topic
    (``/t/<slug>/241``, :func:`discourse_topic`), and an ID after a
    year and a month set apart by dots ending the path (``/1388.07.2441.html``; never a day,
    ``/1388.07.24.html``), a post's ID under WordPress's default category as the whole path
    (``/uncategorized/3196``), Joomla's item ID after its language and menu alias
    (``/index.php/ar/<alias>/535``) and a blog post's whole ``post-N`` segment, last or
    before the post's slug (Blogfa's ``/post-45.aspx``, BlogSky's ``/1394/12/14/post-9039``
    and ``/print/post-4``; fix184).
    Hashes, GUIDs and letter-prefixed codes (``n2581278``, ``/news/nn63256055/``) are not
    read, nor an earlier number or a query's ID beside a GUID segment
    (``/news/detail/28634433-bbe7-ec11-9c39-000c29ce98b8/<slug>``). Never raises.

    Example:
        >>> url_number("https://www.tabnak.ir/fa/news/1127305/تکذیب-خبر")
        '1127305'
        >>> url_number("https://moph.gov.af/en/node/1318"), url_number("https://x.ir/?p=377746")
        ('1318', '377746')
        >>> print(url_number("http://www.hamshahrionline.ir/hamnews/1384/841202/news/akhar.htm"))
        None
    """
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
        # A segment that is a number alone in Persian or Arabic-Indic digits («/news/۵۱۶۸»,
        # «/<slug>/۵۱۶۸/», percent-encoded in the address) is read as in ASCII digits; digits
        # inside a slug stay as printed.
        segments = [
            to_ascii_digits(s) if s.isdigit() else s for s in unquote(parts.path).split("/") if s
        ]
        query = _joomla_article(parse_qsl(_unescaped(parts.query), keep_blank_values=True))
    except ValueError:
        return None
    if len(segments) >= 2 and segments[-1].lower() in (_EMBED_VIEW, _AMP_VIEW):
        # WordPress's embed view of a post, its permalink then «embed»; a page's AMP view,
        # its address then «amp» («/1488/amp/», «/2024/02/19970/21/11/amp»; fix307)
        segments.pop()
    if _month_code_archive(parts.hostname, segments):
        return None  # Blogfa's month archive «/9102.aspx»: that month's posts, no item
    # 000. Discourse's topic: «/t/<slug>/<ID>» (a post's number may follow).
    if (discourse := discourse_topic(segments)) is not None:
        return discourse
    # 00. An item key as a path segment and its value in the next («/articleId/2290/»).
    if (keyed := _path_key_id(segments, query)) is not None:
        return keyed
    # 00a. Zend Framework's route «/news/show/id/907»: a generic «id» key after an item's
    # view, its value ending the path.
    if (routed := _routed_id(segments)) is not None:
        return routed
    # 00b. DotNetNuke's module item «/tabid/326/Announcements/699/ID/706/Default.aspx».
    if (dnn_path := _dnn_path_item(segments)) is not None:
        return dnn_path
    # 0. A slug ending with a long ID («/20210809/<slug>-8147143.html»).
    if (tail := _slug_tail_id(segments)) is not None:
        return tail
    # 0a. The item's number before a view of it ending the path («/<slug>/46/view/»).
    if (viewed := _viewed_item(segments)) is not None:
        return viewed
    # 0a'. Joomla 1.0's search-friendly content view («/content/view/8745/88/»).
    if (viewed := _joomla10_content_view(segments)) is not None:
        return viewed
    # 0b. WordPress's post ID before the day's date path («/146813/1397/01/27/<slug>/»).
    if (leading := _id_before_day(segments)) is not None:
        return leading
    # 0c. The post ID between the month's path and two short numbers («/2024/02/19970/21/11»).
    if (middle := _id_after_month(segments)) is not None:
        return middle
    # 0d. The post ID between a day's path and the post's hour, minute and second
    # («/1402/09/06/<slug>/21361/<category>/<author>/11/24/38/», fix278).
    if (timed := _time_tail_permalink(segments)) is not None:
        return timed[0]
    # 1. The last digit segment.
    for at in range(len(segments) - 1, -1, -1):
        segment = _URL_EXTENSION.sub("", segments[at])
        if _GUID.match(segment) is not None:
            return None  # the item is named by its GUID: the address holds no number
        if at == len(segments) - 1 and (copy := _DUPLICATE_SLUG.fullmatch(segment)) is not None:
            segment = copy.group(1)  # «/web/10763-2»: WordPress's duplicate-slug suffix
        before = _segment_before(segments, at)
        if before in _THREAD_SEGMENTS and (dotted := _DOTTED_ID.fullmatch(segment)):
            return dotted.group(1)
        if (joomla := _JOOMLA_TIME_ALIAS.fullmatch(segment)) is not None:
            return None if before in _LIST_SEGMENTS else joomla.group(1)
        if before == _K2_ITEM and (k2 := _K2_NUMBERED_ALIAS.fullmatch(segment)) is not None:
            return k2.group(1)  # «/item/757-30-هزار-متر»: K2's ID before an alias opening
            # with a number of its own
        found = _URL_DIGITS.fullmatch(segment)
        if (
            found is None
            and before not in _LIST_SEGMENTS
            and (numbered := _JOOMLA_NUMBERED_ALIAS.fullmatch(segment)) is not None
            and _joomla_headline_alias(segments, at, numbered.group(1))
        ):
            return numbered.group(1)  # «/index.php/<menu>/554-17-5-<headline words>»
        if found is None:
            if (post := _blog_post_number(segments, at, segment, before)) is not None:
                return post  # «/post-45.aspx», «/1394/12/14/post-9039»: a blog's post
            if (
                at == len(segments) - 1
                and before in _ITEM_SEGMENTS
                and (lettered := _LETTERED_ID.fullmatch(segment)) is not None
                and _DATE_CODE.fullmatch(lettered.group(1)) is None
            ):
                return segment  # «/event/13990304204401admin»: the item's key, digits then a word
            glued = _UNDERSCORE_ID.fullmatch(segment) if at == len(segments) - 1 else None
            if (
                glued is not None
                and before not in _CONTAINER_SEGMENTS
                and _DATE_CODE.fullmatch(glued.group(1)) is None
                and _PHONE_NUMBER.fullmatch(glued.group(1)) is None
            ):
                return glued.group(1)  # «/42321_<slug>.html»: the item's ID, then its slug
            if (run := _aspx_number_run(segments, at, segment)) is not None:
                return None if before in _CONTAINER_SEGMENTS else run
            dotted_id = _MONTH_DOTTED_ID.fullmatch(segment) if at == len(segments) - 1 else None
            if dotted_id is not None and before not in _CONTAINER_SEGMENTS:
                return dotted_id.group(1)  # «/1388.07.2441.html»: its month, then its ID
            continue
        digits = found.group(1)
        if len(digits) > _URL_ID_MAX or _PHONE_NUMBER.fullmatch(digits) is not None:
            return None  # a token's or a phone's digits: the address names no item
        if forum_thread(parts.hostname, segments, at - 1):
            return digits  # «/topic/13780-slug/» on a forum: the thread's ID
        if before in _CONTAINER_SEGMENTS and not (
            before == _JOOMLA_ARCHIVE and _joomla_headline_alias(segments, at, digits)
        ):
            return None
        if _date_code(digits, before):
            return None
        if (typed := _ID_TYPE.fullmatch(segment)) is not None and (
            _segment_name(typed.group(2)) in _ITEM_SEGMENTS and _YEAR_LIKE.fullmatch(digits) is None
        ):
            return digits  # «/5059-article/law-article/<title>/»: item 5059, an article
        alone = found.end(1) == found.end()  # not «2024-elections»: a year before a slug
        if _post_id_permalink(segments, at, digits) or (
            alone and (_day_post_id(segments, at) or _lone_post_id(segments, at))
        ):
            return digits
        if alone and _item_after_iso_day(segments, at, digits):
            return digits
        if before in _BLOG and alone and _YEAR_LIKE.fullmatch(digits) is None:
            return digits  # «/blog/023/», «/blog/712/<slug>», «/blogs/303»: the post's number
        if (
            at == 1
            and len(segments) == 3
            and segments[0] == _POST_PREFIX
            and alone
            and _YEAR_LIKE.fullmatch(digits) is None
            and any(map(str.isalpha, segments[2]))
        ):
            return digits  # «/p/8035/<slug>»: a blog platform's post permalink (niloblog)
        if (
            at == 1
            and len(segments) == 2
            and segments[0] == _POST_PREFIX
            and segment == digits
            and not digits.startswith("0")
            and _YEAR_LIKE.fullmatch(digits) is None
            and _post_path_platform(parts.hostname)
        ):
            return digits  # «NAME.niloblog.com/p/15»: the platform's short post address
        if (
            at == len(segments) - 1
            and at >= 1
            and _segment_name(segments[at - 1]) in _ALL_COLLECTIONS
            and segment == digits
            and len(digits) >= NEWS_PREFIX_MIN_DIGITS
            and not digits.startswith("0")
            and _YEAR_LIKE.fullmatch(digits) is None
        ):
            return digits  # «/allnews/163»: an item under its site's «all news» (fix307)
        if (
            at == 1
            and len(segments) == 2
            and segments[0].lower() == _NEWS_PREFIX
            and segment == digits
            and len(digits) >= NEWS_PREFIX_MIN_DIGITS
            and not digits.startswith("0")
            and _YEAR_LIKE.fullmatch(digits) is None
        ):
            return digits  # «/n/1894»: a news site's short item address (fix277)
        if len(digits) >= _URL_ID_DIGITS or (
            before in _ITEM_SEGMENTS
            and (alone or _SLUG_YEAR.fullmatch(digits) is None)
            and (before == _K2_ITEM or not _count_slug(segment))
        ):
            return digits  # (after an item's segment a short number is its ID, before a slug
            # too unless it reads as a year: «/news/145-slug», not «/news/2045-slug»)
        if _dle_news(segments, at, digits, before) or _four_digit_alias(segments, at, digits):
            return digits
        if (
            _joomla_print_view(segments, at, digits, query)
            or _joomla_headline_alias(segments, at, digits)
            or _joomla_category_item(segments, at, digits)
            or _item_under_category(segments, at, digits)
            or _item_between_slugs(segments, at, digits)
            or _item_after_category_slug(segments, at, digits)
            or _default_category_post(segments, at, digits)
            or _post_id_after_slug(segments, at, digits)
            or _joomla_language_item(segments, at, digits)
            or _joomla_item_under_numbered_category(segments, at, digits)
            or _joomla_item_under_numbered_menu(segments, at, digits)
            or _item_after_language(segments, at, digits)
        ):
            return digits
        if (earlier := _id_before_count_slug(segments, at, segment)) is not None:
            return earlier
        return None  # a short number: a date path's, a page's or a section's
    # 2. A key-value path segment, or an item's name and its ID («/article_67195.html»).
    if (thread := _archive_thread(parts.hostname, segments)) is not None:
        return thread
    if len(segments) == 1 and (topic := _FORUMOTION_TOPIC.fullmatch(segments[0])) is not None:
        return topic.group(1)  # Forumotion's topic at the root: «/t9404-topic»
    if (thread := _vbulletin_thread(segments, query)) is not None:
        return thread
    if (phpbb := _phpbb_topic(segments, query)) is not None:
        return phpbb
    for segment in reversed(segments):
        pair = _KEY_VALUE.fullmatch(_URL_EXTENSION.sub("", segment))
        if pair is None:
            pair = _COMMA_KEY_VALUE.fullmatch(_URL_EXTENSION.sub("", segment))
        if pair is not None and pair.group(1).lower() in _ID_KEYS:
            return pair.group(2)
        spelled = _SPELLED_KEY_VALUE.fullmatch(_URL_EXTENSION.sub("", segment))
        if spelled is not None and _spelled_item_key(spelled.group(1)):
            return spelled.group(2)  # «/provincial/news-id=81774»: a named item key and its ID
        item = _ITEM_ID.fullmatch(_URL_EXTENSION.sub("", segment))
        if item is not None and _segment_name(item.group(1)) in _ITEM_SEGMENTS:
            return item.group(2)
        glued = _GLUED_ID.fullmatch(_URL_EXTENSION.sub("", segment))
        if glued is not None and (
            glued.group(1).lower() in _ITEM_SEGMENTS or glued.group(1).lower() in _GLUED_ITEM_WORDS
        ):
            return glued.group(2)  # «/news103644/slug»: an item's word and its ID run together
    # 2a. SPIP's page of one item, the last segment «article118.html» («breve», a brief):
    # any length, no leading zero, never a year (a section's «rubrique12.html», an
    # author's «auteur3.html» or a keyword's «mot5.html» are lists, not read).
    spip = _SPIP_ITEM.fullmatch(segments[-1]) if segments else None
    if spip is not None and _YEAR_LIKE.fullmatch(spip.group(2)) is None:
        return spip.group(2)
    # 2a'. A journal system's page at the site's root, «/page_23.html»: the page's number.
    root_page = _ROOT_PAGE.fullmatch(segments[0]) if len(segments) == 1 else None
    if root_page is not None:
        return root_page.group(1)
    # 2b. The last segment a section's word, a hyphen and a long ID («/fa/afghanistan-174246»).
    last = _URL_EXTENSION.sub("", segments[-1]) if segments else ""
    section = _SECTION_ID.fullmatch(last)
    if (
        section is not None
        and _segment_name(section.group(1)) not in _CONTAINER_SEGMENTS
        and _DATE_CODE.fullmatch(section.group(2)) is None
        and (len(section.group(1)) > 1 or _slug_before(segments))
    ):
        return section.group(2)
    # 2c. The last segment an item's word, its long ID and its slug («/news-6689214-<slug>»).
    if (slugged := _item_word_id_slug(segments)) is not None:
        return slugged
    # 3. A query of the ID then the item's slug («?701165/<slug>»), or a query field: one
    # item key, and no other numeric «...id» field of unknown meaning.
    if (lead := _QUERY_ID_SLUG.fullmatch(_unescaped(unquote(parts.query)))) is not None and (
        _SLUG.fullmatch(lead.group(2)) is not None and _DATE_CODE.fullmatch(lead.group(1)) is None
    ):
        return lead.group(1)
    if platform_front_page(parts.hostname, parts.path, query):
        return None  # «NAME.blogfa.com/?p=2»: the front page's second page, no post's ID
    if _page_query_platform(parts.hostname):
        query = [(key, value) for key, value in query if key.strip().lower() != "p"]
    dotted_query = _QUERY_DOTTED_ID.fullmatch(parts.query.strip())
    if (
        dotted_query is not None
        and len(dotted_query.group(2)) <= _URL_ID_MAX
        and (dotted_query.group(3) is None or dotted_query.group(1).lower() == "item")
    ):
        return dotted_query.group(2)  # «print.php?news.877»: e107's item by its word and ID
    if (discussion := _moodle_discussion(segments, query)) is not None:
        return discussion
    if (detail := _radio_news_detail(segments, query)) is not None:
        return detail
    if (portal_page := _portal_page(segments, query)) is not None:
        return portal_page
    if (drupal := _drupal_query_node(query)) is not None:
        return drupal
    if (dnn := _dnn_item(query)) is not None:
        return dnn
    if (dorsa := _dorsa_page(query)) is not None:
        return dorsa
    if (scripted := _script_named_id(segments, query)) is not None:
        return scripted
    if (headed := _script_head_key_id(segments, query)) is not None:
        return headed
    if (indexed := _part_index_item(query)) is not None:
        return indexed
    if (printed := _print_view_query(segments, query)) is not None:
        return printed
    if (
        len(query) == 1
        and query[0][0].strip().lower() in _SOLE_ID_KEYS
        and not (segments and segments[-1].lower() in _FORUM_POST_PAGES)
        and not (segments and _list_script(segments[-1]))
    ):
        value = query[0][1].strip()
        if (
            value.isascii()
            and value.isdigit()
            and SOLE_ID_MIN_DIGITS <= len(value) <= _URL_ID_MAX
            and _PHONE_NUMBER.fullmatch(value) is None
        ):
            return value
    found_ids: list[str] = []
    unknown = False
    named = False
    other_item = False  # another item's «...id» field («replyid», «commentid»)
    for key, raw in query:
        name, value = key.strip().lower(), raw.strip()
        if not (value.isascii() and value.isdigit()) or name in _CONTAINER_KEYS:
            continue
        spelt_key = _spelled_item_key(name)
        if name in _QUERY_ID_KEYS or spelt_key or _ITEM_PART_KEY.fullmatch(name) is not None:
            if len(value) > _URL_ID_MAX or _PHONE_NUMBER.fullmatch(value) is not None:
                return None  # longer than any ID, or a phone: not one (as a path's digits)
            found_ids.append(value)
            named = (
                named
                or spelt_key
                or name in _NAMED_ID_KEYS
                or _ITEM_PART_KEY.fullmatch(name) is not None
            )
        elif name.endswith("id"):
            unknown = True
            other_item = other_item or name.removesuffix("id").rstrip("_").endswith(_ITEM_STEMS)
    if not found_ids and not unknown:
        return _switched_item_id(parts.hostname, query)
    return (
        found_ids[0]
        if len(set(found_ids)) == 1 and ((named and not other_item) or not unknown)
        else None
    )


# A print view's page and its one query key, the post it prints: «/print/?print=96966»
# (asrghanoon.ir, real80 #08; fix292). The address names the view twice, in its path and
# in its key; the key beside others, a short value («?print=1», Joomla's and WP-Print's
# flag) or one reading as a year is not read.
_PRINT_VIEW = "print"


def _print_view_query(segments: Sequence[str], query: Sequence[tuple[str, str]]) -> str | None:
    """The post's ID of a print view's ``/print/?print=N``: the path's last segment
    «print», the query's one field «print», its value :data:`SOLE_ID_MIN_DIGITS` digits or
    more with no leading zero, never a year's nor a phone's; else None."""
    if not segments or _URL_EXTENSION.sub("", segments[-1]).lower() != _PRINT_VIEW:
        return None
    if len(query) != 1 or query[0][0].strip().lower() != _PRINT_VIEW:
        return None
    value = query[0][1].strip()
    if (
        not (value.isascii() and value.isdigit())
        or len(value) < SOLE_ID_MIN_DIGITS
        or not _query_id_shape(value)
        or _YEAR_LIKE.fullmatch(value) is not None
    ):
        return None
    return value


def _part_index_item(query: Sequence[tuple[str, str]]) -> str | None:
    """The item of a portal's «?partid=SECTION&indexid=ITEM» (the ministry of agriculture's
    county portals, shirvan.nkj.ir, real59 #21; fix192): «indexid» is the item's ID when
    «partid» names its section, the query's only two fields, both numeric; «indexid» alone or
    beside other fields is not read (a list's index, a page's)."""
    if len(query) != 2:
        return None
    fields = {key.strip().lower(): value.strip() for key, value in query}
    part, item = fields.get("partid"), fields.get("indexid")
    if (
        part is None
        or item is None
        or not (part.isascii() and part.isdigit() and item.isascii() and item.isdigit())
        or not _query_id_shape(item)
    ):
        return None
    return item


# A search's or a session's key is no record's («search.php?search_id=4412»).
_SCRIPT_NO_ITEM_STEMS = frozenset({"search", "session", "query", "result", "results"})


def _script_named_id(segments: Sequence[str], query: Sequence[tuple[str, str]]) -> str | None:
    """The value of a query's one numeric field when its key is the record's name, an
    underscore or a hyphen and «id» (``fgon_id``, ``news_id``) and the script is named after
    that record: a page showing
    one record of its kind (``q_fgon.php?fgon_id=170``, turkmensahramedia.net, real51's
    #32; ``news.php?news_id=5``). A stem of three letters or more, no person's profile
    (``user.php?user_id=7``), no list's or container's (``category.php?category_id=5``,
    ``cat_id``), no leading zero, no phone; None otherwise."""
    if not segments or _URL_EXTENSION.search(segments[-1]) is None:
        return None
    numeric = [
        (key.strip().lower(), value.strip())
        for key, value in query
        if value.strip().isascii() and value.strip().isdigit()
    ]
    if len(numeric) != 1:
        return None
    key, value = numeric[0]
    stem = key[:-3]
    script = _URL_EXTENSION.sub("", segments[-1]).lower()
    if (
        not key.endswith(("_id", "-id"))
        or len(stem) < _ROUTE_STEM_MIN
        or stem in _SCRIPT_NO_ITEM_STEMS
        or not stem.isalpha()
        or stem in _ROUTE_PERSON_STEMS
        or stem in _CONTAINER_SEGMENTS
        or key in _CONTAINER_KEYS
        or not script.endswith(stem)
        or not _query_id_shape(value)
    ):
        return None
    return value


def _list_script(segment: str) -> bool:
    """Whether a script's name (the path's last segment, with an extension) names a list's
    page: a word of it (parted by «-» or «_», or the whole name) names a list
    (:data:`_LIST_SEGMENTS`, :data:`_SOLE_ID_LIST_WORDS`; «forumdisplay.php», «news_list.asp»,
    «category.php»). A «page.asp» shows one page: not a list's."""
    if _URL_EXTENSION.search(segment) is None:
        return False
    name = _URL_EXTENSION.sub("", segment).lower()
    words = {name, *(word for word in _SCRIPT_WORD_SPLIT.split(name) if word)}
    return not words.isdisjoint(_LIST_SEGMENTS | _SOLE_ID_LIST_WORDS)


def _query_id_shape(value: str) -> bool:
    """Whether a query field's digits may be an item's ID: no leading zero, at most
    :data:`_URL_ID_MAX` digits, no phone number (the checks the query-ID readers share)."""
    return (
        not value.startswith("0")
        and len(value) <= _URL_ID_MAX
        and _PHONE_NUMBER.fullmatch(value) is None
    )


# A script named after one record of a kind: its name's words (parted by «-» or «_») hold one
# of these, none of :data:`_CONTAINER_SEGMENTS` (a list's, a page's, an issue's).
_SCRIPT_RECORD_WORDS = frozenset({"article", "news", "post", "story", "item", "content"})
_SCRIPT_WORD_SPLIT = re.compile(r"[-_]")


def _script_head_key_id(segments: Sequence[str], query: Sequence[tuple[str, str]]) -> str | None:
    """The value of a query's one field, numeric, when its key is the head of the script's
    name, the name's first letter or, in a name of two words or more, its first word, and the
    script is named after one record (:data:`_SCRIPT_RECORD_WORDS`): ``Article.aspx?a=32855``
    (an Afghan agency, salamwatandar.com, real65 #27), ``view-news.php?view=6334`` (a Tajik
    party committee's news, hkhdtkhatlon.tj, real65 #29). No container's word in the name,
    no leading zero, no phone; None otherwise."""
    if len(query) != 1 or not segments or _URL_EXTENSION.search(segments[-1]) is None:
        return None
    key, value = query[0][0].strip().lower(), query[0][1].strip()
    script = _URL_EXTENSION.sub("", segments[-1]).lower()
    names = [word for word in _SCRIPT_WORD_SPLIT.split(script) if word]
    if (
        not names
        or not (value.isascii() and value.isdigit())
        or not (key == names[0][:1] or (len(names) >= 2 and key == names[0]))
        or _SCRIPT_RECORD_WORDS.isdisjoint(names)
        or not _CONTAINER_SEGMENTS.isdisjoint(names)
        or not _query_id_shape(value)
    ):
        return None
    return value


# A language switch's address carries the page to show after the switch, percent-encoded
# in a field whose key ends with «url», beside the language's code («/Culture/Set?current=ku
# &preferredUrl=ku%2Fnews%2F190308&target=ku», kurdistantv.net, tests/pages 1729).
_SWITCH_KEY_END = "url"
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z]{2})?")
_CLEAN_PATH = re.compile(r"/?(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+/?")


def _switched_item_id(host: str | None, query: Sequence[tuple[str, str]]) -> str | None:
    """The item ID in the site-relative path a language switch's query carries (a field
    whose key ends with «url», beside another field holding a language's code): read only
    when the path is clean (ASCII letters, digits, «-» and «_» between slashes: no scheme,
    host, query or encoded text) and names an item by the rules of :func:`url_number`;
    None otherwise (a login page's or a share button's link names another page)."""
    if not host:
        return None
    found = {
        number
        for path in _switch_paths(query)
        if (number := url_number(f"https://{host}/{path}")) is not None
    }
    return found.pop() if len(found) == 1 else None


def _switch_paths(query: Sequence[tuple[str, str]]) -> list[str]:
    """The clean site-relative paths a language switch's query carries (see
    :func:`_switched_item_id`), without their leading slash; empty for any other query."""
    if not any(_LANGUAGE_CODE.fullmatch(value.strip()) for _, value in query):
        return []
    return [
        value.strip().lstrip("/")
        for key, value in query
        if key.strip().lower().endswith(_SWITCH_KEY_END)
        and _CLEAN_PATH.fullmatch(value.strip()) is not None
    ]


def language_switch(url: str | None) -> bool:
    """Whether ``url`` is a language switch's address carrying the page to show after it
    (``/Culture/Set?current=ku&preferredUrl=ku%2Fnews%2F190308&target=ku``): the page's
    own canonical address, when it has one, is better evidence of what the page is."""
    if not url or "?" not in url:
        return False
    try:
        query = parse_qsl(_unescaped(urlsplit(url.strip()).query), keep_blank_values=True)
    except ValueError:
        return False
    return bool(_switch_paths(query))


# Item keys written as a path segment with the value in the next one: DNN's
# «/Home/ctl/ArticleView/mid/543/articleId/2290/<slug>» (khorasanbar.com, tests/pages 1260),
# a DNN blog's «/blog/itemid/3178/<slug>» (chrishammond.com) and «/Blog/EntryId/36/<slug>»
# (ifinity.com.au), Seagull's «/index.php/publisher/articleview/frmArticleID/115»
# (iamg.org; «…/frmArticleID/25/staticId/31/», hekanetworks.com). The other keys of such
# paths (a module's «mid», a tab's, a static page's «staticId») are never read.
_PATH_ID_KEYS = frozenset(
    {"articleid", "frmarticleid", "itemid", "newsid", "entryid", "postid", "contentid", "storyid"}
)


def _path_key_id(segments: Sequence[str], query: Sequence[tuple[str, str]]) -> str | None:
    """The value after an item key written as a path segment (:data:`_PATH_ID_KEYS`,
    ``/articleId/2290/``): digits alone, not all zeros, no longer than an ID and no phone;
    None when there is none or two keys hold different values. A query field that is itself
    the rest of the path is read as well: Seagull may put its session key before it
    («/view/?ZPISESSID=…&/1/frmArticleID/1290/», iccimguil.ir)."""
    paths = [list(segments)]
    paths += [[s for s in key.split("/") if s] for key, value in query if "/" in key and not value]
    found: set[str] = set()
    for path in paths:
        for at in range(1, len(path)):
            value = _URL_EXTENSION.sub("", path[at])
            if (
                _segment_name(path[at - 1]) in _PATH_ID_KEYS
                and value.isascii()
                and value.isdigit()
                and value.strip("0")
                and len(value) <= _URL_ID_MAX
                and _PHONE_NUMBER.fullmatch(value) is None
            ):
                found.add(value)
    return found.pop() if len(found) == 1 else None


def _routed_id(segments: Sequence[str]) -> str | None:
    """The value of a generic «id» key written as a path segment after an item's segment
    (:data:`_ITEM_SEGMENTS`), the value ending the path: Zend Framework's default route
    «/controller/action/key/value» («/news/show/id/907», nosazimaz.ir, tests/pages 1505),
    or followed by the item's slug alone («/Content/ID/3514/<slug>», shahrestanadab.com,
    real35's sample). After any other segment the «id» is a user's, a category's or a
    list's («/user/id/7», «/category/id/3», «/news/list/id/3»): not read. An index
    action's value (an MVC route «/ShowPost/index/76/<slug>») is read the same way after a
    post's view word (:data:`_INDEX_VIEWS`)."""
    if (
        len(segments) >= 5
        and segments[-2].lower() == _ROUTE_LANGUAGE_KEY
        and _LANGUAGE_CODE.fullmatch(segments[-1].lower()) is not None
    ):
        segments = segments[:-2]  # the page's language after its ID («/lang/fa»)
    if len(segments) >= 4 and _slug_segment(segments[-1]):
        segments = segments[:-1]  # the item's slug after its ID
    if len(segments) < 3:
        return None
    key = segments[-2].lower()
    if key == "id":
        named = _segment_name(segments[-3]) in _ITEM_SEGMENTS
    elif key == "index":
        named = _segment_name(segments[-3]) in _INDEX_VIEWS
    elif key.endswith("id") and len(segments) >= 4:
        # «/pages/view/pageid/36»: the controller's own record key after its view action
        # (a crisis office's page, fereydan.manabeisf.ir, real51's #7).
        stem, controller = key[:-2], segments[-4].lower()
        named = (
            len(stem) >= _ROUTE_STEM_MIN
            and stem.isalpha()
            and stem not in _ROUTE_PERSON_STEMS
            and _segment_name(segments[-3]) in _ROUTE_VIEWS
            and controller in (stem, stem + "s")
        )
    else:
        return None
    value = _URL_EXTENSION.sub("", segments[-1])
    if (
        named
        and not any(_segment_name(s) in _CONTAINER_SEGMENTS for s in segments[:-2])
        and (key == "id" or _YEAR_LIKE.fullmatch(value) is None)
        and value.isascii()
        and value.isdigit()
        and value.strip("0")
        and len(value) <= _URL_ID_MAX
        and _PHONE_NUMBER.fullmatch(value) is None
    ):
        return value
    return None


# A route's language parameter after the item's key and value («/pageid/36/lang/fa»); the
# view actions before a controller's own record key («/pages/view/pageid/36»), and the
# shortest stem of that key («pageid»: «page»).
_ROUTE_LANGUAGE_KEY = "lang"
_ROUTE_VIEWS = frozenset({"view", "show", "detail", "details"})
_ROUTE_STEM_MIN = 3
# A person's profile by its key («/user/view/userid/7»): no item of the site's content.
_ROUTE_PERSON_STEMS = frozenset({"user", "member", "author", "profile", "account"})


# A post's or a news item's view word before an MVC route's index action and the item's
# number («/ShowPost/index/76/<slug>», pouryari.com, real35's sample): its ID (never a
# year-like number, which may be an archive's).
_INDEX_VIEWS = frozenset({"showpost", "shownews", "showarticle", "showcontent"})


def _slug_segment(segment: str) -> bool:
    """Whether a path segment is a slug: words with a letter, no extension, not a number or
    a key and its value («Astaneh-Ashrafiyeh», «روز-چهارم»; not «2», «page-2», «print»)."""
    return (
        _URL_EXTENSION.search(segment) is None
        and any(c.isalpha() for c in segment)
        and ("-" in segment or not segment.isascii())
        and _KEY_VALUE.fullmatch(segment) is None
    )


# A language's code as a path segment between an item's segment and its ID
# («/news/da/1644», an Afghan ministry's Dari page; «/news/fa/…», «/post/ps/…»).
_LANGUAGE_SEGMENTS = frozenset(
    {"fa", "da", "dr", "prs", "ps", "pa", "en", "ar", "tg", "ur", "ku", "tr", "ru", "fr", "de"}
)
# The whole query an item's ID then its slug: a portal's «/Portal/home/?701165/<slug>». The
# ID has five digits or more, no leading zero, and is no date code.
_QUERY_ID_SLUG = re.compile(r"([1-9][0-9]{4,19})/([^/=&]+)/?")
# The whole query an item's word, a dot and its ID: the e107 CMS's print view and item page
# («print.php?news.877», golestannews.ir, tests/pages 1820; «news.php?item.877», its full
# view «news.php?extend.877»). Any other word is a list's or a page's («?page.2», «?cat.5»).
# e107's item page may carry its category's number after the ID («news.php?item.1204.3»,
# fix151): the ID is the first number (after «item» only: «?news.877.2» is none).
_QUERY_DOTTED_ID = re.compile(
    r"(news|item|extend)\.([1-9][0-9]{0,19})(\.[0-9]{1,9})?", re.IGNORECASE
)
# A query key naming a part of a news item or an article, its block, item or entry
# («NewspaperBlockID», a newspaper's article; «NewsItemID»): an item key. A newspaper's page
# or a news category («NewspaperPageID», «NewsCategoryID») is none.
_ITEM_PART_KEY = re.compile(
    r"(?:news(?:paper)?|article|post|story|content)_?(?:block|item|entry)_?id"
)
# An ID glued after the slug: «<word>-<word>-<word>-8147143»; five to nine digits, no
# leading zero (a phone number starts with 0 or has ten digits or more), after three words
# or more, one of them with a letter.
_TAIL_ID = re.compile(r"[1-9][0-9]{4,8}")
# The same ID after a news item's letter «h» (haber, a Turkish news CMS's item: «<slug>-
# h219701.htm», lidergazete.com, real32's sample); only in a page's file name, «.htm» or
# «.html» ending the path (a slug's last word «h12345» is no word of a headline).
_TAIL_NEWS_ID = re.compile(r"h([1-9][0-9]{4,8})")
_LONG_DIGITS = re.compile(r"[0-9]{5,}")
# The AMP view of a page, a segment «amp» after the page's file name («<slug>-h24107.html/amp»,
# gazetehollywood.com, tests/pages 2404): the same item as the file name's (fix258).
_AMP_VIEW = "amp"
# A day's date path: a year (Gregorian or Jalali), a month, a day.
_DAY_PATH = (
    re.compile(r"(?:1[34]|19|20)[0-9]{2}"),
    re.compile(r"0?[1-9]|1[0-2]"),
    re.compile(r"0?[1-9]|[12][0-9]|3[01]"),
)


def _segment_before(segments: Sequence[str], at: int) -> str:
    """The name of the segment before ``segments[at]`` (:func:`_segment_name`); a language's
    code right after an item's segment is skipped (``/news/da/1644`` reads as ``/news/1644``)."""
    if at == 0:
        return ""
    before = _segment_name(segments[at - 1])
    if at >= 2 and segments[at - 1].lower() in _LANGUAGE_SEGMENTS:
        item = _segment_name(segments[at - 2])
        if item in _ITEM_SEGMENTS:
            return item
    return before


def _slug_tail_id(segments: Sequence[str]) -> str | None:
    """The ID glued after the slug in the last segment («<slug>-8147143.html»,
    :data:`_TAIL_ID`), not a date code; only when no earlier segment holds a run of five
    digits or more other than a date code (``/news/98765/<slug>-12345`` is left to the
    other rules)."""
    if not segments:
        return None
    if (
        len(segments) >= 2
        and segments[-1].lower() == _AMP_VIEW
        and segments[-2].lower().endswith((".htm", ".html"))
    ):
        segments = segments[:-1]  # «<slug>-h24107.html/amp»: the page's AMP view (fix258)
    words = _URL_EXTENSION.sub("", segments[-1]).split("-")
    tail = words.pop()
    if (lettered := _TAIL_NEWS_ID.fullmatch(tail)) is not None and segments[-1].lower().endswith(
        (".htm", ".html")
    ):
        tail = lettered.group(1)
    if words and words[0] and words[-1]:
        # A character the slug could not hold dropped between two words leaves «--»
        # («شفاخانه--بستر», «کدامند؟--وظایف»): the words on either side are still the slug's.
        words = [word for word in words if word]
    if (
        _TAIL_ID.fullmatch(tail) is None
        or _DATE_CODE.fullmatch(tail) is not None
        or len(words) < 3
        or not all(words)
        or not any(re.search(r"[^\W\d_]", word) for word in words)
        or words[-1].isdigit()
    ):
        return None
    for segment in segments[:-1]:
        for run in _LONG_DIGITS.findall(segment):
            if _DATE_CODE.fullmatch(run) is None:
                return None
    return tail


# The last hour of a day: two digits after a day's path up to it may be an hour's folder.
_HOUR_MAX = 23


def _root_day_path(segments: Sequence[str], at: int) -> bool:
    """Whether the day's date path before ``segments[at]`` opens the path (after
    «index.php» or not): WordPress's permalink structure, from the site's root (fix262)."""
    return at == 3 or (at == 4 and segments[0].lower() == "index.php")


def _later_year(number: str, year: str) -> bool:
    """Whether ``number``, a year-shaped post ID after a day's path of ``year``, reads as a
    later year of the path's own calendar (fix273: «/2025/10/30/2041/»). A Gregorian year
    after a Jalali path, «/1403/07/30/2019/», is no later year of it but another calendar's:
    not read (the lead's mend, the forty-third session)."""
    value, own = int(number), int(year)
    # (a year past the calendar grammar's last Jalali year is a Gregorian one)
    return value > own and (value > JALALI_MAX_YEAR) == (own > JALALI_MAX_YEAR)


def _day_post_id(segments: Sequence[str], at: int) -> bool:
    """Whether ``segments[at]`` is a post's ID right after a day's date path, the last
    segment: WordPress's «/%year%/%monthnum%/%day%/%post_id%/» («/2021/01/26/8304/»). The
    number has three digits or more, no leading zero, and reads as no year (an hour, a page's
    or a short count is none); or two digits past any hour (24-99) when the day's path opens
    the address's path, WordPress's permalink from the site's root («/2024/12/10/58», a young
    site's post, nedayekhosh.ir, tests/pages 2410/2411; fix262) or under a «/blog/» folder
    (fix271). The AMP view's segment may follow the ID («/2023/12/09/47/amp/», fix271). From
    the root, a number that reads as a year later than the path's own is an ID too: no post
    is filed under a year it has not reached («/2025/10/30/2041/», a Tajik WordPress site,
    real77's #18; fix273)."""
    number = segments[at]
    return (
        (
            at == len(segments) - 1
            # the post's AMP view after its ID («/2023/12/09/47/amp/», fix271)
            or (at == len(segments) - 2 and segments[-1].lower() == _AMP_VIEW)
        )
        and at >= 3
        and all(p.fullmatch(s) for p, s in zip(_DAY_PATH, segments[at - 3 : at], strict=True))
        and (
            len(number) >= 3
            or (
                len(number) == 2
                and int(number) > _HOUR_MAX
                # or WordPress installed in a blog's folder («/blog/2023/12/09/58/», fix271;
                # any other folder first, «/view/2024/12/10/58», is not read)
                and (_root_day_path(segments, at) or (at == 4 and segments[0].lower() in _BLOG))
            )
        )
        and not number.startswith("0")
        and (
            _YEAR_LIKE.fullmatch(number) is None
            or (_root_day_path(segments, at) and _later_year(number, segments[at - 3]))
        )
    )


def _id_before_day(segments: Sequence[str]) -> str | None:
    """A post's ID opening the path before a day's date path and at most a slug:
    WordPress's «/%post_id%/%year%/%monthnum%/%day%/%postname%/» (armaneghtesadi.ir's
    «/146813/1397/01/27/<slug>/»; the structure, after «index.php», is a French blog's
    fix, jeanjerome.free.fr/?p=10). Five digits or more, no leading zero, no date code and
    no phone: a section's short number before a day's path («/921/2020/11/07/<item>.htm»,
    persian.cri.cn) is not read, and no part of the date path is ever taken."""
    rest = segments[1:] if segments and segments[0].lower() == "index.php" else segments
    if len(rest) not in (4, 5) or (len(rest) == 5 and _SLUG.fullmatch(rest[4]) is None):
        return None
    number = rest[0]
    if (
        number.isascii()
        and number.isdigit()
        and not number.startswith("0")
        and _URL_ID_DIGITS <= len(number) <= _URL_ID_MAX
        and _DATE_CODE.fullmatch(number) is None
        and _PHONE_NUMBER.fullmatch(number) is None
        and all(p.fullmatch(s) for p, s in zip(_DAY_PATH, rest[1:4], strict=True))
    ):
        return number
    return None


def _id_after_month(segments: Sequence[str]) -> str | None:
    """A post's ID right after a month's date path, the path's only long number, with two
    short numbers after it and nothing else: «/%year%/%monthnum%/%post_id%/NN/NN»
    (shahed.news's «/2024/02/19970/21/11», tests/pages/1522; the two numbers a day's and an
    hour's, at most 31 each). Five digits or more, no leading zero, no date code and no
    phone; a book's «/11326/1/274» (no month's path before it) is not read."""
    if len(segments) != 5 or not all(s.isascii() and s.isdigit() for s in segments):
        return None
    number = segments[2]
    if (
        _DAY_PATH[0].fullmatch(segments[0])
        and _DAY_PATH[1].fullmatch(segments[1])
        and not number.startswith("0")
        and _URL_ID_DIGITS <= len(number) <= _URL_ID_MAX
        and _DATE_CODE.fullmatch(number) is None
        and _PHONE_NUMBER.fullmatch(number) is None
        and all(len(s) <= 2 and int(s) <= 31 for s in segments[3:])
    ):
        return number
    return None


# The most segments between a day's path and a permalink's time tail: the slug, the post's
# ID, its category's and its author's (:func:`_time_tail_permalink`).
_TIME_TAIL_MIDDLE = 4
# A clock's part as WordPress's %hour%, %minute%, %second% print it: two digits.
_CLOCK_PART = re.compile(r"[0-9]{2}")
# A post's later page's number after its permalink («/2/»): no leading zero, one or two digits.
_POST_PAGE = re.compile(r"[1-9][0-9]?")


def _time_tail_permalink(segments: Sequence[str]) -> tuple[str, str] | None:
    """The post's ID and its time («HH:MM») in a WordPress permalink that opens with the
    day's path and ends with the post's hour, minute and second, the post's ID among the
    segments between (``%year%/%monthnum%/%day%/%postname%/%post_id%/%category%/%author%/
    %hour%/%minute%/%second%``, chelchelehbandar.ir's «/1402/09/06/<slug>/21361/<category>/
    <author>/11/24/38/»: blind95, tests/pages 2470; fix278). Between the day and the time:
    up to :data:`_TIME_TAIL_MIDDLE` segments, one of them digits alone (the ID: no leading
    zero, no year's shape), the others with a letter (a slug, a category's or an author's
    name). None for any other shape: a clock's parts out of range, two numbers between, no
    name between («/2024/02/19970/21/11» is :func:`_id_after_month`'s). A post's later page,
    its number after the time (WordPress's «/2/» for a post parted by «<!--nextpage-->»: the
    same post, its ID and time; attacks82, fix302), is read as the post's address, and so is
    the AMP view of either, «amp» last («/10/20/00/amp/», «/10/20/00/2/amp/»; attacks84,
    fix307)."""
    if len(segments) >= 8 and segments[-1].lower() == _AMP_VIEW:
        segments = segments[:-1]  # the post's (or its later page's) AMP view (fix307)
    found = _time_tail(segments)
    if found is None and len(segments) >= 8 and _POST_PAGE.fullmatch(segments[-1]) is not None:
        return _time_tail(segments[:-1])
    return found


def _time_tail(segments: Sequence[str]) -> tuple[str, str] | None:
    """:func:`_time_tail_permalink` for the address's segments as they stand."""
    if len(segments) < 7 or not all(
        p.fullmatch(s) for p, s in zip(_DAY_PATH, segments, strict=False)
    ):
        return None
    clock = segments[-3:]
    if not all(_CLOCK_PART.fullmatch(part) for part in clock):
        return None
    hour, minute, second = (int(part) for part in clock)
    if hour > _HOUR_MAX or minute > 59 or second > 59:
        return None
    middle = segments[3:-3]
    numbers = [s for s in middle if s.isascii() and s.isdigit()]
    if (
        not 2 <= len(middle) <= _TIME_TAIL_MIDDLE
        or len(numbers) != 1
        or not all(s in numbers or re.search(r"[^\W\d_]", s) for s in middle)
    ):
        return None
    number = numbers[0]
    if (
        number.startswith("0")
        or len(number) > _URL_ID_MAX
        or _YEAR_LIKE.fullmatch(number) is not None
        or _PHONE_NUMBER.fullmatch(number) is not None
    ):
        return None
    return number, f"{clock[0]}:{clock[1]}"


def url_time_tail(url: str | None) -> str | None:
    """The post's time («HH:MM») a WordPress permalink prints after its day, slug and ID
    (:func:`_time_tail_permalink`), or None. Never raises.

    Example:
        >>> url_time_tail("https://x.ir/1402/09/06/slug-words/21361/news/admin/11/24/38/")
        '11:24'
        >>> print(url_time_tail("https://x.ir/1402/09/06/slug-words/11/24/38/"))
        None
    """
    segments = _path_segments(url)
    if segments is None:
        return None
    found = _time_tail_permalink(segments)
    return None if found is None else found[1]


def url_time_tail_day(url: str | None) -> Timestamp | None:
    """The post's day and time in a WordPress permalink of :func:`_time_tail_permalink`'s
    shape whose day's path is Gregorian («/2023/12/09/<slug>/4127/<category>/<author>/10/20/
    00/»: the hour, minute and second after the ID; fix293), or None (a Jalali day's path is
    :data:`_URL_DATE`'s, with :func:`url_time_tail`). Never raises.

    Example:
        >>> url_time_tail_day("https://x.ir/2023/12/09/slug/4127/news/admin/10/20/00/").isoformat()
        '2023-12-09T10:20:00+03:30'
        >>> print(url_time_tail_day("https://x.ir/1402/09/18/slug/4127/news/admin/10/20/00/"))
        None
    """
    segments = _path_segments(url)
    if not segments or not segments[0].startswith(("19", "20")):
        return None
    found = _time_tail_permalink(segments)
    if found is None:
        return None
    year, month, day = segments[:3]
    return _machine_date(f"{year}-{int(month):02d}-{int(day):02d} {found[1]}")


# A year a site's year archive may be named by (``/1402/``, ``/2019/``): Jalali 1300-1419,
# Gregorian 1900-2039. A number shaped like a later year («/1488/», 2109 in the Gregorian
# calendar) names no archive of posts yet written.
_ARCHIVE_YEAR = re.compile(r"13[0-9]{2}|14[01][0-9]|19[0-9]{2}|20[0-3][0-9]")


def _lone_post_id(segments: Sequence[str], at: int) -> bool:
    """Whether ``segments[at]`` is the whole path and a post's ID: WordPress's
    «/%post_id%/» permalink (rian.ir's «/1592/», avenliq.ir's «/1488/»), or that number printed
    twice as the whole path (ardestan.gov.ir's «/934/934/», real60 #24: one ID), a language's
    code (:data:`_LANGUAGE_SEGMENTS`) opening the twice-printed one or not (a ministry's
    «/fa/5821/5821/», fix199; «/fa/2381» alone is a page, fix38).
    Three digits or more, no leading zero, no year of an archive (a year's archive
    «/1402/», «/2019/» is a list; :data:`_ARCHIVE_YEAR`) and no HTTP error status (a server's
    error page at «/404», «/500/», where a broken link lands)."""
    number = segments[at]
    if at == len(segments) - 1 == 2 and segments[0].lower() in _LANGUAGE_SEGMENTS:
        segments, at = segments[1:], at - 1  # «/fa/934/934/» (never «/fa/2381», fix38)
    return (
        (len(segments) == 1 or (len(segments) == 2 and at == 1 and segments[0] == number))
        and len(number) >= 3
        and not number.startswith("0")
        and _ARCHIVE_YEAR.fullmatch(number) is None
        and not (len(number) == 3 and number[0] in "45")
    )


# A blog platform's month archive code as the whole path: the Jalali year's last two digits,
# the month 01-12, «.aspx» (Blogfa's «/9102.aspx»: 1391, month 02).
_MONTH_ARCHIVE_CODE = re.compile(r"[0-9]{2}(?:0[1-9]|1[0-2])\.aspx", re.IGNORECASE)


def _month_code_archive(host: str | None, segments: Sequence[str]) -> bool:
    """Whether the address is a month archive by its code on a platform that names its
    month archives so (:data:`vocab.MONTH_CODE_ARCHIVE_PLATFORMS`): the whole path one
    :data:`_MONTH_ARCHIVE_CODE` segment (``http://x.blogfa.com/9102.aspx``; fix234). A month
    13-99 (``/9113.aspx``) or another host's ``/9102.aspx`` is not read by this rule."""
    if not host or len(segments) != 1 or _MONTH_ARCHIVE_CODE.fullmatch(segments[0]) is None:
        return False
    host = host.lower()
    return any(
        host == platform or host.endswith("." + platform)
        for platform in vocab.MONTH_CODE_ARCHIVE_PLATFORMS
    )


def _post_path_platform(host: str | None) -> bool:
    """Whether the host is a blog on a platform whose ``/p/N`` at the blog's root names
    one post, its slug after the number or not (:data:`vocab.POST_PATH_PLATFORMS`:
    Niloblog's ``/p/15``; real76 #20, fix269). Another host's ``/p/6120`` is not read so."""
    if not host:
        return False
    host = host.lower()
    return any(
        host == platform or host.endswith("." + platform) for platform in vocab.POST_PATH_PLATFORMS
    )


def _page_query_platform(host: str | None) -> bool:
    """Whether the host is a blog on a platform whose ``p`` query field is a list's page
    number wherever it stands (:data:`vocab.PAGE_QUERY_PLATFORMS`): Blogfa's front page
    ``/?p=2`` and category page ``/category/1?p=3`` (tests/pages 2318), never a post's ID
    (its posts are ``/post/N``); ``/archive/?p=5`` names no item either (mut50 (h), fix261)."""
    if not host:
        return False
    host = host.lower()
    return any(
        host == platform or host.endswith("." + platform) for platform in vocab.PAGE_QUERY_PLATFORMS
    )


def platform_front_page(host: str | None, path: str, query: Sequence[tuple[str, str]]) -> bool:
    """Whether the address is a later page of a blog's front page on a platform that numbers
    them by query (:data:`vocab.PAGE_QUERY_PLATFORMS`): the blog's root, the query one ``p``
    of digits (``https://x.blogfa.com/?p=2``; real71 #12, fix249). Another host's ``/?p=2``
    (WordPress's post) or a path under the root is not read by this rule."""
    if not host or path not in ("", "/") or len(query) != 1:
        return False
    name, value = query[0]
    if name.strip().lower() != "p" or not (value.strip().isascii() and value.strip().isdigit()):
        return False
    return _page_query_platform(host)


# Numbers joined by hyphens, the last a long one: an ASP.NET site's «/110-1121-244422/» (a
# site's and a section's codes, then the item's ID).
_NUMBER_RUN = re.compile(r"[0-9]{1,10}(?:-[0-9]{1,10})+-([1-9][0-9]{4,19})")
_ASPX = re.compile(r"\.aspx$", re.IGNORECASE)


def _aspx_number_run(segments: list[str], at: int, segment: str) -> str | None:
    """The item's ID in a run of hyphen-joined numbers (:data:`_NUMBER_RUN`) that is the
    last or the next-to-last segment of an address ending in ``.aspx``; its last number,
    of five digits or more and not a date code (``/1396-09-19/`` is none). A lone number
    or another extension is not read by this rule."""
    if at < len(segments) - 2 or not _ASPX.search(segments[-1]):
        return None
    run = _NUMBER_RUN.fullmatch(segment)
    if run is None or _DATE_CODE.fullmatch(run.group(1)) is not None:
        return None
    return run.group(1)


# An item's name and its ID in one segment: Sinaweb journals' «article_67195.html».
_ITEM_ID = re.compile(r"([A-Za-z]{2,20})_([0-9]{1,20})")
# SPIP's item page: «article» or «breve», its number (no leading zero), «.html».
_SPIP_ITEM = re.compile(r"(article|breve)([1-9][0-9]{0,9})\.html", re.IGNORECASE)
# An item's word glued to an ID of five digits or more, no leading zero («news103644»; a
# year, «news2023», or a short page name, «News030», «article484», is none).
_GLUED_ID = re.compile(r"([A-Za-z]{2,20})([1-9][0-9]{4,19})")
# Words glued to an item's ID that name no item as a segment of their own: «new» («/tj/
# new83117/», dialog.tj's news item: blind95, tests/pages 2488; fix278).
_GLUED_ITEM_WORDS = frozenset({"new"})
# A word, a hyphen and an ID of five digits or more, no leading zero: never a year (four
# digits) nor a slug's count («top-10-...», «covid-19»). The word may be one letter, a
# content type's initial (DW's «/a-71591394» an article, «/g-...» a gallery), when the
# item's slug stands before it.
_SECTION_ID = re.compile(r"([A-Za-z]{1,20})-([1-9][0-9]{4,19})")
# A slug: words with dashes and a letter, no file's extension (WordPress's «%postname%»).
_SLUG = re.compile(r"(?=.*[^\W\d_])[^\s/.]+-[^\s/.]+")

# An item's word, its ID and its slug in the last segment: an aggregator's
# «/article/mehrnews/news-6689214-<transliterated slug>» (mikaeo.ir, tests/pages 2638; fix307).
# The ID has five digits or more, no leading zero (never a year: «/news-1402-<slug>» may be a
# year's list), the word one of :data:`_ITEM_SEGMENTS` (a product's or a model's name before
# a number, «/galaxy-12345-<slug>», is not read), the slug holds a letter.
_ITEM_WORD_ID_SLUG = re.compile(r"([A-Za-z]{2,20})-([1-9][0-9]{4,19})-(.*[^\W\d_].*)")


def _item_word_id_slug(segments: Sequence[str]) -> str | None:
    """The ID of :data:`_ITEM_WORD_ID_SLUG` in the address's last segment, not under a list's,
    page's or issue's segment, no date code (``news-14020817-<slug>``) nor phone number; or
    None."""
    if not segments:
        return None
    found = _ITEM_WORD_ID_SLUG.fullmatch(_URL_EXTENSION.sub("", segments[-1]))
    if (
        found is None
        or _segment_name(found.group(1)) not in _ITEM_SEGMENTS
        or (len(segments) >= 2 and _segment_name(segments[-2]) in _CONTAINER_SEGMENTS)
        or _DATE_CODE.fullmatch(found.group(2)) is not None
        or _PHONE_NUMBER.fullmatch(found.group(2)) is not None
        or len(found.group(2)) > _URL_ID_MAX
    ):
        return None
    return found.group(2)


# DataLife Engine's news address: a section's folder (a Latin word or words), then the news
# ID, no leading zero, a hyphen and the item's Latin slug of three words or more, «.html»
# («/hokimiyati-davlati/3458-bozeft-va-tadioti-arheolog.html»). The ID has three digits or
# more: a number of one or two before a Latin slug is a listicle's count as often
# («/travel/10-best-places-to-visit.html», «/health/7-ways-to-sleep-better.html»).
_DLE_NEWS = re.compile(r"([1-9][0-9]{2,19})-[a-z0-9]+(?:-[a-z0-9]+){2,}\.html?", re.IGNORECASE)
# A number of one or two digits before a slug of three words or more, after an item's
# segment: a listicle's count as often as an ID («/news/25-things-to-know.html»,
# «/blog/10-ways-to-save-water/»), so no ID (three digits or more, «/news/145-slug», and a
# short slug, «/news/25-budget», stay the item's). Its words are parts holding a letter: a
# hand-written alias ending with a short date, «/news/37-jashne-shokofe96-6-28.html» (two words,
# then a day's numbers, mehraeenschool.com, real70 #24, fix247), is no listicle's title.
_COUNT_SLUG = re.compile(r"[1-9][0-9]?-[^\W_]+(?:-[^\W_]+){2,}")
# The parts of such a slug that count as its words (one letter at least).
_LETTERED_PART = re.compile(r"-[^\W_]*[^\W\d_][^\W_]*")
# A listicle's title has this many words after its count at least.
_COUNT_SLUG_WORDS = 3


def _count_slug(segment: str) -> bool:
    """Whether ``segment`` is a count of one or two digits before a slug of
    :data:`_COUNT_SLUG_WORDS` words or more (:data:`_COUNT_SLUG`), a word being a part with
    a letter («25-things-to-know»; not «37-jashne-shokofe96-6-28», two words and a date)."""
    return (
        _COUNT_SLUG.fullmatch(segment) is not None
        and len(_LETTERED_PART.findall(segment)) >= _COUNT_SLUG_WORDS
    )


# A number of three digits before a slug of three words or more: a headline's own number
# («/fa/content/15770016/600-کیلوگرم-زعفران-...», news.armanin.ir, real40 #7) under the
# item's long ID.
_HUNDREDS_SLUG = re.compile(r"[1-9][0-9]{2}-[^\W_]+(?:-[^\W_]+){2,}")


def _id_before_count_slug(segments: Sequence[str], at: int, segment: str) -> str | None:
    """The numeric segment right before a slug opening with a count of one or two digits
    («/news/191083/48-<slug>»: a headline «48 nurses ...» under item 191083): that earlier
    number is the item's ID when it has five digits or more, or follows an item's segment and
    does not read as a year, and is no date code and follows no list's segment. Else None.
    A slug opening with a number of three digits («/content/15770016/600-<slug>.html») gives
    the earlier number of five digits or more the same way."""
    if at < 1:
        return None
    hundreds = not _count_slug(segment)
    if hundreds and _HUNDREDS_SLUG.fullmatch(_URL_EXTENSION.sub("", segment)) is None:
        return None
    earlier = segments[at - 1]
    if not earlier.isascii() or not earlier.isdigit() or len(earlier) > _URL_ID_MAX:
        return None
    if hundreds and len(earlier) < _URL_ID_DIGITS:
        return None
    before = _segment_before(segments, at - 1)
    if before in _CONTAINER_SEGMENTS or _date_code(earlier, before):
        return None
    if len(earlier) >= _URL_ID_DIGITS or (
        before in _ITEM_SEGMENTS and _YEAR_LIKE.fullmatch(earlier) is None
    ):
        return earlier
    return None


# Joomla K2's item path, «/component/k2/item/51-alias» or «/MENU/item/51-alias»: the number
# after «item» is always the item's ID, whatever the alias says.
_K2_ITEM = "item"
_SECTION_FOLDER = re.compile(r"[A-Za-z]+(?:[-_][A-Za-z]+)*")


def _dle_news(segments: list[str], at: int, digits: str, before: str) -> bool:
    """Whether a short number before a slug is a DLE news ID: the last segment, its slug
    Latin words and an ``.html`` extension, right under a section's folder of letters (not
    a list's, nor a year's or a month's number folder) or at the site's root (DLE's address
    without its category, «/149-mehman-nvaze-khvb.html»), the number not a year."""
    return (
        at == len(segments) - 1
        and _DLE_NEWS.fullmatch(segments[at]) is not None
        and (at == 0 or _SECTION_FOLDER.fullmatch(segments[at - 1]) is not None)
        and before not in _CONTAINER_SEGMENTS
        and _YEAR_LIKE.fullmatch(digits) is None
    )


def _four_digit_alias(segments: list[str], at: int, digits: str) -> bool:
    """Whether a number of four digits before a slug, the last segment, is the item's ID
    (Joomla's «/<menu>/<id>-<alias>», «/akhbar/management/7276-<slug>»): no leading zero,
    no year (``/news/2045-slug``; :data:`_SLUG_YEAR`) and no round count
    (``/1500-calorie-diet``, ending in ``00``). Shorter numbers there stay unread: Joomla
    prints a category's list the same way (its sample site's ``/the-news/1-latest-news``),
    and a category's ID is short."""
    segment = _URL_EXTENSION.sub("", segments[at])
    return (
        at == len(segments) - 1
        and len(digits) == 4
        and segment != digits
        and not digits.startswith("0")
        and not digits.endswith("00")
        and _SLUG_YEAR.fullmatch(digits) is None
    )


def _viewed_item(segments: Sequence[str]) -> str | None:
    """The item's number right before a last segment naming a view of it (``view``,
    ``print``, ``show``: «/rules/detail/<slug>/46/view/»), any length, no leading zero, no
    year; not after a list's segment (``/tags/12/view``) nor after another number (a date
    path's day, ``/2021/01/26/view``)."""
    if len(segments) < 2 or segments[-1].lower() not in _ITEM_VIEWS:
        return None
    number = segments[-2]
    before = segments[-3] if len(segments) >= 3 else ""
    if (
        not (number.isascii() and number.isdigit())
        or number.startswith("0")
        or len(number) > _URL_ID_MAX
        or _YEAR_LIKE.fullmatch(number) is not None
        or before.isdigit()
        or _segment_name(before) in _CONTAINER_SEGMENTS
    ):
        return None
    return number


# The last segment naming a view of the item whose number stands before it.
_ITEM_VIEWS = frozenset({"view", "print", "show"})
# The segment WordPress appends to a post's permalink for the post's embed view
# (get_post_embed_url: «/6020/<slug>/embed», rail-news.ir): the address is the post's.
_EMBED_VIEW = "embed"
# K2's item alias that opens with a number («757-30-هزار-متر-مربع»: item 757, «30 هزار ...»):
# the ID, then a number and a word with a letter.
_K2_NUMBERED_ALIAS = re.compile(r"([1-9][0-9]{0,19})-[0-9]+-.*[^\W\d_].*")
# An ID then the item's type word, one segment: «5059-article».
_ID_TYPE = re.compile(r"([1-9][0-9]{0,19})-([A-Za-z_]{2,20})")
# Forumotion's topic address at the site's root: «/t9404-topic», «/t28178p15-topic» (its
# page from the 15th post), «/t1205-slug»; a forum's list there is «/f12-name».
_FORUMOTION_TOPIC = re.compile(r"t([1-9][0-9]{0,19})(?:p[0-9]{0,10})?-[^/]+")


def _moodle_discussion(segments: Sequence[str], query: list[tuple[str, str]]) -> str | None:
    """Moodle's forum discussion, ``/mod/forum/discuss.php?d=12546``: its one numeric ``d``
    (``parent``, a post shown within it, is not the page's item)."""
    if len(segments) < 2 or [s.lower() for s in segments[-2:]] != ["forum", "discuss.php"]:
        return None
    return _one_id_value(query, "d")


def _one_id_value(query: list[tuple[str, str]], key: str) -> str | None:
    """The one value of the query field ``key`` (any case, spaces stripped) when it is an
    item's ID: ASCII digits, no leading zero, at most :data:`_URL_ID_MAX` of them; None
    when the field is missing, given two different values, or not such a number."""
    values = {v.strip() for k, v in query if k.strip().lower() == key}
    if len(values) != 1:
        return None
    value = values.pop()
    if value.isascii() and value.isdigit() and not value.startswith("0"):
        return value if len(value) <= _URL_ID_MAX else None
    return None


def _radio_news_detail(segments: Sequence[str], query: list[tuple[str, str]]) -> str | None:
    """The item's ``n`` of the IRIB radio stations' news page, ``/NewsDetails?m=034136&n=240968``
    (radiojavan.ir; radiogoftogoo.ir prints ``/NewsDetails/?m=178698&n=588739``): the query
    exactly ``m`` (the programme's module) and ``n`` (the item), both numbers. Elsewhere
    ``n`` is a count or a menu node (``News.aspx?n=13372&sms=12653``), never read."""
    if not segments or segments[-1].lower() != "newsdetails":
        return None
    fields = {key.strip().lower(): value.strip() for key, value in query}
    if len(query) != 2 or set(fields) != {"m", "n"}:
        return None
    value = fields["n"]
    if not all(v.isascii() and v.isdigit() for v in fields.values()) or value.startswith("0"):
        return None
    return value if len(value) <= _URL_ID_MAX else None


# A journal system's own page at the site's root, by its number: «/page_23.html»
# (kq.meybod.ac.ir), «/page_893.html» (journal.irphe.ac.ir), «/page_1065.html»
# (eghtesadeshahr.tehran.ir); a file's extension required, no leading zero.
_ROOT_PAGE = re.compile(r"page_([1-9][0-9]{0,19})\.html?", re.IGNORECASE)
# A university portal's page script and its key for the page shown (uma.ac.ir's
# «page.php?slct_pg_id=4139&url_title=...», iums.ac.ir's «page.php?slct_pg_id=45775&sid=5»).
# The same key on the portal's other scripts names the menu entry of a list
# («browse.php?slct_pg_id=45&sid=1», «bookstore.php?...&slct_pg_id=63»): not read there.
_PORTAL_PAGE_SCRIPT = "page.php"
_PORTAL_PAGE_KEY = "slct_pg_id"
# Joomla's print view of an article («?tmpl=component&print=1», the print icon's address).
_JOOMLA_PRINT = frozenset({("tmpl", "component"), ("print", "1")})


# Drupal's address without clean URLs: the path in the query's «q» field, a node's
# «?q=node/215» (iaukoohbanan.ac.ir, blind82, tests/pages 2212/2213; fix231). Its front
# page's list «?q=node&page=734» has no number after «node/» (tests/pages 1252).
_DRUPAL_PATH_KEY = "q"
_DRUPAL_NODE_PATH = re.compile(r"node/([1-9][0-9]{0,19})/?")


def _drupal_query_node(query: list[tuple[str, str]]) -> str | None:
    """The node's ID of Drupal's «?q=node/215» (:data:`_DRUPAL_NODE_PATH`, the whole value
    of the query's «q» field; a node's view «node/215/edit» or a list is none), else None."""
    for key, value in query:
        if key.strip().lower() != _DRUPAL_PATH_KEY:
            continue
        node = _DRUPAL_NODE_PATH.fullmatch(value.strip())
        if node is not None and len(node.group(1)) <= _URL_ID_MAX:
            return node.group(1)
    return None


def _portal_page(segments: Sequence[str], query: list[tuple[str, str]]) -> str | None:
    """The page's number in a university portal's ``page.php?slct_pg_id=N`` (its other
    fields a site's, a language's or the title's: ``sid``, ``slc_lang``, ``url_title``):
    one numeric value, no leading zero."""
    if not segments or segments[-1].lower() != _PORTAL_PAGE_SCRIPT:
        return None
    return _one_id_value(query, _PORTAL_PAGE_KEY)


# DotNetNuke's query: the page's tab and the module showing the item («TabID», «MId» / «mid» /
# «ModuleID»), the portal's; an Announcements' or Articles' module names the item «ItemID»
# (agmdc.ir's «/DesktopModules/Articles/ArticlesViewPrintable.aspx?TabID=1&Site=AjmdcPortal
# &MId=14886&Lang=en-US&ItemID=79», tests/pages 1352; «Default.aspx?tabid=56&mid=400
# &ItemID=79»). Only with the tab's key beside it: elsewhere «mid» may be a message's ID.
_DNN_TAB_KEY = "tabid"
_DNN_ITEM_KEY = "itemid"
_DNN_CONTAINER_KEYS = frozenset({"tabid", "mid", "moduleid", "portalid"})


def _dnn_item(query: list[tuple[str, str]]) -> str | None:
    """The item's ``ItemID`` in a DotNetNuke module's address: the query holds the page's
    ``TabID`` and one ``ItemID`` (a number, no leading zero), and every other numeric field
    named «...id» is DNN's page's, module's or portal's (:data:`_DNN_CONTAINER_KEYS`) or a
    container's (:data:`_CONTAINER_KEYS`); another one («CommentID», «id») leaves it unsure."""
    names = {key.strip().lower() for key, _ in query}
    if _DNN_TAB_KEY not in names or _DNN_ITEM_KEY not in names:
        return None
    for key, value in query:
        name = key.strip().lower()
        if (
            value.strip().isdigit()
            and (name.endswith("id") or name in _QUERY_ID_KEYS)
            and name != _DNN_ITEM_KEY
            and name not in _DNN_CONTAINER_KEYS
            and name not in _CONTAINER_KEYS
        ):
            return None
    return _one_id_value(query, _DNN_ITEM_KEY)


# DotNetNuke's search-friendly address of a module's item: the page's tab as a path pair
# («/tabid/326/»), then the module's name and instance number, the generic «ID» key and the
# item's number, at most DNN's «Default.aspx» after it («/tabid/326/Announcements/699/ID/706/
# Default.aspx»: announcement 706 of module 699, iauc.ac.ir, real68 #14; fix240).
_DNN_PAGE_SCRIPT = "default.aspx"
_DNN_ITEM_PATH_KEY = "id"


def _dnn_path_item(segments: Sequence[str]) -> str | None:
    """The item's number in a DotNetNuke module's path (:data:`_DNN_ITEM_PATH_KEY` after the
    module's name and its number, under a ``tabid`` pair), or None: without the tab's pair,
    or when the key follows no module's number (a user's «/id/7»), nothing is read."""
    path = list(segments)
    if path and path[-1].lower() == _DNN_PAGE_SCRIPT:
        path.pop()
    if len(path) < 6 or path[-2].lower() != _DNN_ITEM_PATH_KEY:
        return None
    tab = next((at for at, s in enumerate(path[:-5]) if s.lower() == _DNN_TAB_KEY), None)
    if tab is None or not path[tab + 1].isdigit():
        return None
    module, instance, value = path[-4], path[-3], path[-1]
    if (
        not (module.isascii() and module.isalpha())
        or not (instance.isascii() and instance.isdigit())
        or not (value.isascii() and value.isdigit())
        or not value.strip("0")
        or value.startswith("0")
        or len(value) > _URL_ID_MAX
    ):
        return None
    return value


# DorsaPortal's query (Iranian university and government portals, «index.aspx?page_=news
# &lang=1&sub=5&PageID=3159&PageIDF=26&tempname=...»): the module «page_», the item's
# «PageID», its folder's «PageIDF» (mazums.ac.ir, tests/pages/1534; esfahan.corc.ir's
# «?page_=form&...&PageID=1044», docs/real_sample.md). Without «page_» a «pageid» is a
# portal's menu page («index.aspx?siteid=1&pageid=1196»), never read.
_DORSA_MODULE_KEY = "page_"
_DORSA_ITEM_KEY = "pageid"
_DORSA_CONTAINER_KEYS = frozenset({"pageidf", "sub", "lang"})


def _dorsa_page(query: list[tuple[str, str]]) -> str | None:
    """The item's ``PageID`` in a DorsaPortal address: the query holds the module's
    ``page_`` and one ``PageID`` (a number, no leading zero), and no other numeric field
    named «...id» but the folder's ``PageIDF``; another one leaves it unsure."""
    names = {key.strip().lower() for key, _ in query}
    if _DORSA_MODULE_KEY not in names or _DORSA_ITEM_KEY not in names:
        return None
    for key, value in query:
        name = key.strip().lower()
        if (
            value.strip().isdigit()
            and (name.endswith("id") or name in _QUERY_ID_KEYS)
            and name != _DORSA_ITEM_KEY
            and name not in _DORSA_CONTAINER_KEYS
        ):
            return None
    return _one_id_value(query, _DORSA_ITEM_KEY)


def _joomla_print_view(
    segments: Sequence[str], at: int, digits: str, query: list[tuple[str, str]]
) -> bool:
    """Whether a short number before an alias, the last segment, is a Joomla article's ID
    shown in its print view (``/<menu>/715-<alias>.html?print=1&tmpl=component``): Joomla
    prints that view of an article only, never of a category's list; no leading zero, no
    year."""
    fields = {(k.strip().lower(), v.strip().lower()) for k, v in query}
    segment = _URL_EXTENSION.sub("", segments[at])
    return (
        at == len(segments) - 1
        and fields >= _JOOMLA_PRINT
        and segment != digits
        and not digits.startswith("0")
        and _YEAR_LIKE.fullmatch(digits) is None
    )


# Joomla's front script in a search-friendly address without URL rewriting
# («/index.php/<menu>/<id>-<alias>», docs.joomla.org/Search_Engine_Friendly_URLs).
_JOOMLA_SCRIPT = "index.php"
# An alias of this many words or more spells a headline: an article's, not a category's name
# («latest-news», «اخبار-شهرستان»).
JOOMLA_HEADLINE_WORDS = 5


def _joomla_headline_alias(segments: Sequence[str], at: int, digits: str) -> bool:
    """Whether a short number before an alias, the last segment of a Joomla address with
    its front script (``/index.php/<menu>/129-<alias>``), is the article's ID: the alias
    spells a headline of :data:`JOOMLA_HEADLINE_WORDS` words or more (babolsar.ir's
    ``/index.php/آرشیو-اخبار/129-برگزاری-مسابقات-فوتسال-...``). A category's list has the
    same shape with a short name (Joomla's sample ``/index.php/the-news/1-latest-news``),
    so shorter aliases stay unread; no leading zero, no year."""
    if at != len(segments) - 1 or len(digits) > _URL_ID_DIGITS - 1:
        return False
    if _JOOMLA_SCRIPT not in (segment.lower() for segment in segments[:at]):
        return False
    alias = _URL_EXTENSION.sub("", segments[at])[len(digits) :].strip("-")
    words = [word for word in alias.split("-") if any(ch.isalpha() for ch in word)]
    return (
        len(words) >= JOOMLA_HEADLINE_WORDS
        and not digits.startswith("0")
        and _YEAR_LIKE.fullmatch(digits) is None
    )


# Joomla's article ID before an alias that opens with a number of the headline's own
# («554-17-5-dansh-amwzan-...»: the headline «17-5- دانش آموزان ...», amareiran.org, real40
# #21), which :data:`_URL_DIGITS` leaves unread (a date's or a range's digits run on there).
_JOOMLA_NUMBERED_ALIAS = re.compile(r"([1-9][0-9]{0,3})-[0-9]+-.*")
# The menu entry of Joomla's archived-articles view («/index.php/archive/66-<alias>»,
# shora-birjand.ir, real39 #1): an article's address under it, not an archive page's.
_JOOMLA_ARCHIVE = "archive"


# Joomla's «ID-alias» segment of a category («196-t_m», «1-latest-news»).
_ID_ALIAS = re.compile(r"[1-9][0-9]{0,9}-[^\W\d_][\w-]*")


def _joomla_category_item(segments: Sequence[str], at: int, digits: str) -> bool:
    """Whether a short number before an alias with Joomla's ``.html`` suffix, the last
    segment, is the article's ID under its category's own ``ID-alias`` segment: Joomla's
    router prints the category, then the article («/the-news/1-latest-news/1-welcome-to-
    joomla», its documentation's sample; edo.aliabadiau.ac.ir's «/ak/196-t_m/ne/916-<alias>.html»).
    A category's list alone («/ak/196-t_m.html») has no segment of its category above it;
    no leading zero, no year."""
    segment = segments[at]
    return (
        at == len(segments) - 1
        and segment.lower().endswith(".html")
        and len(_URL_EXTENSION.sub("", segment)) > len(digits) + 1
        and not digits.startswith("0")
        and _YEAR_LIKE.fullmatch(digits) is None
        and any(_ID_ALIAS.fullmatch(earlier) for earlier in segments[:at])
    )


def _item_under_category(segments: Sequence[str], at: int, digits: str) -> bool:
    """Whether a short number is the item's ID in the address «/ITEM/N/<category slug>/ID/
    <item slug>»: an item's segment (``content``, ``news`` ...), the category's number and
    slug, then the item's number and slug, the whole path (petromuseum.ir's
    «/content/21/معرفی-کتاب/1217/<slug>», tests/pages 1471: 21 is the book section). Both
    slugs words joined by hyphens; no leading zero, no year."""
    return (
        len(segments) == _CATEGORY_ITEM_SEGMENTS
        and at == _CATEGORY_ITEM_SEGMENTS - 2
        and _segment_name(segments[0]) in _ITEM_SEGMENTS
        and segments[1].isascii()
        and segments[1].isdigit()
        and not segments[1].startswith("0")
        and _SLUG.fullmatch(segments[2]) is not None
        and _SLUG.fullmatch(_URL_EXTENSION.sub("", segments[4])) is not None
        and segments[at] == digits
        and not digits.startswith("0")
        and _YEAR_LIKE.fullmatch(digits) is None
    )


# The segments of «/ITEM/N/<category slug>/ID/<item slug>» (:func:`_item_under_category`).
_CATEGORY_ITEM_SEGMENTS = 5


# A news item's or a post's word in Persian as an address's first segment, the portal's
# module of single items («/خبر/<category slug>/1267/<title slug>», fooman.gilan.ir, tests/pages
# 1780): an item's, never a list's (the plural «اخبار», «مطالب» name lists).
_PERSIAN_ITEM_SEGMENTS = frozenset({"خبر", "مطلب", "مقاله"})


# WordPress's default category, the slug every post without a category of its own carries
# in a «/%category%/%post_id%» permalink (diasporawf.org's «/uncategorized/3196», real56).
_DEFAULT_CATEGORIES = frozenset(
    {"uncategorized", "uncategorised", "بدون-دسته-بندی", "دسته-بندی-نشده", "دسته\u200cبندی-نشده"}
)


def _default_category_post(segments: Sequence[str], at: int, digits: str) -> bool:
    """Whether a number alone ending the path right under WordPress's default category
    («/uncategorized/3196», the whole path) is the post's ID (fix179): the permalink
    «/%category%/%post_id%»; no leading zero, no year."""
    return (
        len(segments) == 2
        and at == 1
        and segments[0].lower() in _DEFAULT_CATEGORIES
        and _URL_EXTENSION.sub("", segments[1]) == digits
        and not digits.startswith("0")
        and _YEAR_LIKE.fullmatch(digits) is None
    )


# Joomla's SEF address of an item under its menu alias, with the language filter's code:
# «/index.php/ar/chalakyekan-so/535» (kdpnl.com, real56): index.php, a language, the menu
# item's alias, the item's ID.
_JOOMLA_ITEM_SEGMENTS = 4
_MENU_ALIAS = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


def _joomla_language_item(segments: Sequence[str], at: int, digits: str) -> bool:
    """Whether a number alone ending «/index.php/LANG/ALIAS/N» is the item's ID (fix179):
    Joomla's router with its language code and the menu item's alias (no list's or page's
    word: «/index.php/fa/page/2» is none); no leading zero, no year."""
    return (
        len(segments) == _JOOMLA_ITEM_SEGMENTS
        and at == _JOOMLA_ITEM_SEGMENTS - 1
        and segments[0].lower() == "index.php"
        and segments[1].lower() in _LANGUAGE_SEGMENTS
        and _MENU_ALIAS.fullmatch(segments[2]) is not None
        and segments[2] not in _CONTAINER_SEGMENTS
        and segments[3] == digits
        and not digits.startswith("0")
        and _YEAR_LIKE.fullmatch(digits) is None
    )


def _item_between_slugs(segments: Sequence[str], at: int, digits: str) -> bool:
    """Whether a short number is the item's ID in the address «/ITEM/<category slug>/ID/
    <item slug>», the whole path (a language's code may open it): an item's word first
    (``news``, ``post`` ..., or «خبر», :data:`_PERSIAN_ITEM_SEGMENTS`), the category's slug,
    the number alone in its segment, then the item's slug (fooman.gilan.ir's
    «/خبر/خبر-اخبار-فرمانداری-اخبار-بخشداری-ها/1267/<title slug>», tests/pages 1780). No
    leading zero, no year (a year's folder «/news/<slug>/1402/<slug>» is an archive's); a
    list's word first («/category/<slug>/2/<slug>», «/page/...») never reads."""
    rest = segments[1:] if segments and segments[0].lower() in _LANGUAGE_SEGMENTS else segments
    offset = len(segments) - len(rest)
    return (
        len(rest) == _SLUGGED_ITEM_SEGMENTS
        and at - offset == _SLUGGED_ITEM_SEGMENTS - 2
        and (_segment_name(rest[0]) in _ITEM_SEGMENTS or rest[0] in _PERSIAN_ITEM_SEGMENTS)
        and _slug_segment(rest[1])
        and segments[at] == digits
        and not digits.startswith("0")
        and _YEAR_LIKE.fullmatch(digits) is None
        and _slug_segment(_URL_EXTENSION.sub("", rest[3]))
    )


# The segments of «/ITEM/<category slug>/ID/<item slug>» (:func:`_item_between_slugs`).
_SLUGGED_ITEM_SEGMENTS = 4


def _item_after_category_slug(segments: Sequence[str], at: int, digits: str) -> bool:
    """Whether a short number alone ending «/ITEM/<category slug>/ID», the whole path, is
    the item's ID (fix190): an item's word (``news``, ``post`` ...), a Latin category slug
    of words joined by hyphens, then the number (a ministry's provincial portal's
    «/news/general-manager/9689», sk.mcth.ir, real58 #15). A date path's parts
    («/news/2017/10»), a page's («/news/page/3») or a code's («/news/xy/2381») have no
    hyphened slug; no leading zero, no year."""
    return (
        len(segments) == _CATEGORY_SLUG_ITEM_SEGMENTS
        and at == _CATEGORY_SLUG_ITEM_SEGMENTS - 1
        and _segment_name(segments[0]) in _ITEM_SEGMENTS
        and segments[1].isascii()
        and _SLUG.fullmatch(segments[1]) is not None
        and not any(map(str.isdigit, segments[1]))
        and _URL_EXTENSION.sub("", segments[at]) == digits
        and not digits.startswith("0")
        and _YEAR_LIKE.fullmatch(digits) is None
    )


# A post's ID of three digits or more alone after its slug, the whole path: WordPress's
# permalink «/%postname%/%post_id%/» (rangeiman.ir's «/<slug>/5168/», real70 #16, fix247).
# Fewer digits there are a paginated post's page («/<slug>/2/», WordPress's «nextpage»).
_SLUG_POST_ID_DIGITS = 3
# An archive's words, in a slug before a number a list's name («/بایگانی-خبرها/2317», a news
# archive's page, tests/test_real64.py), never a post's slug there.
_ARCHIVE_SLUG_WORDS = frozenset({"archive", "archives", "آرشیو", "بایگانی"})


def _post_id_after_slug(segments: Sequence[str], at: int, digits: str) -> bool:
    """Whether a number alone ending «/<slug>/N», the whole path, is the post's ID: the first
    segment a slug (words joined by hyphens, a letter among them, no number alone among its
    parts, :func:`_slug_segment`; no list's, page's, issue's or archive's word among them,
    «/tag-list/123/», «/بایگانی-خبرها/2317»), the number of
    :data:`_SLUG_POST_ID_DIGITS` digits or more with no extension, no leading zero, no year
    (``/<slug>/1402/`` is a year's folder) and no date code."""
    first = segments[0] if segments else ""
    return (
        len(segments) == 2
        and at == 1
        and segments[1] == digits
        and _slug_segment(first)
        and not any(
            part.isdigit() or part.lower() in _CONTAINER_SEGMENTS | _ARCHIVE_SLUG_WORDS
            for part in first.split("-")
        )
        and len(digits) >= _SLUG_POST_ID_DIGITS
        and not digits.startswith("0")
        and _YEAR_LIKE.fullmatch(digits) is None
        and _DATE_CODE.fullmatch(digits) is None
    )


# Joomla 1.0's search-friendly address of one content item, its task «view» («/content/view/
# <id>/<Itemid>/», then its page's limit and start when paged: Joomla 1.0's sef.php; a
# section's or a category's list is «/content/section/...», «/content/category/...»,
# «/content/blogcategory/...»). A culture site's note, farhangiran.com's «/content/view/8745/
# 88/»: item 8745, 88 the menu's Itemid (blind81, tests/pages 2204/2205; fix227).
_JOOMLA10_CONTENT = ("content", "view")
# The numbers that may follow «/content/view/»: the ID, the Itemid, the limit and the start.
JOOMLA10_VIEW_NUMBERS = 4


def _joomla10_content_view(segments: Sequence[str]) -> str | None:
    """The item's ID in Joomla 1.0's «/content/view/<id>/<Itemid>/» (:data:`_JOOMLA10_CONTENT`),
    the whole path (or after ``index.php``): the first number after ``view``, every segment
    after it a number (at most :data:`JOOMLA10_VIEW_NUMBERS`), no leading zero."""
    rest = [segment.lower() for segment in segments]
    if rest[:1] == [_JOOMLA_SCRIPT]:
        rest = rest[1:]
    numbers = rest[len(_JOOMLA10_CONTENT) :]
    if (
        tuple(rest[: len(_JOOMLA10_CONTENT)]) != _JOOMLA10_CONTENT
        or not 1 <= len(numbers) <= JOOMLA10_VIEW_NUMBERS
        or not all(number.isascii() and number.isdigit() for number in numbers)
        or numbers[0].startswith("0")
        or len(numbers[0]) > _URL_ID_MAX
    ):
        return None
    return numbers[0]


# A Joomla category's segment carrying its ID after its alias («بخش-بورس-اوراق-بهادار-3»).
_ALIAS_THEN_ID = re.compile(r"(?=.*[^\W\d_])[^/]+-[1-9][0-9]{0,5}")


def _joomla_item_under_numbered_category(segments: Sequence[str], at: int, digits: str) -> bool:
    """Whether a short number before an alias, the last segment, is the article's ID under
    one category segment that ends with its own ID, the whole path: «/<category alias>-3/73-
    <alias>» (a stock-lesson site's Joomla, rasadbours.com: blind81, tests/pages 2190/2191;
    fix227: 3 is the category, 73 the article). The alias spells a headline of
    :data:`JOOMLA_HEADLINE_WORDS` words or more, as under Joomla's front script
    (:func:`_joomla_headline_alias`): a subcategory's list has the same shape with a short
    name. No leading zero, no year."""
    if len(segments) != 2 or at != 1 or len(digits) > _URL_ID_DIGITS - 1:
        return False
    if _ALIAS_THEN_ID.fullmatch(segments[0]) is None:
        return False
    alias = _URL_EXTENSION.sub("", segments[at])[len(digits) :].strip("-")
    words = [word for word in alias.split("-") if any(ch.isalpha() for ch in word)]
    return (
        len(words) >= JOOMLA_HEADLINE_WORDS
        and not digits.startswith("0")
        and _YEAR_LIKE.fullmatch(digits) is None
    )


# A Joomla menu alias that is an item's word with the number Joomla appends to a second
# alias of the same name («news-2», bakhtar.ac.ir's «/index.php/news-2/151-khabgah1405»,
# blind82, tests/pages 2218; fix231).
_NUMBERED_MENU_ALIAS = re.compile(r"([a-z]+)-[1-9][0-9]?")


def _joomla_item_under_numbered_menu(segments: Sequence[str], at: int, digits: str) -> bool:
    """Whether a short number before an alias, the last segment of a Joomla address with its
    front script, is the article's ID under a menu alias of an item's word and Joomla's
    duplicate number (``/index.php/news-2/151-<alias>`` read as ``/news/151-<alias>``,
    :data:`_NUMBERED_MENU_ALIAS`), or of any word right after the front script
    (``/index.php/akhbar-3/274-<alias>``, fix235): the alias has a letter, the number no
    leading zero and no year (``/news-2/1402-<slug>`` is none)."""
    if at != len(segments) - 1 or at < 2 or len(digits) > _URL_ID_DIGITS - 1:
        return False
    if _JOOMLA_SCRIPT not in (segment.lower() for segment in segments[: at - 1]):
        return False
    menu = _NUMBERED_MENU_ALIAS.fullmatch(segments[at - 1].lower())
    alias = _URL_EXTENSION.sub("", segments[at])[len(digits) :]
    return (
        menu is not None
        # (any word's menu alias right after the front script, «/index.php/akhbar-3/274-<alias>»:
        # a transliterated menu word, fix235)
        and (menu.group(1) in _ITEM_SEGMENTS or segments[at - 2].lower() == _JOOMLA_SCRIPT)
        and alias.startswith("-")
        and any(ch.isalpha() for ch in alias)
        and not digits.startswith("0")
        and _SLUG_YEAR.fullmatch(digits) is None
    )


# A language's name as the first segment of an address (an Afghan government site's
# «/dari/4701/<slug>», prev.ocs.gov.af, blind82, tests/pages 2219/2220; fix231); its codes
# are :data:`_LANGUAGE_SEGMENTS`.
_LANGUAGE_NAMES = frozenset({"dari", "pashto", "farsi", "persian", "english", "tajik", "uzbek"})
# The fewest digits of an item's number after a language alone (a menu's «/fa/12/<slug>»).
LANGUAGE_ITEM_MIN_DIGITS = 3
# The words of an item's slug: joined by hyphens, plus signs or underscores.
_SLUG_WORD_JOINS = re.compile(r"[-+_ ]")


def _item_after_language(segments: Sequence[str], at: int, digits: str) -> bool:
    """Whether a number alone between a language's segment opening the path and the item's
    slug, the whole path «/LANG/N/<slug>», is the item's ID: the language a code or a name
    (:data:`_LANGUAGE_SEGMENTS`, :data:`_LANGUAGE_NAMES`), the number of
    :data:`LANGUAGE_ITEM_MIN_DIGITS` digits or more, no leading zero, no year (a year's
    folder «/fa/1402/<slug>»), the slug words with a letter joined by hyphens, plus signs or
    underscores. «/fa/2381» alone is a page (fix38), never read here."""
    if len(segments) != 3 or at != 1 or segments[1] != digits:
        return False
    language = segments[0].lower()
    slug = _URL_EXTENSION.sub("", segments[2])
    return (
        (language in _LANGUAGE_SEGMENTS or language in _LANGUAGE_NAMES)
        and len(digits) >= LANGUAGE_ITEM_MIN_DIGITS
        and not digits.startswith("0")
        and _YEAR_LIKE.fullmatch(digits) is None
        and _SLUG_WORD_JOINS.search(slug) is not None
        and any(ch.isalpha() for ch in slug)
    )


# The segments of «/ITEM/<category slug>/ID» (:func:`_item_after_category_slug`).
_CATEGORY_SLUG_ITEM_SEGMENTS = 3


# A number closing the last segment after its words: «/post/<slug>-6414», «/terremotos-5940».
_TAIL_NUMBER = re.compile(r"[1-9][0-9]{2,3}")


def url_tail_number(url: str | None) -> str | None:
    """A number of three or four digits closing the address's last segment after a hyphen
    and words (a blog network's ``/post/<slug>-6414``, a site's ``/terremotos-5940``), no
    leading zero, no year, no list's word before it (``/tag-1234``) and no number folder
    (under a day's path, ``/1399/02/03/<slug>-322/``, a daily roundup's issue as often);
    a Latin slug of several words only after an item's segment (``/post/<slug>-6414``; an
    English phrase's own number, ``/run-the-server-on-8080``, is none);
    None when :func:`url_number` reads the address or the shape is not there. The shape alone does
    not make it an ID (a slug may end with a model's or a count's number,
    ``/iso-9001``): the caller takes it only when the page never prints that number.
    Never raises.

    Example:
        >>> url_tail_number("https://blog.x.ir/post/آغاز-اعزام-زائران-6414")
        '6414'
        >>> print(url_tail_number("https://x.ir/report-2023"))
        None
    """
    segments = _path_segments(url)
    if not segments or url_number(url) is not None:
        return None
    words = _URL_EXTENSION.sub("", segments[-1]).split("-")
    tail = words.pop()
    if (
        not words
        or not all(words)
        or _TAIL_NUMBER.fullmatch(tail) is None
        or _YEAR_LIKE.fullmatch(tail) is not None
        or words[-1].isdigit()
        or not any(re.search(r"[^\W\d_]", word) for word in words)
        or _segment_name(words[0]) in _CONTAINER_SEGMENTS
    ):
        return None
    if len(segments) >= 2 and _segment_name(segments[-2]) in _CONTAINER_SEGMENTS:
        return None
    if any(segment.isdigit() for segment in segments[:-1]):
        return None  # under a day's path a roundup's issue as often («/1399/02/03/<slug>-322/»)
    after_item = len(segments) >= 2 and _segment_name(segments[-2]) in _ITEM_SEGMENTS
    if len(words) > 1 and not after_item and all(word.isascii() for word in words):
        return None  # an English phrase's own number («/run-the-server-on-8080», a port)
    return tail


def _slug_before(segments: list[str]) -> bool:
    """Whether the segment before the last is an item's slug: a one-letter type's ID
    («/slug-words/a-71591394», DW) names one item only after its slug; after a plain word
    («/latestnews/a-45598372», a live page) the letter and number may be a list's."""
    return len(segments) >= 2 and _SLUG.fullmatch(segments[-2]) is not None


def _post_id_permalink(segments: list[str], at: int, digits: str) -> bool:
    """Whether ``segments`` are WordPress's «/%post_id%/%postname%/» permalink: the number
    alone as the first segment, then one slug, the number no year and no leading zero
    («/7616/نگاهی-به-...», «/2210/افطاری-همدلی»; not «/2024/slug», an archive's year, nor
    «/01/slug», a month's or a category's folder: a post's ID never starts with 0). Or
    «/%year%/%post_id%/%postname%/», the year first («/1392/6606/<slug>/», a Jalali year,
    irangardnews.ir, real62 #27): the number then has :data:`_YEAR_POST_ID_DIGITS` digits or
    more and reads as no month and day («/2019/1215/<slug>»: a date code)."""
    if segments[at] != digits or digits.startswith("0") or _YEAR_LIKE.fullmatch(digits):
        return False
    if at == 0 and len(segments) == 2:
        return _SLUG.fullmatch(segments[1]) is not None
    return (
        at == 1
        and len(segments) == 3
        and _YEAR_LIKE.fullmatch(segments[0]) is not None
        and len(digits) >= _YEAR_POST_ID_DIGITS
        and not (len(digits) == 4 and _month_day(digits))
        and _SLUG.fullmatch(segments[2]) is not None
    )


# A post's ID after a year's segment has this many digits at least (a month's has two).
_YEAR_POST_ID_DIGITS = 3


def _month_day(digits: str) -> bool:
    """Whether four digits read as a month and a day («1215»: 15 December)."""
    return 1 <= int(digits[:2]) <= 12 and 1 <= int(digits[2:]) <= 31


# A document's code as the whole path: two digits (its year's), a hyphen and a serial of
# five digits or more, no leading zero (an accounting portal's circular «/99-174512»,
# ravihesab.com, blind82, tests/pages 2228; fix231). WordPress's «/1-2/», «/2161-2/» (a
# duplicate slug's suffix, tests/pages 1267, 2115) have no such serial.
_PATH_CODE = re.compile(r"[0-9]{2}-[1-9][0-9]{4,9}")


def url_path_code(url: str | None) -> str | None:
    """The whole path when it is one segment holding a document's hyphenated code
    (:data:`_PATH_CODE`, a trailing ``/`` allowed, no extension), else None. The shape alone
    does not make it the item's number: the caller takes it only when the page prints that
    code. Never raises."""
    segments = _path_segments(url)
    if segments is None or len(segments) != 1:
        return None
    return segments[0] if _PATH_CODE.fullmatch(segments[0]) is not None else None


def url_named_number(url: str | None) -> tuple[str, str] | None:
    """The number filed right before an item's name at the end of the address, and that
    name: a portal's ``/<module>/<N>/<name>`` («/fa/regulation/946/دستور-العمل-...»,
    «/خبر/134/ارز-چیست»), or ``/<type>/<N>/<name>`` («/Blog/C/362/پژوهشی-در-...»).

    A word (the module or content type) before the number, the number alone in its segment
    with no leading zero and reading as no year, then one slug (words joined by dashes) as
    the last segment; the word no list's, page's or issue's, except a university portal's
    ``/page/<N>/<name>`` (:func:`_portal_named_page`). The shape alone does not make the
    number an item's (a list's or a book's number may stand before a name too): the caller
    takes it only when the page prints the name, its headline. :func:`url_number` reads none
    of these (a short number after a word that names no item). Never raises.

    Example:
        >>> url_named_number("https://x.ac.ir/fa/regulation/946/آیین-نامه-آموزشی")
        ('946', 'آیین-نامه-آموزشی')
        >>> print(url_named_number("https://x.ir/fa/tags/12/نام-برچسب"))
        None
    """
    segments = _path_segments(url)
    if segments is None:
        return None
    if len(segments) < 3:
        return None
    before, digits, name = _segment_name(segments[-3]), segments[-2], segments[-1]
    if not (digits.isascii() and digits.isdigit()) or len(digits) > _URL_ID_MAX:
        return None
    if (
        before.isalpha()
        and (before not in _CONTAINER_SEGMENTS or _portal_named_page(segments))
        and not digits.startswith("0")
        and _YEAR_LIKE.fullmatch(digits) is None
        and _SLUG.fullmatch(name) is not None
    ):
        return digits, name
    return None


# The last segment an item's number, a hyphen and its name (an «ID-alias»: Joomla's
# «/<section>/38-<alias>.html», a story's «/story/5090-<slug>»).
_ID_ALIAS_NAME = re.compile(r"([1-9][0-9]{0,19})-(.+)")


def url_alias_number(url: str | None) -> tuple[str, str] | None:
    """The number opening the address's last segment before an item's name, and that name
    (``/story/5090-30-درصد-...-`` gives ``5090`` and ``30-درصد-...``; Joomla's
    ``/<section>/38-<alias>.html`` gives ``38`` and the alias): a segment before it that
    names no list, page or issue, the number with no leading zero and reading as no year,
    the name a slug of :data:`JOOMLA_HEADLINE_WORDS` words or more with a letter (an
    extension and closing hyphens dropped; a category's list, «/the-news/1-latest-news»,
    has a short name). A number before
    a slug is a listicle's count as often as an ID (``/blog/10-ways-to-...``): the caller
    takes it only when the page prints the name without it, its headline (a count is
    printed with its headline, «10 ways to ...»). :func:`url_number` reads none of these.
    Never raises.

    Example:
        >>> url_alias_number("https://x.ir/اخبار/38-آغاز-عملیات-آسفالت-ریزی-معابر.html")
        ('38', 'آغاز-عملیات-آسفالت-ریزی-معابر')
        >>> print(url_alias_number("https://x.ir/tag/38-آغاز-عملیات"))
        None
    """
    segments = _path_segments(url)
    if not segments or len(segments) < 2:
        return None
    if _segment_name(segments[-2]) in _CONTAINER_SEGMENTS:
        return None
    last = _URL_EXTENSION.sub("", segments[-1]).rstrip("-")
    found = _ID_ALIAS_NAME.fullmatch(last)
    if found is None:
        return None
    digits, name = found.groups()
    if not digits.isascii() or not _headline_alias(digits, name):
        return None
    return digits, name


def _headline_alias(digits: str, name: str, least: int = JOOMLA_HEADLINE_WORDS) -> bool:
    """Whether an address's «NUMBER-NAME» may be an item's ID and its headline's alias: the
    number reading as no year, the name a slug of ``least`` words or more with a letter
    (:data:`JOOMLA_HEADLINE_WORDS` for :func:`url_alias_number`,
    :data:`VIEW_ALIAS_HEADLINE_WORDS` for :func:`url_view_alias_number`)."""
    return (
        _YEAR_LIKE.fullmatch(digits) is None
        and _SLUG.fullmatch(name) is not None
        and sum(1 for word in name.split("-") if word) >= least
    )


# The last segment a view's word, the item's number and its name in one: an Iranian
# municipal CMS's «/PageInfo-3003-<slug>» (osku.ir, real80 #20; fix292). The words: a view
# of one item, an item's word with «info» («PageInfo», «NewsInfo»), or an item segment that
# names one item (:data:`_ITEM_SEGMENTS` but the collections': «/news-1402-<slug>» may be a
# year's list; «/Page-2-<slug>», «/Category-12-<slug>» name a list's page or a category).
_VIEW_ALIAS_NAME = re.compile(r"([A-Za-z]{2,20})-([1-9][0-9]{0,19})-(.+)")
_INFO_VIEWS = frozenset(
    f"{stem}info" for stem in ("page", "news", "content", "item", "post", "article")
)
_VIEW_ALIAS_WORDS = _INFO_VIEWS | (_ITEM_SEGMENTS - _COLLECTION_SEGMENTS)
# The view's word already says the address shows one item: a name of this many words or more
# spells its headline (a static page's name is shorter: «PageInfo-5-تماس-با-ما»; mut55 (a),
# fix306).
VIEW_ALIAS_HEADLINE_WORDS = 4


def url_view_alias_number(url: str | None) -> tuple[str, str] | None:
    """The number between a view's word and the item's name in the address's last segment
    (:data:`_VIEW_ALIAS_NAME`, a word of :data:`_VIEW_ALIAS_WORDS`), and that name:
    ``/PageInfo-3003-<slug>`` gives ``3003`` and the slug. No leading zero, no year, the
    name a slug of :data:`VIEW_ALIAS_HEADLINE_WORDS` words or more with a letter, no list's,
    page's or issue's segment before it. The caller takes it only when the page prints the
    name, its headline, as :func:`url_alias_number`'s. Never raises.

    Example:
        >>> url_view_alias_number("http://x.ir/PageInfo-3003-اطلاعیه-جمع-آوری-زباله-شهری")
        ('3003', 'اطلاعیه-جمع-آوری-زباله-شهری')
        >>> print(url_view_alias_number("http://x.ir/Page-2-اطلاعیه-جمع-آوری-زباله-شهری"))
        None
    """
    segments = _path_segments(url)
    if not segments:
        return None
    if len(segments) >= 2 and _segment_name(segments[-2]) in _CONTAINER_SEGMENTS:
        return None
    found = _VIEW_ALIAS_NAME.fullmatch(_URL_EXTENSION.sub("", segments[-1]).rstrip("-"))
    if found is None:
        return None
    word, digits, name = found.groups()
    if _segment_name(word) not in _VIEW_ALIAS_WORDS or not _headline_alias(
        digits, name, VIEW_ALIAS_HEADLINE_WORDS
    ):
        return None
    return digits, name


# Joomla's «ID-alias» whose alias is digits alone, in groups parted by hyphens: the alias
# Joomla makes from a headline in Persian letters keeps only its figures («/index.php/
# <menu>/212-250» for «اهداء 250 جلد کتاب ...», amolpl.ir, tests/pages 2395; fix258).
_FIGURE_ALIAS = re.compile(r"([1-9][0-9]{0,5})-([0-9]{1,9}(?:-[0-9]{1,9})*)")


def url_figure_alias_number(url: str | None) -> tuple[str, tuple[str, ...]] | None:
    """The number opening the last segment of a Joomla address with its front script
    (``/index.php/<menu>/<ID>-<figures>``) when the alias after it is figures alone, and
    those figures (:data:`_FIGURE_ALIAS`): ``/index.php/2014-05-17-09-21-32/212-250`` gives
    ``212`` and ``("250",)``. A number before figures may be a range or a date's part as
    often: the caller takes it only when the page's headline prints those figures, in that
    order, and no other. No year, no leading zero. Never raises.

    Example:
        >>> url_figure_alias_number("http://x.ir/index.php/news/212-250")
        ('212', ('250',))
        >>> print(url_figure_alias_number("http://x.ir/news/212-250"))
        None
    """
    segments = _path_segments(url)
    if not segments or len(segments) < 3 or segments[0].lower() != _JOOMLA_SCRIPT:
        return None
    found = _FIGURE_ALIAS.fullmatch(_URL_EXTENSION.sub("", segments[-1]).rstrip("-"))
    if found is None or _YEAR_LIKE.fullmatch(found.group(1)) is not None:
        return None
    return found.group(1), tuple(found.group(2).split("-"))


def _portal_named_page(segments: Sequence[str]) -> bool:
    """Whether ``/page/<N>/<name>`` is a university portal's page by its number and title
    (students-society.isuw.ac.ir's «/fa/page/625/انجمن-های-علمی», gardenstudies.kashanu.ac.ir's
    «/fa/page/2859/راهنمای-نگارش-چکیده»), not a list's page: WordPress's pagination ends
    with its number (``/category/x/page/2/``) and never has a name after it, and no list's
    segment (``tag``, ``category`` ...) stands anywhere before."""
    return _segment_name(segments[-3]) == "page" and not any(
        _segment_name(segment) in _CONTAINER_SEGMENTS for segment in segments[:-3]
    )


def forum_thread(host: str | None, segments: Sequence[str], at: int) -> bool:
    """Whether ``segments[at]`` («topic») names one forum thread, not a list of topics: the
    thread's ID follows (alone or before its slug: «/topic/13780-slug/», Invision
    Community), on a forum's address (a «forum» folder right before, or a host named
    «forum.» / «forums.»)."""
    if not 0 <= at < len(segments) - 1 or segments[at].lower() != "topic":
        return False
    if _THREAD_ID.fullmatch(segments[at + 1]) is None:
        return False
    first = (host or "").lower().removeprefix("www.").split(".", 1)[0]
    return (at > 0 and segments[at - 1].lower() in FORUM_NAMES) or first in FORUM_NAMES


def item_view_word(segments: Sequence[str], at: int) -> bool:
    """Whether ``segments[at]`` («category»), the path's last segment, follows an item's ID
    under an item's segment: a route's view word of one item («/show/news/4393/category.html»,
    zarinnameh.ir, tests/pages 1570), not a list's base. A year-like number there
    («/news/1402/category») may be a year's archive and is not an ID."""
    return (
        at == len(segments) - 1
        and at >= 2
        and _PLAIN_ID.fullmatch(segments[at - 1]) is not None
        and _YEAR_LIKE.fullmatch(segments[at - 1]) is None
        and _segment_name(segments[at - 2]) in _ITEM_SEGMENTS
    )


_PLAIN_ID = re.compile(r"[1-9][0-9]{0,19}")


# Invision Community's thread at the site's root, «/topic/206147-<slug>/» (ircfc.ir, tests/pages
# 1344 and 1345; «/topic/206147-<slug>/page/2/», its second page): the ID, no leading zero,
# then a slug. A news site's topic list may be spelled the same way («/topic/45-economy/»),
# so the address alone names no thread (:func:`url_number` reads it under a forum's folder or
# host only); the page's own forum labels tell (see _article's ``_forum_thread_page``). A
# member's «/profile/N-name/» and a forum's list «/forum/N-name/» are no thread.
_ROOT_TOPIC = "topic"
_ROOT_TOPIC_ID = re.compile(r"([1-9][0-9]{0,19})-[^/]*[^\W_][^/]*")


def root_topic_number(url: str | None) -> str | None:
    """The thread's ID in an Invision Community thread's address at the site's root
    (``/topic/<ID>-<slug>/``, a later page's ``/page/N/`` after it); None otherwise. Whether
    the page is a forum's thread is the caller's to tell (the address alone does not say).
    Never raises."""
    if not url or not isinstance(url, str):
        return None
    try:
        segments = [s for s in unquote(urlsplit(url.strip()).path).split("/") if s]
    except ValueError:
        return None
    if len(segments) == 4 and segments[2].lower() == "page" and segments[3].isdigit():
        segments = segments[:2]
    if len(segments) != 2 or segments[0].lower() != _ROOT_TOPIC:
        return None
    found = _ROOT_TOPIC_ID.fullmatch(segments[1])
    if found is None or _YEAR_LIKE.fullmatch(found.group(1)) is not None:
        return None
    return found.group(1)


# Discourse's topic address: «/t/<slug>/<ID>», a post's «/t/<slug>/<ID>/<N>» after it, at the
# site's root (discuss.tp4.ir's «/t/topic/241», tests/pages 2095: Discourse writes «topic» as
# the slug of a title with no Latin letters). The slug is Latin, lower case, words joined by
# dashes (Discourse's slug generator); a Persian tag's page number («/t/مازندران/2») is none.
_DISCOURSE_TOPIC_BASE = "t"
_DISCOURSE_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_DISCOURSE_ID = re.compile(r"[1-9][0-9]{0,19}")


def discourse_topic(segments: Sequence[str]) -> str | None:
    """The topic's ID in a Discourse topic's path segments (:data:`_DISCOURSE_SLUG` under
    ``/t/``, then the ID, maybe a post's number), or None. A topic is one thread, not a
    list of topics."""
    if not 3 <= len(segments) <= 4 or segments[0] != _DISCOURSE_TOPIC_BASE:
        return None
    if _DISCOURSE_SLUG.fullmatch(segments[1]) is None or segments[1].isdigit():
        return None
    if any(_DISCOURSE_ID.fullmatch(segment) is None for segment in segments[2:]):
        return None
    return segments[2]


# vBulletin's archive view of one thread: «/forum/archive/index.php/t-59540.html» (a forum's
# list there is «f-12.html», its index «index.php» alone).
_ARCHIVE_THREAD = re.compile(r"t-([1-9][0-9]{0,19})(?:\.html?)?")


def _archive_thread(host: str | None, segments: Sequence[str]) -> str | None:
    """The thread's ID in a forum's archive address, ``/archive/index.php/t-<ID>.html``, on
    a forum (a «forum» folder before, or a host named «forum.»); never a year
    (``t-2010``: a thread's or an archive's year, not sure) nor a forum's list (``f-12``)."""
    if len(segments) < 3 or [s.lower() for s in segments[-3:-1]] != ["archive", "index.php"]:
        return None
    found = _ARCHIVE_THREAD.fullmatch(segments[-1])
    if found is None or _YEAR_LIKE.fullmatch(found.group(1)) is not None:
        return None
    first = (host or "").lower().removeprefix("www.").split(".", 1)[0]
    if first in FORUM_NAMES or any(s.lower() in FORUM_NAMES for s in segments[:-3]):
        return found.group(1)
    return None


# vBulletin's pages of one thread: «showthread.php?t=23301» and its print view
# «printthread.php?pp=40&t=23301» (the thread's ID in «t»), and vBSEO's «thread50948.html»
# («thread50948-2.html», its second page).
_VB_THREAD_PAGES = frozenset({"showthread.php", "printthread.php"})
_VB_THREAD = re.compile(r"thread([1-9][0-9]{0,19})(?:-[1-9][0-9]{0,4})?\.html?", re.IGNORECASE)


# A number a thread's address may hold as a year (:func:`_vbulletin_thread`): Jalali and lunar
# Hijri 1300-1449, Gregorian 1900-2039 (as :data:`_ARCHIVE_YEAR`'s bound); a later one
# («thread2047.html», sport.harferooz.com, tests/pages 2396/2397: fix258) names no year a
# page is dated by yet, so it is the thread's ID.
_THREAD_YEAR = re.compile(r"13[0-9]{2}|14[0-4][0-9]|19[0-9]{2}|20[0-3][0-9]")


def _vbulletin_thread(segments: Sequence[str], query: list[tuple[str, str]]) -> str | None:
    """The thread's ID in a vBulletin thread's address (:data:`_VB_THREAD_PAGES` with one
    numeric ``t`` field, or :data:`_VB_THREAD` ending the path); never a year (``t=2010``,
    ``thread1399.html``: a year as often as a thread; :data:`_THREAD_YEAR`), nor two
    different ``t`` values."""
    if not segments:
        return None
    last = segments[-1]
    found: str | None = None
    if last.lower() in _VB_THREAD_PAGES:
        found = _one_id_value(query, "t")
    elif (thread := _VB_THREAD.fullmatch(last)) is not None:
        found = thread.group(1)
    if found is None or _THREAD_YEAR.fullmatch(found) is not None:
        return None
    return found


# phpBB's page of one topic: «viewtopic.php?f=2&t=956», and the same module inside
# PHP-Nuke's «modules.php?name=Forums&file=viewtopic&t=956» (savehsara.aftab.cc, tests/pages
# 1889); the topic's ID in «t» («p» names one post of it, and «f» the forum).
_PHPBB_TOPIC_PAGE = "viewtopic.php"
_NUKE_MODULES = "modules.php"


def _phpbb_topic(segments: Sequence[str], query: list[tuple[str, str]]) -> str | None:
    """The topic's ID in a phpBB topic's address (:data:`_PHPBB_TOPIC_PAGE`, or PHP-Nuke's
    :data:`_NUKE_MODULES` with ``file=viewtopic``), one numeric ``t`` field; never a year
    (as a vBulletin thread's, :func:`_vbulletin_thread`)."""
    if not segments:
        return None
    last = segments[-1].lower()
    if last != _PHPBB_TOPIC_PAGE and not (
        last == _NUKE_MODULES
        and any(
            key.strip().lower() == "file" and value.strip().lower() == "viewtopic"
            for key, value in query
        )
    ):
        return None
    found = _one_id_value(query, "t")
    if found is None or _YEAR_LIKE.fullmatch(found) is not None:
        return None
    return found


def _unescaped(query: str) -> str:
    """A query copied from HTML with its ampersands escaped («id=1347&amp;Itemid=221»)."""
    return query.replace("&amp;", "&") if "&amp;" in query else query


def _joomla_article(query: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A Joomla address («?option=com_content&view=article&id=1347&Itemid=221») without its
    ``Itemid``, the menu entry the article is shown under, not the article's ID."""
    if not any(key.strip().lower() == "option" for key, _ in query):
        # Joomla's article view with the component left implied by the menu
        # («?view=article&id=1317:<alias>&catid=2», darvoz.tj; Joomla's documented non-SEF
        # form «id=1:welcome-to-joomla&catid=1:latest-news», docs.joomla.org «Search Engine
        # Friendly URLs»): the ID before its alias, the alias carrying a letter or a dash so
        # a time («id=12:30») is never cut (fix303).
        views = {value.strip().lower() for key, value in query if key.strip().lower() == "view"}
        if views and views <= _JOOMLA_LIST_VIEWS:
            # «?view=category&layout=blog&id=14:<alias>&Itemid=101»: a list's view, its ``id``
            # the category's and its ``Itemid`` the menu entry's, neither an article's (fix311).
            return [
                (key, value) for key, value in query if key.strip().lower() not in {"id", "itemid"}
            ]
        if views != {"article"}:
            return query
        # The article's view: ``Itemid`` names the menu entry it is shown under, never the
        # article («?Itemid=115&view=article&id=2291:<alias>», fix311).
        return [
            (
                key,
                _JOOMLA_NAMED_ALIAS_ID.sub(r"\1", value) if key.strip().lower() == "id" else value,
            )
            for key, value in query
            if key.strip().lower() != "itemid"
        ]
    # A list's view («view=category», «task=blogsection», K2's «view=itemlist»): its ``id`` is
    # the category's or the section's, never an article's.
    if joomla_list_view(query):
        return [(key, value) for key, value in query if key.strip().lower() not in {"id", "itemid"}]
    # «id=20870:alias»: Joomla's ID, its alias after a colon (the address a menu-less link
    # or an old SEF plug-in prints); the ID is the number before it.
    return [
        (key, _JOOMLA_ALIASED_ID.sub(r"\1", value) if key.strip().lower() == "id" else value)
        for key, value in query
        if key.strip().lower() != "itemid"
    ]


def joomla_list_view(query: Sequence[tuple[str, str]]) -> bool:
    """Whether a Joomla address («index.php?option=com_content&view=category&layout=blog&id=23»)
    shows a list's view («view=category», «task=blogsection», K2's «view=itemlist»): the
    items of a category, a section, a tag or a search, never one article (the ``option``
    key names the component, Joomla's mark; fix204, real61 #29)."""
    return any(key.strip().lower() == "option" for key, _ in query) and any(
        key.strip().lower() in {"view", "task", "layout"}
        and value.strip().lower() in _JOOMLA_LIST_VIEWS
        for key, value in query
    )


_JOOMLA_LIST_VIEWS = frozenset(
    {
        "category", "section", "itemlist", "blogcategory", "blogsection", "categories",
        "featured", "frontpage", "archive", "tag", "tags", "search", "user", "latest",
    }
)  # fmt: skip
_JOOMLA_ALIASED_ID = re.compile(r"^\s*([0-9]{1,20}):[^\s:][^:]*$")
# The alias a letter, a dash, or three digits or more (Joomla's alias of a title «1402» is
# «1402»; fix311): never a time's two digits of minutes («id=12:30»).
_JOOMLA_NAMED_ALIAS_ID = re.compile(
    r"^\s*([0-9]{1,20}):(?=[^:]*[^\W\d_-]|[^:]*-|[0-9]{3,}$)[^\s:][^:]*$"
)


def _meta(tree: Any) -> dict[str, list[str]]:
    """Every <meta> content by its property, name or itemprop (lower case)."""
    found: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        attrs_ = node.attributes
        content = attrs_.get("content")
        if content is None:
            continue
        for key in ("property", "name", "itemprop"):
            name = attrs_.get(key)
            if name:
                found.setdefault(name.strip().lower(), []).append(content.strip())
    return found


class _JsonLd(dict[str, Any]):
    """The article object of a page's JSON-LD, cleaned, with the notices its reading produced."""

    notices: tuple[Notice, ...] = ()


def _json_depth(text: str) -> int:
    """The deepest nesting of arrays and objects in JSON text (strings skipped), in linear time.

    Text with at most MAX_JSON_DEPTH opening brackets gets their count instead, an upper
    bound that already settles the question (the usual script needs no scan).
    """
    opening = text.count("[") + text.count("{")
    if opening <= MAX_JSON_DEPTH:
        return opening
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    return max(accumulate(1 if c in "[{" else -1 for c in brackets), default=0)


def _is_article(kinds: Any) -> bool:
    """Whether a JSON-LD ``@type`` (a string or a flat list of them) names an article type."""
    if isinstance(kinds, str):
        kinds = [kinds]
    if not isinstance(kinds, list):
        return False
    # "https://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
    return any(
        isinstance(kind, str) and re.split(r"[/:#]", kind.strip())[-1] in _ARTICLE_TYPES
        for kind in kinds
    )


def _article_object(data: Any, page: tuple[str | None, str | None] = (None, None)) -> Any:
    """The first article-typed object: at the root, in lists, ``@graph`` or ``mainEntity``,
    that is not another page's (:func:`_another_page`, with ``page`` the page's address and
    ``<h1>`` text).

    Walked with an explicit stack, so no nesting can exhaust Python's recursion limit.
    """
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            if _is_article(value.get("@type")):
                if not _another_page(value, *page):
                    return value
                continue
            nested = [value[key] for key in ("@graph", "mainEntity") if key in value]
            stack.extend(reversed(nested))
    return None


def _another_page(obj: dict[str, Any], address: str | None, heading: str | None) -> bool:
    """Whether a JSON-LD article describes another page than this one: its address (``url``,
    ``@id`` or ``mainEntityOfPage``) names another path than the page's, neither with the
    same item ID, and its ``headline`` is not the page's ``<h1>`` (a related article put in
    the page's ``@graph``). Without the page's address or ``<h1>`` nothing is judged."""
    if not address or not heading:
        return False
    headline = _string(obj.get("headline"))
    if headline is None or _same_name(headline, heading):
        return False
    entity = obj.get("mainEntityOfPage")
    if isinstance(entity, dict):
        entity = entity.get("@id") or entity.get("url")
    links = [_string(obj.get("url")), _string(obj.get("@id")), _string(entity)]
    named = [link for link in links if link and link.lower().startswith(("http://", "https://"))]
    return bool(named) and not any(_same_page(link, address) for link in named)


def _same_page(first: str, second: str) -> bool:
    """Whether two addresses name one page: the same path (decoded, without a trailing slash,
    any case; the host, scheme and query aside), or the same item ID (:func:`url_number`)."""
    try:
        paths = [
            unquote(urlsplit(link.strip()).path).rstrip("/").lower() for link in (first, second)
        ]
    except ValueError:
        return True  # an address that does not read: no evidence of another page
    if paths[0] == paths[1]:
        return True
    number = url_number(first)
    return number is not None and number == url_number(second)


def _string(value: Any) -> str | None:
    """A JSON-LD text value (the first of a list), stripped; anything else is None."""
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str) and item.strip()), None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _keywords(value: Any) -> str | None:
    """JSON-LD keywords (a string, or a list of strings and whole numbers) as one string.

    Objects contribute their ``name``; nested lists, floats and booleans are left out.
    """
    if isinstance(value, str):
        return value
    items = value if isinstance(value, list) else [value]
    words = []
    for item in items:
        word = item.get("name") if isinstance(item, dict) else item
        if isinstance(word, str) and word.strip():
            words.append(word.strip())
        elif isinstance(word, int) and not isinstance(word, bool):
            words.append(str(word))
    return ",".join(words) or None


def _identifier(value: Any) -> tuple[str | None, str | None]:
    """A JSON-LD ``identifier`` as an article ID, or why it is not one.

    Only a string or a whole, non-negative int is an ID; ``true``, ``NaN``, ``12345.0`` and
    ``1e20`` are refused (a float is never read as an ID: 1e20 has no digits to keep). A
    ``PropertyValue`` object gives its ``value``; a list, its first item.

    Returns:
        ``(id, None)``, or ``(None, reason)`` when a value was given but refused, or
        ``(None, None)`` when none was given.
    """
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("value", value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, str):
        return value.strip(), None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value), None
    shown = json.dumps(value, ensure_ascii=False)[:60]
    return None, f"the JSON-LD identifier {shown} is not an article ID (a string or a whole number)"


def _clean(obj: dict[str, Any]) -> tuple[dict[str, Any], list[Notice]]:
    """The article object with the values parse_html reads coerced to their types."""
    cleaned = dict(obj)
    for key in ("headline", "datePublished", "dateModified", "articleSection", "description"):
        cleaned[key] = _string(obj.get(key))
    for key in ("datePublished", "dateModified"):
        # Every value of a list («"datePublished": ["2019-01-01", "..."]»), for the doubt.
        value = obj.get(key)
        if isinstance(value, list):
            cleaned[f"{key} list"] = [item.strip() for item in value if isinstance(item, str)]
    cleaned["keywords"] = _keywords(obj.get("keywords"))
    cleaned["identifier"], refused = _identifier(obj.get("identifier"))
    notes = [Notice("number-invalid", refused)] if refused else []
    for key in ("datePublished", "dateModified"):
        value = obj.get(key)
        if cleaned[key] is None and value not in (None, [], {}) and str(value).strip():
            # A number (epoch seconds), object or boolean where a date belongs: not silent.
            shown = json.dumps(value, ensure_ascii=False, default=str)[:80]
            notes.append(Notice("not-a-date", f"{shown} (json-ld {key}) is not a date; ignored"))
    return cleaned, notes


def _json_ld(tree: Any, address: str | None = None, heading: str | None = None) -> dict[str, Any]:
    """The first NewsArticle/Article object in the page's JSON-LD, cleaned, or an empty dict.

    An article object that names another page (:func:`_another_page`: another address and
    another headline than the page's ``address`` and ``heading``) is passed over.
    Scripts that are not JSON, or nest deeper than MAX_JSON_DEPTH, are skipped with a
    ``json-ld-invalid`` notice; the notices ride on the returned dict (``.notices``).
    """
    notes: list[Notice] = []
    for node in tree.css("script[type]"):
        # "application/ld+json; charset=utf-8" and upper case are the same type.
        kind = node.attributes.get("type") or ""
        if kind.split(";")[0].strip().lower() != "application/ld+json":
            continue
        source = node.text(deep=True) or ""
        if not source.strip():
            continue
        depth = _json_depth(source)
        if depth > MAX_JSON_DEPTH:
            notes.append(
                Notice(
                    "json-ld-invalid",
                    f"a JSON-LD script nested {depth} levels deep (more than {MAX_JSON_DEPTH}) "
                    "was skipped",
                )
            )
            continue
        try:
            data = json.loads(source, strict=False)
        except (ValueError, RecursionError) as err:
            message = f"a JSON-LD script is not JSON ({err}); skipped"
            notes.append(Notice("json-ld-invalid", message))
            continue
        found = _article_object(data, (address, heading))
        if found is not None:
            cleaned, more = _clean(found)
            result = _JsonLd(cleaned)
            result.notices = (*notes, *more)
            return result
    result = _JsonLd()
    result.notices = tuple(notes)
    return result


def _names(value: Any) -> list[str]:
    """The names in a JSON-LD author value: a string, an object, or a list of them."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and name.strip() not in names:
            names.append(name.strip())
    return names


def _name(value: Any) -> str | None:
    """A JSON-LD person or organisation (or list of them) as a name."""
    names = _names(value)
    return "، ".join(names) if names else None


# The spellings of a zone that machine values add after a time, and what they say:
# an offset with seconds («+03:30:00»), an hour of one digit («+3:30»), an abbreviation
# (Iran's «IRST», «IRDT»; Afghanistan's «AFT»; Tajikistan's «TJT») and a bracketed zone
# name (RFC 9557, «+03:30[Asia/Tehran]»).
_ZONE_ABBREVIATIONS = {"IRST": "+03:30", "IRDT": "+04:30", "AFT": "+04:30", "TJT": "+05:00"}
_MACHINE_ZONE = re.compile(
    r"(?P<time>[0-9]:[0-9]{2}(?:\.[0-9]{1,9})?)"  # the end of a time («16:42», «42:05.250»)
    r"(?:(?P<z>\s?Z)|\s?(?P<sign>[+\-])(?P<h>[0-9]{1,2})(?::?(?P<m>[0-9]{2}))?(?::00)?)?"
    r"(?:\s*(?P<abbr>[A-Z]{3,4})|\[(?P<name>[A-Za-z_]+/[A-Za-z_]+)\])?\s*\Z"
)


def _machine_text(text: str) -> str | None:
    """A machine date's text as the grammar reads it, or None when its zone contradicts itself.

    Digits are made ASCII (a Gregorian stamp written in Persian digits, offset included,
    «۲۰۲۳-۰۹-۱۹T۱۶:۴۲:۰۰+۰۳:۳۰», keeps its offset an offset), and the zone spellings of
    :data:`_MACHINE_ZONE` become an offset (a bracketed name without one: the zone's name).
    An abbreviation beside an offset must agree with it («+00:00 IRST» names two clocks:
    refused). Anything else is left for the grammar to read or refuse.
    """
    text = to_ascii_digits(text.strip())
    found = _MACHINE_ZONE.search(text)
    if found is None:
        return text
    abbr, name = found.group("abbr"), found.group("name")
    if abbr is not None and abbr not in _ZONE_ABBREVIATIONS:
        return text  # «GMT», «UTC» and names this does not know: the grammar's business
    head = text[: found.end("time")]
    offset = "Z" if found.group("z") else None
    if found.group("sign") is not None:
        minutes = found.group("m") or "00"
        offset = f"{found.group('sign')}{int(found.group('h')):02d}:{minutes}"
    said = _ZONE_ABBREVIATIONS.get(abbr or "")
    if said is not None:
        if offset is not None and offset != said:
            return None
        return f"{head}{said}"
    if offset is None and name is not None:
        return f"{head} {name}"
    return f"{head}{offset or ''}"


def _epoch(stamp: Timestamp) -> bool:
    """Whether a machine date is the Unix epoch, a template's empty date (``0`` printed as a
    date: «1970-01-01T00:00:00Z», «1970-01-01», «1969-12-31T20:30:00-03:30» alike)."""
    moment = stamp.gregorian
    if not isinstance(moment, datetime):
        return moment == _EPOCH.date()
    return moment == _EPOCH or stamp.text.startswith(_EPOCH_WALL)


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
# The epoch's midnight written without an offset (a server's local rendering of ``0``).
_EPOCH_WALL = ("1970-01-01T00:00", "1970-01-01 00:00")


def _machine_date(text: str | None, jalali: bool = False) -> Timestamp | None:
    """A machine value (JSON-LD, ``<meta>``, ``<time datetime>``) as a date, or None.

    Read by :func:`_machine_text`'s spelling; the Unix epoch (:func:`_epoch`) is a template's
    empty value, never a date. Never raises.
    """
    if not text:
        return None
    machine = _machine_text(text)
    if machine is None:
        return None
    try:
        stamp = parse_datetime(machine)
    except (JalaliMetaError, ValueError, OverflowError):
        # A machine value is untrusted input: one that does not read as a date is no date.
        return None
    if jalali and stamp.calendar != "jalali":
        return None
    if _epoch(stamp):
        return None
    return attrs.evolve(stamp, span=None)


def _first(meta: dict[str, list[str]], *names: str) -> str | None:
    for name in names:
        for value in meta.get(name, []):
            if value:
                return value
    return None


def _text(value: Any) -> str | None:
    """A text value (the first of a list); a whole number as digits; a float or bool is None."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _attr(tree: Any, selector: str, name: str = "content") -> str | None:
    node = tree.css_first(selector)
    if node is None:
        return None
    value = node.attributes.get(name) or node.attributes.get("datetime")
    return value.strip() if isinstance(value, str) and value.strip() else None


_SPACES = re.compile(r"\s+")


def _hostname(url: str | None) -> str | None:
    """The host of an absolute URL, lower case (IDN hosts as written), or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:  # a malformed URL, e.g. an unclosed IPv6 bracket
        return None
    return host or None


# Words in a host name that name the site's country: «afghanpaper.com», «dailyafghanistan.com»,
# «kabulnow.com».
_AFGHAN_HOST_WORDS = ("afghan", "kabul")


def afghan_host(url: str | None) -> bool:
    """Whether the page's address is an Afghan site's: an ``.af`` host, or a host whose name
    says so (:data:`_AFGHAN_HOST_WORDS`). Its times printed without a zone are Kabul's.

        >>> afghan_host("https://moph.gov.af/en/node/1318"), afghan_host("https://afghanpaper.com/x")
        (True, True)
        >>> afghan_host("https://www.irna.ir/news/84432109/")
        False
    """
    host = _hostname(url)
    if host is None:
        return False
    return host.endswith(".af") or any(word in host for word in _AFGHAN_HOST_WORDS)


# The clock a site keeps by its country's top-level domain, for Persian-language countries
# besides Iran (whose clock, Tehran's, is the default): Afghanistan and Tajikistan; and
# Azerbaijan, whose agencies run Persian services (fa.axar.az, tests/pages 1564: a Gregorian
# «2024.07.10 / 15:22» on Baku's clock, +04:00 since 2016, tzdata's Asia/Baku before).
_COUNTRY_CLOCKS = {".af": "Asia/Kabul", ".tj": "Asia/Dushanbe", ".az": "Asia/Baku"}
# Language tags that name a site's country: Tajik (a page in Tajik is a Tajik site's), Dari as
# Persian of Afghanistan or by its own code, and Pashto of Afghanistan (Pashto alone is
# printed in Pakistan too).
_CLOCK_LANGUAGES = {
    "tg": "Asia/Dushanbe",
    "tg-tj": "Asia/Dushanbe",
    "fa-af": "Asia/Kabul",
    "prs": "Asia/Kabul",
    "prs-af": "Asia/Kabul",
    "ps-af": "Asia/Kabul",
}


def language_clock(language: str | None) -> str | None:
    """The zone a language tag names (:data:`_CLOCK_LANGUAGES`: ``fa-AF`` Kabul, ``tg``
    Dushanbe), or None."""
    if language is None:
        return None
    return _CLOCK_LANGUAGES.get(language.strip().lower().replace("_", "-"))


# An international site's country edition named by its first label (tj.sputniknews.ru,
# tj.usembassy.gov, kz.sputniknews.ru: :data:`vocab.COUNTRY_EDITION_ZONES`, country codes that
# are no language codes, unlike «af», Afrikaans: af.wikipedia.org); an Iranian (.ir) host
# keeps Tehran's clock whatever its first label.
_COUNTRY_EDITIONS = vocab.COUNTRY_EDITION_ZONES
# A mobile site's first label, before a country edition's («m.tj.sputniknews.ru»).
_MOBILE_LABELS = frozenset({"m", "mobile"})


def site_clock(url: str | None, language: str | None = None) -> str | None:
    """The zone whose wall time a site prints, by its address (:func:`afghan_host`: Kabul;
    a ``.tj`` host or a ``tj.`` country edition, its mobile site ``m.tj.`` too: Dushanbe; the
    other country editions of :data:`vocab.COUNTRY_EDITION_ZONES`, ``kz.`` Almaty ...; an
    ``.az`` host: Baku) or its language tag (:func:`language_clock`); None for any other
    (Tehran's).

        >>> site_clock("https://tj.usembassy.gov/security-alert/"), site_clock("https://khovar.tj/x")
        ('Asia/Dushanbe', 'Asia/Dushanbe')
        >>> site_clock("https://m.kz.sputniknews.ru/society/20231204/1/x.html")
        'Asia/Almaty'
        >>> site_clock("https://ru.euronews.com/2023/12/05/x") is None  # a language edition
        True
        >>> site_clock("https://tj.example.ir/news/1") is None
        True
    """
    if afghan_host(url):
        return "Asia/Kabul"
    host = _hostname(url)
    if host is not None:
        for suffix, zone in _COUNTRY_CLOCKS.items():
            if host.endswith(suffix):
                return zone
    return edition_clock(url) or language_clock(language)


def edition_clock(url: str | None) -> str | None:
    """The zone of an international site's country edition named by the host's first label
    alone (:data:`vocab.COUNTRY_EDITION_ZONES`: ``kz.sputniknews.ru`` Almaty, its mobile site
    ``m.kz.`` too), or None. Not an Iranian (.ir) host's, nor a blog platform's (the label is
    the blog's name: attacks31). A label names an edition, not the calendar the page dates
    by: a Persian service at ``kz.iranculture.example`` prints a Jalali stamp on Tehran's
    clock, and :func:`jalali_meta._article._resolve` does not move a Jalali stamp onto such a
    clock (fix214, attacks67).

        >>> edition_clock("https://m.kz.sputniknews.ru/society/1/x.html")
        'Asia/Almaty'
        >>> edition_clock("https://khovar.tj/x") is None  # a country's own host, no edition
        True
    """
    host = _hostname(url)
    if host is None:
        return None
    first, dot, rest = host.partition(".")
    if first in _MOBILE_LABELS and rest.count(".") >= 2:
        # «m.tj.sputniknews.ru»: a country edition's mobile site (tests/pages 2093)
        first, dot, rest = rest.partition(".")
    if (
        dot
        and "." in rest
        and not host.endswith(".ir")
        and rest not in vocab.BLOG_PLATFORMS  # a blog's own name: no edition (attacks31)
        and first in _COUNTRY_EDITIONS
    ):
        return _COUNTRY_EDITIONS[first]
    return None


def _image(value: Any) -> str | None:
    """A JSON-LD image: a URL string, an ImageObject (``url``/``contentUrl``), or a list."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return _string(value)


def _absolute(link: str | None, base: str | None) -> str | None:
    """``link`` made absolute against the page URL when that is an http(s) URL."""
    if not link or not base or not base.lower().startswith(("http://", "https://")):
        return link
    try:
        return urljoin(base, link)
    except ValueError:
        return link


def _same_name(first: str, second: str) -> bool:
    return "".join(normalize(first).split()) == "".join(normalize(second).split())


def page_fields(
    article: Article, meta: dict[str, list[str]], ld: dict[str, Any], *, strict: bool = False
) -> Article:
    """Add description, image, authors and hostname from the page's machine sources.

    ``article`` is parse_html's result so far (its ``author`` is the printed byline, else the
    machine one; its ``url`` the page's). Each value used is kept in ``fields`` with a label
    naming its source, and the JSON-LD reading's notices are added to ``warnings``.

    Raises:
        ParseError: strict mode, when the page's only ID is a JSON-LD identifier that is not
            one (``true``, ``12345.0``).
    """
    fields: list[Field] = []
    # 1. Description: the page's own summary, then the social-card and JSON-LD ones.
    description = None
    for label, value in (
        ("meta description", _first(meta, "description")),
        ("meta og:description", _first(meta, "og:description")),
        ("meta twitter:description", _first(meta, "twitter:description")),
        ("json-ld description", ld.get("description")),
    ):
        if isinstance(value, str) and value.strip():
            description = _SPACES.sub(" ", value).strip()
            fields.append(Field("description", label, description, None, None))
            break
    # 2. Image: the social-card image first (the one the publisher chose to show).
    image = None
    for label, value in (
        ("meta og:image", _first(meta, "og:image", "og:image:url", "og:image:secure_url")),
        ("json-ld image", _image(ld.get("image"))),
        ("meta twitter:image", _first(meta, "twitter:image", "twitter:image:src")),
    ):
        if value:
            image = _absolute(value, article.url)
            fields.append(Field("image", label, value, None, None))
            break
    # 3. Authors: the printed byline first, then the JSON-LD names; meta tags only when
    #    neither exists (a profile URL in article:author is not a name).
    ld_names = _names(ld.get("author"))
    author = article.author
    if author is not None and len(ld_names) > 1 and author == "، ".join(ld_names):
        author = ld_names[0]  # parse_html joined the JSON-LD list; the first is the author
    machine = [("json-ld author", name) for name in ld_names]
    if author is None and not machine:
        machine = [
            (f"meta {key}", value)
            for key in ("author", "article:author")
            for value in meta.get(key, [])
            if value and not value.lower().startswith(("http://", "https://", "/"))
        ]
    # The visible authors (a second «نویسنده:» line too) when the first is the author.
    authors: list[str] = list(article.authors) if author == article.author else [author or ""]
    authors = [name for name in authors if name]
    for label, name in machine:
        if not any(_same_name(name, known) for known in authors):
            authors.append(name)
            fields.append(Field("author", label, name, None, None))
    if author is None and authors:
        author = authors[0]
    notes = list(getattr(ld, "notices", ()))
    if article.number is not None:
        # A refused JSON-LD identifier matters only when it was the page's only ID.
        notes = [n for n in notes if n.code != "number-invalid"]
    elif strict and any(n.code == "number-invalid" for n in notes):
        raise ParseError(next(n.message for n in notes if n.code == "number-invalid"))
    return attrs.evolve(
        article,
        author=author,
        authors=tuple(authors),
        description=description,
        image=image,
        hostname=_hostname(article.url),
        fields=(*article.fields, *fields),
        warnings=(*article.warnings, *notes),
    )
