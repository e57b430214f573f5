"""Joomla's automatic alias as the publication day of a page that prints no date.

Joomla sets an item's alias to its creation time when the title has no Latin letters (the
content table's check(): ``Factory::getDate()->format('Y-m-d-H-i-s')``, UTC), so the address
reads ``/news/808-2018-03-15-16-21-09`` (ghayencity.ir, kj-agrijahad.ir, aligoodarz-gov.ir,
bayanshamal.com). The headlines and paragraphs here are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

HEADLINE = "برگزاری نشست هماهنگی خدمات شهری در آستانه سال نو"
LEAD = (
    "به گزارش روابط عمومی شهرداری، در این نشست برنامه پاکسازی معابر و آماده‌سازی "
    "ایستگاه‌های آتش‌نشانی برای روزهای پایانی سال بررسی شد.\n"
)
TEXT = f"{HEADLINE}\n\n{LEAD}"
SITE = "http://example.ir/index.php/news/"


def codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def test_alias_stamp_gives_the_day_only_warned() -> None:
    article = jm.parse_article(TEXT, url=SITE + "808-2018-03-15-16-21-09")
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2018-03-15"
    assert article.published.jalali_date == (1396, 12, 24)
    assert article.published.text == "2018-03-15"  # the day, never the stamp's time
    assert "published-from-url" in codes(article)
    assert article.number == "808"


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("19-29-59", "2023-09-27"),
        ("19-30-00", None),
        ("23-10-00", None),
        ("04-25-51", "2023-09-27"),
    ],
)
def test_a_stamp_from_1930_may_be_the_next_day_in_tehran(stamp: str, day: str | None) -> None:
    article = jm.parse_article(TEXT, url=f"{SITE}788-2023-09-27-{stamp}")
    if day is None:
        assert article.published is None
        assert "published-from-url" not in codes(article)
    else:
        assert article.published is not None
        assert article.published.gregorian.isoformat() == day


def test_the_page_s_own_date_wins_over_the_alias() -> None:
    text = f"{HEADLINE}\n۲۳ اسفند ۱۳۹۶ - ۱۰:۱۵\n\n{LEAD}"
    article = jm.parse_article(text, url=SITE + "808-2018-03-15-16-21-09")
    assert article.published is not None
    assert article.published.jalali_date == (1396, 12, 23)
    assert "published-from-url" not in codes(article)


@pytest.mark.parametrize(
    "url",
    [
        # A slug that starts with a Jalali day is no alias (no ID, no time).
        "https://example.ir/news/1402-05-01-report",
        # A category alias made the same way, with the item's slug after it, is the category's.
        "https://example.ir/index.php/2020-09-08-03-15-43/amalkard",
        # No calendar day, or a day still to come.
        f"{SITE}808-2018-02-30-10-00-00",
        f"{SITE}808-2099-03-15-10-00-00",
    ],
)
def test_not_an_alias_day(url: str) -> None:
    article = jm.parse_article(TEXT, url=url)
    assert article.published is None
    assert "published-from-url" not in codes(article)
