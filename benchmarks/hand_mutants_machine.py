"""Hand-written mutants of the machine-date judging of ``parse_html``: each must fail a test.

How ``parse_html`` judges the JSON-LD, ``<meta>``, ``itemprop`` and ``<time datetime>`` dates
of a page (the ninth round's attacks, docs/reliability.md "Attacks, ninth round"): the Unix
epoch as a template's empty date, another item's ``<time>`` (a list entry, a teaser card, a
related box, the site's top bar, running text), a ``<time>`` marked as the modification, a
modification on the publication's wall clock, zone spellings (``IRST``, ``+03:30:00``,
``[Asia/Tehran]``, Persian digits), machine against visible dates, the summer-time gap and
overlap, and a JSON-LD article of another page. The code lives in src/jalali_meta/_html.py
and the parts of _sources.py, _resolve.py and _article.py it calls.

Each mutant (flip a comparison, drop a condition, change a constant, skip a branch, swap
which of two dates wins) is applied to a copy of src/ in a temporary directory (the working
tree is never edited) and the test files below are run against the copy with ``-x``. Run
from the repository root::

    python benchmarks/hand_mutants_machine.py            # about 8 minutes; "N/80 killed"
    python benchmarks/hand_mutants_machine.py 3 17       # only mutants 3 and 17
    python benchmarks/hand_mutants_machine.py --tests tests/test_machine_dates.py

(docs/reliability.md, "The tenth round: machine dates under mutation", gives the figures.)
"""

from __future__ import annotations

import sys

from hand_mutants import cli  # the seventh round's runner: a copy of src/, the tests with -x

