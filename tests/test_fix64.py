"""Three gaps the twenty-fourth and twenty-fifth rounds of attacks and the eighteenth
mutation round found (docs/reliability.md): a month archive's first post over a subtitle,
a speaker's quoted headline in spaced guillemets, a print link in a toolbar of buttons.

The layouts are real (named beside each group); the headlines and the paragraphs are ours.
"""

from __future__ import annotations

import pytest
from tests.checks import COUNCIL_BODY as BODY
from tests.checks import warning_codes

import jalali_meta as jm

# -- A month archive's first post over a subtitle --------------------------------------------
# market-center.ir/2017/10/ (fix60): WordPress's month archive, each post's headline over its
# excerpt; themes print a post's subtitle or category line between the two.

HEADLINE = "راهنمای تدوین مقاله برای نویسندگان"
SUBTITLE = "راهنمای کوتاه"
LEAD = (
    "نویسندگان گرامی پیش از ارسال مقاله به دفتر نشریه، نکته‌های زیر را در متن خود رعایت "
    "کنند تا داوری آن بی‌درنگ آغاز شود و دیرکرد پیش نیاید.\n"
)
SECOND = "کاهش سرانه مرسوله‌های پستی در کشور"
LEAD2 = (
    "مدیرعامل شرکت پست گفت سرانه مرسوله‌های پستی هر شهروند در سال‌های اخیر کاهش یافته و "
    "این روند همچنان ادامه دارد.\n"
)
MONTH = "http://example.ir/2017/10/"


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADLINE}\n{SUBTITLE}\n{LEAD}\n{SECOND}\n\n{LEAD2}",
        f"{HEADLINE}\n\n{SUBTITLE}\n\n{LEAD}\n{SECOND}\n\n{LEAD2}",
    ],
)
def test_month_archive_first_post_over_a_subtitle_is_doubted(text: str) -> None:
    article = jm.parse_article(text, url=MONTH)
    assert "title-uncertain" in warning_codes(article)


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADLINE}\n{SUBTITLE}\n{LEAD}",
        f"{HEADLINE}\n{SUBTITLE}\n{LEAD}\n{LEAD2}",
    ],
)
def test_month_archive_with_one_post_and_its_subtitle_is_not_doubted(text: str) -> None:
    """Near miss: one post alone, its subtitle and its paragraphs, is the page."""
    article = jm.parse_article(text, url=MONTH)
    assert article.title == HEADLINE
    assert "title-uncertain" not in warning_codes(article)


def test_post_with_a_subtitle_under_a_month_path_and_its_slug_is_not_doubted() -> None:
    """Near miss: the same lines at a post's own address («/2017/10/<slug>»)."""
    text = f"{HEADLINE}\n{SUBTITLE}\n{LEAD}\n{SECOND}\n\n{LEAD2}"
    article = jm.parse_article(text, url=MONTH + "راهنمای-تدوین-مقاله")
    assert article.title == HEADLINE
    assert "title-uncertain" not in warning_codes(article)


# -- A speaker's quoted headline in spaced guillemets ----------------------------------------
# Headlines that quote a speaker, «NAME: «QUOTE»»; sites that space their marks print
# «NAME: « QUOTE »» (attack25's input; fix63's note). The closing mark ends no sentence.

SPOKEN = "ایستگاه تازه قطار شهری تا پایان سال آماده می‌شود"


@pytest.mark.parametrize(
    "headline",
    [
        f"شهردار: « {SPOKEN} »",
        f"مدیرعامل قطار شهری: «{SPOKEN} »",
        f"« {SPOKEN} »",
    ],
)
def test_quoted_headline_with_spaced_guillemets_is_the_title(headline: str) -> None:
    article = jm.parse_article(f"{headline}\n\n{BODY}")
    assert article.title == headline
    assert "title-uncertain" not in warning_codes(article)


def test_spaced_quotation_ending_a_sentence_is_no_headline() -> None:
    """Near miss: a quoted sentence, its period inside the spaced marks, is the lead's
    paragraph; the headline over it stays the title."""
    headline = "آغاز ساخت ایستگاه تازه قطار شهری"
    quote = f"شهردار: « {SPOKEN} و مسافران از بهار از آن استفاده می‌کنند. »"
    article = jm.parse_article(f"{headline}\n\n{quote}\n\n{BODY}")
    assert article.title == headline


# -- A print link in a toolbar of buttons ----------------------------------------------------
# Iransamaneh portals and Drupal's print module (fix59: asretebar.ir, asrebazar.ir, barghab.ir)
# print «HEADLINE» / «نسخه قابل چاپ» / the date; themes set the link in a row of the node's
# tools, «نسخه قابل چاپ | ارسال به دوستان» (attack24's input).

