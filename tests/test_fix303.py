"""fix303: blind101's and blind102's values not right, by general rules.

The texts are ours (sentences written for these tests); the layouts are those of the pages
named in each test (tests/pages 2589, 2610, 2612, 2614, 2619).
"""

from __future__ import annotations

import pytest

import jalali_meta as jm


def _codes(article: jm.Article) -> list[str]:
    return [w.code for w in article.warnings]


def _number(url: str) -> str | None:
    """The number a text that prints none gets from its address alone."""
    text = "گزارش نشست شورای شهر\n\nاعضای شورا درباره بودجه سال آینده گفتگو کردند و رای دادند.\n"
    return jm.parse_article(text, url=url).number


# -- 1. Joomla's «id=N:alias» with the component left implied («?view=article&id=...») --------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # darvoz.tj's address shape (tests/pages 2614/2615); docs.joomla.org «Search Engine
        # Friendly URLs» documents «view=article&id=1:welcome-to-joomla&catid=1:latest-news».
        ("http://example.tj/?view=article&id=482:kushoishi-maktabi-nav&catid=7", "482"),
        ("http://example.tj/?view=article&id=482:kushoishi-maktabi-nav&catid=7:khabarho", "482"),
        # An alias of digits and dashes (Joomla's date-stamped alias) still carries a dash.
        ("http://example.tj/?view=article&id=482:2021-04-14-05-44-58&catid=7", "482"),
    ],
)
def test_joomla_article_id_before_its_alias_without_option(url: str, expected: str) -> None:
    assert _number(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "http://example.tj/?view=article&id=12:30",  # a time, not an ID and its alias
        "http://example.tj/?view=category&id=12:khabarho",  # a category's list
        "http://example.tj/?id=482:kushoishi-maktabi-nav",  # no article view: unread as before
    ],
)
def test_joomla_alias_near_misses_are_not_read(url: str) -> None:
    assert _number(url) is None


# -- 2. A headline ending with a full stop over its post's own excerpt cut with «[…]» -------

_TEASER = (
    "مدیر آموزش و پرورش شهرستان گفت : با افتتاح این مدرسه دانش آموزان سه روستای همجوار "
    "دیگر برای رفتن به کلاس مسیر طولانی جاده کوهستانی را طی نمی کنند و در"
)
_EXCERPT_POST = (
    "پایگاه خبری صدای کوهپایه\n\n"
    "10:42:17 - سه شنبه 14 آبان 1392\n"
    "داغ کن - کلوب دات کام Balatarin اشتراک گذاری در فیس بوک تویت کردن این مطلب\n"
    "مدرسه تازه ساز روستای دره بید افتتاح شد .\n"
    f"{_TEASER} […]\n\n"
    f"{_TEASER} همان روستا درس می خوانند .\n\n"
    "وی افزود : این مدرسه شش کلاس درس و یک کتابخانه دارد و با کمک خیرین ساخته شده است .\n\n"
    "به گفته وی ساخت دو مدرسه دیگر نیز در بخش مرکزی شهرستان آغاز شده است .\n"
)


def test_stopped_headline_over_its_own_excerpt_is_the_title() -> None:
    article = jm.parse_article(_EXCERPT_POST)
    assert article.title == "مدرسه تازه ساز روستای دره بید افتتاح شد ."
    assert "title-uncertain" not in _codes(article)


def test_stopped_line_over_an_excerpt_the_text_does_not_restate_is_not_taken_for_sure() -> None:
    # Near miss: the excerpt cut with «[…]» is followed by another item, not by its own full
    # text: no post's excerpt, and the stopped line is no sure headline.
    listing = _EXCERPT_POST.replace(
        f"{_TEASER} همان روستا درس می خوانند .",
        "جاده روستایی بخش شمالی شهرستان پس از بارش برف دیروز بازگشایی شد و تردد برقرار است .",
    )
    article = jm.parse_article(listing)
    assert (
        article.title != "مدرسه تازه ساز روستای دره بید افتتاح شد ."
        or "title-uncertain" in _codes(article)
    )


# -- 3. The headline over an item's fields when the line under them is a cut summary ---------

_FIELDS_ITEM = (
    "     •  \n"
    "     • بخش های خبری\n\n"
    "     بهره برداری از پست برق جدید در شهرک صنعتی\n\n"
    "     کد: 531\n"
    "     تاریخ انتشار: ۱۳۹۲/۰۳/۰۸\n"
    "     منبع خبر: روابط عمومی شرکت توزیع\n"
    "     تعداد بازدید: 142\n"
    "     پست برق تازه شهرک صنعتی بار واحدهای تولیدی را از "
    "شبکه فرسوده جدا می کند و خاموشی های تابستان را در این شهرک کم می کند و ...\n"
    "     با راه اندازی این پست، بیست واحد تولیدی که تاکنون از یک خط هوایی قدیمی برق "
    "می گرفتند به شبکه تازه وصل می شوند و افت ولتاژ در ساعات اوج مصرف از میان می رود.\n"
    "     هزینه ساخت این پست از محل اعتبارات کاهش تلفات و سهم واحدهای شهرک پرداخت شده است.\n"
)


