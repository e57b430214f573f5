"""Twelfth round of attacks: the 920-979 rules (docs/reliability.md, "Attacks, twelfth round").

fix19, fix20 and fix21 added rules for the blind pages 920-979; these are near-misses a real
page prints where a rule must not fire, and other shapes where it must. Each value was decided
by hand first; the sentences are our own, the layouts real pages' (an encyclopedia entry's
«معرف» label over its one-line definition, Joomla's paginated article «?showall=&limitstart=»,
a travel blog's listicle address «/10-best-places-....html», a DLE news address).
"""

from __future__ import annotations

import pytest
from tests.checks import COUNCIL_BODY as BODY
from tests.checks import COUNCIL_HEADLINE as HEADLINE
from tests.checks import COUNCIL_PAGE as PAGE
from tests.checks import warning_codes as codes

import jalali_meta as jm

DEFINITION = "درختی همیشه سبز از تیره سروها"


# -- a number of one or two digits before a Latin slug is no DLE news ID (_sources) ----------


@pytest.mark.parametrize(
    "path",
    ["/travel/10-best-places-to-visit-in-iran.html", "/health/7-ways-to-sleep-better.html",
     "/guides/25-things-to-know.html"],
)  # fmt: skip
def test_listicle_count_before_a_latin_slug_is_no_number(path: str) -> None:
    article = jm.parse_article(PAGE, url=f"https://www.example.com{path}")
    assert article.number is None


@pytest.mark.parametrize(
    ("path", "number"),
    [("/hokimiyati-davlati/3458-bozeft-va-tadioti-arheolog.html", "3458"),
     ("/news/512-shahr-budget-reviewed-today.html", "512")],
)  # fmt: skip
def test_dle_news_id_of_three_digits_or_more_is_the_number(path: str, number: str) -> None:
    article = jm.parse_article(PAGE, url=f"https://example.tj{path}")
    assert article.number == number


# -- Joomla's paginated article («?showall=&limitstart=») is one item (_article._address) ----


@pytest.mark.parametrize(
    "query", ["?showall=&limitstart=", "?showall=1&limitstart=", "?limitstart=2&showall=0"]
)
def test_joomla_paginated_article_is_no_list(query: str) -> None:
    url = f"https://www.example.ir/index.php/news/4521-budget{query}"
    article = jm.parse_article(PAGE, url=url)
    assert article.title == HEADLINE
    assert not {"listing-page", "title-uncertain"} & codes(article)


def test_joomla_category_offset_still_doubts_the_headline() -> None:
    url = "https://www.example.ir/index.php/news?limitstart=20"
    article = jm.parse_article(PAGE, url=url)
    assert "title-uncertain" in codes(article) or "listing-page" in codes(article)


# -- a field's value under its label alone, taken as the title, is doubted (_article) --------


def test_field_value_under_its_label_taken_as_title_is_warned() -> None:
    # A one-word entry's heading over «معرف» loses to the definition: never silently.
    article = jm.parse_article(f"سرو\n\nمعرف\n\n{DEFINITION}\n\n{BODY}")
    assert article.title in ("سرو", None) or "title-uncertain" in codes(article)


def test_record_heading_over_its_label_stays_unwarned() -> None:
    article = jm.parse_article(f"درخت سرو کوهی\n\nمعرف\n\n{DEFINITION}\n\n{BODY}")
    assert article.title == "درخت سرو کوهی"
    assert "title-uncertain" not in codes(article)


def test_headline_beginning_with_a_label_word_stays_unwarned() -> None:
    headline = "خلاصه بازی پرسپولیس و استقلال را ببینید"
    article = jm.parse_article(f"{headline}\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}")
    assert article.title == headline
    assert "title-uncertain" not in codes(article)


# -- the other 920-979 rules hold on their near-misses (no change needed) ------------------


@pytest.mark.parametrize(
    "url",
    ["https://blog.example.com/2024/03/02/", "http://www.example.ir/1402/12/12/",
     "https://www.example.ir/news/culture/4521-budget?start=0",
     "https://www.example.com/news/125149/city-council-reviews-next-year-budget",
     "https://www.example.ir/news/125149/shoraye-shahr-budjeye-sale-ayande-barresi",
     "https://www.example.ir/news/125149/بررسی-بودجه-در-جلسه-امروز-شورا"],
)  # fmt: skip
def test_one_post_and_unrelated_slugs_keep_the_headline(url: str) -> None:
    article = jm.parse_article(PAGE, url=url)
    assert article.title == HEADLINE
    assert "title-uncertain" not in codes(article)
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2024-03-02"


def test_persian_slug_naming_another_headline_still_warns() -> None:
    url = "https://www.example.ir/news/125149/حواشی-خبری-در-اولین-هفته-آذر"
    assert "title-uncertain" in codes(jm.parse_article(PAGE, url=url))


@pytest.mark.parametrize(
    ("path", "number"),
    [("/news/2024-05-01-city-council-budget.html", None), ("/page/2-news-of-the-day.html", None)],
)  # fmt: skip
def test_dle_shape_near_misses(path: str, number: str | None) -> None:
    assert jm.parse_article(PAGE, url=f"https://example.tj{path}").number == number


@pytest.mark.parametrize(
    ("doc", "day"),
    [(f"{HEADLINE}\n\n۱۲ اسفند ۱۴۰۲ 276\n\n{BODY}", "2024-03-02"),
     (f"{HEADLINE}\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}\nمهلت ثبت‌نام: ۲۰ اسفند ۱۴۰۲ 1500\n", "2024-03-02"),
     (f"{HEADLINE}\n\n۱۲ اسفند ۱۴۰۲\n\nبه گزارش ما، امروز ۱۲ اسفند نشست برگزار شد. {BODY}",
      "2024-03-02"),
     (f"{HEADLINE}\n\n۱۲ اسفند ۱۴۰۲\n\nامروز ۳۰ فروردین ۱۴۰۳ آخرین مهلت است. {BODY}",
      "2024-03-02")],
)  # fmt: skip
def test_date_rules_near_misses_keep_the_date(doc: str, day: str) -> None:
    article = jm.parse_article(doc)
    assert article.published is not None
    assert article.published.gregorian.isoformat() == day


def test_lead_today_naming_another_day_still_refuses_the_date() -> None:
    doc = f"۱۲ اسفند ۱۴۰۲\n\n{HEADLINE}\n\nبه گزارش ما، امروز ۳۰ فروردین نشست برگزار شد. {BODY}"
    article = jm.parse_article(doc)
    assert article.published is None
    assert "published-conflict" in codes(article)


def test_headline_ending_with_a_bracketed_note_printed_once_is_kept() -> None:
    headline = f"{HEADLINE} (ویدیو)"
    assert jm.parse_article(f"{headline}\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}").title == headline
