"""fix116: attack44's findings.

1. IDs printed under a related box's heading («اخبار مرتبط», «مطالب مرتبط») are the box's
   items', not evidence that the page is a list: an agency article whose own «کد خبر» stands
   under its text (or its lead) over a related box of two items, each with «DATE - کد خبر: N»,
   keeps its title, date and ID. A tag page of three coded items stays a list.
2. A two-digit-year date followed by a clock with a one-digit minute («ساعت ۷:۵») keeps its
   day with time-unread, as a four-digit year's does; a clock that is none («11:055») is
   refused with invalid-date; «ساعت ۲۴:۰۰» under a fitting weekday is blamed on the time.

The sentences, headlines and IDs are ours; the layouts are agencies' (shoaresal.ir's
«کد خبر: N تاریخ انتشار : DATE» line, iribnews.ir's date and code under the lead).
"""

from __future__ import annotations

import jalali_meta as jm

HEAD = "ساخت پل عابر پیاده در میدان اصلی شهر آغاز شد"
LEAD = (
    "معاون عمرانی شهرداری گفت ساخت پل عابر پیاده میدان اصلی با اعتبار امسال آغاز شده و تا "
    "پایان تابستان به پایان می‌رسد."
)
BODY = (
    "او افزود طراحی این پل با توجه به رفت‌وآمد دانش‌آموزان مدارس اطراف انجام شده و دو "
    "آسانسور برای سالمندان و معلولان دارد.\n"
    "به گفته وی، در زمان ساخت، عبور خودروها از یک خط خیابان ممکن خواهد بود و مسیرهای "
    "جایگزین از پیش اعلام شده است.\n"
)
RELATED = (
    "اخبار مرتبط\n"
    "بازگشایی خیابان شهید بهشتی پس از پایان عملیات لوله‌گذاری\n"
    "۱۴۰۳/۰۲/۱۰ - کد خبر: ۷۱۲۲۰۴\n"
    "آغاز طرح آسفالت معابر فرعی در منطقه دو\n"
    "۱۴۰۳/۰۱/۲۸ - کد خبر: ۷۰۹۸۸۱\n"
)
MENU = "صفحه اصلی\nسیاسی\nاقتصادی\nاجتماعی\nفرهنگی\nورزشی"
FOOT = "کلیه حقوق این پایگاه محفوظ است"
ITEMS = (
    (
        "افتتاح کتابخانه عمومی در محله شمالی",
        "کتابخانه تازه با ده هزار جلد کتاب و سالن مطالعه ویژه دانش‌آموزان در محله شمالی شهر "
        "گشایش یافت و هر روز تا ساعت نه شب باز است.",
        "۱۴۰۳/۰۲/۱۲",
        "۷۱۲۹۰۱",
    ),
    (
        "برگزاری جشنواره فیلم کوتاه دانشجویی",
        "دانشجویان هنر از سراسر استان در این جشنواره فیلم‌های کوتاه خود را به داوری گذاشتند و "
        "برگزیدگان در پایان هفته معرفی می‌شوند.",
        "۱۴۰۳/۰۲/۰۸",
        "۷۱۲۵۵۰",
    ),
    (
        "نصب سامانه هوشمند در تقاطع‌های پرتردد",
        "سامانه هوشمند کنترل چراغ‌های راهنمایی در شش تقاطع پرتردد نصب شد تا زمان انتظار "
        "خودروها در ساعات اوج کاهش پیدا کند.",
        "۱۴۰۳/۰۲/۰۳",
        "۷۱۱۸۷۲",
    ),
)
TAG_PAGE = (
    f"{MENU}\nعمران شهری\n\n"
    + "".join(
        f"{head}\n{teaser}\nکد خبر: {number} تاریخ انتشار : {day}\n\n"
        for head, teaser, day, number in ITEMS
    )
    + FOOT
    + "\n"
)


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _is_the_article(article: jm.Article) -> None:
    assert article.title == HEAD
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2024-05-04"  # 15 Ordibehesht 1403
    assert article.number == "713055"
    assert "listing-page" not in _codes(article)


# -- 1. a related box's IDs are no evidence of a list ----------------------------------------


