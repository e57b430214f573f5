"""fix69: attack26's leftovers and real23's missing values (docs/reliability.md, «Attacks,
twenty-sixth round»; docs/real_sample.md, «A twelfth sample»).

The layouts are real pages' (named by each test); the headlines and paragraphs are ours.
"""

from __future__ import annotations

import pytest
from tests.checks import iso, warning_codes

import jalali_meta as jm

STORY = (
    "به گزارش روابط عمومی دانشگاه، ساختمان تازه دانشکده با پیشرفت نود درصدی در آستانه "
    "بهره‌برداری است و کلاس‌های آن از مهر ماه آغاز می‌شود."
)
MORE = (
    "معاون دانشگاه در بازدید از کارگاه گفت که تجهیزات آزمایشگاه‌ها خریداری شده و نصب آن‌ها "
    "تا پایان تابستان به پایان می‌رسد."
)
HEADING = "آنچه شوراهای روستا باید بدانند"
OTHER = "افتتاح کتابخانه عمومی تازه در محله شمالی شهر"
BRACKET = "(2 شهریور 1402 - 08:37:47)"


# -- 1. A bracketed date-time is never part of the title (dehanbaj.ir's item header) --


def test_a_bracketed_date_line_under_another_heading_gives_the_heading_doubted() -> None:
    # «HEADING» over «(DATE - TIME) OTHER HEADLINE»: whose story is the page's is unsure.
    article = jm.parse_article(f"{HEADING}\n\n{BRACKET} {OTHER}\n{STORY}\n")
    assert article.title == HEADING
    assert "title-uncertain" in warning_codes(article)
    assert article.published is None  # the date is the other headline's


def test_a_bracketed_date_line_alone_gives_the_headline_after_it() -> None:
    article = jm.parse_article(f"{BRACKET} {OTHER}\n{STORY}\n")
    assert article.title == OTHER
    assert "title-uncertain" not in warning_codes(article)


def test_the_headline_printed_again_after_the_bracket_keeps_title_and_time() -> None:
    # A near miss: dehanbaj.ir prints the page's own headline again after the date-time.
    article = jm.parse_article(f"{HEADING}\n\n{BRACKET} {HEADING}\n{STORY}\n")
    assert article.title == HEADING
    assert "title-uncertain" not in warning_codes(article)
    assert iso(article.published) == "2023-08-24T08:37:47+03:30"


def test_a_colon_line_over_a_bracketed_date_line_is_no_heading_over_it() -> None:
    # A near miss: «HEADING:» ends with a kicker's colon: it introduces the line under it,
    # whose headline is the page's (mut20).
    article = jm.parse_article(f"{HEADING}:\n\n{BRACKET} {OTHER}\n{STORY}\n")
    assert article.title == OTHER
    assert "title-uncertain" not in warning_codes(article)


def test_a_headline_opening_with_a_bracketed_weekday_is_kept() -> None:
    # A near miss: brackets without a date are part of the headline.
    article = jm.parse_article(f"(گزارش تصویری) {OTHER}\n\n{STORY}\n")
    assert article.title == f"(گزارش تصویری) {OTHER}"


# -- 2. A sidebar's «آرشیو دسته‌ها» over one post heads a widget, not the page's list --

POST = "شورای شهر بودجه سال آینده را بررسی کرد"
DATE = "۱۲ اسفند ۱۴۰۲"


def test_a_category_widget_heading_over_one_post_keeps_its_headline() -> None:
    text = f"آرشیو دسته‌ها\n\nاخبار\n\nمقالات\n\n{POST}\n\n{DATE}\n\n{STORY}\n\n{MORE}\n"
    article = jm.parse_article(text, url="https://example.ir/" + POST.replace(" ", "-") + "/")
    assert article.title == POST
    assert "title-uncertain" not in warning_codes(article)


def test_a_bare_label_over_several_items_still_doubts_the_first() -> None:
    # A near miss: the same heading and links, then several posts (a category's list).
    text = (
        f"آرشیو دسته‌ها\n\nاخبار\n\nمقالات\n\n{POST}\n\n{STORY}\n\nادامه مطلب\n\n"
        f"کلاس‌های تابستانی دانشگاه آغاز شد\n\n{MORE}\n\nادامه مطلب\n"
    )
    article = jm.parse_article(text)
    assert article.title != POST
    assert "title-uncertain" in warning_codes(article)


@pytest.mark.parametrize("url", [None, "https://example.ir/category/news/"])
def test_a_bare_label_right_over_one_item_still_doubts_it(url: str | None) -> None:
    # A near miss: «آرشیو دسته» right over the headline names the page a list's archive.
    article = jm.parse_article(f"آرشیو دسته\n\n{POST}\n\n{STORY}\n\nادامه مطلب\n", url=url)
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


