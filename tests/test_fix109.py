"""fix109: silent values from the twenty-third real sample (docs/real_sample.md, real34).

Page-shaped texts written for these tests (the shapes are real34's; the sentences are new):
a GUID in the address is no number (#19), a doubled bar before a paper's name (#12), a
numbered body subheading under the opening paragraph (#16), the slug's words printed alone
under the headline that opens with them (#25).
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

_BODY = (
    "به گزارش روابط عمومی فرمانداری، در این نشست که با حضور مدیران دستگاه های اجرایی شهرستان "
    "برگزار شد، گزارشی از روند اجرای طرح های عمرانی و میزان پیشرفت فیزیکی آنها ارائه شد و "
    "مقرر شد گزارش بعدی تا پایان ماه آینده به فرمانداری تحویل داده شود."
)

# -- #19: a GUID in the address -------------------------------------------------------------

_GUID_PAGE = "نشست شورای اداری شهرستان با موضوع طرح های عمرانی برگزار شد\n\n" + _BODY
_GUID_URL = (
    "https://www.example-farmandari.ir/fa/news/detail/41250087-c3d1-4a5e-9f1b-0026b9a8e7f3/"
    "%D9%86%D8%B4%D8%B3%D8%AA-%D8%B4%D9%88%D8%B1%D8%A7%DB%8C-%D8%A7%D8%AF%D8%A7%D8%B1%DB%8C"
)


def test_guid_in_the_address_gives_no_number() -> None:
    record = jm.parse_article(_GUID_PAGE, url=_GUID_URL)
    assert record.number is None
    assert record.title == "نشست شورای اداری شهرستان با موضوع طرح های عمرانی برگزار شد"


def test_guid_with_a_slug_glued_and_an_extension_gives_no_number() -> None:
    url = "https://example-news.ir/news/90817263-ab12-4cde-8f01-23456789abcd-slug-words.html"
    assert jm.parse_article(_GUID_PAGE, url=url).number is None


def test_guid_in_the_address_printed_number_still_wins() -> None:
    text = "نشست شورای اداری شهرستان با موضوع طرح های عمرانی برگزار شد\nکد خبر: ۵۴۳۲۱\n\n" + _BODY
    assert jm.parse_article(text, url=_GUID_URL).number == "54321"


def test_guid_neg_id_before_a_slug_is_read() -> None:
    url = "https://example-news.ir/news/41250087-slug-words-here"
    assert jm.parse_article(_GUID_PAGE, url=url).number == "41250087"


def test_guid_neg_id_before_a_short_hex_like_slug_is_read() -> None:
    # four hex-like blocks after the digits, but no twelve-digit block: no GUID
    url = "https://example-news.ir/news/41250087-bbe7-ec11-9c39-slug"
    assert jm.parse_article(_GUID_PAGE, url=url).number == "41250087"


def test_guid_neg_two_short_numbers_stay_unread() -> None:
    url = "https://example-news.ir/news/1234-5678"
    assert jm.parse_article(_GUID_PAGE, url=url).number is None


# -- #12: « | | » and a paper's name after the headline ------------------------------------

_ARABIC_BODY = (
    "أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية واسعة للتطعيم ضد الإنفلونزا الموسمية في جميع "
    "المحافظات، وذلك بالتعاون مع المراكز الصحية والمستشفيات الحكومية، وقالت الوزارة في بيان "
    "لها إن الحملة تستمر حتى نهاية الشهر المقبل وتستهدف كبار السن والأطفال."
)
_ARABIC_HEADLINE = "وزارة الصحة تطلق حملة وطنية للتطعيم ضد الإنفلونزا الموسمية"


def test_doubled_bar_before_an_arabic_paper_name_is_cut() -> None:
    text = f"{_ARABIC_HEADLINE} | | صحيفة الوطن\n\n  • 11/12/2021\n\n{_ARABIC_BODY}"
    assert jm.parse_article(text).title == _ARABIC_HEADLINE


def test_doubled_bar_before_a_persian_paper_name_is_cut() -> None:
    headline = "آغاز طرح کاشت نهال در دامنه کوه های شمالی شهر از هفته آینده"
    text = f"{headline} | | روزنامه صبح ساحل\n\n{_BODY}"
    assert jm.parse_article(text).title == headline


def test_single_bar_before_an_arabic_agency_name_is_cut() -> None:
    text = f"{_ARABIC_HEADLINE} | وكالة الأنباء الوطنية\n\n{_ARABIC_BODY}"
    assert jm.parse_article(text).title == _ARABIC_HEADLINE


def test_doubled_bar_neg_headline_words_after_it_stay() -> None:
    headline = "وزارة الصحة تطلق حملة وطنية للتطعيم | | مجلس الأمة يناقش الميزانية غداً"
    text = f"{headline}\n\n{_ARABIC_BODY}"
    assert jm.parse_article(text).title == headline


def test_doubled_bar_neg_press_noun_alone_stays() -> None:
    text = f"{_ARABIC_HEADLINE} | صحيفة\n\n{_ARABIC_BODY}"
    assert jm.parse_article(text).title == f"{_ARABIC_HEADLINE} | صحيفة"


# -- #16: a numbered body subheading under the opening paragraph ----------------------------

_REVIEW_OPENING = (
    "در این مطلب نکات مهم نگهداری از باتری خودرو در فصل زمستان را بررسی می کنیم تا بدانید "
    "باتری خودرو چرا در هوای سرد زودتر ضعیف می شود و چه کارهایی برای افزایش عمر باتری خودرو "
    "می توانید انجام دهید. بسیاری از رانندگان تنها زمانی به باتری توجه می کنند که خودرو روشن نشود."
)
_REVIEW_SECTION = (
    "باتری خودرو در هوای سرد توان کمتری دارد و اگر خودرو مدت طولانی روشن نشود، شارژ باتری "
    "به تدریج کم می شود. بهتر است در روزهای سرد خودرو را دست کم هفته ای دو بار روشن کنید و "
    "اجازه دهید چند دقیقه کار کند تا باتری دوباره شارژ شود."
)


def test_ordinal_subheading_under_the_opening_paragraph_is_no_title() -> None:
    text = f"{_REVIEW_OPENING}\nنکته اول: شارژ باتری خودرو در هوای سرد\n{_REVIEW_SECTION}"
    record = jm.parse_article(text)
    assert record.title is None


def test_step_subheading_under_the_opening_paragraph_is_no_title() -> None:
    text = f"{_REVIEW_OPENING}\nمرحله دوم: روشن کردن خودرو و شارژ باتری\n{_REVIEW_SECTION}"
    assert jm.parse_article(text, url="https://example-car.ir/mag/?p=3120").title is None


def test_numbered_subheading_under_the_opening_paragraph_is_no_title() -> None:
    # (held on the code before fix109 too: a guard for the digits' form of the same rule)
    text = f"{_REVIEW_OPENING}\n۱. شارژ باتری خودرو در هوای سرد\n{_REVIEW_SECTION}"
    assert jm.parse_article(text).title is None


def test_ordinal_subheading_neg_headline_under_a_summary_stays() -> None:
    headline = "راهکارهای افزایش عمر باتری خودرو در هوای سرد زمستان"
    text = f"{_REVIEW_OPENING}\n{headline}\n{_REVIEW_SECTION}"
    assert jm.parse_article(text).title == headline


# -- #25: the slug's words alone under the headline that opens with them --------------------

_BLOG_URL = "https://example-health.ir/%DA%86%D8%A7%DB%8C-%D8%B2%D9%86%D8%AC%D8%A8%DB%8C%D9%84"
_BLOG_HEADLINE = "چای زنجبیل : خواص شگفت انگیز برای گلودرد و سرماخوردگی"
_BLOG_BODY = (
    "چای زنجبیل | زنجبیل از قدیمی ترین گیاهان دارویی است که در طب سنتی برای گرم کردن بدن و "
    "کاهش گلودرد به کار می رفته است. نوشیدن یک فنجان چای زنجبیل گرم در روزهای سرد می تواند "
    "به کاهش سرفه و گرفتگی بینی کمک کند.\n\n"
    "برای تهیه این نوشیدنی چند برش زنجبیل تازه را در آب جوش بریزید و بگذارید ده دقیقه دم "
    "بکشد، سپس کمی عسل و آب لیمو به آن اضافه کنید."
)


def test_slug_words_alone_give_way_to_the_headline_opening_with_them() -> None:
    text = f"{_BLOG_HEADLINE}\n\n·\n\n·\n\n, ,\nچای زنجبیل\n\n{_BLOG_BODY}"
    record = jm.parse_article(text, url=_BLOG_URL)
    assert record.title == _BLOG_HEADLINE


def test_slug_words_neg_headline_not_opening_with_them_leaves_slug_line() -> None:
    headline = "خواص شگفت انگیز یک نوشیدنی گرم برای گلودرد و سرماخوردگی"
    text = f"{headline}\n\n·\n\n·\n\n, ,\nچای زنجبیل\n\n{_BLOG_BODY}"
    assert jm.parse_article(text, url=_BLOG_URL).title == "چای زنجبیل"


def test_slug_words_neg_longer_line_below_leaves_slug_line() -> None:
    # the slug's words over a longer line opening with them: a section's name over an item
    text = f"چای زنجبیل\n\nچای زنجبیل و عسل برای سرماخوردگی کودکان\n\n{_BLOG_BODY}"
    assert jm.parse_article(text, url=_BLOG_URL).title == "چای زنجبیل"


# -- #14: an ID glued to the slug by an underscore -------------------------------------------

_HEALTH_PAGE = (
    "پژوهشگران دانشگاه از کشف گونه تازه ای از کنه ها در جنگل های شمال کشور خبر دادند.\n\n"
    "این پژوهشگران در سفری علمی به جنگل های شمال نمونه هایی از خاک و برگ درختان را جمع آوری "
    "کردند و در آزمایشگاه دریافتند که یکی از نمونه ها به هیچ گونه شناخته شده ای شباهت ندارد."
)


def test_underscore_glued_id_is_read() -> None:
    url = (
        "https://www.example-health.ir/58214_%DA%A9%D8%B4%D9%81-%DA%AF%D9%88%D9%86%D9%87"
        "-%D8%AA%D8%A7%D8%B2%D9%87.html/"
    )
    assert jm.parse_article(_HEALTH_PAGE, url=url).number == "58214"


def test_underscore_glued_id_neg_date_code_and_short_number_stay_unread() -> None:
    for url in (
        "https://example-radio.com/persian/world/2011/09/110928_l42_education_minister",
        "https://example-health.ir/1402_slug-words.html",
        "https://example-health.ir/tag/58214_slug-words",
        "https://example-health.ir/09121234567_slug-words.html",
    ):
        assert jm.parse_article(_HEALTH_PAGE, url=url).number is None, url


# -- #4: a news site's tagline over its lead ---------------------------------------------------

_PROVINCE_LEAD = (
    "با حضور مدیر کل فرهنگ و ارشاد اسلامی استان، نمایشگاه عکس «رنگ های پاییز» در نگارخانه "
    "مرکزی شهر گشایش یافت.\n"
    "به گزارش تابان، در این نمایشگاه که تا پایان هفته آینده دایر است، چهل قطعه عکس از "
    "عکاسان جوان استان به نمایش گذاشته شده و علاقه مندان می توانند هر روز از ساعت ده تا "
    "دوازده از آن بازدید کنند."
)


@pytest.mark.parametrize(
    "tagline",
    [
        "تابان، نخستین پایگاه خبری دارای مجوز در استان",
        # mut28 (mutant 17; the C tests before the pattern): «تنها», and a Latin comma
        "تابان، تنها پایگاه خبری دارای مجوز در استان",
        "تابان, اولین پایگاه خبری دارای مجوز در استان",
    ],
)
def test_outlet_tagline_over_the_lead_is_no_title(tagline: str) -> None:
    text = f"{tagline}\n\n{_PROVINCE_LEAD}"
    record = jm.parse_article(text)
    assert record.title is None
    assert "title-uncertain" in {warning.code for warning in record.warnings}


def test_outlet_tagline_neg_headline_with_its_verb_stays() -> None:
    headline = "تابان، نخستین پایگاه خبری دارای مجوز در استان شد"
    text = f"{headline}\n\n{_PROVINCE_LEAD}"
    assert jm.parse_article(text).title == headline


def test_outlet_tagline_neg_first_base_of_another_kind_stays() -> None:
    headline = "بوشهر، نخستین پایگاه امداد دریایی جنوب کشور"
    text = f"{headline}\n\n{_PROVINCE_LEAD}"
    assert jm.parse_article(text).title == headline


def test_slug_words_neg_longer_line_going_on_without_a_mark_leaves_slug_line() -> None:
    # the headline goes on from the slug's words with no colon, dash or bar (tests/pages 639)
    text = f"چای زنجبیل برای گلودرد و سرماخوردگی\n\n·\n\nچای زنجبیل\n\n{_BLOG_BODY}"
    assert jm.parse_article(text, url=_BLOG_URL).title == "چای زنجبیل"


def test_underscore_glued_id_neg_a_section_before_the_items_slug_stays_unread() -> None:
    # mut28 (mutant 12): the glued number is read only when its segment ends the path; a
    # section's code glued to its name, then the item's own slug, names the section.
    url = "https://example-health.ir/10025_health-news/%DA%A9%D8%B4%D9%81-%DA%AF%D9%88%D9%86%D9%87"
    assert jm.parse_article(_HEALTH_PAGE, url=url).number is None


def test_slug_words_of_four_alone_give_way_to_the_headline_opening_with_them() -> None:
    # mut28 (mutant 18): a focus keyword of four words printed alone is still the slug's
    # phrase (SLUG_PHRASE_WORDS), and the headline opening with it wins.
    url = "https://example-health.ir/%DA%86%D8%A7%DB%8C-%D8%B2%D9%86%D8%AC%D8%A8%DB%8C%D9%84-%D9%88-%D8%B9%D8%B3%D9%84"
    headline = "چای زنجبیل و عسل : نوشیدنی گرم برای روزهای سرد زمستان"
    body = _BLOG_BODY.replace("چای زنجبیل |", "چای زنجبیل و عسل |", 1)
    text = f"{headline}\n\n·\n\n·\n\n, ,\nچای زنجبیل و عسل\n\n{body}"
    assert jm.parse_article(text, url=url).title == headline


_SITE_NOTICE = (
    "فعالیت این وب سایت از هفته آینده به نشانی تازه منتقل می شود و از همراهی همیشگی شما "
    "خوانندگان گرامی سپاسگزاریم، لطفا نشانی تازه را به خاطر بسپارید."
)


@pytest.mark.parametrize(
    "subheading", ["نکته اول: شارژ باتری خودرو در هوای سرد", "۱. شارژ باتری خودرو در هوای سرد"]
)
def test_ordinal_subheading_under_a_notice_sharing_no_words_is_no_title(subheading: str) -> None:
    # mut28 (mutant 23): under an opening paragraph that shares none of its words (a site's
    # notice's shape), a numbered subheading over its section is still no headline.
    text = f"{_SITE_NOTICE}\n{subheading}\n{_REVIEW_SECTION}"
    assert jm.parse_article(text).title is None
