"""Hand-written mutants of fix87-fix89's rules, attack36's and the book page's chrome guard.

The rules merged since the twenty-third round: fix87 (the Afghan solar year's mark «۱۴۰۰ل»,
``_patterns._ERA``; a bracketed dateline's name of three words, ``_header.DATELINE``; a
spaced name before an Afghan-month date with that mark is an agency's dateline,
``_header.dateline_date``; the headline of two quotes joined by «./» over a report's lead,
``_QUOTE_PAIR`` and ``_quote_pair_over_lead``, alone or under a kicker ending with a colon;
a schedule's step labels, ``_ANOTHER_DATE_LABEL``'s second branch and ``_event_date_label``;
a sidebar link over a blog's archive heading and the post's date, ``_over_archive_heading``),
fix88 (a call to get in touch «... با ما در تماس شوید / باشید», ``_may_prompt`` and
``_CONTACT_PROMPT``; an e-mail address alone, ``_EMAIL_ALONE``), fix89 (a yearless event
line with the part of the day, ``_DAY_PARTS`` in ``_CLOCK_LINE``; a forum's notice about the
post, ``_POST_NOTICE``), attack36 (a toggle and the bar's date flattened into one line,
``_chrome_over_date`` and ``_BAR_ITEM_END``; the quote pair's «. /») and the lead's book page
fix (7f5e8ae: only lines that are not chrome above «صفحه N» turn ``_staff_or_page_line``'s
rule off).

Each mutant (flip a comparison, drop a condition, change a constant by one, skip a branch,
return early) is applied to a copy of src/ in a temporary directory (the working tree is
never edited) by :func:`hand_mutants.run`; the rules' test files (:data:`TESTS`) are run
against the copy with ``-x``, then, if none failed, tests/test_pages.py on the pages these
rules were made for (``-k`` :data:`PAGES`). Run from the repository root::

    python benchmarks/hand_mutants_24.py            # "N/M killed"
    python benchmarks/hand_mutants_24.py 3 17       # only mutants 3 and 17

(docs/reliability.md, "The twenty-fourth round: fix87-fix89 and attack36 under mutation",
gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

A, H, P = "_article.py", "_header.py", "_patterns.py"

# (module, text in the source, what the mutant puts in its place); each text occurs once.
MUTANTS = [
    # -- fix87: the Afghan solar year's mark and the agency's dateline (nunn.asia) -------------
    (
        P,
        "          | ل(?![\\x20\\u200c]*[\\p{{L}}\\p{{M}}])             # its mark alone: ۱۴۰۰ل (nunn.asia)\n",
        "",
    ),  # 0
    (P, "          | ل(?![\\x20\\u200c]*[\\p{{L}}\\p{{M}}])", "          | ل"),  # 1
    (
        P,
        "          | ل(?![\\x20\\u200c]*[\\p{{L}}\\p{{M}}])",
        "          | ل(?![\\p{{L}}\\p{{M}}])",
    ),  # 2
    (
        H,
        "(?:\\x20\\p{{L}}[\\p{{L}}\\p{{M}}\\u200c]*){{0,2}}\n"
        "        [\\x20\\u200c]*\\([\\x20\\u200c]*(?P<weekday_date>[^()\\n:]",
        "(?:\\x20\\p{{L}}[\\p{{L}}\\p{{M}}\\u200c]*){{0,1}}\n"
        "        [\\x20\\u200c]*\\([\\x20\\u200c]*(?P<weekday_date>[^()\\n:]",
    ),  # 3
    (
        H,
        '        and not (date.captures("ma") and date.group("era"))',
        '        and not date.captures("ma")',
    ),  # 4
    (
        H,
        '        and not (date.captures("ma") and date.group("era"))',
        '        and not date.group("era")',
    ),  # 5
    (H, '        and not (date.captures("ma") and date.group("era"))\n', ""),  # 6
    # -- fix87 and attack36: the headline of two quotes over a report's lead (ilnanews.com) ----
    (
        A,
        '    r"[\\x20\\u200c]*(?:[^\\s./]+[\\x20\\u200c]+){2,}[^\\s./]+\\.\\x20?/',
        '    r"[\\x20\\u200c]*(?:[^\\s./]+[\\x20\\u200c]+){3,}[^\\s./]+\\.\\x20?/',
    ),  # 7
    (
        A,
        '    r"(?:[^\\s./]+[\\x20\\u200c]+){2,}[^\\s./]+\\.[\\x20\\u200c]*"\n)',
        '    r"(?:[^\\s./]+[\\x20\\u200c]+){3,}[^\\s./]+\\.[\\x20\\u200c]*"\n)',
    ),  # 8
    (A, "[^\\s./]+\\.\\x20?/[\\x20\\u200c]*", "[^\\s./]+\\./[\\x20\\u200c]*"),  # 9
    (A, "[^\\s./]+\\.\\x20?/[\\x20\\u200c]*", "[^\\s./]+\\.\\x20*/[\\x20\\u200c]*"),  # 10
    (
        A,
        '        line.info.kind != "text"\n        or line.words > HEADLINE_MAX_WORDS\n'
        "        or _QUOTE_PAIR.fullmatch(line.text) is None",
        "        _QUOTE_PAIR.fullmatch(line.text) is None",
    ),  # 11
    (
        A,
        "        or _QUOTE_PAIR.fullmatch(line.text) is None\n        or below >= len(lines)\n"
        "        or below in outside\n",
        "        or _QUOTE_PAIR.fullmatch(line.text) is None\n        or below >= len(lines)\n",
    ),  # 12
    (
        A,
        '    return lead.info.kind == "text" and _NEWS_LEAD.match(lead.norm) is not None',
        '    return lead.info.kind == "text"',
    ),  # 13
    (
        A,
        "        if anchor is not None and _quote_pair_over_lead(lines, anchor, outside):\n"
        '            return anchor, "headline"\n',
        "",
    ),  # 14
    (
        A,
        "        and all(i in outside for i in range(index + 1, stop))\n"
        "        and _quote_pair_over_lead(lines, stop, outside)\n",
        "        and _quote_pair_over_lead(lines, stop, outside)\n",
    ),  # 15
    (
        A,
        "        and _quote_pair_over_lead(lines, stop, outside)\n    ):",
        "        and False\n    ):",
    ),  # 16
    (
        A,
        '        lines[index].text[-1] == ":"\n        and key not in hinted\n'
        "        and key not in slugs\n        and stop < len(lines)\n",
        "        True\n        and key not in hinted\n"
        "        and key not in slugs\n        and stop < len(lines)\n",
    ),  # 17
    # -- fix87: a schedule's step labels over their dates (twas.ir) ----------------------------
    (
        A,
        '_SCHEDULE_WORDS = r"(?:[\\x20\\u200c]+[\\p{L}\\p{M}\\u200c]+){0,8}"',
        '_SCHEDULE_WORDS = r"(?:[\\x20\\u200c]+[\\p{L}\\p{M}\\u200c]+){0,7}"',
    ),  # 18
    (
        A,
        '_SCHEDULE_WORDS = r"(?:[\\x20\\u200c]+[\\p{L}\\p{M}\\u200c]+){0,8}"',
        '_SCHEDULE_WORDS = r"(?:[\\x20\\u200c]+[\\p{L}\\p{M}\\u200c]+){0,9}"',
    ),  # 19
    (
        A,
        "(?:(?:آخرین[\\x20\\u200c]+)?(?:مهلت|فرصت)|اعلام",
        "(?:(?:آخرین[\\x20\\u200c]+)?(?:مهلت)|اعلام",
    ),  # 20
    (A, "|اعلام[\\x20\\u200c]+نتایج)", ")"),  # 21
    (
        A,
        '    rf"(?![\\p{{L}}\\p{{M}}]){_SCHEDULE_WORDS}[\\x20\\u200c]*:[\\x20\\u200c]*$"',
        '    rf"{_SCHEDULE_WORDS}[\\x20\\u200c]*:[\\x20\\u200c]*$"',
    ),  # 22
    (
        A,
        '    rf"(?![\\p{{L}}\\p{{M}}]){_SCHEDULE_WORDS}[\\x20\\u200c]*:[\\x20\\u200c]*$"',
        '    rf"(?![\\p{{L}}\\p{{M}}]){_SCHEDULE_WORDS}[\\x20\\u200c]*:?[\\x20\\u200c]*$"',
    ),  # 23
    (
        A,
        '        line.text.endswith(":")\n        and index + 1 < len(lines)\n'
        '        and lines[index + 1].info.kind in ("date", "mixed")',
        "        index + 1 < len(lines)\n"
        '        and lines[index + 1].info.kind in ("date", "mixed")',
    ),  # 24
    (
        A,
        '        and lines[index + 1].info.kind in ("date", "mixed")\n'
        "        and _ANOTHER_DATE_LABEL.match(line.norm) is not None",
        '        and lines[index + 1].info.kind in ("date",)\n'
        "        and _ANOTHER_DATE_LABEL.match(line.norm) is not None",
    ),  # 25
    (
        A,
        '        and lines[index + 1].info.kind in ("date", "mixed")\n'
        "        and _ANOTHER_DATE_LABEL.match(line.norm) is not None",
        "        and _ANOTHER_DATE_LABEL.match(line.norm) is not None",
    ),  # 26
    (A, "            or _event_date_label(lines, index)\n", ""),  # 27
    # -- fix87: a sidebar link over a blog's archive heading (ostaniha.com) --------------------
    (
        A,
        "    if key not in hinted and key not in slugs and _over_archive_heading(lines, index, stop):",
        "    if False:",
    ),  # 28
    (
        A,
        "    if key not in hinted and key not in slugs and _over_archive_heading(lines, index, stop):",
        "    if key not in hinted and _over_archive_heading(lines, index, stop):",
    ),  # 29
    (
        A,
        "^[\\x20\\u200c]*(?:آرشیو|بایگانی)[\\x20\\u200c]+",
        "^[\\x20\\u200c]*(?:آرشیو)[\\x20\\u200c]+",
    ),  # 30
    (A, "(?:ماهانه|ماهیانه|موضوعی)[\\x20\\u200c:]*$", "(?:ماهانه|ماهیانه)[\\x20\\u200c:]*$"),  # 31
    (
        A,
        "(?:ماهانه|ماهیانه|موضوعی)[\\x20\\u200c:]*$",
        "(?:ماهانه|ماهیانه|موضوعی)[\\x20\\u200c]*$",
    ),  # 32
    (
        A,
        "        and _dated_line(lines[date])\n        and _over_the_body(lines, date, anchor)",
        "        and _over_the_body(lines, date, anchor)",
    ),  # 33
    (
        A,
        "        and _dated_line(lines[date])\n        and _over_the_body(lines, date, anchor)",
        "        and _dated_line(lines[date])",
    ),  # 34
    (A, "        state.title_doubt = (_SIDEBAR_OVER_POST, index)\n", ""),  # 35
    # -- fix88: the call to get in touch and the e-mail address alone (nasimradio.com) ---------
    (A, '        or "شوید" in norm  # («در تماس شوید»)\n', ""),  # 36
    (A, "|بگیرید|شوید|باشید)[\\x20\\u200c.!]*$", "|بگیرید|باشید)[\\x20\\u200c.!]*$"),  # 37
    (A, "|بگیرید|شوید|باشید)[\\x20\\u200c.!]*$", "|بگیرید|شوید)[\\x20\\u200c.!]*$"),  # 38
    (A, '    if "@" in text and _EMAIL_ALONE.fullmatch(text):', "    if False:"),  # 39
    (
        A,
        '    if "@" in text and _EMAIL_ALONE.fullmatch(text):',
        '    if "@" in text and _EMAIL_ALONE.search(text):',
    ),  # 40
    (
        A,
        '    r"[\\x20]*(?:(?:e-?mail|ایمیل|پست[\\x20\\u200c]+الکترونیک(?:ی)?|رایانامه)[\\x20]*:?[\\x20]*)?"',
        '    r"[\\x20]*"',
    ),  # 41
    (A, "|ایمیل|پست[\\x20\\u200c]+الکترونیک(?:ی)?|رایانامه)", "|ایمیل|رایانامه)"),  # 42
    (
        A,
        '(?:\\]\\(mailto:[^()\\s]+\\))?[\\x20]*",\n    regex.IGNORECASE,',
        '[\\x20]*",\n    regex.IGNORECASE,',
    ),  # 43
    # -- fix89: the yearless event line and the notice about the post (mihanpet.ir) -----------
    (A, '"ساعت", "ماه", *_DAY_PARTS))', '"ساعت", "ماه"))'),  # 44
    (
        A,
        '"بعدازظهر", "بعد از ظهر", "عصر", "شب", "بامداد")',
        '"بعدازظهر", "بعد از ظهر", "شب", "بامداد")',
    ),  # 45
    (
        A,
        '"بعدازظهر", "بعد از ظهر", "عصر", "شب", "بامداد")',
        '"بعدازظهر", "عصر", "شب", "بامداد")',
    ),  # 46
    (A, '    if "این" in norm and _POST_NOTICE.fullmatch(norm):', "    if False:"),  # 47
    (
        A,
        '    if "این" in norm and _POST_NOTICE.fullmatch(norm):',
        '    if "این" in norm and _POST_NOTICE.match(norm):',
    ),  # 48
    (
        A,
        '    r"(?:[\\x20\\u200c]+[^\\W\\d_]+){1,3}[\\x20\\u200c]+شده"',
        '    r"(?:[\\x20\\u200c]+[^\\W\\d_]+){1,2}[\\x20\\u200c]+شده"',
    ),  # 49
    (
        A,
        '    r"(?:[\\x20\\u200c]+[^\\W\\d_]+){1,3}[\\x20\\u200c]+شده"',
        '    r"(?:[\\x20\\u200c]+[^\\W\\d_]+){1,4}[\\x20\\u200c]+شده"',
    ),  # 50
    (
        A,
        '    r"[\\x20\\u200c•*\\-]*این[\\x20\\u200c]+(?:پست|موضوع|',
        '    r"این[\\x20\\u200c]+(?:پست|موضوع|',
    ),  # 51
    (A, "(?:پست|موضوع|تاپیک|مطلب|نوشته|ارسال)", "(?:پست|تاپیک|مطلب|نوشته|ارسال)"),  # 52
    # -- attack36: a toggle and the bar's date flattened into one line -------------------------
    (
        A,
        '        elif not (line.chrome or line.info.kind == "date" or _chrome_over_date(line)):',
        '        elif not (line.chrome or line.info.kind == "date"):',
    ),  # 53
    (
        A,
        '        return line.info.kind == "text" and _toggle_run_in(line)\n',
        "        return False\n",
    ),  # 54 (fix95: the toggle run into a text line; before, the mixed kind's test dropped)
    (
        A,
        '_BAR_ITEM_END = re.compile(r"\\s{2,}|\\s*[•|]\\s*")',
        '_BAR_ITEM_END = re.compile(r"\\s{3,}|\\s*[•|]\\s*")',
    ),  # 55
    (
        A,
        '_BAR_ITEM_END = re.compile(r"\\s{2,}|\\s*[•|]\\s*")',
        '_BAR_ITEM_END = re.compile(r"\\s{2,}|\\s*[•]\\s*")',
    ),  # 56
    (
        A,
        "    return len(head) == 2 and bool(head[0]) and is_chrome_line(head[0])",
        "    return len(head) == 2 and bool(head[0])",
    ),  # 57
    # -- the lead's book page fix (7f5e8ae): chrome above «صفحه N» ------------------------------
    (
        A,
        '            lines[at].info.kind == "text" and not lines[at].chrome for at in range(index - 1)',
        '            lines[at].info.kind == "text" for at in range(index - 1)',
    ),  # 58
    (
        A,
        '            lines[at].info.kind == "text" and not lines[at].chrome for at in range(index - 1)',
        '            lines[at].info.kind == "text" and not lines[at].chrome for at in range(index)',
    ),  # 59
    # Left alive (docs/reliability.md's twenty-fourth round gives each reason): 22 is
    # equivalent (after the keyword, _SCHEDULE_WORDS wants a space or a ZWNJ before each word,
    # then the colon, so a glued letter never matches either way); 15, 19, 25, 33, 34, 54 and
    # 57 do better than the rule on the texts tried (narrow guards, not pinned).
    # After fix95 (tests/test_fix95.py added to TESTS): 25, 49, 52 and 54 killed; 28, 33 and
    # 34 give the same values as the rule (fix95's branch over an archive heading gives no
    # title, doubted, whatever the guards); 15, 19 and 57 as before.
]
TESTS = [
    "tests/test_fix86.py",
    "tests/test_fix87.py",
    "tests/test_fix88.py",
    "tests/test_fix89.py",
    "tests/adversarial/test_attacks36.py",
    "tests/test_fix95.py",
]
# The pages of tests/pages these rules were made for: fix87's nunn.asia (1362, 1363), ILNA
# (1368), ostaniha (1372), twas (1373); fix88's nasimradio (1382, 1383). fix89's page is
# real29's (not committed); attack36 and the book page fix have no page of their own.
PAGES = [
    "tests/test_pages.py",
    "-k",
    " or ".join(f"{number}_" for number in (1362, 1363, 1368, 1372, 1373, 1382, 1383)),
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return cli(__doc__, MUTANTS, TESTS, args, fallback=PAGES)


if __name__ == "__main__":
    sys.exit(main())
