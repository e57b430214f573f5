"""fix180: the sixtieth attack round's findings (docs/reliability.md «Attacks, sixtieth
round», benchmarks/attacks60.py).

1. A ``LABEL : CLOCK`` line (a label of one to three words, a colon, one time of day and
   nothing after it: «زمان برگزاری : ۱۰:۴۵») is a field of the page, never the title
   (``_chrome._LABELLED_CLOCK`` in ``_never_title``).

The positives fail on main 3fb82bce; the ``-neg`` near misses pass on both. The sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

_DAY = "۱۴۰۲/۰۹/۲۰"  # 20 Azar 1402 = 2023-12-11, a Monday


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- 1. a labelled clock under a sub-heading is never the title
_SEMINAR_HEAD = "دانشکده فنی کارگاه آموزش نرم افزارهای طراحی را برگزار می‌کند"
_SEMINAR_LEAD = (
    "این کارگاه برای دانشجویان سال اول است و استادان گروه عمران در آن روش کار با نرم "
    "افزارهای طراحی سازه را آموزش می‌دهند.\n\n"
    "ثبت نام از طریق سامانه آموزشی دانشکده انجام می‌شود.\n"
)


def _seminar(label_line: str) -> str:
    return f"{_SEMINAR_HEAD}\nتاریخ : {_DAY}\n\nکارگاه طراحی سازه\n{label_line}\n\n{_SEMINAR_LEAD}"


def test_labelled_clock_is_never_the_title() -> None:
    for label_line in (
        "زمان برگزاری : ۱۴:۳۰",
        "ساعت برگزاری: ۰۸:۱۵",
        "ساعت شروع : ۰۹ :۴۰",
        "زمان : 16:05:00",
    ):
        article = jm.parse_article(_seminar(label_line))
        assert article.title == _SEMINAR_HEAD, label_line
        assert article.published is not None
        assert article.published.gregorian.isoformat() == "2023-12-11"


def test_headline_with_a_colon_and_a_clock_in_words_stays_neg() -> None:
    # A headline saying something after its colon keeps its place (no clock alone after it).
    head = "قطعی برق: خاموشی محله‌های شمالی شهر از ساعت ۱۰:۰۰ آغاز می‌شود"
    article = jm.parse_article(f"{head}\n{_DAY}\n\n{_SEMINAR_LEAD}")
    assert article.title == head
