"""fix232: the pages the forty-sixth mutation round found wrong or open on main
(benchmarks/mut46_main_pages.py, docs/reliability.md "The forty-sixth round: fix223-fix228
under mutation").

Layouts: a WordPress day archive (attacks66/fix209's: the archive's heading over posts, each
a headline over a teaser cut with «...»), attacks66's stopped headline over its question
subtitle, the date and a lead opening with its labels (fix228), and vBulletin 3's thread
(tests/pages 2180: the first post's header, «قدیمی DATE   #1», the poster's block, the post's
title). The sentences are written for these tests.
"""

from __future__ import annotations

import datetime

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"

# -- (a), (b): a day list's heading over two posts ------------------------------------------
_FIRST = "بازگشایی کتابخانه عمومی محله پس از نوسازی"
_SECOND = "برگزاری مسابقه نقاشی کودکان در پارک ملت"
_POSTS = (
    f"{_FIRST}\n\nساعت کار سالن مطالعه از شنبه تا پنجشنبه تغییر می کند...\n\n"
    f"{_SECOND}\n\nماموران فرهنگسرا از شنبه در ورودی پارک مستقر می شوند...\n"
)
# The first post shown in full: two paragraphs, no cut.
_FULL = (
    "کتابخانه عمومی محله پس از شش ماه نوسازی از شنبه دوباره به روی اعضا باز می شود و سالن "
    "مطالعه آن دو برابر شده است.\n\n"
    "اعضای قدیمی می توانند کارت خود را از میز امانت بگیرند و کتاب های تازه را ببینند.\n"
)


@pytest.mark.parametrize("separator", [" - ", " – ", " | ", " "])
def test_archive_day_heading_with_any_separator_doubts_the_first_post(separator: str) -> None:
    """«بایگانی نوشته‌های روز - DAY» (a dash, an en dash, a bar, nothing for the colon) over
    two posts is the day's list, as with the colon: the first post's headline is no title."""
    article = jm.parse_article(f"بایگانی نوشته‌های روز{separator}۱۴۰۲/۱۱/۱۷\n\n{_POSTS}")
    assert article.title is None
    assert _UNCERTAIN in warning_codes(article)


@pytest.mark.parametrize("label", ["مطالب روز: ", "اخبار روز - ", "نوشته‌های روزانه: "])
def test_posts_of_the_day_heading_doubts_the_first_post(label: str) -> None:
    """«مطالب روز: DAY» (posts of the day, no archive word) over two posts names the day's
    list: its first post's headline is no title."""
    article = jm.parse_article(f"{label}۱۴۰۲/۱۱/۱۷\n\n{_POSTS}")
    assert article.title is None
    assert _UNCERTAIN in warning_codes(article)


def test_posts_of_the_day_heading_over_one_post_keeps_it_neg() -> None:
    """One post alone under «مطالب روز - DAY» is the page's post (fix222): its headline stays."""
    article = jm.parse_article(f"مطالب روز - ۱۴۰۲/۱۱/۱۷\n\n{_FIRST}\n\n{_FULL}")
    assert article.title == _FIRST
    assert _UNCERTAIN not in warning_codes(article)


def test_section_word_and_date_over_two_posts_is_no_day_list_neg() -> None:
    """«ورزشی - DAY» (a section's name, no archive or period word) names no day's list."""
    article = jm.parse_article(f"ورزشی - ۱۴۰۲/۱۱/۱۷\n\n{_POSTS}")
    assert article.title == _FIRST
    assert _UNCERTAIN not in warning_codes(article)


# -- (c): a stopped headline over its question, the lead opening with its labels ------------
_HEADLINE = "قیمت بلیت قطارهای مسافری در مسیر تهران مشهد از اول اسفند ده درصد بالا رفت."
_QUESTION = "آیا قیمت بلیت هواپیما هم افزایش می یابد؟"
_BODY = (
    "قیمت بلیت قطارهای مسافری در مسیر تهران مشهد از اول اسفند ده درصد بالا می رود و "
    "شرکت های ریلی جدول تازه را منتشر کرده اند."
)
_MORE = "درباره قیمت بلیت پروازهای داخلی هنوز تصمیمی گرفته نشده است."


