"""fix132: the date and number findings of the forty-eighth attack round
(docs/reliability.md, "Attacks, forty-eighth round"): a time label printed empty over its
clock, a print block's table row of cells, a paper's postal address, a time before its date,
a breadcrumb of three steps run into a date label, and a city after «DATE /»."""

import datetime as dt

import jalali_meta as jm

_HEADLINE = "کتابخانه عمومی تازه روستای سرچشمه با هزار جلد کتاب افتتاح شد"
_BODY = (
    "بخشدار مرکزی شهرستان گفت کتابخانه عمومی روستای سرچشمه با هزار جلد کتاب اهدایی "
    "مردم و یک سالن مطالعه چهل نفره از این هفته به روی اهالی باز است.\n\n"
    "او افزود: کتابدار این کتابخانه از جوانان همین روستا انتخاب شده است.\n"
)
_URL = "https://shahrdaily.example.ir/news/73105/ketabkhane"


def _text(head: str, **kw: str) -> jm.Article:
    return jm.parse_article(f"{_HEADLINE}\n\n{head}\n\n{_BODY}", **kw)


def _html(body: str, **kw: str) -> jm.Article:
    paragraphs = "".join(f"<p>{p}</p>" for p in _BODY.split("\n\n"))
    page = f"<html><head><meta charset='utf-8'></head><body>{body}{paragraphs}</body></html>"
    return jm.parse_html(page.encode(), **kw)


def _codes(record: jm.Article) -> set[str]:
    return {w.code for w in record.warnings}


def _at(stamp: jm.Timestamp | None, hour: int, minute: int) -> bool:
    return (
        stamp is not None
        and isinstance(stamp.gregorian, dt.datetime)
        and (stamp.gregorian.hour, stamp.gregorian.minute) == (hour, minute)
    )


# -- 1. A time label printed empty over its clock ---------------------------------------------


def test_time_label_alone_over_its_clock_is_read() -> None:
    record = _text("تاریخ انتشار: ۲۳ آبان ۱۴۰۲\nساعت انتشار:\n۱۷:۴۵")
    assert record.published is not None
    assert record.published.jalali_date == (1402, 8, 23)
    assert _at(record.published, 17, 45)


def test_bare_time_word_alone_over_its_clock_is_read() -> None:
    record = _text("۲۳ آبان ۱۴۰۲\nساعت:\n17:45")
    assert _at(record.published, 17, 45)


def test_time_label_and_clock_in_table_cells_are_read() -> None:
    record = _html(
        f"<h1>{_HEADLINE}</h1><table><tr><th>تاریخ انتشار:</th><td>۲۳ آبان ۱۴۰۲</td></tr>"
        "<tr><th>ساعت انتشار:</th><td>۱۷:۴۵</td></tr></table>"
    )
    assert record.published is not None
    assert record.published.jalali_date == (1402, 8, 23)
    assert _at(record.published, 17, 45)


def test_neg_opening_hours_label_over_a_clock_is_no_time() -> None:
    # «ساعت کاری:» names when a place opens, not the time of the date above it.
    record = _text("۲۳ آبان ۱۴۰۲\nساعت کاری:\n08:00")
    assert record.published is not None
    assert record.published.jalali_date == (1402, 8, 23)
    assert not record.published.has_time


def test_neg_clock_across_a_blank_line_is_not_joined() -> None:
    record = _text("۲۳ آبان ۱۴۰۲\nساعت:\n\n17:45")
    assert record.published is not None
    assert not record.published.has_time


# -- 2. A print block's table row, a cell a line --------------------------------------------


def test_issue_cell_between_paper_and_page_cells_is_the_issue() -> None:
    record = _html(
        f"<h1>{_HEADLINE}</h1><table><tr><td>روزنامه شهر امروز</td><td>شماره ۴۴۱۷</td>"
        "<td>صفحه ۳</td></tr></table>",
        url=_URL,
    )
    assert record.issue == "4417"
    assert record.number == "73105"


def test_issue_line_under_paper_name_line_in_text() -> None:
    record = _text("۲۳ آبان ۱۴۰۲\nروزنامه شهر امروز\nشماره ۴۴۱۷\nصفحه ۳", url=_URL)
    assert record.issue == "4417"
    assert record.number == "73105"


def test_neg_labelled_item_number_under_page_cell_stays_the_number() -> None:
    record = _text("صفحه ۳\nشماره خبر: ۵۵۲۱۸\n۲۳ آبان ۱۴۰۲")
    assert record.number == "55218"
    assert record.issue is None


