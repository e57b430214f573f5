"""Five bugs a review planted and the suite let through: each one now fails here.

The bugs were: ``to_dict`` dropping ``mentions``; ``to_dict`` emptying ``ignored``;
the same-moment check ignoring the time of day; the is-before check always false;
``published-unlabelled`` never emitted. docs/reliability.md ("Mutation testing")
records that each was applied to the source and failed these tests.
"""

from __future__ import annotations

import json

import pytest
from tests.checks import warning_code_list as codes

import jalali_meta as jm

LEAD = "\nلید خبر در یک جمله.\n"


# -- to_dict keeps the mentions -------------------------------------------------------------

MENTIONS = "عنوان خبر\nکد خبر: ۱۲\n\nجلسه در ۱۵ خرداد ۱۴۰۲ برگزار شد.\nنتیجه در ۲ تیر ۱۴۰۲ - ۱۰:۳۰ اعلام شد."


def test_to_dict_lists_every_mention() -> None:
    """to_dict writes each mention of the lead and body as a timestamp dict, in order."""
    article = jm.parse_article(MENTIONS)
    expected = [
        {
            "text": "۱۵ خرداد ۱۴۰۲",
            "span": [30, 43],
            "calendar": "jalali",
            "jalali": "1402-03-15",
            "gregorian": "2023-06-05",
            "weekday": None,
            "dst": None,
            "relative": False,
        },
        {
            "text": "۲ تیر ۱۴۰۲ - ۱۰:۳۰",
            "span": [64, 82],
            "calendar": "jalali",
            "jalali": "1402-04-02T10:30:00+03:30",
            "gregorian": "2023-06-23T10:30:00+03:30",
            "weekday": None,
            "dst": None,
            "relative": False,
        },
    ]
    assert expected == jm.to_dict(article)["mentions"]


def test_to_json_keeps_the_mentions() -> None:
    """The JSON text carries the same mentions as the record."""
    article = jm.parse_article(MENTIONS)
    expected = [ts.isoformat() for ts in article.mentions]
    assert expected == [m["gregorian"] for m in json.loads(jm.to_json(article))["mentions"]]
    assert len(expected) == 2


# -- to_dict keeps the ignored lines ---------------------------------------------------------

IGNORED = "عنوان خبر\nکد خبر: ۱۲\n۱۶:۴۲\n\nلید خبر در یک جمله.\n"


def test_to_dict_lists_every_ignored_line() -> None:
    """to_dict writes each line set aside with its text, span and reason."""
    article = jm.parse_article(IGNORED)
    expected = [{"text": "۱۶:۴۲", "span": [21, 26], "reason": "time without a date"}]
    assert expected == jm.to_dict(article)["ignored"]


def test_to_json_round_trips_ignored_lines() -> None:
    """Every Ignored record of the article comes back from the JSON text."""
    article = jm.parse_article(IGNORED)
    expected = [(i.text, list(i.span), i.reason) for i in article.ignored]
    actual = [
        (i["text"], i["span"], i["reason"]) for i in json.loads(jm.to_json(article))["ignored"]
    ]
    assert expected == actual
    assert expected != []


# -- the same moment: same day AND same time ------------------------------------------------


def test_labelled_dates_an_hour_apart_conflict() -> None:
    """Two publication dates on one day at different times are a conflict, not one moment."""
    text = "عنوان\nتاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰\nتاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۰۹:۰۰" + LEAD
    article = jm.parse_article(text)
    assert codes(article) == ["published-conflict"]
    assert article.published.isoformat() == "2023-01-24T10:00:00+03:30"


def test_labelled_dates_an_hour_apart_raise_in_strict_mode() -> None:
    """Strict mode raises ConflictError for two publication times on one day."""
    text = "عنوان\nتاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰\nتاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۰۹:۰۰" + LEAD
    with pytest.raises(jm.ConflictError):
        jm.parse_article(text, strict=True)


def test_same_time_twice_is_no_conflict() -> None:
    """The same publication time printed twice is one moment: no warning."""
    text = "عنوان\nتاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰\nتاریخ انتشار: 1401/11/04 10:00" + LEAD
    assert codes(jm.parse_article(text)) == []


def test_day_and_time_on_that_day_is_no_conflict() -> None:
    """A date without a time and a date-time on the same day can be the same moment."""
    text = "عنوان\nتاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰\nتاریخ انتشار: ۴ بهمن ۱۴۰۱" + LEAD
    assert codes(jm.parse_article(text)) == []


def test_unlabelled_header_time_an_hour_off_conflicts() -> None:
    """An unlabelled header date-time an hour off the labelled one is a published-conflict."""
    text = "عنوان\n۴ بهمن ۱۴۰۱ - ۰۹:۰۰\nتاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰" + LEAD
    assert codes(jm.parse_article(text)) == ["published-conflict"]