def _fare_page(labels: str) -> str:
    return f"{_HEADLINE}\n{_QUESTION}\n۱۴ بهمن ۱۴۰۲\n\n{labels}{_BODY}\n\n{_MORE}\n"


def test_lead_opening_with_date_and_writer_keeps_the_stopped_headline() -> None:
    """«تاریخ: DATE | نویسنده: NAME | LEAD» under the question: the lead retells the headline,
    which is the title (the writer's label beside the date's, as the date's alone)."""
    article = jm.parse_article(_fare_page("تاریخ: ۱۴ بهمن ۱۴۰۲ | نویسنده: سارا نیک | "))
    assert article.title == _HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1402, 11, 14)


def test_headline_dropped_over_its_question_is_doubted() -> None:
    """A lead opening with a byline alone («نویسنده: NAME | LEAD», no date label) is not read
    as retelling the headline: no title, but the headline dropped is named with a doubt,
    never silently."""
    article = jm.parse_article(_fare_page("نویسنده: سارا نیک | "))
    assert article.title is None
    assert _UNCERTAIN in warning_codes(article)


# -- (d), (e): vBulletin's first post header with the status icon's alt text ----------------
_TOPIC = "کاهش سرعت اینترنت خانگی پس از تعویض مودم"
_ASKED = "چرا سرعت اینترنت خانگی پس از تعویض مودم کم شد؟"
_POST = (
    "بعد از تعویض مودم سرعت دانلود به نصف رسید و تماس با پشتیبانی هم نتیجه ای نداشت؛ "
    "شاید تنظیمات کانال بی سیم مودم تازه باید دوباره انجام شود.\n"
)


def _thread(header: str) -> str:
    return f"انجمن شبکه > مودم و روتر\n\n{header}\nsina_net\nکاربر تازه\n\n{_TOPIC}\n\n{_POST}"


def test_first_post_day_without_a_clock_is_the_thread_day() -> None:
    """«قدیمی March 3rd, 2024   #1» (no clock) over the poster and the post's title: the first
    post's day is the thread's publication day."""
    article = jm.parse_article(_thread("قدیمی March 3rd, 2024   #1"))
    assert article.title == _TOPIC
    assert article.published is not None
    assert article.published.gregorian == datetime.date(2024, 3, 3)


def test_reply_day_without_a_clock_stays_set_aside_neg() -> None:
    """«قدیمی March 3rd, 2024   #4»: a reply's header, its day never the thread's."""
    article = jm.parse_article(_thread("قدیمی March 3rd, 2024   #4"))
    assert article.published is None


@pytest.mark.parametrize("above", ["", "انجمن شبکه > مودم و روتر\n\n"])
def test_question_over_first_post_header_with_status_alt_is_read(above: str) -> None:
    """A question over «قدیمی March 3rd, 2024, 18:05   #1» and the post, nothing or the
    forum's path above: the status icon's alt text hides no header: the question is the
    title, the stamp the date (under the path main took the header line, doubted)."""
    article = jm.parse_article(f"{above}{_ASKED}\nقدیمی March 3rd, 2024, 18:05   #1\n{_POST}")
    assert article.title == _ASKED
    assert article.published is not None
    assert article.published.gregorian == datetime.datetime(
        2024, 3, 3, 18, 5, tzinfo=article.published.gregorian.tzinfo
    )


def test_word_before_the_date_is_no_status_alt_neg() -> None:
    """«تهران March 3rd, 2024, 18:05   #1»: a city's name is no status icon's alt text; the
    line is no post header and gives no thread date."""
    article = jm.parse_article(f"{_ASKED}\nتهران March 3rd, 2024, 18:05   #1\n{_POST}")
    assert article.published is None
