"""fix160: a tag or category page listing one item, read from its text alone.

Layouts from real pages (docs/real_sample.md: real52 #14 public-relation.ir's tag page, the
tag's name, a separator line and a section word over one item, the separator and the next
section word under it; real49 #16 khabarmotabar.ir's tag page, «TAG | SITE» over one item's
headline, day, kicker, headline again and teaser; real51 #25 dyarehafez.ir's tag page, one
bulleted item over a teaser cut with «[…]»; tests/pages 347, 529, 813 and 829 for the
aggregators' one-item pages that keep their headline). The sentences are written for these
tests. The positives fail on main 6aa86135.
"""

from __future__ import annotations

import jalali_meta as jm

NAME = "بازنشستگی"
HEADLINE = "همایش روابط عمومی دستگاه‌های اجرایی استان برگزار شد / تقدیر از فعالان رسانه‌ای"
SHORT_HEADLINE = "افزایش ساعت کار کتابخانه‌های عمومی شهر در تابستان"
TEASER = (
    "مدیرکل روابط عمومی استانداری در این همایش که با حضور مدیران روابط عمومی دستگاه‌های "
    "اجرایی برگزار شد گفت: اطلاع‌رسانی دقیق و به‌موقع مهم‌ترین وظیفه روابط عمومی‌ها در "
    "شرایط امروز است و دستگاه‌هایی که در این زمینه کوتاهی کنند امتیاز کمتری می‌گیرند"
)
BODY = (
    "وی افزود: ارزیابی روابط عمومی‌ها هر سال در اردیبهشت انجام می‌شود و نتیجه آن به "
    "استانداری گزارش خواهد شد."
)
SITE = "پایگاه خبری صدای شهر"


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# The tag's name, a separator and a section word over the item; the separator and the next
# section word under its teaser (real52 #14).


def test_framed_item_under_tag_name_is_a_list() -> None:
    """The frame of separators around one item makes the short first line the list's name."""
    text = f"{NAME}\n-\nاخبار\n{HEADLINE}\n{TEASER}.\n-\nمقالات\n"
    article = jm.parse_article(text)
    assert article.title == NAME
    assert "listing-page" in _codes(article)


def test_framed_item_with_blank_lines_and_dotted_teaser_is_a_list() -> None:
    """The same frame with blank lines between and a teaser cut with «...»."""
    text = f"{NAME}\n\n-\n\nاخبار\n\n{HEADLINE}\n\n{TEASER}...\n\n-\n\nمقالات\n"
    article = jm.parse_article(text)
    assert article.title == NAME
    assert "listing-page" in _codes(article)


# The list's name over one item whose teaser is cut, the site's widgets under it.


def test_name_over_cut_teaser_and_widget_headings_is_a_list() -> None:
    """«NAME» / HEADLINE / teaser cut «…» / two widgets' headings: the list's name."""
    text = f"{NAME}\n\n{SHORT_HEADLINE}\n\n{TEASER} …\n\nآخرین اخبار\n\nپربازدیدترین\n"
    article = jm.parse_article(text)
    assert article.title == NAME
    assert "listing-page" in _codes(article)


def test_name_over_headline_twice_and_cut_teaser_is_a_list() -> None:
    """The headline printed twice (a theme's two links) over the cut teaser, a widget under."""
    text = f"{NAME}\n\n{SHORT_HEADLINE}\n\n{SHORT_HEADLINE}\n\n{TEASER}...\n\nآخرین اخبار\n"
    article = jm.parse_article(text)
    assert article.title == NAME
    assert "listing-page" in _codes(article)


def test_name_over_cut_teaser_and_pager_is_a_list() -> None:
    """A pager line under the one item's cut teaser."""
    text = f"{NAME}\n\n{SHORT_HEADLINE}\n\n{TEASER}...\n\nصفحه ۱ از ۱\n"
    article = jm.parse_article(text)
    assert article.title == NAME
    assert "listing-page" in _codes(article)


def test_tag_and_site_line_over_item_is_a_doubted_list() -> None:
    """«TAG | SITE» over the item's headline, day, kicker, headline again and cut teaser
    (real49 #16): the line names the list, doubted (one of its names is the site's), and
    the item's day is not the page's."""
    text = (
        f"کتابخوانی | خبر معتبر\n{SHORT_HEADLINE}\n۱۲ تیر ۱۴۰۲\nمدیر کتابخانه‌ها خبر داد:\n"
        f"{SHORT_HEADLINE}\n{TEASER}...\n"
    )
    article = jm.parse_article(text)
    assert article.title == "کتابخوانی | خبر معتبر"
    assert {"listing-page", "title-uncertain"} <= _codes(article)
    assert article.published is None


