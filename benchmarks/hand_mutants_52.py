"""Hand-written mutants of fix265-fix274, speed52 and the lead's a330fa43, the rules with no
mutation round yet.

fix265 (WordPress's «/YYYY/MM/DD/ID/» from the site's root gives the day; «تاریخ آخرین
بروزرسانی» spellings), fix266 (three or four glued column names, Markdown «+» items, the
«دسته:» archive title, the «درباره» heading, the person over a quote, couplets one a line,
the rarer copyright marks and their prefilters), fix267 (the weather widget's clock, the
sentence over an «و» clause), fix268 (the hour after «ساعت» in a weekday footer, the
comments-feed signature, the heading over a cut line, the date front's month), fix269 (the
Tajik author line, Russian «г.», the crumbed headline, Niloblog's «/p/N», two Dari words),
fix270 (the one-cell row, the labelled date after a name, «/GetNews/N/», the sole «tid»),
fix271 (the copyright mark's order and «All rights reserved», the ID line under a
copyright-name headline, the event's date label, glued labels with their gaps dropped, the
AMP view and «/blog/» after a day path's ID), fix272 (`number-year-like`'s year folder, the
bracketed dateline closing the line), fix273 (the «روابط عمومی» source line, the bare «.jpg»
line, the later year's ID), fix274 (the glued one-word date label), speed52 (`_Line.dates`)
and a330fa43 (`_chrome.copyright_names`' one test a mark).

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`, those that exist)
are run against the copy with ``-x``. The runner takes the tests from the tree it is run
from: the "before" count is the run from a ``git archive`` of the commit that added this
file, before any new test. Run from the repository root::

    python benchmarks/hand_mutants_52.py            # "N/M killed"
    python benchmarks/hand_mutants_52.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The fifty-second round: fix265-fix274 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, CH, S = "_article.py", "_title.py", "_listing.py", "_chrome.py", "_sources.py"
V, H, CA, L, HT = "_vocab.py", "_header.py", "_candidates.py", "_lines.py", "_html.py"
G, P = "_grammar.py", "_patterns.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix265 --------------------------------------------------------------------------------
    (
        S,
        "        if not (_day_post_id(segments, at) and _root_day_path(segments, at)):",
        "        if not _day_post_id(segments, at):",
    ),  # 0
    (V, '            "تاریخ آخرین به روز رسانی",\n', ""),  # 1
    (V, '            "تاریخ آخرین بروز رسانی",\n', ""),  # 2
    # -- fix266 --------------------------------------------------------------------------------
    (
        CH,
        "{vocabulary_words(_ONE_WORD_COLUMN_NAMES)}){{2,4}}",
        "{vocabulary_words(_ONE_WORD_COLUMN_NAMES)}){{2,3}}",
    ),  # 3
    (T, r'    r"^[\x20\u200c\xa0]*(?:[-*+•·', r'    r"^[\x20\u200c\xa0]*(?:[-*•·'),  # 4
    (
        HT,
        "            and text[label.end() :].split() == archive_heading.split()",
        "            and True",
    ),  # 5
    (V, r'    "(?:دسته(?:[\x20\u200c]*بندی)?|برچسب|', r'    "(?:دسته|برچسب|'),  # 6
    (V, r"[\x20\u200c]*بندی)?|برچسب|موضوع|", r"[\x20\u200c]*بندی)?|موضوع|"),  # 7
    (
        T,
        "        (_subtitle(lines, index, spaced) and not hinted)",
        "        _subtitle(lines, index, spaced)",
    ),  # 8
    (
        T,
        "        and not (_person_named(above) and _verb_end(line))",
        "        and not _person_named(above)",
    ),  # 9
    (
        T,
        "        2 <= len(words) <= 3\n        and squeeze(words[0]) in vocab.GIVEN_NAMES",
        "        2 <= len(words) <= 3\n        and True",
    ),  # 10
    (
        T,
        "        if max(own, shared) >= MASNAVI_COUPLETS:",
        "        if max(own, shared) > MASNAVI_COUPLETS:",
    ),  # 11
    (T, "        while own and shared < len(run) and", "        while shared < len(run) and"),  # 12
    (
        T,
        "        if halves is None or (run and run[-1][0] != index - 1):",
        "        if halves is None:",
    ),  # 13
    (
        T,
        "    if not all(VERSE_WORDS[0] <= len(part.split()) <= VERSE_WORDS[1] for part in (first, second)):",
        "    if False:",
    ),  # 14
    (
        T,
        '_HEMISTICH_MARKS = ("*", "\\t", "  ", "٭")',
        '_HEMISTICH_MARKS = ("*", "\\t", "  ")',
    ),  # 15
    (
        T,
        '    if "*" not in text and "\\t" not in text and "  " not in text and "٭" not in text:',
        '    if "*" not in text and "  " not in text and "٭" not in text:',
    ),  # 16
    (
        CH,
        '_RARE_COPYRIGHT_FIRST = frozenset("Ⓒⓒ（&ک")',
        '_RARE_COPYRIGHT_FIRST = frozenset("Ⓒⓒ（&")',
    ),  # 17
    (
        CH,
        "        if mark is None and _rare_copyright_first(text):",
        "        if False:",
    ),  # 18
    (CH, "|&copy;?|", "|&copy;|"),  # 19
    (CH, r"|کپی[\x20\u200c]*رایت)", r"|کپی[\x20]*رایت)"),  # 20
    # -- a330fa43: _chrome.copyright_names ------------------------------------------------------
    (
        CH,
        '            and ("(c)" in (lowered := text.lower()) or "copyright" in lowered)',
        '            and "(c)" in text.lower()',
    ),  # 21
    (
        CH,
        '        if "©" in text or (\n            ("c" in text or "C" in text)',
        '        if (\n            ("c" in text or "C" in text)',
    ),  # 22
    # -- fix267 --------------------------------------------------------------------------------
    (
        H,
        r'    r"^[\x20\u200c]*[-+\u2212]?[0-9]{1,3}',
        r'    r"^[\x20\u200c]*[-+\u2212]?[0-9]{2,3}',
    ),  # 23
    (H, r"°[\x20\u200c]*[CFcf]?[\x20\u200c]*$", r"°[\x20\u200c]*[CFcf][\x20\u200c]*$"),  # 24
    (
        A,
        "        return any(weather_reading(other.norm) for other in near)",
        "        return False",
    ),  # 25
    (
        A,
        '        published = resolve_date("published", by_url, state.note) if by_url else None',
        "        published = None",
    ),  # 26
    (
        CA,
        '        c.field in ("published", "updated") and not (c.span and _weather_clock(state, c.order))',
        '        c.field in ("published", "updated")',
    ),  # 27
    (
        CA,
        "        line.info.dates and not _weather_clock(state, line.index) for line in state.lines",
        "        line.info.dates for line in state.lines",
    ),  # 28
    (
        T,
        '        and nxt.words > CONTINUED_MAX_WORDS\n        and nxt.text[-1] in ".!؟?"',
        '        and nxt.text[-1] in ".!؟?"',
    ),  # 29
    (
        T,
        '    if line.text[-1] in _SENTENCE_ENDS or line.text[-1] in ":،؛,;":',
        "    if line.text[-1] in _SENTENCE_ENDS:",
    ),  # 30
    (
        T,
        "    if key not in hinted and key not in slugs and _sentence_over_and_clause(lines, index, outside):",
        "    if key not in slugs and _sentence_over_and_clause(lines, index, outside):",
    ),  # 31
    # -- fix268 --------------------------------------------------------------------------------
    (A, "CUT_LINE_HEADING_WORDS = 8", "CUT_LINE_HEADING_WORDS = 7"),  # 32
    (
        A,
        "    if above < 0 or above in outside or any(index not in outside for index in range(above)):",
        "    if above < 0 or above in outside:",
    ),  # 33
    (
        A,
        "    if not (text[-1].isalpha() or text[-1].isdigit()) or _SENTENCE_STOP.search(text):",
        "    if _SENTENCE_STOP.search(text):",
    ),  # 34
    (
        H,
        '    return bool(starts) and norm[: starts[0]].rstrip(" \\u200c").endswith(_HOUR_WORD)',
        "    return bool(starts)",
    ),  # 35
    (
        H,
        '    if not match.captures("MI") and not _labelled_hour(norm, match):',
        '    if not match.captures("MI"):',
    ),  # 36
    (
        H,
        '        and (timed or fed or signed.group("sent") is None)',
        '        and (timed or signed.group("sent") is None)',
    ),  # 37
    (
        A,
        "        and not any(_read_more(line) for index, line in enumerate(lines) if index not in outside)\n",
        "",
    ),  # 38
    (
        A,
        "        and (_one_undated_item(lines, outside) or _one_dated_item_in_full(lines, outside))\n"
        "        and not any(_read_more(line)",
        "        and _one_undated_item(lines, outside)\n        and not any(_read_more(line)",
    ),  # 39
    (LI, r'[0-9]{2}[/-](?:0?[1-9]|1[0-2])")', r'[0-9]{2}[/-](?:0?[1-9]|1[0-1])")'),  # 40
    (
        LI,
        "    for at in (len(segments) - 2, len(segments) - 3):",
        "    for at in (len(segments) - 2,):",
    ),  # 41
    # -- fix269 --------------------------------------------------------------------------------
    (
        A,
        "            is not None\n            and not lines[below].paragraph\n            and lines[below].words\n",
        "            is not None\n            and lines[below].words\n",
    ),  # 42
    (
        T,
        "        and line.text.rstrip()[-1:] not in _SENTENCE_ENDS\n        and _TAJIK_AUTHOR_LINE",
        "        and _TAJIK_AUTHOR_LINE",
    ),  # 43
    (
        T,
        "    if not _squash(lines[below].norm).startswith(_squash(tail)):\n        return None\n",
        "",
    ),  # 44
    (
        T,
        "        1 <= len(crumb.split()) <= CRUMB_SECTION_WORDS and not any(map(str.isdigit, crumb))",
        "        1 <= len(crumb.split()) <= CRUMB_SECTION_WORDS",
    ),  # 45
    (
        T,
        "    if below is None or not lines[below].paragraph:\n        return None\n    if not _squash",
        "    if below is None:\n        return None\n    if not _squash",
    ),  # 46
    (G, '    if text == "ء" or text.startswith("г"):', '    if text == "ء":'),  # 47
    (
        S,
        "            and _YEAR_LIKE.fullmatch(digits) is None\n            and _post_path_platform(parts.hostname)",
        "            and _post_path_platform(parts.hostname)",
    ),  # 48
    (
        S,
        '        host == platform or host.endswith("." + platform) for platform in vocab.POST_PATH_PLATFORMS',
        "        host.endswith(platform) for platform in vocab.POST_PATH_PLATFORMS",
    ),  # 49
    # -- fix270 --------------------------------------------------------------------------------
    (
        L,
        '    if len(text) < 5 or text[1] != " " or text[-2] != " " or "|" in text[1:-1]:',
        '    if len(text) < 5 or "|" in text[1:-1]:',
    ),  # 50
    (
        A,
        '    row_start = doc.rfind("\\n", 0, line.start) + 1',
        "    row_start = line.start",
    ),  # 51
    (
        T,
        "    return found is not None and any(map(str.isalpha, head[: found.start()]))",
        "    return found is not None",
    ),  # 52
    (
        T,
        "                score -= 6  # «NAME - تاریخ انتشار: DATE - تعداد بازدید: N»",
        "                score -= 0  # «NAME - تاریخ انتشار: DATE - تعداد بازدید: N»",
    ),  # 53
    (S, '        "getnews", "viewnews", "readnews",', '        "viewnews", "readnews",'),  # 54
    (S, '        "tid",\n    }', "    }"),  # 55
    (S, "        and not (segments and _list_script(segments[-1]))\n", ""),  # 56
    # -- fix271 --------------------------------------------------------------------------------
    (
        CH,
        r"copyright)(?:[\x20]*(?:©|\(c\)|copyright))?",
        r"copyright)(?:[\x20]*(?:©|\(c\)))?",
    ),  # 57
    (
        CH,
        "        if (reserved := _RIGHTS_RESERVED.search(tail)) is not None:\n"
        "            tail = tail[: reserved.start()]\n",
        "",
    ),  # 58
    (CH, r'    r"[\x20]*[.,|\-–][\x20]*all', r'    r"[\x20]*[.,|][\x20]*all'),  # 59
    (
        T,
        '        and all(label.field == "number" for label in labels.labels)',
        "        and True",
    ),  # 60
    (
        T,
        "        under += 1  # the post's ID under its title",
        "        pass  # the post's ID under its title",
    ),  # 61
    (
        T,
        "        if event and len(words) >= DATED_TITLE_WORDS and words[-1] not in _PHRASE_DATE_WORDS:\n"
        "            return offset + len(before), None\n",
        "",
    ),  # 62
    (
        T,
        '    "".join(words)\n    for field in ("published", "updated")',
        '    " ".join(words)\n    for field in ("published", "updated")',
    ),  # 63
    (
        S,
        "            or (at == len(segments) - 2 and segments[-1].lower() == _AMP_VIEW)\n",
        "",
    ),  # 64
    (
        S,
        "                and (_root_day_path(segments, at) or (at == 4 and segments[0].lower() in _BLOG))",
        "                and _root_day_path(segments, at)",
    ),  # 65
    # -- fix272 --------------------------------------------------------------------------------
    (S, r'|199[5-9]|20[0-3][0-9]")', r'|199[5-9]|20[0-7][0-9]")'),  # 66
    (
        S,
        "        and not segments[-1].isdigit()\n        and not printed_elsewhere\n",
        "        and not segments[-1].isdigit()\n",
    ),  # 67
    (
        S,
        "        and _segment_name(segments[-3]) in _COLLECTION_SEGMENTS\n        and not segments[-1].isdigit()\n",
        "        and not segments[-1].isdigit()\n",
    ),  # 68
    (
        CA,
        "    shown = any(spelled.search(line.norm) for line in state.lines)",
        "    shown = False",
    ),  # 69
    (
        CH,
        '    if not text.rstrip().endswith(")"):\n        return False\n    opening',
        "    opening",
    ),  # 70
    (
        CH,
        '    return opening >= 0 and not _NOT_LETTER.sub("", rest[opening:])',
        "    return opening >= 0",
    ),  # 71
    (
        CH,
        '            if (text.lstrip().startswith("(") or _date_closes_brackets(text, rest)) and (',
        '            if text.lstrip().startswith("(") and (',
    ),  # 72
    # -- fix273 --------------------------------------------------------------------------------
    (
        T,
        '                or (line.norm[:1] in "رماک" and _unit_over_headline(lines, index, stop))',
        '                or (line.norm[:1] in "رما" and _unit_over_headline(lines, index, stop))',
    ),  # 73
    (
        T,
        '        not _verb_end(line)\n        and lower.info.kind == "text"',
        '        lower.info.kind == "text"',
    ),  # 74
    (
        T,
        "        and not lower.paragraph\n        and 2 <= lower.words <= HEADLINE_MAX_WORDS",
        "        and 2 <= lower.words <= HEADLINE_MAX_WORDS",
    ),  # 75
    (
        CH,
        r"(?:[\x20]+[A-Za-z0-9_\-]+)*)?\.(?:jpe?g",
        r"(?:[\x20]+[A-Za-z0-9_\-]+)*)\.(?:jpe?g",
    ),  # 76
    (
        S,
        "    return value > own and (value > JALALI_MAX_YEAR) == (own > JALALI_MAX_YEAR)",
        "    return value > own",
    ),  # 77
    (
        S,
        "            or (_root_day_path(segments, at) and _later_year(number, segments[at - 3]))",
        "            or _later_year(number, segments[at - 3])",
    ),  # 78
    # -- fix274 --------------------------------------------------------------------------------
    (
        T,
        "            label = int(words[-1] in _GLUED_ONE_WORD_LABELS and words[-2] not in _LEADING_WORDS)",
        "            label = int(words[-1] in _GLUED_ONE_WORD_LABELS)",
    ),  # 79
    (
        T,
        '_LEADING_WORDS = _PHRASE_DATE_WORDS | {"در", "به"}',
        '_LEADING_WORDS = _PHRASE_DATE_WORDS | {"در"}',
    ),  # 80
    # -- speed52 -------------------------------------------------------------------------------
    (
        L,
        "        return tuple(iter_dates(self.text))",
        "        return tuple(iter_dates(self.text))[:1]",
    ),  # 81
]
TESTS = [
    "tests/test_fix265.py",
    "tests/test_fix266.py",
    "tests/test_fix267.py",
    "tests/test_fix268.py",
    "tests/test_fix269.py",
    "tests/test_fix270.py",
    "tests/test_fix271.py",
    "tests/test_fix272.py",
    "tests/test_fix273.py",
    "tests/test_fix274.py",
    "tests/adversarial/test_attacks77.py",
    "tests/adversarial/test_attacks78.py",
    "tests/test_mut52.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
