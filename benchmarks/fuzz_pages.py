"""Crash fuzzing on real page structure: tests/pages' texts and HTML pages, cut short at random
and mutated, through every entry point; any exception other than the library's own is a defect.

Run from the repository root (not part of the test suite; each distinct crash, by exception
class and raising line, is written to ``--out`` with its input):

    python -m pip install -e ".[html]"
    python benchmarks/fuzz_pages.py --seed 7 --seconds 600

Inputs: a page text cut at a random point (up to 3,000 characters plus 800), an HTML page cut
at a random byte, or one line of a page; then 1-12 edits: insertions of digits of three
systems, separators, invisible marks and bidi controls, labels, month names, impossible
dates and clocks, zone offsets, HTML openers and closers, a lone surrogate, a NUL; deletions;
another page's line spliced in; truncation. Each text goes through ``parse_article``
(lenient, then strict: only ``JalaliMetaError`` may be raised), each HTML page through
``parse_html``, each line through ``find_dates`` and ``parse_datetime``.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import time
import traceback
import warnings
from pathlib import Path

import jalali_meta as jm

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "pages"
POOL = [
    *"۰۱۲۳۴۵۶۷۸۹0123456789٠١٢٣٤٥٦٧٨٩/:-.،,|()[]«»",
    *"\u200c\u200f\u200e\u202b\u202c\xa0\t\r\u2028\u0640",
    *("ساعت", "کد خبر:", "تاریخ انتشار:", "بهمن", "اسفند", "حمل", "امروز", "ق.ظ", "ب.ظ", "PM"),
    *("1402/12/30", "۱۴۰۳/۱۲/۳۰", "24:00", "۲۵:۶۱", "+03:30", "\ud800", "\x00", "𝟙𝟚"),
    *("<", ">", "&amp;", "<!--", "]]>", "<script>", "</title>", "</body>"),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--out", type=Path, default=Path("fuzz-crashes"))
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    texts = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))]
    htmls = [p.read_bytes().decode("utf-8", "replace") for p in sorted(PAGES.glob("*.html"))]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    rng = random.Random(args.seed)

    def mutate(text: str) -> str:
        chars = list(text)
        for _ in range(rng.randint(1, 12)):
            op, at = rng.random(), rng.randint(0, len(chars))
            if op < 0.5:
                chars[at:at] = list(rng.choice(POOL))
            elif op < 0.7:
                del chars[at : at + rng.randint(1, 5)]
            elif op < 0.85:
                chars[at:at] = list("\n" + rng.choice(lines) + "\n")
            else:
                chars = chars[: rng.randint(0, len(chars))]
        return "".join(chars)

    end = time.monotonic() + args.seconds
    count, seen = 0, set()
    while time.monotonic() < end:
        count += 1
        kind, given = rng.random(), ""
        try:
            if kind < 0.55:
                page = rng.choice(texts)
                given = mutate(page[: rng.randint(0, min(len(page), 3000)) + 800])
                jm.parse_article(given)
                try:
                    jm.parse_article(given, strict=True)
                except jm.JalaliMetaError as error:
                    str(error)
            elif kind < 0.8:
                page = rng.choice(htmls)
                given = mutate(page[: rng.randint(0, len(page)) + 4000])
                jm.parse_html(given.encode("utf-8", "surrogatepass"))
            else:
                given = mutate(rng.choice(lines))
                jm.find_dates(given)
                with contextlib.suppress(jm.JalaliMetaError):
                    jm.parse_datetime(given)
        except Exception as error:  # any other exception is the finding
            where = traceback.extract_tb(error.__traceback__)[-1]
            key = (type(error).__name__, where.filename, where.lineno)
            if key not in seen:
                seen.add(key)
                args.out.mkdir(exist_ok=True)
                report = f"{given!r}\n\n{traceback.format_exc()}"
                (args.out / f"crash_{len(seen)}.txt").write_text(report, errors="replace")
                print("crash:", *key, flush=True)
    print(f"{count} inputs, {len(seen)} distinct crashes")
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main())
