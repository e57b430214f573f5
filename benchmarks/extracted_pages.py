"""Write tests/pages_extracted/: every HTML page of tests/pages as a scraper's extractor gives it.

Users rarely pass the raw page: they pass what their extractor returns. Each form below is
one extractor called the way its documentation shows; tests/test_extracted.py parses the
saved outputs with ``parse_article`` (and the page's address) and checks them against the
HTML pages' goldens. The files are generated, never edited by hand: run from the repository
root, with the extractors installed (none is a dependency of the library)::

    pip install trafilatura==2.3.1 newspaper4k==0.9.6 selectolax==1.0.2 beautifulsoup4==4.15.0 lxml
    python benchmarks/extracted_pages.py            # write the files
    python benchmarks/extracted_pages.py --measure  # per-form figures, nothing written

``--measure`` needs pytest (it reads the test module's rule) but no extractor. It prints, per form and field, how many pages are right, wrong with a warning
(title-uncertain for the title, any warning for the other fields), wrong without one
(silent) or missing, by the rule of tests/test_extracted.py; ``--list`` adds one line per
silent value.

The forms (each file is ``<form>/<page>.txt``; Markdown is ``.markdown``, since pytest runs
every ``*.md`` under tests/ as a doctest):

- ``trafilatura_meta``: ``trafilatura.extract(html, output_format="txt", with_metadata=True)``,
  a YAML-like header (title, author, url, date ...) between ``---`` lines above the text;
- ``trafilatura``: the same without metadata: the main text alone;
- ``trafilatura_markdown``: ``output_format="markdown"``;
- ``newspaper``: newspaper4k's ``Article.title``, a blank line and ``Article.text``;
- ``selectolax``: ``tree.body.text(separator="\\n")`` (scripts and all, as a one-liner gives it);
- ``soup_line``: BeautifulSoup's ``get_text(" ", strip=True)``: the whole page on one line.

An extractor may return nothing for a page (no main text found): no file is written then.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import jalali_meta as jm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PAGES = ROOT / "tests" / "pages"
OUT = ROOT / "tests" / "pages_extracted"
_URL = re.compile(r"https?://\S+")


def _trafilatura(**options: object) -> Callable[[str, str | None], str | None]:
    def extract(html: str, url: str | None) -> str | None:
        import trafilatura

        result: str | None = trafilatura.extract(html, url=url, **options)
        return result

    return extract


def _newspaper(html: str, url: str | None) -> str | None:
    from newspaper import Article

    # fetch_images=False: the top image is not part of the text, and fetching it would go to the
    # network (an address with Persian letters in it made urllib3 raise on the Referer header).
    article = Article(url or "http://example.com/", fetch_images=False)
    article.download(input_html=html)
    article.parse()
    return f"{article.title}\n\n{article.text}" if article.title or article.text else None


def _selectolax(html: str, url: str | None) -> str | None:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    return None if tree.body is None else tree.body.text(separator="\n")


def _soup_line(html: str, url: str | None) -> str | None:
    from bs4 import BeautifulSoup

    text: str = BeautifulSoup(html, "lxml").get_text(" ", strip=True)
    return text


FORMS: dict[str, Callable[[str, str | None], str | None]] = {
    "trafilatura_meta": _trafilatura(output_format="txt", with_metadata=True),
    "trafilatura": _trafilatura(output_format="txt"),
    "trafilatura_markdown": _trafilatura(output_format="markdown"),
    "newspaper": _newspaper,
    "selectolax": _selectolax,
    "soup_line": _soup_line,
}


def suffix(form: str) -> str:
    return ".markdown" if form.endswith("markdown") else ".txt"


def source_url(path: Path) -> str | None:
    """The page's address: the first http(s) token of its golden's «source»."""
    found = _URL.search(json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["source"])
    return found.group(0) if found else None


def write() -> int:
    for form, extract in FORMS.items():
        folder = OUT / form
        folder.mkdir(parents=True, exist_ok=True)
        written = 0
        for path in sorted(PAGES.glob("*.html")):
            html = jm.decode_html(path.read_bytes())[0]
            text = extract(html, source_url(path))
            target = folder / f"{path.stem}{suffix(form)}"
            if text and text.strip():
                target.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
                written += 1
            elif target.exists():
                target.unlink()
        print(f"{form}: {written} pages -> {folder.relative_to(ROOT)}")
    return 0


def measure(forms: list[str], listing: bool) -> int:
    from tests.checks import page_view
    from tests.test_extracted import extracted_golden, parse_extracted
    from tests.test_pages import _wrong_without_a_warning, day_for_time

    for form in forms:
        counts: Counter[tuple[str, str]] = Counter()
        for path in sorted((OUT / form).glob(f"*{suffix(form)}")):
            article = parse_extracted(path)
            golden = day_for_time(extracted_golden(path), article)
            got = page_view(article)
            silent = set(_wrong_without_a_warning(golden, article))
            for name in ("title", "number", "published", "updated"):
                if got[name] == golden[name]:
                    verdict = "right"
                elif got[name] is None:
                    verdict = "missing"
                else:
                    verdict = "silent" if name in silent else "warned"
                counts[name, verdict] += 1
                if listing and verdict == "silent":
                    print(
                        f"  {form} {path.stem[:60]} {name}: {got[name]!r} (golden {golden[name]!r})"
                    )
        pages = len(list((OUT / form).glob(f"*{suffix(form)}")))
        cells = "  ".join(
            f"{name} {counts[name, 'right']}/{counts[name, 'warned']}/{counts[name, 'silent']}"
            f"/{counts[name, 'missing']}"
            for name in ("title", "number", "published", "updated")
        )
        print(f"{form:21} {pages:3} pages  (right/warned/silent/missing)  {cells}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", action="store_true", help="print figures, write nothing")
    parser.add_argument("--list", action="store_true", help="with --measure: each silent value")
    parser.add_argument("forms", nargs="*", default=list(FORMS), help="forms to measure")
    args = parser.parse_args(argv)
    return measure(args.forms, args.list) if args.measure else write()


if __name__ == "__main__":
    sys.exit(main())
