"""fix235: attack72's not-right inputs (docs/reliability.md «Attacks, seventy-second round»).

- A «LABEL: VALUE» field line taken alone (a schedule's or a record's label word, «محل
  برگزاری: ...», or any short label over a date or a number), fewer than fix234's run of
  three: it outranks no headline above it, and taken for want of one it is doubted.
- A dated lead «تاریخ: DAY | نویسنده: NAME | LEAD» under a stopped headline: its day is read
  (with a question subtitle between them or not), and the headline kept.
- Blogfa's signatures «+ نوشته شده در DATE توسط NAME» under two or more posts: a list, no
  title and no publication date.
- Joomla's ``/index.php/WORD-N/ID-alias``: any menu word right after the front script.
- A page's own «تاریخ انتشار» beside a circular's «تاریخ بخشنامه»: no conflict named.

Layouts follow the pages each test names; every sentence is written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

# -- a ministry's call for papers (dubaiconf.ir's important dates, tests/pages 2235) -------------
_CALL = (
    "دبیرخانه همایش از استادان و دانشجویان دعوت می کند یافته های خود را درباره بازچرخانی "
    "پسماند شهری تا پایان مهلت در سامانه همایش بفرستند و منتظر نتیجه داوری بمانند.\n"
)
_HEAD = "همایش ملی بازچرخانی پسماند شهری در دانشگاه برگزار می شود"
_WHEN = "تاریخ برگزاری: ۲۵ اسفند ۱۴۰۲"
_WHERE = "محل برگزاری: سالن اجتماعات دانشکده فنی"


def test_two_field_lines_over_text_are_no_sure_title() -> None:
    article = jm.parse_article(f"{_WHEN}\n{_WHERE}\n\n{_CALL}")
    assert article.title is None or "title-uncertain" in {w.code for w in article.warnings}


def test_one_field_line_over_text_is_no_sure_title() -> None:
    article = jm.parse_article(f"{_WHERE}\n\n{_CALL}")
    assert article.title is None or "title-uncertain" in {w.code for w in article.warnings}


def test_headline_over_two_field_lines_is_the_title() -> None:
    assert jm.parse_article(f"{_HEAD}\n\n{_WHEN}\n{_WHERE}\n\n{_CALL}").title == _HEAD


def test_headline_over_date_and_number_fields_is_the_title() -> None:
    """Any short label over a number is a field too («پذیرش دانشجو: ۳۰۰ نفر»)."""
    text = f"{_HEAD}\n\n{_WHEN}\nپذیرش دانشجو: ۳۰۰ نفر\n\n{_CALL}"
    assert jm.parse_article(text).title == _HEAD


def test_speaker_quote_headline_with_colon_stays_the_title_neg() -> None:
    """Near miss: a speaker's quote «وزیر نیرو: ...» ends with its verb: no field."""
    quote = "وزیر نیرو: سد تازه استان تا پایان سال آبگیری می شود"
    article = jm.parse_article(f"{quote}\n\n{_CALL}")
    assert article.title == quote
    assert "title-uncertain" not in {w.code for w in article.warnings}


# -- a news agency's stopped headline over a dated lead (attacks66/fix232's layout) -------------
_BREAD = "قیمت نان در نانوایی های آزادپز شهر از هفته آینده ده درصد بالا می رود."
_ASK = "آیا نان یارانه ای هم گران می شود؟"
_BREAD_LEAD = (
    "قیمت نان در نانوایی های آزادپز شهر از هفته آینده ده درصد بالا می رود و نرخ تازه "
    "روی تابلوی هر نانوایی نصب می شود."
)
_BREAD_TAIL = "درباره نان یارانه ای هنوز تصمیمی گرفته نشده است.\n"


def test_dated_lead_under_question_subtitle_gives_the_day() -> None:
    text = f"{_BREAD}\n{_ASK}\n\nتاریخ: ۲۲ دی ۱۴۰۲ | نویسنده: سارا نیک | {_BREAD_LEAD}\n\n{_BREAD_TAIL}"
    article = jm.parse_article(text)
    assert article.title == _BREAD
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2024-01-12"


def test_dated_lead_arabic_indic_digits_without_writer_gives_the_day() -> None:
    text = f"{_BREAD}\n{_ASK}\n\nتاریخ: ٢٢ دی ١٤٠٢ | {_BREAD_LEAD}\n\n{_BREAD_TAIL}"
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2024-01-12"


def test_stopped_headline_right_over_dated_lead_is_the_title() -> None:
    text = f"{_BREAD}\n\nتاریخ: ۲۲ دی ۱۴۰۲ | نویسنده: سارا نیک | {_BREAD_LEAD}\n\n{_BREAD_TAIL}"
    article = jm.parse_article(text)
    assert article.title == _BREAD
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2024-01-12"


