"""mut47: tests for the survivors of the forty-seventh mutation round
(benchmarks/hand_mutants_47.py, docs/reliability.md "The forty-seventh round: fix229-fix234
under mutation").

Each test kills one survivor and passes on main; the layouts are the rules' own pages (a
Drupal site without clean URLs, a Joomla menu alias with its duplicate number, an Afghan
government site's language path, Blogfa's month archive, an accounting portal's circular, a
PersianBlog post over its empty keywords label, a conference's important dates, a provincial
office's dated notice, an untitled Blogger post's invocation, a day list's heading over
posts), the sentences written for these tests.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"

# -- fix231 / fix234: item IDs in addresses (mutants 28, 30, 33, 36, 78) ---------------------
_ESSAY = (
    "نگهداری از قنات های کهن روستا\n\n"
    "قنات های کهن روستا هنوز آب باغ ها را می رسانند و لایروبی هر ساله آنها کار همه اهالی "
    "است.\n\n"
    "شورای روستا از جوانان خواسته است در روزهای لایروبی به مقنی ها کمک کنند.\n"
)


def _number(url: str) -> str | None:
    return jm.parse_article(_ESSAY, url=url).number


def test_drupal_query_node_with_a_leading_zero_is_no_id() -> None:
    """«?q=node/0318»: Drupal's node IDs have no leading zero (mutant 28)."""
    assert _number("http://sample-college.ac.ir/?q=node/0318") is None


def test_joomla_numbered_menu_alias_of_no_item_word_gives_no_id() -> None:
    """«/index.php/fa/gallery-2/163-<alias>»: under a language segment, a menu alias that is
    no item's word (news, article ...) gives no ID (mutant 30); right after the front script
    any word's numbered menu alias is Joomla's (fix235), so «/index.php/gallery-2/163-<alias>»
    gives 163."""
    assert _number("http://sample-college.ac.ir/index.php/fa/gallery-2/163-bahar1406") is None
    assert _number("http://sample-college.ac.ir/index.php/gallery-2/163-bahar1406") == "163"


def test_two_digits_after_a_language_name_are_no_id() -> None:
    """«/dari/58/<slug>»: a menu's short number, not an item's ID of three digits or more
    (mutant 33); «/dari/583/<slug>» is read."""
    assert _number("https://sample-ministry.gov.af/dari/58/water-canal-news") is None
    assert _number("https://sample-ministry.gov.af/dari/583/water-canal-news") == "583"


def test_blogfa_root_month_archive_code_names_no_item() -> None:
    """«http://blogfa.com/9207.aspx», the platform's own host, is a month archive's code as
    a blog's subdomain is (mutant 78)."""
    assert _number("http://blogfa.com/9207.aspx") is None


# -- fix231: a circular's page (ravihesab.com's layout; mutants 36, 40) ----------------------
def _circular(code: str, label_date: str, above: str = "") -> str:
    return (
        f"{above}"
        "-\n"
        "وضعیت : معتبر است\n"
        "-\n"
        "دسته بندی ها : بخشنامه های گمرکی\n"
        "-\n"
        f"تاریخ بخشنامه : {label_date}\n"
        "-\n"
        f"{code} شماره بخشنامه :\n"
        "اگر در متن این بخشنامه نکته مبهمی دیدید آن را در بخش پرسش ها بنویسید.\n\n"
        "آموزش گمرک\n"
        "تاریخ: ۱۴۰۰/۰۵/۰۲\n"
        "موضوع: جهت اطلاع گمرکات اجرایی ارسال می‌شود.\n"
        "با سلام؛\n"
        "نحوه ترخیص کالاهای همراه مسافر در گمرکات مرزی\n"
        "احتراماً پیرو بخشنامه پیشین درباره کالاهای همراه مسافر، جدول تازه سقف معافیت برای "
        "اجرا ابلاغ می‌شود و گمرکات باید آن را در سالن مسافری نصب کنند.\n"
    )