def test_code_and_date_under_text_over_related_box() -> None:
    text = (
        f"{MENU}\n{HEAD}\n{LEAD}\n\n{BODY}کد خبر: ۷۱۳۰۵۵ تاریخ انتشار : ۱۴۰۳/۰۲/۱۵\n\n"
        f"{RELATED}\n{FOOT}\n"
    )
    _is_the_article(jm.parse_article(text))


def test_date_and_code_under_lead_over_related_box() -> None:
    text = (
        f"{MENU}\n{HEAD}\n{LEAD}\n۱۵ اردیبهشت ۱۴۰۳ ساعت ۰۹:۲۰\nکد خبر: ۷۱۳۰۵۵\n\n{BODY}\n"
        f"{RELATED}\n{FOOT}\n"
    )
    article = jm.parse_article(text, url="https://www.example-agency.ir/fa/news/713055/")
    _is_the_article(article)
    assert article.published is not None
    assert article.published.isoformat() == "2024-05-04T09:20:00+03:30"


def test_other_related_heading_words() -> None:
    related = RELATED.replace("اخبار مرتبط", "مطالب مرتبط")
    text = (
        f"{MENU}\n{HEAD}\n{LEAD}\n\n{BODY}کد خبر: ۷۱۳۰۵۵ تاریخ انتشار : ۱۴۰۳/۰۲/۱۵\n\n"
        f"{related}\n{FOOT}\n"
    )
    _is_the_article(jm.parse_article(text))


def test_neg_tag_page_of_three_coded_items_stays_a_list() -> None:
    for url in (None, "https://www.example-agency.ir/fa/tags/8812/1/عمران"):
        article = jm.parse_article(TAG_PAGE, url=url)
        assert "listing-page" in _codes(article)
        assert article.title not in {head for head, *_ in ITEMS}
        assert article.number is None


def test_neg_tag_page_with_a_related_box_under_it_stays_a_list() -> None:
    article = jm.parse_article(TAG_PAGE.replace(FOOT, RELATED + FOOT))
    assert "listing-page" in _codes(article)
    assert article.title not in {head for head, *_ in ITEMS}
    assert article.number is None


def test_neg_related_box_before_the_header() -> None:
    # The box printed over the page's own header: the existing rules keep its items out.
    text = (
        f"{MENU}\n{RELATED}\n{HEAD}\nکد خبر: ۷۱۳۰۵۵\n۱۵ اردیبهشت ۱۴۰۳ ساعت ۰۹:۲۰\n{LEAD}\n\n"
        f"{BODY}\n{FOOT}\n"
    )
    _is_the_article(jm.parse_article(text))


# -- 2. two-digit-year readers and a clock that is none --------------------------------------

_NEWS_URL = "https://example-news.ir/news/84521/budget-meeting"
_HEADLINE = "کلیات بودجه سال آینده شهرداری در شورای شهر تصویب شد"


def _news(date_line: str) -> jm.Article:
    return jm.parse_article(f"{_HEADLINE}\n{date_line}\n\n{LEAD}\n{BODY}", url=_NEWS_URL)


def test_weekday_two_digit_year_one_digit_minute_keeps_the_day() -> None:
    for line in ("شنبه ۱۲ اسفند ۰۲ ساعت ۷:۵", "شنبه ۱۲ اسفند ۰۲ - ۷:۵"):
        article = _news(line)
        assert article.title == _HEADLINE
        assert article.published is not None
        assert article.published.isoformat() == "2024-03-02"
        assert {"two-digit-year", "time-unread"} <= _codes(article)


def test_numeric_two_digit_year_one_digit_minute_warns_time_unread() -> None:
    article = _news("۰۲/۱۲/۱۲ - ۷:۵")
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-02"
    assert {"two-digit-year", "time-unread"} <= _codes(article)


def test_two_digit_year_clock_of_three_minute_digits_is_refused() -> None:
    # As with a four-digit year («1390/3/20 11:055»): no day read without its time.
    for line in ("90/3/20 11:055", "جمعه 20 خرداد 90 ساعت 11:055"):
        article = _news(line)
        assert article.published is None
        assert "invalid-date" in _codes(article)


def test_time_24_00_is_named_in_the_message() -> None:
    article = _news("شنبه ۱۲ اسفند ۰۲ ساعت ۲۴:۰۰")
    assert article.published is None
    messages = [w.message for w in article.warnings if w.code == "invalid-date"]
    assert messages
    assert all("weekday does not fit" not in message for message in messages)
    assert any("24:00 does not exist" in message for message in messages)


