"""fix247: what real70 (the fifty-ninth real sample, docs/real_sample.md) found.

- A poem under its headline, a line of marks alone between them (`HEADLINE` / `:::` /
  `#HASHTAG` / the couplets' short lines: crf.ir, real70 #12): the run of short lines was a
  menu of labels (`listing-page`); a line with no letter is no menu's label.
- A day archive by WordPress's date front and a dashed day (`/date/2025-08-18`,
  khavarestan.ir, real70 #21): a list, so the one item it prints gives no title.
- A headline run into its lead on one line by two spaces (`HEADLINE  به گزارش ...`,
  kj-tarvij.ir, real70 #08): the words before the gap are the title.
- `/<slug>/NNNN/` (rangeiman.ir, real70 #16): the post's ID after its slug.
- `/news/NN-<alias>YY-M-DD.html` (mehraeenschool.com, real70 #24): the ID before a
  hand-written alias ending with a short Jalali day, and that day.
- A greeting naming the readers with the ezafe (`بچه های عزیز سلام`, rouzbeh.info, real70
  #11) under a heading: a letter's opening, never the headline.

The pages' structure is the real one; the headlines, poems and bodies are written for these
tests.
"""

from __future__ import annotations

import datetime

from tests.checks import warning_codes

import jalali_meta as jm
from jalali_meta.testing import url_number

_LEAD = (
    "در این نشست که با حضور کارشناسان و جمعی از خانواده ها برگزار شد، برنامه های آموزشی "
    "تازه معرفی شد و مقرر گردید گزارش آن تا پایان ماه به اطلاع همه برسد."
)

# -- (1) a poem under its headline, «:::» between them (real70 #12) -------------------------

_POEM = "دلم گرفته از این شب\nبیا که صبح بخندد\nچراغ خانه روشن کن\nکه غم ز دل برخیزد\n"


def _poem_page(headline: str, mark: str = ":::") -> str:
    return f"{headline}\n{mark}\n#شعر_روز\n{_POEM}"


def test_short_headline_over_a_poem_under_a_mark_line_is_the_title() -> None:
    for headline in ("شعری برای مادر", "بهار آمد"):
        for url in (None, "https://example.ir/2014-10-08-23-30-51/3826-sher-madar"):
            article = jm.parse_article(_poem_page(headline), url=url)
            assert article.title == headline, (headline, url)
            assert "listing-page" not in warning_codes(article), (headline, url)


def test_poem_without_the_mark_line_keeps_its_verdict_neg() -> None:
    # Near miss: with no line of marks between them the headline, the hashtag and the
    # verses are one run of short lines, a menu's shape as before (warned, no title).
    article = jm.parse_article(f"شعری برای مادر\n#شعر_روز\n{_POEM}")
    assert article.title is None
    assert {"listing-page", "title-uncertain"} <= warning_codes(article)


# -- (2) a day archive «/date/YYYY-MM-DD» printing one item (real70 #21) --------------------

_DAY_ITEM = (
    f"خاورستان\nتجلیل از پیشکسوتان:\nبرگزاری آیین بزرگداشت معلمان بازنشسته در شهر\n{_LEAD}\n"
)


def test_dashed_day_after_the_date_front_is_a_list() -> None:
    article = jm.parse_article(_DAY_ITEM, url="https://example.ir/date/2025-08-18")
    assert article.title is None
    assert article.published is None
    assert "listing-page" in warning_codes(article)


def test_dashed_day_archive_neg() -> None:
    # Near misses: the same text alone, and a post's slug after the date front's day, keep
    # the item's headline.
    headline = "برگزاری آیین بزرگداشت معلمان بازنشسته در شهر"
    for url in (None, "https://example.ir/date/2025-08-18/bozorgdasht-moalleman"):
        assert jm.parse_article(_DAY_ITEM, url=url).title == headline, url


# -- (3) a headline run into its lead by two spaces (real70 #08) ----------------------------

_RUN_HEADLINE = "برگزاری دوره آموزشی ایمنی کار در کارخانه"
_REPORT = (
    "به گزارش روابط عمومی شرکت، دوره آموزشی یک روزه ایمنی کار برای کارکنان بخش تولید "
    "برگزار شد و کارشناسان درباره خطرهای کار با دستگاه ها سخن گفتند."
)


