"""Mutation fuzzing over the corpus and the seed: only our documented errors ever escape.

CI runs a bounded number of inputs. For a longer run:

    JALALI_META_FUZZ_EXAMPLES=200000 python -m pytest tests/test_fuzz.py -p no:randomly

Inputs that ever failed are kept as regression cases in REGRESSIONS below.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.checks import strict_error_is_ours

import jalali_meta as jm

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus").glob("*.txt"))]
SOURCES.append((ROOT / "seeds" / "000_93f79026dfa18f1a.txt").read_text(encoding="utf-8"))
EXAMPLES = int(os.environ.get("JALALI_META_FUZZ_EXAMPLES", "1500"))

# Pieces a mutation inserts: separators, digits of all systems, labels, invisible marks.
PIECES = [
    *"0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩:/-|•،,.\n \u200c\u200f\u200e\xa0\ufeff\x00",
    "کد خبر:",
    "تاریخ انتشار :",
    "شماره :",
    "بهمن",
    "اسفند",
    "سه شنبه",
    "ساعت",
    "ب.ظ",
    "PM",
    "1402/12/30",
    "۳۰ اسفند ۱۴۰۲",
    "24:00",
    "برابر با",
    "میلادی",
    "امروز",
    "سال",
    "9999",
]


@st.composite
def mutants(draw: st.DrawFn) -> str:
    """A corpus text with a few random insertions, deletions, duplications and swaps."""
    text = draw(st.sampled_from(SOURCES))
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["insert", "delete", "duplicate", "swap_lines", "truncate"]))
        pos = draw(st.integers(0, len(text)))
        if op == "insert":
            text = text[:pos] + draw(st.sampled_from(PIECES)) + text[pos:]
        elif op == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 20)) :]
        elif op == "duplicate":
            text = text[:pos] + text[pos : pos + 40] * draw(st.integers(2, 5)) + text[pos:]
        elif op == "swap_lines":
            lines = text.split("\n")
            if len(lines) > 1:
                i = draw(st.integers(0, len(lines) - 2))
                lines[i], lines[i + 1] = lines[i + 1], lines[i]
            text = "\n".join(lines)
        else:
            text = text[:pos]
    return text


def _check(text: str) -> None:
    article = jm.parse_article(text)  # lenient: never raises on text
    for stamp in (article.published, article.updated, article.issue_date, *article.mentions):
        if stamp is not None:
            assert text[stamp.span[0] : stamp.span[1]] == stamp.text
    for field in article.fields:
        assert text[field.value_span[0] : field.value_span[1]] == field.value
    strict_error_is_ours(text)


@pytest.mark.slow
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutants())
def test_mutants(text: str) -> None:
    """Mutated articles parse leniently, and strictly raise only ParseError subclasses."""
    _check(text)


# Inputs found by the fuzzer or by hand that once broke an invariant.
REGRESSIONS = [
    "",
    "\n\n\n",
    "کد خبر:\n",
    "تاریخ انتشار :\n۱۴۰۲/۰۶/۲۸\u200f",
    "عنوان\nکد خبر: ۱۲۳ تاریخ انتشار:",
    "عنوان\n2023,1,23,9,15,03 بهمن 1401",
    "1402/06/28 1402/06/28 1402/06/28",
    "X",
    # Found by the fuzzer: an update with a time compared with a publication day without one.
    "تغییر ساعت\nتاریخ انتشار: ۲۷ آذر ۱۴۰۱ 0- ۰۸:۰۰\nآخرین به‌روزرسانی: ۲۷ آذر ۱۴۰۱ - ۱۱:۳۰\nمتن.",
]


@pytest.mark.parametrize("text", REGRESSIONS)
def test_regressions(text: str) -> None:
    """Former failures stay fixed."""
    _check(text)
