"""A line that is one Markdown link to the site's home page is the site's name, not a headline.

Extractors write a logo's link so (html2text: «[وقت نیوز](/)»); the blind batch's page 1235
(vaghtnews.ir, an ASP.NET news page that prints no headline) gave «[وقت نیوز](/)», brackets and
all, as its title when the text had too little Markdown to be read as Markdown.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

LEAD = (
    "وقت نیوز - فرماندهی انتظامی استان گفت که آمار سرقت در این مدت نزدیک به نصف شد و "
    "ماموران پلیس کارهای روزمره را رها نکردند.\n\n"
    "به گزارش وقت نیوز، این مقام انتظامی در جمع خبرنگاران از دستگیری یک باند خبر داد.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "[وقت نیوز](/)",
        "[وقت نیوز](https://vaghtnews.ir/)",
        '[وقت نیوز](/ "صفحه اصلی")',
    ],
)
def test_a_home_link_line_is_no_title(line: str) -> None:
    article = jm.parse_article(f"{line}\n\n{LEAD}")
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


def test_a_headline_over_a_home_link_line_is_kept() -> None:
    # Near miss: the page's headline stands under the logo's link line.
    headline = "آمار سرقت در استان در روزهای جنگ نزدیک به نصف شد"
    article = jm.parse_article(f"[وقت نیوز](/)\n\n{headline}\n\n{LEAD}")
    assert article.title == headline
