"""speed58: ``YEAR_CORE`` and ``_grammar._TOKEN_START`` rewritten character first for speed.

Each must find exactly what its former spelling found (fix292's patterns), at any ``pos`` and
``endpos``: the date grammar's windows and every reader of a year depend on these matches.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import regex

from jalali_meta.testing import normalize, year_and_token_patterns

PATTERNS = year_and_token_patterns()

ROOT = Path(__file__).resolve().parent.parent
FORMER: dict[str, tuple[Any, str]] = {
    "YEAR_CORE": (
        PATTERNS["YEAR_CORE"],
        r"(?<![0-9])[0-9]{4}(?![0-9])|(?<=[0-9],\x20?)(?:19|20)[0-9]{2}(?=[0-9])",
    ),
    "_TOKEN_START": (
        PATTERNS["_TOKEN_START"],
        r"(?<!\w)\w|(?<=[0-9])[^\W0-9_]|(?<=[^\W0-9_])[0-9]|(?<=[a-z])[A-Z]"
        r"|(?<=\p{L})(?<=\p{Arabic})[A-Z]",
    ),
}
EDGES = [
    "May 22, 2021143",
    "May 22,2021143",
    "22, 20211",
    "3, 19999",
    "1,  2020 5",
    "x,2020",
    ", 2021",
    "12345 2021 1402/06/28",
    "CenterMay 22, 2021",
    "خبرنگار هراتDec 9, 2023217",
    "هراتDecor ۱۲Dec",
    "ِDec 9, 2023",
    "aB1a_b2C",
    "۱۴۰۲ ١٤٠٢",
    "\n2021\n",
    "",
]


def _texts() -> list[str]:
    texts = list(EDGES)
    for path in sorted((ROOT / "tests" / "pages").glob("*.txt"))[::3]:
        raw = path.read_text(encoding="utf-8", errors="replace")
        texts += [raw, normalize(raw)]
    return texts


@pytest.mark.parametrize("name", sorted(FORMER))
def test_same_matches_as_the_former_spelling(name: str) -> None:
    live, former_text = FORMER[name]
    former = regex.compile(former_text)
    rnd = random.Random(58)
    for text in _texts():
        windows = [(0, len(text))] + [
            tuple(sorted((rnd.randrange(len(text) + 1), rnd.randrange(len(text) + 1))))
            for _ in range(2)
        ]
        for pos, endpos in windows:
            assert [m.span() for m in live.finditer(text, pos, endpos)] == [
                m.span() for m in former.finditer(text, pos, endpos)
            ], (name, text[:60], pos, endpos)
