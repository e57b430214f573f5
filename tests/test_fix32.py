"""List pages read from their text alone (fix32, issue #16).

A tag, category or section page without its address prints its items one under the other:
a headline over one paragraph, again and again. The first item's headline is not the page's
title, nor its date the page's. Each layout below is written for this file; the near misses
(an article over a related list, a short brief over «اخبار مرتبط», a numbered digest, a
live blog, an article with one subheading) must keep their headline.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes as _codes

import jalali_meta as jm

_ITEMS = [
    (
        "بازسازی بازار قدیمی شهر در دو مرحله آغاز شد",
        "فرماندار شهرستان از آغاز طرح بازسازی بازار قدیمی خبر داد و گفت: کار ساخت در دو "
        "مرحله انجام می‌شود و بازاریان تا پایان سال به مغازه‌های تازه باز می‌گردند.",
    ),
    (
        "نخستین کتابخانه عمومی روستای بالا افتتاح شد",
        "با حضور مسئولان استانی و اهالی روستا، کتابخانه‌ای با سه هزار جلد کتاب در ساختمان "
        "قدیمی مدرسه روستا گشایش یافت و از فردا به روی همه باز است.",
    ),
    (
        "برداشت گندم از مزارع شهرستان سی درصد بیشتر شد",
        "مدیر جهاد کشاورزی شهرستان گفت: امسال بارندگی مناسب و بذر اصلاح شده برداشت را نسبت "
        "به سال گذشته افزایش داد و خرید تضمینی از هفته آینده آغاز می‌شود.",
    ),
    (
        "ساعت کار ادارات استان در تابستان کاهش می‌یابد",
        "استاندار با اشاره به مصرف بالای برق در ماه‌های گرم گفت: ادارات از اول تیر تا پایان "
        "مرداد از ساعت شش صبح تا یک بعد از ظهر کار می‌کنند.",
    ),
]
_BODY = [
    "معاون عمرانی فرمانداری در ادامه افزود: نقشه‌های طرح را مهندسان میراث فرهنگی کشیده‌اند "
    "و نمای تاریخی بازار در هر دو مرحله حفظ می‌شود.",
    "به گفته او هزینه مرحله نخست از محل اعتبارات استانی و سهم بازاریان پرداخت شده است و "
    "برای مرحله دوم نیز اعتبار لازم پیش‌بینی شده است.",
    "بازار قدیمی شهر نزدیک به دویست سال پیش ساخته شده و بخش‌هایی از آن در زلزله سال‌های "
    "گذشته آسیب دیده بود.",
]


def _items(count: int) -> str:
    return "\n\n".join(f"{head}\n\n{lead}" for head, lead in _ITEMS[:count]) + "\n"


@pytest.mark.parametrize("count", [3, 4])
def test_items_of_one_shape_are_a_list(count: int) -> None:
    article = jm.parse_article(_items(count))
    codes = _codes(article)
    assert "listing-page" in codes
    assert "title-uncertain" in codes


def test_items_under_the_site_chrome_are_a_list() -> None:
    text = "صفحه اصلی\nاخبار\nورزشی\nتماس با ما\n\n" + _items(3)
    codes = _codes(jm.parse_article(text))
    assert "listing-page" in codes
    assert "title-uncertain" in codes


def test_a_list_items_date_is_not_published() -> None:
    # The last item's date under its paragraph is that item's, not the page's.
    article = jm.parse_article(_items(3) + "\n۱۲ مهر ۱۴۰۲\n")
    assert "listing-page" in _codes(article)
    assert article.published is None


# Near misses: the headline stays the page's.


def test_two_items_alone_stay_an_article() -> None:
    # A headline over its lead and one subheading over a paragraph: an article's shape too.
    article = jm.parse_article(_items(2))
    assert article.title == _ITEMS[0][0]
    assert "listing-page" not in _codes(article)


def test_article_over_a_related_list_of_dated_items() -> None:
    head, lead = _ITEMS[0]
    related = "\n".join(f"{_ITEMS[1 + i % 3][0]} {i}\n{10 + i} مهر ۱۴۰۲" for i in range(10))
    text = f"{head}\n\n{lead}\n\n" + "\n\n".join(_BODY) + f"\n\nاخبار مرتبط\n{related}\n"
    article = jm.parse_article(text)
    assert article.title == head
    assert "listing-page" not in _codes(article)
    assert "title-uncertain" not in _codes(article)


def test_short_brief_over_related_news() -> None:
    head, lead = _ITEMS[0]
    text = f"{head}\n\n{lead}\n\n{_BODY[0]}\n\nاخبار مرتبط\n\n" + _items(4).split("\n\n", 2)[2]
    article = jm.parse_article(text)
    assert article.title == head
    assert "listing-page" not in _codes(article)


def test_numbered_digest_stays_an_article() -> None:
    head = "مهم‌ترین خبرهای اقتصادی امروز در یک نگاه"
    lead = "در این گزارش مهم‌ترین رویدادهای اقتصادی امروز را به کوتاهی مرور می‌کنیم."
    body = "\n\n".join(f"{n}- {h}\n\n{p}" for n, (h, p) in zip("۱۲۳۴", _ITEMS, strict=True))
    article = jm.parse_article(f"{head}\n\n{lead}\n\n{body}\n")
    assert article.title == head
    assert "listing-page" not in _codes(article)


def test_live_blog_with_timed_entries_stays_an_article() -> None:
    head = "گزارش لحظه به لحظه از انتخابات شورای شهر"
    lead = "رای‌گیری از ساعت هشت صبح در همه حوزه‌های شهر آغاز شده است."
    entries = "\n\n".join(f"ساعت {9 + n}:۳۰\n\n{h}\n\n{p}" for n, (h, p) in enumerate(_ITEMS[:3]))
    article = jm.parse_article(f"{head}\n\n{lead}\n\n{entries}\n")
    assert article.title == head
    assert "listing-page" not in _codes(article)


def test_interview_questions_over_answers_stay_an_article() -> None:
    head, lead = _ITEMS[0]
    qa = "\n\n".join(f"{h} و چرا؟\n\n{p}" for h, p in _ITEMS[1:4])
    article = jm.parse_article(f"{head}\n\n{lead}\n\n{qa}\n")
    assert article.title == head
    assert "listing-page" not in _codes(article)


def test_a_lead_ending_with_a_colon_stays_an_article() -> None:
    # «... برخی از این اعداد:» leads into the figures under it: one article's sections.
    head, lead = _ITEMS[0]
    rest = _items(4).split("\n\n", 2)[2]
    article = jm.parse_article(f"{head}\n\n{lead[:-1]}، برخی از این اعداد:\n\n{rest}")
    assert article.title == head
    assert "listing-page" not in _codes(article)


def test_a_paragraph_longer_than_an_excerpt_stays_an_article() -> None:
    head, lead = _ITEMS[0]
    long_lead = " ".join([lead, *_BODY])
    rest = _items(4).split("\n\n", 2)[2]
    article = jm.parse_article(f"{head}\n\n{long_lead}\n\n{rest}")
    assert article.title == head
    assert "listing-page" not in _codes(article)
