"""The silent values the thirty-sixth round of attacks found and fixed (docs/reliability.md,
"Attacks, thirty-sixth round").

1. A news site's top bar written as spans in one element (the theme toggle and the bar's date
of the day side by side) is flattened into one line, «حالت تاریک  • پنجشنبه, 1403/11/04 شمسی
| 2025/01/23 میلادی»: fix84 passed over the toggle and the date line only as lines of their
own, so the install prompt under the joined line was not found and the joined bar line was
the title, silently. A line holding a date whose first item (before two spaces, a bullet or a
bar) is chrome is now passed over as the bar's furniture.

2. fix87's headline of two quotes joined by «./» over an agency's lead was read only with the
slash glued to the first quote's full stop: «QUOTE. / QUOTE.» (a space before the slash) gave
no title (missing, warned). One space before the slash is now allowed.

The sentences are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

HEADLINE = "کتابخانه مرکزی شهر پس از شش سال هنوز افتتاح نشده است"
LEAD = (
    "ساختمان کتابخانه مرکزی که قرار بود در دو سال ساخته شود، پس از شش سال همچنان نیمه‌کاره "
    "مانده و دانش‌آموزان برای مطالعه به سالن‌های کوچک محله‌ها می‌روند."
)
MORE = (
    "به گزارش خبرنگار پایگاه خبری نمونه؛ دیوارهای ساختمان سال‌هاست بی‌نما مانده و "
    "پیمانکار کار را نیمه‌تمام رها کرده است."
)
TODAY = "پنجشنبه, 1403/11/04 شمسی | 2025/01/23 میلادی"
INSTALL = "آیا مایل به نصب وب اپلیکیشن نمونه نیوز | example.com هستید؟"


def _page(bar: str) -> str:
    return "\n".join((bar, INSTALL, "ببینید؛", "", HEADLINE, "", LEAD, "", MORE))


@pytest.mark.parametrize("joint", ["  • ", " | ", "   ", "  "])
def test_a_toggle_and_the_bars_date_on_one_line_are_the_bars(joint: str) -> None:
    record = jm.parse_article(_page(f"حالت تاریک{joint}{TODAY}"))
    assert record.title == HEADLINE
    assert record.published is None


def test_a_toggle_and_the_bars_date_in_html_spans_are_the_bars() -> None:
    page = (
        "<html><head><meta charset='utf-8'></head><body><div class='bar'><span>حالت تاریک"
        f"</span><span>  • {TODAY}</span></div><div>{INSTALL}</div><p>ببینید؛</p>"
        f"<p>{HEADLINE}</p><p>{LEAD}</p><p>{MORE}</p></body></html>"
    ).encode()
    record = jm.parse_html(page)
    assert record.title == HEADLINE
    assert record.published is None


def test_neg_a_headline_and_a_date_on_one_line_are_not_passed_over() -> None:
    # The line's first item is a headline, no chrome: the headline's line stays the title.
    record = jm.parse_article("\n".join((f"{HEADLINE}  • {TODAY}", "", LEAD, "", MORE)))
    assert record.title is not None
    assert record.title.startswith(HEADLINE)


KICKER = "مدیرکل بهزیستی استان همدان:"
PAIR = (
    "شمار مددجویان تحت پوشش در سال جاری افزایش یافته است. / "
    "طرح اشتغال خانگی برای زنان سرپرست خانوار اجرا می‌شود."
)
AGENCY_LEAD = (
    "ایلنا-همدان: مدیرکل بهزیستی استان همدان از افزایش شمار مددجویان تحت پوشش این اداره کل "
    "در سال جاری خبر داد و گفت طرح تازه‌ای برای اشتغال خانگی زنان در دست اجراست."
)
AGENCY_MORE = (
    "وی افزود: در این طرح به هر خانوار وام کم‌بهره پرداخت می‌شود و دوره‌های آموزشی رایگان "
    "نیز برای آنان برگزار خواهد شد."
)


@pytest.mark.parametrize("kicker", [f"{KICKER}\n\n", ""])
def test_a_quote_pair_with_a_spaced_slash_over_the_agencys_lead_is_the_title(kicker: str) -> None:
    record = jm.parse_article(f"{kicker}{PAIR}\n\n{AGENCY_LEAD}\n\n{AGENCY_MORE}\n")
    assert record.title == PAIR


def test_neg_a_spaced_quote_pair_over_plain_text_is_no_title() -> None:
    plain = (
        "مددجویان می‌گویند این وام‌ها کافی نیست و هزینه‌های زندگی هر سال بیشتر می‌شود و "
        "بسیاری از خانوارها نمی‌توانند اقساط خود را به موقع پرداخت کنند."
    )
    record = jm.parse_article(f"{KICKER}\n\n{PAIR}\n\n{plain}\n\n{AGENCY_MORE}\n")
    assert record.title is None


def test_neg_two_spaces_before_the_slash_are_no_quote_pair() -> None:
    wide = PAIR.replace(". / ", ".  / ")
    record = jm.parse_article(f"{wide}\n\n{AGENCY_LEAD}\n\n{AGENCY_MORE}\n")
    assert record.title != wide or any(w.code == "title-uncertain" for w in record.warnings)
