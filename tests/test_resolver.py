"""The resolver on real page shapes (issue 16): date lines with company, chrome, evidence."""

from __future__ import annotations

import pytest

import jalali_meta as jm

TITLE = "افزایش ساعت کار کتابخانه‌های عمومی تهران"
LEAD = "ساعت کار کتابخانه‌های عمومی پایتخت از هفته آینده تا ساعت بیست تمدید می‌شود."
BODY = "مدیر این نهاد گفت که هزینه عضویت برای دانش‌آموزان در این طرح رایگان خواهد بود."


def _article(*header: str, above: tuple[str, ...] = (), below: tuple[str, ...] = ()) -> jm.Article:
    return jm.parse_article("\n".join((*above, TITLE, *header, LEAD, BODY, BODY, *below)))


def _iso(stamp: jm.Timestamp | None) -> str | None:
    return None if stamp is None else stamp.isoformat()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("خبرگزاری فارس سه‌شنبه ۱۲ مهر ۱۴۰۱ - ۰۹:۴۰", "2022-10-04T09:40:00+03:30"),
        ("ایرنا | اقتصادی | دوشنبه، ۳ آبان ۱۴۰۰ - ۱۱:۲۰", "2021-10-25T11:20:00+03:30"),
        ("ایسنا / ۳ آبان ۱۴۰۰", "2021-10-25"),
        ("فرهنگی‌هنری 23:22 - 11 دی 1403", "2024-12-31T23:22:00+03:30"),
        ("22آبان1396|09:35", "2017-11-13T09:35:00+03:30"),
        ("سه شنبه، 16 آبان 1402 ساعت 08:202023-11-07اقتصادي", "2023-11-07T08:20:00+03:30"),
        ("14:05 دوشنبه، 24ام خردادماه 1400", "2021-06-14T14:05:00+04:30"),
    ],
)
def test_date_line_with_company_is_the_publication_date(line: str, expected: str) -> None:
    """Agency, source, section names, pipes, slashes, time-first and glued tokens around a date."""
    article = _article(line)
    expected = (expected, "date line")
    assert expected == (_iso(article.published), article.evidence["published"])


def test_date_and_number_label_on_one_line() -> None:
    """A date and «کد خبر:» on one line give both values."""
    article = _article("۱۴۰۲/۰۸/۱۶ - ۰۸:۲۰ کد خبر: ۱۲۳۴۵")
    expected = ("2023-11-07T08:20:00+03:30", "12345")
    assert expected == (_iso(article.published), article.number)


@pytest.mark.parametrize("line", ["کد N4821907", "کد ۴۸۲۱۹۰۷"])
def test_short_code_label_before_an_id_alone(line: str) -> None:
    """«کد N4821907» (no colon) is the article number when the ID stands alone on the line."""
    expected = line.split()[1].translate(str.maketrans("۴۸۲۱۹۰۷", "4821907"))
    assert expected == _article(line).number


def test_footer_code_label_is_the_number() -> None:
    """A «کد مطلب» line in the footer (print/QR block under the body) is the number."""
    article = _article("۳ آبان ۱۴۰۰ - ۱۱:۲۰", below=("کد مطلب: ۹۸۷۶۵", "نسخه چاپی"))
    expected = ("98765", "footer label")
    assert expected == (article.number, article.evidence["number"])


def test_date_only_and_date_time_lines_of_one_day_merge() -> None:
    """An English date-only line and a Jalali date+time line of the same day give the time."""
    article = _article("June 14, 2021", "14:05 دوشنبه، 24ام خردادماه 1400")
    expected = ("2021-06-14T14:05:00+04:30", "date line +time")
    assert expected == (
        _iso(article.published),
        article.evidence["published"],
    )


def test_today_banner_above_the_site_name_is_chrome() -> None:
    """A weekday date with its Gregorian twin at the top of the page is never the publication."""
    article = _article(
        "تاریخ انتشار: ۱۲ مهر ۱۴۰۲ - ۰۹:۴۰",
        above=("یکشنبه / ۹ مهر / ۱۴۰۲ - 1 October, 2023", "مجله نمونه"),
    )
    reasons = {i.text: i.reason for i in article.ignored}
    expected = ("2023-10-04T09:40:00+03:30", "today widget", ())
    assert expected == (
        _iso(article.published),
        reasons["یکشنبه / ۹ مهر / ۱۴۰۲ - 1 October, 2023"],
        article.warnings,
    )


def test_today_widget_leaves_the_articles_own_date_line() -> None:
    """A three-calendar widget takes its own day only; the article's date line under it stays."""
    article = _article(
        above=(
            "• چهار شنبه 11 تیر 1404",
            "• الأرْبِعَاء 6 محرم 1447",
            "• 2025 Jul 02",
            "شنبه 12 خرداد 1403 - 10:15",
        )
    )
    expected = "2024-06-01T10:15:00+03:30"
    assert expected == _iso(article.published)


