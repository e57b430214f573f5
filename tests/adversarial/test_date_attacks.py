"""Attacks on the digits of a date and its time, in every entry point; fractions of a second.

A mark or an invisible character inside a number, or a time that is not hh:mm[:ss] where the
time belongs, makes the text say no sure date: every entry point gives no value (a Notice in
lenient mode, a ParseError subclass in strict mode), never the digits on one side of the mark
or the date without its time. Fractions of a second are kept as microseconds everywhere.
"""

from __future__ import annotations

import datetime as dt

import pytest

import jalali_meta as jm

TITLE = "برگزاری نشست هم‌اندیشی مدیران شهری در تهران"
LEAD = "نشست هم‌اندیشی مدیران شهری با حضور نمایندگان استان‌ها برگزار شد و تا عصر ادامه داشت."


def article(value: str, *, strict: bool = False) -> jm.Article:
    """A plain-text article whose labelled date line prints ``value``."""
    return jm.parse_article(f"{TITLE}\nتاریخ انتشار: {value}\n{LEAD}\n", strict=strict)


def page(value: str, *, strict: bool = False, meta: str = "") -> jm.Article:
    """An HTML page whose visible date line prints ``value`` (and maybe a machine time)."""
    head = f'<meta property="article:published_time" content="{meta}">' if meta else ""
    return jm.parse_html(
        f"<html><head><title>{TITLE}</title>{head}</head><body><article><h1>{TITLE}</h1>"
        f"<p>تاریخ انتشار: {value}</p><p>{LEAD}</p></article></body></html>",
        strict=strict,
    )


def parsed(value: str) -> str | None:
    """parse_datetime's value, or None when it refuses."""
    try:
        return jm.parse_datetime(value).isoformat()
    except jm.DateError:
        return None


def found(value: str) -> list[str]:
    """What find_dates finds in a sentence around ``value``."""
    return [stamp.isoformat() for stamp in jm.find_dates(f"جلسه در {value} برگزار شد.")]


# A valid date (and time) with something slipped into a number or put where the time belongs.
ATTACKS = {
    # A combining mark or an invisible character between two digits.
    "acute in the day": "۱\u0301۴ مرداد ۱۴۰۲",
    "acute in the numeric day": "۱۴۰۲/۰۵/۱\u0301۴",
    "acute in the year": "۱۴ مرداد ۱۴\u0301۰۲",
    "fathatan in the month": "۱۴۰۲/۰\u064b۵/۱۴",
    "kashida in the day": "۱۴۰۲/۰۵/۱\u0640۴",
    "variation selector": "۱۴۰۲/۰۵/۱\ufe0f۴",
    "ZWNJ in the day": "۱۴۰۲/۰۵/۱\u200c۴",
    "ZWJ in the day": "۱۴۰۲/۰۵/۱\u200d۴",
    "RLM in the day": "۱۴۰۲/۰۵/۱\u200f۴",
    "LRM in the hour": "۱۴۰۲/۰۵/۱۴ ۱\u200e۱:۰۵",
    "ALM in the minutes": "۱۴۰۲/۰۵/۱۴ ۱۱:۰\u061c۵",
    "word joiner in the seconds": "۱۴۰۲/۰۵/۱۴ ۱۱:۰۵:۰\u2060۰",
    "RLM between date and time": "۱۴۰۲/۰۵/۱۴\u200f۱۱:۰۵",
    "replacement character": "۱۴۰۲/۰۵/۱\ufffd۴",
    "mark after the minutes' first digit, weekday first": "شنبه ۱۴ مرداد ۱۴۰۲ - ۱۱:۰\u0301۵",
    # Where the time belongs, something that is not hh:mm or hh:mm:ss.
    "three-digit minutes": "۱۴۰۲/۰۵/۱۴ ۱۱:۰۵۵",
    "three-digit hour": "۱۴۰۲/۰۵/۱۴ ۱۱۱:۰۵",
    "three-digit seconds": "۱۴۰۲/۰۵/۱۴ ۱۱:۰۵:۰۰۰",
    "one-digit minutes": "۱۴ مرداد ۱۴۰۲ ساعت ۱۱:۵",
    "a fraction on the minutes": "۱۴۰۲/۰۵/۱۴ ۱۱:۰۵.۵",
    "Arabic decimal separator for the colon": "۱۴۰۲/۰۵/۱۴ ۱۱٫۰۵",
    "four fields": "۱۴۰۲/۰۵/۱۴ ۱۱:۰۵:۰۰:۰۰",
    "ISO with three-digit seconds": "2023-08-05T11:05:055",
    "acute beside the colon": "۱۴۰۲/۰۵/۱۴ ۱۱\u0301:۰۵",
    "acute after the colon": "۱۴۰۲/۰۵/۱۴ ۱۱:\u0301۰۵",
    "acute in the fraction": "۱۴۰۲/۰۵/۱۴ ۱۱:۰۵:۳۰.\u0301۵",
    "broken time before the date": "ساعت ۱۱:۰۵۵ - ۱۴۰۲/۰۵/۱۴",
    # A time that does not exist.
    "seconds 60": "۱۴۰۲/۰۵/۱۴ ۱۱:۰۵:۶۰",
    "seconds 61": "۱۴ مرداد ۱۴۰۲ - ۲۳:۵۹:۶۱",
    "24:00": "۱۴۰۲/۰۵/۱۴ ۲۴:۰۰",
}


