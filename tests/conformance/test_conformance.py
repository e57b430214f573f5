"""Peers' date cases (tests/conformance/*.json): every in-scope case agrees or carries a verdict."""

from __future__ import annotations

from tests.conformance.check import PEERS, load, run

import jalali_meta as jm


def test_every_in_scope_case_agrees_or_is_judged() -> None:
    """Each in-scope case agrees with its peer; a disagreement has a verdict, and a wrong peer is not followed."""
    failures = []
    count = 0
    for path in PEERS:
        data = load(path)
        for case in data["cases"]:
            if case["kind"] == "out-of-scope":
                continue
            count += 1
            agrees, got = run(case)
            verdict = case.get("verdict", "")
            if verdict.startswith("peer wrong") and agrees:
                failures.append(f"{data['peer']}: {case['input']!r} follows a wrong peer: {got}")
            elif not verdict and not agrees:
                failures.append(f"{data['peer']}: {case['input']!r} gave {got}, no verdict")
            elif verdict and not verdict.startswith(("peer wrong: ", "out of scope: ")):
                failures.append(f"{data['peer']}: {case['input']!r} has a malformed verdict")
    assert count >= 350
    assert failures == []


def test_no_lunar_date_is_read_as_jalali() -> None:
    """No in-scope input the peers mark as lunar Hijri gives a Jalali or Gregorian Timestamp."""
    wrong = []
    for path in PEERS:
        for case in load(path)["cases"]:
            expect = case["expect"]
            entries = [e for e in (expect if isinstance(expect, list) else [expect]) if e]
            calendars = {e.get("calendar") for e in entries if isinstance(e, dict)}
            if case["kind"] in ("convert", "out-of-scope") or calendars != {"hijri"}:
                continue
            wrong += [stamp.text for stamp in jm.find_dates(case["input"])]
    assert wrong == []
