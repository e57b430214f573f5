"""Accuracy on tests/pages (real page structure): jalali-meta beside other tools.

Run from the repository root (the other tools are not dependencies of jalali-meta):

    python -m pip install -e ".[html]" trafilatura htmldate newspaper4k dateparser
    python benchmarks/evaluate_pages.py

Every page is parsed with its address (``url=``, the first http(s) token of the golden's
«source»), as a scraper that fetched it would, by jalali-meta and by every other tool that
takes one (htmldate ``url=``, trafilatura ``default_url=``, newspaper4k's article URL);
the row "text alone (no URL)" shows jalali-meta's figure on the texts without it.

Every page has a golden record checked by hand (title, number, published and updated).
A cell is "right / wrong / missing" over the pages: right when the value equals the
golden one (both empty counts as right: the tool said nothing where the page prints
nothing), wrong when a value is given and differs (a golden value of null included),
missing when the golden has a value and the tool gives none. jalali-meta's dates are
compared to the minute with the UTC offset; the other tools return days (htmldate,
trafilatura) or datetimes without a reliable offset, so a "by day" row compares the
Gregorian day only, for every tool alike. Titles are compared with white space folded.
"""

from __future__ import annotations

import json
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PAGES = sorted(p for p in (ROOT / "tests" / "pages").iterdir() if p.suffix in (".txt", ".html"))
FIELDS = ("title", "number", "published", "updated")
Result = dict[str, Any]


def _golden(path: Path) -> Result:
    from tests.checks import page_expected

    return page_expected(
        json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
    )


def jalali_meta(path: Path) -> Result:
    from tests.checks import page_view

    import jalali_meta as jm

    if path.suffix == ".html":
        return page_view(jm.parse_html(path.read_bytes(), url=_source_url(path)))
    return page_view(jm.parse_article(path.read_text(encoding="utf-8"), url=_source_url(path)))


def jalali_meta_no_url(path: Path) -> Result:
    """jalali-meta on the text alone, without the page's address (for comparison)."""
    from tests.checks import page_view

    import jalali_meta as jm

    return page_view(jm.parse_article(path.read_text(encoding="utf-8")))


def _source_url(path: Path) -> str | None:
    """The page's address, as a scraper knows it: the first http(s) token of «source»."""
    source = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["source"]
    found = re.search(r"https?://\S+", source)
    return found.group(0) if found else None


def _day(value: Any) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text[:10]


def htmldate(path: Path) -> Result:
    from htmldate import find_date

    data = path.read_bytes()
    return {
        "title": None,
        "number": None,
        "published": find_date(data, original_date=True, url=_source_url(path)),
        "updated": find_date(data, original_date=False, url=_source_url(path)),
    }


def trafilatura(path: Path) -> Result:
    from trafilatura import extract_metadata

    meta = extract_metadata(
        path.read_bytes().decode("utf-8", "replace"), default_url=_source_url(path)
    )
    return {
        "title": meta.title if meta else None,
        "number": None,
        "published": meta.date if meta else None,
        "updated": None,
    }


def newspaper4k(path: Path) -> Result:
    import newspaper

    article = newspaper.Article(_source_url(path) or "https://example.invalid/", language="fa")
    article.download(input_html=path.read_bytes().decode("utf-8", "replace"))
    article.parse()
    return {
        "title": article.title or None,
        "number": None,
        "published": article.publish_date,
        "updated": None,
    }


def dateparser_search(path: Path) -> Result:
    from dateparser.search import search_dates

    found = search_dates(path.read_text(encoding="utf-8")[:4000], languages=["fa"])
    return {
        "title": None,
        "number": None,
        "published": found[0][1] if found else None,
        "updated": None,
    }


def _score(
    tool: Callable[[Path], Result], pages: list[Path], by_day: bool
) -> tuple[dict[str, list[int]], float]:
    counts = {name: [0, 0, 0] for name in FIELDS}  # right, wrong, missing
    start = time.perf_counter()
    for path in pages:
        golden = _golden(path)
        try:
            got = tool(path)
        except Exception:
            got = dict.fromkeys(FIELDS)
        for name in FIELDS:
            want, have = golden[name], got[name]
            if name in ("published", "updated") and (
                by_day or tool not in (jalali_meta, jalali_meta_no_url)
            ):
                want, have = _day(want), _day(have)
            elif name == "title" and have is not None:
                have = " ".join(str(have).split())
            if have == want:
                counts[name][0] += 1
            elif have is None:
                counts[name][2] += 1
            else:
                counts[name][1] += 1
    return counts, (time.perf_counter() - start) / max(1, len(pages)) * 1000


def _row(
    name: str, counts: dict[str, list[int]], ms: float, total: int, fields: tuple[str, ...]
) -> str:
    cells = []
    for field in FIELDS:
        if field not in fields:
            cells.append("n/a")
            continue
        right, wrong, missing = counts[field]
        cells.append(f"{right}/{total} right, {wrong} wrong, {missing} missing")
    return f"| {name} | " + " | ".join(cells) + f" | {ms:.1f} |"


def main() -> int:
    warnings.simplefilter("ignore")
    texts = [p for p in PAGES if p.suffix == ".txt"]
    htmls = [p for p in PAGES if p.suffix == ".html"]
    header = "| tool | title | number | published | updated | ms / page |\n| --- | --- | --- | --- | --- | --- |"
    all_fields = FIELDS
    dates = ("published", "updated")
    print(f"## Page texts ({len(texts)})\n")
    print(header)
    for name, tool, by_day, fields in (
        ("jalali-meta", jalali_meta, False, all_fields),
        ("jalali-meta (by day)", jalali_meta, True, dates),
        ("jalali-meta, text alone (no URL)", jalali_meta_no_url, False, all_fields),
        ("dateparser search_dates (by day)", dateparser_search, True, ("published",)),
    ):
        counts, ms = _score(tool, texts, by_day)
        print(_row(name, counts, ms, len(texts), fields))
    print(f"\n## HTML pages ({len(htmls)})\n")
    print(header)
    for name, tool, by_day, fields in (
        ("jalali-meta", jalali_meta, False, all_fields),
        ("jalali-meta (by day)", jalali_meta, True, dates),
        ("htmldate (by day)", htmldate, True, dates),
        ("trafilatura (by day)", trafilatura, True, ("title", "published")),
        ("newspaper4k (by day)", newspaper4k, True, ("title", "published")),
    ):
        counts, ms = _score(tool, htmls, by_day)
        print(_row(name, counts, ms, len(htmls), fields))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
