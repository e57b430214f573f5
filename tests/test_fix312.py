"""fix312: conf34's pending cases (docs/conformance.md «The peers added in conf34»).

1. A page's published or updated day printed in the Jalali calendar before 1304, after
   Farvardin, is converted as today's calendar counts it (the 1304 law's 31- and 30-day months
   from the right Nowruz) and warned ``calendar-before-1304``: the almanac of its time began a
   month when the sun entered its sign, so the same printed day may be one earlier or later
   (roozbehp/persiancalendar's Najmabadi almanac: the first of Mordad 1230 was 1851-07-24).
2. A lunar date with the Arabic words around its month and year («شهر»/«من شهر» before the
   month, «عام»/«من عام» before the year) and Arabic's hamza spelling «جمادى الأول» is read as
   the lunar date, as «۲۶ محرم سال ۱۴۴۳» is (TRoboto/Maha's tests).

The sentences are ours; the shapes and values are the peers' (tests/conformance).
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

LEAD = "\nلید خبر در یک جمله نوشته شده است.\n"


def _codes(article: jm.Article) -> list[str]:
    return [w.code for w in article.warnings]


# -- 1. Jalali days before the month law of 1304 ------------------------------------------------


def test_published_before_1304_is_warned_with_the_proleptic_day() -> None:
    """The first of Mordad 1230: today's count gives 1851-07-23 (kept), the almanac 1851-07-24."""
    article = jm.parse_article("عنوان خبر\nتاریخ انتشار: ۱ مرداد ۱۲۳۰" + LEAD)
    assert article.published is not None
    assert article.published.isoformat() == "1851-07-23"
    assert _codes(article) == ["calendar-before-1304"]
    message = article.warnings[0].message
    assert "1851-07-23" in message
    assert "one day earlier or later" in message
    assert article.warnings[0].span == article.spans["published"]


def test_updated_before_1304_is_warned() -> None:
    article = jm.parse_article("عنوان خبر\nتاریخ بروزرسانی: ۲۰ آذر ۱۲۹۰" + LEAD)
    assert article.updated is not None
    assert article.updated.jalali_date == (1290, 9, 20)
    assert _codes(article) == ["calendar-before-1304"]


def test_strict_mode_keeps_the_value_and_the_warning() -> None:
    """A documented conversion, not a fault: strict mode returns the same record."""
    text = "عنوان خبر\nتاریخ انتشار: ۱ مرداد ۱۲۳۰" + LEAD
    assert jm.parse_article(text, strict=True) == jm.parse_article(text)


def test_html_page_before_1304_is_warned() -> None:
    page = (
        '<html lang="fa"><body><h1>عنوان خبر</h1><div>تاریخ انتشار: ۱۵ اسفند ۱۳۰۰</div>'
        "<p>لید خبر در یک جمله نوشته شده است.</p></body></html>"
    )
    article = jm.parse_html(page)
    assert article.published is not None
    assert article.published.jalali_date == (1300, 12, 15)
    assert "calendar-before-1304" in _codes(article)


@pytest.mark.parametrize(
    "value",
    [
        "۱۰ فروردین ۱۲۳۰",  # Farvardin counts from Nowruz, which is right in every year
        "۱ مرداد ۱۳۰۴",  # the law's first year
        "۱ مرداد ۱۴۰۲",
        "1 August 1900",  # a Gregorian day is itself
    ],
)
def test_no_warning_where_the_day_is_sure(value: str) -> None:
    article = jm.parse_article(f"عنوان خبر\nتاریخ انتشار: {value}" + LEAD)
    assert article.published is not None
    assert "calendar-before-1304" not in _codes(article)


def test_a_date_before_1304_in_the_body_is_not_warned() -> None:
    """A writer of today recalling a day of history means today's count: no warning."""
    article = jm.parse_article(
        "عنوان خبر\nتاریخ انتشار: ۱ مرداد ۱۴۰۲\nلید خبر که از روز ۱ مرداد ۱۲۳۰ یاد می‌کند.\n"
    )
    assert article.published is not None
    assert article.published.isoformat() == "2023-07-23"
    assert [m.text for m in article.mentions] == ["۱ مرداد ۱۲۳۰"]
    assert _codes(article) == []


def test_parse_datetime_converts_proleptically() -> None:
    """parse_datetime gives the day today's calendars give (jdatetime's), unchanged."""
    assert jm.parse_datetime("۱ مرداد ۱۲۳۰").isoformat() == "1851-07-23"


# -- 2. Lunar dates with Arabic words around the month and year --------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("10 شهر جمادى الأول من عام 1400 ", (1400, 5, 10)),
        ("26 من شهر محرم من عام 1443", (1443, 1, 26)),
        ("۲۶ محرم عام ۱۴۴۳", (1443, 1, 26)),
        ("۳ شهر رمضان ۱۴۴۵", (1445, 9, 3)),
        ("10 جمادى الأول 1400", (1400, 5, 10)),
    ],
)
def test_lunar_date_with_arabic_words_is_read(text: str, day: tuple[int, int, int]) -> None:
    found = jm.find_dates(text, hijri=True)
    assert len(found) == 1
    assert isinstance(found[0], jm.HijriDate)
    assert found[0].hijri_date == day
    assert found[0].text == text.strip()
    assert jm.find_dates(text) == []  # never read as a solar date


def test_labelled_lunar_date_with_arabic_words_dates_the_page() -> None:
    article = jm.parse_article("عنوان خبر\nتاریخ انتشار: ۲۶ من شهر محرم من عام ۱۴۴۳" + LEAD)
    assert article.published is not None
    assert article.published.calendar == "hijri"
    assert article.published.text == "۲۶ من شهر محرم من عام ۱۴۴۳"
    assert _codes(article) == ["calendar-lunar"]


@pytest.mark.parametrize(
    "text",
    [
        "من عام 1400",  # a year alone
        "۱۰ شهر مهر من عام ۱۴۰۰",  # a Jalali month with the Arabic words
        "۱۰ مهر من عام ۱۴۰۰",
        "۱۰ شهر تهران ۱۴۰۰",  # «شهر» is a city in Persian
        "در ۱۰ شهر محرم برگزار شد",  # no year
    ],
)
def test_near_misses_are_no_date(text: str) -> None:
    assert jm.find_dates(text, hijri=True) == []
