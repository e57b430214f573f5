"""Values still silently wrong after earlier measurements (fix35, issue #16).

Each test prints a page's layout in words written for this file: a list headed by a news
outlet's name or by one news category's name, a date line with the article's short link
after it under the headline, a document title ending with «| سایت NAME». Each rule has its
near miss, which must not change.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.checks import SECTION_ITEMS
from tests.checks import warning_codes as _codes

import jalali_meta as jm

_HEADLINE = "بازسازی بازار قدیمی شهر در دو مرحله آغاز شد"
_STORY = (
    "فرماندار شهرستان از آغاز طرح بازسازی بازار قدیمی خبر داد و گفت: کار ساخت در دو مرحله "
    "انجام می‌شود و بازاریان تا پایان سال به مغازه‌های تازه باز می‌گردند."
)
# Three items of a section page: a headline over one short paragraph each.
_ITEMS = SECTION_ITEMS


def _list_under(heading: str) -> str:
    return f"{heading}\n\n" + "\n\n".join(f"{h}\n\n{p}" for h, p in _ITEMS) + "\n"


# 1. A list's heading: one category's name names it; a news outlet's name is doubted.


@pytest.mark.parametrize("heading", ["اخبار اجتماعی", "ورزشی", "گروه فرهنگی"])
def test_one_category_name_over_items_names_the_list(heading: str) -> None:
    article = jm.parse_article(_list_under(heading))
    assert article.title == heading
    assert "listing-page" in _codes(article)
    assert "title-uncertain" not in _codes(article)


@pytest.mark.parametrize("heading", ["سیاسی | اقتصادی | ورزشی", "آرشیو اخبار", "اخبار"])
def test_a_menu_over_items_still_names_no_list(heading: str) -> None:
    article = jm.parse_article(_list_under(heading))
    assert article.title != heading
    assert "title-uncertain" in _codes(article)


@pytest.mark.parametrize("heading", ["خبرگزاری ایرنا", "روزنامه اطلاعات"])
def test_a_news_outlets_name_over_items_is_doubted(heading: str) -> None:
    article = jm.parse_article(_list_under(heading))
    assert {"listing-page", "title-uncertain"} <= _codes(article)


@pytest.mark.parametrize("heading", ["دانشگاه تهران", "هرات"])
def test_a_tag_name_over_items_is_not_doubted(heading: str) -> None:
    article = jm.parse_article(_list_under(heading))
    assert article.title == heading
    assert "title-uncertain" not in _codes(article)


# 2. The article's own date line under the headline, a short link after it, against a
#    site's day stamp above the headline.

_TOP = "29 ژانویه 2022 - 03:01"


@pytest.mark.parametrize("link", ["dsfr.ir/kd4i4", "https://b2n.ir/x7k2"])
def test_date_line_with_its_short_link_under_the_headline_is_read(link: str) -> None:
    text = f"{_TOP}\n\n{_HEADLINE}\n\n12 ژانویه 2022 - 10:00 {link}\n\n{_STORY}\n"
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.gregorian.date() == dt.date(2022, 1, 12)
    assert "published-conflict" in _codes(article)


def test_date_line_with_words_after_it_is_still_not_a_date_line() -> None:
    # Near miss: a sentence after the date is no short link.
    text = (
        f"{_TOP}\n\n{_HEADLINE}\n\n12 ژانویه 2022 - 10:00 گزارش از خبرنگار ما در شهر\n\n{_STORY}\n"
    )
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.gregorian.date() == dt.date(2022, 1, 29)


# 3. «HEADLINE | سایت NAME»: the site's name after the headline is cut.


@pytest.mark.parametrize(
    "tail",
    [" | سایت خبری تحلیلی نوا", " - وب سایت شهر ما", " | سایت خبری نوا | اخبار ایران و جهان"],
)
def test_site_name_after_headline_is_cut(tail: str) -> None:
    article = jm.parse_article(f"{_HEADLINE}{tail}\n\n{_STORY}\n")
    assert article.title == _HEADLINE


@pytest.mark.parametrize(
    "line",
    [f"{_HEADLINE} | سایت", "ادعای فرماندار درباره بازار | سایت‌های خبری را مسدود کردند"],
)
def test_site_word_that_names_no_site_is_kept(line: str) -> None:
    article = jm.parse_article(f"{line}\n\n{_STORY}\n")
    assert article.title == line


def test_a_category_word_ending_a_run_of_menu_lines_names_no_list() -> None:
    # Near miss: «اخبار ویژه» is the last of the theme's menu headings, not the list's name.
    article = jm.parse_article(_list_under("منوی اصلی\n\nدسترسی سریع\n\nاخبار ویژه"))
    assert article.title != "اخبار ویژه"


# 4. «NAME (weekday date): QUOTE»: a bare name spaced before the bracket is a quote's
#    speaker as likely as a site's; the bracket is no dateline.

_COUNCIL = "شورای شهر بودجه سال آینده را بررسی کرد"
_QUOTE = "ما باید از این مرحله عبور کنیم و به آینده کشور امیدوار باشیم و کار کنیم."
_MEETING = (
    "اعضای شورای شهر در جلسه امروز لایحه بودجه سال آینده شهرداری را بررسی کردند و درباره "
    "هزینه‌های عمرانی و خدمات شهری گفت‌وگو کردند و رای دادند."
)


@pytest.mark.parametrize("opening", ["خمینی (یکشنبه ۲۲ بهمن ۱۳۵۷): ", "مصدق (شنبه ۵ مرداد ۱۳۳۲): "])
def test_bare_name_before_a_bracketed_date_is_no_dateline(opening: str) -> None:
    article = jm.parse_article(f"{_COUNCIL}\n\n{opening}{_QUOTE}\n\n{_MEETING}\n")
    assert article.published is None


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("آسواکانیوز(پنجشنبه/۸میزان/۱۴۰۰): ", dt.date(2021, 9, 30)),
        ("ایرنا نیوز (یکشنبه ۲۲ بهمن ۱۴۰۲): ", dt.date(2024, 2, 11)),
        ("غزنی (پژواک، ۲۲ اسد ۱۴۰۱): ", dt.date(2022, 8, 13)),
    ],
)
def test_agency_datelines_are_still_read(opening: str, day: dt.date) -> None:
    article = jm.parse_article(f"{_COUNCIL}\n\n{opening}{_QUOTE}\n\n{_MEETING}\n")
    assert article.published is not None
    assert article.published.gregorian == day


# 5. «شماره 312» alone, no colon, above the headline: issue or article, the page does not say.


def test_bare_three_digit_number_line_gives_no_article_number() -> None:
    article = jm.parse_article(f"شماره 312\n\n{_COUNCIL}\n\n۱۲ اسفند ۱۴۰۲\n\n{_MEETING}\n")
    assert article.number is None


@pytest.mark.parametrize(
    ("line", "number"),
    [("شماره: 312", "312"), ("شماره خبر 312", "312"), ("شماره 3120567", "3120567")],
)
def test_labelled_or_long_number_is_still_the_articles(line: str, number: str) -> None:
    article = jm.parse_article(f"{line}\n\n{_COUNCIL}\n\n۱۲ اسفند ۱۴۰۲\n\n{_MEETING}\n")
    assert article.number == number


# 6. A site's generic news heading («خبرها») over two items of a headline and one paragraph:
#    the site's news list, its first item's headline doubted.

_TWO_ITEMS = "\n\n".join(f"{h}\n\n{p}" for h, p in _ITEMS[:2])


@pytest.mark.parametrize("heading", ["خبرها", "آخرین اخبار"])
def test_news_heading_over_two_items_is_a_list(heading: str) -> None:
    article = jm.parse_article(f"رادیو شهر\n{heading}\n\n{_TWO_ITEMS}\n")
    assert {"listing-page", "title-uncertain"} <= _codes(article)


@pytest.mark.parametrize("heading", ["رادیو شهر", "گزارش ویژه"])
def test_other_line_over_two_items_is_no_list(heading: str) -> None:
    # Near miss: a headline, its lead and one subheading over a paragraph is an article.
    article = jm.parse_article(f"{heading}\n\n{_TWO_ITEMS}\n")
    assert "listing-page" not in _codes(article)
