"""mut37: tests that kill the survivors of benchmarks/hand_mutants_37.py (fix162, fix166,
fix168-fix171).

Each test pins a reading main 00629bae gives and the named mutant changes (docs/reliability.md
«The thirty-seventh round: fix162, fix166, fix168-fix171 under mutation»). Shapes from the
fixes' own tests (tests/test_fix162.py ... test_fix171.py); the sentences are written for
these tests.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm
from jalali_meta.testing import url_number


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _doubted(article: jm.Article) -> bool:
    return "title-uncertain" in _codes(article)


DATE = "۱۲ آذر ۱۴۰۲"
BODY = (
    "اعضای شورای شهر در نشست روز گذشته گزارش شهرداری را شنیدند و پس از گفت‌وگو درباره "
    "هزینه‌ها با اکثریت آرا به آن رای دادند.\n\n"
    "رئیس شورا گفت گزارش کامل این نشست تا پایان هفته در پایگاه شورا منتشر می‌شود.\n"
)


# -- fix162 -----------------------------------------------------------------------------------
def test_headline_opening_with_a_word_spelt_from_ra_is_not_doubted_neg() -> None:
    """«رای ...», «راه‌اندازی ...» open with the letters of «را» but not the object's mark (1)."""
    for headline in (
        "رای نهایی شورای شهر درباره بودجه سال آینده اعلام شد",
        "راه‌اندازی خط تازه اتوبوس در شرق شهر",
    ):
        article = jm.parse_article(f"{headline}\n\n{DATE}\n\n{BODY}")
        assert article.title == headline
        assert not _doubted(article), headline


def test_exclaimed_vocative_without_the_first_person_is_doubted() -> None:
    """«ای ...!» over a text restating it, no «من»: a poem's address, doubted (9)."""
    line = "ای روستای سبز ای خانه کودکی ما!"
    body = (
        "ای روستای سبز که خانه کودکی ما بودی، امروز پس از سه سال دوباره به تو برگشتیم و همه "
        "چیز همان‌طور بود که در خاطرمان مانده بود.\n"
        "فردا با پسرعموها به باغ قدیمی خانواده سر می‌زنیم.\n"
    )
    article = jm.parse_article(f"{line}\n\n{body}")
    assert article.title is None or _doubted(article)


def test_headline_with_its_verb_over_an_auxiliary_alone_is_not_doubted_neg() -> None:
    """A headline ending on its own verb over a stray «است»: nothing cut short (0)."""
    headline = "سد بزرگ شمال شهر پس از ده سال ساخت به بهره‌برداری رسید"
    article = jm.parse_article(f"{headline}\nاست\n\n{DATE}\n\n{BODY}")
    assert article.title == headline
    assert not _doubted(article)


# -- fix166 -----------------------------------------------------------------------------------
_HEADLINE = "آغاز توزیع بذر گندم مقاوم به خشکی میان کشاورزان شهرستان"
_LEAD = (
    "مدیر جهاد کشاورزی شهرستان با اشاره به آغاز فصل کشت پاییزه، گفت: بذر گندم مقاوم به "
    "خشکی از طریق تعاونی های روستایی و بر اساس سطح زیر کشت هر کشاورز توزیع می شود و این "
    "کار تا پایان آبان ادامه دارد."
)


def test_update_stamp_between_two_statistics_lines_is_the_sites() -> None:
    """«کل بازدید» / «آخرین به روزرسانی : ...» / «شناسه IP شما»: two statistics lines make
    the box (15: three wanted)."""
    stats = (
        "  • کل بازدید : 4,803,117\n"
        "  • آخرین به روزرسانی : 11 آبان 1403 09:12:40\n"
        "  • شناسه IP شما : 198.51.100.7\n"
    )
    text = f"{_HEADLINE}\n\n{_LEAD}\n\nکد خبر: 2214\n  تاریخ خبر : 3 مهر 1401\n\n{stats}"
    article = jm.parse_article(text, url="https://water.example.ir/News/118/2214/")
    assert article.updated is None
    assert "site-stamp" in _codes(article)


