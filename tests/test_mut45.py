"""mut45: tests for the survivors of the forty-fifth mutation round
(benchmarks/hand_mutants_45.py, docs/reliability.md "The forty-fifth round: fix215-fix222
under mutation").

Each test kills one survivor and passes on main; the layouts are the rules' own pages (a
WordPress front page's dated items, a DLE front page's «HEADLINE - DATE» lines, a company
portal's menu, a provincial news site's stopped headline over its question, a tag page, a
news item with an occasion kicker, a Loxblog post footer, a governorate's print view), the
sentences written for these tests.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

# -- fix215: a front page's dated items (mutants 1, 2, 3 and 6) ------------------------------
# Layout: akhbarostanha.ir's WordPress front page (tests/pages 2122): a menu, then items, each
# a headline, its date line, a comments label and its teaser.
_ITEMS = [
    (
        "گشایش بازارچه صنایع دستی در میدان شهرداری گرگان",
        "بازارچه صنایع دستی استان با شصت غرفه از صبح امروز در میدان شهرداری گرگان گشایش یافت "
        "و هنرمندان روستاهای اطراف دست بافته های خود را در آن عرضه کرده اند.",
        "این بازارچه تا پایان ماه هر روز از ساعت ده صبح تا نه شب باز است و بخشی از غرفه ها "
        "به آموزش رایگان سفالگری و حصیربافی برای کودکان اختصاص دارد.",
    ),
    (
        "لوله کشی آب آشامیدنی روستاهای بخش کوهستانی پایان یافت",
        "مدیر آبفای روستایی استان گفت شبکه آب آشامیدنی دوازده روستای بخش کوهستانی پس از دو "
        "سال کار به پایان رسید و آب لوله کشی به خانه های اهالی رسید.",
        "به گفته او هزینه این طرح از اعتبارات محرومیت زدایی پرداخت شده و نگهداری شبکه را "
        "دهیاری های همان روستاها بر عهده گرفته اند.",
    ),
    (
        "مسابقات کشتی نوجوانان کشور در سالن تختی برگزار می شود",
        "رئیس هیئت کشتی استان از برگزاری مسابقات کشتی آزاد نوجوانان کشور در سالن تختی خبر "
        "داد و گفت تیم های بیست و هشت استان در این رقابت ها شرکت می کنند.",
        "بلیت ورود به سالن رایگان است و دیدارهای پایانی روز جمعه از شبکه استانی سیما پخش "
        "خواهد شد تا علاقه مندان بتوانند آن را دنبال کنند.",
    ),
    (
        "ساخت پل دوم رودخانه قره سو آغاز شد",
        "معاون استاندار گفت عملیات ساخت پل دوم رودخانه قره سو با هدف کاهش ترافیک ورودی شهر "
        "آغاز شده و تا پایان سال آینده به بهره برداری می رسد.",
        "پل کنونی بیش از چهل سال پیش ساخته شده و بار خودروهای سنگین را به سختی تحمل می کند و "
        "از این رو عبور کامیون ها از آن محدود شده است.",
    ),
]
_MENU = "۲۰ مهر ۱۴۰۱\nخانه\nاخبار استان\nورزش\nتماس با ما\nتازه ترین ها\n"


def test_front_page_items_with_two_paragraph_teasers_give_no_title() -> None:
    """Four items, each a teaser of two paragraphs under its headline and date line
    (STAMPED_ITEM_PARAGRAPHS): still a front page's items (mutant 1)."""
    text = _MENU + "".join(f"{h}\nمهر ۱۹, ۱۴۰۱\nبدون دیدگاه\n{a}\n{b}\n" for h, a, b in _ITEMS)
    article = jm.parse_article(text)
    assert article.title is None
    assert article.published is None
    assert {"title-uncertain", "listing-page"} <= warning_codes(article)


