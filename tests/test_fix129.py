"""fix129: a date label run on after a breadcrumb's last step on one meta row (blind55's
tests/pages 1680, hemayatonline.ir's WordPress theme)."""

import datetime as dt

import jalali_meta as jm

_BODY = (
    "\n\nآتش‌سوزی انبار یک فروشگاه لوازم خانگی در اراک مهار شد\n\n"
    "به گزارش خبرگزاری ایسنا، رئیس سازمان آتش‌نشانی اراک روز پنجشنبه به رسانه‌ها اعلام کرد "
    "که آتش پس از حدود ۴۵ دقیقه تلاش مهار شد و کسی آسیب ندید.\n"
)


def _published(head: str) -> jm.Timestamp | None:
    return jm.parse_article(head + _BODY).published


def test_gregorian_date_label_after_breadcrumb_step() -> None:
    stamp = _published(
        "پرینت خانه » اخبار استانها تاریخ انتشار : 9 ژانویه 2025 - 7:05 | 27 بازدید | ارسال توسط :"
    )
    assert stamp is not None
    assert stamp.gregorian == dt.datetime(2025, 1, 9, 7, 5, tzinfo=stamp.gregorian.tzinfo)


def test_jalali_date_label_after_breadcrumb_step() -> None:
    stamp = _published("خانه » ورزش استانها تاریخ انتشار : ۲۰ دی ۱۴۰۳ - ۱۰:۳۰ | ۱۲ بازدید")
    assert stamp is not None
    assert stamp.jalali_date == (1403, 10, 20)


def test_gregorian_date_after_breadcrumb_step_under_jalali_today_banner() -> None:
    stamp = _published(
        "امروز : شنبه, ۲۷ بهمن , ۱۴۰۳\n"
        "خانه » اخبار استانها تاریخ انتشار : 9 ژانویه 2025 - 7:05 | 27 بازدید"
    )
    assert stamp is not None
    assert stamp.jalali_date == (1403, 10, 20)


def test_neg_long_step_is_running_text() -> None:
    # Many words between the arrow and the label: a sentence, not a section's name.
    stamp = _published(
        "خانه » خبرنگار ما در استان امروز گزارش داد که تاریخ انتشار : 9 ژانویه 2025 - 7:05"
    )
    assert stamp is None


def test_neg_id_label_after_step_not_taken_as_date() -> None:
    record = jm.parse_article("خانه » اخبار استانها کد خبر : 154405" + _BODY)
    assert record.published is None


# A summary sentence over the story's short headline, the address's slug spelling the
# headline (real42 #9, a medical university's county news page).
_SUMMARY = "همزمان با هفته دولت بخش زایمان بیمارستان شهید مدنی مرند با حضور مسئولین افتتاح شد"
_HEADLINE = "افتتاح بخش زایمان بیمارستان شهید مدنی مرند."
_LEAD = (
    "به گزارش روابط عمومی شبکه بهداشت و درمان مرند روز چهارشنبه در آخرین روز هفته دولت، "
    "با حضور فرماندار و مسئولین شهرستان بخش زایمان بیمارستان افتتاح شد.\n"
    "برای راه اندازی و تجهیز این بخش ۵ میلیارد ریال هزینه شده است.\n"
)
_SPELLED = "https://marand.example.ac.ir/News/412/-افتتاح-بخش-زایمان-بیمارستان-شهید-مدنی-مرند-.html"


def _uncertain(record: jm.Article) -> bool:
    return any(w.code == "title-uncertain" for w in record.warnings)


def test_slug_spelling_the_short_line_under_the_title_warns() -> None:
    record = jm.parse_article(f"{_SUMMARY}\n{_HEADLINE}\n{_LEAD}", url=_SPELLED)
    assert record.title != _SUMMARY or _uncertain(record)


def test_neg_slug_spelling_the_headline_over_its_lead() -> None:
    record = jm.parse_article(f"{_HEADLINE}\n{_SUMMARY}\n{_LEAD}", url=_SPELLED)
    assert record.title is not None
    assert record.title.rstrip(".") == _HEADLINE.rstrip(".")
    assert not _uncertain(record)


# Mutation round 32 (benchmarks/hand_mutants_32.py).


def test_four_word_breadcrumb_step_before_date_label() -> None:
    stamp = _published(
        "خانه » اخبار استان مرکزی اراک تاریخ انتشار : 9 ژانویه 2025 - 7:05 | 27 بازدید"
    )
    assert stamp is not None
    assert stamp.gregorian.date() == dt.date(2025, 1, 9)


def test_neg_slug_spelling_both_prints_of_the_headline() -> None:
    # The headline printed twice, once with «در»: the slug spells both, the chosen line
    # included, so no doubt.
    text = (
        "افتتاح بخش زایمان در بیمارستان شهید مدنی مرند\n"
        "افتتاح بخش زایمان بیمارستان شهید مدنی مرند.\n" + _LEAD
    )
    record = jm.parse_article(text, url=_SPELLED)
    assert record.title == "افتتاح بخش زایمان در بیمارستان شهید مدنی مرند"
    assert not _uncertain(record)
