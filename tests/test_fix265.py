"""fix265: blind92's leftovers (tests/pages 2410-2426). The lead's decision of the 43rd
session: WordPress's «/%year%/%monthnum%/%day%/%post_id%/» from the site's root (or after
«/index.php/») gives the post's day as the day-and-name permalink does (nedayekhosh.ir,
2410/2411); a static page's foot «تاریخ آخرین بروزرسانی : DATE» is its last update, not its
publication (kazeroon.sums.ac.ir, 2415/2416). Sentences are ours."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

from jalali_meta import parse_article

HEADLINE = "گشایش کتابخانه عمومی تازه در مرکز شهرستان"
BODY = (
    "به گزارش خبرنگار ما، کتابخانه عمومی تازه با هزاران جلد کتاب و یک تالار مطالعه برای "
    "دانش‌آموزان در خیابان اصلی شهر گشایش یافت و تا پایان هفته رایگان است.\n\n"
    "رئیس اداره کتابخانه‌ها گفت: این کتابخانه هر روز از صبح تا شب باز خواهد بود و "
    "برنامه‌های کتابخوانی برای کودکان نیز در آن برگزار می‌شود."
)
PAGE = f"{HEADLINE}\n\n{BODY}\n"


def _day(url: str, text: str = PAGE) -> str | None:
    article = parse_article(text, url=url)
    return None if article.published is None else article.published.gregorian.isoformat()[:10]


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.ir/2020/06/17/12345/",
        "https://news.example.ir/2020/06/17/12345",
        "https://news.example.ir/index.php/2020/06/17/12345/",
        "https://news.example.ir/2020/06/17/58/",
    ],
)
def test_day_before_a_post_id_from_the_root_is_the_posts(url: str) -> None:
    # Decided in the 43rd session: WordPress builds the path from the post's date whatever
    # the last segment is, so the day before an ID alone is the post's, warned.
    article = parse_article(PAGE, url=url)
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2020-06-17"
    assert "published-from-url" in warning_codes(article)


def test_a_printed_full_date_wins_over_the_address_day() -> None:
    text = f"{HEADLINE}\n۱۸ خرداد ۱۴۰۰\n\n{BODY}\n"
    assert _day("https://news.example.ir/2021/06/10/12345/", text) == "2021-06-08"


@pytest.mark.parametrize(
    "url",
    [
        # under other folders: no WordPress permalink (aftabir's «/news/article/view/...»)
        "https://news.example.ir/news/view/2020/06/17/12345/",
        "https://news.example.ir/fa/2020/06/17/12345/",
        # a day no calendar has
        "https://news.example.ir/2021/02/30/12345/",
        # two digits that may be an hour's folder, one digit, a leading zero
        "https://news.example.ir/2020/06/17/12/",
        "https://news.example.ir/2020/06/17/5/",
        "https://news.example.ir/2020/06/17/0123/",
        # a year-like number after the day
        "https://news.example.ir/2020/06/17/2020/",
    ],
)
def test_address_day_near_misses(url: str) -> None:
    assert _day(url) is None


def test_a_printed_month_that_disagrees_gives_no_day() -> None:
    text = f"{HEADLINE}\n\nژوئیه 2020\n\n{BODY}\n"
    assert _day("https://news.example.ir/2020/06/17/12345/", text) is None


STATIC = (
    "خدمات واحد بهداشت محیط در مراکز درمانی\n"
    "کارشناسان این واحد هر ماه از مراکز تهیه و توزیع مواد غذایی بازدید می کنند و نمونه آب "
    "آشامیدنی روستاها را برای آزمایش به آزمایشگاه می فرستند .\n"
    "آموزش بهداشت به فروشندگان و بازدید از مدارس نیز از کارهای همیشگی این واحد است.\n"
    "{foot}\n"
)


@pytest.mark.parametrize(
    "foot",
    [
        "تاریخ آخرین بروزرسانی   :  1396-3-7 11:52        برو بالای صفحه نسخه قابل چاپ",
        "تاریخ آخرین به\u200cروزرسانی: 1396-3-7 11:52",
        "تاریخ آخرین بروز رسانی : 1396-3-7 11:52 نسخه قابل چاپ",
    ],
)
def test_last_update_date_label_is_the_update_not_the_publication(foot: str) -> None:
    article = parse_article(STATIC.format(foot=foot))
    assert article.published is None
    assert article.updated is not None
    assert article.updated.gregorian.isoformat()[:16] == "2017-05-28T11:52"


def test_date_label_alone_is_still_the_publication() -> None:
    # near miss: «تاریخ» with no update words stays a publication label
    article = parse_article(STATIC.format(foot="تاریخ : 1396-3-7 11:52"))
    assert article.updated is None
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2017-05-28"
