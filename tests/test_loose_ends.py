"""Loose ends where the library was silently wrong or silently empty on a real page shape
(round fix24), each with a positive and a negative case."""

from __future__ import annotations

import pytest
from tests.checks import iso, to_minute
from tests.checks import warning_code_list as codes

import jalali_meta as jm

HEADLINE = "کتابخانه‌های روستایی در استان ساخته می‌شوند"
BODY = (
    "\nوالی استان در دیدار با مسئولان فرهنگی از برنامه‌های تازه این اداره برای سال آینده "
    "سخن گفت و افزود که کتابخانه‌های کوچک در روستاها ساخته خواهد شد.\n"
    "او گفت که این برنامه با همکاری وزارت فرهنگ اجرا می‌شود و هزینه آن از بودجه "
    "عادی استان پرداخته خواهد شد و گزارش کار هر سه ماه یک بار منتشر می‌شود.\n"
)


def published(article: jm.Article) -> str | None:
    """The published value as the page goldens write it."""
    return to_minute(iso(article.published))


# -- 1: a time in a zone abbreviation that names several offsets ------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Posted: 20 Aug 2012 07:44 AM PST", "2012-08-20"),
        ("Posted: 20 Aug 2012 10:00 EST", "2012-08-20"),
        ("20 Aug 2012 10:00 CST", "2012-08-20"),
        ("20 Aug 2012 10:00 BST", "2012-08-20"),
        ("تاریخ انتشار: ۲۰ مرداد ۱۳۹۱ ساعت ۱۰:۰۰ PST", "2012-08-10"),
    ],
)
def test_unread_zone_keeps_the_day_with_a_warning(line: str, day: str) -> None:
    """«07:44 AM PST»: PST is also Pakistan's and the Philippines'; the time is not read (not
    as Tehran's, not as a guessed offset), the day printed is kept, date only, warned."""
    article = jm.parse_article(HEADLINE + "\n" + line + BODY)
    assert published(article) == day
    assert codes(article) == ["zone-unread"]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("20 Aug 2012 10:00 GMT", "2012-08-20T14:30+04:30"),
        ("20 Aug 2012 10:00 UTC", "2012-08-20T14:30+04:30"),
        ("20 Aug 2012 10:00 GMT+2", "2012-08-20T12:30+04:30"),
        ("Posted: 20 Aug 2012 07:44 AM PDT", "2012-08-20T19:14+04:30"),
        ("20 Aug 2012 10:00", "2012-08-20T10:00+04:30"),
    ],
)
def test_zone_of_one_offset_is_read_exactly(line: str, value: str) -> None:
    """GMT, UTC, GMT+2, PDT each name one offset: the time is read in it, no warning."""
    article = jm.parse_article(HEADLINE + "\n" + line + BODY)
    assert published(article) == value
    assert codes(article) == []


def test_unread_zone_in_strict_mode_raises() -> None:
    """Strict mode refuses the date rather than keep the day without its time."""
    with pytest.raises(jm.DateError, match="PST"):
        jm.parse_article(HEADLINE + "\nتاریخ انتشار: 20 Aug 2012 07:44 AM PST" + BODY, strict=True)


def test_parse_datetime_refuses_an_unread_zone_and_reads_gmt() -> None:
    """parse_datetime names the zone it cannot read; GMT is read exactly."""
    with pytest.raises(jm.DateError, match="'EST'"):
        jm.parse_datetime("20 Aug 2012 10:00 EST")
    assert jm.parse_datetime("20 Aug 2012 10:00 GMT").isoformat() == "2012-08-20T14:30:00+04:30"


def test_find_dates_leaves_out_a_time_in_an_unread_zone() -> None:
    """find_dates gave 07:44 as Tehran's time (wrong by hours); now the date is left out, while a
    date with a readable zone, or none, is still found."""
    text = "Posted: 20 Aug 2012 07:44 AM PST. Updated 21 Aug 2012 10:00 GMT and 22 Aug 2012."
    found = [ts.isoformat() for ts in jm.find_dates(text)]
    assert found == ["2012-08-21T14:30:00+04:30", "2012-08-22"]


