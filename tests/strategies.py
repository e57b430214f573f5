"""Hypothesis strategies: random valid timestamps rendered in every layout of FORMATS.md §2.

The renderer is the oracle: it knows the instant it printed, so a parse must
give that instant back whatever the layout, digits and letter variants.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import jdatetime
from hypothesis import strategies as st

from jalali_meta.testing import TEHRAN

JALALI_MONTHS = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
]
GREGORIAN_MONTHS_FA = [
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# 0 = Saturday, as jdatetime numbers weekdays; several spellings each.
WEEKDAYS = [
    ["شنبه"],
    ["یکشنبه", "یک‌شنبه", "يکشنبه", "يكشنبه"],
    ["دوشنبه", "دو‌شنبه", "دو شنبه"],
    ["سه‌شنبه", "سه شنبه", "سهشنبه"],
    ["چهارشنبه", "چهار‌شنبه", "چهار شنبه"],
    ["پنجشنبه", "پنج‌شنبه", "پنج شنبه"],
    ["جمعه"],
]

_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_ARABIC_LETTERS = str.maketrans({"ی": "ي", "ک": "ك"})


class Moment:
    """What the renderer printed: a Jalali day, maybe a time, and the same day in Gregorian."""

    def __init__(self, day: jdatetime.date, time: dt.time | None) -> None:
        self.j = day
        self.g = day.togregorian()
        self.time = time

    def expected_iso(self) -> str:
        if self.time is None:
            return self.g.isoformat()
        return dt.datetime.combine(self.g, self.time, tzinfo=TEHRAN).isoformat()


def _h12(time: dt.time) -> tuple[int, bool]:
    return (time.hour % 12 or 12), time.hour >= 12


Layout = Callable[[Moment, str, str], str]  # (moment, weekday spelling, month name) -> text


def _t(m: Moment) -> dt.time:
    assert m.time is not None
    return m.time


LAYOUTS_WITH_TIME: list[Layout] = [
    lambda m, wd, mon: f"{wd} {m.j.year}/{m.j.month:02d}/{m.j.day:02d} ساعت {_t(m):%H:%M}",
    lambda m, wd, mon: f"{m.j.day} {mon} {m.j.year}، {_t(m):%H:%M}",
    lambda m, wd, mon: f"• {wd} / {m.j.day} {mon} {m.j.year} / {_t(m).hour}:{_t(m):%M}",
    lambda m, wd, mon: f"{wd} {m.j.day} {mon} {m.j.year} - {_t(m):%H:%M}",
    lambda m, wd, mon: f"{wd}، {m.j.day} {mon} {m.j.year}، ساعت {_t(m):%H:%M}",
    lambda m, wd, mon: f"{m.j.day:02d} {mon} {m.j.year} - {_t(m):%H:%M}",
    lambda m, wd, mon: (
        f"{m.j.day:02d}/{m.j.month:02d}/{m.j.year} {_h12(_t(m))[0]:02d}:{_t(m):%M:%S} "
        f"{'ب.ظ' if _h12(_t(m))[1] else 'ق.ظ'}"
    ),
    lambda m, wd, mon: f"{_t(m):%H:%M} - {m.j.day:02d}-{m.j.month:02d}-{m.j.year}",
    lambda m, wd, mon: f"{_t(m):%H:%M} {wd}، {m.j.day}ام {mon}\u200cماه {m.j.year}",
    lambda m, wd, mon: f"{m.j.day}{mon}{m.j.year}|{_t(m):%H:%M}",
    lambda m, wd, mon: f"{mon} {m.j.day}, {m.j.year} {_t(m):%H:%M}",
    lambda m, wd, mon: f"{m.j.year}/{m.j.month:02d}/{m.j.day:02d}- {_t(m):%H:%M}",
    lambda m, wd, mon: f"{wd} {m.j.day} {mon} {m.j.year} - {_t(m):%H:%M:%S}",
    lambda m, wd, mon: (
        f"{wd} {m.j.day} {mon} {m.j.year} - {_h12(_t(m))[0]}:{_t(m):%M:%S} "
        f"{'PM' if _h12(_t(m))[1] else 'AM'}"
    ),
    lambda m, wd, mon: (
        f"{m.j.day} {mon} {m.j.year} - {_h12(_t(m))[0]:02d}:{_t(m):%M} "
        f"{'ب.ظ' if _h12(_t(m))[1] else 'ق.ظ'}"
    ),
    lambda m, wd, mon: (
        f"{m.j.day:02d} {mon} {m.j.year} - {_t(m):%H:%M} "
        f"{m.g.day} {ENGLISH_MONTHS[m.g.month - 1]} {m.g.year}"
    ),
    lambda m, wd, mon: f"{wd} {m.j.day} {mon} {m.j.year} تهران {_t(m):%H:%M}",
    lambda m, wd, mon: (
        f"{ENGLISH_MONTHS[m.g.month - 1][:3]} {m.g.day}, {m.g.year}, "
        f"{_h12(_t(m))[0]}:{_t(m):%M} {'PM' if _h12(_t(m))[1] else 'AM'}"
    ),
]

# Indexes of LAYOUTS_WITH_TIME that print seconds; the others print none (so :00 is read).
SECONDS_SHOWN = frozenset({6, 12, 13})

LAYOUTS_DATE_ONLY: list[Layout] = [
    lambda m, wd, mon: f"{m.j.day} /{mon}/ {m.j.year}",
    lambda m, wd, mon: f"{m.j.year}-{m.j.month:02d}-{m.j.day:02d}",
    lambda m, wd, mon: f"{m.j.year} {wd} {m.j.day} {mon}",
    lambda m, wd, mon: f"{m.j.year}/{m.j.month}/{m.j.day}",
    lambda m, wd, mon: f"{m.g.day} {GREGORIAN_MONTHS_FA[m.g.month - 1]} {m.g.year}",
    lambda m, wd, mon: (
        f"{wd} {m.g.day} {GREGORIAN_MONTHS_FA[m.g.month - 1]} {m.g.year} میلادی "
        f"برابر با {m.j.day} {mon} {m.j.year}"
    ),
    lambda m, wd, mon: f"{m.g.day} {ENGLISH_MONTHS[m.g.month - 1]} {m.g.year}",
    lambda m, wd, mon: f"{m.g.year} {ENGLISH_MONTHS[m.g.month - 1][:3]} {m.g.day}",
    lambda m, wd, mon: f"{wd} {m.j.day} {mon} سال {m.j.year}",
]


@st.composite
def moments(draw: st.DrawFn, with_time: bool) -> Moment:
    """A random real Jalali day in 1300-1500 and, if asked, a time of day."""
    ordinal = draw(st.integers(0, 200 * 365))
    day = jdatetime.date(1300, 1, 1) + jdatetime.timedelta(days=ordinal)
    time = None
    if with_time:
        time = dt.time(draw(st.integers(0, 23)), draw(st.integers(0, 59)), draw(st.integers(0, 59)))
    return Moment(day, time)


def _digits(draw: st.DrawFn, text: str) -> str:
    style = draw(st.sampled_from(["ascii", "persian", "arabic", "mixed"]))
    if style == "persian":
        return text.translate(_PERSIAN)
    if style == "arabic":
        return text.translate(_ARABIC)
    if style == "mixed":
        table = draw(st.sampled_from([_PERSIAN, _ARABIC, str.maketrans({})]))
        half = len(text) // 2
        return text[:half].translate(table) + text[half:].translate(_PERSIAN)
    return text


@st.composite
def rendered(draw: st.DrawFn) -> tuple[str, Moment]:
    """A timestamp printed in a random layout, digits and letter variant, with what was printed."""
    with_time = draw(st.booleans())
    index = draw(st.integers(0, len(LAYOUTS_WITH_TIME if with_time else LAYOUTS_DATE_ONLY) - 1))
    layout = (LAYOUTS_WITH_TIME if with_time else LAYOUTS_DATE_ONLY)[index]
    moment = draw(moments(with_time))
    if moment.time is not None and index not in SECONDS_SHOWN:
        moment.time = moment.time.replace(second=0)
    weekday = draw(st.sampled_from(WEEKDAYS[moment.j.weekday()]))
    month = JALALI_MONTHS[moment.j.month - 1]
    text = layout(moment, weekday, month)
    if draw(st.booleans()):
        text = text.translate(_ARABIC_LETTERS)
    return _digits(draw, text), moment


# Text that looks like a header: labels, dates, digits, separators, invisible marks.
HEADER_ALPHABET = st.sampled_from(
    [
        *"0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩/:-|•،,. \n\u200c\u200f\xa0X",
        *["کد خبر", "تاریخ انتشار", "شماره", "بهمن", "سه شنبه", "ساعت", "ق.ظ", "سال", "امروز"],
    ]
)
header_like = st.lists(HEADER_ALPHABET, max_size=60).map("".join)


# Whole lines of a news page's header and body (written for the tests): a blog's or a
# site's name, headlines of two to nine words, frames, date, label and counter lines, menu
# items, marks alone, a paragraph. :func:`repeated_lines` prints a few of them again and again.
PAGE_LINES = [
    "مجله علمی سبز",
    "هشدار آلودگی",
    "افتتاح نمایشگاه کتاب",
    "رانش زمین چند خانه روستایی را در بر گرفت",
    "رويدادهاى زمين و معدن",
    ".: فرهنگسرا :.",
    ".: پورتال خبری فرهنگسرای شهر :.",
    "۱۲ آذر ۱۴۰۲",
    "سه شنبه ۱۲ آذر ۱۴۰۲ - ۱۰:۳۰",
    "کد : ۲۴۱۱",
    "تعداد بازدید:۲۱۹",
    "کد خبر: ۱۲۳۴۵ | تاریخ انتشار: ۱۴۰۲/۰۹/۱۲",
    "نویسنده: مریم احمدی",
    "صفحه اصلی",
    "تماس با ما",
    "فوری فوری!",
    "«نمایشگاه کتاب»",
    "- گزارش تصویری",
    "اخبار / فرهنگی / کتاب",
    "www.example.ir",
    "...",
    ":",
    "ب",
    "به گزارش خبرنگار ما، نمایشگاه کتاب استان امروز با حضور ناشران و نویسندگان در محل دائمی "
    "نمایشگاه‌ها گشایش یافت و تا پایان هفته برای بازدید عموم باز است.",
]


@st.composite
def repeated_lines(draw: st.DrawFn) -> list[str]:
    """Up to four different page lines (:data:`PAGE_LINES`), each printed one to three times
    in a row, sometimes shuffled: short pages, empty bodies, a name printed three times over a
    title printed twice (fix167)."""
    chosen = draw(st.lists(st.sampled_from(PAGE_LINES), max_size=4, unique=True))
    lines = [line for line in chosen for _ in range(draw(st.integers(1, 3)))]
    if draw(st.booleans()):
        lines = list(draw(st.permutations(lines)))
    return lines
