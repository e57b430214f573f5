"""Per-field figures on a range of tests/pages: right, wrong with a warning, wrong silently, missing.

The held-out batches of tests/pages (300-347 and 350-371 by the page helpers, 400-454 written
by someone who never ran the library) were measured with this view before any fix was made
for them; docs/evaluation.md gives those first figures and today's. Run from the repository
root::

    python benchmarks/held_out.py 400 454          # pages numbered 400 to 454
    python benchmarks/held_out.py 300 371 --list   # also one line per page that is not right

A page is parsed with its address (the first http(s) token of its golden's "source"),
text and HTML alike, as tests/test_pages.py does; ``--text-alone`` parses it without (an
HTML page then has only its own canonical / og:url). A value is "wrong with a warning" when the record has a warning that says so: for
the title the ``title-uncertain`` warning, for the other fields any warning (the rule of
tests/test_pages.py). The last line counts the false alarms: right titles that carry
``title-uncertain`` anyway.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import jalali_meta as jm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PAGES = ROOT / "tests" / "pages"
FIELDS = ("title", "number", "published", "updated")
_URL = re.compile(r"https?://\S+")


def parse(path: Path, golden: dict[str, Any], text_alone: bool) -> jm.Article:
    """The page parsed as tests/test_pages.py parses it (with its address, HTML too)."""
    found = None if text_alone else _URL.search(golden["source"])
    url = found.group(0) if found else None
    if path.suffix == ".html":
        return jm.parse_html(path.read_bytes(), url=url)
    return jm.parse_article(path.read_text(encoding="utf-8"), url=url)


def verdict(name: str, got: str | None, want: str | None, codes: set[str]) -> str:
    """right, warned (wrong with a warning that says so), silent (wrong without) or missing."""
    if got == want:
        return "right"
    if got is None:
        return "missing"
    warned = "title-uncertain" in codes if name == "title" else bool(codes)
    return "warned" if warned else "silent"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=int, help="first page number")
    parser.add_argument("last", type=int, help="last page number")
    parser.add_argument("--text-alone", action="store_true", help="parse texts without a URL")
    parser.add_argument("--list", action="store_true", help="one line per page not right")
    args = parser.parse_args(argv)
    from tests.checks import page_expected, page_view  # the view tests/test_pages.py compares

    tally = {name: Counter[str]() for name in FIELDS}
    pages = whole = named = doubted = 0
    for path in sorted(PAGES.iterdir()):
        number = path.name.split("_", 1)[0]
        if path.suffix not in (".txt", ".html") or not number.isdigit():
            continue
        if not args.first <= int(number) <= args.last:
            continue
        golden = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        article = parse(path, golden, args.text_alone)
        want = page_expected(golden["expected"])
        got = page_view(article)
        codes = {notice.code for notice in article.warnings}
        verdicts = {name: verdict(name, got[name], want[name], codes) for name in FIELDS}
        for name, value in verdicts.items():
            tally[name][value] += 1
        if want["title"] is not None and got["title"] == want["title"]:
            named += 1  # a right title: does the title-uncertain warning cry wolf on it?
            doubted += "title-uncertain" in codes
        pages += 1
        whole += all(value == "right" for value in verdicts.values())
        if args.list and any(value != "right" for value in verdicts.values()):
            bad = {name: (v, got[name]) for name, v in verdicts.items() if v != "right"}
            print(f"{path.stem[:60]}: {bad}")
    print(f"pages {pages}, every field right on {whole}")
    print("| field | right | wrong, warned | wrong, silently | missing |")
    print("| --- | --- | --- | --- | --- |")
    for name in FIELDS:
        c = tally[name]
        print(f"| {name} | {c['right']} | {c['warned']} | {c['silent']} | {c['missing']} |")
    print(f"title-uncertain on {doubted} of the {named} right (non-null) titles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
