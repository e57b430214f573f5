"""Calendar and time zone: the only module that touches jdatetime and zoneinfo.

:func:`build` checks the parts the grammar read (a real day of its calendar,
a real time, a weekday that agrees, a year inside the range where jdatetime is
right) and converts them into a :class:`~jalali_meta._records.Timestamp` in both
calendars, aware in Asia/Tehran. Hard faults raise :class:`DateError`; soft
ones (a weekday that disagrees, a wall time skipped or repeated by a DST change)
come back as :class:`Issue` values, for the caller to raise or to turn into
warnings according to its mode.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import importlib.resources
import zoneinfo
from typing import NamedTuple

import attrs
import jdatetime

from jalali_meta import _vocab as vocab
from jalali_meta._errors import DateError
from jalali_meta._grammar import DateParts
from jalali_meta._records import Calendar, HijriDate, Timestamp, WarningCode

__all__ = [
    "DAY_PARTS",
    "GREGORIAN_RANGE",
    "KABUL",
    "MONTH_LAW_YEAR",
    "JALALI_MAX_YEAR",
    "LAST_HOUR",
    "LAST_MINUTE",
    "JALALI_MIN_YEAR",
    "TEHRAN",
    "Issue",
    "build",
    "build_hijri",
    "cut_number_error",
    "hour_24",
    "tehran",
    "gregorian_to_jalali",
    "jalali_month_length",
    "jalali_to_gregorian",
    "hijri_to_gregorian",
    "month_law_doubt",
    "named_zone",
    "weekday_name",
    "zone_key",
    "zone_named",
]

# A clock's last hour and last minute (or second): past them a clock is no time of day.
LAST_HOUR = 23
LAST_MINUTE = 59

# jdatetime agrees with the astronomical calendar (Borkowski's algorithm, as in jalaali-js)
# for these Jalali years only; outside them it silently drifts, so we refuse them.
JALALI_MIN_YEAR = 1178
JALALI_MAX_YEAR = 1633
# The same span in Gregorian days: 1 Farvardin 1178 to 29/30 Esfand 1633.
GREGORIAN_RANGE = (
    jdatetime.date(JALALI_MIN_YEAR, 1, 1).togregorian(),
    (jdatetime.date(JALALI_MAX_YEAR + 1, 1, 1) - jdatetime.timedelta(days=1)).togregorian(),
)

# The name each month's messages print: the first spelling _vocab lists for it (the vocabulary
# lives in one place; its first entries are the standard Persian spellings).
_MONTH_NAMES = tuple(
    next(name for name, number in vocab.JALALI_MONTHS.items() if number == month)
    for month in range(1, 13)
)
_WEEKDAY_NAMES = ("شنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه")


def weekday_name(index: int) -> str:
    """Return the Persian name of a weekday numbered as jdatetime does (0 = Saturday)."""
    return _WEEKDAY_NAMES[index]


class _TehranZone(_dt.tzinfo):
    """A zone (Asia/Tehran, Asia/Kabul, any named one) read from the ``tzdata`` package only.

    A system database older than 2022b still applies DST to Iran after 2022.
    ``ZoneInfo.from_file`` is the way to force the package's copy, but such
    zones cannot be pickled; this thin wrapper pickles by name (records cross
    process boundaries in batch runs) and delegates every computation.
    """

    def __init__(self, key: str = "Asia/Tehran") -> None:
        self._key = key
        source = importlib.resources.files("tzdata") / "zoneinfo" / key
        with source.open("rb") as handle:
            self._zone = zoneinfo.ZoneInfo.from_file(handle, key=key)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        """The wrapped ZoneInfo (not picklable itself)."""
        return self._zone

    def utcoffset(self, dt: _dt.datetime | None) -> _dt.timedelta | None:
        return self._zone.utcoffset(dt)

    def dst(self, dt: _dt.datetime | None) -> _dt.timedelta | None:
        return self._zone.dst(dt)

    def tzname(self, dt: _dt.datetime | None) -> str | None:
        return self._zone.tzname(dt)

    def fromutc(self, dt: _dt.datetime) -> _dt.datetime:
        return self._zone.fromutc(dt.replace(tzinfo=self._zone)).replace(tzinfo=self)

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (zone_named, (self._key,))

    def __repr__(self) -> str:
        return self._key

    __str__ = __repr__


TEHRAN = _TehranZone()
KABUL = _TehranZone("Asia/Kabul")
_ZONES: dict[str, _TehranZone] = {"Asia/Tehran": TEHRAN, "Asia/Kabul": KABUL}


def as_day(value: _dt.date) -> _dt.date:
    """The calendar day of a date, or of an aware time as its clock prints it (no zone shift).

    >>> as_day(_dt.datetime(2023, 9, 19, 16, 42, tzinfo=TEHRAN))
    datetime.date(2023, 9, 19)
    """
    return value.date() if isinstance(value, _dt.datetime) else value


def tehran() -> _dt.tzinfo:
    """Return the shared Asia/Tehran zone (from the ``tzdata`` package)."""
    return TEHRAN


@functools.cache
def _zone_keys() -> dict[str, str]:
    """Every zone name of the ``tzdata`` package, by its lower-case form."""
    listing = importlib.resources.files("tzdata") / "zones"
    return {key.lower(): key for key in listing.read_text(encoding="utf-8").split()}


# The non-ASCII letters the grammar's case-insensitive zone areas match (as _grammar.squeeze).
_FOLDS = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})


def zone_key(name: str) -> str | None:
    """The tz database's spelling of a zone name printed in any case, or None if it has none."""
    return _zone_keys().get(name.translate(_FOLDS).lower())


