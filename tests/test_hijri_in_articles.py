"""Lunar Hijri dates inside articles: a twin after a date label, running text, mentions."""

from __future__ import annotations

import jalali_meta as jm

TITLE = "نشست شورای شهر برگزار شد"
PARAGRAPH = "با حضور همه اعضای شورا در ساختمان اصلی برگزار شد و تا عصر ادامه داشت."


def test_labelled_date_with_a_lunar_twin_is_the_publication_date() -> None:
    """«تاریخ انتشار: ۵ تیر ۱۴۰۲ (۸ ذی‌الحجه ۱۴۴۴)» is a date line, not a today widget."""
    article = jm.parse_article(
        f"{TITLE}\nتاریخ انتشار: ۵ تیر ۱۴۰۲ (۸ ذی‌الحجه ۱۴۴۴)\nاین نشست {PARAGRAPH}"
    )
    assert article.published is not None
    assert (
        article.published.isoformat(),
        article.warnings,
        article.ignored,
    ) == ("2023-06-26", (), ())


def test_lunar_twin_far_off_after_a_label_is_warned() -> None:
    """A lunar twin eight days off the Jalali date keeps the date and says so."""
    article = jm.parse_article(
        f"{TITLE}\nتاریخ انتشار: ۵ تیر ۱۴۰۲ (۱۵ ذی‌الحجه ۱۴۴۴)\nاین نشست {PARAGRAPH}"
    )
    assert article.published is not None
    assert (
        article.published.isoformat(),
        [w.code for w in article.warnings],
    ) == ("2023-06-26", ["hijri-mismatch"])


def test_paragraph_with_a_lunar_date_is_running_text() -> None:
    """A lead that prints a lunar date is the lead, not a widget; a far-off twin is not a mention."""
    lead = f"این نشست روز ۵ تیر ۱۴۰۲ (۱۵ ذی‌الحجه ۱۴۴۴) {PARAGRAPH}"
    body = f"نشست بعدی روز ۶ تیر ۱۴۰۲ (۹ ذی‌الحجه ۱۴۴۴) {PARAGRAPH}"
    article = jm.parse_article(f"{TITLE}\nتاریخ انتشار: ۵ تیر ۱۴۰۲\n{lead}\n{body}")
    assert (lead, (body,)) == (article.lead, article.body)
    assert [m.text for m in article.mentions] == ["۶ تیر ۱۴۰۲"]
    assert [w.code for w in article.warnings] == ["mention-hijri-mismatch"]
