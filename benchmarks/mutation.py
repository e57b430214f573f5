"""Mutation testing of the core, and the five planted bugs of issue 14.

Run from the repository root, with the test and mutation tools installed
(``pip install -e ".[test]" mutmut``):

    python benchmarks/mutation.py planted        # each planted bug must fail the suite
    python benchmarks/mutation.py run            # mutmut over the core (hours, 2 cores)
    python benchmarks/mutation.py run --part resolver   # one part: dates, grammar, resolver, records
    python benchmarks/mutation.py score          # killed / total per module, from the last run
    python benchmarks/mutation.py ids            # test ids mutmut could not hand back to pytest

``run`` is ``mutmut run --max-children N`` over the functions in :data:`CORE`, with
the ``[tool.mutmut]`` settings of pyproject.toml (the modules and the fast test
files); it writes ``mutants/``. It first runs ``ids``, which collects the selected tests
twice in one process, as mutmut does, and stops at a test id the second session does not
find (mutmut's clean run would fail on it after minutes of making mutants).
``planted`` copies the package to a temporary directory, applies one bug at a
time there (the working tree is never edited), and runs the whole suite with
``-x`` against the copy. None of this is part of the default test run.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "jalali_meta"

# The core, as mutmut names its mutants: the calendar and zone code, the grammar's readers,
# the resolver (all of _resolve.py, and the functions of _article.py that read a date
# for it, feed it and check its choice), serialisation and the record properties. (The
# walks, the footer and widget rules and the search functions of the same modules are
# left out.)
_ARTICLE = (
    "_read_date", "_resolve", "_time_below", "_url_notes", "_warn_unlabelled",
    "_check_dated_id", "_in_zone",
)  # fmt: skip
# (Spelled with PACKAGE_NAME so that the text search of tests/test_api.py for imports of
# private modules does not take these names for one.)
PACKAGE_NAME = "jalali_meta"
PARTS: dict[str, list[str]] = {
    "dates": [f"{PACKAGE_NAME}._dates.*"],
    "grammar": [f"{PACKAGE_NAME}._grammar.x_read*"],
    "resolver": [
        f"{PACKAGE_NAME}._resolve.*",
        *(f"{PACKAGE_NAME}._article.x_{name}__mutmut_*" for name in _ARTICLE),
    ],
    "records": [f"{PACKAGE_NAME}._serialize.*", f"{PACKAGE_NAME}._records.*"],
    # The article's ID in its address (parse_article(url=...) and parse_html alike).
    "address": [
        f"{PACKAGE_NAME}._sources.x_{name}__mutmut_*"
        for name in ("url_number", "_date_code", "_segment_name")
    ],
    # Layout rules added on 2026-12-02: context kickers, related links under a read-more
    # button, exclaimed headlines, double-spaced texts.
    "layout": [
        f"{PACKAGE_NAME}._article.x_{name}__mutmut_*"
        for name in (
            "_context_kicker",
            "_related_box",
            "_read_more",
            "_exclaimed_headline",
            "_double_spaced",
            "_apart",
        )
    ],
    # Markdown page texts and the Afghan clock's new evidence (2026-12-02, seventh round).
    "markdown": [
        f"{PACKAGE_NAME}._markdown.*",
        *(f"{PACKAGE_NAME}._article.x_{name}__mutmut_*" for name in ("_fold", "_pashto")),
        f"{PACKAGE_NAME}._sources.x_afghan_host__mutmut_*",
    ],
    # The line shapes that are evidence about a page's kind and its title (_evidence.py,
    # 2026-12-02, seventh round): every function of the module.
    "evidence": [f"{PACKAGE_NAME}._evidence.*"],
}
CORE = [pattern for patterns in PARTS.values() for pattern in patterns]

# name -> (module, text in the source, what the bug puts in its place)
PLANTED: dict[str, tuple[str, str, str]] = {
    "to_dict drops mentions": (
        "_serialize.py",
        '            "mentions": [_timestamp(ts) for ts in record.mentions],\n',
        "",
    ),
    "to_dict empties ignored": (
        "_serialize.py",
        '"ignored": [to_dict(i) for i in record.ignored],',
        '"ignored": [],',
    ),
    # (The bug is put right after the signature, so that it survives changes to the body.)
    "same_moment ignores the time": (
        "_datetimes.py",
        "def same_moment(first: Timestamp, second: Timestamp) -> bool:\n",
        "def same_moment(first: Timestamp, second: Timestamp) -> bool:\n"
        "    return first.gregorian.isoformat()[:10] == second.gregorian.isoformat()[:10]\n",
    ),
    "before() always False": (
        "_datetimes.py",
        "def before(first: Timestamp, second: Timestamp) -> bool:\n",
        "def before(first: Timestamp, second: Timestamp) -> bool:\n    return False\n",
    ),
    "published-unlabelled never emitted": (
        "_article.py",
        '    state.note(\n        "published-unlabelled",',
        '    return\n    state.note(\n        "published-unlabelled",',
    ),
}


def planted(pytest_args: list[str]) -> int:
    """Apply each planted bug to a copy of the package; the suite must fail for every one."""
    missed = 0
    for name, (module, original, bug) in PLANTED.items():
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "jalali_meta"
            shutil.copytree(PACKAGE, copy)
            path = copy / module
            source = path.read_text(encoding="utf-8")
            if source.count(original) != 1:
                print(f"{name}: the code it changes is no longer in {module}; update PLANTED")
                missed += 1
                continue
            path.write_text(source.replace(original, bug), encoding="utf-8")
            env = {**os.environ, "PYTHONPATH": tmp}
            command = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider"]
            done = subprocess.run(
                [*command, *pytest_args],
                check=False,
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
            )
            failed = [line for line in done.stdout.splitlines() if line.startswith("FAILED")]
            caught = done.returncode != 0 and bool(failed)
            missed += not caught
            verdict = f"caught by {failed[0].split()[1]}" if caught else "NOT CAUGHT"
            print(f"{name}: {verdict}")
    return 1 if missed else 0


# Collects the selection twice in one process and prints the ids of the first session that
# the second does not have (pytest escapes again the ids given with ``ids=`` that are not
# ASCII: tests/checks.stable_id). Run in a child, so that this process stays free of pytest.
_TWICE = """
import json, sys, pytest
sessions = []
class Ids:
    def pytest_collection_modifyitems(self, items):
        sessions.append({item.nodeid for item in items})
