"""Many articles at once: streaming, in input order, on one or several processes.

:func:`parse_many` never loses an item: each yields an :class:`Article` or the
exception that item raised, in the order the items came. With ``workers > 1``
items go to a process pool in chunks, and only a bounded number of chunks is in
flight, so memory stays flat however long the input is.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from jalali_meta._article import parse_article
from jalali_meta._inputs import Options, Source, display_name, expand, run_source
from jalali_meta._records import Article
from jalali_meta._rows import error_row, select_columns, to_row
from jalali_meta._serialize import to_dict

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["file_record", "fork_context", "map_ordered", "parse_many", "read_rows", "record_json"]

T = TypeVar("T")
Opt = TypeVar("Opt")
R = TypeVar("R")

# Items per task sent to a worker, and tasks in flight per worker: enough to keep the
# workers busy, few enough that memory does not grow with the input.
CHUNK_SIZE = 64
IN_FLIGHT_PER_WORKER = 4


def _parse_one(text: str, strict: bool) -> Article | Exception:
    try:
        return parse_article(text, strict=strict)
    except Exception as err:
        return err


def _parse_chunk(texts: list[str], strict: bool) -> list[Article | Exception]:
    return [_parse_one(text, strict) for text in texts]


class InputIteratorError(Exception):
    """Carries an exception raised by the caller's iterable, to re-raise after earlier results."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def _chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Chunks of ``items``; an error from the iterable ends the chunks with what came before."""
    iterator = iter(items)
    while True:
        chunk: list[T] = []
        try:
            for item in iterator:
                chunk.append(item)
                if len(chunk) == size:
                    break
        except Exception as err:
            if chunk:
                yield chunk
            raise InputIteratorError(err) from err
        if not chunk:
            return
        yield chunk


