"""fix251: attack75's defects in fix245's rules (docs/reliability.md «Attacks, seventy-fifth
round»).

- A DNN record's glued label «عنوانHEADLINE» (iauc.ac.ir's layout, real68 #14; fix240/fix245):
  the word «عنوان» continues as a stem («بندی», «گذاری», «دار») and an ending («ی», «ها», ...),
  either or both, so «عنوانداری ...» is a headline opening with «عنوان‌داری» written without
  its ZWNJ, not the label glued to «داری ...».
- A lead calling a whole date today in brackets (merosikhatti.tj's layout, real69 #13): every
  like-word before «today» compares («شبیه», «نظیر», «مشابه», ...); «چون»/«чун», which also
  mean «because», compare only after a day's noun («روزی چون امروز»); «در چنین روزی» governs
  the «today» of its own clause only, not one after «و» or a comma.

The headlines and bodies are written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

import jalali_meta as jm

# -- (1) a glued «عنوان» continuing as a stem and an ending ---------------------------------


def _dnn_page(title_row: str) -> str:
    # iauc.ac.ir's DNN announcements module (real68 #14): the site's date line, the module's
    # name, the record's glued title and date rows, its description label, the text.
    return (
        "چهارشنبه ، 22 آذر ، 1402\n"
        "اخبار ورزشی\n"
        f"{title_row}\n"
        "تاریخ1402/09/22\n"
        "توضیحات\n\n"
        "مربی تیم گفت بازیکنان با وجود کمبود امکانات تمرین ها را ادامه می دهند و امیدوارند "
        "در دور برگشت جایگاه خود را در جدول بهتر کنند.\n"
    )


@pytest.mark.parametrize(
    "headline",
    [
        "عنوانداری تیم والیبال شهر در جام استان به خطر افتاد",
        "عنوانداران مسابقات شنای استان معرفی شدند",
        "عنوانبندیهای تازه مسابقات فوتسال اعلام شد",
    ],
)
def test_headline_opening_with_stem_and_ending_of_onvan_is_kept_whole(headline: str) -> None:
    article = jm.parse_article(_dnn_page(headline))
    assert article.title == headline
    assert article.published is not None
    assert article.published.jalali_date == (1402, 9, 22)


@pytest.mark.parametrize(
    "rest",
    [
        # Words that only open with a stem or an ending are the headline's own.
        "داروهای ورزشکاران زیر نظر پزشک تیم قرار می گیرد",
        "دارندگان مدال جهانی در شهر تجلیل شدند",
        "یکصد ورزشکار در جشنواره استانی شرکت کردند",
    ],
)
def test_glued_label_over_a_word_only_opening_like_a_continuation_neg_is_cut(rest: str) -> None:
    article = jm.parse_article(_dnn_page("عنوان" + rest))
    assert article.title == rest


# -- (2) «today (DATE)» after a comparison word or «در چنین روزی» ---------------------------


def _history_page(lead: str) -> str:
    return (
        "سالروز گشایش نخستین بیمارستان شهر\n\n"
        f"{lead} نخستین بیمارستان شهر با بیست تخت و دو پزشک در ساختمانی کوچک کنار بازار "
        "گشایش یافت و بیماران از روستاهای دور برای درمان به آن می آمدند.\n"
    )


@pytest.mark.parametrize("word", ["شبیه", "نظیر", "مشابه", "بسان"])
def test_today_after_any_like_word_is_an_anniversary(word: str) -> None:
    lead = f"نود سال پیش در روزی {word} امروز (۲۲ آذر ۱۳۱۱)"
    assert jm.parse_article(_history_page(lead)).published is None


def test_chon_after_a_day_noun_is_an_anniversary() -> None:
    lead = "نود سال پیش در روزی چون امروز (۲۲ آذر ۱۳۱۱)"
    assert jm.parse_article(_history_page(lead)).published is None


def _notice(lead: str) -> str:
    return (
        "تعطیلی کتابخانه مرکزی دانشگاه\n\n"
        f"{lead} کارکنان کتابخانه در دوره آموزشی نرم افزار تازه امانت شرکت می کنند و "
        "کتاب های امانی را می توان تا پایان هفته بدون جریمه بازگرداند.\n"
    )


def _writers_day(record: jm.Article) -> datetime.date | None:
    return None if record.published is None else record.published.gregorian


def test_chon_meaning_because_before_today_neg_is_the_day_of_writing() -> None:
    lead = "کتابخانه مرکزی بسته است چون امروز (۲۲ آذر ۱۴۰۲)"
    assert _writers_day(jm.parse_article(_notice(lead))) == datetime.date(2023, 12, 13)


def test_tajik_chun_meaning_because_before_today_neg_is_the_day_of_writing() -> None:
    text = (
        "Китобхонаи марказӣ баста аст, чун имрӯз (13.12.2023) кормандони он дар курси "
        "омӯзишии барномаи нав ширкат меварзанд ва китобҳоро то охири ҳафта бе ҷарима "
        "баргардонидан мумкин аст.\n"
    )
    assert _writers_day(jm.parse_article(text)) == datetime.date(2023, 12, 13)


def test_anniversary_phrase_in_an_earlier_clause_leaves_the_day_of_writing() -> None:
    for lead in (
        "در چنین روزی از سال گذشته کتابخانه هنوز ساخته نشده بود و امروز (۲۲ آذر ۱۴۰۲)",
        "در چنین روزی از سال گذشته کتابخانه هنوز ساخته نشده بود، امروز (۲۲ آذر ۱۴۰۲)",
    ):
        assert _writers_day(jm.parse_article(_notice(lead))) == datetime.date(2023, 12, 13)


def test_anniversary_phrase_in_the_clause_of_today_neg_is_still_an_anniversary() -> None:
    # The phrase and «today» in one clause, no comparison word: the past day (fix245's rule).
    lead = "نود سال پیش در چنین روزی یعنی امروز (۲۲ آذر ۱۳۱۱)"
    assert jm.parse_article(_history_page(lead)).published is None
