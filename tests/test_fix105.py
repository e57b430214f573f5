"""fix105: two shapes attack40 (docs/reliability.md, the fortieth round) left.

* An article, then with no «اخبار مرتبط» heading over it another item (its headline, its own
  «کد خبر: 7700» and date line, its excerpt) after the article's second paragraph: the item's
  ID was the page's number («label after lead»), with no warning of its own (and with none
  at all when the item sat under a third paragraph). fix101's test for another item's
  headline now looks past the article's further paragraphs too, for the late header's ID
  labels: the item's ID is never the page's; the article's own number wins, or None with
  number-conflict (the item's date still gives published-conflict: a list of posts looks
  the same, attacks12).
* A Gregorian twin in square brackets («۵ اردیبهشت ۱۴۰۳ [24 April 2024]»): the line was no
  date line at all (no published, no warning), and ``parse_datetime`` refused it; it is read
  as the round-bracketed twin is (attack39), a twin that disagrees with its warning.

The texts are written for these tests on attack40's layouts (benchmarks/attacks40.py).
"""

from __future__ import annotations

import datetime as dt

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
THIRD = (
    "شهردار نیز در این نشست گزارشی از پیشرفت طرح‌های عمرانی سال جاری ارائه کرد و خواستار "
    "افزایش سهم محله‌های جنوبی از بودجه شد."
)
ITEM = "برگزاری جشنواره سیب زمینی در روستای کوخرد"
ITEM_TEXT = (
    "نخستین جشنواره سیب زمینی کوخرد با برپایی غرفه‌های کشاورزان در میدان اصلی روستا برگزار "
    "شد و تا پایان هفته ادامه دارد."
)
OTHER = "نصب چراغ های تازه در بلوار ساحلی کیش"
ARTICLE_DAY = dt.date(2024, 3, 2)


def _item(head: str, number: str, date: str, bullets: bool) -> str:
    mark = "  • " if bullets else ""
    return f"{head}\n\n{mark}کد خبر : {number}\n{mark}{date}\n{ITEM_TEXT}\n"


# -- another item under the article, no heading over it ------------------------------------


@pytest.mark.parametrize("bullets", [True, False])
def test_unheaded_item_after_two_paragraphs_gives_no_number(bullets: bool) -> None:
    text = (
        f"{HEAD}\n{DAY}\n\n{LEAD}\n\n{SECOND}\n"
        f"{_item(ITEM, '7700', '10 اسفند 1402 - 09:00', bullets)}"
    )
    record = jm.parse_article(text)
    assert record.number is None
    assert "number-conflict" in warning_codes(record)
    assert record.published is not None
    assert record.published.gregorian == ARTICLE_DAY
    assert record.title == HEAD


def test_unheaded_item_after_three_paragraphs_gives_no_number() -> None:
    # (on the old code 7700 with no warning at all)
    text = (
        f"{HEAD}\n{DAY}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
        f"{_item(ITEM, '7700', '10 اسفند 1402 - 09:00', False)}"
    )
    record = jm.parse_article(text)
    assert record.number is None
    assert "number-conflict" in warning_codes(record)
    assert record.published is not None
    assert record.published.gregorian == ARTICLE_DAY


def test_two_unheaded_items_give_no_number() -> None:
    text = (
        f"{HEAD}\n{DAY}\n\n{LEAD}\n\n{SECOND}\n"
        f"{_item(ITEM, '7700', '10 اسفند 1402 - 09:00', False)}"
        f"{_item(OTHER, '7690', '9 اسفند 1402 - 08:00', False)}"
    )
    record = jm.parse_article(text)
    assert record.number is None
    assert "number-conflict" in warning_codes(record)
    assert record.published is not None
    assert record.published.gregorian == ARTICLE_DAY


