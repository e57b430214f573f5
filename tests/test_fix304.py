"""fix304: attack83's false alarms and silent values (benchmarks/attacks83.py, docs/reliability.md
«Attacks, eighty-third round»), by general rules.

(a) ``_listing._credited_below``: the name a lead credits is the short line's words whole; a
longer outlet name opening with them («به گزارش شاهرود نیوز،» under the tag «شاهرود») is
another name, and the tag's name stays the title.
(b) ``_title._glued_crumb_runs_on``: a word ending «ی» right before an agent stem closing a
compound noun («کشتی سازان», «قایق رانان») is the compound's first half, no adjective of
the list's name: the cut headline is sure.
(c) ``_candidates._print_view_address``: a label naming the page's own address («لینک خبر:»,
«آدرس:») over the print view's address leaves it the view's own.
(d) «ارسال در تاریخ» (sent on) read after the lead is a footer's label, which the date line
under the headline outranks (a shop's shipping day is no publication day).
(e) ``_listing._lone_teaser_under`` reads a teaser of two lines cut at the last (fix294's) as
one excerpt: the headline over it and its button is doubted.
(f) ``_title.digit_twin_title`` reads «٪» as «%».
The layouts are attacks83's; the sentences are ours.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

from jalali_meta import parse_article

HEAD = "ساخت دومین پل عابر پیاده در بلوار شهید بهشتی شاهرود آغاز شد"
DATE_LINE = "۲ دی ۱۴۰۲ - ۰۹:۴۵"
LEAD = (
    "پیمانکار شهرداری از صبح امروز کار پی کنی ستون های پل را کنار ایستگاه اتوبوس بلوار آغاز "
    "کرد و ساخت آن تا پایان بهار سال آینده به پایان می رسد."
)
MORE = (
    "معاون عمرانی شهرداری گفت که این پل برای دانش آموزان دو مدرسه بزرگ بلوار ساخته می شود و "
    "آسانسور هم دارد."
)


# -- (a) the credited name is the line's words whole -------------------------------------


def test_place_tag_over_lead_crediting_a_longer_outlet_name_keeps_its_name() -> None:
    text = f"شاهرود\n\n{HEAD}\n{DATE_LINE}\nبه گزارش شاهرود نیوز، {LEAD[:70]} …\nادامه مطلب\n"
    assert parse_article(text).title == "شاهرود"


@pytest.mark.parametrize(
    "credit", ["به گزارش شاهرود نیوز،", "به گزارش خبرنگار شاهرود نیوز از بسطام،"]
)
def test_outlet_credited_whole_is_still_no_list_name(credit: str) -> None:
    # Near miss: the line is the whole credited name (a function word may follow it): the
    # site's own name, no title (fix298's rule, kept).
    text = f"شاهرود نیوز\n\n{HEAD}\n{DATE_LINE}\n{credit} {LEAD[:70]} …\nادامه مطلب\n"
    article = parse_article(text)
    assert article.title is None or "title-uncertain" in warning_codes(article)


# -- (b) a compound noun opening the headline after a glued breadcrumb ---------------------

SHIPS = "کشتی سازان بوشهر دو لنج چوبی تازه به آب انداختند"
SHIPS_BODY = (
    "به گزارش خبرنگار ما، دو لنج چوبی که استادکاران کارگاه های ساحلی در یک سال ساخته بودند "
    "عصر دیروز با آیین سنتی به دریا رفتند.\n\nاستادکاران گفتند که سفارش لنج تازه از کشورهای "
    "همسایه هم رسیده است.\n"
)


def test_noun_in_yeh_opening_a_compound_after_a_glued_crumb_is_sure() -> None:
    article = parse_article(f"خانه اخبار {SHIPS}\n\n{DATE_LINE}\n\n{SHIPS_BODY}")
    assert article.title == SHIPS
    assert "title-uncertain" not in warning_codes(article)


def test_adjective_in_yeh_after_a_glued_crumb_is_still_doubted() -> None:
    # Near miss: «خانه مقالات دانشجویی شیراز ...»: «دانشجویی» may end the list's name.
    headline = "دانشجویی شیراز جشنواره نوشتار دانشگاه را برگزار کرد"
    article = parse_article(f"خانه مقالات {headline}\n\n{DATE_LINE}\n\n{SHIPS_BODY}")
    assert "title-uncertain" in warning_codes(article)


# -- (c) a print view's own address under a label naming it ---------------------------------

OWN = "https://shahrood-example.ir/fa/News/8352/pol-abere-piadeh"


@pytest.mark.parametrize("label", ["لینک خبر:", "لینک :", "آدرس:"])
def test_print_view_address_under_its_own_link_label_gives_the_number(label: str) -> None:
    text = f"{HEAD}\n{DATE_LINE}\n\n{LEAD}\n\n{MORE}\n\n{label}\n{OWN}\nچاپ بستن\n"
    assert parse_article(text).number == "8352"


def test_address_under_a_source_label_is_still_no_print_view_address() -> None:
    # Near miss: «منبع:» over the address: another site's item (fix296's rule, kept).
    text = f"{HEAD}\n{DATE_LINE}\n\n{LEAD}\n\n{MORE}\n\nمنبع:\n{OWN}\nچاپ بستن\n"
    assert parse_article(text).number != "8352"


# -- (d) a shipping day labelled «ارسال در تاریخ» under a page's date line ---------------------

SHOP_HEAD = "عسل کنار کوه شاهرود در شیشه نیم کیلویی"
SHOP = (
    "این عسل از کندوهای دامنه کوه های شاهرود برداشت شده و در شیشه های نیم کیلویی با برچسب "
    "تاریخ برداشت عرضه می شود و برای خرید آن سفارش خود را در همین صفحه ثبت کنید."
)


@pytest.mark.parametrize("gap", ["", "\n"])
def test_shipping_day_in_a_shops_text_is_not_the_published_day(gap: str) -> None:
    shipping = "ارسال در تاریخ ۹ دی ۱۴۰۲ توسط پست پیشتاز"
    text = f"{SHOP_HEAD}\n\n{DATE_LINE}\n\n{SHOP}{gap}{shipping}\n\n{MORE}\n"
    article = parse_article(text)
    assert article.published is not None
    assert article.published.jalali_date == (1402, 10, 2)


def test_post_footer_with_no_date_line_above_still_dates_the_post() -> None:
    # Near miss: the footer is the page's only date (fix294's Mihanblog footer): read.
    text = f"{SHOP_HEAD}\n\n{SHOP}\n\n{MORE}ارسال در تاریخ شنبه ۹ دی ۱۴۰۲ توسط مریم\n"
    article = parse_article(text)
    assert article.published is not None
    assert article.published.jalali_date == (1402, 10, 9)


# -- (e) a two-line cut teaser and its button under a headline -----------------------------


def test_headline_over_a_two_line_cut_teaser_and_its_button_is_doubted() -> None:
    text = f"{HEAD}\n{DATE_LINE}\n{LEAD}\n{MORE[:60]} …\nادامه مطلب\n"
    article = parse_article(text)
    assert article.title is None or "title-uncertain" in warning_codes(article)


def test_headline_over_two_whole_paragraphs_stays_sure() -> None:
    # Near miss: the second line ends its sentence, no button: an article.
    article = parse_article(f"{HEAD}\n{DATE_LINE}\n{LEAD}\n{MORE}\n")
    assert article.title == HEAD
    assert "title-uncertain" not in warning_codes(article)


# -- (f) a headline twice, «%» and «٪» ------------------------------------------------------


def test_digit_twin_with_percent_signs_in_both_forms_gives_one_copy() -> None:
    ascii_copy = "کاهش 15% تصادف های بلوار شهید بهشتی شاهرود پس از ساخت پل"
    persian_copy = "کاهش ۱۵٪ تصادف های بلوار شهید بهشتی شاهرود پس از ساخت پل"
    text = f"{ascii_copy}{persian_copy}\n{DATE_LINE}\n\n{LEAD}\n\n{MORE}\n"
    assert parse_article(text).title == persian_copy
