"""fix165: the fifty-sixth attack round's findings, part B (docs/reliability.md «Attacks,
fifty-sixth round», benchmarks/attacks56.py): English function words in a ``?paged=N`` slug
(fix156 knew the Finglish ones only); a plural two-word label over one paragraph and the post's
footer line (fix156 needed the two lines alone), and a word ending «های» that is no plural
(«اژدهای»); a headline's bracketed day of one digit («(جمعه ۴/۳/۸۶)», fix148/fix155 needed
two); an institution's long name over a verb headline (fix155 doubted it as a rival headline).

The positives fail on main 290a4519; the ``-neg`` near misses pass on both. The sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

_DAY = "۱۲ دی ۱۴۰۲"  # 1 Dey 1402 = 2023-12-22, so 12 Dey = 2024-01-02 (a Tuesday)


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _yeh_kaf(text: str) -> str:
    return text.replace("ی", "ي").replace("ک", "ك")


# -- 1. English function words in a ?paged=N slug ------------------------------------------------
_ITEM_HEAD = "برگزاری دوره آموزشی ایمنی آزمایشگاه برای دانشجویان"
_ITEM = (
    f"{_ITEM_HEAD}\n{_DAY}\n\nدوره آموزشی ایمنی کار در آزمایشگاه برای دانشجویان سال اول "
    "دانشکده شیمی امروز در تالار اجتماعات برگزار شد.\n\nمسئول آزمایشگاه گفت دوره بعدی در "
    "اسفند برگزار می‌شود.\n"
)


@pytest.mark.parametrize(
    "path",
    [
        "/news-and-views-of-students/",
        "/news-of-the-faculty/",
        "/research-news-and-reports/",
        "/events-in-the-school-of-chemistry/",
    ],
)
def test_section_slug_with_english_function_words_at_paged_2(path: str) -> None:
    # a section's three words at most, its list's second page: the first item's headline is
    # not the page's
    article = jm.parse_article(_ITEM, url=f"https://chem.example.ac.ir{path}?paged=2")
    assert article.title is None or "title-uncertain" in _codes(article)


@pytest.mark.parametrize(
    "path",
    [
        "/safety-course-for-chemistry-lab-students/",
        "/lab-safety-course-for-first-year-students/",
    ],
)
def test_post_slug_with_four_content_words_at_paged_2_neg(path: str) -> None:
    # a post's own slug (four content words or more, English function words beside them) at
    # its comments' second page: the post, its headline the title
    article = jm.parse_article(_ITEM, url=f"https://chem.example.ac.ir{path}?paged=2")
    assert article.title == _ITEM_HEAD
    assert "listing-page" not in _codes(article)
    assert "title-uncertain" not in _codes(article)


# -- 2. a plural label over one paragraph and its footer; a singular ending «های» ----------------
_POST = (
    "دیروز با دوستانم از پله‌های سنگی کوه بالا رفتیم و نزدیک ظهر به چشمه رسیدیم و کنار آب "
    "نان و پنیر خوردیم و بعد از کمی استراحت از راه جنگل پایین آمدیم و در راه چند درخت "
    "گردوی کهنسال دیدیم که روستاییان می‌گفتند صد سال عمر دارند و غروب خسته اما خوشحال به "
    "خانه رسیدیم و تا شب عکس‌هایی را که گرفته بودیم تماشا کردیم.\n"
)
_FOOTERS = [
    "نوشته شده توسط رضا | نظرات (۳)",
    "لینک ثابت | نظرات (0)",
    "ارسال شده توسط رضا\nلینک ثابت | نظرات (2)",
]


@pytest.mark.parametrize("footer", _FOOTERS)
@pytest.mark.parametrize("label", ["خاطره‌های کوهنوردی", "خاطره های کوهنوردی", "یادداشتهای سفر"])
def test_plural_label_over_one_paragraph_and_its_footer(label: str, footer: str) -> None:
    article = jm.parse_article(f"{label}\n\n{_POST}{footer}\n")
    assert article.title is None or "title-uncertain" in _codes(article)


@pytest.mark.parametrize("spell", [str, _yeh_kaf])
def test_plural_label_over_footer_yeh_kaf(spell: object) -> None:
    assert callable(spell)
    article = jm.parse_article(spell(f"گزارش‌های کوهنوردی\n\n{_POST}{_FOOTERS[0]}\n"))
    assert article.title is None or "title-uncertain" in _codes(article)


@pytest.mark.parametrize("head", ["اژدهای کوچک", "تنهای تنها", "اژدهاي كوچك"])
def test_word_ending_hay_that_is_no_plural(head: str) -> None:
    # «اژدها», «تنها» with their «ی» over the one paragraph: a singular, the post's own title
    article = jm.parse_article(f"{head}\n\n{_POST}")
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


@pytest.mark.parametrize(
    ("head", "footer"),
    [
        ("بهای آزادی", ""),
        ("بهای آزادی", _FOOTERS[0] + "\n"),
        ("اژدهای کوچک", _FOOTERS[0] + "\n"),
        ("تنهای تنها", _FOOTERS[1] + "\n"),
    ],
)
def test_word_ending_hay_that_is_no_plural_neg(head: str, footer: str) -> None:
    # «بها» (a short word ending «های», fix156 left it), or a singular over the paragraph and
    # its footer: the post's own title, as today
    article = jm.parse_article(f"{head}\n\n{_POST}{footer}")
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


@pytest.mark.parametrize("label", ["گزارشهای ویژه", "عکس‌های سفر", "یادداشت های روزانه"])
def test_real_plural_label_alone_still_doubted_neg(label: str) -> None:
    # fix156's reading: a real plural label over the one paragraph alone stays doubted
    article = jm.parse_article(f"{label}\n\n{_POST}")
    assert article.title is None or "title-uncertain" in _codes(article)


def test_plural_label_over_paragraph_and_a_sentence_line_neg() -> None:
    # a line of the post's text under the paragraph is no footer: today's reading holds
    article = jm.parse_article(f"خاطره‌های کوهنوردی\n\n{_POST}پدرم گفت هفته بعد به قله می‌رویم.\n")
    assert article.title == "خاطره‌های کوهنوردی"


# -- 3. a headline's bracketed day of one digit --------------------------------------------------
_ROAD_HEAD = "آسفالت جاده روستای کندوان به پایان رسید"
_ROAD_BODY = (
    "آسفالت جاده روستای کندوان به طول هشت کیلومتر پس از سه ماه کار دیروز به پایان رسید . "
    "دهیار روستا گفت مسافران از این پس راه را در نیم ساعت می‌پیمایند .\n"
)
# 1 Tir 1387 = 2008-06-21, so 5 Tir 1387 = 2008-06-25 (a Wednesday)


def _static(bracket: str) -> str:
    return f"بازگشت\n\nخبر\n\n \n\n{_ROAD_HEAD}   {bracket}\n\n \n\n{_ROAD_BODY}\n \n\nبازگشت\n"


@pytest.mark.parametrize(
    "bracket",
    ["(چهارشنبه ۵/۴/۸۷)", "(۵/۴/۸۷)", "(5/4/87)", "(87/4/5)", "(چهارشنبه 87/4/5)", "( 5/4/87 )"],
)
def test_bracketed_one_digit_day_after_headline(bracket: str) -> None:
    article = jm.parse_article(_static(bracket))
    assert article.title == _ROAD_HEAD
    assert article.published is not None
    assert article.published.isoformat() == "2008-06-25"
    assert "two-digit-year" in _codes(article)


def test_bracketed_one_digit_day_with_time() -> None:
    article = jm.parse_article(_static("(5/4/87 10:30)"))
    assert article.title == _ROAD_HEAD
    assert article.published is not None
    assert article.published.isoformat().startswith("2008-06-25T10:30")


def test_bracketed_two_digit_day_neg() -> None:
    article = jm.parse_article(_static("(۰۵/۴/۸۷)"))
    assert article.title == _ROAD_HEAD
    assert article.published is not None
    assert article.published.isoformat() == "2008-06-25"


@pytest.mark.parametrize("bracket", ["(مصوب 5/4/87)", "(5/4/8)", "(تا 5/4/87)"])
def test_bracket_with_more_than_a_date_or_no_two_digit_year_neg(bracket: str) -> None:
    # another word beside the date, or no two-digit end: the line stays whole, no day
    article = jm.parse_article(_static(bracket))
    assert article.published is None


def test_one_digit_day_in_a_sentence_is_no_date_neg() -> None:
    article = jm.parse_article(
        f"{_ROAD_HEAD}\n\nکار آسفالت که از 5/4/87 آغاز شد سه ماه طول کشید و دهیار روستا "
        "گفت مسافران از این پس راه را در نیم ساعت می‌پیمایند.\n"
    )
    assert article.published is None


# -- 4. an institution's long name over a verb headline over the date line -----------------------
_SEED_HEAD = "نهال‌های جنگلی رایگان میان روستاییان گیلان توزیع شد"
_SEED_BODY = (
    "مدیرکل منابع طبیعی گیلان گفت: امسال دویست هزار اصله نهال جنگلی رایگان میان روستاییان "
    "استان توزیع شد.\n\nوی افزود: روستاییان می‌توانند نهال را از نهالستان‌های شهرستان‌ها "
    "بگیرند.\n"
)
_MASTHEADS = [
    # 14 and 12 words, no verb, opening with an organisation's word, sharing «گیلان»
    "وزارت جهاد کشاورزی سازمان جنگل‌ها مراتب و آبخیزداری کشور اداره کل منابع طبیعی استان گیلان",
    "سازمان منابع طبیعی و آبخیزداری کشور اداره کل منابع طبیعی و آبخیزداری گیلان",
]


@pytest.mark.parametrize("spell", [str, _yeh_kaf])
@pytest.mark.parametrize("masthead", _MASTHEADS)
def test_institution_name_over_verb_headline(masthead: str, spell: object) -> None:
    assert callable(spell)
    article = jm.parse_article(spell(f"{masthead}\n{_SEED_HEAD}\n{_DAY} - ۰۹:۰۰\n\n{_SEED_BODY}"))
    assert article.title == spell(_SEED_HEAD)
    assert "title-uncertain" not in _codes(article)


@pytest.mark.parametrize(
    "head",
    [
        # a real long headline, verbless, over its verb subtitle: fix155's doubt holds, whether
        # it opens with an event's noun or an organisation's word and names the event
        "توزیع دویست هزار اصله نهال جنگلی رایگان میان روستاییان شهرستان‌های استان گیلان",
        "اداره کل منابع طبیعی گیلان در روز درختکاری با دویست هزار اصله نهال جنگلی رایگان",
        "سازمان‌های مردم‌نهاد محیط زیست گیلان و دویست هزار اصله نهال جنگلی رایگان",
    ],
)
def test_long_headline_over_verb_subtitle_still_doubted_neg(head: str) -> None:
    article = jm.parse_article(f"{head}\n{_SEED_HEAD}\n{_DAY} - ۰۹:۰۰\n\n{_SEED_BODY}")
    assert "title-uncertain" in _codes(article)
