"""fix147: blind61's finding (tests/pages 1810) and real48's (#2).

1. A headline glued to its lead's relay opening, no space or break between («HEADLINEبه گزارش
   SITE، LEAD ...», a municipal news site's item): the line is cut where «به گزارش» is glued
   on, and the part before it is the headline.
2. A Gregorian day glued to the end of a post's slug («/<slug>-2017-04-30/»): the address's
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


# Round 34's mutants (benchmarks/hand_mutants_34.py).


def test_relay_glued_to_a_one_letter_word_is_no_cut() -> None:
    # -neg: «... گشایش یافت وبه گزارش ...»: the glued word is «و» (a missing space in a
    # sentence's own «و به گزارش»), no headline's last word: the line is not cut (mutant 29).
    first = "کتابخانه عمومی محله شهرک گلستان با حضور شهردار و اعضای شورا گشایش یافت و"
    record = jm.parse_article(first + _RELAY_LEAD + _BODY)
    assert record.title != first
