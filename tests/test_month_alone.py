"""A line that is only a month's name is a date's part, never a title or a list's name.

real36's #22 (a payment company's blog, a tag page): its theme prints each post's day as a
bare «22» over a line holding only «سپتامبر», and the month was given as the page's title
(the list's name) with no doubt. The pages below are written for these tests; they mirror
that layout, not its sentences.
"""

from __future__ import annotations

import jalali_meta as jm

_TEASER = (
    "از سال‌های دور چند شاخص برای سنجش بازار سرمایه در کشور ساخته شده است که هر کدام بخشی از "
    "معاملات را نشان می‌دهد و در این نوشته به تفاوت آنها می‌پردازیم"
)


def _badge_page(month: str) -> str:
    return f"22\n{month}\n\nشاخص‌های اصلی بازار سرمایه\n\n{_TEASER}\n\nادامه مطلب\n"


def test_month_under_a_day_badge_is_no_list_name_with_the_address() -> None:
    record = jm.parse_article(_badge_page("سپتامبر"), url="https://pay.example.ir/tag/shakhes/")
    assert record.title is None
    assert {"listing-page", "title-uncertain"} <= {w.code for w in record.warnings}


def test_month_under_a_day_badge_is_never_the_title_from_the_text_alone() -> None:
    for month in ("سپتامبر", "اردیبهشت", "ژوئن"):
        record = jm.parse_article(_badge_page(month))
        assert record.title != month


def test_a_short_list_name_over_the_items_stays_neg() -> None:
    page = _badge_page("سپتامبر").replace("22\nسپتامبر\n", "برچسب: شاخص بورس\n")
    record = jm.parse_article(page, url="https://pay.example.ir/tag/shakhes/")
    assert record.title == "شاخص بورس"


def test_a_month_alone_line_over_a_paragraph_is_not_the_title() -> None:
    record = jm.parse_article(f"اردیبهشت ماه\n\n{_TEASER}\n")
    assert record.title != "اردیبهشت ماه"


def test_a_headline_naming_a_month_stays_neg() -> None:
    record = jm.parse_article(f"بارش‌های سپتامبر در شمال کشور\n\n{_TEASER}\n")
    assert record.title == "بارش‌های سپتامبر در شمال کشور"


def test_a_short_headline_opening_with_a_months_word_stays_neg() -> None:
    # mut29 (benchmarks/hand_mutants_29.py): the month's name is the whole line, not its
    # first word: «بهمن» and «مهر» open a company's or a person's name too.
    for headline in ("بهمن موتور", "مهر تابان"):
        record = jm.parse_article(f"{headline}\n\n{_TEASER}\n")
        assert record.title == headline
