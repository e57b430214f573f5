"""fix300: a headline opening with an institution named «خانه ...» (docs/reliability.md «The
fifty-third round», After fix293, item (c)) was cut as a breadcrumb glued to the headline,
silently: `_evidence.glued_breadcrumb_end` trusts «خانه» and a list's name, or a run of
section words, with no separator. Cut by the text alone, a crumb of three words or more after
the home link, or a headline left opening with a «ی» adjective that may go on the list's name,
is now warned `title-uncertain` (the cut kept), unless the headline left is printed alone on
another line of the page. The real glued crumbs (tests/test_glued_crumbs.py, tests/pages 674)
stay cut and unwarned. The sentences are ours."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from tests.checks import warning_codes

from jalali_meta import parse_article

LEAD = (
    "به گزارش خبرنگار ما، ساختمان تازه این مرکز روز گذشته با حضور استادان و دانشجویان گشایش "
    "یافت و کتابخانه آن از هفته آینده به روی همه باز است."
)
MORE = (
    "مدیر مرکز گفت که نشست های ماهانه نویسندگان جوان در این ساختمان برگزار می شود و "
    "داوطلبان می توانند نوشته های خود را برای داوری بفرستند."
)


def _url(words: str) -> str:
    return "https://example.ir/" + quote("-".join(words.split())) + "/"


@pytest.mark.parametrize(
    "line",
    [
        # «خانه مقالات دانشجویی»: an institution; the cut leaves «دانشجویی ...».
        "خانه مقالات دانشجویی شیراز نخستین جشنواره نوشتار را برگزار کرد",
        # «مقالات علمی دانشگاه»: three section words run into the headline.
        "خانه مقالات علمی دانشگاه اصفهان ساختمان تازه خود را گشود",
    ],
)
@pytest.mark.parametrize("after", ["", f"\n\n{LEAD}\n\n{MORE}\n"])
def test_a_crumb_cut_that_may_run_on_into_the_headline_is_warned(line: str, after: str) -> None:
    article = parse_article(f"{line}\n{after}")
    assert article.title is not None
    assert "title-uncertain" in warning_codes(article)


def test_the_headline_printed_alone_elsewhere_makes_the_cut_sure() -> None:
    """The words left after the crumb printed again as a line of their own (far below, out
    of the reach of the tail under the crumb): the cut is right, and not warned."""
    headline = "دانشجویی ممتاز جایزه نوشتار کشور را برد"
    page = f"خانه مقالات {headline}\n\n{LEAD}\n\n{MORE}\n\n{LEAD}\n\n{MORE}\n\n{headline}\n"
    article = parse_article(page)
    assert article.title == headline
    assert "title-uncertain" not in warning_codes(article)


# -- near misses: the real glued crumbs stay cut and unwarned ---------------------------------

HEADLINE = "نمایشگاه تازه کتاب کودک در شهر برپا شد"


@pytest.mark.parametrize(
    "crumb", ["خانه اخبار", "خانه اخبار ویژه", "صفحه نخست اخبار", "Home اخبار"]
)
@pytest.mark.parametrize("after", ["", f"\n\n{LEAD}\n"])
def test_home_and_a_list_name_glued_to_a_headline_stay_cut_unwarned(crumb: str, after: str) -> None:
    article = parse_article(f"{crumb} {HEADLINE}\n{after}")
    assert article.title == HEADLINE
    assert "title-uncertain" not in warning_codes(article)


def test_a_slug_spelling_the_headline_after_the_crumb_is_evidence_enough() -> None:
    headline = "دانشجویی ممتاز جایزه نوشتار کشور را برد"
    article = parse_article(f"خانه مقالات {headline}\n\n{LEAD}\n", url=_url(headline))
    assert article.title == headline
    assert "title-uncertain" not in warning_codes(article)
