"""fix125: the fiftieth blind batch's findings (tests/pages 1648, 1653, 1655).

- A line printed as «DD.MM.YYYY / HEADLINE» (or with a bar) is the item's date line and its
  headline (1648, a Tajik district government's item); in HTML, where the date box is a line
  of its own, the headline's line «/ HEADLINE» is read without its slash (1655).
- A page whose address is the site's home page («https://host/», «/fa/», «/index.php»),
  whose headline stands next to its own date line, is a home page holding a teaser: no title,
  with a warning (1653).

The page texts below are written for these tests (layouts after the batch's pages).
"""

from __future__ import annotations

import datetime

import pytest

import jalali_meta as jm

# A district government's item: the site's name, office hours («Душанбе-Шанбе» are the
# weekdays Monday-Saturday), the name in capitals over two lines (a logo block and its mobile
# copy), then the date and the headline on one line, then the body.
_TAJIK = (
    "Макомоти Ичроияи Хокимияти Давлатии Нохияи Сомон\n"
    "\n"
    "Реҷаи кори: Душанбе-Шанбе аз соати 8:00 то 17:00 | Телефон: 8 (3130) 2-11-40\n"
    "\n"
    "Логотип\n"
    "МАҚОМОТИ ИҶРОИЯИ ҲОКИМИЯТИ\n"
    "ДАВЛАТИИ НОҲИЯИ СОМОН\n"
    "МАҚОМОТИ ИҶРОИЯИ ҲОКИМИЯТИ\n"
    "\n"
    "{dated}\n"
    "\n"
    "\n"
    "       Дар маркази ноҳия бинои нави муассисаи томактабӣ барои сад кӯдак ба истифода дода "
    "шуд. Бино аз ҳисоби буҷаи маҳаллӣ ва саҳми соҳибкорон сохта шуда, ҳуҷраҳои бозӣ, "
    "ошхона ва майдончаи варзишӣ дорад. Дар маросим раиси ноҳия ба сохтмончиён миннатдорӣ "
    "баён намуда, волидонро ба ҳамкорӣ бо мураббиён даъват кард.\n"
)
_TAJIK_HEADLINE = "Кушодашавии боғчаи нав дар маркази ноҳия"
_TAJIK_URL = "http://www.somon.example.tj/details/42"


def test_tajik_dated_headline_line_is_date_and_headline() -> None:
    text = _TAJIK.format(dated=f"14.03.2022 / {_TAJIK_HEADLINE}")
    article = jm.parse_article(text, url=_TAJIK_URL)
    assert article.title == _TAJIK_HEADLINE
    assert article.published is not None
    assert article.published.gregorian == datetime.date(2022, 3, 14)
    assert article.published.text == "14.03.2022"
    # From the text alone too.
    alone = jm.parse_article(text)
    assert alone.title == _TAJIK_HEADLINE
    assert alone.published is not None
    assert alone.published.gregorian == datetime.date(2022, 3, 14)


_PERSIAN = (
    "پایگاه خبری شهرستان نمونه\n"
    "\n"
    "{dated}\n"
    "\n"
    "در روستای دشت‌آباد جاده‌ای تازه با کمک اهالی و خیران محلی آسفالت شد و فرماندار "
    "شهرستان در آیین گشایش آن از همه کسانی که در ساخت آن کوشیدند قدردانی کرد.\n"
)
_PERSIAN_HEADLINE = "بهره‌برداری از جاده تازه روستای دشت‌آباد با مشارکت مردم"


@pytest.mark.parametrize("separator", [" / ", " | "])
def test_persian_dated_headline_line(separator: str) -> None:
    text = _PERSIAN.format(dated=f"۱۴۰۲/۰۵/۱۲{separator}{_PERSIAN_HEADLINE}")
    article = jm.parse_article(text, url="https://news.example.ir/news/5512")
    assert article.title == _PERSIAN_HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1402, 5, 12)


def test_dated_line_with_time_and_fields_neg() -> None:
    # «DATE | TIME کد : ID SECTION»: a meta row under the headline, not a dated headline.
    text = (
        "بهره‌برداری از جاده تازه روستای دشت‌آباد با مشارکت مردم\n"
        "\n"
        "۱۲ مرداد ۱۴۰۲ | ۱۰:۳۰ کد : ۸۸۴۱ اخبار استان\n"
        "\n"
        "در روستای دشت‌آباد جاده‌ای تازه با کمک اهالی و خیران محلی آسفالت شد و فرماندار "
        "شهرستان در آیین گشایش آن از همه کسانی که در ساخت آن کوشیدند قدردانی کرد.\n"
    )
    article = jm.parse_article(text, url="https://news.example.ir/news/8841")
    assert article.title == _PERSIAN_HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1402, 5, 12)
    assert article.number == "8841"


