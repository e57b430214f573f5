"""The sixty-fourth round of attacks (benchmarks/attacks64.py, docs/reliability.md «Attacks,
sixty-fourth round»): the rules of fix195, real60's fix and fix197 put into whole pages of kinds
they were not made on and at the edges of their conditions, 22 positives and 12 near misses,
each record decided by hand before the first run (commit b2490b9d, measured on main b0a30f4f's
src/: 23 right, 4 warned, 6 silent, 1 missing, 0 crashes).

Each input is parsed and judged as the script judges it (attacks47's judge). The right ones must
stay right; the eleven not right are strict xfails naming their cause, so a fix that makes one
right must take it out of :data:`NOT_RIGHT` (an XPASS fails). No input may raise: an xfail
expects only the judge's assertion. The inputs live once, in the benchmark script.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.adversarial.attack_rounds import load_round, params, wrong_values

CASES, CHECK = load_round("attacks64")

# The inputs the round found not right on main b0a30f4f, by cause (docs/reliability.md);
# fix199 made the other nine right.
NOT_RIGHT: dict[str, str] = {
    "blog-headline-over-four-verses-neg": (
        "warned, a false title: a post's headline over four verse lines of five words or more "
        "gives the third verse, doubted (it shares words with the lead); as before fix195 "
        "(dd4360ad): not fix195's doubt, the title rule picks a headline-shaped line over the text"
    ),
    "agency-headline-over-four-highlight-lines-neg": (
        "warned, a false title: an agency's headline over four highlight lines (five words or "
        "more, no blank line) gives the last highlight, now doubted by fix195's run; before "
        "fix195 (dd4360ad) the same line silently"
    ),
}


def test_the_round_has_its_inputs() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names)) == 34
    assert sum(name.endswith("-neg") for name in names) == 12
    assert set(NOT_RIGHT) <= set(names)


@pytest.mark.parametrize(("kind", "doc", "expect", "keywords"), params(CASES, NOT_RIGHT))
def test_attack64_input(
    kind: str, doc: Any, expect: dict[str, Any], keywords: dict[str, Any]
) -> None:
    assert not wrong_values(CHECK, kind, doc, expect, keywords)
