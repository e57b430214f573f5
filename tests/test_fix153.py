"""fix153: the findings of the fortieth real sample (real51, docs/real_sample.md «A fortieth
sample»). Page shapes as real51 saw them, sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import jalali_meta as jm

_BODY = (
    "\n\nمدیرکل دفتر مدیریت بحران استانداری گفت: میزان ریزگردها در استان افزایش یافته و به همین "
    "دلیل ادارات و دستگاه‌های اجرایی در چهار شهرستان تعطیل شدند و این تعطیلی تا فردا ادامه دارد.\n\n"
    "وی افزود: بانک‌ها و دستگاه‌های خدمات‌رسان شامل این تعطیلی نمی‌شوند و بر اساس اعلام هواشناسی "
    "انتظار می‌رود غلظت گرد و غبار به مرور کاهش یابد.\n"
)


# 1. A section, then labelled fields split by spaced slashes (booshehriha.ir, real51 #3).
def test_slash_separated_labelled_fields() -> None:
    text = (
        "سیاست / شناسه خبر: 86825 / تاریخ انتشار : 1401/2/27 09:04\n\n"
        "غلظت گرد و غبار در استان افزایش یافت" + _BODY
    )
    for url in (None, "https://example.ir/News/page.html"):
        article = jm.parse_article(text, url=url)
        assert article.number == "86825"
        assert article.published is not None
        assert article.published.gregorian == dt.datetime(
            2022, 5, 17, 9, 4, tzinfo=article.published.gregorian.tzinfo
        )
        assert article.title == "غلظت گرد و غبار در استان افزایش یافت"


def test_slash_separated_label_without_colon_neg() -> None:
    # After a spaced slash only a label with its colon counts: a headline's second half
    # opening with a label's word is no field.
    text = "گرد و غبار / شناسه خبر 86825 ادارات را تعطیل کرد" + _BODY
    article = jm.parse_article(text)
    assert article.number is None


# 2. Two tag words joined by « | » under the headline (international-news.ir, real51 #1).
_LANDSLIDE = (
    "\nخبرگزاری نمونه :\n\n"
    "محمد رضایی اظهار داشت: بارندگی‌های اخیر در استان باعث لغزش زمین در حاشیه این شهر شد.\n\n"
    "وی با اشاره به ریزش بخشی از ترانشه جاده، عنوان کرد: پس از این اتفاق با دستگاه‌های متولی "
    "هماهنگی شد و ایمن‌سازی جاده آغاز شد.\n\n"
    "مدیرکل مدیریت بحران استان با اشاره به اینکه مشکلی در تردد از این جاده اکنون وجود ندارد، "
    "گفت: در صورت تداوم بارش‌ها خطر لغزش وجود دارد.\n"
)


def test_tag_pair_under_headline_is_no_title() -> None:
    headline = "لغزش زمین در شهر هارونی/ ۳ خانه تخلیه شد"
    text = headline + "\n\nلغزش زمین | زمین" + _LANDSLIDE
    for url in (None, "https://example.ir/?p=52622"):
        assert jm.parse_article(text, url=url).title == headline


def test_tag_pair_under_short_line_neg() -> None:
    # A two-word line over it is no headline: the bar line is not set aside.
    text = "خبر کوتاه\n\nلغزش زمین | زمین" + _LANDSLIDE
    assert jm.parse_article(text).title == "لغزش زمین | زمین"


# 3. An association's unit signing the article under its heading (iranpistachio.org,
# real51 #27).
_INSURANCE = (
    "بیمه باغ‌های پسته در میان باغداران استقبال چندانی ندارد؛ استدلال ایشان این است که بیمه "
    "خسارت چندانی نمی‌پردازد و فقط هزینه‌های جاری تولید را جبران می‌کند، در حالی که باغدار "
    "هزینه‌های سرمایه‌ای هم دارد و باید برای استهلاک باغ، چاه آب و سامانه آبرسانی ذخیره کند. "
    "برخی نیز می‌گویند ارزیابی‌ها دقیق نیست و تعیین میزان خسارت کاری تخصصی است.\n\n"
    "با این حال بعضی از باغداران به همان حق بیمه‌ای که پرداخته‌اند دلخوش‌اند و آن را از بیمه "
    "پس می‌گیرند.\n"
)
_JOOMLA = "https://www.example.org/fa/article/baqbani/3505-2020-12-06-07-32-22?showall=1"


def test_unit_byline_under_heading_is_no_title() -> None:
    text = "فهرست مطلب\n\n \n\nپرونده بیمه\n\nدبیرخانه انجمن پسته ایران\n\n" + _INSURANCE
    for url in (None, _JOOMLA):
        assert jm.parse_article(text, url=url).title == "پرونده بیمه"
    text = "پرونده بیمه\n\nروابط عمومی انجمن پسته ایران\n\n" + _INSURANCE
    assert jm.parse_article(text).title == "پرونده بیمه"


def test_unit_headline_with_verb_neg() -> None:
    # A headline about the unit says what it did: still the title.
    text = "فهرست مطلب\n\n \n\nپرونده بیمه\n\nدبیرخانه انجمن به کرمان منتقل شد\n\n" + _INSURANCE
    assert jm.parse_article(text).title == "دبیرخانه انجمن به کرمان منتقل شد"
    # The unit's name alone over the text, nothing above it: left as before.
    assert jm.parse_article("دبیرخانه انجمن پسته ایران\n\n" + _INSURANCE).title == (
        "دبیرخانه انجمن پسته ایران"
    )


# 4. An announcement lead under a bulleted headline it restates (asadabad-hm.ir's print
# page, real51 #20).
_ROAD = (
    "  • کریم حمیدوند در این خصوص اظهار کرد: راه ارتباطی پنج روستای تخریب شده در اثر سیلاب در "
    "کمتر از 72 ساعت بازسازی شد. وی افزود: پل‌هایی که راه این روستاها را به شهر متصل می‌کرد "
    "به طور کامل تخریب شده بود و اهالی چند روز با مشکل روبرو بودند.\n"
)
_ROAD_HEADLINE = "راه ارتباطی تخریب شده 5 روستای اسدآباد بازسازی شد"
_PRINT = "http://example.ir/fa/printpage.aspx?id=MjEwNQ=="


def test_announcement_lead_under_headline_is_no_title() -> None:
    text = (
        "اخبار فرمانداری\n1398/01/20\n  • " + _ROAD_HEADLINE + "\n\n"
        "    فرماندار اسدآباد از بازسازی راه ارتباطی 5 روستای این شهرستان خبر داد\n" + _ROAD
    )
    for url in (None, _PRINT):
        article = jm.parse_article(text, url=url)
        assert article.title == _ROAD_HEADLINE
        assert article.published is not None
        assert article.published.gregorian == dt.date(2019, 4, 9)


def test_announcement_of_another_thing_neg() -> None:
    # The lead restates nothing of the headline: the rule does not fire (as before).
    lead = "فرماندار اسدآباد از آغاز طرح آبرسانی سیار به دو منطقه خبر داد"
    text = "اخبار فرمانداری\n1398/01/20\n  • " + _ROAD_HEADLINE + "\n\n    " + lead + "\n" + _ROAD
    assert jm.parse_article(text).title == lead


# 5. Record IDs in addresses (real51 #7, #13, #24, #32).
_PAGE = (
    "زمین لغزش\n\nمدیریت بحران شهرستان درباره خطر زمین لغزش در روستاهای منطقه هشدار داد.\n" + _ROAD
)


def test_route_record_key_before_language() -> None:
    url = "http://example.ir/pages/view/pageid/36/lang/fa"
    assert jm.parse_article(_PAGE, url=url).number == "36"


def test_route_record_key_neg() -> None:
    # A person's profile, or a list action: no item's number.
    assert jm.parse_article(_PAGE, url="http://example.ir/user/view/userid/36").number is None
    assert jm.parse_article(_PAGE, url="http://example.ir/pages/list/pageid/36").number is None
    # A key of another record than the controller's (a news item's category, mut35).
    assert jm.parse_article(_PAGE, url="http://example.ir/news/view/categoryid/36").number is None


def test_script_named_query_key() -> None:
    url = "http://example.net/q/q_fgon.php?fgon_id=170"
    assert jm.parse_article(_PAGE, url=url).number == "170"


def test_script_named_query_key_neg() -> None:
    # A list's key, or a key the script is not named after: not read.
    assert jm.parse_article(_PAGE, url="http://x.ir/category.php?category_id=5").number is None
    assert jm.parse_article(_PAGE, url="http://x.ir/show.php?fgon_id=170").number is None


_ASPHALT = "آغاز عملیات آسفالت ریزی معابر خاکی میاندوآب"


def test_id_before_printed_alias() -> None:
    text = _ASPHALT + "\n\nعملیات آسفالت ریزی در معابر خاکی شهر به همت شهرداری آغاز شد.\n" + _ROAD
    url = "http://example.ir/میاندوآب/38-آغاز-عملیات-آسفالت-ریزی-معابر-خاکی-میاندوآب.html"
    assert jm.parse_article(text, url=url).number == "38"
    headline = "30 درصد مستاجران مناطق زلزله‌زده در کف خیابان زندگی می‌کنند"
    text = headline + "\n\nیک سال پس از زمین لرزه هنوز گروهی از مستاجران در خیابان زندگی می‌کنند.\n"
    url = "https://www.example.net/public/fa/story/5090-30-درصد-مستاجران-مناطق-زلزله‌زده-در-کف-خیابان-زندگی-می‌کنند-"
    assert jm.parse_article(text + _ROAD, url=url).number == "5090"


def test_count_before_alias_neg() -> None:
    # A listicle's count is printed with its headline: the number is not the item's ID.
    headline = "10 نکته برای کاهش مصرف آب در تابستان گرم"
    text = headline + "\n\nدر روزهای گرم تابستان مصرف آب در شهرها به اوج خود می‌رسد.\n" + _ROAD
    url = "https://example.ir/blog/10-نکته-برای-کاهش-مصرف-آب-در-تابستان-گرم"
    assert jm.parse_article(text, url=url).number is None
