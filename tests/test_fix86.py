"""fix86: title rules for shapes found silent by the held-out sample real28 (section
headings under a headline, a site line over an icon breadcrumb, a staff line, a book
reader's page, PDF lines set apart, an excerpt restated under its author's name, a short
tag path). Page-shaped texts written for these tests, mirroring the layouts."""

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

BODY = (
    "نگهداری از گیاهان در خانه به نور کافی، آبیاری منظم و خاک مناسب نیاز دارد و بسیاری از "
    "مردم با رعایت چند نکته ساده می‌توانند گیاهان خود را سال‌ها سالم و شاداب نگه دارند و از "
    "دیدن رشد آنها لذت ببرند."
)


# -- section headings under the headline (#10, #49) --------------------------------------

OUTLINE = (
    "راهنمای نگهداری گیاهان آپارتمانی، از آبیاری تا نور\n\n"
    "1. چرا گیاهان آپارتمانی اهمیت دارند (Indoor Plants)\n\n"
    "1.1. نخستین قدم: انتخاب گلدان مناسب، آغاز کار\n\n" + BODY + "\n\n" + BODY + "\n"
)


def test_outline_numbered_heading_is_no_title() -> None:
    record = jm.parse_article(OUTLINE, url="https://example.com/indoor-plants-guide/")
    assert record.title == "راهنمای نگهداری گیاهان آپارتمانی، از آبیاری تا نور"
    record = jm.parse_article(OUTLINE)
    assert record.title == "راهنمای نگهداری گیاهان آپارتمانی، از آبیاری تا نور"


def test_outline_numbered_heading_neg_decimal_headline() -> None:
    # «1.5 میلیون ...» is a decimal number, no section number: the headline stays.
    text = "1.5 میلیون نهال در استان گیلان کاشته شد\n\n" + BODY + "\n"
    assert jm.parse_article(text).title == "1.5 میلیون نهال در استان گیلان کاشته شد"


GLOSSED = (
    "ساختار مقاله‌های قابل پذیرش در فصلنامه\n\n"
    "مقاله‌های مروری (Review papers)\n\n"
    " این مقاله‌ها باید دانش موجود در یک زمینه را گرد آورند و نقد کنند و راه پژوهش‌های "
    "بعدی را نشان دهند. ویژگی اصلی آنها جامعیت و دقت است.\n\n"
    "بخش‌های این مقاله‌ها :\n\n"
    " - چکیده (Abstract):\n\n"
    " خلاصه‌ای از موضوع، روش و نتیجه.\n\n"
    "- واژه‌های کلیدی (keywords)\n"
)


def test_glossed_subheading_is_no_title() -> None:
    record = jm.parse_article(GLOSSED, url="https://journal.example.ac.ir/page_31.html")
    assert record.title == "ساختار مقاله‌های قابل پذیرش در فصلنامه"
    assert jm.parse_article(GLOSSED).title == "ساختار مقاله‌های قابل پذیرش در فصلنامه"


def test_glossed_subheading_neg_no_gloss_below() -> None:
    # A headline glossing one name, under a short section line, no glossed terms below it:
    # the headline, not a subheading.
    text = "اخبار فناوری\n\nمعرفی نسخه تازه دستیار هوشمند (Assistant)\n\n" + BODY + "\n"
    assert jm.parse_article(text).title == "معرفی نسخه تازه دستیار هوشمند (Assistant)"


# -- a site line over an icon breadcrumb (#50) --------------------------------------------

PORTAL = (
    "Nashr.IR پایگاه مقالات نشر\n"
    "English Русский العربية فارسی\n"
    "مقالات آموزش مطالعات زبان\n\n\n"
    "/ آموزش / نگارش علمی\n\n"
    "شیوه نوشتن چکیده - اجزا، طول، نمونه‌ها\n\n\n"
    "      فهرست راهنمای نوشتن چکیده\n"
    "         هدف(Purpose)\n"
    "         روش(Method)\n"
    "         یافته‌ها(Results)\n"
)


def test_headline_after_icon_breadcrumb() -> None:
    record = jm.parse_article(PORTAL, url="https://nashr.ir/fa/Article/5521")
    assert record.title == "شیوه نوشتن چکیده - اجزا، طول، نمونه‌ها"
    assert jm.parse_article(PORTAL).title == "شیوه نوشتن چکیده - اجزا، طول، نمونه‌ها"


def test_icon_breadcrumb_neg_one_crumb() -> None:
    # «/ آموزش» alone is no breadcrumb of two crumbs: the rule stays out (the site line is
    # then doubted, below).
    text = PORTAL.replace("/ آموزش / نگارش علمی", "/ آموزش")
    assert jm.parse_article(text).title != "شیوه نوشتن چکیده - اجزا، طول، نمونه‌ها"


def test_site_line_with_domain_is_doubted() -> None:
    text = "Nashr.IR پایگاه مقالات نشر\nمقالات آموزش\nفهرست\n"
    record = jm.parse_article(text)
    assert "title-uncertain" in warning_codes(record)


