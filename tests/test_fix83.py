"""fix83: a page written in Urdu prints Pakistan's clock (UTC+05:00) or India's (UTC+05:30)
and does not say which; a time it prints without a zone is not read on Tehran's clock, nor
on Kabul's (a Dari spelling of a Gregorian month, «اپریل»): the day is kept, date only, warned.

The layouts are real Urdu sites' (abparanama.com: a weekday, day, month, year with «ء» and the
time under the headline; wujood.com and urdupoint.com: the same line without a time); the
headlines and paragraphs are ours.
"""

from __future__ import annotations

import datetime as dt

import pytest

import jalali_meta as jm

URDU_HEADLINE = "ملک کے کئی شہروں میں بارش کا نیا سلسلہ شروع ہو گیا"
URDU_LEAD = (
    "محکمہ موسمیات نے بتایا ہے کہ آئندہ تین دنوں میں ملک کے بیشتر حصوں میں بارش ہوگی "
    "اور پہاڑی علاقوں میں برف باری کا امکان ہے، شہری غیر ضروری سفر سے گریز کریں۔"
)


def _urdu_page(date_line: str) -> str:
    return f"{URDU_HEADLINE}\n\n{date_line}\n\n{URDU_LEAD}"


def _codes(record: jm.Article) -> list[str]:
    return [warning.code for warning in record.warnings]


@pytest.mark.parametrize(
    ("date_line", "day"),
    [
        # «اپریل» is the Dari spelling too: the time was read on Kabul's clock.
        ("جمعرات 09 اپریل 2023ء 10:30", dt.date(2023, 4, 9)),
        # «مارچ»: the time was read on Tehran's clock.
        ("جمعرات 09 مارچ 2023ء 10:30", dt.date(2023, 3, 9)),
        ("2023-03-09 10:30", dt.date(2023, 3, 9)),
    ],
)
def test_an_urdu_pages_time_without_a_zone_keeps_its_day_only_warned(
    date_line: str, day: dt.date
) -> None:
    record = jm.parse_article(_urdu_page(date_line))
    assert record.published is not None
    assert record.published.gregorian == day
    assert not record.published.has_time
    unread = [w for w in record.warnings if w.code == "zone-unread"]
    assert len(unread) == 1
    assert "Urdu" in unread[0].message


def test_strict_mode_raises_on_an_urdu_pages_unprinted_clock() -> None:
    with pytest.raises(jm.DateError, match="Urdu"):
        jm.parse_article(_urdu_page("جمعرات 09 اپریل 2023ء 10:30"), strict=True)


def test_an_urdu_pages_time_with_its_offset_printed_is_kept() -> None:
    record = jm.parse_article(_urdu_page("2023-03-09 10:30 +05:00"))
    assert record.published is not None
    assert record.published.has_time
    expected = dt.datetime(2023, 3, 9, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    assert record.published.gregorian == expected
    assert "zone-unread" not in _codes(record)


def test_an_urdu_pages_time_with_its_zone_named_is_kept() -> None:
    record = jm.parse_article(_urdu_page("2023-03-09 10:30 Asia/Karachi"))
    assert record.published is not None
    assert isinstance(record.published.gregorian, dt.datetime)
    assert record.published.gregorian.utcoffset() == dt.timedelta(hours=5)
    assert "zone-unread" not in _codes(record)


def test_an_urdu_page_with_a_day_only_needs_no_warning() -> None:
    # wujood.com, urdupoint.com: «جمعرات 08 فروری 2018» under the headline, no time.
    record = jm.parse_article(_urdu_page("جمعرات 09 مارچ 2023ء"))
    assert record.published is not None
    assert record.published.gregorian == dt.date(2023, 3, 9)
    assert "zone-unread" not in _codes(record)


# -- Near misses: pages in other languages of the same script --


def test_a_persian_page_quoting_an_urdu_headline_keeps_tehrans_clock() -> None:
    text = (
        "آغاز بارش‌های تازه در پاکستان\n\n۲۰ فروردین ۱۴۰۲ - ۱۰:۳۰\n\n"
        # The quoted Urdu headline writes ں and ے three times: a quote, not the page's language.
        "به گزارش خبرنگار ما، یک روزنامه پاکستانی با تیتر «شہروں میں بارش کا نیا سلسلہ شروع ہو گیا ہے» از آغاز "
        "بارندگی در اسلام آباد خبر داد و سازمان هواشناسی این کشور از بارش در بیشتر مناطق "
        "تا پایان هفته گفت."
    )
    record = jm.parse_article(text)
    assert record.published is not None
    stamp = record.published.gregorian
    assert isinstance(stamp, dt.datetime)
    assert stamp.replace(tzinfo=None) == dt.datetime(2023, 4, 9, 10, 30)
    assert stamp.utcoffset() == dt.timedelta(hours=3, minutes=30)  # Tehran's (no summer time)
    assert "zone-unread" not in _codes(record)


def test_a_pashto_page_keeps_kabuls_clock() -> None:
    # Pashto writes ټ ډ ړ (other letters than Urdu's ٹ ڈ ڑ) and no ے.
    text = (
        "د هېواد په ډېرو سیمو کې نوی باران پیل شو\n\n09 اپریل 2023 10:30\n\n"
        "د هواپېژندنې ریاست ویلي چې په راتلونکو ورځو کې به په ډېرو سیمو کې ګڼ باران اوري "
        "او ځینې سړکونه به د ټولو لپاره وتړل شي."
    )
    record = jm.parse_article(text)
    assert record.published is not None
    stamp = record.published.gregorian
    assert isinstance(stamp, dt.datetime)
    assert stamp.replace(tzinfo=None) == dt.datetime(2023, 4, 9, 10, 30)
    assert stamp.utcoffset() == dt.timedelta(hours=4, minutes=30)  # Kabul's
    assert "zone-unread" not in _codes(record)


def test_a_kurdish_sorani_page_is_not_read_as_urdu() -> None:
    # Sorani shares ھ and ە with Urdu, and writes ڕ (not Urdu's ڑ).
    text = (
        "بارانێکی نوێ لە هەرێمەکەدا دەستی پێکرد\n\n2023-04-09 10:30\n\n"
        "بەڕێوەبەرایەتی کەشناسی ڕایگەیاند کە لە چەند ڕۆژی داهاتوودا باران لە زۆربەی "
        "ناوچەکاندا دەبارێت و شەقامەکان لە هەندێک شوێن دادەخرێن."
    )
    record = jm.parse_article(text)
    assert record.published is not None
    assert record.published.has_time
    assert "zone-unread" not in _codes(record)


def test_a_jalali_date_on_an_urdu_page_keeps_tehrans_clock() -> None:
    """Only a Gregorian time is asked: a Jalali date and time on an Urdu page is an Iranian
    service's (an Urdu desk of an Iranian agency), printed on Tehran's clock."""
    record = jm.parse_article(_urdu_page("۱۴۰۲/۰۱/۲۰ - ۱۰:۳۰"))
    assert record.published is not None
    assert record.published.gregorian == dt.datetime(
        2023, 4, 9, 10, 30, tzinfo=record.published.gregorian.tzinfo
    )
    assert record.published.gregorian.utcoffset() == dt.timedelta(hours=3, minutes=30)
    assert "zone-unread" not in _codes(record)
