"""mut44: tests for the survivors of the forty-fourth mutation round
(benchmarks/hand_mutants_44.py, docs/reliability.md "The forty-fourth round: fix209-fix214
under mutation").

Each test kills one survivor and passes on main; the layouts are the rules' own pages (a
university notice with its labelled stamp, a mihanblog post's footer row of bracketed cells,
a WordPress day archive's one teaser, a blogfa post under its byline, a Persian service at a
country edition's host), the sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

# -- fix209 / ac51fe67: a clock that is no time of day (mutants 9 and 13) -------------------
# Layout: a faculty's notice (attacks66): the headline, «تاریخ انتشار: STAMP», the text.
_NOTICE = "جابه جایی کلاس های آمار دانشکده علوم پایه"
_NOTICE_TEXT = (
    "کلاس های درس آمار دانشکده علوم پایه از هفته آینده به دلیل تعمیر ساختمان به طبقه دوم "
    "کتابخانه مرکزی منتقل می شود و ساعت های درس بی تغییر می ماند."
)


@pytest.mark.parametrize(
    "stamp",
    [
        "۱۴۰۲/۰۹/۲۰ ۱۵:۶۰ ق ظ",  # a marker contradicted, and minute 60: no time of day (9)
        "۱۴۰۲/۰۹/۲۰ ۱۰:۶۰",  # minute 60 with no marker: _dates' bound (13)
    ],
)
def test_a_sixtieth_minute_refuses_the_date(stamp: str) -> None:
    article = jm.parse_article(f"{_NOTICE}\nتاریخ انتشار: {stamp}\n\n{_NOTICE_TEXT}\n")
    assert article.published is None
    assert "invalid-date" in warning_codes(article)


# -- fix210: a post's signature row in a <footer> (mutants 22 and 69) ------------------------
# Layout: a mihanblog post's footer row «[ DAY ] [ ساعت H و M دقیقه ] [ AUTHOR ]» (real62
# #24) in an HTML5 <footer> after the post (attacks66, attacks67).
_HIKE = "بازدید دانش آموزان از غار کتله خور"
_HIKE_P1 = (
    "دانش آموزان پایه نهم روز شنبه با دو اتوبوس به غار کتله خور رفتند و راهنمای غار تاریخچه "
    "کشف آن و شکل گیری ستون های آهکی را برایشان شرح داد."
)
_HIKE_P2 = "بازدید تا عصر طول کشید و گروه پیش از تاریکی به شهر برگشت."


def _hike(footer: str) -> bytes:
    body = f"<h1>{_HIKE}</h1><p>{_HIKE_P1}</p><p>{_HIKE_P2}</p><footer><p>{footer}</p></footer>"
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def test_a_signature_row_of_twenty_words_is_the_posts_date() -> None:
    # day (6 words), clock with seconds (8), a name of four words with its title (6)
    row = (
        "[ روز شنبه ۴ آذر ماه سال ۱۴۰۲ ] [ ساعت ۱۷ و ۴۰ دقیقه و ۱۵ ثانیه ] "
        "[ سید علی اکبر کاظمی نژاد ]"
    )
    assert len(row.replace("[", " ").replace("]", " ").split()) == 20
    article = jm.parse_html(_hike(row))
    assert article.published is not None
    assert article.published.isoformat() == "2023-11-25T17:40:15+03:30"


def test_a_row_of_two_days_and_an_author_cell_gives_no_date() -> None:
    # Two unlabelled date cells: which is the post's is not said; the row stays out.
    for row in (
        "[ شنبه ۴ آذر ۱۴۰۲ ] [ یکشنبه ۵ آذر ۱۴۰۲ ] [ نویسنده: مریم کاظمی ]",
        "[ ۱۴۰۲/۰۹/۰۴ ] [ ۱۴۰۲/۰۹/۰۵ ] [ نویسنده: مریم کاظمی ]",
    ):
        assert jm.parse_html(_hike(row)).published is None, row


# -- fix211: a teaser's title of three words before its read-more link (mutant 33) -----------
# Layout: otagh-bazargani.com's WordPress day archive as stored text (tests/pages 2110).
def test_a_three_word_teaser_title_ends_before_its_read_more_link() -> None:
    article = jm.parse_article(
        "آیین نامه واردات ادامه مطلب » 5 مهر 1395\n", url="https://chamber.example.ir/2016/09/26"
    )
    assert article.title == "آیین نامه واردات"


# -- fix214: a tj. edition keeps Dushanbe's clock for a Jalali stamp (mutant 63) -------------
# Layout: fix214's Persian service at a country edition's host; Tajikistan writes Persian
# (tj.usembassy.gov/tg/, attacks31), so its edition's stamp keeps its own clock.
_FAIR = "نمایشگاه کتاب فارسی در دوشنبه گشایش یافت"
_FAIR_BODY = (
    "نمایشگاه کتاب فارسی با حضور ناشرانی از سه کشور در کتابخانه ملی دوشنبه گشایش یافت و تا یک "
    "هفته برای بازدید عموم باز است.\n\nورود به نمایشگاه رایگان است.\n"
)


def test_a_tajik_editions_jalali_stamp_keeps_dushanbes_clock() -> None:
    for host in ("tj.farhang.example", "m.tj.farhang.example"):
        article = jm.parse_article(
            f"{_FAIR}\n۱۴۰۲/۰۹/۲۰ - ۰۸:۴۵\n\n{_FAIR_BODY}", url=f"https://{host}/fa/news/77"
        )
        assert article.published is not None
        assert article.published.gregorian == dt.datetime(
            2023, 12, 11, 8, 45, tzinfo=dt.timezone(dt.timedelta(hours=5))
        ), host


# -- real63: a byline's name of four words (mutant 72) ---------------------------------------
# Layout: a blogfa post opening with its byline «نوشته شده توسط : NAME», no title (real63 #14).
_BLOG_BODY = (
    "مقدمه :\n"
    "کتابخانه کلاس را دانش آموزان خودشان راه انداختند و هر کدام دو کتاب از خانه آوردند تا "
    "قفسه کوچکی کنار پنجره پر شود و هر هفته کتاب ها میان بچه ها دست به دست بچرخد و کسی بی "
    "کتاب به خانه نرود؛ معلم هم هر ماه یک کتاب تازه به قفسه اضافه می کند.\n"
    "امسال بچه ها فهرستی از کتاب های خوانده شده روی دیوار کلاس زده اند و هر کس کتابی را تمام "
    "کند نامش را کنار آن می نویسد.\n"
)


def test_a_byline_of_a_four_word_name_is_no_title() -> None:
    article = jm.parse_article(f"نوشته شده توسط : سید علی اکبر کاظمی\n{_BLOG_BODY}")
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


# -- fix212: one undated item at a site's home address (mutants 45-49) ----------------------
# Layout: fix125's monthly editorial served at the site's root (tests/pages 1017's shape): the
# monthly's name, the editorial's headline, its paragraphs in full.
_HOME = "https://mahnameh-sabz.example.ir/"
_EDITORIAL = "سرمقاله: باغ هایی که می مانند"
_ED_P1 = (
    "شهر ما هر سال درختان بیشتری از دست می دهد و کوچه هایی که روزی سایه داشتند حالا زیر "
    "آفتاب تابستان داغ می شوند؛ این شماره را به باغ های قدیمی شهر و مردمی که هنوز از آن ها "
    "نگهداری می کنند داده ایم."
)
_ED_P2 = (
    "در گفت و گو با باغداران محله های قدیمی شنیدیم که آب چاه ها پایین رفته و هزینه نگهداری "
    "هر باغ از درآمد آن بیشتر شده است، اما بسیاری هنوز حاضر به فروش زمین نیستند."
)


def test_one_undated_item_of_two_short_lines_at_the_home_address_is_the_page() -> None:
    article = jm.parse_article(
        f"ماهنامه باغ سبز\n{_EDITORIAL}\n\n{_ED_P1}\n\n{_ED_P2}\n", url=_HOME
    )
    assert article.title == _EDITORIAL
    assert "listing-page" not in warning_codes(article)


@pytest.mark.parametrize(
    "text",
    [
        # three short lines: more than one item's name and headline (46)
        f"ماهنامه باغ سبز\nشماره چهل و دوم\n{_EDITORIAL}\n\n{_ED_P1}\n\n{_ED_P2}\n",
        # a date line among the short lines: a dated teaser, fix125's (47)
        f"ماهنامه باغ سبز\n۱۲ مهر ۱۴۰۲\n\n{_ED_P1}\n\n{_ED_P2}\n",
        # a paragraph cut with «...»: a front page's excerpt (48)
        f"ماهنامه باغ سبز\n{_EDITORIAL}\n\n{_ED_P1}\n\n{_ED_P2[:80]} ...\n",
    ],
)
def test_home_address_over_more_than_one_undated_item_stays_a_list(text: str) -> None:
    article = jm.parse_article(text, url=_HOME)
    assert "listing-page" in warning_codes(article)
    assert article.published is None


# -- fix210: a stopped line over a question, the lead retelling neither (mutant 15) ----------
# Layout: attacks66's agency item (a stopped headline, a question, the date line, the lead).
_FARE = "نرخ کرایه تاکسی های درون شهری از اول دی پانزده درصد افزایش یافت."
_FARE_QUESTION = "آیا کرایه اتوبوس هم تغییر می کند؟"


def test_a_question_under_a_stopped_line_the_lead_does_not_retell_stays_the_title() -> None:
    lead = (
        "باران شدید دیروز در چند محله جنوبی شهر آب گرفتگی به بار آورد و ماموران آتش نشانی تا "
        "نیمه شب مشغول تخلیه آب از زیرزمین خانه ها بودند."
    )
    more = "درباره نرخ بلیت اتوبوس و مترو هنوز تصمیمی گرفته نشده است."
    article = jm.parse_article(f"{_FARE}\n{_FARE_QUESTION}\n۲۵ آذر ۱۴۰۲\n\n{lead}\n\n{more}\n")
    assert article.title == _FARE_QUESTION


# -- real63: a field's label of four words printed alone under «عنوان :» (mutant 74) ----------
# Layout: mehregantabligh.com's service record (real63 #22): the labelled one-word title, the
# next field's label alone, its text.
def test_a_one_word_title_over_a_four_word_label_alone_is_the_title() -> None:
    text = (
        "عنوان : کاتالوگ\n"
        "اطلاعات تکمیلی این خدمت :\n\n"
        "کاتالوگ دفترچه ای چندبرگی است که محصولات یک شرکت را با عکس، اندازه و قیمت معرفی "
        "می کند و برای فروشندگان و نمایندگان فرستاده می شود.\n\n"
        "کاتالوگ ها معمولا با جلد سخت و کاغذ گلاسه چاپ می شوند.\n"
    )
    assert jm.parse_article(text).title == "کاتالوگ"


# -- real63: the footer's date line lends its time to the day line (mutant 80) --------------
# Layout: lu.ac.ir's item (real63 #02): the headline, the lead, the day alone, the text, and
# «DAY - HH:MM» under the body.
def test_the_footers_time_is_lent_to_the_day_line_under_the_lead() -> None:
    head = "برگزاری کارگاه ایمنی آزمایشگاه برای دانشجویان شیمی"
    lead = (
        "کارگاه ایمنی آزمایشگاه با حضور دانشجویان کارشناسی شیمی در سالن اجتماعات دانشکده برگزار "
        "شد و مدرس کارگاه درباره نگهداری مواد خطرناک سخن گفت."
    )
    more = "در پایان به شرکت کنندگان گواهی حضور داده شد و فیلم کارگاه در سامانه دانشکده قرار گرفت."
    article = jm.parse_article(f"{head}\n\n{lead}\n۱۴۰۲/۰۹/۱۸\n\n{more}\n\n۱۴۰۲/۰۹/۱۸ - ۱۰:۳۰\n")
    assert article.published is not None
    assert article.published.isoformat() == "2023-12-09T10:30:00+03:30"
