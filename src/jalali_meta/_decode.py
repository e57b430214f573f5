"""Page bytes to text, and the limits applied before a page is parsed (docs/html.md, "Decoding").

Decoding policy, in order:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) settles the encoding; without one, UTF-16 and
   UTF-32 are told by the NUL bytes of the page's ASCII markup (as XML reads them);
2. else the HTTP ``Content-Type`` charset (``http_charset``), then the charset declared in
   the page (``<meta charset>`` or ``http-equiv``, first 4 KB), if Python has a *text* codec
   for it that reads ASCII as ASCII (every HTML page is ASCII in its markup); any other
   declaration (``utf-16`` without a BOM, ``utf-7``, ``rot13``, ``base64``, ``undefined``, an
   unknown name) is ignored with ``charset-unusable``;
3. a usable declaration is trusted, except that bytes which are valid UTF-8 with non-ASCII
   letters are UTF-8 whatever a single-byte declaration says (``charset-mismatch``: such bytes
   are, in practice, never windows-1256 or ISO-8859-6 text); stray bytes under a trusted
   declaration are replaced and counted (``encoding-replaced``), but bytes declared UTF-8
   that are not overwhelmingly UTF-8 are windows-1256 as in step 4 (``charset-mismatch``);
4. nothing usable declared: UTF-8; when that fails, UTF-8 with replacement if the page is
   overwhelmingly UTF-8 (``encoding-replaced``), else windows-1256 (older Iranian sites).
"""

from __future__ import annotations

import codecs
import re
from collections import Counter

from jalali_meta._datetimes import require_text
from jalali_meta._errors import InputTooLargeError
from jalali_meta._limits import MAX_INPUT_CHARS
from jalali_meta._records import Notice

__all__ = ["MAX_HTML_DEPTH", "bound_depth", "decode_html", "read_page", "read_source"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_BOMS = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Printable ASCII and the white space of markup: a codec that does not read these bytes as
# themselves cannot be the encoding of an HTML page that was found by matching ASCII markup.
_ASCII_PROBE = bytes(range(0x20, 0x7F)) + b"\t\n\r"
# Codecs Python treats as text encodings that still must not be trusted for a web page: UTF-7
# is refused by the HTML standard (it smuggles markup past filters); the others are not
# encodings of text at all.
_REFUSED = frozenset(
    {"utf_7", "punycode", "idna", "undefined", "raw_unicode_escape", "unicode_escape"}
)
# Bytes whose UTF-8 reading has at least this many good non-ASCII characters per replaced byte
# are UTF-8 with a few stray bytes; windows-1256 text read as UTF-8 fails on nearly every letter.
_UTF8_MAJORITY = 10
# Bytes per character: no encoding accepted here needs more than 4, so longer byte input cannot
# decode to MAX_INPUT_CHARS characters or fewer.
_MAX_BYTES_PER_CHAR = 4

# Nesting deeper than this is flattened before parsing: the HTML parser checks the stack of
# open elements on each start tag, so its time grows with the square of the depth (32,000
# nested <div> took ~10 s). Browsers cap the tree the same way (Blink at 512).
MAX_HTML_DEPTH = 512
# The most attributes one element keeps (the HTML parser compares each new attribute with the
# element's others, so its time on one element grows with the square of their count).
MAX_HTML_ATTRIBUTES = 256
# The most options one <select> keeps (the parser runs the selectedness rule over the
# select's options at each option it inserts).
MAX_SELECT_OPTIONS = 256
# The most distinct tag and attribute names beyond HTML's own a page keeps (the parser keeps
# each new name in a table whose look-ups slow down as it fills).
MAX_HTML_NAMES = 5_000
# Tags that never open an element, or close themselves implicitly so often that counting them
# would make the depth drift upward on ordinary pages.
_NOT_NESTING = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp",
    "colgroup", "thead", "tbody", "tfoot",
    # The parser makes one <html>, <head> and <body>; another such start tag only adds its
    # attributes to that element (so 3,000 <body> tags are no nesting; see bound_width).
    "html", "head", "body",
    # The parser closes an open heading when another starts: headings cannot nest deep, and
    # the <h1> is where the article starts, so it is never flattened away.
    "h1", "h2", "h3", "h4", "h5", "h6",
})  # fmt: skip
# Block elements beyond the bound become <br>, so their text keeps its own line (the list of
# block elements that start a line of the visible text, as in _html.py).
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "div", "dl", "figcaption", "figure",
    "footer", "form", "header", "main", "nav", "ol", "pre", "section", "table", "ul", "time",
})  # fmt: skip
# Elements whose content the tokenizer reads as text: tags inside them are not markup
# (in HTML content only: inside <svg> or <math> they are ordinary elements). <noscript> is
# markup here: the parser runs with scripting off.
_RAW_TEXT = frozenset(
    {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"}
)
# Start tags that end <svg>/<math> content and return to HTML (the HTML standard's list; <font>
# only with color, face or size), and the elements inside <svg>/<math> whose content is HTML.
_BREAKOUT = frozenset({
    "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
    "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
    "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
    "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
})  # fmt: skip
# SVG's HTML integration points and MathML's text integration points: a MathML <title> or
# <desc> is an ordinary foreign element, so a <style> inside it is markup, not raw text.
_INTEGRATION = {
    "svg": frozenset({"foreignobject", "desc", "title"}),
    "math": frozenset({"mi", "mo", "mn", "ms", "mtext"}),
}
_FONT_BREAKS_OUT = re.compile(r"\s(?:color|face|size)\s*=", re.IGNORECASE)
# One step of the tokenizer: a comment, CDATA section or bogus comment opening (group 1), or a
# whole start or end tag (name in group 2; "/" marks an end tag), its attributes read as the
# HTML tokenizer reads them (a quote delimits a value only right after "=", so "</div>" inside
# a quoted value is not a tag). Every alternative ends at ">" or the end of the text. (The
# attributes' loop stops only at ">" or the end, so it never backtracks; a run of plain
# characters is one step of it, which is twice as fast as one step a character on a long tag.)
_STEP = re.compile(
    r"""<(?:
      (!--|!\[CDATA\[|[!?]|/(?![A-Za-z]))             # comment, CDATA, bogus comment
    | (/?[A-Za-z][^\s/>]*)                             # a tag name
      (?:[^>=]+|=\s*"[^"]*(?:"|\Z)|=\s*'[^']*(?:'|\Z)|=)*  # attributes
      (?:>|\Z)
    )""",
    re.VERBOSE,
)
# The whole tags and openings the quick count looks at: names only.
_TAG_NAME = re.compile(r"<(/?[A-Za-z][A-Za-z0-9]*)")
# Elements that bound the parser's search of its stack (its "scope"): an end tag never closes
# an element outside the nearest of these.
_SCOPE = frozenset({"applet", "caption", "html", "table", "td", "th", "marquee", "object",
                    "template", "foreignobject", "desc", "title", "mi", "mo", "mn", "ms",
                    "mtext", "annotation-xml"})  # fmt: skip
# Above this many (tags x possible depth), the parser's worst case (each tag searching a stack
# as deep as the page can nest) is no longer a few tens of milliseconds: the page is walked.
_QUICK_BUDGET = 8_000_000
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image",
})  # fmt: skip


