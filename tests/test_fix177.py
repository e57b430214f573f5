"""fix177: the thirty-seventh mutation round's inputs wrong on main (docs/reliability.md, «The
thirty-seventh round: fix162, fix166, fix168-fix171 under mutation», mutants 31 and 36's
pages). A short part of a three-part <title> («SITE - HEADLINE - SECTION») printed alone over
a page with no <h1> is a name, not the title: <title>'s headline part is; a headline's first
part printed again under the lead (a subheading between the lead and the rest of the text)
is a copy of it, not a better title. The sentences are written for these tests. Every
positive fails on main 0524c79b; every ``-neg`` passes there too."""

from __future__ import annotations

import pytest

import jalali_meta as jm

# -- 1. A short part of a three-part <title> printed alone (mutant 31) ------------------------

_PORTAL = "پایگاه خبری شهرداری منطقه هفت"
_HEADLINE = "بازگشایی پل عابر پیاده میدان امام پس از دو ماه تعمیر"
_OFFICE = "معاونت فنی و عمرانی"
_LEAD = (
    "معاون فنی و عمرانی شهرداری منطقه گفت: پل عابر پیاده میدان امام پس از تعویض پله‌های "
    "برقی و نوسازی سقف آن از صبح امروز به روی شهروندان باز شد و هزینه این کار از بودجه "
    "عمرانی منطقه پرداخت شده است."
)


def _page(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html dir="rtl"><head><meta charset="UTF-8"><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    )


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        (f"{_PORTAL} - {_HEADLINE} - {_OFFICE}", _OFFICE),  # the last part (silent on main)
        (f"{_PORTAL} - {_HEADLINE} - {_OFFICE}", _PORTAL),  # the first part (warned on main)
        (f"اخبار - {_HEADLINE} - {_PORTAL}", _PORTAL),  # a section first, the site last
        (f"{_PORTAL} | {_HEADLINE} | {_OFFICE}", _OFFICE),  # bars between
    ],
)
def test_short_part_of_a_three_part_title_printed_alone_is_no_title(
    title: str, printed: str
) -> None:
    """The name printed alone over the lead, no <h1>: <title>'s headline part is the
    title, never the name."""
    pytest.importorskip("selectolax")
    article = jm.parse_html(_page(title, printed, _LEAD))
    assert article.title == _HEADLINE


def test_three_part_title_neg_headline_printed() -> None:
    """-neg: the page prints <title>'s headline part itself: it stays the title."""
    pytest.importorskip("selectolax")
    title = f"{_PORTAL} - {_HEADLINE} - {_OFFICE}"
    assert jm.parse_html(_page(title, _HEADLINE, _LEAD)).title == _HEADLINE


def test_three_part_title_neg_long_part_printed() -> None:
    """-neg: a part of more than six words is no name («SITE - HEADLINE - A SECOND LONG
    LINE»): printed alone over the lead, it stays the title (today's reading)."""
    pytest.importorskip("selectolax")
    line = "نوسازی پله‌های برقی و سقف پل عابر پیاده در میدان اصلی شهر"
    title = f"{_PORTAL} - {line} - {_OFFICE}"
    assert jm.parse_html(_page(title, line, _LEAD)).title == line


def test_three_part_title_neg_no_headline_part() -> None:
    """-neg: three short parts, none a headline's length longer than the others («SITE -
    اخبار - SECTION»): no headline part to give; the printed name gives no title, with a
    warning (today's reading)."""
    pytest.importorskip("selectolax")
    article = jm.parse_html(_page(f"{_PORTAL} - اخبار - {_OFFICE}", _OFFICE, _LEAD))
    assert article.title is None
    assert "title-uncertain" in {w.code for w in article.warnings}


def test_three_part_title_neg_h1_printed() -> None:
    """-neg: an <h1> holding the headline is the title, the name over it aside."""
    pytest.importorskip("selectolax")
    html = (
        f'<html dir="rtl"><head><meta charset="UTF-8"><title>{_PORTAL} - {_HEADLINE} - '
        f"{_OFFICE}</title></head><body><p>{_OFFICE}</p><h1>{_HEADLINE}</h1><p>{_LEAD}</p>"
        "</body></html>"
    )
    assert jm.parse_html(html).title == _HEADLINE


