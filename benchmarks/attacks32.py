"""Thirty-second round of attacks: a crash and cost hunt against the rules main gained since
the last crash hunt (fix45-fix77: the address rules, the <title> separators, the cut-sentence
rule, «؛» kickers, recipe headings, imprint and approval lines, Markdown home-link lines,
MediaWiki skip links).

Run from the repository root: PYTHONPATH=src python benchmarks/attacks32.py
(``--costs --size N --only NAME``: the cost shapes alone, at another n, by name)

Two kinds of check (docs/reliability.md, "Attacks, thirty-second round"):

- crash: each input goes through ``parse_article`` (lenient, then strict) or ``parse_html``
  (lenient, then strict), with its address; lenient mode must not raise, strict mode may raise
  only the library's own ``JalaliMetaError``. One line per input: ``ok`` or ``CRASH`` with the
  exception.
- cost: each shape is timed at n, 2n and 4n (best of three, as benchmarks/adversarial.py
  does) and its Python function calls counted (cProfile; the load of a shared machine moves
  the times, not the counts). ``SLOW`` when the calls grow 3 times or more over both
  doublings (near 4 is the square of n) or the time does; otherwise ``ok``, with
  the figures.

The shapes follow the rules' own tests and the real pages they were built on; the sentences
are ours.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import pstats
import random
import time
import traceback
import warnings
from collections.abc import Callable

import jalali_meta as jm

H = "شورای شهر بودجه سال آینده را بررسی کرد"
D = "۱۲ اسفند ۱۴۰۲ - ۱۰:۳۰"
BODY = (
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده و طرح‌های عمرانی نیمه‌تمام گفت‌وگو شد.\n"
)
PAGE = f"{H}\n\n{D}\n\n{BODY}"


def html_page(title: str, canonical: str | None = None, body: str = "") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    og = f'<meta property="og:url" content="{canonical}">' if canonical else ""
    return (
        f"<html><head><title>{title}</title>{link}{og}</head><body>"
        f'<a href="/"><img alt="سایت خبری"></a>{body}'
        f"<h1>{H}</h1><div>{D}</div><p>{BODY}</p></body></html>"
    )


# -- crash inputs: (name, kind, doc, url) -----------------------------------------------------
CrashCase = tuple[str, str, str, "str | None"]
crash_cases: list[CrashCase] = []


def crash(name: str, kind: str, doc: str, url: str | None = None) -> None:
    crash_cases.append((name, kind, doc, url))


# 1. Addresses (fix50's session hash, fix72-fix77's item keys, fix75's «tj.»/«af.» hosts).
BIG = "9" * 5000  # past int()'s 4,300-digit limit
KEYS = (
    "id",
    "ID",
    "Id",
    "S",
    "s",
    "newsid",
    "NewsID",
    "NEWSID",
    "articleId",
    "ArticleID",
    "itemid",
    "option",
    "view",
    "p",
    "P",
    "t",
    "page_id",
    "nid",
    "cid",
    "code",
)
VALUES = (
    "",
    "0",
    "00000",
    "12345",
    BIG,
    "%31%32%33",
    "%",
    "%zz",
    "%00",
    "۱۲۳۴۵",
    "١٢٣",
    "12345abc",
    "-1",
    "1e5",
    "+",
    "123%2F456",
    "𝟙𝟚𝟛",
)
addresses: list[str] = []
for key in KEYS:
    for value in VALUES:
        addresses.append(f"https://www.example.ir/news/detail?{key}={value}")
    addresses.append(f"https://www.example.ir/index.php?{key}=1&{key}=2&{key}=&{key.upper()}=3")
    addresses.append(f"https://www.example.ir/{key}/{BIG}/")
    addresses.append(f"https://www.example.ir/{key}/")
    addresses.append(f"https://www.example.ir/{key}")
    addresses.append(f"https://www.example.ir/{key}/{key}/{key}/12/")
addresses += [
    "https://www.example.ir/index.php?option=com_content&view=article&id=" + BIG,
    "https://www.example.ir/index.php?option=com_content&view=article&id=12:slug&catid=" + BIG,
    "https://www.example.ir/Portal/Home/ShowPage.aspx?Object=News&ID=" + BIG,
    "https://www.example.ir/articleId/" + BIG + "/title",
    "https://www.example.ir/newsid/" + BIG,
    "https://www.example.ir/news/" + BIG,
    "https://www.example.ir/" + BIG,
    "https://www.example.ir/fa/news/" + BIG + "/slug",
    "https://www.example.ir/1402/12/12/" + BIG + "/",
    "https://www.example.ir/" + BIG + "/1402/12/12/slug",
    "https://www.example.ir/?p=" + BIG,
    "https://www.example.ir/2024/03/02/" + BIG + "-slug/",
    "https://www.example.ir/archives/" + BIG,
    "https://www.example.ir/showthread.php?t=" + BIG,
    "https://www.example.ir/forum/showthread.php?" + BIG + "-title",
    "https://www.example.ir/mod/forum/discuss.php?d=" + BIG,
    "https://www.example.ir/x/" + "1" * 20 + "?" + "&".join(f"k{i}={i}" for i in range(2000)),
    "https://www.example.ir/page?" + "id=1&" * 3000,
    "https://www.example.ir/page?" + "&" * 5000,
    "https://www.example.ir/page?" + "=" * 5000,
    "https://www.example.ir/page?" + "%" * 5000,
    "https://www.example.ir/page?" + "%25" * 3000,
    "https://www.example.ir/" + "/" * 5000,
    "https://www.example.ir/" + "a/" * 5000,
    "https://www.example.ir/" + "12/" * 3000,
    "https://www.example.ir/" + "1402/12/12/" * 1000,
    "https://www.example.ir/" + "-" * 5000,
    "https://www.example.ir/" + "%D8%B4" * 3000,
    "https://www.example.ir/" + "ش" * 5000,
    "https://www.example.ir/" + "09121234567",
    "https://www.example.ir/news/09121234567/" + BIG,
    "http://[::1]/news/12345",
    "http://[2001:db8::1]:8080/news/12345",
    "http://[::1/news/12345",
    "http://::1]/news/12345",
    "http://[]/x",
    "http://[zz]/x",
    "http://user:pass@www.example.ir:8080/news/12345?id=3#frag",
    "http://user@tj.example.com/news/12345",
    "http://tj.:80/news/1",
    "http://TJ.EXAMPLE.COM/news/1",
    "http://af.example.ir/news/1",
    "http://tj./",
    "http://.tj/",
    "http://tj/",
    "http://tj.blogfa.com:99999/post/1",
    "http://tj.example.com:abc/post/1",
    "http://www.example.ir:-1/x",
    "http://xn--mgbaam7a8h.ir/news/1",
    "http://خبر.ایران/news/۱۲۳۴",
    "http://ایران/اخبار/" + "ش" * 3000,
    "#frag",
    "#",
    "?",
    "?id=5",
    "//",
    "/",
    "",
    " ",
    "\x00",
    "http://\ud800/x",
    "http://www.example.ir/\ud800?id=\udfff",
    "http://www.example.ir/news?S=" + "A" * 5000,
    "http://www.example.ir/news?s=",
    "http://www.example.ir/news?S",
    "http://www.example.ir/news?S=1&s=2&S=3",
    "http://www.example.ir/news;jsessionid=" + "A" * 500,
    "mailto:a@b.ir",
    "javascript:alert(1)",
    "file:///etc/x",
    "http:",
    "http://",
    "https://a" * 2000,
    "http://www.example.ir/%E0%A4%A",
    "http://www.example.ir/%FF%FE/news/1",
    "http://www.example.ir/news/1\n2",
    "http://www.example.ir/news/1\t2 3",
    "http://www.example.ir/News/ID/" + BIG,
]
for i, url in enumerate(addresses):
    crash(f"address-{i:03d} {url[:60]!r}", "text", PAGE, url)
for i, url in enumerate(addresses):
    # the address as the canonical link, og:url and a link in the page («<a href>» home links)
    href = url.replace('"', "")
    body = f'<a href="{href}">خانه</a><link rel="shortlink" href="{href}">'
    crash(f"address-html-{i:03d} {url[:60]!r}", "html", html_page(H, href, body), url)

# Seeded random addresses: parts of the shapes above joined at random (2,000 of them).
_rng = random.Random(32)
_PARTS = (
    *KEYS,
    *VALUES[:4],
    *VALUES[5:],
    "/",
    "//",
    "?",
    "&",
    "=",
    "#",
    "@",
    ":",
    ";",
    "[",
    "]",
    "::1",
    "%",
    "%2",
    "%D8",
    "%D8%B4",
    "tj.",
    "af.",
    "www.",
    "blogfa.com",
    ".ir",
    ".tj",
    ".af",
    ":8080",
    "user:pw@",
    "1402",
    "12",
    "09121234567",
    "0",
    "9" * 40,
    "ش",
    "۱۴۰۲",
    "\u200c",
    "\x00",
    " ",
    "\t",
    "..",
    "-",
    "_",
    "+",
    "index.php",
    "Default.aspx",
    "amp",
    "print",
)
for i in range(2000):
    scheme = _rng.choice(("http://", "https://", "", "//", "HTTP://"))
    url = scheme + "".join(_rng.choice(_PARTS) for _ in range(_rng.randint(1, 14)))
    crash(f"random-address-{i:04d} {url[:60]!r}", "text", PAGE, url)

# 2. <title> separators (fix76's « > », fix74's home-link part).
for sep in (" > ", "|", " | ", "-", " - ", " » ", " :: ", "»", ">", " – "):
    crash(f"title-sep-repeated {sep!r}", "html", html_page(sep * 10000))
    crash(f"title-sep-parts {sep!r}", "html", html_page(sep.join(["خبر"] * 5000)))
    crash(f"title-sep-headline {sep!r}", "html", html_page(H + sep * 10000 + "سایت خبری"))
crash("title-empty", "html", html_page(""))
crash("title-gt-entity", "html", html_page(" &gt; " * 5000))

# 3. Text-side shapes: cut sentence, kickers, recipes, imprint/approval, home links, wiki links.
crash("cut-sentence-commas", "text", "،" * 5000 + "\n" + PAGE)
crash("cut-sentence-lines", "text", ("یک دو سه چهار پنج،\nو شش هفت\n") * 2000 + PAGE)
crash("cut-sentence-lone-comma-lines", "text", "،\n" * 5000 + PAGE)
crash("kicker-semicolons", "text", "؛" * 5000 + "\n" + PAGE)
crash("kicker-lines", "text", ("سه شنبه ۱۲ اسفند ۱۴۰۲\nخبر؛ " + H + "\n") * 1000 + BODY)
crash("recipe-headings", "text", "مواد لازم\n" * 3000 + PAGE)
crash("recipe-servings", "text", ("مواد لازم برای " + "۴ تا " * 2000 + "۶ نفر:\n") + PAGE)
crash("imprint-huge-year", "text", H + "\nچاپ چهارم، تهران: انتشارات نمونه، " + BIG + "\n" + BODY)
crash("approval-huge-date", "text", H + "\nمصوب " + BIG + "/" + BIG + " مجلس\n" + BODY)
crash("approval-repeated", "text", ("مصوب ۱۴۰۲/۱۲/۱۲ مجلس شورای اسلامی\n" * 2000) + PAGE)
crash("imprint-repeated", "text", ("تهران: نشر نمونه، ۱۴۰۰\n" * 2000) + PAGE)
crash("home-link-nested", "text", "[" * 3000 + "X" + "](/)" * 3000 + "\n" + PAGE)
crash("home-link-unbalanced-open", "text", "[" * 5000 + "X](/)\n" + PAGE)
crash("home-link-unbalanced-close", "text", "[X](/)" + ")" * 5000 + "\n" + PAGE)
crash("home-link-lines", "text", "[سایت خبری](/)\n" * 3000 + PAGE)
crash("home-link-heading", "text", "#" * 5000 + " [X](/)\n" + PAGE)
crash("wiki-skip-links", "text", "پرش به: ناوبری, جستجو " * 2000 + "\n" + PAGE)
crash("wiki-skip-lines", "text", "پرش به ناوبری پرش به جستجو\n" * 2000 + PAGE)
crash("jump-to-glued", "text", "Jump to: navigation, search" * 2000 + H + "\n" + D + "\n" + BODY)
crash("reported-lead", "text", (H + "\nبه گزارش " + H + "\n") * 1000 + BODY)
crash("glued-label", "text", "نویسنده: علیتاریخ:" * 2000 + "\n" + PAGE)
crash("photo-buttons", "text", "تصویر ذخیره تصویر\n" * 2000 + PAGE)
crash("read-more", "text", ("متن کوتاه ... ادامه مطلب\n" + H + "\n") * 1000)
crash("empty", "text", "")
crash("nul-lines", "text", "\x00\n" * 5000 + PAGE)


# -- cost shapes: (name, entry, make(n) -> (doc, url)) ----------------------------------------
CostCase = tuple[str, str, Callable[[int], tuple[str, "str | None"]]]
cost_cases: list[CostCase] = [
    (
        "url digits /articleId/N",
        "text",
        lambda n: (PAGE, "https://www.example.ir/articleId/" + "1" * n + "/t"),
    ),
    (
        "url repeated query keys",
        "text",
        lambda n: (PAGE, "https://www.example.ir/x?" + "id=1&" * (n // 5)),
    ),
    (
        "url distinct query keys",
        "text",
        lambda n: (PAGE, "https://www.example.ir/x?" + "".join(f"k{i}=1&" for i in range(n // 8))),
    ),
    (
        "url key segments",
        "text",
        lambda n: (PAGE, "https://www.example.ir/" + "newsid/1/" * (n // 9)),
    ),
    (
        "url percent-escapes",
        "text",
        lambda n: (PAGE, "https://www.example.ir/" + "%D8%B4" * (n // 6)),
    ),
    ("url Persian path", "text", lambda n: (PAGE, "https://www.example.ir/" + "ش-" * (n // 2))),
    (
        # fix108's headline run into its lead (`_title._repeated_lead_start`) tried every
        # offset of the line against the next paragraph: the square of the line's length
        # (800,000 characters took 16 s); the lead bounded it, at the session's end, by the headline's
        # words. The next paragraph repeats the line's first half only.
        "glued headline over a long half-repeated paragraph",
        "text",
        lambda n: (
            "ب " * (n // 2) + "پایان.\n" + "ب " * (n // 4) + "ج " * (n // 4) + "تمام.\n",
            None,
        ),
    ),
    (
        "url date segments",
        "text",
        lambda n: (PAGE, "https://www.example.ir/" + "1402/12/12/" * (n // 11)),
    ),
    ("title ' > ' repeated", "html", lambda n: (html_page(" > " * (n // 3)), None)),
    ("title '|' repeated", "html", lambda n: (html_page("|" * n), None)),
    ("title '-' repeated", "html", lambda n: (html_page("-" * n), None)),
    ("title parts ' > '", "html", lambda n: (html_page(" > ".join(["خبر"] * (n // 6))), None)),
    ("cut sentence «،» line", "text", lambda n: ("،" * n + "\n" + PAGE, None)),
    (
        "cut sentence lines",
        "text",
        lambda n: (("یک دو سه چهار پنج،\nو شش هفت\n") * (n // 28) + PAGE, None),
    ),
    ("menu lines", "text", lambda n: ("بانک و بیمه\nبورس\nمسکن\n" * (n // 22) + PAGE, None)),
    ("«؛» kickers", "text", lambda n: (("خبر؛ " + H + "\n") * (n // 45) + PAGE, None)),
    ("«؛» run", "text", lambda n: ("؛" * n + "\n" + PAGE, None)),
    ("recipe headings", "text", lambda n: ("مواد لازم\n" * (n // 10) + PAGE, None)),
    ("approval lines", "text", lambda n: (("مصوب ۱۴۰۲/۱۲/۱۲ مجلس\n" * (n // 21)) + PAGE, None)),
    ("imprint lines", "text", lambda n: (("تهران: نشر نمونه، ۱۴۰۰\n" * (n // 23)) + PAGE, None)),
    ("huge approval number", "text", lambda n: (H + "\nمصوب " + "۱" * n + " مجلس\n" + BODY, None)),
    (
        "home links nested",
        "text",
        lambda n: ("[" * (n // 5) + "X" + "](/)" * (n // 5) + "\n" + PAGE, None),
    ),
    ("home links unbalanced", "text", lambda n: ("[" * n + "X](/)\n" + PAGE, None)),
    ("home link lines", "text", lambda n: ("[سایت خبری](/)\n" * (n // 15) + PAGE, None)),
    (
        "wiki skip links",
        "text",
        lambda n: ("پرش به: ناوبری, جستجو " * (n // 22) + "\n" + PAGE, None),
    ),
    (
        "wiki skip lines",
        "text",
        lambda n: ("پرش به ناوبری پرش به جستجو\n" * (n // 27) + PAGE, None),
    ),
    ("reported leads", "text", lambda n: ((H + "\nبه گزارش " + H + "\n") * (n // 90) + BODY, None)),
]


def run_crashes() -> int:
    crashes = 0
    for name, kind, doc, url in crash_cases:
        found = None
        for strict in (False, True):
            try:
                if kind == "html":
                    jm.parse_html(doc, url=url, strict=strict)
                else:
                    jm.parse_article(doc, url=url, strict=strict)
            except jm.JalaliMetaError:
                if not strict:
                    found = "lenient mode raised " + traceback.format_exc().splitlines()[-1]
            except Exception:  # any other exception is the finding
                found = f"strict={strict}: " + traceback.format_exc().splitlines()[-1]
            if found:
                break
        if found:
            crashes += 1
            print(f"CRASH {name}: {found}")
        else:
            print(f"ok    {name}")
    return crashes


def _parse(kind: str, doc: str, url: str | None) -> None:
    try:
        if kind == "html":
            jm.parse_html(doc, url=url)
        else:
            jm.parse_article(doc, url=url)
    except Exception:  # a crash shows in the crash part; time what ran
        pass


def best_of_three(kind: str, doc: str, url: str | None) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        _parse(kind, doc, url)
        best = min(best, time.perf_counter() - start)
    return best


def calls(kind: str, doc: str, url: str | None) -> int:
    """Python function calls of one parse: a count the shared machine's load cannot move."""
    profile = cProfile.Profile()
    profile.runcall(_parse, kind, doc, url)
    return sum(row[1] for row in pstats.Stats(profile).stats.values())  # type: ignore[attr-defined]


