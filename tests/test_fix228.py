"""fix228: the pages the forty-fifth mutation round found wrong on main
(benchmarks/mut45_main_pages.py, docs/reliability.md «The forty-fifth round»).

- A site's name and its motto (a sentence) over a tag list's bare «برچسب ها» heading, then
  the first item's headline and its «کد خبر: N تاریخ انتشار : DATE» line: a list
  (listing-page), no title; the site's name is no item's headline.
- «برچسب ها» over the first item's code and date printed with no colon («کد خبر N تاریخ
  انتشار DATE»): a list as with the colons; the item's number and date are not the page's.
- A stopped headline over a question, the lead opening with its date's label («تاریخ: DATE
  | ...») and retelling the headline: the headline is the title, as over a bare lead.
- A one-paragraph item under its headline and date line, over «مطالب مرتبط» and three dated
  teasers: the item's headline and date, no front page.

Layouts: avayerodkof.ir's tag page (tests/pages 2137), attacks66's stopped headline over its
question, akhbarostanha.ir's item with its related box; every sentence written for these
tests, values changed.
"""

from __future__ import annotations

import datetime as dt

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- a tag page under the site's name and motto (avayerodkof.ir) -----------------------------
_NAME = "نوای دنا"
_MOTTO = "« نوای دنا» راستی در خبر را پیش از هر چیز می خواهد و نام منبع هر خبر را می آورد."
_ITEM_HEAD = "دوچرخه سواران استان در مسابقه جاده ای یاسوج به مقام دوم رسیدند"
_ITEM_TEXT = (
    "تیم دوچرخه سواری استان در مسابقه جاده ای یاسوج با هشت رکاب زن شرکت کرد و پس از تیم "
    "میزبان به مقام دوم رسید و دو رکاب زن آن به اردوی تیم ملی دعوت شدند.\n"
)


def _tag_page(top: str, code_line: str) -> str:
    return f"{top}\n\nبرچسب ها\n{_ITEM_HEAD}\n{code_line}\n\n{_ITEM_TEXT}"


def test_site_name_and_motto_over_a_tags_heading_is_a_list() -> None:
    article = jm.parse_article(
        _tag_page(f"{_NAME}\n{_MOTTO}\n", "کد خبر: ۴۴۱۸   تاریخ انتشار : ۱۳۹۸/۰۲/۱۱")
    )
    assert article.title is None
    assert article.number is None
    assert article.published is None
    assert "listing-page" in _codes(article)


def test_headline_and_lead_over_a_tags_line_keep_the_article_neg() -> None:
    """Near miss: an article's headline and lead over its tags box, the tags' names parted by
    «،» on the line under the heading, then the article's own code and date: the article's."""
    head = "دوچرخه سواران استان در یاسوج دوم شدند"
    lead = (
        "تیم دوچرخه سواری استان در مسابقه جاده ای یاسوج پس از تیم میزبان دوم شد و دو رکاب "
        "زن آن به اردوی تیم ملی دعوت شدند."
    )
    text = (
        f"{head}\n{lead}\n\nبرچسب ها\nدوچرخه سواری، یاسوج، تیم ملی\n"
        f"کد خبر: ۴۴۱۸   تاریخ انتشار : ۱۳۹۸/۰۲/۱۱\n\n{_ITEM_TEXT}"
    )
    article = jm.parse_article(text)
    assert article.title == head
    assert article.number == "4418"
    assert "listing-page" not in _codes(article)


def test_tags_heading_over_a_code_line_with_no_colon_is_a_list() -> None:
    article = jm.parse_article(_tag_page(_MOTTO, "کد خبر ۴۴۱۸   تاریخ انتشار ۱۳۹۸/۰۲/۱۱"))
    assert article.number is None
    assert article.published is None
    assert "listing-page" in _codes(article)


def test_tags_heading_under_a_headline_keeps_the_colonless_code_neg() -> None:
    """Near miss: the tags heading under the page's headline is the article's tags box (as
    fix218's near miss, the code printed with no colon): the code stays the page's."""
    head = "دوچرخه سواران استان در یاسوج دوم شدند"
    article = jm.parse_article(_tag_page(head, "کد خبر ۴۴۱۸   تاریخ انتشار ۱۳۹۸/۰۲/۱۱"))
    assert article.title == head
    assert article.number == "4418"
    assert article.published is not None
    assert article.published.jalali_date == (1398, 2, 11)


