"""fix238: the eight pages the forty-seventh mutation round found wrong on main
(docs/reliability.md "The forty-seventh round", benchmarks/mut47_main_pages.py).

The layouts are the rules' own pages (ravihesab.com's circular with its meta list parted by
«-» lines, tests/pages 2228; ariaye.com's static magazine page, 2224; megacivil.ir's brand
printed twice, 2222; dubaiconf.ir's important dates, 2235; a provincial portal's root,
attacks71; a stopped headline over its question, attacks66); the sentences are written for
these tests, the values changed.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"

# -- (a), (b): a circular's page, its meta list parted by «-» lines ---------------------------
_LETTER = (
    "پرسش های خود درباره این بخشنامه را در پایین همین صفحه بنویسید.\n\n"
    "آموزش مالیات\n"
    "تاریخ: ۱۴۰۱/۰۸/۱۶\n"
    "موضوع: برای اجرا به ادارات کل مالیاتی ابلاغ می‌شود.\n"
    "با سلام؛\n"
    "نحوه پذیرش اظهارنامه های مالیاتی دیرهنگام\n"
    "احتراماً در پی پرسش های رسیده از ادارات کل، شیوه پذیرش اظهارنامه هایی که پس از مهلت "
    "قانونی رسیده اند برای اجرا ابلاغ می‌شود و ادارات باید آن را به مودیان اطلاع دهند.\n"
)
_URL = "https://sample-tax.ir/00-417205"


def _circular(category: str, day_label: str, status: str = "وضعیت : معتبر است") -> str:
    return (
        f"-\n{status}\n-\n{category}\n-\n{day_label} ۱۴۰۱/۰۸/۱۶\n-\n"
        f"00-417205 شماره بخشنامه :\n{_LETTER}"
    )


def test_circular_day_label_without_colon_is_no_title_nor_publication() -> None:
    """«تاریخ بخشنامه DAY» with no colon: the label line is never the title, and the day is
    the circular's own, not the page's publication (not used, said so)."""
    article = jm.parse_article(
        _circular("دسته بندی ها : بخشنامه های مالیاتی", "تاریخ بخشنامه"), url=_URL
    )
    assert article.title is None
    assert article.published is None
    assert "published-conflict" in warning_codes(article)


def test_circular_day_label_without_colon_in_arabic_yeh_is_no_title() -> None:
    """The same label in Arabic yeh, «تاريخ بخشنامه DAY»: no title, no publication."""
    article = jm.parse_article(
        _circular("دسته بندی ها : بخشنامه های مالیاتی", "تاريخ بخشنامه"), url=_URL
    )
    assert article.title is None
    assert article.published is None


def test_publication_label_without_colon_keeps_its_day_neg() -> None:
    """«تاریخ انتشار :» names the page's own publication: its day is kept (no document's
    label)."""
    article = jm.parse_article(
        _circular("دسته بندی ها : بخشنامه های مالیاتی", "تاریخ انتشار :"), url=_URL
    )
    assert article.published is not None
    assert article.published.jalali_date == (1401, 8, 16)


def test_headline_naming_a_circular_day_is_kept_neg() -> None:
    """A headline that mentions a circular and carries more words than its label and date is
    no document's date label: it stays the title."""
    text = (
        "ابلاغ بخشنامه تازه مالیاتی درباره اظهارنامه های دیرهنگام\n"
        "۱۶ آبان ۱۴۰۱\n\n"
        "سازمان امور مالیاتی بخشنامه تازه ای درباره پذیرش اظهارنامه های دیرهنگام برای اجرا "
        "به ادارات کل فرستاد و مهلت آن را تا پایان ماه تمدید کرد.\n"
    )
    article = jm.parse_article(text)
    assert article.title == "ابلاغ بخشنامه تازه مالیاتی درباره اظهارنامه های دیرهنگام"


def test_status_field_next_to_an_empty_category_is_no_title() -> None:
    """«وضعیت : معتبر است» / «-» / «دسته بندی ها :» left empty / «-» / «تاریخ بخشنامه :
    DAY»: the meta list goes on past the empty label, so the status is one of its fields,
    never the title."""
    article = jm.parse_article(_circular("دسته بندی ها :", "تاریخ بخشنامه :"), url=_URL)
    assert article.title is None


def test_status_field_over_an_empty_label_and_no_more_fields_is_kept_neg() -> None:
    """A «LABEL : VALUE» line over an empty label with no field past it has no meta list to
    stand in: main's record (the line as title) is kept."""
    text = (
        "-\nبرنامه کلاس : هفته ای دو جلسه\n-\nدسته بندی ها :\n-\n\n"
        "کلاس های آموزش خوشنویسی کودکان از هفته آینده در فرهنگسرای محله برگزار می شود و "
        "ثبت نام برای همه آزاد است.\n"
    )
    article = jm.parse_article(text)
    assert article.title == "برنامه کلاس : هفته ای دو جلسه"


