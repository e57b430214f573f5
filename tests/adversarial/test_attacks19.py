"""Nineteenth round of attacks: fix35's rules (docs/reliability.md, "Attacks, nineteenth
round").

Four values were silently wrong: the article's date line under the headline with its short
link after it was no date line when the link's host was in capitals («B2N.IR/AB12»), had a
query («?utm=tg») or a file's suffix («.../48213.html»), so a site's day stamp above the
headline won; «شماره ۴۵۶ - DATE» (three digits, no colon, then the line's date) gave 456 as
the article's number, as «شماره ۴۵۶» alone no longer does. Each test has its near miss. The
sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.checks import warning_codes as _codes

import jalali_meta as jm

HEADLINE = "شورای شهر بودجه سال آینده را بررسی کرد"
DATE = "۱۲ اسفند ۱۴۰۲"
BODY = (
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده و طرح‌های عمرانی نیمه‌تمام گفت‌وگو شد.\n\n"
    "رئیس شورا در پایان این نشست گفت که بررسی لایحه بودجه تا پایان ماه آینده ادامه خواهد "
    "داشت و نتیجه آن به اطلاع شهروندان خواهد رسید.\n"
)
PAGE = f"{HEADLINE}\n\n{DATE}\n\n{BODY}"
TOP = "29 ژانویه 2022 - 03:01"


def _day(article: jm.Article) -> dt.date:
    assert article.published is not None
    return dt.date.fromisoformat(article.published.gregorian.isoformat()[:10])


# 1. The date line under the headline with the article's link after it, in any case, with a
#    query or a file's suffix: still the date line, against the site's stamp above.


@pytest.mark.parametrize(
    "link",
    [
        "B2N.IR/AB12",
        "dsfr.ir/kd4i4?utm=tg",
        "example.ir/fa/news/48213.html",
        "Example.ir/x?a=1&b=2",
    ],
)
def test_date_line_with_any_short_link_under_the_headline_is_read(link: str) -> None:
    text = f"{TOP}\n\n{HEADLINE}\n\n12 ژانویه 2022 - 10:00 {link}\n\n{BODY}"
    article = jm.parse_article(text)
    assert article.published is not None
    assert _day(article) == dt.date(2022, 1, 12)
    assert "published-conflict" in _codes(article)


@pytest.mark.parametrize(
    "after", ["info@example.ir", "www.example.ir خبر", "B2N.IR/AB12 گزارش خبرنگار ما"]
)
def test_date_line_with_no_link_after_it_is_still_no_date_line(after: str) -> None:
    # Near miss: an e-mail or words after the date or after the link: no short link alone.
    text = f"{TOP}\n\n{HEADLINE}\n\n12 ژانویه 2022 - 10:00 {after}\n\n{BODY}"
    article = jm.parse_article(text)
    assert article.published is not None
    assert _day(article) == dt.date(2022, 1, 29)


def test_source_date_and_link_after_the_story_leave_the_pages_date() -> None:
    # Near miss: the source's date and address printed after the story are not the page's.
    text = f"{PAGE}\n۱۰ اسفند ۱۴۰۲ - ۰۹:۰۰ WWW.ISNA.IR/news/1402121005?src=rss\n"
    article = jm.parse_article(text)
    assert article.published is not None
    assert _day(article) == dt.date(2024, 3, 2)


# 2. «شماره» and one to three digits, no colon, then the line's date: no article number.


@pytest.mark.parametrize(
    "line", [f"شماره ۴۵۶ - {DATE}", f"شماره 456 | {DATE}", f"شماره ۱۲، {DATE}"]
)
def test_short_number_with_its_date_gives_no_article_number(line: str) -> None:
    article = jm.parse_article(f"{line}\n\n{HEADLINE}\n\n{BODY}")
    assert article.number is None
    assert article.published is not None
    assert _day(article) == dt.date(2024, 3, 2)


@pytest.mark.parametrize(
    ("line", "number"),
    [
        (f"شماره 52381 - {DATE}", "52381"),
        (f"شماره: ۴۵۶ - {DATE}", "456"),
        (f"شماره خبر ۴۵۶ - {DATE}", "456"),
    ],
)
def test_long_or_labelled_number_with_its_date_stays_the_number(line: str, number: str) -> None:
    # Near miss: five digits (real13's pin), a colon or «شماره خبر» name the article.
    article = jm.parse_article(f"{line}\n\n{HEADLINE}\n\n{BODY}")
    assert article.number == number
