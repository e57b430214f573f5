"""Sixteenth round of attacks: the newest title rules (docs/reliability.md, "Attacks,
sixteenth round").

fix28-fix30 added a reading-time mark, a column-header row, list debris, a glued bracket, a
search's ``?q=``, Joomla's ``id=N:alias``, date lines with words after their time, colon
kickers, wiki taglines and names, redirect notes, category headings, day archives and Latin
mastheads. These are the near misses a real page prints where three of them fired wrongly
(a Joomla list's ``id``, a ``?q=`` on an item's address, a blessing glued to a verb, a
headline asking about a wiki), and the shapes where they must still fire. Each value was
decided by hand first; the sentences are our own.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes as _codes

import jalali_meta as jm
from jalali_meta.testing import url_number

HEADLINE = "شورای شهر بودجه سال آینده را بررسی کرد"
DATE = "۱۲ اسفند ۱۴۰۲"
BODY = (
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده و طرح‌های عمرانی نیمه‌تمام گفت‌وگو شد.\n\n"
    "رئیس شورا در پایان این نشست گفت که بررسی لایحه بودجه تا پایان ماه آینده ادامه خواهد "
    "داشت و نتیجه آن به اطلاع شهروندان خواهد رسید.\n"
)
PAGE = f"{HEADLINE}\n\n{DATE}\n\n{BODY}"


# 1. Joomla's list views: their «id» is a category's or a section's, never an article's.


@pytest.mark.parametrize(
    "url",
    [
        "https://example.ir/index.php?option=com_content&view=category&id=12:news&Itemid=101",
        "https://example.ir/index.php?option=com_content&view=category&layout=blog&id=12",
        "https://example.ir/index.php?option=com_k2&view=itemlist&task=category&id=5:sports",
        "https://example.ir/index.php?option=com_content&task=blogsection&id=3&Itemid=7",
    ],
)
def test_joomla_list_view_id_is_no_number(url: str) -> None:
    assert url_number(url) is None
    assert jm.parse_article(PAGE, url=url).number is None


@pytest.mark.parametrize(
    ("url", "number"),
    [
        (
            "https://example.ir/index.php?option=com_content&view=article&id=345:slug&catid=12",
            "345",
        ),
        ("https://example.ir/index.php?option=com_k2&view=item&id=876:slug&Itemid=101", "876"),
        ("https://example.ir/index.php?option=com_content&task=view&id=12&Itemid=101", "12"),
    ],
)
def test_joomla_item_view_id_is_the_number(url: str, number: str) -> None:
    assert url_number(url) == number


# 2. A «?q=» on an item's address (the search's words highlighted): no search's list.


@pytest.mark.parametrize(
    "url",
    ["https://example.ir/fa/news/48213/slug?q=بودجه", "https://example.ir/news/48213?q=شورا&hl=fa"],
)
def test_query_on_an_items_address_is_no_list(url: str) -> None:
    article = jm.parse_article(PAGE, url=url)
    assert article.title == HEADLINE
    assert article.number == "48213"
    assert not {"listing-page", "title-uncertain"} & _codes(article)


def test_query_on_a_search_address_is_still_a_list() -> None:
    text = f"{HEADLINE}\n{BODY}\n{HEADLINE}\n{BODY}"
    article = jm.parse_article(text, url="https://example.ir/search?q=شورا")
    assert article.title is None or {"listing-page", "title-uncertain"} & _codes(article)


# 3. A blessing of several words glued to the next word is a typing slip, no breadcrumb.


@pytest.mark.parametrize(
    "headline",
    [
        "امام خمینی (قدس سره)بنیان‌گذار جمهوری اسلامی بود",
        "ولادت حضرت زینب (سلام الله علیها)مبارک باد",
        "سخن امام حسین (علیه السلام)درباره آزادی",
    ],
)
def test_blessing_glued_to_a_word_stays_sure(headline: str) -> None:
    article = jm.parse_article(f"{headline}\n\n{DATE}\n\n{BODY}")
    assert article.title == headline
    assert "title-uncertain" not in _codes(article)


def test_glued_phrase_of_other_words_is_still_warned() -> None:
    text = "خدمات الکترونیکخدمات (پرسش و پاسخ)فرم درخواست مجوز"
    article = jm.parse_article(f"{text}\n\n{BODY}")
    assert article.title is None or "title-uncertain" in _codes(article)


# 4. A headline asking about a wiki is no wiki's tagline.


def test_question_about_a_wiki_is_a_headline() -> None:
    line = "از ویکی‌پدیا فارسی چه می‌دانیم"
    article = jm.parse_article(f"{line}\n\n{DATE}\n\n{BODY}")
    assert article.title == line


def test_four_word_wiki_tagline_is_still_no_title() -> None:
    text = f"گیاه‌شناسی\nاز ویکی فقه اهل بیت\n\n{BODY}"
    assert jm.parse_article(text).title == "گیاه‌شناسی"