def test_date_with_slash_in_a_sentence_neg() -> None:
    # «DATE / ...» opening a paragraph's sentence stays one line: no headline is cut from
    # running text (the sentence ends with its period).
    sentence = (
        "۱۴۰۲/۰۵/۱۲ / در این روز جاده روستای دشت‌آباد پس از دو سال کار با کمک اهالی "
        "آسفالت شد و به بهره‌برداری رسید."
    )
    text = _PERSIAN.format(dated=_PERSIAN_HEADLINE + "\n\n" + sentence)
    article = jm.parse_article(text, url="https://news.example.ir/news/5512")
    assert article.title == _PERSIAN_HEADLINE
    assert article.lead == sentence


def test_capitals_name_over_lines_is_no_headline() -> None:
    # The site's name in capitals over two lines, its first line printed again (the logo
    # block and its mobile copy): a masthead, not the headline printed twice.
    text = _TAJIK.format(dated=_TAJIK_HEADLINE)
    article = jm.parse_article(text, url=_TAJIK_URL)
    assert article.title == _TAJIK_HEADLINE


def test_office_hours_weekdays_are_no_date_neg() -> None:
    # «Душанбе-Шанбе» (Monday-Saturday) and the hours are office hours: no published.
    text = _TAJIK.format(dated=_TAJIK_HEADLINE)
    article = jm.parse_article(text, url=_TAJIK_URL)
    assert article.published is None
    assert not any(w.code.startswith("published") for w in article.warnings)


def test_capitals_headline_over_capitals_kicker_stays_neg() -> None:
    # A headline in capitals under a kicker in capitals, printed once: the headline.
    head = "БОҒЧАИ НАВ ДАР МАРКАЗИ НОҲИЯ КУШОДА ШУД"
    text = _TAJIK.format(dated="").replace(
        "Логотип\nМАҚОМОТИ ИҶРОИЯИ ҲОКИМИЯТИ\nДАВЛАТИИ НОҲИЯИ СОМОН\nМАҚОМОТИ ИҶРОИЯИ ҲОКИМИЯТИ\n",
        "ХАБАРҲОИ НОҲИЯ\n" + head + "\n",
    )
    article = jm.parse_article(text, url=_TAJIK_URL)
    assert article.title == head


_HTML = """<!DOCTYPE html>
<html lang="tg"><head><meta charset="utf-8">
<title>Макомоти Ичроияи Хокимияти Давлатии Нохияи Сомон</title></head>
<body>
<div class="top-bar"><span>Реҷаи кори: Душанбе-Шанбе аз соати 8:00 то 17:00</span></div>
<header><div class="site-title"><div>МАҚОМОТИ ИҶРОИЯИ ҲОКИМИЯТИ</div>
<div>ДАВЛАТИИ НОҲИЯИ СОМОН</div></div></header>
<div class="content"><div class="news-details">
<h4 class="news-head"><span class="news-date">14.03.2022</span> / <span class="news-title">{head}</span></h4>
<p>Дар маркази ноҳия бинои нави муассисаи томактабӣ барои сад кӯдак ба истифода дода шуд.
Бино аз ҳисоби буҷаи маҳаллӣ ва саҳми соҳибкорон сохта шуда, ҳуҷраҳои бозӣ, ошхона ва
майдончаи варзишӣ дорад. Дар маросим раиси ноҳия ба сохтмончиён миннатдорӣ баён намуд.</p>
</div></div>
<footer>© Мақомоти иҷроияи ҳокимияти давлатии ноҳияи Сомон</footer>
</body></html>
"""


def test_html_date_box_then_slash_headline() -> None:
    page = _HTML.format(head=_TAJIK_HEADLINE).encode()
    article = jm.parse_html(page, url=_TAJIK_URL)
    assert article.title == _TAJIK_HEADLINE
    assert article.published is not None
    assert article.published.gregorian == datetime.date(2022, 3, 14)


def test_capitals_headline_in_h1_stays_neg() -> None:
    # A real headline printed in capitals as the page's <h1> and <title> is the title.
    head = "БОҒЧАИ НАВ ДАР МАРКАЗИ НОҲИЯ КУШОДА ШУД"
    page = (
        "<html lang='tg'><head><meta charset='utf-8'><title>" + head + "</title></head><body>"
        "<article><h1>" + head + "</h1><p>Дар маркази ноҳия бинои нави муассисаи томактабӣ "
        "барои сад кӯдак ба истифода дода шуд. Бино аз ҳисоби буҷаи маҳаллӣ сохта шуда, "
        "ҳуҷраҳои бозӣ ва ошхона дорад.</p></article></body></html>"
    ).encode()
    article = jm.parse_html(page, url=_TAJIK_URL)
    assert article.title == head


