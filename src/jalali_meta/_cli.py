"""Command line: ``jalali-meta INPUT...`` writes one record per article.

Inputs: text or HTML files (what a file is comes from its content), ``.gz``,
directories (walked lazily), JSON Lines (``text``/``html``/``url`` per line),
WARC/ARC archives (extra ``[warc]``), ``-`` for stdin. Outputs: nested JSON or
JSON Lines records, or flat typed rows as JSON Lines, CSV or Parquet (extra
``[parquet]``).

Exit status (docs/workflows.md): 0 every input parsed; 1 some inputs failed (the
others are written); 2 usage error (nothing read); 3 no record written (every
input failed, or there was none); 130 Ctrl-C; 143 SIGTERM; 141 the reader of
stdout went away (``| head``). Each failure is one line on stderr as it happens:
``path:line:col: error: message``; a summary line ends the run.
"""

from __future__ import annotations

import argparse
import codecs
import collections
import contextlib
import csv
import datetime as _dt
import importlib
import io
import itertools
import json
import logging
import os
import signal
import stat
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, Any, Literal

from jalali_meta._article import parse_article
from jalali_meta._batch import fork_context, map_ordered
from jalali_meta._dates import tehran
from jalali_meta._datetimes import parse_datetime
from jalali_meta._errors import DateError, MissingExtraError
from jalali_meta._inputs import (
    Kind,
    Options,
    Outcome,
    Source,
    display_name,
    expand,
    run_source,
)
from jalali_meta._normalize import to_ascii_digits
from jalali_meta._plausible import check_reference
from jalali_meta._rows import arrow_table, json_ready, select_columns, to_row, utf8
from jalali_meta._serialize import json_line, to_dict
from jalali_meta._version import __version__

