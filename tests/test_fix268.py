"""fix268: pages the fiftieth mutation round found main getting wrong (docs/reliability.md, "The
fiftieth round: fix246-fix254 under mutation"; `benchmarks/mut50_main_pages.py` (b), (d), (g)).

- (b) A blog post's unlabelled footer «WEEKDAY DATE ساعت HOUR NAME» (Blogfa's template of
  tests/pages 2312 with the minutes left out): the hour after «ساعت» is the post's hour; a bare
  number after the date (a page, a count) is no hour and no footer.
- (d) A short headline over a first paragraph hard-wrapped mid-sentence (fix250's shape,
  pesarkhob.blog.ir, tests/pages 2359, under a headline): the headline is the title.
- (g) Kowsarblog's signature «نوشته شده توسط NAME در DATE . دنبال کردن نظرات این نوشته از طریق
  RSS 2.0. |» with no time (blind88 #4's template, the time left out): the comments-feed sentence
  is printed under a post only, so the date is the post's.

The headlines, names and bodies are written for these tests.
"""

from __future__ import annotations

import datetime

import jalali_meta as jm

_BODY = (
    "کتابخانه محله پس از بازسازی بازگشایی شد\n"
    "کتابخانه محله پس از شش ماه بازسازی با قفسه های تازه و سالن مطالعه بزرگ تر بازگشایی شد.\n"
    "مسئول کتابخانه گفت: عضویت برای دانش آموزان محله تا پایان سال رایگان است و ساعت کار "
    "کتابخانه در روزهای تعطیل هم افزایش یافته است.\n"
)


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- (b) the weekday footer with an hour alone after «ساعت» ------------------------------------


def test_weekday_footer_with_labelled_hour_dates_the_post() -> None:
    article = jm.parse_article(_BODY + "\nسه شنبه نهم آبان ۱۴۰۲ ساعت 21 لیلا افشار\n")
    assert article.published is not None
    assert article.published.jalali_date == (1402, 8, 9)
    stamp = article.published.gregorian
    assert isinstance(stamp, datetime.datetime)
    assert (stamp.hour, stamp.minute) == (21, 0)
    assert "published-unlabelled" in _codes(article)


def test_weekday_footer_with_a_bare_number_is_no_footer() -> None:
    # A number after the date with no «ساعت» may be a page or a count: no hour, no footer.
    article = jm.parse_article(_BODY + "\nسه شنبه نهم آبان ۱۴۰۲ 21 لیلا افشار\n")
    assert article.published is None


def test_weekday_date_and_labelled_hour_before_a_clause_is_no_footer() -> None:
    # An event's day and hour inside a sentence: a clause, no author's name after it.
    article = jm.parse_article(_BODY + "\nسه شنبه نهم آبان ۱۴۰۲ ساعت 21 جلسه برگزار می شود\n")
    assert article.published is None


# -- (d) a headline over a hard-wrapped first paragraph -----------------------------------------

_WRAPPED_REST = (
    "به باغ پدربزرگ رفتیم و زیر درخت توت نشستیم و او از سال های جوانی اش برایمان گفت.\n\n"
    "عصر که شد همه با هم به خانه برگشتیم و مادر برایمان آش رشته پخته بود.\n"
)


def test_headline_over_hard_wrapped_paragraph_is_the_title() -> None:
    text = "تابستان در باغ\n\nتابستان گرم بود. مدرسه ها تعطیل شد. ما بچه ها صبح زود\n\n" + (
        _WRAPPED_REST
    )
    article = jm.parse_article(text)
    assert article.title == "تابستان در باغ"
    assert "title-uncertain" not in _codes(article)


def test_sentence_over_hard_wrapped_paragraph_is_no_headline() -> None:
    # A line closed by a full stop over the wrapped line is the paragraph's own sentence.
    text = "تابستان آمد.\n\nتابستان گرم بود. مدرسه ها تعطیل شد. ما بچه ها صبح زود\n\n" + (
        _WRAPPED_REST
    )
    article = jm.parse_article(text)
    assert article.title is None
    assert "title-uncertain" in _codes(article)


# -- (g) a signature with no time before the comments-feed sentence ----------------------------


def test_signature_without_time_before_feed_sentence_dates_the_post() -> None:
    footer = (
        "نوشته شده توسط بهرام صالحی در 1398/07/14 . دنبال کردن نظرات این نوشته از طریق RSS 2.0. |"
    )
    article = jm.parse_article(_BODY + footer + "\n")
    assert article.published is not None
    assert article.published.jalali_date == (1398, 7, 14)
    assert "published-unlabelled" in _codes(article)


def test_sent_by_without_time_and_without_feed_stays_a_comment() -> None:
    # «ارسال شده توسط NAME در DATE» alone heads readers' comments as often (fix246's near miss).
    article = jm.parse_article(_BODY + "\nارسال شده توسط بهرام صالحی در 1398/07/14\n")
    assert article.published is None


# -- (f) one post in full at the date front's month ---------------------------------------------


def test_one_post_in_full_at_date_front_month_is_the_post() -> None:
    # The corpus's convention for a month archive of one post (tests/pages 617, 1017, 2244).
    for url in ("https://example.ir/date/2024-12/", "https://example.ir/fa/date/1402/09"):
        article = jm.parse_article(_BODY, url=url)
        assert article.title == "کتابخانه محله پس از بازسازی بازگشایی شد", url
        assert "listing-page" not in _codes(article), url


def test_teaser_with_read_more_at_date_front_month_stays_a_list() -> None:
    teaser = (
        "کتابخانه محله پس از بازسازی بازگشایی شد\n\n"
        "کتابخانه محله پس از شش ماه بازسازی با قفسه های تازه و سالن مطالعه بزرگ تر "
        "بازگشایی شد.\n\nادامه مطلب\n"
    )
    article = jm.parse_article(teaser, url="https://example.ir/date/2024-12/")
    assert article.title is None
    assert "listing-page" in _codes(article)


def test_one_post_at_date_front_day_stays_a_list() -> None:
    # A day's archive of one post: title and day null (the corpus's convention, pages 1095,
    # 2279), the month's rule not reaching it.
    article = jm.parse_article(_BODY, url="https://example.ir/date/2024-12-05/")
    assert article.title is None
    assert "listing-page" in _codes(article)
