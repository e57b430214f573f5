"""fix166: the sixty-second blind batch's findings (blind65, tests/pages 1880-1895).

Layouts from the batch's pages: a tribal affairs office's ASP.NET page (ashayer-ilam.ir,
1885/1886: a today banner in Arabic-Indic digits, a starred motto paragraph, visit counters,
«اخبار > HEADLINE», print/send links, a kicker with a spaced colon over the headline); a
regional water company's sidebar statistics (skhrw.ir, 1880/1881: «آخرین به روزرسانی» among
the visitor counters); a PHP-Nuke forum topic (savehsara.aftab.cc, 1889: «پستتاریخ: ...»,
the member-since date, «modules.php?name=Forums&file=viewtopic&t=956»); an office's path key
«/event/13990304204401admin» (shilat-sistan.ir, 1883); a WordPress tag page whose tag name is
a headline's length over the first item's date badge (avayehirmand.ir, 1890); a science news
agency's page with a weather widget's heading and the agency's name over the labelled header,
no headline (nafee.ir, 1893). The sentences, names and figures are written for these tests.
The positives fail on main 8ff37088.
"""

from __future__ import annotations

from datetime import date

import jalali_meta as jm
from jalali_meta.testing import url_number

HEADLINE = "آغاز توزیع بذر گندم مقاوم به خشکی میان کشاورزان شهرستان"
LEAD = (
    "مدیر جهاد کشاورزی شهرستان با اشاره به آغاز فصل کشت پاییزه، گفت: بذر گندم مقاوم به "
    "خشکی از طریق تعاونی های روستایی و بر اساس سطح زیر کشت هر کشاورز توزیع می شود و این "
    "کار تا پایان آبان ادامه دارد."
)
MOTTO = (
    "کشاورزی، ستون اقتصاد روستا* کشتکاران این دیار از روزگاران کهن با آب اندک و خاک "
    "کم بار زندگی ساخته اند و دانش آبیاری و نگهداری بذر را نسل به نسل به فرزندان سپرده اند؛ "
    "پاسداشت این دانش پاسداشت هویت مردمان این سرزمین است و آینده روستا در گرو آن است.*"
)


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _portal(crumb: str) -> str:
    return (
        "شنبه ١٥ مهر ١٤٠٢\n"
        "سال تولید تصویر اول کشاورزی1 کشاورزی2\n"
        f"{MOTTO}\n"
        "منو اصلی\n"
        "بازدید\n"
        "بازدید این صفحه: 41207\n"
        "بازدید امروز: 88\n"
        "کل بازدید: 2210934\n"
        "بازدید کنندگان آنلاین: 5\n"
        f"{crumb}\n\n\n"
        "  چاپ        ارسال به دوست\n\n"
        "مدیر جهاد کشاورزی شهرستان :\n\n"
        f"{HEADLINE}\n\n"
        f"{LEAD}\n"
    )


# 1. A breadcrumb ending with the headline printed under it: the article starts there, and
# the paragraph above it (a motto) is the site's (1885).


def test_breadcrumb_over_its_headline_starts_the_article() -> None:
    """«اخبار > HEADLINE» over the kicker and HEADLINE: the headline is the title, and the
    today banner far above it (Arabic-Indic digits) is no publication date."""
    article = jm.parse_article(_portal(f"اخبار > {HEADLINE}"))
    assert article.title == HEADLINE
    assert article.published is None


def test_breadcrumb_run_on_with_links_starts_the_article() -> None:
    """The crumb run into one line with the counters and the print links (html2text's row),
    the headline alone under it: the same reading (1886's Markdown twin)."""
    text = (
        "شنبه ١٥ مهر ١٤٠٢\n\n"
        "سال تولید\n\n"
        f"{MOTTO}\n\n"
        "منو اصلی\n\n"
        "بازدید بازدید این صفحه: 41207 بازدید امروز: 88 کل بازدید: 2210934 | اخبار > "
        f"{HEADLINE} چاپ ارسال به دوست مدیر جهاد کشاورزی شهرستان :\n\n"
        f"{HEADLINE}\n\n"
        f"{LEAD}\n"
    )
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert article.published is None


def test_breadcrumb_of_another_line_keeps_reading_neg() -> None:
    """A crumb naming no line printed under it moves nothing: the starred paragraph stays
    the text's first paragraph (the reading of main)."""
    article = jm.parse_article(_portal("اخبار > اخبار استان"))
    assert article.title != HEADLINE


def test_arabic_indic_item_date_under_headline_is_read_neg() -> None:
    """A real item date in Arabic-Indic digits right under the headline stays published."""
    text = f"اخبار > {HEADLINE}\n{HEADLINE}\nشنبه ١٥ مهر ١٤٠٢\n{LEAD}\n"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.gregorian == date(2023, 10, 7)


# 2. A labelled update among the site's visitor statistics is the portal's stamp (1880).

