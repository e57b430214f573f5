"""Hand-written mutants of fix215-fix222, real64 and the lead's mends 9798fe7b, f99f158d and
8d43c462, the rules with no mutation round yet.

fix215 (``_listing._front_page_items`` / ``_stamped_items`` / ``_stamps_linked`` /
``_item_stamp`` with ``STAMPED_ITEMS`` and neighbours, the related box's heading,
``_ticker_items_below`` with ``TICKER_ITEMS_AGAIN``, ``_menu_labels`` with ``MENU_RUN_LINES``
and neighbours), f99f158d (``_listing._may_stamp``'s count of candidate lines), fix216 (a
two-digit year as a label's value or alone on its line, ``_reading._year_printed``, «نشر
شده», ``_title._stopped_statements``, ``_article._one_dated_item_in_full`` and 9798fe7b's
``_chrome._institution`` in it, ``DATED_HEADLINE_MIN_WORDS``), fix217 (the Latin weekday
names built by ``_vocab._weekdays``), fix218 (``_html._home_site_titles``, the image file
name, ``SITE _ SECTION / SUB``, ``NAME (0)``, the see-all link, ``list_heading_on_top``),
fix219 (``_title._occasion_kicker_over_lead``, ``_bulleted_tagline``,
``_header.LABEL_AFTER_DATE``, ``_reading._with_framed_time``, ``_candidates._post_header``,
``_blogger_post_key``), fix220 (``_header.date_archive_label`` in ``_date_line``,
``_evidence._without_counter``, ``_title._question_under_retold_sentence``,
``GLUED_HEADLINE_WORDS`` inside a word), fix222 («دسته», a reply's ``#N``), real64
(``_chrome._COUNTERS_RUN``, ``_title._headline_over_broken_copy``, ``_sources._query_alias``,
«بایگانی») and 8d43c462 (``_title._lead_under_question``, ``_retold``).

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`, those that exist)
are run against the copy with ``-x``. The runner takes the tests from the tree it is run
from: the "before" count is the run from a ``git archive`` of the commit that added this
file, before any new test. Run from the repository root::

    python benchmarks/hand_mutants_45.py            # "N/M killed"
    python benchmarks/hand_mutants_45.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The forty-fifth round: fix215-fix222 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, CA, CH = "_article.py", "_title.py", "_listing.py", "_candidates.py", "_chrome.py"
S, H, V, E, HT = "_sources.py", "_header.py", "_vocab.py", "_evidence.py", "_html.py"
R = "_reading.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix215: a front page's stamped items --------------------------------------------------
    (LI, "STAMPED_ITEMS = 3", "STAMPED_ITEMS = 4"),  # 0
    (LI, "STAMPED_ITEM_PARAGRAPHS = 2", "STAMPED_ITEM_PARAGRAPHS = 1"),  # 1
    (LI, "STAMPED_HEADLINE_WORDS = 3", "STAMPED_HEADLINE_WORDS = 4"),  # 2
    (
        LI,
        "    if any(is_related_heading(lines[at].norm) for at in between):",
        "    if False:",
    ),  # 3
    (
        LI,
        "        return min(upper_own, lower_own) >= STAMPED_HEADLINE_WORDS",
        "        return True",
    ),  # 4
    (LI, "        shaped = _STAMP_SHAPE_END.search(line.norm)", "        shaped = None"),  # 5
    (
        LI,
        "            run[1] == run[0] + 1\n            or any(",
        "            any(",
    ),  # 6
    (LI, "            if not paragraphs(title, run[0]):", "            if True:"),  # 7
    (LI, "        if own == run[-1]:\n            continue\n", ""),  # 8
    (
        LI,
        "        if others and paragraphs(title, end) <= max(others):",
        "        if others and paragraphs(title, end) < max(others):",
    ),  # 9
    # -- fix215: the ticker's items below, the menu's labels ----------------------------------
    (LI, "TICKER_ITEMS_AGAIN = 2", "TICKER_ITEMS_AGAIN = 3"),  # 10
    (
        LI,
        "        if line.key in others and at not in outside and lines[at + 1].paragraph:",
        "        if line.key in others and at not in outside:",
    ),  # 11
    (
        A,
        '        elif title_rule == "headline" and _ticker_items_below(lines, title, outside):',
        "        elif _ticker_items_below(lines, title, outside):",
    ),  # 12
    (LI, "MENU_RUN_LINES = 6", "MENU_RUN_LINES = 7"),  # 13
    (LI, "MENU_LABELS_UNDER = 3", "MENU_LABELS_UNDER = 4"),  # 14
    # -- fix216: two-digit years, «نشر شده» ----------------------------------------------------
    (
        H,
        "            or SHORT_DATELINE_DATE.fullmatch(norm, start, end) is not None\n",
        "",
    ),  # 15
    (
        H,
        "        if named is None and SHORT_DATELINE_DATE.fullmatch(norm, *alone):",
        "        if False:",
    ),  # 16
    (
        R,
        "        if dated is not None and (dateline or labelled or _year_printed(state, dated)):",
        "        if dated is not None and (dateline or labelled):",
    ),  # 17
    (V, '            "نشر شده",\n            "نشر شده در",\n', '            "نشر شده در",\n'),  # 18
    # -- fix216: the two-clause stopped headline, the menu count -------------------------------
    (V, '        "آورد",\n    }\n', "    }\n"),  # 19
    (T, "        at = text.find(_CLAUSE_JOINER, at + 1)", "        at = -1"),  # 20
    (
        T,
        "            return (*whole, _Line(first[:-1], 0, at, False, 0))",
        "            return whole",
    ),  # 21
    (T, "DATED_HEADLINE_MIN_WORDS = 3", "DATED_HEADLINE_MIN_WORDS = 4"),  # 22
    (T, "            and not (dated_headline and other == index + 1)\n", ""),  # 23
    # -- fix216 / 9798fe7b: one dated item in full at a home address ---------------------------
    (A, "HOME_SITE_LINES = 2", "HOME_SITE_LINES = 1"),  # 24
    (A, "HOME_FULL_ITEM_PARAGRAPHS = 2", "HOME_FULL_ITEM_PARAGRAPHS = 3"),  # 25
    (
        A,
        "        and not home_item\n        and _dated_next_to(lines, title, outside)",
        "        and _dated_next_to(lines, title, outside)",
    ),  # 26
    (A, "        or _institution(headline)\n", ""),  # 27
    # -- fix217: Latin weekday names -----------------------------------------------------------
    (V, '_LATIN_SATURDAY = ("shanbe", "shanbeh")', '_LATIN_SATURDAY = ("shanbe",)'),  # 28
    (V, '"se": 3, "seh": 3, "chahar": 4,', '"se": 3, "chahar": 4,'),  # 29
    (V, '            names[f"{number}-{end}"] = day', "            pass"),  # 30
    # -- fix218 --------------------------------------------------------------------------------
    (
        HT,
        '        if not (rule in ("title tag", "og:title") and _NAME_AND_BARE_SEPARATOR',
        '        if not (rule == "title tag" and _NAME_AND_BARE_SEPARATOR',
    ),  # 31
    (
        CH,
        r'_ZERO_COUNT = regex.compile(r"\S[\x20]*\([\x20]*0[\x20]*\)[\x20]*$")',
        r'_ZERO_COUNT = regex.compile(r"\S[\x20]*\([\x20]*[0-9][\x20]*\)[\x20]*$")',
    ),  # 32
    (
        V,
        'SEE_ALL_VERBS: Final = ("مشاهده", "نمایش", "دیدن")',
        'SEE_ALL_VERBS: Final = ("نمایش", "دیدن")',
    ),  # 33
    (LI, "LIST_HEADING_REACH = 3", "LIST_HEADING_REACH = 2"),  # 34
    (
        LI,
        '                if below not in outside and doc.find(":", lines[below].start, lines[below].end) >= 0',
        "                if below not in outside",
    ),  # 35
    # -- fix219 --------------------------------------------------------------------------------
    (
        V,
        '("همزمان با", "به مناسبت", "به بهانه", "در آستانه")',
        '("همزمان با", "به بهانه", "در آستانه")',
    ),  # 36
    (
        T,
        '        or _verb_end(line) != ""\n    ):\n        return False\n    return lines[index - 1]',
        "    ):\n        return False\n    return lines[index - 1]",
    ),  # 37
    (
        T,
        "    return lines[index - 1].info.kind in _HEADER_KINDS and lines[index + 1].paragraph",
        "    return lines[index + 1].paragraph",
    ),  # 38
    (
        T,
        "    if key not in hinted and key not in slugs and _occasion_kicker_over_lead(lines, index):",
        "    if key not in hinted and _occasion_kicker_over_lead(lines, index):",
    ),  # 39
    (T, "TAGLINE_PHRASES = 3", "TAGLINE_PHRASES = 4"),  # 40
    (
        T,
        "    return len(phrases) >= TAGLINE_PHRASES and all(has_letter(part) for part in phrases)",
        "    return len(phrases) >= TAGLINE_PHRASES",
    ),  # 41
    (
        R,
        "    if len(clocks) != 1 or any(char.isdigit() for char in rest[: clocks[0].start()]):",
        "    if len(clocks) != 1:",
    ),  # 42
    (
        R,
        "            result = _with_framed_time(state, result, line, offset + match.end())",
        "            pass",
    ),  # 43
    (
        CA,
        "    if not read.stamp.has_time or norm[read.end : end].strip():",
        "    if norm[read.end : end].strip():",
    ),  # 44
    (
        V,
        'POST_STATUS_ALTS: Final = ("قدیمی", "جدید", "old", "new")',
        'POST_STATUS_ALTS: Final = ("جدید", "old", "new")',
    ),  # 45
    (
        CA,
        "    return key if start - slack <= stamp < end + slack else None",
        "    return key",
    ),  # 46
    # -- fix220 --------------------------------------------------------------------------------
    (
        T,
        "                    or len(copy.split()) - 1 >= GLUED_HEADLINE_WORDS",
        "                    or len(copy.split()) - 1 > GLUED_HEADLINE_WORDS",
    ),  # 47
    (
        E,
        "    if rest and (rest.lower() in _COUNTER_ALONE or COUNTER_LINE.match(rest) is not None):",
        "    if rest and rest.lower() in _COUNTER_ALONE:",
    ),  # 48
    (
        E,
        "        tail = _without_counter(norm[begin : len(lowered)])",
        "        tail = norm[begin : len(lowered)]",
    ),  # 49
    (T, '        or above.endswith("..")\n', ""),  # 50
    (
        T,
        "        and 2 * asked < questioned\n    )",
        "        and 2 * asked <= questioned\n    )",
    ),  # 51
    (T, '        or _verb_end(_Line(above[:-1], 0, len(above) - 1, False, 0)) == ""\n', ""),  # 52
    (
        H,
        "        before_words > COMPANY_MAX_WORDS\n        and after[0] == after[1]\n",
        "        before_words > COMPANY_MAX_WORDS\n",
    ),  # 53
    # -- fix222 --------------------------------------------------------------------------------
    (V, '"سال", "سالانه", "دسته",', '"سال", "سالانه",'),  # 54
    (
        CA,
        "        if post is not None and post[1] > 1:",
        "        if post is not None and post[1] > 2:",
    ),  # 55
    # -- real64 --------------------------------------------------------------------------------
    (CH, "        if _COUNTERS_RUN.fullmatch(norm) is not None:", "        if False:"),  # 56
    (T, "BROKEN_COPY_MIN_WORDS = 4", "BROKEN_COPY_MIN_WORDS = 5"),  # 57
    (
        T,
        "    if whole[: len(words)] != words or not rest or words + rest == whole:",
        "    if whole[: len(words)] != words or not rest:",
    ),  # 58
    (T, "        and rest[-1] == whole[-1]\n", ""),  # 59
    (S, "        found = _query_alias(url)", "        found = None"),  # 60
    (
        LI,
        '_WORDPRESS_ARCHIVES = frozenset({"archives", "بایگانی"})',
        '_WORDPRESS_ARCHIVES = frozenset({"archives"})',
    ),  # 61
    (
        S,
        "        # «/بایگانی/%post_id%» (yazarnews.ir's «/بایگانی/1092», real64 #21).\n"
        '        "بایگانی",\n',
        "        # «/بایگانی/%post_id%» (yazarnews.ir's «/بایگانی/1092», real64 #21).\n",
    ),  # 62
    # -- 8d43c462: the lead under a question ---------------------------------------------------
    (
        T,
        '            return lines[at] if lines[at].info.kind == "text" else None',
        "            return lines[at]",
    ),  # 63
    (
        T,
        '    words = {word.strip(_WORD_EDGES) for word in _content_words(part)} - {""}\n'
        "    shared = sum(1 for word in words if any(_same_stem(word, other) for other in held))\n"
        "    return shared, len(words)\n\n\ndef _question_under_stopped_headline",
        '    words = {word.strip(_WORD_EDGES) for word in _content_words(part)} - {""}\n'
        "    shared = sum(1 for word in words if word in held)\n"
        "    return shared, len(words)\n\n\ndef _question_under_stopped_headline",
    ),  # 64
    # -- f99f158d: the count of candidate stamp lines ------------------------------------------
    (
        LI,
        "    if len(candidates) < STAMPED_ITEMS:",
        "    if len(candidates) <= STAMPED_ITEMS:",
    ),  # 65
]
TESTS = [
    "tests/test_fix215.py",
    "tests/test_fix216.py",
    "tests/test_fix217.py",
    "tests/test_fix218.py",
    "tests/test_fix219.py",
    "tests/test_fix220.py",
    "tests/test_fix221.py",
    "tests/test_fix222.py",
    "tests/test_real64.py",
    "tests/test_mut44.py",
    "tests/adversarial/test_attacks68.py",
    "tests/adversarial/test_attacks69.py",
    "tests/test_mut45.py",  # this round's tests (absent from the "before" archive)
    "tests/test_fix70.py",  # a headline over its exact two halves (pins mutant 58)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
