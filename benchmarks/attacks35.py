"""Thirty-fifth round of attacks: places not attacked before. Leap-year and Nowruz edges (1403
is leap, 1404 and 1400 are not), Iran's last DST year (1401) against the first without (1402),
mixed digits (Persian, Arabic-Indic, ASCII) in one date, bidi marks, zero-width joiners,
tatweels and control characters inside labels and digits, two- and three-calendar date lines
(«شمسی | قمری | میلادی»), lunar Hijri date lines, HTML pages whose JSON-LD, meta and visible
dates disagree, bytes that are not UTF-8 or are in another encoding than declared, deeply
nested HTML, and the newest rules (value-first label lines, two-part headlines, language
switchers, «مقدمه:», a site's name twice, reading times, Urdu pages' clocks) met with those
marks. A cost section times shapes at n and 2n (flagged over 1 s, or a ratio over 2.6), and
an exception section checks that bad input (strict mode, parse_datetime, parse_html) gives
the library's own error with its line, column and fragment, or the right day.

Each input's record was decided by hand first (docs/reliability.md, "Attacks, thirty-fifth
round"). Run: PYTHONPATH=src:benchmarks python benchmarks/attacks35.py
Prints the cost table, the exception checks, each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong
without one, MISSING: a value left empty, CRASH) and the counts (last line). «-neg» inputs are
near misses where a rule must not fire; «-pos» inputs are shapes where it must. A title ending
«!» must come without a doubt; "WARN" is a title kept and doubted, or none; a tuple is any of
its values. A «published» value with an offset is compared as an instant; a bare day
(«2024-03-02») means that day, with or without a time.

The shapes come from real pages where named; the article sentences are ours.
"""

import datetime as dt
import json
import sys
import time
from functools import partial
from typing import Any

import long_pages
from attack_runner import BODY, D, H, check, collector, run

import jalali_meta as jm

cases, case = collector()


def _stamp(article: jm.Article) -> str | None:
    if article.published is None:
        return None
    value = article.published.gregorian
    if not isinstance(value, dt.datetime):
        return value.isoformat()
    offset = value.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{value:%Y-%m-%dT%H:%M}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def check35(field: str, value: Any, article: jm.Article) -> tuple[bool, Any]:
    """attack_runner's judge; «code» is a warning code the record must carry; a «published»
    value with an offset is compared as an instant, a bare day as the day."""
    if field == "code":
        codes = sorted({warning.code for warning in article.warnings})
        return value in codes, codes
    if field == "published" and isinstance(value, tuple):
        results = [check35(field, one, article) for one in value]
        return any(r for r, _ in results), _stamp(article)
    if field == "published" and isinstance(value, str) and "+" in value:
        got = _stamp(article)
        value_got = article.published.gregorian if article.published else None
        # compared as instants (==  between two zones is False for a time in a repeated hour)
        want = dt.datetime.fromisoformat(value).timestamp()
        return isinstance(value_got, dt.datetime) and value_got.timestamp() == want, got
    if field == "published" and isinstance(value, str) and len(value) == 10:
        got = _stamp(article)
        return got is not None and got[:10] == value, got
    return check(field, value, article)


DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲»


def page(date_line: str, headline: str = H, body: str = BODY) -> str:
    return f"{headline}\n\n{date_line}\n\n{body}"


# -- 1. Leap years and Nowruz (docs/calendar.md; tests/jalali_years.csv) ---------------------
case("leap-1403-esfand-30-pos", "text", page("۳۰ اسفند ۱۴۰۳"), {"published": "2025-03-20"})
case("nonleap-1404-esfand-30-neg", "text", page("۳۰ اسفند ۱۴۰۴"), {"published": None})
case("leap-1399-digits-pos", "text", page("۱۳۹۹/۱۲/۳۰"), {"published": "2021-03-20"})
case("nonleap-1400-digits-neg", "text", page("۱۴۰۰/۱۲/۳۰"), {"published": None})
case(
    "nonleap-labelled-1404-neg",
    "text",
    f"{H}\n\nتاریخ انتشار: ۱۴۰۴/۱۲/۳۰\n\n{BODY}",
    {"published": None, "code": "invalid-date"},
)
case("nowruz-1403-pos", "text", page("۱ فروردین ۱۴۰۳"), {"published": "2024-03-20"})

