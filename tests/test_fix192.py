"""fix192: real59's general causes (docs/real_sample.md "A forty-eighth sample").

- An official gazette's year-and-issue line «سال هفتاد و پنج شماره N» (the year in cardinal
  number words) under the issue's weekday date, over the ruling's headline (rrk.ir, #18): a
  masthead, never the title; the date over it is the issue's, not a visit's banner.
- A blog's name and motto printed twice at the top, each once per print (BlogSky's header,
  khouzestan.blogsky.com #22, puzkhand.blogsky.com #03), then the post's category and title:
  the masthead and the category are the site's.
- A first line «A - A | SITE» (a portal's <title>, the headline echoed; shirvan.nkj.ir #21)
  gives A; the same portal's «?partid=SECTION&indexid=ITEM» gives ITEM.
- «رفتن به بالا» (a scroll-to-top link, kangannews.ir #25) is chrome.
- «1. اجتماعی» (a breadcrumb kept as a numbered list) and «هدر بالا» (a theme's widget
  label) over a lead with no headline (payamekhabar.ir #09): chrome, no title.
- A lone «۱» (a comment count) over a headline with its labelled date line under it
  (payam-aftab.com #16): a counter, not a numbered list's first ordinal.

The headlines and bodies are written for these tests on the real pages' layouts."""

from __future__ import annotations

import datetime

from tests.checks import warning_codes

import jalali_meta as jm

BODY = (
    "به گزارش خبرنگار ما، برداشت محصول گندم از مزارع دیم شهرستان از هفته گذشته آغاز شده و "
    "پیش بینی می شود تا پایان ماه آینده بیش از بیست هزار تن گندم از کشاورزان خریداری شود.\n\n"
    "مدیر جهاد کشاورزی شهرستان افزود: کمباین های فعال پیش از ورود به مزارع بازدید فنی شده اند "
    "و کشاورزان می توانند برای نوبت دهی به مراکز خدمات مراجعه کنند.\n"
)

# rrk.ir's ruling page (#18): the reference's labels, the issue's weekday date, the year
# and issue line, the ruling's headline.
RULING = "رأی وحدت رویه شماره ۸۱۲ هیأت عمومی دیوان عالی کشور درباره اجاره املاک"


def _gazette(issue_line: str) -> str:
    return (
        "مرجع تصویب: هیئت عمومی دیوان عالی کشور\n"
        "شماره ویژه نامه: ۱۲۴۰\n"
        "دوشنبه، ۱۴ خرداد ۱۳۹۹\n"
        f"{issue_line}\n"
        f"{RULING}\n"
        f"{BODY}"
    )


def test_a_gazettes_year_and_issue_line_is_no_title() -> None:
    record = jm.parse_article(_gazette("سال هفتاد و شش شماره ۲۱۹۰۱"))
    assert record.title == RULING
    assert record.published is not None
    assert record.published.gregorian == datetime.date(2020, 6, 3)


def test_a_headline_naming_a_year_and_a_number_stays_neg() -> None:
    # A headline that holds «سال» and «شماره» with more words is no issue line.
    headline = "ثبت نام سال تحصیلی جدید با شماره ملی دانش آموزان آغاز شد"
    record = jm.parse_article(f"{headline}\n\n{BODY}")
    assert record.title == headline


# BlogSky's post page (#22): the blog's name and motto, the two again, the post's
# category, its title, the body.
POST = "افتتاح کتابخانه عمومی تازه در مرکز استان با حضور مسئولان"


def test_a_blogs_name_and_motto_printed_twice_are_the_masthead() -> None:
    header = "صدای کارون\n\nبازتاب اخبار فرهنگی و اجتماعی استان\n\n"
    text = f"{header}{header}اخبار فرهنگی استان\n\n{POST}\n\n{BODY}"
    record = jm.parse_article(text)
    assert record.title == POST


def test_a_short_headline_and_its_subtitle_printed_twice_stay_neg() -> None:
    # A short headline with its subtitle printed twice right over the body (no short line
    # under the copy): no masthead; the title is one of the pair, never the body's.
    headline, subtitle = "بارش برف سنگین", "جاده های کوهستانی استان تا فردا بسته است"
    pair = f"{headline}\n\n{subtitle}\n\n"
    record = jm.parse_article(f"{pair}{pair}{BODY}")
    assert record.title in (headline, subtitle)


