"""A date line read by the quick reader: the same span and parts as the grammar's match.

The header classifier keeps the first date of each line with a year for the resolver. A
line that is wholly one of the quick reader's layouts («سه شنبه 1402/06/28 ساعت 16:42»)
gets the quick reader's parts in place of the grammar's match, which is made only when a
rule asks for a group. Here strings in and near those layouts (tests/test_quick_reader.py's
generator: every digit script, separators, edges, stray marks, tails) check that wherever
the quick reader answers for a whole line, the grammar's search finds one match over that
whole line and reads the same parts from it. For a long run:

    JALALI_META_QUICK_EXAMPLES=20000 python -m pytest tests/test_line_date.py -p no:randomly
"""

from __future__ import annotations

from hypothesis import example, given
from tests.test_quick_reader import SETTINGS, date_strings

import jalali_meta as jm
from jalali_meta.testing import line_date_pair


@SETTINGS
@given(date_strings(), date_strings())
@example("سه شنبه 1402/06/28 ساعت 16:42", "")
@example("۱۷ اسفند ۱۴۰۰، ۲۳:۱۰", "")
@example("شنبه 1402/06/28", "")
@example("1402-06-28 24:00:00", "")
@example("سه‌شنبه، ۲۸ شهریور ۱۴۰۲ - ۱۶:۴۲", "")
def test_a_quick_date_line_is_the_grammars_match(text: str, other: str) -> None:
    """Where the quick reader answers for the whole line, search finds that match and read
    gives the same parts (spans moved by the line's offset in the document)."""
    for line in (text, text + " " + other, other + " " + text):
        pair = line_date_pair(line, base=7)
        if pair is not None:
            grammar, quick = pair
            assert grammar == quick, line


def test_the_seed_date_line_is_read_quickly() -> None:
    assert line_date_pair("سه شنبه 1402/06/28 ساعت 16:42") is not None


def test_a_line_with_more_than_the_date_is_searched_neg() -> None:
    """A source after the date, a label before it, edge separators: the grammar's search."""
    for line in (
        "سه شنبه 1402/06/28 ساعت 16:42 - ایرنا",
        "تاریخ: 1402/06/28",
        "- 1402/06/28 16:42",
        "1402/06/28 16:42 |",
        "شنبه 1402/06/28 (سه شنبه)",
    ):
        assert line_date_pair(line) is None, line


def test_a_quick_date_line_reads_the_same_in_a_page() -> None:
    """The date line under its label: read from the quick reader's parts, weekday and all."""
    page = "عنوان خبر در اینجا\nتاریخ انتشار :\nسه شنبه 1402/06/28 ساعت 16:42\n\n" + "متن خبر " * 30
    article = jm.parse_article(page)
    assert article.published is not None
    assert article.published.jalali_date == (1402, 6, 28)
    assert article.published.weekday == "سه شنبه"


def test_a_quick_site_clock_to_the_second_is_no_published_date() -> None:
    """«دوشنبه 4 اردیبهشت 1396 09:49:47» over a site's name over the headline: a site clock
    (the moment the page was served, to the second), which the quick reader reads; the rule
    asks the stand-in for its seconds group (captures("SS")), which the grammar answers
    (mut26: a stand-in answering no capture but «ma» itself made it the published date)."""
    body = "شورای شهر در نشست دیروز طرح بازسازی بازار قدیمی را بررسی کرد و آن را پذیرفت. " * 3
    for clock in ("دوشنبه 4 اردیبهشت 1396 09:49:47", "دوشنبه 1396/02/04 09:49:47"):
        assert line_date_pair(clock) is not None
        page = f"{clock}\nپایگاه خبری شهر\nبازسازی بازار قدیمی شهر در دستور کار شورا\n\n{body}\n"
        assert jm.parse_article(page).published is None, clock
