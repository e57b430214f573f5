"""fix169: the forty-third real sample's findings (real54, docs/real_sample.md): a legal
blog's headline whose first part is printed again alone under the byline and an update
stamp (#19, rokla.ir), numbered statute articles taken for titles (#4, asrislam.com, a rail
regulation's ``ماده 24 :`` heading; #23, mehregan71.ir, a loan fund's ``مادة N:`` articles),
a clock glued by ``-`` to a Gregorian twin's day and month (#4: ``۲۲:۰۹-24 May 2021``) and a
print page's headline printed twice at the opening of its lead's line (#2, a Yazd news
site's print view on servernux.com). The layouts are those pages'; the sentences are
written for these tests. Every positive fails on main d60c5381; every ``-neg`` passes there
too."""

from __future__ import annotations

import jalali_meta as jm

_BODY = (
    "صنف به گروهی از افراد گفته می‌شود که کار و پیشه آن‌ها یکسان است و با هم در یک "
    "اتحادیه گرد می‌آیند. اتحادیه صنفی نیز یک شخصیت حقوقی است که به دست اعضای صنف "
    "تشکیل می‌شود.\n\n"
    "در این نوشته وظایف و مسئولیت‌های اتحادیه را یکی یکی بررسی می‌کنیم.\n"
)

# 1. The headline's first part printed alone under the byline (rokla.ir's layout).
_HEAD1 = "اتحادیه کارگران نانوایی"
_HEAD2 = "یک تشکل صنفی تازه برای دفاع از حقوق نانوایان شهر"
_WHOLE = f"{_HEAD1}؛ {_HEAD2}"
_BLOG_HEADER = (
    f"{_WHOLE}\n\nنویسنده:مریم رضایی\n-\nبروزرسانی:1402/10/21\nزمان مطالعه: 8 دقیقه\n"
    "-سیاست انتشار مطالب\n"
)


def test_part_copy_under_the_byline_gives_the_whole_headline() -> None:
    """The short line repeating the headline's first part is a copy, not a better title;
    the update stamp under the headline is the post's (real54 #19)."""
    for url in (None, "https://example.ir/blog/bakers-union/"):
        article = jm.parse_article(_BLOG_HEADER + f"{_HEAD1}\n\n" + _BODY, url=url)
        assert article.title == _WHOLE
        assert article.updated is not None
        assert article.updated.isoformat() == "2024-01-11"
        assert "site-stamp" not in {w.code for w in article.warnings}


def test_part_copy_with_a_colon_headline() -> None:
    """The same with a colon between the headline's parts."""
    header = _BLOG_HEADER.replace(_WHOLE, f"{_HEAD1}: {_HEAD2}")
    article = jm.parse_article(header + f"{_HEAD1}\n\n" + _BODY)
    assert article.title == f"{_HEAD1}: {_HEAD2}"


def test_part_copy_neg_kicker_over_its_headline() -> None:
    """-neg: a real kicker printed over the headline (other words, not the headline's
    first part) keeps today's reading: the headline under it."""
    text = f"گزارش ویژه\n{_WHOLE}\n\nنویسنده:مریم رضایی\n\n" + _BODY
    assert jm.parse_article(text).title == _WHOLE


def test_part_copy_neg_second_part_alone() -> None:
    """-neg: a line under the byline repeating the headline's second part (not its first)
    is not a part copy for this rule: today's reading is kept (that line, the stamp above
    it a site stamp)."""
    text = f"{_WHOLE}\n\nنویسنده:مریم رضایی\nبروزرسانی:1402/10/21\n{_HEAD2}\n\n" + _BODY
    assert jm.parse_article(text).title == _HEAD2


def test_part_copy_neg_title_tag_with_site_name() -> None:
    """-neg: a page's <title> printed over its headline, ``HEADLINE - SITE``: the headline
    below is not a part copy and stays the title (held_out 317's shape)."""
    headline = "مقایسه چند تقویم نجومی سال ۱۳۸۵"
    text = f"{headline} - انجمن نجوم شیراز\n\nنوشته شده توسط مدیر\n{headline}\n\n" + _BODY
    assert jm.parse_article(text).title == headline


# 2. Numbered statute articles are body, never the title.


def test_statute_article_line_is_no_title_under_a_dated_header() -> None:
    """A regulation's ``ماده 24 :`` heading under a news item's code and date, the item's
    headline not printed: no title (real54 #4)."""
    text = (
        "کد خبر: ۲۵۰۳۲\nتاریخ انتشار: ۰۳ خرداد ۱۴۰۰ - ۲۲:۰۹\n"
        "ماده 24 : وظیفه رئیس ایستگاه\n"
        "-24: همه کارهای مربوط به ایستگاه زیر نظر رئیس ایستگاه انجام می‌گیرد و او مسئول است "
        "که این کارها به بهترین شکل انجام شود.\n\n"
        "1-24: باید ساعت‌های کشیک کارکنان را چنان تنظیم کند که در همه ساعات یک گروه آماده "
        "کار باشد.\n"
    )
    article = jm.parse_article(text)
    assert article.title is None
    assert article.number == "25032"


def test_statute_articles_do_not_win_the_title() -> None:
    """A fund's statute block: a framed section heading, ``مادة 3:`` and ``مادة 4:`` lines
    (Arabic ta marbuta), lettered clauses, then the text: no title, never the ``مادة 4:``
    line (real54 #23)."""
    text = (
        "<<<ارکان صندوق >>>\n"
        "مادة 3:ارکان صندوق عبارتند از : مجمع عمومی، هیئت امنا و بازرسان\n"
        "مادة 4:مجمع عمومی سالی دو بار تشکیل می‌شود\n"
        "الف:دیدار همه اعضا که با تصویب هیئت امنا به صورت جشن برگزار می‌گردد.\n"
        "ب:برای انحلال و تسویه صندوق طبق فصل نهم اساسنامه\n\n" + _BODY
    )
    assert jm.parse_article(text).title is None


