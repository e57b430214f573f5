"""Rules found on the fourth blind batch (tests/pages 610-649), each with a positive and a
negative case: the shapes are the real pages' (tests/pages/SOURCES.md), the words new."""

from __future__ import annotations

import pytest

import jalali_meta as jm

BODY = (
    "\nوالی ولایت در دیدار با مسئولان فرهنگی از برنامه‌های تازه این اداره برای سال آینده "
    "سخن گفت و افزود که کتابخانه‌های کوچک در ولسوالی‌ها ساخته خواهد شد و جوانان در آنها "
    "کتاب خواهند خواند.\n"
    "او گفت که این برنامه با همکاری وزارت اطلاعات و فرهنگ اجرا می‌شود و هزینه آن از بودجه "
    "عادی ولایت پرداخته خواهد شد و گزارش کار هر سه ماه یک بار منتشر می‌شود.\n"
)


# -- 628/644: a Pashto dateline in brackets, month first, a dash, «لمریزکال» ---------------


def test_pashto_bracketed_dateline_month_dash_year_solar_word_is_the_date() -> None:
    """«( کابل ټيليګراف (سلواغې ۲۷– ۱۴۰۳ لمريزکال )» under the headline is the page's date
    (Salwagha = Dalw, month 11), not the title."""
    page = (
        "کابل کې ټلویزیونونو ته د سیاسي مرکو د بندولو امر شوی\n\n"
        "( کابل ټيليګراف (سلواغې ۲۷– ۱۴۰۳ لمريزکال )\n" + BODY
    )
    article = jm.parse_article(page)
    assert article.title == "کابل کې ټلویزیونونو ته د سیاسي مرکو د بندولو امر شوی"
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2025-02-15"
    assert jm.parse_datetime("سلواغې ۲۷– ۱۴۰۳").gregorian.isoformat() == "2025-02-15"
    assert jm.parse_datetime("۲۷ سلواغې ۱۴۰۳ لمریز کال").jalali_date == (1403, 11, 27)


def test_zodiac_month_first_still_needs_a_comma_or_dash_before_the_year() -> None:
    """The zodiac names are common words («میزان» amount): with only a space before the
    year, or a dash into a longer number, no date is read."""
    with pytest.raises(jm.ParseError):
        jm.parse_datetime("سلواغې ۲۷ ۱۴۰۳")
    with pytest.raises(jm.ParseError):
        jm.parse_datetime("میزان ۲۷- ۱۴۰۳/۱۲")


def test_a_bracketed_date_in_a_long_line_is_no_date_line() -> None:
    """Brackets standing alone are no words, but a line with many words beside its date stays
    text: the headline is chosen and the date is not the page's."""
    page = (
        "( وزیر معارف در سفر خود به ولایت هرات گفت مکتب‌ها به زودی بازگشایی می‌شوند (سلواغې ۲۷– ۱۴۰۳ )\n"
        + BODY
    )
    article = jm.parse_article(page)
    assert article.published is None


# -- 610/649: an aggregator's today banner over an item whose dateline prints another day --


BANNER_PAGE = (
    "اولین جستجوگر پیشرفته افغانستان ، شنبه, 27 دلو , 1397\n\n"
    "در ولایت کابل ریاست اطلاعات و فرهنگ ایجاد خواهد شد\n\n"
    "کابل باختر/ {day}/ دلو" + BODY
)


def test_banner_above_the_title_is_not_the_date_when_the_dateline_prints_another_day() -> None:
    """«شنبه, 27 دلو , 1397» above the headline, «کابل باختر/ 10/ دلو» under it: the top date
    is the site's banner of the day of the visit, never the item's publication date."""
    article = jm.parse_article(BANNER_PAGE.format(day="10"))
    assert article.title == "در ولایت کابل ریاست اطلاعات و فرهنگ ایجاد خواهد شد"
    assert article.published is None


def test_date_above_the_title_is_kept_when_the_dateline_prints_the_same_day() -> None:
    """The same day in the dateline under the headline agrees with the date above it."""
    article = jm.parse_article(BANNER_PAGE.format(day="27"))
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2019-02-16"
