"""The seed article (Ministry of ICT) parses to exactly the record the project promises."""

from __future__ import annotations

import datetime as dt
import json

import jdatetime

import jalali_meta as jm
from jalali_meta.testing import TEHRAN


def test_seed_number(seed_text: str) -> None:
    """The article number is the value printed on the line after «شماره :»."""
    article = jm.parse_article(seed_text)
    assert article.number == "43222"
    start, end = article.spans["number"]
    assert seed_text[start:end] == "43222"


def test_seed_title_is_first_line(seed_text: str) -> None:
    """The title is the first line, as written (no ZWNJ added)."""
    article = jm.parse_article(seed_text)
    assert article.title == seed_text.splitlines()[0]


def test_seed_updated_time(seed_text: str) -> None:
    """«آخرین به روزرسانی» gives the update time, 1402/06/28 16:42 = 2023-09-19T16:42+03:30."""
    article = jm.parse_article(seed_text)
    assert article.updated is not None
    assert article.updated.isoformat() == "2023-09-19T16:42:00+03:30"
    assert article.updated.jalali == jdatetime.datetime(1402, 6, 28, 16, 42, tzinfo=TEHRAN)
    assert article.updated.gregorian.utcoffset() == dt.timedelta(hours=3, minutes=30)
    assert article.updated.calendar == "jalali"
    assert article.updated.weekday == "سه شنبه"
    assert article.updated.text == "سه شنبه 1402/06/28 ساعت 16:42"
    assert seed_text[slice(*article.updated.span)] == article.updated.text


def test_seed_update_is_not_publication(seed_text: str) -> None:
    """Only a last-update time is printed: the publication time stays unknown, with no warning."""
    article = jm.parse_article(seed_text)
    assert article.published is None
    assert article.warnings == ()


def test_seed_empty_category(seed_text: str) -> None:
    """«دسته بندی» is printed with no value: category is None, and the label is kept in fields."""
    article = jm.parse_article(seed_text)
    assert article.category is None
    assert [(f.name, f.value) for f in article.fields if f.name == "category"] == [("category", "")]


def test_seed_lead_and_body(seed_text: str) -> None:
    """The lead follows the repeated title; the body has no blank, no-break-space or «X» lines."""
    article = jm.parse_article(seed_text)
    paragraphs = [line.strip() for line in seed_text.splitlines() if line.strip()]
    lead_index = paragraphs.index(article.title, 1) + 1
    assert article.lead == paragraphs[lead_index]
    assert list(article.body) == paragraphs[lead_index + 1 : -1]
    assert paragraphs[-1] == "X"
    assert "X" not in article.body
    assert all(p.strip() for p in article.body)
    assert [(i.text, i.reason) for i in article.ignored] == [
        (article.title, "repeated title"),
        ("X", "control"),
    ]


def test_seed_cli_record_equals_api(seed_text: str, capsys: object) -> None:
    """`jalali-meta seeds/...` prints the same record that parse_article returns."""
    from tests.conftest import SEED

    from jalali_meta.testing import run_cli as main

    assert main([str(SEED)]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    printed = json.loads(out)
    assert printed.pop("path") == str(SEED)
    assert printed == jm.to_dict(jm.parse_article(seed_text))
    assert printed["updated"]["gregorian"] == "2023-09-19T16:42:00+03:30"
    assert printed["number"] == "43222"


def test_seed_strict_mode_agrees(seed_text: str) -> None:
    """The seed has nothing doubtful, so strict mode returns the same record."""
    assert jm.parse_article(seed_text, strict=True) == jm.parse_article(seed_text)


def test_seed_with_crlf_and_bom_gives_the_same_values(seed_text: str) -> None:
    """Windows line ends and a byte-order mark change offsets, not values."""
    plain = jm.parse_article(seed_text)
    windows = jm.parse_article("\ufeff" + seed_text.replace("\n", "\r\n"))
    assert (windows.title, windows.number, windows.lead, windows.body, windows.warnings) == (
        plain.title,
        plain.number,
        plain.lead,
        plain.body,
        plain.warnings,
    )
    assert windows.updated is not None
    assert windows.updated.isoformat() == "2023-09-19T16:42:00+03:30"
