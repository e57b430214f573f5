"""fix168: the sixty-third blind batch's findings (blind66, tests/pages 1900-1915;
docs/evaluation.md «After fix168»): a theme's today banner over its ticker, under the site's
name, on a page printing no headline (the name and the banner were taken, silently); the
same page in HTML, its banner in a «today» box and its headline in <title> only; a headline
ending with a full stop, one comma in it, over the date line with the body right under it;
WordPress's «/%year%/%monthnum%/%day%/%post_id%/%postname%/» address; an ASP page's
«?id=...&lang_id=1».

The positives fail on main 8c4308a0; the near misses (``-neg``) pass on both. The sentences
are written for these tests; the layouts are iran-charity-network.com's (tests/pages 1908,
1909), bamyan.gov.af's (1901), serfanonline.ir's (1904) and naftdaily.com's (1915).
"""

from __future__ import annotations

import datetime as dt

import pytest

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


_GAP = " " * 13
_TICKER = _GAP.join(
    [
        "جشنواره کتاب کودک در سنندج",
        "برگزاری اردوی دانش‌آموزی…",
        "همیاری",
        "راهنمای پرداخت صدقه برخط",
        "پاسخ به پرسش‌های حقوقی خیریه‌ها",
        "افتتاح کارگاه خیاطی بانوان در بیرجند",
        "توزیع ۳۰۰ بسته لوازم التحریر",
    ]
)
_ESSAY = (
    "کسی که بخشی از دارایی خود را برای همیشه به کار نیک می‌سپارد، سال‌ها پس از خود نیز در "
    "زندگی دیگران سهم دارد؛ مدرسه‌ها، کتابخانه‌ها و درمانگاه‌های بسیاری در شهرهای ما از همین "
    "راه ساخته شده‌اند و هنوز هم به مردم خدمت می‌کنند."
)
_SITE = "انجمن مجازی نیکوکاران"
_BANNER = "  •   شنبه ۱۶ بهمن ۱۴۰۰"


def _portal(*top: str) -> str:
    return "\n".join([*top, "", "آخرین اخبار", "", "آخرین همایش ها", "", "0", "", _ESSAY]) + "\n"


# -- 1. the site's name over its today banner over the ticker --------------------------------
def test_name_and_banner_over_a_ticker_are_no_title_and_no_date() -> None:
    """Main gave the site's name as the title and the banner's day as published, silently."""
    article = jm.parse_article(_portal(_SITE, _BANNER, _TICKER))
    assert article.title is None
    assert article.published is None


def test_banner_over_a_ticker_without_a_name_is_no_date_neg() -> None:
    """No site's name over the banner (main read no date either): still none."""
    article = jm.parse_article(_portal(_BANNER, _TICKER))
    assert article.published is None


_HEADLINE = "نیکوکاران ۴۰ کلاس درس در روستاهای کردستان ساختند"


def test_headline_over_a_bulleted_date_is_the_item_s_neg() -> None:
    """A real item date under its headline after a bullet, the lead under it: kept."""
    text = f"{_HEADLINE}\n  •   شنبه ۱۶ بهمن ۱۴۰۰\n{_ESSAY}\n"
    article = jm.parse_article(text)
    assert article.title == _HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1400, 11, 16)


def test_site_name_over_a_real_headline_neg() -> None:
    """The site's name, its banner and ticker over the item's own headline: the headline."""
    text = "\n".join([_SITE, _BANNER, _TICKER, "", _HEADLINE, "", _ESSAY]) + "\n"
    article = jm.parse_article(text)
    assert article.title == _HEADLINE


def test_banner_with_a_time_over_a_ticker_neg() -> None:
    """A date line with its time is not the theme's day banner this rule reads: unchanged."""
    text = _portal(_SITE, "  •   شنبه ۱۶ بهمن ۱۴۰۰ - ۱۰:۳۰", _TICKER)
    assert jm.parse_article(text).title == _SITE


# -- 1b. the same page in HTML: a «today» box, <title> «HEADLINE – SITE», no h1 --------------
_TAG_HEADLINE = "سهم وقف در زندگی شهری امروز"


def _html(title: str, today_class: str = "today", body_first: str = "") -> str:
    ticker = "".join(f'<li><a href="#">{t}</a></li>' for t in _TICKER.split(_GAP))
    return (
        f'<html dir="rtl" lang="fa-IR"><head><meta charset="UTF-8"><title>{title}</title></head>'
        f'<body><div class="top-bar"><div class="site-title">{_SITE}</div>'
        f'<ul class="top-info"><li class="{today_class}">شنبه ۱۶ بهمن ۱۴۰۰</li></ul></div>'
        f'<div class="breaking-news"><div class="ticker"><ul>{ticker}</ul></div></div>'
        '<aside class="sidebar"><h4 class="widget-title">آخرین اخبار</h4></aside>'
        f'<article class="post"><div class="entry-content">{body_first}<p>{_ESSAY}</p></div>'
        "</article></body></html>"
    )


def test_html_title_tag_headline_over_site_name_and_today_box() -> None:
    pytest.importorskip("selectolax")
    article = jm.parse_html(_html(f"{_TAG_HEADLINE} &#8211; {_SITE}"))
    assert article.title == _TAG_HEADLINE
    assert article.published is None


