"""Rules found with the twelfth blind batch (tests/pages 880-899).

Each rule has a positive and a negative case; every positive case failed before its change.
"""

from __future__ import annotations

import jalali_meta as jm

FEATURE = "بی‌اعتمادی، هزینه پنهان اقتصاد است، نسرین کاظمی"
HEADLINE = "روزنامه دولتی از یک ماهنامه منتقد به دادگاه شکایت کرد، رادیو زمانه"
TEASER = (
    "وقتی مردم به وعده‌های رسمی باور ندارند، هر سیاست اقتصادی گران‌تر تمام می‌شود. بازاری "
    "که در آن کسی به قرارداد و قیمت اعلام‌شده اطمینان نکند، ناچار است برای هر معامله هزینه‌ای "
    "اضافه بپردازد"
)
LEAD = (
    "یک ماهنامه منتقد به خاطر کاریکاتوری از مدیران یک روزنامه دولتی به دادگاه مطبوعات "
    "فراخوانده شد و سردبیر آن می‌گوید کاریکاتور پیش از چاپ از نظر مشاور حقوقی نشریه گذشته بود"
)
BODY = (
    "سه وکیل دفاع از ماهنامه را پذیرفته‌اند و به گفته سردبیر، نسخه‌های قدیمی‌تر همان روزنامه "
    "دولتی با کاریکاتورهایی تندتر از این به دادگاه ارائه خواهد شد. تاریخ جلسه رسیدگی هنوز از "
    "سوی دادگاه تعیین نشده است.\n"
)


def _feature_page(teaser_end: str) -> str:
    return (
        f"جمعه 30 اردیبهشت 1390   صفحه اول | درباره ما | گویا\n\n\n{FEATURE}\n\nنسرین کاظمی\n"
        f"{TEASER}{teaser_end}\n\n\nبخوانید!\nپرخواننده ترین ها\n\n{HEADLINE}\n\n"
        f"نوشتۀ مهرداد سپهری\n\n{LEAD}\n{BODY}"
    )


# -- a lone teaser ending «... [ادامه مطلب]» is no start of the body (_article._body_anchor) ---


def test_read_more_teaser_over_the_article_is_another_items() -> None:
    # 889: a feature box's headline and its teaser «... [ادامه مطلب]» over the article.
    article = jm.parse_article(_feature_page(" ... [ادامه مطلب]"))
    assert article.title == HEADLINE


def test_read_more_without_brackets_ends_a_teaser_too() -> None:
    article = jm.parse_article(_feature_page(" ... ادامه مطلب"))
    assert article.title == HEADLINE


def test_a_paragraph_without_read_more_still_starts_the_body() -> None:
    # The same text ending with a full stop is running text: no teaser, its headline stays.
    article = jm.parse_article(_feature_page("."))
    assert article.title == FEATURE


# -- a byline's label left empty is no kicker (_article._under_kicker) ---------------------

_THRICE = "نوروز در سروده‌های رودکی"
_ESSAY = (
    "رودکی سمرقندی، که او را پدر شعر پارسی می‌خوانند، در چندین سروده از بهار و آمدن سال نو یاد "
    "کرده است. در این نوشته کوتاه می‌کوشیم نشان دهیم که نوروز در نگاه این شاعر تنها یک جشن "
    "نبود.\n"
)


def _thrice_page(label: str) -> str:
    return (
        "شنبه, ۵ جوزا , ۱۴۰۳\n • شناسه : 7164\n • ۲۸ حوت ۱۴۰۲ - ۲۳:۲۵\n • 93 بازدید\n"
        f" • 0 دیدگاه\n{label}\nکتاب، حافظه یک ملت\n{_THRICE}\n{_THRICE}\n{_THRICE}\n"
        f"{_ESSAY}\n{_ESSAY}"
    )


def test_slogan_under_an_empty_byline_label_is_no_headline() -> None:
    # 884: «• ارسال توسط :» (the name left empty), the site's slogan, the headline thrice.
    assert jm.parse_article(_thrice_page(" • ارسال توسط :")).title == _THRICE


def test_a_speakers_kicker_still_introduces_the_line_under_it() -> None:
    # A speaker's kicker «... گفت:» over the line: that line is the one it introduces.
    article = jm.parse_article(_thrice_page("سخنگوی دولت در نشست خبری گفت:"))
    assert article.title == "کتاب، حافظه یک ملت"


# -- a list's count of the day's items is never a title (_evidence.list_count) -------------


def test_a_headline_about_counts_is_still_a_title() -> None:
    line = "تعداد اخبار امروز در خبرگزاری‌ها دو برابر شد"
    assert jm.parse_article(f"{line}\n\n{LEAD}.\n{BODY}").title == line


# -- a weekday date in the address's own month folder is no visit's banner (_article._banner)

_ARCHIVE = "http://news.example.com/politics/archives/2011/05/122145.php"


def test_header_date_in_the_address_month_folder_is_the_pages() -> None:
    # 889: «جمعه 30 اردیبهشت 1390» over a feature box, at /archives/2011/05/: a static
    # page's header printed when the item was posted.
    article = jm.parse_article(_feature_page(" ... [ادامه مطلب]"), url=_ARCHIVE)
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2011-05-20"


def test_header_date_outside_the_address_month_is_still_a_banner() -> None:
    other = _ARCHIVE.replace("2011/05", "2011/09")
    assert jm.parse_article(_feature_page(" ... [ادامه مطلب]"), url=other).published is None
    assert jm.parse_article(_feature_page(" ... [ادامه مطلب]")).published is None


# -- a list's count above the headline doubts it (_article.parse_text) ---------------------

_ITEM = "بازار تاریخی تبریز، نیازمند نقشه‌ای تازه برای گردشگری زمستانی"
_EXCERPT = (
    "بازار سرپوشیده تبریز با وجود ثبت جهانی، در ماه‌های سرد سال کمتر از گذشته میزبان گردشگران "
    "است و فعالان این حوزه می‌گویند نبود برنامه‌ریزی برای فصل زمستان، فرصت بزرگی را از شهر "
    "گرفته است.\n"
)


def test_headline_under_a_list_count_is_the_first_items() -> None:
    # 890: «تعداد اخبار امروز : 0 خبر» over a category's items: never the title.
    text = f"تعداد اخبار امروز : 0 خبر\n\nتیتر یک\n\n{_ITEM}\n\n{_EXCERPT}"
    article = jm.parse_article(text)
    assert article.title != "تعداد اخبار امروز : 0 خبر"
    assert "title-uncertain" in {notice.code for notice in article.warnings}


def test_headline_without_a_list_count_is_not_doubted_for_it() -> None:
    text = f"خبر امروز\n\nتیتر یک\n\n{_ITEM}\n\n{_EXCERPT}"
    article = jm.parse_article(text)
    assert article.title == _ITEM
    assert "title-uncertain" not in {notice.code for notice in article.warnings}
