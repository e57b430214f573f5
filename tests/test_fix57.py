"""The real20 sample's list heading over its name, a long question over its counts, a name
over the colon line opening its text, a title printed twice around a download button, and
an ID after a slug with a dropped character (docs/real_sample.md, real20).

The pages are written for these tests; each mirrors the layout of the real page named.
"""

from __future__ import annotations

import jalali_meta as jm
from jalali_meta.testing import url_number

DESCRIPTION = (
    "در این بخش نوشته‌های کوتاه و بلند درباره فیلم‌های تازه سینمای جهان را می‌خوانید. هر "
    "نوشته پس از دیدن کامل فیلم و با نگاهی به داستان، بازی‌ها و کارگردانی آن نوشته می‌شود و "
    "خلاصه داستان را لو نمی‌دهد."
)
REPORT = (
    "پژوهشگران این حوزه سال‌هاست درباره مرزهای این مفهوم بحث می‌کنند و هر تعریفی که پیش "
    "گذاشته‌اند دست‌کم یک نمونه آشنا را بیرون گذاشته است. در این نوشته چند تعریف مشهور را "
    "کنار هم می‌گذاریم و نشان می‌دهیم هر یک کجا کم می‌آورد و چرا."
)
# Sixteen words and a question mark: longer than a lead's opening question may be.
QUESTION = "چرا هر کوششی برای یافتن تعریفی کامل و دقیق از پدیده سرگرمی در نهایت ناکام می‌ماند؟"


def parse(text: str, url: str | None = None) -> jm.Article:
    return jm.parse_article(text, url=url)


def codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- A theme's list heading opening the page, the list's name under it (ipiramid.com) --------


def test_list_heading_opening_the_page_names_the_list_by_the_line_under_it() -> None:
    """«مطالب مربوط به دسته» / «نقد فیلم» / the category's description (ipiramid.com's
    category page): the heading is the theme's, the list's name the line under it."""
    text = f"مطالب مربوط به دسته\n\nنقد فیلم\n\n{DESCRIPTION}"
    for url in (None, "https://cinema.example/category/reviews/movie-review/"):
        article = parse(text, url)
        assert article.title == "نقد فیلم"
        assert "listing-page" in codes(article)


def test_archive_heading_over_the_name_at_a_list_address_gives_the_name() -> None:
    """«آرشیو دسته» / «نقد فیلم» at a category's address: the heading is no list's name
    (it was taken as one before), the line under it is."""
    url = "https://cinema.example/category/reviews/movie-review/"
    for heading in ("آرشیو دسته", "مرور برچسب"):
        article = parse(f"{heading}\n\nنقد فیلم\n\n{DESCRIPTION}", url)
        assert article.title == "نقد فیلم"


def test_headline_opening_with_the_heading_words_is_no_list_heading() -> None:
    """A headline that only opens with those words goes on past them: no heading."""
    headline = "مطالب مربوط به دسته‌بندی زباله در مدرسه‌ها به کتاب‌های درسی افزوده شد"
    article = parse(f"{headline}\n\n{DESCRIPTION}")
    assert article.title == headline
    assert "listing-page" not in codes(article)


# -- A long question headline over its likes and views (direc.ircg.ir) -------------------------


def test_long_question_over_bare_counts_is_the_headline() -> None:
    """«QUESTION؟» / «2» / «379» / the report (direc.ircg.ir's article): the counts are the
    post's header, and the question over them is its headline."""
    article = parse(f"{QUESTION}\n\n2\n379\n\n{REPORT}")
    assert article.title == QUESTION


def test_long_question_opening_the_text_without_counts_is_no_headline() -> None:
    """Without the header's counts, a long question over the text may be its opening: no
    title is taken from it (as before)."""
    assert parse(f"{QUESTION}\n\n{REPORT}").title is None


# -- A name over the colon line that opens the text by it (okbimeh.com) -------------------------


ITEMS = (
    "1. بیمه پایه: هزینه‌های بیمارستانی را تا سقف تعهد بیمه‌نامه می‌پردازد و برای همه "
    "بیمه‌شدگان یکسان است.\n\n"
    "2. بیمه تکمیلی: بخشی از هزینه‌هایی را که بیمه پایه نمی‌پردازد جبران می‌کند و حق بیمه "
    "آن بیشتر است."
)


def test_name_over_the_colon_line_opening_with_it_is_the_title() -> None:
    """«بیمه درمان» / «بیمه درمان چند گونه است:» / the kinds (okbimeh.com's page): the text's
    first sentence introduces its list by the name above it, the page's title."""
    article = parse(f"بیمه درمان\n\nبیمه درمان در ایران چند گونه دارد:\n\n{ITEMS}")
    assert article.title == "بیمه درمان"


def test_short_line_over_another_colon_line_is_still_a_kicker() -> None:
    """A colon line that does not go on from the line above it keeps its doubt: no title."""
    article = parse(f"بیمه درمان\n\nدر این صفحه انواع پوشش را می‌خوانید:\n\n{ITEMS}")
    assert article.title is None


# -- A title printed twice around a download button (maliatman.com) --------------------------


def test_title_printed_twice_around_a_button_is_its_first_print() -> None:
    """«TITLE دانلود PDF TITLE», the page's one line (maliatman.com): the file's heading,
    its button and the link's text run together; the title is the heading."""
    title = "جدول ارزش اجاری املاک شهرستان نمونه سال 1400 کد 17"
    article = parse(f"{title} دانلود PDF {title}")
    assert article.title == title
    assert "title-uncertain" not in codes(article)


