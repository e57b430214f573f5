"""Rules found with the thirteenth blind batch (tests/pages 900-919).

Each rule has a positive and a negative case; every positive case failed before its change.
"""

from __future__ import annotations

from tests.checks import warning_codes as _codes

import jalali_meta as jm

HEADLINE = "آتش‌سوزی در یک بازار چوب‌فروشی شهر هرات مهار شد"
DAY_PAGE = (
    "Monday, October 28, 2019\n\n"
    f"{HEADLINE}\n\n"
    "نیوز ویم - هرات:\n"
    "آتش در یکی از دکان‌های بازار چوب‌فروشی شهر هرات شعله‌ور شد و پس از دو ساعت خاموش شد.\n"
    "ماموران اطفائیه می‌گویند که به کسی آسیب نرسیده و زیان مالی هنوز برآورد نشده است.\n"
)  # the day's first post (an archive of one post reads as that post but for its address)


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


ISSUE = (
    "دوره 22، شماره 5 - ( آذر و دی 1398 )   جلد 22 شماره 5 صفحات 111-100 | برگشت به فهرست نسخه ها"
)
PARAGRAPH = (
    "کم‌آبی یکی از پیامدهای شایع اسهال حاد در کودکان است و تشخیص به‌موقع آن در بخش اورژانس "
    "از بستری‌های طولانی جلوگیری می‌کند و پزشکان بیشتر به نشانه‌های بالینی تکیه می‌کنند.\n"
)


def _silently(article: jm.Article, wrong: str) -> bool:
    return article.title == wrong and "title-uncertain" not in _codes(article)


def test_headline_naming_an_issue_stays_the_title() -> None:
    headline = "دوره 22، شماره 5 مجله دانشگاه علوم پزشکی اراک منتشر شد"
    article = jm.parse_article(f"{headline}\n\n{PARAGRAPH}")
    assert article.title == headline


def test_headline_with_a_toolbar_word_stays_the_title() -> None:
    headline = "نسخه Print مجله علمی دانشگاه اراک از ماه آینده منتشر می‌شود"
    article = jm.parse_article(f"{headline}\n\n{PARAGRAPH}")
    assert article.title == headline


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


def test_journal_html_page_takes_its_title_tag_over_the_issue_line() -> None:
    # 914: with the toolbar set aside, the issue line was the visible headline, silently.
    title = "دقت یک امتیاز بالینی ساده در پیش‌بینی کم‌آبی کودکان مبتلا به گاستروانتریت حاد"
    html = (
        f"<html><head><title>{title} - مجله دانشگاه علوم پزشكي اراك</title></head><body>"
        f"<p>{ISSUE}</p><p>XML English Abstract Print</p><p>Download citation:</p>"
        f"<p>{PARAGRAPH}</p></body></html>"
    )
    article = jm.parse_html(html, url="http://jams.example.ac.ir/browse.php?a_id=6062&sid=1")
    assert not _silently(article, ISSUE.replace("   ", " "))
    assert article.title == title or "title-uncertain" in _codes(article)
