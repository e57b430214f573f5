"""Short pages of a few lines printed again and again: lenient parsing never raises.

A rule that reads the line after a run of copies (``lines[anchor]``, ``lines[i + 1]``) must
stop at the text's end: mut35 found ``_title._title_twice_under_name_thrice`` reading past it
(IndexError) on a page of five lines, a name printed three times over a title printed twice,
no running text, with a ``<title>`` (fix167). These properties feed such texts, and the same
lines as an HTML page with a ``<title>`` or ``og:title`` naming one of them, to the parsers.

CI runs a small number of examples; for a longer run:

    JALALI_META_REPEATED_EXAMPLES=5000 python -m pytest tests/adversarial/test_repeated_lines.py
"""

from __future__ import annotations

import os
from html import escape

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from tests.checks import strict_error_is_ours
from tests.strategies import repeated_lines

import jalali_meta as jm

EXAMPLES = int(os.environ.get("JALALI_META_REPEATED_EXAMPLES", "150"))
NAME, TITLE = "مجله علمی سبز", "هشدار آلودگی"
THRICE_TWICE = [NAME, NAME, NAME, TITLE, TITLE]  # mut35's page


@settings(max_examples=EXAMPLES)
@given(
    lines=repeated_lines(),
    spaced=st.booleans(),
    url=st.sampled_from([None, "https://example.ir/news/2411/"]),
)
@example(lines=THRICE_TWICE, spaced=True, url=None)
def test_text_of_repeated_lines_never_raises(
    lines: list[str], spaced: bool, url: str | None
) -> None:
    """parse_article of a few lines printed again and again never raises, and a title it
    gives is text of the page; strict mode raises only ParseError."""
    text = ("\n\n" if spaced else "\n").join(lines)
    article = jm.parse_article(text, url=url)
    assert article.title is None or article.title in text
    strict_error_is_ours(text)


@st.composite
def _pages(draw: st.DrawFn) -> tuple[list[str], str]:
    """The lines as an HTML page: each in its own element, a <title> or og:title naming one
    of them (or none)."""
    lines = draw(repeated_lines())
    named = draw(st.sampled_from([*lines, ""]))
    head = draw(
        st.sampled_from(
            [
                "",
                f"<title>{escape(named)}</title>",
                f'<meta property="og:title" content="{escape(named)}">',
            ]
        )
    )
    tag = draw(st.sampled_from(["p", "div", "h1", "li"]))
    body = "".join(f"<{tag}>{escape(line)}</{tag}>" for line in lines)
    return lines, f"<html><head>{head}</head><body>{body}</body></html>"


@settings(max_examples=EXAMPLES)
@given(page=_pages())
@example(
    page=(
        THRICE_TWICE,
        f"<title>{TITLE}</title>" + "".join(f"<p>{line}</p>" for line in THRICE_TWICE),
    )
)
def test_html_of_repeated_lines_never_raises(page: tuple[str, str]) -> None:
    """parse_html of such a page never raises in lenient mode."""
    pytest.importorskip("selectolax")
    _, html = page
    jm.parse_html(html)
