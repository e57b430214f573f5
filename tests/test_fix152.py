"""fix152: an html2text list read as Markdown (blind page 1845's twin), an Afghan Dari page
on Kabul's clock without its address (blind page 1848), and a journal page's author
affiliation under a colon-less «نویسنده» heading (real50 #20). Public API only; each
positive failed on main 0d915cb, each «_neg» is a near miss where the rule must not fire.
"""

from __future__ import annotations

import jalali_meta as jm
from jalali_meta.testing import looks_like_markdown

# 1. html2text writes an <li> as «  * ITEM»: with a table rule «---» that is Markdown.
_HEADLINE = "برگزاری جلسه ستاد تنظیم بازار شهرستان در فرمانداری"
_BODY = (
    "جلسه ستاد تنظیم بازار شهرستان با حضور مدیران دستگاه های اجرایی در سالن جلسات"
    " فرمانداری برگزار شد و درباره تامین کالاهای اساسی گفتگو شد."
)
# A print page: category, rule, date, the headline printed twice in its item (a span and a
# sub-title div run together), the body in the next item.
_PRINT_PAGE = (
    f"اخبار فرمانداری  \n---  \n1399/02/14  \n  \n  * {_HEADLINE} {_HEADLINE}\n  * {_BODY}\n\n"
)


def test_html2text_list_items_with_a_rule_are_markdown() -> None:
    assert looks_like_markdown(_PRINT_PAGE)
    article = jm.parse_article(_PRINT_PAGE)
    assert article.title == _HEADLINE  # no «* », the headline once
    assert article.published is not None
    assert article.published.isoformat() == "2020-05-03"


def test_unindented_bullets_with_a_rule_are_no_markdown_neg() -> None:
    # A plain page text prints its bullets unindented («* ITEM»): no html2text list.
    plain = f"اخبار فرمانداری\n---\n1399/02/14\n* {_HEADLINE}\n* {_BODY}\n"
    assert not looks_like_markdown(plain)


def test_html2text_list_alone_is_no_markdown_neg() -> None:
    # The items count as one mark in all: a list alone is too little Markdown.
    assert not looks_like_markdown(f"  * {_HEADLINE}\n  * {_BODY}\n  * {_HEADLINE}\n")


# 2. Afghan Dari words that Iranian Persian does not write: Kabul's clock.
_DARI_PAGE = (
    "آغاز دور تازه آموزش های مسلکی برای افسران پولیس\n\nadmin\nچهارشنبه ۱۴۰۱/۹/۱۶ - ۱۰:۲۰\n\n"
    "دور تازه آموزش های مسلکی در چوکات برنامه های وزارت امور داخله برای افسران پولیس آغاز شد.\n"
    "در این دوره شماری از منسوبین پولیس زون شمال اشتراک دارند و پس از ختم آن به حیث استاد"
    " در ولایات کار خواهند کرد.\n"
)


def test_dari_page_keeps_kabuls_clock() -> None:
    article = jm.parse_article(_DARI_PAGE)
    assert article.published is not None
    assert article.published.isoformat() == "2022-12-07T10:20:00+04:30"


_DARI_PARAGRAPHS = [
    "دور تازه آموزش کارمندان اداره در چوکات برنامه سالانه آغاز شد و دو ماه دوام می‌کند.",
    "در این دوره کارمندان بخش مالی و اداری با روش‌های تازه بایگانی و گزارش‌دهی آشنا می‌شوند.",
    "مسئول آموزش گفت که دوره‌های بعدی برای کارمندان ولایات دیگر نیز برگزار خواهد شد.",
    "در پایان دوره به منسوبین اداره که در آزمون پایانی کامیاب شوند تصدیق‌نامه داده می‌شود.",
]


def test_dari_word_in_the_third_paragraph_under_the_lead_counts() -> None:
    # mut35: the lead names «چوکات», the third paragraph under it «منسوبین»: both are read
    # (the headline, the lead and three paragraphs under it), so the page keeps Kabul's clock.
    page = "آغاز دور تازه آموزش کارمندان اداره\n\nچهارشنبه ۱۴۰۱/۹/۱۶ - ۱۰:۲۰\n\n"
    article = jm.parse_article(page + "\n\n".join(_DARI_PARAGRAPHS) + "\n")
    assert article.published is not None
    assert article.published.isoformat() == "2022-12-07T10:20:00+04:30"


def test_iranian_report_quoting_an_afghan_ministry_keeps_tehrans_clock_neg() -> None:
    # One Dari word (an Afghan ministry's name quoted), and «به حیثیت» (dignity), not «به حیث».
    page = (
        "برگزاری نشست مرزی ایران و افغانستان در دوغارون\n\nadmin\nچهارشنبه ۱۴۰۱/۹/۱۶ - ۱۰:۲۰\n\n"
        "نشست مرزداران دو کشور با حضور نماینده وزارت امور داخله افغانستان در مرز دوغارون"
        " برگزار شد.\nدر این نشست درباره تردد مسافران و به حیثیت مرزنشینان و حقوق آنان"
        " گفتگو شد.\n"
    )
    article = jm.parse_article(page)
    assert article.published is not None
    assert article.published.isoformat() == "2022-12-07T10:20:00+03:30"


# 3. A journal's article page, double-spaced: «نویسنده» alone over the author's affiliation.
_ARTICLE_TITLE = "بررسی نقش تعاونی های روستایی در پایداری معیشت دامداران کوچ رو"
_AFFILIATION = "دانشگاه تهران دانشجوی کارشناسی ارشد. پژوهشگر توسعه روستایی"
_ABSTRACT = (
    "این پژوهش با هدف شناخت نقش تعاونی های روستایی در پایداری معیشت دامداران کوچ رو انجام"
    " شده است. داده ها با پرسشنامه از دامداران سه ایل گردآوری و با آزمون های آماری تحلیل شد."
    " نتایج نشان داد که عضویت در تعاونی با درآمد پایدارتر همراه است.\n"
)


def test_journal_affiliation_under_author_heading_is_no_title() -> None:
    page = (
        f"{_ARTICLE_TITLE}\n\nنوع مقاله : مقاله پژوهشی\n\nنویسنده\n\n{_AFFILIATION}\n\n"
        f"چکیده\n\n{_ABSTRACT}"
    )
    article = jm.parse_article(page)
    assert article.title == _ARTICLE_TITLE
    assert [(f.name, f.value) for f in article.fields] == [("author", _AFFILIATION)]


def test_author_label_with_its_value_leaves_the_next_line_neg() -> None:
    # The label holds its value on its line: the line under it is the headline.
    page = f"اخبار پژوهشی\n\nنویسنده: مریم احمدی\n\n{_ARTICLE_TITLE}\n\n{_ABSTRACT}"
    article = jm.parse_article(page)
    assert article.title == _ARTICLE_TITLE
    assert [(f.name, f.value) for f in article.fields] == [("author", "مریم احمدی")]
