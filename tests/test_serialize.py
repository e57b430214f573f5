"""to_dict and to_json: every record type, every key, exactly (tests/data/to_dict_article.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import jalali_meta as jm

GOLDEN = Path(__file__).with_name("data") / "to_dict_article.json"

# One article that fills every text field, a date with a weekday, an update, a mention,
# a warning, an ignored line and seven fields.
TEXT = (
    "۱۶:۴۲\n"
    "بازگشایی مدارس از مهر\n"
    "کد خبر: ۱۴۰۲۰۶۲۷۰۰۱۲۳\n"
    "سه‌شنبه ۲۸ شهریور ۱۴۰۲ - ۱۶:۴۲\n"
    "آخرین به‌روزرسانی: ۲۹ شهریور ۱۴۰۲ - ۰۸:۱۰\n"
    "سرویس: اجتماعی | نویسنده: مریم احمدی\n"
    "منبع: ایرنا\n"
    "\n"
    "وزیر آموزش و پرورش گفت مدارس از اول مهر باز می‌شوند.\n"
    "نشست بعدی در ۵ مهر ۱۴۰۲ برگزار می‌شود.\n"
    "برچسب‌ها: مدرسه، آموزش\n"
)


def test_article_to_dict_matches_golden() -> None:
    """to_dict of a full article equals the golden dict, key for key."""
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert jm.to_dict(jm.parse_article(TEXT)) == expected


def test_article_keys_in_documented_order() -> None:
    """The article's keys come in a fixed order, spans sorted by name (stable JSON text)."""
    data = jm.to_dict(jm.parse_article(TEXT))
    expected = list(json.loads(GOLDEN.read_text(encoding="utf-8")))
    assert list(data) == expected
    assert list(data["spans"]) == sorted(data["spans"])


def test_to_json_is_to_dict_indented_by_two_with_persian_kept() -> None:
    """to_json is json.dumps(to_dict(...)) with indent 2 and letters not escaped."""
    article = jm.parse_article(TEXT)
    expected = json.dumps(jm.to_dict(article), ensure_ascii=False, indent=2)
    assert jm.to_json(article) == expected


def test_to_json_one_line_when_asked() -> None:
    """to_json(indent=None) writes one line."""
    stamp = jm.parse_datetime("1402/06/28")
    expected = (
        '{"text": "1402/06/28", "span": [0, 10], "calendar": "jalali", '
        '"jalali": "1402-06-28", "gregorian": "2023-09-19", "weekday": null, "dst": null, '
        '"relative": false}'
    )
    assert jm.to_json(stamp, indent=None) == expected


def test_timestamp_to_dict_with_weekday_and_dst() -> None:
    """A timestamp's dict has its text, span, both calendars, weekday and DST fold."""
    text = "دوشنبه ۱ فروردین ۱۴۰۱ ساعت ۰۰:۳۰"
    stamp = jm.parse_datetime(text)
    expected = {
        "text": text,
        "span": [0, len(text)],
        "calendar": "jalali",
        "jalali": "1401-01-01T00:30:00+03:30",
        "gregorian": "2022-03-21T00:30:00+03:30",
        "weekday": "دوشنبه",
        "dst": None,
        "relative": False,
    }
    assert jm.to_dict(stamp) == expected


def test_nonexistent_time_to_dict_says_so() -> None:
    """A wall time skipped by DST is written with dst "nonexistent"."""
    stamp = jm.parse_datetime("1401/01/02 00:30")
    assert jm.to_dict(stamp)["dst"] == "nonexistent"


def test_machine_values_serialise_with_null_spans() -> None:
    """A Field and a Notice without a span (HTML machine values) serialise with nulls."""
    field = jm.Field("published", "url", "/1402/06/28/", None, None)
    notice = jm.Notice("encoding-replaced", "2 bytes could not be decoded and were replaced")
    assert jm.to_dict(field) == {
        "name": "published",
        "label": "url",
        "value": "/1402/06/28/",
        "span": None,
        "value_span": None,
    }
    assert jm.to_dict(notice) == {
        "code": "encoding-replaced",
        "message": "2 bytes could not be decoded and were replaced",
        "span": None,
        "line": None,
        "column": None,
    }


def test_issue_date_to_dict() -> None:
    """A newspaper issue date is written like any timestamp."""
    article = jm.parse_article("روزنامه همشهری | شماره ۸۷۶۵ | ۲۸ شهریور ۱۴۰۲\nعنوان خبر\nمتن خبر.")
    data = jm.to_dict(article)
    assert (data["issue"], data["issue_date"]["gregorian"]) == ("8765", "2023-09-19")


def test_empty_article_to_dict() -> None:
    """An empty article serialises with None values and empty lists."""
    data = jm.to_dict(jm.Article())
    assert data["published"] is None
    assert data["updated"] is None
    assert data["issue_date"] is None
    assert data["tags"] + data["body"] + data["mentions"] + data["fields"] == []
    assert data["spans"] == {}


@pytest.mark.parametrize("value", [None, "text", {"title": "x"}])
def test_to_dict_names_the_wrong_type(value: object) -> None:
    """to_dict of anything but a record is a TypeError naming the type."""
    with pytest.raises(TypeError, match=type(value).__name__):
        jm.to_dict(value)  # type: ignore[arg-type]
