"""Differential check: every corpus and fuzzed input gives the same record before and after a change.

Run from the repository root (about a minute; not part of the test suite):

    python benchmarks/differential.py snapshot before.json     # on the untouched code
    ... change the code ...
    python benchmarks/differential.py snapshot after.json
    python benchmarks/differential.py compare before.json after.json   # exit 1 on any difference

A snapshot records, for every input, ``to_dict`` of the record (warnings, fields,
ignored lines, spans and evidence included) in lenient mode, and in strict mode
either the same or the error's class, message, offset, end, line and column:

* ``parse_article`` on every text of ``tests/corpus/``, ``tests/pages/`` and
  ``seeds/``, the paragraphs of ``tests/data/paragraphs.json`` and a few edge texts;
* ``parse_article`` on ``--fuzz`` mutants (5,000 by default) made with a fixed seed
  from those texts the way ``tests/test_fuzz.py`` mutates them (insertions of digits,
  separators, labels and invisible marks, deletions, duplications, line swaps,
  truncation), plus line separators of every kind;
* ``parse_html`` on every HTML page of ``tests/corpus/html/`` and ``tests/pages/``
  (needs the ``html`` extra).

Each mutant's input is stored by its SHA-256, so two snapshots made with different
mutation code are told apart instead of compared.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any

import jalali_meta as jm

ROOT = Path(__file__).resolve().parent.parent

# What a mutation inserts (as tests/test_fuzz.py): digits of three systems, separators,
# invisible marks, labels, month and weekday names, day parts, whole dates.
PIECES = [
    *"0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩:/-|•·،,.\n \u200c\u200f\u200e\xa0\ufeff\x00»>",
    "کد خبر:",
    "کد خبر ",
    "تاریخ انتشار :",
    "تاریخ انتشار ",
    "آخرین به‌روزرسانی:",
    "شماره :",
    "شماره ",
    "سرویس:",
    "نویسنده:",
    "برچسب‌ها:",
    "بهمن",
    "اسفند",
    "دلو",
    "سه شنبه",
    "ساعت",
    "ب.ظ",
    "PM",
    "1402/12/30",
    "۳۰ اسفند ۱۴۰۲",
    "۹۸/۱۱/۰۵",
    "24:00",
    "برابر با",
    "میلادی",
    "امروز",
    "سال",
    "9999",
    "  ",
    "https://www.example.ir/news/1",
]
# Every line separator the library splits at, and CR LF.
BREAKS = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
EDGE_TEXTS = [
    "",
    "\n\n\n",
    "X",
    "کد خبر:\n",
    "تاریخ انتشار :\n۱۴۰۲/۰۶/۲۸\u200f",
    "عنوان\nکد خبر: ۱۲۳ تاریخ انتشار:",
    "عنوان\n2023,1,23,9,15,03 بهمن 1401",
    "1402/06/28 1402/06/28 1402/06/28",
    "\u200c \xa0\n\t\u2028",
]


def _texts() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for folder in ("tests/corpus", "tests/pages", "seeds"):
        for path in sorted((ROOT / folder).glob("*.txt")):
            found.append((f"{folder}/{path.name}", path.read_text(encoding="utf-8")))
    paragraphs = ROOT / "tests" / "data" / "paragraphs.json"
    if paragraphs.exists():
        data = json.loads(paragraphs.read_text(encoding="utf-8"))
        items = data if isinstance(data, list) else data.get("paragraphs", [])
        for i, item in enumerate(items):
            text = item if isinstance(item, str) else item.get("text")
            if isinstance(text, str):
                found.append((f"tests/data/paragraphs.json#{i}", text))
    found.extend((f"edge#{i}", text) for i, text in enumerate(EDGE_TEXTS))
    return found


def _mutant(rng: random.Random, sources: list[str]) -> str:
    text = rng.choice(sources)
    for _ in range(rng.randint(1, 8)):
        op = rng.choice(
            ["insert", "insert", "delete", "duplicate", "swap_lines", "truncate", "breaks"]
        )
        pos = rng.randint(0, len(text))
        if op == "insert":
            text = text[:pos] + rng.choice(PIECES) + text[pos:]
        elif op == "delete":
            text = text[:pos] + text[pos + rng.randint(1, 20) :]
        elif op == "duplicate":
            text = text[:pos] + text[pos : pos + 40] * rng.randint(2, 5) + text[pos:]
        elif op == "swap_lines":
            lines = text.split("\n")
            if len(lines) > 1:
                i = rng.randint(0, len(lines) - 2)
                lines[i], lines[i + 1] = lines[i + 1], lines[i]
            text = "\n".join(lines)
        elif op == "truncate":
            text = text[: max(pos, len(text) // 3)]
        else:
            # Some line ends become another separator; a few are doubled.
            parts = text.split("\n")
            text = parts[0]
            for part in parts[1:]:
                brk = rng.choice(BREAKS) if rng.random() < 0.3 else "\n"
                text += (brk * 2 if rng.random() < 0.05 else brk) + part
    return text


def _error(err: jm.ParseError) -> dict[str, Any]:
    return {
        "error": type(err).__name__,
        "msg": err.msg,
        "offset": err.offset,
        "end": err.end,
        "line": err.line,
        "column": err.column,
    }


def _article(text: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"lenient": jm.to_dict(jm.parse_article(text))}
    try:
        strict = jm.parse_article(text, strict=True)
    except jm.ParseError as err:
        entry["strict"] = _error(err)
    else:
        entry["strict"] = "same" if jm.to_dict(strict) == entry["lenient"] else jm.to_dict(strict)
    return entry


def _html(page: bytes) -> dict[str, Any]:
    entry: dict[str, Any] = {"lenient": jm.to_dict(jm.parse_html(page))}
    try:
        strict = jm.parse_html(page, strict=True)
    except jm.ParseError as err:
        entry["strict"] = _error(err)
    else:
        entry["strict"] = "same" if jm.to_dict(strict) == entry["lenient"] else jm.to_dict(strict)
    return entry


def snapshot(out: Path, fuzz: int, seed: int) -> int:
    results: dict[str, Any] = {}
    texts = _texts()
    for key, text in texts:
        results[key] = _article(text)
    sources = [text for key, text in texts if not key.startswith(("edge", "tests/data"))]
    rng = random.Random(seed)
    for i in range(fuzz):
        text = _mutant(rng, sources)
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        results[f"fuzz#{i:05d}:{digest}"] = _article(text)
    pages = 0
    for folder in ("tests/corpus/html", "tests/pages"):
        for path in sorted((ROOT / folder).glob("*.html")):
            try:
                results[f"{folder}/{path.name}"] = _html(path.read_bytes())
            except jm.MissingExtraError:
                print("parse_html needs the html extra: pages skipped", file=sys.stderr)
                break
            pages += 1
    opener = gzip.open if out.suffix == ".gz" else open
    with opener(out, "wt", encoding="utf-8") as handle:
        json.dump(results, handle, ensure_ascii=False, sort_keys=True)
    print(f"{len(texts)} texts, {fuzz} mutants, {pages} HTML pages -> {out}")
    return 0


def _load(path: Path) -> dict[str, Any]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _diff(a: Any, b: Any, where: str, out: list[str]) -> None:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                out.append(
                    f"{where}.{key}: {a.get(key, '<missing>')!r} != {b.get(key, '<missing>')!r}"
                )
            else:
                _diff(a[key], b[key], f"{where}.{key}", out)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _diff(x, y, f"{where}[{i}]", out)
    elif a != b:
        out.append(f"{where}: {a!r} != {b!r}")


def compare(first: Path, second: Path) -> int:
    a, b = _load(first), _load(second)
    lines: list[str] = []
    for key in sorted(set(a) | set(b)):
        if key not in a or key not in b:
            lines.append(f"{key}: only in {first if key in a else second}")
            continue
        _diff(a[key], b[key], key, lines)
    for line in lines:
        print(line)
    print(f"{len(a)} / {len(b)} inputs compared, {len(lines)} differences")
    return 1 if lines else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot", help="parse every input and write the records")
    snap.add_argument("out", type=Path)
    snap.add_argument("--fuzz", type=int, default=5000, help="number of mutants (default 5000)")
    snap.add_argument("--seed", type=int, default=15, help="the mutation seed (default 15)")
    comp = sub.add_parser("compare", help="print every difference; exit 1 if any")
    comp.add_argument("first", type=Path)
    comp.add_argument("second", type=Path)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        return snapshot(args.out, args.fuzz, args.seed)
    return compare(args.first, args.second)


if __name__ == "__main__":
    sys.exit(main())
