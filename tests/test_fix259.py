"""fix259: what attack76 found (benchmarks/attacks76.py, docs/reliability.md «Attacks,
seventy-sixth round»): an ID before its label with a space between («۳۳۱۹۰ کد مطلب»), a date
and its clock before its label («۱۸ آذر ۱۴۰۲ - ۱۰:۲۰ تاریخ انتشار»), a Markdown «-» or «*»
list under a lead-in line ending with a colon, and a greeting to colleagues, an audience or
students («همکاران گرامی، سلام»). Sentences are ours."""

from __future__ import annotations

from jalali_meta import parse_article

HEADLINE = "کارگاه سفالگری کودکان در فرهنگسرای محله برگزار شد"
BODY = (
    "به گزارش خبرنگار ما، نخستین کارگاه سفالگری ویژه کودکان محله با حضور مربیان و "
    "خانواده ها در حیاط فرهنگسرا برگزار شد و کودکان کاسه ها و گلدان های کوچکی ساختند.\n\n"
    "مسئول فرهنگسرا گفت این کارگاه تا پایان پاییز هر هفته روزهای پنجشنبه برپا خواهد بود."
)


def _page(*meta: str) -> str:
    return "\n".join([*meta, HEADLINE, "", BODY]) + "\n"


def test_id_before_its_label_with_a_space_is_the_number() -> None:
    article = parse_article(_page("۵۲۷۱۴ کد مطلب"))
    assert article.number == "52714"
    assert article.title == HEADLINE


def test_id_before_a_news_label_with_a_space_is_the_number() -> None:
    article = parse_article(_page("۱۸ آذر ۱۴۰۲", "908213 شماره خبر"))
    assert article.number == "908213"
    assert article.title == HEADLINE


def test_words_before_the_id_and_its_label_are_no_label_line() -> None:
    # Near miss: a count among words before the label's words: no ID read.
    article = parse_article(_page("تا امروز ۵۲۷۱۴ کد مطلب"))
    assert article.number is None


def test_date_and_clock_before_its_label_is_published_to_the_minute() -> None:
    article = parse_article(_page("۲۳ اسفند ۱۴۰۱ - ۱۴:۰۵ تاریخ انتشار"))
    assert article.published is not None
    assert article.published.jalali_date == (1401, 12, 23)
    assert article.published.isoformat().startswith("2023-03-14T14:05")
    assert article.title == HEADLINE


def test_slashed_date_and_clock_before_its_label_is_published() -> None:
    article = parse_article(_page("1401/12/23 14:05 تاریخ انتشار", "۵۲۷۱۴ کد مطلب"))
    assert article.published is not None
    assert article.published.isoformat().startswith("2023-03-14T14:05")
    assert article.number == "52714"


def test_sentence_with_a_clock_ending_in_label_words_is_no_label_line() -> None:
    # Near miss: words besides the date and the clock before the label's words.
    article = parse_article(_page("ساعت ۱۴:۰۵ روز ۲۳ اسفند ۱۴۰۱ را ببینید تاریخ انتشار"))
    assert article.published is None


LEAD_IN = "وسایل لازم برای شرکت در کارگاه سفالگری :"
ITEMS = ("پیش بند کهنه", "حوله کوچک", "ظرف آب")


def test_dash_items_under_a_lead_in_are_not_the_title() -> None:
    text = LEAD_IN + "\n\n" + "\n".join(f"- {item}" for item in ITEMS) + "\n\n" + BODY + "\n"
    article = parse_article(text)
    assert article.title not in ITEMS
    assert article.title is None or "title-uncertain" in article.warnings


def test_star_items_under_a_lead_in_are_not_the_title() -> None:
    text = LEAD_IN + "\n" + "\n".join(f"* {item}" for item in ITEMS) + "\n\n" + BODY + "\n"
    article = parse_article(text)
    assert article.title not in ITEMS
    assert article.title is None or "title-uncertain" in article.warnings


def test_headline_over_a_dash_list_with_no_lead_in_stays_the_title() -> None:
    # Near miss: no colon line over the list: the headline over it is still the title.
    text = HEADLINE + "\n\n" + "\n".join(f"- {item}" for item in ITEMS) + "\n\n" + BODY + "\n"
    assert parse_article(text).title == HEADLINE


def test_greeting_to_colleagues_under_the_heading_is_not_the_title() -> None:
    heading = "پیام آغاز سال تحصیلی به معلمان مدرسه"
    for greeting in ("همکاران گرامی، سلام", "مخاطبان عزیز سلام", "دانش‌آموزان عزیز سلام"):
        article = parse_article(f"{heading}\n{greeting}\n\n{BODY}\n")
        assert article.title == heading, greeting


def test_greeting_alone_to_an_audience_is_never_the_title() -> None:
    article = parse_article(f"سلام به مخاطبان عزیز\n\n{BODY}\n")
    assert article.title != "سلام به مخاطبان عزیز"


def test_colleagues_named_in_a_headline_keep_the_headline() -> None:
    # Near miss: «همکاران» in a headline with no greeting word is a headline.
    headline = "همکاران شهرداری در پاکسازی رودخانه شهر مشارکت کردند"
    assert parse_article(f"{headline}\n\n{BODY}\n").title == headline


# -- a page's name printed twice, ending in a spaced plural «ها», over a longer heading --------
PAGE_NAME = "معرفی موزه ها"
PAGE_HEADING = "معرفی موزه ها و نگارخانه های استان در یک نگاه"
PAGE_BODY = (
    "در این صفحه موزه های تاریخی، مردم شناسی و نگارخانه های استان با نشانی و ساعت کار هر "
    "یک معرفی می شوند تا گردشگران پیش از سفر برنامه دیدار خود را بچینند."
)


def test_page_name_with_a_spaced_plural_printed_twice_is_the_title() -> None:
    text = f"{PAGE_NAME}\n• صفحات\n{PAGE_NAME}\n{PAGE_HEADING}\n\n{PAGE_BODY}\n"
    assert parse_article(text).title == PAGE_NAME


def test_page_name_printed_once_over_the_heading_is_not_taken() -> None:
    # Near miss: the name over the heading but not printed twice: the rule takes nothing.
    text = f"• صفحات\n{PAGE_NAME}\n{PAGE_HEADING}\n\n{PAGE_BODY}\n"
    assert parse_article(text).title != PAGE_NAME


# -- an address's ID alone in Persian digits ------------------------------------------------
def test_persian_digit_id_after_a_slug_is_the_number() -> None:
    article = parse_article(
        _page("۱۸ آذر ۱۴۰۲"), url="https://sofal-example.ir/کارگاه-سفالگری/۷۳۰۶/"
    )
    assert article.number == "7306"


def test_percent_encoded_persian_digit_id_after_news_is_the_number() -> None:
    url = "https://sofal-example.ir/news/%DB%B7%DB%B3%DB%B0%DB%B6"  # /news/۷۳۰۶
    assert parse_article(_page("۱۸ آذر ۱۴۰۲"), url=url).number == "7306"


def test_persian_digit_year_folder_after_a_slug_is_no_number() -> None:
    # Near miss: a Jalali year in Persian digits after the slug is a year's folder.
    url = "https://sofal-example.ir/گزارش-سالانه/۱۴۰۱/"
    assert parse_article(_page("۱۸ آذر ۱۴۰۲"), url=url).number is None
