"""mut52: tests for the survivors of the fifty-second mutation round
(benchmarks/hand_mutants_52.py, docs/reliability.md "The fifty-second round: fix265-fix274
under mutation").

Each test kills one survivor and passes on main; the layouts are the rules' own pages (a
WordPress term archive, a poem printed one couplet a line, fix248's Blogfa post with its
copyright notice, ...), the sentences written for these tests (fix248's Blogfa page is
tests/test_fix248.py's, as tests/test_fix266.py uses it).
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes
from tests.test_fix248 import _FOOTER, _NAME, _URL, _blogfa

import jalali_meta as jm
from jalali_meta.testing import url_number

_UNCERTAIN = "title-uncertain"


# -- fix266: WordPress's «دسته‌بندی:» archive label (mutant 6) ----------------------------------
def _term_archive(body_class: str, heading: str, head_title: str) -> str:
    return (
        '<!DOCTYPE html><html dir="rtl" lang="fa-IR"><head><meta charset="UTF-8">'
        f"<title>{head_title}</title></head>"
        f'<body class="{body_class}"><header><a href="/" class="logo">چشمه نور</a></header>'
        f'<div class="archive-page"><h1 class="archive-title">{heading}</h1>'
        '<article class="archive-item post"><h2 class="item-title">'
        '<a href="https://cheshmeh-example.ir/ab-1/">آبرسانی سیار به روستاهای کم آب دشت</a>'
        '</h2><div class="item-excerpt"><p>تانکرهای آبرسانی از این هفته هر روز به روستاهای '
        "کم آب دشت سر می زنند و آب آشامیدنی خانه ها را تا باران های پاییزی می رسانند و مردم "
        "از آن خشنودند.</p></div></article></div>"
        "<footer><p>همه حقوق برای چشمه نور محفوظ است.</p></footer></body></html>"
    )


@pytest.mark.parametrize("label", ["دسته‌بندی", "دسته بندی"])
def test_category_archive_titled_with_a_themes_longer_label_is_a_list(label: str) -> None:
    """A category archive whose <title> is «دسته‌بندی: NAME – SITE» (a theme's label, ZWNJ or
    space) over its <h1> NAME: the category's name titles a list (mutant 6: «بندی» dropped
    from the label, the page read as the one post's)."""
    article = jm.parse_html(
        _term_archive(
            "archive category category-ab category-4",
            "آب و کشاورزی",
            f"{label}: آب و کشاورزی – چشمه نور",
        )
    )
    assert article.title == "آب و کشاورزی"
    assert article.published is None
    assert "listing-page" in warning_codes(article)


# -- fix266: a poem printed one couplet a line with Arabic stars «٭» (mutant 15) ----------------
_HEMISTICHS = [
    "برف آمد و پوشید سر کوه بلند",
    "دشت از دل سرما به تماشا لبخند",
    "آرام نشست بر سر هر شاخه سپید",
    "گنجشک به لانه رفت و از سرما رمید",
    "کودک به حیاط آمد و فریاد کشید",
    "یک آدم برفی به تماشا خندید",
]


@pytest.mark.parametrize("mark", [" ٭ ", " ٭٭٭ "])
def test_couplets_parted_by_arabic_stars_are_verse(mark: str) -> None:
    """A poem printed one couplet a line, its hemistichs parted by «٭» (no «*», tab or double
    space on the page): verse, never the title (mutant 15: «٭» out of the page's prefilter,
    the couplet taken as the title)."""
    poem = "".join(_HEMISTICHS[at] + mark + _HEMISTICHS[at + 1] + "\n" for at in (0, 2, 4))
    article = jm.parse_article("نویسنده : ; ساعت ۷:۱۵ ب.ظ روز ۱۴۰۲/۱۰/۲\n\n" + poem)
    assert article.title is None or mark.strip() not in article.title


