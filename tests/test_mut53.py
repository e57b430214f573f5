"""mut53: tests for the survivors of the fifty-third mutation round
(benchmarks/hand_mutants_53.py, docs/reliability.md "The fifty-third round: fix275-fix283
under mutation").

Each test kills one survivor and passes on main; the layouts are the rules' own pages (a
blog's name over its description over the post, a tag page's teasers, a WordPress permalink,
a Tajik site's dates, ...), the sentences written for these tests.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"


def _codes(article: jm.Article) -> set[str]:
    return {w.code for w in article.warnings}


# -- fix275: a blog's name over its description over the post (mutant 2) -----------------------
_POST = (
    "نوشته شده توسط مهتاب کاظمی\n"
    "دیشب باران تندی آمد و جوی های کنار کوچه پر از آب شد و بچه ها قایق های کاغذی خود را در "
    "آن رها کردند تا ببینند کدام زودتر به سر کوچه می رسد.\n"
    "صبح که بیدار شدیم هوا آن قدر پاک بود که کوه های دور از پشت بام خانه پیدا بودند.\n"
)


def test_two_word_blog_name_over_its_description_gives_the_post_title() -> None:
    """A blog's name of two content words, «باران روستا», over a description repeating both
    and adding its own, over the post's short title, its byline and text: the post's title,
    doubted (mutant 2: a name needs three content words, the description taken, silently)."""
    article = jm.parse_article(
        "باران روستا\nیادداشت های روزهای باران روستا در دامنه کوه\nقایق های کاغذی\n" + _POST
    )
    assert article.title == "قایق های کاغذی"
    assert _UNCERTAIN in _codes(article)


_LIBRARY_TEXT = (
    "به گزارش خبرنگار ما، کتابخانه روستا پس از دو سال تعمیر امروز با حضور مسئولان شهرستان "
    "بازگشایی شد و بیش از دو هزار جلد کتاب تازه به قفسه های آن افزوده شد.\n"
    "مسئول کتابخانه گفت کودکان روستا می توانند هر روز تا ساعت شش عصر از آن استفاده کنند.\n"
)


def test_headline_over_a_verbless_lead_opening_with_it_is_kept() -> None:
    """A headline over its verbless lead opening with the headline's words, then a section's
    short heading over the text: the headline, sure (mutant 4: the lead's opening not
    tested, the two read as a site's name and description, the section's heading taken
    with a doubt)."""
    headline = "بازگشایی کتابخانه روستای دره سبز"
    article = jm.parse_article(
        f"{headline}\n{headline} پس از دو سال با حضور مسئولان\nساعت های کار تازه\n" + _LIBRARY_TEXT
    )
    assert article.title == headline
    assert _UNCERTAIN not in _codes(article)


_FESTIVAL_TEXT = (
    "به گزارش خبرنگار ما، جشنواره انار ساوه امروز با حضور صدها باغدار و گردشگر در پارک "
    "بزرگ شهر آغاز شد و تا پایان هفته ادامه دارد.\n"
    "در این جشنواره باغداران محصولات خود را به فروش می گذارند و گروه های موسیقی محلی "
    "برنامه اجرا می کنند.\n"
)
_FESTIVAL_HEADLINE = "باغداران استان مرکزی در جشنواره انار ساوه با محصولات تازه"


def test_kicker_under_a_section_over_a_headline_repeating_it_keeps_the_headline() -> None:
    """A section's name, then a kicker «جشنواره انار ساوه» over the headline that repeats its
    words and adds its own, then a part's short heading over the report: the headline, sure.
    The kicker is not the page's first line, so it is no site's name (mutant 7: the lines
    above the name not tested, the part's heading taken with a doubt)."""
    article = jm.parse_article(
        f"گزارش تصویری\nجشنواره انار ساوه\n{_FESTIVAL_HEADLINE}\nروز نخست\n" + _FESTIVAL_TEXT
    )
    assert article.title == _FESTIVAL_HEADLINE
    assert _UNCERTAIN not in _codes(article)


# -- fix276: a tag page's lone teaser and its twice-headed teasers (mutants 24, 26, 29) -----------
_CHESS_HEADLINE = "تیم شطرنج دانشگاه در دور سوم لیگ به پیروزی رسید"
_CHESS_PARAGRAPH = (
    "به گزارش خبرنگار ما، سرمربی تیم پس از بازی گفت: بازیکنان جوان در این دور بهتر از "
    "دورهای پیش بازی کردند و امیدواریم در دور بعد هم همین نتیجه را بگیریم."
)


def test_long_comma_line_between_a_paragraph_and_read_more_is_no_tags_line() -> None:
    """A paragraph, then a long line of twenty words with commas (a sentence's list, not an
    item's few tags), then «بیشتر بخوانید»: no lone teaser, the headline sure (mutant 24:
    the tags' line any length, the headline doubted)."""
    commas = (
        "شطرنج,لیگ شطرنج, تیم دانشگاه, مسابقات کشوری, بازیکنان جوان دانشگاه, سرمربی تیم "
        "شطرنج, رده دوم جدول"
    )
    article = jm.parse_article(
        f"{_CHESS_HEADLINE}\n\n{_CHESS_PARAGRAPH}\n\n{commas}\n\nبیشتر بخوانید\n"
    )
    assert article.title == _CHESS_HEADLINE
    assert _UNCERTAIN not in _codes(article)


def test_bare_continue_under_a_paragraph_with_dots_inside_keeps_the_headline() -> None:
    """A paragraph holding «...» inside a sentence, not cut with it at its end, then «ادامه»
    alone closing the text: no lone teaser (the bare word is a button only under an excerpt
    cut with dots), the headline sure (mutant 26: the excerpt's end not tested, the headline
    doubted)."""
    paragraph = (
        "تیم شطرنج دانشگاه در دور سوم رقابت های لیگ کشور روز جمعه... با نتیجه سه بر یک از سد "
        "حریف خود گذشت و با این پیروزی به رده دوم جدول رسید."
    )
    article = jm.parse_article(f"{_CHESS_HEADLINE}\n\n{paragraph}\n\nادامه\n")
    assert article.title == _CHESS_HEADLINE
    assert _UNCERTAIN not in _codes(article)


_LIBRARY_ITEMS = (
    ("بازگشایی کتابخانه مرکزی شهر پس از تعمیرات", "۰۳ شهر ۱۴۰۱"),
    ("برگزاری جشنواره کتابخوانی در مدارس استان", "۱۹ مرد ۱۴۰۱"),
    ("افزایش ساعت کار کتابخانه های عمومی در تابستان", "۲۷ ارد ۱۴۰۱"),
)
_LIBRARY_TEASER = (
    "در این یادداشت از تلاش کتابداران و همراهی مردم در سالی که گذشت سخن گفته ایم و از "
    "برنامه های تازه کتابخانه برای ماه های آینده خبر داده ایم"
)


def test_twice_headed_teasers_with_their_buttons_between_are_a_list() -> None:
    """Three teasers each printing its headline twice (first with its date run into it),
    each followed by its read-more, comments and share lines: an unnamed list, no title
    (mutant 29: the next item looked for within two lines only, the first tailed headline
    taken, silently)."""
    text = "".join(
        f"{headline} {day}\nیادداشت مدیر کتابخانه:\n\n{headline}\n\n{_LIBRARY_TEASER}\n\n"
        "ادامه مطلب\n\nنظرات بسته است\n\nاشتراک گذاری\n\n"
        for headline, day in _LIBRARY_ITEMS
    )
    article = jm.parse_article(text)
    assert article.title is None
    assert "listing-page" in _codes(article)


# -- fix279: a site's name and its dateline with the year's era letter (mutant 61) ------------
_SNOW_TEXT = (
    "به گزارش خبرنگار ما، کارگران شهرداری از نیمه شب با بیست دستگاه برف روب خیابان های اصلی "
    "شهر را باز کردند و مدرسه های ابتدایی امروز یک ساعت دیرتر آغاز به کار کردند.\n\n"
    "مدیر بحران شهرداری گفت که تا پایان هفته هوا سرد می ماند و شهروندان باید با احتیاط "
    "رانندگی کنند و از سفرهای غیر ضروری بپرهیزند.\n"
)


def test_site_name_with_era_marked_date_in_brackets_is_a_dateline() -> None:
    """A site's name and its date in closing brackets with the year's era letter and no
    weekday, «کابل ټکی کام (۱۶ سلواغه، ۱۴۰۴ل)», «تبریز خبر (۲۰ دی ۱۴۰۲ ه.ش)»: a dateline,
    no title, the date read (mutant 61: a weekday asked for, the line kept as the title and
    its date dropped)."""
    for line, day in (
        ("کابل ټکی کام (۱۶ سلواغه، ۱۴۰۴ل)", (1404, 11, 16)),
        ("تبریز خبر (۲۰ دی ۱۴۰۲ ه.ش)", (1402, 10, 20)),
    ):
        article = jm.parse_article(f"{line}\n\n{_SNOW_TEXT}")
        assert article.title is None, line
        assert article.published is not None, line
        assert article.published.jalali_date == day, line


# -- fix275: a news script's dated item header under the headline (mutant 3) ------------------
_COUNCIL_TEXT = (
    "شوراهای روستا هر چهار سال یک بار با رای مردم برگزیده می شوند و وظیفه دارند بر کار "
    "دهیاری نظارت کنند و نیازهای روستا را به بخشداری گزارش دهند.\n"
    "اعضای شورا باید در جلسه های ماهانه شرکت کنند و صورت جلسه ها را امضا کنند.\n"
)


def test_dated_item_header_and_a_part_heading_under_the_headline_keep_it() -> None:
    """The headline, then the script's item header «(DATE - TIME) HEADLINE» (attacks26's
    shape), then a part's short heading over the text: the headline and the header's date
    and time, sure (mutant 3: the header's digits not tested, the two lines read as a
    site's name and description, the part's heading taken with a doubt, the date lost)."""
    headline = "آنچه شوراهای روستا باید بدانند"
    for gap in ("\n\n", "\n"):
        article = jm.parse_article(
            f"{headline}{gap}(2 شهریور 1402 - 08:37:47) {headline}{gap}وظیفه های شورا{gap}"
            + _COUNCIL_TEXT
        )
        assert article.title == headline
        assert _UNCERTAIN not in _codes(article)
        assert article.published is not None
        assert article.published.gregorian.isoformat()[:16] == "2023-08-24T08:37"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the second line leaves out «دهیاری», one of the first line's words (mutant 0)
        ("شوراهای روستا و دهیاری", "راهنمای کوتاه برای اعضای تازه شوراهای روستا در استان"),
        # the second line adds one word of its own, «نقش» (mutant 1)
        ("شوراهای اسلامی روستا", "نقش شوراهای اسلامی روستا"),
        # the two lines have as many words, five each (mutant 8)
        ("شوراها و دهیاری در روستا", "راهنمای شوراها دهیاری روستا استان"),
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_kicker_and_headline_no_site_description_keep_a_part_heading_out(
    first: str, second: str, gap: str
) -> None:
    """A kicker and a headline that fix275's rule does not read as a site's name over its
    description (the second line does not repeat every word of the first, adds fewer than
    two of its own, or is no longer), then a part's short heading «وظیفه های شورا» over the
    text: the title is one of the two first lines, never the part's heading (mutants 0, 1
    and 8: the pair read as a site's name and description, the part's heading taken with a
    doubt)."""
    article = jm.parse_article(f"{first}{gap}{second}{gap}وظیفه های شورا{gap}{_COUNCIL_TEXT}")
    assert article.title in (first, second)
    assert _UNCERTAIN not in _codes(article)
