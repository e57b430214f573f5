"""mut43: tests for the survivors of the forty-third mutation round (benchmarks/hand_mutants_43.py,
docs/reliability.md "The forty-third round: fix204-fix208 under mutation").

Each test kills one survivor and passes on main; the layouts are the rules' own pages
(Pajhwok's dateline reports, a provincial site's headline printed twice, facenama's cut echo,
pashtoonkhwa's bracketed stamp, an agency header printed twice, Sputnik's yearless dateline,
Discourse's topic address, a Joomla K2 list), the sentences written for these tests.
"""

from __future__ import annotations

import datetime

from tests.checks import warning_codes

import jalali_meta as jm

# -- fix204: Joomla's list views (mutant 1) -----------------------------------------------------
_JOOMLA_ITEM = (
    "تاریخ ایجاد در 12 مهر 1394\n\n"
    "راهنمای ثبت درخواست فرصت مطالعاتی دانشجویان دکتری\n\n"
    "**درخواست ها تنها در ماه اول هر نیمسال پذیرفته می شود**\n\n"
    "گام های نخست :\n\n"
    " • پر کردن فرم درخواست و رساندن آن به دفتر تحصیلات تکمیلی دانشکده همراه با نامه پذیرش "
    "دانشگاه میزبان.\n"
    " • بررسی درخواست در نشست ماهانه شورای پژوهشی دانشکده و اعلام نتیجه به دانشجو.\n\n"
    "یادآوری : اگر استاد راهنمای دانشجو در سفر باشد، امضای معاون پژوهشی دانشکده به جای آن "
    "پذیرفته می شود و باقی مدارک بی تغییر است.\n"
)


def test_a_k2_item_list_view_is_a_list() -> None:
    # K2's «view=itemlist» (Joomla's content component for news sites): a category's items.
    url = "http://dps.example.ac.ir/index.php?option=com_k2&view=itemlist&id=7&Itemid=90"
    record = jm.parse_article(_JOOMLA_ITEM, url=url)
    assert record.title is None
    assert record.published is None
    assert "listing-page" in warning_codes(record)


# -- fix204: an agency dateline's two-digit year (mutants 7, 8, 9) ------------------------------
# Pajhwok's Dari report (real60 #29): the lead opens with the dateline, no headline printed.


def _report(year: str, more: str = "") -> str:
    return (
        f"هرات (پژواک،١٤ سرطان {year}): مسوولان محلی می گویند که کار ساخت سه مکتب تازه در "
        "ولسوالی های این ولایت در ماه جاری به پایان می رسد و شاگردان در سال آینده در صنف های "
        "نو درس می خوانند.\n"
        "سخنگوی والی هرات به آژانس خبری پژواک گفت که هزینه این مکاتب از بودجه انکشافی ولایت "
        f"پرداخته شده و ساختمان ها دارای کتابخانه و لابراتوار نیز هستند.{more}\n"
    )


def test_a_dateline_year_fifty_is_of_the_thirteen_hundreds() -> None:
    # The rule 50-99: 13xx, 00-49: 14xx, with no other year on the page: «٥٠» is 1350.
    record = jm.parse_article(_report("٥٠"))
    assert record.published is not None
    assert record.published.gregorian == datetime.date(1971, 7, 5)  # 14 Saratan 1350
    assert "two-digit-year" in warning_codes(record)


def test_a_dateline_year_forty_nine_is_never_a_year_to_come() -> None:
    # «٤٩» with no other year: 1449 (2070) is a year to come, so 1349 (fix213; mut43 asked
    # for 1449 here, the rule 00-49: 14xx as fix204 wrote it).
    record = jm.parse_article(_report("٤٩"))
    assert record.published is not None
    assert record.published.gregorian == datetime.date(1970, 7, 5)  # 14 Saratan 1349
    assert "two-digit-year" in warning_codes(record)


def test_a_dateline_year_takes_the_century_of_the_pages_other_years() -> None:
    # The page prints 1345 elsewhere: «٤٩» is 1349 (the page's century), warned.
    more = " این مکتب نخست در سال ١٣٤٥ ساخته شده بود."
    record = jm.parse_article(_report("٤٩", more))
    assert record.published is not None
    assert record.published.gregorian == datetime.date(1970, 7, 5)  # 14 Saratan 1349
    assert "two-digit-year" in warning_codes(record)


