"""The eighty-third round of attacks (benchmarks/attacks83.py, docs/reliability.md «Attacks,
eighty-third round»): the rules merged last session that attack82 did not attack
(b29a997e..b749c6e3: fix294's glued post footer, ad-name twin, unshared one-item list name and
two-line cut teaser; fix296's labelled address and gapped text's openings; fix297's Levantine
months and North America's zones; fix298's «؛» kicker, credited name line and digit twin;
fix299's kicker teasers, page-link menu, colonless views label and short browser notice;
fix300's doubted glued crumb; the lead's ``_sources._headline_alias``) at new edges; two rules
on one page. 21 positives and 12 near misses, each record decided by hand before the first run
(commit 871a5803; measured on main b749c6e3: 18 right, 5 warned, 5 silent, 5 missing, 0
crashes; on b29a997e's src/ 14/3/7/9/0).

Each input is parsed and judged as the script judges it (attacks47's judge). The right ones must
stay right; the ones not right are strict xfails naming their cause, so a fix that makes one
right must take it out of :data:`NOT_RIGHT` (an XPASS fails). No input may raise: an xfail
expects only the judge's assertion. The inputs live once, in the benchmark script.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.adversarial.attack_rounds import load_round, params, wrong_values

CASES, CHECK = load_round("attacks83")

# The inputs the round found not right on main b749c6e3 (docs/reliability.md).
NOT_RIGHT: dict[str, str] = {
    "one-item-tag-name-not-in-its-item-neg": (
        "warned (near miss): the tag's name is the title, but the page is read as a list by "
        "another path than fix160's one-item rule, listing-page (which the judge counts as a "
        "doubt on a title decided sure); fix294's _name_unshared is not asked; the same on "
        "b29a997e"
    ),
    "site-name-credited-by-public-relations-lead-pos": (
        "warned: fix298's _listing._credited_below needs the line's words right after the "
        "credit's opening; «به گزارش روابط عمومی شهرداری قاین» puts «روابط عمومی» between, so "
        "the site's name is the list's name, listing-page; the same on b29a997e"
    ),
}


def test_the_round_has_its_inputs() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names)) == 33
    assert sum(name.endswith("-neg") for name in names) == 12
    assert set(NOT_RIGHT) <= set(names)


@pytest.mark.parametrize(("kind", "doc", "expect", "keywords"), params(CASES, NOT_RIGHT))
def test_attack83_input(
    kind: str, doc: Any, expect: dict[str, Any], keywords: dict[str, Any]
) -> None:
    assert not wrong_values(CHECK, kind, doc, expect, keywords)
