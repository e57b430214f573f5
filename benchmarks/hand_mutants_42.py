"""Hand-written mutants of fix194-fix203, real60 and real61, the rules with no mutation round
yet.

fix194 (the title's doubts in one place, ``_title.title_doubts``, and its ``Hints``:
``h2_texts``, ``post_titles``, ``front_matter``, ``source``), fix195 (the list-shape doubts,
``_listing._list_shape_doubt``: a headlines box, a run of headlines, a news section's name;
``_title._capital_items``), fix196 (``RUN_ON_LEAD_WORDS``, ``KICKER_HEADER_LINES``, the lone
«1» counter, ``_article._masthead_pair_name``, «NAME بایگانی - SITE»), fix197
(``_listing._archiving_headline``, ``_chrome._dated_lead``, ``_chrome._name_printed_third``,
``_title._ECHO_TAIL``), fix198 (``COMMA_RESTATED_PART``, chrome phrases joined by ZWNJ, the
short line over a cut excerpt, ``_title._restated_apart``), fix199 (``NEWS_SECTION_OWNER_WORDS``,
``HEADLINE_RUN_SHORT_WORDS``, ``HEADLINE_RUN_NAME_LINES``, ``NAME_BAR_NAME_WORDS``,
``_html._drop_leading_beta_badge``, double-spaced runs, a box heading opening the page),
fix200-fix203 (``_chrome._NOTEBOOK_CONTENTS``, ``_listing._day_headed_posts``'s weekday lines,
``COUPLET_KICKER_WORDS``, ``_listing._bare_date``, distinct lines in
``_listing._in_headline_run``, ``_listing._LABEL_SEPARATORS``, from fix208
``_evidence.LABEL_SEPARATORS``), real60 and real61
(``_title._question_under_name_bar``, ``_title._lead_opening_summary``, ``vocab.BETA_BADGES``,
``vocab.YEAR_NAMES``, ``vocab.ARTICLE_ICON_LABELS``, ``::`` between a date and its time, the
letter's «از:»/«به:» fields, ``_title._couplet_over_text``).

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`, those that exist)
are run against the copy with ``-x``. The runner takes the tests from the tree it is run
from: the "before" count is the run from a ``git archive`` of the commit that added this
file, before any new test. Run from the repository root::

    python benchmarks/hand_mutants_42.py            # "N/M killed"
    python benchmarks/hand_mutants_42.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The forty-second round: fix194-fix203 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, C, CA = "_article.py", "_title.py", "_listing.py", "_chrome.py", "_candidates.py"
S, H, V, E, HT = "_sources.py", "_header.py", "_vocab.py", "_evidence.py", "_html.py"
P = "_patterns.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix194: the title's doubts in one place, from Hints -----------------------------------
    (
        T,
        "    if hints.front_matter is not None:\n        title, end = hints.front_matter\n"
        "        article = _front_matter_title(article, title, text, end)\n",
        "",
    ),  # 0
    (T, "    text = hints.source if hints.source is not None else doc\n", "    text = doc\n"),  # 1
    (T, "        article = headline_after_lead(article, text, hints.h2_texts)\n", ""),  # 2
    (T, "    return _posts_listed(article, text, hints.post_titles)", "    return article"),  # 3
    # -- fix195: the list-shape doubts -----------------------------------------------------------
    (LI, "    if _headlines_box_over(lines, title, outside):\n", "    if False:\n"),  # 4
    (LI, "    if _in_headline_run(lines, title, outside):\n", "    if False:\n"),  # 5
    (LI, "HEADLINE_RUN_LINES = 4", "HEADLINE_RUN_LINES = 5"),  # 6
    (LI, "HEADLINE_RUN_WORDS = 5", "HEADLINE_RUN_WORDS = 6"),  # 7
    (T, "CAPITAL_ITEMS = 3", "CAPITAL_ITEMS = 4"),  # 8
    (
        A,
        "            shape := _list_shape_doubt(lines, title, outside)\n"
        "            or _capital_items(lines, title, outside)\n",
        "            shape := _list_shape_doubt(lines, title, outside)\n",
    ),  # 9
    # -- fix196: run-on lead, kicker's header lines, the lone «1», the pair printed twice ------
    (A, "RUN_ON_LEAD_WORDS = 15", "RUN_ON_LEAD_WORDS = 16"),  # 10
    (A, "KICKER_HEADER_LINES = 3", "KICKER_HEADER_LINES = 2"),  # 11
    (
        A,
        "        lines[at].norm.strip() == _SECOND_ITEM_NUMBER and _labelled_date_under(lines, at + 1)",
        "        lines[at].norm.strip() == _SECOND_ITEM_NUMBER",
    ),  # 12
    (
        A,
        "    return lead is not None and not _restates(first, lead) and not _restates(second, lead)",
        "    return lead is not None and not _restates(first, lead)",
    ),  # 13
    (A, "        and _masthead_pair_name(lines, title, outside)\n", "        and False\n"),  # 14
    (
        E,
        '        match.group("name").replace("\\u200c", " ").split()[-1] in vocab.LINKING_WORDS\n'
        "        or not any(",
        "        not any(",
    ),  # 15
    # -- fix197: archiving headline, dated lead, name printed third, echo tail -----------------
    (
        LI,
        '    return _verb_end(line) == "verb" or (bool(words) and words[0] in _FUNCTION_WORDS)',
        '    return _verb_end(line) == "verb"',
    ),  # 16
    (
        LI,
        '    return _verb_end(line) == "verb" or (bool(words) and words[0] in _FUNCTION_WORDS)',
        "    return bool(words) and words[0] in _FUNCTION_WORDS",
    ),  # 17
    (C, "                or _dated_lead(lines, headline + 1)\n", ""),  # 18
    (C, "    third = _name_printed_third(lines)\n", "    third = 0\n"),  # 19
    (
        T,
        '_ECHO_TAIL = regex.compile(r"[\\x20]*(?:[|\\-\\u2013\\u2014][^|]*)*")',
        '_ECHO_TAIL = regex.compile(r"[\\x20]*(?:[|\\-\\u2013\\u2014][^|]*)?")',
    ),  # 20
    # -- fix198: comma headline, ZWNJ chrome heads, cut excerpt, restated apart --------------
    (T, "COMMA_RESTATED_PART = (4, 5)", "COMMA_RESTATED_PART = (5, 6)"),  # 21
    (
        H,
        "        for count in range(1, len(entry.split()) + 1)\n",
        "        for count in range(1, 2)\n",
    ),  # 22
    (
        LI,
        "        and not (at < count and not _item_address(url) and _opens_with(lines[at], lines[title]))\n",
        "",
    ),  # 23
    (
        A,
        "            and not _restated_apart(state.lines, title.index, state.double_spaced)\n",
        "",
    ),  # 24
    # -- fix199: section owner words, runs, name bar, beta badge --------------------------------
    (LI, "NEWS_SECTION_OWNER_WORDS = 2", "NEWS_SECTION_OWNER_WORDS = 1"),  # 25
    (LI, "HEADLINE_RUN_SHORT_WORDS = 3", "HEADLINE_RUN_SHORT_WORDS = 4"),  # 26
    (LI, "HEADLINE_RUN_NAME_LINES = 1", "HEADLINE_RUN_NAME_LINES = 0"),  # 27
    (
        LI,
        "            and _lettered_content_words(lines[near]) >= HEADLINE_RUN_SHORT_WORDS\n",
        "",
    ),  # 28
    (
        LI,
        "        return spaced or not lines[at].blank_before",
        "        return not lines[at].blank_before",
    ),  # 29
    (
        LI,
        "    if above < 0 or not (_box_heading(lines[above]) or _box_heading(lines[opening])):",
        "    if above < 0 or not _box_heading(lines[above]):",
    ),  # 30
    (
        A,
        "        and (section_doubt := _list_name_doubt(lines[title])) is not None\n",
        "        and (section_doubt := None) is not None\n",
    ),  # 31
    (T, "NAME_BAR_NAME_WORDS = 4", "NAME_BAR_NAME_WORDS = 3"),  # 32
    (HT, "    _drop_leading_beta_badge(heading)\n", ""),  # 33
    # -- fix200-fix203: notebook, weekday day lines, couplet kicker, distinct run lines, labels
    (
        C,
        '        and not (words[0] == "دفتر" and words[1].startswith(_NOTEBOOK_CONTENTS))\n',
        "",
    ),  # 34
    (LI, "            or stamp.weekday is None\n        ):", "        ):"),  # 35
    (T, "COUPLET_KICKER_WORDS = 2", "COUPLET_KICKER_WORDS = 3"),  # 36
    (
        LI,
        "    return len(run) >= HEADLINE_RUN_LINES",
        "    return last - first + 1 >= HEADLINE_RUN_LINES",
    ),  # 37
    (
        E,  # fix208 moved the list to _evidence.LABEL_SEPARATORS (shared with _TAGGED_WITH)
        'LABEL_SEPARATORS = (":", "-", "\\u2013", "\\u2014", "|", "/")',
        'LABEL_SEPARATORS = (":", "-", "\\u2013", "\\u2014", "|")',
    ),  # 38
    # -- real60 and real61 ------------------------------------------------------------------------
    (A, "            or _question_under_name_bar(lines, index, outside)\n", ""),  # 39
    (
        T,
        # (fix208 let a motto's full stop through: the condition as it reads since)
        "            or (line.text.rstrip()[-1:] in _SENTENCE_ENDS and not (at > 0 and _stopped_motto(line)))\n"
        "            or line.words > (NAME_BAR_NAME_WORDS",
        "            or line.words > (NAME_BAR_NAME_WORDS",
    ),  # 40
    (
        T,
        "                and len(_content_words(line) & told) >= MOTTO_SHARED_WORDS\n",
        "                and False\n",
    ),  # 41
    (T, "                or _lead_opening_summary(lines, index, stop)\n", ""),  # 42
    (
        T,
        "    return len(_content_words(upper) & _content_words(line)) >= MOTTO_SHARED_WORDS",
        "    return True",
    ),  # 43
    (
        V,
        'BETA_BADGES: Final = ("نسخه آزمایشی", "نسخه بتا")',
        'BETA_BADGES: Final = ("نسخه آزمایشی",)',
    ),  # 44
    (V, '    "جهش تولید",\n', ""),  # 45
    (CA, "    if _year_name_before(line.norm, match.start()):", "    if False:"),  # 46
    (V, '    "مشاهده در قالب PDF", "PDF", "چاپ", ', '    "مشاهده در قالب PDF", "PDF", '),  # 47
    (
        P,
        "    (?:{_GP}(?:(?:[\\-،,|/@]|::){_GP})? | T(?=[0-9]))       # or T",
        "    (?:{_GP}(?:[\\-،,|/@]{_GP})? | T(?=[0-9]))       # or T",
    ),  # 48
    (
        C,
        '    if ":" in norm and norm.startswith(("به", "از")) and _LETTER_FIELD.match(norm):',
        "    if False:",
    ),  # 49
    (T, "    if not repeated and _couplet_over_text(lines, index, anchor):", "    if False:"),  # 50
]
TESTS = [
    "tests/test_fix194.py",
    "tests/test_fix195.py",
    "tests/test_fix196.py",
    "tests/test_fix197.py",
    "tests/test_fix198.py",
    "tests/test_fix199.py",
    "tests/test_fix200.py",
    "tests/test_fix201.py",
    "tests/test_fix202.py",
    "tests/test_fix203.py",
    "tests/test_real60.py",
    "tests/test_real61.py",
    "tests/adversarial/test_attacks63.py",
    "tests/adversarial/test_attacks64.py",
    "tests/test_mut42.py",  # this round's tests (absent from the "before" archive)
    "tests/test_fix208.py",  # the fix of the pages this round found wrong on main
    "tests/test_mut43.py",  # the next round's test of mutant 13 (mut43)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
