"""mut46: tests for the survivors of the forty-sixth mutation round
(benchmarks/hand_mutants_46.py, docs/reliability.md "The forty-sixth round: fix223-fix228
under mutation").

Each test kills one survivor and passes on main; the layouts are the rules' own pages (Joomla
1.0's and a numbered category's addresses, an Afghan agency's script addresses, a Tebyan blog
under its sidebar, a poet's blog reposting an interview, a petition's letter, a forum thread's
first post, a university centre's project page, a day archive's heading over posts, a timetable
under its heading, a «view all» link), the sentences written for these tests.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"

# -- fix227 / real65 / 7bd706c6: item IDs in addresses (mutants 36, 39, 64, 68, 69) -----------
_NOTE = (
    "نگهداری از درختان کهن محله\n\n"
    "درختان کهن هر محله بخشی از خاطره ساکنان آن هستند و نگهداری از آنها به آبیاری منظم و "
    "هرس به موقع نیاز دارد.\n\n"
    "شهرداری منطقه از ساکنان خواسته است آسیب دیدن هر درخت را به سامانه شهری خبر بدهند.\n"
)


def _number(url: str) -> str | None:
    return jm.parse_article(_NOTE, url=url).number


def test_joomla10_view_with_a_leading_zero_is_no_id() -> None:
    """«/content/view/0612/73/»: a number opening with zero is no item's ID (mutant 36)."""
    assert _number("http://www.culture-sample.ir/content/view/0612/73/") is None


def test_article_under_a_category_without_its_id_is_no_id() -> None:
    """«/<category alias>/58-<long alias>»: the category segment ends with no ID of its own,
    so the short number is not read as the article's (mutant 39)."""
    assert (
        _number("https://www.lessons-sample.com/bourse-lessons/58-how-to-buy-bonds-in-a-market")
        is None
    )


def test_script_named_after_no_record_gives_no_id() -> None:
    """«Gallery.aspx?g=N», «view-photo.php?view=N»: the script's name holds no record's word
    (news, article, post ...), so its field is no item's ID (mutant 64)."""
    assert _number("https://agency-sample.af/Gallery.aspx?g=32855") is None
    assert _number("https://agency-sample.af/view-photo.php?view=6334") is None


def test_script_id_with_a_leading_zero_is_no_id() -> None:
    """«Article.aspx?a=032855»: no leading zero in an ID (mutant 68)."""
    assert _number("https://agency-sample.af/Article.aspx?a=032855") is None


def test_script_id_shaped_as_a_phone_number_is_no_id() -> None:
    """«view-news.php?view=989123456789»: a mobile number with the country's code, no ID
    (mutant 69)."""
    assert _number("https://agency-sample.af/view-news.php?view=989123456789") is None


# -- fix227: a Tebyan blog's drawn-out name (mutants 41, 42) ----------------------------------
_TRIP = (
    "نام زنجان از زنگان گرفته شده است و این شهر در دوره های گوناگون مرکز ناحیه ای بزرگ در "
    "شمال غربی ایران بوده است. بازار قدیمی زنجان هنوز پر رونق است.\n\n"
    "زنجان سرزمینی کوهستانی است و رود قزل اوزن از میان آن می گذرد. چاقوهای دستساز زنجان "
    "در سراسر ایران شناخته شده است.\n"
)


def _tebyan(name: str) -> str:
    # booghiran.tebyan.net's layout (tests/pages 2206): the sidebar, then the blog's name in
    # its header's lettering, the post's one-word title and its text.
    return (
        "معرفی وبلاگ\n"
        "شیراز را به باغ ارم و حافظیه میشناسیم، اصفهان را به میدان نقش جهان، اما ایران شهرها "
        "و روستاهای ناشناخته بسیاری دارد که در این وبلاگ از آنها مینویسیم\n"
        "موضوعات مطالب\nآرشیو\nآمار وبلاگ\nتعداد بازدید : 20417\nتعداد نوشته ها : 64\n"
        f"تعداد نظرات : 3\nRss\nطراح قالب\n{name}\nزنجان\n\n\n{_TRIP}"
    )


def _drawn_out(article: jm.Article) -> bool:
    return any("drawn out" in warning.message for warning in article.warnings)


def test_name_drawn_out_by_three_tatweels_is_doubted_as_lettering() -> None:
    """A run of exactly three tatweels (TATWEEL_RUN) draws a name out: the doubt says so
    (mutant 41; the mutant doubts the line for another reason)."""
    name = "سـفـــر سـفـــر ایران"
    article = jm.parse_article(_tebyan(name))
    assert article.title == name
    assert _drawn_out(article)


def test_drawn_out_name_of_four_words_is_doubted() -> None:
    """A drawn-out name of four words (DRAWN_OUT_NAME_WORDS) is doubted (mutant 42)."""
    name = "سـفــــر ســــفـر ایران زمین"
    article = jm.parse_article(_tebyan(name))
    assert article.title == name
    assert _UNCERTAIN in warning_codes(article)
    assert _drawn_out(article)


