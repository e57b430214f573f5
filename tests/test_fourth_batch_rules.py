"""Rules found on the fourth blind batch (tests/pages 610-649), each with a positive and a
negative case: the shapes are the real pages' (tests/pages/SOURCES.md), the words new."""

from __future__ import annotations

import pytest

import jalali_meta as jm

BODY = (
    "\nوالی ولایت در دیدار با مسئولان فرهنگی از برنامه‌های تازه این اداره برای سال آینده "
    "سخن گفت و افزود که کتابخانه‌های کوچک در ولسوالی‌ها ساخته خواهد شد و جوانان در آنها "
    "کتاب خواهند خواند.\n"
    "او گفت که این برنامه با همکاری وزارت اطلاعات و فرهنگ اجرا می‌شود و هزینه آن از بودجه "
    "عادی ولایت پرداخته خواهد شد و گزارش کار هر سه ماه یک بار منتشر می‌شود.\n"
)


# -- 628/644: a Pashto dateline in brackets, month first, a dash, «لمریزکال» ---------------


def test_pashto_bracketed_dateline_month_dash_year_solar_word_is_the_date() -> None:
    """«( کابل ټيليګراف (سلواغې ۲۷– ۱۴۰۳ لمريزکال )» under the headline is the page's date
    (Salwagha = Dalw, month 11), not the title."""
    page = (
        "کابل کې ټلویزیونونو ته د سیاسي مرکو د بندولو امر شوی\n\n"
        "( کابل ټيليګراف (سلواغې ۲۷– ۱۴۰۳ لمريزکال )\n" + BODY
    )
    article = jm.parse_article(page)
    assert article.title == "کابل کې ټلویزیونونو ته د سیاسي مرکو د بندولو امر شوی"
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2025-02-15"
    assert jm.parse_datetime("سلواغې ۲۷– ۱۴۰۳").gregorian.isoformat() == "2025-02-15"
    assert jm.parse_datetime("۲۷ سلواغې ۱۴۰۳ لمریز کال").jalali_date == (1403, 11, 27)


def test_zodiac_month_first_still_needs_a_comma_or_dash_before_the_year() -> None:
    """The zodiac names are common words («میزان» amount): with only a space before the
    year, or a dash into a longer number, no date is read."""
    with pytest.raises(jm.ParseError):
        jm.parse_datetime("سلواغې ۲۷ ۱۴۰۳")
    with pytest.raises(jm.ParseError):
        jm.parse_datetime("میزان ۲۷- ۱۴۰۳/۱۲")


def test_a_bracketed_date_in_a_long_line_is_no_date_line() -> None:
    """Brackets standing alone are no words, but a line with many words beside its date stays
    text: the headline is chosen and the date is not the page's."""
    page = (
        "( وزیر معارف در سفر خود به ولایت هرات گفت مکتب‌ها به زودی بازگشایی می‌شوند (سلواغې ۲۷– ۱۴۰۳ )\n"
        + BODY
    )
    article = jm.parse_article(page)
    assert article.published is None


# -- 610/649: an aggregator's today banner over an item whose dateline prints another day --


BANNER_PAGE = (
    "اولین جستجوگر پیشرفته افغانستان ، شنبه, 27 دلو , 1397\n\n"
    "در ولایت کابل ریاست اطلاعات و فرهنگ ایجاد خواهد شد\n\n"
    "کابل باختر/ {day}/ دلو" + BODY
)


def test_banner_above_the_title_is_not_the_date_when_the_dateline_prints_another_day() -> None:
    """«شنبه, 27 دلو , 1397» above the headline, «کابل باختر/ 10/ دلو» under it: the top date
    is the site's banner of the day of the visit, never the item's publication date."""
    article = jm.parse_article(BANNER_PAGE.format(day="10"))
    assert article.title == "در ولایت کابل ریاست اطلاعات و فرهنگ ایجاد خواهد شد"
    assert article.published is None


def test_date_above_the_title_is_kept_when_the_dateline_prints_the_same_day() -> None:
    """The same day in the dateline under the headline agrees with the date above it."""
    article = jm.parse_article(BANNER_PAGE.format(day="27"))
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2019-02-16"


# -- 612/648: a blog's name and motto over the post title ----------------------------------


BLOG_POST = (
    "حسن مرتضوی عرفان عملی وتصوف\n\n"
    "مباحث ومطالب پیرامون عرفان عملی وتصوف\n\n"
    "{short}\n"
    "ساعت ۱۰:۴۲ ق.ظ روز جمعه ۱۰ اسفند ۱۳۸۶\n" + BODY
)


