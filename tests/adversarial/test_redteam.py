"""Red-team attacks beyond issue 14: crafted input that the issue did not list.

Each test is one attack; its docstring says what the library does with it now. Attacks on
modules other helpers are changing are marked ``xfail(strict=True)`` with the fix they need.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest

import jalali_meta as jm
from jalali_meta.testing import run_cli as main

GOOD = "عنوان خبر\nکد خبر: ۱۲۳۴\nتاریخ انتشار: ۱۴ مرداد ۱۴۰۲\nمتن خبر."
OTHER = "عنوان دوم\nکد خبر: ۵۶۷۸\nمتن خبر دوم."


def files(tmp_path: Path) -> tuple[Path, Path]:
    """Two good text inputs in ``tmp_path``."""
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(GOOD, encoding="utf-8")
    two.write_text(OTHER, encoding="utf-8")
    return one, two


def jsonl_paths(path: Path) -> list[str]:
    """The ``path`` of every line of a JSON Lines output (each line must be JSON)."""
    return [json.loads(line)["path"] for line in path.read_text(encoding="utf-8").splitlines()]


# -- --resume onto an output that is not what a finished run leaves --------------------------


def test_resume_onto_cut_short_jsonl_drops_the_partial_line_and_reparses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--resume onto JSON Lines whose last line was cut short: no glued record, both inputs out."""
    one, two = files(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["-q", "--format", "jsonl", "-o", str(out), str(one)]) == 0
    out.write_bytes(out.read_bytes()[:60])  # a write that did not finish
    assert main(["-q", "--format", "jsonl", "--resume", "-o", str(out), str(one), str(two)]) == 0
    assert [str(one), str(two)] == jsonl_paths(out)
    assert "cut short" in capsys.readouterr().err


def test_resume_onto_jsonl_without_final_newline_keeps_the_complete_record(tmp_path: Path) -> None:
    """--resume onto JSON Lines whose complete last record lacks its newline: kept, not glued."""
    one, two = files(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["-q", "--format", "jsonl", "-o", str(out), str(one)]) == 0
    out.write_bytes(out.read_bytes().rstrip(b"\n"))
    assert main(["-q", "--format", "jsonl", "--resume", "-o", str(out), str(one), str(two)]) == 0
    assert [str(one), str(two)] == jsonl_paths(out)


