"""mut56: tests for the survivors of the fifty-sixth mutation round
(benchmarks/hand_mutants_56.py, docs/reliability.md "The fifty-sixth round: fix301-fix306,
speed58 and speed59 under mutation").

Each test kills one survivor or more and passes on main; the layouts are the rules' own pages
(a persianblog post under its blog's name and self-description, a blog post's short title over
the body's longer heading, ...), the sentences written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"


def _codes(article: jm.Article) -> set[str]:
    return {w.code for w in article.warnings}


_BROKEN = "\n\n".join(
    [
        "در کوچه های قدیم شهر",
        "هر خانه ای حوضی داشت و در",
        "تابستان آب سرد آن را",
        "برای نوشیدن نگه می داشتند.",
        "بچه ها کنار حوض بازی می کردند",
        "و بزرگ ترها زیر سایه درخت",
        "چای می نوشیدند.",
    ]
)
_GRAPES = (
    "کشاورزان شهرستان امسال بیش از هزار تن انگور برداشت کرده اند و بخشی از آن را در این "
    "جشنواره به مسافران عرضه می کنند. مسئول جشنواره گفت که غرفه ها تا پایان هفته باز است."
)
_SITE_LINE = "خبرهای روز شهر ما و گزارش رویدادهای آن"


# -- fix301: a blog's name over its self-description, then the post (mutants 4, 6) -------------
_BLOG_NAME = "خاطرات من (حسن رضایی)"
_SELF_DESCRIPTION = (
    "این وبلاگ قرار است گوشه هایی از زندگی و روزگار نویسنده اش را برای دیگران بازگو کند و "
    "خاطرات کودکی او را نگه دارد"
)
_LIBRARY_HEADLINE = "ساعت کار تازه کتابخانه های شهر"
_THIS_SITE_LEAD = (
    "این سایت اعلام کرد که کتابخانه های عمومی از هفته آینده تا ساعت نه شب باز خواهند بود و "
    "کارت عضویت رایگان می شود"
)


def test_one_word_post_title_under_a_blog_self_description() -> None:
    """«یخدان», the post's title of one word, under the blog's name and its sentence saying
    what the blog is (2560's layout) is the title (mutant 4: two words wanted, the blog's
    name taken, silently)."""
    text = f"{_BLOG_NAME}\n\n{_SELF_DESCRIPTION}\n\nیخدان\n\n{_BROKEN}\n"
    assert jm.parse_article(text).title == "یخدان"


def test_kicker_over_a_headline_over_a_lead_on_this_site_keeps_the_headline() -> None:
    """A kicker of the text over the headline, then a lead opening «این سایت ...» and a short
    line: the headline is not a page's first line, so no blog's self-description is read
    (mutant 6: the chrome-above test dropped, «جزئیات» taken as the title, silently)."""
    text = (
        f"گزارش ویژه از کتابخانه ها\n\n{_LIBRARY_HEADLINE}\n\n{_THIS_SITE_LEAD}\n\n"
        f"جزئیات\n\n{_GRAPES}\n"
    )
    assert jm.parse_article(text).title == _LIBRARY_HEADLINE


# -- fix301: a short title over a heading restating it (mutants 11, 12, 17, 18) ----------------
def test_short_label_over_a_verb_headline_opening_with_it_keeps_the_headline() -> None:
    """«جشنواره انگور» over «جشنواره انگور در تاکستان آغاز شد» and the date line: the
    headline states the event with its verb, the short line is a label (mutant 11: the
    verb test dropped, the label taken, sure)."""
    headline = "جشنواره انگور در تاکستان آغاز شد"
    article = jm.parse_article(f"جشنواره انگور\n\n{headline}\n\n۱۴ مهر ۱۴۰۲\n\n{_GRAPES}\n")
    assert article.title == headline
    assert _UNCERTAIN not in _codes(article)


def test_institution_over_a_heading_naming_it_keeps_the_heading() -> None:
    """An institution's name under the site's line over a heading that names it among other
    words, over the text: the name is a masthead's, the heading the title, sure (mutant 12:
    the institution test dropped, the name taken, doubted)."""
    heading = "همایش ملی گلاب در فرمانداری کاشان"
    text = f"{_SITE_LINE}\n\nفرمانداری کاشان\n{heading}\n{_GRAPES}\n"
    article = jm.parse_article(text)
    assert article.title == heading
    assert _UNCERTAIN not in _codes(article)


def test_heading_holding_the_short_line_words_out_of_order_keeps_its_place() -> None:
    """«انگور تاکستان» over «تاکستان میزبان نخستین جشنواره انگور استان»: the heading holds
    the short line's words in another order, no restatement; it stays the title, sure
    (mutant 17: the order not asked, the short line taken, doubted)."""
    heading = "تاکستان میزبان نخستین جشنواره انگور استان"
    text = f"{_SITE_LINE}\n\nانگور تاکستان\n{heading}\n{_GRAPES}\n"
    article = jm.parse_article(text)
    assert article.title == heading
    assert _UNCERTAIN not in _codes(article)


def test_short_title_over_a_heading_going_on_with_and() -> None:
    """«بازار انار» over «بازار انار و انجیر در شهر هرات» and the Afghan date line: «و»
    opens a qualifier, the short line is the post's title (mutant 18: «و» out of the
    qualifiers, the heading taken)."""
    text = f"بازار انار\n\nبازار انار و انجیر در شهر هرات\n\nهفتم جدی 1395/ هرات\n\n{_GRAPES}\n"
    article = jm.parse_article(text)
    assert article.title == "بازار انار"
    assert _UNCERTAIN not in _codes(article)


# -- fix303: a post's headline over its own excerpt, the share bar (mutants 36, 40) ------------
_SCHOOL_TEASER = (
    "مدیر آموزش و پرورش شهرستان گفت : با افتتاح این مدرسه دانش آموزان سه روستای همجوار "
    "دیگر برای رفتن به کلاس مسیر طولانی جاده کوهستانی را طی نمی کنند و در"
)


def _excerpt_post(headline: str) -> str:
    """2612's layout: the site's name, the date line, the share bar, the headline, the
    excerpt cut with «[…]», the full text opening with the excerpt's words."""
    return (
        "پایگاه خبری صدای کوهپایه\n\n"
        "10:42:17 - سه شنبه 14 آبان 1392\n"
        "داغ کن - کلوب دات کام Balatarin اشتراک گذاری در فیس بوک تویت کردن این مطلب\n"
        f"{headline}\n"
        f"{_SCHOOL_TEASER} […]\n\n"
        f"{_SCHOOL_TEASER} همان روستا درس می خوانند .\n\n"
        "وی افزود : این مدرسه شش کلاس درس و یک کتابخانه دارد و با کمک خیرین ساخته شده "
        "است .\n\n"
        "به گفته وی ساخت دو مدرسه دیگر نیز در بخش مرکزی شهرستان آغاز شده است .\n"
    )