def test_document_code_of_a_four_digit_serial_is_no_number() -> None:
    """«/00-2817»: a serial of four digits is no document's code of the rule (WordPress's
    duplicate slug suffixes are as short), even when the page prints it (mutant 36)."""
    text = _circular("00-2817", "۱۴۰۰/۰۵/۰۲")
    assert jm.parse_article(text, url="https://sample-gomrok.com/00-2817").number is None
    text = _circular("00-281734", "۱۴۰۰/۰۵/۰۲")
    assert jm.parse_article(text, url="https://sample-gomrok.com/00-281734").number == "00-281734"


def test_document_date_label_of_another_day_keeps_the_publication() -> None:
    """«تاریخ انتشار : DAY» over a circular whose own label names another day: the page's
    publication is kept (mutant 40: any document label dropped it)."""
    text = _circular("00-281734", "۱۳۹۹/۱۲/۱۱", above="تاریخ انتشار : ۱۴۰۰/۰۵/۲۰\n")
    published = jm.parse_article(text, url="https://sample-gomrok.com/00-281734").published
    assert published is not None
    assert published.jalali_date == (1400, 5, 20)


# -- fix234: a conference's important dates (dubaiconf.ir's layout; mutants 79, 80) ----------
_DEADLINES = (
    "آخرین مهلت ارسال اصل مقالات :  15دی ماه 1399\n"
    "آخرین مهلت ثبت نام کارگاه: 5بهمن ماه 1399\n"
    "اعلام نتایج داوری اصل مقالات : 10 تا 12 روز پس از ارسال چکیده\n"
    "اعلام نتایج داوری سریع : 2 الی 3 روز پس از ارسال\n"
    "برگزاری همایش : 25 و 26 بهمن ماه 1399\n"
)


def test_deadline_field_of_eight_words_stays_in_the_run() -> None:
    """A deadline's value of eight words («10 تا 12 روز پس از ارسال چکیده») is a field of
    the run: no line of the page is the title (mutant 79)."""
    assert jm.parse_article(_DEADLINES).title is None


def test_three_deadline_fields_are_a_run() -> None:
    """Three «LABEL: VALUE» lines, each its own label, are already a run of fields (mutant
    80)."""
    text = "\n".join(_DEADLINES.splitlines()[:2] + _DEADLINES.splitlines()[3:4]) + "\n"
    assert jm.parse_article(text).title is None


# -- fix233: PersianBlog's post over its empty keywords label (mutant 65) -------------------
def test_six_word_title_over_empty_keywords_label_is_the_post_title() -> None:
    """A title of six words over «کلمات کلیدی :» alone, the body under it (mutant 65)."""
    title = "سفر کوتاه ما به شهر یزد"
    text = (
        "ساخت قالب رایگان\n\n"
        "بهترین قالب های وبلاگ\n\n"
        "راهنمای نوشتن در وبلاگ\n\n"
        "دفتر یک رهگذر\n\n"
        f"{title}\n\n"
        "کلمات کلیدی :\n\n"
        "چه کسی سفر را دوست ندارد؟! همه منتظر سفریم!!\n"
        "عصر دیروز از میدان کهنه تا بازارچه پیاده رفتم و دیدم بیشتر خانه های آجری هنوز سر "
        "پا هستند و پیرمردها جلوی درها نشسته اند و با هم گپ می زنند.\n"
        "هوا که تاریک شد چراغ های کوچه روشن شد و بوی نان تازه از نانوایی سر گذر آمد.\n"
    )
    article = jm.parse_article(text)
    assert article.title == title
    assert _UNCERTAIN not in warning_codes(article)


# -- real66: a numeric day opening the headline's line (lorestan.doe.ir's layout) ------------
_NOTICE = (
    "با شروع فصل گرما و افزایش سفر خانواده ها به کنار رودخانه ها، از همه هم استانی ها "
    "درخواست می شود زباله های خود را در طبیعت رها نکنند و آن را تا نزدیک ترین سطل زباله "
    "شهری همراه ببرند.\n"
)
_HEADLINE = "اطلاعیه درباره پاکیزه نگه داشتن حاشیه رودخانه ها"


