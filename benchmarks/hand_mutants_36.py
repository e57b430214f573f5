"""Hand-written mutants of fix160-fix167, the rules merged since the thirty-fifth round.

fix160 (a one-item tag or category page read from its text alone,
``_listing._lone_item_list_name``, its separator lines and cut ends, and the caller in
``_article.parse_text`` with its joined-names doubt), fix161 (the lead under a dated header,
``_article._lead_under_header``; the long verb headline over a short subtitle,
``_title._statement_over_short_line``), fix163 (pictographic markers cut from a title's
edges, ``_article._unmarked``; a bulleted or English-labelled time line joining its date line,
``_candidates._time_above``, ``_candidates._joined_time``, ``_header.time_alone``; the
``YEAR.MONTH.ID`` address, ``_sources.url_number``), fix164 (Dari in quoted speech and under
an Iranian relay, ``_article._dari``, ``_article._quoted_speech``, the ``zone-unread`` clock
doubt in ``_resolve``; Joomla's who's-online line, ``_candidates._STATUS_LINE``; the bold
headline run in HTML, ``_html._bold_headline_run``; the unit's office and labels line,
``_title._unit_byline``; the frame's site word, ``_title._frames_site_name``), fix165 (the
post's footer under a plural label, ``_article._post_footer_line``; the plural's stems,
``_article._plural_label``; the bracket's one-digit day, ``SHORT_BRACKET_DATE`` and
``_reading._read_short``; the institution's name, ``_title._institution_name``; English
function words in a slug, ``_listing._SLUG_FUNCTION_WORDS``) and fix167 (the code over the
views with no date line, ``_title._inside_header_block``; the three-word framed headline,
``_title._framed_over_headline``; the empty post's end, ``_title._title_twice_under_name_thrice``).
fix162 and fix166 were not merged on main d2b8d6c5 when this round began.

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``. The runner takes the tests from the tree it is run from: the
"before" count is the run from a ``git archive`` of the commit that added this file, before
any new test. Run from the repository root::

    python benchmarks/hand_mutants_36.py            # "N/M killed"
    python benchmarks/hand_mutants_36.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The thirty-sixth round: fix160-fix167 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, L = "_article.py", "_title.py", "_listing.py", "_lines.py"
S, H, CA, R, HT = "_sources.py", "_header.py", "_candidates.py", "_reading.py", "_html.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix160: a one-item list named by its opening line, text alone ---------------------------
    (
        LI,
        '    if title == 0 or head.paragraph or head.info.kind != "text" or head.words < 3:',
        '    if title == 0 or head.paragraph or head.info.kind != "text" or head.words < 4:',
    ),  # 0
    (LI, "ITEM_OWN_LINES = 3", "ITEM_OWN_LINES = 2"),  # 1
    (
        LI,
        "    cut = teaser.text.rstrip().endswith(_CUT_ENDS) or excerpt_with_read_more(teaser.norm)",
        "    cut = teaser.text.rstrip().endswith(_CUT_ENDS)",
    ),  # 2
    (
        LI,
        "        if len(tail) == TAIL_LINES or below.paragraph or below.words > SECTION_HEADING_WORDS:",
        "        if below.paragraph or below.words > SECTION_HEADING_WORDS:",
    ),  # 3
    (
        LI,
        "    if ruled and tail and _separator(lines[tail[0]]):",
        "    if ruled and tail:",
    ),  # 4
    (
        LI,
        "        return None  # text over the short line: a kicker's or a section's line, no list's name",
        "        pass",
    ),  # 5
    (
        LI,
        "        and lines[top - 1].words <= 2\n        and not _separator(lines[top - 1])",
        "        and lines[top - 1].words <= 1\n        and not _separator(lines[top - 1])",
    ),  # 6
    (LI, '_CUT_ENDS = ("...", "…", *_EXCERPT_ENDS)', '_CUT_ENDS = ("...", "…")'),  # 7
    (
        A,
        "        and not hints.url\n        and state.title_doubt is None\n"
        "        and (one_item_name := ",
        "        and state.title_doubt is None\n        and (one_item_name := ",
    ),  # 8
    (
        A,
        "        if state.title_doubt is None and _JOINED_NAMES.search(lines[title].text):",
        "        if False:",
    ),  # 9
    # -- fix161: the lead under a dated header; the long verb headline over a short subtitle ----
    (A, "LEAD_HEADLINE_SHARED = 2", "LEAD_HEADLINE_SHARED = 3"),  # 10
    (
        A,
        '    if index < 2 or lines[index].text.endswith(("...", "…")):\n        return False\n'
        "    for dated, headline in",
        "    if index < 2:\n        return False\n    for dated, headline in",
    ),  # 11
    (
        A,
        "    for dated, headline in ((index - 1, index - 2), (index - 2, index - 1)):",
        "    for dated, headline in ((index - 1, index - 2),):",
    ),  # 12
    (
        A,
        "            or (_headline_twice_below(lines, index) and not _lead_under_header(lines, index))",
        "            or _headline_twice_below(lines, index)",
    ),  # 13
    (T, "STATEMENT_OVER_SHORT_RATIO = 2", "STATEMENT_OVER_SHORT_RATIO = 3"),  # 14
    (
        T,
        "        and mine is not None\n        and value >= mine - 2\n",
        "        and mine is not None\n        and value >= mine - 1\n",
    ),  # 15
    (
        T,
        '        and _verb_end(above) == "verb"\n        and above.text[-1].isalpha()\n',
        "        and above.text[-1].isalpha()\n",
    ),  # 16
    (T, "        and not _restates(line, lines[anchor])\n    )", "    )"),  # 17
    (
        T,
        "    if index + 1 >= len(lines) or not _dated_line(lines[index + 1]) or anchor >= len(lines):",
        "    if index + 1 >= len(lines) or anchor >= len(lines):",
    ),  # 18
    # -- fix163: pictographic markers; the bulleted or English time line; YEAR.MONTH.ID --------
    (
        A,
        r"    | (?![\u00A9\u00AE\u2122\u203C\u2049\u3030\u303D])\p{Extended_Pictographic}",
        r"    | \p{Extended_Pictographic}",
    ),  # 19
    (
        A,
        "        elif (cap := _KEYCAP_END.search(doc, max(head, tail - 3), tail)) is not None:",
        "        elif False:",
    ),  # 20
    (
        A,
        "            or doc[start] in _KEYCAP_BASES\n            or doc[end - 1] in _KEYCAP_BASES\n",
        "",
    ),  # 21
    (
        CA,
        "    if bullet_of(above.norm):\n        start +=",
        "    if False:\n        start +=",
    ),  # 22
    (
        CA,
        "    if bullet and bullet != bullet_of(state.line_at(text_span(stamp)[0]).norm):",
        "    if False:",
    ),  # 23
    (CA, '    r"|(?i:time)[\\x20\\u200c]*+:"\n)', ")"),  # 24
    (
        H,
        '_TIME_LEAD_FIRST = frozenset("•·●▪■◾►▶*-\\u2013tT")',
        '_TIME_LEAD_FIRST = frozenset("•·●▪■◾►▶*-\\u2013")',
    ),  # 25
    (
        S,
        r'\.(?:0[1-9]|1[0-2])\.([1-9][0-9]{2,19})"',
        r'\.(?:0[1-9]|1[0-2])\.([1-9][0-9]{1,19})"',
    ),  # 26
    (
        S,
        "            if dotted_id is not None and before not in _CONTAINER_SEGMENTS:",
        "            if dotted_id is not None:",
    ),  # 27
    # -- fix164: Dari in quoted speech and under an Iranian relay; Joomla's who's-online line;
    # the bold headline run; the unit's office and labels line; the frame's site word --------
    (A, "    usage = own - _DARI_OFFICES", "    usage = own"),  # 28
    (A, "            elif _quoted_speech(norm, *quote):", "            elif False:"),  # 29
    (A, '    if norm[: start - 1].rstrip().endswith(":"):', "    if False:"),  # 30
    (
        A,
        '    return norm[start:end].rstrip().endswith((".", "!", "?", "؟"))',
        "    return False",
    ),  # 31
    (
        A,
        "    if len(usage) < DARI_MIN_WORDS:\n        return None",
        "    if True:\n        return None",
    ),  # 32
    (A, "    if home is None and state.clock_doubt is not None:", "    if False:"),  # 33
    (
        CA,
        r"(?:[0-9]+|یک|بدون)[\x20\u200c]*(?:عضو|کاربر)",
        r"[0-9]+[\x20\u200c]*(?:عضو|کاربر)",
    ),  # 34
    (
        HT,
        "    before = element.prev\n    while before is not None:",
        "    before = None\n    while before is not None:",
    ),  # 35
    (
        HT,
        '    if words[-1][-1] in ".!؟?:؛،,-–|/»)":\n        return False\n',
        "",
    ),  # 36
    (T, "UNIT_HEAD_WORDS = 2", "UNIT_HEAD_WORDS = 1"),  # 37
    (T, "UNIT_HEADER_LINES = 2", "UNIT_HEADER_LINES = 1"),  # 38
    (
        T,
        '    while at > 0 and index - at <= UNIT_HEADER_LINES and lines[at].info.kind in ("date", "labels"):',
        '    while at > 0 and index - at <= UNIT_HEADER_LINES and lines[at].info.kind in ("date",):',
    ),  # 39
    (T, "FRAME_SITE_NAME_WORDS = 3", "FRAME_SITE_NAME_WORDS = 2"),  # 40
    (
        T,
        "    return words[0] in _SITE_NAME_WORDS\n",
        "    return any(word in _SITE_NAME_WORDS for word in words)\n",
    ),  # 41
    # -- fix165: the post's footer; the plural's stems; the bracket's one-digit day; the
    # institution's name; English function words in a slug -----------------------------------
    (A, "POST_FOOTER_LINES = 2", "POST_FOOTER_LINES = 1"),  # 42
    (A, "            or UI_LINE.match(line.norm) is not None\n", ""),  # 43
    (
        A,
        '    stem = first.removesuffix("ی") if first.endswith("های") else first',
        "    stem = first",
    ),  # 44
    (
        A,
        '    return stem.endswith("ها") and stem[:-2] in vocab.PLURAL_LABEL_STEMS',
        '    return stem.endswith("ها") and len(stem) > 4',
    ),  # 45
    (A, "one_digit_day=True)", "one_digit_day=False)"),  # 46
    (R, '    if len(match.group("a")) != len(match.group("c")):', "    if False:"),  # 47
    (
        T,
        "    short = SHORT_DATE.fullmatch(line.norm, inner_start, inner_end) or (\n"
        "        SHORT_BRACKET_DATE.fullmatch(line.norm, inner_start, inner_end)\n    )",
        "    short = SHORT_DATE.fullmatch(line.norm, inner_start, inner_end)",
    ),  # 48
    (T, "        and not _institution_name(above)\n", ""),  # 49
    (T, '        and words[1] not in ("ها", "های")', ""),  # 50
    (T, "        and _EVENT_PREPOSITIONS.isdisjoint(words)\n", ""),  # 51
    (LI, '        "and", "of", "the", "in",', '        "of", "the", "in",'),  # 52
    # -- fix167: code over views with no date line; the three-word framed headline; the empty
    # post's end -------------------------------------------------------------------------------
    (
        T,
        '    dated = any(label.field == "number" for label in lines[index - 1].info.labels) and any(',
        "    dated = False and any(",
    ),  # 53
    (
        T,
        ' and any(\n        label.field == "views" for label in lines[index + 1].info.labels\n    )',
        "",
    ),  # 54
    (T, "FRAMED_SHORT_HEADLINE_WORDS = 3", "FRAMED_SHORT_HEADLINE_WORDS = 2"),  # 55
    (
        T,
        "    if first in vocab.GIVEN_NAMES or first in vocab.PERSON_TITLE_WORDS:",
        "    if first in vocab.GIVEN_NAMES:",
    ),  # 56
    (
        T,
        '    if lead < len(lines) and lines[lead].info.kind == "date" and not lines[lead].paragraph:',
        "    if False:",
    ),  # 57
    (
        T,
        "        and not _content_words(line).isdisjoint(_content_words(lines[lead]))\n",
        "",
    ),  # 58
    (T, "    if anchor == len(lines):\n", "    if anchor >= len(lines) - 1:\n"),  # 59
]
TESTS = [
    "tests/test_fix160.py",
    "tests/test_fix161.py",
    "tests/test_fix163.py",
    "tests/test_fix164.py",
    "tests/test_fix165.py",
    "tests/test_fix167.py",
    "tests/test_mut36.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    return cli(__doc__, MUTANTS, TESTS, argv)  # argv None: the command line's arguments


if __name__ == "__main__":
    sys.exit(main())
