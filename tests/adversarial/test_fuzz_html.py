"""Generated hostile HTML: parse_html never raises in lenient mode, only ParseErrors in strict.

The strategies build what the corpus does not contain: random JSON-LD shapes, declared
charsets (every codec name Python knows, and made-up ones), random bytes in pages, deep
nesting, every line separator, and case-folding and confusable characters in meta values.

CI runs a small number of examples per property. For a long run (docs/reliability.md):

    JALALI_META_RANDOM_EXAMPLES=1 JALALI_META_HTML_FUZZ_EXAMPLES=5000 python -m pytest tests/adversarial/test_fuzz_html.py
"""

from __future__ import annotations

import encodings.aliases
import json
import os
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import jalali_meta as jm

pytest.importorskip("selectolax")

EXAMPLES = int(os.environ.get("JALALI_META_HTML_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # a page of 3,000 nested elements takes a few hundred milliseconds
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Line breaks Python's str.splitlines knows, and the ones it does not.
SEPARATORS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1e"]
# Characters that fold to ASCII letters under case-insensitive matching (ſ -> s, K -> k,
# İ -> i̇), Arabic/Persian look-alikes, invisible marks and digits of other systems.
CONFUSABLE = list(
    "ſİıKÅﬀﬁﬅẞ"  # case folding
    "يىكۀةەھہ"  # Arabic letters standing for Persian ones
    "\u200c\u200d\u200e\u200f\u202b\u202c\u2066\u2069\ufeff\xa0\u2007\u202f"  # invisible
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩０１２𝟏𝟐"  # digits
    "\ufffd\x00"
)
WORDS = ["کد خبر:", "تاریخ انتشار:", "۱۴ مرداد ۱۴۰۲", "۱۱:۰۵", "1402/05/14", "2023-08-05T11:05Z",
         "+99:99", "+03:75", "NewsArticle", "سه‌شنبه", "<", ">", "&amp;", "&#0;", "&#xD800;"]  # fmt: skip
KEYS = ["@type", "@graph", "@context", "mainEntity", "identifier", "keywords", "author",
        "image", "description", "headline", "datePublished", "dateModified", "articleSection",
        "publisher", "name", "value", "url", "contentUrl"]  # fmt: skip
TYPES = ["NewsArticle", "Article", "ReportageNewsArticle", "schema:BlogPosting",
         "https://schema.org/NewsArticle", "WebPage", "Person", "ImageObject", "PropertyValue"]  # fmt: skip
# Every encoding name Python knows (aliases and canonical), plus made-up and malformed ones.
CHARSETS = sorted({*encodings.aliases.aliases, *encodings.aliases.aliases.values()})
TAGS = ["div", "span", "b", "p", "li", "ul", "table", "td", "tr", "section", "a", "font", "h1",
        "h2", "nav", "time", "article", "sapn", "svg", "template", "iframe"]  # fmt: skip

HIDING = ["<script>'</div>'</script>", "<!--</div>-->", '<b title="</div>">', "<! </div>",
          "</nonesuch>", "<svg><![CDATA[</div>]]></svg>", "<svg/>", "<svg><style>",
          "<script><!--<script></script>'</div>'--></script>", "<div/>"]  # fmt: skip

snippets = st.one_of(
    st.text(max_size=30),
    st.sampled_from(WORDS),
    st.lists(st.sampled_from(CONFUSABLE + SEPARATORS + WORDS), max_size=12).map("".join),
)

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    snippets,
    st.sampled_from(TYPES),
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.one_of(st.sampled_from(KEYS), st.text(max_size=4)), children, max_size=6
        ),
    ),
    max_leaves=25,
)


