"""fix204: leftovers of real61 and attacks46 (docs/real_sample.md "A fiftieth sample").

- Joomla's category blog («index.php?option=com_content&view=category&layout=blog&id=23»,
  dps.mshdiau.ac.ir, real61 #29) showing one item in full under «تاریخ ایجاد در DATE»: a
  category's list, so neither the item's headline nor its day is the page's.
- A headline printed twice over three headlines of other stories, one of them naming the
  same province (attacks46's `headline-twice-over-other-headlines-...`, the layout of
  sobhefootballi.ir's page in tests/test_fix118.py): one of a list's items, doubted.

The headlines and bodies are written for these tests on the real pages' layouts."""

from __future__ import annotations

import datetime

from tests.checks import warning_codes

import jalali_meta as jm

# dps.mshdiau.ac.ir's category blog (real61 #29): Joomla's creation line over the one item
# shown, its heading, a bold line, then the item's steps.
JOOMLA_ITEM = (
    "تاریخ ایجاد در 12 مهر 1394\n\n"
    "راهنمای ثبت درخواست فرصت مطالعاتی دانشجویان دکتری\n\n"
    "**درخواست ها تنها در ماه اول هر نیمسال پذیرفته می شود**\n\n"
    " \n\n"
    "گام های نخست :\n\n"
    " • پر کردن فرم درخواست و رساندن آن به دفتر تحصیلات تکمیلی دانشکده همراه با نامه پذیرش "
    "دانشگاه میزبان.\n"
    " • بررسی درخواست در نشست ماهانه شورای پژوهشی دانشکده و اعلام نتیجه به دانشجو.\n"
    " • دانشجو باید دست کم دو ماه پیش از سفر، برای گرفتن حکم ماموریت به اداره آموزش مراجعه "
    "کند.\n\n"
    "یادآوری : اگر استاد راهنمای دانشجو در سفر باشد، امضای معاون پژوهشی دانشکده به جای آن "
    "پذیرفته می شود و باقی مدارک بی تغییر است.\n"
)
JOOMLA_SITE = "http://dps.example.ac.ir/index.php"


def test_a_joomla_category_blog_showing_one_item_is_a_list() -> None:
    url = f"{JOOMLA_SITE}?option=com_content&view=category&layout=blog&id=31&Itemid=240&lang=fa"
    record = jm.parse_article(JOOMLA_ITEM, url=url)
    assert record.title is None
    assert record.published is None
    assert "listing-page" in warning_codes(record)


def test_a_joomla_section_blog_by_task_is_a_list() -> None:
    # Joomla 1.0's «task=blogsection»: a section's items.
    url = f"{JOOMLA_SITE}?option=com_content&task=blogsection&id=4&Itemid=52"
    record = jm.parse_article(JOOMLA_ITEM, url=url)
    assert record.title is None
    assert record.published is None


def test_a_joomla_article_view_keeps_its_item_neg() -> None:
    # The same item at its own address (view=article): the page is the item, dated.
    url = f"{JOOMLA_SITE}?option=com_content&view=article&id=214&catid=31&Itemid=240&lang=fa"
    record = jm.parse_article(JOOMLA_ITEM, url=url)
    assert record.title is not None
    assert record.published is not None
    assert record.published.gregorian == datetime.date(2015, 10, 4)
    assert "listing-page" not in warning_codes(record)


def test_a_category_word_in_a_non_joomla_query_is_no_list_neg() -> None:
    # «view=category» without Joomla's «option»: another script's parameter, read as before.
    url = "http://dps.example.ac.ir/show.php?view=category&id=214"
    record = jm.parse_article(JOOMLA_ITEM, url=url)
    assert record.published is not None
    assert "listing-page" not in warning_codes(record)


# A provincial site's page (attacks46's layout, sobhefootballi.ir's in tests/test_fix118.py):
# the headline printed twice, then the headlines of three other stories, the second naming
# the same province, then the story's text.
HEAD = "افتتاح ۱۲ کتابخانه روستایی استان در هفته کتاب"
LEAD = (
    "مدیرکل کتابخانه های عمومی استان گفت دوازده کتابخانه تازه در روستاهای استان در هفته "
    "کتاب به روی مردم باز می شود و هر کدام نزدیک به سه هزار جلد کتاب دارد."
)
MORE = (
    "او افزود برای این کتابخانه ها قفسه، میز مطالعه و رایانه خریداری شده و کتابداران آنها از "
    "میان جوانان همان روستاها برگزیده شده اند.\n"
    "به گفته وی، ساخت هشت کتابخانه دیگر تا پایان سال آینده به پایان می رسد.\n"
)
OTHERS = (
    "مسابقات والیبال ساحلی بانوان در ساحل بندر برگزار شد؛ میزبانی به شهر رسید\n"
    "برداشت خرمای استان امسال دو برابر شد!\n"
    "نمایش عروسکی کودکان در تالار فرهنگ به صحنه رفت...\n"
)


def test_a_headline_twice_over_other_headlines_naming_its_province_is_doubted() -> None:
    text = f"{HEAD}\n{HEAD}\n{OTHERS}به گزارش خبرنگار ما :\n{LEAD}\n{MORE}"
    record = jm.parse_article(text)
    assert "title-uncertain" in warning_codes(record)
    assert record.title in (None, HEAD)