def test_capital_word_after_a_time_is_no_zone() -> None:
    """A word that only starts like an abbreviation («WESTERN») is not a zone: as before."""
    assert jm.find_dates("20 Aug 2012 10:00 WESTERN")[0].isoformat() == "2012-08-20T10:00:00+04:30"


# -- 2: an address's bare year-like number after an item's segment ----------------------------

PAGE = HEADLINE + BODY


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("https://example.ir/news/2019", "2019"),
        ("https://example.ir/fa/news/1400/", "1400"),
        ("https://example.ir/posts/2019", "2019"),
        ("https://example.ir/Articles/1399", "1399"),
    ],
)
def test_bare_year_like_id_is_kept_with_a_warning(url: str, number: str) -> None:
    """«/news/2019» alone, after a segment that also names a collection: item 2019 on an
    article's page, but a year archive's address looks the same: kept, warned."""
    article = jm.parse_article(PAGE, url=url)
    assert article.number == number
    assert codes(article) == ["number-year-like"]


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("https://example.ir/news/2070/slug-of-the-item", "2070"),  # an item's permalink
        ("https://example.ir/report_details/2019", "2019"),  # a page of one item
        ("https://example.ir/post_details/1400", "1400"),
        ("https://moph.gov.af/en/node/1318", "1318"),  # Drupal's node: always one item
        ("https://example.ir/news/2019.html", "2019"),  # a file: an item's page
        ("https://example.ir/news/1234", "1234"),  # no year
        ("https://example.ir/news/2100", "2100"),  # past the years read
        ("https://example.ir/fa/news/1127305/", "1127305"),
    ],
)
def test_id_that_is_no_bare_year_is_not_warned(url: str, number: str) -> None:
    """The near misses: a slug or extension after the number, a segment that names one item
    (a details page, Drupal's node: never a year archive), or a number no year."""
    article = jm.parse_article(PAGE, url=url)
    assert article.number == number
    assert codes(article) == []


def test_printed_number_wins_over_a_year_like_address_without_a_warning() -> None:
    """The page prints its own ID: the address's doubtful one is not used, nothing to warn."""
    article = jm.parse_article(HEADLINE + "\nکد خبر: ۷۷۸۸" + BODY, url="https://x.ir/news/2019")
    assert article.number == "7788"
    assert codes(article) == []


# -- 3: a quote's attribution with its date in brackets, not a site's dateline ----------------

COUNCIL = "شورای شهر بودجه سال آینده را بررسی کرد"
LEAD = (
    " به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده گفت‌وگو شد.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "امام خمینی (یکشنبه ۲۲ بهمن ۱۳۵۷):",
        "آیت الله طالقانی (یکشنبه ۲۲ بهمن ۱۳۵۷):",
        "آیت‌الله طالقانی (یکشنبه ۲۲ بهمن ۱۳۵۷):",
        "دکتر شریعتی (یکشنبه ۲۲ بهمن ۱۳۵۷):",
    ],
)
def test_quote_attribution_is_no_dateline(opening: str) -> None:
    """A person's title before the brackets: a quote and the day it was said, not the day
    the page was published (the page prints no other date: published stays None)."""
    article = jm.parse_article(f"{COUNCIL}\n\n{opening}{LEAD}")
    assert article.published is None


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("آسواکانیوز(پنجشنبه/۸میزان/۱۴۰۰):", "2021-09-30"),
        ("کابل نیوز (سه‌شنبه ۱۳ میزان ۱۴۰۰):", "2021-10-05"),
        ("امام‌نیوز (سه‌شنبه ۱۳ میزان ۱۴۰۰):", "2021-10-05"),  # a site's name, one word
        ("غزنی (پژواک، ۲۲ اسد ۱۴۰۱):", "2022-08-13"),
    ],
)
def test_site_dateline_is_still_read(opening: str, day: str) -> None:
    """A site's or an agency's dateline of the same shape is still the published day."""
    article = jm.parse_article(f"{COUNCIL}\n\n{opening}{LEAD}")
    assert published(article) == day
    assert codes(article) == []
