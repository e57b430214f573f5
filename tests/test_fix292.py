"""Address IDs that the sixty-ninth held-out sample (real80, docs/real_sample.md "A sixty-ninth
sample") found missing: a print view's ``/print/?print=N`` (asrghanoon.ir, #08) and a view's
word, the item's number and its slug in one segment, ``/PageInfo-N-<slug>`` (osku.ir, #20).

The address shapes are real (named beside each test); the headlines and the paragraphs are
ours.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import pytest

import jalali_meta as jm
from jalali_meta.testing import url_number

HEADLINE = "فراخوان ثبت نام کلاس های تابستانی کتابخانه"
SLUG = quote("فراخوان-ثبت-نام-کلاس-های-تابستانی-کتابخانه")
LEAD = (
    "کتابخانه عمومی شهر از نوجوانان علاقه‌مند دعوت می‌کند تا برای کلاس‌های داستان‌نویسی و "
    "نقاشی تابستان نام خود را در دفتر کتابخانه ثبت کنند.\n"
)
TEXT = f"{HEADLINE}\n\n{LEAD}"
BODY_ONLY = LEAD  # a print view prints the body alone (asrghanoon.ir's)


# -- A print view's query -----------------------------------------------------------------------


def test_print_view_query_is_the_post() -> None:
    # WordPress's print view «/print/?print=96966» (asrghanoon.ir, real80 #08): the address
    # names the view in its path and its one key, the value the post it prints.
    url = "https://example.ir/print/?print=96966"
    assert url_number(url) == "96966"
    assert jm.parse_article(BODY_ONLY, url=url).number == "96966"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.ir/print/?print=1",  # a print flag (Joomla, WP-Print)
        "https://example.ir/print/?print=1402",  # a year's reading
        "https://example.ir/?print=96966",  # no print view's path
        "https://example.ir/news/?print=96966",
        "https://example.ir/print/?print=96966&page=2",  # beside another field
        "https://example.ir/print/?page=2",  # a list's page
        "https://example.ir/print/?print=09121234567",  # a phone's digits
    ],
)
def test_print_view_near_misses(url: str) -> None:
    assert url_number(url) is None
    assert jm.parse_article(BODY_ONLY, url=url).number is None


# -- A view's word, the ID and the slug in one segment ----------------------------------------


@pytest.mark.parametrize("word", ["PageInfo", "NewsInfo"])
def test_view_alias_is_the_item(word: str) -> None:
    # An Iranian municipal CMS's «/PageInfo-3003-<slug>» (osku.ir, real80 #20): the page
    # prints the slug as its headline.
    url = f"http://example.ir/{word}-3003-{SLUG}"
    assert jm.parse_article(TEXT, url=url).number == "3003"


@pytest.mark.parametrize(
    "url",
    [
        f"http://example.ir/Page-2-{SLUG}",  # a list's page
        f"http://example.ir/Category-12-{SLUG}",  # a category's id
        f"http://example.ir/PageInfo-1402-{SLUG}",  # a year
        f"http://example.ir/tag/PageInfo-3003-{SLUG}",  # under a list's segment
        f"http://example.ir/PageInfo-3003-{quote('کتابخانه-شهر')}",  # a short name
    ],
)
def test_view_alias_near_misses(url: str) -> None:
    assert jm.parse_article(TEXT, url=url).number is None


def test_view_alias_needs_the_headline_printed() -> None:
    # The same address over a page that does not print the slug's name: the number before
    # a name may be a list's or a count's, not sure.
    url = f"http://example.ir/PageInfo-3003-{SLUG}"
    other = "گزارش نشست شورای شهر درباره بودجه سال آینده\n\n" + LEAD
    assert jm.parse_article(other, url=url).number is None


# -- An English day run into an author's name and a view count --------------------------------

AFGHAN_HEADLINE = "برگزاری نمایشگاه کتاب کودک در کتابخانه عامه ولایت"
AFGHAN_BODY = (
    "شماری از جوانان ولایت با همکاری کتابخانه عامه نمایشگاهی از کتاب‌های کودک برپا کردند و "
    "از خانواده‌ها خواستند فرزندان خود را برای خواندن کتاب تشویق کنند.\n"
    "برگزارکنندگان می‌گویند که این نمایشگاه تا پایان هفته باز خواهد بود.\n"
)


def _glued_page(line: str) -> str:
    # bawar.af's layout (real80 #15): the headline, the author's name, the day and the
    # view count run together on one line, a photo's caption, then the body.
    return f"{AFGHAN_HEADLINE}\n\n{line}\nphoto_caption\n\n{AFGHAN_BODY}"


@pytest.mark.parametrize(
    "line",
    [
        "Youth Media DeskMay 22, 2021143",  # name, day and count all glued
        "Youth Media DeskMay 22, 2021",  # the name glued only
        "Youth Media Desk May 22, 2021143",  # the count glued only
    ],
)
def test_glued_english_day_is_read(line: str) -> None:
    article = jm.parse_article(_glued_page(line))
    assert article.published is not None
    assert article.published.gregorian == date(2021, 5, 22)


@pytest.mark.parametrize(
    "line",
    [
        "Youth Media Deskmay 22, 2021143",  # a small letter: one word, no seam
        "Youth Media DeskMay 22 2021143",  # no comma: not the whole shape
        "Youth Media DeskMay 22, 1400143",  # no Gregorian year of the web
        "Youth Media DeskMay 22, 21143",  # no four-digit year
    ],
)
def test_glued_english_day_near_misses(line: str) -> None:
    assert jm.parse_article(_glued_page(line)).published is None