# -- 3. A site's notice over the story's headline (khabar-24.com) --

NOTICE = (
    "ضمن تبریک سال نو به همه همراهان، به اطلاع می‌رساند که فعالیت این وب سایت از آغاز سال "
    "جدید متوقف خواهد شد. از همراهی شما در این سال‌ها سپاسگزاریم."
)
TITLE = "شعر انتظار در قلمرو علم بیان"
ABSTRACT = (
    "هدف این نوشتار بررسی شعر انتظار در دوره معاصر از دیدگاه علم بیان است و تشبیه و استعاره "
    "و کنایه در شعر شاعران این دوره بررسی شده است."
)
PAPER = f"{NOTICE}\n\n{TITLE}\n\nچکیده\n\n{ABSTRACT}\n"


def test_a_headline_under_a_notice_the_slug_spells_is_the_title() -> None:
    url = "http://www.example.com/news/108332/" + TITLE.replace(" ", "+")
    article = jm.parse_article(PAPER, url=url)
    assert article.title == TITLE
    assert "title-uncertain" not in warning_codes(article)


def test_a_headline_under_a_notice_without_an_address_is_doubted() -> None:
    article = jm.parse_article(PAPER)
    assert article.title == TITLE
    assert "title-uncertain" in warning_codes(article)


def test_a_two_word_section_label_under_the_headline_still_counts() -> None:
    # «چکیده مقاله», two words (SECTION_LABEL_WORDS), between the headline and its text (mut20).
    article = jm.parse_article(PAPER.replace("\nچکیده\n", "\nچکیده مقاله\n"))
    assert article.title == TITLE
    assert "title-uncertain" in warning_codes(article)


def test_a_first_paragraph_sharing_the_headlines_words_is_no_notice() -> None:
    # A near miss: a first paragraph naming the line under it («شعر انتظار») is the text's
    # own, not a notice over another story: no headline is taken under it (mut20).
    article = jm.parse_article(
        f"{NOTICE} شعر انتظار را بخوانید.\n\n{TITLE}\n\nچکیده\n\n{ABSTRACT}\n"
    )
    assert article.title is None


def test_a_short_line_under_a_notice_sharing_no_words_is_no_headline() -> None:
    # A near miss: a section's label under the first paragraph, no headline's words below.
    article = jm.parse_article(f"{NOTICE}\n\nچکیده\n\n{ABSTRACT}\n")
    assert article.title is None


# -- 4. The item's number in its address --


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("https://example.ir/1488/", "1488"),  # WordPress's «/%post_id%/» (avenliq.ir)
        ("https://example.ir/1402/", None),  # a Jalali year's archive
        ("https://example.ir/2019/", None),  # a Gregorian year's archive
        # _ARCHIVE_YEAR's bounds, each side (mut20): Jalali 1300-1419, Gregorian 1900-2039
        ("https://example.ir/1299/", "1299"),
        ("https://example.ir/1300/", None),
        ("https://example.ir/1419/", None),
        ("https://example.ir/1420/", "1420"),
        ("https://example.ir/1899/", "1899"),
        ("https://example.ir/1900/", None),
        ("https://example.ir/2039/", None),
        ("https://example.ir/2040/", "2040"),
        ("https://example.com/blogs/303", "303"),  # one post (etilaatshahr.com)
        ("https://example.com/blogs/1402", None),  # a year's
        ("https://example.com/blogs/page/3", None),  # a list's page
        # Joomla: a category's «ID-alias», then the article's with the «.html» suffix
        # (edo.aliabadiau.ac.ir; Joomla's documentation «/the-news/1-latest-news/1-welcome»).
        ("http://example.ac.ir/ak/196-t_m/ne/916-جشن-ولایت.html", "916"),
        ("http://example.ac.ir/ak/196-t_m.html", None),  # the category's list
        ("http://example.ac.ir/196-t_m/916-جشن-ولایت.html", "916"),  # right under it
        ("http://example.ac.ir/ak/196-t_m/ne/916-جشن-ولایت", None),  # no «.html» (mut20)
        ("http://example.ac.ir/ak/196-t_m/ne/1402-جشن-ولایت.html", None),  # a year
        ("http://example.ac.ir/ak/t_m/ne/916-جشن-ولایت.html", None),  # no category's ID
        ("http://example.ac.ir/1402-08-12/916-جشن-ولایت.html", None),  # a date, no category
    ],
)
def test_address_numbers(url: str, number: str | None) -> None:
    assert jm.parse_article(f"{POST}\n\n{STORY}\n", url=url).number == number
