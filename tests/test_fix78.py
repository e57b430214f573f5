"""fix78: blind batch 35's failures (tests/pages 1280-1295).

The layouts are real pages' (named by each test); the headlines and paragraphs are ours.
"""

from __future__ import annotations

import datetime

import pytest
from tests.checks import warning_codes

import jalali_meta as jm
from jalali_meta._header import classify

BODY = (
    "به گزارش خبرنگار ما، نمایشگاه صنعت فولاد امروز با حضور شرکت‌های داخلی و خارجی در "
    "محل دائمی نمایشگاه‌های استان گشایش یافت و تا پایان هفته ادامه دارد."
)
MORE = (
    "مدیر نمایشگاه گفت: امسال بیش از صد شرکت در این رویداد حاضر شده‌اند و بخشی از سالن‌ها "
    "به معرفی فناوری‌های تازه تولید ورق اختصاص یافته است."
)
HEADLINE = "گشایش نمایشگاه صنعت فولاد با حضور صد شرکت"

# -- 1. A label printed after its value: «VALUE : LABEL» -------------------------------------
# iransteel.net's news_view pages print «1397/06/17 : تاریخ انتشار» (a two-column table read in
# the other order); page templates that right-align a date's span before its label's span
# print the same «{date} : تاریخ انتشار».


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("1397/06/17 : تاریخ انتشار", datetime.date(2018, 9, 8)),
        ("۱۴۰۲/۰۳/۱۵ :تاریخ", datetime.date(2023, 6, 5)),
        ("سه‌شنبه ۲۳ خرداد ۱۴۰۲ : تاریخ انتشار ", datetime.date(2023, 6, 13)),
    ],
)
def test_a_date_before_its_label_is_the_published_date(line: str, day: datetime.date) -> None:
    article = jm.parse_article(f"{HEADLINE}\n{line}\n\n{BODY}\n{MORE}\n")
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.gregorian == day
    field = next(f for f in article.fields if f.name == "published")
    assert field.span is not None
    assert field.span[0] < field.span[1]
    assert not [f for f in article.fields if f.name == "date"]  # no unlabelled copy


def test_an_id_before_its_label_is_the_number() -> None:
    article = jm.parse_article(f"{HEADLINE}\n482193 : کد خبر\n\n{BODY}\n{MORE}\n")
    assert article.number == "482193"


@pytest.mark.parametrize(
    "line",
    [
        # A sentence that ends with a label word after its colon: no value of that field.
        "مشخصات این مناقصه به شرح زیر است: تاریخ",
        # A headline ending in a label word.
        "پرونده ویژه فولاد: کد خبر",
        # A date with more words before the colon is no value alone.
        "گزارش نشست 1397/06/17 : تاریخ انتشار",
    ],
)
def test_a_line_ending_in_a_label_word_is_no_label_line(line: str) -> None:
    assert classify(line).kind != "labels"


def test_the_label_last_page_shape_in_html() -> None:
    page = (
        "<html><head><title>فولاد</title></head><body><table>"
        f"<tr><td><h2>{HEADLINE}</h2></td></tr>"
        f"<tr><td>{HEADLINE} : عنوان </td></tr>"
        "<tr><td>1397/06/17 : تاریخ انتشار</td></tr>"
        f"<tr><td>{BODY} {MORE}</td></tr>"
        "</table></body></html>"
    )
    article = jm.parse_html(page, url="http://www.example.net/news_view.php?id=7434")
    assert article.published is not None
    assert article.published.gregorian == datetime.date(2018, 9, 8)
    assert article.title == HEADLINE
    assert "title-uncertain" not in warning_codes(article)