__all__ = ["main"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_NONE_WRITTEN = 0, 1, 2, 3
EXIT_BROKEN_PIPE, EXIT_INTERRUPTED, EXIT_TERMINATED = 141, 130, 143
_FORMATS = ("json", "jsonl", "csv", "parquet")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jalali-meta",
        description="Extract typed metadata (ID, Jalali dates as Gregorian, category, ...) "
        "from Persian articles: text, HTML, JSON Lines, WARC.",
        epilog="Exit status: 0 all inputs parsed, 1 some failed, 2 usage error, "
        "3 no record written (all failed or none found), 130/143 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"jalali-meta {__version__}")
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files (text or HTML, also .gz), directories (walked: text, HTML, .jsonl, .warc "
        'files), JSON Lines files (*.jsonl, one {"text"|"html": ..., "url": ...} per line; '
        'a record with both is read from "html"), WARC/ARC files, or - for stdin',
    )
    parser.add_argument(
        "--format",
        choices=_FORMATS,
        default=None,
        help="json: one nested record (one file) or a list; jsonl: one per line; csv, parquet: "
        "flat typed rows (default: from the -o file's suffix, .jsonl/.ndjson, .csv, .parquet, "
        "else json)",
    )
    parser.add_argument(
        "--flat", action="store_true", help="json/jsonl: write flat rows, as csv and parquet do"
    )
    parser.add_argument(
        "--fields",
        metavar="A,B,...",
        help="columns of a flat row to write, in order (implies --flat); see docs/workflows.md",
    )
    parser.add_argument(
        "--compact", action="store_true", help="leave out the article text (lead and body)"
    )
    parser.add_argument("--strict", action="store_true", help="fail on doubt instead of warning")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--html", action="store_true", help="read every file input as HTML")
    kind.add_argument("--text", action="store_true", help="read every file input as text")
    parser.add_argument(
        "--encoding", default="utf-8", help="text encoding of text files (default: utf-8)"
    )
    parser.add_argument(
        "--reference",
        metavar="ISO",
        help="when the pages were fetched (2023-09-19T12:00:00+00:00; without an offset, "
        "Tehran time; a day means its end; a year below 1700 is Jalali: 1402-06-28): resolves "
        "relative dates, warns on later ones (default: a WARC record's WARC-Date)",
    )
    parser.add_argument(
        "--min-date",
        metavar="DAY",
        help="published/updated before: left empty (a year below 1700 is Jalali)",
    )
    parser.add_argument(
        "--max-date",
        metavar="DAY",
        help="published/updated after: left empty (a year below 1700 is Jalali)",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout"
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="with -o (jsonl, csv, parquet): keep the output's records, skip their inputs",
    )
    parser.add_argument(
        "-j", "--workers", type=int, default=1, metavar="N", help="processes to use (default: 1)"
    )
    parser.add_argument(
        "--progress-every",
        type=float,
        metavar="SECONDS",
        help="when stderr is not a terminal, a progress line this often (default: 30)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary")
    parser.add_argument("-v", "--verbose", action="store_true", help="log rejected candidates")
    return parser


class _UsageError(Exception):
    pass


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so that the same clean-up as Ctrl-C runs."""


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise _Terminated


# A date option whose year is below this is a Jalali date, as the library reads numeric dates.
_GREGORIAN_FROM = 1700


def _moment(text: str, option: str, *, instant: bool) -> _dt.date:
    """Parse an ISO date or date-time (no offset: Tehran time); a --reference day is its end.

    A year below 1700 (``1402-05-14``, ``۱۴۰۲/۰۵/۱۴ ۱۲:۰۰``) is Jalali: read by the library's
    own grammar, never as a Gregorian year 1402.
    """
    year = to_ascii_digits(text.strip()[:4])
    if year.isascii() and year.isdigit() and int(year) < _GREGORIAN_FROM:
        return _jalali_moment(text, option, instant=instant)
    try:
        if len(text) == 10:
            day = _dt.date.fromisoformat(text)
            if not instant:
                return day
            return _dt.datetime.combine(day, _dt.time(23, 59, 59), tehran())
        moment = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as err:
        raise _UsageError(f"{option}: {text!r} is not an ISO 8601 date or date-time") from err
    if moment.utcoffset() is None:  # Tehran wall time, as the library reads a naive reference
        moment = moment.replace(tzinfo=tehran())
    return moment


def _jalali_moment(text: str, option: str, *, instant: bool) -> _dt.date:
    """A date option with a Jalali year, read as a Jalali date (a day, or a date-time)."""
    try:
        stamp = parse_datetime(text)
    except DateError as err:
        raise _UsageError(
            f"{option}: {text!r} has a Jalali year (below {_GREGORIAN_FROM}) but is not a Jalali "
            f"date: {err.msg}"
        ) from err
    if stamp.calendar != "jalali":
        raise _UsageError(f"{option}: {text!r} is not a Jalali date")
    value = stamp.gregorian
    if isinstance(value, _dt.datetime) or not instant:
        return value
    return _dt.datetime.combine(value, _dt.time(23, 59, 59), tehran())


# The format an output file's suffix names, when --format is not given.
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}


def _check(args: argparse.Namespace) -> tuple[Options, list[str] | None]:
    """Every usage error, found before any input is read."""
    if args.format is None:
        # «-o out.jsonl» writes JSON Lines, «-o rows.csv» CSV: the suffix says the format.
        suffix = Path(args.output).suffix.lower() if args.output else ""
        args.format = _SUFFIX_FORMATS.get(suffix, "json")
    if args.workers < 1:
        raise _UsageError("--workers must be at least 1")
    if args.progress_every is not None and not args.progress_every >= 0:
        raise _UsageError("--progress-every must be a number of seconds, 0 or more")  # nan, -1
    try:
        info = codecs.lookup(args.encoding)
    except LookupError as err:
        raise _UsageError(f"--encoding: unknown encoding {args.encoding!r}") from err
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        raise _UsageError(f"--encoding: {args.encoding!r} is not a text encoding")
    columns = None
    if args.fields is not None or args.flat or args.format in ("csv", "parquet"):
        fields = [f.strip() for f in args.fields.split(",") if f.strip()] if args.fields else None
        try:
            columns = select_columns(fields, compact=args.compact)
        except ValueError as err:
            raise _UsageError(f"--fields: {err}") from err
    if args.format == "parquet":
        if not args.output:
            raise _UsageError("--format parquet needs -o FILE")
        try:
            importlib.import_module("pyarrow.parquet")  # checked before any work
        except ImportError as err:
            raise _UsageError(
                "--format parquet needs pyarrow: pip install 'jalali-meta[parquet]'"
            ) from err
    if args.resume and (not args.output or args.format == "json"):
        raise _UsageError("--resume needs -o FILE and --format jsonl, csv or parquet")
    if args.resume and columns is not None and Path(args.output).is_file():
        existing = _existing_columns(Path(args.output), args.format)
        if existing is not None and existing != columns:
            raise _UsageError(
                f"--resume: {args.output} has the columns {','.join(existing)}; "
                "run with the same --fields as before"
            )
    if args.output:
        target = Path(args.output)
        parent = target.parent
        if target.is_dir():
            raise _UsageError(f"-o: {args.output} is a directory")
        if args.resume and target.exists() and not target.is_file():
            raise _UsageError(f"--resume: {args.output} is not a regular file")
        if not parent.is_dir():
            raise _UsageError(f"-o: the directory {str(parent)!r} does not exist")
        for name in args.inputs:
            with contextlib.suppress(OSError):
                if name != "-" and os.path.samefile(name, target):
                    raise _UsageError(f"-o: {args.output} is also an input; it would be replaced")
    reference = _moment(args.reference, "--reference", instant=True) if args.reference else None
    min_date = _moment(args.min_date, "--min-date", instant=False) if args.min_date else None
    max_date = _moment(args.max_date, "--max-date", instant=False) if args.max_date else None
    if min_date is not None and max_date is not None and max_date < min_date:
        raise _UsageError("--max-date is before --min-date")
    try:
        check_reference(reference, min_date, max_date)  # type: ignore[arg-type]
    except ValueError as err:
        raise _UsageError(f"--reference/--min-date/--max-date: {err}") from err
    kind: Kind = "html" if args.html else "text" if args.text else "auto"
    options = Options(
        strict=args.strict,
        encoding=args.encoding,
        kind=kind,
        reference=reference,  # type: ignore[arg-type]  # _moment(instant=True) is a datetime
        min_date=min_date,
        max_date=max_date,
    )
    return options, columns


def _existing_columns(path: Path, fmt: str) -> list[str] | None:
    """The columns of an existing CSV or Parquet output (None for JSON Lines)."""
    try:
        if fmt == "parquet":
            return list(importlib.import_module("pyarrow.parquet").read_schema(path).names)
        if fmt == "csv":
            with path.open(encoding="utf-8", newline="") as handle:
                return next(csv.reader(handle), [])
    except (OSError, ValueError) as err:
        raise _UsageError(f"--resume: cannot read {path}: {err}") from err
    return None


# -- work done in the workers -------------------------------------------------------------

# One result: (name, payload: JSON bytes or a row, or None; error line or None; warning codes).
_Result = tuple[str, Any, "str | None", tuple[str, ...]]
# What a worker sends back for a record: the JSON line as UTF-8 bytes (json, jsonl, --flat),
# a JSON-ready row (csv) or a typed row (parquet).
_Mode = Literal["line", "row", "raw"]
# Inputs per task sent to a worker: a task is a list of file names (each worker reads its own
# files), so a large chunk costs little memory and spreads the per-task overhead thinner.
_CHUNK = 256


def _payload(outcome: Outcome, columns: list[str] | None, mode: _Mode) -> Any:
    assert outcome.article is not None
    if columns is None:
        # A lone surrogate cannot be written as UTF-8: json_line escapes it (and all else).
        return json_line({"path": outcome.name, **to_dict(outcome.article)})
    # CSV, Parquet and JSON rows are UTF-8: a lone surrogate is written as U+FFFD (as Arrow does).
    row = {
        k: utf8(v) for k, v in to_row(outcome.article, path=outcome.name, fields=columns).items()
    }
    if mode == "raw":
        return row
    return json_line(json_ready(row)) if mode == "line" else json_ready(row)


# Parsed once in this process before the workers fork, so that they inherit the compiled
# grammar instead of each compiling it again (a third of a second of CPU per worker).
_WARM_UP = (
    "عنوان خبر\nکد خبر: ۱۲۳۴۵\n"
    "تاریخ انتشار: سه\u200cشنبه ۲۸ شهریور ۱۴۰۲ - ۱۶:۴۲\nسرویس: سیاسی\n"
    "متن خبر که در تاریخ ۱۴۰۲/۰۶/۲۸ منتشر شد."
)


def _warm_up() -> None:
    json_line(to_dict(parse_article(_WARM_UP)))  # also picks (and imports) the JSON writer


# A unit of work as sent to a worker: a plain file as its (name, path), which pickles in a
# fortieth of the time of a Source; anything else (a record, stdin, an error) as its Source.
_Item = Source | tuple[str, str]


def _item(source: Source) -> _Item:
    if source.path is not None and source == Source(source.name, path=source.path):
        return (source.name, source.path)
    return source


def _worker_died(item: _Item, error: Exception) -> _Result:
    """The result of an input whose worker process died (out of memory, killed): a failure."""
    name = item[0] if isinstance(item, tuple) else item.name
    return (name, None, f"{name}:1:1: error: {error}", ())


def _run_chunk(items: list[_Item], setup: tuple[Options, list[str] | None, _Mode]) -> list[_Result]:
    options, columns, mode = setup
    results: list[_Result] = []
    for item in items:
        source = Source(item[0], path=item[1]) if isinstance(item, tuple) else item
        outcome = run_source(source, options)
        if outcome.article is None:
            results.append((outcome.name, None, outcome.error, ()))
        else:
            codes = tuple(w.code for w in outcome.article.warnings)
            results.append((outcome.name, _payload(outcome, columns, mode), None, codes))
    return results


# -- writers ------------------------------------------------------------------------------


class _Writer:
    def __init__(self, handle: IO[bytes] | None, path: str | None) -> None:
        self.handle = handle
        self.path = path

    def write(self, payload: Any) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Write what ends the output."""


class _JsonWriter(_Writer):
    def __init__(self, handle: IO[bytes], single: bool) -> None:
        super().__init__(handle, None)
        self.single = single
        self.count = 0
        if not single:
            handle.write(b"[")

    def write(self, payload: Any) -> None:
        assert self.handle is not None
        if self.single:
            text = json.dumps(json.loads(payload), ensure_ascii=False, indent=2) + "\n"
            self.handle.write(text.encode("utf-8"))
        else:
            self.handle.write(b"\n" if self.count == 0 else b",\n")
            self.handle.write(payload)
        self.count += 1

    def close(self) -> None:
        assert self.handle is not None
        if not self.single:
            self.handle.write(b"\n]\n" if self.count else b"]\n")


class _JsonlWriter(_Writer):
    def write(self, payload: Any) -> None:
        assert self.handle is not None
        self.handle.write(payload)
        self.handle.write(b"\n")


class _CsvWriter(_Writer):
    def __init__(self, handle: IO[bytes], columns: list[str], header: bool) -> None:
        super().__init__(handle, None)
        self.text = io.StringIO()  # one row at a time, written out as UTF-8
        self.writer = csv.DictWriter(self.text, fieldnames=columns, lineterminator="\n")
        if header:
            self.writer.writeheader()
            self.flush()

    def flush(self) -> None:
        assert self.handle is not None
        self.handle.write(self.text.getvalue().encode("utf-8"))
        self.text.seek(0)
        self.text.truncate()

    def write(self, payload: Any) -> None:
        self.writer.writerow(
            {k: " | ".join(v) if isinstance(v, list) else v for k, v in payload.items()}
        )
        self.flush()


class _TextSink:
    """Bytes written to a text stream that has no binary layer (a doctest's stdout)."""

    def __init__(self, text: IO[str]) -> None:
        self.text = text

    def write(self, data: bytes) -> int:
        return self.text.write(data.decode("utf-8"))

    def flush(self) -> None:
        self.text.flush()


def _binary_stdout() -> IO[bytes]:
    """Standard output's binary layer (what is already written to the text layer first)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    return buffer if buffer is not None else _TextSink(sys.stdout)  # type: ignore[return-value]


class _ParquetWriter(_Writer):
    BATCH = 1024

    def __init__(self, path: str, columns: list[str], previous: Any = None) -> None:
        super().__init__(None, path)
        pq = importlib.import_module("pyarrow.parquet")  # optional extra, checked up front

        self.columns = columns
        self.rows: list[dict[str, Any]] = []
        self.writer = pq.ParquetWriter(path, arrow_table([], columns).schema)
        if previous is not None:
            self.writer.write_table(previous.select(columns))

    def write(self, payload: Any) -> None:
        self.rows.append(payload)
        if len(self.rows) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_table(arrow_table(self.rows, self.columns))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


# -- progress and summary -----------------------------------------------------------------


class _Progress:
    """A live line on a terminal (count, total, rate, ETA); a log line every N s otherwise."""

    def __init__(self, total: int | None, every: float | None, quiet: bool) -> None:
        self.tty = sys.stderr.isatty() and not quiet
        self.every = None if quiet else (every if every is not None else 30.0)
        self.total = total
        self.done = self.failed = 0
        self.start = self.last = time.monotonic()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = self.done / elapsed
        text = f"{self.done:,}" + (f"/{self.total:,}" if self.total else "") + " inputs"
        text += f", {self.failed:,} failed, {rate:,.1f}/s"
        if self.total and rate > 0:
            text += f", ETA {max(self.total - self.done, 0) / rate:,.0f} s"
        return text

    def step(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self.tty and now - self.last > 0.2:
            self.last = now
            sys.stderr.write("\r" + self.line() + "\x1b[K")
            sys.stderr.flush()
        elif not self.tty and self.every is not None and now - self.last >= self.every:
            self.last = now
            print(f"jalali-meta: progress: {self.line()}", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.tty and self.done:
            sys.stderr.write("\r" + self.line() + "\x1b[K\n")  # the final count, not a stale one


# C0 controls, DEL, NEL and the Unicode line and paragraph separators, as escapes: a file
# name holding a newline must not split its error line or forge another one.
_CONTROLS = {c: repr(chr(c))[1:-1] for c in [*range(32), 127, 0x85, 0x2028, 0x2029]}


def _one_line(line: str) -> str:
    """An stderr line with its control characters escaped (``\\n``), so one line stays one."""
    return line.translate(_CONTROLS)


class _Run:
    def __init__(self, args: argparse.Namespace, options: Options, columns: list[str] | None):
        self.args = args
        self.options = options
        self.columns = columns
        self.written = 0
        self.resumed = 0
        self.failed = 0
        self.skipped: collections.Counter[str] = collections.Counter()
        self.codes: collections.Counter[str] = collections.Counter()
        self.done: set[str] = set()

    def report(self, line: str) -> None:
        self.failed += 1
        print(_one_line(line), file=sys.stderr, flush=True)

    def skip(self, path: str, reason: str) -> None:
        self.skipped[reason] += 1
        if reason.startswith("not a regular"):
            print(
                _one_line(f"{display_name(path)}: skipped: {reason}"), file=sys.stderr, flush=True
            )

    def sources(self) -> Iterator[_Item]:
        for source in expand(list(self.args.inputs), self.skip, self.args.output):
            if source.name in self.done:
                self.skipped["already in the output (--resume)"] += 1
                continue
            yield _item(source)

    def workers(self, total: int | None) -> int:
        wanted = self.args.workers
        cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        limit = min(cpus or 1, total or wanted)
        if wanted > limit and not self.args.quiet:
            print(
                f"jalali-meta: note: -j {wanted} capped at {limit} "
                f"({cpus} CPUs, {total if total else 'unknown'} inputs)",
                file=sys.stderr,
            )
        return int(min(wanted, limit))

    def run(self, writer: _Writer) -> None:
        total = _plain_file_count(self.args.inputs)
        fmt = self.args.format
        mode: _Mode = "raw" if fmt == "parquet" else "row" if fmt == "csv" else "line"
        setup = (self.options, self.columns, mode)
        workers = self.workers(total)
        results = map_ordered(
            _run_chunk,
            self.sources(),
            setup,
            workers,
            _worker_died,
            chunk_size=_CHUNK,
            context=fork_context(_warm_up) if workers > 1 else None,
        )
        progress = _Progress(total, self.args.progress_every, self.args.quiet)
        try:
            for _name, payload, error, codes in results:
                progress.step(error is not None)
                if error is not None:
                    self.report(error)
                    continue
                self.codes.update(codes)
                writer.write(payload)
                self.written += 1
        finally:
            progress.close()

    def summary(self) -> str:
        inputs = self.written + self.failed
        parts = [
            f"{inputs:,} input{'s' * (inputs != 1)}",
            f"{self.written:,} record{'s' * (self.written != 1)} written",
            f"{self.failed:,} failed",
        ]
        if self.resumed:
            parts.append(f"{self.resumed:,} kept from the previous run")
        if self.skipped:
            listed = ", ".join(f"{reason}: {n:,}" for reason, n in sorted(self.skipped.items()))
            parts.append(f"{sum(self.skipped.values()):,} skipped ({listed})")
        text = "jalali-meta: summary: " + "; ".join(parts)
        if self.codes:
            text += "; warnings: " + ", ".join(
                f"{code} {n:,}" for code, n in sorted(self.codes.items())
            )
        return text

    def status(self) -> int:
        if self.written == 0 and self.resumed == 0:
            return EXIT_NONE_WRITTEN
        return EXIT_SOME_FAILED if self.failed else EXIT_OK


def _plain_file_count(inputs: Sequence[str]) -> int | None:
    """The number of inputs when each is one article file; None when any expands."""
    for name in inputs:
        if name == "-":
            continue
        try:
            if not stat.S_ISREG(os.stat(name).st_mode):
                return None
        except OSError:
            continue
        lower = name.lower().removesuffix(".gz")
        if lower.endswith((".jsonl", ".ndjson", ".warc", ".arc")):
            return None
    return len(inputs)


def _is_one_file(inputs: Sequence[str]) -> bool:
    return len(inputs) == 1 and _plain_file_count(inputs) == 1


def _new_file_mode(target: Path) -> int:
    """The mode an ordinary ``open(..., "w")`` would give: the existing file's, or by umask."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


class _Kept:
    """What --resume keeps of an existing JSON Lines or CSV output, checked before any work."""

    def __init__(self, path: Path, fmt: str, size: int, rows: int, note: str | None) -> None:
        self.path, self.fmt, self.size, self.rows, self.note = path, fmt, size, rows, note

    def copy_to(self, handle: IO[bytes]) -> None:
        """Write the kept records to ``handle``, each ending with a newline."""
        if self.fmt == "csv":
            rows = io.StringIO()
            with self.path.open(encoding="utf-8", newline="") as old:
                reader, writer = csv.reader(old), csv.writer(rows, lineterminator="\n")
                for row in itertools.islice(reader, self.rows + 1):  # the header and the rows
                    writer.writerow(row)
                    handle.write(rows.getvalue().encode("utf-8"))
                    rows.seek(0)
                    rows.truncate()
            return
        decoder = codecs.getincrementaldecoder("utf-8")()
        left, last = self.size, ""
        with self.path.open("rb") as old:
            while left > 0:
                chunk = old.read(min(left, 1 << 20))
                if not chunk:
                    break
                left -= len(chunk)
                text = decoder.decode(chunk)  # checks that the kept records are UTF-8
                if text:
                    handle.write(text.encode("utf-8"))
                    last = text[-1]
        if last not in ("", "\n"):
            handle.write(b"\n")


def _cut_short(target: Path) -> bool:
    """Whether a non-empty file does not end with a newline (a write cut short)."""
    with target.open("rb") as handle:
        if handle.seek(0, os.SEEK_END) == 0:
            return False
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) != b"\n"


