"""The real18 sample's list pages read from their text alone, a misspelt month, and two
addresses naming one item (docs/real_sample.md, real18).

The pages are written for these tests; each mirrors the layout of the real page named.
"""

from __future__ import annotations

from datetime import date

from tests.checks import title_doubted as doubted

import jalali_meta as jm
from jalali_meta.testing import url_number

CUT_BRACKETS = (
    "انجمن صنفی نانوایان استان اعلام کرد که از هفته آینده پخت نان سنتی در همه واحدهای "
    "شهرستان با آرد یارانه‌ای ادامه می‌یابد. به گفته رئیس انجمن، بازرسان اتاق اصناف در "
    "روزهای نخست بر وزن، کیفیت و قیمت نان در همه محله‌های شهر نظارت […]"
)
CUT_DOTS = (
    "کشاورزان دشت مرکزی می‌گویند کم‌آبی امسال برداشت گندم را به نیمه رسانده و بسیاری از "
    "آنان هنوز خسارت بیمه سال گذشته را دریافت نکرده‌اند. همین ..."
)
WHOLE = (
    "کشاورزان دشت مرکزی می‌گویند کم‌آبی امسال برداشت گندم را به نیمه رسانده و بسیاری از "
    "آنان هنوز خسارت بیمه سال گذشته را دریافت نکرده‌اند."
)
HEADLINE = "پخت نان سنتی با آرد یارانه‌ای در نانوایی‌های استان ادامه می‌یابد"


def parse(text: str, url: str | None = None) -> jm.Article:
    return jm.parse_article(text, url=url)


# -- One excerpt cut by a list's theme ends the text (whatday.ir, sahand.ntdc.ir tags) -------


def test_headline_over_one_excerpt_cut_with_brackets_ending_the_text_is_no_title() -> None:
    """«HEADLINE / excerpt […]» and nothing after (sahand.ntdc.ir's tag page): the text is
    a list's item, so no title, with a warning and the list noted."""
    article = parse(f"{HEADLINE}\n\n{CUT_BRACKETS}\n")
    assert article.title is None
    codes = {w.code for w in article.warnings}
    assert {"title-uncertain", "listing-page"} <= codes


def test_headline_printed_twice_over_an_excerpt_cut_with_dots_is_no_title() -> None:
    """The headline again under itself, then an excerpt cut with «...» ending the text
    (chekad.tv's tag page, page 1054): no title."""
    headline = "کاهش برداشت گندم در دشت مرکزی پس از کم‌آبی امسال"
    article = parse(f"{headline}\n\n {headline}\n\n{CUT_DOTS}\n")
    assert article.title is None
    assert doubted(article)


def test_day_banner_over_a_list_item_is_not_the_page_date() -> None:
    """«شنبه، 29 اردیبهشت 1403» over a kicker, a headline and an excerpt cut with «...»
    ending the text (rokhdadshahr.ir's tag page): the day is the site's banner or the
    item's, not the page's; no title either."""
    page = (
        "شنبه، 29 اردیبهشت 1403\n\n"
        "کم‌آبی و برداشت بی‌رویه، کشاورزی دشت مرکزی را به مرز بحران رساند\n\n"
        "دشت تشنه «مرکزی»\n\n"
        f"{CUT_DOTS}\n"
    )
    article = parse(page)
    assert article.title is None
    assert article.published is None


def test_whole_paragraph_under_a_headline_printed_twice_keeps_the_title() -> None:
    """Near miss: the paragraph ends with its full stop (an article's <title> and <h1> over
    its short text, page 345's shape): the headline is the title, undoubted."""
    headline = "کاهش برداشت گندم در دشت مرکزی پس از کم‌آبی امسال"
    article = parse(f"{headline}\n\n{headline}\n\n{WHOLE}\n")
    assert article.title == headline
    assert not doubted(article)


def test_excerpt_followed_by_a_read_more_button_keeps_the_title() -> None:
    """Near miss: a teaser of one item offers the rest («ادامه مطلب» under the excerpt, an
    aggregator's or a day archive's one post, pages 468 and 717): the headline stays."""
    article = parse(f"{HEADLINE}\n\n{CUT_BRACKETS}\n\nادامه مطلب\n")
    assert article.title == HEADLINE