def test_html_visible_time_an_hour_off_the_machine_time_conflicts() -> None:
    """parse_html: a visible time an hour off the machine time on the same day is a conflict."""
    pytest.importorskip("selectolax")
    page = (
        '<html lang="fa"><head><meta property="article:published_time" '
        'content="2023-09-19T10:00:00+03:30"></head><body><h1>عنوان خبر</h1>'
        "<div>تاریخ انتشار: ۲۸ شهریور ۱۴۰۲ - ۱۱:۰۰</div><p>لید خبر در یک جمله.</p></body></html>"
    )
    article = jm.parse_html(page)
    assert codes(article) == ["html-date-conflict"]
    assert article.published.isoformat() == "2023-09-19T11:00:00+03:30"


# -- before(): an update earlier than the publication is reported ---------------------------


def test_update_an_hour_before_publication_is_reported() -> None:
    """An update time an hour before the publication time gives updated-before-published."""
    text = "عنوان\nتاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰\nتاریخ به روزرسانی: ۴ بهمن ۱۴۰۱ - ۰۹:۰۰" + LEAD
    assert codes(jm.parse_article(text)) == ["updated-before-published"]


def test_update_a_day_before_publication_is_reported() -> None:
    """An update day before the publication day (no times) gives updated-before-published."""
    text = "عنوان\nتاریخ انتشار: ۴ بهمن ۱۴۰۱\nتاریخ به روزرسانی: ۳ بهمن ۱۴۰۱" + LEAD
    assert codes(jm.parse_article(text)) == ["updated-before-published"]


def test_update_after_publication_is_not_reported() -> None:
    """An update after the publication is the normal case: no warning."""
    text = "عنوان\nتاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰\nتاریخ به روزرسانی: ۴ بهمن ۱۴۰۱ - ۱۱:۰۰" + LEAD
    assert codes(jm.parse_article(text)) == []


def test_html_machine_update_before_publication_is_reported() -> None:
    """parse_html: machine dates with the update first give updated-before-published once."""
    pytest.importorskip("selectolax")
    page = (
        '<html lang="fa"><head>'
        '<meta property="article:published_time" content="2023-09-19T10:00:00+03:30">'
        '<meta property="article:modified_time" content="2023-09-19T09:00:00+03:30">'
        "</head><body><h1>عنوان خبر</h1><p>لید خبر در یک جمله.</p></body></html>"
    )
    assert codes(jm.parse_html(page)) == ["updated-before-published"]


# -- published-unlabelled ---------------------------------------------------------------------


def test_unlabelled_date_far_above_the_title_is_noted() -> None:
    """The only date, an unlabelled line far above the title (past a menu), is used and noted.

    (A date line right above the title is the agency/date line of many templates and is
    used silently: docs/formats.md, "Which value wins".)
    """
    text = (
        "۲۸ شهریور ۱۴۰۲\nصفحه اصلی\nسیاسی\nاقتصادی\n"
        "عنوان خبر\nکد خبر: ۱۲\nلید خبر در یک جمله.\nپاراگراف دوم."
    )
    article = jm.parse_article(text)
    assert codes(article) == ["published-unlabelled"]
    assert article.published.isoformat() == "2023-09-19"
    assert (article.warnings[0].line, article.warnings[0].column) == (1, 1)
    expected = (
        "the only publication date is the unlabelled date line '۲۸ شهریور ۱۴۰۲' far above the "
        "title; used as the publication time"
    )
    assert (article.warnings[0].message, article.warnings[0].span) == (expected, (0, 14))


def test_unlabelled_date_below_the_body_is_noted() -> None:
    """The only date, an unlabelled line below the body, is used and noted."""
    text = "عنوان خبر\nکد خبر: ۱۲\n\nلید خبر در یک جمله.\nپاراگراف دوم.\n۲۸ شهریور ۱۴۰۲ - ۱۰:۰۰"
    article = jm.parse_article(text)
    assert codes(article) == ["published-unlabelled"]
    expected = (
        "the only publication date is the unlabelled date line '۲۸ شهریور ۱۴۰۲ - ۱۰:۰۰' below "
        "the body; used as the publication time"
    )
    assert article.warnings[0].message == expected
    assert article.published.isoformat() == "2023-09-19T10:00:00+03:30"


def test_unlabelled_date_in_the_header_is_not_noted() -> None:
    """An unlabelled date line right under the title is the usual layout: no note."""
    text = "عنوان خبر\n۲۸ شهریور ۱۴۰۲ - ۱۰:۰۰\nکد خبر: ۱۲" + LEAD
    article = jm.parse_article(text)
    assert codes(article) == []
    assert article.published.isoformat() == "2023-09-19T10:00:00+03:30"
