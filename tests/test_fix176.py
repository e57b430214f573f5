"""fix176: the forty-fourth real sample's silent titles (docs/real_sample.md «A forty-fourth
sample», real55).

1. A reading time written «خواندن در ۱۵ دقیقه» (iranwire.com, real55 #9) is header
   furniture, and a name of a few words printed right under the date line and over the
   reading time is the author's byline, which the reading time under it does not make the
   headline.

The positives fail on main 14241e30; the ``-neg`` near misses pass on both. The fixtures mirror
the named pages' line structure with sentences written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- 1. a reading time «خواندن در N دقیقه» under the author's name (iranwire.com, real55 #9)
_READ_HEAD = "سایه سانسور بر کتاب‌فروشی‌های کوچک؛ ناشران مستقل راه تازه‌ای می‌جویند"
_READ_BODY = (
    "کتاب‌فروشی‌های کوچک در سال‌های اخیر با کاهش خریداران و افزایش هزینه کاغذ روبرو شده‌اند "
    "و بسیاری از آن‌ها ناچار شده‌اند بخشی از قفسه‌های خود را خالی بگذارند."
)


def _reading_page(reading: str, author: str = "مینا رحیمی") -> str:
    return (
        "close button\n"
        "آیا می‌خواهید به نسخه ساده این سایت بروید؟\n"
        "اگر صفحه دیر باز می‌شود می‌توانید نسخه ساده سایت را ببینید.\n"
        "آزادی بیان\n\n"
        f"{_READ_HEAD}\n\n"
        "۶ اسفند ۱۳۹۹\n"
        f"{author}\n"
        f"{reading}\n"
        f"{_READ_BODY}\n"
        f"{_READ_BODY}\n"
        "ناشران می‌گویند کتاب‌خوانان هنوز به کتاب‌فروشی‌های محله سر می‌زنند اما کمتر می‌خرند.\n"
    )


def test_reading_time_with_dar_is_no_title() -> None:
    """«خواندن در ۱۵ دقیقه» under the date and the author: the headline above is the title."""
    article = jm.parse_article(_reading_page("خواندن در ۱۵ دقیقه"))
    assert article.title == _READ_HEAD


def test_reading_time_with_dar_latin_digits() -> None:
    """The same reading time in Latin digits: the headline above is the title."""
    article = jm.parse_article(_reading_page("خواندن در 7 دقیقه"))
    assert article.title == _READ_HEAD


def test_reading_time_known_form_under_author() -> None:
    """«زمان مطالعه: ۵ دقیقه» under the date and the author: the author's name is no title."""
    article = jm.parse_article(_reading_page("زمان مطالعه: ۵ دقیقه"))
    assert article.title == _READ_HEAD


def test_reading_headline_stays_a_title_neg() -> None:
    """A headline about reading with no count of minutes keeps its reading as the title."""
    head = "خواندن در کتاب‌فروشی‌های کوچک دوباره رونق گرفت"
    text = f"{head}\n۶ اسفند ۱۳۹۹\n{_READ_BODY}\n{_READ_BODY}\n"
    assert jm.parse_article(text).title == head


def test_headline_over_reading_time_without_date_neg() -> None:
    """A headline right over the reading time (no date line above it) keeps its bonus."""
    head = "ناشران مستقل راه تازه‌ای می‌جویند"
    text = f"آزادی بیان\n\n{head}\nزمان مطالعه: ۵ دقیقه\n۶ اسفند ۱۳۹۹\n{_READ_BODY}\n{_READ_BODY}\n"
    assert jm.parse_article(text).title == head


def test_short_headline_under_date_over_reading_time_neg() -> None:
    """A page printing the date first, then a short headline over the reading time, keeps the
    headline: only the line there, it is no byline under a headline."""
    head = "بازگشایی کتابخانه مرکزی"
    text = f"۶ اسفند ۱۳۹۹\n{head}\nزمان مطالعه: ۵ دقیقه\n{_READ_BODY}\n{_READ_BODY}\n"
    assert jm.parse_article(text).title == head
