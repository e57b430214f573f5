"""fix139: blind58's findings (tests/pages/1740-1752).

A menu run into one line without bars (a Loxblog news blog's «rss صفحه‌اصلی ...», 1750), a
prayer-times widget's heading (1740) and a print view's headline printed after its lead
(1742, its HTML twin 1746). Texts written for these tests, in the pages' shapes.
"""

from __future__ import annotations

import jalali_meta as jm

_BODY = (
    "به گزارش خبرنگار ما، شورای شهر در نشست دیروز خود طرح ساماندهی پارکینگ‌های عمومی مرکز شهر را "
    "بررسی کرد و پس از گفت‌وگو با نمایندگان کسبه، اجرای آزمایشی آن را از ابتدای ماه آینده به "
    "شهرداری سپرد. این طرح ظرفیت پارکینگ‌های طبقاتی را دو برابر می‌کند."
)


def _uncertain(record: jm.Article) -> list[str]:
    return [w.message for w in record.warnings if w.code == "title-uncertain"]


# 1. A menu's items run into one line, opening with the feed's or the home item.


def test_glued_menu_opening_with_rss_is_no_title() -> None:
    text = (
        "rss صفحه‌اصلی ایران سیاسی اقتصادی اجتماعی ورزشی فرهنگ‌وهنر معرفی‌شهر ارسال‌خبر "
        "درباره‌ما تماس‌باما آرشیو | |||\n"
        f"![]() {_BODY}\n"
    )
    record = jm.parse_article(text, url="http://example.loxblog.ir/post/512")
    assert record.title is None
    assert _uncertain(record)


def test_glued_menu_opening_with_home_item_is_no_title() -> None:
    text = (
        "صفحه اصلی اخبار استان شهرستان‌ها سیاسی اجتماعی فرهنگی ورزشی گزارش پیوندها تماس با ما\n\n"
        f"{_BODY}\n"
    )
    assert jm.parse_article(text).title is None


def test_glued_menu_neg_headline_naming_sections_with_a_verb() -> None:
    headline = "صفحه اصلی سایت با بخش‌های سیاسی و اقتصادی تازه راه‌اندازی شد"
    record = jm.parse_article(f"{headline}\n\n{_BODY}\n")
    assert record.title == headline


def test_glued_menu_neg_sections_listed_in_a_headline() -> None:
    headline = "خانه مطبوعات استان؛ نشست خبرنگاران سیاسی، اقتصادی و ورزشی با استاندار برگزار شد"
    record = jm.parse_article(f"{headline}\n\n{_BODY}\n")
    assert record.title == headline


# 2. A print view's headline printed after its lead: the first line (the kicker) is doubted.

_KICKER = "بررسی تازه اتاق بازرگانی از وضعیت صادرات محصولات کشاورزی استان"
_LEAD = (
    "بر پایه آمار گمرک، صادرات محصولات کشاورزی استان در هشت ماه نخست امسال نسبت به مدت مشابه "
    "سال گذشته دوازده درصد کاهش یافته و بیشترین افت در بازار کشورهای همسایه دیده می‌شود. "
)
_HEADLINE = "صادرکنندگان کشاورزی در انتظار بسته حمایتی"
_BODY2 = (
    "اتاق بازرگانی در این بررسی کمبود سردخانه در گمرکات مرزی، نوسان نرخ ارز و طولانی شدن "
    "صدور گواهی بهداشت را مهم‌ترین دلایل این کاهش دانسته و خواستار اجرای بسته حمایتی شده‌است."
)


def test_headline_after_lead_doubts_the_kicker() -> None:
    text = f"{_KICKER}\n\n{_LEAD}\n{_HEADLINE}\n\n{_BODY2}\n\n{_BODY}\n"
    record = jm.parse_article(text, url="http://example.ir/printContent/persian/4410")
    assert record.title == _KICKER
    assert any(_HEADLINE in message for message in _uncertain(record))


def test_headline_after_lead_neg_subheading_over_its_paragraph() -> None:
    # A subheading stands over its paragraph (a blank line above it): no doubt.
    text = f"{_KICKER}\n\n{_LEAD}\n\n{_HEADLINE}\n{_BODY2}\n\n{_BODY}\n"
    record = jm.parse_article(text)
    assert record.title == _KICKER
    assert not any(_HEADLINE in message for message in _uncertain(record))


def _page(first: str) -> bytes:
    return (
        '<html lang="fa"><head><meta charset="utf-8"><title>نسخه چاپی</title></head><body>'
        f'<div class="print">{first}<br><div class="lead">{_LEAD}</div>'
        f'<h2 class="title">{_HEADLINE}</h2><div class="body"><p>{_BODY2}</p><p>{_BODY}</p>'
        "</div></div></body></html>"
    ).encode()


def test_html_h2_headline_after_lead_doubts_the_kicker() -> None:
    record = jm.parse_html(_page(f'<div class="rutitr">{_KICKER}</div>'))
    assert record.title == _KICKER
    assert any(_HEADLINE in message for message in _uncertain(record))


def test_html_h2_headline_after_lead_neg_page_with_h1() -> None:
    # The page's <h1> is its headline: the <h2> under the lead is no rival.
    record = jm.parse_html(_page(f"<h1>{_KICKER}</h1>"))
    assert record.title == _KICKER
    assert not any(_HEADLINE in message for message in _uncertain(record))


# 3. A prayer-times widget's heading over the page is chrome.


def test_prayer_times_heading_is_no_title() -> None:
    text = (
        "اوقات شرعی\n\n \n\nآخرین اخبار\n\n"
        "14. فروردين 1398 - 09:40   |   کد مطلب: 3105\n"
        f"{_BODY}\n\n{_BODY2}\n"
    )
    record = jm.parse_article(text)
    assert record.title is None
    assert record.number == "3105"


def test_prayer_times_heading_neg_headline_about_prayer_times() -> None:
    headline = "اوقات شرعی ماه رمضان در همدان اعلام شد"
    record = jm.parse_article(f"{headline}\n\n{_BODY}\n")
    assert record.title == headline


# Mutation round 33 (benchmarks/hand_mutants_33.py): what hangs under the lead is no
# headline when it is a date line, or (in HTML) a line that is no <h2>.


def test_headline_after_lead_neg_date_line_under_the_lead() -> None:
    text = f"{_KICKER}\n\n{_LEAD}\n۱۴۰۳/۱۱/۳۰ - ۲۲:۱۹:۳۴\n\n{_BODY2}\n\n{_BODY2}\n"
    record = jm.parse_article(text)
    assert record.title == _KICKER
    assert not _uncertain(record)


def test_html_headline_after_lead_neg_credit_line_no_h2() -> None:
    page = (
        '<html lang="fa"><head><meta charset="utf-8"><title>نسخه چاپی</title></head><body>'
        f'<div class="print"><div class="rutitr">{_KICKER}</div><br>'
        f'<div class="lead">{_LEAD}</div><div class="credit">عکس: مریم احمدی</div>'
        f'<div class="body"><p>{_BODY2}</p><p>{_BODY2}</p></div></div></body></html>'
    ).encode()
    record = jm.parse_html(page)
    assert record.title == _KICKER
    assert not _uncertain(record)
