"""fix214: attacks67's six inputs not right (docs/reliability.md «Attacks, sixty-seventh round»).

- A Jalali stamp on a Persian page at a host whose first label names a country edition
  («kz.», «by.»): Tehran's clock, not the edition's (fix210's clocks are for the dates that
  country prints: Sputnik's Russian editions).
- A title ending with dots over a line that opens the same (a poem's title over its first
  verse) is a cut copy only when crumb words stand before it or that line stands alone.
- «... را اعلام کرد.» (announced X, its object marked by «را») over a question subtitle: a
  stopped headline, no speaker's kicker.
- «... به تصویب رساند.»: a causative light verb ends a headline as «تصویب کرد.» does.
- A <footer> signature row «[ DAY ] [ نویسنده: NAME ]» (a labelled author cell) is the
  post's.
- A page of one teaser «TITLE ادامه مطلب » DATE»: the teaser's date is the published.

Layouts: the ones attacks67 set in other kinds of site (a ministry's news item, a provincial
council's page, a Persian cultural service, a shop magazine's HTML post, a blog's poem, a
blog's month archive), after test_fix210.py and test_fix211.py.
"""

from __future__ import annotations

import datetime as dt

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _day(article: jm.Article) -> dt.date | None:
    if article.published is None:
        return None
    value = article.published.gregorian
    return value.date() if isinstance(value, dt.datetime) else value


# -- a Jalali stamp under a country edition's label ---------------------------------------------
_FAIR = "جشنواره موسیقی نواحی در شهر کرمان آغاز به کار کرد"
_FAIR_BODY = (
    "جشنواره موسیقی نواحی با اجرای گروه هایی از دوازده استان در تالار شهر کرمان آغاز شد و "
    "تا پنج روز ادامه دارد.\n\nورود برای همه تماشاگران رایگان است.\n"
)


def test_jalali_stamp_under_an_edition_label_keeps_tehrans_clock() -> None:
    for host in ("kz.farhang.example", "by.farsi.example.com"):
        article = jm.parse_article(
            f"{_FAIR}\n۱۴۰۲/۰۹/۲۰ - ۰۸:۴۵\n\n{_FAIR_BODY}", url=f"https://{host}/fa/news/77"
        )
        assert article.published is not None
        assert article.published.gregorian == dt.datetime(
            2023, 12, 11, 8, 45, tzinfo=dt.timezone(dt.timedelta(hours=3, minutes=30))
        ), host


def test_edition_label_still_sets_the_clock_of_a_russian_stamp_neg() -> None:
    """Near miss: Sputnik's Kazakh edition's own Russian update stamp keeps Almaty's clock
    (+06:00 in 2023), as on main."""
    head = "В Алматы открылся новый парк для горожан"
    body = (
        "В южной части города открылся парк с велосипедными дорожками и площадками для "
        "детей, где можно гулять до позднего вечера."
    )
    article = jm.parse_article(
        f"{head}\n\n(обновлено 11:05 06.12.2023)\n\nАЛМАТЫ, 5 дек - Sputnik. {body}\n",
        url="https://kz.sputniknews.ru/society/20231205/1040555126/park.html",
    )
    assert article.updated is not None
    assert article.updated.gregorian == dt.datetime(
        2023, 12, 6, 11, 5, tzinfo=dt.timezone(dt.timedelta(hours=6))
    )


# -- a title with dots over a line opening the same ---------------------------------------------
def test_poem_title_with_dots_over_its_first_verse_is_the_title() -> None:
    title = "زیر آسمان این شهر..."
    article = jm.parse_article(
        f"{title}\n۲ دی ۱۴۰۲\n\nزیر آسمان این شهر ستاره ای پیدا نیست\n"
        "زیر آسمان این شهر پرنده ای آواز نمی خواند\nو باد از کوچه های خالی می گذرد\n"
    )
    assert article.title is not None
    assert article.title.startswith("زیر آسمان این شهر")
    assert "ستاره" not in article.title


def test_cut_copy_over_a_headline_standing_alone_is_still_the_whole_neg() -> None:
    """Near miss: no crumb words before the cut copy, but the line below stands alone (a blank
    line under it) as a headline does: the whole headline is the title, as on main."""
    whole = "بازسازی پل تاریخی شهرستان پس از دو سال به پایان رسید"
    article = jm.parse_article(
        f"بازسازی پل تاریخی شهرستان پس از دو...\n\n{whole}\n\n"
        "پل تاریخی شهرستان که دو سال پیش به دلیل ترک خوردگی پایه ها بسته شده بود با "
        "پایان بازسازی دوباره به روی مردم باز شد.\n\nهزینه بازسازی را میراث فرهنگی داده است.\n"
    )
    assert article.title == whole