def test_share_bar_between_the_date_line_and_the_headline_keeps_the_date() -> None:
    """The share bar's buttons run into one line under the date line: chrome, and the date
    line over it dates the post (mutant 36: «داغ کن», «کلوب دات کام» out of the UI words,
    the date lost)."""
    article = jm.parse_article(_excerpt_post("مدرسه تازه ساز روستای دره بید افتتاح شد ."))
    assert article.published is not None
    assert article.published.isoformat() == "2013-11-05T10:42:17+03:30"


def test_long_sentence_headline_over_its_own_excerpt_is_sure() -> None:
    """A headline of one sentence of twelve words or more ending with its verb and a full
    stop over the post's own excerpt: the excerpt is the lead, no one-sentence lead taken
    for a headline (mutant 40: doubted, a false alarm)."""
    headline = "مدرسه تازه ساز روستای دره بید با حضور فرماندار و خیرین شهرستان افتتاح شد."
    article = jm.parse_article(_excerpt_post(headline))
    assert article.title == headline
    assert _UNCERTAIN not in _codes(article)


# -- fix303: a blog's month archive counting several posts (mutant 48) --------------------------
_MONTH_ARCHIVE = (
    "گلستانه\n\n"
    "اخبار روستای گلستانه و دهستان های اطراف\n\n"
    "گلستانه\n\n"
    "اخبار روستای گلستانه و دهستان های اطراف\n\n"
    "مشخصات بلاگ\n"
    "گلستانه\n\n"
    "درود\n"
    "رضا احمدی هستم نویسنده و مدیر وبلاگ گلستانه\n\n"
    "این وبلاگ خبرهای روستا و کارهای شورا و دهیاری را می نویسد.\n\n"
    "برای خواندن همه نوشته ها روی ادامه مطلب بزنید.\n\n"
    "ــــــــــــــــــــــــــــــــــــ\n\n"
    "شروع فعالیت:3 آبان 95\n"
    "نویسنده:رضا احمدی\n\n"
    "نظر بدهید\n\n"
    "۲ مطلب در تیر {year} ثبت شده است\n\n"
    "مدرسه روستا رنگ آمیزی شد\n\n"
    "جوانان روستا روز جمعه با کمک دهیاری دیوارهای مدرسه را رنگ کردند و کلاس ها برای سال "
    "تازه آماده شد. از همه کسانی که آمدند و کمک کردند سپاسگزاریم.\n\n"
    "ادامه مطلب...\n"
    "۱۸ تیر ۹۸ ، ۲۱:۱۰ رضا احمدی\n"
    "نظرات (۱)\n\n"
    "جلسه شورای روستا برگزار شد\n\n"
    "جلسه ماهانه شورای روستا شب گذشته در مسجد برگزار شد و درباره لوله کشی آب گفتگو شد. "
    "قرار شد دهیاری از بخشداری اعتبار بگیرد.\n\n"
    "ادامه مطلب...\n"
    "۱۲ تیر ۹۸ ، ۲۰:۴۵ رضا احمدی\n"
    "نظرات (۰)\n"
)


