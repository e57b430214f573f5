"""Numbers and dates found with the fourteenth blind batch (tests/pages 920-937).

Each rule has a positive and a negative case; every positive case failed before its change
(code d1c772a), every negative case passes on both (but the one that calls the new
``today days`` line predicate, which the old code lacks).
"""

from __future__ import annotations

import datetime as dt

import jalali_meta as jm
from jalali_meta.testing import LINE_EVIDENCE, normalize


def today_days(norm: str) -> object:
    return LINE_EVIDENCE["today days"](norm)


PAGE = "عنوان خبر آزمایشی\nمتن خبر آزمایشی که در اینجا نوشته شده است.\n"
TITLE = "بخشدار انارک از بازسازی راه‌های روستایی پیش از زمستان خبر داد"
BODY = (
    "در نشستی با حضور بخشدار و نماینده اداره راهداری، وضعیت راه‌های روستایی بخش بررسی شد.\n\n"
    "بخشدار در این نشست گفت که اعتبار این کار در سفر استانی پیگیری شده است.\n"
)


def _number(url: str) -> str | None:
    return jm.parse_article(PAGE, url=url).number


# -- a date widget's Gregorian twin split over two lines (_article._gregorian_twin_above) ----


def test_widget_day_number_and_weekday_month_over_the_jalali_date_is_no_published() -> None:
    # 927: «03» / «جمعه, ژانویه» / «جمعه, ۱۴ دی ۱۴۰۳»: the visit's day in two calendars.
    text = f"03\nجمعه, ژانویه\nجمعه, ۱۴ دی ۱۴۰۳\n\n{TITLE}\n{BODY}"
    assert jm.parse_article(text).published is None


def test_a_weekday_date_over_the_title_without_the_twin_stays() -> None:
    # The same date line alone above the headline: the header printed first.
    art = jm.parse_article(f"جمعه, ۱۴ دی ۱۴۰۳\n\n{TITLE}\n{BODY}")
    assert art.published is not None
    assert art.published.gregorian == dt.date(2025, 1, 3)


def test_a_twin_of_another_day_is_no_widget() -> None:
    # «04» / «شنبه, ژانویه» names 4 January, not the Jalali line's 3 January: not its twin.
    art = jm.parse_article(f"04\nشنبه, ژانویه\nجمعه, ۱۴ دی ۱۴۰۳\n\n{TITLE}\n{BODY}")
    assert art.published is not None
    assert art.published.gregorian == dt.date(2025, 1, 3)


# -- a footer date label under a most-read box's heading (_article._label_candidate) ---------


def test_date_label_under_a_most_viewed_box_item_is_not_the_page_s() -> None:
    # 923: the page's heading, then the box «پر بازديدترين» / «جديدترين», an item's excerpt
    # cut with «...» and the item's «تاریخ انتشار».
    text = (
        "عوارض خودرو\n\n1\n\nپر بازديدترين\nجديدترين\n"
        "آشنایی با عوارض نوسازی           آشنایی با عوارض نوسازیعوارض نوسازی هر سال بر پایه "
        "ارزش معاملاتی زمین و ساختمان محاسبه می‌شود و مالکان می‌توانند به واحد درآمد "
        "شهرداری مراجعه کنند...\n"
        "تاریخ انتشار : 7 تیر 1393\n"
    )
    assert jm.parse_article(text).published is None


def test_date_label_under_the_body_without_a_box_heading_stays() -> None:
    text = f"{TITLE}\n{BODY}\nتاریخ انتشار : 7 تیر 1393\n"
    art = jm.parse_article(text)
    assert art.published is not None
    assert art.published.gregorian == dt.date(2014, 6, 28)


# -- a date and its view count (_header._date_line) -------------------------------------------


def _under_title(line: str) -> jm.Timestamp | None:
    return jm.parse_article(f"{TITLE}\n\n{line}\n\n{BODY}").published


def test_date_then_a_bare_view_count_is_a_date_line() -> None:
    # 921: « 18.09.2024 276» under the headline: the item's date and its views.
    published = _under_title(" 18.09.2024 276")
    assert published is not None
    assert published.gregorian == dt.date(2024, 9, 18)