@st.composite
def json_ld_scripts(draw: st.DrawFn) -> str:
    """A JSON-LD script: an article object with random values, or random JSON, maybe broken."""
    if draw(st.booleans()):
        value: Any = {"@type": draw(st.sampled_from(TYPES))}
        value.update(draw(st.dictionaries(st.sampled_from(KEYS), json_values, max_size=8)))
    else:
        value = draw(json_values)
    text = json.dumps(value, ensure_ascii=draw(st.booleans()))  # NaN and Infinity as JSON5 does
    damage = draw(st.sampled_from(["none", "none", "truncate", "deep", "insert"]))
    if damage == "truncate":
        text = text[: draw(st.integers(0, len(text)))]
    elif damage == "deep":
        depth = draw(st.integers(1, 3_000))
        text = "[" * depth + text + "]" * depth
    elif damage == "insert":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(snippets) + text[at:]
    return f'<script type="application/ld+json">{text}</script>'


@st.composite
def meta_tags(draw: st.DrawFn) -> str:
    """A <meta> tag with a known or random name and a hostile value."""
    name = draw(
        st.sampled_from(
            ["description", "og:description", "og:image", "author", "article:author",
             "keywords", "article:published_time", "article:modified_time", "og:title",
             "og:site_name", "og:locale", "rnews:datePublished", "og:url", "twitter:image"]
        )
    )  # fmt: skip
    value = draw(snippets).replace('"', "&quot;")
    return f'<meta property="{name}" content="{value}">'


@st.composite
def pages(draw: st.DrawFn) -> str:
    """A page: head with charset, meta and JSON-LD; body with a header and hostile text."""
    charset = draw(st.one_of(st.sampled_from(CHARSETS), st.text(max_size=12)))
    head = f'<meta charset="{charset}">' if draw(st.booleans()) else ""
    head += "".join(draw(st.lists(st.one_of(meta_tags(), json_ld_scripts()), max_size=5)))
    separator = draw(st.sampled_from(SEPARATORS))
    lines = [
        "کد خبر: ۸۷۶۵۴",
        "تاریخ انتشار: ۱۴ مرداد ۱۴۰۲ - ۱۱:۰۵",
        *draw(st.lists(snippets, max_size=6)),
    ]
    header = (
        separator.join(lines) if draw(st.booleans()) else "".join(f"<div>{x}</div>" for x in lines)
    )
    depth = draw(st.sampled_from([0, 0, 5, 600, 3_000]))
    tag = draw(st.sampled_from(TAGS))
    # Nesting wrapped in text end tags (scripts, comments, attributes, CDATA) that hide it.
    hiding = draw(st.sampled_from(["", "", *HIDING]))
    body = f"<h1>{draw(snippets)}</h1>{header}<p>{draw(snippets)}</p>"
    canonical = f'<link rel="canonical" href="{draw(snippets)}">' if draw(st.booleans()) else ""
    return (
        f'<html lang="{draw(snippets)}"><head>{head}{canonical}</head><body>'
        f"{f'<{tag}>{hiding}' * depth}{body}{f'</{tag}>' * draw(st.integers(0, depth))}"
        "</body></html>"
    )


@st.composite
def page_bytes(draw: st.DrawFn) -> bytes:
    """A generated page encoded in a random encoding, with random bytes inserted."""
    text = draw(pages())
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "windows-1256", "utf-16", "latin-1"]))
    data = bytearray(text.encode(encoding, errors="replace"))
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(min_size=1, max_size=4))
    if draw(st.booleans()):
        data[0:0] = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b""]))
    return bytes(data)


def check(article: jm.Article, page: str | bytes) -> None:
    """Spans are ordered pairs within the text parse_html read; warnings are documented codes.

    The text read is the page's visible text from the headline on, or the headline and the
    visible text when the headline is not printed in it (issue 14 class 14 is about making
    spans point into visible_text itself; this bound holds either way).
    """
    limit = len(jm.visible_text(page)) + len(article.title or "") + 1
    spans = [*article.spans.values()]
    spans += [f.span for f in article.fields] + [f.value_span for f in article.fields]
    spans += [w.span for w in article.warnings]
    stamps = (article.published, article.updated, article.issue_date, *article.mentions)
    spans += [s.span for s in stamps if s is not None]
    for span in spans:
        if span is not None:
            assert 0 <= span[0] <= span[1] <= limit
    for warning in article.warnings:
        assert warning.code in jm.WARNING_CODES
    assert article.authors[:1] == ((article.author,) if article.author else ())


