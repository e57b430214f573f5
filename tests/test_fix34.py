"""Values silently wrong on the fourth real sample (fix34, after real15).

Each test prints a real page's layout in words written for this file: a call for entries
with its deadline, a time on its own line above a labelled date, a document title with an
agency's name and slogan after the headline, a wiki's revision-comparison page, and a
Jalali date whose Gregorian twin prints the Jalali year. Each rule has its near miss,
which must not change.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.checks import warning_codes as _codes

import jalali_meta as jm

_STORY = (
    "فرماندار شهرستان از آغاز طرح بازسازی بازار قدیمی خبر داد و گفت: کار ساخت در دو مرحله "
    "انجام می‌شود و بازاریان تا پایان سال به مغازه‌های تازه باز می‌گردند."
)
_HEADLINE = "بازسازی بازار قدیمی شهر در دو مرحله آغاز شد"


# 1. A deadline or an event's day is never the page's publication.


@pytest.mark.parametrize(
    "line",
    [
        "■ مهلت: ۲۰ اردیبهشت ۱۳۹۷ ■",
        "مهلت: ۲۰ اردیبهشت ۱۳۹۷",
        "مهلت ارسال آثار: ۲۰ اردیبهشت ۱۳۹۷",
        "مهلت ثبت‌نام: ۲۰ اردیبهشت ۱۳۹۷",
        "زمان برگزاری: ۲۰ اردیبهشت ۱۳۹۷",
        "تاریخ شروع ثبت نام: ۲۰ اردیبهشت ۱۳۹۷",
        "تاریخ پایان: ۲۰ اردیبهشت ۱۳۹۷",
    ],
)
def test_deadline_or_event_day_is_not_published(line: str) -> None:
    article = jm.parse_article(f"{_HEADLINE}\n{line}\n{_STORY}\n")
    assert article.published is None


def test_deadline_label_on_the_line_above_its_date() -> None:
    article = jm.parse_article(f"{_HEADLINE}\nمهلت ارسال:\n۲۰ اردیبهشت ۱۳۹۷\n{_STORY}\n")
    assert article.published is None


@pytest.mark.parametrize(
    "line",
    [
        "تاریخ انتشار: ۲۰ اردیبهشت ۱۳۹۷",
        "۲۰ اردیبهشت ۱۳۹۷",
        # a word that only begins like the label
        "مهلتی برای ما: ۲۰ اردیبهشت ۱۳۹۷",
    ],
)
def test_publication_date_near_miss_is_kept(line: str) -> None:
    article = jm.parse_article(f"{_HEADLINE}\n{line}\n{_STORY}\n")
    assert article.published is not None
    assert article.published.gregorian == dt.date(2018, 5, 10)


def test_deadline_does_not_hide_the_publication_date() -> None:
    text = f"{_HEADLINE}\nتاریخ انتشار: ۱۰ اردیبهشت ۱۳۹۷\nمهلت: ۲۰ اردیبهشت ۱۳۹۷\n{_STORY}\n"
    published = jm.parse_article(text).published
    assert published is not None
    assert published.jalali_date == (1397, 2, 10)


# 2. A labelled time line right above a labelled date-only line.


def _timed(text: str) -> object:
    published = jm.parse_article(text).published
    assert published is not None
    return published.gregorian


@pytest.mark.parametrize("time_line", ["ساعت: 12:53", "ساعت 12:53", "ساعت : ۱۲:۵۳"])
def test_time_line_above_labelled_date_gives_its_time(time_line: str) -> None:
    text = f"{_HEADLINE}\n\n{time_line}\nتاریخ انتشار: 1401/05/18\nکد خبر: 1888706\n\n{_STORY}\n"
    value = _timed(text)
    assert isinstance(value, dt.datetime)
    assert (value.date(), value.hour, value.minute) == (dt.date(2022, 8, 9), 12, 53)


@pytest.mark.parametrize(
    "text",
    [
        # a line between the time and the date: not the date's time
        f"{_HEADLINE}\n\nساعت: 12:53\nکد خبر: 1888706\nتاریخ انتشار: 1401/05/18\n\n{_STORY}\n",
        # a prayer-times widget's time above the date
        f"{_HEADLINE}\n\nاذان ظهر: 12:53\nتاریخ انتشار: 1401/05/18\n\n{_STORY}\n",
        # a blank line sets the clock apart
        f"{_HEADLINE}\nکد خبر: 1888706\nساعت: 12:53\n\nتاریخ انتشار: 1401/05/18\n{_STORY}\n",
        # the date's line holds more than the date
        f"{_HEADLINE}\n\nساعت: 12:53\nتاریخ انتشار: 1401/05/18 کد خبر: 1888706\n\n{_STORY}\n",
    ],
)
def test_time_line_apart_or_not_a_clock_is_not_joined(text: str) -> None:
    assert _timed(text) == dt.date(2022, 8, 9)


# 3. An agency's name and the site's slogan after a document title's headline.


@pytest.mark.parametrize(
    "tail",
    [
        " – خبرگزاری فصل نو | اخبار ایران و جهان",
        " - خبرگزاری فصل نو | اخبار ایران و جهان",
        " | پایگاه خبری شهر ما | اخبار روز",
        " – خبرگزاری فصل نو",
    ],
)
def test_agency_name_and_slogan_after_headline_are_cut(tail: str) -> None:
    text = f"{_HEADLINE}{tail}\n\n{_HEADLINE}{tail}\n\n{_STORY}\n"
    for url in (None, "https://fasl.example.ir/news/some-slug/"):
        assert jm.parse_article(text, url=url).title == _HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        # the last part is a sentence, not a slogan: nothing behind it is cut
        f"{_HEADLINE} – خبرگزاری فصل نو | همه چیز را گفت و رفت که برگردد",
        # a headline's own dash and a quoted name
        "نشست «خبرگزاری‌ها و رسانه» برگزار شد – گزارش نشست دوم | اخبار ایران و جهان",
    ],
)
def test_headline_dash_without_site_name_is_kept(line: str) -> None:
    assert jm.parse_article(f"{line}\n\n{_STORY}\n").title == line


# 4. A wiki's revision-comparison, history or talk page: the article's name, doubted.

_WIKI_BODY = (
    "جز\nوظیفهٔ شمارهٔ ۵، قسمت دوم\nربات (بحث | مشارکت‌ها) جز (وظیفهٔ شمارهٔ ۵) |\n"
    "خط ۷: | خط ۷: | ||\n== ذکر منابع و رثا در مجالس == | == ذکر منابع"
)


@pytest.mark.parametrize(
    "line",
    [
        "مداحی در تاریخ اسلامی: تفاوت میان نسخه‌ها",
        "مداحی در تاریخ اسلامی: تفاوت میان نسخهها",
        "مداحی در تاریخ اسلامی: تاریخچهٔ نسخه‌ها",
        "تاریخچهٔ مداحی در تاریخ اسلامی",
        "بحث:مداحی در تاریخ اسلامی",
        "در حال ویرایش مداحی در تاریخ اسلامی",
    ],
)
def test_wiki_chrome_title_gives_the_name_doubted(line: str) -> None:
    article = jm.parse_article(f"{line}\n{_WIKI_BODY}\n")
    assert article.title == "مداحی در تاریخ اسلامی"
    assert "title-uncertain" in _codes(article)


@pytest.mark.parametrize(
    "line",
    [
        "تاریخچه مسجد جامع یزد",  # an article about a history (no hamza)
        "تاریخچهٔ مدرسه در ایران بررسی شد",  # a headline with a verb
        "بحث: بودجه سال آینده در مجلس",  # a label with its space, no namespace
        "تفاوت میان نسخه‌ها و ویرایش‌ها در کتاب",
    ],
)
def test_near_wiki_chrome_headline_is_kept(line: str) -> None:
    assert jm.parse_article(f"{line}\n\n{_STORY}\n").title == line


# 5. A Gregorian twin that prints the Jalali year does not kill the Jalali date.

_SITE = "اداره کل میراث فرهنگی گیلان\nکد خبر: ۴۲۳۸۶\n"


def _gardesh(date_line: str) -> jm.Article:
    return jm.parse_article(f"{_HEADLINE}\n{_SITE}تاریخ انتشار : {date_line}\n\n{_STORY}\n")


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("شنبه ۱۹ تير ۱۴۰۰-1400 April 19", "twin-invalid"),
        ("شنبه ۱۹ تير ۱۴۰۰-2021 April 19", "twin-mismatch"),
    ],
)
def test_disagreeing_twin_after_a_dash_keeps_the_jalali_date(line: str, code: str) -> None:
    article = _gardesh(line)
    assert article.published is not None
    assert article.published.gregorian == dt.date(2021, 7, 10)
    assert code in _codes(article)


def test_agreeing_twin_after_a_dash_warns_nothing() -> None:
    article = _gardesh("شنبه ۱۹ تير ۱۴۰۰-2021 July 10")
    assert article.published is not None
    assert article.published.gregorian == dt.date(2021, 7, 10)
    assert not {"twin-invalid", "twin-mismatch", "invalid-date"} & _codes(article)


@pytest.mark.parametrize("line", ["۲۸ شهریور ۱۴۰۱-۱۴۰۲", "۲۸ شهریور ۱۴۰۱ تا ۱۴۰۲"])
def test_a_range_of_years_is_still_no_date(line: str) -> None:
    article = _gardesh(line)
    assert article.published is None
    assert "invalid-date" in _codes(article)
