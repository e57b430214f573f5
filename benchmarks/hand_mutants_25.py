"""Hand-written mutants of fix90-fix97's rules and attack37-attack38's fixes.

The rules merged since the twenty-fourth round: fix90 (a menu's «about» entry,
``_header._ABOUT_LABEL``; an institution's name alone in <title>, ``_pashto_institution``;
the dated permalink's slug doubt, ``_dated_slug_disowns``; the lone-teaser doubt not under a
news box heading), fix91 (a headline in two halves joined by a bar, ``_bar_joined_headline``;
a name printed twice at the top, ``_name_twice_on_top``; a section heading with its note in
brackets, ``_NOTED_SECTION``; the full-stop-unrestated doubt, ``_stopped_unrestated``), fix92
(an image's file name glued to prose, ``_glued_file_name``; a slash inside an open bracket; a
view count after a time), fix93 (an empty label's value, ``_empty_label_value``; one full post
under a list's name; a bulleted item, ``_bulleted_item``; a numbered first item; a run of cut
excerpts, ``_cut_excerpts_under``), fix94 (a source's dateline, ``_header.source_dateline``; a
date joined to its clock by a hyphen, ``_patterns``; a footer of slashed fields,
``_slashed_labels``; «شماره N» never a day), fix95 (a date with a note in brackets,
``_date_with_note``; a theme toggle run into the bar, ``_toggle_run_in``; a moderator's
notice, ``_MODERATED_POST``), fix96 (an agency's initials dateline, «all X» menu links, a
short slug before the item's ID, a sort control, a meta row's field, a name under the opening
date line, a lone long sentence), fix97 (a post's byline under «ادامه مطلب»,
``_under_read_more``; a spaced Gregorian date with its clock, ``_header.SPACED_DATE``; a
headline printed again under its meta block, ``_printed_around_header``), attack37 (the
speaker's contact call, ``_speaker_quote``; the lunar twin on the next line; the quote pair's
spaced full stops) and attack38 (a double-spaced source name, «شماره N» opening a headline,
``_ISSUE_IN_SENTENCE``).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``, then, if none failed, tests/test_pages.py on the pages these
rules were made for (``-k`` :data:`PAGES`). Run from the repository root::

    python benchmarks/hand_mutants_25.py            # "N/M killed"
    python benchmarks/hand_mutants_25.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The twenty-fifth round: fix90-fix97 and attack37-38 under mutation",
gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, H, P = "_article.py", "_header.py", "_patterns.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once.
MUTANTS = [
    # -- fix90: the «about» entry, the institution's <title>, the dated slug, the teaser ------
    (
        H,
        "        return True  # «درباره وزارت», «د وزیر په هکله»: a menu's «about» entry",
        "        pass",
    ),  # 0
    (
        A,
        '        3 <= len(words) <= INSTITUTION_MAX_WORDS\n        and words[0] == "د"',
        '        4 <= len(words) <= INSTITUTION_MAX_WORDS\n        and words[0] == "د"',
    ),  # 1
    (
        A,
        "        if _institution(tag_line) or _pashto_institution(tag_line):",
        "        if _institution(tag_line):",
    ),  # 2
    (
        A,
        "        and not any(is_news_heading(lines[index].norm) for index in above)",
        "        and True",
    ),  # 3
    (
        A,
        "        or address.slug_words < DATED_SLUG_WORDS\n",
        "        or address.slug_words < 2\n",
    ),  # 4
    (
        A,
        "    if 2 * len(words & held) >= len(words) or any(_slug_spells(line, slug) for line in lines):",
        "    if 2 * len(words & held) > len(words) or any(_slug_spells(line, slug) for line in lines):",
    ),  # 5
    # -- fix91: the bar-joined headline, the name twice on top, the noted section, the stop --
    (A, "BAR_HALF_MIN_WORDS = BAR_PART_WORDS + 1", "BAR_HALF_MIN_WORDS = BAR_PART_WORDS"),  # 6
    (
        A,
        '        or (" | " not in text and text[-1:] not in ("؟", "?"))\n',
        "",
    ),  # 7
    (
        A,
        "            return False  # a half printed alone below: the page's <title> over its headline",
        "            pass",
    ),  # 8
    (
        A,
        "            return False  # a half printed alone below: the page's <title> over its headline\n"
        "        if below.paragraph and below.words > line.words:",
        "            return False  # a half printed alone below: the page's <title> over its headline\n"
        "        if below.paragraph:",
    ),  # 9
    (
        A,
        '        or _NOT_LETTERS.sub("", lines[first].key) != _NOT_LETTERS.sub("", lines[first + 1].key)\n',
        "",
    ),  # 10
    (
        A,
        "    if not any(lines[at].paragraph for at in range(first + 2, index) if at not in outside):",
        "    if False:",
    ),  # 11
    (
        A,
        "        and _squash(noted.group(1)) in _DOCUMENT_SECTIONS\n",
        "",
    ),  # 12
    (
        A,
        "    return (_STOPPED_UNRESTATED, None) if 2 * shared < len(words) else None",
        "    return (_STOPPED_UNRESTATED, None) if 2 * shared <= len(words) else None",
    ),  # 13
    # -- fix92: the glued file name, the slash inside a bracket, the count after a time ----
    (A, "GLUED_FILE_NAME_TEXT_WORDS = 4", "GLUED_FILE_NAME_TEXT_WORDS = 5"),  # 14
    (
        A,
        "    if text.lstrip()[:1].isascii() and _glued_file_name(text):",
        "    if False:",
    ),  # 15
    (A, '        or head.count("(") > head.count(")")\n', ""),  # 16
    (
        H,
        '        and (not match.captures("H") or match.captures("MI"))',
        "        and True",
    ),  # 17
    # -- fix93: the empty label, one full post, the bulleted item, the cut excerpts --------
    (A, "EMPTY_LABEL_WORDS = 4", "EMPTY_LABEL_WORDS = 3"),  # 18
    (A, "    if _empty_label_value(lines, above, outside):\n", "    if False:\n"),  # 19
    (
        A,
        "    return words > 2 * LISTING_LEAD_WORDS",
        "    return words > 3 * LISTING_LEAD_WORDS",
    ),  # 20
    (
        A,
        "        and all(i in outside for i in range(above))\n        and not lines[index].paragraph\n",
        "        and not lines[index].paragraph\n",
    ),  # 21
    (A, "        and bulleted.words >= 3\n", "        and bulleted.words >= 4\n"),  # 22
    (A, "CUT_EXCERPT_RUN = 3", "CUT_EXCERPT_RUN = 4"),  # 23
    (
        A,
        "    return cut(title) and all(cut(index) for index in range(title - CUT_EXCERPT_RUN + 1, title))",
        "    return False",
    ),  # 24
    (
        A,
        "        and lines[title - 1].text.strip() in _FIRST_ITEM_NUMBERS\n",
        "        and False\n",
    ),  # 25
    # -- fix94: the source's dateline, the hyphen and clock, slashed footers, «شماره» ------
    (
        A,
        "    elif found is None and headed and _dash_near_start(line.norm):",
        "    elif False:",
    ),  # 26
    (H, '        or date.group("H") is None\n', ""),  # 27
    (H, "        or date.start() != start\n", ""),  # 28
    (H, "SOURCE_DATELINE_REACH = 40", "SOURCE_DATELINE_REACH = 20"),  # 29
    (
        H,
        '    if not labels and date is not None and "/" in norm:\n        labels = _slashed_labels(norm, date)',
        "    if False:\n        labels = _slashed_labels(norm, date)",
    ),  # 30
    (
        H,
        '    if not (norm[start - 1 : start] == "/" or norm[end : end + 1] == "/"):\n        return []',
        "    if False:\n        return []",
    ),  # 31
    (
        P,
        "    (?P<d>[0-9]{1,2})(?![0-9])                          # day, not part of a longer run\n"
        "    (?![/.\\\\][0-9]|-(?![0-9]{1,2}:[0-9]{2})[0-9])",
        "    (?P<d>[0-9]{1,2})(?![0-9])                          # day, not part of a longer run\n"
        "    (?![/.\\\\][0-9]|-[0-9])",
    ),  # 32
    (
        H,
        '        elif found.start() == found.start("d") and _named_month(found):',
        '        elif found.start() == found.start("d"):',
    ),  # 33
    # -- fix95: the date with its note, the toggle run in, the moderator's notice ----------
    (
        A,
        '    return note.startswith("(") and note.endswith(")") and note.count("(") == 1',
        "    return False",
    ),  # 34
    (
        A,
        '        return line.info.kind == "text" and _toggle_run_in(line)',
        "        return False",
    ),  # 35
    (
        A,
        '        and lowered[len(toggle) : len(toggle) + 1] in (" ", "\\t", "•", "|")\n',
        "",
    ),  # 36
    (
        A,
        '    r"(?:[ ‌]+[^\\W\\d_]+){0,6}[ ‌]+(?:حذف|بسته|ویرایش|قفل|پاک|مسدود|ادغام)"',
        '    r"(?:[ ‌]+[^\\W\\d_]+){0,5}[ ‌]+(?:حذف|بسته|ویرایش|قفل|پاک|مسدود|ادغام)"',
    ),  # 37
    # -- fix96: agency dateline, «all X», short slug, sort control, meta row, name, sentence
    (A, "AGENCY_DATELINE_WORDS = 7", "AGENCY_DATELINE_WORDS = 2"),  # 38
    (
        A,
        "    if line.words == 2 and _ALL_OF_A_KIND.fullmatch(norm):",
        "    if line.words == 3 and _ALL_OF_A_KIND.fullmatch(norm):",
    ),  # 39
    (
        A,
        '            and len([part for part in regex.split(r"[-_\\x20]+", seg) if part]) < SLUG_HEADLINE_WORDS',
        '            and len([part for part in regex.split(r"[-_\\x20]+", seg) if part]) < 0',
    ),  # 40
    (A, "SORT_CONTROL_REACH = 5", "SORT_CONTROL_REACH = 1"),  # 41
    (A, "META_ROW_REACH = 4", "META_ROW_REACH = 1"),  # 42
    (
        A,
        "    if not (_lone_separator(lines[above]) and _lone_separator(lines[below])):",
        "    if not (_lone_separator(lines[above]) or _lone_separator(lines[below])):",
    ),  # 43
    (
        A,
        '    if lines[above].info.kind != "date" or not lines[below].paragraph:',
        '    if lines[above].info.kind != "date":',
    ),  # 44
    (A, "    return all(at in outside for at in range(above))", "    return True"),  # 45
    (A, "LONE_SENTENCE_WORDS = 18", "LONE_SENTENCE_WORDS = 19"),  # 46
    (
        A,
        "    if any(at != title and at not in outside for at in range(len(lines))):\n        return False\n    return bool(_verb_end(line))",
        "    return bool(_verb_end(line))",
    ),  # 47
    # -- fix97: the byline under «ادامه مطلب», the spaced date's clock, the headline twice --
    (
        A,
        '    if _under_read_more(state, index):\n        state.ignore(state.lines[index], "another date")',
        '    if False:\n        state.ignore(state.lines[index], "another date")',
    ),  # 48
    (
        A,
        "    return index > 0 and _read_more(state.lines[index - 1])",
        "    return index > 0 and _read_more(state.lines[index])",
    ),  # 49
    (H, '    "(?P<t> [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"', '    ""'),  # 50
    (
        A,
        "                at > index + 1\n                and at + 1 < len(lines)",
        "                at + 1 < len(lines)",
    ),  # 51
    (A, "        and not _printed_around_header(lines, title, outside)\n", ""),  # 52
    # -- attack37: the speaker's call, the lunar twin, the quote pair's spaced stops -------
    (
        A,
        "        or (_CONTACT_PROMPT.search(norm) and not _speaker_quote(norm))",
        "        or _CONTACT_PROMPT.search(norm)",
    ),  # 53
    (
        A,
        '    r"^[\\x20\\u200c]*(?![^:]*(?:تماس|ارتباط|توجه|نکته|contact))"',
        '    r"^[\\x20\\u200c]*"',
    ),  # 54
    (
        A,
        "    if _lunar_twin_of_line_above(state, line, found, stamp):\n        return True",
        "    if False:\n        return True",
    ),  # 55
    (
        A,
        "    if abs((lunar - day).days) > HIJRI_TOLERANCE_DAYS:",
        "    if abs((lunar - day).days) > HIJRI_TOLERANCE_DAYS + 3:",
    ),  # 56
    # -- attack38: the double-spaced source name, «شماره N» opening a headline -------------
    (
        H,
        '        if not colon and field == "number" and _ISSUE_IN_SENTENCE.match(norm):',
        "        if False:",
    ),  # 57
    (
        H,
        '    r"(?:[\\x20\\u200c]+\\p{L}[\\p{L}\\p{M}\\u200c]*){4}"',
        '    r"(?:[\\x20\\u200c]+\\p{L}[\\p{L}\\p{M}\\u200c]*){5}"',
    ),  # 58
    (
        H,
        '(?:\\x20+\\p{L}[\\p{L}\\p{M}\\u200c]*)?"\n    r"[\\x20\\u200c]*[-–]',
        '(?:\\x20\\p{L}[\\p{L}\\p{M}\\u200c]*)?"\n    r"[\\x20\\u200c]*[-–]',
    ),  # 69
]
TESTS = [
    "tests/test_fix90.py",
    "tests/test_fix91.py",
    "tests/test_fix92.py",
    "tests/test_fix93.py",
    "tests/test_fix94.py",
    "tests/test_fix95.py",
    "tests/test_fix96.py",
    "tests/test_fix97.py",
    "tests/adversarial/test_attacks37.py",
    "tests/adversarial/test_attacks38.py",
]
PAGES = [
    "tests/test_pages.py",
    "-k",
    " or ".join(f"{number}_" for number in (1172, 1173, 1270, 1405, 1413)),
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args, fallback=PAGES)


if __name__ == "__main__":
    sys.exit(main())
