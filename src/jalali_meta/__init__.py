"""jalali-meta: Persian news and government articles into typed metadata records.

This module is the whole public API; the ``_``-prefixed modules behind it are
implementation details that may change in any release.
"""

import importlib
import sys

from jalali_meta._version import __version__

# Not typing.TYPE_CHECKING: importing typing alone costs more than the rest of this module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from jalali_meta._article import parse_article
    from jalali_meta._batch import file_record, parse_many, read_rows
    from jalali_meta._datetimes import find_dates, parse_datetime
    from jalali_meta._errors import (
        ConflictError,
        DateError,
        InputTooLargeError,
        JalaliMetaError,
        MissingExtraError,
        ParseError,
    )
    from jalali_meta._html import decode_html, parse_html, visible_text
    from jalali_meta._limits import MAX_INPUT_CHARS
    from jalali_meta._records import (
        WARNING_CODES,
        Article,
        Field,
        HijriDate,
        Ignored,
        Notice,
        Span,
        Timestamp,
        WarningCode,
    )
    from jalali_meta._rows import to_frame, to_row
    from jalali_meta._serialize import to_dict, to_json

__all__ = [
    "Article",
    "ConflictError",
    "DateError",
    "Field",
    "HijriDate",
    "Ignored",
    "InputTooLargeError",
    "JalaliMetaError",
    "MAX_INPUT_CHARS",
    "MissingExtraError",
    "Notice",
    "ParseError",
    "Span",
    "Timestamp",
    "WARNING_CODES",
    "WarningCode",
    "__version__",
    "decode_html",
    "file_record",
    "find_dates",
    "parse_article",
    "parse_datetime",
    "parse_html",
    "parse_many",
    "read_rows",
    "to_dict",
    "to_frame",
    "to_json",
    "to_row",
    "visible_text",
]

# Where each public name lives. ``import jalali_meta`` loads none of these modules: a name is
# imported on first use (PEP 562), so a program that only parses dates never loads the HTML,
# batch or table code, and the command line starts without them. Importing everything took
# +472 million instructions (+240 ms) over a bare interpreter (docs/performance.md, "Import").
_WHERE = {
    "Article": "_records",
    "ConflictError": "_errors",
    "DateError": "_errors",
    "Field": "_records",
    "HijriDate": "_records",
    "Ignored": "_records",
    "InputTooLargeError": "_errors",
    "JalaliMetaError": "_errors",
    "MAX_INPUT_CHARS": "_limits",
    "MissingExtraError": "_errors",
    "Notice": "_records",
    "ParseError": "_errors",
    "Span": "_records",
    "Timestamp": "_records",
    "WARNING_CODES": "_records",
    "WarningCode": "_records",
    "decode_html": "_html",
    "file_record": "_batch",
    "find_dates": "_datetimes",
    "parse_article": "_article",
    "parse_datetime": "_datetimes",
    "parse_html": "_html",
    "parse_many": "_batch",
    "read_rows": "_batch",
    "to_dict": "_serialize",
    "to_frame": "_rows",
    "to_json": "_serialize",
    "to_row": "_rows",
    "visible_text": "_html",
}


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'jalali_meta' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"jalali_meta.{module}"), name)
    _relabel()
    globals()[name] = value  # later look-ups are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def _relabel() -> None:
    """Name ``jalali_meta`` as the module of every public class loaded so far.

    Public classes say where users find them (``jalali_meta.DateError`` in tracebacks and
    pickles), not which private module defines them, as httpx does.
    """
    for name, module in _WHERE.items():
        loaded = sys.modules.get(f"jalali_meta.{module}")
        obj = getattr(loaded, name, None)
        # (On Python 3.10 the alias Span = tuple[int, int] passes isinstance(..., type) too.)
        if isinstance(obj, type) and getattr(obj, "__module__", "").startswith("jalali_meta._"):
            obj.__module__ = "jalali_meta"