# (module, text in the source, what the mutant puts in its place); each text occurs once.
MUTANTS = [
    # -- _html.py: which <time> is the publication (_time_element, _time_kind) --------------
    ("_html.py", '        if kind == "published":\n            return value.strip()', "        if False:\n            return value.strip()"),  # 0
    ("_html.py", "        if kind is None and first is None:", "        if first is None:"),  # 1
    ("_html.py", "        if kind is None and first is None:", "        if kind is None:"),  # 2
    ("_html.py", "not value.strip() or _other_item(node, heading, seen):", "not value.strip():"),  # 3
    ("_html.py", '    if "pubdate" in attributes or prop == "datePublished":', '    if prop == "datePublished":'),  # 4
    ("_html.py", '    if prop == "dateModified" or _after_update_label(node):', '    if prop == "dateModified":'),  # 5
    ("_html.py", '    if _PUBLISHED_CLASS.search(marks):\n        return "published"', '    if False:\n        return "published"'),  # 6
    ("_html.py", '    if _MODIFIED_CLASS.search(marks):\n        return "modified"', '    if False:\n        return "modified"'),  # 7
    (
        "_html.py",
        '    marks = attributes.get("class") or ""\n    if _PUBLISHED_CLASS.search(marks):',
        '    marks = attributes.get("class") or ""\n    if _MODIFIED_CLASS.search(marks):\n'
        '        return "modified"\n    if _PUBLISHED_CLASS.search(marks):',
    ),  # 8: a modification mark wins over a publication mark
    ("_html.py", '_PUBLISHED_CLASS = re.compile(r"published|pubdate|post-date|entry-date"', '_PUBLISHED_CLASS = re.compile(r"pubdate|post-date"'),  # 9
    # -- _html.py: an update label before a <time> (_after_update_label) -------------------
    ("_html.py", "    return bool(squashed) and squashed.endswith(_UPDATE_LABELS)", "    return False"),  # 10
    ("_html.py", '    squashed = "".join(before.split()).rstrip(":：").lower()', '    squashed = "".join(before.split()).lower()'),  # 11
    ("_html.py", '    before = "".join(reversed(pieces)).replace("\\u200c", " ")', '    before = "".join(reversed(pieces))'),  # 12
    ("_html.py", "_LABEL_REACH = 3", "_LABEL_REACH = 0"),  # 13
    ("_html.py", "    return bool(squashed) and squashed.endswith(_UPDATE_LABELS)", "    return bool(squashed) and squashed.startswith(_UPDATE_LABELS)"),  # 14
    # -- _html.py: another item's date (_other_item, _site_bar, _teaser_link) --------------
    ("_html.py", "        if _outside_node(parent):\n            return True", "        if False:\n            return True"),  # 15
    ("_html.py", "        if held and parent.mem_id not in held and _site_bar(parent):", "        if held and _site_bar(parent):"),  # 16
    ("_html.py", "        if held and parent.mem_id not in held and _site_bar(parent):", "        if False:"),  # 17
    ("_html.py", "_MENTION_WORDS = 6", "_MENTION_WORDS = 60"),  # 18
    ("_html.py", "            if seen[parent.mem_id] - own > _MENTION_WORDS:", "            if seen[parent.mem_id] > _MENTION_WORDS:"),  # 19
    ("_html.py", "            if parent.mem_id not in held and _teaser_link(parent, node, seen):", "            if _teaser_link(parent, node, seen):"),  # 20
    ("_html.py", "        if tag in _ITEM_BLOCKS and not block_seen:", "        if tag in _ITEM_BLOCKS:"),  # 21
    ("_html.py", "_TEASER_WORDS = 4", "_TEASER_WORDS = 3"),  # 22
    ("_html.py", "_TEASER_WORDS = 4", "_TEASER_WORDS = 5"),  # 23
    ("_html.py", '_NAME_RELS = frozenset({"author", "tag", "category"})', "_NAME_RELS = frozenset()"),  # 24
    ("_html.py", "    return any(link not in around for link in seen[block.mem_id])", "    return bool(seen[block.mem_id])"),  # 25
    ("_html.py", "                if len(found) == 2:", "                if len(found) == 1:"),  # 26
    ("_html.py", '    if element.tag == "header":\n        return True', '    if False:\n        return True'),  # 27
    ("_html.py", '_BAR_WORDS = ("today", "topbar",', '_BAR_WORDS = ("topbar",'),  # 28
    ("_html.py", '_ITEM_BLOCKS = frozenset({"li", "div", "article", "section", "td", "dd"})', '_ITEM_BLOCKS = frozenset({"li", "article", "section", "td", "dd"})'),  # 29
    ("_html.py", '        return node.tag != "footer" or not _within(node, "article")', "        return True"),  # 30
    # -- _html.py: microdata of another item (_own_meta, _own) -----------------------------
    ("_html.py", "    found.meta = _own_meta(found.meta, kept_heading)", "    found.meta = found.meta"),  # 31
    ("_html.py", "    published_prop = _Found.value(_Found.kept(_own(found.published, kept_heading)))", "    published_prop = _Found.value(_Found.kept(found.published))"),  # 32
    ("_html.py", "MACHINE_NODES = 32", "MACHINE_NODES = 1"),  # 33
    # -- _html.py: machine candidates and their doubts --------------------------------------
    ("_html.py", '        if stamp.dst == "nonexistent":', '        if stamp.dst != "nonexistent":'),  # 34
    ("_html.py", "    notes.extend(_dst_notes(candidates))\n", ""),  # 35
    ("_html.py", "        if stamp is None or stamp.dst is None or stamp.text in seen:", "        if stamp is None or stamp.dst is None:"),  # 36
    ("_html.py", "                published_moments.add(stamp.gregorian)\n", ""),  # 37
    ("_html.py", '            elif field_name == "updated" and wall and wall in published_walls:', "            elif False:"),  # 38
    ("_html.py", '            if field_name == "published" and stamp.has_time:', '            if field_name == "published":'),  # 39
    ("_html.py", '_WALL = re.compile(r"\\s*([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([0-9]{2}:[0-9]{2})")', '_WALL = re.compile(r"\\s*([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([0-9]{2}:[0-9]{1})")'),  # 40
    ("_html.py", "    found = _WALL.match(to_ascii_digits(value))", "    found = _WALL.match(value)"),  # 41
    ("_html.py", "        and _read_date(f.value, dates) is None\n", ""),  # 42
    ("_html.py", "            if len(moments) > 1:", "            if len(moments) > 2:"),  # 43
    ("_html.py", "    notes.extend(_disagreeing(meta, ld))\n", ""),  # 44
    ("_html.py", '                    "published-conflict" if field == "published" else "updated-conflict"', '                    "updated-conflict" if field == "published" else "published-conflict"'),  # 45
    ("_html.py", "_SAME_PROPERTY_READ = 8", "_SAME_PROPERTY_READ = 1"),  # 46
    ("_html.py", '            (f"json-ld {key}", ld.get(f"{key} list") or []),', '            (f"json-ld {key}", []),'),  # 47
    # -- _sources.py: zone spellings and the epoch (_machine_text, _epoch) ---------------
    ("_sources.py", '"IRDT": "+04:30"', '"IRDT": "+03:30"'),  # 48
    ("_sources.py", "        if offset is not None and offset != said:\n            return None", "        if False:\n            return None"),  # 49
    ("_sources.py", "    if abbr is not None and abbr not in _ZONE_ABBREVIATIONS:\n        return text", "    if False:\n        return text"),  # 50
    ("_sources.py", '        minutes = found.group("m") or "00"', '        minutes = found.group("m") or "30"'),  # 51
    ("_sources.py", '(?::?(?P<m>[0-9]{2}))?(?::00)?)?"', '(?::?(?P<m>[0-9]{2}))?)?"'),  # 52
    ("_sources.py", "        offset = f\"{found.group('sign')}{int(found.group('h')):02d}:{minutes}\"", "        offset = f\"+{int(found.group('h')):02d}:{minutes}\""),  # 53
    ("_sources.py", '    if offset is None and name is not None:\n        return f"{head} {name}"', '    if False:\n        return f"{head} {name}"'),  # 54
    ("_sources.py", "    text = to_ascii_digits(text.strip())\n    found = _MACHINE_ZONE", "    text = text.strip()\n    found = _MACHINE_ZONE"),  # 55
    ("_sources.py", "        return moment == _EPOCH.date()", "        return False"),  # 56
    ("_sources.py", "    return moment == _EPOCH or stamp.text.startswith(_EPOCH_WALL)", "    return moment == _EPOCH"),  # 57
    ("_sources.py", "    return moment == _EPOCH or stamp.text.startswith(_EPOCH_WALL)", "    return stamp.text.startswith(_EPOCH_WALL)"),  # 58
    ("_sources.py", "    if _epoch(stamp):\n        return None", "    if False:\n        return None"),  # 59
    ("_sources.py", '_EPOCH_WALL = ("1970-01-01T00:00", "1970-01-01 00:00")', '_EPOCH_WALL = ("1970-01-01T00:00",)'),  # 60
    # -- _sources.py: a JSON-LD article of another page (_another_page, _same_page) --------
    ("_sources.py", "    if headline is None or _same_name(headline, heading):\n        return False", "    if headline is None:\n        return False"),  # 61
    ("_sources.py", "    return bool(named) and not any(_same_page(link, address) for link in named)", "    return bool(named)"),  # 62
    ("_sources.py", "    return number is not None and number == url_number(second)", "    return False"),  # 63
    ("_sources.py", "    if not address or not heading:\n        return False", "    if not heading:\n        return False"),  # 64
    # -- _resolve.py: machine against visible --------------------------------------------
    ("_resolve.py", "                and not _midnight_placeholder(other)\n", ""),  # 65
    ("_resolve.py", "    return cand.machine and cand.stamp is not None and bool(_MIDNIGHT.search(cand.stamp.text))", "    return cand.stamp is not None and bool(_MIDNIGHT.search(cand.stamp.text))"),  # 66
    ("_resolve.py", '_MIDNIGHT = re.compile(r"[T ]00:00(?::00(?:\\.0+)?)?(?:Z', '_MIDNIGHT = re.compile(r"[T ]00:00:00(?:\\.0+)?(?:Z'),  # 67
    ("_resolve.py", "    return other.stamp.jalali_date != best.stamp.jalali_date", "    return True"),  # 68
    ("_resolve.py", "    return other.stamp.jalali_date != best.stamp.jalali_date", "    return False"),  # 69
    ("_resolve.py", "    if not best.machine or other.machine or other.rule not in _WEAK_LINES:", "    if other.machine or other.rule not in _WEAK_LINES:"),  # 70
    ("_resolve.py", '_WEAK_LINES = frozenset({"footer date line", "date line farther above title"})', '_WEAK_LINES = frozenset({"footer date line"})'),  # 71
    ("_resolve.py", "                if other.stamp.has_time or not stamp.has_time:", "                if True:"),  # 72
    # -- _article.py: a modification equal to the publication, the page's clock -----------
    ("_article.py", "        and updated.stamp.gregorian == published.stamp.gregorian\n    ):", "        and False\n    ):"),  # 73
    # (74 and 75 were «if choice.rule in _MACHINE or _PRINTED_ZONE.search(stamp.text):» made
    # «if choice.rule in _MACHINE:» and «if _PRINTED_ZONE.search(stamp.text):» until the
    # tenth round rewrote the line: a machine time without an offset is a wall time.)
    ("_article.py", "    if _PRINTED_ZONE.search(to_ascii_digits(stamp.text)):", "    if _PRINTED_ZONE.search(stamp.text):"),  # 74
    ("_article.py", "    if _PRINTED_ZONE.search(to_ascii_digits(stamp.text)):", "    if True:"),  # 75
    ("_article.py", '    sign = -1 if label.group("sign") == "-" else 1', "    sign = 1"),  # 76
    # -- The tenth round's new code: Persian-digit offset labels, related list entries ------
    ("_article.py", "    label = _OFFSET_LABEL.match(to_ascii_digits(stamp.text)) if", "    label = _OFFSET_LABEL.match(stamp.text) if"),  # 77
    ("_html.py", "        if _teaser_link(entry, entry, seen) or (\n", "        if False or (\n"),  # 78
    ("_html.py", "0 <= body_end < index and _links_only(entry) and not", "_links_only(entry) and not"),  # 79
]  # fmt: skip
TESTS = ["tests/test_machine_dates.py", "tests/test_machine_date_mutants.py"]


def main(argv: list[str] | None = None) -> int:
    return cli(__doc__, MUTANTS, TESTS, argv)


if __name__ == "__main__":
    sys.exit(main())
