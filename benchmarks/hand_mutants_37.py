"""Hand-written mutants of fix162, fix166 and fix168-fix171, the rules with no mutation round yet.

fix162 (the older attack rounds' leftovers: the verb alone under a title,
``_title._verb_tail_under``; «را» opening it, ``_title._opens_with_object_mark``; Urdu's wiki
tagline, ``_chrome._never_title``; three-letter language codes,
``_header.is_language_switcher``; a cut text over the title, ``_listing._cut_teasers``;
Liferay's ``/web/guest``, ``_markdown._HOME_TARGET``; the starred banner, ``_title._STAR_BANNER``;
the pair printed whole below, ``_title._whole_over_halves``; the verbless line over the verb
headline, ``_title._verbless_over_verb``; the vocative and the first person,
``_title._addressed_or_personal``; a present verb's prefix, ``_title._cut_before_verb``),
fix166 (the breadcrumb over its headline, ``_article._headline_under_crumb``; the visitor
statistics' stamp, ``_chrome._site_stamps``, ``_chrome._in_site_stats``; the post icon's glued
label, ``_header.POST_ICON_LABEL``; digits-then-word IDs, ``_sources._LETTERED_ID``; phpBB and
PHP-Nuke topics, ``_sources._phpbb_topic``; a list's long name over its first item's date,
``_listing._listing_name``, ``_listing._long_name_on_top``; the weather heading,
``_title._weather_heading``; the agency's masthead, ``_title._agency_over_header``; the
institution under a line set aside, ``_title._title_doubt``), fix168 (the today banner over a
ticker, ``_chrome._banner_over_ticker``; the today block in HTML, ``_html._today_box``;
<title>'s site part, ``_html._title_site`` and ``_article._assemble``; the stopped headline's
comma, ``_title._stopped_headline_over_date``; ``/YYYY/MM/DD/ID/slug``, ``_sources._URL_DAY_SLUG``;
``lang_id``, ``_sources._CONTAINER_KEYS``), fix169 (the headline's first part printed again,
``_title._whole_above_part``; a statute's article, ``_title._statute_article``; the headline
printed twice opening the lead's line, ``_title._twice_glued_opening``; the clock glued to a
twin's day, ``_patterns._TWIN_MONTH``), fix170 (a list's label over its name,
``_listing._list_label_over``, ``_listing._lone_item_list_name`` and its caller in
``_article.parse_text``) and fix171 (the paragraph opening with the whole line,
``_article._lead_under_header``; the labelled date line, ``_lines._labelled_date_line``; the
plural of a stem ending with «ی», ``_article._plural_label``; tags and category in a post's
footer, ``_article._post_footer_line``; English slug words, ``_listing._SLUG_FUNCTION_WORDS``;
the tatweel rule, ``_listing._separator``; the views counter value first,
``_title._inside_header_block``; the labelled date line under a framed headline,
``_title._framed_over_headline``).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``. The runner takes the tests from the tree it is run from: the
"before" count is the run from a ``git archive`` of the commit that added this file, before
any new test. Run from the repository root::

    python benchmarks/hand_mutants_37.py            # "N/M killed"
    python benchmarks/hand_mutants_37.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The thirty-seventh round: fix162, fix166, fix168-fix171 under
mutation", gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, LN = "_article.py", "_title.py", "_listing.py", "_lines.py"
S, H, C, HT = "_sources.py", "_header.py", "_chrome.py", "_html.py"
MD, P = "_markdown.py", "_patterns.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix162: the older attack rounds' leftovers ----------------------------------------------
    (
        T,
        '        and all(word in _AUXILIARIES for word in words)\n        and _verb_end(line) == ""\n',
        "        and all(word in _AUXILIARIES for word in words)\n",
    ),  # 0
    (
        T,
        "    return bool(first) and first[0].strip(ZWNJ) == _OBJECT_MARK and len(first) > 1",
        "    return bool(first) and len(first) > 1",
    ),  # 1
    (
        C,
        '        norm.endswith("سے")\n        and line.words',
        "        False\n        and line.words",
    ),  # 2
    (
        H,
        "        if len(item) == 3 and barred and item.isupper() and item.lower() in _LANGUAGE_CODES_3:",
        "        if len(item) == 3 and item.isupper() and item.lower() in _LANGUAGE_CODES_3:",
    ),  # 3
    (
        LI,
        "    for index in range(max(0, title - 1), min(len(lines) - 1, title + 1 + EXCERPT_REACH)):",
        "    for index in range(title + 1, min(len(lines) - 1, title + 1 + EXCERPT_REACH)):",
    ),  # 4
    (MD, "(?:/web/guest)?", ""),  # 5
    (
        T,
        '    elif decorated is None and last == "*" and _STAR_BANNER.match(line.text):',
        '    elif False and last == "*" and _STAR_BANNER.match(line.text):',
    ),  # 6
    (
        T,
        "        if second == title and not lines[second].blank_before:",
        "        if second == title:",
    ),  # 7
    (T, '        and lines[lower].text.rstrip()[-1:] not in ("?", "؟")\n', ""),  # 8
    (
        T,
        "    if words[0] == _VOCATIVE:\n        return True",
        "    if words[0] == _VOCATIVE:\n        pass",
    ),  # 9
    (
        T,
        '        return _verb_end(line) == "" and _SENTENCE_END.search(under.text) is not None',
        "        return _SENTENCE_END.search(under.text) is not None",
    ),  # 10
    # -- fix166: blind65's findings --------------------------------------------------------------
    (
        A,
        "    if found is not None and (crumbed := _headline_under_crumb(lines, outside, found)) is not None:",
        "    if False and (crumbed := _headline_under_crumb(lines, outside, found)) is not None:",
    ),  # 11
    (A, "                and any(tail.startswith(line.key) for tail in tails)\n", ""),  # 12
    (
        A,
        '_CRUMB_SPLIT = regex.compile(r">>|\\x20>\\x20")',
        '_CRUMB_SPLIT = regex.compile(r">>")',
    ),  # 13
    (
        C,
        "        elif cand.rule in _OUTER_LABEL_RULES and _in_site_stats(state.lines, cand.order):",
        "        elif _in_site_stats(state.lines, cand.order):",
    ),  # 14
    (C, "SITE_STATS_LINES = 2", "SITE_STATS_LINES = 3"),  # 15
    (
        H,
        "        if posted is not None and DATETIME.match(norm, posted.end()) is not None:",
        "        if posted is not None:",
    ),  # 16
    (S, "                and _DATE_CODE.fullmatch(lettered.group(1)) is None\n", ""),  # 17
    (
        S,
        "                and before in _ITEM_SEGMENTS\n                and (lettered",
        "                and (lettered",
    ),  # 18
    (
        S,
        '        and any(\n            key.strip().lower() == "file" and value.strip().lower() == "viewtopic"\n'
        "            for key, value in query\n        )",
        "",
    ),  # 19
    (
        LI,
        "        dated = dated or not _BULLET.match(lines[above].text)",
        "        dated = dated or True",
    ),  # 20
    (
        LI,
        '            i in outside or lines[i].chrome or lines[i].info.kind != "text" for i in range(index)',
        "            True for i in range(index)",
    ),  # 21
    (
        T,
        '                "هوا" in line.norm and anchor is not None',
        "                False and anchor is not None",
    ),  # 22
    (
        T,
        "        and not any(at < index for _, at in scored)\n        and _agency_over_header",
        "        and _agency_over_header",
    ),  # 23
    (
        T,
        '        elif index not in outside and kind != "control":\n            return False\n    return labelled',
        "        elif False:\n            return False\n    return labelled",
    ),  # 24
    (T, "        and any(at == index - 1 for _, at in scored)\n", ""),  # 25
    # -- fix168: blind66's findings --------------------------------------------------------------
    (A, "    outside |= _banner_over_ticker(lines, outside)\n", ""),  # 26
    (C, '            or match.captures("H")\n', ""),  # 27
    (C, "TICKER_GUTTERS = 3", "TICKER_GUTTERS = 4"),  # 28
    (C, "                and name.words <= MASTHEAD_NAME_WORDS\n", ""),  # 29
    (
        HT,
        "    return not any(\n        child.mem_id != element.mem_id and child.tag in _BLOCK_SET"
        " for child in element.traverse()\n    )",
        "    return True",
    ),  # 30
    (
        HT,
        '    if not last or not any(rule == "title tag" and text == first for text, rule in titles):',
        "    if not last:",
    ),  # 31
    (
        T,
        '            and (text.count("،") > 1 or below + 1 >= len(lines) or not lines[below + 1].paragraph)',
        "            and (below + 1 >= len(lines) or not lines[below + 1].paragraph)",
    ),  # 32
    (S, "(0[1-9]|[12][0-9]|3[01])/(?:[0-9]+/)?([^/]+)", "(0[1-9]|[12][0-9]|3[01])/([^/]+)"),  # 33
    (
        S,
        '        "lang_id", "languageid", "language_id",',
        '        "languageid", "language_id",',
    ),  # 34
    # -- fix169: real54's findings ---------------------------------------------------------------
    (
        A,
        '        if whole is None and title_rule in ("headline", "first line"):',
        "        if False:",
    ),  # 35
    (
        T,
        "        if upper.paragraph:\n            return None",
        "        if upper.paragraph:\n            continue",
    ),  # 36
    (
        T,
        "        if count_words(upper.norm[part.end() :]) >= 2:",
        "        if count_words(upper.norm[part.end() :]) >= 1:",
    ),  # 37
    (
        T,
        r'regex.compile(r"[\x20\u200c]*(?:[؛;]|(?<!:):(?!:))',
        r'regex.compile(r"[\x20\u200c]*(?:[؛;])',
    ),  # 38
    (T, "            or _statute_article(line)\n", ""),  # 39
    (T, r"(?::|[-–ـ](?![\x20\u200c]*[0-9]))", r"(?::|[-–ـ])"),  # 40
    (
        A,
        '        and any(lines[at].info.kind in ("labels", "date", "mixed") for at in range(anchor))\n',
        "",
    ),  # 41
    (T, "            and len(set(words[:size])) >= size - 1\n", ""),  # 42
    (T, "            and not _TITLE_TAG_MARKS.intersection(words[:size])\n", ""),  # 43
    (P, r"(?![0-9/\-.:\\]|{_TWIN_MONTH})", r"(?![0-9/\-.:\\])"),  # 44
    # -- fix170: a list's label over its name ----------------------------------------------------
    (
        A,
        "                state.title_doubt[0] in _LONE_ITEM_DOUBTS\n                and _list_label_over(",
        "                False\n                and _list_label_over(",
    ),  # 45
    (
        LI,
        "        return None if _text_over(lines, name - 1, outside, LISTING_NAME_WORDS) else name",
        "        return None if _text_over(lines, name - 1, outside, 0) else name",
    ),  # 46
    (
        LI,
        "    return not value or _squash(value) == _squash(lines[name].norm)",
        "    return True",
    ),  # 47
    (LI, r"(?:برچسب|تگ|دسته)", r"(?:برچسب|تگ)"),  # 48
    (
        A,
        "        state.title_doubt, unnamed_list = None, False",
        "        unnamed_list = False",
    ),  # 49
    # -- fix171: attacks57's findings ------------------------------------------------------------
    (
        A,
        '            if lines[index].norm.startswith(lines[headline].norm + " "):',
        "            if False:",
    ),  # 50
    (
        A,
        "        if _headed_block(lines, dated, headline, labelled=True):",
        "        if _headed_block(lines, dated, headline):",
    ),  # 51
    (
        A,
        '        len(stem) >= GLUED_PLURAL_YEH_STEM and stem.endswith("ی")',
        "        len(stem) >= GLUED_PLURAL_YEH_STEM",
    ),  # 52
    (
        A,
        '                and all(label.field in ("tags", "category") for label in info.labels)\n',
        "",
    ),  # 53
    (
        LN,
        "        and all(\n"
        '            label.field in ("published", "updated") and label.value[1] > label.value[0]\n'
        "            for label in info.labels\n        )\n    )\n\n\ndef _lone_separator",
        '        and all(\n            label.field in ("published", "updated")\n'
        "            for label in info.labels\n        )\n    )\n\n\ndef _lone_separator",
    ),  # 54
    (
        LI,
        '        "our", "us", "your", "my", "its", "their", "his", "her", "we", "you",\n',
        "",
    ),  # 55
    (
        LI,
        "        ch.isalnum() and ch != TATWEEL for ch in text",
        "        ch.isalnum() for ch in text",
    ),  # 56
    (
        T,
        "        views = _VIEWS_VALUE_FIRST.match(under.norm) is not None",
        "        views = True",
    ),  # 57
    (
        T,
        '    dated = views and any(label.field == "number" for label in lines[index - 1].info.labels)',
        '    dated = any(label.field == "number" for label in lines[index - 1].info.labels)',
    ),  # 58
    (
        T,
        '        and (lines[lead].info.kind == "date" or _labelled_date_line(lines[lead]))',
        '        and lines[lead].info.kind == "date"',
    ),  # 59
]
TESTS = [
    "tests/test_fix162.py",
    "tests/test_fix166.py",
    "tests/test_fix168.py",
    "tests/test_fix169.py",
    "tests/test_fix170.py",
    "tests/test_fix171.py",
    "tests/test_mut37.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
