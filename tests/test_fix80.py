"""fix80: older shapes found in real26 (an article's text cut after a comma read as a list's
excerpt; a site's name printed twice with a blank line between).

The layouts are real sites' (named by each test); the headlines and paragraphs are ours.
"""

from __future__ import annotations

import datetime as dt

import pytest

import jalali_meta as jm

HEADLINE = "برگزاری مراسم شب قدر در مساجد شهر با رعایت فاصله‌گذاری"
LEAD = (
    "مراسم احیای شب قدر امسال در مساجد شهر با رعایت دستورالعمل‌های بهداشتی و در فضای باز "
    "برگزار می‌شود و هیئت‌های مذهبی برنامه‌های خود را در فضای مجازی نیز پخش می‌کنند."
)
BODY = (
    "پس از شیوع بیماری در کشور، ستاد ملی مقابله با آن همه تجمعات را تا اطلاع ثانوی لغو کرد "
    "و مساجد و هیئت‌ها برای مدتی مراسم خود را به صورت مجازی برگزار کردند تا مردم در خانه "
    "بتوانند در این مراسم شرکت کنند."
)
# The stored text ends mid-sentence, after a comma (an extractor's or a search index's cut).
CUT = (
    "امسال نیز مساجد بزرگ شهر از هفته گذشته آماده برگزاری مراسم شده‌اند و برنامه شب‌های قدر "
    "را با هماهنگی ستاد اعلام کرده‌اند، از جمله برنامه شب بیست و سوم که (سه شنبه ۲۳،"
)

# -- 1. An article's text cut after a comma is no list's excerpt --


def test_an_article_cut_after_a_comma_under_its_labelled_code_is_one_article() -> None:
    # tabbyeen.ir/fa/news/6339/...: the date and time over the headline, the lead, «کد خبر :
    # 6339», the source line, then the body; the stored text ends after a comma.
    text = (
        f"25 اردیبهشت 1399 - 21:33\n\n{HEADLINE}\n\n{LEAD}\nکد خبر : 6339\n\n"
        f"پایگاه رهنما :\n\n{BODY}\n\n{CUT}"
    )
    for url in ("https://example.ir/fa/news/6339/slug", None):
        article = jm.parse_article(text, url=url)
        assert article.title == HEADLINE
        assert article.number == "6339"
        assert article.published is not None
        assert article.published.gregorian == dt.datetime(
            2020, 5, 14, 21, 33, tzinfo=article.published.gregorian.tzinfo
        )
        codes = {w.code for w in article.warnings}
        assert "listing-page" not in codes
        assert "title-uncertain" not in codes


def test_an_excerpt_cut_after_a_comma_under_its_headline_is_still_a_list() -> None:
    # Near miss: a tag page's items, each a headline over one excerpt, the last one cut
    # after a comma by the theme: a list (the paragraph right under a headline is an excerpt).
    other = "آغاز ثبت‌نام هیئت‌های مذهبی برای برگزاری مراسم در فضای باز"
    text = f"{HEADLINE}\n\n{LEAD}\n\n{other}\n\n{CUT}"
    article = jm.parse_article(text)
    codes = {w.code for w in article.warnings}
    assert "listing-page" in codes or "title-uncertain" in codes


# -- 2. A site's name printed twice with a blank line between is set aside --

UNI = "دانشگاه علوم پزشکی فسا"
NEWS = "ثبت‌نام دوره‌های آموزش ضمن خدمت کارکنان آغاز شد"
TEXT = (
    "معاونت آموزشی دانشگاه اعلام کرد ثبت‌نام دوره‌های آموزش ضمن خدمت کارکنان از شنبه آینده "
    "آغاز می‌شود و تا پایان ماه ادامه دارد و متقاضیان از طریق سامانه آموزش ثبت‌نام می‌کنند.\n\n"
    "به گفته مسئولان این دوره‌ها حضوری و مجازی برگزار می‌شود و گواهی پایان دوره برای همه "
    "شرکت‌کنندگان صادر می‌شود.\n"
)


def test_a_sites_name_twice_with_a_blank_line_between_is_not_the_title() -> None:
    # A university's site: its logo's alt text and its name, a blank line between, over the
    # news headline (the adjacent pair is attacks22's «site-twice-pos university»).
    for between in ("\n", "\n\n"):
        article = jm.parse_article(f"{UNI}{between}{UNI}\n\n{NEWS}\n\n{TEXT}")
        assert article.title == NEWS


def test_a_headline_twice_with_a_blank_line_between_is_the_title() -> None:
    # Near miss: a headline (it has a verb) printed twice, a blank line between, over a
    # shorter line: the page's title printed twice, not a site's name.
    kicker = "خبر دانشگاه"
    article = jm.parse_article(f"{NEWS}\n\n{NEWS}\n\n{kicker}\n\n{TEXT}")
    assert article.title == NEWS


def test_a_sites_name_twice_and_no_other_headline_stays_the_title() -> None:
    # Near miss: nothing headline-shaped under the name printed twice: it is the only title.
    article = jm.parse_article(f"{UNI}\n\n{UNI}\n\n{TEXT}")
    assert article.title == UNI


# -- 3. Urdu's year mark «ء» after a Gregorian year --


def test_urdus_year_mark_after_a_gregorian_year_is_read() -> None:
    # abparanama.com/article.php?ind=3&newsid=1219: «جمعرات 09 مارچ 2023ء» under the headline.
    stamp = jm.parse_datetime("09 مارچ 2023ء")
    assert stamp.calendar == "gregorian"
    assert stamp.gregorian == dt.date(2023, 3, 9)
    headline = "شہر میں بارش کے بعد سڑکوں کی مرمت کا کام شروع کر دیا گیا"
    body = (
        "شہری انتظامیہ نے بارش کے بعد خراب ہونے والی سڑکوں کی مرمت کا کام شروع کر دیا ہے اور "
        "حکام کے مطابق یہ کام اگلے ماہ کے آخر تک مکمل کر لیا جائے گا۔\n\n"
        "مرمت کے دوران کئی سڑکوں پر ٹریفک کو متبادل راستوں کی طرف موڑا جائے گا۔\n"
    )
    article = jm.parse_article(f"{headline}\n\nجمعرات 09 مارچ 2023ء\n\n{body}")
    assert article.published is not None
    assert article.published.gregorian == dt.date(2023, 3, 9)


def test_urdus_year_mark_after_a_jalali_month_is_a_contradiction() -> None:
    # Near miss: the mark says Gregorian, the month is Jalali: no date, never a guess.
    with pytest.raises(jm.DateError):
        jm.parse_datetime("3 بهمن 1401ء")