def test_bulleted_item_with_bracketed_cut_over_widgets_is_no_title() -> None:
    """«• HEADLINE» over a teaser cut with «[…]» and widgets' headings (real51 #25): a
    list's bulleted item, no title, doubted (as «...» and «…» were)."""
    text = f"• {SHORT_HEADLINE}\n{TEASER} […]\nآخرین مطالب\nپربازدیدترین ها\n"
    article = jm.parse_article(text)
    assert article.title is None
    assert "title-uncertain" in _codes(article)


# Near misses: today's reading kept.


def test_article_under_site_name_neg() -> None:
    """A site's name over an article whose lead ends with «...» and whose text goes on."""
    text = f"{SITE}\n\n{SHORT_HEADLINE}\n\n{TEASER}...\n\n{BODY}\n\nآخرین اخبار\n"
    article = jm.parse_article(text)
    assert article.title == SHORT_HEADLINE
    assert not {"listing-page", "title-uncertain"} & _codes(article)


def test_site_name_over_whole_lead_and_widgets_neg() -> None:
    """A site's name over a one-paragraph item ending with a full stop, widgets under it."""
    text = f"{SITE}\n\n{SHORT_HEADLINE}\n\n{TEASER}.\n\nآخرین اخبار\n\nتبلیغات\n"
    article = jm.parse_article(text)
    assert article.title == SHORT_HEADLINE
    assert not {"listing-page", "title-uncertain"} & _codes(article)


def test_one_paragraph_item_with_read_more_neg() -> None:
    """A one-paragraph news item with its read-more link, no name over it."""
    text = f"{SHORT_HEADLINE}\n\n{TEASER}.\n\nادامه مطلب\n"
    article = jm.parse_article(text)
    assert article.title == SHORT_HEADLINE
    assert not {"listing-page", "title-uncertain"} & _codes(article)


def test_aggregator_teaser_without_name_neg() -> None:
    """An aggregator's page of one item's teaser cut with «...» over its widgets (tests/pages
    829's shape): no name over it, the headline stays, undoubted."""
    text = f"{SHORT_HEADLINE}\n\n{TEASER}...\n\nآخرین اخبار\n\nپربازدیدترین\n"
    article = jm.parse_article(text)
    assert article.title == SHORT_HEADLINE
    assert not {"listing-page", "title-uncertain"} & _codes(article)


def test_kicker_over_headline_neg() -> None:
    """A kicker ending with its colon over the headline is no list's name."""
    text = f"مدیرکل روابط عمومی استانداری:\n\n{SHORT_HEADLINE}\n\n{TEASER}...\n\nآخرین اخبار\n"
    article = jm.parse_article(text)
    assert article.title == SHORT_HEADLINE
    assert "listing-page" not in _codes(article)


def test_frame_open_under_whole_teaser_neg() -> None:
    """A separator over the item but none under its whole teaser: no frame, no cut."""
    text = f"{NAME}\n-\nاخبار\n{HEADLINE}\n{TEASER}.\nمقالات\n"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert "listing-page" not in _codes(article)


def test_related_headlines_under_cut_teaser_neg() -> None:
    """Headline-long lines under the cut teaser (a related box): the text goes on."""
    related = "برگزاری دوره آموزشی خبرنویسی برای کارکنان ادارات شهرستان"
    text = f"{NAME}\n\n{SHORT_HEADLINE}\n\n{TEASER}...\n\nمطالب مرتبط\n\n{related}\n"
    article = jm.parse_article(text)
    assert article.title == SHORT_HEADLINE
    assert "listing-page" not in _codes(article)


def test_framed_item_at_an_item_address_neg() -> None:
    """With an item's address the page is that item: the text-alone reading is not made."""
    text = f"{NAME}\n-\nاخبار\n{HEADLINE}\n{TEASER}.\n-\nمقالات\n"
    article = jm.parse_article(text, url="https://example.ir/news/48213/hamayesh")
    assert article.title == HEADLINE
    assert "listing-page" not in _codes(article)
