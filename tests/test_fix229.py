"""fix229: Markdown twins whose title was wrong (the Markdown bar of tests/test_markdown.py).

- A news site's home page as html2text writes it: a ticker of item links, one a paragraph,
  then the featured item's ``# [HEADLINE](/doc/news/N)`` and others of the ticker's items
  again as ``### [HEADLINE](...)`` over their teasers: a front page, no title (bloghnews.com,
  tests/pages 2121). A Markdown text's blank lines are its blocks' breaks, so the ticker is
  one run of headlines.
- A Drupal front page: ``## فرم جستجو`` (a search form's heading), menus, a news block of
  links cut with «...»: a list that prints no name, no title, even when a menu's label
  nearly ties with the heading (abfaesfahan.ir, tests/pages 2125).
- A page that is one ``### HEADLINE`` line: Markdown, the marks blanked (a Liferay portlet,
  fnst.ut.ac.ir, tests/pages 1998).
- A bold headline broken by hard line breaks (``**LINE  \\nLINE  \\nLINE**``): one headline
  (ttaxicast.ir, tests/pages 1993).
- An old persianblog.ir table template: the post's title link, its byline and date and its
  text run into one table row: the link is the title (tests/pages 648 and 2173).

Every sentence written for these tests, values changed.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- a news site's home page, its ticker over the featured item (bloghnews.com) ----------------
_TICKER = [
    ("بارش برف در گردنه های استان تا فردا ادامه دارد", 5101),
    ("بازار ماهی فروشان بندر پس از تعطیلات دوباره باز شد", 5102),
    ("نمایشگاه کتاب کودک در هفت شهر استان برپا می شود", 5103),
    ("کشاورزان شالیزار از کمبود آب در بهار نگران هستند", 5104),
    ("راه روستایی دره سبز پس از ریزش کوه بازگشایی شد", 5105),
]
_TEASER = (
    "مدیرکل فرهنگی استان گفت این برنامه در روزهای تعطیل با همکاری شهرداری ها برگزار می شود "
    "و همه کودکان می توانند بدون ثبت نام در آن شرکت کنند و کتاب هدیه بگیرند."
)

_TEASERS = [
    "فرماندار بندر گفت صیادان پس از تعطیلات نوروز دوباره به دریا رفته اند و بازار ماهی با "
    "نرخ های پیش از عید کار خود را از سر گرفته است.",
    "بخشدار دره سبز گفت راهداران با دو دستگاه بولدوزر سنگ ها را از جاده برداشتند و راه از "
    "ساعت هشت صبح امروز برای همه خودروها باز است.",
]


def _front_page(featured: str, again: list[tuple[str, int]]) -> str:
    ticker = "\n\n".join(f"[{head}](/fa/doc/news/{n}/slug)" for head, n in _TICKER)
    menu = "  * [صفحه نخست](/)\n  * [سیاسی](/political)\n  * [فرهنگ](/art)\n  * [ورزشی](/sports)"
    blocks = "\n\n".join(
        f"### [{head}](/fa/doc/news/{n}/slug)\n\n{_TEASERS[at]}"
        for at, (head, n) in enumerate(again)
    )
    return (
        f"[](/)\n\n{ticker}\n\nسه شنبه ۷ فروردين ۱۳۹۸ \n\n{menu}\n\n\n\n"
        f"[مدیرکل فرهنگی استان:](/fa/doc/news/5103/slug)\n\n"
        f"# [{featured}](/fa/doc/news/5103/slug)\n\n{_TEASER}\n\n{blocks}\n"
    )


def test_featured_h1_of_a_markdown_front_page_under_its_ticker_is_no_title() -> None:
    article = jm.parse_article(_front_page(_TICKER[2][0], [_TICKER[1], _TICKER[4]]))
    assert article.title is None
    assert {"listing-page", "title-uncertain"} <= _codes(article)


def test_article_h1_under_a_ticker_of_other_stories_is_the_title_neg() -> None:
    """Near miss: the same page whose ticker's items head no teaser below it (an article's
    page with a ticker of other stories): the headline stays the title."""
    article = jm.parse_article(_front_page(_TICKER[2][0], []))
    assert article.title == _TICKER[2][0]
    assert "title-uncertain" not in _codes(article)


# -- a Drupal front page, its search form's heading first (abfaesfahan.ir) ---------------------
_LINKS = [
    "مدیرعامل شرکت آب استان اعلام کرد: مهلت پرداخت قبض مشترکان آسیب دیده تمدید شد...",
    "نصب کنتورهای هوشمند آب در مجتمع های مسکونی شهر آغاز شد",
    "مدیرعامل شرکت آب استان اعلام کرد: برنامه آب شرب تابستان در شهرهای شرق...",
    "معاون بهره برداری شرکت آب استان در آیین تجلیل از نیروهای امدادی گفت:...",
]


def _drupal_front(heading: str) -> str:
    menu = "\n".join(
        f"  * [{label}](/fa/node/{n})"
        for n, label in enumerate(
            ["درخواست همکاری", "سازمانهای بالادستی", "نمودار سازمانی", "معرفی شرکت", "شعار سال"]
        )
    )
    items = "\n\n".join(
        f"![](/files/news{n}.jpg)\n\n[{text}](/fa/node/{3380 + n})" for n, text in enumerate(_LINKS)
    )
    return (
        f"انتقال به محتوای اصلی\n\n## {heading}\n\nx\n\n"
        "  * [ صفحه اصلی ](/fa)\n  * [ گالری ](/fa/image-gallery)\n  * [ تماس با ما ](/fa/org-chart)\n\n"
        f"![](/files/banner.jpg)\n\n1398/01/06\n\n{menu}\n\n\n\n## اخبار\n\n{items}\n\n"
        "بازدید امروز:  7,120\n"
    )


def test_drupal_front_page_of_cut_links_gives_no_title() -> None:
    article = jm.parse_article(_drupal_front("فرم جستجو"))
    assert article.title is None
    assert {"listing-page", "title-uncertain"} <= _codes(article)


def test_article_under_a_search_forms_heading_keeps_its_headline_neg() -> None:
    """Near miss: the same header over an article (its headline as a heading, its text in
    sentences, no list of cut links): the headline is the title."""
    head = "برنامه آب شرب تابستان در شهرهای شرق استان آماده شد"
    text = (
        "انتقال به محتوای اصلی\n\n## فرم جستجو\n\nx\n\n  * [ صفحه اصلی ](/fa)\n"
        "  * [ تماس با ما ](/fa/org-chart)\n\n"
        f"# {head}\n\n"
        "مدیرعامل شرکت آب استان گفت برای تابستان امسال ده حلقه چاه تازه حفر شده است و "
        "مخزن های شهرهای شرق استان پیش از خرداد آماده می شوند.\n\n"
        "او افزود مشترکان می توانند در روزهای گرم با کاستن از مصرف آب به پایداری شبکه "
        "کمک کنند و هر نشتی را به شماره ۱۲۲ خبر دهند.\n"
    )
    assert jm.parse_article(text).title == head


# -- one «### HEADLINE» line (a Liferay portlet, fnst.ut.ac.ir) --------------------------------
_PORTLET_HEAD = "مجموعه آیین نامه ها و شیوه نامه های آموزشی -( جلد سوم - 1398)"


def test_a_lone_level_three_heading_is_markdown() -> None:
    article = jm.parse_article(f"### {_PORTLET_HEAD}\n")
    assert article.title == _PORTLET_HEAD


def test_closing_tag_lines_with_one_hash_stay_plain_text_neg() -> None:
    """Near miss: a plain page text ending with tag lines of one «#» and a space (an Afghan
    governorate's Drupal page): no Markdown, the tags not read as headings."""
    text = (
        "شورای ولایتی در نشست امروز خود بودجه سال آینده را بررسی کرد\n\n"
        "اعضای شورا گفتند بیشتر بودجه سال آینده به راه های روستایی و مکتب ها داده می شود و "
        "گزارش آن تا پایان ماه به مردم داده خواهد شد.\n\n# ولایت هرات\n# شورای ولایتی\n"
    )
    article = jm.parse_article(text)
    assert article.title == "شورای ولایتی در نشست امروز خود بودجه سال آینده را بررسی کرد"