# A county health network's home page holding one teaser: its date line, its headline and
# one paragraph.
_HOME = (
    "1398/02/21\n"
    "برگزاری کارگاه آموزشی تغذیه سالم برای مراقبان سلامت روستاهای شهرستان\n"
    "کارشناس تغذیه مرکز بهداشت در این کارگاه یکروزه گفت: مراقبان سلامت ۲۴ خانه بهداشت با "
    "روش‌های تازه آموزش تغذیه به مادران باردار و خانواده‌های کودکان زیر پنج سال آشنا شدند و "
    "در پایان آزمونی از شرکت‌کنندگان گرفته شد.\n"
)
_HOME_HEADLINE = "برگزاری کارگاه آموزشی تغذیه سالم برای مراقبان سلامت روستاهای شهرستان"


@pytest.mark.parametrize(
    "url",
    [
        "http://county.example.ac.ir/",
        "https://county.example.ac.ir",
        "https://county.example.ac.ir/fa/",
        "https://county.example.ac.ir/index.php",
    ],
)
def test_home_page_teaser_is_no_title(url: str) -> None:
    article = jm.parse_article(_HOME, url=url)
    assert article.title is None
    assert any(w.code == "title-uncertain" and "home page" in w.message for w in article.warnings)


@pytest.mark.parametrize(
    "url",
    [
        "https://county.example.ac.ir/news/4410",
        "https://county.example.ac.ir/index.php?newsid=4410",
        None,
    ],
)
def test_item_address_or_no_address_keeps_title_neg(url: str | None) -> None:
    article = jm.parse_article(_HOME, url=url)
    assert article.title == _HOME_HEADLINE


def test_home_page_without_dated_headline_keeps_title_neg() -> None:
    # A monthly's home page showing its issue's editorial (no date line by the headline):
    # the rule needs the item's own date line next to the headline.
    text = _HOME.replace("1398/02/21\n", "ماهنامه فرهنگی و اجتماعی\n\n")
    article = jm.parse_article(text, url="http://county.example.ac.ir/")
    assert article.title == _HOME_HEADLINE


def test_persian_headline_with_latin_acronym_printed_twice_neg() -> None:
    # A Persian headline holding a Latin acronym, printed twice: its cased letters are all
    # capitals, but its other letters have no case: no name in capitals.
    head = "نامه باشگاه‌های ایرانی به «AFC» رسید و پاسخ آن هفته آینده اعلام می‌شود"
    text = (
        f"{head}\n{head}\n\n"
        "به گزارش خبرنگار ورزشی، فدراسیون فوتبال نامه چهار باشگاه لیگ برتر درباره ورزشگاه‌های "
        "میزبان را برای کنفدراسیون فوتبال آسیا فرستاد و پاسخ آن تا هفته آینده می‌رسد.\n"
    )
    article = jm.parse_article(text, url="https://sport.example.ir/fa/news/5029")
    assert article.title == head


# Mutation round 32 (benchmarks/hand_mutants_32.py).


def test_dated_headline_of_three_words() -> None:
    # Three words after the date are enough for a headline.
    text = _TAJIK.format(dated="14.03.2022 / Боғчаи нав кушода")
    article = jm.parse_article(text, url=_TAJIK_URL)
    assert article.title == "Боғчаи нав кушода"
    assert article.published is not None
    assert article.published.gregorian == datetime.date(2022, 3, 14)


@pytest.mark.parametrize("mark", ["/", "|"])
def test_leading_separator_dropped_before_three_words(mark: str) -> None:
    text = _PERSIAN.format(dated=f"۱۴۰۲/۰۵/۱۲\n{mark} گشایش جاده دشت‌آباد")
    article = jm.parse_article(text, url="https://news.example.ir/news/5512")
    assert article.title == "گشایش جاده دشت‌آباد"


def test_capitals_headline_printed_twice_is_no_masthead_neg() -> None:
    # A headline in capitals printed twice, no other line in capitals beside it: the
    # headline, not a name's part over another.
    head = "БОҒЧАИ НАВ ДАР МАРКАЗИ НОҲИЯ КУШОДА ШУД"
    body = _TAJIK.split("{dated}")[1]
    article = jm.parse_article(f"{head}\n{head}\n{body}", url=_TAJIK_URL)
    assert article.title == head


def test_capitals_name_printed_again_three_lines_down() -> None:
    # The name's first line printed again three lines down (a «Логотип» line between): still
    # the masthead, not the title.
    text = _TAJIK.replace(
        "Логотип\nМАҚОМОТИ ИҶРОИЯИ ҲОКИМИЯТИ\nДАВЛАТИИ НОҲИЯИ СОМОН\n",
        "МАҚОМОТИ ИҶРОИЯИ ҲОКИМИЯТИ\nДАВЛАТИИ НОҲИЯИ СОМОН\nЛоготип\n",
    )
    article = jm.parse_article(text.format(dated=_TAJIK_HEADLINE), url=_TAJIK_URL)
    assert article.title != "МАҚОМОТИ ИҶРОИЯИ ҲОКИМИЯТИ"
