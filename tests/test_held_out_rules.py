"""Header rules added after the held-out pages 300-329: inputs written for these tests.

Each rule is the general cause of a failure measured blind on a page nobody had tuned
for (see tests/pages/SOURCES.md, 300-349); the inputs here differ from those pages.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_code_list as codes

import jalali_meta as jm

LEAD = "\nلید خبر در یک جمله کوتاه برای آزمون.\n"


# -- a time first, then the date after a run of spaces -----------------------------------------


def test_time_then_spaces_then_date_is_one_labelled_value() -> None:
    """«تاریخ انتشار: ۰۸:۱۵    ۳ بهمن ۱۴۰۱»: the time and the date past the spaces are one value."""
    article = jm.parse_article("عنوان خبر آزمایشی\nتاریخ انتشار: ۰۸:۱۵    ۳ بهمن ۱۴۰۱" + LEAD)
    assert article.published.isoformat() == "2023-01-23T08:15:00+03:30"
    assert article.published.text == "۰۸:۱۵    ۳ بهمن ۱۴۰۱"
    assert codes(article) == []


def test_time_then_spaces_then_another_label_stays_a_time() -> None:
    """A time before a space run and another label (no date) is still refused as no date."""
    article = jm.parse_article("عنوان خبر آزمایشی\nزمان انتشار: ۰۸:۱۵    گروه: ورزشی" + LEAD)
    assert (article.published, codes(article)) == (None, ["not-a-date"])


# -- a labelled date and its twin in the other calendar, printed apart by spaces (page 430) ---


def test_labelled_update_with_its_gregorian_twin_after_spaces_is_no_publication_date() -> None:
    """«به روز شده در   جمعه ۲ آذر ۱۴۰۳   -   Friday November 22 2024»: one update value;
    the twin past the spaces is not an unlabelled publication date."""
    line = "به روز شده در      جمعه ۲ آذر ۱۴۰۳     -   Friday November 22 2024"
    article = jm.parse_article("عنوان خبر آزمایشی درباره یک شهر\n" + line + LEAD)
    assert (article.published, article.updated.isoformat(), codes(article)) == (
        None,
        "2024-11-22",
        [],
    )


def test_labelled_date_with_a_disagreeing_twin_after_spaces_is_warned() -> None:
    """A twin a day off past the space run is a twin that disagrees: twin-mismatch."""
    line = "تاریخ انتشار:   ۱۴۰۳/۰۹/۰۲     2024-11-23"
    article = jm.parse_article("عنوان خبر آزمایشی درباره یک شهر\n" + line + LEAD)
    assert codes(article) == ["twin-mismatch"]


def test_a_label_after_the_space_run_is_still_its_own_field() -> None:
    """A date, a space run and another label: the label is read, not taken as a twin."""
    line = "تاریخ انتشار:   ۱۴۰۳/۰۹/۰۲     کد خبر: ۷۷۱۲"
    article = jm.parse_article("عنوان خبر آزمایشی درباره یک شهر\n" + line + LEAD)
    assert (article.published.isoformat(), article.number) == ("2024-11-22", "7712")


# -- a live clock whose time a script fills in (page 446) --------------------------------------

_HOSPITAL = "\nافتتاح بخش تازه در بیمارستان شهر\n\n" + (
    "بخش تازه بیمارستان با حضور مسئولان استان و جمعی از پزشکان روز گذشته گشایش یافت و از "
    "هفته آینده پذیرای بیماران خواهد بود."
)


def test_date_line_ending_in_an_empty_clock_is_page_chrome() -> None:
    """«شنبه ۶ شهریور ۱۴۰۰، ساعت» above the title (the clock's time missing): not published."""
    article = jm.parse_article("شنبه ۶ شهریور ۱۴۰۰، ساعت" + _HOSPITAL)
    assert (article.published, article.ignored[0].text) == (None, "شنبه ۶ شهریور ۱۴۰۰، ساعت")


def test_date_line_with_its_time_above_the_title_is_still_read() -> None:
    """The same line with its time printed is the article's date line, as before."""
    article = jm.parse_article("شنبه ۶ شهریور ۱۴۰۰، ساعت ۰۹:۴۵" + _HOSPITAL)
    assert article.published.isoformat() == "2021-08-28T09:45:00+04:30"


# -- a blog platform's post footer (page 359) ---------------------------------------------------

_POST = "سفر به شهر کنار دریا\n\n" + (
    "امروز می‌خواهم از سفری بنویسم که سال‌ها در ذهنم بود و سرانجام در زمستان گذشته انجام شد؛ "
    "سفری کوتاه به شهری کوچک در کنار دریا که هنوز آرامش خود را حفظ کرده است.\n"
)


def test_blog_post_footer_gives_the_post_date() -> None:
    """«نوشته شده در DATE ساعت TIME توسط NAME | نظرات (۲)» under a post is its publication."""
    footer = "نوشته شده در یکشنبه ۵ آبان ۱۳۸۷ساعت 09:10 توسط سارا | نظرات (۲)"
    article = jm.parse_article(_POST + footer)
    assert (article.published.isoformat(), article.evidence["published"], codes(article)) == (
        "2008-10-26T09:10:00+03:30",
        "footer label",
        [],
    )


def test_posted_on_words_without_a_date_are_no_date() -> None:
    """«نوشته شده در ...» followed by words, not a date, gives no publication date."""
    article = jm.parse_article(_POST + "نوشته شده در روزهایی که باران می‌بارید")
    assert article.published is None


# -- a time printed on an Afghan site is a Kabul wall time (pages 482, 486) --------------------

_AF_TEXT = "کمپاین واکسین در ولایات از هفته آینده آغاز می‌شود\nSun, Mar 08 2020 9:40 AM\n\n" + (
    "وزارت صحت عامه اعلام کرد که کمپاین تازه واکسین از هفته آینده در چندین ولایت آغاز "
    "می‌شود و تا پایان ماه ادامه خواهد داشت.\n"
)


def test_time_on_an_af_address_is_a_kabul_wall_time() -> None:
    """An .af page's «9:40 AM» is 09:40 in Kabul (+04:30), not 09:40 Tehran shown in Kabul."""
    article = jm.parse_article(_AF_TEXT, url="https://health.example.gov.af/fa/node/77")
    assert article.published.isoformat() == "2020-03-08T09:40:00+04:30"


def test_time_on_another_address_stays_on_tehran_clock() -> None:
    """The same text at an .ir address keeps Tehran's clock."""
    article = jm.parse_article(_AF_TEXT, url="https://health.example.ir/fa/node/77")
    assert article.published.isoformat() == "2020-03-08T09:40:00+03:30"


def test_html_time_on_an_afghan_page_is_a_kabul_wall_time() -> None:
    """parse_html on an .af page: the visible date line's time is Kabul's wall time."""
    pytest.importorskip("selectolax")
    page = (
        '<html lang="fa"><head><link rel="canonical" href="https://health.example.gov.af/node/77">'
        "</head><body><article><h1>کمپاین واکسین در ولایات از هفته آینده آغاز می‌شود</h1>"
        "<p>Sun, Mar 08 2020 9:40 AM</p><p>" + _AF_TEXT.split("\n\n")[1] + "</p>"
        "</article></body></html>"
    )
    article = jm.parse_html(page)
    assert article.published.isoformat() == "2020-03-08T09:40:00+04:30"


# -- an ID glued to the next segment -----------------------------------------------------------


def test_id_glued_to_a_date_ends_at_the_first_letter() -> None:
    """«کد خبر: 90211سه‌شنبه ۱۲ مهر ...»: the ID is 90211 and the glued date is read too."""
    article = jm.parse_article(
        "عنوان خبر آزمایشی\nکد خبر: 90211سه\u200cشنبه ۱۲ مهر ۱۴۰۱ - ۰۹:۴۰" + LEAD
    )
    assert article.number == "90211"
    assert article.published.isoformat() == "2022-10-04T09:40:00+03:30"
    assert codes(article) == []


def test_id_glued_to_breadcrumbs_and_a_date() -> None:
    """An ID glued to a breadcrumb trail that ends in a date: the ID, then the date."""
    article = jm.parse_article(
        "عنوان خبر آزمایشی\nاندازه متن: + -  کد مطلب: 3310خانه » گزارش\u200cهای ویژه و "
        "یادداشت\u200cهای برگزیده روز دوشنبه، ۵ تیر ۱۴۰۲ - ۱۱:۲۰" + LEAD
    )
    assert (article.number, article.published.isoformat()) == ("3310", "2023-06-26T11:20:00+03:30")


def test_digits_glued_to_a_plain_word_are_no_id() -> None:
    """«4512بازدید» (no date or arrows after it) and a two-digit «45گزارش » ...» stay refused."""
    plain = jm.parse_article("عنوان خبر آزمایشی\nکد خبر: 4512بازدید" + LEAD)
    short = jm.parse_article("عنوان خبر آزمایشی\nکد خبر: 45گزارش » ویژه" + LEAD)
    assert (plain.number, codes(plain)) == (None, ["number-invalid"])
    assert (short.number, codes(short)) == (None, ["number-invalid"])


# -- an ID printed with thousands separators ---------------------------------------------------


def test_id_with_thousands_separators_is_read_without_them() -> None:
    """«1,204,573» and «۸۸٬۲۱۰» (U+066C) are the IDs 1204573 and 88210."""
    comma = jm.parse_article("عنوان خبر آزمایشی\nکد خبر: 1,204,573" + LEAD)
    arabic = jm.parse_article("عنوان خبر آزمایشی\nکد خبر: ۸۸٬۲۱۰" + LEAD)
    assert (comma.number, codes(comma)) == ("1204573", [])
    assert (arabic.number, codes(arabic)) == ("88210", [])
    text = "عنوان خبر آزمایشی\nکد خبر: ۸۸٬۲۱۰" + LEAD
    assert text[slice(*arabic.spans["number"])] == "۸۸٬۲۱۰"


def test_badly_grouped_digits_are_no_id() -> None:
    """«12,34» and «1,2345» are not thousands groups: refused with number-invalid."""
    for value in ("12,34", "1,2345"):
        article = jm.parse_article("عنوان خبر آزمایشی\nکد خبر: " + value + LEAD)
        assert (article.number, codes(article)) == (None, ["number-invalid"])


# -- icon-font names before a label or a byline ------------------------------------------------


def test_icon_name_before_a_label_leaves_it_a_label() -> None:
    """«event تاریخ انتشار: ...», «schedule آخرین به‌روزرسانی: ...»: labels after an icon's name."""
    article = jm.parse_article(
        "عنوان خبر آزمایشی\nevent تاریخ انتشار: ۱۴۰۲/۰۳/۱۲\n"
        "schedule آخرین به\u200cروزرسانی: ۱۴۰۲/۰۳/۱۴" + LEAD
    )
    assert article.published.isoformat() == "2023-06-02"
    assert article.updated.isoformat() == "2023-06-04"
    assert [(f.name, f.label) for f in article.fields] == [
        ("published", "تاریخ انتشار"),
        ("updated", "آخرین به\u200cروزرسانی"),
    ]


def test_icon_name_before_a_reading_time_is_no_title() -> None:
    """«clock زمان مطالعه ۴ دقیقه» under the author is a reading aid, not the headline."""
    text = (
        "راهنمای خرید لپ\u200cتاپ دانشجویی\n\nنویسنده\nسارا کریمی\nclock زمان مطالعه ۴ دقیقه\n\n"
        "خرید لپ\u200cتاپ برای دانشجو سخت است و باید پیش از خرید چند نکته ساده را بدانید و "
        "بودجه را بسنجید.\n"
    )
    assert jm.parse_article(text).title == "راهنمای خرید لپ\u200cتاپ دانشجویی"


def test_latin_word_before_a_headline_is_kept() -> None:
    """A headline that opens with a lower-case Latin word («ios تازه ...») stays the title."""
    article = jm.parse_article("ios تازه اپل برای آیفون منتشر شد\nتاریخ انتشار: ۱۴۰۲/۰۳/۱۲" + LEAD)
    assert article.title == "ios تازه اپل برای آیفون منتشر شد"


# -- an update stamp printed above the publication date ----------------------------------------


def test_update_stamp_above_the_publication_date_is_the_sites() -> None:
    """A labelled update above «کد خبر» and «تاریخ انتشار» is set aside with site-stamp."""
    article = jm.parse_article(
        "آخرین بروزرسانی: ۱۴۰۳/۰۱/۲۰ - ۱۰:۰۰\nکد خبر: ۱۲۳۴۵\n"
        "تاریخ انتشار: ۱۴۰۲/۰۶/۲۸ - ۰۹:۰۰" + LEAD
    )
    assert article.updated is None
    assert article.published.isoformat() == "2023-09-19T09:00:00+03:30"
    assert codes(article) == ["site-stamp"]
    assert [(i.reason, i.text) for i in article.ignored] == [
        ("site stamp", "آخرین بروزرسانی: ۱۴۰۳/۰۱/۲۰ - ۱۰:۰۰")
    ]


def test_update_after_or_beside_the_publication_date_is_kept() -> None:
    """An update printed under the publication date, or after it on its line, is the article's."""
    below = jm.parse_article(
        "عنوان خبر آزمایشی\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸ - ۰۹:۰۰\n"
        "آخرین بروزرسانی: ۱۴۰۲/۰۶/۲۹ - ۱۰:۰۰" + LEAD
    )
    beside = jm.parse_article(
        "عنوان خبر آزمایشی\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸ - ۰۹:۰۰ | "
        "آخرین بروزرسانی: ۱۴۰۲/۰۶/۲۹ - ۱۰:۰۰" + LEAD
    )
    alone = jm.parse_article("عنوان خبر آزمایشی\nآخرین بروزرسانی: ۱۴۰۲/۰۶/۲۹ - ۱۰:۰۰" + LEAD)
    for article in (below, beside, alone):
        assert article.updated.isoformat() == "2023-09-20T10:00:00+03:30"
        assert codes(article) == []


# -- an agency's dateline opening the lead -----------------------------------------------------


def test_lead_dateline_gives_the_publication_day() -> None:
    """«مزار شریف (پژواک، ۵ جدی ۱۳۹۹): ...» opening the lead: the article's day, in Kabul."""
    article = jm.parse_article(
        "عنوان خبر آزمایشی\n\nمزار شریف (پژواک، ۵ جدی ۱۳۹۹): مسئولان محلی از بازگشایی "
        "یک جاده خبر دادند و گفتند کار ساخت آن سه ماه طول کشید.\n"
    )
    assert article.published.isoformat() == "2020-12-25"
    assert (article.evidence["published"], codes(article)) == ("dateline", [])


def test_lead_dateline_with_a_time_in_a_latin_text() -> None:
    """A dateline with a time, and one in Latin script, are read the same way."""
    timed = jm.parse_article(
        "عنوان خبر آزمایشی\n\nتهران (ایرنا، ۱۲ مهر ۱۴۰۱ - ۰۹:۴۰): رئیس سازمان گفت کار ادامه دارد.\n"
    )
    latin = jm.parse_article("Test headline\n\nKabul (Pajhwok, 12 March 2023): Officials said.\n")
    assert timed.published.isoformat() == "2022-10-04T09:40:00+03:30"
    assert latin.published.isoformat() == "2023-03-12"


def test_a_header_date_outranks_the_lead_dateline() -> None:
    """A labelled date in the header wins over the dateline; the other day is reported."""
    article = jm.parse_article(
        "عنوان خبر آزمایشی\nتاریخ انتشار: ۶ جدی ۱۳۹۹\n\nمزار شریف (پژواک، ۵ جدی ۱۳۹۹): "
        "مسئولان محلی از بازگشایی یک جاده خبر دادند.\n"
    )
    assert article.published.isoformat() == "2020-12-26"
    assert codes(article) == ["published-conflict"]


def test_brackets_that_are_no_dateline_give_no_date() -> None:
    """A bracketed date inside a sentence («این طرح (مصوب ...):») is a mention, not a dateline."""
    for lead in (
        "این طرح (مصوب ۱۲ مهر ۱۴۰۱): در همه استان\u200cها اجرا می\u200cشود.",
        "وزیر گفت (در نشست، ۱۲ مهر ۱۴۰۱ و پس از آن): کار ادامه دارد.",
        "کابل (پژواک، ۲۲ اسد): شماری از خودروها به نمایش گذاشته شد.",
    ):
        article = jm.parse_article("عنوان خبر آزمایشی\n\n" + lead + "\n")
        assert article.published is None


# -- Pashto dates: weekdays ending in ې, «د» before a zodiac month (page 427) ------------------

_PS_TITLE = "په ننګرهار کې د کرنې نوې پروژه پیل شوه\n"
_PS_LEAD = (
    "د ننګرهار د کرنې ریاست وایي چې دا پروژه به د بزګرانو د حاصلاتو د زیاتوالي لپاره "
    "تر راتلونکي کال پورې دوام وکړي.\n"
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("دوشنبې، د تلې ۲۴، ۱۴۰۲", "2023-10-16"),
        ("پنجشنبې ۲ دلوې ۱۴۰۴", "2026-01-22"),
        ("جمعې، ۲۰ سلواغې ۱۴۰۲", "2024-02-09"),
        ("د لړم ۲۸، ۱۴۰۲", "2023-11-19"),
    ],
)
def test_pashto_weekday_and_month_spellings_are_read(value: str, expected: str) -> None:
    """parse_datetime, find_dates and parse_article read the Pashto spellings, on Kabul's calendar."""
    article = jm.parse_article(_PS_TITLE + "تاریخ: " + value + "\n" + _PS_LEAD)
    found = jm.find_dates("دا غونډه " + value + " جوړه شوه.")
    assert (
        jm.parse_datetime(value).isoformat(),
        [ts.isoformat() for ts in found],
        article.published.isoformat(),  # type: ignore[union-attr]
        article.published.calendar,  # type: ignore[union-attr]
    ) == (expected, [expected], expected, "afghan")


