"""Seventeenth round of attacks: fix32's text-only list rule (``_plain_items``).

An article's own sections can print as «headline / lead / subheading / paragraph /
subheading / paragraph», the shape of a tag page's items. Three signals the page prints
say "one article": its labelled ID printed once («کد خبر: ..»; a list prints none or one per
item), an FAQ's questions asked without their question mark («... چیست», «... کدام است»),
and sections numbered in words («مرحله اول / مرحله دوم»). The near misses: a list printing
an ID under each item, items whose headlines ask nothing, one numbered-in-words headline.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes as _codes

import jalali_meta as jm

_DATE = "۱۲ اسفند ۱۴۰۲ - ۱۰:۳۰"
_ID = "کد خبر: ۴۵۶۷۸۹"
_LEAD = "مجلس شورای اسلامی روز گذشته کلیات طرح ساماندهی حمل‌ونقل عمومی شهرها را تصویب کرد."
_PARAS = [
    "این طرح از سال گذشته در دست بررسی بوده و نمایندگان درباره جزئیات آن بارها بحث کرده‌اند.",
    "به گفته کارشناسان اجرای آن دست‌کم دو سال زمان می‌برد و به اعتبار تازه‌ای نیاز دارد.",
    "مخالفان می‌گویند هزینه‌های طرح برای خانواده‌های کم‌درآمد سنگین خواهد بود و باید بازنگری شود.",
]
_HEADS = [
    "بازسازی بازار قدیمی شهر در دو مرحله آغاز شد",
    "نخستین کتابخانه عمومی روستای بالا افتتاح شد",
    "برداشت گندم از مزارع شهرستان بیشتر شد",
]


def _page(head: str, subheads: list[str], lead: str = _LEAD) -> str:
    blocks = "\n\n".join(f"{s}\n\n{p}" for s, p in zip(subheads, _PARAS, strict=True))
    return f"{head}\n\n{lead}\n\n{blocks}\n"


def _is_list(article: jm.Article) -> bool:
    return "listing-page" in _codes(article)


# -- an article's labelled ID printed once ---------------------------------------------------


def test_an_article_id_printed_once_keeps_the_article() -> None:
    head = "استاد محمدرضا شجریان درگذشت"
    subs = ["زندگی و آموزش در مشهد", "سال‌های همکاری با رادیو", "آخرین کنسرت‌ها و بیماری"]
    article = jm.parse_article(f"{_DATE}\n{_ID}\n\n" + _page(head, subs))
    assert not _is_list(article)
    assert article.title == head
    assert article.number == "456789"
    assert article.published is not None
    assert article.published.gregorian.date().isoformat() == "2024-03-02"


def test_an_id_under_each_item_is_still_a_list() -> None:
    text = "\n\n".join(
        f"{h}\n\n{p}\n\nکد خبر: {n}"
        for h, p, n in zip(_HEADS, _PARAS, (111, 222, 333), strict=True)
    )
    article = jm.parse_article(text + "\n")
    assert _is_list(article)
    assert article.number is None


def test_items_without_any_id_are_still_a_list() -> None:
    article = jm.parse_article(
        _page(_HEADS[0], [*_HEADS[1:], "ساعت کار ادارات استان کاهش می‌یابد"], _PARAS[0])
    )
    assert _is_list(article)


# -- an FAQ's questions without their question mark ---------------------------------------


@pytest.mark.parametrize(
    "subs",
    [
        [
            "شرایط دریافت وام ازدواج چیست",
            "مدارک لازم برای ثبت‌نام کدام است",
            "مهلت ثبت‌نام تا چه زمانی است",
        ],
        ["متولی اجرای طرح کیست", "هزینه طرح چقدر است", "مرکز ثبت‌نام کجاست"],
    ],
)
def test_faq_questions_without_question_marks_keep_the_article(subs: list[str]) -> None:
    head = "پرسش‌های رایج درباره ثبت‌نام وام ازدواج"
    article = jm.parse_article(_page(head, subs))
    assert not _is_list(article)
    assert article.title == head


def test_headlines_naming_no_question_are_still_a_list() -> None:
    # «است» at the end, but no question word before it: a news headline.
    heads = [
        "مدرسه تازه روستا آماده بهره‌برداری است",
        "بازار قدیمی شهر در حال بازسازی است",
        "برداشت گندم امسال بیشتر از پارسال است",
    ]
    text = "\n\n".join(f"{h}\n\n{p}" for h, p in zip(heads, _PARAS, strict=True))
    assert _is_list(jm.parse_article(text + "\n"))


# -- sections numbered in words -----------------------------------------------------------


@pytest.mark.parametrize(
    "subs",
    [
        ["مرحله اول: خیساندن حبوبات", "مرحله دوم: پختن سبزی و رشته", "مرحله سوم: آماده کردن کشک"],
        ["محور اول کاهش مصرف ادارات", "محور دوم همکاری صنایع بزرگ", "محور سوم تشویق مشترکان خانگی"],
    ],
)
def test_sections_numbered_in_words_keep_the_article(subs: list[str]) -> None:
    head = "بیانیه وزارت نیرو درباره مدیریت مصرف برق تابستان"
    article = jm.parse_article(_page(head, subs))
    assert not _is_list(article)
    assert article.title == head


def test_one_item_starting_with_an_ordinal_is_still_a_list() -> None:
    # «دور دوم مذاکرات ...»: one news headline opening with an ordinal, not a numbered run.
    heads = ["دور دوم مذاکرات هسته‌ای در وین آغاز شد", _HEADS[1], _HEADS[2]]
    text = "\n\n".join(
        f"{h}\n\n{p}" for h, p in zip([_HEADS[0], *heads], [*_PARAS, _PARAS[0]], strict=True)
    )
    assert _is_list(jm.parse_article(text + "\n"))
