"""The command line, run in-process through main(argv) -> int."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from jalali_meta.testing import run_cli as main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_93f79026dfa18f1a.txt"


def test_one_file_prints_its_record(capsys: pytest.CaptureFixture[str]) -> None:
    """One file gives one JSON object and exit status 0."""
    assert main([str(SEED)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["number"], record["updated"]["gregorian"]) == (
        "43222",
        "2023-09-19T16:42:00+03:30",
    )


def test_jsonl_writes_one_line_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    """--format jsonl writes one record per line, in input order."""
    assert main(["--format", "jsonl", str(SEED), str(SEED)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["path"] for line in lines] == [str(SEED), str(SEED)]


def test_bad_files_are_reported_and_good_ones_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Missing, empty and undecodable files each get one stderr line; good records are written; exit 1."""
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "bad.txt"
    binary.write_bytes("عنوان\n".encode() + b"\xff\xfe broken\n")
    missing = tmp_path / "missing.txt"
    status = main(
        ["--format", "jsonl", str(SEED), str(empty), str(binary), str(missing), str(SEED)]
    )
    captured = capsys.readouterr()
    assert status == 1
    assert [json.loads(line)["number"] for line in captured.out.splitlines()] == ["43222", "43222"]
    errors = [e for e in captured.err.splitlines() if not e.startswith("jalali-meta: ")]
    assert errors == [
        f"{empty}:1:1: error: empty file",
        f"{binary}:2:1: error: cannot decode as utf-8: byte 0xff at offset 11 (try --encoding windows-1256)",
        f"{missing}:1:1: error: No such file or directory",
    ]


def test_strict_error_has_position(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """In strict mode a bad header date is reported as path:line:col: error: message (exit 3: none written)."""
    article = tmp_path / "a.txt"
    article.write_text("عنوان\nتاریخ انتشار: دوشنبه 1402/06/28\nمتن.", encoding="utf-8")
    assert main(["--strict", str(article)]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"{article}:2:15: error: the weekday 'دوشنبه' does not match")


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """No file, or an unknown option, is a usage error: exit status 2."""
    assert main([]) == 2
    assert main(["--format", "xml", str(SEED)]) == 2
    assert "usage:" in capsys.readouterr().err


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    """--output writes the file through a temporary file and a rename; nothing else is left."""
    out = tmp_path / "out.jsonl"
    assert main(["--format", "jsonl", "-o", str(out), str(SEED)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["number"] == "43222"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_stdin_and_module_entry_point() -> None:
    """`python -m jalali_meta -` reads stdin and behaves like the jalali-meta command."""
    result = subprocess.run(
        [sys.executable, "-m", "jalali_meta", "--format", "jsonl", "-"],
        input=SEED.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["number"] == "43222"


# Every article text of the repository's corpora, for the byte-for-byte output checks below.
# Stored texts only: a ".txt" that opens with a tag (page 1707, a category page stored as raw
# «<p style=...>» paragraphs) is HTML by its content to the command line, which reads inputs by
# content whatever their name (docs/usage.md), so parse_article is not its reference.
_TEXTS = sorted(
    str(p)
    for folder in ("tests/corpus", "tests/pages", "seeds")
    for p in (SEED.parent.parent / folder).glob("*.txt")
    if not p.read_text(encoding="utf-8-sig").lstrip().startswith("<")
)
# The JSON Lines the command line must write: json.dumps of each nested record, as before the
# fast JSON extra and the byte-level pipeline existed.
_EXPECTED_JSONL = (
    "import json, sys; import jalali_meta as jm\n"
    "for p in sys.argv[1:]:\n"
    "    art = jm.parse_article(open(p, encoding='utf-8-sig').read())\n"
    "    sys.stdout.write(json.dumps({'path': p, **jm.to_dict(art)}, ensure_ascii=False) + '\\n')\n"
)
_CLI_JSONL = (
    "import sys\n"
    "if sys.argv[1] == 'stdlib': sys.modules['msgspec'] = None  # as if the extra were missing\n"
    "from jalali_meta.testing import run_cli\n"
    "sys.exit(run_cli(['-q', '--format', 'jsonl', '-j', sys.argv[2], *sys.argv[3:]]))\n"
)


@pytest.mark.parametrize(("json_writer", "workers"), [("stdlib", "1"), ("fast", "2")])
def test_jsonl_is_json_dumps_byte_for_byte(json_writer: str, workers: str) -> None:
    """With or without the fast extra, on 1 or 2 workers, every line is json.dumps's bytes."""
    if json_writer == "fast":
        pytest.importorskip("msgspec")
    expected = subprocess.run(
        [sys.executable, "-c", _EXPECTED_JSONL, *_TEXTS], capture_output=True, check=True
    ).stdout
    written = subprocess.run(
        [sys.executable, "-c", _CLI_JSONL, json_writer, workers, *_TEXTS],
        capture_output=True,
        check=True,
    ).stdout
    assert len(_TEXTS) > 150
    assert expected.decode("utf-8").splitlines() == written.decode("utf-8").splitlines()


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("out.jsonl", lambda text: [json.loads(line)["number"] for line in text.splitlines()]),
        ("out.ndjson", lambda text: [json.loads(line)["number"] for line in text.splitlines()]),
        ("rows.csv", lambda text: [row["number"] for row in csv.DictReader(io.StringIO(text))]),
        ("out.json", lambda text: [record["number"] for record in json.loads(text)]),
        ("out.txt", lambda text: [record["number"] for record in json.loads(text)]),
    ],
)
def test_output_suffix_names_the_format_when_none_is_given(
    tmp_path: Path, name: str, check: object
) -> None:
    """Without --format, «-o out.jsonl» writes JSON Lines, «-o rows.csv» CSV; another suffix
    (or none) writes JSON, the default."""
    out = tmp_path / name
    assert main(["-q", "-o", str(out), str(SEED), str(SEED)]) == 0
    text = out.read_text(encoding="utf-8")
    assert check(text) == ["43222", "43222"]  # type: ignore[operator]


def test_an_explicit_format_wins_over_the_output_suffix(tmp_path: Path) -> None:
    """«--format json -o out.jsonl» writes the JSON list asked for."""
    out = tmp_path / "out.jsonl"
    assert main(["-q", "--format", "json", "-o", str(out), str(SEED), str(SEED)]) == 0
    assert [r["number"] for r in json.loads(out.read_text(encoding="utf-8"))] == ["43222", "43222"]