def test_pashto_weekday_that_does_not_match_is_warned() -> None:
    """«دوشنبې» printed with a Sunday: weekday-mismatch, as for the Persian spelling."""
    with pytest.raises(jm.DateError, match="weekday"):
        jm.parse_datetime("دوشنبې، د لړم ۲۸، ۱۴۰۲")
    article = jm.parse_article(_PS_TITLE + "تاریخ: دوشنبې، د لړم ۲۸، ۱۴۰۲\n" + _PS_LEAD)
    assert "weekday-mismatch" in codes(article)


def test_d_before_a_persian_month_is_no_pashto_date() -> None:
    """«د» joins only a zodiac month (with the day after it and a comma): «د ۲۸ شهریور ۱۴۰۲» is
    no whole date (the date inside it is found alone)."""
    with pytest.raises(jm.DateError):
        jm.parse_datetime("د ۲۸ شهریور ۱۴۰۲")
    assert [ts.text for ts in jm.find_dates("د ۲۸ شهریور ۱۴۰۲")] == ["۲۸ شهریور ۱۴۰۲"]


def test_agency_colon_bracketed_weekday_date_opening_the_lead_is_the_dateline() -> None:
    """«عزم: (دوشنبې، د تلې ۲۴، ۱۴۰۲)؛ ...» opening the lead: published, rule «dateline»."""
    article = jm.parse_article(_PS_TITLE + "عزم: (دوشنبې، د تلې ۲۴، ۱۴۰۲)؛ " + _PS_LEAD)
    assert (article.published.isoformat(), article.evidence["published"]) == (  # type: ignore[union-attr]
        "2023-10-16",
        "dateline",
    )


