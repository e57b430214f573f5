"""fix264: a date line whose clock (or an hour printed apart from the date) is followed by a
one-letter mark, a number perhaps after it (attack76 cause 8, benchmarks/attacks76.py
``date-line-clock-then-page-abbreviation-neg``; mut50 (e), benchmarks/mut50_main_pages.py):
«ص» is «صبح» (morning) or «صفحه» (a print page), «م» a meridiem or not. The line is the
date line; the clock is read only where every reading gives it. Sentences are ours."""

from __future__ import annotations

from jalali_meta import parse_article

HEADLINE = "کتابخانه سیار روستاهای شهرستان دوباره به راه افتاد"
BODY = (
    "به گزارش خبرنگار ما، کتابخانه سیار که دو سال به دلیل خرابی خودرو متوقف مانده بود از "
    "این هفته دوباره به روستاهای دور شهرستان سر می زند و کتاب ها را به دست کودکان می رساند.\n\n"
    "مسئول کتابخانه های شهرستان گفت برنامه سفرها هر ماه روی تابلوی دهیاری ها نصب می شود."
)


def _page(*meta: str) -> str:
    return "\n".join([HEADLINE, *meta, "", BODY]) + "\n"


def test_clock_then_morning_or_page_mark_and_number_keeps_the_clock() -> None:
    article = parse_article(_page("۱۴۰۲/۰۹/۱۸ ۱۰:۲۰ ص ۵"))
    assert article.published is not None
    assert article.published.isoformat() == "2023-12-09T10:20:00+03:30"
    assert article.title == HEADLINE


def test_clock_then_mark_m_and_number_gives_the_day_only() -> None:
    # «م» may be a PM mark (22:20) or not (10:20): the day, the clock left unread.
    article = parse_article(_page("۱۴۰۲/۰۹/۱۸ ۱۰:۲۰ م ۳"))
    assert article.published is not None
    assert article.published.jalali_date == (1402, 9, 18)
    assert not article.published.isoformat().startswith("2023-12-09T10:20")
    assert article.title == HEADLINE


def test_hour_printed_apart_then_mark_gives_the_day() -> None:
    article = parse_article(_page("۱۴۰۲/۰۶/۲۸ ۴ م"))
    assert article.published is not None
    assert article.published.jalali_date == (1402, 6, 28)
    assert "T" not in article.published.isoformat()
    assert article.title == HEADLINE


def test_paper_name_date_and_hour_then_mark_over_the_headline_gives_the_day() -> None:
    article = parse_article("روزنامه محلی ۱۴۰۲/۰۶/۲۸ ۱۲ ص\n" + HEADLINE + "\n\n" + BODY + "\n")
    assert article.published is not None
    assert article.published.jalali_date == (1402, 6, 28)
    assert "T" not in article.published.isoformat()
    assert article.title == HEADLINE


def test_mark_after_a_number_that_is_no_hour_is_no_date_line() -> None:
    # Near miss: «۴۰ م» (forty metres) after a date: no hour, the line is not read as the
    # date line.
    article = parse_article(_page("۱۴۰۲/۰۶/۲۸ ۴۰ م"))
    assert article.published is None


def test_mark_after_a_date_without_a_clock_is_no_date_line() -> None:
    # Near miss: no clock and no hour before the mark.
    article = parse_article(_page("۱۴۰۲/۰۶/۲۸ ص ۵"))
    assert article.published is None


def test_many_words_before_the_marked_date_is_no_date_line() -> None:
    # Near miss: a sentence's words before the date and the marked hour.
    article = parse_article(_page("برنامه کتابخوانی کودکان در سالن اجتماعات محله ۱۴۰۲/۰۶/۲۸ ۴ م"))
    assert article.published is None
