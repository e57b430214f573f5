"""Inputs: files, directories, gzip, JSON Lines, WARC/ARC, stdin -> units of work.

Expansion runs in the main process and is lazy: a directory is walked one
directory at a time (iteratively, so depth costs no stack), a JSON Lines file one
line at a time, a WARC file one record at a time; the first record is parsed before
the tree is listed. Reading and parsing a plain file happen in :func:`run_source`,
which may run in a worker process.

What a file is comes from its content, not its name: gzip is unpacked; HTML is
parsed as HTML whatever the name (``.aspx``, no suffix); NUL bytes or many control
characters make a per-input "binary" error. Reads are bounded: a file of more than
``MAX_INPUT_BYTES`` is refused before it is read.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as _dt
import errno
import functools
import gzip
import io
import json
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterator
from typing import IO, Any, Literal

import attrs

from jalali_meta._article import parse_article
from jalali_meta._decode import _BOMS
from jalali_meta._errors import JalaliMetaError, MissingExtraError, ParseError
from jalali_meta._html import parse_html
from jalali_meta._limits import MAX_INPUT_CHARS
from jalali_meta._plausible import in_range
from jalali_meta._records import Article

__all__ = [
    "MAX_INPUT_BYTES",
    "InputError",
    "Options",
    "Outcome",
    "Source",
    "display_name",
    "expand",
    "run_source",
]

# A character is at most 4 bytes in UTF-8: a file longer than this cannot be a valid input.
MAX_INPUT_BYTES = MAX_INPUT_CHARS * 4

Kind = Literal["auto", "text", "html"]

# Suffixes taken from a directory (after removing ``.gz``); other files are counted as
# skipped in the summary. Explicit file arguments are always read.
WALK_SUFFIXES = frozenset(
    {
        "",
        ".txt",
        ".text",
        ".md",
        ".markdown",
        ".html",
        ".htm",
        ".xhtml",
        ".shtml",
        ".aspx",
        ".asp",
        ".php",
        ".jsp",
        ".cfm",
        ".jsonl",
        ".ndjson",
        ".warc",
        ".arc",
    }
)
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml")
_HTML_TAGS = (b"<head", b"<body", b"<meta", b"<title", b"<div", b"<p>", b"<p ", b"<h1", b"<br")
_GZIP_MAGIC = b"\x1f\x8b"
# Every byte but the C0 controls that never occur in text (white space and ESC do).
_NOT_CONTROL = bytes(b for b in range(256) if b >= 0x20 or b in b"\t\n\r\f\v\x1b")


class InputError(Exception):
    """An input that cannot be read; carries the stderr line's position."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


@attrs.frozen
class Options:
    """How every input of one run is read and parsed (picklable, sent to workers)."""

    strict: bool = False
    encoding: str = "utf-8"
    kind: Kind = "auto"
    reference: _dt.datetime | None = None
    min_date: _dt.date | None = None
    max_date: _dt.date | None = None


@attrs.frozen
class Source:
    """One unit of work: a file to read, or content already read (a record, stdin).

    Attributes:
        name: What the output's ``path`` and the error lines call it.
        path: The file to read, or None when ``data``/``text`` hold the content.
        data: Raw bytes (a WARC record's payload, stdin).
        text: Decoded text (a JSON Lines record).
        kind: ``html`` or ``text`` when the container says so, else ``auto`` (sniffed).
        url: The page's URL (WARC target URI, JSON Lines ``url``).
        reference: When the page was fetched (WARC-Date), if known.
        charset: The HTTP Content-Type charset, if any.
        line: The first line's number in the container, for error positions.
        error: An error line found while listing the inputs (a missing file, a bad
            JSON Lines record): it takes this input's place in the output order.
    """

    name: str
    path: str | None = None
    data: bytes | None = None
    text: str | None = None
    kind: Kind = "auto"
    url: str | None = None
    reference: _dt.datetime | None = None
    charset: str | None = None
    line: int = 1
    error: str | None = None


@attrs.frozen
class Outcome:
    """What one source gave: an Article or an error line (``path:line:col: error: ...``)."""

    name: str
    article: Article | None
    error: str | None