@pytest.mark.parametrize(
    "opening",
    [
        "قانون: (۱۴۰۲/۰۷/۲۴)؛ ",  # no weekday: a law's or a plan's date, not the report's
        "عزم: (دوشنبې، د تلې ۲۴، ۱۴۰۲ او بله ورځ)؛ ",  # more than the date in the brackets
    ],
)
def test_agency_colon_brackets_without_a_whole_weekday_date_are_no_dateline(opening: str) -> None:
    """Without a place before the brackets, only a weekday and a whole date make a dateline."""
    article = jm.parse_article(_PS_TITLE + opening + _PS_LEAD)
    assert article.published is None


# -- a dash list of header fields under the title (page 497) -----------------------------------


def test_dash_list_items_are_labels() -> None:
    """«- شناسه خبر: N», «- تاریخ انتشار: ...» (a WordPress theme's list): number and date."""
    article = jm.parse_article(
        "عنوان خبر آزمایشی درباره یک شهر\n- شناسه خبر: 8821\n- تاریخ انتشار: 7 دی 1393 ساعت 10:52"
        "\n- نویسنده: سارا" + LEAD
    )
    assert (article.number, article.published.isoformat(), codes(article)) == (  # type: ignore[union-attr]
        "8821",
        "2014-12-28T10:52:00+03:30",
        [],
    )


def test_dash_without_a_space_is_no_list_item() -> None:
    """«-کد 45821»: a dash glued to the word opens no list item; the colon-less «کد» stays text."""
    article = jm.parse_article("عنوان خبر آزمایشی درباره یک شهر\n-کد 45821" + LEAD)
    assert article.number is None


