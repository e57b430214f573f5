"""fix78: blind batch 35's failures (tests/pages 1280-1295).

The layouts are real pages' (named by each test); the headlines and paragraphs are ours.
"""

from __future__ import annotations

import datetime

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

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
    article = jm.parse_article(f"{HEADLINE}\n{line}\n\n{BODY}\n{MORE}\n")
    assert not [f for f in article.fields if f.name in ("published", "number")]
    assert article.number is None


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


# -- 3. A headline ending with «!» over the lead that restates it ----------------------------
# keu.edu.af's Pashto news items print the headline alone over the body, ending with «!»
# (jomhornews.com and asrkhabar.com end headlines so too); a longer headline of ten words or
# more reads as a sentence, so only the lead that restates it tells it is the headline.

EXCLAIMED = "نشست کمیته پژوهشی دانشگاه فرهنگیان کابل با حضور استادان و رئیسان دانشکده‌ها برگزار شد!"
RESTATING = (
    "روز چهارشنبه نشست کمیته پژوهشی دانشگاه فرهنگیان کابل با حضور معاون علمی، رئیسان "
    "دانشکده‌ها و استادان عضو کمیته برگزار شد و درباره طرح‌های پژوهشی سال آینده گفت‌وگو کرد."
)
NEXT = (
    "در این نشست چاپ شماره تازه مجله علمی دانشگاه و خرید کتاب‌های تازه برای کتابخانه "
    "تصویب شد و نشست با دعای خیر به پایان رسید."
)


@pytest.mark.parametrize("url", [None, "https://uni.example.af/ps/news-slug-unrelated"])
def test_an_exclaimed_headline_over_its_restating_lead_is_the_title(url: str | None) -> None:
    article = jm.parse_article(f"{EXCLAIMED}\n\n{RESTATING}\n{NEXT}\n", url=url)
    assert article.title == EXCLAIMED
    assert article.lead == RESTATING


def test_an_exclaimed_first_sentence_over_more_text_is_no_title() -> None:
    # A post's first sentence ends with «!» and the next paragraph goes on with other words.
    first = "امروز می‌خواهم درباره یکی از بهترین کتاب‌هایی که امسال خوانده‌ام برایتان بنویسم!"
    text = f"{first}\n\n{BODY}\n{MORE}\n"
    assert jm.parse_article(text).title != first


def test_an_exclaimed_line_with_a_comma_is_no_headline() -> None:
    first = "نشست کمیته پژوهشی دانشگاه فرهنگیان کابل، با حضور استادان و رئیسان دانشکده‌ها برگزار شد!"
    text = f"{first}\n\n{RESTATING}\n{NEXT}\n"
    assert jm.parse_article(text).title != first


# -- 4. A name run on after the headline's verb ----------------------------------------------
# The «پیام» network (fars-online.ir, payamesepahan.ir) prints the relayed item's source after
# the headline on the same line: «... خبر داد بنیاد شهید و امور ایثارگران». Where the headline
# ends the text does not say: the title is kept and doubted.

GLUED = "مدیرکل میراث فرهنگی استان از مرمت 14 بنای تاریخی خبر داد اداره کل میراث فرهنگی"


def test_a_name_after_the_headlines_verb_makes_the_title_uncertain() -> None:
    text = f"پیام یزد\n\nآخرين مطالب\n\n{GLUED}\n\n  بزرگنمايي:\n\n{BODY}\n{MORE}\n"
    article = jm.parse_article(text)
    assert article.title == GLUED
    assert "title-uncertain" in warning_codes(article)


@pytest.mark.parametrize(
    "headline",
    [
        # The verb ends the headline.
        "مدیرکل میراث فرهنگی استان از مرمت 14 بنای تاریخی خبر داد",
        # What follows the verb is joined to it (a conjunction, a preposition, another verb).
        "نمایشگاه صنعت فولاد گشایش یافت و تا پایان هفته ادامه دارد",
        "نشست شورای شهر برگزار شد در سالن اجتماعات شهرداری",
        # A part set apart by a mark.
        "مرمت 14 بنای تاریخی آغاز شد؛ اداره کل میراث فرهنگی",
        # «گفت‌وگو» is no verb of saying.
        "برنامه‌های تازه برای موزه‌های کشور در گفت‌وگو با مدیرکل امور موزه‌ها",
    ],
)
def test_a_headline_ending_with_its_verb_or_joined_after_it_is_not_doubted(headline: str) -> None:
    article = jm.parse_article(f"{headline}\n\n{BODY}\n{MORE}\n")
    assert article.title == headline
    assert "title-uncertain" not in warning_codes(article)


def test_a_clause_after_the_verb_is_no_glued_name() -> None:
    # (real22 #30, jajin.ir) «... بود» then a modal clause whose verb lost its ZWNJ.
    headline = "اگر قرار بر رقابت بود باید کیفیت نان بهبود مییافت"
    article = jm.parse_article(f"{headline}\n\n{BODY}\n{MORE}\n")
    assert article.title == headline
    assert "title-uncertain" not in warning_codes(article)