@pytest.mark.parametrize(
    "content",
    [b'\xff\xfe{"path": "x"}\n', b'{"path": ["x"]}\n', b'{"path": {"a": 1}}\n', b"not json\n"],
    ids=["not-utf8", "path-list", "path-object", "not-json"],
)
def test_resume_onto_unreadable_jsonl_is_a_usage_error(tmp_path: Path, content: bytes) -> None:
    """--resume onto JSON Lines with a line that is not our record: exit 2, file untouched."""
    one, _ = files(tmp_path)
    out = tmp_path / "out.jsonl"
    out.write_bytes(content)
    status = main(["-q", "--format", "jsonl", "--resume", "-o", str(out), str(one)])
    assert (2, content) == (status, out.read_bytes())
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_resume_onto_cut_short_csv_drops_the_partial_row_and_reparses(tmp_path: Path) -> None:
    """--resume onto a CSV cut inside its last row: that row is parsed again, nothing glued."""
    one, two = files(tmp_path)
    out = tmp_path / "out.csv"
    out.write_text(f'path,title,number\n{one},"عنوان', encoding="utf-8")
    fields = ["--format", "csv", "--fields", "path,title,number", "--resume", "-o", str(out)]
    assert main(["-q", *fields, str(one), str(two)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    expected = [["path", "title", "number"], [str(one), "عنوان خبر", "1234"]]
    assert [*expected, [str(two), "عنوان دوم", "5678"]] == rows


def test_resume_onto_csv_with_a_short_row_is_a_usage_error(tmp_path: Path) -> None:
    """--resume onto a CSV with a row shorter than its header (not the last one cut): exit 2."""
    one, _ = files(tmp_path)
    out = tmp_path / "out.csv"
    content = "path,title,number\nx,y\nz,w,1\n"
    out.write_text(content, encoding="utf-8")
    fields = ["--format", "csv", "--fields", "path,title,number", "--resume", "-o", str(out)]
    assert (2, content) == (main(["-q", *fields, str(one)]), out.read_text(encoding="utf-8"))


def test_resume_onto_csv_that_is_not_utf8_is_a_usage_error(tmp_path: Path) -> None:
    """--resume onto a CSV with a byte that is not UTF-8: exit 2 with a message, no traceback."""
    one, _ = files(tmp_path)
    out = tmp_path / "out.csv"
    out.write_bytes(b"path,title,number\nx,\xff,1\n")
    fields = ["--format", "csv", "--fields", "path,title,number", "--resume", "-o", str(out)]
    assert main(["-q", *fields, str(one)]) == 2


# -- the output among the inputs -------------------------------------------------------------


def test_output_that_is_also_an_input_is_a_usage_error(tmp_path: Path) -> None:
    """-o naming one of the inputs: exit 2 before any work, the input left as it was."""
    one, two = files(tmp_path)
    status = main(["-q", "--format", "jsonl", "-o", str(one), str(one), str(two)])
    assert (status, one.read_text(encoding="utf-8")) == (2, GOOD)


def test_output_inside_a_walked_directory_is_not_read_as_an_input(tmp_path: Path) -> None:
    """-o inside an input directory: a second run does not read the first run's output."""
    files(tmp_path)
    out = tmp_path / "out.csv"
    argv = ["-q", "--format", "csv", "--fields", "path,number", "-o", str(out), str(tmp_path)]
    assert main(argv) == 0
    first = out.read_text(encoding="utf-8")
    assert main(argv) == 0
    assert first == out.read_text(encoding="utf-8")


def test_symbolic_links_in_a_walk_are_named_for_what_they_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken link and a link to a directory in a walk: skipped, each with its own reason."""
    (tmp_path / "dir").mkdir()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing")
    (tmp_path / "up.txt").symlink_to(tmp_path / "dir")
    assert main(["-q", "--format", "jsonl", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    expected = [
        f"{tmp_path / 'broken.txt'}: skipped: not a regular file (a broken symbolic link)",
        f"{tmp_path / 'up.txt'}: skipped: not a regular file (a link to a directory, not followed)",
    ]
    assert expected == err.splitlines()


# -- the parser: silently wrong values (modules other helpers are editing) ----------------------


def test_combining_mark_inside_a_day_is_not_read_as_another_day() -> None:
    """A combining mark inside the day (`۱\u0301۴ مرداد`): never read as the 4th, silently."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: ۱\u0301۴ مرداد ۱۴۰۲\nمتن")
    assert article.published is None or article.published.isoformat() == "2023-08-05"
    assert article.published is not None or article.warnings


def test_find_dates_does_not_cut_a_number_at_a_combining_mark() -> None:
    """find_dates on `۱۴۰۲/۰۵/۱\u0301۴`: not the date 1402/05/01 (the day cut at the mark)."""
    found = [d.isoformat() for d in jm.find_dates("۱۴۰۲/۰۵/۱\u0301۴")]
    assert "2023-07-23" not in found


# -- encodings that are not text, and decoders that make lone surrogates -----------------------


@pytest.mark.parametrize("encoding", ["base64", "rot13", "zlib", "undefined"])
def test_encoding_that_is_not_a_text_encoding_is_a_usage_error(
    tmp_path: Path, encoding: str
) -> None:
    """--encoding base64 (a codec Python knows, but bytes to bytes): exit 2 up front."""
    one, _ = files(tmp_path)
    assert main(["-q", "--encoding", encoding, str(one)]) == 2


@pytest.mark.parametrize(
    ("encoding", "content"),
    [("utf-7", b"+2AA- title\nnumber\nbody\n"), ("unicode_escape", b"title \\ud800\nbody\n")],
)
def test_decoder_giving_a_lone_surrogate_fails_that_input_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, content: bytes
) -> None:
    """A decoder that yields a lone surrogate (UTF-7 `+2AA-`): that input fails, no traceback."""
    bad, ascii_ok = tmp_path / "bad.txt", tmp_path / "ok.txt"
    bad.write_bytes(content)
    ascii_ok.write_bytes(b"Title\nbody text\n")
    argv = ["-q", "--format", "csv", "--fields", "path,title", "--encoding", encoding]
    assert main([*argv, str(bad), str(ascii_ok)]) == 1
    out, err = capsys.readouterr()
    assert ["path,title", f"{ascii_ok},Title"] == out.splitlines()
    assert [f"{bad}:1:"] == [line[: len(str(bad)) + 3] for line in err.splitlines()]


