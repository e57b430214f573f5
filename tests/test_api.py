"""The public API surface: names exported, records frozen, errors in one tree."""

from __future__ import annotations

import attrs
import pytest

import jalali_meta as jm

EXPECTED = {
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
}


def test_all_is_sorted_and_complete() -> None:
    """__all__ is sorted, names exactly the public API, and every name exists."""
    assert jm.__all__ == sorted(jm.__all__)
    assert set(jm.__all__) >= EXPECTED
    assert all(hasattr(jm, name) for name in jm.__all__)


def test_records_are_frozen() -> None:
    """Records cannot be changed after they are made."""
    article = jm.parse_article("عنوان\nمتن")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "x"  # type: ignore[misc]


def test_error_tree() -> None:
    """Every error is a JalaliMetaError; parse errors are ValueErrors too."""
    assert issubclass(jm.DateError, jm.ParseError)
    assert issubclass(jm.ConflictError, jm.ParseError)
    assert issubclass(jm.InputTooLargeError, jm.ParseError)
    assert issubclass(jm.ParseError, ValueError)
    assert issubclass(jm.ParseError, jm.JalaliMetaError)
    assert issubclass(jm.MissingExtraError, ImportError)


def test_to_json_keeps_persian_letters() -> None:
    """JSON output keeps Persian text readable, not \\u-escaped."""
    text = jm.to_json(jm.parse_datetime("۳ بهمن ۱۴۰۱"))
    assert "بهمن" in text


def test_to_dict_rejects_other_types() -> None:
    """to_dict is for records only."""
    with pytest.raises(TypeError):
        jm.to_dict({"a": 1})  # type: ignore[arg-type]
