"""Hand-written mutants of fix176-fix183, the rules with no mutation round yet.

fix176 (real55's titles: a name of a few words under the date line over the reading time,
``_title._name_under_date_line``; a short question heading over its subtitle,
``_title._under_question_heading``; a question's words the title need not name,
``_title._QUESTION_WORDS``; run-on read-more teasers, ``_listing._read_more_teasers``; an
English photo caption, ``_title._latin_caption``; ``NAME/ ROLE`` bylines,
``_chrome._slash_role_byline``; a notice glued to a search link, ``_header``), fix177 (a
``<title>``'s short parts, ``_html._title_names``, ``_article._assemble``; the headline's
part copied under a paragraph, ``_title._whole_above_part``; the halves parted by a blank
line, ``_title._whole_over_halves``; a desk's name under an agency, ``_title._agency_over_header``),
fix178 (a line opening with ``،``/``؛``; a headline over its summary,
``_title._summary_under_headline``; a timed date with company, ``_article._timed_date_with_company``;
a post-title ``<h2>``/``<h3>``, ``_html._own_entry_title``; the footer's update stamp,
``_html._update_footer_after``; a bracketed time, ``_patterns``), fix179 (diff rows, host
names, wiki signatures, ``_chrome._never_title``; a bulleted counter, ``_header``; a
never-title line taking no doubted title's place; a copy with a Latin tail,
``_title._latin_tailed_copies_above``; the latest-items heading under a one-item list,
``_listing``; ``/uncategorized/N`` and Joomla's ``/index.php/LANG/ALIAS/N``, ``_sources``;
the Sorani views label), fix180 (a labelled clock, ``_chrome``; a lopsided joined clock,
``_candidates._joined_time``/``_time_before``; archive labels, ``_title._listing_heading``;
a verse quoted twice under a cut lead, ``_article._quoted_twice_under_header``;
``SUBHEADINGS_MAX``; a ticker's wide gaps, ``_chrome._banner_over_ticker``), fix181 (a
list's tag in the query, ``_listing``; a headline printed again with a spaced stop,
``_lines._Line.key``, ``_title._stopless_print``; a cut name over a tagline,
``_title._cut_name_over_tagline``), fix182 (the item's labels line, ``_lines._item_header_line``;
the short line a blank line under an ad's label, ``_title._dated_under_ad_label``; the verb
headline over as long a line, ``_title._under_dated_verb_headline``) and fix183 (the only
date line set aside far above the title, ``_article._only_date_line_set_aside``,
``_candidates._plain_far_date``; the lone item's headline at an item's address,
``_article._lone_item_head``).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``. The runner takes the tests from the tree it is run from: the
"before" count is the run from a ``git archive`` of the commit that added this file, before
any new test. Run from the repository root::

    python benchmarks/hand_mutants_39.py            # "N/M killed"
    python benchmarks/hand_mutants_39.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The thirty-ninth round: fix176-fix183 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, LN = "_article.py", "_title.py", "_listing.py", "_lines.py"
S, H, C, CA = "_sources.py", "_header.py", "_chrome.py", "_candidates.py"
HT, P, V = "_html.py", "_patterns.py", "_vocab.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix176: real55's titles ----------------------------------------------------------------
    (
        T,
        "        and line.words <= BYLINE_UNDER_DATE_WORDS\n        and not line.blank_before\n",
        "        and not line.blank_before\n",
    ),  # 0
    (T, "        and not _name_under_date_line(lines, index)\n", ""),  # 1
    (T, "QUESTION_HEADING_WORDS = (2, 6)", "QUESTION_HEADING_WORDS = (2, 5)"),  # 2
    (
        T,
        "        return False  # a line of text above the question: a kicker over its headline, maybe",
        "        pass  # a line of text above the question: a kicker over its headline, maybe",
    ),  # 3
    (
        T,
        "        if len(word) >= 3 and word not in _FUNCTION_WORDS and word not in _QUESTION_WORDS",
        "        if len(word) >= 3 and word not in _FUNCTION_WORDS",
    ),  # 4
    (LI, "READ_MORE_TEASERS = 2", "READ_MORE_TEASERS = 3"),  # 5
    (
        LI,
        "            return False  # a paragraph of running text among them: an article",
        "            continue  # a paragraph of running text among them: an article",
    ),  # 6
    (
        T,
        "        score -= 3  # «NAME (right) visits",
        "        score -= 1  # «NAME (right) visits",
    ),  # 7
    (
        C,
        '        and _SLASH_NAME_STOPS.isdisjoint(line.norm.split("/", 1)[0].split())\n',
        "",
    ),  # 8
    (
        H,
        '_fold(norm.rsplit(".\\x20\\x20", 1)[1]) in _SEARCH_LINKS:',
        '_fold(norm.rsplit(".\\x20\\x20", 1)[1]) in ():',
    ),  # 9
    # -- fix177: the thirty-seventh round's pages -------------------------------------------------
    (
        A,
        "        and _squash(title.norm) in {_squash(normalize(name)) for name in hints.title_names}",
        "        and False",
    ),  # 10
    (HT, "TITLE_MAX_PARTS = 5", "TITLE_MAX_PARTS = 4"),  # 11
    (
        HT,
        "    if not 3 <= len(parts) <= TITLE_MAX_PARTS:",
        "    if not 4 <= len(parts) <= TITLE_MAX_PARTS:",
    ),  # 12
    (
        HT,
        "        not len(n.split()) < min(head_words, TITLE_NAME_MAX_WORDS + 1) for n in names",
        "        not len(n.split()) <= min(head_words, TITLE_NAME_MAX_WORDS + 1) for n in names",
    ),  # 13
    (
        T,
        "            if crossed or not _paragraph_next(lines, title, outside):",
        "            if crossed:",
    ),  # 14
    (
        T,
        "            not lines[second].blank_before or _opens_with_object_mark(lines[second])",
        "            not lines[second].blank_before",
    ),  # 15
    (
        T,
        "            and (labelled or _SECTION_HEAD.fullmatch(lines[index].norm.strip()) is None)",
        "            and True",
    ),  # 16
    # -- fix178: blind68's findings ----------------------------------------------------------------
    (T, '                or line.norm.lstrip(" ")[:1] in _CLAUSE_MARKS\n', ""),  # 17
    (T, "SUMMARY_HEAD_MIN_WORDS = 7", "SUMMARY_HEAD_MIN_WORDS = 8"),  # 18
    (T, "SUMMARY_HEADLINE_SHARED_WORDS = 4", "SUMMARY_HEADLINE_SHARED_WORDS = 5"),  # 19
    (
        T,
        '        (below.info.kind not in ("labels", "date") and index + 1 != stop)',
        '        (below.info.kind not in ("labels", "date"))',
    ),  # 20
    (
        T,
        "    if first is None or next((word for word in line.norm.split() if word.isalpha()), None) != first:",
        "    if first is None:",
    ),  # 21
    (
        A,
        "    return _CLOCK.search(lines[index].norm, start, end) is not None",
        "    return True",
    ),  # 22
    (
        HT,
        '    return node.css_first("a") is None and next(iter(find_dates(text)), None) is None',
        '    return node.css_first("a") is None',
    ),  # 23
    (HT, "UPDATE_FOOTER_WORDS = 8", "UPDATE_FOOTER_WORDS = 5"),  # 24
    (P, "(?:(?P<pt>\\(){_GP}(?=[0-9]))?", "(?:(?P<pt>\\(){_GP}(?=[0-9]{3}))?"),  # 25
    (
        HT,
        "    if heading is None and len(found.entry_titles) == 1 and _own_entry_title(",
        "    if heading is None and len(found.entry_titles) >= 1 and _own_entry_title(",
    ),  # 26
    # -- fix179: real56's findings -----------------------------------------------------------------
    (
        C,
        '    if text.rstrip().endswith("||") and _DIFF_ROW_END.search(text) and not line.chrome:',
        '    if text.rstrip().endswith("||") and _DIFF_ROW_END.search(text):',
    ),  # 27
    (
        C,
        '    if line.words == 1 and "." in text and _HOST_ALONE.fullmatch(text):',
        '    if "." in text and _HOST_ALONE.match(text):',
    ),  # 28
    (H, "    if bare[:2] in _BULLETS:", "    if False:"),  # 29
    (T, "            and not _never_title(lines[doubt[1]])\n", ""),  # 30
    (
        T,
        '        if index == 0 or line.words < GLUED_COPY_WORDS - 1 or line.info.kind != "text":',
        '        if index == 0 or line.words < GLUED_COPY_WORDS or line.info.kind != "text":',
    ),  # 31
    (
        T,
        "        if keys.get(line.key, 0) != 1 or index - 1 not in candidate_set:",
        "        if index - 1 not in candidate_set:",
    ),  # 32
    (
        LI,
        "        len(rest) == 1\n        and lines[at].text.rstrip().endswith(_EXCERPT_ENDS)\n",
        "        len(rest) == 1\n",
    ),  # 33
    (
        S,
        "        len(segments) == 2\n        and at == 1\n",
        "        len(segments) >= 2\n        and at == 1\n",
    ),  # 34
    (
        S,
        "        and _MENU_ALIAS.fullmatch(segments[2]) is not None\n"
        "        and segments[2] not in _CONTAINER_SEGMENTS\n",
        "        and _MENU_ALIAS.fullmatch(segments[2]) is not None\n",
    ),  # 35
    (V, '    "بینراو",\n', ""),  # 36
    # -- fix180: attacks60's findings --------------------------------------------------------------
    (
        C,
        '        if ":" in norm and line.words <= LABELLED_CLOCK_WORDS and _LABELLED_CLOCK.fullmatch(norm):',
        '        if ":" in norm and line.words <= LABELLED_CLOCK_WORDS and _LABELLED_CLOCK.match(norm):',
    ),  # 37
    (
        CA,
        "    _warn_clock_order(state, joined)  # «ساعت: ۰۸ :۵۱ - تاریخ: ...» (fix180)",
        "    pass  # «ساعت: ۰۸ :۵۱ - تاریخ: ...» (fix180)",
    ),  # 38
    (CA, "    _warn_clock_order(state, joined)\n", "    pass\n"),  # 39
    (
        T,
        '    if tagged is None and norm.lstrip(" ")[:1] in _ARCHIVE_LABEL_FIRST:',
        "    if False:",
    ),  # 40
    (
        A,
        "    if found is not None and paired and _quoted_twice_under_header(lines, found):",
        "    if found is not None and paired and False:",
    ),  # 41
    (
        A,
        "                and between.text.rstrip()[-1:] in _INTRO_ENDS\n",
        '                and between.text.rstrip()[-1:] == ":"\n',
    ),  # 42
    (
        A,
        "                and not any(lines[at].blank_before for at in range(index + 1, near + 3))\n",
        "",
    ),  # 43
    (A, "                and not _quoted_twice_under_header(lines, index)\n", ""),  # 44
    (T, "SUBHEADINGS_MAX = 8", "SUBHEADINGS_MAX = 7"),  # 45
    (C, "TICKER_WIDE_GUTTER = 5", "TICKER_WIDE_GUTTER = 6"),  # 46
    # -- fix181: blind69's findings ----------------------------------------------------------------
    (
        LI,
        '_LIST_NAME_QUERY_KEYS = frozenset({"tn", "tag", "tagname", "keyword"})',
        '_LIST_NAME_QUERY_KEYS = frozenset({"tn", "tag"})',
    ),  # 47
    (
        # (fix189 read Latin names: the text this mutant changed is now the ASCII name's
        # test; the mutant refuses ASCII again, as before fix189)
        LI,
        "                and (not key.isascii() or _ASCII_NAME.fullmatch(key) is not None)",
        "                and not key.isascii()",
    ),  # 48
    (
        LN,
        '        if norm.endswith(" .") and not norm[:-1].rstrip().endswith("."):',
        '        if norm.endswith(" ."):',
    ),  # 49
    (
        T,
        "            if doubt[0] == _VERSE_UNDER and (first := _stopless_print(lines, upper)) is not None:",
        "            if False:",
    ),  # 50
    (T, "        or line.words > CUT_NAME_WORDS\n", ""),  # 51
    (
        A,
        "        and (state.title_doubt is None or state.title_doubt[0] == _CUT_NAME_OVER_TAGLINE)\n"
        "    ):\n        # «<title>26",
        "        and state.title_doubt is None\n    ):\n        # «<title>26",
    ),  # 52
    # -- fix182: the thirty-eighth round's pages ---------------------------------------------------
    (
        A,
        "            or (labelled and _item_header_line(lines[dated]))",
        "            or False",
    ),  # 53
    (
        # (the text fix189 rewrote: the code or the views with its value among the labels)
        LN,
        "        and any(\n"
        '            label.field in ("number", "views") and label.value[1] > label.value[0]\n'
        "            for label in info.labels\n"
        "        )\n",
        "",
    ),  # 54
    (
        # (fix189 took this mutant's reading, another label's value may be empty; the mutant
        # now drops the value the code or the views needs)
        LN,
        '            label.field in ("number", "views") and label.value[1] > label.value[0]\n',
        '            label.field in ("number", "views")\n',
    ),  # 55
    (T, "                    and not _dated_under_ad_label(lines, index)\n", ""),  # 56
    (T, "                or line.key in _AD_LINKS\n", ""),  # 57
    (
        T,
        "        and not lines[index + 1].blank_before\n        and _dated_line(lines[index + 1])\n",
        "        and _dated_line(lines[index + 1])\n",
    ),  # 58
    (
        T,
        "            line.words < headline.words\n",
        "            line.words <= headline.words\n",
    ),  # 59
    # -- fix183: the only date line set aside; the lone item at an item's address -----------------
    (A, "    if len(state.banner_lines) != 1:", "    if not state.banner_lines:"),  # 60
    (
        CA,
        "    if title - index <= DATE_REACH_ABOVE or match is None:",
        "    if title - index < DATE_REACH_ABOVE or match is None:",
    ),  # 61
    (
        CA,
        "    return read is not None and read.stamp.weekday is None",
        "    return read is not None",
    ),  # 62
    (
        A,
        "    if published is None and (only := _only_date_line_set_aside(state)) is not None:",
        "    if (only := _only_date_line_set_aside(state)) is not None:",
    ),  # 63
    (
        A,
        "        and url_number(hints.url) is not None\n        and state.title_doubt is None\n",
        "        and state.title_doubt is None\n",
    ),  # 64
    (
        A,
        "        and state.title_doubt is None\n        and (item_head := _lone_item_head(",
        "        and (item_head := _lone_item_head(",
    ),  # 65
]
TESTS = [
    "tests/test_fix176.py",
    "tests/test_fix177.py",
    "tests/test_fix178.py",
    "tests/test_fix179.py",
    "tests/test_fix180.py",
    "tests/test_fix181.py",
    "tests/test_fix182.py",
    "tests/test_fix183.py",
    "tests/adversarial/test_attacks60.py",
    "tests/test_mut39.py",  # this round's tests (absent from the "before" archive)
    "tests/test_fix189.py",  # the pages this round found wrong on main, fixed (fix189)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