def test_update_label_in_the_item_header_beside_visit_counts_is_read_neg() -> None:
    """The item's header prints its update and its visits of today and all time: the update
    is the item's, the header no sidebar (14)."""
    text = (
        f"{_HEADLINE}\n"
        "تاریخ انتشار: 3 مهر 1401\n"
        "آخرین به روزرسانی: 5 مهر 1401 10:20\n"
        "بازدید امروز: 12\n"
        "کل بازدید: 120\n"
        f"{_LEAD}\n"
    )
    article = jm.parse_article(text)
    assert article.updated is not None
    assert "site-stamp" not in _codes(article)


def test_post_icon_label_with_no_full_date_is_no_label_neg() -> None:
    """«پستتاریخ: 14 مهر» (no year): no label read, so no «not-a-date» warning (16)."""
    forum = (
        "تاريخچه سفال لالجين همدان\n\n"
        "پستتاریخ: 14 مهر    عنوان: تاريخچه سفال لالجين همدان\n\n"
        "لالجين از مراكز كهن سفالگري ايران است و بيشتر خانواده هاي آن در كارگاه هاي كوچك "
        "خانگي ظرف هاي لعابي مي سازند.\n\n"
        "نقش هاي آبي و فيروزه اي از ويژگي هاي اين سفالگري است.\n"
    )
    url = "https://forum.example.ir/modules.php?name=Forums&file=viewtopic&t=4127"
    article = jm.parse_article(forum, url=url)
    assert article.published is None
    assert "not-a-date" not in _codes(article)


_TAG_NAME = "آغاز توزیع بذر گندم مقاوم به خشکی و افزایش سطح کشت پاییزه در ۱۲ روستا"
_TAG_ITEM = "آغاز توزیع بذر گندم مقاوم به خشکی"


def test_long_line_over_a_bulleted_kicker_is_no_list_name_neg() -> None:
    """A line of a headline's length over the first item's bulleted kicker, no date badge:
    not the list's name (20: any skipped line counted as the date)."""
    text = (
        "  • امروز : یکشنبه, ۱۶ مهر , ۱۴۰۲\n\n"
        f"{_TAG_NAME}\n\n"
        "• از جهاد کشاورزی\n"
        f"{_TAG_ITEM}\n"
        "مدیر جهاد کشاورزی شهرستان خبرداد:\n\n"
        f"{_TAG_ITEM}\n\n"
        "مدیر جهاد کشاورزی شهرستان گفت: بذر گندم مقاوم به خشکی از این هفته میان "
        "کشاورزان ۱۲ روستا توزیع می شود و سطح کشت پاییزه امسال افزایش می یابد.\n"
    )
    url = "https://localnews.example.ir/tag/%d8%a8%d8%b0%d8%b1-%da%af%d9%86%d8%af%d9%85/"
    assert jm.parse_article(text, url=url).title != _TAG_NAME


@pytest.mark.parametrize("above", ["وضعیت آب و هوای اراک", "از ویکی‌پدیا، دانشنامهٔ آزاد"])
def test_line_set_aside_over_an_institution_is_never_the_title(above: str) -> None:
    """A weather widget's heading or a wiki's tagline over an institution's name: the line
    set aside as never a title takes nothing over (25: it came back as the rival)."""
    lead = (
        "رئیس دانشکده فنی شهرستان گفت: آزمایشگاه تازه این دانشکده از مهر سال آینده پذیرای "
        "دانشجویان رشته های برق و مکانیک خواهد بود.\n\nوی افزود: برای تجهیز این آزمایشگاه "
        "8 میلیارد ریال از محل اعتبارات استانی هزینه شده است.\n"
    )
    text = f"{above}\nسازمان فنی و حرفه‌ای استان مرکزی\n{DATE}\n{lead}"
    assert jm.parse_article(text).title != above


