"""fix102: blind batch 44 (tests/pages/1460-1475); page-shaped texts written here."""

from __future__ import annotations

import datetime as dt

import jalali_meta as jm

_BODY = (
    "به اطلاع همه مشترکان می رساند که به دلیل تعمیر کابل های اصلی شبکه در این منطقه، "
    "سرویس تلفن ثابت و اینترنت در روز دوشنبه از ساعت دو تا شش بامداد قطع خواهد بود و پس "
    "از پایان کار به صورت خودکار برقرار می شود."
)

# 1. A colon-less «کد خبر» after a run of hyphens on the date's line (sabanet1524.com, 1467).


def _notice(meta: str) -> str:
    return f"قطع موقت سرویس تلفن ثابت در محله شرقی شهر\n\n{meta}\n\n{_BODY}\n"


def test_code_label_after_hyphen_run_is_read() -> None:
    article = jm.parse_article(_notice("تاریخ خبر : ۱۴۰۱/۰۳/۱۵ --- کد خبر ۷۸"))
    assert article.number == "78"
    assert article.published is not None
    assert article.published.gregorian == dt.date(2022, 6, 5)


def test_code_label_after_two_hyphens_is_read() -> None:
    article = jm.parse_article(_notice("تاریخ خبر : ۱۴۰۱/۰۳/۱۵ -- کد خبر ۷۸"))
    assert article.number == "78"


def test_code_label_after_one_spaced_hyphen_is_not_read_neg() -> None:
    # One hyphen may be a date's or a name's own dash: no label position.
    article = jm.parse_article(_notice("تاریخ خبر : ۱۴۰۱/۰۳/۱۵ - کد خبر ۷۸"))
    assert article.number is None


def test_hyphen_run_glued_to_the_label_is_not_read_neg() -> None:
    article = jm.parse_article(_notice("تاریخ خبر : ۱۴۰۱/۰۳/۱۵ ---کد خبر ۷۸"))
    assert article.number is None


# 2. «/newstext/ID»: a news item's text page (aftababpakhsh.ir, 1472).

_ITEM = (
    "بازدید اعضای شورا از پروژه لایروبی کانال های شهر\n\n"
    "اعضای شورای شهر در بازدید از پروژه لایروبی کانال های شهر بر پایان کار پیش از فصل "
    "بارندگی تاکید کردند و پیمانکار را به شتاب بیشتر فراخواندند.\n"
)


def test_newstext_segment_names_the_item() -> None:
    article = jm.parse_article(_ITEM, url="http://www.example-town.ir/newstext/4821")
    assert article.number == "4821"


def test_plain_text_segment_names_no_item_neg() -> None:
    article = jm.parse_article(_ITEM, url="http://www.example-town.ir/text/4821")
    assert article.number is None


# 3. «/ITEM/N/<category slug>/ID/<item slug>» (petromuseum.ir, 1471).


def test_item_number_after_category_number_and_slug() -> None:
    url = "http://www.example-museum.ir/content/14/book-reviews/952/a-century-of-oil-wells"
    assert jm.parse_article(_ITEM, url=url).number == "952"


def test_year_after_category_slug_is_no_item_neg() -> None:
    url = "http://www.example-museum.ir/content/14/book-reviews/1399/a-century-of-oil-wells"
    assert jm.parse_article(_ITEM, url=url).number is None


def test_category_item_shape_needs_an_item_segment_neg() -> None:
    url = "http://www.example-museum.ir/magazine/14/book-reviews/952/a-century-of-oil-wells"
    assert jm.parse_article(_ITEM, url=url).number is None


# 4. A book card's «LABEL: VALUE» lines are never the title; the headline printed again
# after a glued date in words is the page's date line (petromuseum.ir, 1471).

_BOOK_TITLE = "صد سال نفت/ روايت حفاري نخستين چاه هاي نفت خاورميانه در مسجد سليمان"
_PREFACE = (
    'در پيشگفتار كتاب "صد سال نفت" مي خوانيم: "نخستين چاه نفت خاورميانه در دامنه كوه هاي '
    "زاگرس به نفت رسيد و زندگي مردم منطقه را براي هميشه دگرگون كرد. اين كتاب روايت "
    'كارگران و مهندسان آن سال ها است..."'
)


