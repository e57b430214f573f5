"""Rules found on the seventh blind batch (tests/pages 730-769), each with a positive and a
negative case: the shapes are the real pages' (tests/pages/SOURCES.md), the words new."""

from __future__ import annotations

from tests.checks import warning_code_list as codes

import jalali_meta as jm

BODY = (
    "\nوالی استان در دیدار با مسئولان فرهنگی از برنامه‌های تازه این اداره برای سال آینده "
    "سخن گفت و افزود که کتابخانه‌های کوچک در روستاها ساخته خواهد شد.\n"
    "او گفت که این برنامه با همکاری وزارت فرهنگ اجرا می‌شود و هزینه آن از بودجه "
    "عادی استان پرداخته خواهد شد و گزارش کار هر سه ماه یک بار منتشر می‌شود.\n"
)


# -- 750/759: the source agency's «کد خبر» under the body against the address's ID ----------

PRINT_VIEW = "https://news.example.ir/Incsys/PrtNews.aspx?code=1328150"
REPRINT = (
    "کتابخانه‌های روستایی در استان ساخته می‌شوند\n"
    "تاریخ انتشار: ۱۴۰۳/۱۰/۲۶\n" + BODY + "کد خبر 6348120\n"
)


def test_footer_code_gives_way_to_the_address_id_printed_in_a_permalink() -> None:
    """A footer «کد خبر» that differs from the address's ID, which the page prints again in
    an article address (a sister domain's): the address's ID, with a number-conflict."""
    text = REPRINT + "http://www.sister.example.ir/fa/News/1328150/کتابخانه\n"
    article = jm.parse_article(text, url=PRINT_VIEW)
    assert article.number == "1328150"
    assert "number-conflict" in codes(article)


def test_footer_code_against_the_address_id_is_reported() -> None:
    """Without the address's ID printed on the page the footer code stays, reported."""
    article = jm.parse_article(REPRINT, url=PRINT_VIEW)
    assert article.number == "6348120"
    assert "number-conflict" in codes(article)


def test_footer_code_equal_to_the_address_id_is_no_conflict() -> None:
    """«کد خبر N1328150» and the address's 1328150 are one ID: no notice."""
    text = REPRINT.replace("6348120", "N1328150")
    article = jm.parse_article(text, url=PRINT_VIEW)
    assert article.number == "N1328150"
    assert "number-conflict" not in codes(article)


def test_footer_code_against_the_printed_permalink_without_an_address() -> None:
    """No address given: a footer code that differs from the ID of the one article address
    the page prints is reported (kept: nothing says which is the page's own)."""
    text = REPRINT + "http://www.sister.example.ir/fa/News/1328150/کتابخانه\n"
    article = jm.parse_article(text)
    assert (article.number, codes(article)) == ("6348120", ["number-conflict"])
    same = text.replace("6348120", "1328150")
    assert codes(jm.parse_article(same)) == []


# -- 735: a portal's clock to the second above the kicker and the title ---------------------

HEADLINE = "کتابخانه‌های روستایی در همه شهرستان‌های استان ساخته می‌شوند"


def test_weekday_date_time_to_the_second_over_a_kicker_is_the_sites_clock() -> None:
    """«دوشنبه 4 ارديبهشت 1396   09:49:47» on top, a kicker between it and the title: the
    moment the portal served the page, not the article's date."""
    text = "دوشنبه 4 ارديبهشت 1396   09:49:47\nمعاون وزیر فرهنگ:\n" + HEADLINE + BODY
    assert jm.parse_article(text).published is None


def test_weekday_date_time_without_seconds_over_a_kicker_is_the_articles() -> None:
    """The same line with its time to the minute, or to the second right over the title,
    stays the article's date."""
    minute = "دوشنبه 4 ارديبهشت 1396   09:49\nمعاون وزیر فرهنگ:\n" + HEADLINE + BODY
    assert jm.parse_article(minute).published.isoformat() == "2017-04-24T09:49:00+04:30"
    close = "دوشنبه 4 ارديبهشت 1396   09:49:47\n" + HEADLINE + BODY
    assert jm.parse_article(close).published.isoformat() == "2017-04-24T09:49:47+04:30"


# -- 730/757: a summary service's blurb paragraph over the article's header -----------------

BLURB = (
    "خبرنامه کتاب\n"
    "سامانه هوشمند خبرنامه کتاب تازه‌ترین خبرهای فرهنگی را هر روز برای شما کوتاه و "
    "خواندنی می‌کند و وقت شما را نگه می‌دارد.\n"
    "خبرها از موتور جستجوی خبرنامه گرد آمده‌اند:\n"
)


def test_headline_and_its_date_line_under_a_blurb_paragraph_head_the_article() -> None:
    """Blurb paragraph / HEADLINE / «SOURCE | SECTION | weekday، date - time» / lead: the
    article starts under its header, which gives the title and the date."""
    text = BLURB + HEADLINE + "\nایسنا | فرهنگی | یکشنبه، 08 تیر 1404 - 16:29" + BODY
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert article.published.isoformat() == "2025-06-29T16:29:00+03:30"


