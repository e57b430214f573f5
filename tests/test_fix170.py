"""fix170: a one-item tag or category page whose name a list's label gives, and one item's
intro over a lone read-more button, read from the text.

Layouts from real pages (docs/real_sample.md: real53 #23 zibashahr.com's tag page, «آرشیو تگ:
NAME» over NAME printed again, one item's headline and its teaser cut «…»; real54 #26
makidam.ir's tag page, the site's name and tagline, «برچسب :» alone, the tag's name, the
item's headline, the headline again with its day and time, a whole-sentence teaser, a widget's
heading; real53 #26 todehbin.ir's Joomla category blog «index.php/council», the who's-online
line, one item's headline, its writer «demo», its intro and «ادامه مطلب»). The sentences are
written for these tests. The positives fail on main d2b8d6c5.
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
INTRO = (
    "بند ۱- جلسات شورای اسلامی روستا هر هفته یک بار در محل دهیاری برگزار می‌شود و دستور "
    "جلسه هر نشست دست کم دو روز پیش از آن به اطلاع اعضا می‌رسد. "
)


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


# One item's intro and a read-more button alone under it, nothing more (real53 #26).


def test_intro_over_lone_read_more_button_doubts_the_headline() -> None:
    """HEADLINE / «demo» / intro / «ادامه مطلب»: a category blog's one item."""
    text = f"{HEADLINE}\n\ndemo\n\n{INTRO}\n\nادامه مطلب\n"
    article = jm.parse_article(text)
    assert "title-uncertain" in _codes(article)


def test_intro_over_lone_read_more_button_doubted_at_its_address() -> None:
    """The same at a Joomla menu item's address, which names no list."""
    text = f"{HEADLINE}\n\n{INTRO}\n\nادامه مطلب\n"
    article = jm.parse_article(text, url="http://example.ir/index.php/council")
    assert "title-uncertain" in _codes(article)


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


def test_read_more_button_with_text_under_it_neg() -> None:
    """HEADLINE / intro / «ادامه مطلب» / more text: no lone item, the headline undoubted."""
    text = f"{HEADLINE}\n\n{INTRO}\n\nادامه مطلب\n\n{BODY}\n"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_two_paragraphs_over_read_more_button_neg() -> None:
    """HEADLINE / two paragraphs / «ادامه مطلب»: not one intro, the headline undoubted."""
    text = f"{HEADLINE}\n\n{INTRO}\n\n{BODY}\n\nادامه مطلب\n"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_short_line_over_read_more_button_neg() -> None:
    """HEADLINE / a short line / «ادامه مطلب»: no intro (a link's caption), undoubted."""
    text = f"{HEADLINE}\n\nگزارش تصویری\n\nادامه مطلب\n"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)
