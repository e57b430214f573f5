"""fix182: the thirty-eighth mutation round's inputs wrong on main (docs/reliability.md «The
thirty-eighth round: fix172-fix175 under mutation», mutants 57, 40 and 4 of
benchmarks/hand_mutants_38.py).

The positives fail on main 8bc21866; the ``-neg`` near misses keep main's reading. The
sentences are written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


_DAY = "۲۰ آذر ۱۴۰۲"

# -- 1. the item's labels line (code, views, a bare date or none) under the headline ----------
_BRIDGE_HEAD = "پل عابر پیاده میدان شهدا به بهره برداری رسید"
_BRIDGE_LEAD = (
    "پل عابر پیاده میدان شهدا با حضور شهردار و اعضای شورای شهر به بهره برداری رسید و عبور "
    "دانش آموزان از این میدان ایمن شد."
)
_BRIDGE_MOTTO = "شهر ایمن برای همه"


def _bridge(labels_line: str) -> str:
    return (
        f"{_BRIDGE_HEAD}\n{labels_line}\n{_BRIDGE_LEAD}\n{_BRIDGE_MOTTO}\n"
        "رئیس پلیس راهور شهر هم این شعار را در پایان سخنانش به یاد حاضران آورد.\n"
        f"{_BRIDGE_MOTTO}\nپل دوم میدان تا پایان سال آینده ساخته می‌شود.\n"
    )


def test_code_and_views_line_with_bare_date_is_a_header_line() -> None:
    """Mutant 57's page: HEADLINE / «کد خبر: ... | بازدید: ... | DATE» (the date bare) / lead
    / a motto printed twice round a sentence: the header block holds, the headline is the
    title and the day is read."""
    for labels_line in (
        f"کد خبر: ۴۵۶۷۱ | بازدید: ۱۲۰ | {_DAY}",
        f"کد خبر: ۴۵۶۷۱ | {_DAY}",
        f"بازدید: ۱۲۰ | {_DAY} - ۰۹:۳۰",
    ):
        article = jm.parse_article(_bridge(labels_line))
        assert article.title == _BRIDGE_HEAD, labels_line
        assert article.published is not None
        assert article.published.gregorian.isoformat().startswith("2023-12-11")


def test_code_and_views_line_with_no_date_is_a_header_line() -> None:
    """The same labels line with no date: still the item's header, the headline the title."""
    for labels_line in ("کد خبر: ۴۵۶۷۱ | بازدید: ۱۲۰", "کد خبر: ۴۵۶۷۱"):
        assert jm.parse_article(_bridge(labels_line)).title == _BRIDGE_HEAD, labels_line


def test_labels_line_with_a_source_or_author_alone_neg() -> None:
    """A labels line holding a source beside the code, or an author alone (a byline), is no
    line of the item's header: main's reading stays (the motto, as before)."""
    for labels_line in ("کد خبر: ۴۵۶۷۱ | منبع: ایرنا", "نویسنده: مریم صادقی"):
        assert jm.parse_article(_bridge(labels_line)).title == _BRIDGE_MOTTO, labels_line
