"""The sixty-third round of attacks (benchmarks/attacks63.py, docs/reliability.md «Attacks,
sixty-third round»): the rules of fix188, fix190, fix192 and fix193 and the lead's mends
(``DAILY_BOX_LONG_WORDS``, ``vocab.ARCHIVE_WORDS``) put into whole pages of kinds they were not
made on and at the edges of their conditions, 22 positives and 12 near misses, each record
decided by hand before the first run (commit a4e12534, measured on main 014dcfad's src/: 30
right, 1 warned, 2 silent, 1 missing, 0 crashes).

Each input is parsed and judged as the script judges it (attacks47's judge). The right ones must
stay right; the four not right are strict xfails naming their cause, so a fix that makes one
right must take it out of :data:`NOT_RIGHT` (an XPASS fails). No input may raise: an xfail
expects only the judge's assertion. The inputs live once, in the benchmark script.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.adversarial.attack_rounds import load_round, params, wrong_values

CASES, CHECK = load_round("attacks63")

# The inputs the round found not right on main 014dcfad, by cause (docs/reliability.md); none
# since fix196.
# (fix196 made the four right: the run-on lead's RUN_ON_LEAD_WORDS = 15, the kicker's
# KICKER_HEADER_LINES = 3, a numbered list's «2» over its next dated item, a headline printed
# twice that its lead retells is no blog's motto.)
NOT_RIGHT: dict[str, str] = {}


def test_the_round_has_its_inputs() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names)) == 34
    assert sum(name.endswith("-neg") for name in names) == 12
    assert set(NOT_RIGHT) <= set(names)


@pytest.mark.parametrize(("kind", "doc", "expect", "keywords"), params(CASES, NOT_RIGHT))
def test_attack63_input(
    kind: str, doc: Any, expect: dict[str, Any], keywords: dict[str, Any]
) -> None:
    assert not wrong_values(CHECK, kind, doc, expect, keywords)