def test_dated_lettered_key_stays_unread_neg() -> None:
    """«/event/14020512admin»: the digits are a day (1402-05-12), no item key (17)."""
    assert url_number("https://office.example.ir/event/14020512admin") is None


# -- fix168 -----------------------------------------------------------------------------------
_GAP = " " * 13
_SITE = "انجمن مجازی نیکوکاران"
_BANNER = "  •   شنبه ۱۶ بهمن ۱۴۰۰"
_ESSAY = (
    "کسی که بخشی از دارایی خود را برای همیشه به کار نیک می‌سپارد، سال‌ها پس از خود نیز در "
    "زندگی دیگران سهم دارد؛ مدرسه‌ها، کتابخانه‌ها و درمانگاه‌های بسیاری در شهرهای ما از همین "
    "راه ساخته شده‌اند و هنوز هم به مردم خدمت می‌کنند."
)
_FOUR = [
    "جشنواره کتاب کودک با حضور نویسندگان استان در سنندج",
    "راهنمای پرداخت صدقه و نذورات به صورت برخط",
    "پاسخ کارشناسان به پرسش‌های حقوقی خیریه‌های تازه‌تاسیس",
    "افتتاح کارگاه خیاطی بانوان سرپرست خانوار در بیرجند",
]


def _portal(*top: str) -> str:
    return "\n".join([*top, "", "آخرین اخبار", "", "0", "", _ESSAY]) + "\n"


def test_ticker_of_four_items_three_gaps() -> None:
    """Four items, three wide gaps: a ticker (28: four gaps wanted)."""
    article = jm.parse_article(_portal(_SITE, _BANNER, _GAP.join(_FOUR)))
    assert article.title is None
    assert article.published is None


def test_long_line_over_the_banner_is_no_site_name_neg() -> None:
    """Nine words over the banner and ticker: no site's name, the rule stands back (29)."""
    line = "نشست هم‌اندیشی خیرین مدرسه‌ساز استان‌های شمالی کشور در شهر ساری"
    article = jm.parse_article(_portal(line, _BANNER, _GAP.join(_FOUR * 2)))
    assert article.title == line


def test_html_block_named_today_holding_blocks_is_read() -> None:
    """A «today» block wrapping the article's own blocks is no banner (30)."""
    pytest.importorskip("selectolax")
    html = (
        '<html dir="rtl"><head><meta charset="UTF-8"><title>x</title></head><body>'
        f'<div class="today"><p>{_HEADLINE}</p><p>{DATE}</p><p>{_LEAD}</p></div>'
        "</body></html>"
    )
    article = jm.parse_html(html)
    assert article.title == _HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1402, 9, 12)


# -- fix169 -----------------------------------------------------------------------------------
_PRINT_HEADER = "زمان : 01 Dey 1404 - 15:33\nشناسه : 217373\nبازدید : 1154\n"
_PRINT_LEAD = (
    "کاشان‌نامه؛ جشنواره سالانه گلاب‌گیری با حضور صدها گردشگر برگزار شد و در آن از "
    "کشاورزان پیشکسوت روستا قدردانی شد.\n\n"
    "به گزارش کاشان‌نامه؛ در این جشنواره کشاورزان روش‌های سنتی گلاب‌گیری را به گردشگران "
    "نشان دادند.\n"
)


def test_one_word_said_over_and_over_is_no_headline_twice_neg() -> None:
    """«خبر خبر خبر ...» opening the lead's line: no headline printed twice (42)."""
    text = _PRINT_HEADER + "خبر " * 12 + _PRINT_LEAD
    assert jm.parse_article(text).title != "خبر خبر خبر خبر خبر"