def test_headline_run_into_its_report_by_two_spaces_is_the_title() -> None:
    for url in (None, "https://example.ir/1866-2023-06-14-05-41-08"):
        article = jm.parse_article(f"{_RUN_HEADLINE}  {_REPORT}\n", url=url)
        assert article.title == _RUN_HEADLINE, url


def test_one_space_or_a_sentence_before_the_report_gives_no_title_neg() -> None:
    # Near misses: one space (the lead's own words), or a sentence's full stop before the
    # gap (two sentences of the lead): no headline cut.
    for text in (
        f"{_RUN_HEADLINE} {_REPORT}\n",
        f"{_RUN_HEADLINE}.  {_REPORT}\n",
        f"کارکنان،  {_REPORT}\n",
    ):
        assert jm.parse_article(text).title is None, text


# -- (4) addresses: «/<slug>/NNNN/», «/news/NN-<alias>YY-M-DD.html» (real70 #16, #24) -------


def test_post_id_after_its_slug() -> None:
    assert url_number("https://example.ir/neshast-ham-andishi/5168/") == "5168"
    assert url_number("https://example.ir/نشست-هم-اندیشی/5168") == "5168"


def test_post_id_after_its_slug_neg() -> None:
    # A paginated post's page, a year's folder, a list's word in the slug, a longer path.
    for url in (
        "https://example.ir/neshast-ham-andishi/2/",
        "https://example.ir/neshast-ham-andishi/1402/",
        "https://example.ir/tag-list/5168/",
        "https://example.ir/بایگانی-خبرها/5168",
        "https://example.ir/fa/neshast-ham-andishi/5168/",
    ):
        assert url_number(url) is None, url


def _alias_day(url: str) -> jm.Timestamp | None:
    return jm.parse_article(f"جشن شکوفه ها\n{_LEAD}\n", url=url).published


def test_id_before_an_alias_ending_with_a_short_jalali_day() -> None:
    url = "http://example.ir/news/37-jashne-shokofe96-6-28.html"
    assert url_number(url) == "37"
    article = jm.parse_article(f"جشن شکوفه ها\n{_LEAD}\n", url=url)
    assert article.number == "37"
    assert article.published is not None
    assert article.published.jalali_date == (1396, 6, 28)
    assert article.published.gregorian == datetime.date(2017, 9, 19)
    assert "published-from-url" in warning_codes(article)


def test_count_slug_and_short_day_neg() -> None:
    # A listicle's count before three words stays no ID; a dash before the year, a year
    # outside 80-99 or no calendar day is no day.
    assert url_number("http://example.ir/news/25-things-to-know.html") is None
    for url in (
        "http://example.ir/news/windows-98-5-12",
        "http://example.ir/news/report25-5-12",
        "http://example.ir/news/report96-12-31",
    ):
        assert _alias_day(url) is None, url


# -- (5) a greeting naming the readers with the ezafe under a heading (real70 #11) ----------

_NOWRUZ_POEM = (
    "باد نوروزی وزیده\n"
    "سبزه ها از خاک دمیده\n"
    "گل به صحرا خنده کرده\n"
    "بلبل از شادی پریده\n"
    "سال نو آمد به خانه\n"
    "شادی و مهر آفریده\n"
)
_HEADING = "تبریک نوروز - دبستان دوره اول مهر"


def test_greeting_with_the_ezafe_is_no_headline() -> None:
    for greeting in ("بچه های عزیز سلام", "بچه‌های عزیز سلام"):
        text = f"{_NOWRUZ_POEM}{_HEADING}\n{greeting}\n{_LEAD}\n"
        article = jm.parse_article(text)
        assert article.title == _HEADING, greeting
        assert "title-uncertain" not in warning_codes(article), greeting


def test_line_opening_with_the_noun_and_no_greeting_neg() -> None:
    # «بچه های محله ...»: the same words open a headline with no greeting in it.
    headline = "بچه های محله در جشن نوروز شرکت کردند"
    article = jm.parse_article(f"{headline}\n{_LEAD}\n")
    assert article.title == headline
