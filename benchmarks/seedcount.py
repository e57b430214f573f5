"""Count the instructions of ``parse_article(seed)`` alone, by benchmarks/instructions.py's method.

usage: PYTHONPATH=src python benchmarks/seedcount.py LABEL

Prints LABEL and (instructions for 1 + N calls - instructions for 1 call) / N under valgrind,
about a minute; the quick figure each speed pass of docs/performance.md compares before and
after a change (point PYTHONPATH at another tree's ``src/`` to count that tree).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import instructions

setup, calls = instructions.CASES["parse_article(seed)"]
label = sys.argv[1] if len(sys.argv) > 1 else "parse_article(seed)"
print(
    label,
    f"{(instructions._count(setup, calls) - instructions._count(setup, 0)) / calls:,.0f}",
    flush=True,
)
