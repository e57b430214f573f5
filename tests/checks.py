"""Assertions and views shared by several test modules (golden files, fuzzing, properties)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import jalali_meta as jm


def iso(stamp: jm.Timestamp | None) -> str | None:
    """A timestamp as golden files write it: Gregorian ISO 8601, or None."""
    return None if stamp is None else stamp.isoformat()


def summary(article: jm.Article, fields: list[str]) -> dict[str, Any]:
    """The fields a golden file pins down: values as a user reads them, warnings by code."""
    view: dict[str, Any] = {}
    for name in fields:
        value = getattr(article, name)
        if name == "warnings":
            value = [w.code for w in value]
        elif name == "tags":
            value = list(value)
        elif isinstance(value, jm.Timestamp):
            value = iso(value)
        view[name] = value
    return view


def strict_error_is_ours(text: str) -> jm.ParseError | None:
    """Parse strictly; return the ParseError raised (anything else escapes), checking its position."""
    error: jm.ParseError | None = None
    try:
        jm.parse_article(text, strict=True)
    except jm.ParseError as err:
        error = err
    if error is not None:
        assert 1 <= error.line <= text.count("\n") + 1
        assert 0 <= error.offset <= error.end <= len(text)
    return error


def to_minute(value: str | None) -> str | None:
    """An ISO 8601 date or date-time cut to the minute, offset kept (golden files of tests/pages)."""
    if value is None or len(value) <= 10:
        return value
    # 2023-10-01T09:40[:SS[.ffffff]]+03:30 -> 2023-10-01T09:40+03:30
    offset = (
        value[19:].lstrip("0123456789.") if len(value) > 16 and value[16] == ":" else value[16:]
    )
    return value[:16] + offset


def page_view(article: jm.Article) -> dict[str, str | None]:
    """What a tests/pages golden pins down: title, number, published and updated to the minute."""
    return {
        "title": " ".join(article.title.split()) if article.title else None,
        "number": article.number,
        "published": to_minute(iso(article.published)),
        "updated": to_minute(iso(article.updated)),
    }


def page_expected(expected: dict[str, Any]) -> dict[str, str | None]:
    """The golden record of a tests/pages file in the form of :func:`page_view`."""
    title = expected.get("title")
    return {
        "title": " ".join(title.split()) if title else None,
        "number": expected.get("number"),
        "published": to_minute(expected.get("published")),
        "updated": to_minute(expected.get("updated")),
    }


# Printable ASCII but the backslash: what pytest writes into a test id as it is.
_ID_SAFE = "".join(chr(code) for code in range(0x20, 0x7F) if chr(code) != "\\")


def stable_id(text: str) -> str:
    """``text`` as a test id that names the same test in every pytest session of a process:
    other characters percent-encoded, as a browser copies an address («/news/%D8%AA...»).

    pytest writes a non-ASCII id with backslash escapes («\\u062a»); the ids given with
    ``ids=`` (a list or a function, not the ones made from the values) are kept on the mark
    and escaped again in the next session of the same process («\\\\u062a»). mutmut runs
    several sessions in one process (listing the tests, then running the ones that cover a
    function by their ids), so such a test is "not found" and its clean run fails.
    """
    return quote(text, safe=_ID_SAFE)


def warning_codes(article: jm.Article) -> set[str]:
    """The codes of an article's warnings."""
    return {notice.code for notice in article.warnings}


def warning_code_list(article: jm.Article) -> list[str]:
    """The codes of an article's warnings, in order."""
    return [notice.code for notice in article.warnings]


def title_doubted(article: jm.Article) -> bool:
    """Whether the article's title carries ``title-uncertain``."""
    return "title-uncertain" in warning_codes(article)


# Three items of a section page or three posts of a blog, in our own words: a headline over
# one short paragraph each (the list shape the list rules read; tests/test_fix35.py,
# tests/adversarial/test_attacks28.py).
SECTION_ITEMS = (
    (
        "افتتاح کتابخانه عمومی تازه در محله شمالی شهر",
        "کتابخانه عمومی تازه با ده هزار جلد کتاب و سالن مطالعه برای دویست نفر صبح امروز با "
        "حضور مسئولان شهری و گروهی از اهالی محله به روی مردم باز شد.",
    ),
    (
        "برگزاری جشنواره گل و گیاه در پارک مرکزی",
        "جشنواره گل و گیاه امسال با حضور پنجاه غرفه از تولیدکنندگان استان در پارک مرکزی "
        "برپا شده و تا پایان هفته هر روز از صبح تا شب پذیرای بازدیدکنندگان است.",
    ),
    (
        "آغاز ثبت نام کلاس‌های تابستانی مدارس ناحیه یک",
        "مدیر آموزش و پرورش ناحیه یک گفت خانواده‌ها تا پایان ماه فرصت دارند فرزندان خود را "
        "در کلاس‌های تابستانی ورزش، هنر و زبان مدارس ناحیه ثبت نام کنند.",
    ),
)


