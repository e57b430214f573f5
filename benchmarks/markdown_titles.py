"""The Markdown twins (tests/pages_markdown, html2text of each HTML page) whose title, read
with no address, is not the golden one: one line each (the page, the title given, the golden
title, whether it is warned), then the count against tests/test_markdown.py's 10% bar.

    PYTHONPATH=src python benchmarks/markdown_titles.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import tests.test_markdown as markdown
from tests.checks import page_view

import jalali_meta as jm


def main() -> None:
    wrong = 0
    for path in markdown.MARKDOWN:
        article = jm.parse_article(path.read_text(encoding="utf-8"))
        golden = markdown._golden(path)["title"]
        title = page_view(article)["title"]
        if title != golden:
            wrong += 1
            warned = any(w.code == "title-uncertain" for w in article.warnings)
            print(
                f"{path.stem[:60]} | {title!r:.60} | golden {golden!r:.60} | {'warned' if warned else ''}"
            )
    print(f"{wrong} of {len(markdown.MARKDOWN)} wrong (bar {0.10 * len(markdown.MARKDOWN):.1f})")


if __name__ == "__main__":
    main()
