"""fix117: blind49's failures (tests/pages 1560-1575), each rule with a positive case that
fails on the code before it and a near miss where it must not fire. The shapes are the real
pages' (tests/pages/SOURCES.md, section 1560-1579); the words are new."""

from __future__ import annotations

from tests.checks import iso, to_minute
from tests.checks import warning_code_list as codes

import jalali_meta as jm


def published(article: jm.Article) -> str | None:
    """The published value as the page goldens write it."""
    return to_minute(iso(article.published))


# -- 1570: «/show/news/ID/category.html», a route's view word after the item's ID ----------

EXAM_HEADLINE = "زمان ثبت نام آزمون استخدامی معلمان اعلام شد"
EXAM_TEXT = (
    EXAM_HEADLINE + "\n\n"
    "نامه شهر: معاون وزیر آموزش و پرورش گفت: ثبت نام آزمون استخدامی معلمان از نیمه تیرماه "
    "آغاز می‌شود و یک هفته ادامه دارد.\n\n"
    "به گزارش نامه شهر؛ معاون وزیر آموزش و پرورش گفت: داوطلبان می‌توانند پس از انتشار "
    "دفترچه راهنما در درگاه سازمان ثبت نام کنند و کارت ورود به جلسه را بگیرند.\n\n"
    "وی افزود: نتایج این آزمون تا پایان شهریور اعلام خواهد شد و پذیرفته‌شدگان از مهرماه "
    "در مدارس کشور به کار مشغول می‌شوند.\n"
)


def test_category_word_after_an_items_id_names_one_item() -> None:
    """«/show/news/4393/category.html»: the last segment «category» after an item's segment
    and its ID is the route's view of that item, no category's list: the ID is read and the
    headline over the «SITE: ...» lead is the title."""
    article = jm.parse_article(EXAM_TEXT, url="http://example.ir/show/news/4393/category.html")
    assert (article.title, article.number) == (EXAM_HEADLINE, "4393")
    assert "listing-page" not in codes(article)


def test_category_word_after_a_year_stays_a_list() -> None:
    """-neg: after a year-like number («/show/news/1402/category.html») the address may be a
    year's category archive: still a list, no number."""
    article = jm.parse_article(EXAM_TEXT, url="http://example.ir/show/news/1402/category.html")
    assert article.number is None
    assert "listing-page" in codes(article)


def test_category_segment_before_the_end_stays_a_list() -> None:
    """-neg: «/news/4393/category/sport»: the list word is not the address's last segment."""
    article = jm.parse_article(EXAM_TEXT, url="http://example.ir/news/4393/category/sport")
    assert "listing-page" in codes(article)


# -- 1560: «SITE / LEAD» printed above the headline, under the code and date lines ----------

RAIN_HEADLINE = "بارش برف در ارتفاعات مازندران آغاز شد / هشدار لغزندگی جاده‌ها در کندوان"
FIRST = (
    "مدیر کل هواشناسی استان مازندران روز گذشته در گفت‌وگو با خبرنگاران از کاهش دما و "
    "بارش برف در ارتفاعات مازندران از بعدازظهر پنجشنبه خبر داده بود."
)
RAIN_LEAD = (
    "پیام شمال / بارش برف که اداره‌کل هواشناسی مازندران پیش‌بینی کرده بود از ساعتی پیش "
    "در ارتفاعات مازندران و جاده کندوان آغاز شده است."
)
RAIN_REST = (
    "\n\nمرتبط:\n\n" + FIRST + "\n\n"
    "پلیس راه استان نیز از رانندگان خواست بدون زنجیر چرخ به جاده کندوان نروند و از "
    "سرعت خود در گردنه‌ها بکاهند تا از تصادف پیشگیری شود.\n"
)
RAIN_HEADER = "\nکد خبر: ۵۵۴۴۳۳\nتاریخ انتشار: ۲۰ آبان ۱۴۰۲ - ۰۹:۴۰\n\n"


def test_headline_under_a_site_slash_lead() -> None:
    """A body paragraph over the code and date lines, then the lead opening with the site's
    name and a slash, then the headline: the line under the lead is the title."""
    text = FIRST + RAIN_HEADER + RAIN_LEAD + "\n\n" + RAIN_HEADLINE + RAIN_REST
    article = jm.parse_article(text)
    assert article.title == RAIN_HEADLINE
    assert article.number == "554433"
    assert published(article) == "2023-11-11T09:40+03:30"
    assert "title-uncertain" not in codes(article)


