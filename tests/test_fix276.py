"""fix276: a tag or category page's teasers read from the text alone (no address to say the page
is a list). One teaser whose excerpt ends with its read-more button alone on the next line (the
one word «ادامه» under an excerpt cut with «…», or a read-more phrase under an uncut excerpt and
its tags' line; not right under a whole paragraph, a short post's, tests/adversarial/test_attacks30.py)
is a lone teaser: its headline is kept with a doubt (title-uncertain). Three
teasers or more each printing their headline twice, first with the date run into it, are an
unnamed list: no title, listing-page. An article's own read-more link, its headline printed
twice once, or its related items keep its title. The sentences are written for these tests."""

from __future__ import annotations

import jalali_meta as jm

_HEADLINE = "تیم شطرنج دانشگاه در دور سوم لیگ به پیروزی رسید"
_EXCERPT = (
    "تیم شطرنج دانشگاه در دور سوم رقابت های لیگ کشور روز جمعه با نتیجه سه بر یک از سد "
    "حریف خود گذشت و با این پیروزی به رده دوم جدول رسید. سرمربی تیم گفت بازیکنان جوان"
)
_PARAGRAPH = (
    "به گزارش خبرنگار ما، سرمربی تیم پس از بازی گفت: بازیکنان جوان در این دور بهتر از "
    "دورهای پیش بازی کردند و امیدواریم در دور بعد هم همین نتیجه را بگیریم."
)


def _codes(article: jm.Article) -> set[str]:
    return {w.code for w in article.warnings}


def test_one_word_button_under_an_excerpt_cut_with_dots_doubts_the_headline() -> None:
    article = jm.parse_article(f"{_HEADLINE}\n\n{_EXCERPT}…\n\nادامه\n")
    assert article.title == _HEADLINE
    assert "title-uncertain" in _codes(article)


def test_one_word_button_with_the_text_going_on_keeps_the_headline() -> None:
    # «ادامه» over more running text: an article's page, not a lone teaser.
    article = jm.parse_article(f"{_HEADLINE}\n\n{_EXCERPT}…\n\nادامه\n\n{_PARAGRAPH}\n")
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_one_word_button_under_an_uncut_paragraph_keeps_the_headline() -> None:
    # The bare word is a button only under an excerpt cut with dots.
    article = jm.parse_article(f"{_HEADLINE}\n\n{_PARAGRAPH}\n\nادامه\n")
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_read_more_button_under_an_uncut_excerpt_and_its_tags_doubts_the_headline() -> None:
    text = f"{_HEADLINE}\n\n{_PARAGRAPH}\n\nشطرنج,لیگ شطرنج, تیم دانشگاه\n\nبیشتر بخوانید\n"
    article = jm.parse_article(text)
    assert article.title == _HEADLINE
    assert "title-uncertain" in _codes(article)


def test_read_more_button_under_an_uncut_paragraph_and_a_plain_line_keeps_the_headline() -> None:
    # No tags' separator on the line between: a short post's last line, not a teaser's tags.
    text = f"{_HEADLINE}\n\n{_PARAGRAPH}\n\nعکس از خبرنگار ما\n\nبیشتر بخوانید\n"
    article = jm.parse_article(text)
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_read_more_link_over_a_related_item_keeps_the_headline() -> None:
    # An article's «بیشتر بخوانید» over another story's headline: the text goes on.
    text = (
        f"{_HEADLINE}\n\n{_PARAGRAPH}\n\nبیشتر بخوانید\n\n"
        "برگزاری مسابقات شطرنج سریع در سالن ورزشی دانشگاه\n"
    )
    article = jm.parse_article(text)
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_read_more_after_a_full_article_keeps_the_headline() -> None:
    # Several paragraphs before the button: an article's end, not one teaser.
    text = f"{_HEADLINE}\n\n{_PARAGRAPH}\n\n{_PARAGRAPH}\n\n{_PARAGRAPH}\n\nبیشتر بخوانید\n"
    article = jm.parse_article(text)
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


# The dates as tirangnews.ir's tag page prints them (tests/pages 2301): the month's name cut to
# three letters («شهر», «مرد», «ارد»), not read as a date.
_ITEMS = (
    ("بازگشایی کتابخانه مرکزی شهر پس از تعمیرات", "۰۳ شهر ۱۴۰۱"),
    ("برگزاری جشنواره کتابخوانی در مدارس استان", "۱۹ مرد ۱۴۰۱"),
    ("افزایش ساعت کار کتابخانه های عمومی در تابستان", "۲۷ ارد ۱۴۰۱"),
    ("اهدای هزار جلد کتاب به روستاهای مرزی", "۱۰ فرو ۱۴۰۱"),
)
_KICKER = "یادداشت مدیر کتابخانه:"
_TEASER = (
    "در این یادداشت از تلاش کتابداران و همراهی مردم در سالی که گذشت سخن گفته ایم و از "
    "برنامه های تازه کتابخانه برای ماه های آینده خبر داده ایم"
)


def _list_page(items: int) -> str:
    return "".join(
        f"{headline} {day}\n{_KICKER}\n\n{headline}\n\n{_TEASER}\n\n"
        for headline, day in _ITEMS[:items]
    )


def test_teasers_printing_their_headline_twice_make_an_unnamed_list() -> None:
    article = jm.parse_article(_list_page(3))
    assert article.title is None
    assert "listing-page" in _codes(article)


def test_two_teasers_printing_their_headline_twice_keep_the_headline() -> None:
    # Two such items may be an article and one related item: no list read from them.
    article = jm.parse_article(_list_page(2))
    assert "listing-page" not in _codes(article)
    assert article.title is not None


def test_article_printing_its_headline_twice_over_related_items_keeps_it() -> None:
    # An article prints its headline twice once; its related items print theirs once each.
    headline, day = _ITEMS[0]
    related = "".join(f"{other} {when}\n" for other, when in _ITEMS[1:])
    text = (
        f"{headline} {day}\n{_KICKER}\n\n{headline}\n\n{_PARAGRAPH}\n\n{_PARAGRAPH}\n\n"
        f"اخبار مرتبط\n{related}"
    )
    article = jm.parse_article(text)
    assert article.title == headline
    assert "listing-page" not in _codes(article)
