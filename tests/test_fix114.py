"""fix114: a Blogger post's date glued to its headline's end (blind48, 1543/1544), and a
weekday's date with a two-digit year followed by its time (blind48, 1540/1541)."""

from __future__ import annotations

import jalali_meta as jm

_BLOG_URL = "https://example.blogspot.com/2023/04/blog-post_1234.html"
_BODY = (
    "تیم‌های ارزیاب به روستاهای اطراف کانون زلزله اعزام شده‌اند و تاکنون گزارشی از خسارت "
    "به ما نرسیده است.مدیرعامل جمعیت هلال احمر استان از آماده‌باش نیروهای امدادی خبر داد.\n"
)


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _blog(headline: str, url: str = _BLOG_URL) -> jm.Article:
    return jm.parse_article(headline + "\n" + _BODY, url=url)


def test_date_glued_to_headline_end_is_the_posts_date() -> None:
    article = _blog("زلزله در استان کرمان/ آماده باش هلال احمر۸-اردیبهشت-۱۴۰۲")
    assert article.title == "زلزله در استان کرمان/ آماده باش هلال احمر"
    assert article.published is not None
    assert article.published.isoformat() == "2023-04-28"


def test_hyphened_date_after_a_space_is_the_posts_date() -> None:
    article = _blog("زلزله در استان کرمان/ آماده باش هلال احمر ۸-اردیبهشت-۱۴۰۲")
    assert article.title == "زلزله در استان کرمان/ آماده باش هلال احمر"
    assert article.published is not None
    assert article.published.isoformat() == "2023-04-28"


def test_hyphened_date_of_another_month_ascii_digits() -> None:
    article = _blog(
        "بارش برف راه روستاهای شهرستان را بست12-دی-1401",
        url="https://example.blogspot.com/2023/01/blog-post_77.html",
    )
    assert article.title == "بارش برف راه روستاهای شهرستان را بست"
    assert article.published is not None
    assert article.published.isoformat() == "2023-01-02"


def test_neg_headline_ending_with_a_year_keeps_it() -> None:
    article = _blog("برنامه‌های جمعیت هلال احمر برای نوروز ۱۴۰۲")
    assert article.title == "برنامه‌های جمعیت هلال احمر برای نوروز ۱۴۰۲"
    assert article.published is None


def test_neg_headline_ending_with_a_spaced_date_keeps_it() -> None:
    # Spaces, not hyphens: a headline may name a day so («... در ۸ اردیبهشت ۱۴۰۲»).
    article = _blog("آماده باش هلال احمر استان کرمان ۸ اردیبهشت ۱۴۰۲")
    assert article.title == "آماده باش هلال احمر استان کرمان ۸ اردیبهشت ۱۴۰۲"
    assert article.published is None


def test_neg_hyphened_date_the_headline_leads_into_stays() -> None:
    article = _blog("ثبت نام آزمون های استخدامی از ۸-اردیبهشت-۱۴۰۲")
    assert article.title == "ثبت نام آزمون های استخدامی از ۸-اردیبهشت-۱۴۰۲"
    assert article.published is None


_NEWS_URL = "https://example.com/news-iran/speeding-offences-1403"
_NEWS_BODY = (
    "رئیس مرکز کنترل ترافیک پلیس راهور گفت: دوربین‌ها از آغاز طرح نوروزی ۳۱۲ هزار تخلف سرعت "
    "غیرمجاز را در محورهای شمالی ثبت کرده‌اند.\n"
    "وی تصریح کرد: رانندگان پیش از سفر از وضعیت جوی و ترافیکی جاده‌ها آگاه شوند.\n"
)


def _news(date_line: str) -> jm.Article:
    text = "۳۱۲ هزار تخلف سرعت در جاده های شمالی در نوروز\n" + date_line + "\n" + _NEWS_BODY
    return jm.parse_article(text, url=_NEWS_URL)


def test_weekday_two_digit_year_with_saat_time() -> None:
    article = _news("پنج شنبه 9 فروردین 03 ساعت 12:24")
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-28T12:24:00+03:30"
    assert "two-digit-year" in _codes(article)


