"""speed61: a warning's line and column on a page with many warnings.

A Blog.ir month archive's footer printed on every line («۳ نظر ۱۱ شهریور ۹۴ ، ۰۹:۲۵»,
tests/test_fix309.py's shape) draws a warning a line; each warning's line and column were
counted from the text's start, quadratic in all. Past the first warnings they are now found
by a bisect on the text's line ends: the same line and column, every one of them.
The sentences are ours.
"""

from __future__ import annotations

import jalali_meta as jm


def _footer_page(lines: int) -> str:
    footers = "\n\n".join(f"۳ نظر {1 + i % 28} شهریور ۹۴ ، ۰۹:۲۵" for i in range(lines))
    return (
        "دهیاری روستای نمونه\n\nطبقه بندی موضوعی\n\n"
        "۱ مطلب در شهریور ۱۳۹۴ ثبت شده است\n\n"
        "کانال آب کشاورزی روستا بتن‌ریزی شد و آب به زمین‌های پایین‌دست رسید.\n\n"
        f"{footers}\n"
    )


def _line_and_column(doc: str, offset: int) -> tuple[int, int]:
    line_start = doc.rfind("\n", 0, offset) + 1
    return doc.count("\n", 0, offset) + 1, offset - line_start + 1


def test_many_warnings_keep_their_lines_and_columns() -> None:
    doc = _footer_page(120)
    article = jm.parse_article(doc)
    placed = [notice for notice in article.warnings if notice.span is not None]
    assert len(placed) > 64  # past the warnings counted from the start
    lines = set()
    for notice in placed:
        assert notice.span is not None
        assert (notice.line, notice.column) == _line_and_column(doc, notice.span[0])
        lines.add(notice.line)
    assert max(lines) > 200  # the footers' lines, blank lines between them counted
