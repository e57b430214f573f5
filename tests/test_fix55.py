"""Blog footers, Uzbek Joomla labels, inline read-more links and menus over the text (fix55).

The shapes come from real pages of the blind batch 1120-1139 and their twins elsewhere:
PersianBlog's post header «نویسنده: NAME - DATE» and «DATE  کلمات کلیدی: TAG»
(lemraski.persianblog.ir, baghshah.persianblog.ir; gptgram.ir prints «کلمات کلیدی:» too);
Joomla's Uzbek article info «Муаллиф: ... Категория: ...» / «Чоп этилган DATE Кӯришлар: N»
(khalkovozi.tj); an inline «بیشتر بخوانید: HEADLINE» link inside the body (payameazari.ir,
khabarban.com, rouydad24.ir, parlemaniran.ir); Tajik «санаи 27 июли соли 2019» (roghun.tj); a
section menu run into the lead on an AMP page (yektapress.com). The pages are written for
these tests.
"""

from __future__ import annotations

from tests.checks import FLOOD_LEAD as LEAD
from tests.checks import FLOOD_MORE as MORE
from tests.checks import iso, title_doubted

import jalali_meta as jm

HEADLINE = "لایروبی آبراهه‌های شهرهای ساحلی آغاز شد"


def test_date_before_a_keywords_label_is_read() -> None:
    """«DATE  کلمات کلیدی: TAG» on one line: the keywords label ends the date's segment."""
    page = f"{HEADLINE}\nساعت ۱۱:۰۰ ق.ظ روز ۱۳۸۸/۲/۸ کلمات کلیدی: باران\n{LEAD}\n{MORE}\n"
    article = jm.parse_article(page)
    assert iso(article.published) == "2009-04-28T11:00:00+04:30"
    assert article.title == HEADLINE


def test_keywords_words_without_colon_stay_a_headline() -> None:
    """Near miss: a headline opening with «کلمات کلیدی» (no colon) is no label."""
    headline = "کلمات کلیدی در نوشتن خبر چه نقشی دارند"
    article = jm.parse_article(f"{headline}\n۱۲ اسفند ۱۴۰۲\n{LEAD}\n{MORE}\n")
    assert article.title == headline
    assert iso(article.published) == "2024-03-02"


def test_author_dash_date_gives_the_author_and_the_date() -> None:
    """«نویسنده: NAME - ۱۳۸۹/۱۰/۳»: the name is the author, the date after the dash the post's."""
    page = f"{HEADLINE}\nنویسنده: محسن صابری - ۱۳۸۹/۱۰/۳\n{LEAD}\n{MORE}\n"
    article = jm.parse_article(page)
    assert article.author == "محسن صابری"
    assert iso(article.published) == "2010-12-24"


def test_author_dash_date_with_words_after_is_left_whole() -> None:
    """Near miss: words after the date («... در تهران»): the value is not cut, no date read."""
    value = "محسن صابری - ۱۳۸۹/۱۰/۳ در تهران"
    article = jm.parse_article(f"{HEADLINE}\nنویسنده: {value}\n{LEAD}\n{MORE}\n")
    assert article.author == value
    assert article.published is None


