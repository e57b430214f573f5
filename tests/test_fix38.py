"""Article IDs the address states plainly (issue #16, the fourth real sample): a language's
code between the item's segment and its ID, a query of the ID then a slug, a news item's
block key, an ID glued after the slug, and a post's ID after a day's date path."""

from __future__ import annotations

import pytest

import jalali_meta as jm

HEADLINE = "برگزاری نمایشگاه کتاب استان با حضور ناشران محلی"
BODY = (
    "نمایشگاه امسال با حضور بیش از صد ناشر از سراسر استان گشایش یافت و تا پایان هفته "
    "برای بازدید عموم باز است و برنامه‌های جانبی آن نیز اعلام شد."
)
PAGE = f"{HEADLINE}\n\n{BODY}\n"


def url_number(url: str) -> str | None:
    """The number read from the address of a page that prints none."""
    return jm.parse_article(PAGE, url=url).number


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # A language's code after the item's segment.
        ("https://ministry.example.af/news/ps/2381", "2381"),
        ("https://ministry.example.af/article/fa/96", "96"),
        # The whole query the ID, then the item's slug.
        ("https://uni.example.ac.ir/Portal/home/?523817/دستورالعمل-ثبت-نام-دانشجویان", "523817"),
        (
            "https://uni.example.ac.ir/Portal/home/?523817/%D8%AB%D8%A8%D8%AA-%D9%86%D8%A7%D9%85",
            "523817",
        ),
        # A news item's part as a query key.
        ("https://paper.example.com/Newspaper/Block?NewspaperBlockID=40712", "40712"),
        ("https://paper.example.com/show?NewsItemID=883", "883"),
        # An ID glued after the slug, after a day's folder or a day's path.
        ("https://agency.example.com/20220314/نشست-خبری-وزیر-امروز-9912344.html", "9912344"),
        ("https://radio.example.tr/dari/2022/05/02/sh-kh-wa-ra-2277310", "2277310"),
        # WordPress's post ID after a day's path.
        ("https://blog.example.net/fa/2022/03/14/5120/", "5120"),
        ("https://blog.example.net/2019/11/02/731/?amp=1", "731"),
        ("https://blog.example.net/1401/08/21/6402/", "6402"),
    ],
)
def test_address_states_the_id(url: str, expected: str) -> None:
    assert url_number(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        # A segment that is no language's code, or a list's segment before the code.
        "https://ministry.example.af/news/xy/2381",
        "https://ministry.example.af/tags/fa/2381",
        "https://ministry.example.af/fa/2381",
        # A query starting with a year, a date code or a short count, or with no slug.
        "https://uni.example.ac.ir/Portal/home/?1401/دستورالعمل-ثبت-نام",
        "https://uni.example.ac.ir/Portal/home/?20220314/دستورالعمل-ثبت-نام",
        "https://uni.example.ac.ir/Portal/home/?42/دستورالعمل-ثبت-نام",
        "https://uni.example.ac.ir/Portal/home/?523817/home",
        # A newspaper's page or a news category is no item.
        "https://paper.example.com/Newspaper/Page?NewspaperPageID=40712",
        "https://paper.example.com/list?NewsCategoryID=40712",
        # After a slug: a year, a port, a size, a phone number, a date, a short count.
        "https://agency.example.com/report-of-the-year-2024",
        "https://agency.example.com/run-the-server-on-8080",
        "https://agency.example.com/wallpaper-hd-size-1920-1080",
        "https://agency.example.com/call-our-office-02188776655",
        "https://agency.example.com/call-our-office-9121234567",
        "https://agency.example.com/news-of-the-day-20220314",
        "https://agency.example.com/top-stories-of-week-12",
        # A day's path then a year, an hour, a short count or a number with a leading zero.
        "https://blog.example.net/2022/03/14/2021/",
        "https://blog.example.net/2022/03/14/12/",
        "https://blog.example.net/2022/03/14/0512/",
        "https://blog.example.net/2022/03/5120/",
    ],
)
def test_address_states_no_id(url: str) -> None:
    assert url_number(url) is None


def test_slug_id_defers_to_an_earlier_id() -> None:
    """A long ID earlier in the path stays the item's; the slug's tail is not read."""
    assert url_number("https://agency.example.com/news/776512/نشست-خبری-وزیر-امروز-99123") == (
        "776512"
    )