def run_costs(n: int) -> int:
    slow = 0
    _parse("text", PAGE, None)  # compile the patterns first: no shape pays for them
    _parse("html", html_page(H), None)
    for name, kind, make in cost_cases:
        sizes = (n, 2 * n, 4 * n)
        times = [best_of_three(kind, *make(size)) for size in sizes]
        counts = [calls(kind, *make(size)) for size in sizes]
        ratios = [b / a if a > 0 else 0.0 for a, b in itertools.pairwise(times)]
        call_ratios = [b / a for a, b in itertools.pairwise(counts)]
        # Growth of 3 or more on both doublings: one jump is a bound crossed (the text's
        # lines past the first thousands are made on demand), the square of n shows on both.
        # The time is asked too (a regular expression's backtracking makes no Python calls);
        # below 20 ms the timer's noise, not the shape, decides a time ratio.
        bad = min(call_ratios) >= 3.0 or (min(ratios) >= 3.0 and times[-1] > 0.02)
        slow += bad
        figures = " ".join(f"{t * 1000:.1f}ms" for t in times)
        print(
            f"{'SLOW' if bad else 'ok  '}  {name}: n={n} {figures} "
            f"time ratios {ratios[0]:.2f} {ratios[1]:.2f}; "
            f"calls {counts[0]:,} ratios {call_ratios[0]:.2f} {call_ratios[1]:.2f}"
        )
    return slow


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20000, help="n of the cost shapes")
    parser.add_argument("--only", default="", help="the cost shapes whose name holds this")
    parser.add_argument("--costs", action="store_true", help="the cost shapes alone")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    crashes = 0 if args.costs else run_crashes()
    cost_cases[:] = [case for case in cost_cases if args.only in case[0]]
    slow = run_costs(args.size)
    print(
        f"{0 if args.costs else len(crash_cases)} crash inputs: {crashes} CRASH; "
        f"{len(cost_cases)} cost shapes at n, 2n, 4n: {slow} SLOW"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
