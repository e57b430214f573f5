"""The silent value the twenty-eighth round of attacks found and fixed (docs/reliability.md,
"Attacks, twenty-eighth round"): fix71's related-box heading stopped the count of a blog
page's signed posts at any short line opening with the box's words, so a post headed «مطالب
مرتبط با کنکور» (related to the exam: a topic, not a box) on a blog's home page made the
page one post, titled silently with the first post's headline. The heading is now the box's
words alone.

The layouts are blogfa's and persianblog's home pages (posts signed «نوشته شده در DATE توسط
NAME», fix68) and WordPress related boxes (zariyan.ir's «نوشته‌های مشابه», fix71); the
sentences are ours.
"""

from __future__ import annotations

import pytest
from tests.checks import SECTION_ITEMS, warning_codes

import jalali_meta as jm

POSTS = SECTION_ITEMS
DAYS = ("۲۲ مهر ۱۳۹۶", "۲۰ مهر ۱۳۹۶", "۱۸ مهر ۱۳۹۶")


def signed(day: str) -> str:
    return f"نوشته شده در {day} توسط مدیر وبلاگ"


def blog_page(second_headline: str) -> str:
    (h1, p1), (_, p2), (h3, p3) = POSTS
    return (
        f"{h1}\n\n{p1}\n{signed(DAYS[0])}\n\n{second_headline}\n\n{p2}\n{signed(DAYS[1])}\n\n"
        f"{h3}\n\n{p3}\n{signed(DAYS[2])}\n"
    )


@pytest.mark.parametrize(
    "headline",
    [
        "مطالب مرتبط با کنکور سراسری",
        "اخبار مشابه سازی سامانه ثبت نام",
        "Related Rates Explained",  # (mut21) «related» and two words more: a headline
    ],
)
def test_a_post_headed_by_a_related_boxs_words_and_more_still_counts(headline: str) -> None:
    article = jm.parse_article(blog_page(headline))
    codes = warning_codes(article)
    assert article.title is None or "title-uncertain" in codes


@pytest.mark.parametrize(
    "heading",
    [
        "مطالب مرتبط",
        "مطالب مرتبط:",
        "نوشته‌های مشابه",
        "Related Posts",
        # (mut21) a count after the words; five words with the count parted by spaces
        "مطالب مرتبط (۵)",
        "مطالب مرتبط ۵",
        "نوشته های مشابه ( ۵ )",
    ],
)
def test_a_related_boxs_heading_alone_still_stops_the_count(heading: str) -> None:
    headline = "شورای شهر بودجه سال آینده را بررسی کرد"
    text = (
        f"{headline}\n\nبه گزارش خبرنگار ما، نشست شورای شهر با حضور اعضا و مدیران مناطق "
        "برگزار شد و در آن درباره بودجه سال آینده گفت‌وگو شد.\n"
        f"{signed('۱۲ اسفند ۱۴۰۲')}\n\n{heading}\n\n"
        f"{POSTS[0][0]}\n{POSTS[0][1]}\n{signed(DAYS[0])}\n\n"
        f"{POSTS[1][0]}\n{POSTS[1][1]}\n{signed(DAYS[1])}\n"
    )
    article = jm.parse_article(text)
    assert article.title == headline
    assert "title-uncertain" not in warning_codes(article)
