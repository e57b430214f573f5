"""Silent titles of the sixth real sample (real17, docs/real_sample.md): a newspaper's desk and
reporter line, a journal's numbered affiliations and a rating widget's scale are never the
headline; a section's later page (``?page=N``) is a list; a «تعریف» section heading alone is no
title; and an entry's name whose text opens by defining it is its title.

The pages are written for these tests; each mirrors the layout of the real page named."""

from __future__ import annotations

import pytest

import jalali_meta as jm

LEAD = (
    "کارشناسان می‌گویند شهرهای ساحلی کشور هنوز برای باران‌های شدید آماده نیستند و "
    "بسیاری از آبراهه‌های قدیمی در سال‌های گذشته با ساخت‌وساز بسته شده است. به گفته آنان "
    "بازگشایی این مسیرها و ساخت مخزن‌های کوچک در حاشیه شهر هزینه کمتری از جبران خسارت دارد."
)
MORE = (
    "مدیران شهری نیز تأکید کرده‌اند که طرح لایروبی رودخانه‌ها از ماه آینده آغاز می‌شود و "
    "گزارش پیشرفت آن هر هفته منتشر خواهد شد تا شهروندان در جریان کار باشند."
)


def title(text: str, url: str | None = None) -> str | None:
    return jm.parse_article(text, url=url).title


def codes(text: str, url: str | None = None) -> set[str]:
    return {warning.code for warning in jm.parse_article(text, url=url).warnings}


# -- A newspaper's desk and reporter («گروه ...| NAME|»: taadolnewspaper.ir) --------------------

DESK_PAGE = (
    "سه راه برای کاهش خسارت سیل در شهرهای ساحلی\n\n"
    "۱۴۰۲/۰۳/۱۲ - ۰۰:۰۰:۰۰\nکد خبر: ۸۸۱۲۳\n\n"
    "{desk}\n\n" + LEAD + "\n\n" + MORE + "\n"
)


@pytest.mark.parametrize(
    "desk",
    [
        "گروه راه و شهرسازی| مینا رستمی|",
        "گروه محیط زیست| مینا رستمی",
        "سرویس اجتماعی | علی اکبر نوری |",
        "گروه بانک و بیمه|",
    ],
)
def test_desk_and_reporter_line_is_not_the_headline(desk: str) -> None:
    """The desk and its reporter between the header and the lead never beat the headline."""
    expected = "سه راه برای کاهش خسارت سیل در شهرهای ساحلی"
    assert expected == title(DESK_PAGE.format(desk=desk))


def test_headline_opening_with_a_group_stays_the_title() -> None:
    """A headline about a group, a bar and a clause after it, is still the headline."""
    headline = "گروه هکری ناشناس| به سامانه‌های چند بانک حمله کرد"
    page = f"{headline}\n\n{LEAD}\n\n{MORE}\n"
    assert headline == title(page)


# -- A journal article's numbered affiliations (jmds.mums.ac.ir, medrehab.sbmu.ac.ir) --------

ARTICLE_TITLE = "اثر تمرین منظم بر کیفیت خواب سالمندان ساکن خانه‌های سالمندان شهر مشهد"


@pytest.mark.parametrize(
    "affiliations",
    [
        (
            "1 استادیار گروه فیزیولوژی، دانشکده پزشکی، دانشگاه علوم پزشکی مشهد، مشهد، ایران",
            "2 پزشک عمومی، شیراز، ایران",
        ),
        (
            "1- گروه پرستاری، دانشکده پرستاری، دانشگاه علوم پزشکی اراک، ایران.",
            "2- گروه آمار زیستی، دانشکده بهداشت، دانشگاه اراک، اراک، ایران. ، n.karimi@example.ac.ir",
        ),
        (
            "1 Department of Physiology, School of Medicine, Tabriz, Iran.",
            "2 Nursing Care Research Center, Mashhad, Iran",
        ),
    ],
)
def test_numbered_affiliations_are_not_the_title(affiliations: tuple[str, str]) -> None:
    """The last author's short affiliation, nearest the abstract, never beats the title."""
    first, second = affiliations
    page = (
        f"{ARTICLE_TITLE}\n\nنوع مقاله : مقاله پژوهشی\n\nنویسندگان\n\n{first}\n\n{second}\n\n"
        f"چکیده\n\nمقدمه: {LEAD}\n{MORE}\n"
    )
    assert title(page) == ARTICLE_TITLE


def test_numbered_headline_naming_a_country_stays_the_title() -> None:
    """A listicle's numbered headline ending with «ایران» is no affiliation (no commas)."""
    headline = "5 روستای دیدنی گیلان در شمال ایران"
    assert headline == title(f"{headline}\n\n{LEAD}\n\n{MORE}\n")


# -- A rating widget's scale run into one line (2feeds.com) -----------------------------------


def test_rating_scale_is_not_the_headline() -> None:
    """The widget's labels glued into one line under «اهمیت موضوع:» never beat the headline."""
    headline = "سیل در جنوب کشور؛ شهرها چقدر آماده‌اند؟"
    page = (
        f"Loading...\n\n{headline}\n\nاهمیت موضوع:\nبی اهمیتکم اهمیتمتوسطمهمخیلی مهم\n"
        f"Loading...\n\n{LEAD}\n\n{MORE}\n"
    )
    assert headline == title(page)