def test_the_attacks_are_on_valid_dates() -> None:
    """Without the attack, each value is a date every entry point reads (so the tests can fail)."""
    assert parsed("۱۴ مرداد ۱۴۰۲") == "2023-08-05"
    assert parsed("۱۴۰۲/۰۵/۱۴ ۱۱:۰۵:۰۰") == "2023-08-05T11:05:00+03:30"
    assert found("۱۴۰۲/۰۵/۱۴ ۱۱:۰۵") == ["2023-08-05T11:05:00+03:30"]
    assert article("۱۴۰۲/۰۵/۱۴ ۱۱:۰۵").published is not None
    assert page("۱۴۰۲/۰۵/۱۴ ۱۱:۰۵").published is not None


@pytest.mark.parametrize("value", ATTACKS.values(), ids=ATTACKS.keys())
def test_parse_datetime_refuses(value: str) -> None:
    """parse_datetime raises DateError: the digits do not say surely which date or time."""
    assert parsed(value) is None


@pytest.mark.parametrize("value", ATTACKS.values(), ids=ATTACKS.keys())
def test_find_dates_leaves_it_out(value: str) -> None:
    """find_dates finds nothing: not the digits on one side, not the date without its time."""
    assert found(value) == []


# A date whose time has a one-digit minute keeps its day in the lenient modes, date only,
# with time-unread (the lead's decision, issue #16 round fix11): the day is sure, the time not.
DAY_KEPT = {"one-digit minutes": "2023-08-05"}
LENIENT = {name: value for name, value in ATTACKS.items() if name not in DAY_KEPT}


@pytest.mark.parametrize("read", [article, page], ids=["parse_article", "parse_html"])
@pytest.mark.parametrize("name", DAY_KEPT)
def test_lenient_keeps_the_day_without_an_unread_time(read: object, name: str) -> None:
    """parse_article and parse_html: the day, date only, with a time-unread warning."""
    assert callable(read)
    result = read(ATTACKS[name])
    assert result.published is not None
    expected = (DAY_KEPT[name], True)
    assert expected == (
        result.published.isoformat(),
        any(w.code == "time-unread" for w in result.warnings),
    )


@pytest.mark.parametrize("read", [article, page], ids=["parse_article", "parse_html"])
@pytest.mark.parametrize("value", LENIENT.values(), ids=LENIENT.keys())
def test_lenient_gives_no_value_and_a_notice(read: object, value: str) -> None:
    """parse_article and parse_html: published is None, with a date warning where it was."""
    assert callable(read)
    result = read(value)
    expected = (None, True)
    assert expected == (
        result.published,
        any(w.code in ("invalid-date", "not-a-date") for w in result.warnings),
    )


@pytest.mark.parametrize("read", [article, page], ids=["parse_article", "parse_html"])
@pytest.mark.parametrize("value", ATTACKS.values(), ids=ATTACKS.keys())
def test_strict_raises_a_parse_error(read: object, value: str) -> None:
    """strict=True raises a ParseError subclass (DateError), nothing else."""
    assert callable(read)
    with pytest.raises(jm.ParseError) as caught:
        read(value, strict=True)
    assert isinstance(caught.value, jm.DateError)


@pytest.mark.parametrize(("text", "column"), [("۱۴۰۲/۰۵/۱\u0301۴", 9), ("۱\u0301۴ مرداد ۱۴۰۲", 1)])
def test_the_message_names_the_mark_and_points_at_the_number(text: str, column: int) -> None:
    """The error quotes the number as written, names the mark, and points at it."""
    with pytest.raises(jm.DateError) as caught:
        jm.parse_datetime(text)
    err = caught.value
    expected = ("۱\u0301۴", column, "U+0301")
    assert expected == (err.fragment, err.column, err.msg.split("(")[1][:6])


