"""Hand-written mutants of the newest rules (real12, fix26, fix27, attack14): each must make a test fail.

The rules of CHANGELOG.md's unreleased entries of real12, fix26, fix27 and attack14: in
src/jalali_meta/_article.py the wiki's tagline (``_WIKI_TAGLINE``), a source's name before a
bar (``_source_before_bar``), the visit's clock over an earlier date line (``_banner``,
``_later_than_date_line_under``), a run of tags (``_tag_run``), a title over its question
heading (``_title_over_its_question``), a lone line's tail (``_lone_line_tail``) and the
yearless header date against a body date (``_resolve``); in _header.py the lone issue number
(``_LONE_ISSUE``), ``yearless_date_line`` and the date line with one Latin word after its
time; in _sources.py the .aspx number run, the listicle count before a slug and the
``key``/``keyword(s)`` list segments; in _evidence.py ``glued_breadcrumb_starts`` («Home»,
the sections that also name an institution); in _html.py ``_with_date_before``; in _vocab.py
the chrome phrase «شما اینجا هستید».

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) and the test files below are run against the copy with ``-x``. Run from the
repository root::

    python benchmarks/hand_mutants_newest.py            # about 10 minutes; "N/60 killed"
    python benchmarks/hand_mutants_newest.py 3 17       # only mutants 3 and 17
    python benchmarks/hand_mutants_newest.py --tests tests/test_newest_rules.py

(docs/reliability.md, "The twelfth round: the newest rules under mutation", gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, S, E, H, R, V = (
    "_article.py",
    "_sources.py",
    "_evidence.py",
    "_html.py",
    "_header.py",
    "_vocab.py",
)
# (module, text in the source, what the mutant puts in its place); each text occurs once.
MUTANTS = [
    # -- _article.py: the wiki's tagline (_never_title, _WIKI_TAGLINE) -------------------------
    (
        A,
        '    if norm.startswith("از") and line.words <= WIKI_TAGLINE_WORDS and _WIKI_TAGLINE',
        "    if False and line.words <= WIKI_TAGLINE_WORDS and _WIKI_TAGLINE",
    ),  # 0
    (A, "WIKI_TAGLINE_WORDS = 6", "WIKI_TAGLINE_WORDS = 4"),  # 1
    (
        A,
        '    r"(?!(?:تا|و|به|در|با|را|که|است|نیست|هست|شد|بود|خبری)(?![\\p{L}\\p{M}\\u200c]))"',
        '    r"(?!(?:و|به|در|با|را|که|است|نیست|هست|شد|بود|خبری)(?![\\p{L}\\p{M}\\u200c]))"',
    ),  # 2
    (
        A,
        '    r"(?!(?:تا|و|به|در|با|را|که|است|نیست|هست|شد|بود|خبری)(?![\\p{L}\\p{M}\\u200c]))"',
        '    r"(?!(?:تا|و|به|در|با|را|که|است|هست|شد|بود)(?![\\p{L}\\p{M}\\u200c]))"',
    ),  # 3
    (A, '    + r"){0,3}"', '    + r"){0,2}"'),  # 4
    (
        A,
        '    r"از[\\x20\\u200c]+(?=[^،,]*(?:ویکی|پدیا(?![\\p{L}])))"',
        '    r"از[\\x20\\u200c]+(?=[^،,]*(?:ویکی))"',
    ),  # 5
    # -- a source's name before a bar (_source_before_bar) --------------------------------------
    (A, "SOURCE_BAR_WORDS = 2", "SOURCE_BAR_WORDS = 3"),  # 6
    (A, "SOURCE_BAR_WORDS = 2", "SOURCE_BAR_WORDS = 1"),  # 7
    (A, '        and "|" not in name\n', ""),  # 8
    (A, "        and not any(char.isdigit() for char in name)\n    )", "    )"),  # 9
    (
        A,
        '    if text.rstrip().endswith("|") and _source_before_bar(norm):',
        '    if "|" in text and _source_before_bar(norm):',
    ),  # 10
    # -- the visit's clock over an earlier date line (_banner) ----------------------------------
    (
        A,
        "    if read.stamp.has_time and _later_than_date_line_under(state, read.stamp, index, title):",
        "    if False:",
    ),  # 11
    (
        A,
        "        if other is not None and other.stamp.has_time and before(other.stamp, stamp):",
        "        if other is not None and before(other.stamp, stamp):",
    ),  # 12
    (
        A,
        "        if other is not None and other.stamp.has_time and before(other.stamp, stamp):",
        "        if other is not None and other.stamp.has_time and before(stamp, other.stamp):",
    ),  # 13
    # -- a run of tags (_tag_run) ---------------------------------------------------------------
    (A, "TAG_RUN_WORDS = 2", "TAG_RUN_WORDS = 1"),  # 14
    (A, "TAG_RUN_WORDS = 2", "TAG_RUN_WORDS = 3"),  # 15
    (
        A,
        "            and not _tag_run(line.norm)  # a run of tags",
        "            and True  # a run of tags",
    ),  # 16
    # -- a title over its question heading (_title_over_its_question) ---------------------------
    (
        A,
        "    if asked is not None and key not in hinted and key not in slugs:",
        "    if False:",
    ),  # 17
    (A, "QUESTION_TITLE_WORDS = 2", "QUESTION_TITLE_WORDS = 3"),  # 18
    (A, "QUESTION_TITLE_REACH = 2", "QUESTION_TITLE_REACH = 1"),  # 19
    (
        A,
        "            if wanted <= words and len(words) > len(wanted):",
        "            if wanted & words and len(words) > len(wanted):",
    ),  # 20
    (
        A,
        '            and upper.text[-1] not in (*_KICKER_ENDS, "؟", "?", ".")\n',
        "",
    ),  # 21
    (
        A,
        "        state.title_doubt = (_QUESTION_UNDER_TITLE, index)\n        return asked",
        "        state.title_doubt = None\n        return asked",
    ),  # 22
    (
        A,
        "        if above not in candidates:\n            return None  # a header line",
        "        if above not in candidates:\n            continue  # a header line",
    ),  # 23
    # -- a lone line's tail (_lone_line_tail) ---------------------------------------------------
    (A, "TAIL_HEAD_WORDS = 4", "TAIL_HEAD_WORDS = 5"),  # 24
    (A, "TAIL_HEAD_WORDS = 4", "TAIL_HEAD_WORDS = 3"),  # 25
    (
        A,
        "    if len(lines) != 1:\n        return None\n    norm = lines[index].norm",
        "    norm = lines[index].norm",
    ),  # 26
    (
        A,
        '        (_NEWS_SECTION_TAIL, "its end may be a section\'s name glued on («... اخبار X»)"),\n',
        "",
    ),  # 27
    (
        A,
        '_DASHED_SOURCE = regex.compile(r"\\x20[-–]\\x20*[\\p{L}\\p{M}\\u200c]+(?:\\x20[\\p{L}\\p{M}\\u200c]+)?$")',
        '_DASHED_SOURCE = regex.compile(r"\\x20[-–]\\x20*[\\p{L}\\p{M}\\u200c]+(?:\\x20[\\p{L}\\p{M}\\u200c]+){0,2}$")',
    ),  # 28
    # -- the yearless header date against a body date (_resolve) --------------------------------
    (A, "YEARLESS_REACH = 6", "YEARLESS_REACH = 1"),  # 29
    (
        A,
        '        and published.rule.startswith("footer date line")\n        and not _is_day(',
        "        and not _is_day(",
    ),  # 30
    (
        A,
        "        and not _is_day(published.stamp, yearless[1], yearless[2])\n    ):",
        "    ):",
    ),  # 31
    # -- _header.py: the lone issue, the yearless date line, one Latin word after the time ------
    (
        R,
        '_LONE_ISSUE = regex.compile(r"[\\x20\\u200c]*شماره[\\x20\\u200c]+[0-9]{1,2}[\\x20\\u200c]*")',
        '_LONE_ISSUE = regex.compile(r"[\\x20\\u200c]*شماره[\\x20\\u200c]+[0-9]{1,3}[\\x20\\u200c]*")',
    ),  # 32
    (R, "    if date is None and _LONE_ISSUE.fullmatch(norm):", "    if False:"),  # 33
    (
        R,
        "       (?:\\([\\x20\\u200c]*[0-9]{{1,2}}:[0-9]{{2}}[\\x20\\u200c]*\\)|[0-9]{{1,2}}:[0-9]{{2}}))?",
        "       (?:\\([\\x20\\u200c]*[0-9]{{1,2}}:[0-9]{{2}}[\\x20\\u200c]*\\)))?",
    ),  # 34
    (
        R,
        '    return None if found is None else (int(found.group("d")), squeeze(found.group("mn")))',
        "    return None",
    ),  # 35
    (
        R,
        "    latin = len(tokens) == after_words and all(",
        "    latin = before[0] == before[1] and len(tokens) == after_words and all(",
    ),  # 36 (this round's fix put back; first: ``before[0] == before[1]`` dropped, which survived)
    (
        R,
        "        return match.start(), day_end",
        "        return match.start(), match.end()",
    ),  # 37
    (
        R,
        '_LATIN_TOKEN = regex.compile(r"[A-Za-z][A-Za-z0-9.]{0,29}")',
        '_LATIN_TOKEN = regex.compile(r"[A-Za-z][A-Za-z.]{1,29}")',
    ),  # 38
    (
        R,
        '    if match.end("H") < day_start:',
        '    if match.end("H") < 0:',
    ),  # 39
    # -- _sources.py: the .aspx number run, the listicle count, the list segments ---------------
    (
        S,
        "    if at < len(segments) - 2 or not _ASPX.search(segments[-1]):",
        "    if not _ASPX.search(segments[-1]):",
    ),  # 40
    (
        S,
        "    if at < len(segments) - 2 or not _ASPX.search(segments[-1]):",
        "    if at < len(segments) - 2:",
    ),  # 41
    (
        S,
        "    if run is None or _DATE_CODE.fullmatch(run.group(1)) is not None:",
        "    if run is None:",
    ),  # 42
    (
        S,
        '_NUMBER_RUN = re.compile(r"[0-9]{1,10}(?:-[0-9]{1,10})+-([1-9][0-9]{4,19})")',
        '_NUMBER_RUN = re.compile(r"[0-9]{1,10}(?:-[0-9]{1,10})+-([1-9][0-9]{3,19})")',
    ),  # 43
    (
        S,
        "                return None if before in _CONTAINER_SEGMENTS else run",
        "                return run",
    ),  # 44
    (
        S,
        "            and _COUNT_SLUG.fullmatch(segment) is None\n",
        "",
    ),  # 45
    (
        S,
        '_COUNT_SLUG = re.compile(r"[1-9][0-9]?-[^\\W_]+(?:-[^\\W_]+){2,}")',
        '_COUNT_SLUG = re.compile(r"[1-9][0-9]{0,2}-[^\\W_]+(?:-[^\\W_]+){2,}")',
    ),  # 46
    (
        S,
        '_COUNT_SLUG = re.compile(r"[1-9][0-9]?-[^\\W_]+(?:-[^\\W_]+){2,}")',
        '_COUNT_SLUG = re.compile(r"[1-9][0-9]?-[^\\W_]+(?:-[^\\W_]+){1,}")',
    ),  # 47
    (
        A,
        '        "جستجو", "key", "keyword", "keywords",',
        '        "جستجو", "keyword", "keywords",',
    ),  # 48
    (
        A,
        '        "جستجو", "key", "keyword", "keywords",',
        '        "جستجو", "key", "keyword",',
    ),  # 49
    # -- _evidence.py: the glued breadcrumb's «Home», the sections naming an institution --------
    (E, '_GLUED_HOMES = (*_HOME_CRUMBS, "home")', "_GLUED_HOMES = _HOME_CRUMBS"),  # 50
    (
        E,
        "            sure = (count > skip + 1 or listing) and not doubtful",
        "            sure = count > skip + 1 or listing",
    ),  # 51
    (
        E,
        '    normalize(word) for word in ("فوتبال", "ورزش", "صنعت", "اقتصاد", "احزاب", "کودک")',
        '    normalize(word) for word in ("ورزش", "صنعت", "اقتصاد", "احزاب", "کودک")',
    ),  # 52
    # -- _html.py: the date box before the article's container (_with_date_before) --------------
    (
        H,
        "            return _with_date_before(_with_copy_before(ancestor, heading))",
        "            return _with_copy_before(ancestor, heading)",
    ),  # 53
    (
        H,
        "    if before is None or _outside_node(before) or _site_bar(before) or _names_a_story(before):",
        "    if before is None or _outside_node(before) or _site_bar(before):",
    ),  # 54
    (H, "    if after is not None:\n        return container\n", ""),  # 55
    (H, "    return container if find_dates(head) else parent", "    return parent"),  # 56
    (
        H,
        "    if not box or len(box) > _DATE_BOX_CHARS or not find_dates(box):",
        "    if not box or not find_dates(box):",
    ),  # 57
    (
        H,
        '    if box.tag in _HEADINGS or box.css_first(", ".join(_HEADINGS)) is not None:',
        "    if box.tag in _HEADINGS:",
    ),  # 58
    # -- _vocab.py: the breadcrumb's heading ----------------------------------------------------
    (V, '    "شما اینجا هستید",\n', ""),  # 59
]
# The first run (the tests of the four branches, before tests/test_newest_rules.py): 29/60
# killed (docs/reliability.md, "The twelfth round"); after: 55/60. Survivor 36 (a date line
# with words before it and one Latin word after its time was never read: «تهران DATE ساعت TIME Tehran» under the
# headline was taken as the title, no date read) was a bug: _header._date_line no longer asks
# for nothing before the date, and the mutant now puts that condition back. tests/
# test_newest_rules.py kills 1, 4, 6, 7, 9, 12, 14, 15, 18, 20, 23, 24, 25, 26, 28, 32, 34,
# 36, 42, 43, 44, 46, 47, 49, 54 and 58. Equivalent:
#   10  a line holding «|» anywhere but at its end keeps a «|» in the name
#       _source_before_bar reads, which that function refuses («"|" not in name»).
# fix29 closed the gap survivors 38 and 39 showed (a one-letter token after the time, «...
# ۱۰:۳۰ T»; a time before the date with a Latin word after it): _header._day_before_clock_words
# reads the day; mutant 38 now takes digits out of its Latin token, 39 its time-first branch,
# mutant 4 the wiki name's fourth word (tests/test_fix29.py kills all three).
# Left surviving (no test: the behaviour the mutant changes is not one to pin):
#   8   a name with a bar and no spaces inside it («مهر|ایسنا |»): either reading (a
#       source's credit, no title) is defensible; not met on a page.
#   57  the date box's length limit: a longer box with a date was not taken in through
#       other rules in every shape tried.
TESTS = [
    "tests/test_real12.py",
    "tests/test_fix26.py",
    "tests/test_fix27.py",
    "tests/adversarial/test_attacks14.py",
    "tests/test_glued_crumbs.py",
    "tests/test_url_number.py",
    "tests/test_newest_rules.py",  # (this round's tests of the survivors)
    "tests/test_fix29.py",  # (fix29: the survivors 38 and 39's gap closed)
    "tests/test_pages.py",
]


def main(argv: list[str] | None = None) -> int:
    return cli(__doc__, MUTANTS, TESTS, argv)


if __name__ == "__main__":
    sys.exit(main())