def test_a_headline_twice_over_its_subtitle_lines_neg() -> None:
    # The headline printed twice over two subtitle lines restating its words («کتابخانه»,
    # «روستایی», «کتاب»), then one other story's teaser: the page's own header, kept.
    subtitle = (
        "دوازده کتابخانه روستایی با سه هزار جلد کتاب در هفته آینده باز می شوند\n"
        "کتابداران از میان جوانان همان روستاها برگزیده شده اند\n"
        "نمایش عروسکی کودکان در تالار فرهنگ به صحنه رفت...\n"
    )
    text = f"{HEAD}\n{HEAD}\n{subtitle}به گزارش خبرنگار ما :\n{LEAD}\n{MORE}"
    record = jm.parse_article(text)
    assert record.title == HEAD
    assert "title-uncertain" not in warning_codes(record)


# A Pajhwok report in Dari (elections.pajhwok.com, real60 #29): no headline printed, the
# lead opening with the agency's dateline, its day glued to the Afghan month and its year
# of two digits.
REPORT = (
    "هرات (پژواک،١٤سرطان ٩١): مسوولان محلی می گویند که کار ساخت سه مکتب تازه در ولسوالی های "
    "این ولایت در ماه جاری به پایان می رسد و شاگردان در سال آینده در صنف های نو درس می خوانند.\n"
    "سخنگوی والی هرات به آژانس خبری پژواک گفت که هزینه این مکاتب از بودجه انکشافی ولایت "
    "پرداخته شده و ساختمان ها دارای کتابخانه و لابراتوار نیز هستند.\n"
    "به گفتۀ وی، کار ساخت دو مکتب دیگر در ولسوالی های دوردست به زودی آغاز می شود.\n"
)


def test_a_pajhwok_dateline_with_a_two_digit_year_is_read_warned() -> None:
    record = jm.parse_article(REPORT)
    assert record.published is not None
    assert record.published.gregorian == datetime.date(2012, 7, 4)  # 14 Saratan 1391
    assert "two-digit-year" in warning_codes(record)


def test_a_two_digit_year_in_a_sentence_stays_unread_neg() -> None:
    # The same day and month in running text, no dateline: a count as likely as a year.
    text = (
        "ساخت سه مکتب تازه در ولسوالی های هرات\n\n"
        "مسوولان محلی می گویند که کار ساخت این مکاتب از ١٤ سرطان ٩١ نفر از کارگران محلی "
        "آغاز شده و تا پایان سال ادامه دارد؛ شاگردان در صنف های نو درس خواهند خواند.\n"
    )
    record = jm.parse_article(text)
    assert record.published is None
    assert "two-digit-year" not in warning_codes(record)


# vote.af's election pages (real61 #28): the election's type as the heading, then Pajhwok's
# reports one a paragraph, each opening with its own dateline.
REPORTS = (
    "انتخابات ولسی جرگه\n\n"
    "بامیان (پژواک،٣٠ حمل٩٢): مسوولان کمیسیون انتخابات می گویند که ثبت نام رای دهندگان در "
    "مرکز این ولایت از هفته آینده آغاز می شود و تا دو ماه ادامه خواهد داشت.\n\n"
    "شهر بامیان (پژواک،٢٧ حوت ٩١): شماری از باشندگان این ولایت از کمبود مراکز ثبت نام در "
    "ولسوالی های دوردست شکایت دارند و خواستار افزایش تیم های سیار هستند.\n\n"
    "بامیان (پژواک،٢٠ حوت ٩١): کمیسیون مستقل انتخابات در این ولایت برای کارمندان تازه خود "
    "دوره آموزشی سه روزه برگزار کرد تا با روند ثبت نام آشنا شوند.\n"
)


def test_reports_each_opening_with_a_dateline_are_a_list() -> None:
    record = jm.parse_article(REPORTS)
    assert record.title is None
    assert record.published is None
    assert "listing-page" in warning_codes(record)


def test_reports_with_four_digit_years_are_a_list_too() -> None:
    text = REPORTS.replace("حمل٩٢", "حمل ١٣٩٢").replace("حوت ٩١", "حوت ١٣٩١")
    record = jm.parse_article(text)
    assert record.title is None
    assert record.published is None


def test_a_report_over_a_related_report_is_no_list_neg() -> None:
    # One report (its own paragraphs under its dateline), then a related report's teaser
    # opening with its dateline: the page is the first report, dated.
    related = (
        "\nهرات (پژواک،٢ سرطان ١٣٩١): والی هرات از آغاز کار ساخت پنج سرک تازه در ولسوالی های "
        "غربی این ولایت خبر داد و گفت که کار آن تا پایان سال تمام می شود.\n"
    )
    report = REPORT.replace("سرطان ٩١", "سرطان ١٣٩١")
    text = "ساخت سه مکتب تازه در ولسوالی های هرات\n\n" + report + related
    record = jm.parse_article(text)
    assert record.title == "ساخت سه مکتب تازه در ولسوالی های هرات"
    assert record.published is not None
    assert record.published.gregorian == datetime.date(2012, 7, 4)
    assert "listing-page" not in warning_codes(record)
