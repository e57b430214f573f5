"""Hand-written mutants of fix275-fix283, speed53 and the lead's 4047f389 and 9ac84c26, the
rules with no mutation round yet.

fix275 (`_title._name_over_description` and the post's title under a site's name and
description, `_html._site_home` from a feed's or a home link's host, `_permalink_post_title`
with that home), fix276 (`_listing._lone_teaser_under`'s bare «ادامه» and tags line,
`_twice_headed_items`), fix277 (`_title._heading_over_listed_item`, the «/n/NNNN» address,
`_lines._gapped_date_cut`, the browser's unsupported notices), fix278 (`_header._glued_menu`'s
menu-word items, `_chrome._daily_boxes` and the news-of-the-day labels, the Dari months in
Tajik Cyrillic, «мутобиқ», «мелодӣ», the ID after «new», `_sources._time_tail_permalink`),
fix279 (`_article._widget_date` over the body, `_chrome._date_closes_brackets`,
`LABEL_COMPLEMENT_HEADS`, the Persian rights-reserved cut, a named-month date after a glued
label), fix280/fix281 (`DOTTED_MERIDIEM`, the unread dotted mark, Pashto months and
weekdays, «د», «соати», the year-first Afghan comma, a weekday after a year-first date),
fix282 (the three-part ``<title>``, «Сомонаи расмии», a name and slogans joined by dashes),
fix283 (`_title._unit_over_text`, the Tajik author line over the text, `_title._CRUMB_YEAR`,
`WEATHER_READING`'s spaced sign, `_candidates._url_number`'s year in a date,
`_html._listing_titles`' label, `STARRED_HEMISTICH_WORDS`), speed53 (`_header.verdict_date`
and the verdict kept without its match), 4047f389 (`_chrome._daily_boxes`' word count first)
and 9ac84c26 (the gapped date cut in the dated-headline cut's branch).

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`, those that exist)
are run against the copy with ``-x``. The runner takes the tests from the tree it is run
from: the "before" count is the run from a ``git archive`` of the commit that added this
file, before any new test. Run from the repository root::

    python benchmarks/hand_mutants_53.py            # "N/M killed"
    python benchmarks/hand_mutants_53.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The fifty-third round: fix275-fix283 under mutation", gives the
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
    # -- fix275 --------------------------------------------------------------------------------
    (
        T,
        "    if len(words) < NAME_DESCRIBED_WORDS or not words <= told:",
        "    if len(words) < NAME_DESCRIBED_WORDS:",
    ),  # 0
    (T, "    if len(told - words) < NAME_DESCRIBED_WORDS:", "    if len(told - words) < 1:"),  # 1
    (T, "NAME_DESCRIBED_WORDS = 2", "NAME_DESCRIBED_WORDS = 3"),  # 2
    (T, "    if any(char.isdigit() for char in described.norm):", "    if False:"),  # 3
    (T, "    if described.key.startswith(name.key):", "    if False:"),  # 4
    (T, "    if stated and not _self_naming(described):", "    if stated:"),  # 5
    (
        T,
        '        or (last.startswith(("می", "نمی")) and last.endswith(("د", "ند", "م")) and len(last) > 4)',
        "        or False",
    ),  # 6
    (
        T,
        "    return all(at in outside or lines[at].chrome for at in range(index))\n\n\n# A post's title",
        "    return True\n\n\n# A post's title",
    ),  # 7
    (
        T,
        "        and name.words < described.words < LEAD_WORDS",
        "        and name.words <= described.words < LEAD_WORDS",
    ),  # 8
    (T, "POST_TITLE_WORDS = 8", "POST_TITLE_WORDS = 7"),  # 9
    (
        T,
        "        and 2 <= short.words <= POST_TITLE_WORDS\n        and short.words < over.words\n",
        "        and 2 <= short.words <= POST_TITLE_WORDS\n",
    ),  # 10
    (
        T,
        "        and not text_in(short, over)\n    )\n\n\ndef _self_naming",
        "    )\n\n\ndef _self_naming",
    ),  # 11
    (T, "            if not _self_naming(lines[name + 1]):", "            if True:"),  # 12
    (
        T,
        "            and (lines[post + 1].paragraph or lines[post + 1].byline)",
        "            and lines[post + 1].paragraph",
    ),  # 13
    (V, '    {"وبلاگ", "بلاگ", "سایت",', '    {"بلاگ", "سایت",'),  # 14
    (
        HT,
        "        return next(iter(feed_hosts)) if len(feed_hosts) == 1 else None",
        "        return next(iter(feed_hosts))",
    ),  # 15
    (
        HT,
        "    return next(iter(homes)) if len(homes) == 1 else None",
        "    return next(iter(homes)) if homes else None",
    ),  # 16
    (HT, '            and parts.path in ("", "/")\n', ""),  # 17
    (
        HT,
        "    home_url = url or (None if address is not None else _site_home(tree, found.feed_hosts))",
        "    home_url = url or _site_home(tree, found.feed_hosts)",
    ),  # 18
    (
        HT,
        "    return node if href and own and parts.path.lower() not in _HOME_PATHS else None",
        "    return node if href and own else None",
    ),  # 19
    (
        HT,
        '    own = parts.netloc.lower().removeprefix("www.") == site.netloc.removeprefix("www.")',
        "    own = True",
    ),  # 20
    (V, '    {"خانه", "صفحه اصلی", "صفحه نخست",', '    {"صفحه اصلی", "صفحه نخست",'),  # 21
    # -- fix276 --------------------------------------------------------------------------------
    (
        LI,
        "        if len(rest) != 2 or rest != [at + 1, at + 2] or not lines[at].paragraph:",
        "        if len(rest) != 2 or not lines[at].paragraph:",
    ),  # 22
    (LI, "            and any(mark in tags.text for mark in _TAG_SEPARATORS)\n", ""),  # 23
    (LI, "            and tags.words <= TEASER_TAGS_WORDS\n", ""),  # 24
    (
        LI,
        "            not tags.paragraph\n            and",
        "            True\n            and",
    ),  # 25
    (
        LI,
        '        if text.rstrip().endswith(("...", "…")) and _squash(button.norm).lower() in _BARE_READ_MORE:',
        "        if _squash(button.norm).lower() in _BARE_READ_MORE:",
    ),  # 26
    (
        LI,
        "    if at >= len(lines) or at in outside or lines[at].words < LONE_TEASER_WORDS:",
        "    if at >= len(lines) or at in outside:",
    ),  # 27
    (LI, "TWICE_HEADED_ITEMS = 3", "TWICE_HEADED_ITEMS = 2"),  # 28
    (LI, "TWICE_HEADED_GAP = 12", "TWICE_HEADED_GAP = 2"),  # 29
    (
        LI,
        "                if found == 0 and title not in (index - 1, below):",
        "                if False:",
    ),  # 30
    (LI, "                and len(bare.key) < len(line.key)\n", ""),  # 31
    (
        LI,
        "        if index - 1 in outside or line.paragraph or line.words <= TWICE_HEADED_WORDS:",
        "        if index - 1 in outside or line.words <= TWICE_HEADED_WORDS:",
    ),  # 32
    (
        A,
        "        and not address.listing\n        and _twice_headed_items(lines, title, outside)",
        "        and _twice_headed_items(lines, title, outside)",
    ),  # 33
    # -- fix277 --------------------------------------------------------------------------------
    (
        T,
        "    if top is None or top + 1 >= index or top + 1 in outside:",
        "    if top is None or top + 1 in outside:",
    ),  # 34
    (T, "        or not lines[top + 1].paragraph\n", ""),  # 35
    (T, "        or _list_item(heading)\n", ""),  # 36
    (
        T,
        "        for other in (index - 1, index + 1)\n    ):\n        return None\n    top = next(",
        "        for other in (index + 1,)\n    ):\n        return None\n    top = next(",
    ),  # 37
    (
        S,
        "            and _YEAR_LIKE.fullmatch(digits) is None\n        ):\n            return digits  # «/n/1894»",
        "        ):\n            return digits  # «/n/1894»",
    ),  # 38
    (S, "NEWS_PREFIX_MIN_DIGITS = 3", "NEWS_PREFIX_MIN_DIGITS = 2"),  # 39
    (
        S,
        "            and len(segments) == 2\n            and segments[0].lower() == _NEWS_PREFIX",
        "            and segments[0].lower() == _NEWS_PREFIX",
    ),  # 40
    (
        L,
        '    gap = _WIDE_GAP.search(text, 0, _GAPPED_DATE_REACH)\n    if gap is None:\n        return None\n    date = text[: gap.start()]\n    info = classify(normalize(date))\n    if info.kind != "date" or info.dates != ((0, len(date)),) or',
        '    gap = _WIDE_GAP.search(text, 0, _GAPPED_DATE_REACH)\n    if gap is None:\n        return None\n    date = text[: gap.start()]\n    info = classify(normalize(date))\n    if info.kind != "date" or',
    ),  # 41
    (L, "    if not rest or not rest[0].isalpha():", "    if not rest:"),  # 42
    (
        L,
        "    if words < max(GAPPED_TEXT_WORDS, SENTENCE_WORDS) or not _is_paragraph(rest, words):",
        "    if words < max(GAPPED_TEXT_WORDS, SENTENCE_WORDS):",
    ),  # 43
    (
        L,
        r'_WIDE_GAP = regex.compile(r"[\x20\t\xa0]{2,}")',
        r'_WIDE_GAP = regex.compile(r"[\x20\t\xa0]{1,}")',
    ),  # 44
    (
        H,
        "        and len(norm.split()) <= BROWSER_NOTICE_WORDS\n        and _UNSUPPORTED_NOTICE",
        "        and _UNSUPPORTED_NOTICE",
    ),  # 45
    # -- fix278 --------------------------------------------------------------------------------
    (H, "GLUED_MENU_KNOWN_ITEMS = 4", "GLUED_MENU_KNOWN_ITEMS = 3"),  # 46
    (
        H,
        "    if known == items >= GLUED_MENU_KNOWN_ITEMS:",
        "    if known >= GLUED_MENU_KNOWN_ITEMS:",
    ),  # 47
    (
        CH,
        "        if heading in _DAY_NEWS_BOX_HEADINGS and heading != line.key.lower():",
        "        if False:",
    ),  # 48
    (
        CH,
        "        most = 1 if heading in _DAY_NEWS_BOX_HEADINGS else DAILY_BOX_LINES",
        "        most = DAILY_BOX_LINES",
    ),  # 49
    (V, '"خبر روز", "خبرهای روز", "хабари рӯз",', '"خبر روز", "хабари рӯз",'),  # 50
    (V, '        "сунбула": 6,\n', ""),  # 51
    (
        P,
        "      | (?:=|is|мутобиқи|мутобиқ){_BR}[\\x20\\u200c]*)?",
        "      | (?:=|is|мутобиқи){_BR}[\\x20\\u200c]*)?",
    ),  # 52
    (
        G,
        '    if text == "ء" or text.startswith(("г", "м")):',
        '    if text == "ء" or text.startswith("г"):',
    ),  # 53
    (S, '_GLUED_ITEM_WORDS = frozenset({"new"})', "_GLUED_ITEM_WORDS = frozenset()"),  # 54
    (S, "        or len(numbers) != 1\n", ""),  # 55
    (
        S,
        "    if hour > _HOUR_MAX or minute > 59 or second > 59:",
        "    if hour > _HOUR_MAX or second > 59:",
    ),  # 56
    (
        S,
        "        not 2 <= len(middle) <= _TIME_TAIL_MIDDLE",
        "        not 1 <= len(middle) <= _TIME_TAIL_MIDDLE",
    ),  # 57
    (
        CA,
        '            stamp = _machine_date(f"{year}/{month}/{day} {clock}", jalali=True) or stamp',
        "            pass",
    ),  # 58
    # -- fix279 --------------------------------------------------------------------------------
    (
        A,
        "        return not (after < len(lines) and lines[after].paragraph)",
        "        return True",
    ),  # 59
    (A, "        after = max(line.index, *readings) + 1", "        after = line.index + 1"),  # 60
    (
        CH,
        "    if last.weekday is None and not last.text.rstrip()[-1:].isalpha():",
        "    if last.weekday is None:",
    ),  # 61
    (
        V,
        'LABEL_COMPLEMENT_HEADS: Final = frozenset({"آماده", "قابل",',
        'LABEL_COMPLEMENT_HEADS: Final = frozenset({"قابل",',
    ),  # 62
    (
        CH,
        '        if "حقوق" in norm and (reserved := _RIGHTS_RESERVED_FA.search(norm)) is not None:',
        "        if False:",
    ),  # 63
    (T, "        elif named:\n", "        elif False:\n"),  # 64
    # -- fix280/fix281 -------------------------------------------------------------------------
    (
        V,
        'DOTTED_MERIDIEM: Final = MappingProxyType({"غم": "am", "غو": "pm",',
        'DOTTED_MERIDIEM: Final = MappingProxyType({"غم": "am", "غو": "am",',
    ),  # 65
    (
        P,
        "    (?![\\x20\\u200c]*+(?![همقلгZ])(?=\\p{L}\\.)\\p{L}(?:\\.\\p{L}){0,2}\\.?(?![\\p{L}\\p{M}0-9]))",
        "    (?!x)",
    ),  # 66
    (V, '    "څلرنۍ": 4,\n', ""),  # 67
    (V, '        "سېپتمبر": 9,\n', ""),  # 68
    (
        P,
        "          | (?:{_BL}د{_GP}(?=[\\p{{L}}]))?                  # Pashto «د» (of) before the month\n            {_MONTH}",
        "          | {_MONTH}",
    ),  # 69
    (
        P,
        "        (?!{_GP}[\\p{{L}}])         # and no word right after it",
        "        # and no word right after it",
    ),  # 70
    (V, 'TAJIK_HOUR_WORDS: Final = ("соати",)', 'TAJIK_HOUR_WORDS: Final = ("соатҳо",)'),  # 71
    (
        P,
        "      | (?:{_WEEKDAY})?{_YEAR_FIRST}(?:{_WEEKDAY_AFTER})?      # year first, a weekday too",
        "      | (?:{_WEEKDAY})?{_YEAR_FIRST}      # year first, a weekday too",
    ),  # 72
    # -- fix282 --------------------------------------------------------------------------------
    (
        HT,
        "            n for n in names if len(n.split()) < head_words and f\" {' '.join(n.split())} \" in head",
        "            n for n in names if len(n.split()) < head_words",
    ),  # 73
    (CH, '    "Сомонаи",\n', ""),  # 74
    (T, "DASHED_NAME_PARTS = 3", "DASHED_NAME_PARTS = 2"),  # 75
    (
        T,
        '        and not any(mark in text for mark in ":،,؛")\n        and _verb_end(line) == ""\n',
        '        and not any(mark in text for mark in ":،,؛")\n',
    ),  # 76
    (
        A,
        "        and all(state.lines[at].chrome for at in range(title.index))\n    ):\n        # «دام زند",
        "    ):\n        # «دام زند",
    ),  # 77
    # -- fix283 --------------------------------------------------------------------------------
    (
        T,
        "        index + 1 == stop < len(lines) and lines[stop].paragraph and _unit_source_line(lines[index])",
        "        index + 1 == stop < len(lines) and _unit_source_line(lines[index])",
    ),  # 78
    (
        A,
        "            elif lines[below].paragraph and state.title_doubt is None:",
        "            elif False:",
    ),  # 79
    (
        T,
        '_CRUMB_YEAR = regex.compile(r"^(?:1[34]|19|20)[0-9]{2}$")',
        '_CRUMB_YEAR = regex.compile(r"^[0-9]+$")',
    ),  # 80
    (
        H,
        r'    r"^[\x20\u200c]*(?:[-+\u2212][\x20\u200c]?)?[0-9]{1,3}',
        r'    r"^[\x20\u200c]*(?:[-+\u2212])?[0-9]{1,3}',
    ),  # 81
    (CA, "        not _in_spans(date_spans, line.start + found.start())", "        True"),  # 82
    (
        HT,
        "            and text[label.end() :].strip()\n        ):",
        "            and text[label.end() :].split() == archive_heading.split()\n        ):",
    ),  # 83
    (T, "STARRED_HEMISTICH_WORDS = 3", "STARRED_HEMISTICH_WORDS = 4"),  # 84
    # -- speed53, 4047f389, 9ac84c26 -----------------------------------------------------------
    (
        L,
        "            return undated._replace(date=verdict_date(self.norm))",
        "            return undated",
    ),  # 85
    (
        L,
        "            if info.date is not None and info.date.string == line.norm:",
        "            if info.date is not None:",
    ),  # 86
    (
        CH,
        "        if line.words > 3:\n            continue",
        "        if line.words > 4:\n            continue",
    ),  # 87
    (
        L,
        "                ) or (text[0].isdigit() and (cut_at := _gapped_date_cut(text)) is not None):",
        "                ) or ((cut_at := _gapped_date_cut(text)) is not None):",
    ),  # 88
]
TESTS = [
    "tests/test_fix275.py",
    "tests/test_fix276.py",
    "tests/test_fix277.py",
    "tests/test_fix278.py",
    "tests/test_fix279.py",
    "tests/test_fix280.py",
    "tests/test_fix280_more.py",
    "tests/test_fix282.py",
    "tests/test_fix283.py",
    "tests/test_speed53.py",
    "tests/adversarial/test_attacks79.py",
    "tests/test_mut53.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
