"""Command line: ``jalali-meta FILE...`` prints each article's record as JSON.

Exit status: 0 when every input parsed, 1 when any failed (the others are still
written), 2 for a usage error. Each failure is one line on stderr:
``path:line:col: error: message``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from jalali_meta._article import parse_article
from jalali_meta._batch import map_ordered, record_json
from jalali_meta._errors import JalaliMetaError, ParseError
from jalali_meta._html import parse_html
from jalali_meta._version import __version__

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jalali-meta",
        description="Extract typed metadata (ID, Jalali dates as Gregorian, category, ...) "
        "from Persian article text files.",
    )
    parser.add_argument("--version", action="version", version=f"jalali-meta {__version__}")
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="article text or HTML files, directories (every *.txt, *.html, *.htm below "
        "them), JSON Lines files "
        '(*.jsonl, one {"text": ...} object per line), or - for stdin',
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: one object (one file) or a list; jsonl: one object per line (default: json)",
    )
    parser.add_argument("--strict", action="store_true", help="fail on doubt instead of warning")
    parser.add_argument(
        "--html",
        action="store_true",
        help="read every input as HTML (files ending in .html or .htm always are)",
    )
    parser.add_argument(
        "--encoding", default="utf-8", help="text encoding of the files (default: utf-8)"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout"
    )
    parser.add_argument(
        "-j", "--workers", type=int, default=1, metavar="N", help="processes to use (default: 1)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log rejected candidates")
    return parser


_HTML_SUFFIXES = frozenset({".html", ".htm"})
_SUFFIXES = _HTML_SUFFIXES | {".txt"}


class _InputError(Exception):
    """A file that could not be read; carries the stderr line's position."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def _decode(data: bytes, encoding: str) -> str:
    if not data.strip():
        raise _InputError("empty file")
    try:
        name = "utf-8-sig" if encoding.lower().replace("_", "-") == "utf-8" else encoding
        return data.decode(name)
    except UnicodeDecodeError as err:
        before = data[: err.start]
        line = before.count(b"\n") + 1
        column = err.start - (before.rfind(b"\n") + 1) + 1
        raise _InputError(
            f"cannot decode as {encoding}: byte 0x{data[err.start]:02x} at offset {err.start} "
            "(try --encoding windows-1256)",
            line,
            column,
        ) from err
    except LookupError as err:
        raise _InputError(str(err)) from err


# One unit of work: (name shown in output and errors, path to read or None, text or None,
# the first line's number for errors in JSON Lines input).
_Item = tuple[str, "str | None", "str | None", int]
# One result: (JSON text of the record or None, stderr line or None).
_Result = tuple["str | None", "str | None"]


def _run_item(item: _Item, strict: bool, encoding: str, html: bool) -> _Result:
    name, path, text, first_line = item
    try:
        if text is None:
            assert path is not None
            try:
                data = Path(path).read_bytes()
            except OSError as err:
                raise _InputError(err.strerror or str(err)) from err
            if html or Path(path).suffix.lower() in _HTML_SUFFIXES:
                if not data.strip():
                    raise _InputError("empty file")
                article = parse_html(data, strict=strict)  # detects the page's encoding
                return record_json(name, article), None
            text = _decode(data, encoding)
        article = parse_html(text, strict=strict) if html else parse_article(text, strict=strict)
    except _InputError as err:
        return None, f"{name}:{err.line}:{err.column}: error: {err}"
    except ParseError as err:
        return None, f"{name}:{err.line + first_line - 1}:{err.column}: error: {err.msg}"
    except (JalaliMetaError, TypeError) as err:
        return None, f"{name}:{first_line}:1: error: {err}"
    return record_json(name, article), None


def _run_chunk(items: list[_Item], options: tuple[bool, str, bool]) -> list[_Result]:
    strict, encoding, html = options
    return [_run_item(item, strict, encoding, html) for item in items]


def _items(inputs: Sequence[str], encoding: str, failures: list[str]) -> Iterator[_Item]:
    """Expand the command line's inputs into work items, lazily (flat memory on big trees)."""
    for name in inputs:
        if name == "-":
            try:
                yield name, None, _decode(sys.stdin.buffer.read(), encoding), 1
            except _InputError as err:
                failures.append(f"-:{err.line}:{err.column}: error: {err}")
            continue
        path = Path(name)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.suffix.lower() in _SUFFIXES):
                yield str(found), str(found), None, 1
        elif path.suffix == ".jsonl":
            yield from _jsonl_items(path, failures)
        else:
            yield name, name, None, 1


def _jsonl_items(path: Path, failures: list[str]) -> Iterator[_Item]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as err:
        failures.append(f"{path}:1:1: error: {err.strerror or err}")
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
                if not isinstance(text, str):
                    raise TypeError("'text' is not a string")
            except (ValueError, KeyError, TypeError) as err:
                failures.append(f'{path}:{number}:1: error: not a {{"text": ...}} object: {err}')
                continue
            name = str(record.get("id") or record.get("path") or f"{path}:{number}")
            yield name, None, text, 1


class _Progress:
    """A one-line counter on stderr, shown only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.done = self.failed = 0
        self.start = self.last = time.monotonic()

    def step(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self.enabled and now - self.last > 0.2:
            self.last = now
            rate = self.done / max(now - self.start, 1e-9)
            sys.stderr.write(f"\r{self.done:,} articles, {self.failed:,} failed, {rate:,.0f}/s")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            sys.stderr.write("\n")


def _write(out: IO[str], args: argparse.Namespace, failures: list[str]) -> None:
    items = _items(args.inputs, args.encoding, failures)
    options = (args.strict, args.encoding, args.html)
    results = map_ordered(_run_chunk, items, options, args.workers)
    progress = _Progress()
    single = args.format == "json" and len(args.inputs) == 1 and _is_one_file(args.inputs[0])
    written = 0
    if args.format == "json" and not single:
        out.write("[")
    for record, error in results:
        progress.step(error is not None)
        if error is not None:
            failures.append(error)
            continue
        assert record is not None
        if args.format == "jsonl":
            out.write(record + "\n")
        elif single:
            out.write(json.dumps(json.loads(record), ensure_ascii=False, indent=2) + "\n")
        else:
            out.write(("\n" if written == 0 else ",\n") + record)
        written += 1
    if args.format == "json" and not single:
        out.write("\n]\n" if written else "]\n")
    progress.close()


def _is_one_file(name: str) -> bool:
    return name == "-" or not (Path(name).is_dir() or Path(name).suffix == ".jsonl")


def _write_atomically(path: str, args: argparse.Namespace, failures: list[str]) -> None:
    """Write to a temporary file beside ``path`` and rename it: never a truncated output."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            _write(handle, args, failures)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 some input failed, 2 usage).

    Example:
        >>> main(["--format", "jsonl", "seeds/000_93f79026dfa18f1a.txt"])  # doctest: +ELLIPSIS
        {"path": "seeds/000_93f79026dfa18f1a.txt", "title": ..., "number": "43222", ...}
        0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.workers < 1:
        parser.print_usage(sys.stderr)
        print("jalali-meta: error: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
    failures: list[str] = []
    if args.output:
        _write_atomically(args.output, args, failures)
    else:
        _write(sys.stdout, args, failures)
        sys.stdout.flush()
    for line in failures:
        print(line, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