def test_short_line_between_the_title_and_the_date_line_makes_the_title_uncertain() -> None:
    """NAME / MOTTO / «حوزه بصره» / date / body: the short line over the date line may be
    the post's title; the title chosen over it carries title-uncertain naming it. (Since
    fixtitle, a motto repeating words of the name above it gives way to the short line:
    tests/test_title_rules_8.py; here the motto shares no word with the name.)"""
    post = BLOG_POST.replace("حسن مرتضوی عرفان عملی وتصوف", "وبلاگ حسن مرتضوی")
    article = jm.parse_article(post.format(short="حوزه بصره"))
    doubts = [w.message for w in article.warnings if w.code == "title-uncertain"]
    assert article.title == "مباحث ومطالب پیرامون عرفان عملی وتصوف"
    assert doubts
    assert "«حوزه بصره»" in doubts[0]


def test_source_line_between_the_title_and_the_date_line_raises_no_doubt() -> None:
    """A source's label line («اخبار روز: www.example.de») there is no title: no doubt."""
    article = jm.parse_article(BLOG_POST.format(short="اخبار روز: www.iran-chabar.de"))
    assert "title-uncertain" not in [w.code for w in article.warnings]


def test_breadcrumb_glued_to_the_first_paragraph_starts_the_body() -> None:
    """«حوزه علمیه > ... > حوزه علمیه بصره TEXT...» (a breadcrumb run into a paragraph):
    the body starts there, so the date line above it is the header's, not a late line."""
    page = (
        "وبلاگ عرفان و تصوف\nحوزه علمیه بصره در سده‌های نخست\n"
        "ساعت ۱۰:۴۲ ق.ظ روز جمعه ۱۰ اسفند ۱۳۸۶\n"
        "حوزه علمیه > حوزه در بستر تاریخ> حوزه علمیه بصره" + BODY.replace("\n", " ") + "\n"
    )
    article = jm.parse_article(page)
    assert article.evidence.get("published") == "date line"
    assert article.title == "حوزه علمیه بصره در سده‌های نخست"


def test_headline_glued_to_a_breadcrumb_is_not_the_body() -> None:
    """A breadcrumb with a headline glued to it and no paragraph after it is no body."""
    page = "خانه > اخبار > فرهنگی > نشست تازه کتاب‌خوانان شهر برگزار شد\n" + BODY
    article = jm.parse_article(page)
    assert article.lead is not None
    assert not article.lead.startswith("خانه")


def test_feed_link_title_names_the_site_in_the_title_element() -> None:
    """«<title>BLOG - POST</title>» with no og:site_name: the RSS link's title names the
    blog, so the post's part of <title> is the title, even when it is the shorter part."""
    pytest.importorskip("selectolax")
    page = (
        "<html><head><title>حسن مرتضوی عرفان عملی وتصوف - حوزه بصره</title>"
        '<link rel="alternate" type="application/rss+xml" title="حسن مرتضوی عرفان عملی وتصوف"'
        ' href="/rss.xml"></head><body><div>حسن مرتضوی عرفان عملی وتصوف</div>'
        "<div>حوزه بصره</div><div>ساعت ۱۰:۴۲ ق.ظ روز جمعه ۱۰ اسفند ۱۳۸۶</div>"
        "<p>" + BODY + "</p></body></html>"
    )
    assert jm.parse_html(page).title == "حوزه بصره"


def test_title_element_without_a_feed_keeps_its_longer_part() -> None:
    """Without a feed or site name the longer part of <title> is still the headline."""
    pytest.importorskip("selectolax")
    page = (
        "<html><head><title>خبرگزاری نمونه - بازگشایی کتابخانه‌های تازه در ولسوالی‌های کابل</title>"
        '<link rel="alternate" type="application/rss+xml" title="خبرگزاری نمونه" href="/rss">'
        "</head><body><p>" + BODY + "</p></body></html>"
    )
    assert jm.parse_html(page).title == "بازگشایی کتابخانه‌های تازه در ولسوالی‌های کابل"


# -- 646 (and 556): WordPress's archive title «بایگانی‌های NAME - SITE» -------------------


ARCHIVE_HTML = (
    '<html><head><title>{title}</title><meta property="og:title" content="{title}"></head>'
    '<body><article><h2><a href="/?p=4519">معاون عمرانی استاندار: طرح ساماندهی گلزارها تا پایان '
    "سال اجرا می‌شود</a></h2><p>" + BODY + "</p><span>۲۹ اردیبهشت ۱۴۰۱</span></article>"
    "</body></html>"
)


