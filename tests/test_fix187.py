"""fix187: the forty-sixth real sample's general causes (docs/real_sample.md «A forty-sixth
sample (real57, 2026-12-06)»).

Each positive follows the layout of a real57 page (named in its docstring) and fails on main
afc405ad; each ``-neg`` near miss keeps main's reading on both. The headlines and bodies are
written for these tests (ordinary topics); no page text of the sample is copied.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {str(warning.code) for warning in article.warnings}


_GARDEN_BODY = (
    "امروز صبح زود به باغچه رفتم و دیدم که گوجه‌ها رسیده‌اند. چند تا از آن‌ها را چیدم و برای "
    "همسایه‌ها بردم. همه خوشحال شدند و گفتند سال بعد هم باید بیشتر بکارم و سبزی هم بکارم.\n\n"
    "باغچه کوچک است اما برای ما خیلی کار می‌کند و هر روز چیزی تازه در آن می‌بینم. شاید سال بعد "
    "درخت انار هم بکارم تا سایه‌ای برای تابستان داشته باشیم.\n"
)


# -- 1. Parsiblog's «ارسال‌کننده : NAME در : DATE» post header (real57 #17) -------------------
def _parsiblog(byline: str) -> str:
    return (
        "باغچه کوچک من - دفترچه سبز\nسفارش تبلیغ\nصبا ویژن\n"
        "دانش گنجی است که هرگز تمام نمی‌شود . [حکیمی از روزگار کهن]\n\n"
        f"باغچه کوچک من\n\n{byline}\n\n\n{_GARDEN_BODY}"
    )


def test_parsiblog_poster_line_is_a_byline_and_its_date_is_read() -> None:
    """#17's layout: the blog's <title>, the ad box, a saying with its source in square
    brackets, the headline, «ارسال‌کننده : NAME در : YY/M/D TIME» (with or without its ZWNJ),
    the post: the headline is the title, the poster the author, the two-digit year read as
    13YY with its one-digit month and day (warned two-digit-year)."""
    for label in ("ارسالکننده", "ارسال\u200cکننده", "ارسال کننده"):
        article = jm.parse_article(_parsiblog(f"{label} : علی نیک نام در : 92/3/3 5:24 عصر"))
        assert article.title == "باغچه کوچک من", label
        assert article.author == "علی نیک نام", label
        assert article.published is not None, label
        assert article.published.jalali_date == (1392, 3, 3), label
        assert article.published.gregorian.isoformat() == "2013-05-24T17:24:00+04:30", label
        assert "two-digit-year" in _codes(article), label


def test_labelled_short_date_day_first_neg() -> None:
    """A one-digit first end («3/3/92»: the day or the month first) is not read in a label's
    value: it stays unread, as on main."""
    article = jm.parse_article(_parsiblog("نویسنده : علی نیک نام\nتاریخ : 3/3/92"))
    assert article.published is None
    assert "not-a-date" in _codes(article)


# -- 2. BlogSky's «TITLE - BLOG» / «BLOG» / motto / «نگارش در تاریخ DATE توسط NAME» (#21) ------
_TRIP_HEAD = "سفری به شهر کاشان در روزهای گرم تابستان"
_TRIP_BODY = (
    "تابستان گذشته با خانواده به کاشان رفتیم و چند روز در خانه‌های قدیمی شهر ماندیم. باغ فین را "
    "دیدیم و در بازار قدیمی قدم زدیم و از گلاب‌گیری در قمصر دیدن کردیم که خاطره‌ای خوش ماند.\n\n"
    "شب‌ها در حیاط خانه می‌نشستیم و از سفرهای دیگر حرف می‌زدیم. همه موافق بودند که سال بعد هم "
    "باید به شهری دیگر برویم و این بار یزد را ببینیم.\n"
)


def _blogsky(first: str) -> str:
    return (
        f"{first}\nدفتر سفر\nیادداشت‌های یک مسافر از شهرهای ایران\n"
        "نگارش در تاریخ دوشنبه 31 خردادماه سال 1389 توسط مسافر جوان\n\n"
        f"{_TRIP_BODY}"
    )


def test_blogsky_title_line_over_blog_name_and_written_on_line() -> None:
    """#21's layout: the browser title «HEADLINE - BLOG» over «BLOG» and the blog's motto, then
    «نگارش در تاریخ DATE توسط NAME»: the headline is the title line's first part and the
    date is read."""
    article = jm.parse_article(_blogsky(f"{_TRIP_HEAD} - دفتر سفر"))
    assert article.title == _TRIP_HEAD
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2010-06-21"


def test_title_line_whose_tail_is_not_the_next_line_neg() -> None:
    """The first line's tail after its dash is not the line under it: no browser title is
    seen, and the first line is not taken whole for that reason (main's choice stays)."""
    page = _blogsky(f"{_TRIP_HEAD} - خاطرات")
    main_title = "یادداشت\u200cهای یک مسافر از شهرهای ایران"
    assert jm.parse_article(page).title == main_title


# -- 3. a year archive's address, the whole path a year (#20) ------------------------------
_ARCHIVE_PAGE = (
    "۱۳۸۹ مهر ۴, یکشنبه\n\nساخت یک فهرست ساده برای کتاب‌های خوانده شده\n\n"
    "بسیاری از کتاب‌خوان‌ها دوست دارند فهرستی از کتاب‌هایی که خوانده‌اند داشته باشند. در این "
    "نوشته روشی ساده برای ساختن چنین فهرستی در یک دفترچه یا یک صفحه گسترده می‌گوییم و مراحل "
    "کار را یکی یکی شرح می‌دهیم تا هر کسی بتواند آن را انجام دهد.\n\n"
    "۱. یک ستون برای نام کتاب و یک ستون برای نام نویسنده بسازید.\n"
    "۲. در ستون سوم تاریخ پایان خواندن را بنویسید.\n"
)


def test_year_archive_address_is_a_list() -> None:
    """#20's layout at a Blogger year archive «/2010/» (a Jalali one «/1389/» alike): the first
    listed post's date heading and headline are not the page's; the page is a list
    (listing-page), no title and no date."""
    for url in ("http://example.blogspot.com/2010/", "http://example.blogfa.com/1389/"):
        article = jm.parse_article(_ARCHIVE_PAGE, url=url)
        assert article.title is None, url
        assert article.published is None, url
        assert "listing-page" in _codes(article), url


def test_year_like_post_id_month_archive_or_slug_neg() -> None:
    """«/2010» without its closing slash, «/1488/» (WordPress's post ID, beyond a Jalali
    archive's years), a month archive «/2010/09/» showing one post in full (the post, as
    tests/pages 617 and 962) and «/2010/09/<slug>.html» stay the post: main's title."""
    for url in (
        "http://example.ir/2010",
        "http://example.ir/1488/",
        "http://example.blogspot.com/2010/09/",
        "http://example.blogspot.com/2010/09/book-list.html",
    ):
        article = jm.parse_article(_ARCHIVE_PAGE, url=url)
        assert article.title == "ساخت یک فهرست ساده برای کتاب\u200cهای خوانده شده", url
        assert "listing-page" not in _codes(article), url


# -- 4. a periodical named by a month's name alone (#10) ------------------------------------
def _record(name: str, lead_name: str) -> str:
    return (
        f"{name}\n\n \n\n"
        f"شماره نخست {lead_name} در قطع کوچک و در چهار صفحه در شهر تبریز چاپ و در سال ۱۳۰۵ "
        "منتشر شد. این نشریه هفتگی بود و بیشتر به اخبار شهر و بازار می‌پرداخت و بهای هر شماره آن "
        "دو شاهی بود.\n\n"
        "از یادداشت‌های همین شماره پیداست که گردانندگان آن پیش از این در نشریه‌ای دیگر کار "
        "می‌کردند و خوانندگان زیادی در شهر داشتند.\n"
    )


def test_month_name_alone_naming_the_periodical_is_the_title() -> None:
    """#10's layout (a library's record of a newspaper): the name «بهمن» alone, then a lead
    naming «روزنامه بهمن»: the name is the record's title, not a month line."""
    assert jm.parse_article(_record("بهمن", "روزنامه بهمن")).title == "بهمن"
    assert jm.parse_article(_record("آذر", "هفته‌نامه آذر")).title == "آذر"


def test_month_name_alone_not_named_in_the_lead_neg() -> None:
    """The same month's name over a lead that names another paper: a month line, never the
    title (main's reading)."""
    assert jm.parse_article(_record("بهمن", "روزنامه فجر")).title is None


# -- 5. a read-on link line at a tag page's top (#13) ---------------------------------------
_WIKI_TEXT = (
    "کلیات\n\n"
    "والیبال یکی از ورزش‌های گروهی پرطرفدار است که در بیشتر کشورهای جهان بازی می‌شود و "
    "مسابقات آن در رده‌های سنی گوناگون برگزار می‌شود و تماشاگران زیادی دارد.\n\n"
    "تاریخچه\n\n"
    "این ورزش در پایان سده نوزدهم میلادی پدید آمد و در سال‌های بعد به کشورهای دیگر راه یافت "
    "و امروز فدراسیون جهانی آن بیش از دویست عضو دارد.\n"
)


def test_read_on_link_line_is_never_the_title() -> None:
    """#13's layout: «در مورد والیبال در دانشنامه بیشتر بخوانید» (a read-on link), then a wiki
    text under «کلیات» and «تاریخچه» section headings: no title (neither the link nor the
    section heading)."""
    for link in (
        "در مورد والیبال در دانشنامه بیشتر بخوانید",
        "تاریخچه والیبال در ایران ادامه مطلب",
    ):
        assert jm.parse_article(f"{link}\n\n \n\n{_WIKI_TEXT}").title is None, link


def test_headline_with_read_words_inside_neg() -> None:
    """A headline that says «بیشتر بخوانید» inside and goes on, or asks it: still the title."""
    head = "چرا باید بیشتر بخوانید؟"
    page = f"{head}\n\n" + _WIKI_TEXT.split("\n\n", 1)[1]
    assert jm.parse_article(page).title == head


# -- 6. a row of «label : value» fields over the entry's name (#09) ------------------------
_ENTRY_BODY = (
    "کاوه، نشریه‌ای ادبی و سیاسی بود که در آغاز سده چهاردهم در برلین منتشر می‌شد و نویسندگان "
    "بسیاری در آن مقاله می‌نوشتند و خوانندگانی در ایران و بیرون از آن داشت.\n\n"
    "این نشریه در دو دوره منتشر شد و در دوره دوم بیشتر به ادبیات و تاریخ می‌پرداخت.\n"
)


def _eshia(row: str) -> str:
    return (
        "responsiveMenu\nفرمت PDF شناسنامه فهرست\n   جلد :\n"
        f"{row}\n\nکاوه\n\nنویسنده (ها) : مریم احمدی\n\n"
        f"آخرین بروز رسانی : سه شنبه 26 آذر 1398 تاریخچه مقاله\n\n{_ENTRY_BODY}"
    )


def test_row_of_fields_is_never_the_headline() -> None:
    """#09's layout: a menu, «نام کتاب : ... نویسنده : ... جلد : 4 صفحه : 210», the entry's
    name, its author and update lines, the text: the name is the title."""
    row = "نام کتاب : دانشنامه نشریات فارسی نویسنده : گروه نویسندگان    جلد : 4  صفحه : 210"
    article = jm.parse_article(_eshia(row))
    assert article.title == "کاوه"
    assert article.updated is not None


def test_one_spaced_colon_headline_neg() -> None:
    """A speaker's headline with one spaced colon («NAME : ...») is no row of fields."""
    head = "وزیر آموزش : مدارس از مهر باز می‌شوند"
    page = (
        f"{head}\n\nبه گزارش خبرنگار ما، وزیر آموزش و پرورش امروز در نشستی خبری گفت که همه "
        "مدارس کشور از اول مهر ماه باز می‌شوند و کلاس‌ها به صورت حضوری برگزار خواهد شد.\n"
    )
    assert jm.parse_article(page).title == head


# -- 7. a kicker ending with a verb of saying over the lead, no headline (#16, text alone) ----
_MINISTER_LEAD = (
    "وزیر آموزش و پرورش با اشاره به نشست خود با سازندگان مدارس در خصوص ساخت مدرسه‌هایی با "
    "بیش از سی کلاس گفت این طرح‌ها تا پایان سال آینده به پایان می‌رسد و دانش‌آموزان مناطق "
    "کم‌برخوردار در آن‌ها درس خواهند خواند."
)


def test_kicker_with_saying_verb_over_lead_is_doubted() -> None:
    """#16's layout text alone: «وزیر آموزش و پرورش عنوان کرد» over the lead and a code and
    date line: the kicker is kept but doubted (title-uncertain): a list's one item as often."""
    code_line = "کد خبر: ۴۵۶۷۸۹ تاریخ انتشار : ۱۳۹۵/۱۰/۰۵"
    page = f"وزیر آموزش و پرورش عنوان کرد\n{_MINISTER_LEAD}\n{code_line}\n"
    article = jm.parse_article(page)
    assert article.title == "وزیر آموزش و پرورش عنوان کرد"
    assert "title-uncertain" in _codes(article)


def test_kicker_with_saying_verb_over_headline_neg() -> None:
    """The same kicker over a headline and then the lead: the headline is the title, as on
    main, with no doubt; and a headline ending with another verb over the lead is no kicker."""
    head = "ساخت سی مدرسه تازه تا پایان سال آینده"
    page = f"وزیر آموزش و پرورش عنوان کرد\n{head}\n{_MINISTER_LEAD}\n"
    assert jm.parse_article(page).title == head
    asked = "طرح ساخت مدرسه‌های تازه چه می‌گوید"  # a present tense asks (attacks17)
    assert "title-uncertain" not in _codes(jm.parse_article(f"{asked}\n{_MINISTER_LEAD}\n"))
    head2 = "سی مدرسه تازه در مناطق محروم ساخته شد"
    article = jm.parse_article(f"{head2}\n{_MINISTER_LEAD}\n")
    assert article.title == head2
    assert "title-uncertain" not in _codes(article)
