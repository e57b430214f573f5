"""Hand-written mutants of fix130-fix135 and fix137-fix139, and round 32's survivors.

The rules merged since the thirty-second round and not yet mutated: fix130 (the line under
the pick that the slug spells taken as the title, ``_article``; the «!» headline over a
«NAME: ...» standfirst, ``_title._exclaimed_over_standfirst``; «DATE [twin] LABEL:»,
``_header._date_label_colon_last``; «با "SITE" همراه باشید», ``_chrome._FOLLOW_PROMPT``),
fix131 (two cut teasers in a row, ``_listing._cut_teaser_pair``; a bulleted lone teaser,
``_listing._bulleted_lone_item``), fix132 (a time label printed empty over its clock,
``_candidates._time_below``; the print page's «شماره N» cell, ``_candidates._issue_cell``;
a street address's «شماره», ``_header._classify``; «ساعت: T - تاریخ: D»,
``_candidates._time_before``; a slashed crumb run into a date label,
``_header._date_label_after_crumb``; «DATE / CITY», ``_header._date_line``), fix133
(``?m=YYYYMM``, ``_listing._address``; a motto over the banner,
``_chrome._saying_over_banner``; a cried tagline, ``_title._exclaimed_tagline``; «HEADLINE :
TEASER ...», ``_title._repeated_lead_start``), fix134 (report bylines,
``_chrome._report_byline``; a host's name and a place, ``_evidence.host_spells_before_place``;
a Kurdish name over Persian, ``_evidence.kurdish_name_over_persian``; «album» IDs; a lone
GMT after a day), fix135 (the «HEADLINE DATE» cut, ``_lines._headline_dated_cut``;
«news-id=N»; a language switch's preferredUrl, ``_html``), fix137 (the teaser cut over more
paragraphs; «›»/«>» crumbs), fix138 (a time line set apart over a date line,
``_candidates._time_above``; 1450-1499 before a slug, ``_sources._SLUG_YEAR``; the ticker,
``_listing._ticker_on_top``) and fix139 (the glued menu, ``_header._glued_menu``; «اوقات
شرعی»; ``_title.headline_after_lead``). Mutants 0-4 are round 32's survivors 17, 19, 31, 32
and 37 made again on today's code (fix136 rewrote the lines 19, 31, 32 and 37 weakened); the
rules' test files include tests/test_fix136.py for them.

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``. The runner takes the tests from the tree it is run from: the
"before" count is the run from a ``git archive`` of the commit that added this file, before
any new test. Run from the repository root::

    python benchmarks/hand_mutants_33.py            # "N/M killed"
    python benchmarks/hand_mutants_33.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The thirty-third round: fix130-fix139 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, C, LI = "_article.py", "_title.py", "_chrome.py", "_listing.py"
H, V, S, L = "_header.py", "_vocab.py", "_sources.py", "_lines.py"
CA, EV, HT = "_candidates.py", "_evidence.py", "_html.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- round 32's survivors 17, 19, 31, 32, 37 on today's code -----------------------------
    (T, "        and lead.words > line.words\n", ""),  # 0 (round 32's 17)
    (
        L,
        '    if info.kind == "date" and info.dates == ((0, len(date)),):\n        return len(date)',
        '    if info.kind == "date":\n        return len(date)',
    ),  # 1 (19)
    (H, "        and date.start() == _trim(norm, glued.end(), len(norm))[0]\n", ""),  # 2 (31)
    (T, "        not _under_section_lines(lines, index)\n", "        False\n"),  # 3 (32)
    (
        H,
        "            and (_HAS_DIGIT.search(step) is None or _numbered_step(step))\n",
        "",
    ),  # 4 (37)
    # -- fix130: the slug-spelled line taken; «!» over «NAME: ...»; «DATE LABEL:»; «با "SITE"»
    (
        A,
        "        if state.title_start is None and state.title_end is None:\n"
        "            # A summary sentence",
        "        if False:\n            # A summary sentence",
    ),  # 5
    (
        T,
        '    if not lead.paragraph or lead.info.kind != "text" or lead.words <= line.words:\n'
        "        return False\n    found = _STANDFIRST_NAME",
        '    if not lead.paragraph or lead.info.kind != "text":\n'
        "        return False\n    found = _STANDFIRST_NAME",
    ),  # 6
    (
        T,
        "        word in _FUNCTION_WORDS or word in _SAYING_VERBS or word in _VERB_ENDINGS for word in name",
        "        word in _FUNCTION_WORDS for word in name",
    ),  # 7
    (
        H,
        "        if value[0] < value[1] and _date_and_twin(norm, *value):",
        "        if value[0] < value[1]:",
    ),  # 8
    (
        C,
        r'(?:ما|[\"«](?:[\p{L}\p{M}\u200c]+\x20?){1,3}[\"»])[\x20\u200c]+"',
        r'(?:ما)[\x20\u200c]+"',
    ),  # 9
    # -- fix131: two cut teasers; a bulleted lone teaser ----------------------------------------
    (LI, "TEASER_GAP = 3", "TEASER_GAP = 2"),  # 10
    (LI, "    if at == title + 1 and not _cut_end(lines[at]):", "    if False:"),  # 11
    (LI, "TAIL_LINES = 4", "TAIL_LINES = 3"),  # 12
    (LI, "        or any(i not in outside for i in range(title))\n", ""),  # 13
    # -- fix132: empty time label; print-page cell; street «شماره»; «ساعت: T - تاریخ: D»;
    #    slashed crumb into a date label; «DATE / CITY» -------------------------------------------
    (
        CA,
        "        and _EMPTY_TIME_LABEL.fullmatch(below.norm) is not None\n"
        "        and not _apart(state, below)\n"
        "        and not _apart(state, state.lines[line.index + 2])\n",
        "        and _EMPTY_TIME_LABEL.fullmatch(below.norm) is not None\n"
        "        and not _apart(state, below)\n",
    ),  # 14
    (
        CA,
        "    before = index > 0 and not _apart(state, line) and print_page_cell(lines[index - 1].norm)",
        "    before = False",
    ),  # 15
    (
        H,
        "        if number is not None and _ADDRESS_WORD.search(norm, 0, number.start()) is None:",
        "        if number is not None:",
    ),  # 16
    (CA, "    if timed is None or timed.end() != label.span[0]:", "    if timed is None:"),  # 17
    (
        H,
        "        if first is None or _HAS_DIGIT.search(norm, 0, first.start()) is not None:",
        "        if first is None:",
    ),  # 18
    (H, '        or norm[after[0]] == "/"\n', ""),  # 19
    # -- fix133: «?m=YYYYMM»; the motto over the banner; «HEADLINE : TEASER ...»; the cried tagline
    (
        LI,
        '        and all(_PERIOD_QUERY.fullmatch(value) for value in query["m"])\n'
        '        and url_number(urlunsplit(parts._replace(query="", fragment=""))) is None\n',
        '        and all(_PERIOD_QUERY.fullmatch(value) for value in query["m"])\n',
    ),  # 20
    (
        C,
        "        if _SAYING.match(line.norm) is not None or _QUOTATION.match(line.norm) is not None:",
        "        if _SAYING.match(line.norm) is not None:",
    ),  # 21
    (T, "EXCLAIM_RUN = 3", "EXCLAIM_RUN = 4"),  # 22
    (
        T,
        r'        if head.replace("\u200c", " ").split()[-1] in _SAYING_VERBS:' "\n",
        "        if False:\n",
    ),  # 23
    # -- fix134: report bylines; host + place; Kurdish name; album; GMT -----------------------
    (C, "REPORT_BYLINE_WORDS = 6", "REPORT_BYLINE_WORDS = 5"),  # 24
    (
        EV,
        "    if not 2 <= len(words) <= SITE_NAME_WORDS or not words[-1].isalpha():",
        "    if not 2 <= len(words) <= SITE_NAME_WORDS:",
    ),  # 25
    (
        EV,
        r'    return "\u0647" in below and _KURDISH_LETTERS.isdisjoint(below)',
        r'    return "\u0647" in below',
    ),  # 26
    (S, '        "album",\n', ""),  # 27
    (
        H,
        '        and not match.captures("H")\n        and match.captures("d")\n'
        "        and after[0] > end\n",
        "        and after[0] > end\n",
    ),  # 28
    # -- fix135: «HEADLINE DATE» cut; news-id; preferredUrl ----------------------------------
    (L, '        or head[-1] in ".!؟?:؛،-–|/"\n', '        or head[-1] in ".!؟?"\n'),  # 29
    (L, "        or _NUMERIC_DATE.search(head) is not None\n", ""),  # 30
    (
        S,
        "        if spelled is not None and _spelled_item_key(spelled.group(1)):",
        "        if spelled is not None:",
    ),  # 31
    (
        HT,
        "    if url and canonical and language_switch(url):",
        "    if url and language_switch(url):",
    ),  # 32
    # -- fix137: the teaser cut over more paragraphs; «›» and «>» crumbs ---------------------
    (
        T,
        '    if teaser_only and not lines[anchor].norm.rstrip().endswith(("...", "…")):\n'
        "        return None",
        "    if False:\n        return None",
    ),  # 33
    (
        H,
        '        for mark, least in ((" / ", 1), (" › ", 2), (" > ", 2)):',
        '        for mark, least in ((" / ", 1), (" › ", 1), (" > ", 2)):',
    ),  # 34
    # -- fix138: a time line over a date line; 1450-1499 IDs; the ticker ---------------------
    (
        CA,
        '        line.info.kind == "date" and _PUBLISH_TIME_LINE.fullmatch(above.norm) is not None',
        "        _PUBLISH_TIME_LINE.fullmatch(above.norm) is not None",
    ),  # 35
    (S, "13[0-9]{2}|14[0-4][0-9]|19[0-9]{2}", "13[0-9]{2}|14[0-9]{2}|19[0-9]{2}"),  # 36
    (LI, "TICKER_BARS = 2", "TICKER_BARS = 3"),  # 37
    # -- fix139: the glued menu; «اوقات شرعی»; headline_after_lead ---------------------------
    (
        H,
        "    return sections >= GLUED_MENU_SECTIONS and 3 * known >= 2 * items",
        "    return sections >= GLUED_MENU_SECTIONS",
    ),  # 38
    (
        V,
        'alone on its line, never a headline.\n    "اوقات شرعی",\n',
        "alone on its line, never a headline.\n",
    ),  # 39
    (T, "        or sum(1 for word in after.split() if word.isalpha()) < 2\n", ""),  # 40
    (
        T,
        '        if len(lines) < 4 or " ".join(lines[2].split()) not in headings:',
        "        if len(lines) < 4:",
    ),  # 41
]
TESTS = [
    "tests/test_fix130.py",
    "tests/test_fix131.py",
    "tests/test_fix132.py",
    "tests/test_fix133.py",
    "tests/test_fix134.py",
    "tests/test_fix135.py",
    "tests/test_fix136.py",
    "tests/test_fix137.py",
    "tests/test_fix138.py",
    "tests/test_fix139.py",
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