def test_three_words_after_a_numeric_day_are_the_headline() -> None:
    """«1402/4/12 دوشنبه اطلاعیه قطع آب»: three words after the day are a headline
    (mutant 85)."""
    article = jm.parse_article(f"1402/4/12 دوشنبه اطلاعیه قطع آب\n{_NOTICE}")
    assert article.title == "اطلاعیه قطع آب"
    assert article.published is not None
    assert article.published.jalali_date == (1402, 4, 12)


def test_line_with_a_second_date_keeps_its_day_out_of_the_record() -> None:
    """«DAY WEEKDAY HEADLINE تا DAY»: a line naming a period is kept whole and its day is
    not read as the item's (mutant 86)."""
    line = f"1402/4/12 دوشنبه {_HEADLINE} تا 1402/4/30"
    article = jm.parse_article(f"{line}\n{_NOTICE}")
    assert article.title == line
    assert article.published is None


def test_day_with_a_clock_word_keeps_the_line_whole() -> None:
    """«DAY ساعت TIME HEADLINE»: a word other than the weekday inside the date's read keeps
    the line whole (mutant 88)."""
    line = f"1402/4/12 ساعت 10:30 {_HEADLINE}"
    article = jm.parse_article(f"{line}\n{_NOTICE}")
    assert article.title == line
    assert article.published is None


# -- real66: an untitled Blogger post's invocation (armanpf.blogspot.com's layout) ----------
_POST = (
    "امروز تصمیم گرفتم دوباره نوشتن را شروع کنم و این دفتر را باز کنم. مدت ها بود که فکر "
    "می کردم جایی لازم دارم تا آنچه در روزهای شلوغ از ذهنم می گذرد بنویسم و حالا آن جا "
    "همین صفحه است. امیدوارم دوستان قدیمی هم گاهی به اینجا سر بزنند.\n\n"
)


def _invocation_post(invocation: str) -> jm.Article:
    return jm.parse_article(f"{invocation}\n{_POST}")


def test_ten_word_invocation_is_no_sure_title() -> None:
    """An invocation of ten words ending with a name of God (mutant 91)."""
    invocation = "بنام مهر و دوستی و امید و با یاد پروردگار"
    article = _invocation_post(invocation)
    assert article.title != invocation or _UNCERTAIN in warning_codes(article)


def test_invocation_ending_with_izad_is_no_sure_title() -> None:
    """«... با یاد ایزد»: «ایزد» is a name of God (mutant 92)."""
    invocation = "بنام دوستی و امید و با یاد ایزد"
    article = _invocation_post(f"Monday, March 3, 2003\n\n٭\n{invocation}")
    assert article.title != invocation or _UNCERTAIN in warning_codes(article)


def test_invocation_opening_with_ba_yad_is_no_sure_title() -> None:
    """«با یاد ... خداوند مهربان»: «با یاد» opens an invocation as «بنام» does (mutant 96)."""
    invocation = "با یاد دوستی و امید و به نام خداوند مهربان"
    article = _invocation_post(invocation)
    assert article.title != invocation or _UNCERTAIN in warning_codes(article)


# -- b063cbb6: the headline after the item's stamp (mutants 98, 99, 100) ----------------
def test_number_after_the_day_keeps_the_line_whole() -> None:
    """«DAY WEEKDAY 3 روز ...»: a digit after the day makes it a phrase's, no stamp
    (mutant 99)."""
    line = "1402/4/12 دوشنبه 3 روز تعطیلی ادارات استان به دلیل گرما"
    article = jm.parse_article(f"{line}\n{_NOTICE}")
    assert article.title == line
    assert article.published is None


def test_phrase_word_after_the_day_keeps_the_line_whole() -> None:
    """«DAY مصوب ...»: the day is a resolution's, no item's stamp (mutant 100)."""
    line = "1402/4/12 مصوب هیئت وزیران درباره تعطیلی ادارات"
    article = jm.parse_article(f"{line}\n{_NOTICE}")
    assert article.title == line
    assert article.published is None


