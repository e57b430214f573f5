"""fix97: what the twenty-second blind batch (blind42, tests/pages 1420-1433) found.

* A blog post's byline «+ نوشته شده در DATE ساعت HOUR توسط NAME |» (Blogfa's footer, with or
  without «+», its year glued to the month and to «ساعت»; «ارسال شده در», «Posted by NAME
  on DATE») is never a headline; right under a «ادامه مطلب» (read more) button it closes the
  excerpt above it, so its date is that item's, not the page's.
* A Gregorian date printed with spaces only and a clock after it («30 04 2019 00:00», alone
  on its header line) is read as its slashed form: the day over 12 orders it; a day and a
  month both up to 12 stay None with invalid-date.
* A headline printed again right under its meta block («• کد خبر : ID», «• DATE - TIME») is
  the item's own page: a site's «کل مطالب: N» counter above it makes no list.

The texts are written for these tests on the real pages' layouts (khamir.blogfa.com,
pr.kntu.ac.ir, khabran.ir).
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

HEADLINE = "بازسازی بازار قدیمی میناب در دستور کار شورا"
BODY = (
    "شورای شهر میناب در نشست روز گذشته طرح بازسازی بازار قدیمی را بررسی کرد و اعضای شورا "
    "درباره هزینه مرمت دکان‌ها، سقف چوبی راسته اصلی و جابه‌جایی دستفروشان گفت‌وگو کردند."
)

# --- a post's byline is no headline ---

BYLINES = [
    "+ نوشته شده در  چهار شنبه 12 مهر1391ساعت 9  توسط رضا  |",
    "Posted by admin on March 3, 2020",
]


@pytest.mark.parametrize("byline", BYLINES)
def test_post_byline_is_no_headline(byline: str) -> None:
    record = jm.parse_article(byline + "\n\n" + BODY + "\n")
    assert record.title is None


@pytest.mark.parametrize(
    "byline",
    [
        "Written by Sara Karimi on March 3, 2020",  # «written by NAME on» (mut26)
        "Posted on March 3, 2020 by admin |",  # a pipe after the author's name (mut26)
        "+ نوشته شده در 12 مهر 1391 توسط رضا |",  # Blogfa's footer, its date spaced (mut26)
    ],
)
def test_more_post_bylines_are_no_headline(byline: str) -> None:
    record = jm.parse_article(byline + "\n\n" + BODY + "\n")
    assert record.title is None


def test_blogfa_footer_alone_gives_its_date_not_a_title() -> None:
    record = jm.parse_article(BYLINES[0] + "\n\n" + BODY + "\n")
    assert record.title is None
    assert record.published is not None
    assert record.published.gregorian.isoformat() == "2012-10-03T09:00:00+03:30"


@pytest.mark.parametrize(
    "byline",
    [*BYLINES, "ارسال شده در ۱۸ دی ۱۳۹۲ ساعت ۱۰:۲۰ توسط مریم کاظمی |"],
)
def test_byline_under_read_more_is_the_excerpts(byline: str) -> None:
    # A blog's home page: «ادامه مطلب» closes the post above, its footer under the button.
    record = jm.parse_article("ادامه مطلب\n" + byline + "\n\n" + BODY + "\n")
    assert record.title is None
    assert record.published is None
    assert "title-uncertain" in warning_codes(record)


def test_labelled_footer_under_read_more_gives_no_date() -> None:
    # «نوشته شده در :» read as a date's label under «ادامه مطلب»: still the excerpt's date
    # (mut26: without the label's check the footer's day was the page's published)
    record = jm.parse_article("ادامه مطلب\nنوشته شده در : ۱۸ دی ۱۳۹۲\n\n" + BODY + "\n")
    assert record.published is None


def test_headline_with_written_on_inside_stays_neg() -> None:
    title = "نامه‌ای نوشته شده در ۱۲ آبان ۱۳۵۸ پس از چهل سال منتشر شد"
    record = jm.parse_article(title + "\n\n" + BODY + "\n")
    assert record.title == title


def test_post_footer_under_its_body_gives_the_date_neg() -> None:
    # A single post: the footer closes the post's own body, no read-more button above it.
    text = HEADLINE + "\n\n" + BODY + "\n" + BYLINES[0] + "\n"
    record = jm.parse_article(text)
    assert record.title == HEADLINE
    assert record.published is not None
    assert record.published.gregorian.isoformat() == "2012-10-03T09:00:00+03:30"


# --- a spaced Gregorian date with its clock ---


def _university_item(date_line: str) -> str:
    return (
        f"{HEADLINE}\n\n{date_line}\nکد خبر : 52341\nتعداد بازدید : 918\n\n{HEADLINE}\n\n{BODY}\n"
    )


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("15 09 2021 10:30", "2021-09-15T10:30:00+04:30"),
        ("30 04 2019 00:00", "2019-04-30T00:00:00+04:30"),
        ("28 11 2020 08:05:40", "2020-11-28T08:05:40+03:30"),
    ],
)
def test_spaced_gregorian_date_with_clock_is_read(date_line: str, expected: str) -> None:
    record = jm.parse_article(_university_item(date_line))
    assert record.published is not None
    assert record.published.gregorian.isoformat() == expected
    assert record.number == "52341"


def test_spaced_gregorian_date_both_ways_valid_is_refused() -> None:
    # «05 09 2021»: 5 September or 9 May; no Jalali twin on the page orders it.
    record = jm.parse_article(_university_item("05 09 2021 10:30"))
    assert record.published is None
    assert "invalid-date" in warning_codes(record)


def test_spaced_numbers_in_running_text_stay_text_neg() -> None:
    text = (
        f"{HEADLINE}\n\nکد خبر : 52341\n\n{HEADLINE}\n\n"
        f"در جلسه 15 09 2021 10:30 اعضا حاضر شدند و {BODY}\n"
    )
    record = jm.parse_article(text)
    assert record.published is None


# --- a headline printed twice around its meta block under a site's post counter ---

BANNER = "  • امروز : شنبه, ۱۲ خرداد , ۱۴۰۳\n  • برابر با : Saturday - 1 June - 2024\nکل مطالب: 845\n12\n\n"


def test_headline_printed_around_its_meta_block_is_the_title() -> None:
    text = (
        f"{BANNER}{HEADLINE}\n\n  • کد خبر : 3321\n  • 20 مهر 1400 - 09:15\n{HEADLINE}\n"
        f"{BODY}\n\nمیناب/{BODY}\n"
    )
    record = jm.parse_article(text)
    assert record.title == HEADLINE
    assert record.number == "3321"
    assert record.published is not None
    assert record.published.gregorian.isoformat() == "2021-10-12T09:15:00+03:30"
    assert "title-uncertain" not in warning_codes(record)


def test_list_under_its_counter_stays_doubted_neg() -> None:
    # Two items, each headline printed once over its meta block: a list.
    text = (
        f"{BANNER}{HEADLINE}\n\n  • کد خبر : 3321\n  • 20 مهر 1400 - 09:15\n{BODY}\n\n"
        "افتتاح کتابخانه عمومی در روستای تیاب\n\n  • کد خبر : 3320\n  • 19 مهر 1400 - 11:40\n"
        f"{BODY}\n"
    )
    record = jm.parse_article(text)
    assert record.title is None
    assert "title-uncertain" in warning_codes(record)


def test_headline_printed_twice_in_a_row_under_the_counter_is_no_item_page_neg() -> None:
    # mut25: the copy right under the line, no meta block between: a list's doubled line,
    # not an item's headline printed around its header
    other = "افتتاح کتابخانه عمومی در روستای تیاب"
    text = (
        f"{BANNER}{HEADLINE}\n{HEADLINE}\n{BODY}\n\n{other}\n\n  • کد خبر : 3320\n"
        f"  • 19 مهر 1400 - 11:40\n{BODY}\n"
    )
    record = jm.parse_article(text)
    assert record.title is None or "title-uncertain" in warning_codes(record)
