"""The blind batch 1100-1119 (fix51): a time stamped in Greenwich time before its date, a
list page's trail ending with its page number, a news list of bare-dated items, and the
site's name a page's footer gives after its copyright sign.

The pages are written for these tests; each mirrors the layout of the real page named
(tests/pages/SOURCES.md, section 1100-1119).
"""

from __future__ import annotations

import datetime as dt

from tests.checks import title_doubted as doubted

import jalali_meta as jm

BODY_PS = (
    "د ولايت اوسېدونکي وايي چې د ژمي په سړو ورځو کې د لرګيو بيه تر تېرې مياشتې ډېره لوړه "
    "شوې ده او خلک د تودوخې لپاره نورې لارې لټوي.\n"
)


def parse(text: str, url: str | None = None) -> jm.Article:
    return jm.parse_article(text, url=url)


def codes(article: jm.Article) -> set[str]:
    return {w.code for w in article.warnings}


# -- A time in Greenwich time before a year-first date (BBC Pashto's 2008 story pages) ------


def test_greenwich_word_before_year_first_date_is_gmt() -> None:
    # «د خپريدو وخت: 11:13 گرينويچ 2008 ,10 جنوري»: 11:13 GMT is 15:43 in Kabul (+04:30).
    page = f"هرات: د لرګيو بيه لوړه شوه\nد خپريدو وخت: 11:13 گرينويچ 2008 ,10 جنوري\n{BODY_PS}"
    published = parse(page).published
    assert published is not None
    moment = published.gregorian
    assert isinstance(moment, dt.datetime)
    assert moment.astimezone(dt.timezone.utc) == dt.datetime(
        2008, 1, 10, 11, 13, tzinfo=dt.timezone.utc
    )
    assert moment.utcoffset() == dt.timedelta(hours=4, minutes=30)


def test_gmt_before_year_first_date_and_greenwich_after_the_date() -> None:
    found = jm.find_dates("11:13 GMT 2008 ,10 جنوري")
    assert [ts.text for ts in found] == ["11:13 GMT 2008 ,10 جنوري"]
    assert isinstance(found[0].gregorian, dt.datetime)
    assert found[0].gregorian.astimezone(dt.timezone.utc).hour == 11
    after = jm.find_dates("10 جنوري 2008 - 11:13 گرينويچ")
    assert len(after) == 1
    assert isinstance(after[0].gregorian, dt.datetime)
    assert after[0].gregorian.astimezone(dt.timezone.utc).hour == 11


def test_near_miss_time_without_zone_before_year_first_date_keeps_only_the_day() -> None:
    # No zone: a time before a year-first date is not joined to it (the grammar reads the
    # day alone, as before): only a zone makes the pair one stamp.
    found = jm.find_dates("11:13 2008 ,10 جنوري")
    assert [ts.text for ts in found] == ["2008 ,10 جنوري"]
    assert not isinstance(found[0].gregorian, dt.datetime)


def test_near_miss_greenwich_as_a_place_is_no_zone() -> None:
    # «گرینویچ» in a sentence, no time before it: a place, and no date is made of it.
    assert jm.find_dates("رصدخانه گرینویچ در لندن است و در سال 1675 ساخته شد") == []


# -- A list page's trail ending with its page number (azda.tv's «Хона блог саҳифа 608») -----

TAJIK_ITEM_1 = (
    "Дар Хуҷанд пули нави пиёдагард ба истифода дода шуд\n\n0\n\n"
    "Дар маҳаллаи шаҳр пули нави пиёдагард, ки ду соҳили канали калонро мепайвандад, ба "
    "истифода дода шуд ва сокинон акнун роҳи кӯтоҳтар доранд.\n\n"
    "Масъулони шаҳр мегӯянд, ки то охири сол дар қад-қади канал чароғҳо насб мешаванд.\n\n"
)
TAJIK_ITEM_2 = (
    "Дар Кӯлоб мавсими ҷамъоварии пахта оғоз шуд\n\n0\n\n"
    "Деҳқонони ноҳияҳои атрофи шаҳр ҷамъоварии ҳосили пахтаро оғоз карданд ва умед доранд, ки "
    "ҳосил аз соли гузашта бештар бошад.\n"
)