def display_name(path: str) -> str:
    """A file name that can always be written: undecodable bytes become ``\\xNN``."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return path
    try:  # a file name's undecodable bytes, kept by the file system encoding as surrogates
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # any other lone surrogate (a JSON Lines "id": "\ud800")
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


# -- reading ------------------------------------------------------------------------------


def _read_bounded(handle: IO[bytes] | gzip.GzipFile, what: str) -> bytes:
    data = handle.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{what} is larger than {MAX_INPUT_BYTES:,} bytes; refused")
    return data


def read_file(path: str) -> bytes:
    """Read a regular file or a pipe, refusing devices and anything over the limit unread.

    A regular file is read with reads of its size (plus one byte, to see its end): asking
    for the whole limit at once made Python allocate 128 MiB for every 4 KB article, which
    took 5 to 8 times as long as the read itself.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    except OSError as err:
        raise InputError(err.strerror or str(err)) from err
    try:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode):
            if info.st_size > MAX_INPUT_BYTES:
                raise InputError(
                    f"file is {info.st_size:,} bytes, over the limit of "
                    f"{MAX_INPUT_BYTES:,}; refused"
                )
            step = info.st_size + 1
        elif stat.S_ISDIR(info.st_mode):  # as open() says it
            raise InputError(os.strerror(errno.EISDIR))
        elif stat.S_ISFIFO(info.st_mode):
            step = 1 << 16
        else:
            raise InputError("not a regular file (a device or socket); refused")
        return _read_fd(fd, step)
    except OSError as err:
        raise InputError(err.strerror or str(err)) from err
    finally:
        os.close(fd)


def _read_fd(fd: int, step: int) -> bytes:
    """Read to the end in reads of ``step`` bytes; more than MAX_INPUT_BYTES is refused."""
    pieces: list[bytes] = []
    size = 0
    while True:
        piece = os.read(fd, min(step, MAX_INPUT_BYTES + 1 - size))
        if not piece:
            return b"".join(pieces) if len(pieces) != 1 else pieces[0]
        pieces.append(piece)
        size += len(piece)
        if size > MAX_INPUT_BYTES:
            raise InputError(f"input is larger than {MAX_INPUT_BYTES:,} bytes; refused")
        step = max(step, 1 << 16)


def _gunzip(data: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            return _read_bounded(handle, "unpacked gzip input")
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(f"not a valid gzip file: {err}") from err


def _is_binary(head: bytes) -> bool:
    """NUL bytes, or more than 5% control characters other than white space and ESC."""
    if _bom_encoding(head) in ("utf-16", "utf-32"):  # their NUL bytes are text
        return False
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))  # deletes all but control bytes
    return controls > len(head) * 0.05


def looks_like_html(head: bytes | str) -> bool:
    """Whether content starts like an HTML page (after a BOM and white space)."""
    start = head[:2048].encode("utf-8", "replace") if isinstance(head, str) else head[:2048]
    start = start.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(_HTML_STARTS):
        return True
    return start.startswith(b"<") and any(tag in start for tag in _HTML_TAGS)


