"""A repost's source and its date over the text (fix315, blind106's tests/pages 2702).

A site reposting an agency's report keeps the agency's name and the day it reported on one
line over the text («خبرگزاری ایرنا ۱۳۹۸/۰۲/۲۱»); when the repost kept no headline that line
is the first. It is a dateline: the page's date, never its title. Our own sentences
throughout.
"""

from __future__ import annotations

import datetime

import pytest

import jalali_meta as jm

_BODY = (
    "معاون امور باغبانی استان گفت: امسال بیش از چهار هزار تن انار از باغ‌های این شهرستان "
    "برداشت شد و بیشتر آن به بازار پایتخت رفت.\n"
    "وی افزود: سردخانه تازه شهرستان تا پایان پاییز آماده می‌شود و باغداران دیگر ناچار "
    "نیستند محصول را در روزهای نخست برداشت بفروشند.\n"
    "او ادامه داد: ده روستای دیگر نیز تا سال آینده به آبیاری قطره‌ای مجهز می‌شوند.\n"
)
_URL = "https://anar.example.ir/%D8%A8%D8%B1%D8%AF%D8%A7%D8%B4%D8%AA-%D8%A7%D9%86%D8%A7%D8%B1"


@pytest.mark.parametrize("url", [None, _URL])
@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("خبرگزاری ایرنا ۱۳۹۸/۰۲/۲۱", datetime.date(2019, 5, 11)),
        ("خبرگزاری ایسنا ۲۱ اردیبهشت ۱۳۹۸", datetime.date(2019, 5, 11)),
        ("ایسنا ۱۴۰۰/۰۵/۱۰", datetime.date(2021, 8, 1)),
        ("باشگاه خبرنگاران جوان ۱۴۰۰/۰۵/۱۰", datetime.date(2021, 8, 1)),
    ],
)
def test_agency_and_date_first_line_is_the_date_not_the_title(
    dateline: str, day: datetime.date, url: str | None
) -> None:
    art = jm.parse_article(f"{dateline}\n{_BODY}", url=url)
    assert art.title is None
    assert art.published is not None
    assert art.published.gregorian == day


def test_agency_date_and_time_first_line_gives_the_minute() -> None:
    art = jm.parse_article(f"خبرگزاری فارس سه‌شنبه ۱۲ مهر ۱۴۰۱ - ۰۹:۴۰\n{_BODY}")
    assert art.title is None
    assert art.published is not None
    assert art.published.gregorian.isoformat() == "2022-10-04T09:40:00+03:30"


def test_headline_over_the_agency_dateline_stays_the_title() -> None:
    headline = "برداشت انار در شهرستان از چهار هزار تن گذشت"
    art = jm.parse_article(f"{headline}\nخبرگزاری ایرنا ۱۳۹۸/۰۲/۲۱\n{_BODY}")
    assert art.title == headline
    assert art.published is not None
    assert art.published.gregorian == datetime.date(2019, 5, 11)


@pytest.mark.parametrize(
    "headline",
    [
        # the date goes on into a sentence: a headline naming an agency and a day
        "خبرگزاری ایرنا ۲۱ اردیبهشت ۱۳۹۸ پنجاه ساله شد",
        # words between the agency's name and the date
        "خبرگزاری ایرنا در گزارش سالانه ۱۳۹۸ از رکورد انار خبر داد",
    ],
)
def test_near_miss_agency_headline_with_a_date_is_still_the_title(headline: str) -> None:
    art = jm.parse_article(f"{headline}\n{_BODY}")
    assert art.title == headline
