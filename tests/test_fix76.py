"""fix76: the silent titles of blind34 (tests/pages/1260-1275).

The layouts are real pages' (named by each test); the headlines and paragraphs are ours.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

BODY = (
    "زه د کلي د زاړه ښوونځي زده کوونکی وم او هره ورځ به مو د ښوونکي کیسې اورېدې، "
    "هغه به تل ویل چې لوست باید هېڅکله ونه درېږي.\n\n"
    "دا کیسه مې د خپل پلار څخه اورېدلې ده او غواړم چې لوستونکو ته یې په لنډه توګه ووایم، "
    "ځکه چې د هغه وخت د خلکو ژوند ښه ښيي.\n"
)
HALF_1 = "د کلي د زاړه ښوونځي"
HALF_2 = "درې کیسې"
AUTHOR = "حاجي محمد نعیم"

# -- 1. A headline set over two lines, printed again below (scprd.com/taleen_show.php?id=12) --


@pytest.mark.parametrize("url", [None, "http://essays.example.af/taleen_show.php?id=40"])
def test_a_headline_set_over_two_lines_and_printed_again_is_warned(url: str | None) -> None:
    text = f"{HALF_1}\n {HALF_2}\n \n\n{AUTHOR}\n\n {HALF_1}\n\n{HALF_2}\n\n{BODY}"
    article = jm.parse_article(text, url=url)
    assert article.title == HALF_1
    assert "title-uncertain" in warning_codes(article)
    assert any(HALF_2 in str(w) for w in article.warnings)


def test_the_pair_printed_again_as_one_line_gives_the_whole_headline() -> None:
    text = f"{HALF_1}\n{HALF_2}\n\n{AUTHOR}\n\n{HALF_1} {HALF_2}\n\n{BODY}"
    article = jm.parse_article(text)
    assert article.title == f"{HALF_1} {HALF_2}"


# The address's slug spells the first line alone (a slug cut short): that line is taken, and
# the pair printed again below still warns that the title may be cut (mut22).
FIRST_HALF_URL = "http://essays.example.af/" + quote(HALF_1.replace(" ", "-")) + "/"


@pytest.mark.parametrize(
    "second",
    [
        HALF_2,
        "د هغه وخت د ښوونځي درې زړې کیسې",  # eight words, the most a second line has
    ],
)
def test_a_slug_naming_the_first_line_still_warns_of_the_pair(second: str) -> None:
    text = f"{HALF_1}\n {second}\n \n\n{AUTHOR}\n\n {HALF_1}\n\n{second}\n\n{BODY}"
    article = jm.parse_article(text, url=FIRST_HALF_URL)
    assert article.title == HALF_1
    assert any(second in str(w) for w in article.warnings)


def test_a_slug_naming_the_first_line_over_the_whole_printed_below_warns() -> None:
    text = f"{HALF_1}\n{HALF_2}\n\n{AUTHOR}\n\n{HALF_1} {HALF_2}\n\n{BODY}"
    article = jm.parse_article(text, url=FIRST_HALF_URL)
    assert article.title == HALF_1
    assert "title-uncertain" in warning_codes(article)


def test_a_headline_over_its_lead_is_not_warned_as_cut() -> None:
    # Near miss: the line under the headline is printed once (a lead or a kicker), so
    # nothing says the two lines are one headline.
    text = f"{HALF_1}\n{HALF_2}\n\n{AUTHOR}\n\n{BODY}"
    article = jm.parse_article(text)
    assert article.title is not None
    assert not any("second line" in str(w) for w in article.warnings)


def test_the_halves_printed_again_with_a_line_between_are_warned() -> None:
    # The second print may hold one line between the halves (a separator; mut22).
    text = f"{HALF_1}\n {HALF_2}\n \n\n{AUTHOR}\n\n {HALF_1}\n|\n{HALF_2}\n\n{BODY}"
    article = jm.parse_article(text)
    assert article.title == HALF_1
    assert any(HALF_2 in str(w) for w in article.warnings)


def test_a_subtitle_set_apart_by_a_blank_line_is_not_warned_as_cut() -> None:
    # Near miss (mut22): a headline and a short line under it after a blank line, both
    # printed again below: two lines of a header, not one headline set over two lines.
    first = "د کلي زوړ ښوونځی بیرته پرانیستل شو"
    text = f"{first}\n\n{HALF_2}\n\n{AUTHOR}\n\n{first}\n\n{HALF_2}\n\n{BODY}"
    article = jm.parse_article(text)
    assert article.title == first
    assert "title-uncertain" not in warning_codes(article)


def test_a_headline_ending_a_sentence_is_not_warned_as_cut() -> None:
    # Near miss: the first line ends with a sentence's stop: a whole headline.
    first = f"{HALF_1} بیرته پرانیستل شو."
    text = f"{first}\n{HALF_2}\n\n{AUTHOR}\n\n{first}\n{HALF_2}\n\n{BODY}"
    article = jm.parse_article(text)
    assert not any("second line" in str(w) for w in article.warnings)


# -- 2. A DotNetNuke portal's <title> «PORTAL > PAGE» over an article with no headline ------
# (khorasanbar.com/Home/ctl/ArticleView/mid/543/articleId/2290: «... > خانه»; DNN prints
# page paths with « > » between names, docs.dnncommunity.org's Breadcrumb theme object)

PORTAL = "انجمن صنفی مترجمان استان"
QUOTE = (
    "«ترجمه پلی است میان دو فرهنگ و هر مترجم خوب سال‌ها برای ساختن آن تلاش می‌کند؛ "
    "بدون این پل بسیاری از کتاب‌ها هرگز به دست خوانندگان ما نمی‌رسید.»"
)


def _dnn(title: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        f'<div class="header"><a href="https://dnn.example.ir/">{PORTAL}</a>'
        '<ul><li><a href="https://dnn.example.ir/">خانه</a></li>'
        '<li><a href="https://dnn.example.ir/Contact">تماس با ما</a></li></ul></div>'
        f'<div class="article_content"><p>{QUOTE}<br>▫️بخشی از یک کتاب</p></div>'
        "</body></html>"
    )


URL = "https://dnn.example.ir/Home/ctl/ArticleView/mid/12/articleId/77"


def test_a_portal_and_page_name_title_tag_is_no_headline() -> None:
    article = jm.parse_html(_dnn(f"{PORTAL} &gt; خانه"), url=URL)
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


def test_a_headline_beside_the_portal_name_in_the_title_tag_is_kept() -> None:
    # Near miss: the part beside the portal's name is a headline's length: it fills the gap.
    headline = "برگزاری نشست ماهانه مترجمان در کتابخانه مرکزی"
    article = jm.parse_html(_dnn(f"{PORTAL} &gt; {headline}"), url=URL)
    assert article.title == headline


# -- 3. A capitalised Tajik headline and its lower-case slug (ksaadat.co/2017/03/17/китоби-..) --
# (WordPress writes slugs in lower case; a Tajik or Latin headline opens with a capital)

TJ_TITLE = "Китоби илму ҳикмат"
TJ_SUBTITLE = "Сухани аввали устод Раҳим Саидов бар китоби “Дарахти хирад”"
TJ_BODY = (
    "Ишора: Имрӯз дар толори китобхонаи шаҳр маҳфили муаррифии китоб баргузор шуд ва "
    "пешгуфтори устодро пешкаши хонандагони сомона мекунем.\n\n"
    "Муаллифи китоб солҳои зиёд ба омӯзиши панду ахлоқи мероси адабии мо машғул будааст "
    "ва ҳикоятҳои кӯтоҳи гузаштагонро бо забони содаи имрӯза бозгӯ кардааст.\n"
)
TJ_TEXT = f"Перейти к содержимому\n\n{TJ_TITLE}\n\n{TJ_SUBTITLE}\n\n{TJ_BODY}"
TJ_URL = "https://blog.example.tj/2017/03/17/%D0%BA%D0%B8%D1%82%D0%BE%D0%B1%D0%B8-%D0%B8%D0%BB%D0%BC%D1%83-%D2%B3%D0%B8%D0%BA%D0%BC%D0%B0%D1%82/"


def test_a_lower_case_slug_spells_a_capitalised_headline() -> None:
    article = jm.parse_article(TJ_TEXT, url=TJ_URL)
    assert article.title == TJ_TITLE


def test_a_slug_of_other_words_does_not_pick_the_short_line() -> None:
    # Near miss: the slug spells neither line; the layout's choice stands.
    url = "https://blog.example.tj/2017/03/17/%D0%BC%D0%B0%D2%B3%D1%84%D0%B8%D0%BB/"
    article = jm.parse_article(TJ_TEXT, url=url)
    assert article.title == TJ_SUBTITLE


# -- 4. A headline in capitals under a quotation banner, over a numbered heading ------------
# (asiri.tj/index.php/news/612-...: the quote of the day with its source over the story)

QUOTE_TJ = (
    "Дӯсти хуб чун чароғ аст: дар шаби торик роҳатро равшан мекунад ва ҳеҷ гоҳ музд "
    "намехоҳад. Саид Комилов. Манбаъ: Раҳимов, Азиз. Суханҳои ҳикмат. – Душанбе: Адиб, 2010."
)
CAPS = "ИФТИТОҲИ ТОЛОРИ НАВИ ХОНИШ ДАР КИТОБХОНАИ ШАҲР"
STORY = (
    "Дар китобхонаи шаҳр толори нави хониш барои хонандагони ҷавон кушода шуд. Дар толор "
    "зиёда аз ҳазор китоби нав ҷой дода шуда, барои хонандагон шароити хуб фароҳам омадааст.\n"
)


def test_a_capitalised_headline_under_a_quotation_banner_is_taken_with_doubt() -> None:
    text = f"{QUOTE_TJ}\n\n{CAPS}\n\n1. «ТОЛОРИ ХОНИШИ ҶАВОНОН»\n\n{STORY}"
    article = jm.parse_article(text)
    assert article.title == CAPS
    assert "title-uncertain" in warning_codes(article)


def test_a_line_sharing_no_word_with_the_story_is_no_headline() -> None:
    # Near miss: the line under the banner shares no word with the paragraph below.
    other = "ВАЗЪИ ОБУ ҲАВО ДАР ВОДИИ ЗАРАФШОН"
    text = f"{QUOTE_TJ}\n\n{other}\n\n1. «ТОЛОРИ ХОНИШИ ҶАВОНОН»\n\n{STORY}"
    article = jm.parse_article(text)
    assert article.title is None