def zone_named(key: str) -> _dt.tzinfo:
    """Return the shared zone for ``key``, a name of the tz database (``Asia/Dushanbe``).

    Raises:
        KeyError: the tz database has no zone of that name.
    """
    return _zone(key)


def named_zone(stamp: Timestamp) -> _dt.tzinfo | None:
    """The zone of a time printed on another clock than Tehran's (Asia/Kabul, a named zone).

    None for a day without a time and for a time in Tehran (machine offsets are converted
    to Tehran, so only a zone name or an Afghan date gives another clock).
    """
    value = stamp.gregorian
    if not isinstance(value, _dt.datetime) or value.tzinfo is TEHRAN:
        return None
    zone = value.tzinfo
    return zone if isinstance(zone, _TehranZone) else None


def _zone(key: str) -> _TehranZone:
    zone = _ZONES.get(key)
    if zone is None:
        canonical = zone_key(key)
        if canonical is None:
            raise KeyError(key)
        zone = _ZONES.get(canonical)
        if zone is None:
            zone = _ZONES[canonical] = _TehranZone(canonical)
    return zone


class Issue(NamedTuple):
    """A soft fault in a date: the value is kept, but it is doubtful.

    Attributes:
        code: ``weekday-mismatch``, ``nonexistent-time`` or ``repeated-time``.
        message: A sentence for warnings and strict-mode errors.
        span: Where in the text the fault is.
    """

    code: WarningCode
    message: str
    span: tuple[int, int]


def _date_error(message: str, parts: DateParts, doc: str) -> DateError:
    return DateError(message, doc, parts.span[0], parts.span[1])


@functools.cache
def _nowruz() -> tuple[int, ...]:
    """Gregorian ordinals of 1 Farvardin for every supported year and the year after.

    Built once from jdatetime, so every conversion here agrees with jdatetime by
    construction; the table turns each conversion into a lookup and an addition
    instead of a jdatetime object (whose constructor reads the process locale).
    """
    return tuple(
        jdatetime.date(year, 1, 1).togregorian().toordinal()
        for year in range(JALALI_MIN_YEAR, JALALI_MAX_YEAR + 2)
    )


def _esfand_days(year: int) -> int:
    nowruz = _nowruz()
    index = year - JALALI_MIN_YEAR
    return nowruz[index + 1] - nowruz[index] - 336  # 6 x 31 + 5 x 30 = 336


def jalali_month_length(year: int, month: int) -> int:
    """Return the number of days of a Jalali month (year within 1178-1633)."""
    return 31 if month <= 6 else 30 if month <= 11 else _esfand_days(year)


# The year from which Iran's months have 31 and 30 days (the law of 11 Farvardin 1304, 31
# March 1925). Before it a month began on the day the sun entered its sign (29 to 32 days),
# so a day after Farvardin may be one off against the almanac of its time; Nowruz is right
# either way (data/jalali_years.csv). roozbehp/persiancalendar's month starts of 1230-1303,
# from Najmabadi's comparative almanac, are one day off in 398 of 893 (tests/conformance).
MONTH_LAW_YEAR = 1304


