"""docs/architecture.md names real code: every `_module.name` it cites exists.

The recipes "where to add a label, a date layout, an HTML source, an Article field"
send contributors to these names; a rename that leaves the doc behind fails here.
(This test reads private modules on purpose: checking the doc about them is its job.)

And the layering the doc describes: ``_html.py`` reads the page and hands its evidence to
the one resolver; it keeps no resolution rule of its own (issue 16, fix194).
"""

from __future__ import annotations

import ast
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


HTML = Path(__file__).resolve().parent.parent / "src" / "jalali_meta" / "_html.py"
# The record's resolved values: parse_html passes the page's evidence to the resolver as
# hints and never sets them on the record it gets back.
RESOLVED = frozenset({"title", "number", "published", "updated", "spans", "evidence"})


def _html_tree() -> ast.Module:
    return ast.parse(HTML.read_text("utf-8"))


def test_html_imports_no_title_rule() -> None:
    """``_html.py`` imports nothing from ``_title.py``, where the title is chosen and
    doubted: a title rule applied to the record in ``parse_html`` would need one."""
    imported = {
        name.rsplit(".", 1)[-1]
        for node in ast.walk(_html_tree())
        for name in (
            [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else [alias.name for alias in node.names]
            if isinstance(node, ast.Import)
            else []
        )
    }
    assert "_title" not in imported


def test_html_casts_no_title_doubt() -> None:
    """``_html.py`` spells no ``title-uncertain`` warning: doubts on the title are decided
    with the resolver (``_title.title_doubts``, from ``Hints``), for text and HTML alike."""
    codes = [
        node.lineno
        for node in ast.walk(_html_tree())
        if isinstance(node, ast.Constant) and node.value == "title-uncertain"
    ]
    assert codes == [], f"_html.py writes a title-uncertain warning at lines {codes}"


def test_html_sets_no_resolved_value() -> None:
    """No ``attrs.evolve``/``replace`` call in ``_html.py`` sets a resolved value of the
    record (its title, number, dates, their spans or evidence): the page's own attributes
    (url, site_name, language, its machine fields and notices) are all it adds."""
    set_here = sorted(
        (node.lineno, keyword.arg)
        for node in ast.walk(_html_tree())
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Attribute) and node.func.attr in ("evolve", "replace"))
            or (isinstance(node.func, ast.Name) and node.func.id in ("evolve", "replace"))
        )
        for keyword in node.keywords
        if keyword.arg in RESOLVED
    )
    assert set_here == [], f"_html.py sets resolved values: {set_here}"