@FUZZ
@given(pages())
# Found by this property in CI on 2026-12-04: a line ending with a colon as the text's last
# line (a list's intro with no item under it) asked for the line after the last one.
@example(
    page=(
        '<html lang=""><head></head><body><h1>0</h1><div>کد خبر: ۸۷۶۵۴</div>'
        "<div>تاریخ انتشار: ۱۴ مرداد ۱۴۰۲ - ۱۱:۰۵</div><p>0 0 0\rA :</p></body></html>"
    )
)
def test_lenient_never_raises_on_text_pages(page: str) -> None:
    """Lenient parse_html returns an Article for any generated page, with ordered spans."""
    check(jm.parse_html(page), page)


@FUZZ
@given(page_bytes(), st.one_of(st.none(), st.sampled_from(CHARSETS), st.text(max_size=10)))
# Found by this property in CI on 2026-12-04: a canonical address «?S» (an upper-case «S»
# query key) was looked up in lower case among the query's keys (KeyError 's').
@example(
    data=b'<html lang=""><head><link rel="canonical" href="?S"></head><body><h1></h1>'
    b"<div>\x98\xcf \xce\xc8\xd1: ?????</div></body></html>",
    http_charset=None,
)
def test_lenient_never_raises_on_bytes(data: bytes, http_charset: str | None) -> None:
    """Any bytes with any declared charset decode (with notices) and parse without raising."""
    text, notes = jm.decode_html(data, http_charset=http_charset)
    assert all(note.code in jm.WARNING_CODES for note in notes)
    assert isinstance(text, str)
    check(jm.parse_html(data), data)


@FUZZ
@given(pages())
def test_strict_raises_only_parse_errors(page: str) -> None:
    """Strict parse_html raises nothing but ParseError subclasses, with positions in range."""
    error: jm.ParseError | None = None
    try:
        check(jm.parse_html(page, strict=True), page)
    except jm.ParseError as err:
        error = err
    if error is not None:
        assert 0 <= error.offset <= error.end
        assert min(error.line, error.column) >= 1


@FUZZ
@given(st.binary(max_size=2_000))
def test_random_bytes(data: bytes) -> None:
    """Bytes with no structure at all parse to an Article."""
    check(jm.parse_html(data), data)


# Pieces of tag soup for the depth oracle: openers, end tags, and the text that hides them.
SOUP = ["<div>", "<section>", "<span>", "<b>", "<i>", "<a>", "<p>", "<li>", "<h2>", "<ul>",
        "<font color=1>", "<font>", "<div/>", "</div>", "</section>",
        "</span>", "</b>", "</p>", "</li>", "</h2>", "</a>", "</nonesuch>",
        "<script>'</div>'</script>", "<!--</div>-->", '<b title="</b>">', "<! </div>",
        "<svg>", "</svg>", "<svg/>", "<math>", "<style>", "</style>", "<title>", "</title>",
        "<foreignObject>", "<![CDATA[</div>]]>", "<select>", "</select>", "x"]  # fmt: skip