def month_law_doubt(stamp: Timestamp) -> str | None:
    """Why a day printed in the Jalali calendar may be one off, or None.

    A Jalali date before :data:`MONTH_LAW_YEAR` after Farvardin is converted the way today's
    writers and jdatetime count it (31- and 30-day months from the right Nowruz); a page of
    its time counted the astronomical months, which may put the same printed day one day
    earlier or later. The value is kept; the caller warns (``calendar-before-1304``)."""
    year, month, _day = stamp.jalali_date
    if stamp.calendar != "jalali" or year >= MONTH_LAW_YEAR or month == 1:
        return None
    return (
        f"{stamp.text!r} is a Jalali date before {MONTH_LAW_YEAR}: converted as today's "
        f"calendar counts it (31- and 30-day months from Nowruz) to {stamp.isoformat()[:10]}; "
        f"before the law of {MONTH_LAW_YEAR} a month began when the sun entered its sign, so "
        "in the almanac of its time the printed day may be one day earlier or later"
    )


def jalali_to_gregorian(year: int, month: int, day: int) -> _dt.date:
    """Convert a valid Jalali day (within 1178-1633) to its Gregorian day."""
    before = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return _dt.date.fromordinal(_nowruz()[year - JALALI_MIN_YEAR] + before + day - 1)


def gregorian_to_jalali(day: _dt.date) -> tuple[int, int, int]:
    """Convert a Gregorian day within GREGORIAN_RANGE to (year, month, day) in Jalali."""
    nowruz = _nowruz()
    ordinal = day.toordinal()
    index = bisect.bisect_right(nowruz, ordinal) - 1
    offset = ordinal - nowruz[index]  # days since 1 Farvardin
    if offset < 186:
        month, day_of_month = offset // 31 + 1, offset % 31 + 1
    else:
        month, day_of_month = (offset - 186) // 30 + 7, (offset - 186) % 30 + 1
    return JALALI_MIN_YEAR + index, month, day_of_month


def _jalali_day(parts: DateParts, doc: str) -> _dt.date:
    if not JALALI_MIN_YEAR <= parts.year <= JALALI_MAX_YEAR:
        raise _date_error(
            f"Jalali year {parts.year} is outside {JALALI_MIN_YEAR}-{JALALI_MAX_YEAR}, "
            "the years where the arithmetic calendar is known to match the astronomical one",
            parts,
            doc,
        )
    if not 1 <= parts.month <= 12:
        raise _date_error(f"month {parts.month} does not exist", parts, doc)
    length = 31 if parts.month <= 6 else 30 if parts.month <= 11 else _esfand_days(parts.year)
    if not 1 <= parts.day <= length:
        name = _MONTH_NAMES[parts.month - 1]
        if parts.month == 12 and parts.day == 30:
            reason = f"{parts.year} is not a leap year, so Esfand has 29 days"
        else:
            reason = f"{name} has {length} days"
        raise _date_error(
            f"day {parts.day} does not exist in {name} {parts.year}: {reason}", parts, doc
        )
    return jalali_to_gregorian(parts.year, parts.month, parts.day)


def _gregorian_day(parts: DateParts, doc: str) -> _dt.date:
    if parts.day_first:
        # All digits, day or month first? Iranian pages print day first, Latin-script
        # sources often month first. Only one valid reading is taken; two are a guess.
        readings: set[_dt.date] = set()
        for month, day_of_month in ((parts.month, parts.day), (parts.day, parts.month)):
            try:
                readings.add(_dt.date(parts.year, month, day_of_month))
            except ValueError:
                continue
        if len(readings) > 1:
            raise _date_error(
                "ambiguous all-digit Gregorian date: day/month and month/day are both valid",
                parts,
                doc,
            )
        if readings:
            return _in_range(readings.pop(), parts, doc)
    try:
        printed = _dt.date(parts.year, parts.month, parts.day)
    except ValueError as err:
        raise _date_error(f"invalid Gregorian date: {err}", parts, doc) from err
    return _in_range(printed, parts, doc)


def _in_range(day: _dt.date, parts: DateParts, doc: str) -> _dt.date:
    low, high = GREGORIAN_RANGE
    if not low <= day <= high:
        raise _date_error(
            f"Gregorian date {day.isoformat()} is outside {low.isoformat()}..{high.isoformat()}, "
            f"Jalali years {JALALI_MIN_YEAR}-{JALALI_MAX_YEAR}",
            parts,
            doc,
        )
    return day


