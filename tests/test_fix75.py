"""real25's silent or missing values that a general rule fixes: an international site's Tajik
edition (its host's first label «tj») keeps Dushanbe's clock, not Tehran's; MediaWiki's skip
links are chrome, never the title; a lead opening with «به گزارش» that restates the line above
it gives that line as the title.

The layouts are real (named beside each group); the headlines and the paragraphs are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

# An English news page of a Tajik edition: a headline, then its date and time without a zone.
ENGLISH = (
    "Dushanbe opens a new bus line to the airport\n"
    "February 9, 2022 07:49\n"
    "The city council said on Wednesday that the new line will run every twenty minutes "
    "from the central square to the airport and back.\n"
)


# Country editions of international sites named by their first label: tj.vesti.news (real25
# #57), tj.usembassy.gov (https://tj.usembassy.gov/security-alert-042422/), tj.sputniknews.ru
# (the site named on https://t.iss.one/s/SputnikTj/30278).
@pytest.mark.parametrize(
    "url",
    [
        "https://tj.vesti.news/dushanbe-bus-line-22111614111583.html",
        "https://tj.usembassy.gov/security-alert-042422/",
        "https://tj.sputniknews.ru/20220209/bus-line-1045.html",
    ],
)
def test_tajik_edition_keeps_dushanbe_clock(url: str) -> None:
    art = jm.parse_article(ENGLISH, url=url)
    assert art.published is not None
    assert art.published.isoformat() == "2022-02-09T07:49:00+05:00"


# Near misses: an Iranian host whose first label is «tj» stays on Tehran's clock; a «tj» that
# is not the first label, or is the whole name, names no edition; «af.» is Afrikaans
# (af.wikipedia.org), never read as Afghanistan, and af.samta.ir is an Iranian atlas.
@pytest.mark.parametrize(
    "url",
    [
        "https://tj.example.ir/news/1",
        "https://news.tj.example.com/news/1",
        "https://tj/news/1",
        "https://af.wikipedia.org/wiki/Teheran",
        "http://af.samta.ir/atlas/index.php?title=x",
        "https://www.example.com/tj/news/1",
    ],
)
def test_not_a_tajik_edition(url: str) -> None:
    art = jm.parse_article(ENGLISH, url=url)
    assert art.published is not None
    assert art.published.isoformat() == "2022-02-09T07:49:00+03:30"


# MediaWiki's skip links under the heading and the wiki's tagline, glued to the next section's
# heading when the page was flattened (af.samta.ir's atlas, real25 #43: «...جستجومنابع»; a
# stored fa.wikipedia page «پرش به: ناوبری, جستجو»; 3rabica.org «اذهب إلى التنقل اذهب إلى
# البحث»): chrome, never the title over the page's heading.
WIKI_HEADING = "کتابخانه‌های شهر اراک"
WIKI_BODY = (
    "نخستین کتابخانه عمومی شهر در دهه‌ای دور با چند صد جلد کتاب اهدایی مردم گشایش یافت و "
    "در سال‌های بعد به ساختمانی بزرگ‌تر در مرکز شهر رفت.\n\n"
    "امروز چند کتابخانه در محله‌های گوناگون شهر به خوانندگان خدمت می‌دهند و برنامه‌های "
    "کتاب‌خوانی برای کودکان برگزار می‌کنند.\n"
)


@pytest.mark.parametrize(
    "jump",
    [
        "پرش به: ناوبری, جستجومنابع",
        "پرش به: ناوبری، جست\u200cوجو",
        "پرش به ناوبری پرش به جستجو",
        "Jump to: navigation, searchمنابع",
        "Jump to navigation Jump to search",
        "Jump to navigation Jump to searchمنابع",  # Vector's, glued (mut22)
        "اذهب إلى التنقل اذهب إلى البحث",
    ],
)
def test_wiki_jump_links_are_not_the_title(jump: str) -> None:
    text = f"{WIKI_HEADING}\n\nاز ویکی اطلس فرهنگی\n\n{jump}\n\n{WIKI_BODY}"
    for url in (None, "http://atlas.example.ir/index.php?title=x"):
        art = jm.parse_article(text, url=url)
        assert art.title == WIKI_HEADING


def test_wiki_page_without_jump_links_keeps_its_heading() -> None:
    art = jm.parse_article(f"{WIKI_HEADING}\n\nاز ویکی اطلس فرهنگی\n\n{WIKI_BODY}")
    assert art.title == WIKI_HEADING


# Near miss: a headline about a jump names no navigation and stays the title.
def test_headline_about_a_jump_stays_the_title() -> None:
    headline = "پرش به ارتفاع دختران در مسابقات کشوری به پایان رسید"
    body = (
        "مسابقات پرش به ارتفاع دختران دیروز در سالن ورزشی شهر برگزار شد و نفرات برتر "
        "جایزه‌های خود را از دست مسئولان هیئت گرفتند.\n"
    )
    art = jm.parse_article(f"{headline}\n\n{body}")
    assert art.title == headline


# A blog's post: its headline on the first line, then the lead opening with the report's
# attribution and restating it in other words («به گزارش وبلاگ X، ...», aliporerahmati.ir,
# real25 #17). The lead is never the title, and the headline it restates is.
LEAD = "به گزارش وبلاگ شهر ما، پنجمین قطار گردشگری وارد کشور شد"
TRAIN_BODY = (
    "این قطار با چهل مسافر از چند کشور اروپایی دیروز از مرز ریلی شمال شرق وارد شد و "
    "مسافران آن پس از بازدید از چند شهر تاریخی به سفر خود ادامه می‌دهند. مسئولان راه آهن "
    "گفتند که سفرهای دیگری هم تا پایان سال برنامه ریزی شده است.\n"
)


def test_headline_over_attributed_lead() -> None:
    headline = "قطار گردشگری وارد ایران شد"
    for url in (None, "https://blog.example.ir/post/7784"):
        art = jm.parse_article(f"{headline}\n{LEAD}\n{TRAIN_BODY}", url=url)
        assert art.title == headline
        assert not [w for w in art.warnings if w.code == "title-uncertain"]


# Near miss: a line above the lead that it does not restate (a site's slogan) is no headline:
# no title, with the warning, as before.
def test_attributed_lead_under_unrelated_line_stays_untitled() -> None:
    art = jm.parse_article(f"همراه شما در همه روزهای سال هستیم\n{LEAD}\n{TRAIN_BODY}")
    assert art.title is None
    assert any(w.code == "title-uncertain" for w in art.warnings)


def test_headline_sharing_two_words_with_the_lead_is_restated() -> None:
    # The fewest content words in common (LEAD_SHARE_MARGIN, two: «قطار», «گردشگری»; mut22).
    headline = "قطار گردشگری به ایران رسید"
    art = jm.parse_article(f"{headline}\n{LEAD}\n{TRAIN_BODY}")
    assert art.title == headline


# Near misses (mut22): a line that itself opens with a report's attribution, or a whole
# sentence of the text (ten words or more ending with «!»), over the lead is no headline the
# lead restates: no title, warned, never that line silently.
@pytest.mark.parametrize(
    "above",
    [
        "به گزارش خبرنگار ما قطار گردشگری وارد ایران شد",
        "مسافران خارجی این روزها با قطار گردشگری به ایران سفر می‌کنند!",
    ],
)
def test_lead_under_a_report_or_a_sentence_stays_untitled(above: str) -> None:
    art = jm.parse_article(f"{above}\n{LEAD}\n{TRAIN_BODY}")
    assert art.title is None
    assert any(w.code == "title-uncertain" for w in art.warnings)
