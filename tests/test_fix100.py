"""fix100: two titles taken with no warning that the mutation rounds found
(docs/reliability.md, the twenty-fourth and twenty-fifth rounds, "Left alive" and "Noticed").

1. A line of the top bar run together right over a web app's install prompt: a theme toggle
glued to the next span («حالت تاریکی شهر», mut25 mutant 36), a place and the bar's date
(«تهران  • DATE», mut24 mutant 57). The joined line was the title, silently; it is passed
over like the toggle alone, so the prompt under it is found and the headline under the
prompt is the title. A line there that ends with its verb is a headline and stays one.
2. An author's name under the page's opening date line over a short line (the story's place)
and the lead, or under a date line with a menu entry over it (mut25 mutants 44, 45): the name
was the title, silently. A name-length line of letters there whose words are not the lead's
is a byline: no title, title-uncertain. One whose words come back in the lead («جشنواره
فجر» over a lead about the festival) may be a short headline: it stays, doubted.

The sentences are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm


def _codes(record: jm.Article) -> list[str]:
    return [warning.code for warning in record.warnings]


# 1. The top bar's line right over the install prompt.

HEADLINE = "کتابخانه مرکزی شهر پس از شش سال هنوز افتتاح نشده است"
LEAD = (
    "ساختمان کتابخانه مرکزی که قرار بود در دو سال ساخته شود، پس از شش سال همچنان نیمه‌کاره "
    "مانده و دانش‌آموزان برای مطالعه به سالن‌های کوچک محله‌ها می‌روند."
)
MORE = (
    "به گزارش خبرنگار پایگاه خبری نمونه؛ دیوارهای ساختمان سال‌هاست بی‌نما مانده و "
    "پیمانکار کار را نیمه‌تمام رها کرده است."
)
TODAY = "پنجشنبه, 1403/11/04 شمسی | 2025/01/23 میلادی"
INSTALL = "آیا مایل به نصب وب اپلیکیشن نمونه نیوز | example.com هستید؟"


def _page(bar: str) -> str:
    return "\n".join((bar, INSTALL, "ببینید؛", "", HEADLINE, "", LEAD, "", MORE))


@pytest.mark.parametrize(
    "bar",
    [
        "حالت تاریکی شهر",
        "حالت شب\u200c شهر نمونه",
        f"تهران  • {TODAY}",
        f"تهران | {TODAY}",
        f"شیراز • {TODAY}",
    ],
)
def test_a_bar_line_over_the_install_prompt_gives_way_to_the_headline(bar: str) -> None:
    record = jm.parse_article(_page(bar))
    assert record.title == HEADLINE


def test_a_bar_line_over_the_install_prompt_without_the_helper_line() -> None:
    text = "\n".join(("حالت تاریکی شهر", INSTALL, "", HEADLINE, "", LEAD, "", MORE))
    assert jm.parse_article(text).title == HEADLINE


EMERGENCY = "حالت اضطرار در سه استان جنوبی اعلام شد"


def test_neg_a_headline_starting_with_halat_over_the_prompt_stays() -> None:
    record = jm.parse_article("\n".join((EMERGENCY, INSTALL, "", LEAD, "", MORE)))
    assert record.title == EMERGENCY


def test_neg_a_headline_ending_with_its_verb_over_the_prompt_is_not_passed_over() -> None:
    # Two headline-shaped lines, one over the prompt ending with its verb: as before.
    record = jm.parse_article(_page(EMERGENCY))
    assert record.title == EMERGENCY


def test_neg_a_short_line_over_a_paragraph_without_a_prompt_stays() -> None:
    record = jm.parse_article("\n".join(("حالت اضطرار", "", LEAD, "", MORE)))
    assert record.title == "حالت اضطرار"


# 2. A byline's name under the opening date line.

AR_LEAD = (
    "أعلنت الشركة الألمانية للقطارات اليوم عن خطة جديدة لتوسيع شبكة الخطوط السريعة بين المدن "
    "الكبرى خلال السنوات الخمس المقبلة، وقالت إن الكلفة ستبلغ عدة مليارات من اليوروهات."
)
AR_MORE = "وأضافت الشركة أن الأعمال ستبدأ في الربيع المقبل في ثلاث ولايات."
FA_HEADLINE = "بازگشایی دوباره پل تاریخی شهر پس از دو سال مرمت"
FA_LEAD = (
    "مدیرکل میراث فرهنگی استان از بازگشایی پل تاریخی شهر پس از دو سال کار مرمت خبر داد و گفت "
    "این پل از هفته آینده به روی رهگذران باز خواهد بود."
)
FA_MORE = "به گفته او هزینه این کار از محل اعتبارات استانی پرداخت شده است."
AR_DATE = "3-9-2025 | 08:40"
FA_DATE = "۱۴۰۳/۰۶/۱۲ - ۰۸:۴۰"


@pytest.mark.parametrize(
    "text",
    [
        f"{AR_DATE}\nسلمى حداد\nالقاهرة\n{AR_LEAD}\n{AR_MORE}\n",
        f"الرئيسية\n{AR_DATE}\nسلمى حداد\n{AR_LEAD}\n{AR_MORE}\n",
        f"{FA_DATE}\nمریم احمدی\nتبریز\n{FA_LEAD}\n{FA_MORE}\n",
        f"صفحه اصلی\n{FA_DATE}\nمریم احمدی\n{FA_LEAD}\n{FA_MORE}\n",
        f"{FA_DATE}\nمریم احمدی\n{FA_LEAD}\n{FA_MORE}\n",
    ],
)
def test_a_name_under_the_opening_date_line_is_no_title(text: str) -> None:
    record = jm.parse_article(text)
    assert record.title is None
    assert "title-uncertain" in _codes(record)


def test_the_date_is_still_read_under_a_byline() -> None:
    record = jm.parse_article(f"{FA_DATE}\nمریم احمدی\nتبریز\n{FA_LEAD}\n{FA_MORE}\n")
    assert record.published is not None
    assert record.published.jalali_date == (1403, 6, 12)


FEST = "جشنواره فجر"
FEST_LEAD = (
    "سی و سومین دوره جشنواره فجر امروز با نمایش دوازده فیلم در سالن‌های پایتخت آغاز شد و "
    "دبیر جشنواره گفت امسال بیش از صد فیلم به دبیرخانه رسیده است."
)


@pytest.mark.parametrize("place", ["", "تهران\n"])
def test_neg_a_short_headline_echoed_by_its_lead_stays_doubted(place: str) -> None:
    # «جشنواره فجر»: a name's length and shape, but its words open the lead: a headline
    # as likely as a name, kept and doubted.
    record = jm.parse_article(f"{FA_DATE}\n{FEST}\n{place}{FEST_LEAD}\n{FA_MORE}\n")
    assert record.title == FEST
    assert "title-uncertain" in _codes(record)


def test_neg_a_headline_then_the_name_under_the_date_line() -> None:
    record = jm.parse_article(f"{FA_DATE}\n{FA_HEADLINE}\nمریم احمدی\n{FA_LEAD}\n{FA_MORE}\n")
    assert record.title == FA_HEADLINE
    assert "title-uncertain" not in _codes(record)


def test_neg_a_headline_over_the_date_line_keeps_the_name_out() -> None:
    text = f"{FA_HEADLINE}\n{FA_DATE}\nمریم احمدی\nتبریز\n{FA_LEAD}\n{FA_MORE}\n"
    record = jm.parse_article(text)
    assert record.title == FA_HEADLINE


def test_neg_a_longer_line_under_the_date_over_a_place_stays() -> None:
    headline = "افزایش قیمت نان در تبریز"
    text = f"{FA_DATE}\n{headline}\nتبریز\n{FA_LEAD}\n{FA_MORE}\n"
    record = jm.parse_article(text)
    assert record.title == headline


# mut27 (benchmarks/hand_mutants_27.py): the edges of the byline rule.


def test_a_three_word_name_over_a_two_word_place_is_no_title() -> None:
    # «بندر عباس»: a place of two words between the name and the lead (mutant 3 let one).
    record = jm.parse_article(f"{FA_DATE}\nسیده مریم احمدی\nبندر عباس\n{FA_LEAD}\n{FA_MORE}\n")
    assert record.title is None
    assert "title-uncertain" in _codes(record)


def test_a_name_whose_family_name_alone_comes_back_in_the_lead_is_no_title() -> None:
    # «خانم احمدی» in the lead: one word of the name is not the whole name echoed (mutant 7
    # kept the name as a doubted headline).
    lead = (
        "خانم احمدی مدیرکل میراث فرهنگی استان از بازگشایی پل تاریخی شهر پس از دو سال کار "
        "مرمت خبر داد."
    )
    record = jm.parse_article(f"{FA_DATE}\nمریم احمدی\n{lead}\n{FA_MORE}\n")
    assert record.title is None
    assert "title-uncertain" in _codes(record)
