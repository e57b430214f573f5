"""Hand-written mutants of fix223-fix228, real65 and the lead's mends d2a76c11/f2a8add6
(``_reading._post_header``), 7bd706c6 (``_sources._query_id_shape``) and 09d5249f, the rules
with no mutation round yet.

fix223 (``_listing._undated_items`` with ``UNDATED_ITEMS`` and ``UNDATED_ITEMS_ABOVE``,
``_menu_labels`` / ``_label_run`` / ``_menu_label_again`` with ``MENU_ENTRY_WORDS`` and
``MENU_VERB_LINES``, the stamp carrying its headline in ``_stamps_linked`` and
``_front_page_items``, ``_chrome._ALL_OF_A_KIND``'s «مشاهده همه», ``_markdown.markdown_headings``
leaving out the site's name), fix224 (``_grammar.match_around``'s bracketed weekday,
``_listing._placeholder_teaser``), fix225 (``_chrome._institution``'s
``EVENT_ROLE_NOUNS``, a reply's header in ``_late_header`` and ``_title._reply_header``,
``_listing._labelled_stamped_items``, ``_day_label_posts``, ``_evidence.archive_day_heading``,
the middle item's lines of text), fix226 (``_patterns._NAMED_MDY_HYPHENS``), fix227
(``_sources._joomla10_content_view``, ``_joomla_item_under_numbered_category``,
``_chrome._INTERVIEW_QUESTION``, ``_title._drawn_out_name``, ``_repost_notice_above``,
``_wish_under_thanks``, ``_listing.headline_over_label_row``, «آمار وبلاگ»), fix228
(``_article._header_block_below``'s related heading, ``_listing.tags_list_under_name``,
``_item_headed_under``, ``_item_id_under``, ``_title._dated_lead``), real65
(``_chrome._addressee_over_greeting``, ``_named_reporter``, ``_evidence.breadcrumb_over_its_end``,
``_listing._cut_item_follows``, ``_title._SECTION_OVER_RELAY``, ``_sources._script_head_key_id``,
``_TWIN_NAMED_MONTH``), d2a76c11/f2a8add6 (``_reading._post_header``'s day alone) and
7bd706c6 (``_sources._query_id_shape``).

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`, those that exist)
are run against the copy with ``-x``. The runner takes the tests from the tree it is run
from: the "before" count is the run from a ``git archive`` of the commit that added this
file, before any new test. Run from the repository root::

    python benchmarks/hand_mutants_46.py            # "N/M killed"
    python benchmarks/hand_mutants_46.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The forty-sixth round: fix223-fix228 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, CH, S = "_article.py", "_title.py", "_listing.py", "_chrome.py", "_sources.py"
E, V, R, G, P = "_evidence.py", "_vocab.py", "_reading.py", "_grammar.py", "_patterns.py"
CA, MD = "_candidates.py", "_markdown.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix223: undated items, menus ----------------------------------------------------------
    (LI, "UNDATED_ITEMS = 4", "UNDATED_ITEMS = 5"),  # 0
    (LI, "UNDATED_ITEMS_ABOVE = 2", "UNDATED_ITEMS_ABOVE = 3"),  # 1
    (LI, "MENU_ENTRY_WORDS = 5", "MENU_ENTRY_WORDS = 4"),  # 2
    (LI, "MENU_VERB_LINES = 1", "MENU_VERB_LINES = 0"),  # 3
    (
        LI,
        "        seen.add(lines[index].key.translate(_NO_DIGITS))",
        "        seen.add(lines[index].key)",
    ),  # 4
    (
        LI,
        "    if any(lines[at].paragraph for at in range(title + 1, count) if at not in outside):",
        "    if False:",
    ),  # 5
    (
        LI,
        "    while first > 0 and (spaced or not lines[first].blank_before) and shaped(first - 1):",
        "    while first > 0 and not lines[first].blank_before and shaped(first - 1):",
    ),  # 6
    (LI, '        or lines[under].text.endswith(".")\n', ""),  # 7
    (
        A,
        'elif title_rule == "first line" and _menu_labels(lines, title, outside, MENU_ENTRY_WORDS):',
        'elif title_rule == "first line" and _menu_labels(lines, title, outside):',
    ),  # 8
    (
        A,
        '        elif title_rule == "headline" and _menu_label_again(lines, title, outside):',
        "        elif False:",
    ),  # 9
    (
        LI,
        "    if min(upper_own, lower_own) >= STAMPED_HEADLINE_WORDS:\n        # each stamp",
        "    if False:\n        # each stamp",
    ),  # 10
    (
        LI,
        "        if title in run and lines[own].key != lines[title].key:\n            own = title",
        "        if False:\n            own = title",
    ),  # 11
    (
        CH,
        '    r"|(?:" + _SEE_ALL + r")[\\x20\\u200c]+(?:" + _ALL + r"))[\\x20]*"',
        '    r")[\\x20]*"',
    ),  # 12
    (
        MD,
        "    return [head for head in heads if not head or head not in site]",
        "    return heads",
    ),  # 13
    (
        LI,
        "    return run is not None and run[1] - title >= MENU_LABELS_UNDER",
        "    return run is not None and run[1] - title > MENU_LABELS_UNDER",
    ),  # 14
    # -- fix224: the bracketed weekday, the placeholder teaser -----------------------------------
    (G, '    bracketed = "(" in norm[start:core_start]', "    bracketed = False"),  # 15
    (LI, "    return len(keys) == 1", "    return len(keys) <= 2"),  # 16
    (
        LI,
        "                <= max(paragraphs(upper, lower) for upper, lower in itertools.pairwise(run))",
        "                < max(paragraphs(upper, lower) for upper, lower in itertools.pairwise(run))",
    ),  # 17
    # -- fix225: event roles, replies, labelled items, a day's label -----------------------------
    (V, '{"میزبان", "قهرمان",', '{"قهرمان",'),  # 18
    (
        CH,
        "        and vocab.EVENT_ROLE_NOUNS.isdisjoint(words[2:])",
        "        and vocab.EVENT_ROLE_NOUNS.isdisjoint(words[3:])",
    ),  # 19
    (
        CA,
        "            if (post := _post_header(state.lines, index)) is not None and post[1] > 1:",
        "            if (post := _post_header(state.lines, index)) is not None and post[1] > 2:",
    ),  # 20
    (
        T,
        "    return post is not None and post[1] > 1",
        "    return post is not None and post[1] >= 1",
    ),  # 21
    (T, "            return not _reply_header(lines, near)", "            return True"),  # 22
    (LI, "LABELLED_TEASER_LINES = 1", "LABELLED_TEASER_LINES = 2"),  # 23
    (
        LI,
        "        first = title + 2  # the label taken",
        "        first = title + 1  # the label taken",
    ),  # 24
    (
        LI,
        "    for run in _stamped_items(lines, outside, LISTING_HEADED_ITEMS):",
        "    for run in _stamped_items(lines, outside):",
    ),  # 25
    (LI, "        and teaser.key != lines[title + 2].key\n", ""),  # 26
    (LI, "        and title + 3 not in outside\n        and teaser_line(title + 3)\n", ""),  # 27
    (E, '        and label.endswith(":")\n', ""),  # 28
    (E, "        and words[0] in vocab.ARCHIVE_WORDS\n", ""),  # 29
    (
        LI,
        "if not others and run[0] < title and texts(title, end) <= texts(run[0], title):",
        "if not others and run[0] < title and texts(title, end) < texts(run[0], title):",
    ),  # 30
    (
        A,
        "        elif _labelled_stamped_items(lines, title, outside):",
        "        elif False:",
    ),  # 31
    # -- fix226: «فروردین-01-1390» -----------------------------------------------------------
    (
        P,
        "    (?<![0-9][/\\-.\\\\])                                 # no number glued before the month",
        "    # (mutant: no look-behind)",
    ),  # 32
    (
        P,
        "    (?![/\\-.\\\\]?[0-9]){_ERA}                            # and no number glued after",
        "    {_ERA}                            # and no number glued after",
    ),  # 33
    (P, "      | {_NAMED_MDY_HYPHENS}\n", ""),  # 34
    # -- fix227: Joomla 1.0's view, numbered categories, blind81's title rules -----------------
    (S, "JOOMLA10_VIEW_NUMBERS = 4", "JOOMLA10_VIEW_NUMBERS = 3"),  # 35
    (S, '        or numbers[0].startswith("0")\n', ""),  # 36
    (S, "    if rest[:1] == [_JOOMLA_SCRIPT]:\n        rest = rest[1:]\n", ""),  # 37
    (S, "            or _joomla_item_under_numbered_category(segments, at, digits)\n", ""),  # 38
    (
        S,
        "    if _ALIAS_THEN_ID.fullmatch(segments[0]) is None:\n        return False\n",
        "",
    ),  # 39
    (
        CH,
        '    if norm.lstrip()[:1] == "س" and _INTERVIEW_QUESTION.match(norm):',
        "    if False:",
    ),  # 40
    (T, "TATWEEL_RUN = 3", "TATWEEL_RUN = 4"),  # 41
    (T, "DRAWN_OUT_NAME_WORDS = 4", "DRAWN_OUT_NAME_WORDS = 3"),  # 42
    (T, "REPOST_NOTICE_REACH = 2", "REPOST_NOTICE_REACH = 1"),  # 43
    (
        T,
        "    if index > 0 and _wish_under_thanks(lines[index - 1], line):",
        "    if False:",
    ),  # 44
    (LI, "            and not norm.endswith(_LABEL_ROW_HEADLINE_ENDS)\n", ""),  # 45
    (
        LI,
        "            and next(iter_dates(line.text), None) is None\n        )\n",
        "        )\n",
    ),  # 46
    (
        LI,
        "        if headline_over_label_row(lines, index, outside) is not None:\n",
        "        if False:\n",
    ),  # 47
    (V, '    "آمار وبلاگ",\n', ""),  # 48
    # -- fix228: the related heading under the paragraph, the tags list under a name ------------
    (
        A,
        "            if is_related_heading(lines[index].norm):\n                # «مطالب مرتبط»",
        "            if False:\n                # «مطالب مرتبط»",
    ),  # 49
    (
        A,
        "    if title is not None and listing and tags_list_under_name(state, title, outside):",
        "    if False:",
    ),  # 50
    (
        LI,
        "            return at > 0 and _item_headed_under(state, index, outside)",
        "            return _item_headed_under(state, index, outside)",
    ),  # 51
    (LI, "        and not any(mark in lines[head].text for mark in _TAG_SEPARATORS)\n", ""),  # 52
    (
        LI,
        "    return tags_list_under_name(state, title, outside)\n\n\ndef _item_id_under",
        "    return False\n\n\ndef _item_id_under",
    ),  # 53
    (T, "        and has_letter(line.norm[labels[-1].value[1] :])\n", ""),  # 54
    (
        T,
        "        and all(label.field in _LEAD_LABEL_FIELDS for label in labels)",
        "        and any(label.field in _LEAD_LABEL_FIELDS for label in labels)",
    ),  # 55
    # -- real65: the addressee and the other causes --------------------------------------------
    (CH, "ADDRESSEE_WORDS = 16", "ADDRESSEE_WORDS = 15"),  # 56
    (CH, "        and _hello(lines[index + 1])\n", ""),  # 57
    (T, "                or _addressee_over_greeting(lines, index)\n", ""),  # 58
    (CH, "REPORTER_NAME_MIN_WORDS = 3", "REPORTER_NAME_MIN_WORDS = 2"),  # 59
    (
        E,
        "    tail = breadcrumb_tail(lines[index].text, 1)",
        "    tail = breadcrumb_tail(lines[index].text)",
    ),  # 60
    (
        LI,
        "            and (_item_follows(lines, index) or _cut_item_follows(lines, index))",
        "            and _item_follows(lines, index)",
    ),  # 61
    (
        A,
        "{_BYLINE_UNDER_DATELINE, _INVOCATION_COUPLET, _SECTION_OVER_RELAY}",
        "{_BYLINE_UNDER_DATELINE, _INVOCATION_COUPLET}",
    ),  # 62
    (
        S,
        "        or not (key == names[0][:1] or (len(names) >= 2 and key == names[0]))",
        "        or not (key == names[0][:1])",
    ),  # 63
    (S, "        or _SCRIPT_RECORD_WORDS.isdisjoint(names)\n", ""),  # 64
    (T, "        or _TWIN_NAMED_MONTH.search(line.norm, start - offset) is not None\n", ""),  # 65
    # -- d2a76c11 / f2a8add6: a reply's day alone; 7bd706c6: the query ID's shape ---------------
    (
        R,
        "        post == 1 or (number is alone and lines[index + 1].blank_before)",
        "        post == 1",
    ),  # 66
    (
        R,
        "        post == 1 or (number is alone and lines[index + 1].blank_before)",
        "        (number is alone and lines[index + 1].blank_before)",
    ),  # 67
    (
        S,
        '        not value.startswith("0")\n        and len(value) <= _URL_ID_MAX',
        "        len(value) <= _URL_ID_MAX",
    ),  # 68
    (
        S,
        "        and _PHONE_NUMBER.fullmatch(value) is None\n    )\n",
        "    )\n",
    ),  # 69
]
TESTS = [
    "tests/test_fix223.py",
    "tests/test_fix224.py",
    "tests/test_fix225.py",
    "tests/test_fix226.py",
    "tests/test_fix227.py",
    "tests/test_fix228.py",
    "tests/test_real65.py",
    "tests/test_lead37.py",
    "tests/test_mut45.py",
    "tests/adversarial/test_attacks69.py",
    "tests/adversarial/test_attacks70.py",
    "tests/test_mut46.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
