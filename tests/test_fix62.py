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


# -- A weekday's date over the item's section and its speaker's kicker -----------------------
# ostan-kd.ir (a governorate's news, real22 #51) prints «دو شنبه 20 مرداد سال 1399», the
# item's section, a kicker naming who announced it («مدیرکل ... خبر داد»), then the headline.
# A site's banner of the day stands over the site's name and menus; over one story's kicker
# and its section the date is the story's. The grammar reads «سال» (and «ماه سال») between
# month and year.

GOV_HEADLINE = "دوازده دهیاری تازه در روستاهای استان راه‌اندازی می‌شود"
GOV_LEAD = (
    "مدیرکل امور روستایی استانداری گفت: با موافقت وزارت کشور در روستاهای بالای بیست خانوار "
    "دهیاری تازه ایجاد می‌شود و کار آن‌ها پس از انتخاب دهیار آغاز خواهد شد.\n"
)
KICKER = "مدیرکل امور روستایی استانداری خبر داد"


@pytest.mark.parametrize("date", ["دو شنبه 20 مرداد سال 1399", "دوشنبه 20 مرداد ماه سال 1399"])
def test_weekday_date_over_section_and_kicker_is_published(date: str) -> None:
    text = f"{date}\n\nاخبار اقتصادی و عمرانی\n\n{KICKER}\n\n{GOV_HEADLINE}\n\n{GOV_LEAD}"
    article = jm.parse_article(text)
    assert article.title == GOV_HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1399, 5, 20)


def test_weekday_date_over_site_name_and_menu_stays_a_banner() -> None:
    # Two furniture lines over the kicker (the site's name, a menu): the site's day.
    text = (
        "دوشنبه 20 مرداد 1399\n\nپایگاه اطلاع رسانی استانداری\n\nصفحه اصلی اخبار استان تماس با ما"
        f"\n\n{KICKER}\n\n{GOV_HEADLINE}\n\n{GOV_LEAD}"
    )
    assert jm.parse_article(text).published is None


def test_weekday_date_over_section_without_kicker_stays_a_banner() -> None:
    text = f"دوشنبه 20 مرداد 1399\n\nاخبار اقتصادی و عمرانی\n\n{GOV_HEADLINE}\n\n{GOV_LEAD}"
    assert jm.parse_article(text).published is None


# -- A Joomla article's short ID before a headline's alias -----------------------------------
# babolsar.ir (a municipality's Joomla site, real22 #47):
# «/index.php/آرشیو-اخبار/129-برگزاری-مسابقات-فوتسال-بین-واحدهای-شهرداری-...». Joomla's
# address of a category's list has the same shape with a short name (its documentation's
# sample, docs.joomla.org/Search_Engine_Friendly_URLs: «/index.php/the-news/1-latest-news»).


@pytest.mark.parametrize(
    ("url", "number"),
    [
        (
            "http://city.example.ir/index.php/آرشیو-اخبار/129-برگزاری-جشنواره-ورزشی-کارکنان-شهرداری",
            "129",
        ),
        (
            "http://city.example.ir/index.php/akhbar/87-city-council-approves-the-new-budget.html",
            "87",
        ),
        # A category's short name: its list, no ID.
        ("http://city.example.ir/index.php/the-news/1-latest-news", None),
        ("http://city.example.ir/index.php/akhbar/129-اخبار-شهرستان", None),
        # Without Joomla's front script, a short number before a slug stays unread.
        ("http://city.example.ir/akhbar/129-برگزاری-جشنواره-ورزشی-کارکنان-شهرداری", None),
        # A year, a leading zero, a list's folder.
        (
            "http://city.example.ir/index.php/akhbar/1399-برگزاری-جشنواره-ورزشی-کارکنان-شهرداری",
            None,
        ),
        ("http://city.example.ir/index.php/akhbar/012-برگزاری-جشنواره-ورزشی-کارکنان-شهرداری", None),
        ("http://city.example.ir/index.php/tag/129-برگزاری-جشنواره-ورزشی-کارکنان-شهرداری", None),
    ],
)
def test_joomla_headline_alias_id(url: str, number: str | None) -> None:
    assert jm.parse_article(f"{HEADLINE}\n\n{LEAD}", url=url).number == number


# -- Mutation round 18 (docs/reliability.md, "The eighteenth round") ------------------------


def test_unlabelled_time_over_the_date_label_stays_published() -> None:
    """Near miss: a time with no «ساعت» label over «تاریخ: DATE»: no sign of a clock."""
    article = parse("6:02 ق.ظ\n\nتاریخ: 25 تیر 1403")
    assert article.published is not None
    assert article.published.jalali_date == (1403, 4, 25)


def test_time_line_with_its_own_date_is_no_clock_and_the_conflict_is_warned() -> None:
    """Near miss: the «ساعت» line carries a date of its own: not a clock's bare time; the two
    dates disagree, and the disagreement is warned, not settled silently."""
    article = parse("ساعت: 6:02 - 1403/04/24\n\nتاریخ: 25 تیر 1403")
    assert article.published is not None
    assert article.published.jalali_date == (1403, 4, 25)
    assert "published-conflict" in {warning.code for warning in article.warnings}


def test_weekday_date_over_two_short_lines_and_kicker_stays_a_banner() -> None:
    """Two short lines over the kicker (the site's name, a section): the site's day, as
    with a menu; only one section's line may stand over the kicker."""
    text = (
        f"دوشنبه 20 مرداد 1399\n\nپایگاه خبری استانداری\n\nاخبار استان\n\n{KICKER}"
        f"\n\n{GOV_HEADLINE}\n\n{GOV_LEAD}"
    )
    assert jm.parse_article(text).published is None


def test_joomla_alias_of_four_words_stays_unread() -> None:
    """An alias of four words may name a category («اخبار-و-رویدادهای-شهر»): unread."""
    url = "http://city.example.ir/index.php/akhbar/129-برگزاری-جشنواره-ورزشی-کارکنان"
    assert jm.parse_article(f"{HEADLINE}\n\n{LEAD}", url=url).number is None


def test_weekday_date_over_two_section_lines_and_kicker_stays_a_banner() -> None:
    """Round 19: the same with two plain section lines (no site's or institution's name,
    which fix67 sets apart on its own): only one section's line may stand over the kicker."""
    text = (
        f"دوشنبه 20 مرداد 1399\n\nاخبار استان\n\nگزارش ویژه\n\n{KICKER}"
        f"\n\n{GOV_HEADLINE}\n\n{GOV_LEAD}"
    )
    assert jm.parse_article(text).published is None