# -- two unlabelled date lines under the title (page 488) --------------------------------------

_CLIPPING = "گشایش نخستین کتابخانه عمومی شهر\n\n{first}\n{second}\n" + (
    "نخستین کتابخانه عمومی شهر با چند هزار جلد کتاب در ساختمان تازه شهرداری گشایش یافت و "
    "همه روزه جز جمعه‌ها به روی مردم باز است.\n"
)


def test_date_line_with_a_time_beats_a_bare_day_above_it() -> None:
    """A reprinted clipping's day over the page's «date | time code»: the stamp with a time wins,
    and the other day is reported (published-conflict)."""
    article = jm.parse_article(
        _CLIPPING.format(first="۱۲ مهر ۱۳۳۰", second="۵ آبان ۱۳۹۵ | ۱۰:۱۲ کد : ۸۸۱")
    )
    assert (article.published.isoformat(), codes(article)) == (  # type: ignore[union-attr]
        "2016-10-26T10:12:00+03:30",
        ["published-conflict"],
    )


def test_bare_day_and_a_time_of_the_same_day_are_one_value() -> None:
    """The same day twice, once with a time: one value, the date-only line's «+time»."""
    article = jm.parse_article(
        _CLIPPING.format(first="۵ آبان ۱۳۹۵", second="۵ آبان ۱۳۹۵ | ۱۰:۱۲ کد : ۸۸۱")
    )
    assert (article.published.isoformat(), article.evidence["published"], codes(article)) == (  # type: ignore[union-attr]
        "2016-10-26T10:12:00+03:30",
        "date line +time",
        [],
    )


def test_labelled_date_still_beats_a_date_line_with_a_time() -> None:
    """A labelled date outranks an unlabelled line with a time (the label is stronger evidence)."""
    article = jm.parse_article(
        _CLIPPING.format(first="تاریخ انتشار: ۴ آبان ۱۳۹۵", second="۵ آبان ۱۳۹۵ | ۱۰:۱۲")
    )
    assert (article.published.isoformat(), codes(article)) == (  # type: ignore[union-attr]
        "2016-10-25",
        ["published-conflict"],
    )


# -- a footer date under lone separator lines (page 463) ----------------------------------------

_AGGREGATED = "کاربران سالانه میلیاردها پیامک ارسال می‌کنند\n\n" + (
    "معاون سازمان تنظیم مقررات گفت پیامک هنوز پرکاربردترین ابزار اطلاع‌رسانی بانک‌ها و "
    "دستگاه‌های دولتی است و سهم پیامک‌های شخصی هر سال کمتر می‌شود.\n"
)


def test_footer_date_under_a_source_and_a_lone_dash_is_the_article_date() -> None:
    """«منبع: ...», «-», the date line, «-», views: the separators do not push the date away."""
    footer = "منبع: example.ir\n-\nسه شنبه ۲ بهمن ۱۳۹۷ - ۸:۰۶:۴۰ AM\n-\n۵۳۵ بازدید\n"
    article = jm.parse_article(_AGGREGATED + footer)
    assert (article.published.isoformat(), article.evidence["published"]) == (  # type: ignore[union-attr]
        "2019-01-22T08:06:40+03:30",
        "footer date line",
    )


def test_footer_date_two_lines_of_text_below_the_body_is_not_the_article_date() -> None:
    """Two footer lines that are not separators between the body and the date: as before, far."""
    footer = "منبع: example.ir\nکد: 12\n-\nسه شنبه ۲ بهمن ۱۳۹۷ - ۸:۰۶:۴۰ AM\n"
    article = jm.parse_article(_AGGREGATED + footer)
    assert article.published is None


# -- an all-digit date read either way, decided by a day and month beside it (page 426) ---------

_ORDER_TITLE = "وزارت صحت عامه از آغاز کمپاین تازه واکسین خبر داد\n"
_ORDER_BODY = "به گزارش خبرگزاری، کمپاین تازه واکسین از هفته آینده در چندین ولایت آغاز می‌شود.\n"


def test_ambiguous_digits_read_the_way_a_zodiac_dateline_names() -> None:
    """«Date: 21:10, 03-02-2016» over «کابل. ۱۴ دلو.»: 3 February (14 Dalw 1394), not 2 March;
    warned, and on Kabul's clock (the page prints the Afghan calendar): a wall time, the year
    «-2016» after it read as no UTC offset (it moved the time by an hour)."""
    article = jm.parse_article(
        _ORDER_TITLE + "Date: 21:10, 03-02-2016.\nکابل. ۱۴ دلو. " + _ORDER_BODY
    )
    assert (article.published.isoformat(), codes(article)) == (  # type: ignore[union-attr]
        "2016-02-03T21:10:00+04:30",
        ["day-month-order"],
    )


def test_ambiguous_digits_read_the_way_a_persian_date_names() -> None:
    """«۴ مارس» beside «04/03/2016»: month first is not read, day first (4 March) is."""
    article = jm.parse_article(_ORDER_TITLE + "تاریخ: 04/03/2016\nتهران - ۴ مارس - " + _ORDER_BODY)
    assert (article.published.isoformat(), codes(article)) == ("2016-03-04", ["day-month-order"])  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "lead",
    [
        _ORDER_BODY,  # no day and month beside it
        "کابل. ۲۰ جوزا. " + _ORDER_BODY,  # a day that is neither reading
        "۳ آوریل و ۴ مارس. " + _ORDER_BODY,  # both readings named
    ],
)
def test_ambiguous_digits_without_one_named_reading_stay_refused(lead: str) -> None:
    """No day beside it names exactly one reading: None + invalid-date, as before."""
    article = jm.parse_article(_ORDER_TITLE + "Date: 21:10, 03-04-2016.\n" + lead)
    assert (article.published, codes(article)) == (None, ["invalid-date"])


def test_ambiguous_digits_are_refused_in_strict_mode() -> None:
    """Strict mode does not guess the order: DateError."""
    with pytest.raises(jm.DateError, match="ambiguous"):
        jm.parse_article(
            _ORDER_TITLE + "Date: 21:10, 03-04-2016.\nکابل. ۱۵ حمل. " + _ORDER_BODY, strict=True
        )


# -- a UTC offset printed before the date and time as its label (page 480) ---------------------

_CRI_TITLE = "نمایشگاه بین‌المللی واردات چین گشایش یافت\n"
_CRI_BODY = (
    "\nسومین نمایشگاه بین‌المللی واردات چین صبح امروز در شانگهای با حضور صدها شرکت خارجی "
    "گشایش یافت.\n"
)


def test_offset_label_before_the_date_sets_the_page_clock() -> None:
    """«GMT+08:00 || 2020-11-07 15:31:55» under the title, toolbar buttons after it: the time on
    the labelled clock, +08:00; the buttons are no company that hides the date line."""
    line = "GMT+08:00 || 2020-11-07 15:31:55        cri توصیه کنید   چاپ   اندازه قلم"
    article = jm.parse_article(_CRI_TITLE + line + _CRI_BODY)
    assert (article.published.isoformat(), article.title, codes(article)) == (  # type: ignore[union-attr]
        "2020-11-07T15:31:55+08:00",
        _CRI_TITLE.strip(),
        [],
    )


