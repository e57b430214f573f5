"""A forum thread's later page whose reply header prints the day alone (mut45's page (c)).

vBulletin prints each post's header as its date, then the post's number in the thread
(«January 14th, 2024, 09:40» over «#1»; tests/pages 2180/2181). A skin or a board setting that
prints no clock leaves the day alone. A later page of the thread opens with a reply's header
(«#23»): its day is the reply's, never the thread's publication, with or without a clock
(fix222 set aside the reply's stamp with its clock). The first post's day alone stays the
thread's day (fix232 reads the «#1» header's day alone as the first post's date). Sentences
written for this test; the thread's structure is vBulletin 3's (tests/pages 2180).
"""

from __future__ import annotations

import jalali_meta as jm

_REPLY = (
    "با نصب درایور تازه صدای فن کارت بیشتر شد و دمای آن هم بالا رفت؛ شاید بهتر باشد منحنی "
    "دور فن را دوباره تنظیم کنید تا صدا کم شود."
)
_TOPIC = "صدای فن کارت گرافیک پس از نصب درایور تازه"
_CRUMB = "انجمن رایانه > کارت گرافیک"


def _published(text: str) -> str | None:
    article = jm.parse_article(text)
    return article.published.gregorian.isoformat() if article.published else None


def test_a_later_pages_reply_day_alone_over_its_number_is_no_publication() -> None:
    text = f"{_CRUMB}\n\n{_TOPIC} - صفحه 3\n\nJanuary 14th, 2024\n#23\n\n{_REPLY}\n"
    assert _published(text) is None


def test_a_reply_day_alone_with_its_number_on_the_line_is_no_publication() -> None:
    text = f"{_CRUMB}\n\n{_TOPIC} - صفحه 3\n\nJanuary 14th, 2024   #23\n\n{_REPLY}\n"
    assert _published(text) is None


def test_a_reply_jalali_day_alone_is_no_publication() -> None:
    text = f"{_CRUMB}\n\n{_TOPIC} - صفحه 2\n\n۲۴ دی ۱۴۰۲\n#12\n\n{_REPLY}\n"
    assert _published(text) is None


def test_the_first_posts_day_alone_is_still_read_neg() -> None:
    text = f"{_CRUMB}\n\n{_TOPIC}\n\nJanuary 14th, 2024\n#1\n\n{_REPLY}\n"
    article = jm.parse_article(text)
    assert article.title == _TOPIC
    assert _published(text) == "2024-01-14"


def test_the_first_posts_stamp_is_still_read_neg() -> None:
    text = f"{_CRUMB}\n\n{_TOPIC}\n\nJanuary 14th, 2024, 09:40\n#1\n\n{_REPLY}\n"
    assert _published(text) == "2024-01-14T09:40:00+03:30"


def test_a_blog_posts_date_over_a_blank_line_and_its_number_title_is_read_neg() -> None:
    # A blog's post titled by its number (tests/pages 467's shape): its date, a blank line,
    # «#183», the post's text. No forum's header: the day is the post's publication.
    text = (
        "2008/09/01\n\n#183\n\n"
        "به مناسبت سالگرد این وبلاگ چند نکته درباره نوشتن در روزهای سخت را اینجا می‌آورم.\n\n"
        f"{_REPLY}\n"
    )
    assert _published(text) == "2008-09-01"
