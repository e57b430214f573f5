"""What parse_html's machine-date judging promises, pinned by the hand mutants that survived
tests/test_machine_dates.py (benchmarks/hand_mutants_machine.py; docs/reliability.md, "The
tenth round: machine dates under mutation"), and the tenth round's two fixes: a related
list's entry is another item's, and offsets in Persian or Arabic-Indic digits keep the
page's clock.

Each case states what a user relies on (the value, or None, and the warnings) through
the public API; the mutant it answers is named in its comment.
"""

from __future__ import annotations

import pytest
from tests.test_machine_dates import (
    BODY,
    LATER,
    OTHER,
    OTHER_TIME,
    SEEN,
    TITLE,
    WHEN,
    Case,
    check_case,
    ld,
    meta,
    page,
)

import jalali_meta as jm

pytest.importorskip("selectolax")

DAY = "2023-09-19"
ENTRY_DAY = "۱۵ اردیبهشت ۱۴۰۰"
# Another article's headline of four words: the fewest a teaser's link has.
SHORT_OTHER = "افتتاح پارک تازه شهر"


def _afghan(head: str = "", header: str = "", lang: str = "fa-AF") -> str:
    """An article page on an Afghan (``fa-AF``) or other site's clock (``lang``)."""
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8">{head}</head><body><main>'
        f"<h1>{TITLE}</h1>{header}{BODY}</main></body></html>"
    )


