"""Hand-written mutants of fix209-fix214, real63 and the lead's mend ac51fe67, the rules with
no mutation round yet.

fix209 (``_evidence._date_archive_label`` with ``vocab.DATE_ARCHIVE_LABEL_WORDS`` /
``DATE_ARCHIVE_LABEL_MAX_WORDS``, ``_listing._dateline_reports`` under an ``<h1>``,
``_reading._day_without_its_contradicted_clock`` with ``_dates.LAST_HOUR`` /
``LAST_MINUTE``), fix210 (``_title._question_under_stopped_headline``,
``vocab.COUNTRY_EDITION_ZONES``, ``_html._signature_footer``,
``_header._day_before_clock_words``' cell bar), fix211 (``_title._cut_copy_over_whole``,
``_evidence._TODAY_WEEKDAY``, ``_article._today_over_lead``, ``_evidence.read_more_date_end``,
``_evidence.month_year_heading``, ``_title._long_headline_over_date``), fix212 (the home
address as a list's, ``HOME_ONE_ITEM_LINES``, ``_evidence.blog_platform_cut``, the skip
links), fix213 (``SENTENCE_OVER_QUESTION_BETWEEN``, ``STAMP_TITLE_WORDS``, ``_cut_echo``,
``_retold_as_the_dated_headline``, ``_reading._present_year``), fix214
(``_sources.edition_clock`` in ``_article``, ``_title._stands_alone``,
``_lines._announces_object`` and the causative verbs, ``_html._date_and_author_cells``,
``_article._one_read_more_teaser``) and real63 (``_header._name_before_date``'s semicolon,
``_title._byline_name_words``, ``_listing._next_label_alone``,
``_title._wrapped_sentence_piece``, ``_resolve._LENDS_TIME`` / ``_TAKES_LENT_TIME``,
``_candidates._url_number``'s ``/<module>/<N>/<name>``).

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`, those that exist)
are run against the copy with ``-x``. The runner takes the tests from the tree it is run
from: the "before" count is the run from a ``git archive`` of the commit that added this
file, before any new test. Run from the repository root::

    python benchmarks/hand_mutants_44.py            # "N/M killed"
    python benchmarks/hand_mutants_44.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The forty-fourth round: fix209-fix214 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, CA, RS = "_article.py", "_title.py", "_listing.py", "_candidates.py", "_resolve.py"
S, H, V, E, HT = "_sources.py", "_header.py", "_vocab.py", "_evidence.py", "_html.py"
R, D, LN = "_reading.py", "_dates.py", "_lines.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix209: a date archive's long label ---------------------------------------------------
    (E, "DATE_ARCHIVE_LABEL_MAX_WORDS = 6", "DATE_ARCHIVE_LABEL_MAX_WORDS = 5"),  # 0
    (E, "DATE_ARCHIVE_LABEL_MAX_WORDS = 6", "DATE_ARCHIVE_LABEL_MAX_WORDS = 3"),  # 1
    (E, "        and words[0] in vocab.ARCHIVE_WORDS\n", ""),  # 2
    (V, '"نوشته", "مطالب", "مطلب",', '"نوشته", "مطلب",'),  # 3
    (V, '"روز", "روزانه", "ماه",', '"روزانه", "ماه",'),  # 4
    (
        E,
        '    words = normalize(label).replace("\\u200c", " ").split()\n    return (\n'
        "        len(words) <= DATE_ARCHIVE_LABEL_MAX_WORDS",
        "    words = normalize(label).split()\n    return (\n"
        "        len(words) <= DATE_ARCHIVE_LABEL_MAX_WORDS",
    ),  # 5
    # -- fix209: <h1> over dateline reports ----------------------------------------------------
    (
        A,
        '        and title_rule in ("headline", "headline (h1)", "first line")\n'
        "        and not address.listing\n",
        '        and title_rule in ("headline", "first line")\n        and not address.listing\n',
    ),  # 6
    # -- fix209 / ac51fe67: the day kept under a contradicted clock ----------------------------
    (R, "        or _day_without_its_contradicted_clock(state, match, offset)\n", ""),  # 7
    (
        R,
        "        or hour_24(parts.hour, parts.ampm) is not None\n        or parts.hour > LAST_HOUR\n",
        "        or hour_24(parts.hour, parts.ampm) is not None\n",
    ),  # 8
    (
        R,
        "        or (parts.minute or 0) > LAST_MINUTE\n        or (parts.second or 0) > LAST_MINUTE\n",
        "        or (parts.second or 0) > LAST_MINUTE\n",
    ),  # 9
    (
        R,
        "        or parts.ampm is None\n        or hour_24(parts.hour, parts.ampm) is not None\n",
        "        or parts.ampm is None\n",
    ),  # 10
    (
        R,
        '    state.warn(\n        "time-unread",\n        f"{state.doc[start:end]!r}: {reason}',
        '    state.warn(\n        "invalid-date",\n        f"{state.doc[start:end]!r}: {reason}',
    ),  # 11
    (D, "LAST_HOUR = 23", "LAST_HOUR = 24"),  # 12
    (D, "LAST_MINUTE = 59", "LAST_MINUTE = 60"),  # 13
    # -- fix210: a stopped headline over its question ------------------------------------------
    (T, "        and 2 * asked < questioned\n", "        and 2 * asked <= questioned\n"),  # 14
    (T, "        and told * RESTATED_PART[1] >= said * RESTATED_PART[0]\n", ""),  # 15
    (
        T,
        '        or (line.text[-1] in "؟?" and _question_under_stopped_headline(lines, index))\n',
        "",
    ),  # 16
    (
        T,
        '    if lead.info.kind != "text" or lead.words <= headline.words:\n        return False\n'
        "    held = {word.strip(_WORD_EDGES) for word in _content_words(lead)}\n\n"
        "    def retold(",
        '    if lead.info.kind != "text":\n        return False\n'
        "    held = {word.strip(_WORD_EDGES) for word in _content_words(lead)}\n\n"
        "    def retold(",
    ),  # 17
    (
        T,
        "            or (\n                index - 1 <= STOPPED_SECTION_LINES\n"
        "                and all(above.info.kind in _HEADER_KINDS for above in lines[: index - 1])\n"
        "            )\n",
        "",
    ),  # 18
    # -- fix210: country editions, the signature footer, the name cell -------------------------
    (V, '    "by": "Europe/Minsk",\n', ""),  # 19
    (
        S,
        '        and not host.endswith(".ir")\n        and rest not in vocab.BLOG_PLATFORMS',
        "        and rest not in vocab.BLOG_PLATFORMS",
    ),  # 20
    (HT, "            and not _signature_footer(element)\n", ""),  # 21
    (HT, "SIGNATURE_FOOTER_WORDS = 20", "SIGNATURE_FOOTER_WORDS = 19"),  # 22
    (
        HT,
        '    return info.kind in ("date", "mixed") and info.date is not None',
        '    return info.kind == "date" and info.date is not None',
    ),  # 23
    (H, "        and _CELL_BAR not in norm[match.end() : after[0]]\n", ""),  # 24
    # -- fix211 / fix214: a cut copy over the whole headline -----------------------------------
    (
        A,
        "        and (whole := _cut_copy_over_whole(lines, title)) is not None\n",
        "        and (whole := None) is not None\n",
    ),  # 25
    (T, "                and len(head[:at].split()) <= GLUED_CRUMB_WORDS\n", ""),  # 26
    (T, '                and full[len(copy)] in " \\u200c"\n', ""),  # 27
    (
        T,
        '                and (head[:at].strip(" \\u200c") or _stands_alone(lines, below))\n',
        "",
    ),  # 28
    (
        T,
        "    return index + 1 >= len(lines) or lines[index + 1].blank_before",
        "    return True",
    ),  # 29
    # -- fix211: today's weekday over the lead -------------------------------------------------
    (E, r"امروز[\x20\u200c]*[،,(\-\u2013\u2014]?", r"امروز[\x20\u200c]*[،,(\-\u2014]?"),  # 30
    (
        A,
        "    state.today_weekdays = _today_in_lead(state, lead, end, outside) | _today_over_lead(\n"
        "        state, title, lead, outside\n    )\n",
        "    state.today_weekdays = _today_in_lead(state, lead, end, outside)\n",
    ),  # 31
    (A, '            and line.info.reason == "today widget"\n', ""),  # 32
    # -- fix211 / fix214: a read-more phrase and its date --------------------------------------
    (E, "READ_MORE_TITLE_WORDS = 3", "READ_MORE_TITLE_WORDS = 4"),  # 33
    (
        E,
        "        if len(found) != 1 or found[0].span is None or found[0].span != (0, len(tail)):",
        "        if len(found) != 1 or found[0].span is None:",
    ),  # 34
    (
        A,
        "        if state.title_end is None and (teaser := read_more_date_end(lines[title].norm)):",
        "        if False and (teaser := read_more_date_end(lines[title].norm)):",
    ),  # 35
    (A, "        and _one_read_more_teaser(lines, title, outside)\n", ""),  # 36
    # -- fix211: a month archive's heading, a long headline over its date ----------------------
    (E, "    if month_year_heading(text):\n        return True\n", ""),  # 37
    (E, "        vocab.CYRILLIC_MONTHS,\n", ""),  # 38
    (T, "LONG_HEADLINE_WORDS = 40", "LONG_HEADLINE_WORDS = 39"),  # 39
    (
        T,
        '    if line.words > LONG_HEADLINE_WORDS or line.text.rstrip()[-1] in _SENTENCE_ENDS + ":؛،":',
        "    if line.words > LONG_HEADLINE_WORDS:",
    ),  # 40
    (
        T,
        '    return below is not None and below.info.kind == "date" and not below.info.labels',
        '    return below is not None and below.info.kind == "date"',
    ),  # 41
    # -- fix212: a site's home address is a list's ---------------------------------------------
    (
        LI,
        "    listing = listing or (\n        home_address(url) and blog_platform_cut("
        '(parts.hostname or "").lower().split(".")) is None\n    )',
        "    listing = listing or home_address(url)",
    ),  # 42
    (LI, "(?:(?:index|default|home)\\.", "(?:(?:index|home)\\."),  # 43
    (
        LI,
        "    return bool(parts.hostname) and not parts.query and _HOME_PATH.fullmatch(",
        "    return bool(parts.hostname) and _HOME_PATH.fullmatch(",
    ),  # 44
    (A, "HOME_ONE_ITEM_LINES = 2", "HOME_ONE_ITEM_LINES = 1"),  # 45
    (A, "HOME_ONE_ITEM_LINES = 2", "HOME_ONE_ITEM_LINES = 3"),  # 46
    (A, '        and all(line.info.kind != "date" for line in short)\n', ""),  # 47
    (A, "        and not any(line.text.rstrip().endswith(_CUT_ENDS) for line in kept)\n", ""),  # 48
    (
        A,
        "        and (one_item_id(state, outside) or _one_undated_item(lines, outside))",
        "        and one_item_id(state, outside)",
    ),  # 49
    (E, "    for cut in range(1, len(labels)):", "    for cut in range(2, len(labels)):"),  # 50
    (V, '    "انتقال به محتوای اصلی",\n', ""),  # 51
    (
        A,
        "        and home_address(hints.url)\n    ):\n        # A site's home page names no list",
        "        and False\n    ):\n        # A site's home page names no list",
    ),  # 52
    # -- fix213 --------------------------------------------------------------------------------
    (T, "SENTENCE_OVER_QUESTION_BETWEEN = 2", "SENTENCE_OVER_QUESTION_BETWEEN = 1"),  # 53
    (
        T,
        "        lines[at].info.kind in _HEADER_KINDS or lines[at].byline for at in range(index + 1, stop)",
        "        lines[at].info.kind in _HEADER_KINDS for at in range(index + 1, stop)",
    ),  # 54
    (T, "STAMP_TITLE_WORDS = 2", "STAMP_TITLE_WORDS = 3"),  # 55
    (
        T,
        "            and (len(rest) < len(first) or rest[-1] != first[-1])",
        "            and len(rest) < len(first)",
    ),  # 56
    (T, "            or _retold_as_the_dated_headline(lines, index)\n", ""),  # 57
    (
        T,
        "            and len(own & told) == len(words & told)",
        "            and len(own & told) >= len(words & told)",
    ),  # 58
    (T, "            and 2 * len(words & told) >= len(words)\n", ""),  # 59
    (R, "    if options[1] > _present_year(base):\n        return options[0]\n", ""),  # 60
    (
        R,
        "    return gregorian_to_jalali(today)[0] if base == JALALI_YEARS[0] else today.year",
        "    return today.year",
    ),  # 61
    # -- fix214: a country edition's Jalali stamp, the announced object, the author cell -------
    (
        A,
        "            state.edition_clock\n            and published is not None",
        "            False\n            and published is not None",
    ),  # 62
    (
        A,
        "    state.edition_clock = hints.clock not in (None, _TAJIK_CLOCK) and hints.clock == ",
        "    state.edition_clock = hints.clock is not None and hints.clock == ",
    ),  # 63
    (LN, "        and words[-3] == _OBJECT_MARK\n", ""),  # 64
    (LN, '        "رساند", "رسانید", "درآورد",', '        "رسانید", "درآورد",'),  # 65
    (
        T,
        '    return _verb_end(bare) == "verb" or _announces_object(bare)',
        '    return _verb_end(bare) == "verb"',
    ),  # 66
    (HT, "        return _date_and_author_cells(cells)", "        return False"),  # 67
    (
        HT,
        "            if label.strip() not in _AUTHOR_LABELS:\n                return False\n",
        "",
    ),  # 68
    (HT, "    return dated == 1\n", "    return dated >= 1\n"),  # 69
    # -- real63 --------------------------------------------------------------------------------
    (
        H,
        '_NAME_DATE_DASH = re.compile(r"\\x20[-–—;؛]\\x20")',
        '_NAME_DATE_DASH = re.compile(r"\\x20[-–—]\\x20")',
    ),  # 70
    (
        T,
        '    colon = line.text.find(":")\n    if colon < 0:\n        return line.words',
        "    colon = -1\n    if colon < 0:\n        return line.words",
    ),  # 71
    (
        T,
        "        and _byline_name_words(lines[index]) <= NAME_MAX_WORDS",
        "        and _byline_name_words(lines[index]) < NAME_MAX_WORDS",
    ),  # 72
    (
        LI,
        "            words < TITLE_LABEL_WORDS and not _next_label_alone(lines, index, outside)",
        "            words < TITLE_LABEL_WORDS",
    ),  # 73
    (
        LI,
        r"(?:\x20[\p{L}\u200c]+){0,3}[\x20]*:[\x20]*",
        r"(?:\x20[\p{L}\u200c]+){0,2}[\x20]*:[\x20]*",
    ),  # 74
    (T, '"بر", "را", "بی", "طی"))', '"بر", "را", "بی"))'),  # 75
    (
        T,
        "        and not nxt.blank_before\n        and nxt.words > CONTINUED_MAX_WORDS\n",
        "        and nxt.words > CONTINUED_MAX_WORDS\n",
    ),  # 76
    (
        T,
        "        and nxt.words > CONTINUED_MAX_WORDS\n        and nxt.text[-1] in _SENTENCE_ENDS\n    )",
        "        and nxt.words > CONTINUED_MAX_WORDS\n    )",
    ),  # 77
    (
        RS,
        '_LENDS_TIME = frozenset({"footer date line"})',
        "_LENDS_TIME: frozenset[str] = frozenset()",
    ),  # 78
    (
        RS,
        '_TAKES_LENT_TIME = frozenset({"date line", "date line after lead"})',
        '_TAKES_LENT_TIME = frozenset({"date line after lead"})',
    ),  # 79
    (
        RS,
        '_TAKES_LENT_TIME = frozenset({"date line", "date line after lead"})',
        '_TAKES_LENT_TIME = frozenset({"date line"})',
    ),  # 80
    (
        RS,
        "                    or (other.rule in _LENDS_TIME and best.rule in _TAKES_LENT_TIME)",
        "                    or other.rule in _LENDS_TIME",
    ),  # 81
    (
        CA,
        "        if any(line.key == key for line in state.lines) or any(\n"
        "            _slug_spells(line, named[1]) for line in state.lines[:_ALIAS_HEADLINE_LINES]\n"
        "        ):",
        "        if any(line.key == key for line in state.lines):",
    ),  # 82
    (
        CA,
        "    if url and number is None and (named := url_named_number(url)) is not None:",
        "    if False and (named := url_named_number(url)) is not None:",
    ),  # 83
]
TESTS = [
    "tests/test_fix209.py",
    "tests/test_fix210.py",
    "tests/test_fix211.py",
    "tests/test_fix212.py",
    "tests/test_fix213.py",
    "tests/test_fix214.py",
    "tests/test_real63.py",
    "tests/test_mut43.py",
    "tests/adversarial/test_attacks66.py",
    "tests/adversarial/test_attacks67.py",
    "tests/test_resolver_mutants.py",  # real63's labelled day takes no lent time (pinned there)
    "tests/test_mut44.py",  # this round's tests (absent from the "before" archive)
    "tests/test_fix220.py",  # the fix of the pages this round found wrong on main (fix220)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
