"""Rules from the last failures of tests/pages (issue #16, round fix11), each with a positive
and a negative case: the shapes are the real pages' (tests/pages/SOURCES.md), the words new."""

from __future__ import annotations

from tests.checks import iso, to_minute
from tests.checks import warning_code_list as codes

import jalali_meta as jm

HEADLINE = "کتابخانه‌های روستایی در استان ساخته می‌شوند"
BODY = (
    "\nوالی استان در دیدار با مسئولان فرهنگی از برنامه‌های تازه این اداره برای سال آینده "
    "سخن گفت و افزود که کتابخانه‌های کوچک در روستاها ساخته خواهد شد.\n"
    "او گفت که این برنامه با همکاری وزارت فرهنگ اجرا می‌شود و هزینه آن از بودجه "
    "عادی استان پرداخته خواهد شد و گزارش کار هر سه ماه یک بار منتشر می‌شود.\n"
)


def published(article: jm.Article) -> str | None:
    """The published value as the page goldens write it."""
    return to_minute(iso(article.published))


# -- 737: a time label after the date on the same labelled line -------------------------------


def test_time_label_after_the_date_is_the_dates_time() -> None:
    """«تاریخ انتشار : DATE - ساعت انتشار: TIME - گروه خبری : ...»: one date with its time."""
    line = "تاریخ انتشار : 1401/04/07 - ساعت انتشار: ١٢:٢١ - گروه خبری : اخبار شهرستان"
    article = jm.parse_article(HEADLINE + "\n" + line + BODY)
    assert published(article) == "2022-06-28T12:21+04:30"
    assert codes(article) == []


def test_time_label_zaman_after_a_pipe_is_the_dates_time() -> None:
    """«تاریخ انتشار : DATE | زمان: TIME»: «زمان» names the date's time, not a second date."""
    line = "تاریخ انتشار : 1401/04/07 | زمان: ١٢:٢١"
    article = jm.parse_article(HEADLINE + "\n" + line + BODY)
    assert published(article) == "2022-06-28T12:21+04:30"
    assert codes(article) == []


def test_time_label_after_another_field_is_not_joined() -> None:
    """A time label after another field («بازدید: 12») is no part of the date's value."""
    line = "تاریخ : 1401/04/07 - بازدید: 12 - زمان انتشار: ١٢:٢١"
    article = jm.parse_article(HEADLINE + "\n" + line + BODY)
    assert published(article) == "2022-06-28"
    assert "not-a-date" in codes(article)


def test_time_label_in_the_grammar() -> None:
    """parse_datetime reads «ساعت انتشار:» between a date and its time; «ساعت انتشار» alone
    after the date, without a time, is no time."""
    stamp = jm.parse_datetime("1401/04/07 - ساعت انتشار: ١٢:٢١")
    assert to_minute(iso(stamp)) == "2022-06-28T12:21+04:30"
    stamp = jm.parse_datetime("1401/04/07 زمان ثبت: 08:05")
    assert to_minute(iso(stamp)) == "2022-06-28T08:05+04:30"
    found = jm.find_dates("در 1401/04/07 - ساعت انتشار خبر را خواندیم")
    assert [to_minute(iso(d)) for d in found] == ["2022-06-28"]


# -- 734/751: clocks printed without their zeros --------------------------------------------


def test_three_field_clock_with_an_unpadded_field_is_read() -> None:
    """«11:0:6»: a clock of three fields, one printed without its zero, is 11:00:06."""
    stamp = jm.parse_datetime("20 اسفند 1402 ساعت انتشار : 11:0:6")
    assert to_minute(iso(stamp)) == "2024-03-10T11:00+03:30"
    assert stamp.gregorian.second == 6
    article = jm.parse_article(HEADLINE + "\nتاریخ انتشار : 1402/12/20 ساعت 9:5:30" + BODY)
    assert (published(article), codes(article)) == ("2024-03-10T09:05+03:30", [])


def test_two_field_clock_with_a_one_digit_minute_is_no_time() -> None:
    """«۱۳:۴» alone (no seconds) is no clock for the grammar: a digit may be lost."""
    for text in ("۹ مهر ۱۳۹۸ | ۱۳:۴", "1398/07/09 11:05:6.5"):
        try:
            jm.parse_datetime(text)
        except jm.DateError:
            continue
        raise AssertionError(f"{text!r} was read")