# -- a bold headline over lines (ttaxicast.ir) -------------------------------------------------
_BOLD_LINES = [
    "دستورالعمل صدور پروانه فعالیت رانندگان تاکسی فرودگاه",
    "توسط شرکت های خصوصی حمل و نقل",
    "سال 98-97",
]


def test_bold_headline_broken_by_hard_breaks_is_one_headline() -> None:
    text = "**" + "  \n".join(_BOLD_LINES) + "**\n"
    assert jm.parse_article(text).title == " ".join(_BOLD_LINES)


def test_bold_run_without_hard_breaks_is_not_joined_neg() -> None:
    """Near miss: the same lines without html2text's hard breaks (plain line ends): no
    strong span of Markdown, each line a line of its own, the first the title as on main
    (its stars dropped)."""
    text = "**" + "\n".join(_BOLD_LINES) + "**\n"
    assert jm.parse_article(text).title == _BOLD_LINES[0]


# -- persianblog.ir's old table template (tests/pages 648, 2173) --------------------------------
_BLOG = "[شهر ما SHAHR](http://shahrema.persianblog.ir/) که شهر ما را سخنی دیگر است / هزار قصه در آن نهفته است  \n---  \n"
_POST = "فواره های خاموش میدان شهر"
_BODY = (
    "عصر دیروز از کنار میدان شهر می گذشتم و دیدم فواره های آن خاموش است و آب حوض هم سبز "
    "شده و کودکان بی آنکه جایی برای بازی داشته باشند در کنار خیابان می دوند."
)


def _blog_row(link_target: str) -> str:
    return (
        f"{_BLOG}[{_POST}]({link_target}) نویسنده : رضا کریمی - ساعت ٥:١۰ ب.ظ روز یکشنبه "
        f"۲۱ مرداد ۱۳۸٦    \n  \n{_BODY}  \nPowered by PersianBlog\n"
    )


def test_post_title_link_run_into_its_table_row_is_the_title() -> None:
    # (the blog's name and motto over it may still compete: title-uncertain then, as on
    # tests/pages 648's twin)
    assert jm.parse_article(_blog_row("http://shahrema.persianblog.ir/post/61")).title == _POST


def test_home_link_opening_the_row_is_not_set_apart_neg() -> None:
    """Near miss: the row's link goes to the blog's home page (its name, not a post): the row
    is left as written, the record main's."""
    article = jm.parse_article(_blog_row("http://shahrema.persianblog.ir/"))
    assert article.title != _POST
