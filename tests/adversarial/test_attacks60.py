"""The sixtieth round of attacks (benchmarks/attacks60.py, docs/reliability.md «Attacks,
sixtieth round»): fix173's and fix174's rules put into whole pages of kinds they were not made
on and at the edges of their conditions, 22 positives and 12 near misses, each record decided by
hand before the first run (commit 0127d007, measured on main c15ecaa9's src/: 28 right, 3
warned, 3 silent, 0 missing, 0 crashes).

Each input is parsed and judged as the script judges it (attacks47's judge). The right ones must
stay right; the six not right are strict xfails naming their cause, so a fix that makes one right
must take it out of :data:`NOT_RIGHT` (an XPASS fails). No input may raise: an xfail expects only
the judge's assertion. The inputs live once, in the benchmark script.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.adversarial.attack_rounds import load_round, params, wrong_values

CASES, CHECK = load_round("attacks60")

# The inputs the round found not right on main c15ecaa9, by cause (docs/reliability.md);
# fix180 made the six right.
NOT_RIGHT: dict[str, str] = {
    # all six made right by fix180 (tests/test_fix180.py)
}


def test_the_round_has_its_inputs() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names)) == 34
    assert sum(name.endswith("-neg") for name in names) == 12
    assert set(NOT_RIGHT) <= set(names)


@pytest.mark.parametrize(("kind", "doc", "expect", "keywords"), params(CASES, NOT_RIGHT))
def test_attack60_input(
    kind: str, doc: Any, expect: dict[str, Any], keywords: dict[str, Any]
) -> None:
    assert not wrong_values(CHECK, kind, doc, expect, keywords)
