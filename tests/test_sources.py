"""Machine sources of a page: JSON-LD of any shape, identifiers, and the fields of issue 13 item 5."""

from __future__ import annotations

import json
from typing import Any

import pytest
from tests.checks import warning_code_list as codes

import jalali_meta as jm

pytest.importorskip("selectolax")

HEADLINE = "بازگشایی مدارس از اول مهر"
BODY = "<p>مدارس سراسر کشور از اول مهر بازگشایی می‌شوند.</p>"


def page(head: str = "", body: str = "", *, url: str | None = None) -> jm.Article:
    """Parse a page with ``head`` in its <head> and ``body`` after the headline."""
    html = f'<html lang="fa"><head>{head}</head><body><h1>{HEADLINE}</h1>{body}{BODY}</body></html>'
    return jm.parse_html(html, url=url)


def ld(value: Any) -> str:
    """A JSON-LD script holding ``value`` (text is used as it is)."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return f'<script type="application/ld+json">{text}</script>'


# -- JSON-LD shapes (issue 14, class 3) --------------------------------------------------


@pytest.mark.parametrize(
    "kind",
    [{"name": "NewsArticle"}, [["NewsArticle"]], 7, None, True, [], [None, 3]],
    ids=["object", "nested-list", "number", "null", "bool", "empty-list", "junk-list"],
)
def test_type_of_unexpected_shape_is_not_an_article(kind: Any) -> None:
    """An @type that is not a string or a flat list of strings never matches, never raises."""
    article = page(ld({"@type": kind, "identifier": "98765"}))
    assert (article.title, article.number) == (HEADLINE, None)


@pytest.mark.parametrize(
    "kind", ["NewsArticle", ["WebPage", "NewsArticle"], "https://schema.org/NewsArticle",
             "schema:ReportageNewsArticle", " Article "],
)  # fmt: skip
def test_type_spellings_that_name_an_article(kind: Any) -> None:
    """Plain, listed, IRI and prefixed spellings of an article type are all read."""
    assert page(ld({"@type": kind, "identifier": "98765"})).number == "98765"


@pytest.mark.parametrize(
    "data",
    [
        {"@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle", "identifier": "98765"}]},
        {"@graph": {"@type": "NewsArticle", "identifier": "98765"}},
        [{"@graph": [{"@graph": [{"@type": "NewsArticle", "identifier": "98765"}]}]}],
        {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "identifier": "98765"}},
        [[{"@type": "NewsArticle", "identifier": "98765"}]],
    ],
    ids=["graph-list", "graph-object", "nested-graphs", "main-entity", "nested-root-list"],
)
def test_graph_variants(data: Any) -> None:
    """The article object is found in @graph (list or object), nested graphs and mainEntity."""
    assert page(ld(data)).number == "98765"


@pytest.mark.parametrize("root", ["42", '"text"', "null", "true", "[]", "{}", "[1, [2, [3]]]"])
def test_roots_that_are_not_objects(root: str) -> None:
    """A JSON-LD root that is a number, string, null or list of those is no article, no error."""
    article = page(ld(root))
    assert (article.title, codes(article)) == (HEADLINE, [])


def test_keywords_of_every_shape() -> None:
    """Keyword lists keep strings, whole numbers and objects' names; nothing else, no error."""
    data = {
        "@type": "NewsArticle",
        "keywords": ["آموزش", 1402, {"name": "مدارس"}, {"id": 3}, [["x"]], 2.5, True, None],
    }
    assert page(ld(data)).tags == ("آموزش", "1402", "مدارس")


@pytest.mark.parametrize("keywords", [2.5, True, {"a": 1}, None, [], [[["x"]]]])
def test_keywords_that_are_not_text(keywords: Any) -> None:
    """A keywords value that is a float, bool, object or empty: tags from elsewhere, no error."""
    assert page(ld({"@type": "NewsArticle", "keywords": keywords})).tags == ()


@pytest.mark.parametrize("depth", [65, 1_000, 100_000])
def test_deep_json_ld_is_skipped_with_a_warning(depth: int) -> None:
    """JSON-LD nested deeper than 64 levels is skipped unread: no RecursionError."""
    article = page(ld("[" * depth + "]" * depth) + ld({"@type": "NewsArticle", "identifier": "5"}))
    assert article.number == "5"
    assert codes(article) == ["json-ld-invalid"]
    assert f"nested {depth} levels" in article.warnings[0].message