def test_to_frame_writes_a_lone_surrogate_as_replacement_character() -> None:
    """to_frame of an article whose title holds a lone surrogate: U+FFFD, not UnicodeEncodeError."""
    pytest.importorskip("pandas")
    article = jm.parse_article("عنوان \ud800\nکد خبر: ۱\nمتن خبر.")
    assert jm.to_frame([article])["title"][0] == "عنوان \ufffd"


# -- parse_many: a worker process that dies ----------------------------------------------------


class WorkerKiller(str):
    """A text whose unpickling (in a worker) ends the worker process, as the OOM killer would."""

    __slots__ = ()

    def __reduce__(self) -> tuple[object, tuple[int]]:
        return (os._exit, (3,))


def test_parse_many_survives_a_worker_that_dies() -> None:
    """A worker dying mid-run (OOM-killed): only its item fails; the others all come back."""
    items = [GOOD] * 10 + [WorkerKiller("x")] + [OTHER] * 150
    results = list(jm.parse_many(items, workers=2))
    kinds = [type(r).__name__ if isinstance(r, Exception) else r.number for r in results]
    assert kinds == ["1234"] * 10 + ["WorkerCrashError"] + ["5678"] * 150
    assert isinstance(results[10], RuntimeError)


def test_labelled_date_with_a_hijri_date_beside_it_is_not_a_today_widget() -> None:
    """`تاریخ انتشار: ۱۴ مرداد ۱۴۰۲ ساعت ۱۱:۰۵ - ۱۸ محرم ۱۴۴۵`: published kept, not ignored."""
    text = "عنوان خبر\nتاریخ انتشار: ۱۴ مرداد ۱۴۰۲ ساعت ۱۱:۰۵ - ۱۸ محرم ۱۴۴۵\nمتن خبر."
    article = jm.parse_article(text)
    published = article.published.isoformat() if article.published else None
    assert (published, article.ignored) == ("2023-08-05T11:05:00+03:30", ())


@pytest.mark.parametrize("time", ["۱۱:۰۵۵", "۱۱۱:۰۵", "۱۱٫۰۵", "۱۱:۰۵:۰۰۰"])
def test_unreadable_time_after_a_labelled_date_is_not_dropped_silently(time: str) -> None:
    """`تاریخ انتشار: ۱۴۰۲/۰۵/۱۴ ۱۱:۰۵۵`: the day alone, silently, hides a time; warn."""
    article = jm.parse_article(f"عنوان خبر\nتاریخ انتشار: ۱۴۰۲/۰۵/۱۴ {time}\nمتن خبر.")
    assert [w.code for w in article.warnings] != []


# -- a reference time at the ends of what datetime holds ---------------------------------------

EDGES = [
    dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.timezone(-dt.timedelta(hours=12))),
    dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=14))),
    dt.datetime(9999, 12, 31, 12),
]


@pytest.mark.parametrize("reference", EDGES, ids=["max-west", "min-east", "max-naive"])
def test_reference_at_the_ends_of_datetime_is_a_value_error(reference: dt.datetime) -> None:
    """parse_article(reference=9999-12-31T23:59-12:00): ValueError, not OverflowError."""
    text = "عنوان\nتاریخ انتشار: ۳ ساعت پیش\nمتن"
    with pytest.raises(ValueError, match="out of range") as caught:
        jm.parse_article(text, reference=reference)
    assert type(caught.value).__name__ == "ValueError"


def test_min_date_at_the_ends_of_datetime_is_a_value_error() -> None:
    """parse_article(min_date=0001-01-01T00:00+14:00): ValueError, not OverflowError."""
    with pytest.raises(ValueError, match="out of range"):
        jm.parse_article("عنوان\nتاریخ انتشار: ۱۴ مرداد ۱۴۰۲\nمتن", min_date=EDGES[1])


def test_cli_reference_at_the_ends_of_datetime_is_a_usage_error(tmp_path: Path) -> None:
    """--reference 9999-12-31T23:59:59-12:00: exit 2 up front, not an internal error per input."""
    one, _ = files(tmp_path)
    assert main(["-q", "--reference", "9999-12-31T23:59:59-12:00", str(one)]) == 2


def test_find_dates_reference_at_the_ends_of_datetime_is_a_value_error() -> None:
    """find_dates('۳ ساعت پیش', reference=9999-12-31T23:59-12:00): ValueError, not OverflowError."""
    with pytest.raises(ValueError, match="out of range") as caught:
        jm.find_dates("۳ ساعت پیش", reference=EDGES[0])
    assert type(caught.value).__name__ == "ValueError"


# -- WARC records with odd headers ---------------------------------------------------------------

