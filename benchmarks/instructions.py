"""Instruction counts per call under valgrind (callgrind): a timing-noise-free comparison.

Run from the repository root (needs valgrind; about a minute):

    python -m pip install -e . jdatetime
    python benchmarks/instructions.py

Each figure is (instructions for 1 + N calls - instructions for 1 call) / N, so
interpreter start-up and imports cancel out. Wall-clock figures are in
benchmarks/run.py; on a shared machine these counts are the steadier measure.
"""

from __future__ import annotations

import re
import shutil
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
        )
    match = re.search(r"Collected : (\d+)", done.stderr)
    assert match, done.stderr[-500:]
    return int(match.group(1))


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed")
        return 1
    print("| what | instructions per call | vs floor |")
    print("| --- | --- | --- |")
    floor = None
    for name, (setup, calls) in CASES.items():
        per_call = (_count(setup, calls) - _count(setup, 0)) / calls
        floor = floor or per_call
        print(f"| {name} | {per_call:,.0f} | {per_call / floor:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
