"""fix208: the pages the forty-second mutation round found wrong on main (docs/reliability.md,
"The forty-second round: fix194-fix203 under mutation"; benchmarks/mut42_main_pages.py).

- A site's name bar over a question headline whose motto closes with a full stop (way2pay.ir's
  layout, real60 #21): the question is the headline; a name or motto closing with «.» or «!»
  that is no name bar is doubted over the question.
- «آرشیو برچسب / NAME» (and «بایگانی برچسب», other separators): the label's separator is no
  part of the list's name, and NAME ending with a verb is still the list's name.
- An invocation («بسمه تعالی») over a two-word label over a rhyming couplet over a message
  (socialwork.ir's message, real61 #22): the couplet's second line is doubted.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- a name bar whose motto closes with a full stop, over a question headline ------------------
# Layout: way2pay.ir's article (real60 #21): the site's name, its motto, the question headline,
# the lead; here the motto printed with its full stop.
_QUESTION = "چرا قیمت بلیت پروازهای داخلی در فصل تابستان دوباره بالا رفت؟"
_LEAD = (
    "\n\nمسافران پروازهای داخلی در هفته های اخیر با بلیت هایی روبه رو شده اند که گاهی دو برابر "
    "نرخ بهار قیمت دارند و شرکت های هواپیمایی دلیل آن را هزینه سوخت و قطعات می دانند.\n\n"
    "کارشناسان صنعت هوایی می گویند تا زمانی که ناوگان فرسوده نو نشود، صندلی کم و قیمت بالا "
    "خواهد ماند.\n"
)


def test_question_under_a_name_and_a_motto_with_a_full_stop() -> None:
    article = jm.parse_article(f"بال سفر\nراهنمای مسافران هوایی ایران.\n\n{_QUESTION}{_LEAD}")
    assert article.title == _QUESTION
    assert "title-uncertain" not in _codes(article)


def test_question_under_a_sentence_with_its_verb_is_no_name_bar() -> None:
    """Under the name a sentence ending with its verb and a full stop (a post's opening, no
    motto): no name bar, so the question is not taken (main's title); the sentence over the
    question is doubted (silent on main)."""
    line = "امروز درباره بلیت هواپیما می نویسم."
    article = jm.parse_article(f"بال سفر\n{line}\n\n{_QUESTION}{_LEAD}")
    assert article.title == line
    assert "title-uncertain" in _codes(article)


def test_a_name_with_a_full_stop_over_a_question_is_doubted() -> None:
    for top in ("بال سفر.", "بال سفر\nراهنمای مسافران هوایی ایران!"):
        article = jm.parse_article(f"{top}\n\n{_QUESTION}{_LEAD}")
        assert "title-uncertain" in _codes(article), top


def test_a_name_bar_without_marks_over_a_question_stays_neg() -> None:
    """Near miss: the name and motto with no sentence's end: the name bar rule (real60), the
    question undoubted, as on main."""
    article = jm.parse_article(f"بال سفر\nراهنمای مسافران هوایی ایران\n\n{_QUESTION}{_LEAD}")
    assert article.title == _QUESTION
    assert "title-uncertain" not in _codes(article)


def test_a_name_with_a_full_stop_over_a_statement_headline_neg() -> None:
    """Near miss: the name with its full stop over a headline that asks no question: the
    headline, undoubted (main's record)."""
    headline = "نرخ بلیت پروازهای داخلی از ماه آینده ده درصد گران می شود"
    article = jm.parse_article(f"بال سفر.\n\n{headline}{_LEAD}")
    assert article.title == headline
    assert "title-uncertain" not in _codes(article)


# -- an archive label with a separator before the list's name ----------------------------------
# Layout: a WordPress theme's tag archive heading (http://blog.sfile.ir/tag/..., fix52's
# «برچسب / NAME»), with the archive word before the label.
_TAG = "نوسازی کتابخانه های روستایی خراسان"


def test_archive_label_with_a_slash_gives_the_name_without_it() -> None:
    for label in ("آرشیو برچسب", "بایگانی برچسب", "ارشیو برچسب ها"):
        for sep in (" / ", " | ", " - ", " – "):
            article = jm.parse_article(f"{label}{sep}{_TAG}\n")
            assert article.title == _TAG, (label, sep)
            assert "listing-page" in _codes(article)


def test_archive_label_with_a_slash_and_a_name_ending_with_a_verb() -> None:
    name = f"{_TAG} آغاز شد"
    for label in ("آرشیو برچسب / ", "بایگانی برچسب / ", "آرشیو برچسب | "):
        article = jm.parse_article(f"{label}{name}\n")
        assert article.title == name, label
        assert "listing-page" in _codes(article)


def test_archive_label_without_a_separator_ending_with_a_verb_neg() -> None:
    """Near miss (fix197): no separator, the rest ending with a verb: a headline about
    archiving, no list (main's record)."""
    line = "بایگانی برچسب های قدیمی کتابخانه آغاز شد"
    article = jm.parse_article(f"{line}\n")
    assert article.title == line
    assert "listing-page" not in _codes(article)


def test_archive_label_with_a_colon_is_unchanged_neg() -> None:
    article = jm.parse_article(f"آرشیو برچسب: {_TAG}\n")
    assert article.title == _TAG
    assert "listing-page" in _codes(article)


# -- a couplet under an invocation and a two-word label ----------------------------------------
# Layout: socialwork.ir's message (real61 #22): the occasion's headline, «بسمه تعالی», the
# message's label, a rhyming couplet, the message.
_COUPLET = "هر که در راه دانش قدم برداشت\nبذر امید در دل ما کاشت\n"
_MESSAGE = (
    "روز پرستار فرصتی است تا از همه همکارانی که در شب های سخت بیمارستان کنار بیماران "
    "ماندند و خستگی را به جان خریدند سپاسگزاری کنیم و قدر تلاششان را بدانیم.\n"
)


def test_couplet_under_an_invocation_and_a_label_is_doubted() -> None:
    for top in (
        "روز پرستار گرامی باد\n\nبسمه تعالی\nپیام رئیس\n",
        "روز پرستار گرامی باد\n\nبه نام خدا\nپیام رئیس\n",
        "روز پرستار گرامی باد\n\nبسمه تعالی\n",
    ):
        article = jm.parse_article(f"{top}{_COUPLET}{_MESSAGE}")
        assert article.title in (None, "روز پرستار گرامی باد") or "title-uncertain" in _codes(
            article
        ), top


def test_couplet_under_a_two_word_label_without_invocation_neg() -> None:
    """Near miss (fix116, fix202): a two-word line over the couplet, no invocation: the
    couplet is left as read, undoubted (main's record)."""
    article = jm.parse_article(f"پیام رئیس\n\n{_COUPLET}{_MESSAGE}")
    assert "title-uncertain" not in _codes(article)
