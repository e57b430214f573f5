"""Hand-written mutants of fix55-fix58's rules: each must make a test fail.

The rules merged since 4f80d5b after the sixteenth round: fix55 («کلمات کلیدی:» a tags
label, a name label's value ending before « - DATE», PersianBlog's sidebar headings as
chrome, the Uzbek and Tajik labels and «соли», the inline «بیشتر بخوانید: HEADLINE» link,
``_ends_menu`` and its doubt, ``_category_values``, ``_dated_line`` and the motto holding
the blog's name), fix56 (a copied feed item's footer, «نویسنده (ها):» on a double-spaced
page), fix57 (a list heading over its name, a question over its counts, a name over a colon
line, a title printed twice around a button, a comment count before a date, a slug's
«--») and fix58 (an issue number never a year and the issue line, a clock glued to a
date's year, a spaced Gregorian date).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; tests/test_fix55.py ... test_fix58.py are run
against the copy with ``-x``, then, if none failed, tests/test_pages.py on the pages these
rules were made for (``-k`` :data:`PAGES`). Run from the repository root::

    python benchmarks/hand_mutants_17.py            # "N/55 killed"
    python benchmarks/hand_mutants_17.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The seventeenth round: fix55-fix58 under mutation", gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, H, S, V, P = "_article.py", "_header.py", "_sources.py", "_vocab.py", "_patterns.py"
# (module, text in the source, what the mutant puts in its place); each text occurs once.
MUTANTS = [
    # -- fix55: the keywords label, the name before « - DATE», PersianBlog's sidebar --------
    (V, '            # the post\'s date on the same line).\n            "کلمات کلیدی",\n', ""),  # 0
    (V, '        "برچسب",\n        "کلمات کلیدی",\n', '        "برچسب",\n'),  # 1
    (
        H,
        '_NAME_FIELDS = frozenset({"author", "source"})',
        '_NAME_FIELDS = frozenset({"source"})',
    ),  # 2
    (H, "        if field in _NAME_FIELDS and start < limit:", "        if False:"),  # 3
    (
        H,
        "    if date is None or date.start() != dash.end() or norm[date.end() : limit].strip():",
        "    if date is None or date.start() != dash.end():",
    ),  # 4
    (
        H,
        "    if date is None or date.start() != dash.end() or norm[date.end() : limit].strip():",
        "    if date is None or norm[date.end() : limit].strip():",
    ),  # 5
    (V, '    "کلمات کلیدی مطالب",\n', ""),  # 6
    # -- fix55: Uzbek and Tajik -----------------------------------------------------------------
    (P, "(?:(?:سال|[Сс]оли){_GP})?", "(?:(?:سال){_GP})?"),  # 7
    (V, '            "Чоп этилган",\n', ""),  # 8
    (V, '"موضوع", "Категория"),', '"موضوع"),'),  # 9
    (V, '"نمایش", "Кўришлар", "Кӯришлар"),', '"نمایش", "Кўришлар"),'),  # 10
    (V, '    "Печат",\n', ""),  # 11
    (V, '    "хабарлар",\n', ""),  # 12
    (
        A,
        "            (categories and categories.get(line.key, -1) > index)",
        "            (categories and categories.get(line.key, -1) < index)",
    ),  # 13
    (
        A,
        '            if label.field == "category" and label.value[0] < label.value[1]:',
        '            if label.field == "author" and label.value[0] < label.value[1]:',
    ),  # 14
    # -- fix55: the inline «بیشتر بخوانید:» link ---------------------------------------------
    (A, "            and not _inline_link_in_body(lines, above)\n", "\n"),  # 15
    (A, "            and not _inline_link_in_body(lines, i)\n", "\n"),  # 16
    (A, "        and lines[heading + 1].paragraph\n", "\n"),  # 17
    (A, "        and bool(text[colon + 1 :].strip())\n", "\n"),  # 18
    # -- fix55: the menu's last item, the dated line, the motto ----------------------------------
    (A, "MENU_RUN_ITEMS = 4", "MENU_RUN_ITEMS = 5"),  # 19
    (
        A,
        "    if anchor != index + 1 or lines[index].words > MENU_ITEM_WORDS or index < MENU_RUN_ITEMS:",
        "    if lines[index].words > MENU_ITEM_WORDS or index < MENU_RUN_ITEMS:",
    ),  # 20
    (
        A,
        "        lines[other].chrome and lines[other].words <= MENU_ITEM_WORDS",
        "        lines[other].words <= MENU_ITEM_WORDS",
    ),  # 21
    (
        A,
        "        if title is not None and state.title_doubt is None and _ends_menu(lines, title, anchor):",
        "        if False:",
    ),  # 22
    (
        A,
        '    return kind in ("date", "mixed") or (kind == "labels" and bool(line.info.dates))',
        '    return kind in ("date", "mixed")',
    ),  # 23
    (
        A,
        "        if len(name & motto) >= 2 or (index == 1 and name and name <= motto):",
        "        if len(name & motto) >= 2:",
    ),  # 24
    (
        A,
        "        if len(name & motto) >= 2 or (index == 1 and name and name <= motto):",
        "        if len(name & motto) >= 2 or (index >= 1 and name and name <= motto):",
    ),  # 25
    # -- fix56: the double-spaced author label, the feed footer ----------------------------------
    (
        A,
        '    if lines[index].blank_before and not (spaced and above.text.rstrip().endswith(":")):',
        "    if lines[index].blank_before:",
    ),  # 26
    (V, '            "نویسنده (ها)",\n', ""),  # 27
    (A, "    return found if len(names) == 1 else None", "    return found"),  # 28
    (
        A,
        "        if not 1 <= count_words(name) <= HEADLINE_MAX_WORDS or not any(map(str.isalpha, name)):",
        "        if not 1 <= count_words(name) <= HEADLINE_MAX_WORDS:",
    ),  # 29
    (
        A,
        "            title is None\n            or _squash(lines[title].norm) != _squash(",
        "            title is None\n            and _squash(lines[title].norm) != _squash(",
    ),  # 30
    (
        A,
        '            title, title_rule = fed[0], "feed footer"\n'
        "            state.title_start, state.title_end = fed[1]\n"
        "            state.title_doubt = None\n",
        '            title, title_rule = fed[0], "feed footer"\n'
        "            state.title_start, state.title_end = fed[1]\n",
    ),  # 31
    # -- fix57: the list heading, the question over counts, the name over a colon line -----------
    (A, "    if _BROWSE_HEADING.match(lines[title].norm) is not None:", "    if False:"),  # 32
    (
        A,
        "    elif above and above[-1] == title - 1 and _BROWSE_HEADING.match(lines[title - 1].norm):",
        "    elif False:",
    ),  # 33
    (A, "QUESTION_COUNT_LINES = 2", "QUESTION_COUNT_LINES = 1"),  # 34
    (
        A,
        "    longest = HEADLINE_MAX_WORDS + 1 if start > index + 1 else LEAD_WORDS",
        "    longest = LEAD_WORDS",
    ),  # 35
    (
        A,
        r'_BARE_COUNT_LINE = regex.compile(r"[\x20]*[1-9]',
        r'_BARE_COUNT_LINE = regex.compile(r"[\x20]*[0-9]',
    ),  # 36
    (
        A,
        "    if named_above is not None and key not in hinted and key not in slugs:",
        "    if named_above is not None and key not in hinted:",
    ),  # 37
    (A, '        or name.text[-1] in ".:؛،!؟?"\n', "\n"),  # 38
    (
        A,
        '    if line.text[-1] != ":" or upper < 0 or all(at != upper for _, at in scored):',
        '    if line.text[-1] != ":" or upper < 0:',
    ),  # 39
    # -- fix57: the title around a button, the comment count, the slug's «--» --------------------
    (A, "BUTTON_TITLE_WORDS = 3", "BUTTON_TITLE_WORDS = 2"),  # 40
    (A, "BUTTON_LABEL_WORDS = 3", "BUTTON_LABEL_WORDS = 2"),  # 41
    (
        A,
        '            and not any(mark in word for word in label for mark in ".،؛:!؟?")\n',
        "\n",
    ),  # 42
    (A, "        and _title_around_button(lines[title]) is None  # (its", "        # (its"),  # 43
    (H, "    if before_words > COMPANY_MAX_WORDS and (", "    if False and ("),  # 44
    (V, '    "نظر کاربران",\n', ""),  # 45
    (S, "    if words and words[0] and words[-1]:", "    if False:"),  # 46
    # -- fix58: the issue number, the glued clock, the spaced date --------------------------------
    (
        H,
        "        date, skipped = _past_issue_number(norm, date)",
        "        date, skipped = date, None",
    ),  # 47
    (H, "        and not norm[skipped[1] : date.start()].strip(_ISSUE_JOINER)\n", "\n"),  # 48
    (H, "_ISSUE_REACH = 12", "_ISSUE_REACH = 6"),  # 49
    (H, '    if date is None and not has_year and ":" in norm:', "    if False:"),  # 50
    (H, "    if date is None or date.start() != 0:", "    if date is None:"),  # 51
    (
        H,
        '    if info.kind not in ("date", "mixed") or not info.dates:',
        "    if not info.dates:",
    ),  # 52
    (H, "    if date is None and has_year and SPACED_DATE.fullmatch(norm):", "    if False:"),  # 53
    (
        A,
        r'        norm = SPACED_DATE.sub(r"\g<a>/\g<b>/\g<y>", norm)',
        r'        norm = SPACED_DATE.sub(r"\g<b>/\g<a>/\g<y>", norm)',
    ),  # 54
]
# Survivors of the first run (31/55 killed) and what became of them (docs/reliability.md,
# "The seventeenth round"): 16 new tests in tests/test_fix55.py ... test_fix58.py kill 5, 12,
# 17, 19, 20, 21, 29, 34, 36, 37, 38, 39, 41, 42, 49, 52 (39 and 52 crashed: a month-year
# line over a colon line opening with it, a glued clock's date with a label after it).
# Equivalent: 18 (a line is cut of its edge spaces, so a character after a colon that is not
# the line's last is followed by the last one, never a space), 54 (the slashed form's reader
# orders day and month from the page, not from the digits' order: a day over 12, the Jalali
# twin, or refused; checked with another slashed date on the page too).
# Left alive: 1 and 10 (no line tried reads «کلمات کلیدی» without its colon as a label either
# way, and an Uzbek views line is no title or number either way); 31 and 51 (no shape tried
# showed the footer's title doubted, or a glued clock's rest whose first date is not at its
# start on a line with no other year); 25 (a motto holding the name on the page's second line
# or lower: main keeps the motto, the mutant the short line over the date, both warned; a
# design edge); 40 (a two-word title twice around a button, «گزارش سالانه دانلود گزارش
# سالانه», stays whole on main, silently: a weakness noted, not pinned).
TESTS = [
    "tests/test_fix55.py",
    "tests/test_fix56.py",
    "tests/test_fix57.py",
    "tests/test_fix58.py",
]
# The pages of tests/pages these rules were made for: 041 (fix58's garbled masthead) and the
# blind batches 1120-1159 (blind28-blind29).
PAGES = [
    "tests/test_pages.py",
    "-k",
    " or ".join(f"{number:03d}_" for number in (41, *range(1120, 1160))),
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args, fallback=PAGES)


if __name__ == "__main__":
    sys.exit(main())
