"""fix147: blind61's finding (tests/pages 1810) and real48's (#2, #3).

1. A headline glued to its lead's relay opening, no space or break between («HEADLINEبه گزارش
   SITE، LEAD ...», a municipal news site's item): the line is cut where «به گزارش» is glued
   on, and the part before it is the headline.
2. A first line holding the site's Persian name and its Latin domain («NAME name.com»): the
   site's masthead, never a headline.
3. A Gregorian day glued to the end of a post's slug («/<slug>-2017-04-30/»): the address's
   day, used on a page that prints no date (``published-from-url``), as a date path is.

Texts written for these tests (the shapes from tests/pages 1810 and real48, not their sentences).
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

import jalali_meta as jm

_HEADLINE = "افتتاح کتابخانه عمومی جدید در محله شهرک گلستان با حضور شهردار"
_RELAY_LEAD = (
    "به گزارش روابط عمومی شهرداری، کتابخانه عمومی محله شهرک گلستان با ظرفیت دویست نفر "
    "صبح امروز با حضور شهردار و اعضای شورای شهر گشایش یافت."
)
_BODY = (
    "\n\nاین کتابخانه در دو طبقه ساخته شده و بخش ویژه کودکان و نوجوانان نیز دارد.\n\n"
    "هزینه ساخت این کتابخانه از محل اعتبارات عمرانی شهرداری تأمین شده است.\n"
)


def test_headline_glued_to_relay_is_cut() -> None:
    record = jm.parse_article(_HEADLINE + _RELAY_LEAD + _BODY)
    assert record.title == _HEADLINE


def test_headline_glued_to_relay_is_cut_with_address() -> None:
    record = jm.parse_article(_HEADLINE + _RELAY_LEAD + _BODY, url="http://shahr.example.ir/p/")
    assert record.title == _HEADLINE


@pytest.mark.parametrize(
    "first",
    [
        # -neg: the relay after a comma inside a sentence, glued: no headline before it
        "کتابخانه عمومی محله شهرک گلستان با ظرفیت دویست نفر گشایش یافت،" + _RELAY_LEAD,
        # -neg: a line opening with the relay: a lead, not cut
        _RELAY_LEAD,
        # -neg: the relay after a space: a sentence's own words, the line left whole
        "کتابخانه عمومی محله شهرک گلستان که " + _RELAY_LEAD,
    ],
)
def test_relay_not_glued_to_a_headline_is_no_title(first: str) -> None:
    record = jm.parse_article(first + _BODY)
    assert record.title is None or not record.title.startswith("کتابخانه عمومی محله")


_MASTHEAD_LEAD = (
    "تیم ملی والیبال بانوان در دیداری نزدیک میزبان خود را در سه ست شکست داد.\n"
    "به گزارش خبرنگار ورزشی، این دیدار در سالن اصلی مجموعه ورزشی برگزار شد و تماشاگران "
    "زیادی برای دیدن آن آمده بودند.\n\n"
    "سرمربی تیم پس از بازی از تلاش بازیکنان قدردانی کرد و گفت تیم برای دیدار بعدی آماده است.\n"
)


@pytest.mark.parametrize(
    "masthead", ["خبرگزاری ورزش ایران varzeshiran.com", "varzeshiran.ir - ورزش ایران"]
)
@pytest.mark.parametrize("url", [None, "https://varzeshiran.example.com/fa/news/4417/x"])
def test_site_name_and_domain_is_no_headline(masthead: str, url: str | None) -> None:
    record = jm.parse_article(masthead + "\n\n" + _MASTHEAD_LEAD, url=url)
    assert record.title != masthead
    assert record.title is None or "title-uncertain" in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "headline",
    [
        "دسترسی به سایت digikala.com برای کاربران خارج از کشور محدود شد",
        "varzeshiran.com ده ساله شد",  # the domain and a short verb phrase
    ],
)
def test_headline_naming_a_domain_in_a_sentence_stays(headline: str) -> None:
    # -neg: a headline that mentions a domain beside its verb is the headline
    record = jm.parse_article(headline + "\n\n" + _MASTHEAD_LEAD)
    assert record.title == headline


_SLUG_PAGE = (
    "هشدار آبگرفتگی معابر در شش استان کشور\n\n"
    "سازمان هواشناسی با صدور هشداری از احتمال آبگرفتگی معابر و طغیان رودخانه‌های فصلی در "
    "شش استان کشور خبر داد و از مردم خواست از سفرهای غیرضروری پرهیز کنند.\n"
)
_SLUG = "هشدار-آبگرفتگی-معابر-در-شش-استان-کشور"


@pytest.mark.parametrize("glue", ["-", ""])
def test_day_glued_to_slug_is_published_from_url(glue: str) -> None:
    url = "http://varzesh.example.ir/" + quote(_SLUG + glue + "2017-04-30") + "/"
    record = jm.parse_article(_SLUG_PAGE, url=url)
    assert record.published is not None
    assert record.published.gregorian.isoformat() == "2017-04-30"
    assert "published-from-url" in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "tail",
    [
        "-2017",  # -neg: a year alone
        "-v2-1-3",  # -neg: a version number
        "-v2-2017-04-30",  # -neg: digits before the day
        "-2099-04-30",  # -neg: a day in the future
    ],
)
def test_slug_without_a_glued_day_gives_none(tail: str) -> None:
    url = "http://varzesh.example.ir/" + quote(_SLUG + tail) + "/"
    assert jm.parse_article(_SLUG_PAGE, url=url).published is None


def test_day_glued_to_slug_yields_to_a_printed_date() -> None:
    # -neg: the page prints its own date: that one wins
    url = "http://varzesh.example.ir/" + quote(_SLUG + "-2017-04-30") + "/"
    text = _SLUG_PAGE.replace("\n\n", "\n\nتاریخ انتشار: ۱۳۹۶/۰۲/۰۸\n\n", 1)
    record = jm.parse_article(text, url=url)
    assert record.published is not None
    assert record.published.gregorian.isoformat() == "2017-04-28"
