"""Titles on pages that print none of their own (fix39).

Four shapes, each with a near miss that must keep its value:

- a print view (DNN NewsArticles «Print.aspx», irimc.org) prints the portal's name first,
  which its <title> repeats, then a date label, a kicker ending with a colon and the lead:
  no headline, and the name is the site's;
- a section's day archive («/z/1696/2018/4/25», ir.voanews.com) shows its first post in full
  and the day's other posts by headline and excerpt: the first headline is the first post's;
- script and browser noise over the page («Loading...», «شما از نسخه قدیمی این مرورگر
  استفاده می‌کنید ...», zendegionline.ir) is chrome, never the headline nor the running text;
- a full date over a day-and-month badge of another day («یکشنبه 18 شهریور 1403 - 04:08» over
  «29» / «اردیبهشت») is the site's banner of the day the page was served.

The pages are written for this file.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

pytest.importorskip("selectolax")

_LEAD = (
    "مدیرکل بهداشت استان از شهرداری‌ها خواست فهرست مراکز درمانی شبانه‌روزی را پیش از آغاز "
    "تعطیلات در ایستگاه‌های اتوبوس و پایانه‌های مسافربری نصب کنند تا مسافران سرگردان نشوند."
)
_BODY = (
    "در این نامه آمده است که هر شهرستان باید برنامه کشیک داروخانه‌ها را با هماهنگی فرمانداری "
    "تنظیم کند و نشانی مراکز فعال را در پایگاه اینترنتی خود منتشر کند تا مردم بتوانند در "
    "روزهای تعطیل به نزدیک‌ترین مرکز مراجعه کنند."
)


def _print_view(first: str, title_tag: str) -> str:
    return (
        f"<html><head><title>{title_tag}</title></head><body><form>"
        f'<div class="portal-name"><b>{first}</b></div>'
        '<span class="articleDate">تاریخ: 12 اسفند 1395</span>'
        "<div><p><strong>در نامه مدیرکل بهداشت استان به شهرداری‌ها:</strong></p>"
        f"<p>{_LEAD}</p></div><div><p>{_BODY}</p></div></form></body></html>"
    )


def test_print_view_site_name_over_a_kicker_gives_no_title() -> None:
    """The portal's name (<title> and first line) over a kicker with a colon: no title."""
    name = "اداره کل بهداشت استان"
    article = jm.parse_html(_print_view(name, name), url="https://example.ir/Print.aspx?id=7")
    assert article.title is None
    assert "title-uncertain" in {notice.code for notice in article.warnings}


def test_print_view_headline_naming_an_institution_stays() -> None:
    """A headline that opens with an institution's name and states an event is a headline."""
    headline = "اداره کل بهداشت استان فهرست مراکز شبانه‌روزی را اعلام کرد"
    article = jm.parse_html(_print_view(headline, headline))
    assert article.title == headline


_FIRST = "وزیر کشاورزی در اصفهان: طرح انتقال آب به دشت‌های شرقی تا پاییز به پایان می‌رسد"
_CAPTION = "بازدید وزیر کشاورزی از ایستگاه پمپاژ در شرق اصفهان - ۱۲ مهر ۱۳۹۷"
_FULL = (
    "وزیر کشاورزی روز پنجشنبه در بازدید از ایستگاه پمپاژ گفت لوله‌گذاری بخش نخست طرح انجام "
    "شده و آبرسانی به کشاورزان شرق استان از آغاز فصل کشت پاییزه ممکن خواهد شد.\n\n"
    "او افزود که سهم آب کشاورزان با نظر شورای آب استان تعیین می‌شود و هیچ برداشتی بیش از "
    "سهمیه تعیین‌شده پذیرفته نیست، و از کشاورزان خواست کشت‌های کم‌آب را جایگزین کنند."
)
_ITEMS = (
    "افزایش قیمت گوجه‌فرنگی در میدان‌های میوه و تره‌بار\n\n"
    "قیمت هر کیلو گوجه‌فرنگی در میدان‌های شهر در هفته گذشته دو برابر شد.\n\n"
    "آغاز ثبت‌نام خرید تضمینی گندم از کشاورزان\n\n"
    "ثبت‌نام کشاورزان برای فروش گندم به مراکز خرید دولتی از شنبه آغاز می‌شود.\n"
)
_DAY = "https://news.example.com/z/212/2018/10/4"


