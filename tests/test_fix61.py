"""Three gaps the seventeenth mutation round found (docs/reliability.md, "The seventeenth
round"): a two-word title said twice around a button, the issue number after «شماره‌ی» /
«شماره ی», and a glued clock's Gregorian date glued to the word after it.

The shapes are real (named beside each group); the headlines and paragraphs are ours.
"""

from __future__ import annotations

from tests.checks import RIVER_HEADLINE as HEADLINE
from tests.checks import published_day as day
from tests.checks import under_river_headline as parse
from tests.checks import warning_codes as codes

import jalali_meta as jm

REPORT = (
    "شرکت نمونه گزارش فعالیت سال گذشته خود را برای سهامداران منتشر کرد. در این گزارش از "
    "افزایش فروش و راه‌اندازی دو خط تولید تازه در استان‌های شمالی سخن رفته است.\n"
)


# -- A two-word title said twice around a button ----------------------------------------------
# maliatman.com prints «TITLE دانلود PDF TITLE» (fix57, three words and more: cut). Refrains
# and slogans are said twice too (lachini.com's lyric «ایران ایران ...», mihantv.com's «ایران
# وطن ماست» printed twice), and migna.ir's QR widget «کد QR ... کد QR» (tests/pages 550) has
# the two-word shape exactly: the page does not say which, so the line stays whole, warned.


def test_two_word_title_twice_around_a_button_is_doubted() -> None:
    article = jm.parse_article(f"گزارش سالانه دانلود گزارش سالانه\n\n{REPORT}")
    assert article.title == "گزارش سالانه دانلود گزارش سالانه"
    assert "title-uncertain" in codes(article)


def test_three_word_title_twice_around_a_button_is_still_cut_undoubted() -> None:
    title = "گزارش سالانه شرکت"
    article = jm.parse_article(f"{title} دانلود {title}\n\n{REPORT}")
    assert article.title == title
    assert "title-uncertain" not in codes(article)


def test_one_word_said_twice_around_a_word_is_a_headline() -> None:
    """Near miss: «خانه به خانه» (a phrase of one word said twice) is no print twice."""
    article = jm.parse_article(f"خانه به خانه\n\n{REPORT}")
    assert article.title == "خانه به خانه"
    assert "title-uncertain" not in codes(article)


def test_two_words_then_two_other_words_are_not_doubted() -> None:
    """Near miss: «گزارش سالانه دانلود گزارش ماهانه»: the halves differ."""
    article = jm.parse_article(f"گزارش سالانه دانلود گزارش ماهانه\n\n{REPORT}")
    assert "title-uncertain" not in codes(article)


# -- «شماره‌ی» / «شماره ی» / «شمارهٔ» before the issue number --------------------------------
# newspaper.mardomsalari.ir/5187/page/12/81724 prints «شماره 5187 - سه شنبه 10 تیر 1399»;
# the ezafe written out («شماره ی خود», «منطقه ی مورد») is a house style (dini-v.com/view/461).


def test_issue_number_after_shomare_ye_with_zwnj_is_no_year() -> None:
    article = parse("شماره\u200cی ۵۱۸۷ - سه\u200cشنبه ۱۰ تیر ۱۳۹۹")
    assert day(article) == "2020-06-30"
    assert "invalid-date" not in codes(article)


def test_issue_number_after_shomare_ye_with_a_space_is_no_year() -> None:
    article = parse("سال بیست و یکم - شماره ی ۵۱۸۷ - سه\u200cشنبه ۱۰ تیر ۱۳۹۹")
    assert day(article) == "2020-06-30"
    assert article.number is None
    assert "issue-date-only" in codes(article)
    assert "invalid-date" not in codes(article)


def test_issue_number_after_shomare_with_hamza_is_no_year() -> None:
    article = parse("سال بیست و یکم - شمارهٔ ۵۱۸۷ - سه\u200cشنبه ۱۰ تیر ۱۳۹۹")
    assert day(article) == "2020-06-30"
    assert "invalid-date" not in codes(article)


def test_issue_line_with_the_ezafe_after_its_date_is_an_issue_line() -> None:
    """«DATE - شماره‌ی ۵۱۸۷»: the issue's date, warned as the issue's, as without the ezafe."""
    article = parse("سه\u200cشنبه ۱۰ تیر ۱۳۹۹ - شماره\u200cی ۵۱۸۷")
    assert day(article) == "2020-06-30"
    assert "issue-date-only" in codes(article)


def test_plural_of_the_issue_word_before_a_year_is_no_issue() -> None:
    """Near miss: «شماره‌ها ۱۴۰۲ - شنبه ۱۲ اسفند»: «شماره‌ها» is no issue word before its
    number; the year-first date is read."""
    article = parse("فهرست شماره\u200cها ۱۴۰۲ - شنبه ۱۲ اسفند")
    assert day(article) == "2024-03-02"


def test_issue_number_in_words_after_shomare_stays_its_number_word() -> None:
    """Near miss: «شماره یک» is «number one», not «شماره» with its ezafe and a digit."""
    article = parse("شماره یک - ۱۲ اسفند ۱۴۰۲")
    assert day(article) == "2024-03-02"
    assert "issue-date-only" in codes(article)


# -- A glued clock, its Gregorian date and a word, all glued ---------------------------------
# Issue #16's «... ساعت 08:202023-11-07اقتصادي» and Ghatreh's meta line «دوشنبه، 21 فروردین
# 1396 ساعت 09:052017-04-10پزشكي» (test.ghatreh.com, tests/pages/402): the clock, the date and
# the section's name are cells run together; with the Jalali part on a line of its own, the
# rest is such a line.


def test_glued_clock_date_and_section_give_the_day() -> None:
    article = parse("ساعت 08:202023-11-07اقتصادي")
    assert day(article) == "2023-11-07"
    assert article.published is not None
    assert not article.published.has_time  # whose clock it is, the line does not say
    assert article.title == HEADLINE


def test_glued_clock_date_and_section_alone_are_no_title() -> None:
    article = jm.parse_article("ساعت 08:202023-11-07اقتصادي")
    assert day(article) == "2023-11-07"
    assert article.title is None


def test_glued_clock_date_and_a_sentence_is_no_date_line() -> None:
    """Near miss: a whole sentence after the glued date is no section's name: no date read."""
    article = parse("ساعت 08:202023-11-07اقتصاد ایران در سال آینده رشد بیشتری خواهد داشت")
    assert article.published is None


def test_date_glued_to_a_word_without_a_glued_clock_is_not_read() -> None:
    """Near miss: «2023-11-07اقتصادي» alone: no clock glued before it, no evidence the glue
    is the extraction's (a date run into a word is also a typo in a sentence)."""
    article = parse("2023-11-07اقتصادي")
    assert article.published is None


# -- Mutation round 18 (docs/reliability.md, "The eighteenth round") ------------------------


def test_glued_clock_date_and_four_glued_words_give_the_day() -> None:
    """Up to four words glued after the date are the line's company («اخبار اقتصادی استان
    تهران», a section's name of four words)."""
    article = parse("ساعت 08:202023-11-07اخبار اقتصادی استان تهران")
    assert day(article) == "2023-11-07"


def test_glued_clock_date_then_a_space_and_words_is_no_date_line() -> None:
    """Near miss: a space after the date, then words: a sentence the date opens, not a cell
    glued to it by the extraction; no day read."""
    article = parse("ساعت 08:202023-11-07 افزایش قیمت طلا")
    assert article.published is None