# -- fix266 and a330fa43: the copyright notice's marks on fix248's Blogfa post (19, 20, 21) -----
@pytest.mark.parametrize(
    "notice",
    [
        f"&copy {_NAME}",  # the entity without its «;», as browsers read it (mutant 19)
        f"کپی\u200cرایت {_NAME}",  # the Persian word with its ZWNJ (mutant 20)
        f"Copyright {_NAME}",  # the Latin word alone, no sign (mutant 21)
        f"copyright 2023 {_NAME}",  # ... in lower case, with its year (mutant 21)
    ],
)
def test_copyright_notice_spellings_name_the_blog(notice: str) -> None:
    """The blog's name over its motto and the post's title, the footer's notice printing the
    name after «&copy», «کپی‌رایت» or «Copyright» alone: the name is the blog's, the post's
    title is the title."""
    article = jm.parse_article(_blogfa(_FOOTER, copyright_line=notice), url=_URL)
    assert article.title == "نخستین باران پاییز مبارک"


# -- fix267: the weather widget's reading of one digit, below zero, with no scale (23) --------
@pytest.mark.parametrize("reading", ["7°C", "-3 °C", "+4°C", "۸°"])
def test_weather_widget_clock_over_a_short_reading_is_not_the_date(reading: str) -> None:
    """fix267's widget (a city, its clock, the temperature alone, the forecast) on a cold
    day: «7°C», «-3 °C», «+4°C», «۸°» are its reading as «17°C» is, so the clock over it is
    the visit's, no date of the page's; with a dated address the address's day (mutant 23:
    a one-digit temperature not read, the clock taken as published)."""
    from tests.test_fix267 import URL, WIDGET, _page

    widget = [reading if line == "17°C" else line for line in WIDGET]
    assert jm.parse_article(_page(widget)).published is None
    dated = jm.parse_article(_page(widget), url=URL).published
    assert dated is not None
    assert dated.gregorian.isoformat()[:10] == "2024-08-28"


# -- fix267: a headline over a short second line going on with «و» and a full stop (29) -------
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_headline_over_a_short_and_line_with_its_stop_stays(gap: str) -> None:
    """A headline set over two lines, the second short («و آغاز ...», five words) but closed
    with a full stop, over the lead: the headline stays, sure; only a long «و» line ending the
    sentence makes the line over it a sentence's first part (mutant 29: the «و» line's length
    not asked, the page given no title)."""
    from tests.test_fix267 import RULES

    first = "گشایش موزه تازه در روستای پایین"
    lead = "بخشدار صبح امروز موزه تازه روستا را با حضور اهالی و دانش آموزان گشایش کرد."
    text = gap.join([first, "و آغاز طرح بازدید مدرسه ها."]) + f"\n\n{lead}\n\n{RULES}\n"
    article = jm.parse_article(text)
    assert article.title is not None
    assert article.title.startswith(first)
    assert _UNCERTAIN not in warning_codes(article)


# -- fix268: a Kowsarblog signature «ارسال شده توسط» with no time before the feed sentence (37) -
_LIBRARY = (
    "کارگاه قصه گویی برای کودکان در کتابخانه شهر\n"
    "کتابخانه شهر از این هفته هر پنجشنبه کارگاه قصه گویی برای کودکان پنج تا ده ساله برپا می کند.\n"
    "مسئول کتابخانه گفت: شرکت در کارگاه رایگان است و پدر و مادرها هم می توانند در کنار "
    "کودکان خود بنشینند.\n"
)


def test_sent_signature_without_time_before_feed_sentence_dates_the_post() -> None:
    """«ارسال شده توسط NAME در DATE . دنبال کردن نظرات این نوشته از طریق RSS 2.0. |»: the
    comments-feed sentence is printed under a post only, so the signature is the post's with
    «sent» too and no time (mutant 37: «sent» without a time left a reader's comment's)."""
    footer = (
        "ارسال شده توسط پروانه نیک نام در 1399/02/21 . "
        "دنبال کردن نظرات این نوشته از طریق RSS 2.0. |"
    )
    article = jm.parse_article(_LIBRARY + footer + "\n")
    assert article.published is not None
    assert article.published.jalali_date == (1399, 2, 21)


