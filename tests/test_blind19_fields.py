"""Numbers and dates found with the fifteenth and sixteenth blind batches (tests/pages 940-953,
960-979).

Each rule has a positive and a negative case; every positive case failed before its change
(code 189d9c2), every negative case passes on both.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.checks import warning_codes as _codes

import jalali_meta as jm

PAGE = "عنوان خبر آزمایشی\nمتن خبر آزمایشی که در اینجا نوشته شده است.\n"
TEHRAN_SUMMER = dt.timezone(dt.timedelta(hours=4, minutes=30))


def _number(url: str) -> str | None:
    return jm.parse_article(PAGE, url=url).number


# -- address IDs (_sources.url_number) -------------------------------------------------------


def test_spip_article_page_number() -> None:
    # 960/961: SPIP's «/article118.html».
    assert _number("https://kabulpress.org/article118.html") == "118"
    assert _number("https://x.af/spip/breve42.html") == "42"


@pytest.mark.parametrize(
    "url",
    [
        "https://kabulpress.org/rubrique12.html",  # a section: a list
        "https://kabulpress.org/auteur3.html",  # an author's list
        "https://kabulpress.org/article2007.html",  # reads as a year
        "https://kabulpress.org/article0118.html",  # leading zero
        "https://kabulpress.org/article118",  # no .html: «article484» stays too short
    ],
)
def test_spip_near_misses_give_no_number(url: str) -> None:
    assert _number(url) is None


def test_report_details_segment_names_an_item() -> None:
    # 967/979: «/report_details/122».
    assert _number("http://anbirnews.com/report_details/122") == "122"


@pytest.mark.parametrize(
    "url",
    [
        "http://anbirnews.com/reports/122",  # a list's or a section's number
        "http://anbirnews.com/report_details/",
        "http://anbirnews.com/report_details/122/page/2",
    ],
)
def test_report_near_misses_give_no_number(url: str) -> None:
    assert _number(url) is None


def test_art_id_query_key_names_the_article() -> None:
    # 968: «index.php?art_id=8046».
    assert _number("http://jumhuriyat.tj/index.php?art_id=8046") == "8046"
    assert _number("http://jumhuriyat.tj/index.php?art_id=8046&sid=3") == "8046"


@pytest.mark.parametrize(
    "url",
    [
        "http://jumhuriyat.tj/index.php?cat_id=8046",
        "http://jumhuriyat.tj/index.php?art=8046",
        "http://jumhuriyat.tj/page/2?art_id=5",
        "http://jumhuriyat.tj/index.php?art_id=8046&id=12",  # two item keys that differ
    ],
)
def test_art_id_near_misses_give_no_number(url: str) -> None:
    assert _number(url) is None


# -- hAtom's abbr.published (_html._Found) ---------------------------------------------------


def _blogger(abbr: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>Blog: عنوان پست آزمایشی</title></head>'
        '<body><h2 class="date-header">Thursday, December 15, 2011</h2>'
        '<div class="post"><h3 class="post-title">عنوان پست آزمایشی</h3>'
        '<div class="post-body"><p>متن پست آزمایشی که در اینجا نوشته شده است و ادامه دارد.</p>'
        f'</div><div class="post-footer">Posted by X <span class="post-timestamp">at {abbr}'
        "</span></div></div></body></html>"
    )


def test_abbr_published_title_is_the_machine_time() -> None:
    # 970: the blog's clock is US Pacific; the date header alone gave only the day.
    page = _blogger(
        '<abbr class="published" itemprop="datePublished" '
        'title="2011-12-15T10:47:00-08:00">10:47 AM</abbr>'
    )
    published = jm.parse_html(page).published
    assert published is not None
    assert published.gregorian.isoformat() == "2011-12-15T22:17:00+03:30"


def test_abbr_published_class_alone_is_read() -> None:
    page = _blogger('<abbr class="published" title="2011-12-15T10:47:00-08:00">10:47 AM</abbr>')
    published = jm.parse_html(page).published
    assert published is not None
    assert published.has_time


@pytest.mark.parametrize(
    "abbr",
    [
        '<abbr class="updated" title="2011-12-15T10:47:00-08:00">10:47 AM</abbr>',
        '<abbr title="2011-12-15T10:47:00-08:00">10:47 AM</abbr>',  # no hAtom class
        '<abbr class="published" title="ten to eleven">10:47 AM</abbr>',  # no date
    ],
)
def test_abbr_without_a_publication_time_keeps_the_day(abbr: str) -> None:
    published = jm.parse_html(_blogger(abbr)).published
    assert published is not None
    assert not published.has_time
    assert published.gregorian == dt.date(2011, 12, 15)


# -- North American summer zone names (_grammar / _patterns) ---------------------------------


def test_pdt_after_a_time_is_its_offset() -> None:
    # 975/977: «Posted: 20 Aug 2012 07:44 AM PDT» = 14:44 UTC = 19:14 in Tehran.
    stamp = jm.parse_datetime("20 Aug 2012 07:44 AM PDT")
    assert stamp.gregorian.isoformat() == "2012-08-20T19:14:00+04:30"
    assert jm.parse_datetime("2012-08-20 07:44 EDT").gregorian.isoformat() == (
        "2012-08-20T16:14:00+04:30"
    )
    text = "عنوان خبر آزمایشی\nPosted: 20 Aug 2012 07:44 AM PDT\nمتن خبر آزمایشی.\n"
    published = jm.parse_article(text).published
    assert published is not None
    assert published.gregorian.isoformat() == "2012-08-20T19:14:00+04:30"


@pytest.mark.parametrize(
    "text",
    [
        "20 Aug 2012 07:44 AM PST",  # Pakistan's and the Philippines' too
        "20 Aug 2012 07:44 AM EST",  # Australia's in older tz data
        "20 Aug 2012 07:44 AM CST",  # China's and Cuba's too
        "20 Aug 2012 07:44 AM pdt",  # lower case: not the abbreviation
        "20 Aug 2012 07:44 AM PDTX",
    ],
)
def test_ambiguous_or_unknown_zone_names_are_refused(text: str) -> None:
    with pytest.raises(jm.DateError):
        jm.parse_datetime(text)


# -- Arabic month pairs and weekdays (_patterns._MONTH, _header) ------------------------------


def test_arabic_month_pair_with_weekday_is_the_date() -> None:
    # 946/947: Joomla's Arabic locale «السبت, 05 أيلول/سبتمبر 2015 05:48».
    stamp = jm.parse_datetime("السبت, 05 أيلول/سبتمبر 2015 05:48")
    assert stamp.gregorian == dt.datetime(2015, 9, 5, 5, 48, tzinfo=stamp.gregorian.tzinfo)
    assert stamp.gregorian.utcoffset() == dt.timedelta(hours=4, minutes=30)
    assert jm.parse_datetime("05 كانون الثاني/يناير 2016").gregorian == dt.date(2016, 1, 5)
    text = "Print this page\nالسبت, 05 أيلول/سبتمبر 2015 05:48\n\nعن الغرفة\n\nمتن آزمایشی.\n"
    published = jm.parse_article(text).published
    assert published is not None
    assert published.gregorian.date() == dt.date(2015, 9, 5)


@pytest.mark.parametrize(
    "text",
    [
        "05 أيلول/أكتوبر 2015",  # two months' names
        "05 سبتمبر 2015",  # the Egyptian name alone: a near-miss of «سپتامبر»
        "05 آب 2015",  # the Levantine name alone («آب» is water in Persian)
    ],
)
def test_arabic_month_near_misses_are_no_date(text: str) -> None:
    with pytest.raises(jm.DateError):
        jm.parse_datetime(text)


def test_arabic_weekday_that_disagrees_is_refused() -> None:
    with pytest.raises(jm.DateError):
        jm.parse_datetime("الأحد, 05 أيلول/سبتمبر 2015")


def test_arabic_weekday_beside_a_lunar_date_stays_a_widget() -> None:
    text = (
        "شنبه ۱۴ مهر ۱۴۰۲ - السبت ۲۰ ربیع الاول ۱۴۴۵\n\nعنوان خبر آزمایشی\n"
        "متن خبر آزمایشی که در اینجا نوشته شده است.\n"
    )
    assert jm.parse_article(text).published is None


# -- a WordPress day-and-name address with the month printed (_article._url_candidates) --------

WP = "https://cheshmandaz.org/2020/06/17/some-slug/"
WP_PAGE = "عنوان یادداشت آزمایشی\n\n\nیک نویسنده\n\n{line}\n\nمتن یادداشت آزمایشی که ادامه دارد.\n"


@pytest.mark.parametrize("line", ["ژوئن 2020", "June 2020", "جون 2020"])
def test_address_day_with_the_printed_month(line: str) -> None:
    # 966: the page prints «ژوئن 2020»; the day is the address's.
    article = jm.parse_article(WP_PAGE.format(line=line), url=WP)
    assert article.published is not None
    assert article.published.gregorian == dt.date(2020, 6, 17)
    assert "published-from-url" in _codes(article)


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("ژوئیه 2020", WP),  # another month
        ("ژوئن 2019", WP),  # another year
        ("ژوئیه 2020", "https://cheshmandaz.org/2020/06/17/x-y/"),  # another month, any slug
        ("ژوئیه 2020", "https://cheshmandaz.org/2020/06/17/12345/"),  # an ID, another month
        # an ID under other folders (aftabir's «/news/article/view/2017/08/08/1746609»)
        ("ژوئن 2020", "https://cheshmandaz.org/news/view/2020/06/17/12345/"),
    ],
)
def test_address_day_near_misses(line: str, url: str) -> None:
    article = jm.parse_article(WP_PAGE.format(line=line), url=url)
    assert article.published is None


def test_address_day_before_a_post_id_from_the_root() -> None:
    # Decided in the 43rd session (fix265; a near miss before): WordPress builds the path
    # «/%year%/%monthnum%/%day%/%post_id%/» from the post's date whatever the last segment
    # is, so the day before an ID alone is the post's as before a slug.
    url = "https://cheshmandaz.org/2020/06/17/12345/"
    article = jm.parse_article(WP_PAGE.format(line="ژوئن 2020"), url=url)
    assert article.published is not None
    assert article.published.gregorian == dt.date(2020, 6, 17)
    assert "published-from-url" in _codes(article)


def test_address_day_on_a_page_printing_no_date() -> None:
    # No month printed and no date at all: the permalink's day is the post's, warned.
    article = jm.parse_article(WP_PAGE.format(line=""), url=WP)
    assert article.published is not None
    assert article.published.gregorian == dt.date(2020, 6, 17)
    assert "published-from-url" in _codes(article)


def test_a_printed_full_date_wins_over_the_address_day() -> None:
    article = jm.parse_article(WP_PAGE.format(line="18 ژوئن 2020"), url=WP)
    assert article.published is not None
    assert article.published.gregorian == dt.date(2020, 6, 18)


# -- a date header in the address's month under a timeline (_article._date_line_in_url_month) --

TIMELINE = (
    "Wednesday, December 30, 2015\n\nعنوان گاه‌شمار آزمایشی\n\n"
    "۲ آوریل ۱۹۸۱\nنخستین رویداد این گاه‌شمار در این سال رخ داد و ادامه یافت.\n"
    "۱۵ سپتامبر ۱۹۸۶\nرویداد دوم این گاه‌شمار در این سال رخ داد و ادامه یافت.\n"
)
BLOG = "http://x.blogspot.com/2015/12/blog-post_33.html"


def test_date_header_in_the_address_month_wins_over_a_timeline() -> None:
    # 964: the timeline's first entry was chosen, then dropped as outside /2015/12/.
    article = jm.parse_article(TIMELINE, url=BLOG)
    assert article.published is not None
    assert article.published.gregorian == dt.date(2015, 12, 30)
    assert "published-conflict" in _codes(article)


@pytest.mark.parametrize(
    "text",
    [
        TIMELINE.replace("Wednesday, December 30, 2015", "Friday, November 27, 2015"),
        # two days inside the month: which one is the post's?
        TIMELINE.replace("۱۵ سپتامبر ۱۹۸۶", "۲۹ دسامبر ۲۰۱۵"),
    ],
)
def test_no_single_date_line_in_the_address_month_gives_none(text: str) -> None:
    assert jm.parse_article(text, url=BLOG).published is None