# How a 12-hour marker or day-part word turns a printed hour into a 24-hour one: for each
# key, the 24-hour hours it may name. A printed hour h (1-12) is read as the one hour of
# that set congruent to h modulo 12; a printed 24-hour hour (0, 13-23) must itself be in
# the set. No hour in the set: the combination is impossible («۱۵:۰۰ صبح») and refused.
# The AM/PM markers follow the same rule (fix206): persian-date's default format() prints a
# 24-hour hour with its marker, «۰۰:۰۰:۰۰ ق ظ» (midnight) and «۲۳:۵۹:۵۹ ب ظ»; a 24-hour hour
# in the other half of the day («۱۵:۰۰ ق.ظ», «00:30 PM») contradicts its marker and is refused.
DAY_PARTS: dict[str, frozenset[int]] = {
    "am": frozenset(range(12)),  # ق.ظ, قبل از ظهر, AM: «۱۲:۳۰ ق.ظ» = 00:30
    "pm": frozenset(range(12, 24)),  # ب.ظ, بعد از ظهر, PM: «۱۲:۳۰ ب.ظ» = 12:30
    # بامداد, from midnight through the morning: «۱۲ بامداد» = 00, «۲ بامداد» = 02, and news
    # sites' «ساعت ۸ بامداد» = 08 (never the evening: «۸ بامداد» is not 20).
    "bamdad": frozenset(range(12)),
    "sobh": frozenset(range(1, 12)),  # صبح, morning: 01-11 («۱۲ صبح» is refused: ambiguous)
    "zohr": frozenset(range(11, 17)),  # ظهر, midday: «۱۱ ظهر» = 11, «۱۲ ظهر» = 12, «۲ ظهر» = 14
    "asr": frozenset(range(13, 21)),  # عصر, afternoon: «۵ عصر» = 17 ... «۸ عصر» = 20
    "shab": frozenset({18, 19, 20, 21, 22, 23, 0, 1, 2, 3, 4}),  # شب: «۱۱ شب» = 23, «۱:۳۰ شب» = 01
}
_MARKERS = frozenset({"am", "pm"})  # the 12-hour markers, named in a refusal by their half
_MARKER_HALVES = {"am": "first half of the day (00-11)", "pm": "second half of the day (12-23)"}
_PART_NAMES = {
    "bamdad": "بامداد",
    "sobh": "صبح",
    "zohr": "ظهر",
    "asr": "عصر",
    "shab": "شب",
}


def hour_24(hour: int, part: str) -> int | None:
    """The 24-hour hour that ``hour`` printed with ``part`` names, or None if none fits."""
    allowed = DAY_PARTS[part]
    if 1 <= hour <= 12:
        fits = [h for h in (hour % 12, hour % 12 + 12) if h in allowed]
        return fits[0] if len(fits) == 1 else None
    if hour > LAST_HOUR:
        return None
    return hour if hour in allowed else None


def _time_of_day(parts: DateParts, doc: str) -> _dt.time | None:
    if parts.hour is None:
        return None
    # An hour printed alone («ساعت ۱۶») is on the hour.
    hour, minute, second = parts.hour, parts.minute or 0, parts.second or 0
    if parts.ampm is not None:
        converted = hour_24(hour, parts.ampm)
        if converted is None:
            if parts.ampm in _MARKERS:
                reason = (
                    "is not a 12-hour clock hour, nor a 24-hour hour in the"
                    f" {_MARKER_HALVES[parts.ampm]} that its marker names"
                )
            else:
                reason = f"does not fit the day-part word ({_PART_NAMES[parts.ampm]}) after it"
            raise _date_error(f"hour {hour} {reason}", parts, doc)
        hour = converted
    if hour > LAST_HOUR or minute > LAST_MINUTE or second > LAST_MINUTE:
        shown = f"{parts.hour:02d}:{minute:02d}" + (
            f":{second:02d}" if parts.second is not None else ""
        )
        raise _date_error(f"time {shown} does not exist", parts, doc)
    return _dt.time(hour, minute, second, parts.microsecond or 0)


