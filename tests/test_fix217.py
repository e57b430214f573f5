"""fix217: a Latin weekday name is one name in every join, and matched whole.

The Raku Date::Calendar::Persian prints its weekdays in two words or with a hyphen
(``strftime("%A %d %B %Y")``: «Se shanbe 28 Bahman 1399», its README; «Yek-shanbe», «Do shanbe»,
«Chahar shanbe», «Panj shanbe», its lib/Date/Calendar/Persian/Names.rakumod; conf22's pending
cases). Before fix217 jalali-meta read «Se shanbeh» and «Seshanbe» but not «Se shanbe»: the second
word alone was read as Saturday, so a right date was refused and a wrong weekday let through
(«Do shanbe 25 Bahman 1399», a Monday's name before a Saturday, gave 1399-11-25). Sunday to
Thursday are now one family: Saturday's word after a number word, run together, spaced or joined
by a hyphen with no space around it, in Latin letters and in Persian («دو-شنبه»).
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

HEADLINE = "برگزاری جشنواره فیلم کوتاه دانشجویی در دانشکده هنر"
LEAD = (
    "به گزارش روابط عمومی دانشکده، جشنواره فیلم کوتاه دانشجویی با نمایش سی فیلم از "
    "دانشجویان رشته‌های سینما و انیمیشن در تالار اصلی دانشکده برگزار شد."
)
BODY = (
    "داوران جشنواره گفتند که بیشتر فیلم‌ها درباره زندگی روزمره در شهر ساخته شده‌اند و "
    "برگزیدگان در پایان هفته معرفی می‌شوند."
)


def _page(stamp: str) -> str:
    # A news item whose date line is the Raku module's strftime("%A %d %B %Y") output (its
    # README.md:21-22, «Se shanbe 28 Bahman 1399») under the headline, then the lead and body.
    return "\n".join([HEADLINE, f"تاریخ انتشار: {stamp}", "", LEAD, "", BODY, ""])


# Each weekday of the family on its own day of Bahman 1399 (1399-11-25 is a Saturday):
# the peer's five, then other members of the family (ends in h, m for n, seh, char,
# any case, the hyphen in Persian letters).
AGREEING = [
    ("Se shanbe 28 Bahman 1399", "Se shanbe", (1399, 11, 28)),
    ("Yek-shanbe 26 Bahman 1399", "Yek-shanbe", (1399, 11, 26)),
    ("Do shanbe 27 Bahman 1399", "Do shanbe", (1399, 11, 27)),
    ("Chahar shanbe 29 Bahman 1399", "Chahar shanbe", (1399, 11, 29)),
    ("Panj shanbe 30 Bahman 1399", "Panj shanbe", (1399, 11, 30)),
    ("Seh shanbe 28 Bahman 1399", "Seh shanbe", (1399, 11, 28)),
    ("Char-shambeh 29 Bahman 1399", "Char-shambeh", (1399, 11, 29)),
    ("PANJ-SHANBEH 30 Bahman 1399", "PANJ-SHANBEH", (1399, 11, 30)),
    ("yek shambe 26 Bahman 1399", "yek shambe", (1399, 11, 26)),
    ("Do-shanbeh 27 Bahman 1399", "Do-shanbeh", (1399, 11, 27)),
    ("دو-شنبه ۲۷ بهمن ۱۳۹۹", "دو-شنبه", (1399, 11, 27)),
    ("چهار-شمبه ۲۹ بهمن ۱۳۹۹", "چهار-شمبه", (1399, 11, 29)),
]


@pytest.mark.parametrize(("text", "weekday", "date"), AGREEING)
def test_weekday_of_the_family_is_read_with_its_date(
    text: str, weekday: str, date: tuple[int, int, int]
) -> None:
    stamp = jm.parse_datetime(text)
    assert (stamp.jalali_date, stamp.weekday) == (date, weekday)


@pytest.mark.parametrize(("text", "weekday", "date"), AGREEING)
def test_find_dates_takes_the_whole_name(
    text: str, weekday: str, date: tuple[int, int, int]
) -> None:
    (found,) = jm.find_dates(f"The festival opened on {text}, in the main hall.")
    assert (found.text, found.weekday, found.jalali_date) == (text, weekday, date)


def test_raku_readme_date_converts() -> None:
    assert jm.parse_datetime("Se shanbe 28 Bahman 1399").isoformat() == "2021-02-16"


# A name that contradicts its date: refused as a whole, never read as Saturday from its end.
CONTRADICTED = [
    "Do shanbe 25 Bahman 1399",
    "Yek-shanbe 25 Bahman 1399",
    "Panj shambeh 25 Bahman 1399",
    "دو-شنبه ۲۵ بهمن ۱۳۹۹",
    "سه-شنبه ۲۵ بهمن ۱۳۹۹",
]


@pytest.mark.parametrize("text", CONTRADICTED)
def test_contradicted_weekday_refuses_the_date(text: str) -> None:
    with pytest.raises(jm.DateError) as info:
        jm.parse_datetime(text)
    assert "does not match 1399/11/25" in info.value.msg
    assert jm.find_dates(f"The festival opened on {text}, in the main hall.") == []


def test_page_header_with_the_raku_date_line() -> None:
    article = jm.parse_article(_page("Se shanbe 28 Bahman 1399"))
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.isoformat() == "2021-02-16"
    assert [w.code for w in article.warnings] == []


def test_page_header_with_a_contradicted_latin_weekday_warns_as_a_persian_one() -> None:
    # The rule for a page's header date with a contradicting Persian weekday: the date is
    # kept and warned weekday-mismatch (docs/errors.md). The Latin name follows it.
    latin = jm.parse_article(_page("Do shanbe 25 Bahman 1399"))
    persian = jm.parse_article(_page("دوشنبه ۲۵ بهمن ۱۳۹۹"))
    for article in (latin, persian):
        assert article.published is not None
        assert article.published.isoformat() == "2021-02-13"
        assert [w.code for w in article.warnings] == ["weekday-mismatch"]


def test_html_page_with_a_hyphenated_weekday() -> None:
    html = (
        f"<html><body><h1>{HEADLINE}</h1>"
        '<div class="date">Yek-shanbe 26 Bahman 1399</div>'
        f"<p>{LEAD}</p><p>{BODY}</p></body></html>"
    )
    article = jm.parse_html(html)
    assert article.published is not None
    assert article.published.isoformat() == "2021-02-14"
    assert [w.code for w in article.warnings] == []


# Near misses: what main did, kept.


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("shanbe 25 Bahman 1399", "shanbe"),
        ("Shanbeh 25 Bahman 1399", "Shanbeh"),
        ("Seshanbeh 28 Bahman 1399", "Seshanbeh"),
        ("Chaharshambe 29 Bahman 1399", "Chaharshambe"),
        ("سه‌شنبه ۲۸ بهمن ۱۳۹۹", "سه\u200cشنبه"),
        ("Jomeh 1 Esfand 1399", "Jomeh"),
    ],
)
def test_known_names_read_as_before_neg(text: str, weekday: str) -> None:
    assert jm.parse_datetime(text).weekday == weekday


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A word ending in a number word's letters is no number word: «جلسه» (a meeting).
        ("جلسه شنبه ۲۵ بهمن ۱۳۹۹ برگزار شد.", "شنبه ۲۵ بهمن ۱۳۹۹"),
        # A dash with spaces around it separates fields; Saturday's word is read alone.
        ("صفحه یک - شنبه ۲۵ بهمن ۱۳۹۹", "شنبه ۲۵ بهمن ۱۳۹۹"),
        ("Page yek - shanbe 25 Bahman 1399", "shanbe 25 Bahman 1399"),
    ],
)
def test_saturday_after_another_word_or_a_spaced_dash_neg(text: str, found: str) -> None:
    (stamp,) = jm.find_dates(text)
    assert (stamp.text, stamp.jalali_date) == (found, (1399, 11, 25))


def test_saturday_name_contradicting_its_date_still_refused_neg() -> None:
    with pytest.raises(jm.DateError):
        jm.parse_datetime("shanbe 26 Bahman 1399")
    assert jm.find_dates("It opened on shanbe 26 Bahman 1399.") == []


def test_weekday_name_without_a_date_is_no_date_neg() -> None:
    assert jm.find_dates("We meet every Do shanbe and Yek-shanbe at noon.") == []
