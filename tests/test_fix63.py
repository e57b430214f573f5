"""Three silent titles of the eleventh held-out sample (docs/real_sample.md, "An eleventh
sample", real22): a comment counter printed as a Markdown heading, a breadcrumb ending with
its separator, and a date archive's later page whose first line names no period.

The shapes are real (named beside each group); the headlines and paragraphs are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

HEADLINE = "آتش‌نشانان شهر صد و بیست عملیات امداد را در شش ماه انجام دادند"
LEAD = (
    "به گزارش روابط عمومی شهرداری، مسئول آتش‌نشانی شهر گفت: در شش ماه نخست امسال صد و بیست "
    "عملیات امداد و نجات در سطح شهر و روستاهای اطراف انجام شده است.\n"
)
BODY = (
    "وی افزود: دو ایستگاه تازه در محله‌های شمالی شهر ساخته می‌شود و تا پایان سال به بهره "
    "برداری می‌رسد.\n"
)


def codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- A comment counter is chrome, wherever it stands ------------------------------------------
# mohabad-ag.ir (a governor's office, real22 #3) prints «نظر : 0» as a heading at the page's
# end, under the headline lines; blogfa's post footer prints «نظرات (0)», persianblog's
# «/ 0 نظر / 29 بازدید» (chamsangar.persianblog.ir), WordPress themes «0 دیدگاه».


@pytest.mark.parametrize("counter", ["نظر : 0", "نظرات (0)", "0 دیدگاه", "دیدگاه‌ها (۲)"])
def test_counter_heading_at_the_end_is_no_headline(counter: str) -> None:
    text = f"{HEADLINE}\n\n{LEAD}\n{BODY}\n# {counter}\n"
    article = jm.parse_article(text)
    assert article.title == HEADLINE


@pytest.mark.parametrize("counter", ["نظرات (0)", "دیدگاه‌ها (۲)"])
def test_bracketed_counter_line_above_is_no_headline(counter: str) -> None:
    article = jm.parse_article(f"{counter}\n{HEADLINE}\n{LEAD}")
    assert article.title == HEADLINE


@pytest.mark.parametrize("counter", ["نظرات (0)", "comments (12)", "بازدید ( 1,204 )"])
def test_number_in_brackets_after_a_counter_word_is_a_counter(counter: str) -> None:
    """A counter with its number in brackets, as a heading over the headline, is chrome."""
    article = jm.parse_article(f"# {counter}\n\n{HEADLINE}\n\n{LEAD}")
    assert article.title == HEADLINE


def test_heading_naming_comments_in_a_sentence_is_a_headline() -> None:
    """Near miss: a headline about comments, with a number, is no counter."""
    title = "نظرات ۵۰۰ کارشناس درباره طرح آتش‌نشانی بررسی شد"
    article = jm.parse_article(f"# {title}\n\n{LEAD}\n{BODY}")
    assert article.title == title


def test_bracketed_word_after_comments_is_a_headline() -> None:
    """Near miss: «نظرات (کارشناسان)» holds no number: not a counter."""
    article = jm.parse_article(f"# نظرات (کارشناسان)\n\n{LEAD}\n{BODY}")
    assert article.title == "نظرات (کارشناسان)"


# -- A breadcrumb ending with its separator -------------------------------------------------
# esfahan.corc.ir's DorsaPortal page (real22 #32) prints «سخن روز /» over its heading; trails
# end with their separator where the page's own name is cut off: «خانه » اخبار »» (WordPress
# breadcrumb plugins), «صفحه اصلی > اخبار >».


@pytest.mark.parametrize("trail", ["سخن روز /", "خانه » اخبار »", "صفحه اصلی > اخبار >"])
def test_trail_ending_with_its_separator_is_no_headline(trail: str) -> None:
    title = "تعاونی‌های کشاورزی"
    article = jm.parse_article(f"{trail}\n{title}\n{LEAD}")
    assert article.title == title


def test_headline_ending_with_a_closing_quote_is_a_headline() -> None:
    """Near miss: «»» closing a quotation is no breadcrumb separator."""
    title = "شهردار: «ایستگاه تازه تا پایان سال آماده می‌شود»"
    article = jm.parse_article(f"{title}\n{LEAD}")
    assert article.title == title


@pytest.mark.parametrize("line", ["اجاره روزانه 450,000 تومان /", "نشست ۱۴۰۲/"])
def test_line_with_a_digit_before_a_slash_is_not_a_trail(line: str) -> None:
    """Near miss: a price per night («450,000 تومان /», homsa.net's room page) or a slash
    glued to a year has a digit: no crumb, and the rule leaves it to the other rules."""
    article = jm.parse_article(f"{line}\n{LEAD}")
    assert article.title == line


# -- A date archive's later page ----------------------------------------------------------
# irantrout.ir/2017/07/page/2/ (real22 #15) prints its first post's headline and subheading and
# no list name; a date archive's name gives its period: «بایگانی‌های تیر ۱۳۹۶» (WordPress's
# Persian «Archives: %s»), «Monthly Archives: July 2017».

POST = "خوراک‌دهی به ماهی قزل‌آلا"
SUBHEADING = "روش‌های خوراک‌دهی در مزرعه‌های پرورش ماهی"
PARAGRAPH = (
    "در بیشتر مزرعه‌های کشور ماهی‌ها با دست خوراک می‌گیرند و کارگر باید خوراک را آرام و در "
    "چند نوبت در استخر بریزد تا کمتر هدر برود.\n"
)


def test_month_archive_page_without_a_period_name_gives_no_title() -> None:
    text = f"{POST}\n\n{SUBHEADING}\n\n{PARAGRAPH}"
    article = jm.parse_article(text, url="http://trout.example/2017/07/page/2/")
    assert article.title is None
    assert {"listing-page", "title-uncertain"} <= codes(article)


def test_month_archive_page_naming_its_period_keeps_it() -> None:
    """Near miss: a name with the period's year is the archive's own."""
    text = f"بایگانی تیر ۱۳۹۶\n\n{POST}\n\n{PARAGRAPH}"
    article = jm.parse_article(text, url="http://trout.example/1396/04/page/2/")
    assert article.title == "بایگانی تیر ۱۳۹۶"
    assert "title-uncertain" not in codes(article)


def test_day_archive_later_page_without_a_period_name_gives_no_title() -> None:
    text = f"{POST}\n\n{SUBHEADING}\n\n{PARAGRAPH}"
    article = jm.parse_article(text, url="http://trout.example/1396/06/30/page/3/")
    assert article.title is None
    assert "title-uncertain" in codes(article)


@pytest.mark.parametrize(
    "url", ["http://trout.example/tag/ماهی/page/2/", "http://trout.example/2017/07/slug/"]
)
def test_no_period_in_the_address_leaves_the_title(url: str) -> None:
    """Near miss: a tag's later page and a post under a month path are no date archive's
    page: the rule gives them no doubt."""
    article = jm.parse_article(f"{POST}\n\n{SUBHEADING}\n\n{PARAGRAPH}", url=url)
    assert article.title is not None
    assert not any("date archive" in warning.message for warning in article.warnings)


# -- Mutation round 18 (docs/reliability.md, "The eighteenth round") ------------------------


def test_headline_of_two_quotations_is_a_headline() -> None:
    """Near miss: «»» closing the second of two quotations is no separator."""
    for title in ("«ایران» و «آمریکا»", "دیدار «ایران» و «آمریکا»"):
        assert jm.parse_article(f"{title}\n\n{LEAD}\n{BODY}").title == title


def test_slash_glued_to_a_headline_alone_is_no_trail() -> None:
    """Near miss: a headline ending with a slash glued to its last word and no other slash
    (its second part lost): a trail's separator stands apart or repeats."""
    title = f"{HEADLINE}/"
    assert jm.parse_article(f"{title}\n\n{LEAD}\n{BODY}").title == title