def test_date_with_a_one_digit_minute_keeps_its_day_warned() -> None:
    """«تاریخ انتشار : سه شنبه ۹ مهر ۱۳۹۸ | ۱۳:۴»: the day, date only, with time-unread."""
    text = "تاریخ انتشار : سه شنبه ۹ مهر ۱۳۹۸ | ۱۳:۴\n" + HEADLINE + BODY
    article = jm.parse_article(text)
    assert published(article) == "2019-10-01"
    assert codes(article) == ["time-unread"]
    assert article.published is not None
    assert article.published.text == "سه شنبه ۹ مهر ۱۳۹۸"


def test_date_with_another_bad_clock_stays_unread() -> None:
    """A three-digit minute («۱۳:۴۵۵») is no unpadded clock: the value stays empty."""
    text = "تاریخ انتشار : سه شنبه ۹ مهر ۱۳۹۸ | ۱۳:۴۵۵\n" + HEADLINE + BODY
    article = jm.parse_article(text)
    assert (published(article), codes(article)) == (None, ["invalid-date"])


def test_date_with_a_one_digit_minute_is_refused_in_strict_mode() -> None:
    """Strict mode refuses the date whose time cannot be read, as before."""
    text = "تاریخ انتشار : سه شنبه ۹ مهر ۱۳۹۸ | ۱۳:۴\n" + HEADLINE + BODY
    try:
        jm.parse_article(text, strict=True)
    except jm.DateError:
        return
    raise AssertionError("strict mode read the date")


# -- 751: a site's update stamp above the title, its value on the next line -----------------

SITE_TOP = "اکو خبر\n\nامروز : چهار شنبه 21 آبان ماه 1404\n"


def test_site_update_stamp_value_on_the_next_line_is_set_aside() -> None:
    """«آخرین به روز رسانی:» above the title, the value on the next line: the site's stamp."""
    text = SITE_TOP + "آخرین به روز رسانی:\nسه شنبه 13 آبان ماه 1404 ساعت: 00:01:21\n\n"
    article = jm.parse_article(text + HEADLINE + "\n" + HEADLINE + BODY)
    assert article.updated is None
    assert "site-stamp" in codes(article)


def test_update_label_under_the_title_takes_the_next_line() -> None:
    """Under the title, the label's value on the next line is the article's update."""
    text = HEADLINE + "\nتاریخ انتشار: 1404/08/10 10:00\nآخرین به روز رسانی:\n"
    article = jm.parse_article(text + "سه شنبه 13 آبان ماه 1404 ساعت: 10:01:21" + BODY)
    assert to_minute(iso(article.updated)) == "2025-11-04T10:01+03:30"


# -- 482 (text alone): the lead dates something in the Afghan calendar ------------------------

MINISTRY = (
    "آغاز کارزار واکسین در ولایات شمالی از هفته آینده\n\nPanah_moph\n"
    "Sat, Feb 01 2020 3:10 PM\n"
    "آغاز کارزار واکسین در ولایات شمالی از هفته آینده\n\n"
)
DARI_LEAD = (
    "وزیر صحت عامه کشور به روز ({day}) در نشستی با نمایندگان سازمان صحی جهان اعلام کرد که "
    "دور تازه کارزار از هفته آینده در ولایات شمالی آغاز می‌شود.\n"
    "ریاست‌های صحت عامه ولایات باید تیم‌ها را پیش از آغاز کارزار آموزش دهند.\n"
)


def test_afghan_date_in_the_lead_puts_the_page_on_kabuls_clock() -> None:
    """«به روز (شنبه 12 دلو 1398)» in the lead, the page's own day: the header time is Kabul's."""
    article = jm.parse_article(MINISTRY + DARI_LEAD.format(day="شنبه 12 دلو 1398"))
    assert published(article) == "2020-02-01T15:10+04:30"