CASES: dict[str, Case] = {
    # -- A related list's entry under the body is another item's (the tenth round's fix) ----
    "related_entry_whose_link_is_a_date": Case(
        page(after=f'<ul><li><a href="/n/1">{ENTRY_DAY}</a></li></ul>'), None, quiet=True
    ),
    "related_entries_whose_links_are_dates": Case(
        page(
            after=f'<h3>بیشتر</h3><ul><li><a href="/n/1">{ENTRY_DAY}</a></li>'
            '<li><a href="/n/2">۱۶ اردیبهشت ۱۴۰۰</a></li></ul>'
        ),
        None,
        quiet=True,
    ),
    "related_entry_of_a_box_whose_link_is_a_date": Case(
        page(after=f'<div class="box"><ul><li><a href="/n/1">{ENTRY_DAY}</a></li></ul></div>'),
        None,
        quiet=True,
    ),
    "entry_with_a_teaser_link_and_a_visible_date": Case(
        page(after=f'<ul><li><a href="/n/1">{OTHER}</a> <span>{ENTRY_DAY}</span></li></ul>'),
        None,
        quiet=True,
    ),
    # negative: the permalink date of the article's own meta list, above the body
    "own_meta_list_date_link_above_the_body": Case(
        page(
            header='<ul class="meta"><li><a href="/n/1">۲۸ شهریور ۱۴۰۲</a></li>'
            '<li><a href="/author/1">علی رضایی</a></li></ul>'
        ),
        DAY,
        quiet=True,
    ),
    # negative: a date line under the body outside any list is still a footer date line
    "footer_date_line_outside_a_list": Case(
        page(after=f"<div>{ENTRY_DAY}</div>"), "2021-05-05", warned=("published-unlabelled",)
    ),
    # -- Offsets in Persian or Arabic-Indic digits on another clock (the tenth round's fix) -
    "persian_digit_offset_printed_on_kabul_clock": Case(
        _afghan(header="<div>تاریخ انتشار: ۲۰۲۳-۱۲-۰۶T۱۱:۲۰:۰۰+۰۴:۳۰</div>"),
        "2023-12-06T11:20:00+04:30",
    ),
    "arabic_digit_offset_printed_on_kabul_clock": Case(
        _afghan(header="<div>تاریخ انتشار: ٢٠٢٣-١٢-٠٦T١١:٢٠:٠٠+٠٤:٣٠</div>"),
        "2023-12-06T11:20:00+04:30",
    ),
    "persian_digit_tehran_offset_shown_on_kabul_clock": Case(
        _afghan(header="<div>تاریخ انتشار: ۲۰۲۳-۱۲-۰۶T۱۱:۲۰:۰۰+۰۳:۳۰</div>"),
        "2023-12-06T12:20:00+04:30",
    ),
    # negative: the same offset in ASCII digits
    "ascii_offset_printed_on_kabul_clock": Case(
        _afghan(header="<div>تاریخ انتشار: 2023-12-06T11:20:00+04:30</div>"),
        "2023-12-06T11:20:00+04:30",
    ),
    # -- A machine time without an offset is a wall time on the page's clock ---------------
    "machine_local_time_on_kabul_clock": Case(
        _afghan(meta("article:published_time", "2023-12-06T11:20:00")),
        "2023-12-06T11:20:00+04:30",
    ),
    "machine_local_time_on_dushanbe_clock": Case(
        _afghan(meta("article:published_time", "2023-12-06T11:20:00"), lang="tg"),
        "2023-12-06T11:20:00+05:00",
    ),
    # negative: a machine instant (UTC) is the same moment on Kabul's clock
    "machine_utc_time_on_kabul_clock": Case(
        _afghan(meta("article:published_time", "2023-12-06T06:50:00Z")),
        "2023-12-06T11:20:00+04:30",
    ),
    # -- Which <time> is the publication (mutants 2, 14, 19, 21, 23, 26) -------------------
    "first_unmarked_time_of_the_header_wins": Case(  # 2
        page(
            "",
            f'<div class="meta"><time datetime="{WHEN}"></time> · '
            f'<time datetime="{LATER}"></time></div>',
        ),
        WHEN,
        quiet=True,
    ),
    "update_label_after_other_fields_of_the_row": Case(  # 14
        page(
            "",
            '<div class="meta">نویسنده: علی رضایی | آخرین به‌روزرسانی: '
            f'<time datetime="{LATER}"></time></div>',
        ),
        None,
        quiet=True,
    ),
    "time_whose_own_words_fill_its_paragraph": Case(  # 19
        page("", f'<p><time datetime="{WHEN}">منتشر شده در روز هفته گذشته برای شما</time></p>'),
        WHEN,
    ),
    "read_also_link_in_the_body_leaves_the_header_time": Case(  # 21
        f'<html lang="fa"><body><h1>{TITLE}</h1><div class="content"><div class="meta">'
        f'<time datetime="{WHEN}"></time></div>{BODY}<p>بیشتر بخوانید: '
        f'<a href="/n/2">{OTHER}</a></p></div></body></html>',
        WHEN,
        quiet=True,
    ),
    "teaser_link_of_four_words": Case(  # 23
        page(
            after=f'<div class="box"><ul><li><a href="/n/1">{SHORT_OTHER}</a>'
            f'<time datetime="{OTHER_TIME}"></time></li></ul></div>'
        ),
        None,
        quiet=True,
    ),
    "teaser_with_its_date_in_its_headline_link": Case(  # 26
        page(
            aside=f'<div class="box"><div><a href="/n/1"><time datetime="{OTHER_TIME}"></time> '
            f'{OTHER}</a> <a href="/n/1">{SHORT_OTHER} و دیگر خبرهای امروز</a></div></div>'
        ),
        None,
        quiet=True,
    ),
    # -- Another item's date: a sidebar, a comment, the top bar (mutants 15, 28, 30) -------
    "time_alone_in_a_sidebar": Case(  # 15
        page(aside=f'<aside><time datetime="{OTHER_TIME}"></time></aside>'), None, quiet=True
    ),
    "time_of_a_comment": Case(  # 15
        page(
            after=f'<div class="comments"><div><b>علی</b> <time datetime="{LATER}"></time>'
            "<p>ممنون</p></div></div>"
        ),
        None,
        quiet=True,
    ),
    "time_in_a_today_box": Case(  # 28
        page(before='<div class="today"><time datetime="2026-12-01"></time></div>'),
        None,
        quiet=True,
    ),
    # negative: the <footer> of the <article> is the article's own
    "time_in_the_articles_own_footer": Case(  # 30
        f'<html lang="fa"><body><article><h1>{TITLE}</h1>{BODY}<footer>'
        f'<time datetime="{WHEN}"></time></footer></article></body></html>',
        WHEN,
        quiet=True,
    ),
    # -- A modification that repeats the publication is no update (mutants 37, 39, 42, 73) --
    "modified_repeating_a_wrong_zone_published": Case(  # 37
        page(ld("2023-09-19T16:42:00+00:00", "2023-09-19T16:42:00+00:00"), SEEN),
        WHEN,
        None,
        warned=("html-date-conflict",),
    ),
    "modified_repeating_published_is_quiet": Case(
        page(ld(WHEN, WHEN)), WHEN, None, quiet=True
    ),  # 42
    "modified_on_the_visible_publication_moment": Case(
        page(ld(None, WHEN), SEEN), WHEN, None
    ),  # 73
    # negative: a date-only modification of the publication's day may be a later edit
    "date_only_modified_of_the_publication_day_is_kept": Case(  # 39
        page(ld(DAY, DAY)), DAY, DAY, quiet=True
    ),
    # -- The wall-clock comparison of dateModified and datePublished (mutants 40, 41) ------
    "modified_minutes_later_in_utc_is_an_update": Case(  # 40
        page(ld(WHEN, "2023-09-19T16:45:00+00:00")), WHEN, "2023-09-19T20:15:00+03:30", quiet=True
    ),
    "persian_digit_modified_on_the_published_wall_clock": Case(  # 41
        page(ld("۲۰۲۳-۰۹-۱۹T۱۶:۴۲:۰۰+۰۳:۳۰", "۲۰۲۳-۰۹-۱۹T۱۶:۴۲:۰۰+۰۰:۰۰")),
        WHEN,
        None,
        warned=("published-conflict",),
    ),
    # -- Zone spellings (mutants 51, 55) ----------------------------------------------------
    "offset_of_hours_alone": Case(page(ld("2023-09-19T13:12:00+00")), WHEN, quiet=True),
    "persian_digits_with_offset_seconds": Case(
        page(ld("۲۰۲۳-۰۹-۱۹T۱۶:۴۲:۰۰+۰۳:۳۰:۰۰")), WHEN, quiet=True
    ),
    "persian_digits_with_a_zone_abbreviation": Case(
        page(ld("۲۰۲۳-۰۹-۱۹T۱۶:۴۲:۰۰ IRST")), WHEN, quiet=True
    ),
    # -- Machine against visible (mutants 66, 68, 70, 71, 72) ------------------------------
    # a time the page prints, midnight too, completes a date-only label of its day
    "printed_midnight_completes_a_day": Case(  # 66
        page(header="<div>تاریخ انتشار: ۲۸ شهریور ۱۴۰۲</div><div>2023-09-19 00:00</div>"),
        "2023-09-19T00:00:00+03:30",
        quiet=True,
    ),
    # a footer line of the machine date's day at another time is no conflict
    "footer_line_of_the_same_day_at_another_time": Case(  # 68
        page(ld(WHEN), after="<div>۲۸ شهریور ۱۴۰۲ - ۱۰:۰۰</div>"), WHEN, quiet=True
    ),
    # a footer line of another day under a labelled visible date is not reported
    "footer_line_of_another_day_under_a_label": Case(  # 70
        page(
            header="<div>تاریخ انتشار: ۲۸ شهریور ۱۴۰۲ - ۱۶:۴۲</div>",
            after="<div>۱۵ اردیبهشت ۱۴۰۰</div>",
        ),
        WHEN,
        quiet=True,
    ),
    "date_line_far_above_the_title_against_json_ld": Case(  # 71
        f'<html lang="fa"><head>{ld(WHEN)}</head><body><main><div>{ENTRY_DAY}</div>'
        "<div>صفحه اصلی سایت</div><div>اخبار استان</div><div>ورزش و جوانان</div>"
        f"<div>فرهنگ و هنر</div><h1>{TITLE}</h1>{BODY}</main></body></html>",
        WHEN,
        warned=("html-date-conflict",),
    ),
    # a footer day line that agrees with JSON-LD leaves it the value, with no doubt
    "footer_day_line_agreeing_with_json_ld": Case(  # 72
        page(ld(WHEN), after="<div>۲۸ شهریور ۱۴۰۲</div>"), WHEN, quiet=True
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_machine_date_judging(name: str) -> None:
    """Each page gives its right value, or None, with the warnings that say so."""
    check_case(CASES[name])


def test_summer_time_doubt_is_warned_once_per_value() -> None:
    """A machine local time in the spring gap given by JSON-LD and <meta> alike is one
    doubt: one ``nonexistent-time`` warning (mutant 36)."""
    html = page(ld("2022-03-22T00:30:00") + meta("article:published_time", "2022-03-22T00:30:00"))
    codes = [warning.code for warning in jm.parse_html(html).warnings]
    assert codes.count("nonexistent-time") == 1


@pytest.mark.parametrize(
    ("label", "want"),
    [
        pytest.param("GMT+۰۸:۰۰", "2020-11-07T15:31:55+08:00", id="persian_digits"),
        pytest.param("GMT+٠٨:٠٠", "2020-11-07T15:31:55+08:00", id="arabic_digits"),
        pytest.param("GMT-05:00", "2020-11-07T15:31:55-05:00", id="west_of_utc"),  # 76
        pytest.param("GMT+08:00", "2020-11-07T15:31:55+08:00", id="ascii_digits"),
    ],
)
def test_offset_label_sets_the_pages_clock(label: str, want: str) -> None:
    """A UTC offset printed before the time as its label («GMT+۰۸:۰۰ || DATE TIME») is the
    page's clock, in any digits: the time is shown on it as printed."""
    text = (
        f"{TITLE}\n{label} || 2020-11-07 15:31:55\nمتن خبر این است که امروز چنین شد و مردم آمدند."
    )
    assert jm.parse_article(text).published.isoformat() == want
