"""Instruction counts per call under valgrind (callgrind): a timing-noise-free comparison.

Run from the repository root (needs valgrind; about five minutes):

    python -m pip install -e . jdatetime
    python benchmarks/instructions.py            # add --dates to skip the HTML pages
    python benchmarks/instructions.py --parse-datetime   # only the floor and parse_datetime
    python benchmarks/instructions.py --pages    # the floor and each tests/pages/ text (median)

Each figure is (instructions for 1 + N calls - instructions for 1 call) / N, so
interpreter start-up and imports cancel out. Wall-clock figures are in
benchmarks/run.py; on a shared machine these counts are the steadier measure.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_93f79026dfa18f1a.txt"

CASES = {
    "jdatetime strptime, format given (floor)": (
        "import jdatetime\nf = lambda: jdatetime.datetime.strptime('1402/06/28 16:42', '%Y/%m/%d %H:%M')",
        1000,
    ),
    "parse_datetime('1402/06/28 16:42')": (
        "import jalali_meta as jm\nf = lambda: jm.parse_datetime('1402/06/28 16:42')",
        1000,
    ),
    "parse_datetime(seed header line)": (
        "import jalali_meta as jm\nf = lambda: jm.parse_datetime('سه شنبه 1402/06/28 ساعت 16:42')",
        1000,
    ),
    "parse_article(seed)": (
        f"import jalali_meta as jm\nt = open({str(SEED)!r}, encoding='utf-8').read()\nf = lambda: jm.parse_article(t)",
        100,
    ),
    # The header classifier remembers short lines without digits (labels, page chrome), which
    # repeat on every page of a site; clearing that memo shows the cost of a site's first page.
    "parse_article(seed), first page of a site": (
        "import jalali_meta as jm\nfrom jalali_meta.testing import clear_caches\n"
        f"t = open({str(SEED)!r}, encoding='utf-8').read()\n"
        "f = lambda: (clear_caches(), jm.parse_article(t))",
        100,
    ),
}


PAGES = f"from pathlib import Path\npages = [p.read_bytes() for p in sorted(Path({str(ROOT / 'tests' / 'corpus' / 'html')!r}).glob('*.html'))]"
HTML_CASES = {
    "jalali-meta parse_html": (
        f"import jalali_meta as jm\n{PAGES}\nf = lambda: [jm.parse_html(p) for p in pages]",
        5,
    ),
    "htmldate find_date": (
        f"from htmldate import find_date\n{PAGES}\nf = lambda: [find_date(p) for p in pages]",
        5,
    ),
    "trafilatura extract_metadata": (
        f"from trafilatura import extract_metadata\n{PAGES}\nf = lambda: [extract_metadata(p.decode('utf-8', 'replace')) for p in pages]",
        5,
    ),
}


def _count(setup: str, calls: int) -> int:
    code = f"{setup}\nf()\nfor _ in range({calls}):\n    f()\n"
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "case.py"
        script.write_text(code, encoding="utf-8")
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={tmp}/out",
                sys.executable,
                str(script),
            ],
            capture_output=True,
            text=True,
            check=True,
            # A fixed hash seed: with a random one, start-up alone (about 900 million
            # instructions) varies by millions between runs, which the difference below would
            # divide into the per-call figure.
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
    match = re.search(r"Collected : (\d+)", done.stderr)
    assert match, done.stderr[-500:]
    return int(match.group(1))


# Each text's count is taken in one valgrind run: a two-function C helper (compiled here
# with the system's valgrind/callgrind.h) zeroes and dumps the counters around each text.
_MARKER_C = """#include <valgrind/callgrind.h>
void jm_zero(void) { CALLGRIND_ZERO_STATS; }
void jm_dump(void) { CALLGRIND_DUMP_STATS; }
"""
PAGE_CALLS = 3


def _page_counts(texts: list[Path]) -> list[float]:
    """Instructions per ``parse_article`` call for each text (after one warm-up call each)."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "marker.c").write_text(_MARKER_C, encoding="utf-8")
        subprocess.run(
            ["cc", "-O2", "-shared", "-fPIC", "-o", f"{tmp}/marker.so", f"{tmp}/marker.c"],
            check=True,
        )
        code = (
            "import ctypes, gc\nimport jalali_meta as jm\n"
            f"lib = ctypes.CDLL({tmp + '/marker.so'!r})\n"
            f"texts = [open(p, encoding='utf-8').read() for p in {[str(t) for t in texts]!r}]\n"
            "for t in texts:\n    jm.parse_article(t)\n"
            "for _ in range(2):\n    gc.collect(); lib.jm_zero(); lib.jm_dump()\n"
            "for t in texts:\n    gc.collect(); lib.jm_zero()\n"
            f"    for _ in range({PAGE_CALLS}):\n        jm.parse_article(t)\n"
            "    lib.jm_dump()\n"
        )
        script = Path(tmp) / "pages.py"
        script.write_text(code, encoding="utf-8")
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={tmp}/out",
                sys.executable,
                str(script),
            ],
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        dumps = sorted(Path(tmp).glob("out.*"), key=lambda p: int(p.suffix[1:]))
        totals = [
            int(re.search(r"^totals: (\d+)", p.read_text(), re.M).group(1))  # type: ignore[union-attr]
            for p in dumps
        ]
    empty = totals[1]  # the second empty interval: the cost of the two helper calls
    return [(total - empty) / PAGE_CALLS for total in totals[2:]]


