"""The silent values the thirty-first round of attacks found and fixed (docs/reliability.md,
"Attacks, thirty-first round"), one in fix75's rules and one in fix77's:

- an international site's Tajik edition is named by its host's first label
  (tj.usembassy.gov); on a blog platform the first label is the blog's name, chosen by its
  owner (NAME.blogfa.com, NAME.mihanblog.com), so an Iranian blog called «tj» came out on
  Dushanbe's clock, an hour and a half off, silently.
- an item key as a path segment gives the value after it (DNN's «/articleId/2290/»); a value
  of zeros («/newsid/0/», an empty item) came out as the number «0».

The sentences are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm
from jalali_meta.testing import url_number

PAGE = (
    "شورای شهر بودجه سال آینده را بررسی کرد\n\n"
    "۱۲ اسفند ۱۴۰۲ - ۱۰:۳۰\n\n"
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده و طرح‌های عمرانی نیمه‌تمام گفت‌وگو شد.\n"
)


@pytest.mark.parametrize(
    "host", ["tj.blogfa.com", "tj.blogsky.com", "tj.mihanblog.com", "tj.blogspot.com"]
)
def test_a_blog_named_tj_keeps_tehran_clock(host: str) -> None:
    article = jm.parse_article(PAGE, url=f"http://{host}/post/120")
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-02T10:30:00+03:30"


def test_a_tajik_edition_still_keeps_dushanbe_clock() -> None:
    article = jm.parse_article(PAGE, url="https://tj.usembassy.gov/tg/statement/")
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-02T10:30:00+05:00"


@pytest.mark.parametrize("value", ["0", "000"])
def test_an_item_key_with_zeros_gives_no_number(value: str) -> None:
    url = f"https://x.example.ir/news/newsid/{value}/"
    assert url_number(url) is None
    assert jm.parse_article(PAGE, url=url).number is None


def test_an_item_key_with_a_number_still_gives_it() -> None:
    assert url_number("https://x.example.ir/news/newsid/1020/") == "1020"
