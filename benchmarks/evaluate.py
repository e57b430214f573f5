"""Per-field accuracy on tests/corpus for jalali-meta, dateparser and jdatetime.strptime.

Run from the repository root:

    python -m pip install -e . dateparser
    python benchmarks/evaluate.py

Every tool reads the same article texts. A value counts as right when it
equals the golden file's; "wrong" counts values that are present but not right
(the silently wrong ones: a missing value is not wrong, only missing).

* jalali-meta: ``parse_article`` (number, published, updated).
* dateparser 1.x: ``search_dates(text, languages=["fa"])``; its first date is
  taken as the publication date and compared by day (it has no article fields).
* jdatetime: ``jdatetime.datetime.strptime`` with the one format that does best
  on this corpus, tried on every line (digits made ASCII, as a user would).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"

Result = dict[str, str | None]


def _golden() -> list[tuple[str, str, Result]]:
    rows = []
    for path in sorted(CORPUS.glob("*.txt")):
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        rows.append((path.stem, path.read_text(encoding="utf-8"), expected))
    return rows


def run_jalali_meta(text: str) -> Result:
    import jalali_meta as jm

    article = jm.parse_article(text)
    return {
        "number": article.number,
        "published": article.published.isoformat() if article.published else None,
        "updated": article.updated.isoformat() if article.updated else None,
    }


def run_dateparser(text: str) -> Result:
    from dateparser.search import search_dates

    found = search_dates(text, languages=["fa"]) or []
    first = found[0][1].date().isoformat() if found else None
    return {"number": None, "published": first, "updated": None}


_STRPTIME_FORMATS = [
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%d %B %Y - %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%Y-%m-%d",
]


def _strptime_runner(fmt: str) -> Callable[[str], Result]:
    import jdatetime

    from jalali_meta.testing import to_ascii_digits

    def run(text: str) -> Result:
        for line in text.splitlines():
            candidate = to_ascii_digits(line).strip()
            try:
                value = jdatetime.datetime.strptime(candidate, fmt)
            except ValueError:
                continue
            greg = value.togregorian()
            iso = greg.date().isoformat() if "%H" not in fmt else greg.isoformat()
            return {"number": None, "published": iso, "updated": None}
        return {"number": None, "published": None, "updated": None}

    return run


def _day(value: str | None) -> str | None:
    return None if value is None else value[:10]


def score(
    runner: Callable[[str], Result], rows: list[tuple[str, str, Result]], by_day: bool
) -> tuple[dict[str, tuple[int, int]], float]:
    """Return per field (right, wrong) and the mean time per article in milliseconds."""
    tally = {field: [0, 0] for field in ("number", "published", "updated")}
    runner(rows[0][1])  # warm up: imports and the first compile of patterns are not per-article
    start = time.perf_counter()
    for _, text, expected in rows:
        got = runner(text)
        for field, counts in tally.items():
            want, have = expected[field], got[field]
            if by_day and field != "number":
                want, have = _day(want), _day(have)
            if have == want:
                counts[0] += 1
            elif have is not None:
                counts[1] += 1
    elapsed = (time.perf_counter() - start) / len(rows) * 1000
    return {k: (v[0], v[1]) for k, v in tally.items()}, elapsed


def main() -> int:
    rows = _golden()
    total = len(rows)
    best_fmt = max(
        _STRPTIME_FORMATS,
        key=lambda fmt: score(_strptime_runner(fmt), rows, by_day=True)[0]["published"][0],
    )
    tools: list[tuple[str, Callable[[str], Result], bool]] = [
        ("jalali-meta", run_jalali_meta, False),
        ("jalali-meta (by day)", run_jalali_meta, True),
        ("dateparser search_dates (by day)", run_dateparser, True),
        (f"jdatetime strptime {best_fmt!r} (by day)", _strptime_runner(best_fmt), True),
    ]
    print(
        f"Corpus: {total} articles in tests/corpus. Cells: right / wrong (the rest are missing).\n"
    )
    print("| tool | number | published | updated | ms / article |")
    print("| --- | --- | --- | --- | --- |")
    for name, runner, by_day in tools:
        tally, ms = score(runner, rows, by_day)
        cells = [f"{tally[f][0]}/{total} right, {tally[f][1]} wrong" for f in tally]
        if not name.startswith("jalali-meta"):
            cells[0] = "n/a"
            cells[2] = "n/a"
        print(f"| {name} | {' | '.join(cells)} | {ms:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
