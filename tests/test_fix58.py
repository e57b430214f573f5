"""Three date-line shapes of issue #16 that attack23 found missing: an issue line whose
volume is in words before the issue number and the date, a clock glued to a slashed
Gregorian date, and a Gregorian date printed with spaces only.

The shapes are real (named beside each group); the headline and the paragraphs are ours.
"""

from __future__ import annotations

from tests.checks import RIVER_HEADLINE as HEADLINE
from tests.checks import RIVER_LEAD as LEAD
from tests.checks import published_day as day
from tests.checks import under_river_headline as parse
from tests.checks import warning_codes as codes

import jalali_meta as jm

# -- An issue line: volume in words, issue number, then the date ----------------------------
# newspaper.mardomsalari.ir/5187/page/12/81724 prints «شماره 5187 - سه شنبه 10 تیر 1399»;
# Kaaveh.ir's masthead «سال سوم -شماره 16 شنبه 13آبان 1396» (magland.ir/magazine/65/issue/6607).


def test_issue_number_after_a_volume_in_words_is_no_year_and_the_date_is_read() -> None:
    """«سال بیست و یکم - شماره ۵۱۸۷ - DATE»: the year-first layout read «۵۱۸۷ - سه‌شنبه ۱۰ تیر»
    as a date of the year 5187 and dropped the issue's date; the issue number is no year, so
    the issue's date is the only date: published, warned as the issue's."""
    article = parse("سال بیست و یکم - شماره ۵۱۸۷ - سه‌شنبه ۱۰ تیر ۱۳۹۹")
    assert day(article) == "2020-06-30"
    assert article.number is None
    assert "issue-date-only" in codes(article)
    assert "invalid-date" not in codes(article)
    assert article.title == HEADLINE


def test_issue_number_after_a_volume_in_digits_is_no_year_either() -> None:
    """«سال ۱۴۰۲ - شماره ۵۱۸۷ - DATE» (the volume a number): the same."""
    article = parse("سال ۲۱ - شماره ۵۱۸۷ - سه‌شنبه ۱۰ تیر ۱۳۹۹")
    assert day(article) == "2020-06-30"
    assert article.number is None
    assert "invalid-date" not in codes(article)


def test_masthead_with_its_separators_lost_is_an_issue_line() -> None:
    """«سال نوزدهم شماره ۵۳۶۶ چهارشنبه ۲۵ اردیبهشت ۱۳۹۲» (Iran newspaper's masthead in a PDF
    text layer, issuu.com/zagros7000/docs/iran_5366_1392-02-25): the issue's date, warned,
    never the issue number as a year or as the article's number."""
    article = parse("سال نوزدهم شماره ۵۳۶۶ چهارشنبه ۲۵ اردیبهشت ۱۳۹۲")
    assert day(article) == "2013-05-15"
    assert article.number is None
    assert codes(article) == {"issue-date-only"}


def test_year_first_date_without_an_issue_word_is_still_read_year_first() -> None:
    """Near miss: «۱۴۰۲ - شنبه ۱۲ اسفند» (a year first, no «شماره» before it) is a date."""
    article = parse("۱۴۰۲ - شنبه ۱۲ اسفند")
    assert day(article) == "2024-03-02"


# -- A clock glued to a slashed Gregorian date -------------------------------------------------
# Issue #16: «سه شنبه، 16 آبان 1402 ساعت 08:202023-11-07اقتصادي», text extraction joining the
# clock and the Gregorian date a page prints in two cells.


def test_clock_glued_to_a_gregorian_date_alone_gives_the_day() -> None:
    article = parse("09:402024/03/02")
    assert day(article) == "2024-03-02"
    assert article.published is not None
    assert not article.published.has_time  # whose clock it is, the line does not say


def test_clock_with_its_word_glued_to_a_dashed_gregorian_date() -> None:
    article = parse("ساعت ۰۹:۴۰2024-03-02")
    assert day(article) == "2024-03-02"


def test_clock_glued_to_a_longer_number_is_no_date() -> None:
    """Near miss: «09:4020240302» (a clock run into a long number) holds no date."""
    article = parse("09:4020240302")
    assert article.published is None


# -- A Gregorian date with spaces only ---------------------------------------------------------
# Issue #16 («03 11 2020»); attacks23 «23 11 2020».


def test_spaced_gregorian_date_with_the_day_over_12() -> None:
    article = parse("23 11 2020")
    assert day(article) == "2020-11-23"
    assert article.published is not None
    assert article.published.text == "23 11 2020"
    assert not codes(article)


def test_spaced_gregorian_date_either_order_alone_is_refused_with_a_warning() -> None:
    """«03 11 2020» alone: 3 November or 11 March; nothing on the page says which."""
    article = parse("03 11 2020")
    assert article.published is None
    assert "invalid-date" in codes(article)


def test_spaced_gregorian_date_either_order_ordered_by_its_jalali_twin() -> None:
    """Under «۱۳ آبان ۱۳۹۹» (3 November 2020) the order is the page's: day first, warned."""
    article = jm.parse_article(f"{HEADLINE}\n\n۱۳ آبان ۱۳۹۹\n03 11 2020\n\n{LEAD}")
    assert day(article) == "2020-11-03"


def test_three_numbers_that_are_no_date_stay_text() -> None:
    """Near misses: a count after the numbers, a phone number, a price list."""
    for line in ("23 11 2020 نفر", "0912 345 6789", "12 500 1400"):
        article = parse(line)
        assert article.published is None, line
        assert "invalid-date" not in codes(article), line


def test_spaced_numbers_in_running_text_are_no_date() -> None:
    """Only a whole header line is read so: in a paragraph, «23 11 2020» is no mention."""
    text = f"{HEADLINE}\n\n{LEAD}\nآمار این سه سال به ترتیب 23 11 2020 نفر بوده است.\n"
    article = jm.parse_article(text)
    assert article.published is None


# -- Edges pinned by the seventeenth mutation round (benchmarks/hand_mutants_17.py) ---------


def test_issue_number_after_a_spaced_colon_is_no_year() -> None:
    """«شماره : ۵۱۸۷» (a spaced colon, eight characters back to «شماره»): still the issue's."""
    article = parse("سال بیست و یکم - شماره : ۵۱۸۷ - سه‌شنبه ۱۰ تیر ۱۳۹۹")
    assert day(article) == "2020-06-30"
    assert "invalid-date" not in codes(article)


def test_clock_glued_to_a_date_with_a_label_after_it_does_not_crash() -> None:
    """A glued clock, its date, then a label («نویسنده: NAME»): the rest is a labels line,
    not a date line; it is not rebuilt as one (which lost its labels), and any day read is
    the printed one."""
    article = parse("09:402024/03/02 نویسنده: علی رضایی")
    assert day(article) in (None, "2024-03-02")
