"""fix149: the fifty-first attack round's findings (docs/reliability.md «Attacks, fifty-first
round», benchmarks/attacks51.py): fix141's one-post ``[…]`` rule at an item's own address,
fix140's headline printed twice as heading elements (``<h1>``/``<h2>``, Markdown «#»/«##») and
with a Markdown read-more link, an item's address with ``?paged=2``.

The sentences are written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

FEED_HEAD = "نشست هم‌اندیشی استادان رشته معماری در دانشکده هنر برگزار شد"
DAY = "۱۸ آذر ۱۴۰۲"  # 2023-12-09
FEED_EXCERPT = (
    "استادان رشته معماری از چهار دانشگاه کشور در نشستی دو روزه درباره برنامه درسی تازه و "
    "کارگاه‌های عملی دانشجویان سال اول گفت‌وگو کردند و پیشنهادهای خود را به شورای آموزشی"
)

HEADLINE = "بازگشایی دوباره کتابخانه مرکزی شهر پس از دو سال تعمیر"
TEASER = (
    "شهردار منطقه گفت: ساختمان کتابخانه مرکزی پس از دو سال کار دوباره باز می‌شود و بخش "
    "کودکان آن با قفسه‌های تازه از هفته آینده پذیرای خوانندگان خواهد بود و"
)
WHOLE = TEASER + " ساعت کار آن تا شب ادامه دارد."

ARTICLE = "جشنواره فیلم کوتاه دانشجویی در دانشگاه به کار خود پایان داد"
BODY = (
    "جشنواره فیلم کوتاه دانشجویی با معرفی برگزیدگان در تالار اصلی دانشگاه به کار خود پایان "
    "داد و سی فیلم از دانشجویان ده دانشکده در آن به نمایش درآمد.\n\n"
    "دبیر جشنواره گفت: دوره بعد جشنواره در بهار سال آینده برگزار خواهد شد.\n"
)


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _html(body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


# 1. A feed item (headline, its day, an excerpt ending «[…]») at its own post's address.


def test_bracketed_feed_item_at_its_dated_permalink_keeps_its_title() -> None:
    article = jm.parse_article(
        f"{FEED_HEAD}\n{DAY}\n{FEED_EXCERPT} […]\n",
        url="https://daneshkadeh.example.ac.ir/1402/09/18/neshast-memari/",
    )
    assert article.title == FEED_HEAD
    assert "listing-page" not in _codes(article)
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2023-12-09"


def test_bracketed_feed_item_at_its_id_address_keeps_its_title() -> None:
    article = jm.parse_article(
        f"{FEED_HEAD}\n{DAY}\n{FEED_EXCERPT} […]\n",
        url="https://daneshkadeh.example.ac.ir/news/7731/",
    )
    assert article.title == FEED_HEAD
    assert "listing-page" not in _codes(article)


def test_bracketed_feed_item_at_a_section_address_is_still_a_list_neg() -> None:
    # fix141's own shape: the same text at a section's address is a one-post list.
    article = jm.parse_article(
        f"{FEED_HEAD}\n{DAY}\n{FEED_EXCERPT} […]\n",
        url="https://daneshkadeh.example.ac.ir/akhbar/",
    )
    assert "listing-page" in _codes(article)


def test_bracketed_feed_item_at_a_day_archive_is_still_a_list_neg() -> None:
    article = jm.parse_article(
        f"{FEED_HEAD}\n{DAY}\n{FEED_EXCERPT} […]\n",
        url="https://daneshkadeh.example.ac.ir/1402/09/18/",
    )
    assert "listing-page" in _codes(article)


# 2. The headline printed twice as heading elements over one paragraph cut in a sentence.


def test_h1_h2_headline_twice_over_cut_teaser_is_doubted() -> None:
    article = jm.parse_html(_html(f"<h1>{HEADLINE}</h1><h2>{HEADLINE}</h2><p>{TEASER}</p>"))
    assert "listing-page" in _codes(article)


def test_markdown_headings_twice_over_dotted_teaser_and_link_is_doubted() -> None:
    text = f"# {HEADLINE}\n\n## {HEADLINE}\n\n{TEASER}...\n\n[ادامه مطلب](https://x.ir/n/31)\n"
    article = jm.parse_article(text)
    assert "listing-page" in _codes(article)


def test_plain_headline_twice_over_teaser_and_markdown_read_more_link_is_a_list() -> None:
    text = f"{HEADLINE}\n\n{HEADLINE}\n\n{TEASER}...\n\n[ادامه مطلب](https://x.ir/n/31)\n"
    article = jm.parse_article(text)
    assert article.title is None
    assert "listing-page" in _codes(article)


def test_h1_h2_headline_twice_over_whole_paragraph_keeps_title_neg() -> None:
    article = jm.parse_html(_html(f"<h1>{HEADLINE}</h1><h2>{HEADLINE}</h2><p>{WHOLE}</p>"))
    assert article.title == HEADLINE
    assert "listing-page" not in _codes(article)


def test_h1_h2_headline_twice_over_cut_teaser_at_an_item_address_neg() -> None:
    article = jm.parse_html(
        _html(f"<h1>{HEADLINE}</h1><h2>{HEADLINE}</h2><p>{TEASER}</p>"),
        url="https://x.ir/news/5120/",
    )
    assert article.title == HEADLINE
    assert "listing-page" not in _codes(article)


def test_h1_once_over_cut_teaser_keeps_title_neg() -> None:
    article = jm.parse_html(_html(f"<h1>{HEADLINE}</h1><p>{TEASER}...</p>"))
    assert article.title == HEADLINE
    assert "listing-page" not in _codes(article)


def test_markdown_headings_twice_over_two_paragraphs_keeps_title_neg() -> None:
    text = f"# {HEADLINE}\n\n## {HEADLINE}\n\n{TEASER}\n\n{WHOLE}\n"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert "listing-page" not in _codes(article)


# 3. An item's own address with its comments' second page, «?paged=2».


def test_item_address_with_paged_2_is_the_item() -> None:
    article = jm.parse_article(
        f"{ARTICLE}\n{DAY}\n\n{BODY}", url="https://x.ac.ir/news/6204/jashnvareh?paged=2"
    )
    assert article.title == ARTICLE
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2023-12-09"
    assert "listing-page" not in _codes(article)


def test_dated_permalink_with_paged_2_is_the_item() -> None:
    article = jm.parse_article(
        f"{ARTICLE}\n{DAY}\n\n{BODY}", url="https://x.ac.ir/1402/09/18/jashnvareh/?paged=2"
    )
    assert article.title == ARTICLE
    assert "listing-page" not in _codes(article)


def test_section_address_with_paged_2_is_a_list_neg() -> None:
    article = jm.parse_article(f"{ARTICLE}\n{DAY}\n\n{BODY}", url="https://x.ac.ir/news/?paged=2")
    assert "listing-page" in _codes(article)


# Round 34's mutants (benchmarks/hand_mutants_34.py).


def test_bracketed_feed_item_at_a_day_archive_page_number_is_still_a_list_neg() -> None:
    # A day's folder then a bare page number («/1402/09/18/2/»): no post's slug after the
    # day, so no item's address; the one-post list stays a list (mutant 36).
    article = jm.parse_article(
        f"{FEED_HEAD}\n{DAY}\n{FEED_EXCERPT} […]\n",
        url="https://daneshkadeh.example.ac.ir/1402/09/18/2/",
    )
    assert "listing-page" in _codes(article)