# -- 2. DST: Iran's last year with it (1401) and the first without (1402) ---------------------
case(
    "no-dst-1402-midnight-pos",
    "text",
    page("۲ فروردین ۱۴۰۲ - ۰۰:۳۰"),
    {"published": "2023-03-22T00:30+03:30"},
)
case(
    "dst-1401-skipped-hour-warned",
    "text",
    page("۲ فروردین ۱۴۰۱ - ۰۰:۳۰"),
    {"published": "2022-03-22", "code": "nonexistent-time"},
)
case(
    "dst-1401-repeated-hour",
    "text",
    page("۳۰ شهریور ۱۴۰۱ ساعت ۲۳:۳۰"),
    {"published": "2022-09-21T23:30+04:30", "code": "repeated-time"},
)
case(
    "no-dst-1402-shahrivar-neg",
    "text",
    page("۳۰ شهریور ۱۴۰۲ ساعت ۲۳:۳۰"),
    {"published": "2023-09-21T23:30+03:30"},
)

# -- 3. Mixed digits, bidi marks, joiners, tatweels, control characters -----------------------
# Editors paste digits from several keyboards (ASCII years beside Persian days are common on
# provincial sites); Word and CMS editors leave RLM/LRM marks around numbers.
case("mixed-digits-ascii-year", "text", page("۱۲ اسفند 1402"), {"published": DAY})
case("arabic-indic-digits", "text", page("١٢ اسفند ١٤٠٢"), {"published": DAY})
case("mixed-digits-inside-year", "text", page("۱4۰2/12/۱۲"), {"published": (DAY, None)})
case("rlm-around-date-line", "text", page("\u200f۱۲ اسفند ۱۴۰۲\u200f"), {"published": DAY})
case(
    "lrm-inside-label",
    "text",
    f"{H}\n\nتاریخ\u200e انتشار: ۱۴۰۲/۱۲/۱۲\n\n{BODY}",
    {"published": DAY},
)
case(
    "zwj-inside-label",
    "text",
    f"{H}\n\nتاریخ\u200d انتشار: ۱۴۰۲/۱۲/۱۲\n\n{BODY}",
    {"published": DAY},
)
case(
    "tatweel-inside-label",
    "text",
    f"{H}\n\nتـاریـخ انتشار: ۱۴۰۲/۱۲/۱۲\n\n{BODY}",
    {"published": DAY},
)
case(
    "zwnj-inside-year",
    "text",
    page("۱۲ اسفند ۱۴\u200c۰۲"),
    {"published": (DAY, None)},
)
case(
    "lrm-before-number",
    "text",
    f"{H}\n\nکد خبر: \u200e۴۸۲۱۹۳\n\n{D}\n\n{BODY}",
    {"number": "482193", "published": DAY},
)
case(
    "nul-and-bell-in-headline",
    "text",
    f"{H}\x00\x07\n\n{D}\n\n{BODY}",
    {"title": H, "published": DAY},
)
case(
    "rlm-ends-headline",
    "text",
    f"\u200f{H}\u200f\n\n{D}\n\n{BODY}",
    {"title": H, "published": DAY},
)
case(
    "bidi-embedding-around-headline",
    "text",
    f"\u202b{H}\u202c\n\n{D}\n\n{BODY}",
    {"title": H, "published": DAY},
)
# A value-first label line (fix78, iransteel.net's news_view) with an RLM after the value, as a
# right-aligned span copied out of its table leaves it.
case(
    "value-first-label-rlm-pos",
    "text",
    f"{H}\n\n۱۴۰۲/۱۲/۱۲\u200f : تاریخ انتشار\n\n{BODY}",
    {"published": DAY},
)
case(
    "value-first-number-lrm-pos",
    "text",
    f"{H}\n\n\u200e482193 : کد خبر\n\n{D}\n\n{BODY}",
    {"number": "482193", "published": DAY},
)