def test_single_article_line_is_no_title() -> None:
    """``ماده واحده -`` (a single-article law's mark) opening the text is body."""
    text = "ماده واحده - اعضای هیئت مدیره برای دو سال انتخاب می‌شوند\n\n" + _BODY
    assert jm.parse_article(text).title is None


def test_note_line_is_no_title() -> None:
    """A ``تبصره ۱:`` line opening a page's text is body."""
    text = "تبصره ۱: اعضای هیئت مدیره برای دو سال انتخاب می‌شوند\n\n" + _BODY
    assert jm.parse_article(text).title is None


def test_statute_article_neg_headline_opening_with_madeh() -> None:
    """-neg: a headline that opens with «ماده» and goes on with words is still the title."""
    headline = "ماده ۱۰۰ قانون شهرداری‌ها در مجلس اصلاح شد"
    text = f"{headline}\n\n" + _BODY
    assert jm.parse_article(text).title == headline


# 3. A clock glued by a minus to a twin's day and month name.
def test_clock_glued_to_gregorian_twin_is_read() -> None:
    """``۲۲:۰۹-24 May 2021`` is no time range or offset: the Jalali date-time is read
    (real54 #4); a twin naming another day warns."""
    text = "کد خبر: ۲۵۰۳۲\nتاریخ انتشار: ۰۳ خرداد ۱۴۰۰ - ۲۲:۰۹-24 May 2021\n" + _BODY
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.isoformat() == "2021-05-24T22:09:00+04:30"
    assert "invalid-date" not in {w.code for w in article.warnings}
    other = jm.parse_article(text.replace("24 May", "25 May"))
    assert "twin-mismatch" in {w.code for w in other.warnings}


def test_clock_glued_to_persian_month_twin_is_read() -> None:
    """The same with the twin's month in Persian letters."""
    text = "تاریخ انتشار: ۰۳ خرداد ۱۴۰۰ - ۲۲:۰۹-24 مه 2021\n" + _BODY
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.isoformat() == "2021-05-24T22:09:00+04:30"


def test_clock_glued_neg_real_time_range() -> None:
    """-neg: a real time range ``۱۰:۰۰-۱۲:۰۰`` is still refused (a range or an offset)."""
    text = "تاریخ انتشار: ۰۳ خرداد ۱۴۰۰ - ۱۰:۰۰-۱۲:۰۰\n" + _BODY
    article = jm.parse_article(text)
    assert article.published is None
    assert "invalid-date" in {w.code for w in article.warnings}


def test_clock_glued_neg_hours_only() -> None:
    """-neg: ``۱۰:۰۰-۱۲`` (an hour alone after the minus) is refused as before."""
    text = "تاریخ انتشار: ۰۳ خرداد ۱۴۰۰ - ۱۰:۰۰-۱۲\n" + _BODY
    assert jm.parse_article(text).published is None


# 4. A headline printed twice at the opening of its lead's line (a print page).
_PRINT_HEAD = "جشنواره گلاب‌گیری با حضور گردشگران خارجی در روستا برگزار شد"
_PRINT_HEADER = "زمان : 01 Dey 1404 - 15:33\nشناسه : 217373\nبازدید : 1154\n"
_LEAD = (
    "کاشان‌نامه؛ جشنواره سالانه گلاب‌گیری با حضور صدها گردشگر برگزار شد و در آن از "
    "کشاورزان پیشکسوت روستا قدردانی شد.\n\n"
    "به گزارش کاشان‌نامه؛ در این جشنواره کشاورزان روش‌های سنتی گلاب‌گیری را به گردشگران "
    "نشان دادند.\n"
)


def test_headline_twice_glued_to_its_lead() -> None:
    """``H H SOURCE؛ LEAD``: the headline's first print is the title, in both modes
    (real54 #2)."""
    text = _PRINT_HEADER + f"{_PRINT_HEAD} {_PRINT_HEAD} " + _LEAD
    for url in (None, "https://example.com/news/print/217373.html"):
        article = jm.parse_article(text, url=url)
        assert article.title == _PRINT_HEAD
        assert article.number == "217373"


def test_headline_twice_neg_lead_once() -> None:
    """-neg: a lead printed once, no headline: no title (today's reading)."""
    text = _PRINT_HEADER + _LEAD
    assert jm.parse_article(text).title is None


def test_headline_twice_neg_short_repeat() -> None:
    """-neg: a lead opening with a short phrase said twice (fewer than five words) is no
    headline printed twice."""
    text = _PRINT_HEADER + "خیلی خوب خیلی خوب " + _LEAD
    assert jm.parse_article(text).title is None


def test_headline_twice_neg_title_tag_twice_on_a_flattened_page() -> None:
    """-neg: a flattened print page opening with its <title> (``SITE - SLOGAN``) twice and
    a bracketed print mark: no title from the twice-printed opening (held_out 1143's
    extracted twin, today's reading)."""
    site = "شهرنامه - پایگاه خبری شهرنامه"
    text = f"{site} {site} [نسخه چاپی ] " + _LEAD.replace("\n\n", " ")
    assert jm.parse_article(text).title != site


def test_headline_twice_neg_flattened_page_opening_with_its_name_twice() -> None:
    """-neg: a flattened page's one line opening with an office's name twice (its <title>
    and its banner), no header line above: no title from it (held_out 1201, 1884's
    extracted twins, today's reading)."""
    name = "اداره کل آموزش فنی و حرفه‌ای استان یزد"
    text = f"{name} {name} " + _LEAD.replace("\n\n", " ")
    assert jm.parse_article(text).title != name