def _kept_jsonl(target: Path) -> tuple[list[str], _Kept]:
    names: list[str] = []
    size, note = 0, None
    with target.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            record: Any = None
            if raw.strip():
                with contextlib.suppress(ValueError):  # not JSON, or not UTF-8
                    record = json.loads(raw)
                path = record.get("path") if isinstance(record, dict) else 0
                if not isinstance(path, str | None):
                    if not raw.endswith(b"\n"):
                        note = f"{target}:{number}: the last record is cut short; parsed again"
                        break
                    raise _UsageError(
                        f"--resume: {target}:{number}: not a record of jalali-meta "
                        "(not a JSON object with a string path); mend or remove that line"
                    )
                names.append(path or "")
            size += len(raw)
    return names, _Kept(target, "jsonl", size, 0, note)


def _kept_csv(target: Path) -> tuple[list[str], _Kept]:
    names: list[str] = []
    note = None
    cut = _cut_short(target)
    with target.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        where = header.index("path") if "path" in header else None
        row = next(reader, None)  # one row of look-ahead: the last row may be cut short
        index = 0
        while row is not None:
            following = next(reader, None)
            if following is None and cut:
                note = f"{target}: the last row is cut short; its input is parsed again"
                break
            if len(row) != len(header):
                raise _UsageError(
                    f"--resume: {target}: row {index + 1} has {len(row)} fields, "
                    f"the header {len(header)}; mend or remove that row"
                )
            names.append(row[where] if where is not None else "")
            row, index = following, index + 1
    return names, _Kept(target, "csv", 0, len(names), note)


