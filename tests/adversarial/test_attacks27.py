"""The silent value the twenty-seventh round of attacks found and fixed (docs/reliability.md,
"Attacks, twenty-seventh round"): a paragraph's first line cut before its auxiliary verb when
the verb is glued to the next by a ZWNJ («... تبدیل» / «شده‌است و ...»), the layout of
metkaziniha.mihanblog.com/post/188 (a post with no title, hard-wrapped by the blog's <br>).

The layout is real; the sentences are ours.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

FIRST = "با همت اهالی روستا کتابخانه کوچک مسجد به یکی از پررونق‌ترین کتابخانه‌های منطقه تبدیل"
REST = "و هر هفته ده‌ها نفر از جوانان برای امانت کتاب به آن سر می‌زنند."
MORE = "کتابدار فهرست تازه‌ای از کتاب‌های اهدایی را منتشر کرده است.\n"


@pytest.mark.parametrize("verb", ["شده‌است", "شده‌اند", "گردیده‌است"])
def test_line_cut_before_a_glued_auxiliary_is_no_headline(verb: str) -> None:
    article = jm.parse_article(f"{FIRST}\n{verb} {REST}\n{MORE}")
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


def test_lead_opening_with_a_glued_word_that_is_no_verb_keeps_the_headline() -> None:
    # Near miss: «استان‌ها» opens with «است»'s letters, not with the verb.
    headline = "طرح‌های عمرانی نیمه‌تمام استان تا پایان سال تمام می‌شود"
    text = (
        f"{headline}\n"
        "استان‌ها بودجه این طرح‌ها را از محل درآمدهای خود تأمین می‌کنند و گزارش آن را "
        "هر ماه به شورا می‌دهند.\n"
    )
    article = jm.parse_article(text)
    assert article.title == headline
    assert "title-uncertain" not in warning_codes(article)
