"""The silent value the twenty-sixth round of attacks found (docs/reliability.md, "Attacks,
twenty-sixth round"): a month archive's posts each printing a category's name between the
headline and the excerpt (market-center.ir's month archive, a theme's category line).

The layout is real; the headlines and the paragraphs are ours.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

MONTH = "http://example.ir/2017/10/"
FIRST = "افتتاح کتابخانه عمومی تازه در محله شمالی شهر"
EXCERPT = (
    "کتابخانه عمومی تازه با ده هزار جلد کتاب و سالن مطالعه برای دویست نفر صبح امروز با "
    "حضور مسئولان شهری و گروهی از اهالی محله به روی مردم باز شد."
)
SECOND = "برگزاری جشنواره گل و گیاه در پارک مرکزی"
EXCERPT2 = (
    "جشنواره گل و گیاه امسال با حضور پنجاه غرفه از تولیدکنندگان استان در پارک مرکزی برپا "
    "شده و تا پایان هفته هر روز از صبح تا شب پذیرای بازدیدکنندگان است."
)


@pytest.mark.parametrize("between", ["فرهنگی", "گزارشی کوتاه"])
def test_month_archive_posts_each_over_a_category_line_are_doubted(between: str) -> None:
    text = f"{FIRST}\n\n{between}\n\n{EXCERPT}\n\n{SECOND}\n\n{between}\n\n{EXCERPT2}\n"
    article = jm.parse_article(text, url=MONTH)
    assert article.title is None or "title-uncertain" in warning_codes(article)


def test_a_post_without_a_line_under_its_headline_is_not_doubted_for_a_caption() -> None:
    """Near miss: the first post prints no line between its headline and its text, so a
    subheading further down over a caption's line and a paragraph is not an item printed
    like it."""
    text = f"{FIRST}\n\n{EXCERPT}\n\n{SECOND}\n\nعکس: آرشیو\n\n{EXCERPT2}\n"
    article = jm.parse_article(text, url=MONTH)
    assert article.title == FIRST
    assert "title-uncertain" not in warning_codes(article)


def test_the_same_posts_at_a_posts_own_address_are_not_doubted() -> None:
    """Near miss: the rule reads a month archive's address only."""
    text = f"{FIRST}\n\nفرهنگی\n\n{EXCERPT}\n\n{SECOND}\n\nفرهنگی\n\n{EXCERPT2}\n"
    article = jm.parse_article(text, url=MONTH + FIRST.replace(" ", "-"))
    assert article.title == FIRST
    assert "title-uncertain" not in warning_codes(article)
