"""Markdown page texts: the syntax blanked out, every offset kept.

Scrapers that turn a page into Markdown (html2text, markdownify, reader services) write the
headline as ``# HEADLINE``, links as ``[text](address "title")``, images as
``![alt](address)``, bold as ``**text**`` and menus as ``* [item](address)`` lists. Read as
plain text, ``# HEADLINE`` was taken as the title with its ``#`` and link lines as lines of
addresses. :func:`blank_markdown` replaces that syntax by spaces: the text keeps its length,
so every span the parser gives points into the text the caller passed, and the values are
the words the page shows. :func:`markdown_headings` gives the level-1 headings (the page's
``<h1>``), which the resolver weighs as :func:`~jalali_meta.parse_html` weighs an ``<h1>``.

Only a text that shows Markdown is touched (:func:`looks_like_markdown`): a heading line
(``#`` to ``######`` and a space), or two links or images.

A text may open with a front matter block: ``key: value`` lines between two ``---`` lines,
as Jekyll and Hugo pages and trafilatura's ``extract(..., with_metadata=True)`` write the
page's title, address, site name and a date above the text. :func:`read_front_matter`
blanks the block but for the title's words (the page's headline, which the extractor took
out of the text) and gives the title and the address. Read as plain text, every
``sitename: NAME`` or ``description: LEAD`` line was a title candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import unquote, urljoin, urlsplit

import attrs

__all__ = [
    "FrontMatter",
    "blank_markdown",
    "blank_printed_breaks",
    "home_heading_names",
    "is_home_link_line",
    "looks_like_markdown",
    "markdown_headings",
    "may_show_markdown",
    "read_front_matter",
]

# A heading line: up to three spaces, one to six «#», a space (CommonMark's ATX heading).
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(?=\S)", re.MULTILINE)
# A heading line with a word in it (a post numbered «# 183» is no heading).
_HEADING_WORDS = re.compile(r"^[ \t]*#{1,6}[ \t]+[^\n]*?[^\W\d_]", re.MULTILINE)
# Its optional closing sequence: spaces and «#» at the end of the line.
_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$", re.MULTILINE)
# An image, whole: ``![alt](address "title")`` (a page's picture: its alt text is no line of
# the page's visible text).
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
# A link: ``[text](address "title")``; the text is kept, the brackets and the address go.
_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\n]*\)")
# A reference link's label: ``[text][1]``.
_REFERENCE = re.compile(r"\[([^\[\]\n]*)\]\[[^\[\]\n]*\]")
# Strong emphasis (``**text**``, ``__text__``) and emphasis flanking a word (``_text_``,
# ``*text*``) on one line.
_STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])([^\n]*?[^\s*_])\1")
_EMPHASIS = re.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])([^\n*_]*?[^\s*_\\])\1(?![\w*])")
# An empty emphasis pair opening a line, an icon's element left by html2text before the
# words («__Дида шуд: 412»: «<i class="fa ..."></i>» in a list item, omuzgor.tj, tests/pages
# 1535; fix287): no other pair of its marks follows on the line.
_EMPTY_EMPHASIS = re.compile(r"^[ \t]*(?:__|\*\*)(?=[^\s*_])(?![^\n]*(?:__|\*\*))", re.MULTILINE)
# A list item's or a quotation's marker at the start of a line: ``* ``, ``+ ``, ``- ``, ``> ``.
_MARKER = re.compile(r"^[ \t]*(?:[*+\-][ \t]+|>[ \t]?)+", re.MULTILINE)
# A backslash escaping ASCII punctuation (``1\.``, ``\-``, ``\_``).
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
# A table's rule line (``---|---``, ``| --- | :---: |``).
_TABLE_RULE = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.MULTILINE
)
# A table's rule line with two cells or more (``|---|---|``): a Markdown table (a lone
# ``---`` line is a plain text's separator as well).
_TABLE_RULE_CELLS = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", re.MULTILINE
)
# A table row's pipes at the ends of its line.
_EDGE_PIPES = re.compile(r"^[ \t]*\|(?=[ \t])|(?<=[ \t])\|[ \t]*$|(?<=\S)\|[ \t]*$", re.MULTILINE)
# How many links, images, strong spans or table rules show Markdown when no heading does.
MIN_MARKS = 2
# A list item as html2text writes it: two spaces, a star and a space before a word
# («  * HEADLINE», an <li>). Plain page texts print bullets unindented («* بند») or as «•»;
# the items count as one mark in all, so a list alone is no Markdown (blind page 1845's
# twin: a table rule «---» and its two items are).
_INDENTED_ITEM = re.compile(r"^  \* (?=\S)", re.MULTILINE)
# A line, or a table row's first cell, that opens with a strong span (``**HEADLINE**``,
# ``| **HEADLINE** lead |``): a bold paragraph or run as Markdown writers give a page's
# <strong> headline or lead; plain text opens no line with «**word ...**».
_STRONG_LINE = re.compile(r"^[ \t]*(?:\|[ \t]*)?(\*\*|__)(?=[^\s*_])[^\n]*?[^\s*_]\1", re.MULTILINE)


# A strong span opening a line and broken by html2text's hard line breaks (two spaces ending
# a line: a <br> inside the <strong>) over at most this many lines: one bold run, a headline
# the page prints over lines («**HEADLINE  \nGOES ON  \nENDS**», tests/pages 1993's twin).
BROKEN_STRONG_LINES = 3
_BROKEN_STRONG = re.compile(
    rf"^([ \t]*)(\*\*|__)(?=[^\s*_])"
    rf"((?:[^\n*_]*?[^\s*_] {{2}}\n){{1,{BROKEN_STRONG_LINES - 1}}}[^\n*_]*?[^\s*_])\2",
    re.MULTILINE,
)


def _join_broken_strong(match: re.Match[str]) -> str:
    """A broken strong span as one line: its marks and its hard breaks' line ends blanked."""
    inner = match.group(3).replace("  \n", "   ")
    marks = " " * len(match.group(2))
    return match.group(1) + marks + inner + marks