def _codec(name: str) -> str | None:
    """Python's codec for a declared charset, or None when it cannot decode a web page."""
    if not name or len(name) > 40 or not name.isascii() or not name.isprintable():
        return None  # no charset label is longer, and lookup refuses NUL with a ValueError
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    codec = info.name.replace("-", "_")
    if not getattr(info, "_is_text_encoding", True) or codec in _REFUSED:
        return None
    try:
        if _ASCII_PROBE.decode(codec) != _ASCII_PROBE.decode("ascii"):
            return None
    except (UnicodeError, ValueError, TypeError, LookupError):
        return None
    return codec


def _utf8_majority(raw: bytes) -> str | None:
    """``raw`` read as UTF-8 with replacement, if it is overwhelmingly UTF-8; else None."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return text if good >= _UTF8_MAJORITY * bad else None


# The fewest Arabic-script letters a windows-1256 reading must show (and at least half its
# non-ASCII characters) to be taken over a declared UTF-8 that the bytes contradict.
_ARABIC_1256_LETTERS = 10


def _arabic_1256(raw: bytes) -> str | None:
    """``raw`` read as windows-1256, if that reading is mostly Arabic script; else None."""
    text = raw.decode("windows-1256", errors="replace")
    other = len(text) - len(text.encode("ascii", errors="ignore"))
    arabic = sum(1 for char in text if "\u0600" <= char <= "\u06ff")
    return text if arabic >= _ARABIC_1256_LETTERS and 2 * arabic >= other else None


def _replaced(text: str, name: str) -> list[Notice]:
    count = text.count("\ufffd")
    if not count:
        return []
    return [
        Notice(
            "encoding-replaced",
            f"{count} bytes could not be decoded as {name} and were replaced with U+FFFD",
        )
    ]


# The head of a page whose NUL bytes are looked at; and the share of its characters whose
# NUL bytes must sit where UTF-16 or UTF-32 puts an ASCII character's.
_SNIFF_BYTES = 512
_SNIFF_SHARE = 0.5


def _wide_unicode(raw: bytes) -> str | None:
    """The codec of a page in UTF-16 or UTF-32 without a byte-order mark, or None.

    A page starts with ASCII markup ("<", white space); in UTF-16 each such character has a
    NUL byte after it (little-endian) or before it (big-endian), in UTF-32 three (a Persian
    letter has 0x06 in one of them). Said when at least half the characters of the head are
    so, the first among them: a stray NUL in a UTF-8 page is not enough.
    """
    head = raw[:_SNIFF_BYTES]
    if b"\x00" not in head[:4]:
        return None
    for codec, size, nul in (
        ("utf-32-le", 4, (1, 2, 3)),
        ("utf-32-be", 4, (0, 1, 2)),
        ("utf-16-le", 2, (1,)),
        ("utf-16-be", 2, (0,)),
    ):
        units = [head[i : i + size] for i in range(0, len(head) - size + 1, size)]
        if len(units) < 2:
            continue
        ascii_like = [all(unit[i] == 0 for i in nul) and any(unit) for unit in units]
        if ascii_like[0] and sum(ascii_like) >= _SNIFF_SHARE * len(units):
            return codec
    return None


def decode_html(data: str | bytes, *, http_charset: str | None = None) -> tuple[str, list[Notice]]:
    """Decode page bytes: BOM, declared charset (HTTP, then the page), UTF-8, windows-1256.

    Args:
        data: The page; text is returned as it is.
        http_charset: The ``charset`` of the HTTP ``Content-Type`` header, if known (a WARC
            record has it), or the whole header value; it wins over the page's own
            declaration, as in browsers.

    Returns:
        The text and the warnings about its decoding: ``encoding-replaced`` (stray bytes
        were replaced: never a silent loss), ``charset-unusable`` (a declaration that cannot
        decode a page was ignored), ``charset-mismatch`` (the bytes contradict it).

    Raises:
        TypeError: ``data`` is neither str nor bytes.

    Example:
        >>> page = '<meta charset="windows-1256"><h1>خبر</h1>'.encode("windows-1256")
        >>> decode_html(page)
        ('<meta charset="windows-1256"><h1>خبر</h1>', [])
    """
    text, notes, _ = _decode(data, http_charset)
    return text, notes


def _decode(data: str | bytes, http_charset: str | None) -> tuple[str, list[Notice], bytes | None]:
    """:func:`decode_html`, and the bytes when the text is exactly their UTF-8 (valid UTF-8
    without a byte-order mark, read as UTF-8), else None: the parser can take those bytes
    as they are instead of encoding the text back to them."""
    if isinstance(data, str):
        return data, [], None
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"html must be str or bytes, not {type(data).__name__}")
    raw = bytes(data)
    # 1. A byte-order mark settles it: no declaration can override one.
    for bom, name in _BOMS:
        if raw.startswith(bom):
            text = raw.decode(name, errors="replace")
            return text, _replaced(text, name), None
    # 1b. Without a mark, UTF-16 and UTF-32 show in their ASCII markup's NUL bytes (as XML's
    # encoding sniffing reads them); read as UTF-8 such a page is a NUL after each letter.
    wide = _wide_unicode(raw)
    if wide is not None:
        text = raw.decode(wide, errors="replace")
        return text, _replaced(text, wide), None
    notes: list[Notice] = []
    # 2. Declarations: the HTTP header first, then the page's own.
    declared: list[tuple[str, str]] = []
    if http_charset:
        # A whole Content-Type value ("text/html; charset=UTF-8") is accepted too.
        label = http_charset.rpartition("charset=")[2].split(";")[0]
        declared.append(("the HTTP header", label.strip().strip("\"'")))
    found = _CHARSET.search(raw[:4096])
    if found:
        declared.append(("the page", found.group(1).decode("ascii")))
    for where, label in declared:
        codec = _codec(label)
        if codec is None:
            notes.append(
                Notice(
                    "charset-unusable",
                    f"the charset {label!r} declared in {where} cannot decode a web page "
                    "(unknown, not a text encoding, or not ASCII-compatible); ignored",
                )
            )
            continue
        # 3. Trust it, unless the bytes are plainly UTF-8 and it says otherwise.
        if not codec.startswith("utf_8") and not raw.isascii():
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                notes.append(
                    Notice(
                        "charset-mismatch",
                        f"{where} declares {label!r} but the bytes are UTF-8; read as UTF-8",
                    )
                )
                return text, notes, raw
        text = raw.decode(codec, errors="replace")
        replaced = _replaced(text, label)
        if codec.startswith("utf_8") and replaced and _utf8_majority(raw) is None:
            arabic = _arabic_1256(raw)
        else:
            arabic = None
        if arabic is not None:
            # 3b. UTF-8 declared on bytes that are not UTF-8 at all (fewer than ten good
            # non-ASCII characters per bad byte) and read as windows-1256 are mostly Arabic
            # script: an older Iranian site's windows-1256 page under a template that
            # declares UTF-8 (an ASCII page with a stray byte stays UTF-8, replaced).
            text = arabic
            notes.append(
                Notice(
                    "charset-mismatch",
                    f"{where} declares {label!r} but the bytes are not UTF-8; read as windows-1256",
                )
            )
            return text, notes + _replaced(text, "windows-1256"), None
        # Without a U+FFFD in the text no byte was replaced: the bytes were valid UTF-8.
        exact = raw if codec == "utf_8" and not replaced else None
        return text, notes + replaced, exact
    # 4. Nothing usable declared: UTF-8, mostly-UTF-8, then windows-1256.
    try:
        return raw.decode("utf-8"), notes, raw
    except UnicodeDecodeError:
        pass
    majority = _utf8_majority(raw)
    if majority is not None:
        return majority, notes + _replaced(majority, "UTF-8"), None
    text = raw.decode("windows-1256", errors="replace")
    return text, notes + _replaced(text, "windows-1256"), None


def _surely_shallow(doc: str) -> bool:
    """Whether the parser's time on ``doc`` is bounded whatever its nesting: a C-speed count.

    The parser's extra work is at most (tags x depth). The depth is at most twice the number
    of non-void start tags, plus three (each can bring one implied element, as a table row
    brings <tbody>, and <html>, <head>, <body> come free); a page where that product is
    small needs no exact walk.
    """
    # 1. From "<" alone (every tag starts with one; an end tag with "</"): one count, and a
    # second only when the first does not settle it (every "<" taken for a start tag bounds
    # the depth above the exact count's bound: the same verdicts, one scan fewer on most
    # real pages, which have under 2,000).
    tags = doc.count("<")
    if tags * (2 * tags + 3) <= _QUICK_BUDGET:
        return True
    if tags * (2 * (tags - doc.count("</")) + 3) <= _QUICK_BUDGET:
        return True
    # 2. From the tag names: void elements and text "<" do not count.
    names = Counter(_TAG_NAME.findall(doc))
    opens = sum(
        count for name, count in names.items() if name[0] != "/" and name.lower() not in _VOID
    )
    depth = 2 * opens + 3
    return depth <= MAX_HTML_DEPTH or names.total() * depth <= _QUICK_BUDGET


# Elements the walk keeps without ever dropping them, with the implicit closing the parser
# gives them (a paragraph closed by the next block, a list item by the next item ...).
_KEPT = frozenset({"p", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Start tags that first close an open paragraph (the HTML standard's "close a p element").
_CLOSES_P = frozenset({
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
    "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu",
    "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
    "pre", "listing", "form", "li", "dd", "dt", "plaintext", "table", "hr", "xmp",
})  # fmt: skip
# End tags that close their element through anything within scope.
_SCOPED_END = _CLOSES_P - _KEPT - {"plaintext", "table", "hr", "xmp"} | {"button"}
# End tags that run the adoption agency; and the elements that stop any other end tag.
_FORMATTING = frozenset(
    {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
     "tt", "u"}
)  # fmt: skip
_SPECIAL = _CLOSES_P | _SCOPE | {"body", "button", "frameset", "head", "noscript", "select"}
# Tags the walk ignores: void elements and table parts (closed implicitly everywhere).
_IGNORED = _NOT_NESTING - _KEPT


_STOPS = {
    "scope": _SCOPE,
    "button": _SCOPE | {"button"},
    "list": _SCOPE | {"ol", "ul"},
    "special": _SPECIAL,
    "item": _SPECIAL - {"address", "div", "p"},
}


class _Stack:
    """The parser's stack of open elements, as far as depth is concerned.

    Each search the parser makes ("the innermost X, unless an element of kind K is nearer")
    is answered in constant time from the positions of each name and each kind, so a deep
    stack costs nothing per tag.
    """

    def __init__(self) -> None:
        self.names: list[str] = []
        self.where: dict[str, list[int]] = {}
        self.kinds: dict[str, list[int]] = {kind: [] for kind in _STOPS}

    def __len__(self) -> int:
        return len(self.names)

    def push(self, name: str) -> None:
        index = len(self.names)
        self.names.append(name)
        self.where.setdefault(name, []).append(index)
        for kind, members in _STOPS.items():
            if name in members:
                self.kinds[kind].append(index)

    def truncate(self, index: int) -> None:
        """Close the element at ``index`` and everything inside it."""
        while len(self.names) > index:
            name = self.names.pop()
            self.where[name].pop()
            for kind, members in _STOPS.items():
                if name in members:
                    self.kinds[kind].pop()

    def find(self, name: str, kind: str) -> int:
        """Index of the innermost ``name`` with no element of ``kind`` inside it, or -1."""
        places = self.where.get(name)
        if not places:
            return -1
        stops = self.kinds[kind]
        return places[-1] if not stops or places[-1] >= stops[-1] else -1

    def close(self, name: str, kind: str) -> None:
        index = self.find(name, kind)
        if index >= 0:
            self.truncate(index)

    def start(self, name: str) -> None:
        """Apply the implicit closing a start tag causes."""
        if name in _CLOSES_P:
            self.close("p", "button")
        if name == "li":
            self.close("li", "item")
        elif name in ("dd", "dt"):
            self.truncate_first(("dd", "dt"), "item")
        elif name in HEADINGS and self.names and self.names[-1] in HEADINGS:
            self.truncate(len(self.names) - 1)

    def truncate_first(self, names: tuple[str, ...], kind: str) -> None:
        """Close the innermost of ``names`` that no element of ``kind`` shuts off."""
        index = max(self.find(name, kind) for name in names)
        if index >= 0:
            self.truncate(index)

    def end(self, name: str) -> None:
        """Apply an end tag: which elements it closes (never more than the parser does)."""
        if name in HEADINGS:
            self.truncate_first(tuple(HEADINGS), "scope")
        elif name == "p":
            self.close(name, "button")
        elif name == "li":
            self.close(name, "list")
        elif name in _SCOPED_END or name in ("dd", "dt"):
            self.close(name, "scope")
        elif name in _FORMATTING:
            index = self.find(name, "scope")
            specials = self.kinds["special"]
            if index >= 0 and (not specials or specials[-1] < index):
                self.truncate(index)
            # With a block inside, the parser rebuilds the element around it: keep the count.
        else:
            self.close(name, "special")


def _walk(doc: str) -> list[tuple[int, int, str]]:
    """Tokenize ``doc`` like the HTML parser, well enough to count open elements; return drops.

    Comments, bogus comments, raw text (``<script>`` with its ``<!--<script>`` escapes,
    ``<style>``, ``<title>`` ...) and CDATA in ``<svg>``/``<math>`` are skipped as text; inside
    ``<svg>``/``<math>`` ``<style>`` and ``<title>`` are elements, until a tag that breaks out
    to HTML; end tags close what the parser's rules close (:class:`_Stack`: within scope,
    stopped by special elements, never through a block for a formatting element);
    ``<div/>`` opens an element (the slash means nothing in HTML); ``<plaintext>`` makes the
    rest text. Returns (start, end, replacement) for each start tag that would open an element
    past MAX_HTML_DEPTH and for as many end tags after them.
    """
    stack = _Stack()
    namespaces: list[tuple[bool, str]] = []  # (foreign?, element): svg/math and their islands
    excess = 0  # start tags dropped whose elements are not yet closed
    cuts: list[tuple[int, int, str]] = []
    position = 0
    while True:
        match = _STEP.search(doc, position)
        if match is None:
            return cuts
        position = match.end()
        opener, token = match.group(1), match.group(2)
        foreign = bool(namespaces) and namespaces[-1][0]
        if opener is not None:
            if opener == "!--":
                end = doc.find("-->", match.end())
                position = len(doc) if end < 0 else end + 3
            elif opener.startswith("![") and foreign:
                end = doc.find("]]>", match.end())
                position = len(doc) if end < 0 else end + 3
            else:  # a bogus comment (<!x, <?x, </ x, <![CDATA[ in HTML) runs to ">"
                end = doc.find(">", match.start())
                position = len(doc) if end < 0 else end + 1
            continue
        closing = token[0] == "/"
        name = (token[1:] if closing else token).lower()
        self_closing = match.group(0).endswith("/>")
        if closing:
            if namespaces and namespaces[-1][1] == name:
                namespaces.pop()
            elif foreign and name in ("br", "p"):
                while namespaces and namespaces[-1][0]:
                    namespaces.pop()
            if name in _IGNORED:
                continue
            if excess and name not in _KEPT:
                excess -= 1
                cuts.append((match.start(), match.end(), "<br>" if name in _BLOCKS else ""))
                continue
            stack.end(name)
            continue
        if foreign:
            if name in _BREAKOUT or (name == "font" and _FONT_BREAKS_OUT.search(match.group(0))):
                while namespaces and namespaces[-1][0]:
                    namespaces.pop()
                foreign = False
            elif name in _INTEGRATION[namespaces[-1][1]] and not self_closing:
                namespaces.append((False, name))
            elif self_closing:
                continue  # a foreign element may close itself: <path/>
        elif name in ("svg", "math"):
            if self_closing:
                continue
            namespaces.append((True, name))
        if not foreign:
            if name == "plaintext":
                return cuts
            if name in _RAW_TEXT:
                position = _raw_end(doc, name, match.end())
                continue
        if name in _IGNORED:
            continue
        if not foreign:
            stack.start(name)
        if len(stack) >= MAX_HTML_DEPTH and name not in _KEPT:
            excess += 1
            cuts.append((match.start(), match.end(), "<br>" if name in _BLOCKS else ""))
        else:
            stack.push(name)


_SCRIPT_STEP = re.compile(r"<!--|-->|<(/?)script(?=[\s/>])", re.IGNORECASE)


def _raw_end(doc: str, name: str, start: int) -> int:
    """Where the raw text of a ``name`` element opened before ``start`` ends (after its end tag)."""
    if name != "script":
        found = re.compile(rf"</{name}(?=[\s/>])", re.IGNORECASE).search(doc, start)
        return len(doc) if found is None else found.end()
    escaped = double = False  # inside <!-- ... -->, and inside <script> within that
    for found in _SCRIPT_STEP.finditer(doc, start):
        text = found.group(0)
        if text == "<!--":
            escaped = True
        elif text == "-->":
            escaped = double = False
        elif found.group(1):  # </script>
            if not double:
                return found.end()
            double = False
        elif escaped:  # <script> inside an escape
            double = True
    return len(doc)


# A quoted attribute value with ">" in it (a tag would then span several ">"-free pieces).
_QUOTED_GT = re.compile(r"""=\s*(?:"[^">]*>|'[^'>]*>)""")
# One attribute of a start tag, as the HTML tokenizer splits them: separators, a name (which
# may start with "="), then an optional value, quoted (to its quote) or not (to white space).
_ATTRIBUTE = re.compile(
    r"""[\s/]*([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"[^"]*(?:"|\Z)|'[^']*(?:'|\Z)|[^\s>]*))?"""
)
# A tag long enough to hold more than MAX_HTML_ATTRIBUTES attributes, up to its first ">".
_LONG_TAG = re.compile(rf"</?[A-Za-z][^>]{{{2 * MAX_HTML_ATTRIBUTES - 2}}}")
# What separates two attributes: white space, "/", or the quote that ends a value.
_ATTRIBUTE_BREAKS = (" ", "\t", "\n", "\r", "\f", "/", '"', "'")


# The same tests on a page's UTF-8 bytes, when parse_html has them (about 0.6 of the work:
# every character the tests look at is ASCII, and bytes are never fewer than characters).
_QUOTED_GT_BYTES = re.compile(_QUOTED_GT.pattern.encode())
_LONG_TAG_BYTES = re.compile(_LONG_TAG.pattern.encode())
_ATTRIBUTE_BREAK_BYTES = tuple(c.encode() for c in _ATTRIBUTE_BREAKS)


def _maybe_wide_bytes(raw: bytes) -> bool:
    """:func:`_maybe_wide` on the page's UTF-8 bytes."""
    if len(raw) < 2 * MAX_HTML_ATTRIBUTES:
        return False
    if _QUOTED_GT_BYTES.search(raw) is not None:
        return True
    for found in _LONG_TAG_BYTES.finditer(raw):
        start = found.start()
        end = raw.find(b">", start)
        end = len(raw) if end < 0 else end
        if sum(raw.count(c, start, end) for c in _ATTRIBUTE_BREAK_BYTES) >= MAX_HTML_ATTRIBUTES:
            return True
    return False


def _maybe_wide(doc: str) -> bool:
    """Whether an element of ``doc`` may have more than MAX_HTML_ATTRIBUTES attributes.

    C-speed tests that are never false for such a page: each attribute after the first takes
    at least two characters, one of them a break (:data:`_ATTRIBUTE_BREAKS`), and a tag holds
    no ">" outside a quoted value, so such a tag is a "<", a letter and a long ">"-free run,
    unless a quoted value holds a ">" (then the exact walk decides).
    """
    if len(doc) < 2 * MAX_HTML_ATTRIBUTES:
        return False
    if _QUOTED_GT.search(doc) is not None:
        return True
    for found in _LONG_TAG.finditer(doc):
        start = found.start()
        end = doc.find(">", start)
        end = len(doc) if end < 0 else end
        if sum(doc.count(c, start, end) for c in _ATTRIBUTE_BREAKS) >= MAX_HTML_ATTRIBUTES:
            return True
    return False


def _attribute_cut(
    doc: str, tag: re.Match[str], keep: int = MAX_HTML_ATTRIBUTES
) -> tuple[tuple[int, int, str] | None, int]:
    """The cut that drops the attributes of start tag ``tag`` after the first ``keep`` (None
    when it has no more), and how many it keeps."""
    start = tag.start(2) + len(tag.group(2))
    end = tag.end() - 1 if tag.group(0).endswith(">") else tag.end()
    count = 0
    for found in _ATTRIBUTE.finditer(doc, start, end):
        if count == keep:
            return (found.start(), end, ""), count
        count += 1
    return None, count


# The names HTML, SVG and MathML define (the parser knows them from the start: they never
# fill its table) and the attribute names pages use; a page may use any number of these.
_HTML_TAGS = """
    a abbr address area article aside audio b base bdi bdo blockquote body br button canvas
    caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i
    iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript
    object ol optgroup option output p param picture pre progress q rp rt ruby s samp script
    search section select slot small source span strong style sub summary sup table tbody td
    template textarea tfoot th thead time title tr track u ul var video wbr acronym applet
    basefont bgsound big blink center dir font frame frameset image isindex keygen listing
    marquee menuitem nobr noembed noframes plaintext rb rtc spacer strike tt xmp
    svg math g path rect circle ellipse line polyline polygon text tspan defs use symbol
    lineargradient radialgradient stop clippath mask pattern filter foreignobject desc
    mi mo mn ms mtext mrow mfrac msqrt msup msub annotation-xml
"""
_HTML_ATTRIBUTES = """
    accept action align alt async autocomplete autofocus autoplay border charset checked
    cite class cols colspan content contenteditable controls coords crossorigin data datetime
    decoding defer dir disabled download draggable enctype for form frameborder headers height
    hidden href hreflang http-equiv id integrity itemid itemprop itemref itemscope itemtype lang
    language loading loop max maxlength media method min multiple muted name nomodule nonce
    onclick onerror onload open pattern placeholder poster preload property readonly
    referrerpolicy rel required reversed role rows rowspan sandbox scope selected shape size
    sizes span src srcdoc srclang srcset start step style tabindex target title translate type
    usemap value width wrap xmlns xml:lang fill stroke d viewbox transform x y cx cy r rx ry
    points aria-hidden aria-label aria-labelledby aria-describedby aria-expanded
"""
_KNOWN_TAGS = frozenset(_HTML_TAGS.split())
_KNOWN_ATTRIBUTES = frozenset(_HTML_ATTRIBUTES.split())
# What separates names in markup: the HTML tokenizer's white space, "/", "=", quotes and "<".
# A page holds at most as many names (and an element as many attributes) as these bytes (a
# C-speed count). Below _WIDE_GATE of them no element can have enough attributes to slow
# the parser much (4,000 distinct ones: about 30 ms), below _NAME_GATE no page enough
# distinct names (20,000: about 250 ms); real pages of up to about 250 KB stay below it.
_SEPARATOR_BYTES = b"<=/\"' \t\n\r\f"
_WIDE_GATE = 4_000
_NAME_GATE = 20_000
# Tag names, and the rest of each tag up to ">", for an estimate of a page's distinct names
# (quoted values dropped; a quoted ">" sends the page to the exact walk).
_TAG_NAMES = re.compile(r"</?([A-Za-z][^\s/>]*)")
_TAG_RESTS = re.compile(r"</?[A-Za-z][^\s/>]*([^>]*)")
_QUOTED_VALUES = re.compile(r"""=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)""")
_NAME_TOKENS = re.compile(r"""[^\s/="']+""")
# The one name an element beyond the bound gets (an unknown element parses as any other).
_SPARE_TAG = "jm-x"


def _separators(doc: str, raw: bytes | None) -> int:
    data = raw if raw is not None else doc.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _SEPARATOR_BYTES))