def _bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` names (it settles it, as for
    HTML: Notepad's "Unicode" files are UTF-16 with one), or None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _decode(data: bytes, encoding: str) -> str:
    by_mark = _bom_encoding(data)
    if by_mark is not None and by_mark != "utf-8-sig":
        encoding = by_mark
    utf8 = _is_utf8(encoding)
    name = "utf-8-sig" if utf8 else encoding
    try:
        text = data.decode(name)
    except UnicodeDecodeError as err:
        before = data[: err.start]
        line = before.count(b"\n") + 1
        column = err.start - (before.rfind(b"\n") + 1) + 1
        raise InputError(
            f"cannot decode as {encoding}: byte 0x{data[err.start]:02x} at offset {err.start} "
            "(try --encoding windows-1256)",
            line,
            column,
        ) from err
    except (LookupError, UnicodeError) as err:
        raise InputError(f"cannot decode as {encoding}: {err}") from err
    if utf8:  # the UTF-8 decoder refuses encoded surrogates: its text always encodes back
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:  # utf-7, unicode_escape: a lone surrogate is not text
        done = text[: err.start]
        raise InputError(
            f"decoding as {encoding} gives a lone surrogate U+{ord(text[err.start]):04X}; not text",
            done.count("\n") + 1,
            err.start - (done.rfind("\n") + 1) + 1,
        ) from err
    return text


@functools.lru_cache(maxsize=16)
def _is_utf8(encoding: str) -> bool:
    return codecs.lookup(encoding).name == "utf-8"


def _parse(source: Source, options: Options) -> Article:
    reference = options.reference or source.reference
    content: bytes | str
    if source.text is not None:
        content = source.text
    else:
        content = source.data if source.data is not None else read_file(source.path or "")
        if content.startswith(_GZIP_MAGIC):
            content = _gunzip(content)
        if not content or content.isspace():
            raise InputError("empty file")
        if _is_binary(content[:4096]):
            raise InputError("binary content (NUL bytes or control characters), not text or HTML")
    if not content or content.isspace():
        raise InputError("empty input")
    suffix = _suffix(source.path or "")
    html = source.kind == "html" or (
        source.kind == "auto"
        and (options.kind == "html" or suffix in _HTML_SUFFIXES or looks_like_html(content))
    )
    if options.kind == "text":
        html = False
    if html:
        if isinstance(content, bytes) and source.charset:
            # Undecodable with the HTTP charset: parse_html reads the page's own declaration.
            with contextlib.suppress(LookupError, UnicodeError):
                content = content.decode(source.charset)
        return parse_html(
            content,
            url=source.url,
            strict=options.strict,
            reference=reference,
            min_date=options.min_date,
            max_date=options.max_date,
        )
    if isinstance(content, bytes):
        content = _decode(content, source.charset or options.encoding)
        if not content.strip():  # a byte-order mark and white space at most
            raise InputError("empty file")
    article = parse_article(
        content,
        url=source.url,
        strict=options.strict,
        reference=reference,
        min_date=options.min_date,
        max_date=options.max_date,
    )
    return article if source.url is None else attrs.evolve(article, url=source.url)


def run_source(source: Source, options: Options) -> Outcome:
    """Read and parse one source; never raises for a bad input (the error is in the outcome)."""
    if source.error is not None:
        return Outcome(source.name, None, source.error)
    try:
        return Outcome(source.name, _parse(source, options), None)
    except InputError as err:
        return Outcome(source.name, None, f"{source.name}:{err.line}:{err.column}: error: {err}")
    except ParseError as err:
        line = err.line + source.line - 1
        return Outcome(source.name, None, f"{source.name}:{line}:{err.column}: error: {err.msg}")
    except MissingExtraError:
        raise
    except (JalaliMetaError, TypeError, ValueError) as err:
        return Outcome(source.name, None, f"{source.name}:{source.line}:1: error: {err}")
    except Exception as err:
        return Outcome(
            source.name,
            None,
            f"{source.name}:{source.line}:1: error: internal error {type(err).__name__}: {err} "
            "(please report it)",
        )


# -- expansion ----------------------------------------------------------------------------


def _failed(name: str, message: str, line: int | str = 1) -> Source:
    """A source that is only an error line, in its input's place."""
    shown = display_name(name)
    return Source(shown, error=f"{shown}:{line}:1: error: {message}")


Skip = Callable[[str, str], None]
"""Receives ``(path, reason)`` for a file passed over on purpose (summary counts, messages)."""


def _suffix(path: str) -> str:
    name = os.path.basename(path).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    dot = name.rfind(".")
    return name[dot:] if dot > 0 else ""


def _head(path: str, size: int = 64) -> bytes:
    with open(path, "rb") as handle:
        head = handle.read(size)
    if head.startswith(_GZIP_MAGIC):
        try:
            with gzip.open(path, "rb") as handle:
                return handle.read(size)
        except (OSError, EOFError, zlib.error):
            return head
    return head


def _is_archive(path: str, suffix: str) -> bool:
    if suffix in (".warc", ".arc"):
        return True
    if suffix in _JSONL_SUFFIXES or suffix in _HTML_SUFFIXES or suffix == ".txt":
        return False
    try:
        head = _head(path)
    except OSError:
        return False
    return head.startswith((b"WARC/", b"filedesc://"))


def _file_sources(path: str, skip: Skip) -> Iterator[Source]:
    suffix = _suffix(path)
    name = display_name(path)
    if suffix in _JSONL_SUFFIXES:
        yield from jsonl_sources(path)
    elif _is_archive(path, suffix):
        yield from warc_sources(path, skip)
    else:
        yield Source(name, path=path)


def _walk(root: str, skip: Skip, exclude: tuple[int, int] | None = None) -> Iterator[Source]:
    """Depth first, names sorted within each directory, one directory listed at a time.

    ``exclude`` is the ``(st_dev, st_ino)`` of the output file, never read as an input.
    """
    stack: list[Iterator[os.DirEntry[str]]] = []

    def listing(directory: str) -> Iterator[os.DirEntry[str]] | Source:
        try:
            with os.scandir(directory) as it:
                return iter(sorted(it, key=lambda e: e.name))
        except OSError as err:
            return _failed(directory, err.strerror or str(err))

    first = listing(root)
    if isinstance(first, Source):
        yield first
    else:
        stack.append(first)
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue  # hidden files, version-control folders, our own temporary files
        try:
            if entry.is_dir(follow_symlinks=False):
                sub = listing(entry.path)
                if isinstance(sub, Source):
                    yield sub
                else:
                    stack.append(sub)
                continue
            regular = entry.is_file()
        except OSError as err:
            yield _failed(entry.path, err.strerror or str(err))
            continue
        if not regular:
            skip(entry.path, _not_regular(entry))
        elif exclude is not None and _identity(entry.path) == exclude:
            skip(entry.path, "the output file (-o)")
        elif _suffix(entry.name) not in WALK_SUFFIXES:
            skip(entry.path, f"suffix {_suffix(entry.name)}")
        else:
            yield from _file_sources(entry.path, skip)


def _not_regular(entry: os.DirEntry[str]) -> str:
    """Why a walked entry is passed over: a skip reason starting with ``not a regular``."""
    if entry.is_symlink():
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        what = "a link to a directory, not followed" if is_dir else "a broken symbolic link"
        return f"not a regular file ({what})"
    return "not a regular file (a FIFO, device or socket)"


def _identity(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def expand(inputs: list[str], skip: Skip, output: str | None = None) -> Iterator[Source]:
    """Turn the command line's inputs into sources, lazily, in order.

    ``output`` (the ``-o`` file) is passed over where a directory walk meets it.
    """
    exclude = _identity(output) if output else None
    for name in inputs:
        if name == "-":
            try:
                data = _read_bounded(sys.stdin.buffer, "stdin")
            except InputError as err:
                yield _failed("-", str(err))
                continue
            yield Source("-", data=data)
            continue
        try:
            info = os.stat(name)
        except OSError as err:
            yield _failed(name, err.strerror or str(err))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(name, skip, exclude)
        elif stat.S_ISREG(info.st_mode):
            yield from _file_sources(name, skip)
        elif stat.S_ISFIFO(info.st_mode):
            yield Source(display_name(name), path=name)  # a pipe given by name: read, bounded
        else:
            yield _failed(name, "not a regular file (a device or socket)")


# -- JSON Lines ---------------------------------------------------------------------------


def _open_maybe_gzip(path: str) -> IO[bytes] | gzip.GzipFile:
    handle = open(path, "rb")  # noqa: SIM115 - returned to the caller's with
    if handle.read(2) == _GZIP_MAGIC:
        handle.close()
        return gzip.open(path, "rb")
    handle.seek(0)
    return handle


def _has_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def jsonl_sources(path: str) -> Iterator[Source]:
    """One source per line of ``{"text"|"html": ..., "url": ..., "id": ...}``.

    A bad line (not JSON, not UTF-8, no text, a lone surrogate) is reported and skipped.
    """
    name = display_name(path)
    try:
        handle = _open_maybe_gzip(path)
    except OSError as err:
        yield _failed(name, err.strerror or str(err))
        return
    with handle:
        number = 0
        while True:
            try:
                raw = handle.readline(MAX_INPUT_BYTES + 1)
            except (OSError, EOFError, zlib.error) as err:
                yield _failed(name, f"cannot read further: {err}", number + 1)
                return
            if not raw:
                return
            number += 1
            if len(raw) > MAX_INPUT_BYTES:
                yield _failed(name, f"line over {MAX_INPUT_BYTES:,} bytes; refused", number)
                while raw and not raw.endswith(b"\n"):
                    raw = handle.readline(1 << 20)
                continue
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            try:
                source = _jsonl_record(raw, name, number)
            except (ValueError, TypeError) as err:
                yield _failed(name, str(err), number)
                continue
            yield source


def _jsonl_record(raw: bytes, name: str, number: int) -> Source:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ValueError(
            f"not UTF-8: byte 0x{raw[err.start]:02x} at column {err.start + 1}"
        ) from err
    try:
        record = json.loads(line)
    except ValueError as err:
        raise ValueError(f'not a {{"text": ...}} object: {err}') from err
    if not isinstance(record, dict):
        raise TypeError(f'not a {{"text": ...}} object: a JSON {type(record).__name__}')
    html, text, url = record.get("html"), record.get("text"), record.get("url")
    content = html if html is not None else text
    if not isinstance(content, str):
        raise TypeError('not a {"text": ...} object: no "text" or "html" string')
    if url is not None and not isinstance(url, str):
        raise TypeError('"url" is not a string')
    if _has_surrogate(content) or (url is not None and _has_surrogate(url)):
        raise ValueError("a string holds a lone surrogate (\\ud800-\\udfff), not text")
    label = next(
        (_label(record[key]) for key in ("id", "path") if record.get(key) not in (None, "")),
        url or f"{name}:{number}",
    )
    kind: Kind = "html" if html is not None else "auto"
    return Source(display_name(label), text=content, kind=kind, url=url, line=1)


def _label(value: Any) -> str:
    """A record's ``id`` as its name: a string as is, else its JSON (``0``, ``true``)."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


# -- WARC ---------------------------------------------------------------------------------


def _warc_iterator(handle: IO[bytes]) -> Any:
    try:
        from warcio.archiveiterator import (  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415
            ArchiveIterator,
        )
    except ImportError as err:
        raise MissingExtraError(
            "WARC input needs the warc extra: pip install 'jalali-meta[warc]'"
        ) from err
    return ArchiveIterator(handle, arc2warc=True)


def _warc_date(value: str | None) -> _dt.datetime | None:
    if not value:
        return None
    try:
        moment = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.utcoffset() is None:
        moment = moment.replace(tzinfo=_dt.timezone.utc)
    return moment if in_range(moment) else None  # 9999-12-31: no reference, not a failure


def _content_type(value: str | None) -> tuple[str, str | None]:
    """``text/html; charset="UTF-8"`` -> ``("text/html", "UTF-8")``."""
    kind, *params = (value or "application/octet-stream").split(";")
    charset = None
    for param in params:
        key, _, given = param.partition("=")
        if key.strip().lower() == "charset":
            charset = given.strip().strip("\"'") or None
    return kind.strip().lower(), charset


def _find(path: str, pattern: bytes, start: int) -> int | None:
    """The offset of the first ``pattern`` at or after ``start`` in the file, read in chunks."""
    try:
        with open(path, "rb") as handle:
            handle.seek(start)
            offset, tail = start, b""
            while chunk := handle.read(1 << 20):
                found = (tail + chunk).find(pattern)
                if found >= 0:
                    return offset - len(tail) + found
                tail = chunk[-(len(pattern) - 1) :]
                offset += len(chunk)
    except OSError:
        return None  # gone or unreadable: the failure is already reported
    return None


def warc_sources(path: str, skip: Skip) -> Iterator[Source]:
    """One source per HTTP response record with an HTML or plain-text payload.

    A damaged record (one warcio cannot read) is one failure; reading goes on at the
    next record start (``WARC/1.`` or, compressed, the next gzip member) after it.
    """
    name = display_name(path)
    try:
        with open(path, "rb") as handle:
            pattern = b"\x1f\x8b\x08" if handle.read(2) == _GZIP_MAGIC else b"WARC/"
    except OSError as err:  # gone or unreadable since it was listed
        yield _failed(name, err.strerror or str(err))
        return
    state = {"number": 0, "last": -1}
    base: int | None = 0
    pending: Source | None = None  # a failure to report unless the retry names the same damage
    while base is not None:
        state["last"] = -1
        try:
            for source in _warc_records(path, name, base, state, skip):
                if pending is not None:
                    yield pending
                    pending = None
                yield source
            if pending is not None:
                yield pending
            return
        except MissingExtraError:
            raise
        except Exception as err:
            failure = _failed(name, f"damaged archive after record {state['number']}: {err}", 1)
        if state["last"] >= base:
            # Records were read: retry at the next record start after the last good one.
            yield from [pending] if pending is not None else []
            pending, base = failure, _find(path, pattern, state["last"] + 1)
        else:
            # The record at ``base`` is itself damaged: report once, skip to the next start.
            pending = None
            yield failure
            base = _find(path, pattern, base + 1)
    if pending is not None:
        yield pending


def _warc_records(
    path: str, name: str, base: int, state: dict[str, int], skip: Skip
) -> Iterator[Source]:
    with open(path, "rb") as handle:
        handle.seek(base)
        iterator = _warc_iterator(handle)
        for record in iterator:
            state["number"] += 1
            source = _warc_source(record, name, state["number"], skip)  # reads the payload
            state["last"] = base + iterator.get_record_offset()  # (this reads to the record's end)
            if source is not None:
                yield source


def _warc_source(record: Any, name: str, number: int, skip: Skip) -> Source | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    label = f"{url or name + '#' + str(number)}"
    status = record.http_headers.get_statuscode()
    kind_text, charset = _content_type(record.http_headers.get_header("Content-Type"))
    if not (status or "").startswith("2"):
        skip(label, f"HTTP status {status}")
        return None
    if kind_text in ("text/html", "application/xhtml+xml"):
        kind: Kind = "html"
    elif kind_text == "text/plain":
        kind = "text"
    else:
        skip(label, f"content type {kind_text}")
        return None
    try:
        data = _read_bounded(record.content_stream(), "record")
    except InputError as err:
        return _failed(label, str(err))
    reference = _warc_date(record.rec_headers.get_header("WARC-Date"))
    return Source(
        display_name(label),
        data=data,
        kind=kind,
        url=url,
        reference=reference,
        charset=charset,
    )
