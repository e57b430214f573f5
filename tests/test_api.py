"""The public API surface: names exported, records frozen, errors in one tree."""

from __future__ import annotations

import attrs
import pytest

import jalali_meta as jm

EXPECTED = {
    "WARNING_CODES",
    "Article",
    "Notice",
    "Span",
    "WarningCode",
    "__version__",
    "decode_html",
    "file_record",
    "visible_text",
    "ConflictError",
    "DateError",
    "Field",
    "HijriDate",
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
    "read_rows",
    "to_frame",
    "to_row",
    "to_dict",
    "to_json",
}


def test_all_is_sorted_and_complete() -> None:
    """__all__ is sorted, names exactly the public API, and every name exists."""
    assert jm.__all__ == sorted(jm.__all__)
    assert set(jm.__all__) == EXPECTED
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


def test_public_names_are_the_facade() -> None:
    """Every public class says it lives in jalali_meta, so no private module path leaks."""
    for name in jm.__all__:
        obj = getattr(jm, name)
        if isinstance(obj, type) and obj.__module__ != "builtins":  # Span is tuple[int, int]
            assert obj.__module__ == "jalali_meta", name


def test_nothing_outside_the_package_imports_a_private_module() -> None:
    """Tests, benchmarks and docs use the facade or jalali_meta.testing, never a _module."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    private = re.compile(r"jalali_meta\._|from jalali_meta import _")
    paths = [*root.glob("tests/**/*.py"), *root.glob("benchmarks/*.py"), *root.glob("docs/*.md")]
    offenders = [
        str(path.relative_to(root))
        for path in [*paths, root / "README.md"]
        if path != Path(__file__).resolve() and private.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_version_is_one_string() -> None:
    """__version__ is the installed distribution's version."""
    from importlib.metadata import version

    assert jm.__version__ == version("jalali-meta")


def test_notice_renders_as_before() -> None:
    """A warning is a record whose str() is "code: message (line L, column C)"."""
    article = jm.parse_article("عنوان\nدوشنبه 1402/06/28\nمتن خبر.")
    (notice,) = article.warnings
    assert (notice.code, notice.line, notice.column) == ("weekday-mismatch", 2, 1)
    assert notice.span is not None
    assert notice.span[0] <= notice.span[1]
    assert str(notice).startswith("weekday-mismatch: ")
    assert str(notice).endswith("(line 2, column 1)")
    assert jm.to_dict(article)["warnings"][0]["code"] == "weekday-mismatch"


def test_timestamp_says_whether_it_has_a_time_and_its_utc_instant() -> None:
    """has_time and utc tell a date-only value from an instant without reading the ISO string."""
    import datetime as dt

    moment = jm.parse_datetime("1402/06/28 16:42")
    day = jm.parse_datetime("1402/06/28")
    assert (moment.has_time, day.has_time) == (True, False)
    assert moment.utc == dt.datetime(2023, 9, 19, 13, 12, tzinfo=dt.timezone.utc)
    assert day.utc is None
