"""parse_datetime's quick reader against the grammar: the same Timestamp or the same error.

parse_datetime reads the most common layouts (a weekday or none; Y/M/D, Y-M-D or D Month Y;
a time hh:mm[:ss] or none) with a small pattern and leaves everything else to the grammar.
Here generated strings, in and near those layouts (every digit script, separators, years
1-3000 and out of range, invalid days such as 1403/12/30, DST edges, 24:00, seconds 60,
marks and invisible characters inside numbers, fractions, zones, AM/PM), go through both
ways; any difference in any attribute, warning or error is a failure. The default run tries
a few hundred strings; for a long run:

    JALALI_META_QUICK_EXAMPLES=20000 python -m pytest tests/test_quick_reader.py -p no:randomly
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import jalali_meta as jm
from jalali_meta.testing import parse_datetime_by_grammar

EXAMPLES = int(os.environ.get("JALALI_META_QUICK_EXAMPLES", "400"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

WEEKDAYS = [
    "شنبه", "یکشنبه", "یک شنبه", "یک\u200cشنبه", "دوشنبه", "دو شنبه", "سه شنبه", "سه\u200cشنبه",
    "سهشنبه", "چهارشنبه", "چهار شمبه", "پنج شنبه", "پنجشنبه", "جمعه", "جمعه\u200c", "يكشنبه",
    "سه  شنبه", "شنبهها", "روز سه شنبه", "پنج\u200cشَنبه", "Tuesday", "شنبه سه", "دوشنبه\u200f",
]  # fmt: skip
MONTHS = [
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "امرداد", "شهریور", "مهر", "آبان", "ابان",
    "آذر", "اذر", "دی", "بهمن", "اسفند", "اسفند\u200c", "مُرداد", "بهمن ماه", "بهمن\u200cماه",
    "ژانویه", "فوریه", "مه", "می", "جون", "مارچ", "جنوری", "حمل", "میزان", "رجب", "محرم",
    "Mordad", "January", "ماهی", "تير", "سپتامبر",
]  # fmt: skip
DATE_SEPARATORS = ["/", "/", "/", "-", "-", ".", "\\", " / ", "/ "]
WEEKDAY_GAPS = [" ", " ", " ", "، ", " ", "  ", "، ", "،", ", ", " - ", "", "\u200c"]
TIME_GAPS = [
    " ",
    " ",
    " ",
    " ساعت ",
    " - ",
    "، ",
    " ",
    "  ",
    " - ",
    "-",
    "، ",
    "،",
    ", ",
    " ساعت ",
    " ساعت",
    "ساعت ",
    " | ",
    "T",
    "",
]
TIME_TAILS = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    " ق.ظ",
    " ب.ظ",
    " PM",
    " شب",
    "+03:30",
    "Z",
    " GMT",
    " Asia/Dushanbe",
    " Asia/Kabol",
    ".5",
    ".250",
]
EDGES = ["", "", "", " ", "- ", " |", "\u200c", "\n", "• "]
# Days where Iran's clocks changed (1 Farvardin and 30 Shahrivar, until 1401) and around them.
DST_DAYS = [(1, 1), (1, 2), (1, 2), (6, 30), (6, 30), (6, 31), (7, 1)]


@st.composite
def number(draw: st.DrawFn, value: int, width: int) -> str:
    """``value`` in ASCII, padded to ``width`` or not."""
    text = str(value)
    if draw(st.booleans()):
        text = text.zfill(width)
    return text


@st.composite
def date_strings(draw: st.DrawFn) -> str:
    """A string in or near the quick reader's layouts."""
    kind = draw(st.integers(0, 5))
    if kind == 0:
        year = draw(st.integers(1, 3000))
    elif kind == 1:
        year = draw(st.sampled_from([1177, 1178, 1403, 1633, 1634, 1799, 2023, 2255, 2256]))
    else:
        year = draw(st.integers(1300, 1420))
    dst = draw(st.integers(0, 3)) == 0
    if dst:
        month, day = draw(st.sampled_from(DST_DAYS))
        if kind > 1:
            year = draw(st.integers(1366, 1402))  # years Iran kept DST in, and the first after
    elif draw(st.integers(0, 3)):
        month, day = draw(st.integers(1, 12)), draw(st.integers(1, 31))
    else:
        month, day = draw(st.integers(0, 13)), draw(st.integers(0, 32))
    if draw(st.booleans()) and draw(st.booleans()):
        month, day = 12, draw(st.sampled_from([29, 30, 31]))  # Esfand in leap and common years
    year_text = str(year).zfill(draw(st.sampled_from([4, 4, 4, 4, 4, 4, 3, 5])))
    if draw(st.booleans()):
        sep = draw(st.sampled_from(DATE_SEPARATORS))
        sep2 = sep if draw(st.integers(0, 5)) else draw(st.sampled_from(DATE_SEPARATORS))
        date = year_text + sep + draw(number(month, 2)) + sep2 + draw(number(day, 2))
    else:
        month_name = draw(st.sampled_from(MONTHS[:15] * 3 + MONTHS))
        gap = draw(st.sampled_from([" ", " ", " ", " ", " ", "  ", "", "\u200c", " / "]))
        date = draw(number(day, 2)) + gap + month_name + " " + year_text
    text = date
    if draw(st.booleans()):
        text = draw(st.sampled_from(WEEKDAYS)) + draw(st.sampled_from(WEEKDAY_GAPS)) + text
    if draw(st.integers(0, 3)):
        if dst:  # around midnight, when the clocks moved
            hour = draw(st.sampled_from([0, 0, 0, 1, 22, 23, 23, 23, 24]))
        elif draw(st.integers(0, 4)):
            hour = draw(st.integers(0, 23))
        else:
            hour = draw(st.sampled_from([0, 12, 23, 24, 25, 99]))
        minute = draw(st.integers(0, 59) if draw(st.integers(0, 4)) else st.sampled_from([60, 61]))
        clock = draw(number(hour, 2)) + ":" + str(minute).zfill(draw(st.sampled_from([2, 2, 1, 3])))
        if draw(st.booleans()):
            second = draw(
                st.integers(0, 59) if draw(st.integers(0, 4)) else st.sampled_from([60, 61])
            )
            clock += ":" + str(second).zfill(2)
        text += draw(st.sampled_from(TIME_GAPS)) + clock + draw(st.sampled_from(TIME_TAILS))
    text = draw(st.sampled_from(EDGES)) + text + draw(st.sampled_from(EDGES))
    if draw(st.integers(0, 7)) == 0:  # a stray character anywhere
        at = draw(st.integers(0, len(text)))
        stray = draw(st.sampled_from(["\u200c", "\u200f", "\u200d", "\u0301", "\u064b", "x", "0"]))
        text = text[:at] + stray + text[at:]
    # Digits: ASCII, Persian or Arabic-Indic, or mixed character by character.
    script = draw(st.sampled_from(["ascii", "persian", "arabic", "mixed"]))
    if script == "persian":
        text = text.translate(_PERSIAN)
    elif script == "arabic":
        text = text.translate(_ARABIC)
    elif script == "mixed":
        table = [None, _PERSIAN, _ARABIC]
        text = "".join(
            ch.translate(t) if (t := table[draw(st.integers(0, 2))]) else ch for ch in text
        )
    return text