# -- fix229 / fix230 / fix231 / fix232: more layouts (mutants 1, 18, 38, 57) -----------------
def test_a_lone_level_two_heading_is_markdown() -> None:
    """One «## HEADLINE» line (a Liferay portlet's heading, fnst.ut.ac.ir's layout): a
    heading of level two is Markdown wherever it stands (mutant 1)."""
    head = "مجموعه آیین نامه های آموزشی دانشکده -( جلد دوم - 1399)"
    assert jm.parse_article(f"## {head}\n").title == head


def _portal(heading: str) -> bytes:
    body = (
        "<h1>فرمانداری لارستان</h1>"
        f"<h3>{heading}</h3><p>۱۴ اردیبهشت ۱۴۰۳</p>"
        "<p>نمایشگاه گل و گیاه امسال با حضور گلکاران سه شهرستان در باغ ملی شهر برپا می شود و "
        "بازدید از غرفه های آن برای همه آزاد است.</p>"
        "<p>رئیس اداره کشاورزی شهرستان گفت که فروش گل ها بی واسطه در غرفه ها انجام می شود.</p>"
    )
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def test_three_word_heading_under_an_institution_h1_is_the_title() -> None:
    """«<h1>فرمانداری لارستان</h1>» over a three-word item heading: the <h1> is the masthead
    (mutant 18)."""
    article = jm.parse_html(_portal("افتتاح نمایشگاه گل"))
    assert article.title == "افتتاح نمایشگاه گل"


def test_resolution_date_label_is_not_the_publication() -> None:
    """«تاریخ مصوبه : DAY»: a resolution's own day, not the page's publication (mutant
    38)."""
    text = _circular("00-281734", "۱۴۰۰/۰۵/۰۲").replace("تاریخ بخشنامه :", "تاریخ مصوبه :")
    article = jm.parse_article(text, url="https://sample-gomrok.com/00-281734")
    assert article.published is None
    assert "published-conflict" in warning_codes(article)


_DAY_POSTS = (
    "بازگشایی استخر سرپوشیده محله پس از تعمیر\n\n"
    "ساعت شنای بانوان از شنبه تا چهارشنبه تغییر می کند...\n\n"
    "برگزاری جشنواره بادبادک در پارک لاله\n\n"
    "کودکان می توانند بادبادک خود را از خانه بیاورند...\n"
)


def test_six_word_day_list_label_over_posts_doubts_the_first() -> None:
    """«آرشیو نوشته های دسته اخبار روزانه - DAY», a label of six words of the archive's
    vocabulary, over two posts: the day's list (mutant 57)."""
    article = jm.parse_article(f"آرشیو نوشته های دسته اخبار روزانه - ۱۴۰۲/۱۱/۱۷\n\n{_DAY_POSTS}")
    assert article.title is None
    assert _UNCERTAIN in warning_codes(article)


def test_stopped_headline_over_a_short_question_is_doubted() -> None:
    """A stopped headline over «آیا بلیت هواپیما گران می شود؟», a question as short as the
    rule takes, the lead a byline alone: no title, the headline dropped named (mutant 61)."""
    headline = "قیمت بلیت قطارهای مسافری در مسیر تهران مشهد از اول اسفند ده درصد بالا رفت."
    body = (
        "قیمت بلیت قطارهای مسافری در مسیر تهران مشهد از اول اسفند ده درصد بالا می رود و "
        "شرکت های ریلی جدول تازه را منتشر کرده اند."
    )
    text = (
        f"{headline}\nآیا بلیت هواپیما گران می شود؟\n۱۴ بهمن ۱۴۰۲\n\n"
        f"نویسنده: سارا نیک | {body}\n\n"
        "درباره قیمت بلیت پروازهای داخلی هنوز تصمیمی گرفته نشده است.\n"
    )
    article = jm.parse_article(text)
    assert article.title is None
    assert _UNCERTAIN in warning_codes(article)
