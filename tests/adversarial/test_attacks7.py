"""Seventh round of attacks on the library's promises (docs/reliability.md, "Attacks, seventh round").

Each test names the promise it holds the library to: bounded, linear cost on hostile HTML;
our own errors (not an AttributeError from inside) for wrong argument types; every bad input
reported by the command line; an article ID never made of an unbounded digit run.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from pathlib import Path

import pytest

import jalali_meta as jm
from jalali_meta.testing import (
    MAX_HTML_ATTRIBUTES,
    MAX_HTML_NAMES,
    MAX_SELECT_OPTIONS,
    url_number,
)
from jalali_meta.testing import html_source as read_source
from jalali_meta.testing import run_cli as main

pytest.importorskip("selectolax")

BODY = "<h1>عنوان خبر</h1><div>کد خبر: ۱۲۳۴ | ۳ بهمن ۱۴۰۱ - ۰۹:۱۵</div><p>متن خبر.</p>"
GOOD = "عنوان خبر\nکد خبر: ۱۲۳۴\nتاریخ انتشار: ۵ دی ۱۴۰۲\nمتن خبر."


def _page(head: str = "", body: str = BODY) -> str:
    return f'<html lang="fa"><head>{head}</head><body>{body}</body></html>'


def _summary(article: jm.Article) -> tuple[object, ...]:
    published = article.published.isoformat() if article.published else None
    return article.title, article.number, published


def _widest_element(source: str | bytes) -> int:
    """The most attributes any element of ``source`` has, as the HTML parser reads it."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(source)
    return max(len(node.attributes) for node in tree.root.traverse(include_text=False))


# -- 1. Attributes: the HTML parser's cost grows with the square of one element's attribute
# count (it compares each new attribute with the element's others), so a 1 MB page of one
# element with 100,000 attributes took about 40 s. The count per element is now bounded
# before parsing, so the parser's work per character is bounded: the tests check the bound
# on what the parser gets (no timing).

WIDE_SHAPES = {
    "names": lambda k: " ".join(f"a{i}" for i in range(k)),
    "values": lambda k: " ".join(f'a{i}="x"' for i in range(k)),
    "unquoted": lambda k: " ".join(f"a{i}=x/y" for i in range(k)),
    "quoted >": lambda k: " ".join(f'a{i}=">"' for i in range(k)),
    "no spaces": lambda k: "".join(f'a{i}="x"' for i in range(k)),
    "slashes": lambda k: "/".join(f"a{i}" for i in range(k)),
    "< in names": lambda k: " ".join(f"a<{i}" for i in range(k)),
    "newlines": lambda k: "\n".join(f"data-x{i}='1'" for i in range(k)),
}


@pytest.mark.parametrize("shape", sorted(WIDE_SHAPES))
@pytest.mark.parametrize("tag", ["div", "h1", "meta", "p"])
def test_element_with_thousands_of_attributes_is_bounded(shape: str, tag: str) -> None:
    """5,000 attributes on one element: cut to the bound, warned, the article read whole."""
    attributes = WIDE_SHAPES[shape](5_000)
    if tag == "meta":
        page = _page(f"<meta {attributes}>")
    else:
        page = _page(body=f"<{tag} {attributes}>x</{tag}>" + BODY)
    _, source, notes = read_source(page)
    assert _widest_element(source) <= MAX_HTML_ATTRIBUTES
    assert [n.code for n in notes] == ["html-too-wide"]
    article = jm.parse_html(page)
    assert "html-too-wide" in [w.code for w in article.warnings]
    assert _summary(article)[1:] == ("1234", "2023-01-23T09:15:00+03:30")
    with pytest.raises(jm.ConflictError):
        jm.parse_html(page, strict=True)


def test_attributes_kept_are_the_first_ones() -> None:
    """The cut keeps an element's first attributes (the ones a page's machine data uses)."""
    meta = '<meta property="article:published_time" content="2023-01-22T20:30:00Z" '
    page = _page(meta + " ".join(f"x{i}" for i in range(5_000)) + ">")
    article = jm.parse_html(page)
    assert article.published is not None
    assert article.published.isoformat() == "2023-01-23T09:15:00+03:30"
    assert "html-too-wide" in [w.code for w in article.warnings]