def test_pager_trail_is_no_title_and_marks_a_list() -> None:
    page = f"10.9 C\nDushanbe\nХона блог саҳифа 608\n\n{TAJIK_ITEM_1}{TAJIK_ITEM_2}"
    article = parse(page)
    assert article.title is None
    assert doubted(article)
    assert "listing-page" in codes(article)


def test_pager_trail_in_persian_is_no_title() -> None:
    page = (
        "خانه › اخبار › صفحه 3\n\n"
        "افتتاح پل عابر پیاده در مرکز شهر\n\n"
        "پل عابر پیاده تازه‌ای که دو سوی خیابان اصلی را به هم می‌پیوندد روز گذشته با حضور "
        "مسئولان شهری افتتاح شد و از امروز در اختیار شهروندان است.\n"
    )
    assert parse(page).title != "خانه › اخبار › صفحه 3"


def test_near_miss_headline_ending_in_a_page_number_after_a_preposition() -> None:
    # «... در صفحه 3»: a headline that says where, not a pager; it stays the title.
    headline = "آگهی مزایده شهرداری در صفحه 3"
    page = (
        f"{headline}\n\n"
        "شهرداری اعلام کرد آگهی مزایده فروش چند قطعه زمین تجاری در شماره امروز روزنامه منتشر "
        "شده است و متقاضیان تا پایان ماه فرصت دارند پیشنهاد خود را ارائه کنند.\n"
    )
    article = parse(page)
    assert article.title == headline
    assert "listing-page" not in codes(article)


# -- A news list of bare-dated items (panjakent.tj's «Хабарҳо» page) ------------------------

PARK = (
    "БОҒИ НАВ ДАР МАРКАЗИ ШАҲР\n\n"
    "Дар қисмати марказии шаҳр боғи нави истироҳатӣ барои сокинон ва меҳмонони шаҳр ба "
    "истифода дода шуд ва дар он ниҳолҳои сояафкан шинонда шуданд.\n"
    "Корҳои сохтмонӣ аз ҳисоби маблағҳои буҷети маҳаллӣ ва кӯмаки соҳибкорони шаҳр анҷом "
    "дода шуданд ва боғ ҳар рӯз барои ҳама кушода аст.\n\n"
)
COURSES = (
    "ҶАВОНОН БА ҲУНАРҲОИ МАРДУМӢ ОМӮЗОНДА МЕШАВАНД\n\n"
    "Дар маркази таълими калонсолони шаҳр курсҳои сеюмоҳаи омӯзиши ҳунарҳои мардумӣ барои "
    "ҷавонон оғоз гардиданд ва даҳҳо нафар дар онҳо ширкат доранд.\n"
    "Дар курсҳо ҷавонон зардӯзӣ, кандакорӣ дар чӯб ва кулолиро аз устодони маҳаллӣ меомӯзанд "
    "ва дар охири курс ба онҳо шаҳодатнома дода мешавад.\n"
)
TEASER = (
    "ҶАВОНОН БА ҲУНАРҲОИ МАРДУМӢ ОМӮЗОНДА МЕШАВАНД\n\n"
    "Дар маркази таълими калонсолони шаҳр курсҳои сеюмоҳаи омӯзиши ҳунарҳои мардумӣ барои "
    "ҷавонон оғоз гардиданд ва даҳҳо нафар дар онҳо ширкат доранд.\n"
)


def test_bare_dated_items_newest_first_are_a_list() -> None:
    page = f"Хабарҳо\n\n2025-10-16 15:26:52\n\n{PARK}2025-10-14 09:40:11\n\n{COURSES}"
    article = parse(page)
    assert article.published is None
    assert "listing-page" in codes(article)
    assert article.title is None
    assert doubted(article)


