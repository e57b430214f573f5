"""fix290: blind98's silent and missing values (tests/pages 2534, 2540).

A headline ending with «!» or «؟» right over its date line, then a keyword line and the
post's first cry («... !») under that date line (a personal blog's post, weblog.nabi.ir,
tests/pages 2534): the two tied on evidence and the lower line won, the date line then read
as a banner over it, no date at all. The line over its own date line is the headline now,
and the date line the post's.

An image's alternative text for the site's logo («لوگوی سایت NAME», «لوگو», «logo») and the
year's slogan banner's label («شعار 1402») are site furniture, never the title (a municipal
site's post with no headline, asadiyeh.ir, tests/pages 2540). A headline about a logo keeps
its reading. The sentences here are written for these tests."""

from __future__ import annotations

import jalali_meta as jm

_HEADLINE = "باران آمد و سقف آشپزخانه ما باز هم چکه کرد؟!"
_DATE = "پنجشنبه 8 آذر 1386 - 9:14:05 قبل از ظهر"
_BODY = (
    "دیشب از ساعت ده باران تندی شروع شد و نزدیک صبح صدای چکیدن آب از گوشه آشپزخانه همه را "
    "بیدار کرد. سطل و لگن زیر سقف گذاشتیم و تا ظهر چند بار خالی‌شان کردیم.\n\n"
    "بنای محله می‌گفت ایزوگام پشت‌بام ترک برداشته و باید قبل از برف عوض شود. قرار شد هفته "
    "بعد بیاید و کار را تمام کند، اگر باز هم باران نبارد!"
)


def _post(cry: str = "چک... چک... چک...!") -> str:
    return f"{_HEADLINE}\n{_DATE}\nسقف خیس\n\n{cry}\n{_BODY}\n"


def test_an_exclaimed_headline_over_its_date_line_is_the_title() -> None:
    article = jm.parse_article(_post())
    assert article.title == _HEADLINE


def test_the_date_line_under_that_headline_dates_the_post() -> None:
    article = jm.parse_article(_post())
    assert article.published is not None
    assert article.published.jalali_date == (1386, 9, 8)
    assert article.published.gregorian.hour == 9
    assert article.published.gregorian.minute == 14


def test_the_post_keeps_its_date_with_another_cry_under_the_header() -> None:
    article = jm.parse_article(_post("وای... وای!"))
    assert article.title == _HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1386, 9, 8)


_CLOCK = "21 بهمن 1402 10:05 ق.ظ"
_NEWS = (
    "مدیر ناحیه دو شهرداری خبر داد: با آغاز طرح زمستانی، سه دستگاه نمک‌پاش تازه در "
    "خیابان‌های شیب‌دار محله غربی شهر به کار افتاد و گروه‌های برف‌روبی شبانه‌روز آماده‌اند.\n\n"
    "وی افزود: شهروندان می‌توانند در ساعات بارش، گزارش یخ‌زدگی معابر را با سامانه تلفنی "
    "شهرداری در میان بگذارند تا گروه‌ها هر چه زودتر به محل بروند."
)


def _logo_page(alt: str, slogan: str = "شعار 1402") -> str:
    return f"{_CLOCK}\n\n{alt}\n{slogan}\n\n.\n\n{_NEWS}\n"


def test_a_logo_alt_text_naming_the_site_is_no_title() -> None:
    article = jm.parse_article(_logo_page("لوگوی سایت شهرداری کوهپایه"))
    assert article.title is None


def test_a_bare_logo_alt_text_is_no_title() -> None:
    for alt in ("لوگو", "logo", "Logo", "لوگوی شهرداری کوهپایه"):
        article = jm.parse_article(_logo_page(alt))
        assert article.title != alt, alt


def test_the_year_slogan_label_is_no_title() -> None:
    article = jm.parse_article(_logo_page("لوگوی سایت شهرداری کوهپایه"))
    assert article.title != "شعار 1402"
    article = jm.parse_article(_logo_page("لوگوی سایت شهرداری کوهپایه", "شعار سال ۱۴۰۳"))
    assert article.title is None


def test_a_headline_about_a_new_logo_stays_the_title() -> None:
    for headline in (
        "رونمایی از لوگوی جدید شهرداری کوهپایه",
        "لوگوی جدید شهرداری کوهپایه رونمایی شد",
        "لوگوی جدید باشگاه فوتبال شهر",
    ):
        text = f"{headline}\n{_CLOCK}\n\n{_NEWS}\n"
        assert jm.parse_article(text).title == headline, headline


def test_a_headline_about_the_year_slogan_stays_the_title() -> None:
    headline = "شعار سال 1403 در میدان اصلی شهر نصب شد"
    text = f"{headline}\n{_CLOCK}\n\n{_NEWS}\n"
    assert jm.parse_article(text).title == headline
