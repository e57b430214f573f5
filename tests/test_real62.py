"""real62: the general causes of real62's sample (docs/real_sample.md "A fifty-first sample").

- A stamp in square brackets glued before the headline, «[15.Aug.2022 - 14:23]HEADLINE»
  (pashtoonkhwa.com, #10): the item's date, cut from the title.
- Ferdowsi's opening couplet, «به نام خداوند جان و خرد» over «کز این برتر اندیشه برنگذرد»,
  over a statement printing no headline (lawyernews.ir, #18): the couplet's second line is
  the invocation's, no title.
- A headline with its own first words glued after a colon, «HEADLINE : FIRST WORDS»
  (facenama.com, #12): the cut copy is not the headline's.
- A blog post's footer of bracketed cells, «[ WEEKDAY D MONTH YYYY ] [ ساعت HH و MM دقیقه و SS
  ثانیه ] [ AUTHOR ]» (mihanblog, #24): the post's date and time.
- WordPress's «/%year%/%post_id%/%postname%/» permalink, a Jalali year first
  («/1392/6606/<slug>/», irangardnews.ir, #27): the post's ID.

The headlines and bodies are written for these tests on the real pages' layouts."""

from __future__ import annotations

import datetime

from tests.checks import warning_codes

import jalali_meta as jm

STATEMENT = (
    "نشست سالانه انجمن صنفی مترجمان رسمی در روزهای پایانی هفته با حضور نمایندگان استان ها "
    "برگزار شد و اعضا درباره تعرفه های تازه و شیوه ثبت پرونده ها گفت وگو کردند.\n"
    "۱- انجمن از همه اعضا می خواهد تعرفه های مصوب را در دفاتر خود در معرض دید مراجعان قرار "
    "دهند و از دریافت مبلغی بیش از آن خودداری کنند.\n"
    "۲- انجمن بر لزوم آموزش مستمر اعضا تاکید می کند و برگزاری دوره های کوتاه مدت را در دستور "
    "کار کمیته آموزش قرار داده است.\n"
)


# -- a bracketed stamp before the headline (#10) ------------------------------------------


def _stamped(stamp: str, headline: str) -> str:
    # pashtoonkhwa.com's item (#10): the site's name, then the stamp glued to the headline,
    # the text, a quote's own date and a rule.
    return (
        "پښتونخوا\n"
        f"{stamp}{headline}\n"
        "د کلي د ښوونځي نوې ودانۍ پرون د سیمې د مشرانو او زده کوونکو په ګډون پرانیستل شوه او "
        "د ښوونځي مدیر وویل چې اوس به نجونې او هلکان په جلا ټولګیو کې درس ووایي.\n"
        "(د ښوونځي د مدیر له خبرو څخه ۳/مارچ/۲۰۱۹)\n"
        "-------\n"
    )


def test_a_bracketed_stamp_glued_before_the_headline_is_its_date() -> None:
    text = _stamped("[03.Mar.2021 - 09:40]", "د کلي ښوونځی / نوې ودانۍ / پرانیستل شوه")
    for record in (
        jm.parse_article(text, url="https://pashtosite.example/?cnt=5120&page=eng"),
        jm.parse_article(text),
    ):
        assert record.title == "د کلي ښوونځی / نوې ودانۍ / پرانیستل شوه"
        assert record.published is not None
        assert record.published.gregorian.replace(tzinfo=None) == datetime.datetime(
            2021, 3, 3, 9, 40
        )


def test_a_bracket_of_a_date_with_a_word_beside_it_keeps_the_line_whole_neg() -> None:
    # An act's name opening with its approval in brackets («(مصوب ...)»): no stamp, the line
    # stays as read.
    line = "(مصوب 1382/11/07) مجوز برگزاری جلسه فوق العاده شورای شهر در روز یکشنبه"
    record = jm.parse_article(f"قوانین و مقررات\n{line}\n{STATEMENT}")
    assert record.title == line
    assert record.published is None


# -- an invocation's couplet over a statement (#18) ---------------------------------------


def test_the_second_line_of_an_invocation_couplet_is_no_title() -> None:
    text = f"به نام خداوند جان و خرد\nکز این برتر اندیشه برنگذرد\n{STATEMENT}"
    for record in (
        jm.parse_article(text, url="https://lawnews.example/?p=2214"),
        jm.parse_article(text),
    ):
        assert record.title is None
        assert "title-uncertain" in warning_codes(record)


