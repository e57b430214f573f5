"""All speed comparisons side by side, in one run: the numbers in docs/performance.md.

Run from the repository root (the comparison tools are installed only for this):

    python -m pip install -e ".[html]" jdatetime persiantools dateparser convertdate \
        parstdex htmldate trafilatura
    python benchmarks/run.py

Every figure is the best of several repeats (the least disturbed by other work on
the machine). A tool that is not installed is reported as missing, not skipped silently.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_93f79026dfa18f1a.txt").read_text(encoding="utf-8")
SHORT = "1402/06/28 16:42"
HEADER = "سه شنبه 1402/06/28 ساعت 16:42"


def best_us(func: Callable[[], object], number: int, repeat: int = 7) -> float:
    """Best mean time of one call, in microseconds."""
    return min(timeit.repeat(func, number=number, repeat=repeat)) / number * 1e6


def row(name: str, micros: float | None, floor: float | None, note: str = "") -> str:
    if micros is None:
        return f"| {name} | not installed | | {note} |"
    ratio = f"{micros / floor:.2f}x" if floor else ""
    return f"| {name} | {micros:,.1f} | {ratio} | {note} |"


def parse_datetime_table() -> tuple[list[str], float]:
    import jdatetime

    import jalali_meta as jm

    floor = best_us(lambda: jdatetime.datetime.strptime(SHORT, "%Y/%m/%d %H:%M"), 3000)
    lines = [
        row("jdatetime.datetime.strptime, format given (the floor)", floor, floor),
        row(
            "jalali-meta parse_datetime, no format",
            best_us(lambda: jm.parse_datetime(SHORT), 3000),
            floor,
            "target 1.5x",
        ),
        row(
            "jalali-meta parse_datetime on the seed's whole header line",
            best_us(lambda: jm.parse_datetime(HEADER), 3000),
            floor,
            "weekday checked; target 2x",
        ),
    ]
    try:
        from persiantools.jdatetime import JalaliDateTime

        lines.append(
            row(
                "persiantools JalaliDateTime.strptime, format given",
                best_us(lambda: JalaliDateTime.strptime(SHORT, "%Y/%m/%d %H:%M"), 3000),
                floor,
            )
        )
    except ImportError:
        lines.append(row("persiantools", None, None))
    try:
        from dateparser.calendars.jalali import JalaliCalendar

        lines.append(
            row(
                "dateparser JalaliCalendar(...).get_date()",
                best_us(lambda: JalaliCalendar(SHORT).get_date(), 5, 3),
                floor,
            )
        )
    except ImportError:
        lines.append(row("dateparser (with convertdate)", None, None))
    lines.append(
        row(
            "jalali-meta parse_article on the seed",
            best_us(lambda: jm.parse_article(SEED), 300),
            floor,
            "target 6x",
        )
    )
    return lines, floor


def find_dates_table() -> list[str]:
    rows = json.loads((ROOT / "tests" / "data" / "paragraphs.json").read_text(encoding="utf-8"))
    texts = [r["text"] for r in rows]
    import jalali_meta as jm

    def each(func: Callable[[str], object]) -> Callable[[], None]:
        def run() -> None:
            for text in texts:
                func(text)

        return run

    base = best_us(each(jm.find_dates), 20) / len(texts)
    lines = [row("jalali-meta find_dates", base, base)]
    try:
        from dateparser.search import search_dates

        lines.append(
            row(
                "dateparser search_dates(languages=['fa'])",
                best_us(each(lambda t: search_dates(t, languages=["fa"])), 1, 3) / len(texts),
                base,
            )
        )
    except ImportError:
        lines.append(row("dateparser", None, None))
    try:
        from parstdex import Parstdex

        model = Parstdex()
        lines.append(
            row("parstdex extract_span", best_us(each(model.extract_span), 1, 3) / len(texts), base)
        )
    except ImportError:
        lines.append(row("parstdex", None, None))
    return lines


def html_table() -> list[str]:
    pages = [p.read_bytes() for p in sorted((ROOT / "tests" / "corpus" / "html").glob("*.html"))]
    if not pages:
        return ["| (no HTML corpus) | | | |"]
    import jalali_meta as jm

    def each(func: Callable[[bytes], object]) -> Callable[[], None]:
        def run() -> None:
            for page in pages:
                func(page)

        return run

    try:
        base = best_us(each(jm.parse_html), 20) / len(pages)
    except ImportError:
        return ["| jalali-meta parse_html | needs the [html] extra | | |"]
    lines = [row("jalali-meta parse_html", base, base, "target: 5x faster than the others")]
    try:
        from htmldate import find_date

        lines.append(
            row(
                "htmldate find_date",
                best_us(each(lambda p: find_date(p.decode("utf-8", "replace"))), 2, 3) / len(pages),
                base,
            )
        )
    except ImportError:
        lines.append(row("htmldate", None, None))
    try:
        from trafilatura import extract_metadata

        lines.append(
            row(
                "trafilatura extract_metadata",
                best_us(each(lambda p: extract_metadata(p.decode("utf-8", "replace"))), 2, 3)
                / len(pages),
                base,
            )
        )
    except ImportError:
        lines.append(row("trafilatura", None, None))
    return lines


def real_size_html_table() -> list[str]:
    """parse_html against htmldate and trafilatura on the 50-300 KB pages of tests/pages.

    Also the parts of parse_html that can be timed from outside: building the Lexbor tree
    alone (selectolax, what any DOM-based reading costs at least) and the text pipeline
    (parse_article on the page's visible text, about what parse_html runs after the DOM work).
    """
    paths = [
        p for p in sorted((ROOT / "tests" / "pages").glob("*.html")) if p.stat().st_size >= 50_000
    ]
    pages = [p.read_bytes() for p in paths]
    if not pages:
        return ["| (no real-size pages) | | | |"]
    import jalali_meta as jm

    def each(func: Callable[[bytes], object]) -> Callable[[], None]:
        def run() -> None:
            for page in pages:
                func(page)

        return run

    try:
        base = best_us(each(jm.parse_html), 3, 5) / len(pages)
    except ImportError:
        return ["| jalali-meta parse_html | needs the [html] extra | | |"]
    sizes = f"{len(pages)} pages, {min(map(len, pages)) // 1000}-{max(map(len, pages)) // 1000} KB"
    lines = [
        row("jalali-meta parse_html", base, base, sizes + "; target: 10x faster than htmldate")
    ]
    from selectolax.lexbor import LexborHTMLParser

    texts = [jm.visible_text(page) for page in pages]
    lines.append(
        row(
            "  of which: the Lexbor tree alone (selectolax)",
            best_us(each(LexborHTMLParser), 3, 5) / len(pages),
            base,
        )
    )
    lines.append(
        row(
            "  of which about: the text pipeline (parse_article on the visible text)",
            best_us(lambda: [jm.parse_article(t) for t in texts], 3, 5) / len(pages),
            base,
        )
    )
    for name, module, call in (
        ("htmldate find_date", "htmldate", "find_date"),
        ("trafilatura extract_metadata", "trafilatura", "extract_metadata"),
    ):
        try:
            func = getattr(__import__(module), call)
        except ImportError:
            lines.append(row(name, None, None))
            continue
        micros = best_us(each(lambda p, f=func: f(p.decode("utf-8", "replace"))), 1, 3) / len(pages)
        lines.append(row(name, micros, base))
    return lines


def import_time() -> tuple[float, float]:
    """Median wall time of a bare interpreter and of one that imports jalali_meta, in ms."""

    # Measure with bytecode caching on, as an installed package runs (this machine's
    # environment sets PYTHONDONTWRITEBYTECODE, which would add compiling to every import).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", "import jalali_meta"], check=True, env=env)

    def run(code: str) -> float:
        times = []
        for _ in range(9):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=env)
            times.append(time.perf_counter() - start)
        return statistics.median(times) * 1000

    return run("pass"), run("import jalali_meta")


def first_parse_time() -> float:
    """Median wall time of importing and parsing the seed once (the grammar is compiled), in ms."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    code = (
        "import jalali_meta as jm, sys; "
        "jm.parse_article(open(sys.argv[1], encoding='utf-8').read())"
    )
    seed = str(ROOT / "seeds" / "000_93f79026dfa18f1a.txt")
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, seed], check=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def cli_rate(count: int, workers: int) -> tuple[float, int, float]:
    """Articles per second through the CLI on ``count`` seed-sized files, peak RSS in KiB, and
    the CPU time of the whole run (all processes) per article in microseconds."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i in range(count):
            (folder / f"{i:06d}.txt").write_text(
                SEED.replace("43222", str(43222 + i)), encoding="utf-8"
            )
        code = (
            "import resource, sys; from jalali_meta.testing import run_cli as main; "
            f"rc = main(['--format', 'jsonl', '--workers', '{workers}', '-o', '{tmp}/out.jsonl', '{folder}']); "
            "s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN); "
            "print(max(s.ru_maxrss, c.ru_maxrss), s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime); "
            "sys.exit(rc)"
        )
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        )
        elapsed = time.perf_counter() - start
        rss, cpu = done.stdout.split()
        return count / elapsed, int(rss), float(cpu) / count * 1e6


def main() -> int:
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}"
    )
    print()
    print("### parse_datetime and parse_article (µs per call)\n")
    print("| what | µs | vs floor | note |")
    print("| --- | --- | --- | --- |")
    lines, _ = parse_datetime_table()
    print("\n".join(lines))
    print("\n### find_dates on tests/data/paragraphs.json (µs per paragraph)\n")
    print("| what | µs | vs jalali-meta | note |")
    print("| --- | --- | --- | --- |")
    print("\n".join(find_dates_table()))
    print("\n### parse_html on tests/corpus/html (µs per page)\n")
    print("| what | µs | vs jalali-meta | note |")
    print("| --- | --- | --- | --- |")
    print("\n".join(html_table()))
    print("\n### parse_html on the real-size pages of tests/pages (µs per page)\n")
    print("| what | µs | vs parse_html | note |")
    print("| --- | --- | --- | --- |")
    print("\n".join(real_size_html_table()))
    bare, loaded = import_time()
    first = first_parse_time()
    print(
        f"\n### import\n\nbare interpreter {bare:.0f} ms, with `import jalali_meta` {loaded:.0f} ms: +{loaded - bare:.0f} ms (target: at most +100 ms); "
        f"import and parse the seed once (the grammar compiled): {first:.0f} ms, +{first - bare:.0f} ms"
    )
    parse_us = best_us(lambda: __import__("jalali_meta").parse_article(SEED), 20, 5)
    print("\n### command line, seed-sized files, --format jsonl\n")
    # The CPU a run spends outside parsing is the last column less this; on a loaded machine
    # the two are measured under different load, so read it as a rough split.
    print(f"parse_article(seed) in this process: {parse_us:,.0f} µs (best of 5 × 20 calls)\n")
    print("| files | workers | articles / s | peak RSS (MiB) | CPU µs / article, all processes |")
    print("| --- | --- | --- | --- | --- |")
    for count, workers in ((2000, 1), (2000, 2), (8000, 2)):
        rate, rss, cpu = cli_rate(count, workers)
        print(f"| {count:,} | {workers} | {rate:,.0f} | {rss / 1024:.0f} | {cpu:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