def _many_names(doc: str) -> bool:
    """Whether ``doc`` may use more than MAX_HTML_NAMES names beyond HTML's: an estimate from
    C-speed passes that counts every name (and some words of scripts) at least once."""
    tags = {name.lower() for name in set(_TAG_NAMES.findall(doc))} - _KNOWN_TAGS
    if len(tags) > MAX_HTML_NAMES:
        return True
    rests = _QUOTED_VALUES.sub("=", " ".join(_TAG_RESTS.findall(doc)))
    attributes = set(_NAME_TOKENS.findall(rests))
    return len(tags) + len(attributes) > MAX_HTML_NAMES


# Option, <html> and <body> start tags, in any case (a C-speed count decides whether they are
# looked at).
_COUNTED_TAG = re.compile(r"<(?:[oO][pP][tT][iI][oO][nN]|[hH][tT][mM][lL]|[bB][oO][dD][yY])")
_COUNTED_TAG_BYTES = re.compile(_COUNTED_TAG.pattern.encode())
# <html> and <body> tags a page may repeat (a broken template) before their attributes,
# which the parser adds to the one element, are counted.
_ROOT_TAGS = 8
# Start tags that close an open <select> (as its end tag does).
_SELECT_ENDS = frozenset({"input", "keygen", "textarea"})


