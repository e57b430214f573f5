"""A site's header clock printed with labels, time first: «ساعت: 6:02 ق.ظ» then «تاریخ: 25
تیر 1403» at the top of a page, over the site's name and the headline (shirvan.ir's theme,
https://shirvan.ir/شیروانی-ها-ایمن-تر-شدند-2/, held-out sample real22 #4). It is the day the
page was served, not the article's: set aside, not published.

The headlines and paragraphs are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

HEADLINE = "شهرداری نردبان تازه آتش‌نشانی را به کار گرفت"
LEAD = (
    "به گزارش خبرنگار ما، شهرداری با هزینه عوارض شهری نردبانی تازه برای ایستگاه آتش‌نشانی "
    "خرید تا ساختمان‌های بلند شهر ایمن‌تر شوند.\n"
)
SITE = "شهرداری نمونه"


def parse(top: str, *, between: str = SITE) -> jm.Article:
    middle = f"{between}\n\n" if between else ""
    return jm.parse_article(f"{top}\n\n{middle}{HEADLINE}\n\n{LEAD}")


@pytest.mark.parametrize(
    "clock",
    [
        "ساعت:\n\n6:02 ق.ظ\n\nتاریخ:\n\n25 تیر 1403",  # each label alone on its line
        "ساعت: 6:02 ق.ظ\n\nتاریخ: 25 تیر 1403",
        "ساعت : ۱۸:۴۰\n\nتاریخ : ۲۵ تیر ۱۴۰۳",
    ],
)
def test_labelled_clock_over_the_site_name_is_no_published(clock: str) -> None:
    article = parse(clock)
    assert article.title == HEADLINE
    assert article.published is None
    assert "today widget" in {item.reason for item in article.ignored}


def test_labelled_time_and_date_right_over_the_headline_stay_published() -> None:
    # Nothing between the pair and the headline: the article's own meta lines.
    article = parse("ساعت: 6:02 ق.ظ\n\nتاریخ: 25 تیر 1403", between="")
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2024-07-15T06:02:00+03:30"


def test_date_before_time_stays_published() -> None:
    # Date first, then the time: a post's meta order, not a clock's.
    article = parse("تاریخ: 25 تیر 1403\n\nساعت: 6:02 ق.ظ")
    assert article.published is not None
    assert article.published.jalali_date == (1403, 4, 25)


def test_publication_label_after_the_time_stays_published() -> None:
    # «تاریخ انتشار» names the post's publication: never the site's clock.
    article = parse("ساعت: 6:02 ق.ظ\n\nتاریخ انتشار: 25 تیر 1403")
    assert article.published is not None
    assert article.published.jalali_date == (1403, 4, 25)


def test_time_and_date_under_the_headline_stay_published() -> None:
    text = f"{SITE}\n\n{HEADLINE}\n\nساعت: 6:02 ق.ظ\n\nتاریخ: 25 تیر 1403\n\n{LEAD}"
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.jalali_date == (1403, 4, 25)


# -- A headline over its labelled update line, a short line under it -------------------------
# Joomla's article info prints «آخرین به روز رسانی DATE» under the article's heading
# (arak-samaschools.ir, /index.php/2016-07-04-05-04-10/1076-2016-08-08-05-52-19, real22 #46);
# the short line under it opens the body. The line over the update line is the title, and the
# update line under the title is the article's own, not a site stamp above it.

JOOMLA_HEADLINE = "هنرجویان هنرستان فنی به مرحله کشوری جشنواره جوان خوارزمی راه یافتند"
CLUB = "باشگاه دانش‌آموزان پژوهشگر"
BODY = (
    "با رسیدن فراخوان باشگاه، هنرستان از میان گروه‌های پژوهشی دانش‌آموزان مستعد را شناسایی "
    "کرد و پرونده آنان را برای داوری به اداره کل فرستاد و کلاس‌های آمادگی برگزار شد.\n"
)


def test_headline_over_its_update_line_is_the_title() -> None:
    text = f"{JOOMLA_HEADLINE}\n\nآخرین به روز رسانی دوشنبه, 18 مرداد 1395 10:36\n\n{CLUB}\n{BODY}"
    article = jm.parse_article(text)
    assert article.title == JOOMLA_HEADLINE
    assert article.updated is not None
    assert article.updated.gregorian.isoformat() == "2016-08-08T10:36:00+04:30"
    assert "site-stamp" not in {warning.code for warning in article.warnings}


def test_shorter_line_over_a_site_stamp_does_not_take_the_title() -> None:
    # A site's name (shorter than the headline) over the site's last-update stamp: the
    # headline under the stamp stays the title, and the stamp stays the site's.
    text = (
        f"{CLUB}\n\nآخرین به روز رسانی دوشنبه, 18 مرداد 1395 10:36\n\n{JOOMLA_HEADLINE}\n\n{BODY}"
    )
    article = jm.parse_article(text)
    assert article.title == JOOMLA_HEADLINE
    assert article.updated is None