def test_front_page_items_with_three_word_headlines_give_no_title() -> None:
    """Shared links whose headlines have three words (STAMPED_HEADLINE_WORDS), each over its
    «posted by USER |DATE|» line (vatanlink.com's layout, tests/pages 2126): a front page
    (mutant 2)."""
    heads = ("بارش تگرگ گرگان", "افتتاح موزه سفال", "افزایش نرخ پارکینگ")
    text = "خانه\nاخبار\nورزش\nتماس با ما\nتیتر یک\n" + "".join(
        f"{h}\nارسال شده توسط sara |۱۴۰۱/۰۹/۱۸| ۰ نظر |   gorgannews.ir\n{h}\nادامه مطلب\n"
        for h in heads
    )
    article = jm.parse_article(text)
    assert article.title is None
    assert article.published is None
    assert "listing-page" in warning_codes(article)


_ARTICLE = "موزه مردم شناسی گرگان پس از دو سال مرمت بازگشایی شد"
_ARTICLE_TEXT = (
    "موزه مردم شناسی گرگان صبح امروز با حضور استاندار و مدیران میراث فرهنگی پس از دو سال "
    "مرمت بازگشایی شد و از فردا همه روزهای هفته جز دوشنبه ها به روی بازدیدکنندگان باز است.\n"
    "مدیر موزه گفت تالار لباس های محلی با اشیای تازه ای که از روستاهای استان گردآوری شده "
    "دوباره چیده شده است و راهنماهای موزه برای گروه های دانش آموزی برنامه ویژه دارند.\n"
)


def test_article_over_its_related_box_keeps_its_title() -> None:
    """An article of two paragraphs under its date line, then «مطالب مرتبط» over dated items
    whose teasers have two paragraphs each: the related box's heading parts the article's
    date from the box's (mutant 3)."""
    box = "".join(
        f"{h}\nمهر ۱{n}, ۱۴۰۱\n{a}\n{b}\n" for n, (h, a, b) in enumerate(_ITEMS[:3], start=1)
    )
    text = f"{_ARTICLE}\nمهر ۱۹, ۱۴۰۱\n{_ARTICLE_TEXT}مطالب مرتبط\n{box}"
    article = jm.parse_article(text)
    assert article.title == _ARTICLE
    assert article.published is not None
    assert article.published.jalali_date == (1401, 7, 19)
    assert "listing-page" not in warning_codes(article)


def test_article_over_a_box_of_dated_headlines_keeps_its_title() -> None:
    """An article's headline and one paragraph over a box of «HEADLINE - DATE» lines (andoz.tj's
    layout, tests/pages 2128), the box's last item with a teaser: the text between the
    headline and the box is the article's; no front page (mutant 6)."""
    text = (
        f"{_ARTICLE}\n{_ARTICLE_TEXT.splitlines()[0]}\n"
        "برگزاری نمایشگاه عکس های قدیمی گرگان - 15.04.2019\n"
        "تمدید ساعت کار موزه های استان در نوروز - 11.04.2019\n"
        "آموزش راهنمایان گردشگری در کاخ موزه - 08.04.2019\n"
        "دیدار مدیران موزه ها با راهنمایان تور\n"
        "مدیران موزه های استان با راهنمایان تورهای گردشگری دیدار کردند و درباره ساعت بازدید "
        "گروه ها و بلیت دانشجویی با آنان گفت و گو کردند.\n"
        "ارسال شده در 02.04.2019\n"
    )
    article = jm.parse_article(text)
    assert article.title == _ARTICLE
    assert "listing-page" not in warning_codes(article)


def test_headline_over_three_stacked_date_lines_keeps_its_title() -> None:
    """An article's headline over its Jalali date, its Gregorian date and its update line,
    one under the other, each a date with a word or two: no run of items, whose stamps right
    one under the other each carry a headline of STAMPED_HEADLINE_WORDS words (mutant 4)."""
    text = (
        f"{_ARTICLE}\nسه شنبه ۱۲ مهر ۱۴۰۱\nTuesday 4 October 2022\nبه روز شده: ۱۲ مهر ۱۴۰۱\n"
        f"{_ARTICLE_TEXT}"
    )
    article = jm.parse_article(text)
    assert article.title == _ARTICLE
    assert article.published is not None
    assert article.published.jalali_date == (1401, 7, 12)
    assert "listing-page" not in warning_codes(article)


