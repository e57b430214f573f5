"""Hand-written mutants of fix64, fix65 and the lead's fixes merged since mut18: each must
make a test fail.

The rules merged after the eighteenth round: fix64 (``_excerpt_then_items``, a month
archive's first post over its subtitle; ``_QUOTATION_LINE``, a speaker's quoted headline in
spaced guillemets; ``_print_link``, fix59's print link inside a toolbar of buttons, with its
cheap «چاپ»/«print» test first), fix65 (Joomla's automatic alias
``<id>-YYYY-MM-DD-HH-MM-SS`` ending the address as the published day, only before 19:30,
only when the page prints no date, warned ``published-from-url``: ``url_alias_day`` and its
branch of ``_url_candidates``), the lead's ``_bulleted_item`` guard (a colon line ending the
text, aaa6904) and ``_one_id_value`` (one numeric value of a query field: Moodle's ``d``,
vBulletin's ``t``, the portal's ``slct_pg_id``; 2df8fe1).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``, then, if none failed, tests/test_pages.py on the pages these
rules were made for (``-k`` :data:`PAGES`). Run from the repository root::

    python benchmarks/hand_mutants_19.py            # "N/38 killed"
    python benchmarks/hand_mutants_19.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The nineteenth round: fix64, fix65 under mutation", gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, S = "_article.py", "_sources.py"
# (module, text in the source, what the mutant puts in its place); each text occurs once.
MUTANTS = [
    # -- fix64: a month archive's first post over its subtitle ------------------------------------
    (
        A,
        "        and not lines[excerpt].paragraph\n    ):\n        excerpt += 1",
        "        and lines[excerpt].paragraph\n    ):\n        excerpt += 1",
    ),  # 0
    (
        A,
        "        excerpt += 1  # the post's subtitle or byline between its headline and its excerpt",
        "        excerpt += 2  # the post's subtitle or byline between its headline and its excerpt",
    ),  # 1
    (
        A,
        "    if not (excerpt < len(lines) and lines[excerpt].paragraph):\n        return False\n"
        "    if _items_below",
        "    if not excerpt < len(lines):\n        return False\n    if _items_below",
    ),  # 2
    (
        A,
        "    if _items_below(lines, excerpt + 1):\n        return True",
        "    if _items_below(lines, excerpt + 2):\n        return True",
    ),  # 3
    (
        A,
        "    excerpt = title + 1\n    while (\n",
        "    excerpt = title + 1\n    return False\n    while (\n",
    ),  # 4
    (
        A,
        "        excerpt + 1 < len(lines)\n        and excerpt - title",
        "        excerpt < len(lines)\n        and excerpt - title",
    ),  # 5
    # -- fix64: the quoted headline in spaced guillemets ------------------------------------------
    (
        A,
        r"«[^«»]+[^«».!؟?…:؛،\s]\x20*»",
        r"«[^«»]+[^«».!؟?…:؛،\s]»",
    ),  # 6
    (
        A,
        r"«[^«»]+[^«».!؟?…:؛،\s]\x20*»",
        r"«[^«»]+[^«»!؟?…:؛،\s]\x20*»",
    ),  # 7
    (
        A,
        r"(?:[^\s:«»]+(?:\x20[^\s:«»]+){0,2}\x20?:\x20*)?«",
        r"(?:[^\s:«»]+(?:\x20[^\s:«»]+){0,1}\x20?:\x20*)?«",
    ),  # 8
    # -- fix64: the print link in a toolbar of buttons --------------------------------------------
    (
        A,
        "    if line.words <= 3:\n        return _squash(",
        "    if line.words < 3:\n        return _squash(",
    ),  # 9
    (
        A,
        '        ("چاپ" in line.text or "rint" in line.text)\n',
        '        "چاپ" in line.text\n',
    ),  # 10
    (A, '        ("چاپ" in line.text or "rint" in line.text)\n', "        True\n"),  # 11
    (A, '        and line.info.reason == "page chrome"\n', "\n"),  # 12
    (
        A,
        "        and any(_squash(part).lower() in _PRINT_LINKS for part in _TOOL_SEPARATOR",
        "        and all(_squash(part).lower() in _PRINT_LINKS for part in _TOOL_SEPARATOR",
    ),  # 13
    (
        A,
        r'_TOOL_SEPARATOR = regex.compile(r"\x20*[|•·/]\x20*|\x20-\x20")',
        r'_TOOL_SEPARATOR = regex.compile(r"\x20*[|•·]\x20*|\x20-\x20")',
    ),  # 14
    (
        A,
        r'_TOOL_SEPARATOR = regex.compile(r"\x20*[|•·/]\x20*|\x20-\x20")',
        r'_TOOL_SEPARATOR = regex.compile(r"\x20*[|•·/-]\x20*")',
    ),  # 15
    (
        A,
        r'_TOOL_SEPARATOR = regex.compile(r"\x20*[|•·/]\x20*|\x20-\x20")',
        r'_TOOL_SEPARATOR = regex.compile(r"\x20*[|•·/]\x20*")',
    ),  # 16
    (
        A,
        "    link, date = lines[index + 1], lines[index + 2]\n    if not _print_link(link):",
        "    link, date = lines[index + 1], lines[index + 2]\n    if not _print_link(link) or link.words > 3:",
    ),  # 17
    # -- fix65: Joomla's automatic alias as the published day -------------------------------------
    (
        S,
        "    if (int(hour), int(minute)) >= (19, 30):",
        "    if (int(hour), int(minute)) >= (19, 29):",
    ),  # 18
    (
        S,
        "    if (int(hour), int(minute)) >= (19, 30):",
        "    if (int(hour), int(minute)) >= (19, 31):",
    ),  # 19
    (
        S,
        "    if (int(hour), int(minute)) >= (19, 30):",
        "    if (int(hour), int(minute)) > (19, 30):",
    ),  # 20
    (S, "    if (int(hour), int(minute)) >= (19, 30):", "    if int(hour) >= 20:"),  # 21
    (
        S,
        "    if stamp is None or stamp.isoformat()[:10] > datetime.now(timezone.utc)",
        "    if stamp is None or stamp.isoformat()[:10] >= datetime.now(timezone.utc)",
    ),  # 22
    (
        S,
        "    if stamp is None or stamp.isoformat()[:10] > datetime.now(timezone.utc).date().isoformat():",
        "    if stamp is None:",
    ),  # 23
    (S, '    r"[0-9]+-((?:19|20)[0-9]{2})-', '    r"(?:[0-9]+-)?((?:19|20)[0-9]{2})-'),  # 24
    (
        S,
        "    found = _URL_JOOMLA_ALIAS.fullmatch(segments[-1])",
        "    found = _URL_JOOMLA_ALIAS.search(segments[-1])",
    ),  # 25
    (
        S,
        '    stamp = _machine_date(f"{year}-{month}-{day}")',
        '    stamp = _machine_date(f"{year}-{month}-{day}T{hour}:{minute}")',
    ),  # 26
    (
        A,
        "    elif not listed and (dated := url_alias_day(url)) is not None and _prints_no_date(state):",
        "    elif not listed and (dated := url_alias_day(url)) is not None:",
    ),  # 27
    (
        A,
        "    elif not listed and (dated := url_alias_day(url)) is not None and _prints_no_date(state):",
        "    elif (dated := url_alias_day(url)) is not None and _prints_no_date(state):",
    ),  # 28
    (
        A,
        "    elif not listed and (dated := url_alias_day(url)) is not None and _prints_no_date(state):",
        "    elif False:",
    ),  # 29
    # -- aaa6904: a colon line ending the text ----------------------------------------------------
    (
        A,
        "    if not 0 <= index < len(lines):\n        return False\n    return _BULLET",
        "    return _BULLET",
    ),  # 30
    (
        A,
        "    if not 0 <= index < len(lines):\n        return False\n    return _BULLET",
        "    if not 0 <= index <= len(lines):\n        return False\n    return _BULLET",
    ),  # 31
    # -- 2df8fe1: one numeric value of a query field ----------------------------------------------
    (
        S,
        "    if len(values) != 1:\n        return None\n    value = values.pop()",
        "    if not values:\n        return None\n    value = values.pop()",
    ),  # 32
    (
        S,
        '    if value.isascii() and value.isdigit() and not value.startswith("0"):\n        return value if len(value) <= _URL_ID_MAX',
        "    if value.isascii() and value.isdigit():\n        return value if len(value) <= _URL_ID_MAX",
    ),  # 33
    (
        S,
        '    if value.isascii() and value.isdigit() and not value.startswith("0"):\n        return value if len(value) <= _URL_ID_MAX',
        '    if value.isdigit() and not value.startswith("0"):\n        return value if len(value) <= _URL_ID_MAX',
    ),  # 34
    (
        S,
        "        return value if len(value) <= _URL_ID_MAX else None\n    return None\n\n\ndef _radio",
        "        return value if len(value) < _URL_ID_MAX else None\n    return None\n\n\ndef _radio",
    ),  # 35
    (
        S,
        "    values = {v.strip() for k, v in query if k.strip().lower() == key}",
        "    values = {v.strip() for k, v in query if k.strip() == key}",
    ),  # 36
    # -- round 19's own change: the excerpt under a subtitle and a byline ---------------------
    (A, "EXCERPT_UNDER_LINES = 2", "EXCERPT_UNDER_LINES = 1"),  # 37
]
# The first run (20/37 killed) left 17 survivors (docs/reliability.md, "The nineteenth
# round"): 10 new tests and a case (21 cases) in tests/test_fix60.py, test_fix64.py, test_fix65.py kill 7,
# 9, 12, 16, 22, 24, 25, 27, 28, 34, 35; mutant 2 showed a gap, fixed in src (a month
# archive's first post over its subtitle and byline: the loop over EXCERPT_UNDER_LINES lines;
# 0, 1, 4, 5 re-targeted at it, 37 added).
# Equivalent: 5 (the loop stepping onto the last line, no paragraph, ends False either way),
# 10 and 11 (the toolbar test runs only on a line the header calls page chrome, made of
# vocab.UI_WORDS buttons; the Latin PRINT_LINKS entries are no such buttons, so a line holding
# them is text («Print version | Share», «PRINT VERSION | EMAIL»), and every Persian entry
# holds «چاپ»: the prefilter is a cost shortcut that decides nothing).
# Left alive: 2 (past the bound: three lines that are no paragraph under the first headline,
# then items, are doubted by the mutant and not on main; the bound of two, a subtitle and a
# byline, is a choice), 15 (a hyphen glued between two Persian buttons, «نسخه قابل
# چاپ-ارسال به دوستان», page chrome to the header, splits the toolbar under the mutant and
# gives the headline; main keeps the kicked line as with no link; no page printing it was
# found), 36 (a query key in capitals, «?T=5»: PHP reads keys case-sensitively, so whether it
# is the thread is unclear; the fold is the three former copies').
TESTS = [
    "tests/test_fix64.py",
    "tests/test_fix65.py",
    # The fuzz file's property with its pinned @example (aaa6904), not its other properties:
    # a random example they find elsewhere (the HTML depth walker's) would kill every mutant.
    "tests/adversarial/test_fuzz_html.py::test_lenient_never_raises_on_text_pages",
    # fix64's _print_link took over fix59's check, and its month archive rule is fix60's.
    "tests/test_fix59.py",
    "tests/test_fix60.py",
    # _one_id_value's callers: vBulletin's t (fix33, fix50), Moodle's d (fix44).
    "tests/test_fix33.py",
    "tests/test_fix44.py",
    "tests/test_fix50.py",
]
# The pages of tests/pages these rules were made for: fix65's Joomla aliases (104, 346, 526,
# 825, 833, 948, 1133, 1134) and fix64's print link under the headline (021, 822).
PAGES = [
    "tests/test_pages.py",
    "-k",
    " or ".join(f"{number:03d}_" for number in (21, 104, 346, 526, 822, 825, 833, 948, 1133, 1134)),
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args, fallback=PAGES)


if __name__ == "__main__":
    sys.exit(main())