def _name_cuts(
    doc: str,
    tag: re.Match[str],
    seen: set[str],
    cuts: list[tuple[int, int, str]],
    end: int | None = None,
) -> int:
    """Add to ``cuts`` the attributes of ``tag`` (before ``end``, where another cut starts)
    whose names are new past MAX_HTML_NAMES; return how many."""
    start = tag.start(2) + len(tag.group(2))
    if end is None:
        end = tag.end() - 1 if tag.group(0).endswith(">") else tag.end()
    dropped = 0
    for found in _ATTRIBUTE.finditer(doc, start, end):
        name = found.group(1).lower()
        if name in _KNOWN_ATTRIBUTES or name in seen:
            continue
        if len(seen) < MAX_HTML_NAMES:
            seen.add(name)
            continue
        cuts.append((found.start(), found.end(), " "))
        dropped += 1
    return dropped


def bound_width(doc: str, raw: bytes | None = None) -> tuple[str, list[Notice]]:
    """Keep an element's first MAX_HTML_ATTRIBUTES attributes and a ``<select>``'s first
    MAX_SELECT_OPTIONS options, in linear time.

    The HTML parser compares each attribute with those of its element before it (to drop a
    repeated name; the attributes of every ``<html>`` and ``<body>`` start tag go to one
    element, so those are counted across the tags when a page has more than a few), and
    runs the selectedness rule over a select's options at each option it inserts, so its
    time grows with the square of either number: one element with 100,000
    attributes (1 MB) took about 40 s, a select with 40,000 options (360 KB) 19 s. Real pages
    have a few dozen attributes and a few hundred options at most. Pages within the bounds
    come back as they are (C-speed tests decide); comments and raw text (scripts, styles)
    are never cut. Excess options lose their start and end tags; their text stays.
    """
    separators = _separators(doc, raw)
    wide = separators > _WIDE_GATE and (_maybe_wide(doc) if raw is None else _maybe_wide_bytes(raw))
    named = separators > _NAME_GATE and (_QUOTED_GT.search(doc) is not None or _many_names(doc))
    if raw is None:
        counted = [tag[1] in "oO" for tag in _COUNTED_TAG.findall(doc)]
    else:
        counted = [tag[1] in b"oO" for tag in _COUNTED_TAG_BYTES.findall(raw)]
    options = sum(counted)
    roots = len(counted) - options > _ROOT_TAGS
    if not (wide or named or roots or options > MAX_SELECT_OPTIONS):
        return doc, []
    least = 2 * MAX_HTML_ATTRIBUTES
    attribute_cuts = option_cuts = name_cuts = 0
    tag_names: set[str] = set()  # names beyond HTML's seen so far
    attribute_names: set[str] = set()
    root_attributes = {"html": 0, "body": 0}  # attributes the parser adds to the one element
    cuts: list[tuple[int, int, str]] = []
    in_select: int | None = None  # options seen in the open <select>, None outside one
    position = 0
    while (match := _STEP.search(doc, position)) is not None:
        position = match.end()
        opener, token = match.group(1), match.group(2)
        if opener is not None:  # comments and bogus comments, as _walk skips them
            if opener == "!--":
                end = doc.find("-->", match.end())
                position = len(doc) if end < 0 else end + 3
            elif not opener.startswith("!["):
                end = doc.find(">", match.start())
                position = len(doc) if end < 0 else end + 1
            continue
        closing = token[0] == "/"
        name = (token[1:] if closing else token).lower()
        if named and name not in _KNOWN_TAGS and name not in tag_names:
            if len(tag_names) < MAX_HTML_NAMES:
                tag_names.add(name)
            else:  # the element stays, under the one spare name
                offset = match.start(2) + closing
                cuts.append((offset, offset + len(name), _SPARE_TAG))
                name_cuts += 1
        if closing:
            if name == "select":
                in_select = None
            elif name == "option" and in_select is not None and in_select > MAX_SELECT_OPTIONS:
                cuts.append((match.start(), match.end(), ""))
            continue
        if name == "option" and in_select is not None:
            in_select += 1
            if in_select > MAX_SELECT_OPTIONS:
                cuts.append((match.start(), match.end(), ""))
                option_cuts += 1
                continue
        elif name == "select":
            in_select = 0
        elif name in _SELECT_ENDS:
            in_select = None
        if roots and name in root_attributes:
            cut, kept = _attribute_cut(doc, match, MAX_HTML_ATTRIBUTES - root_attributes[name])
            root_attributes[name] += kept
        elif wide and match.end() - match.start() > least:
            cut = _attribute_cut(doc, match)[0]
        else:
            cut = None
        if named:  # the names of the attributes kept (cuts stay apart, in order)
            name_cuts += _name_cuts(
                doc, match, attribute_names, cuts, None if cut is None else cut[0]
            )
        if cut is not None:
            cuts.append(cut)
            attribute_cuts += 1
        if name in _RAW_TEXT:
            position = _raw_end(doc, name, match.end())
    if not cuts:
        return doc, []
    said = []
    if attribute_cuts:
        said.append(
            f"{attribute_cuts} tag(s) gave an element more than {MAX_HTML_ATTRIBUTES} "
            "attributes; the attributes after those were dropped"
        )
    if name_cuts:
        said.append(
            f"{name_cuts} tag or attribute name(s) past the first {MAX_HTML_NAMES} distinct "
            f"ones beyond HTML's were dropped (elements renamed {_SPARE_TAG!r})"
        )
    if option_cuts:
        said.append(
            f"{option_cuts} option(s) past the first {MAX_SELECT_OPTIONS} of a <select> were "
            "dropped (their text is kept)"
        )
    return _spliced(doc, cuts), [Notice("html-too-wide", "; ".join(said))]


