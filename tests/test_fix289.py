"""fix289: two of the shapes the fifty-third mutation round found silently wrong on main
(benchmarks/mut53_main_pages.py (b) and (e)). The sentences are written for these tests; the
layouts are an encyclopedia page's (wikibin.ir, real78 #23: a name, a section heading, a
list) and a university's static page (ie.eng.usc.ac.ir, tests/pages 2508: the header's site
name over the page's heading, a three-part <title>)."""

from __future__ import annotations

import jalali_meta as jm

_HISTORY = (
    "تاریخچه\nنخستین پل این رودخانه در دوره صفوی از سنگ و آجر ساخته شد و کاروان ها از روی "
    "آن به شهرهای جنوب می رفتند و سال ها تنها راه گذر بود.\n"
    "در دهه های بعد پل های تازه ای در کنار آن ساخته شد و پل کهنه امروز تنها برای گذر پیاده "
    "به کار می رود و گردشگران بسیاری از آن دیدن می کنند.\n"
)
_LIST = (
    "- پارکینگ خودروهای سواری\n- رستوران و چایخانه سنتی\n- اتاق کودک و سرویس بهداشتی\n"
    "- فروشگاه صنایع دستی محلی\n"
)


def test_name_over_section_heading_and_list_no_lead_is_the_title() -> None:
    article = jm.parse_article(f"مجموعه گردشگری پل کهنه\nامکانات\n{_LIST}{_HISTORY}")
    assert article.title == "مجموعه گردشگری پل کهنه"


def test_name_over_section_heading_and_list_two_word_heading() -> None:
    article = jm.parse_article(f"مجموعه گردشگری پل کهنه\nامکانات رفاهی\n{_LIST}{_HISTORY}")
    assert article.title == "مجموعه گردشگری پل کهنه"


def _static(title_tag: str, header: str) -> str:
    return (
        '<!DOCTYPE html><html dir="rtl" lang="fa"><head><meta charset="utf-8" />'
        f"<title>{title_tag}</title></head><body>"
        f'<header><span class="site-title">{header}</span>'
        '<nav><a href="/">صفحه اصلی</a><a href="/about">درباره ما</a>'
        '<a href="/news">اخبار</a></nav></header>'
        '<main><h2 class="page-title">آشنایی با پژوهشکده گیاهان دارویی</h2>'
        '<div class="page-body">'
        "<p>پژوهشکده گیاهان دارویی با سه گروه پژوهشی کار خود را آغاز کرد و امروز پژوهشگران "
        "آن روی گیاهان بومی کوهستان های شمال کشور کار می کنند.</p>"
        "<p>باغ گیاه شناسی پژوهشکده در دامنه کوه است و دانشجویان هر بهار چند هفته را در آن "
        "به کاشت و نگهداری گیاهان می گذرانند.</p></div></main>"
        "<footer>کلیه حقوق این سایت متعلق به دانشگاه البرز شمالی است.</footer></body></html>"
    )


_URL = "https://herbs.example.ac.ir/fa/page/staticpage"


def test_three_part_title_header_name_inside_the_headline_part() -> None:
    article = jm.parse_html(
        _static(
            "آشنایی با پژوهشکده گیاهان دارویی - گروه زراعت - دانشگاه البرز شمالی",
            "پژوهشکده گیاهان دارویی",
        ),
        url=_URL,
    )
    assert article.title == "آشنایی با پژوهشکده گیاهان دارویی"


def test_near_miss_header_name_not_inside_the_headline_part() -> None:
    # The header prints a name the <title>'s headline part does not hold: the rule says
    # nothing (the record is the one without fix289).
    article = jm.parse_html(
        _static(
            "آشنایی با پژوهشکده گیاهان دارویی - گروه زراعت - دانشگاه البرز شمالی",
            "پایگاه خبری دانشگاه البرز",
        ),
        url=_URL,
    )
    assert article.title != "پژوهشکده گیاهان دارویی"


