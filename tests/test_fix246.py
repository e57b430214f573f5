"""fix246: what blind88 found (tests/pages 2330-2349), by general rules.

- Joomla's automatic alias in the Jalali calendar (a Persian language pack's date class:
  forsat-online.ir's «/index.php/<menu>/153-<category>/<category's alias>/12047-1397-04-23-
  08-12-45.html», blind88 #15/#16): the item's ID is the one before the alias, never the
  category's before it, and the alias's day is the item's when the page prints no date.
- A post signature between a row of tool links and the comments-feed sentence
  (irane-ziba.kowsarblog.ir's footer, blind88 #4): «نسخه قابل چاپ | ورود نوشته شده توسط NAME
  در DATE ساعت TIME ق.ظ . دنبال کردن نظرات این نوشته از طریق RSS 2.0. |».
- ParsiBlog's signature «ارسال شده توسط NAME در 87/10/15:: 9:40 صبح» (daftareabi.parsiblog.com,
  blind88 #13): «sent» for «written», and a two-digit year read there, warned.
- A static page's name printed twice over its content's heading that spells it out
  (iranbadminton.org, blind88 #3): the name is the page's title.

The headlines, names and bodies are written for these tests; the values changed.
"""

from __future__ import annotations

import datetime

import jalali_meta as jm
from jalali_meta.testing import url_number

# -- (1) Joomla's Jalali alias ------------------------------------------------------------

_JOOMLA = "https://shahr-news.example.ir/index.php/اخبار/87-culture/1391-05-02-10-11-12/"


_UNDATED = (
    "کارگاه آموزش باغبانی شهری در فرهنگسرای محله برگزار شد\n"
    "کارگاه آموزش باغبانی شهری با همکاری فرهنگسرای محله و انجمن دوستداران گیاه برگزار شد.\n"
    "این کارگاه که ساعت 17 روز دوشنبه 12 آبان ماه برگزار شد با استقبال شهروندان همراه بود "
    "و شرکت کنندگان با روش کاشت سبزی در گلدان آشنا شدند.\n"
    "گفتنی است دوره بعدی کارگاه تا پایان آذر ماه اعلام می شود.\n"
)


def test_jalali_alias_names_the_item_not_the_category() -> None:
    assert url_number(_JOOMLA + "20561-1399-08-14-09-05-33.html") == "20561"


def test_joomla_item_with_jalali_alias_and_no_printed_date() -> None:
    article = jm.parse_article(_UNDATED, url=_JOOMLA + "20561-1399-08-14-09-05-33.html")
    assert article.number == "20561"
    assert article.published is not None
    assert article.published.jalali_date == (1399, 8, 14)
    assert article.published.isoformat()[:10] == "2020-11-04"


def test_jalali_alias_late_in_the_day_gives_no_day() -> None:
    # From 19:30 the stamp may be the next day in Tehran: no day (as for a Gregorian alias).
    article = jm.parse_article(_UNDATED, url=_JOOMLA + "20561-1399-08-14-20-05-33.html")
    assert article.number == "20561"
    assert article.published is None


def test_gregorian_alias_read_past_its_suffix() -> None:
    url = "http://x.example.ir/index.php/news/808-2018-03-15-16-21-09.html"
    article = jm.parse_article(_UNDATED, url=url)
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2018-03-15"


# -- (2) a signature between tool links and the comments-feed sentence --------------------

_BODY = (
    "نمایشگاه صنایع دستی روستا گشایش یافت\n"
    "نمایشگاه صنایع دستی روستا با حضور هنرمندان بومی در خانه فرهنگ گشایش یافت.\n"
    "دهیار روستا گفت: در این نمایشگاه فرش، گلیم و سفال بافندگان و سازندگان روستا به نمایش "
    "گذاشته شده و بازدید از آن برای همه آزاد است.\n"
)


def test_signature_between_tool_links_and_feed_sentence() -> None:
    footer = (
        "نسخه قابل چاپ | ورود نوشته شده توسط مریم نیک نام در 1399/05/20 ساعت 10:25:00 ق.ظ . "
        "دنبال کردن نظرات این نوشته از طریق RSS 2.0. |"
    )
    article = jm.parse_article(_BODY + footer + "\n")
    assert article.published is not None
    assert article.published.jalali_date == (1399, 5, 20)
    stamp = article.published.gregorian
    assert isinstance(stamp, datetime.datetime)
    assert stamp.utcoffset() == datetime.timedelta(hours=4, minutes=30)  # summer 1399
    assert (stamp.hour, stamp.minute) == (10, 25)


