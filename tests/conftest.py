"""Shared fixtures: paths of the seed, the corpus and the reference calendar table."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Tests never fail because the machine is slow: Hypothesis's default 200 ms deadline per example
# made a property test flaky on a loaded 2-core machine (a 3,000-element page parsed in 252 ms).
# Every property test runs without a deadline; speed is measured by benchmarks/, not by tests.
#
# The suite's examples are the same on every run (derandomized): a property that fails does
# so on every machine and every run, never by chance in CI. Random exploration is a named
# command, not the suite's job (docs/reliability.md, "Random exploration"):
# ``JALALI_META_RANDOM_EXAMPLES=1 python -m pytest tests/adversarial`` draws new examples each
# run; the long runs there (``JALALI_META_HTML_FUZZ_EXAMPLES``, benchmarks/fuzz_pages.py) too.
settings.register_profile(
    "jalali-meta",
    deadline=None,
    derandomize=not os.environ.get("JALALI_META_RANDOM_EXAMPLES"),
)
settings.load_profile("jalali-meta")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_93f79026dfa18f1a.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The reference article, as shipped (never edited)."""
    return SEED.read_text(encoding="utf-8")


# The page corpus on CI's other Pythons (.ci/run): JALALI_META_CORPUS_SHARE="K/N" keeps, of
# every test case that reads one page of the corpus (tests/pages, tests/pages_markdown,
# tests/pages_extracted: a parametrised ``path`` there), only the pages whose number (the
# digits its file name opens with) leaves K when divided by N; every other test runs whole.
# The corpus tests run the same pure-Python code on every version, so the main Python runs
# them all and each other Python a different third (K = 0, 1, 2 of N = 3): together the
# other Pythons still read every page. Unset (the README's test command), nothing is left out.
_CORPUS_DIRS = frozenset(("pages", "pages_markdown", "pages_extracted"))


def _corpus_page_number(item: pytest.Item) -> int | None:
    """The corpus page number a test case reads, None for a case that reads no one page."""
    callspec = getattr(item, "callspec", None)
    path = callspec.params.get("path") if callspec is not None else None
    if not isinstance(path, Path):
        return None
    try:
        parts = path.resolve().relative_to(ROOT / "tests").parts
    except ValueError:
        return None
    digits = path.name.split("_", 1)[0]
    if not parts or parts[0] not in _CORPUS_DIRS or not digits.isdigit():
        return None
    return int(digits)


def corpus_share() -> tuple[int, int] | None:
    """JALALI_META_CORPUS_SHARE read as (K, N), None when unset; a malformed value is an error
    (CI must not run a share it did not ask for)."""
    value = os.environ.get("JALALI_META_CORPUS_SHARE", "").strip()
    if not value:
        return None
    kept, _, of = value.partition("/")
    if not (kept.isdigit() and of.isdigit() and 0 <= int(kept) < int(of)):
        raise pytest.UsageError(f"JALALI_META_CORPUS_SHARE={value!r}: expected K/N with 0 <= K < N")
    return int(kept), int(of)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    share = corpus_share()
    if share is None:
        return
    kept, of = share
    selected: list[pytest.Item] = []
    deselected: list[pytest.Item] = []
    for item in items:
        number = _corpus_page_number(item)
        (deselected if number is not None and number % of != kept else selected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected
