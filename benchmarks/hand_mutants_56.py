"""Hand-written mutants of fix301-fix306, speed58 and speed59, the rules with no mutation round
yet.

fix301 (the ordinal word day before an Afghan month, `_title._post_under_self_description`,
`_title._short_title_over_restating`), fix302 (`_title._in_order`, `vocab.NEXT_MEETING_LABELS`,
the «›» crumbs, the English month glued after a letter of the Arabic script, a post's later
page «/N/» after a WordPress time tail, the poster's count, the two-word heading over question
sections, the item that lost its mark), fix303 (Joomla's `id=N:alias` under `view=article`,
the share bar's UI words, `_title._over_own_excerpt`,
`_title._headline_over_fields_over_cut_summary`, `_evidence.month_post_count`,
`_listing._names_institution`), fix304 (`_listing._credited_below`,
`vocab.COMPOUND_AGENT_TAILS`, `vocab.OWN_ADDRESS_LABELS`, «ارسال در تاریخ» read late, the
two-line cut teaser, the «٪»/«٫» digit twins), fix305 (the 1420+ refusal of an all-digit
date), fix306 (`VIEW_ALIAS_HEADLINE_WORDS`, the quoting teasers and bullet kickers, the menu
of two items opening with a site page's link, the blog post's long subtitle, the kicker over a
verb headline holding digits), speed58 (`YEAR_CORE`, `_grammar._TOKEN_START`) and speed59
(`_grammar.squeeze`'s pre-test, `digit_twin_title`'s pre-test, `_double_spaced`).

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`, those that exist)
are run against the copy with ``-x``. The runner takes the tests from the tree it is run
from: the "before" count is the run from a ``git archive`` of the commit that added this
file, before any new test. Run from the repository root::

    python benchmarks/hand_mutants_56.py            # "N/M killed"
    python benchmarks/hand_mutants_56.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The fifty-sixth round: fix301-fix306, speed58 and speed59 under
mutation", gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

T, LI, S, P, V = "_title.py", "_listing.py", "_sources.py", "_patterns.py", "_vocab.py"
A, CA, E, G, H = "_article.py", "_candidates.py", "_evidence.py", "_grammar.py", "_header.py"
D, L = "_datetimes.py", "_lines.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix301: the ordinal word day before an Afghan month ------------------------------------
    (
        P,
        "      | (?(do)                                          # after an ordinal word day only:",
        "      | (?(dw)                                          # after an ordinal word day only:",
    ),  # 0
    (
        P,
        "        (?={_G}(?:[/\\-.,،\\\\]{_G})?(?:سال{_G})?[0-9]{{4}}(?![0-9]))  # four-digit year",
        "        (?={_G}(?:[/\\-.,،\\\\]{_G})?[0-9]{{4}}(?![0-9]))  # four-digit year",
    ),  # 1
    # -- fix301: _post_under_self_description ---------------------------------------------------
    (
        T,
        "        and (under := _post_under_self_description(state.lines, index, outside)) is not None\n",
        "        and False\n",
    ),  # 2
    (
        T,
        '        and first.text.rstrip()[-1] not in ".!؟?:"\n        and not _verb_end(first)\n',
        '        and first.text.rstrip()[-1] not in ".!؟?:"\n',
    ),  # 3
    (
        T,
        "        and 1 <= title.words <= POST_TITLE_WORDS\n",
        "        and 2 <= title.words <= POST_TITLE_WORDS\n",
    ),  # 4
    (T, "        and title.key != first.key\n", ""),  # 5
    (
        T,
        "    if not all(lines[at].chrome for at in range(index) if at not in outside):\n        return None\n    return post\n",
        "    return post\n",
    ),  # 6
    (
        V,
        'SELF_POINTING_OPENERS: Final = ("این", "در این")',
        'SELF_POINTING_OPENERS: Final = ("در این",)',
    ),  # 7
    # -- fix301: _short_title_over_restating -----------------------------------------------------
    (
        T,
        "        and (short := _short_title_over_restating(state.lines, index, outside)) is not None\n",
        "        and (short := None) is not None\n",
    ),  # 8
    (
        T,
        "        if not short[1] and state.title_doubt is None:\n            state.title_doubt = (_SHORT_TITLE_RESTATED, index)\n",
        "        if False:\n            pass\n",
    ),  # 9
    (
        T,
        "        and 2 <= short.words <= POST_TITLE_WORDS\n        and short.words < line.words\n",
        "        and 2 <= short.words <= POST_TITLE_WORDS\n        and short.words <= line.words\n",
    ),  # 10
    (
        T,
        "        # event under a short label (tests/pages 2339) keeps its place\n        and not _ends_with_verb(line)\n",
        "        # event under a short label (tests/pages 2339) keeps its place\n",
    ),  # 11
    (
        T,
        "    if _institution_name(short):\n        return None  # «استانداری فارس»",
        "    if False:\n        return None  # «استانداری فارس»",
    ),  # 12
    (
        T,
        "        if not vocab.TITLE_QUALIFIER_OPENERS.intersection(heading[len(words) : len(words) + 1]):",
        "        if False:",
    ),  # 13
    (
        T,
        '        if under is None or under.info.kind not in ("date", "mixed"):\n            return None\n        return index - 1, True',
        "        return index - 1, True",
    ),  # 14
    (
        T,
        '    if under is None or under.info.kind != "text" or not under.paragraph:\n        return None\n    if not any(at not in outside',
        "    if under is None:\n        return None\n    if not any(at not in outside",
    ),  # 15
    (
        T,
        "    if not any(at not in outside and not lines[at].chrome for at in range(index - 1)):\n        return None\n    longer = iter(heading)",
        "    longer = iter(heading)",
    ),  # 16
    (
        T,
        "    longer = iter(heading)\n    if not all(any(word == other for other in longer) for word in words):",
        "    longer = iter(heading)\n    if not all(word in heading for word in words):",
    ),  # 17
    (
        V,
        'TITLE_QUALIFIER_OPENERS: Final = EVENT_PREPOSITIONS | {"و"}',
        "TITLE_QUALIFIER_OPENERS: Final = EVENT_PREPOSITIONS",
    ),  # 18
    # -- fix302 ----------------------------------------------------------------------------------
    (T, "        and _in_order(kicker, headline)\n    )", "    )"),  # 19
    (T, "    return seen == sorted(seen)", "    return True"),  # 20
    (
        T,
        '    rf"|{_MEMBER_JOINED}|(?:{_NEXT_MEETING})(?![\\p{{L}}\\p{{M}}]))"',
        '    rf"|{_MEMBER_JOINED})"',
    ),  # 21
    (V, '"جلسه بعدی", "جلسه آینده", "نشست بعدی",', '"جلسه آینده", "نشست بعدی",'),  # 22
    (
        T,
        '    r"^(?P<crumbs>(?:[^»>›\\n]+?\\x20(?:»|>>?|›)\\x20)+)(?P<tail>[^»>›\\n]+)$"',
        '    r"^(?P<crumbs>(?:[^»>›\\n]+?\\x20(?:»|>>?)\\x20)+)(?P<tail>[^»>›\\n]+)$"',
    ),  # 23
    (
        T,
        '    if line.paragraph or not any(mark in line.norm for mark in "»>›"):',
        '    if line.paragraph or not any(mark in line.norm for mark in "»>"):',
    ),  # 24
    (
        P,
        "    (?:(?<=[a-z])(?=[A-Z])|(?<=\\p{{L}})(?<=\\p{{Arabic}})(?=[A-Z])|{_BL}{_NOT_JOINED})",
        "    (?:(?<=[a-z])(?=[A-Z])|{_BL}{_NOT_JOINED})",
    ),  # 25
    (
        G,
        '    r"|[A-Z](?<=\\p{L}.)(?<=\\p{Arabic}.)"\n',
        "",
    ),  # 26
    (
        S,
        "    if found is None and len(segments) >= 8 and _POST_PAGE.fullmatch(segments[-1]) is not None:",
        "    if False:",
    ),  # 27
    (S, '_POST_PAGE = re.compile(r"[1-9][0-9]?")', '_POST_PAGE = re.compile(r"[0-9][0-9]?")'),  # 28
    (
        T,
        "    if _POSTER_COUNT.fullmatch(lines[index].norm) is not None:\n        index -= 1",
        "    if False:\n        index -= 1",
    ),  # 29
    (
        T,
        '        or not 2 <= upper.words <= HEADLINE_MAX_WORDS\n        or upper.text.rstrip()[-1:] in (*_KICKER_ENDS, "؟", "?", ".", "!")\n        or upper.chrome',
        '        or not 3 <= upper.words <= HEADLINE_MAX_WORDS\n        or upper.text.rstrip()[-1:] in (*_KICKER_ENDS, "؟", "?", ".", "!")\n        or upper.chrome',
    ),  # 30
    (T, "    return items > unmarked", "    return items >= unmarked"),  # 31
    (T, "            or not _list_item(lines[other - 1])\n", ""),  # 32
    (
        T,
        '        and lines[index - 1].info.kind == "text"\n        and not lines[index - 1].paragraph\n    ):\n        return None\n    top = next(',
        '        and lines[index - 1].info.kind == "text"\n    ):\n        return None\n    top = next(',
    ),  # 33
    # -- fix303 ----------------------------------------------------------------------------------
    (
        S,
        '            key.strip().lower() == "view" and value.strip().lower() == "article"\n            for key, value in query\n        ):\n            return query',
        '            key.strip().lower() == "view"\n            for key, value in query\n        ):\n            return query',
    ),  # 34
    (
        S,
        '_JOOMLA_NAMED_ALIAS_ID = re.compile(r"^\\s*([0-9]{1,20}):(?=[^:]*[^\\W\\d_-]|[^:]*-)[^\\s:][^:]*$")',
        '_JOOMLA_NAMED_ALIAS_ID = re.compile(r"^\\s*([0-9]{1,20}):[^\\s:][^:]*$")',
    ),  # 35
    (V, '    "داغ کن",\n    "کلوب دات کام",\n', ""),  # 36
    (T, "    if _over_own_excerpt(lines, index):\n        return True\n", ""),  # 37
    (
        T,
        "        for at in (anchor, anchor - 1, anchor - 2):",
        "        for at in (anchor,):",
    ),  # 38
    (
        T,
        "                and (at == anchor or at in candidates)\n",
        "",
    ),  # 39
    (
        A,
        "            and not _over_own_excerpt(state.lines, title.index)\n",
        "",
    ),  # 40
    (
        T,
        "        and lines[below].text.rstrip().endswith(_EXCERPT_ENDS)\n        and _excerpt_restated(lines, below)",
        "        and _excerpt_restated(lines, below)",
    ),  # 41
    (
        T,
        "        and (upper := _headline_over_fields_over_cut_summary(lines, index, candidates)) is not None",
        "        and (upper := None) is not None",
    ),  # 42
    (
        T,
        '    if line.info.kind != "text" or line.words < LEAD_WORDS or not text.endswith(_CUT_MARKS):',
        '    if line.info.kind != "text" or not text.endswith(_CUT_MARKS):',
    ),  # 43
    (
        T,
        "    if at < 0 or at == index - 1 or labelled < 2 or at not in candidates:",
        "    if at < 0 or at == index - 1 or labelled < 1 or at not in candidates:",
    ),  # 44
    (
        T,
        '        or upper.text.rstrip().endswith(_CUT_MARKS)\n        or ":" in upper.text\n    ):\n        return None\n    return at',
        "        or upper.text.rstrip().endswith(_CUT_MARKS)\n    ):\n        return None\n    return at",
    ),  # 45
    (
        A,
        "            (count := month_post_count(lines[i].norm)) is not None and count > 1",
        "            (count := month_post_count(lines[i].norm)) is not None and count > 0",
    ),  # 46
    (
        A,
        "        state.title_doubt = (_LIST_MONTH_COUNTED, None)\n",
        "        pass\n",
    ),  # 47
    (
        E,
        '    + r")[\\x20\\u200c]+[0-9]{2,4}[\\x20\\u200c]+ثبت[\\x20\\u200c]+شده[\\x20\\u200c]+است$"',
        '    + r")[\\x20\\u200c]+[0-9]{4}[\\x20\\u200c]+ثبت[\\x20\\u200c]+شده[\\x20\\u200c]+است$"',
    ),  # 48
    (
        LI,
        "                or _names_institution(lines[title])\n",
        "",
    ),  # 49
    (
        LI,
        "        and words[0] in _INSTITUTIONS\n        and 2 <= len(words) <= HEADLINE_MAX_WORDS",
        "        and 2 <= len(words) <= HEADLINE_MAX_WORDS",
    ),  # 50
    (
        LI,
        '        and line.text.rstrip()[-1:] not in (".", "!", "؟", "?", ":")\n        and _verb_end(line) == ""',
        '        and line.text.rstrip()[-1:] not in (".", "!", "؟", "?", ":")',
    ),  # 51
    # -- fix304 ----------------------------------------------------------------------------------
    (
        LI,
        "        if credited[: len(own)] == own and (\n            len(credited) == len(own) or credited[len(own)] in _FUNCTION_WORDS\n        ):",
        "        if credited[: len(own)] == own:",
    ),  # 52
    (
        LI,
        "            len(credited) == len(own) or credited[len(own)] in _FUNCTION_WORDS",
        "            len(credited) == len(own)",
    ),  # 53
    (
        LI,
        '_CREDIT_CLAUSE_END = re.compile(r"[،,:؛]")',
        '_CREDIT_CLAUSE_END = re.compile(r"[:؛]")',
    ),  # 54
    (
        T,
        '    if adjective and len(rest) > 1 and rest[1].strip("\\u200c") in _COMPOUND_AGENT_TAILS:\n        adjective = False\n',
        "",
    ),  # 55
    (
        V,
        '    for stem in ("گیر", "ساز", "نویس", "نگار", "گذار", "پرداز", "آموز", "ران", "دار")',
        '    for stem in ("ساز", "نویس", "نگار", "گذار", "پرداز", "آموز", "ران", "دار")',
    ),  # 56
    (
        CA,
        '            and " ".join(lines[index - 1].norm.lower().rstrip(" :\\uff1a").split())\n            not in _OWN_ADDRESS_LABELS\n',
        "",
    ),  # 57
    (V, '    "لینک خبر",\n    "لینک مطلب",\n', '    "لینک مطلب",\n'),  # 58
    (
        CA,
        '    if (\n        zone == "late"\n        and field in DATE_FIELDS\n        and _squash(normalize(label)).rstrip(":") in _FOOTER_ONLY_LABELS\n    ):',
        "    if False:",
    ),  # 59
    (
        CA,
        '        zone == "late"\n        and field in DATE_FIELDS\n        and _squash(',
        '        zone in ("late", "header")\n        and field in DATE_FIELDS\n        and _squash(',
    ),  # 60
    (
        LI,
        '    if "..." not in lines[at].text and "…" not in lines[at].text:\n        at = _cut_teaser_end(lines, at, outside) or at',
        "    if False:\n        at = _cut_teaser_end(lines, at, outside) or at",
    ),  # 61
    (
        T,
        '_DIGIT_MARKS = str.maketrans({"\\u066a": "%", "\\u066b": "."})',
        '_DIGIT_MARKS = str.maketrans({"\\u066b": "."})',
    ),  # 62
    (
        T,
        '_DIGIT_MARKS = str.maketrans({"\\u066a": "%", "\\u066b": "."})',
        '_DIGIT_MARKS = str.maketrans({"\\u066a": "%"})',
    ),  # 63
    # -- fix305 ----------------------------------------------------------------------------------
    (D, "LUNAR_LOOKALIKE_YEAR = 1420", "LUNAR_LOOKALIKE_YEAR = 1421"),  # 64
    (
        D,
        "    if lunar_lookalike(result.stamp, match):\n        raise _lunar_error(doc, result.stamp, match)\n",
        "",
    ),  # 65
    (
        D,
        '    if parts is not None and parts.calendar == "jalali" and parts.year >= LUNAR_LOOKALIKE_YEAR:',
        "    if False:",
    ),  # 66
    (
        D,
        "        and stamp.jalali_date[0] >= LUNAR_LOOKALIKE_YEAR\n",
        "        and stamp.jalali_date[0] > LUNAR_LOOKALIKE_YEAR\n",
    ),  # 67
    # -- fix306 ----------------------------------------------------------------------------------
    (S, "VIEW_ALIAS_HEADLINE_WORDS = 4", "VIEW_ALIAS_HEADLINE_WORDS = 5"),  # 68
    (S, "VIEW_ALIAS_HEADLINE_WORDS = 4", "VIEW_ALIAS_HEADLINE_WORDS = 3"),  # 69
    (LI, "        and speaker[-1:].isalpha()\n", ""),  # 70
    (
        LI,
        "        and len(quote.split()) >= QUOTE_WORDS\n        and not any(char.isdigit() for char in text)\n",
        "        and len(quote.split()) >= QUOTE_WORDS\n",
    ),  # 71
    (LI, "QUOTE_WORDS = 4", "QUOTE_WORDS = 5"),  # 72
    (
        LI,
        '                ":" not in lines[at + 1].text or (lettered and _quoting_teaser(lines[at + 1].text))',
        '                ":" not in lines[at + 1].text or _quoting_teaser(lines[at + 1].text)',
    ),  # 73
    (
        H,
        "    if known == items and page_opener and items == GLUED_MENU_OPENER_ITEMS:",
        "    if False:",
    ),  # 74
    (
        T,
        '                        or lines[post + 2].text.rstrip()[-1] not in ".!؟?"',
        "                        or False",
    ),  # 75
    # -- speed58, speed59 ------------------------------------------------------------------------
    (P, '    r"[0-9](?:(?<![0-9].)[0-9]{3}(?![0-9])"', '    r"[0-9](?:[0-9]{3}(?![0-9])"'),  # 76
    (
        G,
        '    r"\\w(?<!\\w.)|[^\\W0-9_](?<=[0-9].)|[0-9](?<=[^\\W0-9_].)|[A-Z](?<=[a-z].)"',
        '    r"\\w(?<!\\w.)|[^\\W0-9_](?<=[0-9].)|[0-9](?<=[^\\W0-9_].)"',
    ),  # 77
    (
        G,
        '    if not key.isascii() and ("\\u0130" in key or "\\u017f" in key or "\\u212a" in key):',
        '    if not key.isascii() and ("\\u0130" in key or "\\u017f" in key):',
    ),  # 78
    (
        T,
        '    if "\\u066a" in folded or "\\u066b" in folded:  # (str.translate reads every character)',
        '    if "\\u066a" in folded:  # (str.translate reads every character)',
    ),  # 79
]
TESTS = [
    "tests/test_fix301.py",
    "tests/test_fix302.py",
    "tests/test_fix303.py",
    "tests/test_fix304.py",
    "tests/test_fix305.py",
    "tests/test_fix306.py",
    "tests/test_speed58.py",
    "tests/test_speed59.py",
    "tests/adversarial/test_attacks83.py",
    "tests/adversarial/test_attacks84.py",
    "tests/test_mut56.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