def test_signature_of_sent_by_with_a_four_digit_year() -> None:
    footer = "ارسال شده توسط مریم نیک نام در 1390/11/03:: 6:10 عصر"
    article = jm.parse_article(_BODY + "\n" + footer + "\n")
    assert article.published is not None
    assert article.published.jalali_date == (1390, 11, 3)
    stamp = article.published.gregorian
    assert isinstance(stamp, datetime.datetime)
    assert (stamp.hour, stamp.minute) == (18, 10)


# -- (3) ParsiBlog's signature with a two-digit year -----------------------------------------


def test_parsiblog_signature_with_two_digit_year_is_read_and_warned() -> None:
    text = (
        "سفارش تبلیغ\n\n"
        "خاطره ای از کوچه باغ های قدیم\n\n"
        "ارسال شده توسط پرویز ساعدی در 88/02/11:: 7:15 عصر\n\n"
        "کوچه باغ های محله ما در بهار سال 1355 پر از بوی اقاقیا بود و بچه ها تا غروب در آنها "
        "بازی می کردند و کسی نگران دیر رسیدن به خانه نبود\n"
    )
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.jalali_date == (1388, 2, 11)
    assert "two-digit-year" in {warning.code for warning in article.warnings}


def test_two_digit_date_in_running_text_stays_unread() -> None:
    # Not a signature: a sentence naming a day with a two-digit year is no date of the post.
    text = (
        "خاطره ای از کوچه باغ های قدیم\n\n"
        "پدرم می گفت نامه را ارسال شده در 88/02/11 ساعت 7:15 عصر دیده است و آن روز باران "
        "تندی می بارید و همه در خانه مانده بودند و کسی به کوچه نرفت\n"
    )
    article = jm.parse_article(text)
    assert article.published is None


# -- (4) a page's name printed twice over its content's heading ----------------------------

_PAGE = (
    "اهداف انجمن\n\n"
    "  • صفحات\n\n"
    "اهداف انجمن\n\n \n\n"
    "اهداف انجمن دوستداران طبیعت استان سمنان\n\n"
    "این انجمن در سال های نخست با گروهی از معلمان و دانشجویان کار خود را آغاز کرد و برنامه های "
    "پاکسازی کوه و دشت را در تعطیلات برگزار می کرد. در سال های بعد شمار اعضا بیشتر شد و "
    "کارگاه های آموزشی برای دانش آموزان نیز به برنامه ها افزوده شد.\n"
)


def test_page_name_printed_twice_over_its_heading_is_the_title() -> None:
    assert jm.parse_article(_PAGE).title == "اهداف انجمن"


def test_slug_spelling_the_heading_keeps_the_heading() -> None:
    url = "https://anjoman.example.ir/page/اهداف-انجمن-دوستداران-طبیعت-استان-سمنان"
    article = jm.parse_article(_PAGE, url=url)
    assert article.title == "اهداف انجمن دوستداران طبیعت استان سمنان"


def test_name_printed_once_over_its_heading_leaves_the_heading() -> None:
    once = _PAGE.replace("اهداف انجمن\n\n  • صفحات\n\n", "", 1)
    assert jm.parse_article(once).title == "اهداف انجمن دوستداران طبیعت استان سمنان"


def test_sent_by_without_a_time_under_the_body_is_a_comment_not_the_post() -> None:
    # «ارسال شده توسط NAME در DATE» with no time heads readers' comments as often: an undated
    # post with two such comments has no publication date (attacks27's shape).
    text = (
        _BODY
        + "\nارسال شده توسط علی رضایی در ۱۳ اسفند ۱۴۰۲\n"
        + "نمایشگاه خوبی بود و امیدوارم سال بعد هم برگزار شود.\n\n"
        + "ارسال شده توسط سارا مرادی در ۱۴ اسفند ۱۴۰۲\n"
        + "کاش غرفه های بیشتری برای سفالگران در نظر گرفته می شد.\n"
    )
    assert jm.parse_article(text).published is None


def test_name_printed_twice_with_nothing_between_is_a_masthead() -> None:
    # Two prints of a name with no breadcrumb between are a site's masthead over a headline that
    # opens with the site's name (attacks41's shape): the headline stays.
    page = _PAGE.replace("  • صفحات\n\n", "", 1)
    assert jm.parse_article(page).title == "اهداف انجمن دوستداران طبیعت استان سمنان"
