"""Real page structure: every page of tests/pages gives its hand-checked golden record.

Each page mirrors a real Iranian or Afghan site (its URL is in the page's JSON and in
tests/pages/SOURCES.md): menus, banners, kickers, header lines, related lists and
footers as the site prints them. The golden record (title, number, published and
updated to the minute with the offset) was checked by hand, not produced by this library.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest
from tests.checks import page_expected, page_view

import jalali_meta as jm

PAGES_DIR = Path(__file__).with_name("pages")
PAGES = sorted(p for p in PAGES_DIR.iterdir() if p.suffix in (".txt", ".html"))

# Pages that still fail, each with the reason; strict, so a fixed page must leave this list.
KNOWN_FAILURES: dict[str, str] = {
    "001_hamshahri-archive_1384-akhar": (
        "title wrong: headline «...جان مي گيرند» and subtitle «گشايش دوازده ...» are two "
        "headline-shaped lines right above the body with nothing between; _title_score gives "
        "the subtitle 7 (closest to the body) and the headline 5; the text cannot tell a "
        "headline over its subtitle from a kicker over its headline"
    ),
    "041_issuu-iran_1392-ordibehesht-page1": (
        "title wrong, published missing: a front page's PDF text layer; no line reaches "
        "PARAGRAPH_WORDS (30), so there is no body anchor and the first-line rule takes "
        "«Page 1» (a viewer's page label); the lead story sits under a kicker without a colon "
        "(«... تأکید کرد»); the masthead date is glued and interleaved with the Hijri date "
        "(«25ارديبهشت  4 1392رجب»), and the English «Wednesday 15 May. 2013» sits inside a "
        "10-word ISSN line, which is no date line"
    ),
    "042_kayhan-london_1394-azar-pdf-page": (
        "title wrong: the golden's title is the viewer's page title (line 1, score -2, between "
        "7); interleaved PDF columns («ﺭﻳﺸﻪ ﺩﺭ ﺁﻳﻴﻦﻫﺎﻯ      ﻣﻨﺘﺸﺮ ﺷﺪ ...», presentation-form "
        "letters, gutters of spaces) score 7 right above the first paragraph"
    ),
    "043_magland_sedaye-eslahat-1555": (
        "published missing: the PDF text layer puts the masthead date («سه شنبه  16فروردین ماه "
        "1401  3رمضان 1443 ... 2022April5») inside one 150-word paragraph with the headlines, "
        "so no date line exists; a date in running text is a mention"
    ),
    # A held-out HTML page (branch holdhtml):
    "359_blogfa_h1_blog_name_postdesc_word_day": (
        "published missing: the only date is the blogfa byline 'نوشته شده در دوشنبه سیزدهم "
        "اسفند ۱۳۸۶ساعت 14:20 توسط NAME | نظرات (۳)' under the post; the grammar reads the "
        "date, but a footer line with 'توسط NAME' after the time is no date line (without the "
        "'توسط ...' tail it is read, as 'footer date line')"
    ),
}
# Pages where a value differs from the golden one without a warning (strict xfail as well).
SILENT_WRONG: dict[str, str] = {}


_URL = re.compile(r"https?://\S+")


def source_url(path: Path) -> str | None:
    """The page's address: the first http(s) token of its golden's «source»."""
    golden = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    found = _URL.search(golden["source"])
    return found.group(0) if found else None


@functools.cache
def _parse(path: Path) -> jm.Article:
    """Parse a page once for the three tests that read it (records are immutable).

    A scraper knows the page's address: text pages are parsed with their source URL
    (HTML pages carry theirs in canonical / og:url).
    """
    if path.suffix == ".html":
        return jm.parse_html(path.read_bytes())
    return jm.parse_article(path.read_text(encoding="utf-8"), url=source_url(path))


def _cases(known: dict[str, str]) -> list[object]:
    cases: list[object] = []
    for path in PAGES:
        reason = known.get(path.stem)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(path, id=path.stem, marks=marks))
    return cases


def test_pages_are_many_and_described() -> None:
    """At least 80 page texts and 30 HTML pages, each with a golden record and its source."""
    texts = [p for p in PAGES if p.suffix == ".txt"]
    pages = [p for p in PAGES if p.suffix == ".html"]
    assert len(texts) >= 80
    assert len(pages) >= 30
    for path in PAGES:
        golden = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert golden["source"].strip()
        assert set(golden["expected"]) >= {"title", "number", "published", "updated"}


def test_known_failures_name_real_pages() -> None:
    """Every page listed as a known failure exists."""
    stems = {p.stem for p in PAGES}
    assert sorted((set(KNOWN_FAILURES) | set(SILENT_WRONG)) - stems) == []


@pytest.mark.parametrize("path", _cases(KNOWN_FAILURES))
def test_page_gives_its_golden_record(path: Path) -> None:
    """Title, number, published and updated (to the minute, with offset) equal the golden."""
    golden = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert page_expected(golden["expected"]) == page_view(_parse(path))


@pytest.mark.parametrize("path", _cases(SILENT_WRONG))
def test_no_value_wrong_without_a_warning(path: Path) -> None:
    """A value that differs from the golden one (not None) always comes with a warning."""
    golden = page_expected(
        json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
    )
    article = _parse(path)
    got = page_view(article)
    wrong = [
        name
        for name in ("number", "published", "updated")
        if got[name] is not None and got[name] != golden[name]
    ]
    assert wrong == [] or article.warnings != ()


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_spans_are_ordered_and_point_at_values(path: Path) -> None:
    """Every span has start <= end, and text spans point at the value they name."""
    article = _parse(path)
    text = (
        jm.visible_text(path.read_bytes())
        if path.suffix == ".html"
        else path.read_text(encoding="utf-8")
    )
    for field in article.fields:
        if field.value_span is not None:
            assert field.value_span[0] <= field.value_span[1]
            assert text[slice(*field.value_span)] == field.value
    for name, span in article.spans.items():
        assert span[0] <= span[1], name
    for notice in article.warnings:
        if notice.span is not None:
            assert 0 <= notice.span[0] <= notice.span[1] <= len(text)
    for stamp in (article.published, article.updated):
        if stamp is not None and stamp.span is not None:
            assert text[slice(*stamp.span)] == stamp.text
