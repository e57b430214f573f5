"""fix236: blind84's pages (tests/pages 2250-2269) made right by general rules.

Each rule has a whole page of the failing shape (structure named after its real source,
sentences written here, values changed) and a near miss that keeps the earlier record.
"""

from __future__ import annotations

import datetime as dt

import jalali_meta as jm

# -- A today stamp ending the page is not the publication (2268) -------------------------

# The shape of hamiyanekeshavarzi.ir's WordPress posts (tests/pages 2268): the excerpt, the
# lines of the post, its short link, and the theme's footer stamp of the day it was served.
_SERVED = (
    "باران آمد و کشتزار سبز شد دل کشاورز از این نعمت شاد شد\n"
    "باران آمد و کشتزار سبز شد\n"
    "دل کشاورز از این نعمت شاد شد\n"
    "http://kesht.example.ir/?p=5120\n"
)
_SERVED_URL = "http://kesht.example.ir/1399/01/20/باران-بهاری"


def test_weekday_stamp_ending_the_page_years_after_the_date_path_is_not_published() -> None:
    art = jm.parse_article(_SERVED + "Monday, 3 March , 2025\n", url=_SERVED_URL)
    assert art.published is not None
    assert art.published.jalali_date == (1399, 1, 20)
    assert art.evidence["published"] == "url"
    assert "published-from-url" in [w.code for w in art.warnings]


def test_weekday_stamp_ending_the_page_days_after_the_date_path_neg() -> None:
    # Nine days after the address's day: no served-day stamp, the printed date stands.
    art = jm.parse_article(_SERVED + "Wednesday, 15 April , 2020\n", url=_SERVED_URL)
    assert art.published is not None
    assert art.published.gregorian == dt.date(2020, 4, 15)


# -- A writer's label printed empty before the post's date (2250, 2251) -------------------

# PersianBlog's post footer with its writer field left blank (tafakoremodern.persianblog.ir,
# tests/pages 2250): «نویسنده : ; ساعت TIME روز DATE» over the post's lines.
_EMPTY_WRITER = (
    "نویسنده : ; ساعت ۱۰:۲۵ ق.ظ روز ۱۳۸۸/۷/۳\n\n"
    "پاییز آمد و برگ ها زرد شدند\n\n"
    "باغ خاموش است و شاخه ها سرد شدند\n"
)


def test_empty_writer_label_leaves_its_date_to_the_post() -> None:
    art = jm.parse_article(_EMPTY_WRITER, url="http://paeez.persianblog.ir/post/41")
    assert art.published is not None
    assert art.published.isoformat() == "2009-09-25T10:25:00+03:30"


def test_empty_writer_label_without_a_date_neg() -> None:
    # A name after the semicolon, no date: nothing is published, as before.
    page = _EMPTY_WRITER.replace("ساعت ۱۰:۲۵ ق.ظ روز ۱۳۸۸/۷/۳", "مریم صالحی")
    art = jm.parse_article(page, url="http://paeez.persianblog.ir/post/41")
    assert art.published is None


# -- A blog's post-title heading linking to the page itself (2262, 2267) -----------------

# Blogfa's template (kbtabriz.blogfa.com, tests/pages 2267): the blog's name in an <h1>
# linking home, <title> the blog's name, the post's title an <h2 class="posttitle">
# linking to the post's own address, verse lines, the «نوشته شده در» footer.
_BLOGFA = """<html dir="rtl" lang="fa"><head><meta charset="utf-8">
<title>انجمن ادبی نمونه</title></head><body>
<div id="header"><h1><a href="https://anjoman.blogfa.com/">انجمن ادبی نمونه</a></h1></div>
<div class="post">
<h2 class="posttitle"><a href="{link}">شب شعر پاییزی</a></h2>
<div class="postcontent">
برگ ریزان رسید و باغ خموش<br />
باد آمد به گوش باغ سروش<br />
شاخه ها بی صدا به خواب شدند<br />
خاک شد از حریر برگ بپوش
</div>
<div class="postfooter"><span>+ نوشته شده در سه شنبه هشتم مهر ۱۳۹۱ ساعت 19:10 توسط
<a href="https://anjoman.blogfa.com/">انجمن</a></span></div>
</div></body></html>"""
_BLOGFA_URL = "https://anjoman.blogfa.com/post/63"


