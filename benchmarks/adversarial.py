"""Time growth on pathological inputs: t(2n) / t(n) for each shape and entry point.

Run from the repository root:

    python -m pip install -e .
    python benchmarks/adversarial.py            # n = 1 MB of text per shape
    python benchmarks/adversarial.py --size 10  # n = 10 MB (slow)
    python benchmarks/adversarial.py --html --size 0.25   # parse_html on hostile HTML shapes

A ratio near 2 is linear growth; catastrophic backtracking would show as 4 or
far more. Each figure is the best of three runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

import jalali_meta as jm

SEED_HEADER = "عنوان خبر\nشماره :\n43222\nآخرین به روزرسانی :\nسه شنبه 1402/06/28 ساعت 16:42\n"

# name -> a function making about n characters of the shape
SHAPES: dict[str, Callable[[int], str]] = {
    "digit run": lambda n: "1" * n,
    "Persian digit run": lambda n: "۱" * n,
    "slashes and digits": lambda n: ("1402/" * (n // 5 + 1))[:n],
    "separators": lambda n: ("/-.:|،, " * (n // 8 + 1))[:n],
    "repeated month": lambda n: ("بهمن " * (n // 5 + 1))[:n],
    "repeated weekday": lambda n: ("سه شنبه " * (n // 8 + 1))[:n],
    "repeated label": lambda n: ("کد خبر: تاریخ انتشار : " * (n // 23 + 1))[:n],
    "no-break spaces": lambda n: "\xa0" * n,
    "ZWNJ run": lambda n: "\u200c" * n,
    "year then spaces": lambda n: ("۱۴۰۲" + " " * 300) * (n // 304 + 1),
    # Issue 14, class 27: «ساعت», a long run of spaces, then a number (and a year to try).
    "ساعت then spaces": lambda n: ("ساعت" + " " * 200 + "۱۲ ۱۴۰۲ ") * (n // 214 + 1),
    "ساعت then ZWNJs": lambda n: ("ساعت" + "\u200c" * 200 + "۱۲:۳۰ ۱۴۰۲ ") * (n // 217 + 1),
    "many dates": lambda n: ("۳ بهمن ۱۴۰۱ - ۰۹:۱۵ و " * (n // 22 + 1))[:n],
    "seed header + long body": lambda n: (
        SEED_HEADER + ("متن خبر در یک پاراگراف.\n" * (n // 24 + 1))
    ),
}

# HTML shapes (``--html``): each about n characters, parsed by parse_html. The first nine made
# the HTML parser's time grow with the square of n (or faster) before the bounds of docs/html.md
# ("Limits on hostile pages"); the rest are checks that stayed linear (seventh round of
# attacks, docs/reliability.md).
_ARTICLE = "<h1>عنوان خبر</h1><div>کد خبر: ۱۲۳۴ | ۳ بهمن ۱۴۰۱ - ۰۹:۱۵</div><p>متن خبر.</p>"


def _page(middle: str) -> str:
    return f"<html><body>{middle}{_ARTICLE}</body></html>"


HTML_SHAPES: dict[str, Callable[[int], str]] = {
    "one element's attributes": lambda n: _page(
        "<div " + " ".join(f"a{i}" for i in range(n // 7)) + ">x</div>"
    ),
    "attributes with quoted >": lambda n: _page(
        "<div " + " ".join(f'a{i}=">"' for i in range(n // 11)) + ">x</div>"
    ),
    "repeated <body> tags": lambda n: _page("".join(f"<body a{i}>" for i in range(n // 13))),
    "repeated <html> tags": lambda n: _page("".join(f"<html a{i}>" for i in range(n // 13))),
    "select options": lambda n: _page("<select>" + "<option>x" * (n // 9) + "</select>"),
    "distinct tag names": lambda n: _page("".join(f"<x{i}>y</x{i}>" for i in range(n // 14))),
    "distinct end tags alone": lambda n: _page("".join(f"</x{i}>" for i in range(n // 7))),
    "distinct attribute names": lambda n: _page(
        "".join(f'<p a{i}="1">y</p>' for i in range(n // 18))
    ),
    "nested <div>": lambda n: _page("<div>" * (n // 5)),
    "paragraphs": lambda n: _page("<p>x</p>" * (n // 8)),
    "formatting then blocks": lambda n: _page(
        "".join(f"<b a={i}>" for i in range(400)) + "<p>x</p>" * (n // 8)
    ),
    "table foster parenting": lambda n: _page("<table>" + "<p>x</p>" * (n // 8) + "</table>"),
    "<li> unclosed": lambda n: _page("<li>x" * (n // 5)),
}

ENTRY_POINTS: dict[str, Callable[[str], object]] = {
    "parse_article": jm.parse_article,
    "find_dates": jm.find_dates,
}


def _best(func: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - start)
    return best


def _parse_datetime_or_error(text: str) -> object:
    try:
        return jm.parse_datetime(text)
    except jm.DateError as err:
        return err


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=1.0, help="n in megabytes (default 1)")
    parser.add_argument(
        "--html", action="store_true", help="parse_html on the HTML shapes (needs the html extra)"
    )
    args = parser.parse_args(argv)
    n = int(args.size * 1_000_000)
    if args.html:
        return _html(n)
    entry = dict(ENTRY_POINTS, parse_datetime=_parse_datetime_or_error)
    print(f"n = {n:,} characters; cells: t(n) in ms, then t(2n) / t(n)\n")
    print("| shape | " + " | ".join(entry) + " |")
    print("| --- |" + " --- |" * len(entry))
    for name, make in SHAPES.items():
        small, large = make(n), make(2 * n)
        cells = []
        for func in entry.values():
            t1 = _best(func, small)
            t2 = _best(func, large)
            cells.append(f"{t1 * 1000:,.1f} ms, x{t2 / t1:.2f}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


def _html(n: int) -> int:
    jm.parse_html(_page(""))  # compile the patterns before timing
    print(f"n = {n:,} characters; cells: t(n) in ms, then t(2n) / t(n)\n")
    print("| shape | parse_html | warnings |")
    print("| --- | --- | --- |")
    for name, make in HTML_SHAPES.items():
        small, large = make(n), make(2 * n)
        t1 = _best(jm.parse_html, small)
        t2 = _best(jm.parse_html, large)
        codes = ", ".join(w.code for w in jm.parse_html(small).warnings) or "-"
        print(f"| {name} | {t1 * 1000:,.1f} ms, x{t2 / t1:.2f} | {codes} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
