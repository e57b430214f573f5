"""fix249: what real71 (the sixtieth real sample, docs/real_sample.md) found.

- A reprinted regulation's heading «شماره: NNNNNت NNNNNهـ» / «تاریخ :YYYY.MM.DD» (mrmayor.ir,
  real71 #17): the letter's number and date, the document's, never the page's publication.
- Blogfa's «NAME.blogfa.com/?p=2» (khatekhatam.blogfa.com, real71 #12): the blog's front
  page's second page, a list of posts; its ``p`` is no post's ID.
- A post's title with a bracketed qualifier printed twice, «NAME (قدیم)», over the reprinted
  document's heading «NAME» (foroughi.rozblog.com, real71 #09): the post's title is taken.

The headlines and bodies are written for these tests, the values changed.
"""

from __future__ import annotations

import jalali_meta as jm

# -- (1) a reprinted letter's number and date ----------------------------------------------


def _regulation_post(number_line: str, date_line: str) -> str:
    # mrmayor.ir's post (real71 #17): the post's title, its yearless day and categories, the
    # regulation's own heading, its number and date lines, the addressees, its text.
    return (
        "دستورالعمل ایمنی کارگاه های ساختمانی\n\n"
        "در ۹ مهر | مجموعه قوانین شهری | توسط | دیدگاه بدون دیدگاه\n\n"
        "دستورالعمل ایمنی کارگاه های ساختمانی\n"
        f"{number_line}\n"
        f"{date_line}\n"
        "وزارت کشور ـ وزارت کار و امور اجتماعی\n"
        "هیأت وزیران در جلسه خود بنا به پیشنهاد وزارت کشور دستورالعمل ایمنی کارگاه های "
        "ساختمانی را به شرح زیر تصویب نمود و اجرای آن را به دستگاه های یاد شده ابلاغ کرد:\n\n"
        "ماده 1 ـ کارفرما مکلف است پیش از آغاز کار، حصار و علائم هشدار کارگاه را نصب کند و "
        "نام مسئول ایمنی را در محل ورودی کارگاه به آگاهی همگان برساند.\n"
    )


def test_dated_heading_of_a_reprinted_letter_is_not_the_publication() -> None:
    for number_line, date_line in (
        ("شماره: .41207ت 21950هـ", "تاریخ :1384.07.12"),
        ("شماره : 41207/ت/21950", "تاریخ : 1384/07/12"),
    ):
        article = jm.parse_article(_regulation_post(number_line, date_line))
        assert article.published is None
        codes = {notice.code for notice in article.warnings}
        assert "published-conflict" in codes  # set aside, never silently


def test_date_over_the_letter_number_is_the_documents_too() -> None:
    article = jm.parse_article(_regulation_post("تاریخ :1384.07.12", "شماره: .41207ت 21950هـ"))
    assert article.published is None


def test_date_under_an_article_number_neg_is_the_pages() -> None:
    # «شماره : 52817» (an article's number, digits only) over «تاریخ : DATE»: the page's.
    article = jm.parse_article(_regulation_post("شماره : 52817", "تاریخ : 1384/07/12"))
    assert article.published is not None
    assert article.published.jalali_date == (1384, 7, 12)


def test_date_under_an_issue_with_a_month_word_neg_is_the_pages() -> None:
    # A long word in the number's value («۱۲ مهرماه») is no letter's code.
    article = jm.parse_article(_regulation_post("شماره : 2345 مهرماه", "تاریخ : 1384/07/12"))
    assert article.published is not None
    assert article.published.jalali_date == (1384, 7, 12)


# -- (2) blogfa's front page by query ------------------------------------------------------

_BLOG_PAGE = (
    "دفتر قلم و مرکب\n\n"
    "مرحوم استاد نصرالله قلمزن فرزند حسن\n"
    ".......................................................\n\n"
    "مرحوم استاد نصرالله قلمزن فرزند حسن\n"
    "متولد سال 1310 در قزوین و از نامدارترین سازندگان قلمتراش برای خوشنویسان بود .\n"
    "وی نخست چند سال نزد استادی در بازار قزوین کار آهنگری آموخت و سپس به تهران آمد و "
    "کارگاه کوچکی برای ساختن قلمتراش و کاردهای ظریف برپا کرد که شهرت بسیار یافت .\n"
)


def test_blogfa_front_page_by_query_is_a_list() -> None:
    article = jm.parse_article(_BLOG_PAGE, url="https://qalamomorakkab.blogfa.com/?p=2")
    assert article.number is None
    codes = {notice.code for notice in article.warnings}
    assert "listing-page" in codes
    assert article.title is None or "title-uncertain" in codes


def test_wordpress_post_by_query_neg_keeps_its_id() -> None:
    article = jm.parse_article(_BLOG_PAGE, url="https://qalamomorakkab.ir/?p=2")
    assert article.number == "2"
    assert "listing-page" not in {notice.code for notice in article.warnings}


def test_blogfa_post_address_neg_is_a_post() -> None:
    article = jm.parse_article(_BLOG_PAGE, url="https://qalamomorakkab.blogfa.com/post/2")
    assert article.number == "2"
    assert article.title == "مرحوم استاد نصرالله قلمزن فرزند حسن"


# -- (4) a post's title printed twice with its bracketed qualifier --------------------------


def _blog_repost(twice: bool) -> str:
    # foroughi.rozblog.com's post (real71 #09): the blog's chrome, the post's title with its
    # qualifier in the sidebar and twice as its heading, a download note, the reprinted law's
    # own heading without the qualifier (printed twice around the ministry's name), its
    # chapters and articles.
    heading = "مقررات شوراهای روستا (قدیم)\n\n" + (
        "مقررات شوراهای روستا (قدیم)\n\n" if twice else ""
    )
    return (
        "close\n"
        "تبلیغات در اینترنت\n"
        "مقررات شوراهای روستا (قدیم)\n"
        "آخرین مطالب\n\n"
        "تماس با ما\n\n" + heading + "برای دریافت فایل به ادامه مطلب بروید\n\n"
        "مقررات شوراهای روستا\n\n"
        "وزارت کشور\n\n"
        "مقررات شوراهای روستا\n\n"
        "فصل اول\n\n"
        "ماده اول:\n\n"
        "(1) این مقررات به منظور سامان دادن به کار شوراهای روستا و روشن کردن وظایف اعضای آن ها "
        "در برابر اهالی و ادارات شهرستان، تهیه و به تصویب رسیده است.\n\n"
        "(2) شورای روستا از پنج عضو تشکیل می شود که از میان اهالی همان روستا برای دو سال "
        "برگزیده می شوند.\n"
    )


def test_post_title_printed_twice_with_its_qualifier_is_the_title() -> None:
    for url in (None, "http://shorayerusta.rozblog.com/post/14"):
        article = jm.parse_article(_blog_repost(twice=True), url=url)
        assert article.title == "مقررات شوراهای روستا (قدیم)"


def test_qualified_line_printed_once_neg_keeps_main_choice() -> None:
    # Printed once above the document's heading, the qualified line is not taken by this
    # rule (a caption's or a list's line as often): main's choice is kept.
    article = jm.parse_article(_blog_repost(twice=False))
    assert article.title == "مقررات شوراهای روستا"
