"""fix184: one reading of a blog post's number in its address (the lead's decision).

A blog host gives its post's number in the address in several shapes: persianblog's,
mihanblog's and Blogfa's «/post/NN» (read before), Blogfa's «/post-NN.aspx», BlogSky's
«/YYYY/MM/DD/post-NN[/]», its «/YYYY/MM/DD/post-NN/<slug>» and its print view
«/print/post-NN». The number is the post's ID within its blog, what a user keys an archive
on: every shape is read now (``_sources._blog_post_number``), and the goldens that said
null (tests/pages 132, 231, 359, 705, 1144, 1145, 1410, 1868, 1891) are relabelled.

Near misses stay unread: a list's page («/page/17», «/1389/05/page/7»), a month's archive
(«/1389/05/»), a slug opening with «post-» and a number («/post-2023-review/»,
«/post-10-ways-…»), another word glued to «post» («/postcategory-3/», «/my-post-45»), a
leading zero, «post-NN» under a list's segment («/tag/post-3») or followed by anything but
a slug («/post-45/2»).

The positives fail on main bfc99d6c (no number); the ``-neg`` near misses pass on both. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.checks import stable_id

import jalali_meta as jm
from jalali_meta.testing import url_number

_POST = (
    "دفتر سفرهای من\n\n"
    "سفر به روستای ماسوله در پاییز\n\n"
    "دیروز با دوستانم به ماسوله رفتیم و از کوچه های پلکانی آن گذشتیم. هوا سرد بود و "
    "مه روی بام خانه ها نشسته بود و بوی نان تازه از نانوایی پایین ده می آمد.\n\n"
    "نظرات + ارسال نظر\n"
)
_SLUG = "سفر-به-روستای-ماسوله-در-پاییز"
_SHAPES = [
    ("http://safar.blogfa.com/post-45.aspx", "45"),  # Blogfa's post
    ("http://safar.blogfa.com/post-1402.aspx", "1402"),  # its 1402nd post, no year
    ("https://safar.blogsky.com/1394/12/14/post-9039", "9039"),  # BlogSky, dated
    ("http://safar.blogsky.com/1390/02/12/post-446/", "446"),  # a trailing slash
    (f"http://safar.blogsky.com/1392/10/04/post-143/{_SLUG}", "143"),  # then its slug
    ("http://safar.blogsky.com/print/post-4", "4"),  # BlogSky's print view
]


@pytest.mark.parametrize(("url", "number"), _SHAPES, ids=[stable_id(url) for url, _ in _SHAPES])
def test_blog_post_number_in_the_address_is_the_number(url: str, number: str) -> None:
    article = jm.parse_article(_POST, url=url)
    assert article.number == number
    assert "number-year-like" not in {w.code for w in article.warnings}
    assert url_number(url) == number


def test_blog_post_number_is_missing_without_the_address() -> None:
    assert jm.parse_article(_POST).number is None


def test_blog_post_number_from_the_html_page_own_address() -> None:
    html = (
        '<html><head><meta property="og:url" '
        'content="https://safar.blogsky.com/1390/02/12/post-446/"></head><body>'
        "<h1>دفتر سفرهای من</h1><h2>سفر به روستای ماسوله در پاییز</h2>"
        "<p>دیروز با دوستانم به ماسوله رفتیم و از کوچه های پلکانی آن گذشتیم. هوا سرد بود "
        "و مه روی بام خانه ها نشسته بود.</p></body></html>"
    )
    assert jm.parse_html(html).number == "446"


@pytest.mark.parametrize(
    "url",
    [
        "https://safar.blogsky.com/page/17",  # the blog's home, its 17th page
        "https://safar.blogsky.com/1389/05/page/7",  # a month's archive, its 7th page
        "https://safar.blogsky.com/1389/05/",  # a month's archive
        "https://safar.example.ir/post-2023-review/",  # a slug opening with a year
        "https://safar.example.ir/post-10-ways-to-pack-light/",  # a listicle's count
        "https://safar.example.ir/postcategory-3/",  # another word glued to «post»
        "https://safar.example.ir/my-post-45",  # «post-45» inside a slug
        "http://safar.blogfa.com/post-045.aspx",  # a leading zero
        "https://safar.example.ir/tag/post-3",  # under a list's segment
        "https://safar.example.ir/post-45/2",  # not the last segment, no slug after it
    ],
)
def test_blog_post_number_near_misses_neg(url: str) -> None:
    assert jm.parse_article(_POST, url=url).number is None
    assert url_number(url) is None


def test_post_path_number_already_read_neg() -> None:
    """«/post/NN» (persianblog, mihanblog, Blogfa's newer address) was read before: same."""
    assert jm.parse_article(_POST, url="http://safar.mihanblog.com/post/188").number == "188"
