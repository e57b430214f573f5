"""mut40: the fortieth mutation round's tests (benchmarks/hand_mutants_40.py, fix184-fix191).

Each test kills a mutant that survived the rules' own tests (docs/reliability.md, "The
fortieth round: fix184-fix191 under mutation"): a page of the rule's shape where the mutant
gives a different, wrong record. Every test passes on main 2ce10839. The sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm
from jalali_meta.testing import url_number


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- fix184: a blog post's «post-N» segment ---------------------------------------------------
def test_post_segment_before_a_feed_is_no_posts_number() -> None:
    """Mutant 1: «post-45» followed by another segment than a slug («/feed», «/comments») is
    not read; before a slug it is."""
    assert url_number("https://safar.blogsky.com/post-45/feed") is None
    assert url_number("https://safar.blogsky.com/post-45/comments") is None
    assert url_number("http://safar.blogsky.com/post-143/safar-be-masuleh-dar-paeiz") == "143"


def test_post_segment_holding_a_date_code_is_no_posts_number() -> None:
    """Mutant 2: «post-14020915» (a day's date code) is no post's number."""
    assert url_number("http://safar.blogfa.com/post-14020915.aspx") is None
    assert url_number("http://safar.blogfa.com/post-20230915.aspx") is None
    assert url_number("http://safar.blogfa.com/post-1402.aspx") == "1402"


# -- fix185: a site root's first two lines; a heading centred over lines -----------------------
_CLIMB_TEXT = (
    "کوهنوردی تنها ورزش نیست بلکه راهی است برای شناختن طبیعت و همراهی با دیگران و هر "
    "برنامه انجمن با آموزش های ایمنی برای اعضای تازه آغاز می شود.\n\n"
    "برنامه صعود زمستانی امسال با حضور بیست دانشجو برگزار شد و اعضای انجمن پس از پنج ساعت "
    "پیاده روی به پناهگاه رسیدند و شب را در آنجا گذراندند.\n"
)
_ROOT = "http://kuhnavardi-daneshjoo.blogfa.com/"


def test_tagline_on_a_home_pages_second_line_is_doubted() -> None:
    """Mutant 4: at a site's root, the second line (the blog's tagline under a one-word
    name) taken as the title is doubted."""
    page = f"کوه\nگزارش صعودهای گروه کوهنوردی دانشجویان دانشگاه تبریز\n\n{_CLIMB_TEXT}"
    article = jm.parse_article(page, url=_ROOT)
    assert article.title is None or "title-uncertain" in _codes(article)


def test_headline_below_a_home_pages_first_lines_neg() -> None:
    """Mutant 5: at a site's root, a headline below a menu and a search line (the fifth line,
    not among the first two) is not doubted for being at the root."""
    head = "صعود زمستانی انجمن کوهنوردی دانشجویان به قله دماوند انجام شد"
    page = (
        f"خانه | درباره ما | تماس\n\nجستجو\n\n{head}\n\n"
        + _CLIMB_TEXT.split("\n\n", 1)[1]
        + "\nسرپرست برنامه گفت: همه اعضا پیش از صعود دوره آموزش ایمنی را گذرانده بودند.\n"
    )
    article = jm.parse_article(page, url=_ROOT)
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


_CENTRED_HEAD = "آیین نامه اجرایی ثبت نام دانش آموزان در کلاس های تابستانی"


def test_heading_centred_four_spaces_further_in_is_doubted() -> None:
    """Mutants 6 and 7: the line under an indented heading set exactly four spaces further
    in is its next line (CENTRED_INDENT); three spaces is not."""
    page = f"  {_CENTRED_HEAD}\n      فرهنگسراهای شهرداری منطقه\n          تابستان 1403\n"
    article = jm.parse_article(page)
    assert article.title == _CENTRED_HEAD
    assert "title-uncertain" in _codes(article)
    near = f"  {_CENTRED_HEAD}\n     فرهنگسراهای شهرداری منطقه\n          تابستان 1403\n"
    assert "title-uncertain" not in _codes(jm.parse_article(near))


# -- fix187: a read-on link of three words ------------------------------------------------------
_WIKI = (
    "والیبال یکی از ورزش‌های گروهی است که در آن دو تیم شش نفره در دو سوی توری بلند بازی "
    "می‌کنند.\n\n"
    "مسابقات آن در رده‌های سنی گوناگون برگزار می‌شود و تماشاگران زیادی دارد.\n\n"
    "تاریخچه\n\n"
    "این ورزش در پایان سده نوزدهم میلادی پدید آمد و در سال‌های بعد به کشورهای دیگر راه یافت "
    "و امروز فدراسیون جهانی آن بیش از دویست عضو دارد.\n"
)


def test_three_word_read_on_link_is_never_the_title() -> None:
    """Mutant 20: «والیبال ادامه مطلب» (three words) is a read-on link, no title."""
    for link in ("والیبال ادامه مطلب", "والیبال بیشتر بخوانید"):
        assert jm.parse_article(f"{link}\n\n \n\n{_WIKI}").title is None, link


# -- fix188: the run-on lead's twenty words; the home-link <h1>; the long slug ------------------
_TALEGHAN_REST = (
    "فرماندار طالقان با اشاره به بارش برف زودهنگام از آماده بودن ماشین آلات راهداری "
    "سخن گفت وخواستار تامین قیر مورد نیاز پیش از آغاز فصل سرما گردید.\n"
    "از شما درخواست میکنیم نظرات خود را با ما به اشتراک بگذارید\n"
)


def test_run_on_lead_of_fifteen_words_is_doubted() -> None:
    """Mutant 27: a run-on lead of exactly the rule's fifteen words («راه های» is one)
    holding «ضمن» is doubted; one of fourteen is not. (Twenty before fix196, which made the
    count a lead's shortest: attacks63's nineteen-word lead.)"""
    lead = (
        "فرماندار طالقان درجلسه شورای اداری ضمن تشریح وضعیت راه های روستایی خواستار تسریع "
        "در آسفالت گردید"
    )
    article = jm.parse_article(f"{lead}\n{_TALEGHAN_REST}")
    assert article.title is None or "title-uncertain" in _codes(article)
    shorter = lead.replace("شورای اداری", "شورا")
    assert "title-uncertain" not in _codes(jm.parse_article(f"{shorter}\n{_TALEGHAN_REST}"))


def test_headline_linking_home_under_another_title_tag_stays_the_title() -> None:
    """Mutant 29: an <h1> wholly linking home is the site's name only when <title> repeats
    it whole; under «<title>خبرنامه شهر</title>» it is the headline."""
    head = "شهرداری از طرح تازه حمل و نقل عمومی رونمایی کرد"
    html = (
        "<html><head><title>خبرنامه شهر</title></head><body>"
        f'<h1><a href="/">{head}</a></h1>'
        "<p>به گزارش خبرنامه شهر، شهردار امروز در نشستی خبری از طرح تازه حمل و نقل عمومی شهر "
        "رونمایی کرد و گفت خطوط تازه اتوبوس از ماه آینده به کار می‌افتند.</p>"
        "<p>این طرح با همکاری شورای شهر اجرا می‌شود.</p></body></html>"
    )
    article = jm.parse_html(html, url="https://shahr.example.ir/news/4521")
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


def test_lead_under_a_six_word_slug_and_of_fifteen_words_is_doubted() -> None:
    """Mutants 30 and 31: a slug of six words (LONG_SLUG_WORDS) and a lead of fifteen words
    (LEAD_LINE_WORDS) sharing one word with it: the lead is doubted; a lead of fourteen
    words is not."""
    lead = (
        "احمدی فرماندار درجلسه شورای شهرستان خواستار تسریع در آسفالت محورهای کوهستانی "
        "روستاهای طالقان پیش از زمستان گردید"
    )
    six = "https://example.ir/طالقان-فاقد-ماشین-برف-روبی-است/"
    assert "title-uncertain" in _codes(jm.parse_article(f"{lead}\n{_TALEGHAN_REST}", url=six))
    seven = "https://example.ir/طالقان-فاقد-ماشین-برف-روبی-کافی-است/"
    fifteen = (
        "احمدی فرماندار درجلسه شورای شهرستان خواستار تسریع در آسفالت محورهای کوهستانی "
        "روستاهای طالقان امسال گردید"
    )
    article = jm.parse_article(f"{fifteen}\n{_TALEGHAN_REST}", url=seven)
    assert "title-uncertain" in _codes(article)
    fourteen = fifteen.replace(" امسال", "")
    article = jm.parse_article(f"{fourteen}\n{_TALEGHAN_REST}", url=seven)
    assert article.title == fourteen
    assert "title-uncertain" not in _codes(article)


# -- fix187: the saying kicker over the lead at a list's address --------------------------------
_MINISTER_LEAD = (
    "وزیر آموزش و پرورش با اشاره به نشست خود با سازندگان مدارس در خصوص ساخت مدرسه‌هایی با "
    "بیش از سی کلاس گفت این طرح‌ها تا پایان سال آینده به پایان می‌رسد و دانش‌آموزان مناطق "
    "کم‌برخوردار در آن‌ها درس خواهند خواند."
)


def test_saying_kicker_at_a_lists_address_is_no_title() -> None:
    """Mutant 26: at a tag's or a category's address, the kicker over its item's lead is no
    title (the list's own doubts: no title, listing-page)."""
    page = f"وزیر آموزش و پرورش عنوان کرد\n{_MINISTER_LEAD}\nکد خبر: ۴۵۶۷۸۹ تاریخ انتشار : ۱۳۹۵/۱۰/۰۵\n"
    for url in ("https://news.example.ir/tag/مدرسه", "https://news.example.ir/category/amoozesh/"):
        article = jm.parse_article(page, url=url)
        assert article.title is None, url
        assert "listing-page" in _codes(article), url


# -- fix189: the one-item section page at an item's address ------------------------------------
_MATCH = "تیم فوتبال نوجوانان شهرستان با پیروزی در دیدار پایانی قهرمان لیگ استان شد"
_MATCH_TEASER = (
    "مربی تیم گفت بازیکنان نوجوان شهرستان در دیدار پایانی با دو گل از میزبان پیش افتادند "
    "و تا پایان بازی برتری خود را حفظ کردند"
)


def test_section_over_one_item_at_an_items_address_gives_the_headline() -> None:
    """Mutant 36: a short section's line over one item at an address naming the item's
    number («/news/881/...»): the item's headline and its day, no list."""
    page = (
        f"ورزش شهرستان\n\n{_MATCH}\n\n۱۲ دی ۱۴۰۲\n\n{_MATCH_TEASER} [...]\n\n"
        "آخرین مطالب\n\nپربیننده‌ها\n"
    )
    for url in (
        "https://varzesh.example.ir/news/881/futbal",
        "https://varzesh.example.ir/news/881",
    ):
        article = jm.parse_article(page, url=url)
        assert article.title == _MATCH, url
        assert article.published is not None, url
        assert article.published.jalali_date == (1402, 10, 12), url
        assert "listing-page" not in _codes(article), url


# -- fix190: a blog's masthead printed twice; the daily box's long line -------------------------
_PARK_HEAD = "شهردار: ۱۲ پارک تازه در شهر ساخته می‌شود"
_PARK_BODY = (
    "شهردار در جلسه شورای شهر گفت که ساخت دوازده پارک تازه در محله‌های کم برخوردار از"
    " بهار آغاز می‌شود و تا پایان سال به پایان می‌رسد.\n"
)
_DESCRIPTION = (
    "شهر ما شهری کهن و سرسبز در دامنه کوه‌های شمالی است که هر سال پذیرای هزاران گردشگر است\n"
)


def _masthead_page(masthead: str) -> str:
    return f"{masthead}{masthead}\n{_PARK_HEAD}\nپارک‌های شهری\n\n{_PARK_BODY}"


def test_masthead_of_four_lines_printed_twice_is_no_title() -> None:
    """Mutant 40: a masthead of four lines (the name twice, a tagline, the description)
    printed twice: the post's headline (doubted), never the description."""
    masthead = f"صدای شهر ما\n\nصدای شهر ما\n\nوبلاگ خبری شهروندان\n\n{_DESCRIPTION}"
    article = jm.parse_article(_masthead_page(masthead))
    assert article.title == _PARK_HEAD
    assert "title-uncertain" in _codes(article)


def test_name_twice_over_a_date_printed_twice_is_no_masthead_neg() -> None:
    """Mutant 41: the name twice over a date line, printed twice: no masthead (a date line is
    no masthead's line); the headline and the date are read."""
    article = jm.parse_article(_masthead_page("صدای شهر ما\n\nصدای شهر ما\n\n۱۲ دی ۱۴۰۲\n"))
    assert article.title == _PARK_HEAD
    assert article.published is not None
    assert article.published.jalali_date == (1402, 10, 12)


def test_masthead_printed_twice_at_a_lists_address_names_no_post() -> None:
    """Mutant 42: at a list's address (a tag, a page of the blog) the masthead printed twice is
    left to the list's rules: the first post's headline is not the page's title."""
    masthead = f"صدای شهر ما\n\nصدای شهر ما\n\n{_DESCRIPTION}"
    for url in ("http://shahr-ma.blogsky.com/tag/park", "http://shahr-ma.blogsky.com/page/2"):
        article = jm.parse_article(_masthead_page(masthead), url=url)
        assert article.title != _PARK_HEAD, url
        assert "listing-page" in _codes(article), url


def _mehr_flat(verse: str) -> str:
    return (
        f"سیاست\nمجلس و انتخابات\nپیام‌نما\n{verse}\nسخنگوی شورای شهر خبر داد\n"
        "بازگشایی کتابخانه مرکزی شهر پس از نوسازی\n"
        "تهران- سخنگوی شورای شهر از بازگشایی کتابخانه مرکزی شهر پس از شش ماه نوسازی در هفته "
        "آینده خبر داد و گفت ساعت کار کتابخانه نیز تا ده شب افزایش می‌یابد.\n"
        "۱۵ مهر ۱۴۰۲، ۹:۴۰\nکد خبر ۵۸۹۴۳۲۱\nعکس تزئینی است\n"
        "به گزارش خبرنگار ما، سخنگوی شورای شهر صبح امروز در نشست خبری گفت کار نوسازی "
        "کتابخانه مرکزی به پایان رسیده و تالار مطالعه آن دو برابر شده است.\n"
    )


def test_daily_box_ends_with_a_verse_of_fifteen_words() -> None:
    """Mutant 46: a verse line of exactly fifteen words (DAILY_BOX_LONG_WORDS) ends the box
    on a page with no blank lines: the headline under the kicker is the title."""
    verse = "شب هرچه دراز باشد سپیده از پی آن می‌آید هر گره‌ای با شکیبایی باز می‌شود"
    assert jm.parse_article(_mehr_flat(verse)).title == "بازگشایی کتابخانه مرکزی شهر پس از نوسازی"


# -- fix191: a motto printed twice round the body's sentences -----------------------------------
_MOTTO = "شهر سبز خانه ما"


def test_headline_sharing_two_words_with_its_lead_over_a_motto_printed_twice() -> None:
    """Mutant 51: the headline shares exactly two content words with its lead
    (MOTTO_SHARED_WORDS): the motto printed twice round the sentences under the lead is no
    headline; the headline is the title."""
    head = "بوستان تازه محله امروز افتتاح شد"
    page = (
        f"{head}\n"
        "بوستان محله شهید بهشتی پس از چهار ماه بازسازی با حضور شهردار و اعضای شورا به روی "
        "مردم باز شد و وسایل بازی کودکان و مسیر پیاده‌روی آن نو شد.\n"
        f"{_MOTTO}\nشهردار این شعار را در پایان مراسم از حاضران خواست با هم تکرار کنند.\n"
        f"{_MOTTO}\nکاشت درختان تازه بوستان هم تا پایان زمستان انجام می‌شود.\n"
    )
    article = jm.parse_article(page)
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


# -- fix189: a blog's day page of several posts with the title doubted already ------------------
def _blog_day(*posts: tuple[str, str]) -> str:
    body = "".join(
        f'<div class="post hentry"><h3 class="post-title entry-title">{head}</h3>'
        f'<div class="post-body entry-content">{text}</div></div>'
        for head, text in posts
    )
    return (
        '<!DOCTYPE html><html dir="rtl"><head><meta charset="UTF-8"><title>sarv</title>'
        '</head><body><div class="date-outer"><h2 class="date-header"><span>۱۳۹۶ مهر ۱۴, جمعه'
        f"</span></h2>{body}</div></body></html>"
    )


def test_day_page_of_three_posts_warns_its_title_once() -> None:
    """Mutant 38: a title doubted already (a day's page of three posts, the last a one-word
    heading) gets no second «title-uncertain» for the posts' headings."""
    autumn = (
        "شعر پاییز در کوچه",
        "باد سرد از کوچه گذشت<br />و برگ‌ها را با خود برد<br />کدام در باز است؟",
    )
    rain = ("باران شبانه", "باران دیشب آمد و حیاط را شست")
    article = jm.parse_html(_blog_day(autumn, rain, ("ماه", "ماه بالا آمد")))
    codes = [warning.code for warning in article.warnings]
    assert codes.count("title-uncertain") == 1


# -- fix189: the item's labels line with the code's value left empty ----------------------------
def test_views_with_a_value_beside_an_empty_code_is_a_header_line() -> None:
    """Mutant 35: «کد خبر: | بازدید: ۹۰» (the views with its value, the code empty) under the
    headline is the item's labels line; a motto printed twice that names the sentence between
    its copies (so fix191's motto rule does not apply) is not taken: the headline is."""
    head = "سالن ورزشی چند منظوره روستای کلاته در حضور فرماندار افتتاح شد"
    motto = "ورزش برای همه روستاها"
    for labels in ("کد خبر: | بازدید: ۹۰", "بازدید: ۹۰ | کد خبر:"):
        page = (
            f"{head}\n{labels}\n"
            "سالن ورزشی چند منظوره روستای کلاته با حضور فرماندار و دهیاران بخش افتتاح شد و "
            "جوانان روستا از این پس برای بازی والیبال و فوتسال به شهر نمی‌روند.\n"
            f"{motto}\nفرماندار گفت ورزش همگانی در همه روستاها باید جدی گرفته شود.\n"
            f"{motto}\nزمین چمن روستا هم تا پایان سال آینده آماده می‌شود.\n"
        )
        assert jm.parse_article(page).title == head, labels
