"""fix302: attacks82's open inputs (benchmarks/attacks82.py, docs/reliability.md «Attacks,
eighty-second round») and mut54's (a), (b), (d) (benchmarks/mut54_main_pages.py). A kicker's
words stand in its headline in their order, so a noun headline over a standfirst that says it
with the words moved keeps the headline; a meeting's next day under its label is another
event's; a breadcrumb parted by «›» is read as one parted by «»»; an English date glued after
Persian letters is read; a post's later page after WordPress's time tail keeps the post's day;
a poster's count under the rank, a two-word heading over question sections and a list item
that lost its mark give the page's title. The layouts are attacks82's and mut54's; the
sentences are ours."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

from jalali_meta import parse_article

TEXT = (
    "به گزارش خبرنگار ما، باغداران روستاهای دامنه کوه از هفته گذشته سیب های درختی را چیدند و "
    "در جعبه های چوبی به انبارهای سرد شهر فرستادند.\n\n"
    "رئیس اتحادیه باغداران گفت که بیشتر محصول امسال به بازارهای استان های همسایه می رود و "
    "بخشی از آن نیز برای فروش به کشورهای همسایه آماده می شود.\n"
)
FOOTER = "تاریخ انتشار: ۲۲ مهر ۱۴۰۲ - ۰۹:۱۵\n"
PUBLISHED = "2023-10-14T09:15:00+03:30"


# -- a noun headline over its standfirst (_title._kicker_over_verb_headline, _in_order) --------

NOUN_HEADLINE = "کاهش صادرات سیب باغداران دامنه کوه"
STANDFIRST = "صادرات سیب این فصل به سبب کاهش خرید کشورهای همسایه از باغداران دامنه کوه پایین آمد"


def test_noun_headline_over_its_standfirst_stays_the_title_sure() -> None:
    article = parse_article(f"{NOUN_HEADLINE}\n\n{STANDFIRST}\n\n{TEXT}\n{FOOTER}")
    assert article.title == NOUN_HEADLINE
    assert "title-uncertain" not in warning_codes(article)
    assert article.published is not None
    assert article.published.gregorian.isoformat() == PUBLISHED


def test_kicker_repeated_in_order_still_gives_the_verb_headline_in_doubt() -> None:
    # Near miss: the short line's words stand in the verb's line in their order: a kicker
    # over its headline (fix293's rule), the headline taken, doubted.
    kicker = "سیب درختی دامنه کوه"
    headline = "سیب درختی از امروز در بازارچه دامنه کوه فروخته میشود"
    article = parse_article(f"{kicker}\n\n{headline}\n\n{TEXT}")
    assert article.title == headline
    assert "title-uncertain" in warning_codes(article)


# -- a meeting's next day (vocab.NEXT_MEETING_LABELS) -------------------------------------------

PS_HEAD = "په کندهار کې د انارو بازار پرانیستل شو"
PS_TEXT = (
    "د ښار بڼوالو د سهار له لومړیو ساعتونو انار بازار ته راوړل او ویې ویل چې سږ کال د انارو "
    "حاصل ښه دی.\n\nد کرنې ریاست وویل چې سوداګر به راتلونکې اونۍ بازار ته راشي.\n"
)


@pytest.mark.parametrize(
    ("head", "text", "line"),
    [
        (PS_HEAD, PS_TEXT, "راتلونکې غونډه: ۱۴۰۲ د میزان ۳۰"),
        (NOUN_HEADLINE, TEXT, "جلسه بعدی: ۳۰ مهر ۱۴۰۲"),
        (NOUN_HEADLINE, TEXT, "نشست آینده: ۳۰ مهر ۱۴۰۲"),
    ],
)
def test_next_meeting_day_is_no_publication(head: str, text: str, line: str) -> None:
    article = parse_article(f"{head}\n\n{text}\n{line}\n")
    assert article.published is None


def test_own_date_then_next_meeting_keeps_the_own_date() -> None:
    # Near miss: the page's own date line under the headline, the next meeting's in the body.
    article = parse_article(
        f"{NOUN_HEADLINE}\n\n۲۲ مهر ۱۴۰۲ - ۰۹:۱۵\n\n{TEXT}\nجلسه بعدی: ۳۰ مهر ۱۴۰۲\n"
    )
    assert article.published is not None
    assert article.published.gregorian.isoformat() == PUBLISHED


# -- a breadcrumb parted by «›» (_title._CRUMBED_HEADLINE) ----------------------------------------

CRUMB_HEAD = "بازار سیب درختی دامنه کوه گشایش یافت"


def test_single_guillemet_breadcrumb_over_its_lead_gives_the_last_crumb() -> None:
    text = f"خانه › کشاورزی › {CRUMB_HEAD}\n\n{CRUMB_HEAD}. {TEXT}"
    assert parse_article(text).title == CRUMB_HEAD


def test_single_guillemet_breadcrumb_over_another_lead_gives_no_crumb() -> None:
    # Near miss: the lead does not open with the last crumb: the crumb is not the title.
    text = f"خانه › کشاورزی › {CRUMB_HEAD}\n\n{TEXT}"
    assert parse_article(text).title != CRUMB_HEAD


# -- an English date glued after Persian letters (_patterns._GLUED_MDY, _grammar._TOKEN_START) --

DARI_HEAD = "بازار انار در ولسوالی ارغنداب کندهار گشایش یافت"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("گزارشگر کندهارOct 14, 2023519", "2023-10-14"),
        ("گزارشگر کندهارSeptember 3, 2023", "2023-09-03"),
    ],
)
def test_english_date_glued_after_persian_letters_is_read(line: str, day: str) -> None:
    article = parse_article(f"{DARI_HEAD}\n\n{line}\nphoto_caption\n\n{TEXT}")
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == day


@pytest.mark.parametrize("line", ["گزارشگر کندهارOctet 14, 2023519", "گزارشگر کندهارoct 14, 2023"])
def test_latin_word_glued_after_persian_letters_that_is_no_month_gives_no_day(line: str) -> None:
    # Near misses: a Latin word that is no month, and a month in small letters (no seam).
    article = parse_article(f"{DARI_HEAD}\n\n{line}\nphoto_caption\n\n{TEXT}")
    assert article.published is None


# -- a post's later page after the time tail (_sources._time_tail_permalink) ---------------------

TAIL = "https://sib-example.ir/2023/10/14/sib-derakhti/5210/bazar/editor/09/15/00/"


def _published(url: str) -> str | None:
    article = parse_article(f"{CRUMB_HEAD}\n\n{TEXT}", url=url)
    return None if article.published is None else article.published.gregorian.isoformat()


@pytest.mark.parametrize("page", ["2/", "12/"])
def test_later_page_after_the_time_tail_keeps_the_post_day_and_time(page: str) -> None:
    assert _published(TAIL + page) == PUBLISHED


@pytest.mark.parametrize("page", ["0/", "123/", "2/3/"])
def test_other_numbers_after_the_time_tail_give_no_time(page: str) -> None:
    # Near misses: a zero, a three-digit number, two numbers: no post's page, no date.
    assert _published(TAIL + page) is None


# -- mut54 (a): a poster's count under the rank (_title._POSTER_COUNT) --------------------------

THREAD = "پیوند سیب"
POST = (
    "سلام دوستان، سال گذشته چند نهال سیب در باغچه کاشتم و حالا می خواهم بدانم بهترین زمان "
    "پیوند زدن آنها چه ماهی است و چه ابزاری برای این کار لازم دارم."
)


@pytest.mark.parametrize("count", ["ارسال ها: 318", "پست ها: 1,204"])
def test_poster_count_under_the_rank_gives_the_thread_title(count: str) -> None:
    article = parse_article(f"{THREAD}\n\nsib_baghban\n\nعضو جدید\n{count}\n{POST}\n")
    assert article.title == THREAD
    assert "title-uncertain" in warning_codes(article)


# -- mut54 (b): a two-word heading over question sections ---------------------------------------

ANSWER = (
    "در این بخش می گوییم که باغدار در هر فصل چه کاری انجام می دهد و چه ابزاری به کار می برد "
    "تا درخت میوه بهتری بدهد و برای سال بعد آماده بماند."
)


ANSWER_2 = (
    "شاخه ها را پس از بریدن در جای خشک می گذاریم و چند هفته بعد آنها را خرد می کنیم تا برای "
    "روشن کردن تنور در زمستان به کار بیایند و چیزی دور ریخته نشود."
)


def _questions(heading: str) -> str:
    return (
        f"{heading}\n\nسیب را چه زمانی هرس کنیم؟\n\n{ANSWER}\n\n"
        f"شاخه های بریده را کجا بگذاریم؟\n\n{ANSWER_2}\n"
    )


def test_two_word_heading_over_question_sections_is_the_title() -> None:
    article = parse_article(_questions("هرس سیب"))
    assert article.title == "هرس سیب"
    assert "title-uncertain" in warning_codes(article)


def test_one_word_heading_over_question_sections_is_not_this_rule() -> None:
    # Near miss: one word over the questions (a section's name): not taken as the title.
    assert parse_article(_questions("سیب")).title != "سیب"


# -- mut54 (d): a list item that lost its mark ----------------------------------------------------

HISTORY = (
    "پیشینه\nنخستین باغ این دره در دوره قاجار کاشته شد و مسافران از کنار آن به شهرهای شمال "
    "می رفتند و سال ها تنها باغ میوه آن منطقه بود.\n"
    "در سال های بعد باغ های تازه ای در کنار آن کاشته شد و باغ کهنه امروز تنها برای گردش به "
    "کار می رود و گردشگران بسیاری از آن دیدن می کنند.\n"
)
PLACE = "باغ سیب دره سبز"


def test_list_item_that_lost_its_mark_breaks_no_list() -> None:
    items = "- چایخانه سنتی کنار جوی\nورود کودکان رایگان است\n- فروشگاه مربا و آب سیب\n"
    article = parse_article(f"{PLACE}\nامکانات\n{items}{HISTORY}")
    assert article.title == PLACE


def test_two_unmarked_lines_between_items_are_no_list() -> None:
    # Near miss: two lines without a mark between the items: no list, this rule gives no name.
    items = "- چایخانه سنتی کنار جوی\nورود کودکان رایگان است\nپارکینگ ندارد\n- فروشگاه مربا\n"
    assert parse_article(f"{PLACE}\nامکانات\n{items}{HISTORY}").title != PLACE