# -- fix268: one dated post in full at the date front's month (39) ------------------------------
_FLOWERS = (
    "نمایشگاه گل های پاییزی در باغ ملی برپا شد\n۱۲ آذر ۱۴۰۳\n\n"
    "نمایشگاه گل های پاییزی با حضور گلکاران استان از امروز در باغ ملی برپا شده است و تا "
    "پایان هفته هر روز از صبح تا شب باز است.\n\nمسئول باغ گفت بازدید از نمایشگاه برای همه "
    "رایگان است و کارگاه های آموزشی گلکاری هم برای کودکان برپا می شود.\n"
)


@pytest.mark.parametrize(
    "url", ["https://golha.example.ir/date/2024-12/", "https://golha.example.ir/fa/date/1403/09"]
)
def test_one_dated_post_in_full_at_date_front_month_is_the_post(url: str) -> None:
    """The month's archive («/date/2024-12/») showing one post in full under its date line, no
    read-more button: the post's title and day, no list (mutant 39: only an undated post was
    taken as the month's one post)."""
    article = jm.parse_article(_FLOWERS, url=url)
    assert article.title == "نمایشگاه گل های پاییزی در باغ ملی برپا شد"
    assert article.published is not None
    assert article.published.jalali_date == (1403, 9, 12)
    assert "listing-page" not in warning_codes(article)


# -- fix269: Niloblog's short «/p/N» on Niloblog only (49) ----------------------------------------
@pytest.mark.parametrize(
    "url", ["http://shopniloblog.com/p/15", "http://name-example.myniloblog.com/p/15"]
)
def test_short_post_path_on_a_host_merely_ending_with_the_platforms_name(url: str) -> None:
    """«/p/15» names Niloblog's post on «NAME.niloblog.com» only; another site whose host
    ends with the same letters («shopniloblog.com») reads no ID from it (mutant 49: the host
    tested with ``endswith`` and no dot)."""
    assert url_number(url) is None


# -- fix272: a year-like ID the page prints in its short link (67, 69) -------------------------
def test_year_like_id_printed_in_the_short_link_stays_unwarned() -> None:
    """«/fa/news/1391/<slug>» on a page printing its short link «.../fa/news/1391»: the page
    prints the number, so it is the item's ID, unwarned, as with «کد خبر: ۱۳۹۱» (mutants 67
    and 69: the printed number not asked, `number-year-like` a false alarm)."""
    headline = "بازگشایی بازارچه صنایع دستی در میدان شهر"
    body = (
        "به گزارش خبرنگار ما ، بازارچه صنایع دستی پس از بازسازی غرفه ها از امروز دوباره در "
        "میدان شهر باز شده است و هنرمندان استان کارهای خود را در آن می فروشند.\n"
        "مسئول بازارچه گفت: غرفه ها تا پایان ماه هر روز از صبح تا شب باز هستند."
    )
    text = f"{headline}\nلینک کوتاه: http://bazar.example/fa/news/1391\n{body}\n"
    article = jm.parse_article(text, url="http://bazar.example/fa/news/1391/بازگشایی-بازارچه")
    assert article.number == "1391"
    assert "number-year-like" not in warning_codes(article)