def test_headline_of_scale_words_stays_the_title() -> None:
    """A headline using scale words among others is still the headline."""
    headline = "خوب و بد بازار مسکن در سال جدید"
    assert headline == title(f"{headline}\n\n{LEAD}\n\n{MORE}\n")


# -- A section's later page, «?page=N» (sornakhabar.com) ---------------------------------------

SECTION_PAGE = (
    "کارگردان نمایش:\n"
    "امیدواریم اجرای این نمایش تا پایان ماه تمدید شود\n"
    "نمایش تازه این گروه قرار بود از اول ماه در سالن کوچک تئاتر شهر روی صحنه برود، اما اجرا به…\n"
    "نمایش تازه این گروه قرار بود از اول ماه در سالن کوچک تئاتر شهر روی صحنه برود، اما اجرا به…\n"
    "دو کارگردان جوان نمایش‌های تازه خود را برای اجرا در تماشاخانه‌ای در مرکز شهر آماده می‌کنند.\n"
    "مدیر یک تماشاخانه از آغاز فروش بلیت نمایش‌های فصل تازه و تخفیف ویژه دانشجویان خبر داد.\n"
)


def test_later_page_of_a_section_is_a_list() -> None:
    """At «/بخش-NAME-N/?page=26» the first item's headline is not the page's title."""
    url = "https://news.example.ir/بخش-تئاتر-4/?page=26"
    article = jm.parse_article(SECTION_PAGE, url=url)
    assert article.title is None
    assert "listing-page" in {warning.code for warning in article.warnings}


@pytest.mark.parametrize(
    "url",
    [
        "https://uni.example.ac.ir/index.aspx?page=863&pageid=14931&siteid=1",
        "https://news.example.ir/news/45821/نمایش-تازه?page=2",
        "https://news.example.ir/show?page=1200",
    ],
)
def test_page_key_with_an_item_is_no_list(url: str) -> None:
    """A page ID beside other keys, an item's ID in the path or a number too long for a
    page count names one page, not a list's later page."""
    headline = "سه راه برای کاهش خسارت سیل در شهرهای ساحلی"
    assert "listing-page" not in codes(f"{headline}\n\n{LEAD}\n\n{MORE}\n", url=url)


# -- A «تعریف» section heading alone (pogc.ir) -------------------------------------------------


def test_definition_heading_alone_is_no_title() -> None:
    """A company page opening with its «تعریف» (Definition) section prints no headline."""
    page = f"تعریف\n{LEAD}\n\n{MORE}\n"
    assert title(page) is None


# -- An entry's name that the text opens by defining (takbook.com) ---------------------------

ENTRY_PAGE = (
    "جستجو در کتابخانه با گوگل!\n\n"
    "پایبندی پایگاه کتابخانه حقوقی به قوانین جمهوری اسلامی ایران\n\n"
    "{name}\n\n1,204\n\nبازدید\n\n"
    "{opening} وزارتخانه‌های کشور است که تأمین آب و برق و مدیریت منابع آن را بر عهده دارد و "
    "وزیر آن از سوی رئیس جمهور به مجلس معرفی می‌شود. این وزارتخانه شرکت‌های تابعه بسیاری "
    "در استان‌ها دارد.\n"
)


@pytest.mark.parametrize("opening", ["وزارت نیرو یکی از", "وزارت نیرو، یکی از"])
def test_entry_name_defined_by_the_text_is_the_title(opening: str) -> None:
    """A two-word entry name, its text opening by defining it, beats the site's tagline."""
    assert title(ENTRY_PAGE.format(name="وزارت نیرو", opening=opening)) == "وزارت نیرو"


def test_kicker_over_a_headline_is_not_an_entry_name() -> None:
    """A short kicker whose words open the lead, a headline between them, stays a kicker."""
    headline = "قطعی برق در تابستان امسال کاهش می‌یابد"
    page = (
        f"وزارت نیرو\n\n{headline}\n\n"
        "وزارت نیرو، با اشاره به افزایش تولید نیروگاه‌ها اعلام کرد برنامه خاموشی امسال "
        "کوتاه‌تر از سال گذشته خواهد بود و جدول آن هفته آینده منتشر می‌شود.\n\n" + MORE + "\n"
    )
    assert headline == title(page)


def test_numbered_headline_with_one_comma_before_the_country_stays_the_title() -> None:
    """«5 Things to Do in Shiraz, Iran»: one comma before the country is a place's name, no
    affiliation (which parts a department, a faculty, a city: two commas at least)."""
    headline = "5 Things to Do in Shiraz, Iran"
    assert headline == title(f"{headline}\n\n{LEAD}\n\n{MORE}\n")


def test_institution_entry_defined_by_the_text_is_not_doubted() -> None:
    """An institution's name alone over a text that opens by defining it is the entry's
    title, not a site's name: kept without a warning."""
    page = (
        "وزارت دادگستری\n\n"
        "وزارت دادگستری یکی از وزارتخانه‌های ایران است که ارتباط میان قوه قضاییه و قوای "
        "مجریه و مقننه را بر عهده دارد و وزیر آن را رئیس جمهور به مجلس معرفی می‌کند.\n"
    )
    article = jm.parse_article(page)
    assert article.title == "وزارت دادگستری"
    assert "title-uncertain" not in {notice.code for notice in article.warnings}
