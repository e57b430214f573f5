"""Shapes that were read partially without a word (issue 14 leftovers): each is now read whole,
or refused in every entry point (None + a warning in lenient mode, an error in strict mode)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

import jalali_meta as jm
from jalali_meta.testing import parse_datetime_by_grammar, run_cli

TITLE = "بازگشایی دوباره پل تاریخی شهر پس از مرمت"
BODY = "مسئولان شهرداری گفتند که عبور خودروهای سنگین از روی این پل همچنان ممنوع است."
SEED = Path(__file__).resolve().parent.parent.parent / "seeds" / "000_93f79026dfa18f1a.txt"


def _article(value: str, *, strict: bool = False) -> jm.Article:
    return jm.parse_article(f"{TITLE}\nتاریخ انتشار: {value}\n{BODY}", strict=strict)


def _html(value: str, *, strict: bool = False) -> jm.Article:
    page = (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"<p>تاریخ انتشار: {value}</p><p>{BODY}</p></article></body></html>"
    )
    return jm.parse_html(page, strict=strict)


def _parse(value: str) -> str | None:
    try:
        return jm.parse_datetime(value).isoformat()
    except jm.DateError:
        return None


def _find(value: str) -> list[str]:
    return [ts.isoformat() for ts in jm.find_dates(f"جلسه {value} برگزار شد.")]


Reader = Callable[..., jm.Article]
READERS: dict[str, Reader] = {"parse_article": _article, "parse_html": _html}


# -- 1. an hour printed alone after «ساعت» ------------------------------------------------------

HOUR_ONLY = [
    ("۱۴۰۲/۰۶/۲۸ ساعت ۱۶", "2023-09-19T16:00:00+03:30"),
    ("۱۴۰۲/۰۶/۲۸ ساعت ۴ بعدازظهر", "2023-09-19T16:00:00+03:30"),
    ("۱۴۰۲/۰۶/۲۸، ساعت ۱۰ صبح", "2023-09-19T10:00:00+03:30"),
    ("۲۸ شهریور ۱۴۰۲ - ساعت: ۹", "2023-09-19T09:00:00+03:30"),
    ("۱۴۰۲/۰۶/۲۸ ۴ بعدازظهر", "2023-09-19T16:00:00+03:30"),
    ("ساعت ۱۶ - ۱۴۰۲/۰۶/۲۸", "2023-09-19T16:00:00+03:30"),
]


@pytest.mark.parametrize(("value", "expected"), HOUR_ONLY)
def test_hour_only_time_is_read_on_the_hour_by_every_entry_point(value: str, expected: str) -> None:
    """`۱۴۰۲/۰۶/۲۸ ساعت ۱۶` is 16:00 in parse_datetime, find_dates, parse_article, parse_html."""
    found = (
        _parse(value),
        parse_datetime_by_grammar(value).isoformat(),
        _find(value),
        *(str(read(value).published.isoformat()) for read in READERS.values()),  # type: ignore[union-attr]
    )
    assert (expected, expected, [expected], expected, expected) == found


@pytest.mark.parametrize("reader", READERS)
def test_hour_only_time_that_does_not_exist_refuses_the_date(reader: str) -> None:
    """`ساعت ۲۵` refuses the date: None + invalid-date, DateError strict."""
    value = "۱۴۰۲/۰۶/۲۸ ساعت ۲۵"
    article = READERS[reader](value)
    assert (article.published, [w.code for w in article.warnings]) == (None, ["invalid-date"])
    with pytest.raises(jm.DateError):
        READERS[reader](value, strict=True)
    assert (_parse(value), _find(value)) == (None, [])


@pytest.mark.parametrize("reader", READERS)
def test_hour_only_time_that_no_day_part_fits_keeps_only_the_day(reader: str) -> None:
    """`ساعت ۱۲ صبح` (ambiguous: no hour of «صبح» fits 12) refuses the hour, never guessed; the
    day printed beside it is kept, date only, warned time-unread (fix209: it was None with
    invalid-date). DateError strict; parse_datetime and find_dates give no date without it."""
    value = "۱۴۰۲/۰۶/۲۸ ساعت ۱۲ صبح"
    article = READERS[reader](value)
    assert article.published is not None
    assert (article.published.isoformat(), [w.code for w in article.warnings]) == (
        "2023-09-19",
        ["time-unread"],
    )
    with pytest.raises(jm.DateError):
        READERS[reader](value, strict=True)
    assert (_parse(value), _find(value)) == (None, [])


def test_hour_and_minutes_in_words_without_daqiqe_refuse_the_date() -> None:
    """`ساعت ۹ و ۵` (no «دقیقه») is not dropped: the date is refused, as other unreadable times."""
    value = "۱۴۰۲/۰۶/۲۸ ساعت ۹ و ۵"
    article = _article(value)
    assert (
        _parse(value),
        article.published,
        _find(value),
        [w.code for w in article.warnings],
    ) == (None, None, [], ["invalid-date"])


def test_time_line_with_an_hour_alone_under_a_date_is_its_time() -> None:
    """A line `ساعت: ۱۶` under a date line is the date's time (no crash on the missing minutes)."""
    article = jm.parse_article(f"{TITLE}\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\nساعت: ۱۶\n{BODY}")
    published = article.published
    expected = ("2023-09-19T16:00:00+03:30", "۱۴۰۲/۰۶/۲۸\nساعت: ۱۶", [])
    assert expected == (
        published.isoformat() if published else None,
        published.text if published else None,
        [w.code for w in article.warnings],
    )


