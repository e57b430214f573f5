"""fix244: the pages main got wrong in mut48 (docs/reliability.md «The forty-eighth round:
fix235-fix238 under mutation», benchmarks/mut48_main_pages.py).

- A blog's name linking home (html2text's ``# [BLOG](home)``) is never the post's title: over
  a post heading that links another page, or a bare path with no address to tell, the
  record has no title and says so (title-uncertain), as the HTML page's has; a bare path
  read against the page's own address is the post's title.
- Two posts of a Blogfa archive signed the same minute, each under its own headline, are
  two posts: a list (no title, no published day), not one footer printed twice.
- A footer's today stamp ending a post filed under a Jalali date path: beside the site's
  copyright notice, or without its weekday a year or more after the path, it is the day the
  page was served; a Gregorian page day far from the path's warns url-date-mismatch.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- Blogfa's post page as html2text's Markdown (kbtabriz.blogfa.com, tests/pages 2267) -------
_BLOG_URL = "https://golshan.blogfa.com/post/57"


def _blog(link: str) -> str:
    return (
        "# [گلشن اندیشه](https://golshan.blogfa.com/)\n\n"
        f"## [باران پاییزی]({link})\n\n"
        "ابری آمد و بر دشت ما بارید  \nسبزه از خواب زمستان خندید  \n"
        "کوچه ها بوی خاک تازه گرفتند  \nدل ما هم ز غم ها رهید\n\n"
        "+ نوشته شده در یکشنبه دوازدهم آبان ۱۳۹۲ ساعت 18:40 توسط [گلشن](https://golshan.blogfa.com/)\n"
    )


def test_markdown_blog_name_over_another_posts_heading_is_no_title() -> None:
    article = jm.parse_article(_blog("https://golshan.blogfa.com/post/31"), url=_BLOG_URL)
    assert article.title is None
    assert "title-uncertain" in _codes(article)


def test_markdown_blog_name_over_a_bare_path_without_address_is_no_title() -> None:
    article = jm.parse_article(_blog("/post/57"))
    assert article.title != "گلشن اندیشه"
    assert "title-uncertain" in _codes(article)


def test_markdown_bare_path_heading_linking_the_page_is_the_title() -> None:
    article = jm.parse_article(_blog("/post/57"), url=_BLOG_URL)
    assert article.title == "باران پاییزی"


def test_markdown_post_heading_linking_the_page_keeps_its_title_neg() -> None:
    """Near miss: the heading links the page's own address: the post's title, undoubted."""
    article = jm.parse_article(_blog(_BLOG_URL), url=_BLOG_URL)
    assert article.title == "باران پاییزی"
    assert "title-uncertain" not in _codes(article)
    assert article.published is not None
    assert article.published.jalali_date == (1392, 8, 12)


# -- a Blogfa month archive, two posts signed the same minute (fix235's tests/pages 1430) ----
_FIRST = (
    "دفتر آشپزی\n\n"
    "نان سنگک خانگی در فر معمولی\n\n"
    "برای پختن نان سنگک در خانه کافی است سنگ ریزه های شسته را در سینی فر بچینید و خمیر را "
    "پس از یک ساعت استراحت روی سنگ های داغ پهن کنید.\n\n"
    "+ نوشته شده در  دوشنبه ۲۲ مهر ۱۴۰۱ساعت ۱۱:۲۵  توسط نرگس\n\n"
)
_SIGN = "+ نوشته شده در  دوشنبه ۲۲ مهر ۱۴۰۱ساعت ۱۱:۲۵  توسط نرگس\n"


def test_two_posts_signed_the_same_minute_are_a_list() -> None:
    page = (
        _FIRST + "مربای به با دارچین\n\n"
        "به را پوست بگیرید و خلال کنید و با شکر و کمی آب روی شعله ملایم بپزید تا رنگ بگیرد.\n"
        + _SIGN
    )
    for url in ("http://ashpazi-daftar.blogfa.com/1401/07", None):
        article = jm.parse_article(page, url=url) if url else jm.parse_article(page)
        assert article.title is None
        assert article.published is None


def test_one_post_printed_twice_with_its_signature_keeps_its_record_neg() -> None:
    """Near miss: the same post printed again under the same headline: one post, its
    headline and its day, as before."""
    article = jm.parse_article(_FIRST + _FIRST.split("\n\n", 1)[1])
    assert article.title == "نان سنگک خانگی در فر معمولی"
    assert article.published is not None
    assert article.published.jalali_date == (1401, 7, 22)


# -- a WordPress post under a Jalali date path (hamiyanekeshavarzi.ir, tests/pages 2268) ------
_POST = (
    "برداشت زعفران در روستاهای دشت آغاز شد و کشاورزان خرسندند\n"
    "برداشت زعفران در روستاهای دشت آغاز شد\n"
    "کشاورزان از محصول امسال خرسندند\n"
    "http://zafaran.example.ir/?p=7314\n"
)
_POST_URL = "http://zafaran.example.ir/1399/08/05/برداشت-زعفران"


def test_today_stamp_beside_the_copyright_notice_is_the_served_day() -> None:
    page = _POST + "Friday, 14 February , 2025 | تمامی حقوق این وبگاه محفوظ است\n"
    article = jm.parse_article(page, url=_POST_URL)
    assert article.published is not None
    assert article.published.jalali_date == (1399, 8, 5)


def test_today_stamp_without_weekday_years_after_the_path_is_the_served_day() -> None:
    article = jm.parse_article(_POST + "14 February , 2025\n", url=_POST_URL)
    assert article.published is not None
    assert article.published.jalali_date == (1399, 8, 5)


def test_gregorian_day_months_after_the_path_warns_url_date_mismatch() -> None:
    """A stamp without a weekday three months after the path: not surely the served day, so
    the printed day stands, and the mismatch with the address is said."""
    article = jm.parse_article(_POST + "20 January , 2021\n", url=_POST_URL)
    assert article.published is not None
    assert article.published.jalali_date == (1399, 11, 1)
    assert "url-date-mismatch" in _codes(article)


def test_gregorian_day_of_the_path_keeps_main_record_neg() -> None:
    """Near miss: the last line prints the path's own day (26 October 2020 = 1399/08/05):
    that day, no mismatch."""
    article = jm.parse_article(_POST + "26 October , 2020\n", url=_POST_URL)
    assert article.published is not None
    assert article.published.jalali_date == (1399, 8, 5)
    assert "url-date-mismatch" not in _codes(article)
