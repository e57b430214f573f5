"""Hand-written mutants of the rules added on 2026-12-03: each must make a test fail.

The rules of branches fix19-fix25, attack12, attack13 and peers12 (CHANGELOG.md, the
unreleased section): in src/jalali_meta/_article.py the slug that disowns the headline, a
field's label above the title, the epigraph first line and the news lead that clears it, a
list's first item printed again, a shared dateline, a dated twin, the <title>'s rival, a
headline's noted first print, the headed block, the glued breadcrumb and the headline glued
to its lead, the month the page prints of a dated address, the date line inside the
address's month, the lone table cell, the footer list's dates, the lead's «today»; in
_sources.py the dated address's day, the Jalali day archive, the year-like ID, DLE's news
ID and SPIP's item; in _evidence.py ``today_days`` and ``glued_breadcrumb_starts``; in
_html.py hAtom's published time and the list's name from <title>; in _header.py the bare
count after a date and the Arabic date line; the zone abbreviations read and unread.

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) and the test files below are run against the copy with ``-x``. Run from the
repository root::

    python benchmarks/hand_mutants_today.py            # about 10 minutes; "N/73 killed"
    python benchmarks/hand_mutants_today.py 3 17       # only mutants 3 and 17
    python benchmarks/hand_mutants_today.py --tests tests/test_loose_ends.py

(docs/reliability.md, "The eleventh round: today's rules under mutation", gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, S, E, H, R, V, D = (
    "_article.py",
    "_sources.py",
    "_evidence.py",
    "_html.py",
    "_header.py",
    "_vocab.py",
    "_dates.py",
)
# (module, text in the source, what the mutant puts in its place); each text occurs once.
MUTANTS = [
    # -- _article.py: the slug that disowns the headline (_slug_disowns) ---------------------
    (
        A,
        "    if slug is None or address.slug_words < SLUG_HEADLINE_WORDS:\n        return False\n    words",
        "    if slug is None:\n        return False\n    words",
    ),  # 0
    (A, "SLUG_HEADLINE_WORDS = 4", "SLUG_HEADLINE_WORDS = 5"),  # 1
    (
        A,
        '    if not words or any(word.replace(" ", "") in slug for word in words):',
        "    if not words:",
    ),  # 2
    (A, "    return not any(_slug_spells(line, slug) for line in lines)", "    return True"),  # 3
    (A, "        and _slug_disowns(lines, title, address)", "        and False"),  # 4
    # -- a field's label above the title (_field_label_above) ---------------------------------
    (
        A,
        "    if index > 0 and _squash(lines[index - 1].norm) in _FIELD_LABELS:\n        return index - 1",
        "    if False:\n        return index - 1",
    ),  # 5
    (
        A,
        "        state.title_doubt = (_FIELD_VALUE, label - 1 if label > 0 else None)",
        "        state.title_doubt = (_FIELD_VALUE, None)",
    ),  # 6
    # -- the epigraph first line (_epigraph_first, _NEWS_LEAD) --------------------------------
    (
        A,
        "        anchor == title + 1\n        and all(at in outside for at in range(title))",
        "        anchor == title + 1",
    ),  # 7
    (
        A,
        '        and text.count("«") == 1\n        and "،" in text',
        '        and "،" in text',
    ),  # 8
    (A, '        and "،" in text\n        and _NEWS_LEAD', "        and _NEWS_LEAD"),  # 9
    (A, "        and _NEWS_LEAD.match(lines[anchor].norm) is None\n", "\n"),  # 10
    (
        A,
        '    r"[\\x20\\u200c]*(?:به[\\x20\\u200c]+گزارش[\\x20\\u200c]"\n    r"|',
        '    r"[\\x20\\u200c]*(?:"\n    r"',
    ),  # 11
    (A, "        and _epigraph_first(lines, title, anchor, outside)", "        and False"),  # 12
    # -- a list's first item printed again (_item_printed_again) ------------------------------
    (
        A,
        "    if anchor != title + 1 or not lines[anchor].paragraph:\n        return False\n    key, lead",
        "    if anchor != title + 1:\n        return False\n    key, lead",
    ),  # 13
    (
        A,
        "        return lines[at + 1].key == lead and any(\n            _item_follows(lines, index) for index in range(anchor, at - 1)\n        )",
        "        return lines[at + 1].key == lead",
    ),  # 14
    (A, "    if _item_printed_again(lines, title, anchor, outside):", "    if False:"),  # 15
    # -- a shared dateline (_dateline_shared) --------------------------------------------------
    (A, "        or line.words > DATELINE_WORDS\n", "\n"),  # 16
    (A, '        or not line.text.rstrip().endswith(":")\n', "\n"),  # 17
    (A, "            and head.key != key\n", "\n"),  # 18
    (
        A,
        "            and 3 <= head.words <= HEADLINE_MAX_WORDS\n            and head.text[-1] not in _KICKER_ENDS",
        "            and head.text[-1] not in _KICKER_ENDS",
    ),  # 19
    (A, "    if _dateline_shared(lines, title, outside):", "    if False:"),  # 20
    (A, "DATELINE_WORDS = 6", "DATELINE_WORDS = 1"),  # 21
    # -- a dated twin (_dated_twin) -------------------------------------------------------------
    (
        A,
        '    return above.startswith(head) and bool(rest) and classify(rest).kind == "date"',
        "    return above.startswith(head) and bool(rest)",
    ),  # 22
    (
        A,
        "    dated_twin = title > 0 and _dated_twin(lines, title - 1)",
        "    dated_twin = False",
    ),  # 23
    # -- the <title>'s rival (_title_tag_rival) -------------------------------------------------
    (
        A,
        "    if key not in tag or key in other:\n        return None",
        "    if key not in tag:\n        return None",
    ),  # 24
    (
        A,
        "        return None  # printed once, or its copies apart",
        "        pass  # printed once, or its copies apart",
    ),  # 25
    (
        A,
        "    if rival is None or rival[0] <= mine:",
        "    if rival is None or rival[0] < mine:",
    ),  # 26
    (
        A,
        "            mine = max(mine, value - HINT_BONUS)",
        "            mine = max(mine, value)",
    ),  # 27
    # -- a headline's noted first print (_noted_print) ------------------------------------------
    (
        A,
        '    if not text.endswith(")") or first.info.kind != "text" or second.words < 3:',
        '    if not text.endswith(")") or first.info.kind != "text":',
    ),  # 28
    (A, "NOTE_MAX_WORDS = 6", "NOTE_MAX_WORDS = 1"),  # 29
    (A, "                or _noted_print(line, lines[index])", "                or False"),  # 30
    # -- the headed block (_headed_block) -------------------------------------------------------
    (
        A,
        '        lines[dated].info.kind in ("date", "mixed")\n        and not lines[headline].paragraph',
        "        not lines[headline].paragraph",
    ),  # 31
    (
        A,
        "            found >= 2 and _headed_block(lines, found - 2, found - 1)\n",
        "            False\n",
    ),  # 32
    # -- the glued breadcrumb (_glued_breadcrumb_title, glued_breadcrumb_starts) -------------------
    (
        A,
        "        if _slug_spells_norm(line.norm, slug):\n            return False",
        "        if False:\n            return False",
    ),  # 33
    (A, "        if chosen and state.title_doubt is None:", "        if False:"),  # 34
    (
        A,
        '    if index > 0 or line.words > HEADLINE_MAX_WORDS or line.text[-1] == ".":',
        "    if index > 0 or line.words > HEADLINE_MAX_WORDS:",
    ),  # 35
    (
        E,
        '    if len(words) <= skip or words[skip].group().strip("\\u200c") in _HOME_INSTITUTIONS:',
        "    if len(words) <= skip:",
    ),  # 36
    (
        E,
        "            sure = (count > skip + 1 or listing) and not doubtful",
        "            sure = (count > skip + 1) and not doubtful",
    ),  # 37
    (
        E,
        "            listing = section in _LISTING_SECTIONS and not is_chrome_line(longer)",
        "            listing = section in _LISTING_SECTIONS",
    ),  # 38
    (E, "GLUED_HEADLINE_WORDS = 3", "GLUED_HEADLINE_WORDS = 9"),  # 39
    (
        A,
        "        and _glued_breadcrumb_title(state, title, address.slug, chosen=True)",
        "        and False",
    ),  # 40
    # -- the headline glued to its lead (_slug_glued_headline_end) ---------------------------------
    (
        A,
        "            and len(rest) > SLUG_DROPPED_LETTERS  # a word's end",
        "            and len(rest) > 0  # a word's end",
    ),  # 41
    (
        A,
        "            if not rest:\n                return None\n            continue",
        "            continue",
    ),  # 42
    (A, "        state.title_doubt = (_GLUED_LEAD_DOUBT, None)", "        pass"),  # 43
    (
        A,
        "        and address.slug_words >= SLUG_HEADLINE_WORDS\n        and (glued_end",
        "        and (glued_end",
    ),  # 44
    # -- dated addresses: the month printed (_prints_month_of, url_day), in the month --------------
    (
        A,
        "            if (int(found.group(2)), month) != wanted:\n                return False",
        "            if False:\n                return False",
    ),  # 45
    (
        A,
        "            return False  # a full date printed: the page's own",
        "            pass  # a full date printed: the page's own",
    ),  # 46
    (S, "    if found is None or found.group(4).isdigit():", "    if found is None:"),  # 47
    (
        A,
        "    if len(days) != 1:\n        return None\n    return resolve_date",
        "    if not days:\n        return None\n    return resolve_date",
    ),  # 48
    (
        A,
        '        published = _date_line_in_url_month(state, by_field["published"])',
        "        published = None",
    ),  # 49
    (
        S,
        '_URL_JALALI_DAY_ARCHIVE = re.compile(r"/1[34][0-9]{2}/[01]?[0-9]/[0-3]?[0-9]/?\\Z")',
        '_URL_JALALI_DAY_ARCHIVE = re.compile(r"/1[34][0-9]{2}/[01]?[0-9]/[0-3]?[0-9]/?")',
    ),  # 50
    # -- the lone cell, the footer list, the lead's today ------------------------------------------
    (
        A,
        '    before, after = norm[: match.start()], norm[match.end() :]\n    return "|" in before and not',
        "    before, after = norm[: match.start()], norm[match.end() :]\n    return True or not",
    ),  # 51
    (
        A,
        '        if zone == "footer" and state.footer_list is not None and index > state.footer_list:',
        "        if False:",
    ),  # 52
    (
        A,
        "    if state.today_days and not any(_today_or_eve(stamp, day) for day in state.today_days):",
        "    if False:",
    ),  # 53
    (
        A,
        "    days = [stamp.gregorian, stamp.gregorian - timedelta(days=1)]",
        "    days = [stamp.gregorian]",
    ),  # 54
    (A, "TODAY_PARAGRAPHS = 3", "TODAY_PARAGRAPHS = 1"),  # 55
    (E, "        if month is not None and 1 <= day <= 31:", "        if month is not None:"),  # 56
    # -- _sources.py: the year-like ID, DLE, SPIP ---------------------------------------------------
    (
        S,
        "        and _segment_name(segments[-2]) in _COLLECTION_SEGMENTS\n    ):\n        return segments[-1]",
        "    ):\n        return segments[-1]",
    ),  # 57
    (
        A,
        "    state.url_year_like = url_year_like_id(url) == number",
        "    state.url_year_like = url_year_like_id(url) is not None",
    ),  # 58
    (S, "        and _SECTION_FOLDER.fullmatch(segments[at - 1]) is not None\n", "\n"),  # 59
    (
        S,
        "        and _YEAR_LIKE.fullmatch(digits) is None\n    )\n\n\ndef _slug_before",
        "    )\n\n\ndef _slug_before",
    ),  # 60
    (
        S,
        '_DLE_NEWS = re.compile(r"([1-9][0-9]{2,19})-',
        '_DLE_NEWS = re.compile(r"([1-9][0-9]{1,19})-',
    ),  # 61
    (
        S,
        "    if spip is not None and _YEAR_LIKE.fullmatch(spip.group(2)) is None:",
        "    if spip is not None:",
    ),  # 62
    (
        S,
        '_SPIP_ITEM = re.compile(r"(article|breve)([1-9][0-9]{0,9})',
        '_SPIP_ITEM = re.compile(r"(article|breve|rubrique)([1-9][0-9]{0,9})',
    ),  # 63
    # -- _html.py: hAtom's abbr, the list's name from <title> -------------------------------------
    (
        H,
        '    return "published" in classes and bool((attributes.get("title") or "").strip())',
        '    return "published" in classes or "updated" in classes',
    ),  # 64
    (
        H,
        '    titles = _listing_titles(titles, url or canonical or _first(meta, "og:url"))',
        "    titles = titles",
    ),  # 65
    # -- _header.py: the bare count after a date, the Arabic date line ------------------------------
    (
        R,
        '        and not match.captures("H")\n        and _BARE_COUNT',
        "        and _BARE_COUNT",
    ),  # 66
    (
        R,
        '_BARE_COUNT = re.compile(r"[1-9][0-9]{0,6}")',
        '_BARE_COUNT = re.compile(r"[0-9]{1,7}")',
    ),  # 67
    (R, "    return HIJRI_DATE.search(rest) is None", "    return True"),  # 68
    (
        R,
        '    if date is None or "/" not in (date.group("mj") or ""):',
        "    if date is None:",
    ),  # 69
    # -- the zone abbreviations, read and unread ------------------------------------------------------
    (
        V,
        'ZONE_ABBREVIATIONS: Final = {"PDT": -7 * 60, "MDT": -6 * 60, "EDT": -4 * 60}',
        'ZONE_ABBREVIATIONS: Final = {"PDT": -7 * 60, "MDT": -7 * 60, "EDT": -4 * 60}',
    ),  # 70
    (D, '                "zone-unread",', '                "zone-offset",'),  # 71
    (D, "        time = None\n    if time is None:", "        pass\n    if time is None:"),  # 72
]
# Survivors of the first run (46/73 killed) and what became of them (docs/reliability.md,
# "The eleventh round"): tests/test_today_rules.py kills 1, 3, 7, 8, 17, 18, 38, 41, 44, 56,
# 68, 69 and 70. Equivalent:
#   13  the body's anchor is always a paragraph (_anchor_from, _headed_paragraph_below and
#       _header_block_below return paragraphs only), so ``not lines[anchor].paragraph`` in
#       _item_printed_again never holds.
#   42  once the slug is used up (``rest == ""``) no later word can match it nor hold its end
#       (``len(rest) > SLUG_DROPPED_LETTERS`` fails), so the loop returns None either way.
#   6   the line over a field's label is the rival only when no title is printed
#       (_assemble's «no title: ...» warning); the rule fires on a printed title, so the
#       rival is never read.
#   58  url_year_like_id's number is the last segment, the one url_number takes after a
#       collection's segment; they differ only when url_number reads none and the named
#       number fills in, not met in any test page (left, not proved).
# Left surviving (no test written in this round's time box; see docs/reliability.md): 14, 16,
# 19, 22, 23, 24, 26, 28, 35, 46.
TESTS = [
    "tests/test_blind17_fields.py",
    "tests/test_blind17_titles.py",
    "tests/test_blind19_fields.py",
    "tests/test_blind19_titles.py",
    "tests/test_text_alone_lists.py",
    "tests/test_loose_ends.py",
    "tests/test_glued_crumbs.py",
    "tests/adversarial/test_attacks12.py",
    "tests/adversarial/test_attacks13.py",
    "tests/test_today_rules.py",  # (this round's tests of the survivors)
    "tests/test_pages.py",
]


def main(argv: list[str] | None = None) -> int:
    return cli(__doc__, MUTANTS, TESTS, argv)


if __name__ == "__main__":
    sys.exit(main())