def test_persianblog_sidebar_headings_are_no_title() -> None:
    """A post page printing only the blog's sidebar headings over the author line: no title."""
    page = (
        "لمراسک\nصفحات وبلاگ\nکلمات کلیدی مطالب\nنویسنده: محسن صابری - ۱۳۸۹/۱۰/۳\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    article = jm.parse_article(page)
    assert article.title is None
    assert iso(article.published) == "2010-12-24"


def test_blog_motto_holding_its_name_gives_way_to_the_post_title() -> None:
    """«باغشاه» / «زادگاه من باغشاه» / «بهار باغشاه» / date: the motto repeats the blog's name
    whole; the short line over the date is the post's title, still uncertain."""
    page = "باغشاه\n\nزادگاه من باغشاه\n\nبهار باغشاه\nساعت ۱۱:۰۰ ق.ظ روز ۱۳۸۸/۲/۸\n\n" + LEAD
    article = jm.parse_article(page)
    assert article.title == "بهار باغشاه"
    assert title_doubted(article)


def test_tajik_soli_between_month_and_year() -> None:
    """«27 июли соли 2019» (Tajik: the year of 2019) is a full date, as «۵ مرداد سال ۱۳۹۸»."""
    found = jm.find_dates("Нишаст санаи 27 июли соли 2019 баргузор гардид.")
    assert [iso(stamp) for stamp in found] == ["2019-07-27"]


def test_soli_without_a_day_is_no_date() -> None:
    """Near miss: «дар соли 2019» (in the year 2019) names no day."""
    assert jm.find_dates("Ин бино дар соли 2019 сохта шуд.") == []


UZBEK_INFO = "Муаллиф: Super user Категория: СИЁСАТ\nЧоп этилган 04 Феврал 2016 Кӯришлар: 2215\n"
UZBEK_BODY = (
    "Шаҳар кенгаши сессиясида ижтимоий-иқтисодий ривожланиш дастури ва шаҳар бюджети кўриб "
    "чиқилиб, тасдиқланди ва депутатлар бир қатор таклифлар билдирдилар.\n\n"
    "Сессия якунида дастурнинг ижроси ҳар чоракда доимий комиссияларда кўриб борилишига "
    "келишиб олинди.\n"
)


def test_uzbek_joomla_published_label_and_views() -> None:
    """«Чоп этилган DATE Кӯришлар: N»: the published date; the views count is no ID and the
    info line is no title."""
    article = jm.parse_article(f"СИЁСАТ\n\n{UZBEK_INFO}Печат\n\n{UZBEK_BODY}")
    assert iso(article.published) == "2016-02-04"
    assert article.number is None
    assert article.title is None


def test_uzbek_headline_over_the_info_block_stays_the_title() -> None:
    """Near miss: a real headline over the category line is the title; the section line above
    it (repeating the category's value) is not."""
    headline = "Шаҳар кенгаши йиллик дастурни тасдиқлади"
    article = jm.parse_article(f"СИЁСАТ\n\n{headline}\n\n{UZBEK_INFO}Печат\n\n{UZBEK_BODY}")
    assert article.title == headline
    assert iso(article.published) == "2016-02-04"


def test_inline_read_more_link_keeps_the_footer_date() -> None:
    """«بیشتر بخوانید: HEADLINE» inside the body, the body going on, then «-» / DATE: the date
    under the body is the article's (warned as unlabelled)."""
    page = (
        f"{HEADLINE}\n{LEAD}\nبیشتر بخوانید: اخبار روز استان\n{MORE}\n-\n"
        "جمعه ۸ فروردین ۱۴۰۴ - ۰۶:۳۰:۱۳\n-\n۱۲ بازدید\n"
    )
    article = jm.parse_article(page)
    assert iso(article.published) == "2025-03-28T06:30:13+03:30"


def test_read_more_box_heading_over_an_item_keeps_its_date_out() -> None:
    """Near miss: «بیشتر بخوانید» alone over a linked item's headline, excerpt and date: a box
    of related items; the date is the item's, not the article's."""
    page = (
        f"{HEADLINE}\n{LEAD}\nبیشتر بخوانید\nسیل در شهرهای شمالی\n{MORE}\n-\n"
        "جمعه ۸ فروردین ۱۴۰۴ - ۰۶:۳۰:۱۳\n"
    )
    assert jm.parse_article(page).published is None


MENU = "صفحه نخست\n\nسیاسی\n\nاقتصادی\n\nاجتماعی\n\nورزشی\n\n"
CODE_AND_DATE = "کد خبر: ۱۰۴۹۵۹\n۱۴:۳۰ - ۱۱ آبان ۱۴۰۱\n\n"


def test_menu_last_item_over_the_lead_is_doubted() -> None:
    """A short line ending a run of menu items right over the lead: warned title-uncertain."""
    article = jm.parse_article(f"{MENU}انتخابات 1400\n\n{LEAD}\n{CODE_AND_DATE}{MORE}\n")
    assert article.title is None or title_doubted(article)


def test_headline_after_the_menu_is_not_doubted() -> None:
    """Near miss: a headline's length under the menu is the title, no doubt from the menu."""
    article = jm.parse_article(f"{MENU}{HEADLINE}\n\n{LEAD}\n{CODE_AND_DATE}{MORE}\n")
    assert article.title == HEADLINE
    assert not title_doubted(article)


# -- Edges pinned by the seventeenth mutation round (benchmarks/hand_mutants_17.py) ---------


def test_author_dash_place_and_date_is_left_whole() -> None:
    """Near miss: a place between the dash and the date («NAME - تهران DATE»): the date does
    not follow the dash, so the value is not cut and no date is taken from it."""
    value = "محسن صابری - تهران ۱۳۸۹/۱۰/۳"
    article = jm.parse_article(f"{HEADLINE}\nنویسنده: {value}\n{LEAD}\n{MORE}\n")
    assert article.author == value
    assert article.published is None


def test_uzbek_news_section_word_alone_is_no_title() -> None:
    """«Хабарлар» (news, a menu's section word) over the body, no headline: never silently
    the title."""
    article = jm.parse_article(f"Хабарлар\n\n{UZBEK_BODY}")
    assert article.title is None or title_doubted(article)


def test_read_more_link_with_a_date_right_under_it_keeps_that_date_out() -> None:
    """Near miss: «بیشتر بخوانید: HEADLINE» with a date right under it and no paragraph: the
    linked item's date line, not the article's."""
    page = f"{HEADLINE}\n{LEAD}\n{MORE}\nبیشتر بخوانید: سیل شمال\nجمعه ۸ فروردین ۱۴۰۴ - ۰۶:۳۰:۱۳\n"
    assert jm.parse_article(page).published is None


def test_short_line_under_exactly_four_menu_items_is_doubted() -> None:
    """Four menu items (MENU_RUN_ITEMS) are enough: the short line under them is warned."""
    menu = "سیاسی\n\nاقتصادی\n\nاجتماعی\n\nورزشی\n\n"
    article = jm.parse_article(f"{menu}انتخابات 1400\n\n{LEAD}\n{CODE_AND_DATE}{MORE}\n")
    assert article.title is None or title_doubted(article)


def test_short_headline_over_its_code_line_after_the_menu_is_not_doubted() -> None:
    """Near miss: the short line has its code and date lines under it (the text does not
    follow it at once): a headline's header, no menu's last link."""
    article = jm.parse_article(f"{MENU}انتخابات 1400\n{CODE_AND_DATE}{LEAD}\n{MORE}\n")
    assert article.title == "انتخابات 1400"
    assert not title_doubted(article)


def test_short_line_under_four_short_lines_that_are_no_menu_is_not_doubted() -> None:
    """Near miss: four one-word lines that are no site chrome (no menu's words) over a short
    heading: the menu rule does not fire."""
    seasons = "بهار\n\nتابستان\n\nپاییز\n\nزمستان\n\n"
    article = jm.parse_article(f"{seasons}فصل های سال\n\n{LEAD}\n{CODE_AND_DATE}{MORE}\n")
    assert article.title == "فصل های سال"
    assert not title_doubted(article)
