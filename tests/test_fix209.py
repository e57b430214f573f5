"""fix209: three of attack66's findings (docs/reliability.md «Attacks, sixty-sixth round»).

A date archive's heading under a label of archive words longer than two words («بایگانی نوشته
های روز: DAY») was the page's title; an ``<h1>`` over reports each opening with an agency's
dateline was the title in ``parse_html`` (the same page as text is a list); a clock that
contradicts its marker («۱۵:۴۰ ق ظ») lost its day with its hour. Each positive fails on main
cf59e74a; each ``-neg`` near miss keeps main's record. The sentences are written for these
tests; the layouts are named after the pages they come from.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm


def _codes(article: jm.Article) -> list[str]:
    return [warning.code for warning in article.warnings]


# -- a date archive's heading under a label of archive words --------------------------------
# Layout: kanoonte.ir's WordPress day archive (tests/pages 2083): the archive's heading (a
# label and the day), one post's headline as an <h2>, its cut excerpt and a read-more link; a
# theme's wording of the label («بایگانی نوشته های روز:», attacks66).
_POST = "نمایشگاه عکس دانشجویان رشته معماری گشایش یافت"
_EXCERPT = (
    "نمایشگاه عکس دانشجویان معماری با سی اثر از بناهای تاریخی استان در تالار دانشکده هنر "
    "گشایش یافت و تا آخر هفته برای بازدید عموم باز است و …"
)


def _markdown_archive(heading: str) -> str:
    return (
        f"# {heading}\n\n## {_POST}\n\n{_EXCERPT}\n\n[ادامه مطلب](https://art.example.ir/?p=312)\n"
    )


def _html_archive(heading: str) -> str:
    return (
        "<html lang='fa-IR'><head><meta charset='utf-8'>"
        f"<title>{heading} - دانشکده هنر</title></head><body class='archive date'>"
        f"<header class='page-header'><h1 class='page-title'>{heading}</h1></header>"
        "<article class='post'><h2 class='entry-title'>"
        f"<a href='https://art.example.ir/?p=312'>{_POST}</a></h2>"
        f"<div class='entry-summary'><p>{_EXCERPT}</p></div></article></body></html>"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "بایگانی نوشته های روز: ۲۰ آذر ۱۴۰۲",
        "بایگانی نوشته‌های روز: ۲۰ آذر ۱۴۰۲",
        "آرشیو مطالب روز: ۱۴۰۲/۰۹/۲۰",
    ],
)
def test_day_archive_long_label_markdown_heading_is_not_the_title(heading: str) -> None:
    article = jm.parse_article(_markdown_archive(heading))
    assert article.title == _POST
    assert "title-uncertain" in _codes(article)


def test_day_archive_long_label_h1_is_not_the_title() -> None:
    article = jm.parse_html(_html_archive("بایگانی نوشته های روز: ۲۰ آذر ۱۴۰۲"))
    assert article.title == _POST
    assert article.published is not None
    assert article.published.jalali_date == (1402, 9, 20)


@pytest.mark.parametrize(
    "heading",
    [
        # A headline's own label of four words before a day: no archive word.
        "گزارش تصویری بازدید دانشجویان: ۲۰ آذر ۱۴۰۲",
        # An archive word, then words that are no archive's label («عکس», «بازدید»).
        "آرشیو عکس های بازدید دانشجویان: ۲۰ آذر ۱۴۰۲",
    ],
)
def test_long_label_of_other_words_stays_the_title_neg(heading: str) -> None:
    for article in (
        jm.parse_article(_markdown_archive(heading)),
        jm.parse_html(_html_archive(heading)),
    ):
        assert article.title == heading


def test_h1_headline_opening_with_a_day_and_month_neg() -> None:
    """A headline opening with a day, its month and a comma («۱۶ آذر، روز دانشجو ...»)."""
    head = "۱۶ آذر، روز دانشجو بر همه دانشجویان دانشکده هنر مبارک باد"
    page = (
        f"<html lang='fa-IR'><head><meta charset='utf-8'><title>{head}</title></head><body>"
        f"<h1>{head}</h1><div class='date'>۲۰ آذر ۱۴۰۲</div><p>رئیس دانشکده هنر در پیامی "
        "روز دانشجو را تبریک گفت و از برپایی نمایشگاه آثار دانشجویان خبر داد.</p></body></html>"
    )
    article = jm.parse_html(page)
    assert article.title == head
    assert article.published is not None
    assert article.published.isoformat() == "2023-12-11"


# -- an <h1> over reports each opening with an agency's dateline -----------------------------
# Layout: vote.af's election pages of Pajhwok's reports (real61 #28, tests/test_fix204.py),
# here in HTML: the section's name in an <h1>, each report a paragraph (in an <li> or a
# <div>) opening «CITY (پژواک، DATE):».
_REPORT_A = (
    "قندهار (پژواک، ۳ سنبله ۱۳۹۳): کمیسیون شکایات انتخاباتی در این ولایت به بیش از سی شکایت "
    "رسیدگی کرد و نتیجه را به مردم اعلام نمود."
)
_REPORT_B = (
    "هرات (پژواک، ۱ سنبله ۱۳۹۳): ناظران محلی می گویند که شمارش دوباره آرا در مرکز ولایت بدون "
    "مشکل پایان یافت و صندوق ها به کابل فرستاده شد."
)
_REPORT_MORE = (
    "مسوولان کمیسیون گفتند که شمارش آرا در ولسوالی های دوردست چند روز دیگر هم ادامه خواهد "
    "یافت و نتیجه نهایی پس از رسیدگی به همه شکایت ها اعلام می شود."
)
_HEADLINE = "رسیدگی به سی شکایت انتخاباتی در قندهار"


def _portal(body: str, title: str = "گزارش های ولایات") -> str:
    return (
        f"<html lang='fa'><head><meta charset='utf-8'><title>{title} | انتخابات</title></head>"
        f"<body><div id='content'>{body}</div>"
        "<div id='footer'>تمام حقوق محفوظ است</div></body></html>"
    )


@pytest.mark.parametrize(
    "body",
    [
        f"<ul class='reports'><li><p>{_REPORT_A}</p></li><li><p>{_REPORT_B}</p></li></ul>",
        f"<div class='item'><p>{_REPORT_A}</p></div><div class='item'><p>{_REPORT_B}</p></div>",
    ],
)
def test_h1_over_dateline_reports_is_a_list_in_html(body: str) -> None:
    article = jm.parse_html(_portal(f"<h1>گزارش های ولایات</h1>{body}"))
    assert article.title is None
    assert article.published is None
    assert "listing-page" in _codes(article)
    # the same decision as the page's text (fix204)
    text = jm.parse_article(f"گزارش های ولایات\n\n{_REPORT_A}\n\n{_REPORT_B}\n")
    assert (text.title, text.published) == (None, None)


@pytest.mark.parametrize(
    "after",
    [
        # one report, its own paragraphs under its dateline
        f"<p>{_REPORT_MORE}</p>",
        # a paragraph opening with a city and a bracketed aside, no agency
        "<p>هرات (مرکز غرب کشور) در روزهای شمارش آرا آرام بود و نیروهای امنیتی در اطراف "
        f"مراکز شمارش گماشته شده بودند.</p><p>{_REPORT_MORE}</p>",
        # a related report's teaser under the report's own paragraphs
        f"<p>{_REPORT_MORE}</p><h3>گزارش های مرتبط</h3><p>{_REPORT_B}</p>",
    ],
)
def test_h1_headline_over_one_dateline_report_neg(after: str) -> None:
    page = _portal(f"<h1>{_HEADLINE}</h1><p>{_REPORT_A}</p>{after}", title=_HEADLINE)
    article = jm.parse_html(page)
    assert article.title == _HEADLINE
    assert article.published is not None
    assert article.published.isoformat() == "2014-08-25"


# -- a clock that contradicts its marker: the day kept, the hour refused ---------------------
# Layout: a university's notice (attacks66), persian-date's default format() with a 24-hour
# hour and its marker under the headline (tests/test_fix206.py).
_NOTICE = "آزمون پایان ترم دانشکده فنی یک هفته به تعویق افتاد"
_NOTICE_TEXT = (
    "به اطلاع دانشجویان می رساند آزمون های پایان ترم دانشکده فنی به دلیل تعطیلی دانشگاه یک "
    "هفته به تعویق افتاد و برنامه تازه در سامانه آموزشی اعلام خواهد شد."
)


def _notice(stamp: str) -> str:
    return f"{_NOTICE}\nتاریخ انتشار: {stamp}\n\n{_NOTICE_TEXT}\n"


@pytest.mark.parametrize(
    ("stamp", "clock"),
    [
        ("۱۴۰۲/۰۹/۲۰ ۱۵:۴۰ ق ظ", "۱۵:۴۰ ق ظ"),
        ("دوشنبه ۲۰ آذر ۱۴۰۲ ساعت ۰۰:۱۰ ب.ظ", "۰۰:۱۰ ب.ظ"),
        ("۱۵:۴۰ ق.ظ - ۱۴۰۲/۰۹/۲۰", "۱۵:۴۰ ق.ظ"),
        ("ساعت ۱۵:۴۰ ق.ظ روز ۲۰ آذر ۱۴۰۲", "۱۵:۴۰ ق.ظ"),
        ("Dec 11, 2023, 17:05 AM", "17:05 AM"),
        ("۲۰ آذر ۱۴۰۲ ساعت ۱۵ صبح", "۱۵ صبح"),
    ],
)
def test_contradicted_clock_keeps_the_day_without_it(stamp: str, clock: str) -> None:
    article = jm.parse_article(_notice(stamp))
    assert article.published is not None
    assert article.published.isoformat() == "2023-12-11"  # the day, date only
    assert not article.published.has_time
    assert _codes(article) == ["time-unread"]
    assert clock in article.warnings[0].message
    # the value's text is the day's, printed without the clock
    assert article.published.text
    assert article.published.text in stamp
    assert clock not in article.published.text


def test_contradicted_clock_keeps_the_day_in_html() -> None:
    page = (
        f"<html lang='fa'><head><meta charset='utf-8'><title>{_NOTICE}</title></head><body>"
        f"<h1>{_NOTICE}</h1><p>تاریخ انتشار: ۱۴۰۲/۰۹/۲۰ ۱۵:۴۰ ق ظ</p><p>{_NOTICE_TEXT}</p>"
        "</body></html>"
    )
    article = jm.parse_html(page)
    assert article.published is not None
    assert article.published.isoformat() == "2023-12-11"
    assert "time-unread" in _codes(article)


def test_contradicted_clock_is_still_refused_alone_and_strict_neg() -> None:
    """parse_datetime and find_dates give no date without the time printed with it (as for a
    one-digit minute); strict mode refuses the header date, as before."""
    with pytest.raises(jm.DateError, match="is not a 12-hour clock hour"):
        jm.parse_datetime("۱۴۰۲/۰۹/۲۰ ۱۵:۴۰ ق ظ")
    assert jm.find_dates("این اطلاعیه در ۱۴۰۲/۰۹/۲۰ ۱۵:۴۰ ق ظ منتشر شد.") == []
    with pytest.raises(jm.DateError):
        jm.parse_article(_notice("۱۴۰۲/۰۹/۲۰ ۱۵:۴۰ ق ظ"), strict=True)


@pytest.mark.parametrize(
    ("stamp", "instant"),
    [
        ("۱۴۰۲/۰۹/۲۰ ۱۴:۳۰ ب.ظ", "2023-12-11T14:30:00+03:30"),
        ("۱۴۰۲-۰۹-۲۰ ۰۰:۱۵:۰۰ ق ظ", "2023-12-11T00:15:00+03:30"),
        ("۱۴۰۲/۰۹/۲۰ ۰۹:۱۵ ب ظ", "2023-12-11T21:15:00+03:30"),
    ],
)
def test_agreeing_marker_reads_its_hour_neg(stamp: str, instant: str) -> None:
    article = jm.parse_article(_notice(stamp))
    assert article.published is not None
    assert article.published.isoformat() == instant
    assert _codes(article) == []


@pytest.mark.parametrize(
    "stamp",
    [
        "۱۴۰۲/۰۹/۲۰ ۲۵:۴۰",
        "۱۴۰۲/۰۹/۲۰ ۲۵:۴۰ ب ظ",
        "۱۴۰۲/۰۹/۲۰ ۲۴:۰۰ ب ظ",
        "۴۰ : ۱۶ عصر - ۲۰ آذر ۱۴۰۲",
    ],
)
def test_impossible_time_stays_empty_neg(stamp: str) -> None:
    """A clock that is no time of day at all (hour past 23), with a marker or without: the
    date refused, None with invalid-date, as on main."""
    article = jm.parse_article(_notice(stamp))
    assert article.published is None
    assert _codes(article) == ["invalid-date"]
