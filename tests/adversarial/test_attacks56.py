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

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

import jalali_meta as jm

_BENCHMARKS = str(Path(__file__).resolve().parents[2] / "benchmarks")


def _load() -> tuple[list[Any], Any]:
    """The round's cases and its judge (the scripts import their runner from benchmarks/)."""
    sys.path.insert(0, _BENCHMARKS)
    try:
        round56 = importlib.import_module("attacks56")
        judge = importlib.import_module("attacks47").check47
    finally:
        sys.path.remove(_BENCHMARKS)
    return list(round56.cases), judge


CASES, CHECK = _load()

# The inputs the round found not right on main 6aa86135, by cause (docs/reliability.md), less
# the seven fix164 and the five fix165 made right (all 32 right after both: attacks56.py 32/0/0/0/0).
NOT_RIGHT: dict[str, str] = {}


def _params() -> list[Any]:
    params = []
    for name, kind, doc, expect, keywords in CASES:
        marks = []
        if name in NOT_RIGHT:
            marks.append(
                pytest.mark.xfail(strict=True, raises=AssertionError, reason=NOT_RIGHT[name])
            )
        params.append(pytest.param(kind, doc, expect, keywords, id=name, marks=marks))
    return params


def test_the_round_has_its_inputs() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names)) == 32
    assert sum(name.endswith("-neg") for name in names) == 12
    assert set(NOT_RIGHT) <= set(names)


@pytest.mark.parametrize(("kind", "doc", "expect", "keywords"), _params())
def test_attack56_input(
    kind: str, doc: Any, expect: dict[str, Any], keywords: dict[str, Any]
) -> None:
    if kind == "html":
        article = jm.parse_html(doc, **keywords)
    else:
        article = jm.parse_article(doc, **keywords)
    wrong = []
    for field, value in expect.items():
        right, got = CHECK(field, value, article)
        if not right:
            wrong.append((field, value, got))
    assert not wrong