PAGE = "<html><body><h1>عنوان خبر</h1><div>کد خبر: ۱۲۳</div><p>متن خبر.</p></body></html>"


def warc_record(headers: str) -> bytes:
    """One WARC response record with ``headers`` (CRLF-separated) and an HTML page."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + PAGE.encode()
    head = f"WARC/1.0\r\nWARC-Type: response\r\n{headers}Content-Length: {len(http)}\r\n\r\n"
    return head.encode() + http + b"\r\n\r\n"


def test_warc_record_without_target_uri_loses_only_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A response record with no WARC-Target-URI: one error line; the records after it are kept."""
    pytest.importorskip("warcio")
    archive = tmp_path / "crawl.warc"
    archive.write_bytes(
        warc_record("WARC-Target-URI: http://a.ir/1\r\n")
        + warc_record("WARC-Date: 2023-08-05T12:00:00Z\r\n")
        + warc_record("WARC-Target-URI: http://a.ir/3\r\n")
    )
    assert main(["-q", "--format", "csv", "--fields", "path,number", str(archive)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == ["path,number", "http://a.ir/1,123", "http://a.ir/3,123"]
    assert len(err.splitlines()) == 1


def test_warc_date_at_the_end_of_datetime_is_no_reference(tmp_path: Path) -> None:
    """WARC-Date 9999-12-31T23:59:59Z: read as no reference time, the record parsed."""
    pytest.importorskip("warcio")
    archive = tmp_path / "crawl.warc"
    archive.write_bytes(
        warc_record("WARC-Target-URI: http://a.ir/1\r\nWARC-Date: 9999-12-31T23:59:59Z\r\n")
    )
    rows = jm.read_rows(str(archive), fields=["number", "error"])
    assert rows == [{"number": "123", "error": None}]


def test_jsonl_id_that_is_not_a_string_is_named_by_its_json(tmp_path: Path) -> None:
    """JSON Lines ids 0, true, {"a": 1}: named `0`, `true`, `{"a": 1}` (not skipped, no repr)."""
    lines = [{"text": GOOD, "id": value} for value in (0, True, {"a": 1})]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    rows = jm.read_rows(str(source), fields=["path", "number"])
    assert [row["path"] for row in rows] == ["0", "true", '{"a": 1}']


# -- -o onto a link, a device ------------------------------------------------------------------


def test_output_through_a_link_replaces_the_file_and_keeps_the_link(tmp_path: Path) -> None:
    """-o link.jsonl (a link to real.jsonl): real.jsonl gets the records, the link stays a link."""
    one, _ = files(tmp_path)
    real, link = tmp_path / "real.jsonl", tmp_path / "link.jsonl"
    real.write_text("old\n", encoding="utf-8")
    link.symlink_to(real)
    assert main(["-q", "--format", "jsonl", "-o", str(link), str(one)]) == 0
    assert (True, [str(one)]) == (link.is_symlink(), jsonl_paths(real))


def test_output_onto_a_device_writes_into_it_and_leaves_it_a_device(tmp_path: Path) -> None:
    """-o a link to /dev/null: written into, not replaced by a regular file; no temp file left."""
    one, _ = files(tmp_path)
    null = tmp_path / "null"
    null.symlink_to(os.devnull)
    assert main(["-q", "--format", "jsonl", "-o", str(null), str(one)]) == 0
    assert (
        Path(os.devnull).is_file(),
        sorted(p.name for p in tmp_path.iterdir()),
    ) == (False, ["null", "one.txt", "two.txt"])


@pytest.mark.parametrize("every", ["-1", "nan"])
def test_progress_every_that_is_not_a_duration_is_a_usage_error(tmp_path: Path, every: str) -> None:
    """--progress-every nan (silently no progress) or -1 (a line per input): exit 2 up front."""
    one, _ = files(tmp_path)
    assert main(["-q", "--progress-every", every, str(one)]) == 2


def test_file_name_with_a_newline_cannot_forge_an_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file named `a\\nfake.txt:9:9: error: x` that fails: one stderr line, the newline escaped."""
    bad = tmp_path / "a\nfake.txt:9:9: error: x"
    bad.write_bytes(b"\x00\x01binary")
    assert main(["-q", "--format", "jsonl", str(bad)]) == 3
    err = capsys.readouterr().err.splitlines()
    assert [f"{tmp_path}/a\\nfake.txt:9:9: error: x:1:1: error:"] == [
        e[: e.index("x:1:1") + 13] for e in err
    ]
