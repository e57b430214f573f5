"""fix79: real26's silently wrong titles.

The layouts are real sites' (named by each test); the headlines and paragraphs are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm
from jalali_meta.testing import LINE_EVIDENCE

is_chrome_line = LINE_EVIDENCE["chrome line"]
is_language_switcher = LINE_EVIDENCE["language switcher"]

BODY = (
    "شورای شهر در نشست دیروز خود طرح تازه ساماندهی حمل و نقل عمومی را بررسی کرد و "
    "اعضای شورا درباره هزینه‌های آن به گفت‌وگو پرداختند.\n\n"
    "به گفته رئیس شورا این طرح پس از بررسی کارشناسان در ماه آینده به اجرا درمی‌آید.\n"
)

# -- 1. A language switcher is chrome --


@pytest.mark.parametrize(
    "line",
    [
        "EN | ES |",  # lindat.mff.cuni.cz's corpus viewer, over the file's name
        "FA | EN",
        "EN / AR",
        "Fa | En",
        "en | fa",
        "FA EN",
        "فارسی | English",
        "فارسی | العربي | English",  # kayhan.ir (tests/pages/018)
    ],
)
def test_a_language_switcher_is_chrome(line: str) -> None:
    assert is_language_switcher(line)
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "AI / ML",  # not language codes
        "US / UK",  # «us» is no language's code
        "it is",  # codes by chance, lower case, no bar or slash
        "EN",  # one item: a link alone, not a switcher
        "English / فارسی: کدام را بیاموزیم",  # a headline naming two languages says more
    ],
)
def test_a_line_of_other_short_items_is_no_switcher(line: str) -> None:
    assert not is_language_switcher(line)


def test_the_heading_under_a_language_switcher_is_the_title() -> None:
    # lindat.mff.cuni.cz's TEITOK viewer: the switcher, then the file's name printed twice.
    text = (
        "EN | ES |\n\ntgk-77\n\ntgk-77\n\n"
        "Ин ҷумлаҳо аз матнҳои гуногун гирд оварда шудаанд ва барои омӯзиши забон ба кор "
        "мераванд, аммо ҳеҷ кадоме аз онҳо сарлавҳа нест.\n"
    )
    assert jm.parse_article(text).title == "tgk-77"


# -- 2. A two-part headline over its subtitle; a body section's «مقدمه: ...» heading --


def test_a_two_part_headline_wins_over_its_subtitle() -> None:
    # pixelarts.ir's reviews: category, «بررسی بازی NAME: PART», a subtitle repeating the
    # name, the body (the site's other reviews have the same layout without the colon).
    text = (
        "نقد و بررسی\n\nبررسی بازی Silent Harbor: Low Tide\n\n"
        "سفری تاریک به اسکله‌های متروک Low Tide\n\n" + BODY
    )
    assert jm.parse_article(text).title == "بررسی بازی Silent Harbor: Low Tide"


def test_a_two_part_headline_wins_over_a_section_heading_under_it() -> None:
    # sodes.ir's blog: «TOPIC: WHAT – MORE» over «مقدمه: ...» and the body.
    text = (
        "جذب سرمایه برای کسب و کار: از ایده تا بازار – راهنمای گام به گام\n\n"
        "مقدمه: چرا جذب سرمایه اهمیت دارد\n\n" + BODY
    )
    assert (
        jm.parse_article(text).title
        == "جذب سرمایه برای کسب و کار: از ایده تا بازار – راهنمای گام به گام"
    )


def test_a_section_heading_with_a_colon_never_beats_the_headline_above_it() -> None:
    # The headline without a colon: «مقدمه: ...» opens the text's first section.
    text = "جذب سرمایه برای استارتاپ های نوپا\n\nمقدمه: فلسفه وجودی جذب سرمایه در بازار\n\n" + BODY
    assert jm.parse_article(text).title == "جذب سرمایه برای استارتاپ های نوپا"


def test_a_kicker_over_a_plain_headline_still_gives_way() -> None:
    # Near miss: a kicker with no colon inside over the headline; the lower line wins.
    text = "گزارش خبرنگار ما از جلسه شورا\n\nطرح تازه حمل و نقل شهری تصویب شد\n\n" + BODY
    assert jm.parse_article(text).title == "طرح تازه حمل و نقل شهری تصویب شد"


def test_a_colon_line_that_ends_the_kicker_is_no_two_part_headline() -> None:
    # Near miss: «NAME گفت:» ends with its colon: the headline under it wins.
    text = "رئیس شورای شهر در جمع خبرنگاران گفت:\n\nطرح تازه حمل و نقل شهری اجرا می‌شود\n\n" + BODY
    assert jm.parse_article(text).title == "طرح تازه حمل و نقل شهری اجرا می‌شود"


# -- 3. An English site's date line over a headline naming another day --

EN_BODY = (
    "The agency looked at the front pages of the morning dailies and picked the main "
    "stories of the day from a dozen of them.\n\n"
    "Most papers led with the budget debate in parliament and the new rules for imports.\n"
)


@pytest.mark.parametrize(
    ("line", "days"),
    [
        ("A look at the morning papers on Dec. 20", {("gregorian", 12, 20)}),
        ("Talks resume on 5 March", {("gregorian", 3, 5)}),
        ("نگاهی به صفحه اول روزنامه های 29 آبان", {("jalali", 8, 29)}),
        ("December 20, 2014 in review", set()),  # a whole date with its year
        ("Iran wins 20 medals", set()),  # a number that is no day
    ],
)
def test_the_days_a_headline_names(line: str, days: set[tuple[str, int, int]]) -> None:
    assert LINE_EVIDENCE["named days"](line) == days


def test_a_date_line_over_a_headline_naming_another_day_is_doubted() -> None:
    # ifpnews.com: the site's «Tuesday, November 29, 2022» over every page, then an item's
    # headline naming its own day («... on Dec. 20»).
    text = "Tuesday, November 29, 2022\n\nA look at the morning papers on Dec. 20\n\n" + EN_BODY
    article = jm.parse_article(text)
    assert article.title == "A look at the morning papers on Dec. 20"
    warned = [w for w in article.warnings if w.code == "published-unlabelled"]
    assert warned
    assert "names another day" in warned[0].message


def test_a_persian_headline_naming_another_day_doubts_the_date_line_above() -> None:
    text = "سه شنبه ۸ آذر ۱۴۰۱\n\nنگاهی به صفحه اول روزنامه‌های ۲۹ آبان\n\n" + BODY
    codes = {w.code for w in jm.parse_article(text).warnings}
    assert "published-unlabelled" in codes


def test_a_headline_naming_the_same_day_keeps_the_date_line_silent() -> None:
    # Near miss: the headline names the date line's own day; nothing to doubt.
    text = "Saturday, December 20, 2014\n\nA look at the morning papers on Dec. 20\n\n" + EN_BODY
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2014-12-20"
    assert "published-unlabelled" not in {w.code for w in article.warnings}


def test_a_ticker_label_glued_to_the_headline_is_no_two_part_headline() -> None:
    # Near miss (afghanistantoday.org, tests/pages 1085's Markdown twin): «تازه ترین: HEADLINE»
    # (a ticker's label and link) over the headline printed alone: the lower line is the title.
    text = (
        "تازه ترین: کارگران فابریکه نساجی در انتظار دستمزد\n\n"
        "کارگران فابریکه نساجی در انتظار دستمزد\n\n" + BODY
    )
    assert jm.parse_article(text).title == "کارگران فابریکه نساجی در انتظار دستمزد"


# -- 4. An author's list page by its query key --

AUTHOR_LIST = (
    "مریم احمدی\n\n\n"
    "برچسب‌ها:\nنگاهی دوباره به فیلم «روزهای باران»\n\n"
    "روایت در سینمای امروز ایران\n\n"
    "منتقدان بسیاری بر این باورند که فیلمنامه بیش از هر چیز دیگری سرنوشت یک فیلم را رقم "
    "می‌زند و کمتر به آن توجه می‌شود.\n\n"
    "بازیگری در فیلم‌های کوتاه\n\n"
    "فیلم کوتاه میدان آزمایش بازیگران جوان است و بسیاری از چهره‌های امروز از همین راه "
    "به سینما آمده‌اند.\n"
)


@pytest.mark.parametrize(
    "url",
    [
        # club.cinemaenghelab.ir's author list: the author's name, a tags label, the items.
        "http://club.example.ir/?authorlist=%D9%85%D8%B1%DB%8C%D9%85-%D8%A7%D8%AD%D9%85%D8%AF%DB%8C",
        # WordPress's author archive by its query key.
        "https://blog.example.ir/?author=3",
    ],
)
def test_an_author_list_is_named_by_its_author(url: str) -> None:
    article = jm.parse_article(AUTHOR_LIST, url=url)
    assert article.title == "مریم احمدی"
    assert "listing-page" in {w.code for w in article.warnings}


def test_an_item_with_an_author_key_is_no_list() -> None:
    # Near miss: an item's own key beside «author» names one post.
    article = jm.parse_article(AUTHOR_LIST, url="https://blog.example.ir/?p=12&author=3")
    assert "listing-page" not in {w.code for w in article.warnings}


# -- 5. A verse of the Quran chosen as the title is doubted --


def test_a_verse_printed_with_the_mushafs_marks_is_a_doubtful_title() -> None:
    # quranenc.com's reader (qurano.com's, quranpedia.net's alike): the translation's name
    # in a breadcrumb, a selector, then a verse with the mushaf's marks and its translation.
    text = (
        "Check out the new design\n\n"
        "ترجمه معانی سوره: بقره   آیه:\n"
        "وَاللّٰهُ غَفُوْرٌ رَّحِيْمٌ ۟\n"
        "و خداوند آمرزنده و مهربان است و هر کس به سوی او بازگردد او را می‌بخشد و از خطایش "
        "درمی‌گذرد، پس بندگان نباید از رحمت او ناامید شوند.\n"
    )
    article = jm.parse_article(text)
    # No title, or the verse with a doubt: never the verse taken silently.
    assert article.title is None or "title-uncertain" in {w.code for w in article.warnings}


def test_a_headline_with_plain_vowel_marks_is_not_doubted_as_a_verse() -> None:
    # Near miss: harakat alone (a name's vowels) are no mushaf's marks.
    text = "دیدار با مُحَمَّد رضایی در جشنواره شهر\n\n" + BODY
    article = jm.parse_article(text)
    assert article.title is not None
    assert "title-uncertain" not in {w.code for w in article.warnings}