def test_site_line_neg_dotted_name_no_domain() -> None:
    # «Node.js» is a dotted name, no site's domain: no doubt.
    text = "آموزش Node.js برای برنامه‌نویسان تازه‌کار\nمقالات آموزش\nفهرست\n"
    record = jm.parse_article(text)
    assert record.title == "آموزش Node.js برای برنامه‌نویسان تازه‌کار"
    assert "title-uncertain" not in warning_codes(record)


# -- a staff line and a book reader's page (#43, #25) -------------------------------------

WARD = (
    "رادیولوژی : خانم زهرا احمدی \n\n"
    "کارشناس رادیولوژی\n\n \n\n"
    "در این بخش دو دستگاه تصویربرداری در نظر گرفته شده است تا بیماران بستری و سرپایی در "
    "کوتاه‌ترین زمان خدمات بگیرند و جواب آن را از پزشک معالج دریافت کنند.\n\n"
    "خدمات سونوگرافی و ماموگرافی نیز در این بخش انجام می شود و مسئول فنی آن پزشک متخصص "
    "رادیولوژی است.\n"
)


def test_staff_line_is_no_title() -> None:
    record = jm.parse_article(WARD, url="https://hospital.example.ac.ir/بخش-رادیولوژی")
    assert record.title is None
    assert "title-uncertain" in warning_codes(record)
    assert jm.parse_article(WARD).title is None


def test_staff_line_neg_quote_headline_over_lead() -> None:
    # «OFFICE: آقای NAME VERB»: a quote headline over its lead, no job title under it.
    text = "سخنگوی شورا: آقای رضایی استعفا داد\n\n" + BODY + "\n"
    assert jm.parse_article(text).title == "سخنگوی شورا: آقای رضایی استعفا داد"


BOOK_PAGE = (
    "صفحه ۱۸۷\n\n"
    "و این حکم در همه روزهای ماه جاری است.\n\n"
    "مساله 912- روزه‌دار باید از خوردن و آشامیدن از اذان صبح تا مغرب خودداری کند، و اگر از "
    "روی فراموشی چیزی بخورد روزه‌اش باطل نمی‌شود.\n\n"
    "مساله 913- اگر روزه‌دار به عمد دروغ به خدا و پیامبر ببندد بنابر احتیاط روزه‌اش باطل "
    "است.\n"
)


def test_sentence_end_under_book_page_label_is_no_title() -> None:
    record = jm.parse_article(BOOK_PAGE, url="https://example.com/book/resaleh/187")
    assert record.title is None
    assert "title-uncertain" in warning_codes(record)


@pytest.mark.parametrize("chrome", ["حالت تاریک", "خانه | کتاب‌ها | درباره ما"])
def test_sentence_end_under_book_page_label_below_site_chrome_is_no_title(chrome: str) -> None:
    # A theme toggle or a menu above the reader's page label is the site's, no text of the
    # page: the sentence's end under «صفحه N» is still no headline (mutation round 23).
    record = jm.parse_article(
        f"{chrome}\n\n{BOOK_PAGE}", url="https://example.com/book/resaleh/187"
    )
    assert record.title is None
    assert "title-uncertain" in warning_codes(record)


def test_book_page_label_neg_chapter_heading() -> None:
    # A chapter's heading under the page label (no sentence's full stop): no rule fires.
    text = BOOK_PAGE.replace("و این حکم در همه روزهای ماه جاری است.", "احکام روزه ماه رمضان")
    assert jm.parse_article(text).title == "احکام روزه ماه رمضان"


# -- a PDF viewer's lines set apart by blank lines (#16) ----------------------------------

PDF_PAGE = (
    "نقد نمایش «سفر» به کارگردانی یک گروه جوان\n\n"
    "stagegroup\n"
    "  • No tags were found...\n\n"
    "به قلم منتقد گروه تئاتر\n\n"
    "این نمایش در سالن کوچک شهر اجرا شد و تا پایان ماه ادامه دارد و تماشاگران\n\n"
    "زیادی را به سالن کشاند. اما کارگردان جوان در چند صحنه از متن اصلی فاصله گرفته و\n\n"
    "بازیگران هم در همان صحنه‌ها نتوانستند بار نمایش را به دوش بکشند. با این همه کار\n\n"
    "گروه ارزش دیدن دارد و نشان می‌دهد که تئاتر جوان شهر راه خود را پیدا کرده است.\n\n"
    "More magazines by this user\n"
)


def test_pdf_lines_set_apart_are_no_sure_title() -> None:
    record = jm.parse_article(PDF_PAGE)
    assert record.title == "نقد نمایش «سفر» به کارگردانی یک گروه جوان" or (
        "title-uncertain" in warning_codes(record)
    )


def test_pdf_lines_neg_short_two_sentence_headline() -> None:
    # A short headline of two sentences over its lead: no paragraph's lines.
    text = "کار تمام شد. تیم ملی صعود کرد\n\n" + BODY + "\n"
    record = jm.parse_article(text)
    assert record.title == "کار تمام شد. تیم ملی صعود کرد"
    assert "title-uncertain" not in warning_codes(record)


