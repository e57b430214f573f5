"""IDs and dates that held-out pages print in shapes the rules missed (round fix40): a site's
numbered pages («/pages/N/»), a law database's one query field («?lid=N»), WordPress's
shortlink, a reading time run on after the date, and a bare time line a blank line under a
bare date line. Each rule has a near miss it must leave alone; the words are new."""

from __future__ import annotations

import pytest
from tests.checks import iso, to_minute
from tests.checks import warning_code_list as codes

import jalali_meta as jm

HEADLINE = "آغاز ثبت‌نام دوره‌های آموزشی تابستانه در کتابخانه مرکزی شهر"
BODY = (
    "کتابخانه مرکزی شهر از هفته آینده ثبت‌نام دوره‌های کتابخوانی و نویسندگی کودکان و "
    "نوجوانان را آغاز می‌کند و علاقه‌مندان می‌توانند تا پایان ماه در این دوره‌ها نام بنویسند.\n\n"
    "مسئول کتابخانه گفت که کلاس‌ها در دو نوبت صبح و عصر برگزار می‌شود و هزینه آن برای "
    "اعضای کتابخانه رایگان است.\n"
)
PAGE = f"{HEADLINE}\n\n{BODY}"


def published(article: jm.Article) -> str | None:
    """The published value as the page goldens write it."""
    return to_minute(iso(article.published))


# -- 1. Addresses: a site's numbered pages and a law database's «lid» ------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # A site's own page by its number (a bar association's news item, a species' page).
        ("http://bar.example.org/pages/1100/", "1100"),
        ("https://eol.example.org/pages/1234", "1234"),
        ("http://shop.example.ir/Pages/2/قوانین-سایت", "2"),
        # A law database's law, the query's only field.
        ("http://laws.example.ir/Brows/?lid=313062", "313062"),
    ],
)
def test_address_states_the_items_number(url: str, expected: str) -> None:
    """The number of a numbered page, and a law's ID alone in the query, are the item's."""
    assert jm.parse_article(PAGE, url=url).number == expected


@pytest.mark.parametrize(
    "url",
    [
        # A list's page («page», singular) and a category under the pages' folder.
        "http://bar.example.org/page/12/",
        "http://bar.example.org/pages/cat/3/",
        # «lid» beside other fields: a language's or a list's number.
        "https://vendor.example.com/Download/processFind.aspx?psid=101&pfid=816&lid=1",
        "https://feed.example.com/api/roll/get?pageid=155&lid=1686&num=20",
        # «lid» first among other fields, a lone «lid» of two digits (a language's number),
        # and a lone «lid» that is no number (a locale's code).
        "http://laws.example.ir/Brows/?lid=1686&pageid=155",
        "http://laws.example.ir/Brows/?lid=12",
        "http://laws.example.ir/Brows/?lid=en-us",
    ],
)
def test_address_without_the_items_number(url: str) -> None:
    """A list's page number, a category's, and «lid» among other fields are no item ID."""
    assert jm.parse_article(PAGE, url=url).number is None


def test_year_like_page_number_is_doubted() -> None:
    """«/pages/2019»: a page's number or a year's archive; taken with number-year-like."""
    article = jm.parse_article(PAGE, url="http://bar.example.org/pages/2019")
    assert (article.number, "number-year-like" in codes(article)) == ("2019", True)


# -- 2. WordPress's shortlink -----------------------------------------------------------------

_POST = (
    '<html lang="fa"><head><title>{headline} – سایت</title>'
    '<link rel="canonical" href="https://news.example.af/afghanistan/2051/">{link}</head>'
    "<body><article><h1>{headline}</h1><p>{body}</p></article></body></html>"
)


def _post(link: str) -> str:
    return _POST.format(headline=HEADLINE, body=BODY.replace("\n", " "), link=link)


def test_shortlink_gives_the_posts_id() -> None:
    """«<link rel="shortlink" href="/?p=2051">» beside «/afghanistan/2051/»: the post's ID."""
    page = _post('<link rel="shortlink" href="https://news.example.af/?p=2051">')
    assert jm.parse_html(page).number == "2051"
    assert jm.parse_html(page, url="https://news.example.af/afghanistan/2051/").number == "2051"


def test_shortlink_fills_the_gap_of_a_page_without_any_address() -> None:
    """No canonical and no address given: the shortlink alone still names the post's ID."""
    page = _post('<link rel="shortlink" href="https://news.example.af/?p=2051">').replace(
        '<link rel="canonical" href="https://news.example.af/afghanistan/2051/">', ""
    )
    assert jm.parse_html(page).number == "2051"


