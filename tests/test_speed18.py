"""speed18: the text-only list rule counts a page's labelled IDs only for a list's shape.

The list rule turns a page away as a list when it prints one labelled article ID («کد خبر:
..»). Counting them asks the header classifier about every line of the page; the
headline-over-one-paragraph shape the rule checks as well turns most articles away at their
first paragraph, so the count is now made last, only for a page of that shape. The answers
are checked by tests/adversarial/test_attacks17.py and benchmarks/differential.py; this
checks which lines are read.
"""

from __future__ import annotations

from pathlib import Path

import jalali_meta as jm
from jalali_meta.testing import clear_caches, fully_classified

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


def _codes(article: jm.Article) -> set[str]:
    return {w.code for w in article.warnings}


def test_an_article_body_is_not_classified() -> None:
    """The seed (a headline over an article's paragraphs): only lines of its header are read
    in full, none of its paragraphs (five were, for the ID count: those with a digit or a
    mark; plain text is told apart before the full read)."""
    text = _SEED.read_text(encoding="utf-8")
    paragraphs = [line.strip() for line in text.splitlines() if len(line.strip()) > 100]
    clear_caches()
    article, read = fully_classified(text)
    assert paragraphs
    assert not any(line.startswith(p[:40]) for line in read for p in paragraphs)
    assert article.title is not None
    assert article.number == "43222"
    assert "listing-page" not in _codes(article)


def test_a_list_shape_is_still_counted() -> None:
    """The near miss: an article's sections in a list's shape, its ID printed once: its
    paragraphs are read for the count and the page stays one article; the same shape
    without the ID is a list."""
    body = "\n\n".join(f"{h}\n\n{p}" for h, p in zip(_HEADS, _PARAS, strict=True))
    clear_caches()
    article, read = fully_classified(f"{_ID}\n\n{body}\n")
    assert any(line.startswith(p[:20]) for line in read for p in _PARAS[1:])
    assert article.title == _HEADS[0]
    assert article.number == "456789"
    assert "listing-page" not in _codes(article)
    listed, _ = fully_classified(f"{body}\n")
    assert "listing-page" in _codes(listed)
