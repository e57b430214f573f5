"""Markdown tables, the blanking's edges and the Afghan clock's evidence, pinned where the
mutation run of 2026-12-02 (docs/reliability.md, "Mutation testing", part ``markdown``) found
the suite blind.

A table's rows are the lines with a pipe right above and below its rule line, up to a blank
line or a line without a pipe: their cells' pipes become spaces, so a row «تاریخ تصویب :|
1390/10/18» reads as a label and its value; a pipe outside the table stays.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm
from jalali_meta.testing import blank_markdown

TABLE = "| نوع | بخشنامه |\n|---|---|\n| شماره | ۱۲ |\n| تاریخ | ۱۴۰۲/۰۱/۰۵ |"


def _lines(markdown: str) -> list[list[str]]:
    blanked = blank_markdown(markdown)
    assert len(blanked) == len(markdown)
    return [line.split() for line in blanked.split("\n")]


@pytest.mark.parametrize("end", ["", "\n"])
def test_every_row_of_a_table_loses_its_pipes(end: str) -> None:
    """The header above the rule (here the text's first line) and every row below it down to
    the text's end (with or without a last line break) lose their pipes."""
    assert _lines(TABLE + end)[:5] == [
        ["نوع", "بخشنامه"],
        [],
        ["شماره", "۱۲"],
        ["تاریخ", "۱۴۰۲/۰۱/۰۵"],
        *([[]] if end else []),
    ]


def test_a_blank_line_ends_a_table_above_and_below() -> None:
    """A pipe in the paragraphs a blank line sets apart from the table is no cell's."""
    markdown = "قیمت | بازار\n\n" + TABLE + "\n\nنشانی | تهران\n"
    assert _lines(markdown) == [
        ["قیمت", "|", "بازار"],
        [],
        ["نوع", "بخشنامه"],
        [],
        ["شماره", "۱۲"],
        ["تاریخ", "۱۴۰۲/۰۱/۰۵"],
        [],
        ["نشانی", "|", "تهران"],
        [],
    ]


@pytest.mark.parametrize(
    ("markdown", "words"),
    [
        # A blank first line, then the table: the header is the second line, and the blank
        # line ends the rows above it.
        (
            "\n" + TABLE + "\n\nنشانی | تهران",
            [
                [],
                ["نوع", "بخشنامه"],
                [],
                ["شماره", "۱۲"],
                ["تاریخ", "۱۴۰۲/۰۱/۰۵"],
                [],
                ["نشانی", "|", "تهران"],
            ],
        ),
        # A rule with a blank line above it: no header row; the paragraph keeps its pipe.
        ("قیمت | بازار\n\n---|---\nکد | ۵", [["قیمت", "|", "بازار"], [], [], ["کد", "۵"]]),
        # A rule with a blank line below it: no rows.
        ("کد | ۵\n---|---\n\nنشانی | تهران", [["کد", "۵"], [], [], ["نشانی", "|", "تهران"]]),
    ],
)
def test_a_tables_rows_touch_its_rule(markdown: str, words: list[list[str]]) -> None:
    """The rows are the lines right above and right below the rule line, wherever it is."""
    assert _lines(markdown) == words


def test_a_line_without_a_pipe_ends_a_table() -> None:
    """The rows stop at the first line without a pipe, above and below: the lines past it
    keep theirs."""
    markdown = "الف | ب\nمتن\n" + TABLE + "\nمتن\nج | د"
    assert _lines(markdown) == [
        ["الف", "|", "ب"],
        ["متن"],
        ["نوع", "بخشنامه"],
        [],
        ["شماره", "۱۲"],
        ["تاریخ", "۱۴۰۲/۰۱/۰۵"],
        ["متن"],
        ["ج", "|", "د"],
    ]


def test_each_table_of_a_text_loses_its_pipes() -> None:
    """Two tables: the rows of both, and nothing between them."""
    markdown = TABLE + "\n\nنوشته | میانی\n\nکد | ۵\n---|---\nساعت | ۱۰:۳۰\n"
    assert [words for words in _lines(markdown) if words] == [
        ["نوع", "بخشنامه"],
        ["شماره", "۱۲"],
        ["تاریخ", "۱۴۰۲/۰۱/۰۵"],
        ["نوشته", "|", "میانی"],
        ["کد", "۵"],
        ["ساعت", "۱۰:۳۰"],
    ]


def test_a_lead_above_a_table_keeps_its_pipe() -> None:
    """The lead a blank line sets above a table is given as the page prints it (until
    2026-12-02 the rows' scan ran past the blank line and blanked the lead's pipe)."""
    lead = "صادرات زعفران بیشتر شد | بازارهای تازه در اروپا و آسیا به دست آمد."
    page = (
        f"# افزایش صادرات زعفران به اروپا\n\nکد خبر: ۱۲۰۱\n\n{lead}\n\n"
        "| کشور | وزن |\n|---|---|\n| آلمان | ۱۲ تن |\n"
    )
    article = jm.parse_article(page)
    assert (article.lead, article.body) == (lead, ("کشور وزن", "آلمان ۱۲ تن"))


def test_a_rule_line_without_pipes_is_syntax() -> None:
    """A ``---`` line in a Markdown text without pipes (a one-column table's rule, as html2text
    writes one; a thematic break) is blanked, and the paragraph under it is the lead (it was
    ``---``: page 648 of tests/pages_markdown); a dash inside a line stays."""
    paragraph = "صادرات زعفران در ده ماه نخست سال بیشتر شد."
    page = f"# افزایش صادرات زعفران به اروپا\n\nکد خبر: ۱۲۰۱\n\n---  \n\n{paragraph}\n"
    assert _lines(page)[4] == []
    assert jm.parse_article(page).lead == paragraph
    assert _lines("# عنوان\nکد - ۱۲ -- پایان ۱۴۰۲-۰۱-۰۵") == [
        ["عنوان"],
        ["کد", "-", "۱۲", "--", "پایان", "۱۴۰۲-۰۱-۰۵"],
    ]


# -- an article in Pashto keeps Kabul's clock ----------------------------------------------

# A Persian headline and lead, and the same with names holding Pashto letters (ګ, ټ, ځ).
TITLE = "دیدار وزیران بازرگانی دو کشور در هرات برگزار شد"
TITLE_2 = "دیدار وزیر با ګل‌احمد ټکری در هرات برگزار شد"
LEAD = (
    "وزیران بازرگانی دو کشور در این دیدار درباره گسترش صادرات و واردات کالا گفت‌وگو کردند و "
    "قرار شد نشست بعدی در تهران برگزار شود."
)
LEAD_1 = LEAD.replace("در این دیدار", "در این دیدار با ګل‌احمد")
LEAD_3 = LEAD.replace("در این دیدار", "در این دیدار با ګل‌احمد ټکری ځدرانی")


def _offset(*lines: str) -> str:
    """The UTC offset of the publication time «۵ فروردین ۱۴۰۲ ساعت ۱۰:۳۰» under ``lines``."""
    text = "\n".join(lines).replace("DATE", "تاریخ انتشار: ۵ فروردین ۱۴۰۲ ساعت ۱۰:۳۰")
    published = jm.parse_article(text + "\n").published
    assert published is not None
    return published.isoformat()[-6:]


@pytest.mark.parametrize(
    ("lines", "offset"),
    [
        ((TITLE, "DATE", LEAD), "+03:30"),
        ((TITLE_2, "DATE", LEAD), "+03:30"),  # two letters: a name in a Persian headline
        ((TITLE, "DATE", LEAD_1.replace("ګل‌احمد", "ګل‌احمد ټکری")), "+03:30"),
        ((TITLE_2, "DATE", LEAD_1), "+04:30"),  # three, the headline's and the lead's
        ((TITLE, "DATE", LEAD_3), "+04:30"),
        (("DATE", LEAD_3), "+04:30"),  # no headline: the lead alone
    ],
)
def test_three_pashto_letters_in_the_headline_and_lead_make_kabuls_clock(
    lines: tuple[str, ...], offset: str
) -> None:
    """Three letters Persian does not write, counted over the headline and the lead together,
    put a time printed without a zone on Kabul's clock; two are a name in a Persian article."""
    assert _offset(*lines) == offset
