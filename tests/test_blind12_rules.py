"""Rules found with the ninth blind batch (tests/pages 800-839, issue #16).

Each rule has a positive and a negative case; every case failed before its change.
"""

from __future__ import annotations

import jalali_meta as jm

BODY = "متن خبر در این بند آمده است و چند جمله دارد تا متن باشد.\n"


def url_number(url: str) -> str | None:
    """The number a page that prints none gets from its address alone."""
    return jm.parse_article("عنوان یک خبر مهم امروز\n" + BODY, url=url).number


# -- addresses (_sources.py) --------------------------------------------------------------


def test_one_letter_content_type_before_a_long_id_is_the_id() -> None:
    # DW's «/a-71591394» (an article), page 802/819.
    assert url_number("https://www.dw.com/ps/slug-words/a-71591394") == "71591394"
    assert url_number("https://www.dw.com/fa-ir/photo-words/g-65432109") == "65432109"


def test_one_letter_before_a_short_number_or_leading_zero_is_no_id() -> None:
    assert url_number("https://x.com/ps/slug/a-2023") is None  # a year
    assert url_number("https://x.com/ps/slug/a-012345") is None  # a leading zero
    # No slug before the letter: a live page's or a list's address (page 025).
    assert url_number("https://m.dw.com/fa-ir/latestnews/a-45598372") is None


def test_leading_zero_folder_before_a_slug_is_no_post_id() -> None:
    # 827: «/01/<slug>/» is a month's or category's folder, never WordPress's post ID.
    assert url_number("http://x.ir/01/%D8%AA%D9%86%D8%B4-%D8%AF%D8%B1/") is None
    assert url_number("http://x.ir/07/slug-words/") is None


def test_post_id_permalink_still_read() -> None:
    assert url_number("http://x.ir/7616/%D9%86%DA%AF%D8%A7%D9%87%DB%8C-%D8%A8%D9%87/") == "7616"


# -- labels (_vocab.py) -------------------------------------------------------------------


def test_wordpress_post_code_label_is_the_number() -> None:
    # 823/832: a theme's post meta «کد نوشته: 360133».
    page = "عنوان یک خبر مهم امروز\n  • کد نوشته: 360133\n" + BODY
    assert jm.parse_article(page).number == "360133"


def test_post_word_without_code_label_is_no_number() -> None:
    page = "عنوان یک خبر مهم امروز\nنوشته: 360133\n" + BODY
    assert jm.parse_article(page).number is None


# -- titles (_article.py) -----------------------------------------------------------------

WRAPPED = (
    "به گزارش\n"
    "خبرگزاری ما به نقل از ایسنا، معاون وزیر\n"
    "جهادکشاورزی گفت: همه طلب گندمکاران تامین شده و تا ده روز آینده پرداخت می‌شود و "
    "این مقام مسئول افزود که خرید گندم امسال از ده میلیون تن گذشته است.\n"
    "به گفته او، برنامه وزارتخانه در سال زراعی تازه بالا بردن خوداتکایی است.\n"
)


def test_line_under_a_wrapped_report_opening_is_no_title() -> None:
    # 826: «به گزارش» / «SITE به نقل از ایسنا، معاون وزیر» / «...»: one sentence cut by <br>.
    assert jm.parse_article(WRAPPED).title is None


def test_headline_over_a_wrapped_report_opening_is_kept() -> None:
    page = "خرید تضمینی گندم تا ده روز آینده تسویه می‌شود\n" + WRAPPED
    assert jm.parse_article(page).title == "خرید تضمینی گندم تا ده روز آینده تسویه می‌شود"


def test_headline_under_a_short_kicker_is_kept() -> None:
    # A two-word line that is no report's opening (a kicker) leaves the line under it be.
    headline = "معاون وزیر جهاد کشاورزی از پرداخت طلب گندمکاران خبر داد"
    page = "گزارش ویژه\n" + headline + "\n" + WRAPPED.split("\n", 2)[2]
    assert jm.parse_article(page).title == headline


def test_wrapped_report_opening_double_spaced_is_no_title() -> None:
    assert jm.parse_article(WRAPPED.replace("\n", "\n\n")).title is None


HEADLINE = "کابل: د ښار جوړونې وزارت ته نږدې چاودنه کې یو کس وژل شوی"
LEAD = "په کابل کې ځينو سرچينو نن، پنجشنبه، د یوې چاودنې خبر ورکړی دی او دغو سرچينو ویلي چې چاودنه ډېره سخته وه.\n"


def test_title_line_with_site_and_day_after_dashes_is_cut() -> None:
    # 819 as newspaper4k gives it: the page's <title> «HEADLINE – DW – DATE» as line one.
    page = HEADLINE + " – DW – ۱۴۰۳ بهمن ۲۵\n\n" + LEAD
    assert jm.parse_article(page).title == HEADLINE


def test_headline_ending_with_a_clause_and_a_date_keeps_it() -> None:
    # The part between the dashes has a digit: no site's name, the headline's own words.
    headline = "جشنواره فیلم – دوره ۴۲ – ۱۴۰۲ بهمن ۲۵"
    assert jm.parse_article(headline + "\n\n" + LEAD).title == headline


# -- site furniture (_vocab.py, _article.py) ----------------------------------------------

RUNNING = (
    "انتشار به موقع و درست آمار کل های پولی به سیاست گذار کمک می کند تا روند تورم را بهتر "
    "پیش بینی کند و سیاست پولی را به هنگام تنظیم کند.\n"
    "تجربه کشورها نشان می دهد که تعریف یکسانی برای کل های پولی گسترده تر وجود ندارد.\n"
)


