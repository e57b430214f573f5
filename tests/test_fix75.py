"""real25's silent cases that a general rule fixes: an international site's Tajik edition
(its host's first label «tj») keeps Dushanbe's clock, not Tehran's.

The layouts are real (named beside each group); the headlines and the paragraphs are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm
from jalali_meta._sources import site_clock

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
    assert site_clock(url) == "Asia/Dushanbe"
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
    assert site_clock(url) is None


def test_iranian_tj_host_prints_tehran_time() -> None:
    art = jm.parse_article(ENGLISH, url="https://tj.example.ir/news/1")
    assert art.published is not None
    assert art.published.isoformat() == "2022-02-09T07:49:00+03:30"
