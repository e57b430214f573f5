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


# -- (3) a lead-in line over only a list and a closing line --------------------------------


_RULES = (
    # Short items (no running text on the page): the lead-in is the first line's only rival.
    "۱- هر گروه سه عضو داشته باشد.\n۲- طرح ها تا آخر آبان برسد.\n۳- داوری دو مرحله دارد.\n\n"
)


def test_lead_in_over_a_list_and_a_contact_line_is_no_title() -> None:
    text = (
        "شرایط شرکت در جشنواره نوآوری دانش آموزی:\n\n"
        + _RULES
        + "برای پرسش های بیشتر با روابط عمومی اداره تماس بگیرید.\n"
    )
    article = jm.parse_article(text)
    assert article.title is None
    assert "title-uncertain" in {w.code for w in article.warnings}


def test_headline_without_colon_over_a_list_neg_is_the_title() -> None:
    text = "شرایط شرکت در جشنواره نوآوری دانش آموزی اعلام شد\n\n" + _RULES
    assert jm.parse_article(text).title == "شرایط شرکت در جشنواره نوآوری دانش آموزی اعلام شد"


# -- (4) blog posts signed the same minute, or with «| نظر بدهید» --------------------------

_SIGNED = "+ نوشته شده در  سه شنبه ۲۱ آذر ۱۴۰۲ساعت ۱۸:۴۰  توسط رضا\n"
_POST_A = (
    "باغچه مدرسه\n\nامروز بچه ها در باغچه مدرسه پیاز گل لاله کاشتند و قرار شد هر هفته یک "
    "گروه به گل ها آب بدهد.\n"
)
_POST_B = (
    "کتاب های تازه کلاس رسید و بچه ها برای هر کدام یک کارت امانت نوشتند تا کسی کتابی را گم نکند.\n"
)
_POST_C = "مسابقه نقاشی\n\nمسابقه نقاشی کلاس هفته آینده برگزار می شود و موضوع آن زمستان است.\n"


def test_one_post_signed_over_and_under_neg_keeps_its_day() -> None:
    text = f"وبلاگ کلاس سوم\n\n{_SIGNED}\n{_POST_A}{_SIGNED}"
    article = jm.parse_article(text, url="http://kelassevom-example.blogfa.com/post/12")
    assert article.published is not None
    assert article.published.jalali_date == (1402, 9, 21)


def _by_signature(minute: str) -> str:
    return f"+ نوشته شده توسط رضا در سه شنبه بیست و یکم آذر ۱۴۰۲ و ساعت {minute} ب.ظ | نظر بدهید\n"


def test_posts_signed_by_name_then_date_are_a_list() -> None:
    text = (
        f"وبلاگ کلاس سوم\n\n{_POST_A}{_by_signature('۰۶:۴۰')}\n"
        f"{_POST_C}{_by_signature('۰۵:۱۵')}\n"
        "نمایشگاه کتاب\n\nنمایشگاه کتاب مدرسه از شنبه در نمازخانه برپا می شود.\n"
        + _by_signature("۰۶:۴۰")
    )
    article = jm.parse_article(text, url="http://kelassevom-example.blogfa.com/1402/09")
    assert article.published is None
    assert article.title is None or "title-uncertain" in {w.code for w in article.warnings}


# -- (5) a section label in an <h1> --------------------------------------------------------

_FAIR = "برگزاری نمایشگاه دستاوردهای پژوهشی هنرستان های شهر"
_FAIR_TEXT = (
    "نمایشگاه دستاوردهای پژوهشی هنرستان های شهر با نمایش ساخته های هنرجویان در سالن "
    "اجتماعات اداره برپا شد و بازدید از آن برای همه آزاد است."
)


def _h1_page(heading: str) -> bytes:
    return (
        "<html><head><meta charset='utf-8'></head><body>"
        f"<h1>{heading}</h1><p>{_FAIR_TEXT}</p></body></html>"
    ).encode()


def test_section_label_in_an_h1_is_cut_by_the_slug() -> None:
    article = jm.parse_html(
        _h1_page(f"اخبار هنرستان : {_FAIR}"),
        url="https://honarestan-example.ir/content/41/برگزاری-نمایشگاه-دستاوردهای-پژوهشی",
    )
    assert article.title == _FAIR
    assert "title-uncertain" not in {w.code for w in article.warnings}


def test_section_label_in_an_h1_without_slug_neg_is_cut_in_doubt() -> None:
    article = jm.parse_html(_h1_page(f"اخبار هنرستان : {_FAIR}"), url=None)
    assert article.title == _FAIR
    assert "title-uncertain" in {w.code for w in article.warnings}


# -- (6) a served-day stamp over footer notices --------------------------------------------

_HARVEST = "برداشت پسته در باغ های شهرستان آغاز شد"
_HARVEST_TEXT = (
    "باغداران شهرستان از هفته گذشته برداشت پسته را آغاز کرده اند و کارگران فصلی از روستاهای "
    "اطراف به باغ ها آمده اند.\n\nبه گفته مدیر جهاد کشاورزی، محصول امسال بیشتر است.\n"
)
_HARVEST_URL = "https://peste-example.ir/1402/07/02/bardasht-peste/"


@pytest.mark.parametrize(
    "footer",
    [
        "\nسه شنبه ۲ آبان ۱۴۰۲\nطراحی و پشتیبانی: گروه نمونه\n",
        "\nیکشنبه ۲ مهر ۱۴۰۳ | تمامی حقوق این پایگاه محفوظ است\n",
    ],
)
def test_served_day_stamp_over_footer_notices_leaves_the_path_day(footer: str) -> None:
    article = jm.parse_article(f"{_HARVEST}\n\n{_HARVEST_TEXT}{footer}", url=_HARVEST_URL)
    assert article.published is not None
    assert article.published.jalali_date == (1402, 7, 2)
    assert "published-from-url" in {w.code for w in article.warnings}


def test_near_day_over_a_design_credit_neg_stands() -> None:
    # Two days after the path: the post's own day printed at its foot (fix236's threshold).
    footer = "\nسه شنبه ۴ مهر ۱۴۰۲\nطراحی و پشتیبانی: گروه نمونه\n"
    article = jm.parse_article(f"{_HARVEST}\n\n{_HARVEST_TEXT}{footer}", url=_HARVEST_URL)
    assert article.published is not None
    assert article.published.jalali_date == (1402, 7, 4)
