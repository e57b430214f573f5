"""Issue 12: zones, day-part words, weekday layouts, the range edge and lunar dates behave
alike in parse_datetime, find_dates, parse_article and parse_html."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import jalali_meta as jm

TITLE = "برگزاری نشست هم‌اندیشی مدیران شهری در تهران"
LEAD = "نشست هم‌اندیشی مدیران شهری با حضور نمایندگان استان‌ها برگزار شد و تا عصر ادامه داشت."


def _article(value: str) -> jm.Article:
    return jm.parse_article(f"{TITLE}\nتاریخ انتشار: {value}\n{LEAD}\n")


def _html(value: str) -> jm.Article:
    page = (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"<p>تاریخ انتشار: {value}</p><p>{LEAD}</p></article></body></html>"
    )
    return jm.parse_html(page)


def _parse(value: str) -> str | None:
    try:
        return jm.parse_datetime(value).isoformat()
    except jm.DateError:
        return None


def _find(value: str) -> str | None:
    found = jm.find_dates(f"جلسه در {value} برگزار شد.")
    return found[0].isoformat() if found else None


def _published(read: Callable[[str], jm.Article]) -> Callable[[str], str | None]:
    def published(value: str) -> str | None:
        article = read(value)
        return article.published.isoformat() if article.published else None

    return published


ENTRY_POINTS = {
    "parse_datetime": _parse,
    "find_dates": _find,
    "parse_article": _published(_article),
    "parse_html": _published(_html),
}

CASES = [
    # A zone after the time: the instant, in Tehran.
    ("۱۴۰۲/۰۶/۲۸ ۲۰:۳۰:۰۰-۰۵", "2023-09-20T05:00:00+03:30"),
    ("۱۴۰۲/۰۶/۲۸ ساعت ۲۰:۳۰ GMT", "2023-09-20T00:00:00+03:30"),
    ("۱۴۰۲/۰۶/۲۸ ۲۰:۳۰ Z", "2023-09-20T00:00:00+03:30"),
    ("1399-08-11 09:05:10 +0330", "2020-11-01T09:05:10+03:30"),
    # Day-part words.
    ("سه‌شنبه ۲۸ شهریور ۱۴۰۲ ساعت ۱۲:۳۰ شب", "2023-09-19T00:30:00+03:30"),
    ("۲۸ شهریور ۱۴۰۲ ساعت ۱:۳۰ شب", "2023-09-19T01:30:00+03:30"),
    ("۲۸ شهریور ۱۴۰۲ ساعت ۵:۰۰ عصر", "2023-09-19T17:00:00+03:30"),
    # Refused everywhere: an impossible offset or range.
    ("۱۴۰۲/۰۶/۲۸ ۲۰:۳۰ +99:99", None),
    ("1799-03-21T00:00:00+14:00", None),
    # A minus glued to a clock without seconds may end a time range: never an offset.
    ("۱۴۰۲/۰۶/۲۸ ساعت ۱۰:۰۰-۱۲:۰۰", None),
    ("1402/06/28 10:00-12", None),
    ("2023-09-19 16:42-05:00", None),
    # With seconds, or in the ISO form with its T, it is the offset.
    ("2023-09-19T16:42-05:00", "2023-09-20T01:12:00+03:30"),
    ("1402/06/28 16:42:00-05:00", "2023-09-20T01:12:00+03:30"),
    # Pashto: a weekday ending in ې, «د» before a zodiac month (Kabul's calendar).
    ("یکشنبې، د لړم ۲۸، ۱۴۰۲", "2023-11-19"),
    # A clock with minutes, «روز», then the date; a one-digit minute with its day part.
    ("ساعت ۱۶:۴۲ روز ۲۸ شهریور ۱۴۰۲", "2023-09-19T16:42:00+03:30"),
    ("۱۳۹۰/۰۳/۲۰ ساعت ۱:۲ صبح", "2011-06-10T01:02:00+04:30"),
]


def test_impossible_day_part_keeps_the_day_in_articles_only() -> None:
    """«ساعت ۱۵:۰۰ صبح» (15 is no morning hour): no date from parse_datetime or find_dates,
    as for a one-digit minute; an article's labelled date keeps the day, date only, its hour
    refused (time-unread, fix209; None before, the day lost with the hour)."""
    value = "۲۸ شهریور ۱۴۰۲ ساعت ۱۵:۰۰ صبح"
    assert (_parse(value), _find(value)) == (None, None)
    for read in (_article, _html):
        assert _published(read)(value) == "2023-09-19"


def test_one_digit_minute_keeps_the_day_in_articles_only() -> None:
    """«۱۳۹۰/۰۳/۲۰ ۱:۲»: no date from parse_datetime or find_dates (never a date without the
    time printed with it); an article's labelled date keeps the day, date only (time-unread)."""
    value = "۱۳۹۰/۰۳/۲۰ ۱:۲"
    assert (_parse(value), _find(value)) == (None, None)
    for read in (_article, _html):
        assert _published(read)(value) == "2011-06-10"


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize(("value", "expected"), CASES)
def test_entry_points_agree(entry: str, value: str, expected: str | None) -> None:
    """Every entry point gives the same instant, or none, for each shape."""
    assert expected == ENTRY_POINTS[entry](value)


