"""Rules from a second sample of real stored pages not in the repository (real13,
docs/real_sample.md).

Each test prints a real page's layout in words written for this file: a magazine's issue
number with its month over an article, a heading printed twice without a break, a book's
specification sheet under its title, a list item's age and view count, a journal's author
list, and an institution's trail of pages parted by «/». Each rule has its near miss, which
must not change.
"""

from __future__ import annotations

import jalali_meta as jm

_LEAD = (
    "این متن برای آزمون نوشته شده است و درباره چند موضوع عمومی توضیح می‌دهد تا جمله‌ای به "
    "اندازه یک بند کامل باشد و ابزار آن را متن اصلی صفحه بخواند."
)
_HEADLINE = "نخستین نمایشگاه عکس‌های قدیمی شهر در کتابخانه مرکزی گشایش یافت"


# A magazine's issue number and its month («شماره 174 اردیبهشت ماه 1399»): never the number.


def test_issue_number_with_its_month_is_not_the_article_number() -> None:
    text = f"ماهنامه فرهنگی نمونه\n   شماره 174   آبان ماه 1398\n\n{_HEADLINE}\n\n{_LEAD}\n"
    article = jm.parse_article(text)
    assert article.number is None
    assert article.title == _HEADLINE


def test_number_with_a_full_date_stays_the_number() -> None:
    text = f"شماره 52381 - 12 آبان 1398\n\n{_HEADLINE}\n\n{_LEAD}\n"
    assert jm.parse_article(text).number == "52381"


# A heading printed twice without a break (a page's heading and its <title> glued).


def test_heading_printed_twice_is_the_title_once() -> None:
    heading = "آیین‌نامه سفرهای علمی دانشجویان ۱۳۹۹"
    text = f"{heading}{heading}\n"
    assert jm.parse_article(text).title == heading


def test_heading_printed_twice_with_a_space_is_the_title_once() -> None:
    heading = "آیین‌نامه سفرهای علمی دانشجویان"
    text = f"{heading} {heading}\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == heading


def test_headline_repeating_its_opening_words_stays_whole() -> None:
    headline = "نشست سالانه انجمن، نشست سالانه انجمن دیگری را هم به دنبال داشت"
    text = f"{headline}\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == headline


# A book's or a product's sheet under its title: «label :number» rows.

_SHEET = (
    "سفرنامه‌ای از کرانه‌های خزر\n"
    "شمارگان :500\n"
    "تعداد صفحات :212\n"
    "وزن - به گرم :290\n"
    "نوبت چاپ : 3\n"
    f"{_LEAD}\n"
)


def test_specification_rows_are_no_title() -> None:
    assert jm.parse_article(_SHEET).title == "سفرنامه‌ای از کرانه‌های خزر"


def test_headline_with_a_colon_and_a_figure_stays_the_title() -> None:
    headline = "نرخ تورم سالانه: 40"
    text = f"{headline}\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == headline


# A list item's age and view count («1 ماه قبل - 123 بازدید»).


def test_age_and_view_count_is_no_title() -> None:
    text = f"2 روز قبل - 45 بازدید\n\n{_LEAD}\n"
    assert jm.parse_article(text).title != "2 روز قبل - 45 بازدید"


def test_headline_about_days_and_visits_stays_the_title() -> None:
    headline = "دو روز قبل از پایان نمایشگاه؛ 45 هزار بازدید ثبت شد"
    text = f"{headline}\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == headline


# A journal's author list over the issue line and the abstract.


def test_author_list_is_no_title() -> None:
    names = "مریم احمدی؛ حسن کاظمی نیا؛ رضا توکلی؛ سارا نیک‌پور"
    text = f"{names}\nدوره 3، شماره 2 ، آبان 1395، ، صفحه 10-20\nچکیده\n{_LEAD}\n"
    assert jm.parse_article(text).title != names


def test_headline_of_short_clauses_stays_the_title() -> None:
    headline = "باران شدید؛ ترافیک سنگین؛ مدارس تعطیل"
    text = f"{headline}\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == headline


# An institution's trail of pages parted by «/» printed as the heading.


def test_institution_trail_gives_the_page_name() -> None:
    text = "سازمان آب منطقه‌ای نمونه/خدمات مشترکین/راهنمای پرداخت قبوض\n"
    assert jm.parse_article(text).title == "راهنمای پرداخت قبوض"


def test_headline_with_a_slash_stays_whole() -> None:
    headline = "سازمان آب منطقه‌ای از کم‌آبی گفت/ مردم صرفه‌جویی کنند"
    text = f"{headline}\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == headline