def test_weekday_two_digit_year_with_bare_time() -> None:
    article = _news("پنجشنبه ۹ فروردین ۰۳ - ۱۲:۲۴")
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-28T12:24:00+03:30"
    assert "two-digit-year" in _codes(article)


def test_neg_wrong_weekday_two_digit_year_with_time() -> None:
    # 9 Farvardin 1403 is a Thursday: a Friday fits no century of the web's.
    article = _news("جمعه 9 فروردین 03 ساعت 12:24")
    assert article.published is None
    assert "invalid-date" in _codes(article)


def test_neg_two_digit_year_with_time_without_weekday() -> None:
    article = _news("9 فروردین 03 ساعت 12:24")
    assert article.published is None


def test_neg_two_digit_year_with_a_clock_that_is_none() -> None:
    # fix116: a one-digit minute's clock is not read; the day is kept without it, warned
    # time-unread, as with a four-digit year (it was left empty before).
    article = _news("پنج شنبه 9 فروردین 03 ساعت 1:2")
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-28"
    assert "time-unread" in _codes(article)


def test_neg_labelled_two_digit_year_with_a_clock_that_is_none_is_refused() -> None:
    # fix116: «1:2» keeps the day (time-unread); a clock of three minute digits is refused.
    article = _news("تاریخ انتشار: پنج شنبه 9 فروردین 03 ساعت 1:2")
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-28"
    assert "time-unread" in _codes(article)
    article = _news("تاریخ انتشار: پنج شنبه 9 فروردین 03 ساعت 11:055")
    assert article.published is None
    assert "invalid-date" in _codes(article)


# mut29 (benchmarks/hand_mutants_29.py): the bad-time check both two-digit-year readers share
# (_bad_time_after), after a hyphen as after «ساعت», and in the numeric reader too.


def test_neg_labelled_two_digit_year_with_a_hyphen_and_a_clock_that_is_none() -> None:
    # A clock that is no time refuses the date (fix116 keeps the day, with time-unread, for a
    # one-digit minute such as «۱:۲»: tests/test_fix116.py).
    for clock in ("۱۱:۰۵۵", "۲۴:۰۰"):
        article = _news(f"تاریخ انتشار: پنجشنبه ۹ فروردین ۰۳ - {clock}")
        assert article.published is None
        assert "invalid-date" in _codes(article)


def test_labelled_two_digit_year_with_a_hyphen_and_its_time() -> None:
    article = _news("تاریخ انتشار: پنجشنبه ۹ فروردین ۰۳ - ۱۲:۲۴")
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-28T12:24:00+03:30"


def test_neg_numeric_two_digit_year_with_a_clock_that_is_none_is_refused() -> None:
    for date_line in ("تاریخ انتشار: 90/3/20 | 11:055", "تاریخ انتشار: 90/3/20 ساعت 24:00"):
        article = _news(date_line)
        assert article.published is None
        assert "invalid-date" in _codes(article)


def test_numeric_two_digit_year_with_its_time() -> None:
    article = _news("تاریخ انتشار: 90/3/20 ساعت 12:24")
    assert article.published is not None
    assert article.published.isoformat() == "2011-06-10T12:24:00+04:30"


def test_neg_hyphened_code_earlier_in_the_line_leaves_a_spaced_date() -> None:
    # Only a hyphened date ending the line is the post's: a form's code shaped like one
    # («2-ب-1402») earlier in the headline does not make the spaced date after it the post's.
    headline = "اعلام نتایج آزمون فرم 2-ب-1402 هلال احمر ۸ اردیبهشت ۱۴۰۲"
    article = _blog(headline)
    assert article.title == headline
    assert article.published is None


def test_neg_date_range_ending_the_headline_stays() -> None:
    # The date must end the line: «1402/06/10 - 15» is a range of days the headline names,
    # not the post's date with a count after it.
    headline = "زمان ثبت نام پذیرفته شدگان کارشناسی ارشد 1402/06/10 - 15"
    article = _blog(headline)
    assert article.title == headline
    assert article.published is None
