"""Twenty-fourth round of attacks: fix59's and fix60's rules (docs/reliability.md, "Attacks,
twenty-fourth round").

fix59 gives a headline-shaped line right over a print view's link («نسخه قابل چاپ») with the
date line right under that link a bonus (asretebar.ir and asrebazar.ir, tests/pages 021 and
822; barghab.ir's Drupal «Printer-friendly version», 1140). Four titles the round found
wrong (three silently, one left empty) are fixed here:

- a kicker or a section's name over the link, with the node's headline printed right under
  the date line over the lead, took the bonus and was the title (a colon kicker there left no
  title): a headline-shaped line right under the date with a paragraph under it (no kicker's
  mark) withholds the bonus now;
- a date line carrying its label («تاریخ انتشار: ...») under the link gave no bonus, so the
  body's second headline under a kicker won: a labelled date line counts as a date line.

The sentences are our own.
"""

from __future__ import annotations

from tests.checks import COUNCIL_BODY as BODY
from tests.checks import title_doubted

import jalali_meta as jm

DATE = "۱۲ اسفند ۱۴۰۲"
HEADLINE = "شبکه آب فرسوده شهر تا پایان سال نوسازی می‌شود"
KICKER = "مدیرعامل شرکت آب و فاضلاب استان:"
SECOND = "طرح نوسازی شبکه آب شهر از ماه آینده در سه منطقه آغاز می‌شود"


def day(article: jm.Article) -> str | None:
    return article.published.gregorian.isoformat()[:10] if article.published else None


def test_kicker_over_print_link_with_headline_under_the_date_is_no_title() -> None:
    text = f"مدیرعامل آب و فاضلاب استان خبر داد\nنسخه قابل چاپ\n{DATE}\n\n{HEADLINE}\n\n{BODY}"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert day(article) == "2024-03-02"


def test_section_name_over_print_link_with_headline_under_the_date_is_no_title() -> None:
    text = f"اخبار اقتصادی استان\nنسخه قابل چاپ\n{DATE}\n\n{HEADLINE}\n\n{BODY}"
    assert jm.parse_article(text).title == HEADLINE


def test_colon_kicker_over_print_link_leaves_the_headline_under_the_date() -> None:
    text = f"{KICKER}\nنسخه قابل چاپ\n{DATE}\n\n{HEADLINE}\n\n{BODY}"
    assert jm.parse_article(text).title == HEADLINE


def test_headline_over_print_link_and_labelled_date_wins_over_the_kicked_line() -> None:
    text = f"{HEADLINE}\nنسخه قابل چاپ\nتاریخ انتشار: {DATE}\n{KICKER}\n\n{SECOND}\n\n{BODY}"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert day(article) == "2024-03-02"


def test_headline_over_print_link_and_date_over_the_body_keeps_its_bonus() -> None:
    """Near miss of the narrowing: the date line right over the body's paragraph (asretebar.ir,
    asrebazar.ir) or over a kicker (barghab.ir): the line over the link is the headline."""
    over_body = f"{HEADLINE}\nنسخه قابل چاپ\n{DATE}\n\n{BODY}"
    assert jm.parse_article(over_body).title == HEADLINE
    over_kicker = f"{HEADLINE}\nنسخه قابل چاپ\n{DATE}\n{KICKER}\n\n{SECOND}\n\n{BODY}"
    article = jm.parse_article(over_kicker)
    assert article.title == HEADLINE


def test_print_link_with_a_label_of_another_field_under_it_gives_no_bonus() -> None:
    """Near miss: «کد خبر: ...» under the link is no date line: the kicked line stays."""
    text = f"{HEADLINE}\nنسخه قابل چاپ\nکد خبر: ۴۸۲۱۳\n{KICKER}\n\n{SECOND}\n\n{BODY}"
    article = jm.parse_article(text)
    assert article.title == SECOND or title_doubted(article)
