"""Values the page's address or its date line states plainly (issue #16): a vBulletin
thread's ID, a ``key=value`` path segment, a Jalali day as one path segment, and
«بامداد» with a morning hour."""

from __future__ import annotations

import pytest

import jalali_meta as jm

HEADLINE = "نشست هم‌اندیشی مدیران مدارس استان برگزار شد"
BODY = (
    "در این نشست که با حضور جمعی از مدیران برگزار شد، برنامه‌های سال تحصیلی بررسی شد و "
    "پیشنهادهای مدیران برای بهبود کیفیت آموزش به مسئولان ارائه شد."
)
PAGE = f"{HEADLINE}\n\n{BODY}\n"


def url_number(url: str) -> str | None:
    """The number read from the address of a page that prints none."""
    return jm.parse_article(PAGE, url=url).number


def url_path_day(url: str) -> jm.Timestamp | None:
    """The published day read from the address of a page that prints no date."""
    return jm.parse_article(PAGE, url=url).published


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://forum.example.ir/showthread.php?t=23301", "23301"),
        ("http://www.example.net/printthread.php?pp=40&t=23301", "23301"),
        ("http://www.example.ir/thread50948.html", "50948"),
        ("http://www.example.ir/thread812.html", "812"),
        ("http://www.example.ir/thread50948-3.html", "50948"),
        ("https://example.ir/1403-06-14/news=1509455", "1509455"),
        ("https://example.ir/content/postid=926", "926"),
    ],
)
def test_thread_and_key_value_ids(url: str, expected: str) -> None:
    """A forum thread's ID and an item key's ``key=value`` segment are the address's ID."""
    assert url_number(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "http://forum.example.ir/showthread.php?t=2010",  # a year as often as a thread
        "http://forum.example.ir/showthread.php?t=0123",
        "http://forum.example.ir/showthread.php?t=12&t=13",
        "http://forum.example.ir/forumdisplay.php?f=12",  # a forum's list
        "http://forum.example.ir/showthread.php",
        "http://www.example.ir/thread1399.html",
        "http://www.example.ir/threads.html",
        "http://www.example.ir/printthread.php?pp=40",
        "https://example.ir/list/page=12345",  # a page's number
        "https://example.ir/a/size=12345",
        "http://example.ir:8080/news/slug-words",  # a port
        "https://example.ir/news/nn36892939/slug-words",  # a prefixed code (page 402)
    ],
)
def test_thread_and_key_value_near_misses(url: str) -> None:
    """Years, lists, pages, sizes and ports are no thread's or item's ID."""
    assert url_number(url) is None


def test_forum_thread_number_in_article() -> None:
    article = jm.parse_article(PAGE, url="http://www.example.ir/thread50948.html")
    assert article.number == "50948"


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.ir/1403-06-14/news=1509455", "1403-06-14"),
        ("https://example.ir/archive/14030614/item-slug", "1403-06-14"),
    ],
)
def test_jalali_day_segment(url: str, day: str) -> None:
    """A Jalali day as one path segment before the item's is the address's day."""
    stamp = url_path_day(url)
    assert stamp is not None
    assert stamp.jalali_isoformat()[:10] == day


@pytest.mark.parametrize(
    "url",
    [
        "https://example.ir/1403-06-14/",  # a day's archive
        "https://example.ir/1403-06-14",
        "https://example.ir/news/14030614/slug",  # an item's ID as often
        "https://example.ir/1403-13-14/item",  # no such month
        "https://example.ir/1403-06-1/item",
        "http://www.example.com/iran/paper/20170928",  # a day ending the path: an archive
        "https://example.ir/news/20170928/slug",  # after an item's segment: an ID as often
        "https://example.ir/2017-13-28/item",  # no such month
    ],
)
def test_jalali_day_segment_near_misses(url: str) -> None:
    assert url_path_day(url) is None


def test_jalali_day_segment_published_when_page_prints_none() -> None:
    article = jm.parse_article(PAGE, url="https://example.ir/1403-06-14/news=1509455")
    assert article.published is not None
    assert article.published.jalali_isoformat()[:10] == "1403-06-14"
    assert "published-from-url" in {w.code for w in article.warnings}
    assert article.number == "1509455"


def test_jalali_day_segment_page_date_wins() -> None:
    text = f"{HEADLINE}\n۱۲ مهر ۱۴۰۲\n\n{BODY}\n"
    article = jm.parse_article(text, url="https://example.ir/1403-06-14/news=1509455")
    assert article.published is not None
    assert article.published.jalali_isoformat()[:10] == "1402-07-12"
    assert "published-from-url" not in {w.code for w in article.warnings}


@pytest.mark.parametrize(
    "url",
    [
        # A newspaper replica's edition day before the item (pressreader, tests/pages 1107).
        "http://www.example.com/iran/paper/20170928/2819689",
        # WordPress's day-and-name permalink (tests/pages 1075, 468, 740, 789).
        "https://example.com/2017/09/28/slug-words/",
        "https://example.ir/2017-09-28/news=2819689",
    ],
)
def test_gregorian_day_in_the_address_published_when_page_prints_none(url: str) -> None:
    """A Gregorian day in the item's own address is its day when the page prints no date;
    warned ``published-from-url``, as a Jalali date path is."""
    article = jm.parse_article(PAGE, url=url)
    assert article.published is not None
    assert article.published.isoformat() == "2017-09-28"
    assert article.evidence["published"] == "url"
    assert "published-from-url" in {w.code for w in article.warnings}


def test_gregorian_day_in_the_address_page_date_wins() -> None:
    text = f"{HEADLINE}\n۱۲ مهر ۱۴۰۲\n\n{BODY}\n"
    article = jm.parse_article(text, url="http://www.example.com/iran/paper/20170928/2819689")
    assert article.published is not None
    assert article.published.jalali_isoformat()[:10] == "1402-07-12"
    assert "published-from-url" not in {w.code for w in article.warnings}


@pytest.mark.parametrize(
    ("time", "expected"),
    [("۰۸:۱۵ بامداد", "08:15"), ("۱۱ بامداد", "11:00"), ("۱۲ بامداد", "00:00")],
)
def test_bamdad_morning_hours(time: str, expected: str) -> None:
    """News sites print «ساعت ۸ بامداد» for 8 a.m.: «بامداد» names 00-11."""
    stamp = jm.parse_datetime(f"۱۴ شهریور ۱۴۰۳ ساعت {time}")
    assert stamp.isoformat()[11:16] == expected


@pytest.mark.parametrize("time", ["۱۴:۰۰ بامداد", "۲۰:۰۰ بامداد"])
def test_bamdad_afternoon_refused(time: str) -> None:
    with pytest.raises(jm.DateError, match="day-part word"):
        jm.parse_datetime(f"۱۴ شهریور ۱۴۰۳ {time}")


def test_bamdad_date_line_published() -> None:
    text = f"{HEADLINE}\n۱۴ شهریور ۱۴۰۳ ساعت ۰۸:۱۵ بامداد\n\n{BODY}\n"
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.isoformat()[:16] == "2024-09-04T08:15"
    assert "invalid-date" not in {w.code for w in article.warnings}


def test_thread_print_view_with_session_stays_a_list() -> None:
    """A print view with a session's «s» reads as a search's list: no ID, warned (the print
    view shows several posts; its first is no sure title)."""
    url = "http://www.example.net/printthread.php?pp=40&s=f9a72123&t=23301"
    article = jm.parse_article(PAGE, url=url)
    assert article.number is None
    assert "listing-page" in {w.code for w in article.warnings}
