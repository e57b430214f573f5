"""Eleventh round of attacks: the 900-919 rules (docs/reliability.md, "Attacks, eleventh round").

fix17 and fix18 added rules for the blind pages 900-919; these are near-misses a real page
prints where a rule must not fire, and other shapes where it must. Each value was decided by
hand first; the sentences are our own, the layouts real pages' (a Yektaweb journal's toolbar
and issue line, a journal page's «شماره جاری: دوره 19، شماره 100، زمستان 1398», a
vBulletin archive's address, a CMS's «?newsid=...&commentid=...»).
"""

from __future__ import annotations

import pytest
from tests.checks import COUNCIL_BODY as BODY
from tests.checks import COUNCIL_HEADLINE as HEADLINE
from tests.checks import COUNCIL_PAGE as PAGE
from tests.checks import warning_codes as codes

import jalali_meta as jm

# -- a named item key beside another item's «...id» key stays a doubt (_sources.url_number) --


@pytest.mark.parametrize(
    "query",
    ["showthread.php?postid=120&replyid=3350", "news.php?newsid=5&commentid=77",
     "view.php?articleid=881&related_item_id=17"],
)  # fmt: skip
def test_named_item_key_beside_another_items_key_is_no_number(query: str) -> None:
    # The page may be the reply's or the comment's: the address does not say which ID.
    article = jm.parse_article(PAGE, url=f"https://www.example.ir/{query}")
    assert article.number is None


@pytest.mark.parametrize(
    ("query", "number"),
    [("browse.php?a_id=6062&sid=1&slc_lang=fa", "6062"), ("news.php?newsid=4521&catid=12", "4521"),
     ("view.php?articleid=881&issueid=17", "881")],
)  # fmt: skip
def test_named_item_key_beside_a_sections_key_is_the_number(query: str, number: str) -> None:
    article = jm.parse_article(PAGE, url=f"https://journal.example.ac.ir/{query}")
    assert article.number == number


def test_named_item_key_beside_a_generic_id_stays_a_doubt() -> None:
    article = jm.parse_article(PAGE, url="https://journal.example.ac.ir/browse.php?a_id=5&id=9")
    assert article.number is None


# -- the other 900-919 rules hold on their near-misses (no change needed) ------------------


@pytest.mark.parametrize(
    ("segment", "number"),
    [("t-59540.html", "59540"), ("t-2023.html", None), ("t-1399.html", None), ("f-12.html", None)],
)
def test_vbulletin_archive_thread_never_a_year(segment: str, number: str | None) -> None:
    url = f"https://www.example-forum.ir/forum/archive/index.php/{segment}"
    assert jm.parse_article(PAGE, url=url).number == number


@pytest.mark.parametrize(
    "headline",
    ["دوره ۲۲، شماره ۵ مجله منتشر شد", "دوره ۱۲ مسابقات قرآن دانش‌آموزان برگزار شد",
     "چاپ سه‌بعدی Print اعضای بدن در ایران"],
)  # fmt: skip
def test_headlines_naming_an_issue_or_print_stay_titles(headline: str) -> None:
    article = jm.parse_article(f"{headline}\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}")
    assert article.title == headline


def test_issue_line_and_toolbar_are_furniture() -> None:
    text = (
        "دوره ۱۹، شماره ۱۰۰ - ( زمستان ۱۳۹۸ ) | برگشت به فهرست نسخه ها\n\n"
        f"XML | English Abstract | Print\n\n{PAGE}"
    )
    assert jm.parse_article(text).title == HEADLINE


def test_underscore_word_inside_a_headline_is_no_user_name() -> None:
    headline = "فرم نام_خانوادگی در سامانه ثبت‌نام اصلاح شد"
    article = jm.parse_article(f"{headline}\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}")
    assert article.title == headline


def test_english_ordinal_day_needs_its_year() -> None:
    article = jm.parse_article(f"{HEADLINE}\n\nمسابقه در 1st May برگزار می‌شود\n\n{BODY}")
    assert article.published is None


# -- a headline reporting an issue ends with its verb: not the issue line (_Line.chrome) ----


@pytest.mark.parametrize(
    "headline",
    ["دوره ۱۴، شماره ۲ (پیاپی ۵۳) فصلنامه مطالعات شهری منتشر شد",
     "دوره ۱۴، شماره ۲ - بهار ۱۴۰۲ مجله پژوهش‌های تاریخی روی سایت رفت"],
)  # fmt: skip
def test_headline_reporting_an_issue_is_the_title(headline: str) -> None:
    article = jm.parse_article(f"{headline}\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}")
    assert article.title == headline
    assert "title-uncertain" not in codes(article)


@pytest.mark.parametrize(
    "line",
    ["دوره ۱۹، شماره ۱۰۰ - ( زمستان ۱۳۹۸ ) | برگشت به فهرست نسخه ها", "دوره ۱۹، شماره ۱۰۰",
     "| دوره ۲۲، شماره ۵ - ( آذر و دی ۱۳۹۸ ) | جلد ۲۲ شماره ۵ صفحات ۱۱۱-۱۰۰ |"],
)  # fmt: skip
def test_issue_line_without_a_verb_is_still_furniture(line: str) -> None:
    assert jm.parse_article(f"{line}\n\n{PAGE}").title == HEADLINE
