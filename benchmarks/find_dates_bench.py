"""find_dates against parstdex and dateparser's search_dates on tests/data/paragraphs.json.

Run from the repository root:

    python -m pip install -e . dateparser parstdex
    python benchmarks/find_dates_bench.py

Scoring, per paragraph, against the expected dates:

* a found mention is a true positive when its value is expected (by day);
  parstdex gives spans and no values, so its spans are scored by count
  (a span in a paragraph that expects none is a false positive);
* precision = TP / (TP + FP), recall = TP / expected.

Times are the mean per paragraph over several passes, all tools in this one run.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROWS = json.loads((ROOT / "tests" / "data" / "paragraphs.json").read_text(encoding="utf-8"))


def jalali_meta_days(text: str) -> list[str] | int:
    import jalali_meta as jm

    return [ts.isoformat()[:10] for ts in jm.find_dates(text)]


def dateparser_days(text: str) -> list[str] | int:
    from dateparser.search import search_dates

    return [value.date().isoformat() for _, value in search_dates(text, languages=["fa"]) or []]


_PARSTDEX = None


def parstdex_count(text: str) -> list[str] | int:
    global _PARSTDEX  # noqa: PLW0603 - built once; the model takes about a second to load
    if _PARSTDEX is None:
        from parstdex import Parstdex

        _PARSTDEX = Parstdex()
    return len(_PARSTDEX.extract_span(text).get("date", []))


def score(run: Callable[[str], list[str] | int], passes: int) -> tuple[int, int, int, float]:
    tp = fp = 0
    expected_total = 0
    for row in ROWS:
        expected = [day[:10] for day in row["expected"]]
        expected_total += len(expected)
        found = run(row["text"])
        if isinstance(found, int):  # spans only: score by count
            tp += min(found, len(expected))
            fp += max(0, found - len(expected))
            continue
        remaining = list(expected)
        for day in found:
            if day in remaining:
                remaining.remove(day)
                tp += 1
            else:
                fp += 1
    start = time.perf_counter()
    for _ in range(passes):
        for row in ROWS:
            run(row["text"])
    per_paragraph = (time.perf_counter() - start) / (passes * len(ROWS)) * 1e6
    return tp, fp, expected_total, per_paragraph


def main() -> int:
    tools: list[tuple[str, Callable[[str], list[str] | int], int]] = [
        ("jalali-meta find_dates", jalali_meta_days, 200),
        ("dateparser search_dates (fa)", dateparser_days, 3),
        ("parstdex extract_span (spans only)", parstdex_count, 3),
    ]
    print(f"{len(ROWS)} paragraphs, {sum(len(r['expected']) for r in ROWS)} expected dates.\n")
    print("| tool | true pos. | false pos. | precision | recall | µs / paragraph |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, run, passes in tools:
        run(ROWS[0]["text"])  # warm up: imports and model loading are not per-paragraph costs
        tp, fp, total, micros = score(run, passes)
        precision = tp / (tp + fp) if tp + fp else 1.0
        print(f"| {name} | {tp} | {fp} | {precision:.2f} | {tp / total:.2f} | {micros:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
