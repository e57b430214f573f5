"""real67: the general causes of real67's sample (docs/real_sample.md "A fifty-sixth sample").

- An Afghan business paper's print view on a host outside .af (dari.wadsam.com, #20): its
  English byline time «by NAME | December 28, 2013 5:25 AM» over a Dari report that writes
  «دهاقین» and «حاصلات» is on Kabul's clock.
- An agriculture portal's one-line page (portal.nkj.ir, #19): «TITLE | پورتال سازمان ...»,
  the portal's name after the bar cut off the title.
- A BlogSky post under the blog's month calendar (choopananabad.blogsky.com, #05): the
  calendar's row of weekday initials «ش | ی | د | س | چ | پ | ج» is never the title.
- A municipal organisation's Liferay news item (khadamatshahri.qazvin.ir, #01): «WEEKDAY
  DATE» over a kicker «NAME، ROLE:» over the headline: the date is the item's.
- A local Joomla site's column (shoushnn.com, #22): the author's role printed under his
  byline «به قلم ـ NAME» is no title; its code «کد خبر: ۰۱۱۲۱۴4924», Persian digits glued
  to Latin ones, is no article ID.
- A Tajik faculty's article (chemical.tnu.tj, #13): the author's line «Surname И.О. –
  degrees, role» under the upper-case headline is no title.

The headlines and bodies are written for these tests on the real pages' layouts."""

from __future__ import annotations

import datetime

import jalali_meta as jm


def _offset(record: jm.Article) -> datetime.timedelta | None:
    assert record.published is not None
    moment = record.published.gregorian
    assert isinstance(moment, datetime.datetime)
    return moment.utcoffset()


KABUL = datetime.timedelta(hours=4, minutes=30)
TEHRAN = datetime.timedelta(hours=3, minutes=30)

# -- an Afghan Dari report's English byline time (#20) ------------------------------------


def _afghan_print(headline: str, second: str) -> str:
    # dari.wadsam.com's print view (#20): headline, «by NAME | DATE TIME AM», an image file
    # name glued to the first word, paragraphs, share line, endnotes.
    return (
        f"{headline}\n\n"
        "by Ahmad Karimi | March 14, 2014 9:40 AM\n\n"
        "IMG2231-300x200[1]ریاست زراعت ولایت بلخ به مقدار 80 تن تخم اصلاح شده گندم را در "
        "سه ولسوالی توزیع نمود.\n\n"
        f"{second}\n\n"
        "این برنامه با همکاری یک موسسه کمک کننده و به هزینه 6 ملیون افغانی اجرا شده است.\n\n"
        "Share on FacebookTweet about this on Twitter\n"
    )


def test_afghan_dari_farmers_and_harvests_keep_kabuls_clock() -> None:
    text = _afghan_print(
        "توزیع تخم اصلاح شده به دهاقین ولایت بلخ",
        "رئیس زراعت این ولایت میگوید: هدف از توزیع، بلند بردن سطح حاصلات دهاقین میباشد.",
    )
    for record in (
        jm.parse_article(text),
        jm.parse_article(text, url="https://dari.example-paper.com/some-slug/print"),
    ):
        assert record.published is not None
        assert _offset(record) == KABUL


def test_one_afghan_word_neg_keeps_tehrans_clock() -> None:
    # One of the words alone (an Iranian report on Afghan farmers): main's record, Tehran.
    text = _afghan_print(
        "توزیع بذر گندم میان کشاورزان ولایت بلخ",
        "رئیس این اداره گفت: هدف از توزیع، بالا بردن سطح حاصلات کشاورزان است.",
    )
    record = jm.parse_article(text)
    assert record.published is not None
    assert _offset(record) == TEHRAN


# -- a portal's name after the title's bar (#19) ------------------------------------------

PORTAL_TITLE = "شیوه نامه پرداخت تسهیلات به باغداران در سال 1394"


def test_portals_name_after_the_bar_is_cut() -> None:
    text = f"{PORTAL_TITLE} | پورتال سازمان جهاد کشاورزی استان سمنان\n"
    for record in (jm.parse_article(text), jm.parse_article(text, url="http://example.ir/?p=1")):
        assert record.title == PORTAL_TITLE