def test_afghan_date_of_another_day_in_the_lead_is_quoted() -> None:
    """An Afghan date in the lead that is not the page's day is quoted: Tehran's clock stays."""
    article = jm.parse_article(MINISTRY + DARI_LEAD.format(day="شنبه 5 دلو 1398"))
    assert published(article) == "2020-02-01T15:10+03:30"


def test_zodiac_word_without_a_date_says_nothing() -> None:
    """«میزان» as a word (no day, no year) in the lead: the clock stays Tehran's."""
    article = jm.parse_article(MINISTRY + DARI_LEAD.format(day="شنبه به میزان زیاد"))
    assert published(article) == "2020-02-01T15:10+03:30"


# -- 157, 256, 525 (text alone): a date banner, a short name, one teaser ----------------------

TEASER = "روزی که فوتبال شهر ما سه رنگ شد"
EXCERPT = (
    "اسفند ماه سال ۱۳۵۷ چند جوان محله تیمی کوچک ساختند و نامش را از پرچمی گرفتند که در آن "
    "روزها بر بام مدرسه محله برافراشته بود و هنوز هم بازی می‌کنند.\n"
)


def _one_teaser(banner: str, more: str = "") -> str:
    return f"{banner}\n\nهمراهی\n\n{TEASER}\n\n{TEASER}\n\n{EXCERPT}{more}"


def test_one_teaser_under_a_name_and_a_date_banner_is_doubted() -> None:
    """Banner, a short line, the headline twice over one paragraph: maybe a one-item list."""
    article = jm.parse_article(_one_teaser("تاریخ : شنبه, ۱ اردیبهشت , ۱۴۰۳"))
    assert article.title == TEASER
    assert "title-uncertain" in codes(article)


def test_one_teaser_with_a_back_to_top_link_is_doubted() -> None:
    """A «برو بالا» link under the paragraph is no more text of a story."""
    article = jm.parse_article(_one_teaser("• امروز : پنج شنبه - ۲۰ اردیبهشت - ۱۴۰۳", "برو بالا\n"))
    assert "title-uncertain" in codes(article)


def test_story_running_on_under_its_lead_is_not_doubted() -> None:
    """The same head over a story of two paragraphs: the headline is the page's."""
    more = "او گفت که این تیم سال‌ها در لیگ استان بازی کرد و چند بار قهرمان شد و نامش ماند.\n"
    article = jm.parse_article(_one_teaser("تاریخ : شنبه, ۱ اردیبهشت , ۱۴۰۳", more))
    assert (article.title, codes(article)) == (TEASER, [])


def test_one_teaser_without_a_date_banner_is_not_doubted() -> None:
    """Without the site's date banner at the top (a source name over a story): no doubt."""
    article = jm.parse_article(_one_teaser("فرارو"))
    assert "title-uncertain" not in codes(article)


def test_banner_and_clock_over_one_teaser_with_its_excerpt_twice_is_doubted() -> None:
    """«DATE» / «۱۲:۰۰:۵۲» / headline / the excerpt twice / the item's date: maybe a list."""
    text = f"شنبه ۲۰ خرداد ۱۴۰۲\n۱۲:۰۰:۵۲\n\n{TEASER}\n\n{EXCERPT}\n{EXCERPT}\n۲۹ اردیبهشت ۱۴۰۱\n"
    article = jm.parse_article(text)
    assert article.title == TEASER
    assert "title-uncertain" in codes(article)


def test_banner_over_a_story_printed_once_is_not_doubted() -> None:
    """The same page with its paragraph printed once (a short story under the banner)."""
    text = f"شنبه ۲۰ خرداد ۱۴۰۲\n۱۲:۰۰:۵۲\n\n{TEASER}\n\n{EXCERPT}\n۲۹ اردیبهشت ۱۴۰۱\n"
    article = jm.parse_article(text)
    assert article.title == TEASER
    assert "title-uncertain" not in codes(article)


# -- 751: a date label glued to the word before it by text extraction -------------------------

FOOTER = (
    "منبع خبر : ایرنا - استان هالینک خبر : اینجا کلیک کنید{label}20 اسفند 1402ساعت انتشار : 11:0:6"
)