def test_near_miss_a_later_stamp_below_is_no_list() -> None:
    # The second bare stamp is newer than the first (an update printed under the story):
    # no list, and the headline stays the page's.
    page = f"2025-10-14 09:40:11\n\n{PARK}2025-10-16 15:26:52\n\n{COURSES}"
    article = parse(page)
    assert "listing-page" not in codes(article)
    assert article.title == "БОҒИ НАВ ДАР МАРКАЗИ ШАҲР"


def test_near_miss_a_story_over_a_related_teaser_is_no_list() -> None:
    # The story in full, then an older dated item with one paragraph (a related item's
    # teaser): an article, its date and headline kept.
    page = f"2025-10-16 15:26:52\n\n{PARK}2025-10-14 09:40:11\n\n{TEASER}"
    article = parse(page)
    assert "listing-page" not in codes(article)
    assert article.title == "БОҒИ НАВ ДАР МАРКАЗИ ШАҲР"
    assert article.published is not None


# -- The site's name after the footer's copyright sign (a municipal portal's <title>) -------

NAME = "Мақомоти иҷроияи маҳаллии ҳокимияти давлатии шаҳри Панҷакент"


def _portal(title: str, footer: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body>"
        f"<header><div class='site-name'>{NAME}</div></header><main>"
        "<h2>БОҒИ НАВ ДАР МАРКАЗИ ШАҲР</h2>"
        "<p>Дар қисмати марказии шаҳр боғи нави истироҳатӣ барои сокинон ва меҳмонони шаҳр "
        "ба истифода дода шуд ва дар он ниҳолҳои сояафкан шинонда шуданд.</p>"
        f"</main><footer><p>{footer}</p></footer></body></html>"
    ).encode()


def test_copyright_names_the_site_part_of_the_title_tag() -> None:
    # «<title>Хабарҳо - NAME</title>» and «© NAME» in the footer: NAME is the site's (its
    # banner line at the top is no headline), however long it is.
    article = jm.parse_html(_portal(f"Хабарҳо - {NAME}", f"© {NAME}"))
    assert article.title != NAME


def test_near_miss_without_copyright_the_long_part_stays_the_headline_hint() -> None:
    # No copyright line naming it: the longest part of <title> is still read as the
    # headline (the rule before), so the body's name stays the title.
    article = jm.parse_html(_portal(f"Хабарҳо - {NAME}", "Ҳамаи ҳуқуқҳо ҳифз шудаанд"))
    assert article.title == NAME


# -- Edges found by the sixteenth mutation round (benchmarks/hand_mutants_16.py) ---------------


def test_greenwich_spelt_without_its_vav_is_gmt() -> None:
    # «گرینیچ», the other spelling of Greenwich, before a year-first date: GMT as well.
    found = jm.find_dates("11:13 گرینیچ 2008 ,10 جنوري")
    assert [ts.text for ts in found] == ["11:13 گرینیچ 2008 ,10 جنوري"]
    assert isinstance(found[0].gregorian, dt.datetime)
    assert found[0].gregorian.astimezone(dt.timezone.utc).hour == 11


def test_pager_trail_of_six_words_marks_a_list() -> None:
    # Four items, the page word and its number: six words, the longest trail read.
    page = f"10.9 C\nDushanbe\nХона блог Хабарҳо Варзиш саҳифа 608\n\n{TAJIK_ITEM_1}{TAJIK_ITEM_2}"
    article = parse(page)
    assert article.title is None
    assert "listing-page" in codes(article)


def test_near_miss_headline_in_the_footers_news_box_is_no_site_name() -> None:
    # The footer lists the latest stories, this one's headline among them, before «© SITE»:
    # only the part right after the copyright sign is the site's; the headline stays,
    # undoubted.
    headline = "БОҒИ НАВ ДАР МАРКАЗИ ШАҲР"
    html = _portal(f"{headline} - Хабарҳо", f"Охирин хабарҳо: {headline} | © Хабарҳо")
    article = jm.parse_html(html)
    assert article.title == headline
    assert not doubted(article)
