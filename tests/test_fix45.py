"""Two silent titles found by the fourteenth mutation round (benchmarks/hand_mutants_14.py):
a view counter under its label of a few words («بازدید این صفحه: 1,204») is page chrome, and a
post's date line («نگارش در تاريخ ... توسط NAME», blogfa: ebrahimsab.blogfa.com, page 1070)
is never the headline, however often it is printed.

The pages are written for these tests; each mirrors the layout of the real page named."""

from __future__ import annotations

import pytest

import jalali_meta as jm

LEAD = (
    "کارشناسان می‌گویند شهرهای ساحلی کشور هنوز برای باران‌های شدید آماده نیستند و "
    "بسیاری از آبراهه‌های قدیمی در سال‌های گذشته با ساخت‌وساز بسته شده است."
)
MORE = (
    "مدیران شهری نیز تأکید کرده‌اند که طرح لایروبی رودخانه‌ها از ماه آینده آغاز می‌شود و "
    "گزارش پیشرفت آن هر هفته منتشر خواهد شد تا شهروندان در جریان کار باشند."
)


def title(text: str) -> str | None:
    return jm.parse_article(text).title


# -- A view counter under its label (a law library's entry page, takbook.com) ----------------

ENTRY_PAGE = (
    "جستجو در کتابخانه با گوگل!\n\n"
    "پایبندی پایگاه کتابخانه حقوقی به قوانین جمهوری اسلامی ایران\n\n"
    "وزارت نیرو\n\n{counter}\n\n"
    "وزارت نیرو یکی از وزارتخانه‌های کشور است که تأمین آب و برق و مدیریت منابع آن را بر "
    "عهده دارد و وزیر آن از سوی رئیس جمهور به مجلس معرفی می‌شود.\n"
)


@pytest.mark.parametrize(
    "counter",
    [
        "بازدید این صفحه: 1,204",
        "بازدید: 120",
        "تعداد بازدید : ۱۲۰",
        "دفعات بازدید: ۳۰ بار",
        "Views: 12",
        "Visits this page: 44",
    ],
)
def test_view_counter_is_neither_title_nor_gap(counter: str) -> None:
    """The counter line is chrome: the entry's name over its definition stays the title."""
    assert title(ENTRY_PAGE.format(counter=counter)) == "وزارت نیرو"


@pytest.mark.parametrize("counter", ["بازدید این صفحه: 1,204", "تعداد بازدید : ۱۲۰", "Views: 12"])
def test_view_counter_under_a_headline_is_not_the_title(counter: str) -> None:
    headline = "سه راه برای کاهش خسارت سیل در شهرهای ساحلی"
    page = f"{counter}\n\n{headline}\n\n۱۴۰۲/۰۳/۱۲\n\n{LEAD}\n\n{MORE}\n"
    assert title(page) == headline


@pytest.mark.parametrize(
    "headline",
    ["بازدید ۱۲۰ هزار نفر از نمایشگاه کتاب", "بازدید رئیس جمهور از نمایشگاه: 12 غرفه تازه"],
)
def test_headline_about_a_visit_with_a_number_stays_the_title(headline: str) -> None:
    """Words after the number, or no colon before it: a sentence, no counter."""
    assert title(f"{headline}\n\n۱۴۰۲/۰۳/۱۲\n\n{LEAD}\n\n{MORE}\n") == headline


# -- A post's date line, printed once or twice (ebrahimsab.blogfa.com) -------------------------

DATE_LINES = [
    "نگارش در تاريخ جمعه دوم آبان 1393 توسط علی رضایی",
    "ارسال شده در تاریخ ۲ آبان ۱۳۹۳ توسط علی رضایی",
    "نگارش در تاریخ جمعه دوم آبان 1393",
]


@pytest.mark.parametrize("date_line", DATE_LINES)
def test_post_date_line_printed_twice_is_not_the_title(date_line: str) -> None:
    headline = "سه راه برای کاهش خسارت سیل"
    page = f"{headline}\n\n{date_line}\n\n{LEAD}\n\n{date_line}\n\n{LEAD}\n"
    assert title(page) == headline


@pytest.mark.parametrize("date_line", DATE_LINES)
def test_post_date_line_alone_is_no_title(date_line: str) -> None:
    """Over a post without a headline the date line is no title: none is read."""
    assert title(f"{date_line}\n\n{LEAD}\n\n{MORE}\n") is None


@pytest.mark.parametrize(
    "headline",
    [
        "جشنواره فیلم فجر در تاریخ ۲۲ بهمن ۱۴۰۲ آغاز می‌شود",
        "انتخابات در تاریخ ۸ تیر ۱۴۰۳ توسط مردم برگزار شد",
    ],
)
def test_headline_holding_a_labelled_date_stays_the_title(headline: str) -> None:
    """A headline that names a date goes on with its verb: no post's date line."""
    assert title(f"{headline}\n\n{LEAD}\n\n{MORE}\n") == headline
