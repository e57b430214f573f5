"""Text-alone evidence that a page lists items (no address given): its first item's
headline is warned ``title-uncertain``; the near-miss article is not."""

from __future__ import annotations

from pathlib import Path

from jalali_meta import parse_article

_LEAD = (
    "بسته ماندن مکتب‌ها در چند ولسوالی به دلیل ناامنی، هزاران کودک را از درس دور کرده است. "
    "بزرگان محل می‌گویند اگر راه‌حلی پیدا نشود، خانواده‌ها فرزندانشان را به کار خواهند فرستاد."
)
_LEAD2 = (
    "سخنگوی وزارت زراعت با نشر خبرنامه‌ای گفت که بذر اصلاح‌شده گندم در آستانه فصل کشت "
    "پاییزی میان دهقانان ولایت‌های شمالی توزیع می‌شود و کار تا یک ماه دیگر پایان می‌یابد."
)
_MORE = (
    "به گفته مسئولان، این طرح با همکاری شوراهای محلی اجرا می‌شود و گزارش آن تا پایان "
    "ماه آینده به وزارت فرستاده خواهد شد تا برای سال بعد برنامه‌ریزی شود."
)


def _uncertain(text: str) -> bool:
    return any(w.code == "title-uncertain" for w in parse_article(text).warnings)


def test_first_item_printed_again_below_another_item_is_doubted() -> None:
    head, head2 = "دانش‌آموزان را به کلاس برگردانیم", "وزارت زراعت گندم اصلاح‌شده توزیع می‌کند"
    text = "\n\n".join([head, _LEAD, head2, _LEAD2, head, _LEAD])
    assert parse_article(text).title is None  # a list's first item (fix37: no title, warned)
    assert _uncertain(text)


def test_headline_and_lead_printed_once_are_not_doubted() -> None:
    head, head2 = "دانش‌آموزان را به کلاس برگردانیم", "وزارت زراعت گندم اصلاح‌شده توزیع می‌کند"
    text = "\n\n".join([head, _LEAD, head2, _LEAD2, head])  # a related link, no lead again
    assert parse_article(text).title == head
    assert not _uncertain(text)


_ARCHIVE = next(Path(__file__).parent.joinpath("pages").glob("902_*.txt"))


def test_dateline_under_two_headlines_is_doubted() -> None:
    text = _ARCHIVE.read_text(encoding="utf-8")  # a Blogger day archive of two posts
    assert text.count("نیوز ویم - هرات:") == 2
    assert parse_article(text).title == "آتش‌سوزی در یک بازار چوب‌فروشی شهر هرات مهار شد"
    assert _uncertain(text)


def test_dateline_printed_once_is_not_doubted() -> None:
    text = _ARCHIVE.read_text(encoding="utf-8")
    first = text.index("نیوز ویم - هرات:")
    second = text.index("نیوز ویم - هرات:", first + 1)
    text = text[:second] + text[second:].replace("نیوز ویم - هرات:\n", "", 1)
    assert parse_article(text).title == "آتش‌سوزی در یک بازار چوب‌فروشی شهر هرات مهار شد"
    assert not _uncertain(text)


def test_headline_with_its_date_over_its_twin_under_a_banner_is_doubted() -> None:
    head = "آینده نامعلوم یک ولسوالی دورافتاده در غور/ غفلت یا معامله؟"
    text = "\n".join(
        ["چهارشنبه, ۱ ثور , ۱۴۰۰", "تصرف طالبان", head + " 17 سپتامبر 2020", "", head, "", _LEAD]
    )
    assert parse_article(text).title == head
    assert _uncertain(text)


def test_headline_with_its_date_then_a_story_is_not_doubted() -> None:
    head = "آینده نامعلوم یک ولسوالی دورافتاده در غور/ غفلت یا معامله؟"
    text = "\n".join(
        ["چهارشنبه, ۱ ثور , ۱۴۰۰", "تصرف طالبان", head + " 17 سپتامبر 2020", "", head, "", _LEAD]
    )
    text += "\n".join(["", "", _LEAD2, "", _MORE])
    assert not _uncertain(text)


def test_quoted_two_clause_sentence_opening_the_text_is_doubted() -> None:
    text = "\n".join(
        ["«روزها را نمی‌شود نگه داشت، اما می‌شود شمردشان»", "فرهنگ امروز: " + _LEAD, _LEAD2]
    )
    assert _uncertain(text)


def test_quoted_headline_without_a_comma_is_not_doubted() -> None:
    text = "\n".join(["«بیش از ۸ هزار کودک در بازارهای هرات کار می‌کنند»", _LEAD, _LEAD2])
    assert parse_article(text).title == "«بیش از ۸ هزار کودک در بازارهای هرات کار می‌کنند»"
    assert not _uncertain(text)