@pytest.mark.parametrize("count", [1, 20, MAX_HTML_ATTRIBUTES])
def test_elements_within_the_bound_are_untouched(count: int) -> None:
    """Up to the bound, and any number of elements each within it: the page as it was."""
    one = _page(body=f"<div {' '.join(f'a{i}' for i in range(count))}>x</div>" + BODY)
    many = _page(body=f"<p {' '.join(f'b{i}' for i in range(count))}>x</p>" * 200 + BODY)
    others = " ".join(f"c{i}" for i in range(count - 1))
    quoted = _page(body=f"<div title='a > b' {others}>" + BODY)
    for page in (one, many, quoted):
        doc, _, notes = read_source(page)
        assert (doc, notes) == (page, [])
        assert "html-too-wide" not in [w.code for w in jm.parse_html(page).warnings]


def test_attribute_text_inside_scripts_and_comments_is_not_cut() -> None:
    """A script or a comment that spells a wide tag is text: it is left alone."""
    spelled = "<b " + " ".join(f"a{i}" for i in range(MAX_HTML_ATTRIBUTES + 50)) + ">"
    script = f'<script type="application/ld+json">{json.dumps({"headline": spelled})}</script>'
    for page in (_page(script), _page(body=f"<!-- {spelled} -->" + BODY)):
        doc, _, notes = read_source(page)
        assert (doc, notes) == (page, [])


# -- 2. parse_html's url= of the wrong type: an AttributeError from inside the URL code.


@pytest.mark.parametrize("url", [5, 1.5, b"https://example.ir/fa/news/1234/", ["https://x.ir"]])
def test_parse_html_url_of_the_wrong_type_is_a_type_error(url: object) -> None:
    """As parse_article: a TypeError naming the argument, never an error from inside."""
    with pytest.raises(TypeError, match=r"^url must be a str or None, not "):
        jm.parse_html(_page(), url=url)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^url must be a str or None, not "):
        jm.parse_article(GOOD, url=url)  # type: ignore[arg-type]


def test_parse_html_url_none_and_str_still_work() -> None:
    assert jm.parse_html(_page(), url=None).number == "1234"
    assert jm.parse_html(_page(), url="https://example.ir/fa/news/1234/x").url == (
        "https://example.ir/fa/news/1234/x"
    )


# -- 3. The command line: a file that is only a byte-order mark is empty; a UTF-16 text file
# with its byte-order mark (Notepad's "Unicode") is text.


@pytest.mark.parametrize(
    "content", [codecs.BOM_UTF8, codecs.BOM_UTF8 + b" \n\t\n", codecs.BOM_UTF16_LE, b"\xfe\xff"]
)
def test_file_of_a_byte_order_mark_alone_is_an_empty_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    bom = tmp_path / "bom.txt"
    bom.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    assert main(["--format", "jsonl", str(bom), str(good)]) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["path"] for line in captured.out.splitlines()] == [str(good)]
    assert f"{bom}:1:1: error: empty file" in captured.err.splitlines()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom", "utf-32"])
