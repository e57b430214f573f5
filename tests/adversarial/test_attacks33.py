"""The silent value the thirty-third round of attacks found and fixed (docs/reliability.md,
"Attacks, thirty-third round"): fix78 reads a line printed value first and label last
(«1397/06/17 : تاریخ انتشار», «482193 : کد خبر», iransteel.net's news_view table under the
headline) as that field. Under the text such a line is a related item's or a quoted notice's
(nouronline.ir prints a related list under its items), so the related item's ID became the
article's number without a warning, and a notice's date in the body beat the date line. A
value printed before its label is now read in the header only; under the text it is ignored.

The sentences are ours.
"""

from __future__ import annotations

import datetime

import jalali_meta as jm

H = "شورای شهر بودجه سال آینده را بررسی کرد"
D = "۱۲ اسفند ۱۴۰۲"
BODY = (
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده و طرح‌های عمرانی نیمه‌تمام گفت‌وگو شد.\n"
)
MORE = (
    "یکی از اعضای شورا گفت بخشی از بودجه عمرانی سال آینده به تکمیل پروژه‌های نیمه‌تمام "
    "محله‌های جنوبی شهر و نوسازی ناوگان اتوبوسرانی اختصاص خواهد یافت.\n"
)
RELATED = "برگزاری جشنواره گل و گیاه در پارک مرکزی شهر"


def test_a_related_items_id_printed_before_its_label_is_not_the_articles() -> None:
    text = f"{H}\n\n{D}\n\n{BODY}\nاخبار مرتبط\n\n{RELATED}\n482193 : کد خبر\n"
    article = jm.parse_article(text)
    assert article.title == H
    assert article.number is None


def test_a_quoted_notices_date_printed_before_its_label_is_not_the_published_date() -> None:
    text = f"{H}\n\n{D}\n\n{BODY}\nمتن آگهی:\n1401/03/01 : تاریخ انتشار\n\n{MORE}"
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.gregorian == datetime.date(2024, 3, 2)
    assert "published-conflict" not in {w.code for w in article.warnings}


def test_the_value_first_lines_under_the_headline_are_still_read() -> None:
    # iransteel.net's layout: the record's table right under the headline.
    text = f"{H}\n1402/12/12 : تاریخ انتشار\n482193 : کد خبر\n\n{BODY}{MORE}"
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.gregorian == datetime.date(2024, 3, 2)
    assert article.number == "482193"
