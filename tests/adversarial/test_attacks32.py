"""The cost the thirty-second round of attacks found and fixed (docs/reliability.md, "Attacks,
thirty-second round"): the title's menu-copy check (a section's name printed in a menu and
again over the headline is no headline printed twice) read every candidate line for each
candidate of a menu item's length, so a text of many repeated short lines (a sentence the
layout cut into lines, copied down a page) cost the square of its lines: 80,000 characters
took 46 s. The check now counts the menu's items once.

The sentences are ours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.checks import call_count

import jalali_meta as jm

PAGE = (
    "شورای شهر بودجه سال آینده را بررسی کرد\n\n"
    "۱۲ اسفند ۱۴۰۲ - ۱۰:۳۰\n\n"
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده و طرح‌های عمرانی نیمه‌تمام گفت‌وگو شد.\n"
)

# name -> a text of about n characters of repeated short lines over the article
SHAPES: dict[str, Callable[[int], str]] = {
    "cut sentence lines": lambda n: "یک دو سه چهار پنج،\nو شش هفت\n" * (n // 28) + PAGE,
    "menu lines": lambda n: "بانک و بیمه\nبورس\nمسکن\n" * (n // 22) + PAGE,
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_repeated_short_lines_cost_linear(shape: str) -> None:
    """Doubling a run of repeated short lines at most doubles the work (on the code before
    the fix the calls grew 3.6 times for «cut sentence lines»)."""
    make = SHAPES[shape]
    jm.parse_article(PAGE)  # the patterns compiled first
    small = call_count(lambda: jm.parse_article(make(10_000)))
    large = call_count(lambda: jm.parse_article(make(20_000)))
    assert large <= 2.2 * small


def test_repeated_short_lines_still_give_the_headline() -> None:
    """The menu-copy check still reads a long run of menu lines as menu items: the headline
    under them is the title."""
    assert jm.parse_article(SHAPES["menu lines"](20_000)).title == (
        "شورای شهر بودجه سال آینده را بررسی کرد"
    )
