"""The silent value the twenty-ninth round of attacks found and fixed (docs/reliability.md,
"Attacks, twenty-ninth round"): fix73 reads a <title> that only repeats the text of the
logo's link home as the site's name, but it knew a link home only as «/», «./», «/index.php»
or the host alone. An ASP.NET site links its logo to «/Default.aspx» (City of Vancouver's
header, «<a id="logo" href="/default.aspx">»; a UIkit navbar's «<a class="uk-logo"
href="/Default.aspx">», both found with the find_string tool), so the logo's words over
a page with no headline element came out as the title, silently. The home page's
«/default.aspx», «/index.aspx», «/default.asp», «/index.asp» now count, in any case.

The layout is vaghtnews.com/news/37498.aspx's (an ASP.NET master page: <title> the site's
name, the logo's link home, no headline element); the sentences are ours.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

LOGO = "وقت نیوز"
HEADLINE = "بازسازی پل قدیمی رودخانه تا پایان پاییز تمام می‌شود"
LEAD = (
    "<p>فرماندار شهر گفت بازسازی پل قدیمی رودخانه تا پایان پاییز تمام می‌شود و رفت‌وآمد "
    "خودروها از هفته آینده محدود خواهد شد.</p><p>وی افزود هزینه این کار از بودجه عمرانی "
    "استان پرداخت می‌شود و پیمانکار کار را آغاز کرده است.</p>"
)
URL = "http://example.ir/news/37498.aspx"


def page(title: str, home: str, heading: str = "") -> str:
    return (
        f'<html dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div id="header"><a href="{home}" class="logo">{LOGO}</a></div>'
        f'<div class="news-body">{heading}{LEAD}</div></body></html>'
    )


@pytest.mark.parametrize(
    "home",
    [
        "/Default.aspx",
        "/default.aspx",
        "/index.aspx",
        "/Default.asp",
        "http://example.ir/Default.aspx",
    ],
)
def test_title_tag_repeating_an_aspnet_home_link_is_no_headline(home: str) -> None:
    article = jm.parse_html(page(LOGO, home), url=URL)
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


def test_an_aspnet_home_link_beside_a_headline_keeps_it() -> None:
    # Near miss: the same chrome over an <h1> headline.
    article = jm.parse_html(page(LOGO, "/Default.aspx", f"<h1>{HEADLINE}</h1>"), url=URL)
    assert article.title == HEADLINE
    assert "title-uncertain" not in warning_codes(article)