def _spliced(doc: str, cuts: list[tuple[int, int, str]]) -> str:
    """``doc`` with each ``(start, end, replacement)`` of ``cuts`` (in order, apart) applied."""
    pieces = []
    start = 0
    for cut_start, cut_end, replacement in cuts:
        pieces.append(doc[start:cut_start])
        pieces.append(replacement)
        start = cut_end
    pieces.append(doc[start:])
    return "".join(pieces)


def bound_depth(doc: str) -> tuple[str, list[Notice]]:
    """Flatten element nesting deeper than MAX_HTML_DEPTH, as browsers do, in linear time.

    Start tags that would open an element deeper than the bound are dropped with as many end
    tags after them (a block element's tags become ``<br>``, so its text keeps its own line);
    their content stays, at the bound's depth. Headings and paragraphs are never dropped.
    Pages within the bound come back as they are.
    """
    if _surely_shallow(doc):
        return doc, []
    cuts = _walk(doc)
    if not cuts:
        return doc, []
    message = (
        f"elements nested deeper than {MAX_HTML_DEPTH} levels were flattened "
        f"({len(cuts)} tags dropped; their text is kept)"
    )
    return _spliced(doc, cuts), [Notice("html-too-deep", message)]


def read_page(html: str | bytes) -> tuple[str, list[Notice]]:
    """Decode a page and bound it for parsing: size limit, decoding, nesting depth.

    Raises:
        As :func:`read_source`.
    """
    doc, _, notes = read_source(html)
    return doc, notes


def read_source(html: str | bytes) -> tuple[str, str | bytes, list[Notice]]:
    """:func:`read_page`, with what to give the HTML parser: the page's own bytes when they
    are exactly the UTF-8 of the bounded text (the parser encodes a text to UTF-8 first,
    0.3-0.4 ms on a 100 KB page), else the text.

    Raises:
        InputTooLargeError: the page is longer than MAX_INPUT_CHARS characters (bytes that
            cannot decode to fewer are refused before decoding).
        TypeError: ``html`` is neither str nor bytes.
    """
    if (
        isinstance(html, (bytes, bytearray, memoryview))
        and len(html) > _MAX_BYTES_PER_CHAR * MAX_INPUT_CHARS
    ):
        raise InputTooLargeError(
            f"input has {len(html):,} bytes, more than {_MAX_BYTES_PER_CHAR} per character "
            f"for the limit of {MAX_INPUT_CHARS:,} characters"
        )
    if isinstance(html, str):
        require_text(html)
    doc, notes, exact = _decode(html, None)
    require_text(doc)
    doc, wide = bound_width(doc, exact)
    doc, deep = bound_depth(doc)
    source: str | bytes = exact if exact is not None and not deep and not wide else doc
    return doc, source, notes + wide + deep
