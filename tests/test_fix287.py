"""fix287: Markdown twins' chrome lines taken as the title (tests/pages_markdown).

A menu or a language bar kept as Markdown links or table cells (html2text), their addresses
and pipes blanked into wide gaps; «صفحه اول» as a menu's home item; a post header's clock
and number alone on a line; Blogger's «درباره من» and vBulletin's «ابزارهای موضوع»; a
Tajik views line «Дида шуд: N» behind an icon's empty emphasis «__». Near misses: headlines
of the same surface shape stay titles. The texts are our own.
"""

from __future__ import annotations

import jalali_meta as jm
from jalali_meta.testing import blank_markdown, is_chrome_line, is_language_switcher, normalize

_HEADLINE = "برگزاری جشنواره فیلم کودک در شهر اصفهان"
_BODY = (
    "جشنواره فیلم کودک امسال با نمایش چهل فیلم از دوازده کشور در سینماهای شهر آغاز شد و تا "
    "پایان هفته ادامه دارد. دبیر جشنواره گفت بلیت همه سانس‌های صبح برای مدرسه‌ها رایگان است "
    "و خانواده‌ها می‌توانند بلیت سانس‌های عصر را از سایت جشنواره بخرند.\n\n"
    "در روز نخست سه فیلم بلند و پنج فیلم کوتاه نمایش داده شد و کارگاه فیلم‌سازی برای "
    "نوجوانان در خانه هنرمندان برگزار شد."
)


def _chrome(markdown_line: str) -> bool:
    return is_chrome_line(normalize(blank_markdown(markdown_line)))


# -- menus and language bars kept as links or cells: wide gaps read as bars ------------------


def test_markdown_menu_with_its_links_blanked_is_chrome() -> None:
    for line in (
        "[صفحه اول](/) | [اخبار](/News/) | [گزارش ها](/Reports/) | [تماس با ما](/Contact.aspx)",
        "[صفحه اصلی](../../index.html) | [مرکز آموزش](../index.html) | [تماس با ما](../c.html)",
        "[صفحه نخست](../index.php) | [مقالات](list.php?cat=1) | [شعر](list.php?cat=2)",
    ):
        assert _chrome(line), line


def test_text_menu_in_columns_is_chrome() -> None:
    # A page's table of links copied as text: its cells parted by wide gaps.
    assert is_chrome_line(normalize("صفحه اصلی       مرکز آموزش       تماس با ما"))
    assert is_chrome_line(normalize("صفحه اول | اخبار | گزارش ها | تماس با ما"))


def test_markdown_menu_over_a_bold_headline_is_not_the_title() -> None:
    menu = "[صفحه اول](/) | [اخبار](/News/) | [گزارش ها](/Reports/) | [تماس با ما](/Contact.aspx)"
    page = f"![سایت آزمون](/images/header.jpg)  \n---  \n{menu}  \n**{_HEADLINE}** {_BODY}\n"
    article = jm.parse_article(page)
    assert article.title is None or "تماس با ما" not in article.title
    if article.title != _HEADLINE:
        assert "title-uncertain" in {w.code for w in article.warnings}


def test_language_bar_of_eight_names_is_chrome() -> None:
    bar = "ترکی | فارسی | العربیة | English | اردو | Türkçe | Français | Deutsch"
    assert is_language_switcher(normalize(bar))
    links = " | ".join(
        f"[{name}](/?Lang={code})"
        for name, code in (("ترکی", "tr"), ("فارسی", "fa"), ("العربیة", "ar"), ("English", "en"))
    )
    assert _chrome(links)


def test_headline_with_wide_gaps_stays_a_headline() -> None:
    # Near miss: a headline naming the home page, its words parted by wide gaps, is no menu.
    for line in (
        "صفحه اصلی   سایت دانشگاه   پس از دو هفته دوباره در دسترس قرار گرفت",
        "[صفحه اول](/news/12) روزنامه‌های امروز   به گرانی نان پرداختند",
        "فارسی   زبان علم در منطقه",
    ):
        assert not _chrome(line), line