# -- 2. The headline's first part again under the lead (mutant 36) ----------------------------

_FIRST = "سفری به شهر تاریخی کاشان"
_WHOLE = f"{_FIRST}؛ شهری میان کویر و باغ‌های گل محمدی"
_INTRO = (
    "کاشان در لبه کویر مرکزی ایران است و هر سال در فصل گلاب‌گیری هزاران مسافر از شهرهای "
    "دیگر به روستاهای اطراف آن می‌آیند؛ خانه‌های تاریخی شهر هم در همین روزها پر از مهمان است."
)
_TEXT = (
    "برای رسیدن به کاشان از تهران باید بزرگراه قم را تا پایان رفت و سپس به سمت جنوب پیچید؛ "
    "راه حدود سه ساعت طول می‌کشد."
)


def _post(
    whole: str, *top: str, under: tuple[str, ...] = (_INTRO, _TEXT), sep: str = "\n\n"
) -> str:
    """WHOLE / TOP / the lead / FIRST / UNDER (the lead printed again, then the text)."""
    return sep.join([whole, *top, _INTRO, _FIRST, *under]) + "\n"


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_first_part_under_the_lead_gives_the_whole_headline(sep: str) -> None:
    """WHOLE / lead / FIRST / the lead again / text: the whole headline, no warning (FIRST,
    silently, on main: the line over the lead's second print)."""
    article = jm.parse_article(_post(_WHOLE, sep=sep))
    assert article.title == _WHOLE
    assert "title-uncertain" not in {w.code for w in article.warnings}


def test_first_part_under_a_byline_and_the_lead_gives_the_whole_headline() -> None:
    """A byline under the headline: the same."""
    article = jm.parse_article(_post(_WHOLE, "نویسنده: سارا احمدی"))
    assert article.title == _WHOLE
    assert "title-uncertain" not in {w.code for w in article.warnings}


def test_first_part_with_a_colon_under_the_lead() -> None:
    """The same with a colon between the headline's parts."""
    whole = _WHOLE.replace("؛", ":")
    assert jm.parse_article(_post(whole)).title == whole


def test_first_part_under_the_lead_neg_one_word_rest() -> None:
    """-neg: a rest of one word («...: عکس») is no headline's second part: the line under
    the lead stays the title (today's reading)."""
    assert jm.parse_article(_post(f"{_FIRST}: عکس")).title == _FIRST


def test_first_part_under_the_lead_neg_other_first_part() -> None:
    """-neg: a line above whose first part is other words is no whole headline of the line:
    the line under the lead stays the title (today's reading)."""
    whole = "سفر نوروزی؛ شهری میان کویر و باغ‌های گل محمدی"
    assert jm.parse_article(_post(whole)).title == _FIRST


def test_first_part_under_the_lead_neg_kicker_opening_otherwise() -> None:
    """-neg: a line above holding the words after a kicker («گزارش: FIRST در بهار») does not
    open with them: the line under the lead stays the title."""
    assert jm.parse_article(_post(f"گزارش: {_FIRST} در بهار")).title == _FIRST


def test_first_part_under_the_lead_neg_dated_line() -> None:
    """-neg: a date line under the short line, no paragraph right under it: the short line
    is a headline over its date, not a subheading (today's reading kept)."""
    article = jm.parse_article(_post(_WHOLE, under=("۱۲ تیر ۱۴۰۲", _INTRO, _TEXT)))
    assert article.title == _FIRST


# -- 3. A headline's halves parted by a blank line, the whole printed below (mutant 7) --------

