"""speed18: the text-only list rule counts a page's labelled IDs only for a list's shape.

``_plain_items`` turns a page away as a list when it prints one labelled article ID
(«کد خبر: ..»). Counting them classifies every line of the page; the headline-over-one-
paragraph shape it checks as well turns most articles away at their first paragraph, so the
count is now made last, only for a page of that shape. (This reads a private module on
purpose: which step runs is what it checks; the answers are checked by
tests/adversarial/test_attacks17.py and benchmarks/differential.py.)
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path

import pytest

import jalali_meta as jm

_article = importlib.import_module("jalali_meta._article")
_SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_93f79026dfa18f1a.txt"
_ID = "کد خبر: ۴۵۶۷۸۹"
_HEADS = [
    "استاد محمدرضا شجریان درگذشت",
    "زندگی و آموزش در مشهد",
    "سال‌های همکاری با رادیو",
    "آخرین کنسرت‌ها و بیماری",
]
_PARAS = [
    "مجلس شورای اسلامی روز گذشته کلیات طرح ساماندهی حمل‌ونقل عمومی شهرها را تصویب کرد.",
    "این طرح از سال گذشته در دست بررسی بوده و نمایندگان درباره جزئیات آن بارها بحث کرده‌اند.",
    "به گفته کارشناسان اجرای آن دست‌کم دو سال زمان می‌برد و به اعتبار تازه‌ای نیاز دارد.",
    "مخالفان می‌گویند هزینه‌های طرح برای خانواده‌های کم‌درآمد سنگین خواهد بود و باید بازنگری شود.",
]


def _counted(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[jm.Article, int]:
    calls = []
    original = _article._id_labels

    def counting(lines: Sequence[object], outside: set[int]) -> int:
        calls.append(1)
        return int(original(lines, outside))

    monkeypatch.setattr(_article, "_id_labels", counting)
    return jm.parse_article(text), len(calls)


def test_an_article_is_not_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed (a headline over several paragraphs of an article): no line classified for it."""
    article, calls = _counted(monkeypatch, _SEED.read_text(encoding="utf-8"))
    assert calls == 0
    assert article.title is not None
    assert "listing-page" not in {w.code for w in article.warnings}


def test_a_list_shape_is_still_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    """The near miss: an article's sections in a list's shape, its ID printed once, are
    counted and kept as one article (as before)."""
    body = "\n\n".join(f"{h}\n\n{p}" for h, p in zip(_HEADS, _PARAS, strict=True))
    article, calls = _counted(monkeypatch, f"{_ID}\n\n{body}\n")
    assert calls == 1
    assert article.title == _HEADS[0]
    assert "listing-page" not in {w.code for w in article.warnings}
    # Without the ID the same shape is a list.
    listed, calls = _counted(monkeypatch, f"{body}\n")
    assert calls == 1
    assert "listing-page" in {w.code for w in listed.warnings}
