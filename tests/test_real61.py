"""real61: the general causes of real61's sample (docs/real_sample.md "A fiftieth sample").

- A blog's archive or home page, several posts each under a day line of its own, newest
  first (Blogger's «Thursday, October 28, 2004», persianblog's «یکشنبه ۲۸ امرداد ،۱۳۸۶»;
  abnuss.blogspot.com, khurusak.persianblog.ir, 8paa.blogspot.com, #24-#26): a list, no
  title and no date of the page's.
- Joomla's PDF, print and e-mail icons, their labels run into the headline's line
  («HEADLINE مشاهده در قالب PDF چاپ فرستادن به ایمیل», arabkheil.ir, #01): cut off.
- A letter's «از: SENDER» / «به: ADDRESSEES» fields under a notice's headline (azcon.ir,
  #19): never the title.
- A rhyming couplet right over a message's text, under its label (socialwork.ir, #22): a
  verse opening the text, doubted as the title.

The headlines and bodies are written for these tests on the real pages' layouts."""

from __future__ import annotations

import datetime

from tests.checks import warning_codes

import jalali_meta as jm

POST_ONE = (
    "امروز صبح باران آرامی بارید و کوچه های محله بوی خاک نم خورده گرفت؛ بچه ها با چکمه های "
    "رنگی به مدرسه رفتند و پیرمرد همسایه باز هم زیر سایبان مغازه اش چای تازه دم کرده بود."
)
POST_TWO = (
    "دیروز در صف نانوایی با مردی آشنا شدم که سی سال در همین شهر معلم بوده است؛ از شاگردانش "
    "می گفت که حالا هر کدام گوشه ای از دنیا هستند و هنوز برای عید به او پیام می فرستند."
)
POST_THREE = (
    "هفته گذشته کتابخانه کوچک محله دوباره باز شد و چند نفر از اهالی کتاب های قدیمی خود را به "
    "قفسه هایش هدیه دادند تا نوجوانان در تابستان جایی برای خواندن و گفت وگو داشته باشند."
)


def _blogger_archive(first: str, second: str) -> str:
    # abnuss.blogspot.com's month archive (#24): the blog's name, its link row, then posts
    # under Blogger's date headers, each post opening with «*».
    return (
        "PERSIAN WEBLOG\n\nبرگ سبز   .یادداشت های روزانه یک معلم بازنشسته\n\n"
        "صفحه اول   ::   نامه   ::   RSS feed   ::\n\n"
        f"{first}\n\n*\n{POST_ONE}\n\n{second}\n\n*\n{POST_TWO}\n"
    )


def test_a_blog_archive_of_posts_under_day_headers_is_a_list() -> None:
    text = _blogger_archive("Thursday, October 28, 2004", "Tuesday, October 26, 2004")
    record = jm.parse_article(text, url="https://bargesabz.blogspot.com/2004_10_01_archive.html")
    assert record.title is None
    assert record.published is None
    assert "listing-page" in warning_codes(record)
    alone = jm.parse_article(text)
    assert alone.title is None
    assert alone.published is None


def test_a_persianblog_month_of_titled_posts_under_day_lines_is_a_list() -> None:
    # khurusak.persianblog.ir's «/1386/5/» (#25): the blog's name, then each post's title,
    # its day line «WEEKDAY DD MONTH ،YYYY» and its text, newest first.
    text = (
        "دفتر کوچک\n\n"
        "باران تابستانی\n\nیکشنبه ۲۸ امرداد ،۱۳۸۶\n\n"
        f"{POST_ONE}\n\n  لینک دائم\n\n"
        "معلم محله\n\nشنبه ۲۷ امرداد ،۱۳۸۶\n\n"
        f"{POST_TWO}\n"
    )
    record = jm.parse_article(text)
    assert record.title is None
    assert record.published is None
    assert "listing-page" in warning_codes(record)


