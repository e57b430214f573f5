"""mut50: tests for the survivors of the fiftieth mutation round
(benchmarks/hand_mutants_50.py, docs/reliability.md "The fiftieth round: fix246-fix254 under
mutation").

Each test kills one survivor and passes on main; the layouts are the rules' own pages (a
Joomla item under a Persian language pack's alias, a ParsiBlog post, a static page's name over
its heading, a Blogfa post, ...), the sentences written for these tests.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm
from jalali_meta.testing import url_number

_UNCERTAIN = "title-uncertain"

# -- fix246: Joomla's Jalali alias (mutant 0) ------------------------------------------------
_WORKSHOP = (
    "کلاس آموزش خوشنویسی در کتابخانه شهر آغاز شد\n"
    "کلاس آموزش خوشنویسی با همکاری انجمن خوشنویسان در کتابخانه مرکزی شهر آغاز شد.\n"
    "مدرس کلاس گفت هنرجویان در این دوره با قلم نستعلیق و شکسته آشنا می شوند و در پایان "
    "دوره آثارشان در نمایشگاهی به نمایش گذاشته می شود.\n"
)


def test_joomla_alias_of_a_fourteen_hundreds_year_gives_the_day() -> None:
    """«/31245-1401-08-14-09-05-33.html»: a Jalali year 14xx in the alias is the item's day
    as 13xx is (mutant 0: the alias's year 14 dropped, no day)."""
    url = "https://shahr.example.ir/index.php/news/87-culture/31245-1401-08-14-09-05-33.html"
    article = jm.parse_article(_WORKSHOP, url=url)
    assert article.number == "31245"
    assert article.published is not None
    assert article.published.jalali_date == (1401, 8, 14)


# -- fix246: ParsiBlog's «ارسال شده» signature (mutant 8) ------------------------------------
_FAIR = (
    "بازارچه کتاب دست دوم در مدرسه برپا شد\n"
    "بازارچه کتاب دست دوم با کمک انجمن اولیا در حیاط مدرسه برپا شد.\n"
    "دانش آموزان کتاب های خوانده شده خود را آوردند و با کتاب های دیگران عوض کردند و درآمد "
    "فروش کتاب ها به کتابخانه مدرسه داده شد.\n"
)


def test_sent_by_with_a_two_digit_date_and_no_time_is_no_signature() -> None:
    """«ارسال شده توسط NAME در 02/12/13» with no time heads readers' comments: an undated
    post with two of them has no publication date (mutant 8: a two-digit date with no time
    read as the post's signature)."""
    text = (
        _FAIR
        + "\nارسال شده توسط نسرین کاظمی در 02/12/13\n"
        + "کار خوبی بود و بچه ها کتاب های زیادی خواندند.\n\n"
        + "ارسال شده توسط حمید یزدانی در 02/12/14\n"
        + "امیدوارم بازارچه هر سال برگزار شود.\n"
    )
    assert jm.parse_article(text).published is None


# -- fix246: a page's name printed twice over its heading (mutants 10, 11) --------------------
_CLUB_TEXT = (
    "باشگاه در سال های نخست با گروهی از دبیران ورزش کار خود را آغاز کرد و برنامه های "
    "کوهپیمایی را در روزهای تعطیل برگزار می کرد. در سال های بعد شمار اعضا بیشتر شد و "
    "کلاس های آموزش شنا نیز به برنامه ها افزوده شد.\n"
)
_CLUB_NAME = "تاریخچه باشگاه"
_CLUB_HEADING = "تاریخچه باشگاه ورزشی دبیران شهرستان دامغان"


def _club_page(crumbs: list[str]) -> str:
    between = "".join(f"{crumb}\n\n" for crumb in crumbs)
    return f"{_CLUB_NAME}\n\n{between}{_CLUB_NAME}\n\n \n\n{_CLUB_HEADING}\n\n{_CLUB_TEXT}"


def test_page_name_twice_around_a_two_line_breadcrumb_is_the_title() -> None:
    """Two crumb lines between the name's two prints: the name is the title (mutant 10:
    one crumb line only)."""
    assert jm.parse_article(_club_page(["  • خانه", "  • برگه ها"])).title == _CLUB_NAME


def test_page_name_twice_around_a_crumb_of_three_words_is_the_title() -> None:
    """A crumb of three words with its bullet («• درباره ما») between the name's prints
    (mutant 11: crumbs of two words only)."""
    assert jm.parse_article(_club_page(["  • درباره ما"])).title == _CLUB_NAME


# -- fix247: a headline run into «به گزارش» (mutant 17) --------------------------------------
_RUN_HEADLINE = "افتتاح سالن ورزشی تازه در روستای کوهستانی"
_RUN_REPORT = (
    "به گزارش روابط عمومی فرمانداری، سالن ورزشی تازه روستا با حضور فرماندار و دهیار افتتاح "
    "شد و جوانان روستا از این پس در آن تمرین می کنند."
)


def test_words_ending_with_a_comma_before_the_report_are_no_headline() -> None:
    """«HEADLINE،  به گزارش ...»: words ending with a comma (or a colon, a semicolon) before
    the gap run on into the report, no headline is cut (mutant 17: the comma not asked)."""
    for mark in ("،", ",", ":", "؛"):
        assert jm.parse_article(f"{_RUN_HEADLINE}{mark}  {_RUN_REPORT}\n").title is None, mark


def test_headline_run_into_report_neg() -> None:
    """The same words with no mark before the gap: the headline (kept by every mutant)."""
    assert jm.parse_article(f"{_RUN_HEADLINE}  {_RUN_REPORT}\n").title == _RUN_HEADLINE


# -- fix247: a post's ID after its slug (mutant 19) ------------------------------------------


def test_two_digit_number_after_a_slug_is_a_page_not_an_id() -> None:
    """«/<slug>/12/»: two digits after a post's slug are a paginated post's page (mutant 19:
    two digits read as the post's ID)."""
    for url in ("https://example.ir/hamayesh-salane/12/", "https://example.ir/همایش-سالانه/99"):
        assert url_number(url) is None, url
    assert url_number("https://example.ir/hamayesh-salane/512/") == "512"


def test_alias_ending_with_a_short_day_of_the_eighties() -> None:
    """«/news/41-jashne-nowruz88-1-5.html»: a year 80-89 glued to the alias is 1380-1389 as
    90-99 is 1390-1399 (mutant 23: the eighties dropped, no day)."""
    url = "http://madrese.example.ir/news/41-jashne-nowruz88-1-5.html"
    article = jm.parse_article(_WORKSHOP, url=url)
    assert article.number == "41"
    assert article.published is not None
    assert article.published.jalali_date == (1388, 1, 5)


# -- fix248: the blog's name its copyright notice prints (mutants 26, 28, 29) ----------------
_BLOG_NAME = "دفتر سبز - روستای ما"
_BLOG_MOTTO = "کاش سطری باشیم خواندنی، نه خطی فراموش شدنی."
_BLOG_HEADLINE = "نخستین باران پاییز مبارک"
_BLOG_FIRST = "باران پاییزی امروز صبح بارید و کوچه ها خیس شد."
_BLOG_SUBHEADING = "پاییز در روستا"
_BLOG_REST = (
    "درختان گردو در باغ های بالای روستا زرد شده اند و بچه ها هر صبح گردوهای افتاده را جمع "
    "می کنند.\n"
    "پدربزرگ می گوید امسال محصول باغ ها از سال گذشته بیشتر است و همه خوشحال هستند.\n"
)
_BLOG_URL = "https://daftar1402.blogfa.com/post/77"


def _named_blog(top: list[str], headline: str, first: str, sub: str = "", notes: str = "") -> str:
    header = "".join(f"{line}\n\n" for line in top)
    body = f"{first}\n{sub}\n{_BLOG_REST}" if sub else f"{first}\n{_BLOG_REST}"
    return (
        f"{header}{headline}\n\n{body}\n"
        "یکشنبه هفتم آبان ۱۴۰۲ 18:30 رضا کوهستانی\n\n"
        f"ابزار وبمستر\n\n© {_BLOG_NAME}\n{notes}"
    )


def test_copyright_named_blog_over_a_post_opening_with_four_words() -> None:
    """The post's first line of four words under the headline is the post's opening (mutant
    26: five words asked, the opening taken as the title)."""
    page = _named_blog(
        [_BLOG_NAME, _BLOG_NAME, _BLOG_MOTTO], _BLOG_HEADLINE, "باران پاییزی امروز بارید"
    )
    assert jm.parse_article(page, url=_BLOG_URL).title == _BLOG_HEADLINE


def test_copyright_named_blog_under_a_motto_ending_with_an_exclamation() -> None:
    """A motto ending with «!» between the blog's name and the headline is read past as one
    ending with a full stop (mutant 28: «!» not asked, the post's subheading taken)."""
    motto = _BLOG_MOTTO[:-1] + "!"
    page = _named_blog(
        [_BLOG_NAME, _BLOG_NAME, motto], _BLOG_HEADLINE, _BLOG_FIRST, sub=_BLOG_SUBHEADING
    )
    assert jm.parse_article(page, url=_BLOG_URL).title == _BLOG_HEADLINE


def test_line_another_copyright_notice_names_is_no_headline() -> None:
    """«NAME» twice over «ORG», the footer printing «© NAME» and «© ORG»: the line under the
    blog's name is another name of the footer's, no headline (mutant 29: taken, warned)."""
    org = "انجمن دوستداران روستا"
    page = _named_blog(
        [_BLOG_NAME, _BLOG_NAME], org, _BLOG_FIRST, sub=_BLOG_SUBHEADING, notes=f"© {org}\n"
    )
    assert jm.parse_article(page, url=_BLOG_URL).title != org


# -- fix248: a poem's title printed over it (mutant 38) --------------------------------------
_GHAZAL = (
    "دلم هوای سفر کرده ، سوی خانه ی دوست\n\n"
    "هر آنچه هست در این ره نشانه ی دوست\n\n"
    "نشسته ام به لب چشمه ای که می خواند\n\n"
    "به گوش باد سحرگاه ترانه ی دوست\n\n"
    "اگر چه راه دراز است و پای من خسته\n\n"
    "رسم به منزل مقصود با بهانه ی دوست\n\n"
    "چراغ کوچه ی ما را کسی نمی بیند\n\n"
    "مگر به نور دل افروز شبانه ی دوست\n"
)


def test_line_of_a_verse_opening_too_short_is_no_poem_title() -> None:
    """«دل ...» over a poem opening «دلم هوای سفر ...»: a cut line under half the first
    verse (here one word's letters) is no echo of it; the line over it stays the title
    (mutant 38: any cut opening taken)."""
    for cut in ("دل ...", "دلم هوای ..."):
        text = f"سفرنامه پاییز\n\n{cut}\n\n\n{_GHAZAL}"
        article = jm.parse_article(text, url="http://safar.blog.ir/1396/11/12/S815")
        assert article.title == "سفرنامه پاییز", cut


# -- fix249: a reprinted letter's heading (mutant 41) ----------------------------------------
_WEEKLY = (
    "هفته نامه ندای روستا\n"
    "{number}\n"
    "تاریخ : 1402/12/25\n\n"
    "بازارچه نوروزی روستا گشایش یافت\n"
    "بازارچه نوروزی روستا با حضور هنرمندان بومی در خانه فرهنگ گشایش یافت.\n"
    "دهیار روستا گفت: در این بازارچه فرش، گلیم و سفال بافندگان روستا به فروش گذاشته شده و "
    "بازدید از آن برای همه آزاد است.\n"
)


def test_issue_number_with_a_code_and_a_word_dates_the_page() -> None:
    """«شماره: 1234/الف ویژه نوروز» over «تاریخ : DATE»: a code glued to the number but a
    word of four letters after it is an issue's line (a special issue), no letter's number;
    the date is the page's (mutant 41: the long word not asked, the date set aside as a
    document's)."""
    for number in ("شماره: 1234/الف ویژه نوروز", "شماره : 512-ب ضمیمه هفتگی"):
        article = jm.parse_article(_WEEKLY.format(number=number))
        assert article.published is not None, number
        assert article.published.jalali_date == (1402, 12, 25), number
        assert "published-conflict" not in warning_codes(article), number


# -- fix249: Blogfa's front page by query (mutant 44) ----------------------------------------


def test_blogfa_front_page_by_query_has_no_number() -> None:
    """«NAME.blogfa.com/?p=12»: the front page's twelfth page, no post's ID (mutant 44: the
    number path read it as the item's ID)."""
    for url in ("https://golestan.blogfa.com/?p=2", "https://golestan.blogfa.com/?p=12"):
        assert url_number(url) is None, url
    assert url_number("https://golestan.blogfa.com/post/318") == "318"


# -- fix249: a qualifier printed twice (mutant 46) -------------------------------------------


def test_title_with_a_three_word_qualifier_printed_twice_is_the_title() -> None:
    """«NAME (نسخه سال گذشته)» printed twice over the document's heading «NAME»: a qualifier
    of three words is the post's as one of one word is (mutant 46: two words at most)."""
    title = "آیین نامه کتابخانه های مدارس (نسخه سال گذشته)"
    name = "آیین نامه کتابخانه های مدارس"
    text = (
        "close\n"
        "تبلیغات در اینترنت\n"
        f"{title}\n"
        "آخرین مطالب\n\n"
        "تماس با ما\n\n"
        f"{title}\n\n{title}\n\n"
        "برای دریافت فایل به ادامه مطلب بروید\n\n"
        f"{name}\n\n"
        "وزارت آموزش و پرورش\n\n"
        f"{name}\n\n"
        "فصل اول\n\n"
        "ماده اول:\n\n"
        "(1) این آیین نامه برای سامان دادن به کار کتابخانه های مدارس و روشن کردن وظایف "
        "کتابداران در برابر دانش آموزان و مدیران تهیه و به تصویب رسیده است.\n\n"
        "(2) هر مدرسه یک کتابدار دارد که از میان دبیران همان مدرسه برای دو سال برگزیده "
        "می شود.\n"
    )
    assert jm.parse_article(text).title == title


# -- fix250: the home breadcrumb's doubt, the cut sentences (mutants 51, 53) ------------------


def _orchard_page(crumb: str) -> str:
    return (
        "کد خبر: ۶۲۳۴\n"
        "تاریخ انتشار: ۱۴ مهر ۱۴۰۱ - ۰۹:۴۰\n"
        "ذذ\n"
        "نگاهی به تلاش جوانان روستا برای زنده کردن باغ های گردو در دامنه کوه\n"
        f"{crumb}\n\n"
        "مهدی کاظمی\n\n"
        "صبح زود است و جوانان روستا با بیل و شلنگ به باغ های قدیمی گردو رفته اند تا جوی های "
        "خشک را دوباره باز کنند. یکی از آنها می گوید: «پدرم این باغ را رها کرده بود، ما "
        "تصمیم گرفتیم دوباره زنده اش کنیم.» به گفته آنها امسال نخستین محصول برداشت می شود.\n"
    )


def test_line_over_a_breadcrumb_of_a_four_word_section_is_doubted() -> None:
    """«خانه » اخبار » استان های شمالی کشور»: a crumb of four words is a section's name, the
    line is the home breadcrumb and the line over it no headline the page prints under it
    (mutant 51: crumbs of three words at most, the line over it taken undoubted)."""
    article = jm.parse_article(_orchard_page("خانه » اخبار » استان های شمالی کشور"))
    assert _UNCERTAIN in warning_codes(article)
    assert article.number == "6234"


_WRAPPED_SHORT = (
    "پاییز آمده بود. باران تند بارید. کوچه ها گل شد و ما\n\n"
    "به خانه مادربزرگ رفتیم و کنار کرسی نشستیم و او برایمان قصه گفت تا خوابمان برد.\n"
)


def test_line_of_three_word_sentences_cut_mid_sentence_is_no_title() -> None:
    """«پاییز آمده بود. باران تند بارید. کوچه ها گل شد و ما»: two closed sentences of three
    words and a third cut with no mark, a paragraph's wrapped line, no title (mutant 53:
    sentences of four words asked, the line taken as the title with no warning)."""
    article = jm.parse_article(_WRAPPED_SHORT)
    assert article.title is None
    assert _UNCERTAIN in warning_codes(article)


# -- fix251: the served day read past two footer notices (mutant 57) --------------------------


def test_served_day_stamp_over_a_design_credit_and_a_copyright_line() -> None:
    """A today stamp over a design credit and a copyright notice, a month after the path's
    day: the stamp is the served day, the path's day the post's (mutant 57: one notice read
    past only, the stamp taken as the publication)."""
    text = (
        "برداشت زعفران در مزرعه های شهرستان آغاز شد\n\n"
        "کشاورزان شهرستان از هفته گذشته برداشت زعفران را آغاز کرده اند و کارگران فصلی از "
        "روستاهای اطراف به مزرعه ها آمده اند.\n\nبه گفته مدیر جهاد کشاورزی، محصول امسال بیشتر "
        "است.\n\n"
        "سه شنبه ۲ آبان ۱۴۰۲\n"
        "طراحی و پشتیبانی: گروه نمونه\n"
        "کلیه حقوق این سایت محفوظ است\n"
    )
    article = jm.parse_article(text, url="https://zafaran-example.ir/1402/07/02/bardasht/")
    assert article.published is not None
    assert article.published.jalali_date == (1402, 7, 2)
    assert "published-from-url" in warning_codes(article)


# -- fix252: one Arabic letter after an hour alone (mutant 67) --------------------------------


def test_hour_alone_before_a_one_letter_mark_is_no_time() -> None:
    """«شماره ۴۵۶۷ - ۱۴۰۲/۰۶/۲۸ ۱۲ ص»: a number after the date and a lone «ص» (a page's
    «صفحه» cut as often) is no hour; the day alone is read (mutant 67: the one-letter marks
    taken after an hour alone, 00:00 given)."""
    text = (
        "شماره ۴۵۶۷ - ۱۴۰۲/۰۶/۲۸ ۱۲ ص\n"
        "نمایشگاه صنایع دستی روستا گشایش یافت\n"
        "نمایشگاه صنایع دستی روستا با حضور هنرمندان بومی در خانه فرهنگ گشایش یافت و تا پایان "
        "هفته برپاست.\n"
    )
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.jalali_date == (1402, 6, 28)
    assert not hasattr(article.published.gregorian, "hour")


def test_blog_name_in_a_copyright_word_notice_is_not_the_title() -> None:
    """«Copyright 2023 NAME» (the word, no «©» and no «(c)») names the blog as «© NAME» does
    (mutant 80: the lead's prefilter passing over a line with the word alone)."""
    page = _named_blog(
        [_BLOG_NAME, _BLOG_NAME, _BLOG_MOTTO], _BLOG_HEADLINE, _BLOG_FIRST, sub=_BLOG_SUBHEADING
    )
    for notice in ("Copyright 2023 ", "copyright "):
        named = page.replace(f"© {_BLOG_NAME}", f"{notice}{_BLOG_NAME}")
        assert jm.parse_article(named, url=_BLOG_URL).title == _BLOG_HEADLINE, notice
