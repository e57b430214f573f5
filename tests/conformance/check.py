"""Run one peer case (tests/conformance/<peer>.json) through jalali-meta and compare.

Used by tests/conformance/test_conformance.py and benchmarks/conformance.py (the table
in docs/conformance.md). A case is *in scope* unless its kind is ``out-of-scope``;
an in-scope case either agrees with the peer or carries a ``verdict`` in the JSON
(``"peer wrong: ..."`` or ``"out of scope: ..."``) saying why it does not.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import jalali_meta as jm

HERE = Path(__file__).resolve().parent
# pending_<branch>.json files hold cases where jalali-meta is wrong, waiting for a fix
# (docs/conformance.md); they are not peer files and the test does not read them.
PEERS = sorted(path for path in HERE.glob("*.json") if not path.name.startswith("pending_"))


def load(path: Path) -> dict[str, Any]:
    """The peer file as a dict: ``peer``, ``repository``, ``cases``."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


_OFFSET = re.compile(r"(?:[+-][0-9]{2}:[0-9]{2}|Z)$")


def _same(expected: str, ours: str, aware: dt.datetime | dt.date | None) -> bool:
    """Whether an expected ISO value (offset only if the input gave one) is ours.

    Instants compare exactly, fraction included (records keep it, docs/formats.md);
    wall-clock times compare to the second.
    ``aware`` is our Gregorian value, for comparing instants; None for a Jalali value.
    """
    if "T" not in expected:
        return ours[:10] == expected  # a day: ours may carry a time the peer ignores
    if "T" not in ours:
        return False  # the peer read a time we did not
    if _OFFSET.search(expected):
        if aware is None:
            return True  # a Jalali value at another offset: the Gregorian instant decides
        wanted = dt.datetime.fromisoformat(expected)
        return isinstance(aware, dt.datetime) and aware == wanted  # the same instant
    return ours[:19] == expected[:19]  # wall-clock time as printed


def _stamp_agrees(
    expect: dict[str, Any], stamp: jm.Timestamp | jm.HijriDate, calendar: bool = True
) -> bool:
    if isinstance(stamp, jm.HijriDate):
        # A HijriDate keeps the printed day only (docs/calendar.md): compare the day.
        wanted = str(expect.get("hijri", ""))[:10]
        return expect.get("calendar") == "hijri" and stamp.hijri_isoformat() == wanted
    if calendar and expect.get("calendar") not in (None, stamp.calendar):
        return False
    gregorian = expect.get("gregorian")
    if gregorian and not _same(gregorian, stamp.isoformat(), stamp.gregorian):
        return False
    jalali = expect.get("jalali")
    return not jalali or _same(jalali, stamp.jalali_isoformat(), None)


def _parse(text: str) -> jm.Timestamp | jm.HijriDate | None:
    """parse_datetime, or the one lunar Hijri date that is the whole text, or None."""
    try:
        return jm.parse_datetime(text)
    except jm.DateError:
        found = jm.find_dates(text, hijri=True)
        if len(found) == 1 and isinstance(found[0], jm.HijriDate):
            stripped = text.strip()
            if found[0].text.strip() == stripped:
                return found[0]
        return None


def _convert(text: str) -> jm.Timestamp | None:
    calendar, _, value = text.partition(":")
    year, month, day = (int(part) for part in value.split("-"))
    if calendar == "jalali":
        # With the era word: a bare «1450/01/01» (a year of 1420 or later) is refused as a
        # lunar date of our time (fix305), and a conversion states its calendar.
        printed = f"{year:04d}/{month:02d}/{day:02d} ه.ش"
    elif calendar == "gregorian":
        printed = f"{year:04d}-{month:02d}-{day:02d}"
    else:
        return None  # lunar dates are never converted (docs/calendar.md)
    try:
        return jm.parse_datetime(printed)
    except jm.DateError:
        return None


def run(case: dict[str, Any]) -> tuple[bool, str]:
    """Return (agrees with the peer, what jalali-meta gave) for an in-scope case."""
    kind, expect, text = case["kind"], case["expect"], case["input"]
    if kind == "search":
        found = jm.find_dates(text, hijri=True)
        shown = [
            f.hijri_isoformat() if isinstance(f, jm.HijriDate) else f.isoformat() for f in found
        ]
        agrees = len(found) == len(expect) and all(
            _stamp_agrees(e, f) for e, f in zip(expect, found, strict=True)
        )
        return agrees, repr(shown)
    if kind == "convert" and text.startswith("hijri:"):
        return False, "not converted"
    stamp = _convert(text) if kind == "convert" else _parse(text)
    if stamp is None:
        return expect is None, "refused"
    shown = (
        stamp.hijri_isoformat()
        if isinstance(stamp, jm.HijriDate)
        else f"{stamp.calendar} {stamp.jalali_isoformat()} {stamp.isoformat()}"
    )
    # A conversion checks the arithmetic only: an Afghan day converts as a Jalali one.
    return expect is not None and _stamp_agrees(expect, stamp, kind != "convert"), shown


def table() -> list[tuple[str, int, int, int, int]]:
    """Per peer: (peer, cases, in scope, agree, judged)."""
    rows = []
    for path in PEERS:
        data = load(path)
        cases = data["cases"]
        in_scope = [c for c in cases if c["kind"] != "out-of-scope"]
        agree = judged = 0
        for case in in_scope:
            ok, _ = run(case)
            if ok and "verdict" not in case:
                agree += 1
            elif "verdict" in case:
                judged += 1
        rows.append((data["peer"], len(cases), len(in_scope), agree, judged))
    return rows