STATS = (
    "آمار بازدیدکنندگان\n\n"
    "  • کاربران آنلاین : 31\n"
    "  • بیشترین بازدید همزمان : 402\n"
    "  • بازدید امروز : 1,518\n"
    "  • بازدید دیروز :\n"
    "  • کل بازدید : 4,803,117\n"
    "  • آخرین به روزرسانی : 11 آبان 1403 09:12:40\n"
    "  • شناسه IP شما : 198.51.100.7\n"
)


def test_update_stamp_in_visitor_statistics_is_no_update() -> None:
    """«آخرین به روزرسانی» between the visitor counters: no update, a site-stamp warning,
    the item's labelled date kept."""
    text = f"{HEADLINE}\n\n{LEAD}\n\nکد خبر: 2214\n  تاریخ خبر : 3 مهر 1401\n\n{STATS}"
    article = jm.parse_article(text, url="https://water.example.ir/News/118/2214/")
    assert article.updated is None
    assert "site-stamp" in _codes(article)
    assert article.published is not None
    assert article.published.gregorian == date(2022, 9, 25)


def test_update_label_in_item_header_is_read_neg() -> None:
    """The item's own header: its update label beside a view count («بازدید: 120», an
    item's) is the item's update."""
    text = (
        f"{HEADLINE}\n"
        "تاریخ انتشار: 3 مهر 1401\n"
        "آخرین به روزرسانی: 5 مهر 1401 10:20\n"
        "بازدید: 120\n"
        f"{LEAD}\n"
    )
    article = jm.parse_article(text)
    assert article.updated is not None
    assert article.updated.gregorian.date() == date(2022, 9, 27)
    assert "site-stamp" not in _codes(article)


# 3. A PHP-Nuke forum topic: the post icon's alt glued to its date label, the topic's ID.

TOPIC = "تاريخچه سفال لالجين همدان"
FORUM = (
    "دوشنبه 10 ارديبهشت 1403\n\n"
    " پرسشهای متداول  •  جستجو  •  لیست اعضا  •  پیامهای خصوصی\n\n"
    f"فهرست انجمنها » هنرهای سنتی » {TOPIC}\n\n"
    "ارسال موضوع جدید  پاسخ دادن به این موضوع\n"
    f" {TOPIC} « مشاهده موضوع قبلی :: مشاهده موضوع بعدی » \n"
    "نویسنده پیام\n"
    "Kuzeh_gar\n"
    "{post}\n\n"
    "کاربر فعال\n\n"
    "عضو شده در: 12 آذر 1387\n"
    "پست: 318\n\n"
    f"{TOPIC}\n\n"
    "لالجين از مراكز كهن سفالگري ايران است و بيشتر خانواده هاي آن در كارگاه هاي كوچك "
    "خانگي ظرف هاي لعابي مي سازند كه به بازارهاي داخلي و خارجي فرستاده مي شود.\n\n"
    "نقش هاي آبي و فيروزه اي و كوره هاي سنتي هيزمي از ويژگي هاي اين سفالگري است و "
    "بسياري از استادكاران آن را از پدران خود آموخته اند.\n"
)
FORUM_URL = "https://forum.example.ir/modules.php?name=Forums&file=viewtopic&t=4127"


def test_post_icon_alt_glued_to_date_label_is_the_post_date() -> None:
    """«پستتاریخ: DATE    عنوان: TOPIC»: the post's date; the member-since date and the
    today banner stay unread; the topic's ID from «t»."""
    post = f"پستتاریخ: سه شنبه 14 مهر 1388 - 22:05    عنوان: {TOPIC} پاسخگویی به این موضوع"
    article = jm.parse_article(FORUM.replace("{post}", post), url=FORUM_URL)
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2009-10-06T22:05:00+03:30"
    assert article.number == "4127"


def test_member_since_date_alone_is_no_post_date_neg() -> None:
    """With the post's date line left out, the member-since date is not the post's."""
    article = jm.parse_article(FORUM.replace("{post}\n", ""), url=FORUM_URL)
    assert article.published is None


def test_other_word_glued_to_date_label_stays_no_label_neg() -> None:
    """A word other than the icon's alt glued to «تاریخ:» («کنیدتاریخ:», a link's words) is
    no label (fix11's rule)."""
    text = f"{HEADLINE}\nبرای دیدن متن کامل اینجا کلیک کنیدتاریخ: 3 مهر 1401\n{LEAD}\n"
    article = jm.parse_article(text)
    assert article.published is None or article.published.gregorian != date(2022, 9, 25)


def test_forum_topic_addresses() -> None:
    """phpBB's and PHP-Nuke's topic pages name the topic by «t»."""
    assert url_number("https://x.ir/modules.php?name=Forums&file=viewtopic&t=956") == "956"
    assert url_number("https://x.ir/forum/viewtopic.php?f=3&t=4521") == "4521"
    assert url_number("https://x.ir/viewtopic.php?t=77") == "77"


def test_forum_lists_and_years_name_no_topic_neg() -> None:
    """A forum's list («viewforum»), a year-like «t» and another module's «t» are no topic."""
    assert url_number("https://x.ir/modules.php?name=Forums&file=viewforum&f=3") is None
    assert url_number("https://x.ir/forum/viewtopic.php?t=1390") is None
    assert url_number("https://x.ir/modules.php?name=Forums&file=viewforum&t=956") is None


