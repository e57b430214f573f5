"""fix101: two values mut25 (docs/reliability.md, the twenty-fifth round) found taken with
no warning.

* A list whose first item's headline is printed twice in a row, then a second item with
  its meta block («• کد خبر : ID», «• DATE - TIME») and its excerpt: the second item's ID
  and date were the page's («label after lead», «date line after lead»). A headline-shaped
  line under the lead that shares no content word with the title or the lead, right over
  label and date lines and a paragraph, heads its own item: those lines are not the page's.
* Two different short names each printed twice, at the page's top and again under its
  text («متغیرها» / «ثابت ها» over a chapter, its sections, then the two names again): a
  section's heading printed once under the running text («روش کار») was the title, silently.
  No line is sure there: None, with title-uncertain.

The texts are written for these tests on the layouts of mut25's mutants 51 and 10
(benchmarks/hand_mutants_25.py; the list of khabran.ir, the GitBook chapter of real29 #21).
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

FIRST = "آغاز لایروبی رودخانه شور در حاشیه شهر بستک"
SECOND = "برگزاری جشنواره سیب زمینی در روستای کوخرد"
THIRD = "نصب چراغ های تازه در بلوار ساحلی کیش"
FIRST_TEXT = (
    "عملیات لایروبی رودخانه شور با حضور فرماندار بستک آغاز شد و به گفته مسئولان تا پیش از "
    "فصل بارش ها بستر رودخانه در سه کیلومتر از مسیر آن پاکسازی خواهد شد."
)
SECOND_TEXT = (
    "نخستین جشنواره سیب زمینی کوخرد با برپایی غرفه های کشاورزان و فروش محصولات محلی در "
    "میدان اصلی روستا برگزار شد و تا پایان هفته ادامه دارد."
)
THIRD_TEXT = (
    "شهرداری کیش از نصب دویست چراغ تازه در بلوار ساحلی خبر داد و گفت روشنایی این مسیر تا "
    "پایان ماه کامل می شود."
)
COUNTER = "  • امروز : شنبه, ۱۲ خرداد , ۱۴۰۳\nکل مطالب: 912\n\n"


def _meta(number: str, date: str) -> str:
    return f"  • کد خبر : {number}\n  • {date}\n"


# -- another item's meta block under the lead ---------------------------------------------


@pytest.mark.parametrize("counter", ["", COUNTER])
def test_second_items_meta_under_a_doubled_first_headline_is_not_the_pages(counter: str) -> None:
    text = (
        f"{counter}{FIRST}\n{FIRST}\n{FIRST_TEXT}\n\n{SECOND}\n\n"
        f"{_meta('4410', '19 مهر 1400 - 11:40')}{SECOND_TEXT}\n"
    )
    record = jm.parse_article(text)
    assert record.number is None
    assert record.published is None


def test_a_list_of_three_items_gives_no_items_meta() -> None:
    text = (
        f"{COUNTER}{FIRST}\n{FIRST}\n{FIRST_TEXT}\n\n{SECOND}\n\n"
        f"{_meta('4410', '19 مهر 1400 - 11:40')}{SECOND_TEXT}\n\n{THIRD}\n\n"
        f"{_meta('4409', '18 مهر 1400 - 10:05')}{THIRD_TEXT}\n"
    )
    record = jm.parse_article(text)
    assert record.number is None
    assert record.published is None
    assert record.title is None
    assert "title-uncertain" in warning_codes(record)


def test_first_items_own_meta_block_is_the_pages_neg() -> None:
    text = (
        f"{FIRST}\n{FIRST}\n\n{_meta('4411', '20 مهر 1400 - 09:15')}{FIRST_TEXT}\n\n{SECOND}\n\n"
        f"{_meta('4410', '19 مهر 1400 - 11:40')}{SECOND_TEXT}\n"
    )
    record = jm.parse_article(text)
    assert record.title == FIRST
    assert record.number == "4411"
    assert record.published is not None
    assert record.published.gregorian.isoformat() == "2021-10-12T09:15:00+03:30"


def test_meta_block_after_the_summary_stays_the_pages_neg() -> None:
    # «HEADLINE» / «SUMMARY» / «DATE» / «ID» / the body: the late header of one article.
    text = (
        f"{FIRST}\n\n{FIRST_TEXT}\n\n۲۰ مهر ۱۴۰۰ - ۰۹:۱۵\nکد خبر : 4411\n\n"
        f"{SECOND_TEXT}\n\n{THIRD_TEXT}\n"
    )
    record = jm.parse_article(text)
    assert record.title == FIRST
    assert record.number == "4411"
    assert record.published is not None
    assert record.published.jalali_date == (1400, 7, 20)


def test_a_caption_between_the_summary_and_the_meta_block_is_no_item_neg() -> None:
    # The photo's caption names the story (a word of the headline): its header follows.
    caption = "نمایی از بستر رودخانه شور"
    text = (
        f"{FIRST}\n\n{FIRST_TEXT}\n\n{caption}\n۲۰ مهر ۱۴۰۰ - ۰۹:۱۵\nکد خبر : 4411\n\n"
        f"{SECOND_TEXT}\n\n{THIRD_TEXT}\n"
    )
    record = jm.parse_article(text)
    assert record.number == "4411"
    assert record.published is not None
    assert record.published.jalali_date == (1400, 7, 20)


def test_article_over_related_items_keeps_its_own_date_neg() -> None:
    text = (
        f"{FIRST}\n{FIRST}\n\n{_meta('4411', '20 مهر 1400 - 09:15')}{FIRST_TEXT}\n\n"
        f"{THIRD_TEXT}\n\nاخبار مرتبط\n\n{SECOND}\n\n{_meta('4410', '19 مهر 1400 - 11:40')}"
        f"{SECOND_TEXT}\n"
    )
    record = jm.parse_article(text)
    assert record.title == FIRST
    assert "title-uncertain" not in warning_codes(record)
    assert record.number == "4411"
    assert record.published is not None
    assert record.published.jalali_date == (1400, 7, 20)


# -- two names each printed twice over a chapter ------------------------------------------


def _chapter(top: str, end: str) -> str:
    return (
        f"{top}\n\nنمونه کدهای این بخش را در مخزن کتاب می یابید\n\n"
        "در این بخش می بینیم که چگونه داده ها را در برنامه نگه داریم و مقدار آنها را در طول "
        "اجرای برنامه تغییر دهیم یا ثابت نگه داریم.\n\n"
        "  • یک پرونده تازه به نام values.go بسازید\n\n"
        "  • کد زیر را در آن بنویسید و ذخیره کنید\n\n"
        "package main\n\nvar count = 3\n\nconst limit = 10\n\n"
        "برای دیدن نتیجه دستور go run را اجرا کنید.\n\n"
        "روش کار\n\n"
        "کلمه کلیدی var یک متغیر تازه می سازد که مقدار آن را می توان بعدا تغییر داد و کلمه "
        "const مقداری می سازد که در طول اجرا همان می ماند.\n\n"
        "اگر نوع متغیر را ننویسیم کامپایلر آن را از مقدار اولیه حدس می زند و همان نوع را "
        "برای آن نگه می دارد.\n"
        f"{end}"
    )


@pytest.mark.parametrize("url", [None, "https://book.gitbook.io/go/chapter-3/values"])
def test_two_names_each_printed_twice_give_no_section_heading_as_title(url: str | None) -> None:
    record = jm.parse_article(_chapter("متغیرها\n\nثابت ها", "\nمتغیرها\n\nثابت ها\n"), url=url)
    assert record.title != "روش کار"
    assert record.title is None
    assert "title-uncertain" in warning_codes(record)


def test_one_name_printed_twice_at_the_top_stays_the_title_neg() -> None:
    # fix91's shape: the chapter's name and its heading, the comma left out.
    record = jm.parse_article(_chapter("متغیرها، ثابت ها\n\nمتغیرها ثابت ها", ""))
    assert record.title == "متغیرها، ثابت ها"
    assert "title-uncertain" not in warning_codes(record)


def test_a_headline_printed_twice_stays_the_title_neg() -> None:
    # The <h1> and the og copy of one headline over the header and the lead.
    text = (
        f"{FIRST}\n{FIRST}\n\n۲۰ مهر ۱۴۰۰ - ۰۹:۱۵\n\n{FIRST_TEXT}\n\n{SECOND_TEXT}\n\n"
        f"{THIRD_TEXT}\n"
    )
    record = jm.parse_article(text)
    assert record.title == FIRST
    assert "title-uncertain" not in warning_codes(record)
    assert record.published is not None
    assert record.published.jalali_date == (1400, 7, 20)


# -- mut27 (benchmarks/hand_mutants_27.py): the rules' edges ------------------------------


def test_a_subheading_over_a_paragraph_is_no_other_item_neg() -> None:
    # A subheading with no meta lines under it, then a paragraph, then the page's date and
    # ID: the article's own late header (mutant 15 took the subheading for another item's
    # headline and dropped them).
    text = (
        f"{FIRST}\n\n{FIRST_TEXT}\n\nگفتگو با کشاورزان روستا\n{THIRD_TEXT}\n"
        f"۲۰ مهر ۱۴۰۰ - ۰۹:۱۵\nکد خبر : 4411\n\n{SECOND_TEXT}\n"
    )
    record = jm.parse_article(text)
    assert record.title == FIRST
    assert record.number == "4411"
    assert record.published is not None
    assert record.published.jalali_date == (1400, 7, 20)


def test_a_long_chapter_name_printed_twice_stays_the_title_neg() -> None:
    # fix91's shape with a name longer than a site's (nine words): the chapter's name, not a
    # section's heading (mutant 58 asked _name_twice_on_top for a name's four words).
    name = "متغیرها، ثابت ها و انواع داده در زبان گو"
    record = jm.parse_article(_chapter(f"{name}\n\nمتغیرها ثابت ها و انواع داده در زبان گو", ""))
    assert record.title == name
    assert "title-uncertain" not in warning_codes(record)


@pytest.mark.parametrize("name", ["دانشگاه تهران", "شهرداری تهران"])
def test_an_institutions_name_printed_twice_names_no_chapter_neg(name: str) -> None:
    # An institution's name over its department's, printed twice: the site's name, never the
    # chapter's title silently (mutant 59 let an institution's name be a printed name).
    top = f"{name}، دانشکده فنی\n\n{name} دانشکده فنی"
    record = jm.parse_article(_chapter(top, ""))
    assert record.title != f"{name}، دانشکده فنی" or "title-uncertain" in warning_codes(record)
