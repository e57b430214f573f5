"""Titles silently wrong on the third real sample (fix30, after real14).

Each test prints a real page's layout in words written for this file: a wiki mirror's
document title with the wiki's name, a wiki's redirect note, a category list's heading, a
day archive over one short line, an image caption over its credit and the reading time, and
a press archive's Latin masthead line. Each rule has its near miss, which must not change.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes as _codes

import jalali_meta as jm

_PARAGRAPH = (
    "گیاه‌شناسی دانشی است که به بررسی گیاهان، ساختار، رشد، تولید مثل و پراکندگی آن‌ها در "
    "سراسر جهان می‌پردازد و از کهن‌ترین شاخه‌های دانش بشری به شمار می‌رود."
)
_STORY = (
    "فرماندار شهرستان از آغاز طرح بازسازی بازار قدیمی خبر داد و گفت: کار ساخت در دو مرحله "
    "انجام می‌شود و بازاریان تا پایان سال به مغازه‌های تازه باز می‌گردند."
)
_HEADLINE = "بازسازی بازار قدیمی شهر در دو مرحله آغاز شد"


# 1. A wiki's name after a page's title in its document title.


@pytest.mark.parametrize(
    "suffix",
    [
        " - ویکی‌پدیا، دانشنامهٔ آزاد",
        " - ویکیپدیا، دانشنامهٔ آزاد",
        " - ویکی‌پدیا",
        " - Wikipedia",
        " - Wikipedia, the free encyclopedia",
        " - ویکی شیعه",
        " | ویکی فقه",
    ],
)
def test_wiki_name_after_the_title_is_cut(suffix: str) -> None:
    text = f"گیاه‌شناسی{suffix}\n\n{_PARAGRAPH}\n"
    for url in (None, "https://mirror.example.net/wiki/fa/page"):
        assert jm.parse_article(text, url=url).title == "گیاه‌شناسی"


@pytest.mark.parametrize(
    "line",
    [
        # a headline about a wiki: a particle or a verb no wiki's name has
        "گزارش تازه درباره دانش آزاد - ویکی‌پدیا تا هوش مصنوعی",
        "سانسور در اینترنت ادامه دارد - ویکی‌پدیا در ترکیه بسته شد",
        # a tail naming no wiki
        "بازسازی بازار قدیمی شهر در دو مرحله - دانشنامه جهان اسلام",
    ],
)
def test_headline_with_a_wiki_word_or_no_wiki_keeps_its_tail(line: str) -> None:
    assert jm.parse_article(f"{line}\n\n{_STORY}\n").title == line


# 2. A wiki's redirect note is never the title.


@pytest.mark.parametrize("note", ["(تغییرمسیر از گیاه شناسی)", "(Redirected from Botany)"])
def test_wiki_redirect_note_is_never_the_title(note: str) -> None:
    text = f"گیاه‌شناسی\n\nاز ویکی‌پدیا، دانشنامهٔ آزاد\n{note}\n\n{_PARAGRAPH}\n"
    article = jm.parse_article(text)
    assert article.title != note
    assert article.title is not None or "title-uncertain" in _codes(article)


def test_bracketed_line_about_a_redirect_may_still_be_a_title() -> None:
    # «تغییر مسیر» in a headline's words, not the note's «(تغییرمسیر از NAME)» alone.
    line = "تغییر مسیر رودخانه از کنار روستا (گزارش تصویری)"
    assert jm.parse_article(f"{line}\n\n{_STORY}\n").title == line


# 3. A category list's heading: its name is the list's title, warned as a list.


@pytest.mark.parametrize(
    "heading",
    ["آرشیو کامل از دسته: فرهنگی", "آرشیو دسته: فرهنگی", "بایگانی دسته: فرهنگی", "دسته: فرهنگی"],
)
def test_category_heading_names_the_list(heading: str) -> None:
    text = f"{heading}\n\n{_HEADLINE}\n\n{_STORY}\n\nجشنواره تئاتر خیابانی در شهر برگزار شد\n\n{_STORY}\n"
    article = jm.parse_article(text)
    assert article.title == "فرهنگی"
    assert "listing-page" in _codes(article)


def test_post_category_label_under_a_headline_is_no_list() -> None:
    # «دسته: NAME» under an article's headline is the post's category, a field of its header.
    text = f"{_HEADLINE}\nدسته: فرهنگی\n\n{_STORY}\n"
    article = jm.parse_article(text)
    assert article.title == _HEADLINE
    assert "listing-page" not in _codes(article)


# 4. A Jalali day archive over one short line: the line may be a caption, not a headline.


def test_day_archive_over_a_two_word_line_doubts_it() -> None:
    text = f"شهردار شهر\n\n{_STORY}\n"
    article = jm.parse_article(text, url="http://www.example.ir/1398/11/15/")
    assert "title-uncertain" in _codes(article)


def test_day_archive_over_one_headline_keeps_it_and_posts_address_too() -> None:
    text = f"{_HEADLINE}\n\n{_STORY}\n"
    article = jm.parse_article(text, url="http://www.example.ir/1398/11/15/")
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)
    short = f"شهردار شهر\n\n{_STORY}\n"
    article = jm.parse_article(short, url="http://www.example.ir/1398/11/15/slug-of-post/")
    assert "title-uncertain" not in _codes(article)


# 5. A source's credit between a line and the reading time: the line gets no headline mark.

_SECTION = "آغاز کار در مرحله نخست"


def test_caption_over_its_credit_and_reading_time_gets_no_headline_mark() -> None:
    text = f"کارگران در بازار قدیمی\nمنبع: ایرنا\nزمان مطالعه: ۱ دقیقه\n\n{_SECTION}\n{_STORY}\n"
    assert jm.parse_article(text).title == _SECTION


def test_line_over_a_date_and_reading_time_keeps_its_mark() -> None:
    text = f"کارگران در بازار قدیمی\n12 آبان 1398\nزمان مطالعه: ۱ دقیقه\n\n{_SECTION}\n{_STORY}\n"
    assert jm.parse_article(text).title == "کارگران در بازار قدیمی"


# 6. A press archive's Latin masthead line under the headline.


# A headline of a relative clause ending with its verb, which reads as a sentence.
_CLAUSE_HEADLINE = "گروهی که در ماه رمضان به یاری خانواده‌های نیازمند می‌پردازد"


@pytest.mark.parametrize("masthead", ["KHABAR SHAHR - - شهر -", "DAILY NEWS - - -"])
def test_latin_masthead_is_never_the_title(masthead: str) -> None:
    text = f"{_CLAUSE_HEADLINE}\n\n{masthead}\n\n{_STORY}\n"
    assert jm.parse_article(text).title == _CLAUSE_HEADLINE


def test_headline_with_a_latin_name_and_a_dash_stays() -> None:
    line = "NASA - تلسکوپ تازه تصویر کهکشان دور را فرستاد"
    assert jm.parse_article(f"{line}\n\n{_STORY}\n").title == line