def test_a_blog_home_page_of_titled_posts_under_day_headers_is_a_list() -> None:
    # 8paa.blogspot.com's home page (#26): the name, link lists, then posts under date headers,
    # each with its title over its text, a row of stars between them.
    text = (
        "هشت پا\n\nلينكدوني\n\nبايگاني لينكدوني\n\n"
        "Saturday, April 26, 2008\n\nکتابخانه محله\n"
        f"{POST_THREE}\nبا سپاس از همه همسایه ها!\n* * * * * * * * * *\n\n"
        "Sunday, February 24, 2008\n\nمعلم قدیمی\n"
        f"{POST_TWO}\n"
    )
    record = jm.parse_article(text, url="https://hashtpa.blogspot.com/")
    assert record.title is None
    assert record.published is None


def test_a_today_banner_over_an_articles_own_day_line_is_no_list_neg() -> None:
    # A today banner, the headline, the lead, then the article's own (older) day line and its
    # text: the line under the banner is a headline, under the date line a paragraph, so the
    # two are not posts of one template; main's record is kept.
    text = (
        "Thursday, October 28, 2004\n\n"
        "Library of the old quarter opens again\n\n"
        f"{POST_THREE}\n\n"
        "Tuesday, October 26, 2004\n\n"
        f"{POST_ONE}\n\n{POST_TWO}\n"
    )
    record = jm.parse_article(text)
    assert record.title == "Library of the old quarter opens again"
    assert "listing-page" not in warning_codes(record)


def test_a_diary_of_days_oldest_first_is_no_list_neg() -> None:
    # A post's own diary, its days oldest first under its headline: one post (main's record).
    headline = "سه روز در روستای بالا"
    text = (
        f"{headline}\n\n"
        "Tuesday, October 26, 2004\n\n*\n"
        f"{POST_ONE}\n\n"
        "Thursday, October 28, 2004\n\n*\n"
        f"{POST_TWO}\n"
    )
    record = jm.parse_article(text)
    assert record.title == headline
    assert "listing-page" not in warning_codes(record)


# arabkheil.ir's Joomla page (#01): the poll's question, the headline with the icons' labels
# run into its line, the author line, the date line, the text.
JOOMLA_HEADLINE = "دستورالعمل نگهداری معابر و فضای سبز روستا"
JOOMLA_BODY = (
    "شورای اسلامی روستا در جلسه اخیر خود دستورالعمل تازه ای برای نگهداری معابر، جوی های آب و "
    "فضای سبز تصویب کرد که از ابتدای ماه آینده به اجرا گذاشته می شود و شرح آن در ادامه آمده است."
)


def _joomla_page(headline_line: str) -> str:
    return (
        "نظر شما در مورد عملکرد دهیاری روستا؟\n \n"
        f"{headline_line}\n"
        "نوشته شده توسط واحد فنی   \n"
        "پنجشنبه, 22 تیر 1391 ساعت 05:54\n\n"
        f"{JOOMLA_BODY}\n"
    )


def test_joomla_icon_labels_run_into_the_headline_are_cut() -> None:
    record = jm.parse_article(
        _joomla_page(f"{JOOMLA_HEADLINE} مشاهده در قالب PDF چاپ فرستادن به ایمیل")
    )
    assert record.title == JOOMLA_HEADLINE
    assert record.published is not None
    assert record.published.gregorian == datetime.datetime(
        2012, 7, 12, 5, 54, tzinfo=record.published.gregorian.tzinfo
    )


def test_a_headline_ending_with_one_such_word_keeps_it_neg() -> None:
    # One word of the labels ending a headline of its own («... برای چاپ»): kept whole.
    headline = "آغاز ارسال کتاب های درسی روستا برای چاپ"
    record = jm.parse_article(_joomla_page(headline))
    assert record.title == headline


