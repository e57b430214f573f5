"""Cases that kill the survivors of benchmarks/hand_mutants_today.py (the rules added on
2026-12-03 under hand mutants): each pins a rule's edge a user relies on, through the
public API. The wording is ours; the layouts are those of the rules' real pages."""

from __future__ import annotations

from urllib.parse import quote

from tests.checks import COUNCIL_BODY as BODY
from tests.checks import COUNCIL_HEADLINE as HEADLINE
from tests.checks import ESSAY_BODY as ESSAY
from tests.checks import SCHOOL_BODY as BODY2
from tests.checks import SCHOOL_HEADLINE as HEADLINE2

import jalali_meta as jm


def _url(words: str, base: str = "https://example.ir/") -> str:
    return base + quote("-".join(words.split())) + "/"


def _uncertain(article: jm.Article) -> bool:
    return any(w.code == "title-uncertain" for w in article.warnings)


# -- the address's slug names another headline (_article._slug_disowns) ----------------------

OTHER = "نشست علنی اعضای پارلمان محلی پایتخت"


def test_slug_headline_printed_lower_on_the_page_does_not_doubt_the_title() -> None:
    # The slug's words are printed on the page (a box under the text): the slug names a
    # line the page holds, not a headline it leaves out.
    url = _url(OTHER, "https://example.ir/news/12345/")
    article = jm.parse_article(f"{HEADLINE}\n\n{BODY}\nمطالب مرتبط\n\n{OTHER}\n", url=url)
    assert article.title == HEADLINE
    assert not _uncertain(article)


def test_slug_headline_not_printed_doubts_the_title() -> None:
    url = _url(OTHER, "https://example.ir/news/12345/")
    article = jm.parse_article(f"{HEADLINE}\n\n{BODY}", url=url)
    assert article.title == HEADLINE
    assert _uncertain(article)


# -- a quoted two-clause first line: an epigraph only with no header over it ------------------

QUOTE = "«دانش توانایی است، و توانایی آزادی»"


def test_quoted_line_under_a_byline_is_the_headline() -> None:
    # A header line over it (the author's): the page has a header, the quote heads it.
    article = jm.parse_article(f"نویسنده: علی رضایی\n\n{QUOTE}\n\n{ESSAY}")
    assert article.title == QUOTE
    assert not _uncertain(article)


def test_several_quoted_names_are_no_epigraph() -> None:
    # Three quoted words in a row with a comma between: a headline naming things, not one
    # quoted sentence of two clauses.
    line = "«صلح»، «پیشرفت» و «عدالت»"
    article = jm.parse_article(f"{line}\n\n{ESSAY}")
    assert article.title == line
    assert not _uncertain(article)


# -- «خانه اخبار ویژه ...»: a list's name whose crumb goes on is not cut alone -----------------


def test_home_news_and_more_section_words_without_a_headline_stay_uncut() -> None:
    # «اخبار ویژه» is the section, and too few words follow it for a headline: nothing is cut
    # (not «ویژه استان جدید» as a headline after «خانه اخبار»).
    article = jm.parse_article(f"خانه اخبار ویژه استان جدید\n\n{BODY}")
    assert article.title == "خانه اخبار ویژه استان جدید"
    assert _uncertain(article)


# -- a headline glued to its lead, read from the slug (_article._slug_glued_headline_end) -----

LEAD = (
    "نقاش پیشکسوت کشور از نخستین هنرمندانی بود که آثارش در نمایشگاه‌های خارجی دیده شد. "
    "او در این گفتگو از روزهای شاگردی و کارگاه کوچکش در محله‌ای قدیمی می‌گوید.\n"
)
GLUED_HEAD = "دانش‌آموزان به کلاس‌ها بازگشتند"
GLUED_LEAD = (
    "معلمان مدرسه‌های شهر از روز شنبه کلاس‌های جبرانی را آغاز کردند و گفتند برنامه تا "
    "پایان ماه ادامه دارد.\n"
)


