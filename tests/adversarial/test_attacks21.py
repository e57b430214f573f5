"""Twenty-first round of attacks: fix46's, fix47's and fix48's rules (docs/reliability.md,
"Attacks, twenty-first round").

Five titles were silently wrong: a headline whose subject is a news group's rubric words
(«اخبار ویژه شبکه خبر ...», «خبرهای فوری زلزله را ...») lost them as if a site's rubric were
glued before it; a list's read-more line naming an item's headline of a common length (as
long as a paragraph) did not doubt the first item's headline. The rubric is now cut with
certainty only when the page's <title> or slug spells the headline without it, kept whole
when they spell the rubric's words as its opening, and cut with title-uncertain when the
page says neither. Each test has its near miss. The sentences are our own.
"""

from __future__ import annotations

import pytest
from tests.checks import COUNCIL_BODY as BODY
from tests.checks import COUNCIL_HEADLINE as HEADLINE
from tests.checks import warning_codes as _codes

import jalali_meta as jm

SCHEDULE = "ایستگاه ورزش شنبه تا چهارشنبه از ساعت 19:30 به مدت 30 دقیقه"
LEAD = (
    "نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد و در آن درباره "
    "بودجه سال آینده گفت‌وگو شد."
)
SUBJECT = "اخبار ویژه شبکه خبر امشب ساعت ۲۲ پخش می‌شود"


def radio(headline_line: str) -> str:
    """radiojavan.ir's layout (page 1080): schedule line, headline line, lead, date and time
    spans one a line, body."""
    return f"{SCHEDULE}\n\n{headline_line}\n\n{LEAD}\n\n1402/12/12\n|\n18:24\n|\n\n{BODY}"


def radio_html(headline_line: str, title_tag: str) -> str:
    return (
        f"<html><head><title>رادیو جوان | {title_tag}</title></head><body>"
        f"<p>{SCHEDULE}</p><h2>{headline_line}</h2><p>{LEAD}</p>"
        f"<p>{BODY.replace(chr(10), ' ')}</p></body></html>"
    )


# 1. A rubric's words opening a headline: cut only with the page's word for it.


@pytest.mark.parametrize(
    "headline",
    [
        SUBJECT,
        "خبرهای فوری زلزله را از کدام کانال دنبال کنیم؟",
        "اخبار برگزیده هفته نامزد جایزه روزنامه‌نگاری شدند",
    ],
)
def test_rubric_words_cut_from_a_text_alone_are_doubted(headline: str) -> None:
    """The text alone cannot say whether the words are a rubric or the headline's subject:
    whatever is kept is doubted, never silently cut."""
    article = jm.parse_article(radio(headline))
    assert "title-uncertain" in _codes(article)


def test_rubric_cut_from_a_text_alone_keeps_the_headline() -> None:
    """Page 1080's shape: the headline after the rubric, doubted."""
    article = jm.parse_article(radio(f"خبرهای داغ ورزشی {HEADLINE}"))
    assert article.title == HEADLINE
    assert "title-uncertain" in _codes(article)


def test_title_tag_naming_the_headline_confirms_the_cut() -> None:
    """Page 1081's shape: «رادیو جوان | HEADLINE» names the headline without the rubric."""
    article = jm.parse_html(radio_html(f"اخبار ویژه {HEADLINE}", HEADLINE))
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_slug_naming_the_headline_confirms_the_cut() -> None:
    url = "https://news.example.ir/news/48213/شورای-شهر-بودجه-سال-آینده-را-بررسی-کرد"
    article = jm.parse_article(radio(f"اخبار ویژه {HEADLINE}"), url=url)
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_slug_spelling_the_rubric_words_keeps_the_headline_whole() -> None:
    """Near miss: the slug opens with «اخبار-ویژه»: the words are the headline's subject."""
    url = "https://news.example.ir/news/48213/اخبار-ویژه-شبکه-خبر-امشب-پخش-می-شود"
    article = jm.parse_article(radio(SUBJECT), url=url)
    assert article.title == SUBJECT
    assert "title-uncertain" not in _codes(article)


def test_title_tag_spelling_the_whole_line_keeps_it_whole() -> None:
    article = jm.parse_html(radio_html(SUBJECT, SUBJECT))
    assert article.title == SUBJECT


# 2. A read-more line naming a headline of a common length.

ITEM = "افتتاح کتابخانه عمومی تازه در محله شمالی شهر"
EXCERPT = (
    "کتابخانه عمومی تازه با ده هزار جلد کتاب و سالن مطالعه برای دویست نفر صبح امروز با "
    "حضور مسئولان شهری و گروهی از اهالی محله به روی مردم باز شد."
)


@pytest.mark.parametrize("button", ["ادامه مطلب »", "ادامه خبر »", "بیشتر بخوانید"])
def test_read_more_naming_a_long_headline_doubts_it(button: str) -> None:
    """«HEADLINE ادامه مطلب »» under the excerpt (lawgostar.com's tag page) with an
    eight-word headline: the button's line is a paragraph's length, still the button."""
    article = jm.parse_article(f"{ITEM}\n\n{EXCERPT} …\n\n{ITEM} {button}\n")
    assert article.title == ITEM
    assert "title-uncertain" in _codes(article)


def test_read_more_naming_another_page_does_not_doubt() -> None:
    """Near miss: a button under the article naming an archive, not the headline."""
    page = f"{ITEM}\n\n{EXCERPT}\n\n{BODY}\nآرشیو گزارش‌های کتابخانه‌های شهر ادامه مطلب »\n"
    article = jm.parse_article(page)
    assert article.title == ITEM
    assert "title-uncertain" not in _codes(article)