# -- «... را اعلام کرد.» over a question subtitle -------------------------------------------------
_CLINIC_LEAD = (
    "دانشگاه علوم پزشکی استان اعلام کرد ساعت کار درمانگاه های شبانه روزی از اول دی تغییر "
    "می کند و فهرست درمانگاه ها در سایت دانشگاه منتشر شده است.\n\n"
    "درباره نوبت دهی اینترنتی هنوز تصمیمی گرفته نشده است.\n"
)
_CLINIC_Q = "آیا نوبت دهی اینترنتی هم تغییر می کند؟"


def test_announced_object_headline_over_its_question_is_the_title() -> None:
    head = "دانشگاه علوم پزشکی استان ساعت کار تازه درمانگاه ها را اعلام کرد."
    article = jm.parse_article(f"{head}\n{_CLINIC_Q}\n۲ دی ۱۴۰۲\n\n{_CLINIC_LEAD}")
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


def test_saying_verb_without_its_object_mark_keeps_mains_record_neg() -> None:
    """Near miss: «... اعلام کرد.» with no object marked by «را» (a speaker's statement):
    not read as a stopped headline; the record is main's (the question's title)."""
    head = "رئیس دانشگاه علوم پزشکی استان در نشست خبری امروز اعلام کرد."
    article = jm.parse_article(f"{head}\n{_CLINIC_Q}\n۲ دی ۱۴۰۲\n\n{_CLINIC_LEAD}")
    assert article.title != head


# -- «به تصویب رساند.» -------------------------------------------------------------------------------
def test_compound_verb_with_rasand_ends_a_stopped_headline() -> None:
    head = "هیئت مدیره شرکت آب منطقه ای تعرفه تازه آب کشاورزی را به تصویب رساند."
    lead = (
        "هیئت مدیره شرکت آب منطقه ای در نشست دیروز تعرفه تازه آب کشاورزی را تصویب کرد و "
        "تعرفه تازه از آغاز سال آبی اجرا می شود.\n\nدرباره آب صنعتی تصمیمی گرفته نشده است.\n"
    )
    article = jm.parse_article(
        f"{head}\n\nآیا تعرفه آب صنعتی هم بالا می رود؟\n\n۲ دی ۱۴۰۲\n\n{lead}"
    )
    assert article.title == head


# -- a <footer> row with a labelled author cell -----------------------------------------------------
_GUIDE = "راهنمای نگهداری گیاهان آپارتمانی در زمستان"
_GUIDE_P = (
    "<p>گیاهان آپارتمانی در زمستان آب کمتری می خواهند و باید از کنار بخاری دور باشند تا برگ "
    "آنها خشک نشود.</p><p>گلدان را هفته ای یک بار بچرخانید تا همه برگ ها نور بگیرند.</p>"
)


def _page(footer: str) -> str:
    return (
        f'<html lang="fa"><body><h1>{_GUIDE}</h1>{_GUIDE_P}'
        f"<footer><p>{footer}</p></footer></body></html>"
    )


def test_footer_row_of_a_day_and_a_labelled_author_cell_is_the_posts() -> None:
    article = jm.parse_html(_page("[ شنبه ۲ دی ۱۴۰۲ ] [ نویسنده: گروه باغبانی ]"))
    assert _day(article) == dt.date(2023, 12, 23)


def test_footer_row_with_another_labelled_cell_is_no_signature_neg() -> None:
    """Near miss: the labelled cell is the post's category or its source, no author: the row
    is not taken, as on main."""
    for cell in ("[ دسته بندی: آموزش ]", "[ منبع: خبرگزاری ]"):
        article = jm.parse_html(_page(f"[ شنبه ۲ دی ۱۴۰۲ ] {cell}"))
        assert article.published is None, cell


# -- one read-more teaser --------------------------------------------------------------------------
_TEASER = "برنامه کلاس های تابستانی کانون پرورش فکری اعلام شد"


def test_one_teasers_date_after_read_more_is_the_published() -> None:
    article = jm.parse_article(f"# دی ۱۴۰۲\n\n{_TEASER} ادامه مطلب » ۲ دی ۱۴۰۲\n")
    assert article.title == _TEASER
    assert _day(article) == dt.date(2023, 12, 23)


def test_two_teasers_dates_are_no_published_neg() -> None:
    """Near miss: two teasers, each with its read-more link and date: a list's items, whose
    dates are none the page's, as on main."""
    article = jm.parse_article(
        f"{_TEASER} ادامه مطلب » ۲ دی ۱۴۰۲\n"
        "نمایشگاه نقاشی کودکان در کتابخانه مرکزی برپا شد ادامه مطلب » ۳۰ آذر ۱۴۰۲\n"
    )
    assert article.published is None
