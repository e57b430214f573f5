"""fix256: a line of no sentence's mark ending with a short name in guillemets is no paragraph
by its closing mark: a headline's «... در مسابقات بین المللی «قائم کاپ»» (4dangehnews.ir,
real71 #21), printed once over a lead that ends with a period. Sentences are ours."""

from __future__ import annotations

import pytest

from jalali_meta import parse_article, parse_html

# A headline's most words (_lines.HEADLINE_MAX_WORDS).
HEADLINE_MAX_WORDS = 25
HEADLINE = "قهرمانی تیم والیبال دختران شهرستان در رقابت‌های استانی «جام ستارگان»"
LEAD = "تیم والیبال دختران شهرستان دیشب با پیروزی در دیدار پایانی عنوان قهرمانی را به دست آورد."
BODY = (
    "به گزارش خبرنگار ما، دیدار پایانی این رقابت‌ها در سالن ورزشی شهید بهشتی برگزار شد و "
    "تماشاگران زیادی بازی را از نزدیک دیدند.\n\n"
    "مربی تیم گفت: بازیکنان ما در همه دیدارهای این دوره با انگیزه بازی کردند.\n"
)


def _page(head: str, top: str = "") -> str:
    return f"{top}{head}\n\n{LEAD}\n\n{BODY}"


@pytest.mark.parametrize("top", ["", "//\nکدخبر: ۵۸۲۱۴ //\n\n"])
def test_headline_ending_with_short_quoted_name_is_title(top: str) -> None:
    assert parse_article(_page(HEADLINE, top)).title == HEADLINE


def test_headline_ending_with_spaced_quoted_name_is_title() -> None:
    head = "قهرمانی تیم والیبال دختران شهرستان در رقابت‌های استانی « جام ستارگان »"
    assert parse_article(_page(head)).title == head


def test_line_ending_with_quoted_sentence_stays_paragraph_neg() -> None:
    # «... گفت «... است.»»: the closing mark closes a sentence, the line is running text.
    line = "مربی تیم والیبال دختران شهرستان پس از دیدار پایانی گفت «این قهرمانی حق بازیکنان است.»"
    assert parse_article(_page(line)).title is None


def test_line_ending_with_long_quoted_part_stays_paragraph_neg() -> None:
    # Five words in guillemets: more than a name (QUOTED_NAME_MAX_WORDS).
    line = (
        "قهرمانی تیم والیبال دختران شهرستان در رقابت‌های استانی "
        "«جام ستارگان ورزش بانوان استان البرز»"
    )
    assert parse_article(_page(line)).title is None


def test_paragraph_length_line_ending_with_quoted_name_stays_paragraph_neg() -> None:
    line = (
        "تیم والیبال دختران شهرستان دیشب پس از یک هفته رقابت فشرده با تیم‌های شهرهای دیگر "
        "استان و با حمایت تماشاگران زیادی که سالن ورزشی را پر کرده بودند در دیدار پایانی "
        "پیروز شد و عنوان قهرمانی رقابت‌های استانی را برد «جام ستارگان»"
    )
    assert len(line.split()) > HEADLINE_MAX_WORDS
    assert parse_article(_page(line)).title is None


# Blogger's older post ID: one sequence of 7 to 9 digits in the address of a post of 2003 or
# before (nazly.blogspot.com, tests/pages 2383). Sentences are ours.

_BLOG_POST = (
    "Monday, May 13, 2002\n\n"
    "امروز با دوستانم به کوه رفتيم و تا نزديک قله بالا رفتيم، هوا سرد بود ولی آفتاب داشت.\n"
    "در راه برگشت در يک قهوه خانه کوچک چای خورديم و تا غروب حرف زديم.\n\n"
    "No comments:\n"
)


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("http://kouhnavard.blogspot.com/2002/05/blog-post_76318726.html", "76318726"),
        ("http://kouhnavard.blogspot.com/2001/11/blog-post_5730152.html", "5730152"),
        ("http://kouhnavard.blogspot.com/2003/02/blog-post_913406288.html", "913406288"),
    ],
)
def test_old_blogger_sequence_id_is_the_number(url: str, number: str) -> None:
    assert parse_article(_BLOG_POST, url=url).number == number


@pytest.mark.parametrize(
    "url",
    [
        # a later address: the suffix tells apart one month's posts of one name
        "http://kouhnavard.blogspot.com/2009/08/blog-post_76318726.html",
        # a few digits: no ID in any year
        "http://kouhnavard.blogspot.com/2002/05/blog-post_16.html",
        "http://kouhnavard.blogspot.com/2002/05/blog-post_4784.html",
        # ten digits: not the sequence
        "http://kouhnavard.blogspot.com/2002/05/blog-post_7631872611.html",
        # another host
        "http://kouhnavard.example.com/2002/05/blog-post_76318726.html",
    ],
)
def test_blogger_suffix_outside_the_sequence_is_no_number_neg(url: str) -> None:
    assert parse_article(_BLOG_POST, url=url).number is None


# A WordPress tag's or category's archive that its <body> classes name, its <h1> the name its
# <title> prints: the name is the title, the page a list, without its address (jomhouriat.net,
# tests/pages 2368). Sentences are ours.


def _archive_html(body_class: str, name: str = "جشنواره گل محمدی") -> str:
    return (
        '<!DOCTYPE html><html dir="rtl" lang="fa-IR"><head><meta charset="UTF-8">'
        f"<title>{name} | خبرنامه کاشان</title></head>"
        f'<body class="{body_class}"><header><a href="/" class="logo">خبرنامه کاشان</a></header>'
        f'<div class="archive-page"><h1 class="archive-title">{name}</h1>'
        '<article class="archive-item post"><div class="item-date"><span class="day">۲۰</span>'
        '<span class="month">اردیبهشت</span></div>'
        '<h2 class="item-title"><a href="https://kashan.example.ir/golab-giri/">'
        "آغاز گلاب‌گیری در روستاهای قمصر</a></h2>"
        '<div class="item-excerpt"><p>گلاب‌گیری سنتی در روستاهای قمصر و نیاسر از این هفته آغاز '
        "شده و باغداران می‌گویند برداشت گل امسال از سال گذشته بیشتر است و گردشگران زیادی برای "
        "دیدن این آیین به منطقه آمده‌اند.</p></div></article></div>"
        "<footer><p>همه حقوق برای خبرنامه کاشان محفوظ است.</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "body_class", ["archive tag tag-golmohammadi tag-41", "archive category category-12"]
)
def test_term_archive_by_body_class_titles_its_name(body_class: str) -> None:
    article = parse_html(_archive_html(body_class))
    assert article.title == "جشنواره گل محمدی"
    assert "listing-page" in {w.code for w in article.warnings}


def test_single_post_body_class_keeps_its_headline_neg() -> None:
    # The same heading under a post's classes is the post's headline, no list's name.
    article = parse_html(_archive_html("post-template-default single single-post postid-88"))
    assert article.title == "جشنواره گل محمدی"
    assert "listing-page" not in {w.code for w in article.warnings}