def test_without_shortlink_the_category_path_gives_no_id() -> None:
    """The same page without its shortlink: «/afghanistan/2051/» alone states no ID for sure."""
    assert jm.parse_html(_post("")).number is None


def test_address_id_wins_over_the_shortlink() -> None:
    """An address that holds an ID keeps it; the shortlink only fills a gap."""
    page = _post('<link rel="shortlink" href="https://news.example.af/?p=77">')
    assert jm.parse_html(page, url="https://news.example.af/news/123456/").number == "123456"


def test_shortlink_without_an_id_gives_none() -> None:
    """A shortener's code («/xYz9Q») names no ID."""
    page = _post('<link rel="shortlink" href="https://sho.rt/xYz9Q">')
    assert jm.parse_html(page).number is None


# -- 3. A reading time run on after the date ------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "۲۵ فروردین ۱۳۹۹ زمان مورد نیاز برای مطالعه: ۹ دقیقه",
        "۲۵ فروردین ۱۳۹۹ | زمان مطالعه: ۹ دقیقه",
        "۲۵ فروردین ۱۳۹۹ - ۴ دقیقه مطالعه",
        # A slash before the reading time (a separator the date line's own trim keeps).
        "۲۵ فروردین ۱۳۹۹ / زمان مورد نیاز برای مطالعه: ۹ دقیقه",
    ],
)
def test_reading_time_after_the_date_leaves_a_date_line(line: str) -> None:
    """The date of «DATE زمان ... مطالعه: N دقیقه» under the headline is the publication's."""
    article = jm.parse_article(f"{HEADLINE}\n\n{line}\n\n{BODY}")
    assert published(article) == "2020-04-13"


def test_date_in_a_sentence_about_reading_is_no_date_line() -> None:
    """A sentence that dates a reading plan and names minutes is running text, not a header."""
    line = (
        "از ۲۵ فروردین ۱۳۹۹ کتابخانه برای هر عضو برنامه‌ای گذاشت که روزانه سی دقیقه "
        "مطالعه کند و گزارش آن را بنویسد"
    )
    article = jm.parse_article(f"{HEADLINE}\n\n{line}\n\n{BODY}")
    assert article.published is None


# -- 4. A bare time line a blank line under a bare date line --------------------------------

# The body's paragraphs on adjacent lines: the text is not double-spaced (where a blank
# line before every line groups nothing and the lines join anyway).
TIGHT = BODY.replace("\n\n", "\n")


def test_bare_time_line_under_a_bare_date_line_across_a_blank() -> None:
    """«۱۳ دی ۱۴۰۱» / blank / «۱۸:۳۹»: the date's time (a meta block, one value a line)."""
    text = f"{HEADLINE}\n\n۱۳ دی ۱۴۰۱\n\n۱۸:۳۹\n\n۷۲۱\n\n{TIGHT}"
    assert published(jm.parse_article(text)) == "2023-01-03T18:39+03:30"


def test_clock_with_seconds_across_a_blank_is_not_the_dates_time() -> None:
    """A clock with seconds a blank line under the date is a live clock: the date stays bare."""
    text = f"{HEADLINE}\n\n۱۳ دی ۱۴۰۱\n\n۱۸:۳۹:۰۵\n\n{TIGHT}"
    assert published(jm.parse_article(text)) == "2023-01-03"


def test_labelled_time_across_a_blank_is_not_joined() -> None:
    """A labelled line's date keeps its rule: a time a blank line under it is not joined."""
    text = f"{HEADLINE}\n\nتاریخ انتشار: ۱۳ دی ۱۴۰۱\n\n۱۸:۳۹\n\n{TIGHT}"
    assert published(jm.parse_article(text)) == "2023-01-03"


@pytest.mark.parametrize("time_line", ["ساعت ۱۸:۳۹", "زمان انتشار 18:39"])
def test_labelled_time_line_across_a_blank_is_not_joined(time_line: str) -> None:
    """Only the hour and minute alone are joined across a blank line: a labelled time
    line there («ساعت ۱۸:۳۹») may time anything (hand_mutants_14's mutant 13, mut15)."""
    text = f"{HEADLINE}\n\n۱۳ دی ۱۴۰۱\n\n{time_line}\n\n{TIGHT}"
    assert published(jm.parse_article(text)) == "2023-01-03"
