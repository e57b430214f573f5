"""Fifteenth round of attacks: the 980-999 and real-sample title rules (docs/reliability.md,
"Attacks, fifteenth round").

fix26 read a date box right before the article's container and fix27 warned a lone line's
dashed source or «اخبار X» tail and let a question heading yield to the post's title above
it; these are near-misses a real page prints where those rules must not fire (a «today»
banner or a link to the next story in the box, a part's name after the dash, a headline
ending «اخبار جعلی», a news question headline over its date line) and shapes where they
must. Each value was decided by hand first; the sentences are our own.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

HEADLINE = "بازار میوه شب عید با کمبود عرضه روبه‌رو شد"
LEAD = (
    "رئیس اتحادیه میوه‌فروشان گفت: عرضه سیب و پرتقال در میدان مرکزی شهر کمتر از پارسال است و "
    "قیمت‌ها در روزهای پایانی سال بالا رفته است."
)
BODY = (
    "او افزود: باغداران بخشی از محصول را به انبارهای سرد سپرده‌اند و تا پایان ماه آن را به بازار "
    "نمی‌آورند؛ این کار فاصله قیمت میدان و مغازه را بیشتر کرده است."
)


def _uncertain(article: jm.Article) -> bool:
    return any(warning.code == "title-uncertain" for warning in article.warnings)


# -- a date box before the container that is a «today» banner or names the next story -------


def _html(box: str) -> str:
    return (
        '<html dir="rtl"><body><form>'
        f"{box}"
        f'<div class="story"><h1>{HEADLINE}</h1><p>{LEAD}</p><p>{BODY}</p></div>'
        "</form></body></html>"
    )


@pytest.mark.parametrize(
    "box",
    [
        '<div class="header"><span>تاریخ امروز: دوشنبه 14 آبان 1397</span></div>',
        '<div class="box"><span>خبر قبلی:</span><a href="/n/2">بارش برف</a>'
        "<span>دوشنبه 14 آبان 1397</span></div>",
        '<div class="box"><a href="/n/4">مطلب بعدی</a><span>دوشنبه 14 آبان 1397</span></div>',
    ],
)
def test_today_banner_or_next_story_box_is_not_taken_in(box: str) -> None:
    assert jm.parse_html(_html(box)).published is None


def test_date_box_with_the_site_link_is_still_taken_in() -> None:
    box = '<div class="header"><a href="/">example.ir</a><span>دوشنبه 14 آبان 1397</span></div>'
    art = jm.parse_html(_html(box))
    assert art.published is not None
    assert art.published.jalali_date == (1397, 8, 14)


def test_labelled_date_box_is_taken_in() -> None:
    art = jm.parse_html(_html('<div class="info"><span>تاریخ انتشار: 14 آبان 1397</span></div>'))
    assert art.published is not None
    assert art.published.jalali_date == (1397, 8, 14)


# -- a lone line's tail: a part's name or a judging word is the headline's own -------------


@pytest.mark.parametrize(
    "line",
    [
        "سریال پایتخت هفت با حضور بازیگران قدیمی ادامه دارد - قسمت دوم",
        "آموزش کامل برنامه نویسی پایتون برای مبتدیان - بخش 3",
        "راهنمای ثبت نام مدارس در سال تحصیلی آینده - قسمت اول",
        "فهرست کامل نامزدهای انتخابات شورای شهر اخبار داغ",
        "راهکارهای تازه مقابله با انتشار اخبار جعلی",
        "پلیس فتا درباره انتشار اخبار کذب هشدار داد",
    ],
)
def test_lone_line_with_a_part_or_a_judging_word_is_certain(line: str) -> None:
    article = jm.parse_article(line + "\n")
    assert article.title == line
    assert not _uncertain(article)


@pytest.mark.parametrize(
    "line",
    [
        "دستورالعمل تازه ثبت نام مدارس در سال تحصیلی آینده - نمونا",
        "دستورالعمل تازه ثبت نام مدارس در سال تحصیلی آینده - خبر فوری",
        "هزینه تعویض روغن موتور در تعمیرگاه چگونه حساب می‌شود اخبار خودرو",
    ],
)
def test_lone_line_with_a_source_or_a_section_stays_uncertain(line: str) -> None:
    article = jm.parse_article(line + "\n")
    assert article.title == line
    assert _uncertain(article)


# -- a question headline over its date line is no post's section heading --------------------

_BLOG_LEAD = (
    "این متن برای آزمون نوشته شده است و درباره چند موضوع عمومی توضیح می‌دهد تا جمله‌ای به "
    "اندازه یک بند کامل باشد و ابزار آن را متن اصلی صفحه بخواند."
)


def test_question_over_its_date_line_does_not_yield_to_the_kicker() -> None:
    question = "بودجه شورای شهر چه می‌شود؟"
    text = f"بودجه سال آینده شورای شهر تهران:\n{question}\n\n۱۲ اسفند ۱۴۰۲\n\n{_BLOG_LEAD}\n"
    kicker = "گزارش بودجه سال آینده شورای شهر تهران"
    for page in (text, f"{kicker}\n{question}\n۱۲ اسفند ۱۴۰۲\n\n{_BLOG_LEAD}\n"):
        article = jm.parse_article(page)
        assert article.title == question, page
        assert not _uncertain(article)


def test_question_section_heading_over_the_body_still_yields() -> None:
    title = "آموزش نصب افزونه سئو وردپرس برای مبتدیان"
    article = jm.parse_article(f"{title}\n\nافزونه سئو وردپرس چیست؟\n\n{_BLOG_LEAD}\n")
    assert article.title == title
    assert _uncertain(article)
