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
