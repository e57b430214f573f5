"""Fourteenth round of attacks: the glued-crumb and real-sample rules (docs/reliability.md,
"Attacks, fourteenth round").

fix25 cut a breadcrumb glued to the headline («خانه اخبار HEADLINE»), real12 set aside a
wiki's tagline, «شما اینجا هستید», a name before a bare bar and a lone «شماره N»; these are
near-misses a real page prints where a rule must not fire, and other shapes where it must,
with the thirteenth round's leftovers (a listicle's count in the address, a date line with
one Latin word after its time). Each value was decided by hand first; the sentences are our
own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.checks import COUNCIL_BODY as BODY
from tests.checks import COUNCIL_HEADLINE as HEADLINE
from tests.checks import COUNCIL_PAGE as PAGE
from tests.checks import warning_codes as codes

import jalali_meta as jm

DATE = "۱۲ اسفند ۱۴۰۲"
FA_SLUG = "https://www.example.ir/news/48213/شورای-شهر-بودجه-سال-آینده-را-بررسی-کرد"
EN_SLUG = "https://www.example.ir/news/48213/city-council-reviews-next-year-budget"


# -- the Latin «Home» opens a glued breadcrumb (_evidence.glued_breadcrumb_starts) ------------


@pytest.mark.parametrize("home", ["Home", "HOME", "home"])
def test_latin_home_and_a_list_name_glued_to_the_headline_are_cut(home: str) -> None:
    article = jm.parse_article(f"{home} اخبار {HEADLINE}\n\n{DATE}\n\n{BODY}")
    assert article.title == HEADLINE


def test_latin_home_before_an_institution_is_not_cut() -> None:
    line = "Home سینما جشنواره فیلم فجر را تحریم کرد"
    assert jm.parse_article(f"{line}\n\n{DATE}\n\n{BODY}").title == line


# -- a section's name that also names an institution: no sure cut --------------------------

FOOTBALL = "خانه فوتبال ایران در قزوین افتتاح شد"


@pytest.mark.parametrize("url", [None, EN_SLUG])
def test_home_football_headline_is_kept_whole_in_doubt(url: str | None) -> None:
    article = jm.parse_article(f"{FOOTBALL}\n\n{DATE}\n\n{BODY}", url=url)
    assert article.title == FOOTBALL
    assert "title-uncertain" in codes(article)


def test_home_football_crumb_is_cut_where_the_slug_says() -> None:
    article = jm.parse_article(f"خانه فوتبال ایران {HEADLINE}\n\n{DATE}\n\n{BODY}", url=FA_SLUG)
    assert article.title == HEADLINE


def test_two_section_words_after_home_are_still_a_sure_crumb() -> None:
    article = jm.parse_article(f"خانه اخبار ویژه {HEADLINE}\n\n{DATE}\n\n{BODY}")
    assert article.title == HEADLINE
    assert "title-uncertain" not in codes(article)


# -- a wiki's tagline: a headline with a particle or a verb is none (_article._WIKI_TAGLINE) ---


@pytest.mark.parametrize(
    "headline", ["از ویکی‌لیکس تا اسنودن", "از ویکی‌پدیا خبری نیست", "از ویکی‌پدیا تا هوش مصنوعی"]
)
def test_headline_opening_with_a_wiki_name_is_the_title(headline: str) -> None:
    assert jm.parse_article(f"{headline}\n\n{DATE}\n\n{BODY}").title == headline


@pytest.mark.parametrize("tagline", ["از ویکی‌پدیا، دانشنامهٔ آزاد", "از ویکی شیعه", "از ایران پدیا"])
def test_wiki_tagline_is_still_never_the_title(tagline: str) -> None:
    assert jm.parse_article(f"تخت جمشید\n\n{tagline}\n\n{BODY}").title == "تخت جمشید"


# -- a listicle's count before the address's slug (_sources.url_number) ---------------------


@pytest.mark.parametrize(
    "url",
    ["https://www.example.com/news/25-things-to-know.html",
     "https://www.example.com/news/7-ways-to-sleep-better/",
     "https://www.example.ir/news/10-نکته-درباره-بودجه"],
)  # fmt: skip
def test_short_count_before_a_long_slug_is_no_id(url: str) -> None:
    assert jm.parse_article(PAGE, url=url).number is None


@pytest.mark.parametrize(
    ("url", "number"),
    [("https://www.example.com/news/145-city-council-budget.html", "145"),
     ("https://www.example.com/news/25-budget.html", "25"),
     ("https://www.example.com/news/25", "25"),
     # Joomla K2's «/item/ID-alias» (the real shape of balkh.af's pages): always the ID.
     ("http://www.example.af/index.php/component/k2/item/51-سفر-والی-به-ولسوالی-ها", "51"),
     ("https://www.example.com/news/item/7-ways-the-council-voted", "7")],
)  # fmt: skip
def test_item_id_before_a_slug_or_alone_is_kept(url: str, number: str) -> None:
    assert jm.parse_article(PAGE, url=url).number == number


# -- one Latin word after a date line's time (_header._date_line) ---------------------------


@pytest.mark.parametrize(
    "line",
    [f"{DATE} ساعت ۱۰:۳۰ ESTONIA", f"{DATE} - ۱۰:۳۰ Tehran", f"{DATE} ۱۰:۳۰ IRNA",
     "2 March 2024 10:30 Kabul"],
)  # fmt: skip
def test_date_line_with_a_latin_word_after_its_time_gives_the_day_only(line: str) -> None:
    published = jm.parse_article(f"{HEADLINE}\n\n{line}\n\n{BODY}").published
    assert published is not None
    assert published.gregorian == dt.date(2024, 3, 2)
    assert not isinstance(published.gregorian, dt.datetime)  # the time may be another clock's


def test_date_line_with_its_time_alone_keeps_the_time() -> None:
    published = jm.parse_article(f"{HEADLINE}\n\n{DATE} ساعت ۱۰:۳۰\n\n{BODY}").published
    assert published is not None
    assert isinstance(published.gregorian, dt.datetime)


def test_date_line_with_a_latin_word_and_more_text_is_running_text() -> None:
    text = f"{HEADLINE}\n\n{DATE} ساعت ۱۰:۳۰ Zoom جلسه آنلاین شورا برگزار می‌شود و {BODY}"
    assert jm.parse_article(text).published is None


def test_several_offset_zone_after_the_time_is_still_warned() -> None:
    article = jm.parse_article(f"{HEADLINE}\n\n{DATE} ساعت ۱۰:۳۰ PST\n\n{BODY}")
    assert "zone-unread" in codes(article)
