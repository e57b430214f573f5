"""Per-field accuracy and time per page on tests/corpus/html: jalali-meta, htmldate, trafilatura.

Run from the repository root:

    python -m pip install -e ".[html]" htmldate trafilatura
    python benchmarks/evaluate_html.py

Dates are compared by Tehran day (htmldate and trafilatura return days only).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "corpus" / "html").glob("*.html"))
Result = dict[str, str | None]


def jalali_meta(data: bytes) -> Result:
    import jalali_meta as jm

    art = jm.parse_html(data)
    return {
        "title": art.title,
        "published": art.published.isoformat()[:10] if art.published else None,
        "updated": art.updated.isoformat()[:10] if art.updated else None,
    }


def htmldate(data: bytes) -> Result:
    from htmldate import find_date

    return {
        "title": None,
        "published": find_date(data, original_date=True),
        "updated": find_date(data, original_date=False),
    }


def trafilatura(data: bytes) -> Result:
    from trafilatura import extract_metadata

    meta = extract_metadata(data.decode("utf-8", "replace"))
    return {
        "title": meta.title if meta else None,
        "published": meta.date if meta else None,
        "updated": None,
    }


def main() -> int:
    rows = [
        (p.read_bytes(), json.loads(p.with_suffix(".json").read_text(encoding="utf-8")))
        for p in PAGES
    ]
    tools: list[tuple[str, Callable[[bytes], Result]]] = [
        ("jalali-meta parse_html", jalali_meta),
        ("htmldate find_date (original / updated)", htmldate),
        ("trafilatura extract_metadata", trafilatura),
    ]
    print(f"{len(rows)} pages. Cells: right / wrong (the rest are missing); dates by day.\n")
    print("| tool | title | published | updated | ms / page |")
    print("| --- | --- | --- | --- | --- |")
    for name, run in tools:
        tally = {"title": [0, 0], "published": [0, 0], "updated": [0, 0]}
        run(rows[0][0])  # warm up imports
        start = time.perf_counter()
        for data, expected in rows:
            got = run(data)
            for field, counts in tally.items():
                want = (
                    expected[field][:10]
                    if field != "title" and expected[field]
                    else expected[field]
                )
                have = got[field]
                if have == want:
                    counts[0] += 1
                elif have is not None:
                    counts[1] += 1
        ms = (time.perf_counter() - start) / len(rows) * 1000
        cells = [f"{v[0]}/{len(rows)} right, {v[1]} wrong" for v in tally.values()]
        if name.startswith("htmldate"):
            cells[0] = "n/a"
        if name.startswith("trafilatura"):
            cells[2] = "n/a"
        print(f"| {name} | {' | '.join(cells)} | {ms:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