def test_offset_label_before_the_date_in_html_and_alone() -> None:
    """parse_html gives the same; parse_datetime and find_dates give the same instant, shown on
    Tehran's clock as every printed offset is."""
    pytest.importorskip("selectolax")
    page = (
        f"<html><body><article><h1>{_CRI_TITLE}</h1><p>GMT+08:00 || 2020-11-07 15:31:55</p>"
        f"<div>cri توصیه کنید چاپ</div><p>{_CRI_BODY}</p></article></body></html>"
    )
    value = "GMT+08:00 || 2020-11-07 15:31:55"
    found = jm.find_dates("منتشر شده " + value + " در سایت")
    assert (
        jm.parse_html(page).published.isoformat(),  # type: ignore[union-attr]
        jm.parse_datetime(value).isoformat(),
        [ts.isoformat() for ts in found],
    ) == ("2020-11-07T15:31:55+08:00", "2020-11-07T11:01:55+03:30", ["2020-11-07T11:01:55+03:30"])


def test_offset_after_the_time_stays_on_tehrans_clock() -> None:
    """An offset after the time (a machine stamp's) is converted to Tehran, as before."""
    article = jm.parse_article(_CRI_TITLE + "2020-11-07 15:31:55 GMT+08:00" + _CRI_BODY)
    assert article.published.isoformat() == "2020-11-07T11:01:55+03:30"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "value",
    [
        "GMT+08:00 || 2020-11-07",  # no time for the offset to belong to
        "+08:00 2020-11-07 15:31:55",  # a bare offset, without GMT or UTC, is no label
        "GMT+08:00 2020-11-07 15:31:55 +0330",  # two zones
        "GMT+15:00 2020-11-07 15:31:55",  # no such offset
    ],
)
def test_offset_label_without_a_time_or_a_second_zone_is_no_date(value: str) -> None:
    """parse_datetime refuses each: the label needs a time after it and is the only zone."""
    with pytest.raises(jm.DateError):
        jm.parse_datetime(value)


def test_date_line_with_buttons_and_many_words_is_no_date_line() -> None:
    """Buttons after a date are not counted, other words are: eight of them make a sentence."""
    line = (
        "2020-11-07 15:31:55        چاپ   شهر بزرگ امروز میزبان چند شرکت تازه از کشورهای دیگر بود"
    )
    article = jm.parse_article(_CRI_TITLE + line + _CRI_BODY)
    assert article.published is None


def test_footer_date_under_a_source_and_a_link_line_is_not_the_article_date() -> None:
    """A link line is page chrome but no lone separator: it still counts toward the distance."""
    footer = "منبع: example.ir\nhttps://example.ir/fa/news/12\nسه شنبه ۲ بهمن ۱۳۹۷ - ۸:۰۶:۴۰ AM\n"
    article = jm.parse_article(_AGGREGATED + footer)
    assert article.published is None


# -- a time printed minutes first by right-to-left extraction (page 460) -----------------------


def test_clock_printed_minutes_first_is_read_the_other_way() -> None:
    """«تاریخ انتشار: ۴۰ : ۱۶ - ۳۰ شهریور ۱۳۹۷»: 40 is no hour, so 16:40; warned."""
    article = jm.parse_article("عنوان خبر آزمایشی\nتاریخ انتشار: ۴۰ : ۱۶ - ۳۰ شهریور ۱۳۹۷" + LEAD)
    assert (article.published.isoformat(), codes(article)) == (  # type: ignore[union-attr]
        "2018-09-21T16:40:00+04:30",
        ["time-reversed"],
    )


@pytest.mark.parametrize(
    "value",
    [
        "۴۰ : ۳۰ - ۳۰ شهریور ۱۳۹۷",  # neither field is an hour
        "۴۰ : ۱۶ : ۱۰ - ۳۰ شهریور ۱۳۹۷",  # with seconds: not a swapped pair
        "۴۰ : ۱۶ عصر - ۳۰ شهریور ۱۳۹۷",  # a day-part word: the printed hour is meant
        "۳۰ شهریور ۱۳۹۷ - ۲۴:۰۰",  # midnight at the day's end in some notations, not 00:24
    ],
)
def test_clock_that_no_swap_makes_a_time_stays_refused(value: str) -> None:
    """Only «MM : HH» with MM 25-59 and HH 0-23 is swapped; the rest stays invalid-date."""
    article = jm.parse_article("عنوان خبر آزمایشی\nتاریخ انتشار: " + value + LEAD)
    assert (article.published, codes(article)) == (None, ["invalid-date"])


def test_clock_that_reads_both_ways_is_read_as_printed() -> None:
    """«۱۲ : ۱۶»: both readings are times; the printed order stands, warned since fix158
    (time-order-uncertain: the layout may be minutes first)."""
    article = jm.parse_article("عنوان خبر آزمایشی\nتاریخ انتشار: ۱۲ : ۱۶ - ۳۰ شهریور ۱۳۹۷" + LEAD)
    assert (article.published.isoformat(), codes(article)) == (  # type: ignore[union-attr]
        "2018-09-21T12:16:00+04:30",
        ["time-order-uncertain"],
    )


def test_clock_printed_minutes_first_is_refused_in_strict_mode() -> None:
    """Strict mode does not swap: DateError, as parse_datetime."""
    with pytest.raises(jm.DateError):
        jm.parse_article(
            "عنوان خبر آزمایشی\nتاریخ انتشار: ۴۰ : ۱۶ - ۳۰ شهریور ۱۳۹۷" + LEAD, strict=True
        )
    with pytest.raises(jm.DateError):
        jm.parse_datetime("۴۰ : ۱۶ - ۳۰ شهریور ۱۳۹۷")


# -- An Afghan month between slashes, year first (blind page 505, Taand) ---------------------


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("۱۳۹۷/چنګاښ/۱۷", (1397, 4, 17)),
        ("یکشنبه ۱۳۹۷/چنګاښ/۱۷", (1397, 4, 17)),
        ("۱۴۰۲-حمل-۱۲", (1402, 1, 12)),
    ],
)
def test_year_first_afghan_month_between_slashes(value: str, day: tuple[int, int, int]) -> None:
    """«YYYY/zodiac month/DD» (Taand prints Pashto months so) reads in every entry point, on
    Kabul's clock in an article."""
    assert jm.parse_datetime(value).jalali_date == day
    assert [ts.jalali_date for ts in jm.find_dates("خبر د " + value + " ورځې")] == [day]
    article = jm.parse_article("عنوان خبر آزمایشی\n" + value + LEAD, strict=True)
    assert (article.published.jalali_date, article.published.calendar) == (day, "afghan")  # type: ignore[union-attr]


@pytest.mark.parametrize("value", ["۱۴۰۲ میزان ۵", "۱۴۰۲/حمل-۱۲", "۱۴۰۲/اسد/۱۲۳"])
def test_year_first_afghan_month_needs_the_same_slash_or_dash_twice(value: str) -> None:
    """The zodiac names are common words («میزان» amount, «حمل» carrying): year first, only
    between two of the same slash or dash; with spaces or mixed marks no date."""
    with pytest.raises(jm.DateError):
        jm.parse_datetime(value)
    assert jm.find_dates("در سال " + value + " درصد افزایش") == []


