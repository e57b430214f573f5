"""fix67: the silent values of the real23 sample (docs/real_sample.md, «A twelfth sample»).

The layouts are real pages' (named by each test); the headlines and paragraphs are ours.
"""

from __future__ import annotations

import pytest
from tests.checks import iso, warning_codes

import jalali_meta as jm

PARAGRAPH = (
    "روستای نمونه گردشگری به محدوده‌ای گفته می‌شود که در آن یک یا چند جاذبه تاریخی، طبیعی و "
    "فرهنگی هست و مسافران را به سفر و اقامت در آن فرا می‌خواند."
)
STORY = (
    "به گزارش روابط عمومی دانشگاه، ساختمان تازه دانشکده با پیشرفت نود درصدی در آستانه "
    "بهره‌برداری است و کلاس‌های آن از مهر ماه آغاز می‌شود."
)
MORE = (
    "معاون دانشگاه در بازدید از کارگاه گفت که تجهیزات آزمایشگاه‌ها خریداری شده و نصب آن‌ها "
    "تا پایان تابستان به پایان می‌رسد."
)


# -- 1. A wiki's section heading with its edit link is never the title (wikiroosta.ir) --


@pytest.mark.parametrize(
    "heading",
    ["تعریف روستای هدف[ویرایش]", "تعریف روستای هدف [ویرایش مبدأ]", "[ویرایش] تعریف روستای هدف"],
)
def test_a_section_heading_with_its_edit_link_is_not_the_title(heading: str) -> None:
    text = (
        f"روستاهای هدف گردشگری\n\n\n\n{heading}\n\n{PARAGRAPH}\n\nتاریخچه[ویرایش]\n\n{PARAGRAPH}\n"
    )
    article = jm.parse_article(text)
    assert article.title == "روستاهای هدف گردشگری"


def test_brackets_that_are_no_edit_link_stay_in_a_headline() -> None:
    # A near miss: «[فیلم]» before a headline that speaks of an edition («ویرایش»).
    text = f"[فیلم] ویرایش تازه آیین‌نامه گردشگری روستایی ابلاغ شد\n\n{PARAGRAPH}\n"
    article = jm.parse_article(text)
    assert article.title == "[فیلم] ویرایش تازه آیین‌نامه گردشگری روستایی ابلاغ شد"


# -- 1. A read-more button over a related box is one story's, not a list's (zariyan.ir) --


def test_show_more_over_similar_posts_keeps_the_headline() -> None:
    # Jannah's single post: section label, headline, paragraphs, the last cut by its «show
    # more» button, then «نوشته‌های مشابه» (similar posts): one story, not a list.
    text = (
        f"جامعه\n\nساختمان دانشکده پرستاری در حال تکمیل است\n\n{STORY}\n\n{MORE}\n\n"
        "مشاهده بیشتر\n\nنوشته‌های مشابه\n\nدکمه بازگشت به بالا\n"
    )
    article = jm.parse_article(text)
    assert article.title == "ساختمان دانشکده پرستاری در حال تکمیل است"
    assert "listing-page" not in warning_codes(article)


def test_show_more_over_the_next_item_is_still_a_list() -> None:
    # A near miss: the button is followed by the next item's headline and excerpt.
    text = (
        f"جامعه\n\nساختمان دانشکده پرستاری در حال تکمیل است\n\n{STORY}\n\nمشاهده بیشتر\n\n"
        f"کلاس‌های تابستانی دانشگاه آغاز شد\n\n{MORE}\n\nمشاهده بیشتر\n"
    )
    article = jm.parse_article(text)
    assert "listing-page" in warning_codes(article)
    assert article.title != "ساختمان دانشکده پرستاری در حال تکمیل است"


# -- 1. A tag archive's label without its name is no title (kashan-behzisti.ir) --

TAG_PAGE = (
    "صفحه اصلی | بایگانی برچسب\n\nبایگانی برچسب\n\n"
    "روز شعر و ادب فارسی و روز بزرگداشت شاعر گرامی باد\n\n"
    "شرح حال شاعر در خلال شعرهایش خوانده می‌شود و هر تفسیری از آن شعرها به زندگی او "
    "نزدیک است و خواننده را با روزگار او آشنا می‌کند ...\n\nادامه مطلب\n"
)


def test_a_four_word_bare_label_gives_no_title() -> None:
    # «آرشیو های دسته بندی», its ZWNJs printed as spaces: four words,
    # BARE_ARCHIVE_LABEL_WORDS (mut20).
    article = jm.parse_article(TAG_PAGE.split("\n\n", 2)[2].join(["آرشیو های دسته بندی\n\n", ""]))
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


def test_a_bare_tag_label_spelled_tag_gives_no_title() -> None:
    # «تگ» (tag, the English word) for «برچسب»: a theme's «آرشیو تگ» (mut20).
    article = jm.parse_article(TAG_PAGE.replace("بایگانی برچسب", "آرشیو تگ"))
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


@pytest.mark.parametrize("url", [None, "http://example.ir/tag/روز-شعر-و-ادب-فارسی/"])
def test_a_bare_tag_archive_label_gives_no_title(url: str | None) -> None:
    article = jm.parse_article(TAG_PAGE, url=url)
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


def test_a_tag_archive_label_with_its_name_names_the_list() -> None:
    # A near miss: tabalwor.com's «آرشیو برچسب: NAME» prints the tag's name.
    text = TAG_PAGE.replace("\n\nبایگانی برچسب\n\n", "\n\nآرشیو برچسب: ادبیات\n\n")
    article = jm.parse_article(text)
    assert article.title == "ادبیات"


# -- 2. A two-digit year under its weekday (shrines.ir) --


