"""Four shapes of the blind batch 1080-1099 (pages 1080, 1081, 1095, 1098):

- a news group's rubric run into the headline on one line («خبرهای داغ ورزشی HEADLINE»,
  radiojavan.ir; «اخبار ویژه» before a headline on pgnews.ir) is not the title's;
- a bare date line, a lone separator line and a time line («1397/02/22» / «|» / «18:24»,
  radiojavan.ir's date and time spans, one a line) are one date and time;
- the IRIB radio stations' news page ``/NewsDetails?m=...&n=...`` (radiojavan.ir,
  radiogoftogoo.ir) names its item by ``n``; elsewhere ``n`` is a count or a menu node, and
  a newspaper archive's ``?nid=ISSUE&pid=PAGE`` (khorasannews.com) names a printed page;
- WordPress's date archive front («/date/1396/05/26», shahrezanews.ir) is a list's address.

The pages are written for these tests; each mirrors the layout of the real page named."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import jalali_meta as jm
from jalali_meta.testing import url_number

LEAD = (
    "لغو یک دیدار تدارکاتی در آستانه مسابقات جهانی نشان داد که هماهنگی میان فدراسیون و "
    "سازمان لیگ هنوز برقرار نشده است."
)
BODY = (
    "کادر فنی تیم ملی ناچار شد در فرصتی کوتاه به دنبال حریف تازه‌ای باشد و پیشکسوتان "
    "می‌گویند این اتفاق نتیجه طولانی شدن فصل لیگ و نهایی نشدن برنامه اردوهاست."
)
HEADLINE = "وقتی اردوی تیم ملی قربانی برنامه‌ریزی دیرهنگام می‌شود"
SUMMER_1397 = timezone(timedelta(hours=4, minutes=30))


def radio_page(headline_line: str, date_block: str = "1397/02/22\n|\n18:24\n|") -> str:
    """radiojavan.ir's layout: the programme's schedule line, the headline line, the lead,
    the date and time spans one a line, the body."""
    return (
        "ایستگاه ورزش شنبه تا چهارشنبه از ساعت 19:30 به مدت 30 دقیقه\n\n"
        f"{headline_line}\n\n{LEAD}\n\n{date_block}\n\n{BODY}\n"
    )


# -- A news group's rubric run into the headline ------------------------------------------


@pytest.mark.parametrize(
    "rubric",
    ["خبرهای داغ ورزشی", "خبر\u200cهای داغ", "اخبار ویژه", "اخبار فوری سیاسی", "خبرها برگزیده"],
)
def test_rubric_before_the_headline_is_cut(rubric: str) -> None:
    """The rubric the site prints before every item's headline is not the title's."""
    assert jm.parse_article(radio_page(f"{rubric} {HEADLINE}")).title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "خبرهای خوش برای بازنشستگان در راه است",  # «خوش» is no rubric's qualifier
        "خبرهای داغ از بازار نقل و انتقالات لیگ برتر",  # the rest opens a phrase
        "اخبار ویژه در شبکه خبر پخش نمی‌شود",
        "خبرهای داغ ورزشی امروز",  # too short a rest for a headline
        "سوژه‌های داغ ورزشی",
    ],
)
def test_headline_opening_with_news_words_stays_whole(headline: str) -> None:
    """A headline about the news itself keeps its opening words."""
    assert jm.parse_article(radio_page(headline)).title == headline


# -- A date, a lone separator and a time, one a line ---------------------------------------


def test_time_after_a_separator_line_is_the_dates() -> None:
    """«1397/02/22» / «|» / «18:24»: the date's time, summer time in 1397."""
    published = jm.parse_article(radio_page(HEADLINE)).published
    assert published is not None
    assert published.gregorian == datetime(2018, 5, 12, 18, 24, tzinfo=SUMMER_1397)


@pytest.mark.parametrize(
    "block",
    [
        "1397/02/22\n|\n\n18:24",  # a blank line sets the time apart
        "1397/02/22\n|\nبازدید: 120",  # no time after the separator
        "انتشار 1397/02/22 در سایت\n|\n18:24",  # the date is not alone on its line
    ],
)
def test_separator_line_joins_only_a_bare_date_and_the_next_time(block: str) -> None:
    published = jm.parse_article(radio_page(HEADLINE, block)).published
    assert published is not None
    assert published.gregorian == datetime(2018, 5, 12).date()


def test_html_spans_date_separator_time() -> None:
    """The HTML twin: each span on its line, the time joined to the date."""
    page = (
        "<html><head><title>رادیو جوان | عنوان</title></head><body>"
        f"<h2>{HEADLINE}</h2><p>{LEAD}</p>"
        '<div class="news-info"><span class="date">1397/02/22</span>\n'
        '<span class="sep">|</span>\n<span class="time">18:24</span>\n'
        '<span class="sep">|</span></div>'
        f"<div><p>{BODY}</p></div></body></html>"
    )
    published = jm.parse_html(page).published
    assert published is not None
    assert published.gregorian == datetime(2018, 5, 12, 18, 24, tzinfo=SUMMER_1397)