# -- An Afghan month with its Iranian twin in brackets (blind page 543, Khorasan Zameen) ------


@pytest.mark.parametrize(
    "value",
    ["۱۹ ثور (اردیبهشت) ۱۳۹۹", "جمعه ۱۹ ثور ( اردیبهشت ماه ) ۱۳۹۹", "۱۹ وری (فروردین) ۱۳۹۹"],
)
def test_afghan_month_with_its_iranian_twin_in_brackets(value: str) -> None:
    """«DD zodiac (Iranian name) YYYY» names one day in every entry point; in an article it
    is the date line (on Kabul's clock), never the title."""
    day = (1399, 2, 19) if "۱۹ ثور" in value else (1399, 1, 19)
    assert jm.parse_datetime(value).jalali_date == day
    assert [ts.jalali_date for ts in jm.find_dates("در " + value + " برگزار شد")] == [day]
    article = jm.parse_article("عنوان خبر آزمایشی\n" + value + LEAD, strict=True)
    assert (article.title, article.published.jalali_date) == ("عنوان خبر آزمایشی", day)  # type: ignore[union-attr]


def test_afghan_month_with_another_months_twin_is_no_date() -> None:
    """«۱۹ ثور (خرداد) ۱۳۹۹»: the brackets name another month; no day is read."""
    with pytest.raises(jm.DateError):
        jm.parse_datetime("۱۹ ثور (خرداد) ۱۳۹۹")
    assert jm.find_dates("در ۱۹ ثور (خرداد) ۱۳۹۹ برگزار شد") == []


# -- A time line right above the date line (second blind batch 557, nabzebourse.com) ----------


def test_time_line_right_above_a_date_line_is_its_time() -> None:
    """«کد خبر» / «۰۹:۲۰» / «۱۳۹۹/۰۱/۲۷»: the time printed alone right above a date alone on
    its line is that date's time (the value spans both lines)."""
    text = "عنوان خبر آزمایشی\nکد خبر: ۱۲۴۳۷\n۰۹:۲۰\n۱۳۹۹/۰۱/۲۷" + LEAD
    article = jm.parse_article(text, strict=True)
    assert article.published.isoformat() == "2020-04-15T09:20:00+04:30"  # type: ignore[union-attr]
    assert article.published.text == "۰۹:۲۰\n۱۳۹۹/۰۱/۲۷"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "header",
    [
        "۰۹:۲۰\n\n۱۳۹۹/۰۱/۲۷",  # a blank line between (a single-spaced text): apart
        "۰۹:۲۰\nتهران - ۱۳۹۹/۰۱/۲۷",  # the date line has company: its own line
    ],
)
def test_time_line_above_a_date_apart_or_with_company_is_not_joined(header: str) -> None:
    """Only a time right above a date alone on its line joins it."""
    article = jm.parse_article("عنوان خبر آزمایشی\nکد خبر: ۱۲۴۳۷\n" + header + LEAD)
    assert article.published.isoformat() == "2020-04-15"  # type: ignore[union-attr]


# -- «شناسه :» alone as the number's label (second blind batch 560/575, hoghoogh24.ir) --------


@pytest.mark.parametrize("line", ["شناسه : 39530", "شناسه: ۳۹۵۳۰"])
def test_shenaseh_with_its_colon_is_the_number_label(line: str) -> None:
    """«شناسه» (ID) alone, with its colon, labels the article's number."""
    article = jm.parse_article("عنوان خبر آزمایشی\n" + line + LEAD, strict=True)
    assert article.number == "39530"


@pytest.mark.parametrize(
    "line", ["شناسه ملی: 1234567890", "طرح شناسه گذاری کالا 39530 در مجلس تصویب شد."]
)
def test_shenaseh_in_another_phrase_is_no_number_label(line: str) -> None:
    """«شناسه ملی» (a national ID) or «شناسه» inside a sentence labels no article number."""
    assert jm.parse_article("عنوان خبر آزمایشی\n" + line + LEAD).number is None


# -- An all-digit date with a lunar Hijri year of our time (third blind batch 581, mudh.gov.af) --


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("۱۴۴۶/۰۸/۰۳", "2025-02-02"),
        ("1446-08-03", "2025-02-02"),
        ("03/08/1446", "2025-02-02"),
        ("۱۴۲۰/۰۱/۰۱ ۱۰:۳۰", "1999-04-17"),
    ],
)
def test_all_digit_header_date_with_a_lunar_years_number_is_read_as_lunar(
    value: str, iso: str
) -> None:
    """«۱۴۴۶/۰۸/۰۳» alone (no month name, no era word): Jalali 1446 is 2067, no article's
    date yet, and Afghan government sites print lunar Hijri dates so: read as the lunar day
    (arithmetical calendar; 3 Sha'ban 1446 = 2025-02-02, as convertdate and hijridate give
    it), date only, calendar "hijri", warned twice (the calendar inferred, the day
    converted); strict raises, as before."""
    text = "عنوان خبر آزمایشی\n" + value + LEAD
    article = jm.parse_article(text)
    assert article.published is not None
    assert (article.published.isoformat(), article.published.calendar, codes(article)) == (
        iso,
        "hijri",
        ["calendar-ambiguous", "calendar-lunar"],
    )
    with pytest.raises(jm.DateError):
        jm.parse_article(text, strict=True)


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("۱۴۱۹/۱۲/۲۹", "2041-03-19"),  # the last Jalali year read from digits alone
        ("۳ آبان ۱۴۴۶", "2067-10-25"),  # a Jalali month's name says the calendar
    ],
)
def test_header_dates_below_the_lookalike_year_or_named_stay_jalali(value: str, iso: str) -> None:
    """Below 1420, or with a Jalali month's name, the date is Jalali as printed."""
    article = jm.parse_article("عنوان خبر آزمایشی\n" + value + LEAD)
    assert article.published.isoformat() == iso  # type: ignore[union-attr]


# -- A long headline printed twice over its date line (third blind batch 580, kabul.gov.af) ----

_LONG_QUOTE = (
    'وزیر نیرو: " پروژه های آبرسانی روستایی در سه ولایت شمالی تا پایان سال آینده با همکاری '
    'شوراهای محلی و نهادهای خیریه به بهره برداری کامل می رسد و آب آشامیدنی فراهم می شود"'
)
_LONG_BODY = (
    "وزیر نیرو در نشستی با نمایندگان شوراهای محلی از پیشرفت کار پروژه های آبرسانی در "
    "ولایت های شمالی خبر داد و گفت کار ساخت مخازن آغاز شده است.\n"
    "به گفته او بیش از بیست قریه از این پروژه ها سود می برند و کار در فصل بهار دوباره "
    "از سر گرفته می شود.\n"
)


def test_a_long_headline_printed_twice_over_its_date_line_is_the_title() -> None:
    """A quoted statement of 29 words printed twice, then a bare date line, then the body:
    the headline printed twice (longer than a usual headline), not the body's start."""
    article = jm.parse_article(f"{_LONG_QUOTE}\n\n{_LONG_QUOTE}\n\n25 جدی 1397\n\n{_LONG_BODY}")
    assert (article.title, codes(article)) == (_LONG_QUOTE, [])
    assert article.published.isoformat()[:10] == "2019-01-15"  # type: ignore[union-attr]


