"""decode_html: the decoding policy of docs/html.md, one test per rule (issue 14, classes 4 and 11)."""

from __future__ import annotations

import codecs

import pytest

import jalali_meta as jm

pytest.importorskip("selectolax")

HEADLINE = "افتتاح سه طرح عمرانی در اصفهان"
NUMBER = "کد خبر: ۲۸۷۶۵۴۳"


def page(charset: str | None = None) -> str:
    """A small article page declaring ``charset`` (or nothing)."""
    declaration = f'<meta charset="{charset}">' if charset else ""
    return (
        f"<html><head>{declaration}<title>{HEADLINE}</title></head><body>"
        f"<h1>{HEADLINE}</h1><div>{NUMBER}</div><p>طرح‌ها امروز به بهره‌برداری رسید.</p>"
        "</body></html>"
    )


def old_page(charset: str | None = None) -> bytes:
    """The page as an older site writes it in windows-1256: Arabic yeh and ASCII digits."""
    table = str.maketrans("ی۰۱۲۳۴۵۶۷۸۹", "ي0123456789")
    return page(charset).translate(table).encode("windows-1256")


OLD_HEADLINE = HEADLINE.replace("ی", "ي")


def codes(notes: list[jm.Notice]) -> list[str]:
    """The warning codes of a decoding, in order."""
    return [note.code for note in notes]


def test_text_is_returned_as_it_is() -> None:
    """A str needs no decoding: it comes back unchanged, without warnings."""
    assert (page(), []) == jm.decode_html(page())


def test_declared_utf8_with_a_stray_byte_stays_utf8() -> None:
    """One stray byte in a UTF-8 page is replaced and counted; the page is not windows-1256."""
    data = page("utf-8").encode().replace(b"</h1>", b"\xff</h1>")
    text, notes = jm.decode_html(data)
    assert HEADLINE + "\ufffd" in text
    assert codes(notes) == ["encoding-replaced"]
    assert "1 bytes" in notes[0].message


def test_undeclared_utf8_with_a_stray_byte_stays_utf8() -> None:
    """Undeclared bytes that are UTF-8 but for a stray byte are UTF-8 with a replacement."""
    data = page().encode().replace(b"</h1>", b"\x81</h1>")
    text, notes = jm.decode_html(data)
    assert HEADLINE in text
    assert codes(notes) == ["encoding-replaced"]


def test_undeclared_windows_1256_is_detected() -> None:
    """Undeclared bytes that are not UTF-8 are read as windows-1256, without a warning."""
    text, notes = jm.decode_html(old_page())
    assert notes == []
    assert OLD_HEADLINE in text


def test_declared_windows_1256_is_trusted() -> None:
    """A declared single-byte charset that fits the bytes is used as declared."""
    text, notes = jm.decode_html(old_page("windows-1256"))
    assert notes == []
    assert OLD_HEADLINE in text


@pytest.mark.parametrize(
    "charset",
    ["undefined", "punycode", "idna", "rot13", "base64", "zlib", "hex", "uu", "bz2", "utf-7",
     "utf-16", "utf-32", "utf-16-be", "cp037", "no-such-charset", "unicode-escape"],
)  # fmt: skip
def test_unusable_declared_charset_is_ignored(charset: str) -> None:
    """A charset that cannot decode a web page is ignored with a warning, never raised."""
    text, notes = jm.decode_html(page(charset).encode())
    assert page(charset) == text
    assert codes(notes) == ["charset-unusable"]
    assert repr(charset) in notes[0].message


def test_single_byte_declaration_contradicted_by_utf8_bytes() -> None:
    """windows-1256 declared on UTF-8 bytes: read as UTF-8 (no mojibake), with a warning."""
    text, notes = jm.decode_html(page("windows-1256").encode())
    assert page("windows-1256") == text
    assert codes(notes) == ["charset-mismatch"]


def test_ascii_page_with_any_usable_declaration_has_no_warning() -> None:
    """Bytes that are all ASCII read the same in every usable charset: no warning."""
    data = b'<html><head><meta charset="iso-8859-6"></head><body><h1>News</h1></body></html>'
    assert (data.decode("ascii"), []) == jm.decode_html(data)


def test_http_charset_wins_over_the_page() -> None:
    """The HTTP Content-Type charset is used before the page's own declaration."""
    text, notes = jm.decode_html(old_page("utf-8"), http_charset="windows-1256")
    assert notes == []
    assert OLD_HEADLINE in text


@pytest.mark.parametrize(
    "header", ["windows-1256", "Windows-1256", '"windows-1256"', "text/html; charset=windows-1256",
               "text/html;charset=\"windows-1256\"; foo=bar"],
)  # fmt: skip
def test_http_charset_as_label_or_whole_header(header: str) -> None:
    """http_charset takes the label alone, quoted, or the whole Content-Type value."""
    text, notes = jm.decode_html(old_page("utf-8"), http_charset=header)
    assert (notes, True) == ([], OLD_HEADLINE in text)


def test_unusable_http_charset_falls_back_to_the_page() -> None:
    """An HTTP charset that cannot decode a page is ignored; the page's declaration is used."""
    text, notes = jm.decode_html(old_page("windows-1256"), http_charset='"utf-7"')
    assert codes(notes) == ["charset-unusable"]
    assert "the HTTP header" in notes[0].message
    assert OLD_HEADLINE in text


@pytest.mark.parametrize("label", ["\x00", "utf-8\x00", "ütf-8", "x" * 200, "", " "])
def test_malformed_http_charset_is_ignored(label: str) -> None:
    """An HTTP charset with NUL, non-ASCII or absurd length is ignored (the fuzzer's find)."""
    text, _ = jm.decode_html(page("utf-8").encode(), http_charset=label)
    assert page("utf-8") == text


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
     (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le")],
)  # fmt: skip
def test_bom_settles_the_encoding(bom: bytes, encoding: str) -> None:
    """A byte-order mark wins over any declaration (here a wrong windows-1256 one)."""
    text, notes = jm.decode_html(bom + page("windows-1256").encode(encoding))
    assert notes == []
    assert page("windows-1256") == text.lstrip("\ufeff")


def test_declaration_after_4_kb_is_not_read() -> None:
    """Only the first 4 KB are searched for a declaration (as the HTML standard's prescan)."""
    data = b"<!--" + b"x" * 5000 + b"-->" + page("utf-7").encode()
    assert jm.decode_html(data)[1] == []


def test_bytearray_and_memoryview_are_bytes() -> None:
    """bytearray and memoryview input decode like bytes."""
    data = page("utf-8").encode()
    assert jm.decode_html(data) == jm.decode_html(bytearray(data))
    assert jm.decode_html(data) == jm.decode_html(memoryview(data))


def test_other_types_are_a_type_error() -> None:
    """Neither text nor bytes: a TypeError naming the type."""
    with pytest.raises(TypeError, match="int"):
        jm.decode_html(12)  # type: ignore[arg-type]


def test_parse_html_reads_a_contradicted_page_right() -> None:
    """The contradicted page of class 11 parses to the right title and number, with the warning."""
    article = jm.parse_html(page("utf-16").encode())
    assert (article.title, article.number) == (HEADLINE, "2876543")
    assert codes(list(article.warnings)) == ["charset-unusable"]


def test_strict_mode_refuses_a_lossy_decoding() -> None:
    """Strict mode raises on a page whose bytes had to be replaced."""
    data = page("utf-8").encode() + b"\xff"
    with pytest.raises(jm.ConflictError):
        jm.parse_html(data, strict=True)