def test_glued_date_label_in_the_footer_is_read() -> None:
    """«... کلیک کنیدتاریخ انتشار : 20 اسفند 1402ساعت انتشار : 11:0:6» under the body."""
    article = jm.parse_article(
        HEADLINE + "\n" + HEADLINE + BODY + FOOTER.format(label="تاریخ انتشار : ")
    )
    assert published(article) == "2024-03-10T11:00+03:30"
    assert [f.name for f in article.fields] == ["published"]


def test_glued_date_label_without_a_date_after_it_is_no_label() -> None:
    """A glued «تاریخ انتشار :» with no date right after it is no label."""
    text = HEADLINE + BODY + "اینجا کلیک کنیدتاریخ انتشار : به زودی اعلام می‌شود\n"
    article = jm.parse_article(text)
    assert (published(article), [f.name for f in article.fields]) == (None, [])


def test_glued_one_word_date_label_is_no_label() -> None:
    """A one-word «تاریخ» glued to a word is not taken (it ends Persian words too)."""
    text = HEADLINE + BODY + FOOTER.format(label="تاریخ: ")
    article = jm.parse_article(text)
    assert "published" not in [f.name for f in article.fields]


# -- extracted 249/686: a layout table's date cell; a chapter's heading -----------------------

LEAD = (
    "به گزارش خبرنگار ما، بر اساس این مصوبه ادارات چهار استان جنوبی در روزهای گرم مرداد "
    "تعطیل می‌شوند و مراکز خدمات‌رسان طبق روال عادی کار خواهند کرد.\n"
)


def test_date_alone_in_a_layout_tables_cell_is_warned() -> None:
    """«|  | شنبه ۱۵ مرداد ۱۳۹۰ |» opening an extracted text: a site's day cell as often as
    the article's date: taken with published-unlabelled."""
    article = jm.parse_article("|  | شنبه ۱۵ مرداد ۱۳۹۰ | \n" + LEAD)
    assert published(article) == "2011-08-06"
    assert "published-unlabelled" in codes(article)


def test_date_line_without_pipes_is_not_warned_as_a_cell() -> None:
    """The same date line without a table's pipes stays the page's unlabelled date line."""
    article = jm.parse_article("شنبه ۱۵ مرداد ۱۳۹۰\n" + LEAD)
    assert (published(article), codes(article)) == ("2011-08-06", [])


def test_date_with_company_in_a_table_row_is_not_a_lone_cell() -> None:
    """«| کد خبر: 12345 | DATE |»: a header row with other cells filled is the article's."""
    article = jm.parse_article("| کد خبر: 123456 | شنبه ۱۵ مرداد ۱۳۹۰ | \n" + LEAD)
    assert "published-unlabelled" not in codes(article)


CHAPTER = (
    "فصل اول: قواعد کلی گزارش\nمقدمه\n"
    "گزارش کارآموزی نشان می‌دهد دانشجو در دوره حضور در صنعت چه آموخته و چه کرده است؛ از این "
    "رو نظم و شکل آن به اندازه محتوایش در ارزیابی اثر دارد.\n"
)


def test_chapter_heading_as_the_best_line_is_doubted() -> None:
    """«فصل اول: ...» heads a chapter of a document whose title is not printed."""
    article = jm.parse_article(CHAPTER)
    assert article.title == "فصل اول: قواعد کلی گزارش"
    assert "title-uncertain" in codes(article)


def test_headline_opening_with_a_part_word_is_not_a_chapter() -> None:
    """«بخش دوم طرح ...» without a colon or dash after the ordinal is a headline."""
    text = CHAPTER.replace(
        "فصل اول: قواعد کلی گزارش", "بخش دوم طرح مترو شهر تا پایان سال اجرا می‌شود"
    )
    article = jm.parse_article(text)
    assert "title-uncertain" not in codes(article)


# -- extracted 679: an agency credited before the headline ------------------------------------

PRAYER_LEAD = (
    "به گزارش فارس، روزه‌داران در روز سیزدهم ماه مبارک رمضان بر اساس جدول زیر سحر و افطار "
    "خواهند کرد و اوقات شرعی هر شهر در جدول آمده است.\n"
)


