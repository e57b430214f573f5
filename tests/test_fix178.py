"""fix178: the sixty-fifth blind batch's findings (docs/evaluation.md «1940-1955, sixty-fifth
blind batch», tests/pages 1940-1955).

1. A line opening with a comma or a semicolon («،رئیس ... گفت: ...») is a paragraph's
   continuation (a lead cut from the clause before it), never a title: the headline over a
   bulleted section and date line wins over it (tests/pages 1946).
2. A headline over a longer line opening with its first word and telling the same story,
   right over the header's code and date lines (or over the running text), is the title:
   the lower line is its summary (tests/pages 1942, 1943's visible and extracted text).
3. With no ``<h1>``, one ``<h2>``/``<h3>`` of class ``post-title`` or ``entry-title``
   (Blogger) is the page's heading (tests/pages 1950).
4. A date with company whose date carries its time («NAME یکشنبه، ... ساعت ۱۴:۰۶») is a
   header line to the lead finder: the author's name printed alone above it is no lead, and
   the date is read (tests/pages 1955).
5. A time in brackets right after its date («۱۳ مهر ۱۳۹۶ (۱۹:۴۶)») is the date's; a «(» with
   no «)» after the time is not (tests/pages 1948).
6. The page's one ``<footer>`` outside the article printing a labelled update stamp alone
   («آخرین بروز رسانی : 1400/01/16 18:22») is read as a text's footer line: the update time,
   with ``updated-before-published`` when earlier than the publication (tests/pages 1941).

The positives fail on main 5ab3baec; the ``-neg`` near misses pass on both. The sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- 1. a lead opening with a stray comma under a bulleted section and date line
_POOL_HEAD = "کلاس شنای رایگان برای کودکان بندرعباس برگزار می‌شود"
_POOL_LEAD = (
    "،مدیر ورزش شهرداری بندرعباس گفت:کلاس شنای رایگان ویژه کودکان هفت تا دوازده ساله از "
    "اول تیر ماه در استخر ساحلی شهر برگزار مي شو"
)
_POOL_TEXT = (
    f"{_POOL_HEAD}\n"
    "  • ورزشی\n\n"
    "  • خرداد 20، 1402 - 10:15\n\n\n"
    f"{_POOL_LEAD}\n\n"
    "به گزارش خبرنگار ما ،وی اظهار داشت: کودکان با همراه داشتن کارت شناسایی والدین می‌توانند "
    "ثبت نام کنند .\n\n\n"
    "وی افزود: مربیان این کلاس‌ها همه دارای مدرک نجات غریق هستند و کلاس‌ها هر روز صبح برگزار "
    "می‌شود .\n"
)


def test_stray_comma_lead_is_no_title() -> None:
    """The headline over the bulleted section and date line, not the comma-led lead."""
    article = jm.parse_article(_POOL_TEXT)
    assert article.title == _POOL_HEAD
    assert article.published is not None
    assert article.published.jalali_date == (1402, 3, 20)


def test_stray_comma_lead_is_no_title_neg() -> None:
    """A comma inside a line (not opening it) bars nothing: the headline holding one stays."""
    head = "کلاس شنای رایگان، ویژه کودکان بندرعباس"
    text = _POOL_TEXT.replace(_POOL_HEAD, head).replace(_POOL_LEAD, _POOL_LEAD[1:] + "د.")
    assert jm.parse_article(text).title == head


# -- 2. an author's name, the headline, its summary glued over the code and date lines
_VISIT_HEAD = "بازدید دانش آموزان بوشهر از موزه دریایی شهر به مناسبت هفته میراث فرهنگی"
_VISIT_SUMMARY = (
    "بازدید مدیر آموزش و پرورش شهرستان بوشهر به همراه دانش آموزان پایه ششم از موزه دریایی شهر"
)
_VISIT_TEXT = (
    "سارا نیک اندیش\n\n"
    f"{_VISIT_HEAD}\n\n"
    f"{_VISIT_SUMMARY}\n"
    "کد خبر : 274\n"
    "تاریخ انتشار : سه شنبه 7 مرداد 1399 - 09:40\n\n"
    "به گزارش روابط عمومی آموزش و پرورش شهرستان بوشهر مدیر این اداره گفت:به همراه گروهی از "
    "دانش آموزان پایه ششم مدارس شهر از بخش کشتی های قدیمی و نقشه های دریانوردی موزه دریایی "
    "بوشهر بازدید کردیم\n\n"
    "دانش آموزان در این بازدید با تاریخ دریانوردی در خلیج فارس آشنا شدند و پرسش های خود را "
    "از راهنمای موزه پرسیدند.\n"
)


def test_summary_under_headline_over_code_and_date() -> None:
    """The headline, not the longer summary glued over the code and date lines."""
    article = jm.parse_article(_VISIT_TEXT)
    assert article.title == _VISIT_HEAD
    assert article.number == "274"


def test_summary_under_headline_without_blank_lines() -> None:
    """The same as a page's visible text prints it, no blank line anywhere."""
    text = "\n".join(line for line in _VISIT_TEXT.splitlines() if line.strip())
    assert jm.parse_article(text).title == _VISIT_HEAD


