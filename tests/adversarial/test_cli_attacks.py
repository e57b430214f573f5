"""Attacks on the batch machinery and the command line (issue 14, classes 5-7, 16-19, 24-26).

The promise under attack: a bad input, signal or output error loses no good record,
leaves no process or temporary file behind, and ends with a message, not a traceback.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import jalali_meta as jm
from jalali_meta.testing import run_cli as main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_93f79026dfa18f1a.txt"
GOOD = "عنوان خبر\nکد خبر: ۱۲۳۴\nمتن خبر."


def records(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if not line.startswith("jalali-meta: ")]


# -- class 5: names and strings that cannot be written, bytes that cannot be read ----------


def test_undecodable_file_name_is_written_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file name with a byte that is not UTF-8 is parsed; its path is written as \\xff."""
    name = os.fsdecode(b"bad\xff.txt")
    (tmp_path / name).write_text(GOOD, encoding="utf-8")
    assert main(["--format", "jsonl", str(tmp_path)]) == 0
    [record] = records(capsys.readouterr().out)
    assert (Path(str(record["path"])).name, record["number"]) == ("bad\\xff.txt", "1234")


def test_bad_jsonl_records_are_reported_and_the_rest_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A lone surrogate, a bad UTF-8 byte, a non-object: each record reported, the others kept."""
    good = json.dumps({"id": "ok", "text": GOOD}, ensure_ascii=False).encode()
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_bytes(
        b"\n".join(
            [
                b"\xef\xbb\xbf" + good,  # a BOM before the first record
                b'{"text": "\\ud800 lone"}',
                b'{"text": "bad \xff byte"}',
                b"[1, 2]",
                good,
                b'{"id": "\\ud800-id", "text": "\\u0639\\n\\u0645"}',  # a lone surrogate in the name only
            ]
        )
    )
    assert main(["--format", "jsonl", str(jsonl)]) == 1
    captured = capsys.readouterr()
    assert [r["path"] for r in records(captured.out)] == ["ok", "ok", "\\ud800-id"]
    assert [e.split(": error: ")[0] for e in errors(captured.err)] == [
        f"{jsonl}:2:1",
        f"{jsonl}:3:1",
        f"{jsonl}:4:1",
    ]


# -- class 6: parse_many ---------------------------------------------------------------------


def failing_items() -> Iterator[str]:
    for i in range(10):
        yield f"عنوان\nکد خبر: {i + 1}\nمتن"
    raise RuntimeError("the crawler's generator broke")


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_keeps_results_before_a_failing_iterable(workers: int) -> None:
    """A generator that raises after ten items: ten results, then its own exception."""
    results = []
    with pytest.raises(RuntimeError, match="generator broke"):
        results.extend(jm.parse_many(failing_items(), workers=workers))
    assert [r.number for r in results if isinstance(r, jm.Article)] == [
        str(i) for i in range(1, 11)
    ]


class Breaking(str):
    """A str whose methods fail: an internal error inside the parser."""

    def splitlines(self, keepends: bool = False) -> list[str]:
        raise RuntimeError("internal")

    def translate(self, table: object) -> str:
        raise RuntimeError("internal")

    def __len__(self) -> int:
        raise RuntimeError("internal")


@pytest.mark.parametrize("workers", [1, 2])
def test_an_internal_error_loses_only_its_item(workers: int) -> None:
    """An item that breaks the parser yields its exception; its neighbours still parse."""
    items = [GOOD, Breaking("x\ny"), GOOD, threading.Lock(), GOOD]
    kinds = [type(r).__name__ for r in jm.parse_many(items, workers=workers)]  # type: ignore[list-item]
    assert kinds == ["Article", "RuntimeError", "Article", "TypeError", "Article"]


def test_parse_many_refuses_one_string() -> None:
    """parse_many("abc") is a TypeError, not three one-letter articles."""
    with pytest.raises(TypeError, match="wrap it in a list"):
        jm.parse_many("abc")


# -- class 7: depth --------------------------------------------------------------------------


def test_a_thousand_levels_deep(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A tree 1000 directories deep is walked without RecursionError."""
    deep = str(tmp_path)
    for _ in range(1000):  # one level at a time: Path.mkdir(parents=True) itself recurses
        deep += "/d"
        os.mkdir(deep)
    Path(deep, "a.txt").write_text(GOOD, encoding="utf-8")
    try:
        assert main(["-q", "--format", "jsonl", str(tmp_path)]) == 0
    finally:  # shutil.rmtree, which pytest cleans up with, recurses: remove it here
        Path(deep, "a.txt").unlink()
        while deep != str(tmp_path):
            os.rmdir(deep)
            deep = os.path.dirname(deep)
    assert [r["number"] for r in records(capsys.readouterr().out)] == ["1234"]


# -- classes 16 and 17: the output file ----------------------------------------------------


def test_output_mode_follows_umask_and_existing_file(tmp_path: Path) -> None:
    """A new -o file gets 0666 minus the umask; an existing file keeps its mode."""
    old = os.umask(0o022)
    try:
        new = tmp_path / "new.jsonl"
        assert main(["-q", "--format", "jsonl", "-o", str(new), str(SEED)]) == 0
        existing = tmp_path / "old.jsonl"
        existing.write_text("")
        existing.chmod(0o640)
        assert main(["-q", "--format", "jsonl", "-o", str(existing), str(SEED)]) == 0
    finally:
        os.umask(old)
    assert (stat.S_IMODE(new.stat().st_mode), stat.S_IMODE(existing.stat().st_mode)) == (
        0o644,
        0o640,
    )


