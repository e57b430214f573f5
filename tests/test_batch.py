"""Batch runs: parse_many in order with errors in place, the CLI over directories and JSON Lines."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import jalali_meta as jm
from jalali_meta import parse_many
from jalali_meta.testing import run_cli as main

CORPUS = Path(__file__).parent / "corpus"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_keeps_order_and_errors(workers: int) -> None:
    """Results come in input order; a bad item yields its error and the rest still parse."""
    items: list[object] = [*TEXTS[:5], b"not text", *TEXTS[5:10]]
    results = list(parse_many(items, workers=workers))  # type: ignore[arg-type]
    assert len(results) == 11
    assert isinstance(results[5], TypeError)
    expected = [jm.parse_article(t) for t in [*TEXTS[:5], *TEXTS[5:10]]]
    assert [r for r in results if isinstance(r, jm.Article)] == expected


def test_parse_many_strict_errors_in_place() -> None:
    """In strict mode an item's ParseError is yielded in its place, with its position."""
    bad = "عنوان\nتاریخ انتشار: 1402/12/30\nمتن"
    results = list(parse_many([TEXTS[0], bad, TEXTS[1]], strict=True))
    assert isinstance(results[1], jm.DateError)
    assert results[1].line == 2
    assert isinstance(results[0], jm.Article)
    assert isinstance(results[2], jm.Article)


def test_parse_many_is_lazy() -> None:
    """Items are read as results are consumed, not all at once."""
    consumed = 0

    def items() -> object:
        nonlocal consumed
        for text in TEXTS * 10:
            consumed += 1
            yield text

    results = parse_many(items())  # type: ignore[arg-type]
    next(results)
    assert consumed < len(TEXTS) * 10


def test_records_pickle() -> None:
    """Articles (with timestamps, fields and spans) survive pickling, as worker processes need."""
    for text in TEXTS:
        article = jm.parse_article(text)
        assert pickle.loads(pickle.dumps(article)) == article


def test_cli_directory_and_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A directory gives every *.txt below it; a JSON Lines file one record per line."""
    lines = [
        json.dumps({"id": f"item-{i}", "text": t}, ensure_ascii=False)
        for i, t in enumerate(TEXTS[:3])
    ]
    lines.insert(1, "{broken json")
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status = main(["--format", "jsonl", str(CORPUS), str(jsonl)])
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert status == 1
    pages = len(list(CORPUS.rglob("*.html")))
    assert len(records) == len(TEXTS) + pages + 3
    assert [r["path"] for r in records[-3:]] == ["item-0", "item-1", "item-2"]
    assert captured.err.startswith(f"{jsonl}:2:1: error: not a")


def test_cli_workers_match_serial(tmp_path: Path) -> None:
    """--workers 2 writes the same records, in the same order, as one process."""
    serial, parallel = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert main(["--format", "jsonl", "-o", str(serial), str(CORPUS)]) == 0
    assert main(["--format", "jsonl", "-j", "2", "-o", str(parallel), str(CORPUS)]) == 0
    assert serial.read_text(encoding="utf-8") == parallel.read_text(encoding="utf-8")


def test_cli_json_list_for_many_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json with a directory writes one JSON list."""
    assert main([str(CORPUS)]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == len(TEXTS) + len(list(CORPUS.rglob("*.html")))
