"""The values the thirty-eighth round of attacks found wrong and fixed (docs/reliability.md,
"Attacks, thirty-eighth round").

1. fix94's source dateline glued to the lead («شبکه خبر- ۲۳ آبان ۱۴۰۲-۰۹:۱۵ | ...») was not
read when the two words of the source's name were set apart by more than one space (double-
spaced text): the report's date and time were missing. The name's words may now be set apart
by a run of spaces; a name of three words is still a sentence, never a source.

2. A headline opening with an issue's short number («شماره 29 مجله شهر با ویژه‌نامه بودجه منتشر
شد») was read as a label line: «شماره» and its value 29. The headline was lost (no title); over
a date line the date was called the newspaper's issue date (issue-date-only), and with no date
line 29 was the article's number, silently. A short number (one to three digits) opening the
line with no colon, then four words of letters at once, is a headline about an issue.
"""

from __future__ import annotations

import datetime as dt

import pytest

import jalali_meta as jm

HEADLINE = "قطار مسافری تبریز به مشهد از هفته آینده دوباره راه می‌افتد"
LEAD = (
    "مدیرکل راه آهن آذربایجان از راه افتادن دوباره قطار مسافری تبریز به مشهد خبر داد و گفت "
    "بلیت این قطار از فردا در سامانه فروش عرضه می‌شود."
)
MORE = "به گفته او این قطار هفته‌ای دو بار میان دو شهر رفت و آمد خواهد کرد.\n"


@pytest.mark.parametrize(
    "dateline",
    ["شبکه  خبر-  ۲۳ آبان ۱۴۰۲-۰۹:۱۵ |  ", "شبکه   خبر- 23 آبان 1402-09:15| "],
)
@pytest.mark.parametrize("url", [None, "https://video.example.ir/video/2014402/train"])
def test_a_source_dateline_with_its_name_double_spaced_gives_the_time(
    dateline: str, url: str | None
) -> None:
    record = jm.parse_article(f"{HEADLINE}\n\n\n\n{dateline}{LEAD}\n\n{MORE}", url=url)
    assert record.title == HEADLINE
    assert record.published is not None
    assert record.published.gregorian == dt.datetime(
        2023, 11, 14, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=3, minutes=30))
    )


def test_a_double_spaced_three_word_opening_is_no_source_dateline_neg() -> None:
    # Three words before the dash: a sentence's subject and verb, not a source's name.
    opening = "مسافران  این  قطار- 23 آبان 1402-09:15| "
    record = jm.parse_article(f"{HEADLINE}\n\n{opening}{LEAD}\n{MORE}")
    published = record.published
    assert published is None or not isinstance(published.gregorian, dt.datetime)


BODY = (
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده گفت‌وگو شد.\n\n"
    "رئیس شورا گفت که بررسی لایحه بودجه تا پایان ماه آینده ادامه خواهد داشت.\n"
)
ISSUE_HEADLINES = [
    "شماره 29 مجله شهر با ویژه‌نامه بودجه منتشر شد",
    "شماره ۲۹ مجله شهر با ویژه‌نامه بودجه منتشر شد",
    "شماره 312 ماهنامه شهر و روستا منتشر شد",
]


@pytest.mark.parametrize("headline", ISSUE_HEADLINES)
def test_a_headline_opening_with_an_issues_number_is_the_title(headline: str) -> None:
    record = jm.parse_article(f"{headline}\n۱۲ اسفند ۱۴۰۲\n\n{BODY}")
    assert record.title == headline
    assert record.number is None
    assert "issue-date-only" not in {warning.code for warning in record.warnings}


@pytest.mark.parametrize("headline", ISSUE_HEADLINES)
def test_a_headline_opening_with_an_issues_number_gives_no_number(headline: str) -> None:
    record = jm.parse_article(f"{headline}\n\n{BODY}")
    assert record.number is None
    assert record.title == headline


def test_a_short_number_with_four_words_after_it_is_no_number() -> None:
    record = jm.parse_article(f"شماره 29 مجله شهر منتشر شد\n\n{BODY}")
    assert record.number is None


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("شماره 29 ویژه‌نامه بودجه", "29"),  # two words after the number: left as before
        ("شماره 4521 مجله شهر با ویژه‌نامه بودجه منتشر شد", "4521"),  # four digits: an ID's
    ],
)
def test_other_number_lines_are_left_as_before_neg(line: str, number: str) -> None:
    record = jm.parse_article(f"{line}\n\n{BODY}")
    assert record.number == number


def test_a_labelled_number_with_a_colon_and_words_after_keeps_its_number_neg() -> None:
    record = jm.parse_article(f"شماره: 29 مجله شهر با ویژه‌نامه بودجه\n\n{BODY}")
    assert record.number == "29"
