"""mut48: tests for the survivors of the forty-eighth mutation round
(benchmarks/hand_mutants_48.py, docs/reliability.md "The forty-eighth round: fix235-fix238
under mutation").

Each test kills one survivor and passes on main; the layouts are the rules' own pages (a
conference's call with its field lines, a WordPress post's footer clock under a Jalali date
path, Blogfa's post-title heading in HTML and in Markdown, a news agency's stopped headline
over a question), the sentences written for these tests.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"

# -- fix235: a field line taken alone (mutants 0, 1, 3, 4) -----------------------------------
_CALL = (
    "دبیرخانه همایش از پژوهشگران دعوت می کند چکیده مقاله های خود را درباره آب های زیرزمینی "
    "دشت تا پایان مهلت در سامانه همایش بارگذاری کنند و منتظر پاسخ داوران بمانند.\n"
)
_HEAD = "همایش آب های زیرزمینی دشت در دانشکده کشاورزی برگزار می شود"


def test_three_word_label_field_alone_is_no_sure_title() -> None:
    """«محل برگزاری همایش: ...», a label of three words opening with a field word, over the
    text: doubted (mutant 0, two words at most)."""
    article = jm.parse_article(f"محل برگزاری همایش: تالار اجتماعات دانشکده کشاورزی\n\n{_CALL}")
    assert article.title is None or _UNCERTAIN in warning_codes(article)


def test_headline_over_a_four_word_number_field_is_the_title() -> None:
    """«پذیرش شرکت کننده: ۲۰۰ نفر هر روز», any label over four value words opening with a
    digit, is a field: the headline above it is the title (mutant 1, three words at most)."""
    text = (
        f"{_HEAD}\n\nتاریخ برگزاری: ۱۲ اردیبهشت ۱۴۰۳\nپذیرش شرکت کننده: ۲۰۰ نفر هر روز\n\n{_CALL}"
    )
    assert jm.parse_article(text).title == _HEAD


def test_field_word_headline_ending_with_verb_is_not_doubted() -> None:
    """«ساعت کار ادارات: از شنبه یک ساعت کم می شود», a headline whose label opens with a
    field word but whose value ends with its verb, is no field (mutant 3)."""
    headline = "ساعت کار ادارات: از شنبه یک ساعت کم می شود"
    article = jm.parse_article(f"{headline}\n\n{_CALL}")
    assert article.title == headline
    assert _UNCERTAIN not in warning_codes(article)


def test_speaker_headline_with_a_long_numbered_value_is_not_doubted() -> None:
    """«رئیس پلیس راه: ۱۲ کشته در تصادفات جاده های شمال», a speaker's label over seven words
    opening with a digit, is a quote's headline, no field (mutant 4: any digit value)."""
    headline = "رئیس پلیس راه: ۱۲ کشته در تصادفات جاده های شمال"
    article = jm.parse_article(f"{headline}\n\n{_CALL}")
    assert article.title == headline
    assert _UNCERTAIN not in warning_codes(article)


# -- fix236: a footer clock under a Jalali date path (mutants 18, 19) ------------------------
_POST = (
    "باغ های انار روستا امسال زودتر از هر سال به بار نشستند\n"
    "باغداران روستا برداشت را از هفته آینده آغاز می کنند\n"
    "انار امسال درشت تر و شیرین تر از سال گذشته است\n"
    "http://anar.example.ir/?p=3307\n"
)
_POST_URL = "http://anar.example.ir/1399/01/20/anar-roosta"


def test_footer_stamp_thirty_days_after_the_date_path_is_the_served_day() -> None:
    """«جمعه ۱۹ اردیبهشت ۱۳۹۹» ending the page, thirty days after «/1399/01/20/»: the
    served day, set aside; the address's day (mutant 18: 31 days)."""
    article = jm.parse_article(_POST + "جمعه ۱۹ اردیبهشت ۱۳۹۹\n", url=_POST_URL)
    assert article.published is not None
    assert article.published.jalali_date == (1399, 1, 20)
    assert "published-from-url" in warning_codes(article)


def test_footer_stamp_twenty_nine_days_after_the_date_path_stands() -> None:
    """«پنجشنبه ۱۸ اردیبهشت ۱۳۹۹», twenty-nine days after the path's day: the printed date
    stands, its distance from the address warned (mutant 19: 29 days)."""
    article = jm.parse_article(_POST + "پنجشنبه ۱۸ اردیبهشت ۱۳۹۹\n", url=_POST_URL)
    assert article.published is not None
    assert article.published.jalali_date == (1399, 2, 18)
    assert "url-date-mismatch" in warning_codes(article)


# -- fix236: a post-title heading (mutants 26, 27, 30, 31) -----------------------------------
_BLOG = """<html dir="rtl" lang="fa"><head><meta charset="utf-8">
<title>دفتر شعر نمونه</title></head><body>
<div id="header"><h1><a href="https://daftar.blogfa.com/">دفتر شعر نمونه</a></h1></div>
<div class="post">
<h2 class="posttitle"><a href="https://daftar.blogfa.com/post/88">{heading}</a></h2>
{second}
<div class="postcontent">
کوه ها در سکوت شب خفتند<br />
ماه و اختر به گوش هم گفتند<br />
راه ما تا سپیده کوتاه است<br />
غنچه ها تا سحر نه بشکفتند
</div>
<div class="postfooter"><span>+ نوشته شده در شنبه هشتم مهر ۱۳۹۱ ساعت 21:05 توسط
<a href="https://daftar.blogfa.com/">دفتر</a></span></div>
</div></body></html>"""
_BLOG_URL = "https://daftar.blogfa.com/post/88"


