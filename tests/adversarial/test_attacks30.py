"""The silent values the thirtieth round of attacks found and fixed (docs/reliability.md,
"Attacks, thirtieth round"), all in fix74's rules:

- a weekday's date over a line ending «؛» was read as the item's own date when that line
  was a menu whose items a «؛» parts («صفحه اصلی؛ اخبار استان؛ ...؛»): the day's banner
  came out as the publication date. A kicker (روتیتر) ends its one clause with «؛»; a line
  with more than one «؛» is no kicker.
- one excerpt ending «... ادامه مطلب» under a title was doubted only when it stood right
  under the title with its button run into it; a WordPress category page prints the post's
  date between the title and the excerpt, and a theme may print the button on a line of its
  own: both came out as an article's title, silently.

The layouts are semnanpl.ir's portal news (date, «...؛» kicker, headline) and
nooralyaghin.com/category/lessons/tajvid/tajvid-1/ (one post's title over its excerpt and
read-more link); the sentences are ours.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

HEADLINE = "گشایش نمایشگاه کتاب‌های انقلاب در کتابخانه‌های عمومی شهرستان"
BODY = (
    "نمایشگاه کتاب‌های انقلاب اسلامی همزمان با دهه فجر در کتابخانه مرکزی شهرستان گشایش "
    "یافت و تا پایان دهه هر روز برپاست.\n"
    "به گزارش روابط عمومی اداره کل کتابخانه‌های عمومی استان، این نمایشگاه با حضور مدیران "
    "استانی و گروهی از کتابداران شهرستان گشایش یافت و صدها عنوان کتاب در آن عرضه شد.\n"
)
DAY = "1397/11/18 پنجشنبه"


def test_banner_over_a_menu_parted_by_semicolons_stays_a_banner() -> None:
    text = f"{DAY}\nصفحه اصلی؛ اخبار استان؛ شهرستان‌ها؛ ورزش؛\n{HEADLINE}\n{BODY}"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert article.published is None


def test_date_over_a_one_clause_kicker_is_still_the_items_date() -> None:
    # The kicker ends its only clause with «؛»: the date is the item's (fix74's case).
    text = f"|\n{DAY}\nدر کتابخانه مرکزی شهرستان صورت پذیرفت؛\n{HEADLINE}\n{BODY}"
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.gregorian == dt.date(2019, 2, 7)


EXCERPT = (
    "کسره · کسره از نظر لغوی به معنای یک بار شکستن است و در تجوید نام یکی از حرکت‌ها است. "
    "· علت نام‌گذاری کسره به این است ..."
)


@pytest.mark.parametrize(
    "text",
    [
        f"کسره\n\n۱۲ اسفند ۱۴۰۲\n\n{EXCERPT} ادامه مطلب\n",
        f"کسره\n\n{EXCERPT}\n\nادامه مطلب\n",
        f"کسره\n\n۱۲ اسفند ۱۴۰۲\n\n{EXCERPT}\n\nادامه مطلب را بخوانید\n",
    ],
    ids=["date-between", "button-own-line", "both"],
)
def test_lone_teaser_with_its_date_or_its_button_apart_is_doubted(text: str) -> None:
    article = jm.parse_article(text)
    assert article.title in (None, "کسره")
    assert "title-uncertain" in warning_codes(article)


def test_dated_short_post_ending_with_a_full_stop_is_no_teaser() -> None:
    # Near miss: a dated short post whose one paragraph ends whole, then a line of its own.
    text = (
        "کسره\n\n۱۲ اسفند ۱۴۰۲\n\n"
        "کسره از نظر لغوی به معنای یک بار شکستن است و در تجوید نام یکی از حرکت‌ها است.\n\n"
        "ادامه مطلب\n"
    )
    article = jm.parse_article(text)
    assert article.title == "کسره"
    assert "title-uncertain" not in warning_codes(article)


HOW_TO_BODY = (
    "در این راهنما گام به گام نشان می‌دهیم که عکس‌های یک گفت‌وگو را چگونه در حافظه گوشی "
    "نگه دارید و کدام برنامه‌های رایگان این کار را ساده‌تر می‌کنند.\n\n"
    "نخست برنامه را باز کنید و انگشت را روی عکس نگه دارید تا فهرست گزینه‌ها باز شود.\n"
)


@pytest.mark.parametrize(
    "headline", ["آموزش دانلود عکس", "روش ساده ذخیره عکس", "نحوه دریافت تصویر"]
)
def test_short_how_to_headline_is_no_photo_button(headline: str) -> None:
    # attacks30: fix74's photo-button line («NAME ذخیره تصویر», up to two words of a name
    # before the button) took short tutorial headlines for a button and left no title; a line
    # that opens with a how-to word is a headline.
    article = jm.parse_article(f"{headline}\n\n۱۲ اسفند ۱۴۰۲\n\n{HOW_TO_BODY}")
    assert article.title == headline


def test_name_and_photo_button_still_set_aside() -> None:
    # Near miss: the county name and its button stay chrome.
    text = f"بندرلنگه ذخیره تصویر\n\n{HEADLINE}\n\n۱۲ اسفند ۱۴۰۲\n\n{HOW_TO_BODY}"
    assert jm.parse_article(text).title == HEADLINE
