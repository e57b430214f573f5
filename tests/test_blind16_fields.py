"""Numbers and dates found with the thirteenth blind batch (tests/pages 900-919).

Each rule has a positive and a negative case; every positive case failed before its change
(code d7a2f6a), every negative case passes on both.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.checks import warning_codes as _codes

import jalali_meta as jm

MARKDOWN_DIR = Path(__file__).with_name("pages_markdown")
PAGE = "عنوان خبر آزمایشی\nمتن خبر آزمایشی که در اینجا نوشته شده است.\n"


def _number(url: str) -> str | None:
    return jm.parse_article(PAGE, url=url).number


def _published(line: str) -> jm.Timestamp | None:
    return jm.parse_article(f"عنوان خبر آزمایشی\n{line}\nمتن خبر آزمایشی.\n").published


# -- a named item key beside another «...id» field (_sources.url_number, step 3) -------------


def test_article_key_a_id_names_the_item_beside_a_section_sid() -> None:
    # 904/914: a Yektaweb journal's «browse.php?a_id=6062&sid=1».
    url = "http://jams.arakmu.ac.ir/browse.php?a_id=6062&sid=1&slc_lang=fa&html=1"
    assert _number(url) == "6062"


def test_named_item_key_beside_an_unknown_id_field_is_read() -> None:
    assert _number("https://x.ir/show.php?NewsID=70191&ServiceID=3") == "70191"


def test_generic_id_beside_sid_stays_a_doubt() -> None:
    # «id» says nothing of what it numbers: a section's 9 or the item's 1553?
    assert _number("http://ardakan.ir/SC.php?type=component_sections&id=9&sid=1553") is None


def test_sid_alone_is_no_id() -> None:
    assert _number("http://x.ir/browse.php?sid=1&slc_lang=fa") is None


def test_two_named_item_keys_that_differ_give_none() -> None:
    assert _number("http://x.ir/browse.php?a_id=6062&newsid=5") is None


# -- a vBulletin archive's thread (_sources._archive_thread) ---------------------------------


def test_vbulletin_archive_thread_id() -> None:
    # 905/913
    assert _number("https://nokhbegan.co/forum/archive/index.php/t-59540.html") == "59540"
    assert _number("https://forum.example.ir/archive/index.php/t-59540.html") == "59540"


def test_vbulletin_archive_forum_list_is_no_id() -> None:
    assert _number("https://nokhbegan.co/forum/archive/index.php/f-12.html") is None
    assert _number("https://nokhbegan.co/forum/archive/index.php") is None


def test_vbulletin_archive_thread_that_reads_as_a_year_is_not_read() -> None:
    assert _number("https://nokhbegan.co/forum/archive/index.php/t-2010.html") is None


def test_archive_thread_shape_off_a_forum_is_not_read() -> None:
    assert _number("https://example.ir/archive/index.php/t-59540.html") is None


# -- English ordinal days (_patterns._EN_ORDINAL) ---------------------------------------------


def test_english_ordinal_day_with_time() -> None:
    # 905/913: a vBulletin post's «21st April 2010, 02:10 AM».
    stamp = _published("21st April 2010, 02:10 AM")
    assert stamp is not None
    assert stamp.gregorian == dt.datetime(2010, 4, 21, 2, 10, tzinfo=stamp.gregorian.tzinfo)
    assert stamp.gregorian.isoformat() == "2010-04-21T02:10:00+04:30"


def test_english_ordinal_suffixes_agree_with_the_day() -> None:
    for line, day in (("2nd May 2012", 2), ("3rd May 2012", 3), ("11th May 2012", 11)):
        stamp = _published(line)
        assert stamp is not None, line
        assert stamp.gregorian == dt.date(2012, 5, day), line
    stamp = _published("May 22nd, 2012")
    assert stamp is not None
    assert stamp.gregorian == dt.date(2012, 5, 22)


def test_english_ordinal_suffix_that_disagrees_is_no_date() -> None:
    assert _published("22st April 2010") is None
    assert _published("11st April 2010") is None
    assert _published("21sts April 2010") is None


# -- a site's name glued to its bracketed weekday dateline (_header.DATELINE) -----------------

_LEAD = "محموله‌ای از کمک‌های زمستانی امروز به مزارشریف رسید و به مسئولان محلی سپرده شد."


def _dated_lead(opening: str) -> jm.Article:
    return jm.parse_article(f"نخستین محموله کمک‌های زمستانی رسید\n\n{opening} {_LEAD}\n")


def test_site_name_glued_to_its_bracketed_weekday_dateline() -> None:
    # 918/919: «آسواکانیوز(پنجشنبه/۸میزان/۱۴۰۰):»
    article = _dated_lead("آسواکانیوز(پنجشنبه/۸میزان/۱۴۰۰):")
    assert article.published is not None
    assert article.published.gregorian == dt.date(2021, 9, 30)
    assert article.evidence["published"] == "dateline"


def test_site_name_spaced_before_its_bracketed_weekday_dateline() -> None:
    article = _dated_lead("آسواکانیوز (پنجشنبه/۸میزان/۱۴۰۰):")
    assert article.published is not None
    assert article.published.gregorian == dt.date(2021, 9, 30)


def test_bracketed_date_without_a_weekday_after_a_name_is_no_dateline() -> None:
    # «قانون (۸میزان/۱۴۰۰):» may name a law's or a decision's date, not the report's.
    assert _dated_lead("آسواکانیوز(۸میزان/۱۴۰۰):").published is None


def test_bracketed_weekday_date_after_three_words_is_no_dateline() -> None:
    assert _dated_lead("جلسه بعدی هیئت (پنجشنبه/۸میزان/۱۴۰۰):").published is None


def test_bracketed_weekday_date_without_a_colon_is_no_dateline() -> None:
    assert _dated_lead("آسواکانیوز(پنجشنبه/۸میزان/۱۴۰۰)").published is None


# -- a user name is no title; a title longer than a headline warns (_article) ----------------

_POST = (
    "{name}\n\n21 April 2010\n\n"
    "نام نخستین ماه سال از فروشی ها گرفته شده است و به باور ایرانیان کهن روان نیاکان "
    "در روزهای پایانی سال به خانه ها باز می گشتند.\n"
)


def test_user_name_joined_by_underscore_is_no_title() -> None:
    # 913 as extracted: a forum post's author over its date.
    article = jm.parse_article(_POST.format(name="نیلوفر_آبی"))
    assert article.title != "نیلوفر_آبی"


def test_two_words_with_a_space_may_be_a_title() -> None:
    assert jm.parse_article(_POST.format(name="نیلوفر آبی")).title == "نیلوفر آبی"


_NOTICE = (
    "توجه ! این یک نسخه آرشیو شده میباشد و در این حالت شما عکسی را مشاهده نمیکنید برای "
    "مشاهده کامل متن و عکسها بر روی لینک مقابل کلیک کنید : نام ماههای ایرانی و ریشه آنها"
)


# A long statement of more than a headline's words (the length test's near miss; fix37 reads
# the forum notice that served here before by its own rule).
_STATEMENT = (
    "سخنگوی شورای شهر گفت در سال آینده همه محله های شهر از کتابخانه و سالن ورزشی و پارک "
    "برخوردار خواهند شد و بودجه این طرح ها در لایحه تازه شهرداری پیش بینی شده است"
)


def test_title_longer_than_a_headline_warns() -> None:
    # 913's Markdown (html2text): once its date line is read, the archive notice of 31 words
    # above it was taken as the headline without a doubt. Since fix37 the notice gives the
    # thread's title it ends with; never the whole notice silently.
    path = next(MARKDOWN_DIR.glob("913_*.markdown"))
    url = "https://nokhbegan.co/forum/archive/index.php/t-59540.html"
    article = jm.parse_article(path.read_text(encoding="utf-8"), url=url)
    assert article.title != _NOTICE
    assert article.title in (None, "نام ماههای ایرانی و ریشه آنها") or (
        "title-uncertain" in _codes(article)
    )


def test_long_line_printed_once_over_a_date_is_warned() -> None:
    # A line longer than any headline, printed once over the date line: taken for want of a
    # better one, with the doubt for its length (the forum notice is read by its own rule).
    body = _POST.format(name="x").split("\n\n", 1)[1]
    article = jm.parse_article(f"{_STATEMENT}\n\n{body}")
    assert article.title is None or "title-uncertain" in _codes(article)


def test_headline_of_headline_length_is_not_warned() -> None:
    page = "نخستین محموله کمک‌های زمستانی قزاقستان به مزارشریف رسید\n\n۸ میزان ۱۴۰۰\n\n" + _LEAD
    article = jm.parse_article(page + "\n")
    assert article.title == "نخستین محموله کمک‌های زمستانی قزاقستان به مزارشریف رسید"
    assert "title-uncertain" not in _codes(article)


def test_long_title_printed_twice_is_not_warned() -> None:
    # The notice's length printed twice over the date line is a long headline (a quoted
    # statement): no doubt for its length.
    body = _POST.format(name="x").split("\n\n", 1)[1]
    article = jm.parse_article(f"{_STATEMENT}\n\n{_STATEMENT}\n\n{body}")
    assert article.title == _STATEMENT
    assert "title-uncertain" not in _codes(article)
