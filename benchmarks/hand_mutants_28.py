"""Hand-written mutants of attack41's fixes, fix109-fix113 and speed33's prefilters.

The rules merged since the twenty-seventh round: attack41's (an ID label under a related
box's heading is another item's, ``_candidates._under_related_heading``; a list of items each
with an ID block keeps the next item's meta, ``_candidates._same_id_blocks``), fix109 (a GUID
path segment gives no number, an ID glued to its slug by an underscore, a doubled bar and an
Arabic paper's name cut from a <title>, a news site's «NAME، اولین پایگاه خبری ...» tagline,
the headline over the slug's phrase, an ordinal body subheading), fix110 (a site's name and
tagline masthead, a Tajik author's post over the text, Zend's «/news/show/id/N», «اسف»
before a four-digit year), fix111 (a two-word next item's headline, a place line with marks,
a second short name, a headline cut with «…», a two-entry home menu), fix112 («چند نکته
درباره ...» under an opinion column's headline, the Tajik «Сана:», DorsaPortal's PageID, a post
ID after a month's path, a kicker-shaped title its slug spells before a counter), fix113 (a
date after «مصوب» is an approval day; «/Content/ID/N/<slug>», «/ShowPost/index/N/<slug>»,
SchoolID a container key) and speed33's C tests before regex patterns (a prefilter that
wrongly rejects a line the pattern matches is a real bug).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``, then, if none failed, tests/test_pages.py on the pages these
rules were made for (``-k`` :data:`PAGES`). Run from the repository root::

    python benchmarks/hand_mutants_28.py            # "N/M killed"
    python benchmarks/hand_mutants_28.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The twenty-eighth round: fix109-fix113, attack41 and speed33 under
mutation", gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, C, CA, S = "_article.py", "_title.py", "_chrome.py", "_candidates.py", "_sources.py"
E, H, P, V = "_evidence.py", "_header.py", "_patterns.py", "_vocab.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- attack41: the related box's ID label; two items with ID blocks -----------------------
    (
        CA,
        "    if start is None or index <= start:\n        return False",
        "    if True:\n        return False",
    ),  # 0
    (
        CA,
        "        if state.item_id_doubt is None:  # (number-conflict when no other number stands)",
        "        if False:  # (number-conflict when no other number stands)",
    ),  # 1
    (CA, "    if not own:\n        return False", "    if False:\n        return False"),  # 2
    (
        CA,
        '        below < len(lines) and below not in outside and lines[below].info.kind in ("labels", "date")',
        '        below < len(lines) and below not in outside and lines[below].info.kind in ("labels",)',
    ),  # 3
    (
        CA,
        "        title is not None and _same_id_blocks(state, title, lead, other, outside)",
        "        title is not None and False",
    ),  # 4
    # -- fix113: «مصوب» before a date; routed IDs with a slug; SchoolID ----------------------
    (CA, "        if _APPROVED_ON.search(before_date) is not None:", "        if False:"),  # 5
    (
        CA,
        r"مصوبه?(?:[\x20\u200c]+(?:در|مورخه?|تاریخ)){0,2}",
        r"مصوبه?(?:[\x20\u200c]+(?:در|مورخه?|تاریخ)){0,1}",
    ),  # 6
    (S, '        "schoolid",\n', ""),  # 7
    (
        S,
        "    if len(segments) >= 4 and _slug_segment(segments[-1]):",
        "    if len(segments) >= 5 and _slug_segment(segments[-1]):",
    ),  # 8
    (
        S,
        '        and (key == "id" or _YEAR_LIKE.fullmatch(value) is None)',
        "        and True",
    ),  # 9
    (S, '_INDEX_VIEWS = frozenset({"showpost", ', "_INDEX_VIEWS = frozenset({"),  # 10
    # -- fix109: GUID, underscore ID, press names, tagline, slug phrase, ordinal subheading ---
    (
        S,
        "        if _GUID.match(segment) is not None:\n            return None",
        "        if False:\n            return None",
    ),  # 11
    (
        S,
        "            glued = _UNDERSCORE_ID.fullmatch(segment) if at == len(segments) - 1 else None",
        "            glued = _UNDERSCORE_ID.fullmatch(segment)",
    ),  # 12
    (S, "                and not _date_code(glued.group(1), before)\n", ""),  # 13
    (C, "            or _press_named(name)\n", ""),  # 14
    (
        C,
        "    return len(words) >= 2 and words[0] in _PRESS_NOUNS",
        "    return len(words) >= 1 and words[0] in _PRESS_NOUNS",
    ),  # 15
    (
        C,
        '_TAIL_SEPARATOR = regex.compile(r" [–|-](?: [–|-])* ")',
        '_TAIL_SEPARATOR = regex.compile(r" [–|-] ")',
    ),  # 16
    (
        C,
        '        and ("اولین" in norm or "نخستین" in norm or "تنها" in norm)',
        '        and ("اولین" in norm or "نخستین" in norm)',
    ),  # 17
    (T, "SLUG_PHRASE_WORDS = 4", "SLUG_PHRASE_WORDS = 3"),  # 18
    (T, "SLUG_PHRASE_REACH = 6", "SLUG_PHRASE_REACH = 1"),  # 19
    (
        T,
        "        and lines[at].key[len(line.key) : len(line.key) + 1] in _KEYWORD_MARKS\n",
        "",
    ),  # 20
    (
        T,
        "        key in slugs\n        and key not in hinted\n        and (opening := _headline_over_slug_words(",
        "        False\n        and key not in hinted\n        and (opening := _headline_over_slug_words(",
    ),  # 21
    (
        T,
        "        and not headline.paragraph\n        and not _ordinal_subheading(headline)\n        and _verb_end(headline)",
        "        and not headline.paragraph\n        and _verb_end(headline)",
    ),  # 22
    (
        T,
        '        or headline.info.kind != "text"\n        or _ordinal_subheading(headline)\n',
        '        or headline.info.kind != "text"\n',
    ),  # 23
    (A, "    name = _squash(line.norm[after:])", "    name = _squash(line.norm[cut + 3 :])"),  # 24
    # -- fix110: a masthead's tagline, a Tajik author's post, Zend's /id/N, «اسف» ------------
    (C, "        and tagline[1] in _TAGLINE_CARRIES\n", ""),  # 25
    (T, "            and not _name_and_tagline(lines[above[-1]])\n", ""),  # 26
    (
        T,
        "            return set(range(index, stop)) if stop - index >= 3 else set()",
        "            return set(range(index, stop)) if stop - index >= 4 else set()",
    ),  # 27
    (
        T,
        "            if opened:\n                return set()",
        "            if False:\n                return set()",
    ),  # 28
    (
        T,
        "        if index in outside or index in verse or index in post:",
        "        if index in outside or index in verse:",
    ),  # 29
    (
        S,
        "        named\n        and not any(_segment_name(s) in _CONTAINER_SEGMENTS for s in segments[:-2])\n",
        "        named\n",
    ),  # 30
    (V, 'MappingProxyType({"اسف": 12})', 'MappingProxyType({"اسف": 11})'),  # 31
    (
        P,
        "(?={_G}(?:[/\\-.,،\\\\]{_G})?[0-9]{{4}}(?![0-9])))",
        "(?={_G}(?:[/\\-.,،\\\\]{_G})?[0-9]{{3}}(?![0-9])))",
    ),  # 32
    # -- fix111: two-word next headline, place line, second name, cut headline, home menu ---
    (
        H,
        "        len(items) >= 2\n        and _fold(items[0])",
        "        len(items) >= 3\n        and _fold(items[0])",
    ),  # 33
    (
        T,
        "    return below, not short and not cut and headline.text[-1]",
        "    return below, not short and headline.text[-1]",
    ),  # 34
    (
        T,
        "    return not line.paragraph and (line.chrome or home_menu_of_two(line.norm))",
        "    return not line.paragraph and line.chrome",
    ),  # 35
    (
        T,
        "            not 2 <= line.words <= HEADLINE_MAX_WORDS\n            or (line.words == 2 and not _own_meta_block",
        "            not 3 <= line.words <= HEADLINE_MAX_WORDS\n            or (line.words == 2 and not _own_meta_block",
    ),  # 36
    (
        T,
        "        or not 1 <= line.words <= NAME_MAX_WORDS\n    )",
        "        or not 2 <= line.words <= NAME_MAX_WORDS\n    )",
    ),  # 37
    # -- fix112: «چند نکته درباره», «Сана:», DorsaPortal, ID after a month, slug counter -----
    (
        T,
        r'    r"^(?:(?:چند[\x20\u200c]+نکته|نکاتی|نکته[\x20\u200c]*ای)[\x20\u200c]+)?"',
        '    r"^"',
    ),  # 38
    (V, '            "Сана",\n        ),', "        ),"),  # 39
    (
        S,
        "    if len(segments) != 5 or not all(s.isascii() and s.isdigit() for s in segments):",
        "    if len(segments) < 5 or not all(s.isascii() and s.isdigit() for s in segments):",
    ),  # 40
    (
        S,
        "            and name != _DORSA_ITEM_KEY\n            and name not in _DORSA_CONTAINER_KEYS",
        "            and name != _DORSA_ITEM_KEY",
    ),  # 41
    (
        S,
        "    if _DORSA_MODULE_KEY not in names or _DORSA_ITEM_KEY not in names:",
        "    if _DORSA_ITEM_KEY not in names:",
    ),  # 42
    (
        T,
        "        if slug and _slug_spells_before_counter(lines[index], slug):",
        "        if False:",
    ),  # 43
    (
        T,
        "    return counter is not None and _slug_spells_norm(line.norm, rest[: counter.start()])",
        "    return _slug_spells_norm(line.norm, rest)",
    ),  # 44
    # -- speed33: C tests before regex patterns (a prefilter that rejects wrongly) ----------
    (C, '_PERIODICAL_STARTS = (\n    "دو",\n', "_PERIODICAL_STARTS = (\n"),  # 45
    (E, '"نوشته", "آرشیو")', '"نوشته")'),  # 46
    (E, "_OPENING_QUOTES = frozenset('\"«“')", "_OPENING_QUOTES = frozenset('\"«')"),  # 47
    (
        E,
        '_LIST_COUNT_WORDS = ("کل", "تعداد", "مجموع")',
        '_LIST_COUNT_WORDS = ("کل", "تعداد")',
    ),  # 48
    (H, '_ABOUT_FIRST = frozenset("دز")', '_ABOUT_FIRST = frozenset("د")'),  # 49
    (
        T,
        '                line.norm.lstrip("( \\u200c")[:1] in _PAGE_RANGE_FIRST',
        '                line.norm.lstrip(" ")[:1] in _PAGE_RANGE_FIRST',
    ),  # 50
    (
        A,
        '            if "feed" in low or "atom" in low or doc.find("خوراک", start, end) >= 0',
        '            if "feed" in low or doc.find("خوراک", start, end) >= 0',
    ),  # 51
]
TESTS = [
    "tests/test_fix109.py",
    "tests/test_fix110.py",
    "tests/test_fix111.py",
    "tests/test_fix112.py",
    "tests/test_fix113.py",
    "tests/adversarial/test_attacks41.py",
    "tests/test_prefilters.py",
]
PAGES = [
    "tests/test_pages.py",
    "-k",
    " or ".join(
        f"{number}_"
        for number in (1500, 1501, 1505, 1506, 1509, 1511, 1522, 1523, 1524, 1531, 1532, 1534)
    ),
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args, fallback=PAGES)


if __name__ == "__main__":
    sys.exit(main())
