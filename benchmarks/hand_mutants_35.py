"""Hand-written mutants of fix150-fix159, the rules merged since the thirty-fourth round.

fix150 (an agency's header flattened onto one line, ``_header._id_label_after_datetime``; a
photo agency's weekday date over its item's labelled credits, ``_candidates._banner`` and
``_candidates._labelled_credit``), fix151 (the weekday in Arabic yeh and kaf and the counter
«بازديد», ``_lines._date_end_before_fields``; e107's ``?item.ID.CAT``; the site-name frame over
the headline, ``_title._framed_over_headline``; the sentence's end in any line of the wrapped
run, ``_title._wrapped_mid_sentence``; fix145's glued lead past the date line and «SPEAKER :
QUOTE», ``_title._repeated_lead_start``; a post's slug alone at ``?paged=N``,
``_listing._post_slug_path``), fix152 (Afghan Dari, ``_article._dari``; html2text's indented
items, ``_markdown.looks_like_markdown``; a colon-less author label,
``_listing._text_label_value``), fix153 (labels after a spaced slash, ``_header``; the tag
pair, the unit's byline and the announcement lead, ``_title``; ``_sources._script_named_id``,
``_sources._routed_id``'s record key, ``_sources.url_alias_number``), fix154 (the status line,
``_candidates._status_line_under``; the list subject, ``_candidates._over_prefixed_print``;
the long dash rule, ``_markdown._typed_rule``; ``_title._inside_header_block``;
``_title._title_twice_under_name_thrice``), fix155 (``_lines._glued_lead``,
``_title._long_headline_above``, ``_title._bracket_short_dated_title``), fix156
(``_title._frames_site_name``, the slug's function words, ``_article._plural_label``, the
three wrapped blocks), fix157 (``_article._foreign_name``, the slashed labels beside a date
or an ID, ``_candidates._listicle_count``, the unit's byline under the date line), fix158
(``_reading._warn_clock_order``) and fix159 (``_listing._month_slug_path``).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``. The runner takes the tests from the tree it is run from: the
"before" count is the run from a ``git archive`` of the commit that added this file, before
any new test. Run from the repository root::

    python benchmarks/hand_mutants_35.py            # "N/M killed"
    python benchmarks/hand_mutants_35.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The thirty-fifth round: fix150-fix159 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, L = "_article.py", "_title.py", "_listing.py", "_lines.py"
S, H, CA, MD, R = "_sources.py", "_header.py", "_candidates.py", "_markdown.py", "_reading.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix150: the flattened agency header; the weekday date over the labelled credits -------
    (
        H,
        '    if date is None or date.group("H") is None:\n        return None\n'
        "    label = _ID_LABEL_AFTER_DATETIME",
        "    if date is None:\n        return None\n    label = _ID_LABEL_AFTER_DATETIME",
    ),  # 0
    (
        H,
        '    if value is None or sum(ch.isdigit() for ch in value.group("id")) < _ID_MIN_DIGITS:',
        "    if value is None:",
    ),  # 1
    (
        H,
        '        and (norm[:1].isdigit() or norm.startswith("http"))\n        and ":" in norm\n',
        '        and norm[:1].isdigit()\n        and ":" in norm\n',
    ),  # 2
    (
        CA,
        "        and (title - index > NEAR_ABOVE or all(_labelled_credit(lines[i].norm) for i in between))",
        "        and title - index > NEAR_ABOVE",
    ),  # 3
    (CA, '    return ":" in norm and is_byline(norm)', "    return is_byline(norm)"),  # 4
    # -- fix151: yeh/kaf weekday, «بازديد»; e107; the site-name frame; the wrapped run; the glued
    # lead past the date line and «SPEAKER : QUOTE»; a post's slug alone at ?paged=N ----------
    (
        L,
        '    {*WEEKDAYS, *(name.replace("ی", "ي").replace("ک", "ك") for name in WEEKDAYS)}',
        "    {*WEEKDAYS}",
    ),  # 5
    (L, "_HEADER_COUNTER.fullmatch(normalize(field))", "_HEADER_COUNTER.fullmatch(field)"),  # 6
    (
        S,
        '        and (dotted_query.group(3) is None or dotted_query.group(1).lower() == "item")\n',
        "",
    ),  # 7
    (T, "FRAMED_HEADLINE_MIN_WORDS = 4", "FRAMED_HEADLINE_MIN_WORDS = 5"),  # 8
    (
        T,
        "    while at >= 0 and (at >= index - 2 or _wrapped_like(lines[at], size)):",
        "    while at >= 0 and at >= index - 2:",
    ),  # 9
    (
        T,
        "    if after is not None and not lines[after].paragraph and _dated_line(lines[after]):",
        "    if False:",
    ),  # 10
    (
        T,
        "        if teaser is None and _finite_verb(tail, len(tail) - 1):",
        "        if False:",
    ),  # 11
    (
        LI,
        "    return len(content) >= SLUG_HEADLINE_WORDS and not any(part.isdigit() for part in parts)",
        "    return len(content) >= SLUG_HEADLINE_WORDS",
    ),  # 12
    # -- fix152: Afghan Dari; html2text's indented items; the colon-less author label ----------
    (A, "DARI_MIN_WORDS = 2", "DARI_MIN_WORDS = 1"),  # 13
    (A, "DARI_PARAGRAPHS = 3", "DARI_PARAGRAPHS = 2"),  # 14
    (A, "        or _dari(lines, title, lead, end, outside)\n", ""),  # 15
    (
        MD,
        '    found = 1 if "  * " in text and _INDENTED_ITEM.search(text) else 0',
        "    found = 0",
    ),  # 16
    (
        LI,
        'above.text.rstrip().endswith(":") or (len(info.labels) == 1 and label.field == "author")',
        'above.text.rstrip().endswith(":")',
    ),  # 17
    # -- fix153: the spaced slash's labels; tag pair, unit byline, announcement; the address ---
    (H, "        positions.append(at + 2)\n", "        pass\n"),  # 18
    (H, "        if colon is None and after_slash:\n            continue", "        pass"),  # 19
    (T, "            or _bar_pair_under_headline(lines, index)\n", ""),  # 20
    (T, '        and squeeze(" ".join(words[:2])) not in vocab.UNIT_BYLINE_WORDS\n', ""),  # 21
    (T, "        and _restates(upper, line)\n", ""),  # 22
    (S, "        or not script.endswith(stem)\n", ""),  # 23
    (S, '            and controller in (stem, stem + "s")\n', ""),  # 24
    (
        CA,
        "        if any(line.key == key for line in state.lines[:_ALIAS_HEADLINE_LINES]):\n"
        "            number = alias[0]",
        "        if True:\n            number = alias[0]",
    ),  # 25
    # -- fix154: the status line; the list subject; the long dash rule; the header block; the
    # name printed thrice over the title printed twice ----------------------------------------
    (
        CA,
        "        and (read.stamp.weekday is not None or read.stamp.has_time)\n"
        "        and _status_line_under",
        "        and read.stamp.weekday is not None\n        and _status_line_under",
    ),  # 26
    (
        CA,
        "        return _LIST_SUBJECT.fullmatch(prefix) is not None and headline.words >= 3",
        "        return _LIST_SUBJECT.fullmatch(prefix) is not None",
    ),  # 27
    (MD, "LONE_RULE_DASHES = 10", "LONE_RULE_DASHES = 11"),  # 28
    (T, "HEADER_SECTION_WORDS = 4", "HEADER_SECTION_WORDS = 3"),  # 29
    (T, "    if not dated or at < 0:", "    if at < 0:"),  # 30
    (
        T,
        "    if not lines[anchor].paragraph:\n        return None\n    return first + 3",
        "    return first + 3",
    ),  # 31
    # -- fix155: the glued relay's short lead; the long headline above; the bracket's day ------
    (L, "_GLUED_SENTENCE_WORDS = 3", "_GLUED_SENTENCE_WORDS = 4"),  # 32
    (L, '        and not any(mark in sentence[:-1] for mark in ".!؟?:؛،,")\n', ""),  # 33
    (T, "LONG_HEADLINE_ABOVE_WORDS = 10", "LONG_HEADLINE_ABOVE_WORDS = 11"),  # 34
    (T, "        and value >= mine - 2\n", "        and value >= mine - 1\n"),  # 35
    (
        T,
        "        and not any(map(str.isdigit, above.text))  # a schedule's hours, a date: no headline\n",
        "",
    ),  # 36
    (
        T,
        "    if index == 0 or index + 1 >= len(lines) or not _dated_line(lines[index + 1]):",
        "    if index == 0 or index + 1 >= len(lines):",
    ),  # 37
    (
        T,
        "    if short is None:\n        return None\n    before = text[:opening]",
        '    if short is None or short.group("tail") is not None:\n        return None\n'
        "    before = text[:opening]",
    ),  # 38
    # -- fix156: the frame's site name; the slug's function words; the plural label; three blocks
    (T, "FRAME_NAME_WORDS = 2", "FRAME_NAME_WORDS = 1"),  # 39
    (
        T,
        "    if len(words) <= FRAME_NAME_WORDS or lines[index + 1].blank_before:",
        "    if len(words) <= FRAME_NAME_WORDS:",
    ),  # 40
    (
        LI,
        "    content = [part for part in parts if part.lower() not in _SLUG_FUNCTION_WORDS]",
        "    content = parts",
    ),  # 41
    (
        A,
        '    if len(parts) == 3 and parts[1] in ("ها", "های"):\n        return True\n',
        "",
    ),  # 42
    (
        A,
        "            wrapped_head = _head_over_wrapped(lines, title, run=1)",
        "            wrapped_head = _head_over_wrapped(lines, title, run=2)",
    ),  # 43
    # -- fix157: the quoted Dari names; the slashed labels' date or ID; the listicle; the unit --
    (
        A,
        '    if norm.count("«", 0, start) > norm.count("»", 0, start):\n        return True\n',
        "",
    ),  # 44
    (A, "    return _COUNTRY_AFTER.match(norm, end) is not None", "    return False"),  # 45
    (
        H,
        "    if slashed and not any(field in _SLASH_FIELDS for field, _ in found):",
        "    if False:",
    ),  # 46
    (CA, "    if alias is None or alias[0] != number:", "    if alias is None:"),  # 47
    (T, '    if upper.info.kind == "date" and index >= 2:', "    if False:"),  # 48
    # -- fix158: the spaced clock's order ------------------------------------------------------
    (
        R,
        "    if first == second or first >= _HOURS_A_DAY or second >= _HOURS_A_DAY:",
        "    if first >= _HOURS_A_DAY or second >= _HOURS_A_DAY:",
    ),  # 49
    (
        R,
        "    if first == second or first >= _HOURS_A_DAY or second >= _HOURS_A_DAY:",
        "    if first == second or first > _HOURS_A_DAY or second > _HOURS_A_DAY:",
    ),  # 50
    (
        R,
        r'(\d{1,2})[\x20\u00a0]*[-\u2013\u2014]"',
        r'(\d{1,2})[\x20\u00a0]*[-\u2013\u2014]?"',
    ),  # 51
    (
        R,
        r'    if " :" not in stamp.text and "\u00a0:" not in stamp.text:',
        '    if " :" not in stamp.text:',
    ),  # 52
    (R, "        _warn_clock_order(state, result.stamp)\n", ""),  # 53
    # -- fix159: a slug after a year and a month at ?paged=N -----------------------------------
    (LI, "                or _month_slug_path(segments)\n", ""),  # 54
    (
        LI,
        '        not last.isdigit() and last.lower() != "page" and regex.search',
        "        not last.isdigit() and regex.search",
    ),  # 55
    (
        LI,
        '    if len(segments) < 3 or _MONTH_PATH.fullmatch("/".join(segments[-3:-1])) is None:',
        "    if len(segments) < 3:",
    ),  # 56
]
TESTS = [
    "tests/test_fix150.py",
    "tests/test_fix151.py",
    "tests/test_fix152.py",
    "tests/test_fix153.py",
    "tests/test_fix154.py",
    "tests/test_fix155.py",
    "tests/test_fix156.py",
    "tests/test_fix157.py",
    "tests/test_fix158.py",
    "tests/test_fix159.py",
]


def main(argv: list[str] | None = None) -> int:
    return cli(__doc__, MUTANTS, TESTS, argv)  # argv None: the command line's arguments


if __name__ == "__main__":
    sys.exit(main())
