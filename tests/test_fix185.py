"""fix185: the sixty-seventh blind batch's findings (docs/evaluation.md «1980-1999,
sixty-seventh blind batch», tests/pages 1980-1999).

1. An archive heading's label takes the common misspelling without the madda («ارشیو برچسب
   : NAME», a spaced colon) as «آرشیو برچسب: NAME»: NAME is the list's name, the title
   (``_evidence._TAGGED_WITH``, ``_title._ARCHIVE_LABEL_TITLE``, ``_chrome._BARE_ARCHIVE_LABEL``).
2. An article container that is the ``<body>``'s own child, with the headline's copy in the
   element right before it, widens to the ``<body>`` when no navigation, sidebar or top bar
   stands before it: the date and code spans above the ``<h2>``/``<h1>`` headline are the
   article's (``_html._with_copy_before``).
3. A home address (the site's root) whose title is one of the text's first two lines (a
   blog's name and tagline over untitled posts) is doubted ``title-uncertain``.
4. A headline over a short text line set four spaces or more further in, no blank line
   between (a heading centred over several lines), is doubted ``title-uncertain``: the
   title may be cut short (``_title._centred_continuation``).
5. A long headline closing its list with «و…» («and so on») is neither a paragraph nor a
   kicker (``_lines.and_so_on``): it is the title over a quoted sub-headline.

The positives fail on main afc405ad; the ``-neg`` near misses pass on both. The headlines and
bodies are written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- 1. «ارشیو برچسب : NAME» (pasineevaz.com's tag archive, tests/pages 1986/1987)
_TAG_NAME = "نخستین مدرسه دخترانه شهر"
_EXCERPT = (
    "*مریم احمدی: در سال ۱۳۴۰ گروهی از خانواده های شهر با گردآوری کمک های مردمی یک خانه "
    "قدیمی را برای آموزش دختران آماده کردند و نخستین آموزگاران آن از میان ..."
)


def test_misspelled_archive_label_names_its_list() -> None:
    # tests/pages 1986's layout: the label line, the one item's title, its cut excerpt.
    text = f"ارشیو برچسب : {_TAG_NAME}\n\n{_TAG_NAME}\n\n{_EXCERPT}\n\nادامه مطلب »\n"
    article = jm.parse_article(text)
    assert article.title == _TAG_NAME


def test_misspelled_archive_label_in_an_h1_names_its_list() -> None:
    # tests/pages 1987's layout: a WordPress tag archive's <h1 class="archive-title">.
    html = (
        '<html><head><meta charset="UTF-8"><title>TAG</title></head><body>'
        f'<div class="archive-header"><h1 class="archive-title">ارشیو برچسب : <span>{_TAG_NAME}'
        '</span></h1></div><div class="posts-list"><article class="post">'
        f'<h2 class="entry-title"><a href="https://example.ir/x/">{_TAG_NAME}</a></h2>'
        f'<div class="entry-summary"><p>{_EXCERPT}</p></div></article></div></body></html>'
    ).replace("TAG", _TAG_NAME)
    article = jm.parse_html(html, url="https://example.ir/tag/school/")
    assert article.title == _TAG_NAME


def test_misspelled_archive_word_in_a_headline_is_no_label_neg() -> None:
    # «ارشیو» opening an article's headline with a colon but no list label after it.
    head = "ارشیو ملی : بازدید از گنجینه اسناد تا پایان هفته رایگان است"
    body = (
        "سازمان اسناد و کتابخانه ملی اعلام کرد بازدید از گنجینه اسناد تاریخی برای همه "
        "شهروندان تا پایان هفته رایگان خواهد بود و بازدید کنندگان می توانند بدون نوبت قبلی "
        "به ساختمان اصلی بیایند.\n"
    )
    article = jm.parse_article(f"{head}\n\n{body}")
    assert article.title == head


# -- 2. date and code spans above the headline's h2/h1 (sbnews.ir, tests/pages 1996)
_HEAD = "کتابخانه سیار به روستاهای مرزی استان رسید"
_SUMMARY = (
    "مدیر کل کتابخانه های عمومی استان گفت: نخستین کتابخانه سیار امسال به روستاهای مرزی "
    "رسید و تا پایان پاییز در بیست روستا توقف می کند. به گزارش خبرنگار ما این خودرو بیش "
    "از سه هزار جلد کتاب برای کودکان و نوجوانان دارد و کتابداران آن در هر روستا یک روز"
)
_PARAGRAPHS = (
    "<p>مدیر کل کتابخانه های عمومی استان گفت: نخستین کتابخانه سیار امسال به روستاهای مرزی "
    "رسید.</p><p>وی افزود: کتابداران این خودرو در هر روستا برای کودکان کتاب خوانی برگزار "
    "می کنند و کتاب ها را به امانت می دهند.</p>"
)


def _news_page(before: str) -> str:
    return (
        '<html><head><meta charset="UTF-8"><title>NEWS</title></head><body>'
        f"{before}"
        '<div class="news-meta"><span class="news-date">تاریخ انتشار : یکشنبه 28 آبان 1402 - '
        '10:37</span><span class="news-code">کد خبر : 5417</span></div>'
        f'<div class="news-head"><h2>{_HEAD}</h2></div>'
        f'<div class="news-summary"><h1>{_HEAD}</h1><p>{_SUMMARY}</p></div>'
        f'<div class="news-text">{_PARAGRAPHS}</div>'
        '<form class="comment-form"><label>نام</label><input type="text"></form>'
        "</body></html>"
    ).replace("NEWS", _HEAD)


def test_date_and_code_spans_above_the_headline_copy_are_the_articles() -> None:
    article = jm.parse_html(_news_page(""), url="https://example.ir/140208285417/x/")
    assert article.title == _HEAD
    assert article.number == "5417"
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2023-11-19T10:37:00+03:30"


def test_date_box_after_a_site_menu_is_not_taken_neg() -> None:
    # The same page under a site's navigation: the <body> is not the article's.
    menu = '<nav class="menu"><a href="/">خانه</a><a href="/news">اخبار</a></nav>'
    article = jm.parse_html(_news_page(menu))
    assert article.title == _HEAD
    assert article.published is None


# -- 3. a blog's home page: its name and tagline over untitled posts (tests/pages 1988)
_BLOG = (
    "کوه و دانشگاه\n"
    "اخبار، عکس و گزارش صعودهای گروه کوهنوردی دانشجویان \n"
    "قالب وبلاگ\n\n"
    "کوهنوردی تنها ورزش نیست بلکه راهی است برای شناختن طبیعت و همراهی با دیگران و هر "
    "برنامه انجمن با آموزش های ایمنی برای اعضای تازه آغاز می شود\n\n"
    "برنامه صعود زمستانی امسال با حضور بیست دانشجو برگزار شد و اعضای انجمن پس از پنج ساعت "
    "پیاده روی به پناهگاه رسیدند و شب را در آنجا گذراندند\n"
)


def test_tagline_of_a_blog_home_page_is_doubted() -> None:
    article = jm.parse_article(_BLOG, url="http://kuhnavardi-daneshjoo.blogfa.com/")
    assert article.title is None or "title-uncertain" in _codes(article)


def test_headline_at_a_posts_address_is_not_doubted_for_it_neg() -> None:
    head = "صعود زمستانی انجمن کوهنوردی دانشجویان به قله دماوند انجام شد"
    text = (
        f"{head}\n\n"
        "برنامه صعود زمستانی امسال با حضور بیست دانشجو برگزار شد و اعضای انجمن پس از پنج "
        "ساعت پیاده روی به پناهگاه رسیدند و شب را در آنجا گذراندند.\n\n"
        "سرپرست برنامه گفت: همه اعضا پیش از صعود دوره آموزش ایمنی را گذرانده بودند.\n"
    )
    article = jm.parse_article(text, url="https://example.ir/news/4821/")
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


# -- 4. a heading centred over three lines by leading spaces (ttaxicast.ir, tests/pages 1992)
_CENTRED = (
    "آیین نامه اجرایی ثبت نام دانش آموزان در کلاس های تابستانی\n"
    "          فرهنگسراهای شهرداری منطقه\n"
    "                     تابستان 1403\n"
)


def test_heading_centred_over_lines_is_doubted() -> None:
    article = jm.parse_article(_CENTRED)
    assert article.title is not None
    assert "title-uncertain" in _codes(article)


def test_headline_over_a_lead_without_indent_is_not_doubted_for_it_neg() -> None:
    head = "کلاس های تابستانی فرهنگسراهای شهرداری از هفته آینده آغاز می شود"
    text = (
        f"{head}\n"
        "مدیر فرهنگسراهای شهرداری گفت: ثبت نام دانش آموزان در کلاس های تابستانی از شنبه "
        "آغاز می شود و تا پایان تیر ادامه دارد.\n\n"
        "وی افزود: کلاس ها در همه محله های شهر برگزار می شود.\n"
    )
    article = jm.parse_article(text)
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


# -- 5. a long headline ending with «و…» over a quoted sub-headline (havadarsc.com,
# tests/pages 1980)
_AND_SO_ON_HEAD = (
    "هشدار شرکت آب و فاضلاب درباره ماموران جعلی بازدید کنتور در محله های نارمک،تهرانپارس،پیروزی و…"
)


def _statement(head: str) -> str:
    return (
        f"{head}\n"
        "شرکت آب و فاضلاب:بازدید کنتور فقط با کارت شناسایی ماموران شرکت انجام می شود\n\n"
        "شرکت آب و فاضلاب استان به ماموران جعلی که در محله های نارمک،تهرانپارس،پیروزی و به "
        "طور کلی در شرق شهر با نام این شرکت برای بازدید کنتور به خانه ها مراجعه می کنند "
        "هشدار می دهد که در صورت ادامه این کار از طریق مراجع قضایی پیگیری خواهند شد\n\n"
        "به گزارش روابط عمومی شرکت آب و فاضلاب،\n"
        "در روزهای گذشته چند شهروند از دریافت وجه برای تعویض کنتور خبر داده اند و شرکت "
        "اعلام می کند که هیچ مامور آن پولی از شهروندان دریافت نمی کند\n"
    )


def test_long_headline_ending_with_and_so_on_is_the_title() -> None:
    article = jm.parse_article(_statement(_AND_SO_ON_HEAD))
    assert article.title == _AND_SO_ON_HEAD


def test_line_cut_with_an_ellipsis_after_a_word_is_no_and_so_on_neg() -> None:
    # The same page whose first line is cut by the site after an ordinary word: an
    # excerpt's cut, not «و…»; its quoted sub-headline stays the title.
    cut = "هشدار شرکت آب و فاضلاب درباره ماموران جعلی بازدید کنتور در محله های نارمک،تهرانپارس…"
    article = jm.parse_article(_statement(cut))
    assert article.title != cut
