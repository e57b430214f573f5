"""fix144: blind60's findings (tests/pages 1780-1781 and the soup_line twin of 1781).

1. An item's number between a category's slug and its title's slug, after an item's word
   opening the path («/خبر/<category slug>/1267/<title slug>», a Gilan county governorate's
   portal): read, though the title's slug spells another headline than the one printed.
2. A today banner glued before the site's menu in a page flattened into one line («... سه شنبه
   7 خرداد 1398 صفحه اصلی اخبار درباره ما تماس با ما ...»): not the published date; the item's
   own creation stamp further on is.

Texts written for these tests (the shapes from tests/pages 1780-1781, not their sentences).
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

import jalali_meta as jm

_HOST = "https://shahr.example.gov.ir"
_CATEGORY = "اخبار-شهرستان-اخبار-دهیاری-ها"
_SLUG = "افتتاح-پل-روستایی-در-بخش-مرکزی"  # another wording than the printed headline

_PAGE = (
    "بازگشایی پل روستای بالاده پس از بازسازی\n\n"
    "نسخه چاپی ایجاد : 1399/03/12 09:15 بازدید: 41\n\n"
    "پل روستای بالاده که در سیلاب زمستان گذشته آسیب دیده بود پس از سه ماه کار با حضور "
    "بخشدار و اعضای شورای روستا بازگشایی شد.\n\n"
    "به گفته دهیار روستا هزینه بازسازی از محل اعتبارات استانی تأمین شده است.\n"
)


def _url(*segments: str, encode: bool = True) -> str:
    return _HOST + "/" + "/".join(quote(s) if encode else s for s in segments)


@pytest.mark.parametrize(
    "url",
    [
        _url("خبر", _CATEGORY, "1267", _SLUG),  # percent-encoded, as the portal prints it
        _url("خبر", _CATEGORY, "1267", _SLUG, encode=False),
        _url("fa", "خبر", "سیاسی", "88", _SLUG),  # a language first, a one-word category
        _url("مطلب", _CATEGORY, "5310", _SLUG + ".html"),
        _url("news", "province-news", "742", "bridge-reopened-after-repair"),
    ],
)
def test_item_number_between_category_and_title_slugs(url: str) -> None:
    article = jm.parse_article(_PAGE, url=url)
    assert article.number == url.rsplit("/", 2)[-2]
    assert article.evidence.get("number") == "url"


@pytest.mark.parametrize(
    "url",
    [
        _url("fa", "1402", _SLUG),  # a year's folder
        _url("page", "2", _SLUG),  # a list's page
        _url("category", _CATEGORY, "2"),  # a category's page, no slug after
        _url("category", _CATEGORY, "12", _SLUG),  # a list's word first
        _url("اخبار", _CATEGORY, "1267", _SLUG),  # the plural names a list
        _url("خبر", _CATEGORY, "1402", _SLUG),  # a year between the slugs
        _url("خبر", _CATEGORY, "0126", _SLUG),  # a padded code
        _url("خبر", _CATEGORY, "1267", _SLUG, "print"),  # the slug is not last
        _url("خبر", "1400", _CATEGORY, "1267", _SLUG),  # more segments
    ],
)
def test_item_number_between_slugs_neg(url: str) -> None:
    assert jm.parse_article(_PAGE, url=url).number is None


_SITE = "فرمانداری شهرستان نمونه"
_BODY = (
    "مهندس احمدی معاون فرماندار شهرستان صبح امروز از طرح آبرسانی سه روستای بخش مرکزی "
    "بازدید کرد. در این بازدید که با حضور بخشدار انجام شد، روند اجرای طرح و مشکلات "
    "پیمانکار بررسی شد. وی خواستار تکمیل طرح پیش از آغاز فصل گرما شد."
)
_HEADLINE = "بازدید معاون فرماندار از طرح آبرسانی روستایی"


def _one_line(banner: str, menu: str) -> str:
    """A whole page flattened into one line: the headline and the site's name (the page's
    <title>), the top bar's day and the menu, a breadcrumb, the headline, the print link
    glued to the created stamp and the views, the body and the copyright."""
    return (
        f"{_HEADLINE} - {_SITE} {_SITE} {banner} {menu} صفحه اصلی > اخبار فرمانداری "
        f"{_HEADLINE} نسخه چاپی ایجاد : 1398/11/20 08:35 بازدید: 63 {_BODY} "
        f"کلیه حقوق برای {_SITE} محفوظ است."
    )


@pytest.mark.parametrize(
    ("banner", "menu"),
    [
        ("سه شنبه 2 اردیبهشت 1399", "صفحه اصلی اخبار درباره ما تماس با ما"),
        ("سه‌شنبه ۲ اردیبهشت ۱۳۹۹", "صفحه نخست | اخبار | ارتباط با ما"),
        ("سه شنبه، 2 اردیبهشت 1399", "خانه اطلاعیه ها گالری تصاویر درباره ما"),
    ],
)
def test_today_banner_before_the_menu_in_one_line_is_not_published(banner: str, menu: str) -> None:
    article = jm.parse_article(_one_line(banner, menu))
    assert article.published is not None
    assert article.published.text == "1398/11/20 08:35"


def test_today_banner_before_the_menu_in_one_line_is_not_published_html_address() -> None:
    page = _one_line("سه شنبه 2 اردیبهشت 1399", "صفحه اصلی اخبار درباره ما تماس با ما")
    article = jm.parse_article(page, url=_url("خبر", _CATEGORY, "1267", _SLUG))
    assert (article.number, article.published and article.published.text) == (
        "1267",
        "1398/11/20 08:35",
    )


@pytest.mark.parametrize(
    ("banner", "menu"),
    [
        # No «about us» or «contact us» item after the home item: not known to be the menu.
        ("سه شنبه 2 اردیبهشت 1399", "صفحه اصلی اخبار فرمانداری اخبار بخشداری ها"),
        # A time printed with the day: not a banner of this shape (left to the other rules).
        ("سه شنبه 2 اردیبهشت 1399 10:20", "صفحه اصلی اخبار درباره ما تماس با ما"),
        # No weekday.
        ("2 اردیبهشت 1399", "صفحه اصلی اخبار درباره ما تماس با ما"),
    ],
)
def test_today_banner_before_the_menu_neg(banner: str, menu: str) -> None:
    """The rule does not fire: the run's first date is read as before (these shapes are left
    to the other rules)."""
    article = jm.parse_article(_one_line(banner, menu))
    assert article.published is not None
    assert article.published.text == banner


# Round 34's mutants (benchmarks/hand_mutants_34.py).


def test_today_banner_before_the_menu_with_no_other_date_neg() -> None:
    # The flattened page prints no item's date after the menu: the banner's day is not read
    # and nothing after it is taken for a date (mutant 19 went on with the rest of the line
    # and warned «not-a-date»).
    page = (
        f"{_HEADLINE} - {_SITE} {_SITE} سه شنبه 2 اردیبهشت 1399 صفحه اصلی اخبار درباره ما "
        f"تماس با ما صفحه اصلی > اخبار فرمانداری {_HEADLINE} نسخه چاپی بازدید: 63 {_BODY} "
        f"کلیه حقوق برای {_SITE} محفوظ است."
    )
    article = jm.parse_article(page)
    assert article.published is None
    assert "not-a-date" not in [w.code for w in article.warnings]
