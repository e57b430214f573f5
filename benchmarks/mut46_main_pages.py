"""The pages the forty-sixth mutation round found wrong or open on main (docs/reliability.md,
"The forty-sixth round: fix223-fix228 under mutation", "Seen on main and left for the lead"),
each with its record: title, published day, number, warning codes.

    PYTHONPATH=src python benchmarks/mut46_main_pages.py
"""

from __future__ import annotations

import jalali_meta as jm

# fix225's layout (a WordPress day archive, attacks66/fix209): the archive's heading, then
# posts, each a headline over a teaser cut with «...».
_HEAD_1 = "توزیع بسته های کود رایگان میان باغداران حاشیه شهر"
_HEAD_2 = "آغاز طرح ساماندهی دستفروشان خیابان مرکزی شهر"
_POSTS = (
    f"{_HEAD_1}\n\nباغداران می توانند بسته کود را از دفتر منطقه بگیرند...\n\n"
    f"{_HEAD_2}\n\nماموران شهرداری از شنبه در خیابان مرکزی مستقر می شوند...\n"
)
# fix228's layout (attacks66): a stopped headline, a question, the date line, the lead.
_FARE = "کرایه تاکسی های درون شهری در استان از اول بهمن پانزده درصد افزایش یافت."
_ASKED = "آیا کرایه اتوبوس ها هم بیشتر می شود؟"
_LEAD = (
    "تاریخ: ۲ دی ۱۴۰۲ | نویسنده: مریم کاوه | کرایه تاکسی های درون شهری استان از بهمن پانزده "
    "درصد افزایش می یابد و شورای شهر نرخ های تازه را اعلام می کند."
)
_MORE = "درباره کرایه اتوبوس های شهری هنوز نظری داده نشده است."
# vBulletin 3's thread (tests/pages 2180): the forum's path, the first post's header (the
# status icon's alt text, the date, «#1»), the poster's block, the post's title, its text.
_TOPIC = "صدای فن کارت گرافیک پس از نصب درایور تازه"
_QUESTION = "چرا صدای فن کارت گرافیک پس از نصب درایور بیشتر شد؟"
_POST = (
    "با نصب درایور تازه صدای فن کارت بیشتر شد و دمای آن هم بالا رفت؛ شاید بهتر باشد منحنی "
    "دور فن را دوباره تنظیم کنید تا صدا کم شود.\n"
)


def _pages() -> list[tuple[str, str, str | None]]:
    return [
        (
            "(a) mutant 28: «بایگانی نوشته‌های روز - DAY» (a dash, no colon) over two posts",
            f"بایگانی نوشته‌های روز - ۱۴۰۲/۱۲/۰۹\n\n{_POSTS}",
            None,
        ),
        (
            "(b) mutant 29: «مطالب روز: DAY» (no archive word) over two posts",
            f"مطالب روز: ۱۴۰۲/۱۲/۰۹\n\n{_POSTS}",
            None,
        ),
        (
            "(c) mutant 55: the lead opening «تاریخ: DATE | نویسنده: NAME |» under the question",
            f"{_FARE}\n{_ASKED}\n۲ دی ۱۴۰۲\n\n{_LEAD}\n\n{_MORE}\n",
            None,
        ),
        (
            "(d) mutant 67: «قدیمی January 14th, 2024   #1» (no clock) over the poster and title",
            f"انجمن رایانه > کارت گرافیک\n\nقدیمی January 14th, 2024   #1\nkaveh_pc\nعضو جدید\n\n"
            f"{_TOPIC}\n\n{_POST}",
            None,
        ),
        (
            "(e) a question over «قدیمی January 14th, 2024, 09:40   #1» and the post",
            f"{_QUESTION}\nقدیمی January 14th, 2024, 09:40   #1\n{_POST}",
            None,
        ),
    ]


def main() -> None:
    for name, text, url in _pages():
        article = jm.parse_article(text, url=url)
        day = article.published.jalali_date if article.published else None
        codes = sorted({warning.code for warning in article.warnings})
        print(
            f"{name}: «{article.title}» / {day} / {article.number} / {', '.join(codes) or 'none'}"
        )


if __name__ == "__main__":
    main()
