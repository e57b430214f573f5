"""fix234: blind83's pages (tests/pages 2230-2247).

- Blogfa's month archive at the blog's root, ``/YYMM.aspx`` (``/9207.aspx``: Jalali 1392,
  month 07; 0797525627.blogfa.com's archive, tests/pages 2232 and 2233): that month's posts,
  no item's number (Blogfa's posts are ``/post/N`` and ``/post-N.aspx``).
- A page of fields with no headline: three or more «LABEL: VALUE» lines in a row, each its own
  label (a conference minisite's important dates, dubaiconf.ir, tests/pages 2235): no line of
  it is the title.

Every sentence written for these tests, values changed.
"""

from __future__ import annotations

import jalali_meta as jm

# -- Blogfa's month archive (0797525627.blogfa.com) ---------------------------------------------
_BLOG = (
    "یادداشت های کوهپایه\n\n"
    "دفتری برای شعرهای محلی و قصه های روستا !\n\n"
    "عنوان : ترانه های چوپانی\n\n"
    "در شب های زمستان پیرمردهای ده این ترانه ها را کنار آتش می خواندند و بچه ها "
    "بیت به بیت آن را تکرار می کردند تا از یاد نرود.\n\n"
    "هر بیت از زبان چوپانی است که گله را به دامنه برده و از دوری خانه گله می کند.\n"
)


def test_blogfa_month_archive_code_address_names_no_item() -> None:
    article = jm.parse_article(_BLOG, url="http://kuhpayeh1360.blogfa.com/9207.aspx")
    assert article.number is None


def test_blogfa_post_address_keeps_its_number_neg() -> None:
    """Near miss: a Blogfa post's own address keeps its number."""
    article = jm.parse_article(_BLOG, url="http://kuhpayeh1360.blogfa.com/post-57.aspx")
    assert article.number == "57"


def test_four_digit_aspx_off_blogfa_keeps_main_record_neg() -> None:
    """Near miss: the same four digits at another host's root (no Blogfa archive) and a
    code whose month cannot be one (``/9213.aspx``) stay read as before."""
    assert jm.parse_article(_BLOG, url="http://kuhpayeh.ir/9207.aspx").number == "9207"
    assert jm.parse_article(_BLOG, url="http://kuhpayeh1360.blogfa.com/9213.aspx").number == "9213"


# -- a conference minisite's important dates (dubaiconf.ir) ---------------------------------------
_DATES = (
    "آخرین مهلت ارسال چکیده مقالات :  12دی ماه 1398\n"
    "آخرین مهلت ثبت نام حضوری: 3بهمن ماه 1398\n"
    "اعلام نتایج داوری مقالات : 10 روز پس از ارسال چکیده\n"
    "اعلام نتایج داوری فوری : 1 الی 2 روز پس از ارسال\n"
    "برگزاری همایش : 20 و 21 بهمن ماه 1398\n"
)


def test_page_of_deadline_fields_has_no_title() -> None:
    assert jm.parse_article(_DATES).title is None
    assert jm.parse_article(_DATES, url="http://hamayesh-sample.ir/fa/?id=12&p=3").title is None


# -- near miss: a headline quoting a speaker over its lead, two fields below ---------------------
_QUOTE = (
    "مدیر آبفای استان: مخزن تازه شهر تا پایان تابستان آبگیری می شود\n\n"
    "مدیر آبفای استان گفت ساخت مخزن پنجاه هزار مترمکعبی شمال شهر رو به پایان است و با "
    "آبگیری آن فشار آب در محله های بالادست در روزهای گرم سال افت نخواهد کرد.\n\n"
    "منبع: روابط عمومی آبفا\n"
    "برچسب ها: آب، مخزن\n"
)


def test_speaker_headline_over_lead_and_two_fields_stays_the_title_neg() -> None:
    """Near miss: a headline with a colon over its lead, two fields under the lead: not
    three fields in a row, the headline stays the title."""
    assert (
        jm.parse_article(_QUOTE).title
        == "مدیر آبفای استان: مخزن تازه شهر تا پایان تابستان آبگیری می شود"
    )