# -- (e), (f): a conference's important dates -----------------------------------------------
def test_four_fields_of_one_label_are_no_title() -> None:
    """«آخرین مهلت : DAY» four times with four days: a run of fields is a run whatever its
    labels; no title."""
    text = (
        "آخرین مهلت : 5دی ماه 1402\nآخرین مهلت : 26دی ماه 1402\n"
        "آخرین مهلت : 8 بهمن ماه 1402\nآخرین مهلت : 18 بهمن ماه 1402\n"
    )
    assert jm.parse_article(text).title is None


def test_quoted_headline_printed_three_times_is_no_run_neg() -> None:
    """A speaker's headline «NAME: ...» printed three times alike is no run of fields (the
    lines do not differ): it stays the title."""
    line = "سخنگوی دولت: بودجه عمرانی استان ها"
    text = (
        f"{line}\n{line}\n{line}\n\n"
        "سخنگوی دولت در نشست خبری امروز از سهم تازه استان ها در بودجه عمرانی سال آینده سخن "
        "گفت و جزئیات آن را هفته آینده اعلام می کند.\n"
    )
    assert line == jm.parse_article(text).title


def test_field_run_with_one_value_ending_in_a_verb_is_no_title() -> None:
    """Five deadline fields, one value «پس از داوری اعلام می شود» ending with its verb: still
    a run of fields, no title."""
    text = (
        "آخرین مهلت ارسال مقالات کامل :  5دی ماه 1402\n"
        "آخرین مهلت ثبت نام حضوری: 26دی ماه 1402\n"
        "اعلام نتایج داوری مقالات : پس از پایان داوری اعلام می شود\n"
        "اعلام نتایج داوری سریع : 3 الی 4 روز پس از ارسال\n"
        "برگزاری همایش : 17 و 18 بهمن ماه 1402\n"
    )
    assert jm.parse_article(text).title is None


def test_quoted_verb_headline_over_two_fields_is_kept_neg() -> None:
    """A speaker's headline ending with its verb over two fields («نویسنده:», «منبع:») stands
    above them, not inside a run: it stays the title."""
    headline = "وزیر نیرو: سهمیه آب کشاورزان کاهش نمی یابد"
    text = (
        f"{headline}\n"
        "نویسنده: مریم کاظمی\n"
        "منبع: خبرگزاری استان\n\n"
        "وزیر نیرو در سفر به استان گفت که سهمیه آب کشاورزان در سال زراعی تازه کم نمی شود و "
        "برنامه آبیاری مانند سال گذشته ادامه دارد.\n"
    )
    assert headline == jm.parse_article(text).title


# -- (c): a static magazine page, the author's name as its <title> ---------------------------
def _magazine(second: str) -> str:
    return (
        '<html dir="rtl"><head><meta charset="utf-8"><title>مهرداد صالحی</title></head>'
        '<body><p align="center"><b>مهرداد صالحی</b></p>'
        "<h2>سرنوشت باغ های انار در دامنه کوه</h2>"
        '<p align="center">مهرداد صالحی</p><p align="center">3-9-1394</p>'
        "<p>باغ های انار دامنه کوه در سال های خشک بیشتر درختان خود را از دست داده اند و "
        "باغداران به شهر کوچ کرده اند.</p>"
        f"{second}"
        "<p>چند باغدار جوان با آبیاری قطره ای بخشی از باغ ها را دوباره زنده کرده اند و "
        "محصول امسال آنها به بازار رسید.</p></body></html>"
    )


def test_author_title_tag_around_the_first_of_two_h2s_gives_the_headline() -> None:
    """«<title>NAME» / NAME / «<h2>HEADLINE» / NAME / date, a second <h2> further down: the
    name printed around the headline is its byline; the headline is the title."""
    article = jm.parse_html(_magazine("<h2>باغداران جوان</h2>"))
    assert article.title == "سرنوشت باغ های انار در دامنه کوه"


def test_author_printed_by_each_of_two_h2s_is_not_read_as_byline_neg() -> None:
    """The name printed a third time by the second <h2> (a list of one author's pieces): the
    byline rule stands aside and main's record is kept (the first headline, doubted: only
    the <title> names the name)."""
    html = _magazine("<h2>باغداران جوان</h2><p align='center'>مهرداد صالحی</p>")
    article = jm.parse_html(html)
    assert article.title == "سرنوشت باغ های انار در دامنه کوه"
    assert _UNCERTAIN in warning_codes(article)


