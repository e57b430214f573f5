"""attack27's two false alarms: a single signed post over a box of related posts signed the
same way, and a sidebar's «آرشیو برچسب‌ها» whose plural ending was read as a list's name.

The layouts are real (named beside each group); the headlines and the paragraphs are ours.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

HEADLINE = "باران پاییزی جوی‌های روستا را پر کرد"
POST = (
    "باران دیشب جوی‌های روستا را پر کرد و کشاورزان امروز صبح زودتر از همیشه به "
    "مزرعه‌ها رفتند تا آب را به کرت‌ها برسانند.\n"
)
ITEM1 = "مدرسه روستا پس از تعمیر دوباره باز شد"
TEXT1 = (
    "مدرسه روستا پس از تعمیر سقف و نقاشی کلاس‌ها دوباره باز شد و بچه‌ها از شنبه به "
    "کلاس‌های خود برگشتند.\n"
)
ITEM2 = "جشنواره کتاب‌خوانی در حیاط مسجد برگزار شد"
TEXT2 = (
    "جوانان محله جشنواره کتاب‌خوانی امسال را در حیاط مسجد برگزار کردند و ده‌ها خانواده "
    "با کودکان خود در آن شرکت داشتند.\n"
)


def signed(day: str) -> str:
    return f"نوشته شده در {day} توسط مدیر سایت"


# -- 1. A signed post over a box of related posts signed the same way -------------------------
# blogfa's and persianblog's templates sign each post «نوشته شده در DATE توسط NAME» (fix68's
# rule: several such footers make a blog's page of posts); a post's own page may print a
# related-posts box under it whose items the theme signs the same way (WordPress themes'
# «نوشته‌های مرتبط», the Jannah theme's «نوشته‌های مشابه» on zariyan.ir, «مطالب مرتبط»).


@pytest.mark.parametrize("heading", ["مطالب مرتبط", "نوشته‌های مشابه", "پست های مرتبط"])
def test_signed_items_of_a_related_box_are_no_posts_of_the_page(heading: str) -> None:
    text = (
        f"{HEADLINE}\n\n{POST}{signed('۱۲ اسفند ۱۴۰۲')}\n\n{heading}\n\n"
        f"{ITEM1}\n{TEXT1}{signed('۲۰ مهر ۱۳۹۶')}\n\n{ITEM2}\n{TEXT2}{signed('۲۲ مهر ۱۳۹۶')}\n"
    )
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert "title-uncertain" not in warning_codes(article)
    assert article.published is not None
    assert article.published.gregorian == dt.date(2024, 3, 2)


def test_posts_signed_above_a_related_box_are_still_a_blogs_page() -> None:
    # Near miss: two posts signed above the heading are a blog's page of posts, whatever the
    # box under them holds.
    text = (
        f"{HEADLINE}\n\n{POST}{signed('۱۲ اسفند ۱۴۰۲')}\n\n{ITEM1}\n\n{TEXT1}"
        f"{signed('۱۰ اسفند ۱۴۰۲')}\n\nمطالب مرتبط\n\n{ITEM2}\n{TEXT2}{signed('۲۲ مهر ۱۳۹۶')}\n"
    )
    article = jm.parse_article(text)
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


def test_a_related_heading_over_every_post_stops_no_count() -> None:
    # Near miss: a sidebar's related widget printed before the posts, no footer above it.
    text = (
        f"مطالب مرتبط\n\n{HEADLINE}\n\n{POST}{signed('۱۲ اسفند ۱۴۰۲')}\n\n{ITEM1}\n\n{TEXT1}"
        f"{signed('۱۰ اسفند ۱۴۰۲')}\n"
    )
    article = jm.parse_article(text)
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


def test_a_comments_heading_between_signed_posts_stops_no_count() -> None:
    # Near miss: «نظرات» (comments) is no related box: posts signed under it still count.
    text = (
        f"{HEADLINE}\n\n{POST}{signed('۱۲ اسفند ۱۴۰۲')}\n\nنظرات\n\n{ITEM1}\n\n{TEXT1}"
        f"{signed('۱۰ اسفند ۱۴۰۲')}\n"
    )
    article = jm.parse_article(text)
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


# -- 2. «آرشیو برچسب‌ها»: the plural ending is the label's ---------------------------------
# A WordPress sidebar's tag widget headed «آرشیو برچسب‌ها» over its links, then the post;
# tabalwor.com's tag page «آرشیو برچسب: NAME» and sabtkarimkhan's «آرشیو برچسب‌ها: NAME» print
# the tag's name after the label.

DATE_LINE = "۱۲ اسفند ۱۴۰۲"


@pytest.mark.parametrize("label", ["آرشیو برچسب\u200cها", "آرشیو برچسب ها", "آرشیو برچسب\u200cهای"])
def test_a_tag_widgets_heading_over_one_post_names_no_list(label: str) -> None:
    text = f"{label}\n\nبودجه\n\nشورای شهر\n\n{HEADLINE}\n\n{DATE_LINE}\n\n{POST}"
    article = jm.parse_article(text, url="https://example.ir/" + HEADLINE.replace(" ", "-") + "/")
    assert article.title == HEADLINE
    assert "listing-page" not in warning_codes(article)
    assert article.published is not None
    assert article.published.gregorian == dt.date(2024, 3, 2)


@pytest.mark.parametrize("label", ["آرشیو برچسب: هامون", "آرشیو برچسب هامون"])
def test_a_tag_name_opening_with_ha_stays_the_list_name(label: str) -> None:
    # Near miss: a tag whose name opens with «ها» («هامون», a lake) after the label.
    excerpt = (
        "دریاچه هامون پس از بارش‌های زمستانی دوباره آب گرفت و صیادان منطقه به کار "
        "برگشتند و قایق‌های خود را به آب انداختند [...]"
    )
    text = f"{label}\n\n{ITEM1}\n\n{excerpt}\n\n{ITEM2}\n\n{excerpt}\n"
    assert jm.parse_article(text).title == "هامون"


def test_a_related_heading_in_a_sidebar_between_posts_stops_no_count() -> None:
    # (mut21) Near miss: a sidebar's «مطالب مرتبط» widget printed between a blog page's signed
    # posts (an <aside>, outside the article) heads no related box of the posts above it.
    (h1, p1), (h2, p2), (h3, _) = [(ITEM1, TEXT1), (ITEM2, TEXT2), (HEADLINE, POST)]
    html = (
        "<html><body><div class='posts'>"
        f"<div class='post'><h2>{h1}</h2><p>{p1}</p><p>{signed('۲۲ مهر ۱۳۹۶')}</p></div>"
        f"<aside class='sidebar'><h3>مطالب مرتبط</h3><ul><li><a href='/a'>{h3}</a></li></ul>"
        "</aside>"
        f"<div class='post'><h2>{h2}</h2><p>{p2}</p><p>{signed('۲۰ مهر ۱۳۹۶')}</p></div>"
        "</div></body></html>"
    )
    article = jm.parse_html(html)
    assert article.title is None or "title-uncertain" in warning_codes(article)
