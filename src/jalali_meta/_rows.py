"""Flat, typed rows: one article -> one row of a table (CSV, Parquet, pandas).

A nested record (:func:`to_dict`) keeps everything; a row keeps what a table
needs, with one type per column. Each date becomes several columns, because a
date printed without a time is a day, not an instant:

* ``published_utc``: the instant in UTC, or None when only a day was printed
  (never a made-up 00:00 or 03:30);
* ``published_local``: the same instant in Tehran time;
* ``published_date``: the Gregorian day (always set when ``published`` is);
* ``published_jalali``: ``1402-06-28`` or ``1402-06-28T16:42:00+03:30``, as printed;
* ``published_has_time``, ``published_relative``.

``number`` stays a string (``"0123"`` and ``"1234567/8"`` are IDs, not numbers);
``warnings`` is the list of warning codes.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from jalali_meta._dates import as_day
from jalali_meta._errors import MissingExtraError
from jalali_meta._records import Article, Timestamp

__all__ = ["COLUMNS", "COMPACT_DROPS", "arrow_schema", "select_columns", "to_frame", "to_row"]

# Column name -> kind: str, utc, local, date, bool, list.
_DATE_COLUMNS = (
    ("utc", "utc"),
    ("local", "local"),
    ("date", "date"),
    ("jalali", "str"),
    ("has_time", "bool"),
    ("relative", "bool"),
)
COLUMNS: dict[str, str] = {
    "path": "str",
    "url": "str",
    "hostname": "str",
    "title": "str",
    "number": "str",
    **{f"published_{suffix}": kind for suffix, kind in _DATE_COLUMNS},
    **{f"updated_{suffix}": kind for suffix, kind in _DATE_COLUMNS},
    "category": "str",
    "author": "str",
    "authors": "list",
    "tags": "list",
    "source": "str",
    "description": "str",
    "image": "str",
    "site_name": "str",
    "language": "str",
    "issue": "str",
    "issue_date": "date",
    "lead": "str",
    "body": "str",
    "warnings": "list",
    "error": "str",
}
"""Every row column and its kind, in output order."""

COMPACT_DROPS = frozenset({"lead", "body"})
"""The columns compact mode leaves out: the article's text."""

# ``error`` is only for rows of inputs that failed (read_rows, Dask): not a default column.
DEFAULT_COLUMNS = tuple(name for name in COLUMNS if name != "error")


