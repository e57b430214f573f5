"""fix222: the inputs attack69 found silently wrong on main (docs/reliability.md, "Attacks,
sixty-ninth round").

- A day archive's label naming the list as a category's («بایگانی نوشته های دسته اخبار روز:
  DAY», a WordPress theme's wording of its day archive, kanoonte.ir's layout, tests/pages 2083)
  is read as fix209/fix220 read a label of archive words: the line is the day's, never the
  title.
- A forum post header numbered past «#1» («December 11th, 2023, 08:15» over «#11», vBulletin
  3's cells, forum.sarmaye.com's thread, tests/pages 2181): a reply's header, its date the
  reply's, never the thread's: no date is given from it.
"""

from __future__ import annotations

import jalali_meta as jm


def _jalali(article: jm.Article) -> tuple[int, int, int] | None:
    return None if article.published is None else article.published.jalali_date


# -- a day archive's label with «دسته» (Markdown; kanoonte.ir's day archive, tests/pages 2083) --
_POST = "کارگاه عکاسی با تلفن همراه در کتابخانه شهر برگزار شد"
_BODY = (
    "کارگاه یک روزه عکاسی با تلفن همراه با حضور سی نفر از نوجوانان محله در تالار کتابخانه "
    "برگزار شد و شرکت کنندگان عکس های خود را در پایان روز به نمایش گذاشتند.\n\n"
    "مربی کارگاه گفت که دوره بعدی در ماه آینده برای بزرگسالان برگزار می شود.\n"
)


def _archive(heading: str) -> str:
    return f"# {heading}\n\n## {_POST}\n\n{_BODY}"


def test_day_archive_label_with_category_word_is_the_day_line() -> None:
    for heading in (
        "بایگانی نوشته های دسته اخبار روز: ۲۲ دی ۱۴۰۲",
        "آرشیو مطالب دسته روزانه: ۱۴۰۲/۱۰/۲۲",
    ):
        article = jm.parse_article(_archive(heading))
        assert article.title == _POST, heading
        assert _jalali(article) == (1402, 10, 22), heading


def test_category_label_with_a_name_outside_the_vocabulary_keeps_the_heading_neg() -> None:
    """Near miss: «ورزشی» (a category's own name) is no archive word: the heading stays the
    title and no date is read from it, as on main."""
    heading = "بایگانی نوشته های دسته ورزشی: ۲۲ دی ۱۴۰۲"
    article = jm.parse_article(_archive(heading))
    assert article.title == heading
    assert article.published is None


# -- a vBulletin thread's later page (forum.sarmaye.com's cells, tests/pages 2181) ---------------
_TOPIC = "صدای فن کارت گرافیک بعد از نصب درایور جدید زیاد شده"
_REPLY = (
    "تنظیمات فن را در نرم افزار کارت به حالت خودکار برگردانید؛ صدای کارت من هم همین طور کم شد.\n"
)


def _later_page(header: str) -> str:
    return f"انجمن رایانه > کارت گرافیک\n\n{_TOPIC} - صفحه 3\n\n{header}\n\n{_REPLY}"


def test_reply_header_past_the_first_post_gives_no_date() -> None:
    for header in ("January 14th, 2024, 21:40\n#23", "قديمي January 14th, 2024, 21:40   #23"):
        article = jm.parse_article(_later_page(header))
        assert article.published is None, header


def test_first_post_header_still_dates_the_thread_neg() -> None:
    """Near miss: «#1» is the thread's own post: its date is kept, as on main (fix219)."""
    article = jm.parse_article(_later_page("January 14th, 2024, 21:40\n#1"))
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2024-01-14T21:40:00+03:30"