def _steady_day(day: _dt.date) -> bool:
    """Whether Tehran's clock has one offset all through ``day`` (no DST change on it).

    Asked of the zone itself, once per day: the offset at the day's start and at the
    next day's start, with either fold, all equal. Remembered, because a corpus has
    many articles per day and asking the zone costs more than the rest of a date.
    """
    steady = _STEADY_DAYS.get(day)
    if steady is None:
        zone = TEHRAN.zone
        start = _dt.datetime(day.year, day.month, day.day)
        end = start + _dt.timedelta(days=1)
        offsets = {zone.utcoffset(moment) for moment in (start, end)}
        offsets |= {zone.utcoffset(moment.replace(fold=1)) for moment in (start, end)}
        steady = len(offsets) == 1
        if len(_STEADY_DAYS) >= _STEADY_DAYS_SIZE:
            _STEADY_DAYS.clear()
        _STEADY_DAYS[day] = steady
    return steady


_STEADY_DAYS: dict[_dt.date, bool] = {}
_STEADY_DAYS_SIZE = 65536


def _dst_issue(
    local: _dt.datetime, span: tuple[int, int], home: _TehranZone = TEHRAN
) -> Issue | None:
    """Tell whether a wall time in ``home`` (Tehran) was skipped or repeated by a DST change."""
    if home is TEHRAN and _steady_day(local.date()):
        return None
    # On a day with a change, ask the zone about the naive wall time with either fold:
    # the same offset both ways is an ordinary time.
    naive = local.replace(tzinfo=None)
    zone = home.zone
    if zone.utcoffset(naive) == zone.utcoffset(naive.replace(fold=1)):
        return None
    place = "Tehran" if home is TEHRAN else str(home)
    earlier = local.replace(fold=0)
    round_trip = earlier.astimezone(_dt.timezone.utc).astimezone(home)
    if round_trip.replace(tzinfo=None) != earlier.replace(tzinfo=None):
        return Issue(
            "nonexistent-time",
            f"{earlier:%H:%M} on {earlier:%Y-%m-%d} did not exist in {place} "
            "(clocks moved forward); "
            f"read with the offset before the change ({earlier.utcoffset()})",
            span,
        )
    return Issue(
        "repeated-time",
        f"{earlier:%H:%M} on {earlier:%Y-%m-%d} happened twice in {place} (clocks moved back); "
        "read as the first of the two",
        span,
    )


# The arithmetical (tabular) Islamic calendar, civil epoch: 1 Muharram 1 = 622-07-19
# (proleptic Gregorian). Used only to cross-check a printed lunar date against the solar
# date beside it, with a tolerance (Iran's lunar months are fixed by sighting).
_HIJRI_EPOCH = _dt.date(622, 7, 19).toordinal()
HIJRI_TOLERANCE_DAYS = 2


def in_zone(stamp: Timestamp, zone: _dt.tzinfo) -> Timestamp:
    """Return the same instant as ``zone``'s wall time, with that zone's day in both calendars.

    A day without a time is returned as it is: it is a day, not an instant.
    """
    value = stamp.gregorian
    if not isinstance(value, _dt.datetime) or value.tzinfo is zone:
        return stamp
    local = value.astimezone(zone)
    return attrs.evolve(stamp, gregorian=local, jalali_date=gregorian_to_jalali(local.date()))


def with_clock(stamp: Timestamp, hour: int, minute: int) -> Timestamp | None:
    """Return ``stamp`` with its Tehran wall time set to ``hour``:``minute`` (the printed
    text and day kept), or None for a day without a time, another zone's clock or a wall
    time a DST change skipped or repeated (fix173: a clock read the other way)."""
    value = stamp.gregorian
    if not isinstance(value, _dt.datetime) or value.tzinfo is not TEHRAN:
        return None
    local = value.replace(hour=hour, minute=minute, second=0, microsecond=0, fold=0)
    if _dst_issue(local, stamp.span or (0, 0)) is not None:
        return None
    return attrs.evolve(stamp, gregorian=local, dst=None)


def on_clock(stamp: Timestamp, zone: _dt.tzinfo) -> Timestamp:
    """Return the same wall time read on ``zone``'s clock (not the same instant).

    A time printed without a zone is read on Tehran's clock; on a page that keeps another
    clock (an Afghan site's: Kabul) the printed «3:10 PM» is that clock's 15:10. A day
    without a time, and a stamp already on ``zone``, are returned as they are.
    """
    value = stamp.gregorian
    if not isinstance(value, _dt.datetime) or value.tzinfo is zone or value.tzinfo is not TEHRAN:
        return stamp
    return attrs.evolve(stamp, gregorian=value.replace(tzinfo=zone, fold=0), dst=None)


