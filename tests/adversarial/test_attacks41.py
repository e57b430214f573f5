"""attack41's fixes (benchmarks/attacks41.py, docs/reliability.md "Attacks, forty-first round").

* An article over a related box («اخبار مرتبط») whose item prints its own «کد خبر : 7700» gave
  that item's ID as the page's number (a «footer label»), with no warning when the page had no
  address, and over the address's own ID when it had one. A number label under a related
  box's heading is another item's: never the page's (the box's dates were already dropped).
* A list of items each printed «HEADLINE» / «کد خبر : ID» / «DATE» / «EXCERPT» gave the first
  item's headline, ID and date with no warning once fix101 dropped the second item's meta
  block from the late header (before fix101 both IDs and dates stood against each other).
  When the first headline and the next one each have an ID label under them, the next
  item's lines stay in the late header: number-conflict and published-conflict again.

The texts are written for these tests on attack40's and attack41's layouts.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

HEAD = "شورای شهر بودجه سال آینده را بررسی کرد"
DAY = "۱۲ اسفند ۱۴۰۲"
LEAD = (
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده و طرح‌های عمرانی نیمه‌تمام گفت‌وگو شد."
)
SECOND = (
    "رئیس شورا در پایان این نشست گفت که بررسی لایحه بودجه تا پایان ماه آینده ادامه خواهد "
    "داشت و نتیجه آن به اطلاع شهروندان خواهد رسید."
)
ITEM = "برگزاری جشنواره سیب زمینی در روستای کوخرد"
ITEM_TEXT = (
    "نخستین جشنواره سیب زمینی کوخرد با برپایی غرفه‌های کشاورزان در میدان اصلی روستا برگزار "
    "شد و تا پایان هفته ادامه دارد."
)
ITEMS = (
    (ITEM, "7700", "10 اسفند 1402 - 09:00"),
    ("نصب چراغ‌های تازه در بلوار ساحلی کیش", "7690", "9 اسفند 1402 - 08:00"),
    ("آغاز ثبت نام کلاس‌های تابستانی مدارس", "7681", "8 اسفند 1402 - 11:00"),
)


def _related(heading: str, bullets: bool, paragraphs: tuple[str, ...] = (LEAD, SECOND)) -> str:
    mark = "  • " if bullets else ""
    body = "\n\n".join(paragraphs)
    return (
        f"{HEAD}\n{DAY}\n\n{body}\n{heading}\n\n{mark}{ITEM}\n{mark}کد خبر : 7700\n"
        f"{mark}10 اسفند 1402 - 09:00\n{ITEM_TEXT}\n"
    )


@pytest.mark.parametrize("heading", ["اخبار مرتبط", "مطالب مرتبط:"])
@pytest.mark.parametrize("bullets", [False, True])
@pytest.mark.parametrize("paragraphs", [(LEAD,), (LEAD, SECOND)])
def test_related_items_id_is_not_the_pages(
    heading: str, bullets: bool, paragraphs: tuple[str, ...]
) -> None:
    record = jm.parse_article(_related(heading, bullets, paragraphs))
    assert record.title == HEAD
    assert record.number is None
    assert "number-conflict" in warning_codes(record)
    assert record.published is not None
    assert record.published.jalali_date == (1402, 12, 12)


@pytest.mark.parametrize("bullets", [False, True])
def test_related_items_id_gives_way_to_the_address(bullets: bool) -> None:
    record = jm.parse_article(
        _related("اخبار مرتبط", bullets), url="https://news.example.ir/news/7712/"
    )
    assert record.number == "7712"


def test_own_code_under_the_text_stays_the_number_neg() -> None:
    # The article's own ID printed under its text, no related box over it: a footer label.
    text = f"{HEAD}\n{DAY}\n\n{LEAD}\n\n{SECOND}\n\nکد خبر : 7712\n"
    assert jm.parse_article(text).number == "7712"


def test_own_code_after_the_comments_heading_stays_the_number_neg() -> None:
    # Under the comments' heading (a section end, no related box): the page's own ID.
    text = f"{HEAD}\n{DAY}\n\n{LEAD}\n\n{SECOND}\n\nنظرات کاربران\n\nکد خبر : 7712\n"
    assert jm.parse_article(text).number == "7712"


def _list(bullets: bool) -> str:
    mark = "  • " if bullets else ""
    return "".join(
        f"{head}\n{mark}کد خبر: {code}\n{mark}{date}\n{ITEM_TEXT}\n\n" for head, code, date in ITEMS
    )


@pytest.mark.parametrize("bullets", [False, True])
@pytest.mark.parametrize("count", [2, 3])
def test_list_of_coded_items_keeps_its_conflicts(bullets: bool, count: int) -> None:
    text = "\n\n".join(_list(bullets).split("\n\n")[:count]) + "\n"
    _no_item_taken_silently(jm.parse_article(text))


def test_article_dated_only_over_an_unheaded_coded_item_neg() -> None:
    # fix101's shape: the article has a date line and no ID; the item under its lead has
    # both: the item's ID is not the page's, and no list is told.
    text = (
        f"{HEAD}\n{DAY}\n\n{LEAD}\n\n{ITEM}\n\nکد خبر : 7700\n10 اسفند 1402 - 09:00\n{ITEM_TEXT}\n"
    )
    record = jm.parse_article(text)
    assert record.title == HEAD
    assert record.number is None
    assert record.published is not None
    assert record.published.jalali_date == (1402, 12, 12)


@pytest.mark.parametrize("bullets", [False, True])
def test_list_of_items_dated_before_their_code_keeps_its_conflicts(bullets: bool) -> None:
    # mut28 (mutant 3): each item prints its date line first, then its ID label: the next
    # item's meta block is read past the date line to its ID, so the two items' IDs and
    # dates still stand against each other.
    mark = "  • " if bullets else ""
    text = "".join(
        f"{head}\n{mark}{date}\n{mark}کد خبر: {code}\n{ITEM_TEXT}\n\n" for head, code, date in ITEMS
    )
    _no_item_taken_silently(jm.parse_article(text))


def _no_item_taken_silently(record: jm.Article) -> None:
    """The first item's ID and date are never the page's without a word: either both stand
    against the next item's (number-conflict, published-conflict), or the page is read as
    the list it is (fix215: three dated items, `listing-page`) and gives neither."""
    codes = warning_codes(record)
    if "listing-page" in codes:
        assert record.title is None
        assert record.number is None
        assert record.published is None
    else:
        assert "number-conflict" in codes
        assert "published-conflict" in codes
