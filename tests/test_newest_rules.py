"""The newest rules under mutation (benchmarks/hand_mutants_newest.py, docs/reliability.md).

Each test kills a hand mutant of the rules of real12, fix26, fix27 and attack14 that the
tests of those branches let live: a behaviour a user relies on, asserted through the public
API. The texts are our own.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

_LEAD = (
    "این متن برای آزمون نوشته شده است و درباره چند موضوع عمومی توضیح می‌دهد تا جمله‌ای به "
    "اندازه یک بند کامل باشد و ابزار آن را متن اصلی صفحه بخواند."
)


# -- a wiki's tagline (_article._WIKI_TAGLINE) -----------------------------------------------


def test_wiki_tagline_of_six_words_is_no_title() -> None:
    # A wiki's name of three words and the encyclopedia's words after a comma: six words.
    text = f"الفبای نمونه\n\nاز ویکی فقه شیعه، دانشنامه آزاد\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == "الفبای نمونه"


# -- a magazine's issue number alone on its line (_header._LONE_ISSUE) -----------------------


def test_number_label_with_three_digits_is_neither_number_nor_issue() -> None:
    # fix35: «شماره 123» alone, no colon, is an issue's or an article's number; the page does
    # not say which, so neither is read (one or two digits stay an issue's).
    text = f"شماره 123\n\nنگاهی به نقد فیلم در سال‌های اخیر\n\n{_LEAD}\n"
    article = jm.parse_article(text)
    assert article.number is None
    assert "issue" not in {field.name for field in article.fields}


def test_wiki_tagline_with_a_three_word_name_is_no_title() -> None:
    text = f"الفبای نمونه\n\nاز ویکی فقه شیعه\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == "الفبای نمونه"


# -- a header date without its year against a body date (_header.yearless_date_line) --------

_HEADLINE = "بازار میوه شب عید با کمبود عرضه روبه‌رو شد"


def _yearless_page(header: str, footer: str) -> str:
    return (
        f"{_HEADLINE}\n{header}\n\n{_LEAD}\n\nبرنامه تازه بازار روز:\n\n"
        f"{footer}\nغرفه‌های میوه از ساعت 8 باز است\n"
    )


def test_yearless_header_date_with_a_bare_time_refuses_another_day() -> None:
    for header in ("دوشنبه 14 مهر 10:30", "14 مهر - ساعت 10:30", "دوشنبه، 14 مهر"):
        article = jm.parse_article(_yearless_page(header, "سه‌شنبه 15/7/92"))
        assert article.published is None, header
        assert "published-conflict" in warning_codes(article), header


def test_yearless_header_date_with_a_bare_time_keeps_the_same_day() -> None:
    article = jm.parse_article(_yearless_page("دوشنبه 14 مهر 10:30", "دوشنبه 14/7/92"))
    assert article.published is not None
    assert article.published.jalali_date == (1392, 7, 14)


# -- a date line with one Latin word after its time (_header._date_line) --------------------


def test_date_line_with_a_city_before_and_a_latin_word_after_gives_its_day() -> None:
    # A city's or an agency's name before the date, a Latin word after the time: the date
    # line's day (it was taken as the title, the headline above it lost, no date read).
    for line in (
        "تهران ۱۲ اسفند ۱۴۰۲ ساعت ۱۰:۳۰ Tehran",
        "خبرگزاری نمونا ۱۲ اسفند ۱۴۰۲ ساعت ۱۰:۳۰ IRNA",
    ):
        article = jm.parse_article(f"{_HEADLINE}\n{line}\n\n{_LEAD}\n")
        assert article.title == _HEADLINE, line
        assert article.published is not None, line
        assert article.published.jalali_date == (1402, 12, 12), line
        assert not article.published.has_time, line


def test_date_line_with_a_long_name_before_it_gives_its_day() -> None:
    line = "خبرگزاری جمهوری اسلامی ایران ۱۲ اسفند ۱۴۰۲ ساعت ۱۰:۳۰ IRNA"
    article = jm.parse_article(f"{_HEADLINE}\n{line}\n\n{_LEAD}\n")
    assert article.title == _HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1402, 12, 12)


def test_headline_holding_a_date_and_a_latin_word_stays_the_title() -> None:
    headline = "افتتاح نمایشگاه کتاب تهران در روز ۱۲ اسفند ۱۴۰۲ ساعت ۱۰:۳۰ Tehran"
    assert jm.parse_article(f"{headline}\n\n{_LEAD}\n").title == headline


# -- a source's name before a bar (_article._source_before_bar) ------------------------------


def test_two_word_source_before_a_bar_is_no_title() -> None:
    text = f"تین نیوز |\n\n{_LEAD}\n\n{_LEAD}\n"
    assert jm.parse_article(text).title != "تین نیوز"


def test_three_word_headline_with_a_trailing_bar_stays_the_title() -> None:
    text = f"سرپرست جدید آمد |\n\n{_LEAD}\n"
    title = jm.parse_article(text).title
    assert title is not None
    assert title.startswith("سرپرست جدید آمد")


def test_headline_with_a_year_before_a_bar_stays_the_title() -> None:
    # A number in the name: a headline's («بودجه 1403»), no source's name.
    assert jm.parse_article(f"بودجه 1403 |\n\n{_LEAD}\n").title == "بودجه 1403"


# -- a visit's clock over the article's date line (_article._banner) -------------------------


def test_clock_over_a_date_line_without_its_time_is_not_called_the_visits() -> None:
    # The date line under the clock prints no time: the clock is not shown to be later, so
    # it is not dropped as the visit's; the two days disagree, and the result says so.
    text = f"سه‌شنبه، 22 خرداد 1403 09:10\n5512 اقتصادی 1403/03/15\n\n{_HEADLINE}\n\n{_LEAD}\n"
    article = jm.parse_article(text)
    assert "published-conflict" in warning_codes(article)


# -- hyphen-joined numbers in an .aspx address (_sources._aspx_number_run) -------------------


def test_aspx_number_run_ending_in_a_date_code_or_a_short_number_is_not_read() -> None:
    for url in (
        "http://example.ir/12-345-14030315/slug.aspx",  # a date code
        "http://example.ir/12-345-6789/slug.aspx",  # four digits: a section's code
        "http://example.ir/issue/12-345-678901.aspx",  # under an issue's segment
    ):
        assert jm.parse_article(f"{_HEADLINE}\n\n{_LEAD}\n", url=url).number is None, url


def test_aspx_number_run_ending_in_five_digits_is_read() -> None:
    url = "http://example.ir/12-345-67890/slug.aspx"
    assert jm.parse_article(f"{_HEADLINE}\n\n{_LEAD}\n", url=url).number == "67890"


# -- a run of tags over the headline (_article._tag_run) -------------------------------------

_TAGGED = "قیمت میوه امروز 12 مهر 1402 | کاهش قیمت سیب در بازار میوه تهران"


def _tagged_page(tags: str) -> str:
    return (
        "دوشنبه 14 خرداد 1403 - 03 Jun 2024\n"
        "تاریخ انتشار: 1402/07/12 09:15\n"
        f"{tags}\n"
        "کد خبر: 45120\n\n"
        f"{_TAGGED}\n\n{_LEAD}\n"
    )


def test_run_of_two_word_tags_over_the_headline_is_no_title() -> None:
    for tags in (
        "قیمت سیب قیمت سیب بازار میوه تهران امروز",
        "بازار میوه بازار میوه کاهش قیمت سیب تهران",
    ):
        assert jm.parse_article(_tagged_page(tags)).title == _TAGGED, tags


def test_first_print_opening_with_a_doubled_word_stays_the_title() -> None:
    # One word printed twice («کم کم») is a headline's rhetoric, not a run of tags.
    line = "کم کم کاهش قیمت سیب در بازار میوه تهران"
    assert jm.parse_article(_tagged_page(line)).title == line


# -- the listicle's count and the keyword's list in the address (_sources, _article) ---------


def test_three_digit_number_before_a_long_slug_stays_the_id() -> None:
    url = "https://example.ir/news/125-things-to-know/"
    assert jm.parse_article(f"{_HEADLINE}\n\n{_LEAD}\n", url=url).number == "125"


def test_short_number_before_a_two_word_slug_stays_the_id() -> None:
    url = "https://example.ir/news/25-budget-plan.html"
    assert jm.parse_article(f"{_HEADLINE}\n\n{_LEAD}\n", url=url).number == "25"


def test_keywords_address_is_a_list() -> None:
    for segment in ("keywords", "keyword", "key"):
        article = jm.parse_article(
            f"{_HEADLINE}\n\n{_LEAD}\n", url=f"https://example.ir/{segment}/abc"
        )
        assert "listing-page" in warning_codes(article), segment


# -- a post's title over its question heading (_article._title_over_its_question) ------------

_POST_TITLE = "CRM یا نرم افزار مدیریت ارتباط با مشتری فروشگاه"


def test_question_of_two_content_words_yields_to_the_line_above() -> None:
    text = f"{_POST_TITLE}\n\nنرم افزار CRM\n\nCRM فروشگاه چیست؟\n\n{_LEAD}\n"
    article = jm.parse_article(text)
    assert article.title == _POST_TITLE
    assert "title-uncertain" in warning_codes(article)


def test_question_with_a_word_the_line_above_lacks_stays_the_title() -> None:
    question = "نرم افزار مدیریت مشتری یا ERP چیست؟"
    text = f"{_POST_TITLE}\n\nنرم افزار CRM\n\n{question}\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == question


# -- a date box right before the article's container (_html._with_date_before) ---------------


def test_date_box_holding_a_heading_is_not_taken_in() -> None:
    # A box whose heading is nested in it names another story; its date is that story's.
    box = '<div class="header"><div><h3>بارش برف</h3></div><span>دوشنبه 14 آبان 1397</span></div>'
    html = (
        f'<html dir="rtl"><body><form>{box}<div class="story"><h1>{_HEADLINE}</h1>'
        f"<p>{_LEAD}</p><p>{_LEAD}</p></div></form></body></html>"
    )
    assert jm.parse_html(html).published is None


def test_question_rule_does_not_reach_over_a_header_line() -> None:
    # «کد خبر» between the two lines: the header under the title, the question a section's
    # heading of the body; the title above the header is certain.
    question = "نرم افزار مدیریت مشتری یا CRM چیست؟"
    article = jm.parse_article(f"{_POST_TITLE}\nکد خبر: 45120\n{question}\n\n{_LEAD}\n")
    assert article.title == _POST_TITLE
    assert "title-uncertain" not in warning_codes(article)


# -- a text of one line with a tail (_article._lone_line_tail) -------------------------------


def test_lone_line_of_four_words_and_a_dashed_name_is_uncertain() -> None:
    article = jm.parse_article("مدارس فردا باز می‌شوند - نمونا\n")
    assert "title-uncertain" in warning_codes(article)


def test_lone_line_of_three_words_and_a_dashed_name_is_certain() -> None:
    article = jm.parse_article("مدارس فردا بازگشایی - نمونا\n")
    assert article.title == "مدارس فردا بازگشایی - نمونا"
    assert "title-uncertain" not in warning_codes(article)


def test_lone_line_with_three_words_after_its_dash_is_certain() -> None:
    # Three words after the dash are the headline's second part, no source's name.
    line = "دستورالعمل تازه ثبت نام مدارس در سال آینده - گزارش ویژه روز"
    article = jm.parse_article(line + "\n")
    assert article.title == line
    assert "title-uncertain" not in warning_codes(article)


def test_two_line_text_is_not_judged_by_its_first_lines_tail() -> None:
    article = jm.parse_article("مدارس فردا باز می‌شوند - نمونا\nثبت نام از شنبه\n")
    assert "title-uncertain" not in warning_codes(article)
