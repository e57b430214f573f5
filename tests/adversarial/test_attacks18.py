"""Eighteenth round of attacks: the afternoon's rules (fix31, fix33, fix34; docs/reliability.md,
"Attacks, eighteenth round").

Four values were silently wrong: a year after a collection's key in one segment
(«/archive/news=2024») taken as the ID; an exam's day («تاریخ آزمون:») and a last deadline
(«آخرین مهلت ثبت‌نام:») taken as published; an event's «ساعت:» line, under its own date and
over the labelled publication date, taken as the publication's time; a blog's name printed
first, as <title> and again in the sidebar, taken as the title with no doubt. Each test
has its near miss. The sentences are our own.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes as _codes

import jalali_meta as jm
from jalali_meta.testing import url_number

HEADLINE = "شورای شهر بودجه سال آینده را بررسی کرد"
DATE = "۱۲ اسفند ۱۴۰۲"
BODY = (
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده و طرح‌های عمرانی نیمه‌تمام گفت‌وگو شد.\n\n"
    "رئیس شورا در پایان این نشست گفت که بررسی لایحه بودجه تا پایان ماه آینده ادامه خواهد "
    "داشت و نتیجه آن به اطلاع شهروندان خواهد رسید.\n"
)
PAGE = f"{HEADLINE}\n\n{DATE}\n\n{BODY}"


# 1. «key=YEAR» with a collection's key: a year archive's address as often as an item's.


@pytest.mark.parametrize(
    "url", ["https://www.example.ir/archive/news=2024", "https://www.example.ir/news-1400"]
)
def test_collection_key_and_year_is_warned(url: str) -> None:
    article = jm.parse_article(PAGE, url=url)
    assert "number-year-like" in _codes(article)


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("https://www.example.ir/1403-06-14/news=1509455", "1509455"),
        ("https://www.example.ir/archive/news=1209", "1209"),
    ],
)
def test_collection_key_and_item_id_is_not_warned(url: str, number: str) -> None:
    article = jm.parse_article(PAGE, url=url)
    assert article.number == number == url_number(url)
    assert "number-year-like" not in _codes(article)


# 2. An exam's, a contest's day and a last deadline are never the page's publication.


@pytest.mark.parametrize(
    "label",
    ["تاریخ آزمون:", "زمان امتحان:", "تاریخ مسابقه:", "آخرین مهلت ثبت‌نام:", "آخرین مهلت:"],
)
def test_exam_day_and_last_deadline_are_not_published(label: str) -> None:
    article = jm.parse_article(f"{HEADLINE}\n\n{label} ۲۰ اسفند ۱۴۰۲\n\n{BODY}")
    assert article.published is None


@pytest.mark.parametrize("label", ["تاریخ انتشار:", "زمان انتشار:", "تاریخ ثبت:"])
def test_publication_labels_are_published(label: str) -> None:
    article = jm.parse_article(f"{HEADLINE}\n\n{label} ۲۰ اسفند ۱۴۰۲\n\n{BODY}")
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2024-03-10"


def test_headline_naming_the_exam_keeps_its_date() -> None:
    headline = "تاریخ آزمون کارشناسی ارشد اعلام شد"
    article = jm.parse_article(f"{headline}\n\n{DATE}\n\n{BODY}")
    assert article.title == headline
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2024-03-02"


# 3. A «ساعت:» line under an event's date is the event's hour.


def test_event_hour_is_not_the_publication_time() -> None:
    text = f"{HEADLINE}\n\nزمان برگزاری: ۲۰ اسفند ۱۴۰۲\nساعت: ۱۸:۰۰\nتاریخ انتشار: {DATE}\n\n{BODY}"
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2024-03-02"
    assert not article.published.has_time


@pytest.mark.parametrize("above", ["", "کد خبر: ۴۵۶۷۸۹\n"])
def test_time_line_over_the_publication_date_gives_its_time(above: str) -> None:
    article = jm.parse_article(f"{HEADLINE}\n\n{above}ساعت: ۱۰:۳۰\nتاریخ انتشار: {DATE}\n\n{BODY}")
    assert article.published is not None
    assert article.published.gregorian.strftime("%Y-%m-%d %H:%M") == "2024-03-02 10:30"


# 4. A blog's name: printed first, as <title>, and again under the post in the sidebar.

_PARAS = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
_BLOG = "وبلاگ یادداشت‌های یک معلم"


def _page(title: str, top: str, sidebar: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><div>{top}</div><h2>{HEADLINE}</h2>"
        f"<p>{DATE}</p>{_PARAS}<aside>{sidebar}</aside></body></html>"
    )


def test_blog_name_first_and_in_the_sidebar_is_doubted() -> None:
    article = jm.parse_html(
        _page(_BLOG, _BLOG, f"<h3>درباره</h3><p>{_BLOG}</p>"), url="https://blog.example.ir/p/1"
    )
    assert article.title is None or "title-uncertain" in _codes(article)


def test_headline_in_the_most_viewed_box_is_not_doubted() -> None:
    sidebar = f"<h3>پربازدیدترین‌ها</h3><ul><li><a href='/p/1'>{HEADLINE}</a></li></ul>"
    article = jm.parse_html(
        _page(HEADLINE, "وبلاگ نمونه", sidebar), url="https://blog.example.ir/p/1"
    )
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_blog_name_first_not_repeated_is_not_doubted_by_this_rule() -> None:
    article = jm.parse_html(
        _page(_BLOG, _BLOG, "<h3>درباره</h3>"), url="https://blog.example.ir/p/1"
    )
    warned = [w.message for w in article.warnings if w.code == "title-uncertain"]
    assert not any("printed again under the running text" in m for m in warned)
