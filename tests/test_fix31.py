"""Titles silently wrong on real pages (fix31, issue #16).

A page that prints no headline of its own, only its site's name as a link to the home page
(a masthead's brand), keeps its headline in <title> alone. Our own wording throughout.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes as _codes

import jalali_meta as jm

_STORY = (
    "<p>فرماندار شهرستان از آغاز طرح بازسازی بازار قدیمی خبر داد و گفت: کار ساخت در دو "
    "مرحله انجام می‌شود و بازاریان تا پایان سال به مغازه‌های تازه باز می‌گردند.</p>"
)
_HEADLINE = "بازسازی بازار قدیمی شهر در دو مرحله آغاز شد"


def _page(title: str, brand_href: str, heading: str = "") -> str:
    return (
        f'<html lang="fa"><head><title>{title}</title></head><body>'
        f'<header><a class="brand" href="{brand_href}">خبرنامه شهر</a>'
        '<nav><a href="/news">اخبار</a><a href="/about">درباره ما</a></nav></header>'
        f"<main><article>{heading}<div class='date'>۱۴۰۲/۰۳/۱۵</div>{_STORY}</article></main>"
        "</body></html>"
    )


def test_brand_linking_home_is_not_the_title_title_tag_fills_the_gap() -> None:
    url = "https://shahr.example.ir/news/123"
    for href in (
        "/",
        "./",
        "/index.php",
        "https://shahr.example.ir/",
        "https://www.shahr.example.ir",
    ):
        art = jm.parse_html(_page(_HEADLINE, href), url=url)
        assert art.title == _HEADLINE, href


def test_brand_linking_home_and_a_short_title_tag_gives_no_title_with_a_warning() -> None:
    art = jm.parse_html(_page("خبرنامه", "/"), url="https://shahr.example.ir/news/123")
    assert art.title is None
    assert "title-uncertain" in _codes(art)


def test_a_line_linking_elsewhere_stays_the_title() -> None:
    # The same line linking to a section (or to another site's home) is not the site's name.
    for href, url in (
        ("/news", "https://shahr.example.ir/news/123"),
        ("https://other.example.com/", "https://shahr.example.ir/news/123"),
        ("/?p=12", "https://shahr.example.ir/news/123"),
        ("", "https://shahr.example.ir/news/123"),
    ):
        art = jm.parse_html(_page(_HEADLINE, href), url=url)
        assert art.title == "خبرنامه شهر", href


# 2. A sentence bidding the reader, ended by its period, over a digest's items.

_DIGEST = (
    "7:30 – باران و سیلاب به زمین‌های کشاورزی و راه‌های روستایی جنوب استان خسارت زد. / ایرنا\n"
    "8:41 – شهردار از نام‌گذاری میدان تازه شهر به نام یکی از شهیدان خبر داد. / مهر\n"
)


def test_an_invitation_sentence_is_no_title() -> None:
    for line in (
        "مهم‌ترین خبرهای امروز شهر را اینجا بخوانید.",
        "گزارش تصویری این مراسم را ببینید.",
        "گفتگوی کامل را در ادامه بشنوید.",
    ):
        for url in (None, "https://shahr.example.ir/special/digest-6"):
            art = jm.parse_article(f"{line}\n{_DIGEST}", url=url)
            assert art.title is None, line
            assert "title-uncertain" in _codes(art)


def test_near_misses_of_an_invitation_keep_their_title() -> None:
    for line in (
        # no period: a headline in the imperative («... را بخوانید» as a column's name)
        "مهم‌ترین خبرهای امروز شهر را اینجا بخوانید",
        # a noun of the same shape
        "برنامه سفر استاندار به شهرستان و بازدید.",
    ):
        art = jm.parse_article(f"{line}\n{_DIGEST}")
        assert art.title == line, line


# 3. Running text cut into lines by the layout: a sentence ends inside the line.

_FORUM = (
    "نام کاربری : رمز عبور :\n\n"
    "ارسال‌ها : ۱۵۰\n"
    "محل زندگی: تهران\n\n"
    "راهنمای سایت\n"
    "صفحه شخصی کاربران چیست؟\n\n"
    "{first}\n"
    "{second}\n"
)


def test_a_line_cut_from_running_text_is_a_doubted_title() -> None:
    text = _FORUM.format(
        first="هر عضو انجمن یک صفحه شخصی برای نمایش دارد. این صفحه شامل داده‌های",
        second="کاربر است که هنگام نام‌نویسی یا بعدها در تنظیمات پر کرده است.",
    )
    for url in (None, "http://forum.example.ir/forum/post/522"):
        # The line stays, warned: taking it away would let the member's join date (read
        # from the top) stand as the page's.
        art = jm.parse_article(text, url=url)
        assert "title-uncertain" in _codes(art)


@pytest.mark.parametrize(
    "headline",
    [
        # a headline of two short sentences over its lead
        "استقلال برد. پرسپولیس باخت",
        # an initial before the period, not a sentence's end
        "گفت‌وگو با ع. پاشایی درباره کتاب تازه او و سال‌های نوشتن در شهر",
    ],
)
def test_headlines_with_a_period_inside_keep_their_title(headline: str) -> None:
    lead = (
        "در هفته بیستم لیگ برتر فوتبال، استقلال در ورزشگاه آزادی با دو گل از سد حریف گذشت "
        "و پرسپولیس در بازی خارج از خانه با یک گل شکست خورد و از صدر جدول پایین آمد."
    )
    text = f"{headline}\n{lead}\n"
    assert jm.parse_article(text).title == headline


# 4. A blog's name in <title>, printed over the post and again in the sidebar below it.

_POST = (
    "چند هفته پیش به دیدن خانواده به روستا رفتم. مدرسه‌ای که سال گذشته وعده ساختنش داده "
    "شده بود حالا دیوار و سقف دارد و شاگردان در دو نوبت درس می‌خوانند ولی هنوز میز و "
    "نیمکت ندارد."
)


def _blog(sidebar: str) -> str:
    return (
        "<html><head><title>Kooh (کوه)</title></head><body><table><tr><td>"
        "<div class='blogtitle'>Kooh (کوه)</div><div class='date'>۱۳۸۲/۵/۱۵</div>"
        f"<div class='posttitle'><b>{_HEADLINE}</b></div><div class='postbody'>{_POST}</div>"
        f"</td><td class='side'>{sidebar}<div><a href='/1382/5/'>۱۳۸۲/۵</a></div></td>"
        "</tr></table></body></html>"
    )


def test_blog_name_printed_again_in_the_sidebar_gives_way_to_the_post_title() -> None:
    art = jm.parse_html(_blog("<div class='sidetitle'>Kooh (کوه)</div>"))
    assert art.title == _HEADLINE


def test_blog_name_printed_once_is_still_named_by_title() -> None:
    # No second copy below the post: nothing says the <title> line is the blog's name.
    art = jm.parse_html(_blog("<div class='sidetitle'>پیوندها</div>"))
    assert art.title == "Kooh (کوه)"


# 5. An Iranian month with its Afghan twin in brackets, glued to the year.


@pytest.mark.parametrize(
    "line",
    ["۲۳ بهمن(دلو)۱۴۰۰-۲۰۲۲/۲/۱۲", "۲۳ بهمن (دلو) ۱۴۰۰", "۲۳ بهمن‌ماه (دلو) ۱۴۰۰"],
)
def test_iranian_month_with_its_afghan_twin_reads(line: str) -> None:
    art = jm.parse_article(f"{_HEADLINE}\n{line}\n{_STORY[3:-4]}\n")
    assert art.published is not None
    assert art.published.gregorian.isoformat() == "2022-02-12"


def test_iranian_month_with_another_months_afghan_name_reads_no_date() -> None:
    # «بهمن(حوت)»: two different months; neither is taken for the other.
    art = jm.parse_article(f"{_HEADLINE}\n۲۳ بهمن(حوت)۱۴۰۰\n{_STORY[3:-4]}\n")
    assert art.published is None


def test_broken_addresses_do_not_stop_the_home_link_rule() -> None:
    # «http://[::1» cannot be split: no host to compare, the link skipped, no error.
    page = _page(_HEADLINE, "http://[::1")
    assert jm.parse_html(page, url="http://[::1").title == "خبرنامه شهر"
    assert jm.parse_html(_page(_HEADLINE, "/"), url="http://[::1").title == _HEADLINE
