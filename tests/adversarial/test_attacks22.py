"""Twenty-second round of attacks: fix49's to fix52's rules (docs/reliability.md, "Attacks,
twenty-second round").

One title the round found silently wrong is fixed here: a tag page's heading «برچسب / NAME»
whose name has a slash of its own between two words («مذاکرات ایران/آمریکا», a WordPress tag
is free text) was taken whole as the title, the label included. A slash with spaces around it
still parts a trail's items. The sentences are our own.
"""

from __future__ import annotations

from tests.checks import warning_codes as _codes

import jalali_meta as jm
from jalali_meta.testing import LINE_EVIDENCE


def test_tag_heading_whose_name_has_a_slash_gives_the_name() -> None:
    article = jm.parse_article("برچسب / مذاکرات ایران/آمریکا\n")
    assert article.title == "مذاکرات ایران/آمریکا"
    assert "listing-page" in _codes(article)
    plural = jm.parse_article("برچسب‌ها / قیمت دلار/یورو\n")
    assert plural.title == "قیمت دلار/یورو"


def test_spaced_slash_after_the_name_is_still_a_trail() -> None:
    """Near miss: «برچسب / NAME / MORE», slashes with spaces around them, is a trail of
    items, not one tag's name."""
    archive_name = LINE_EVIDENCE["archive name"]
    assert archive_name("برچسب / مرمت بناهای تاریخی / صفحه 2") is None
    assert archive_name("برچسب / مرمت/بازسازی بناهای تاریخی") is not None
