"""Typed records: frozen attrs classes with no I/O and no parsing.

``Timestamp`` is one date or date-time; ``Field`` one label/value pair as
printed; ``Ignored`` a line that was deliberately not used (a widget, a counter);
``Article`` everything extracted from one page. Every value carries the span
``(start, end)`` of the input text it came from. Serialisation lives in
:mod:`jalali_meta._serialize`, not here. The parser may leave an Article's body dates
(``mentions`` and their notes in ``warnings``) to be found on first access: see
:class:`Pending` at the end of this module.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping
from typing import Any, Literal, get_args

import attrs
import jdatetime

__all__ = [
    "WARNING_CODES",
    "Article",
    "Calendar",
    "DstFold",
    "Field",
    "FieldName",
    "HijriDate",
    "Ignored",
    "IgnoredReason",
    "Notice",
    "Span",
    "Timestamp",
    "WarningCode",
    "text_span",
]

Span = tuple[int, int]
"""``(start, end)`` character offsets into the input, ``start <= end``."""

Calendar = Literal["jalali", "gregorian", "afghan", "hijri"]
"""The calendar a Timestamp was printed in: Iranian Jalali, Gregorian, or Afghan solar
(zodiac month names, the same Solar Hijri arithmetic as Jalali, zone Asia/Kabul)."""

DstFold = Literal["nonexistent", "repeated"]
"""How a wall time sits against a DST change: skipped, or happened twice."""

FieldName = Literal[
    "number", "published", "updated", "date", "time", "category", "author", "tags",
    "source", "views", "issue", "issue_date",
    "description", "image",
]  # fmt: skip
"""What a :class:`Field` means (``date``/``time``: an unlabelled date or time line)."""

IgnoredReason = Literal[
    "widget", "today widget", "crawl stamp", "time without a date", "counter",
    "repeated title", "site stamp", "control", "page chrome", "breadcrumb",
    "above the title", "below the article", "another date",
]  # fmt: skip
"""Why a line was set aside (:class:`Ignored`)."""

WarningCode = Literal[
    # A printed value contradicts itself or the calendar.
    "weekday-mismatch",
    "invalid-date",
    "not-a-date",
    "nonexistent-time",
    "repeated-time",
    "twin-invalid",
    "twin-mismatch",
    # Two sources for one field disagree.
    "published-conflict",
    "updated-conflict",
    "number-conflict",
    "number-invalid",
    "html-date-conflict",
    # A documented rule was applied.
    "site-stamp",
    "published-unlabelled",
    "issue-date-only",
    "number-date-mismatch",
    "updated-before-published",
    "published-from-url",
    "url-date-mismatch",
    # A mention in the body contradicts itself and is left out.
    "mention-weekday-mismatch",
    "mention-twin-invalid",
    "mention-twin-mismatch",
    # Input decoding.
    "encoding-replaced",
    # -- grammar and calendar (issue 12): add codes below this line
    "hijri-mismatch",
    "mention-hijri-mismatch",
    # -- end of grammar and calendar codes
    # -- corpus workflows, reference time (issue 13): add codes below this line
    "relative-date",
    "future-date",
    "date-out-of-bounds",
    # -- end of corpus workflow codes
    # -- resolver (issue 16): add codes below this line
    "two-digit-year",
    "listing-page",
    "title-uncertain",
    "day-month-order",
    "time-reversed",
    "time-order-uncertain",
    "time-unread",
    "calendar-ambiguous",
    "calendar-lunar",
    "calendar-before-1304",
    "zone-unread",
    "number-year-like",
    # -- end of resolver codes
    # -- HTML input robustness (issue 14): add codes below this line
    "charset-unusable",
    "charset-mismatch",
    "html-too-deep",
    "html-too-wide",
    "json-ld-invalid",
    # -- end of HTML input codes
]
"""Every warning code; docs/errors.md explains each one."""

WARNING_CODES: tuple[WarningCode, ...] = get_args(WarningCode)


def _empty_spans() -> Mapping[str, Span]:
    return {}


def _empty_evidence() -> Mapping[str, str]:
    return {}


@attrs.frozen
class Timestamp:
    """One date or date-time read from text, in both calendars.

    Attributes:
        jalali_date: The Jalali day as ``(year, month, day)``.
        gregorian: The instant as ``datetime.datetime`` aware in Asia/Tehran (in the zone
            the text names after the time, ``... ۱۰:۱۹ Asia/Dushanbe``, if it names one),
            or the day as ``datetime.date`` when the text has no time.
        calendar: The calendar the text was written in: ``"jalali"``, ``"gregorian"`` or
            ``"afghan"`` (then ``jalali_date`` holds the Afghan solar date and the time
            is in Asia/Kabul); ``"hijri"`` only for an article's field read from a lunar
            Hijri date (a day, converted by the arithmetical Islamic calendar and always
            warned ``calendar-lunar``: docs/calendar.md).
        text: The date as written in the input, ``input[span[0]:span[1]]``.
        span: ``(start, end)`` character offsets of ``text`` in the input.
        weekday: The weekday name as written, or None when none was printed.
        dst: None for an ordinary local time; ``"nonexistent"`` for a wall time
            skipped by a DST change, ``"repeated"`` for one that happened twice.
            Both are resolved with ``fold=0``.
        relative: True when the text was a relative phrase («۲ ساعت پیش», «دیروز»)
            resolved against a reference time given by the caller; the value is only
            as right as that reference.
    """

    jalali_date: tuple[int, int, int]
    gregorian: _dt.datetime | _dt.date
    calendar: Calendar
    text: str
    span: Span | None
    weekday: str | None = None
    dst: DstFold | None = None
    relative: bool = False

    @property
    def jalali(self) -> jdatetime.datetime | jdatetime.date:
        """The Jalali value: a ``jdatetime.datetime`` aware in Asia/Tehran, or a ``jdatetime.date``.

        Made on each access from ``jalali_date`` and ``gregorian`` (a jdatetime
        object costs more to build than the whole parse, so records do not hold one).
        """
        year, month, day = self.jalali_date
        g = self.gregorian
        if isinstance(g, _dt.datetime):
            return jdatetime.datetime(
                year, month, day, g.hour, g.minute, g.second, g.microsecond, g.tzinfo, fold=g.fold
            )
        return jdatetime.date(year, month, day)

    @property
    def has_time(self) -> bool:
        """Whether the text gave a time of day, not only a date."""
        return isinstance(self.gregorian, _dt.datetime)

    @property
    def utc(self) -> _dt.datetime | None:
        """The instant in UTC, or None when the text gave only a day (a day is not an instant)."""
        g = self.gregorian
        if isinstance(g, _dt.datetime):
            return g.astimezone(_dt.timezone.utc)
        return None

    def isoformat(self) -> str:
        """Return the Gregorian ISO 8601 form: ``2023-09-19T16:42:00+03:30`` or ``2023-09-19``."""
        return self.gregorian.isoformat()

    def jalali_isoformat(self) -> str:
        """Return the Jalali value as ``1402-06-28T16:42:00+03:30`` or ``1402-06-28``."""
        year, month, day = self.jalali_date
        date = f"{year:04d}-{month:02d}-{day:02d}"
        if not isinstance(self.gregorian, _dt.datetime):
            return date
        return date + self.gregorian.isoformat()[10:]


@attrs.frozen
class HijriDate:
    """A lunar Hijri date as printed («۱۲ ربیع‌الاول ۱۴۴۵», «۱۴۴۵/۰۳/۱۲ ه.ق»).

    Iran's official lunar calendar is fixed by sighting the moon and may differ from
    any arithmetic or Umm al-Qura calendar by a day or two, so a HijriDate carries
    the printed day only, never a Gregorian or Jalali value. It is never read as Jalali.

    Attributes:
        hijri_date: ``(year, month, day)`` as printed (month 1-12, day 1-30).
        text: The date as written, ``input[span[0]:span[1]]``.
        span: ``(start, end)`` character offsets of ``text`` in the input.
        calendar: Always ``"hijri"``.
        inferred: False when a lunar month name or era word (ه.ق, قمری) marks the date;
            True for an all-digit date read as lunar because its year («۱۴۴۶/۰۸/۰۳»)
            only a lunar date of our time has (docs/calendar.md).
    """

    hijri_date: tuple[int, int, int]
    text: str
    span: Span
    calendar: Literal["hijri"] = "hijri"
    inferred: bool = False

    def hijri_isoformat(self) -> str:
        """Return the printed day as ``1445-03-12``."""
        year, month, day = self.hijri_date
        return f"{year:04d}-{month:02d}-{day:02d}"


def text_span(stamp: Timestamp) -> Span:
    """Return the span of a Timestamp read from text, where one is always set."""
    if stamp.span is None:  # pragma: no cover - only machine values (HTML attributes) lack one
        raise ValueError(f"{stamp.text!r} was not read from the text and has no span")
    return stamp.span


@attrs.frozen
class Field:
    """One label/value pair as printed in the header, or an unlabelled date.

    Attributes:
        name: The field the label means: ``number``, ``published``, ``updated``,
            ``category``, ``author``, ``tags``, ``source``, ``views``, ``issue``.
        label: The label as written (``""`` for an unlabelled value).
        value: The value as written, stripped (``""`` when the label is empty).
        span: ``(start, end)`` of label and value together.
        value_span: ``(start, end)`` of the value alone.
    """

    name: FieldName
    label: str
    value: str
    span: Span | None
    value_span: Span | None


@attrs.frozen
class Ignored:
    """A non-blank line that was deliberately not used, and why.

    Attributes:
        text: The line as written, stripped.
        span: ``(start, end)`` of the stripped line.
        reason: Why it was set aside, one of :data:`IgnoredReason`.
    """

    text: str
    span: Span
    reason: IgnoredReason


@attrs.frozen
class Notice:
    """One warning: a doubtful value, or a documented rule that was applied.

    Attributes:
        code: What happened, one of :data:`WarningCode` (docs/errors.md lists them).
        message: A sentence saying what and why, without the position.
        span: ``(start, end)`` of the text it is about, or None when no text is
            (a value from an HTML attribute, the page's bytes).
        line: 1-based line of ``span[0]``, or None with the span.
        column: 1-based column of ``span[0]``, or None with the span.

    ``str(notice)`` is ``"code: message (line L, column C)"``.
    """

    code: WarningCode
    message: str
    span: Span | None = None
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = "" if self.line is None else f" (line {self.line}, column {self.column})"
        return f"{self.code}: {self.message}{where}"


@attrs.frozen
class Article:
    """The metadata and text of one article.

    Attributes:
        title: The headline, as written.
        number: The article's ID as written with digits made ASCII (``"43222"``,
            ``"1234567/8"``, ``"N1234567"``).
        published: When the article was published, or None when the page does not say.
        updated: When it was last updated, or None.
        category: The category or service, as written (``"سیاسی - سیاست داخلی"``).
        author: The author's name or reporter code, as written.
        tags: The tags, as written, in order.
        source: The agency or site the article is credited to.
        issue: A newspaper issue number (digits made ASCII), never an article ID.
        issue_date: The date of that newspaper issue; never taken as ``published``.
        lead: The first paragraph after the header.
        body: The following paragraphs.
        mentions: Complete dates found in the lead and body, in order.
        warnings: One :class:`Notice` per doubtful value or rule that was applied.
        fields: Every label/value pair seen, with spans, in text order.
        ignored: Every non-blank line set aside, with span and reason.
        spans: ``(start, end)`` of each extracted field by name (``title``,
            ``number``, ``published``, ... , ``lead``, ``body``).
        url: The page's URL, when known (an HTML page's canonical address, or the
            ``url`` given to ``parse_article``).
        site_name: The site's name, when known (HTML input).
        language: The page's language code, when known (HTML input).
        description: The page's summary (``<meta name="description">``, ``og:description``,
            JSON-LD ``description``), white space folded; HTML input.
        image: The article's main image URL (``og:image``, JSON-LD ``image``), made
            absolute against ``url``; HTML input.
        authors: Every author's name, in order; the first is ``author`` (for text input,
            every name after the same author label, e.g. two «نویسنده:» lines).
        hostname: The host of ``url`` in lower case (``www.example.ir``); set with ``url``.
        evidence: For each chosen value (``title``, ``number``, ``published``,
            ``updated``), the short name of the rule that chose it: ``label``,
            ``date line``, ``json-ld``, ``headline`` ... (docs/formats.md, "Which
            value wins"), so that a surprising value can be audited.
    """

    title: str | None = None
    number: str | None = None
    published: Timestamp | None = None
    updated: Timestamp | None = None
    category: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    source: str | None = None
    issue: str | None = None
    issue_date: Timestamp | None = None
    lead: str | None = None
    body: tuple[str, ...] = ()
    mentions: tuple[Timestamp, ...] = ()
    warnings: tuple[Notice, ...] = ()
    fields: tuple[Field, ...] = ()
    ignored: tuple[Ignored, ...] = ()
    spans: Mapping[str, Span] = attrs.field(factory=_empty_spans, eq=True, hash=False)
    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    image: str | None = None
    authors: tuple[str, ...] = attrs.field()
    hostname: str | None = None
    evidence: Mapping[str, str] = attrs.field(factory=_empty_evidence, eq=True, hash=False)

    @authors.default
    def _authors_default(self) -> tuple[str, ...]:
        return (self.author,) if self.author else ()


# -- The body's dates, found on first access ------------------------------------------------
#
# Finding the dates in an article's lead and body (with their notes, the ``mention-*``
# warnings) is about a sixth of a parse over real page texts, and nothing else in the parse
# reads them. So the parser may build an Article whose ``mentions`` and ``warnings`` slots
# hold one ``Pending`` value: the first read of either (directly, or by ``==``, ``hash``,
# ``repr``, ``attrs.evolve``, ``attrs.asdict``, pickling or ``to_dict``, which all read the
# attributes) runs the scan and stores both values in their slots for good. Nothing can see
# the pending value: every access to the two attributes goes through the descriptors below.


class Pending:
    """The body's dates of one article, not found yet.

    Attributes:
        warnings: The record's warnings before the dates' notes.
        find: Returns ``(mentions, notes)``; called once (it must not depend on anything
            that changes after the parse), its notes following ``warnings``.
    """

    __slots__ = ("_done", "find", "warnings")

    def __init__(
        self,
        warnings: tuple[Notice, ...],
        find: Callable[[], tuple[tuple[Timestamp, ...], tuple[Notice, ...]]],
    ) -> None:
        self.warnings = warnings
        self.find = find
        self._done: tuple[tuple[Timestamp, ...], tuple[Notice, ...]] | None = None

    def values(self) -> tuple[tuple[Timestamp, ...], tuple[Notice, ...]]:
        """``(mentions, warnings)``, found on the first call."""
        # ``find`` is read before ``_done`` and replaced only after ``_done`` is set, so a
        # thread that reads both while another finishes gets either the result or the
        # function (and then finds the same values again: ``find`` is pure).
        find = self.find
        done = self._done
        if done is None:
            mentions, notes = find()
            done = (mentions, (*self.warnings, *notes) if notes else self.warnings)
            self._done = done
            self.find = _found  # the parse's lines and text are no longer held
        return done


def _found() -> tuple[tuple[Timestamp, ...], tuple[Notice, ...]]:  # pragma: no cover
    raise AssertionError("a Pending value is found once")


class _Resolving:
    """The descriptor of a slot that may hold a :class:`Pending` (wraps attrs' own slot)."""

    __slots__ = ("index", "slot")

    def __init__(self, slot: Any, index: int) -> None:
        self.slot = slot  # the member descriptor of the slotted class
        self.index = index  # 0: mentions, 1: warnings

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self.slot
        value = self.slot.__get__(instance, owner)
        if type(value) is Pending:
            found = value.values()
            _MENTIONS_SLOT.__set__(instance, found[0])
            _WARNINGS_SLOT.__set__(instance, found[1])
            return found[self.index]
        return value

    def __set__(self, instance: object, value: Any) -> None:
        self.slot.__set__(instance, value)

    def __delete__(self, instance: object) -> None:  # pragma: no cover - frozen
        self.slot.__delete__(instance)


_MENTIONS_SLOT = Article.__dict__["mentions"]
_WARNINGS_SLOT = Article.__dict__["warnings"]
setattr(Article, "mentions", _Resolving(_MENTIONS_SLOT, 0))  # noqa: B010
setattr(Article, "warnings", _Resolving(_WARNINGS_SLOT, 1))  # noqa: B010


def article_pending(pending: Pending, **values: Any) -> Article:
    """An Article whose ``mentions`` and ``warnings`` ``pending`` gives on first access."""
    article = Article(**values)
    _MENTIONS_SLOT.__set__(article, pending)
    _WARNINGS_SLOT.__set__(article, pending)
    return article


def is_pending(article: Article) -> bool:
    """Whether the body's dates of ``article`` have not been found yet."""
    return type(_MENTIONS_SLOT.__get__(article, Article)) is Pending


def replace(article: Article, **changes: Any) -> Article:
    """``attrs.evolve(article, **changes)`` that keeps the body's dates pending.

    Changing ``mentions`` or ``warnings`` reads them (as ``attrs.evolve`` does).
    """
    if "mentions" in changes or "warnings" in changes or not is_pending(article):
        return attrs.evolve(article, **changes)
    pending = _MENTIONS_SLOT.__get__(article, Article)
    values: dict[str, Any] = {
        a.name: getattr(article, a.name)
        for a in attrs.fields(Article)
        if a.name not in ("mentions", "warnings")
    }
    values.update(changes)
    return article_pending(pending, **values)