# 4. A path key of digits run into a word after an item's segment (1883).


def test_digits_then_word_key_after_item_segment() -> None:
    """«/event/14010512093011admin»: the item's key, whole."""
    assert url_number("http://office.example.ir/event/14010512093011admin") == (
        "14010512093011admin"
    )
    assert url_number("http://office.example.ir/news/98765editor") == "98765editor"


def test_lettered_keys_elsewhere_stay_unread_neg() -> None:
    """After a list's or no item's segment, a short number, or a word first: not read."""
    assert url_number("http://x.ir/tag/14010512093011admin") is None
    assert url_number("http://x.ir/files/14010512093011admin") is None
    assert url_number("http://x.ir/news/2020march") is None
    assert url_number("http://x.ir/news/nn63256055/") is None


# 5. A tag page's name of a headline's length over its first item's date badge (1890).

TAG_NAME = "آغاز توزیع بذر گندم مقاوم به خشکی و افزایش سطح کشت پاییزه در ۱۲ روستا"
ITEM = "آغاز توزیع بذر گندم مقاوم به خشکی"
TAG_URL = "https://localnews.example.ir/tag/%d8%a8%d8%b0%d8%b1-%da%af%d9%86%d8%af%d9%85/"


def _tag_page(top: str) -> str:
    return (
        f"{top}\n\n"
        f"{TAG_NAME}\n\n"
        "۱۲مهر\n"
        f"{ITEM}\n"
        "مدیر جهاد کشاورزی شهرستان خبرداد:\n\n"
        f"{ITEM}\n\n"
        "مدیر جهاد کشاورزی شهرستان گفت: بذر گندم مقاوم به خشکی از این هفته میان "
        "کشاورزان ۱۲ روستا توزیع می شود و سطح کشت پاییزه امسال افزایش می یابد.\n"
    )


def test_long_tag_name_over_first_items_date_is_the_list_name() -> None:
    """Under the site's today banner only, the long line over «۱۲مهر» and the item is the
    tag's name (doubted: the slug does not spell it)."""
    article = jm.parse_article(_tag_page("  • امروز : یکشنبه, ۱۶ مهر , ۱۴۰۲"), url=TAG_URL)
    assert article.title == TAG_NAME
    assert "listing-page" in _codes(article)


def test_long_line_under_other_text_is_no_list_name_neg() -> None:
    """Under another line of text (a ticker's, a previous item's), the long line over the
    item's date is not taken for the list's name."""
    top = "  • امروز : یکشنبه, ۱۶ مهر , ۱۴۰۲\n\nبرگزاری نمایشگاه محصولات کشاورزی در مرکز استان"
    article = jm.parse_article(_tag_page(top), url=TAG_URL)
    assert article.title != TAG_NAME


# 6. A weather widget's heading and the agency's name over the labelled header: the page
# prints no headline (1893).

AGENCY_PAGE = (
    "{widget}\n\n"
    "خبرگزاری دانش و فن\n\n"
    "**\n\n"
    "تاریخ : شنبه 9 اسفند 1393 ساعت 10:05   |   کد مطلب: 24410\n"
    "{lead}\n\n"
    "وی افزود: برای تجهیز این آزمایشگاه 8 میلیارد ریال از محل اعتبارات استانی هزینه شده "
    "است و بهره برداری از آن تا پایان سال آغاز می شود.\n"
)
COLLEGE_LEAD = (
    "رئیس دانشکده فنی شهرستان گفت: آزمایشگاه تازه این دانشکده از مهر سال آینده پذیرای "
    "دانشجویان رشته های برق و مکانیک خواهد بود."
)
WEATHER_LEAD = (
    "کارشناس هواشناسی استان گفت: از امروز تا پایان هفته بارش باران و کاهش دما در بیشتر "
    "شهرهای استان پیش بینی می شود."
)


def test_weather_heading_and_agency_name_give_no_title() -> None:
    """«وضعیت آب و هوای اراک» / the agency's name / the labelled header / a lead of no
    weather: no headline; the labelled date and code read."""
    text = AGENCY_PAGE.format(widget="وضعیت آب و هوای اراک", lead=COLLEGE_LEAD)
    article = jm.parse_article(text)
    assert article.title is None
    assert "title-uncertain" in _codes(article)
    assert article.number == "24410"
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2015-02-28T10:05:00+03:30"


def test_weather_report_keeps_its_weather_headline_neg() -> None:
    """Over a lead about the weather, the same line is the report's headline."""
    text = AGENCY_PAGE.format(widget="وضعیت آب و هوای اراک", lead=WEATHER_LEAD)
    assert jm.parse_article(text).title == "وضعیت آب و هوای اراک"


def test_agency_name_under_a_headline_is_its_source_neg() -> None:
    """An aggregator's page: the headline over the source agency's name and the header."""
    text = AGENCY_PAGE.format(widget="افتتاح آزمایشگاه تازه دانشکده فنی شهرستان", lead=COLLEGE_LEAD)
    assert jm.parse_article(text).title == "افتتاح آزمایشگاه تازه دانشکده فنی شهرستان"