def test_day_archive_first_post_in_full_then_excerpts_gives_no_title() -> None:
    """A day archive's first post in full, then more posts by excerpt: no title, warned."""
    text = f"سرخط خبرها\n\n{_FIRST}\n\n{_CAPTION}\n\n{_FULL}\n\n{_ITEMS}"
    article = jm.parse_article(text, url=_DAY)
    assert article.title is None
    assert "title-uncertain" in {notice.code for notice in article.warnings}


def test_day_archive_of_one_post_keeps_its_headline() -> None:
    """A day archive that shows one post, in full: the post's headline is the title."""
    text = f"{_FIRST}\n\n{_CAPTION}\n\n{_FULL}\n"
    assert jm.parse_article(text, url=_DAY).title == _FIRST


def test_excerpts_below_at_an_article_address_keep_the_headline() -> None:
    """The same page at an article's address: the items are related posts, no archive."""
    text = f"{_FIRST}\n\n{_CAPTION}\n\n{_FULL}\n\n{_ITEMS}"
    article = jm.parse_article(text, url="https://news.example.com/a/45120.html")
    assert article.title == _FIRST


_NOTICE = (
    "شما از نسخه قدیمی این مرورگر استفاده می‌کنید. این نسخه امنیت کافی ندارد و بخش‌هایی از "
    "این وبسایت را درست نشان نمی‌دهد."
)
_HEADLINE = "خواب کافی در دوران بارداری را جدی بگیرید"
_STORY = (
    "متخصصان زنان می‌گویند مادران باردار دست‌کم هشت ساعت در شبانه‌روز به خواب نیاز دارند و "
    "کم‌خوابی در ماه‌های آخر بارداری با فشار خون بالا و خستگی شدید همراه است."
)


def test_browser_noise_over_the_page_is_chrome() -> None:
    """«Loading...» and an old-browser notice over the page: the headline under them wins."""
    text = f"Loading...\n{_NOTICE}\n{_HEADLINE}\n\n{_STORY}\n"
    assert jm.parse_article(text).title == _HEADLINE


def test_headline_about_browsers_stays() -> None:
    """A headline about browsers (no reader addressed) is a headline."""
    headline = "گوگل از نسخه‌های قدیمی مرورگر کروم پشتیبانی نمی‌کند"
    story = (
        "شرکت گوگل اعلام کرد از ماه آینده برای نسخه‌های قدیمی مرورگر کروم به‌روزرسانی امنیتی "
        "منتشر نمی‌کند و کاربران این نسخه‌ها باید نرم‌افزار خود را ارتقا دهند."
    )
    assert jm.parse_article(f"{headline}\n\n{story}\n").title == headline


@pytest.mark.parametrize(
    "noise",
    [
        "Loading...",
        "در حال بارگذاری ...",
        "لطفاً کمی صبر کنید",
        "Please enable JavaScript to view this site.",
        "جهت به روز رسانی مرورگر خود اینجا کلیک کنید.",
    ],
)
def test_noise_line_over_a_short_headline_is_not_the_title(noise: str) -> None:
    """A loader's placeholder or a notice to the reader over the page is never its title."""
    assert jm.parse_article(f"{noise}\n{_NOTICE}\n{_HEADLINE}\n\n{_STORY}\n").title == _HEADLINE


def _badged(banner: str) -> str:
    return f"{banner}\n\n29\nاردیبهشت\n{_HEADLINE}\n\n{_STORY}\n"


def test_banner_over_a_badge_of_another_day_is_not_the_date() -> None:
    """A full date over a yearless badge of another day: the banner; no publication date."""
    article = jm.parse_article(_badged("یکشنبه 18 شهریور 1403 - 04:08"))
    assert article.title == _HEADLINE
    assert article.published is None
    assert "published-conflict" in {notice.code for notice in article.warnings}


def test_date_over_a_badge_of_its_own_day_stays() -> None:
    """A full date over the badge of the same day is the article's date."""
    article = jm.parse_article(_badged("شنبه 29 اردیبهشت 1403 - 10:15"))
    assert article.published is not None
    assert article.published.isoformat() == "2024-05-18T10:15:00+03:30"
