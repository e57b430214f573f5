"""fix261: a page the fiftieth mutation round found main gets wrong (docs/reliability.md, «The
fiftieth round», (h); benchmarks/mut50_main_pages.py).

Blogfa numbers the pages of its lists with a ``p`` query field wherever the list stands: the
front page's ``/?p=2`` (fix249, real71 #12) and a category's ``/category/1?p=3``
(mapleleaf.blogfa.com, tests/pages 2318). Its posts are ``/post/N`` or ``/post-N.aspx``. So on
a Blogfa host ``p`` is a page number, never a post's ID: ``/archive/?p=5`` and
``/post/?p=318`` name no item. WordPress's ``/?p=N`` on another host keeps its ID.

The page's sentences are written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm
from jalali_meta.testing import url_number

_POST = (
    "باغ انار کنار رودخانه\n\n"
    "امسال درختان انار باغ کنار رودخانه زودتر از سال های پیش به بار نشستند و باغبان ها از "
    "نیمه مهر چیدن میوه را آغاز کردند.\n"
    "پیرمرد باغبان می گوید آب رودخانه در تابستان کم نشد و همین باعث شد انارها درشت تر و "
    "آبدارتر از همیشه برسند.\n"
)


def test_blogfa_page_query_under_a_path_is_no_post_id() -> None:
    for url in (
        "https://anarestan.blogfa.com/archive/?p=5",
        "https://anarestan.blogfa.com/post/?p=318",
        "https://ANARESTAN.BLOGFA.COM/archive/?P=27",
        "https://anarestan.blogfa.com/category/12?p=240",  # none on main too (the shape of 2318)
    ):
        assert url_number(url) is None, url


def test_blogfa_page_query_gives_the_record_no_number() -> None:
    article = jm.parse_article(_POST, url="https://anarestan.blogfa.com/post/?p=318")
    assert article.number is None


def test_blogfa_post_address_with_a_page_query_neg_keeps_the_post_id() -> None:
    assert url_number("https://anarestan.blogfa.com/post/318?p=2") == "318"
    assert url_number("https://anarestan.blogfa.com/post-318.aspx") == "318"
    article = jm.parse_article(_POST, url="https://anarestan.blogfa.com/post/318")
    assert article.number == "318"


def test_other_hosts_p_query_neg_is_a_post_id() -> None:
    # WordPress's post by its ID, at the root or under a path; a host that only contains the
    # platform's name is another site.
    assert url_number("https://anarestan.ir/archive/?p=377") == "377"
    assert url_number("https://anarestan.ir/?p=377746") == "377746"
    assert url_number("https://blogfa.com.anarestan.ir/post/?p=318") == "318"
    article = jm.parse_article(_POST, url="https://anarestan.ir/?p=318")
    assert article.number == "318"
