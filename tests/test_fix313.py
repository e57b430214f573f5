"""fix313: blind105's silent dates and a missing number (tests/pages 2668/2669, 2676/2677,
2680). A one-digit minute after «ساعت» as a field's label with its colon
(kermanshahtaxi.ir's «ساعت ثبت : 10:7»), a lead opening with the Tajik official long-form date («16-уми апрели соли 2024 дар ...», nrudaki.tj), and an
«id,N» path segment (ggrco.ir's «/articles/id,27»). The shapes are those sites'; the
sentences and addresses here are ours."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm
from jalali_meta import parse_article

HEAD = "آغاز ثبت نام رانندگان سرویس مدارس برای سال تحصیلی جدید"
BODY = (
    "به گزارش روابط عمومی سازمان، رانندگانی که می‌خواهند در سال تحصیلی پیش رو دانش‌آموزان را "
    "جابه‌جا کنند باید تا پایان ماه پرونده خود را در دفتر سازمان کامل کنند.\n"
    "مدیر سازمان گفت که برای هر خودرو معاینه فنی تازه و بیمه‌نامه معتبر لازم است و بدون آن "
    "کارت سرویس صادر نمی‌شود.\n"
)


# -- 1. a one-digit minute after «ساعت» as a field's label ---------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("تاریخ ثبت : 4/6/1394    ساعت ثبت : 10:7", "2015-08-26T10:07:00+04:30"),
        ("تاریخ ثبت : 20/12/1393    ساعت ثبت : 9:52", "2015-03-11T09:52:00+03:30"),
        ("تاریخ انتشار: 1394/06/04 - ساعت: 12:8", "2015-08-26T12:08:00+04:30"),
        ("تاریخ: 1394/06/04 ساعت : 1:2 عصر", "2015-08-26T13:02:00+04:30"),
    ],
)
def test_one_digit_minute_after_a_time_label_is_read(line: str, expected: str) -> None:
    article = parse_article(f"{HEAD}\n\n{BODY}{line}\n")
    assert article.published is not None
    assert article.published.isoformat() == expected
    assert "time-unread" not in warning_codes(article)


def test_parse_datetime_reads_a_labelled_one_digit_minute() -> None:
    assert jm.parse_datetime("4/6/1394 ساعت ثبت : 10:7").isoformat() == (
        "2015-08-26T10:07:00+04:30"
    )


@pytest.mark.parametrize(
    "text",
    [
        "1394/06/04 ساعت 9:5",  # no label's colon: a digit may be lost (kept refused)
        "1394/06/04 ساعت ثبت : 10:7 5",  # another number after it
        "1394/06/04 ساعت ثبت : 10:7.5",  # a decimal
        "1394/06/04 نتیجه : 2:1",  # a score after another label
    ],
)
def test_neg_one_digit_minute_elsewhere_is_not_read(text: str) -> None:
    with pytest.raises(jm.ParseError):
        jm.parse_datetime(text)


def test_neg_score_in_running_text_is_no_time() -> None:
    line = "تاریخ ثبت : 4/6/1394 و تیم شهر در ساعت پایانی بازی 2:1 برنده شد"
    article = parse_article(f"{HEAD}\n\n{BODY}{line}\n")
    assert article.published is None or not article.published.has_time


# -- 3. a lead opening with the Tajik long-form date ----------------------------------------------

TJ_HEAD = "ОҒОЗИ СОХТМОНИ ПУЛИ НАВ ДАР ДЕҲАИ САРОБ"
TJ_REST = (
    " дар деҳаи Сароби ҷамоати деҳот ба корҳои сохтмонии пули нав оғози расмӣ бахшида шуд.\n\n"
    "Дар маросим раиси ҷамоат ва сокинони деҳа иштирок намуданд.\n\n"
    "Пул ба дарозии 40 метр бунёд ёфта, роҳи мактабро барои кӯдакон кӯтоҳ мекунад.\n"
)


@pytest.mark.parametrize(
    ("date", "expected"),
    [("16-уми апрели соли 2024", "2024-04-16"), ("3-юми майи соли 2024", "2024-05-03")],
)
def test_lead_opening_with_tajik_long_form_date_dates_the_report(date: str, expected: str) -> None:
    article = parse_article(f"{TJ_HEAD}\n\n      {date}{TJ_REST}")
    assert article.published is not None
    assert article.published.isoformat() == expected


def test_tajik_ordinal_day_is_read_by_parse_datetime() -> None:
    assert jm.parse_datetime("16-уми апрели соли 2024").isoformat() == "2024-04-16"


@pytest.mark.parametrize(
    "date",
    [
        "16 апрели соли 2024",  # no ordinal: a sentence's subject
        "16-уми апрели 2024",  # no «соли»
    ],
)
def test_neg_lead_opening_with_a_shorter_tajik_date_is_no_dateline(date: str) -> None:
    article = parse_article(f"{TJ_HEAD}\n\n{date}{TJ_REST}")
    assert article.published is None


def test_neg_tajik_long_form_date_in_a_later_paragraph_is_a_mention() -> None:
    page = (
        f"{TJ_HEAD}\n\nДар деҳаи Сароб ба корҳои сохтмонии пули нав оғоз бахшида шуд.\n\n"
        "16-уми апрели соли 2024 дар ин ҷо аввалин санги бино гузошта шуда буд.\n"
    )
    article = parse_article(page)
    assert article.published is None


# -- 4. an «id,N» path segment ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "number"),
    [("/articles/id,27", "27"), ("/news/postid,926.html", "926")],
)
def test_id_comma_segment_is_the_number(path: str, number: str) -> None:
    article = parse_article(f"{HEAD}\n\n{BODY}", url="https://taxi-forudgah.ir" + path)
    assert article.number == number


def test_neg_page_comma_segment_is_no_number() -> None:
    article = parse_article(f"{HEAD}\n\n{BODY}", url="https://taxi-forudgah.ir/articles/page,2")
    assert article.number is None