@pytest.mark.parametrize("bad", ["missing.txt", "empty.txt"])
def test_failed_run_keeps_existing_output(
    bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A run whose inputs all fail (or a mistyped path) leaves a good -o file untouched."""
    out = tmp_path / "out.jsonl"
    assert main(["-q", "--format", "jsonl", "-o", str(out), str(SEED)]) == 0
    before = out.read_bytes()
    (tmp_path / "empty.txt").write_text("")
    assert main(["--format", "jsonl", "-o", str(out), str(tmp_path / bad)]) == 3
    assert out.read_bytes() == before
    assert "left as it was" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"out.jsonl", "empty.txt"})


# -- class 18: signals -------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(x) for x in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_signal_stops_workers_and_removes_temp_file(
    sig: signal.Signals, code: int, tmp_path: Path
) -> None:
    """SIGTERM and Ctrl-C: workers end, no temp file, no traceback, exit 143 or 130."""
    fifo = tmp_path / "never-written"
    os.mkfifo(fifo)  # a worker blocks opening it: the run cannot finish on its own
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "jalali_meta", "--format", "jsonl", "-j", "2", "-o", str(out)]
    process = subprocess.Popen(
        [*command, str(fifo), str(SEED), str(SEED)],
        stderr=subprocess.PIPE,
        text=True,
        # A suite started as a background job of a non-interactive shell inherits an ignored
        # SIGINT, and Python keeps an ignored SIGINT ignored: the run never sees Ctrl-C.
        # Ctrl-C's default is given back in the child, as an interactive terminal has it.
        preexec_fn=_default_sigint,  # noqa: PLW1509 - one signal call, no lock taken
    )
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not workers:
        time.sleep(0.1)
        workers = [p for p in _children(process.pid) if _alive(p)]
    assert workers, "the run started no worker"
    time.sleep(0.5)
    process.send_signal(sig)
    _, err = process.communicate(timeout=30)
    assert process.returncode == code
    assert "Traceback" not in err
    assert [p for p in workers if _alive(p)] == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["never-written"]


# -- class 19: names that lie -------------------------------------------------------------------


def test_directory_named_like_a_file_and_upper_case_suffix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A directory named x.txt is walked; IN.JSONL is read as JSON Lines."""
    folder = tmp_path / "x.txt"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    upper = tmp_path / "IN.JSONL"
    upper.write_text(json.dumps({"id": "j", "text": GOOD}) + "\n", encoding="utf-8")
    assert main(["-q", "--format", "jsonl", str(folder), str(upper)]) == 0
    assert [r["number"] for r in records(capsys.readouterr().out)] == ["1234", "1234"]


# -- class 24: things that are not files, and files too large ------------------------------


def test_fifo_in_a_directory_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A FIFO met while walking a directory is skipped with a message; the run goes on."""
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert main(["--format", "jsonl", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert len(records(captured.out)) == 1
    assert f"{tmp_path / 'pipe.txt'}: skipped: not a regular file" in captured.err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_is_refused_and_the_others_go_on(capsys: pytest.CaptureFixture[str]) -> None:
    """/dev/zero as an input is refused at once; the other inputs' records are written."""
    assert main(["--format", "jsonl", "/dev/zero", str(SEED)]) == 1
    captured = capsys.readouterr()
    assert len(records(captured.out)) == 1
    assert errors(captured.err) == ["/dev/zero:1:1: error: not a regular file (a device or socket)"]


def test_oversized_file_is_refused_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file longer than MAX_INPUT_CHARS x 4 bytes is refused from its size (a sparse file here)."""
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(jm.MAX_INPUT_CHARS * 4 + 1)
    assert main(["--format", "jsonl", str(huge), str(SEED)]) == 1
    [error] = errors(capsys.readouterr().err)
    assert error.startswith(f"{huge}:1:1: error: file is 134,217,729 bytes, over the limit")


def test_gzip_bomb_is_bounded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A small .gz that unpacks past the limit is refused without unpacking it whole."""
    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb", compresslevel=1) as handle:
        chunk = b"a" * (1 << 20)
        for _ in range(jm.MAX_INPUT_CHARS * 4 // len(chunk) + 1):
            handle.write(chunk)
    assert main(["--format", "jsonl", str(bomb)]) == 3
    assert "unpacked gzip input is larger than" in capsys.readouterr().err


# -- class 26: workers ---------------------------------------------------------------------------


def test_workers_capped_at_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    """-j 64 for one file starts one process, and says so."""
    assert main(["--format", "jsonl", "-j", "64", str(SEED)]) == 0
    assert "-j 64 capped at 1" in capsys.readouterr().err


# -- messages -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "NOWHERE/out.jsonl"], "does not exist"),
        (["-o", "."], "is a directory"),
        (["--encoding", "bogus"], "unknown encoding 'bogus'"),
        (["--format", "parquet"], "needs -o FILE"),
        (["--resume", "-o", "x.json"], "--resume needs"),
    ],
)
def test_usage_errors_come_first(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad -o, encoding or option combination exits 2 with one message, before any input."""
    assert main([*args, str(SEED), str(SEED)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("error:") == 1


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    """`jalali-meta ... | head -1` ends quietly: no traceback, exit 141."""
    corpus = ROOT / "tests" / "corpus"
    process = subprocess.Popen(
        [sys.executable, "-m", "jalali_meta", "--format", "jsonl", str(corpus), str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()
    _, err = process.communicate(timeout=120)
    assert (process.returncode, b"Traceback" in err) == (141, False)