# -- fix227: a reposted interview's heading two lines under its source (mutant 43) ------------
def test_reposted_heading_two_lines_under_its_source_is_doubted() -> None:
    # hadi-khansari.iran.sc's layout (tests/pages 2194): the page's title, the blog's name, a
    # couplet, the source's notice, a thanks line, the interview's heading and its exchanges.
    head = "گپی کوتاه با یک شاعر درباره ترانه های محلی"
    text = (
        "تبلیغات اینترنتیclose\nگفتگو با ماهنامه سپیدار\nدفتر شعر ( مینا رهنورد )\n"
        "ترانه و شعر پارسی\n\nمینا رهنورد\n\n"
        "باران که آمد کوچه بوی خاک گرفت\nدلم دوباره هوای شهر پاک گرفت\n\n\n\n"
        "منبع :http://sepidar-sample.com/?page_id=77\n\nبا سپاس از ماهنامه\n\n"
        f"{head}\n\n"
        "تهيه شده توسط : مدیر سایت   سپیدار-   ۲۳ جدی ۱۳۹۴\n\n"
        "س: ترانه های محلی چه جایی در شعر امروز دارند؟\n"
        "رهنورد: ترانه محلی ریشه شعر ماست و هر شاعری که آن را بشناسد زبان تازه تری پیدا "
        "می کند و مخاطب بیشتری می یابد.\n"
    )
    article = jm.parse_article(text)
    assert article.title == head
    assert _UNCERTAIN in warning_codes(article)


# -- real65: a letter's addressee of sixteen words (mutant 56) ---------------------------------
def test_addressee_of_sixteen_words_over_the_greeting_is_no_title() -> None:
    addressee = (
        "مدیرکل و اعضای محترم هیئت مدیره انجمن صنفی نانوایان شهرستان گرگان و حومه و روستاها (انجمن)"
    )
    letter = (
        "با توجه به افزایش قیمت آرد و هزینه های حمل در ماه های اخیر، بسیاری از واحدهای صنفی "
        "توان ادامه کار با نرخ های فعلی را ندارند و تعدادی از آنها در آستانه تعطیلی قرار "
        "گرفته اند. لذا خواهشمند است موضوع در نخستین جلسه هیئت مدیره بررسی شود.\n"
    )
    article = jm.parse_article(f"بسمه تعالی\n{addressee}\nبا سلام و احترام؛\n{letter}")
    assert article.title is None
    assert _UNCERTAIN in warning_codes(article)


# -- real65: a two-word headline ending with «خبرنگار» (mutant 59) -----------------------------
def test_two_word_headline_ending_with_reporter_is_the_title() -> None:
    """«بازداشت خبرنگار»: a role after one word is a headline's object, no byline."""
    text = (
        "بازداشت خبرنگار\n\n"
        "یک خبرنگار محلی که درباره آلودگی رودخانه شهر گزارش تهیه کرده بود صبح امروز از سوی "
        "ماموران بازداشت شد و خانواده او خواستار آزادی فوری اش شدند.\n"
    )
    assert jm.parse_article(text).title == "بازداشت خبرنگار"


# -- fix225: a question over the first post's stamp and «#1» (mutant 21) -----------------------
def test_question_over_the_first_posts_header_is_the_title() -> None:
    """A thread's question over the first post's header «DATE, TIME   #1» (vBulletin 3,
    tests/pages 2180): the header is the thread's own, so the question heads it."""
    question = "چرا صدای فن کارت گرافیک پس از نصب درایور بیشتر شد؟"
    reply = (
        "با نصب درایور تازه صدای فن کارت بیشتر شد و دمای آن هم بالا رفت؛ شاید بهتر باشد "
        "منحنی دور فن را دوباره تنظیم کنید تا صدا کم شود."
    )
    for header in ("January 14th, 2024, 09:40   #1", "January 14th, 2024, 09:40\n#1"):
        text = f"انجمن رایانه > کارت گرافیک\n\n{question}\n{header}\n\n{reply}\n"
        article = jm.parse_article(text)
        assert article.title == question, header
        assert article.published is not None
        assert article.published.jalali_date == (1402, 10, 24)


# -- fix227: a title row under a label or a dated line, not a headline (mutants 45, 46) -------
_PROJECT = (
    "   کتابخانه مرکزی شهر در سال 1340 با چند هزار جلد کتاب در ساختمانی کوچک آغاز به کار "
    "کرد و امروز یکی از بزرگترین کتابخانه های استان است.\n\n\n"
    "   در سال 1375 ساختمان تازه کتابخانه با تالار مطالعه و بخش کودکان گشایش یافت.\n"
)


