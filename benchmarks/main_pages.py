"""The printer the mutation rounds' «pages main gets wrong» scripts share
(benchmarks/mut50_main_pages.py ... mut55_main_pages.py): each page's name, then its record's
title, published date, hour, number and warning codes on one line."""

from __future__ import annotations

from collections.abc import Iterable

import jalali_meta as jm


def print_records(pages: Iterable[tuple[str, jm.Article]]) -> None:
    """Print each ``(name, article)`` pair as the rounds' docs quote it."""
    for name, article in pages:
        published = article.published.jalali_date if article.published else None
        hour = getattr(article.published.gregorian, "hour", None) if article.published else None
        codes = sorted({warning.code for warning in article.warnings})
        print(
            f"{name}\n    title={article.title!r} published={published} hour={hour} "
            f"number={article.number!r} {codes}"
        )