def test_agency_credit_before_the_headline_is_cut() -> None:
    """«خبرگزاری فارس: HEADLINE»: the headline is what follows the agency's credit."""
    article = jm.parse_article(
        "خبرگزاری فارس: اوقات شرعی سیزدهمین روز ماه رمضان+جدول\n" + PRAYER_LEAD
    )
    assert article.title == "اوقات شرعی سیزدهمین روز ماه رمضان+جدول"


def test_agency_credit_before_a_short_tail_is_kept() -> None:
    """A tail of fewer than three words after the colon is no headline: the line stays whole."""
    article = jm.parse_article("خبرگزاری فارس: اوقات شرعی\n" + PRAYER_LEAD)
    assert article.title == "خبرگزاری فارس: اوقات شرعی"


def test_other_kicker_colon_headlines_are_kept_whole() -> None:
    """«معاون عمرانی استاندار: ...» (a speaker, not an agency) stays part of the headline."""
    title = "معاون عمرانی استاندار: طرح ساماندهی گلزارها تا پایان سال اجرا می‌شود"
    assert jm.parse_article(title + "\n" + PRAYER_LEAD).title == title


# -- extracted 722: a code alone is never a title ---------------------------------------------


def test_code_alone_is_never_the_title() -> None:
    """«53828S12» alone (an extractor's title taken from a DOC ID): no title."""
    assert jm.parse_article("53828S12\n\n\n").title is None
    assert jm.parse_article("53828S12\n" + LEAD).title != "53828S12"


def test_latin_word_with_few_digits_may_be_a_title() -> None:
    """A Latin name with fewer than four digits («Windows11») is not a code."""
    assert jm.parse_article("Windows11\n\n\n").title == "Windows11"


# -- 709/722: a corpus document's «DOC ID» ----------------------------------------------------

CORPUS_DOC = "Hamshahri corpus document\n\nDOC ID : {id}\n\nDate of Document: 2002-01-28\n\n"


def test_doc_id_label_gives_the_number() -> None:
    """«DOC ID : H-801108-53828S12»: the document's ID, its lettered last part included."""
    article = jm.parse_article(CORPUS_DOC.format(id="H-801108-53828S12") + LEAD)
    assert article.number == "H-801108-53828S12"


def test_lettered_part_without_a_dashed_number_before_it_is_no_id() -> None:
    """«4821907S2» (letters inside a bare number, no dash before the part) is still no ID."""
    article = jm.parse_article(HEADLINE + "\nکد خبر: 4821907S2" + BODY)
    assert article.number is None


# -- extracted 644: a bracketed dateline over the story ---------------------------------------

PASHTO_LEAD = (
    "د افغانستان د خبریالانو یو ملاتړي بنسټ وایي چې په کابل کې یو شمېر ټلوېزیونونو ته ویل شوي "
    "چې سیاسي بحثونه او مرکې نور ثبت او خپرې نه کړي.\n"
    "د دې بنسټ په وینا، رسنۍ یوازې له حکومتي ویاندویانو سره مرکې کولی شي.\n"
)


def test_bracketed_dateline_is_never_the_title() -> None:
    """«( کابل ټيليګراف (سلواغې ۲۷– ۱۴۰۳ لمريزکال )»: a source and a date, not a headline."""
    article = jm.parse_article("( کابل ټيليګراف (سلواغې ۲۷– ۱۴۰۳ لمريزکال )\n" + PASHTO_LEAD)
    assert article.title is None
    assert published(article) == "2025-02-15"


def test_bracketed_kicker_before_a_headline_with_a_date_is_kept() -> None:
    """«(گزارش تصویری) نمایشگاه کتاب تهران ۱۴۰۳»: more words than a dateline's name."""
    title = "(گزارش تصویری) نمایشگاه کتاب تهران ۱۴۰۳"
    assert jm.parse_article(title + "\n" + LEAD).title == title


# -- extracted 686 (trafilatura with metadata): an institution's name as the front matter title


def _with_front_matter(title: str) -> str:
    return f"---\ntitle: {title}\nhostname: ihu.ac.ir\n---\n" + LEAD


