"""The seventieth round of attacks (benchmarks/attacks70.py, docs/reliability.md «Attacks,
seventieth round»): the rules merged last session that no round had tried (fix222's day
archive label with «دسته» and forum reply headers past «#1», the lead's mends f99f158d
``_listing._may_stamp``, 9798fe7b an institution's name over a dated text at a home address,
8d43c462 the question-under-sentence lead walk) and fix215's front pages from the text alone on
kinds not yet tried, 18 positives and 10 near misses, each record decided by hand before the
first run (commit ffd25fd3; measured on main 8d43c462's src/: 21 right, 2 warned, 4 silent,
1 missing, 0 crashes).

Each input is parsed and judged as the script judges it (attacks47's judge). The right ones must
stay right; the ones not right are strict xfails naming their cause, so a fix that makes one
right must take it out of :data:`NOT_RIGHT` (an XPASS fails). No input may raise: an xfail
expects only the judge's assertion. The inputs live once, in the benchmark script.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.adversarial.attack_rounds import load_round, params, wrong_values

CASES, CHECK = load_round("attacks70")

# The inputs the round found not right on main 8d43c462, by cause (docs/reliability.md): all
# seven made right by fix225 (its tests/test_fix225.py).
NOT_RIGHT: dict[str, str] = {}


def test_the_round_has_its_inputs() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names)) == 28
    assert sum(name.endswith("-neg") for name in names) == 10
    assert set(NOT_RIGHT) <= set(names)


@pytest.mark.parametrize(("kind", "doc", "expect", "keywords"), params(CASES, NOT_RIGHT))
def test_attack70_input(
    kind: str, doc: Any, expect: dict[str, Any], keywords: dict[str, Any]
) -> None:
    assert not wrong_values(CHECK, kind, doc, expect, keywords)
