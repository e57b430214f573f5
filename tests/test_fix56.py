"""Titles of pages that print no headline (fix56, real20).

A copied feed item ends with the footer WordPress feeds carry, «نوشته X اولین بار در Y
پدیدار شد.» (Yoast SEO's default «The post X appeared first on Y.»,
developer.yoast.com/features/alternate-formats/rss-feeds/): X is the post's title, the anchor
text of its link. The feed of click.ir prints it under every item with X equal to the item's
<title>; a scraper of fooladban.ir's feed strips «اولین بار در فولادبان ... پدیدار شد»; the
real20 page salamatsun.ir/2022/09/05/روز-کتاب-و-کتاب-خوانی-امسال-چندمه؟/ prints only a lead
over it. A paper database's record (getpaper.ir) labels its authors «نویسنده(ها):», on a
double-spaced page: the line under it is the authors' value, never the title. The pages are
written for these tests.
"""

from __future__ import annotations

from tests.checks import FLOOD_LEAD as LEAD
from tests.checks import FLOOD_MORE as MORE

import jalali_meta as jm

POST = "چرا آبراهه‌های قدیمی شهرهای ساحلی بسته شده‌اند؟"


def test_feed_footer_names_the_post_under_a_lead() -> None:
    """A lead and the feed's footer, no headline: the footer's X is the title."""
    page = f"{LEAD}\n\nنوشته {POST} اولین بار در مجله آب و شهر. پدیدار شد.\n\nsource\n"
    article = jm.parse_article(page)
    assert article.title == POST
    assert article.evidence["title"] == "feed footer"
    assert not any(w.code == "title-uncertain" for w in article.warnings)


def test_english_feed_footer_names_the_post() -> None:
    """Yoast's English footer «The post X appeared first on Y.» names the post too."""
    page = f"{LEAD}\n\nThe post {POST} appeared first on Ab o Shahr.\n"
    assert jm.parse_article(page).title == POST


def test_headline_printed_over_its_footer_keeps_its_rule() -> None:
    """A headline printed above, the footer naming the same post: the headline stays."""
    page = f"{POST}\n\n{LEAD}\n\n{MORE}\n\nنوشته {POST} اولین بار در مجله آب و شهر پدیدار شد.\n"
    article = jm.parse_article(page)
    assert article.title == POST
    assert article.evidence["title"] != "feed footer"


def test_footers_of_several_posts_name_no_one_title() -> None:
    """Near miss: a list of copied items, each with its footer: no one post's title."""
    other = "طرح لایروبی رودخانه‌ها از ماه آینده آغاز می‌شود"
    page = (
        f"{LEAD}\n\nنوشته {POST} اولین بار در مجله آب و شهر پدیدار شد.\n\n"
        f"{MORE}\n\nنوشته {other} اولین بار در مجله آب و شهر پدیدار شد.\n"
    )
    article = jm.parse_article(page)
    assert article.title not in (POST, other)


def test_sentence_saying_something_appeared_first_is_no_footer() -> None:
    """Near miss: a sentence of the text («این پدیده اولین بار در ... پدیدار شد.») is no
    footer: it does not open with «نوشته»."""
    page = f"{LEAD}\n\nاین پدیده اولین بار در شهرهای ساحلی شمال پدیدار شد.\n\n{MORE}\n"
    assert jm.parse_article(page).title is None


def test_authors_value_under_a_plural_label_on_a_double_spaced_page() -> None:
    """«نویسنده(ها):», a blank line, «NAME – دانشجوی ...»: the authors, never the title."""
    author = "مریم صالحی – دانشجوی کارشناسی ارشد مهندسی آب"
    page = f"نویسنده(ها):\n\n{author}\n\nچکیده:\n\n{LEAD} {MORE}\n"
    article = jm.parse_article(page)
    assert article.title != author
    assert author in article.authors


def test_headline_after_a_blank_under_an_empty_label_on_a_plain_page() -> None:
    """Near miss: on a page that is not double-spaced, a blank line ends the label's
    field: the line after it may still be the headline."""
    page = f"نویسنده:\n\n{POST}\n{LEAD}\n{MORE}\n"
    assert jm.parse_article(page).title == POST


def test_feed_footer_naming_only_digits_names_no_post() -> None:
    """Near miss (seventeenth mutation round): «نوشته 1402 اولین بار در ...» names no post's
    title (no letter in X): no title from it."""
    page = f"{LEAD}\n\nنوشته 1402 اولین بار در مجله آب و شهر پدیدار شد.\n"
    assert jm.parse_article(page).title is None