# -- fix215: a menu of six short labels (mutant 13) --------------------------------------------
# Layout: abfaesfahan.ir's Drupal portal (tests/pages 2124): the top menu, the day's stamp, the
# company's menu of short labels, then the news slider's titles cut with «...».
_PORTAL = """صفحه اصلی
درخواست ملاقات
گالری
تماس با ما
ورود کاربران
1401/07/20
نمودار سازمانی
معرفی شرکت
آمار واطلاعات
سایتهای مرتبط
شعار سال
اخبار
مدیرعامل شرکت گاز استان گلستان اعلام کرد: آغاز گازرسانی به روستاهای مرزی در ماه های...
نصب کنتورهای هوشمند گاز در واحدهای تجاری مرکز شهر گرگان
مدیرعامل شرکت گاز استان گلستان اعلام کرد: برنامه بازرسی تاسیسات گاز پیش از فصل سرما در...
تمامی حقوق مادی و معنوی این سایت متعلق به شرکت گاز استان گلستان میباشد.
بازدید:8,402,118
"""


def test_menu_of_six_labels_over_the_slider_gives_no_title() -> None:
    """Six short labels one under the other (MENU_RUN_LINES): a menu, no list's name."""
    article = jm.parse_article(_PORTAL)
    assert article.title is None
    assert article.published is None
    assert "title-uncertain" in warning_codes(article)


# -- fix216: a two-clause stopped headline whose first clause holds «و» (mutant 20) -----------
# Layout: fix210's (a provincial news site's headline with its full stop, a question under it,
# the date, the lead retelling the headline's first clause).
_TWO_CLAUSES = (
    "تیم فوتبال دختران و پسران مدرسه جام قهرمانی استان را به دست آورد و پرچم مدرسه را در "
    "سالن ورزش به اهتزاز درآورد."
)


def test_two_clause_headline_with_an_earlier_and_in_its_first_clause() -> None:
    """«... دختران و پسران ...»: the first «و» joins two nouns; the clauses are joined by the
    second one, which _stopped_statements still finds (mutant 20)."""
    text = (
        f"{_TWO_CLAUSES}\nآیا مدرسه جایزه ای هم می گیرد؟\n۱۸ آذر ۱۴۰۲\n\n"
        "تیم فوتبال دختران و پسران مدرسه در دیدار پایانی مسابقات استان پیروز شد و جام قهرمانی "
        "را به دست آورد و به مرحله کشوری رسید.\n\n"
        "مدیر مدرسه گفت نتیجه مرحله بعد تا دو ماه دیگر اعلام می شود.\n"
    )
    article = jm.parse_article(text)
    assert article.title == _TWO_CLAUSES
    assert "title-uncertain" not in warning_codes(article)


# -- fix218: a tags heading over an item with a kicker (mutant 34) -----------------------------
# Layout: avayerodkof.ir's tag page (tests/pages 2137): the site's motto, the bare tags
# heading, then the first item: here its kicker, its headline, its code and date line.
def test_tags_heading_over_a_kicker_headline_and_code_is_a_list() -> None:
    """The item's code is the third line under «برچسب ها» (LIST_HEADING_REACH): still the
    first item's, not the page's (mutant 34)."""
    text = (
        "« صدای گلستان» به دقت و انصاف در خبر پایبند است و نام منبع را همیشه می آورد.\n\n"
        "برچسب ها\nورزش استان\n"
        "کوهنوردان پیشکسوت استان در صعود نوروزی به قله شاهوار شرکت کردند\n"
        "کد خبر: ۹۳۱۵   تاریخ انتشار : ۱۳۹۷/۰۱/۰۵\n\n"
        "صعود نوروزی کوهنوردان پیشکسوت استان به قله شاهوار با حضور هفتاد کوهنورد برگزار شد و "
        "گروه پیش از ظهر به قله رسید و عصر به پناهگاه بازگشت."
    )
    article = jm.parse_article(text)
    assert article.number is None
    assert article.published is None
    assert "listing-page" in warning_codes(article)


# -- fix219: an occasion's line that is a post's headline (mutants 38 and 39) ------------------
_OCCASION = "به مناسبت روز جهانی موزه ها"
_MUSEUM_LEAD = (
    "امروز با بچه های کلاس به موزه شهر رفتیم؛ راهنمای موزه از سکه های قدیمی و ظرف های سفالی "
    "گفت و بچه ها از هر تالار نقاشی کشیدند."
)
_MUSEUM_BODY = (
    "در تالار آخر نقشه قدیمی شهر را دیدیم که کوچه های محله ما در آن بود.\n \n"
    "قرار شد ماه بعد به کاروانسرای شهر برویم.\n"
)


