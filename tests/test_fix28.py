"""Rules for values still silently wrong on the second real sample (fix28, after real13).

Each test prints a real page's layout in words written for this file: an essay's headline
over its reading time and a section heading, a shop's table header run into one line, and a
title glued to a list's tag debris. Each rule has its near miss, which must not change.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

_HEADLINE = "مدرسه‌های قدیمی شهر از قرن ششم تا امروز"
_SECTION = "رونق مدرسه‌ها در قرن ششم و هفتم"
_PARAGRAPH = (
    "در قرن های ششم و هفتم این شهر مرکزی بزرگ برای دانشمندان بوده و گروهی برای آموختن به "
    "این شهر می آمدند و مدرسه‌های بسیاری در آن ساخته شد."
)


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# 1. A reading-time line under a line: header furniture that marks the line above it as
# the headline; a section heading under the furniture is not the title.


@pytest.mark.parametrize(
    "reading",
    [
        "(زمان خواندن: 19 - 37 دقیقه)",
        "زمان مطالعه: ۱۹ دقیقه",
        "مدت مطالعه ۷ دقیقه",
        "۴ دقیقه مطالعه",
    ],
)
def test_line_over_reading_time_is_the_headline(reading: str) -> None:
    text = f"{_HEADLINE}\n\n{reading}\n\n{_SECTION}\n{_PARAGRAPH}\n"
    for url in (None, "https://example.org/fa/index.php?option=com_content&view=article"):
        assert jm.parse_article(text, url=url).title == _HEADLINE


def test_line_over_a_date_and_reading_time_is_the_headline() -> None:
    text = f"{_HEADLINE}\n12 آبان 1398\nزمان مطالعه: 5 دقیقه\n\n{_SECTION}\n{_PARAGRAPH}\n"
    assert jm.parse_article(text).title == _HEADLINE


def test_line_over_an_age_keeps_the_section_heading_rule() -> None:
    # «20 دقیقه پیش» is an age, not a reading time: the layout gives no headline mark, and
    # the line right over the paragraph still wins as before.
    text = f"{_HEADLINE}\n\n20 دقیقه پیش\n\n{_SECTION}\n{_PARAGRAPH}\n"
    assert jm.parse_article(text).title == _SECTION


@pytest.mark.parametrize(
    "middle",
    [
        "کاهش زمان مطالعه دانش‌آموزان به 20 دقیقه در روز",
        "(زمان خواندن: 19 - 37 دقیقه) برای هر فصل کتاب",
    ],
)
def test_line_over_a_headline_about_reading_time_gets_no_mark(middle: str) -> None:
    # A line that speaks of reading minutes, more than the furniture's words: no mark for
    # the line above it; the line right over the paragraph still wins as before.
    text = f"{_HEADLINE}\n\n{middle}\n\n{_SECTION}\n{_PARAGRAPH}\n"
    assert jm.parse_article(text).title == _SECTION


# 2. A table's header row run into one line: never a headline.


def test_table_header_row_is_never_the_title() -> None:
    text = "سرویس پکیج لینک بها تعداد شروع شمارنده باقی مانده تاریخ وضعیت کد رهگیری"
    assert jm.parse_article(text).title is None
    text = "ردیف نام محصول قیمت تخفیف تعداد"
    assert jm.parse_article(text).title is None


def test_headline_naming_a_few_columns_stays() -> None:
    headline = "قیمت خودرو، تاریخ تحویل و وضعیت ثبت نام اعلام شد"
    assert jm.parse_article(headline).title == headline
    headline = "تعداد سفارش‌های پکیج تازه سرویس پیام‌رسان دو برابر شد"
    assert jm.parse_article(headline).title == headline


# 3. A title glued to a list's tag debris («ulli», «liul»): cut at the debris.


def test_title_glued_to_list_debris_is_cut() -> None:
    text = "دانلود راهنمای نگهداری انبار ulliتعاریف :liulندارد. ulliهدف :liul ulliدامنه :liul"
    article = jm.parse_article(text)
    assert article.title == "دانلود راهنمای نگهداری انبار"
    assert "title-uncertain" not in _codes(article)


def test_debris_without_a_title_before_it_is_warned() -> None:
    text = "ulliتعاریف :liulندارد. ulliهدف :liul ulliدامنه :liul"
    article = jm.parse_article(text)
    assert article.title is None or "title-uncertain" in _codes(article)


def test_tag_names_as_words_stay() -> None:
    headline = "آموزش تگ ul و li در HTML برای مبتدیان"
    assert jm.parse_article(headline).title == headline
    headline = "دیدار با Bulliard در جشنواره فیلم"
    assert jm.parse_article(headline).title == headline
