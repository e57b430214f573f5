"""fix120: section lines opened by «**» over lists (real38 #14) and a form's value between
its labels (real38 #18) are not the page's title. Page-shaped texts written for the tests."""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# A club's page on its members' rules: no heading of its own, two sections opened by «**»
# (a scraper's <strong> left as text, not closed), each over dash- or star-led items.
_SECTIONS = (
    "**{first}\n\n"
    "- بازیکنان تیم‌های پایه با امضای قرارداد فصل به عضویت باشگاه درمی‌آیند و کارت ورود "
    "به ورزشگاه برای آنان از سوی دفتر باشگاه صادر و به مربی هر رده تحویل داده می‌شود.\n\n"
    "* پیش از نخستین تمرین، برگه آیین‌نامه انضباطی باشگاه را باید خواند و امضا کرد.\n\n"
    "**{second}\n\n"
    "* مربیان مهمان افزون بر فرم عضویت، معرفی‌نامه هیئت استان را به دفتر باشگاه می‌دهند.\n"
)
_FIRST = "عضویت بازیکنان تیم های پایه"
_SECOND = "عضویت مربیان، داوران و کارکنان"


def test_star_opened_section_lines_over_lists_give_no_title() -> None:
    text = _SECTIONS.format(first=_FIRST, second=_SECOND)
    for article in (
        jm.parse_article(text),
        jm.parse_article(text, url="https://club.example/عضویت"),
    ):
        assert article.title is None
        assert "title-uncertain" in _codes(article)
        assert "title" not in article.spans


def test_bold_section_lines_over_lists_give_no_title() -> None:
    # The same page as Markdown: each section line wrapped in «**».
    text = _SECTIONS.format(first=f"{_FIRST}**", second=f"{_SECOND}**")
    article = jm.parse_article(text)
    assert article.title is None
    assert "title-uncertain" in _codes(article)


_REPORT = (
    "نشست هم‌اندیشی مربیان شنای استان روز گذشته در سالن اجتماعات هیئت برگزار شد و حاضران "
    "درباره برنامه اردوهای تابستانی تیم‌های پایه گفتگو کردند.\n\n"
    "در پایان نشست، کارگروهی برای پیگیری پیشنهادهای مربیان تشکیل شد.\n"
)
_HEADLINE = "برگزاری نشست هم اندیشی مربیان شنای استان"


def test_star_opened_headline_over_its_body_keeps_no_stars() -> None:
    # One «**HEADLINE» line (not closed) over its body: the headline, without the stars.
    article = jm.parse_article(f"**{_HEADLINE}\n\n{_REPORT}")
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_neg_one_bold_headline_over_its_body_stays() -> None:
    article = jm.parse_article(f"**{_HEADLINE}**\n\n{_REPORT}")
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_neg_bold_headline_over_body_then_bold_subheading_over_items() -> None:
    # A bold headline over its report, a bold subheading over a list further down: the
    # headline's line heads no list, so it stays the title.
    text = (
        f"**{_HEADLINE}**\n\n{_REPORT}\n**مصوبات نشست**\n\n"
        "* برگزاری اردوی تابستانی تیم‌های پایه در مرداد ماه.\n"
        "* خرید تجهیزات تازه برای استخر شماره دو.\n"
    )
    article = jm.parse_article(text)
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


# A university's page carrying a cooperative's registration record: its heading, a lone
# count, then label and value lines printed one line out of step (each value under the
# label below its own), then the articles.
_FORM = (
    "اساسنامه\n\n"
    "128\n\n"
    "کد رهگیری :\n"
    "5510293847561029384\n"
    "تاریخ ثبت نهایی :\n"
    "1399/11/12\n"
    "شناسه ملی :\n"
    "{value}\n"
    "نام تعاونی :\n"
    "اساسنامه\n"
    "بند 1 : هدف تعاونی :\n"
    "هدف تعاونی عبارت است از تامین نیازهای رفاهی کارکنان دانشگاه از راه خرید گروهی کالا و "
    "خدمات و فروش آن به اعضا به بهای تمام شده، چنان که در این آیین نامه آمده است.\n"
    "تعاونی در چارچوب قانون بخش تعاونی و مصوبات مجمع عمومی اداره می شود.\n"
)


def test_value_between_form_labels_is_no_title() -> None:
    article = jm.parse_article(_FORM.format(value="تعاونی مصرف کارکنان دانشگاه پارسیان"))
    assert article.title is None
    assert "title-uncertain" in _codes(article)


def _form_notice(article: jm.Article) -> bool:
    return any("form labels" in warning.message for warning in article.warnings)


def test_neg_value_under_a_title_label_stays() -> None:
    # A record's «عنوان :» label over its value: the record's title, kept.
    text = (
        "کد رهگیری :\n"
        "5510293847561029384\n"
        "عنوان :\n"
        "تعاونی مصرف کارکنان دانشگاه پارسیان\n"
        "نام تعاونی :\n"
        "\n"
        "هدف تعاونی عبارت است از تامین نیازهای رفاهی کارکنان دانشگاه از راه خرید گروهی کالا و "
        "خدمات و فروش آن به اعضا به بهای تمام شده.\n"
    )
    article = jm.parse_article(text)
    assert article.title == "تعاونی مصرف کارکنان دانشگاه پارسیان"
    assert not _form_notice(article)


def test_neg_headline_between_two_labels_only() -> None:
    # A headline under a section's label and over an empty ID label: two labels, no form.
    text = (
        f"1399/11/12\nخبر :\nبرگزاری مجمع عمومی تعاونی مصرف کارکنان دانشگاه\nکد خبر :\n\n{_REPORT}"
    )
    article = jm.parse_article(text)
    assert article.title == "برگزاری مجمع عمومی تعاونی مصرف کارکنان دانشگاه"
    assert not _form_notice(article)


def test_value_between_form_labels_three_labels_is_no_title() -> None:
    # (mut31) The same record without its tracking code: three labels printed alone in the
    # block are enough to make the line a form's value.
    text = _FORM.format(value="تعاونی مصرف کارکنان دانشگاه پارسیان")
    article = jm.parse_article(text.replace("کد رهگیری :\n5510293847561029384\n", ""))
    assert article.title is None
    assert "title-uncertain" in _codes(article)
