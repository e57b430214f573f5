"""The exception tree of jalali-meta.

::

    Exception
     └── JalaliMetaError            every error this library raises on purpose
          ├── ParseError (+ValueError)  text that cannot be read; knows line, column, offset
          │    ├── DateError            a date or time that is malformed, invalid or out of range
          │    ├── InputTooLargeError   input longer than MAX_INPUT_CHARS
          │    └── ConflictError        strict mode: two sources disagree and a rule had to pick
          └── MissingExtraError (+ImportError)  an optional extra (``jalali-meta[html]``) is absent

``ParseError`` subclasses ``ValueError`` so that code already written as
``except ValueError`` keeps working, as with ``dateutil``'s ``ParserError``.
Wrong argument *types* (bytes where text is expected) raise the built-in
``TypeError``: that is a programming error, not bad input.
"""

from __future__ import annotations

__all__ = [
    "ConflictError",
    "DateError",
    "InputTooLargeError",
    "JalaliMetaError",
    "MissingExtraError",
    "ParseError",
    "Positions",
    "position",
]

import bisect
import re


def position(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based (line, column) of ``offset`` in ``text``.

    Args:
        text: The whole input that the offset points into.
        offset: A 0-based character offset; clamped into ``[0, len(text)]``.

    Returns:
        The line and column, both counted from 1; columns count characters.
    """
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    line_start = text.rfind("\n", 0, offset) + 1
    return line, offset - line_start + 1


class Positions:
    """:func:`position` of many offsets into one text, linear in all: the first
    :data:`POSITION_SCANS` offsets are counted as :func:`position` counts them (a text with
    a few warnings pays nothing more), later ones are found by a bisect on the text's line
    ends, listed once (a long page of dated footer lines, one warning a line, counted
    every line's newlines from the text's start: quadratic, speed61)."""

    __slots__ = ("_newlines", "_scans", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._scans = 0
        self._newlines: list[int] | None = None

    def __call__(self, offset: int) -> tuple[int, int]:
        newlines = self._newlines
        if newlines is None:
            if self._scans < POSITION_SCANS:
                self._scans += 1
                return position(self._text, offset)
            newlines = self._newlines = [m.start() for m in _NEWLINE.finditer(self._text)]
        offset = max(0, min(offset, len(self._text)))
        before = bisect.bisect_left(newlines, offset)  # the newlines before ``offset``
        line_start = newlines[before - 1] + 1 if before else 0
        return before + 1, offset - line_start + 1


# The offsets Positions counts as position() does before it lists the text's line ends.
POSITION_SCANS = 32
_NEWLINE = re.compile("\n")


class JalaliMetaError(Exception):
    """Base class of every error jalali-meta raises on purpose."""


class ParseError(JalaliMetaError, ValueError):
    """Input text that cannot be read, with the place where reading failed.

    Attributes:
        msg: What went wrong, without the position.
        offset: 0-based character offset of the offending text in ``doc``.
        end: 0-based end offset (exclusive) of the offending text.
        line: 1-based line of ``offset``.
        column: 1-based column of ``offset``.
        fragment: The offending text itself (``doc[offset:end]``), shortened to 80 characters.
    """

    def __init__(self, msg: str, doc: str = "", offset: int = 0, end: int | None = None) -> None:
        # The input itself is not kept: errors from a 10 MB document stay small to pickle.
        self.msg = msg
        self.offset = max(0, min(offset, len(doc)))
        self.end = self.offset if end is None else max(self.offset, min(end, len(doc)))
        self.line, self.column = position(doc, self.offset)
        fragment = doc[self.offset : self.end]
        self.fragment = fragment if len(fragment) <= 80 else fragment[:77] + "..."
        super().__init__(self._render())

    def _render(self) -> str:
        shown = f" in {self.fragment!r}" if self.fragment else ""
        return f"{self.msg}{shown} (at line {self.line}, column {self.column})"

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # Errors cross process boundaries in parse_many(workers>1); keep them picklable.
        state = (self.msg, self.offset, self.end, self.line, self.column, self.fragment)
        return (_rebuild, (type(self), state))


def _rebuild(cls: type[ParseError], state: tuple[str, int, int, int, int, str]) -> ParseError:
    error = cls.__new__(cls)
    error.msg, error.offset, error.end, error.line, error.column, error.fragment = state
    Exception.__init__(error, error._render())
    return error


class DateError(ParseError):
    """A date or time that is malformed, does not exist in its calendar, or is out of range."""


class InputTooLargeError(ParseError):
    """The input is longer than the documented maximum (``jalali_meta.MAX_INPUT_CHARS``)."""


class ConflictError(ParseError):
    """Strict mode only: two candidates for one field disagree and a rule had to choose."""


class MissingExtraError(JalaliMetaError, ImportError):
    """An optional extra is needed: the message names the ``pip install`` that provides it."""