@pytest.mark.parametrize(
    "title",
    [
        "بایگانی‌های معاون عمرانی استاندار - استانداری اصفهان",
        "بایگانی‌های معاون عمرانی استاندار &#8211; استانداری اصفهان",
        "معاون عمرانی استاندار Archives | استانداری اصفهان",
    ],
)
def test_wordpress_archive_title_names_the_list(title: str) -> None:
    """«بایگانی‌های NAME - SITE» in <title> and og:title: the title is NAME."""
    pytest.importorskip("selectolax")
    assert jm.parse_html(ARCHIVE_HTML.format(title=title)).title == "معاون عمرانی استاندار"


def test_archive_title_line_in_a_text_names_the_list_and_drops_the_items_date() -> None:
    """The same line printed in a page text is the list's name; the item's date is not the
    page's (listing-page)."""
    page = (
        "بایگانی‌های خراسان تاریخی - نشریه فرهنگی خاتون شرق\n"
        "«از توس تا هرات» ۲۲ مهر ۱۴۰۰\nگذری بر راه‌های کهن خراسان\n" + BODY
    )
    article = jm.parse_article(page)
    assert article.title == "خراسان تاریخی"
    assert article.published is None
    assert "listing-page" in [w.code for w in article.warnings]


def test_a_headline_opening_with_archives_is_no_archive_title() -> None:
    """«بایگانی‌های ملی ...» as a headline (no «- SITE» after it) stays the headline."""
    page = "بایگانی‌های ملی کشور تا پایان سال دیجیتال می‌شوند\n" + BODY
    article = jm.parse_article(page)
    assert article.title == "بایگانی‌های ملی کشور تا پایان سال دیجیتال می‌شوند"
    assert "listing-page" not in [w.code for w in article.warnings]


# -- 619: an article's ID in the query ------------------------------------------------


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("http://zebhi.ir/print.php?AID=137329&ToDo=ShowArticles", "137329"),
        ("https://x.ir/index.php?aid=55&sid=7", None),
    ],
)
def test_article_id_in_the_address(url: str, number: str | None) -> None:
    """«?AID=N» is an article's ID; «aid» beside another «...id» field is unsure."""
    assert jm.parse_article(BODY, url=url).number == number


# -- 619, 637: the headline printed twice with lines between the copies ---------------------


def test_first_print_of_a_headline_printed_twice_over_a_subtitle_is_the_title() -> None:
    """HEADLINE (with a ZWNJ) / English subtitle / HEADLINE (a space for the ZWNJ) / body:
    the first print, as the site spells it, is the title."""
    page = (
        "آشنایی با انواع داده در زبان Dart برای توسعه‌دهندگان جاوا اسکریپت\n\n"
        "A Tour of the Dart Language\n\n"
        "آشنایی با انواع داده در زبان Dart برای توسعه دهندگان جاوا اسکریپت\n" + BODY
    )
    assert jm.parse_article(page).title == (
        "آشنایی با انواع داده در زبان Dart برای توسعه‌دهندگان جاوا اسکریپت"
    )


def test_a_longer_line_above_is_not_the_headlines_first_print() -> None:
    """A line above that holds more than the headline (the site's name after it) is no
    first print: the headline printed alone next to the body is the title."""
    page = (
        "آشنایی با انواع داده در زبان Dart برای توسعه‌دهندگان جاوا اسکریپت - روکسو\n\n"
        "A Tour of the Dart Language\n\n"
        "آشنایی با انواع داده در زبان Dart برای توسعه دهندگان جاوا اسکریپت\n" + BODY
    )
    assert jm.parse_article(page).title == (
        "آشنایی با انواع داده در زبان Dart برای توسعه دهندگان جاوا اسکریپت"
    )


# -- 633: a record's field «LABEL : VALUE» under the title -----------------------------------


def test_record_field_line_is_never_the_title() -> None:
    """«نوع مقاله : مقاله پژوهشی» between a journal article's title and its authors is a
    field: the title above it is chosen."""
    page = (
        "سنجش زیست‌پذیری محله‌های حاشیه‌ای کلانشهر مشهد با رویکرد شهر انسانی\n\n"
        "نوع مقاله : مقاله پژوهشی\n\nنویسندگان\n" + BODY
    )
    assert jm.parse_article(page).title == (
        "سنجش زیست‌پذیری محله‌های حاشیه‌ای کلانشهر مشهد با رویکرد شهر انسانی"
    )


def test_headline_quoting_a_speaker_with_a_spaced_colon_stays_the_title() -> None:
    """«ظریف : مذاکرات تا رسیدن به توافق ادامه دارد» (one name, then the words said) is a
    headline, not a field."""
    page = "ظریف : مذاکرات تا رسیدن به توافق ادامه دارد\n" + BODY
    assert jm.parse_article(page).title == "ظریف : مذاکرات تا رسیدن به توافق ادامه دارد"