def test_month_archive_counter_with_a_two_digit_year_has_no_title() -> None:
    """«۲ مطلب در تیر ۹۸ ثبت شده است», the counter with the year's last two digits, over
    two posts: a month archive of several posts, no title, warned (2619's layout; mutant 48:
    four digits wanted, the blog's sidebar sentence given as the title, silently)."""
    for year in ("۱۳۹۸", "۹۸"):
        article = jm.parse_article(_MONTH_ARCHIVE.format(year=year))
        assert article.title is None
        assert _UNCERTAIN in _codes(article)


# -- fix306: teasers quoting their speaker under one kicker (mutant 72) ------------------------
_SNOW_TEXT = (
    "کارگران شهرداری از صبح امروز برف خیابان های اصلی را پاک کردند و تا ظهر بیشتر راه های "
    "شهر باز شد و اتوبوس ها دوباره به راه افتادند.\n\n"
    "معاون شهردار گفت که برای کوچه های تنگ محله های قدیمی هم گروه های تازه ای به کار گرفته "
    "شده اند و تا فردا کار آن ها تمام می شود.\n"
)


def test_four_word_quotes_under_one_kicker_are_a_list() -> None:
    """Three «ویدیو» teasers each quoting its speaker in four words after the colon: a list,
    no title (mutant 72: five words wanted, the last teaser given as the title, silently)."""
    quotes = (
        "رئیس هواشناسی: برف فردا ادامه دارد",
        "فرماندار: مدرسه ها فردا تعطیل",
        "مدیر راهداری: گردنه حیران باز است",
    )
    page = "".join(f"ویدیو\n{quote}\n" for quote in quotes) + _SNOW_TEXT
    article = jm.parse_article(page)
    assert article.title is None
    assert "listing-page" in _codes(article)


# -- fix304: «ارسال در تاریخ» as a footer's label only after the lead (mutant 60) --------------
def test_sent_on_label_under_the_headline_outranks_a_date_line_above() -> None:
    """«ارسال در تاریخ: ۲ دی ۱۴۰۲» right under the headline is the post's labelled date; a
    bare date line above the headline does not outrank it (mutant 60: the label read as a
    footer's in the header too, the bare date given)."""
    lead = (
        "پیمانکار شهرداری از صبح امروز کار پی کنی ستون های پل را کنار ایستگاه اتوبوس بلوار "
        "آغاز کرد و ساخت آن تا پایان بهار سال آینده به پایان می رسد."
    )
    more = (
        "معاون عمرانی شهرداری گفت که این پل برای دانش آموزان دو مدرسه بزرگ بلوار ساخته می شود "
        "و آسانسور هم دارد."
    )
    headline = "ساخت دومین پل عابر پیاده در بلوار شهید بهشتی شاهرود آغاز شد"
    text = f"۵ دی ۱۴۰۲\n{headline}\nارسال در تاریخ: ۲ دی ۱۴۰۲\n\n{lead}\n\n{more}\n"
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.jalali_date == (1402, 10, 2)