def hijri_to_gregorian(year: int, month: int, day: int) -> _dt.date:
    """The Gregorian day of a lunar Hijri day by the tabular calendar (may differ by 1-2 days)."""
    days = (year - 1) * 354 + (3 + 11 * year) // 30 + (59 * (month - 1) + 1) // 2 + day - 1
    return _dt.date.fromordinal(_HIJRI_EPOCH + days)


def build_hijri(parts: DateParts, doc: str) -> HijriDate:
    """Check a lunar Hijri date's parts (month 1-12, day 1-30, year 1-1600) and keep them.

    Raises:
        DateError: The month or day cannot exist in any lunar calendar, or a number is
            cut by a mark.
    """
    _refuse_unreadable(parts, doc)
    if not 1 <= parts.year <= 1600:
        raise _date_error(f"lunar Hijri year {parts.year} is outside 1-1600", parts, doc)
    if not 1 <= parts.month <= 12:
        raise _date_error(f"lunar month {parts.month} does not exist", parts, doc)
    if not 1 <= parts.day <= 30:
        raise _date_error(f"a lunar month has no day {parts.day}", parts, doc)
    start, end = parts.span
    return HijriDate((parts.year, parts.month, parts.day), doc[start:end], (start, end))


def _refuse_unreadable(parts: DateParts, doc: str) -> None:
    """Raise DateError for a number cut by a mark or a time that cannot be read.

    Either way the text does not say surely which date (or time) it is, and reading the
    rest alone would give a different value without a word.
    """
    if parts.glued is not None:
        raise cut_number_error(doc, *parts.glued)
    if parts.ranged is not None:
        raise DateError(
            "a range of days or of times is not one date or time; neither end is read as "
            "if it were all of it",
            doc,
            parts.span[0],
            parts.span[1],
        )
    if parts.bad_time is not None:
        start, end = parts.bad_time
        raise DateError(
            f"{doc[start:end]!r} stands where the time belongs but is not one (hh:mm or "
            "hh:mm:ss); the date is not read without its time",
            doc,
            start,
            end,
        )


def cut_number_error(doc: str, start: int, end: int) -> DateError:
    """The error for a number of a date, ``doc[start:end]``, that a mark cuts in two."""
    return DateError(
        f"the number {doc[start:end]!r} has a mark or an invisible character inside it "
        f"({_marks_in(doc[start:end])}); the date is not read from a number cut in two",
        doc,
        start,
        end,
    )


def _marks_in(text: str) -> str:
    """The code points of what in ``text`` is not a digit, for messages: ``U+0301``."""
    return ", ".join(sorted({f"U+{ord(ch):04X}" for ch in text if not ch.isdigit()}))


def _range_error(day: _dt.date, parts: DateParts, doc: str) -> DateError:
    low, high = GREGORIAN_RANGE
    return _date_error(
        f"{day.isoformat()} in Tehran is outside {low.isoformat()}..{high.isoformat()}, "
        f"Jalali years {JALALI_MIN_YEAR}-{JALALI_MAX_YEAR}",
        parts,
        doc,
    )


