"""fix107: real33's silent titles from page furniture. A reading-time line («1 min read» over
an English item's «13 Aug», with no headline printed) and a search page's form labels
(«تیتر / سرویس / از تاریخ / تا تاریخ / کلید واژه» under a header date) were taken as the
title. The texts are written for these tests on those layouts."""

from __future__ import annotations

import pytest

import jalali_meta as jm

EN_BODY = (
    "The provincial council in the western city approved a new budget for road repairs on "
    "Sunday after a long debate among its members.\n\n"
    "Officials said the work would begin next month and would last until the end of the "
    "year if the weather allowed it.\n\n"
    "* The email will not be published on the website.\n"
)
FA_BODY = (
    "شورای شهر روز یکشنبه بودجه تازه ای برای مرمت راه های روستایی تصویب کرد و اعضای آن پس "
    "از بحثی طولانی به این طرح رای دادند.\n\n"
    "مسئولان گفتند کار مرمت از ماه آینده آغاز می شود و اگر هوا اجازه دهد تا پایان سال ادامه "
    "خواهد داشت.\n"
)
URL_EN = "https://www.example-media.af/political/the-council-approved-a-budget-for-roads"
URL_FA = "https://www.example-news.ir/news/48213/"


@pytest.mark.parametrize(
    "reading", ["1 min read", "5 minute read", "3 mins read", "Reading time: 4 minutes"]
)
@pytest.mark.parametrize("day", ["13 Aug", "Aug 13", "Friday, 13 August"])
@pytest.mark.parametrize("url", [None, URL_EN])
def test_an_english_reading_time_over_a_day_is_no_title(
    reading: str, day: str, url: str | None
) -> None:
    record = jm.parse_article(f"{reading}\n{day}\n\n{EN_BODY}", url=url)
    assert record.title is None


@pytest.mark.parametrize(
    "reading",
    [
        "مدت زمان مطالعه: ۴ دقیقه",
        "مدت زمان مطالعه ۴ دقیقه",
        "⏱ زمان مطالعه: ۳ دقیقه",
        "مطالعه ۳ دقیقه",
        "زمان تقریبی مطالعه: ۶ دقیقه",
        "مدت زمان مطالعه: کمتر از ۱ دقیقه",
    ],
)
@pytest.mark.parametrize("url", [None, URL_FA])
def test_a_persian_reading_time_over_a_body_is_no_title(reading: str, url: str | None) -> None:
    record = jm.parse_article(f"{reading}\n\n{FA_BODY}", url=url)
    assert record.title is None


@pytest.mark.parametrize("reading", ["2 min read", "مدت زمان مطالعه: ۲ دقیقه"])
@pytest.mark.parametrize("url", [None, URL_FA])
def test_a_reading_time_over_the_headline_leaves_the_headline(
    reading: str, url: str | None
) -> None:
    headline = "مرمت راه های روستایی استان از ماه آینده آغاز می شود"
    record = jm.parse_article(f"{reading}\n{headline}\n\n{FA_BODY}", url=url)
    assert record.title == headline


@pytest.mark.parametrize("url", [None, URL_FA])
def test_a_headline_about_reading_stays_the_title_neg(url: str | None) -> None:
    headline = "زمان مطالعه کتاب در ایران کاهش یافت"
    body = (
        "بر پایه یک نظرسنجی تازه، میانگین زمانی که مردم در روز صرف خواندن کتاب می کنند در "
        "سال گذشته کمتر شده است و به حدود ۱۲ دقیقه رسیده است.\n\n"
        "کارشناسان می گویند گرانی کاغذ و کتاب و رواج شبکه های اجتماعی از دلیل های این "
        "کاهش است.\n"
    )
    record = jm.parse_article(f"{headline}\n\n{body}", url=url)
    assert record.title == headline


@pytest.mark.parametrize("url", [None, URL_EN])
def test_an_english_headline_with_a_day_stays_the_title_neg(url: str | None) -> None:
    headline = "Council approves road budget on 13 Aug after long debate"
    record = jm.parse_article(f"{headline}\n\n{EN_BODY}", url=url)
    assert record.title == headline


SEARCH_ITEMS = (
    "مدیرکل راهداری استان گفت: در پی بارش برف سنگین در شبانه روز گذشته، راهداران بیش از دو "
    "هزار کیلومتر از راه های روستایی را بازگشایی کردند و عملیات نمک پاشی ادامه دارد.\n"
    "رئیس پلیس راه استان از رانندگان خواست تا پایان هفته از سفرهای غیرضروری به مناطق "
    "کوهستانی خودداری کنند و زنجیر چرخ همراه داشته باشند.\n"
    "معاون عمرانی استانداری گفت: طرح بهسازی پل های فرسوده استان امسال با اعتبار تازه ای "
    "دنبال می شود و نخستین پل تا پایان پاییز به بهره برداری می رسد.\n"
)


@pytest.mark.parametrize(
    "labels",
    [
        ["تیتر", "سرویس", "از تاریخ", "تا تاریخ", "کلید واژه"],
        ["کلیدواژه:", "جستجو در", "از تاریخ", "تا تاریخ"],
    ],
)
@pytest.mark.parametrize("url", [None, "https://www.example-news.ir/news/search?tags=برف"])
def test_a_search_forms_labels_are_no_title(labels: list[str], url: str | None) -> None:
    text = "سه شنبه ۱۴ آذر ۱۴۰۲\n" + "\n".join(labels) + "\n\n" + SEARCH_ITEMS
    record = jm.parse_article(text, url=url)
    assert record.title is None


@pytest.mark.parametrize("url", [None, URL_FA])
def test_a_headline_opening_with_a_labels_words_stays_the_title_neg(url: str | None) -> None:
    headline = "تا تاریخ تعیین شده مهلت ثبت نام آزمون تمدید نمی شود"
    body = (
        "سازمان سنجش اعلام کرد داوطلبانی که تا پایان مهلت ثبت نام نکنند امکان شرکت در آزمون "
        "امسال را نخواهند داشت و مهلت تازه ای در نظر گرفته نمی شود.\n\n"
        "به گفته مسئولان این سازمان، کارت ورود به جلسه یک هفته پیش از آزمون روی پایگاه "
        "اینترنتی سازمان قرار می گیرد.\n"
    )
    record = jm.parse_article(f"{headline}\n\n{body}", url=url)
    assert record.title == headline
