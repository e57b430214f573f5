"""Twenty-third round of attacks: fix53, fix54, the Markdown sniff and issue #16's header
shapes (docs/reliability.md, "Attacks, twenty-third round").

Two values the round found silently wrong are fixed here:

- a site's clock above the headline that prints the article's day with the time of the visit
  («شنبه ۱۲ اسفند ۱۴۰۲ تهران ۱۸:۴۵», the radiofarda.com banner) lent that time to the article's
  date-only line under the headline; an unlabelled date line above the title lends no time
  to a date under it now;
- persianblog's post signature «ساعت ۳:۵۰ ب.ظ روز ۱۳۸۷/۸/۲۲ : توسط : NAME» (the time first,
  «by» and the author after the date, shereparsi.persianblog.ir/post/99) was no date line, so
  the blog's name over its tagline was taken for the title silently and the date was lost.

The sentences are our own.
"""

from __future__ import annotations

from tests.checks import COUNCIL_BODY as BODY
from tests.checks import COUNCIL_HEADLINE as HEADLINE
from tests.checks import title_doubted

import jalali_meta as jm

CLOCK = "شنبه ۱۲ اسفند ۱۴۰۲ تهران ۱۸:۴۵"
POEM = "\n\n".join(
    [
        "باران که می‌بارد کوچه صدا دارد",
        "هر قطره از ابر، رازی جدا دارد",
        "من پشت این پنجره، تنها نشسته‌ام",
        "این شهر خاموش، غمی آشنا دارد",
    ]
)


def test_site_clock_above_the_headline_lends_no_time_to_the_articles_day() -> None:
    for date_line in ("تاریخ انتشار: ۱۲ اسفند ۱۴۰۲", "۱۲ اسفند ۱۴۰۲"):
        article = jm.parse_article(f"{CLOCK}\n\n{HEADLINE}\n\n{date_line}\n\n{BODY}")
        assert article.published is not None
        assert article.published.jalali_date == (1402, 12, 12)
        assert not article.published.has_time  # 18:45 is the visit's, not the article's


def test_articles_own_time_still_wins_over_the_clock() -> None:
    """Near miss: the article's date line prints its own time: that time, the clock's set
    aside."""
    page = f"{CLOCK}\n\n{HEADLINE}\n\nتاریخ انتشار: ۰۹:۳۰ - ۱۲ اسفند ۱۴۰۲\n\n{BODY}"
    published = jm.parse_article(page).published
    assert published is not None
    assert published.isoformat().startswith("2024-03-02T09:30")


def test_two_lines_of_one_day_under_the_headline_still_merge() -> None:
    """Near miss: a date-only line and a date+time line of one day, both under the headline
    (issue #16's English and Jalali pair), still give the time."""
    page = f"{HEADLINE}\n\nJune 14, 2021\n14:05 دوشنبه، 24ام خردادماه 1400\n\n{BODY}"
    article = jm.parse_article(page)
    assert article.published is not None
    assert article.published.isoformat().startswith("2021-06-14T14:05")


def test_persianblog_signature_time_first_with_author_is_the_date_line() -> None:
    signature = "ساعت ۳:۵۰ ب.ظ روز ۱۳۸۷/۸/۲۲ : توسط : مهدی ا. هومن"
    article = jm.parse_article(f"{HEADLINE}\n\n{signature}\n\n{BODY}")
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.isoformat().startswith("2008-11-12T15:50")


def test_blog_name_and_tagline_over_a_persianblog_post_give_the_posts_title() -> None:
    """The whole page: the blog's name, its tagline, the post's title over the signature."""
    page = (
        "نغمه‌های شاعری\n\nشاعری سیب به دست دارد\n\nچک نویس\n"
        f"ساعت ۳:۵۰ ب.ظ روز ۱۳۸۷/۸/۲۲ : توسط : مهدی\n\n{POEM}\n"
    )
    article = jm.parse_article(page)
    assert article.title == "چک نویس"
    assert title_doubted(article)  # fix53: the page does not say which line is the post's
    assert article.published is not None
    assert article.published.jalali_date == (1387, 8, 22)


def test_date_without_a_time_then_by_and_words_is_no_signature() -> None:
    """Near miss: a bare date with «توسط» and words after it and no time may be a sentence
    («... توسط مجلس تصویب شد»): no date line is read from it."""
    line = "۱۲ اسفند ۱۴۰۲ توسط مجلس تصویب شد"
    assert jm.parse_article(f"{HEADLINE}\n\n{line}\n\n{BODY}").published is None
