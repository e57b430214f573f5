"""fix94: the dates and numbers real30 (docs/real_sample.md, the nineteenth sample) found
missing or warned.

* A video page's dateline glued to its text (namavid.com): a source's name and a dash, a
  date joined to its time by a hyphen, then a bar and the text («SOURCE- DAY MONTH
  YEAR-HH:MM| ...»): the report's time.
* A Kurdish site's footer (balviz.ir): city, site, a numeric date joined to its time by a
  hyphen, the item count and a glued «کدخبر» with its number, all joined by slashes: the
  date-time and the number are read.
* A journal library's issue line (hamyaar.ir): «شماره 29،اردیبهشت 1383», the issue number
  glued to the month by an Arabic comma, is an issue and its month, no day: no date.

The texts are written for these tests on the real pages' layouts.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

HEADLINE = "قطار مسافری تبریز به مشهد از هفته آینده دوباره راه می‌افتد"
LEAD = (
    "مدیرکل راه آهن آذربایجان از راه افتادن دوباره قطار مسافری تبریز به مشهد خبر داد و گفت "
    "بلیت این قطار از فردا در سامانه فروش عرضه می‌شود."
)
MORE = "به گفته او این قطار هفته‌ای دو بار میان دو شهر رفت و آمد خواهد کرد.\n"


# --- the source's dateline glued to the lead (real30 #14) ---


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("شبکهخبر- 23 آبان 1402-09:15| ", "2023-11-14T09:15:00+03:30"),
        ("شبکه خبر- ۲۳ آبان ۱۴۰۲-۰۹:۱۵ | ", "2023-11-14T09:15:00+03:30"),
        ("تبریز- ایرنا- 5 دی 1401 - 11:40 - ", "2022-12-26T11:40:00+03:30"),
        ("خبرگزاری صداوسیما- 12 تیر 1398-18:05| ", "2019-07-03T18:05:00+04:30"),
    ],
)
@pytest.mark.parametrize("url", [None, "https://video.example.ir/video/2014402/train"])
def test_a_source_dateline_glued_to_the_lead_gives_the_time(
    dateline: str, expected: str, url: str | None
) -> None:
    record = jm.parse_article(f"{HEADLINE}\n\n{dateline}{LEAD}\n{MORE}", url=url)
    assert record.title == HEADLINE
    assert record.published is not None
    assert record.published.gregorian.isoformat() == expected


@pytest.mark.parametrize(
    "opening",
    [
        # no time: a date after a name and a dash may be the story's
        "شبکهخبر- 23 آبان 1402| ",
        "سالروز آزادی خرمشهر- 3 خرداد 1402 - ",
        # three names before the date: a sentence, not a source's dateline
        "مسافران این قطار گفتند- 23 آبان 1402-09:15| ",
    ],
)
def test_a_date_after_a_name_and_a_dash_without_a_dateline_shape_neg(opening: str) -> None:
    record = jm.parse_article(f"{HEADLINE}\n\n{opening}{LEAD}\n{MORE}")
    assert record.published is None


def test_a_source_dateline_without_a_headline_neg() -> None:
    # With no headline above it the line may be a page's title run into its text.
    record = jm.parse_article(f"شبکهخبر- 23 آبان 1402-09:15| {LEAD}\n{MORE}")
    assert record.published is None or "published-unlabelled" in warning_codes(record)


# --- the numeric date joined to its time by a hyphen (real30 #6) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۱۴۰۱/۰۴/۱۷-۰۷:۱۰:۵۲", "2022-07-08T07:10:52+04:30"),
        ("1402/08/23-09:15", "2023-11-14T09:15:00+03:30"),
        ("23/08/1402-09:15", "2023-11-14T09:15:00+03:30"),
    ],
)
def test_a_numeric_date_hyphen_time_is_read(text: str, expected: str) -> None:
    assert jm.parse_datetime(text).gregorian.isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        "1402/08/23-0915",  # a longer number, no clock
        "1402/08/23-1403/01/05",  # a range of two dates
        "1402/08/23/09:15",  # a slash: a path, not a joiner
    ],
)
def test_a_numeric_date_hyphen_no_clock_neg(text: str) -> None:
    with pytest.raises(jm.DateError):
        jm.parse_datetime(text)


# --- the footer of fields joined by slashes (real30 #6) ---

SORANI = (
    "بەرپرسی ئیدارەی ڕێگاوبان ڕایگەیاند کە ڕێگای نێوان دوو شارەکە لە هەفتەی داهاتوودا "
    "دەکرێتەوە و کارەکانی نۆژەنکردنەوە تەواو بوون.\n"
    "وتیشی: ئەم پرۆژەیە بە بودجەی پارێزگا جێبەجێ کراوە.\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        "مه هاباد/بالویز/۱۴۰۲/۰۸/۲۳-۰۹:۱۵:۰۰/خبر ۵۱۲/ کدخبر ۲۰۳۱۸/م",
        "بوکان/سایت/۱۴۰۲/۰۸/۲۳ - ۰۹:۱۵:۰۰/خبر ۵۱۲/ کدخبر ۲۰۳۱۸",
    ],
)
def test_a_slashed_footer_gives_the_time_and_the_number(footer: str) -> None:
    record = jm.parse_article(f"{SORANI}{footer}\n")
    assert record.number == "20318"
    assert record.published is not None
    assert record.published.gregorian.isoformat() == "2023-11-14T09:15:00+03:30"


def test_a_slashed_footer_keeps_its_minute_beside_the_date_path() -> None:
    footer = "مه هاباد/بالویز/۱۴۰۲/۰۸/۲۳-۰۹:۱۵:۰۰/خبر ۵۱۲/ کدخبر ۲۰۳۱۸/م"
    url = "https://kurd.example.ir/20318/2023/11/14/slug"
    record = jm.parse_article(f"{SORANI}{footer}\n", url=url)
    assert record.number == "20318"
    assert record.published is not None
    assert record.published.gregorian.isoformat() == "2023-11-14T09:15:00+03:30"
    assert "published-from-url" not in warning_codes(record)


@pytest.mark.parametrize(
    "line",
    [
        # no slash touches a date: «/م» after the code leaves the value unread, as before
        "کدخبر ۲۰۳۱۸/م",
        # a date on the line, but no slash touching it: no footer of fields
        "کدخبر ۲۰۳۱۸/م ، ۲۳ آبان ۱۴۰۲ - ۰۹:۱۵",
        "مه هاباد/بالویز ۲۳ آبان ۱۴۰۲ کدخبر ۲۰۳۱۸/م",
    ],
)
def test_a_code_glued_to_a_letter_without_a_slashed_footer_neg(line: str) -> None:
    record = jm.parse_article(f"{SORANI}{line}\n")
    assert record.number is None


# --- the issue number glued to the month (real30 #17) ---

JOURNAL = "ایرانیان مقیم اروپا و رسانه‌های فارسی زبان"
ABSTRACT = (
    "نویسنده : رضایی، مریم\n"
    "چکیده:\n"
    "این نوشته نقش رسانه‌های فارسی زبان را در پیوند ایرانیان مقیم اروپا با فرهنگ خود "
    "بررسی می‌کند.\n"
)


@pytest.mark.parametrize(
    "issue",
    [
        "فصلنامه پژوهش فرهنگی، شماره 29،اردیبهشت 1383",
        "مجله اندیشه، شماره ۱۲، آبان ۱۴۰۰",
        "ماهنامه راه، شماره 7 بهمن 1399",
    ],
)
@pytest.mark.parametrize("url", [None, "https://library.example.ir/post/5120/slug"])
def test_a_number_after_shomare_is_never_a_day(issue: str, url: str | None) -> None:
    record = jm.parse_article(f"{JOURNAL}\n{issue}\n{ABSTRACT}", url=url)
    assert record.published is None
    assert "issue-date-only" not in warning_codes(record)


@pytest.mark.parametrize(
    ("issue", "day"),
    [
        ("روزنامه اطلاعات، شماره ۲۵۶۳۴ - ۲۹ اردیبهشت ۱۳۸۳", (1383, 2, 29)),
        ("سال دوم، شماره ۱۲، ۲۹ اردیبهشت ۱۳۸۳", (1383, 2, 29)),
    ],
)
def test_an_issue_number_and_its_day_keep_the_day_neg(
    issue: str, day: tuple[int, int, int]
) -> None:
    record = jm.parse_article(f"{JOURNAL}\n{issue}\n{ABSTRACT}")
    assert record.published is not None
    assert record.published.jalali_date == day


def test_a_source_dateline_of_two_parts_near_forty_characters_gives_the_time() -> None:
    # mut25: the agency's name and its city before the date (29 characters) are within reach
    opening = "خبرگزاری صداوسیما- کرمانشاه- 12 تیر 1398-18:05| "
    record = jm.parse_article(f"{HEADLINE}\n\n{opening}{LEAD}\n{MORE}")
    assert record.published is not None
    assert record.published.gregorian.isoformat() == "2019-07-03T18:05:00+04:30"


def test_a_number_between_the_source_and_a_date_is_no_dateline_neg() -> None:
    # mut25: the date must follow the source's dash at once
    opening = "شبکهخبر- 5 مسافر 23 آبان 1402-09:15| "
    record = jm.parse_article(f"{HEADLINE}\n\n{opening}{LEAD}\n{MORE}")
    assert record.published is None


def test_a_numeric_date_right_after_shomare_keeps_its_day_neg() -> None:
    # mut25: only a day before a month's name is passed over as the issue's number; a numeric
    # date after «شماره» is a whole date, read (warned as the issue's date)
    record = jm.parse_article(f"{JOURNAL}\nسال دوم، شماره ۲۹/۰۲/۱۳۸۳\n{ABSTRACT}")
    assert record.published is not None
    assert record.published.jalali_date == (1383, 2, 29)