@pytest.mark.parametrize("value", ["۱۴۴۵/۰۳/۱۲ ه.ق", "۱۲ ربیع‌الاول ۱۴۴۵"])
def test_lunar_dates_are_never_jalali_and_only_an_articles_field_is_converted(value: str) -> None:
    """parse_datetime and find_dates give no Timestamp for a lunar date (find_dates(hijri=True)
    gives the printed day); an article's labelled date is the day by the arithmetical
    calendar (12 Rabi I 1445 = 2023-09-27), calendar "hijri", always warned calendar-lunar."""
    assert (_parse(value), _find(value)) == (None, None)
    for article in (_article(value), _html(value)):
        assert article.published is not None
        assert (article.published.isoformat(), article.published.calendar) == (
            "2023-09-27",
            "hijri",
        )
        assert "calendar-lunar" in [w.code for w in article.warnings]


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("۱۴۰۲/۰۶/۲۸ ۲۰:۳۰ +99:99", "invalid-date"),
        ("1799-03-21T00:00:00+14:00", "invalid-date"),
        ("۱۴۰۲/۰۶/۲۸ ساعت ۱۰:۰۰-۱۲:۰۰", "invalid-date"),
        ("۲۸ شهریور ۱۴۰۲ ساعت ۱۵:۰۰ صبح", "time-unread"),
        ("۲۸ شهریور ۱۴۰۲ (دوشنبه)", "weekday-mismatch"),
        ("۲۸ شهریور ۱۴۰۲ دوشنبه", "weekday-mismatch"),
        ("دوشنبه ۱۶:۴۲ - ۲۸ شهریور ۱۴۰۲", "weekday-mismatch"),
        ("دوشنبې، د لړم ۲۸، ۱۴۰۲", "weekday-mismatch"),
        ("۱۳۹۰/۰۳/۲۰ ۱:۲", "time-unread"),
    ],
)
@pytest.mark.parametrize("read", [_article, _html])
def test_refusals_are_warned(read: Callable[[str], jm.Article], value: str, code: str) -> None:
    """A refused or doubtful header date leaves a warning with its code."""
    assert code in [w.code for w in read(value).warnings]


@pytest.mark.parametrize(
    "value", ["۲۸ شهریور ۱۴۰۲ (دوشنبه)", "۱۴۰۲/۰۶/۲۸ دوشنبه", "دوشنبه ۱۶:۴۲ - ۲۸ شهریور ۱۴۰۲"]
)
@pytest.mark.parametrize("entry", ["parse_datetime", "find_dates"])
def test_weekday_layouts_are_checked(entry: str, value: str) -> None:
    """A wrong weekday after the date, in brackets or before a time is refused or left out."""
    assert None is ENTRY_POINTS[entry](value)


def test_strict_article_refuses_impossible_offset() -> None:
    """In strict mode an impossible offset is a DateError, not a bare ValueError."""
    page = f"{TITLE}\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸ ۲۰:۳۰ +99:99\n{LEAD}\n"
    with pytest.raises(jm.DateError):
        jm.parse_article(page, strict=True)


def test_meta_tag_offset_out_of_range_is_not_a_crash() -> None:
    """An impossible offset in a <meta> date is left out with a warning, never a ValueError."""
    page = (
        '<html><head><meta property="article:published_time" content="2023-01-23T09:15:00+99:99">'
        f"</head><body><h1>{TITLE}</h1><p>{LEAD}</p></body></html>"
    )
    article = jm.parse_html(page)
    assert article.published is None