# -- a stopped headline over a question, the lead opening «تاریخ: DATE |» (attacks66) ---------
_FARE = "کرایه تاکسی های درون شهری در استان از اول بهمن پانزده درصد افزایش یافت."
_ASKED = "آیا کرایه اتوبوس ها هم بیشتر می شود؟"
_MORE = "درباره کرایه اتوبوس های شهری هنوز نظری داده نشده است."


def _fare_page(lead: str) -> str:
    return f"{_FARE}\n{_ASKED}\n۲ دی ۱۴۰۲\n\n{lead}\n\n{_MORE}\n"


def test_lead_opening_with_its_date_label_keeps_the_stopped_headline() -> None:
    lead = (
        "تاریخ: ۲ دی ۱۴۰۲ | کرایه تاکسی های درون شهری استان از بهمن پانزده درصد افزایش می "
        "یابد و شورای شهر نرخ های تازه را اعلام می کند."
    )
    article = jm.parse_article(_fare_page(lead))
    assert article.title == _FARE
    assert article.published is not None
    assert article.published.jalali_date == (1402, 10, 2)


def test_lead_opening_with_a_writer_label_is_no_lead_neg() -> None:
    """Near miss: a paragraph opening with a writer's label («نویسنده: NAME | ...») is no
    lead of the rule: main's record (the headline is not taken by it)."""
    lead = (
        "نویسنده: مریم کاوه | کرایه تاکسی های درون شهری استان از بهمن پانزده درصد افزایش می "
        "یابد و شورای شهر نرخ های تازه را اعلام می کند."
    )
    article = jm.parse_article(_fare_page(lead))
    assert article.title != _FARE


# -- a one-paragraph item over its related box of dated teasers (akhbarostanha.ir) ------------
_LIBRARY = "کتابخانه مرکزی یاسوج پس از سه سال بازسازی بازگشایی شد"
_LIBRARY_TEXT = (
    "کتابخانه مرکزی یاسوج صبح امروز با حضور فرماندار و مدیران کتابخانه های عمومی پس از سه "
    "سال بازسازی بازگشایی شد و از شنبه هر روز جز جمعه ها از هشت صبح تا هشت شب باز است.\n"
)
_TEASERS = (
    "مسابقه کتابخوانی دانش آموزان در کتابخانه برگزار شد\nآبان ۱۲, ۱۴۰۲\n"
    "در این مسابقه سیصد دانش آموز از دبیرستان های شهر شرکت کردند و به دوازده نفر جایزه رسید.\n"
    "ساعت کار کتابخانه های شهر تغییر کرد\nآبان ۹, ۱۴۰۲\n"
    "اداره کتابخانه های عمومی اعلام کرد ساعت کار کتابخانه ها از اول آذر دو ساعت بیشتر می شود.\n"
    "نمایشگاه کتاب های کودک در کتابخانه گشایش یافت\nآبان ۴, ۱۴۰۲\n"
    "نمایشگاه کتاب های کودک تا پایان ماه در سالن کتابخانه برپاست و ورود برای همه رایگان است.\n"
)


def test_one_paragraph_item_over_its_related_box_keeps_its_title_and_date() -> None:
    text = f"{_LIBRARY}\nآبان ۲۱, ۱۴۰۲\n{_LIBRARY_TEXT}مطالب مرتبط\n{_TEASERS}"
    article = jm.parse_article(text)
    assert article.title == _LIBRARY
    assert article.published is not None
    assert article.published.gregorian == dt.date(2023, 11, 12)
    assert "listing-page" not in _codes(article)


def test_dated_teasers_with_no_related_heading_stay_a_front_page_neg() -> None:
    """Near miss: the same four dated items with no «مطالب مرتبط» between: a front page's
    items, no title and no date (main's record)."""
    text = f"{_LIBRARY}\nآبان ۲۱, ۱۴۰۲\n{_LIBRARY_TEXT}{_TEASERS}"
    article = jm.parse_article(text)
    assert article.title is None
    assert article.published is None
    assert "listing-page" in _codes(article)
