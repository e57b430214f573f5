"""mut51: tests for the survivors of the fifty-first mutation round
(benchmarks/hand_mutants_51.py, docs/reliability.md "The fifty-first round: fix255-fix264
under mutation").

Each test kills one survivor and passes on main; the layouts are the rules' own pages (a
glossary, a starred Blogfa note, a table's header row, a vBulletin thread, a Joomla item, a
Blogfa list page, a WordPress permalink, a dated line with its clock's mark, ...), the
sentences written for these tests.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm
from jalali_meta.testing import url_number

_UNCERTAIN = "title-uncertain"

# -- fix255: a glossary's first entry (mutants 6, 7, 8) ---------------------------------------
_PLANETS = (
    "سیاره های منظومه شمسی (Solar System)\n\n"
    "عطارد (Mercury)\n"
    "زهره (Venus)\n"
    "زمین (Earth)\n"
    "مریخ (Mars)\n\n"
    "این چهار سیاره را می توان در شب های صاف بدون تلسکوپ در آسمان دید و مردم از روزگاران "
    "کهن نام آن ها را می دانستند.\n"
)


def test_names_in_brackets_with_no_definitions_are_no_glossary() -> None:
    """«HEADLINE (Latin)» over four names with their Latin names, one a line, then the text:
    a list of names, no glossary (each entry of a glossary stands over its definition), so
    the headline stays the title, sure (mutant 6: an entry right over another taken as one)."""
    article = jm.parse_article(_PLANETS)
    assert article.title == "سیاره های منظومه شمسی (Solar System)"
    assert _UNCERTAIN not in warning_codes(article)


_AI_ARTICLE = (
    "هوش مصنوعی (Artificial Intelligence)\n\n"
    "هوش مصنوعی شاخه ای از علوم رایانه است که ماشین ها را به یادگیری و تصمیم گیری توانا "
    "می کند و هر سال در کارهای تازه ای به کار می رود.\n\n"
    "یادگیری ماشین (Machine Learning)\n\n"
    "در یادگیری ماشین رایانه از نمونه های فراوان الگو می گیرد و بی آنکه برای هر کار جدا "
    "برنامه نویسی شود پاسخ می دهد.\n\n"
    "پایتون (Python)\n"
    "جاوا (Java)\n"
    "جولیا (Julia)\n\n"
    "این سه زبان برنامه نویسی بیش از همه در پروژه های یادگیری ماشین به کار می روند و "
    "کتابخانه های آماده فراوانی دارند.\n"
)


def test_third_term_over_another_term_ends_no_glossary() -> None:
    """«TERM (Latin)» / text / «TERM (Latin)» / text / three names in brackets one a line: the
    third entry stands over another name, not its definition, so no glossary; the article's
    headline stays the title (mutant 7: the third entry's definition not asked)."""
    article = jm.parse_article(_AI_ARTICLE)
    assert article.title == "هوش مصنوعی (Artificial Intelligence)"


_SHORT_GLOSSARY = (
    "رنده (Plane)\n"
    "ابزاری با تیغه تیز که لایه های نازک چوب را برمی دارد\n"
    "اسکنه (Chisel)\n"
    "ابزاری با تیغه پهن برای کندن شیار و جای لولا در چوب\n"
    "اره مویی (Fret Saw)\n"
    "اره ای با تیغه بسیار نازک برای بریدن نقش های ظریف\n"
    "سنباده (Sandpaper)\n"
    "کاغذی زبر که سطح چوب را پیش از رنگ کردن صاف می کند\n"
)


def test_glossary_of_short_definitions_prints_no_title() -> None:
    """A glossary whose definitions are phrases with no full stop, no paragraph on the page: its first
    entry is still no title (None, warned; mutant 8: the rule asked of a headline only, not
    of a page's first line)."""
    article = jm.parse_article(_SHORT_GLOSSARY)
    assert article.title is None
    assert _UNCERTAIN in warning_codes(article)


# -- fix255: a starred note glued to the title (mutants 10, ...) -------------------------------
_POMEGRANATE_TEXT = (
    "در باغ های اطراف کرمان انار را از اواسط مهر ماه می چینند و بیشتر آن را در انبارهای "
    "خنک نگه می دارند تا در زمستان به بازار برسد.\n"
    "باغداران می گویند امسال سرمای بهاره به گل ها آسیب زد و برداشت کمتر از سال گذشته است.\n"
)


def test_starred_note_glued_to_a_six_word_title_is_cut_off() -> None:
    """«*NOTE.TITLE» with a title of six words: the title is the words after the note
    (mutant 10: a title of three words at most)."""
    text = "*کرمانی ها به انار «نار» می گویند.برداشت انار در باغ های کرمان\n" + _POMEGRANATE_TEXT
    assert jm.parse_article(text).title == "برداشت انار در باغ های کرمان"


def test_starred_emphasis_line_is_not_cut_at_its_stop() -> None:
    """«*SENTENCE.SENTENCE*»: a line in Markdown emphasis, a star at each end, is no starred
    note run into a title; it is not cut after its first stop (mutant 11: the second star not
    asked, the title cut to «... شد*»)."""
    text = "*فصل انار رسید.باغ های کرمان پر از انار شد*\n" + _POMEGRANATE_TEXT
    title = jm.parse_article(text).title
    assert title is not None
    assert "فصل انار رسید" in title


# -- fix255: «HEADLINE» over «HEADLINE: SUBTITLE» (mutant 15) ---------------------------------
_TOMATO_TEXT = (
    "گوجه فرنگی در خاک سبک و آفتاب کامل خوب رشد می کند و اگر به موقع آب نخورد میوه های "
    "آن ترک برمی دارند. در این نوشته مراحل کاشت را گام به گام توضیح می دهیم.\n"
    "ابزار لازم برای کاشت\n"
    "برای کاشت به یک بیلچه، چند گلدان و خاک برگ نیاز دارید.\n"
)


def test_three_word_headline_over_its_colon_heading_is_the_title() -> None:
    """«HEADLINE» of three words / a shop's link / «HEADLINE: SUBTITLE» / body: the headline
    printed alone is the title (mutant 15: five words before the colon asked)."""
    text = (
        "کاشت گوجه فرنگی\n"
        "مشاهده قیمت پرفروش ترین لوازم باغبانی\n"
        "“`html\n"
        "کاشت گوجه فرنگی: راهنمایی ساده برای شروع کار\n" + _TOMATO_TEXT
    )
    assert jm.parse_article(text).title == "کاشت گوجه فرنگی"


def test_series_name_over_its_part_heading_is_no_title() -> None:
    """«SERIES» / a shop's link / «SERIES: قسمت دوم» / body: a part of two words after the
    colon is no subtitle restating a headline; the part's line is the page's title (mutant 16:
    one word after the colon enough, the series' name taken)."""
    text = (
        "آموزش برنامه نویسی پایتون\n"
        "مشاهده قیمت دوره های آموزشی\n"
        "“`html\n"
        "آموزش برنامه نویسی پایتون: قسمت دوم\n"
        "در قسمت دوم این آموزش با متغیرها و انواع داده در پایتون آشنا می شویم و چند نمونه ساده "
        "را با هم می نویسیم. اگر قسمت اول را نخوانده اید پیش از این قسمت آن را بخوانید.\n"
        "متغیر در پایتون\n"
        "متغیر نامی است که به یک مقدار در حافظه اشاره می کند و می توان آن را تغییر داد.\n"
    )
    assert jm.parse_article(text).title == "آموزش برنامه نویسی پایتون: قسمت دوم"


# -- fix256: a WordPress term archive named by its <body> classes (mutant 25) -----------------
def _tag_archive(title: str) -> str:
    return (
        '<!DOCTYPE html><html dir="rtl" lang="fa-IR"><head><meta charset="UTF-8">'
        f"<title>{title}</title></head>"
        '<body class="archive tag tag-41"><header><a href="/" class="logo">خبرنامه ساوه</a>'
        '</header><div class="archive-page"><h1 class="archive-title">جشنواره انار ساوه</h1>'
        '<article class="archive-item post"><div class="item-date"><span class="day">۱۲</span>'
        '<span class="month">مهر</span></div>'
        '<h2 class="item-title"><a href="https://saveh.example.ir/anar-1/">'
        "برپایی بازارچه انار در میدان شهر</a></h2>"
        '<div class="item-excerpt"><p>بازارچه انار با حضور باغداران روستاهای اطراف در میدان شهر '
        "برپا شد و مردم انار و رب انار را از خود باغداران خریدند و تا پایان هفته می توانند از "
        "آن دیدن کنند.</p></div></article></div>"
        "<footer><p>همه حقوق برای خبرنامه ساوه محفوظ است.</p></footer></body></html>"
    )


def test_tag_archive_title_of_the_site_name_alone_is_not_the_list_name() -> None:
    """A tag archive whose <title> is the site's name alone, its <h1> the tag's name: the
    <title> prints no heading, so it is no list's name; the tag's name is the title (mutant
    25: any <title> of a term archive taken as the list's name, the site's name the title)."""
    article = jm.parse_html(_tag_archive("خبرنامه ساوه"))
    assert article.title == "جشنواره انار ساوه"
    assert article.published is None


def _quote_page(speaker: str, quote: str) -> str:
    return (
        f"{speaker}\n"
        "مشاهده آرشیو گفتگوها\n"
        "“`html\n"
        f"{speaker}: {quote}\n"
        "بازگشایی مدارس پس از پایان تعطیلات زمستانی با رعایت همه نکته های بهداشتی انجام می شود "
        "و خانواده ها می توانند برنامه کلاس ها را از سامانه مدرسه ببینند.\n"
        "برنامه کلاس ها\n"
        "کلاس ها از ساعت هشت صبح آغاز می شود و تا ظهر ادامه دارد.\n"
    )


def test_speaker_name_over_his_stated_quote_is_no_title() -> None:
    """«NAME» / a link / «NAME: a statement ending with its verb» / body: the line after the
    colon is a quote, the name over it a kicker; the quote's line is the title (mutant 17: the
    subtitle's verb not asked, the speaker's name taken)."""
    text = _quote_page("محمد حسین کریمی", "مدارس استان از شنبه آینده باز می شوند")
    assert jm.parse_article(text).title == (
        "محمد حسین کریمی: مدارس استان از شنبه آینده باز می شوند"
    )


def test_office_over_its_verbless_quote_is_no_title() -> None:
    """«OFFICE» / a link / «OFFICE: a verbless quote» / body: a speaker's office over his
    quote is a kicker, not the headline the line restates (mutant 18: the office not asked)."""
    text = _quote_page("سخنگوی ستاد مدیریت بحران", "بازگشایی مدارس استان از شنبه آینده")
    assert jm.parse_article(text).title == (
        "سخنگوی ستاد مدیریت بحران: بازگشایی مدارس استان از شنبه آینده"
    )


# -- fix257: a table's header row glued (mutant 26) -------------------------------------------
def test_headline_opening_with_a_word_holding_two_column_names_keeps_its_title() -> None:
    """«پایاننامه ...» («پایان» and «نام» run together, then «ه»: the word «پایان‌نامه»
    without its ZWNJ) opens a headline: the two names glued must end the word to make a
    table's header row (mutant 26: the word's end not asked, no title)."""
    headline = "پایاننامه های دانشجویان در کتابخانه دانشگاه ثبت می شود"
    lead = (
        "به گزارش خبرنگار ما، دانشجویان کارشناسی ارشد دانشکده کشاورزی از این پس باید نسخه ای "
        "از پایان نامه خود را پیش از دفاع به کتابخانه دانشگاه بسپارند."
    )
    assert jm.parse_article(f"{headline}\n\n{lead}").title == headline


_INVOICE_LEAD = (
    "به گزارش خبرنگار ما، فروشگاه های لوازم التحریر شهر از امروز فهرست بهای دفتر و مداد را "
    "برای آغاز سال تحصیلی در ویترین خود نصب کردند و بازرسان بر آن نظارت می کنند."
)


def test_bar_parted_header_row_opening_with_description_is_no_title() -> None:
    """«شرح | مبلغ | تاریخ»: «شرح» (a description's column) is a column name; a header row
    parted by bars is no title (mutant 30: «شرح» out of the column names, the row the
    title)."""
    article = jm.parse_article("شرح | مبلغ | تاریخ\n\n" + _INVOICE_LEAD)
    assert article.title is None


# -- fix257: the name over its question (mutant 34) -------------------------------------------
_WATER_PAGE = "\n\n".join(
    [
        "تصفیه آب",
        "تصفیه آب چیست؟",
        "پاک کردن آب از آلودگی ها را تصفیه آب گویند و تصفیه خانه جایی است که کارشناسان",
        "آب رودخانه یا چاه را در آن از گل و لای و میکروب پاک می کنند و",
        "آب سالم را به لوله های شهر می فرستند.",
        "ابزار تصفیه آب چیست؟",
        "حوضچه ته نشینی، صافی شنی، مخزن کلر و پمپ از دستگاه های هر تصفیه خانه است.",
    ]
)


def test_question_the_address_spells_stays_the_title() -> None:
    """«NAME» / «NAME چیست؟» at an address spelling the question (/تصفیه-آب-چیست/): the page
    is the question's, the question the title, sure (mutant 34: the address not asked, the
    name taken and doubted)."""
    article = jm.parse_article(_WATER_PAGE, url="https://amoozesh.example.ir/تصفیه-آب-چیست/")
    assert article.title == "تصفیه آب چیست؟"
    assert _UNCERTAIN not in warning_codes(article)


# -- fix258: the date printed twice in quotes (mutant 40) -------------------------------------
_MARKET_HEADLINE = "بازارچه محصولات محلی در میدان روستا برپا شد"
_MARKET_BODY = (
    "بازارچه محصولات محلی با حضور زنان روستایی در میدان روستا برپا شد و مردم از نزدیک با "
    "دستبافته ها، لبنیات و نان محلی آشنا شدند.\n"
    "دهیار روستا گفت: این بازارچه تا پایان هفته هر روز از ساعت نه صبح تا غروب باز است.\n"
)


def _market_page(meta: str) -> str:
    return f"{_MARKET_HEADLINE}\n\n{meta}\n\n\n{_MARKET_BODY}\nارسال نظر\n"


def test_quoted_date_twice_after_a_sentence_is_no_date_line() -> None:
    """A sentence of many words ending with the same quoted date twice: no template's meta
    line (a category's name of a few words at most stands before it), the page undated
    (mutant 40: the words before the date not counted, the sentence's date published)."""
    line = "همه اهالی روستا روز برگزاری جشن را خوب به یاد دارند “12 آبان 1398” “12 آبان 1398”"
    assert jm.parse_article(_market_page(line)).published is None


# -- fix258: vBulletin's thread number past any year (mutant 44) ------------------------------
_THREAD = (
    "قدیمی 16-02-2011, 10:15 PM   #1\n"
    "nima_book\n"
    "(کاربر فعال)\n"
    " \n"
    "تاریخ عضویت: Nov 2010\n"
    "نوشته ها: 41\n"
    "چند کتاب خوب برای یادگیری عکاسی\n\n\n\n"
    "سلام دوستان. من چند ماه است عکاسی را شروع کرده ام و دنبال کتاب هایی هستم که نورپردازی و "
    "ترکیب بندی را ساده توضیح بدهند. اگر کتابی خوانده اید که به کارتان آمده لطفا معرفی کنید.\n"
)


def test_thread_number_of_a_twentieth_century_year_stays_unread() -> None:
    """«thread1985.html»: a number a page may be dated by (Gregorian from 1900) is a year as
    often as a thread, no ID (mutant 44: the 19xx years out of the bound, 1985 read)."""
    for url in (
        "http://forum.example.ir/thread1985.html",
        "http://forum.example.ir/thread1905.html",
    ):
        assert jm.parse_article(_THREAD, url=url).number is None, url


# -- fix258: Joomla's figures-only alias (mutants 47, 48) -------------------------------------
_BOOKS_PAGE = (
    "اهدای 250 جلد کتاب به کتابخانه روستای قلعه نو\n\n \n\n"
    "اداره کتابخانه های عمومی شهرستان در هفته کتاب 250 جلد کتاب را به کتابخانه روستا اهدا "
    "کرد .\n\n \n\n"
    "به گفته مسئول کتابخانه ، این کتاب ها در 15 رشته بیشتر برای نوجوانان است .\n"
)


def test_figure_alias_printed_only_in_a_paragraph_gives_no_number() -> None:
    """«/index.php/<menu>/412-15»: the figures «15» are printed by a paragraph, not by the
    headline the alias is made from: no ID (mutant 47: a paragraph's figures taken)."""
    url = "http://lib.example.ir/index.php/2016-01-02-10-11-12/412-15"
    assert jm.parse_article(_BOOKS_PAGE, url=url).number is None


def test_figure_alias_opening_with_a_year_gives_no_number() -> None:
    """«/index.php/<menu>/1398-250»: the number before the headline's figures is shaped as a
    year, no item's ID (mutant 48: the year test dropped, 1398 read)."""
    url = "http://lib.example.ir/index.php/2016-01-02-10-11-12/1398-250"
    assert jm.parse_article(_BOOKS_PAGE, url=url).number is None
    # (the item's own ID before the same figures is read: the rule's positive case)
    url = "http://lib.example.ir/index.php/2016-01-02-10-11-12/412-250"
    assert jm.parse_article(_BOOKS_PAGE, url=url).number == "412"


# -- speed50: `_label_last_bare`'s last-letter prefilter (mutant 84) --------------------------
_POTTERY_HEADLINE = "کارگاه سفالگری نوجوانان در خانه فرهنگ محله برگزار شد"
_POTTERY_BODY = (
    "به گزارش خبرنگار ما، نخستین کارگاه سفالگری ویژه نوجوانان محله با حضور مربیان و "
    "خانواده ها در خانه فرهنگ برگزار شد و نوجوانان کاسه ها و گلدان های کوچکی ساختند.\n\n"
    "مسئول خانه فرهنگ گفت این کارگاه تا پایان پاییز هر هفته روزهای پنجشنبه برپا خواهد بود."
)


def test_date_and_clock_before_a_date_only_label_is_published() -> None:
    """«DATE - CLOCK تاریخ ثبت» and «... تاریخ درج»: labels whose last letter («ت», «ج») ends
    no ID label; the line is still read as the label's, to the minute (mutant 84: the
    prefilter's letters taken from the ID labels alone, the date labels' letters lost)."""
    for label in ("تاریخ ثبت", "تاریخ درج"):
        text = f"۱۸ آذر ۱۴۰۲ - ۱۰:۲۰ {label}\n{_POTTERY_HEADLINE}\n\n{_POTTERY_BODY}\n"
        article = jm.parse_article(text)
        assert article.published is not None, label
        assert article.published.gregorian.isoformat()[:16] == "2023-12-09T10:20", label
        assert article.title == _POTTERY_HEADLINE


# -- fix261: Blogfa's «p» query field (mutant 66) ---------------------------------------------
def test_host_ending_with_the_platform_name_unparted_is_another_site() -> None:
    """«shopblogfa.com/?p=377»: a host whose name only ends with «blogfa.com», no dot before
    it, is another site, a WordPress post by its ID (mutant 66: the dot not asked, no ID)."""
    assert url_number("https://shopblogfa.com/?p=377") == "377"
    assert url_number("https://tablogfa.com/archive/?p=377") == "377"


# -- fix260: a title label alone over its value (mutant 63) -----------------------------------
_HARVEST = (
    "کشاورزان دشت های شمالی امسال بیشتر گندم کاشته اند و کارشناسان می گویند اگر باران "
    "بهاری به موقع ببارد برداشت از سال گذشته بیشتر خواهد شد."
)


def test_title_label_over_another_label_alone_names_no_title() -> None:
    """An empty form: «عنوان مقاله :» over «نام نویسنده اول :», each label alone with no value:
    the line under the title label is a label itself and names nothing; no title, warned
    (mutant 63: the value's own label shape not asked, the next label taken as the title
    without a warning)."""
    for label in ("نام نویسنده اول :", "نشانی پست الکترونیک نویسنده :"):
        fields = ["عنوان مقاله :", label, "نشانی نویسنده :", "کلیدواژه :", "کشاورزی"]
        text = "\n".join([*fields, "چکیده فارسی :", _HARVEST])
        article = jm.parse_article(text)
        assert article.title is None, label
        assert _UNCERTAIN in warning_codes(article)


# -- fix262: a date label glued after a headline (mutant 69) ----------------------------------
def test_short_headline_glued_to_its_date_label_still_gives_the_date() -> None:
    """«نمایشگاه کتاب تاریخ انتشار: 1400/05/02»: two words before the label are too few for
    the label's cut, so the line is read as before, the date cut off it and published
    (mutant 69: the label cut whatever is left, then the line too short for a dated headline
    and the date lost)."""
    body = (
        "به گزارش خبرنگار ما، نمایشگاه کتاب استان با حضور ناشران شهرهای مختلف در محل "
        "نمایشگاه های دائمی گشایش یافت و تا پایان هفته هر روز از صبح تا شب باز است.\n\n"
        "دبیر نمایشگاه گفت: امسال بخش ویژه ای برای کتاب های کودکان در نظر گرفته شده است."
    )
    article = jm.parse_article(f"ورود\nنمایشگاه کتاب تاریخ انتشار: 1400/05/02\n\n{body}\n")
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2021-07-24"