def parsed_depth(html: str) -> int:
    """The depth of the deepest element the HTML parser builds (walked without recursion)."""
    from selectolax.lexbor import LexborHTMLParser

    deepest = 0
    stack = [(LexborHTMLParser(html).root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        child = node.child
        while child is not None:
            stack.append((child, depth + 1))
            child = child.next
    return deepest


@FUZZ
@pytest.mark.xfail(
    strict=True,
    reason=(
        "table soup: the depth walker does not model the parser's table modes (implied "
        "<tbody>/<tr>, a <p> kept open by <table> without a doctype, end tags ignored inside a "
        "table), so «<span>×3 <td> <span> <table> </div> <p>» ×500 nests 2,503 levels and is "
        "not flattened; at ×2,000 the walker's count passes its bound and the page is flattened "
        "(found by this property test on 2026-12-02; <table> and <td> left out of SOUP since)"
    ),
)
def test_table_soup_is_flattened() -> None:
    unit = ["<span>", "<span>", "<span>", "<td>", "<span>", "<table>", "</div>", "<p>"]
    page = "".join(unit) * 500 + "<h1>عنوان</h1><p>متن</p>"
    assert parsed_depth(page) > 2_100
    assert "html-too-deep" in [w.code for w in jm.parse_html(page).warnings]


# Found by this property on 2026-12-04 (fix81's suite run, then a 300 s random search, seed 1,
# 294,322 drawn pages: 4 failures): soup of formatting elements (<b>, <i>, <font>) broken by
# </p>, </div> or </select>, and an SVG <title> holding them, nests 2,134-2,359 levels, and the
# depth walker, which does not reconstruct the active formatting elements the parser reopens
# after each such end tag, counts too few to flatten. The values come out right (the heading's
# title, no error) and the cost stays bounded (four times the soup parsed in 2.2 times the
# time: 0.53 s for 532 repeats of the first, 1.16 s for 2,128). Pinned here as strict xfails;
# the property below runs derandomized in the suite (tests/conftest.py), so it does not meet
# them by chance.
FORMATTING_SOUP = [
    (["<select>", "<span>", "<li>", "<font color=1>", "<font>", "<i>", "<b>", "</div>", "<div>",
      "</select>"], 532),
    (["<svg>", "<title>", "<b>", "</title>", "</select>", "<p>", "</select>"], 589),
    (["<i>", "</nonesuch>", "</b>", "</p>", '<b title="</b>">', "<i>", "<font color=1>", "<i>"],
     580),
]  # fmt: skip


@pytest.mark.xfail(
    strict=True,
    reason=(
        "formatting soup: the depth walker does not reconstruct the active formatting elements "
        "the parser reopens after </p>, </div> or </select>, so it counts too few levels to "
        "flatten (found 2026-12-04; values right, cost bounded)"
    ),
)
@pytest.mark.parametrize(("unit", "repeats"), FORMATTING_SOUP)
def test_formatting_soup_is_flattened(unit: list[str], repeats: int) -> None:
    page = "".join(unit) * repeats + "<h1>عنوان</h1><p>متن</p>"
    assert len(re.findall(r"</?[A-Za-z]", page)) > 4_000
    assert parsed_depth(page) > 2_100
    assert "html-too-deep" in [w.code for w in jm.parse_html(page).warnings]


def test_formatting_soup_keeps_its_values() -> None:
    """What the pinned soup gets today: the heading as the title and no error, lenient or strict."""
    for unit, repeats in FORMATTING_SOUP:
        page = "".join(unit) * repeats + "<h1>عنوان</h1><p>متن</p>"
        assert jm.parse_html(page).title == "عنوان"
        assert jm.parse_html(page, strict=True).title == "عنوان"


@given(st.lists(st.sampled_from(SOUP), min_size=1, max_size=10), st.integers(200, 600))
# Found by this test on 2026-12-04 (mut19's run): a MathML <title> is no HTML integration point
# (only SVG's is), so the <style> in it is an element, not raw text; the walker took it for raw
# text and counted 5 levels where the parser builds 2,289.
@example(unit=["<div>", "<div>", "<div>", "<div>", "<math>", "<title>", "<style>"], repeats=571)
def test_deep_soup_is_flattened(unit: list[str], repeats: int) -> None:
    """Tag soup that the parser nests past 2,100 levels, in 4,000 tags or more, is flattened.

    The oracle is the parser itself: the depth it builds for the page as given. (A page of
    fewer tags is exempt: its worst-case parse is cheap, docs/html.md "Limits".)
    """
    page = "".join(unit) * repeats + "<h1>عنوان</h1><p>متن</p>"
    if len(re.findall(r"</?[A-Za-z]", page)) <= 4_000 or parsed_depth(page) <= 2_100:
        return
    assert "html-too-deep" in [w.code for w in jm.parse_html(page).warnings]
