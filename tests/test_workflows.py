"""Corpus workflows: WARC in, typed tables out, summaries, exit codes, resume, reference time."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.warcs import FUTURE_PAGE, PAGE, RELATIVE, TEXT, write_warc

import jalali_meta as jm
from jalali_meta.testing import run_cli as main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_93f79026dfa18f1a.txt"
UTC = dt.timezone.utc
CRAWL = dt.datetime(2023, 12, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def warc(tmp_path: Path) -> Path:
    """A small WARC written by warcio, in its own directory."""
    pytest.importorskip("warcio")
    folder = tmp_path / "crawl"
    folder.mkdir()
    path = folder / "crawl-00001.warc.gz"
    write_warc(path)
    return path


def test_warc_directory_to_parquet_reads_typed(
    warc: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A directory of WARC files becomes one Parquet table that pandas reads with real datetimes."""
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "articles.parquet"
    assert main(["--format", "parquet", "-o", str(out), str(warc.parent)]) == 0
    frame = pd.read_parquet(out)
    assert list(frame["url"]) == [
        "https://www.example.ir/news/4567",
        "https://example.ir/t/7788",
        "https://example.ir/t/1",
        "https://example.ir/news/4568",
    ]
    assert str(frame["published_utc"].dtype) == "datetime64[us, UTC]"
    assert str(frame["published_local"].dtype) == "datetime64[us, Asia/Tehran]"
    first = frame.iloc[0]
    assert first["published_utc"] == pd.Timestamp("2023-12-26T06:50:00Z")
    assert (first["number"], first["hostname"], first["title"]) == (
        "04567",
        "www.example.ir",
        "افزایش ساعت کار ادارات در زمستان",
    )
    # A date-only value is a day, never a made-up time.
    text = frame.iloc[1]
    assert pd.isna(text["published_utc"])
    assert (text["published_jalali"], bool(text["published_has_time"])) == ("1402-10-04", False)
    # WARC-Date is the reference: the relative date is resolved, the future one warned about.
    assert frame.iloc[2]["published_utc"] == pd.Timestamp("2023-12-26T10:00:00Z")
    assert "relative-date" in list(frame.iloc[2]["warnings"])
    assert "future-date" in list(frame.iloc[3]["warnings"])
    summary = capsys.readouterr().err.splitlines()[-1]
    assert "4 records written" in summary
    assert "content type image/png: 1" in summary
    assert "HTTP status 404: 1" in summary


def test_to_frame_needs_no_conversion() -> None:
    """to_frame gives UTC instants, Tehran times, days and string IDs as typed columns."""
    pytest.importorskip("pandas")
    articles = [jm.parse_article(TEXT), jm.parse_html(PAGE)]
    frame = jm.to_frame(articles, fields=["number", "published_utc", "published_date"])
    assert list(frame["number"]) == ["7788", "04567"]
    assert str(frame["published_utc"].dtype) == "datetime64[us, UTC]"
    assert frame["published_utc"].isna().tolist() == [True, False]
    assert [d.date() for d in frame["published_date"]] == [
        dt.date(2023, 12, 25),
        dt.date(2023, 12, 26),
    ]


def test_to_row_is_flat_and_typed() -> None:
    """to_row keeps the ID a string, a day a date, and warning codes as a list."""
    row = jm.to_row(jm.parse_html(PAGE, url="https://www.example.ir/news/4567"), path="p")
    assert (row["path"], row["number"], row["hostname"]) == ("p", "04567", "www.example.ir")
    assert row["published_utc"] == dt.datetime(2023, 12, 26, 6, 50, tzinfo=UTC)
    assert row["published_date"] == dt.date(2023, 12, 26)
    assert row["published_jalali"] == "1402-10-05T10:20:00+03:30"
    assert isinstance(row["warnings"], list)


