"""Hand-written mutants of fix229-fix234, real66 and the lead's mend b063cbb6
(``_title._headline_after_stamp``), the rules with no mutation round yet.

fix229 (``_markdown``'s deep headings anywhere, ``BROKEN_STRONG_LINES`` and
``_join_broken_strong``, ``_cell_link_breaks``; ``_article``'s near tie on an unnamed list and
the ticker's level-1 heading, ``_listing._ticker_items_below``'s own print and ``spaced``),
fix230 (``_title._institution_masthead_hints``, ``_State.masthead_titles``,
``_article._markdown_level_one``, ``_lines._ENUMERATED``'s «#N », ``_chrome._salutation`` and
``_SALUTATION_ONLY``), fix231 (``_sources``' sole ``pid=`` and ``_FORUM_POST_PAGES``,
``_drupal_query_node``, ``_joomla_item_under_numbered_menu``, ``_item_after_language``,
``url_path_code``; ``_article._document_date_label``, ``_title._separated_field``,
``_chrome._special_issue_line``, ``_title._title_tag_byline``, ``_name_over_question``),
fix232 (``_evidence._day_list_label``, ``_title._LEAD_LABEL_FIELDS``,
``_stopped_over_question``, ``_reading._post_header``'s day alone, ``_header``'s status alt
before a date), fix233 (``_title._over_empty_tags_label``, ``_list_item_line``,
``_refrain_pair``), fix234 (``_sources._month_code_archive``, ``_title._field_run``), real66
(``_title._date_opened_title``, ``_header._SIGNATURE_HEAD``, ``_chrome._long_invocation``) and
b063cbb6 (``_title._headline_after_stamp``).

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`, those that exist)
are run against the copy with ``-x``. The runner takes the tests from the tree it is run
from: the "before" count is the run from a ``git archive`` of the commit that added this
file, before any new test. Run from the repository root::

    python benchmarks/hand_mutants_47.py            # "N/M killed"
    python benchmarks/hand_mutants_47.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The forty-seventh round: fix229-fix234 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, CH, S = "_article.py", "_title.py", "_listing.py", "_chrome.py", "_sources.py"
E, V, R, H, MD = "_evidence.py", "_vocab.py", "_reading.py", "_header.py", "_markdown.py"
L, CA = "_lines.py", "_candidates.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix229: Markdown shapes ---------------------------------------------------------------
    (MD, "BROKEN_STRONG_LINES = 3", "BROKEN_STRONG_LINES = 2"),  # 0
    (MD, '_DEEP_HEADING = re.compile(r"#{2,6}', '_DEEP_HEADING = re.compile(r"#{3,6}'),  # 1
    (
        MD,
        'if line and (not line.startswith("#") or _DEEP_HEADING.match(line)):',
        'if line and not line.startswith("#"):',
    ),  # 2
    (
        MD,
        "_STRONG_LINE.search(text) or _BROKEN_STRONG.search(text)",
        "_STRONG_LINE.search(text)",
    ),  # 3
    (
        MD,
        "        text = _BROKEN_STRONG.sub(_join_broken_strong, text)",
        "        pass",
    ),  # 4
    (
        MD,
        'breaks = _cell_link_breaks(text) if "---" in text else []',
        "breaks: list[int] = []",
    ),  # 5
    (
        MD,
        "if link is not None and not _HOME_ADDRESS.fullmatch(link.group(1)):",
        "if link is not None:",
    ),  # 6
    (MD, 'if not row.strip() or "|" in row:', "if not row.strip():"),  # 7
    (
        A,
        "if state.title_doubt is None or state.title_doubt[0] == _NEARLY_SAME:",
        "if state.title_doubt is None:",
    ),  # 8
    (
        A,
        "        and state.title_doubt is None\n"
        "        and _ticker_items_below(lines, title, outside, state.double_spaced)\n    ):",
        "        and False\n    ):",
    ),  # 9
    (
        LI,
        "    if copy is None and any(\n        lines[at].key == key",
        "    if False and any(\n        lines[at].key == key",
    ),  # 10
    (
        LI,
        "    spaced = spaced or _double_spaced(lines)\n    if copy is None",
        "    spaced = _double_spaced(lines)\n    if copy is None",
    ),  # 11
    (
        A,
        '        elif title_rule == "headline" and _ticker_items_below(\n'
        "            lines, title, outside, state.double_spaced\n",
        '        elif title_rule == "headline" and _ticker_items_below(\n'
        "            lines, title, outside\n",
    ),  # 12
    # -- fix230: the <h1> institution masthead, attack71's shapes ------------------------------
    (
        CH,
        "        and vocab.EVENT_PREPOSITIONS.isdisjoint(line.norm[: found.start()].split())\n",
        "",
    ),  # 13
    (L, r"|[0-9]{1,2}\.\x20|\#[0-9]{1,2}\x20)", r"|[0-9]{1,2}\.\x20)"),  # 14
    (
        L,
        '_ENUMERATED_FIRST = "-–•·*▪■●◾►▶#0123456789"',
        '_ENUMERATED_FIRST = "-–•·*▪■●◾►▶0123456789"',
    ),  # 15
    (
        T,
        "state.masthead_titles = _institution_masthead_hints(lines, candidates, hinted)",
        "state.masthead_titles = set()",
    ),  # 16
    (T, "    hinted -= state.masthead_titles\n", ""),  # 17
    (
        T,
        "            3 <= lines[other].words <= HEADLINE_MAX_WORDS\n            and lines[other].info",
        "            4 <= lines[other].words <= HEADLINE_MAX_WORDS\n            and lines[other].info",
    ),  # 18
    (T, "            and not _institution(lines[other])\n", ""),  # 19
    (T, '            and lines[other].text[-1] not in (*_KICKER_ENDS, ".")\n', ""),  # 20
    (A, "    if state.masthead_titles:\n", "    if False:\n"),  # 21
    (
        A,
        "if title is not None and doubt is not None and _markdown_level_one(hints, title.key):",
        "if False:",
    ),  # 22
    (T, "            if salutation is not None:\n", "            if False:\n"),  # 23
    # -- fix231: IDs, document date labels, titles ----------------------------------------------
    (S, '        "pid",\n', ""),  # 24
    (S, "        and not (segments and segments[-1].lower() in _FORUM_POST_PAGES)\n", ""),  # 25
    (
        S,
        '_FORUM_POST_PAGES = frozenset({"showthread.php", ',
        "_FORUM_POST_PAGES = frozenset({",
    ),  # 26
    (
        S,
        "    if (drupal := _drupal_query_node(query)) is not None:\n        return drupal\n",
        "",
    ),  # 27
    (S, 'r"node/([1-9][0-9]{0,19})/?"', 'r"node/([0-9][0-9]{0,19})/?"'),  # 28
    (S, "            or _joomla_item_under_numbered_menu(segments, at, digits)\n", ""),  # 29
    (S, "        and menu.group(1) in _ITEM_SEGMENTS\n", ""),  # 30
    (
        S,
        '        and not digits.startswith("0")\n        and _SLUG_YEAR.fullmatch(digits) is None\n    )',
        '        and not digits.startswith("0")\n    )',
    ),  # 31
    (S, "            or _item_after_language(segments, at, digits)\n", ""),  # 32
    (S, "LANGUAGE_ITEM_MIN_DIGITS = 3", "LANGUAGE_ITEM_MIN_DIGITS = 2"),  # 33
    (S, 'frozenset({"dari", "pashto",', 'frozenset({"pashto",'),  # 34
    (
        S,
        "        and _YEAR_LIKE.fullmatch(digits) is None\n        and _SLUG_WORD_JOINS",
        "        and _SLUG_WORD_JOINS",
    ),  # 35
    (
        S,
        '_PATH_CODE = re.compile(r"[0-9]{2}-[1-9][0-9]{4,9}")',
        '_PATH_CODE = re.compile(r"[0-9]{2}-[1-9][0-9]{3,9}")',
    ),  # 36
    (
        CA,
        "        if any(spelled.search(line.norm) for line in state.lines):\n            number = code",
        "        if True:\n            number = code",
    ),  # 37
    (V, '("بخشنامه", "مصوبه", "نامه", "ابلاغیه")', '("بخشنامه", "نامه", "ابلاغیه")'),  # 38
    (
        A,
        r'+ r")(?:[\x20\u200c]+ها)?[\x20\u200c]*:[\x20\u200c]*(?P<value>',
        r'+ r")(?:[\x20\u200c]+ها)?[\x20\u200c]*:?[\x20\u200c]*(?P<value>',
    ),  # 39
    (A, 'if found is not None and found.group("value") == wanted:', "if found is not None:"),  # 40
    (T, "    if _separated_field(lines, index):\n        return True\n", ""),  # 41
    (T, "SEPARATED_FIELD_REACH = 1", "SEPARATED_FIELD_REACH = 2"),  # 42
    (T, "        and info.labels[0].value[1] > info.labels[0].value[0]\n", ""),  # 43
    (T, "                or _special_issue_line(line)\n", ""),  # 44
    (
        CH,
        '        line.norm.count(":") == 1\n        and _SPECIAL_ISSUE_LINE',
        "        _SPECIAL_ISSUE_LINE",
    ),  # 45
    (
        CH,
        '        and _SPECIAL_ISSUE_LINE.search(line.norm) is not None\n        and _verb_end(line) == ""\n',
        "        and _SPECIAL_ISSUE_LINE.search(line.norm) is not None\n",
    ),  # 46
    (
        T,
        "if not hints.h2_texts or len(hints.h2_texts) != 1:",
        "if not hints.h2_texts:",
    ),  # 47
    (
        T,
        "    if key not in tag or key in other:\n        return None\n    heading",
        "    if key not in tag:\n        return None\n    heading",
    ),  # 48
    (T, "            and lines[at + 1].key == key\n", ""),  # 49
    (T, "        and not _content_words(first) & _content_words(headline)\n", ""),  # 50
    (T, "return below, named and not short and", "return below, not short and"),  # 51
    (T, '        and headline.text.rstrip().endswith("؟")\n', ""),  # 52
    (V, '        "دسته بندی ها",\n        "منبع",', '        "منبع",'),  # 53
    # -- fix232: day list heading, dated lead, stopped headline, vBulletin #1 -------------------
    (
        V,
        'DATE_ARCHIVE_SEPARATORS: Final = ":-–—|"',
        'DATE_ARCHIVE_SEPARATORS: Final = ":–—|"',
    ),  # 54
    (
        V,
        'DATE_ARCHIVE_PERIOD_WORDS: Final = frozenset({"روز", ',
        "DATE_ARCHIVE_PERIOD_WORDS: Final = frozenset({",
    ),  # 55
    (
        E,
        "            or any(word in vocab.DATE_ARCHIVE_PERIOD_WORDS for word in words)\n",
        "",
    ),  # 56
    (
        E,
        "0 < len(words) <= DATE_ARCHIVE_LABEL_MAX_WORDS",
        "0 < len(words) < DATE_ARCHIVE_LABEL_MAX_WORDS",
    ),  # 57
    (
        T,
        '_LEAD_LABEL_FIELDS = frozenset({"published", "author"})',
        '_LEAD_LABEL_FIELDS = frozenset({"published"})',
    ),  # 58
    (T, '        and any(label.field == "published" for label in labels)\n', ""),  # 59
    (
        T,
        "        if anchor is not None and _stopped_over_question(lines, anchor):\n",
        "        if False:\n",
    ),  # 60
    (
        T,
        "        and STOPPED_HEADLINE_WORDS <= below.words <= HEADLINE_MAX_WORDS\n    )",
        "        and STOPPED_HEADLINE_WORDS < below.words <= HEADLINE_MAX_WORDS\n    )",
    ),  # 61
    (
        R,
        "    if not read.stamp.has_time and number is alone and lines[index + 1].blank_before:",
        "    if not read.stamp.has_time and (\n"
        "        post == 1 or (number is alone and lines[index + 1].blank_before)\n    ):",
    ),  # 62
    (
        H,
        "(after[0] == after[1] or _POST_NUMBER_TAIL.fullmatch(norm, after[0], after[1]))",
        "after[0] == after[1]",
    ),  # 63
    (
        H,
        "        and norm[before[0] : before[1]].lower() in vocab.POST_STATUS_ALTS\n",
        "",
    ),  # 64
    # -- fix233: the post's title over an empty keywords label, list items, refrains ------------
    (T, "POST_OVER_TAGS_WORDS = 6", "POST_OVER_TAGS_WORDS = 5"),  # 65
    (T, "POST_OVER_TAGS_BONUS = 14", "POST_OVER_TAGS_BONUS = 13"),  # 66
    (
        T,
        "if anchor not in (index + 2, index + 3) or lines[index].paragraph:",
        "if anchor not in (index + 2,) or lines[index].paragraph:",
    ),  # 67
    (T, "        and not lines[index + 1].text[: label.span[0]].strip()\n", ""),  # 68
    (T, "        and label.value[0] == label.value[1]\n", ""),  # 69
    (
        T,
        "    if _list_item_line(lines, index):\n        score -= LIST_ITEM_PENALTY",
        "    if False:\n        score -= LIST_ITEM_PENALTY",
    ),  # 70
    (T, "LIST_ITEM_PENALTY = 8", "LIST_ITEM_PENALTY = 7"),  # 71
    (
        T,
        "text.endswith(LIST_ITEM_END)\n        for other in (index - 1, index + 1)\n",
        "text.endswith(LIST_ITEM_END)\n        for other in (index - 1,)\n",
    ),  # 72
    (
        T,
        "if not repeated and index > 0 and _refrain_pair(lines[index - 1], line):",
        "if False:",
    ),  # 73
    (T, "one[:-1] == two[:-1] and one[-1] != two[-1]", "one[:-1] == two[:-1]"),  # 74
    # -- fix234: Blogfa's month archive, a run of fields ---------------------------------------
    (
        V,
        'MONTH_CODE_ARCHIVE_PLATFORMS: Final = frozenset({"blogfa.com"})',
        'MONTH_CODE_ARCHIVE_PLATFORMS: Final = frozenset({""})',
    ),  # 75
    (
        S,
        r'_MONTH_ARCHIVE_CODE = re.compile(r"[0-9]{2}(?:0[1-9]|1[0-2])\.aspx"',
        r'_MONTH_ARCHIVE_CODE = re.compile(r"[0-9]{2}[0-9]{2}\.aspx"',
    ),  # 76
    (
        S,
        "    if not host or len(segments) != 1 or _MONTH_ARCHIVE_CODE",
        "    if not host or _MONTH_ARCHIVE_CODE",
    ),  # 77
    (
        S,
        '        host == platform or host.endswith("." + platform)',
        '        host.endswith("." + platform)',
    ),  # 78
    (T, "FIELD_RUN_VALUE_WORDS = 8", "FIELD_RUN_VALUE_WORDS = 7"),  # 79
    (T, "FIELD_RUN_MIN_LINES = 3", "FIELD_RUN_MIN_LINES = 4"),  # 80
    (T, " and len({_card_label(w) for w in window}) == size:", ":"),  # 81
    (T, "                or _field_run(lines, index)\n", ""),  # 82
    (
        T,
        r'_RUN_FIELD = regex.compile(r"^[\p{L}\u200c]+(?:\x20[\p{L}\u200c]+){0,4}\x20*:")',
        r'_RUN_FIELD = regex.compile(r"^[\p{L}\u200c]+(?:\x20[\p{L}\u200c]+){0,3}\x20*:")',
    ),  # 83
    (
        T,
        '        and len(line.norm.split(":", 1)[1].split()) <= FIELD_RUN_VALUE_WORDS\n        and _verb_end(line) == ""\n',
        '        and len(line.norm.split(":", 1)[1].split()) <= FIELD_RUN_VALUE_WORDS\n',
    ),  # 84
    # -- real66: a numeric date opening the headline's line, signature, invocation -------------
    (T, "DATE_OPENED_TITLE_WORDS = 3", "DATE_OPENED_TITLE_WORDS = 4"),  # 85
    (
        T,
        "    if len(reads) != 1 or reads[0].stamp.relative:\n        return None\n    stamp = reads",
        "    if not reads or reads[0].stamp.relative:\n        return None\n    stamp = reads",
    ),  # 86
    (T, "    if start != line.start:\n        return None\n    letters", "    letters"),  # 87
    (
        T,
        '    if letters and letters != regex.findall(r"\\p{L}+", normalize(stamp.weekday or "")):',
        "    if False:",
    ),  # 88
    (A, "        and state.title_start in (None, opened[0])\n", ""),  # 89
    (T, r'r"(?:[0-9]{4}([/.-])[0-9]{1,2}\1', r'r"(?:[0-9]{2,4}([/.-])[0-9]{1,2}\1'),  # 90
    (CH, "INVOCATION_LONG_MAX_WORDS = 10", "INVOCATION_LONG_MAX_WORDS = 9"),  # 91
    (CH, '"ایزد", "یزدان"', '"یزدان"'),  # 92
    (CH, "    if words and words[-1] in _GOD_EPITHETS:\n        words = words[:-1]\n", ""),  # 93
    (CH, "    return _long_invocation(line)", "    return False"),  # 94
    (
        H,
        r"(?:توسط(?:\x20\p{L}[\p{L}\p{M}\u200c]*\.?){0,4}",
        r"(?:توسط(?:\x20\p{L}[\p{L}\p{M}\u200c]*\.?){1,4}",
    ),  # 95
    (CH, '("با", "یاد"), ("بیاد",)', '("بیاد",)'),  # 96
    # -- b063cbb6: _headline_after_stamp -------------------------------------------------------
    (
        T,
        'head = len(rest) - len(rest.lstrip(" -–|/،,:"))',
        'head = len(rest) - len(rest.lstrip(" -–/،,:"))',
    ),  # 97
    (
        T,
        "    if sum(any(map(str.isalpha, word)) for word in words) < fewest:",
        "    if sum(any(map(str.isalpha, word)) for word in words) <= fewest:",
    ),  # 98
    (
        T,
        "    if words[0] in _PHRASE_DATE_WORDS or any(map(str.isdigit, words[0])):",
        "    if words[0] in _PHRASE_DATE_WORDS:",
    ),  # 99
    (
        T,
        "    if words[0] in _PHRASE_DATE_WORDS or any(map(str.isdigit, words[0])):",
        "    if any(map(str.isdigit, words[0])):",
    ),  # 100
]
TESTS = [
    "tests/test_fix229.py",
    "tests/test_fix230.py",
    "tests/test_fix231.py",
    "tests/test_fix232.py",
    "tests/test_fix233.py",
    "tests/test_fix234.py",
    "tests/test_real66.py",
    "tests/test_mut46.py",
    "tests/adversarial/test_attacks70.py",
    "tests/adversarial/test_attacks71.py",
    "tests/test_mut47.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