# -- fix272: a headline ending with a date in brackets is no dateline (70, 71) ------------------
_FILMS = (
    "به گزارش خبرنگار ما، جشنواره امسال با نمایش بیش از صد فیلم کوتاه از کارگردانان جوان "
    "استان در سینمای شهر برگزار می شود و بلیت همه سانس ها رایگان است.\n\n"
    "دبیر جشنواره گفت داوران برگزیدگان را در روز پایانی معرفی می کنند.\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "نمایشگاه کتاب (تا ۱۸ بهمن ۱۴۰۳)",  # a word in the brackets (mutant 71)
        "جشنواره فیلم (۱۲ بهمن ۱۴۰۳)!",  # a mark after them (mutant 70)
        "جشنواره فیلم کوتاه (۱۲ بهمن ۱۴۰۳) ۲",  # a part's number after them (mutant 70)
    ],
)
def test_short_headline_with_a_bracketed_date_not_closing_it_alone_stays(headline: str) -> None:
    """A short headline with its event's date in brackets, a word with the date inside them
    («تا») or something after them: no «SITE (DATE)» dateline (fix272 reads the brackets
    only when they hold the date alone and close the line), so the headline is the title
    and the event's day is not the page's."""
    article = jm.parse_article(f"{headline}\n\n{_FILMS}")
    assert article.title == headline
    assert article.published is None


# -- fix273: the public-relations source line (73, 74) ------------------------------------------
_PARK = (
    "به گزارش خبرنگار ما، پارک بانوان با پیست دوچرخه سواری، زمین بازی کودکان و کتابخانه "
    "کوچک از امروز به روی شهروندان باز است و ورود به آن رایگان خواهد بود.\n\n"
    "شهردار گفت دو پارک دیگر از همین دست تا پایان سال در محله های شرقی ساخته می شود."
)
_PARK_HEADLINE = (
    "برای نخستین بار در استان: بهره برداری از پارک بانوان با امکانات ویژه از سوی شهرداری همدان"
)


def test_source_line_opening_with_the_office_word_kol_is_not_the_title() -> None:
    """«کل روابط عمومی ...» (an office of `vocab.UNIT_HEADS` before «روابط عمومی») over the
    headline: the office's source line, never the title (mutant 73: «ک» out of the rule's
    first-letter prefilter, the source line taken, silently)."""
    source = "کل روابط عمومی و امور بین الملل استانداری همدان"
    article = jm.parse_article(f"{source}\n\n{_PARK_HEADLINE}\n\n{_PARK}\n")
    assert article.title == _PARK_HEADLINE


def test_headline_about_the_office_over_a_subtitle_stays() -> None:
    """«روابط عمومی شهرداری همدان برتر شد» (what the office did: a verb) over a subtitle: the
    headline is the title (mutant 74: the verb not asked, the subtitle taken, silently)."""
    headline = "روابط عمومی شهرداری همدان برتر شد"
    subtitle = "تقدیر استاندار از کارکنان روابط عمومی شهرداری"
    article = jm.parse_article(f"{headline}\n\n{subtitle}\n\n{_PARK}\n")
    assert article.title == headline


# -- fix274: «به تاریخ:» is the headline's own phrase (80) --------------------------------------
def test_one_word_label_led_into_by_be_is_not_cut_mid_phrase() -> None:
    """«HEADLINE به تاریخ: DATE»: «به» leads into the label as the headline's own phrase (as
    «در تاریخ:» does, tests/test_fix274.py), so the label is not cut off alone and the title
    never ends with a dangling «به» (mutant 80: «به» out of `_title._LEADING_WORDS`)."""
    text = (
        "ورود\nگشایش نمایشگاه عکس طبیعت در فرهنگسرای شهرستان به تاریخ: 1395/02/20\n\n"
        "به گزارش خبرنگار ما، نمایشگاه عکس طبیعت با صد قاب از عکاسان جوان استان در فرهنگسرای "
        "شهرستان گشایش یافت و تا پایان ماه هر روز باز است.\n\n"
        "مسئول فرهنگسرا گفت بازدید از نمایشگاه برای همه رایگان است.\n"
    )
    article = jm.parse_article(text)
    assert article.title is not None
    assert article.title.startswith("گشایش نمایشگاه عکس طبیعت در فرهنگسرای شهرستان")
    assert article.title.split()[-1] != "به"
