"""Hand-written mutants of fix70, fix71, attack28's and the glued time's rules, and fix72.

The rules merged since the twentieth round: fix70 (a line break tag printed as text inside
a line, ``blank_printed_breaks``; the headline printed whole over its two halves,
``_whole_over_halves`` and ``_clean_print_below``'s exception; the taxonomy list address
«/product-category/NAME/»; a list's name that does not spell the address's slug; a
breadcrumb parted by « / » after a home word), fix71 (a related box's heading stops
``_post_footers``; «آرشیو برچسب‌ها» names no list), attack28's ``is_related_heading`` (the
box's words alone, a count or «Related Posts» at most), the lead's glued-time rule
(``_header._opens_with_section``, 152424c and 44f01ac: letters glued to a time keep it only
when they open with a news category's name) and fix72 (a sentence the layout cut into lines,
``_clause_goes_on`` and ``_in_cut_sentence``; a regulation's approval line
``_APPROVAL_NOTE``; a book's imprint ``_imprint`` and the line over it ``_over_imprint``; a
recipe's section heading first ``_recipe_section_first``).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``, then, if none failed, tests/test_pages.py on the pages these
rules were made for or keep (``-k`` :data:`PAGES`). Run from the repository root::

    python benchmarks/hand_mutants_21.py            # "N/M killed"
    python benchmarks/hand_mutants_21.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The twenty-first round: fix70-fix72 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, H, E, M = "_article.py", "_header.py", "_evidence.py", "_markdown.py"
_BREAK = r'_PRINTED_BREAK = re.compile(r"(?<=\S)[ \t]*<br[ \t]*/?>[ \t]*(?=\S)", re.IGNORECASE)'

# (module, text in the source, what the mutant puts in its place); each text occurs once.
MUTANTS = [
    # -- fix70: a line break tag printed as text ------------------------------------------------
    (A, "    work = blank_printed_breaks(work)\n", ""),  # 0
    (M, _BREAK, _BREAK.replace("[ \\t]*/?>", "[ \\t]*>")),  # 1: «<br/>», «<br />» kept
    (M, _BREAK, _BREAK.replace(", re.IGNORECASE", "")),  # 2: «<BR>» kept
    # -- fix70: the headline printed whole over its two halves ----------------------------------
    (A, "    for first in (title - 1, title):", "    for first in (title,):"),  # 3
    (
        A,
        "        if first < 1 or second >= len(lines) or {first, second} & outside:",
        "        if first < 2 or second >= len(lines) or {first, second} & outside:",
    ),  # 4
    (
        A,
        "        if lines[first].words < 2 or lines[second].words < 2:",
        "        if lines[first].words < 3 or lines[second].words < 3:",
    ),  # 5
    (A, "WHOLE_REACH = 3", "WHOLE_REACH = 2"),  # 6
    (A, "            title, state.title_doubt = whole, None", "            title = whole"),  # 7
    (
        A,
        "            and not (at + 1 < len(lines) and line.key == other.key + lines[at + 1].key)\n",
        "",
    ),  # 8
    # -- fix70: the taxonomy list address -------------------------------------------------------
    (
        A,
        '_TAXONOMY_ENDS = frozenset({"tag", "tags", "category", "categories"})',
        '_TAXONOMY_ENDS = frozenset({"tag", "category", "categories"})',
    ),  # 9
    (
        A,
        '_TAXONOMY_BASE = re.compile(r"[a-z][a-z0-9]*[-_]([a-z]+)")',
        '_TAXONOMY_BASE = re.compile(r"[a-z][a-z0-9]*[-]([a-z]+)")',
    ),  # 10
    (
        A,
        "    ) or any(_taxonomy_base(seg) for seg in segments[:-1])",
        "    ) or any(_taxonomy_base(seg) for seg in segments)",
    ),  # 11
    # -- fix70: a list's name that does not spell the address ----------------------------------
    (
        A,
        "            and not _names_the_address(lines[title], hints.url)\n        ):",
        "        ):",
    ),  # 12
    (
        A,
        "            and (state.title_doubt is None or state.title_doubt[0] not in _LIST_NAME_DOUBTS)\n",
        "",
    ),  # 13
    (
        A,
        '(title_rule == "listing name" and doubt[0] in (_OUTLET_DOUBT, _LIST_NAME_UNSPELLED))',
        '(title_rule == "listing name" and doubt[0] in (_OUTLET_DOUBT,))',
    ),  # 14
    # -- fix70: a breadcrumb parted by « / » after a home word ----------------------------------
    (E, '    if not marked and " / " not in text:', "    if not marked:"),  # 15
    (
        E,
        "    if not marked and (not crumbs or _fold_home(crumbs[0]) not in _SLASH_HOMES):",
        "    if False:",
    ),  # 16
    (E, '"خانه", "صفحه اصلی", "صفحه نخست", "کور",', '"خانه", "صفحه اصلی", "صفحه نخست",'),  # 17
    # -- fix71: a related box's heading stops the posts' footers --------------------------------
    (
        A,
        "            found\n            and line.words <= SECTION_HEADING_WORDS",
        "            (True\n            and line.words <= SECTION_HEADING_WORDS)",
    ),  # 18
    (
        A,
        "            and line.words <= SECTION_HEADING_WORDS\n            and index not in outside\n",
        "            and line.words <= SECTION_HEADING_WORDS\n",
    ),  # 19
    (
        A,
        "            and line.words <= SECTION_HEADING_WORDS\n            and index not in outside\n",
        "            and line.words < SECTION_HEADING_WORDS\n            and index not in outside\n",
    ),  # 20
    # -- fix71: «آرشیو برچسب‌ها» names no list ----------------------------------------------------
    (
        E,
        r"برچسب(?:[\x20\u200c]*ها(?:ی)?(?![\p{L}\p{M}]))?+",
        r"برچسب(?:[\x20\u200c]*ها(?![\p{L}\p{M}]))?+",
    ),  # 21
    (
        E,
        r"برچسب(?:[\x20\u200c]*ها(?:ی)?(?![\p{L}\p{M}]))?+",
        r"برچسب(?:[\x20\u200c]*ها(?:ی)?(?![\p{L}\p{M}]))?",
    ),  # 22
    # -- attack28: the related box's heading is its words alone ---------------------------------
    (H, "    if folded in _RELATED_BOXES:", "    if folded.startswith(_RELATED_BOXES):"),  # 23
    (H, "    folded = _fold(norm).rstrip(_COUNT_DIGITS)", "    folded = _fold(norm)"),  # 24
    (
        H,
        '    return folded.startswith("related") and len(norm.split()) <= 2',
        '    return folded.startswith("related") and len(norm.split()) <= 3',
    ),  # 25
    (
        H,
        '    return folded.startswith("related") and len(norm.split()) <= 2',
        '    return folded.startswith("related") and len(norm.split()) < 2',
    ),  # 26
    # -- 152424c/44f01ac: a time glued to a category's name -------------------------------------
    (
        H,
        "        if glued_letters and _opens_with_section(norm[after[0] : after[1]])",
        "        if glued_letters",
    ),  # 27
    (
        H,
        "    return _fold(text).startswith(_SECTION_PREFIXES)",
        "    return _fold(text) in _SECTION_WORDS",
    ),  # 28
    # -- fix72: a sentence the layout cut into lines --------------------------------------------
    (
        A,
        "        score -= 4  # the rest of a sentence",
        "        score -= 3  # the rest of a sentence",
    ),  # 29
    (A, "            and not _in_cut_sentence(lines, index)\n", ""),  # 30
    (A, "        if _clause_goes_on(lines, at):\n", "        if False:\n"),  # 31
    (A, '        text[-1] in "،,"\n', '        text[-1] in "،"\n'),  # 32
    (
        A,
        "        and above.words >= OPEN_CLAUSE_WORDS\n",
        "        and above.words > OPEN_CLAUSE_WORDS\n",
    ),  # 33
    (
        A,
        '        and text.count("،") + text.count(",") < _LIST_COMMAS\n',
        '        and text.count("،") + text.count(",") <= _LIST_COMMAS\n',
    ),  # 34
    (A, "        or (index > 1 and _clause_goes_on(lines, index - 1))\n", ""),  # 35
    # -- fix72: a regulation's approval line and a book's imprint -------------------------------
    (
        A,
        '        if norm.startswith("مصوب") and _APPROVAL_NOTE.match(norm):',
        "        if False:",
    ),  # 36
    (
        A,
        r"[\x20\u200c]+(?:(?:مورخه?|تاریخ)[\x20\u200c]+)?[0-9]{1,4}",
        r"[\x20\u200c]+[0-9]{1,4}",
    ),  # 37
    (A, "        if _imprint(line):\n", "        if False:\n"),  # 38
    (A, "IMPRINT_WORDS = 12", "IMPRINT_WORDS = 11"),  # 39
    (
        A,
        r":[\x20\u200c]*(?:انتشارات|نشر)[\x20\u200c]",
        r":[\x20\u200c]*(?:انتشارات)[\x20\u200c]",
    ),  # 40
    (A, "            or _over_imprint(lines, index)\n", ""),  # 41
    (
        A,
        '    if above.info.kind != "text" or above.paragraph or not 2 <= above.words <= HEADLINE_MAX_WORDS:',
        '    if above.info.kind != "text" or above.paragraph or not 3 <= above.words <= HEADLINE_MAX_WORDS:',
    ),  # 42
    # -- fix72: a recipe's section heading first ------------------------------------------------
    (
        A,
        "    if key not in hinted and key not in slugs and _recipe_section_first(lines):",
        "    if False:",
    ),  # 43
    (A, "RECIPE_SECTION_WORDS = 9", "RECIPE_SECTION_WORDS = 8"),  # 44 (6 -> 5 before the fix)
    (
        A,
        '    key = _SERVINGS.sub("", first.key.strip("●▪•*-–·:"))',
        '    key = _SERVINGS.sub("", first.key.strip(":"))',
    ),  # 45
    (
        A,
        r'_SERVINGS = regex.compile(r"برای[0-9]{1,2}(?:تا[0-9]{1,2})?نفر:?$")',
        r'_SERVINGS = regex.compile(r"برای[0-9]{1,2}نفر:?$")',
    ),  # 46
]
# Left alive: 34 (``< _LIST_COMMAS`` -> ``<=``: an open clause holding three commas, its own
# last one with them, «همان طور که بهار، جان تازه به باغ، گل و درخت می‌دهد،» over a short line
# and «و ...»: main reads it as a keyword list and the short line in the middle is the title,
# silently, the mutant the headline. The bound keeps a tag line ending with a comma over a
# headline a list; which side a line with three commas belongs to is a choice the cases found
# do not settle, so main's bound is left: docs/reliability.md's twenty-first round.)
TESTS = [
    "tests/test_fix70.py",
    "tests/test_fix71.py",
    "tests/test_fix72.py",
    "tests/adversarial/test_attacks28.py",
    "tests/test_fix66.py",  # 152424c's glued-time tests
    "tests/test_evidence_mutants.py",  # fix70's slashed breadcrumb cases
]
# The pages of tests/pages these rules were made for or keep: fix70's 154 and 1150 (slashed
# breadcrumbs from home), the glued time's 1164 and 1165 (khabar361), fix72's near misses 690
# and 718 (radiokoocheh's kicker ending with «،»).
PAGES = [
    "tests/test_pages.py",
    "-k",
    " or ".join(f"{number}_" for number in (154, 1150, 1164, 1165, 690, 718)),
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args, fallback=PAGES)


if __name__ == "__main__":
    sys.exit(main())
