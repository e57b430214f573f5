"""real24's silent titles that a general rule fixes: a line inside a sentence the layout cut
into short lines, a regulation's approval line and a book's imprint under their titles.

The layouts are real (named beside each group); the headlines and the sentences are ours.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

# -- 1. A line inside a sentence the layout cut into short lines --------------------------------
# mehraeenschool.com's news posts (/girls/news/227-<alias>.html) print the heading twice, then
# their prose cut into short lines: a clause ending with «،», a short line, «و ...» ending the
# sentence. The short line in the middle is no headline (crf.ir's and kanoon.ir's school posts
# cut their prose into lines under the heading the same way).

HEADING = "جشن آغاز سال تحصیلی در دبستان برگزار شد"
CUT = (
    "همان طور که بهار جان تازه به باغ می‌دهد،\n\n"
    "پاییز یادآور آغاز راه دانش است\n\n"
    "و مدرسه دوباره از صدای شاد بچه‌ها پر می‌شود.\n\n"
)
BODY = (
    "امروز صبح دانش‌آموزان با کیف‌های نو به مدرسه آمدند و معلم‌ها در حیاط به آن‌ها خوشامد "
    "گفتند و برنامه جشن با سرود آغاز شد.\n"
)


@pytest.mark.parametrize("copies", [1, 2])
def test_a_line_inside_a_cut_sentence_is_no_headline(copies: int) -> None:
    text = f"{HEADING}\n\n" * copies + CUT + BODY
    article = jm.parse_article(text, url="https://school.example/news/227-jashn.html")
    assert article.title == HEADING
    assert "title-uncertain" not in warning_codes(article)
    assert jm.parse_article(text).title == HEADING


def test_a_kicker_ending_with_a_comma_still_heads_the_headline() -> None:
    # Near miss: radiokoocheh.com prints a context kicker ending with «،» over its headline
    # (tests/pages/690_*); the lead under the headline is no rest of the kicker's sentence.
    headline = "تجمع کتاب‌خوانان در برابر شهرداری"
    text = (
        f"در پی تعطیلی کتابخانه مرکزی شهر،\n\n{headline}\n\n"
        "صدها نفر از کتاب‌خوانان شهر صبح امروز در برابر ساختمان شهرداری گرد آمدند و خواستار "
        "بازگشایی کتابخانه مرکزی شدند.\n\nو گفتند کسی با آنان گفت‌وگو نکرده است.\n"
    )
    assert jm.parse_article(text).title == headline


def test_a_short_headline_printed_once_over_its_lead_is_kept() -> None:
    # Near miss: a short headline printed once, its lead a whole paragraph under it.
    headline = "بازگشایی مدارس"
    text = f"{headline}\n\n{BODY}"
    assert jm.parse_article(text).title == headline
