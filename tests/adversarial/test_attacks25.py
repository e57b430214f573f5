"""Twenty-fifth round of attacks: fix61's, fix62's and fix63's rules (docs/reliability.md,
"Attacks, twenty-fifth round").

fix62 reads a weekday's date line over at most one short line (the item's section) and a
speaker's kicker right above the headline as the story's date, not a banner of the day
(ostan-kd.ir). The round found it silent when that short line is the site's own name
(«پایگاه خبری شهر» under a banner of the day, as vista.ir prints «مجله ویستا» under its
banner): a short line naming an institution or a site is the site's header, and the date
over it stays a banner.

The sentences are our own.
"""

from __future__ import annotations

import pytest
from tests.checks import COUNCIL_BODY as BODY

import jalali_meta as jm

HEADLINE = "دوازده دهیاری تازه در روستاهای استان راه‌اندازی می‌شود"
KICKER = "مدیرکل امور روستایی استانداری خبر داد"
DATE = "دوشنبه 20 مرداد 1399"


def parse(middle: str) -> jm.Article:
    return jm.parse_article(f"{DATE}\n\n{middle}\n\n{KICKER}\n\n{HEADLINE}\n\n{BODY}")


@pytest.mark.parametrize("site", ["پایگاه خبری شهر", "خبرگزاری نمونه", "سایت خبری نمونه"])
def test_banner_over_the_site_name_and_a_kicker_is_no_published(site: str) -> None:
    article = parse(site)
    assert article.title == HEADLINE
    assert article.published is None


def test_date_over_the_section_and_a_kicker_stays_published() -> None:
    """Near miss: a section's name («اخبار استان») is no site's name."""
    article = parse("اخبار استان")
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1399, 5, 20)
