"""fix182: the thirty-eighth mutation round's inputs wrong on main (docs/reliability.md «The
thirty-eighth round: fix172-fix175 under mutation», mutants 57, 40 and 4 of
benchmarks/hand_mutants_38.py).

The positives fail on main 8bc21866; the ``-neg`` near misses keep main's reading. The
sentences are written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


_DAY = "۲۰ آذر ۱۴۰۲"

# -- 1. the item's labels line (code, views, a bare date or none) under the headline ----------
_BRIDGE_HEAD = "پل عابر پیاده میدان شهدا به بهره برداری رسید"
_BRIDGE_LEAD = (
    "پل عابر پیاده میدان شهدا با حضور شهردار و اعضای شورای شهر به بهره برداری رسید و عبور "
    "دانش آموزان از این میدان ایمن شد."
)
_BRIDGE_MOTTO = "شهر ایمن برای همه"


def _bridge(labels_line: str) -> str:
    return (
        f"{_BRIDGE_HEAD}\n{labels_line}\n{_BRIDGE_LEAD}\n{_BRIDGE_MOTTO}\n"
        "رئیس پلیس راهور شهر هم این شعار را در پایان سخنانش به یاد حاضران آورد.\n"
        f"{_BRIDGE_MOTTO}\nپل دوم میدان تا پایان سال آینده ساخته می‌شود.\n"
    )


def test_code_and_views_line_with_bare_date_is_a_header_line() -> None:
    """Mutant 57's page: HEADLINE / «کد خبر: ... | بازدید: ... | DATE» (the date bare) / lead
    / a motto printed twice round a sentence: the header block holds, the headline is the
    title and the day is read."""
    for labels_line in (
        f"کد خبر: ۴۵۶۷۱ | بازدید: ۱۲۰ | {_DAY}",
        f"کد خبر: ۴۵۶۷۱ | {_DAY}",
        f"بازدید: ۱۲۰ | {_DAY} - ۰۹:۳۰",
    ):
        article = jm.parse_article(_bridge(labels_line))
        assert article.title == _BRIDGE_HEAD, labels_line
        assert article.published is not None
        assert article.published.gregorian.isoformat().startswith("2023-12-11")


def test_code_and_views_line_with_no_date_is_a_header_line() -> None:
    """The same labels line with no date: still the item's header, the headline the title."""
    for labels_line in ("کد خبر: ۴۵۶۷۱ | بازدید: ۱۲۰", "کد خبر: ۴۵۶۷۱"):
        assert jm.parse_article(_bridge(labels_line)).title == _BRIDGE_HEAD, labels_line


def test_labels_line_with_a_source_or_author_alone_neg() -> None:
    """A labels line holding a source beside the code, or an author alone (a byline), is no
    line of the item's header; the headline is still the title, right over its lead: the
    motto printed twice round a sentence under the lead is no headline printed twice (fix191;
    before it this test pinned the motto, attacks62's defect)."""
    for labels_line in ("کد خبر: ۴۵۶۷۱ | منبع: ایرنا", "نویسنده: مریم صادقی"):
        assert jm.parse_article(_bridge(labels_line)).title == _BRIDGE_HEAD, labels_line


# -- 2. an ad's label alone on its line, a blank line under it -----------------------------------
_MILL = (
    "آسیاب آبی روستای ما بیش از صد سال قدمت دارد و هنوز هم در فصل برداشت گندم کار می‌کند. "
    "پدربزرگم می‌گفت مردم از روستاهای اطراف گندم خود را برای آرد کردن به اینجا می‌آوردند.\n\n"
    "امروز چند نفر از جوانان روستا آن را مرمت کرده‌اند و گردشگران برای دیدنش می‌آیند.\n"
)
_MILL_NAME = "آسیاب روستا"
_UNDER_AD_LINK = "ad link"


def test_ad_label_over_blank_is_never_the_title() -> None:
    """Mutant 40's page: «تبلیغات» / blank / a short line / DATE / the post: the label is never
    the title; the line under it, a date line right under, is the post's title, doubted."""
    for label in ("تبلیغات", "سفارش تبلیغ"):
        article = jm.parse_article(f"{label}\n\n{_MILL_NAME}\n{_DAY}\n\n{_MILL}")
        assert article.title == _MILL_NAME, label
        assert "title-uncertain" in _codes(article)
        assert any(_UNDER_AD_LINK in warning.message for warning in article.warnings)
        assert article.published is not None


