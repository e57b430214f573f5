"""docs/architecture.md names real code: every `_module.name` it cites exists.

The recipes "where to add a label, a date layout, an HTML source, an Article field"
send contributors to these names; a rename that leaves the doc behind fails here.
(This test reads private modules on purpose: checking the doc about them is its job.)
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parent.parent / "docs" / "architecture.md"
TEXT = DOC.read_text("utf-8")
CITED = sorted(
    {(m, n) for m, n in re.findall(r"`(_[a-z]+)\.([A-Za-z_][A-Za-z0-9_]*)`", TEXT) if n != "py"}
)
MODULES = sorted(set(re.findall(r"`(_[a-z]+)\.py`", TEXT)))


def test_the_doc_cites_code() -> None:
    """The recipes cite at least the places a contributor edits (a guard against an empty scan)."""
    assert len(CITED) >= 20
    assert len(MODULES) >= 15


@pytest.mark.parametrize(("module", "name"), CITED, ids=str)
def test_cited_name_exists(module: str, name: str) -> None:
    """Each `_module.name` in docs/architecture.md is defined in that module."""
    loaded = importlib.import_module(f"jalali_meta.{module}")
    assert hasattr(loaded, name), f"docs/architecture.md cites {module}.{name}, which is gone"


@pytest.mark.parametrize("module", MODULES)
def test_listed_module_exists(module: str) -> None:
    """Each module in the owners table is a file of the package."""
    assert (Path(importlib.import_module("jalali_meta").__file__).parent / f"{module}.py").exists()
