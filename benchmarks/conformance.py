"""Print the per-peer conformance table of docs/conformance.md.

Run from the repository root:

    python benchmarks/conformance.py

Columns: the peer's cases, those in scope (not ``out-of-scope``), those where
jalali-meta agrees with the peer, and those that carry a written verdict instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.conformance.check import table


def main() -> None:
    """Print the table as Markdown."""
    rows = table()
    print("| peer | cases | in scope | agree | judged |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for peer, cases, in_scope, agree, judged in rows:
        print(f"| {peer} | {cases} | {in_scope} | {agree} | {judged} |")
    total = [sum(row[i] for row in rows) for i in range(1, 5)]
    print("| **total** | " + " | ".join(str(n) for n in total) + " |")


if __name__ == "__main__":
    main()
