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
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["blank_markdown", "looks_like_markdown", "markdown_headings"]

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
# A list item's or a quotation's marker at the start of a line: ``* ``, ``+ ``, ``- ``, ``> ``.
_MARKER = re.compile(r"^[ \t]*(?:[*+\-][ \t]+|>[ \t]?)+", re.MULTILINE)
# A backslash escaping ASCII punctuation (``1\.``, ``\-``, ``\_``).
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
# A table's rule line (``---|---``, ``| --- | :---: |``).
_TABLE_RULE = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.MULTILINE
)
# A table row's pipes at the ends of its line.
_EDGE_PIPES = re.compile(r"^[ \t]*\|(?=[ \t])|(?<=[ \t])\|[ \t]*$|(?<=\S)\|[ \t]*$", re.MULTILINE)
# How many links, images, strong spans or table rules show Markdown when no heading does.
MIN_MARKS = 2


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` shows Markdown: a heading line with a word, or :data:`MIN_MARKS`
    links, images, strong spans (``**text**``) and table rules (``---|---``) in all.

    Plain page texts print none of them: a hashtag has no space after its «#», and a page's
    text shows a link's words, not ``](``.
    """
    if "#" in text and _HEADING_WORDS.search(text):
        return True
    found = 0
    for mark, pattern in (("](", _LINK), ("**", _STRONG), ("---", _TABLE_RULE)):
        if mark in text:
            for _ in pattern.finditer(text):
                found += 1
                if found >= MIN_MARKS:
                    return True
    return False


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


def blank_markdown(text: str) -> str:
    """``text`` with its Markdown syntax replaced by spaces, the same length.

    List and quotation markers, headings' ``#`` marks, table rules and the pipes at a table
    row's ends, images, links' brackets and addresses (their words stay), emphasis marks and
    escaping backslashes become spaces.

        >>> page = "# خبر [تازه](/news/12)"
        >>> blank_markdown(page).split(), len(blank_markdown(page)) == len(page)
        (['خبر', 'تازه'], True)
    """
    text = _MARKER.sub(_spaces, text)  # first: «* # HEADLINE» is a heading in a list item
    text = _HEADING.sub(_spaces, text)
    text = _HEADING_CLOSE.sub(_spaces, text)
    if "-" in text:  # a rule line without pipes too: a one-column table's, a thematic break
        text = _blank_tables(text)
    text = _EDGE_PIPES.sub(_spaces, text)
    text = _IMAGE.sub(_spaces, text)
    text = _LINK.sub(_KEEP_FIRST, text)
    text = _REFERENCE.sub(_KEEP_FIRST, text)
    text = _STRONG.sub(_KEEP_SECOND, text)
    text = _EMPHASIS.sub(_KEEP_SECOND, text)
    return _ESCAPE.sub(" ", text)


_H1 = re.compile(r"^[ \t]*(?:[*+\-][ \t]+)?#[ \t]+(\S[^\n]*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
# A heading that is one link to a site's home page (``# [Blog name](http://blog.example/)``,
# ``[Name](/)``): the site's name, as a logo's link is.
_HOME_LINK = re.compile(r"\[[^\[\]\n]*\]\((?:https?://[^/()\s]+)?/?(?:[ \t]+\"[^\"\n]*\")?\)")


def markdown_headings(text: str) -> list[str]:
    """The words of the level-1 heading lines (``# HEADLINE``), syntax blanked, in order;
    a heading that is one link to the site's home page (the site's name) is left out.

    A page's headline is its one ``<h1>``; where several level-1 headings stand (a list's
    items, a related-news box written with ``<h1>``), the caller takes none as the
    headline.

        >>> markdown_headings("## بخش\\n# [عنوان خبر](/news/1)\\nمتن")
        ['عنوان خبر']
        >>> markdown_headings("# [دفتر سفرهای من](http://safarname.example.com/)")
        []
    """
    return [
        " ".join(blank_markdown(found.group(1)).split())
        for found in _H1.finditer(text)
        if not _HOME_LINK.fullmatch(found.group(1).strip())
    ]