def test_text_file_with_a_utf16_or_utf32_byte_order_mark_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    """The mark says the encoding, as it does for HTML (docs/html.md): no --encoding needed."""
    data = (
        codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be")
        if encoding == "utf-16-be-bom"
        else GOOD.encode(encoding)
    )
    path = tmp_path / "unicode.txt"
    path.write_bytes(data)
    assert main(["--format", "jsonl", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["title"], record["number"]) == ("عنوان خبر", "1234")
    assert record["published"]["gregorian"] == "2023-12-26"
    assert record["spans"]["number"] == list(jm.parse_article(GOOD).spans["number"])


def test_utf16_text_without_a_mark_is_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without the mark nothing says UTF-16: its NUL bytes make it binary, as before."""
    path = tmp_path / "unicode.txt"
    path.write_bytes(GOOD.encode("utf-16-le"))
    assert main(["--format", "jsonl", str(path)]) == 3
    assert "binary content" in capsys.readouterr().err


# -- 4. An ID in the address's query: as unbounded as the digits given.


@pytest.mark.parametrize("digits", [21, 40, 10_000])
def test_query_id_longer_than_any_id_is_no_id(digits: int) -> None:
    """A path's digit run and a printed ID stop at 20 digits; a query's did not."""
    url = "https://example.ir/?p=" + "9" * digits
    assert url_number(url) is None
    assert jm.parse_article("عنوان خبر\nمتن خبر اول.", url=url).number is None


@pytest.mark.parametrize("digits", [1, 6, 20])
def test_query_id_within_the_bound_is_read(digits: int) -> None:
    url = "https://example.ir/?p=" + "7" * digits
    assert url_number(url) == "7" * digits


# -- 5. to_row's fields given as one string: read letter by letter ("unknown field 't'").


def test_fields_as_one_string_is_a_type_error() -> None:
    article = jm.parse_article(GOOD)
    with pytest.raises(TypeError, match="fields must be a sequence of column names"):
        jm.to_row(article, fields="title")
    assert jm.to_row(article, fields=["title"]) == {"title": "عنوان خبر"}
    assert jm.to_row(article, fields=("number", "title")) == {
        "number": "1234",
        "title": "عنوان خبر",
    }


# -- 6. find_dates on a relative time of two parts: only the last part was read, so
# «۲ روز و ۳ ساعت پیش» (two days and three hours ago) came out three hours ago, silently.

REFERENCE = dt.datetime(2023, 9, 19, 12, 0)


@pytest.mark.parametrize(
    "phrase",
    [
        "۲ روز و ۳ ساعت پیش",
        "۱ ساعت و ۳۰ دقیقه پیش",
        "یک ساعت و سی دقیقه قبل",
        "۳ هفته و ۲ روز پیش",
        "۲ سال و ۳ ماه پیش",
        "۱ روز، ۳ ساعت پیش",
        "2 روز 3 ساعت پیش",
        "۱ ساعت و ۳۰ دقیقه و ۱۰ ثانیه پیش",
        "نیم ساعت و ۵ دقیقه پیش",
    ],
)
def test_relative_time_of_two_parts_is_left_out(phrase: str) -> None:
    """find_dates leaves out what it cannot read whole; parse_article already refused it."""
    assert jm.find_dates(f"این خبر {phrase} منتشر شد.", reference=REFERENCE) == []
    article = jm.parse_article(f"عنوان خبر\nتاریخ انتشار: {phrase}\nمتن.", reference=REFERENCE)
    assert article.published is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("این خبر ۳ ساعت پیش منتشر شد.", ["2023-09-19T09:00:00+03:30"]),
        ("در ۲ روز، ۳ ساعت پیش خبر رسید.", []),  # a count of days right before: left out too
        ("پس از ۲ روز کار، ۳ ساعت پیش تمام شد.", ["2023-09-19T09:00:00+03:30"]),
        ("سال ۱۴۰۲ و ۲ روز پیش", ["2023-09-17"]),
        ("۵ نفر و ۲ روز پیش", ["2023-09-17"]),
    ],
)
def test_relative_time_after_other_words_is_still_read(text: str, expected: list[str]) -> None:
    found = jm.find_dates(text, reference=REFERENCE)
    assert [ts.isoformat() for ts in found] == expected


# -- 7. Options: the HTML parser runs the selectedness rule over a <select>'s options at each
# option it inserts, so its time grows with the square of their number (20,000 options,
# 200 KB: 4 s; 40,000: 19 s). A <select> keeps its first MAX_SELECT_OPTIONS options.


def _options_in_widest_select(source: str | bytes) -> int:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(source)
    return max((len(s.css("option")) for s in tree.css("select")), default=0)


OPTION_SHAPES = {
    "open": lambda k: "<select>" + "<option>x" * k + "</select>",
    "closed": lambda k: "<select>" + "<option value=1>x</option>" * k + "</select>",
    "upper case": lambda k: "<SELECT>" + "<Option>x</OPTION>" * k + "</SeLeCt>",
    "groups": lambda k: "<select>" + ("<optgroup>" + "<option>x" * 50) * (k // 50) + "</select>",
    "unclosed select": lambda k: "<select>" + "<option>x" * k,
}


@pytest.mark.parametrize("shape", sorted(OPTION_SHAPES))
def test_select_with_thousands_of_options_is_bounded(shape: str) -> None:
    page = _page(body=OPTION_SHAPES[shape](5_000) + BODY)
    _, source, notes = read_source(page)
    assert _options_in_widest_select(source) <= MAX_SELECT_OPTIONS
    assert [n.code for n in notes] == ["html-too-wide"]
    assert _summary(jm.parse_html(page))[1:] == ("1234", "2023-01-23T09:15:00+03:30")


@pytest.mark.parametrize("count", [1, 30, MAX_SELECT_OPTIONS])
def test_selects_within_the_bound_are_untouched(count: int) -> None:
    """Many selects each within the bound, and options outside any select, are left alone."""
    one = "<select>" + "<option>x</option>" * count + "</select>"
    loose = "<datalist>" + "<option>x" * (MAX_SELECT_OPTIONS + 10) + "</datalist>"
    for page in (_page(body=one * 3 + BODY), _page(body=loose + BODY)):
        doc, _, notes = read_source(page)
        assert (doc, notes) == (page, [])


# -- 8. <html> and <body> start tags repeated in the body: the parser adds each one's
# attributes to the one <html> or <body> element, comparing each with those it has, so
# 20,000 of them, one attribute each, took 2 s and grew with the square of their number.


def _root_attributes(source: str | bytes) -> tuple[int, int]:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(source)
    return len(tree.css_first("html").attributes), len(tree.body.attributes)


@pytest.mark.parametrize("tag", ["html", "body", "HTML", "Body"])
def test_repeated_root_tags_add_a_bounded_number_of_attributes(tag: str) -> None:
    repeated = "".join(f"<{tag} a{i}=1 b{i}>" for i in range(3_000))
    page = _page(body=repeated + BODY)
    _, source, notes = read_source(page)
    assert max(_root_attributes(source)) <= MAX_HTML_ATTRIBUTES + 1  # + the page's lang
    assert [n.code for n in notes] == ["html-too-wide"]
    assert _summary(jm.parse_html(page))[1:] == ("1234", "2023-01-23T09:15:00+03:30")


def test_a_few_repeated_root_tags_are_untouched() -> None:
    """Broken templates print <html> or <body> twice; their attributes are kept."""
    page = '<html lang="fa"><body class="a"><html dir="rtl"><body id="b">' + BODY + "</body></html>"
    doc, _, notes = read_source(page)
    assert (doc, notes) == (page, [])
    assert jm.parse_html(page).language == "fa"


# -- 9. A page in UTF-16 or UTF-32 without a byte-order mark: its ASCII markup has a NUL byte
# beside every character, so no declaration was found and the bytes were valid UTF-8; the
# page came back as text with a NUL after each letter and the title was that garbage,
# without a warning.


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("declared", ["", '<meta charset="utf-16">', '<meta charset="utf-8">'])
def test_page_in_utf16_or_utf32_without_a_mark_is_decoded(codec: str, declared: str) -> None:
    page = _page(declared)
    data = ("  \n" + page).encode(codec)
    text, _ = jm.decode_html(data)
    assert text == "  \n" + page
    assert _summary(jm.parse_html(data)) == ("عنوان خبر", "1234", "2023-01-23T09:15:00+03:30")


@pytest.mark.parametrize(
    "data",
    [
        _page().encode("utf-8"),
        _page().encode("windows-1256", errors="replace"),
        b"<p>\x00</p>" + _page().encode("utf-8"),  # a stray NUL: not every other byte
        b"<\x00" + b"x" * 100,  # a NUL, then plain bytes
    ],
)
def test_pages_that_are_not_utf16_are_not_read_as_such(data: bytes) -> None:
    text, _ = jm.decode_html(data)
    assert text.startswith("<")


# -- 10. Many distinct tag or attribute names: the HTML parser keeps every name it has not
# seen in a table whose look-ups slow down as it fills, so 80,000 distinct names (500 KB:
# `<x1>`, `</x2>`, `<p a3>` ...) took 5-8 s and each doubling about eight times longer. A
# page keeps its first MAX_HTML_NAMES names beyond HTML's own.

NAME_SHAPES = {
    "tags": lambda k: "".join(f"<x{i}>y</x{i}>" for i in range(k)),
    "end tags alone": lambda k: "".join(f"</x{i}>" for i in range(k)),
    "attributes": lambda k: "".join(f'<p a{i}="1">y</p>' for i in range(k)),
    "valueless attributes": lambda k: "".join(f"<p a{i}>y</p>" for i in range(k)),
    "attributes by tens": lambda k: "".join(
        "<i " + "/".join(f"a{i}_{j}" for j in range(10)) + ">x</i>" for i in range(k // 10)
    ),
}


def _names(doc: str) -> set[str]:
    from selectolax.lexbor import LexborHTMLParser

    tags = {name.lower() for name in re.findall(r"</?([A-Za-z][^\s/>]*)", doc)}
    tree = LexborHTMLParser(doc)
    attributes = {a for node in tree.root.traverse() for a in node.attributes}
    return (tags | attributes) - STANDARD


STANDARD = {"html", "head", "body", "h1", "div", "p", "i", "br", "lang", "jm-x"}


@pytest.mark.parametrize("shape", sorted(NAME_SHAPES))
def test_many_distinct_names_are_bounded(shape: str) -> None:
    page = _page(body=NAME_SHAPES[shape](25_000) + BODY)
    doc, _, notes = read_source(page)
    assert len(_names(doc)) <= MAX_HTML_NAMES
    assert [n.code for n in notes] == ["html-too-wide"]
    assert _summary(jm.parse_html(page))[1:] == ("1234", "2023-01-23T09:15:00+03:30")


def test_standard_names_after_many_others_are_kept() -> None:
    """The names HTML defines are never renamed or dropped: the headline and the machine
    date after 25,000 made-up names still read."""
    flood = "".join(f'<x{i} b{i}="1">' for i in range(25_000))
    meta = '<meta property="article:published_time" content="2023-01-22T20:30:00Z">'
    page = _page(meta, body=flood + BODY)
    article = jm.parse_html(page)
    assert _summary(article) == ("عنوان خبر", "1234", "2023-01-23T09:15:00+03:30")
    assert "html-too-wide" in [w.code for w in article.warnings]


def test_a_page_with_a_few_thousand_names_is_untouched() -> None:
    names = "".join(f'<span data-k{i}="1">x</span>' for i in range(2_000))
    page = _page(body=names + BODY)
    doc, _, notes = read_source(page)
    assert (doc, notes) == (page, [])


@pytest.mark.parametrize(
    "body",
    [
        WIDE_SHAPES["names"](5_000),
        WIDE_SHAPES["quoted >"](5_000),
        OPTION_SHAPES["upper case"](1_000),
        "".join(f"<body a{i}=1>" for i in range(1_000)),
        NAME_SHAPES["attributes"](25_000),
        "<div " + " ".join(f"a{i}" for i in range(200)) + ">x</div>",
    ],
)
def test_bytes_and_text_of_a_page_are_bounded_alike(body: str) -> None:
    """parse_html tests the page's UTF-8 bytes when it has them: the same cuts as on text."""
    page = _page(body=body + BODY)
    text_doc, _, text_notes = read_source(page)
    bytes_doc, _, bytes_notes = read_source(page.encode("utf-8"))
    assert (bytes_doc, bytes_notes) == (text_doc, text_notes)
