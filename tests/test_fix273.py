"""fix273: real77's silent and missing causes (docs/real_sample.md, «A sixty-sixth sample
(real77, 2026-12-07)»). A public-relations office's source line over the headline
(«روابط عمومي ... شهرداري يزد», yazd20.com, #27) is never the title; an image
extension left alone on a line («.jpg», a Joomla print view, firoozabad-fajo.ir, #20) is
never a title; from the site's root, WordPress's «/%year%/%monthnum%/%day%/%post_id%/»
with an ID that reads as a later year («/2025/10/30/2041/», #18) gives the ID and the day.
Layouts from those pages; the sentences are ours."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

from jalali_meta import parse_article

HEADLINE = "افتتاح نخستین پارک بانوان در محله شمالی شهر با حضور شهردار"
BODY = (
    "نخستین پارک ویژه بانوان شهر با مساحتی نزدیک به سه هکتار و امکانات ورزشی و فضای سبز "
    "در محله شمالی شهر صبح امروز با حضور شهردار و اعضای شورا افتتاح شد.\n\n"
    "شهردار در این مراسم گفت: این پارک هر روز از صبح تا غروب به روی بانوان باز است و "
    "برنامه‌های ورزشی رایگان نیز در آن برگزار خواهد شد."
)


@pytest.mark.parametrize(
    "source",
    [
        "روابط عمومي و امور بين الملل شهرداري همدان",  # Arabic yeh, as #27 prints it
        "روابط عمومی شهرداری همدان",
        "روابط‌عمومی شهرداری همدان",  # ZWNJ
        "مدیریت روابط عمومی شهرداری همدان",
    ],
)
def test_public_relations_source_over_headline_is_not_title(source: str) -> None:
    # real77's #27 gave the office's line as the title, silently, over a headline of this
    # shape (a «for the first time ...:» kicker run into the event).
    headline = (
        "برای نخستین بار در استان: بهره برداری از پارک بانوان با امکانات ویژه از سوی شهرداری همدان"
    )
    for url in (None, "https://city.example.ir/News/2015/10/park.html"):
        article = parse_article(f"{source}\n\n{headline}\n\n{BODY}\n", url=url)
        assert article.title == headline


def test_headline_about_a_public_relations_office_stays() -> None:
    # Near miss: a headline ABOUT the office says what happened (a verb).
    headline = "روابط عمومی شهرداری همدان برگزیده جشنواره استانی شد"
    article = parse_article(f"{headline}\n\n{BODY}\n")
    assert article.title == headline


@pytest.mark.parametrize("remnant", [".jpg", ".JPG", " .png "])
def test_bare_image_extension_over_lead_gives_no_title(remnant: str) -> None:
    # real77's #20: a print view opening with «.jpg», then the lead at once, no headline,
    # gave «.jpg» as the title (warned); no title at all is right.
    article = parse_article(f"{remnant}\n\n{BODY}\n")
    assert article.title is None


def test_bare_image_extension_over_headline_keeps_headline() -> None:
    # Near miss (right on main too): over a headline the headline stays the title.
    article = parse_article(f".jpg\n\n{HEADLINE}\n\n{BODY}\n")
    assert article.title == HEADLINE


def test_wordpress_root_id_reading_as_later_year_is_the_post_id() -> None:
    # real77's #18: «/2025/10/30/2041/» gave neither the ID nor the day.
    article = parse_article(f"{HEADLINE}\n\n{BODY}\n", url="https://x.example.tj/2025/10/30/2041/")
    assert article.number == "2041"
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2025-10-30"
    assert "published-from-url" in warning_codes(article)


@pytest.mark.parametrize(
    "url",
    [
        "https://x.example.tj/2025/10/30/2019/",  # an earlier year: still not read
        "https://x.example.tj/2025/10/30/1403/",  # a Jalali year: still not read
        "https://x.example.tj/news/2025/10/30/2041/",  # under a folder: still not read
    ],
)
def test_year_like_ids_elsewhere_stay_unread(url: str) -> None:
    article = parse_article(f"{HEADLINE}\n\n{BODY}\n", url=url)
    assert article.published is None
    assert article.number not in ("2019", "1403", "2041")


def test_jalali_root_id_reading_as_later_jalali_year_is_the_post_id() -> None:
    # the same rule in the path's own calendar: «/1403/07/30/1450/» files post 1450
    article = parse_article(f"{HEADLINE}\n\n{BODY}\n", url="https://x.example.ir/1403/07/30/1450/")
    assert article.number == "1450"


def test_gregorian_year_after_a_jalali_day_path_is_no_post_id() -> None:
    # near miss: a Gregorian year after a Jalali day's path is another calendar's year, no
    # later year of the path's (the lead's mend)
    article = parse_article(f"{HEADLINE}\n\n{BODY}\n", url="https://x.example.ir/1403/07/30/2019/")
    assert article.number is None