def test_deep_json_ld_inside_strings_is_not_nesting() -> None:
    """Brackets inside JSON strings (even escaped quotes) do not count as nesting."""
    data = {"@type": "NewsArticle", "identifier": "5", "headline": '"\\' + "[" * 500}
    article = page(ld(data))
    assert (article.number, codes(article)) == ("5", [])


def test_json_ld_at_the_depth_bound_is_read() -> None:
    """64 levels are read: the bound is not off by one."""
    inner: Any = {"@type": "NewsArticle", "identifier": "5"}
    for _ in range(62):
        inner = [inner]
    assert page(ld(inner)).number == "5"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("{", ["json-ld-invalid"]), ("{'@type': 'NewsArticle'}", ["json-ld-invalid"]),
     ("\x00", ["json-ld-invalid"]), ('"' + "a" * 1000, ["json-ld-invalid"]),
     ("[1e99999999999]", []), ("  ", [])],
)  # fmt: skip
def test_invalid_json_ld_is_skipped_with_a_warning(text: str, expected: list[str]) -> None:
    """A script that is not JSON is skipped with json-ld-invalid; the page still parses."""
    article = page(ld(text))
    assert (HEADLINE, expected) == (article.title, codes(article))


def test_syntax_error_in_json_ld_warns() -> None:
    """A trailing comma (a common template bug) is reported, not silently dropped."""
    article = page(ld('{"@type": "NewsArticle", "identifier": "5",}'))
    assert (article.number, codes(article)) == (None, ["json-ld-invalid"])


def test_huge_json_ld_script() -> None:
    """A multi-megabyte JSON-LD script is read (linear scan) and its article found."""
    data = [{"@type": "Thing", "name": "x" * 100} for _ in range(20_000)]
    data.append({"@type": "NewsArticle", "identifier": "5"})
    assert page(ld(data)).number == "5"


@pytest.mark.parametrize(
    "kind", ["application/ld+json", "APPLICATION/LD+JSON", "application/ld+json; charset=utf-8"]
)
def test_json_ld_script_type_spellings(kind: str) -> None:
    """The script type is matched without case and with parameters."""
    script = f'<script type="{kind}">{{"@type": "NewsArticle", "identifier": "5"}}</script>'
    assert page(script).number == "5"


def test_other_script_types_are_not_json_ld() -> None:
    """A script of another type holding JSON-LD text is not read."""
    script = '<script type="text/template">{"@type": "NewsArticle", "identifier": "5"}</script>'
    assert page(script).number is None


# -- identifiers (issue 14, class 10) ----------------------------------------------------


@pytest.mark.parametrize(
    ("identifier", "number"),
    [("98765", "98765"), (98765, "98765"), (" 98765 ", "98765"), (["98765", "1"], "98765"),
     ({"@type": "PropertyValue", "propertyID": "news", "value": "98765"}, "98765"),
     ({"@type": "PropertyValue", "value": 98765}, "98765"), ("", None), (None, None)],
)  # fmt: skip
def test_identifiers_that_are_ids(identifier: Any, number: str | None) -> None:
    """A string, a whole number, or a PropertyValue holding one is the article's ID."""
    article = page(ld({"@type": "NewsArticle", "identifier": identifier}))
    assert (number, []) == (article.number, codes(article))


@pytest.mark.parametrize(
    "text", ["true", "false", "NaN", "Infinity", "12345.0", "1e20", "-5", "[true]",
             '{"@type": "PropertyValue", "value": 1.5}', '{"@type": "PropertyValue"}'],
)  # fmt: skip
def test_identifiers_that_are_not_ids(text: str) -> None:
    """A bool, float, negative number or empty PropertyValue is no ID: None and a warning."""
    article = page(ld(f'{{"@type": "NewsArticle", "identifier": {text}}}'))
    assert (article.number, codes(article)) == (None, ["number-invalid"])


def test_refused_identifier_is_silent_when_the_page_prints_an_id() -> None:
    """When the page prints its ID, a bad JSON-LD identifier changes nothing and is not noise."""
    article = page(ld('{"@type": "NewsArticle", "identifier": true}'), "<div>کد خبر: ۴۳۲۲۲</div>")
    assert (article.number, codes(article)) == ("43222", [])


def test_refused_identifier_in_strict_mode_raises() -> None:
    """Strict mode: the page's only ID being a float is a ParseError."""
    html = f"<html><head>{ld({'@type': 'NewsArticle', 'identifier': 1e20})}</head><body></body>"
    with pytest.raises(jm.ParseError, match="identifier"):
        jm.parse_html(html, strict=True)


# -- description, image, authors, hostname (issue 13, item 5) ----------------------------


