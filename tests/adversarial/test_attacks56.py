"""The fifty-sixth round of attacks (benchmarks/attacks56.py, docs/reliability.md «Attacks,
fifty-sixth round»): fix150-fix159's rules, weighted to fix155-fix159, put into whole pages of
kinds they were not made on, 20 positives and 12 near misses, each record decided by hand
before the first run (commit 3cc38acd, measured on main 6aa86135: 20 right, 4 warned, 7
silent, 1 missing, 0 crashes).

Each input is parsed and judged as the script judges it (attacks47's judge). The right ones must
stay right; the ones not right (twelve on 6aa86135, five after fix164) are strict xfails naming
their cause, so a fix that makes one right must take it out of :data:`NOT_RIGHT` (an XPASS
fails). No input may raise: an xfail
expects only the judge's assertion. The inputs live once, in the benchmark script.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.adversarial.attack_rounds import load_round, params, wrong_values

CASES, CHECK = load_round("attacks56")

# The inputs the round found not right on main 6aa86135, by cause (docs/reliability.md), less
# the seven fix164 and the five fix165 made right (all 32 right after both: attacks56.py 32/0/0/0/0).
NOT_RIGHT: dict[str, str] = {}


def test_the_round_has_its_inputs() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names)) == 32
    assert sum(name.endswith("-neg") for name in names) == 12
    assert set(NOT_RIGHT) <= set(names)


@pytest.mark.parametrize(("kind", "doc", "expect", "keywords"), params(CASES, NOT_RIGHT))
def test_attack56_input(
    kind: str, doc: Any, expect: dict[str, Any], keywords: dict[str, Any]
) -> None:
    assert not wrong_values(CHECK, kind, doc, expect, keywords)
