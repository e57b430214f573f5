"""fix148: the fifty-ninth blind batch's findings (tests/pages 1820-1832).

1. A today banner printed twice at the top, its first print glued to the site's Latin name
   («NAMEیکشنبه / ۳۱ تیر / ۱۴۰۳ - 21 July, 2024» over the same banner alone), is the
   banner both times: never the item's date (it was taken silently).
2. «:: تاریخ درج خبر : 94/08/10 ::»: the label «تاریخ درج خبر» (the day an item was put on
   the site) in a frame of double colons, its two-digit year read (two-digit-year warned);
   the headline framed «.: TITLE :.» over the text is the title.
3. «HEADLINE   (25/3/86)»: a day of two-digit year in brackets after the headline is the
   item's day, the headline without it.
4. e107's «print.php?news.877»: the whole query an item's word, a dot and its ID.

The sentences, headlines and names are ours; the layouts are the pages' (faralink.com,
izadshahr.ir, bnd125.ir, golestannews.ir).
"""

from __future__ import annotations

import datetime

import jalali_meta as jm

LEAD = (
    "مدیر آموزش و پرورش شهرستان گفت: ساخت سه مدرسه تازه در روستاهای بخش مرکزی از ابتدای "
    "تابستان آغاز شده و تا مهرماه به پایان می‌رسد.\n"
)
BODY = (
    "او افزود هزینه ساخت این مدارس از محل اعتبارات استانی و کمک خیران تامین شده است و هر "
    "مدرسه شش کلاس درس دارد.\n"
    "به گفته وی، دانش‌آموزان این روستاها تاکنون برای رفتن به مدرسه روزانه مسافت زیادی را "
    "طی می‌کردند.\n"
)
HEAD = "ساخت سه مدرسه تازه در روستاهای بخش مرکزی آغاز شد"
CODES = lambda article: [w.code for w in article.warnings]  # noqa: E731


def test_banner_glued_to_latin_name_is_not_the_date() -> None:
    page = (
        "NEWSLinkیکشنبه / ۳۱ تیر / ۱۴۰۳ - 21 July, 2024\n"
        "یکشنبه / ۳۱ تیر / ۱۴۰۳ - 21 July, 2024\n"
        f"{HEAD}\n"
        " خبرگزاری نمونه / ۱۴ ساعت قبل\n"
        f"{HEAD}\n" + LEAD + BODY
    )
    article = jm.parse_article(page, url="https://example.com/fa/n/agency-1kw3v")
    assert article.title == HEAD
    assert article.published is None or article.published.jalali_date != (1403, 4, 31)


def test_banner_glued_neg_one_print_is_still_read() -> None:
    # One date line with a weekday over the headline, nothing glued, nothing printed twice:
    # the item's own date line (as before).
    page = f"یکشنبه / ۳۱ تیر / ۱۴۰۳\n{HEAD}\n" + LEAD + BODY
    article = jm.parse_article(page, url="https://example.com/fa/news/12345/x")
    assert article.published is not None
    assert article.published.jalali_date == (1403, 4, 31)


FRAMED = ".: بازدید شهردار و اعضای شورا از خسارت طوفان در ساحل شهر :. "
FRAMED_TITLE = "بازدید شهردار و اعضای شورا از خسارت طوفان در ساحل شهر"
STORM = (
    "در پی وزش باد شدید و طوفان دریا بخشی از بلوار ساحلی و چند آلاچیق پارک ساحلی شهر آسیب "
    "دید و درختان زیادی در معابر شکسته شد. شهردار به همراه اعضای شورا با حضور در محل "
    "خسارات را بررسی کرد و دستور جمع آوری درختان شکسته را داد.\n"
)


def test_double_colon_framed_insert_date_label_two_digit_year() -> None:
    page = f":: تاریخ درج خبر : 94/08/10 ::\n \n \n{FRAMED}\n{STORM}\n \nکلیه حقوق محفوظ است\n"
    article = jm.parse_article(page, url="http://www.example.ir/News.aspx?id=942")
    assert article.published is not None
    assert article.published.gregorian == datetime.date(2015, 11, 1)
    assert "two-digit-year" in CODES(article)
    assert article.title == FRAMED_TITLE


def test_insert_date_label_plain() -> None:
    page = f"{HEAD}\nتاریخ درج : 02/05/12\n" + LEAD + BODY
    article = jm.parse_article(page)
    assert article.published is not None
    assert article.published.jalali_date == (1402, 5, 12)
    assert "two-digit-year" in CODES(article)


def test_framed_line_neg_long_sentence_is_not_title() -> None:
    # A long framed sentence (more words than a headline) over the text stays no title.
    long = ".: " + " ".join(["خبر"] * 25) + " :."
    page = f":: تاریخ درج خبر : 94/08/10 ::\n{long}\n{STORM}"
    article = jm.parse_article(page, url="http://www.example.ir/News.aspx?id=942")
    assert article.title is None or not article.title.startswith("خبر خبر")


FIRE = "آتش سوزي ضايعات چوبي در شهرك صنعتي"
FIRE_TEXT = (
    "مقاديري ضايعات چوب و پالت در محوطه يك كارگاه نجاري در شهرك صنعتي آتش گرفت . اين "
    "ضايعات در گوشه محوطه انباشته شده بود و ماموران آتش نشاني حريق را مهار نمودند .\n"
)


def test_bracketed_two_digit_day_after_headline() -> None:
    page = f"بازگشت\n\nخبر\n\n \n\n{FIRE}   (25/3/86)\n\n \n\n{FIRE_TEXT}\n \n\nبازگشت\n"
    article = jm.parse_article(page, url="http://www.example.ir/khabar/khordad86/kh180.htm")
    assert article.title == FIRE
    assert article.published is not None
    assert article.published.gregorian == datetime.date(2007, 6, 15)
    assert "two-digit-year" in CODES(article)
    assert "title-uncertain" not in CODES(article)


def test_bracketed_day_neg_more_than_the_date() -> None:
    # A bracket holding a word beside the date («مصوب», passed) is part of the headline.
    page = f"{FIRE} (مصوب 25/3/86)\n\n{FIRE_TEXT}"
    article = jm.parse_article(page)
    assert article.published is None or article.published.gregorian != datetime.date(2007, 6, 15)


def test_e107_query_item_number() -> None:
    page = f"عنوان خبر:{HEAD}\nسه شنبه 7 دي 1389 - 22:28:26\n\n" + LEAD + BODY
    article = jm.parse_article(page, url="http://www.example.ir/print.php?news.877")
    assert article.number == "877"


def test_e107_query_neg_page() -> None:
    page = f"عنوان خبر:{HEAD}\nسه شنبه 7 دي 1389 - 22:28:26\n\n" + LEAD + BODY
    for url in ("http://www.example.ir/news.php?page.2", "http://www.example.ir/news.php?cat.5"):
        assert jm.parse_article(page, url=url).number is None