def select_columns(fields: Sequence[str] | None = None, *, compact: bool = False) -> list[str]:
    """Return the columns to write, checking names (ValueError with a suggestion)."""
    if isinstance(fields, str):  # a str is a sequence too: its letters are no column names
        raise TypeError(f"fields must be a sequence of column names, not a str: [{fields!r}]?")
    if fields:
        for name in fields:
            if name not in COLUMNS:
                close = difflib.get_close_matches(name, COLUMNS, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise ValueError(f"unknown field {name!r}{hint}; fields: {', '.join(COLUMNS)}")
        chosen = list(dict.fromkeys(fields))
    else:
        chosen = list(DEFAULT_COLUMNS)
    return [c for c in chosen if not (compact and c in COMPACT_DROPS)]


def _date_columns(prefix: str, stamp: Timestamp | None) -> dict[str, Any]:
    if stamp is None:
        return {f"{prefix}_{suffix}": None for suffix, _ in _DATE_COLUMNS}
    g = stamp.gregorian
    instant = isinstance(g, _dt.datetime)
    return {
        f"{prefix}_utc": stamp.utc,
        f"{prefix}_local": g if instant else None,
        f"{prefix}_date": as_day(g),
        f"{prefix}_jalali": stamp.jalali_isoformat(),
        f"{prefix}_has_time": instant,
        f"{prefix}_relative": bool(getattr(stamp, "relative", False)),
    }


def _hostname(article: Article) -> str | None:
    given = getattr(article, "hostname", None)
    if isinstance(given, str) and given:
        return given
    if not article.url:
        return None
    try:
        host = urlsplit(article.url).hostname
    except ValueError:
        return None
    return host or None  # lower case, as Article.hostname (urlsplit lowers it)


def to_row(
    article: Article,
    *,
    path: str | None = None,
    fields: Sequence[str] | None = None,
    compact: bool = False,
) -> dict[str, Any]:
    """Return one flat row of typed values for ``article``.

    Args:
        article: A parsed record.
        path: The input's name, for the ``path`` column.
        fields: The columns to keep, in order (default: all but ``error``; see ``COLUMNS``).
        compact: Leave out ``lead`` and ``body``.

    Returns:
        A dict: strings, ``datetime`` (UTC and Tehran), ``date``, bools, lists of strings.

    Raises:
        ValueError: an unknown field name.
        TypeError: ``fields`` is one str, not a sequence of names.

    Example:
        >>> import jalali_meta as jm
        >>> row = jm.to_row(jm.parse_article("عنوان\\nکد خبر: ۰۱۲۳\\nتاریخ: ۵ دی ۱۴۰۲\\nمتن."))
        >>> row["number"], row["published_date"], row["published_utc"], row["published_jalali"]
        ('0123', datetime.date(2023, 12, 26), None, '1402-10-05')
    """
    columns = select_columns(fields, compact=compact)
    authors = getattr(article, "authors", None) or ((article.author,) if article.author else ())
    row: dict[str, Any] = {
        "path": path,
        "url": article.url,
        "hostname": _hostname(article),
        "title": article.title,
        "number": article.number,
        **_date_columns("published", article.published),
        **_date_columns("updated", article.updated),
        "category": article.category,
        "author": article.author,
        "authors": list(authors),
        "tags": list(article.tags),
        "source": article.source,
        "description": getattr(article, "description", None),
        "image": getattr(article, "image", None),
        "site_name": article.site_name,
        "language": article.language,
        "issue": article.issue,
        "issue_date": None if article.issue_date is None else _day(article.issue_date),
        "lead": article.lead,
        "body": "\n\n".join(article.body) if article.body else None,
        "warnings": [w.code for w in article.warnings],
        "error": None,
    }
    return {name: row[name] for name in columns}


def error_row(path: str, error: str, columns: Sequence[str]) -> dict[str, Any]:
    """A row for an input that failed: every column empty but ``path`` and ``error``."""
    empty: dict[str, Any] = {name: [] if COLUMNS[name] == "list" else None for name in columns}
    empty["path"] = path
    empty["error"] = error
    return empty


def _day(stamp: Timestamp) -> _dt.date:
    g = stamp.gregorian
    return as_day(g)


def json_ready(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row with datetimes and dates as ISO 8601 strings (for JSON and CSV)."""
    return {
        name: value.isoformat() if isinstance(value, _dt.date) else value
        for name, value in row.items()
    }


def arrow_schema(columns: Sequence[str]) -> Any:
    """The pyarrow schema of these columns: real timestamp, date, bool and list types."""
    pa = _import("pyarrow", "parquet")
    types = {
        "str": pa.string(),
        "utc": pa.timestamp("us", tz="UTC"),
        "local": pa.timestamp("us", tz="Asia/Tehran"),
        "date": pa.date32(),
        "bool": pa.bool_(),
        "list": pa.list_(pa.string()),
    }
    return pa.schema([(name, types[COLUMNS[name]]) for name in columns])


def arrow_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> Any:
    """A pyarrow Table of ``rows`` with :func:`arrow_schema` types.

    Arrow strings are UTF-8: a lone surrogate in a ``str`` value becomes U+FFFD.
    """
    pa = _import("pyarrow", "parquet")
    schema = arrow_schema(columns)
    data = {name: [utf8(row.get(name)) for row in rows] for name in columns}
    return pa.Table.from_pydict(data, schema=schema)


_SURROGATE = re.compile("[\ud800-\udfff]")


def utf8(value: Any) -> Any:
    """``value`` with each lone surrogate (which Arrow strings cannot hold) as U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, list):
        return [utf8(item) for item in value]
    return value


def to_frame(
    items: Iterable[Article | Mapping[str, Any]],
    *,
    fields: Sequence[str] | None = None,
    compact: bool = False,
) -> Any:
    """Return a pandas DataFrame of articles (or rows), typed so no conversion is needed.

    ``*_utc`` columns are ``datetime64[us, UTC]``, ``*_local`` ``datetime64[us, Asia/Tehran]``,
    ``*_date`` and ``issue_date`` ``datetime64[ms]`` (midnight of the Gregorian day),
    ``*_has_time``/``*_relative`` nullable booleans, ``number`` a string.
    Needs the ``pandas`` extra (pandas and pyarrow).

    Example:
        >>> import jalali_meta as jm
        >>> frame = jm.to_frame([jm.parse_article("عنوان\\nتاریخ: ۵ دی ۱۴۰۲ - ۱۰:۲۰\\nمتن.")])
        >>> str(frame["published_utc"].dtype), frame["published_utc"][0].isoformat()
        ('datetime64[us, UTC]', '2023-12-26T06:50:00+00:00')
    """
    pd = _import("pandas", "pandas")
    rows: list[Mapping[str, Any]] = []
    extra: list[str] = []
    for item in items:
        if isinstance(item, Article):
            rows.append(to_row(item, fields=fields, compact=compact))
        else:
            rows.append(item)
            extra.extend(k for k in item if k not in extra)
    if fields or not extra:
        columns = select_columns(fields, compact=compact)
    else:
        columns = [c for c in COLUMNS if c in extra]
    frame = arrow_table(rows, columns).to_pandas(
        types_mapper={_import("pyarrow", "pandas").bool_(): pd.BooleanDtype()}.get,
        date_as_object=False,
    )
    for name in columns:
        if COLUMNS[name] == "str":
            frame[name] = frame[name].astype(pd.StringDtype())
    return frame


def _import(module: str, extra: str) -> Any:
    try:
        return __import__(module)
    except ImportError as err:
        raise MissingExtraError(f"this needs {module}: pip install 'jalali-meta[{extra}]'") from err
