"""The runner of the hand-decided attack inputs (benchmarks/attacks10.py to attacks16.py), and the
article texts they build their inputs around.

Each case is ``(name, kind, doc, expect, keywords)``: ``kind`` "html" goes to ``parse_html``,
anything else to ``parse_article``, with ``keywords`` (a ``url``); ``expect`` maps a field to
the value decided by hand, which the script's own ``check(field, value, article)`` compares,
returning ``(right, value found)``. Each input's outcome is printed (ok; WARNED: wrong with a
warning that says so; SILENT: wrong without one; MISSING: every wrong value left empty;
CRASH), then the counts.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import jalali_meta as jm

Case = tuple[str, str, str, dict[str, Any], dict[str, Any]]
Check = Callable[[str, Any, jm.Article], tuple[bool, Any]]


def collector() -> tuple[list[Case], Callable[..., None]]:
    """A round's list of cases and the ``case(name, kind, doc, expect, **keywords)`` that adds
    one to it (every attacksNN.py carried its own copy): ``cases, case = collector()``."""
    cases: list[Case] = []

    def case(name: str, kind: str, doc: Any, expect: dict[str, Any], **keywords: Any) -> None:
        cases.append((name, kind, doc, expect, keywords))

    return cases, case


# The warning codes' prefixes that say a field may be wrong, for the rounds judged by attacks39's
# check39 with two-digit years in play (attacks43-45 pass this to :func:`run`).
DATE_ROUND_PREFIXES = (
    "title",
    "published",
    "updated",
    "number",
    "invalid",
    "time",
    "twin",
    "hijri",
    "weekday",
    "two-digit",
)


def double_spaced(*lines: str) -> str:
    """Lines set apart by blank lines, as a page's text saved from a browser often is."""
    return "\n\n".join(lines) + "\n"


def crlf(text: str) -> str:
    """The same text saved on Windows."""
    return text.replace("\n", "\r\n")


def yeh_kaf(text: str) -> str:
    """The same words with Arabic yeh and kaf, as some sites' CMSs print them."""
    return text.replace("ی", "ي").replace("ک", "ك")


# Page builders the attack rounds share (attacks52-55 each carried a copy).
def html(body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def paras(text: str) -> str:
    return "".join(f"<p>{p}</p>" for p in text.strip().split("\n\n"))


def arabic_digits(text: str) -> str:
    return text.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"))


def no_zwnj(text: str) -> str:
    return text.replace("\u200c", " ")


def num(ascii_digits: str) -> tuple[str, str]:
    """An item number in ASCII or Persian digits (the same value)."""
    return (ascii_digits, ascii_digits.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")))


def either(title: str, sure: bool = False) -> tuple[str, str]:
    """A title in either spelling (Persian or Arabic yeh and kaf); ``sure``: with no doubt."""
    mark = "!" if sure else ""
    return (title + mark, yeh_kaf(title) + mark)


def run(cases: list[Case], check: Check, warned_prefixes: tuple[str, ...]) -> dict[str, int]:
    """Parse every case, judge it with ``check`` and print each outcome and the counts. A
    wrong value counts as warned when a warning code starts with one of ``warned_prefixes``
    (or is ``listing-page``)."""
    stats = {"right": 0, "warned": 0, "silent": 0, "missing": 0, "crash": 0}
    for name, kind, doc, expect, keywords in cases:
        try:
            if kind == "html":
                article = jm.parse_html(doc, **keywords)
            else:
                article = jm.parse_article(doc, **keywords)
        except Exception:  # an exception is the finding
            stats["crash"] += 1
            print("CRASH", name)
            traceback.print_exc()
            continue
        bad = []
        for field, value in expect.items():
            right, got = check(field, value, article)
            if not right:
                bad.append((field, value, got))
        codes = sorted({warning.code for warning in article.warnings})
        if not bad:
            stats["right"] += 1
            print("ok    ", name, codes)
            continue
        if all(got is None for _, _, got in bad):
            stats["missing"] += 1
            print("MISSING", name, bad, codes)
            continue
        warned = any(code.startswith(warned_prefixes) or code == "listing-page" for code in codes)
        verdict = "warned" if warned else "silent"
        stats[verdict] += 1
        print(verdict.upper().ljust(6), name, bad, codes)
    print(len(cases), stats)
    return stats


def field_value(field: str, article: jm.Article) -> Any:
    """The value a script's ``check`` compares: the title, the number, or the Gregorian day
    of the publication date (``None`` when the article has none)."""
    if field == "published":
        return article.published.gregorian.isoformat()[:10] if article.published else None
    return {"title": article.title, "number": article.number}[field]


def title_warned(codes: set[str]) -> bool:
    """Whether an article's warning codes doubt its title (``title-uncertain``, or
    ``listing-page``: a list's first item)."""
    return "title-uncertain" in codes or "listing-page" in codes


def check(field: str, value: Any, article: jm.Article) -> tuple[bool, Any]:
    """The judge of attacks20.py to attacks22.py: ``value`` a tuple (any of these), "WARN"
    (a title kept and doubted, or none), "NOT X" (a title, anything but X), a title ending
    «!» (that title with no doubt), a «published» value with a «T» (compared to the minute),
    else equal to :func:`field_value`."""
    codes = {warning.code for warning in article.warnings}
    got = field_value(field, article)
    warned_title = title_warned(codes)
    if isinstance(value, tuple):  # any of these
        return any(check(field, one, article)[0] for one in value), got
    if field == "published" and isinstance(value, str) and "T" in value:
        stamp = article.published.gregorian.isoformat()[:16] if article.published else None
        return stamp == value, stamp
    if value == "WARN":  # kept and warned, or none
        return got is None or warned_title, got
    if field == "title" and isinstance(value, str) and value.startswith("NOT "):
        return got != value[4:], got
    if isinstance(value, str) and value.endswith("!") and field == "title":  # no false alarm
        return got == value[:-1] and not warned_title, got
    return got == value, got


# The article texts the attack scripts build their inputs around, in our own words: a council
# report (its headline H, date line D, text BODY) and a school notice (H2, BODY2).
H = "شورای شهر بودجه سال آینده را بررسی کرد"
D = "۱۲ اسفند ۱۴۰۲"
BODY = (
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده و طرح‌های عمرانی نیمه‌تمام گفت‌وگو شد.\n\n"
    "رئیس شورا در پایان این نشست گفت که بررسی لایحه بودجه تا پایان ماه آینده ادامه خواهد "
    "داشت و نتیجه آن به اطلاع شهروندان خواهد رسید.\n"
)
PAGE = f"{H}\n\n{D}\n\n{BODY}"
# Three items of a section page, a headline over one short paragraph each (the list shape
# the list rules read; attacks19 and attacks20).
ITEMS = (
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
H2 = "ثبت‌نام دانش‌آموزان پایه اول آغاز شد"
BODY2 = (
    "مدیرکل آموزش و پرورش استان از آغاز ثبت‌نام دانش‌آموزان پایه اول در مدارس دولتی خبر داد "
    "و گفت خانواده‌ها باید مدارک خود را تا پایان هفته آینده به مدارس تحویل دهند.\n"
)
