"""Titles that were silently wrong on real stored pages (fix27, docs/real_sample.md).

Each test prints a real page's layout in words written for this file: a run of tags between
the date label and «کد خبر» over the headline, a post's title over a question heading that
asks what it names, a page that is one line ending with a source's name after a dash or a
section's name «اخبار X», and a keyword's list page («/key/NAME»). Each rule has its near miss,
which must not change.
"""

from __future__ import annotations

import jalali_meta as jm

_LEAD = (
    "این متن برای آزمون نوشته شده است و درباره چند موضوع عمومی توضیح می‌دهد تا جمله‌ای به "
    "اندازه یک بند کامل باشد و ابزار آن را متن اصلی صفحه بخواند."
)


def _uncertain(article: jm.Article) -> bool:
    return any(warning.code == "title-uncertain" for warning in article.warnings)


# A run of tags («X Y X Y امروز») between the date label and «کد خبر», the headline under it.

_HEADLINE = "قیمت میوه امروز 12 مهر 1402 | کاهش قیمت سیب در بازار میوه تهران"


def _tagged_page(tags: str) -> str:
    return (
        "دوشنبه 14 خرداد 1403 - 03 Jun 2024\n"
        "تاریخ انتشار: 1402/07/12 09:15\n"
        f"{tags}\n"
        "کد خبر: 45120\n\n"
        f"{_HEADLINE}\n\n{_LEAD}\n"
    )


def test_run_of_tags_over_the_headline_is_no_title() -> None:
    article = jm.parse_article(_tagged_page("قیمت میوه تهران قیمت میوه تهران امروز"))
    assert article.title == _HEADLINE
    assert article.number == "45120"


def test_headline_reworded_above_the_header_stays_its_first_print() -> None:
    # The headline's words once, in other order, between the date label and «کد خبر»: the
    # headline's first print (no phrase printed twice at once), the title as before.
    line = "کاهش قیمت سیب در بازار میوه تهران امروز"
    article = jm.parse_article(_tagged_page(line))
    assert article.title == line


# A post's title over its first section heading, a question about what the title names.


def test_question_asking_about_the_line_above_yields_to_it() -> None:
    title = "CRM یا نرم افزار مدیریت ارتباط با مشتری فروشگاه"
    text = f"{title}\n\nنرم افزار CRM\n\nنرم افزار مدیریت مشتری یا CRM چیست؟\n\n{_LEAD}\n"
    article = jm.parse_article(text)
    assert article.title == title
    assert _uncertain(article)


def test_question_about_other_words_stays_the_title() -> None:
    # The line above shares no words with the question: a kicker, and the question the
    # headline.
    question = "تورم سال آینده چقدر خواهد بود؟"
    text = f"گزارش اقتصادی هفته از بازار ارز\n\n{question}\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == question


# A page that is one line: a headline with a source after a dash, or a section glued on.


def test_lone_line_with_a_dashed_source_is_uncertain() -> None:
    line = "دستورالعمل تازه ثبت نام مدارس در سال تحصیلی آینده - نمونا"
    article = jm.parse_article(line + "\n")
    assert article.title == line
    assert _uncertain(article)


def test_lone_line_with_a_news_section_glued_on_is_uncertain() -> None:
    line = "هزینه تعویض روغن موتور در تعمیرگاه چگونه حساب می‌شود اخبار خودرو"
    article = jm.parse_article(line + "\n")
    assert _uncertain(article)


def test_lone_headline_without_a_tail_is_certain() -> None:
    line = "دستورالعمل تازه ثبت نام مدارس در سال تحصیلی آینده"
    article = jm.parse_article(line + "\n")
    assert article.title == line
    assert not _uncertain(article)


def test_short_line_with_a_dash_is_certain() -> None:
    # Fewer than four words before the dash: a two-part headline, no source's name.
    line = "ایران - عراق فردا"
    article = jm.parse_article(line + "\n")
    assert article.title == line
    assert not _uncertain(article)


# A keyword's list page («/key/NAME»): its first item's headline is no sure title.

_ITEMS = (
    "روایت تازه از سینمای مستند ایران\n\n"
    f"{_LEAD}\n\n"
    "نمایشگاه عکس در موزه شهر برپا شد\n\n"
    f"{_LEAD}\n\n"
    "جشنواره کتاب کودک آغاز به کار کرد\n\n"
    f"{_LEAD}\n"
)


def test_keyword_address_is_a_list() -> None:
    article = jm.parse_article(_ITEMS, url="https://example.ir/key/نام-نمونه")
    assert _uncertain(article)
    assert "listing-page" in {warning.code for warning in article.warnings}


def test_key_inside_an_article_address_is_no_list() -> None:
    article = jm.parse_article(_ITEMS, url="https://example.ir/news/key-points-2024")
    assert "listing-page" not in {warning.code for warning in article.warnings}
