"""Many articles at once: streaming, in input order, on one or several processes.

:func:`parse_many` never loses an item: each yields an :class:`Article` or the
exception that item raised, in the order the items came. With ``workers > 1``
items go to a process pool in chunks, and only a bounded number of chunks is in
flight, so memory stays flat however long the input is.
"""

from __future__ import annotations

import itertools
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from jalali_meta._article import parse_article
from jalali_meta._records import Article
from jalali_meta._serialize import to_dict

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["file_record", "map_ordered", "parse_many", "record_json"]

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
    except (ValueError, TypeError) as err:  # our ParseErrors are ValueErrors
        return err


def _parse_chunk(texts: list[str], strict: bool) -> list[Article | Exception]:
    return [_parse_one(text, strict) for text in texts]


def map_ordered(
    func: Callable[[list[T], Opt], list[R]],
    items: Iterable[T],
    options: Opt,
    workers: int,
) -> Iterator[R]:
    """Apply ``func(chunk, options)`` to chunks of ``items`` on ``workers`` processes.

    Results come back one per item, in input order. ``func`` must be a module-level
    function (it is pickled to the workers) that never raises.
    """
    chunks = (list(chunk) for chunk in _chunked(items, CHUNK_SIZE))
    if workers <= 1:
        for chunk in chunks:
            yield from func(chunk, options)
        return
    # Imported here: the process machinery costs ~15 ms at import and most runs never need it.
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[R]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(func, chunk, options))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _chunked(items: Iterable[T], size: int) -> Iterator[tuple[T, ...]]:
    iterator = iter(items)
    while chunk := tuple(itertools.islice(iterator, size)):
        yield chunk


def record_json(name: str, article: Article) -> str:
    """Return the JSON Lines record the CLI writes for ``article``: ``{"path": name, ...}``."""
    return json.dumps({"path": name, **to_dict(article)}, ensure_ascii=False)


def file_record(path: str, *, strict: bool = False) -> str:
    """Read a UTF-8 article file and return its JSON Lines record, as the CLI writes it.

    A module-level function, so engines that ship work to other processes
    (Dask, multiprocessing) can import it there: see docs/scaling.md.

    Raises:
        OSError, UnicodeDecodeError: the file cannot be read as UTF-8.
        ParseError: strict mode only, as :func:`parse_article`.
    """
    text = Path(path).read_bytes().decode("utf-8-sig")
    return record_json(path, parse_article(text, strict=strict))


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
        (a ``ParseError`` in strict mode, a ``TypeError`` for a non-str item).

    Example:
        >>> results = list(parse_many(["عنوان\\nکد خبر: ۱\\nمتن", b"bytes"]))
        >>> results[0].number, type(results[1]).__name__
        ('1', 'TypeError')
    """
    return map_ordered(_parse_chunk, items, strict, workers)
