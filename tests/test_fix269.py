"""fix269: what real76 (the sixty-fifth real sample, docs/real_sample.md) found.

The layouts are real pages' (named in each test); every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

import jalali_meta as jm

KABUL = timezone(timedelta(hours=4, minutes=30))
TEHRAN = timezone(timedelta(hours=3, minutes=30))

# An Afghan Dari print view written with Arabic ي and ك (dari.wadsam.com, real76 #28):
# headline, «by NAME | Month D, YYYY H:MM AM», the report.
_DARI_PRINT = (
    "صادرات قالين دستباف 40 فيصد افزايش يافته است\n\n"
    "by Ahmad Karimi | March 3, 2014 9:05 AM\n\n"
    "اتاق تجارت از افزايش صادرات قالين دستباف در سال جاري خبر ميدهد.\n"
    "به گفته مسئولين اين اتاق، بازارهاي تازه در آسياي ميانه باز شده و تاجران از آن راضي هستند.\n"
)


@pytest.mark.parametrize("url", [None, "https://news-example.com/some-report/print"])
def test_afghan_dari_words_keep_kabul_clock(url: str | None) -> None:
    record = jm.parse_article(_DARI_PRINT, url=url)
    assert record.published is not None
    assert record.published.gregorian == datetime(2014, 3, 3, 9, 5, tzinfo=KABUL)


def test_one_dari_word_alone_keeps_tehran_clock_neg() -> None:
    # «قالین» once in an Iranian report: one word is no Afghan page (two are needed).
    text = (
        "نمایشگاه فرش دستباف در تبریز گشایش یافت\n\n"
        "by Ahmad Karimi | March 3, 2014 9:05 AM\n\n"
        "در این نمایشگاه چند قالین کهن از موزه ها به نمایش گذاشته شده است.\n"
        "بازدید از نمایشگاه برای همه علاقه مندان تا پایان هفته آزاد است.\n"
    )
    record = jm.parse_article(text)
    assert record.published is not None
    assert record.published.gregorian == datetime(2014, 3, 3, 9, 5, tzinfo=TEHRAN)


_BLOG_POST = (
    "کوچ عشایر در پاییز\n\n"
    "مسیر حرکت عشایر را نمی توان دقیق روی نقشه کشید و هر طایفه راه خود را دارد. "
    "خشکسالی گاهی آنها را به چراگاه های دورتر می برد.\n"
)


@pytest.mark.parametrize(
    "url", ["http://name-example.niloblog.com/p/15", "http://name-example.niloblog.com/p/15/"]
)
def test_niloblog_short_post_address_gives_number(url: str) -> None:
    assert jm.parse_article(_BLOG_POST, url=url).number == "15"


@pytest.mark.parametrize(
    "url",
    [
        "http://blog-example.com/p/15",  # another host: a list's page as often
        "http://name-example.niloblog.com/p/1402",  # a year
        "http://name-example.niloblog.com/news/p/2",  # deeper in the path
    ],
)
def test_p_number_elsewhere_gives_no_number_neg(url: str) -> None:
    assert jm.parse_article(_BLOG_POST, url=url).number is None


_TAJIK_BODY = (
    "Асали хуб ширин ва хушбӯй аст ва дар ҳавои сард зуд ғафс мешавад. "
    "Занбӯрпарварон онро дар охири тобистон ҷамъ меоранд.\n\n"
    "Дар деҳаҳои кӯҳӣ ин кор аз қадим маъмул буд ва имрӯз низ давом дорад.\n"
)


@pytest.mark.parametrize(
    "line",
    ["7 июля 2019 г., воскресенье", "7 июля 2019 г.", "7 июля 2019 года"],
)
def test_russian_year_mark_and_weekday_after_date(line: str) -> None:
    # moa.tj (real76 #15): «DD июня YYYY г., WEEKDAY» under the heading.
    record = jm.parse_article("Асалпарварӣ\n\n" + line + "\n\n" + _TAJIK_BODY)
    assert record.published is not None
    assert record.published.gregorian == date(2019, 7, 7)
    assert record.title == "Асалпарварӣ"
    assert not record.warnings


def test_russian_weekday_that_does_not_fit_is_warned() -> None:
    record = jm.parse_article("Асалпарварӣ\n\n7 июля 2019 г., понедельник\n\n" + _TAJIK_BODY)
    assert "weekday-mismatch" in {w.code for w in record.warnings}


_CRUMB_LEAD = (
    "در نشست معاونان ادارات کل در مشهد این رقم اعلام شد و معاون مسافری گفت "
    "که تاخیر قطارها در سال گذشته کمتر شده است.\n"
)


def test_breadcrumb_over_lead_repeating_headline_gives_headline() -> None:
    # rail-news.ir (real76 #21): «شما اینجا هستید» / «SECTION » HEADLINE» / «HEADLINE. ...».
    headline = "مسافران قطار در سال آینده دو برابر می شوند"
    text = f"شما اینجا هستید\nاخبار استان ها » {headline}\n\n{headline}. {_CRUMB_LEAD}"
    assert jm.parse_article(text).title == headline


def test_headline_with_guillemet_mark_kept_whole_neg() -> None:
    # The same shape with a lead that does not repeat the end: the line is kept whole.
    line = "اخبار استان ها » مسافران قطار در سال آینده دو برابر می شوند"
    text = f"شما اینجا هستید\n{line}\n\n{_CRUMB_LEAD}"
    assert jm.parse_article(text).title == line


_TAJIK_ARTICLE_BODY = (
    "Роҳҳои қадим деҳаҳоро бо шаҳрҳо мепайвастанд ва корвонҳо аз онҳо мегузаштанд. "
    "Дар канори роҳҳо работҳо сохта мешуданд, ки дар онҳо мусофирон истироҳат мекарданд. "
    "Бо гузашти вақт баъзе аз ин работҳо ба деҳаҳои калон табдил ёфтанд.\n"
)


def test_tajik_author_line_over_heading_gives_heading() -> None:
    # ign.tj (real76 #10): «NAME, POST ... АМИТ» / HEADLINE / (SUBTITLE) / body.
    text = (
        "Раҳимова Нигора, ходими илмии шуъбаи таърихи Институти таърих ба номи А. Дониши АМИТ\n"
        "Работҳо – манзилгоҳҳо\n"
        "(Ба муносибати Рӯзи роҳсоз)\n" + _TAJIK_ARTICLE_BODY
    )
    record = jm.parse_article(text)
    assert record.title == "Работҳо – манзилгоҳҳо"
    assert "title-uncertain" not in {w.code for w in record.warnings}


def test_tajik_sentence_naming_a_post_is_not_an_author_line_neg() -> None:
    # A paragraph «NAME, POST ..., said that ...» is the text, not the author line: the
    # headline over it stays the title.
    text = (
        "Работҳои роҳи кӯҳӣ\n\n"
        "Раҳимова Нигора, мудири шуъбаи таърих, зимни суҳбат гуфт, ки роҳҳои қадим "
        "деҳаҳоро бо шаҳрҳо мепайвастанд ва корвонҳо аз онҳо мегузаштанд.\n\n" + _TAJIK_ARTICLE_BODY
    )
    assert jm.parse_article(text).title == "Работҳои роҳи кӯҳӣ"
