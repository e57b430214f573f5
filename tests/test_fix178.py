"""fix178: the sixty-fifth blind batch's findings (docs/evaluation.md «1940-1955, sixty-fifth
blind batch», tests/pages 1940-1955).

1. A line opening with a comma or a semicolon («،رئیس ... گفت: ...») is a paragraph's
   continuation (a lead cut from the clause before it), never a title: the headline over a
   bulleted section and date line wins over it (tests/pages 1946).

The positives fail on main 5ab3baec; the ``-neg`` near misses pass on both. The sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

# -- 1. a lead opening with a stray comma under a bulleted section and date line
_POOL_HEAD = "کلاس شنای رایگان برای کودکان بندرعباس برگزار می‌شود"
_POOL_LEAD = (
    "،مدیر ورزش شهرداری بندرعباس گفت:کلاس شنای رایگان ویژه کودکان هفت تا دوازده ساله از "
    "اول تیر ماه در استخر ساحلی شهر برگزار مي شو"
)
_POOL_TEXT = (
    f"{_POOL_HEAD}\n"
    "  • ورزشی\n\n"
    "  • خرداد 20، 1402 - 10:15\n\n\n"
    f"{_POOL_LEAD}\n\n"
    "به گزارش خبرنگار ما ،وی اظهار داشت: کودکان با همراه داشتن کارت شناسایی والدین می‌توانند "
    "ثبت نام کنند .\n\n\n"
    "وی افزود: مربیان این کلاس‌ها همه دارای مدرک نجات غریق هستند و کلاس‌ها هر روز صبح برگزار "
    "می‌شود .\n"
)


def test_stray_comma_lead_is_no_title() -> None:
    """The headline over the bulleted section and date line, not the comma-led lead."""
    article = jm.parse_article(_POOL_TEXT)
    assert article.title == _POOL_HEAD
    assert article.published is not None
    assert article.published.jalali_date == (1402, 3, 20)


def test_stray_comma_lead_is_no_title_neg() -> None:
    """A comma inside a line (not opening it) bars nothing: the headline holding one stays."""
    head = "کلاس شنای رایگان، ویژه کودکان بندرعباس"
    text = _POOL_TEXT.replace(_POOL_HEAD, head).replace(_POOL_LEAD, _POOL_LEAD[1:] + "د.")
    assert jm.parse_article(text).title == head