def test_lead_without_the_site_slash_gives_no_title() -> None:
    """-neg: the same lead without «SITE /»: a paragraph and a short line under it, nothing
    says which is the lead and which the headline: no title (as before)."""
    lead = RAIN_LEAD.replace("پیام شمال / ", "")
    article = jm.parse_article(FIRST + RAIN_HEADER + lead + "\n\n" + RAIN_HEADLINE + RAIN_REST)
    assert article.title is None


def test_site_slash_headline_is_no_lead() -> None:
    """-neg: «SITE / HEADLINE» printed as the headline itself (no sentence: not a paragraph)
    over the lead: the rule takes no line under it."""
    headline = "پیام شمال / بارش برف در ارتفاعات مازندران آغاز شد"
    text = (
        FIRST + RAIN_HEADER + headline + "\n\n" + RAIN_LEAD.replace("پیام شمال / ", "") + RAIN_REST
    )
    article = jm.parse_article(text)
    assert article.title is None  # as before the rule: no line under it is taken


# -- 1564/1565: an Azerbaijani site's clock ----------------------------------------------------

BAKU_TEXT = (
    "قطار تازه میان باکو و آستارا به راه افتاد\n\n"
    "نخستین قطار مسافری تازه میان باکو و آستارا امروز با دویست مسافر حرکت کرد و مسئولان "
    "راه آهن از افزایش سفرها در ماه‌های آینده خبر دادند.\n\n"
    "این قطار هفته‌ای سه بار میان دو شهر رفت و آمد می‌کند و بلیت آن از درگاه راه آهن "
    "فروخته می‌شود.\n\n"
    "تاریخ\n{date}\n"
)


def test_az_host_keeps_bakus_clock() -> None:
    """«2024.07.10 / 15:22» on an .az host: Baku's wall time, +04:00."""
    text = BAKU_TEXT.format(date="2024.07.10 / 15:22")
    article = jm.parse_article(text, url="https://fa.example.az/news/gundem/878567.html")
    assert published(article) == "2024-07-10T15:22+04:00"


def test_az_host_before_2016_has_bakus_summer_time() -> None:
    """Baku kept summer time until 2016 (tzdata): July 2015 is +05:00."""
    text = BAKU_TEXT.format(date="2015.07.10 / 15:22")
    article = jm.parse_article(text, url="https://fa.example.az/news/gundem/878567.html")
    assert published(article) == "2015-07-10T15:22+05:00"


def test_az_first_label_or_no_address_keeps_tehrans_clock() -> None:
    """-neg: «az.» as a first label is a language's code (az.wikipedia.org), and without the
    address the text names no country: Tehran's clock."""
    text = BAKU_TEXT.format(date="2024.07.10 / 15:22")
    for url in ("https://az.example.com/news/878567", None):
        assert published(jm.parse_article(text, url=url)) == "2024-07-10T15:22+03:30"


# -- 1575's extracted text: the page's headline, its kicker and the block's short heading ---

LONG = "جشنواره «کتاب‌خوانی» با همکاری کتابخانه ملی و شهرداری، در فرهنگسرای بهمن برگزار شد"
KICKER = "با همکاری فرهنگی کتابخانه ملی و شهرداری تهران، همزمان با هفته کتاب"
SHORT = "جشنواره «کتاب‌خوانی» در فرهنگسرای بهمن برگزار شد"
BOOK_TEXT = (
    "{upper}\n{kicker}\n{short}\n"
    "فرهنگسرای بهمن با همکاری کتابخانه ملی و شهرداری، جشنواره «کتاب‌خوانی» را به مناسبت "
    "هفته کتاب برگزار کرد.\n"
    "به گزارش روابط عمومی کتابخانه ملی، این جشنواره با حضور نویسندگان و ناشران و صدها "
    "دانش‌آموز برگزار شد و برندگان مسابقه کتاب‌خوانی جایزه گرفتند.\n"
)


