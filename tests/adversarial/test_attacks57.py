"""The fifty-seventh round of attacks (benchmarks/attacks57.py, docs/reliability.md «Attacks,
fifty-seventh round»): fix160's, fix161's, fix165's and fix167's rules put into whole pages of
kinds they were not made on, 20 positives and 12 near misses, each record decided by hand
before the first run (commit 947dde24, measured on main 236d0273: 17 right, 6 warned, 9
silent, 0 missing, 0 crashes).

Each input is parsed and judged as the script judges it (attacks47's judge). The right ones must
stay right; the fifteen not right are strict xfails naming their cause, so a fix that makes one
right must take it out of :data:`NOT_RIGHT` (an XPASS fails). No input may raise: an xfail
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
        round57 = importlib.import_module("attacks57")
        judge = importlib.import_module("attacks47").check47
    finally:
        sys.path.remove(_BENCHMARKS)
    return list(round57.cases), judge


CASES, CHECK = _load()

# The inputs the round found not right on main 236d0273, by cause (docs/reliability.md): none
# left after fix171 and fix172.
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
def test_attack57_input(
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
