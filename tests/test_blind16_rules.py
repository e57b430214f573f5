"""Rules found with the thirteenth blind batch (tests/pages 900-919).

Each rule has a positive and a negative case; every positive case failed before its change.
"""

from __future__ import annotations

import jalali_meta as jm
from jalali_meta._header import is_chrome_line
from jalali_meta._normalize import normalize

HEADLINE = "آتش‌سوزی در یک بازار چوب‌فروشی شهر هرات مهار شد"
DAY_PAGE = (
    "Monday, October 28, 2019\n\n"
    f"{HEADLINE}\n\n"
    "نیوز ویم - هرات:\n"
    "آتش در یکی از دکان‌های بازار چوب‌فروشی شهر هرات شعله‌ور شد و پس از دو ساعت خاموش شد.\n"
    "ماموران اطفائیه می‌گویند که به کسی آسیب نرسیده و زیان مالی هنوز برآورد نشده است.\n"
)  # the day's first post (an archive of one post reads as that post but for its address)


def _codes(article: jm.Article) -> set[str]:
    return {w.code for w in article.warnings}


# -- a Blogger date archive's address doubts the first post's headline (_article._address) ---


def test_blogger_day_archive_address_warns_on_the_first_posts_headline() -> None:
    # 902: «/2019_10_28_archive.html» lists the day's posts; the headline is the first one's.
    article = jm.parse_article(DAY_PAGE, url="https://www.example.com/2019_10_28_archive.html")
    assert "title-uncertain" in _codes(article)


def test_blogger_month_archive_address_warns_too() -> None:
    article = jm.parse_article(DAY_PAGE, url="https://www.example.com/2019_10_archive.html")
    assert "title-uncertain" in _codes(article)


def test_blogger_post_address_gives_its_headline_without_doubt() -> None:
    # A post's address («/2019/10/slug.html») is no archive: same text, no doubt.
    article = jm.parse_article(DAY_PAGE, url="https://www.example.com/2019/10/fire-in-herat.html")
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)


# -- a journal article page's toolbar and issue line are site furniture (_header) ----------


def test_journal_toolbar_line_is_furniture() -> None:
    # 904: «XML English Abstract Print» over the citation formats.
    assert is_chrome_line(normalize("XML English Abstract Print"))


def test_latin_headline_with_a_toolbar_word_is_not_furniture() -> None:
    assert not is_chrome_line(normalize("XML parsers and English abstracts in print"))


def test_journal_issue_line_is_furniture() -> None:
    # 904, 914: the issue line, however long its tail of links, is no headline.
    line = "دوره 22، شماره 5 - ( آذر و دی 1398 )   جلد 22 شماره 5 صفحات 111-100 | برگشت به فهرست نسخه ها"
    assert is_chrome_line(normalize(line))
    assert is_chrome_line(normalize("| " + line + " |"))  # a Markdown table's cell


def test_headline_naming_an_issue_is_not_furniture() -> None:
    assert not is_chrome_line(normalize("دوره 22، شماره 5 مجله دانشگاه منتشر شد"))


def test_journal_page_gives_no_toolbar_title() -> None:
    # 904: the toolbar was the title, silently; now no title (the page prints none of its own
    # above the citation), with a warning.
    text = (
        "دوره 22، شماره 5 - ( آذر و دی 1398 )                   جلد 22 شماره 5 صفحات 111-100 | "
        "برگشت به فهرست نسخه ها\n\n\nXML English Abstract Print\n\n\nDownload citation:\n"
        "BibTeX | RIS | EndNote | Medlars | ProCite | Reference Manager | RefWorks\n"
        "Send citation to:\n\n"
        "مقدمه\n"
        "کم‌آبی یکی از پیامدهای شایع اسهال حاد در کودکان است و تشخیص به‌موقع آن در بخش اورژانس "
        "از بستری‌های طولانی جلوگیری می‌کند و پزشکان بیشتر به نشانه‌های بالینی تکیه می‌کنند.\n"
    )
    article = jm.parse_article(text)
    assert article.title != "XML English Abstract Print"
    assert article.title is None or "title-uncertain" in _codes(article)
