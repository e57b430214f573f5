"""attack46's finding: fix120's `**` section lines over list items gave no title only when the
items open with a bullet (a dash, a star, a round bullet); the same page with numbered items
(«۱- », «1. », «2) ») kept its first section line as the title with no warning. Page-shaped
texts written for these tests (the layout of real38 #14's membership page, numbered)."""

from __future__ import annotations

import pytest

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


_PAGE = (
    "**ثبت نام در کلاس‌های شنا\n\n"
    "{one}هنرجویان زیر دوازده سال با یکی از والدین برای ثبت نام به دفتر استخر مراجعه می‌کنند "
    "و برگه پزشکی خود را همراه دارند.\n\n"
    "{two}هزینه هر دوره پیش از نخستین جلسه پرداخت می‌شود.\n\n"
    "**ساعت‌های کار استخر\n\n"
    "{one}استخر همه روزهای هفته جز جمعه از ساعت ۸ تا ۲۲ باز است.\n"
)


@pytest.mark.parametrize(("one", "two"), [("۱- ", "۲- "), ("1. ", "2. "), ("1) ", "2) ")])
def test_star_sections_over_numbered_items_give_no_title(one: str, two: str) -> None:
    for url in (None, "https://pool.example.ir/rules"):
        article = jm.parse_article(_PAGE.format(one=one, two=two), url=url)
        assert article.title is None
        assert "title-uncertain" in _codes(article)


_HEADLINE = "برگزاری مسابقه شنای نوجوانان در استخر شهر"


def test_neg_bold_headline_over_a_paragraph_opening_with_a_count() -> None:
    # Bold lines over paragraphs that open with a count or a year (no item's mark after the
    # number): a news page's headline and subheading, not a list's sections.
    text = (
        f"**{_HEADLINE}**\n\n"
        "۱۲ تیم از شهرهای استان در مسابقه شنای نوجوانان امروز در استخر شهر با هم رقابت "
        "کردند و تیم میزبان نخست شد.\n\n"
        "**برنامه سال آینده**\n\n"
        "1403 سالی است که هیئت شنا برگزاری سه مسابقه استانی را در برنامه خود دارد.\n"
    )
    article = jm.parse_article(text)
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_neg_bold_headline_over_a_dated_paragraph() -> None:
    # A date opening the paragraph under a bold line («12-05-1403 ...») is no item's number.
    text = (
        f"**{_HEADLINE}**\n\n"
        "12-05-1403 مسابقه شنای نوجوانان با حضور دوازده تیم از شهرهای استان در استخر شهر "
        "برگزار شد و تیم میزبان نخست شد.\n\n"
        "**برنامه سال آینده**\n\n"
        "هیئت شنا برگزاری سه مسابقه استانی را در برنامه سال آینده خود دارد.\n"
    )
    article = jm.parse_article(text)
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)