# -- 2. and 3. ranges of days and of times -------------------------------------------------------

RANGES = [
    "۲۸ تا ۲۹ شهریور ۱۴۰۲",
    "۲۸ و ۲۹ شهریور ۱۴۰۲",
    "۲۸-۲۹ شهریور ۱۴۰۲",
    "۲۸ الی ۲۹ شهریور ۱۴۰۲",
    "۲۸ شهریور تا ۲ مهر ۱۴۰۲",
    "۲۸ شهریور ۱۴۰۱-۱۴۰۲",
    "۱۴۰۲/۰۶/۲۸ ۱۰:۰۰ تا ۱۱:۰۰",
    "۱۴۰۲/۰۶/۲۸ ۱۰:۰۰ - ۱۱:۰۰",
    "۱۴۰۲/۰۶/۲۸ از ساعت ۱۰ تا ۱۲",
    "۱۴۰۲/۰۶/۲۸ ساعت ۱۰ الی ۱۲ ظهر",
    "۱۰:۰۰ تا ۱۱:۰۰ ۲۸ شهریور ۱۴۰۲",
]


@pytest.mark.parametrize("value", RANGES)
@pytest.mark.parametrize("reader", READERS)
def test_a_range_in_a_labelled_value_is_no_publication_time(value: str, reader: str) -> None:
    """`تاریخ انتشار: ۲۸ تا ۲۹ شهریور ۱۴۰۲`: None + invalid-date (lenient), DateError (strict)."""
    article = READERS[reader](value)
    codes = [w.code for w in article.warnings]
    assert (article.published, codes) == (None, ["invalid-date"])
    assert "range" in article.warnings[0].message
    with pytest.raises(jm.DateError, match="range"):
        READERS[reader](value, strict=True)


@pytest.mark.parametrize("value", RANGES)
def test_a_range_is_refused_by_parse_datetime_and_left_out_by_find_dates(value: str) -> None:
    """A range is not one date: DateError from parse_datetime, no mention of one end alone."""
    with pytest.raises(jm.DateError, match="range"):
        jm.parse_datetime(value)
    with pytest.raises(jm.DateError, match="range"):
        parse_datetime_by_grammar(value)
    assert _find(value) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Not ranges: a dash before a twin, an ID before a date, two whole dates.
        (
            "۰۳ بهمن ۱۴۰۱ - ۰۹:۱۵ - 23 January 2023",
            ["2023-01-23T09:15:00+03:30", "2023-01-23"],
        ),
        ("شماره ۱۲ - ۲ مهر ۱۴۰۲", ["2023-09-24"]),
        ("۲۸ شهریور ۱۴۰۲ تا ۲ مهر ۱۴۰۲", ["2023-09-19", "2023-09-24"]),
        ("۱۴۰۲/۰۶/۲۸ ساعت ۱۰:۰۰", ["2023-09-19T10:00:00+03:30"]),
    ],
)
def test_shapes_near_a_range_still_read(value: str, expected: list[str]) -> None:
    """A dash before a twin or after a number, and two whole dates, are not taken for ranges."""
    assert expected == _find(value)