NODE_HEADLINE = "برق همه محله‌های شهر تا پایان شب وصل می‌شود"
KICKER = "مدیرعامل شرکت توزیع نیروی برق استان:"
KICKED = "تعمیر پایه‌های آسیب‌دیده در شمال شهر تا یک ساعت دیگر تمام می‌شود"
NODE_DATE = "سه‌شنبه ۲۸ فروردین ۱۳۹۷"


def node(tools: str) -> jm.Article:
    return jm.parse_article(
        f"{NODE_HEADLINE}\n{tools}\n{NODE_DATE}\n{KICKER}\n\n{KICKED}\n\n{BODY}"
    )


@pytest.mark.parametrize(
    "tools",
    [
        "نسخه قابل چاپ | ارسال به دوستان",
        "ارسال به دوستان | نسخه قابل چاپ",
        "نسخه قابل چاپ • ارسال به دوستان • اشتراک گذاری",
        "نسخه چاپی / ذخیره",
    ],
)
def test_headline_over_a_toolbar_holding_the_print_link_and_the_date_wins(tools: str) -> None:
    article = node(tools)
    assert article.title == NODE_HEADLINE
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2018-04-17"


@pytest.mark.parametrize(
    "tools",
    [
        # Buttons without the print link: no print view's header.
        "ارسال به دوستان | اشتراک گذاری",
        # The link beside words that are no button (a source's credit): not a toolbar.
        "نسخه قابل چاپ | منبع خبرگزاری فارس",
    ],
)
def test_toolbar_without_a_print_link_or_with_other_words_gives_no_bonus(tools: str) -> None:
    """Near miss: the kicked line stays the headline, as with no link at all."""
    assert node(tools).title == KICKED


# -- Mutation round 19 (docs/reliability.md, "The nineteenth round") -------------------------


@pytest.mark.parametrize(
    "quote",
    [f"شهردار: « {SPOKEN}. »", f"« {SPOKEN}. »", f"شهردار: «{SPOKEN}.»"],
)
def test_short_spaced_quotation_ending_a_sentence_is_no_headline(quote: str) -> None:
    """Near miss: a quotation of a headline's length whose sentence ends inside the marks
    (the period before the spaced closing mark) is the lead's paragraph, not a headline
    over it: the headline above stays the title."""
    headline = "آغاز ساخت ایستگاه تازه قطار شهری"
    article = jm.parse_article(f"{headline}\n\n{quote}\n\n{BODY}")
    assert article.title == headline


@pytest.mark.parametrize(
    "tools",
    [
        # Drupal's print module's link in three words (vocab.PRINT_LINKS), alone on its line.
        "Printer Friendly Version",
        # Buttons set apart by a dash with spaces around it.
        "نسخه قابل چاپ - ارسال به دوستان",
    ],
)
def test_headline_over_a_three_word_link_or_a_dashed_toolbar_wins(tools: str) -> None:
    article = node(tools)
    assert article.title == NODE_HEADLINE
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2018-04-17"


def test_print_link_beside_a_credit_is_read_as_with_no_link_at_all() -> None:
    """Near miss: the link beside a source's credit is no toolbar of buttons: the page reads
    as with no print link, the kicked line the headline and nothing to doubt."""
    plain = jm.parse_article(f"{NODE_HEADLINE}\n{NODE_DATE}\n{KICKER}\n\n{KICKED}\n\n{BODY}")
    article = node("نسخه قابل چاپ | منبع خبرگزاری فارس")
    assert article.title == plain.title == KICKED
    assert warning_codes(article) == warning_codes(plain)
    assert "title-uncertain" not in warning_codes(article)


# A month archive's post headline over its subtitle and its byline (or category line) before
# the excerpt: round 19's mutant 2 showed the first post taken silently as the page's title.
BYLINE = "نوشته شده توسط مدیر سایت"


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADLINE}\n{SUBTITLE}\n{BYLINE}\n{LEAD}\n{SECOND}\n\n{LEAD2}",
        f"{HEADLINE}\n\n{BYLINE}\n\nدسته: اخبار\n\n{LEAD}\n{SECOND}\n\n{LEAD2}",
    ],
)
def test_month_archive_first_post_over_subtitle_and_byline_is_doubted(text: str) -> None:
    article = jm.parse_article(text, url=MONTH)
    assert "title-uncertain" in warning_codes(article)


def test_month_archive_with_one_post_its_subtitle_and_byline_is_not_doubted() -> None:
    """Near miss: one post alone under its subtitle and byline is the page."""
    article = jm.parse_article(f"{HEADLINE}\n{SUBTITLE}\n{BYLINE}\n{LEAD}\n{LEAD2}", url=MONTH)
    assert article.title == HEADLINE
    assert "title-uncertain" not in warning_codes(article)