def test_full_headline_over_kicker_and_short_heading() -> None:
    """«LONG HEADLINE» / kicker / «SHORT HEADLINE» (its words all in the long one) / lead: the
    page's headline printed first is the title, as a headline printed twice."""
    article = jm.parse_article(BOOK_TEXT.format(upper=LONG, kicker=KICKER, short=SHORT))
    assert article.title == LONG


def test_other_headline_over_kicker_is_not_taken() -> None:
    """-neg: a line above the kicker that does not hold the short headline's words (another
    item's headline): the headline under the kicker stays."""
    other = "نمایشگاه عکس «شهر من» در نگارخانه اصلی فرهنگسرای نیاوران گشایش یافت"
    article = jm.parse_article(BOOK_TEXT.format(upper=other, kicker=KICKER, short=SHORT))
    assert article.title == SHORT


# -- 1561's one-line text: «A / B - SITE MENU ... TEXT» is a <title>, no headline and lead ---

ONE_LINE = (
    "بارش برف در ارتفاعات مازندران آغاز شد / هشدار لغزندگی جاده‌ها در کندوان - پیام شمال "
    "صفحه نخست اجتماعی اقتصادی ورزشی مدیر کل هواشناسی استان مازندران روز گذشته از کاهش "
    "دما و بارش برف در ارتفاعات خبر داده بود. کد خبر: ۵۵۴۴۳۳ پلیس راه استان از رانندگان "
    "خواست بدون زنجیر چرخ به جاده کندوان نروند.\n"
)


def test_title_tag_run_into_the_page_is_not_cut_at_its_slash() -> None:
    """A whole page on one line opening with its <title> «A / B - SITE»: the words before
    the slash are no headline run into a lead (the lead would be «B - SITE menu ...»)."""
    article = jm.parse_article(ONE_LINE)
    assert article.title != "بارش برف در ارتفاعات مازندران آغاز شد"


def test_headline_glued_to_lead_with_a_dateline_dash_is_still_cut() -> None:
    """-neg: «HEADLINE / تهران - پیام شمال - LEAD»: one word before the dash is the lead's
    dateline, and the headline before the slash stays the title."""
    text = (
        "بارش برف در ارتفاعات مازندران آغاز شد / ساری - پیام شمال - مدیر کل هواشناسی استان "
        "از آغاز بارش برف در ارتفاعات و جاده کندوان از ساعتی پیش خبر داد.\n"
        "پلیس راه استان از رانندگان خواست بدون زنجیر چرخ به جاده کندوان نروند و از سرعت خود "
        "در گردنه‌ها بکاهند.\n"
    )
    article = jm.parse_article(text)
    assert article.title == "بارش برف در ارتفاعات مازندران آغاز شد"


def test_line_of_three_slashed_parts_under_the_site_lead_neg() -> None:
    """-neg (mut30): a line under «SITE / LEAD» parted by two spaced slashes is no headline's
    two halves (a crumb or a list of items run together): the rule takes no title there."""
    line = "بارش برف در ارتفاعات مازندران / هشدار لغزندگی جاده‌ها / کندوان بسته شد"
    article = jm.parse_article(FIRST + RAIN_HEADER + RAIN_LEAD + "\n\n" + line + RAIN_REST)
    assert article.title != line


def test_category_word_after_an_id_under_no_items_segment_stays_a_list() -> None:
    """-neg (mut31): «/products/4393/category.html»: the number before «category» follows no
    item's segment (a shop's products, not «news»): a category's list, no item's view."""
    for url in (
        "http://example.ir/products/4393/category.html",
        "http://example.ir/gallery/4393/category",
    ):
        article = jm.parse_article(EXAM_TEXT, url=url)
        assert article.number is None
        assert "listing-page" in codes(article)


def test_line_over_kicker_of_the_headlines_length_is_another_item_neg() -> None:
    """-neg (mut31): the line over the kicker holds the short headline's words but no more of
    them (an earlier notice of the same festival, «... برگزار می‌شود»): it is no fuller print
    of the headline, and the headline under the kicker stays."""
    notice = "جشنواره «کتاب‌خوانی» در فرهنگسرای بهمن برگزار می‌شود"
    article = jm.parse_article(BOOK_TEXT.format(upper=notice, kicker=KICKER, short=SHORT))
    assert article.title == SHORT