# -- 621: a periodical's name and issue number over the article ---------------------------


def test_periodical_issue_line_is_never_the_title() -> None:
    """«فصلنامه فرهنگی پیمان شماره 77» under the author's line names the magazine's issue:
    the page prints no headline, so no title (and the issue number is not the number)."""
    page = "نویسنده: دکتر مهران سپهری\n\n\nفصلنامه فرهنگی پیمان شماره 77\n" + BODY
    article = jm.parse_article(page)
    assert article.title is None
    assert article.number is None


def test_headline_about_a_newspaper_with_a_number_stays_the_title() -> None:
    """«روزنامه اطلاعات به شماره ۳۰ هزار رسید» (a headline about a paper) stays the title."""
    page = "روزنامه اطلاعات به شماره ۳۰ هزار رسید\n" + BODY
    assert jm.parse_article(page).title == "روزنامه اطلاعات به شماره ۳۰ هزار رسید"


# -- 630: a table's rows (tab-separated cells) ------------------------------------------------


TABLE = "ردیف\tنام ارز\tکد ارز\tنرخ (ریال)\n1\tدلار آمریکا\tUSD\t37280\n5\tلیر ترکیه\tTRY\t9780\n"


def test_table_row_is_never_the_title() -> None:
    """A rate page: its title printed twice, then a table whose rows have tab-separated
    cells; a row next to the text under the table is no title."""
    title = "نرخ رسمی ارز گمرک ایران تاريخ اعتبار از 1396/12/05 لغايت 1396/12/11"
    page = f"{title}\n\n{title}\n\n" + TABLE + BODY
    assert jm.parse_article(page).title == title


def test_title_with_a_single_tab_is_still_a_title() -> None:
    """One tab (an indent kept by extraction) does not make a table row."""
    page = "نرخ رسمی ارز گمرک ایران\tاعلام شد\n" + BODY
    assert jm.parse_article(page).title == "نرخ رسمی ارز گمرک ایران\tاعلام شد"


# -- 631: a lettered section heading with the next letter below it --------------------------


SECTIONS = (
    "فضاهای آموزشی:\nالف ـ مدارس علمیه\n" + BODY.strip() + "\nب ـ مساجد\n"
    "در بسیاری از شهرها درس‌های سطح و خارج در شبستان مسجدهای جامع برگزار می‌شد و مسجد پس از "
    "مدرسه مهم‌ترین جای آموزش بود و عالمان بزرگ در آنجا برای شاگردان خود درس می‌گفتند.\n"
)


def test_lettered_section_heading_with_its_sibling_below_is_no_title() -> None:
    """«الف ـ مدارس علمیه» with «ب ـ مساجد» further down: sections of an entry whose title is
    not printed; no title, with title-uncertain naming the section heading above."""
    article = jm.parse_article(SECTIONS)
    assert article.title is None
    assert "title-uncertain" in [w.code for w in article.warnings]


def test_lettered_line_without_a_next_letter_may_be_the_title() -> None:
    """Without «ب ـ ...» below, «الف ـ مدارس علمیه» is not known to be a section."""
    page = "الف ـ مدارس علمیه در سده‌های نخست\n" + BODY
    assert jm.parse_article(page).title == "الف ـ مدارس علمیه در سده‌های نخست"


# -- 639: a question headline over its twin without the question word ----------------------


QUESTION_PAGE = "پرش به محتوا\n\n{upper}\n\nمدیریت دانش پروژه\n" + BODY
SLUG_URL = "https://behtime.ir/main/%D9%85%D8%AF%DB%8C%D8%B1%DB%8C%D8%AA-%D8%AF%D8%A7%D9%86%D8%B4-%D9%BE%D8%B1%D9%88%DA%98%D9%87/"


def test_question_headline_over_its_twin_is_the_title() -> None:
    """«مدیریت دانش پروژه چیست؟» over «مدیریت دانش پروژه» (the image's alt text, the words
    of the address): the question is the title, with the address or without it."""
    page = QUESTION_PAGE.format(upper="مدیریت دانش پروژه چیست؟")
    assert jm.parse_article(page, url=SLUG_URL).title == "مدیریت دانش پروژه چیست؟"
    assert jm.parse_article(page).title == "مدیریت دانش پروژه چیست؟"


def test_longer_line_that_asks_nothing_does_not_take_the_title_from_the_slug() -> None:
    """A longer line above that is no question: the line the address spells stays the title."""
    page = QUESTION_PAGE.format(upper="مدیریت دانش پروژه در شرکت‌ها")
    assert jm.parse_article(page, url=SLUG_URL).title == "مدیریت دانش پروژه"