def _ignore_interrupts() -> None:
    """Worker initialiser: Ctrl-C reaches the whole process group; only the parent handles it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # forked while the parent held them (_held_signals)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)


_HELD = {signal.SIGINT, signal.SIGTERM}


@contextlib.contextmanager
def _held_signals() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while a pool starts its workers; they arrive just after.

    A signal in the middle of starting the processes (a fork done, its process not yet
    recorded by the pool) could leave a worker that nobody terminates. Held, it is handled
    once the pool knows every process, and the usual clean-up stops them all.
    """
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no fork, no such window
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Terminate the workers now: a chunk in progress is not worth waiting for.

    The pool's manager thread is waited for too (it ends once its workers are gone): on
    Python 3.11, a manager thread still closing its wake-up pipe while the interpreter
    exits races ``concurrent.futures``' exit hook writing to that pipe, which printed a
    traceback («Bad file descriptor») after SIGTERM on a loaded machine."""
    processes = dict(getattr(pool, "_processes", None) or {})
    manager = getattr(pool, "_executor_manager_thread", None)  # shutdown() drops it
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes.values():
        if process.is_alive():
            process.terminate()
    for process in processes.values():
        process.join(timeout=5)
    if manager is not None:
        manager.join(timeout=5)


def fork_context(warm_up: Callable[[], object]) -> Callable[[], Any]:
    """A pool context maker: ``fork`` where the platform has it and no other thread runs.

    The returned function runs ``warm_up`` in this process (compiling the grammar, say) and
    then returns the ``fork`` context, so that every worker inherits what ``warm_up`` built
    instead of building it again; it returns None (the default start method) where ``fork``
    is missing (Windows, macOS's default) or unsafe (another thread is running).
    """

    def context() -> Any:
        import multiprocessing  # noqa: PLC0415 - only runs with workers
        import threading  # noqa: PLC0415

        if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
            return None
        warm_up()
        return multiprocessing.get_context("fork")

    return context


class WorkerCrashError(RuntimeError):
    """The worker process parsing this item died (killed, out of memory, a crash)."""


def map_ordered(
    func: Callable[[list[T], Opt], list[R]],
    items: Iterable[T],
    options: Opt,
    workers: int,
    crashed: Callable[[T, WorkerCrashError], R] | None = None,
    *,
    chunk_size: int = CHUNK_SIZE,
    context: Callable[[], Any] | None = None,
) -> Iterator[R]:
    """Apply ``func(chunk, options)`` to chunks of ``items`` on ``workers`` processes.

    Results come back one per item, in input order. ``func`` must be a module-level
    function (it is pickled to the workers) that never raises. A chunk that cannot be
    sent to a worker or back (an unpicklable item or result) is run in this process
    instead, so each item gets the result it gets serially. An error raised by
    ``items`` itself is raised after the results of the items before it. On any exit
    (an exception, Ctrl-C, SIGTERM turned into an exception, the consumer closing the
    iterator) the workers are terminated.

    A worker that dies (the kernel's out-of-memory killer, a crash) breaks the pool: a
    new pool is started, the chunks in flight are sent again, and the chunk that was
    being collected is run item by item, so only the item that kills its worker
    gets ``crashed(item, error)`` (without ``crashed``, the error is raised).

    ``chunk_size`` items go to a worker at a time; ``context()``, called once before the
    first pool starts, gives its multiprocessing context (see :func:`fork_context`).
    """
    chunks = _chunked(items, chunk_size)
    try:
        if workers <= 1:
            for chunk in chunks:
                yield from func(chunk, options)
            return
        yield from _map_pool(func, chunks, options, workers, crashed, context=context)
    except InputIteratorError as err:
        raise err.error from None


def _map_pool(
    func: Callable[[list[T], Opt], list[R]],
    chunks: Iterator[list[T]],
    options: Opt,
    workers: int,
    crashed: Callable[[T, WorkerCrashError], R] | None,
    *,
    context: Callable[[], Any] | None,
) -> Iterator[R]:
    # Imported here: the process machinery costs ~15 ms at import and most runs never need it.
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    first = next(chunks, None)
    if first is None:
        return
    mp_context = context() if context is not None else None

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers, initializer=_ignore_interrupts, mp_context=mp_context
        )

    chunks = itertools.chain([first], chunks)
    pools = [new_pool()]  # the live pool is the last; a broken one is stopped and replaced
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()

    def restart() -> None:
        _stop(pools[-1])
        pools.append(new_pool())
        for index, (chunk, _) in enumerate(pending):  # sent to the dead pool: send again
            with _held_signals():
                pending[index] = (chunk, pools[-1].submit(func, chunk, options))

    def run(chunk: list[T], future: Future[list[R]]) -> list[R]:
        try:
            return future.result()
        except (pickle.PicklingError, TypeError, AttributeError):
            return func(chunk, options)  # unpicklable: the serial result, item by item

    def isolate(chunk: list[T], error: BrokenProcessPool) -> list[R]:
        """Run a chunk that was on a dead pool one item at a time: find the item that kills."""
        results: list[R] = []
        for item in chunk:
            try:
                with _held_signals():
                    future = pools[-1].submit(func, [item], options)
                results.extend(run([item], future))
            except BrokenProcessPool:
                restart()
                crash = WorkerCrashError(f"the worker process died parsing this item: {error}")
                if crashed is None:
                    raise crash from error
                results.append(crashed(item, crash))
        return results

    def collect() -> list[R]:
        chunk, future = pending.popleft()
        try:
            return run(chunk, future)
        except BrokenProcessPool as error:
            restart()
            return isolate(chunk, error)

    finished = False
    failed: InputIteratorError | None = None
    try:
        try:
            for chunk in chunks:
                try:
                    with _held_signals():
                        future = pools[-1].submit(func, chunk, options)
                except BrokenProcessPool:  # broke since the last collect: results come later
                    restart()
                    with _held_signals():
                        future = pools[-1].submit(func, chunk, options)
                pending.append((chunk, future))
                if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                    yield from collect()
        except InputIteratorError as err:
            failed = err  # the chunks already sent still give their results first
        while pending:
            yield from collect()
        finished = True
        if failed is not None:
            raise failed
    finally:
        for pool in pools[:-1]:
            _stop(pool)
        if finished:
            pools[-1].shutdown(wait=True)
        else:
            _stop(pools[-1])


def record_json(name: str, article: Article) -> str:
    """Return the JSON Lines record the CLI writes for ``article``: ``{"path": name, ...}``."""
    return json.dumps({"path": name, **to_dict(article)}, ensure_ascii=False)


def _path_text(path: object, function: str) -> str:
    """``path`` as the text the input readers take: a str, or an ``os.PathLike`` (a bytes
    path decoded as the file system does); anything else is the caller's mistake."""
    if isinstance(path, (str, os.PathLike)):
        return os.fsdecode(path)
    if isinstance(path, (bytes, bytearray)):
        return os.fsdecode(bytes(path))
    raise TypeError(f"{function} takes a path (str or os.PathLike), not {type(path).__name__}")


def file_record(path: str | os.PathLike[str], *, strict: bool = False) -> str:
    """Read one article file (text or HTML, also gzip) and return its JSON Lines record.

    A module-level function, so engines that ship work to other processes
    (Dask, multiprocessing) can import it there: see docs/scaling.md. HTML is
    recognised by its content, whatever the file's name.

    Raises:
        ValueError: the file cannot be read or parsed; the message is the CLI's
            ``path:line:col: error: ...`` line. :func:`read_rows` returns such
            failures as rows instead.
    """
    path = _path_text(path, "file_record")
    outcome = run_source(Source(display_name(path), path=path), Options(strict=strict))
    if outcome.article is None:
        raise ValueError(outcome.error)
    return record_json(outcome.name, outcome.article)


def read_rows(
    path: str | os.PathLike[str],
    *,
    fields: Sequence[str] | None = None,
    compact: bool = False,
    strict: bool = False,
    reference: datetime | None = None,
) -> list[dict[str, Any]]:
    """Read every article in one input and return flat rows; never raises for bad input.

    ``path`` is anything the command line takes: a text or HTML file, a ``.gz``, a
    JSON Lines file, a WARC/ARC file (extra ``[warc]``; each record's ``WARC-Date``
    is its reference time), or a directory. An input or record that fails gives a
    row with ``path`` and ``error`` set and the other columns empty, so one bad file
    is recorded, not fatal. Module-level, for Dask and Spark (docs/workflows.md).

    Example:
        >>> rows = read_rows("seeds/000_93f79026dfa18f1a.txt", fields=["number", "error"])
        >>> rows
        [{'number': '43222', 'error': None}]
    """
    path = _path_text(path, "read_rows")
    columns = select_columns(fields, compact=compact)
    if "error" not in columns:
        columns.append("error")
    options = Options(strict=strict, reference=reference)
    rows: list[dict[str, Any]] = []
    for source in expand([path], lambda name, reason: None):
        outcome = run_source(source, options)
        if outcome.article is None:
            rows.append(error_row(outcome.name, outcome.error or "failed", columns))
        else:
            row = to_row(outcome.article, path=outcome.name, fields=columns)
            rows.append(row)
    return rows


def parse_many(
    items: Iterable[str], *, workers: int = 1, strict: bool = False
) -> Iterator[Article | Exception]:
    """Parse many article texts, yielding one result per item in input order.

    Args:
        items: Article texts; read lazily, so a generator over a huge corpus is fine.
        workers: Processes to use; 1 parses in this process.
        strict: Passed to :func:`parse_article`.

    Returns:
        An iterator of Articles and, for items that failed, the exception
        (a ``ParseError`` in strict mode, a ``TypeError`` for a non-str item, a
        ``RuntimeError`` for an item whose worker process died, e.g. out of memory).

    Example:
        >>> results = list(parse_many(["عنوان\\nکد خبر: ۱\\nمتن", b"bytes"]))
        >>> results[0].number, type(results[1]).__name__
        ('1', 'TypeError')
    """
    if isinstance(items, (str, bytes, bytearray)):
        raise TypeError(
            f"parse_many takes an iterable of article texts, not one {type(items).__name__}: "
            "wrap it in a list"
        )
    return map_ordered(_parse_chunk, items, strict, workers, _crash_result)


def _crash_result(item: str, error: WorkerCrashError) -> Article | Exception:
    return error
