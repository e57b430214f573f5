"""fix280: conformance pending cases of conf29 and conf30 (tests/conformance/pending_conf30.json,
docs/conformance.md «The peers added in conf30»). First a silent wrong hour: a Pashto or Sorani
12-hour mark after a clock (CLDR ps «غ.م.»/«غ.و.», ckb «ب.ن»/«د.ن», as iLib prints them) was
dropped and the clock read as 24-hour (01:45 for 13:45); now the mark is read, and a clock
before a dotted letter mark the grammar does not know is not read (the date is). Then Pashto
dates (سېپتمبر, «د», څلرنۍ), Tajik (Сен, «соати»), an Afghan month after a year and an Arabic
comma, and a weekday after a year-first date, checked against the day. Sentences are ours."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from jalali_meta import DateError, find_dates, parse_article, parse_datetime

TEHRAN = ZoneInfo("Asia/Tehran")


def _wall(text: str) -> str:
    stamp = parse_datetime(text)
    value = stamp.gregorian
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=None).isoformat()


@pytest.mark.parametrize(
    ("text", "wall"),
    [
        ("2021/9/29 1:45 غ.و.", "2021-09-29T13:45:00"),  # Pashto, after noon
        ("2021/9/29 1:45 غ.م.", "2021-09-29T01:45:00"),  # Pashto, before noon
        ("2021/9/29 12:10 غ.م.", "2021-09-29T00:10:00"),  # 12 before noon is 00
        ("۲۰۱۱-۰۹-۲۹ ۱:۴۵ د.ن", "2011-09-29T13:45:00"),  # Sorani, after noon
        ("۲۰۱۱-۰۹-۲۹ ۱۱:۰۵ ب.ن", "2011-09-29T11:05:00"),  # Sorani, before noon
        ("\u200f2021/9/29 \u200f1:45 غ.و.", "2021-09-29T13:45:00"),  # bidi marks as iLib prints
    ],
)
def test_pashto_and_sorani_meridiem_marks_are_read(text: str, wall: str) -> None:
    assert _wall(text) == wall
    found = find_dates(text)
    assert len(found) == 1
    value = found[0].gregorian
    assert isinstance(value, dt.datetime)
    assert value.replace(tzinfo=None).isoformat() == wall


def test_a_24_hour_clock_before_a_before_noon_mark_is_refused() -> None:
    with pytest.raises(DateError):
        parse_datetime("2021/9/29 13:45 غ.م.")


@pytest.mark.parametrize(
    "text",
    [
        "2021/9/29 1:45 x.y.",
        "۱۴۰۲/۰۷/۰۷ ساعت ۱:۴۵ ر.ک.",
        "2021/9/29 1:45 ع.",
    ],
)
def test_a_clock_before_an_unread_dotted_mark_is_not_read(text: str) -> None:
    # Read as 24-hour it would be 01:45 where the mark may say 13:45: the day alone.
    found = find_dates(text)
    assert len(found) == 1
    assert not isinstance(found[0].gregorian, dt.datetime)
    with pytest.raises(DateError):
        parse_datetime(text)


def test_relative_day_with_pashto_mark_and_unread_mark() -> None:
    reference = dt.datetime(2024, 5, 1, 20, 0, tzinfo=TEHRAN)
    read = find_dates("امروز ساعت ۱:۴۵ غ.و.", reference)
    assert [stamp.gregorian for stamp in read] == [dt.datetime(2024, 5, 1, 13, 45, tzinfo=TEHRAN)]
    unread = find_dates("امروز ساعت ۱:۴۵ x.y.", reference)
    assert [stamp.gregorian for stamp in unread] == [dt.date(2024, 5, 1)]


@pytest.mark.parametrize(
    ("text", "wall"),
    [
        # Pashto «د» (of) and «غم» (grief) after a clock are words, not marks: the clock stays.
        ("2021/9/29 1:45 د ننګرهار والي وویل", "2021-09-29T01:45:00"),
        ("۱۴۰۲/۰۷/۰۷ ساعت ۱۳:۴۵ غم و اندوه مردم", "2023-09-29T13:45:00"),
        # An era mark after the time is no unread mark.
        ("۱۴۰۲/۰۱/۰۱ ۱۰:۳۰ ه.ش", "2023-03-21T10:30:00"),
    ],
)
def test_near_misses_keep_the_clock(text: str, wall: str) -> None:
    found = find_dates(text)
    assert found
    value = found[0].gregorian
    assert isinstance(value, dt.datetime)
    assert value.replace(tzinfo=None).isoformat() == wall


HEADLINE = "شورای شهر طرح تازه پارک محله را تصویب کرد"
BODY = (
    "به گزارش خبرنگار ما، اعضای شورای شهر پس از دو جلسه بحث طرح ساخت پارک محله را با اکثریت "
    "آرا تصویب کردند و قرار است کار ساخت از ماه آینده آغاز شود.\n\n"
    "رئیس شورا گفت هزینه طرح از بودجه عمرانی امسال پرداخت می شود و مردم می توانند نظر بدهند."
)


def _page(*meta: str) -> str:
    return "\n".join([HEADLINE, *meta, "", BODY]) + "\n"


def test_page_date_line_with_pashto_pm_mark_reads_the_afternoon() -> None:
    article = parse_article(_page("۱۴۰۲/۰۷/۰۷ ۱:۴۵ غ.و."))
    assert article.published is not None
    assert article.published.isoformat() == "2023-09-29T13:45:00+03:30"
    assert article.title == HEADLINE


def test_page_date_line_with_unread_mark_never_gives_the_night_hour() -> None:
    article = parse_article(_page("۱۴۰۲/۰۷/۰۷ ۱:۴۵ x.y."))
    assert article.published is not None
    assert article.published.jalali_date == (1402, 7, 7)
    assert not article.published.isoformat().startswith("2023-09-29T01:45")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2021 سېپتمبر 29", dt.date(2021, 9, 29)),
        ("2021 د سېپتمبر 29", dt.date(2021, 9, 29)),
        ("څلرنۍ د 2021 د سېپتمبر 29", dt.date(2021, 9, 29)),  # a Wednesday
        ("2021 اګست 3", dt.date(2021, 8, 3)),
        ("2021 مۍ 12", dt.date(2021, 5, 12)),
        ("29 Сен 2011", dt.date(2011, 9, 29)),
        ("5 Дек 2011", dt.date(2011, 12, 5)),
        ("۱۴۰۴، عقرب ۱۸", dt.date(2025, 11, 9)),
        ("۱۳۹۳ اردیبهشت ۱۰, چهارشنبه", dt.date(2014, 4, 30)),
        ("۱۳۹۳ اردیبهشت ۱۰، چهارشنبه", dt.date(2014, 4, 30)),
    ],
)
def test_pending_date_shapes_are_read(text: str, day: dt.date) -> None:
    assert parse_datetime(text).gregorian == day


@pytest.mark.parametrize(
    ("text", "wall"),
    [
        ("2021 سېپتمبر 29 په \u200f1:45 غ.و.", "2021-09-29T13:45:00"),
        ("29 Сентябр 2011 соати 13:45", "2011-09-29T13:45:00"),
        ("29 Сен 2011, 13:45", "2011-09-29T13:45:00"),
    ],
)
def test_pending_date_time_shapes_are_read(text: str, wall: str) -> None:
    assert _wall(text) == wall


@pytest.mark.parametrize(
    "text",
    [
        "۱۳۹۳ اردیبهشت ۱۰, سه‌شنبه",  # 1393-02-10 is a Wednesday
        "دونۍ د 2021 د سېپتمبر 29",  # 2021-09-29 is a Wednesday, not a Monday
    ],
)
def test_a_wrong_weekday_around_a_year_first_date_is_refused(text: str) -> None:
    with pytest.raises(DateError):
        parse_datetime(text)
    assert find_dates(text) == []
