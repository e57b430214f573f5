"""Hand-written mutants of fix172-fix175, the rules with no mutation round yet.

fix172 (attacks57's inputs left: a tatweel-only line has no letter, ``_lines.has_letter``;
Dari and formal verb endings, ``_lines._VERB_ENDINGS``; a verb headline over the date line
over a shorter line under it, ``_title._under_dated_verb_headline``; a state's name before
an institution, ``_title._institution_name``; a teaser cut ``[…]`` and a spaced rule in the
one-item list, ``_listing._lone_item_list_name``, ``_article._lone_item_named_by``; a person's
title word in a framed three-word headline, ``_title._framed_over_headline``; a line printed
twice under a name printed thrice, ``_title._twice_over_date_under_copies``), fix173 (the
author's label in the code's block, ``_title._inside_header_block``; a name frame over a
two-word headline, ``_title._under_name_frame``, ``_title._frame_names``; a verse quoted
under a colon line, ``_title._headline_twice_below``; a clock spaced on one side,
``_reading.clock_order_doubt``; the dated item ID, ``_article._clock_by_dated_id``; «زمان :»
over a clock, ``_candidates._labelled_time_line``, ``_header._classify``), fix174 (a
breadcrumb over its own tail, ``_title._crumb_over_its_tail``; a headline printed twice over
sub-headings, ``_title._twice_over_subheadings``; an advertiser under an ad's label,
``_title._ad_box`` and ``_choose_title``; ``/web/NNNNN-2``, ``_sources._DUPLICATE_SLUG``; a
short ticker by its gaps, ``_chrome._banner_over_ticker``; ``# بایگانی دسته: NAME``,
``_title._listing_heading``; a colon part under the byline, ``_title._colon_part_of``) and
fix175 (the lead opening with a verb headline, ``_article._lead_under_header``; a labelled
date line with other labels beside, ``_lines._labelled_date_line``; a views counter value
first with a unit, ``_header.VIEWS_VALUE_FIRST``; a glued «یهای» on a noun in «یه»,
``_article._plural_label``; any number of footer lines under a plural label,
``_article._parse_text``; a long rule of one mark, ``_listing._long_rule``).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``. The runner takes the tests from the tree it is run from: the
"before" count is the run from a ``git archive`` of the commit that added this file, before
any new test. Run from the repository root::

    python benchmarks/hand_mutants_38.py            # "N/M killed"
    python benchmarks/hand_mutants_38.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The thirty-eighth round: fix172-fix175 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, LN = "_article.py", "_title.py", "_listing.py", "_lines.py"
S, H, C, CA = "_sources.py", "_header.py", "_chrome.py", "_candidates.py"
R = "_reading.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix172: attacks57's inputs left ---------------------------------------------------------
    (
        LN,
        '    return any(map(str.isalpha, text.replace(TATWEEL, "") if TATWEEL in text else text))',
        "    return any(map(str.isalpha, text))",
    ),  # 0
    (LN, '        "گردید", "نمود", "گردد", "نماید",\n', '        "نمود", "گردد", "نماید",\n'),  # 1
    (
        T,
        '        and _verb_end(headline) == "verb"\n        and lead.paragraph\n',
        "        and lead.paragraph\n",
    ),  # 2
    (
        T,
        "        and 2 * len((words := _content_words(headline)) & _content_words(lead)) >= len(words)",
        "        and len((words := _content_words(headline)) & _content_words(lead)) >= len(words)",
    ),  # 3
    (
        T,
        "        and 3 <= line.words < headline.words <= HEADLINE_MAX_WORDS",
        "        and 3 <= line.words <= headline.words <= HEADLINE_MAX_WORDS",
    ),  # 4
    (
        T,
        '        and lines[index - 1].info.kind == "date"\n        and headline.info.kind == "text"',
        '        and headline.info.kind == "text"',
    ),  # 5
    (
        T,
        "        _under_verb_headline(lines, index, spaced) or _under_dated_verb_headline(lines, index)",
        "        _under_verb_headline(lines, index, spaced)",
    ),  # 6
    (
        T,
        "        first in vocab.PERSON_TITLE_WORDS and second in vocab.GIVEN_NAMES",
        "        first in vocab.PERSON_TITLE_WORDS",
    ),  # 7
    (
        T,
        "        return _content_words(line) <= told",
        "        return not _content_words(line).isdisjoint(told)",
    ),  # 8
    (T, "            words = words[len(state) :]\n            break", "            break"),  # 9
    (T, "NAME_COPIES = 3", "NAME_COPIES = 2"),  # 10
    (
        T,
        "        title.key != again.key\n        or title.info.kind",
        "        title.info.kind",
    ),  # 11
    (
        T,
        "        or not _dated_line(date)\n    ):\n        return None\n    return at",
        "    ):\n        return None\n    return at",
    ),  # 12
    (
        LI,
        "            lines[at].words >= LONE_TEASER_WORDS and lines[at].text.rstrip().endswith(_EXCERPT_ENDS)",
        "            False",
    ),  # 13
    (
        LI,
        "            or (below.words > SECTION_HEADING_WORDS and not _separator(below))",
        "            or below.words > SECTION_HEADING_WORDS",
    ),  # 14
    (A, "LONE_ITEM_HEAD_REACH = 3", "LONE_ITEM_HEAD_REACH = 1"),  # 15
    (
        A,
        "        and not hints.url\n        and state.title_doubt is None\n        and (one_item_name := _lone_item_named_by(",
        "        and state.title_doubt is None\n        and (one_item_name := _lone_item_named_by(",
    ),  # 16
    # -- fix173: mut36's pages, 1912's clock, «زمان :» ---------------------------------------------
    (
        T,
        '        views = any(label.field in ("views", "author") for label in under.info.labels)',
        '        views = any(label.field == "views" for label in under.info.labels)',
    ),  # 17
    (T, "FRAMED_NAMED_HEADLINE_WORDS = 2", "FRAMED_NAMED_HEADLINE_WORDS = 3"),  # 18
    (T, "FRAME_NAME_WORDS = 2", "FRAME_NAME_WORDS = 1"),  # 19
    (
        T,
        "        if _framed_over_headline(lines, index, _frame_names(core)) and _frames_site_name(",
        "        if _framed_over_headline(lines, index) and _frames_site_name(",
    ),  # 20
    (T, "    if _under_name_frame(lines, index):", "    if False:"),  # 21
    (
        T,
        "            if lines[other].key == line.key and lines[other - 1].text[-1] not in _COLONS:",
        "            if lines[other].key == line.key:",
    ),  # 22
    (
        R,
        "    clock = _SPACED_CLOCK_FIRST.match(ascii_text) or _LOPSIDED_CLOCK.search(ascii_text)",
        "    clock = _SPACED_CLOCK_FIRST.match(ascii_text)",
    ),  # 23
    (R, r"(?![\d\x20\u00a0]*:)", ""),  # 24
    (A, "        published = _clock_by_dated_id(state, number, published)\n", ""),  # 25
    (
        A,
        "    if stamp.jalali_date != (year, month, day):\n        return published",
        "    if stamp.jalali_date != (year, month, day):\n        pass",
    ),  # 26
    (A, "    elif (hour, minute) == (second, first):", "    elif True:"),  # 27
    (
        A,
        '        if notice.code != "time-order-uncertain" or notice.span != stamp.span',
        "        if True",
    ),  # 28
    (CA, "        or _TIME_WORD_LABEL.match(norm) is not None\n", ""),  # 29
    (
        H,
        '    if date is None and norm.startswith("زمان") and time_alone(norm) is not None:',
        "    if False:",
    ),  # 30
    # -- fix174: blind67's findings and attacks58's -------------------------------------------------
    (S, 'r"([0-9]{5,})-[2-9]"', 'r"([0-9]{4,})-[2-9]"'),  # 31
    (S, 'r"([0-9]{5,})-[2-9]"', 'r"([0-9]{5,})-[1-9]"'),  # 32
    (
        S,
        "        if at == len(segments) - 1 and (copy := _DUPLICATE_SLUG.fullmatch(segment)) is not None:",
        "        if False and (copy := _DUPLICATE_SLUG.fullmatch(segment)) is not None:",
    ),  # 33
    (C, "TICKER_SHORT_GUTTERS = 4", "TICKER_SHORT_GUTTERS = 5"),  # 34
    (
        C,
        "            or (ticker.words <= HEADLINE_MAX_WORDS and gutters < TICKER_SHORT_GUTTERS)",
        "            or ticker.words <= HEADLINE_MAX_WORDS",
    ),  # 35
    (
        T,
        "            or (index > 0 and line.words <= AD_NAME_WORDS and lines[index - 1].key in _AD_LINKS)\n",
        "",
    ),  # 36
    (T, "            or (line.key in _AD_LINKS and _ad_box(lines, index))\n", ""),  # 37
    (
        T,
        "                elif any(lines[at].key in _AD_LINKS for at in range(max(0, index - 2), index)):",
        "                elif False:",
    ),  # 38
    (T, "AD_NAME_WORDS = 3", "AD_NAME_WORDS = 2"),  # 39
    (
        T,
        "        and not lines[index + 1].blank_before\n        and lines[index + 1].info.kind",
        "        and lines[index + 1].info.kind",
    ),  # 40
    (T, "    twice = _twice_over_subheadings(lines, index, stop, keys)", "    twice = None"),  # 41
    (T, "SUBHEADINGS_MIN = 2", "SUBHEADINGS_MIN = 3"),  # 42
    (T, "SUBHEADINGS_MAX = 5", "SUBHEADINGS_MAX = 4"),  # 43
    (T, "            or keys.get(line.key, 0) != 2\n", ""),  # 44
    (T, "            or not _content_words(line) & _content_words(lines[stop])\n", ""),  # 45
    (T, "            and not _colon_part_of(lines[tied_below], lines[index])\n", ""),  # 46
    (
        T,
        "    if home_crumb_end(line.norm) is None and first not in _CRUMB_OPENERS:\n        return None\n    for below",
        "    for below",
    ),  # 47
    (T, "CRUMB_TAIL_REACH = 3", "CRUMB_TAIL_REACH = 1"),  # 48
    (T, "            and line.words - tail.words <= GLUED_CRUMB_WORDS\n", ""),  # 49
    (
        T,
        '        category if category is not None and category.group("archive") else _TAG_TITLE.match(norm)',
        "        _TAG_TITLE.match(norm)",
    ),  # 50
    # -- fix175: attacks59's findings ----------------------------------------------------------------
    (
        A,
        '            if lines[index].norm.startswith(lines[headline].norm + " ") and not _verb_end(\n                lines[headline]\n            ):',
        '            if lines[index].norm.startswith(lines[headline].norm + " "):',
    ),  # 51
    (
        A,
        '            and (stem + "ه" in vocab.HEH_YEH_NOUNS or stem.endswith(("ای", "وی")))',
        '            and stem + "ه" in vocab.HEH_YEH_NOUNS',
    ),  # 52
    (
        A,
        '            first.endswith("یهای")\n            and (stem',
        "            False\n            and (stem",
    ),  # 53
    (
        A,
        "        and len(lines) >= 2\n        and lines[1].paragraph",
        "        and 2 <= len(lines) <= 4\n        and lines[1].paragraph",
    ),  # 54
    (
        LN,
        '_BESIDE_DATE_LABELS = frozenset({"number", "views", "time", "author"})',
        '_BESIDE_DATE_LABELS = frozenset({"views", "time", "author"})',
    ),  # 55
    (
        LN,
        '_BESIDE_DATE_LABELS = frozenset({"number", "views", "time", "author"})',
        '_BESIDE_DATE_LABELS = frozenset({"number", "time", "author"})',
    ),  # 56
    (
        LN,
        '        and any(label.field in ("published", "updated") for label in info.labels)\n',
        "",
    ),  # 57
    (
        LN,
        '            and label.field in ("published", "updated", *_BESIDE_DATE_LABELS)',
        '            and label.field in ("published", "updated")',
    ),  # 58
    (H, "(?:(?:{words(vocab.VIEWS_VALUE_UNITS)}){_G})?", ""),  # 59
    (H, '    rf"(?:{_G}(?:{words(vocab.VIEWS_VALUE_AFTER)}))?"\n', ""),  # 60
    (
        LI,
        "    if _long_rule(text):\n        return True",
        "    if _long_rule(text):\n        pass",
    ),  # 61
    (
        LI,
        '    return len(text) > SEPARATOR_MAX_CHARS and all(ch in _RULE_MARKS or ch == " " for ch in text)',
        "    return len(text) > SEPARATOR_MAX_CHARS and all(ch in _RULE_MARKS for ch in text)",
    ),  # 62
]
TESTS = [
    "tests/test_fix172.py",
    "tests/test_fix173.py",
    "tests/test_fix174.py",
    "tests/test_fix175.py",
    "tests/adversarial/test_attacks57.py",
    "tests/adversarial/test_attacks58.py",
    "tests/adversarial/test_attacks59.py",
    "tests/test_mut38.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
