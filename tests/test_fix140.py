"""fix140: a tag or category page showing one item, read from its text alone.

Shapes from real pages (docs/real_sample.md real42 #17 hacc.ir, real46 #3 adinehpress.ir,
real43 #19 iranmaeman.ir; tests/pages 1494 taraz-news.ir, 1629 ghatatnews.ir); the sentences
are written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

HEADLINE = "افزایش ساعت کار کتابخانه‌های عمومی شهر در تابستان"
TEASER = (
    "مدیر کتابخانه‌های عمومی استان گفت: از ابتدای تیرماه کتابخانه‌های شهر تا ساعت ۲۱ باز "
    "می‌مانند و برای دانش‌آموزان برنامه‌های کتاب‌خوانی برگزار می‌شود که"
)


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# The headline printed twice, then one paragraph cut inside a sentence, the text ending there.


def test_headline_twice_over_cut_teaser_is_a_list() -> None:
    article = jm.parse_article(f"{HEADLINE}\n\n{HEADLINE}\n\n{TEASER}\n")
    assert article.title is None
    assert {"listing-page", "title-uncertain"} <= _codes(article)


def test_headline_twice_over_teaser_cut_after_semicolon_is_a_list() -> None:
    text = f"{HEADLINE}\n\n{HEADLINE}\n\n{TEASER} برای همه آزاد است.؛\n"
    article = jm.parse_article(text)
    assert article.title is None
    assert "listing-page" in _codes(article)


def test_headline_twice_over_dotted_teaser_and_read_more_is_a_list() -> None:
    text = f"{HEADLINE}\n\n{HEADLINE}\n\n{TEASER} اعلام...\n\nادامه مطلب ...\n"
    article = jm.parse_article(text)
    assert article.title is None
    assert {"listing-page", "title-uncertain"} <= _codes(article)


def test_headline_twice_neg_paragraph_ends_a_sentence() -> None:
    # An article's page printing its headline twice over a one-paragraph text.
    text = f"{HEADLINE}\n\n{HEADLINE}\n\n{TEASER} در تالار اصلی برگزار خواهد شد.\n"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_headline_twice_neg_text_goes_on() -> None:
    # The cut lead of an article's page, its text going on under it.
    body = "وی افزود: این طرح با همکاری شهرداری و آموزش و پرورش اجرا خواهد شد و تا پایان شهریور ادامه دارد."
    text = f"{HEADLINE}\n\n{HEADLINE}\n\n{TEASER}\n\n{body}\n"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert "listing-page" not in _codes(article)


# The headline once, then one paragraph stopping inside a sentence, no address: doubted.


def test_headline_over_one_paragraph_cut_in_a_sentence_is_doubted() -> None:
    lead = "ثبت‌نام داوطلبان اردوهای تابستانی به پایان رسید. بیشتر داوطلبان از دبیرستان‌های شهر بودند و در میان آنها"
    article = jm.parse_article(f"{HEADLINE}\n\n{lead}\n")
    assert article.title == HEADLINE
    assert "title-uncertain" in _codes(article)


def test_headline_over_one_paragraph_cut_neg_ends_with_a_stop() -> None:
    lead = (
        "ثبت‌نام داوطلبان اردوهای تابستانی به پایان رسید. بیشتر داوطلبان از دبیرستان‌های شهر بودند."
    )
    article = jm.parse_article(f"{HEADLINE}\n\n{lead}\n")
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_headline_over_one_paragraph_cut_neg_one_word_after_the_stop() -> None:
    # A hashtag or a source's label after the last full stop ends no cut sentence.
    lead = "ثبت‌نام داوطلبان اردوهای تابستانی به پایان رسید و بیشتر داوطلبان از دبیرستان‌های شهر بودند. #کتابخانه"
    article = jm.parse_article(f"{HEADLINE}\n\n{lead}\n")
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_headline_over_one_paragraph_cut_neg_with_an_item_address() -> None:
    # With an item's address the page is that item.
    lead = "ثبت‌نام داوطلبان اردوهای تابستانی به پایان رسید. بیشتر داوطلبان از دبیرستان‌های شهر بودند و در میان آنها"
    article = jm.parse_article(f"{HEADLINE}\n\n{lead}\n", url="https://example.ir/news/1234")
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)


# Round 34's mutants (benchmarks/hand_mutants_34.py).


def test_headline_over_one_paragraph_cut_three_words_after_the_stop_is_doubted() -> None:
    # Three words after the last full stop: a sentence cut at the excerpt's length (mutant 1).
    lead = "ثبت‌نام داوطلبان اردوهای تابستانی به پایان رسید. بیشتر داوطلبان از"
    article = jm.parse_article(f"{HEADLINE}\n\n{lead}\n")
    assert article.title == HEADLINE
    assert "title-uncertain" in _codes(article)


def test_headline_over_one_paragraph_cut_neg_two_words_after_the_stop() -> None:
    lead = "ثبت‌نام داوطلبان اردوهای تابستانی به پایان رسید. بیشتر داوطلبان"
    article = jm.parse_article(f"{HEADLINE}\n\n{lead}\n")
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_headline_over_one_paragraph_cut_after_a_digit_is_doubted() -> None:
    # The excerpt cut right after a clock's hour, a digit last (mutant 4).
    lead = "ثبت‌نام داوطلبان اردوهای تابستانی به پایان رسید. کلاس‌ها از روز شنبه ساعت ۸"
    article = jm.parse_article(f"{HEADLINE}\n\n{lead}\n")
    assert article.title == HEADLINE
    assert "title-uncertain" in _codes(article)


def test_headline_over_one_paragraph_cut_neg_digit_then_a_stop() -> None:
    lead = "ثبت‌نام داوطلبان اردوهای تابستانی به پایان رسید. کلاس‌ها از روز شنبه ساعت ۸."
    article = jm.parse_article(f"{HEADLINE}\n\n{lead}\n")
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)
