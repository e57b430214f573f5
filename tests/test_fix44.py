"""Item IDs in address shapes read since fix44 (real16, real17), and their near misses.

Each shape comes from a CMS's own address scheme (Moodle's forum discussion, Forumotion's
topic, K2's item, WordPress's numeric permalink, DataLife Engine's address without its
category) or from a number that the page never prints; the near misses are the lists,
years and counts that look alike.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm
from jalali_meta.testing import url_number

TEXT = "آیین‌نامه تازه برای دانشجویان منتشر شد\n\nمتن این خبر کوتاه است و شناسه‌ای چاپ نمی‌کند.\n"


def codes(article: jm.Article) -> list[str]:
    return [w.code for w in article.warnings]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # Moodle: the discussion's «d», not the post «parent» shown within it.
        ("https://lms.example.ac.ir/mod/forum/discuss.php?d=12546&parent=21023", "12546"),
        ("https://x.ac.ir/moodle/mod/forum/discuss.php?d=88", "88"),
        ("https://x.ir/discuss.php?d=88", None),  # no Moodle forum's path
        ("https://x.ac.ir/mod/forum/discuss.php?parent=21023", None),  # a post, no discussion
        # Forumotion: a topic at the root, its later page too; a forum's list is «f».
        ("https://themar.example.net/t9404-topic", "9404"),
        ("https://x.example.net/t28178p15-topic", "28178"),
        ("https://x.example.net/f12-forum-name", None),
        ("https://x.example.net/section/t9404-topic", None),
        # K2: the item's ID before an alias that opens with its own number.
        ("https://x.ir/a/b/item/757-30-هزار-متر-مربع-آسفالت.html", "757"),
        ("https://x.ir/a/b/itemlist/757-30-هزار-متر", None),
        # An ID, then the item's type word: «/5059-article/».
        ("https://x.com/5059-article/law-article/وزارت-دادگستری/", "5059"),
        ("https://x.com/2019-news/slug/", None),  # a year
        ("https://x.com/5059-widgets/slug/", None),  # no item's word
        # The item's number before a view of it ending the path.
        ("https://x.com/rules/detail/آئین-نامه-کار/46/view/", "46"),
        ("https://x.com/tags/46/view", None),
        ("https://x.com/2021/01/26/view", None),  # a day's path
        ("https://x.com/reports/2019/view", None),  # a year
        # «show» and «song» name one item.
        ("http://x.ir/html/index.php/blog/show/2605.html", "2605"),
        ("https://x.ir/song/2473", "2473"),
        ("https://x.ir/info/2473", None),  # a plain word: a section's number as often
        # Joomla's «/<menu>/<id>-<alias>» with a four-digit ID.
        ("https://x.ir/akhbar/management/7276-مهلت-قانونی", "7276"),
        ("https://x.ir/folder/145-slug", None),  # short: a category's as often
        ("https://x.ir/news/1400-slug", None),  # a year
        ("https://x.ir/diet/1500-calorie-menu", None),  # a round count
        # DataLife Engine's news without its category, at the root.
        ("http://x.com/149-mehman-nvaze-khvb-shhrdare.html", "149"),
        ("http://x.com/10-best-places-to-visit.html", None),  # a listicle's count
        ("http://x.com/149-mehman-nvaze-khvb-shhrdare", None),  # no extension
    ],
)
def test_item_id_shapes(url: str, expected: str | None) -> None:
    assert url_number(url) == expected


def test_wordpress_numeric_permalink_with_a_year_before_the_web() -> None:
    """«/archives/1347» is WordPress's «/archives/%post_id%» (that structure files a year's
    posts under «/archives/date/YYYY»): the post, kept warned as year-like; a year of the
    web's stays a year's archive, a list."""
    post = jm.parse_article(TEXT, url="http://x.us/archives/1347")
    assert (post.number, codes(post)) == ("1347", ["number-year-like"])
    year = jm.parse_article(TEXT, url="http://x.us/archives/1399")
    assert (year.number, "listing-page" in codes(year)) == (None, True)
    month = jm.parse_article(TEXT, url="http://x.us/archives/1347/05")
    assert (month.number, "listing-page" in codes(month)) == (None, True)


@pytest.mark.parametrize(
    "url",
    [
        "https://blog.x.ir/post/آغاز-اعزام-زائران-حج-از-6414",
        "https://x.org/terremotos-5940",
        "https://blog.x.ir/post/4-اقامتگاه-بوم-گردی-در-خراسان-8985",
    ],
)
def test_a_number_closing_the_slug_the_page_never_prints_is_the_id(url: str) -> None:
    article = jm.parse_article(TEXT, url=url)
    assert (article.number, article.evidence.get("number")) == (url[-4:], "url")


def test_a_number_closing_the_slug_the_page_prints_is_a_word_of_it() -> None:
    """A model's or a count's number in the slug is printed in the text: no ID."""
    text = "استاندارد ایزو 9001 در کارخانه اجرا شد\n\nمتن خبر درباره استاندارد است.\n"
    article = jm.parse_article(text, url="https://x.ir/post/استاندارد-ایزو-9001")
    assert article.number is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.ir/post/slug-words-6414", "6414"),
        ("https://x.ir/slug-words-6414", None),  # a Latin phrase's own number as often
        ("https://x.ir/نشست-خبری-استاندار-6414", "6414"),
        ("https://x.ir/report-2023", None),  # a year
        ("https://x.ir/covid-19", None),  # two digits
        ("https://x.ir/tag-1234", None),  # a list's word
        ("https://x.ir/tags/name-1234", None),  # under a list
        ("https://x.ir/post/slug-12-1234", None),  # a number run: a date's, a size's
        ("https://x.ir/post/slug-0123", None),  # a leading zero
        ("https://x.ir/news/98765/slug-1234", "98765"),  # the address's own ID wins
        ("https://x.ir/1399/02/03/اخبار-ویژه-روزنامه-ها-322/", None),  # a roundup's issue
        # BlogSky's «post-577» under a day's path: the post's number (fix184), read by the
        # address rule, not this one.
        ("https://x.blogsky.com/1394/08/21/post-577", "577"),
    ],
)
def test_tail_number_shape(url: str, expected: str | None) -> None:
    """The closing number's shape, on a page that prints no number at all."""
    assert jm.parse_article(TEXT, url=url).number == expected
