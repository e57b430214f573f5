"""fix193: three of mut40's pages wrong on main (docs/reliability.md, "The fortieth round:
fix184-fix191 under mutation", "Seen on main and left for the lead"). Each positive fails on
main fad6fc31; each `-neg` near miss passes on main and after. The sentences are written
for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

_HEAD = "بازگشایی کتابخانه مرکزی شهر پس از نوسازی"


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- a daily box on a flattened page: the box ends at the page's own kicker ------------------
# Layout: Mehr's flattened news page (tests/pages 350 and 371 flattened, fix190): section,
# desk, the «پیام‌نما» box and its verse, then kicker, headline, lead, date, code, caption,
# text, no blank lines.
def _mehr_flat(verse: str) -> str:
    return (
        f"سیاست\nمجلس و انتخابات\nپیام‌نما\n{verse}\nسخنگوی شورای شهر خبر داد\n{_HEAD}\n"
        "سخنگوی شورای شهر از بازگشایی کتابخانه مرکزی شهر پس از دو سال نوسازی در هفته "
        "آینده خبر داد.\n۱۲ دی ۱۴۰۲\nکد خبر: ۴۵۶۷۱\nعکس: کتابخانه مرکزی\n"
        "کتابخانه مرکزی شهر با بیش از صد هزار جلد کتاب یکی از بزرگ‌ترین کتابخانه‌های "
        "استان است.\n"
    )


def test_daily_box_over_kicker_with_a_short_verse() -> None:
    """A verse of fourteen words (under the long verse's fifteen): the box ends before the
    kicker, whose headline the lead retells; the headline is the title, not the desk."""
    verse = "شب دراز باشد سپیده از پی آن می‌آید هر گره‌ای با شکیبایی باز شود"
    assert jm.parse_article(_mehr_flat(verse)).title == _HEAD


def test_daily_box_over_kicker_with_a_two_word_saying() -> None:
    """A box of one short saying line: the same."""
    assert jm.parse_article(_mehr_flat("صبر کلید گشایش است")).title == _HEAD


def test_daily_box_over_kicker_with_a_short_verse_neg() -> None:
    """Near miss: a hadith box whose speaker line stands over the saying (a paragraph that
    retells nothing of it), a blank line, then the article: the box keeps both lines and
    the headline over its lead is the title."""
    page = (
        "حدیث روز\nامام صادق (ع) فرمودند\nنیکی به پدر و مادر عمر را طولانی می‌کند.\n\n"
        f"{_HEAD}\n\nسخنگوی شورای شهر از بازگشایی کتابخانه مرکزی شهر پس از دو سال نوسازی "
        "در هفته آینده خبر داد.\n"
    )
    article = jm.parse_article(page)
    assert article.title == _HEAD


# -- a saying kicker over a date line or a byline, then the lead -----------------------------
# Layout: a tag page's one item (nojavaneplus.jamejamonline.ir, real57 #16; fix187) with its
# date line or byline printed under the kicker.
_KICKER = "وزیر آموزش و پرورش عنوان کرد"
_LEAD = (
    "وزیر آموزش و پرورش با اشاره به نشست خود با سازندگان مدارس گفت که دانش‌آموزان روستاهای "
    "مرزی از مهر سال آینده در کلاس‌های تازه درس خواهند خواند."
)


def test_kicker_over_date_line_and_lead_is_doubted() -> None:
    article = jm.parse_article(f"{_KICKER}\n۱۲ دی ۱۴۰۲\n{_LEAD}\n")
    assert "title-uncertain" in _codes(article)


def test_kicker_over_byline_and_lead_is_doubted() -> None:
    article = jm.parse_article(f"{_KICKER}\n\nخبرنگار: علی رضایی\n\n{_LEAD}\n")
    assert "title-uncertain" in _codes(article)


def test_kicker_over_date_line_headline_and_lead_neg() -> None:
    """Near miss: the kicker's headline is printed under the date line: it is the title,
    undoubted."""
    head = "کلاس‌های تازه برای روستاهای مرزی"
    article = jm.parse_article(f"{_KICKER}\n۱۲ دی ۱۴۰۲\n{head}\n{_LEAD}\n")
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


# -- a motto printed twice round the sentences, header lines over the lead --------------------
# Layout: fix189's hall page (a county's news page: headline, date, time, lead, the motto
# printed twice round a sentence).
_HALL = "سالن ورزشی چند منظوره روستای کلاته در حضور فرماندار افتتاح شد"


def _hall(header: str, top: str = _HALL) -> str:
    return (
        f"{top}\n{header}\n"
        "سالن ورزشی چند منظوره روستای کلاته با حضور فرماندار و جمعی از ورزشکاران افتتاح شد.\n"
        "ورزش برای همه روستاها\nفرماندار هم در پایان سخنانش این شعار را به یاد حاضران آورد.\n"
        "ورزش برای همه روستاها\nزمین چمن روستا هم تا پایان سال آینده آماده می‌شود.\n"
    )


def test_motto_twice_under_date_and_time_lines() -> None:
    article = jm.parse_article(_hall("۲۰ آذر ۱۴۰۲\nساعت: ۰۹:۳۰"))
    assert article.title == _HALL


def test_motto_twice_under_byline_and_time_lines() -> None:
    article = jm.parse_article(_hall("خبرنگار: علی رضایی\nساعت: ۰۹:۳۰"))
    assert article.title == _HALL


def test_motto_twice_under_code_and_time_lines() -> None:
    article = jm.parse_article(_hall("کد خبر: ۴۵۶۷۱\nساعت: ۰۹:۳۰"))
    assert article.title == _HALL


def test_motto_twice_under_date_and_time_lines_neg() -> None:
    """Near miss: the top line is a site's name the lead does not retell: the line printed
    twice is no motto by this rule and stays the title."""
    article = jm.parse_article(_hall("۲۰ آذر ۱۴۰۲\nساعت: ۰۹:۳۰", top="پایگاه خبری کویر"))
    assert article.title == "ورزش برای همه روستاها"
