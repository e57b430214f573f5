"""Issue 15's long-page shapes with no date line, timed at several sizes (speed47).

    PYTHONPATH=src python benchmarks/long_pages.py [SHAPES] [SIZES]

SHAPES: comma-separated of short, copyright, name2, stars, edits, blogfa, table, weekday,
kowsar, temp, headlead, dated, gapped, gappedlead (all by default); SIZES: comma-separated line counts
(1000,2000,4000,8000 by default). Prints the best of three ``parse_article`` CPU times
(``time.process_time``; one run from 8,000 lines), after a warm-up call. The same shapes
are cost shapes ``*-long`` in benchmarks/attacks35.py, built by these functions with its
headline (each takes the headline as ``head``).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import jalali_meta as jm

H = "سقوط قیمت نفت در بازارهای جهانی ادامه یافت"


def short_lines(n: int, head: str = H) -> str:
    return head + "\n\n" + "".join(f"خبر کوتاه {i % 53}\n" for i in range(n))


def copyright_lines(n: int, head: str = H) -> str:
    return head + "\n\n" + "".join(f"© کلیه حقوق محفوظ است {i % 41}\n" for i in range(n))


def name_twice(n: int, head: str = H) -> str:
    pairs = "".join(f"علی رضایی {i % 37}\n" * 2 for i in range(n // 2))
    return f"{head}\n\n{pairs}© ۱۴۰۲ همه حقوق محفوظ است\n"


def labels_stars(n: int, head: str = H) -> str:
    return f"{head}\n\n" + "".join(f"برچسب {i % 29}\n***\n" for i in range(n // 2))


# Persian digits for the dates of the two dated shapes below.
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور")


def edit_lines(n: int, head: str = H) -> str:
    """A line «آخرین ویرایش DATE» (a last-edited stamp), then a line of text, over and over."""
    rows = "".join(
        f"آخرین ویرایش {1 + i % 28} {MONTHS[i % 6]} ۱۴۰۲\nیادداشت کوتاه شماره {i % 47}\n".translate(
            FA
        )
        for i in range(n // 2)
    )
    return f"{head}\n\n{rows}"


def blogfa_posts(n: int, head: str = H) -> str:
    """Blogfa posts: a title, a line of text, the post's signature «+ نوشته شده در DATE ساعت
    HH:MM توسط NAME» (three lines a post)."""
    posts = "".join(
        f"یادداشت روز {i % 31}\nامروز هم گذشت و چیزی ننوشتم {i % 43}\n"
        f"+ نوشته شده در  شنبه {1 + i % 28} {MONTHS[i % 6]} ۱۴۰۲ساعت ۱۰:{i % 60:02d}  توسط مریم\n".translate(
            FA
        )
        for i in range(n // 3)
    )
    return f"{head}\n\n{posts}"


def table_rows(n: int, head: str = H) -> str:
    """A table under the headline: its header row with the column names run together
    («ردیفعنوانشرح ...», as real73 #07's attribute table prints it), then numbered rows,
    the row's number glued to its first cell and again in the last (speed49)."""
    rows = "".join(f"{i}نوع کالا {i}شرح کوتاه کالای انبار شماره {i}\n" for i in range(1, n))
    return f"{head}\nردیفعنوانشرح ویژگیمقدار\n{rows}"


WEEKDAYS = ("شنبه", "یکشنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه")
ORDINALS = ("اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم")


def weekday_footers(n: int, head: str = H) -> str:
    """Blogfa's unlabelled post footer «یکشنبه هفتم آبان ۱۴۰۲ ساعت 18:30 NAME» on every line
    (fix268's shape, speed52)."""
    rows = "".join(
        f"{WEEKDAYS[i % 7]} {ORDINALS[i % 10]} {MONTHS[i % 6]} ۱۴۰۲ ساعت {i % 24}:{i % 60:02d} لیلا افشار\n"
        for i in range(n)
    )
    return f"{head}\n\n{rows}"


def kowsar_signatures(n: int, head: str = H) -> str:
    """Kowsarblog's signature «نوشته شده توسط NAME در 1398/07/14 . دنبال کردن نظرات این نوشته
    از طریق RSS 2.0. |» on every line (fix246's and fix268's shape, speed52)."""
    rows = "".join(
        f"نوشته شده توسط بهرام صالحی در 1398/{1 + i % 12:02d}/{1 + i % 28:02d} . "
        "دنبال کردن نظرات این نوشته از طریق RSS 2.0. |\n"
        for i in range(n)
    )
    return f"{head}\n\n{rows}"


def temperatures(n: int, head: str = H) -> str:
    """A weather widget's reading «17°C» alone on every line (fix267's shape, speed52)."""
    return f"{head}\n\n" + "".join(f"{i % 40}°C\n" for i in range(n))


def headline_lead(n: int, head: str = H) -> str:
    """Headline and lead lines alternating, as a news list prints them (speed52)."""
    rows = "".join(
        f"افزایش قیمت کالای شماره {i % 97} در بازار\n"
        f"به گزارش خبرنگار ما قیمت این کالا در هفته گذشته {i % 89} درصد بالا رفت.\n"
        for i in range(n // 2)
    )
    return f"{head}\n\n{rows}"


def dated_lines(n: int, head: str = H) -> str:
    """A date line under the headline, then short lines of text (dated long pages)."""
    return f"{head}\n۱۲ اسفند ۱۴۰۲ - ۱۰:۳۰\n\n" + "".join(
        f"یادداشت کوتاه شماره {i % 53} درباره بازار.\n" for i in range(n)
    )


# The running text under the gapped dates below (our sentence).
GAP_TEXT = (
    "به گزارش خبرنگار ما، کارگاه تازه بازیافت کاغذ در حاشیه شهر {i} کارگر دارد و از ماه "
    "آینده روزانه چند تن کاغذ باطله را دوباره به چرخه تولید برمی گرداند."
)


def gapped_lines(n: int, head: str = H) -> str:
    """A date and, after a wide gap, its paragraph on every line («۱۲ آذر ۱۴۰۲ ساعت ۱۰:۳۰
    TEXT», fix277's gapped date cut makes two lines of each: issue 15, speed56)."""
    rows = "".join(
        f"{1 + i % 28} {MONTHS[i % 6]} ۱۴۰۲ ساعت ۱۰:{i % 60:02d}".translate(FA)
        + "     "
        + GAP_TEXT.format(i=i % 71)
        + "\n"
        for i in range(n)
    )
    return f"{head}\n\n{rows}"


def gapped_lead(n: int, head: str = H) -> str:
    """The real shape: one gapped date line under the headline (its lead after the gap),
    then ordinary paragraphs (speed56)."""
    body = "".join(GAP_TEXT.format(i=i % 71) + "\n" for i in range(n))
    return f"{head}\n۱۲ آذر ۱۴۰۲ ساعت ۱۰:۳۰     {GAP_TEXT.format(i=0)}\n{body}"


SHAPES: dict[str, Callable[[int], str]] = {
    "short": short_lines,
    "copyright": copyright_lines,
    "name2": name_twice,
    "stars": labels_stars,
    "edits": edit_lines,
    "blogfa": blogfa_posts,
    "table": table_rows,
    "weekday": weekday_footers,
    "kowsar": kowsar_signatures,
    "temp": temperatures,
    "headlead": headline_lead,
    "dated": dated_lines,
    "gapped": gapped_lines,
    "gappedlead": gapped_lead,
}


def main() -> None:
    names = sys.argv[1].split(",") if len(sys.argv) > 1 else list(SHAPES)
    sizes = (
        [int(x) for x in sys.argv[2].split(",")] if len(sys.argv) > 2 else [1000, 2000, 4000, 8000]
    )
    jm.parse_article(H + "\n\n۱۲ اسفند ۱۴۰۲\n\nمتن.")
    for name in names:
        row = []
        for n in sizes:
            doc = SHAPES[name](n)
            best = float("inf")
            for _ in range(3 if n <= 4000 else 1):
                start = time.process_time()
                jm.parse_article(doc)
                best = min(best, time.process_time() - start)
            row.append(f"{n}:{best:.2f}s")
        print(name, *row, flush=True)


if __name__ == "__main__":
    main()
