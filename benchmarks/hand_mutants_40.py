"""Hand-written mutants of fix184-fix191, the rules with no mutation round yet.

fix184 (a blog post's ``post-N`` segment, ``_sources._blog_post_number``), fix185 (the
misspelled archive label ``ارشیو``; the ``<body>`` container, ``_html._outside_before``; a
site root's first lines, ``_article._HOME_TAGLINE_LINE``; a centred heading's continuation,
``_title._centred_continuation``; a headline ending «و…», ``_lines.and_so_on``), fix186 (a
read-more teaser judged without its link, ``_listing._teaser``; the page's ``<footer>``
under a ``<body>`` container, ``_html._update_footer``; the headline printed twice over
sub-headings), fix187 (a speech-verb kicker over the lead, ``_article._kicker_over_lead``;
a labelled ``92/3/3``, ``_reading._read_date``; a saying's bracketed source; read-on links,
``_listing.read_on_link``; year archives; a month's name as a periodical's,
``_title._periodical_named``; ``HEADLINE - NAME`` browser titles,
``_title._browser_title_over_name``; field rows, ``_title._field_row``), fix188 (a run-on
lead, ``_article._RUN_ON_LEAD``; a home-link ``<h1>``, ``_html._home_heading``; the long
slug's one shared word, ``_listing``; Blogfa's ``cat-N``; back-to links, ``_header``),
fix189 (the item labels line with an empty value, ``_lines``; the item's time alone,
``_lines._item_time_line``; a one-item list at an address naming neither,
``_article._names_neither``; post-title headings with no ``<h1>``, ``_html._posts_listed``;
a Latin tag name), fix190 (a masthead printed twice, ``_chrome._masthead_twice``; breadcrumb
arrows, ``_article._CRUMB_ARROW_RUN``; a printed item link, ``_candidates._printed_item_link``;
``/ITEM/<category-slug>/ID``, ``_sources._item_after_category_slug``; the daily box's
heading and its long line; a line closed by bars) and fix191 (``و…`` in the first-line walk
and the cut penalty; a quote under an ellipsis, ``_title._quote_under_ellipsis``; teasers
with no paragraph, ``_listing._teasers_without_text``; a motto among sentences,
``_title._motto_among_sentences``).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``. The runner takes the tests from the tree it is run from: the
"before" count is the run from a ``git archive`` of the commit that added this file, before
any new test. Run from the repository root::

    python benchmarks/hand_mutants_40.py            # "N/M killed"
    python benchmarks/hand_mutants_40.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The fortieth round: fix184-fix191 under mutation", gives the
figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, T, LI, LN = "_article.py", "_title.py", "_listing.py", "_lines.py"
S, H, C, CA = "_sources.py", "_header.py", "_chrome.py", "_candidates.py"
HT, R, E = "_html.py", "_reading.py", "_evidence.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once in
# the package (a snippet not in its named module is looked for in every module).
MUTANTS = [
    # -- fix184: a blog post's post-N segment ----------------------------------------------------
    (
        S,
        "    if found is None or before in _CONTAINER_SEGMENTS:",
        "    if found is None:",
    ),  # 0
    (
        S,
        "    if at != last and not (at == last - 1 and _slug_segment(segments[last])):",
        "    if at != last and not (at == last - 1):",
    ),  # 1
    (
        S,
        "    if _DATE_CODE.fullmatch(digits) is not None or _PHONE_NUMBER.fullmatch(digits) is not None:",
        "    if _PHONE_NUMBER.fullmatch(digits) is not None:",
    ),  # 2
    (
        S,
        '_BLOG_POST_SEGMENT = re.compile(r"post-([1-9][0-9]{0,19})", re.IGNORECASE)',
        '_BLOG_POST_SEGMENT = re.compile(r"post-([0-9]{1,20})", re.IGNORECASE)',
    ),  # 3
    # -- fix185: ارشیو, the <body> container, a root's first lines, a centred heading, و… -------
    (A, "_HOME_TAGLINE_LINE = 1", "_HOME_TAGLINE_LINE = 0"),  # 4
    (A, "        and title <= _HOME_TAGLINE_LINE\n", ""),  # 5
    (T, "CENTRED_INDENT = 4", "CENTRED_INDENT = 5"),  # 6
    (
        T,
        "        or _indent(second) < _indent(first) + CENTRED_INDENT",
        "        or _indent(second) <= _indent(first) + CENTRED_INDENT",
    ),  # 7
    (LN, "AND_SO_ON_WORDS = 8", "AND_SO_ON_WORDS = 9"),  # 8
    (
        HT,
        '    if parent.tag == "body" and _outside_before(container):',
        '    if parent.tag == "body":',
    ),  # 9
    (
        A,
        "        and (centred := _centred_continuation(lines, title, outside)) is not None\n",
        "        and (centred := None) is not None\n",
    ),  # 10
    # -- fix186: teasers without their link, the <footer> under <body> -----------------------
    (
        LI,
        "    return line.paragraph or count_words(line.text[: link.start() + 1]) >= SENTENCE_WORDS",
        "    return line.paragraph or count_words(line.text[: link.start() + 1]) > SENTENCE_WORDS",
    ),  # 11
    (
        LI,
        "        and (text.paragraph or _teaser(text))  # (a teaser's link hides its full stop)",
        "        and text.paragraph  # (a teaser's link hides its full stop)",
    ),  # 12
    (
        HT,
        "        if not _within_node(node, container) or _outside_node(node)",
        "        if not _within_node(node, container)",
    ),  # 13
    (
        T,
        "            last - twin - 1 < SUBHEADINGS_MIN",
        "            last - twin - 1 <= SUBHEADINGS_MIN",
    ),  # 14
    # -- fix187: kicker over lead, 92/3/3, read-on links, year archives, browser title, rows ---
    (A, "KICKER_ALONE_WORDS = 6", "KICKER_ALONE_WORDS = 5"),  # 15
    (
        A,
        '    if line.norm.replace("\\u200c", " ").split()[-2] in ("می", "نمی"):',
        '    if line.norm.replace("\\u200c", " ").split()[-2] in ("نمی",):',
    ),  # 16
    (
        A,
        "    return below is not None and lines[below].paragraph",
        "    return below is not None",
    ),  # 17
    (
        R,
        '            if short is not None and len(short.group("a")) != 2:',
        '            if short is not None and len(short.group("a")) > 2:',
    ),  # 18
    (
        E,
        '        return 2 <= len(found.group("source").split()) <= SAYING_SOURCE_WORDS',
        '        return 1 <= len(found.group("source").split()) <= SAYING_SOURCE_WORDS',
    ),  # 19
    (
        LI,
        "    return line.words >= 3 and _READ_ON_END.search(line.norm) is not None",
        "    return line.words >= 4 and _READ_ON_END.search(line.norm) is not None",
    ),  # 20
    (
        LI,
        '    if path.endswith("/") and _YEAR_ONLY.fullmatch("/".join(segments)):',
        '    if _YEAR_ONLY.fullmatch("/".join(segments)):',
    ),  # 21
    (T, "TITLE_TAIL_NAME_WORDS = 3", "TITLE_TAIL_NAME_WORDS = 2"),  # 22
    (T, "    ) >= max(3, tail + 1)", "    ) >= max(2, tail + 1)"),  # 23
    (
        T,
        '    return line.norm.count(" : ") >= 2 and len(_SPACED_FIELD_LABEL.findall(line.norm)) >= 2',
        '    return line.norm.count(" : ") >= 1 and len(_SPACED_FIELD_LABEL.findall(line.norm)) >= 1',
    ),  # 24
    (
        T,
        "    if index + 1 != stop or stop >= len(lines) or not lines[stop].paragraph:",
        "    if stop >= len(lines) or not lines[stop].paragraph:",
    ),  # 25
    (
        A,
        "            and not address.listing  # (a list's address has its own rules for its items)\n",
        "",
    ),  # 26
    # -- fix188: run-on lead, home-link h1, long slug, cat-N, back links ---------------------
    (A, "RUN_ON_LEAD_WORDS = 15", "RUN_ON_LEAD_WORDS = 16"),  # 27 (fix196 changed 20 to 15; mut42)
    (
        A,
        "        and not any(\n            i != title and line.key == lines[title].key for i, line in enumerate(lines)\n        )  # (a line printed twice is a headline's print)\n",
        "",
    ),  # 28
    (
        HT,
        '    if title_tag is None or "".join(title_tag.text(deep=True).split()) != "".join(text.split()):',
        "    if title_tag is None:",
    ),  # 29
    (LI, "LONG_SLUG_WORDS = 6", "LONG_SLUG_WORDS = 7"),  # 30
    (LI, "LEAD_LINE_WORDS = 15", "LEAD_LINE_WORDS = 16"),  # 31
    (
        LI,
        '            and _CLAUSE_MARKS.search(lines[title].norm.rstrip(".")) is None\n        )\n',
        "        )\n",
    ),  # 32
    (
        H,
        "    if first in _BACK_FIRST and _BACK_LINK.match(norm) is not None:",
        "    if False:",
    ),  # 33
    # -- fix189: labels line with an empty value, the time alone, one-item list, post titles ---
    (
        A,
        "                    or (dated == headline + 1 and _item_time_line(lines[dated]))\n",
        "                    or _item_time_line(lines[dated])\n",
    ),  # 34
    (
        LN,
        '            label.field in ("number", "views") and label.value[1] > label.value[0]',
        '            label.field == "number" and label.value[1] > label.value[0]',
    ),  # 35
    (
        A,
        "    if listing or url_number(url) is not None:",
        "    if listing:",
    ),  # 36
    (
        A,
        "        if state.title_doubt is None and addressless is False:",
        "        if False:",
    ),  # 37
    (
        T,  # (fix194: _posts_listed moved from _html.py to _title.py)
        '        notice.code in ("title-uncertain", "listing-page") for notice in article.warnings',
        '        notice.code == "listing-page" for notice in article.warnings',
    ),  # 38
    (
        LI,
        "                and (not key.isascii() or _ASCII_NAME.fullmatch(key) is not None)",
        "                and not key.isascii()",
    ),  # 39
    # -- fix190: masthead twice, crumb arrows, printed item link, /ITEM/<slug>/ID, daily box ---
    (C, "MASTHEAD_BLOCK_LINES = 4", "MASTHEAD_BLOCK_LINES = 3"),  # 40
    (
        C,
        '        if len(set(keys)) == size or any(line.info.kind != "text" for line in block):',
        "        if len(set(keys)) == size:",
    ),  # 41
    (
        A,
        "    masthead = set() if address.listing else _masthead_twice(lines)",
        "    masthead = _masthead_twice(lines)",
    ),  # 42
    (
        A,
        '_CRUMB_ARROW_RUN = re.compile(r"(?:[»›>][\\x20\\u200c]+){2,}")',
        '_CRUMB_ARROW_RUN = re.compile(r"(?:[»›>][\\x20\\u200c]+){1,}")',
    ),  # 43
    (CA, "    if shortlink is None:\n        shortlink = _printed_item_link(state)\n", ""),  # 44
    (
        S,
        "        and not any(map(str.isdigit, segments[1]))\n",
        "",
    ),  # 45
    (C, "DAILY_BOX_LONG_WORDS = 15", "DAILY_BOX_LONG_WORDS = 16"),  # 46
    # -- fix191: و… in the walk, quote under ellipsis, teasers with no text, motto -------------
    (
        T,
        '        line.text[-1] in _SENTENCE_ENDS + ":" and not and_so_on(line.text, line.words)',
        '        line.text[-1] in _SENTENCE_ENDS + ":"',
    ),  # 47
    (
        T,
        "                elif _quote_under_ellipsis(lines, index):",
        "                elif False:",
    ),  # 48
    (
        A,
        "        or (anchor is None and _teasers_without_text(lines))\n",
        "",
    ),  # 49
    (
        LI,
        "        if heads.setdefault(lines[at].key, lines[at + 1].key) != lines[at + 1].key:",
        "        if False:",
    ),  # 50
    (T, "MOTTO_SHARED_WORDS = 2", "MOTTO_SHARED_WORDS = 3"),  # 51
    (
        T,
        "            and not _squash(lead.norm).startswith(_squash(line.norm))\n",
        "",
    ),  # 52
    (
        T,
        '    elif decorated is None and line.text.endswith("...") and not and_so_on(line.text, words):',
        '    elif decorated is None and line.text.endswith("..."):',
    ),  # 53
]
TESTS = [
    "tests/test_fix184.py",
    "tests/test_fix185.py",
    "tests/test_fix186.py",
    "tests/test_fix187.py",
    "tests/test_fix188.py",
    "tests/test_fix189.py",
    "tests/test_fix190.py",
    "tests/test_fix191.py",
    "tests/adversarial/test_attacks61.py",
    "tests/adversarial/test_attacks62.py",
    "tests/test_mut40.py",  # this round's tests (absent from the "before" archive)
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args)


if __name__ == "__main__":
    sys.exit(main())