def test_a_headline_under_an_invocation_stays_the_title_neg() -> None:
    # The invocation, then a headline that rhymes with nothing: the headline names the text.
    headline = "بیانیه انجمن صنفی مترجمان رسمی درباره تعرفه های تازه"
    text = f"به نام خداوند جان و خرد\n{headline}\n{STATEMENT}"
    assert jm.parse_article(text).title == headline


# -- a headline with its cut copy glued after a colon (#12) -------------------------------


def _social_post(first: str) -> str:
    # facenama.com's post (#12): a section's line twice, the headline glued to its cut copy,
    # twice, the headline alone, «: HEADLINE», the text.
    return (
        "هر روز!\nهر روز!\n\n"
        f"{first}\n\n{first}\n\n"
        "کتابخانه ای در دل کوه های البرز!\n: کتابخانه ای در دل کوه های البرز!\n"
        "اهالی یک روستای کوهستانی در شمال کشور با کمک هم کتابخانه ای ساخته اند که در زمستان "
        "تنها جای گرم روستا برای خواندن و گفت وگوی جوانان است.\n"
    )


def test_a_headline_with_its_cut_copy_after_a_colon_is_the_headline_alone() -> None:
    text = _social_post("کتابخانه ای در دل کوه های البرز! : کتابخانه ای در")
    assert jm.parse_article(text).title == "کتابخانه ای در دل کوه های البرز!"


def test_a_headline_and_its_clause_after_a_colon_stay_whole_neg() -> None:
    # «NAME: WORDS» where the words after the colon are not the headline's own opening: a
    # speaker's headline, kept whole.
    line = "رئیس کتابخانه: کتابخانه روستا در زمستان باز می ماند"
    text = f"اخبار\n{line}\n{STATEMENT}"
    assert jm.parse_article(text).title == line


# -- a footer of bracketed cells (#24) -----------------------------------------------------


def _mihanblog_post(footer: str) -> str:
    # sahrainfo.mihanblog.com's post (#24): the title, the text, the topic line, the footer.
    return (
        "اردوی یک روزه کلاس ششم\n\n"
        "صبح زود با اتوبوس مدرسه به باغ گیاه شناسی شهر رفتیم و بچه ها نام درختان را در دفترچه "
        "های خود نوشتند و برای هر برگ نقاشی کوچکی کشیدند .\n\n"
        "ظهر در سایه درختان ناهار خوردیم و پیش از بازگشت هر گروه گزارش کوتاهی از دیده های خود "
        "برای دیگران خواند .\n"
        "موضوع: عمومی، خبر نامه ،\n"
        f"{footer}\n"
    )


def test_a_footer_of_bracketed_date_and_time_cells_is_the_posts_date() -> None:
    text = _mihanblog_post(
        "[ سه شنبه 5 آبان 1394 ] [ ساعت 10 و 20 دقیقه و 05 ثانیه ] [ خ مریم رضایی ]"
    )
    for record in (
        jm.parse_article(text, url="http://schoolnotes.mihanblog.com/post/412"),
        jm.parse_article(text),
    ):
        assert record.title == "اردوی یک روزه کلاس ششم"
        assert record.published is not None
        assert record.published.jalali_date == (1394, 8, 5)
        assert record.published.gregorian.hour == 10
        assert record.published.gregorian.minute == 20


def test_bracketed_cells_with_a_long_sentence_beside_the_date_neg() -> None:
    # A line of brackets whose second cell is a sentence, not a time or a name: no footer.
    text = _mihanblog_post(
        "[ سه شنبه 5 آبان 1394 ] [ این نوشته را برای همه همکاران و دانش آموزان عزیز مدرسه "
        "نوشتم که در اردو همراه ما بودند ]"
    )
    assert jm.parse_article(text).published is None


# -- WordPress's year and post ID before the slug (#27) -----------------------------------


def test_a_post_id_after_the_years_segment_is_the_number() -> None:
    text = "بازگشایی موزه خط پس از مرمت\n" + STATEMENT
    url = "https://tourismnews.example/1392/6606/بازگشایی-موزه-خط-پس-از-مرمت/"
    assert jm.parse_article(text, url=url).number == "6606"


def test_a_month_and_day_code_after_the_years_segment_is_no_number_neg() -> None:
    text = "بازگشایی موزه خط پس از مرمت\n" + STATEMENT
    url = "https://tourismnews.example/2019/1215/reopening-of-the-museum/"
    assert jm.parse_article(text, url=url).number is None
