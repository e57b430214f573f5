"""The seventy-sixth round of attacks (benchmarks/attacks76.py, docs/reliability.md «Attacks,
seventy-sixth round»): the rules merged last session that no round had tried (fix246's Joomla
Jalali alias, Kowsarblog and ParsiBlog signatures and page name printed twice; fix247's mark
line, date-front day archive, run-in headline, slug-then-ID, short Jalali alias day and
greeting; fix248's copyright name with other marks, masnavi and zero counters; fix249's
reprinted letter and Blogfa ``/?p=N``; fix250's day archive by query; fix251's lead-in and
signature; fix252's Arabic meridiem, LRM and «Amo»; fix254's value before its label;
speed47's verdict memo past EAGER_LINES; two rules on one page), 31 positives and 7 near
misses, each record decided by hand before the first run (commit 9ba8cf9e; measured on main
66f26678's src/: 29 right, 1 warned, 5 silent, 3 missing, 0 crashes).

Each input is parsed and judged as the script judges it (attacks47's judge). The right ones must
stay right; the ones not right are strict xfails naming their cause, so a fix that makes one
right must take it out of :data:`NOT_RIGHT` (an XPASS fails). No input may raise: an xfail
expects only the judge's assertion. The inputs live once, in the benchmark script.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.adversarial.attack_rounds import load_round, params, wrong_values

CASES, CHECK = load_round("attacks76")

# The inputs the round found not right on main 66f26678 (docs/reliability.md), less the six
# fix259 made right, the one fix264 made right and the one fix266 made right.
NOT_RIGHT: dict[str, str] = {
    "greeting-colleagues-comma-under-heading-pos": (
        "warned since fix259 (silent on main: _chrome._HELLO_ADDRESSEES had no «همکاران», "
        "and the greeting was the title): the greeting is now passed over, but the poem's "
        "last verse over the heading is taken instead (title-uncertain), as with any listed "
        "addressee («دوستان عزیز، سلام»)"
    ),
}


def test_the_round_has_its_inputs() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names)) == 38
    assert sum(name.endswith("-neg") for name in names) == 7
    assert set(NOT_RIGHT) <= set(names)


@pytest.mark.parametrize(("kind", "doc", "expect", "keywords"), params(CASES, NOT_RIGHT))
def test_attack76_input(
    kind: str, doc: Any, expect: dict[str, Any], keywords: dict[str, Any]
) -> None:
    assert not wrong_values(CHECK, kind, doc, expect, keywords)