# -- fix204: dateline-led reports (mutants 12, 14) ----------------------------------------------
_REPORTS = [
    "بامیان (پژواک،٣٠ حمل٩٢): مسوولان کمیسیون انتخابات می گویند که ثبت نام رای دهندگان در "
    "مرکز این ولایت از هفته آینده آغاز می شود و تا دو ماه ادامه خواهد داشت.",
    "شهر بامیان (پژواک،٢٧ حوت ٩١): شماری از باشندگان این ولایت از کمبود مراکز ثبت نام در "
    "ولسوالی های دوردست شکایت دارند و خواستار افزایش تیم های سیار هستند.",
    "بامیان (پژواک،٢٠ حوت ٩١): کمیسیون مستقل انتخابات در این ولایت برای کارمندان تازه خود "
    "دوره آموزشی سه روزه برگزار کرد تا با روند ثبت نام آشنا شوند.",
]


def test_two_reports_each_opening_with_a_dateline_are_a_list() -> None:
    record = jm.parse_article("انتخابات ولسی جرگه\n\n" + "\n\n".join(_REPORTS[:2]) + "\n")
    assert record.title is None
    assert record.published is None
    assert "listing-page" in warning_codes(record)


def test_reports_with_a_more_link_under_each_are_a_list() -> None:
    # vote.af's teasers with a «ادامه خبر» link under each: a line that is no paragraph
    # between the reports is stepped over.
    text = "انتخابات ولسی جرگه\n\n" + "\n\nادامه خبر\n\n".join(_REPORTS) + "\n"
    record = jm.parse_article(text)
    assert record.title is None
    assert record.published is None
    assert "listing-page" in warning_codes(record)


# -- fix204: a headline twice over its subtitle sharing two words (mutant 16) --------------------
_HEAD = "افتتاح ۱۲ کتابخانه روستایی استان در هفته کتاب"
_LEAD = (
    "مدیرکل کتابخانه های عمومی استان گفت دوازده کتابخانه تازه در روستاهای استان در هفته "
    "کتاب به روی مردم باز می شود و هر کدام نزدیک به سه هزار جلد کتاب دارد.\n"
    "او افزود کتابداران این کتابخانه ها از میان جوانان همان روستاها برگزیده شده اند.\n"
)


def test_a_headline_twice_over_a_subtitle_restating_two_words_neg() -> None:
    # The subtitle restates «کتابخانه» and «روستایی», the next lines share none: the page's
    # own header (two shared words are a subtitle's, not a local site's place name).
    lines = (
        "دوازده کتابخانه روستایی نو هر کدام سه هزار جلد دارند\n"
        "قفسه و میز مطالعه و رایانه هم خریداری شده است\n"
        "نمایش عروسکی کودکان در تالار فرهنگ به صحنه رفت...\n"
    )
    record = jm.parse_article(f"{_HEAD}\n{_HEAD}\n{lines}به گزارش خبرنگار ما :\n{_LEAD}")
    assert record.title == _HEAD
    assert "title-uncertain" not in warning_codes(record)


# -- real62: a bracketed stamp before the headline (mutant 21) -----------------------------------
_STATEMENT = (
    "نشست سالانه انجمن صنفی کتابداران در روزهای پایانی هفته با حضور نمایندگان استان ها "
    "برگزار شد و اعضا درباره دوره های تازه و شیوه ثبت نام گفت وگو کردند.\n"
    "انجمن از همه اعضا می خواهد برنامه دوره ها را در کتابخانه های خود در معرض دید مراجعان "
    "قرار دهند.\n"
)


def test_a_bracketed_date_opening_a_range_is_no_stamp_neg() -> None:
    # «[DATE] تا DATE ...»: the bracket opens a period's range («تا», a phrase word), not an
    # item's stamp; the line is not cut there and its first day is no publication date.
    line = "[1399/01/15] تا 1399/02/15 مهلت ثبت نام دوره های تابستانی کتابخانه"
    record = jm.parse_article(f"اخبار\n{line}\n{_STATEMENT}")
    assert record.title is None or not record.title.startswith("تا ")
    assert record.published is None


# -- real62: a headline's cut echo (mutants 26, 27) ----------------------------------------------