def test_description_sources_in_order() -> None:
    """meta description, then og:description, then twitter:description, then JSON-LD."""
    ld_only = ld({"@type": "NewsArticle", "description": "از JSON-LD"})
    og = '<meta property="og:description" content="از og">'
    meta = '<meta name="description" content="  از\n  متا  ">'
    assert page(ld_only).description == "از JSON-LD"
    assert page(ld_only + og).description == "از og"
    assert page(ld_only + og + meta).description == "از متا"
    assert None is page().description


def test_description_is_kept_in_fields() -> None:
    """The description used is in fields, labelled with its source, without a span."""
    article = page('<meta property="og:description" content="خلاصه">')
    assert jm.Field("description", "meta og:description", "خلاصه", None, None) in article.fields


@pytest.mark.parametrize(
    ("value", "expected"),
    [("https://example.ir/a.jpg", "https://example.ir/a.jpg"),
     ({"@type": "ImageObject", "url": "https://example.ir/b.jpg"}, "https://example.ir/b.jpg"),
     ({"@type": "ImageObject", "contentUrl": "/c.jpg"}, "https://www.example.ir/c.jpg"),
     (["/d.jpg", "/e.jpg"], "https://www.example.ir/d.jpg"), ([], None), (5, None)],
)  # fmt: skip
def test_image_from_json_ld(value: Any, expected: str | None) -> None:
    """JSON-LD image as a string, an ImageObject or a list; relative URLs made absolute."""
    article = page(ld({"@type": "NewsArticle", "image": value}), url="https://www.example.ir/n/1")
    assert expected == article.image


def test_og_image_comes_first() -> None:
    """og:image wins over JSON-LD and twitter:image."""
    head = (
        '<meta name="twitter:image" content="https://example.ir/t.jpg">'
        + ld({"@type": "NewsArticle", "image": "https://example.ir/l.jpg"})
        + '<meta property="og:image" content="https://example.ir/o.jpg">'
    )
    assert page(head).image == "https://example.ir/o.jpg"


def test_authors_from_a_json_ld_list() -> None:
    """A JSON-LD author list gives every name; author is the first, not the joined list."""
    data = {"@type": "NewsArticle", "author": [{"@type": "Person", "name": "علی رضایی"},
                                               {"@type": "Person", "name": "مریم احمدی"}, 5]}  # fmt: skip
    article = page(ld(data))
    assert (article.author, article.authors) == ("علی رضایی", ("علی رضایی", "مریم احمدی"))


def test_printed_author_comes_first() -> None:
    """The printed byline is author and first of authors; a machine copy of it is not repeated."""
    data = {"@type": "NewsArticle", "author": [{"name": "علي رضايي"}, {"name": "مریم احمدی"}]}
    article = page(ld(data), "<div>خبرنگار: علی رضایی</div>")
    assert (article.author, article.authors) == ("علی رضایی", ("علی رضایی", "مریم احمدی"))


def test_authors_from_meta_skip_profile_urls() -> None:
    """With no byline and no JSON-LD author, meta author and article:author names are used."""
    head = (
        '<meta property="article:author" content="https://example.ir/author/12">'
        '<meta property="article:author" content="زهرا کریمی">'
    )
    assert page(head).authors == ("زهرا کریمی",)


def test_text_input_authors() -> None:
    """For text input, authors is (author,) when an author is printed, else empty."""
    text = "عنوان خبر\nکد خبر: ۱۲۳۴\nنویسنده: علی رضایی\nمتن خبر."
    article = jm.parse_article(text)
    assert (article.author,) == article.authors
    assert article.author == "علی رضایی"
    assert jm.parse_article("عنوان خبر\nمتن خبر.").authors == ()


@pytest.mark.parametrize(
    ("url", "canonical", "hostname"),
    [("https://WWW.Example.IR/fa/news/1", None, "www.example.ir"),
     (None, "https://www.irna.ir/news/85012345/", "www.irna.ir"), (None, "/fa/news/1", None),
     ("http://[::1", None, None), (None, None, None)],
)  # fmt: skip
def test_hostname(url: str | None, canonical: str | None, hostname: str | None) -> None:
    """The hostname comes from the url argument, else the canonical link; lower case."""
    head = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    assert hostname == page(head, url=url).hostname


def test_new_fields_are_serialised() -> None:
    """to_dict carries description, image, authors and hostname."""
    article = page('<meta name="description" content="خلاصه">', url="https://example.ir/1")
    data = jm.to_dict(article)
    assert (
        data["description"],
        data["image"],
        data["authors"],
        data["hostname"],
    ) == ("خلاصه", None, [], "example.ir")
