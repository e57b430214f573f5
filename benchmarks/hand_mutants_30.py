"""Hand-written mutants of fix115, fix116, fix117, fix118, fix120 and speed35's prefilters.

The rules merged since the twenty-ninth round: fix115 (a one-sentence title of twelve words
or more ending in a full stop after its verb, printed once and named by no other source, is
warned, ``_title._lone_sentence_title``; a date closing a Latin slug printed as a line is no
date line, ``_header._in_slug``), fix116 (a related box's heading stops the count of a list's
IDs, ``_listing._related_heading_between``; a two-digit-year date sees its whole clock,
``_header._short_date_end``, and keeps its day with time-unread before a one-digit minute,
``_reading._unpadded_minute``, ``_short_time_unread``, ``_weekday_fits``; a headline closing a
block of rhyming verse under a one-word name is doubted, ``_title._verse_under_its_name``),
fix117 (``/show/news/ID/category.html`` is an item's view, ``_sources.item_view_word``; the
headline under «SITE / lead», ``_title._headline_under_site_lead``; the first print past a
verbless kicker, ``_title._kicker_between``; a <title> tail after a slash,
``_title._title_tail``; ``.az`` hosts on Baku's clock), fix118 (a dash-led run of other
headlines on top, ``_listing._bulleted_run_on_top``; other headlines under a headline printed
twice, ``_listing._other_headlines_under_copies``; «SECTION / HEADLINE»,
``_title._section_slash_headline``), fix120 (``**`` section lines,
``_title._strong_section_title``; a form's value, ``_title._form_value_title``) and speed35's
C tests before patterns (registered in ``testing.PREFILTERS``).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``. The runner takes the tests from the tree it is run from: the
"before" count is the run from the commit that added this file, before any new test. Run
from the repository root::

    python benchmarks/hand_mutants_30.py            # "N/M killed"
    python benchmarks/hand_mutants_30.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The thirtieth round: fix115-fix120 and speed35 under mutation", gives
the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, C, S = "_article.py", "_title.py", "_chrome.py", "_sources.py"
E, H, LI, R = "_evidence.py", "_header.py", "_listing.py", "_reading.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix115: the lone one-sentence title; the Latin slug's date ---------------------------
    (T, "ONE_SENTENCE_TITLE_WORDS = 12", "ONE_SENTENCE_TITLE_WORDS = 13"),  # 0
    (
        T,
        "    return slug is None or not _slug_spells_norm(line.norm, slug)",
        "    return True",
    ),  # 1
    (
        A,
        "            and doc.count(title_text) == 1\n            and not _agreeing_sources(title, hints.titles)\n",
        "            and not _agreeing_sources(title, hints.titles)\n",
    ),  # 2
    (
        A,
        "            and doc.count(title_text) == 1\n            and not _agreeing_sources(title, hints.titles)\n",
        "            and doc.count(title_text) == 1\n",
    ),  # 3
    (
        T,
        '    for mark in (". ", "./", "!", "؟", "?", "؛"):  # (a plain loop: one sentence only)',
        '    for mark in (". ", "./"):  # (a plain loop: one sentence only)',
    ),  # 4
    (
        T,
        '    if not text.endswith(".") or text.endswith(".."):\n        return False\n    body = text[:-1]',
        '    if not text.endswith("."):\n        return False\n    body = text[:-1]',
    ),  # 5
    (
        H,
        "    return len(token) > 4 and _SLUG_RUN.fullmatch",
        "    return len(token) > 40 and _SLUG_RUN.fullmatch",
    ),  # 6
    (
        H,
        '_SLUG_RUN = regex.compile(r"(?:[A-Za-z][A-Za-z0-9]*[\\-_]){2,}")',
        '_SLUG_RUN = regex.compile(r"(?:[A-Za-z][A-Za-z0-9]*[\\-_]){1,}")',
    ),  # 7
    (
        H,
        '    if norm[match.start() - 1 : match.start()] in ("-", "_") and _in_slug(norm, match.start()):',
        '    if norm[match.start() - 1 : match.start()] in ("_",) and _in_slug(norm, match.start()):',
    ),  # 8
    # -- fix116: the related box's heading; the two-digit-year clock; the verse title ---------
    (
        LI,
        "            return not _related_heading_between(state.lines, lead, index, outside)",
        "            return True",
    ),  # 9
    (LI, "RELATED_HEADING_MAX_CHARS = 40", "RELATED_HEADING_MAX_CHARS = 4"),  # 10
    (
        H,
        '    if short.group("tail") is not None:\n        return end\n    bad',
        "    if True:\n        return end\n    bad",
    ),  # 11
    (
        R,
        '    return len(hour) <= 2 and not (after.isdigit() or after == ":")',
        "    return len(hour) <= 2",
    ),  # 12
    (
        R,
        "    if bad is None or not _unpadded_minute(bad):\n        return\n",
        "    if True:\n        return\n",
    ),  # 13
    (R, "        if tail and _weekday_fits(day_text, printed):", "        if False:"),  # 14
    (
        R,
        "    return (day.gregorian.weekday() + 2) % 7 == printed",
        "    return (day.gregorian.weekday() + 1) % 7 == printed",
    ),  # 15
    (T, "    if max(block) > VERSE_LENGTH_RATIO * min(block):\n        return None\n", ""),  # 16
    (
        T,
        "    if not _verses_rhyme(lines[title - 1].norm, lines[title].norm):",
        "    if False:",
    ),  # 17
    (T, "VERSE_RHYME_LETTERS = 2", "VERSE_RHYME_LETTERS = 3"),  # 18
    (
        T,
        "    if name in outside or lines[name].words != 1 or any(",
        "    if name in outside or lines[name].words > 2 or any(",
    ),  # 19
    # -- fix117: the item's view word; «SITE / lead»; the kicker; the <title> tail; Baku ------
    (S, "        and _YEAR_LIKE.fullmatch(segments[at - 1]) is None\n", ""),  # 20
    (S, "        and _segment_name(segments[at - 2]) in _ITEM_SEGMENTS\n", ""),  # 21
    (LI, "        and not item_view_word(segments, at)\n", ""),  # 22
    (S, '".az": "Asia/Baku"', '".az": "Asia/Tehran"'),  # 23
    (
        T,
        "        if anchor is not None and (led := _headline_under_site_lead(lines, anchor, outside)):",
        "        if False:",
    ),  # 24
    (T, "SITE_LEAD_HEADER_LINES = 4", "SITE_LEAD_HEADER_LINES = 0"),  # 25
    (T, '        or headline.text.count(" / ") > 1\n', ""),  # 26
    (T, "            and not _kicker_between(lines, earlier, index)\n", ""),  # 27
    (
        T,
        "        and upper.words > lines[index].words\n",
        "        and upper.words >= lines[index].words\n",
    ),  # 28
    (T, "        if _title_tail(rest[: sentence.start()]):", "        if False:"),  # 29
    (T, "TITLE_TAIL_MIN_WORDS = 3", "TITLE_TAIL_MIN_WORDS = 9"),  # 30
    # -- fix118: the dash-led run; other headlines under copies; «SECTION / HEADLINE» ---------
    (A, "    outside |= _bulleted_run_on_top(lines, outside)\n", ""),  # 31
    (LI, "BULLETED_RUN = 3", "BULLETED_RUN = 2"),  # 32
    (
        LI,
        "                if lines[copy].key == line.key:\n                    return set(range(start, end))",
        "                if True:\n                    return set(range(start, end))",
    ),  # 33
    (LI, "OTHER_HEADLINES = 3", "OTHER_HEADLINES = 4"),  # 34
    (LI, "            or words & _content_words(line)\n", ""),  # 35
    (
        LI,
        "    elif title > 0 and lines[title - 1].key == lines[title].key:\n        below = title + 1\n",
        "",
    ),  # 36
    (
        A,
        "            title += 1  # «SECTION / HEADLINE» over «HEADLINE»: the headline alone",
        "            pass",
    ),  # 37
    (T, "SECTION_BEFORE_SLASH_WORDS = 4", "SECTION_BEFORE_SLASH_WORDS = 0"),  # 38
    (T, "        and _squash(norm[cut + 1 :]) == lines[below].key\n", ""),  # 39
    # -- fix120: the ** section lines; a form's value -----------------------------------------
    (T, "STRONG_SECTIONS = 2", "STRONG_SECTIONS = 3"),  # 40
    (
        T,
        "            return article  # a strong line over a paragraph: not a list's sections",
        "            continue",
    ),  # 41
    (
        T,
        "        article = _form_value_title(_strong_section_title(article, text), text)",
        "        article = _form_value_title(article, text)",
    ),  # 42 (fix194: in _title.title_doubts)
    (T, "FORM_LABELS = 3", "FORM_LABELS = 4"),  # 43
    (T, '        or _squash(above.rstrip(": ")) in _TITLE_FORM_LABELS\n', ""),  # 44
    # -- speed35: the C tests before the patterns ---------------------------------------------
    (
        H,
        '    return "/" in norm or "-" in norm or "." in norm',
        '    return "/" in norm or "-" in norm',
    ),  # 45
    (
        H,
        "    return norm[:1].isalpha()",
        "    return norm[:1].isalpha() and norm[1:2].isalpha()",
    ),  # 46
    (
        H,
        '    return "/" not in norm and not norm.isdigit() and _HAS_DIGIT',
        '    return "/" not in norm and _HAS_DIGIT',
    ),  # 47
    (
        LI,
        '_FORUM_TOPIC_NEEDLES = ("موضوع", "نسخه", "v", "V")',
        '_FORUM_TOPIC_NEEDLES = ("موضوع", "نسخه", "v")',
    ),  # 48
    (R, '_LONE_NUMBER_LEAD = " \\u200c-،,|/"', '_LONE_NUMBER_LEAD = " \\u200c-،,|"'),  # 49
]
TESTS = [
    "tests/test_fix115.py",
    "tests/test_fix116.py",
    "tests/test_fix117.py",
    "tests/test_fix118.py",
    "tests/test_fix120.py",
    "tests/test_prefilters.py",
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