def test_a_long_sentence_printed_twice_over_a_date_line_stays_the_body() -> None:
    """The same shape with a whole sentence (ending with a period): a lead printed twice."""
    sentence = _LONG_QUOTE.replace('"', "") + "."
    article = jm.parse_article(
        f"عنوان کوتاه خبر آزمایشی\n\n{sentence}\n\n{sentence}\n\n25 جدی 1397\n\n{_LONG_BODY}"
    )
    assert article.title == "عنوان کوتاه خبر آزمایشی"


# -- A date labelled as another event's (third blind batch 584/609, a law database) -----------

_LAW_BODY = (
    "عنوان آیین نامه آزمایشی\n\n"
    "متن آیین نامه در یک جمله کوتاه برای آزمون نوشته شده است.\n"
    "و این هم جمله دوم آیین نامه برای آزمون در یک پاراگراف دیگر است.\n\n"
)


@pytest.mark.parametrize("label", ["تاریخ تصویب :", "تاریخ ابلاغ:", "تاریخ تصویب"])
def test_a_date_under_another_events_label_is_not_the_publication_date(label: str) -> None:
    """«تاریخ تصویب :» / «1390/10/18» under the text: the day the rule was approved, not the
    page's; set aside, published None."""
    article = jm.parse_article(f"{_LAW_BODY}نوع :\nآیین نامه\n{label}\n1390/10/18\n")
    assert article.published is None
    assert "1390/10/18" in [ignored.text for ignored in article.ignored]


def test_a_date_after_another_events_label_on_its_line_is_not_the_publication_date() -> None:
    """«تاریخ تصویب: ۱۳۹۰/۱۰/۱۸» under the headline: the approval day, not the page's."""
    article = jm.parse_article("عنوان آیین نامه آزمایشی\nتاریخ تصویب: ۱۳۹۰/۱۰/۱۸" + LEAD)
    assert article.published is None


@pytest.mark.parametrize("label", ["تاریخ ارسال :", "تاریخ :"])
def test_a_date_under_a_posting_label_stays_the_publication_date(label: str) -> None:
    """A label that dates the post itself («تاریخ ارسال», «تاریخ») keeps its value."""
    article = jm.parse_article(f"{_LAW_BODY}{label}\n1390/10/18\n")
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2012-01-08"


# -- An unlabelled date outside the address's year and month (third blind batch 593) ---------

_BLOG_TEXT = (
    "March 3, 2022\n\nCity News\n\nAll the news of our city\n\n"
    "Spring festival opens in the old market\n\n"
    "Dancers and musicians from several towns performed in the old market square this week "
    "as the spring festival opened to crowds of visitors.\n\n"
    "The festival runs for ten days and ends with a concert in the main park.\n"
)
_BLOG_URL = "https://example.com/{}/spring-festival-opens-in-the-old-market/"


def test_an_unlabelled_date_outside_the_addresss_month_is_not_taken() -> None:
    """A WordPress address «/2022/01/slug/» dates the post in January 2022: an unlabelled
    «March 3, 2022» above the site's name is the day of the visit; None, warned."""
    article = jm.parse_article(_BLOG_TEXT, url=_BLOG_URL.format("2022/01"))
    assert article.published is None
    assert "published-conflict" in codes(article)
    with pytest.raises(jm.ConflictError):
        jm.parse_article(_BLOG_TEXT, url=_BLOG_URL.format("2022/01"), strict=True)


@pytest.mark.parametrize("path", ["2022/03", "blog/2022"])
def test_an_unlabelled_date_in_the_addresss_month_or_no_month_stays(path: str) -> None:
    """In the address's month (or with no month in it) the date line is still used."""
    article = jm.parse_article(_BLOG_TEXT, url=_BLOG_URL.format(path))
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2022-03-03"


# -- A blog's list counter «N مطلب با موضوع «X» ثبت شده است» (third blind batch 596) ----------

_BLOG_HEAD = "دفتر یادداشت\n\nنظرسنجی کتاب‌های سال\n\nدفتر یادداشت\nیادداشت‌های یک معلم درباره مدرسه و کتاب\n\n"
_BLOG_POST = (
    "برنامه تازه کلاس‌های تابستانی\n\n"
    "آموزش/ مدیر مدرسه درباره برنامه تازه کلاس‌های تابستانی به پرسش‌های اولیا پاسخ داد.\n\n"
    "به گفته او کلاس‌ها از هفته آینده در دو نوبت صبح و عصر برگزار می‌شود و ثبت نام ادامه دارد.\n"
)


@pytest.mark.parametrize(
    "counter", ["۶ مطلب با موضوع «مدرسه» ثبت شده است", "۳ مطلب با کلمه‌ی کلیدی «کتاب» ثبت شده است"]
)
def test_a_blogs_list_counter_makes_the_headline_under_it_an_item(counter: str) -> None:
    """A blog's category or tag page: the headline under the counter is the first post's;
    the blog's name, printed twice above, is the title."""
    article = jm.parse_article(f"{_BLOG_HEAD}{counter}\n\n{_BLOG_POST}")
    assert article.title == "دفتر یادداشت"
    assert "listing-page" in codes(article)


def test_a_counter_like_sentence_in_a_post_makes_no_list() -> None:
    """A sentence of the body with the same words is no counter: the post's headline stays."""
    sentence = "در این سامانه ۶ مطلب با موضوع «مدرسه» ثبت شده است و بقیه در راه است."
    article = jm.parse_article(f"{_BLOG_HEAD}{_BLOG_POST}\n{sentence}\n")
    assert article.title == "برنامه تازه کلاس‌های تابستانی"


# -- A tag page whose items print their date above their headline (third blind batch 595) ----

_TAG_ITEMS = (
    "    سه‌شنبه، ۱۵ آبان ۱۴۰۳\n"
    "  • ساعت کار کتابخانه ملی در تابستان تغییر کرد\n\n"
    "    ایسنا: مدیر کتابخانه ملی گفت که ساعت کار تالارهای مطالعه از هفته آینده تا ساعت "
    "بیست و دو افزایش می‌یابد تا دانشجویان در ایام امتحانات فرصت بیشتری داشته باشند…\n"
    "    یکشنبه، ۱۳ آبان ۱۴۰۳\n"
    "  • نمایشگاه نسخه‌های خطی در کتابخانه ملی گشایش یافت\n\n"
    "    ایرنا: نمایشگاهی از نسخه‌های خطی کمیاب با حضور پژوهشگران و استادان دانشگاه در "
    "کتابخانه ملی گشایش یافت و تا پایان ماه برای بازدید عموم باز است…\n"
)


def test_a_tag_pages_items_with_their_date_above_their_headline_are_a_list() -> None:
    """The tag's name printed twice, then items «date / • headline / excerpt…»: a list,
    its name the title, the items' dates not the page's."""
    article = jm.parse_article(f"کتابخانه ملی\n\nکتابخانه ملی\n\n{_TAG_ITEMS}")
    assert (article.title, article.published) == ("کتابخانه ملی", None)


