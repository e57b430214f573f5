"""Title rules found with the fifteenth and sixteenth blind batches (tests/pages 940-979).

Each rule has a positive and a negative case; every positive case failed before its change
(fix21).
"""

from __future__ import annotations

from tests.checks import warning_codes as _codes

import jalali_meta as jm

PARAGRAPH_1 = (
    "Дар деҳаи мо мактаби нав сохта шуд ва кӯдакон аз моҳи сентябр дар синфхонаҳои гарм "
    "дарс мехонанд. Падару модарон мегӯянд, ки роҳи мактаб ҳоло ҳам вайрон аст ва зимистон "
    "кӯдакон бо душворӣ ба дарс мераванд.\n"
)
PARAGRAPH_2 = (
    "Раиси ҷамоат ваъда дод, ки то тобистони оянда роҳро таъмир мекунанд. Аммо сокинон "
    "мепурсанд, ки чаро пули ин кор дар буҷаи имсола пешбинӣ нашудааст.\n"
)
DISCLAIMER = (
    "! Ин саҳифаи шахсии як хабарнигор аст. Навиштаҳои ин ҷо андешаи худи ӯянд, на мавқеи "
    "радио, ки ӯ дар он кор мекунад.\n"
)
QUESTION = "Чаро роҳи мактаб ҳанӯз таъмир нашудааст?"


# -- a blog's disclaimer over the date line and the headline (_article._header_block_below) --


def test_disclaimer_over_date_line_then_headline_gives_the_headline() -> None:
    # 963: Blogger prints the date header first, then the post title; the blog's disclaimer
    # (a paragraph) above them is not the body's start.
    text = f"{DISCLAIMER}\n15 марта, 2009\n\n{QUESTION}\n\n{PARAGRAPH_1}\n{PARAGRAPH_2}"
    article = jm.parse_article(text)
    assert article.title == QUESTION
    assert (article.lead or "").startswith("Дар деҳаи мо")


def test_list_of_dated_items_keeps_its_first_excerpt_as_the_body() -> None:
    # 703's shape: each item is a date line, a headline and its excerpt; the first excerpt
    # stands under the same header block, so the second item's block does not move the body.
    text = (
        "2020-07-18\n\nМактаби нав дар деҳа\n\n"
        f"{PARAGRAPH_1}\n2017-07-22\n\nРоҳи вайрони деҳа\n\n{PARAGRAPH_2}"
    )
    article = jm.parse_article(text)
    assert (article.lead or "").startswith("Дар деҳаи мо")


def test_paragraph_over_a_plain_line_then_date_is_still_the_body() -> None:
    # No headline-shaped line next to the date line (a signature «-- К.»): the first
    # paragraph starts the body as before.
    text = f"{DISCLAIMER}\n15 марта, 2009\n\n-- К.\n\n{PARAGRAPH_1}\n{PARAGRAPH_2}"
    article = jm.parse_article(text)
    assert (article.lead or "").startswith("! Ин саҳифаи")


# -- a headline's first print with a parenthesised note (_article._noted_print) ------------

BASE = "گاه‌شمار نشریه‌های فارسی در تبعید"
FA_PARAGRAPH = (
    "نخستین شماره یک هفته‌نامه فارسی در پاریس با چهار صفحه منتشر شد. بیشتر مطالب آن خبرهای "
    "کوتاه بود که از رادیوهای خارجی یادداشت می‌شد و دست به دست می‌گشت.\n"
    "یک ماهنامه ادبی در لندن آغاز به کار کرد و صفحه‌ای ویژه داستان‌های کوتاه نویسندگان جوان "
    "در نظر گرفت و خوانندگان بسیار یافت.\n"
)


def test_first_print_with_a_parenthesised_note_is_the_title() -> None:
    # 964: the post's title with the writer's note glued on, then the bare title again.
    noted = f"{BASE}(برای آشنایی بیشتر)"
    text = f"Wednesday, December 30, 2015\n\n{noted}\n\n{BASE}\n\n{FA_PARAGRAPH}"
    assert jm.parse_article(text).title == noted


def test_first_print_with_a_glued_tail_that_is_no_note_gives_way() -> None:
    # Not a parenthesised note (a section's name glued on, «... سیاست»): the bare copy
    # right above the body stays the title, as before.
    text = f"Wednesday, December 30, 2015\n\n{BASE} سیاست\n\n{BASE}\n\n{FA_PARAGRAPH}"
    assert jm.parse_article(text).title == BASE


# -- <title> alone names a line printed twice in a row (_article._title_tag_rival) ---------

FEED = "خبرنامه همیاری - گزیده"
ITEM = "کسری بودجه دانشگاه‌ها و سکوت وزارتخانه"
FA_BODY = (
    "<p>چند هفته است که دانشگاه‌های دولتی خبر از کسری بودجه می‌دهند و برخی پرداخت حق‌التدریس "
    "استادان را عقب انداخته‌اند. وزارتخانه تاکنون توضیح روشنی نداده است.</p>"
    "<p>دانشگاه‌های شهرهای کوچک بیش از همه آسیب دیده‌اند، چون منبع درآمد دیگری ندارند و "
    "هزینه‌ها هر سال بیشتر می‌شود.</p>"
)


def _digest(second: str) -> str:
    return (
        '<html><head><meta content="blogger" name="generator">'
        f"<title>digestblog: {FEED}</title></head><body>"
        '<div id="header"><h1>digestblog</h1></div>'
        f'<div class="post"><h3 class="post-title">{FEED}</h3>'
        f'<div class="post-body">{second}<h3 class="item-title">{ITEM}</h3>'
        "<p>Posted: 20 Aug 2012 07:44 AM PDT</p><p>نسرین کاوه</p>"
        f"{FA_BODY}</div></div></body></html>"
    )


def test_feed_name_printed_twice_only_in_title_tag_gives_way_to_the_item() -> None:
    # 977: the feed's name is the post title and the digest's heading; only <title> names
    # it. The item's headline over its header and text is the title, warned.
    article = jm.parse_html(_digest(f'<h2 class="feed-title">{FEED}</h2>'))
    assert article.title == ITEM
    assert "title-uncertain" in _codes(article)


def test_title_tag_headline_printed_once_keeps_its_bonus() -> None:
    # The same page with the feed's name printed once: <title> names the line as before.
    article = jm.parse_html(_digest(""))
    assert article.title == FEED


# -- Joomla's pagination key in the address marks a list (_article._address) ---------------

CATEGORY_PAGE = (
    "Фарҳанг\n\n"
    "Боғи падарам дар фасли баҳор\n\n"
    "Апр 22, 2019\n"
    "Диданд: 48\n"
    "Боғи падарам дар фасли баҳор\n\n"
    f"{PARAGRAPH_1}\n{PARAGRAPH_2}"
)


def test_joomla_limitstart_address_names_the_category() -> None:
    # 976: «?limitstart=0» pages a Joomla category's list: its name is the title.
    article = jm.parse_article(CATEGORY_PAGE, url="http://example.tj/far-ang.html?limitstart=0")
    assert article.title == "Фарҳанг"


def test_joomla_article_address_with_an_id_is_no_list() -> None:
    # With an item key («id»: a paged article) or without the key, the item is the page.
    for url in (
        "http://example.tj/index.php?option=com_content&view=article&id=12&limitstart=1",
        "http://example.tj/far-ang/12-bogi-padaram.html",
    ):
        assert jm.parse_article(CATEGORY_PAGE, url=url).title == "Боғи падарам дар фасли баҳор"