def test_a_weekday_confirms_the_century_of_a_two_digit_year() -> None:
    article = jm.parse_article(f"- شنبه ۲۹ شهریور ۹۳\n{PARAGRAPH}\n")
    assert iso(article.published) == "2014-09-20"  # 1393/06/29 was a Saturday
    assert "two-digit-year" in warning_codes(article)


def test_a_weekday_that_fits_no_century_leaves_the_date_empty() -> None:
    # 29 Shahrivar fell on a Sunday neither in 1393 nor in 1493.
    article = jm.parse_article(f"- یکشنبه ۲۹ شهریور ۹۳\n{PARAGRAPH}\n")
    assert article.published is None
    assert "invalid-date" in warning_codes(article)


@pytest.mark.parametrize(
    "line",
    [
        "- پنجشنبه ۲۹ شهریور ۹۳",  # a Thursday in 1493 (2114-09-20) only: a year to come
        "- پنجشنبه ۱۲ دی ۰۲",  # a Thursday in 1302 (1924-01-03) only: before the web
        "- چهارشنبه ۱۰ مهر ۴۹",  # a Wednesday in 1449 (2070-10-01) only: a year to come (fix213)
    ],
)
def test_a_weekday_fitting_only_the_other_century_leaves_the_date_empty(line: str) -> None:
    # The weekday confirms the 50-99 -> 13xx, 00-49 -> 14xx century; it never picks another.
    article = jm.parse_article(f"{line}\n{PARAGRAPH}\n")
    assert article.published is None
    assert "invalid-date" in warning_codes(article)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("- شنبه ۱۰ مهر ۵۰", "1971-10-02"),  # 50, the split's first year: 1350
        ("- سه شنبه ۱۰ مهر ۰۳", "2024-10-01"),  # 03, before it and past: 1403
    ],
)
def test_the_century_split_is_at_fifty(line: str, day: str) -> None:
    # CENTURY_SPLIT = 50: 50-99 are 13xx, 00-49 14xx; each weekday fits only that year (mut20).
    # (fix213: 14xx only up to the present year; «۴۹» of 1449, a year to come, is above.)
    article = jm.parse_article(f"{line}\n{PARAGRAPH}\n")
    assert iso(article.published) == day
    assert "two-digit-year" in warning_codes(article)


def test_a_weekday_date_opening_a_headline_is_no_date_line() -> None:
    # A near miss: words after «شنبه ۲۹ شهریور ۹۳» make the line a headline, not a date line.
    line = "شنبه ۲۹ شهریور ۹۳ روز شعر و ادب"
    article = jm.parse_article(f"{line}\n\n{PARAGRAPH}\n")
    assert article.title == line
    assert article.published is None


def test_a_two_digit_year_without_a_weekday_stays_text() -> None:
    # A near miss: «۲۹ شهریور ۹۳» alone may be a day and a count; no date is read.
    article = jm.parse_article(f"- ۲۹ شهریور ۹۳\n{PARAGRAPH}\n")
    assert article.published is None


# -- 2. A date glued to its category's name (anjomanghalam.ir) --

HEADLINE = "منتقدانی که نقدهایشان ساختار ندارد"


@pytest.mark.parametrize("category", ["اخبار", "فرهنگی", "اخبار استان"])
def test_a_date_glued_to_its_category_is_the_date_line(category: str) -> None:
    text = f"دسته بندی مطالب\n\n{HEADLINE}\n\n۲۹ آذر ۱۴۰۰ {category}\n\n{PARAGRAPH}\n"
    article = jm.parse_article(text)
    assert iso(article.published) == "2021-12-20"
    assert article.title == HEADLINE


def test_a_date_glued_to_a_category_name_is_no_date_line() -> None:
    # A near miss: «۱۴۰۰اخبار», no space: only a date with a space before the category's name
    # is a date line (8a1867d; mut20).
    text = f"{HEADLINE}\n\n۲۹ آذر ۱۴۰۰اخبار\n\n{PARAGRAPH}\n"
    article = jm.parse_article(text)
    assert article.published is None


def test_a_date_opening_a_sentence_is_no_date_line() -> None:
    # A near miss: the words after the date are a sentence, not a category's name.
    text = f"{HEADLINE}\n\n۲۹ آذر ۱۴۰۰ روز سردی بود\n\n{PARAGRAPH}\n"
    article = jm.parse_article(text)
    assert article.published is None


# -- 2. A bracketed date and time glued to the headline printed again (dehanbaj.ir) --

NOTICE = "آنچه شوراهای روستا باید بدانند"


def test_a_bracketed_date_before_the_headline_again_is_its_date() -> None:
    text = f"امروز 20 آذر 1402\n\n{NOTICE}\n\n(2 شهریور 1402 - 08:37:47) {NOTICE}\n{PARAGRAPH}\n"
    article = jm.parse_article(text)
    assert iso(article.published) == "2023-08-24T08:37:47+03:30"
    assert article.title == NOTICE


def test_a_bracketed_date_before_words_and_the_headline_is_not_taken() -> None:
    # A near miss: «(DATE) WORD HEADLINE» ends with the headline, but more than the headline
    # follows the brackets: another item's line (mut20).
    text = f"{NOTICE}\n\n(2 شهریور 1402 - 08:37:47) گزارش {NOTICE}\n{PARAGRAPH}\n"
    article = jm.parse_article(text)
    assert article.published is None


def test_a_bracketed_date_before_other_words_is_not_taken() -> None:
    # A near miss: the words after the brackets are not the headline again.
    text = f"{NOTICE}\n\n(2 شهریور 1402 - 08:37:47) نشست شورا برگزار شد\n{PARAGRAPH}\n"
    article = jm.parse_article(text)
    assert article.published is None
