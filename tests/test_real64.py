"""real64: the general causes of real64's sample (docs/real_sample.md "A fifty-third sample").

- A persianblog post: its title, then «/ N نظر / M بازدید» (simasafa.persianblog.ir, #16): a
  line of counters run together is never the title.
- A governorate's print view: the headline, then the same headline broken into two lines
  over the body (shahinshahrmeimeh.gov.ir, #05): the whole headline is the title, not the
  copy's first piece.
- Joomla's address without SEF URLs, «?option=com_content&view=article&id=N:<creation
  time>» (edu.um.ac.ir, #20): the automatic alias in the ``id`` field gives the day, as the
  same alias in a path does.
- WordPress's numeric permalink under a Persian archives front, «/بایگانی/N» (yazarnews.ir,
  #21): N is the post's number.

The headlines and bodies are written for these tests on the real pages' layouts."""

from __future__ import annotations

import datetime

from tests.checks import warning_codes

import jalali_meta as jm

PARAGRAPH = (
    "اعضای انجمن در نشست این هفته درباره برنامه های تابستانی کتابخانه محله گفت و گو کردند و "
    "قرار شد کلاس های داستان خوانی برای کودکان از ماه آینده دو روز در هفته برگزار شود تا "
    "خانواده ها فرصت بیشتری برای آشنایی با کتاب داشته باشند."
)


# -- persianblog's counters line under the title (#16) ------------------------------------


def _persianblog(counters: str) -> str:
    # simasafa.persianblog.ir's post (#16): the post's title ending with four dots, the
    # counters line, a one-word line, the text.
    return (
        "باران پاییزی و خیابان خلوت....\n\n"
        f"{counters}\n"
        "یادداشت\n\n"
        "امروز عصر باران تندی گرفت و خیابان های اطراف خانه خلوت شد و بوی خاک خیس تا پشت پنجره "
        "آمد؛ شاید برای همین است که این روزها دلم برای قدم زدن های بی هدف تنگ شده است.\n"
    )


def test_persianblog_counters_line_is_not_the_title() -> None:
    text = _persianblog("/ 4 نظر / 15 بازدید")
    for record in (
        jm.parse_article(text),
        jm.parse_article(text, url="https://rainyday.persianblog.ir/7fQkLmPzWbXcVnR2sDtY-"),
    ):
        assert record.title == "باران پاییزی و خیابان خلوت...."


def test_persianblog_counters_line_neg_headline_with_counts_and_words() -> None:
    # A headline whose counts are followed by other words is a headline, kept as main reads it.
    text = (
        "۳ نظر درباره طرح ترافیک / ۶ پیشنهاد برای خیابان های مرکزی شهر\n\n"
        f"{PARAGRAPH}\n\n"
        "کارشناسان شهرداری گفتند نتیجه این بررسی تا پایان ماه به شورای شهر فرستاده می شود.\n"
    )
    record = jm.parse_article(text)
    assert record.title == "۳ نظر درباره طرح ترافیک / ۶ پیشنهاد برای خیابان های مرکزی شهر"


# -- a print view: the headline, then its copy broken into two lines (#05) ---------------


HEADLINE = "دیدار بخشدار با کشاورزان روستای قلعه نو درباره کمبود آب کشاورزی در فصل برداشت"


def _print_view(piece: str, rest: str) -> str:
    # shahinshahrmeimeh.gov.ir's print view (#05): the headline, a blank line, the headline
    # again in two lines (its first words, then its end reworded), a blank line, the body.
    return (
        f"{HEADLINE}\n\n"
        f"{piece}\n"
        f"{rest}\n\n"
        "بخشدار مرکزی شهرستان همراه با مدیر جهاد کشاورزی و نماینده امور آب از مزارع گندم و جو "
        "روستا بازدید کرد و در جمع کشاورزان از برنامه لایروبی کانال های آبرسانی خبر داد.\n"
        "گفتنی است با اجرای این طرح بخشی از آب هدررفته در مسیر کانال ها به مزارع باز می گردد و "
        "کشاورزان روستا در فصل برداشت با کمبود کمتری روبرو خواهند شد.\n"
    )


def test_print_view_headline_over_its_broken_copy_is_the_title() -> None:
    text = _print_view(
        "دیدار بخشدار با کشاورزان روستای قلعه نو درباره کمبود آب کشاورزی",
        "در روزهای پایانی فصل برداشت",
    )
    for record in (
        jm.parse_article(text),
        jm.parse_article(
            text, url="http://bakhshdari.example.gov.ir/912/دیدار-بخشدار-با/?print=print"
        ),
    ):
        assert record.title == HEADLINE


def test_print_view_headline_over_broken_copy_neg_other_ending() -> None:
    # The line under the copy's first words ends with another word than the headline: no
    # broken copy of it but a sub-heading over the body, which main takes (kept as it is).
    text = _print_view(
        "دیدار بخشدار با کشاورزان روستای قلعه نو درباره کمبود آب کشاورزی",
        "برنامه لایروبی کانال ها اعلام شد",
    )
    record = jm.parse_article(text)
    assert record.title == "برنامه لایروبی کانال ها اعلام شد"


# -- Joomla's automatic alias in the id field (#20) ----------------------------------------

NOTICE = (
    "به اطلاع دانشجویان دوره های شبانه می رساند مهلت ثبت درخواست مهمانی برای نیمسال آینده تا "
    "پایان هفته جاری است و درخواست هایی که پس از آن برسد بررسی نخواهد شد؛ دانشجویان برای "
    "پیگیری می توانند به دفتر آموزش دانشکده مراجعه کنند."
)


def test_joomla_query_alias_gives_the_day() -> None:
    record = jm.parse_article(
        NOTICE,
        url=(
            "https://edu.daneshgah.example.ac.ir/index.php?option=com_content&view=article"
            "&id=517:2021-03-02-06-10-44&catid=84:e&Itemid=631&lang=fa"
        ),
    )
    assert record.number == "517"
    assert record.published is not None
    assert record.published.gregorian == datetime.date(2021, 3, 2)
    assert "published-from-url" in warning_codes(record)


def test_joomla_query_alias_neg_category_view() -> None:
    # A list's view: its id is the category's, its alias no item's creation time.
    record = jm.parse_article(
        NOTICE,
        url=(
            "https://edu.daneshgah.example.ac.ir/index.php?option=com_content&view=category"
            "&id=84:2021-03-02-06-10-44&Itemid=631"
        ),
    )
    assert record.published is None


# -- WordPress's numeric permalink under «بایگانی» (#21) ----------------------------------

WATER = (
    "قیمت آب برای مشترکانی که بیش از الگوی مصرف دارند پلکانی افزایش می یابد و مشترکان کم مصرف "
    "همچنان از نرخ های پیشین بهره می برند.\n"
)


def test_persian_archives_front_gives_the_post_number() -> None:
    record = jm.parse_article(
        "جزئیات تعرفه تازه آب شهری اعلام شد\n\n" + WATER,
        url="http://shahrnews.example.ir/بایگانی/2317",
    )
    assert record.number == "2317"


def test_persian_archives_front_neg_other_segment() -> None:
    record = jm.parse_article(
        "جزئیات تعرفه تازه آب شهری اعلام شد\n\n" + WATER,
        url="http://shahrnews.example.ir/بایگانی-خبرها/2317",
    )
    assert record.number is None