def test_neg_bare_number_line_without_print_cells_is_unchanged() -> None:
    # A section's name and a kicker beside it, no paper, page or print edition: no issue.
    record = _text("۲۳ آبان ۱۴۰۲\nفرهنگی\nشماره ۴۴۱۷\nگزارش")
    assert record.issue is None


# -- 3. A paper's postal address ------------------------------------------------------------


def test_paper_address_building_number_is_no_issue() -> None:
    record = _text("۲۳ آبان ۱۴۰۲\nآدرس روزنامه: بلوار کشاورز، کوچه یاس، شماره ۴۸", url=_URL)
    assert record.issue is None
    assert record.number == "73105"


def test_paper_office_with_street_and_dash_is_no_issue() -> None:
    record = _text("۲۳ آبان ۱۴۰۲\nدفتر روزنامه: خیابان انقلاب - شماره ۹", url=_URL)
    assert record.issue is None


def test_neg_paper_issue_and_page_line_stays_an_issue() -> None:
    record = _text("روزنامه شهر امروز | شماره ۴۴۱۷ | صفحه ۳\n۲۳ آبان ۱۴۰۲", url=_URL)
    assert record.issue == "4417"


# -- 4. The time and its label before the date's --------------------------------------------


def test_time_label_before_date_label_is_read() -> None:
    record = _text("ساعت انتشار: 17:45 - تاریخ انتشار: 23 آبان 1402")
    assert record.published is not None
    assert record.published.jalali_date == (1402, 8, 23)
    assert _at(record.published, 17, 45)


def test_bare_time_word_before_bare_date_word_is_read() -> None:
    record = _text("ساعت: ۱۷:۴۵ | تاریخ: ۲۳ آبان ۱۴۰۲")
    assert _at(record.published, 17, 45)


def test_neg_opening_hours_before_date_label_is_no_time() -> None:
    record = _text("ساعت کاری: 08:00 - تاریخ: 23 آبان 1402")
    assert record.published is not None
    assert not record.published.has_time


# -- 5. A breadcrumb run into a date label --------------------------------------------------


def test_three_step_crumb_run_into_date_label_in_span() -> None:
    record = _html(
        "<span class='path'>صفحه اصلی » فرهنگ » کتاب تاریخ انتشار : ۲۳ آبان ۱۴۰۲ - ۱۷:۴۵</span>"
        f"<h1>{_HEADLINE}</h1>"
    )
    assert record.published is not None
    assert record.published.jalali_date == (1402, 8, 23)
    assert _at(record.published, 17, 45)


def test_slashed_crumb_run_into_date_label_without_bar() -> None:
    record = jm.parse_article(
        f"صفحه اصلی / فرهنگ و هنر تاریخ انتشار: 23 آبان 1402\n\n{_HEADLINE}\n\n{_BODY}"
    )
    assert record.published is not None
    assert record.published.jalali_date == (1402, 8, 23)


def test_neg_three_step_crumb_into_today_label_is_not_the_date() -> None:
    record = jm.parse_article(
        f"صفحه اصلی » فرهنگ » تقویم تاریخ امروز : ۲۳ آبان ۱۴۰۲\n\n{_HEADLINE}\n۱۰ مهر ۱۴۰۲"
        f"\n\n{_BODY}"
    )
    assert record.published is not None
    assert record.published.jalali_date == (1402, 7, 10)


# -- 6. A city after «DATE /» ---------------------------------------------------------------


def test_date_slash_city_is_a_date_line() -> None:
    record = jm.parse_article(f"۱۴۰۲/۰۸/۲۳ / همدان\n\n{_HEADLINE}\n\n{_BODY}")
    assert record.published is not None
    assert record.published.jalali_date == (1402, 8, 23)
    assert record.title == _HEADLINE


def test_named_month_date_slash_city_is_a_date_line() -> None:
    record = jm.parse_article(f"۲۳ آبان ۱۴۰۲ / همدان\n\n{_HEADLINE}\n\n{_BODY}")
    assert record.published is not None
    assert record.published.jalali_date == (1402, 8, 23)


def test_neg_date_slash_headline_is_still_cut() -> None:
    record = jm.parse_article(f"۱۴۰۲/۰۸/۲۳ / {_HEADLINE}\n\n{_BODY}")
    assert record.title == _HEADLINE
    assert record.published is not None
    assert record.published.jalali_date == (1402, 8, 23)


# Mutation round 33 (benchmarks/hand_mutants_33.py): the issue cell with the paper's cell
# above it only.


def test_issue_line_under_paper_name_line_with_no_page_cell() -> None:
    record = _text("۲۳ آبان ۱۴۰۲\nروزنامه شهر امروز\nشماره ۴۴۱۷")
    assert record.issue == "4417"
    assert record.number is None