# shirvan.nkj.ir's news page (#21): the <title>, «باسمه تعالی», the headline, the body.
ECHO = "آغاز برداشت گندم از مزارع دیم شهرستان"


def test_a_title_echoing_its_headline_gives_the_headline() -> None:
    text = f"{ECHO} - {ECHO} | مدیریت جهاد کشاورزی شهرستان نمونه\nباسمه تعالی\n{BODY}"
    record = jm.parse_article(text)
    assert record.title == ECHO


def test_a_title_with_its_second_part_stays_neg() -> None:
    text = f"{ECHO} - پیش بینی خرید بیست هزار تن\n\n{BODY}"
    record = jm.parse_article(text)
    assert record.title != ECHO


def test_a_portals_part_and_index_give_the_item() -> None:
    record = jm.parse_article(BODY, url="http://county.example.ir/?partid=6521&indexid=2813")
    assert record.number == "2813"


def test_an_index_alone_or_with_a_page_is_no_item_neg() -> None:
    for url in (
        "http://county.example.ir/?indexid=2813",
        "http://county.example.ir/?partid=6521&indexid=2813&page=2",
    ):
        assert jm.parse_article(BODY, url=url).number is None


# kangannews.ir (#25): the scroll-to-top link printed first.
def test_a_go_to_top_link_is_no_title() -> None:
    record = jm.parse_article(f"رفتن به بالا\n\n{BODY}")
    assert record.title != "رفتن به بالا"


def test_a_headline_about_going_up_stays_neg() -> None:
    headline = "رفتن به بالای قله دماوند برای کوهنوردان ممنوع شد"
    record = jm.parse_article(f"{headline}\n\n{BODY}")
    assert record.title == headline


# payamekhabar.ir (#09): the day's banner, the widget label, the numbered crumb, the item's
# date, the reading time, then the lead (no headline printed).
LEAD = (
    "سخنگوی اداره هواشناسی استان گفت: از فردا تا پایان هفته بارش باران و وزش باد شدید در "
    "بیشتر مناطق استان پیش بینی می شود و کشاورزان باید مراقب محصولات خود باشند.\n\n"
)


def test_a_numbered_crumb_and_a_widget_label_are_no_title() -> None:
    text = (
        "شنبه, ۰۱ اردیبهشت ۱۴۰۳ | ۱۰ شوال ۱۴۴۵ قمری\n"
        "هدر بالا\n"
        "  1. اجتماعی\n"
        "سه شنبه, ۱۴ بهمن ۱۳۹۹ ۱۸:۰۰\n"
        "زمان مطالعه: 2 دقیقه\n"
        f"{LEAD}{BODY}"
    )
    record = jm.parse_article(text)
    assert record.title is None


def test_a_numbered_heading_stays_neg() -> None:
    # «1. اجتماعی شدن کودکان ...»: a numbered heading with more than a section's name.
    heading = "1. اجتماعی شدن کودکان در نخستین سال مدرسه"
    assert jm.parse_article(f"{heading}\n\n{BODY}").title == heading


# payam-aftab.com (#16): the comment count, the headline, its labelled date line.
AFGHAN = "نشریات چاپی ولایت هرات در سال گذشته"


def test_a_lone_one_over_a_dated_headline_is_a_counter() -> None:
    text = f"۱\n \n\n{AFGHAN}\n\nتاریخ انتشار : جمعه ۲۷ ثور ۱۳۸۷ ساعت ۱۲:۱۹\n{BODY}"
    record = jm.parse_article(text)
    assert record.title == AFGHAN
    assert "title-uncertain" not in warning_codes(record)


def test_a_lone_one_over_an_undated_headline_stays_doubted_neg() -> None:
    record = jm.parse_article(f"۱\n\n{AFGHAN}\n\n{BODY}")
    assert record.title is None or "title-uncertain" in warning_codes(record)
