"""Flat memory: the CLI's peak memory does not grow with the number of files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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
