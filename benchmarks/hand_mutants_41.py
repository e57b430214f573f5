"""Hand-written mutants of fix192, fix193 and the lead's mends, the rules with no mutation
round yet.

fix192 (a year-and-issue line in cardinal words, ``_chrome._VOLUME_ISSUE_LINE``, and the date
over it, ``_candidates._banner``; a blog's name and motto printed twice,
``_chrome._name_and_motto_twice``, its section line and the header-twice doubt it spares,
``_article``; «A - A | SITE», ``_title._echoed_title``; ``?partid=&indexid=``,
``_sources._part_index_item``; «رفتن به بالا», «هدر بالا», «هدر پایین»; the numbered one-item
breadcrumb, ``_header._NUMBERED_ITEM``; the lone «1» counter, ``_article._dated_header_under``),
fix193 (the daily box ending before the page's headline and its kicker,
``_chrome._opens_article``; a saying kicker stepping over a date or byline line,
``_article._kicker_over_lead``; the motto rule stepping over header lines,
``_title._motto_among_sentences``), the lead's mends (``DAILY_BOX_LONG_WORDS``,
``vocab.ARCHIVE_WORDS``) and fix190/fix191 thresholds round 40 left untouched.

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run against
the copy with ``-x``. The runner takes the tests from the tree it is run from: the "before"
count is the run from a ``git archive`` of the commit that added this file, before any new
test. Run from the repository root::

    python benchmarks/hand_mutants_41.py            # "N/M killed"
    python benchmarks/hand_mutants_41.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The forty-first round: fix192-fix193 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, C, CA = "_article.py", "_title.py", "_listing.py", "_chrome.py", "_candidates.py"
S, H, V, E = "_sources.py", "_header.py", "_vocab.py", "_evidence.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix192: the year-and-issue line and the date over it ----------------------------------
    (
        C,
        "            or _VOLUME_ISSUE_LINE.match(norm) is not None\n",
        "",
    ),  # 0
    (C, '    + r")*(?:م|مین)?)(?![', '    + r"){0}(?:م|مین)?)(?!['),  # 1
    (
        C,
        '    r"^[\\x20]*سال[\\x20\\u200c]+(?:[0-9]{1,3}|"',
        '    r"^[\\x20]*سال[\\x20\\u200c]+(?:"',
    ),  # 2
    (
        C,
        '    r"شماره[\\x20\\u200c]*:?[\\x20\\u200c]*[0-9]{1,7}[\\x20]*$"',
        '    r"شماره[\\x20\\u200c]*:?[\\x20\\u200c]*[0-9]{1,7}"',
    ),  # 3
    (CA, "        and between == list(range(index + 1, title))\n", ""),  # 4
    (
        CA,
        "        read.twin is None\n        and between\n        and between ==",
        "        between\n        and between ==",
    ),  # 5
    (
        CA,
        "        and all(_volume_and_issue(lines[i]) for i in between)",
        "        and False",
    ),  # 6
    # -- fix192: a blog's name and motto printed twice -----------------------------------------
    (
        C,
        "        if len(set(keys)) == size and not (size == 2 and _name_and_motto_twice(lines)):",
        "        if len(set(keys)) == size and not _name_and_motto_twice(lines):",
    ),  # 7
    (
        C,
        "        if len(set(keys)) == size and not (size == 2 and _name_and_motto_twice(lines)):",
        "        if len(set(keys)) == size:",
    ),  # 8
    (C, "BLOG_NAME_WORDS = 3", "BLOG_NAME_WORDS = 2"),  # 9
    (
        C,
        "        and not after.paragraph\n        and after.words <= MOTTO_WORDS\n",
        "        and after.words <= MOTTO_WORDS\n",
    ),  # 10
    (C, "        and after.key not in (name.key, motto.key)\n", "\n"),  # 11
    (A, "        and _section_line(lines[len(masthead)])\n", ""),  # 12
    (A, "        and not lines[len(masthead) + 1].paragraph\n    ):", "    ):"),  # 13
    (
        A,
        "                lines[0].key != lines[1].key\n                and ",
        "                ",
    ),  # 14
    (
        A,
        '                and lines[title + 1].norm.strip().rstrip(".")\n'
        '                == lines[title].norm.strip().rstrip(".")',
        "                and lines[title + 1].norm.strip()\n"
        "                == lines[title].norm.strip()",
    ),  # 15
    # -- fix192: «A - A | SITE» ------------------------------------------------------------------
    (T, "    echo = _echoed_title(text)\n", "    echo = None\n"),  # 16
    (
        T,
        "        if first.strip() != first or len(first.split()) < DOUBLED_TITLE_WORDS:",
        "        if first.strip() != first:",
    ),  # 17
    (
        T,
        "        if rest.startswith(first) and _ECHO_TAIL.fullmatch(rest, len(first)) is not None:",
        "        if rest.startswith(first):",
    ),  # 18
    # -- fix192: ?partid=&indexid= --------------------------------------------------------------
    (S, "    if len(query) != 2:\n        return None\n    fields", "    fields"),  # 19
    (
        S,
        "        or not (part.isascii() and part.isdigit() and item.isascii() and item.isdigit())",
        "        or not (item.isascii() and item.isdigit())",
    ),  # 20
    (
        S,
        '        or item.startswith("0")\n        or len(item) > _URL_ID_MAX',
        "        or len(item) > _URL_ID_MAX",
    ),  # 21
    (
        S,
        "    if (indexed := _part_index_item(query)) is not None:",
        "    if (indexed := None) is not None:",
    ),  # 22
    # -- fix192: scroll-to-top, widget labels, numbered breadcrumb, the lone «1» --------------
    (V, '    "رفتن به بالا",\n', ""),  # 23
    (V, '    "هدر بالا",\n', ""),  # 24
    (V, '    "هدر پایین",\n', ""),  # 25
    (H, '        return _fold(item["item"]) in _SECTION_WORDS', "        return True"),  # 26
    (A, "        and not _dated_header_under(lines, title)\n", "\n"),  # 27
    # -- fix193: the daily box ends before the page's headline and kicker ----------------------
    (
        C,
        "            if below > index + 1 and _opens_article(lines, below):",
        "            if below > index + 2 and _opens_article(lines, below):",
    ),  # 28
    (C, "    for headline in (at, at + 1):", "    for headline in (at,):"),  # 29
    (C, "DAILY_BOX_RETOLD_WORDS = 2", "DAILY_BOX_RETOLD_WORDS = 3"),  # 30
    (C, "DAILY_BOX_RETOLD_WORDS = 2", "DAILY_BOX_RETOLD_WORDS = 1"),  # 31
    (
        C,
        "            and not line.paragraph\n            and line.words <= HEADLINE_MAX_WORDS\n"
        "            and lead.paragraph\n",
        "            and not line.paragraph\n            and lead.paragraph\n",
    ),  # 32
    (
        C,
        '        if line.info.kind != "text" or line.paragraph:\n            return False\n    return False',
        "    return False",
    ),  # 33
    # -- fix193: a saying kicker over a date or byline line ------------------------------------
    (A, "KICKER_HEADER_LINES = 2", "KICKER_HEADER_LINES = 1"),  # 34
    (
        A,
        '        if step == KICKER_HEADER_LINES or lines[at].info.kind not in ("date", "labels"):',
        '        if step == KICKER_HEADER_LINES or lines[at].info.kind not in ("date",):',
    ),  # 35
    # -- fix193: the motto rule steps over header lines ----------------------------------------
    (T, "MOTTO_HEADER_LINES = 3", "MOTTO_HEADER_LINES = 2"),  # 36
    (
        T,
        '_MOTTO_STEP_KINDS = _HEADER_KINDS | {"widget"}',
        "_MOTTO_STEP_KINDS = _HEADER_KINDS",
    ),  # 37
    (T, "    while above >= 0 and looked < 2:", "    while above >= 0 and looked < 3:"),  # 38
    # -- the lead's mends: the daily box's long line, the archive words ------------------------
    (C, "DAILY_BOX_LONG_WORDS = 15", "DAILY_BOX_LONG_WORDS = 14"),  # 39
    (C, "DAILY_BOX_LONG_WORDS = 15", "DAILY_BOX_LONG_WORDS = 16"),  # 40
    (
        V,
        'ARCHIVE_WORDS: Final = ("بایگانی", "آرشیو", "ارشیو")',
        'ARCHIVE_WORDS: Final = ("بایگانی", "آرشیو")',
    ),  # 41
    (
        E,
        '_ARCHIVE_NAME_WORDS = (*vocab.ARCHIVE_WORDS, "برچسب", "نوشته", "تگ")',
        '_ARCHIVE_NAME_WORDS = ("برچسب", "نوشته", "تگ")',
    ),  # 42
    # -- fix190/fix191 thresholds round 40 left untouched --------------------------------------
    (C, "MASTHEAD_BLOCK_LINES = 4", "MASTHEAD_BLOCK_LINES = 5"),  # 43
    (
        A,
        '_CRUMB_ARROW_RUN = re.compile(r"(?:[»›>][\\x20\\u200c]+){2,}")',
        '_CRUMB_ARROW_RUN = re.compile(r"(?:[»›>][\\x20\\u200c]+){3,}")',
    ),  # 44
    (T, "MOTTO_SHARED_WORDS = 2", "MOTTO_SHARED_WORDS = 1"),  # 45
]
TESTS = [
    "tests/test_fix192.py",
    "tests/test_fix193.py",
    "tests/test_fix190.py",
    "tests/test_fix191.py",
    "tests/adversarial/test_attacks62.py",
    "tests/test_mut41.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
