"""fix150: leads of the fifty-ninth blind batch (blind62, tests/pages 1827) and the fifty-first
attack round (benchmarks/attacks51.py): an agency's header flattened onto one line by an
aggregator's scraper («LINK DATE، TIME کد خبر ID CATEGORY ...»), and a photo agency's weekday
date over its item's labelled credits («سرویس :», «عکاس :») running straight into the headline.

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

import jalali_meta as jm

HEADLINE = "نمایشگاه کتاب کودک در کتابخانه مرکزی شهر گشایش یافت"
LEAD = (
    "اصفهان- مدیر کتابخانه‌های عمومی استان گفت: نمایشگاه کتاب کودک با عرضه سه هزار عنوان "
    "کتاب از امروز در کتابخانه مرکزی شهر برپاست."
)
BODY = (
    f"{LEAD} به گزارش خبرنگار ما، این نمایشگاه تا پایان هفته هر روز از ساعت نه صبح تا "
    "هشت شب به روی بازدیدکنندگان باز است.\n\n"
    "به گفته برگزارکنندگان کتاب‌ها با تخفیف ویژه به خانواده‌ها عرضه می‌شود.\n"
)
# 12 Dey 1402: 1 Dey 1402 = 2023-12-22, so 2024-01-02 (no summer time since 1402: +03:30).
STAMP = "۱۲ دی ۱۴۰۲، ۰۹:۱۵"
PUBLISHED = dt.datetime(2024, 1, 2, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=3, minutes=30)))


def _relay(header: str) -> str:
    """An aggregator's item page (as faralink.com's, tests/pages 1827): the headline, the
    source agency and the item's age, the headline again, the lead, a redirect notice, then
    the agency's header printed on one line, then the lead and the body."""
    return (
        f"{HEADLINE}\n خبرگزاری نمونه / ۵ ساعت قبل\n{HEADLINE}\n{LEAD}\n"
        f"  در حال انتقال به متن خبر\n\n{header}\n\n{BODY}"
    )


def _under_lead(header: str) -> str:
    """The agency's header on one line right under the headline and its lead."""
    return f"{HEADLINE}\n{LEAD}\n\n{header}\n\n{BODY}"


TAIL = f"فرهنگی اصفهان فرهنگی اصفهان {STAMP} مدیر کتابخانه‌های عمومی استان: {HEADLINE}"


@pytest.mark.parametrize(
    "header",
    [
        f"https://agency.example.ir/x7Abc {STAMP} کد خبر 5512345 {TAIL}",
        f"{STAMP} کد خبر 5512345 {TAIL}",
        f"https://agency.example.ir/x7Abc {STAMP} شماره خبر 5512345 {TAIL}",
        f"https://agency.example.ir/x7Abc {STAMP} کد خبر 5512345",
    ],
)
@pytest.mark.parametrize("page", [_relay, _under_lead])
def test_flattened_agency_header_gives_code_and_date(
    header: str, page: Callable[[str], str]
) -> None:
    article = jm.parse_article(page(header))
    assert article.title == HEADLINE
    assert article.number == "5512345"
    assert article.published is not None
    assert article.published.gregorian == PUBLISHED


@pytest.mark.parametrize(
    "header",
    [
        # no time after the date
        f"https://agency.example.ir/x7Abc ۱۲ دی ۱۴۰۲ کد خبر 5512345 {TAIL}",
        # a one-word «کد» after the date and time
        f"https://agency.example.ir/x7Abc {STAMP} کد 5512345 {TAIL}",
        # a code of three digits
        f"https://agency.example.ir/x7Abc {STAMP} کد خبر 345 {TAIL}",
        # a sentence holding the date, not a header opening with it
        f"گزارش روز {STAMP} کد خبر 5512345 {TAIL}",
    ],
)
@pytest.mark.parametrize("page", [_relay, _under_lead])
def test_flattened_agency_header_neg(header: str, page: Callable[[str], str]) -> None:
    assert jm.parse_article(page(header)).number is None


PHOTO = "برداشت انار در باغ‌های ساوه آغاز شد"
PHOTO_BODY = (
    "برداشت انار امسال با چند روز تأخیر در باغ‌های ساوه آغاز شد و باغداران از صبح زود "
    "میوه‌ها را می‌چینند.\n\nبه گفته باغداران محصول امسال از سال گذشته بیشتر است.\n"
)
# 6 Dey 1402 = 2023-12-27, a Wednesday.
WEEKDAY_DATE = "چهارشنبه ۶ دی ۱۴۰۲"


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_photo_weekday_date_over_item_credits_text(gap: str) -> None:
    text = gap.join((WEEKDAY_DATE, "سرویس : اجتماعی", "عکاس : مریم رضایی", PHOTO)) + "\n"
    article = jm.parse_article(text + PHOTO_BODY)
    assert article.title == PHOTO
    assert article.published is not None
    assert _day(article.published.gregorian) == dt.date(2023, 12, 27)


def test_photo_weekday_date_over_item_credits_html() -> None:
    page = (
        "<html><head><meta charset='utf-8'></head><body>"
        f"<div>{WEEKDAY_DATE}</div><ul><li>سرویس : اجتماعی</li><li>عکاس : مریم رضایی</li></ul>"
        f"<h1>{PHOTO}</h1>"
        + "".join(f"<p>{p}</p>" for p in PHOTO_BODY.strip().split("\n\n"))
        + "</body></html>"
    ).encode()
    article = jm.parse_html(page)
    assert article.published is not None
    assert _day(article.published.gregorian) == dt.date(2023, 12, 27)


@pytest.mark.parametrize(
    "between",
    [
        # the site's name between the labels and the headline: not the item's credit
        "پایگاه خبری نمونه",
        # a credit word without its colon
        "عکاس مریم رضایی",
    ],
)
def test_photo_weekday_date_over_item_credits_neg(between: str) -> None:
    text = "\n".join((WEEKDAY_DATE, "سرویس : اجتماعی", between, PHOTO)) + "\n" + PHOTO_BODY
    assert jm.parse_article(text).published is None
