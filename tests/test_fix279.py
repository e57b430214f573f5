"""fix279: attack79's false alarms and silent values (docs/reliability.md «Attacks,
seventy-ninth round»). A weather report's own timed date line with its reading («-5°C») right
over the body's first paragraph is the report's date, not a widget's clock (fix267's widget
stands among its other lines or over a headline); a bare day in brackets closing an event's
headline is no dateline (fix272's dateline prints its weekday or its year's era letter); a one-word
date label after a word taking it as its complement («آماده انتشار:») is the headline's phrase
(fix274); a Persian rights-reserved sentence after a copyright notice's name is not the name's
(fix271); a named-month date after a glued one-word label is cut with it. The sentences are
written for these tests."""

from __future__ import annotations

import jalali_meta as jm

_BODY = (
    "به گزارش خبرنگار ما، کارگران شهرداری از نیمه شب با بیست دستگاه برف روب خیابان های اصلی "
    "شهر را باز کردند و مدرسه های ابتدایی امروز یک ساعت دیرتر آغاز به کار کردند.\n\n"
    "مدیر بحران شهرداری گفت که تا پایان هفته هوا سرد می ماند و شهروندان باید با احتیاط "
    "رانندگی کنند و از سفرهای غیر ضروری بپرهیزند.\n"
)


def _parse(*head: str, url: str | None = None) -> jm.Article:
    return jm.parse_article("\n\n".join(head) + "\n\n" + _BODY, url=url)


# -- 1. a weather report's own date line and reading ---------------------------------------------

_COLD = "دمای هوای تبریز به پنج درجه زیر صفر رسید"


def test_weather_reports_own_date_line_over_its_reading_is_the_date() -> None:
    article = _parse(_COLD, "۲۰ دی ۱۴۰۲ - ۰۷:۴۵\n-5°C")
    assert article.title == _COLD
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:16] == "2024-01-10T07:45"


def test_widget_clock_and_reading_over_a_headline_stay_a_widget() -> None:
    # Near miss: the same pair at the top of the page over the headline, no other date: the
    # widget's clock (the visit's moment), not the page's date.
    article = _parse(
        "۰۷:۴۵ - چهارشنبه ۲۰ دی ۱۴۰۲\n-5°C", "برف روبی خیابان های تبریز تا صبح ادامه داشت"
    )
    assert article.published is None


# -- 2. an event's headline with its day in brackets ---------------------------------------------

_EVENT = "نمایشگاه کتاب کودک (۲۵ دی ۱۴۰۲)"


def test_event_headline_with_bare_day_in_brackets_keeps_its_title() -> None:
    article = _parse(_EVENT, "۱۵ دی ۱۴۰۲ - ۰۹:۳۰")
    assert article.title == _EVENT
    assert article.published is not None
    assert article.published.jalali_date == (1402, 10, 15)


def test_site_name_with_weekday_date_in_brackets_is_a_dateline() -> None:
    # Near miss: a site's name and its full date with the weekday in closing brackets.
    article = _parse("تبریز خبر (چهارشنبه، ۲۰ دی ۱۴۰۲)")
    assert article.title is None
    assert article.published is not None
    assert article.published.jalali_date == (1402, 10, 20)


# -- 3. «آماده انتشار:» in a headline --------------------------------------------------------------


def test_label_word_after_a_word_taking_it_stays_in_the_headline() -> None:
    line = "فرهنگ نامه گویش های آذربایجان آماده انتشار: ۱۴۰۲/۱۱/۰۱"
    article = _parse(line, "۲۰ دی ۱۴۰۲ - ۰۷:۴۵")
    assert article.title is not None
    assert article.title.startswith("فرهنگ نامه گویش های آذربایجان آماده انتشار")
    assert article.published is not None
    assert article.published.jalali_date == (1402, 10, 20)


def test_label_glued_after_the_headlines_last_word_is_still_cut() -> None:
    # Near miss: «انتشار:» after the headline's verb is the item's label (fix274).
    head = "برف روبی خیابان های تبریز تا صبح ادامه داشت"
    article = _parse(f"{head} انتشار: ۱۴۰۲/۱۰/۲۰")
    assert article.title == head
    assert article.published is not None
    assert article.published.jalali_date == (1402, 10, 20)


# -- 4. a Persian rights-reserved sentence after the copyright notice's name -----------------------

_NAME = "یادداشت های یک معلم - مرند"
_POST = "زنگ اول"
_TEXT = (
    "امروز صبح برف سنگینی آمده بود و نیمی از بچه های کلاس دیرتر از همیشه به مدرسه رسیدند.\n"
    "زنگ اول را به جای درس ریاضی با هم از پنجره کلاس برف را تماشا کردیم و قصه گفتیم.\n"
)


def _blog(footer: str) -> str:
    return (
        f"{_NAME}\n\n{_NAME}\n\nهر روز کلاس درسی تازه است.\n\n{_POST}\n\n{_TEXT}\n"
        f"آرشیو مطالب\n\n{footer}\n"
    )


def test_persian_rights_reserved_tail_leaves_the_blogs_name() -> None:
    for tail in ("کلیه حقوق این وبلاگ محفوظ می باشد", "تمامی حقوق مادی و معنوی محفوظ است"):
        text = _blog(f"Copyright © 2024 {_NAME} - {tail}")
        article = jm.parse_article(text, url="https://moallem-example.blogfa.com/post/12")
        assert article.title == _POST, tail


# -- 5. a named-month date after a glued one-word label -----------------------------------------


def test_named_month_date_after_glued_label_is_cut_with_it() -> None:
    head = "برف روبی خیابان های تبریز تا صبح ادامه داشت"
    article = _parse(f"{head} تاریخ: ۲۰ دی ۱۴۰۲ - ۰۷:۴۵")
    assert article.title == head
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:16] == "2024-01-10T07:45"


def test_named_month_after_a_colon_without_a_label_keeps_the_line() -> None:
    # Near miss: the headline's own colon before a named day, no label word: kept whole.
    line = "برنامه سفر وزیر آموزش و پرورش به تبریز: ۲۵ دی ۱۴۰۲"
    article = _parse(line, "۲۰ دی ۱۴۰۲ - ۰۷:۴۵")
    assert article.title == line
