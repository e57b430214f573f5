"""Thread safety and memos: parsing from 8 threads, or with the memos empty or full, agrees."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jalali_meta as jm
from jalali_meta import testing
from jalali_meta.testing import clear_caches, memo_sizes

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


def test_memos_do_not_change_results() -> None:
    """Each article parsed with every memo empty equals the same article parsed with them full."""
    cold = []
    for text in TEXTS:
        clear_caches()
        cold.append(jm.to_dict(jm.parse_article(text)))
    warm = [jm.to_dict(jm.parse_article(text)) for text in TEXTS]
    assert cold == warm
    assert memo_sizes()["header lines"][0], "the corpus has short label lines: the memo is in use"


def test_classifier_memo_is_bounded() -> None:
    """However many distinct short label lines a run sees, the memo holds at most its size."""
    clear_caches()
    bound = memo_sizes()["header lines"][1]
    for i in range(bound + 500):
        name = "".join(chr(0x0628 + int(digit)) for digit in str(i))  # distinct, no digits
        article = jm.parse_article(f"عنوان\nنویسنده: {name}\nمتن خبر.")
        assert article.author == name
    assert all(0 < size <= limit for size, limit in memo_sizes().values() if size)


def test_date_answers_are_kept_per_thread() -> None:
    """speed42b: the date grammar's memo (_grammar.remember_matches) is one per thread. A
    thread in the middle of a parse keeps its answers while another thread starts, fills
    and drops its own; the other thread never sees the first one's answers. (A memo shared
    by the module fails each of these asserts.)"""
    from threading import Barrier, Thread

    meet = Barrier(2, timeout=30)
    seen: dict[str, object] = {}

    def parse_in_thread() -> None:
        previous = testing.remember_date_answers()
        try:
            testing.search_date("published 1401/11/03 12:30")
            seen["before"] = testing.date_answers_kept()
            meet.wait()  # 1: the main thread looks, then parses with its own memo
            meet.wait()  # 2: the main thread has dropped its memo
            seen["after"] = testing.date_answers_kept()
            seen["same"] = testing.search_date("published 1401/11/03 12:30")
        finally:
            testing.forget_date_answers(previous)

    thread = Thread(target=parse_in_thread)
    thread.start()
    meet.wait()
    try:
        assert testing.date_answers_kept() == 0, "another thread's answers are not this thread's"
        previous = testing.remember_date_answers()
        testing.search_date("3 bahman 1401 news")
        assert testing.date_answers_kept() == 1
        testing.forget_date_answers(previous)
    finally:
        meet.wait()
        thread.join()
    assert testing.date_answers_kept() == 0
    assert seen["before"] == seen["after"] == 2, "this thread's memo was left as it was"
    assert seen["same"] is not None
