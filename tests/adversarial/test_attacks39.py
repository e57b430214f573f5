"""The values the thirty-ninth round of attacks found wrong and fixed (docs/reliability.md,
"Attacks, thirty-ninth round").

1. fix96's menu link to every item of a kind («همه مطالب») printed as a lone Markdown link
(«[همه مطالب](https://blog.example.ir/archive)», a Markdown twin's menu entry with no bullet)
was taken as the title with no warning: the rule read the line's words, the brackets and the
address among them. A line that is one Markdown link and nothing else is judged by its label.

2. ``parse_datetime`` refused a date with its twin in the other calendar printed in brackets
(«۵ اردیبهشت ۱۴۰۳ (24 April 2024)»: "unexpected text after the date" at the closing
bracket), while the same line in a page's header gave the day: the grammar's match of the
twin ends before «)». The closing bracket of a twin opened with «(» now ends the date; a
twin that disagrees still raises.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

HEADLINE = "شورای شهر بودجه سال آینده را بررسی کرد"
BODY = (
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده و طرح‌های عمرانی نیمه‌تمام گفت‌وگو شد.\n\n"
    "رئیس شورا در پایان این نشست گفت که بررسی لایحه بودجه تا پایان ماه آینده ادامه خواهد "
    "داشت و نتیجه آن به اطلاع شهروندان خواهد رسید.\n"
)
DATE = "۱۲ اسفند ۱۴۰۲"


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


@pytest.mark.parametrize(
    "link",
    [
        "[همه مطالب](https://blog.example.ir/archive)",
        "[همه اخبار](/news)",
        "[All videos](https://example.com/videos)",
    ],
)
def test_all_of_a_kind_markdown_link_is_no_title(link: str) -> None:
    article = jm.parse_article(f"{link}\n\n{DATE}\n\n{BODY}")
    assert article.title != link
    assert article.title is None or "title-uncertain" in _codes(article)


def test_markdown_link_headline_neg_stays() -> None:
    # A lone link whose label is a headline (a Markdown twin's linked headline) is not a menu's.
    line = f"[{HEADLINE}](https://example.ir/news/5521)"
    article = jm.parse_article(f"{line}\n\n{DATE}\n\n{BODY}")
    assert article.title is not None
    assert HEADLINE in article.title


def test_markdown_link_referendum_neg_stays() -> None:
    # «همه پرسی» (a referendum) names no kind of item, in a link as in plain text.
    plain = jm.parse_article(f"همه پرسی\n\n{DATE}\n\n{BODY}")
    linked = jm.parse_article(f"[همه پرسی](/tag/referendum)\n\n{DATE}\n\n{BODY}")
    assert plain.title == "همه پرسی"
    assert linked.title is not None
    assert "همه پرسی" in linked.title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۵ اردیبهشت ۱۴۰۳ (24 April 2024)", "2024-04-24"),
        ("1403/02/05 (2024/04/24)", "2024-04-24"),
        ("24 April 2024 (۵ اردیبهشت ۱۴۰۳)", "2024-04-24"),
        ("1403/02/05 ساعت 10:20 (2024/04/24)", "2024-04-24T10:20:00+03:30"),
    ],
)
def test_bracketed_twin_is_one_date(text: str, expected: str) -> None:
    assert jm.parse_datetime(text).gregorian.isoformat() == expected


def test_bracketed_twin_agrees_with_the_header() -> None:
    line = "۵ اردیبهشت ۱۴۰۳ (24 April 2024)"
    article = jm.parse_article(f"{HEADLINE}\n{line}\n\n{BODY}")
    assert article.published is not None
    assert article.published.gregorian == jm.parse_datetime(line).gregorian


@pytest.mark.parametrize(
    "text",
    [
        "۵ اردیبهشت ۱۴۰۳ (25 April 2024)",  # the twin disagrees
        "1403/02/05 )",  # a closing bracket with no twin
        "1403/02/05 (ساعت 10)",  # a note, no twin
        "1403/02/05 (2024/04/24) تهران",  # more text after the bracket
    ],
)
def test_bracketed_twin_neg_still_refused(text: str) -> None:
    with pytest.raises(jm.DateError):
        jm.parse_datetime(text)