def test_portal_in_a_headlines_tail_neg_keeps_the_line() -> None:
    # «پورتال» opening a clause with a verb after the bar: main's record, the line whole.
    line = f"{PORTAL_TITLE} | پورتال تازه سازمان امروز رونمایی شد"
    record = jm.parse_article(f"{line}\n")
    assert record.title == line


# -- a month calendar's weekday initials over an untitled post (#05) ----------------------

CALENDAR = (
    "ش | ی | د | س | چ | پ | ج |\n"
    "1 | 2 | 3 | 4 | 5 | 6 |||\n"
    "7 | 8 | 9 | 10 | 11 | 12 | 13 |\n"
    "14 | 15 | 16 | 17 | 18 | 19 | 20 |\n"
    "21 | 22 | 23 | 24 | 25 | 26 | 27 |\n"
    "28 | 29 | 30 |\n"
)
POST = (
    "دیروز جلسه شورای روستا بدون حضور نماینده اهالی برگزار شد و تصمیم گرفتند سرپرست "
    "تازه ای برای دهیاری معرفی کنند.\n"
    "بسیاری از اهالی از این تصمیم ناراضی هستند و می گویند باید نظر مردم پرسیده می شد.\n"
    "امیدوارم اعضای شورا دلایل این تصمیم را برای همه روشن کنند.\n"
)


def test_calendar_weekday_row_is_no_title() -> None:
    # choopananabad.blogsky.com (#05): the calendar table, then the post without a title.
    text = CALENDAR + POST
    for record in (
        jm.parse_article(text),
        jm.parse_article(text, url="https://village.blogsky.com/1401/02/10/post-310"),
    ):
        assert record.title is None


def test_calendar_over_a_titled_post_neg_keeps_the_title() -> None:
    # The post prints its title under the calendar: main's record, that title.
    headline = "سرپرست تازه دهیاری روستا معرفی شد"
    record = jm.parse_article(f"{CALENDAR}\n{headline}\n\n{POST}")
    assert record.title == headline


# -- a date over a speaker's kicker ending with a colon (#01) ------------------------------

HEADLINE_01 = "دوره آموزشی هرس درختان میوه برگزار می شود"
LEAD_01 = (
    "با هدف آشنایی باغداران با روش های نوین هرس، دوره ای آموزشی در سازمان پارک ها برگزار "
    "می شود.\n\n"
    "مدیرعامل سازمان گفت: این دوره با همکاری مرکز تحقیقات کشاورزی برگزار می شود و تاکنون "
    "حدود 60 نفر ثبت نام کرده اند.\n"
)


def test_date_over_a_speakers_colon_kicker_is_the_items() -> None:
    # khadamatshahri.qazvin.ir (#01): «WEEKDAY DATE» / «NAME، ROLE:» / HEADLINE / lead.
    text = (
        "دوشنبه ۱۳۹۳/۰۲/۰۸\n\n"
        "کریمی، مدیرعامل سازمان پارک ها و فضای سبز شهرداری:\n\n"
        f"{HEADLINE_01}\n\n{LEAD_01}"
    )
    record = jm.parse_article(text)
    assert record.title == HEADLINE_01
    assert record.published is not None
    assert record.published.gregorian == datetime.date(2014, 4, 28)


def test_date_over_a_sites_colon_label_neg_stays_out() -> None:
    # A label ending with a colon naming no office: main's record, the date not taken.
    text = f"دوشنبه ۱۳۹۳/۰۲/۰۸\n\nتازه ترین خبرهای سایت ما:\n\n{HEADLINE_01}\n\n{LEAD_01}"
    record = jm.parse_article(text)
    assert record.published is None


# -- an author's role under his byline; a code glued across digit scripts (#22) -----------

