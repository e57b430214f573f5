"""Hand-written mutants of fix246-fix254 and the lead's two mends, the rules with no mutation round
yet.

fix246 (Joomla's Jalali alias, the Kowsarblog signature's tool row and feed sentence, ParsiBlog's
«ارسال شده» signature, a page's name printed twice over its heading), fix247 («:::», ``/date/``,
a headline run into «به گزارش», the slug-then-ID rule, the greeting), fix248 (the copyright
name, Blogfa's unlabelled footer, the masnavi, the poem's title, the slug-spelt line, the
counters), fix249 (the reprinted letter's date, Blogfa's ``/?p=N``, ``_title._qualified_twice``),
fix250 (the day archive's excerpt, the home breadcrumb's doubt, the cut sentences), fix251 (the
lead-in colon over a list, the served day past footer notices, «نوشته شده توسط», the glued
«عنوان»'s stems and endings, the like-words before «today»), fix252 (the Arabic meridiem, the
invisible marks beside a separator, «Amo»), fix253 (a), (b), (d), (f), (g), (i), (k), fix254
(value first, label last) and the lead's ``copyright_names`` prefilter and
``_patterns.SECTION_LABEL_NAME_TEXT``.

Each mutant (flip a comparison, drop a condition, change a constant by one, remove a word or a
call) is applied to a copy of src/ in a temporary directory (the working tree is never
edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`, those that exist)
are run against the copy with ``-x``. The runner takes the tests from the tree it is run
from: the "before" count is the run from a ``git archive`` of the commit that added this
file, before any new test. Run from the repository root::

    python benchmarks/hand_mutants_50.py            # "N/M killed"
    python benchmarks/hand_mutants_50.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The fiftieth round: fix246-fix254 under mutation", gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, CH, S = "_article.py", "_title.py", "_listing.py", "_chrome.py", "_sources.py"
V, H, MD, E, CA = "_vocab.py", "_header.py", "_markdown.py", "_evidence.py", "_candidates.py"
P = "_patterns.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix246 --------------------------------------------------------------------------------
    (S, 'r"[0-9]+-((?:19|20|13|14)[0-9]{2})-', 'r"[0-9]+-((?:19|20|13)[0-9]{2})-'),  # 0
    (S, '    jalali = year[:2] in ("13", "14")', '    jalali = year[:2] in ("13",)'),  # 1
    (
        S,
        '    found = _URL_JOOMLA_ALIAS.fullmatch(_URL_EXTENSION.sub("", segments[-1])) if segments else None',
        "    found = _URL_JOOMLA_ALIAS.fullmatch(segments[-1]) if segments else None",
    ),  # 2
    (
        S,
        '    r"([0-9]{1,20})-(?:19|20|13|14)[0-9]{2}-',
        '    r"([0-9]{1,20})-(?:19|20)[0-9]{2}-',
    ),  # 3
    (
        H,
        "    if timed and head and (row := _SIGNATURE_TOOL_ROW.match(head)) is not None:",
        "    if False and head and (row := _SIGNATURE_TOOL_ROW.match(head)) is not None:",
    ),  # 4
    (
        H,
        "    if timed and tail and _SIGNATURE_FEED.match(tail) is not None:",
        "    if tail and _SIGNATURE_FEED.match(tail) is not None:",
    ),  # 5
    (
        H,
        '    r"(?:[\\x20\\u200c]+[^\\x20\\u200c|]+){0,6}[\\x20\\u200c.|]*$",',
        '    r"(?:[\\x20\\u200c]+[^\\x20\\u200c|]+){0,1}[\\x20\\u200c.|]*$",',
    ),  # 6
    (
        H,
        '        and (timed or signed.group("sent") is None)\n',
        "",
    ),  # 7
    (
        H,
        '    if short is None or short.group("tail") is None:\n        return None\n    end = _short_date_end',
        "    if short is None:\n        return None\n    end = _short_date_end",
    ),  # 8
    (
        H,
        "        if short is None and (signed := _signed_short_date(norm)) is not None:",
        "        if short is None and (signed := None) is not None:",
    ),  # 9
    (T, "NAME_CRUMB_LINES = 2", "NAME_CRUMB_LINES = 1"),  # 10
    (T, "NAME_CRUMB_WORDS = 3", "NAME_CRUMB_WORDS = 2"),  # 11
    (T, "PAGE_NAME_WORDS = 4", "PAGE_NAME_WORDS = 3"),  # 12
    (
        A,
        "        and not (address.slug is not None and _slug_spells(lines[title], address.slug))\n",
        "",
    ),  # 13
    (
        T,
        "        or any(character.isdigit() for character in name.norm)\n    ):",
        "    ):",
    ),  # 14
    # -- fix247 --------------------------------------------------------------------------------
    (LI, "        and any(char.isalpha() for char in line.text)\n", ""),  # 15
    (
        LI,
        '_ARCHIVE_DATE = re.compile(r"(?:1[34]|19|20)[0-9]{2}(?:(?:/[0-9]{1,2}){0,2}|(?:-[0-9]{1,2}){1,2})")',
        '_ARCHIVE_DATE = re.compile(r"(?:1[34]|19|20)[0-9]{2}(?:(?:/[0-9]{1,2}){0,2}|(?:-[0-9]{1,2}){2})")',
    ),  # 16
    (T, '        or head[-1] in "،,:;؛"\n', ""),  # 17
    (
        T,
        '_WIDE_GAP = re.compile(r"[\\x20\\u00a0]{2,}")',
        '_WIDE_GAP = re.compile(r"[\\x20\\u00a0]{1,}")',
    ),  # 18
    (S, "_SLUG_POST_ID_DIGITS = 3", "_SLUG_POST_ID_DIGITS = 2"),  # 19
    (
        S,
        '_ARCHIVE_SLUG_WORDS = frozenset({"archive", "archives", "آرشیو", "بایگانی"})',
        '_ARCHIVE_SLUG_WORDS = frozenset({"archive", "archives", "آرشیو"})',
    ),  # 20
    (S, "            or _post_id_after_slug(segments, at, digits)\n", ""),  # 21
    (S, "_COUNT_SLUG_WORDS = 3", "_COUNT_SLUG_WORDS = 2"),  # 22
    (
        S,
        '    r"(?:[^\\W_]|-)*[a-z](8[0-9]|9[0-9])-(0?[1-9]|1[0-2])-(0?[1-9]|[12][0-9]|3[01])",',
        '    r"(?:[^\\W_]|-)*[a-z](9[0-9])-(0?[1-9]|1[0-2])-(0?[1-9]|[12][0-9]|3[01])",',
    ),  # 23
    (
        CH,
        "    if len(words) >= 3 and words[0] not in _GREETING_READERS:",
        "    if False:",
    ),  # 24
    (
        CH,
        '            name = joined[:-1] if joined.endswith("ی") else joined',
        "            name = joined",
    ),  # 25
    # -- fix248 --------------------------------------------------------------------------------
    (T, "POST_OPENING_WORDS = 4", "POST_OPENING_WORDS = 5"),  # 26
    (
        T,
        "    if below >= len(lines) or lines[below].key != lines[first].key:\n        return None  # (a name",
        "    if below >= len(lines):\n        return None  # (a name",
    ),  # 27
    (
        T,
        '        and motto.text.rstrip()[-1:] in (".", "!")\n',
        '        and motto.text.rstrip()[-1:] in (".",)\n',
    ),  # 28
    (T, "        or headline.key in names\n    ):", "    ):"),  # 29
    (
        T,
        "    named_site = _headline_under_copyright_name(lines, candidates, keys, outside, footer_names)",
        "    named_site = None",
    ),  # 30
    (
        CH,
        "        if rest and any(char.isalpha() for char in rest):\n            names.add(rest)",
        "        if rest:\n            names.add(rest)",
    ),  # 31
    (H, "    if _signed_weekday_footer(norm, match, before, after):", "    if False:"),  # 32
    (
        H,
        '    if not match.captures("MI"):\n        return False\n    if _SIGNED_NAME',
        "    if _SIGNED_NAME",
    ),  # 33
    (
        H,
        '    return not _CLAUSE_WORDS.intersection(norm[after[0] : after[1]].replace("\\u200c", " ").split())',
        "    return True",
    ),  # 34
    (T, "MASNAVI_COUPLETS = 3", "MASNAVI_COUPLETS = 2"),  # 35
    (
        T,
        "        if len(run) > VERSE_LINES and lines[run[0]].key == lines[run[1]].key:",
        "        if False:",
    ),  # 36
    (
        T,
        "        if any(at + step not in verse for step in range(1, VERSE_LINES + 1)):",
        "        if any(at + step not in verse for step in range(1, VERSE_LINES)):",
    ),  # 37
    (
        T,
        "            title.key == first.key or (first.key.startswith(cut) and len(cut) * 2 >= len(first.key))",
        "            title.key == first.key or first.key.startswith(cut)",
    ),  # 38
    (
        T,
        "    if anchor is None and not hinted and slug and not _address(hints.url).listing:",
        "    if False:",
    ),  # 39
    (
        CA,
        "        and all(_BRACKETED_COUNT.fullmatch(lines[i].norm) is not None for i in between)",
        "        and False",
    ),  # 40
    # -- fix249 --------------------------------------------------------------------------------
    (
        A,
        "        and _LETTER_NUMBER_LONG_WORD.search(value) is None\n",
        "",
    ),  # 41
    (
        A,
        "                for at in (line.index - 1, line.index + 1)",
        "                for at in (line.index - 1,)",
    ),  # 42
    (
        A,
        "    ) or platform_front_page(parts.hostname, path, parse_qsl(query, keep_blank_values=True))",
        "    )",
    ),  # 43
    (
        S,
        "    if platform_front_page(parts.hostname, parts.path, query):\n        return None",
        "    if False:\n        return None",
    ),  # 44
    (
        S,
        '    if not host or path not in ("", "/") or len(query) != 1:',
        "    if not host or len(query) != 1:",
    ),  # 45
    (T, "QUALIFIER_MAX_WORDS = 3", "QUALIFIER_MAX_WORDS = 2"),  # 46
    (
        T,
        "    return any(0 <= at < len(lines) and lines[at].key == upper.key for at in (above - 1, above + 1))",
        "    return True",
    ),  # 47
    (
        T,
        "        if upper.words <= line.words or not upper.key.startswith(key):",
        "        if upper.words < line.words + 2 or not upper.key.startswith(key):",
    ),  # 48
    # -- fix250 --------------------------------------------------------------------------------
    (A, "HOME_CRUMB_HEADLINE_REACH = 2", "HOME_CRUMB_HEADLINE_REACH = 1"),  # 49
    (A, "_CRUMB_HEADLINE_WORDS = 4", "_CRUMB_HEADLINE_WORDS = 5"),  # 50
    (E, "HOME_CRUMB_WORDS = 4", "HOME_CRUMB_WORDS = 3"),  # 51
    (A, "CUT_LINE_SENTENCES = 2", "CUT_LINE_SENTENCES = 3"),  # 52
    (A, "CUT_LINE_SENTENCE_WORDS = 3", "CUT_LINE_SENTENCE_WORDS = 4"),  # 53
    (
        A,
        "        and _over_breadcrumb(lines, title, outside)\n",
        "        and False\n",
    ),  # 54
    (
        A,
        '        address.day_archive\n        and title is not None\n        and title_rule in ("headline", "first line")\n        and state.title_doubt is None\n        and _lone_cut_text_under(lines, title, outside)\n',
        "        False\n",
    ),  # 55
    # -- fix251 --------------------------------------------------------------------------------
    (
        T,
        '        if not lines[candidates[0]].chrome and lines[candidates[0]].text[-1] == ":":',
        "        if False:",
    ),  # 56
    (CA, "SERVED_DAY_FOOTER_LINES = 2", "SERVED_DAY_FOOTER_LINES = 1"),  # 57
    (V, '    "طراحی و پشتیبانی",\n', ""),  # 58
    (
        V,
        'POST_SIGNATURE_OPENINGS: Final = ("نوشته شده در", "ارسال شده در", "نوشته شده توسط")',
        'POST_SIGNATURE_OPENINGS: Final = ("نوشته شده در", "ارسال شده در")',
    ),  # 59
    (
        V,
        'TITLE_WORD_ENDINGS: tuple[str, ...] = ("ی", "ها", "های", "هایی", "یها", "یهای", "ان")',
        'TITLE_WORD_ENDINGS: tuple[str, ...] = ("ی", "ها", "های", "هایی", "یها", "یهای")',
    ),  # 60
    (V, '        "شبیه",\n', ""),  # 61
    (
        V,
        '    {"و", "اما", "ولی", "ولیکن", "ва", "вале", "аммо", "и", "а", "но"}',
        '    {"اما", "ولی", "ولیکن", "ва", "вале", "аммо", "и", "а", "но"}',
    ),  # 62
    (
        H,
        "    return bool(phrases) and _CLAUSE_BREAK.search(before, phrases[-1].end()) is None",
        "    return bool(phrases)",
    ),  # 63
    (
        T,
        '        if rule == "h1" and key == whole:\n            continue\n',
        "",
    ),  # 64
    # -- fix252 --------------------------------------------------------------------------------
    (
        V,
        'ARABIC_MERIDIEM: Final = MappingProxyType({"صباحا": "am", "ص": "am", "مساء": "pm", "م": "pm"})',
        'ARABIC_MERIDIEM: Final = MappingProxyType({"صباحا": "am", "ص": "am", "مساء": "pm"})',
    ),  # 65
    (
        P,
        "          | (?![\\x20\\u200c]*+[0-9]++(?![/\\-.:\\\\])))",
        "          | (?![\\x20\\u200c]*+[0-9]++))",
    ),  # 66
    (
        P,
        "    (?<![0-9])(?P<H>[0-9]{{1,2}})(?![0-9]){_GP}(?![مص]{_BR}){_AMPM}{_BR}(?![0-9])",
        "    (?<![0-9])(?P<H>[0-9]{{1,2}})(?![0-9]){_GP}{_AMPM}{_BR}(?![0-9])",
    ),  # 67
    (P, '_SEP_GAP = r"(?:\\x20?\\u200c?|\\u200c\\x20)"', '_SEP_GAP = r"(?:\\x20?)"'),  # 68
    (
        V,
        '("mordad", "mordaad", "amordad", "amordaad", "mor", "amo"),',
        '("mordad", "mordaad", "amordad", "amordaad", "mor"),',
    ),  # 69
    # -- fix253 --------------------------------------------------------------------------------
    (
        LI,
        "    listing = listing or (bool(segments) and segments[-1].lower() == _K2_LIST_VIEW)",
        "    listing = listing",
    ),  # 70
    (
        MD,
        "    if not linked or not all(name in linked for name in words):",
        "    if not linked or len(linked) != len(words):",
    ),  # 71
    (T, "        and subject in line.key\n", ""),  # 72
    (
        T,
        '    if slug is not None and letters and _NOT_LETTERS.sub("", slug) == letters:',
        "    if False:",
    ),  # 73
    (T, '_LEAD_STOPS = frozenset(".…")', '_LEAD_STOPS = frozenset(".")'),  # 74
    (
        H,
        '            and not (_LABEL_FIELD[key] == "updated" and _any_date_at(norm, match.end()))\n',
        "",
    ),  # 75
    (
        T,
        "        (_FIELD_LINE.match(line.norm) is not None and not _list_name_label(line.norm))",
        "        (_FIELD_LINE.match(line.norm) is not None)",
    ),  # 76
    # -- fix254 --------------------------------------------------------------------------------
    (
        H,
        '    if not labels and has_digit and ":" not in norm:\n        labels = _label_last_bare(norm)',
        "    if False:\n        labels = _label_last_bare(norm)",
    ),  # 77
    (
        H,
        '_GLUED_ID_LABEL = regex.compile(r"[0-9]+(?P<label>[^\\s0-9:]+(?:\\x20[^\\s0-9:]+)+)")',
        '_GLUED_ID_LABEL = regex.compile(r"[0-9]+(?P<label>[^\\s0-9:]+(?:\\x20[^\\s0-9:]+)*)")',
    ),  # 78
    (
        H,
        "        if value[0] < value[1] and _date_and_twin(norm, *value):\n"
        "            return [Label(field, (start, end), value, False)]",
        "        if value[0] < value[1]:\n            return [Label(field, (start, end), value, False)]",
    ),  # 79
    # -- the lead's copyright_names prefilter and SECTION_LABEL_NAME_TEXT ----------------------
    (
        CH,
        '            or ("(c)" not in (lowered := text.lower()) and "copyright" not in lowered)',
        '            or ("(c)" not in (lowered := text.lower()))',
    ),  # 80
    (
        P,
        "    for word in sorted(vocab.SECTION_LABEL_WORDS, key=len, reverse=True)\n)",
        "    for word in sorted(vocab.SECTION_LABEL_WORDS, key=len)\n)",
    ),  # 81
]
TESTS = [
    "tests/test_fix246.py",
    "tests/test_fix247.py",
    "tests/test_fix248.py",
    "tests/test_fix249.py",
    "tests/test_fix250.py",
    "tests/test_fix251.py",
    "tests/test_fix252.py",
    "tests/test_fix253.py",
    "tests/test_fix254.py",
    "tests/test_mut49.py",
    "tests/adversarial/test_attacks75.py",
    "tests/test_mut50.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