@pytest.mark.parametrize(
    "text",
    ["Newſ Code: 12345\n", "News Code\u0130: 1\n", "23 Augu\u017ft 2023\n", "۵ \u212aordad ۱۳۹۹\n"],
)
def test_case_folding_letters_never_crash(text: str) -> None:
    """İ, ſ and the Kelvin sign never crash any entry point."""
    page = f"{TITLE}\n{text}{LEAD}\n"
    jm.parse_article(page)
    jm.parse_html(f"<html><body><h1>{TITLE}</h1><p>{text}</p><p>{LEAD}</p></body></html>")
    jm.find_dates(page)
    with pytest.raises(jm.DateError):
        jm.parse_datetime(text + " و متن")


def test_find_dates_returns_lunar_dates_on_request() -> None:
    """find_dates(hijri=True) returns printed lunar dates as HijriDate records, in text order."""
    text = "امروز ۱۴۴۵/۰۳/۱۲ ه.ق و ۱۵-۰۹-۱۴۴۴ هـ و ۲۸ شهریور ۱۴۰۲ و ۱۲ ربیع‌الاول ۱۴۴۵ هجری قمری"
    found = jm.find_dates(text, hijri=True)
    shown = [
        (f.calendar, f.hijri_isoformat() if isinstance(f, jm.HijriDate) else f.jalali_isoformat())
        for f in found
    ]
    assert shown == [
        ("hijri", "1445-03-12"),
        ("hijri", "1444-09-15"),
        ("jalali", "1402-06-28"),
        ("hijri", "1445-03-12"),
    ]
    assert all(text[f.span[0] : f.span[1]] == f.text for f in found if f.span is not None)
    assert [f.jalali_isoformat() for f in jm.find_dates(text)] == ["1402-06-28"]


def test_lunar_twin_is_a_cross_check() -> None:
    """A lunar date beside a Jalali one agrees within two days, or the Jalali one is left out."""
    agree = "جلسه ۵ تیر ۱۴۰۲ برابر با ۸ ذی‌الحجه ۱۴۴۴ برگزار شد."
    disagree = "جلسه ۵ تیر ۱۴۰۲ برابر با ۲۰ ذی‌الحجه ۱۴۴۴ برگزار شد."
    assert [ts.jalali_isoformat() for ts in jm.find_dates(agree)] == ["1402-04-05"]
    assert jm.find_dates(disagree) == []


def test_hijri_date_serialises() -> None:
    """to_dict of a HijriDate has the printed day and no Gregorian value."""
    (found,) = jm.find_dates("۱۴۴۵/۰۳/۱۲ ه.ق", hijri=True)
    assert isinstance(found, jm.HijriDate)
    assert jm.to_dict(found) == {
        "text": "۱۴۴۵/۰۳/۱۲ ه.ق",
        "span": [0, 14],
        "calendar": "hijri",
        "hijri": "1445-03-12",
    }


def test_mismatched_lunar_twin_is_warned_in_the_header() -> None:
    """In a header, a Jalali date whose numeric lunar twin is more than two days off is warned."""
    assert "hijri-mismatch" in jm.WARNING_CODES
    warned = _article("۵ تیر ۱۴۰۲ (۱۴۴۴/۱۲/۲۰ ه.ق)")
    agreed = _article("۵ تیر ۱۴۰۲ (۱۴۴۴/۱۲/۰۸ ه.ق)")
    assert [w.code for w in warned.warnings] == ["hijri-mismatch"]
    assert (agreed.published.isoformat(), list(agreed.warnings)) == ("2023-06-26", [])


def test_mismatched_lunar_twin_is_refused_by_parse_datetime() -> None:
    """parse_datetime refuses a Jalali date whose lunar twin is more than two days off."""
    with pytest.raises(jm.DateError, match="more than 2 days apart"):
        jm.parse_datetime("۵ تیر ۱۴۰۲ برابر با ۲۰ ذی‌الحجه ۱۴۴۴")
    assert jm.parse_datetime("۵ تیر ۱۴۰۲ برابر با ۸ ذی‌الحجه ۱۴۴۴").isoformat() == "2023-06-26"