def test_date_with_a_time_then_a_number_is_a_date_line() -> None:
    # fix92 (blind 1405, irannsr.org's «... ۱۳:۵۰ ۱۳»): after a time with its minutes the
    # bare number is the view count as well; whatever it is, the day and the minute read
    # before it are the line's.
    published = _under_title(" 18.09.2024 12:30 276")
    assert published is not None
    assert isinstance(published.gregorian, dt.datetime)
    assert (published.gregorian.date(), published.gregorian.hour, published.gregorian.minute) == (
        dt.date(2024, 9, 18),
        12,
        30,
    )


def test_date_with_an_hour_alone_then_a_number_keeps_no_minute() -> None:
    # After an hour alone the number may be its minutes printed apart: never read as them.
    published = _under_title(" 18.09.2024 ساعت 12 30")
    assert (
        published is None
        or not isinstance(published.gregorian, dt.datetime)
        or (published.gregorian.minute != 30)
    )


def test_date_then_a_zero_padded_number_is_not_a_count() -> None:
    assert _under_title(" 18.09.2024 0276") is None


def test_date_then_two_numbers_is_not_a_count() -> None:
    assert _under_title(" 18.09.2024 276 12") is None


# -- DataLife Engine's news address (_sources._dle_news) --------------------------------------


def test_dle_news_id_before_a_latin_slug_under_a_section_folder() -> None:
    # 931: a four-digit news ID, a hyphen, the transliterated slug, «.html».
    url = (
        "http://khatlon-ruznoma.tj/hokimiyati-davlati/"
        "3458-bozeft-va-tadioti-arheolog-shakli-inik-osi-voeijati-tarih.html"
    )
    assert _number(url) == "3458"


def test_dle_shape_with_a_year_is_no_id() -> None:
    assert _number("http://x.tj/jamiyat/2022-soli-nav-dar-shahr.html") is None


def test_dle_shape_under_a_year_folder_is_no_id() -> None:
    assert _number("http://x.tj/2021/345-bozeft-va-tadioti.html") is None


def test_dle_shape_under_a_tag_folder_is_no_id() -> None:
    assert _number("http://x.tj/tags/345-bozeft-va-tadioti.html") is None


def test_short_number_before_a_two_word_slug_is_no_id() -> None:
    assert _number("http://x.tj/jamiyat/345-bozeft-va.html") is None


def test_short_number_before_a_slug_without_extension_is_no_id() -> None:
    assert _number("http://x.tj/jamiyat/345-bozeft-va-tadioti") is None


# -- a weekday's date alone in a table cell over the headline (_article._banner) -------------


def test_weekday_date_alone_in_a_cell_over_the_headline_is_a_banner() -> None:
    # 862: «| دوشنبه، 05 مهر 1400» on the first line, the headline under it.
    text = f"| دوشنبه، 05 مهر 1400\n{TITLE}\n{BODY}"
    assert jm.parse_article(text).published is None


def test_weekday_date_over_the_headline_without_a_pipe_stays() -> None:
    art = jm.parse_article(f"دوشنبه، 05 مهر 1400\n{TITLE}\n{BODY}")
    assert art.published is not None
    assert art.published.gregorian == dt.date(2021, 9, 27)


def test_date_and_time_in_a_cell_over_the_headline_stays() -> None:
    # With its time the cell is the header's date line, not a day's banner.
    art = jm.parse_article(f"| دوشنبه، 05 مهر 1400 - 10:30\n{TITLE}\n{BODY}")
    assert art.published is not None
    assert art.published.jalali_date == (1400, 7, 5)


def test_date_cell_with_a_label_in_the_row_stays() -> None:
    art = jm.parse_article(f"تاریخ انتشار | دوشنبه، 05 مهر 1400\n{TITLE}\n{BODY}")
    assert art.published is not None
    assert art.published.gregorian == dt.date(2021, 9, 27)


# -- the lead's «today, DAY MONTH» against a date line above the title ------------------------
# (_evidence.today_days, _article._not_the_leads_today)

