"""fix106: the shapes fix104 left to fix99's rule. A site's short name printed twice at the
top of a page (its logo's alt text and its name), «مجله برنامه نویسی» twice, was still the
title with no warning over a headline shorter than twice the name's words, over a line
ending with «:», and under a menu line («خانه | مقالات | درباره ما»). The texts are written
for these tests on those layouts."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

NAME = "مجله برنامه نویسی"
HEADLINE = "آموزش ساخت یک وب سرویس ساده با پایتون و فلسک برای تازه کارها"
SHORT = "آموزش فلسک برای مبتدیان"
COLON = "آموزش ساخت یک وب سرویس ساده با پایتون و فلسک:"
LEAD = (
    "در این آموزش یاد می گیریم که چگونه با چند خط کد یک وب سرویس کوچک بسازیم و آن را روی "
    "رایانه خود اجرا کنیم. فلسک یکی از ساده ترین چارچوب های پایتون است و برای شروع کار با "
    "برنامه نویسی وب گزینه خوبی به شمار می رود."
)
MORE = (
    "برای شروع ابتدا باید پایتون را نصب کنید و سپس با دستور pip فلسک را به پروژه اضافه کنید. "
    "پس از آن یک پرونده تازه بسازید و کد نمونه را در آن بنویسید تا نخستین صفحه وب شما آماده "
    "شود و بتوانید آن را در مرورگر ببینید."
)
URLS = [None, "https://mag.example.ir/flask-web-service/"]


def _page(*lines: str, gap: str = "\n") -> str:
    return gap.join([*lines, LEAD, MORE]) + "\n"


def _silently(record: jm.ArticleRecord, title: str) -> None:
    assert record.title == title
    assert "title-uncertain" not in warning_codes(record)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("url", URLS)
def test_a_site_name_twice_over_a_short_headline_is_no_title(gap: str, url: str | None) -> None:
    # four words under a three-word name: a headline or a tagline, not told; never the name
    record = jm.parse_article(_page(NAME, NAME, SHORT, gap=gap), url=url)
    assert record.title in (SHORT, None)
    assert "title-uncertain" in warning_codes(record)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("url", URLS)
def test_a_short_headline_printed_twice_under_the_site_name_twice_is_the_title(
    gap: str, url: str | None
) -> None:
    # the headline's h1 and its og:title copy: no tagline is printed twice
    record = jm.parse_article(_page(NAME, NAME, SHORT, SHORT, gap=gap), url=url)
    _silently(record, SHORT)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("url", URLS)
def test_a_site_name_twice_over_a_line_ending_with_a_colon_is_no_title(
    gap: str, url: str | None
) -> None:
    record = jm.parse_article(_page(NAME, NAME, COLON, gap=gap), url=url)
    assert record.title != NAME
    assert "title-uncertain" in warning_codes(record)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("menu", ["خانه | مقالات | درباره ما", "خانه"])
def test_a_site_name_twice_under_a_menu_line_is_no_title(
    gap: str, url: str | None, menu: str
) -> None:
    record = jm.parse_article(_page(menu, NAME, NAME, HEADLINE, gap=gap), url=url)
    _silently(record, HEADLINE)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("below", [[], [HEADLINE]])
def test_a_short_headline_printed_twice_stays_the_title_neg(
    gap: str, url: str | None, below: list[str]
) -> None:
    # a real short headline (its h1 and its og:title copy) over the lead, or over a longer
    # summary line: no site's name, the rule does not fire
    record = jm.parse_article(_page(SHORT, SHORT, *below, gap=gap), url=url)
    _silently(record, SHORT)


@pytest.mark.parametrize("below", [SHORT, COLON])
def test_a_chapter_name_twice_over_a_short_line_is_not_passed_over_neg(below: str) -> None:
    # a chapter's name printed twice names no site (fix91): the short line and the line
    # ending with a colon are not taken for the headline under it, silently
    name = "متغیرها و ثابت ها"
    record = jm.parse_article(_page(name, name, below))
    assert record.title != below or "title-uncertain" in warning_codes(record)


def test_a_chapter_name_twice_under_a_menu_line_is_not_passed_over_neg() -> None:
    # a menu line above the copies lets no rule fire that fix99's did not: a chapter's name
    # printed twice still names no site
    name = "متغیرها و ثابت ها"
    record = jm.parse_article(_page("خانه | مقالات | درباره ما", name, name, SHORT))
    assert record.title != SHORT or "title-uncertain" in warning_codes(record)