def test_two_post_title_headings_linking_the_page_give_no_sure_title() -> None:
    """Two post-title headings, both linking the page: a list's, not one post's permalink
    (mutant 26: the first taken)."""
    second = (
        '<h2 class="posttitle"><a href="https://daftar.blogfa.com/post/88">سفر به کوهستان</a></h2>'
    )
    html = _BLOG.format(heading="شب های کوهستان", second=second)
    article = jm.parse_html(html, url=_BLOG_URL)
    assert article.title is None or _UNCERTAIN in warning_codes(article)


def test_post_title_heading_printing_a_date_gives_no_sure_title() -> None:
    """A post-title heading printing a date («شب های کوهستان ۸ مهر ۱۳۹۱») is a dated
    entry's link, not a post's title taken surely (mutant 27)."""
    html = _BLOG.format(heading="شب های کوهستان ۸ مهر ۱۳۹۱", second="")
    article = jm.parse_html(html, url=_BLOG_URL)
    assert article.title is None or _UNCERTAIN in warning_codes(article)


_ANJOMAN = "https://anjoman.blogfa.com/post/63"


def _markdown(link: str) -> str:
    # (the poem of tests/test_fix236.py's Markdown page; with other lines main takes the
    # blog's name silently: benchmarks/mut48_main_pages.py (f), (g))
    return (
        "# [انجمن ادبی نمونه](https://anjoman.blogfa.com/)\n\n"
        f"## [شب شعر پاییزی]({link})\n\n"
        "برگ ریزان رسید و باغ خموش  \nباد آمد به گوش باغ سروش  \n"
        "شاخه ها بی صدا به خواب شدند  \nخاک شد از حریر برگ بپوش\n\n"
        "+ نوشته شده در سه شنبه هشتم مهر ۱۳۹۱ ساعت 19:10 توسط [انجمن](https://anjoman.blogfa.com/)\n"
    )


def test_markdown_post_heading_linking_another_page_than_the_address_is_not_sure() -> None:
    """``## [POST](.../post/12)`` on the page ``.../post/63``: another post's link, no sure
    title (mutant 30: the address not compared)."""
    article = jm.parse_article(_markdown("https://anjoman.blogfa.com/post/12"), url=_ANJOMAN)
    assert _UNCERTAIN in warning_codes(article)


def test_markdown_post_heading_of_a_bare_path_under_a_hosted_name_is_not_sure() -> None:
    """``## [POST](/post/63)`` under ``# [BLOG](https://host/)`` with no address: a bare
    path and a host are not told apart, no sure title (mutant 31). With the page's address
    on that host the bare path is read against it: the page's own link, its title (fix244)."""
    article = jm.parse_article(_markdown("/post/63"))
    assert _UNCERTAIN in warning_codes(article)
    article = jm.parse_article(_markdown("/post/63"), url=_ANJOMAN)
    assert article.title == "شب شعر پاییزی"


# -- fix238: a stopped headline over a three-word question (mutant 58) -----------------------
def test_stopped_headline_over_a_three_word_question_is_doubted() -> None:
    """A stopped headline over «مترو گران است؟», three words: no title
    taken, the dropped headline named (mutant 58: four words at least)."""
    text = (
        "کرایه تاکسی های خطوط مرکز شهر از اول آبان ده درصد بالا رفت.\n"
        "مترو گران است؟\n۳ آبان ۱۴۰۲\n\n"
        "نویسنده: مریم فرهادی | کرایه تاکسی های خطوط مرکز شهر از اول آبان ده درصد بالا می "
        "رود و رانندگان جدول تازه را روی شیشه خودرو می چسبانند.\n\n"
        "درباره نرخ بلیت مترو هنوز تصمیمی گرفته نشده است.\n"
    )
    article = jm.parse_article(text)
    assert article.title is None
    assert _UNCERTAIN in warning_codes(article)


# -- real67: a speaker's colon kicker with a two-word name (mutant 65) -----------------------
def test_date_over_a_two_word_named_speakers_kicker_is_the_items() -> None:
    """«DATE» / «حسن کریمی، ROLE:» / HEADLINE / lead: a name of two words before the comma
    and the office is a speaker's kicker, the date over it the item's (mutant 65: one word)."""
    headline = "کارگاه آموزشی پیوند درختان سیب برگزار می شود"
    text = (
        "دوشنبه ۱۳۹۳/۰۲/۰۸\n\n"
        "حسن کریمی، مدیرعامل سازمان پارک ها و فضای سبز شهرداری:\n\n"
        f"{headline}\n\n"
        "با هدف آشنایی باغداران با روش های تازه پیوند، کارگاهی آموزشی در سازمان پارک ها "
        "برگزار می شود.\n\n"
        "مدیرعامل سازمان گفت: این کارگاه با همکاری مرکز تحقیقات کشاورزی برگزار می شود و "
        "تاکنون حدود 40 نفر ثبت نام کرده اند.\n"
    )
    article = jm.parse_article(text)
    assert article.title == headline
    assert article.published is not None
    assert article.published.jalali_date == (1393, 2, 8)
