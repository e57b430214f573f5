"""Crafted HTML input (issue 14, classes 3, 4, 10, 11, 15, 23, and more): no crash, no silent loss.

Each test is an attack as a hostile or broken page would make it; the docstring says what
the library does with it now.
"""

from __future__ import annotations

import json

import pytest
from tests.checks import warning_code_list as codes

import jalali_meta as jm

pytest.importorskip("selectolax")

HEADLINE = "افزایش قیمت بلیت قطار از هفته آینده"
HEADER = "<div>کد خبر: ۸۷۶۵۴</div><div>تاریخ انتشار: ۱۴ مرداد ۱۴۰۲ - ۱۱:۰۵</div>"
BODY = "<p>" + "قیمت بلیت قطارهای مسافری از هفته آینده افزایش می‌یابد. " * 5 + "</p>"
# docs/html.md: nesting deeper than this is flattened before parsing (as Blink does).
MAX_DEPTH = 512


def article_page(head: str = "", wrap: tuple[str, str] = ("", "")) -> str:
    """An article page with ``head`` in <head>, its content wrapped in ``wrap``."""
    return (
        f'<html lang="fa"><head>{head}</head><body>{wrap[0]}<h1>{HEADLINE}</h1>'
        f"{HEADER}{BODY}{wrap[1]}</body></html>"
    )


def summary(article: jm.Article) -> tuple[str | None, str | None, str | None]:
    """Title, number and published time, the values an attack must not lose."""
    published = article.published.isoformat() if article.published else None
    return article.title, article.number, published


GOOD = (HEADLINE, "87654", "2023-08-05T11:05:00+03:30")


# -- class 3: JSON-LD of unexpected shapes -------------------------------------------------


@pytest.mark.parametrize(
    "script",
    ['{"@type": {"@id": "NewsArticle"}}', '{"@type": [["NewsArticle"]]}',
     '{"@type": "NewsArticle", "keywords": [1, {"a": 2}, [3]]}',
     '{"@type": "NewsArticle", "keywords": 5}', "[" * 100_000 + "]" * 100_000,
     '{"@graph": ' * 5_000 + "1" + "}" * 5_000, '{"@type": "NewsArticle", "author": [[[{}]]]}',
     '{"@type": "NewsArticle", "datePublished": ["2023-08-05", 5], "headline": {"x": 1}}',
     '{"@type": "NewsArticle", "identifier": ' + "9" * 5000 + "}"],
    ids=["type-object", "type-nested-list", "keyword-objects", "keyword-number", "deep-list",
         "deep-graph", "author-nested", "dates-list", "huge-int"],
)  # fmt: skip
def test_class3_json_ld_shapes_never_crash(script: str) -> None:
    """Every shape of the issue's class 3 parses; the visible header is kept whole."""
    head = f'<script type="application/ld+json">{script}</script>'
    assert summary(jm.parse_html(article_page(head))) == GOOD


# -- class 4: charsets Python knows but cannot decode with ---------------------------------


@pytest.mark.parametrize(
    "charset", ["undefined", "punycode", "idna", "rot13", "base64", "zlib", "utf-7", "utf-16",
                "utf-32", "cp037", "quopri", "x-user-defined", "mac-arabic-not-real"],
)  # fmt: skip
def test_class4_unusable_charsets(charset: str) -> None:
    """The declaration is ignored with charset-unusable; the UTF-8 page is read right."""
    page = article_page(f'<meta charset="{charset}">').encode()
    article = jm.parse_html(page)
    assert summary(article) == GOOD
    assert codes(article) == ["charset-unusable"]


def test_class4_http_equiv_declaration() -> None:
    """The http-equiv form of a declaration is checked the same way."""
    head = '<meta http-equiv="Content-Type" content="text/html; charset=undefined">'
    assert codes(jm.parse_html(article_page(head).encode())) == ["charset-unusable"]


# -- class 10: JSON-LD identifiers of the wrong type ---------------------------------------


@pytest.mark.parametrize("identifier", ["true", "NaN", "12345.0", "1e20", "-Infinity"])
def test_class10_identifier_is_never_a_stringified_float(identifier: str) -> None:
    """true, NaN, 12345.0 and 1e20 never become 'True', 'nan', '12345.0': None and a warning."""
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "identifier": {identifier}}}</script>'
    html = f"<html><head>{head}</head><body><h1>{HEADLINE}</h1>{BODY}</body></html>"
    article = jm.parse_html(html)
    assert (article.number, codes(article)) == (None, ["number-invalid"])


# -- class 11: decoding policy -------------------------------------------------------------


def test_class11_declared_utf8_with_one_stray_byte() -> None:
    """One stray byte: replaced and counted; title, number and date survive (not windows-1256)."""
    page = article_page('<meta charset="utf-8">').encode()
    page = page.replace(b"<p>", b"<p>\xff", 1)
    article = jm.parse_html(page)
    assert summary(article) == GOOD
    assert codes(article) == ["encoding-replaced"]


