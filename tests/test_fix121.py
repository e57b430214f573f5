"""fix121: two silent titles left by this session's rounds.

* A sports paper's short section line naming its league (no verb, a few words) directly
  under the page's header lines (a day, «کد خبر: ...», «تاریخ انتشار: ...») and right over a
  one-sentence lead ending in a full stop (real35 #1's layout, a sports newspaper's site):
  the section line was the title with no warning, though the page prints no headline over
  its lead. Which of the two heads the page it does not say: the title is doubted
  (title-uncertain). A short headline printed above the date line over its one-sentence
  summary (tests/corpus/042's layout) is no such pair: the headline comes first there.
* A page opening «عنوان» / «1. ...» / «1.1. ...» (mut29's find) gave the outline-numbered
  section heading «1.1. ...» as its title with no warning: an outline number of two levels
  or more heads a section of the text, never the story (fix109's ordinal subheadings).
  A headline opening with a year or a count («1402 ...», «10 نکته ...») is no outline.

The texts are written for these tests; only the layouts come from the pages named.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm


def warning_codes(record: jm.Article) -> set[str]:
    return {notice.code for notice in record.warnings}


HEADER = "شنبه ۱۲ آبان ۱۴۰۲ - November 3 2023\nکد خبر: ۴۵۱۲۰\nتاریخ انتشار: ۱۰ آبان ۱۴۰۲ - ۱۸:۴۵\n"
LEAGUE = "لیگ برتر بسکتبال باشگاه‌ها"
SENTENCE = "رقابت‌های هفته دوازدهم لیگ برتر بسکتبال امشب به پایان رسید."
BODY = (
    "\nگزارش ورزشی-\n\nدیدارهای هفته دوازدهم لیگ برتر بسکتبال باشگاه‌های کشور شامگاه امروز در "
    "سالن‌های چند شهر برگزار شد و تیم صدرنشین با برتری در خانه فاصله خود را با تعقیب کنندگان "
    "بیشتر کرد. دو تیم پایین جدول نیز با شکست‌های تازه در آستانه سقوط قرار گرفتند.\n"
)
URL = "https://sportpaper.example.ir/fa/news/45120/صدرنشین-لیگ-برتر-فاصله-را-بیشتر-کرد"


@pytest.mark.parametrize("url", [None, URL])
def test_league_line_under_header_over_one_sentence_is_doubted(url: str | None) -> None:
    record = jm.parse_article(HEADER + LEAGUE + "\n" + SENTENCE + "\n" + BODY, url=url)
    assert "title-uncertain" in warning_codes(record)


def test_short_headline_above_the_date_over_its_summary_is_sure_neg() -> None:
    # corpus 042's layout: the headline first, its one-sentence summary, then the date line.
    headline = "افزایش سقف وام خرید مسکن"
    summary = "سقف وام خرید مسکن برای زوج‌های جوان از ماه آینده دو برابر می‌شود."
    text = (
        f"{headline}\n{summary}\nتاریخ انتشار: ۱۰ آبان ۱۴۰۲ - ۱۸:۴۵\n\n"
        "به گزارش خبرنگار ما، شورای پول و اعتبار در نشست این هفته خود افزایش سقف وام خرید "
        "مسکن را تصویب کرد و بانک‌ها از ماه آینده درخواست‌های تازه را می‌پذیرند.\n"
    )
    record = jm.parse_article(text)
    assert record.title == headline
    assert "title-uncertain" not in warning_codes(record)


def test_short_line_under_header_over_a_lead_of_two_sentences_is_sure_neg() -> None:
    lead = (
        "رقابت‌های هفته دوازدهم لیگ برتر بسکتبال امشب به پایان رسید. تیم صدرنشین در خانه پیروز شد."
    )
    record = jm.parse_article(HEADER + LEAGUE + "\n" + lead + "\n" + BODY)
    assert "title-uncertain" not in warning_codes(record)


def test_short_line_under_header_set_apart_from_the_sentence_neg() -> None:
    record = jm.parse_article(HEADER + LEAGUE + "\n\n" + SENTENCE + "\n" + BODY)
    assert "title-uncertain" not in warning_codes(record)


PARAGRAPH = (
    "در این بخش شیوه گردآوری داده‌ها و روش تحلیل آن‌ها را شرح می‌دهیم و یافته‌ها را با "
    "پژوهش‌های پیشین مقایسه می‌کنیم."
)


@pytest.mark.parametrize(
    "top",
    ["عنوان\n1. بررسی پیشینه\n1.1. شیوه گردآوری داده‌ها", "1.2.1 شیوه گردآوری داده‌ها"],
)
def test_outline_numbered_heading_is_never_a_sure_title(top: str) -> None:
    record = jm.parse_article(f"{top}\n{PARAGRAPH}\n")
    assert record.title is None or "title-uncertain" in warning_codes(record)


@pytest.mark.parametrize(
    "headline", ["1402 سال رکود بازار مسکن", "10 نکته برای خرید خودروی کارکرده"]
)
def test_headline_opening_with_a_year_or_a_count_stays_sure_neg(headline: str) -> None:
    record = jm.parse_article(f"{headline}\n{PARAGRAPH}\n")
    assert record.title == headline
    assert "title-uncertain" not in warning_codes(record)


# (mut31) Round 31's survivors: the bounds of the name and the sentence, the header lines
# above, the verb ending the sentence.


def test_five_word_league_line_is_doubted() -> None:
    league = "لیگ برتر بسکتبال باشگاه‌های کشور"
    record = jm.parse_article(HEADER + league + "\n" + SENTENCE + "\n" + BODY)
    assert "title-uncertain" in warning_codes(record)


def test_sixteen_word_sentence_under_the_league_line_is_doubted() -> None:
    sentence = (
        "رقابت‌های هفته دوازدهم لیگ برتر بسکتبال باشگاه‌های کشور با برتری تیم صدرنشین امشب "
        "به پایان رسید."
    )
    record = jm.parse_article(HEADER + LEAGUE + "\n" + sentence + "\n" + BODY)
    assert "title-uncertain" in warning_codes(record)


def test_sentence_of_eighteen_words_neg() -> None:
    sentence = (
        "رقابت‌های هفته دوازدهم لیگ برتر بسکتبال باشگاه‌های کشور با برتری تیم صدرنشین در خانه "
        "امشب به پایان رسید."
    )
    record = jm.parse_article(HEADER + LEAGUE + "\n" + sentence + "\n" + BODY)
    assert "title-uncertain" not in warning_codes(record)


def test_short_headline_under_the_sites_name_over_its_summary_is_sure_neg() -> None:
    # The headline under the site's name (no date or label line above it), its one-sentence
    # summary, then the date line: the headline comes first, no doubt.
    headline = "افزایش سقف وام خرید مسکن"
    summary = "سقف وام خرید مسکن برای زوج‌های جوان از ماه آینده دو برابر می‌شود."
    text = (
        f"خبرگزاری نمونه\n{headline}\n{summary}\nتاریخ انتشار: ۱۰ آبان ۱۴۰۲ - ۱۸:۴۵\n\n"
        "به گزارش خبرنگار ما، شورای پول و اعتبار در نشست این هفته خود افزایش سقف وام خرید "
        "مسکن را تصویب کرد و بانک‌ها از ماه آینده درخواست‌های تازه را می‌پذیرند.\n"
    )
    record = jm.parse_article(text)
    assert record.title == headline
    assert "title-uncertain" not in warning_codes(record)


def test_sentence_ending_without_a_verb_under_the_league_line_neg() -> None:
    # The line under the league's ends in a full stop after a noun: no headline-lead.
    sentence = "رقابت‌های هفته دوازدهم لیگ برتر بسکتبال در سالن‌های تهران و مشهد."
    record = jm.parse_article(HEADER + LEAGUE + "\n" + sentence + "\n" + BODY)
    assert "title-uncertain" not in warning_codes(record)


def test_short_headline_with_its_verb_inside_is_sure_neg() -> None:
    # A short line under the header with a finite verb inside it («... قهرمان شد در ...»):
    # a headline, not a section's name over its headline.
    headline = "سپاهان قهرمان شد در اصفهان"
    record = jm.parse_article(HEADER + headline + "\n" + SENTENCE + "\n" + BODY)
    assert record.title == headline
    assert "title-uncertain" not in warning_codes(record)
