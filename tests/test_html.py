"""parse_html: every page of tests/corpus/html parses to the fields in its .json beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.checks import summary

import jalali_meta as jm

pytest.importorskip("selectolax")

PAGES = sorted((Path(__file__).parent / "corpus" / "html").glob("*.html"))


FIELDS = [
    "title", "number", "published", "updated", "category", "author", "tags", "source",
    "url", "site_name", "language", "warnings",
]  # fmt: skip


def test_html_corpus_is_not_empty() -> None:
    """At least 12 pages, each with its expected JSON."""
    assert len(PAGES) >= 12
    assert all(p.with_suffix(".json").exists() for p in PAGES)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_page_matches_golden(path: Path) -> None:
    """The page's fields equal the golden file's (bytes in: the encoding is detected)."""
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert summary(jm.parse_html(path.read_bytes()), FIELDS) == expected


def test_machine_values_kept_in_fields() -> None:
    """On a conflict both the visible and the machine value stay in fields."""
    page = next(p for p in PAGES if "conflict" in p.stem)
    article = jm.parse_html(page.read_bytes())
    labels = [(f.name, f.label) for f in article.fields if f.name in ("published", "date")]
    assert ("published", "json-ld datePublished") in labels
    assert any(name == "date" for name, _ in labels)


def test_strict_conflict_raises() -> None:
    """In strict mode a visible/machine disagreement is a ConflictError."""
    page = next(p for p in PAGES if "conflict" in p.stem)
    with pytest.raises(jm.ConflictError):
        jm.parse_html(page.read_bytes(), strict=True)


def test_lossy_decoding_warns() -> None:
    """A page that decodes only with replacement characters gets a warning, never silent loss."""
    data = (
        b"\xef\xbb\xbf"
        + "<html><body><h1>عنوان</h1><p>متن".encode()
        + b"\xff\xfe</p></body></html>"
    )
    article = jm.parse_html(data)
    assert article.title == "عنوان"
    assert [w.code for w in article.warnings] == ["encoding-replaced"]
    with pytest.raises(jm.ConflictError):
        jm.parse_html(data, strict=True)


def test_windows_1256_is_detected() -> None:
    """Old pages in windows-1256, declared or not, decode to the right letters."""
    for path in PAGES:
        if "1256" in path.stem:
            text, notes = jm.decode_html(path.read_bytes())
            assert notes == []
            assert "كد خبر" in text or "شماره" in text


def test_without_extra_gives_clear_import_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without selectolax, parse_html raises an ImportError that names the extra."""
    import sys

    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)
    with pytest.raises(ImportError, match=r"jalali-meta\[html\]"):
        jm.parse_html("<html></html>")
    assert jm.parse_article("عنوان\nکد خبر: ۱\nمتن").number == "1"


def test_cli_reads_html_files(capsys: pytest.CaptureFixture[str]) -> None:
    """.html files go through parse_html in the CLI, with their encoding detected."""
    from jalali_meta.testing import run_cli as main

    assert main(["--format", "jsonl", *map(str, PAGES)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    expected = [json.loads(p.with_suffix(".json").read_text(encoding="utf-8")) for p in PAGES]
    assert [r["number"] for r in records] == [e["number"] for e in expected]


def test_an_h1_naming_the_blog_before_the_post_title_is_no_title() -> None:
    """Blogger's classic layout: <h1> holds the blog's name, <title> «blog: post title», the
    post title printed under the date header: the post title is the title."""
    post = "چند خط درباره کتاب‌فروشی‌های خیابان"
    page = (
        f"<html><head><title>مجید نمونه: {post}</title></head><body>"
        "<h1>مجید نمونه</h1><h2>چهارشنبه، شهریور ۱۴، ۱۳۸۶</h2>"
        f"<h3>{post}</h3><p>{'کتاب‌فروشی‌های روبه‌روی دانشگاه را با نگاه فرهنگی می‌سنجیم و کمتر به خانواده‌ها فکر می‌کنیم. ' * 2}</p>"
        f"<p>{'این راسته برای گروهی از مترجمان جوان تنها راه کسب درآمد است و باید دیده شود. ' * 2}</p>"
        "</body></html>"
    )
    assert jm.parse_html(page).title == post


def test_an_h1_holding_the_headline_of_the_title_tag_stays_the_title() -> None:
    """<title> «headline | site», <h1> the headline: the h1 is the title."""
    headline = "چند خط درباره کتاب‌فروشی‌های خیابان انقلاب"
    page = (
        f"<html><head><title>{headline} | نمونه</title></head><body><h1>{headline}</h1>"
        f"<p>{'کتاب‌فروشی‌های روبه‌روی دانشگاه را با نگاه فرهنگی می‌سنجیم و کمتر به خانواده‌ها فکر می‌کنیم. ' * 2}</p>"
        "</body></html>"
    )
    assert jm.parse_html(page).title == headline
