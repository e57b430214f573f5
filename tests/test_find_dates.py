"""find_dates: complete dates in running text, both calendars, with spans; no false positives."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

import pytest

import jalali_meta as jm

PARAGRAPHS = json.loads(
    (Path(__file__).parent / "data" / "paragraphs.json").read_text(encoding="utf-8")
)
# Each row's place in tests/data/paragraphs.json: ids in ASCII, which pytest hands back
# unchanged (see tests/checks.stable_id on why a test id must be).
ROW_IDS = [f"paragraph-{index}" for index in range(len(PARAGRAPHS))]


def test_paragraph_corpus_has_positives_and_negatives() -> None:
    """The table holds both dates to find and text that must yield none, without duplicates."""
    texts = [row["text"] for row in PARAGRAPHS]
    assert len(texts) == len(set(texts))
    assert sum(1 for row in PARAGRAPHS if row["expected"]) >= 15
    assert sum(1 for row in PARAGRAPHS if not row["expected"]) >= 15


@pytest.mark.parametrize("row", PARAGRAPHS, ids=ROW_IDS)
def test_paragraph(row: dict[str, object]) -> None:
    """Each paragraph yields exactly its expected dates, in order."""
    found = jm.find_dates(str(row["text"]))
    assert [ts.isoformat() for ts in found] == row["expected"]


@pytest.mark.parametrize("row", PARAGRAPHS, ids=ROW_IDS)
def test_spans_are_exact(row: dict[str, object]) -> None:
    """text[span] is the mention's text, for every mention."""
    text = str(row["text"])
    for ts in jm.find_dates(text):
        assert text[ts.span[0] : ts.span[1]] == ts.text


def test_calendar_is_set() -> None:
    """Each side of a dual-calendar phrase is its own mention with its calendar."""
    found = jm.find_dates("دوشنبه ۲۳ ژانویه ۲۰۲۳ میلادی برابر با ۳ بهمن ۱۴۰۱")
    assert [(ts.calendar, ts.text) for ts in found] == [
        ("gregorian", "دوشنبه ۲۳ ژانویه ۲۰۲۳ میلادی"),
        ("jalali", "۳ بهمن ۱۴۰۱"),
    ]


def test_seed_has_only_its_header_date(seed_text: str) -> None:
    """The seed's body has no complete date: find_dates returns only 1402/06/28 16:42."""
    assert [ts.isoformat() for ts in jm.find_dates(seed_text)] == ["2023-09-19T16:42:00+03:30"]


def test_article_mentions_exclude_header(seed_text: str) -> None:
    """Article.mentions holds dates of lead and body only; the seed has none."""
    assert jm.parse_article(seed_text).mentions == ()


def test_article_mentions_with_spans() -> None:
    """Dates in the body become mentions with spans into the whole article."""
    text = "عنوان\nکد خبر: ۱۲\nلید.\nقیام ۱۵ خرداد سال ۱۳۴۲ و نشست ۲۳ January 2023."
    article = jm.parse_article(text)
    assert [ts.isoformat() for ts in article.mentions] == ["1963-06-05", "2023-01-23"]
    for ts in article.mentions:
        assert text[ts.span[0] : ts.span[1]] == ts.text


def test_mention_twin_disagreement_is_a_warning() -> None:
    """A dual-calendar phrase whose sides disagree is not listed, and the article warns."""
    text = "عنوان\nکد خبر: ۱۲\nلید.\nدوشنبه ۲۴ ژانویه ۲۰۲۳ میلادی برابر با ۳ بهمن ۱۴۰۱ نشست بود."
    article = jm.parse_article(text)
    assert article.mentions == ()
    assert [w.code for w in article.warnings] == [
        "mention-weekday-mismatch",
        "mention-twin-mismatch",
    ]


def test_long_text_without_dates_is_cheap() -> None:
    """A long body without four-digit numbers yields nothing (and is scanned once)."""
    assert jm.find_dates("متن بدون تاریخ. " * 50_000) == []


_REFERENCE = _dt.datetime(2023, 9, 19, 16, 42, tzinfo=_dt.timezone(_dt.timedelta(hours=3.5)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("منتشر شده ۲ ساعت پیش", "1402-06-28T14:42:00+03:30"),
        ("سه روز قبل", "1402-06-25"),
        ("لحظاتی پیش", "1402-06-28T16:42:00+03:30"),
        ("امروز ۱۶:۴۰", "1402-06-28T16:40:00+03:30"),
        ("دیروز ساعت 9:30", "1402-06-27T09:30:00+03:30"),
        ("پریروز", "1402-06-26"),
        ("۲ ماه پیش", "1402-04-28"),
        ("یک سال پیش", "1401-06-28"),
        ("۱۰ دقیقه پیش", "1402-06-28T16:32:00+03:30"),
    ],
)
def test_relative_dates_resolved_against_reference(text: str, expected: str) -> None:
    """With a reference time, find_dates resolves relative phrases and marks them relative."""
    found = jm.find_dates(text, reference=_REFERENCE)
    assert [(expected, True)] == [(ts.jalali_isoformat(), ts.relative) for ts in found]


def test_relative_dates_need_a_reference() -> None:
    """Without a reference, a relative phrase is not a date."""
    assert jm.find_dates("۲ ساعت پیش و دیروز") == []


def test_relative_flag_is_serialised() -> None:
    """to_dict carries the relative flag."""
    stamp = jm.find_dates("دیروز", reference=_REFERENCE)[0]
    assert True is jm.to_dict(stamp)["relative"]


def test_weekday_inside_a_longer_word_is_not_a_weekday() -> None:
    """«شنبه‌ها» after a date is a word, not a weekday that contradicts the date."""
    found = jm.find_dates("تعطیلی تا ۱۴۰۲/۰۶/۲۸ شنبه‌ها ادامه دارد")
    assert [ts.jalali_isoformat() for ts in found] == ["1402-06-28"]


def test_cardinal_word_before_may_is_a_verb() -> None:
    """A day in words before «می» or «مه» is not a date: «می» is also a verb prefix."""
    assert jm.find_dates("او دو می ۲۰۲۳ را دید") == []
    assert [ts.isoformat() for ts in jm.find_dates("او ۲ می ۲۰۲۳ را دید")] == ["2023-05-02"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clock run into a Gregorian date (an aggregator's header, blind page 772): the
        # minutes are not the day.
        ("ساعت ۲۱:۲۷May 2024 20", []),
        ("10:05 June 2021", []),
        ("ساعت ۱۰:۲۸ مهر ۱۴۰۲", []),
        ("12:30:14 June 2021", []),
        # A time before a whole date stays one date with its time.
        ("12:30 14 June 2021", ["12:30 14 June 2021"]),
        ("ساعت ۱۰:۲۸ - ۵ مهر ۱۴۰۲", ["ساعت ۱۰:۲۸ - ۵ مهر ۱۴۰۲"]),
        ("تاریخ:۵ مهر ۱۴۰۲", ["۵ مهر ۱۴۰۲"]),
    ],
    ids=[
        "clock-glued-to-gregorian-month",
        "time-then-month",
        "time-then-jalali-month",
        "seconds-then-month",
        "time-then-whole-date",
        "time-dash-whole-jalali-date",
        "label-colon-date",
    ],
)
def test_minutes_are_never_a_day(text: str, expected: list[str]) -> None:
    """A number right after «hh:» is a time's minutes or seconds, never the day of a date
    that follows it; a label's colon before a date is no time's."""
    assert [found.text for found in jm.find_dates(text)] == expected
