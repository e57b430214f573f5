"""fix274: a one-word date label («تاریخ», «انتشار», «زمان») glued after a headline with its
colon and the date (mut51 (g), docs/reliability.md «The fifty-first round»): the label goes
with the date, not into the title; a word leading into the label («در تاریخ:», «از تاریخ:»)
keeps the line whole, as before. The sentences are written for these tests."""

from __future__ import annotations

import pytest

import jalali_meta as jm

_HEADLINE = "مسابقه قایقرانی دانش آموزان در دریاچه سد"
_BODY = (
    "\n\nبه گزارش خبرنگار ما، مسابقه قایقرانی دانش آموزان با حضور مربیان و خانواده ها "
    "در کنار دریاچه سد برگزار شد و برندگان جایزه های خود را از رئیس اداره گرفتند.\n\n"
    "مسئول برگزاری گفت: این مسابقه هر سال در پایان خرداد برگزار خواهد شد و سال آینده "
    "دانش آموزان شهرهای همسایه هم در آن شرکت می کنند.\n"
)


def _parse(line: str) -> jm.Article:
    return jm.parse_article("ورود\n" + line + _BODY)


@pytest.mark.parametrize("label", ["تاریخ", "انتشار", "زمان"])
def test_one_word_label_glued_after_headline_is_cut_with_its_date(label: str) -> None:
    article = _parse(f"{_HEADLINE} {label}: 1398/03/25")
    assert article.title == _HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1398, 3, 25)
    assert not any(w.code == "title-uncertain" for w in article.warnings)


@pytest.mark.parametrize("lead", ["در", "از"])
def test_word_leading_into_the_label_keeps_the_line_whole(lead: str) -> None:
    # «... در تاریخ: DATE»: the headline's own phrase, not a label; the title is not cut.
    line = f"مسابقه قایقرانی دانش آموزان {lead} تاریخ: 1398/03/25"
    article = _parse(line)
    assert article.title == line


def test_label_without_colon_is_not_cut() -> None:
    line = "مسابقه قایقرانی دانش آموزان تاریخ 1398/03/25"
    assert _parse(line).title == line


def test_short_headline_before_one_word_label_is_not_cut() -> None:
    # Two words before the label are fewer than a dated headline's least: no cut title.
    article = _parse("مسابقه قایقرانی تاریخ: 1398/03/25")
    assert article.title != "مسابقه قایقرانی"