def _project(above: str) -> str:
    # uast13.ir's project page (tests/pages 2202): the today line, a line, the title row.
    return (
        f"دوشنبه, 05 آبان 1404\n\n{above}\n\n       عنوان : پروژه کاربینی\n\n"
        f"(کتابخانه شماره 4 منطقه 7)\n\nتاریخچه کتابخانه :\n\n{_PROJECT}"
    )


def test_title_row_under_a_field_label_names_the_title() -> None:
    """A line ending with a colon over «عنوان : ...» is a label, no headline: the row names
    the title, undoubted (mutant 45)."""
    article = jm.parse_article(_project("مشخصات پروژه :"))
    assert article.title == "پروژه کاربینی"
    assert _UNCERTAIN not in warning_codes(article)


def test_title_row_under_a_dated_line_names_the_title() -> None:
    """A line holding a date over «عنوان : ...» is no headline of the page's own: the row
    names the title, undoubted (mutant 46)."""
    article = jm.parse_article(_project("بازدید کتابخانه مرکزی 7 دی 1389"))
    assert article.title == "پروژه کاربینی"
    assert _UNCERTAIN not in warning_codes(article)


# -- fix225: a day archive's heading over one post whose line is printed twice (mutant 26) ----
def test_day_heading_over_one_post_with_a_line_printed_twice_keeps_it() -> None:
    """«بایگانی نوشته‌های روز: DAY» over a headline, a short line printed twice and a teaser:
    the line printed again is no other post's headline, the page one post (mutant 26)."""
    head = "توزیع بسته های کود رایگان میان باغداران حاشیه شهر"
    again = "توزیع بسته ها از شنبه"
    text = (
        f"بایگانی نوشته‌های روز: ۱۴۰۲/۱۲/۰۹\n\n{head}\n\n{again}\n\n{again}\n\n"
        "ماموران شهرداری از شنبه در خیابان مرکزی مستقر می شوند...\n"
    )
    article = jm.parse_article(text)
    assert article.title == head
    assert _UNCERTAIN not in warning_codes(article)


# -- fix223: a numbered sequence under a first line is no menu (mutant 4) ----------------------
def test_numbered_lines_under_the_first_line_are_no_menu() -> None:
    """«جلسه 1» / «جلسه 2» ...: lines differing only in their numbers are a sequence, not a
    menu's labels; the first line over them stays the title."""
    text = (
        "برنامه کلاس ها\n"
        + "".join(f"جلسه {n}\n" for n in range(1, 8))
        + "برگزاری کارگاه آموزشی نگارش مقاله برای دانشجویان دکتری\n"
        "دیدار رئیس دانشگاه با اعضای هیات علمی دانشکده علوم\n"
    )
    article = jm.parse_article(text)
    assert article.title == "برنامه کلاس ها"
    assert "listing-page" not in warning_codes(article)


# -- fix223: «مشاهده همه» is never a headline (mutant 12) --------------------------------------
def test_view_all_link_is_never_the_title() -> None:
    text = (
        "مشاهده همه\n"
        "در این همایش که با حضور معاونان دانشگاه برگزار شد، از واحدهای برتر در طرح بهبود "
        "کیفیت خدمات دانشجویی قدردانی شد.\n"
    )
    assert jm.parse_article(text).title != "مشاهده همه"


# -- fix224: a one-paragraph article under two placeholder items (mutant 16) ------------------
def test_one_paragraph_article_under_two_placeholder_items_keeps_its_record() -> None:
    """Two items carrying one placeholder teaser, then the article's headline, stamp and one
    paragraph of its own: two distinct teasers are no placeholder's, the page the article's
    (akhbarostanha.ir's box, tests/test_fix224.py's near miss with one paragraph)."""
    placeholder = "برای خواندن متن کامل این خبر روی عنوان آن در صفحه اول پایگاه کلیک کنید."
    box = "".join(
        f"{head}\n{stamp}\n{placeholder}\n\n"
        for head, stamp in (
            ("گشایش نمایشگاه صنایع دستی بانوان روستایی در شهرستان", "۲ دی ۱۴۰۲ - ۱۱:۴۰"),
            ("آغاز کشت گلخانه ای توت فرنگی در دهستان مرکزی", "۲ دی ۱۴۰۲ - ۱۰:۰۵"),
        )
    )
    head = "برگزاری آزمون استخدامی آموزش و پرورش استان در دو نوبت"
    lead = (
        "آزمون استخدامی آموزش و پرورش استان روز جمعه در دو نوبت صبح و عصر در مرکز استان "
        "برگزار می شود و داوطلبان باید کارت ورود به جلسه را از پایگاه سازمان بگیرند.\n"
    )
    article = jm.parse_article(f"{box}{head}\n۳ دی ۱۴۰۲ - ۰۸:۳۰\n{lead}")
    assert article.title == head
    assert article.published is not None
    assert article.published.jalali_date == (1402, 10, 3)
    assert "listing-page" not in warning_codes(article)