def test_a_subheading_without_a_date_line_under_the_lead_is_no_header() -> None:
    """A lead, then a subheading and a short line (no date line) over a paragraph: the
    lead is the lead, and the headline above it the title."""
    inner = "\nبرنامه سال آینده برای روستاها\nکتاب برای همه\nاو گفت"
    text = HEADLINE + "\nیکشنبه، 08 تیر 1404 - 16:29" + BODY.replace("\nاو گفت", inner)
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert article.lead.startswith("والی استان")


# -- 754: a blog's author line and its date labels, no headline printed ---------------------

BLOG_HEADER = "سفرنامه.ir\n\nسفرنامه\n\nنویسنده ارشد سفرنامه\n\nانتشار\n\n23 دی 1396\n"


def test_an_author_line_is_no_title_when_the_page_prints_no_headline() -> None:
    """Site lines, «نویسنده ارشد SITE», «انتشار» / date, then the body: no title (the
    headline is only in the address), the date kept."""
    article = jm.parse_article(BLOG_HEADER + BODY)
    assert article.title is None
    assert article.published.isoformat() == "2018-01-13"


def test_an_author_line_under_a_headline_leaves_the_headline() -> None:
    """The same header under a headline: the headline is the title."""
    article = jm.parse_article(HEADLINE + "\n\n" + BLOG_HEADER + BODY)
    assert article.title == HEADLINE


# -- 755 (703): a tag page's one item under menus, its excerpt cut with «[…]» -------------

MENUS = "×\n\nمنوی بالا\n\nمنوی اصلی\n\nدسترسی سریع\n\n"
EXCERPT = (
    "\nوالی استان در دیدار با مسئولان فرهنگی از برنامه‌های تازه این اداره برای سال آینده "
    "سخن گفت. او افزود که کتابخانه‌های کوچک در روستاها ساخته خواهد شد و جوانان […]\n"
)


def test_an_excerpt_under_menus_makes_the_headline_an_items() -> None:
    """Menus, HEADLINE, its date, an excerpt cut with «[…]» and no list name: the headline
    is the first item's, not the page's title (fix37: None, warned), and its date is the
    item's, not the page's."""
    article = jm.parse_article(MENUS + HEADLINE + "\n۱۹ شهریور ۱۴۰۳\n" + EXCERPT)
    assert article.title is None
    assert {"title-uncertain", "listing-page"} <= set(codes(article))
    assert article.published is None


def test_a_whole_paragraph_under_menus_is_an_article() -> None:
    """The same page with a whole lead (no «[…]»): one article, its date taken."""
    article = jm.parse_article(MENUS + HEADLINE + "\n۱۹ شهریور ۱۴۰۳\n" + BODY)
    assert article.title == HEADLINE
    assert article.published.isoformat() == "2024-09-09"
    assert "listing-page" not in codes(article)


# -- 756: a tag page's excerpt cut after a comma ---------------------------------------------

CUT_AT_COMMA = (
    "\nوالی استان در دیدار با مسئولان فرهنگی از برنامه‌های تازه این اداره برای سال آینده "
    "سخن گفت. او افزود که کتابخانه‌های کوچک در روستاها ساخته خواهد شد و جوانان در آنها،\n"
)


def test_an_excerpt_cut_after_a_comma_ends_a_tag_pages_item() -> None:
    """«TAG» / HEADLINE twice / a paragraph cut after «،» that ends the page: a tag page,
    named by the tag line."""
    text = "فرهنگ روستا\n\n" + HEADLINE + "\n\n" + HEADLINE + "\n" + CUT_AT_COMMA
    article = jm.parse_article(text)
    assert article.title == "فرهنگ روستا"


def test_a_paragraph_ending_with_a_comma_and_going_on_is_no_excerpt() -> None:
    """The same lead with the body going on under it: an article under its headline."""
    text = "فرهنگ روستا\n\n" + HEADLINE + "\n\n" + HEADLINE + "\n" + CUT_AT_COMMA + BODY
    assert jm.parse_article(text).title == HEADLINE


# -- 743: a home page's items, each headline printed twice over one paragraph ---------------

OTHER = "نمایشگاه عکس روستا در فرهنگسرای شهر گشایش یافت"
ONE_PARAGRAPH = (
    "\nرئیس اداره فرهنگ گفت: ساخت ده کتابخانه تازه در روستاهای استان از ماه آینده آغاز می‌شود.\n"
)
OTHER_PARAGRAPH = "\nرئیس اداره فرهنگ گفت: هشتاد قطعه عکس از عکاسان استان تا یک هفته در این نمایشگاه دیده می‌شود.\n"


def test_headlines_printed_twice_over_one_paragraph_each_are_a_lists_items() -> None:
    """HEADLINE twice / a paragraph / OTHER twice / a paragraph: the first item's headline,
    warned."""
    text = f"{HEADLINE}\n\n{HEADLINE}{ONE_PARAGRAPH}{OTHER}\n\n{OTHER}{OTHER_PARAGRAPH}"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert "title-uncertain" in codes(article)


