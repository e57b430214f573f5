"""fix173: what the thirty-sixth mutation round saw main get wrong (docs/reliability.md «The
thirty-sixth round: fix160-fix167 under mutation», «Seen on the way»), blind66's clock
(tests/pages/1912) and a time's own label read as a date's.

1. A section line between the item's code and the author's label line, no date line: the
   headline over the code is the title (main gave the section, silently).
2. A site's frame that is a name alone over a two-word headline: the headline, doubted (main
   gave the frame's name, silently).
3. HEADLINE / DATE / a lead cut with «...» / a verse quoted twice: the headline (main gave the
   verse, warned).
4. A clock spaced on one side of its colon only («۰۷: ۱۶»), both fields hours: warned
   ``time-order-uncertain`` (main: read as printed, silently); an item ID that is its
   creation time settles the order with no doubt.
5. «زمان : ۰۸:۲۹», a time's label over a clock alone, is a time line (main: a date label,
   refused ``not-a-date``).

The positives fail on main 00629bae; the near misses (``-neg``) pass on both. The sentences
are written for these tests (layouts: gsi.ir's toolbar, tests/pages 1863; a site's frame,
tests/pages 1828; health.caferasaneh.com's gallery header, tests/pages 1912; DouranPortal's
meta lines, docs/real_sample.md real53 #8).
"""

from __future__ import annotations

import pytest

import jalali_meta as jm


def _codes(article: jm.Article) -> list[str]:
    return [warning.code for warning in article.warnings]


# -- 1. the section between the item's code and the author's label ---------------------------
_MENU = ["صفحه اصلی", "اخبار", "معرفی سازمان", "تماس با ما"]
_HEADLINE = "ریزش کوه جاده روستایی دره سبز را بست"
_SECTION = "رويدادهاى زمين و معدن"
_LEADS = [
    "بامداد امروز بخشی از دامنه کوه بالای جاده روستایی دره سبز فرو ریخت و راه ارتباطی سه "
    "روستا را بست و گروه‌های راهداری از ساعتی پیش بازگشایی آن را آغاز کرده‌اند.",
    "به گفته راهداران، بارش‌های پیوسته هفته گذشته خاک دامنه را سست کرده بود.",
]


def _toolbar(under: str, sep: str, section: str = _SECTION) -> str:
    return sep.join([*_MENU, _HEADLINE, "کد : ۳۸۰۲", section, under, *_LEADS])


