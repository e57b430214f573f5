"""Hand-written mutants of fix284-fix291, speed54, speed55 and the lead's a4e51881, the rules
with no mutation round yet.

fix284 (`_candidates._walk`'s headline copies above the title, `_candidates._print_view_address`,
`_title._title_over_question_sections`, `_title._thread_title_over_poster`), fix285
(`_title._post_title_under_counters`, `_listing._teaser_closed_by_its_title`, the question or
numbered heading over a cut line, any labelled header field under a Blogfa post's title,
«ساعت: 21»), fix286 (`_title._label_over_value_cards`), fix287 (a chrome line's wide gaps,
«صفحه اول», the clock-and-number line, «درباره من», «ابزارهای موضوع», «дида шуд», the
language switcher's length and normalised names, the empty emphasis of Markdown), fix288 (the
repeated pair over the date line doubted, `_NO_LONGER_SUPPORTS`, the browser notice's verbs,
WordPress's «[…]», the weekday-first gapped cut, `TWICE_HEADED_BODY`), fix289
(`_title._name_and_motto_over_byline`, `_title._section_heading_over_list`, the gapped cut's
quote mark or digit, `_article._inside_printed_title_tag`), fix290 (`_title._exclaimed_over_own_date`,
the logo's alt text and the year's slogan label), fix291 (`_header._glued_menu`'s three-item
menu, the gallery links), speed54 (`_normalize.to_ascii_digits`' fast path,
`_header._UNSUPPORTED_PIECES`' pre-check), speed55 (`twin_after`'s `may_start_date`,
`MATCHES_KEPT`) and a4e51881 (the digit runs translated by the dict).

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`, those that exist;
of tests/test_prefilters.py only the speed54/speed55 pairs) are run against the copy with
``-x``. The runner takes the tests from the tree it is run from: the "before" count is the run
from a ``git archive`` of the commit that added this file, before any new test. Run from the
repository root::

    python benchmarks/hand_mutants_54.py            # "N/M killed"
    python benchmarks/hand_mutants_54.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The fifty-fourth round: fix284-fix291 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, CH, N = "_article.py", "_title.py", "_listing.py", "_chrome.py", "_normalize.py"
V, H, CA, L, G = "_vocab.py", "_header.py", "_candidates.py", "_lines.py", "_grammar.py"
M = "_markdown.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix284 --------------------------------------------------------------------------------
    (
        CA,
        "            distance -= len(copies) - bisect.bisect_right(copies, index)",
        "            pass",
    ),  # 0
    (
        CA,
        "if (other := lines[index].key) == key or (other[:1] in _COPY_BULLETS and other[1:] == key)",
        "if (other := lines[index].key) == key",
    ),  # 1
    (
        CA,
        "    if not found:\n        return _print_view_address(state)\n",
        "    if False:\n        return _print_view_address(state)\n",
    ),  # 2
    (CA, "            or _PRINT_BUTTONS.isdisjoint(words)\n", ""),  # 3
    (CA, "    return found if same_host == 1 else None", "    return found"),  # 4
    (
        CA,
        "            _apart(state, under)\n            or not words",
        "            not words",
    ),  # 5
    (
        T,
        '        or not 3 <= upper.words <= HEADLINE_MAX_WORDS\n        or upper.text.rstrip()[-1:] in (*_KICKER_ENDS, "؟", "?", ".", "!")\n        or upper.chrome\n        or upper.byline\n        or not _content',
        '        or not 2 <= upper.words <= HEADLINE_MAX_WORDS\n        or upper.text.rstrip()[-1:] in (*_KICKER_ENDS, "؟", "?", ".", "!")\n        or upper.chrome\n        or upper.byline\n        or not _content',
    ),  # 6
    (T, "        or not _content_words(upper) & _content_words(line)\n", ""),  # 7
    (
        T,
        '        if lines[at].text[-1:] in ("؟", "?") and _question_section(lines[at], lines[at + 1]):',
        "        if True:",
    ),  # 8
    (T, "        or _USER_HANDLE.fullmatch(name.text.strip()) is None\n", ""),  # 9
    (
        T,
        '_USER_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9_.\\-]{0,30}[0-9_][A-Za-z0-9_.\\-]*")',
        '_USER_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9_.\\-]*")',
    ),  # 10
    (T, "POSTER_RANK_WORDS = 3", "POSTER_RANK_WORDS = 2"),  # 11
    (
        T,
        "        or not lines[index + 1].paragraph\n        or _USER_HANDLE",
        "        or _USER_HANDLE",
    ),  # 12
    (T, "        state.title_doubt = (_POSTER_RANK, index)", "        pass"),  # 13
    (T, "        state.title_doubt = (_QUESTION_SECTIONS, index)", "        pass"),  # 14
    # -- fix285 --------------------------------------------------------------------------------
    (T, "        or title.words >= lines[index].words\n", ""),  # 15
    (T, "        or _COUNTERS_RUN.fullmatch(counters.norm) is None\n", ""),  # 16
    (
        T,
        '        or ":" in title.text\n        or title.text.rstrip()[-1] in ".!؟?"\n        or _COUNTERS_RUN',
        '        or title.text.rstrip()[-1] in ".!؟?"\n        or _COUNTERS_RUN',
    ),  # 17
    (A, '        or last in "؟?"  # «سفر به ساحل؟»', "        or False  # «سفر به ساحل؟»"),  # 18
    (
        A,
        '        or (last == ")" and _PART_NUMBER_END.search(text) is not None)  # «... (۱)»',
        "        or False",
    ),  # 19
    (LI, "TEASER_EXCERPT_LINES = 2", "TEASER_EXCERPT_LINES = 1"),  # 20
    (
        LI,
        "        again.key == lines[title].key\n        and lines[excerpt[0]].words",
        "        True\n        and lines[excerpt[0]].words",
    ),  # 21
    (
        LI,
        "        and excerpt_with_read_more(lines[excerpt[-1]].norm)\n    )",
        "    )",
    ),  # 22
    (
        LI,
        "    if rest != list(range(title + 1, title + 1 + len(rest))):\n        return False",
        "    if False:\n        return False",
    ),  # 23
    (
        A,
        "        and _teaser_closed_by_its_title(lines, title, outside)",
        "        and False",
    ),  # 24
    (
        T,
        "        and bool(labels.labels)\n    ):\n",
        '        and bool(labels.labels)\n        and all(label.field == "number" for label in'
        " labels.labels)\n    ):\n",
    ),  # 25
    (
        H,
        '    return bool(starts) and norm[: starts[0]].rstrip(" \\u200c:").endswith(_HOUR_WORD)',
        '    return bool(starts) and norm[: starts[0]].rstrip(" \\u200c").endswith(_HOUR_WORD)',
    ),  # 26
    # -- fix286 --------------------------------------------------------------------------------
    (T, "PAIR_CARD_MIN_PAIRS = 4", "PAIR_CARD_MIN_PAIRS = 5"),  # 27
    (T, "PAIR_CARD_MIN_MEASURES = 2", "PAIR_CARD_MIN_MEASURES = 3"),  # 28
    (T, "PAIR_CARD_LABEL_WORDS = 3", "PAIR_CARD_LABEL_WORDS = 2"),  # 29
    (
        T,
        '        and ":" not in line.text\n        and _verb_end(line) == ""\n    )',
        '        and _verb_end(line) == ""\n    )',
    ),  # 30
    (
        T,
        "        follows = pairs[index + 2] > 0 and lines[index + 2].key != label.key",
        "        follows = pairs[index + 2] > 0",
    ),  # 31
    (T, "                or index in cards\n", ""),  # 32
    # -- fix287 --------------------------------------------------------------------------------
    (
        H,
        '    if "\\x20\\x20\\x20" in norm:\n        # A Markdown',
        "    if False:\n        # A Markdown",
    ),  # 33
    (H, '"صفحه اصلی", "صفحه اول", "خانه"', '"صفحه اصلی", "خانه"'),  # 34
    (
        H,
        "    if first.isdigit() and _CLOCK_AND_NUMBER.fullmatch(norm) is not None:",
        "    if False:",
    ),  # 35
    (
        H,
        '    r"(?:[\\x20]*(?:ق\\.?[\\x20]?ظ|ب\\.?[\\x20]?ظ|am|pm|AM|PM)\\.?)?[\\x20]+[0-9]{1,9}[\\x20]*"',
        '    r"[\\x20]+[0-9]{1,9}[\\x20]*"',
    ),  # 36
    (V, '    "درباره من",\n', ""),  # 37
    (V, '    "ابزارهای موضوع",\n', ""),  # 38
    (H, "LANGUAGE_SWITCHER_CHARS = CHROME_MAX_CHARS", "LANGUAGE_SWITCHER_CHARS = 60"),  # 39
    (
        H,
        "_LANGUAGE_NAMES = frozenset(_fold(name) for name in vocab.LANGUAGE_NAMES) | frozenset(\n"
        "    _fold(normalize(name)) for name in vocab.LANGUAGE_NAMES\n)",
        "_LANGUAGE_NAMES = frozenset(_fold(name) for name in vocab.LANGUAGE_NAMES)",
    ),  # 40
    (V, '    "дида шуд",\n', ""),  # 41
    (
        M,
        '    if "__" in text or "**" in text:\n        text = _EMPTY_EMPHASIS.sub(_spaces, text)',
        "    if False:\n        text = _EMPTY_EMPHASIS.sub(_spaces, text)",
    ),  # 42
    # -- fix288 --------------------------------------------------------------------------------
    (
        T,
        "            state.title_doubt = (_REPEATED_OVER_DATE, name + 1 if index == name else name)",
        "            pass",
    ),  # 43
    (
        H,
        "        and _NO_LONGER_SUPPORTS.search(norm) is None\n    )\n\n\ndef is_unsupported_notice",
        "    )\n\n\ndef is_unsupported_notice",
    ),  # 44
    (
        H,
        "        and _UNSUPPORTED_NOTICE.search(lowered) is not None\n"
        "        and _NO_LONGER_SUPPORTS.search(norm) is None\n",
        "        and _UNSUPPORTED_NOTICE.search(lowered) is not None\n",
    ),  # 45
    (
        H,
        "|نمی[\\x20\\u200c]*شناسد|قدیمی|منسوخ",
        "|نمی[\\x20\\u200c]*شناسد|منسوخ",
    ),  # 46
    (
        LI,
        "        if text.rstrip().endswith(_CUT_ENDS) and _squash(button.norm).lower() in _BARE_READ_MORE:",
        '        if text.rstrip().endswith(("...", "…")) and _squash(button.norm).lower() in _BARE_READ_MORE:',
    ),  # 47
    (
        L,
        "                            text[0] in _WEEKDAY_INITIALS\n"
        "                            and _WIDE_GAP.search(text, 0, _GAPPED_DATE_REACH) is not None",
        "                            False\n"
        "                            and _WIDE_GAP.search(text, 0, _GAPPED_DATE_REACH) is not None",
    ),  # 48
    (LI, "TWICE_HEADED_BODY = 2", "TWICE_HEADED_BODY = 3"),  # 49
    (
        LI,
        "        if found and line.paragraph and index - 1 not in outside:",
        "        if found and line.paragraph:",
    ),  # 50
    # -- fix289 --------------------------------------------------------------------------------
    (T, "            and title.words < first.words\n", ""),  # 51
    (
        T,
        "            and lines[post + 1].byline\n            and lines[post + 2].paragraph\n",
        "            and lines[post + 2].paragraph\n",
    ),  # 52
    (
        T,
        "            and lines[post + 2].paragraph\n        ):\n            return name",
        "        ):\n            return name",
    ),  # 53
    (T, "        state.title_doubt = (_NAME_MOTTO_OVER_BYLINE, named)\n", ""),  # 54
    (
        T,
        "            or not all(lines[at].chrome for at in range(name) if at not in outside)\n",
        "",
    ),  # 55
    (
        L,
        "    if not rest or not (rest[0].isalpha() or rest[0] in _GAPPED_TEXT_OPENINGS):",
        "    if not rest or not rest[0].isalpha():",
    ),  # 56
    (
        L,
        "    if rest[0].isdigit() and any(start == 0 for start, _ in classify(normalize(rest)).dates):",
        "    if False:",
    ),  # 57
    (
        L,
        "_GAPPED_TEXT_OPENINGS = frozenset('«\"0123456789",
        "_GAPPED_TEXT_OPENINGS = frozenset('\"0123456789",
    ),  # 58
    (
        A,
        "    return bool(tags) and any(_squash(line.norm) in tags for line in lines[title.index + 1 :])",
        "    return bool(tags)",
    ),  # 59
    (
        A,
        "        and _inside_printed_title_tag(state.lines, title, hints.titles)",
        "        and False",
    ),  # 60
    (
        T,
        '        or heading.text.rstrip()[-1] in ".!؟?:"\n        or at + 1 >= index',
        "        or at + 1 >= index",
    ),  # 61
    (T, "LISTED_SECTION_HEADING_WORDS = 3", "LISTED_SECTION_HEADING_WORDS = 2"),  # 62
    (
        T,
        "        other not in outside and _list_item(lines[other]) for other in range(at + 1, index + 1)",
        "        other not in outside for other in range(at + 1, index + 1)",
    ),  # 63
    (
        T,
        "    if lines[top + 1].paragraph or _section_heading_over_list(lines, top + 1, index, outside):",
        "    if lines[top + 1].paragraph:",
    ),  # 64
    # -- fix290 --------------------------------------------------------------------------------
    (T, "        or _exclaimed_over_own_date(lines, upper, lower)\n", ""),  # 65
    (H, "    if first in _LOGO_ALT_FIRST and _logo_alt(norm):", "    if False:"),  # 66
    (
        H,
        "    if any(word.lower() in vocab.LOGO_NEWS_WORDS for word in name):\n        return False",
        "    if False:\n        return False",
    ),  # 67
    (
        H,
        "    return not name or _LOGO_NEWS_VERB.search(norm.rstrip()) is None",
        "    return True",
    ),  # 68
    (
        H,
        '    if first == "ش" and _YEAR_SLOGAN_LABEL.fullmatch(norm) is not None:',
        "    if False:",
    ),  # 69
    (V, '"لوگو ی", "logo")', '"لوگو ی")'),  # 70
    # -- fix291 --------------------------------------------------------------------------------
    (
        H,
        "    if known == items and items >= GLUED_MENU_PAGE_ITEMS and pages > 0:",
        "    if known == items and items >= GLUED_MENU_PAGE_ITEMS and pages >= 0:",
    ),  # 71
    (
        H,
        "        pages -= items == 1 and words[index] in _CHROME_PHRASES  # (the opener is no page)\n",
        "",
    ),  # 72
    (
        H,
        "    if len(words) < GLUED_MENU_MIN_WORDS:\n        return False\n",
        "",
    ),  # 73
    (V, '    "گالری",\n', ""),  # 74
    # -- speed54, speed55, a4e51881 ------------------------------------------------------------
    (
        N,
        "    for digit in _OTHER_DIGITS:  # a plain loop",
        "    for digit in _OTHER_DIGITS[:10]:  # a plain loop",
    ),  # 75
    (N, "    return run.group().translate(_DIGITS)", "    return run.group()"),  # 76
    (
        H,
        '_UNSUPPORTED_PIECES = ("مرورگر", "браузер", "browser")',
        '_UNSUPPORTED_PIECES = ("مرورگر", "browser")',
    ),  # 77
    (
        G,
        "    if start < end and not may_start_date(norm, start):",
        "    if start < end and not may_start_date(norm, start + 1):",
    ),  # 78
    (G, "MATCHES_KEPT = 4096", "MATCHES_KEPT = 1"),  # 79
]
TESTS = [
    "tests/test_fix284.py",
    "tests/test_fix285.py",
    "tests/test_fix286.py",
    "tests/test_fix287.py",
    "tests/test_fix288.py",
    "tests/test_fix289.py",
    "tests/test_fix290.py",
    "tests/test_fix291.py",
    "tests/adversarial/test_attacks80.py",
    # speed54's and speed55's pairs (the rest of the file is other rounds' prefilters)
    "tests/test_prefilters.py::test_ascii_digits_is_the_translation",
    "tests/test_prefilters.py::test_ascii_digits_examples",
    "tests/test_prefilters.py::test_unsupported_notice_prefilter_is_exact",
    "tests/test_prefilters.py::test_unsupported_notice_examples",
    "tests/test_prefilters.py::test_twin_first_word_test_never_misses",
    "tests/test_prefilters.py::test_twin_examples",
    "tests/test_mut54.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