# -- 617/643: Blogfa's post signature with an unpadded minute after «ساعت» -------------------


def test_blogfa_signature_under_the_post_is_its_date_with_the_unpadded_minute() -> None:
    """«+ نوشته شده در دوشنبه هجدهم آبان ۱۳۹۴ ساعت 16:9 توسط NAME» under the post: posted
    on 1394/08/18 at 16:09 (Blogfa prints the minute unpadded after «ساعت»)."""
    page = (
        "خبر و اصول خبرنویسی\n"
        + BODY
        + "+ نوشته شده در دوشنبه هجدهم آبان ۱۳۹۴ ساعت 16:9 توسط محمد رضا آخوندی\n | \n"
    )
    article = jm.parse_article(page)
    assert article.published is not None
    assert article.published.isoformat() == "2015-11-09T16:09:00+03:30"
    assert article.published.text == "دوشنبه هجدهم آبان ۱۳۹۴ ساعت 16:9"


def test_unpadded_minute_outside_a_signature_is_still_refused() -> None:
    """«ساعت 16:9» on a date line that is no post signature, and in parse_datetime: a digit
    may be lost, so no time is read; the article keeps the day alone, warned (time-unread)."""
    page = "خبر و اصول خبرنویسی\nدوشنبه هجدهم آبان ۱۳۹۴ ساعت 16:9\n" + BODY
    article = jm.parse_article(page)
    assert article.published is not None
    assert article.published.isoformat() == "2015-11-09"
    assert "time-unread" in [w.code for w in article.warnings]
    with pytest.raises(jm.ParseError):
        jm.parse_datetime("هجدهم آبان ۱۳۹۴ ساعت 16:9")


def test_sentence_about_writing_with_a_date_is_no_signature() -> None:
    """A sentence that says something was written on a day (more words after the date than
    a signer's name) stays body text: no date is taken from it."""
    page = (
        "خبر و اصول خبرنویسی\n"
        + BODY
        + "این کتاب نوشته شده در ۱۸ آبان ۱۳۹۴ است و پس از آن بارها در دانشگاه‌های کشور تدریس شد و "
        "نسخه تازه آن به زودی منتشر می‌شود.\n"
    )
    assert jm.parse_article(page).published is None


def test_periodical_issue_line_printed_again_heads_the_issues_page() -> None:
    """A newsstand site's issue page prints «روزنامه X شماره N» more than once: there it is
    the page's title."""
    line = "روزنامه صدای اصلاحات شماره 1555"
    page = f"{line}\n\n{line}\n\n" + BODY
    assert jm.parse_article(page).title == line


# -- 629: a weekday's date over a live clock ticking in seconds ------------------------------


CLOCK_PAGE = (
    "شنبه ۲۰ خرداد ۱۴۰۲\n{clock}\n\nمعاون عمرانی استاندار از طرح ساماندهی گلزارها خبر داد\n" + BODY
)


def test_date_over_a_live_clock_with_seconds_is_the_sites_clock() -> None:
    """«شنبه ۲۰ خرداد ۱۴۰۲» over «۱۲:۰۰:۵۲» above the headline: the visit's day and a script's
    clock, never the article's publication time."""
    assert jm.parse_article(CLOCK_PAGE.format(clock="۱۲:۰۰:۵۲")).published is None


def test_date_over_a_time_without_seconds_is_still_the_articles() -> None:
    """A time without seconds under the date is the article's time, as before."""
    article = jm.parse_article(CLOCK_PAGE.format(clock="۱۲:۰۰"))
    assert article.published is not None
    assert article.published.isoformat() == "2023-06-10T12:00:00+03:30"


# -- 620: a journal database's page range ---------------------------------------------------


def test_page_range_line_is_never_the_title() -> None:
    """«(1 صفحه - از 77 تا 77)» under an article's title in a journal database is its page
    range: the title above it is kept."""
    page = (
        "Skip to main content\nفهرست مقالات\n\nنامه ها\n\n(1 صفحه - از 77 تا 77)\n\n"
        "خلاصه ماشینی:\n\n" + BODY
    )
    assert jm.parse_article(page).title == "نامه ها"


def test_headline_with_page_words_stays_the_title() -> None:
    """«۱۲ صفحه از تاریخ شهری که فراموش شد» is a headline, not a page range."""
    page = "۱۲ صفحه از تاریخ شهری که فراموش شد\n" + BODY
    assert jm.parse_article(page).title == "۱۲ صفحه از تاریخ شهری که فراموش شد"
