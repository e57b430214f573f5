"""Hand-written mutants of fix204-fix208, real62 and speed44, the rules with no mutation round
yet.

fix204 (``_sources.joomla_list_view``, ``_header.SHORT_DATELINE_DATE``,
``_reading._read_short_dateline`` with its century rule and ``two-digit-year`` warning,
``_listing._dateline_reports`` / ``DATELINE_REPORTS``, ``OTHER_HEADLINES_SHARED_WORDS``),
real62 (``_title._stamp_opened_title``, ``_title._completes_invocation``, ``_title._cut_echo``,
``_header.bracket_cells``, WordPress's «/%year%/%post_id%/%postname%/»), fix205
(``_listing._news_section_name`` with ``_chrome._institution`` / ``INSTITUTION_MAX_WORDS``,
spaced weekdays in ``_listing._day_headed_posts``, ``_title._ONE_STATEMENT_BREAKS``,
``_title._retells_one_of_two``), fix206 (``_dates.hour_24`` with AM/PM markers), fix207
(``_evidence.date_heading`` / ``DATE_HEADING_LABEL_WORDS``, ``vocab.POSTS_LABEL_PATTERN``,
``_sources.discourse_topic``, «обновлено», ``m.`` country editions, ``_evidence.dateline_day``
/ ``DATELINE_MONTH_LETTERS``), fix208 (``_title._stopped_motto``,
``_title._sentence_over_question``, ``_evidence.LABEL_SEPARATORS``,
``COUPLET_INVOCATION_LINES``) and speed44 (``_listing._may_name_a_day``).

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`, those that exist)
are run against the copy with ``-x`` (tests/conformance too, for fix206's hour). The runner
takes the tests from the tree it is run from: the "before" count is the run from a ``git
archive`` of the commit that added this file, before any new test. Run from the repository
root::

    python benchmarks/hand_mutants_43.py            # "N/M killed"
    python benchmarks/hand_mutants_43.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The forty-third round: fix204-fix208 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, C, CA = "_article.py", "_title.py", "_listing.py", "_chrome.py", "_candidates.py"
S, H, V, E, HT = "_sources.py", "_header.py", "_vocab.py", "_evidence.py", "_html.py"
R, D = "_reading.py", "_dates.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix204: Joomla's list views ---------------------------------------------------------
    (
        S,
        '    return any(key.strip().lower() == "option" for key, _ in query) and any(',
        "    return any(",
    ),  # 0
    (S, '"category", "section", "itemlist", ', '"category", "section", '),  # 1
    (
        LI,
        "    if joomla_list_view([(name, value) for name, values in query.items()"
        " for value in values]):",
        "    if False:",
    ),  # 2
    # -- fix204: the two-digit year of an agency's dateline -----------------------------------
    (
        H,
        "(?P<d>[0-9]{{1,2}})[\\x20\\u200c]*\n    (?P<m>",
        "(?P<d>[0-9]{{1,2}})[\\x20\\u200c]+\n    (?P<m>",
    ),  # 3
    (
        H,
        "    (?P<m>{words((*vocab.JALALI_MONTHS, *vocab.AFGHAN_MONTHS))})\n"
        "    \\u200c*(?:[\\x20\\u200c]*ماه)?(?![\\p{{L}}\\p{{M}}])[\\x20\\u200c]*"
        "(?:[,،][\\x20\\u200c]*)?\n    (?P<y>[0-9]{{2}})\n",
        "    (?P<m>{words(vocab.JALALI_MONTHS)})\n"
        "    \\u200c*(?:[\\x20\\u200c]*ماه)?(?![\\p{{L}}\\p{{M}}])[\\x20\\u200c]*"
        "(?:[,،][\\x20\\u200c]*)?\n    (?P<y>[0-9]{{2}})\n",
    ),  # 4
    (
        H,
        "    if date is None and not bracketed and SHORT_DATELINE_DATE.fullmatch(norm, start, end):",
        "    if False:",
    ),  # 5
    (
        R,
        "        dated = SHORT_DATELINE_DATE.fullmatch(norm) if dateline else None",
        "        dated = None",
    ),  # 6
    (R, "CENTURY_SPLIT = 50", "CENTURY_SPLIT = 49"),  # 7
    (
        R,
        "        return options[0] if short >= CENTURY_SPLIT else options[1]",
        "        return options[0] if short > CENTURY_SPLIT else options[1]",
    ),  # 8
    (
        R,
        '    years = _page_years(state)\n    year = _century(int(match.group("y")), years)',
        '    years: list[int] = []\n    year = _century(int(match.group("y")), years)',
    ),  # 9
    (
        R,
        "    state.warn(\n"
        '        "two-digit-year",\n'
        '        f"{text!r} prints a two-digit year in its dateline; read as'
        ' {stamp.isoformat()[:10]} "\n'
        '        f"from {context}",\n'
        "        start,\n"
        "        end,\n"
        "    )\n",
        "",
    ),  # 10
    # -- fix204: dateline-led reports, other headlines' shared word ---------------------------
    (A, "        and _dateline_reports(lines, title, outside)\n", "        and False\n"),  # 11
    (LI, "DATELINE_REPORTS = 2", "DATELINE_REPORTS = 3"),  # 12
    (
        LI,
        '        if "(" not in line.norm[:DATELINE_MAX_CHARS] or dateline_date(line.norm) is None:\n'
        "            return False\n",
        '        if "(" not in line.norm[:DATELINE_MAX_CHARS] or dateline_date(line.norm) is None:\n'
        "            continue\n",
    ),  # 13
    (
        LI,
        "        if index in outside or not line.paragraph:\n            continue\n"
        '        if "(" not in',
        '        if index in outside:\n            continue\n        if "(" not in',
    ),  # 14
    (LI, "OTHER_HEADLINES_SHARED_WORDS = 1", "OTHER_HEADLINES_SHARED_WORDS = 0"),  # 15
    (LI, "OTHER_HEADLINES_SHARED_WORDS = 1", "OTHER_HEADLINES_SHARED_WORDS = 2"),  # 16
    # -- real62: a bracketed stamp before the headline ---------------------------------------
    (
        A,
        "        and (stamped := _stamp_opened_title(lines[title])) is not None",
        "        and (stamped := None) is not None",
    ),  # 17
    (T, '_STAMP_BRACKETS = {"[": "]", "(": ")"}', '_STAMP_BRACKETS = {"[": "]"}'),  # 18
    (
        T,
        "    if text[1 : start - line.start].strip() or text[end - line.start : close].strip():\n"
        "        return None  # more than the date in the brackets\n    rest = text[close + 1 :]\n"
        '    head = len(rest) - len(rest.lstrip(" -–|/،,:"))',
        "    if False:\n        return None\n    rest = text[close + 1 :]\n"
        '    head = len(rest) - len(rest.lstrip(" -–|/،,:"))',
    ),  # 19
    (
        T,
        "    if sum(any(map(str.isalpha, word)) for word in words) < DATED_TITLE_WORDS:",
        "    if sum(any(map(str.isalpha, word)) for word in words) < DATED_TITLE_WORDS - 1:",
    ),  # 20
    (
        T,
        "    if words[0] in _PHRASE_DATE_WORDS or any(map(str.isdigit, words[0])):",
        "    if any(map(str.isdigit, words[0])):",
    ),  # 21
    # -- real62: the invocation's couplet ----------------------------------------------------
    (T, "    if _completes_invocation(lines, index):", "    if False:"),  # 22
    (
        T,
        "    if index < 1 or not _invocation(lines[index - 1]):\n        return False\n"
        "    upper, line = lines[index - 1], lines[index]\n"
        "    if not (_verse_shaped(upper) and _verse_shaped(line)):\n        return False\n"
        "    one, two",
        "    if index < 1:\n        return False\n"
        "    upper, line = lines[index - 1], lines[index]\n"
        "    if not (_verse_shaped(upper) and _verse_shaped(line)):\n        return False\n"
        "    one, two",
    ),  # 23
    # -- real62: a headline's cut echo -------------------------------------------------------
    (T, "        echo = _cut_echo(text)", "        echo = None"),  # 24
    (
        T,
        "            DOUBLED_TITLE_WORDS <= len(rest) < len(first)",
        "            DOUBLED_TITLE_WORDS <= len(rest) <= len(first)",
    ),  # 25
    (
        T,
        "            and first[len(rest) - 1].startswith(rest[-1])",
        "            and first[len(rest) - 1] == rest[-1]",
    ),  # 26
    (
        T,
        '_CUT_ECHO_SEP = regex.compile(r"\\x20*[:\\-\\u2013\\u2014|]\\x20+")',
        '_CUT_ECHO_SEP = regex.compile(r"\\x20*[:|]\\x20+")',
    ),  # 27
    # -- real62: bracketed date cells --------------------------------------------------------
    (
        H,
        '        if info.kind == "text" and has_digit and (cells := bracket_cells(norm)) is not None:',
        "        if False:",
    ),  # 28
    (CA, "            and bracket_cells(line.norm) is not None\n", "            and False\n"),  # 29
    # -- real62: WordPress «/%year%/%post_id%/%postname%/» -----------------------------------
    (S, "_YEAR_POST_ID_DIGITS = 3", "_YEAR_POST_ID_DIGITS = 4"),  # 30
    (S, "        and not (len(digits) == 4 and _month_day(digits))\n", ""),  # 31
    # -- fix205: a news section's name over an institution's full name -----------------------
    (C, "INSTITUTION_MAX_WORDS = 6", "INSTITUTION_MAX_WORDS = 5"),  # 32
    (
        LI,
        "                and _institution(_Line(name, 0, len(name), False, 0))\n",
        "                and False\n",
    ),  # 33
    (
        LI,
        "                line.text.rstrip()[-1] not in _NAME_NEVER_ENDS\n                and ",
        "                ",
    ),  # 34
    (LI, "                and _SENTENCE_MARKS.isdisjoint(owner)\n", ""),  # 35
    # -- fix205: a spaced weekday in a day line; one statement; one of two retold ------------
    (
        LI,
        "        words = line.words - count_words(stamp.weekday) + 1",
        "        words = line.words",
    ),  # 36
    (
        T,
        '_ONE_STATEMENT_BREAKS = frozenset(".!؟?|:؛")',
        '_ONE_STATEMENT_BREAKS = frozenset(".!؟?:؛")',
    ),  # 37
    (T, "        and _ONE_STATEMENT_BREAKS.isdisjoint(above.text)\n", ""),  # 38
    (T, "        and len(own & told) < len(words & told)\n", ""),  # 39
    (
        T,
        "        and 2 * len(own & told) < len(own)\n",
        "        and 2 * len(own & told) <= len(own)\n",
    ),  # 40
    # -- fix206: a 24-hour hour with its AM/PM marker ----------------------------------------
    (D, "    return hour if hour in allowed else None", "    return hour"),  # 41
    (D, "    if 1 <= hour <= 12:\n        fits", "    if 0 <= hour <= 12:\n        fits"),  # 42
    (
        D,
        "        return fits[0] if len(fits) == 1 else None",
        "        return fits[0] if fits else None",
    ),  # 43
    # -- fix207: date headings, «نوشته‌ها», Discourse, «обновлено», m. editions, datelines --
    (E, "DATE_HEADING_LABEL_WORDS = 2", "DATE_HEADING_LABEL_WORDS = 1"),  # 44
    (
        E,
        '        not label or (label.endswith(":") and len(label[:-1].split())'
        " <= DATE_HEADING_LABEL_WORDS)",
        "        not label or (len(label[:-1].split()) <= DATE_HEADING_LABEL_WORDS)",
    ),  # 45
    (
        A,
        "        if matter.title is not None and not date_heading(matter.title):",
        "        if matter.title is not None:",
    ),  # 46
    (A, "            and not date_heading(head)\n", ""),  # 47
    (HT, "            and not date_heading(text)\n", ""),  # 48
    (
        C,
        '    r"|(?i:(?:tag|category|author)\\x20+archives?)|"\n    + vocab.POSTS_LABEL_PATTERN\n',
        '    r"|(?i:(?:tag|category|author)\\x20+archives?)"\n',
    ),  # 49
    (
        LI,
        "    listing = discourse_topic(segments) is None and (",
        "    listing = (",
    ),  # 50
    (
        S,
        "    if _DISCOURSE_SLUG.fullmatch(segments[1]) is None or segments[1].isdigit():",
        "    if _DISCOURSE_SLUG.fullmatch(segments[1]) is None:",
    ),  # 51
    (V, '            "обновлено",\n', ""),  # 52
    (
        S,
        '        if first in _MOBILE_LABELS and rest.count(".") >= 2:',
        "        if False:",
    ),  # 53
    (E, "DATELINE_MONTH_LETTERS = 3", "DATELINE_MONTH_LETTERS = 4"),  # 54
    (E, "DATELINE_MONTH_LETTERS = 3", "DATELINE_MONTH_LETTERS = 2"),  # 55
    (
        E,
        "    return months.pop() if len(months) == 1 else None",
        "    return months.pop() if months else None",
    ),  # 56
    (CA, "        found = dateline_day(line.norm)", "        found = None"),  # 57
    # -- fix208: a stopped motto, a sentence over a question, separators, invocation lines --
    (
        T,
        '    if not text.endswith(".") or text.endswith(".."):\n        return False\n    bare =',
        '    if not text.endswith("."):\n        return False\n    bare =',
    ),  # 58
    (T, '    return _verb_end(_Line(bare, 0, len(bare), False, 0)) == ""', "    return True"),  # 59
    (
        T,
        "            or (line.text.rstrip()[-1:] in _SENTENCE_ENDS and not (at > 0 and"
        " _stopped_motto(line)))",
        "            or (line.text.rstrip()[-1:] in _SENTENCE_ENDS and not _stopped_motto(line))",
    ),  # 60
    (T, "            or _sentence_over_question(lines, index, stop, outside)\n", ""),  # 61
    (
        T,
        '    if line.paragraph or line.words > MOTTO_WORDS or line.text.rstrip()[-1:] not in (".", "!"):',
        '    if line.paragraph or line.words > MOTTO_WORDS or line.text.rstrip()[-1:] not in (".",):',
    ),  # 62
    (
        T,
        "    if stop != index + 1 or stop >= len(lines):\n        return None\n    line = lines[index]\n"
        "    if line.paragraph or line.words > MOTTO_WORDS",
        "    if stop >= len(lines):\n        return None\n    line = lines[index]\n"
        "    if line.paragraph or line.words > MOTTO_WORDS",
    ),  # 63
    (
        E,
        'LABEL_SEPARATORS = (":", "-", "\\u2013", "\\u2014", "|", "/")',
        'LABEL_SEPARATORS = (":", "-", "\\u2013", "\\u2014", "|")',
    ),  # 64
    (T, "COUPLET_INVOCATION_LINES = 2", "COUPLET_INVOCATION_LINES = 1"),  # 65
    # -- speed44: a day line turned away without the grammar ---------------------------------
    (
        LI,
        "    return found.parts.hour is None and found.parts.weekday is not None",
        "    return found.parts.weekday is not None",
    ),  # 66
    (
        LI,
        "    return found.parts.hour is None and found.parts.weekday is not None",
        "    return found.parts.hour is None",
    ),  # 67
]
TESTS = [
    "tests/test_fix204.py",
    "tests/test_fix205.py",
    "tests/test_fix206.py",
    "tests/test_fix207.py",
    "tests/test_fix208.py",
    "tests/test_real62.py",
    "tests/test_mut42.py",
    "tests/adversarial/test_attacks65.py",
    "tests/adversarial/test_attacks66.py",
    "tests/conformance",  # fix206's hours: the conformance cases of persian-date libraries
    "tests/test_mut43.py",  # this round's tests (absent from the "before" archive)
    "tests/test_fix213.py",  # the fix of this round's main-wrong pages
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