def test_summary_under_headline_over_running_text() -> None:
    """The same with the header's lines dropped (an extractor's text): the summary is right
    over the running text."""
    text = "\n".join(
        line
        for line in _VISIT_TEXT.splitlines()
        if line.strip() and not line.startswith(("کد خبر", "تاریخ انتشار", "سارا"))
    )
    assert jm.parse_article(text).title == _VISIT_HEAD


def test_kicker_over_headline_neg() -> None:
    """A two-word kicker opening with the summary's first word keeps the line under it."""
    text = _VISIT_TEXT.replace(f"{_VISIT_HEAD}\n\n", "بازدید تابستانی\n\n")
    assert jm.parse_article(text).title == _VISIT_SUMMARY


def test_colon_kicker_over_headline_neg() -> None:
    """The same line ending with a colon is a kicker: the line under it stays the title."""
    text = _VISIT_TEXT.replace(f"{_VISIT_HEAD}\n\n", f"{_VISIT_HEAD}:\n\n")
    assert jm.parse_article(text).title == _VISIT_SUMMARY


# -- 3. Blogger: a year-first date header, the post's title in an h3, no h1
_BLOG_POST = (
    '<!DOCTYPE html><html dir="rtl"><head><meta charset="UTF-8">'
    "<title>golbarg: نامه های پاییز – 12</title></head><body>"
    '<div class="date-outer"><h2 class="date-header"><span>۱۳۹۶ مهر ۱۴, جمعه</span></h2>'
    '<div class="post hentry"><h3 class="post-title entry-title">نامه های پاییز – 12</h3>'
    '<div class="post-body entry-content"><br />برگ که می افتد<br />'
    "خیابان بوی تو را دارد<br />.<br />کدام باد<br />کدام کوچه را به یاد می آوری؟!<br />"
    ".<br /><br />لیلا مهرآیین<br />.<br /></div></div>"
    '<div class="comments"><h4>هیچ نظری موجود نیست:</h4></div></div></body></html>'
)


def test_blogger_entry_title_heading() -> None:
    """The h3 post title is the title, and the date header above it the day."""
    article = jm.parse_html(_BLOG_POST)
    assert article.title == "نامه های پاییز – 12"
    assert article.published is not None
    assert article.published.jalali_date == (1396, 7, 14)


def test_blogger_two_entry_titles_neg() -> None:
    """Two post titles (a day's page listing two posts) name no one post: no heading taken
    from them (the title is not the second post's)."""
    page = _BLOG_POST.replace(
        '<div class="comments">',
        '<div class="post hentry"><h3 class="post-title entry-title">نامه های پاییز – 13</h3>'
        '<div class="post-body entry-content">باران دوباره آمد<br /></div></div>'
        '<div class="comments">',
    )
    assert jm.parse_html(page).title != "نامه های پاییز – 13"


# -- 4. the author's name alone, then glued before the weekday of a dated, timed line
_BREAD_HEAD = "با ۹ شیرینی محلی شهرهای شمال ایران آشنا شوید"
_BREAD_TEXT = (
    f"{_BREAD_HEAD}\n\n"
    "نرگس امیری فر\n"
    "نرگس امیری فر سه‌شنبه، ۱۷ خرداد ۱۴۰۱ ساعت ۰۹:۲۵\n"
    f"{_BREAD_HEAD}\n\n"
    "شیرینی‌های محلی شمال ایران هر کدام داستانی از روزگار گذشته دارند و در هر شهر به شکلی "
    "تازه پخته می‌شوند و بسیاری از مسافران آن‌ها را برای خانواده خود سوغات می‌برند و در "
    "سفر بعدی دوباره سراغشان را می‌گیرند.\n\n"
    "در این مطلب با نه شیرینی از این شیرینی‌ها آشنا می‌شویم و می‌گوییم هر کدام را کجا "
    "می‌توانید پیدا کنید و چه زمانی از سال تازه‌ترند.\n"
)


def test_name_glued_before_timed_date() -> None:
    """The name alone over its glued copy before the weekday: the date line is read."""
    article = jm.parse_article(_BREAD_TEXT)
    assert article.title == _BREAD_HEAD
    assert article.published is not None
    assert article.published.jalali_date == (1401, 3, 17)
    assert article.published.gregorian.hour == 9