def _book_page(card: str, dated: str = "سه شنبه دوازدهم مهر ماه 1401") -> str:
    return (
        f"{_BOOK_TITLE}\n\n{dated}{_BOOK_TITLE}\n\n{card}\n\nاسفند 1400\n\n212 صفحه\n\n{_PREFACE}\n"
    )


def test_book_card_lines_are_not_the_title() -> None:
    card = "مولف: رضا كاظمي\n\nناشر: انتشارات موزه صنعت نفت"
    article = jm.parse_article(_book_page(card))
    assert article.title == _BOOK_TITLE
    assert not any(w.code == "title-uncertain" for w in article.warnings)


def test_date_glued_to_the_headline_copy_is_published() -> None:
    article = jm.parse_article(_book_page("مولف: رضا كاظمي\n\nناشر: انتشارات موزه صنعت نفت"))
    assert article.published is not None
    assert article.published.gregorian == dt.date(2022, 10, 4)


def test_date_glued_to_other_words_is_not_the_page_date_neg() -> None:
    page = _book_page(
        "مولف: رضا كاظمي\n\nناشر: انتشارات موزه صنعت نفت",
        dated="سه شنبه دوازدهم مهر ماه 1401 نشست نقد كتاب در موزه برگزار شد",
    ).replace(f"برگزار شد{_BOOK_TITLE}", "برگزار شد")
    article = jm.parse_article(page)
    assert article.published is None or article.published.gregorian != dt.date(2022, 10, 4)


def test_speaker_headline_printed_twice_stays_the_title_neg() -> None:
    # One label twice is a headline printed twice, no card of fields.
    headline = "وزیر نیرو: طرح انتقال آب به استان های شرقی امسال تمام می شود"
    page = f"{headline}\n\n{headline}\n\n{_BODY}\n"
    assert jm.parse_article(page).title == headline


def test_speaker_headline_over_a_card_line_stays_the_title_neg() -> None:
    # A quote's headline ends with its verb: no card's field, though a field line follows.
    headline = "وزیر نیرو: طرح انتقال آب امسال تمام می شود"
    page = f"{headline}\n\nعکاس: مریم احمدی\n\n{_BODY}\n"
    assert jm.parse_article(page).title == headline


# 5. «HEADLINE - NAME» over NAME printed alone (shootball.parsiblog.com, 1474).

_POST_BODY = (
    "مدیر باشگاه گفت: مدرک مربیگری سرمربی تیم هنوز صادر نشده است و باشگاه ناچار شد نام "
    "دستیار اول را به کنفدراسیون فوتبال آسیا اعلام کند تا تیم از مسابقات کنار نماند."
)


def test_blog_name_joined_to_the_headline_is_cut() -> None:
    page = f"\nدستیاران سرمربی در فهرست آسیایی دو باشگاه - گل‌زن!\nگل‌زن!\n\n{_POST_BODY}\n"
    article = jm.parse_article(page)
    assert article.title == "دستیاران سرمربی در فهرست آسیایی دو باشگاه"


def test_dash_part_not_printed_below_stays_neg() -> None:
    page = f"\nدستیاران سرمربی در فهرست آسیایی دو باشگاه - گل‌زن!\nاخبار ورزشی\n\n{_POST_BODY}\n"
    title = jm.parse_article(page).title
    assert title is not None
    assert title.endswith("گل‌زن!")


# mut27 (benchmarks/hand_mutants_27.py): a card needs two labels and one colon a line.


def test_speaker_headline_without_a_verb_printed_twice_stays_the_title_neg() -> None:
    # One label twice (the h1 and its og:title copy), no verb at the end: no card (mutant 18
    # let two lines of one label be a card).
    headline = "وزیر نیرو: پایان طرح انتقال آب شرق"
    assert jm.parse_article(f"{headline}\n\n{headline}\n\n{_BODY}\n").title == headline


def test_headline_with_two_colons_over_a_field_line_stays_the_title_neg() -> None:
    # Two colons: a kicker and a quote, no card's field (mutant 17 let «>= 1» colon).
    headline = "گزارش تصویری: وزیر نیرو: پایان طرح انتقال آب"
    page = f"{headline}\n\nعکاس: مریم احمدی\n\n{_BODY}\n"
    assert jm.parse_article(page).title == headline
