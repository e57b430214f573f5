"""parse_article's rules, pinned one behaviour per test (found by mutation testing the resolver)."""

from __future__ import annotations

import pytest

import jalali_meta as jm

LEAD = "\nلید خبر در یک جمله.\n"


def codes(article: jm.Article) -> list[str]:
    """The warning codes of an article, in order."""
    return [w.code for w in article.warnings]


def fields(article: jm.Article) -> list[tuple[str, str, object, object]]:
    """Each field as (name, value, span, value_span)."""
    return [(f.name, f.value, f.span, f.value_span) for f in article.fields]


# -- a time printed alone on the line under a date ---------------------------------------------


def test_time_line_under_a_date_is_that_dates_time() -> None:
    """«ساعت: ۱۶:۴۲» right under a date without a time gives the date its time."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\nساعت: ۱۶:۴۲" + LEAD)
    stamp = article.published
    assert stamp.isoformat() == "2023-09-19T16:42:00+03:30"
    assert (stamp.text, stamp.span) == ("۱۴۰۲/۰۶/۲۸\nساعت: ۱۶:۴۲", (20, 42))
    assert article.spans["published"] == (20, 42)
    assert fields(article) == [
        ("published", "۱۴۰۲/۰۶/۲۸", (6, 30), (20, 30)),
        ("time", "ساعت: ۱۶:۴۲", (31, 42), (31, 42)),
    ]
    assert (codes(article), article.ignored) == ([], ())


def test_time_line_keeps_seconds_and_the_afternoon_word() -> None:
    """Seconds and «ب.ظ» on the time line are read (16:42:30; 4:10 pm is 16:10)."""
    with_seconds = jm.parse_article("عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\n۱۶:۴۲:۳۰" + LEAD)
    afternoon = jm.parse_article("عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\nساعت ۴:۱۰ ب.ظ" + LEAD)
    morning = jm.parse_article("عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\nساعت ۱۲:۱۰ ق.ظ" + LEAD)
    assert with_seconds.published.isoformat() == "2023-09-19T16:42:30+03:30"
    assert afternoon.published.isoformat() == "2023-09-19T16:10:00+03:30"
    assert morning.published.isoformat() == "2023-09-19T00:10:00+03:30"


def test_time_line_under_a_gregorian_date() -> None:
    """A time line under a Gregorian date joins it on the Gregorian day."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: 19 September 2023\nساعت: ۱۶:۴۲" + LEAD)
    assert article.published.isoformat() == "2023-09-19T16:42:00+03:30"
    assert article.published.jalali_date == (1402, 6, 28)
    assert article.published.calendar == "gregorian"


def test_time_line_after_a_blank_line_stays_apart() -> None:
    """A blank line between the date and the time line: the time is set aside, not joined."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\n\nساعت: ۱۶:۴۲" + LEAD)
    assert article.published.isoformat() == "2023-09-19"
    expected = [("ساعت: ۱۶:۴۲", (32, 43), "time without a date")]
    assert [(i.text, i.span, i.reason) for i in article.ignored] == expected


def test_invalid_time_line_is_reported_and_not_used() -> None:
    """A time line 25:42 leaves the date without a time, with an invalid-date warning."""
    text = "عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\nساعت: ۲۵:۴۲" + LEAD
    article = jm.parse_article(text)
    assert article.published.isoformat() == "2023-09-19"
    (notice,) = article.warnings
    assert notice.code == "invalid-date"
    assert notice.message == "time 25:42 does not exist; the time line is not used"
    assert [i.reason for i in article.ignored] == ["time without a date"]
    with pytest.raises(jm.DateError):
        jm.parse_article(text, strict=True)


def test_time_line_in_a_dst_gap_is_flagged() -> None:
    """A time line that falls in a DST gap joins the date, with nonexistent-time."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: ۱۴۰۱/۰۱/۰۲\nساعت: ۰۰:۳۰" + LEAD)
    assert article.published.dst == "nonexistent"
    assert codes(article) == ["nonexistent-time"]
    assert article.warnings[0].span == (20, 42)


def test_time_line_under_the_updated_date() -> None:
    """The update date takes the time line under it, the publication date its own."""
    text = (
        "عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸ ۰۹:۰۰\nتاریخ به روزرسانی: ۱۴۰۲/۰۶/۲۸\nساعت: ۱۶:۴۲" + LEAD
    )
    article = jm.parse_article(text)
    assert article.published.isoformat() == "2023-09-19T09:00:00+03:30"
    assert article.updated.isoformat() == "2023-09-19T16:42:00+03:30"


def test_time_line_as_the_last_line_is_not_joined() -> None:
    """A date on the last line has no line under it: it stays a day."""
    article = jm.parse_article("عنوان\nکد خبر: ۱۲" + LEAD + "تاریخ انتشار: ۱۴۰۲/۰۶/۲۸")
    assert article.published.isoformat() == "2023-09-19"
