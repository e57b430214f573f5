"""fix239: blind86's Blogfa post (tests/pages 2305/2306).

A blog template's social-media follow line run into the post's title is chrome, never the
headline's; a Blogfa signature closed by its comments link after a bar is still the post's
date line. Page structures from badmintonlovers.blogfa.com/post/1226 (pages corpus); the
sentences, names, handles and values are written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

_URL = "https://volleyfans.blogfa.com/post/2417"

_BODY = (
    "وی افزود: کمیته مسابقات پیشنهاد برگزاری یک تورنمنت آماده سازی پیش از آغاز فصل را داده "
    "است که با آن موافقت شد و این تورنمنت به میزبانی ارومیه برگزار می شود.در ادامه مقرر شد "
    "تا رقابت ها با حضور 10 تیم از 15 آبان ماه آغاز شود و همه تیم ها بازیکنان خود را معرفی کنند."
)


def _text_page(first_line: str, signature: str) -> str:
    return f"{first_line}\n\n{_BODY}\n\n{signature}\n\n\nPowered By\nBLOGFA.COM\n"


def test_follow_line_glued_to_title_is_cut() -> None:
    page = _text_page(
        "دنبال کنید @volleyfans7 تلگرام volley_rooz عشق والیبال را در اینستاگرام "
        "جدول رقابت های لیگ دسته اول والیبال منتشر شد",
        "+ نوشته شده توسط سهیل کاظمی در یکشنبه سوم آبان ۱۳۹۱ و ساعت ۰۹:۴۰ ق.ظ |",
    )
    for url in (_URL, None):
        article = jm.parse_article(page, url=url)
        assert article.title == "جدول رقابت های لیگ دسته اول والیبال منتشر شد"
        assert "title-uncertain" not in [w.code for w in article.warnings]


def test_follow_line_glued_to_title_is_cut_in_html() -> None:
    html = (
        "<html><head><title>عشق والیبال - جدول رقابت های لیگ دسته اول والیبال منتشر شد</title>"
        "</head><body><div id='header'><h1><a href='https://volleyfans.blogfa.com'>عشق والیبال"
        "</a></h1></div><div class='post'><div class='posttitle'>دنبال کنید @volleyfans7 تلگرام "
        "volley_rooz عشق والیبال را در اینستاگرام <a href='" + _URL + "'>جدول رقابت های لیگ دسته "
        "اول والیبال منتشر شد</a></div><div class='postcontent'><p>" + _BODY + "</p></div>"
        "<div class='postfooter'>+ نوشته شده توسط سهیل کاظمی در یکشنبه سوم آبان ۱۳۹۱ و ساعت "
        "۰۹:۴۰ ق.ظ | <a href='" + _URL + "#comments'>نظر بدهید</a></div></div>"
        "<div id='footer'>Powered By<br/><a href='https://blogfa.com'>BLOGFA.COM</a></div>"
        "</body></html>"
    )
    article = jm.parse_html(html, url=_URL)
    assert article.title == "جدول رقابت های لیگ دسته اول والیبال منتشر شد"
    assert article.number == "2417"
    assert article.published is not None
    assert article.published.jalali_date == (1391, 8, 3)
    assert article.published.gregorian.isoformat() == "2012-10-24T09:40:00+03:30"


def test_follow_call_without_handle_or_messenger_is_kept_neg() -> None:
    # «دنبال کنید» opening a headline that names no handle and no messenger: the words may
    # be the headline's own, nothing is cut.
    page = _text_page(
        "دنبال کنید ماجرای تیم ملی والیبال در لیگ ملت ها را تا پایان فصل",
        "+ نوشته شده توسط سهیل کاظمی در یکشنبه سوم آبان ۱۳۹۱ و ساعت ۰۹:۴۰ ق.ظ |",
    )
    article = jm.parse_article(page, url=_URL)
    assert article.title == "دنبال کنید ماجرای تیم ملی والیبال در لیگ ملت ها را تا پایان فصل"


def test_follow_line_with_too_short_rest_is_kept_neg() -> None:
    # The words after the messenger are too few for a headline: no cut.
    line = "دنبال کنید @volleyfans7 تلگرام volley_rooz را در اینستاگرام خبر تازه"
    article = jm.parse_article(
        _text_page(line, "+ نوشته شده توسط سهیل کاظمی در یکشنبه سوم آبان ۱۳۹۱ و ساعت ۰۹:۴۰ ق.ظ |"),
        url=_URL,
    )
    assert article.title == line


def test_signature_closed_by_comments_link_dates_the_post() -> None:
    page = _text_page(
        "جدول رقابت های لیگ دسته اول والیبال منتشر شد",
        "+ نوشته شده توسط سهیل کاظمی در یکشنبه سوم آبان ۱۳۹۱ و ساعت ۰۹:۴۰ ق.ظ | نظرات (۴)",
    )
    article = jm.parse_article(page, url=_URL)
    assert article.published is not None
    assert article.published.jalali_date == (1391, 8, 3)
    assert article.published.text == "یکشنبه سوم آبان ۱۳۹۱ و ساعت ۰۹:۴۰ ق.ظ"


def test_signature_with_other_words_after_bar_is_not_a_signature_neg() -> None:
    # Words after the bar that are no comments link: the line is no post signature (main's
    # record: no publication date taken from it).
    page = _text_page(
        "جدول رقابت های لیگ دسته اول والیبال منتشر شد",
        "+ نوشته شده توسط سهیل کاظمی در یکشنبه سوم آبان ۱۳۹۱ و ساعت ۰۹:۴۰ ق.ظ | "
        "تیم های شمالی کشور در این فصل شانس زیادی دارند",
    )
    article = jm.parse_article(page, url=_URL)
    assert article.published is None