def test_class11_declared_utf16_really_utf8() -> None:
    """A utf-16 declaration on ASCII-compatible bytes is not taken at its word."""
    article = jm.parse_html(article_page('<meta charset="utf-16">').encode())
    assert summary(article) == GOOD


def test_class11_declared_windows_1256_really_utf8() -> None:
    """windows-1256 declared on UTF-8 bytes (a migrated site): UTF-8, with charset-mismatch."""
    article = jm.parse_html(article_page('<meta charset="windows-1256">').encode())
    assert summary(article) == GOOD
    assert codes(article) == ["charset-mismatch"]


def test_class11_undeclared_mostly_utf8() -> None:
    """Undeclared, UTF-8 but for a few bytes: UTF-8 with replacement, never all mojibake."""
    page = article_page().encode().replace(b"<p>", b"<p>\xc0\xc1", 1)
    article = jm.parse_html(page)
    assert summary(article) == GOOD
    assert codes(article) == ["encoding-replaced"]


# -- class 15: input size ------------------------------------------------------------------


def test_class15_text_above_the_limit_is_refused_before_parsing() -> None:
    """A str longer than MAX_INPUT_CHARS raises InputTooLargeError (parse_html and visible_text)."""
    html = "<p>" + "x" * jm.MAX_INPUT_CHARS
    with pytest.raises(jm.InputTooLargeError):
        jm.parse_html(html)
    with pytest.raises(jm.InputTooLargeError):
        jm.visible_text(html)


def test_class15_bytes_above_the_limit_are_refused() -> None:
    """Bytes that decode to more than MAX_INPUT_CHARS characters are refused too."""
    with pytest.raises(jm.InputTooLargeError):
        jm.parse_html(b"<p>" + b"x" * jm.MAX_INPUT_CHARS)


# -- class 23: deep nesting ----------------------------------------------------------------


@pytest.mark.parametrize("tag", ["div", "span", "b", "section", "table"])
def test_class23_deep_nesting_is_flattened(tag: str) -> None:
    """32,000 nested elements: flattened at the bound with html-too-deep; the article is whole."""
    depth = 32_000
    article = jm.parse_html(article_page(wrap=(f"<{tag}>" * depth, f"</{tag}>" * depth)))
    assert summary(article)[:2] == (HEADLINE, "87654")
    assert codes(article) == ["html-too-deep"]


# Nesting hidden from a naive count of tags: end tags that are text (in scripts, comments,
# attribute values, CDATA, bogus comments) or that the parser's rules stop (a stray end tag,
# one stopped by a block, a formatting element rebuilt around a block), and markup that looks
# like text (<style> inside <svg>). Each repeats 3,000 times around the article.
HIDDEN = {
    "self-closing-div": ("<div/>", ""),
    "end-tags-in-scripts": ("<div><script>'</div>'</script>", ""),
    "end-tags-in-comments": ("<div><!--</div>-->", ""),
    "end-tags-in-attributes": ('<div title="</div>">', ""),
    "end-tags-in-bogus-comments": ("<div><! </div>", ""),
    "stray-end-tags": ("<section></div>", ""),
    "svg-style-is-markup": ("<div>", "", "<svg><style><div>"),
    "self-closed-svg": ("<div><style>'</div>'</style>", "", "<svg/>"),
    "font-without-attributes": (
        "<section><script>'</section>'</script>",
        "",
        "<svg><font><style><div>",
    ),
    "font-with-color": ("<section><style>'</section>'</style>", "", "<svg><font color=1>"),
    "foreign-object": ("<section><style>'</section>'</style>", "", "<svg><foreignObject>"),
    "cdata-in-svg": ("<div><svg><![CDATA[</div>]]></svg>", ""),
    "double-escaped-script": ("<div><script><!--<script></script>'</div>'--></script>", ""),
    "inline-block-alternation": ("<span><div>", ""),
    "formatting-around-blocks": ("<b><div></b>", ""),
    "end-tag-stopped-by-a-block": ("<span><div></span></div>", ""),
    "end-tag-stopped-by-a-paragraph": ("<span><p></span></p>", ""),
    "end-tag-stopped-by-a-heading": ("<span><h2></span></h2>", ""),
    "list-items-around-sections": ("<li><section>", ""),
}


@pytest.mark.parametrize("shape", HIDDEN.values(), ids=HIDDEN.keys())
def test_class23_hidden_nesting_is_found(shape: tuple[str, ...]) -> None:
    """Nesting a naive tag count misses is still found and flattened; the article is whole."""
    repeated, closing, *prefix = shape
    wrap = ("".join(prefix) + repeated * 3_000, closing)
    article = jm.parse_html(article_page(wrap=wrap))
    # An article inside <svg><foreignObject> is dropped with the svg (invisible markup).
    number = None if "foreignObject" in "".join(prefix) else "87654"
    assert (summary(article)[:2], codes(article)) == ((HEADLINE, number), ["html-too-deep"])


