"""fix167: what the thirty-fifth mutation round saw main get wrong (docs/reliability.md «The
thirty-fifth round: fix150-fix159 under mutation»): parse_html raising IndexError on a page
of a name printed three times over a title printed twice and no running text; a site's frame
over a three-word headline given as the title; a section line between the item's code and
its views counter given as the title when no date line is printed.

The positives fail on main 84b00c8f; the near misses (``-neg``) pass on both. The sentences
are written for these tests (the toolbar's layout is gsi.ir's, tests/pages 1863).
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

pytest.importorskip("selectolax")  # (parse_html's pages)


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _html(head: str, lines: list[str]) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return f"<html><head>{head}</head><body>{body}</body></html>"


# -- 1. a name printed three times over a title printed twice, no running text ----------------
_NAME, _TITLE = "مجله علمی سبز", "هشدار آلودگی"
_LEAD = (
    "اداره کل حفاظت محیط زیست استان با انتشار اطلاعیه‌ای از شهروندان خواست به دلیل افزایش "
    "آلاینده‌های هوا تا پایان هفته از تردد غیرضروری خودداری کنند."
)
_HEADS = [f"<title>{_TITLE}</title>", f'<meta property="og:title" content="{_TITLE}">']


@pytest.mark.parametrize("head", _HEADS)
def test_name_thrice_title_twice_no_text(head: str) -> None:
    """The title the page's <title> (or og:title) names, no IndexError (main raised it)."""
    article = jm.parse_html(_html(head, [_NAME] * 3 + [_TITLE] * 2))
    assert article.title == _TITLE
    assert "title-uncertain" not in _codes(article)


def test_name_thrice_title_twice_no_text_in_divs() -> None:
    """The same page with each line in a <div>."""
    body = "".join(f"<div>{line}</div>" for line in [_NAME] * 3 + [_TITLE] * 2)
    article = jm.parse_html(f"<html><head>{_HEADS[0]}</head><body>{body}</body></html>")
    assert article.title == _TITLE


@pytest.mark.parametrize("head", _HEADS)
def test_title_printed_once_neg(head: str) -> None:
    """A title printed once under the name printed three times: the title, as on main."""
    article = jm.parse_html(_html(head, [_NAME] * 3 + [_TITLE]))
    assert article.title == _TITLE


def test_name_thrice_title_twice_over_text_neg() -> None:
    """The rule's own page (tests/pages 1868's shape): running text under the copies."""
    article = jm.parse_html(_html(_HEADS[0], [_NAME] * 3 + [_TITLE] * 2 + [_LEAD]))
    assert article.title == _TITLE


def test_name_twice_title_twice_no_text_neg() -> None:
    """The name printed only twice: no rule of three; main's reading, doubted, is kept."""
    article = jm.parse_html(_html(_HEADS[0], [_NAME] * 2 + [_TITLE] * 2))
    assert article.title == _TITLE or "title-uncertain" in _codes(article)


# -- 2. a site's frame over a three-word headline --------------------------------------------
_FRAMES = [".: فرهنگسرا :.", ".: پورتال خبری فرهنگسرای شهر :."]
_SHORT_HEAD = "افتتاح نمایشگاه کتاب"
_BODY = (
    "نمایشگاه کتاب کودک و نوجوان امروز با حضور مدیر فرهنگسرا و جمعی از نویسندگان استان در "
    "تالار اصلی گشایش یافت و تا پایان هفته برای بازدید عموم باز است.\n\n"
    "مدیر فرهنگسرا گفت بیش از سی ناشر در این نمایشگاه شرکت کرده‌اند."
)
_DAY = "۱۲ آذر ۱۴۰۲"


@pytest.mark.parametrize("frame", _FRAMES)
@pytest.mark.parametrize("date", [f"\n{_DAY}", f"\n\n{_DAY}", ""])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_site_frame_over_three_word_headline(frame: str, date: str, gap: str) -> None:
    """The headline under the site's frame, not the frame's name (main gave the name)."""
    article = jm.parse_article(f"{frame}{gap}{_SHORT_HEAD}{date}\n\n{_BODY}")
    assert article.title == _SHORT_HEAD


@pytest.mark.parametrize("frame", _FRAMES)
def test_site_frame_over_long_headline_neg(frame: str) -> None:
    """A real site's frame over a long headline: the headline (fix151), unchanged."""
    head = "نمایشگاه کتاب کودک و نوجوان در فرهنگسرای شهر گشایش یافت"
    article = jm.parse_article(f"{frame}\n{head}\n{_DAY}\n\n{_BODY}")
    assert head == article.title


@pytest.mark.parametrize("author", ["دکتر علی احمدی", "مریم احمدی کرمانی"])
@pytest.mark.parametrize("frame", [".: یادداشت :.", ".: سیری در تاریخ سفالگری ایران :."])
def test_framed_title_over_three_word_author_neg(frame: str, author: str) -> None:
    """A framed title over its author's three-word name, set apart: the framed title; a
    person's name, sharing no word with the text, is no headline under a site's frame."""
    article = jm.parse_article(f"{frame}\n\n{author}\n\n{_BODY}")
    assert frame[3:-3] == article.title


# -- 3. the section between the item's code and its views counter, no date line --------------
_MENU = ["صفحه اصلی", "اخبار", "معرفی سازمان", "تماس با ما"]
_HEADLINE = "رانش زمین چند خانه روستایی را در بر گرفت"
_SECTION = "رويدادهاى زمين و معدن"
_LEADS = [
    "بر اثر بارندگی‌های شدید روزهای اخیر، رانش زمین در روستای کوهستانی بالاده چند خانه "
    "مسکونی را تخریب کرد و کارشناسان زمین‌شناسی برای بررسی علت حادثه به محل اعزام شدند.",
    "به گفته اهالی، ترک‌هایی در زمین‌های کشاورزی بالای روستا از هفته گذشته دیده می‌شد.",
]


def _toolbar(section: str, date: list[str], sep: str) -> str:
    return sep.join([*_MENU, _HEADLINE, *date, "کد : ۲۴۱۱", section, "تعداد بازدید:۲۱۹", *_LEADS])


@pytest.mark.parametrize("section", [_SECTION, "رانش زمین در روستا"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_section_between_code_and_views_without_date(section: str, sep: str) -> None:
    """The headline over the item's code, number 2411 (main gave the section, silently)."""
    article = jm.parse_article(_toolbar(section, [], sep))
    assert (article.title, article.number) == (_HEADLINE, "2411")


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_section_with_date_line_neg(sep: str) -> None:
    """With the date line in the block: the headline (fix154), unchanged."""
    article = jm.parse_article(_toolbar(_SECTION, ["۱۴ آذر ۱۴۰۲ | ۱۲:۵۹"], sep))
    assert (article.title, article.number) == (_HEADLINE, "2411")
