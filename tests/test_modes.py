"""Strict and lenient modes: one test per row of the table in docs/errors.md."""

from __future__ import annotations

import pytest

import jalali_meta as jm

LEAD = "\nلید خبر در یک جمله.\n"

# (row of the table, article text, field to check, lenient value (ISO, text or None),
#  lenient warning code or None, strict exception type or None)
ROWS = [
    (
        "Jalali date before 1304",
        "عنوان\nتاریخ انتشار: ۱۴ مرداد ۱۲۸۵" + LEAD,
        "published",
        "1906-08-06",
        "calendar-before-1304",
        None,
    ),
    (
        "weekday disagrees",
        "عنوان\nتاریخ انتشار: دوشنبه 1402/06/28 10:00" + LEAD,
        "published",
        "2023-09-19T10:00:00+03:30",
        "weekday-mismatch",
        jm.DateError,
    ),
    (
        "invalid date",
        "عنوان\nتاریخ انتشار: 1402/12/30 10:00" + LEAD,
        "published",
        None,
        "invalid-date",
        jm.DateError,
    ),
    (
        "value is not a date",
        "عنوان\nتاریخ انتشار: به زودی" + LEAD,
        "published",
        None,
        "not-a-date",
        jm.DateError,
    ),
    (
        "relative date",
        "عنوان\nتاریخ انتشار: امروز ۱۶:۴۲" + LEAD,
        "published",
        None,
        "not-a-date",
        jm.DateError,
    ),
    (
        "nonexistent DST time",
        "عنوان\nتاریخ انتشار: 1401/01/02 00:30" + LEAD,
        "published",
        "2022-03-22T00:30:00+03:30",
        "nonexistent-time",
        jm.DateError,
    ),
    (
        "repeated DST time",
        "عنوان\nتاریخ انتشار: 1399/06/30 23:30" + LEAD,
        "published",
        "2020-09-20T23:30:00+04:30",
        "repeated-time",
        jm.DateError,
    ),
    (
        "twin disagrees",
        "عنوان\n۱۸ دی ۱۳۹۹ - ۱۵:۴۰ 8 January 2021" + LEAD,
        "published",
        "2021-01-07T15:40:00+03:30",
        "twin-mismatch",
        jm.ConflictError,
    ),
    (
        "labelled and unlabelled dates disagree",
        "عنوان\n۲ خرداد ۱۴۰۲\nتاریخ انتشار: ۱ خرداد ۱۴۰۲" + LEAD,
        "published",
        "2023-05-22",
        "published-conflict",
        jm.ConflictError,
    ),
    (
        "two article IDs",
        "عنوان\nکد خبر: 11\nکد خبر: 12" + LEAD,
        "number",
        "11",
        "number-conflict",
        jm.ConflictError,
    ),
    (
        "ID label without an ID",
        "عنوان\nکد خبر: ندارد" + LEAD,
        "number",
        None,
        "number-invalid",
        jm.ParseError,
    ),
    (
        "empty label",
        "عنوان\nتاریخ انتشار :" + LEAD,
        "published",
        None,
        None,
        None,
    ),
    (
        "rule note: site stamp above the title",
        "به روز شده در: ۱۷ دی ۱۴۰۲\nعنوان\nکد خبر: 5" + LEAD,
        "updated",
        None,
        "site-stamp",
        None,
    ),
    (
        "rule note: only an issue date",
        "عنوان\nدوشنبه ۱۰ بهمن ۱۳۸۴ - سال سیزدهم - شماره ۳۹۰۸" + LEAD,
        "published",
        "2006-01-30",
        "issue-date-only",
        None,
    ),
]


def _value(article: jm.Article, field: str) -> str | None:
    value = getattr(article, field)
    if isinstance(value, jm.Timestamp):
        return value.isoformat()
    return value  # type: ignore[no-any-return]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_lenient(row: tuple[str, str, str, str | None, str | None, type | None]) -> None:
    """Lenient mode returns the documented value and exactly the documented warning."""
    _, text, field, value, code, _ = row
    article = jm.parse_article(text)
    assert _value(article, field) == value
    assert [w.code for w in article.warnings] == ([code] if code else [])


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_strict(row: tuple[str, str, str, str | None, str | None, type | None]) -> None:
    """Strict mode raises the documented error on the offending line, or agrees with lenient mode."""
    _, text, _, _, code, error = row
    if error is None:
        assert jm.parse_article(text, strict=True) == jm.parse_article(text)
        return
    with pytest.raises(error) as info:
        jm.parse_article(text, strict=True)
    assert isinstance(info.value, jm.ParseError)
    warning = jm.parse_article(text).warnings[0]
    assert (warning.code, warning.line, warning.column) == (
        code,
        info.value.line,
        info.value.column,
    )
    assert str(warning).startswith(f"{code}: ")
    assert str(warning).endswith(f"(line {info.value.line}, column {info.value.column})")
    assert info.value.fragment


def test_lenient_never_raises_on_garbage() -> None:
    """Lenient mode returns an Article for empty, blank and binary-looking text."""
    for text in ["", " \n\n\xa0\n", "\x00\x01\x02", "::::||||", "۱۴۰۲/۱۴۰۲/۱۴۰۲"]:
        assert isinstance(jm.parse_article(text), jm.Article)


def test_input_too_large() -> None:
    """Input beyond MAX_INPUT_CHARS is refused with a clear error, in every entry point."""
    text = "ا" * (jm.MAX_INPUT_CHARS + 1)
    for call in (jm.parse_article, jm.parse_datetime, jm.find_dates):
        with pytest.raises(jm.InputTooLargeError, match="limit is"):
            call(text)