def test_post_title_heading_linking_to_the_page_is_the_title() -> None:
    art = jm.parse_html(_BLOGFA.format(link=_BLOGFA_URL), url=_BLOGFA_URL)
    assert art.title == "شب شعر پاییزی"
    assert art.published is not None
    assert art.published.isoformat() == "2012-09-29T19:10:00+03:30"


def test_post_title_heading_linking_another_post_neg() -> None:
    # The heading links another post: no permalink of this page, no title taken from it.
    art = jm.parse_html(_BLOGFA.format(link="https://anjoman.blogfa.com/post/12"), url=_BLOGFA_URL)
    assert art.title is None
    assert "title-uncertain" in [w.code for w in art.warnings]


# b2evolution's skin (saghez.kowsarblog.ir, tests/pages 2262): <title> «POST - BLOG», a
# one-word post title in <h2 class="bTitle"> under the blog's name linking home.
_B2EVO = """<html><head><meta charset="utf-8"><title>عاشورا - حوزه نمونه</title></head>
<body><div class="pageHeader"><h1><a href="https://hozeh.kowsarblog.ir/">حوزه نمونه</a></h1></div>
<div class="bPost"><h2 class="bTitle"><a href="https://hozeh.kowsarblog.ir/عاشورا-8">عاشورا</a></h2>
<div class="bSmallHead"><span class="timestamp">20 آبان 1392</span></div>
<div class="bText">
دل ها همه سوی کربلا می رود<br />
با اشک به سوی نینوا می رود<br />
این قافله با نام حسین آمده<br />
با یاد حسین تا خدا می رود
</div></div></body></html>"""


def test_one_word_post_title_over_the_blog_name_in_title_tag() -> None:
    art = jm.parse_html(_B2EVO, url="https://hozeh.kowsarblog.ir/عاشورا-8")
    assert art.title == "عاشورا"
    assert art.published is not None
    assert art.published.gregorian == dt.date(2013, 11, 11)


# -- The same pages as Markdown (html2text) -----------------------------------------------


def test_markdown_post_title_under_the_blog_name() -> None:
    page = (
        "# [انجمن ادبی نمونه](https://anjoman.blogfa.com/)\n\n"
        "## [شب شعر پاییزی](https://anjoman.blogfa.com/post/63)\n\n"
        "برگ ریزان رسید و باغ خموش  \nباد آمد به گوش باغ سروش  \n"
        "شاخه ها بی صدا به خواب شدند  \nخاک شد از حریر برگ بپوش\n\n"
        "+ نوشته شده در سه شنبه هشتم مهر ۱۳۹۱ ساعت 19:10 توسط [انجمن](https://anjoman.blogfa.com/)\n"
    )
    art = jm.parse_article(page)
    assert art.title == "شب شعر پاییزی"


def test_markdown_two_linked_post_titles_neg() -> None:
    # Two posts' linked titles under the blog's name: a list, no post's title taken.
    page = (
        "# [انجمن ادبی نمونه](https://anjoman.blogfa.com/)\n\n"
        "## [شب شعر پاییزی](https://anjoman.blogfa.com/post/63)\n\n"
        "برگ ریزان رسید و باغ خموش  \nباد آمد به گوش باغ سروش\n\n"
        "## [دیدار بهاری](https://anjoman.blogfa.com/post/62)\n\n"
        "گل آمد و بهار آمد و شادی آمد  \nبلبل به سر شاخه ی آزادی آمد\n"
    )
    art = jm.parse_article(page)
    assert art.title != "شب شعر پاییزی"


# -- A detail view's link word is never a title (2269) -------------------------------------

# babolharam.net's item page (tests/pages 2269): a today banner, the «نمایش جزئیات» link, the
# item's title printed twice, its couplets.
_DETAILS = (
    "امروز دوشنبه 20 فروردین 1403\n\n"
    "نمایش جزئیات\n\n"
    "شعر نو _ ویژۀ عید فطر_سید رضا موسوی\n\n"
    "شعر نو _ ویژۀ عید فطر_سید رضا موسوی\n\n"
    "ماه خدا گذشت و عید آمد به شهر ما با شادی و امید و دعا و سلام ها\n\n"
    "سفره ی روزه بسته شد و دل ها صاف شد از لطف حق رسید به ما این پیام ها\n"
)


def test_show_details_link_is_never_the_title() -> None:
    art = jm.parse_article(_DETAILS, url="https://haram.example.net/item-77")
    assert art.title == "شعر نو _ ویژۀ عید فطر_سید رضا موسوی"
