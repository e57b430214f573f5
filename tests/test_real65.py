"""real65: the general causes of real65's sample (docs/real_sample.md "A fifty-fourth sample").

- A petition's letter: «بسمه تعالی», its addressee naming its readers «محترم» in more words
  than a salutation alone, «با سلام و احترام؛», the letter (karzar.net, #24): the addressee
  over the letter's greeting is never the title.
- An Afghan agency's item (salamwatandar.com, #27): a today banner, the headline with the
  item's day glued after it, the month named twice for both readerships («18 سرطان|تیر
  1396»), the reporter's line «NAME FAMILY خبرنگار», the body: the pair is one month, the
  glued date is the item's (cut off the headline), the reporter's line is a byline.
- A script named after its record with the record's ID under the name's head
  («Article.aspx?a=N», «view-news.php?view=N»; salamwatandar.com #27, hkhdtkhatlon.tj #29):
  the ID is the number.
- A TV channel's report (fa2.ifilmtv.ir, #28): a section's one word over a lead opening with
  its relay («به گزارش SITE ، ...»): no title.
- A Tajik page in Latin letters (komron.info, #25): «Home / SECTION / NAME» over «NAME»: the
  breadcrumb whose last crumb is printed again alone under it is never the title.
- A blog's category page (sarir209.com, #03): posts with one- or two-word titles, each excerpt
  cut with «…»: a list, from the text alone too.

The headlines and bodies are written for these tests on the real pages' layouts."""

from __future__ import annotations

import datetime

import pytest

import jalali_meta as jm

# -- a letter: the addressee over its greeting (#24) --------------------------------------

ADDRESSEE = "مدیرکل و اعضای محترم هیئت مدیره انجمن صنفی نانوایان شهرستان و حومه (انجمن)"
LETTER = (
    "با توجه به افزایش قیمت آرد و هزینه های حمل در ماه های اخیر، بسیاری از واحدهای صنفی توان "
    "ادامه کار با نرخ های فعلی را ندارند و تعدادی از آنها در آستانه تعطیلی قرار گرفته اند. "
    "لذا خواهشمند است موضوع در نخستین جلسه هیئت مدیره بررسی و نتیجه به اعضا اعلام شود.\n"
)


def _letter(greeting: str) -> str:
    # karzar.net's petition (#24): the invocation, the addressee, the greeting, the letter.
    return f"بسمه تعالی\n{ADDRESSEE}\n{greeting}\n{LETTER}"


def test_letter_addressee_over_greeting_is_not_the_title() -> None:
    text = _letter("با سلام و احترام؛")
    for record in (
        jm.parse_article(text),
        jm.parse_article(text, url="https://www.example-petition.ir/99120"),
    ):
        assert record.title is None
        assert "title-uncertain" in {w.code for w in record.warnings}


def test_letter_addressee_neg_without_greeting_keeps_the_line() -> None:
    # The same line over the letter's first sentence, no greeting between: main's record (the
    # line taken as the title).
    text = f"بسمه تعالی\n{ADDRESSEE}\n{LETTER}"
    assert jm.parse_article(text).title == ADDRESSEE


# -- an Afghan agency's item: the twin month, the glued date, the reporter's line (#27) ----


def _agency_item(day: str) -> str:
    # salamwatandar.com's item (#27): the today banner (months named twice), the headline and
    # its day, the reporter's line, the body in short paragraphs.
    return (
        "یکشنبه 12 جدی|دی 1396 برابر با 2 جنوری 2018\n\n"
        f"نمایشگاه صنایع دستی زنان در هرات گشایش یافت {day}\n\n"
        "فرید احمدی خبرنگار  \n\n"
        "نخستین نمایشگاه صنایع دستی زنان در پارک ملت شهر هرات با حضور صدها بازدیدکننده گشایش یافت.\n\n"
        "برگزارکنندگان می گویند که بیش از چهل غرفه از ولسوالی های مختلف در این نمایشگاه حضور "
        "دارند و فروش محصولات تا پایان هفته ادامه خواهد داشت.\n"
    )


def test_afghan_and_iranian_month_names_parted_by_a_bar_are_one_month() -> None:
    assert jm.parse_datetime("18 سرطان|تیر 1396").gregorian == datetime.date(2017, 7, 9)
    assert jm.parse_datetime("5 حوت / اسفند 1396").gregorian == datetime.date(2018, 2, 24)


def test_month_pair_neg_two_different_months_is_no_date() -> None:
    with pytest.raises(jm.DateError):
        jm.parse_datetime("18 سرطان|مرداد 1396")


def test_agency_item_headline_with_glued_twin_date_and_reporter_line() -> None:
    text = _agency_item("25 قوس|آذر 1396")
    for record in (
        jm.parse_article(text),
        jm.parse_article(text, url="http://example-watandar.com/Article.aspx?a=41277"),
    ):
        assert record.title == "نمایشگاه صنایع دستی زنان در هرات گشایش یافت"
        assert record.published is not None
        assert record.published.gregorian == datetime.date(2017, 12, 16)


def test_agency_item_neg_month_named_once_keeps_the_date_in_the_headline() -> None:
    # A headline ending with a date whose month is named once is main's (the date may be the
    # headline's own phrase): the line is not cut.
    text = _agency_item("25 قوس 1396")
    record = jm.parse_article(text)
    assert record.title != "نمایشگاه صنایع دستی زنان در هرات گشایش یافت"


