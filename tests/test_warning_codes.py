"""Every warning code in jm.WARNING_CODES is emitted by some input, and docs/errors.md explains it.

Dropping a code from the source (or never emitting it) fails ``test_code_is_emitted``;
a new code without a row in TRIGGERS fails with "no triggering input for code X".
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import jalali_meta as jm

ERRORS_MD = Path(__file__).resolve().parent.parent / "docs" / "errors.md"

LEAD = "\nلید خبر در یک جمله.\n"


def _page(head: str = "", body: str = "") -> str:
    return (
        f'<html lang="fa"><head>{head}</head><body><h1>عنوان خبر</h1>{body}'
        "<p>لید خبر در یک جمله.</p></body></html>"
    )


# code -> (entry point, input). Entry points: "article" (parse_article text), "html"
# (parse_html text or bytes). One row per code; rows for codes added by other branches
# are filled in when they merge.
TRIGGERS: dict[str, tuple[str, str | bytes]] = {
    "weekday-mismatch": ("article", "عنوان\nتاریخ انتشار: دوشنبه 1402/06/28 10:00" + LEAD),
    "invalid-date": ("article", "عنوان\nتاریخ انتشار: 1402/12/30 10:00" + LEAD),
    "not-a-date": ("article", "عنوان\nتاریخ انتشار: به زودی" + LEAD),
    "nonexistent-time": ("article", "عنوان\nتاریخ انتشار: 1401/01/02 00:30" + LEAD),
    "repeated-time": ("article", "عنوان\nتاریخ انتشار: 1399/06/30 23:30" + LEAD),
    "twin-invalid": (
        "article",
        "عنوان\nتاریخ انتشار: ۱۸ دی ۱۳۹۹ - ۱۵:۴۰ 31 February 2021" + LEAD,
    ),
    "twin-mismatch": ("article", "عنوان\n۱۸ دی ۱۳۹۹ - ۱۵:۴۰ 8 January 2021" + LEAD),
    "published-conflict": ("article", "عنوان\n۲ خرداد ۱۴۰۲\nتاریخ انتشار: ۱ خرداد ۱۴۰۲" + LEAD),
    "updated-conflict": (
        "article",
        "عنوان\nتاریخ به روزرسانی: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰\nتاریخ به روزرسانی: ۵ بهمن ۱۴۰۱ - ۱۰:۰۰"
        + LEAD,
    ),
    "number-conflict": ("article", "عنوان\nکد خبر: 11\nکد خبر: 12" + LEAD),
    "number-invalid": ("article", "عنوان\nکد خبر: الف ب" + LEAD),
    "html-date-conflict": (
        "html",
        _page(
            '<meta property="article:published_time" content="2023-09-20T10:00:00+03:30">',
            "<div>تاریخ انتشار: ۲۸ شهریور ۱۴۰۲ - ۱۰:۰۰</div>",
        ),
    ),
    "site-stamp": (
        "article",
        "آخرین به روز رسانی: ۱۴۰۲/۰۶/۲۸ ۱۰:۰۰\nعنوان خبر\nکد خبر: ۱۲" + LEAD,
    ),
    "published-unlabelled": (
        "article",
        "۲۸ شهریور ۱۴۰۲\nصفحه اصلی\nسیاسی\nاقتصادی\nعنوان خبر\nکد خبر: ۱۲" + LEAD,
    ),
    "hijri-mismatch": ("article", "عنوان\nتاریخ انتشار: ۵ تیر ۱۴۰۲ (۱۵ ذی‌الحجه ۱۴۴۴)" + LEAD),
    "mention-hijri-mismatch": (
        "article",
        "عنوان\n\nلید خبر روز ۵ تیر ۱۴۰۲ (۱۵ ذی‌الحجه ۱۴۴۴) در یک جمله آمد.",
    ),
    "relative-date": ("article+reference", "عنوان\nتاریخ انتشار: ۲ ساعت پیش" + LEAD),
    "future-date": ("article+reference", "عنوان\nتاریخ انتشار: ۱ مهر ۱۴۰۲ - ۱۰:۰۰" + LEAD),
    "date-out-of-bounds": ("article+bounds", "عنوان\nتاریخ انتشار: ۱ مهر ۱۳۸۰ - ۱۰:۰۰" + LEAD),
    "two-digit-year": ("article", "عنوان\nتاریخ انتشار: ۹۸/۱۱/۰۵" + LEAD),
    "charset-unusable": (
        "html",
        '<html><head><meta charset="undefined"></head><body><h1>عنوان</h1><p>متن</p></body></html>'.encode(),
    ),
    "charset-mismatch": (
        "html",
        '<html><head><meta charset="windows-1256"></head><body><h1>عنوان خبر</h1><p>متن خبر</p></body></html>'.encode(),
    ),
    "html-too-deep": ("html", _page(body="<div>" * 3000 + "متن" + "</div>" * 3000)),
    "html-too-wide": ("html", _page(body="<select>" + "<option>x" * 300 + "</select>")),
    "json-ld-invalid": ("html", _page('<script type="application/ld+json">{"@type": </script>')),
    "issue-date-only": (
        "article",
        "روزنامه همشهری | شماره ۸۷۶۵ | ۲۸ شهریور ۱۴۰۲\nعنوان خبر" + LEAD,
    ),
    "number-date-mismatch": (
        "article",
        "عنوان\nکد خبر: 14011103000123\nتاریخ انتشار: ۴ بهمن ۱۴۰۱" + LEAD,
    ),
    "updated-before-published": (
        "article",
        "عنوان\nتاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰\nتاریخ به روزرسانی: ۴ بهمن ۱۴۰۱ - ۰۹:۰۰" + LEAD,
    ),
    "published-from-url": (
        "html",
        _page('<link rel="canonical" href="https://example.ir/news/1402/06/28/123456/x">'),
    ),
    "number-year-like": (
        "html",
        _page('<link rel="canonical" href="https://example.ir/news/2019">'),
    ),
    "url-date-mismatch": (
        "html",
        _page(
            '<link rel="canonical" href="https://example.ir/news/1402/06/27/123456/x">',
            "<div>تاریخ انتشار: ۲۸ شهریور ۱۴۰۲ - ۱۱:۰۰</div>",
        ),
    ),
    "listing-page": (
        "article",
        "برچسب ویژه\n\nخبر نخست امروز در شهر\n"
        "متن کوتاه خبر نخست که در فهرست این برچسب آمده و به خبر اصلی پیوند دارد.\n"
        "بیشتر بخوانید \u00bb\n",
    ),
    "title-uncertain": (
        "article",
        "یادداشت هفته:\n\n"
        "بازار مسکن در ماه‌های پایانی سال با رکود روبه‌رو شد و شمار معامله‌ها به کمترین اندازه "
        "در دو سال گذشته رسید.\n",
    ),
    "day-month-order": (
        "article",
        "عنوان خبر\nDate: 23:47, 05-02-2015.\nکابل. ۱۶ دلو. لید خبر در یک جمله.\n",
    ),
    "time-unread": ("article", "عنوان خبر\nتاریخ انتشار: سه شنبه ۹ مهر ۱۳۹۸ | ۱۳:۴" + LEAD),
    "zone-unread": ("article", "عنوان خبر\nتاریخ انتشار: 20 Aug 2012 07:44 AM PST" + LEAD),
    "time-reversed": ("article", "عنوان خبر\nتاریخ انتشار: ۴۰ : ۱۶ - ۳۰ شهریور ۱۳۹۷" + LEAD),
    "time-order-uncertain": (
        "article",
        "عنوان خبر\nتاریخ انتشار: ۰۴ : ۱۷ - ۰۶ بهمن ۱۳۹۶" + LEAD,
    ),
    "calendar-ambiguous": ("article", "عنوان خبر\n۱۴۴۶/۰۸/۰۳" + LEAD),
    "calendar-lunar": ("article", "عنوان خبر\nتاریخ انتشار: ۱۱ جمادی‌الثانی ۱۴۴۵" + LEAD),
    "calendar-before-1304": ("article", "عنوان خبر\nتاریخ انتشار: ۱۴ مرداد ۱۲۸۵" + LEAD),
    "mention-weekday-mismatch": ("article", "عنوان\n\nلید خبر در روز دوشنبه ۲۸ شهریور ۱۴۰۲ آمد."),
    "mention-twin-invalid": ("article", "عنوان\n\nلید خبر در ۱۸ دی ۱۳۹۹ 31 February 2021 آمد."),
    "mention-twin-mismatch": ("article", "عنوان\n\nلید خبر در ۱۸ دی ۱۳۹۹ (8 January 2021) آمد."),
    "encoding-replaced": (
        "html",
        b"\xef\xbb\xbf"
        + "<html><body><h1>عنوان</h1><p>متن".encode()
        + b"\xff\xfe</p></body></html>",
    ),
}

# Codes in WarningCode that no input emits today: each is a bug, reported, not hidden.
# The marker is strict, so the day a code is emitted this test fails until the row goes.
NEVER_EMITTED: dict[str, str] = {}


# A reference time a little after the trigger's dates, and bounds that exclude them.
_REFERENCE = dt.datetime(2023, 9, 19, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=3, minutes=30)))
_BOUNDS = {"min_date": dt.date(2010, 1, 1), "max_date": dt.date(2030, 1, 1)}


def _emitted(entry: str, data: str | bytes) -> list[str]:
    if entry == "html":
        pytest.importorskip("selectolax")
        article = jm.parse_html(data)
    else:
        assert isinstance(data, str)
        if entry == "article+reference":
            article = jm.parse_article(data, reference=_REFERENCE)
        elif entry == "article+bounds":
            article = jm.parse_article(data, **_BOUNDS)
        else:
            article = jm.parse_article(data)
    return [w.code for w in article.warnings]


def _cases() -> list[object]:
    cases: list[object] = []
    for code in jm.WARNING_CODES:
        marks = []
        if code in NEVER_EMITTED:
            marks.append(pytest.mark.xfail(reason=NEVER_EMITTED[code], strict=True))
        cases.append(pytest.param(code, marks=marks, id=code))
    return cases


@pytest.mark.parametrize("code", _cases())
def test_code_is_emitted(code: str) -> None:
    """Each documented warning code comes out of its triggering input."""
    if code not in TRIGGERS:
        pytest.fail(f"no triggering input for code {code}: add a row to TRIGGERS")
    entry, data = TRIGGERS[code]
    emitted = _emitted(entry, data)
    assert code in emitted, f"{code} not among {emitted}"


def test_every_trigger_row_is_a_code() -> None:
    """TRIGGERS has no row for a code that does not exist (a renamed or removed code)."""
    assert set() == set(TRIGGERS) - set(jm.WARNING_CODES)


@pytest.mark.parametrize("code", jm.WARNING_CODES)
def test_code_is_documented(code: str) -> None:
    """docs/errors.md names each warning code in backquotes."""
    documented = set(re.findall(r"`([a-z0-9]+(?:-[a-z0-9]+)+)`", ERRORS_MD.read_text("utf-8")))
    assert code in documented, f"docs/errors.md does not document {code}"
