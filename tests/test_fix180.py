"""fix180: the sixtieth attack round's findings (docs/reliability.md «Attacks, sixtieth
round», benchmarks/attacks60.py).

1. A ``LABEL : CLOCK`` line (a label of one to three words, a colon, one time of day and
   nothing after it: «زمان برگزاری : ۱۰:۴۵») is a field of the page, never the title
   (``_chrome._LABELLED_CLOCK`` in ``_never_title``).
2. A clock joined from its own time line (above or below the date line, or before the date's
   label on its line) is doubted ``time-order-uncertain`` as on the date line
   (``_reading.clock_order_doubt``; ``_candidates._joined_time``, ``_time_before``).
3. A heading «ARCHIVE-LABEL: NAME» from a closed list of archive labels («بایگانی برچسب»,
   «بایگانی برچسب ها», «آرشیو برچسب», «آرشیو دسته», «آرشیو تگ», «Tag Archives», «Category
   Archives») names its list: NAME is the title, the page flagged ``listing-page``
   (``_title._ARCHIVE_LABEL_TITLE`` in ``_listing_heading``).
4. HEADLINE / DATE / a lead cut with «...» / VERSE / an intro line / VERSE / closing: the
   verse printed twice around the intro line is the body's whatever mark ends the intro line
   (fix173 took only a colon), the cut lead the article's (``_article._quoted_twice_under_header``
   in ``_body_anchor`` and ``_anchor_from``); the headline over the date line is the title.
5. A headline printed twice over a table of contents takes up to eight sub-heading lines
   (``_title.SUBHEADINGS_MAX`` 5 -> 8).
6. A today banner over a ticker of four short headlines is the site's when its three gaps
   are all :data:`_chrome.TICKER_WIDE_GUTTER` (5) spaces wide or wider, whatever the
   ticker's words (fix174 wanted four gaps, ``TICKER_SHORT_GUTTERS``).

The positives fail on main 3fb82bce; the ``-neg`` near misses pass on both. The sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

_DAY = "۱۴۰۲/۰۹/۲۰"  # 20 Azar 1402 = 2023-12-11, a Monday


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- 1. a labelled clock under a sub-heading is never the title
_SEMINAR_HEAD = "دانشکده فنی کارگاه آموزش نرم افزارهای طراحی را برگزار می‌کند"
_SEMINAR_LEAD = (
    "این کارگاه برای دانشجویان سال اول است و استادان گروه عمران در آن روش کار با نرم "
    "افزارهای طراحی سازه را آموزش می‌دهند.\n\n"
    "ثبت نام از طریق سامانه آموزشی دانشکده انجام می‌شود.\n"
)


def _seminar(label_line: str) -> str:
    return f"{_SEMINAR_HEAD}\nتاریخ : {_DAY}\n\nکارگاه طراحی سازه\n{label_line}\n\n{_SEMINAR_LEAD}"


def test_labelled_clock_is_never_the_title() -> None:
    for label_line in (
        "زمان برگزاری : ۱۴:۳۰",
        "ساعت برگزاری: ۰۸:۱۵",
        "ساعت شروع : ۰۹ :۴۰",
        "زمان : 16:05:00",
    ):
        article = jm.parse_article(_seminar(label_line))
        assert article.title == _SEMINAR_HEAD, label_line
        assert article.published is not None
        assert article.published.gregorian.isoformat() == "2023-12-11"


def test_headline_with_a_colon_and_a_clock_in_words_stays_neg() -> None:
    # A headline saying something after its colon keeps its place (no clock alone after it).
    head = "قطعی برق: خاموشی محله‌های شمالی شهر از ساعت ۱۰:۰۰ آغاز می‌شود"
    article = jm.parse_article(f"{head}\n{_DAY}\n\n{_SEMINAR_LEAD}")
    assert article.title == head


# -- 2. a lopsided clock joined from its own time line is doubted as on the date line
_PARK_HEAD = "بوستان بانوان شهر پس از بازسازی دوباره باز شد"


def _park(time_line: str, *, above: bool = False) -> str:
    date_line = f"تاریخ انتشار : {_DAY}"
    meta = f"{time_line}\n{date_line}" if above else f"{date_line}\n{time_line}"
    return f"{_PARK_HEAD}\n{meta}\n\n{_SEMINAR_LEAD}"


def test_joined_lopsided_clock_is_doubted() -> None:
    for time_line, above, clock in (
        ("زمان : ۰۷ :۱۶", False, (7, 16)),
        ("ساعت : ۰۷: ۱۶", False, (7, 16)),
        ("ساعت : ۱۱ :۰۵", True, (11, 5)),
    ):
        article = jm.parse_article(_park(time_line, above=above))
        assert article.published is not None, time_line
        moment = article.published.gregorian
        assert (moment.hour, moment.minute) == clock, time_line  # read as printed
        assert "time-order-uncertain" in _codes(article), time_line


def test_joined_clock_settled_by_a_dated_id() -> None:
    # The address's item ID (its creation time, 1402/09/20 16:07) settles «۰۷ :۱۶» and drops
    # the new doubt (passes on main too, which gave none).
    article = jm.parse_article(
        _park("زمان : ۰۷ :۱۶"), url="https://park.example.ir/news/140209201607"
    )
    assert article.published is not None
    assert (article.published.gregorian.hour, article.published.gregorian.minute) == (16, 7)
    assert "time-order-uncertain" not in _codes(article)


def test_joined_clock_unspaced_or_one_reading_stays_neg() -> None:
    # «۰۷:۱۶» (no spaces) and «۱۶: ۴۰» (40 no hour) have one reading: no doubt.
    for time_line, clock in (("زمان : ۰۷:۱۶", (7, 16)), ("ساعت : ۱۶: ۴۰", (16, 40))):
        article = jm.parse_article(_park(time_line))
        assert article.published is not None, time_line
        moment = article.published.gregorian
        assert (moment.hour, moment.minute) == clock, time_line
        assert "time-order-uncertain" not in _codes(article), time_line


# -- 3. an archive's heading from a closed list of labels names its list
def _archive(heading: str) -> str:
    return (
        f"# {heading}\n\n"
        "### [گل‌گشت بهاری در دامنه دماوند](https://blog.example.ir/damavand/)\n\n"
        "گروه کوه‌نوردی دانشکده سه روز در دامنه‌های دماوند گل‌های وحشی را عکاسی کرد…\n\n"
        "### [شب شعر در خوابگاه دخترانه](https://blog.example.ir/poetry-night/)\n\n"
        "دانشجویان ادبیات در خوابگاه شب شعری با حضور دو شاعر جوان برپا کردند…\n"
    )


def test_archive_label_heading_names_its_list() -> None:
    for label in (
        "بایگانی برچسب",
        "بایگانی برچسب ها",
        "آرشیو برچسب",
        "آرشیو دسته",
        "Tag Archives",
        "Category Archives",
    ):
        article = jm.parse_article(_archive(f"{label}: طبیعت گردی"))
        assert article.title == "طبیعت گردی", label
        assert "listing-page" in _codes(article), label


def test_archive_word_outside_the_list_stays_neg() -> None:
    # «بایگانی اسناد:» is no archive label of the closed list: the heading is kept whole.
    heading = "بایگانی اسناد: طبیعت گردی"
    article = jm.parse_article(_archive(heading))
    assert article.title == heading


# -- 4. a verse printed twice around an intro line under a cut lead is the body's
_FAIR_HEAD = "نمایشگاه خوشنویسی استادان شهر در فرهنگسرای بهار گشایش یافت"
_FAIR_CUT = (
    "نمایشگاه آثار خوشنویسی بیست استاد شهر از عصر دیروز در فرهنگسرای بهار به روی "
    "علاقه‌مندان باز است و تا پایان هفته آینده ادامه دارد..."
)
_FAIR_VERSE = "هر که را جامه ز عشقی چاک شد"
_FAIR_CLOSE = "بازدید از نمایشگاه برای همه رایگان است و هر روز از ساعت ده صبح تا هشت شب باز است."


def _fair(intro: str) -> str:
    return "\n".join([_FAIR_HEAD, _DAY, _FAIR_CUT, _FAIR_VERSE, intro, _FAIR_VERSE, _FAIR_CLOSE])


def test_verse_twice_around_intro_line_under_cut_lead() -> None:
    for intro in (
        "مدیر فرهنگسرا در گشایش نمایشگاه این مصراع را دوباره برای مهمانان خواند.",
        "مدیر فرهنگسرا در گشایش نمایشگاه این مصراع را دوباره برای مهمانان خواند!",
    ):
        article = jm.parse_article(_fair(intro))
        assert article.title == _FAIR_HEAD, intro
        assert article.published is not None
        assert article.published.gregorian.isoformat() == "2023-12-11"


def test_verse_twice_around_colon_intro_stays_neg() -> None:
    # fix173's colon intro keeps the headline.
    article = jm.parse_article(
        _fair("مدیر فرهنگسرا در گشایش نمایشگاه این مصراع را دوباره برای مهمانان خواند:")
    )
    assert article.title == _FAIR_HEAD


def test_headline_twice_around_summary_under_whole_description_stays_neg() -> None:
    # A site's name, its date banner and its whole description (no «...» cut) over a headline
    # printed twice around its summary: the headline printed twice is the title (attacks57).
    site = "کانون فرهنگی محله یوسف آباد"
    head = "کلاس نقاشی بزرگسالان در کانون فرهنگی آغاز می‌شود"
    doc = "\n".join(
        [
            site,
            f"دوشنبه {_DAY}",
            f"{site} هر ماه برنامه‌های تازه‌ای برای ساکنان محله دارد و فهرست آن‌ها را در همین "
            "صفحه منتشر می‌کند تا همه از آن باخبر شوند.",
            "",
            head,
            "",
            "ثبت نام کلاس از شنبه آغاز شده است.",
            "",
            head,
            "",
            "دوره تازه کلاس نقاشی بزرگسالان از ماه آینده در کانون برگزار می‌شود و هر هفته دو "
            "جلسه دارد که استادان دانشکده هنر آن را اداره می‌کنند.",
            "",
            "مسئول کانون گفت آثار هنرجویان در پایان دوره به نمایش گذاشته می‌شود.",
        ]
    )
    assert jm.parse_article(doc).title == head


# -- 5. a headline printed twice over a table of contents of up to eight sub-headings
_GUIDE_HEAD = "راهنمای انتخاب دوچرخه شهری"
_GUIDE_TOC = [
    "اندازه بدنه دوچرخه",
    "جنس بدنه و وزن آن",
    "دنده و ترمز مناسب",
    "لاستیک برای خیابان",
    "زین راحت برای سفر",
    "چراغ و زنگ ایمنی",
    "نگهداری دوچرخه در زمستان",
    "قیمت دوچرخه در بازار",
]
_GUIDE_TEXT = (
    "انتخاب دوچرخه شهری به قد سوار و راه‌هایی که هر روز می‌رود بستگی دارد. در این راهنما "
    "می‌گوییم دوچرخه مناسب را از روی اندازه، جنس بدنه و ترمز آن بشناسید.\n\n"
    "پیش از خرید، دوچرخه را در فروشگاه سوار شوید و ترمزهای آن را بیازمایید.\n"
)


def _guide(toc: list[str], head: str = _GUIDE_HEAD) -> str:
    return "\n\n".join(["فروشگاه دوچرخه رکاب", _DAY, head, head, *toc, _GUIDE_TEXT])


def test_headline_twice_over_seven_or_eight_subheadings() -> None:
    for count in (6, 7, 8):
        article = jm.parse_article(_guide(_GUIDE_TOC[:count]))
        assert article.title == _GUIDE_HEAD, count
        assert article.published is not None, count
        assert article.published.gregorian.isoformat() == "2023-12-11"


def test_headline_twice_over_two_or_five_subheadings_stays_neg() -> None:
    # fix174's counts (two at least, five at its old edge) keep their reading.
    for count in (2, 5):
        article = jm.parse_article(_guide(_GUIDE_TOC[:count]))
        assert article.title == _GUIDE_HEAD, count


# -- 6. a today banner over a ticker of four short headlines by three wide gaps
_TICKS = ["آغاز ثبت نام خوابگاه", "برنامه امتحانات", "اردوی مشهد", "جشن فارغ‌التحصیلی"]
_ESSAY = (
    "دانشکده در این ترم چند برنامه فرهنگی و علمی برای دانشجویان تدارک دیده است که در ادامه "
    "فهرست آن‌ها را می‌خوانید و هر دانشجو می‌تواند در یکی از آن‌ها نام نویسی کند.\n\n"
    "مسئولان دانشکده گفتند این برنامه‌ها در ترم بعد هم برگزار خواهد شد.\n"
)


def _ticker_page(gap: str) -> str:
    return (
        f"پایگاه خبری دانشکده کشاورزی\nدوشنبه {_DAY}\n{gap.join(_TICKS)}\n\nآخرین اخبار\n\n{_ESSAY}"
    )


def test_banner_over_three_wide_gaps_is_set_aside() -> None:
    for width in (5, 6, 8):
        article = jm.parse_article(_ticker_page(" " * width))
        assert article.published is None, width


def test_banner_over_three_narrow_gaps_stays_neg() -> None:
    # Three gaps of three or four spaces and a headline's words: no ticker by this rule,
    # the date read as on main.
    for width in (3, 4):
        article = jm.parse_article(_ticker_page(" " * width))
        assert article.published is not None, width
