"""Write tests/pages_markdown/: every HTML page of tests/pages turned into Markdown.

(The suffix is ``.markdown``: pytest runs every ``*.md`` file under tests/ as a doctest.)

Scrapers store pages as Markdown (html2text, reader services); tests/test_markdown.py parses
these with ``parse_article`` and checks them against the HTML pages' goldens. The files are
generated, never edited by hand: run from the repository root, with html2text installed
(not a dependency of the library)::

    pip install html2text==2025.4.15
    python benchmarks/markdown_pages.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import html2text

import jalali_meta as jm

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "pages"
OUT = ROOT / "tests" / "pages_markdown"


def main() -> int:
    OUT.mkdir(exist_ok=True)
    written = 0
    for path in sorted(PAGES.glob("*.html")):
        converter = html2text.HTML2Text(bodywidth=0)  # one line per paragraph
        markdown = converter.handle(jm.decode_html(path.read_bytes())[0])
        (OUT / f"{path.stem}.markdown").write_text(markdown, encoding="utf-8")
        written += 1
    version = ".".join(map(str, html2text.__version__))
    print(f"{written} pages -> {OUT.relative_to(ROOT)} (html2text {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