def build(parts: DateParts, doc: str) -> tuple[Timestamp, list[Issue]]:
    """Check ``parts`` and convert them into a Timestamp in both calendars.

    Args:
        parts: What the grammar read.
        doc: The original text (as written) that ``parts.span`` points into.

    Returns:
        The timestamp and its soft issues (weekday mismatch, DST gap or repeat).

    Raises:
        DateError: The day or time does not exist, the era word contradicts the
            month name, or the year is outside the supported range.

    Example:
        >>> import jalali_meta as jm
        >>> jm.parse_datetime("سه شنبه 1402/06/28 ساعت 16:42").isoformat()
        '2023-09-19T16:42:00+03:30'
    """
    if parts.calendar == "hijri":
        raise _date_error(
            "a lunar Hijri date is not converted: Iran's lunar calendar is fixed by sighting "
            "(find_dates(text, hijri=True) returns it as a HijriDate)",
            parts,
            doc,
        )
    # An Afghan date may say «هجری شمسی»: the same Solar Hijri era.
    solar_twins = parts.calendar == "afghan" and parts.era == "jalali"
    if parts.era is not None and parts.era != parts.calendar and not solar_twins:
        raise _date_error(
            f"the era word says {parts.era} but the month is {parts.calendar}", parts, doc
        )
    _refuse_unreadable(parts, doc)
    if parts.bad_zone is not None:
        if parts.bad_zone.startswith("-") and parts.second is None:
            raise _date_error(
                f"{parts.bad_zone!r} right after a time without seconds may end a time range "
                "(10:00-12:00) or be a UTC offset; the date is not read",
                parts,
                doc,
            )
        raise _date_error(
            f"{parts.bad_zone!r} is not a UTC offset (hours 0-14, minutes 00, 15, 30 or 45)",
            parts,
            doc,
        )
    home = TEHRAN
    if parts.zone is not None:
        try:
            home = _zone(parts.zone)
        except KeyError:
            raise _date_error(
                f"{parts.zone!r} is not a time zone name the tz database (tzdata) knows; "
                "the date is not read without its zone",
                parts,
                doc,
            ) from None
    if parts.calendar in ("jalali", "afghan"):
        gregorian_day = _jalali_day(parts, doc)
        jalali_date = (parts.year, parts.month, parts.day)
    else:
        gregorian_day = _gregorian_day(parts, doc)
        jalali_date = gregorian_to_jalali(gregorian_day)
    time = _time_of_day(parts, doc)
    issues: list[Issue] = []
    start, end = parts.span
    if parts.weekday is not None:
        # Python counts weekdays from Monday, the Jalali week starts on Saturday.
        actual = (gregorian_day.weekday() + 2) % 7
        if actual != parts.weekday:
            assert parts.weekday_span is not None
            issues.append(
                Issue(
                    "weekday-mismatch",
                    f"the weekday {doc[slice(*parts.weekday_span)]!r} does not match "
                    f"{jalali_date[0]}/{jalali_date[1]:02d}/{jalali_date[2]:02d} "
                    f"({gregorian_day.isoformat()}), which is a {weekday_name(actual)}",
                    parts.weekday_span,
                )
            )
    if parts.other_weekday is not None:
        # Two different weekdays printed with one date: at least one of them is wrong.
        index, span = parts.other_weekday
        actual = (gregorian_day.weekday() + 2) % 7
        if index != actual:
            issues.append(
                Issue(
                    "weekday-mismatch",
                    f"the weekday {doc[slice(*span)]!r} does not match "
                    f"{jalali_date[0]}/{jalali_date[1]:02d}/{jalali_date[2]:02d} "
                    f"({gregorian_day.isoformat()}), which is a {weekday_name(actual)}",
                    span,
                )
            )
    weekday_text = doc[slice(*parts.weekday_span)] if parts.weekday_span else None
    calendar: Calendar = (
        "jalali"
        if parts.calendar == "jalali"
        else "afghan"
        if parts.calendar == "afghan"
        else "gregorian"
    )
    if time is not None and parts.unread_zone is not None:
        # «07:44 AM PST»: the clock is another zone's, and the abbreviation names several
        # offsets. The day printed is kept, date only; the time is not read as Tehran's.
        zone_text = doc[slice(*parts.unread_zone)]
        issues.append(
            Issue(
                "zone-unread",
                f"the zone {zone_text!r} after the time names more than one UTC offset; "
                f"its time is not read as Tehran's (the day {gregorian_day.isoformat()} is sure)",
                parts.unread_zone,
            )
        )
        time = None
    if time is None:
        stamp = Timestamp(
            jalali_date, gregorian_day, calendar, doc[start:end], (start, end), weekday_text
        )
        return stamp, issues
    if parts.offset is not None:
        # A machine time with its own offset: the same instant, in Tehran (its day may change).
        zone = _dt.timezone(_dt.timedelta(minutes=parts.offset))
        local = _dt.datetime.combine(gregorian_day, time, tzinfo=zone).astimezone(home)
        low, high = GREGORIAN_RANGE
        if not low <= local.date() <= high:
            raise _range_error(local.date(), parts, doc)
        jalali_date = gregorian_to_jalali(local.date())
        stamp = Timestamp(jalali_date, local, calendar, doc[start:end], (start, end), weekday_text)
        return stamp, issues
    # The wall time of the zone the text names (Asia/Dushanbe), of Kabul for an Afghan date,
    # else of Tehran.
    local = _dt.datetime.combine(gregorian_day, time, tzinfo=home)
    dst = _dst_issue(local, parts.span, home)
    if dst is not None:
        issues.append(dst)
    stamp = Timestamp(
        jalali_date,
        local,
        calendar,
        doc[start:end],
        (start, end),
        weekday_text,
        None if dst is None else ("nonexistent" if dst.code == "nonexistent-time" else "repeated"),
    )
    return stamp, issues