def outcome(parse: object, text: str) -> tuple[object, ...]:
    """Everything observable of one parse: each attribute, the offset, or the error."""
    assert callable(parse)
    try:
        stamp = parse(text)
    except jm.DateError as err:
        return ("error", type(err), err.msg, err.offset, err.end, str(err))
    value = stamp.gregorian
    zone = (value.tzinfo, value.utcoffset(), value.fold) if isinstance(value, dt.datetime) else None
    return ("stamp", stamp, repr(stamp), type(value), zone, stamp.jalali_isoformat())


@SETTINGS
@given(date_strings())
@example("1402/06/28 16:42")
@example("سه شنبه 1402/06/28 ساعت 16:42")
@example("۱۴۰۳/۱۲/۳۰")
@example("1402/06/28 24:00")
@example("1401/01/02 00:30")
@example("1401/06/30 23:30")
@example("شنبه 1402/06/28")
@example("۱۷ اسفند ۱۴۰۰، ۲۳:۱۰")
def test_quick_reader_agrees_with_the_grammar(text: str) -> None:
    """Any string near the common layouts: parse_datetime gives what the grammar alone gives."""
    assert outcome(parse_datetime_by_grammar, text) == outcome(jm.parse_datetime, text)


@pytest.mark.parametrize(
    "text",
    [
        "1402/06/28 16:42",
        "سه شنبه 1402/06/28 ساعت 16:42",
        "جمعه ۱۲ خرداد ۱۴۰۲ - ۱۸:۰۰",
        "یکشنبه، ۲۰ آذر ۱۴۰۱، ساعت ۱۱:۲۷",
        "۱۴۰۳/۱۲/۳۰",
        "1401/01/02 00:30",
        "1401/06/30 23:30",
    ],
)
def test_common_layouts_agree(text: str) -> None:
    """The layouts the quick reader is for (valid, invalid, DST edges): the grammar's answer."""
    assert outcome(parse_datetime_by_grammar, text) == outcome(jm.parse_datetime, text)


def test_dst_edges_agree() -> None:
    """Every minute near the DST changes of 1366-1402 (skipped, repeated): the grammar's answer."""
    texts = [
        f"{year}/{month:02d}/{day:02d} {clock}"
        for year in range(1366, 1403)
        for month, day in DST_DAYS
        for clock in ("23:00", "23:30", "23:59", "24:00", "00:00", "00:30", "00:59", "01:00")
    ]
    folds = {
        result[1].dst
        for text in texts
        if (result := outcome(jm.parse_datetime, text))[0] == "stamp"
    }
    assert {"nonexistent", "repeated"} <= folds  # the sweep reaches both kinds
    for text in texts:
        assert (text, outcome(parse_datetime_by_grammar, text)) == (
            text,
            outcome(jm.parse_datetime, text),
        )


# Years 1-3000 every 37, and the edges: of the range, of numeric Jalali (below 1700), of leap.
YEARS = [*range(1, 3001, 37), 1177, 1178, 1403, 1633, 1634, 1699, 1700, 1799, 2255, 2256]


def test_year_range_and_esfand_agree() -> None:
    """Years 1-3000 (in and out of range), Esfand 29/30/31, named and numeric: the same."""
    texts = [
        text
        for year in YEARS
        for text in (
            f"{year:04d}/12/29",
            f"{year:04d}-12-30 12:00",
            f"۳۱ اسفند {year:04d}",
            f"جمعه ۳۰ اسفند {year:04d} ساعت ۰۸:۱۵:۳۰",
        )
    ]
    for text in texts:
        assert (text, outcome(parse_datetime_by_grammar, text)) == (
            text,
            outcome(jm.parse_datetime, text),
        )
