"""Joomla's automatic alias as the publication day of a page that prints no date.

Joomla sets an item's alias to its creation time when the title has no Latin letters (the
content table's check(): ``Factory::getDate()->format('Y-m-d-H-i-s')``, UTC), so the address
reads ``/news/808-2018-03-15-16-21-09`` (ghayencity.ir, kj-agrijahad.ir, aligoodarz-gov.ir,
bayanshamal.com). The headlines and paragraphs here are ours.
"""

from __future__ import annotations

from datetime import datetime, timezone

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
        # Digits past the seconds: no stamp Joomla writes (round 19).
        f"{SITE}808-2018-03-15-16-21-0912",
    ],
)
def test_not_an_alias_day(url: str) -> None:
    article = jm.parse_article(TEXT, url=url)
    assert article.published is None
    assert "published-from-url" not in codes(article)


# -- Mutation round 19 (docs/reliability.md, "The nineteenth round") -------------------------


def test_an_alias_of_today_gives_today() -> None:
    """A page saved today, read today: its day is no day to come (the stamp's day is compared
    with today's date in UTC, the stamp's own clock)."""
    today = datetime.now(timezone.utc).date()
    article = jm.parse_article(TEXT, url=f"{SITE}808-{today.isoformat()}-00-00-00")
    if datetime.now(timezone.utc).date() != today:
        pytest.skip("the UTC day changed while parsing")
    assert article.published is not None
    assert article.published.gregorian.isoformat() == today.isoformat()
    assert "published-from-url" in codes(article)


def test_a_category_alias_ending_the_address_is_no_item_s_day() -> None:
    """Near miss: Joomla's alias of a category made from its creation time, with no item's ID
    before it, ends the address of the category's list: no item's day."""
    article = jm.parse_article(TEXT, url="https://example.ir/index.php/2020-09-08-03-15-43")
    assert article.published is None
    assert "published-from-url" not in codes(article)


def test_a_page_printing_only_its_update_gets_no_alias_day() -> None:
    """Near miss: the page prints a date of its own (its last update): the alias is not asked
    (the rule is for a page that prints no date at all)."""
    text = f"{HEADLINE}\nآخرین به روز رسانی: ۲ فروردین ۱۳۹۷\n\n{LEAD}"
    article = jm.parse_article(text, url=SITE + "808-2018-03-15-16-21-09")
    assert article.published is None
    assert "published-from-url" not in codes(article)


LIST_ITEMS = [
    (HEADLINE, LEAD.strip()),
    (
        "آغاز طرح پاکسازی معابر در محله‌های مرکزی شهر",
        "معاون خدمات شهری گفت این طرح تا پایان اسفند ادامه دارد و همه محله‌ها را در بر می‌گیرد.",
    ),
    (
        "بازدید شهردار از ایستگاه‌های آتش‌نشانی شهر",
        "شهردار در این بازدید از آمادگی نیروها و خودروهای ایستگاه‌ها برای روزهای پایانی سال گفت.",
    ),
    (
        "نصب تابلوهای تازه راهنمایی در خیابان‌های اصلی",
        "این تابلوها با همکاری پلیس راهور و برای آسان شدن رفت و آمد شهروندان نصب شده است.",
    ),
]


def test_a_list_at_an_alias_address_gets_no_day() -> None:
    """Near miss: a page reading as a list of several items (headlines over excerpts) is no
    one item: the alias's day is none of theirs."""
    text = "\n".join(f"{headline}\n{excerpt}\n" for headline, excerpt in LIST_ITEMS)
    article = jm.parse_article(text, url=SITE + "808-2018-03-15-16-21-09")
    assert "listing-page" in codes(article)
    assert article.published is None
    assert "published-from-url" not in codes(article)