_BYLINE_POST = (
    "نوشته شده توسط مهتاب کاظمی\n"
    "دیشب باد سردی از سمت کوه وزید و برگ های زرد چنار همه کوچه را پوشاند و بچه ها تا غروب "
    "با آن ها بازی کردند و خانه های کوچک ساختند.\n"
    "صبح که بیدار شدیم برف نازکی روی بام ها نشسته بود و دود بخاری ها آرام بالا می رفت.\n"
)


def _warned(article: jm.Article) -> bool:
    return any(w.code == "title-uncertain" for w in article.warnings)


def test_blog_name_and_motto_sharing_no_words_over_byline_post_title() -> None:
    # The motto repeats none of the name's words (fix275's description test does not take
    # it): the short line over the byline is the post's title, doubted.
    article = jm.parse_article(
        "دفتر شعر و قصه کوهستان\nیادداشت های روزانه از کوه و دره و روستاهای دور\n"
        f"برگ های زرد\n{_BYLINE_POST}"
    )
    assert article.title == "برگ های زرد"
    assert _warned(article)


def test_blog_name_and_motto_with_a_year() -> None:
    article = jm.parse_article(
        "دفتر شعر و قصه کوهستان\nیادداشت های روزانه کوهستان در سال 1402\nبرگ های زرد\n"
        + _BYLINE_POST
    )
    assert article.title == "برگ های زرد"
    assert _warned(article)


def test_near_miss_kicker_and_headline_over_byline_keep_the_headline() -> None:
    # No short line between the headline and the byline: the rule says nothing.
    headline = "باد سرد پاییزی برگ های چنارهای کوچه را ریخت"
    article = jm.parse_article(f"روایت یک روز\n{headline}\n{_BYLINE_POST}")
    assert article.title == headline


_HEADLINE = "آغاز چیدن انار در باغ های شهرستان ساوه"
_LEAD = (
    "مدیر جهاد کشاورزی ساوه گفت: چیدن انار از امروز در بیش از دو هزار هکتار از باغ های این "
    "شهرستان آغاز شد و تا پایان مهر ادامه دارد."
)
_SECOND = (
    "وی افزود: پیش بینی می شود امسال به دلیل سرمای کمتر بهاری محصول بیشتری نسبت به سال "
    "گذشته چیده شود.\n"
)


def test_gapped_date_before_a_quoted_lead() -> None:
    article = jm.parse_article(f"{_HEADLINE}\n\n۰۹:۴۰ – ۲۰ مهر ۱۴۰۲   «{_LEAD}»\n{_SECOND}")
    assert article.published is not None
    assert article.published.jalali_date == (1402, 7, 20)
    assert getattr(article.published.gregorian, "hour", None) == 9
    assert article.title == _HEADLINE


def test_gapped_date_before_a_lead_opening_with_a_number() -> None:
    lead = "۱۲۰ هزار تن انار امسال از باغ های ساوه چیده می شود و بیشتر آن به بازارهای کشور می رود."
    article = jm.parse_article(f"{_HEADLINE}\n\n۰۹:۴۰ – ۲۰ مهر ۱۴۰۲   {lead}\n{_SECOND}")
    assert article.published is not None
    assert article.published.jalali_date == (1402, 7, 20)


def test_near_miss_date_and_meta_row_after_the_gap_keep_time_and_number() -> None:
    # «DATE    ۱۵:۵۰ کد خبر : N»: a meta row after the gap (a digit first, no running text):
    # the time is the date's and the number is read, as before fix289.
    article = jm.parse_article(
        f"{_HEADLINE}\n\n۲۰ مهر ۱۴۰۲   ۱۵:۵۰ کد خبر : ۱۲۳۴۵\n{_LEAD}\n{_SECOND}"
    )
    assert article.published is not None
    assert article.published.jalali_date == (1402, 7, 20)
    assert getattr(article.published.gregorian, "hour", None) == 15
    assert article.number == "12345"
