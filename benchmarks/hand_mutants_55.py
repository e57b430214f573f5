"""Hand-written mutants of fix292-fix300 (fix295 reverted), speed57 and the lead's 781aee3e
and b749c6e3, the rules with no mutation round yet.

fix292 (`_sources._print_view_query`, `url_view_alias_number`'s `/PageInfo-N-slug`,
`_patterns._GLUED_MDY` and `YEAR_CORE`'s count after the year, `_grammar._TOKEN_START`'s
capital seam), fix293 (`_title._chrome_crumb_over_lead`, the Pashto «د» year-first dates,
`_sources.url_time_tail_day` and its caller, the <h1> section name,
`_title._kicker_over_verb_headline`, the canonical link as the site's home), fix294
(`_lines._GLUED_FOOTER` and `_glued_footer_cut`, «ارسال در تاریخ», `_title._ad_name_twin`,
`_listing._name_unshared`, `_cut_teaser_end`), fix296 (the labelled address under a print
view, the curly quotes of the gapped cut, the reading time, «نوشته های»), fix297 (the
Levantine months without the article, ET/CT/MT/PT), fix298 (the kicker's «؛»,
`_listing._credited_below`, `_title.digit_twin_title`), fix299 (`_listing._kicker_teasers`,
the bar-less menu opening with a site page's link, the views label without colon, the short
browser notice, the post's subtitle under a blog's byline), fix300 (`_glued_crumb_runs_on`,
`_printed_alone`), speed57 (`_Lines`' kept word counts and paragraph tests, `_Line.again`),
781aee3e (the glued footer's first-word gate) and b749c6e3 (`_headline_alias`,
`_query_id_shape` in the print view's query).

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`, those that exist)
are run against the copy with ``-x``. The runner takes the tests from the tree it is run
from: the "before" count is the run from a ``git archive`` of the commit that added this
file, before any new test. Run from the repository root::

    python benchmarks/hand_mutants_55.py            # "N/M killed"
    python benchmarks/hand_mutants_55.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The fifty-fifth round: fix292-fix300 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, S, P = "_article.py", "_title.py", "_listing.py", "_sources.py", "_patterns.py"
V, H, CA, L, G = "_vocab.py", "_header.py", "_candidates.py", "_lines.py", "_grammar.py"
HT = "_html.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix292, b749c6e3 ----------------------------------------------------------------------
    (
        S,
        "    if (printed := _print_view_query(segments, query)) is not None:\n        return printed\n",
        "",
    ),  # 0
    (
        S,
        "    if len(query) != 1 or query[0][0].strip().lower() != _PRINT_VIEW:",
        "    if not query or query[0][0].strip().lower() != _PRINT_VIEW:",
    ),  # 1
    (
        S,
        "        or len(value) < SOLE_ID_MIN_DIGITS\n        or not _query_id_shape",
        "        or not _query_id_shape",
    ),  # 2
    (
        S,
        "        or not _query_id_shape(value)\n        or _YEAR_LIKE.fullmatch(value) is not None\n",
        "        or not _query_id_shape(value)\n",
    ),  # 3
    (
        S,
        "        or not _query_id_shape(value)\n        or _YEAR_LIKE",
        "        or _YEAR_LIKE",
    ),  # 4
    (
        S,
        '    if not segments or _URL_EXTENSION.sub("", segments[-1]).lower() != _PRINT_VIEW:',
        "    if not segments:",
    ),  # 5
    (
        CA,
        "        if any(line.key == key for line in state.lines[:_ALIAS_HEADLINE_LINES]):\n            number = viewed[0]",
        "        if True:\n            number = viewed[0]",
    ),  # 6
    (
        S,
        "    if len(segments) >= 2 and _segment_name(segments[-2]) in _CONTAINER_SEGMENTS:\n        return None\n    found = _VIEW_ALIAS_NAME",
        "    found = _VIEW_ALIAS_NAME",
    ),  # 7
    (
        S,
        "_VIEW_ALIAS_WORDS = _INFO_VIEWS | (_ITEM_SEGMENTS - _COLLECTION_SEGMENTS)",
        "_VIEW_ALIAS_WORDS = _INFO_VIEWS | _ITEM_SEGMENTS",
    ),  # 8
    (
        S,
        '_VIEW_ALIAS_NAME = re.compile(r"([A-Za-z]{2,20})-([1-9][0-9]{0,19})-(.+)")',
        '_VIEW_ALIAS_NAME = re.compile(r"([A-Za-z]{2,20})-([0-9][0-9]{0,19})-(.+)")',
    ),  # 9
    (
        S,
        "    if _segment_name(word) not in _VIEW_ALIAS_WORDS or not _headline_alias(digits, name):",
        "    if not _headline_alias(digits, name):",
    ),  # 10
    (
        S,
        '        and sum(1 for word in name.split("-") if word) >= JOOMLA_HEADLINE_WORDS\n    )',
        '        and sum(1 for word in name.split("-") if word) >= JOOMLA_HEADLINE_WORDS - 1\n    )',
    ),  # 11
    (
        P,
        "    (?:(?<=[a-z])(?=[A-Z])|{_BL}{_NOT_JOINED})(?P<me>",
        "    (?:{_BL}{_NOT_JOINED})(?P<me>",
    ),  # 12
    (
        P,
        "    (?<![0-9])(?P<y>(?:19|20)[0-9]{{2}})(?=[0-9]{{0,9}}(?![0-9]))",
        "    (?<![0-9])(?P<y>(?:19|20)[0-9]{{2}})(?![0-9])",
    ),  # 13
    (P, "      | {_GLUED_MDY}\n", ""),  # 14
    (
        P,
        r'|(?<=[0-9],\x20?)(?:19|20)[0-9]{2}(?=[0-9])")',
        '")',
    ),  # 15
    (G, '|(?<=[a-z])[A-Z]")', '")'),  # 16
    # -- fix293 --------------------------------------------------------------------------------
    (
        A,
        "    elif title is None and (chrome_crumb := _chrome_crumb_over_lead(lines, outside)) is not None:",
        "    elif False and (chrome_crumb := _chrome_crumb_over_lead(lines, outside)) is not None:",
    ),  # 17
    (
        T,
        '        if index not in outside and line.info.kind != "control":\n            break\n        if line.info.reason == "breadcrumb":\n            crumb = index',
        '        if line.info.reason == "breadcrumb":\n            crumb = index',
    ),  # 18
    (
        P,
        "        {_BL}د{_BR}{_GP}                                # Gregorian one), Pashto «د» (of:",
        "        (?:{_BL}د{_BR}{_GP})?                                # Gregorian one), Pashto «د» (of:",
    ),  # 19
    (
        P,
        "        (?!{_GP}[\\p{{L}}])         # last, no word after it",
        "                 # last, no word after it",
    ),  # 20
    (
        P,
        "      | (?<![0-9])(?P<y>1[34][0-9]{{2}})(?![0-9]){_GP}   # a solar year",
        "      | (?<![0-9])(?P<y>[0-9]{{4}})(?![0-9]){_GP}   # a solar year",
    ),  # 21
    (
        S,
        '    if not segments or not segments[0].startswith(("19", "20")):',
        "    if not segments:",
    ),  # 22
    (
        CA,
        "                and _one_item(state)\n                and not _prints_another_month(state, dated)\n            )\n        )\n        and not _dateline_names_another_day(state, dated)\n    ):\n        # «/2023",
        "                and _one_item(state)\n            )\n        )\n        and not _dateline_names_another_day(state, dated)\n    ):\n        # «/2023",
    ),  # 23
    (
        CA,
        "        and not _dateline_names_another_day(state, dated)\n    ):\n        # «/2023",
        "    ):\n        # «/2023",
    ),  # 24
    (
        HT,
        "    home_url = address or _site_home(tree, found.feed_hosts)",
        "    home_url = url or (None if address is not None else _site_home(tree, found.feed_hosts))",
    ),  # 25
    (
        A,
        '        and _agreeing_sources(title, hints.titles) <= {"h1"}\n        and _inside_printed_title_tag(state.lines, title, hints.titles)\n    ):\n        # «<h1>',
        "        and _inside_printed_title_tag(state.lines, title, hints.titles)\n    ):\n        # «<h1>",
    ),  # 26
    (
        T,
        "        and _kicker_over_verb_headline(state.lines, index, outside)\n    ):",
        "        and False\n    ):",
    ),  # 27
    (
        T,
        "        state.title_doubt = (_KICKER_OVER_VERB_HEADLINE, index)\n        return index + 1, rule",
        "        state.title_doubt = (_KICKER_OVER_VERB_HEADLINE, index)\n        return index, rule",
    ),  # 28
    (T, "    if headline.key.startswith(kicker.key):", "    if False:"),  # 29
    (
        T,
        "        and words <= _content_words(headline)\n        and not _ends_with_verb(kicker)",
        "        and not _ends_with_verb(kicker)",
    ),  # 30
    (
        T,
        "        and not _ends_with_verb(kicker)\n        and _ends_with_verb(headline)\n",
        "        and not _ends_with_verb(kicker)\n",
    ),  # 31
    (T, "REPEATED_KICKER_WORDS = 6", "REPEATED_KICKER_WORDS = 5"),  # 32
    (
        T,
        "        and not any(char.isdigit() for char in kicker.norm + headline.norm)\n",
        "",
    ),  # 33
    # -- fix294, 781aee3e ----------------------------------------------------------------------
    (
        L,
        "                elif footer and (footer_at := _glued_footer_cut(text)) is not None:",
        "                elif False and (footer_at := _glued_footer_cut(text)) is not None:",
    ),  # 34
    (
        L,
        "    footer = any(word in doc for word in _GLUED_FOOTER_FIRST_WORDS) and (",
        "    footer = any(word in doc for word in _GLUED_FOOTER_FIRST_WORDS[1:]) and (",
    ),  # 35
    (L, "    if count_words(text[:stop]) < GLUED_FOOTER_SENTENCE_WORDS:", "    if False:"),  # 36
    (L, "GLUED_FOOTER_SENTENCE_WORDS = 4", "GLUED_FOOTER_SENTENCE_WORDS = 5"),  # 37
    (
        L,
        "    if rest.strip() and _FOOTER_AUTHOR.fullmatch(rest.rstrip()) is None:\n        return None\n",
        "",
    ),  # 38
    (L, "        or info.labels[0].span[0] != 0\n", ""),  # 39
    (V, '            "ارسال در تاریخ",\n', ""),  # 40
    (
        L,
        r'_FOOTER_AUTHOR = regex.compile(r"[\x20]+توسط(?:[\x20\u200c]+[\p{L}\p{M}\u200c]+){1,4}")',
        r'_FOOTER_AUTHOR = regex.compile(r"[\x20]+توسط(?:[\x20\u200c]+[\p{L}\p{M}\u200c]+){1,3}")',
    ),  # 41
    (T, "                or (index > 1 and _ad_name_twin(lines, index))\n", ""),  # 42
    (
        T,
        "        and lines[index - 2].key in _AD_LINKS\n        and not (index + 1 < len(lines) and _dated_line(lines[index + 1]))",
        "        and not (index + 1 < len(lines) and _dated_line(lines[index + 1]))",
    ),  # 43
    (
        A,
        "        if state.title_doubt is None and _name_unshared(lines, title, lone_head):",
        "        if False:",
    ),  # 44
    (
        LI,
        "    return not any(word.startswith(stem) for stem in own for word in item)",
        "    return not any(word == stem for stem in own for word in item)",
    ),  # 45
    (
        LI,
        "    if (cut_at := _cut_teaser_end(lines, at, outside)) is not None:\n        at, teaser = cut_at, lines[cut_at]\n",
        "",
    ),  # 46
    (LI, "TEASER_MORE_LINES = 2", "TEASER_MORE_LINES = 1"),  # 47
    # -- fix296 --------------------------------------------------------------------------------
    (
        CA,
        "            and lines[index - 1].text.rstrip().endswith(_LABEL_ENDS)\n",
        "            and False\n",
    ),  # 48
    (
        L,
        "    if rest[0] in _CURLY_OPENINGS and rest[-1] in _CURLY_CLOSINGS and len(rest) > 2:",
        "    if False:",
    ),  # 49
    (
        L,
        "_GAPPED_TEXT_OPENINGS = frozenset('«\"0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩') | _CURLY_OPENINGS",
        "_GAPPED_TEXT_OPENINGS = frozenset('«\"0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩')",
    ),  # 50
    (T, "        and not _never_title(short)\n", ""),  # 51
    (
        T,
        "            and not (motto.chrome or (motto.byline and not _writings(motto)) or motto.paragraph)",
        "            and not (motto.chrome or motto.byline or motto.paragraph)",
    ),  # 52
    # -- fix297 --------------------------------------------------------------------------------
    (V, '"AEDT", "ET", "CT", "MT", "PT",', '"AEDT", "CT", "MT", "PT",'),  # 53
    (
        V,
        '(("تشرین الثانی", "تشرین ثانی"), ("نوفمبر",)),',
        '(("تشرین الثانی",), ("نوفمبر",)),',
    ),  # 54
    # -- fix298 --------------------------------------------------------------------------------
    (
        LI,
        "        # headline under it, never a column of items (goftemandarya.com, blind100 2579)\n        and line.text.rstrip()[-1:] not in _KICKER_ENDS\n",
        "        # headline under it, never a column of items (goftemandarya.com, blind100 2579)\n",
    ),  # 55
    (LI, "        and not _credited_below(lines, above)\n", ""),  # 56
    (
        LI,
        '    if line.info.kind != "text" or not 1 <= line.words <= 2:\n        return False\n    own = line.norm.strip()',
        '    if line.info.kind != "text" or not 1 <= line.words <= 1:\n        return False\n    own = line.norm.strip()',
    ),  # 57
    (
        LI,
        "        if rest.startswith(own) and not rest[len(own) : len(own) + 1].isalpha():",
        "        if rest.startswith(own):",
    ),  # 58
    (
        V,
        'CREDIT_OPENINGS: Final = ("به گزارش خبرنگار", "به گزارش", "به نقل از")',
        'CREDIT_OPENINGS: Final = ("به گزارش خبرنگار", "به گزارش")',
    ),  # 59
    (
        A,
        "        if state.title_end is None and (twin := digit_twin_title(lines[title])) is not None:",
        "        if False and (twin := digit_twin_title(lines[title])) is not None:",
    ),  # 60
    (
        T,
        "            if to_ascii_digits(second) != second:\n                return (line.start + half + gap, line.start + len(text))\n",
        "",
    ),  # 61
    # -- fix299 --------------------------------------------------------------------------------
    (
        A,
        '        elif title_rule in ("headline", "first line") and _kicker_teasers(lines, title, outside):',
        "        elif False:",
    ),  # 62
    (LI, "KICKER_TEASERS = 3", "KICKER_TEASERS = 4"),  # 63
    (LI, "        or not any(char.isalpha() for char in lines[kicker].text)\n", ""),  # 64
    (LI, '            and ":" not in lines[at + 1].text\n', ""),  # 65
    (
        LI,
        "    heads = {lines[at + 1].key for at in range(first, last + 1, 2)}\n    return len(heads) >= KICKER_TEASERS",
        "    return (last - first) // 2 + 1 >= KICKER_TEASERS",
    ),  # 66
    (H, '_GLUED_MENU_FIRST = frozenset("rRصختد")', '_GLUED_MENU_FIRST = frozenset("rRصخ")'),  # 67
    (
        H,
        "        if not page_opener:\n            return False",
        "        if True:\n            return False",
    ),  # 68
    (
        H,
        "    if len(words) < GLUED_MENU_MIN_WORDS or page_opener:",
        "    if len(words) < GLUED_MENU_MIN_WORDS:",
    ),  # 69
    (
        H,
        "    if known == items and items >= GLUED_MENU_PAGE_ITEMS and (pages > 0 or page_opener):",
        "    if known == items and items >= GLUED_MENU_PAGE_ITEMS and pages > 0:",
    ),  # 70
    (
        H,
        "    |(?i:{words(vocab.VIEW_COUNTER_LABELS)}){_G}[0-9][0-9,]*\n",
        "    |(?!)[0-9][0-9,]*\n",
    ),  # 71
    (
        H,
        '    if len(words) <= LOADER_WORDS and " ".join(words).lower() in _LOADER_TEXTS:\n        return True\n',
        '    if len(words) <= LOADER_WORDS:\n        return " ".join(words).lower() in _LOADER_TEXTS\n',
    ),  # 72
    (
        T,
        "    for name, subtitle in ((index - 1, 0), (index, 0), (index - 4, 1)):",
        "    for name, subtitle in ((index - 1, 0), (index, 0)):",
    ),  # 73
    (T, "                    and lines[post + 2].words < LEAD_WORDS\n", ""),  # 74
    # -- fix300 --------------------------------------------------------------------------------
    (
        T,
        "            and _glued_crumb_runs_on(line.norm, start)\n",
        "            and False\n",
    ),  # 75
    (T, "GLUED_SURE_CRUMB_WORDS = 2", "GLUED_SURE_CRUMB_WORDS = 3"),  # 76
    (
        T,
        '    return len(crumb) > GLUED_SURE_CRUMB_WORDS or (first.endswith("ی") and not first.endswith("ای"))',
        '    return len(crumb) > GLUED_SURE_CRUMB_WORDS or first.endswith("ی")',
    ),  # 77
    # -- speed57 -------------------------------------------------------------------------------
    (L, "            if line.words <= _KEPT_WORDS_MAX:", "            if True:"),  # 78
    (L, "                self._paragraphs[index] = line.paragraph\n", ""),  # 79
]
TESTS = [
    "tests/test_fix292.py",
    "tests/test_fix293.py",
    "tests/test_fix294.py",
    "tests/test_fix296.py",
    "tests/test_fix297.py",
    "tests/test_fix298.py",
    "tests/test_fix299.py",
    "tests/test_fix300.py",
    "tests/test_speed57.py",
    "tests/adversarial/test_attacks81.py",
    "tests/adversarial/test_attacks82.py",
    "tests/test_mut55.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
