"""Time ``parse_article`` on long pages of fix308's and fix309's shapes (speed61).

usage: PYTHONPATH=src python benchmarks/speed61_shapes.py SHAPE FILLER N [N ...]

SHAPE ``teaser``: a headline, N filler lines, then an outlet's name over one lone teaser
credited to it and its button (tests/test_fix308.py). SHAPE ``blog``: a Blog.ir month
archive's counter over N filler lines, a post and its footer (tests/test_fix309.py); with
FILLER ``footer`` the N lines are the footer itself, a dated line each. FILLER: ``short``
(short lines), ``bullet``, ``para`` (paragraphs), ``footer`` (blog only). Prints, per N,
the best of three process times, the title and the published date. The sentences are ours.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from jalali_meta import parse_article

LEAD = (
    "به گزارش خبرنگار ما، کشاورزان دشت پایین از صبح امروز پسته های رسیده را از درختان "
    "چیدند و در کیسه های کنفی کنار جاده برای خریداران شهر گذاشتند."
)
TEASER = LEAD.removeprefix("به گزارش خبرنگار ما، ")[:60]
HEADLINE = "برداشت پسته در دشت پایین آغاز شد"
DATE_LINE = "۲۲ مهر ۱۴۰۲ - ۰۹:۱۵"
TAIL = f"پایین نیوز\n\n{HEADLINE}\n{DATE_LINE}\nبه نقل از پایین نیوز، {TEASER} …\nادامه مطلب\n"
FILL: dict[str, Callable[[int], str]] = {
    "short": lambda i: f"خط کوتاه شماره {i % 97} باغ",
    "bullet": lambda i: f"- گزینه {i % 89} فهرست",
    "para": lambda i: (
        "کشاورزان دشت پایین از صبح امروز پسته ها را چیدند و در کیسه ها گذاشتند و رفتند."
    ),
}
BLOG_POST = (
    "پس از سه هفته کار داوطلبانه اهالی، دیواره کانال آب کشاورزی روستا بتن‌ریزی شد و آب "
    "بدون هدر رفتن به زمین‌های پایین‌دست رسید.\n"
)
BLOG_HEAD = (
    "دهیاری روستای نمونه\n\nدهیاری روستای  نمونه\nطبقه بندی موضوعی\n\n"
    "۱ مطلب در شهریور ۱۳۹۴ ثبت شده است\n\n"
)


def teaser(kind: str, n: int) -> str:
    fill = FILL[kind]
    return "سرخط نخست صفحه برای آزمون\n" + "\n".join(fill(i) for i in range(n)) + "\n" + TAIL


def blog(kind: str, n: int) -> str:
    if kind == "footer":
        body = "\n".join(f"۳ نظر {1 + i % 28} شهریور ۹۴ ، ۰۹:۲۵" for i in range(n))
    else:
        fill = FILL[kind]
        body = (
            "\n".join(fill(i) for i in range(n)) + "\n" + BLOG_POST + "۳ نظر ۱۱ شهریور ۹۴ ، ۰۹:۲۵"
        )
    return BLOG_HEAD + body + "\n"


SHAPES: dict[str, Callable[[str, int], str]] = {"teaser": teaser, "blog": blog}

if __name__ == "__main__":
    shape, kind = sys.argv[1], sys.argv[2]
    for n in map(int, sys.argv[3:]):
        text = SHAPES[shape](kind, n)
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            article = parse_article(text)
            best = min(best, time.process_time() - start)
        print(shape, kind, n, f"{best:.2f} s", article.title, article.published, flush=True)
