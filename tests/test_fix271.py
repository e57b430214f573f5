"""fix271: attack78's open inputs (benchmarks/attacks78.py, docs/reliability.md «Attacks,
seventy-eighth round»): the update label glued after a headline in its closed spellings, a
WordPress day's post ID before the AMP view or under a «/blog/» folder, a copyright notice
written «© Copyright YEAR NAME» or ending «. All rights reserved.», and the post's labelled
ID between a blog post's title and its first line. Sentences are ours."""

from __future__ import annotations

import pytest

from jalali_meta import parse_article

HEADLINE = "کارگاه آموزش سفالگری برای نوجوانان در خانه فرهنگ محله گشایش یافت"
DATE_LINE = "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰"
BODY = (
    "به گزارش خبرنگار ما، کارگاه سفالگری خانه فرهنگ از این هفته هر روز عصر برای نوجوانان "
    "محله باز است و استادکاران شهر چرخ سفال را به آنان یاد می دهند.\n\n"
    "مسئول خانه فرهنگ گفت ظرف هایی که نوجوانان می سازند در پایان فصل در حیاط خانه به نمایش "
    "گذاشته می شود."
)


def _page(*top: str) -> str:
    return "\n".join(top) + "\n\n" + BODY + "\n"


# == the update label glued after the headline, closed spellings ===========================


@pytest.mark.parametrize(
    "label",
    ["تاریخ بروزرسانی", "تاریخ به روزرسانی", "تاریخ به‌روزرسانی", "تاریخ بروز رسانی"],
)
def test_glued_update_label_in_any_spelling_is_cut_from_the_title(label: str) -> None:
    article = parse_article(_page(f"{HEADLINE} {label}: ۱۴۰۲/۰۹/۱۸ ۱۰:۲۰"))
    assert article.title == HEADLINE


def test_glued_update_label_in_arabic_yeh_and_kaf_is_cut() -> None:
    text = _page(f"{HEADLINE} تاریخ بروزرسانی: ۱۴۰۲/۰۹/۱۸ ۱۰:۲۰")
    article = parse_article(text.replace("ی", "ي").replace("ک", "ك"))
    assert article.title is not None
    assert "بروزرساني" not in article.title
    assert "بروزرسانی" not in article.title


def test_headline_word_before_a_colon_is_not_taken_for_a_label() -> None:
    # Near miss: a one-word «بروزرسانی» may be the headline's own word; only labels of two
    # words or more on the page are cut (as before fix271).
    line = "سامانه ثبت نام دانش آموزان مدارس شهر نیازمند بروزرسانی: ۱۴۰۲/۰۹/۱۸"
    assert parse_article(_page(line)).title == line.split(":", maxsplit=1)[0]


# == WordPress's day and post ID =============================================================


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("https://sofal-example.ir/2023/12/09/47/amp/", "47"),
        ("https://sofal-example.ir/2023/12/09/8304/amp/", "8304"),
        ("https://sofal-example.ir/blog/2023/12/09/58/", "58"),
        ("https://sofal-example.ir/blog/2023/12/09/58/amp/", "58"),
    ],
)
def test_wordpress_day_post_id_with_amp_view_or_blog_folder(url: str, number: str) -> None:
    article = parse_article(_page(HEADLINE, DATE_LINE), url=url)
    assert article.number == number


@pytest.mark.parametrize(
    "url",
    [
        "https://sofal-example.ir/2023/12/09/23/amp/",  # an hour's folder
        "https://sofal-example.ir/view/2023/12/09/58/",  # another folder: not WordPress's root
        "https://sofal-example.ir/2023/12/09/47/amp/page/",  # more after the AMP view
    ],
)
def test_wordpress_day_near_misses_give_no_number(url: str) -> None:
    assert parse_article(_page(HEADLINE, DATE_LINE), url=url).number is None


# == a blog's name in its copyright notice ===================================================

BLOG_NAME = "یادداشت های کارگاه سفال - لالجین"
MOTTO = "هر کوزه ای قصه ای دارد، اگر گوش کنیم."
POST_TITLE = "کوزه دوغ"
POST = (
    "هر پاییز پدربزرگ خاک رس را از کنار رودخانه می آورد و چند روز در حوض کوچک حیاط خیس "
    "می کند تا نرم شود.\n"
    "بعد خاک را با پا ورز می دهیم و کوزه ها را روی چرخ چوبی کهنه ای شکل می دهیم که از پدرش "
    "مانده است.\n"
)


def _blog(footer: str, under_title: str = "") -> str:
    title = f"{POST_TITLE}\n{under_title}" if under_title else POST_TITLE
    return f"{BLOG_NAME}\n\n{BLOG_NAME}\n\n{MOTTO}\n\n{title}\n\n{POST}\nابزار وبمستر\n\n{footer}\n"


BLOG_URL = "https://sofal-lalejin-example.blogfa.com/post/12"


@pytest.mark.parametrize(
    "footer",
    [
        f"© Copyright 2023 {BLOG_NAME}",
        f"Copyright © 2023 {BLOG_NAME}. All rights reserved.",
        f"© 2023 {BLOG_NAME} - All Rights Reserved",
    ],
)
def test_blog_name_in_copyright_notice_is_not_the_title(footer: str) -> None:
    assert parse_article(_blog(footer), url=BLOG_URL).title == POST_TITLE


def test_post_id_line_under_the_title_over_a_copyright_footer() -> None:
    article = parse_article(
        _blog(f"Copyright © 2023 {BLOG_NAME}", under_title="۶۱۸۳۲ کد مطلب"), url=BLOG_URL
    )
    assert article.title == POST_TITLE
    assert article.number == "61832"


# == an event's date label glued after its headline ==========================================

EVENT = "نمایشگاه سفال های دست ساز نوجوانان در خانه فرهنگ محله"


@pytest.mark.parametrize("label", ["تاریخ برگزاری", "زمان برگزاری", "تاریخ‌برگزاری"])
def test_glued_event_label_is_cut_and_its_day_is_not_the_page_date(label: str) -> None:
    article = parse_article(_page(f"{EVENT} {label}: ۱۴۰۲/۰۹/۲۵", DATE_LINE))
    assert article.title == EVENT
    assert article.published is not None
    assert article.published.isoformat() == "2023-12-09T10:20:00+03:30"
    assert not any(w.code == "published-conflict" for w in article.warnings)


def test_glued_event_day_alone_is_not_published() -> None:
    article = parse_article(_page(f"{EVENT} تاریخ برگزاری: ۱۴۰۲/۰۹/۲۵"))
    assert article.title == EVENT
    assert article.published is None or article.published.jalali_date != (1402, 9, 25)


def test_glued_publication_label_day_is_still_published() -> None:
    # Near miss: the page's own label keeps its day as the page's date.
    article = parse_article(_page(f"{HEADLINE} تاریخ انتشار: ۱۴۰۲/۰۹/۱۸"))
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1402, 9, 18)


# == «م» alone after a clock (judged: the Arabic PM mark) =====================================


def test_clock_then_lone_m_mark_is_the_arabic_pm() -> None:
    # A guard of the judged reading (the same on main): «HH:MM م» is an Arabic locale's PM.
    article = parse_article(_page(HEADLINE, "۱۴۰۲/۰۹/۱۸ ۱۰:۲۰ م"))
    assert article.published is not None
    assert article.published.isoformat() == "2023-12-09T22:20:00+03:30"
