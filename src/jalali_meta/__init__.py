"""jalali-meta: Persian news and government articles into typed metadata records."""

from jalali_meta.article import MAX_INPUT_CHARS, parse_article
from jalali_meta.batch import parse_many
from jalali_meta.datetimes import find_dates, parse_datetime
from jalali_meta.errors import (
    ConflictError,
    DateError,
    InputTooLargeError,
    JalaliMetaError,
    MissingExtraError,
    ParseError,
)
from jalali_meta.html import parse_html
from jalali_meta.records import Article, Field, Ignored, Timestamp
from jalali_meta.serialize import to_dict, to_json

__all__ = [
    "Article",
    "ConflictError",
    "DateError",
    "Field",
    "Ignored",
    "InputTooLargeError",
    "JalaliMetaError",
    "MAX_INPUT_CHARS",
    "MissingExtraError",
    "ParseError",
    "Timestamp",
    "find_dates",
    "parse_article",
    "parse_datetime",
    "parse_html",
    "parse_many",
    "to_dict",
    "to_json",
]
