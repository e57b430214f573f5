"""Tenth round of attacks: this session's page rules (docs/reliability.md, "Attacks, tenth
round").

The rules added for the blind pages 840-899 (fix14, fix15, fix16, mut10) were each made for a
few pages; these are near-misses a real page prints where a rule must not fire, and shapes
other than the fixtures' where it must. Each input's value was decided by hand first; the
sentences are our own, the layouts real pages' (a calendar column «روزشمار انقلاب اسلامی»
over its day, a WordPress «/CATEGORY/POST/» address, a post's meta list linking its date to
its day's archive).
"""

from __future__ import annotations

import pytest
from tests.checks import COUNCIL_BODY as BODY
from tests.checks import COUNCIL_HEADLINE as HEADLINE
from tests.checks import warning_codes as codes

import jalali_meta as jm

pytest.importorskip("selectolax")


def day(article: jm.Article) -> str | None:
    return article.published.gregorian.isoformat()[:10] if article.published else None


# -- «تاریخ امروز» labels a widget only alone or with a weekday (_header.TODAY_DATE_LABEL) --


@pytest.mark.parametrize("headline", ["تاریخ امروز، عبرت فردا", "تاریخ امروز را ما می‌نویسیم"])
def test_todays_history_headline_of_few_words_is_the_title(headline: str) -> None:
    # «today's history»: words after «امروز» and no weekday are a headline's, not a label's.
    article = jm.parse_article(f"{headline}\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}")
    assert article.title == headline
    assert day(article) == "2024-03-02"


@pytest.mark.parametrize("label", ["تاریخ امروز:", "تاریخ امروز: دوشنبه", "تاریخ شمسی امروز"])
def test_todays_date_label_is_still_a_widget(label: str) -> None:
    # The widget's day under its label is not the article's date.
    article = jm.parse_article(f"{label}\n\n۱۴ اسفند ۱۴۰۲\n\n{HEADLINE}\n\n{BODY}")
    assert article.title == HEADLINE
    assert article.published is None


# -- «امروز WEEKDAY DATE» opening the lead names the day, unless the headline names it -------

COLUMN_LEAD = (
    "امروز جمعه ۱۷ شهریور ۱۳۵۷، مردم تهران از صبح زود در میدان ژاله گرد آمدند و نیروهای "
    "نظامی به روی آنان آتش گشودند. این روز در تاریخ به جمعه سیاه شهرت یافت.\n\n"
    "روایت این روز از زبان شاهدان عینی در ادامه آمده است و گزارش‌های آن روز روزنامه‌ها نیز "
    "نقل شده است.\n"
)


def test_calendar_column_lead_gives_no_publication_day() -> None:
    # A calendar column («روزشمار انقلاب») retells its day in the present: the day it names
    # in its headline and lead is its subject, not the day it was written (1978).
    article = jm.parse_article(f"روزشمار انقلاب؛ ۱۷ شهریور ۱۳۵۷\n\n{COLUMN_LEAD}")
    assert article.published is None


def test_today_lead_under_a_headline_without_the_date_still_names_the_day() -> None:
    lead = (
        "امروز، سه‌شنبه ۲۲ بهمن ۱۳۹۸، نشست شورای شهر با حضور اعضا برگزار شد و درباره بودجه "
        "سال آینده گفت‌وگو شد.\n\n"
    )
    assert day(jm.parse_article(f"{HEADLINE}\n\n{lead}{BODY}")) == "2020-02-11"


# -- several Persian slugs at the address's end: which is the post's is not said -----------

CATEGORY = "اخبار حوادث و رویدادهای کشور"


def test_category_slug_longer_than_the_posts_is_doubted() -> None:
    # «/CATEGORY/POST» with a category of more words than the post: the address alone does
    # not say which slug is the post's; both spell a line; the pick is warned.
    text = f"صفحه اصلی › {CATEGORY}\n\n{CATEGORY}\n\nزلزله در بم\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}"
    url = "https://site.ir/اخبار-حوادث-و-رویدادهای-کشور/زلزله-در-بم"
    article = jm.parse_article(text, url=url)
    assert article.title == "زلزله در بم" or "title-uncertain" in codes(article)


def test_one_persian_slug_spelling_a_line_is_not_doubted() -> None:
    # The category's slug is Latin (no Persian rival): no doubt from the address.
    text = f"صفحه اصلی › {CATEGORY}\n\n{CATEGORY}\n\nزلزله در بم\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}"
    article = jm.parse_article(text, url="https://site.ir/news/زلزله-در-بم")
    assert article.title == "زلزله در بم"
    assert "title-uncertain" not in codes(article)


# -- HTML: a post's meta list under its text links its own date to the day's archive --------

HT = "همایش بزرگ کتاب در تهران برگزار شد"
PARAS = "".join(f"<p>{part}</p>" for part in BODY.split("\n\n"))


def test_meta_list_date_linked_to_its_archive_is_the_posts() -> None:
    page = (
        f"<html><head><title>{HT} - سایت</title></head><body><div class='post'><h1>{HT}</h1>"
        f"{PARAS}<div class='entry-meta'><ul><li><a href='/1402/02/22/'>۲۲ اردیبهشت ۱۴۰۲</a>"
        "</li><li><a href='/category/news/'>اخبار</a></li></ul></div></div></body></html>"
    )
    assert day(jm.parse_html(page)) == "2023-05-12"


def test_related_list_of_linked_dates_is_still_another_items() -> None:
    page = (
        f"<html><head><title>{HT} - سایت</title></head><body><div class='post'><h1>{HT}</h1>"
        f"{PARAS}<h3>مطالب مرتبط</h3><ul><li><a href='/n/1'>۱۵ اردیبهشت ۱۴۰۰</a></li>"
        "<li><a href='/n/2'>۱۶ اردیبهشت ۱۴۰۰</a></li></ul></div></body></html>"
    )
    assert jm.parse_html(page).published is None


# -- HTML: a one-line box named after a menu or comments that is no menu -------------------


@pytest.mark.parametrize("cls", ["menu-date", "comment-count"])
def test_one_line_text_box_with_an_outside_name_is_the_articles(cls: str) -> None:
    # «<div class="comment-count">۲۲ اردیبهشت ۱۴۰۲ | ۵ دیدگاه</div>»: the post's own meta
    # line, plain text, in a box its theme names after a part of it.
    page = (
        f"<html><head><title>{HT} - سایت</title></head><body><div class='post'><h1>{HT}</h1>"
        f"<div class='{cls}'>۲۲ اردیبهشت ۱۴۰۲</div>{PARAS}</div></body></html>"
    )
    assert day(jm.parse_html(page)) == "2023-05-12"


def test_one_line_menu_of_links_stays_outside() -> None:
    # A one-line menu of links (page 853's shape) with a date link: the menu's, not the post's.
    page = (
        f"<html><head><title>{HT} - سایت</title></head><body><div class='post'><h1>{HT}</h1>"
        "<div class='menu'><a href='/'>خانه</a> <a href='/a'>۲۲ اردیبهشت ۱۴۰۲</a></div>"
        f"{PARAS}</div></body></html>"
    )
    assert jm.parse_html(page).published is None
