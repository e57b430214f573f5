"""blind33's misses: a dated header whose kicker (روتیتر) ends with a semicolon, and a county
news page whose photo block («NAME ذخیره تصویر») and masthead brand were taken for headlines.

The layouts are real (named beside each group); the headlines and the paragraphs are ours.
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

# -- 1. A weekday's date over a kicker ending with «؛» --------------------------------------
# semnanpl.ir's portal news (?news/238166/382702/1008784/...) prints «1397/11/18 پنجشنبه»,
# then «در کتابخانه عمومی ... صورت پذیرفت؛», then the headline; kermanshah.iranpl.ir's
# portal (?news/1191720/1200786/1462756/...) and borna.news (/fa/print/672316) print the
# same «...؛» kicker over their headlines. A weekday's date with a text line between it and
# the title was read as the site's banner of the day.


@pytest.mark.parametrize(
    "kicker",
    [
        "در کتابخانه مرکزی شهرستان صورت پذیرفت؛",
        "با حضور مدیر کل و در آیین دهه فجر؛",
        "با حضور استاندار؛",  # three words, the fewest (mut22)
    ],
)
def test_date_over_a_semicolon_kicker_is_the_items_date(kicker: str) -> None:
    article = jm.parse_article(f"|\n{DAY}\n{kicker}\n{HEADLINE}\n{BODY}")
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.gregorian == dt.date(2019, 2, 7)


def test_date_under_the_headline_after_a_semicolon_kicker() -> None:
    kicker = "در کتابخانه مرکزی شهرستان صورت پذیرفت؛"
    article = jm.parse_article(f"|\n{kicker}\n{HEADLINE}\n{DAY}\n{BODY}")
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.gregorian == dt.date(2019, 2, 7)


def test_banner_over_menu_lines_stays_a_banner() -> None:
    # Near miss: the day's banner over the site's name and a menu line; the line right over
    # the headline ends with no semicolon, so the date is still the visit's, not the item's.
    text = f"کتابخانه‌های عمومی استان\n{DAY}\nاخبار\nصفحه اصلی\n{HEADLINE}\n{BODY}"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert article.published is None


def test_banner_over_a_site_name_and_a_kicker_stays_a_banner() -> None:
    # Near miss: two lines (the site's name and a menu) besides the kicker between the date
    # and the headline: a banner over the page, not the item's header.
    text = (
        f"{DAY}\nپایگاه خبری کتابخانه‌های عمومی استان\nاخبار شهرستان‌ها\n"
        f"در کتابخانه مرکزی شهرستان صورت پذیرفت؛\n{HEADLINE}\n{BODY}"
    )
    assert jm.parse_article(text).published is None


# -- 2. A photo's name and its «ذخیره تصویر» button; a masthead brand named in <title> ------
# hormozgan-agri-jahad.com/cities/1184 prints «اخبار شهرستانها», «بندرلنگه ذخیره تصویر» (the
# county's photo and its save-image link) and then the headline. «دانلود» and «دریافت» are
# the same button's other words.

TITLE = "بازدید مدیر جهاد کشاورزی شهرستان از نخلستان‌های بخش مهران به مناسبت هفته جهاد"
LEAD = (
    "مدیر جهاد کشاورزی شهرستان همراه با کارشناسان از نخلستان‌ها و چاه‌های کشاورزی بخش "
    "مهران بازدید کرد و در جریان مشکلات آبیاری نخلداران قرار گرفت.\n"
)


MORE = (
    "به گزارش روابط عمومی سازمان جهاد کشاورزی استان این بازدید به مناسبت هفته جهاد "
    "کشاورزی انجام شد و کارشناسان از چند نخلستان دیگر نیز دیدن کردند.\n"
)


@pytest.mark.parametrize("button", ["بندرلنگه ذخیره تصویر", "دانلود تصویر", "عکس دوم دریافت عکس"])
def test_photo_name_and_save_button_is_no_headline(button: str) -> None:
    # The headline line opens with the county's label (the site prints one before every
    # headline of the section): a long line, and the short button line above it won.
    line = f"در شهرستان بندر لنگه {TITLE}"
    article = jm.parse_article(f"اخبار شهرستانها\n\n{button}\n\n{line}\n\n{LEAD}\n{MORE}")
    assert article.title is not None
    assert article.title.endswith(TITLE)


def test_headline_about_saving_images_is_kept() -> None:
    # Near miss: a headline that speaks of saving images has more words than a photo's name
    # and its button.
    title = "آموزش ذخیره تصویر در گوشی‌های هوشمند بدون نصب برنامه جانبی"
    article = jm.parse_article(f"{title}\n\n{LEAD}")
    assert article.title == title


def test_three_words_before_a_download_button_are_a_headline() -> None:
    # Near miss (mut22): a photo's name before its button has two words at most; a wallpaper
    # post's headline names its picture in three or more.
    title = "پس‌زمینه طبیعت پاییزی دانلود عکس"
    assert jm.parse_article(f"{title}\n\n{LEAD}").title == title


PAGE = """<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8">
<title>{title_tag}</title></head><body>
<header><a href="/" class="brand">سازمان جهاد کشاورزی استان</a>
<nav><a href="/">خانه</a> <a href="/news">اخبار استان</a> <a href="/cities">اخبار شهرستانها</a></nav>
</header><section><h3>اخبار شهرستانها</h3>
<div><img src="/storage/cities/1.jpg" alt="شهرستان"><a href="/storage/cities/1.jpg">ذخیره تصویر</a></div>
<h5>{headline}</h5><p>{lead}</p></section></body></html>"""


def test_brand_named_in_title_tag_is_no_headline() -> None:
    # <title> is «SITE | SECTION»; the masthead's link to the home page spells SITE: that
    # part is the site's name, and the page's headline is the h5 under the photo.
    html = PAGE.format(
        title_tag="سازمان جهاد کشاورزی استان | اخبار شهرستانها", headline=TITLE, lead=LEAD
    )
    article = jm.parse_html(html.encode())
    assert article.title == TITLE
    assert article.site_name in (None, "سازمان جهاد کشاورزی استان")


def test_headline_in_title_tag_beside_the_brand_still_wins() -> None:
    # Near miss: <title> «HEADLINE | SITE» names the headline; the brand's part goes, the
    # headline stays.
    html = PAGE.format(title_tag=f"{TITLE} | سازمان جهاد کشاورزی استان", headline=TITLE, lead=LEAD)
    article = jm.parse_html(html.encode())
    assert article.title == TITLE
    assert "title-uncertain" not in warning_codes(article)


def test_county_label_run_into_a_verbless_headline_is_doubted() -> None:
    # The section's county label «در شهرستان NAME» in its own span before each headline: in
    # the text it runs into the headline, so the line is taken but not as a fact.
    line = f"در شهرستان بندر لنگه {TITLE}"
    article = jm.parse_article(f"{line}\n\n{LEAD}\n{MORE}")
    assert article.title == line
    assert "title-uncertain" in warning_codes(article)


def test_headline_opening_with_its_county_and_a_verb_is_kept() -> None:
    # Near miss: a headline that opens with the county and says what happened there.
    line = "در شهرستان بندر لنگه پنجاه هکتار نخلستان به آبیاری نوین مجهز شد"
    article = jm.parse_article(f"{line}\n\n{LEAD}\n{MORE}")
    assert article.title == line
    assert "title-uncertain" not in warning_codes(article)


# -- 3. A placeholder printed twice where the headline stands -------------------------------
# 90eghtesadi.com's migrated archive items (/.../332431-اخبار-آرشیوی) print «کد مطلب», then
# «اخبار آرشیوی» twice (the title box and the heading) and only then the item's own
# «SPEAKER: HEADLINE» line. Which is the page's title is unsure: the line taken is doubted.

SPEAKER_LINE = "مدیرعامل شرکت فرودگاه‌ها: عوارض خروج از فرودگاه‌ها در نوروز افزایش نمی‌یابد"
AIRPORT = (
    "مدیرعامل شرکت فرودگاه‌ها در سفر به بندرعباس گفت: شمار مسافران پروازهای داخلی در پنج "
    "سال گذشته رشد کرده و عوارض خروج در ایام نوروز بدون تغییر می‌ماند.\n"
)


def test_short_line_printed_twice_over_the_title_is_doubted() -> None:
    text = f"کد مطلب: ۳۳۲۴۳۱\n\nاخبار آرشیوی\n\nاخبار آرشیوی\n\n{SPEAKER_LINE}\n\n{AIRPORT}"
    article = jm.parse_article(text)
    assert article.number == "332431"
    assert "title-uncertain" in warning_codes(article)


def test_agency_name_printed_twice_over_the_headline_is_no_doubt() -> None:
    # Near miss (mut22): an institution's name printed twice (the masthead and the logo's
    # text) over a headline printed once is no placeholder where the headline stands.
    headline = "صحن شورای شهر طرح نوسازی ناوگان اتوبوس‌رانی را بررسی کرد"
    text = (
        f"خبرگزاری نمونه\n\nخبرگزاری نمونه\n\n{headline}\n\n"
        "جلسه عادی شورای اسلامی شهر صبح امروز با حضور اعضا و معاونان شهرداری تشکیل شد و "
        "نخستین دستور آن طرح خرید صد دستگاه اتوبوس برای خطوط شرق شهر بود.\n"
    )
    article = jm.parse_article(text)
    assert article.title == headline
    assert "title-uncertain" not in warning_codes(article)


def test_site_name_and_headline_each_printed_twice_is_no_doubt() -> None:
    # Near miss: the site's name printed twice over a headline printed twice as well (a
    # council's portal, shorashiraz.ir): the headline is printed as headlines are.
    headline = "صحن شورای شهر طرح نوسازی ناوگان اتوبوس‌رانی را بررسی کرد"
    text = (
        f"شورای اسلامی شهر\n\nشورای اسلامی شهر\n\n{headline}\n\n{headline}\n"
        "جلسه عادی شورای اسلامی شهر صبح امروز با حضور اعضا و معاونان شهرداری تشکیل شد و "
        "نخستین دستور آن طرح خرید صد دستگاه اتوبوس برای خطوط شرق شهر بود.\n"
    )
    article = jm.parse_article(text)
    assert article.title == headline
    assert "title-uncertain" not in warning_codes(article)


# -- 4. List pages read from their text alone -----------------------------------------------
# nooralyaghin.com/category/lessons/tajvid/tajvid-1/ prints one post's title, then its excerpt
# with «... ادامه مطلب» run into it, and nothing else; ktr.tj/?q=node&page=734 (Drupal's
# front node list) prints teasers, each a headline over short lines cut with «...». Without
# the address the first item's headline is taken, now with title-uncertain.

EXCERPT = (
    "کسره · کسره از نظر لغوی به معنای یک بار شکستن است و در تجوید نام یکی از حرکت‌ها است. "
    "· علت نام‌گذاری کسره به این است ... ادامه مطلب"
)


def test_one_excerpt_with_its_read_more_ending_the_text_is_doubted() -> None:
    article = jm.parse_article(f"کسره\n\n{EXCERPT}\n")
    assert article.title == "کسره"
    assert "title-uncertain" in warning_codes(article)


def test_short_title_over_a_whole_paragraph_is_no_teaser() -> None:
    # Near miss: the paragraph ends with a full stop, no button: a short post, not a teaser.
    text = "کسره\n\nکسره از نظر لغوی به معنای یک بار شکستن است و در تجوید نام یکی از حرکت‌ها است.\n"
    assert "title-uncertain" not in warning_codes(jm.parse_article(text))


TEASERS = (
    "Барномаи нави телевизионӣ ба эфир меравад\n\n"
    "Тамошобинони гиромӣ!\n"
    "Аз моҳи оянда дар шабакаи аввал барномаи нави ҳафтаина дар бораи ҳунармандон ба эфир меравад.\n"
    "Дар ин барнома дар бораи зиндагӣ ва кори устодони ҳунарҳои мардумии шаҳру ноҳияҳо "
    "ҳикоя карда мешавад.\n"
    "Ҳар як шумораи барнома сӣ дақиқа давом карда, рӯзҳои якшанбе пас аз ахбор пахш мегардад...\n\n"
    "Ёде аз навозандаи маъруф…\n\n"
    "Садои тори ӯ имрӯз ҳам аз радио шунида мешавад,\n"
    "Оҳангҳояш дар хотири мардум зиндаанд.\n"
    "Дар бойгонии радио зиёда аз сад сабти навохтани ӯ нигоҳ дошта мешавад,\n"
    "Ки бисёре аз онҳо солҳои шастум дар студияи радио сабт шудаанд.\n"
    "Ҳар сол дар рӯзи таваллуди ӯ шабакаи радиоӣ барномаи махсус тайёр мекунад...\n\n"
    "Таърихи бунёди шабакаи радиоии фарҳангӣ\n\n"
    "«Радиои мо таърихи бою пурифтихор дошта, садои он солҳои зиёд дар ҳар хона шунида "
    "мешуд ва барномаҳои он дар хотири чанд насл боқӣ мондаанд, ки дар бораи онҳо баъдтар "
    "китобҳо навишта шуданд...\n"
)


def test_texts_cut_under_their_own_headlines_are_a_list() -> None:
    article = jm.parse_article(TEASERS)
    assert article.title == "Барномаи нави телевизионӣ ба эфир меравад"
    assert "title-uncertain" in warning_codes(article)


def test_one_trailing_ellipsis_before_a_subheading_is_no_list() -> None:
    # Near miss: an article with one paragraph trailing off before a subheading.
    text = (
        "Барномаи нави телевизионӣ ба эфир меравад\n\n"
        "Аз моҳи оянда дар шабака барномаи нави ҳафтаина ба эфир меравад ва ҳар ҳафта "
        "рӯзи шанбе пас аз ахбори шом пахш мегардад.\n"
        "Муаллифони барнома мегӯянд, ки ин танҳо оғози кор аст...\n\n"
        "Меҳмонони барнома кистанд\n\n"
        "Дар ҳар шумора омӯзгорон, табибон ва деҳқонони пешқадами кишвар меҳмон мешаванд ва "
        "аз кору зиндагии худ ҳикоя мекунанд.\n"
    )
    article = jm.parse_article(text)
    assert article.title == "Барномаи нави телевизионӣ ба эфир меравад"
    assert "title-uncertain" not in warning_codes(article)
