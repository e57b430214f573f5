"""fix283: mut52's silent pages on main (docs/reliability.md, «The fifty-second round»,
benchmarks/mut52_main_pages.py), by general rules. A public-relations office's source line
right over the text (fix273's line with no headline under it) is no title; a Tajik author
line right over the text (fix269's) is a doubted title; a breadcrumb's section may hold a
year («اخبار 1403 » HEADLINE», fix269); a weather reading's sign may be spaced off its
digits («− 2°C», fix267); an address's year-like folder printed on the page only as the
date's year is doubted as the ID (fix272); a WordPress term archive's <title> «دسته: NAME»
names the list under any <h1> (fix266); three-word hemistichs parted by stars are a poem's
couplets (fix266). The sentences are ours; the layouts those of the rules' own pages."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

from jalali_meta import parse_article, parse_html

BODY = (
    "به گزارش خبرنگار ما، کتابخانه محله با قفسه های تازه، سالن مطالعه و گوشه ای برای "
    "کودکان از امروز به روی همه اهالی باز است و عضویت در آن تا پایان ماه رایگان خواهد بود.\n\n"
    "مدیر کتابخانه گفت دو کتابخانه دیگر از همین دست تا پایان سال در محله های غربی ساخته می شود.\n"
)


# (i) A public-relations office's source line right over the text.


@pytest.mark.parametrize(
    "source",
    ["روابط عمومی شهرداری کرمان", "مدیریت روابط عمومی دانشگاه کرمان", "روابط‌عمومی شهرداری کرمان"],
)
def test_public_relations_line_over_text_is_not_title(source: str) -> None:
    article = parse_article(f"{source}\n\n{BODY}")
    assert article.title is None or "title-uncertain" in warning_codes(article)
    assert article.title != source


def test_headline_about_public_relations_office_over_text_stays() -> None:
    # Near miss: a headline ABOUT the office says what happened (a verb).
    headline = "روابط عمومی شهرداری کرمان رتبه نخست جشنواره را کسب کرد"
    article = parse_article(f"{headline}\n\n{BODY}")
    assert article.title == headline


def test_public_relations_line_over_headline_still_skipped() -> None:
    # fix273's shape still gives the headline.
    headline = "بازگشایی کتابخانه محله با سالن مطالعه و بخش کودکان"
    article = parse_article(f"روابط عمومی شهرداری کرمان\n\n{headline}\n\n{BODY}")
    assert article.title == headline


# (d) A Tajik author line right over the text.

TAJIK_BODY = (
    "Дар маркази шаҳр бозори нави меваю сабзавот кушода шуд ва деҳқонон аз деҳаҳои атроф "
    "маҳсулоти худро ба он меоранд. Харидорон мегӯянд, ки нархҳо дар он арзонтаранд.\n\n"
    "Бозор ҳар рӯз аз субҳ то шом кор мекунад.\n"
)


def test_tajik_author_line_over_text_is_doubted() -> None:
    article = parse_article(f"Раҳимов Фарҳод, рӯзноманигор\n{TAJIK_BODY}")
    assert article.title is None or "title-uncertain" in warning_codes(article)


def test_tajik_author_line_over_heading_gives_heading() -> None:
    # fix269's shape: the heading under the author line is the title, not doubted.
    heading = "Бозори нави меваю сабзавот кушода шуд"
    article = parse_article(f"Раҳимов Фарҳод, рӯзноманигор\n{heading}\n\n{TAJIK_BODY}")
    assert article.title == heading
    assert "title-uncertain" not in warning_codes(article)


# (e) A breadcrumb whose section holds a year.

CRUMB_HEADLINE = "بارش برف راه های کوهستانی استان را بست"
CRUMB_LEAD = (
    f"{CRUMB_HEADLINE}. به گفته پلیس راه، رانندگان تا باز شدن گردنه ها از سفر به مناطق "
    "کوهستانی خودداری کنند و زنجیر چرخ همراه داشته باشند.\n"
)


@pytest.mark.parametrize("section", ["اخبار 1402", "اخبار ۱۴۰۲", "گزارش های 2024"])
def test_breadcrumb_section_with_year_is_cut(section: str) -> None:
    article = parse_article(f"شما اینجا هستید\n{section} » {CRUMB_HEADLINE}\n\n{CRUMB_LEAD}")
    assert article.title == CRUMB_HEADLINE


def test_breadcrumb_section_with_other_number_is_kept() -> None:
    # Near miss: a number that is no year («اخبار 25») leaves the line whole, as before.
    line = f"اخبار 25 » {CRUMB_HEADLINE}"
    article = parse_article(f"شما اینجا هستید\n{line}\n\n{CRUMB_LEAD}")
    assert article.title != CRUMB_HEADLINE


# (f) A weather reading with its sign spaced off.


@pytest.mark.parametrize("reading", ["− 4°C", "- 4°C", "+ 12°C"])
def test_spaced_sign_weather_reading_clock_is_not_published(reading: str) -> None:
    text = (
        "Маркази фарҳангии ноҳия\n\nОбу ҳаво\n\nDushanbe\n07:45, February 3, 2026\n"
        f"{reading}\n64 %\n\nДар маркази фарҳангӣ намоиши нави суратҳо кушода шуд\n\n"
        "Имрӯз дар маркази фарҳангии ноҳия намоиши суратҳои рассомони ҷавон кушода шуд ва "
        "сокинони ноҳия барои тамошо омаданд.\n\nНамоиш то охири моҳ идома меёбад.\n"
    )
    article = parse_article(text)
    assert article.published is None


# (j) A year-like folder printed only as the date's year.

MARKET_HEADLINE = "گشایش نمایشگاه فرش دستباف در سالن شهر"
MARKET_BODY = (
    "به گزارش خبرنگار ما ، نمایشگاه فرش دستباف با حضور بافندگان روستاهای استان از امروز در "
    "سالن شهر برپاست و تا پایان هفته ادامه دارد.\n"
)


def test_year_folder_printed_only_as_date_year_is_doubted() -> None:
    article = parse_article(
        f"{MARKET_HEADLINE}\n۳ آبان ۱۳۹۰ - ۱۱:۴۵\n{MARKET_BODY}",
        url="http://farsh.example/fa/news/1390/گشایش-نمایشگاه",
    )
    assert article.number is None or "number-year-like" in warning_codes(article)


def test_year_folder_printed_as_id_is_not_doubted() -> None:
    # Near miss: the page prints the same number as its ID, outside the date.
    article = parse_article(
        f"{MARKET_HEADLINE}\nکد خبر: 1390\n۳ آبان ۱۳۹۰ - ۱۱:۴۵\n{MARKET_BODY}",
        url="http://farsh.example/fa/news/1390/گشایش-نمایشگاه",
    )
    assert article.number == "1390"
    assert "number-year-like" not in warning_codes(article)


# (a) A category archive's <title> «دسته: NAME – SITE» under a theme's heading.


def _category(heading: str, body_class: str = "archive category category-7") -> str:
    return (
        '<!DOCTYPE html><html dir="rtl" lang="fa-IR"><head><meta charset="UTF-8">'
        "<title>دسته: فرهنگ و هنر – نگاه شهر</title></head>"
        f'<body class="{body_class}"><header><a href="/" class="logo">نگاه شهر</a></header>'
        f'<div class="archive-page"><h1 class="archive-title">{heading}</h1>'
        '<article class="post"><h2 class="entry-title"><a href="https://negah-example.ir/p-9/">'
        "نمایش عروسکی برای کودکان در تالار شهر</a></h2><div><p>گروه نمایش عروسکی شهر از "
        "این هفته هر جمعه برای کودکان در تالار شهر نمایش اجرا می کند و بلیت آن برای "
        "خانواده ها ارزان است.</p></div></article></div>"
        "<footer><p>همه حقوق برای نگاه شهر محفوظ است.</p></footer></body></html>"
    )


@pytest.mark.parametrize("heading", ["آخرین مطالب", "بایگانی", "مطالب دسته فرهنگ و هنر"])
def test_category_title_tag_names_archive(heading: str) -> None:
    article = parse_html(_category(heading))
    assert article.title == "فرهنگ و هنر"
    assert article.published is None


def test_category_label_in_title_of_a_post_page_is_not_read() -> None:
    # Near miss: a post's page (no archive classes) keeps its own heading.
    article = parse_html(_category("نمایش عروسکی برای کودکان", body_class="single post"))
    assert article.title != "فرهنگ و هنر"


# (b) A poem of three-word hemistichs, one couplet a line.

SHORT_POEM = (
    "شب شد آرام *** ماه آمد به بام\n"
    "ستاره ها خندان *** در آسمان تابان\n"
    "نسیم آمد نرم *** شد دل ها گرم\n"
)


def test_three_word_starred_couplets_are_no_title() -> None:
    article = parse_article("نویسنده : ; ساعت ۹:۱۰ ب.ظ روز ۱۴۰۱/۶/۲\n\n" + SHORT_POEM)
    assert article.title is None or "title-uncertain" in warning_codes(article)


def test_three_word_starred_headline_over_text_stays() -> None:
    # Near miss: one starred line of short parts that do not rhyme, over the text.
    headline = "جشن پاییز *** در باغ شهر"
    article = parse_article(f"{headline}\n\n{BODY}")
    assert article.title == headline
