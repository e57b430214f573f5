"""jalali-meta: Persian news and government articles into typed metadata records.

This module is the whole public API; the ``_``-prefixed modules behind it are
implementation details that may change in any release.
"""

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
from jalali_meta._version import __version__

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

# Public classes say where users find them (``jalali_meta.DateError`` in tracebacks and
# pickles), not which private module defines them, as httpx does.
for _name in __all__:
    _obj = globals()[_name]
    # (On Python 3.10 the alias Span = tuple[int, int] passes isinstance(..., type) too.)
    if isinstance(_obj, type) and getattr(_obj, "__module__", "").startswith("jalali_meta._"):
        _obj.__module__ = "jalali_meta"
del _name, _obj