# -- 4. an article number with a second number ---------------------------------------------------


@pytest.mark.parametrize("value", ["۱۲۳۴ - ۵۶۷۸", "۱۲۳۴ -۵۶۷۸", "۱۲۳۴ / ۵۶۷۸"])
@pytest.mark.parametrize("reader", ["parse_article", "parse_html"])
def test_id_with_a_second_number_is_refused(value: str, reader: str) -> None:
    """`کد خبر: ۱۲۳۴ - ۵۶۷۸` is not the ID 1234: None + number-invalid, ParseError strict."""
    text = f"{TITLE}\nکد خبر: {value}\n{BODY}"
    if reader == "parse_article":
        article = jm.parse_article(text)
    else:
        article = jm.parse_html(f"<html><body><h1>{TITLE}</h1><p>کد خبر: {value}</p><p>{BODY}</p>")
    assert (article.number, [w.code for w in article.warnings]) == (None, ["number-invalid"])
    with pytest.raises(jm.ParseError):
        jm.parse_article(text, strict=True)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("۱۲۳۴۵ - ۲۸ شهریور ۱۴۰۲", "12345"), ("۱۲۳۴۵ - سیاسی", "12345"), ("1234567/8", "1234567/8")],
)
def test_id_followed_by_a_date_or_a_word_is_still_read(value: str, expected: str) -> None:
    """An ID then a dash and a date or a word keeps the ID; `1234567/8` is one ID."""
    article = jm.parse_article(f"{TITLE}\nکد خبر: {value}\n{BODY}")
    assert (expected, []) == (article.number, [w.code for w in article.warnings])


# -- 5. CLI date options with a Jalali year ----------------------------------------------------


