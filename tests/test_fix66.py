"""The gaps of the twenty-sixth blind batch (tests/pages/1160-1174): a Pashto date printed
year first as a phrase («۱۳۹۷ کال د مرغومې ۲۳»), a blog post whose body opens with a greeting
(«سلام») and prints no headline, and a time glued to the letters of the next element
(«۱۳:۴۵فرهنگی/هنریایسنا»).

The shapes are real (named beside each group); the headlines and paragraphs are ours.
"""

from __future__ import annotations

import pytest
from tests.checks import ESSAY_BODY, RIVER_HEADLINE, RIVER_LEAD, under_river_headline, warning_codes

import jalali_meta as jm

# -- A Pashto date, year first: «YYYY کال د MONTH DD» --------------------------------------
# old.moj.gov.af/ps/news/338042: «۱۳۹۷ کال د مرغومې ۲۳»; pa.azadiradio.com: «۱۳۹۹ کال د
# غويي ۰۳»; tkg.af: «د ۱۳۹۷ لمريز كال د چنګاښ په ۱۶مه», «د ۱۳۹۷ كال د چنګاښ ۱۶مه نېټه».

PASHTO_HEADLINE = "د ښار په لویدیځو سیمو کې د څښاک اوبو نوې شبکه جوړېږي"
PASHTO_BODY = (
    "د ښار د اوبو رسولو ریاست وویل چې په راتلونکو دوو میاشتو کې به د ښار په لویدیځو سیمو "
    "کې نوي نلونه وغځول شي او زرګونه کورونه به پاکې اوبه ترلاسه کړي.\n\n"
    "د ریاست مشر زیاته کړه چې د دې کار بودیجه برابره شوې او چارې به ژر پیل شي.\n"
)


@pytest.mark.parametrize(
    ("text", "jalali", "day"),
    [
        ("۱۳۹۷ کال د مرغومې ۲۳", (1397, 10, 23), "2019-01-13"),
        ("۱۳۹۹ کال د غويي ۰۳", (1399, 2, 3), "2020-04-22"),
        ("د ۱۳۹۷ لمريز كال د چنګاښ په ۱۶مه", (1397, 4, 16), "2018-07-07"),
        ("د ۱۳۹۷ كال د چنګاښ ۱۶مه نېټه", (1397, 4, 16), "2018-07-07"),
        ("۱۴۰۲ کال د لړم ۲۸مه", (1402, 8, 28), "2023-11-19"),
        # «د» (of) before the day (sporghay.com: «... کال د لیندۍ د ۱۳ نېټې»; mut20)
        ("۱۴۰۲ کال د لړم د ۲۸مه", (1402, 8, 28), "2023-11-19"),
    ],
)
def test_pashto_year_first_date_is_read(text: str, jalali: tuple[int, int, int], day: str) -> None:
    (found,) = jm.find_dates(text)
    assert found.jalali_date == jalali
    assert found.calendar == "afghan"
    assert str(found.gregorian)[:10] == day


@pytest.mark.parametrize(
    "text",
    [
        "په ۱۳۹۷ کال د مرغومې په میاشت کې",  # a month of a year, no day
        "د ۱۴۰۲ کال د بودجې ۱۲ سلنه",  # «کال د» before a word that is no month
        "۱۳۹۷ کال د مرغومې ۲۳/۴",  # the day runs into another number
    ],
)
def test_pashto_year_and_word_without_a_day_is_no_date(text: str) -> None:
    """Near misses: the phrase names no day of a month."""
    assert jm.find_dates(text) == []


def test_pashto_year_first_date_line_dates_the_page() -> None:
    page = f"{PASHTO_HEADLINE}\n\n۱۳۹۷ کال د مرغومې ۲۳\n\n{PASHTO_BODY}"
    article = jm.parse_article(page)
    assert article.title == PASHTO_HEADLINE
    assert article.published is not None
    assert str(article.published.gregorian) == "2019-01-13"  # the day only: no time printed


# -- A greeting opening a post is no headline ------------------------------------------------
# 2khtarkhaleha.blogfa.com/post/377: «سلام» over the post's paragraphs, no headline;
# ashwood.ir: «درود بر شما» over the text; illia-z.blogspot.com: «درود به همه عزیزان و
# هموطنان» under the date line.


@pytest.mark.parametrize(
    "greeting",
    [
        "سلام",
        "با سلام",
        "سلام دوستان",
        "درود بر شما",
        "سلام به همه‌ی دوستان",
        "سلام علیکم",
        "درود به همه عزیزان و هموطنان",  # six words, HELLO_MAX_WORDS (illia-z.blogspot.com)
    ],
)
def test_greeting_over_the_post_is_no_title(greeting: str) -> None:
    article = jm.parse_article(f"{greeting}\n\n{ESSAY_BODY}")
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)
    assert article.lead is not None
    assert article.lead.startswith("زندگی در شهرهای بزرگ")


@pytest.mark.parametrize("headline", ["سلام فرمانده", "سلام بر ابراهیم", "درود بر شهیدان"])
def test_headline_opening_with_a_greeting_word_is_a_title(headline: str) -> None:
    """Near miss: a greeting to someone named (a song's, a book's title) names the post."""
    article = jm.parse_article(f"{headline}\n\n{ESSAY_BODY}")
    assert article.title == headline