def test_title_tag_twice_under_a_header_is_no_headline_neg() -> None:
    """«SITE - SLOGAN» twice under the header lines: a <title>'s marks, no headline (43)."""
    site = "شهرنامه - پایگاه خبری شهرنامه"
    text = _PRINT_HEADER + f"{site} {site} " + _PRINT_LEAD
    assert jm.parse_article(text).title != site


def test_article_number_with_a_sub_number_opens_a_headline_neg() -> None:
    """«ماده ۱۰-۲ ...»: a dash and a digit, a sub-article's number, no clause mark (40)."""
    headline = "ماده ۱۰-۲ آیین‌نامه آموزشی دانشگاه‌ها اصلاح شد"
    article = jm.parse_article(f"{headline}\n\n{DATE}\n\n{BODY}")
    assert article.title == headline


# -- fix170 -----------------------------------------------------------------------------------
_NAME = "گلیم‌بافی"
_ITEM = "نمایشگاه صنایع دستی روستاهای شهرستان در فرهنگسرا گشایش یافت"
_TEASER = (
    "نمایشگاه صنایع دستی روستاهای شهرستان با حضور فرماندار و جمعی از هنرمندان بومی "
    "در فرهنگسرای شهر گشایش یافت و تا پایان هفته برای بازدید عموم دایر است"
)


@pytest.mark.parametrize("label", [f"دسته‌بندی: {_NAME}", f"بایگانی دسته: {_NAME}", "دسته :"])
def test_category_label_over_the_name_is_a_list(label: str) -> None:
    """A category's label, its value the name or empty (48: only tags kept)."""
    article = jm.parse_article(f"{label}\n\n{_NAME}\n\n{_ITEM}\n\n{_TEASER}.\n")
    assert article.title == _NAME
    assert "listing-page" in _codes(article)


def test_joined_names_under_an_archive_label_stay_doubted() -> None:
    """«آرشیو تگ: NAME | SITE» over «NAME | SITE», one cut teaser: the list named, the
    joined names doubted (49: the lone item's doubt left in place hid it)."""
    name = f"{_NAME} | نوای دشت"
    article = jm.parse_article(f"آرشیو تگ: {name}\n\n{name}\n\n{_ITEM}\n\n{_TEASER}…\n")
    assert article.title == name
    assert {"listing-page", "title-uncertain"} <= _codes(article)


# -- fix171 -----------------------------------------------------------------------------------
_WALK = (
    "صبح زود با خانواده به طرف دریاچه راه افتادیم و نزدیک ظهر به کنار آب رسیدیم و زیر سایه "
    "درختان بید ناهار خوردیم و بعد از کمی استراحت با قایق کوچکی دور دریاچه گشتیم و پرندگان "
    "مهاجر را تماشا کردیم که روی آب نشسته بودند و غروب خسته اما شاد به شهر برگشتیم.\n"
)


def test_plural_label_over_one_paragraph_and_a_source_line_neg() -> None:
    """A source's label under the paragraph is no tags or category footer (53)."""
    article = jm.parse_article(f"خاطره‌های سفر\n{_WALK}منبع: همشهری\n")
    assert article.title == "خاطره‌های سفر"
    assert not _doubted(article)


_LAB_HEAD = "بازدید دانشجویان مهندسی عمران از سد کرخه"
_LAB_ITEM = (
    f"{_LAB_HEAD}\n۱۲ آبان ۱۴۰۲\n\nدانشجویان سال سوم مهندسی عمران دانشگاه امروز از سد کرخه "
    "و نیروگاه آن بازدید کردند و با کار بخش‌های گوناگون سد آشنا شدند.\n\nاستاد راهنمای "
    "بازدید گفت بازدید بعدی از سد دز خواهد بود.\n"
)


def test_section_slug_with_two_possessives_at_paged_2() -> None:
    """«our» and «their» are function words: three content words, a section (55)."""
    url = "https://civil.example.ac.ir/news-for-our-students-and-their-parents/?paged=2"
    article = jm.parse_article(_LAB_ITEM, url=url)
    assert article.title is None or _doubted(article)