def test_occasion_headline_under_a_blogs_name_stays_the_title() -> None:
    """A blog's name over the post's headline «به مناسبت ...» and its text: no date or label
    line over it, so no kicker of a news item: the headline (mutant 38)."""
    article = jm.parse_article(f"دفترچه معلم\n\n{_OCCASION}\n{_MUSEUM_LEAD}\n \n{_MUSEUM_BODY}")
    assert article.title == _OCCASION
    assert "title-uncertain" not in warning_codes(article)


def test_occasion_line_spelled_by_the_address_stays_the_title() -> None:
    """The same line between the date line and the lead, the address's slug spelling it: the
    item's headline, not a kicker (mutant 39)."""
    text = (
        "پایگاه خبری شهر نمونه | shahr.example\n\nکد خبر: ۵۳۰۲\n"
        f"تاریخ انتشار: ۲۸ اردیبهشت ۱۳۹۲ - ۰۹:۴۰\n{_OCCASION}\n{_MUSEUM_LEAD}\n \n{_MUSEUM_BODY}"
    )
    url = "http://shahr.example/fa/news/5302/به-مناسبت-روز-جهانی-موزه-ها"
    article = jm.parse_article(text, url=url)
    assert article.title == _OCCASION
    assert article.number == "5302"


# -- fix219: bullets around a name join no phrases (mutant 41) -----------------------------------
def test_stars_around_a_headline_are_no_tagline() -> None:
    """«★☆★ NAME ★☆★»: the parts between the stars that hold no letter are no phrases
    (TAGLINE_PHRASES counts phrases with a letter): the headline stays (mutant 41)."""
    article = jm.parse_article(f"★☆★ شب های کاروانسرا ★☆★\n\n{_MUSEUM_LEAD}\n \n{_MUSEUM_BODY}")
    assert article.title == "شب های کاروانسرا"
    assert "title-uncertain" not in warning_codes(article)


# -- fix219: a framed clock after another date on the footer (mutant 42) -----------------------
# Layout: a Loxblog post footer (dezfull.loxblog.com, tests/pages 2174).
def test_framed_clock_after_an_edit_date_is_not_the_posts_time() -> None:
    """«DATE برچسب:TAGS , ویرایش شده در DATE2 :: 09:10 ::»: a digit (the edit's date) stands
    between the post's date and the clock: the clock is the edit's, the post keeps its day."""
    footer = (
        "شنبه 11 مرداد 1393 برچسب:گرگان , ویرایش شده در 12 مرداد 1393 :: 09:10 :: "
        "نويسنده : golestani"
    )
    text = (
        f"♥دیار ما♥\nوبلاگ شهر گرگان\n{footer}\n\n"
        "بازار قدیمی گرگان که روزگاری مرکز داد و ستد منطقه بود، هنوز چند راسته کهنه خود را "
        "نگه داشته است و هر روز صبح پر از خریدار است.\n\n \n\n"
        "به گزارش رسانه محلی، مرمت سقف راسته مسگرها از سال گذشته آغاز شده است.\n"
    )
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2014-08-02"


# -- fix220: the question under a stopped sentence, its retelling's bounds (mutants 51, 52) ----
# Layout: attacks66's (a headline with its full stop, a question, the date, the lead).
_BREAD = "قیمت نان حجیم و صنعتی در استان از اول دی ده درصد افزایش یافت."
_BREAD_LEAD = "قیمت نان حجیم و صنعتی استان از دی ده درصد افزایش می یابد."


def _bread(headline: str, question: str, lead: str) -> str:
    return (
        f"{headline}\n{question}\n۲۵ آذر ۱۴۰۲\n\n{lead}\n\n"
        "درباره نرخ نان سنتی هنوز تصمیمی گرفته نشده است.\n"
    )


