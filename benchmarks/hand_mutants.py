"""Hand-written mutants of the seventh round's new code: each must make a test fail.

The Markdown reader (src/jalali_meta/_markdown.py and its use in the article module), the
Pashto and host-name evidence for Kabul's clock, the HTML date box and the credit line.
Each mutant is applied to a copy of src/ in a temporary directory (the working tree is
never edited) and the four test files below are run against the copy. Run from the
repository root::

    python benchmarks/hand_mutants.py      # about 2 minutes; prints "N/23 killed"

(mutmut, which benchmarks/mutation.py drives, failed in its clean run on this round's test
selection, so these mutants were written by hand.)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = [
    ("_markdown.py", "    text = _MARKER.sub(_spaces, text)  # first", "    text = text  # first"),
    ("_markdown.py", "    text = _HEADING.sub(_spaces, text)\n", "    text = text\n"),
    ("_markdown.py", "    text = _HEADING_CLOSE.sub(_spaces, text)\n", "    text = text\n"),
    ("_markdown.py", "        text = _blank_tables(text)\n", "        text = text\n"),
    ("_markdown.py", "    text = _EDGE_PIPES.sub(_spaces, text)\n", "    text = text\n"),
    ("_markdown.py", "    text = _IMAGE.sub(_spaces, text)\n", "    text = text\n"),
    ("_markdown.py", "    text = _LINK.sub(_KEEP_FIRST, text)\n", "    text = text\n"),
    ("_markdown.py", "    text = _REFERENCE.sub(_KEEP_FIRST, text)\n", "    text = text\n"),
    ("_markdown.py", "    text = _STRONG.sub(_KEEP_SECOND, text)\n", "    text = text\n"),
    ("_markdown.py", "    text = _EMPHASIS.sub(_KEEP_SECOND, text)\n", "    text = text\n"),
    ("_markdown.py", '    return _ESCAPE.sub(" ", text)', "    return text"),
    ("_markdown.py", "MIN_MARKS = 2", "MIN_MARKS = 1"),
    ("_markdown.py", "MIN_MARKS = 2", "MIN_MARKS = 9"),
    (
        "_markdown.py",
        "        if not _HOME_LINK.fullmatch(found.group(1).strip())",
        "        if True",
    ),
    (
        "_markdown.py",
        '    if "#" in text and _HEADING_WORDS.search(text):',
        '    if "#" in text and _HEADING.search(text):',
    ),
    (
        "_article.py",
        "        if len(found) == 1 and not headings:  # one page headline",
        "        if len(found) >= 1 and not headings:  # one page headline",
    ),
    (
        "_article.py",
        "    if blanked:\n        article = _folded(article)",
        "    if False:\n        article = _folded(article)",
    ),
    (
        "_article.py",
        "    state.double_spaced = hints.spaced or _double_spaced(lines)",
        "    state.double_spaced = _double_spaced(lines)",
    ),
    ("_article.py", "    return found >= PASHTO_MIN_LETTERS", "    return found >= 1"),
    ("_article.py", "    return found >= PASHTO_MIN_LETTERS", "    return False"),
    (
        "_sources.py",
        '    return host.endswith(".af") or any(word in host for word in _AFGHAN_HOST_WORDS)',
        '    return host.endswith(".af")',
    ),
    (
        "_html.py",
        '            if _DATE_CLASS.search(element.attributes.get("class") or ""):',
        "            if False:",
    ),
    ("_article.py", '    if ":" in norm and _CREDIT.match(norm):', "    if False:"),
]
TESTS = [
    "tests/test_markdown.py",
    "tests/test_article_rules.py",
    "tests/test_url_number.py",
    "tests/test_pages.py",
]


def _holder(package: Path, old: str) -> tuple[Path, str] | None:
    """The one module of ``package`` that holds ``old``, exactly once, and its text; None if
    none or several do. A mutant names the module its snippet was in when it was written:
    _article.py's definitions have since moved to _lines.py, _title.py and the other
    modules split from it, so a snippet no longer in its named module is looked for in
    every module of the package."""
    holders = []
    for path in sorted(package.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        if old in source:
            holders.append((path, source))
    if len(holders) == 1 and holders[0][1].count(old) == 1:
        return holders[0]
    return None


def applies(module: str, old: str) -> bool:
    """Whether a mutant's ``old`` text is in src/ as :func:`run` wants it: once in ``module``,
    or once in the one other module that holds it (read only; nothing is copied or run)."""
    package = ROOT / "src" / "jalali_meta"
    path = package / module
    if path.exists() and path.read_text(encoding="utf-8").count(old) == 1:
        return True
    return _holder(package, old) is not None


def run(module: str, old: str, new: str, tests: list[str]) -> bool | None:
    """Apply one mutant (``old`` -> ``new`` in ``module``, or in the one other module of the
    package that holds ``old`` if ``module`` does not: :func:`_holder`) to a copy of src/
    and run ``tests`` against it with ``-x``: whether a test failed (None when ``old`` is
    not in exactly one module exactly once). The working tree is never edited."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(ROOT / "src", Path(tmp) / "src")
        path = Path(tmp) / "src" / "jalali_meta" / module
        source = path.read_text(encoding="utf-8")
        if source.count(old) != 1:
            found = _holder(path.parent, old)
            if found is None:
                return None
            path, source = found
        path.write_text(source.replace(old, new), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
            check=False,
            env={"PYTHONPATH": str(Path(tmp) / "src"), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        return done.returncode != 0


def cli(
    doc: str | None,
    mutants: list[tuple[str, str, str]],
    tests: list[str],
    argv: list[str] | None = None,
    fallback: list[str] | None = None,
) -> int:
    """The command line of a hand-mutant script: run every mutant (or the numbers given) of
    ``mutants`` against ``tests`` (or ``--tests``), then, for a mutant they do not kill,
    against ``fallback`` if given (pytest arguments: the pages the rules were made for);
    print each verdict and the count killed; exit 0 only when every chosen mutant was
    killed. With ``--list``: print the chosen mutants (each «applies» or «NOT APPLIED» to
    src/ as it stands) and the tests, run nothing, exit 0."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("only", nargs="*", type=int, help="run only these mutants")
    parser.add_argument("--tests", nargs="+", default=tests, help="default: %(default)s")
    parser.add_argument(
        "--list", action="store_true", help="print the mutants and the tests; run nothing"
    )
    args = parser.parse_args(argv)
    # A test file, or one test of it («path::name»), if the file exists.
    chosen_tests = [test for test in args.tests if (ROOT / test.split("::")[0]).exists()]
    chosen = args.only or list(range(len(mutants)))
    if args.list:
        for index in chosen:
            module, old, new = mutants[index]
            state = "applies" if applies(module, old) else "NOT APPLIED"
            print(index, state, module, repr(old), "->", repr(new))
        print(f"{len(chosen)} mutants; tests: {' '.join(chosen_tests)}")
        if fallback:
            print(f"fallback: {' '.join(fallback)}")
        return 0
    killed = 0
    for index in chosen:
        module, old, new = mutants[index]
        caught = run(module, old, new, chosen_tests)
        if caught is False and fallback:
            caught = run(module, old, new, fallback)
        if caught is None:
            print(index, "NOT APPLIED", module, old.strip()[:60], flush=True)
            continue
        killed += caught
        verdict = "killed" if caught else "SURVIVED"
        print(index, verdict, module, old.strip()[:60], "->", new.strip()[:30], flush=True)
    print(f"{killed}/{len(chosen)} killed")
    return 0 if killed == len(chosen) else 1


def main() -> int:
    killed = 0
    for index, (module, old, new) in enumerate(MUTANTS):
        caught = run(module, old, new, TESTS)
        if caught is None:
            print(index, "NOT APPLIED", module, old[:50])
            continue
        killed += caught
        verdict = "killed" if caught else "SURVIVED"
        print(index, verdict, module, old.strip()[:60], "->", new.strip()[:30], flush=True)
    print(f"{killed}/{len(MUTANTS)} killed")
    return 0 if killed == len(MUTANTS) else 1


if __name__ == "__main__":
    sys.exit(main())
