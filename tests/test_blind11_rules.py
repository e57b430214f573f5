"""Rules of the ninth session (branch fix12), found on the failures of the eighth blind batch
(tests/pages 770-799, issue #16): each with a positive and a negative case. The shapes are
the real pages' (tests/pages/SOURCES.md), the words new."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes as _codes

import jalali_meta as jm

LEAD = (
    "ساعت کار ادارات و دستگاه‌های اجرایی استان از فردا تا پایان هفته کوتاه می‌شود و "
    "مدارس نیز تعطیل خواهند بود."
)
BODY = (
    "به گزارش خبرنگار ما، این تصمیم در جلسه ستاد مدیریت بحران استان گرفته شد و بانک‌ها و "
    "مراکز درمانی از آن مستثنا هستند. استاندار گفت که در صورت ادامه گرما تصمیم تازه‌ای "
    "گرفته خواهد شد."
)


# -- 773, 788: a live stream's badge «پخش زنده» over a page without a headline -----------


@pytest.mark.parametrize("badge", ["پخش زنده", "زنده", "ژوندۍ"])
def test_live_stream_badge_is_never_the_title(badge: str) -> None:
    """A live stream's badge over the lead of a page that prints no headline is site
    furniture: no title (it was taken, without a warning)."""
    article = jm.parse_article(f"{badge}\n{LEAD}\n{BODY}\n")
    assert article.title is None


def test_headline_under_a_live_stream_badge_is_the_title() -> None:
    """The badge above a real headline does not hide it."""
    text = f"پخش زنده\nساعت کار ادارات استان کوتاه شد\n{LEAD}\n{BODY}\n"
    assert jm.parse_article(text).title == "ساعت کار ادارات استان کوتاه شد"


# -- 790, 796: an Afghan dateline «۵/ حوت/ ۱۳۹۱ –» opening the first paragraph ------------

HEADLINE = "جوانان داوطلب شفاخانه‌های شهر را پاک‌کاری می‌کنند"
REPORT = (
    "حدود صد تن از اعضای انجمن جوانان به صورت داوطلبانه شفاخانه‌های شهر را پاک‌کاری "
    "کردند و گفتند که این کار را هر ماه تکرار خواهند کرد."
)


@pytest.mark.parametrize("caption", ["", "جوانان شهر\n"])
def test_date_and_dash_opening_the_lead_is_its_dateline(caption: str) -> None:
    """A whole date and a dash opening the first paragraph (a caption above it or not) is
    the report's dateline: the publication day (it was left empty)."""
    text = f"{HEADLINE}\n{caption}۵/ حوت/ ۱۳۹۱ – {REPORT}\n{BODY}\n"
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2013-02-23"


@pytest.mark.parametrize(
    "lead",
    [
        f"۵ حوت ۱۳۹۱ روزی بود که {REPORT}",  # a date as the sentence's subject, no dash
        f"{REPORT[:-1]} و ۵/ حوت/ ۱۳۹۱ – روز پایان کار است.",  # a date further in
    ],
)
def test_date_without_the_dateline_shape_is_no_publication_date(lead: str) -> None:
    """A date opening the lead without a dash, or a date and dash inside it, is no dateline."""
    assert jm.parse_article(f"{HEADLINE}\n{lead}\n{BODY}\n").published is None


def test_date_and_dash_in_a_later_paragraph_is_no_dateline() -> None:
    """Only the report's first paragraph opens with its dateline."""
    text = f"{HEADLINE}\n{REPORT}\n۵/ حوت/ ۱۳۹۱ – {BODY}\n"
    assert jm.parse_article(text).published is None


def test_date_and_dash_opening_a_page_without_headline_is_no_dateline() -> None:
    """«DATE – SITE ...» opening a text with no headline is a page's title run into its
    text (a day archive's), not a report's dateline."""
    text = f"۵/ حوت/ ۱۳۹۱ – {REPORT} {BODY}\n"
    assert jm.parse_article(text).published is None


# -- 770: a site's banner «سایت روزنو | روزنو | Roozno» over a page without a headline ----

HEADER = "کد خبر: ۷۱۰۵۴\nتاریخ انتشار: ۰۹:۳۹ - ۲۲ اردیبهشت ۱۳۹۳\n"


@pytest.mark.parametrize(
    "banner",
    ["سایت نمونه‌نو | نمونه‌نو | Nemuneno", "پایگاه خبری نمونه‌نو | نمونه‌نو", "نمونه‌نو | نمونه‌نو"],
)
def test_site_name_printed_in_its_forms_is_never_the_title(banner: str) -> None:
    """A line printing the site's name twice (alone, after «سایت» or «پایگاه خبری»), a Latin
    spelling beside it or not, is the site's banner: no title on a page without a headline
    (it was taken, without a warning, from the text alone)."""
    article = jm.parse_article(f"{banner}\n\n{HEADER}{LEAD}\n\n{BODY}\n")
    assert article.title is None


@pytest.mark.parametrize(
    "line",
    [
        "ساعت کار ادارات استان کوتاه شد | نمونه‌نو",  # a headline and the site: two names
        "ساعت کار ادارات | ساعت کار ادارات استان کوتاه شد",  # not the same name twice
    ],
)
def test_headline_beside_a_site_name_is_no_banner(line: str) -> None:
    """A headline beside the site's name (two different things across the bar) is still a
    title candidate: the page gets a title."""
    article = jm.parse_article(f"{line}\n\n{HEADER}{LEAD}\n\n{BODY}\n")
    assert article.title is not None