def test_menu_lines_above_the_header_do_not_hide_it() -> None:
    """Twenty menu lines before the header: title, number and date are still found."""
    menu = tuple(f"بخش {word}" for word in ["سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی"]) * 4
    article = jm.parse_article(
        "\n".join((*menu, TITLE, "کد خبر: ۵۵۱۲", "۱۲ مهر ۱۴۰۲ - ۰۹:۴۰", LEAD, BODY, BODY))
    )
    expected = (TITLE, "5512", "2023-10-04T09:40:00+03:30")
    assert expected == (
        article.title,
        article.number,
        _iso(article.published),
    )


def test_kicker_above_the_title_is_not_the_title() -> None:
    """A kicker ending with a colon stands above the headline; the headline is the title."""
    article = _article("۱۲ مهر ۱۴۰۲ - ۰۹:۴۰", above=("معاون وزیر در گفت‌وگو با خبرنگار ما:",))
    expected = TITLE
    assert expected == article.title


def test_related_list_dates_are_not_mentions() -> None:
    """Dates in a related-news list under the body are not the article's mentions."""
    related = ("اخبار مرتبط", "گشایش نمایشگاه کتاب", "۱۴۰۲/۰۷/۰۱", "تعطیلی مدارس", "۱۴۰۲/۰۶/۲۸")
    article = _article("۱۲ مهر ۱۴۰۲ - ۰۹:۴۰", below=related)
    expected = ((), "2023-10-04T09:40:00+03:30")
    assert expected == (article.mentions, _iso(article.published))


def test_evidence_is_serialised() -> None:
    """to_dict carries the rule that chose each value."""
    article = _article("کد خبر: ۱۲۳۴", "۱۲ مهر ۱۴۰۲ - ۰۹:۴۰")
    expected = {"number": "label", "published": "date line", "title": "headline"}
    assert expected == jm.to_dict(article)["evidence"]


def test_tag_page_items_do_not_give_the_page_a_number_or_date() -> None:
    """On a list of items each with its own «کد خبر» and date, none of them is the page's."""
    items = []
    for number, day, topic in (
        (914428, "۰۸", "بودجه"),
        (908771, "۱۹", "انتخابات"),
        (901230, "۲۴", "مالیات"),
    ):
        items += [
            f"خبری درباره {topic} در هفته گذشته",
            f"خلاصه‌ای از خبر {topic} که در فهرست آمده و به پایان می‌رسد و چند کلمه دیگر دارد.",
            f"کد خبر: {number}   تاریخ انتشار : ۱۴۰۰/۱۲/{day}",
        ]
    article = jm.parse_article("\n".join(("روندهای سیاسی", "برچسب ها", *items)))
    expected = (None, None)
    assert expected == (article.number, article.published)


@pytest.mark.parametrize(
    "clock",
    ["سه شنبه ۲۸ دلو ۱۴۰۴ کابل ۰۵:۲۰", "جمعه ۲ آذر ۱۴۰۳ تهران ۱۹:۵۲"],
)
def test_site_clock_with_a_city_above_a_section_line_is_chrome(clock: str) -> None:
    """A weekday, date, city and time set apart from the title by a section name is a clock."""
    article = _article(above=("لینک‌های قابل دسترسی", clock, "افغانستان"))
    assert (article.published, tuple(w.code for w in article.warnings)) == (None, ())


def test_date_line_far_above_the_title_is_used_with_a_warning() -> None:
    """The only date, printed several lines above the title, is kept and flagged."""
    menu = ("RSS Facebook", "اعلانات", "خبر های جدید")
    article = _article(above=("28 میزان 1397", *menu))
    assert article.published is not None
    assert (
        article.published.jalali_isoformat(),
        article.evidence["published"],
    ) == ("1397-07-28", "date line farther above title")
    assert [w.code for w in article.warnings] == ["published-unlabelled"]


def test_afghan_page_keeps_kabul_time_for_a_machine_instant() -> None:
    """A page dated in the Afghan calendar shows its machine time in Kabul, not Tehran, time."""
    pytest.importorskip("selectolax")
    page = (
        '<html lang="fa-AF"><head><meta property="article:published_time" '
        'content="2023-12-06T11:20:00+04:30"></head><body><h1>نشست ولایتی برگزار شد</h1>'
        "<div>تاریخ انتشار: ۱۵ قوس ۱۴۰۲</div><p>این نشست با حضور نمایندگان ولایت‌ها برگزار "
        "شد و تا عصر ادامه داشت.</p></body></html>"
    )
    article = jm.parse_html(page)
    assert article.published is not None
    assert (
        article.published.isoformat(),
        article.published.jalali_isoformat()[:10],
    ) == ("2023-12-06T11:20:00+04:30", "1402-09-15")
