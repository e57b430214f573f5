"""Write tests/data/hijri_pairs.json: lunar Hijri days with their Gregorian days by two
converters this project did not write, for tests/test_lunar_dates.py.

Run once in a throwaway environment (they are never dependencies of the library)::

    python -m venv /tmp/hv && /tmp/hv/bin/pip install convertdate==2.5.1 hijridate==2.6.0
    /tmp/hv/bin/python benchmarks/make_hijri_pairs.py

- ``tabular``: convertdate 2.5.1, ``convertdate.islamic.to_gregorian`` (the arithmetical
  Islamic calendar, civil epoch 16 July 622 Julian): the calendar jalali-meta converts by,
  so the two must agree on every day.
- ``umm_al_qura``: hijridate 2.6.0, ``Hijri(y, m, d).to_gregorian()`` (Saudi Arabia's Umm
  al-Qura calendar, 1343-1500 AH): an official calendar; the tabular day is within two days
  of it (HIJRI_TOLERANCE_DAYS), which is why a converted lunar date is always warned.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from convertdate import islamic
from hijridate import Hijri

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "hijri_pairs.json"


def main() -> None:
    rng = random.Random(1446)
    days = {(1446, 8, 3), (1445, 6, 11), (1444, 12, 8), (1445, 3, 12), (1420, 1, 1)}
    days |= {(y, m, 1) for y in (1343, 1400, 1447, 1500) for m in range(1, 13)}
    days |= {(y, 12, 30) for y in (1445, 1447)}  # leap years of the 30-year cycle have it
    while len(days) < 200:
        days.add((rng.randint(1343, 1500), rng.randint(1, 12), rng.randint(1, 29)))
    pairs = []
    for year, month, day in sorted(days):
        tab = islamic.to_gregorian(year, month, day)
        try:
            uq = Hijri(year, month, day).to_gregorian().isoformat()
        except (ValueError, OverflowError):
            uq = None  # a 30th day that Umm al-Qura's month does not have
        pairs.append(
            {
                "hijri": f"{year:04d}-{month:02d}-{day:02d}",
                "tabular": "{:04d}-{:02d}-{:02d}".format(*tab),
                "umm_al_qura": uq,
            }
        )
    OUT.write_text(
        json.dumps(
            {
                "source": "convertdate 2.5.1 (islamic, tabular) and hijridate 2.6.0 (Umm al-Qura)",
                "pairs": pairs,
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