# -- (d): a brand printed twice over its headline --------------------------------------------
def _brand_page(headline: str) -> str:
    return (
        "کاوش بنای پایدار\nکاوش بنای پایدار\n\n"
        f"{headline}\n\n"
        "بر پایه آیین نامه تازه، گواهی صلاحیت هر پیمانکار ساختمانی سه سال اعتبار دارد و پس از "
        "آن باید با ارائه سوابق کاری تازه تمدید شود.\n\n"
        "پیمانکار باید مدارک خود را تا پایان مهلت به دفتر شهرستان برساند.\n"
    )


def test_brand_twice_over_a_verb_headline_gives_the_headline_in_doubt() -> None:
    """A short name printed twice over a statement ending with its verb, sharing no word with
    it: the statement is taken, with `title-uncertain` (a headline printed twice over its
    subtitle looks the same), never the name silently."""
    headline = "ثبت نام تمدید گواهی صلاحیت پیمانکاران از شنبه آغاز می شود"
    article = jm.parse_article(_brand_page(headline))
    assert headline == article.title
    assert _UNCERTAIN in warning_codes(article)


def test_name_twice_over_a_verbless_line_keeps_the_name_neg() -> None:
    """The same page with a verbless line under the name: main's record (the name) is
    kept."""
    article = jm.parse_article(_brand_page("گواهی صلاحیت پیمانکاران ساختمانی"))
    assert article.title == "کاوش بنای پایدار"


# -- (g): a provincial portal's <h1> over the item's <h3> ------------------------------------
def _portal(heading: str) -> str:
    return (
        "<html><head><meta charset='utf-8'></head><body><h1>فرمانداری بهبهان</h1>"
        f"<h3>{heading}</h3><p>۲۲ مهر ۱۴۰۲</p>"
        "<p>جشنواره فرهنگ و غذای عشایر امروز با حضور خانواده های عشایر شهرستان در بوستان "
        "ساحلی گشایش یافت و تا پایان هفته برپاست.</p>"
        "<p>بخشدار مرکزی گفت که غرفه های جشنواره فرآورده های لبنی و دستبافته های عشایر را "
        "بی واسطه به مردم می فروشند.</p></body></html>"
    )


def test_institution_h1_over_a_stopped_h3_headline_gives_the_headline() -> None:
    """«<h1>فرمانداری ...» over «<h3>HEADLINE.» over its date: the <h1> is the site's
    masthead; the stopped heading over the date is the headline."""
    article = jm.parse_html(_portal("جشنواره فرهنگ و غذای عشایر در بهبهان گشایش یافت."))
    assert article.title is not None
    assert article.title.startswith("جشنواره فرهنگ و غذای عشایر در بهبهان گشایش یافت")


def test_institution_h1_over_two_sentences_keeps_the_h1_neg() -> None:
    """A line of two sentences under the <h1> is a lead's, no headline: main's record (the
    <h1>) is kept."""
    article = jm.parse_html(_portal("جشنواره عشایر گشایش یافت. غرفه ها تا جمعه برپاست."))
    assert article.title == "فرمانداری بهبهان"


# -- (h): a stopped headline over a short question --------------------------------------------
def _stopped(question: str) -> str:
    return (
        "کرایه اتوبوس های مسیر شیراز اصفهان از اول مهر پانزده درصد بالا رفت.\n"
        f"{question}\n۲ مهر ۱۴۰۲\n\n"
        "نویسنده: رضا توکلی | کرایه اتوبوس های مسیر شیراز اصفهان از اول مهر پانزده درصد "
        "بالا می رود و تعاونی ها جدول تازه را نصب کرده اند.\n\n"
        "درباره نرخ کرایه قطارهای همین مسیر هنوز تصمیمی گرفته نشده است.\n"
    )


def test_stopped_headline_over_a_four_word_question_is_doubted() -> None:
    """A stopped headline over «آیا قطار گران می شود؟» (four words as counted), a byline
    lead: no title is taken, and the dropped headline is said so."""
    article = jm.parse_article(_stopped("آیا قطار گران می شود؟"))
    assert article.title is None
    assert _UNCERTAIN in warning_codes(article)


def test_stopped_headline_over_a_one_word_question_stays_silent_neg() -> None:
    """«چرا؟» alone under the sentence is no question subtitle: main's record (no title, no
    doubt) is kept."""
    article = jm.parse_article(_stopped("چرا؟"))
    assert _UNCERTAIN not in warning_codes(article)