def test_cli_reference_with_a_jalali_year_is_read_as_jalali(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--reference 1402-05-14` is the Jalali day (2023-08-05): the seed's 1402/06/28 is future."""
    assert run_cli(["--format", "jsonl", "--reference", "1402-05-14", str(SEED)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [w["code"] for w in record["warnings"]] == ["future-date"]
    assert run_cli(["--format", "jsonl", "--reference", "۱۴۰۲/۰۶/۲۹", str(SEED)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [w["code"] for w in record["warnings"]] == []


@pytest.mark.parametrize("option", ["--reference", "--min-date", "--max-date"])
def test_cli_date_option_with_a_jalali_year_that_is_no_day_is_a_usage_error(
    option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--min-date 1402-13-01` is a usage error (exit 2) naming the option, never year 1402 AD."""
    assert run_cli([option, "1402-13-01", str(SEED)]) == 2
    assert f"{option}: '1402-13-01' has a Jalali year" in capsys.readouterr().err


def test_cli_min_date_with_a_jalali_year_bounds_by_the_jalali_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--min-date 1402-07-01` leaves the seed's update (1402/06/28) out; 1402-06-01 keeps it."""
    assert run_cli(["--format", "jsonl", "--min-date", "1402-07-01", str(SEED)]) == 0
    assert None is json.loads(capsys.readouterr().out)["updated"]
    assert run_cli(["--format", "jsonl", "--min-date", "1402-06-01", str(SEED)]) == 0
    assert None is not json.loads(capsys.readouterr().out)["updated"]


# -- 6. two authors; a JSON Lines record with html and text ------------------------------------


def test_second_author_line_is_kept_in_order() -> None:
    """Two `نویسنده:` lines: both names in `authors`, in order; `author` is the first."""
    text = f"{TITLE}\nنویسنده: علی رضایی\nنویسنده: مریم احمدی\nکد خبر: ۱۲۳۴۵\n{BODY}"
    article = jm.parse_article(text)
    page = jm.parse_html(
        f"<html><body><h1>{TITLE}</h1><p>نویسنده: علی رضایی</p><p>نویسنده: مریم احمدی</p>"
        f"<p>{BODY}</p></body></html>"
    )
    expected = ("علی رضایی", ("علی رضایی", "مریم احمدی"))
    assert (expected, expected) == ((article.author, article.authors), (page.author, page.authors))


def test_reporter_code_is_no_second_author() -> None:
    """`خبرنگار: NAME` and `کد خبرنگار: 3310`: one author, the name."""
    article = jm.parse_article(f"{TITLE}\nخبرنگار: علی رضایی\nکد خبرنگار: 3310\n{BODY}")
    assert article.authors == ("علی رضایی",)


def test_cli_help_says_which_of_html_and_text_a_jsonl_record_is_read_from(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The precedence of `html` over `text` in one JSON Lines record is in the CLI help."""
    assert run_cli(["--help"]) == 0
    assert 'with both is read from "html"' in " ".join(capsys.readouterr().out.split())


# -- 7. red team: more shapes read partially ----------------------------------------------------

REFERENCE = dt.datetime(2023, 9, 19, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=3.5)))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("دیروز ساعت ۹", "2023-09-18T09:00:00+03:30"),
        ("امروز ساعت ۴ بعدازظهر", "2023-09-19T16:00:00+03:30"),
        ("دیروز ساعت ۴:۳۰ بعدازظهر", "2023-09-18T16:30:00+03:30"),
    ],
)
def test_relative_day_with_an_hour_alone_or_a_day_part_word_keeps_its_time(
    value: str, expected: str
) -> None:
    """`دیروز ساعت ۹` is 09:00 and `ساعت ۴:۳۰ بعدازظهر` 16:30, never the day alone or 04:30."""
    found = [ts.isoformat() for ts in jm.find_dates(f"جلسه {value} برگزار شد", REFERENCE)]
    article = jm.parse_article(f"{TITLE}\nتاریخ انتشار: {value}\n{BODY}", reference=REFERENCE)
    published = article.published.isoformat() if article.published else None
    assert (found, published) == ([expected], expected)


@pytest.mark.parametrize("value", ["دیروز ساعت ۲۵", "دیروز ساعت ۱۲ صبح"])
def test_relative_day_with_an_impossible_hour_is_refused(value: str) -> None:
    """`دیروز ساعت ۲۵`: no mention (not the day alone); a labelled one is None + not-a-date."""
    found = jm.find_dates(f"جلسه {value} برگزار شد", REFERENCE)
    article = jm.parse_article(f"{TITLE}\nتاریخ انتشار: {value}\n{BODY}", reference=REFERENCE)
    codes = [w.code for w in article.warnings]
    assert (found, article.published, codes) == ([], None, ["not-a-date"])


@pytest.mark.parametrize("value", ["۱۴۰۲/۰۶/۲۸ ساعت ۱۶ ۳۰", "۱۴۰۲/۰۶/۲۸ ساعت ۱۶ و ۳۰"])
def test_hour_and_minutes_without_a_colon_refuse_the_date(value: str) -> None:
    """`ساعت ۱۶ ۳۰` is not 16:00 with `۳۰` dropped: refused in every entry point."""
    article = _article(value)
    assert (_parse(value), _find(value), article.published) == (None, [], None)
    assert [w.code for w in article.warnings] == ["invalid-date"]


@pytest.mark.parametrize("value", ["۱۴۰۲/۰۶/۲۸ ۱۶", "۱۴۰۲/۰۶/۲۸ - ۱۶", "۲۸ شهریور ۱۴۰۲، ۹"])
@pytest.mark.parametrize("reader", READERS)
def test_lone_number_after_a_labelled_date_refuses_it(value: str, reader: str) -> None:
    """`تاریخ انتشار: ۱۴۰۲/۰۶/۲۸ ۱۶`: None + invalid-date (DateError strict), not the day alone."""
    article = READERS[reader](value)
    assert (article.published, [w.code for w in article.warnings]) == (None, ["invalid-date"])
    with pytest.raises(jm.DateError):
        READERS[reader](value, strict=True)


def test_number_after_a_date_in_running_text_leaves_the_date() -> None:
    """In running text `۱۴۰۲/۰۶/۲۸ ۱۶ نفر` is a date and a count: the date is found."""
    assert [ts.isoformat() for ts in jm.find_dates("روز ۱۴۰۲/۰۶/۲۸ ۱۶ نفر آمدند")] == ["2023-09-19"]


def test_until_time_after_a_date_is_not_its_time() -> None:
    """`از ساعت ۲۴ روز ۲۰ بهمن ۱۴۰۳ تا ساعت ۲۴ روز ۲۲ بهمن ۱۴۰۳`: both days, no time."""
    text = "تردد از ساعت ۲۴ روز ۲۰بهمن ۱۴۰۳ تا ساعت ۲۴ روز ۲۲ بهمن ۱۴۰۳ ممنوع است."
    assert [ts.isoformat() for ts in jm.find_dates(text)] == ["2025-02-08", "2025-02-10"]


@pytest.mark.parametrize(
    "value",
    [
        "دوشنبه ۱۴۰۲/۰۶/۲۸ (سه‌شنبه)",
        "سه‌شنبه ۱۴۰۲/۰۶/۲۸ (دوشنبه)",
        "۲۸ شهریور ۱۴۰۲ ساعت ۱۶:۴۲ چهارشنبه",
        "دوشنبه ۱۶:۴۲ - ۲۸ شهریور ۱۴۰۲ (سه‌شنبه)",
    ],
)
def test_every_weekday_printed_with_a_date_is_checked(value: str) -> None:
    """A second weekday, or one after the time, that contradicts the date is never ignored."""
    article = _article(value)
    assert (_parse(value), _find(value)) == (None, [])
    assert [w.code for w in article.warnings] == ["weekday-mismatch"]
    with pytest.raises(jm.DateError, match="weekday"):
        _article(value, strict=True)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("سه‌شنبه ۱۴۰۲/۰۶/۲۸ (سه‌شنبه)", "2023-09-19"),
        ("۲۸ شهریور ۱۴۰۲ ساعت ۱۶:۴۲ سه‌شنبه", "2023-09-19T16:42:00+03:30"),
    ],
)
def test_weekdays_that_agree_are_read(value: str, expected: str) -> None:
    """The same weekday twice, or the right one after the time: read, with no warning."""
    article = _article(value)
    published = article.published.isoformat() if article.published else None
    assert (_parse(value), _find(value), published, article.warnings) == (
        expected,
        [expected],
        expected,
        (),
    )


MORE_RANGES = [
    "بیست و هشتم تا بیست و نهم شهریور ۱۴۰۲",
    "اول تا سوم مهر ۱۴۰۲",
    "۲۸ لغایت ۲۹ شهریور ۱۴۰۲",
    "۱۴۰۲/۰۶/۲۸ ساعت ۱۰ لغایت ۱۲",
    "ساعت ۱۰ تا ۱۲ - ۱۴۰۲/۰۶/۲۸",
]


@pytest.mark.parametrize("value", MORE_RANGES)
def test_ranges_of_day_words_with_laghayat_and_before_the_date_are_refused(value: str) -> None:
    """`اول تا سوم مهر ۱۴۰۲`, `۲۸ لغایت ۲۹`, `ساعت ۱۰ تا ۱۲ - DATE`: refused everywhere."""
    article = _article(value)
    assert (_parse(value), _find(value), article.published) == (None, [], None)
    assert [w.code for w in article.warnings] == ["invalid-date"]
    with pytest.raises(jm.DateError, match="range"):
        _article(value, strict=True)


def test_two_numbers_joined_by_ta_after_a_labelled_date_refuse_it() -> None:
    """`تاریخ انتشار: ۱۴۰۲/۰۶/۲۸ ۱۰ تا ۱۲`: None + invalid-date, not the day alone."""
    article = _article("۱۴۰۲/۰۶/۲۸ ۱۰ تا ۱۲")
    assert (article.published, [w.code for w in article.warnings]) == (None, ["invalid-date"])


@pytest.mark.parametrize(
    "value", ["دیروز ساعت ۱۰ تا ۱۲", "دیروز ساعت ۱۰:۰۰ تا ۱۲:۰۰", "دیروز ۱۰:۰۰-۱۲:۰۰"]
)
def test_relative_day_with_a_time_range_is_refused(value: str) -> None:
    """`دیروز ساعت ۱۰ تا ۱۲` is no mention (not 10:00, not the day alone); labelled: not-a-date."""
    found = jm.find_dates(f"جلسه {value} برگزار شد", REFERENCE)
    article = jm.parse_article(f"{TITLE}\nتاریخ انتشار: {value}\n{BODY}", reference=REFERENCE)
    codes = [w.code for w in article.warnings]
    assert (found, article.published, codes) == ([], None, ["not-a-date"])


# -- 7. times that were dropped after or before a date (branch dates6) ---------------------------

READ_WHOLE = [
    # A time first, «روز», then the date: the time was dropped (the day alone was found).
    ("ساعت ۱۶:۴۲ روز ۲۸ شهریور ۱۴۰۲", "2023-09-19T16:42:00+03:30"),
    ("۱۶:۴۲ روز ۲۸ شهریور ۱۴۰۲", "2023-09-19T16:42:00+03:30"),
    # A colon with no field after it: the minute is printed whole; it was dropped.
    ("۱۴۰۲/۰۶/۲۸ ۱۱:۲۹:", "2023-09-19T11:29:00+03:30"),
    ("۲۸ شهریور ۱۴۰۲ ساعت ۱۱:۲۹:", "2023-09-19T11:29:00+03:30"),
    # A one-digit minute with a day-part word or AM/PM after it (a blog platform's habit).
    ("۱۳۹۰/۰۳/۲۰ | ۱:۲ صبح", "2011-06-10T01:02:00+04:30"),
    ("۱۳۹۰/۰۳/۲۰ ساعت ۱:۲ ب.ظ", "2011-06-10T13:02:00+04:30"),
    ("1390/03/20 1:2 PM", "2011-06-10T13:02:00+04:30"),
    # Three fields, one unpadded: a clock that prints no zeros (issue #16, round fix11).
    ("۱۴۰۲/۰۶/۲۸ ۱۱:۲۹:۴", "2023-09-19T11:29:04+03:30"),
]


@pytest.mark.parametrize(("value", "expected"), READ_WHOLE)
def test_date_with_its_time_is_read_whole_by_every_entry_point(value: str, expected: str) -> None:
    """The date and its time, in parse_datetime (both readers), find_dates, parse_article,
    parse_html, lenient and strict."""
    found = (
        _parse(value),
        parse_datetime_by_grammar(value).isoformat(),
        _find(value),
        *(str(read(value).published.isoformat()) for read in READERS.values()),  # type: ignore[union-attr]
        *(str(read(value, strict=True).published.isoformat()) for read in READERS.values()),  # type: ignore[union-attr]
    )
    assert (expected, expected, [expected], *[expected] * 4) == found


REFUSED_TIMES = [
    "۱۳۹۰/۰۳/۲۰ ساعت ۱:۲ صبح تا ۳:۴ عصر",  # a range of times: never its first end alone
]
# One minute digit and no day-part word: «۱:۲» may be no clock, or lost a digit; the day
# before it is sure and is kept, date only, with time-unread (issue #16, round fix11).
DAY_ONLY_TIMES = [
    "۱۳۹۰/۰۳/۲۰ ۱:۲",
    "۱۳۹۰/۰۳/۲۰ | ۱:۲",
]


@pytest.mark.parametrize("value", DAY_ONLY_TIMES)
@pytest.mark.parametrize("reader", READERS)
def test_a_clock_with_a_one_digit_minute_keeps_the_day_alone(value: str, reader: str) -> None:
    """The day + time-unread (lenient), DateError (strict); no date from parse_datetime or
    find_dates (they never give a date without the time printed with it)."""
    article = READERS[reader](value)
    assert article.published is not None
    found = (article.published.isoformat(), [w.code for w in article.warnings])
    assert found == ("2011-06-10", ["time-unread"])
    with pytest.raises(jm.DateError):
        READERS[reader](value, strict=True)
    assert (_parse(value), _find(value)) == (None, [])


@pytest.mark.parametrize("value", REFUSED_TIMES)
@pytest.mark.parametrize("reader", READERS)
def test_a_clock_that_is_none_refuses_the_date(value: str, reader: str) -> None:
    """None + invalid-date (lenient), DateError (strict); no date from parse_datetime or find_dates."""
    article = READERS[reader](value)
    assert (article.published, [w.code for w in article.warnings]) == (None, ["invalid-date"])
    with pytest.raises(jm.DateError):
        READERS[reader](value, strict=True)
    assert (_parse(value), _find(value)) == (None, [])


def test_hour_alone_before_ruz_and_a_date_still_gives_the_day_alone() -> None:
    """«ساعت ۲۴ روز ۲۰ بهمن ۱۴۰۳» (an hour without minutes, before «روز»): the day, as before;
    only a clock with minutes joins the date across «روز»."""
    assert [ts.isoformat() for ts in jm.find_dates("از ساعت ۲۴ روز ۲۰ بهمن ۱۴۰۳")] == ["2025-02-08"]


# -- 8. a date with a two-digit year: its weekday and its time are the grammar's ------------------

_SHORT_TITLE = "عنوان یادداشت آزمایشی درباره ترافیک شهر\n"
_SHORT_BODY = "\n\nمتن یادداشت در چند جمله کوتاه درباره ترافیک و پیشنهادهای مدیران شهری."


def _short(line: str, *, strict: bool = False) -> jm.Article:
    return jm.parse_article(_SHORT_TITLE + line + _SHORT_BODY, strict=strict)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("تاریخ : جمعه 90/3/20 | 1:2 صبح | نویسنده : مهدی", "2011-06-10T01:02:00+04:30"),
        ("تاریخ : 90/3/20 | 10:20 ب.ظ", "2011-06-10T22:20:00+04:30"),
        ("تاریخ: 98/11/05، 23:40", "2020-01-25T23:40:00+03:30"),
    ],
)
def test_two_digit_year_date_keeps_its_weekday_and_day_part(line: str, expected: str) -> None:
    """«ب.ظ» after a two-digit-year date's time was dropped (10:20 read as 10:20): now 22:20."""
    article = _short(line)
    assert (article.published.isoformat(), [w.code for w in article.warnings]) == (  # type: ignore[union-attr]
        expected,
        ["two-digit-year"],
    )


def test_two_digit_year_date_with_a_wrong_weekday_is_warned() -> None:
    """«شنبه 90/3/20» (a Friday): weekday-mismatch beside two-digit-year."""
    article = _short("تاریخ : شنبه 90/3/20 | 10:20")
    assert sorted(w.code for w in article.warnings) == ["two-digit-year", "weekday-mismatch"]


@pytest.mark.parametrize(
    "line", ["تاریخ : جمعه 90/3/20 | 1:2 | نویسنده : مهدی", "تاریخ: 90/3/20 1:2"]
)
def test_two_digit_year_date_with_a_one_digit_minute_keeps_the_day(line: str) -> None:
    """«90/3/20 | 1:2»: the clock is not read (a digit may be lost), the day is kept with
    time-unread, as a four-digit year's is (fix116; it was refused before)."""
    article = _short(line)
    assert article.published is not None
    assert article.published.isoformat() == "2011-06-10"
    assert "time-unread" in [w.code for w in article.warnings]


@pytest.mark.parametrize("line", ["تاریخ : جمعه 90/3/20 | 11:055", "تاریخ: 90/3/20 123:4"])
def test_two_digit_year_date_with_a_clock_that_is_none_is_refused(line: str) -> None:
    """«90/3/20 | 11:055»: the date is not read without its time: None + invalid-date."""
    article = _short(line)
    assert (article.published, "invalid-date" in [w.code for w in article.warnings]) == (None, True)
