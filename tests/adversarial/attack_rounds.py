"""The harness of the attack rounds whose inputs live once, in their benchmark script
(benchmarks/attacksNN.py; tests/adversarial/test_attacks56.py and on).

A round's test file loads the script's cases and its judge with :func:`load_round`, makes one
test per input with :func:`params` (an input named in the round's ``NOT_RIGHT`` is a strict
xfail with that reason, which expects only the judge's assertion, so an input that raises
fails), and asserts that :func:`wrong_values` finds nothing, as the script judges it.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

import jalali_meta as jm

BENCHMARKS = str(Path(__file__).resolve().parents[2] / "benchmarks")


def load_round(script: str, judge: str = "attacks47.check47") -> tuple[list[Any], Any]:
    """The cases of benchmarks/``script``.py and its judge (``module.function`` in
    benchmarks/; the scripts import their runner from there)."""
    module_name, function = judge.rsplit(".", 1)
    sys.path.insert(0, BENCHMARKS)
    try:
        cases = importlib.import_module(script).cases
        check = getattr(importlib.import_module(module_name), function)
    finally:
        sys.path.remove(BENCHMARKS)
    return list(cases), check


def params(cases: list[Any], not_right: dict[str, str]) -> list[Any]:
    """One ``pytest.param(kind, doc, expect, keywords)`` per case, its id the case's name; a
    case in ``not_right`` is a strict xfail raising AssertionError, with its reason."""
    found = []
    for name, kind, doc, expect, keywords in cases:
        marks = []
        if name in not_right:
            marks.append(
                pytest.mark.xfail(strict=True, raises=AssertionError, reason=not_right[name])
            )
        found.append(pytest.param(kind, doc, expect, keywords, id=name, marks=marks))
    return found


def wrong_values(
    check: Any, kind: str, doc: Any, expect: dict[str, Any], keywords: dict[str, Any]
) -> list[tuple[str, Any, Any]]:
    """Parse one input as the script does («html» with ``parse_html``, anything else with
    ``parse_article``) and return each ``(field, value decided by hand, value found)`` that
    ``check`` finds wrong."""
    if kind == "html":
        article = jm.parse_html(doc, **keywords)
    else:
        article = jm.parse_article(doc, **keywords)
    wrong = []
    for field, value in expect.items():
        right, got = check(field, value, article)
        if not right:
            wrong.append((field, value, got))
    return wrong
