"""fix307: numbers and dates only the address prints (blind103, tests/pages 2630, 2631, 2638;
attacks84's «time-tail-later-page-amp-pos», benchmarks/attacks84.py). An item's number under
its site's «all news» collection (moshanir.co's «/allnews/<id>»), an item word's long ID before
the item's slug in one segment (mikaeo.ir's «/article/<agency>/news-<id>-<slug>»), and a
page's AMP view, «amp» after its address (WordPress's AMP endpoint, after a time-tail
permalink, a post ID's or a day's path), read as the address before it. The address shapes are
those sites'; the addresses and sentences here are ours."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

from jalali_meta import parse_article

HEAD = "چیدن سیب درختی در باغ های دامنه کوه آغاز شد"
TEXT = (
    "به گزارش خبرنگار ما، باغداران روستاهای دامنه کوه از هفته گذشته سیب های درختی را چیدند و "
    "در جعبه های چوبی به انبارهای سرد شهر فرستادند.\n\n"
    "رئیس اتحادیه باغداران گفت که بیشتر محصول امسال به بازارهای استان های همسایه می رود.\n"
)
PAGE = f"{HEAD}\n\n{TEXT}"
HOST = "https://bagh-dameneh.ir"


# -- an item's number under «all news» (_sources._ALL_COLLECTIONS) -----------------------------


@pytest.mark.parametrize(
    ("path", "number"),
    [
        ("/allnews/163", "163"),
        ("/allnews/163/", "163"),
        ("/AllNews/2290", "2290"),
        ("/all_posts/3318", "3318"),
        ("/allarticles/912", "912"),
    ],
)
def test_item_number_under_all_news_is_the_number(path: str, number: str) -> None:
    article = parse_article(PAGE, url=HOST + path)
    assert article.number == number
    assert article.title == HEAD


@pytest.mark.parametrize(
    "path",
    [
        "/allnews/2",  # a short number: the list's page as often
        "/allnews/17",
        "/allnews/1399",  # a year's shape: an archive's year as often
        "/allnews/2021/",
        "/allnews",  # the list itself
        "/news/all/104",  # a list page of all news, its page 104 (irantsn.com's shape)
        "/allnews/163/comments",  # not the last segment
    ],
)
def test_all_news_near_misses_give_no_number(path: str) -> None:
    assert parse_article(PAGE, url=HOST + path).number is None


# -- an item word's ID before its slug (_sources._item_word_id_slug) ----------------------------


@pytest.mark.parametrize(
    ("path", "number"),
    [
        ("/article/isna/news-5512873-chidn-sib-drkhty-dr-bagh", "5512873"),
        ("/news-5512873-chidn-sib-drkhty", "5512873"),
        ("/fa/article-48213-sib-drakhti-dameneh.html", "48213"),
    ],
)
def test_item_word_then_long_id_then_slug_gives_the_id(path: str, number: str) -> None:
    assert parse_article(PAGE, url=HOST + path).number == number


@pytest.mark.parametrize(
    "path",
    [
        "/news-1402-chidn-sib-drkhty",  # a year's list, «news-1402-...»
        "/news-14020817-chidn-sib",  # a day's code
        "/tag/news-5512873-chidn-sib",  # under a list's segment
        "/galaxy-55128-chidn-sib-drkhty",  # a model's name, no item word
        "/news-09121234567-chidn-sib",  # a phone number
        "/news-5512873-200-300",  # no slug word with a letter
        "/news-00551-chidn-sib",  # a leading zero
    ],
)
def test_item_word_id_slug_near_misses_give_no_number(path: str) -> None:
    assert parse_article(PAGE, url=HOST + path).number is None


# -- a page's AMP view: «amp» after the address (_sources._AMP_VIEW, _AMP_TAIL) ----------------

TAIL = "/2023/10/14/sib-drakhti/4127/bazar/editor/09/15/00"


@pytest.mark.parametrize("after", ["/amp/", "/amp", "/3/amp/"])
def test_time_tail_permalink_amp_view_keeps_its_day_time_and_id(after: str) -> None:
    article = parse_article(PAGE, url=HOST + TAIL + after)
    assert article.number == "4127"
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2023-10-14T09:15:00+03:30"
    assert "published-from-url" in warning_codes(article)


@pytest.mark.parametrize(
    ("path", "number"),
    [
        ("/1488/amp/", "1488"),  # WordPress's «/%post_id%/»
        ("/2024/02/19970/21/11/amp", "19970"),  # the ID after the month's path
        ("/146813/1397/01/27/sib-drakhti/amp/", "146813"),  # the ID before the day's path
        ("/n/1894/amp", "1894"),  # a news site's short item address
        ("/news/52341/amp", "52341"),  # read before as well
    ],
)
def test_post_address_amp_view_keeps_its_number(path: str, number: str) -> None:
    assert parse_article(PAGE, url=HOST + path).number == number


def test_day_and_slug_permalink_amp_view_keeps_its_day() -> None:
    article = parse_article(PAGE, url=HOST + "/2021/01/26/sib-drakhti/amp/")
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2021-01-26"


@pytest.mark.parametrize(
    "path",
    [
        "/2021/01/26/amp/",  # a day archive's AMP view: an archive, no post's day
        "/category/news/amp/",
        "/category/news/page/2/amp/",
        "/tag/sib/amp",
        TAIL + "/02/amp/",  # a «page» with a leading zero is no later page
        TAIL.replace("/09/15/", "/29/15/") + "/amp/",  # no clock: hour 29
    ],
)
def test_amp_view_near_misses_give_no_number_nor_day(path: str) -> None:
    article = parse_article(PAGE, url=HOST + path)
    assert article.number is None
    assert article.published is None
