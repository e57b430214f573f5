"""fix171: the fifty-seventh attack round's findings (docs/reliability.md «Attacks,
fifty-seventh round», benchmarks/attacks57.py).

1. A paragraph opening with the whole headline-shaped line over its date line is no lead
   under a header: a site's name, its date banner and its description opening with the name
   (``_article._lead_under_header``), so the headline printed twice under them is the title.
2. The date line of fix161's header block over a lead may carry its label («تاریخ انتشار:
   ...», «ارسال شده در ...»): a verse quoted twice under that lead is no title.
3. fix167's three-word headline under a site's frame may stand over a labelled date line;
   the views counter of fix167's code/section/views block may print its value first
   («219 بازدید»).
4. More English function words in a ``?paged=N`` slug («about», «our»...).
5. A rule of tatweels («ــــ», spaced or not) is a separator line (fix160's frame).
6. A tags or category line is a post's footer line (fix165's plural-label doubt), and a
   glued plural of a noun ending in «ی» («نقاشیهای») is a plural label.

The positives fail on main 4baa7ac5; the ``-neg`` near misses pass on both. The sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

_DAY = "۲۰ آذر ۱۴۰۲"  # 20 Azar 1402 = 2023-12-11, a Monday


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- 1. a site's name, its date banner and its description over the headline printed twice
_SITE = "فرهنگسرای محله یاس"
_CLASS_HEAD = "دوره خوشنویسی برای نوجوانان در فرهنگسرا آغاز می‌شود"
_SITE_TEXT = (
    f"{_SITE}\n"
    f"دوشنبه {_DAY}\n"
    f"{_SITE} هر ماه برنامه‌های تازه‌ای در رشته‌های هنری برای همه اهالی محله برگزار می‌کند "
    "و خبر آن‌ها را در همین صفحه می‌نویسد.\n\n"
    f"{_CLASS_HEAD}\n\n"
    "نوجوانان سیزده تا هجده ساله می‌توانند در این دوره ثبت نام کنند.\n\n"
    f"{_CLASS_HEAD}\n\n"
    "دوره تازه خوشنویسی نوجوانان از شنبه آینده در فرهنگسرای محله آغاز می‌شود و ثبت نام آن "
    "تا پایان هفته ادامه دارد.\n\n"
    "استاد دوره گفت هنرجویان در پایان دوره کارهای خود را به نمایش می‌گذارند.\n"
)


def test_site_description_under_date_banner_is_no_lead() -> None:
    """The headline printed twice under the site's description is the title, not the name."""
    assert jm.parse_article(_SITE_TEXT).title == _CLASS_HEAD


_POET_HEAD = "شب شعر جوانان در فرهنگسرای محله یاس برگزار شد"
_POET_LEAD = (
    "شب شعر جوانان دیشب در فرهنگسرای محله یاس با حضور ده شاعر جوان برگزار شد و هر کدام "
    "شعری تازه خواندند."
)
_VERSE = "ای باد صبا خبر ز یاران آور"
_INTRO = "یکی از شاعران این مصرع را در آغاز شعرش خواند:"
_CLOSE = "برگزارکنندگان گفتند شب شعر بعدی ماه آینده برگزار می‌شود."


def test_lead_retelling_its_headline_keeps_the_verse_out_neg() -> None:
    """fix161's reading holds: a lead retelling its headline (not opening with it whole)
    under the headline and a date line, a verse quoted twice under it: the headline."""
    text = f"{_POET_HEAD}\n{_DAY}\n{_POET_LEAD}\n{_VERSE}\n{_INTRO}\n{_VERSE}\n{_CLOSE}\n"
    article = jm.parse_article(text)
    assert article.title == _POET_HEAD
    assert "title-uncertain" not in _codes(article)


# -- 2. a labelled date line in fix161's header block
def _forum(date_line: str) -> str:
    return f"{_POET_HEAD}\n{date_line}\n{_POET_LEAD}\n{_VERSE}\n{_INTRO}\n{_VERSE}\n{_CLOSE}\n"


def test_verse_quoted_twice_under_labelled_date_line_is_no_title() -> None:
    for date_line in (f"تاریخ انتشار: {_DAY} - ۱۸:۴۰", f"ارسال شده در {_DAY}"):
        article = jm.parse_article(_forum(date_line))
        assert article.title == _POET_HEAD, date_line
        assert article.published is not None
        assert article.published.gregorian.isoformat().startswith("2023-12-11")


def test_labelled_date_line_headline_printed_twice_neg() -> None:
    """The headline printed at the top and again over the lead, a labelled date line between."""
    text = f"{_POET_HEAD}\nتاریخ انتشار: {_DAY}\n{_POET_HEAD}\n{_POET_LEAD}\n{_CLOSE}\n"
    assert jm.parse_article(text).title == _POET_HEAD
