"""Hand-written mutants of fix98, fix99, the Markdown tag-tail fix and the quick date reader.

The rules merged since the twenty-fifth round: fix98 (a writer's greeting to the readers,
``_article._greets_readers``; a Latin «City, Country» line or today banner over an
Arabic-script page, ``_latin_place_line`` and the doubt under it; a badge ending the first
<h1>, ``_html._drop_trailing_badge``; the ID before a slug opening with a count,
``_sources._id_before_count_slug``), fix99 (a site's short name printed twice over the
headline, ``_headline_under_logo_twice``, ``_logo_named``, ``_printed_twice_above``), the
Markdown fix e03001e (closing «# tag» lines are no headings, ``_markdown._tag_tail_start``),
speed29's quick date-line reader (``_grammar.line_date``, ``QuickDate``, :func:`read` of it
at a base, and ``quick_parts`` under it) and speed30 (``QuickDate.captures("ma")``); then
the older rules of fix96 (the agency dateline's dash, the sort control's orders, the meta
row's framing separator, the name under the dateline's letters and words, the lone
sentence's upper bound) and fix97 (the byline's «نوشته شده در» and «Posted by ... on»
leads, its pipe after the author, the labelled footer under «ادامه مطلب», the spaced date's
clock kept, the copy under the meta block: the header kinds between, the longer paragraph)
that the twenty-fifth round left with the fewest mutants.

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``, then, if none failed, tests/test_pages.py on the pages these
rules were made for (``-k`` :data:`PAGES`). Run from the repository root::

    python benchmarks/hand_mutants_26.py            # "N/M killed"
    python benchmarks/hand_mutants_26.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The twenty-sixth round: fix98-fix99, the Markdown fix and the quick
date reader under mutation", gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, G, HT, M, S = "_article.py", "_grammar.py", "_html.py", "_markdown.py", "_sources.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once.
MUTANTS = [
    # -- fix98: the writer's greeting to the readers ---------------------------------------
    (A, "    if _greets_readers(norm) and not _hello(line):", "    if False:"),  # 0
    (
        A,
        "    if _greets_readers(norm) and not _hello(line):",
        "    if _greets_readers(norm):",
    ),  # 1
    (
        A,
        "        if rest[0] in _GREETING_TO:\n            rest = rest[1:]",
        "        if rest[0] in _GREETING_TO:\n            pass",
    ),  # 2
    (
        A,
        '            rest[0] in _GREETING_READERS or "".join(rest[:2]) in _GREETING_READERS  # «بچه ها»',
        "            rest[0] in _GREETING_READERS  # «بچه ها»",
    ),  # 3
    (
        A,
        "        if rest[0] in _GREETING_KIND:\n            rest = rest[1:]",
        "        if rest[0] in _GREETING_KIND:\n            pass",
    ),  # 4
    (
        A,
        '    if len(words) >= 2 and words[0] == "با":\n        words = words[1:]',
        '    if len(words) >= 2 and words[0] == "با":\n        pass',
    ),  # 5
    (
        A,
        '    words = [_NOT_LETTER.sub("", word) for word in norm.split()[:6]]',
        '    words = [_NOT_LETTER.sub("", word) for word in norm.split()[:2]]',
    ),  # 6
    # -- fix98: the Latin place line and today banner, the doubt under them --------------
    (A, "            or _latin_place_line(lines, index)\n", ""),  # 7
    (
        A,
        '    if line.words > 6 or "," not in line.text:',
        '    if line.words > 2 or "," not in line.text:',
    ),  # 8
    (A, "_LATIN_PLACE_LOOKAHEAD = 12", "_LATIN_PLACE_LOOKAHEAD = 0"),  # 9
    (
        A,
        "    if _LATIN_PLACE.fullmatch(line.text) is None and _LATIN_BANNER_DAY.fullmatch(line.text) is None:",
        "    if _LATIN_PLACE.fullmatch(line.text) is None:",
    ),  # 10
    (
        A,
        "                for at in range(anchor if anchor is not None and anchor > title else title)",
        "                for at in range(0)",
    ),  # 11
    (
        A,
        "            and _squash(lines[title].norm)\n"
        "            not in {_squash(normalize(text)) for text, _ in hints.titles}\n",
        "",
    ),  # 12
    # -- fix98: the badge ending the first <h1> ------------------------------------------
    (
        HT,
        '    if any(name == "badge" or name.startswith("badge-") for name in classes):',
        '    if any(name == "badge" for name in classes):',
    ),  # 13
    (
        HT,
        '    if last is None or last.tag == "-text" or last is heading.child:',
        "    if last is None or last is heading.child:",
    ),  # 14
    (HT, "    for h1 in found.headings[:1]:\n        _drop_trailing_badge(h1)", "    pass"),  # 15
    # -- fix98: the ID before a slug opening with a count ---------------------------------
    (
        S,
        "    if len(earlier) >= _URL_ID_DIGITS or (",
        "    if len(earlier) > _URL_ID_DIGITS or (",
    ),  # 16
    (
        S,
        "    if before in _CONTAINER_SEGMENTS or _date_code(earlier, before):",
        "    if _date_code(earlier, before):",
    ),  # 17
    # -- fix99: a site's short name printed twice over the headline -----------------------
    (
        A,
        "    if logo is not None and key not in hinted and key not in slugs:",
        "    if False:",
    ),  # 18
    (A, "        and not _logo_named(lower)\n", ""),  # 19
    (
        A,
        "    return 2 <= len(words) <= NAME_MAX_WORDS and words[0] in _LOGO_NAME_HEADS and _slogan(line.norm)",
        "    return 1 <= len(words) <= NAME_MAX_WORDS and words[0] in _LOGO_NAME_HEADS and _slogan(line.norm)",
    ),  # 20
    (
        A,
        "    return 2 <= len(words) <= NAME_MAX_WORDS and words[0] in _LOGO_NAME_HEADS and _slogan(line.norm)",
        "    return 2 <= len(words) <= NAME_MAX_WORDS and words[0] in _LOGO_NAME_HEADS",
    ),  # 21
    (
        A,
        "        or not (_logo_named(first) or _institution(first))\n        or headline.info.kind",
        "        or not _logo_named(first)\n        or headline.info.kind",
    ),  # 22
    (
        A,
        "        or not first.words * 2 <= headline.words < LEAD_WORDS\n",
        "        or not first.words < headline.words < LEAD_WORDS\n",
    ),  # 23
    (
        A,
        "        or headline.text[-1] in _KICKER_ENDS\n        or not lines[after].paragraph\n",
        "        or not lines[after].paragraph\n",
    ),  # 24
    (
        A,
        "        or headline.text[-1] in _KICKER_ENDS\n        or not lines[after].paragraph\n",
        "        or headline.text[-1] in _KICKER_ENDS\n",
    ),  # 25
    (
        A,
        "    after = below + 2 if lines[below + 1].key == lines[below].key else below + 1",
        "    after = below + 1",
    ),  # 26
    (
        A,
        "        any(at not in outside for at in range(index))\n        or candidates[1] != name",
        "        candidates[1] != name",
    ),  # 27
    (
        A,
        "        or keys.get(lines[index].key, 0) != 2\n",
        "        or keys.get(lines[index].key, 0) < 2\n",
    ),  # 28
    # -- e03001e: closing «# tag» lines are no Markdown headings ---------------------------
    (
        M,
        '    if "#" in text and _HEADING_WORDS.search(text, 0, _tag_tail_start(text)):',
        '    if "#" in text and _HEADING_WORDS.search(text):',
    ),  # 29
    (
        M,
        '        if line and not line.startswith("#"):',
        '        if not line.startswith("#"):',
    ),  # 30
    (
        M,
        '        if line and not line.startswith("#"):',
        '        if line and not line.startswith("# "):',
    ),  # 31
    (
        M,
        "        end = max(start - 1, 0)\n    return 0",
        "        end = max(start - 1, 0)\n    return len(text)",
    ),  # 32
    # -- speed29/speed30: the quick date-line reader (QuickDate) ---------------------------
    (
        G,
        "        if not base:\n            return parts",
        "        if True:\n            return parts",
    ),  # 33
    (
        G,
        "            span=(start + base, end + base),",
        "            span=(start + base, end),",
    ),  # 34
    (
        G,
        "            weekday_span=None if wd is None else (wd[0] + base, wd[1] + base),",
        "            weekday_span=wd,",
    ),  # 35
    (
        G,
        '        if group == "ma":\n            return []',
        '        if group != "ma":\n            return []',
    ),  # 36
    (
        G,
        "        return self.parts.span[0] if group == 0 else self.grammar_match().start(group)",
        "        return self.parts.span[0] + 1 if group == 0 else self.grammar_match().start(group)",
    ),  # 37
    (
        G,
        "        return self.parts.span[1] if group == 0 else self.grammar_match().end(group)",
        "        return self.parts.span[1] - 1 if group == 0 else self.grammar_match().end(group)",
    ),  # 38
    (
        G,
        "        return self.parts.span if group == 0 else self.grammar_match().span(group)",
        "        return self.parts.span",
    ),  # 39
    (
        G,
        '            return cast("regex.Match[str]", QuickDate(norm, parts))',
        '            return cast("regex.Match[str]", QuickDate(norm, parts._replace(weekday=None)))',
    ),  # 40
    (
        G,
        '            return cast("regex.Match[str]", QuickDate(norm, parts))',
        '            return cast("regex.Match[str]", QuickDate(norm, parts._replace(second=None)))',
    ),  # 41
    (G, "_QUICK_LINE_MAX = 64", "_QUICK_LINE_MAX = 63"),  # 42
    (
        G,
        "    if _MONTHS[key][2] is None  # a zone (Dari names) is left to the grammar",
        "    if True  # a zone (Dari names) is left to the grammar",
    ),  # 43
    (G, '    r"(?![/\\-.\\\\][0-9])"  # as the grammar', '    r""  # as the grammar'),  # 44
    (
        G,
        "        if weekday is None:\n            return None\n        weekday_span",
        "        if weekday is None:\n            pass\n        weekday_span",
    ),  # 45
    (
        G,
        '        calendar = "jalali" if year < 1700 else "gregorian"',
        '        calendar = "jalali" if year < 1600 else "gregorian"',
    ),  # 46
    # -- fix96: the agency dateline, the sort control, the meta row, the name, the sentence
    (
        A,
        '    if "-" not in text and "\\u0640" not in text and "\\u2013" not in text and "\\u2014" not in text:',
        '    if "-" not in text:',
    ),  # 47
    (
        A,
        '    r"|مرتب[\\x20\\u200c]*سازی(?:[\\x20\\u200c]+بر[\\x20\\u200c]+اساس)?)[\\x20]*:[^|]+(?:\\|[^|]+){1,}$"',
        '    r"|مرتب[\\x20\\u200c]*سازی(?:[\\x20\\u200c]+بر[\\x20\\u200c]+اساس)?)[\\x20]*:[^|]+(?:\\|[^|]+){2,}$"',
    ),  # 48
    (A, "            and _lone_separator(lines[at - 1])\n", ""),  # 49
    (A, "DATELINE_NAME_MAX_WORDS = 3", "DATELINE_NAME_MAX_WORDS = 2"),  # 50
    (
        A,
        '    if not all(char.isalpha() or char in " \\u200c" for char in line.text.strip()):',
        "    if False:",
    ),  # 51
    (
        A,
        "    if line.words < LONE_SENTENCE_WORDS or line.words > LONG_HEADLINE_WORDS:",
        "    if line.words < LONE_SENTENCE_WORDS:",
    ),  # 52
    # -- fix97: the byline, the labelled footer under «ادامه مطلب», the clock, the copy ---
    (A, '    r"|(?:نوشته|ارسال|منتشر)[\\x20\\u200c]*شده[\\x20\\u200c]+در"\n', ""),  # 53
    (
        A,
        '    r"|(?i:(?:posted|written|published)[\\x20]+by(?:[\\x20]+[\\p{L}\\p{M}.]+){1,3}[\\x20]+on)"\n',
        "",
    ),  # 54
    (
        A,
        '+ str(NAME_MAX_WORDS) + r"})?[\\x20\\u200c|]*"',
        '+ str(NAME_MAX_WORDS) + r"})?[\\x20\\u200c]*"',
    ),  # 55
    (
        A,
        "        if _POST_FOOTER_LABEL.match(normalize(label)) and _under_read_more(state, index):",
        "        if False:",
    ),  # 56
    (
        A,
        '        norm = SPACED_DATE.sub(r"\\g<a>/\\g<b>/\\g<y>\\g<t>", norm)',
        '        norm = SPACED_DATE.sub(r"\\g<a>/\\g<b>/\\g<y>", norm)',
    ),  # 57
    (A, "                and lines[at + 1].words > line.words\n", ""),  # 58
    (
        A,
        "        if below.info.kind not in _HEADER_KINDS:\n            return False\n        at += 1",
        "        at += 1",
    ),  # 59
]
TESTS = [
    "tests/test_fix96.py",
    "tests/test_fix97.py",
    "tests/test_fix98.py",
    "tests/test_fix99.py",
    "tests/test_markdown.py",
    "tests/test_markdown_mutants.py",
    "tests/test_line_date.py",
    "tests/test_quick_reader.py",
    "tests/test_grammar_entry_points.py",
    "tests/conformance",
]
PAGES = [
    "tests/test_pages.py",
    "-k",
    " or ".join(f"{number}_" for number in (1407, 1420, 1430, 1440, 1441, 1449, 1454, 1455)),
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args, fallback=PAGES)


if __name__ == "__main__":
    sys.exit(main())