def _social_post(first: str) -> str:
    # facenama.com's post (#12): a section's line twice, the headline glued to its cut copy,
    # twice, the headline alone, «: HEADLINE», the text.
    return (
        "هر روز!\nهر روز!\n\n"
        f"{first}\n\n{first}\n\n"
        "کتابخانه ای در دل کوه های البرز!\n: کتابخانه ای در دل کوه های البرز!\n"
        "اهالی یک روستای کوهستانی در شمال کشور با کمک هم کتابخانه ای ساخته اند که در زمستان "
        "تنها جای گرم روستا برای خواندن و گفت وگوی جوانان است.\n"
    )


def test_a_cut_copy_ending_inside_a_word_is_cut_off() -> None:
    text = _social_post("کتابخانه ای در دل کوه های البرز! : کتابخانه ای د")
    assert jm.parse_article(text).title == "کتابخانه ای در دل کوه های البرز!"


def test_a_cut_copy_after_an_em_dash_is_cut_off() -> None:
    text = _social_post("کتابخانه ای در دل کوه های البرز — کتابخانه ای در")
    assert jm.parse_article(text).title == "کتابخانه ای در دل کوه های البرز"


# -- real62: WordPress's «/%year%/%post_id%/%postname%/» (mutant 30) -----------------------------


def test_a_three_digit_post_id_after_the_years_segment_is_the_number() -> None:
    url = "https://tourismnews.example/1392/660/بازگشایی-موزه-خط-پس-از-مرمت/"
    record = jm.parse_article("بازگشایی موزه خط پس از مرمت\n" + _STATEMENT, url=url)
    assert record.number == "660"


# -- fix205: the headline over its subtitle in an agency header (mutants 37, 38, 40) -------------
_SAFFRON = "نخستین بازارچه زعفران در ولایت فراه گشایش یافت"
_SAFFRON_SUB = "دهقانان بیش از سی نوع محصول خانگی را برای فروش آوردند"
_SAFFRON_LEAD = (
    "نخستین بازارچه زعفران ولایت فراه با حضور مسئولان محلی و دهقانان ولسوالی ها گشایش یافت و "
    "تا یک هفته برای خریداران باز است."
)
_SAFFRON_MORE = "مسئولان زراعت می گویند حاصل زعفران امسال بیشتر از سال گذشته است."


def _agency(head: str, sub: str, lead: str) -> str:
    # An Afghan Dari item copied from the browser (attacks65, tests/pages 2068): the headline
    # and its subtitle printed twice, double-spaced, the Solar Hijri date, the lead.
    return "\n\n".join((head, sub, head, sub, "۱۲ جوزا ۱۴۰۲", lead, _SAFFRON_MORE)) + "\n"


def test_a_headline_holding_a_bar_over_its_subtitle_stays_doubted() -> None:
    head = "زعفران فراه | نخستین بازارچه زعفران در ولایت فراه گشایش یافت"
    record = jm.parse_article(_agency(head, _SAFFRON_SUB, _SAFFRON_LEAD))
    assert "title-uncertain" in warning_codes(record)


def test_a_lead_retelling_half_the_subtitle_keeps_the_doubt() -> None:
    # The lead retells the headline and half of the subtitle's content words («دهقانان»,
    # «محصول»): it tells both, so the headline over the subtitle is not sure.
    sub = "دهقانان محصول خانگی آوردند"
    lead = (
        "نخستین بازارچه زعفران ولایت فراه با حضور دهقانان و محصول های تازه گشایش یافت و تا "
        "یک هفته برای خریداران باز است."
    )
    record = jm.parse_article(_agency(_SAFFRON, sub, lead))
    assert "title-uncertain" in warning_codes(record)


# -- fix207: Discourse's topic address and yearless datelines (mutants 51, 55, 56) ---------------
_TOPIC_TEXT = "چرا ثبت نام مرحله سوم دیر شروع شد\n\nhttp://www.example-news.ir/13970815000123\n"


def test_a_year_under_t_is_no_discourse_topic_neg() -> None:
    # «/t/2024/318»: a slug of digits only (a year's folder), not a topic's slug.
    record = jm.parse_article(_TOPIC_TEXT, url="https://discuss.example.ir/t/2024/318")
    assert record.number is None


_RU_HEAD = "Мнение: новые автобусы сократят очереди на остановках Душанбе"
_RU_URL = "https://m.tj.sputniknews.ru/opinion/20210415/1040123456/avtobusy-dushanbe.html"