def _previous(run: _Run, target: Path, fmt: str) -> Any:
    """Read the names already in the output (--resume) and return what to copy over.

    A record that cannot be read is a usage error (nothing is lost); the last record, cut
    short by a write that did not finish, is dropped with a note and its input parsed again.
    """
    if not target.exists():
        return None
    names: list[str] = []
    try:
        if fmt == "parquet":
            pq = importlib.import_module("pyarrow.parquet")
            table = pq.read_table(target)
            names = [n for n in table.column("path").to_pylist() if n]
            previous: Any = table
        elif fmt == "csv":
            names, previous = _kept_csv(target)
        else:
            names, previous = _kept_jsonl(target)
    except (OSError, ValueError, csv.Error) as err:  # UnicodeDecodeError is a ValueError
        raise _UsageError(f"--resume: cannot read {target}: {err}") from err
    if isinstance(previous, _Kept) and previous.note:
        print(f"jalali-meta: note: {previous.note}", file=sys.stderr)
    run.done = set(names)
    run.resumed = len(names)
    return previous


def _write_output(run: _Run) -> str | None:
    """Write to a temporary file beside -o and rename it: never a truncated or lost output.

    Returns a note for stderr when the existing output was kept unchanged.
    """
    args = run.args
    # A link is followed: the file it names is replaced, the link kept (as ``>`` does).
    target = Path(os.path.realpath(args.output))
    if target.exists() and not target.is_file():  # /dev/null, /dev/stdout, a FIFO
        _write_direct(run, target)
        return None
    previous = _previous(run, target, args.format) if args.resume else None
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp, _new_file_mode(target))
        writer: _Writer
        if args.format == "parquet":
            os.close(fd)
            assert run.columns is not None
            writer = _ParquetWriter(tmp, run.columns, previous)
            try:
                run.run(writer)
            finally:
                writer.close()
        else:
            with os.fdopen(fd, "wb") as handle:
                if isinstance(previous, _Kept):
                    previous.copy_to(handle)
                writer = _make_writer(handle, args, run.columns, header=previous is None)
                run.run(writer)
                writer.close()
        if run.written == 0 and target.exists():
            Path(tmp).unlink()
            return f"jalali-meta: note: no new record; {args.output} left as it was"
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return None


