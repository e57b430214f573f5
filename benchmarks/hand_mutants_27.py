"""Hand-written mutants of fix100-fix108, attack39's and attack40's fixes, 9b550ce and 6c0a4e4.

The rules merged since the twenty-sixth round: attack39's (a lone Markdown link to every item
of a kind, ``_chrome._never_title``; a twin in brackets read by parse_datetime,
``_datetimes._bracketed_twin``), fix100 (a byline's name under the opening date line,
``_title._name_under_dateline`` and ``_article._name_echoed_below``; a bar line over the
install prompt, ``_chrome._bar_over_notice``), fix101 (two names each printed twice,
``_title._two_names_twice_on_top``; another item's headline under the lead,
``_title._next_items_headline``), fix102 (a card of «LABEL: VALUE» fields, the site's name
under «HEADLINE - NAME», a date glued to the headline's copy, the «/content/N/<slug>/ID/<slug>»
address, the hyphen-run label position), fix103 (the compiler credit, names glued together,
an author's name over a text that never names them, «<slug>-h<ID>.htm»), attack40 (a lone
Markdown link chosen as the title gives its label), fix104 and fix106 (the site's name
printed twice over the headline: date and menu lines above, meta lines under the headline,
the unsure short or «:» headline; the municipal institutions), fix105 (a twin in square
brackets, another item after the further paragraphs and its ID dropped with
number-conflict), fix107 (reading times, Latin yearless days, search-form labels), fix108
(a writer's archive, an ID after an ISO day, a headline run into its repeated lead), the
lead's bounded glued-headline scan (9b550ce) and ``_title._printed_name`` (6c0a4e4).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``, then, if none failed, tests/test_pages.py on the pages these
rules were made for (``-k`` :data:`PAGES`). Run from the repository root::

    python benchmarks/hand_mutants_27.py            # "N/M killed"
    python benchmarks/hand_mutants_27.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The twenty-seventh round: fix100-fix108 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, C, CA, S = "_article.py", "_title.py", "_chrome.py", "_candidates.py", "_sources.py"
D, H, L, P = "_datetimes.py", "_header.py", "_listing.py", "_patterns.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- attack39: the lone Markdown link to every item of a kind; the bracketed twin ------
    (
        C,
        '        "](" in norm\n        and (link := _LINK_ALONE.fullmatch(norm)) is not None',
        "        False\n        and (link := _LINK_ALONE.fullmatch(norm)) is not None",
    ),  # 0
    (
        D,
        "    if result.end != end and not _bracketed_twin(norm, match.end(), result.end, end):",
        "    if result.end != end:",
    ),  # 1
    (
        D,
        '    return (close == ")" and "(" in norm[date_end:twin_end]) or (',
        '    return (close == ")") or (',
    ),  # 2
    # -- fix100: the byline under the dateline; the bar line over the install prompt -------
    (T, "DATELINE_PLACE_WORDS = 2", "DATELINE_PLACE_WORDS = 1"),  # 3
    (T, "            or not _letters_only(place)\n", ""),  # 4
    (
        T,
        "        at in outside or lines[at].chrome or (lines[at].words == 1 and _letters_only(lines[at]))",
        "        at in outside or lines[at].chrome",
    ),  # 5
    (A, "                if _name_echoed_below(lines, title)", "                if True"),  # 6
    (A, "    return words <= below\n", "    return bool(words & below)\n"),  # 7
    (
        A,
        "        and (doubt[0] in _UNNAMED_LIST_DOUBTS or doubt[0] == _BYLINE_UNDER_DATELINE)",
        "        and doubt[0] in _UNNAMED_LIST_DOUBTS",
    ),  # 8
    (
        C,
        "            or (at + 1 < len(top) and _notice_line(top[at + 1]) and _bar_over_notice(line))\n",
        "",
    ),  # 9
    # -- fix101: two names printed twice; another item's headline under the lead ----------
    (
        T,
        "    pair = _two_names_twice_on_top(lines, candidates, index, keys, outside)\n    if pair is not None",
        "    pair = _two_names_twice_on_top(lines, candidates, index, keys, outside)\n    if False",
    ),  # 10
    (
        T,
        '        or keys.get(lines[first + 1].key, 0) < 2\n        or _NOT_LETTERS.sub("", lines[first].key) == ',
        '        or _NOT_LETTERS.sub("", lines[first].key) == ',
    ),  # 11
    (T, "        and _printed_name(lines, first + 1, NAME_MAX_WORDS)\n", ""),  # 12
    (
        T,
        "    if not any(lines[at].paragraph for at in range(first + 2, index) if at not in outside):\n"
        "        return None\n    return first\n\n\ndef _headline_under_logo_twice(",
        "    return first\n\n\ndef _headline_under_logo_twice(",
    ),  # 13
    (
        T,
        "            not 3 <= line.words <= HEADLINE_MAX_WORDS\n            or line.chrome\n            or line.byline",
        "            not 2 <= line.words <= HEADLINE_MAX_WORDS\n            or line.chrome\n            or line.byline",
    ),  # 14
    (
        T,
        "        if below == index + 1 or below >= len(lines) or below in outside:",
        "        if below >= len(lines) or below in outside:",
    ),  # 15
    (
        CA,
        "        stop = other  # the lines from there on are the next item's",
        "        pass",
    ),  # 16
    # -- fix102: the card's fields, the name under the tail, the glued dated copy, addresses
    (
        T,
        '        and line.text.count(":") == 1\n        and _CARD_FIELD',
        '        and line.text.count(":") >= 1\n        and _CARD_FIELD',
    ),  # 17
    (T, "        and _card_label(lines[other]) != label\n", ""),  # 18
    (
        A,
        "    if cut is None or len(line.text[:cut].split()) <= MACHINE_TITLE_WORDS:",
        "    if cut is None:",
    ),  # 19
    (
        A,
        "    return cut if name and name == below.key else None",
        "    return cut if name else None",
    ),  # 20
    (
        T,
        '        if text[:1] != "(" and (glued := _date_glued_copy(line, lines[title])) is not None:',
        "        if False and (glued := _date_glued_copy(line, lines[title])) is not None:",
    ),  # 21
    (
        T,
        "    if text[: start - line.start].strip() or text[end - line.start : head].strip():\n"
        "        return None  # more than the date before the copy",
        "    if False:\n        return None  # more than the date before the copy",
    ),  # 22
    (S, "        and _segment_name(segments[0]) in _ITEM_SEGMENTS\n", ""),  # 23
    (
        H,
        '            positions.append(end)\n        at = norm.find(" --", end)',
        '            pass\n        at = norm.find(" --", end)',
    ),  # 24
    # -- fix103: the compiler credit, glued names, the empty list, the author over text, h-IDs
    (
        C,
        '        and not _squash(glued.group("tail")).startswith(_squash(glued.group("head")))\n',
        "",
    ),  # 25
    (
        T,
        "    if key not in hinted and key not in slugs and _author_over_text(lines, index, stop, outside):",
        "    if False:",
    ),  # 26
    (T, "        or squeeze(words[0]) not in vocab.GIVEN_NAMES\n", ""),  # 27
    (T, "    return not any(squeeze(word) in rest for word in words[1:])", "    return True"),  # 28
    (
        S,
        '        (".htm", ".html")\n    ):\n        tail = lettered.group(1)',
        '        ("",)\n    ):\n        tail = lettered.group(1)',
    ),  # 29
    # -- attack40: a lone Markdown link's label as the title --------------------------------
    (
        A,
        '        if "](" in doc[start:end]:\n            link = _LINK_ALONE.fullmatch(doc, start, end)',
        "        if False:\n            link = _LINK_ALONE.fullmatch(doc, start, end)",
    ),  # 30
    (
        A,
        "                while end > start and doc[end - 1] in _TITLE_EDGES:\n                    end -= 1\n"
        "                while start < end and doc[start] in _TITLE_EDGES:\n                    start += 1\n",
        "                pass\n",
    ),  # 31
    # -- fix104: the site's name twice over the headline's meta lines, under a date line ---
    (
        T,
        "            above not in outside and not _date_alone(lines[above]) and not _menu_alone(lines[above])",
        "            above not in outside and not _menu_alone(lines[above])",
    ),  # 32
    (
        T,
        "        or keys.get(lines[index].key, 0) < 2\n    ):\n        return None\n    # The headline printed once",
        "        or keys.get(lines[index].key, 0) != 2\n    ):\n        return None\n    # The headline printed once",
    ),  # 33
    (
        T,
        "    for _ in range(2):\n        if after < len(lines) and _meta_alone(lines[after]):",
        "    for _ in range(1):\n        if after < len(lines) and _meta_alone(lines[after]):",
    ),  # 34
    (
        C,
        '        "بیمارستان", "هیئت", "هیات", "شهرداری", "استانداری", "فرمانداری",',
        '        "بیمارستان", "هیئت", "هیات", "استانداری", "فرمانداری",',
    ),  # 35
    # -- fix105: the square-bracketed twin, the item past the paragraphs, its ID dropped ---
    (
        P,
        "    [\\x20\\u200c\\-،,|/()\\[]*                          # separators, brackets, spaces",
        "    [\\x20\\u200c\\-،,|/()]*                          # separators, brackets, spaces",
    ),  # 36
    (
        T,
        "            if not past_paragraphs:\n                return None  # the lead's story goes on",
        "            if True:\n                return None  # the lead's story goes on",
    ),  # 37
    (A, "    elif number is None and state.item_id_doubt is not None:", "    elif False:"),  # 38
    (
        CA,
        '    kept = tuple(label for label in info.labels if label.field != "number")',
        "    kept = tuple(info.labels)",
    ),  # 39
    # -- fix106: the name twice under a menu, over a short headline or a «:» line -----------
    (
        T,
        "            above not in outside and not _date_alone(lines[above]) and not _menu_alone(lines[above])",
        "            above not in outside and not _date_alone(lines[above])",
    ),  # 40
    (
        T,
        "    short = first.words * 2 > headline.words and not twice",
        "    short = first.words * 2 > headline.words",
    ),  # 41
    (
        T,
        "    return below, not short and headline.text[-1] not in _KICKER_ENDS",
        "    return below, not short",
    ),  # 42
    (
        T,
        "        if not sure:\n            logo_doubt = state.title_doubt",
        "        if False:\n            logo_doubt = state.title_doubt",
    ),  # 43
    (
        T,
        "    if index > 0 and lines[index - 1].key == lines[index].key:\n        index -= 1\n    try:",
        "    try:",
    ),  # 44
    # -- fix107: reading times, Latin yearless days, search-form labels --------------------
    (
        C,
        "        if line.words <= READING_TIME_WORDS and _READING_TIME_LINE.fullmatch(norm):",
        "        if False:",
    ),  # 45
    (
        C,
        '            and (day_month.group("m") or day_month.group("m2") or "").lower() in _LATIN_MONTHS',
        '            and (day_month.group("m") or "").lower() in _LATIN_MONTHS',
    ),  # 46
    (
        C,
        '        and _squash(norm).rstrip(":") in _SEARCH_FORM_LABELS',
        "        and _squash(norm) in _SEARCH_FORM_LABELS",
    ),  # 47
    # -- fix108 and 9b550ce: the writer's archive, the ID after an ISO day, the glued lead --
    (
        A,
        "        if not address.listing and writer_heading(lines[title]):",
        "        if False:",
    ),  # 48
    (
        T,
        "            and (listing or _one_teaser_under_heading(lines, index, stop, outside))",
        "            and listing",
    ),  # 49
    (T, "        and all(at in outside for at in range(anchor + 1, len(lines)))\n", ""),  # 50
    (
        L,
        '_WRITER_SEGMENTS = frozenset({"writer", "writers"})',
        '_WRITER_SEGMENTS = frozenset({"writers"})',
    ),  # 51
    (S, "        and _ISO_DAY.fullmatch(segments[at - 1]) is not None\n", ""),  # 52
    (
        T,
        "    if cut is None or len(text[cut:].split()) < REPEATED_LEAD_WORDS:",
        "    if cut is None:",
    ),  # 53
    (T, "REPEATED_LEAD_WORDS = 8", "REPEATED_LEAD_WORDS = 9"),  # 54
    (
        T,
        "<= GLUED_HEADLINE_MAX_WORDS or any(\n        char in _SENTENCE_MARKS for char in head\n    ):",
        "<= GLUED_HEADLINE_MAX_WORDS:",
    ),  # 55
    (
        A,
        "        and lines[anchor].paragraph\n        and (glued_end := _repeated_lead_start(",
        "        and (glued_end := _repeated_lead_start(",
    ),  # 56
    (
        T,
        "    end = min(len(text), reach.end() + 1 if reach is not None else len(text))",
        "    end = min(len(text), reach.end() if reach is not None else len(text))",
    ),  # 57
    # -- 6c0a4e4: _printed_name --------------------------------------------------------------
    (
        T,
        "    if not _printed_name(lines, first, HEADLINE_MAX_WORDS):",
        "    if not _printed_name(lines, first, NAME_MAX_WORDS):",
    ),  # 58
    (
        T,
        "        or name.text[-1] in _KICKER_ENDS\n        or _institution(name)\n        or _site_name_twice(lines, at)",
        "        or name.text[-1] in _KICKER_ENDS\n        or _site_name_twice(lines, at)",
    ),  # 59
]
TESTS = [
    "tests/test_fix100.py",
    "tests/test_fix101.py",
    "tests/test_fix102.py",
    "tests/test_fix103.py",
    "tests/test_fix104.py",
    "tests/test_fix105.py",
    "tests/test_fix106.py",
    "tests/test_fix107.py",
    "tests/test_fix108.py",
    "tests/adversarial/test_attacks39.py",
    "tests/adversarial/test_attacks40.py",
    "tests/test_fix111.py",  # (fix111: the four silent shapes this round noticed)
]
PAGES = [
    "tests/test_pages.py",
    "-k",
    " or ".join(f"{number}_" for number in (1325, 1467, 1471, 1472, 1474, 1484, 1493, 1495)),
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args, fallback=PAGES)


if __name__ == "__main__":
    sys.exit(main())