@pytest.mark.parametrize("author", ["نویسنده : مریم کاظمی", "نویسنده: مریم کاظمی"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_section_between_code_and_author(author: str, sep: str) -> None:
    """The headline over the item's code, number 3802 (main gave the section, silently)."""
    article = jm.parse_article(_toolbar(author, sep))
    assert (article.title, article.number) == (_HEADLINE, "3802")


def test_section_between_code_and_author_in_persian_yeh() -> None:
    """The section spelt with Persian letters: the same."""
    article = jm.parse_article(_toolbar("نویسنده : مریم کاظمی", "\n", "رویدادهای زمین و معدن"))
    assert (article.title, article.number) == (_HEADLINE, "3802")


def test_section_between_code_and_views_neg() -> None:
    """fix167's shape, the views counter under the section: the headline, as on main."""
    article = jm.parse_article(_toolbar("تعداد بازدید:۲۱۹", "\n"))
    assert (article.title, article.number) == (_HEADLINE, "3802")


def test_headline_between_code_and_author_neg() -> None:
    """The headline itself printed between the item's code and the author's label, under
    the menu: the headline, as on main (a section's name has four words at most)."""
    text = "\n".join([*_MENU, "کد : ۳۸۰۲", _HEADLINE, "نویسنده : مریم کاظمی", *_LEADS])
    assert jm.parse_article(text).title == _HEADLINE


# -- 2. a site's frame holding a name alone over a two-word headline -------------------------
_FRAME = ".: فرهنگسرا :."
_SHORT = "جشنواره بادبادک"
_BODY = (
    "جشنواره بادبادک کودکان امروز با حضور خانواده‌ها در بوستان بزرگ شهر برگزار شد و کودکان "
    "بادبادک‌هایی را که خودشان ساخته بودند به هوا فرستادند.\n\n"
    "مدیر فرهنگسرا گفت جشنواره سال آینده در دو روز برگزار خواهد شد."
)


@pytest.mark.parametrize("date", ["", "\n۱۸ فروردین ۱۴۰۳"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_name_frame_over_two_word_headline(gap: str, date: str) -> None:
    """The two-word headline, doubted: never the frame's name given with no warning (main
    gave «فرهنگسرا», silently without the date line)."""
    article = jm.parse_article(f"{_FRAME}{gap}{_SHORT}{date}\n\n{_BODY}")
    assert article.title == _SHORT
    assert "title-uncertain" in _codes(article)


def test_name_frame_over_two_word_headline_names_the_frame() -> None:
    """The warning names the frame as the rival line."""
    article = jm.parse_article(f"{_FRAME}\n{_SHORT}\n\n{_BODY}")
    (doubt,) = [w for w in article.warnings if w.code == "title-uncertain"]
    assert "فرهنگسرا" in doubt.message


def test_name_frame_over_three_word_headline_neg() -> None:
    """A three-word headline under the frame: the headline, sure (fix167), unchanged."""
    head = "جشنواره بادبادک کودکان"
    article = jm.parse_article(f"{_FRAME}\n{head}\n\n{_BODY}")
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


def test_name_frame_over_a_two_word_name_neg() -> None:
    """A framed title over its author's two-word name (a given name first): the framed
    title, as on main."""
    article = jm.parse_article(f".: یادداشت سفر :.\nمریم کاظمی\n\n{_BODY}")
    assert article.title == "یادداشت سفر"


# -- 3. a lead cut with «...» under the dated headline, a verse quoted twice ------------------
_HEAD = "شب شعر جوانان در کتابخانه مرکزی شهر برگزار شد"
_DAY = "۲۲ بهمن ۱۴۰۲"
_VERSE = "بیا تا گل برافشانیم و می در ساغر اندازیم"
_INTRO = "در پایان شاعر میهمان این بیت را دوباره خواند:"
_CLOSE = "برنامه بعدی شب شعر ماه آینده در همین کتابخانه برگزار می‌شود."
_CUT_LEAD = (
    "شامگاه دیروز در کتابخانه مرکزی شهر گروهی از شاعران جوان گرد هم آمدند و هر یک چند "
    "شعر از سروده‌های تازه خود را برای حاضران خواندند..."
)


@pytest.mark.parametrize("cut", ["...", "…"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_cut_lead_under_dated_headline_over_quoted_verse(cut: str, sep: str) -> None:
    """The headline, no doubt (main gave the verse, warned)."""
    lead = _CUT_LEAD.replace("...", cut)
    text = sep.join([_HEAD, _DAY, lead, _VERSE, _INTRO, _VERSE, _CLOSE]) + "\n"
    article = jm.parse_article(text)
    assert article.title == _HEAD
    assert "title-uncertain" not in _codes(article)


def test_headline_printed_twice_under_a_cut_teaser_neg() -> None:
    """A sidebar's cut teaser under its own dated headline, over another item's headline
    printed twice with its summary between (no colon before the second print): the item's
    headline, as on main (fix161's near miss)."""
    other = "کارگاه خوشنویسی برای نوجوانان برگزار می‌شود"
    text = (
        f"شب شعر در کتابخانه مرکزی\n{_DAY}\n{_CUT_LEAD}\n\n{other}\n\n"
        "نوجوانان دوازده تا هفده ساله می‌توانند در این کارگاه شرکت کنند.\n\n"
        f"{other}\n\n"
        "دوره تازه کارگاه خوشنویسی از هفته آینده در فرهنگسرای محله آغاز می‌شود و ثبت نام آن "
        "تا پایان ماه ادامه دارد.\n\nمربی کارگاه گفت هر جلسه دو ساعت است.\n"
    )
    assert jm.parse_article(text).title == other


# -- 4. a clock spaced on one side of its colon ------------------------------------------------
_NEWS = "برداشت زعفران در مزارع قائنات آغاز شد"
_STORY = (
    "\n\nبا رسیدن آبان، کشاورزان شهرستان قائنات برداشت گل زعفران را از سپیده‌دم آغاز کرده‌اند "
    "و گل‌ها را پیش از گرم شدن هوا به خانه‌ها می‌برند تا کلاله آن‌ها جدا شود.\n"
)
_ADDRESS = "https://news.example.ir/Gallery/Detail/{}/slug"


@pytest.mark.parametrize(
    ("line", "printed"),
    [
        ("تاریخ انتشار : ۱۴۰۲/۰۸/۰۳ - ۰۹: ۱۸", "2023-10-25T09:18:00+03:30"),
        ("تاریخ انتشار : ۱۴۰۲/۰۸/۰۳ - ۰۹ :۱۸", "2023-10-25T09:18:00+03:30"),
        ("تاریخ انتشار: 1402/08/03 - 09: 18", "2023-10-25T09:18:00+03:30"),
        ("۳ آبان ۱۴۰۲ ساعت ۰۹: ۱۸", "2023-10-25T09:18:00+03:30"),
    ],
)
def test_lopsided_clock_both_hours_is_warned(line: str, printed: str) -> None:
    """Read as printed, warned time-order-uncertain (main: no warning)."""
    article = jm.parse_article(f"{line}\n\n{_NEWS}{_STORY}")
    assert article.published is not None
    assert article.published.isoformat() == printed
    assert "time-order-uncertain" in _codes(article)


def test_timestamp_id_settles_the_clock_the_other_way() -> None:
    """The address's ID 14020803180911 holds 18:09: taken, no doubt (main: 09:18)."""
    text = f"تاریخ انتشار : ۱۴۰۲/۰۸/۰۳ - ۰۹: ۱۸\n\n{_NEWS}{_STORY}"
    article = jm.parse_article(text, url=_ADDRESS.format("14020803180911"))
    assert article.published is not None
    assert article.published.isoformat() == "2023-10-25T18:09:00+03:30"
    assert "time-order-uncertain" not in _codes(article)


def test_timestamp_id_settles_the_clock_as_printed_neg() -> None:
    """The ID holding 09:18: as printed with no doubt, as on main (which had none)."""
    text = f"تاریخ انتشار : ۱۴۰۲/۰۸/۰۳ - ۰۹: ۱۸\n\n{_NEWS}{_STORY}"
    article = jm.parse_article(text, url=_ADDRESS.format("140208030918"))
    assert article.published is not None
    assert article.published.isoformat() == "2023-10-25T09:18:00+03:30"
    assert "time-order-uncertain" not in _codes(article)


@pytest.mark.parametrize("ident", ["14020803120011", "14020804180911", "1402080318091"])
def test_timestamp_id_agreeing_with_neither_reading(ident: str) -> None:
    """Another clock, another day, or an ID of 13 digits: as printed, warned (main: no
    warning)."""
    text = f"تاریخ انتشار : ۱۴۰۲/۰۸/۰۳ - ۰۹: ۱۸\n\n{_NEWS}{_STORY}"
    article = jm.parse_article(text, url=_ADDRESS.format(ident))
    assert article.published is not None
    assert article.published.isoformat() == "2023-10-25T09:18:00+03:30"
    assert "time-order-uncertain" in _codes(article)


@pytest.mark.parametrize(
    "line",
    [
        "تاریخ انتشار : ۱۴۰۲/۰۸/۰۳ - ۰۹:۱۸",  # unspaced
        "تاریخ انتشار : ۱۴۰۲/۰۸/۰۳ - ۰۹ : ۱۸",  # spaced evenly after the day (attacks56)
        "تاریخ انتشار : ۱۴۰۲/۰۸/۰۳ - ۱۸: ۴۵",  # 45 is no hour: one reading
        "تاریخ انتشار : ۱۴۰۲/۰۸/۰۳ - ۰۹: ۰۹",  # both readings the same
        "تاریخ انتشار : ۱۴۰۲/۰۸/۰۳ - ۰۹: ۱۸: ۳۰",  # seconds
    ],
)
def test_lopsided_clock_warning_neg(line: str) -> None:
    article = jm.parse_article(f"{line}\n\n{_NEWS}{_STORY}")
    assert article.published is not None
    assert "time-order-uncertain" not in _codes(article)


def test_lopsided_clock_minutes_first_is_reversed_neg() -> None:
    """«۴۵: ۱۸», 45 no hour: 18:45, time-reversed, as on main."""
    article = jm.parse_article(f"تاریخ انتشار : ۱۴۰۲/۰۸/۰۳ - ۴۵: ۱۸\n\n{_NEWS}{_STORY}")
    assert article.published is not None
    assert article.published.isoformat() == "2023-10-25T18:45:00+03:30"
    assert _codes(article) == ["time-reversed"]


# -- 5. «زمان :» over a clock alone --------------------------------------------------------------
_LEAD = (
    "\n\nشهرداری منطقه پنج از امروز طرح تازه‌ای را برای پاکسازی معابر و جمع‌آوری پسماند خشک "
    "در محله‌های شمالی آغاز کرد و ساکنان می‌توانند برنامه آن را در سامانه شهرداری ببینند.\n"
)
_TITLE = "طرح پاکسازی معابر در منطقه پنج آغاز شد"


@pytest.mark.parametrize(
    "meta",
    [
        "تاریخ : ۱۴۰۳/۰۵/۰۶\nزمان : ۰۸:۲۹",
        "زمان : ۰۸:۲۹\nتاریخ : ۱۴۰۳/۰۵/۰۶",
        "۶ مرداد ۱۴۰۳\nزمان: ۰۸:۲۹",
        "تاریخ : ۱۴۰۳/۰۵/۰۶\nزمان انتشار : ۰۸:۲۹",
    ],
)
def test_time_label_joins_the_date_line(meta: str) -> None:
    """The date at 08:29, no warning (main: the day alone and not-a-date)."""
    article = jm.parse_article(f"{_TITLE}\n{meta}{_LEAD}")
    assert article.published is not None
    assert article.published.isoformat() == "2024-07-27T08:29:00+03:30"
    assert _codes(article) == []


def test_time_label_under_a_timed_date_line_is_left() -> None:
    """The date line has its own time: that time stands, the clock set aside, no warning
    (main: not-a-date)."""
    article = jm.parse_article(f"{_TITLE}\nتاریخ : ۱۴۰۳/۰۵/۰۶ - ۱۰:۱۵\nزمان : ۰۸:۲۹{_LEAD}")
    assert article.published is not None
    assert article.published.isoformat() == "2024-07-27T10:15:00+03:30"
    assert _codes(article) == []
    assert "time without a date" in [item.reason for item in article.ignored]


def test_time_label_with_a_date_neg() -> None:
    """«زمان : DATE - CLOCK» stays a date label (servernux's print page), as on main."""
    article = jm.parse_article(f"{_TITLE}\nزمان : ۰۱ مرداد ۱۴۰۳ - ۰۸:۲۹{_LEAD}")
    assert article.published is not None
    assert article.published.isoformat() == "2024-07-22T08:29:00+03:30"


def test_reading_time_label_neg() -> None:
    """«زمان مطالعه: ۵ دقیقه» is no time line: the date alone, as on main."""
    article = jm.parse_article(f"{_TITLE}\nتاریخ : ۱۴۰۳/۰۵/۰۶\nزمان مطالعه: ۵ دقیقه{_LEAD}")
    assert article.published is not None
    assert article.published.isoformat() == "2024-07-27"
