"""Numbers and dates found with the seventeenth blind batch (tests/pages 980-999).

Each rule has a positive and a negative case; every positive case failed before its change
(code b27bf1e), every negative case passes on both. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

import jalali_meta as jm

TEHRAN = dt.timezone(dt.timedelta(hours=3, minutes=30))
HEADLINE = "بازار میوه شب عید با کمبود عرضه روبه‌رو شد"
LEAD = (
    "رئیس اتحادیه میوه‌فروشان گفت: عرضه سیب و پرتقال در میدان مرکزی شهر کمتر از پارسال است و "
    "قیمت‌ها در روزهای پایانی سال بالا رفته است."
)
BODY = (
    "او افزود: باغداران بخشی از محصول را به انبارهای سرد سپرده‌اند و تا پایان ماه آن را به بازار "
    "نمی‌آورند؛ این کار فاصله قیمت میدان و مغازه را بیشتر کرده است."
)


def _codes(article: jm.Article) -> set[str]:
    return {w.code for w in article.warnings}


# -- a visit's clock over the article's own date line (_article._banner) --------------------


def _clock_page(clock: str) -> str:
    return f"{clock}\n5512 اقتصادی 1403/03/15 - 18:40\n\n{HEADLINE}\n\n{LEAD}\n\n{BODY}\n"


def test_visit_clock_later_than_the_date_line_under_it_is_chrome() -> None:
    art = jm.parse_article(_clock_page("سه‌شنبه، 22 خرداد 1403 09:10"))
    assert art.published is not None
    assert art.published.jalali_date == (1403, 3, 15)
    assert art.published.gregorian == dt.datetime(2024, 6, 4, 18, 40, tzinfo=TEHRAN)
    assert "published-conflict" not in _codes(art)


def test_weekday_clock_earlier_than_the_date_line_under_it_is_not_dropped() -> None:
    # The upper line is the earlier one: not a visit (a visit follows the publication).
    art = jm.parse_article(_clock_page("سه‌شنبه، 8 خرداد 1403 09:10"))
    assert art.published is not None
    assert art.published.jalali_date == (1403, 3, 8)
    assert "published-conflict" in _codes(art)


# -- a header date without its year, a body's date of another day (_article._resolve) -------


def _yearless_page(header: str, footer: str) -> str:
    return (
        f"{HEADLINE}\n{header}\n\n{LEAD}\n\n{BODY}\n\nبرنامه تازه بازار روز:\n\n"
        f"{footer}\nغرفه‌های میوه از ساعت 8 باز است\n"
    )


def test_yearless_header_date_refuses_a_body_date_of_another_day() -> None:
    art = jm.parse_article(_yearless_page("دوشنبه 14 مهر (10:30)", "سه‌شنبه 15/7/92"))
    assert art.published is None
    conflicts = [w for w in art.warnings if w.code == "published-conflict"]
    assert conflicts
    assert "دوشنبه 14 مهر (10:30)" in conflicts[0].message


def test_body_date_of_the_same_day_as_the_yearless_header_is_kept() -> None:
    art = jm.parse_article(_yearless_page("دوشنبه 14 مهر (10:30)", "دوشنبه 14/7/92"))
    assert art.published is not None
    assert art.published.jalali_date == (1392, 7, 14)


def test_body_date_without_a_yearless_header_is_unchanged() -> None:
    art = jm.parse_article(_yearless_page("گزارش اختصاصی", "سه‌شنبه 15/7/92"))
    assert art.published is not None
    assert art.published.jalali_date == (1392, 7, 15)


# -- hyphen-joined numbers in an .aspx address (_sources.url_number) ------------------------


_SLUG = "%D8%A8%D8%A7%D8%B2%D8%A7%D8%B1-%D9%85%DB%8C%D9%88%D9%87.aspx"


def test_aspx_number_run_gives_its_last_number() -> None:
    for url in (
        f"http://example.ir/12-345-678901/{_SLUG}",  # before the item's name
        "http://example.ir/fa/12-345-678901.aspx",  # the item's segment itself
    ):
        assert jm.parse_article(f"{HEADLINE}\n\n{LEAD}\n", url=url).number == "678901", url


def test_number_runs_that_are_not_an_aspx_item_are_not_read() -> None:
    for url in (
        "http://example.ir/12-345-678901/slug.php",  # another extension
        "http://example.ir/12-345/slug.aspx",  # the last number is short (a section's)
        "http://example.ir/news/1403-03-15/slug.aspx",  # a date
        "http://example.ir/12-14030315/slug.aspx",  # a date code
        "http://example.ir/12-345-678901/more/slug.aspx",  # not next to the item's name
    ):
        assert jm.parse_article(f"{HEADLINE}\n\n{LEAD}\n", url=url).number is None, url


# -- a date box right before the article's container (_html._container) ----------------------


def _html(box: str, after: str = "", head: str = "") -> str:
    return (
        '<html dir="rtl"><body><form>'
        f"{box}"
        f'<div class="story">{head}<h1>{HEADLINE}</h1><p>{LEAD}</p><p>{BODY}</p></div>'
        f"{after}</form></body></html>"
    )


_BOX = '<div class="header"><a href="/">example.ir</a><span>دوشنبه 14 آبان 1397</span></div>'


def test_date_box_right_before_the_container_is_read() -> None:
    art = jm.parse_html(_html(_BOX))
    assert art.published is not None
    assert art.published.jalali_date == (1397, 8, 14)


def test_top_bar_before_the_container_is_not_read() -> None:
    bar = '<div class="topbar"><span>دوشنبه 14 آبان 1397</span></div>'
    assert jm.parse_html(_html(bar)).published is None


def test_date_box_is_not_taken_in_when_the_container_has_its_own_date() -> None:
    art = jm.parse_html(_html(_BOX, head="<div>شنبه 12 آبان 1397 - 10:00</div>"))
    assert art.published is not None
    assert art.published.jalali_date == (1397, 8, 12)


def test_date_box_is_not_taken_in_when_more_follows_the_container() -> None:
    aside = "<div><h3>پربازدیدها</h3><p>یک خبر دیگر</p></div>"
    assert jm.parse_html(_html(_BOX, after=aside)).published is None


def test_date_box_naming_another_story_is_not_taken_in() -> None:
    teaser = (
        '<div class="box"><a href="/n/2">بارش برف راه‌های کوهستانی استان را بست</a>'
        "<span>دوشنبه 14 آبان 1397</span></div>"
    )
    assert jm.parse_html(_html(teaser)).published is None