def test_line_whose_two_halves_differ_is_left_whole() -> None:
    """Two runs that differ in a word are no title printed twice: the line stays whole."""
    line = (
        "جدول ارزش اجاری املاک شهرستان نمونه سال 1400 دانلود PDF جدول ارزش اجاری املاک "
        "شهرستان نمونه سال 1401"
    )
    assert parse(line).title != "جدول ارزش اجاری املاک شهرستان نمونه سال 1400"


# -- An ID after a slug with a dropped character (sputnik.af) ---------------------------------


def test_slug_with_a_double_hyphen_keeps_its_tail_id() -> None:
    """«.../<words>--<words>-16591979.html»: a character the slug could not hold (a number in
    Persian digits, a question mark) left «--»; the ID after the slug is still read."""
    url = "https://news.example/amp/20231120/ساخت-یک-بیمارستان--تخت-در-شهر-16591979.html"
    assert url_number(url) == "16591979"


def test_double_hyphen_before_the_number_reads_no_id() -> None:
    """«<slug>--16591979»: the number after an empty word is no slug's tail."""
    assert url_number("https://news.example/a/ساخت-یک-بیمارستان--16591979.html") is None
    assert url_number("https://news.example/a/-ساخت-یک-بیمارستان-16591979.html") is None


# -- A comment count between a post's category and its date (tajdental.clinic) --------------


BODY = (
    "دندانپزشکان توصیه می‌کنند دست‌کم سالی دو بار برای معاینه به مطب بروید، حتی اگر دردی "
    "ندارید. بسیاری از پوسیدگی‌ها در آغاز هیچ نشانه‌ای ندارند و تنها با معاینه و عکس دیده "
    "می‌شوند."
)


def test_comment_count_before_the_date_keeps_the_meta_line() -> None:
    """«HEADLINE» / «مقالات کلینیک نمونه 0 نظر کاربران 19 شهریور 1401» / text: the comment
    count right before the date is the theme's meta line, whose date is the post's."""
    headline = "چرا معاینه منظم دندان‌ها اهمیت دارد"
    article = parse(
        f"{headline}\nمقالات کلینیک دندانپزشکی نمونه 0 نظر کاربران 19 شهریور 1401\n\n{BODY}"
    )
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2022-09-10"


def test_count_inside_a_headline_before_a_date_is_no_meta_line() -> None:
    """A count that does not end the words before the date is the line's own: the line
    stays the headline, not a meta line."""
    headline = "ثبت 120 نظر مردمی درباره طرح تازه شهرداری 3 مهر 1402"
    assert parse(f"{headline}\n\n{BODY}").title == headline


# -- Edges pinned by the seventeenth mutation round (benchmarks/hand_mutants_17.py) ---------


def test_long_question_over_three_counts_is_the_headline() -> None:
    """«QUESTION؟» / «2» / «379» / «5» (likes, views, comments): two counts are skipped, the
    third stands for the one line allowed between, and the report follows: the headline."""
    assert parse(f"{QUESTION}\n\n2\n379\n5\n\n{REPORT}").title == QUESTION


def test_number_with_a_leading_zero_under_a_long_question_is_no_count() -> None:
    """Near miss: «01» (a numbered section's mark, no count) under a long question: no count
    lifts the question to a headline; no title, as without counts."""
    assert parse(f"{QUESTION}\n\n01\n\n{REPORT}").title is None


def test_colon_line_spelled_by_the_address_keeps_its_title() -> None:
    """Near miss: the slug spells the colon line itself: the page names it, not the line
    above it."""
    url = "https://okbimeh.example/بیمه-درمان-در-ایران-چند-گونه-دارد/"
    article = parse(f"بیمه درمان\n\nبیمه درمان در ایران چند گونه دارد:\n\n{ITEMS}", url)
    assert article.title == "بیمه درمان در ایران چند گونه دارد:"


def test_line_ending_with_a_comma_over_the_colon_line_is_no_name() -> None:
    """Near miss: «بیمه درمان،» ends with a mark, a sentence's piece: no name for the list."""
    article = parse(f"بیمه درمان،\n\nبیمه درمان، در ایران چند گونه دارد:\n\n{ITEMS}")
    assert article.title is None


def test_title_twice_around_a_three_word_button_label() -> None:
    """«TITLE مشاهده فایل PDF TITLE»: a label of three words (BUTTON_LABEL_WORDS)."""
    title = "آمار ثبت نام کنکور"
    assert parse(f"{title} مشاهده فایل PDF {title}").title == title


def test_words_with_a_sentence_mark_between_two_prints_are_no_button() -> None:
    """Near miss: «... باد! ...» between the two prints ends a sentence: a chant said twice,
    the whole line is the headline."""
    line = "ایران همیشه سربلند باد! ایران همیشه سربلند"
    assert parse(line).title == line


def test_month_and_year_over_a_colon_line_opening_with_them_is_no_name() -> None:
    """Near miss: «اسفند ۱۴۰۲» (a month and year, never a title candidate) over «اسفند ۱۴۰۲
    چند رویداد مهم داشت:»: no name is taken from a line outside the candidates."""
    article = parse(f"اسفند ۱۴۰۲\n\nاسفند ۱۴۰۲ چند رویداد مهم داشت:\n\n{ITEMS}")
    assert article.title is None
    assert "title-uncertain" in codes(article)