def test_articles_own_number_wins_over_an_unheaded_items() -> None:
    text = (
        f"{HEAD}\n{DAY}\nکد خبر: 7712\n\n{LEAD}\n\n{SECOND}\n"
        f"{_item(ITEM, '7700', '10 اسفند 1402 - 09:00', True)}"
    )
    record = jm.parse_article(text)
    assert record.number == "7712"
    assert "number-conflict" not in warning_codes(record)  # (the item's ID is not a rival)
    assert record.published is not None
    assert record.published.gregorian == ARTICLE_DAY


def test_number_printed_under_the_lead_is_kept_neg() -> None:
    # The late header: the lead, then the article's ID and date, then the rest of the text.
    text = f"{HEAD}\n\n{LEAD}\n\nکد خبر: 7712\n{DAY}\n\n{SECOND}\n{THIRD}\n"
    record = jm.parse_article(text)
    assert record.number == "7712"
    assert record.published is not None
    assert record.published.gregorian == ARTICLE_DAY


def test_number_under_a_subtitle_under_the_lead_is_kept_neg() -> None:
    # A short line sharing the story's words over the ID: a subtitle, not another headline.
    text = f"{HEAD}\n\n{LEAD}\nبررسی بودجه شورای شهر\nکد خبر: 7712\n{DAY}\n\n{SECOND}\n{THIRD}\n"
    record = jm.parse_article(text)
    assert record.number == "7712"


def test_related_list_under_its_heading_neg() -> None:
    text = (
        f"{HEAD}\n{DAY}\nکد خبر: 7712\n\n{LEAD}\n\n{SECOND}\nاخبار مرتبط\n\n"
        f"{_item(ITEM, '7700', '10 اسفند 1402 - 09:00', True)}"
    )
    record = jm.parse_article(text)
    assert record.number == "7712"
    assert record.published is not None
    assert record.published.gregorian == ARTICLE_DAY


# -- a Gregorian twin in square brackets --------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["۵ اردیبهشت ۱۴۰۳ [24 April 2024]", "۱۴۰۳/۰۲/۰۵ [۲۰۲۴/۰۴/۲۴]", "1403/02/05 [2024/04/24]"],
)
def test_square_bracketed_twin_is_read(line: str) -> None:
    record = jm.parse_article(f"{HEAD}\n{line}\n\n{LEAD}\n\n{SECOND}\n")
    assert record.published is not None
    assert record.published.gregorian == dt.date(2024, 4, 24)
    assert record.published.jalali_date == (1403, 2, 5)
    assert not record.warnings
    assert jm.parse_datetime(line).gregorian == dt.date(2024, 4, 24)


def test_square_bracketed_twin_that_disagrees_is_warned() -> None:
    line = "۵ اردیبهشت ۱۴۰۳ [25 April 2024]"
    record = jm.parse_article(f"{HEAD}\n{line}\n\n{LEAD}\n\n{SECOND}\n")
    assert "twin-mismatch" in warning_codes(record)
    with pytest.raises(jm.DateError):
        jm.parse_datetime(line)


@pytest.mark.parametrize(
    "line",
    ["۵ اردیبهشت ۱۴۰۳ [به روز شده]", "۵ اردیبهشت ۱۴۰۳ [24 April 2024)", "۵ اردیبهشت ۱۴۰۳ ["],
)
def test_bracketed_note_or_unmatched_bracket_neg(line: str) -> None:
    with pytest.raises(jm.DateError):
        jm.parse_datetime(line)
    record = jm.parse_article(f"{HEAD}\n{line}\n\n{LEAD}\n\n{SECOND}\n")
    # never another day than the one printed
    assert record.published is None or record.published.jalali_date == (1403, 2, 5)


def test_second_post_of_a_list_keeps_its_date_conflict_neg() -> None:
    # Two posts, each a headline, a date line and its text (a day archive's page): the
    # second one's date is still the doubt that tells the page is no single article.
    text = f"{HEAD}\n\n{DAY}\n\n{LEAD}\n\n{SECOND}\n{ITEM}\n\n۱۰ اسفند ۱۴۰۲\n\n{ITEM_TEXT}\n"
    record = jm.parse_article(text)
    assert "published-conflict" in warning_codes(record)
