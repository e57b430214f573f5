"""attack40's silent value (benchmarks/attacks40.py, docs/reliability.md "Attacks, fortieth
round"): a plain text whose headline is printed as one Markdown link and nothing else
(«[HEADLINE](ADDRESS)», a list's or a feed's copy of the item; one link is too few marks for the
text to be read as Markdown) gave the whole link, brackets and address, as the title with no
warning. The title is the link's label now. The sentences are ours."""

from __future__ import annotations

import jalali_meta as jm

HEADLINE = "همه‌پرسی قانون اساسی تازه در شیلی رد شد"
BODY = (
    "رأی‌دهندگان شیلی روز یکشنبه برای دومین بار در دو سال متن پیشنهادی قانون اساسی تازه را "
    "رد کردند و قانون اساسی کنونی کشور همچنان به قوت خود باقی می‌ماند.\n\n"
    "دولت پیش از رأی‌گیری گفته بود نتیجه را هر چه باشد خواهد پذیرفت.\n"
)


def _page(top: str) -> str:
    return f"{top}\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}"


def test_lone_markdown_link_headline_gives_its_label() -> None:
    record = jm.parse_article(_page(f"[{HEADLINE}](https://news.example.ir/fa/news/5512)"))
    assert record.title == HEADLINE


def test_lone_markdown_link_headline_with_spaces_and_relative_address() -> None:
    record = jm.parse_article(_page(f"  [{HEADLINE}](/fa/news/5512)  "))
    assert record.title == HEADLINE


def test_bracketed_kicker_before_headline_stays_whole_neg() -> None:
    # Square brackets without an address are part of the headline as printed.
    headline = f"[ویدئو] {HEADLINE}"
    assert jm.parse_article(_page(headline)).title == headline


def test_headline_with_a_link_and_more_words_is_not_cut_to_the_label_neg() -> None:
    # A line holding a link and other words is no lone link: the label alone is not taken.
    line = f"{HEADLINE} [ویدئو](https://news.example.ir/v/12)"
    assert jm.parse_article(_page(line)).title != "ویدئو"


def test_lone_markdown_link_with_spaces_inside_the_brackets_gives_the_bare_label() -> None:
    # «[ HEADLINE ](ADDRESS)»: the label's edge spaces are no part of the title (mutant 31 of
    # benchmarks/hand_mutants_27.py kept them).
    record = jm.parse_article(_page(f"[ {HEADLINE} ](/fa/news/5512)"))
    assert record.title == HEADLINE
