"""fix128: findings of the fifty-first blind batch (blind54, tests/pages/1660-1675).

1. A Joomla header prints its today banner with the label glued to the weekday
   («امروزپنجشنبه, 17 بهمن 1398 19:12», no space before the weekday): the crawl day was
   given as the published time (1664 silently, its HTML twin 1673 warned). «امروز» glued
   to a weekday (or with a ZWNJ only) and a date straight after it is now a today banner,
   as «امروز: DATE» and «امروز پنجشنبه DATE» already were.
2. A research institute's item opens with its headline ending in a full stop, over its info
   line «۱۹ دی ۱۳۸۵ | ۰۸:۵۴ کد : ۲۶۰۱۷ اخبار» and a one-paragraph body: the headline was
   taken for the body's first paragraph and no title was given (1660). The text's first
   line, one short sentence with its full stop, right over a dated header line with a
   paragraph under it, is the headline.
3. A WordPress news site prints its name, then its slogan «در لحظه باخبر شوید», then the
   headline: the slogan was the title (warned, 1675). A first line the host name spells,
   over a short line ending in an exhortation's verb (شوید, باشید, بمانید ...), over a
   headline-shaped line, is the masthead.
Page texts below are written for these tests (layouts from webda.gmu.ac.ir, rihu.ac.ir,
khabarfarda.com).
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

# 1. A today banner glued to its weekday.

_URL = "https://news.example.ac.ir/index.php/riasat/4410-sazman-bazdid"
_HEADLINE = "بازدید رئیس دانشکده از آزمایشگاه های تازه ساز بخش بیدخت"
_ITEM = (
    "\n\n" + _HEADLINE + "\n\n"
    "رئیس دانشکده پرستاری از روند تجهیز آزمایشگاه های تازه ساز بخش بیدخت بازدید کرد.\n\n\n"
    "به گزارش روابط عمومی، در این بازدید که مدیر فنی و دو کارشناس تجهیزات نیز حضور "
    "داشتند، 4 آزمایشگاه و 2 انبار دارو بررسی شد.\n"
    "وی گفت: بهره برداری از این آزمایشگاه ها تا پایان سال جاری انجام می شود.\n"
)


@pytest.mark.parametrize(
    "banner",
    [
        "امروزپنجشنبه, 17 بهمن 1398 19:12",  # glued, Latin comma, a clock (webda.gmu.ac.ir)
        "امروز\u200cسه\u200cشنبه، ۲۲ آبان ۱۴۰۱ ۰۹:۳۰",  # a ZWNJ only, Persian digits
        "امروزیکشنبه - 03 اسفند 1399",  # glued, a dash, no clock
        "امروزجمعه 04 بهمن 1398 21:46",  # glued, no separator at all
    ],
)
def test_glued_today_banner_is_no_published_date(banner: str) -> None:
    record = jm.parse_article(banner + _ITEM, url=_URL)
    assert record.title == _HEADLINE
    assert record.published is None


def test_spaced_today_banner_still_no_published_date() -> None:
    # The forms that were banners already stay banners.
    for banner in ("امروز: پنجشنبه, 17 بهمن 1398 19:12", "امروز پنجشنبه، 17 بهمن 1398"):
        record = jm.parse_article(banner + _ITEM, url=_URL)
        assert record.published is None


def test_glued_weekday_then_date_then_sentence_is_no_banner_neg() -> None:
    # «امروزپنجشنبه 17 بهمن 1398» glued, but a sentence after the date: a lead, not a
    # banner; the item's own dateline above it is still read.
    text = (
        "\n" + _HEADLINE + "\n"
        "پنجشنبه, 17 بهمن 1398 - 10:05\n\n"
        "امروزپنجشنبه 17 بهمن 1398 رئیس دانشکده پرستاری از آزمایشگاه های تازه ساز بخش "
        "بیدخت بازدید کرد.\n\n"
        "به گزارش روابط عمومی، در این بازدید مدیر فنی نیز حضور داشت.\n"
    )
    record = jm.parse_article(text, url=_URL)
    assert record.title == _HEADLINE
    assert record.published is not None
    assert record.published.jalali_date == (1398, 11, 17)


@pytest.mark.parametrize(
    "line",
    [
        "امروزه 17 بهمن 1398 روز بازدید رئیس دانشکده از آزمایشگاه های تازه ساز است",
        "امروزی ترین آزمایشگاه های استان در بخش بیدخت افتتاح شد",
    ],
)
def test_words_opening_with_emruz_are_no_banner_neg(line: str) -> None:
    # «امروزه» (nowadays) and «امروزی» (modern) start with «امروز» and are no banner label:
    # the glued rule never makes such a line chrome (it is the headline here).
    text = (
        line + "\n"
        "پنجشنبه, 17 بهمن 1398 - 10:05\n\n"
        "رئیس دانشکده پرستاری از روند تجهیز آزمایشگاه های تازه ساز بخش بیدخت بازدید کرد.\n"
    )
    record = jm.parse_article(text, url=_URL)
    assert record.title == line
    assert record.published is not None
    assert record.published.jalali_date == (1398, 11, 17)


# 2. A headline with its full stop over the item's dated info line.

_NEWS_URL = "https://institute.example.ac.ir/fa/news/31840/x"
# Ten words or more: a line of running text by its shape (a paragraph).
_STOPPED = "همایش آموزش روش تحقیق کیفی و کمی در پژوهشکده حوزه برگزارشد."
_INFO = "۲۳ آذر ۱۳۸۶ | ۱۱:۲۰ کد : ۳۱۸۴۰ اخبار"
_BODY = (
    "در این همایش که با حضور استادان و دانشجویان گروه های پژوهشی برپاشد نخست دبیر همایش "
    "گزارشی از کارگاه های برگزار شده ارایه کرد و سپس سخنرانان درباره آموزش روش های تحقیق "
    "کیفی و کمی و کمبود منابع فارسی در این زمینه سخن گفتند و پیشنهاد کردند کارگاه ها در "
    "سال آینده در دانشکده های دیگر نیز برگزار شود.\n"
)


def test_stopped_headline_over_info_line() -> None:
    text = _STOPPED + "\n\n" + _INFO + "\nتعداد بازدید:۱۸۷\n\n" + _BODY
    record = jm.parse_article(text, url=_NEWS_URL)
    assert record.title == _STOPPED
    assert record.published is not None
    assert record.published.jalali_date == (1386, 9, 23)


def test_stopped_headline_over_plain_date_line() -> None:
    text = _STOPPED + "\n" + "۲۳ آذر ۱۳۸۶ - ۱۱:۲۰" + "\n\n" + _BODY
    record = jm.parse_article(text, url=_NEWS_URL)
    assert record.title == _STOPPED


@pytest.mark.parametrize(
    "first",
    [
        # Two sentences: running text, not a headline.
        "همایش روش تحقیق برگزارشد. استادان و دانشجویان گروه های پژوهشی در آن حضور داشتند.",
        # A lead's length (sixteen words or more).
        "همایش آموزش روش تحقیق با حضور استادان و دانشجویان گروه های پژوهشی در پژوهشکده "
        "علوم انسانی دانشگاه تهران برگزارشد.",
        # A report's opening.
        "به گزارش روابط عمومی همایش آموزش روش تحقیق در پژوهشکده برگزارشد.",
    ],
)
def test_stopped_first_line_that_is_no_headline_neg(first: str) -> None:
    text = first + "\n" + _INFO + "\n\n" + _BODY
    record = jm.parse_article(text, url=_NEWS_URL)
    assert record.title != first


# 3. A site's name and slogan over the headline.

_SITE_URL = "https://www.payamesahar.com/2023/05/14/%D8%AF%D8%B3%D8%AA%D9%88%D8%B1/"
_SITE_HEADLINE = (
    "دستور فرماندار در ورامین : کار ساخت مدرسه نیمه تمام باید تا مهر تمام شود / "
    "پیمانکار را از فردا به کارگاه برگردانید"
)
_SITE_BODY = (
    "ایرنا نوشت:فرماندار در بازدید از این مدرسه با تاکید بر اینکه کار ساختمانی آن تا "
    "پایان تابستان باید تمام شود از اداره آموزش و پرورش خواست ، خرید میز و نیمکت را از "
    "همین ماه آغاز کند. منبع : همشهری\n"
)


@pytest.mark.parametrize("slogan", ["در لحظه باخبر شوید", "هر روز با ما بمانید"])
def test_site_name_and_slogan_over_headline(slogan: str) -> None:
    text = "پیام سحر\n\n" + slogan + "\n\n" + _SITE_HEADLINE + "\n\n" + _SITE_BODY
    record = jm.parse_article(text, url=_SITE_URL)
    assert record.title == _SITE_HEADLINE


def test_short_imperative_headline_under_site_name_neg() -> None:
    # Under the name, a short headline telling readers what to do, over its lead paragraph:
    # no slogan (a paragraph follows, not a headline).
    for line in ("برای سرمای زودرس آماده شوید", "مالیات خودرو را تا آخر خرداد بپردازید"):
        text = "پیام سحر\n\n" + line + "\n\n" + _SITE_BODY
        record = jm.parse_article(text, url=_SITE_URL)
        assert record.title == line


def test_slogan_under_a_name_the_host_does_not_spell_neg() -> None:
    # A first line the host does not spell: the rule does not fire, the old choice stands.
    text = "خبرگزاری شرق\n\nدر لحظه باخبر شوید\n\n" + _SITE_HEADLINE + "\n\n" + _SITE_BODY
    new = jm.parse_article(text, url=_SITE_URL)
    alone = jm.parse_article(text)
    assert new.title == alone.title


# Mutation round 32 (benchmarks/hand_mutants_32.py).


def test_imperative_headline_over_a_shorter_line_is_no_slogan_neg() -> None:
    # Under the name, a short imperative headline over a shorter line (a section's name),
    # not over a longer headline: no slogan, and the short line is not the title.
    text = "پیام سحر\n\nبرای سرمای زودرس آماده شوید\n\nگروه اجتماعی\n\n" + _SITE_BODY
    record = jm.parse_article(text, url=_SITE_URL)
    assert record.title == "برای سرمای زودرس آماده شوید"
