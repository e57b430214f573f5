"""fix159: the fifty-fifth attack round's finding (docs/reliability.md «Attacks, fifty-fifth
round», benchmarks/attacks55.py): a WordPress post at its dated permalink with a year and a
month only, «/YYYY/MM/SLUG/», and «?paged=2» (its comments' second page) is the post, not a
list; a month archive «/YYYY/MM/?paged=2» and «/YYYY/MM/page/2/» stay lists.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

_HEAD = "کتابخانه عمومی محله با هزار جلد کتاب تازه بازگشایی شد"
_BODY = (
    "کتابخانه عمومی محله پس از شش ماه بازسازی با هزار جلد کتاب تازه و سالن مطالعه بزرگ‌تر "
    "دیروز بازگشایی شد و از این هفته تا ساعت ده شب باز است.\n\n"
    "مسئول کتابخانه گفت عضویت برای دانش‌آموزان محله رایگان است.\n"
)
_TEXT = f"{_HEAD}\n۱۴ دی ۱۴۰۲\n\n{_BODY}"  # 14 Dey 1402 = 2024-01-04
_SITE = "https://ketab.example.ir"


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


@pytest.mark.parametrize(
    "path",
    [
        "/1402/10/ketabkhaneh-mahalleh-bazgoshaei-shod/?paged=2",
        "/1402/10/ketabkhaneh-mahalleh-bazgoshaei-shod?paged=3",
        "/2024/01/library-reopens-with-new-books/?paged=2",
        "/fa/1402/10/ketabkhaneh-mahalleh-bazgoshaei-shod/?paged=2",
    ],
)
def test_year_month_slug_paged_is_the_post(path: str) -> None:
    article = jm.parse_article(_TEXT, url=_SITE + path)
    assert article.title == _HEAD
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2024-01-04"
    assert "listing-page" not in _codes(article)


@pytest.mark.parametrize(
    "path",
    [
        "/1402/10/?paged=2",
        "/1402/10/page/2/",
        "/2024/01/?paged=2",
        "/1402/10/14/?paged=2",
        "/1402/10/page/?paged=2",
        "/category/ketab/?paged=2",
        "/fa/news/farhangi/?paged=2",  # a section's path: no year and month before the name
    ],
)
def test_month_and_day_archives_paged_stay_lists_neg(path: str) -> None:
    article = jm.parse_article(_TEXT, url=_SITE + path)
    assert article.title is None
    assert "listing-page" in _codes(article)