def test_headline_over_a_greeting_is_the_title() -> None:
    """Near miss: a post that prints its headline, then opens its body with a greeting."""
    article = jm.parse_article(f"{RIVER_HEADLINE}\n\nسلام دوستان\n\n{ESSAY_BODY}")
    assert article.title == RIVER_HEADLINE
    assert "title-uncertain" not in warning_codes(article)


# -- A time glued to the letters of the next element ----------------------------------------
# khabar361.com (an aggregator's item page): «• شنبه ۱۵ مرداد ۱۴۰۱ ۱۳:۴۵فرهنگی/هنریایسنا»,
# the category and the agency run into the time, over the headline.


@pytest.mark.parametrize(
    "line",
    ["• شنبه ۱۵ مرداد ۱۴۰۱ ۱۳:۴۵فرهنگی/هنریایسنا", "شنبه ۱۵ مرداد ۱۴۰۱ ۱۳:۴۵سیاسیایرنا"],
)
def test_time_glued_to_the_category_is_read(line: str) -> None:
    article = jm.parse_article(f"{line}\n\n{RIVER_HEADLINE}\n\n{RIVER_LEAD}")
    assert article.title == RIVER_HEADLINE
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2022-08-06T13:45:00+04:30"


def test_time_glued_to_letters_under_the_headline_is_read() -> None:
    article = under_river_headline("۱۵ مرداد ۱۴۰۱ ۱۳:۴۵فرهنگی")
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2022-08-06T13:45:00+04:30"


def test_city_glued_to_the_time_keeps_the_day_only() -> None:
    """Near miss (attack28): letters glued to the time that open with no category's name may
    name another clock's city, as a word printed apart may: the day is read, the time is not."""
    article = under_river_headline("۱۲ اسفند ۱۴۰۲ ساعت ۱۰:۳۰لندن")
    assert article.published is not None
    assert str(article.published.gregorian) == "2024-03-02"


def test_category_and_agency_glued_to_the_time_keep_it() -> None:
    article = under_river_headline("شنبه ۱۵ مرداد ۱۴۰۱ ۱۳:۴۵اقتصادیمهر")
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2022-08-06T13:45:00+04:30"


def test_city_after_the_time_apart_keeps_the_day_only() -> None:
    """Near miss: a word printed apart after the time may name another clock's city: the
    day is read, the time is not (the rule for a time's company is unchanged)."""
    article = under_river_headline("۱۲ اسفند ۱۴۰۲ ساعت ۱۰:۳۰ لندن")
    assert article.published is not None
    assert str(article.published.gregorian) == "2024-03-02"


# -- A list item's link in Markdown syntax is a menu entry -----------------------------------
# old.moj.gov.af's page as a converter prints it: «  * [د وزیر په هکله](/ps/page/minister)» (a
# menu's one link, too little Markdown for the page to be read as Markdown) over the date line.


def test_list_items_link_over_the_date_is_no_title() -> None:
    article = jm.parse_article(
        f"  * [درباره وزارت](/fa/page/about)\n\n۱۲ اسفند ۱۴۰۲\n\n{ESSAY_BODY}"
    )
    assert article.title is None
    assert article.published is not None


@pytest.mark.parametrize("marker", ["*", "-", "+"])
def test_any_list_marker_makes_the_link_a_menu_entry(marker: str) -> None:
    # Markdown's three bullet marks; converters print «-» as often as «*» (mut20).
    article = jm.parse_article(
        f"  {marker} [درباره وزارت](/fa/page/about)\n\n۱۲ اسفند ۱۴۰۲\n\n{ESSAY_BODY}"
    )
    assert article.title is None


def test_list_items_link_over_the_headline_gives_way() -> None:
    article = jm.parse_article(
        f"* [درباره وزارت](/fa/page/about)\n{RIVER_HEADLINE}\n\n۱۲ اسفند ۱۴۰۲\n\n{RIVER_LEAD}"
    )
    assert article.title == RIVER_HEADLINE


def test_link_without_a_list_marker_stays_a_headline() -> None:
    """Near miss: a headline printed as a link, in no list, still names the page."""
    article = jm.parse_article(f"[{RIVER_HEADLINE}](/news/12)\n\n۱۲ اسفند ۱۴۰۲\n\n{RIVER_LEAD}")
    assert article.title is not None
    assert RIVER_HEADLINE in article.title


# -- A label spelled with a bracket, mid-line ------------------------------------------------
# getpaper.ir's «نویسنده(ها):» (author(s)) ends with a bracket before its colon; after a date
# on the same line it is read as the author's label (the mid-line label search skipped the
# line: its cheap test asked for a letter right before a colon; found by
# tests/test_prefilters.py's property test).


@pytest.mark.parametrize(
    "line", ["۱۲ اسفند ۱۴۰۲ نویسنده(ها): علی رضایی", "تاریخ: ۱۲ اسفند ۱۴۰۲ نویسنده(ها): علی رضایی"]
)
def test_bracketed_author_label_after_the_date_is_read(line: str) -> None:
    article = under_river_headline(line)
    assert article.author == "علی رضایی"
    assert article.published is not None
    assert str(article.published.gregorian) == "2024-03-02"


def test_bracketed_number_before_a_colon_is_no_label() -> None:
    """Near miss: a number in brackets before a colon names no field."""
    article = under_river_headline("۱۲ اسفند ۱۴۰۲ جدول (۱۲): علی رضایی")
    assert article.author is None
