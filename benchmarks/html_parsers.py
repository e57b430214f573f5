"""Choose the HTML parser for the [html] extra: selectolax (Lexbor) against lxml.

Run from the repository root:

    python -m pip install selectolax lxml
    python benchmarks/html_parsers.py

Measures, on tests/corpus/html, the work parse_html asks of a parser: build the
tree, read every <meta>, find <h1>, and take the body's text; and the size of
each installed package.
"""

from __future__ import annotations

import importlib.util
import sys
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    p.read_bytes().decode("utf-8", "replace")
    for p in sorted((ROOT / "tests" / "corpus" / "html").glob("*.html"))
]


def with_selectolax() -> None:
    from selectolax.lexbor import LexborHTMLParser

    for page in PAGES:
        tree = LexborHTMLParser(page)
        _ = [n.attributes for n in tree.css("meta")]
        _ = tree.css_first("h1")
        _ = tree.body.text(separator="\n") if tree.body else ""


def with_lxml() -> None:
    import lxml.html

    for page in PAGES:
        tree = lxml.html.document_fromstring(page)
        _ = [dict(n.attrib) for n in tree.iter("meta")]
        _ = next(tree.iter("h1"), None)
        body = tree.find("body")
        _ = body.text_content() if body is not None else ""


def size_mb(package: str) -> float:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.submodule_search_locations is None:
        return float("nan")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def main() -> int:
    print(f"{len(PAGES)} pages\n")
    print("| parser | µs / page | installed size (MB) |")
    print("| --- | --- | --- |")
    for name, func, package in (
        ("selectolax (Lexbor)", with_selectolax, "selectolax"),
        ("lxml", with_lxml, "lxml"),
    ):
        func()
        best = min(timeit.repeat(func, number=50, repeat=5)) / 50 / len(PAGES) * 1e6
        print(f"| {name} | {best:,.0f} | {size_mb(package):.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
