"""fix207: blind75's findings (tests/pages 2080-2099). A day archive's heading named as the
page's title (2083), WordPress's bare «نوشته‌ها» label given as a tag page's title (2089), a
Discourse topic's address read as a list (2095), and a Russian-language item's yearless
dateline and «обновлено» stamp not read (2093/2094). Each positive fails on main 9a955c16;
each ``-neg`` near miss keeps main's record. The sentences are written for these tests; the
layouts are named after the pages they come from.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- a day archive's heading is never the title -----------------------------------------------
# Layout: kanoonte.ir's WordPress day archive (tests/pages 2083): <title> the day and the
# site, <h1 class="page-title">روز: <span>DAY</span></h1>, one post's h2.entry-title and its
# excerpt, the footer's site line.
_POST = "برگزاری اردوی تابستانی دانش آموزان در اردوگاه شهید باهنر"
_EXCERPT = (
    "مدیر اردوگاه گفت: در این دوره بیش از سیصد دانش آموز از پنج منطقه شهر در برنامه های "
    "ورزشی و فرهنگی اردو شرکت می کنند و اردو تا پایان مرداد ادامه دارد."
)


def _day_archive(heading: str, title: str = "مرداد ۱۲, ۱۴۰۲ &#8211; کانون نمونه") -> str:
    return (
        f"<html lang='fa-IR'><head><meta charset='utf-8'><title>{title}</title></head>"
        "<body class='archive date'><header class='page-header'>"
        f"<h1 class='page-title'>{heading}</h1></header>"
        "<article id='post-51' class='post type-post'><header class='entry-header'>"
        f"<h2 class='entry-title'><a href='https://kanoon.example.ir/1402/05/12/x/'>{_POST}</a>"
        f"</h2></header><div class='entry-summary'><p>{_EXCERPT}</p></div></article>"
        "<footer><div class='site-info'>پایگاه اطلاع رسانی کانون نمونه</div></footer>"
        "</body></html>"
    )


def test_day_archive_h1_is_not_the_title() -> None:
    page = _day_archive("روز: <span>مرداد ۱۲, ۱۴۰۲</span>")
    article = jm.parse_html(page, url="https://kanoon.example.ir/1402/05/12/")
    assert article.title == _POST
    assert article.published is not None
    assert article.published.jalali_date == (1402, 5, 12)


def test_day_archive_markdown_heading_is_not_the_title() -> None:
    text = f"# روز: مرداد ۱۲, ۱۴۰۲\n\n## [{_POST}](https://kanoon.example.ir/1402/05/12/x/)\n\n"
    text += f"{_EXCERPT}\n\nپایگاه اطلاع رسانی کانون نمونه\n"
    article = jm.parse_article(text, url="https://kanoon.example.ir/1402/05/12/")
    assert article.title == _POST


def test_day_archive_front_matter_title_is_not_the_title() -> None:
    """trafilatura's front matter carrying the archive's heading as its title."""
    text = (
        '---\ntitle: "روز: مرداد ۱۲, ۱۴۰۲"\nurl: https://kanoon.example.ir/1402/05/12/\n---\n'
        f"{_POST}\n{_EXCERPT}\n"
    )
    article = jm.parse_article(text)
    assert article.title != "روز: مرداد ۱۲, ۱۴۰۲"
    assert article.title == _POST or "title-uncertain" in _codes(article)


def test_h1_headline_naming_a_date_among_its_words_neg() -> None:
    """Near miss: an <h1> headline that holds a date among other words (no label before
    it, words after it) stays the title, as on main."""
    head = "اردوی تابستانی از ۱۲ مرداد ۱۴۰۲ در اردوگاه شهید باهنر آغاز شد"
    page = _day_archive(head, title=f"{head} &#8211; کانون نمونه")
    article = jm.parse_html(page, url="https://kanoon.example.ir/?p=51")
    assert article.title == head


# -- WordPress's «نوشته‌ها» alone over a tag's posts ---------------------------------------
# Layout: 115115.ir's tag page (tests/pages 2089): «نوشته‌ها», one item's title, its note
# line, a lone space line, «ادامه نوشته»; the tag's name printed nowhere.
_TAG_PAGE = (
    "نوشته‌ها\n\nآیین نامه شماره ۱۷ شورای عالی بیمه\n\n"
    "(تاریخ تصویب ۲/۶/۵۴)(این آیین نامه در تاریخ ۴/۲/۸۸ ملغی شد)\n\n \n\nادامه نوشته\n"
)


def test_posts_label_over_items_is_no_title_text_alone() -> None:
    article = jm.parse_article(_TAG_PAGE)
    assert article.title is None
    assert "title-uncertain" in _codes(article)


def test_headline_opening_with_posts_word_neg() -> None:
    """Near miss: a headline opening with «نوشته‌های» and going on is a headline, as on main."""
    head = "نوشته‌های تازه یک شاعر جوان در یک کتاب منتشر شد"
    text = (
        f"{head}\n\nمجموعه ای از نوشته های این شاعر که در ده سال گذشته در نشریات منتشر شده بود "
        "اکنون در یک کتاب گرد آمده و از هفته آینده در کتابفروشی ها عرضه می شود.\n"
    )
    article = jm.parse_article(text)
    assert article.title == head


# -- Discourse's topic address -----------------------------------------------------------------
# Layout: discuss.tp4.ir's topic (tests/pages 2095): the topic's title, then a bare link.
_TOPIC = "چرا ثبت نام مرحله سوم دیر شروع شد"
_TOPIC_TEXT = f"{_TOPIC}\n\nhttp://www.example-news.ir/13970815000123\n"


def test_discourse_topic_address_gives_id_and_title() -> None:
    article = jm.parse_article(_TOPIC_TEXT, url="https://discuss.example.ir/t/topic/318")
    assert article.number == "318"
    assert article.title == _TOPIC
    assert "listing-page" not in _codes(article)


def test_discourse_post_in_topic_address_gives_topic_id() -> None:
    article = jm.parse_article(_TOPIC_TEXT, url="https://forum.example.org/t/exam-dates/318/4")
    assert article.number == "318"


def test_persian_tag_page_under_t_neg() -> None:
    """Near miss: a tag's short base with a Persian name and a page number («/t/NAME/2»,
    1-9.ir) is no Discourse topic: no number, as on main."""
    article = jm.parse_article(_TOPIC_TEXT, url="https://news.example.ir/t/مازندران/2")
    assert article.number is None


# -- a Russian-language item: its yearless dateline and its «обновлено» stamp ----------------
# Layout: Sputnik Tajikistan's mobile item (tests/pages 2093/2094): the headline, a views
# figure, «(обновлено HH:MM DD.MM.YYYY)», the lead, then «ДУШАНБЕ, D мар - Sputnik. ...».
_RU_HEAD = "Мнение: новые автобусы сократят очереди на остановках Душанбе"
_RU_LEAD = (
    "Обновление городского парка автобусов поможет жителям быстрее добираться до работы, "
    "считают эксперты"
)
_RU_BODY = (
    "Городские власти сообщили, что до конца весны на маршруты выйдут сорок новых автобусов "
    "и интервалы движения сократятся вдвое."
)
_RU_MORE = (
    "По словам экспертов, новые машины расходуют меньше топлива, а в салонах установлены "
    "кондиционеры и места для пассажиров с детскими колясками."
)
_RU_URL = "https://m.tj.sputniknews.ru/opinion/20210415/1040123456/avtobusy-dushanbe.html"


def _ru_page(dateline: str, stamp: str = "(обновлено 09:15 16.04.2021)") -> str:
    return (
        f"<html lang='ru'><head><meta charset='utf-8'><title>{_RU_HEAD}</title></head><body>"
        f"<div class='b-article'><h1 class='b-article__title'>{_RU_HEAD}</h1>\n"
        "<div class='b-article__refs'>\n<span class='b-article__refs-views'>87</span>\n"
        f"<span class='b-article__refs-update'>{stamp}</span>\n</div>\n"
        f"<div class='b-article__lead'>{_RU_LEAD}</div>\n<div class='b-article__text'>\n"
        f"<p><strong>{dateline} - Sputnik.</strong> {_RU_BODY}</p>\n<p>{_RU_MORE}</p>\n"
        "</div></div></body></html>"
    )


def test_yearless_dateline_on_the_addresss_day_gives_published() -> None:
    article = jm.parse_html(_ru_page("ДУШАНБЕ, 15 апр"), url=_RU_URL)
    assert article.published is not None
    assert article.published.isoformat() == "2021-04-15"
    assert "published-from-url" in _codes(article)


def test_russian_updated_stamp_on_a_tajik_edition() -> None:
    article = jm.parse_html(_ru_page("ДУШАНБЕ, 15 апр"), url=_RU_URL)
    assert article.updated is not None
    assert article.updated.isoformat() == "2021-04-16T09:15:00+05:00"


def test_yearless_dateline_of_another_day_blocks_the_addresss_day() -> None:
    """The dateline names another day than the address's (and no stamp is printed): no
    publication date (the year is never taken from an address that disagrees; main gave the
    address's day as for a page printing no date)."""
    article = jm.parse_html(_ru_page("ДУШАНБЕ, 14 апр", stamp=""), url=_RU_URL)
    assert article.published is None


def test_no_dateline_page_keeps_the_addresss_day_neg() -> None:
    """Near miss: a page printing no date and no dateline under a dated address keeps the
    address's day (``published-from-url``), as on main."""
    page = _ru_page("", stamp="").replace("<strong> - Sputnik.</strong> ", "")
    article = jm.parse_html(page, url=_RU_URL)
    assert article.published is not None
    assert article.published.isoformat() == "2021-04-15"
    assert "published-from-url" in _codes(article)


def test_abbreviated_month_with_year_stays_unread_neg() -> None:
    """Near miss: Russian abbreviations are read only in a yearless dateline, never by the
    date grammar (a Tajik category page's item date «Апр 22, 2019», tests/pages 976, stays
    no date, as on main)."""
    assert jm.find_dates("Апр 22, 2019") == []
    assert jm.find_dates("ДУШАНБЕ, 11 мар - Sputnik.") == []
