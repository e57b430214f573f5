"""fix89: real29 #29's silent title (a forum thread, mihanpet.ir): a gathering's event line,
a weekday, a day and a month with no year and an hour told by the part of the day
(«... ساعت ۱۱ صبح»), was taken as the title of a post that prints no headline. A line of
nothing but weekday and month names, numbers, «ساعت» and the part of the day is a date
without its year, never a headline. The texts are written for these tests on the real
page's layout."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

BODY = (
    "از دوستداران حیوانات در همه شهرها دعوت می‌کنیم که در این گردهمایی آرام کنار ما باشند "
    "و صدای جانوران بی‌پناه خیابان را به گوش مسئولان برسانند.\n\n"
    "نگهداری از جانوران شهری کار سازمان محیط زیست است و گردهمایی جلوی ساختمان همین سازمان "
    "برگزار می‌شود.\n"
)


@pytest.mark.parametrize(
    "event",
    [
        "سه شنبه ٩ تیرماه ساعت ١١ صبح",
        "پنجشنبه ۱۴ مهر ساعت ۵ بعد از ظهر",
        "جمعه ۲ آبان ساعت ۸ شب",
        "پنجشنبه ۱۴ مهر ساعت ۴ عصر",
    ],
)
@pytest.mark.parametrize("url", [None, "http://forum.example.ir/showthread.php?t=4410"])
def test_a_yearless_event_line_with_the_part_of_the_day_is_no_title(
    event: str, url: str | None
) -> None:
    record = jm.parse_article(f"\n    {event}\n{BODY}", url=url)
    assert record.title != event
    assert record.title is None or "title-uncertain" in warning_codes(record)


@pytest.mark.parametrize(
    "headline",
    [
        "صبح سه شنبه ۹ تیر گردهمایی دوستداران حیوانات برگزار می‌شود",
        "شب یلدا ۳۰ آذر",
    ],
)
def test_a_headline_with_a_part_of_the_day_stays_the_title_neg(headline: str) -> None:
    record = jm.parse_article(f"{headline}\n{BODY}")
    assert record.title == headline


@pytest.mark.parametrize(
    "notice",
    [
        "• این پست شر شده میباشد.",
        "این موضوع بسته شده است",
        "این مطلب ویرایش شده است.",
        "این موضوع توسط مدیر بسته شده است",  # three words before «شده», the most taken
    ],
)
def test_a_forum_notice_about_the_post_is_no_title(notice: str) -> None:
    record = jm.parse_article(f"{notice}\n\n    سه شنبه ٩ تیرماه ساعت ١١ صبح\n{BODY}")
    assert record.title != notice
    assert record.title is None or "title-uncertain" in warning_codes(record)


@pytest.mark.parametrize(
    "headline",
    [
        "این پست بازرسی مرزی پس از دو سال دوباره باز شده است",
        # four words before «شده»: past the notice's three (mutation round 24)
        "این موضوع بارها در مجلس بررسی شده است",
        # the notice's words, then more: a quote headline, not the notice alone
        "این موضوع حل شده و دیگر جای نگرانی نیست",
    ],
)
def test_a_headline_about_a_post_stays_the_title_neg(headline: str) -> None:
    record = jm.parse_article(f"{headline}\n{BODY}")
    assert record.title == headline