def test_headline_over_fields_over_a_cut_summary_is_the_title() -> None:
    article = jm.parse_article(_FIELDS_ITEM)
    assert article.title == "بهره برداری از پست برق جدید در شهرک صنعتی"
    assert "title-uncertain" not in _codes(article)
    assert article.number == "531"


# -- 4. A blog's month archive counting several posts ---------------------------------------

_MONTH_ARCHIVE = (
    "کـوهـپایـه\n\n"
    "اخبار روستای کوهپایه و بخش مرکزی شهرستان\n\n"
    "کـوهـپایـه\n\n"
    "اخبار روستای کوهپایه و بخش مرکزی شهرستان\n\n"
    "مشخصات بلاگ\n"
    "کـوهـپایـه\n\n"
    "ســـــلام\n"
    "مـهدی کریمی هستم نویسنده و مدیر وبلاگ کوهپایــه\n\n"
    "این وبلاگ اخبار روستا و کارهای شورا و دهیاری را می نویسد.\n\n"
    "برای خواندن همه نوشته ها روی ادامه مطلب بزنید.\n\n"
    "ــــــــــــــــــــــــــــــــــــ\n\n"
    "شــروع فعالیــت:12 مهر 96\n"
    "نویسنده:مـهدی کریمی\n"
    "ایمیل وبلاگ:koohpayeh@example.com\n\n"
    "نظر بدهید\n\n"
    "{count} مطلب در خرداد ۱۳۹۸ ثبت شده است\n\n"
    "چشمه روستا لایروبی شد\n\n"
    "جوانان روستا روز جمعه با کمک دهیاری چشمه بالای روستا را لایروبی کردند و آب آن بیشتر شد. "
    "از همه کسانی که آمدند و کمک کردند سپاسگزاریم.\n\n"
    "ادامه مطلب...\n"
    "۱۸ خرداد ۹۸ ، ۲۱:۱۰ مهدی کریمی\n"
    "نظرات (۱)\n\n"
    "جلسه شورای روستا برگزار شد\n\n"
    "جلسه ماهانه شورای روستا شب گذشته در مسجد برگزار شد و درباره آسفالت کوچه ها گفتگو شد. "
    "قرار شد دهیاری از بخشداری اعتبار بگیرد.\n\n"
    "ادامه مطلب...\n"
    "۱۲ خرداد ۹۸ ، ۲۰:۴۵ مهدی کریمی\n"
    "نظرات (۰)\n"
)


def test_month_archive_of_several_posts_has_no_title() -> None:
    article = jm.parse_article(_MONTH_ARCHIVE.format(count="۲"))
    assert article.title is None
    assert "title-uncertain" in _codes(article)


def test_month_archive_of_one_post_is_not_doubted_as_a_list_by_its_counter() -> None:
    # A month of one post is that post's page (the corpus convention): the counter of one
    # raises no list's doubt.
    article = jm.parse_article(_MONTH_ARCHIVE.format(count="۱"))
    assert not any("counts a month's posts" in w.message for w in article.warnings)


# -- 5. An institution's name over a text whose address's slug names another headline -------

_INSTITUTION_TEXT = (
    "سازمان پارک ها و فضای سبز شهرداری همدان\n\n"
    "به گزارش روابط عمومی سازمان، با آغاز فصل پاییز کاشت پیاز گل های بهاره در میدان ها و "
    "بلوارهای اصلی شهر همدان آغاز شد و تا پایان آبان ادامه دارد.\n\n"
    "در این طرح بیش از دویست هزار پیاز لاله و سنبل در باغچه های شهر کاشته می شود.\n"
)


def test_institution_name_sharing_one_word_with_a_long_slug_is_uncertain() -> None:
    url = "https://parks.example.ir/News/512/کاشت-پیاز-گل-های-بهاره-در-همدان.html"
    article = jm.parse_article(_INSTITUTION_TEXT, url=url)
    assert article.title is None or "title-uncertain" in _codes(article)


def test_institution_name_the_slug_spells_is_kept() -> None:
    # Near miss: the slug spells the line itself, the page's own name.
    url = "https://parks.example.ir/page/سازمان-پارک-ها-و-فضای-سبز-شهرداری-همدان"
    article = jm.parse_article(_INSTITUTION_TEXT, url=url)
    assert not any("slug names a headline" in w.message for w in article.warnings)
