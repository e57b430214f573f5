"""Gaps of the twenty-seventh blind batch (tests/pages/1180-1194): page-tool links run into a
date line, blogs' pages of several signed posts, a paragraph's first line cut before its verb.

The layouts are real (named beside each group); the headlines and the paragraphs are ours.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

# -- Page-tool links before a Jalali date with its lunar Hijri twin ---------------------------
# alshirazi.org/news-item/51078 (the news of a marja's office): «نسخه مناسب چاپ کپی خبر لینک
# کوتاه  09 فروردین 1404 - 28 رمضان العظيم 1446» under the headline and its code line.
# Religious and government sites print the lunar day beside the Jalali one: karajrasa.ir
# («برابر با: الإثنين 7 رجب 1446»), tebyan-tabriz.ir («... 1387 هجري شمسي؛ برابر با 9
# جمادي الاول سال 1429 هجري قمري»), sabteahval.ir («1399/12/7 و 13 رجب 1442»).

HEADLINE = "برگزاری کلاس‌های تابستانی قرآن در کتابخانه مرکزی شهر"
BODY = (
    "کتابخانه مرکزی شهر از هفته آینده کلاس‌های تابستانی آموزش قرائت قرآن را برای نوجوانان "
    "برگزار می‌کند و ثبت‌نام از امروز آغاز شده است.\n"
)


@pytest.mark.parametrize(
    "tools",
    [
        "نسخه مناسب چاپ کپی خبر لینک کوتاه  ",
        "نسخه قابل چاپ | ارسال به دوستان | ",
        "",
    ],
)
def test_tool_links_before_a_jalali_date_with_its_lunar_twin(tools: str) -> None:
    text = f"{HEADLINE}\nکد 51078\n{tools}09 فروردین 1404 - 28 رمضان العظيم 1446\n\n{BODY}"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.gregorian == dt.date(2025, 3, 29)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("09 فروردین 1404 - 28 رمضان 1446", dt.date(2025, 3, 29)),
        ("۱۸ فروردین ۱۴۰۲ - ۱۵ رمضان ۱۴۴۴", dt.date(2023, 4, 7)),
        ("۱۸ فروردین ۱۴۰۲ - ۱۵ رمضان المبارک ۱۴۴۴", dt.date(2023, 4, 7)),
    ],
)
def test_jalali_date_line_with_its_lunar_twin_under_the_title(line: str, day: dt.date) -> None:
    article = jm.parse_article(f"{HEADLINE}\n{line}\n\n{BODY}")
    assert article.published is not None
    assert article.published.gregorian == day
    assert "hijri-mismatch" not in warning_codes(article)


def test_lunar_twin_that_disagrees_warns() -> None:
    text = f"{HEADLINE}\n09 فروردین 1404 - 10 رمضان العظيم 1446\n\n{BODY}"
    article = jm.parse_article(text)
    assert article.published is not None
    assert "hijri-mismatch" in warning_codes(article)


@pytest.mark.parametrize(
    ("lunar", "warned"),
    [
        ("27 رمضان 1446", False),  # two days from 09 Farvardin 1404: HIJRI_TOLERANCE_DAYS
        ("26 رمضان 1446", True),  # three days: past the tolerance
    ],
)
def test_lunar_twin_tolerance_is_two_days(lunar: str, warned: bool) -> None:
    # Iran's lunar months begin by sighting: a twin may be a day or two off (mut20).
    article = jm.parse_article(f"{HEADLINE}\n09 فروردین 1404 - {lunar}\n\n{BODY}")
    assert article.published is not None
    assert article.published.gregorian == dt.date(2025, 3, 29)
    assert ("hijri-mismatch" in warning_codes(article)) is warned


def test_three_calendar_banner_above_the_title_stays_a_widget() -> None:
    # Near miss: the same line over the headline is a "today" banner (the crawl day).
    text = f"۱۸ فروردین ۱۴۰۲ - ۱۵ رمضان ۱۴۴۴\n{HEADLINE}\n\n{BODY}"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert article.published is None


def test_words_before_the_date_that_are_no_buttons_still_block_it() -> None:
    # Near miss: a headline of its own words set off from a date by two spaces is no date
    # line (only page-tool links count as no company).
    line = "افتتاح نمایشگاه بزرگ کتاب کودک و نوجوان در شهر قم  09 فروردین 1404"
    article = jm.parse_article(f"{line}\n\n{BODY}")
    assert article.title == line


# -- A blog's page of several signed posts ----------------------------------------------------
# mysistan.loxblog.com/posts/archive.php?pmonth=9&pyear=1391 (a month archive: «ارسال شده در
# تاریخ : DATE :: TIME :: توسط : NAME» under each post), hur.blogfa.com (a home page: «تهیه
# وتدوین از : NAME | تاریخ : TIME - DATE» under each post's headline), and blogfa's and
# persianblog's «نوشته شده در DATE توسط NAME» under each post.

POST1 = (
    "باران دیشب جوی‌های روستا را پر کرد و کشاورزان امروز صبح زودتر از همیشه به "
    "مزرعه‌ها رفتند تا آب را به کرت‌ها برسانند.\n"
)
POST2 = (
    "مدرسه روستا پس از تعمیر سقف و نقاشی کلاس‌ها دوباره باز شد و بچه‌ها از شنبه به "
    "کلاس‌های خود برگشتند.\n"
)
FOOTER1 = "ارسال شده در تاریخ : چهار شنبه 29 آذر 1391 :: 9:0 بعد از ظهر :: توسط : hamoon"
FOOTER2 = "ارسال شده در تاریخ : سه شنبه 28 آذر 1391 :: 7:24 بعد از ظهر :: توسط : sahel"


def test_posts_each_signed_with_its_date_give_no_title() -> None:
    text = f"باران پاییزی\n\n{POST1}\n{FOOTER1}\n\nمدرسه روستا\n\n{POST2}\n{FOOTER2}\n"
    article = jm.parse_article(text)
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


def test_blog_home_page_with_a_welcome_line_and_signed_posts() -> None:
    text = (
        "به وبلاگ روستای ما خوش آمدید\n"
        f"{POST1}\n"
        "تهیه وتدوین از : دوستدار روستا | تاریخ : 15:42 - جمعه بیست و پنجم مهر 1393\n\n"
        "مدرسه روستا پس از تعمیر سقف دوباره باز شد\n\n"
        "تهیه وتدوین از : کارشناس آموزش | تاریخ : 9:36 - پنجشنبه بیست و نهم آبان 1393\n\n"
        f"{POST2}"
    )
    article = jm.parse_article(text, url="http://www.example.blogfa.com/")
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


def test_a_post_with_its_id_in_the_address_keeps_its_title() -> None:
    # Near miss: the same page at a post's own address (an item's ID) is that post's page,
    # its comments signed below it.
    text = f"باران پاییزی\n\n{POST1}\n{FOOTER1}\n\nمدرسه روستا\n\n{POST2}\n{FOOTER2}\n"
    article = jm.parse_article(text, url="http://example.mihanblog.com/post/188")
    assert article.title == "باران پاییزی"


def test_one_footer_printed_twice_is_one_posts() -> None:
    # Near miss: the same footer, the same date and time, printed under the post and again
    # lower down (a theme's sticky footer): one post's, no page of several posts (mut20).
    text = f"باران پاییزی\n\n{POST1}\n{FOOTER1}\n\n{POST2}\n{FOOTER1}\n"
    article = jm.parse_article(text)
    assert article.title == "باران پاییزی"


def test_comments_signed_by_their_authors_leave_the_title() -> None:
    # Near miss: comments open with their authors' names (no two footers open alike).
    text = (
        f"باران پاییزی در روستا\n۲۹ آذر ۱۳۹۱\n\n{POST1}\n"
        "علی رضایی | تاریخ : 30 آذر 1391\nخیلی خوب نوشتید و لذت بردیم از این گزارش کوتاه.\n"
        "مریم احمدی | تاریخ : 1 دی 1391\nدست شما درد نکند و امیدوارم باز هم بنویسید.\n"
    )
    article = jm.parse_article(text)
    assert article.title == "باران پاییزی در روستا"


# -- A paragraph's first line cut before its verb --------------------------------------------
# metkaziniha.mihanblog.com/post/188: a post with no title, its first sentence hard-wrapped by
# the blog's <br> («... به یکی از پربارترین وبلاگها تبدیل» / «شده است و ...»).


def test_line_cut_before_its_auxiliary_verb_is_no_headline() -> None:
    text = (
        "با همت اهالی روستا ، کتابخانه کوچک مسجد به یکی از پررونق‌ترین کتابخانه‌های منطقه تبدیل\n"
        "شده است و هر هفته ده‌ها نفر از جوانان برای امانت کتاب به آن سر می‌زنند.\n"
        "این بار نیز کتابدار آن فهرست تازه‌ای از کتاب‌های اهدایی را منتشر کرده است.\n"
    )
    article = jm.parse_article(text, url="http://example.mihanblog.com/post/77")
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


def test_headline_over_a_subtitle_opening_with_a_verb_keeps_its_title() -> None:
    # Near miss: the line under the headline opens with «هست» but ends no sentence: a
    # subtitle, not the rest of a cut paragraph (mut20).
    headline = "کتابخانه کوچک مسجد به یکی از پررونق‌ترین کتابخانه‌های منطقه تبدیل شد"
    text = (
        f"{headline}\nهست و نیست یک کتابخانه روستایی\n\n"
        "شهردار روستا گفت هر هفته ده‌ها نفر از جوانان برای امانت کتاب به آن سر می‌زنند.\n"
    )
    article = jm.parse_article(text)
    assert article.title == headline


def test_headline_over_a_lead_of_its_own_keeps_its_title() -> None:
    # Near miss: a headline over its lead, the lead opening with its own subject.
    headline = "کتابخانه کوچک مسجد به یکی از پررونق‌ترین کتابخانه‌های منطقه تبدیل شد"
    text = (
        f"{headline}\n"
        "شهردار روستا گفت هر هفته ده‌ها نفر از جوانان برای امانت کتاب به آن سر می‌زنند.\n"
    )
    article = jm.parse_article(text)
    assert article.title == headline


# -- A page's <title> printed over its headline -----------------------------------------------
# hamsinf.com/tj/all/toikiston/10124-... (a Tajik agency): «< HEADLINE » Агентии иттилоотии
# мустақил. «ҲАМСИНФ»» as the first line, then the headline twice, the lead and the body.

TJ_HEADLINE = "Дар Хуҷанд бозори нави деҳқонӣ кушода шуд"
TJ_LEAD = (
    "Мақомоти шаҳр эълон карданд, ки бозори нав барои садҳо деҳқони ноҳияҳои атроф ҷойҳои "
    "ройгони савдо пешниҳод мекунад ва то охири моҳ пурра ба кор медарояд.\n"
)


@pytest.mark.parametrize(
    "tag",
    [
        f"< {TJ_HEADLINE} » Агентии иттилоотии мустақил. «ҲАМСИНФ»",
        f"{TJ_HEADLINE} | Агентии иттилоотии мустақил ва ройгони ҲАМСИНФ",
    ],
)
def test_title_tag_line_over_its_headline(tag: str) -> None:
    text = f"{tag}\n\n{TJ_HEADLINE}\n\n{TJ_HEADLINE}\n{TJ_LEAD}\n{TJ_LEAD}"
    article = jm.parse_article(text)
    assert article.title == TJ_HEADLINE


def test_title_tag_line_over_a_three_word_headline() -> None:
    # Three words, the least a headline under its <title> line may have (mut20).
    short = "Бозори нав кушода"
    tag = f"< {short} » Агентии иттилоотии мустақил ва ройгони тоҷикон. «ҲАМСИНФ»"
    article = jm.parse_article(f"{tag}\n\n{short}\n\n{short}\n{TJ_LEAD}\n{TJ_LEAD}")
    assert article.title == short


def test_lead_opening_with_its_headline_words_is_no_title_tag() -> None:
    # Near miss: a first line that goes on with a sentence after the headline's words (no
    # separator and site name) is running text, and the rule does not pick the line under it.
    text = (
        f"{TJ_HEADLINE} ва мақомоти шаҳр мегӯянд, ки бозор барои деҳқонони ноҳияҳои атроф "
        "ҷойҳои ройгон дорад ва то охири моҳ пурра ба кор медарояд.\n"
        f"{TJ_HEADLINE}\n{TJ_LEAD}"
    )
    article = jm.parse_article(text)
    assert article.title is None


# -- A tag page showing its one item, bulleted ------------------------------------------------
# jamaran.news/tags/سازمان+آب: the tag's name, then «• HEADLINE» and its indented lead.


def test_bulleted_item_under_a_tag_name() -> None:
    text = (
        "سازمان آب\n\n  • ذخایر سد کرج به کمترین حد پنج سال اخیر رسید\n\n"
        "    مدیر شرکت آب منطقه‌ای گفت حجم آب پشت سد در پایان تابستان به کمترین مقدار در پنج "
        "سال گذشته رسیده و برداشت از آن با محدودیت روبه‌روست.\n"
    )
    article = jm.parse_article(text)
    assert article.title == "سازمان آب"


def test_unbulleted_headline_under_a_section_name_stays() -> None:
    # Near miss: the same page without the bullet is an article under its section's name.
    headline = "ذخایر سد کرج به کمترین حد پنج سال اخیر رسید"
    text = (
        f"سازمان آب\n\n{headline}\n\n"
        "مدیر شرکت آب منطقه‌ای گفت حجم آب پشت سد در پایان تابستان به کمترین مقدار در پنج "
        "سال گذشته رسیده و برداشت از آن با محدودیت روبه‌روست.\n"
    )
    article = jm.parse_article(text)
    assert article.title == headline