def test_ad_label_over_blank_and_advertiser_no_date_is_no_title() -> None:
    """«سفارش تبلیغ» / blank / «نور ویژن» / the post: neither the label nor the advertiser."""
    for label in ("تبلیغات", "سفارش تبلیغ"):
        title = jm.parse_article(f"{label}\n\nنور ویژن\n\n{_MILL}").title
        assert title not in (label, "نور ویژن"), label
    # A blank line between the short line and the date line: the advertiser still.
    text = f"تبلیغات\n\n{_MILL_NAME}\n\n{_DAY}\n\n{_MILL}"
    assert jm.parse_article(text).title is None


def test_advertiser_in_the_box_or_apart_from_the_date_neg() -> None:
    """The short line right under the label (no blank line: the ad box, fix174), a date line
    under it, stays the advertiser: no title, as on main."""
    for text in (
        f"آگهی\nنور ویژن\n{_DAY}\n\n{_MILL}",
        f"تبلیغات\n{_MILL_NAME}\n{_DAY}\n\n{_MILL}",
    ):
        assert jm.parse_article(text).title is None, text


def test_headline_under_ad_label_undoubted_neg() -> None:
    """A headline's length under «تبلیغات» is no advertiser's: it stays the title, with no
    doubt for the ad link (main's reading)."""
    head = "مرمت آسیاب آبی روستا به دست جوانان"
    for gap in ("\n", "\n\n"):
        article = jm.parse_article(f"تبلیغات{gap}{head}\n{_DAY}\n\n{_MILL}")
        assert (article.title, "title-uncertain" in _codes(article)) == (head, False)


# -- 3. a verb headline over the date line, a line as long under it -----------------------------
_DATE_TIME = "۲۰ آذر ۱۴۰۲ - ۰۹:۳۰"
_BAZAAR_HEAD = "طرح بازسازی بافت تاریخی بازار یزد دوباره آغاز شد"
_BAZAAR_COST = "هزینه طرح از محل عوارض شهری یزد تامین می‌شود"
_BAZAAR_LEAD = (
    "طرح بازسازی بافت تاریخی بازار قدیمی شهر یزد که سه سال به دلیل کمبود بودجه متوقف مانده "
    "بود از امروز با حضور استاندار و شهردار دوباره آغاز شد و تا دو سال دیگر به پایان می‌رسد."
)
_BAZAAR_BODY = (
    "شهردار یزد گفت در گام نخست سقف‌های فرسوده راسته بازار زرگرها نوسازی می‌شود و "
    "مغازه‌داران در این مدت کار خود را ادامه می‌دهند."
)


def test_equal_length_line_under_date_is_the_verb_headlines_detail() -> None:
    """Mutant 4's page: an eight-word verb headline / DATE / a line as long ending with a
    verb / the lead retelling the headline: the headline is the title, not the detail."""
    for gap in ("\n", "\n\n"):
        text = (
            f"{_BAZAAR_HEAD}\n{_DATE_TIME}{gap}{_BAZAAR_COST}\n\n{_BAZAAR_LEAD}\n\n{_BAZAAR_BODY}\n"
        )
        assert jm.parse_article(text).title == _BAZAAR_HEAD, gap


def test_equal_length_headline_under_date_retold_by_lead_neg() -> None:
    """The line under the date line is the headline the lead retells (the verb line over
    the date line a kicker, as long): it stays the title, as on main."""
    kicker = "شورای شهر یزد بودجه طرح بازار را تصویب کرد"
    head = "سقف‌های فرسوده راسته بازار زرگرهای یزد نوسازی خواهد شد"
    lead = (
        "سقف‌های فرسوده راسته بازار زرگرهای یزد از هفته آینده با بودجه‌ای که شورای شهر "
        "تصویب کرد نوسازی خواهد شد و مغازه‌داران در این مدت کار خود را ادامه می‌دهند."
    )
    text = f"{kicker}\n{_DATE_TIME}\n{head}\n\n{lead}\n\n{_BAZAAR_BODY}\n"
    assert jm.parse_article(text).title == head


def test_longer_line_under_date_neg() -> None:
    """A line under the date line longer than the verb headline over it keeps main's
    reading: the lower line is the title."""
    longer = "هزینه طرح از محل عوارض شهری یزد و کمک استانداری تامین می‌شود"
    text = f"{_BAZAAR_HEAD}\n{_DATE_TIME}\n{longer}\n\n{_BAZAAR_LEAD}\n\n{_BAZAAR_BODY}\n"
    assert jm.parse_article(text).title == longer