def test_front_matter_title_naming_an_institution_is_doubted() -> None:
    """«title: دانشگاه جامع امام حسین (ع)», printed nowhere: a university's site name."""
    article = jm.parse_article(_with_front_matter("دانشگاه جامع امام حسین (ع)"))
    assert article.title == "دانشگاه جامع امام حسین (ع)"
    assert "title-uncertain" in codes(article)


def test_front_matter_headline_opening_with_an_institution_is_kept() -> None:
    """«دانشگاه تهران رتبه نخست را کسب کرد» (a verb: a headline) is not doubted."""
    article = jm.parse_article(_with_front_matter("دانشگاه تهران رتبه نخست را کسب کرد"))
    assert article.title == "دانشگاه تهران رتبه نخست را کسب کرد"
    assert "title-uncertain" not in codes(article)


# -- extracted 439 (newspaper4k): an institution's name alone as the best line ----------------


def test_institution_name_alone_is_doubted() -> None:
    """«دانشگاه صنعتی سهند» as the best line: a site's name as often as a headline."""
    for text in ("دانشگاه صنعتی سهند\n\n", "دانشگاه صنعتی سهند\n\n" + LEAD):
        article = jm.parse_article(text)
        assert article.title == "دانشگاه صنعتی سهند"
        assert "title-uncertain" in codes(article)


def test_headline_about_an_institution_is_not_doubted() -> None:
    """«دانشگاه صنعتی سهند نمایشگاه دستاوردها را برگزار کرد» (a verb): a headline."""
    title = "دانشگاه صنعتی سهند نمایشگاه دستاوردها را برگزار کرد"
    article = jm.parse_article(title + "\n\n" + LEAD)
    assert (article.title, "title-uncertain" in codes(article)) == (title, False)


# -- extracted 359, 643 (newspaper4k): the whole text is one short line -----------------------


def test_text_of_one_short_line_is_doubted() -> None:
    """«دفتر سفرهای من» and nothing else: a site's name (a <title>) as often as a headline."""
    article = jm.parse_article("دفتر سفرهای من\n")
    assert (article.title, "title-uncertain" in codes(article)) == ("دفتر سفرهای من", True)


def test_text_of_one_headline_line_is_not_doubted() -> None:
    """A whole text of one line of a headline's length is not doubted for being alone."""
    title = "برداشت زعفران در مزارع تربت حیدریه آغاز شد"
    article = jm.parse_article(title + "\n")
    assert (article.title, "title-uncertain" in codes(article)) == (title, False)


# -- extracted 603, 238: an institution's name after the headline, as a <title> prints it ------

YALDA_LEAD = (
    "در بلندترین شب سال گروهی از کارکنان بیمارستان در بخش‌ها مشغول خدمت به بیماران هستند؛ "
    "به همین مناسبت رئیس بیمارستان با حضور در بخش‌های بستری شب یلدا را تبریک گفت.\n"
)


def test_institution_name_after_the_headline_is_cut() -> None:
    """«HEADLINE – بیمارستان دکتر علی شریعتی کرج»: the site's name after a spaced dash."""
    line = "گرامیداشت شب یلدا در بیمارستان دکتر علی شریعتی – بیمارستان دکتر علی شریعتی کرج"
    article = jm.parse_article(line + "\n\n" + YALDA_LEAD)
    assert article.title == "گرامیداشت شب یلدا در بیمارستان دکتر علی شریعتی"


def test_department_and_institution_names_are_doubted() -> None:
    """«گروه مهندسی کامپیوتر - دانشگاه فردوسی مشهد»: a short name before the institution's."""
    article = jm.parse_article("گروه مهندسی کامپیوتر - دانشگاه فردوسی مشهد\n\n" + YALDA_LEAD)
    assert article.title == "گروه مهندسی کامپیوتر - دانشگاه فردوسی مشهد"
    assert "title-uncertain" in codes(article)


def test_other_part_after_a_dash_is_kept() -> None:
    """«HEADLINE - بخش دوم گزارش» (no institution's name after the dash) stays whole."""
    line = "گرامیداشت شب یلدا در بیمارستان‌های استان - بخش دوم گزارش"
    assert jm.parse_article(line + "\n\n" + YALDA_LEAD).title == line