# A council report and a school notice, in our own words: the article texts the hand-decided
# attack and rule tests build their pages around (tests/adversarial, tests/test_today_rules.py).
COUNCIL_HEADLINE = "شورای شهر بودجه سال آینده را بررسی کرد"
COUNCIL_BODY = (
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده و طرح‌های عمرانی نیمه‌تمام گفت‌وگو شد.\n\n"
    "رئیس شورا در پایان این نشست گفت که بررسی لایحه بودجه تا پایان ماه آینده ادامه خواهد "
    "داشت و نتیجه آن به اطلاع شهروندان خواهد رسید.\n"
)
# The report as a page: its headline, its date line, its text.
COUNCIL_PAGE = f"{COUNCIL_HEADLINE}\n\n۱۲ اسفند ۱۴۰۲\n\n{COUNCIL_BODY}"
SCHOOL_HEADLINE = "ثبت‌نام دانش‌آموزان پایه اول آغاز شد"
SCHOOL_BODY = (
    "مدیرکل آموزش و پرورش استان از آغاز ثبت‌نام دانش‌آموزان پایه اول در مدارس دولتی خبر داد "
    "و گفت خانواده‌ها باید مدارک خود را تا پایان هفته آینده به مدارس تحویل دهند.\n"
)
# An essay's opening (no report's dateline or «به گزارش»).
ESSAY_BODY = (
    "زندگی در شهرهای بزرگ ما را به شتاب عادت داده است و کمتر فرصتی برای درنگ و اندیشیدن "
    "می‌ماند؛ شاید کتاب خواندن آخرین پناه ما در برابر این شتاب باشد.\n\n"
    "در این یادداشت از تجربه‌ای می‌نویسم که سال‌ها پیش در کتابخانه کوچک محله‌مان داشتم و "
    "هنوز هم آن را به یاد دارم.\n"
)

# Two paragraphs of running text about flooding in coastal cities, in our own words: the lead
# and the next paragraph the real-sample fix tests put under their headlines
# (tests/test_fix48.py, test_fix49.py, test_fix54.py).
FLOOD_LEAD = (
    "کارشناسان می‌گویند شهرهای ساحلی کشور هنوز برای باران‌های شدید آماده نیستند و "
    "بسیاری از آبراهه‌های قدیمی در سال‌های گذشته با ساخت‌وساز بسته شده است."
)
FLOOD_MORE = (
    "مدیران شهری نیز تأکید کرده‌اند که طرح لایروبی رودخانه‌ها از ماه آینده آغاز می‌شود و "
    "گزارش پیشرفت آن هر هفته منتشر خواهد شد تا شهروندان در جریان کار باشند."
)


# A council's headline and lead around one header line (tests/test_fix58.py, test_fix61.py).
RIVER_HEADLINE = "شورای شهر طرح لایروبی رودخانه‌های شهر را تصویب کرد"
RIVER_LEAD = (
    "به گزارش خبرنگار ما، اعضای شورای شهر در نشست دیروز طرح لایروبی رودخانه‌های شهر را "
    "تصویب کردند و اجرای آن را از ماه آینده به شهرداری سپردند.\n"
)


def under_river_headline(line: str) -> jm.Article:
    """Parse ``line`` printed between :data:`RIVER_HEADLINE` and :data:`RIVER_LEAD`."""
    return jm.parse_article(f"{RIVER_HEADLINE}\n\n{line}\n\n{RIVER_LEAD}")


def published_day(article: jm.Article) -> str | None:
    """The Gregorian day of an article's published value, or None."""
    return article.published.gregorian.isoformat()[:10] if article.published else None


def call_count(run: Callable[[], object]) -> int:
    """The number of Python function calls ``run`` makes (a deterministic cost measure)."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count
