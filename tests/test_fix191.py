"""fix191: the sixty-second attack round's findings (docs/reliability.md "Attacks,
sixty-second round").

1. A headline whose list ends «و…» (fix185's ``and_so_on``) is a headline in the first-line
   walk too (no running text of paragraph length under it), not a kicker passed over; a
   speaker's quoted line «NAME: ...» under a line ending «…» that is passed over is doubted.
2. Teasers ending with a read-more link, none of paragraph length, with no running text: the
   first teaser anchors fix186's teaser rule, the page is a list.
3. A short line printed twice round the body's sentences under the lead (a motto) is no
   headline printed twice: the headline right over its lead stays the title.

Headlines and bodies are ours; each page names the layout it follows.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- 1. a news agency's item (tests/pages 1980's, tests/test_fix185.py's _statement): a
# headline ending «و…», a speaker's quoted sub-headline glued at its colon, the text (its lines
# short of a paragraph).
_FLOUR = "افزایش سهمیه آرد نانوایی‌های شهرهای اراک، ساوه، خمین و…"
_FLOUR_QUOTE = "اداره کل غله استان:سهمیه تازه از ابتدای هفته آینده توزیع می‌شود"
_FLOUR_TEXT = (
    "\n\nبه دلیل افزایش جمعیت و باز شدن نانوایی‌های تازه، سهمیه آرد نانوایی‌های شهرهای اراک، "
    "ساوه، خمین و چند شهر دیگر استان ده درصد بیشتر می‌شود\n\n"
    "به گزارش خبرنگار ما،\n"
    "نانوایی‌های روستاها نیز تا پایان ماه سهمیه تازه خود را دریافت می‌کنند\n"
)


def test_and_so_on_headline_over_a_quoted_sub_headline() -> None:
    """The headline of eight or more words ending «و…» (or «و...») over the quote: the
    headline, undoubted (on main the quote was taken silently)."""
    for head in (_FLOUR, _FLOUR.replace("…", "..."), _FLOUR.replace("،", "، ")):
        article = jm.parse_article(f"{head}\n{_FLOUR_QUOTE}{_FLOUR_TEXT}")
        assert article.title == head, head
        assert "title-uncertain" not in _codes(article)


def test_quote_under_a_short_line_ending_with_an_ellipsis_is_doubted() -> None:
    """A shorter line ending «و…» (under ``AND_SO_ON_WORDS``: a kicker's shape) over the
    quote, glued or spaced at its colon: the quote may be taken, but doubted."""
    for quote in (_FLOUR_QUOTE, _FLOUR_QUOTE.replace(":", ": ")):
        article = jm.parse_article(f"سهمیه آرد اراک، ساوه و…\n{quote}{_FLOUR_TEXT}")
        assert article.title != quote or "title-uncertain" in _codes(article), quote


def test_short_kicker_ending_and_so_on_over_headline_neg() -> None:
    """A four-word kicker ending «و…» over a plain headline and its dated lead: the headline
    (passes on main and after)."""
    head = "سهمیه آرد نانوایی‌های استان افزایش یافت"
    article = jm.parse_article(
        f"اراک، ساوه، خمین و…\n{head}\n۱۲ دی ۱۴۰۲\n\n"
        "اداره کل غله استان اعلام کرد سهمیه آرد نانوایی‌های شهرهای استان از ابتدای هفته "
        "آینده ده درصد بیشتر می‌شود و صف نانوایی‌ها کوتاه‌تر خواهد شد.\n\n"
        "نانوایی‌های روستاها نیز سهمیه تازه را دریافت می‌کنند.\n"
    )
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


def test_plain_headline_over_a_quoted_sub_headline_neg() -> None:
    """The same page with a headline ending no «…»: the headline, undoubted (both)."""
    head = "افزایش سهمیه آرد نانوایی‌های شهرهای اراک و ساوه"
    article = jm.parse_article(f"{head}\n{_FLOUR_QUOTE}{_FLOUR_TEXT}")
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


# -- 2. a university's news box (tests/test_fix186.py's _ITEMS): two items, each a headline and
# a teaser short of a paragraph ending with «ادامه مطلب»; no running text.
_LAB_HEAD = "افتتاح آزمایشگاه تازه دانشکده شیمی"
_LAB_TEASER = (
    "آزمایشگاه تازه دانشکده شیمی با دستگاه‌های جدید دوشنبه افتتاح می‌شود و دانشجویان "
    "کارشناسی ارشد از ترم آینده در آن کار می‌کنند. ادامه مطلب"
)
_BUS_HEAD = "تغییر ساعت سرویس دانشجویان"
_BUS_TEASER = "سرویس دانشجویان از هفته آینده نیم ساعت زودتر حرکت می‌کند. ادامه مطلب"


def test_two_teasers_short_of_a_paragraph_are_a_list() -> None:
    """HEADLINE / TEASER (19 words) / HEADLINE / TEASER (10 words): a list, no title or a
    doubted one (on main the first headline, silently)."""
    for second in (_BUS_TEASER, _BUS_TEASER.replace("نیم ساعت", "حدود نیم ساعت")):
        article = jm.parse_article(f"{_LAB_HEAD}\n\n{_LAB_TEASER}\n\n{_BUS_HEAD}\n\n{second}\n")
        assert article.title is None or "title-uncertain" in _codes(article), second


def test_one_teaser_under_its_headline_neg() -> None:
    """One headline and one teaser, no second item: left to the rules above (the headline,
    on main and after)."""
    article = jm.parse_article(f"{_LAB_HEAD}\n\n{_LAB_TEASER}\n")
    assert article.title == _LAB_HEAD
    assert "listing-page" not in _codes(article)


def test_related_teaser_under_an_article_neg() -> None:
    """An article's dated headline, its text, then one related teaser at the bottom: the
    article's headline, no list (both)."""
    head = "آزمایشگاه تازه دانشکده شیمی افتتاح شد"
    article = jm.parse_article(
        f"{head}\n۱۲ دی ۱۴۰۲\n\n"
        "آزمایشگاه تازه دانشکده شیمی دوشنبه با حضور رئیس دانشگاه و استادان دانشکده افتتاح "
        "شد و دانشجویان کارشناسی ارشد از ترم آینده آزمایش‌های خود را در آن انجام می‌دهند.\n\n"
        "رئیس دانشگاه از کارکنان دانشکده قدردانی کرد.\n\n"
        f"مطالب مرتبط\n\n{_BUS_HEAD}\n\n{_BUS_TEASER}\n"
    )
    assert article.title == head
    assert "listing-page" not in _codes(article)


# -- 3. a provincial site's item (tests/test_fix182.py's bridge page, tests/test_fix189.py's
# hall page): HEADLINE / (an event's time) / lead / a motto printed twice round a sentence.
_PARK_HEAD = "بوستان محله شهید بهشتی پس از بازسازی افتتاح شد"
_PARK_MOTTO = "شهر سبز خانه ما"


def _park(under_head: str) -> str:
    return (
        f"{_PARK_HEAD}\n{under_head}"
        "بوستان محله شهید بهشتی پس از چهار ماه بازسازی با حضور شهردار و اعضای شورا افتتاح شد "
        "و وسایل بازی کودکان و مسیر پیاده‌روی آن نو شد.\n"
        f"{_PARK_MOTTO}\n"
        "شهردار این شعار را در پایان مراسم از حاضران خواست با هم تکرار کنند.\n"
        f"{_PARK_MOTTO}\n"
        "کاشت درختان تازه بوستان هم تا پایان زمستان انجام می‌شود.\n"
    )


def test_motto_printed_twice_round_body_sentences_is_no_headline() -> None:
    """The headline right over its lead (or over an event's time line and the lead): the
    headline, not the motto (on main the motto, silently)."""
    for under_head in ("", "زمان برگزاری مراسم: ۱۷:۳۰\n"):
        article = jm.parse_article(_park(under_head))
        assert article.title == _PARK_HEAD, under_head
        assert "title-uncertain" not in _codes(article)


def test_headline_printed_around_its_header_block_neg() -> None:
    """HEADLINE / DATE / HEADLINE / lead: the headline printed twice around its header block
    keeps its bonus (the title on main and after)."""
    head = "بوستان محله شهید بهشتی افتتاح شد"
    article = jm.parse_article(
        f"{head}\n۱۲ دی ۱۴۰۲\n{head}\n"
        "بوستان محله شهید بهشتی پس از چهار ماه بازسازی با حضور شهردار و اعضای شورا افتتاح شد "
        "و وسایل بازی کودکان و مسیر پیاده‌روی آن نو شد.\n"
        "کاشت درختان تازه بوستان هم تا پایان زمستان انجام می‌شود.\n"
    )
    assert article.title == head


def test_teaser_paragraph_over_headline_printed_twice_neg() -> None:
    """«description, views label, title, summary, title, body» (_headline_twice_below's page):
    the site's teaser paragraph over the headline printed twice is no body start; the
    headline is the title (main and after)."""
    head = "بوستان محله شهید بهشتی افتتاح شد"
    article = jm.parse_article(
        "شهرداری منطقه دو در سال جاری ده بوستان محله‌ای را بازسازی می‌کند و نخستین آن‌ها "
        "این هفته با حضور شهردار و اعضای شورای شهر به روی مردم باز شد.\n"
        "بازدید: ۱۲۰\n"
        f"{head}\n"
        "بوستان پس از چهار ماه بازسازی با وسایل بازی تازه و مسیر پیاده‌روی نو افتتاح شد.\n"
        f"{head}\n"
        "بوستان محله شهید بهشتی پس از چهار ماه بازسازی با حضور شهردار و اعضای شورا افتتاح شد "
        "و وسایل بازی کودکان و مسیر پیاده‌روی آن نو شد و درختان تازه کاشته شد.\n"
        "کاشت درختان تازه بوستان هم تا پایان زمستان انجام می‌شود.\n"
    )
    assert article.title == head
