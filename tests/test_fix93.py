"""fix93: list pages of real30 whose title was one item's line, silently.

- #40 (a provincial site's category page): a ticker's empty label over its value
  («۞ خبر روز :» / a sentence) stood over the items, and the value was taken as the list's
  name. The line right under a short label ending with a colon is that label's value, never
  a list's name (a tag's, a category's or a search's label is left alone: its value is).
- #26 (a topic hub's address «/topics/NAME/POST-SLUG»): a one-word section line over one post
  shown in full (its headline, then paragraphs running on, no other item) was taken as the
  list's name, unwarned; which one the page is, the text does not say: title-uncertain.
- Text alone, list pages whose first item's line was taken: #31 (a tag page, «• HEADLINE»
  then the item's kicker, taken), #35 (a print view of a search's results: «1» over the first
  item), #36 (a Kurdish category page: a menu line over a run of cut excerpts). Each is a
  list whose name the page does not print: no title, title-uncertain.

The texts are written for these tests on the real pages' layouts."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

ITEMS = (
    "شهردار رشت با صدور اطلاعیه‌ای از تغییر زمان بازگشایی پیاده‌راه فرهنگی مرکز شهر خبر داد\n\n"
    "شهردار رشت با صدور اطلاعیه‌ای از تغییر زمان بازگشایی پیاده‌راه فرهنگی مرکز شهر خبر داد\n\n"
    "به گزارش خبرنگار ما، شهردار رشت با ابراز تأسف از درگذشت یکی از هنرمندان پیشکسوت استان گفت: "
    "«به احترام جایگاه این هنرمند و همدردی با مردم استان، بازگشایی پیاده‌راه که قرار بود روز شنبه "
    "انجام شود، با یک روز تأخیر برگزار خواهد شد.» […]\n\n"
    "فرماندار آستانه اشرفیه: جاذبه‌های گردشگری شهرستان باید در سطح کشور معرفی شود\n\n"
    "فرماندار آستانه اشرفیه: جاذبه‌های گردشگری شهرستان باید در سطح کشور معرفی شود\n\n"
    "در پی برگزاری جشنواره فرهنگی برنج، گروهی از خبرنگاران از جاذبه‌های گردشگری و تاریخی "
    "آستانه اشرفیه بازدید کردند؛ بازدیدی که به گفته فرماندار این شهرستان نقش مهمی در معرفی "
    "ظرفیت‌های منطقه خواهد داشت. […]\n\n"
    "افتتاح کتابخانه عمومی تازه در روستای کیاشهر با حضور مدیرکل کتابخانه‌های استان گیلان\n\n"
    "افتتاح کتابخانه عمومی تازه در روستای کیاشهر با حضور مدیرکل کتابخانه‌های استان گیلان\n\n"
    "کتابخانه عمومی روستای کیاشهر با هزار جلد کتاب و یک سالن مطالعه روز گذشته با حضور مدیرکل "
    "کتابخانه‌های عمومی استان افتتاح شد و از این پس هر روز به روی اهالی روستا باز است. […]\n"
)
CATEGORY = "http://gilan-news.example.ir/category/%d8%a7%d8%ae%d8%a8%d8%a7%d8%b1/page/2"


@pytest.mark.parametrize("label", ["۞ خبر روز :", "خبر فوری:", "آخرین خبر :"])
@pytest.mark.parametrize("url", [None, CATEGORY])
def test_a_tickers_value_over_the_items_is_no_lists_name(label: str, url: str | None) -> None:
    ticker = "افزایش نرخ بلیت اتوبوس‌های شهری."
    record = jm.parse_article(f"{label}\n{ticker}\n\n{ITEMS}", url=url)
    assert record.title != ticker
    assert record.title is None or "title-uncertain" in warning_codes(record)


@pytest.mark.parametrize("url", [None, CATEGORY])
def test_a_lists_name_over_the_items_stays_neg(url: str | None) -> None:
    record = jm.parse_article(f"اخبار استان گیلان\n\n{ITEMS}", url=url)
    assert record.title == "اخبار استان گیلان"
    assert "listing-page" in warning_codes(record)
    assert "title-uncertain" not in warning_codes(record)


def test_a_tag_labels_value_stays_the_lists_name_neg() -> None:
    record = jm.parse_article(f"مطالب با برچسب:\nاخبار گیلان\n\n{ITEMS}", url=CATEGORY)
    assert record.title == "اخبار گیلان"
    assert "title-uncertain" not in warning_codes(record)


TOPIC = "https://exam-guide.example.com/topics/entrance-exam/Master-Selection-Guide-1403"
HEADLINE = "راهنمای انتخاب رشته کارشناسی ارشد ۱۴۰۳"
POST = (
    "دانلود راهنمای انتخاب رشته ارشد ۱۴۰۳\n\n"
    "راهنمای انتخاب رشته آزمون کارشناسی ارشد ۱۴۰۳ از سوی سازمان سنجش آموزش کشور منتشر شد و "
    "داوطلبانی که مجاز به انتخاب رشته شده‌اند می‌توانند از روز شنبه تا پنجشنبه همین هفته "
    "کدهای رشته محل مورد نظر خود را در سامانه ثبت کنند و تغییرات را ذخیره کنند.\n\n"
    "داوطلبان می‌توانند تا صد کد رشته محل را انتخاب کنند و پذیرش نهایی بر پایه نمره آزمون "
    "و معدل دوره کارشناسی انجام می‌شود که سهم هر کدام در راهنما آمده است.\n\n"
    "بخش نخست راهنما به شرایط عمومی و ضوابط پذیرش می‌پردازد و روش گزینش، شرایط بورسیه، "
    "رشته‌های دارای شرایط ویژه، شیوه‌های آموزشی و سهمیه‌های آزمون را توضیح می‌دهد و نکته‌های "
    "مهم این مرحله را به داوطلبان یادآوری می‌کند تا در انتخاب خود اشتباه نکنند و فرصت را "
    "از دست ندهند.\n\n"
    "بخش دوم راهنما جدول‌های رشته محل‌ها را در گروه‌های علوم انسانی، علوم پایه، فنی و "
    "مهندسی، کشاورزی و هنر می‌آورد و کد هر رشته محل را همراه با ظرفیت آن نشان می‌دهد.\n"
)


def test_a_section_line_over_one_post_in_full_at_a_topic_address_is_doubted() -> None:
    record = jm.parse_article(f"کنکور\n\n{HEADLINE}\n\n{POST}", url=TOPIC)
    assert record.title in (None, "کنکور", HEADLINE)
    assert "title-uncertain" in warning_codes(record)


EXCERPTS = (
    "راهنمای انتخاب رشته کارشناسی ارشد ۱۴۰۳ منتشر شد\n\n"
    "سازمان سنجش راهنمای انتخاب رشته آزمون کارشناسی ارشد را منتشر کرد.\n\n"
    "زمان اعلام نتایج آزمون دکتری ۱۴۰۳ مشخص شد\n\n"
    "نتایج آزمون دکتری هفته آینده در سایت سازمان سنجش اعلام می‌شود.\n\n"
    "شرایط ثبت نام آزمون کاردانی به کارشناسی اعلام شد\n\n"
    "ثبت نام آزمون کاردانی به کارشناسی از اول مهرماه آغاز می‌شود.\n"
)


def test_a_section_line_over_excerpts_at_a_topic_address_stays_neg() -> None:
    record = jm.parse_article(
        f"کنکور\n\n{EXCERPTS}", url="https://exam-guide.example.com/topics/entrance-exam"
    )
    assert record.title == "کنکور"
    assert "title-uncertain" not in warning_codes(record)


def test_a_post_in_full_at_an_articles_address_keeps_its_headline_neg() -> None:
    record = jm.parse_article(
        f"کنکور\n\n{HEADLINE}\n\n{POST}", url="https://exam-guide.example.com/post/1403/guide"
    )
    assert record.title == HEADLINE
    assert "title-uncertain" not in warning_codes(record)


KICKER = "گزارش خبرنگار ما از نشست شورای شهر"
EXCERPT = (
    "اعضای شورای شهر تبریز برای چندمین بار در گزینش شهردار به توافق نرسیدند تا مدیریت شهری "
    "همچنان بدون سرپرست بماند و کارهای عمرانی شهر عقب بیفتد."
)


def test_a_kicker_under_a_bulleted_item_is_no_title() -> None:
    bulleted = "• تبریز بدون شهردار/ گزینش شهردار قربانی اختلاف اعضای شورا نشود"
    record = jm.parse_article(f"{bulleted}\n\n    {KICKER}\n\n    {EXCERPT}\n")
    assert record.title != KICKER
    assert "title-uncertain" in warning_codes(record)


@pytest.mark.parametrize(
    "above",
    [
        "- نایب رئیس شورای شهر تبریز در نشست خبری:",
        "- خبرگزاری نمونه - https://news.example.ir -",
    ],
)
def test_a_headline_under_a_dash_kicker_or_a_menu_bullet_stays_neg(above: str) -> None:
    record = jm.parse_article(f"{above}\n{KICKER}\n{EXCERPT}\n")
    assert record.title == KICKER
    assert "title-uncertain" not in warning_codes(record)


RESULT = "مجمع حامیان فوتبال استان با هیچ نهاد دولتی رقابت نمی‌کند"
RESULT_TEXT = (
    "مدیرعامل مجمع حامیان فوتبال استان گفت این مجمع در برابر هیچ جریان و تشکلی نیست و تنها "
    "برای پشتیبانی از ورزشکاران کم‌بضاعت استان کار می‌کند.\n\n"
    "وی افزود شناسایی استعدادها و کمک به باشگاه‌های کوچک شهرستان‌ها از برنامه‌های امسال این "
    "مجمع است و گزارش کارها هر سه ماه منتشر می‌شود.\n"
)


@pytest.mark.parametrize("number", ["1", "۱"])
def test_a_headline_under_the_number_one_opening_the_page_is_no_title(number: str) -> None:
    record = jm.parse_article(f"{number}\n\n{RESULT}\n\n{RESULT_TEXT}")
    assert record.title is None or "title-uncertain" in warning_codes(record)


@pytest.mark.parametrize("above", ["", "ورزش استان\n\n", "2\n\n"])
def test_a_headline_not_under_a_first_items_number_stays_neg(above: str) -> None:
    record = jm.parse_article(f"{above}{RESULT}\n\n{RESULT_TEXT}")
    assert record.title == RESULT
    assert "title-uncertain" not in warning_codes(record)


CUT = (
    "2025-04-23-20-31-58 دادستان استان گفت برای بررسی بیشتر جزئیات این رویداد با مسئولان "
    "آموزش و پرورش گفتگو شده و گزارش آن به زودی...\n"
    "2025-04-23-20-28-02 جهانی شدن که در آن روزگار نظم نوین جهانی خوانده می‌شد بحث‌های "
    "فراوانی میان اندیشمندان برانگیخت و دو دیدگاه...\n"
    "2025-04-23-19-52-21 سال‌ها و میلیاردها دلار هزینه داشت به ویژه پس از آنکه جنگنده‌ها "
    "با موشک‌های تازه توانستند در عمق...\n"
)


@pytest.mark.parametrize("tail", ["", f"\nجستجو\n\n{RESULT_TEXT}"])
@pytest.mark.parametrize("name", ["ئەدەب و هونەر", "یادداشت های هفته"])
def test_a_line_over_or_in_a_run_of_cut_excerpts_is_no_title(name: str, tail: str) -> None:
    record = jm.parse_article(f"{name}\n\n{CUT}\nتماس با ما\n{tail}")
    assert record.title is None or "title-uncertain" in warning_codes(record)


def test_a_headline_over_paragraphs_one_of_them_cut_stays_neg() -> None:
    text = (
        f"{RESULT}\n\n"
        "مدیرعامل مجمع حامیان فوتبال استان گفت این مجمع در برابر هیچ جریان و تشکلی نیست و "
        "تنها برای پشتیبانی از ورزشکاران کار می‌کند...\n"
        "وی افزود شناسایی استعدادها و کمک به باشگاه‌های کوچک شهرستان‌ها از برنامه‌های امسال "
        "این مجمع است.\n"
        "گزارش کارهای مجمع هر سه ماه یک بار در پایگاه خبری آن منتشر می‌شود و همه می‌توانند "
        "آن را بخوانند...\n"
    )
    record = jm.parse_article(text)
    assert record.title == RESULT
    assert "title-uncertain" not in warning_codes(record)


def test_a_kicker_under_a_short_bulleted_item_is_no_title() -> None:
    # mut25: a bulleted item of three words («•» and two) is an item still, not a menu's
    record = jm.parse_article(f"• شهردار تبریز\n\n    {KICKER}\n\n    {EXCERPT}\n")
    assert record.title != KICKER or "title-uncertain" in warning_codes(record)
