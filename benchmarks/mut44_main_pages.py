"""The pages the forty-fourth mutation round found wrong or open on main (docs/reliability.md,
"The forty-fourth round: fix209-fix214 under mutation", "Seen on main and left for the lead"),
each with its record: title, published day, warning codes.

    PYTHONPATH=src python benchmarks/mut44_main_pages.py
"""

from __future__ import annotations

import jalali_meta as jm

# fix209's layout (tests/test_fix209.py, kanoonte.ir's WordPress day archive, tests/pages 2083)
# in Markdown: the archive's heading, one post's headline, its cut excerpt, a read-more link.
_POST = "کارگاه عکاسی خیابانی برای دانشجویان برگزار شد"
_EXCERPT = (
    "کارگاه عکاسی خیابانی با حضور سی دانشجو در خیابان های بافت قدیم شهر برگزار شد و "
    "شرکت کنندگان عکس های خود را در پایان روز با هم مرور کردند و …"
)


def _archive(heading: str) -> str:
    return (
        f"# {heading}\n\n## {_POST}\n\n{_EXCERPT}\n\n[ادامه مطلب](https://art.example.ir/?p=41)\n"
    )


# fix210's layout (attacks66's agency item): a stopped headline, a question, the date line, a
# short paragraph retelling the headline, a second paragraph.
_FARE = "نرخ کرایه تاکسی های درون شهری از اول دی پانزده درصد افزایش یافت."
_FARE_QUESTION = "آیا کرایه اتوبوس هم تغییر می کند؟"
_FARE_SHORT = "نرخ کرایه تاکسی های شهری از دی پانزده درصد افزایش می یابد."
_FARE_MORE = "درباره نرخ بلیت اتوبوس و مترو هنوز تصمیمی گرفته نشده است."
_TEASER = "آیین نامه صدور کارت بازرگانی"
# fix214's layout (attacks67): a headline closing «... اعلام کرد.» with no «را» before its
# object, over a question; the lead retells the headline.
_EXAMS = "وزارت آموزش و پرورش برنامه امتحانات نهایی خرداد ماه امسال اعلام کرد."
_EXAMS_QUESTION = "آیا امتحانات حضوری برگزار می شود؟"
_EXAMS_LEAD = (
    "وزارت آموزش و پرورش برنامه امتحانات نهایی خرداد ماه امسال را برای دانش آموزان پایه "
    "دوازدهم اعلام کرد و زمان هر امتحان را در سامانه گذاشت."
)
_EXAMS_MORE = "درباره شیوه برگزاری امتحانات هنوز تصمیمی گرفته نشده است."


def _pages() -> list[tuple[str, str, str | None]]:
    return [
        (
            "mutant 0: a day archive's label of five archive words (date_heading: yes)",
            _archive("بایگانی نوشته های خبر روز: ۲۰ آذر ۱۴۰۲"),
            None,
        ),
        (
            "mutant 0: a day archive's label of six archive words (date_heading: yes)",
            _archive("بایگانی نوشته های خبر های روز: ۲۰ آذر ۱۴۰۲"),
            None,
        ),
        (
            "mutant 2: a label of archive words not opened by an archive word",
            _archive("نوشته های روز: ۲۰ آذر ۱۴۰۲"),
            None,
        ),
        (
            "mutant 34: a teaser's read-more link, its date, then a word",
            f"{_TEASER} ادامه مطلب » 5 مهر 1395 بازدید\n",
            "https://chamber.example.ir/2016/09/26",
        ),
        (
            "mutant 17: a stopped headline over a question, a short paragraph retelling it",
            f"{_FARE}\n{_FARE_QUESTION}\n۲۵ آذر ۱۴۰۲\n\n{_FARE_SHORT}\n\n{_FARE_MORE}\n",
            None,
        ),
        (
            "mutant 64: «... اعلام کرد.» without «را» over a question, the lead retelling it",
            f"{_EXAMS}\n{_EXAMS_QUESTION}\n۲۵ آذر ۱۴۰۲\n\n{_EXAMS_LEAD}\n\n{_EXAMS_MORE}\n",
            None,
        ),
    ]


def main() -> None:
    for name, text, url in _pages():
        article = jm.parse_article(text, url=url)
        day = article.published.jalali_date if article.published else None
        codes = sorted({warning.code for warning in article.warnings})
        print(f"{name}: «{article.title}» / {day} / {', '.join(codes) or 'none'}")


if __name__ == "__main__":
    main()
