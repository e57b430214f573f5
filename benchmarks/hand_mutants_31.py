"""Hand-written mutants of fix119, fix121, fix122 and fix116's two-digit-year clock rule.

The rules merged since the thirtieth round and not yet mutated: fix119 (Tajik weekdays in
Cyrillic before a date, ``_vocab.TAJIK_WEEKDAYS`` and their use in ``_grammar``, ``_patterns``
and ``_reading``; the section words «варзиш» and «خبرونه»; a print view's «عنوان :» title row,
``_listing._labelled_title``; a «خبر :» label cut off the headline, ``_article._HEADLINE_LABEL``;
«نیوز» a publication word and the caption-shaped «HEADLINE - SITE» cut when the host spells
SITE, ``_article._assemble``; a tag line «X | اخبار X», ``_chrome._tag_news_pairs``), fix121 (a
short verbless line under the date lines over a one-sentence line, ``_title._name_over_sentence``;
an outline-numbered title, ``_title._title_doubt``), fix122 (a date under the headline's first
print, ``_candidates._banner``; a verse line without the mushaf's marks, ``_title._verse_line``,
and a verse under a headline giving way to it) and the parts of fix116's two-digit-year clock
rule the thirtieth round left alone (``_header.SHORT_BAD_TIME``, ``_header._short_date_end``'s
clock token, the date spans ``_classify`` gives, ``_reading._bad_time_after``,
``_reading._unpadded_minute``'s hour).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``. The runner takes the tests from the tree it is run from: the
"before" count is the run from a ``git archive`` of the commit that added this file, before
any new test. Run from the repository root::

    python benchmarks/hand_mutants_31.py            # "N/M killed"
    python benchmarks/hand_mutants_31.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The thirty-first round: fix119, fix121, fix122 under mutation, and
round 30's survivors", gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, C, LI = "_article.py", "_title.py", "_chrome.py", "_listing.py"
E, H, R, V = "_evidence.py", "_header.py", "_reading.py", "_vocab.py"
G, P, CA = "_grammar.py", "_patterns.py", "_candidates.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix119: Tajik weekdays; section words; the «عنوان :» row; «خبر :»; «نیوز»; tags -----
    (V, '        "сешанбе": 3,', '        "сешанбе": 2,'),  # 0
    (
        G,
        "_WEEKDAYS = _table({**vocab.WEEKDAYS, **vocab.ARABIC_WEEKDAYS, **vocab.TAJIK_WEEKDAYS})",
        "_WEEKDAYS = _table({**vocab.WEEKDAYS, **vocab.ARABIC_WEEKDAYS})",
    ),  # 1
    (
        P,
        r"    (?=[(\u0600-\u06ffA-Za-z\u0130\u017f\u212a\u0400-\u04ff])  # a cheap first test",
        r"    (?=[(\u0600-\u06ffA-Za-z\u0130\u017f\u212a])  # a cheap first test",
    ),  # 2
    (P, "    *vocab.TAJIK_WEEKDAYS,\n", ""),  # 3
    (
        R,
        "(*vocab.WEEKDAYS.items(), *vocab.TAJIK_WEEKDAYS.items())",
        "(*vocab.WEEKDAYS.items(),)",
    ),  # 4
    (V, '    "варзиш",\n', ""),  # 5
    (V, '    "خبرونه",\n', ""),  # 6
    (LI, "TITLE_LABEL_WORDS = 2", "TITLE_LABEL_WORDS = 3"),  # 7
    (
        LI,
        "            or index in outside\n            or (anchor is not None and index > anchor)\n",
        "            or index in outside\n",
    ),  # 8
    (
        LI,
        "            found is not None\n            or index >= FORUM_TOPIC_REACH",
        "            False\n            or index >= FORUM_TOPIC_REACH",
    ),  # 9
    (
        A,
        "        and len(lines[title].norm[labelled_head.end() :].split()) >= _CREDITED_WORDS\n",
        "        and len(lines[title].norm[labelled_head.end() :].split()) > _CREDITED_WORDS\n",
    ),  # 10
    (
        A,
        r'    r"^[\x20\u200c]*(?:خبر|عنوان(?:[\x20\u200c]+(?:خبر|مطلب))?)[\x20]*:[\x20\u200c]*"',
        r'    r"^[\x20\u200c]*(?:عنوان(?:[\x20\u200c]+(?:خبر|مطلب))?)[\x20]*:[\x20\u200c]*"',
    ),  # 11
    (
        A,
        '            and (doubt is None or (doubt[0] == _CAPTION_DOUBT and title_rule == "headline"))',
        "            and doubt is None",
    ),  # 12
    (
        A,
        "            if part is not None and doubt is not None and part[0] > 0:",
        "            if False:",
    ),  # 13
    (E, '        "نیوز",\n', ""),  # 14
    (
        A,
        "    outside |= _host_name_lines(lines, hints.url) | _tag_news_pairs(lines)",
        "    outside |= _host_name_lines(lines, hints.url)",
    ),  # 15
    (
        C,
        r"[\x20]*[|\-–][\x20]*(?:اخبار|خبرهای)[\x20]+(?P=tag)",
        r"[\x20]*[|\-–][\x20]*(?:اخبار|خبرهای)[\x20]+.+",
    ),  # 16
    # -- fix121: the short verbless name over a one-sentence line; the outline number --------
    (T, "OVERLINE_NAME_WORDS = 5", "OVERLINE_NAME_WORDS = 4"),  # 17
    (T, "OVERLINE_SENTENCE_WORDS = 16", "OVERLINE_SENTENCE_WORDS = 15"),  # 18
    (
        T,
        '    if lines[index - 1].info.kind not in ("labels", "date"):\n        return False  # not directly',
        "    if False:\n        return False  # not directly",
    ),  # 19
    (
        T,
        '    if below.blank_before or below.info.kind != "text":\n        return False  # set apart',
        '    if below.info.kind != "text":\n        return False  # set apart',
    ),  # 20
    (
        T,
        '    if not text.endswith(".") or text.endswith("..") or ". " in text:\n        return False  # not one sentence ending',
        '    if not text.endswith(".") or text.endswith(".."):\n        return False  # not one sentence ending',
    ),  # 21
    (
        T,
        "    return len(words) >= 2 and _finite_verb(words, len(words) - 1)",
        "    return len(words) >= 2",
    ),  # 22
    (
        T,
        '    if _verb_end(line) != "" or any(_finite_verb(mine, at) for at in range(len(mine))):',
        '    if _verb_end(line) != "":',
    ),  # 23
    (
        T,
        "    if line.norm[:1] in _OUTLINE_FIRST and _OUTLINE_NUMBER.match(line.norm):\n        # «1.1.",
        "    if False:\n        # «1.1.",
    ),  # 24
    # -- fix122: the date under the first print; the verse line without the mushaf's marks ---
    (
        CA,
        "    if title - index > DATE_REACH_ABOVE and not (\n"
        "        match is not None and _under_first_print(state, index, title)\n    ):",
        "    if title - index > DATE_REACH_ABOVE:",
    ),  # 25
    (CA, "FIRST_PRINT_REACH = 3", "FIRST_PRINT_REACH = 2"),  # 26
    (
        T,
        "    if _QURAN_MARKS.search(line.text) is not None or _verse_line(line):",
        "    if _QURAN_MARKS.search(line.text) is not None:",
    ),  # 27
    (
        T,
        "        if any(at == index - 1 for _, at in scored) and lines[index - 1].words >= 3:",
        "        if any(at == index - 1 for _, at in scored) and lines[index - 1].words >= 4:",
    ),  # 28
    (T, "VOCALISED_VERSE_WORDS = 3", "VOCALISED_VERSE_WORDS = 4"),  # 29
    (T, "3 * vocalised >= 2 * len(words)", "3 * vocalised > 2 * len(words)"),  # 30
    (
        T,
        r'    if "\ufd3f" in text and _ORNATE_VERSE.match(text):',
        "    if False:",
    ),  # 31
    (T, '        "نوالقلمومایسطرون",\n', ""),  # 32
    # -- fix116: the two-digit-year date's clock, the parts round 30 left -----------------------
    (
        H,
        r"(?P<clock>[0-9]{1,3}:[0-9])",
        r"(?P<clock>[0-9]{1,2}:[0-9])",
    ),  # 33
    (
        H,
        "    if bad is None:\n        return end\n    # The clock's whole token",
        "    if True:\n        return end\n    # The clock's whole token",
    ),  # 34
    (
        H,
        '    while end < len(norm) and (norm[end].isdigit() or norm[end] == ":"):\n'
        "        end += 1\n    return end",
        "    return end",
    ),  # 35
    (
        R,
        "    if bad is None or _unpadded_minute(bad):\n        return False",
        "    if bad is None:\n        return False",
    ),  # 36
    (
        H,
        '                return LineInfo("date", dates=((short.start(), short_end),))',
        '                return LineInfo("date", dates=(short.span(),))',
    ),  # 37
    (
        H,
        "            named_end = _short_date_end(norm, named)",
        "            named_end = named.end()",
    ),  # 38
    (R, "    return len(hour) <= 2 and not", "    return len(hour) <= 3 and not"),  # 39
]
TESTS = [
    "tests/test_fix116.py",
    "tests/test_fix119.py",
    "tests/test_fix121.py",
    "tests/test_fix122.py",
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