LONG_HEADLINE = (
    "مسئول دفتر آموزش رسانه ای شهرستان برای اعضای انجمن خبرنگاران جوان و نویسندگان پایگاه "
    "خبری شهر ؛ آشنایی با اصول گزارش نویسی را لازم دانست ـ (قسمت نهم)"
)
COLUMN = (
    "در قسمت هشتم با شیوه های نوشتن خبر کوتاه آشنا شدیم و در این قسمت به گزارش و ساختار "
    "آن می پردازیم .\n\n"
    "گزارش باید به پرسش های اصلی خواننده پاسخ دهد و از جمله های کوتاه و روشن استفاده کند "
    "تا خواننده تا پایان آن را دنبال کند .\n"
)


def _column(code: str, byline: str) -> str:
    # shoushnn.com's column (#22): Joomla's today banner glued to its weekday, a broken
    # last-update line, the code, the headline, the byline, the author's role, the text.
    return (
        "05232024پنجشنبه\n"
        "Last updateچهارشنبه, 11 نوامبر 4505 7pm\n"
        f"کد خبر: {code}\n\n"
        f"{LONG_HEADLINE}\n\n"
        f"{byline}\n\n"
        "مسئول دفتر آموزش رسانه ای شهرستان نمونه\n\n"
        f"{COLUMN}"
    )


def test_authors_role_under_his_byline_is_no_title() -> None:
    record = jm.parse_article(_column("۰۲۰۳۱۵5120", "به قلم ـ رضا مرادی"))
    assert record.title == LONG_HEADLINE


def test_code_glued_across_digit_scripts_is_no_id() -> None:
    text = _column("۰۲۰۳۱۵5120", "به قلم ـ رضا مرادی")
    record = jm.parse_article(text)
    assert record.number is None
    assert "number-invalid" in {notice.code for notice in record.warnings}
    with_address = jm.parse_article(
        text, url="http://example-news.com/index.php/media/5120-alias-of-the-column.html"
    )
    assert with_address.number == "5120"


def test_persian_and_arabic_indic_digits_neg_are_one_id() -> None:
    # «۵۱۲٠» (one keyboard's zero, another's other digits): main's record, one ID.
    record = jm.parse_article(_column("۵۱۲٠", "به قلم ـ رضا مرادی"))
    assert record.number == "5120"


def test_byline_over_the_headline_neg_keeps_the_headline() -> None:
    # The byline printed first, the headline under it, then the text: main's record.
    headline = "آشنایی با اصول گزارش نویسی برای خبرنگاران جوان"
    record = jm.parse_article(f"به قلم ـ رضا مرادی\n\n{headline}\n\n{COLUMN}")
    assert record.title == headline


# -- a Cyrillic author's surname and initials under the headline (#13) --------------------

TAJIK_HEADLINE = "ФАКУЛТЕТИ ФИЗИКА: ДАСТОВАРДҲОИ ИЛМӢ ДАР 25 СОЛ"
TAJIK_BODY = (
    "Дар солҳои охир дар факултет чандин озмоишгоҳи нав кушода шуд ва шумораи донишҷӯён "
    "афзоиш ёфт.\n\n"
    "Омӯзгорони факултет дар конференсияҳои байналмилалӣ бо маърӯзаҳо баромад карданд ва "
    "китобҳои дарсии нав таълиф намуданд.\n"
)


def test_surname_and_initials_line_is_no_title() -> None:
    # chemical.tnu.tj (#13): the headline, a view count, the author's line, the text.
    text = (
        f"{TAJIK_HEADLINE}\n\n74\n\n"
        "Раҳимзода А.Б. – н.и.ф., дотсент, мудири кафедраи физикаи назариявӣ\n\n"
        f"{TAJIK_BODY}"
    )
    for record in (
        jm.parse_article(text),
        jm.parse_article(text, url="https://physics.example.tj/tj/fakulteti-fizika/"),
    ):
        assert record.title == TAJIK_HEADLINE


def test_initials_in_a_headline_neg_keep_the_headline() -> None:
    # A headline naming a person by his initials goes on with words: main's record.
    headline = "Раҳимзода А.Б. бо донишҷӯёни факултет мулоқот кард"
    record = jm.parse_article(f"{headline}\n\n{TAJIK_BODY}")
    assert record.title == headline