# -- Item keys in the query --------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("https://radiojavan.ir/NewsDetails?m=034136&n=240968", "240968"),
        ("http://radiogoftogoo.ir/NewsDetails/?m=178698&n=588739", "588739"),
        ("http://noordaily.ir/News/NewsItem?nid=9573", "9573"),  # a news item's own nid
    ],
)
def test_item_keys(url: str, number: str) -> None:
    assert url_number(url) == number


@pytest.mark.parametrize(
    "url",
    [
        "https://www.tainan.gov.tw/News.aspx?n=13370&sms=9748",  # a menu node's n
        "https://x.ir/NewsDetails?m=1&n=2&page=3",  # more fields than the radio page's
        "https://x.ir/search?m=5&n=50",  # a count
        "https://x.ir/NewsDetails?m=034136&n=0240968",  # a leading zero: no ID
        "https://x.ir/NewsDetails?m=034136&n=240968&n=240969",  # two items: which one?
        "https://x.ir/NewsDetails?m=034136&n=240968123456789012345",  # 21 digits: no ID
        # A newspaper archive's issue and page («Version» and «Page» of its images).
        "http://khorasanrazavi.khorasannews.com/?nid=20079&pid=6&type=0",
        "http://khorasannews.com/?nid=19293&pid=2",
    ],
)
def test_not_an_item_key(url: str) -> None:
    assert url_number(url) is None


def test_radio_page_takes_its_item_number() -> None:
    url = "https://radiojavan.ir/NewsDetails?m=034136&n=240968"
    assert jm.parse_article(radio_page(HEADLINE), url=url).number == "240968"


# -- WordPress's date archive front -------------------------------------------------------

ARCHIVE_DAY = (
    "شهردار مطرح کرد؛\n\n"
    "بازگشایی خیابان ساحلی تا پایان تابستان/ پروژه‌های نیمه‌تمام در اولویت است\n\n"
    "شهردار گفت: عملیات عمرانی خیابان ساحلی از ابتدای سال آغاز شده و تلاش می‌کنیم این "
    "معبر پیش از بازگشایی مدارس به روی شهروندان باز شود.\n\n"
    "آخرین اخبار\n\nتقویم شمسی\n"
)


@pytest.mark.parametrize(
    "url",
    ["http://shahrezanews.ir/date/1396/05/26", "http://x.ir/archives/date/2019/08/17/"],
)
def test_date_archive_front_is_a_list(url: str) -> None:
    """«/date/YYYY/MM/DD»: the day's list, its one teaser no article of the page."""
    article = jm.parse_article(ARCHIVE_DAY, url=url)
    assert (article.title, article.published) == (None, None)
    assert "listing-page" in {notice.code for notice in article.warnings}


def test_dated_post_under_date_front_is_an_article() -> None:
    """«/date/1396/05/26/<slug>» is one post's address: its headline and the day stand."""
    url = "http://x.ir/date/1396/05/26/بازگشایی-خیابان-ساحلی"
    article = jm.parse_article(ARCHIVE_DAY, url=url)
    assert article.title is not None
    assert article.title.startswith("بازگشایی خیابان ساحلی")
    assert article.published is not None
    assert article.published.gregorian == datetime(2017, 8, 17).date()


# -- mut15: the edges of the rules above (docs/reliability.md, "The fifteenth round") ------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # four words after the rubric: a headline's length, cut
        ("خبرهای داغ ورزشی پرسپولیس قهرمان لیگ شد", "پرسپولیس قهرمان لیگ شد"),
        # three: too short for a headline of its own, the line stays whole
        ("اخبار فوری سیاسی مجلس تعطیل شد", "اخبار فوری سیاسی مجلس تعطیل شد"),
    ],
)
def test_rubric_cut_needs_a_four_word_headline(line: str, title: str) -> None:
    assert jm.parse_article(radio_page(line)).title == title


@pytest.mark.parametrize("after", ["\n1397/02/22\n", "\n"])
def test_rubric_cut_from_a_first_line_without_running_text(after: str) -> None:
    """The headline line taken as the page's first line (no lead under it) is cut too."""
    assert jm.parse_article(f"خبرهای داغ ورزشی {HEADLINE}{after}").title == HEADLINE


@pytest.mark.parametrize("between", ["بازدید: 120", "ورزشی"])
def test_only_a_separator_line_is_stepped_over(between: str) -> None:
    """A word line between the bare date and the time is no separator: the day alone."""
    published = jm.parse_article(radio_page(HEADLINE, f"1397/02/22\n{between}\n18:24")).published
    assert published is not None
    assert published.gregorian == datetime(2018, 5, 12).date()


def test_a_date_segment_ending_the_address_is_no_archive() -> None:
    """«/date» with no date after it is a page's own name (an article on the date palm),
    not WordPress's date front: the page's headline stands."""
    article = jm.parse_article(ARCHIVE_DAY, url="https://www.example.ir/fruits/date")
    assert article.title is not None
    assert "listing-page" not in {notice.code for notice in article.warnings}
