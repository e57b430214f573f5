"""Hand-written mutants of fix114, attack42's fix, the month-name rule and speed34's prefilters.

The rules merged since the twenty-eighth round: fix114 (a Blogger post's hyphenated date glued
to its headline's end is cut off the title, ``_title._HYPHENED_DAY`` in ``_dated_title``; a
weekday's two-digit-year date reads the time after it, ``_header.SHORT_JALALI_DATE``'s tail,
``_reading._read_short_jalali``, and the bad-time check both two-digit-year readers share,
``_reading._bad_time_after``), attack42's fix (a landline number with its trunk zero is no ID,
``_sources._PHONE_NUMBER`` at every place a mobile number was refused; fix109's underscore ID
never reads six or eight digits that read as a date), the month-name rule (a line that is only
a month's name is never the title nor a list's name, ``_header.is_month_alone``, 03bcfdd) and
speed34's C tests before regex patterns (registered in ``testing.PREFILTERS``; a prefilter
that wrongly rejects a line the pattern matches is a real bug).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``, then, if none failed, tests/test_pages.py on the pages fix114
was made for (``-k`` :data:`PAGES`). Run from the repository root::

    python benchmarks/hand_mutants_29.py            # "N/M killed"
    python benchmarks/hand_mutants_29.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The twenty-ninth round: fix114, attack42, the month-name rule and
speed34 under mutation", gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, C, CA, S = "_article.py", "_title.py", "_chrome.py", "_candidates.py", "_sources.py"
E, H, L, LI, R = "_evidence.py", "_header.py", "_lines.py", "_listing.py", "_reading.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix114: the hyphenated date glued to a headline's end -------------------------------
    (
        T,
        '_HYPHENED_DAY = regex.compile(r"[0-9]{1,2}-\\p{L}+-[0-9]{4}")',
        '_HYPHENED_DAY = regex.compile(r"[0-9]{1}-\\p{L}+-[0-9]{4}")',
    ),  # 0
    (
        T,
        '_HYPHENED_DAY = regex.compile(r"[0-9]{1,2}-\\p{L}+-[0-9]{4}")',
        '_HYPHENED_DAY = regex.compile(r"[0-9]{1,2}-\\p{L}+-?[0-9]{4}")',
    ),  # 1
    (
        T,
        "        _HYPHENED_DAY.fullmatch(line.norm, start - offset) is not None",
        "        _HYPHENED_DAY.search(line.norm) is not None",
    ),  # 2
    (
        T,
        '    if any(map(str.isalpha, text[start - offset :].replace("T", ""))) and not (',
        "    if False and not (",
    ),  # 3
    (
        T,
        "    if end != line.end:\n        return None\n    if any(",
        "    if False:\n        return None\n    if any(",
    ),  # 4
    # -- fix114: the two-digit-year date's time; the shared bad-time check ------------------
    (
        H,
        "    (?P<y>[0-9]{{2}})(?![0-9/.:\\-])\n    (?P<tail>[\\x20\\u200c]*(?:[،,\\-|][\\x20\\u200c]*)?{TIME_TEXT}(?![0-9:]))?\n",
        "    (?P<y>[0-9]{{2}})(?![0-9/.:\\-])\n    (?P<tail>(?!))?\n",
    ),  # 5
    (
        H,
        "    (?P<y>[0-9]{{2}})(?![0-9/.:\\-])\n    (?P<tail>[\\x20\\u200c]*(?:[،,\\-|][\\x20\\u200c]*)?{TIME_TEXT}(?![0-9:]))?\n",
        "    (?P<y>[0-9]{{2}})(?![0-9/.:\\-])\n    (?P<tail>[\\x20\\u200c]*(?:[،,|][\\x20\\u200c]*)?{TIME_TEXT}(?![0-9:]))?\n",
    ),  # 6
    (
        H,
        "    (?P<y>[0-9]{{2}})(?![0-9/.:\\-])\n    (?P<tail>[\\x20\\u200c]*(?:[،,\\-|][\\x20\\u200c]*)?{TIME_TEXT}(?![0-9:]))?\n",
        "    (?P<y>[0-9]{{2}})(?![0-9/.:\\-])\n    (?P<tail>[\\x20\\u200c]*(?:[،,\\-|][\\x20\\u200c]*)?{TIME_TEXT})?\n",
    ),  # 7
    (
        R,
        '        tail = match.group("tail") or ""\n        stamp = parse_datetime(f"{match.group',
        '        tail = ""\n        stamp = parse_datetime(f"{match.group',
    ),  # 8
    (
        R,
        "    if _bad_time_after(state, match, offset, start):\n        return None\n    try:\n"
        "        # The time as printed",
        "    if False:\n        return None\n    try:\n        # The time as printed",
    ),  # 9
    (
        R,
        "    if _bad_time_after(state, match, offset, start):\n        return None\n    try:\n"
        '        stamp = parse_datetime(f"{year}/',
        '    if False:\n        return None\n    try:\n        stamp = parse_datetime(f"{year}/',
    ),  # 10
    (
        R,
        "    bad = _SHORT_BAD_TIME.match(match.string, match.end())\n    if bad is None:",
        "    bad = _SHORT_BAD_TIME.match(match.string, match.end())\n    if True:",
    ),  # 11
    (
        R,
        '    r"[\\x20\\u200c]*(?:[،,\\-|][\\x20\\u200c]*)?(?:ساعت[\\x20\\u200c:]*)?[0-9]{1,3}:[0-9]"',
        '    r"[\\x20\\u200c]*(?:[،,\\-|][\\x20\\u200c]*)?[0-9]{1,3}:[0-9]"',
    ),  # 12
    (
        R,
        '    r"[\\x20\\u200c]*(?:[،,\\-|][\\x20\\u200c]*)?(?:ساعت[\\x20\\u200c:]*)?[0-9]{1,3}:[0-9]"',
        '    r"[\\x20\\u200c]*(?:[،,|][\\x20\\u200c]*)?(?:ساعت[\\x20\\u200c:]*)?[0-9]{1,3}:[0-9]"',
    ),  # 13
    # -- attack42: the landline number; the underscore ID's date code ----------------------
    (
        S,
        '_PHONE_NUMBER = re.compile(r"(?:0|98|0098)9[0-9]{9}|0[1-8][0-9]{9}")',
        '_PHONE_NUMBER = re.compile(r"(?:0|98|0098)9[0-9]{9}")',
    ),  # 14
    (
        S,
        '_PHONE_NUMBER = re.compile(r"(?:0|98|0098)9[0-9]{9}|0[1-8][0-9]{9}")',
        '_PHONE_NUMBER = re.compile(r"(?:0|98|0098)9[0-9]{9}|0[1-7][0-9]{9}")',
    ),  # 15
    (
        S,
        '_PHONE_NUMBER = re.compile(r"(?:0|98|0098)9[0-9]{9}|0[1-8][0-9]{9}")',
        '_PHONE_NUMBER = re.compile(r"(?:0|98|0098)9[0-9]{9}|0[2-8][0-9]{9}")',
    ),  # 16
    (S, "                and _PHONE_NUMBER.fullmatch(glued.group(1)) is None\n", ""),  # 17
    (S, "                and _DATE_CODE.fullmatch(glued.group(1)) is None\n", ""),  # 18
    (
        S,
        "        if len(digits) > _URL_ID_MAX or _PHONE_NUMBER.fullmatch(digits) is not None:",
        "        if len(digits) > _URL_ID_MAX:",
    ),  # 19
    (
        S,
        "            and _PHONE_NUMBER.fullmatch(value) is None\n        ):\n            return value\n"
        "    found_ids",
        "        ):\n            return value\n    found_ids",
    ),  # 20
    (
        S,
        "            if len(value) > _URL_ID_MAX or _PHONE_NUMBER.fullmatch(value) is not None:",
        "            if len(value) > _URL_ID_MAX:",
    ),  # 21
    (
        S,
        "                and len(value) <= _URL_ID_MAX\n"
        "                and _PHONE_NUMBER.fullmatch(value) is None\n",
        "                and len(value) <= _URL_ID_MAX\n",
    ),  # 22
    (
        S,
        "        and len(value) <= _URL_ID_MAX\n        and _PHONE_NUMBER.fullmatch(value) is None\n",
        "        and len(value) <= _URL_ID_MAX\n",
    ),  # 23
    (
        S,
        "        and _DATE_CODE.fullmatch(number) is None\n"
        "        and _PHONE_NUMBER.fullmatch(number) is None\n"
        "        and all(p.fullmatch(s)",
        "        and _DATE_CODE.fullmatch(number) is None\n        and all(p.fullmatch(s)",
    ),  # 24
    # -- the month-name rule --------------------------------------------------------------
    (
        H,
        "(?:{words((*vocab.JALALI_MONTHS, *vocab.GREGORIAN_MONTHS_FA))})",
        "(?:{words((*vocab.JALALI_MONTHS,))})",
    ),  # 25
    (
        H,
        "(?:{words((*vocab.JALALI_MONTHS, *vocab.GREGORIAN_MONTHS_FA))})",
        "(?:{words((*vocab.GREGORIAN_MONTHS_FA,))})",
    ),  # 26
    (
        H,
        "*vocab.GREGORIAN_MONTHS_FA))})(?:{_G}ماه)?",
        "*vocab.GREGORIAN_MONTHS_FA))})",
    ),  # 27
    (
        H,
        '    [\\x20\\u200c]*$""",\n    _FLAGS,\n)\nMONTH_ALONE_MAX',
        '    [\\x20\\u200c]*""",\n    _FLAGS,\n)\nMONTH_ALONE_MAX',
    ),  # 28
    (H, "MONTH_ALONE_MAX_CHARS = 16", "MONTH_ALONE_MAX_CHARS = 11"),  # 29
    (
        T,
        "            or (line.words <= 2 and is_month_alone(line.norm))",
        "            or (line.words <= 1 and is_month_alone(line.norm))",
    ),  # 30
    (T, "            or (line.words <= 2 and is_month_alone(line.norm))\n", ""),  # 31
    (LI, "        and not is_month_alone(line.norm)\n", ""),  # 32
    # -- speed34: C tests before regex patterns (a prefilter that rejects wrongly) ----------
    (L, '_ENUMERATED_FIRST = "-–•·*▪■●◾►▶0123456789"', '_ENUMERATED_FIRST = "-–•·*▪■●◾►▶"'),  # 33
    (L, '_ENUMERATED_LETTERS = "بپتجد"', '_ENUMERATED_LETTERS = "بپتج"'),  # 34
    (L, '_ENUMERATED_AFTER_LETTER = " :-)"', '_ENUMERATED_AFTER_LETTER = " :-"'),  # 35
    (
        L,
        '_ENUMERATED_WORDS = ("الف", "ماده", "بند", "تبصره", "فصل")',
        '_ENUMERATED_WORDS = ("الف", "ماده", "تبصره")',
    ),  # 36
    (
        L,
        "        and not (may_be_enumerated(line.norm) and _ENUMERATED.match(line.norm))",
        "        and not (False and _ENUMERATED.match(line.norm))",
    ),  # 37
    (
        L,
        '        and not ("." in line.text and _QUOTED_SENTENCE_END.search(line.text))',
        '        and not ("؟" in line.text and _QUOTED_SENTENCE_END.search(line.text))',
    ),  # 38
    (
        T,
        '    head = text.lstrip("\\x20\\u200c")[:4]\n    return not head.isalpha() or "ـ" in head',
        '    head = text.lstrip("\\x20\\u200c")[:4]\n    return not head.isalpha()',
    ),  # 39
    (
        T,
        "        near = _SECTION_MARK.match(text) if _may_mark_section(text) else None",
        "        near = None",
    ),  # 40
    (T, "    top = _OUTLINE_TOP.match(norm) if outlined else None", "    top = None"),  # 41
    (
        T,
        '        ")" in line.text and _LATIN_GLOSS_END.search(line.text)',
        '        "]" in line.text and _LATIN_GLOSS_END.search(line.text)',
    ),  # 42
    (
        T,
        '    staff = _STAFF_LINE.match(line.norm) if ":" in line.norm else None',
        "    staff = None",
    ),  # 43
    (T, '        and "#" in lines[index + 1].norm\n', "        and False\n"),  # 44
    (T, '        line.norm.startswith("در")\n', '        line.norm.startswith("دز")\n'),  # 45
    (
        T,
        "    if may_be_enumerated(line.norm) and _ENUMERATED.match(line.norm):",
        "    if False:",
    ),  # 46
    (
        H,
        '    if date is None and "شماره" in norm and _LONE_ISSUE.fullmatch(norm):',
        "    if False:",
    ),  # 47
    (
        C,
        '    return "شماره" in norm or "No." in norm or "NO." in norm',
        '    return "شماره" in norm or "No." in norm',
    ),  # 48
    (
        C,
        "    number = _MASTHEAD_NUMBER.search(line.norm) if _may_name_issue(line.norm) else None",
        "    number = None",
    ),  # 49
    (E, '_GLUED_RUBRIC_WORDS = ("خبر", "اخبار")', '_GLUED_RUBRIC_WORDS = ("خبر",)'),  # 50
    (
        LI,
        '    return norm.lstrip("\\x20\\u200c").startswith(_BROWSE_WORDS)',
        "    return norm.startswith(_BROWSE_WORDS)",
    ),  # 51
    (
        A,
        '            _AGENCY_CREDIT.match(lines[title].text) if "خبرگزاری" in lines[title].text else None',
        "            None",
    ),  # 52
    (A, '        and title.norm.startswith("به")\n', "        and False\n"),  # 53
    (
        CA,
        '        if "شده" in plain and _POST_FOOTER_LABEL.match(plain) and _under_read_more(state, index):',
        "        if False:",
    ),  # 54
]
TESTS = [
    "tests/test_fix114.py",
    "tests/adversarial/test_attacks42.py",
    "tests/test_month_alone.py",
    "tests/test_prefilters.py",
]
PAGES = [
    "tests/test_pages.py",
    "-k",
    " or ".join(f"{number}_" for number in (1540, 1541, 1543, 1544)),
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args, fallback=PAGES)


if __name__ == "__main__":
    sys.exit(main())