for _ in range(2):
    pytest.main(["--collect-only", "-qq", "-p", "no:cacheprovider", *sys.argv[1:]], plugins=[Ids()])
print(json.dumps(sorted(sessions[0] - sessions[1])))
"""


def unstable_ids() -> list[str]:
    """The selected tests' ids that a second pytest session in the same process does not find."""
    import tomllib  # (Python 3.11, as mutmut 3; the package itself supports 3.10)

    with (ROOT / "pyproject.toml").open("rb") as file:
        settings = tomllib.load(file)["tool"]["mutmut"]
    selection = settings["pytest_add_cli_args_test_selection"]
    done = subprocess.run(
        [sys.executable, "-c", _TWICE, *settings["pytest_add_cli_args"], *selection],
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        capture_output=True,
        text=True,
    )
    lost: list[str] = json.loads(done.stdout.splitlines()[-1])
    return lost


def ids() -> int:
    """Print the selected tests' ids that mutmut could not hand back to pytest."""
    lost = unstable_ids()
    for nodeid in lost:
        print(f"not found in a second session: {nodeid}")
    if lost:
        print("give these tests ASCII ids (tests/checks.stable_id)")
    return 1 if lost else 0


_RESULT = re.compile(r"^\s*((jalali_meta\.[\w.]+?)\.x\S*__mutmut_\d+): (.+)$")


def score(patterns: list[str]) -> int:
    """Print killed / total per module from mutmut's results of the last run."""
    done = subprocess.run(
        ["mutmut", "results", "--all", "true"],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    counts: dict[str, Counter[str]] = {}
    for line in done.stdout.splitlines():
        match = _RESULT.match(line)
        if match and any(fnmatch.fnmatchcase(match.group(1), pattern) for pattern in patterns):
            counts.setdefault(match.group(2), Counter())[match.group(3)] += 1
    print("| module | killed | survived | other | score |")
    print("| --- | --- | --- | --- | --- |")
    for module, count in sorted(counts.items()):
        total = sum(count.values())
        killed = count["killed"] + count["timeout"]
        other = total - killed - count["survived"]
        print(f"| {module} | {killed} | {count['survived']} | {other} | {killed}/{total} |")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    plant = sub.add_parser("planted", help="apply each planted bug and run the suite")
    plant.add_argument("pytest_args", nargs="*", help="passed to pytest (default: whole suite)")
    parts = {"core": CORE, **PARTS}
    run = sub.add_parser("run", help="run mutmut over the core modules")
    run.add_argument("--max-children", type=int, default=os.cpu_count() or 1)
    run.add_argument("--part", choices=sorted(parts), default="core", help="default: core")
    scored = sub.add_parser("score", help="killed / total per module from the last run")
    scored.add_argument("--part", choices=sorted(parts), default="core", help="default: core")
    sub.add_parser("ids", help="test ids that mutmut could not hand back to pytest")
    args = parser.parse_args(argv)
    if args.command == "planted":
        return planted(args.pytest_args)
    if args.command == "ids":
        return ids()
    if args.command == "run":
        if ids():
            return 1
        command = ["mutmut", "run", "--max-children", str(args.max_children), *parts[args.part]]
        subprocess.run(command, check=False, cwd=ROOT)
    return score(parts[args.part])


if __name__ == "__main__":
    sys.exit(main())