def _ru_page(dateline: str) -> str:
    # Sputnik Tajikistan's mobile item (tests/pages 2093): the headline, the lead, the text
    # opening with «CITY, D MONTH - Sputnik.», no update stamp.
    return (
        f"<html lang='ru'><head><meta charset='utf-8'><title>{_RU_HEAD}</title></head><body>"
        f"<div class='b-article'><h1 class='b-article__title'>{_RU_HEAD}</h1>\n"
        "<div class='b-article__lead'>Новые машины выйдут на маршруты до конца весны</div>\n"
        f"<div class='b-article__text'><p><strong>{dateline} - Sputnik.</strong> Городские "
        "власти сообщили, что до конца весны на маршруты выйдут сорок новых автобусов.</p>\n"
        "<p>По словам экспертов, новые машины расходуют меньше топлива.</p>\n"
        "</div></div></body></html>"
    )


def test_a_month_cut_to_two_letters_names_no_day_neg() -> None:
    # «15 фе»: two letters are no month's abbreviation; the address's day stands.
    record = jm.parse_html(_ru_page("ДУШАНБЕ, 15 фе"), url=_RU_URL)
    assert record.published is not None
    assert record.published.isoformat() == "2021-04-15"
    assert "published-from-url" in warning_codes(record)


def test_a_month_prefix_of_two_months_names_no_day_neg() -> None:
    # «ژوئ» opens both «ژوئن» and «ژوئیه»: no month, so no other day against the address's.
    page = (
        "<html lang='fa'><head><meta charset='utf-8'><title>کاهش صف اتوبوس های شهری</title>"
        "</head><body><h1>کاهش صف اتوبوس های شهری</h1>"
        "<p><strong>تهران، ۱۵ ژوئ - خبرگزاری نمونه.</strong> مسئولان شهری گفتند تا پایان بهار "
        "چهل اتوبوس تازه به ناوگان شهر افزوده می شود و فاصله حرکت اتوبوس ها نصف خواهد شد.</p>"
        "<p>به گفته کارشناسان، اتوبوس های تازه سوخت کمتری مصرف می کنند.</p></body></html>"
    )
    url = "https://news.example.com/society/20210415/1040123456/bus.html"
    record = jm.parse_html(page, url=url)
    assert record.published is not None
    assert record.published.isoformat() == "2021-04-15"


# -- mut42's mutant 13: a headline over a short line, the pair printed twice ---------------------


def test_a_headline_pair_printed_twice_whose_lead_retells_the_second_line_neg() -> None:
    # A headline over a photo report's label, the two printed twice, double-spaced; the lead
    # retells the label («تصاویر بازارچه زعفران فراه»): a headline over its subtitle, no
    # blog's masthead, so the headline stays undoubted (main's record).
    lead = (
        "در این تصاویر بازارچه زعفران فراه را ببینید که دهقانان ولسوالی ها محصولات خانگی خود "
        "را برای فروش آورده اند و خریداران از شهرهای دیگر آمده اند."
    )
    label = "تصاویر بازارچه زعفران فراه"
    text = "\n\n".join((_SAFFRON, label, _SAFFRON, label, lead, _SAFFRON_MORE)) + "\n"
    record = jm.parse_article(text)
    assert record.title == _SAFFRON
    assert "title-uncertain" not in warning_codes(record)


# -- fix207: a date heading's label ends with a colon (mutant 45) --------------------------------


def test_a_front_matter_title_naming_a_meeting_by_its_day_neg() -> None:
    # trafilatura's front matter titled «نشست شورا ۱۲ مرداد ۱۴۰۲» (two words and a date, no
    # colon): a meeting's report named by its day, not a date archive's heading; it stays the
    # title.
    text = (
        '---\ntitle: "نشست شورا ۱۲ مرداد ۱۴۰۲"\n---\nخبرنامه کانون\n\n'
        "اعضای شورای کانون در نشست این هفته درباره برنامه اردوهای تابستانی و هزینه رفت و آمد "
        "دانش آموزان گفت وگو کردند و تصمیم گرفتند اردوها تا پایان مرداد ادامه یابد.\n\n"
        "گزارش کامل این نشست در شماره آینده خبرنامه منتشر می شود.\n"
    )
    record = jm.parse_article(text)
    assert record.title == "نشست شورا ۱۲ مرداد ۱۴۰۲"