def pages_median() -> int:
    """The floor and the median of ``parse_article`` over the texts of tests/pages/."""
    floor_setup, floor_calls = CASES["jdatetime strptime, format given (floor)"]
    floor = (_count(floor_setup, floor_calls) - _count(floor_setup, 0)) / floor_calls
    texts = sorted((ROOT / "tests" / "pages").glob("*.txt"))
    counts = _page_counts([SEED, *texts])
    seed, pages = counts[0], sorted(counts[1:])
    median = statistics.median(pages)
    print("| what | instructions per call | vs floor |")
    print("| --- | --- | --- |")
    print(f"| jdatetime strptime, format given (floor) | {floor:,.0f} | 1.00x |")
    print(f"| parse_article(seed), this method | {seed:,.0f} | {seed / floor:.2f}x |")
    for name, value in (("median", median), ("lowest", pages[0]), ("highest", pages[-1])):
        print(
            f"| parse_article, tests/pages/ texts ({len(pages)}), {name} | {value:,.0f} | {value / floor:.2f}x |"
        )
    return 0


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed")
        return 1
    if "--pages" in sys.argv[1:]:
        return pages_median()
    # `python benchmarks/instructions.py --dates` skips the HTML comparison;
    # `--parse-datetime` runs only the floor and the two parse_datetime cases (about 2 minutes).
    dates_only = "--dates" in sys.argv[1:] or "--parse-datetime" in sys.argv[1:]
    cases = CASES
    if "--parse-datetime" in sys.argv[1:]:
        cases = {name: case for name, case in CASES.items() if "parse_article" not in name}
    print("| what | instructions per call | vs floor |")
    print("| --- | --- | --- |")
    floor = None
    for name, (setup, calls) in cases.items():
        per_call = (_count(setup, calls) - _count(setup, 0)) / calls
        floor = floor or per_call
        print(f"| {name} | {per_call:,.0f} | {per_call / floor:.2f}x |")
    if dates_only:
        return 0
    pages = len(list((ROOT / "tests" / "corpus" / "html").glob("*.html")))
    print("\n| HTML, per page | instructions per page | vs jalali-meta |")
    print("| --- | --- | --- |")
    base = None
    for name, (setup, calls) in HTML_CASES.items():
        try:
            per_page = (_count(setup, calls) - _count(setup, 0)) / calls / pages
        except subprocess.CalledProcessError:
            print(f"| {name} | not installed | |")
            continue
        base = base or per_page
        print(f"| {name} | {per_page:,.0f} | {per_page / base:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