def test_name_glued_before_untimed_date_neg() -> None:
    """The same without the time keeps today's reading: the day alone, and the headline."""
    article = jm.parse_article(_BREAD_TEXT.replace(" ساعت ۰۹:۲۵", ""))
    assert article.title == _BREAD_HEAD
    assert article.published is not None
    assert article.published.jalali_date == (1401, 3, 17)


# -- 5. a time in brackets after its date
def test_time_in_brackets_after_date() -> None:
    """«تاریخ : چهارشنبه ، 21 آبان 1399 (08:05)»: the date and its time."""
    (found,) = jm.find_dates("تاریخ : چهارشنبه ، 21 آبان 1399 (08:05)")
    assert found.text == "چهارشنبه ، 21 آبان 1399 (08:05)"
    assert (found.gregorian.hour, found.gregorian.minute) == (8, 5)


def test_time_in_brackets_on_a_post() -> None:
    """A member's post footer: the labelled date with its bracketed time is published."""
    text = (
        "پاییز آمد و باران!\n\n"
        "برگ‌ها روی زمین خیس نشستند\n"
        "و کوچه بوی خاک گرفت\n\n"
        "شاعر: سپیده راد\n"
        "تاریخ : چهارشنبه ، 21 آبان 1399 (08:05)\n"
    )
    published = jm.parse_article(text).published
    assert published is not None
    assert published.jalali_date == (1399, 8, 21)
    assert published.gregorian.hour == 8


def test_unclosed_bracket_time_neg() -> None:
    """A «(» with no «)» after the time: the day alone, as today."""
    (found,) = jm.find_dates("تاریخ : چهارشنبه ، 21 آبان 1399 (08:05")
    assert found.text == "چهارشنبه ، 21 آبان 1399"


def test_bracketed_year_neg() -> None:
    """A Gregorian year in brackets after the date is no time."""
    (found,) = jm.find_dates("21 آبان 1399 (2020)")
    assert found.text == "21 آبان 1399"


# -- 6. a page footer holding an update stamp alone
_CLINIC_PAGE = (
    '<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8">'
    "<title>برگزاری کلاس آمادگی زایمان در مرکز بهداشت آستارا</title></head><body>"
    '<div class="news-page"><ul class="news-info"><li class="news-date">1401/06/20 - 10:40</li>'
    "</ul><h1>برگزاری کلاس آمادگی زایمان در مرکز بهداشت آستارا</h1>"
    '<div class="news-body"><p>کلاس آمادگی زایمان ویژه مادران باردار در مرکز بهداشت شهرستان '
    "آستارا با حضور کارشناسان مامایی برگزار شد و مادران با تمرین‌های تنفسی آشنا شدند.</p>"
    "<p>کارشناس مامایی مرکز گفت: این کلاس‌ها هر هفته برگزار می‌شود و شرکت در آن برای همه "
    "مادران باردار رایگان است.</p></div>"
    '<ul class="news-meta"><li>کد خبر : 80214</li></ul></div>'
    '<footer><div class="last-update">STAMP</div></footer></body></html>'
)


def test_footer_update_stamp_earlier_warned() -> None:
    """An update stamp earlier than the header's day: read as printed, with a warning."""
    article = jm.parse_html(_CLINIC_PAGE.replace("STAMP", "آخرین بروز رسانی : 1401/02/03 09:10"))
    assert article.updated is not None
    assert article.updated.jalali_date == (1401, 2, 3)
    assert "updated-before-published" in _codes(article)


def test_footer_update_stamp_later() -> None:
    """A later update stamp is the update time."""
    article = jm.parse_html(_CLINIC_PAGE.replace("STAMP", "آخرین بروز رسانی : 1401/06/22 12:00"))
    assert article.updated is not None
    assert article.updated.jalali_date == (1401, 6, 22)


def test_footer_with_more_than_a_stamp_neg() -> None:
    """A footer with the site's copyright beside the stamp stays outside: no update read."""
    article = jm.parse_html(
        _CLINIC_PAGE.replace(
            "STAMP",
            "کلیه حقوق این سایت متعلق به شبکه بهداشت آستارا است</div><div>"
            "آخرین بروز رسانی : 1401/06/22 12:00",
        )
    )
    assert article.updated is None


def test_linked_entry_title_neg() -> None:
    """A post title linking its post (a list's one item, a tag archive) is no heading: the
    h3's text is not taken from it."""
    page = _BLOG_POST.replace(
        '<h3 class="post-title entry-title">نامه های پاییز – 12</h3>',
        '<h3 class="post-title entry-title"><a href="/2017/10/blog-post.html">'
        "نامه های پاییز – 12</a> ۱۴ مهر ۱۳۹۶</h3>",
    )
    assert jm.parse_html(page).title != "نامه های پاییز – 12 ۱۴ مهر ۱۳۹۶"
