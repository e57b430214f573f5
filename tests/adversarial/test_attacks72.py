"""The seventy-second round of attacks (benchmarks/attacks72.py, docs/reliability.md «Attacks,
seventy-second round»): the rules merged last session that no round had tried (fix229's
Markdown shapes, fix230's institution masthead, fix231's IDs from the address and a
document's own date label, fix232's day list, dated lead and vBulletin «#1» with its day
alone, fix233's title over a bare tags label, fix234's Blogfa month archive and run of
fields, real66's numeric date opening the headline's line), 22 positives and 11 near misses,
each record decided by hand before the first run (commits dc814b41, 774ad04e; measured on main
b063cbb6's src/: 28 right, 2 warned, 1 silent, 2 missing, 0 crashes).

Each input is parsed and judged as the script judges it (attacks47's judge). The right ones must
stay right; the ones not right are strict xfails naming their cause, so a fix that makes one
right must take it out of :data:`NOT_RIGHT` (an XPASS fails). No input may raise: an xfail
expects only the judge's assertion. The inputs live once, in the benchmark script.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.adversarial.attack_rounds import load_round, params, wrong_values

CASES, CHECK = load_round("attacks72")

# The inputs the round found not right on main b063cbb6 (docs/reliability.md), all made right
# by fix235.
NOT_RIGHT: dict[str, str] = {}


def test_the_round_has_its_inputs() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names)) == 33
    assert sum(name.endswith("-neg") for name in names) == 11
    assert set(NOT_RIGHT) <= set(names)


@pytest.mark.parametrize(("kind", "doc", "expect", "keywords"), params(CASES, NOT_RIGHT))
def test_attack72_input(
    kind: str, doc: Any, expect: dict[str, Any], keywords: dict[str, Any]
) -> None:
    assert not wrong_values(CHECK, kind, doc, expect, keywords)
