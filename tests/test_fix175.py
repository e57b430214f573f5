"""fix175: the fifty-ninth attack round's findings (docs/reliability.md «Attacks,
fifty-ninth round», benchmarks/attacks59.py).

1. A lead may open with its whole headline when that headline has a verb («HEADLINE و به
   گفته ...»): fix171's «no lead» is only for a verbless line (a site's name over its date
   banner and a description opening with the name), ``_article._lead_under_header``.

The positives fail on main ff95fd82; the ``-neg`` near misses pass on both. The sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

_DAY = "۲۰ آذر ۱۴۰۲"  # 20 Azar 1402 = 2023-12-11, a Monday


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- 1. a lead opening with its whole headline (a verb in it), a line quoted twice under it
_RACE_HEAD = "مسابقه دوچرخه سواری بانوان در پارک جنگلی برگزار شد"
_RACE_QUOTE = "رکاب بزن تا شهر نفس بکشد"


def _race(head: str) -> str:
    return (
        f"{head}\n{_DAY}\n"
        f"{head} و به گفته دبیر هیئت، بیش از هشتاد دوچرخه سوار در آن رکاب زدند.\n"
        f"{_RACE_QUOTE}\n"
        "این جمله بر پرچم خط پایان نوشته شده بود و داور هنگام شروع آن را بلند خواند:\n"
        f"{_RACE_QUOTE}\n"
        "دور بعدی مسابقه در بهار سال آینده برگزار می‌شود.\n"
    )


def test_lead_opening_with_its_verb_headline_keeps_the_quote_out() -> None:
    for head in (_RACE_HEAD, "مسابقه دوچرخه سواری بانوان در پارک جنگلی برگزار می‌شود"):
        article = jm.parse_article(_race(head))
        assert article.title == head, head
        assert "title-uncertain" not in _codes(article), head


_GALLERY = "نگارخانه آفتاب شهر رشت"
_PAINT_HEAD = "نمایشگاه نقاشی آبرنگ هنرمندان گیلانی گشایش یافت"


def test_site_name_opening_its_description_is_still_no_lead_neg() -> None:
    """fix171's reading holds: a verbless name over its date banner and a description opening
    with the name, the headline printed twice further down: the headline."""
    text = (
        f"{_GALLERY}\nدوشنبه {_DAY}\n"
        f"{_GALLERY} از سال ۱۳۹۰ آثار هنرمندان استان را به نمایش می‌گذارد و خبر نمایشگاه‌های "
        "خود را در این صفحه منتشر می‌کند.\n\n"
        f"{_PAINT_HEAD}\n\nبیست هنرمند گیلانی در این نمایشگاه آثار خود را عرضه کرده‌اند.\n\n"
        f"{_PAINT_HEAD}\n\n"
        "نمایشگاه نقاشی آبرنگ هنرمندان گیلانی عصر دیروز در نگارخانه آفتاب گشایش یافت و تا "
        "پایان هفته آینده برپاست.\n\nبازدید از نمایشگاه برای همه رایگان است.\n"
    )
    assert jm.parse_article(text).title == _PAINT_HEAD
