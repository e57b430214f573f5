"""The one resolver: candidates with evidence in, one value per field and its rule out.

Both entry points feed it. :func:`jalali_meta.parse_article` turns header, footer
and date lines of a text into :class:`Candidate` records, and the page's address (when
given) into ``url`` candidates; :func:`jalali_meta.parse_html` adds the page's machine
sources (JSON-LD, meta, itemprop, ``<time>``) and title sources (``<h1>``, og:title,
``<title>``) to the same pool. Nothing else
decides a value: docs/formats.md, "Which value wins", states the scoring.

Every candidate carries a **score** (how strong its evidence is: a label beside the
title beats an unlabelled line above it, a visible date beats a machine one, a
machine one beats a footer line) and a **rule**, the short name that ends up in
``Article.evidence``. Resolution of one field, in order:

1. The candidates are ranked by score, text order breaking ties.
2. A candidate below :data:`CHROME` is never chosen when a stronger one exists;
   a date line that is page chrome never enters the pool (the caller sets it aside).
3. The best one wins; among unlabelled date lines under the title, one printed with a
   time wins over a date-only one of another day. A date-only winner takes the time of
   a candidate of the same day that has one (``+time`` in the rule): two lines printing
   one day are one value. An unlabelled date line above the title lends no time to a date
   under it (a site's clock prints the day with the time of the visit).
4. Every other candidate at or above :data:`CONFLICT` that disagrees is reported
   (``published-conflict``, ``updated-conflict``, ``number-conflict``,
   ``html-date-conflict`` between a visible and a machine value).
5. A machine value that agrees with a visible one gives way to it, so the value
   keeps its span and its printed text.

The resolver changes no candidate: it reads them and returns choices and notices.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

import attrs

from jalali_meta._datetimes import same_moment
from jalali_meta._records import FieldName, Span, Timestamp, WarningCode

__all__ = [
    "CHROME",
    "CONFLICT",
    "MACHINE_TITLE_WORDS",
    "Candidate",
    "Choice",
    "Warn",
    "resolve_date",
    "resolve_number",
    "resolve_text",
    "resolve_title",
    "score",
]

# Scores by rule: the evidence a candidate stands on. Higher wins.
_SCORES: dict[str, int] = {
    # Visible, labelled, in the header block (below the title, or right after the lead).
    "label": 60,
    "label after lead": 58,
    # Visible, labelled, above the title (the header of some templates is printed there).
    "label above title": 55,
    # Visible, unlabelled date lines: the agency/date line beside the title.
    "date line": 50,
    "date line after lead": 48,
    "date line above title": 45,
    "date line farther above title": 33,
    # Machine sources of an HTML page.
    "json-ld": 40,
    "meta": 39,
    "itemprop": 38,
    "rnews": 37,
    "time element": 36,
    # An agency's dateline opening the lead: «غزنی (پژواک، ۲۲ اسد ۱۴۰۱): ...».
    "dateline": 34,
    # Footer: a labelled value under the body, then a date line right under it.
    "footer label": 30,
    "footer date line": 20,
    # A newspaper's issue date: the day the article appeared in print.
    "issue date": 15,
    # Last resorts.
    "json-ld identifier": 12,
    "url": 5,
}
CONFLICT = 30
"""Candidates at or above this score that disagree with the winner are reported."""
CHROME = 0
"""Below this a candidate is page chrome and never a value."""

log = logging.getLogger("jalali_meta")

_MACHINE = frozenset({"json-ld", "meta", "itemprop", "rnews", "time element", "url"})
# Weak evidence: used when nothing better exists, never reported as a conflict.
_QUIET = frozenset({"date line farther above title", "footer date line", "issue date", "url"})


# Unlabelled date lines above the title: a site's clock may print the article's day with the
# time of the visit («شنبه ۱۲ اسفند ۱۴۰۲ تهران ۱۸:۴۵», radiofarda.com), so a date under the
# title takes no time from them.
_UNLABELLED_ABOVE = frozenset({"date line above title", "date line farther above title"})
# Weak candidates that still lend their time to a date-only winner of the same day when that
# winner is an unlabelled date line too: the date line right under the body (the footer's own
# checks keep out a related item's or a list's dates), «DAY» under the headline and «DAY -
# HH:MM» under the text, one stamp printed twice (lu.ac.ir, real63 #02). A labelled day takes
# no time from it (the label states the publication; an unlabelled line under the body is too
# weak to add to it).
_LENDS_TIME = frozenset({"footer date line"})
_TAKES_LENT_TIME = frozenset({"date line", "date line after lead"})


def score(rule: str) -> int:
    """The score of a rule name (see the module docstring)."""
    return _SCORES[rule]


@attrs.frozen
class Candidate:
    """One possible value of one field, with the evidence it stands on.

    Attributes:
        field: ``published``, ``updated``, ``number`` (titles are chosen by the caller).
        rule: The evidence, a key of the score table (``label``, ``date line``, ``json-ld`` ...).
        label: The label as printed, or the machine source's name (``json-ld datePublished``).
        order: Text order (line index, or a large number for machine values).
        stamp: For dates: the value read.
        text: For numbers: the value, digits made ASCII.
        span: Where the value is printed, or None for a machine value.
    """

    field: FieldName
    rule: str
    label: str
    order: int
    stamp: Timestamp | None = None
    text: str | None = None
    span: Span | None = None

    @property
    def score(self) -> int:
        return _SCORES[self.rule]

    @property
    def machine(self) -> bool:
        return self.rule in _MACHINE


@attrs.frozen
class Choice:
    """The value chosen for a field, the rule that chose it, and its span."""

    rule: str
    stamp: Timestamp | None = None
    text: str | None = None
    span: Span | None = None


Warn = Callable[[WarningCode, str, "Span | None"], None]
"""How the resolver reports: ``warn(code, message, span)``; the caller adds the position."""


def _ranked(cands: Sequence[Candidate]) -> list[Candidate]:
    return sorted(cands, key=lambda c: (-c.score, c.order))


def _same_minute(first: Timestamp, second: Timestamp) -> bool:
    return first.isoformat()[:16] == second.isoformat()[:16]


def _agree(first: Timestamp, second: Timestamp) -> bool:
    return same_moment(first, second) or (
        first.has_time and second.has_time and _same_minute(first, second)
    )


def resolve_date(field: str, cands: Sequence[Candidate], warn: Warn) -> Choice | None:
    """Choose the value of a date field (``published`` or ``updated``) by the rules above."""
    pool = [c for c in _ranked(cands) if c.score >= CHROME and c.stamp is not None]
    if not pool:
        return None
    best = _precise_date_line(pool)
    if best is not pool[0]:
        pool = [best, *(c for c in pool if c is not best)]
    assert best.stamp is not None
    stamp, rule, span = best.stamp, best.rule, best.span
    # 5. A machine winner gives way to a visible candidate of the same moment.
    if best.machine:
        for other in pool[1:]:
            if not other.machine and other.stamp is not None and _agree(other.stamp, stamp):
                if other.stamp.has_time or not stamp.has_time:
                    stamp, rule, span = other.stamp, f"{other.rule} = {best.rule}", other.span
                break
    # 3. A date-only winner takes the time of another candidate of the same day.
    if not stamp.has_time:
        for other in pool[1:]:
            if (
                other.stamp is not None
                and other.stamp.has_time
                and not _midnight_placeholder(other)
                and same_moment(other.stamp, stamp)
                and (
                    other.score >= CONFLICT
                    or (other.rule in _LENDS_TIME and best.rule in _TAKES_LENT_TIME)
                )
                and not (other.rule in _UNLABELLED_ABOVE and best.rule not in _UNLABELLED_ABOVE)
            ):
                stamp, rule, span = other.stamp, f"{rule} +time", other.span
                break
    # 4. Strong candidates that disagree.
    reported: set[str] = set()
    for other in pool[1:]:
        assert other.stamp is not None
        if _agree(other.stamp, stamp):
            continue
        if (other.score < CONFLICT or other.rule in _QUIET) and not _weak_line_against_machine(
            other, best
        ):
            continue
        key = other.stamp.isoformat()
        if key in reported:
            continue
        reported.add(key)
        if other.machine != best.machine:
            visible, machine = (best, other) if other.machine else (other, best)
            assert visible.stamp is not None
            assert machine.stamp is not None
            code: WarningCode = "html-date-conflict"
            message = (
                f"the visible {field} date {visible.stamp.text!r} "
                f"({visible.stamp.isoformat()}) and {machine.label} {machine.stamp.text!r} "
                f"({machine.stamp.isoformat()}) disagree; the "
                f"{'visible' if best is visible else 'machine'} one is used"
            )
            warn(code, message, visible.span)
            continue
        code = "published-conflict" if field == "published" else "updated-conflict"
        warn(
            code,
            f"two {field} dates: {stamp.text!r} ({_describe(best)}) is used, "
            f"{other.stamp.text!r} ({_describe(other)}) is not",
            other.span,
        )
    _log_rejected(field, pool, stamp.text, rule)
    return Choice(rule, stamp=stamp, span=span)


# A machine time written as midnight of its day («2023-09-19T00:00:00+00:00», «...T00:00Z»):
# a date field that a template serialised with a time.
_MIDNIGHT = re.compile(r"[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+\-][0-9]{2}:?[0-9]{2})?\Z")


def _midnight_placeholder(cand: Candidate) -> bool:
    """Whether a machine candidate's time is its written day's midnight: a date-only value
    stored in a date-and-time field, whose time (00:00 UTC is 03:30 in Tehran) is no time
    the article was published at, so it lends none to a date-only winner."""
    return cand.machine and cand.stamp is not None and bool(_MIDNIGHT.search(cand.stamp.text))


def _weak_line_against_machine(other: Candidate, best: Candidate) -> bool:
    """Whether a weak visible date line (a footer's, or one farther above the title) names
    another day than a machine winner: the page prints one date and its machine fields
    another (a template's default, another article's); neither is sure, so it is reported."""
    if not best.machine or other.machine or other.rule not in _WEAK_LINES:
        return False
    assert other.stamp is not None
    assert best.stamp is not None
    return other.stamp.jalali_date != best.stamp.jalali_date


_WEAK_LINES = frozenset({"footer date line", "date line farther above title"})


def _precise_date_line(pool: Sequence[Candidate]) -> Candidate:
    """The first of ``pool``, or a date line printed with a time that ties with a date-only one.

    Two unlabelled date lines under the title name different days: the one with a time is
    the header's stamp («۲۳ تیر ۱۳۹۳ | ۱۷:۳۸ کد : ۴۴۹۹»); a bare day above it is a date the
    article is about (a reprinted clipping's, an event's). The other is still reported.
    """
    best = pool[0]
    assert best.stamp is not None
    if best.rule != _PRECISE_RULE or best.stamp.has_time:
        return best
    for other in pool[1:]:
        if other.rule != _PRECISE_RULE:
            break  # ranked: no more date lines of the same score
        assert other.stamp is not None
        if other.stamp.has_time and not same_moment(other.stamp, best.stamp):
            return other
    return best


# The rule among whose ties a printed time decides (see :func:`_precise_date_line`).
_PRECISE_RULE = "date line"


def _log_rejected(field: str, pool: Sequence[Candidate], chosen: str | None, rule: str) -> None:
    """Log every candidate that was not chosen, at DEBUG (the CLI's ``-v`` shows them)."""
    if not log.isEnabledFor(logging.DEBUG):
        return
    for cand in pool:
        value = cand.stamp.text if cand.stamp is not None else cand.text
        if value != chosen:
            log.debug(
                "%s: %r (%s, score %d) rejected; %r (%s) chosen",
                field, value, cand.rule, cand.score, chosen, rule,
            )  # fmt: skip


def _describe(cand: Candidate) -> str:
    if cand.label:
        return f"after {cand.label!r}" if not cand.machine else cand.label
    return cand.rule


def resolve_number(cands: Sequence[Candidate], warn: Warn) -> Choice | None:
    """Choose the article ID: the strongest candidate; a different strong one is reported."""
    pool = [c for c in _ranked(cands) if c.score >= CHROME and c.text]
    if not pool:
        return None
    best = pool[0]
    for other in pool[1:]:
        if other.score >= CONFLICT and other.text != best.text and not other.machine:
            warn(
                "number-conflict",
                f"two article IDs: {best.text!r} after {best.label!r} is used, {other.text!r} "
                f"after {other.label!r} is not",
                other.span,
            )
            break
    _log_rejected("number", pool, best.text, best.rule)
    return Choice(best.rule, text=best.text, span=best.span)


MACHINE_TITLE_WORDS = 3
"""A machine title shorter than this is a name (a blog's, a section's), not a headline."""

# Text fields: whether a machine value (meta keywords, JSON-LD) comes before the visible one.
_MACHINE_FIRST = {"tags": True, "category": False, "author": False}


POST_TITLE = "post title"
"""The rule of an HTML page's one post-title heading linking to the page itself (a blog's
post under its name's ``<h1>``): the post's own title; the text's line that prints it is
the title (``_title._choose_title``; fix236)."""


def resolve_title(
    visible: str | None, visible_rule: str, machine: Sequence[tuple[str, str]]
) -> tuple[str | None, str, bool]:
    """Choose the title: ``(text, rule, visible)``.

    The visible headline wins when a machine source names it (rule ``headline (h1)``).
    Otherwise the first machine title from a headline source (``h1``, ``json-ld
    headline``, ``og:title``) with at least :data:`MACHINE_TITLE_WORDS` words wins over
    the visible pick; ``<title>`` (minus the site name) only fills a gap, and not with a
    text shorter than :data:`MACHINE_TITLE_WORDS` words (a site's name): then no title.
    """
    if visible_rule == "headline (h1)" or not machine:
        return visible, visible_rule, True
    text, rule = machine[0]
    if rule == "archive title":
        return text, rule, False  # the page names itself a list («بایگانی‌های NAME - SITE»)
    if visible is None and rule == "title tag" and len(text.split()) < MACHINE_TITLE_WORDS:
        # The page prints no headline and its <title> is a name's length («تجارت آنلاین»):
        # the site's name, not the article's; no title rather than the site's name.
        return None, "", False
    if visible is None or (rule != "title tag" and len(text.split()) >= MACHINE_TITLE_WORDS):
        return text, rule, False
    return visible, visible_rule, True


def resolve_text(
    field: str, visible: str | tuple[str, ...] | None, machine: Sequence[str | tuple[str, ...]]
) -> str | tuple[str, ...] | None:
    """Choose a text field: visible first (category, author) or machine first (tags)."""
    ordered = [*machine, visible] if _MACHINE_FIRST.get(field, False) else [visible, *machine]
    for value in ordered:
        if value:
            return value
    return visible