# -- 4. Two- and three-calendar date lines ----------------------------------------------------
# Iranian portals' banners print the day in three calendars (attacks30's group 1; semnan
# sites' «امروز: ...» lines, tests/pages 1320-1334's two-calendar today line).
case(
    "today-two-calendars-over-other-day",
    "text",
    f"امروز: شنبه ۱۲ اسفند ۱۴۰۲ | Saturday 2 March 2024\n\n{H}\n\n۱۰ اسفند ۱۴۰۲\n\n{BODY}",
    {"published": "2024-02-29", "title": H},
)
case(
    "three-calendars-date-line-pos",
    "text",
    page("شنبه ۱۲ اسفند ۱۴۰۲ - ۲۱ شعبان ۱۴۴۵ - 2 March 2024"),
    {"published": DAY},
)
case(
    "two-calendars-mismatch",
    "text",
    page("۱۲ اسفند ۱۴۰۲ (2 April 2024)"),
    {"published": (DAY, None)},
)
case(
    "two-calendars-pipe-shamsi-miladi",
    "text",
    page("۱۲ اسفند ۱۴۰۲ | ۲۰۲۴/۰۳/۰۲"),
    {"published": DAY},
)

# -- 5. Lunar Hijri date lines ------------------------------------------------------------------
HIJRI_DAYS = ("2024-03-01", DAY, "2024-03-03", None)
case("hijri-only-date-line", "text", page("۲۱ شعبان ۱۴۴۵"), {"published": HIJRI_DAYS})
case(
    "hijri-arabic-with-epithet",
    "text",
    page("٢١ شعبان المعظم ١٤٤٥ هـ"),
    {"published": HIJRI_DAYS},
)
case(
    "hijri-over-jalali-line",
    "text",
    f"{H}\n\n۲۱ شعبان ۱۴۴۵\n۱۲ اسفند ۱۴۰۲\n\n{BODY}",
    {"published": DAY},
)

# -- 6. HTML: conflicting machine and visible dates; bytes ---------------------------------------


def html(visible: str = D, head: str = "", headline: str = H, charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html lang="fa"><head><meta charset="{charset}"><title>{headline}'
        f"</title>{head}</head><body><article><h1>{headline}</h1><p>{visible}</p>"
        f"<p>{BODY}</p></article></body></html>"
    )