def test_print_link_is_no_title() -> None:
    # 822: «نسخه قابل چاپ» between the headline's repeat and the date line.
    assert jm.parse_article("نسخه قابل چاپ\n\n" + RUNNING).title is None


def test_headline_naming_a_printable_edition_is_kept() -> None:
    headline = "نسخه قابل چاپ کتاب های درسی تازه منتشر شد"
    assert jm.parse_article(headline + "\n\n" + RUNNING).title == headline


AD_BOX = (
    "در صورت تمایل جهت تبلیغات در وبسایت،\n\n"
    "میتوانیدبا مدیرمسئول سایت اقتصادی ایران تماس حاصل نمایید.\n\n"
    "پست الکترونیک: modir@example.com\n\n"
    "تلفنهای تماس: ۰۹۱۲۰۰۰۰۰۰۰\n\n"
)


def test_advertising_contact_box_gives_no_title() -> None:
    # 814: the ad box's clause, prompt, e-mail and phone lines are no headline.
    assert jm.parse_article("Spread the love\n\n" + AD_BOX + RUNNING).title is None


def test_headline_over_an_advertising_contact_box_is_kept() -> None:
    headline = "تعریف تازه کل های پولی در آمار بانک مرکزی اعلام شد"
    assert jm.parse_article(headline + "\n\n" + AD_BOX + RUNNING).title == headline


def test_headlines_about_phones_and_calls_are_kept() -> None:
    for headline in (
        "تلفن همراه: ابزار تازه کلاهبرداری در شبکه های اجتماعی",
        "شهروندان می توانند با ۱۱۰ تماس بگیرند",
        "در صورت مشاهده تخلف با سامانه ۱۲۴ تماس بگیرید",
    ):
        assert jm.parse_article(headline + "\n\n" + RUNNING).title == headline, headline


def test_each_contact_line_alone_is_no_title() -> None:
    for line in (
        "تلفنهای تماس: ۰۹۱۲۰۰۰۰۰۰۰",
        "پست الکترونیک: modir@example.com",
        "میتوانیدبا مدیرمسئول سایت اقتصادی ایران تماس حاصل نمایید.",
        "برای سفارش آگهی با ما تماس بگیرید",
    ):
        assert jm.parse_article(line + "\n\n" + RUNNING).title != line, line


# -- a site's name-and-motto bar, a question headline (_article.py) --------------------------

QUESTION = "شاخص سهام در بورس های کشورهای حوزه خلیج فارس چگونه محاسبه می شود؟"
REPORT = (
    "بورس های عربی حوزه خلیج فارس هر کدام شاخص جداگانه ای برای سنجش روند بازار سهام دارند که "
    "با روش های متفاوتی محاسبه می شود و بیشتر آن ها بر پایه ارزش بازار شرکت ها است.\n"
)


def test_name_and_motto_bar_over_a_question_headline_is_no_title() -> None:
    # 803: «اول خبر | خبر امروز» over the headline (a question, read as running text before).
    page = "اول خبر | خبر امروز\n\n" + QUESTION + "\n" + REPORT
    assert jm.parse_article(page).title != "اول خبر | خبر امروز"


def test_headline_under_a_name_and_motto_bar_is_kept() -> None:
    headline = "شاخص سهام کشورهای حوزه خلیج فارس محاسبه شد"
    page = "اول خبر | خبر امروز\n" + headline + "\n\n" + REPORT
    assert jm.parse_article(page).title == headline


def test_bar_headline_over_its_lead_is_kept() -> None:
    # A headline with a bar and a verb (or over no headline-shaped line) stays.
    headline = "بورس | شاخص کل رکورد زد"
    assert jm.parse_article(headline + "\n\n" + REPORT).title == headline


def test_question_of_a_headline_length_over_its_report_is_the_title() -> None:
    # 803 from the text alone: the question is the headline, the bar the site's.
    page = "اول خبر | خبر امروز\n\n" + QUESTION + "\n\nزمان دریافت خبر :\n" + REPORT
    assert jm.parse_article(page).title == QUESTION


def test_question_inside_a_paragraph_is_no_title() -> None:
    # A question after a sentence, or a lead's length: running text.
    lead = "بورس امروز بسته بود. " + QUESTION
    assert jm.parse_article(lead + "\n\n" + REPORT).title is None


# -- a date header run into the lead (_header.py, _article.py) -----------------------------

PASHTO_LEAD = "په کابل کې ځينو سرچينو نن د یوې چاودنې خبر ورکړی دی او دغو سرچينو ویلي چې چاودنه ډېره سخته وه.\n"


def test_date_comma_weekday_glued_to_the_lead_is_the_date() -> None:
    # 802: «۱۴۰۳ بهمن ۲۵, پنجشنبهپه کابل ...» (25 Bahman 1403 was a Thursday).
    page = HEADLINE + "\n۱۴۰۳ بهمن ۲۵, پنجشنبه" + PASHTO_LEAD
    published = jm.parse_article(page).published
    assert published is not None
    assert published.jalali_date == (1403, 11, 25)


def test_date_comma_wrong_weekday_opening_the_lead_is_no_date() -> None:
    page = HEADLINE + "\n۱۴۰۳ بهمن ۲۵, شنبه" + PASHTO_LEAD
    assert jm.parse_article(page).published is None


def test_date_opening_a_sentence_without_a_weekday_is_no_date() -> None:
    page = HEADLINE + "\n۱۴۰۳ بهمن ۲۵ " + PASHTO_LEAD
    assert jm.parse_article(page).published is None