TAJIK_TITLE = "Донишҷӯёни як хобгоҳ дар Хуҷанд ба хонаҳояшон фиристода мешаванд"
TAJIK_LEAD = (
    "Маъмурияти донишгоҳ ба донишҷӯёне, ки дар хобгоҳ зиндагӣ мекунанд, хабар додааст, ки "
    "бино холӣ карда мешавад.\n\n"
    "Ба гуфтаи яке аз донишҷӯён, имрӯз, {today} ба онҳо фармуданд, ки ашёи худро ҷамъ кунанд.\n"
)


def test_date_line_above_title_of_another_day_than_the_leads_today_is_not_used() -> None:
    # 928: «11 июня, 2025» over the headline, the text says «имрӯз, 30 апрел».
    art = jm.parse_article(
        f"11 июня, 2025\n\n{TAJIK_TITLE}\n\n{TAJIK_LEAD.format(today='30 апрел')}"
    )
    assert art.published is None
    assert "published-conflict" in {w.code for w in art.warnings}


def test_date_line_above_title_of_the_leads_today_stays() -> None:
    art = jm.parse_article(f"11 июня, 2025\n\n{TAJIK_TITLE}\n\n{TAJIK_LEAD.format(today='11 июн')}")
    assert art.published is not None
    assert art.published.gregorian == dt.date(2025, 6, 11)


def test_date_line_the_day_after_the_leads_today_stays() -> None:
    # A post published past midnight: the lead's «today» is the day before.
    art = jm.parse_article(f"12 июня, 2025\n\n{TAJIK_TITLE}\n\n{TAJIK_LEAD.format(today='11 июн')}")
    assert art.published is not None
    assert art.published.gregorian == dt.date(2025, 6, 12)


def test_today_day_and_jalali_month_in_persian() -> None:
    assert today_days(normalize("امروز ۳۰ فروردین جلسه برگزار شد")) == {("jalali", 1, 30)}
    assert today_days(normalize("Ба гуфтаи онҳо, имрӯз, 30 апрел")) == {("gregorian", 4, 30)}


def test_today_with_a_year_or_a_weekday_is_no_day_and_month() -> None:
    assert today_days(normalize("امروز ۳۰ فروردین ۱۴۰۲ جلسه برگزار شد")) == set()
    assert today_days(normalize("امروز شنبه جلسه برگزار شد")) == set()
    assert today_days(normalize("روز ۳۰ فروردین جلسه برگزار شد")) == set()


# -- a Jalali day archive's address (_sources.jalali_day_archive, _article._url_candidates) ---

LIST_PAGE = (
    "دانش‌آموزان را به کلاس برگردانیم\n\n"
    "بسته ماندن مکتب‌ها در چند ولسوالی هزاران کودک را از درس دور کرده است […]\n\n"
    "وزارت زراعت گندم اصلاح‌شده میان دهقانان توزیع می‌کند\n\n"
    "سخنگوی وزارت زراعت گفت که بذر اصلاح‌شده گندم میان دهقانان توزیع خواهد شد […]\n"
)


def test_jalali_day_archive_of_several_posts_gives_no_published() -> None:
    # 926's address «/1396/06/30/»: the list of that day's posts, two excerpts cut with «[…]».
    art = jm.parse_article(LIST_PAGE, url="http://www.barchinews.com/1396/06/30/")
    assert art.published is None


def test_jalali_date_path_before_a_slug_stays_the_post_s() -> None:
    art = jm.parse_article(LIST_PAGE, url="http://www.barchinews.com/1396/06/30/slug-words/")
    assert art.published is not None
    assert art.published.jalali_date == (1396, 6, 30)


def test_jalali_day_archive_of_one_post_keeps_its_day() -> None:
    art = jm.parse_article(f"{TITLE}\n{BODY}", url="http://www.barchinews.com/1396/06/30/")
    assert art.published is not None
    assert art.published.jalali_date == (1396, 6, 30)
    assert "published-from-url" in {w.code for w in art.warnings}
