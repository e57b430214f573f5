"""Shared fixtures: paths of the seed, the corpus and the reference calendar table."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_93f79026dfa18f1a.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The reference article, as shipped (never edited)."""
    return SEED.read_text(encoding="utf-8")