def test_dated_paragraph_under_a_whole_lead_is_not_the_header_neg() -> None:
    """Near miss: a labelled day opening a paragraph under a whole lead paragraph (the
    body's second) is not read as the header's, as before."""
    lead = (
        "شورای شهر در نشست دیروز خود درباره نرخ تازه نان در نانوایی های آزادپز گفتگو کرد "
        "و تصمیم نهایی را به هفته آینده واگذاشت تا نظر اتحادیه هم شنیده شود."
    )
    text = f"{lead}\n\nتاریخ: ۲۲ دی ۱۴۰۲ | نویسنده: سارا نیک | {_BREAD_LEAD}\n\n{_BREAD_TAIL}"
    assert jm.parse_article(text).title is None


# -- a Blogfa month archive of signed posts (tests/pages 1430, 617) -----------------------------
_POSTS = (
    "باغچه کوچک\n\n"
    "کاشت گوجه در گلدان های بالکن\n\n"
    "گوجه را می شود در گلدان های بزرگ بالکن هم کاشت به شرط آنکه روزی شش ساعت آفتاب بخورد "
    "و خاک گلدان هر چند روز یک بار آبیاری شود.\n\n"
    "+ نوشته شده در  یکشنبه ۱۴ خرداد ۱۴۰۲ساعت ۹:۴۰  توسط مینا\n\n"
    "نگهداری از شمعدانی در تابستان\n\n"
    "شمعدانی ها را در گرمای ظهر از آفتاب مستقیم دور نگه دارید و خاکشان را خیس نگذارید.\n"
    "+ نوشته شده در  چهارشنبه ۱۰ خرداد ۱۴۰۲ساعت ۱۸:۱۵  توسط مینا\n"
)


def test_blogfa_month_archive_of_signed_posts_is_a_list() -> None:
    for url in ("http://baghche-koochak.blogfa.com/0203.aspx", None):
        article = jm.parse_article(_POSTS, url=url) if url else jm.parse_article(_POSTS)
        assert article.title is None
        assert article.published is None


def test_one_signed_blogfa_post_keeps_its_title_and_day_neg() -> None:
    """Near miss: one post signed once is the post: its headline and its day, as before."""
    one = _POSTS.split("نگهداری از شمعدانی", maxsplit=1)[0]
    article = jm.parse_article(one, url="http://baghche-koochak.blogfa.com/post/41")
    assert article.title == "کاشت گوجه در گلدان های بالکن"
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2023-06-04"


# -- Joomla's numbered menu alias (bakhtar.ac.ir, tests/pages 2218) ------------------------------
_NOTICE = (
    "اردوی علمی دانش آموزان برگزیده برگزار شد\n\n۱۸ آذر ۱۴۰۲\n\n"
    "اداره آموزش و پرورش ناحیه دو اعلام کرد که اردوی علمی دانش آموزان برگزیده المپیادها در "
    "هفته گذشته با حضور استادان دانشگاه در اردوگاه شهید باهنر برگزار شد.\n\n"
    "در این اردو دانش آموزان با آزمایشگاه های دانشگاه آشنا شدند و در کارگاه ها شرکت کردند.\n"
)


def test_joomla_transliterated_numbered_menu_gives_the_item() -> None:
    url = "http://amoozesh-nahie2.ir/index.php/khabarha-2/318-ordoo-elmi"
    assert jm.parse_article(_NOTICE, url=url).number == "318"


def test_joomla_numbered_menu_under_language_keeps_main_record_neg() -> None:
    """Near miss: the menu alias not right after the front script, or a year for a number:
    no item's number, as before."""
    assert (
        jm.parse_article(
            _NOTICE, url="http://amoozesh-nahie2.ir/index.php/fa/khabarha-2/318-ordoo-elmi"
        ).number
        is None
    )
    assert (
        jm.parse_article(
            _NOTICE, url="http://amoozesh-nahie2.ir/index.php/khabarha-2/1402-ordoo"
        ).number
        is None
    )


# -- a tax office's circular (ravihesab.com, tests/pages 2228) -----------------------------------
_CIRCULAR = (
    "-\nوضعیت : معتبر است\n-\nتاریخ بخشنامه : ۱۴۰۱/۰۷/۰۳\n-\nشماره بخشنامه : 88-204117\n\n"
    "موضوع: بخشودگی جرایم دیرکرد مودیان آسیب دیده از زلزله\n\n"
    "به اطلاع ادارات کل امور مالیاتی می رساند که جرایم دیرکرد مودیانی که از زلزله آسیب "
    "دیده اند تا پایان سال بخشوده می شود و ادارات باید فهرست آنان را به سازمان بفرستند.\n"
)


def test_publication_label_beside_circular_date_names_no_conflict() -> None:
    article = jm.parse_article("تاریخ انتشار : ۲ آبان ۱۴۰۱\n\n" + _CIRCULAR)
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2022-10-24"
    assert "published-conflict" not in {w.code for w in article.warnings}


def test_circular_date_alone_still_set_aside_with_warning_neg() -> None:
    """Near miss: the circular's own date alone: no publication, published-conflict said."""
    article = jm.parse_article(_CIRCULAR)
    assert article.published is None
    assert "published-conflict" in {w.code for w in article.warnings}
