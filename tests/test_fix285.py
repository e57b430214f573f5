"""fix285: silent titles left from blind96 and mut52, by general rules.

- A blog post's counters line «/ N نظر / N بازدید» (persianblog's newer layout) over a short
  line and a longer one: the short line right under the counters is the post's title, the
  longer one its teaser (tests/pages 2501), not a headline under a kicker.
- HEADLINE / an excerpt cut with its read-more link / HEADLINE again, nothing more: a list's
  only teaser, its headline's link repeated (tests/pages 2494's text alone): doubted.
- A heading ending with «؟» or a part's number in brackets over a hard-wrapped first
  paragraph is its headline, as one ending with a letter is (mut52 (g)).
- A Blogfa post under its blog's name (printed again in the copyright notice) with one
  labelled field of its header under its title keeps the post's title (mut52 (h)).
- «ساعت: 21», the hour's label with its colon, labels the hour as «ساعت 21» does (mut52 (c)).

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.test_fix248 import _FOOTER, _URL, _blogfa

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- (a) the post's title under its counters line ------------------------------------------
_TITLE = "گلدان شمعدانی"
_TEASER = "هر صبح آبش دادم و پشت پنجره آشپزخانه گذاشتمش تا آفتاب بخورد: شکوفه"
_BODY = (
    "گلدان را از بازار گل خریده بودم ، برگ هایش زرد شده بود و کسی نمی خواستش . دو هفته "
    "آبش دادم و خاکش را عوض کردم و حالا سه غنچه سرخ دارد و همسایه ها می پرسند از کجا "
    "خریده ام. خوشحالم که نگهش داشتم.\n"
)


def test_short_line_under_counters_is_the_post_title_over_its_teaser() -> None:
    text = f"/ 4 نظر / 52 بازدید\n{_TITLE}\n\n{_TEASER}\n\nحرف آخر\n\n{_BODY}\nنرگس\n"
    article = jm.parse_article(text)
    assert article.title == _TITLE
    assert "title-uncertain" not in _codes(article)


def test_kicker_over_headline_without_counters_keeps_the_headline() -> None:
    # Near miss: no counters line over the two: the long line stays the headline.
    headline = "بازگشایی پل تاریخی شهر پس از دو سال مرمت: عکس"
    text = f"گزارش تصویری\n{headline}\n\n{_BODY}"
    assert jm.parse_article(text).title == headline


def test_sentence_under_counters_is_not_taken() -> None:
    # Near miss: the line under the counters ends a sentence: no post title's shape.
    text = f"/ 4 نظر / 52 بازدید\nامروز هوا خوب بود.\n\n{_TEASER}\n\n{_BODY}"
    assert jm.parse_article(text).title != "امروز هوا خوب بود."


# -- (e) a teaser closed by its title printed again ----------------------------------------
_HEADLINE = "پرستوهای مهاجر در نیزارهای دریاچه"
_EXCERPT = (
    "صدها پرستوی مهاجر در روزهای اخیر در نیزارهای حاشیه دریاچه دیده شده اند و "
    "پرنده نگرها برای دیدن آن ها از شهرهای دور آمده اند ."
)
_CUT = "پرستو (نام علمی: Hirundo) پرنده ای کوچک و تیزپرواز است که ... ادامه مطلب"


def test_teaser_closed_by_its_title_again_is_doubted() -> None:
    article = jm.parse_article(f"{_HEADLINE}\n\n{_EXCERPT}\n{_CUT}\n{_HEADLINE}\n")
    assert article.title in (None, _HEADLINE)
    assert "title-uncertain" in _codes(article)


def test_article_continued_without_its_title_again_keeps_it() -> None:
    # Near miss: an article's last paragraph continued on another page, no title under it.
    article = jm.parse_article(f"{_HEADLINE}\n\n{_EXCERPT}\n{_CUT}\n")
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_title_again_under_whole_paragraphs_keeps_it() -> None:
    # Near miss: the title printed again under whole paragraphs, no read-more link.
    article = jm.parse_article(f"{_HEADLINE}\n\n{_EXCERPT}\n{_EXCERPT}\n{_HEADLINE}\n")
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


# -- (g) a question heading or a numbered part over a hard-wrapped paragraph ---------------
_WRAPPED = (
    "زمستان سرد بود. برف آرام بارید. ما بچه ها صبح زود\n\n"
    "به کوه رفتیم و کنار چشمه یخ زده نشستیم و پدربزرگ از زمستان های قدیم برایمان "
    "گفت.\n\nعصر که شد همه با هم به خانه برگشتیم و مادر برایمان آش پخته بود.\n"
)


@pytest.mark.parametrize("heading", ["روزهای کودکی؟", "روزهای کودکی (۲)", "روزهای کودکی (2)"])
def test_question_or_numbered_heading_over_wrapped_paragraph_is_the_title(heading: str) -> None:
    article = jm.parse_article(f"{heading}\n\n{_WRAPPED}")
    assert article.title == heading
    assert "title-uncertain" not in _codes(article)


def test_sentence_over_wrapped_paragraph_is_not_the_title() -> None:
    # Near miss: a line ending with a full stop is a sentence, no heading.
    line = "روزهای کودکی گذشت."
    assert jm.parse_article(f"{line}\n\n{_WRAPPED}").title != line


# -- (h) a labelled field under a Blogfa post's title ----------------------------------------
@pytest.mark.parametrize(
    "label", ["تاریخ انتشار: ۱۴۰۲/۰۸/۰۷", "نویسنده: رضا کوهستانی", "موضوع: طبیعت"]
)
def test_labelled_field_under_blog_post_title_keeps_the_post_title(label: str) -> None:
    title = "نخستین باران پاییز مبارک"
    text = _blogfa(_FOOTER).replace(title + "\n\n", f"{title}\n{label}\n", 1)
    article = jm.parse_article(text, url=_URL)
    assert article.title == title


def test_labelled_field_without_copyright_notice_takes_nothing() -> None:
    # Near miss: no copyright line names the blog: the rule has no evidence.
    title = "نخستین باران پاییز مبارک"
    text = _blogfa(_FOOTER, copyright_line="ابزار وبمستر").replace(
        title + "\n\n", f"{title}\nموضوع: طبیعت\n", 1
    )
    assert jm.parse_article(text, url=_URL).title != title


# -- (c) the hour's label with its colon -----------------------------------------------------
_LIBRARY = (
    "نمایشگاه نقاشی کودکان در فرهنگسرای محله\n"
    "فرهنگسرای محله از این هفته نقاشی های کودکان دبستانی را در تالار اصلی به نمایش گذاشته "
    "است.\nمسئول فرهنگسرا گفت: دیدن نمایشگاه برای همه رایگان است و تا پایان ماه ادامه دارد.\n"
)


@pytest.mark.parametrize("label", ["ساعت: 20", "ساعت : 20"])
def test_hour_with_colon_label_is_read(label: str) -> None:
    article = jm.parse_article(f"{_LIBRARY}\nچهارشنبه دهم آبان ۱۴۰۲ {label} مریم صالحی\n")
    assert article.published is not None
    assert article.published.jalali_date == (1402, 8, 10)
    assert article.published.gregorian.hour == 20


def test_bare_number_with_other_label_is_no_hour() -> None:
    # Near miss: «صفحه: 20» after the date is a page, not an hour: no time read.
    article = jm.parse_article(f"{_LIBRARY}\nچهارشنبه دهم آبان ۱۴۰۲ صفحه: 20 مریم صالحی\n")
    assert article.published is None or not isinstance(article.published.gregorian, dt.datetime)
