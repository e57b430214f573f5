"""Golden files: every article in tests/corpus parses to the fields in its .json beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.checks import summary

import jalali_meta as jm

CORPUS = Path(__file__).with_name("corpus")
ARTICLES = sorted(CORPUS.glob("*.txt"))


FIELDS = [
    "title", "number", "published", "updated", "category", "author", "tags", "source",
    "issue", "issue_date", "lead", "warnings",
]  # fmt: skip


def test_corpus_is_not_empty() -> None:
    """The corpus has at least 30 articles, each with its expected JSON."""
    assert len(ARTICLES) >= 30
    assert all(path.with_suffix(".json").exists() for path in ARTICLES)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_article_matches_golden(path: Path) -> None:
    """The article's fields equal the golden file's."""
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    article = jm.parse_article(path.read_text(encoding="utf-8"))
    assert summary(article, FIELDS) == expected


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_nothing_lost(path: Path) -> None:
    """Every non-blank line is the title, in a field, the lead or body, or ignored with a reason."""
    text = path.read_text(encoding="utf-8")
    article = jm.parse_article(text)
    covered: list[tuple[int, int]] = [f.span for f in article.fields]
    covered += [i.span for i in article.ignored]
    covered += [article.spans[k] for k in ("title", "lead", "body") if k in article.spans]
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.strip("\u200c\u200f\u200e"):
            start = offset + line.index(stripped[0])
            end = start + len(stripped)
            assert any(a < end and start < b for a, b in covered), f"line lost: {stripped!r}"
        offset += len(line)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_spans_point_at_values(path: Path) -> None:
    """Each span in Article.spans and in fields points at the text it names."""
    text = path.read_text(encoding="utf-8")
    article = jm.parse_article(text)
    for field in article.fields:
        assert field.value_span is not None
        assert field.span is not None
        # An inverted span slices to "" and would pass the check below: order first.
        assert field.value_span[0] <= field.value_span[1]
        assert field.span[0] <= field.span[1]
        assert text[slice(*field.value_span)] == field.value
    for name, span in article.spans.items():
        assert span[0] <= span[1], name
    for name in ("title", "lead", "category", "author", "source"):
        if name in article.spans:
            assert text[slice(*article.spans[name])] == getattr(article, name)
    for name in ("published", "updated", "issue_date"):
        stamp = getattr(article, name)
        if stamp is not None:
            assert text[slice(*stamp.span)] == stamp.text