def test_reporter_line_neg_occasion_headline_stays_the_title() -> None:
    # «... روز خبرنگار» names an occasion: a headline, never a byline.
    text = (
        "تجلیل از فعالان رسانه ای به مناسبت روز خبرنگار\n\n"
        "مراسم تجلیل از خبرنگاران و فعالان رسانه ای شهرستان صبح امروز با حضور فرماندار و "
        "مدیران دستگاه های اجرایی در سالن اجتماعات فرمانداری برگزار شد.\n"
    )
    assert jm.parse_article(text).title == "تجلیل از فعالان رسانه ای به مناسبت روز خبرنگار"


# -- a script named after its record: the ID under the name's head (#27, #29) -------------

BODY = (
    "نشست هم اندیشی مدیران مدارس شهرستان درباره برنامه های سال تحصیلی جدید صبح امروز برگزار شد "
    "و شرکت کنندگان پیشنهادهای خود را برای بهبود آموزش به اداره آموزش و پرورش ارائه کردند.\n"
)


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("http://example-watandar.com/Article.aspx?a=41277", "41277"),
        ("https://example-committee.tj/shohin/view-news.php?view=7215", "7215"),
    ],
)
def test_script_head_key_is_the_record_id(url: str, number: str) -> None:
    assert (
        jm.parse_article(f"نشست مدیران مدارس شهرستان برگزار شد\n\n{BODY}", url=url).number == number
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://example-watandar.com/category-news.aspx?c=12",  # a list's script
        "http://example-watandar.com/Article.aspx?a=41277&lang=fa",  # not the one field
        "http://example-watandar.com/Article.aspx?b=41277",  # not the name's head
    ],
)
def test_script_head_key_neg_keeps_no_number(url: str) -> None:
    assert (
        jm.parse_article(f"نشست مدیران مدارس شهرستان برگزار شد\n\n{BODY}", url=url).number is None
    )


# -- a section's one word over a report's relay lead (#28) -------------------------------

RELAY_LEAD = (
    "به گزارش سیمای استان ، آیین گشایش نمایشگاه کتاب و صنایع دستی روز گذشته با حضور مسئولان "
    "محلی و گروه های فرهنگی در مرکز ولایت برگزار شد.\n"
    "در این نمایشگاه بیش از دو هزار عنوان کتاب از ناشران مختلف به فروش گذاشته شده است.\n"
)


def test_section_word_over_relay_lead_is_no_title() -> None:
    text = f"جهانگردی\n{RELAY_LEAD}"
    for record in (
        jm.parse_article(text),
        jm.parse_article(text, url="https://tv.example.ir/Iran/Content/60112/"),
    ):
        assert record.title is None
        assert "title-uncertain" in {w.code for w in record.warnings}


def test_section_word_neg_two_word_headline_over_relay_lead_kept() -> None:
    # A headline of two words over the relay's lead: main's record.
    text = f"نمایشگاه کتاب\n{RELAY_LEAD}"
    assert jm.parse_article(text).title == "نمایشگاه کتاب"


# -- a breadcrumb over its last crumb printed alone (#25) ---------------------------------

BIOGRAPHY = (
    "Shoir va navisandai tojik dar dehai Soktare tavallud yofta, dar madrasahoi Bukhoro tahsil "
    "kardaast va baʼdan dar Samarqand ba kori omuzgori mashgul shudaast.\n\n"
    "Asarhoi u dar ruznomavu majallahoi zamon muntazam chop meshudand.\n"
)


def test_breadcrumb_over_its_last_crumb_printed_alone() -> None:
    text = f"Home / Adabiyot / AYNI SADRIDDIN\n\nAYNI SADRIDDIN\n\n{BIOGRAPHY}"
    for record in (
        jm.parse_article(text),
        jm.parse_article(text, url="http://example-komron.info/la/AYNISADRIDDIN_la/"),
    ):
        assert record.title == "AYNI SADRIDDIN"


def test_breadcrumb_neg_last_crumb_not_printed_again() -> None:
    # The name under the breadcrumb differs from its last crumb: main's record.
    text = f"Home / Adabiyot / AYNI SADRIDDIN\n\nSADRIDDIN AYNI\n\n{BIOGRAPHY}"
    assert jm.parse_article(text).title == "Home / Adabiyot / AYNI SADRIDDIN"


# -- a category page: short titles, excerpts cut with an ellipsis (#03) --------------------


def _category(second_excerpt_end: str) -> str:
    # sarir209.com's category page (#03): the category's name, then items, each a short
    # title and an excerpt cut by the theme with «…».
    return (
        "یادداشت ها\n\n"
        "باران\n\n"
        "دیشب باران آمد و کوچه های محله بعد از مدت ها رنگ دیگری گرفت؛ بچه ها تا دیروقت زیر "
        "ناودان ها بازی کردند و همسایه ها پشت پنجره ها ایستاده بودند و نگاه می کردند …\n\n"
        "بازار کتاب\n\n"
        "نمایشگاه کتاب امسال هم مثل سال های قبل شلوغ بود، اما قیمت ها آن قدر بالا رفته که بیشتر "
        f"بازدیدکنندگان فقط فهرست عنوان ها را یادداشت می کردند{second_excerpt_end}\n"
    )


def test_category_page_of_cut_excerpts_under_short_titles_is_a_list() -> None:
    record = jm.parse_article(_category(" …"))
    assert "listing-page" in {w.code for w in record.warnings}
    assert record.title != "باران"


def test_category_page_neg_second_paragraph_not_cut_keeps_main_record() -> None:
    # Under the short heading the text goes on whole: main's record (not read as a list).
    record = jm.parse_article(_category(" و به خانه برمی گشتند."))
    assert "listing-page" not in {w.code for w in record.warnings}
