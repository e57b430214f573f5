"""fix296: four of the inputs the eighty-first attack round left not right on main
(benchmarks/attacks81.py, docs/reliability.md «Attacks, eighty-first round»). The sentences are
written for these tests; the print view's layout is an Incsys news site's (fajreshomal.ir,
tests/pages 2022: the item's address alone under the text over «بستن   چاپ»)."""

from __future__ import annotations

import jalali_meta as jm

_HEADLINE = "بازگشایی کتابخانه مرکزی شهر پس از دو سال بازسازی"
_LEAD = (
    "به گزارش خبرنگار ما، کتابخانه مرکزی شهر پس از دو سال بازسازی از صبح امروز دوباره به روی "
    "کتابخوانان باز شد و تالار مطالعه آن دویست صندلی تازه دارد."
)
_MORE = (
    "مدیر کتابخانه گفت که بخش کودکان هم تا پایان ماه آینده آماده می شود و کارگاه های "
    "قصه گویی آن هر هفته برگزار خواهد شد."
)


def _warned(article: jm.Article) -> bool:
    return any(w.code == "title-uncertain" for w in article.warnings)


# -- 1: a source's address under its label over a lone «چاپ» (_candidates._print_view_address) -

_SOURCE = "https://other-agency.example.ir/fa/news/7714/bazgoshayi-ketabkhane"
_OWN = "http://city-news.example.ir/fa/News/4402/بازگشایی-کتابخانه-مرکزی"


def test_source_address_under_its_label_is_no_print_view_address() -> None:
    for label in ("منبع:", "منبع :", "لینک منبع:"):
        text = f"{_HEADLINE}\n{_LEAD}\n\n{_MORE}\n{label}\n{_SOURCE}\nچاپ\n"
        article = jm.parse_article(text)
        assert article.title == _HEADLINE, label
        assert article.number is None, label


def test_near_miss_print_view_address_keeps_its_number() -> None:
    # The view's own address set apart under the text (a blank line over it), or right under
    # a paragraph: the number is read, as fix284 does.
    for gap in ("\n\n", "\n"):
        article = jm.parse_article(f"{_HEADLINE}\n{_LEAD}\n\n{_MORE}{gap}{_OWN}\nبستن   چاپ\n")
        assert article.number == "4402", repr(gap)


# -- 2: a reading time under a kicker and headline over a byline (_title._post_title_under) ----

_BYLINE_BODY = f"نوشته شده توسط سارا احمدی\n{_LEAD}\n\n{_MORE}\n"


def test_reading_time_is_no_post_title_under_kicker_and_headline() -> None:
    for reading in ("۳ دقیقه مطالعه", "زمان مطالعه: ۴ دقیقه"):
        article = jm.parse_article(
            f"گزارش خبرنگار ما از کتابخانه شهر\n{_HEADLINE}\n{reading}\n{_BYLINE_BODY}"
        )
        assert article.title == _HEADLINE, reading


def test_near_miss_headline_about_reading_under_blog_name_and_motto() -> None:
    # A post's short title about reading (no count of minutes alone) stays the post's title.
    article = jm.parse_article(
        "دفتر کتاب های خوب\nیادداشت های کوتاه از کتاب ها و کتابخانه های شهر\n"
        f"مطالعه شبانه\n{_BYLINE_BODY}"
    )
    assert article.title == "مطالعه شبانه"
    assert _warned(article)


# -- 3: a motto opening with «نوشته های» (_title._name_and_motto_over_byline) -----------------


def test_motto_of_writings_is_no_byline() -> None:
    for motto in (
        "نوشته های کوتاه از کتاب ها و کتابخانه های شهر",
        "نوشته\u200cهای کوتاه از کتاب ها و کتابخانه های شهر",
        "نوشته هاي کوتاه از کتاب ها و کتابخانه هاي شهر",
    ):
        article = jm.parse_article(f"دفتر کتاب های خوب\n{motto}\nقفسه های تازه\n{_BYLINE_BODY}")
        assert article.title == "قفسه های تازه", motto
        assert _warned(article), motto


def test_near_miss_byline_with_writings_word_under_headline() -> None:
    # «نوشته NAME» (a byline's label, no plural) under the headline: the headline stays.
    article = jm.parse_article(f"{_HEADLINE}\nنوشته سارا احمدی\n{_LEAD}\n\n{_MORE}\n")
    assert article.title == _HEADLINE


# -- 4: a gapped date before a lead in curly quotes (_lines._gapped_date_cut) -----------------


def test_gapped_date_before_a_curly_quoted_lead() -> None:
    for opening, closing in (("\u201c", "\u201d"), ("\u201d", "\u201c"), ("\u201e", "\u201d")):
        article = jm.parse_article(
            f"{_HEADLINE}\n\n۱۱:۰۵ - ۲۱ آذر ۱۴۰۲   {opening}{_LEAD}{closing}\n{_MORE}\n"
        )
        assert article.title == _HEADLINE, opening
        assert article.published is not None, opening
        assert article.published.jalali_date == (1402, 9, 21), opening
        assert getattr(article.published.gregorian, "hour", None) == 11, opening


def test_near_miss_gapped_date_before_a_curly_quoted_short_name() -> None:
    # A date and, after the gap, a quoted name of a headline's length (no running text): the
    # line is left whole, as before.
    article = jm.parse_article(
        f"{_HEADLINE}\n\n۱۱:۰۵ - ۲۱ آذر ۱۴۰۲   \u201cکتابخانه مرکزی\u201d\n{_LEAD}\n\n{_MORE}\n"
    )
    assert article.title == _HEADLINE