def _write_direct(run: _Run, target: Path) -> None:
    """Write into a device or FIFO as it is: never replace it with a regular file."""
    args = run.args
    writer: _Writer
    if args.format == "parquet":
        assert run.columns is not None
        writer = _ParquetWriter(str(target), run.columns)
        try:
            run.run(writer)
        finally:
            writer.close()
        return
    with target.open("wb") as handle:
        writer = _make_writer(handle, args, run.columns)
        run.run(writer)
        writer.close()


def _make_writer(
    handle: IO[bytes], args: argparse.Namespace, columns: list[str] | None, header: bool = True
) -> _Writer:
    if args.format == "csv":
        assert columns is not None
        return _CsvWriter(handle, columns, header)
    if args.format == "jsonl":
        return _JsonlWriter(handle, None)
    return _JsonWriter(handle, single=_is_one_file(args.inputs) and columns is None)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (see the module docstring).

    Example:
        >>> main(["-q", "--format", "jsonl", "seeds/000_93f79026dfa18f1a.txt"])
        ... # doctest: +ELLIPSIS
        {"path": "seeds/000_93f79026dfa18f1a.txt", "title": ..., "number": "43222", ...}
        0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        options, columns = _check(args)
    except _UsageError as err:
        parser.print_usage(sys.stderr)
        print(f"jalali-meta: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
    run = _Run(args, options, columns)
    main_thread = signal.getsignal(signal.SIGTERM) is not None and _in_main_thread()
    old_handler = signal.signal(signal.SIGTERM, _on_sigterm) if main_thread else None
    note = None
    try:
        if args.output:
            note = _write_output(run)
        else:
            stdout = _binary_stdout()
            writer = _make_writer(stdout, args, columns)
            run.run(writer)
            writer.close()
            stdout.flush()
    except MissingExtraError as err:
        print(f"jalali-meta: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except _UsageError as err:  # --resume onto an output it cannot read: nothing was done
        parser.print_usage(sys.stderr)
        print(f"jalali-meta: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader (``| head``) has gone: stop quietly, and keep Python's exit flush quiet.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("\njalali-meta: interrupted; output not written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except _Terminated:
        print("jalali-meta: terminated (SIGTERM); output not written", file=sys.stderr)
        return EXIT_TERMINATED
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, old_handler)
    if note:
        print(note, file=sys.stderr)
    if not args.quiet:
        print(run.summary(), file=sys.stderr)
    return run.status()


def _in_main_thread() -> bool:
    import threading  # noqa: PLC0415

    return threading.current_thread() is threading.main_thread()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
