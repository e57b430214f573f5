"""fix123: blind52's findings (tests/pages 1621/1622 and 1631).

1621/1622: a print view prints the time after its own label «ساعت خبر:» on the date's line;
the day was read and the time dropped with no warning. The label is read as a time's label,
and a clock after a date on its line that is still not attached (a label the library does not
know) leaves the day with the ``time-unread`` warning. 1631: a shop's button line «خرید و
دانلود مقاله» over an encyclopedia article's name was given as the title.

The texts are written for these tests (layouts from the pages named in SOURCES.md).
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

_BODY = (
    "دادستان عمومی شهرستان گفت: پیام منتشر شده درباره قطع برق بیمارستان شهر نادرست است و "
    "برای شناسایی منتشرکنندگان آن دستور قضایی صادر شده است.\n"
)


def _print_view(date_line: str) -> str:
    return (
        "تکذیب شایعه قطع برق بیمارستان شهر\n"
        "دادستان شهرستان اعلام کرد:\n\n"
        "تکذیب شایعه قطع برق بیمارستان شهر\n\n"
        f"{date_line}\n\n{_BODY}"
    )


def _codes(article: jm.Article) -> set[str]:
    return {notice.code for notice in article.warnings}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("تاریخ خبر: 12 مهر 1395   ساعت خبر: 09:14:05", "2016-10-03T09:14:05+03:30"),
        ("تاریخ خبر: ۱۲ مهر ۱۳۹۵ ساعت خبر: ۰۹:۱۴", "2016-10-03T09:14:00+03:30"),
        ("تاریخ خبر: ۱۲ مهر ۱۳۹۵ - زمان خبر: ۰۹:۱۴", "2016-10-03T09:14:00+03:30"),
    ],
)
def test_time_after_its_news_time_label_is_read(line: str, expected: str) -> None:
    article = jm.parse_article(_print_view(line))
    assert article.published is not None
    assert article.published.isoformat() == expected
    assert "time-unread" not in _codes(article)


def test_parse_datetime_reads_the_news_time_label() -> None:
    stamp = jm.parse_datetime("12 مهر 1395   ساعت خبر: 09:14:05")
    assert stamp.isoformat() == "2016-10-03T09:14:05+03:30"


def test_html_print_view_time_label_is_read() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>تکذیب شایعه قطع برق بیمارستان شهر</title>"
        "</head><body><div class='rutitr'>دادستان شهرستان اعلام کرد:</div>"
        "<h1 class='titr'>تکذیب شایعه قطع برق بیمارستان شهر</h1>"
        "<div class='news-date'>تاریخ خبر: 12 مهر 1395 &nbsp; ساعت خبر: 09:14:05</div>"
        f"<div class='lead'>{_BODY}</div></body></html>"
    )
    article = jm.parse_html(html.encode("utf-8"), url="http://example.ir/print_news.php?id=77")
    assert article.published is not None
    assert article.published.isoformat() == "2016-10-03T09:14:05+03:30"


@pytest.mark.parametrize(
    "line",
    [
        "تاریخ خبر: ۱۲ مهر ۱۳۹۵   ساعت مخابره: ۰۹:۱۴:۰۵",
        "تاریخ: ۱۲ مهر ۱۳۹۵   ساعت ارسال مطلب: ۰۹:۱۴",
        "تاریخ: ۱۲ مهر ۱۳۹۵ | Time: 09:14",
    ],
)
def test_clock_left_unread_after_the_date_is_warned(line: str) -> None:
    article = jm.parse_article(_print_view(line))
    assert article.published is not None
    assert article.published.isoformat() == "2016-10-03"
    assert "time-unread" in _codes(article)


@pytest.mark.parametrize(
    "line",
    [
        # the clock is the second date's
        "۱۲ مهر ۱۳۹۵ | ویرایش: ۱۳ مهر ۱۳۹۵ ساعت ۱۰:۱۲",
        # a duration, a range of opening hours, a reading time
        "تاریخ: ۱۲ مهر ۱۳۹۵ - ساعت برگزاری ۳ تا ۵",
        "تاریخ: ۱۲ مهر ۱۳۹۵   ساعت کاری: ۰۸:۰۰ تا ۱۴:۰۰",
        "تاریخ: ۱۲ مهر ۱۳۹۵   زمان مطالعه: ۰۴:۳۰",
        # a count of hours in prose after the date
        "تاریخ: ۱۲ مهر ۱۳۹۵ - برق بیمارستان تا ۲۴ ساعت آینده وصل می‌شود",
    ],
)
def test_clock_that_is_not_the_dates_time_is_not_warned_neg(line: str) -> None:
    article = jm.parse_article(_print_view(line))
    assert "time-unread" not in _codes(article)
    if article.published is not None:
        assert article.published.isoformat() == "2016-10-03"


def _encyclopedia(first: str) -> str:
    return (
        f"{first}\n\nآب‌انبارها\n\n\n"
        "نخستین آب‌انبارهای این شهر در دوره قاجار ساخته شد و وقف‌نامه‌های آن دوره از "
        "آب‌انبارهایی یاد می‌کنند که مردم محله هزینه نگهداری آنها را می‌دادند و متولیان حق "
        "فروش آنها را نداشتند.\n\n"
        "تگ ها:    Cisterns آب‌انبارها\n\nنظرات\n\n\nارسال نظر :مقاله های مشابه\n"
    )


@pytest.mark.parametrize(
    "first",
    [
        "خرید و دانلود مقاله",
        "خرید مقاله",
        "دانلود فایل",
        "افزودن به سبد خرید",
        "خرید و دانلود این مقاله",
        "Buy & Download PDF",
    ],
)
def test_shop_button_line_is_never_the_title(first: str) -> None:
    article = jm.parse_article(_encyclopedia(first), url="https://example.ir/articles/512-x")
    assert article.title == "آب‌انبارها"


_WHEAT = (
    "تاریخ انتشار: ۱۲ خرداد ۱۴۰۳ - ۱۰:۱۵\n\n"
    "مدیرکل غله استان گفت: خرید تضمینی گندم از کشاورزان استان از امروز در ۲۴ مرکز آغاز شد و "
    "بهای گندم تحویلی ظرف یک هفته پرداخت می‌شود.\n"
)


def test_headline_opening_with_buy_stays_the_title_neg() -> None:
    headline = "خرید تضمینی گندم از کشاورزان آغاز شد"
    article = jm.parse_article(f"{headline}\n\n{_WHEAT}")
    assert article.title == headline
    under_button = jm.parse_article(f"خرید و دانلود مقاله\n\n{headline}\n\n{_WHEAT}")
    assert under_button.title == headline


_LEAD_FIRST = (
    "تازه‌ترین گزارش وضعیت دریاچه‌های پشت سد استان نشان می‌دهد ۴۷ درصد حجم مخازن پر است، "
    "در حالی که آب ورودی به مخازن نسبت به پارسال ۹ درصد کمتر شده است.\n\n"
    "{headline}\n\n"
    "به گزارش روابط عمومی شرکت آب منطقه‌ای،آب ورودی به مخازن سدهای استان از ابتدای سال آبی "
    "تا دهم فروردین‌ماه ۴۱۲ میلیون متر مکعب بوده که نسبت به پارسال ۹ درصد کاهش نشان می‌دهد و "
    "خروجی سدها نیز تقریباً بدون تغییر مانده است.\n\n"
    "وضعیت سدهای بزرگ نشان می‌دهد که دو سد استان بیش از ۹۰ درصد پر هستند و سه سد دیگر "
    "کمتر از یک سوم حجم خود آب دارند.\n"
)


def test_slash_question_headline_under_the_lead_is_the_title() -> None:
    headline = "۴۷ درصد حجم مخازن سدها پر است/ آب ورودی چقدر کم شد؟"
    text = _LEAD_FIRST.format(headline=headline)
    assert jm.parse_article(text).title == headline
    assert jm.parse_article(text, url="https://example.ir/%d8%b3%d8%af/").title == headline


def test_question_without_halves_under_a_paragraph_is_not_the_title_neg() -> None:
    question = "آیا آب ورودی به مخازن سدهای استان در ماه‌های آینده باز هم کمتر خواهد شد؟"
    article = jm.parse_article(_LEAD_FIRST.format(headline=question))
    assert article.title != question


_TAJIK_EDITION = (
    "Дар Хоразм озмуни шаҳрии шоҳмот миёни мактаббачагон анҷом ёфт\n\n"
    "    Варзиш {line}\n\n"
    "    Дар шаҳри Урганҷ озмуни шоҳмот миёни мактаббачагон ба охир расид. Беш аз 120 "
    "бозингари ҷавон аз ҳамаи ноҳияҳои вилоят дар толори фарҳангии шаҳр ширкат карданд.\n\n"
    "    Ғолибон ба озмуни ҷумҳуриявӣ роҳ ёфтанд ва бо туҳфаҳои хотиравӣ қадр карда шуданд.\n"
)


def test_uzbek_latin_month_on_a_tajik_edition_is_read() -> None:
    text = _TAJIK_EDITION.format(line="12 Sentyabr 2025 431")
    article = jm.parse_article(text, url="https://example.uz/tj/news/shohmot")
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2025-09-12"
    assert jm.parse_datetime("12 Sentyabr 2025").isoformat()[:10] == "2025-09-12"


def test_uzbek_latin_month_inside_a_longer_word_is_no_date_neg() -> None:
    with pytest.raises(jm.DateError):
        jm.parse_datetime("12 Sentyabrda 2025")
    text = _TAJIK_EDITION.format(line="12 Sentyabrda 431")
    assert jm.parse_article(text, url="https://example.uz/tj/news/shohmot").published is None


# Mutation round 32 (benchmarks/hand_mutants_32.py): the slash question's halves of two
# words; the Uzbek Latin month's number.


def test_slash_question_with_a_two_word_first_half() -> None:
    # Each half needs two words, not three: «حجم مخازن/ ...» is a headline's first half.
    headline = "حجم مخازن/ ۴۷ درصد سدها پر است؛ آب ورودی چقدر کم شد؟"
    assert jm.parse_article(_LEAD_FIRST.format(headline=headline)).title == headline


def test_slash_question_with_a_one_word_first_half_neg() -> None:
    headline = "۴۷درصد/ حجم مخازن سدها پر است و آب ورودی چقدر کم شد؟"
    assert jm.parse_article(_LEAD_FIRST.format(headline=headline)).title != headline


def test_uzbek_latin_august_is_the_eighth_month() -> None:
    assert jm.parse_datetime("7 Avgust 2025").isoformat()[:10] == "2025-08-07"
    text = _TAJIK_EDITION.format(line="7 Avgust 2025 431")
    article = jm.parse_article(text, url="https://example.uz/tj/news/shohmot")
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2025-08-07"