# -- 772, 793: an aggregator's item page: a glued clock, «SOURCE date», a question headline,
# the excerpt with «... ادامه خبر» and the aggregator's note ------------------------------

QUESTION = "تورم خوراکی‌ها در شهرها و روستاهای استان در پایان سال چقدر بود؟"
SOURCE_LINE = "جستجوی پیشرفته\nخبرگزاری نمونه ۱۴۰۳/۰۱/۱۹ - ۱۷:۲۷\n"
EXCERPT = BODY[:-1] + " ... ادامه خبر"
NOTE = (
    "این سایت تنها فهرستی از خبرهای منتشرشده در سایت‌های دیگر است؛ برای خواندن متن کامل، "
    "روی پیوند ادامه خبر بزنید تا به سایت منتشرکننده بروید."
)
HEADED = f"{SOURCE_LINE}\nکاهش ساعت کار ادارات استان\n\n{EXCERPT}\n\n"


@pytest.mark.parametrize(
    "clock", ["دوشنبه ۳۱ اردیبهشتساعت ۲۱:۲۷May 2024 20", "دوشنبه ۳۱ اردیبهشت ساعت ۲۱:۲۷"]
)
def test_site_clock_is_never_the_title(clock: str) -> None:
    """Weekday, day and month, «ساعت» and a time (glued by extraction or not, an English
    date after it): the site's clock, no title on a page without a headline."""
    assert jm.parse_article(f"{clock}\n{LEAD}\n{BODY}\n").title is None


def test_headline_opening_with_a_weekday_and_date_is_no_clock() -> None:
    """A headline that names a day and goes on with other words is still the title."""
    headline = "دوشنبه ۳۱ اردیبهشت ادارات تعطیل است"
    assert jm.parse_article(f"{headline}\n{LEAD}\n{BODY}\n").title == headline


def test_question_headline_under_its_date_line_over_the_report_is_the_title() -> None:
    """«SOURCE date» / a question of a headline's length / the lead opening «به گزارش ...»:
    the question is the headline, not the first paragraph (the search link above was taken)."""
    article = jm.parse_article(f"{SOURCE_LINE}{QUESTION}\n{BODY}\n{LEAD}\n")
    assert article.title == QUESTION
    assert "title-uncertain" not in _codes(article)


def test_question_over_a_lead_without_the_report_opening_stays_running_text() -> None:
    """Without «به گزارش» opening the paragraph under it, a question under the date line is
    not taken as the headline by this rule."""
    article = jm.parse_article(f"{SOURCE_LINE}{QUESTION}\n{LEAD}\n{BODY}\n")
    assert article.title != QUESTION


@pytest.mark.parametrize(
    "after", [NOTE, "خبرهای مشابه\nتعطیلی مدارس استان تمدید شد"], ids=["note", "related"]
)
def test_one_excerpt_with_its_read_more_over_running_text_is_no_list(after: str) -> None:
    """One excerpt ending «... ادامه خبر», then running text that starts no item (the
    aggregator's note) or the related items' heading: one item's page, its date kept (it
    was read as a list, the date dropped)."""
    article = jm.parse_article(f"{HEADED}{after}\n")
    assert "listing-page" not in _codes(article)
    assert article.published is not None


def test_excerpts_with_read_more_one_under_another_are_a_list() -> None:
    """Another item (headline and excerpt) under the first excerpt: a list, as before."""
    text = f"{HEADED}تعطیلی مدارس استان تمدید شد\n\n{LEAD[:-1]} ... ادامه خبر\n"
    assert "listing-page" in _codes(jm.parse_article(text))


def test_read_more_button_over_the_related_heading_is_no_list() -> None:
    """The read-more button on a line of its own (a page's text one element a line), then
    the related items' heading: one item's page, not a list named by the source line."""
    text = (
        f"{SOURCE_LINE}{QUESTION}\n{BODY[:-1]} ... ...\nادامه خبر\nخبرهای مشابه\n"
        "تعطیلی مدارس استان تمدید شد\n"
    )
    article = jm.parse_article(text)
    assert (article.title, "listing-page" in _codes(article)) == (QUESTION, False)


# -- 785: an AMP view printing the lead (with its agency dateline) before the headline -----

DATED_LEAD = (
    "شیراز- ایرنا- استاندار فارس روز پنجشنبه به مناسبت روز خبرنگار پیامی منتشر کرد و "
    "نوشت: خبرنگاران با قلم خود از حقیقت و حقوق مردم دفاع می‌کنند."
)
AFTER_LEAD = "استاندار فارس: خبرنگاران از حقیقت دفاع می‌کنند"


@pytest.mark.parametrize("below", ["", f"\n{BODY}"], ids=["last", "over-body"])
def test_headline_under_a_lead_opening_with_an_agency_dateline(below: str) -> None:
    """«PLACE- AGENCY- ...» lead first, then a headline-shaped line sharing its words (the
    text's last line, or over the body): that line is the title (there was none)."""
    article = jm.parse_article(f"{DATED_LEAD}\n{AFTER_LEAD}{below}\n")
    assert article.title == AFTER_LEAD


def test_short_line_under_a_lead_without_dateline_is_no_headline() -> None:
    """The same lead without its agency's dateline: the line under it is no headline by
    this rule (a signature, a subheading)."""
    lead = DATED_LEAD.removeprefix("شیراز- ایرنا- ")
    assert jm.parse_article(f"{lead}\n{AFTER_LEAD}\n").title is None
