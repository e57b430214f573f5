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
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from jalali_meta.article import parse_article
from jalali_meta.errors import JalaliMetaError, ParseError
from jalali_meta.serialize import to_dict

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jalali-meta",
        description="Extract typed metadata (ID, Jalali dates as Gregorian, category, ...) "
        "from Persian article text files.",
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="article text files; - reads stdin"
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: one object (one file) or a list; jsonl: one object per line (default: json)",
    )
    parser.add_argument("--strict", action="store_true", help="fail on doubt instead of warning")
    parser.add_argument(
        "--encoding", default="utf-8", help="text encoding of the files (default: utf-8)"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log rejected candidates")
    return parser


class _InputError(Exception):
    """A file that could not be read; carries the stderr line's position."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def _read(name: str, encoding: str) -> str:
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as err:
        raise _InputError(err.strerror or str(err)) from err
    if not data.strip():
        raise _InputError("empty file")
    try:
        return data.decode(
            "utf-8-sig" if encoding.lower().replace("_", "-") == "utf-8" else encoding
        )
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


def _records(args: argparse.Namespace, failures: list[str]) -> Iterator[dict[str, Any]]:
    for name in args.files:
        try:
            text = _read(name, args.encoding)
            article = parse_article(text, strict=args.strict)
        except _InputError as err:
            failures.append(f"{name}:{err.line}:{err.column}: error: {err}")
            continue
        except ParseError as err:
            failures.append(f"{name}:{err.line}:{err.column}: error: {err.msg}")
            continue
        except JalaliMetaError as err:
            failures.append(f"{name}:1:1: error: {err}")
            continue
        yield {"path": name, **to_dict(article)}


def _write(out: IO[str], args: argparse.Namespace, failures: list[str]) -> None:
    if args.format == "jsonl":
        for record in _records(args, failures):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    records = list(_records(args, failures))
    value: Any = records[0] if len(args.files) == 1 and records else records
    out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


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
