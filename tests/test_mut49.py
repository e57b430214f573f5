"""mut49: tests for the survivors of the forty-ninth mutation round
(benchmarks/hand_mutants_49.py, docs/reliability.md "The forty-ninth round: fix239-fix245 and
real69 under mutation").

Each test kills one survivor and passes on main; the layouts are the rules' own pages (a
Blogfa post under its template's follow line, a DotNetNuke announcements module, a
conference's notes for authors, ...), the sentences written for these tests.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"

# -- fix239: a follow line run into a blog post's title (mutants 2, 5, 6) --------------------
_BLOG_URL = "https://kuhnavard.blogfa.com/post/318"
_BLOG_BODY = (
    "گروه کوهنوردی شهرمان صبح جمعه از دامنه شمالی کوه به راه افتاد و پس از شش ساعت پیاده "
    "روی به قله رسید. اعضای گروه در راه بازگشت زباله های مسیر را جمع کردند و به پایگاه "
    "امداد کوهستان تحویل دادند و قرار شد برنامه بعدی در آذر ماه برگزار شود."
)
_BLOG_SIGNATURE = "+ نوشته شده توسط مهدی رنجبر در چهارشنبه سوم آبان ۱۳۹۱ و ساعت ۰۹:۴۰ ق.ظ |"


def _blog_page(first_line: str) -> str:
    return f"{first_line}\n\n{_BLOG_BODY}\n\n{_BLOG_SIGNATURE}\n\n\nPowered By\nBLOGFA.COM\n"


def test_follow_headline_going_on_with_a_conjunction_after_a_messenger_is_kept() -> None:
    """«دنبال کنید ... در تلگرام و اینستاگرام و سایت رسمی باشگاه»: the words after the last
    messenger open with «و», a phrase going on: the whole line is the headline, nothing is
    cut (mutant 2: the opener not asked)."""
    line = "دنبال کنید اخبار گروه را در تلگرام و اینستاگرام و سایت رسمی باشگاه"
    for url in (_BLOG_URL, None):
        assert jm.parse_article(_blog_page(line), url=url).title == line


def test_long_follow_headline_naming_no_messenger_is_kept() -> None:
    """A headline of more than twelve words opening with «دنبال کنید» and naming no handle
    and no messenger: nothing is cut (mutant 5: cut after twelve words)."""
    line = (
        "دنبال کنید ماجرای صعود گروه کوهنوردی شهرمان به قله دماوند را از امروز تا پایان "
        "هفته همراه با گزارش های ویژه ما"
    )
    assert jm.parse_article(_blog_page(line), url=_BLOG_URL).title == line


def test_follow_line_ending_with_instagram_in_latin_is_cut() -> None:
    """«دنبال کنید ما را در instagram HEADLINE»: the messenger's Latin name ends the follow
    line (mutant 6: «instagram» dropped)."""
    headline = "صعود گروه کوهنوردی شهرمان به قله دماوند انجام شد"
    article = jm.parse_article(
        _blog_page(f"دنبال کنید ما را در instagram {headline}"), url=_BLOG_URL
    )
    assert article.title == headline


# -- fix240: DotNetNuke's glued record and module path (mutants 14, 16) ----------------------
_DNN_HEADLINE = "زمان ثبت نام آزمون زبان دانشجویان دکتری اعلام شد"


def _dnn_page(date_row: str) -> str:
    return (
        "شنبه ، 9 تیر ، 1397\n"
        "اطلاعیه های آموزشی\n"
        f"عنوان{_DNN_HEADLINE}\n"
        f"{date_row}\n"
        "توضیحات\n\n"
        "دانشجویان دوره دکتری که هنوز در آزمون زبان پذیرفته نشده اند می توانند از دهم تا "
        "بیستم تیر ماه در سامانه آموزشی ثبت نام کنند و کارت ورود به جلسه را دریافت کنند.\n"
    )


def test_dnn_glued_date_row_with_a_two_digit_year_makes_the_record() -> None:
    """«عنوانHEADLINE» over «تاریخ97/04/05», the module's date with its two-digit year: the
    glued record all the same, its title row the title (mutant 14: four digits asked)."""
    assert jm.parse_article(_dnn_page("تاریخ97/04/05")).title == _DNN_HEADLINE


def test_id_pair_without_dnn_tab_pair_gives_no_number() -> None:
    """«/catalog/filter/Color/12/ID/3/Default.aspx», a module-shaped path with no «tabid»
    pair: no DNN item is read (mutant 16: the tab's pair not asked)."""
    article = jm.parse_article(
        _dnn_page("تاریخ1397/04/05"),
        url="http://www.sample-uni.ac.ir/catalog/filter/Color/12/ID/3/Default.aspx",
    )
    assert article.number is None


# -- fix240: a list's items under its lead-in (mutants 26, 29) --------------------------------
_NOTES = (
    "برای ثبت نام در کارگاه آموزشی به نکات زیر توجه کنید:\n"
    "{gap}"
    "{items}"
    "\nبرگه ثبت نام کارگاه را از پایین همین صفحه دریافت کنید.\n"
)
_RULES = (
    "ثبت نام فقط در سامانه کارگاه انجام می شود.",
    "هر شرکت کننده تنها در یک کارگاه پذیرفته می شود.",
    "گواهی پایان دوره پس از آزمون پایانی داده می شود.",
)


def test_two_bullets_under_a_lead_in_colon_are_no_title() -> None:
    """A list of two items under «...توجه کنید:»: neither item is the title (mutant 26:
    three items asked)."""
    page = _NOTES.format(gap="", items="".join(f"• {rule}\n" for rule in _RULES[:2]))
    assert jm.parse_article(page).title is None


def test_bullets_under_a_lead_in_past_a_rule_of_stars_are_no_title() -> None:
    """The lead-in, a line of spaced stars (no letter), then the items: the list is still
    under its lead-in (mutant 29: the walk up stops at the stars)."""
    page = _NOTES.format(gap="* * *\n", items="".join(f"• {rule}\n" for rule in _RULES))
    assert jm.parse_article(page).title is None


# -- fix242: a list's name and colon before the headline (mutants 39, 40) --------------------
_LAB_BODY = (
    "آزمایشگاه مرکز در هفته سلامت قند خون مراجعان را رایگان آزمایش می کند و کارشناسان تغذیه "
    "در سالن انتظار به پرسش های بیماران درباره رژیم غذایی و ورزش روزانه پاسخ می دهند.\n"
)


def test_section_label_before_a_three_word_headline_is_cut() -> None:
    """«اطلاعیه های مرکز: هفته سلامت قلب», a headline of three words after the list's name:
    cut, doubted in a text alone (mutant 39: four words asked)."""
    article = jm.parse_article(f"اطلاعیه های مرکز: هفته سلامت قلب\n{_LAB_BODY}")
    assert article.title == "هفته سلامت قلب"
    assert _UNCERTAIN in warning_codes(article)


def test_section_word_opening_a_headline_of_two_colons_is_kept() -> None:
    """«اخبار جعلی: هشدار پلیس فتا: ...», a headline whose rest has its own colon: the
    whole line, not cut and not doubted (mutant 40: the colon not asked)."""
    line = "اخبار جعلی: هشدار پلیس فتا: به پیام های ناشناس پاسخ ندهید"
    article = jm.parse_article(f"{line}\n{_LAB_BODY}")
    assert article.title == line
    assert _UNCERTAIN not in warning_codes(article)


# -- fix244: a Gregorian day against the address's Jalali day path (mutants 60, 61) ----------
_FARM_POST = (
    "برداشت پسته در باغ های شهرستان آغاز شد و باغداران راضی اند\n"
    "برداشت پسته در باغ های شهرستان آغاز شد\n"
    "باغداران از محصول امسال راضی اند\n"
    "http://peste.example.ir/?p=2210\n"
)
_FARM_URL = "http://peste.example.ir/1399/08/05/pesteh"  # 26 October 2020


def test_gregorian_day_one_day_from_the_path_is_no_mismatch() -> None:
    """«27 October , 2020», a day after the path's 1399/08/05: the zones' edge, no
    ``url-date-mismatch`` (mutant 60: one day warns)."""
    article = jm.parse_article(_FARM_POST + "27 October , 2020\n", url=_FARM_URL)
    assert article.published is not None
    assert article.published.jalali_date == (1399, 8, 6)
    assert "url-date-mismatch" not in warning_codes(article)


def test_gregorian_day_two_days_from_the_path_warns_a_mismatch() -> None:
    """«28 October , 2020», two days after the path: ``url-date-mismatch`` (mutant 61: three
    days asked)."""
    article = jm.parse_article(_FARM_POST + "28 October , 2020\n", url=_FARM_URL)
    assert article.published is not None
    assert article.published.jalali_date == (1399, 8, 7)
    assert "url-date-mismatch" in warning_codes(article)


def test_today_stamp_beside_a_copyright_sign_is_the_served_day() -> None:
    """«Friday, 14 February , 2025 | © پسته نیوز» ending the post: the template's today stamp
    beside the copyright sign and the site's name, set aside; the address's day (mutant 62:
    «©» dropped)."""
    page = _FARM_POST + "Friday, 14 February , 2025 | © پسته نیوز\n"
    article = jm.parse_article(page, url=_FARM_URL)
    assert article.published is not None
    assert article.published.jalali_date == (1399, 8, 5)
    assert "published-from-url" in warning_codes(article)


# -- fix245: «on such a day ... today» (mutant 65) -------------------------------------------
def test_today_after_on_such_a_day_without_a_comparison_word_is_an_anniversary() -> None:
    """«صد سال پیش در چنین روزی یعنی امروز (۱۳۰۳/۰۲/۲۲)»: «on such a day» before «today» with
    no comparison word right before it: the past event's date, no publication (mutant 65:
    the phrase not asked)."""
    text = (
        "صد سال پیش در چنین روزی یعنی امروز (۱۳۰۳/۰۲/۲۲) نخستین درمانگاه شهر با دو پزشک و "
        "یک پرستار در خانه ای اجاره ای گشایش یافت و سال ها تنها درمانگاه منطقه بود.\n"
        "این درمانگاه اکنون بیمارستانی با سیصد تخت است و هر روز صدها بیمار را می پذیرد.\n"
    )
    assert jm.parse_article(text).published is None


# -- real69: the blessed saying, the history page, today's date in brackets ------------------
def _school_post(first: str) -> str:
    return (
        f"{first}\n"
        "هفته سلامت در تقویم مدرسه از مناسبت هایی است که هر سال دانش آموزان با شور و علاقه "
        "برای آن نمایشگاه و مسابقه آماده می کنند و امسال نیز همین برنامه ادامه یافت.\n"
        "نخستین جلسه ستاد هفته سلامت با حضور مدیر دبستان و مربی بهداشت در دفتر آموزشگاه "
        "برگزار گردید و درباره برنامه نمایشگاه گفتگو شد.\n"
    )


def test_sentence_and_bracket_opening_with_an_abbreviation_word_stays_the_title() -> None:
    """«... . نمایشگاه دانش آموزان(ره آورد سفر)»: the bracket's first word is spelled as a
    blessing's abbreviation («ره») but the bracket has more words: no blessing, the line
    stays the title (mutant 70: any bracket opening with an abbreviation)."""
    first = "کتابخانه مدرسه بازگشایی شد . نمایشگاه دانش آموزان(ره آورد سفر)"
    assert jm.parse_article(_school_post(first)).title == first


def _history_page(name: str) -> str:
    return (
        f"{name}\n"
        "آشنایی با مدارس نمونه دولتی\n\n"
        "در سال 1368 طرحی برای گشایش مدارس نمونه دولتی در مراکز استان ها ارائه شد و پس از "
        "تصویب شورای عالی آموزش و پرورش در چند شهر بزرگ به اجرا درآمد .\n\n"
        "اکنون پس از گذشت سی سال صدها مدرسه نمونه دولتی با ده ها هزار دانش آموز در شهرهای "
        "کشور فعالیت می کنند .\n"
    )


def test_history_page_name_of_five_words_is_the_title() -> None:
    """«تاریخچه دبیرستان دخترانه فرهنگ شیراز» (five words) over the section's heading: the
    page's name is the title (mutant 73: three words at most)."""
    name = "تاریخچه دبیرستان دخترانه فرهنگ شیراز"
    assert jm.parse_article(_history_page(name)).title == name


def _centre_news(opening: str) -> str:
    return (
        f"Дар толори Осорхонаи миллии Тоҷикистон {opening} намоиши ҳунарҳои мардумӣ "
        "баргузор шуд ва ҳунармандону донишҷӯён дар он ширкат варзиданд.\n"
        "Намоишро муовини директор оид ба илм кушода, зикр намуд, ки ҳифзи ҳунарҳои мардумӣ "
        "яке аз самтҳои асосии фаъолияти осорхона ба ҳисоб меравад.\n"
    )


def test_today_bracket_opening_with_words_before_its_date_gives_no_date() -> None:
    """«имрӯз (пас аз 03.10.2024)», «today (after DATE)»: the bracket does not hold the date
    alone, so no day of writing is read (mutant 78: a date anywhere in the bracket)."""
    assert jm.parse_article(_centre_news("имрӯз (пас аз 03.10.2024)")).published is None


# -- fix244: two posts signed the same minute (mutant 54) ------------------------------------
def test_same_minute_stamp_over_a_post_and_again_under_it_is_no_second_post() -> None:
    """The template's stamp over the post, its headline and text, then the same stamp again
    over a reader's reply: nothing stands above the first stamp, so it signs no post; one
    post, its headline not doubted (mutant 54: the text above the first stamp not asked)."""
    stamp = "+ نوشته شده در  جمعه ۲ آبان ۱۳۹۳ساعت ۱۱:۲۵  توسط مهدی\n\n"
    text = (
        stamp
        + "صعود زمستانی به قله دماوند\n\n"
        + _BLOG_BODY
        + "\n\n"
        + stamp
        + "سلام، گزارش خوبی بود و امیدوارم در برنامه بعدی گروه هم بتوانم همراه شما باشم و از "
        "تجربه های شما یاد بگیرم.\n"
    )
    article = jm.parse_article(text)
    assert article.title == "صعود زمستانی به قله دماوند"
    assert _UNCERTAIN not in warning_codes(article)
    assert article.published is not None
    assert article.published.jalali_date == (1393, 8, 2)


def test_same_minute_stamp_under_a_post_and_under_untitled_text_is_one_post() -> None:
    """HEADLINE / text / stamp / two paragraphs with no headline / the same stamp: the text
    under the first stamp opens with no headline of its own, so the two stamps sign no two
    posts; the headline stays (mutant 56: a paragraph taken for a post's headline)."""
    stamp = "+ نوشته شده در  جمعه ۲ آبان ۱۳۹۳ساعت ۱۱:۲۵  توسط مهدی\n\n"
    text = (
        "صعود زمستانی به قله دماوند\n\n"
        + _BLOG_BODY
        + "\n\n"
        + stamp
        + "در این برنامه دو نفر از اعضای تازه گروه هم حضور داشتند که برای نخستین بار به قله "
        "می رفتند و با راهنمایی سرپرست گروه مسیر را بی هیچ مشکلی پیمودند و به قله رسیدند.\n\n"
        "برنامه بعدی گروه صعود به قله توچال خواهد بود که در هفته نخست آذر ماه برگزار می شود و "
        "علاقه مندان می توانند تا پایان آبان ماه نام نویسی کنند و در جلسه توجیهی شرکت کنند.\n\n"
        + stamp
    )
    assert jm.parse_article(text).title == "صعود زمستانی به قله دماوند"