def test_a_bidi_mark_before_or_after_a_date_is_harmless() -> None:
    """RLM and LRM around a date (not between digits) are what pages print: read as before."""
    expected = ["2023-08-05", "2023-08-05T11:05:00+03:30"]
    assert expected == [
        parsed("\u200f۱۴۰۲/۰۵/۱۴\u200f"),
        parsed("۱۴۰۲/۰۵/۱۴\u200f ۱۱:۰۵\u200e"),
    ]


def test_two_spaces_around_the_colon_refuse_the_date_in_text() -> None:
    """`۱۱  :  ۰۵` in text: refused (HTML, which collapses spaces, reads `۱۱ : ۰۵`)."""
    value = "۱۴۰۲/۰۵/۱۴ ۱۱  :  ۰۵"
    expected = (None, [], None)
    assert expected == (parsed(value), found(value), article(value).published)


BESIDE_THE_COLON = [
    "۱۴۰۲/۰۵/۱۴ ۱۱\u200f:\u200f۰۵:۳۰",
    "۱۴۰۲/۰۵/۱۴ ۱۱ \u200e: ۰۵:\u200c۳۰",
    "۱۴۰۲/۰۵/۱۴ ۱۱\u2236۰۵\ua789۳۰",  # RATIO and MODIFIER LETTER COLON for colons
    "۱۴۰۲/۰۵/۱۴ ۱۱\ufe55۰۵\u02f8۳۰",  # SMALL COLON, MODIFIER LETTER RAISED COLON
]


@pytest.mark.parametrize("value", BESIDE_THE_COLON)
def test_an_invisible_mark_beside_a_colon_is_read_through(value: str) -> None:
    """An RLM, LRM or ZWNJ beside a colon, or a colon look-alike: the time, everywhere."""
    expected = ["2023-08-05T11:05:30+03:30"] * 4
    assert expected == [
        parsed(value),
        *found(value),
        *(read(value).published.isoformat() for read in (article, page)),  # type: ignore[union-attr]
    ]


# -- fractions of a second -------------------------------------------------------------------

FRACTION = "۱۴۰۲/۰۶/۲۸ ۱۶:۴۲:۰۵.۲۵"
FRACTION_VALUE = dt.datetime(
    2023, 9, 19, 16, 42, 5, 250000, tzinfo=dt.timezone(dt.timedelta(hours=3.5))
)


def test_parse_datetime_keeps_the_fraction() -> None:
    """`1401-02-03 17:45:02.512+04:30`: 512,000 microseconds, the instant exact."""
    stamp = jm.parse_datetime("1401-02-03 17:45:02.512+04:30")
    expected = "2022-04-23T17:45:02.512000+04:30"
    assert expected == stamp.isoformat()


@pytest.mark.parametrize(
    ("text", "microsecond"),
    [
        ("2023-01-22T20:30:00.5Z", 500000),
        ("2023-01-22T20:30:00,000001Z", 1),
        ("2023-01-22T20:30:00.123456789Z", 123456),  # past the sixth digit: cut off
        ("۱۴۰۲/۰۶/۲۸ ۱۶:۴۲:۰۵٫۰۷", 70000),  # Arabic decimal separator
    ],
)
def test_fraction_digits_become_microseconds(text: str, microsecond: int) -> None:
    """One to nine digits: the first six are the microseconds (the rest are cut off)."""
    value = jm.parse_datetime(text).gregorian
    assert isinstance(value, dt.datetime)
    assert microsecond == value.microsecond


def test_find_dates_keeps_the_fraction() -> None:
    """find_dates: the same instant, microseconds included."""
    expected = [FRACTION_VALUE]
    assert expected == [stamp.gregorian for stamp in jm.find_dates(f"در {FRACTION} گفت")]


def test_parse_article_keeps_the_fraction() -> None:
    """parse_article: the labelled date keeps its microseconds, no warning."""
    result = article(FRACTION)
    expected = (FRACTION_VALUE, ())
    assert expected == (
        result.published and result.published.gregorian,
        result.warnings,
    )


def test_parse_html_keeps_the_fraction_visible_and_machine() -> None:
    """parse_html: a visible fraction is kept; so is a machine time's (`<meta>`) alone."""
    visible = page(FRACTION).published
    machine = page("", meta="2023-09-19T16:42:05.250+03:30").published
    expected = [FRACTION_VALUE, FRACTION_VALUE]
    assert expected == [
        visible and visible.gregorian,
        machine and machine.gregorian,
    ]


def test_a_fraction_beside_a_time_without_one_is_the_same_moment() -> None:
    """A machine time with a fraction and the visible time to the minute agree: no conflict."""
    result = page("۱۴۰۲/۰۶/۲۸ ۱۶:۴۲", meta="2023-09-19T16:42:05.250+03:30")
    expected = ("2023-09-19T16:42:00+03:30", ())
    assert expected == (
        result.published and result.published.isoformat(),
        result.warnings,
    )
