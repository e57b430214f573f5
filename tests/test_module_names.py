"""No module-level name of the package is bound twice.

A second ``NAME = ...`` further down a module replaces the first at import for every rule
that reads it, the rules written against the first included, and nothing says so: on
2026-12-04 three such pairs were found in ``_article.py`` (a sentence-end pattern, a
<title>-separator pattern and two equal constants), one of them giving a rule a pattern it
was not written for since the day before. Allowed: a binding that reads the name itself
(``_BOUND = _BOUND | {...}``, an extension) and ``@overload`` signatures.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

import jalali_meta as jm

SRC = Path(__file__).resolve().parent.parent / "src" / "jalali_meta"
MODULES = sorted(SRC.glob("*.py"))


def _rebound(tree: ast.Module) -> dict[str, list[int]]:
    """Names bound more than once at the module's top level, with their lines."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if any(isinstance(d, ast.Name) and d.id == "overload" for d in node.decorator_list):
                continue
            lines[node.name].append(node.lineno)
            continue
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
        for target in targets:
            if isinstance(target, ast.Name) and target.id not in read:
                lines[target.id].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def test_the_scan_finds_a_rebinding() -> None:
    """The check itself: a name assigned twice is found, an extension of itself is not."""
    tree = ast.parse("A = 1\nB = {1}\nA = 2\nB = B | {2}\n")
    assert _rebound(tree) == {"A": [1, 3]}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert _rebound(ast.parse(path.read_text("utf-8"))) == {}


BODY = (
    "\n\nبه گزارش این رسانه، وزیر نیرو امروز در نشستی با خبرنگاران از برنامه تازه صرفه‌جویی"
    " آب در تابستان خبر داد و گفت که این برنامه از ماه آینده اجرا می‌شود.\n"
    "وی افزود: همه استان‌ها در این طرح شرکت دارند.\n"
)


@pytest.mark.parametrize("sep", [" – ", "  –  ", " | ", "|"], ids=repr)
def test_a_dated_title_line_is_cut_at_any_of_its_separators(sep: str) -> None:
    """The pair found: the <title>-shaped line «HEADLINE – SITE – DATE» is cut at the
    separator pattern the whole module reads, which takes a bare bar too («...|DW|...»);
    the pattern once written for this rule alone needed spaces and kept the whole line."""
    headline = "وزیر نیرو از برنامه تازه صرفه‌جویی آب خبر داد"
    record = jm.parse_article(headline + sep + "DW" + sep + "۱۴۰۳ بهمن ۲۵" + BODY)
    assert record.title == headline
    assert not record.warnings
