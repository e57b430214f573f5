"""fix226: a month's name first, its day and year joined by hyphens, is one date.

parsilab/parsidate parses «فروردین-01-1390» with ``%B-%d-%Y`` (its src/tests.rs:935; conf23's
pending case): the month's name, then the day and the four-digit year, joined by hyphens with
no space. jalali-meta read the same fields spaced («فروردین 01 1390») and a month's name between
hyphens in the two other orders («9-تیر-1390», «1400-دی-10»), but refused this one. It is now
read as the month-first member of that family: every month name the grammar knows (Iranian,
Afghan zodiac, Latin-spelled, Gregorian), digits of any system, a weekday before it and a time
after it checked as in every other layout. Only with both hyphens and nothing glued around it:
a month and a year, a month and a day, spaced hyphens and a year range stay refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

import jalali_meta as jm

IRANIAN_MONTHS = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
]
AFGHAN_MONTHS = [
    "حمل",
    "ثور",
    "جوزا",
    "سرطان",
    "اسد",
    "سنبله",
    "میزان",
    "عقرب",
    "قوس",
    "جدی",
    "دلو",
    "حوت",
]

HEADLINE = "آغاز ثبت‌نام دوره‌های تابستانی کتابخانه عمومی شهر"
LEAD = (
    "به گزارش روابط عمومی کتابخانه، ثبت‌نام دوره‌های تابستانی کتاب‌خوانی کودکان و نوجوانان "
    "از امروز در ساختمان مرکزی کتابخانه آغاز شد."
)
BODY = "مسئولان کتابخانه گفتند ظرفیت هر کلاس بیست نفر است و کلاس‌ها در روزهای زوج برگزار می‌شوند."


def _page(stamp: str) -> str:
    # No page was found printing this layout (docs/conformance.md, "Found by conf23, fixed by
    # fix226"): this news item is composed, tests/test_fix217.py's shape (headline, a labelled
    # date line, lead, body) with the peer's format output as its date.
    return "\n".join([HEADLINE, f"تاریخ انتشار: {stamp}", "", LEAD, "", BODY, ""])


def test_parsidate_case_is_read() -> None:
    """The peer's own input is Nowruz 1390, 2011-03-21."""
    stamp = jm.parse_datetime("فروردین-01-1390")
    assert ((1390, 1, 1), dt.date(2011, 3, 21)) == (stamp.jalali_date, stamp.gregorian)


@pytest.mark.parametrize("month", range(1, 13))
def test_every_iranian_month_in_persian_digits(month: int) -> None:
    """Each of the twelve months is read, with Persian digits too."""
    stamp = jm.parse_datetime(f"{IRANIAN_MONTHS[month - 1]}-۰۵-۱۴۰۲")
    assert ((1402, month, 5), "jalali") == (stamp.jalali_date, stamp.calendar)


@pytest.mark.parametrize("month", range(1, 13))
def test_every_afghan_month_is_an_afghan_date(month: int) -> None:
    """The zodiac months, words too, are a date in this shape and say the Afghan calendar."""
    stamp = jm.parse_datetime(f"{AFGHAN_MONTHS[month - 1]}-05-1402")
    assert ((1402, month, 5), "afghan") == (stamp.jalali_date, stamp.calendar)


@pytest.mark.parametrize(
    ("text", "calendar", "gregorian"),
    [
        ("Esfand-05-1401", "jalali", dt.date(2023, 2, 24)),
        ("Oct-23-2014", "gregorian", dt.date(2014, 10, 23)),
        ("مارس-21-2011", "gregorian", dt.date(2011, 3, 21)),
    ],
)
def test_latin_and_gregorian_month_names(text: str, calendar: str, gregorian: dt.date) -> None:
    """A Latin-spelled Jalali month and Gregorian months take the same shape."""
    stamp = jm.parse_datetime(text)
    assert (calendar, gregorian) == (stamp.calendar, stamp.gregorian)


def test_find_dates_in_a_sentence() -> None:
    """Inside running text the date's span is the three hyphened fields."""
    (found,) = jm.find_dates("نشست انجمن در تاریخ مهر-12-1399 در تالار شهر برگزار شد.")
    assert (found.text, found.jalali_date) == ("مهر-12-1399", (1399, 7, 12))


def test_time_after_and_weekday_before() -> None:
    """A time after the date is kept, and a weekday before it is checked (1390-01-01 is a Monday)."""
    stamp = jm.parse_datetime("دوشنبه فروردین-01-1390 ساعت 10:20")
    assert isinstance(stamp.gregorian, dt.datetime)
    assert (stamp.weekday, (stamp.gregorian.hour, stamp.gregorian.minute)) == ("دوشنبه", (10, 20))
    with pytest.raises(jm.DateError):
        jm.parse_datetime("یکشنبه فروردین-01-1390")


def test_article_date_line() -> None:
    """A page's labelled date line in this layout gives the publication date."""
    article = jm.parse_article(_page("تیر-۰۷-۱۴۰۲"))
    assert (article.title, article.published.jalali_date) == (HEADLINE, (1402, 4, 7))


# Near misses: main's records kept.
@pytest.mark.parametrize(
    "text",
    [
        "آبان-1402",  # a month and a year
        "12-آبان",  # a day and a month
        "مهر-12",  # a month and a day
        "اسفند-31-1401",  # Esfand of a common year has 29 days
        "مهر - 12 - 1399",  # spaced hyphens
        "مهر-12 1399",  # one hyphen
        "مهر-12-1399-1400",  # a range of years
        "فروردین-01-90",  # a two-digit year
    ],
)
def test_near_miss_is_refused_neg(text: str) -> None:
    """Only the three fields joined by two hyphens are the layout; anything else stays refused."""
    with pytest.raises(jm.DateError):
        jm.parse_datetime(text)
    assert jm.find_dates(f"متن {text} پایان") == []


def test_number_glued_before_the_month_neg() -> None:
    """After a number and a hyphen the month's order is unsure: nothing is read."""
    assert jm.find_dates("کد 1399-مهر-12-1400 ثبت شد") == []


def test_impossible_day_on_a_page_neg() -> None:
    """A date line with a day its month lacks leaves the publication date empty, warned."""
    article = jm.parse_article(_page("اسفند-31-1401"))
    assert article.published is None
    assert any(notice.line == 2 for notice in article.warnings)