def test_a_subheading_printed_once_under_the_lead_is_no_item() -> None:
    """The same page with the second headline printed once (a subheading of the article):
    no doubt."""
    text = f"{HEADLINE}\n\n{HEADLINE}{ONE_PARAGRAPH}{OTHER}{OTHER_PARAGRAPH}"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert "title-uncertain" not in codes(article)


# -- 752: a related post's date under a «پست های مرتبط» box ---------------------------------

RELATED = "پست های مرتبط\n\nقطعی برق در ساعت‌های عصر شهر ادامه دارد\n\nبه گزارش پایگاه خبری: قطعی برق در…\n\n۸ آذر ۱۴۰۴\n"


def test_a_date_under_a_related_posts_box_is_the_related_posts() -> None:
    """Body, «پست های مرتبط», a related post's headline, excerpt and date: the page prints
    no date of its own."""
    article = jm.parse_article(HEADLINE + "\n" + BODY + "\n" + RELATED)
    assert article.published is None


def test_a_date_right_under_the_body_is_still_the_articles() -> None:
    """The same date right under the body (no related box above it): the article's, warned
    as an unlabelled line below the body."""
    article = jm.parse_article(HEADLINE + "\n" + BODY + "\n۸ آذر ۱۴۰۴\n")
    assert article.published.isoformat() == "2025-11-29"
    assert "published-unlabelled" in codes(article)


# -- 763: a table of deadlines under a page's text -----------------------------------------

DEADLINES = (
    "حذف اضطراری\nتا ۳۰ آذر ۱۳۹۹\nپایان کلاس‌ها\n۱۸ دی ۱۳۹۹\nامتحانات\n۲۰ دی تا ۴ بهمن ۱۳۹۹\n"
)


def test_a_date_with_a_word_in_a_table_of_dates_is_no_publication_date() -> None:
    """«تا ۳۰ آذر ۱۳۹۹» under the body with another row's date right under it: a row of a
    table of deadlines, not the page's date (as a plain date line there is not)."""
    article = jm.parse_article(HEADLINE + "\n" + BODY + DEADLINES)
    assert article.published is None


def test_a_date_with_a_word_alone_under_the_body_is_the_articles() -> None:
    """«ایسنا - ۳۰ آذر ۱۳۹۹» alone under the body: the article's date, warned."""
    article = jm.parse_article(HEADLINE + "\n" + BODY + "ایسنا - ۳۰ آذر ۱۳۹۹\n")
    assert article.published.isoformat() == "2020-12-20"
    assert "published-unlabelled" in codes(article)


# -- 742: a list's «جدید» badge run into the headline's line ---------------------------------


def test_a_new_badge_after_the_headlines_verb_is_not_the_titles() -> None:
    """«HEADLINE ... می‌شوند جدید»: the badge after the verb is the list's, not the title's."""
    article = jm.parse_article(HEADLINE + " جدید\n" + BODY)
    assert article.title == HEADLINE


def test_new_as_the_headlines_last_word_stays() -> None:
    """«... از طرح جدید» (the adjective ends a headline without a verb): kept."""
    headline = "رونمایی وزیر فرهنگ از طرح جدید"
    assert jm.parse_article(headline + "\n" + BODY).title == headline


# -- 749: an image's file name over the text, and the theme's day over the post's date -----------

IMAGE_NAME = "278720114_1946125882231904_7730186522911902344_n"


def test_an_image_file_name_is_never_the_title() -> None:
    """A Facebook image's name alone on its line over the text: no title."""
    article = jm.parse_article(IMAGE_NAME + "\n" + BODY)
    assert article.title is None


def test_a_name_with_an_underscore_and_letters_may_be_a_title() -> None:
    """A short Latin name with an underscore and letters («Galaxy_S24 Ultra») is no file."""
    assert jm.parse_article("Galaxy_S24 Ultra\n" + BODY).title == "Galaxy_S24 Ultra"


def test_without_a_headline_the_weekday_banner_over_a_post_date_is_set_aside() -> None:
    """«Monday, 27 March 2023» / a line that is no headline / «April 21, 2022» / text: the
    theme's day of the visit is set aside, the post's date taken."""
    for between in (IMAGE_NAME, "م. رهرو"):
        text = f"Monday, 27 March 2023\n{between}\nApril 21, 2022\n{BODY}"
        assert jm.parse_article(text).published.isoformat() == "2022-04-21"


def test_without_a_headline_a_lone_weekday_date_is_kept() -> None:
    """The same page without the post's date: its one date line is kept."""
    text = f"Monday, 27 March 2023\n{IMAGE_NAME}\n{BODY}"
    assert jm.parse_article(text).published.isoformat() == "2023-03-27"


def test_a_long_line_opening_with_the_word_for_author_stays_the_title() -> None:
    """«نویسنده جوان ...» with a sentence's length: a headline, not a byline."""
    headline = "نویسنده جوان شهر جایزه کتاب سال را برد"
    assert (
        jm.parse_article(BLOG_HEADER.replace("نویسنده ارشد سفرنامه", headline) + BODY).title
        == headline
    )
