"""fix70: the silent titles of the real24 sample (docs/real_sample.md, «A thirteenth sample»).

The layouts are real pages' (named by each test); the headlines and paragraphs are ours.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

PARAGRAPH = (
    "اندازه روزنه یکی از سه عنصر نوردهی است و مقدار نوری را که به حسگر دوربین می‌رسد "
    "تعیین می‌کند؛ روزنه بزرگ‌تر نور بیشتری را از خود عبور می‌دهد."
)
MORE = (
    "در بیشتر دوربین‌ها اندازه روزنه را می‌توان از روی لنز یا از منوی دوربین تغییر داد و "
    "عدد کوچک‌تر روزنه بزرگ‌تری را نشان می‌دهد."
)

# -- 1. A line break tag printed as text inside the headline (taklens.ir/fa/article/14/) ---

FIRST = "اصول نوردهی در عکاسی (Exposure)"
SECOND = "بخش 2 - سرعت شاتر (Shutter Speed)"
WHOLE = f"{FIRST} {SECOND}"


@pytest.mark.parametrize("tag", ["<br>", "<br/>", "<br />", "<BR>"])
@pytest.mark.parametrize("url", [None, "https://shop.example.ir/fa/article/14/exposure"])
def test_a_printed_line_break_joins_the_headline_halves(tag: str, url: str | None) -> None:
    text = f"{FIRST} {tag}{SECOND}\n{FIRST}\n{SECOND}\n\n{FIRST}\n{SECOND}\n\n{PARAGRAPH}\n{MORE}\n"
    article = jm.parse_article(text, url=url)
    assert article.title == WHOLE
    assert "title-uncertain" not in warning_codes(article)
    # The span still points into the text as written, the tag inside it.
    assert tag in text[slice(*article.spans["title"])]


# (mut21) The whole line over one copy of the halves (the chosen half's doubt goes with it),
# over halves of two words, and three lines above them (WHOLE_REACH).
@pytest.mark.parametrize(
    ("first", "second", "between"),
    [
        (FIRST, SECOND, ""),
        ("نوردهی عکاسی", SECOND, ""),
        (FIRST, "سرعت شاتر", ""),
        (FIRST, SECOND, "آموزش عکاسی\n۱۲ اسفند ۱۴۰۲\n"),
    ],
)
def test_the_whole_line_over_one_copy_of_its_halves(first: str, second: str, between: str) -> None:
    text = f"{first} <br>{second}\n{between}{first}\n{second}\n\n{PARAGRAPH}\n{MORE}\n"
    article = jm.parse_article(text)
    assert article.title == f"{first} {second}"
    assert "title-uncertain" not in warning_codes(article)


def test_a_tag_alone_on_its_line_is_left_as_written() -> None:
    text = f"{WHOLE}\n<br>\n{PARAGRAPH}\n{MORE}\n"
    article = jm.parse_article(text)
    assert article.title == WHOLE
    assert text[slice(*article.spans["title"])] == article.title


def test_a_line_that_only_opens_with_the_halves_is_not_their_whole() -> None:
    # «FIRST برای همه» over «FIRST» / «SECOND»: not the two lines joined, so not taken as
    # the headline printed whole; the part heading chosen stays doubted.
    above = f"{FIRST} برای همه"
    text = f"{above}\n{FIRST}\n{SECOND}\n\n{PARAGRAPH}\n{MORE}\n"
    article = jm.parse_article(text)
    assert article.title != above
    assert "title-uncertain" in warning_codes(article)


# -- 2. WooCommerce's and custom taxonomies' list addresses --------------------------------
# zoomarz.com/product-category/wallet/, navatv.com/navagram-tag/<name>,
# beyhaghmarket.ir/product-tag/<name> (real23 #27), piadero.ir/article-category/<name>.

ITEM = "جشن تولد ارکستر در شب اجرای تازه"
ITEM_PAGE = f"{ITEM}\n\n{PARAGRAPH}\n\nادامه\n"


@pytest.mark.parametrize(
    "url",
    [
        "https://shop.example.ir/product-category/wallet/",
        "https://shop.example.ir/product-tag/کیف-پول/",
        "https://tv.example.ir/navagram-tag/ارکستر-البرز",
        "https://mag.example.ir/article-category/نوروز-1398",
        # (mut21) the plural list word, an underscore between
        "https://shop.example.ir/product-tags/کیف-پول/",
        "https://shop.example.ir/product_category/wallet/",
    ],
)
def test_a_taxonomy_address_is_a_list(url: str) -> None:
    article = jm.parse_article(ITEM_PAGE, url=url)
    codes = warning_codes(article)
    assert "listing-page" in codes
    assert article.title is None or "title-uncertain" in codes


HEADLINE = "شورای شهر بودجه سال آینده را تصویب کرد"
ARTICLE = f"{HEADLINE}\n\nتاریخ انتشار: ۱۲ اسفند ۱۴۰۲\n\n{PARAGRAPH}\n\n{MORE}\n"


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.ir/tagline/shoraye-shahr",  # «tag» inside a word
        "https://shop.example.ir/prod-no-tag/بودجه-شهر",  # a longer slug ending in «tag»
        "https://shop.example.ir/vintage-bags/budget",  # «tag» inside a word of a slug
        "https://news.example.ir/news/what-is-a-tag",  # the compound as the last segment
        "https://news.example.ir/news/price-tag",  # (mut21) a base's shape, but the last segment
    ],
)
def test_an_article_address_with_a_list_word_inside_is_no_list(url: str) -> None:
    article = jm.parse_article(ARTICLE, url=url)
    assert article.title == HEADLINE
    assert "listing-page" not in warning_codes(article)
    assert "title-uncertain" not in warning_codes(article)


# -- 3. A list's name taken from the line over its first item (radioparsi.ir/tag/...) -----

TICKER = "کنسرت گروه موسیقی محلی"
LIST_ITEM = "شیوه نوازندگی تار را ثبت کردیم نه خود ساز را"
TAG_PAGE = "{name}\n{item}\nچهارشنبه ۲ دی ۱۳۹۴\n\n{item}\n\n{para}\n"


def test_a_line_over_the_first_item_that_does_not_spell_the_slug_is_doubted() -> None:
    text = TAG_PAGE.format(name=TICKER, item=LIST_ITEM, para=PARAGRAPH)
    article = jm.parse_article(text, url="http://radio.example.ir/tag/ثبت-شیوه-تارنوازی/")
    codes = warning_codes(article)
    assert "listing-page" in codes
    assert article.title is None or "title-uncertain" in codes


def test_a_site_tagline_over_the_first_item_keeps_its_own_doubt() -> None:
    # (mut21) «سایت ...» over the first item is the site's tagline (no title): the unspelled
    # name's doubt, which keeps the line as a doubted title, does not replace it.
    text = TAG_PAGE.format(name="سایت گردشگری ایران و جهان", item=LIST_ITEM, para=PARAGRAPH)
    article = jm.parse_article(text, url="http://radio.example.ir/tag/ثبت-شیوه-تارنوازی/")
    assert article.title is None
    assert {"listing-page", "title-uncertain"} <= warning_codes(article)


def test_the_list_name_that_spells_the_slug_is_not_doubted() -> None:
    name = "ثبت شیوه تارنوازی"
    text = TAG_PAGE.format(name=name, item=LIST_ITEM, para=PARAGRAPH)
    article = jm.parse_article(text, url="http://radio.example.ir/tag/ثبت-شیوه-تارنوازی/")
    assert article.title == name
    assert "title-uncertain" not in warning_codes(article)


# -- 4. A slashed breadcrumb opening with a home word (test.larawbar.net, gaheez.af) -------

PS_HEADLINE = "د ولسوالۍ د پنځو پرمختیايي پروژو کار پیل شو"
PS_BODY = (
    "په میدان وردګو ولایت کې د نږدې لس میلیونه افغانیو په لګښت د پنځو\n"
    "پرمختیايي پروژو کار پیل شو او د کلیو د اوسېدونکو ګټه به ترې واخلي .\n"
    "دغه پروژې د اوبو ذخیرې، استنادي دیوالونه او کانالونه لري چې په درې میاشتو کې به\n"
    "بشپړې شي او د ولسوالۍ سلګونه کورنۍ به ترې ګټه واخلي .\n"
)


@pytest.mark.parametrize("home", ["کور", "خانه", "صفحه اصلی", "Home"])
@pytest.mark.parametrize("url", [None, "https://ps.example.af/39745.html"])
def test_a_slashed_breadcrumb_from_home_names_the_headline(home: str, url: str | None) -> None:
    text = f"{home} / تازه خبرونه / {PS_HEADLINE}\n\n{PS_HEADLINE}\n\n{PS_BODY}"
    article = jm.parse_article(text, url=url)
    assert article.title == PS_HEADLINE
    assert "title-uncertain" not in warning_codes(article)


def test_a_headline_with_slashes_and_no_home_word_is_kept() -> None:
    # «A / B / C» opening with no home word is no breadcrumb: the headline stays whole.
    line = "تورم / رکود / بیکاری: سه چالش بزرگ اقتصاد در سال آینده"
    text = f"{line}\n\n{PARAGRAPH}\n\n{MORE}\n"
    assert jm.parse_article(text).title == line