def test_an_article_whose_paragraph_ends_cut_over_a_date_line_stays_an_article() -> None:
    """A paragraph cut with «…», then a date line and running text (no item headline): the
    article's headline stays the title."""
    text = (
        "ساعت کار کتابخانه ملی در تابستان تغییر کرد\n\n"
        "مدیر کتابخانه ملی گفت که ساعت کار تالارهای مطالعه از هفته آینده تا ساعت بیست و دو "
        "افزایش می‌یابد تا دانشجویان فرصت بیشتری داشته باشند…\n"
        "یکشنبه، ۱۳ آبان ۱۴۰۳\n"
        "او افزود که این برنامه تا پایان امتحانات پایان ترم ادامه دارد و پس از آن ساعت کار "
        "به روال گذشته باز می‌گردد.\n"
    )
    article = jm.parse_article(text)
    assert article.title == "ساعت کار کتابخانه ملی در تابستان تغییر کرد"


# -- A date line with a month name the grammar does not read (third blind batch 592) ---------

_TAJIK_BODY = (
    "ДУШАНБЕ, 22.09.2020 /АМИТ «Ховар»/. Маснавӣ яке аз қолабҳои куҳантарини шеъри форсӣ аст, "
    "ки дар давраи Сомониён ба камол расид ва шоирон онро дӯст медоштанд.\n\n"
    "Дар ин мақола намунаҳои маснавии шоир бо ашъори ҳамзамонони ӯ муқоиса шуда, хусусиятҳои "
    "забонӣ ва вазнии онҳо нишон дода мешаванд.\n"
)


@pytest.mark.parametrize("stamp", ["Сентябрь 22, 2020 09:20", "22 Сентябр 2020, 09:20"])
def test_an_unread_month_with_a_day_year_and_time_is_no_title(stamp: str) -> None:
    """«Сентябрь 22, 2020 09:20» (a Russian month name): a date line the grammar does not
    read, never the title; the headline above it is."""
    headline = "Ҳамоиши илмӣ дар бораи осори Рӯдакӣ дар Душанбе баргузор шуд"
    article = jm.parse_article(f"{headline}\n\n{stamp}\n\n{_TAJIK_BODY}")
    assert (article.title, codes(article)) == (headline, [])


def test_a_headline_with_a_year_and_a_time_of_several_words_stays_a_title() -> None:
    """A headline of several words with a year and a clock time in it is still a headline."""
    headline = "Финали Лигаи қаҳрамонон 2020 соати 23:00 оғоз мешавад"
    article = jm.parse_article(f"{headline}\n\n{_TAJIK_BODY}")
    assert article.title == headline


# -- A headline printed twice, the date line under its first print (second blind batch 545) --

_TWICE_TITLE = "سیر پیدایش فرهنگ‌های لغت عربی در قرن‌های نخست"
_TWICE_BODY = (
    "\n\nنخستین واژه‌نامه‌نویسان عربی قاعده‌هایی بنا نهادند که فرهنگ‌نویسان بعدی کمتر از آن "
    "بیرون رفتند و بیشتر تغییرها در ترتیب مدخل‌ها بود.\n\nبرخی از فرهنگ‌نویسان قرن‌های بعد، "
    "مدخل‌ها را به ترتیب حرف نخست واژه چیدند و برخی دیگر ترتیب ریشه‌ها را نگه داشتند.\n"
)


def test_date_line_under_the_first_print_of_a_twice_printed_headline_is_the_articles() -> None:
    """«TITLE / cut lead / جمعه، 14 آبان 1395 / labels / موارد بیشتر برای شما / TITLE»: the
    weekday line without a time is no "today" banner, though a box's lines stand between
    it and the chosen (second) print: it heads the article under the first print."""
    text = (
        f"{_TWICE_TITLE}\nنخستین واژه‌نامه‌نویسان عربی قاعده‌هایی بنا نهادند، نه\n"
        "جمعه، 14 آبان 1395\nتخمین زمان مطالعه:\nپدیدآورنده: علی اکبر مظاهری\n"
        f"موارد بیشتر برای شما\n{_TWICE_TITLE}\n {_TWICE_TITLE}" + _TWICE_BODY
    )
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.isoformat() == "2016-11-04"


def test_weekday_banner_under_a_site_name_stays_chrome() -> None:
    """Negative: the same weekday line under a site's name (no first print of the headline
    above it), with a menu line before the title, is a "today" banner."""
    text = f"کتابخانه نمونه\nجمعه، 14 آبان 1395\nاخبار فرهنگی\n{_TWICE_TITLE}" + _TWICE_BODY
    assert jm.parse_article(text).published is None


# -- A forum post run into one line: «... ارسال شده در 7 شهریور، ۱۳۸۸ ...» (blind page 406) ----

_FORUM_POST = (
    " در مورد الگوریتم ژنتیک چیزی شنیدید؟ این الگوریتم یک جستجوی هوشمند است که از طبیعت "
    "تقلید می کند و جواب های بهتر را نسل به نسل نگه می دارد."
)


@pytest.mark.parametrize(
    "url", [None, "https://noandishaan.com/forums/topic/375-%D8%B4%D8%A8%DA%A9%D9%87"]
)
def test_post_header_run_into_the_first_line_gives_the_date(url: str | None) -> None:
    """A user name, a post count, a share button, then «ارسال شده در DATE» opening the only
    line: the post's date (evidence «dateline»). An Invision thread's address
    «/forums/topic/375-slug» is one thread, not a list of topics."""
    article = jm.parse_article(
        "EN-EZEL 13039 اشتراک گذاری ارسال شده در 7 شهریور، ۱۳۸۸" + _FORUM_POST, url=url
    )
    assert article.published is not None
    assert (article.published.isoformat(), article.evidence.get("published"), codes(article)) == (
        "2009-08-29",
        "dateline",
        [],
    )


@pytest.mark.parametrize(
    "text",
    [
        # Too many words before the phrase: a sentence, not a post's header.
        "کاربران این انجمن بارها درباره این موضوع پرسیده بودند و پاسخ ارسال شده در 7 شهریور، ۱۳۸۸"
        + _FORUM_POST,
        # The date does not follow the phrase.
        "EN-EZEL 13039 ارسال شده در انجمن علمی 7 شهریور، ۱۳۸۸" + _FORUM_POST,
    ],
)
def test_posted_on_inside_a_sentence_is_no_date_line(text: str) -> None:
    assert jm.parse_article(text).published is None


@pytest.mark.parametrize(
    ("url", "listing"),
    [
        ("https://noandishaan.com/forums/topic/375-slug/", False),
        ("https://example.com/forum/topic/12", False),
        ("https://example.com/topic/science/", True),  # a topic's list of posts
        ("https://example.com/forums/topic/", True),  # no thread ID after it
    ],
)
def test_forum_thread_address_is_no_listing(url: str, listing: bool) -> None:
    text = "عنوان خبر آزمایشی\nتاریخ انتشار: ۱۴ بهمن ۱۴۰۳\n" + LEAD.strip() + "\n"
    assert ("listing-page" in codes(jm.parse_article(text, url=url))) is listing
