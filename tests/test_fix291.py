"""fix291: mut53b's page (h) (benchmarks/mut53_main_pages.py, docs/reliability.md «The
fifty-third round»). A bar-less menu of a site's pages opening with the home item right over
the text, no headline under it: three items, every one a menu's word and one a link to the
site's own page («خانه مقالات تماس با ما»), or five with a gallery link («... گالری»), is
chrome, never the title (main gave the menu's tail «تماس با ما» as the title, silently). The
layout is fix278's (japarak.com, tests/pages 2474) without its headline; the sentences are
ours."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

from jalali_meta import parse_article

LEAD = (
    "به گزارش خبرنگار ما، شورای شهر در نشست امروز خود تصمیم گرفت که ساعت کار "
    "پارک های محله ای در تابستان تا نیمه شب ادامه پیدا کند."
)
MORE = (
    "یکی از اعضای شورا گفت که این تصمیم پس از نظرسنجی از ساکنان محله ها گرفته شد و "
    "نگهبانان بیشتری برای شب ها به کار گرفته خواهند شد."
)
HEADLINE = "ساعت کار پارک های محله ای در تابستان تمدید شد"


@pytest.mark.parametrize(
    "menu",
    [
        "خانه مقالات تماس با ما",
        "خانه اخبار درباره ما",
        "صفحه اصلی مقالات تماس با ما",
        "خانه مقالات درباره ما تماس با ما گالری",
        "خانه مقالات گالری تصاویر تماس با ما",
    ],
)
def test_menu_over_text_without_headline_is_no_title(menu: str) -> None:
    for text in (f"{menu}\n{LEAD}\n{MORE}\n", f"{menu}\n\n{LEAD}\n\n{MORE}\n"):
        article = parse_article(text)
        # No title, or a warned one: never the menu or its tail given silently.
        assert article.title is None or "title-uncertain" in warning_codes(article)
        assert article.title is None or "تماس" not in article.title


def test_short_menu_over_headline_gives_the_headline() -> None:
    article = parse_article(f"خانه مقالات تماس با ما\n{HEADLINE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == HEADLINE
    assert "title-uncertain" not in warning_codes(article)


def test_headline_holding_a_menu_word_stays_the_title() -> None:
    # Near miss: a headline that opens with «تماس با ما» (contact us) is no menu.
    headline = "تماس با ما در روزهای تعطیل ممکن نیست"
    article = parse_article(f"{headline}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline


def test_headline_opening_with_home_and_a_menu_word_stays_the_title() -> None:
    # Near miss: «خانه» (a house) and menu words inside a sentence of other words.
    headline = "خانه ای برای تماس با ما و مقالات"
    article = parse_article(f"{headline}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline


def test_two_item_line_is_left_as_main_reads_it() -> None:
    # Near miss: two items («خانه» and «تماس با ما») are not read as a menu by this rule;
    # the line stays what main made of it.
    article = parse_article(f"خانه تماس با ما\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == "خانه تماس با ما"