def test_question_half_retold_by_the_lead_stays_the_title_undoubted() -> None:
    """The lead holds exactly half the question's content words (three of six): not fewer
    than half, so no subtitle's doubt (mutant 51)."""
    question = "آیا افزایش قیمت نان ادامه دارد؟"
    article = jm.parse_article(_bread(_BREAD, question, _BREAD_LEAD))
    assert article.title == question
    assert "title-uncertain" not in warning_codes(article)


def test_question_under_a_stopped_line_with_no_verb_stays_undoubted() -> None:
    """A line with a full stop but no verb (a motto's shape) over the question: no sentence
    that the lead retells, so the question is not doubted (mutant 52)."""
    question = "آیا قیمت نان سنتی هم بالا می رود؟"
    motto = "نان حجیم و صنعتی استان، نرخ تازه از اول دی."
    lead = "نرخ تازه نان حجیم و صنعتی استان از اول دی اعلام شد و ده درصد افزایش یافت."
    article = jm.parse_article(_bread(motto, question, lead))
    assert article.title == question
    assert "title-uncertain" not in warning_codes(article)


# -- real64: a broken copy whose first piece has four words (mutant 57) ------------------------
# Layout: shahinshahrmeimeh.gov.ir's print view (real64 #05).
def test_broken_copy_of_four_words_under_the_headline() -> None:
    """The copy's first piece is the headline's first four words (BROKEN_COPY_MIN_WORDS), the
    second ends with its last word: the headline is the title, not the second piece."""
    headline = "بازدید فرماندار از سد مخزنی روستای چشمه سفید در روزهای پایانی فصل آبیاری"
    text = (
        f"{headline}\n\nبازدید فرماندار از سد\nهمراه با مدیران در روزهای پایانی فصل آبیاری\n\n"
        "فرماندار شهرستان همراه با مدیر امور آب از سد مخزنی روستا بازدید کرد و از برنامه "
        "لایروبی کانال های آبرسانی پیش از فصل بارش خبر داد.\n"
        "گفتنی است با لایروبی کانال ها آب بیشتری به مزارع پایین دست می رسد و کشاورزان در فصل "
        "آبیاری با کمبود کمتری روبرو می شوند.\n"
    )
    article = jm.parse_article(text)
    assert article.title == headline


# -- real64: «/بایگانی/N» with a number shaped like a year before the web (mutant 61) ---------
def test_persian_archives_front_with_a_pre_web_year_number_is_the_post() -> None:
    """«/بایگانی/1350»: WordPress's Persian archives front and a post ID that reads like a
    year before the web: the post (its number, warned year-like), as «/archives/1350» is,
    never a year's archive."""
    text = f"{_ARTICLE}\n\n{_ARTICLE_TEXT}"
    article = jm.parse_article(text, url="https://yazar.example.ir/بایگانی/1350")
    assert article.title == _ARTICLE
    assert article.number == "1350"
    assert "listing-page" not in warning_codes(article)


# -- fix216: a three-word headline over its date line under a blog's name (mutant 22) ----------
# Layout: attacks68's blog on its own domain (its name, its motto, the post's headline over its
# date line, the post in full).
def test_three_word_headline_over_its_date_line_under_a_blogs_name_is_undoubted() -> None:
    """The date line under a headline of three words (DATED_HEADLINE_MIN_WORDS) is no menu's
    short line beside it: the headline is the title, with no doubt."""
    text = (
        "یادداشت های مینا\nسفرنامه ها و عکس ها\n\nزمستان در ابیانه\n۱۸ آذر ۱۴۰۲\n\n"
        "صبح زود از کاشان راه افتادیم و نزدیک ظهر به ابیانه رسیدیم؛ دیوارهای سرخ روستا زیر "
        "برف نازکی پنهان شده بود و کوچه ها خلوت بود.\n\n"
        "ناهار را در خانه ای قدیمی خوردیم و پیرزنی از جشن های قدیم روستا برایمان گفت.\n\n"
        "پیش از تاریکی به شهر برگشتیم.\n"
    )
    article = jm.parse_article(text)
    assert article.title == "زمستان در ابیانه"
    assert article.published is not None
    assert article.published.jalali_date == (1402, 9, 18)
    assert "title-uncertain" not in warning_codes(article)
