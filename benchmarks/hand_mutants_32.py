"""Hand-written mutants of fix123, fix124, fix125, fix127, fix128 and fix129.

The rules merged since the thirty-first round and not yet mutated: fix123 (a time after
«ساعت خبر:», ``_vocab.TIME_LABEL_TAILS``; ``time-unread`` for a clock after a date on its
line that the grammar did not attach, ``_reading._warn_unattached_clock`` and
``_UNATTACHED_CLOCK``; a shop's button line, ``_header._SHOP_LINE``; the slash-question
headline under a lead, ``_title._slash_question``; Uzbek Latin months,
``_vocab.UZBEK_LATIN_MONTHS``), fix124 (bulleted «LABEL: VALUE» runs,
``_title._bulleted_field``; role and credit bylines, ``_chrome._role_byline``; a list page's
bulleted kicker, ``_listing._listing_name``; Joomla's numbered alias and archive menu and the
long ID before a three-digit slug, ``_sources``; the headline printed around its lead,
``_title._headline_around_lead``), fix125 (the «DATE / HEADLINE» cut,
``_lines._dated_headline_cut``; the leading «/ »; the capitals masthead,
``_chrome._capitals_masthead``; the home page's dated teaser doubted, ``home_address`` and
``_dated_next_to``), fix127 (the print page's issue line, ``_header._PRINT_PAGE``; the byline
line of an address, a date and a comment count; the heading over rows doubted,
``_title._heads_rows``; ``/p/ID/<slug>``), fix128 (the glued «امروز»+weekday banner,
``_header.TODAY_GLUED_WEEKDAY``; the full-stop headline over its date line,
``_title._stopped_headline_over_date``; the host-spelled name over a slogan,
``_chrome._name_and_slogan``) and fix129 (a date label after a breadcrumb's last step,
``_header._date_label_after_crumb``; the slug spelling the line under the pick,
``_listing._slug_spells_below``). Mutant 0 is round 30's mutant 36 on today's code (the
copy-above branch of ``_listing._other_headlines_under_copies``, which fix126 made compare
the prints with ``_same_print``); tests/test_fix126.py runs with the rules' test files for it.

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``. The runner takes the tests from the tree it is run from: the
"before" count is the run from a ``git archive`` of the commit that added this file, before
any new test. Run from the repository root::

    python benchmarks/hand_mutants_32.py            # "N/M killed"
    python benchmarks/hand_mutants_32.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The thirty-second round: fix123-fix129 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, C, LI = "_article.py", "_title.py", "_chrome.py", "_listing.py"
H, R, V, S = "_header.py", "_reading.py", "_vocab.py", "_sources.py"
G, L = "_grammar.py", "_lines.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- round 30's mutant 36 on today's code ------------------------------------------------
    (
        LI,
        "    elif title > 0 and _same_print(lines[title - 1], lines[title]):\n"
        "        below = title + 1\n",
        "",
    ),  # 0
    # -- fix123: «ساعت خبر:»; time-unread; the shop's button; slash question; Uzbek months ----
    (
        V,
        '("انتشار", "ارسال", "ثبت", "درج", "خبر")',
        '("انتشار", "ارسال", "ثبت", "درج")',
    ),  # 1
    (
        R,
        "        if not result.stamp.has_time:\n            _warn_unattached_clock(",
        "        if False:\n            _warn_unattached_clock(",
    ),  # 2
    (
        R,
        r"[\x20\u200c]++(?!(?:مطالعه|خواندن|مدت)(?![\p{L}\p{M}]))[\p{L}\p{M}]++){0,3}",
        r"[\x20\u200c]++[\p{L}\p{M}]++){0,3}",
    ),  # 3
    (
        R,
        r"(?![\x20\u200c]*+(?:(?:تا|الی|لغایت)(?![\p{L}\p{M}])|[\-\u2013\u2014])",
        r"(?![\x20\u200c]*+(?:(?:لغایت)(?![\p{L}\p{M}])|[\-\u2013\u2014])",
    ),  # 4
    (
        H,
        "    if head in _SHOP_STARTS and _SHOP_LINE.match(norm):",
        "    if False:",
    ),  # 5
    (
        H,
        "    if norm[:2].lower() in _SHOP_STARTS and _SHOP_LINE.match(norm):",
        "    if False:",
    ),  # 6
    (
        T,
        "        and (not headline.paragraph or _slash_question(headline))",
        "        and not headline.paragraph",
    ),  # 7
    (T, "SLASH_HALF_WORDS = 2", "SLASH_HALF_WORDS = 3"),  # 8
    (V, '        "avgust": 8,', '        "avgust": 7,'),  # 9
    # -- fix124: bulleted fields; role bylines; bulleted kicker; Joomla and /content IDs ----
    (T, "        and _bulleted_label(lines[other]) != label\n", ""),  # 10
    (C, "ROLE_BYLINE_WORDS = 6", "ROLE_BYLINE_WORDS = 5"),  # 11
    (
        C,
        "        if name not in vocab.GIVEN_NAMES and name not in _CREDIT_NAME_TITLES:\n"
        "            return False",
        "        if False:\n            return False",
    ),  # 12
    (
        LI,
        "    if above == 0 and title > 0 and _BULLET.match(lines[0].text):",
        "    if False:",
    ),  # 13
    (S, "            and before not in _LIST_SEGMENTS\n", ""),  # 14
    (
        S,
        "            before == _JOOMLA_ARCHIVE and _joomla_headline_alias(segments, at, digits)",
        "            before == _JOOMLA_ARCHIVE",
    ),  # 15
    (
        S,
        "    if hundreds and len(earlier) < _URL_ID_DIGITS:\n        return None",
        "    if False:\n        return None",
    ),  # 16
    (T, "        and lead.words > line.words\n", ""),  # 17
    # -- fix125: the «DATE / HEADLINE» cut; «/ »; capitals masthead; home-page teaser --------
    (L, "DATED_HEADLINE_WORDS = 3", "DATED_HEADLINE_WORDS = 4"),  # 18
    (
        L,
        '    if info.kind != "date" or info.dates != ((0, len(date)),) or info.source is not None:',
        '    if info.kind != "date":',
    ),  # 19
    (L, '        or rest[-1] in ".!؟?:؛"\n', ""),  # 20
    (
        A,
        "        and len(lines[title].text[mark.end() :].split()) >= _CREDITED_WORDS",
        "        and len(lines[title].text[mark.end() :].split()) > _CREDITED_WORDS",
    ),  # 21
    (
        C,
        "    if not any(lines[other].key != line.key and _in_capitals(lines[other]) for other in near):\n"
        "        return False\n",
        "",
    ),  # 22
    (C, "CAPITALS_COPY_REACH = 3", "CAPITALS_COPY_REACH = 2"),  # 23
    (
        A,
        "        and home_address(hints.url)\n        and _dated_next_to(",
        "        and _dated_next_to(",
    ),  # 24
    (
        LI,
        "return bool(parts.hostname) and not parts.query and",
        "return bool(parts.hostname) and",
    ),  # 25
    # -- fix127: print page; address byline line; rows heading; /p/ID/slug -------------------
    (
        H,
        '        and ("صفحه" in norm or "روزنامه" in norm or "چاپی" in norm)',
        '        and ("صفحه" in norm or "روزنامه" in norm)',
    ),  # 26
    (C, "                and _COMMENT_COUNT.search(norm) is not None\n", ""),  # 27
    (T, "            if _heads_rows(lines, anchor + 1):", "            if False:"),  # 28
    (T, "        after += 1  # the heading's second print", "        pass"),  # 29
    (S, "            and any(map(str.isalpha, segments[2]))\n", ""),  # 30
    # -- fix128: the glued today banner; the full-stop headline; the name over a slogan -------
    (
        H,
        "        and (date.start(), date.end()) == _trim(norm, glued.end(), len(norm))\n",
        "",
    ),  # 31
    (
        T,
        '    if (\n        index != 0\n        or text[-1:] != "."',
        '    if (\n        index > 1\n        or text[-1:] != "."',
    ),  # 32
    (C, "SLOGAN_WORDS = 5", "SLOGAN_WORDS = 4"),  # 33
    (C, "        or below.words <= slogan.words\n", ""),  # 34
    (
        C,
        "words[-1] not in _SLOGAN_VERBS or not host_spells(name.text, host):",
        "words[-1] not in _SLOGAN_VERBS:",
    ),  # 35
    # -- fix129: the breadcrumb-step date label; the slug spelling the line under the pick ----
    (H, "_CRUMB_STEP_MAX_WORDS = 4", "_CRUMB_STEP_MAX_WORDS = 3"),  # 36
    (H, "            and _HAS_DIGIT.search(step) is None\n", ""),  # 37
    (LI, "        or line.words >= chosen.words\n", ""),  # 38
    (LI, "        or _slug_spells(chosen, slug)\n", ""),  # 39
]
TESTS = [
    "tests/test_fix123.py",
    "tests/test_fix124.py",
    "tests/test_fix125.py",
    "tests/test_fix126.py",
    "tests/test_fix127.py",
    "tests/test_fix128.py",
    "tests/test_fix129.py",
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
