"""Flat memory: the CLI's peak memory does not grow with the number of files, and
parse_article's working memory per input line is small (issue 14, class 25)."""

from __future__ import annotations

import gc
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

import jalali_meta as jm

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_93f79026dfa18f1a.txt"


def _peak_rss_kib(folder: Path, out: Path) -> int:
    code = (
        "import resource, sys; from jalali_meta.testing import run_cli as main; "
        f"rc = main(['--format', 'jsonl', '-o', {str(out)!r}, {str(folder)!r}]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(rc)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(done.stdout.strip())


@pytest.mark.slow
def test_peak_memory_is_flat(tmp_path: Path) -> None:
    """Peak RSS for 8,000 seed-sized files is within 25% of that for 2,000, and all are written."""
    text = SEED.read_text(encoding="utf-8")
    small, large = tmp_path / "small", tmp_path / "large"
    for folder, count in ((small, 2000), (large, 8000)):
        folder.mkdir()
        for i in range(count):
            (folder / f"{i:05d}.txt").write_text(text.replace("43222", str(i)), encoding="utf-8")
    rss_small = _peak_rss_kib(small, tmp_path / "small.jsonl")
    rss_large = _peak_rss_kib(large, tmp_path / "large.jsonl")
    with (tmp_path / "large.jsonl").open(encoding="utf-8") as handle:
        assert sum(1 for _ in handle) == 8000
    assert rss_large <= 1.25 * rss_small


# Working memory (peak minus what the returned record keeps) per short input line. Before
# the line table (0.2.0) it was about 340 bytes; lines are now 9 bytes of arrays past the
# first 4,096 and the rest is the rules' own work (docs/reliability.md, class 25).
LINE_WORKING_BYTES = 100


def _working_bytes_per_line(text: str) -> tuple[float, float]:
    # One parse first: the modules load, the grammar compiles and the bounded per-process
    # memos fill on first use, once per process whatever the input's length; that is no
    # per-line cost (in a test run alone it added ~35 B a line), so the same text is parsed
    # once before the measured parse.
    jm.parse_article(text)
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        article = jm.parse_article(text)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert article.title is not None
    lines = text.count("\n") + 1
    return (peak - kept) / lines, (kept - base) / lines


@pytest.mark.slow
@pytest.mark.parametrize("digits", [False, True])
def test_working_memory_per_short_line_is_small(digits: bool) -> None:
    """parse_article on 20,000 short lines works in under 100 bytes a line beyond its record."""
    count = 20_000
    if digits:
        text = "\n".join(f"سطر {i}" for i in range(count))
    else:
        text = "\n".join(f"خبر کوتاه شماره {'abcdefghij'[i % 10]}" for i in range(count))
    working, _kept = _working_bytes_per_line(text)
    assert working < LINE_WORKING_BYTES
