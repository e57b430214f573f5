"""fix170: a one-item tag or category page whose name a list's label gives, read from the
text alone.

Layouts from real pages (docs/real_sample.md: real53 #23 zibashahr.com's tag page, «آرشیو تگ:
NAME» over NAME printed again, one item's headline and its teaser cut «…»; real54 #26
makidam.ir's tag page, the site's name and tagline, «برچسب :» alone, the tag's name, the
item's headline, the headline again with its day and time, a whole-sentence teaser, a widget's
heading). The sentences are written for these tests. The positives fail on main d2b8d6c5.
"""

from __future__ import annotations

import jalali_meta as jm

NAME = "گلیم‌بافی"
HEADLINE = "نمایشگاه صنایع دستی روستاهای شهرستان در فرهنگسرا گشایش یافت"
TEASER = (
    "نمایشگاه صنایع دستی روستاهای شهرستان با حضور فرماندار و جمعی از هنرمندان بومی "
    "در فرهنگسرای شهر گشایش یافت و تا پایان هفته برای بازدید عموم دایر است"
)
BODY = (
    "مدیر میراث فرهنگی شهرستان در این آیین گفت: بیش از دویست هنرمند روستایی آثار خود را "
    "در این نمایشگاه عرضه کرده‌اند و فروش آثار بدون واسطه انجام می‌شود."
)
SITE = "پایگاه خبری نوای دشت"
TAGLINE = "فرهنگ، هنر، گردشگری"


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# A tag's or a category's label over the list's name, one item under it (real53 #23,
# real54 #26).


def test_archive_tag_label_over_name_printed_again_is_a_list() -> None:
    """«آرشیو تگ: NAME» / NAME / HEADLINE / teaser cut «…»: the tag's name."""
    text = f"آرشیو تگ: {NAME}\n\n{NAME}\n\n{HEADLINE}\n\n{TEASER}…\n"
    article = jm.parse_article(text)
    assert article.title == NAME
    assert "listing-page" in _codes(article)


def test_empty_tag_label_over_name_with_whole_teaser_is_a_list() -> None:
    """SITE / TAGLINE / «برچسب :» / NAME / HEADLINE / HEADLINE and its day / a whole
    sentence / a widget's heading: the label names the list, its teaser need not be cut."""
    text = (
        f"{SITE}\n\n{TAGLINE}\n\nبرچسب : \n\n{NAME}\n\n{HEADLINE}\n\n"
        f"{HEADLINE} ۱۴۰۲/۸/۱۴ 09:30:00 AM\n\n{TEASER}.\n\nعناوین اصلی\n"
    )
    article = jm.parse_article(text)
    assert article.title == NAME
    assert "listing-page" in _codes(article)


# Near misses: today's reading kept.


def test_empty_tag_label_over_name_over_article_text_neg() -> None:
    """«برچسب :» / NAME / HEADLINE / two paragraphs: the text runs on, an article."""
    text = f"برچسب : \n\n{NAME}\n\n{HEADLINE}\n\n{TEASER}.\n\n{BODY}\n\n{BODY}\n"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert "listing-page" not in _codes(article)


def test_tag_label_naming_another_line_neg() -> None:
    """«آرشیو تگ: OTHER» over a line that is not its value, a whole teaser: no label sign."""
    text = f"آرشیو تگ: صنایع دستی\n\n{NAME}\n\n{HEADLINE}\n\n{TEASER}.\n"
    article = jm.parse_article(text)
    assert article.title == HEADLINE


def test_search_label_over_short_line_neg() -> None:
    """«جستجو :» / WORD / HEADLINE / a whole teaser: a search's label is no tag's."""
    text = f"جستجو : \n\n{NAME}\n\n{HEADLINE}\n\n{TEASER}.\n"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert "listing-page" not in _codes(article)


def test_label_under_text_neg() -> None:
    """A paragraph over «برچسب :» / NAME / HEADLINE / a whole teaser: text over the label."""
    text = f"{BODY}\n\nبرچسب : \n\n{NAME}\n\n{HEADLINE}\n\n{TEASER}.\n"
    article = jm.parse_article(text)
    assert article.title != NAME


def test_category_label_over_name_over_article_text_neg() -> None:
    """«دسته‌بندی:» / NAME / HEADLINE / three paragraphs: an article under its category."""
    text = f"دسته‌بندی:\n\n{NAME}\n\n{HEADLINE}\n\n{TEASER}.\n\n{BODY}\n\n{BODY}\n"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert "listing-page" not in _codes(article)