def _has_word(text: str) -> bool:
    """Whether ``text`` holds a letter or a digit: what a strong span of Markdown marks."""
    return any(char.isalnum() for char in text)


# A heading of level 2 to 6 («### HEADLINE»): no tag line opens so (a hashtag is one «#»).
_DEEP_HEADING = re.compile(r"#{2,6}[ \t]+(?=\S)")


def _tag_tail_start(text: str) -> int:
    """Where the run of lines opening with «#» (and blank lines) that ends ``text`` begins.

    A page's closing tag lines may print a space after the «#» («# ولایت هرات», «# اداره ...»,
    an Afghan governorate's Drupal page, blind page 1407): with nothing but more tags after
    them they head nothing, so they are no Markdown headings. A line opening with two «#»
    or more and a space is a heading wherever it stands (fix229: tests/pages 1998's twin, a
    Liferay portlet's «### HEADLINE» alone): a tag is one «#» and a word.
    """
    end = len(text)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1  # the line that ends at ``end``
        line = text[start:end].strip()
        if line and (not line.startswith("#") or _DEEP_HEADING.match(line)):
            return end
        end = max(start - 1, 0)
    return 0


def may_show_markdown(text: str) -> bool:
    """Whether ``text`` holds one of the characters every Markdown mark of
    :func:`looks_like_markdown` needs: «#» of a heading, «*» or «_» of a strong span, «|» of
    a table's cells, «]» of a link or an image, «-» of a table's rule. Six one-character
    ``in`` tests: a plain page's text (the seed) holds none, and the two- and three-character
    searches («**», «](», «---») cost more than all six."""
    return "#" in text or "*" in text or "_" in text or "|" in text or "]" in text or "-" in text


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` shows Markdown: a heading line with a word, a line opening with a
    strong span (``**text**``), a table's rule line with cells (``|---|---|``), or
    :data:`MIN_MARKS` links, images, strong spans and table rules (``---|---``) in all, an
    html2text list's items (``  * item``) counting as one.

    Plain page texts print none of them: a hashtag has no space after its «#» (a page's closing
    tag lines that do, with nothing but tags after them, head nothing), a page's
    text shows a link's words, not ``](``, and a blog's banner of stars around a dot
    («***.*** ... ***.***», blind page 1129) marks no word, so it is no strong span.
    """
    if not may_show_markdown(text):
        return False
    if "#" in text and _HEADING_WORDS.search(text, 0, _tag_tail_start(text)):
        return True
    if ("**" in text or "__" in text) and (
        _STRONG_LINE.search(text) or _BROKEN_STRONG.search(text)
    ):
        return True
    if "|" in text and _TABLE_RULE_CELLS.search(text):
        return True
    found = 1 if "  * " in text and _INDENTED_ITEM.search(text) else 0
    for mark, pattern in (("](", _LINK), ("**", _STRONG), ("---", _TABLE_RULE)):
        if mark in text:
            for match in pattern.finditer(text):
                if pattern is _STRONG and not _has_word(match.group(2)):
                    continue  # a run of stars around a dot: a plain page's banner («***.***»)
                if pattern is _TABLE_RULE and _typed_rule(match.group(0)):
                    continue  # a long run of dashes alone: a plain text's separator
                found += 1
                if found >= MIN_MARKS:
                    return True
    return False


# The most dashes of a one-column table's rule line with no pipe as Markdown writers print it
# (html2text's ``---``); a longer run alone on its line is typed: a mailing list's or a
# blog's separator («-----...-----», 75 dashes, the Blogger repost of tests/pages 1867).
LONE_RULE_DASHES = 10


def _typed_rule(rule: str) -> bool:
    """Whether a table-rule-shaped line is a plain text's separator: no pipe, and more than
    :data:`LONE_RULE_DASHES` dashes."""
    return "|" not in rule and rule.count("-") > LONE_RULE_DASHES


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _keep_group(group: int) -> Callable[[re.Match[str]], str]:
    """A replacement keeping ``group`` of the match and blanking the rest."""

    def replace(match: re.Match[str]) -> str:
        start, end = match.span(group)
        whole = match.group(0)
        before = start - match.start()
        after = end - match.start()
        return " " * before + whole[before:after] + " " * (len(whole) - after)

    return replace


_KEEP_FIRST = _keep_group(1)
_KEEP_SECOND = _keep_group(2)


def _blank_tables(text: str) -> str:
    """Tables' rule lines blanked, and the cells' pipes of their rows: a row
    ``تاریخ تصویب :| 1390/10/18`` reads as its label and value on one line."""
    rules = list(_TABLE_RULE.finditer(text))
    if not rules:
        return text
    chars = list(text)
    for rule in rules:
        for at in range(rule.start(), rule.end()):
            chars[at] = " "
        # The rows: the lines with a pipe right above and below the rule line.
        for step in (-1, 1):
            at = rule.start() - 1 if step < 0 else rule.end() + 1
            while 0 <= at < len(text):
                start = text.rfind("\n", 0, at) + 1 if step < 0 else at
                end = text.find("\n", start)
                end = len(text) if end < 0 else end
                if "|" not in text[start:end] or not text[start:end].strip():
                    break
                for index in range(start, end):
                    if text[index] == "|":
                        chars[index] = " "
                # Up: the line break ending the line above (a blank line there ends the rows).
                at = start - 1 if step < 0 else end + 1
    return "".join(chars)


# A one-column table's rule line (html2text's ``---`` under a one-cell header row).
_LONE_RULE = re.compile(rf"^[ \t]*-{{3,{LONE_RULE_DASHES}}}[ \t]*$", re.MULTILINE)
# A row opening with a link (not to the home page) and going on with words after it.
_ROW_LINK = re.compile(r"[ \t]*\[[^\[\]\n]*[^\W\d_][^\[\]\n]*\]\(([^()\s]+)\)(?=[ \t]+\S)")
_HOME_ADDRESS = re.compile(r"(?:https?://[^/()\s]+)?(?:/web/guest)?/?")


def _cell_link_breaks(text: str) -> list[int]:
    """Where the rows of one-column tables break: after a link opening a body row with more
    words after it. html2text writes a table cell's blocks on one line, a blog post's
    title link, its date line and its text run together («[POST TITLE](/post/57) ساعت
    ٤:٢۰ ب.ظ روز دوشنبه ...», persianblog.ir's old table template, tests/pages 648 and 2173's
    twins, fix229): the link is a block of its own. The header row (above the rule: the
    blog's name and motto) and a link to the home page are left as written."""
    breaks: list[int] = []
    for rule in _LONE_RULE.finditer(text):
        at = rule.end() + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            row = text[at:end]
            if not row.strip() or "|" in row:
                break
            link = _ROW_LINK.match(row)
            if link is not None and not _HOME_ADDRESS.fullmatch(link.group(1)):
                breaks.append(at + link.end() - 1)  # the link's «)», blanked
            at = end + 1
    return breaks


def blank_markdown(text: str) -> str:
    """``text`` with its Markdown syntax replaced by spaces, the same length.

    List and quotation markers, headings' ``#`` marks, table rules and the pipes at a table
    row's ends, images, links' brackets and addresses (their words stay), emphasis marks and
    escaping backslashes become spaces. A strong span opening a line and broken by hard line
    breaks (:data:`BROKEN_STRONG_LINES` lines at most) is one line: its breaks become spaces.
    A link opening a one-column table's body row, words after it, ends a line: its closing
    mark becomes a line break (:func:`_cell_link_breaks`). Every other character stays in
    place.

        >>> page = "# خبر [تازه](/news/12)"
        >>> blank_markdown(page).split(), len(blank_markdown(page)) == len(page)
        (['خبر', 'تازه'], True)
    """
    breaks = _cell_link_breaks(text) if "---" in text else []
    text = _MARKER.sub(_spaces, text)  # first: «* # HEADLINE» is a heading in a list item
    text = _HEADING.sub(_spaces, text)
    text = _HEADING_CLOSE.sub(_spaces, text)
    if "-" in text:  # a rule line without pipes too: a one-column table's, a thematic break
        text = _blank_tables(text)
    text = _EDGE_PIPES.sub(_spaces, text)
    text = _IMAGE.sub(_spaces, text)
    text = _LINK.sub(_KEEP_FIRST, text)
    text = _REFERENCE.sub(_KEEP_FIRST, text)
    if "  \n" in text:
        text = _BROKEN_STRONG.sub(_join_broken_strong, text)
    text = _STRONG.sub(_KEEP_SECOND, text)
    text = _EMPHASIS.sub(_KEEP_SECOND, text)
    if "__" in text or "**" in text:
        text = _EMPTY_EMPHASIS.sub(_spaces, text)
    text = _ESCAPE.sub(" ", text)
    for at in breaks:
        text = f"{text[:at]}\n{text[at + 1 :]}"
    return text


# A line break tag printed as text inside a line, with words on both sides: a site that
# escapes the markup of its title field prints «HEADLINE (Exposure) <br>PART 3 - ...»
# (taklens.ir's article headline, where the page shows the two halves as two lines).
_PRINTED_BREAK = re.compile(r"(?<=\S)[ \t]*<br[ \t]*/?>[ \t]*(?=\S)", re.IGNORECASE)


def blank_printed_breaks(text: str) -> str:
    """``text`` with each line break tag printed inside a line (``<br>``, ``<br/>``,
    ``<br />``) replaced by spaces, the same length: the halves it sets apart are one line,
    a title field's two lines read as one title. A tag alone on its line, or a tag's name
    inside a word (``<bread>``), is left as written.

        >>> blank_printed_breaks("عکاسی (Exposure) <br>بخش 3").split()
        ['عکاسی', '(Exposure)', 'بخش', '3']
    """
    if "<" not in text:
        return text
    return _PRINTED_BREAK.sub(_spaces, text)


_H1 = re.compile(r"^[ \t]*(?:[*+\-][ \t]+)?#[ \t]+(\S[^\n]*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
# A heading that is one link to a site's home page (``# [Blog name](http://blog.example/)``,
# ``[Name](/)``): the site's name, as a logo's link is.
# (The home page as a link's target: the host or «/», or Liferay's default site «/web/guest»
# where its themes link the logo, maybe a title in quotes.)
_HOME_TARGET = r"\((?:https?://[^/()\s]+)?(?:/web/guest)?/?(?:[ \t]+\"[^\"\n]*\")?\)"
_HOME_LINK = re.compile(r"\[[^\[\]\n]*\]" + _HOME_TARGET)
# The logo's image linked to the home page (``[![NAME](/logo.png)](/ "NAME")``).
_LOGO_LINK = re.compile(r"\[!\[[^\[\]\n]*\]\([^()\s]*\)\]" + _HOME_TARGET)
# The names a home link gives the site: its text, its image's alt text, its title.
_LINK_NAMES = re.compile(r"\[([^\[\]!\n]+)\]|\"([^\"\n]+)\"")
# A line that is such a link alone (or as a heading), with a name: an extractor's copy of the
# logo's link, «[وقت نیوز](/)», whether or not the whole text reads as Markdown.
_HOME_LINK_LINE = re.compile(rf"[ \t]*(?:#+[ \t]+)?(?!\[\])(?:{_HOME_LINK.pattern})[ \t]*")


def is_home_link_line(line: str) -> bool:
    """Whether a line is one Markdown link to the site's home page (the site's name).

    >>> is_home_link_line("[وقت نیوز](/)"), is_home_link_line("[خبر](/news/12)")
    (True, False)
    """
    return "](" in line and _HOME_LINK_LINE.fullmatch(line) is not None


def markdown_headings(text: str) -> list[str]:
    """The words of the level-1 heading lines (``# HEADLINE``), syntax blanked, in order;
    a heading that is one link to the site's home page (the site's name) is left out, so is
    one whose words are a home link's on the page (the site's name printed again as a
    heading: akhbarostanha.ir's «# اخبار استان ها» under its logo's link
    «[اخبار استان ها](http://akhbarostanha.ir)», tests/pages 2123's twin; fix223), and one
    that is the site's logo linked home gives no words (see :func:`_logo_heading`).

    A page's headline is its one ``<h1>``; where several level-1 headings stand (a list's
    items, a related-news box written with ``<h1>``), the caller takes none as the
    headline.

        >>> markdown_headings("## بخش\\n# [عنوان خبر](/news/1)\\nمتن")
        ['عنوان خبر']
        >>> markdown_headings("# [دفتر سفرهای من](http://safarname.example.com/)")
        []
    """
    heads = [
        ""
        if _logo_heading(found.group(1).strip())
        else " ".join(blank_markdown(found.group(1)).split())
        for found in _H1.finditer(text)
        if not _HOME_LINK.fullmatch(found.group(1).strip())
    ]
    if not any(heads) or "](" not in text:
        return heads
    site = {" ".join(blank_markdown(link.group(0)).split()) for link in _HOME_LINK.finditer(text)}
    return [head for head in heads if not head or head not in site]


# A level-2 heading that is wholly one link (``## [POST](https://blog.example/post/47)``), and
# any level-2 heading line.
_H2_LINK = re.compile(
    r"^[ \t]*##[ \t]+\[([^\[\]\n]+)\]\((?:https?://([^/()\s]+))?(/[^()\s]*)"
    r"(?:[ \t]+\"[^\"\n]*\")?\)[ \t]*$",
    re.MULTILINE,
)
_H2 = re.compile(r"^[ \t]*##[ \t]+\S", re.MULTILINE)
_HOST = re.compile(r"\(https?://([^/()\s]+)")


def post_title_heading(text: str, url: str | None = None) -> str | None:
    """The words of a blog post's title heading under its blog's name: every level-1
    heading one link to the site's home page (``# [BLOG](https://blog.example/)``, the
    blog's name) and the page's only level-2 heading wholly one link to a page of that site
    (``## [POST](https://blog.example/post/47)``, the post's permalink: Blogfa's and
    b2evolution's templates in html2text's Markdown; fix236). A list of posts prints several
    such headings; a heading linking another host, or home, names no post; with the page's
    address ``url`` known, a heading linking any other address than it (a tag page's one
    listed post) names none either. Else None.

        >>> post_title_heading("# [وبلاگ](https://b.example/)\\n\\n## [عنوان](https://b.example/post/4)")
        'عنوان'
    """
    heads = [found.group(1).strip() for found in _H1.finditer(text)]
    if not heads or not all(_HOME_LINK.fullmatch(head) for head in heads):
        return None
    if len(_H2.findall(text)) != 1 or (post := _H2_LINK.search(text)) is None:
        return None
    if post.group(3).strip("/") in ("", "web/guest"):
        return None  # a link home
    hosts = {
        found.group(1).lower().removeprefix("www.") for found in _HOST.finditer(" ".join(heads))
    }
    if post.group(2) is not None and hosts != {post.group(2).lower().removeprefix("www.")}:
        return None
    if (
        post.group(2) is None
        and hosts
        and (not url or urlsplit(url).netloc.lower().removeprefix("www.") not in hosts)
    ):
        # (the blog's name links a host, the post a bare path: told apart only by the page's
        # own address, on that host)
        return None
    target = f"//{post.group(2)}{post.group(3)}" if post.group(2) else post.group(3)
    if url and not same_address(urljoin(url, target), url):
        return None
    words = " ".join(blank_markdown(post.group(1)).split())
    return words or None


def home_heading_names(text: str) -> tuple[str, ...]:
    """The words of the level-1 headings that are each one link to the site's home page
    (``# [BLOG](https://blog.example/)``, a blog's name in html2text's Markdown of Blogfa's
    template), when every level-1 heading is one or prints one's words again unlinked; else
    none. The site's name, never a post's title: weighed as an HTML page's links home are
    (fix244).

        >>> home_heading_names("# [وبلاگ](https://b.example/)\\n\\n## [عنوان](https://b.example/post/4)")
        ('وبلاگ',)
    """
    heads = [found.group(1).strip() for found in _H1.finditer(text)]
    words = [" ".join(blank_markdown(head).split()) for head in heads]
    linked = {name for head, name in zip(heads, words, strict=True) if _HOME_LINK.fullmatch(head)}
    # The blog's name printed again as an unlinked heading under its link (``# [BLOG](home)``
    # then ``# BLOG``, a Blogfa template's two headers in html2text's Markdown, fix253) is
    # the same name, no post's title; any other unlinked heading may be a post's.
    if not linked or not all(name in linked for name in words):
        return ()
    return tuple(name for name in dict.fromkeys(words) if name)


def same_address(one: str, other: str) -> bool:
    """Whether two absolute addresses name the same page: host without «www.» and case,
    path percent-decoded without its closing slash, query alike; scheme and fragment aside."""
    try:
        return _address_key(one) == _address_key(other)
    except ValueError:
        return False


def _address_key(url: str) -> tuple[str, str, str]:
    parts = urlsplit(url)
    return parts.netloc.lower().removeprefix("www."), unquote(parts.path).rstrip("/"), parts.query


def _logo_heading(content: str) -> bool:
    """Whether a heading's content is the site's logo: its image linked to the home page,
    alone or followed by the name the link gives (``[![NAME](/logo.png)](/ "NAME")NAME``,
    a Liferay theme's <h1 class="site-title">). Its words name the site, never the page:
    the heading is kept empty, as the image alone blanks to nothing, so that it still
    counts among the page's level-1 headings (a theme that prints the site's name in an
    <h1> may print its portlet's in another)."""
    link = _LOGO_LINK.match(content)
    if link is None:
        return False
    rest = " ".join(blank_markdown(content[link.end() :]).split())
    if not rest:
        return True
    names = {" ".join(name.split()) for pair in _LINK_NAMES.findall(link.group(0)) for name in pair}
    return rest in names


# A front matter block: a «---» line, ``key: value`` lines (ASCII keys, as YAML writes them;
# a value may go on in indented or «- item» lines), a closing «---» (or YAML's «...») line.
_FRONT_MATTER = re.compile(
    r"""
    \A[ \t]*---[ \t]*\r?\n                                     # the opening line
    (?P<body>
      (?:[A-Za-z_][A-Za-z0-9_-]*[ \t]*:(?:[ \t][^\n]*)?\r?\n  # key: value
         (?:[ \t]+[^\n]*\r?\n)*                             # its indented lines
      ){1,60}
    )
    [ \t]*(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)                      # the closing line
    """,
    re.VERBOSE,
)
# One key and its value on its line.
_FRONT_FIELD = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]*([^\n]*?)[ \t]*\r?$", re.M)
# The keys whose values the reader gives (the rest is blanked unread: a date in it is the
# extractor's guess, often the day of a banner or of the server's clock, and never read).
_TITLE_KEYS = ("title",)
_URL_KEYS = ("url", "canonical", "link")
_SITE_KEYS = ("sitename", "site_name", "site")
# A separator between a title's headline and the site's name («HEADLINE – SITE»).
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:»«]\s+")


@attrs.frozen
class FrontMatter:
    """A text's front matter block, read.

    Attributes:
        blanked: The text with the block replaced by spaces (line breaks kept), but for
            the title's words, which stay in place: the page's headline as a line.
        title: The title's value (YAML quoting undone), or None.
        url: The page's address it gives (``url:``), or None.
        end: Where the block ends in the text (after its closing line).
    """

    blanked: str
    title: str | None
    url: str | None
    end: int


def _unquoted(value: str) -> tuple[str, list[int]]:
    """A YAML scalar's value, and the offsets (in ``value``) of its quoting characters.

    ``"text \\"quoted\\" text"`` reads «text "quoted" text»: the outer quotes and the escaping
    backslashes are syntax; a single-quoted scalar doubles its quotes («''» reads «'»).
    """
    if len(value) >= 2 and value[0] == value[-1] == '"':
        syntax, chars, at = [0, len(value) - 1], [], 1
        while at < len(value) - 1:
            if value[at] == "\\" and at + 1 < len(value) - 1:
                syntax.append(at)
                at += 1
            chars.append(value[at])
            at += 1
        return "".join(chars), syntax
    if len(value) >= 2 and value[0] == value[-1] == "'":
        syntax, chars, at = [0, len(value) - 1], [], 1
        while at < len(value) - 1:
            if value[at] == "'" and value[at + 1] == "'":
                syntax.append(at)
                at += 1
            chars.append(value[at])
            at += 1
        return "".join(chars), syntax
    return value, []


def read_front_matter(text: str) -> FrontMatter | None:
    """The front matter block ``text`` opens with, read; None when it opens with none.

    Every line between the two ``---`` lines must be a ``key: value`` line (ASCII key) or
    one of its value's indented lines: a text that opens with a rule line and prose is
    no front matter.

        >>> page = "---\\ntitle: \'افزایش صادرات زعفران\'\\nsitename: ایسنا\\n---\\nمتن خبر."
        >>> matter = read_front_matter(page)
        >>> matter.title, matter.blanked.split(), len(matter.blanked) == len(page)
        ('افزایش صادرات زعفران', ['افزایش', 'صادرات', 'زعفران', 'متن', 'خبر.'], True)
        >>> read_front_matter("---\\nعنوان خبر\\n---\\nمتن") is None
        True
    """
    if not text.lstrip(" \t").startswith("---"):
        return None
    block = _FRONT_MATTER.match(text)
    if block is None:
        return None
    chars = [ch if ch in "\r\n" else " " for ch in text[: block.end()]]
    fields = list(_FRONT_FIELD.finditer(text, block.start("body"), block.end("body")))
    site = next((_unquoted(f.group(2))[0] for f in fields if f.group(1).lower() in _SITE_KEYS), "")
    title = url = None
    for field in fields:
        key, raw = field.group(1).lower(), field.group(2)
        value, syntax = _unquoted(raw)
        if key in _TITLE_KEYS and title is None and value.strip():
            # The title's words stay in place, its quoting and the site's name are blanked.
            start, end = _without_site(raw, site)
            kept = [at for at in range(start, end) if at not in set(syntax)]
            for at in kept:
                chars[field.start(2) + at] = raw[at]
            title = " ".join("".join(raw[at] for at in kept).split())
        elif key in _URL_KEYS and url is None and value.startswith(("http://", "https://")):
            url = value.split()[0]
    return FrontMatter("".join(chars) + text[block.end() :], title, url, block.end())


def _without_site(raw: str, site: str) -> tuple[int, int]:
    """The part of a title's value (``raw``, quoted or not) that is not the site's name printed
    first or last beside a separator («HEADLINE – SITE»), as ``(start, end)`` in ``raw``.

    An extractor takes a page's title from its <title> when no headline source names it,
    with the site's name; a name that is a host name (``isna.ir``: the extractor did not
    know the name) cuts nothing.
    """
    start, end = 0, len(raw)
    if raw[:1] in ("'", '"') and len(raw) >= 2 and raw[-1] == raw[0]:
        start, end = 1, len(raw) - 1
    name = "".join(site.split())
    if not name or "." in name:
        return start, end
    pieces = list(_TITLE_SEPARATOR.finditer(raw, start, end))
    if pieces and "".join(raw[pieces[-1].end() : end].split()) == name:
        return start, pieces[-1].start()
    if pieces and "".join(raw[start : pieces[0].start()].split()) == name:
        return pieces[0].end(), end
    return start, end
