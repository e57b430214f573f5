"""Thirteenth round of attacks: the 940-979 and loose-end rules (docs/reliability.md,
"Attacks, thirteenth round").

fix22-fix24 and peers12 added rules for the blind pages 940-979 and loose ends (hAtom's
abbr times, SPIP and *_details addresses, zone abbreviations, Arabic month pairs, a year-like
address ID, a person's title before a bracketed date, text-alone list doubts, «5-ام»); these
are near-misses a real page prints where a rule must not fire, and other shapes where it
must. Each value was decided by hand first; the sentences are our own.
"""

from __future__ import annotations

import pytest
from tests.checks import COUNCIL_BODY as BODY
from tests.checks import COUNCIL_HEADLINE as HEADLINE
from tests.checks import COUNCIL_PAGE as PAGE
from tests.checks import ESSAY_BODY as ESSAY
from tests.checks import SCHOOL_BODY as BODY2
from tests.checks import SCHOOL_HEADLINE as HEADLINE2
from tests.checks import warning_codes as codes

import jalali_meta as jm

QUOTED = "«ما تسلیم نمی‌شویم، تا آخر می‌ایستیم»"


# -- a year-like address ID is doubted with a query too (_sources.url_year_like_id) ----------


@pytest.mark.parametrize(
    "url",
    ["https://www.example.ir/news/2019?page=2", "https://www.example.ir/archives/1400?lang=fa",
     "https://www.example.ir/news/2019", "http://www.example.tj/news/2019?art_id=8046"],
)  # fmt: skip
def test_year_like_id_after_a_collection_segment_is_warned_with_a_query(url: str) -> None:
    article = jm.parse_article(PAGE, url=url)
    assert article.number in (None, "8046") or "number-year-like" in codes(article)


@pytest.mark.parametrize(
    ("url", "number"),
    [("https://www.example.ir/news/20193?page=2", "20193"),
     ("https://www.example.ir/post_details/1400?lang=fa", "1400")],
)  # fmt: skip
def test_item_id_with_a_query_is_not_warned_year_like(url: str, number: str) -> None:
    article = jm.parse_article(PAGE, url=url)
    assert article.number == number
    assert "number-year-like" not in codes(article)


# -- a quoted headline over a news report's lead is no epigraph (_article._epigraph_first) ---


@pytest.mark.parametrize("lead", [f"تهران - ایرنا: {BODY}", BODY, f"یزد- ایرنا- {BODY}"])
def test_quoted_headline_over_a_news_lead_is_not_doubted(lead: str) -> None:
    article = jm.parse_article(f"{QUOTED}\n\n{lead}")
    assert article.title == QUOTED
    assert "title-uncertain" not in codes(article)


def test_quoted_two_clauses_over_an_essay_stay_doubted() -> None:
    article = jm.parse_article(f"«دانش توانایی است، و توانایی آزادی»\n\n{ESSAY}")
    assert article.title is None or "title-uncertain" in codes(article)


# -- the shared-dateline doubt (fix23) needs a headline over the second dateline (pinned) ----


def test_dateline_printed_again_under_a_paragraph_is_no_second_post() -> None:
    # A paragraph's last sentence is no headline over a second post.
    text = f"{HEADLINE}\n\n۱۲ اسفند ۱۴۰۲\n\nتهران - ایرنا:\n\n{BODY}\nتهران - ایرنا:\n\n{BODY2}"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert not any("several posts" in notice.message for notice in article.warnings)


def test_dateline_shared_under_two_headlines_still_doubted() -> None:
    text = f"{HEADLINE}\n\nنیوز ویم - هرات:\n\n{BODY}\n{HEADLINE2}\n\nنیوز ویم - هرات:\n\n{BODY2}"
    assert "title-uncertain" in codes(jm.parse_article(text))


# -- shapes the newest rules already get right (pinned) --------------------------------------


def test_abbr_of_an_acronym_is_no_date() -> None:
    doc = (
        f"<html><body><h1>{HEADLINE}</h1><div class='date'>۱۲ اسفند ۱۴۰۲</div>"
        f"<p>{BODY}</p><p>عضو <abbr title='2011'>ناتو</abbr></p></body></html>"
    )
    published = jm.parse_html(doc).published
    assert published is not None
    assert published.gregorian.isoformat() == "2024-03-02"


@pytest.mark.parametrize(
    "headline", ["نمایشگاه EDT 2024 در تهران برگزار شد", "قطعی آب 12 ساعته در شمال تهران"]
)
def test_edt_and_water_in_a_headline_are_no_date(headline: str) -> None:
    article = jm.parse_article(f"{headline}\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}")
    assert article.title == headline
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2024-03-02"


def test_imam_quote_under_the_site_date_keeps_the_site_date() -> None:
    quote = "ما باید از این مرحله عبور کنیم و به آینده کشور امیدوار باشیم."
    text = f"{HEADLINE}\n\n۱۲ اسفند ۱۴۰۲\n\nامام خمینی (یکشنبه ۲۲ بهمن ۱۳۵۷): {quote}\n\n{BODY}"
    published = jm.parse_article(text).published
    assert published is not None
    assert published.gregorian.isoformat() == "2024-03-02"
