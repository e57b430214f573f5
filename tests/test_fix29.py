"""fix29: silent wrong values left by mut12 and attack14 (docs/reliability.md).

A date line with a time and a word or two after it under the headline (it was taken as the
title), a wiki tagline with a four-word name, and the pinned behaviours beside them: a colon
kicker over a question headline and a one-line text's agency credit after a dash. The texts
are our own.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

_LEAD = (
    "این گزارش برای آزمون نوشته شده است و درباره چند رویداد شهری توضیح می‌دهد تا جمله‌ای به "
    "اندازه یک بند کامل باشد و ابزار آن را متن اصلی صفحه بخواند."
)
_HEADLINE = "برگزاری جشنواره فیلم کودک در شهر اصفهان"


def _under_headline(line: str) -> jm.Article:
    return jm.parse_article(f"{_HEADLINE}\n{line}\n\n{_LEAD}\n")


# -- a date line with a time and words after it (_header._day_before_clock_words) ------------


def test_date_line_with_a_code_after_its_time_gives_its_day() -> None:
    for line in (
        "۲۳ مهر ۱۴۰۳ ساعت ۱۸:۴۵ K",
        "۲۳ مهر ۱۴۰۳ ساعت ۱۸:۴۵ B2",
        "۲۳ مهر ۱۴۰۳ ساعت ۱۸:۴۵ Kabul Time",
        "۲۳ مهر ۱۴۰۳ ساعت ۱۸:۴۵ مشهد",
    ):
        article = _under_headline(line)
        assert article.title == _HEADLINE, line
        assert article.published is not None, line
        assert article.published.jalali_date == (1403, 7, 23), line
        assert not article.published.has_time, line


def test_time_before_the_date_and_a_latin_word_after_gives_the_day() -> None:
    article = _under_headline("۱۸:۴۵ - ۲۳ مهر ۱۴۰۳ Mashhad")
    assert article.title == _HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1403, 7, 23)
    assert not article.published.has_time


def test_date_line_with_its_time_alone_keeps_the_time() -> None:
    # Near-miss: no word after the time, or the zone said in words: the time is read.
    for line in ("۲۳ مهر ۱۴۰۳ - ۱۸:۴۵", "۲۳ مهر ۱۴۰۳ ساعت ۱۸:۴۵ به وقت تهران"):
        article = _under_headline(line)
        assert article.title == _HEADLINE, line
        assert article.published is not None, line
        assert article.published.has_time, line


def test_headline_with_a_date_time_and_a_verb_stays_the_title() -> None:
    # Near-miss: Persian words around the date and time make a sentence, a headline.
    for headline in (
        "نشست شورا ۲۳ مهر ۱۴۰۳ ساعت ۱۸:۴۵ برگزار شد",
        "۲۳ مهر ۱۴۰۳ ساعت ۱۸:۴۵ برگزار می‌شود",
    ):
        assert jm.parse_article(f"{headline}\n\n{_LEAD}\n").title == headline


# -- a wiki's tagline (_article._WIKI_TAGLINE) -----------------------------------------------


def test_wiki_tagline_with_a_four_word_name_is_no_title() -> None:
    for text in (
        f"قاعده نمونه\n\nاز ویکی فقه اهل بیت\n\n{_LEAD}\n",
        f"قاعده نمونه\nاز ویکی فقه اهل بیت\n\n{_LEAD}\n",
    ):
        article = jm.parse_article(text)
        assert article.title == "قاعده نمونه"
        assert "title-uncertain" not in warning_codes(article)


def test_headline_about_a_wiki_with_four_words_stays_the_title() -> None:
    # Near-miss: a particle in the «name» («تا»): a headline about a wiki.
    headline = "از ویکی‌پدیا تا هوش مصنوعی"
    assert jm.parse_article(f"{headline}\n\n{_LEAD}\n").title == headline


# -- pinned: a colon kicker over a question; an agency's credit on a one-line text -----------


def test_colon_kicker_over_a_question_headline_is_not_the_title() -> None:
    question = "چرا بلیت جشنواره فیلم کودک گران شد؟"
    for kicker in ("گزارش ویژه:", "بلیت جشنواره فیلم کودک در اصفهان:"):
        title = jm.parse_article(f"{kicker}\n{question}\n\n{_LEAD}\n").title
        assert title == question, kicker


def test_one_line_text_with_an_agency_credit_after_a_dash_is_cut() -> None:
    for credit in ("خبرگزاری نمونا ایران", "پایگاه خبری نمونا"):
        article = jm.parse_article(f"{_HEADLINE} - {credit}\n")
        assert article.title == _HEADLINE, credit


def test_one_line_text_with_a_part_after_a_dash_is_kept_whole() -> None:
    # Near-miss: a part's name after the dash is the headline's own.
    article = jm.parse_article(f"{_HEADLINE} - بخش دوم\n")
    assert article.title == f"{_HEADLINE} - بخش دوم"


def test_reworded_print_without_a_colon_over_a_question_stays_the_title() -> None:
    # Near-miss: the line above holds the question's words and ends like a headline: the
    # title printed first (the older rule), not a kicker.
    upper = "بلیت جشنواره فیلم کودک در اصفهان"
    text = f"{upper}\nچرا بلیت جشنواره فیلم کودک گران شد؟\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == upper
