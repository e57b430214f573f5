"""fix99: mut25's silent title. A site's short name printed twice, the same print, at the
top of a page (its logo's alt text and its name), «مجله برنامه نویسی» twice over the
headline and the lead, was taken as the title with no warning: the copies won by score.
The texts are written for these tests on that layout."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

HEADLINE = "آموزش ساخت یک وب سرویس ساده با پایتون و فلسک برای تازه کارها"
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


def _page(*top: str, gap: str = "\n") -> str:
    return gap.join([*top, LEAD, MORE]) + "\n"


@pytest.mark.parametrize("name", ["مجله برنامه نویسی", "وبلاگ آموزش برنامه نویسی"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("url", [None, "https://mag.example.ir/flask-web-service/"])
def test_a_site_name_printed_twice_over_the_headline_is_no_title(
    name: str, gap: str, url: str | None
) -> None:
    record = jm.parse_article(_page(name, name, HEADLINE, gap=gap), url=url)
    assert record.title == HEADLINE
    assert "title-uncertain" not in warning_codes(record)


@pytest.mark.parametrize("url", [None, "https://mag.example.ir/flask-web-service/"])
def test_the_headline_printed_twice_stays_the_title_neg(url: str | None) -> None:
    # the common real shape: the headline's h1 and its og:title copy
    record = jm.parse_article(_page(HEADLINE, HEADLINE), url=url)
    assert record.title == HEADLINE
    assert "title-uncertain" not in warning_codes(record)


def test_a_headline_printed_twice_under_the_site_name_twice_is_the_title() -> None:
    name = "مجله برنامه نویسی"
    record = jm.parse_article(_page(name, name, HEADLINE, HEADLINE))
    assert record.title == HEADLINE
    assert "title-uncertain" not in warning_codes(record)


@pytest.mark.parametrize(
    "name",
    [
        "متغیرها و ثابت ها",  # a chapter's name, no site's word
        "مجله",  # the word alone names no site
    ],
)
def test_a_short_line_twice_naming_no_site_is_not_passed_over_silently_neg(name: str) -> None:
    # the rule does not fire: what the page gave before stays (the short line, or a doubt)
    old = jm.parse_article(_page(name, name, HEADLINE))
    assert old.title != HEADLINE or "title-uncertain" in warning_codes(old)


def test_a_headline_naming_a_magazine_printed_twice_stays_the_title_neg() -> None:
    # «مجله ...» opening a sentence with its verb is a headline about a magazine, no site's
    # name: printed twice (its h1 and its og:title copy) over a longer summary line, it stays
    # the title (mut26: with the verb check of _logo_named dropped, the summary was taken).
    headline = "مجله تازه منتشر شد"
    summary = "شماره تازه ماهنامه شهر با پرونده ای درباره کتابخانه های عمومی و نقش آنها در محله ها"
    record = jm.parse_article(_page(headline, headline, summary))
    assert record.title == headline
