"""Hand-written mutants of fix239-fix245 and real69, the rules with no mutation round yet.

fix239 (``_evidence.follow_line_end``, ``FOLLOW_LINE_WORDS``, ``vocab.FOLLOW_CALLS`` /
``FOLLOW_MESSENGERS``, ``_header._SIGNATURE_COMMENTS``: the Blogfa «| نظر بدهید» signature),
fix240 (``_listing``'s DNN glued «عنوان» / «تاریخ» record, ``_sources._dnn_path_item``'s
``/tabid/`` numbers, K2's ``itemlist``, ``vocab.ACCOUNT_NAMES``, ``_chrome._PATRONYMIC_NAME``,
``_title._item_under_lead_in``), fix241 (``_article._iranian_publisher`` and its
``zone-unread`` doubt, the «آخرین ویرایش:» label), fix242 (``_article._SECTION_LABEL``, a long
headline under a stopped lead over «به گزارش»), fix243 (``_patterns._NOT_JOINED``), fix244
(the Markdown home heading, ``_listing._headed_posts``, the copyright footer stamp,
``SERVED_DAY_UNMARKED_MIN_DAYS``, ``URL_GREGORIAN_MISMATCH_DAYS``), fix245
(``vocab.TITLE_WORD_CONTINUATIONS``, ``_header._anniversary_today``) and real69
(``_evidence.blessed_saying``, ``_title._history_page_name``, ``_header.today_bracket_date``).

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`, those that exist)
are run against the copy with ``-x``. The runner takes the tests from the tree it is run
from: the "before" count is the run from a ``git archive`` of the commit that added this
file, before any new test. Run from the repository root::

    python benchmarks/hand_mutants_49.py            # "N/M killed"
    python benchmarks/hand_mutants_49.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The forty-ninth round: fix239-fix245 and real69 under mutation",
gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, CH, S = "_article.py", "_title.py", "_listing.py", "_chrome.py", "_sources.py"
V, H, MD, E, CA = "_vocab.py", "_header.py", "_markdown.py", "_evidence.py", "_candidates.py"
P = "_patterns.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix239 --------------------------------------------------------------------------------
    (E, "FOLLOW_LINE_WORDS = 12", "FOLLOW_LINE_WORDS = 4"),  # 0
    (
        A,
        "        and (follow := follow_line_end(lines[title].norm)) is not None\n",
        "        and (follow := None) is not None\n",
    ),  # 1
    (
        E,
        "    rest = norm[end:].split()\n    if len(rest) < GLUED_RUBRIC_HEADLINE_WORDS or rest[0] in _PHRASE_OPENERS:",
        "    rest = norm[end:].split()\n    if len(rest) < GLUED_RUBRIC_HEADLINE_WORDS:",
    ),  # 2
    (
        E,
        "    rest = norm[end:].split()\n    if len(rest) < GLUED_RUBRIC_HEADLINE_WORDS or rest[0] in _PHRASE_OPENERS:",
        "    rest = norm[end:].split()\n    if rest[:1] == [] or rest[0] in _PHRASE_OPENERS:",
    ),  # 3
    (
        E,
        "    for found in _FOLLOW_END.finditer(norm, call.end(), reach):\n        end = found.end()",
        "    for found in _FOLLOW_END.finditer(norm, call.end(), reach):\n        end = found.end()\n"
        "        break",
    ),  # 4
    (
        E,
        "    if end is None:\n        return None\n    rest",
        "    if end is None:\n        end = reach\n    rest",
    ),  # 5
    (
        V,
        '    "توییتر", "تویتر", "فیسبوک", "آپارات", "یوتیوب", "لینکدین", "telegram", "instagram",',
        '    "توییتر", "تویتر", "فیسبوک", "آپارات", "یوتیوب", "لینکدین", "telegram",',
    ),  # 6
    (
        H,
        "    if tail and (comments := _SIGNATURE_COMMENTS.search(tail)) is not None:",
        "    if False and (comments := _SIGNATURE_COMMENTS.search(tail)) is not None:",
    ),  # 7
    (
        H,
        '    rf"(?:^|[\\x20\\u200c]*\\|)[\\x20\\u200c]*(?:[0-9]+',
        '    rf"(?:[\\x20\\u200c]*\\|)[\\x20\\u200c]*(?:[0-9]+',
    ),  # 8
    (V, '    "نظر بدهید", "نظر دهید", "نظرات", "نظر",', '    "نظر دهید", "نظرات", "نظر",'),  # 9
    # -- fix240 --------------------------------------------------------------------------------
    (
        LI,
        '    if label is None or _continues_title_word(label.group("name")):',
        "    if label is None:",
    ),  # 10
    (
        LI,
        "    if below is None or _GLUED_DATE_LABEL.fullmatch(lines[below].norm) is None:",
        "    if below is None:",
    ),  # 11
    (
        LI,
        "        glued = label is None and (label := _glued_title_row(lines, index, outside)) is not None",
        "        glued = False",
    ),  # 12
    (
        LI,
        "        if not glued and headline_over_label_row(lines, index, outside) is not None:",
        "        if headline_over_label_row(lines, index, outside) is not None:",
    ),  # 13
    (
        LI,
        '_GLUED_DATE_LABEL = regex.compile(r"[\\x20]*تاریخ\\d{2,4}/\\d{1,2}/\\d{1,4}[\\x20]*")',
        '_GLUED_DATE_LABEL = regex.compile(r"[\\x20]*تاریخ\\d{4}/\\d{1,2}/\\d{1,4}[\\x20]*")',
    ),  # 14
    (
        S,
        "    if (dnn_path := _dnn_path_item(segments)) is not None:\n        return dnn_path",
        "    if False:\n        return None",
    ),  # 15
    (
        S,
        "    if tab is None or not path[tab + 1].isdigit():",
        "    if False:",
    ),  # 16
    (
        S,
        "    if len(path) < 6 or path[-2].lower() != _DNN_ITEM_PATH_KEY:",
        "    if len(path) < 7 or path[-2].lower() != _DNN_ITEM_PATH_KEY:",
    ),  # 17
    (
        S,
        "        not (module.isascii() and module.isalpha())\n",
        "        False\n",
    ),  # 18
    (
        S,
        "    if path and path[-1].lower() == _DNN_PAGE_SCRIPT:\n        path.pop()",
        "    if False:\n        path.pop()",
    ),  # 19
    (
        LI,
        "    listing = listing or _K2_LIST_VIEW in keys[:-1]",
        "    listing = listing",
    ),  # 20
    (
        LI,
        "    listing = listing or _K2_LIST_VIEW in keys[:-1]",
        "    listing = listing or _K2_LIST_VIEW in keys",
    ),  # 21
    (
        V,
        'ACCOUNT_NAMES: Final = frozenset({"admin", "administrator", "ادمین"})',
        'ACCOUNT_NAMES: Final = frozenset({"administrator", "ادمین"})',
    ),  # 22
    (
        CH,
        "    if line.words == 1 and norm.strip().lower() in vocab.ACCOUNT_NAMES:",
        "    if line.words == 1 and norm.strip() in vocab.ACCOUNT_NAMES:",
    ),  # 23
    (
        CH,
        "    if line.words <= SURNAME_INITIALS_WORDS and _PATRONYMIC_NAME.match(text):",
        "    if False:",
    ),  # 24
    (
        CH,
        '    r"\\p{Lu}\\p{Ll}+(?:ович|евич|вич|ич|овна|евна|ична|инична)[\\x20]*[–—-][\\x20]"',
        '    r"\\p{Lu}\\p{Ll}+(?:ович|евич|вич|ич|овна|евна|ична|инична)[\\x20]*[–—-]?[\\x20]"',
    ),  # 25
    (T, "LEAD_IN_LIST_ITEMS = 2", "LEAD_IN_LIST_ITEMS = 3"),  # 26
    (
        T,
        '        and lines[above].norm.rstrip(" \\u200c\\xa0").endswith(":")\n    )\n    runs.update',
        "    )\n    runs.update",
    ),  # 27
    (T, "                or _item_under_lead_in(lines, index, lead_in_runs)\n", ""),  # 28
    (
        T,
        "    while above >= 0 and (_list_item(lines[above]) or not has_letter(lines[above].text)):",
        "    while above >= 0 and _list_item(lines[above]):",
    ),  # 29
    # -- fix241 --------------------------------------------------------------------------------
    (
        A,
        "        if dari is True:\n            dari = _iranian_publisher(state, hints.url) or True\n",
        "",
    ),  # 30
    (
        A,
        "    if len(signs) == 2:\n        return _IRANIAN_PUBLISHER",
        "    if len(signs) >= 1:\n        return _IRANIAN_PUBLISHER",
    ),  # 31
    (
        A,
        "    if signs:\n        return (\n            f\"the page's sentences",
        "    if False:\n        return (\n            f\"the page's sentences",
    ),  # 32
    (
        A,
        '        if stamp is None or stamp.calendar != "jalali":\n            continue\n        month = _IRANIAN_MONTH',
        "        if stamp is None:\n            continue\n        month = _IRANIAN_MONTH",
    ),  # 33
    (A, '_IRANIAN_HOST_SUFFIX = ".ir"', '_IRANIAN_HOST_SUFFIX = ".irx"'),  # 34
    (
        A,
        "        elif dari == _IRANIAN_PUBLISHER:\n            pass",
        "        elif dari == _IRANIAN_PUBLISHER:\n            state.afghan = True",
    ),  # 35
    (
        V,
        '            # fix241, attacks73).\n            "آخرین ویرایش",\n            "اخرین ویرایش",\n',
        "            # fix241, attacks73).\n",
    ),  # 36
    (
        V,
        '        "آخرین ویرایش",\n        "اخرین ویرایش",\n    }\n)',
        "    }\n)",
    ),  # 37
    # -- fix242 --------------------------------------------------------------------------------
    (A, "SECTION_LABEL_MORE_WORDS = 2", "SECTION_LABEL_MORE_WORDS = 0"),  # 38
    (A, "SECTION_LABELLED_WORDS = 3", "SECTION_LABELLED_WORDS = 4"),  # 39
    (
        A,
        '        and ":" not in lines[title].norm[section.end() :]\n',
        "",
    ),  # 40
    (
        A,
        "        if said is not False:\n            state.title_start = lines[title].start + section.end()",
        "        if said is True:\n            state.title_start = lines[title].start + section.end()",
    ),  # 41
    (
        A,
        "        if said is None and state.title_doubt is None:\n            state.title_doubt = (_SECTION_LABEL_DOUBT, None)",
        "        if False:\n            state.title_doubt = (_SECTION_LABEL_DOUBT, None)",
    ),  # 42
    (
        V,
        'SECTION_LABEL_WORDS: Final = ("اخبار", "خبرهای", "اطلاعیه ها", "اطلاعیه های")',
        'SECTION_LABEL_WORDS: Final = ("خبرهای", "اطلاعیه ها", "اطلاعیه های")',
    ),  # 43
    (
        T,
        '    if summary.text.rstrip()[-1:] == "." and _REPORT_OPENING.match(below.norm) is not None:',
        "    if _REPORT_OPENING.match(below.norm) is not None:",
    ),  # 44
    (
        T,
        "        # headline's length (:data:`HEADLINE_MAX_WORDS`) is the title (fix242).\n        most = HEADLINE_MAX_WORDS",
        "        # headline's length (:data:`HEADLINE_MAX_WORDS`) is the title (fix242).\n        most = most",
    ),  # 45
    # -- fix243 --------------------------------------------------------------------------------
    (P, '    r"(?:(?<![\\p{L}\\p{M}]-)|(?=[\\p{L}\\p{M}]++-[0-9]))"', '    r""'),  # 46
    (
        P,
        '    r"(?:(?<![\\p{L}\\p{M}]-)|(?=[\\p{L}\\p{M}]++-[0-9]))"',
        '    r"(?<![\\p{L}\\p{M}]-)"',
    ),  # 47
    (P, "      | {_BL}{_NOT_JOINED}  ", "      | {_BL}  "),  # 48
    (
        P,
        '_APOSTROPHES = "\'\\u2018\\u2019`\\u00b4"',
        '_APOSTROPHES = "\\u2018\\u2019`\\u00b4"',
    ),  # 49
    # -- fix244 --------------------------------------------------------------------------------
    (A, "        home_names = home_heading_names(work)", "        home_names = ()"),  # 50
    (
        MD,
        '        and (not url or urlsplit(url).netloc.lower().removeprefix("www.") not in hosts)\n',
        "",
    ),  # 51
    (
        MD,
        "    if not heads or not all(_HOME_LINK.fullmatch(head) for head in heads):\n        return ()",
        "    if not heads or not any(_HOME_LINK.fullmatch(head) for head in heads):\n        return ()",
    ),  # 52
    (
        LI,
        "            and not _headed_posts(lines, footers, outside)\n",
        "",
    ),  # 53
    (
        LI,
        "    if not _post_text_between(lines, -1, footers[0], outside):\n        return False\n    first_printed",
        "    first_printed",
    ),  # 54
    (LI, "            or first_printed[lines[head].key] < above\n", ""),  # 55
    (
        LI,
        "            or lines[head].paragraph\n            or lines[head].words > HEADLINE_MAX_WORDS\n",
        "",
    ),  # 56
    (
        CA,
        '    if lines[last].info.kind != "date" and not any(\n        phrase in lines[last].norm.lower() for phrase in _COPYRIGHT_PHRASES\n    ):',
        '    if lines[last].info.kind != "date":',
    ),  # 57
    (CA, "SERVED_DAY_UNMARKED_MIN_DAYS = 365", "SERVED_DAY_UNMARKED_MIN_DAYS = 30"),  # 58
    (
        CA,
        "        < (SERVED_DAY_MIN_DAYS if c.stamp.weekday is not None else SERVED_DAY_UNMARKED_MIN_DAYS)",
        "        < SERVED_DAY_MIN_DAYS",
    ),  # 59
    (A, "URL_GREGORIAN_MISMATCH_DAYS = 2", "URL_GREGORIAN_MISMATCH_DAYS = 1"),  # 60
    (A, "URL_GREGORIAN_MISMATCH_DAYS = 2", "URL_GREGORIAN_MISMATCH_DAYS = 3"),  # 61
    (V, '    "©",\n    "copyright",', '    "copyright",'),  # 62
    # -- fix245 --------------------------------------------------------------------------------
    (V, '        "بندی",\n        "بندیها",', '        "بندیها",'),  # 63
    (
        H,
        "    if today is None or _anniversary_today(norm[: today.start()]):",
        "    if today is None:",
    ),  # 64
    (
        H,
        "        _TODAY_COMPARED.search(before) is not None or _ANNIVERSARY_PHRASE.search(before) is not None",
        "        _TODAY_COMPARED.search(before) is not None",
    ),  # 65
    (
        H,
        "        _TODAY_COMPARED.search(before) is not None or _ANNIVERSARY_PHRASE.search(before) is not None",
        "        _ANNIVERSARY_PHRASE.search(before) is not None",
    ),  # 66
    # -- real69 --------------------------------------------------------------------------------
    (T, "                or blessed_saying(line.norm)\n", ""),  # 67
    (E, "SAYING_SOURCE_WORDS = 6", "SAYING_SOURCE_WORDS = 1"),  # 68
    (
        E,
        '        and _blessing(found.group("blessing"))\n',
        "",
    ),  # 69
    (
        E,
        "        len(words) == 1 and words[0] in vocab.BLESSING_ABBREVIATIONS",
        "        words[0] in vocab.BLESSING_ABBREVIATIONS",
    ),  # 70
    (T, "        and _history_page_name(lines[index - 1])\n", "        and False\n"),  # 71
    (T, "        and not any(at < index - 1 for at in candidate_set)\n", ""),  # 72
    (T, "HISTORY_PAGE_NAME_WORDS = 6", "HISTORY_PAGE_NAME_WORDS = 3"),  # 73
    (
        T,
        '        and line.text.rstrip()[-1:] not in ".!؟?؛:"\n        and _verb_end(line) == ""\n',
        '        and line.text.rstrip()[-1:] not in ".!؟?؛:"\n',
    ),  # 74
    (
        CA,
        "        found = today_bracket_date(line.norm)\n    if found is None:",
        "        found = None\n    if found is None:",
    ),  # 75
    (
        H,
        "        return None\n    if YEAR_CORE.search(norm, date.start(), date.end()) is None:\n        return None\n    return date.start(), date.end()\n\n\n# An agency",
        "        return None\n    return date.start(), date.end()\n\n\n# An agency",
    ),  # 76
    (
        H,
        '    if not norm[date.end() :].lstrip(" \\u200c").startswith(")"):\n        return None\n    if YEAR_CORE',
        "    if YEAR_CORE",
    ),  # 77
    (H, "    if date is None or date.start() != today.end():", "    if date is None:"),  # 78
]
TESTS = [
    "tests/test_fix239.py",
    "tests/test_fix240.py",
    "tests/test_fix241.py",
    "tests/test_fix242.py",
    "tests/test_fix243.py",
    "tests/test_fix244.py",
    "tests/test_fix245.py",
    "tests/test_real69.py",
    "tests/test_mut48.py",
    "tests/adversarial/test_attacks73.py",
    "tests/adversarial/test_attacks74.py",
    "tests/test_mut49.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