def test_slug_ending_two_letters_into_a_word_cuts_no_headline() -> None:
    # «...-از-نخ» over «... از نخستین ...»: two letters are no word's end (a slug cut short).
    article = jm.parse_article(LEAD, url=_url("نقاش پیشکسوت کشور از نخ"))
    assert article.title is None


def test_slug_of_four_words_reads_a_glued_headline_in_doubt() -> None:
    article = jm.parse_article(GLUED_HEAD + GLUED_LEAD, url=_url("دانشآموزان به کلاسها بازگشتند"))
    assert article.title == GLUED_HEAD
    assert _uncertain(article)


def test_slug_of_three_words_reads_no_glued_headline() -> None:
    # Three words (a tag's or a section's name as often as a headline's): no cut.
    article = jm.parse_article(GLUED_HEAD + GLUED_LEAD, url=_url("دانشآموزان کلاسها بازگشتند"))
    assert article.title is None


# -- a shared dateline: a short line ending with a colon, under another headline ---------------


def test_source_line_without_a_colon_printed_twice_is_no_shared_dateline() -> None:
    # «نیوز ویم - هرات» without the colon: a source's name, not a post's dateline.
    line = "نیوز ویم - هرات"
    text = f"{HEADLINE}\n\n{line}\n\n{BODY}\n{HEADLINE2}\n\n{line}\n\n{BODY2}"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert not _uncertain(article)


def test_dateline_printed_again_under_the_same_headline_is_no_second_post() -> None:
    # The headline printed again with its dateline (the article twice): one post.
    line = "نیوز ویم - هرات:"
    text = f"{HEADLINE}\n\n{line}\n\n{BODY}\n{HEADLINE}\n\n{line}\n\n{BODY2}"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert not _uncertain(article)


# -- the day the lead calls today (_evidence.today_days) -------------------------------------


def test_today_with_no_such_day_names_no_day() -> None:
    from jalali_meta.testing import LINE_EVIDENCE

    today_days = LINE_EVIDENCE["today days"]
    assert today_days("имрӯз, 30 апрел") == {("gregorian", 4, 30)}
    assert today_days("имрӯз, 32 апрел") == set()
    assert today_days("имрӯз, 0 апрел") == set()


# -- an Arabic weekday on a date line (_header._arabic_date_line) ------------------------------

ARABIC_PAGE = "عنوان خبر آزمایشی\n{line}\nمتن خبر آزمایشی که در اینجا نوشته شده است و ادامه دارد.\n"


def test_arabic_page_date_beside_a_lunar_date_stays_a_widget() -> None:
    line = "السبت, 05 أيلول/سبتمبر 2015 05:48 - 21 ذو القعدة 1436"
    assert jm.parse_article(ARABIC_PAGE.format(line=line)).published is None


def test_arabic_weekday_over_a_persian_date_stays_a_widget() -> None:
    # Only an Arabic page's own date (a month's two Arabic names) makes the weekday its own.
    line = "السبت ۱۴ شهریور ۱۳۹۴"
    assert jm.parse_article(ARABIC_PAGE.format(line=line)).published is None


def test_arabic_page_date_alone_is_read() -> None:
    line = "السبت, 05 أيلول/سبتمبر 2015 05:48"
    published = jm.parse_article(ARABIC_PAGE.format(line=line)).published
    assert published is not None
    assert published.gregorian.isoformat() == "2015-09-05T05:48:00+04:30"


# -- the summer zone names read (vocab.ZONE_ABBREVIATIONS) --------------------------------------


def test_each_north_american_summer_zone_is_read_with_its_own_offset() -> None:
    # 07:44 in PDT (-7), MDT (-6) and EDT (-4) is 14:44, 13:44 and 11:44 UTC.
    for zone, hour in (("PDT", 19), ("MDT", 18), ("EDT", 16)):
        stamp = jm.parse_datetime(f"20 Aug 2012 07:44 AM {zone}")
        assert (stamp.gregorian.hour, stamp.gregorian.minute) == (hour, 14)
