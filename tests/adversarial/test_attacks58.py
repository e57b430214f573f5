"""The fifty-eighth round of attacks (benchmarks/attacks58.py, docs/reliability.md «Attacks,
fifty-eighth round»): fix163's, fix166's, fix168's, fix169's and fix170's rules put into whole
pages of kinds they were not made on, 22 positives and 12 near misses, each record decided by hand
before the first run (commit 7013432d, measured on main 00629bae's src/: 33 right, 1 warned, 0
silent, 0 missing, 0 crashes).

Each input is parsed and judged as the script judges it (attacks47's judge). The right ones must
stay right; the one not right is a strict xfail naming its cause, so a fix that makes it right
must take it out of :data:`NOT_RIGHT` (an XPASS fails). No input may raise: an xfail expects only
the judge's assertion. The inputs live once, in the benchmark script.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.adversarial.attack_rounds import load_round, params, wrong_values

CASES, CHECK = load_round("attacks58")

# The inputs the round found not right on main 00629bae, by cause (docs/reliability.md).
NOT_RIGHT = {
    # warned (the date itself unwarned; the site's name doubted as the title)
}


def test_the_round_has_its_inputs() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names)) == 34
    assert sum(name.endswith("-neg") for name in names) == 12
    assert set(NOT_RIGHT) <= set(names)


@pytest.mark.parametrize(("kind", "doc", "expect", "keywords"), params(CASES, NOT_RIGHT))
def test_attack58_input(
    kind: str, doc: Any, expect: dict[str, Any], keywords: dict[str, Any]
) -> None:
    assert not wrong_values(CHECK, kind, doc, expect, keywords)
