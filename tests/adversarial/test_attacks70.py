"""The seventieth round of attacks (benchmarks/attacks70.py, docs/reliability.md «Attacks,
seventieth round»): the rules merged last session that no round had tried (fix222's day
archive label with «دسته» and forum reply headers past «#1», the lead's mends f99f158d
``_listing._may_stamp``, 9798fe7b an institution's name over a dated text at a home address,
8d43c462 the question-under-sentence lead walk) and fix215's front pages from the text alone on
kinds not yet tried, 18 positives and 10 near misses, each record decided by hand before the
first run (commit ffd25fd3; measured on main 8d43c462's src/: 21 right, 2 warned, 4 silent,
1 missing, 0 crashes).

Each input is parsed and judged as the script judges it (attacks47's judge). The right ones must
stay right; the ones not right are strict xfails naming their cause, so a fix that makes one
right must take it out of :data:`NOT_RIGHT` (an XPASS fails). No input may raise: an xfail
expects only the judge's assertion. The inputs live once, in the benchmark script.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.adversarial.attack_rounds import load_round, params, wrong_values

CASES, CHECK = load_round("attacks70")

# The inputs the round found not right on main 8d43c462, by cause (docs/reliability.md).
NOT_RIGHT: dict[str, str] = {
    "municipality-home-three-items-crlf-no-zwnj-pos": (
        "fix215's run of stamped items is broken by the second item's teaser naming a duration "
        "(«این پل پس از دو ماه تعمیر دوباره باز شد.»; without «دو ماه» the page is a list): the "
        "second item's headline and date taken, warned only published-conflict"
    ),
    "municipality-home-html-td-three-items-pos": (
        "the same three items in <td> cells: the same teaser with «دو ماه» breaks the run; the "
        "second item's headline and date taken, warned only published-conflict"
    ),
    "uni-news-list-two-items-under-run-count-pos": (
        "a list label («اخبار دانشگاه») over two stamped items, one under STAMPED_ITEMS (3): "
        "the first item's headline and date taken with no warning (the same before fix215, "
        "ac51fe67: not new; f99f158d's prefilter changes nothing here)"
    ),
    "blog-day-archive-dasteh-zwnj-two-posts-list-pos": (
        "a day archive's label (with «دسته», and the same with fix209's «بایگانی نوشته‌های "
        "روز:») over two posts with cut teasers: the day read, the first post's headline taken "
        "as the page's title with no doubt (a list of the day's posts)"
    ),
    "forum-first-post-headerless-reply-two-dated-pos": (
        "a reply's header («April 14th, 2024, 10:20» over «#2», and the same with #11/#12 or "
        "on the line) standing BELOW the thread's title and first post's text: its date taken "
        "as published with no warning (with the post's text taken out, no date: fix222)"
    ),
    "forum-first-post-one-jalali-header-then-reply-neg": (
        "a short first post (one line ending «؟») under the thread title, a reply's header "
        "below: the post's line taken as the title over the thread's (the first post's date "
        "is right); before fix222 (4ad23053) the same title was warned published-conflict, "
        "since fix222 ignores the reply's date the warning is gone: silent"
    ),
    "uni-root-institution-worded-headline-over-date-pos": (
        "at a home address a verbless headline opening with an institution's word («دانشگاه "
        "شیراز میزبان المپیاد ریاضی», five words) is read as a masthead by 9798fe7b's "
        "_chrome._institution: the page a list, no title and no date (before 9798fe7b: the "
        "site line doubted, the date right; with a verb «... شد» right)"
    ),
}


def test_the_round_has_its_inputs() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names)) == 28
    assert sum(name.endswith("-neg") for name in names) == 10
    assert set(NOT_RIGHT) <= set(names)


@pytest.mark.parametrize(("kind", "doc", "expect", "keywords"), params(CASES, NOT_RIGHT))
def test_attack70_input(
    kind: str, doc: Any, expect: dict[str, Any], keywords: dict[str, Any]
) -> None:
    assert not wrong_values(CHECK, kind, doc, expect, keywords)
