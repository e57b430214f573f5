"""fix172: the fifty-seventh attack round's remaining findings (docs/reliability.md «Attacks,
fifty-seventh round», «After fix171», benchmarks/attacks57.py).

1. A line of tatweels and spaces («ــ ــ ــ», a spaced rule) holds no letter: it is no title
   candidate anywhere (``_chrome._never_title``, ``_title._title_score``), and it is a
   list theme's separator line of any length under the item's teaser (fix160's frame).

The positives fail on main 00629bae; the ``-neg`` near misses pass on both. The sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

_DAY = "۲۰ آذر ۱۴۰۲"  # 20 Azar 1402 = 2023-12-11, a Monday


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- 1. the spaced tatweel rule
_LIST_NAME = "آموزش و دانشجویی"
_ITEM_HEAD = "کارگاه نگارش پایان‌نامه برای دانشجویان تحصیلات تکمیلی برگزار می‌شود"
_ITEM_TEASER = (
    "معاونت آموزشی دانشکده برای دانشجویانی که نگارش پایان‌نامه خود را آغاز کرده‌اند "
    "کارگاهی دو روزه در تالار اجتماعات برپا می‌کند و ثبت نام آن تا پایان هفته باز است."
)
_BODY = (
    "مدرس کارگاه گفت دانشجویان در این دو روز با شیوه نوشتن فصل‌های پایان‌نامه و "
    "ارجاع به منابع آشنا می‌شوند و نمونه‌های خود را با استادان بررسی می‌کنند."
)


def _framed(rule: str) -> str:
    """A faculty's category page, double-spaced: NAME / RULE / SECTION / HEADLINE / teaser /
    RULE / SECTION (attacks57's tatweel frame, the rule drawn as given)."""
    return "\n\n".join((_LIST_NAME, rule, "اطلاعیه‌ها", _ITEM_HEAD, _ITEM_TEASER, rule, "رویدادها"))


def test_spaced_tatweel_rule_frames_one_item_list() -> None:
    """A spaced rule of tatweels frames the list's one item: the list's name, doubted."""
    for rule in ("ــ ــ ــ", "ــ ــ ــ ــ ــ ــ ــ", "ــــ ــــ ــــ ــــ"):
        article = jm.parse_article(_framed(rule))
        assert (article.title, "listing-page" in _codes(article)) == (_LIST_NAME, True), rule


def test_spaced_tatweel_rule_over_headline_is_no_title() -> None:
    """A spaced rule over an article's headline is no title: the headline is."""
    text = f"ــ ــ ــ ــ\n{_ITEM_HEAD}\n{_DAY}\n{_ITEM_TEASER}\n{_BODY}\n"
    assert jm.parse_article(text).title == _ITEM_HEAD


def test_spaced_tatweel_rule_over_text_alone_is_no_title() -> None:
    """A spaced rule over running text alone gives no title (nothing headline-shaped)."""
    assert jm.parse_article(f"ــ ــ ــ\n\n{_DAY}\n\n{_ITEM_TEASER}\n{_BODY}\n").title is None


def test_stretched_headline_neg() -> None:
    """A headline stretched with tatweels is still a headline: its letters count."""
    head = "کارگاه نگارش پایان‌نامه برای دانشجویان تحصیلات تکمیلـــی برگزار می‌شود"
    text = f"{head}\n{_DAY}\n{_ITEM_TEASER}\n{_BODY}\n"
    assert jm.parse_article(text).title == head


def test_unspaced_tatweel_rule_frame_neg() -> None:
    """The unspaced rule (fix171) frames the item as before."""
    article = jm.parse_article(_framed("ــــــــــــــــ"))
    assert (article.title, "listing-page" in _codes(article)) == (_LIST_NAME, True)