def test_class23_misnested_inline_tags_are_not_depth() -> None:
    """Sloppy but shallow markup (<b><i>x</b></i>, thousands of times) is left as it is."""
    wrap = ("", "<b><i>مورد</b></i>" * 3_000 + "<font><font>" + "</font>" * 2)
    assert codes(jm.parse_html(article_page(wrap=wrap))) == []


def test_class23_nesting_within_the_bound_is_untouched() -> None:
    """A page nested to the bound is parsed as it is, without a warning."""
    depth = MAX_DEPTH - 10
    article = jm.parse_html(article_page(wrap=("<div>" * depth, "</div>" * depth)))
    assert (summary(article), codes(article)) == (GOOD, [])


def test_class23_many_empty_paragraphs_under_a_deep_heading() -> None:
    """Thousands of empty paragraphs under a deep heading: the container search is one pass."""
    wrap = ("<div>" * 500, "<p></p>" * 20_000 + "</div>" * 500)
    assert summary(jm.parse_html(article_page(wrap=wrap))) == GOOD


def test_class23_depth_bound_skips_comments_and_scripts() -> None:
    """Tags inside comments and scripts do not count as nesting."""
    junk = "<!--" + "<div>" * 2_000 + "--><script>var s = '" + "<div>" * 2_000 + "';</script>"
    article = jm.parse_html(article_page(head=junk))
    assert (summary(article), codes(article)) == (GOOD, [])


def test_class23_unclosed_paragraphs_do_not_count_as_depth() -> None:
    """A long page of unclosed <p> and <li> (implicitly closed) is not flattened."""
    wrap = ("", "<ul>" + "<li>مورد" * 3_000 + "</ul>" + "<p>بند" * 3_000)
    assert codes(jm.parse_html(article_page(wrap=wrap))) == []


# -- attacks beyond the issue --------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00" * 100, b"<", b"<html", "<h1>\x00</h1>",
     "<meta charset=>", '<meta charset="">', "<meta charset='utf-8", b"\xfe\xff\xd8\x00"],
    ids=["empty", "bom-only", "utf16-bom-only", "nuls", "lt", "open-html", "nul-h1",
         "empty-charset", "quoted-empty-charset", "unclosed-meta", "lone-surrogate-utf16"],
)  # fmt: skip
def test_degenerate_pages(data: str | bytes) -> None:
    """Empty, BOM-only, NUL-filled and truncated pages give an Article, never an exception."""
    assert isinstance(jm.parse_html(data), jm.Article)


def test_machine_date_with_an_impossible_offset_is_ignored() -> None:
    """A meta date with offset +99:99 is not a date: it is kept in fields, not used, no crash."""
    head = '<meta property="article:published_time" content="2023-08-05T11:05:00+99:99">'
    article = jm.parse_html(article_page(head))
    assert summary(article) == GOOD


def test_line_separators_in_meta_values() -> None:
    """Line and paragraph separators inside a description are folded to spaces."""
    head = '<meta name="description" content="خط\u2028دوم\u2029سوم\x85چهارم\r\nپنجم">'
    assert jm.parse_html(article_page(head)).description == "خط دوم سوم چهارم پنجم"


def test_json_ld_author_that_is_a_url_list() -> None:
    """An author list of strings and objects of every shape gives only names."""
    author = ["رضا", {"name": ""}, {"name": 5}, None, {"@id": "#a"}, "رضا", " مینا "]
    head = f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "author": author})}</script>'
    html = f"<html><head>{head}</head><body><h1>{HEADLINE}</h1>{BODY}</body></html>"
    assert jm.parse_html(html).authors == ("رضا", "مینا")


def test_many_json_ld_scripts() -> None:
    """Thousands of invalid scripts before the real one: each reported once, the real one read."""
    bad = '<script type="application/ld+json">{</script>' * 2_000
    good = '<script type="application/ld+json">{"@type": "NewsArticle", "identifier": "5"}</script>'
    html = f"<html><head>{bad}{good}</head><body><h1>{HEADLINE}</h1>{BODY}</body></html>"
    article = jm.parse_html(html)
    assert (article.number, codes(article).count("json-ld-invalid")) == ("5", 2_000)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("", id="no_body"),
        pytest.param("<body></body>", id="empty_body"),
        pytest.param("<body><script>var a = 1;</script></body>", id="script_only"),
    ],
)
def test_list_address_with_no_visible_line(body: str) -> None:
    """A page cut off after its head whose canonical address is a tag list prints no line: it
    gives the list warning at the start and its <title>, no crash (a fuzzed real page raised
    IndexError: the warning's position was taken from the last line of none)."""
    head = '<title>برچسب‌ها - صدای حوزه</title><link rel="canonical" href="https://v-o-h.ir/tag/x">'
    article = jm.parse_html(f"<html><head>{head}</head>{body}</html>")
    notice = next(w for w in article.warnings if w.code == "listing-page")
    assert (notice.span, article.number, article.published) == ((0, 0), None, None)