def _weekday_blamed(line: str) -> None:
    article = _news(line)
    assert article.published is None
    messages = [w.message for w in article.warnings if w.code == "invalid-date"]
    assert any("weekday does not fit" in message for message in messages)


def test_wrong_weekday_with_one_digit_minute_is_warned() -> None:
    # 12 Esfand 1402 is a Saturday: a Friday fits no century (no date and no warning before).
    _weekday_blamed("جمعه ۱۲ اسفند ۰۲ ساعت ۷:۵")


def test_neg_wrong_weekday_with_24_00_still_blamed_on_the_weekday() -> None:
    _weekday_blamed("جمعه ۱۲ اسفند ۰۲ ساعت ۲۴:۰۰")


def test_neg_no_weekday_stays_text() -> None:
    article = _news("۱۲ اسفند ۰۲ ساعت ۷:۵")
    assert article.published is None


def test_neg_whole_clock_is_read() -> None:
    article = _news("شنبه ۱۲ اسفند ۰۲ ساعت ۲۳:۵۹")
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-02T23:59:00+03:30"
    assert "time-unread" not in _codes(article)
    article = _news("۰۲/۱۲/۱۲ - ۱۰:۳۰")
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-02T10:30:00+03:30"
    assert "time-unread" not in _codes(article)


# -- 3. a poem's verse under its one-word name -----------------------------------------------

_VERSES = (
    "مهر تو در دل ماند چون آفتاب صبحگاه\n"
    "هر سحر بر بام ما تابید بی‌گاه و گاه\n"
    "شاعر این شعر را در پاییز سال گذشته برای مادرش سروده و در جلسه شعر محله خوانده است.\n"
)


def test_verse_line_under_a_one_word_name_is_doubted() -> None:
    for name in ("مهر", "باران", "پاییز"):
        article = jm.parse_article(f"{name}\n\n{_VERSES}")
        assert article.title in (None, name) or "title-uncertain" in _codes(article)


def test_neg_site_name_over_kicker_and_headline() -> None:
    # A one-word site name, a kicker and the headline, each of a verse's length: no rhyme.
    text = f"ایسنا\nرئیس شورای شهر در نشست علنی امروز خبر داد\n{_HEADLINE}\n{LEAD}\n{BODY}"
    article = jm.parse_article(text)
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_neg_one_word_line_over_a_headline() -> None:
    article = jm.parse_article(f"مهر\n{_HEADLINE}\n{LEAD}\n{BODY}")
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


# -- mut30: tests killing survivors of benchmarks/hand_mutants_30.py ---------------------------

_PROSE = "شاعر این شعر را در پاییز سال گذشته برای مادرش سروده و در جلسه شعر محله خوانده است.\n"


def test_verse_lines_rhyming_in_two_letters_are_doubted() -> None:
    # «آفتاب» / «خواب»: the last words share their last two letters, the rhyme's least.
    verses = "مهر تو در دل ماند چون نور آفتاب\nهر سحر بر بام ما تابید در خواب\n"
    article = jm.parse_article(f"مهر\n\n{verses}{_PROSE}")
    assert article.title in (None, "مهر") or "title-uncertain" in _codes(article)


def test_neg_two_word_line_over_verse_lines() -> None:
    # Two words over the block: a headline's kicker or a section, not a poem's one-word name.
    article = jm.parse_article(f"مهر مادر\n\n{_VERSES}")
    assert "title-uncertain" not in _codes(article)


def test_neg_lines_of_unequal_length_are_no_verse_block() -> None:
    # The second line twice the first's length: no one meter, no block of verse.
    lines = "مهر تو ماند صبحگاه\nهر سحر بر بام ما تابید نور گرم آفتاب بی‌گاه و گاه\n"
    article = jm.parse_article(f"مهر\n\n{lines}{_PROSE}")
    assert "title-uncertain" not in _codes(article)


def test_two_digit_year_clock_of_three_hour_digits_is_refused() -> None:
    # (mut31) «123:4» where the time belongs is no clock: no day read without its time, as
    # with «11:055», for the numeric and the named layout.
    for line in ("90/3/20 123:4", "جمعه 20 خرداد 90 ساعت 123:4", "۰۲/۱۲/۱۲ - ۱۲۳:۵"):
        article = _news(line)
        assert article.published is None
        assert "invalid-date" in _codes(article)