@pytest.mark.parametrize("mark", ["today-date", "date-today", "current-date"])
def test_html_today_box_names_no_date(mark: str) -> None:
    pytest.importorskip("selectolax")
    assert jm.parse_html(_html(f"{_TAG_HEADLINE} &#8211; {_SITE}", mark)).published is None


def test_html_date_box_of_the_item_neg() -> None:
    """A date box whose class names no «today» (the item's own date): still read."""
    pytest.importorskip("selectolax")
    article = jm.parse_html(_html(f"{_TAG_HEADLINE} &#8211; {_SITE}", "post-date"))
    assert article.published is not None
    assert article.published.jalali_date == (1400, 11, 16)


def test_html_headline_printed_in_the_body_neg() -> None:
    """The body prints its own headline: that line, not <title>'s site name, is the title."""
    pytest.importorskip("selectolax")
    first = f"<h2>{_HEADLINE}</h2>"
    article = jm.parse_html(_html(f"{_HEADLINE} &#8211; {_SITE}", body_first=first))
    assert article.title == _HEADLINE


# -- 2. a headline with its full stop and one comma over the date line, the body under it ----
_STOPPED = "با بازگشایی یک پل تازه، رفت و آمد ۴۰۰ خانوار روستایی در زمستان آسان می‌شود."
_BODY = [
    "ساکنان روستاهای این دره تا امروز برای رسیدن به مرکز ولسوالی ناچار بودند از بستر رودخانه "
    "بگذرند که در ماه‌های زمستان بسته می‌شد.",
    "این پل با هزینه یک میلیون و دو صد هزار (1200000) افغانی ساخته شده و امروز از سوی مسئولان "
    "محلی گشایش یافت.",
    "به گفته مسئولان، نگهداری پل به شورای انکشافی روستا سپرده می‌شود.",
]


def test_stopped_headline_with_a_comma_over_the_date_line() -> None:
    """Main gave no title (a comma kept the line from a stopped headline's reading)."""
    text = "\n".join([_STOPPED, "", "دوشنبه، 3 حمل 1398", *_BODY]) + "\n"
    article = jm.parse_article(text)
    assert article.title == _STOPPED
    assert article.published is not None
    assert article.published.gregorian == dt.date(2019, 3, 23)


def test_stopped_lead_with_a_comma_over_date_then_headline_neg() -> None:
    """A lead sentence over the date line and the headline under it: not the title."""
    headline = "پل تازه روستاهای دره گشایش یافت"
    text = "\n".join([_STOPPED, "", "دوشنبه، 3 حمل 1398", "", headline, "", *_BODY]) + "\n"
    assert jm.parse_article(text).title != _STOPPED


def test_stopped_sentence_with_two_commas_neg() -> None:
    """Two commas: a body sentence's shape, never taken by this rule."""
    sentence = "با بازگشایی یک پل تازه، به گفته مسئولان، رفت و آمد روستاییان آسان‌تر می‌شود."
    text = "\n".join([sentence, "", "دوشنبه، 3 حمل 1398", *_BODY]) + "\n"
    assert jm.parse_article(text).title != sentence


# -- 3. WordPress's day, the post's ID, then the slug --------------------------------------
_NO_DATE = f"بخش استانها\n\n{_HEADLINE}\n\n{_ESSAY}\n"


def test_day_path_with_the_post_id_before_the_slug() -> None:
    url = "https://news.example.ir/2021/05/11/73310/%D9%BE%D9%84-%D8%AA%D8%A7%D8%B2%D9%87/"
    article = jm.parse_article(_NO_DATE, url=url)
    assert article.published is not None
    assert article.published.gregorian == dt.date(2021, 5, 11)
    assert "published-from-url" in _codes(article)
    assert article.number == "73310"


def test_day_path_with_the_post_id_ending_the_path() -> None:
    # Decided in the 43rd session (fix265; a near miss before): WordPress builds the path
    # «/%year%/%monthnum%/%day%/%post_id%/» from the post's date whatever the last segment
    # is, so the day before an ID ending the path is the post's, warned.
    article = jm.parse_article(_NO_DATE, url="https://news.example.ir/2021/05/11/73310/")
    assert article.published is not None
    assert article.published.gregorian == dt.date(2021, 5, 11)
    assert "published-from-url" in _codes(article)


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.ir/news/2021/05/11/73310/",  # the ID under a folder
        "https://news.example.ir/2021/05/11/12/34/",  # digits alone
    ],
)
def test_day_path_near_misses_neg(url: str) -> None:
    assert jm.parse_article(_NO_DATE, url=url).published is None


# -- 4. an ASP page's language key beside the item's ID -----------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "http://oil.example.com/detail.asp?id=31870&lang_id=1",
        "http://oil.example.com/detail.asp?lang_id=2&id=31870",
        "http://oil.example.com/detail.aspx?id=31870&language_id=1",
    ],
)
def test_query_id_beside_the_language_key(url: str) -> None:
    assert jm.parse_article(_NO_DATE, url=url).number == "31870"


@pytest.mark.parametrize(
    "url",
    [
        "http://oil.example.com/detail.asp?lang_id=1",  # the language alone
        "http://oil.example.com/detail.asp?id=31870&cid=44",  # an unknown «...id» beside it
    ],
)
def test_query_language_key_alone_neg(url: str) -> None:
    assert jm.parse_article(_NO_DATE, url=url).number is None
