"""The sixty-first round of attacks (benchmarks/attacks61.py, docs/reliability.md «Attacks,
sixty-first round»): the rules of fix176 to fix183 put into whole pages of kinds they were not
made on and at the edges of their conditions, 22 positives and 12 near misses, each record
decided by hand before the first run (commit 361b89c9, measured on main bfc99d6c's src/: 31
right, 1 warned, 1 silent, 1 missing, 0 crashes).

Each input is parsed and judged as the script judges it (attacks47's judge). The right ones must
stay right; the three not right are strict xfails naming their cause, so a fix that makes one
right must take it out of :data:`NOT_RIGHT` (an XPASS fails). No input may raise: an xfail
expects only the judge's assertion. The inputs live once, in the benchmark script.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.adversarial.attack_rounds import load_round, params, wrong_values

CASES, CHECK = load_round("attacks61")

# The inputs the round found not right on main bfc99d6c, by cause (docs/reliability.md): the
# three were made right by fix186 (34 right on its branch), none is left.
NOT_RIGHT: dict[str, str] = {}


def test_the_round_has_its_inputs() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names)) == 34
    assert sum(name.endswith("-neg") for name in names) == 12
    assert set(NOT_RIGHT) <= set(names)


@pytest.mark.parametrize(("kind", "doc", "expect", "keywords"), params(CASES, NOT_RIGHT))
def test_attack61_input(
    kind: str, doc: Any, expect: dict[str, Any], keywords: dict[str, Any]
) -> None:
    assert not wrong_values(CHECK, kind, doc, expect, keywords)