# azcon.ir's notice (#19): the notice's headline (its addressees), the letter's sender and
# addressee fields, the blank for a firm's name, the subject, the greeting, the text.
LETTER_BODY = (
    "      احتراماً باستحضار مدیران محترم شرکتهای عضو کانون میرساند برگزاری مجمع عمومی عادی "
    "سالانه کانون و انتخاب اعضای تازه هیات مدیره که برای اواسط خرداد ماه امسال پیش بینی شده بود "
    "با شیوع بیماری در استان همزمان شد و اداره کار استان صدور مجوز آن را تا اطلاع ثانوی به تعویق "
    "انداخت. پیگیری ها ادامه دارد و زمان و محل تازه جلسه از راه آگهی روزنامه محلی به اطلاع "
    "مدیران محترم شرکتهای عضو خواهد رسید."
)
ADDRESSEES = "مدیران محترم عامل شرکتهای مهندسین مشاور عضو کانون"


def test_a_letters_addressee_field_is_never_the_title() -> None:
    text = (
        f"{ADDRESSEES}\n\n"
        "از: کانون مهندسین مشاور استان\n"
        f"به: {ADDRESSEES}\n"
        "مدیر عامل محترم شرکت مهندسین مشاور...............................\n"
        "موضوع : در رابطه با تشکیل مجمع عمومی عادی سالانه کانون\n"
        "با سلام\n"
        f"{LETTER_BODY}\n"
    )
    record = jm.parse_article(text)
    assert record.title is None or not record.title.startswith("به:")
    # (No headline is made sure of: the value is left out with its doubt.)
    assert record.title is not None or "title-uncertain" in warning_codes(record)


def test_a_headline_opening_with_the_preposition_is_kept_neg() -> None:
    headline = "به یاد پیشکسوتان صنعت ساختمان استان"
    record = jm.parse_article(f"{headline}\n\n{LETTER_BODY}\n")
    assert record.title == headline


# socialwork.ir's message (#22): the headline, «بسمه تعالی», the message's label, a couplet,
# the message.
MESSAGE_BODY = (
    "                 نام گذاری روزها و هفته ها فرصتی است تا از تلاش کارشناسان و همکارانی که "
    "در سخت ترین شرایط در کنار خانواده های نیازمند بوده اند قدردانی کنیم و یاد آنان را گرامی بداریم."
)


def test_a_couplet_over_the_message_is_doubted_as_its_title() -> None:
    text = (
        "هفته نیکوکاری گرامی باد\n\n"
        "بسمه تعالی\n"
        "پیام دبیر انجمن نیکوکاران به مناسبت هفته نیکوکاری\n"
        "هر که دستی به مهربانی داد\n"
        "گره از کار دیگران بگشاد\n"
        f"{MESSAGE_BODY}\n"
    )
    record = jm.parse_article(text)
    assert record.title != "گره از کار دیگران بگشاد" or "title-uncertain" in warning_codes(record)
    assert "title-uncertain" in warning_codes(record)


def test_a_kicker_over_a_headline_not_rhyming_is_no_couplet_neg() -> None:
    headline = "دیدار اعضای انجمن با خانواده های نیازمند"
    text = f"گزارش تصویری از روستای بالا\n{headline}\n{MESSAGE_BODY}\n"
    record = jm.parse_article(text)
    assert record.title == headline
    assert "title-uncertain" not in warning_codes(record)


def test_a_posts_own_permalink_over_the_next_post_is_no_list_neg() -> None:
    # A post's own page (its dated permalink names it) may show the next post under it, each
    # under its day line: the page is the post (main's record: its headline).
    headline = "باران تابستانی"
    text = (
        f"{headline}\n\nیکشنبه ۲۸ امرداد ،۱۳۸۶\n\n{POST_ONE}\n\n"
        f"معلم محله\n\nشنبه ۲۷ امرداد ،۱۳۸۶\n\n{POST_TWO}\n"
    )
    record = jm.parse_article(text, url="https://daftar.example.ir/2007/08/19/summer-rain/")
    assert record.title == headline
    assert "listing-page" not in warning_codes(record)
