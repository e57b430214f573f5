"""Hand-written mutants of fix140-fix149, the rules merged since the thirty-third round.

fix140 (a one-item list page read from its text alone: the headline printed twice over one
cut paragraph, ``_listing._cut_teaser_ends_text``; a headline over one paragraph stopping with
no mark, doubted, ``_listing._lone_cut_text_under``), fix141 (a list theme's one post cut by
«[…]», ``_listing._excerpt_ends_text``; a photo agency's weekday date over «سرویس :»,
``_candidates``; a headlines box's heading «سرخط خبرها», ``_listing._box_heading``), fix142
(a blog platform's subdomain as the host's name, ``_evidence``; a Persian verb at the end
of a line in Kurdish spelling, ``_evidence._verb_end``; a Finglish slug,
``_evidence.finglish_slug_spells`` and ``_listing._finglish_slug_spells_below``), fix143 (a
section's name after the headline, ``_title._section_tail_end``;
``_title._wrapped_mid_sentence``; «برچسب ها - NAME»; a later page of the home page,
``_article._paged_home``), fix144 (``_sources._item_between_slugs``,
``_candidates._past_menu_banner``), fix145 (the weekday «DATE / HEADLINE» and its header
fields, ``_lines._date_end_before_fields``; the occasion kicker, ``_title._occasion``),
fix146 (a word-cut slug naming the line it opens; the head over a hard-wrapped body,
``_title._head_over_wrapped``), fix147 (``_lines._glued_relay_cut``,
``_sources.url_slug_day``), fix148 (e107's ``?news.N``, «تاریخ درج», ``::`` labels,
``_title._framed_over_text``, ``_title._bracket_short_dated_title``,
``_candidates._glued_banner_copy``) and fix149 (the one-post rule kept off an item's
address, ``_listing._item_address``; the headline twice as headings; a Markdown read-more
link; ``?paged=N`` on an item's address).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``. The runner takes the tests from the tree it is run from: the
"before" count is the run from a ``git archive`` of the commit that added this file, before
any new test. Run from the repository root::

    python benchmarks/hand_mutants_34.py            # "N/M killed"
    python benchmarks/hand_mutants_34.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The thirty-fourth round: fix140-fix149 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, L = "_article.py", "_title.py", "_listing.py", "_lines.py"
S, V, CA, EV = "_sources.py", "_vocab.py", "_candidates.py", "_evidence.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix140: the headline twice over one cut paragraph; one paragraph with no stop --------
    (A, "        state.title_doubt = (_LONE_CUT_TEXT, None)\n", "        pass\n"),  # 0
    (LI, "CUT_SENTENCE_WORDS = 3", "CUT_SENTENCE_WORDS = 4"),  # 1
    (
        LI,
        "    return not rest or (len(rest) == 1 and _read_more(lines[rest[0]]))",
        "    return not rest",
    ),  # 2
    (
        LI,
        '    if text[-1] in _SENTENCE_CLOSE and not text.endswith(("...", "…")):',
        "    if text[-1] in _SENTENCE_CLOSE:",
    ),  # 3
    (
        LI,
        '    if not (text[-1].isalpha() or text[-1].isdigit()) or "..." in text or "…" in text:',
        '    if not text[-1].isalpha() or "..." in text or "…" in text:',
    ),  # 4
    # -- fix141: «[…]» one post; the photo agency's weekday date; «سرخط خبرها» --------------
    (CA, '        and lines[index + 1].info.kind == "labels"\n', ""),  # 5
    (LI, "    if _box_heading(ticker):", "    if False:"),  # 6
    (LI, "                and lines[at].text.rstrip().endswith(_EXCERPT_ENDS)\n", ""),  # 7
    # -- fix142: the blog platform's subdomain; the verb's end; the Finglish slug ---------------
    (EV, '        if ".".join(labels[cut:]) in vocab.BLOG_PLATFORMS:', "        if False:"),  # 8
    (A, "            and not _verb_end(state.lines[title.index])\n", ""),  # 9
    (EV, "FINGLISH_SLUG_WORDS = 4", "FINGLISH_SLUG_WORDS = 5"),  # 10
    (LI, "        or finglish_slug_spells(chosen.norm, slug)\n", ""),  # 11
    # -- fix143: the section's tail; the wrapped mid-sentence line; «برچسب ها - NAME»; paged home
    (T, "SECTION_TAIL_HEAD_WORDS = 4", "SECTION_TAIL_HEAD_WORDS = 5"),  # 12
    (T, "    if _PERSIAN_YEH_KAF.isdisjoint(head):\n        return None\n", ""),  # 13
    (
        T,
        "    return match is not None and len(above.text[match.end() :].split()) >= _WRAPPED_MIN_WORDS",
        "    return match is not None",
    ),  # 14
    (EV, r"/|(?:برچسب|تگ)(?:[\x20\u200c]*ها)?\x20+[-–—])", r"/)"),  # 15
    (
        A,
        "            and address.slug is None\n            and _paged_home(hints.url)\n",
        "            and _paged_home(hints.url)\n",
    ),  # 16
    # -- fix144: the item between slugs; the banner before the menu ----------------------------
    (
        S,
        '        and not digits.startswith("0")\n        and _YEAR_LIKE.fullmatch(digits) is None\n'
        '        and _slug_segment(_URL_EXTENSION.sub("", rest[3]))',
        '        and _slug_segment(_URL_EXTENSION.sub("", rest[3]))',
    ),  # 17
    (
        CA,
        "    if read.stamp.weekday is None or read.stamp.has_time:\n        return span",
        "    if read.stamp.has_time:\n        return span",
    ),  # 18
    (
        CA,
        "    return rest if search(norm, home.end()) is not None else None",
        "    return rest",
    ),  # 19
    # -- fix145: the weekday's «DATE / HEADLINE» and its fields; the occasion kicker ------------
    (L, "HEADER_FIELDS = 2", "HEADER_FIELDS = 1"),  # 20
    (
        L,
        "        if _HEADER_COUNTER.fullmatch(field) is not None:\n            continue\n",
        "",
    ),  # 21
    (L, "    if cut is None and len(found) > 1:", "    if False:"),  # 22
    (T, "            or (at == index - 1 and _occasion(above))\n", ""),  # 23
    # -- fix146: the word-cut slug; the head over the wrapped body --------------------------
    (T, "            if len(opened) == 1:", "            if len(opened) >= 1:"),  # 24
    (
        T,
        "                if 2 * slug_words >= lines[i].words and _slug_opens(lines[i].norm, slug)",
        "                if _slug_opens(lines[i].norm, slug)",
    ),  # 25
    (T, "        or 2 * len(text) > shortest\n", ""),  # 26
    (
        T,
        "    if _dated_line(lines[at]) and at > 0:\n        at -= 1",
        "    if False:\n        at -= 1",
    ),  # 27
    # -- fix147: the glued relay; the day glued to the slug -------------------------------
    (L, "        or count_words(text[found.end() :]) < _GLUED_LEAD_WORDS\n", ""),  # 28
    (L, "        or len(last) < _GLUED_WORD_LETTERS\n", ""),  # 29
    (
        CA,
        "    elif not listed and (dated := url_slug_day(url)) is not None and _prints_no_date(state):",
        "    elif not listed and (dated := url_slug_day(url)) is not None:",
    ),  # 30
    (
        S,
        r'    r"(?:[^\W_]|[\u200c-])*[^\W\d_]\u200c?-?"',
        r'    r"(?:[^\W_]|[\u200c-])*[^\W\d_]\u200c?-"',
    ),  # 31
    # -- fix148: e107; «تاریخ درج»; the framed title; «HEADLINE (25/3/86)»; the glued banner ---
    (
        S,
        "    if dotted_query is not None and len(dotted_query.group(2)) <= _URL_ID_MAX:",
        "    if False:",
    ),  # 32
    (V, '            "تاریخ درج",\n', ""),  # 33
    (
        T,
        '    if short is None or short.group("wd") is not None or short.group("tail") is not None:',
        "    if short is None:",
    ),  # 34
    (CA, "        and not text[: len(text) - len(printed)].isspace()\n", ""),  # 35
    # -- fix149: the item's address; the headings; the Markdown read-more link; ?paged= ------
    (
        LI,
        '    return found is not None and not found.group(0).rsplit("/", 1)[-1].isdigit()',
        "    return found is not None",
    ),  # 36
    (LI, "    if twice_only or not lines[at].paragraph:", "    if not lines[at].paragraph:"),  # 37
    (
        LI,
        "    if (linked := _MARKDOWN_LINK.fullmatch(line.text.strip())) is not None:",
        "    if False:",
    ),  # 38
    (LI, '            names & _LISTING_KEYS == {"paged"}\n', "            False\n"),  # 39
]
TESTS = [
    "tests/test_fix140.py",
    "tests/test_fix141.py",
    "tests/test_fix142.py",
    "tests/test_fix143.py",
    "tests/test_fix144.py",
    "tests/test_fix145.py",
    "tests/test_fix146.py",
    "tests/test_fix147.py",
    "tests/test_fix148.py",
    "tests/test_fix149.py",
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