def test_csv_fields_and_compact(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format csv writes a header and flat rows; --fields chooses columns; IDs stay strings."""
    article = tmp_path / "a.txt"
    article.write_text(TEXT.replace("۷۷۸۸", "۰۰۱۲"), encoding="utf-8")
    assert main(["-q", "--format", "csv", "--fields", "number,published_jalali", str(article)]) == 0
    assert capsys.readouterr().out.splitlines() == ["number,published_jalali", "0012,1402-10-04"]
    assert main(["-q", "--format", "jsonl", "--compact", "--flat", str(article)]) == 0
    row = json.loads(capsys.readouterr().out)
    assert ("body" in row, "lead" in row, row["published_date"]) == (False, False, "2023-12-25")


def test_unknown_field_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A misspelt --fields name exits 2 with a suggestion, before reading any input."""
    assert main(["--format", "csv", "--fields", "titel", str(SEED)]) == 2
    assert "did you mean 'title'?" in capsys.readouterr().err


def test_inputs_by_content(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """HTML in .aspx or nameless files is parsed as HTML; .gz is unpacked; binary is an error."""
    (tmp_path / "page.aspx").write_text(PAGE, encoding="utf-8")
    (tmp_path / "noext").write_text(PAGE, encoding="utf-8")
    (tmp_path / "article.txt.gz").write_bytes(gzip.compress(TEXT.encode()))
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    status = main(["--format", "jsonl", str(tmp_path)])
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert status == 1
    assert [(Path(r["path"]).name, r["title"], r["number"]) for r in records] == [
        ("article.txt.gz", "نشست شورای شهر", "7788"),
        ("noext", "افزایش ساعت کار ادارات در زمستان", "04567"),
        ("page.aspx", "افزایش ساعت کار ادارات در زمستان", "04567"),
    ]
    assert f"{tmp_path / 'photo.txt'}:1:1: error: binary content" in captured.err
    assert "suffix .pdf: 1" in captured.err


def test_jsonl_records_with_url_and_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON Lines records may hold html or text, and a url that fills url and hostname."""
    lines = [
        {"url": "https://www.example.ir/news/4567", "html": PAGE},
        {"id": "t1", "text": PAGE},  # HTML in a text field is still HTML
        {"url": "https://example.ir/x", "text": TEXT},
    ]
    jsonl = tmp_path / "crawl.jsonl"
    jsonl.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    assert main(["-q", "--format", "csv", "--fields", "path,hostname,title", str(jsonl)]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "https://www.example.ir/news/4567,www.example.ir,افزایش ساعت کار ادارات در زمستان",
        "t1,,افزایش ساعت کار ادارات در زمستان",
        "https://example.ir/x,example.ir,نشست شورای شهر",
    ]


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [
        (["GOOD"], 0),
        (["GOOD", "MISSING"], 1),
        (["MISSING"], 3),
        (["EMPTY_DIR"], 3),
    ],
)
def test_exit_codes(
    inputs: list[str], expected: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 0 when all parse, 1 when some fail, 3 when no record is written (none or all failed)."""
    (tmp_path / "empty").mkdir()
    names = {
        "GOOD": str(SEED),
        "MISSING": str(tmp_path / "nope.txt"),
        "EMPTY_DIR": str(tmp_path / "empty"),
    }
    assert main(["--format", "jsonl", *(names[i] for i in inputs)]) == expected


def test_summary_counts_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The last stderr line sums up inputs, records, failures and warnings by code."""
    bad = tmp_path / "w.txt"
    bad.write_text("عنوان\nتاریخ انتشار: دوشنبه 1402/06/28\nمتن.", encoding="utf-8")
    assert main(["--format", "jsonl", str(bad), str(bad), str(tmp_path / "x.txt")]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        "jalali-meta: summary: 3 inputs; 2 records written; 1 failed; warnings: weekday-mismatch 2"
    )


def test_progress_lines_when_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    """Off a terminal, --progress-every N logs a progress line at most every N seconds."""
    assert main(["--format", "jsonl", "--progress-every", "0", str(SEED), str(SEED)]) == 0
    lines = [x for x in capsys.readouterr().err.splitlines() if "progress" in x]
    assert lines[-1].startswith("jalali-meta: progress: 2/2 inputs, 0 failed")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_on_a_terminal_ends_with_the_final_count() -> None:
    """On a terminal the live line ends with the final count and the total, not a stale one."""
    import pty

    parent, child = pty.openpty()
    done = subprocess.run(
        [sys.executable, "-m", "jalali_meta", "--format", "jsonl", str(SEED), str(SEED)],
        stdout=subprocess.DEVNULL,
        stderr=child,
        check=False,
    )
    os.close(child)
    err = os.read(parent, 65536).decode()
    os.close(parent)
    assert done.returncode == 0
    assert "\r2/2 inputs, 0 failed" in err


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_resume_skips_inputs_already_written(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--resume keeps the output's records and parses only inputs not yet in it."""
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    files = []
    for i in range(3):
        path = tmp_path / f"a{i}.txt"
        path.write_text(TEXT.replace("۷۷۸۸", str(i + 1)), encoding="utf-8")
        files.append(str(path))
    out = tmp_path / f"out.{fmt}"
    common = ["--format", fmt, "--fields", "path,number", "-o", str(out)]
    assert main([*common, *files[:2]]) == 0
    assert main([*common, "--resume", *files]) == 0
    summary = capsys.readouterr().err.splitlines()[-1]
    assert "1 record written" in summary
    assert "2 kept from the previous run" in summary
    if fmt == "parquet":
        import pyarrow.parquet as pq

        numbers = pq.read_table(out).column("number").to_pylist()
    elif fmt == "csv":
        numbers = [line.split(",")[1] for line in out.read_text("utf-8").splitlines()[1:]]
    else:
        numbers = [json.loads(line)["number"] for line in out.read_text("utf-8").splitlines()]
    assert numbers == ["1", "2", "3"]


def test_reference_resolves_relative_header_date() -> None:
    """With a reference, «۲ ساعت پیش» after a date label is read and marked relative."""
    article = jm.parse_article(RELATIVE, reference=CRAWL)
    assert article.published is not None
    assert article.published.isoformat() == "2023-12-26T13:30:00+03:30"
    assert [w.code for w in article.warnings] == ["relative-date"]
    assert getattr(article.published, "relative", True) is True
    assert [w.code for w in jm.parse_article(RELATIVE).warnings] == ["not-a-date"]


def test_future_date_is_warned() -> None:
    """A published date after the reference keeps its value with a future-date warning."""
    article = jm.parse_html(FUTURE_PAGE, reference=CRAWL)
    assert article.published is not None
    assert "future-date" in [w.code for w in article.warnings]
    assert "future-date" not in [w.code for w in jm.parse_html(PAGE, reference=CRAWL).warnings]


def test_bounds_empty_the_value_with_a_warning() -> None:
    """A date outside min_date/max_date becomes None with date-out-of-bounds."""
    article = jm.parse_article(TEXT, min_date=dt.date(2024, 1, 1))
    assert (article.published, [w.code for w in article.warnings]) == (None, ["date-out-of-bounds"])
    kept = jm.parse_article(TEXT, min_date=dt.date(2023, 12, 25), max_date=dt.date(2023, 12, 25))
    assert kept.published is not None


def test_find_dates_with_reference_and_bounds() -> None:
    """find_dates reads relative dates against the reference and drops dates out of bounds."""
    text = "جلسه دیروز ساعت ۱۰:۰۰ برگزار شد؛ جلسه قبلی ۱۵ خرداد ۱۴۰۲ بود."
    found = jm.find_dates(text, reference=CRAWL)
    assert [ts.isoformat() for ts in found] == ["2023-12-25T10:00:00+03:30", "2023-06-05"]
    assert [
        ts.text for ts in jm.find_dates(text, reference=CRAWL, min_date=dt.date(2023, 7, 1))
    ] == ["دیروز ساعت ۱۰:۰۰"]


def test_naive_reference_is_tehran_time() -> None:
    """A reference without a UTC offset is Tehran wall time, as in find_dates."""
    article = jm.parse_article(RELATIVE, reference=dt.datetime(2023, 12, 26, 15, 30))
    assert article.published is not None
    assert article.published.isoformat() == "2023-12-26T13:30:00+03:30"


def test_reference_and_bounds_of_a_wrong_type_say_what_they_take() -> None:
    """A reference is a datetime (a date has no time to count an hour back from); the
    bounds take a datetime or a date; the TypeError names the argument and what it takes."""
    with pytest.raises(TypeError, match=r"^reference must be a datetime, not str$"):
        jm.parse_article(RELATIVE, reference="2023-12-26")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^reference must be a datetime, not a date$"):
        jm.parse_article(RELATIVE, reference=dt.date(2023, 12, 26))
    with pytest.raises(TypeError, match=r"^max_date must be a datetime or date, not int$"):
        jm.parse_article(RELATIVE, max_date=2023)  # type: ignore[arg-type]
    assert jm.parse_article(RELATIVE, reference=CRAWL, max_date=dt.date(2030, 1, 1)).published


def test_strict_relative_still_raises() -> None:
    """In strict mode a relative header value raises DateError even with a reference."""
    with pytest.raises(jm.DateError):
        jm.parse_article(RELATIVE, strict=True, reference=CRAWL)


def test_cli_reference_and_bounds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--reference resolves relative dates; --max-date empties later values; a bad value exits 2."""
    article = tmp_path / "r.txt"
    article.write_text(RELATIVE, encoding="utf-8")
    args = ["-q", "--format", "csv", "--fields", "published_jalali,warnings", str(article)]
    assert main(["--reference", "2023-12-26T12:00:00Z", *args]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "1402-10-05T13:30:00+03:30,relative-date"
    assert main(["--reference", "2023-12-26T12:00:00Z", "--max-date", "2023-12-01", *args]) == 0
    assert capsys.readouterr().out.splitlines()[1] == ",relative-date | date-out-of-bounds"
    assert main(["--reference", "26/12/2023", *args]) == 2
    assert "is not an ISO 8601 date" in capsys.readouterr().err


def test_read_rows_records_a_bad_input(tmp_path: Path) -> None:
    """read_rows gives one row per article and a row with error set for an input that fails."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    assert jm.read_rows(str(SEED), fields=["number"]) == [{"number": "43222", "error": None}]
    [row] = jm.read_rows(str(bad), fields=["number"])
    assert (row["number"], row["error"].split(": error: ")[1][:14]) == (None, "binary content")


def test_read_rows_and_file_record_take_a_path_object() -> None:
    """A pathlib.Path (and a bytes path) is read like its str; anything else is a TypeError
    that names the function, not an AttributeError from inside."""
    want = [{"number": "43222", "error": None}]
    assert jm.read_rows(SEED, fields=["number"]) == want
    assert jm.read_rows(os.fsencode(SEED), fields=["number"]) == want
    assert jm.file_record(SEED) == jm.file_record(str(SEED))
    for bad in (5, None, [str(SEED)]):
        with pytest.raises(TypeError, match=r"read_rows takes a path \(str or os.PathLike\)"):
            jm.read_rows(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="file_record takes a path"):
        jm.file_record(5)  # type: ignore[arg-type]


def test_resume_with_other_columns_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--resume onto a CSV written with other --fields exits 2 and leaves the file alone."""
    out = tmp_path / "out.csv"
    assert (
        main(["-q", "--format", "csv", "--fields", "path,number", "-o", str(out), str(SEED)]) == 0
    )
    before = out.read_bytes()
    assert (
        main(["--format", "csv", "--fields", "path,title", "--resume", "-o", str(out), str(SEED)])
        == 2
    )
    assert "run with the same --fields" in capsys.readouterr().err
    assert out.read_bytes() == before
