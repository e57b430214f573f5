"""Thread safety: no global state, so parsing from 8 threads gives the serial results."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jalali_meta as jm

TEXTS = [
    p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "corpus").glob("*.txt"))
]


def _parse_all(_: int) -> list[dict[str, object]]:
    return [jm.to_dict(jm.parse_article(text)) for text in TEXTS for _ in range(3)]


def test_eight_threads_agree_with_serial() -> None:
    """The same inputs parsed from 8 threads give identical records."""
    serial = _parse_all(0)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(_parse_all, range(8)))
    assert all(result == serial for result in results)