def test_short_name_alone_over_an_excerpt_stays_the_list_name() -> None:
    """Near miss: a line of two words alone over the excerpt is the tag's name
    (khoorna.com's «5 اسفند», page 524), kept as the title."""
    article = parse(f"نان سنتی\n\n{CUT_DOTS}\n")
    assert article.title == "نان سنتی"


def test_excerpt_under_a_header_line_is_an_article_lead() -> None:
    """Near miss: a category and date line between the headline and the cut paragraph
    (newsin's aggregator page, 843): the headline is the page's."""
    page = f"{HEADLINE}\nدسته‌بندی: اجتماعی تاریخ انتشار: ۱۴۰۲/۰۲/۳۰\n\n{CUT_DOTS}\n"
    assert parse(page).title == HEADLINE


# -- A month misspelt with two letters swapped (fardadtour.com) --------------------------------


def test_ordibehesht_with_swapped_letters_is_read() -> None:
    """«25 ادریبهشت 1396» (fardadtour.com; the spelling of date helpers' month tables) is
    25 Ordibehesht 1396."""
    page = f"{HEADLINE}\n\n25 ادریبهشت 1396\n\n{WHOLE}\n"
    published = parse(page).published
    assert published is not None
    assert published.gregorian == date(2017, 5, 15)


def test_parse_datetime_reads_the_swapped_spelling() -> None:
    """The spelling is a month's name for the date grammar as well."""
    assert jm.parse_datetime("8 ادریبهشت 1388").jalali_date == (1388, 2, 8)


# -- Addresses naming one item -------------------------------------------------------------------


def test_wordpress_embed_view_names_the_post() -> None:
    """WordPress's embed view («/6020/<slug>/embed», rail-news.ir) is post 6020's."""
    assert url_number("https://rail-news.ir/6020/رکورد-حمل-بار/embed") == "6020"
    assert url_number("https://rail-news.ir/6020/رکورد-حمل-بار/embed/") == "6020"


def test_embed_alone_names_nothing() -> None:
    """Near miss: «/embed» with no permalink before it, or after a list's year, is no ID."""
    assert url_number("https://example.ir/embed") is None
    assert url_number("https://example.ir/tag/2020/embed") is None


def test_vbulletin_session_hash_is_no_search() -> None:
    """«showthread.php?t=69157&s=<32 hex>»: vBulletin's session hash beside the thread's
    ID (forum.downallfa.com); the page is the thread, and its number is read."""
    url = "http://forum.example.com/showthread.php?t=69157&s=fad27cec1e607d5bd5c1d2b10bbee1f7"
    page = "شورای عالی بیمه دستورالعمل تازه‌ای را برای خسارت‌های بدنی تصویب کرد ...\n\nادامه خبر\n"
    article = parse(page, url)
    assert article.number == "69157"
    assert "listing-page" not in {w.code for w in article.warnings}


def test_search_word_is_still_a_search() -> None:
    """Near miss: WordPress's «?s=word» is a search's results: a list, no item's number."""
    article = parse(f"{HEADLINE}\n\n{WHOLE}\n", "https://example.ir/?s=نان")
    assert "listing-page" in {w.code for w in article.warnings}


def test_excerpt_cut_with_one_ellipsis_character_ending_the_text_is_no_title() -> None:
    """The excerpt cut with «…» (one character, as WordPress prints its excerpt's end)
    ending the text: a list's item, no title (benchmarks/hand_mutants_16.py's mutant 31)."""
    article = parse(f"{HEADLINE}\n\n{CUT_DOTS.replace(' ...', '…')}\n")
    assert article.title is None
    assert doubted(article)


def test_session_hash_key_in_upper_case_is_read_as_the_lower_case_one() -> None:
    """An upper-case «S» key is the same query key: its session hash names the thread (the
    lookup raised KeyError on a fuzzed canonical address «?S»), and a word in it is a search."""
    url = "http://forum.example.com/showthread.php?t=69157&S=fad27cec1e607d5bd5c1d2b10bbee1f7"
    page = "شورای عالی بیمه دستورالعمل تازه‌ای را برای خسارت‌های بدنی تصویب کرد ...\n\nادامه خبر\n"
    article = parse(page, url)
    assert article.number == "69157"
    assert "listing-page" not in {w.code for w in article.warnings}
    searched = parse(f"{HEADLINE}\n\n{WHOLE}\n", "https://example.ir/?S=نان")
    assert "listing-page" in {w.code for w in searched.warnings}