# -- a clock and a number alone on a line -----------------------------------------------------


def test_clock_and_number_line_is_chrome() -> None:
    for line in ("09:15 ق.ظ 3184", "۱۸:۴۰ ب.ظ ۲۷", "10:30 120", "09:15:07 PM 12"):
        assert is_chrome_line(normalize(line)), line


def test_clock_and_number_over_a_markdown_headline_is_not_the_title() -> None:
    page = f"[وبلاگ آزمون](http://azmoon.example.com/)\n\n09:15 ق.ظ 3184\n\n{_BODY}\n"
    article = jm.parse_article(page)
    assert article.title != "09:15 ق.ظ 3184"


def test_headline_with_a_clock_stays_the_title() -> None:
    # Near miss: a clock opening a headline that goes on in words.
    line = "۱۰:۳۰ صبح امروز ۲۰ مصدوم در تصادف زنجیره‌ای آزادراه"
    assert not is_chrome_line(normalize(line))
    article = jm.parse_article(f"{line}\n\n{_BODY}\n")
    assert article.title == line


# -- widget headings: Blogger's profile, vBulletin's thread tools ------------------------------


def test_blog_and_forum_widget_headings_are_chrome() -> None:
    for line in ("درباره من", "## درباره من", "ابزارهاي موضوع", "ابزارهای موضوع"):
        assert _chrome(line), line


def test_thread_tools_over_a_forum_post_are_not_the_title() -> None:
    page = (
        "[![انجمن آزمون](images/misc/logo.gif)](index.php)  \n---  \nابزارهاي موضوع  \n---  \n"
        "  \n![قديمي](images/statusicon/post_old.gif) September 7th, 2004, 11:26  |    "
        "#[**1**](showpost.php?p=1893&postcount=1)  \n---|---  \n"
        f"{_BODY}\n"
    )
    article = jm.parse_article(page)
    assert article.title != "ابزارهاي موضوع"


def test_headlines_opening_with_the_same_words_stay_titles() -> None:
    # Near misses: «about me» and «thread tools» going on as a headline.
    for line in (
        "درباره من و کتاب تازه‌ام با خوانندگان",
        "ابزارهای موضوع‌یابی برای پژوهشگران جوان",
        "ارسال یک نظر به مجلس درباره قانون تازه",
    ):
        assert not is_chrome_line(normalize(line)), line
        assert jm.parse_article(f"{line}\n\n{_BODY}\n").title == line, line


# -- a Tajik views line behind an icon's empty emphasis ---------------------------------------


def test_tajik_views_line_behind_an_empty_emphasis_is_not_the_title() -> None:
    headline = "Мактаб соли нави хониширо оғоз намуд"
    page = (
        "[Нашрия](index.php)\n\n  * [Асосӣ](index.php)\n  * [Тамос](contact.php)\n\n"
        f"## {headline}\n\n  * __Сана: 2020-10-08\n  * __Дида шуд: 412\n  * __Шарҳ: 0\n\n"
        "Дар мактаби рақами 5 соли хониш бо ҷашни донишомӯзони нав оғоз ёфт ва омӯзгорон ба "
        "хонандагон китобҳои нав тақдим карданд. Ин мактаб имсол сад нафар хонандаи нав дорад.\n\n"
        "Директори мактаб гуфт, ки синфхонаҳо таъмир шуданд ва китобхона китобҳои нав гирифт.\n"
    )
    article = jm.parse_article(page)
    assert article.title == headline
    assert "title-uncertain" not in {w.code for w in article.warnings}


def test_empty_emphasis_opening_a_line_is_blanked() -> None:
    assert blank_markdown("__Дида шуд: 412").split() == ["Дида", "шуд:", "412"]
    # Near miss: a strong span and a word with underscores keep their words.
    assert blank_markdown("__Дида__ шуд").split() == ["Дида", "шуд"]
    assert "file__name" in blank_markdown("file__name here")
