"""Breadcrumbs and leads run into the headline without a break, as on real pages (a news
site's and a WordPress site's «خانه اخبار HEADLINE», «خانه اخبار ویژه HEADLINE»; an
aggregator's «HEADLINEFIRST-WORD-OF-THE-LEAD ...»). The layouts are the real pages', the
wording ours.

Each rule has a positive and a negative case; every positive case failed before its change.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

import jalali_meta as jm

HEADLINE = "جدول تازه نرخ کرایه تاکسی شهری ۱۴۰۳ / مصوبه جدید"
PLAIN = "جدول تازه نرخ کرایه تاکسی شهری در مصوبه جدید شورا"
LEAD = (
    "به گزارش خبرنگار ما، اعضای شورای شهر روز گذشته در نشستی علنی نرخ تازه کرایه تاکسی‌ها را "
    "بررسی کردند و گفتند اجرای آن از ماه آینده آغاز می‌شود."
)


def _url(words: str) -> str:
    return "https://example.ir/" + quote("-".join(words.split())) + "/"


def _uncertain(article: jm.Article) -> bool:
    return any(w.code == "title-uncertain" for w in article.warnings)


# -- «خانه اخبار HEADLINE»: home and a list's name (_evidence.glued_breadcrumb_starts) ------


@pytest.mark.parametrize("after", ["", f"\n\n{LEAD}\n"])
def test_home_and_news_run_into_a_headline_are_cut(after: str) -> None:
    """One section word after «خانه» is a breadcrumb when it names a list («اخبار»), with
    or without the address, the line alone or over the lead."""
    text = f"خانه اخبار {HEADLINE}{after}"
    for url in (None, _url("جدول تازه نرخ کرایه تاکسی شهری 1403")):
        article = jm.parse_article(text, url=url)
        assert article.title == HEADLINE
        assert not _uncertain(article)


@pytest.mark.parametrize(
    "line",
    [
        "خانه سینما جدول تازه نامزدهای جشن منتقدان را اعلام کرد",  # an institution
        "خانه ملت میزبان نشست تازه نمایندگان استان‌ها شد",
        "خانه کارگر جدول تازه حداقل دستمزد را نقد کرد",
        "خانه فرهنگ و هنر شهرستان میزبان نمایشگاه تازه عکاسان شد",
    ],
)
def test_an_institution_named_home_is_never_cut(line: str) -> None:
    article = jm.parse_article(line + "\n")
    assert article.title == line
    assert not _uncertain(article)


# -- a first line chosen as the title is cut too (_article._glued_breadcrumb_title) ---------


def test_home_and_a_two_word_section_before_a_headline_without_a_full_stop_are_cut() -> None:
    """«خانه اخبار ویژه HEADLINE» with no sentence's end: the short first line was taken
    whole for the title, breadcrumb and all."""
    for url in (None, _url(PLAIN)):
        article = jm.parse_article(f"خانه اخبار ویژه {PLAIN}\n", url=url)
        assert article.title == PLAIN


def test_a_slug_spelling_the_whole_line_keeps_home_in_the_headline() -> None:
    """The address spells «خانه اخبار ویژه ...» too: the words are the headline's own."""
    line = f"خانه اخبار ویژه {PLAIN}"
    article = jm.parse_article(line + "\n", url=_url(line))
    assert article.title == line


# -- one other section word: the slug says where the headline starts, or a doubt ------------


def test_a_slug_spelling_the_end_after_home_and_a_section_cuts_them() -> None:
    article = jm.parse_article(f"خانه سیاسی {PLAIN}\n", url=_url(PLAIN))
    assert article.title == PLAIN
    assert not _uncertain(article)


def test_home_and_a_section_without_an_address_keep_the_line_in_doubt() -> None:
    article = jm.parse_article(f"خانه سیاسی {PLAIN}\n")
    assert article.title == f"خانه سیاسی {PLAIN}"
    assert _uncertain(article)


def test_a_slug_naming_other_words_cuts_no_single_section_word() -> None:
    article = jm.parse_article(f"خانه سیاسی {PLAIN}\n", url=_url("نشست خبری سخنگوی دولت امروز"))
    assert article.title is not None
    assert article.title.startswith("خانه سیاسی")
    assert _uncertain(article)


# -- a headline glued to the lead's first word (_article._slug_glued_headline_end) ----------

GLUED_HEAD = "یک گفتگو خواندنی با نقاش پیشکسوت 80 ساله"
GLUED_LEAD = (
    "نقاش پیشکسوت کشور از نخستین هنرمندانی بود که آثارش در نمایشگاه‌های خارجی دیده شد. "
    "او در این گفتگو از روزهای شاگردی و کارگاه کوچکش در محله‌ای قدیمی می‌گوید."
)


def test_a_headline_run_into_the_lead_is_read_from_the_slug_in_doubt() -> None:
    """The slug spells the line's opening up to a point inside a word: the headline, but a
    slug cut short ends inside a word too, so the title is uncertain."""
    url = _url("گفتگو خواندنی نقاش پیشکسوت ساله")
    article = jm.parse_article(GLUED_HEAD + GLUED_LEAD + "\n", url=url)
    assert article.title == GLUED_HEAD
    assert _uncertain(article)


@pytest.mark.parametrize(
    "url",
    [
        None,
        # The slug ends at a space: the lead only opens with the headline's words.
        _url("نقاش پیشکسوت کشور از نخستین هنرمندانی"),
        # The slug spells words the line does not open with.
        _url("نمایشگاه تازه آثار نقاشان جوان"),
    ],
)
def test_a_lead_the_slug_does_not_end_inside_a_word_has_no_title(url: str | None) -> None:
    article = jm.parse_article(GLUED_LEAD + "\n", url=url)
    assert article.title is None