_DATE = "۱۸ مهر ۱۴۰۲"
_HALF = "هیئت مدیره باشگاه ورزشی شهر برنامه تمرین تابستانی"
_REST = "را اعلام کرد"
_BODY = (
    "مدیر باشگاه گفت برنامه تازه از اول تیر آغاز می‌شود و کلاس‌های شنا، والیبال و بسکتبال "
    "در سه نوبت صبح، عصر و شب برگزار خواهد شد.\n\n"
    "ثبت‌نام از هفته آینده در دفتر باشگاه و پایگاه اینترنتی آن انجام می‌شود.\n"
)


def test_halves_parted_by_a_blank_line_yield_to_the_whole_print() -> None:
    """HALF / blank / «را ...» / DATE / the two as one line: the whole line is the headline
    («را اعلام کرد», doubted, on main)."""
    whole = f"{_HALF} {_REST}"
    for sep in ("\n\n", "\n"):
        text = f"{_HALF}\n\n{_REST}{sep}{_DATE}{sep}{whole}\n\n{_BODY}"
        article = jm.parse_article(text)
        assert article.title == whole
        assert "title-uncertain" not in {w.code for w in article.warnings}


def test_halves_parted_by_a_blank_line_neg_second_not_object_mark() -> None:
    """-neg: a second line not opening with «را» under a blank line (a kicker over its
    headline) keeps today's reading though the two are printed as one line below."""
    kicker = "گزارش ورزشی"
    headline = "باشگاه ورزشی شهر برنامه تمرین تابستانی را اعلام کرد"
    text = f"{kicker}\n\n{headline}\n\n{_DATE}\n\n{kicker} {headline}\n\n{_BODY}"
    assert jm.parse_article(text).title == headline


def test_halves_parted_by_a_blank_line_neg_no_whole_print() -> None:
    """-neg: no whole print below: today's reading is kept (the first half, doubted: a short
    line stands between it and the date)."""
    text = f"{_HALF}\n\n{_REST}\n\n{_DATE}\n\n{_BODY}"
    article = jm.parse_article(text)
    assert article.title == _HALF
    assert "title-uncertain" in {w.code for w in article.warnings}


# -- 4. A desk's name between an agency's name and its header (mutant 24) ---------------------

_AGENCY = "خبرگزاری کشاورزی و منابع طبیعی"
_HEADER = "تاریخ : دوشنبه 12 آبان 1399 ساعت 09:40   |   کد مطلب: 31877"
_NEWS = (
    "مدیر منابع طبیعی استان گفت: کاشت نهال در دامنه‌های جنوبی شهر از هفته آینده با کمک "
    "داوطلبان آغاز می‌شود و تا پایان آذر ادامه دارد.\n\n"
    "وی افزود: برای این طرح بیست هزار نهال بادام کوهی و بنه در نهالستان استان تولید شده است.\n"
)


@pytest.mark.parametrize("desk", ["گروه محیط زیست", "سرویس استان‌ها"])
def test_desk_name_between_the_agency_and_its_header_gives_no_title(desk: str) -> None:
    """AGENCY / DESK / labelled header / lead: the page prints no headline; no title, with
    a warning, never the agency's name (its name, doubted, on main)."""
    article = jm.parse_article(f"{_AGENCY}\n\n{desk}\n\n{_HEADER}\n{_NEWS}")
    assert article.title is None
    assert "title-uncertain" in {w.code for w in article.warnings}
    assert article.number == "31877"


def test_desk_name_neg_headline_between() -> None:
    """-neg: a headline between the agency's name and its header stays the title."""
    headline = "آغاز کاشت نهال در دامنه‌های جنوبی شهر با کمک داوطلبان"
    article = jm.parse_article(f"{_AGENCY}\n\n{headline}\n\n{_HEADER}\n{_NEWS}")
    assert article.title == headline


def test_desk_name_neg_other_short_line_between() -> None:
    """-neg: a short line that is no desk's name («دانشگاه») between keeps today's reading
    (this rule stands back)."""
    article = jm.parse_article(f"{_AGENCY}\n\nدانشگاه\n\n{_HEADER}\n{_NEWS}")
    assert article.title == _AGENCY
    assert "title-uncertain" in {w.code for w in article.warnings}