def ld(published: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": H}
    data["datePublished"] = published
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


case(
    "html-ld-agrees-meta-differs",
    "html",
    html(
        head=ld("2024-03-02T10:00:00+03:30")
        + '<meta property="article:published_time" content="2024-02-20T09:00:00+03:30">'
    ),
    {"published": DAY, "title": H},
)
case(
    "html-ld-one-year-off",
    "html",
    html(head=ld("2023-03-02T10:00:00+03:30")),
    {"published": (DAY, None), "title": H},
)
case(
    "html-ld-gregorian-as-jalali-year",
    "html",
    html(head=ld("1402-12-12T10:00:00+03:30")),
    {"published": (DAY, None), "title": H},
)
case(
    "html-invalid-utf8-bytes",
    "html",
    html().replace("<p>", "<p>\xff", 1).encode("utf-8").replace("\xff".encode(), b"\xff\xfe"),
    {"published": DAY, "title": H},
)
# An older Iranian site's page in windows-1256 (rule 4 of _decode.py: «older Iranian sites»):
# that code page has no Persian yeh or digits, so such pages print the Arabic yeh «ي» and ASCII
# digits.
H_AR = H.replace("ی", "ي")
BODY_AR = BODY.replace("ی", "ي")


def html_ar(charset: str) -> str:
    return html(visible="12 اسفند 1402", headline=H_AR, charset=charset).replace(BODY, BODY_AR)


case(
    "html-windows-1256-declared",
    "html",
    html_ar("windows-1256").encode("cp1256"),
    {"published": DAY, "title": (H, H_AR)},
)
case(
    "html-utf16-bom",
    "html",
    html().encode("utf-16"),
    {"published": DAY, "title": H},
)
case(
    "html-cp1256-declared-utf8",
    "html",
    html_ar("utf-8").encode("cp1256"),
    {"published": (DAY, None), "title": (H, H_AR, None, "WARN")},
)
NEST = 3000
case(
    "html-deeply-nested",
    "html",
    "<html><body>" + "<div>" * NEST + html() + "</div>" * NEST + "</body></html>",
    {"published": DAY, "title": H},
)
case(
    "html-unclosed-nested",
    "html",
    "<html><body>" + "<span><b><i>" * 2000 + f"<h1>{H}</h1><p>{D}</p><p>{BODY}</p>",
    {"published": DAY, "title": H},
)

# -- 7. The newest title rules met with marks --------------------------------------------------
# A language switcher (fix79, real26's `EN | ES`) with bidi marks and Persian names.
case(
    "language-switcher-rlm-pos",
    "text",
    f"\u200fفارسی | English | العربية\u200f\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H, "published": DAY},
)
# A two-part headline «TOPIC: WHAT» (fix79) whose topic is a year in Persian digits.
TWO = "بودجه ۱۴۰۳: شورای شهر لایحه را بررسی کرد"
case("two-part-year-topic-neg", "text", page(D, TWO), {"title": TWO + "!", "published": DAY})
# «مقدمه:» in the body (fix79) with a tatweel.
case(
    "moqaddameh-tatweel-in-body-neg",
    "text",
    f"{H}\n\n{D}\n\nمقـدمه:\n{BODY}",
    {"title": H, "published": DAY},
)
# A site's name twice (fix80) once with an RLM.
SITE = "خبرگزاری شهر نمونه"
case(
    "site-twice-rlm-pos",
    "text",
    f"{SITE}\n\n\u200f{SITE}\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H, "published": DAY},
)
# A reading time (fix81, rsoon.app) in Arabic-Indic digits and English.
case(
    "reading-time-arabic-digits-pos",
    "text",
    f"خانه\nمجله\nتحلیل بازار مسکن\n٥ دقیقه مطالعه\n{BODY}",
    {"title": "تحلیل بازار مسکن"},
)
case(
    "reading-time-english-pos",
    "text",
    f"خانه\nمجله\nتحلیل بازار مسکن\n5 min read\n{BODY}",
    {"title": "تحلیل بازار مسکن"},
)
# An Urdu page's clock (fix83) with Persian digits and with an RLM in the time.
UH = "ملک کے کئی شہروں میں بارش کا نیا سلسلہ شروع ہو گیا"
UL = (
    "محکمہ موسمیات نے بتایا ہے کہ آئندہ تین دنوں میں ملک کے بیشتر حصوں میں بارش ہوگی "
    "اور پہاڑی علاقوں میں برف باری کا امکان ہے، شہری غیر ضروری سفر سے گریز کریں۔\n\n"
    "حکام کے مطابق نشیبی علاقوں سے پانی نکالنے کے لیے عملہ تعینات کر دیا گیا ہے۔\n"
)
case(
    "urdu-persian-digits-time",
    "text",
    f"{UH}\n\n۹ اپریل ۲۰۲۳ ۱۰:۳۰\n\n{UL}",
    {"published": ("2023-04-09", "2023-04-09T10:30+05:00")},
)
case(
    "urdu-time-rlm",
    "text",
    f"{UH}\n\n09 اپریل 2023\u200f 10:30\n\n{UL}",
    {"published": ("2023-04-09", "2023-04-09T10:30+05:00")},
)
# Six short lines of chrome, each a control character (vertical tab, form feed, separators, NEL).
case(
    "control-lines-over-headline",
    "text",
    "\x0b\n\x0c\n\x1c\n\x1d\n\x1e\n\x85\n" + page(D),
    {"title": H, "published": DAY},
)

# -- 8. More marks and calendars: a second batch, decided by hand after the first run of ------
# groups 1-7 and before its own first run (with section 10).
case(
    "nowruz-eve-1401-time",
    "text",
    page("۲۹ اسفند ۱۴۰۱ ساعت ۲۳:۵۹"),
    {"published": "2023-03-20T23:59+03:30"},
)
case("nonleap-1401-esfand-30-neg", "text", page("۳۰ اسفند ۱۴۰۱"), {"published": None})
case(
    "hijri-all-digits-line",
    "text",
    page("۱۴۴۵/۰۸/۲۱"),
    {"published": HIJRI_DAYS},
)
case("gregorian-persian-month-name", "text", page("۲ مارس ۲۰۲۴"), {"published": DAY})
case("dari-month-hut", "text", page("۱۲ حوت ۱۴۰۲"), {"published": DAY})
case(
    "today-two-calendars-alone-neg",
    "text",
    f"امروز: شنبه ۱۲ اسفند ۱۴۰۲ | Saturday 2 March 2024\n\n{SITE}\n\n{H}\n\n{BODY}",
    {"published": None, "title": H},
)
case(
    "value-first-label-ascii-digits",
    "text",
    f"{H}\n\n1402/12/12 : تاریخ انتشار\n\n{BODY}",
    {"published": DAY},
)
case(
    "reading-time-rlm-pos",
    "text",
    f"خانه\nمجله\nتحلیل بازار مسکن\n\u200f۵ دقیقه مطالعه\u200f\n{BODY}",
    {"title": "تحلیل بازار مسکن"},
)
WIKI = (
    "نخستین کتابخانه عمومی شهر در دهه‌ای دور با چند صد جلد کتاب اهدایی مردم گشایش یافت و "
    "در سال‌های بعد به ساختمانی بزرگ‌تر در مرکز شهر رفت.\n\n"
    "امروز چند کتابخانه در محله‌های گوناگون شهر به خوانندگان خدمت می‌دهند.\n"
)
case(
    "wiki-tagline-rlm-pos",
    "text",
    f"اراک\n\n\u200fاز ویکی‌پدیا، دانشنامهٔ آزاد\nپرش به ناوبری پرش به جستجو\n\n{WIKI}",
    {"title": "اراک"},
)
case(
    "number-arabic-indic-digits",
    "text",
    f"{H}\n\nکد خبر: ٤٨٢١٩٣\n\n{D}\n\n{BODY}",
    {"number": "482193", "published": DAY},
)
case(
    "number-zwj-inside-digits",
    "text",
    f"{H}\n\nکد خبر: ۴۸۲\u200d۱۹۳\n\n{D}\n\n{BODY}",
    {"number": ("482193", None), "published": DAY},
)
case(
    "zwj-inside-year",
    "text",
    page("۱۲ اسفند ۱۴\u200d۰۲"),
    {"published": (DAY, None)},
)
case(
    "narrow-nbsp-date-line",
    "text",
    page("۱۲\u202fاسفند\xa0۱۴۰۲"),
    {"published": DAY},
)
case(
    "persian-comma-time",
    "text",
    page("۱۲ اسفند ۱۴۰۲، ساعت ۱۰:۳۰"),
    {"published": "2024-03-02T10:30+03:30"},
)
case(
    "hijri-era-zwj",
    "text",
    page("۲۱ شعبان ۱۴۴۵ ه\u200d.ق"),
    {"published": HIJRI_DAYS},
)

# -- 9. Cost ----------------------------------------------------------------------------------
WORDS = BODY.split()


def long_line(n: int) -> str:
    return f"{H}\n\n{D}\n\n" + " ".join(WORDS[i % len(WORDS)] for i in range(n)) + "\n"


def short_lines(n: int) -> str:
    return f"{H}\n\n{D}\n\n" + "خبر\n" * n


def dates_one_line(n: int) -> str:
    return f"{H}\n\n" + "۱۴۰۲/۱۲/۱۲ " * n + f"\n\n{BODY}"


def labels_one_line(n: int) -> str:
    return f"{H}\n\n" + "تاریخ انتشار: " * n + f"{D}\n\n{BODY}"


def marks(n: int) -> str:
    return f"{H}\n\n{D}\n\n" + "\u200f\u200c\u200d\u0640" * n + f"\n{BODY}"


def nested_html(n: int) -> str:
    return "<html><body>" + "<div>" * n + html() + "</div>" * n + "</body></html>"


def value_first_lines(n: int) -> str:
    return f"{H}\n\n{D}\n\n" + "۱۴۰۲/۱۲/۱۲ : تاریخ انتشار\n" * n + BODY


def two_calendar_lines(n: int) -> str:
    return f"{H}\n\n" + "۱۲ اسفند ۱۴۰۲ | 2 March 2024\n" * n + BODY


def bullets_under_lead_in(n: int) -> str:
    # A bulleted list under a lead-in line ending with a colon (fix240's list rule, which
    # once walked the whole list from each item: quadratic, found at the fortieth session's end).
    # No date line: every line is a title candidate (with a date, only those above it).
    # Each item its own line (a line printed again and again is set aside before this rule).
    items = "".join(f"• مقاله شماره {i % 97} به زبان فارسی نگارش شود\n" for i in range(n))
    return "به نکات زیر توجه کنید:\n" + items


# Issue 15's long-page shapes (speed47-speed49), built by benchmarks/long_pages.py with this
# file's headline: a headline and no date line, so every line is a title candidate and the
# title's rules walk all of them, each more than once; past EAGER_LINES each walk once made
# the line's classifier verdict again. short lines; `©` lines; a name printed twice, then a
# `©` line; labels between `***`; a last-edited stamp «آخرین ویرایش DATE» and a line of text
# (every stamp a distinct verdict, so past the verdict table's 1,024 the classifier runs again
# on each walk that reaches it); Blogfa posts signed «+ نوشته شده در DATE ساعت HH:MM توسط
# NAME»; a table under a glued header row whose numbered rows hold year-shaped numbers past
# row 999 (speed49).
short_lines_no_date = partial(long_pages.short_lines, head=H)
copyright_lines = partial(long_pages.copyright_lines, head=H)
name_twice_then_copyright = partial(long_pages.name_twice, head=H)
labels_between_stars = partial(long_pages.labels_stars, head=H)
edit_stamps = partial(long_pages.edit_lines, head=H)
blogfa_signatures = partial(long_pages.blogfa_posts, head=H)
table_rows = partial(long_pages.table_rows, head=H)


COST = [
    # sizes where one parse takes about 0.05 s or more (smaller times are noise on a shared
    # machine); the last two cross EAGER_LINES (4,096 lines: past it a line's verdict is
    # made again by each rule that reads it, docs/performance.md) and are the round's finding.
    ("long-line", "text", long_line, 160_000),
    ("short-lines", "text", short_lines, 10_000),
    ("dates-one-line", "text", dates_one_line, 64_000),
    ("labels-one-line", "text", labels_one_line, 64_000),
    ("marks", "text", marks, 40_000),
    ("nested-html", "html", nested_html, 4_000),
    ("value-first-lines", "text", value_first_lines, 2_000),
    ("two-calendar-lines", "text", two_calendar_lines, 1_000),
    ("bullets-under-lead-in", "text", bullets_under_lead_in, 2_000),
    ("value-first-lines-long", "text", value_first_lines, 8_000),
    ("two-calendar-lines-long", "text", two_calendar_lines, 8_000),
    ("short-lines-no-date-long", "text", short_lines_no_date, 4_000),
    ("copyright-lines-long", "text", copyright_lines, 4_000),
    ("name-twice-copyright-long", "text", name_twice_then_copyright, 4_000),
    ("labels-between-stars-long", "text", labels_between_stars, 4_000),
    ("edit-stamps-long", "text", edit_stamps, 4_000),
    ("blogfa-signatures-long", "text", blogfa_signatures, 4_000),
    ("table-rows-long", "text", table_rows, 4_000),
]


def cost() -> list[str]:
    """Time each shape at n and 2n (best of two); flag over 1 s or a ratio over 2.6."""
    flagged = []
    for name, kind, make, n in COST:
        times = []
        for size in (n, 2 * n):
            doc = make(size)
            best = float("inf")
            for _ in range(2):
                start = time.perf_counter()
                try:
                    if kind == "html":
                        jm.parse_html(doc)
                    else:
                        jm.parse_article(doc)
                except jm.JalaliMetaError:
                    pass
                best = min(best, time.perf_counter() - start)
            times.append(best)
        ratio = times[1] / max(times[0], 1e-6)
        flag = "SLOW" if times[1] > 1 or ratio > 2.6 else "ok"
        if flag != "ok":
            flagged.append(name)
        print(f"cost {flag:4} {name:20} n={n} {times[0]:.3f}s 2n={times[1]:.3f}s x{ratio:.2f}")
    return flagged


# -- 10. Bad input: the library's own exception, with its place -----------------------------
LABELLED_BAD = "تاریخ انتشار: ۱۴۰۴/۱۲/۳۰"
EXCEPTIONS: list[tuple[str, Any, Any]] = [
    # (name, call, expected: a Gregorian day string, or (error class, line, column, fragment))
    (
        "strict-invalid-leap-day",
        lambda: jm.parse_article(f"{H}\n\n{LABELLED_BAD}\n\n{BODY}", strict=True),
        (jm.DateError, 3, 15, "۱۴۰۴/۱۲/۳۰"),
    ),
    (
        "strict-invalid-leap-day-crlf",
        lambda: jm.parse_article(
            f"{H}\n\n{LABELLED_BAD}\n\n{BODY}".replace("\n", "\r\n"), strict=True
        ),
        (jm.DateError, 3, 15, "۱۴۰۴/۱۲/۳۰"),
    ),
    (
        "strict-invalid-leap-day-rlm",
        lambda: jm.parse_article(f"{H}\n\n\u200f{LABELLED_BAD}\n\n{BODY}", strict=True),
        (jm.DateError, 3, 16, "۱۴۰۴/۱۲/۳۰"),
    ),
    (
        "strict-invalid-leap-day-bom",
        lambda: jm.parse_article(f"\ufeff{H}\n\n{LABELLED_BAD}\n\n{BODY}", strict=True),
        (jm.DateError, 3, 15, "۱۴۰۴/۱۲/۳۰"),
    ),
    ("datetime-rlm", lambda: jm.parse_datetime("\u200f۱۴۰۲/۱۲/۱۲\u200f"), DAY),
    ("datetime-mixed-digits", lambda: jm.parse_datetime("۱۲ اسفند 1402"), DAY),
    (
        "datetime-invalid-leap-day",
        lambda: jm.parse_datetime("۳۰ اسفند ۱۴۰۴"),
        (jm.DateError, 1, 1, "۳۰ اسفند ۱۴۰۴"),
    ),
    ("datetime-nul", lambda: jm.parse_datetime("۱۴۰۲/۱۲/۱۲\x00"), (DAY, jm.DateError)),
    ("datetime-bidi-embedding", lambda: jm.parse_datetime("\u202b۱۴۰۲/۱۲/۱۲\u202c"), DAY),
    ("datetime-lone-surrogate", lambda: jm.parse_datetime("۱۴۰۲/۱۲/۱۲\ud800"), (DAY, jm.DateError)),
    (
        "html-strict-bad-bytes",
        lambda: jm.parse_html(html().encode().replace(b"<p>", b"<p>\xff", 1), strict=True),
        (jm.ConflictError, 1, 1, ""),
    ),
]


def exceptions() -> dict[str, int]:
    """Run each bad-input call: the day it must give, or the library's error with its place."""
    stats = {"right": 0, "wrong": 0, "crash": 0}
    for name, call, expected in EXCEPTIONS:
        try:
            value = call()
        except jm.JalaliMetaError as err:
            got: Any = (
                type(err).__name__,
                getattr(err, "line", None),
                getattr(err, "column", None),
            )
            got = (*got, getattr(err, "fragment", None))
            if isinstance(expected, tuple) and len(expected) == 4:
                right = isinstance(err, expected[0]) and got[1:] == expected[1:]
            else:
                right = isinstance(expected, tuple) and any(
                    isinstance(one, type) and isinstance(err, one) for one in expected
                )
        except Exception as err:  # another type: the finding
            stats["crash"] += 1
            print("exc CRASH", name, type(err).__name__, err)
            continue
        else:
            got = str(value.gregorian)[:10]  # a Timestamp
            wanted = expected if isinstance(expected, tuple) else (expected,)
            right = got in wanted
        stats["right" if right else "wrong"] += 1
        print("exc", "ok   " if right else "WRONG", name, got)
    print("exceptions", len(EXCEPTIONS), stats)
    return stats


if __name__ == "__main__":
    if "--no-cost" not in sys.argv:
        cost()
    exceptions()
    run(cases, check35, ("title", "published", "number", "zone", "twin", "invalid", "time"))