# -- an excerpt restated under its author's name (#13) ------------------------------------

SUMMARY = (
    "وقتی فهرست کتاب‌های امسالم را مرور کردم دیدم بیشتر آنها رمان بوده است و از میان آنها "
    "چند کتاب را بیش از بقیه دوست داشتم."
)
WEEKLY = (
    "تاریخ انتشار:۱۴۰۱/۰۳/۱۲ - ۱۰:۲۰ | کد خبر : 5521\n\n"
    "کتاب‌هایی که امسال خواندم\n\n"
    "مریم سادات کریمی " + SUMMARY + " یکی از دوستانم پرسید چرا فهرستش را نمی‌نویسی؟ و […]\n\n\n"
    "مریم سادات کریمی\n\n" + SUMMARY + " یکی از دوستانم پرسید چرا فهرستش را نمی‌نویسی؟ "
    "گفتم شاید به کار کسی بیاید. پس فهرست را اینجا می‌آورم و درباره هر کتاب چند جمله "
    "می‌نویسم تا اگر خواستید آن را بخوانید.\n"
)


def test_excerpt_restated_under_author_is_one_post() -> None:
    for url in ("https://weekly.example.org/کتاب-هایی-که-امسال-خواندم/", None):
        record = jm.parse_article(WEEKLY, url=url)
        assert record.title == "کتاب‌هایی که امسال خواندم"
        assert record.number == "5521"
        assert record.published is not None
        assert "listing-page" not in warning_codes(record)


def test_excerpt_restated_neg_another_item_under_name() -> None:
    # The paragraph under the name line is another item's, not the excerpt again: the
    # rule stays out, and the page reads as a list as before.
    other = (
        "در این یادداشت از سفر به شمال و روزهای بارانی آن می‌نویسم و از مردمی که در راه "
        "دیدم و از غذاهایی که خوردم."
    )
    text = WEEKLY.replace(
        SUMMARY + " یکی از دوستانم پرسید چرا فهرستش را نمی‌نویسی؟ گفتم", other + " گفتم"
    )
    assert "listing-page" in warning_codes(jm.parse_article(text))


# -- a tag page's short base «/t/NAME» (#30) ----------------------------------------------

TAG_ITEM = (
    "وقتی کتابخانه روستا دوباره باز شد\n"
    "کتابخانه روستای کوچکی در نزدیکی رشت پس از دو سال تعطیلی دوباره به روی مردم باز شد.\n"
    "به گزارش خبرنگار ما از رشت، کتابخانه این روستا که به دلیل نبود کتابدار بسته شده بود با "
    "همت اهالی و کمک اداره کتابخانه‌های استان دوباره راه افتاد و هر روز ..."
)


def test_short_tag_path_is_a_list() -> None:
    record = jm.parse_article(TAG_ITEM, url="http://news.example.ir/t/گیلان")
    assert record.title is None
    assert "listing-page" in warning_codes(record)


def test_short_tag_path_neg_topic_with_id() -> None:
    # «/t/NAME/4512» ends with an item's ID (a forum topic's address): one item.
    record = jm.parse_article(TAG_ITEM, url="http://news.example.ir/t/گیلان/4512")
    assert record.title == "وقتی کتابخانه روستا دوباره باز شد"


# -- a list's bulleted item over the item it opens (#3) -----------------------------------

SERVICE = (
    "تیتر دو زیربخش\n\n"
    "  • بازگشایی جاده کوهستانی پس از بارش برف سنگین آغاز شد\n\n"
    "    بازگشایی جاده کوهستانی پس از بارش برف سنگین آغاز شد\n\n"
    "    گروه‌های راهداری از صبح امروز کار برف‌روبی جاده کوهستانی را آغاز کردند و پیش‌بینی "
    "می‌شود تا پایان روز رفت و آمد خودروها در این مسیر دوباره برقرار شود.\n"
)


def test_bulleted_copy_above_is_doubted() -> None:
    record = jm.parse_article(SERVICE, url="http://news.example.ir/service/provinces/ardabil")
    assert "title-uncertain" in warning_codes(record)


def test_bulleted_copy_neg_other_bulleted_line() -> None:
    # A bulleted line above that is another item, not the headline again: no doubt.
    text = SERVICE.replace(
        "  • بازگشایی جاده کوهستانی پس از بارش برف سنگین آغاز شد",
        "  • ساعت کار ادارات استان فردا تغییر می‌کند",
    )
    record = jm.parse_article(text)
    assert record.title == "بازگشایی جاده کوهستانی پس از بارش برف سنگین آغاز شد"
    assert "title-uncertain" not in warning_codes(record)


def test_short_tag_path_neg_id_and_slug() -> None:
    # «/t/4512-NAME» holds an item's ID: a topic's address, no tag list.
    record = jm.parse_article(TAG_ITEM, url="http://news.example.ir/t/4512-گیلان")
    assert record.title == "وقتی کتابخانه روستا دوباره باز شد"
    assert "listing-page" not in warning_codes(record)
