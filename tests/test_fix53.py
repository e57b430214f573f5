"""A blog's name and tagline over a post's title and its date line (real19 #28).

The pages are written for these tests; each mirrors the layout of a real page: the blog post
at http://ghebleye7.ir/post/38.htm (name, tagline, post title, «ساعت ... روز ... date» line,
a poem), the same header on blog.ir (http://acm-beginner.blog.ir/, name over its tagline) and
parsiblog (http://shisheynoor.parsiblog.com/, the post's date line under its title).
"""

from __future__ import annotations

from tests.checks import title_doubted as doubted

import jalali_meta as jm

DATE_LINE = "ساعت ۸:۱۵ ب.ظ روز یکشنبه ۱۲ مهر ۱۳۸۸  کلمات کلیدی:"
POEM = "\n\n".join(
    [
        "باران که می‌بارد کوچه صدا دارد",
        "هر قطره از ابر، رازی جدا دارد",
        "من پشت این پنجره، تنها نشسته‌ام",
        "این شهر خاموش، غمی آشنا دارد",
    ]
)


def blog_post(name: str = "باغ پاییز", tagline: str = "دفتر شعرهای سعید کامرانی") -> str:
    return f"{name}\n\n{tagline}\n\nصدای باران\n{DATE_LINE}\n\n{POEM}\n"


def test_post_title_over_its_date_line_wins_over_the_blog_name() -> None:
    for url in (None, "http://example-blog.ir/post/12.htm"):
        article = jm.parse_article(blog_post(), url=url)
        assert article.title == "صدای باران"
        assert doubted(article)  # the page does not say which line is the post's
        assert article.published is not None
        assert article.published.jalali_date == (1388, 7, 12)


def test_post_with_running_text_is_not_silent() -> None:
    body = (
        "امروز بعد از ماه‌ها دوباره به کوچه قدیمی سر زدم و دیدم درخت توت کنار خانه هنوز "
        "سر جایش ایستاده است و بچه‌های محل زیر سایه‌اش بازی می‌کنند."
    )
    text = f"باغ پاییز\n\nدفتر شعرهای سعید کامرانی\n\nصدای باران\n{DATE_LINE}\n\n{body}\n"
    article = jm.parse_article(text)
    # The line the score picks is doubted, and the short line over the date competes.
    assert article.title != "باغ پاییز"
    assert doubted(article)


def test_news_headline_first_with_a_lead_is_kept() -> None:
    # Near miss: a news page whose headline is the first line, its lead a sentence under
    # it, a short line and a date line lower down: the headline stays, undoubted.
    headline = "بازگشایی پل تاریخی شهر پس از دو سال مرمت"
    lead = "پل تاریخی شهر که دو سال برای مرمت بسته بود، از امروز دوباره به روی عابران باز شد."
    text = f"{headline}\n\n{lead}\n\nگزارش تصویری\n۱۲ مهر ۱۳۸۸\n\n{POEM}\n"
    article = jm.parse_article(text)
    assert article.title == headline
    assert not doubted(article)


def test_headline_longer_than_the_line_under_it_is_kept() -> None:
    # Near miss: the first line is longer than the line under it (a headline over a short
    # subtitle), so no name and tagline stand over the date line.
    headline = "جشنواره شعر جوان در تالار وحدت برگزار شد"
    text = f"{headline}\n\nبا حضور شاعران استان\n\nصدای باران\n{DATE_LINE}\n\n{POEM}\n"
    article = jm.parse_article(text)
    assert article.title == headline


# -- Edges found by the sixteenth mutation round (benchmarks/hand_mutants_16.py) ---------------


def test_menu_link_over_the_blog_name_still_gives_the_post_title() -> None:
    # «خانه» (a menu link, chrome) over the blog's name: the name is still the page's first
    # line of text, and the post's title over the date line is read, doubted. Before the
    # sixteenth round the blog's name was the title, silently (mutant 57 puts that back).
    for menu in ("خانه", "صفحه اصلی"):
        article = jm.parse_article(f"{menu}\n\n{blog_post()}")
        assert article.title == "صدای باران", menu
        assert doubted(article)
