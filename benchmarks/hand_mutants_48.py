"""Hand-written mutants of fix235-fix238 and real67, the rules with no mutation round yet.

fix235 (``_title.value_field`` and ``VALUE_FIELD_LABEL_WORDS`` / ``VALUE_FIELD_NUMBER_WORDS``,
``_choose_title``'s field giving way, ``_candidates._late_header``'s dated lead under a
question, ``_title._stopped_headline_over_date``'s dated lead, ``_listing._marked_signature``
and ``_post_footers``, ``_sources._joomla_item_under_numbered_menu``'s any word after the
front script, ``_article._without_document_dates``), fix236
(``_candidates._drop_served_day_stamp``, ``SERVED_DAY_MIN_DAYS``, ``_header._EMPTY_NAME_DATE``,
``_html._permalink_post_title``, ``_markdown.post_title_heading``), fix237
(``_header._home_crumbs_run``, ``_header._POST_BYLINE``, ``_title._broken_sentence_pieces``,
``_title._verse``'s couplets, ``_title._bracketed_headline``), fix238
(``_article._DOCUMENT_DATE_LABEL``, ``_chrome._DOCUMENT_DATE_REST``,
``_title._separated_label_field``, ``_title._field_run``, ``BYLINE_AROUND_PRINTS``,
``_title._name_over_question``, ``_title._stopped_over_its_date``,
``QUESTION_SUBTITLE_MIN_WORDS``) and real67 (``_article._DARI_WORDS``, ``_chrome._SITE_WORDS``,
``_chrome._calendar_weekday_row``, ``_chrome._SURNAME_INITIALS``,
``_title._speaker_colon_kicker``, ``_title._role_under_byline``,
``_candidates._mixed_digit_scripts``).

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`, those that exist)
are run against the copy with ``-x``. The runner takes the tests from the tree it is run
from: the "before" count is the run from a ``git archive`` of the commit that added this
file, before any new test. Run from the repository root::

    python benchmarks/hand_mutants_48.py            # "N/M killed"
    python benchmarks/hand_mutants_48.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The forty-eighth round: fix235-fix238 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, CH, S = "_article.py", "_title.py", "_listing.py", "_chrome.py", "_sources.py"
V, H, MD, HT, CA = "_vocab.py", "_header.py", "_markdown.py", "_html.py", "_candidates.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix235 --------------------------------------------------------------------------------
    (T, "VALUE_FIELD_LABEL_WORDS = 3", "VALUE_FIELD_LABEL_WORDS = 2"),  # 0
    (T, "VALUE_FIELD_NUMBER_WORDS = 4", "VALUE_FIELD_NUMBER_WORDS = 3"),  # 1
    (V, '"مهلت", "تاریخ", "زمان", "محل",', '"مهلت", "تاریخ", "زمان",'),  # 2
    (
        T,
        '        or _RUN_FIELD.match(line.norm) is None\n        or _verb_end(line) != ""\n'
        "    ):\n        return False\n    return _squash",
        "        or _RUN_FIELD.match(line.norm) is None\n    ):\n        return False\n"
        "    return _squash",
    ),  # 3
    (
        T,
        "        len(value_words) <= VALUE_FIELD_NUMBER_WORDS\n        and to_ascii_digits",
        "        True\n        and to_ascii_digits",
    ),  # 4
    (
        A,
        '            and title_rule in ("headline", "first line")\n            and value_field(',
        '            and title_rule in ("headline", "first line")\n            and False and value_field(',
    ),  # 5
    (
        T,
        "        at not in outside and at not in fields and _headline_shaped(lines[at])",
        "        at not in outside and _headline_shaped(lines[at])",
    ),  # 6
    (
        CA,
        "            index == lead + 1 and not state.lines[lead].paragraph and _dated_lead(line)",
        "            index == lead + 1 and _dated_lead(line)",
    ),  # 7
    (
        CA,
        "            index == lead + 1 and not state.lines[lead].paragraph and _dated_lead(line)",
        "            False",
    ),  # 8
    (
        T,
        "        or (lines[below].paragraph and not _dated_lead(lines[below]))",
        "        or lines[below].paragraph",
    ),  # 9
    (
        LI,
        "    return len(head) < len(line.norm) and head.startswith",
        "    return head.startswith",
    ),  # 10
    (
        V,
        'POST_SIGNATURE_OPENINGS: Final = ("نوشته شده در", "ارسال شده در")',
        'POST_SIGNATURE_OPENINGS: Final = ("ارسال شده در",)',
    ),  # 11
    (LI, '                or (line.info.kind == "mixed" and _marked_signature(line))\n', ""),  # 12
    (
        LI,
        "        if len(footers) < 2 or len({_digits_of(lines[at].norm) for at in footers}) < 2:",
        "        if len(footers) < 2:",
    ),  # 13
    (
        S,
        "        and (menu.group(1) in _ITEM_SEGMENTS or segments[at - 2].lower() == _JOOMLA_SCRIPT)",
        "        and menu.group(1) in _ITEM_SEGMENTS",
    ),  # 14
    (
        S,
        "        and (menu.group(1) in _ITEM_SEGMENTS or segments[at - 2].lower() == _JOOMLA_SCRIPT)",
        "        and (menu.group(1) in _ITEM_SEGMENTS or segments[at - 2].lower() != _JOOMLA_SCRIPT)",
    ),  # 15
    (
        A,
        "    if not documents or not any(cand.label and id(cand) not in documents for cand in pool):",
        "    if not documents:",
    ),  # 16
    (
        A,
        "        and not cand.machine\n        and normalize(cand.stamp.text)",
        "        and normalize(cand.stamp.text)",
    ),  # 17
    # -- fix236 --------------------------------------------------------------------------------
    (CA, "SERVED_DAY_MIN_DAYS = 30", "SERVED_DAY_MIN_DAYS = 31"),  # 18
    (CA, "SERVED_DAY_MIN_DAYS = 30", "SERVED_DAY_MIN_DAYS = 29"),  # 19
    (CA, "        and c.stamp.weekday is not None\n", ""),  # 20
    (CA, '    if last < 0 or lines[last].info.kind != "date":', "    if last < 0:"),  # 21
    (CA, "            _drop_served_day_stamp(state, stamp)\n", ""),  # 22
    (CA, '    state.ignore(lines[last], "today widget")', "    pass"),  # 23
    (
        H,
        r'_EMPTY_NAME_DATE = re.compile(r"\x20*[;؛]\x20")',
        r'_EMPTY_NAME_DATE = re.compile(r"\x20+[;؛]\x20")',
    ),  # 24
    (
        H,
        "    dash = _EMPTY_NAME_DATE.match(norm, start, limit) or _NAME_DATE_DASH",
        "    dash = _NAME_DATE_DASH",
    ),  # 25
    (HT, "    if len(entry_titles) != 1 or not url:", "    if not entry_titles or not url:"),  # 26
    (HT, "    if next(iter(find_dates(text)), None) is not None:\n        return None\n", ""),  # 27
    (
        HT,
        "    return node if href and same_address(urljoin(url, href), url) else None",
        "    return node if href else None",
    ),  # 28
    (
        MD,
        "    if len(_H2.findall(text)) != 1 or (post := _H2_LINK.search(text)) is None:",
        "    if (post := _H2_LINK.search(text)) is None:",
    ),  # 29
    (
        MD,
        "    if url and not same_address(urljoin(url, target), url):\n        return None\n",
        "",
    ),  # 30
    (
        MD,
        "        post.group(2) is None\n        and hosts\n",
        "        False\n        and hosts\n",
    ),  # 31 (fix244 rewrote the condition over three lines: the same mutant, dropped)
    # -- fix237 --------------------------------------------------------------------------------
    (H, "HOME_RUN_TAIL_WORDS = 2", "HOME_RUN_TAIL_WORDS = 1"),  # 32
    (
        V,
        'HOME_RUN_LIST_NAMES: Final = ("اخبار", "خبرها",',
        'HOME_RUN_LIST_NAMES: Final = ("خبرها",',
    ),  # 33
    (H, "    if _home_menu(norm) or _home_crumbs_run(norm):", "    if _home_menu(norm):"),  # 34
    (H, "POST_BYLINE_NAME_WORDS = 4", "POST_BYLINE_NAME_WORDS = 1"),  # 35
    (H, r"(?![\x20]+(?:آ|گرفت|داد|دهد|داده|می))", ""),  # 36
    (H, '        or ("دسته" in norm and _POST_BYLINE.fullmatch(norm) is not None)\n', ""),  # 37
    (T, "BROKEN_SENTENCE_WORDS = 8", "BROKEN_SENTENCE_WORDS = 9"),  # 38
    (T, "            and index - first >= 2\n", "            and index - first >= 3\n"),  # 39
    (T, "            and _AND_OPENING.match(lines[index].norm) is not None\n", ""),  # 40
    (
        T,
        '    return len(run) % 2 == 1 and line.text.endswith(("...", "…")) and line.text[-4:-3] != "."',
        '    return line.text.endswith(("...", "…")) and line.text[-4:-3] != "."',
    ),  # 41
    (
        T,
        "            if run and ((_set_apart(line, spaced) and len(run) % 2) or run[-1] != index - 1):",
        "            if run and (_set_apart(line, spaced) or run[-1] != index - 1):",
    ),  # 42
    (T, "BRACKETED_LEAD_SHARE = 0.6", "BRACKETED_LEAD_SHARE = 0.8"),  # 43
    (
        T,
        "    if len(words & below) < BRACKETED_LEAD_SHARE * len(words):\n        return False\n",
        "",
    ),  # 44
    # -- fix238 --------------------------------------------------------------------------------
    (
        A,
        r'+ r")(?:[\x20\u200c]+ها)?[\x20\u200c]*:?[\x20\u200c]*(?P<value>',
        r'+ r")(?:[\x20\u200c]+ها)?[\x20\u200c]*:[\x20\u200c]*(?P<value>',
    ),  # 45
    (
        CH,
        r'+ r")(?:[\x20\u200c]+ها)?[\x20\u200c]*:?[\p{P}\p{S}\x20\u200c]*"',
        r'+ r")(?:[\x20\u200c]+ها)?[\x20\u200c]*:[\p{P}\p{S}\x20\u200c]*"',
    ),  # 46
    (
        V,
        'DOCUMENT_DATE_WORDS: tuple[str, ...] = ("بخشنامه", "مصوبه", "نامه", "ابلاغیه")',
        'DOCUMENT_DATE_WORDS: tuple[str, ...] = ("مصوبه", "نامه", "ابلاغیه")',
    ),  # 47
    (T, "SEPARATED_EMPTY_FIELDS = 1", "SEPARATED_EMPTY_FIELDS = 0"),  # 48
    (
        T,
        "    return _separated_label_field(lines, at, step, empty_fields - 1) or (\n"
        "        line.words <= CARD_FIELD_MAX_WORDS",
        "    return _separated_label_field(lines, at, step, empty_fields - 1) or (\n"
        "        False and line.words <= CARD_FIELD_MAX_WORDS",
    ),  # 49
    (T, "FIELD_RUN_VERB_VALUES = 1", "FIELD_RUN_VERB_VALUES = 0"),  # 50
    (T, "FIELD_RUN_VERB_VALUES = 1", "FIELD_RUN_VERB_VALUES = 2"),  # 51
    (
        T,
        "        and _run_field_shape(lines[index - 1])\n        and _run_field_shape(lines[index + 1])\n",
        "        and _run_field_shape(lines[index - 1])\n",
    ),  # 52
    (
        T,
        "            and len({_card_label(w) for w in window}) in (1, size)",
        "            and len({_card_label(w) for w in window}) == size",
    ),  # 53
    (T, "BYLINE_AROUND_PRINTS = 2", "BYLINE_AROUND_PRINTS = 3"),  # 54
    (
        T,
        '        and (headline.text.rstrip().endswith("؟") or _verb_end(headline) != "")',
        '        and headline.text.rstrip().endswith("؟")',
    ),  # 55
    (
        T,
        '            and (lines[other].text[-1] != "." or _stopped_over_its_date(lines, other))',
        '            and lines[other].text[-1] != "."',
    ),  # 56
    (
        T,
        "        and lines[below].info.kind in _HEADER_KINDS\n        and bool(lines[below].info.dates or lines[below].info.date is not None)\n        and not lines[below].paragraph\n    )",
        "        and lines[below].info.kind in _HEADER_KINDS\n        and bool(lines[below].info.dates or lines[below].info.date is not None)\n    )",
    ),  # 57
    (T, "QUESTION_SUBTITLE_MIN_WORDS = 3", "QUESTION_SUBTITLE_MIN_WORDS = 4"),  # 58
    # -- real67 --------------------------------------------------------------------------------
    (
        A,
        r'r"|شاروالی|سارنوالی|دهاقین|حاصلات)(?![^\W\d_])"',
        r'r"|شاروالی|سارنوالی|حاصلات)(?![^\W\d_])"',
    ),  # 59
    (
        CH,
        '_SITE_WORDS = ("سایت", "وب‌سایت", "وبسایت", "پرتال", "پورتال")',
        '_SITE_WORDS = ("سایت", "وب‌سایت", "وبسایت", "پرتال")',
    ),  # 60
    (CH, "CALENDAR_ROW_DAYS = 5", "CALENDAR_ROW_DAYS = 6"),  # 61
    (
        CH,
        "        len(cell) == 1 and cell.isalpha() for cell in days",
        "        len(cell) <= 2 and cell.isalpha() for cell in days",
    ),  # 62
    (CH, r'    r"(?=[\x20]*(?:$|[–—,-]))"', r'    r"(?=[\x20]*(?:[–—,-]))"'),  # 63
    (CH, "SURNAME_INITIALS_WORDS = 16", "SURNAME_INITIALS_WORDS = 4"),  # 64
    (T, "SPEAKER_NAME_WORDS = 3", "SPEAKER_NAME_WORDS = 1"),  # 65
    (T, "        or _speaker_colon_kicker(lines[title - 1])\n", ""),  # 66
    (T, "BYLINE_ROLE_WORDS = 10", "BYLINE_ROLE_WORDS = 5"),  # 67
    (
        T,
        "        and upper.words > line.words\n        and _verb_end(line)",
        "        and _verb_end(line)",
    ),  # 68
    (T, "                or _role_under_byline(lines, index, stop)\n", ""),  # 69
    (CA, "    return latin and other", "    return False"),  # 70
]
TESTS = [
    "tests/test_fix235.py",
    "tests/test_fix236.py",
    "tests/test_fix237.py",
    "tests/test_fix238.py",
    "tests/test_real67.py",
    "tests/test_mut47.py",
    "tests/adversarial/test_attacks71.py",
    "tests/adversarial/test_attacks72.py",
    "tests/test_mut48.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
