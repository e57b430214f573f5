"""The pages the forty-second mutation round found wrong on main (docs/reliability.md, "The
forty-second round: fix194-fix203 under mutation", "Seen on main and left for the lead"), each
with its record: title, published day, warning codes.

    PYTHONPATH=src python benchmarks/mut42_main_pages.py
"""

from __future__ import annotations

import jalali_meta as jm

# way2pay.ir's layout (real60 #21, tests/test_real60.py): the site's name, its motto, the
# question headline, the lead; here the motto printed with a closing period.
_QUESTION = "چرا باید کارت های هدیه کاغذی از بازار پرداخت کشور جمع شوند؟"
_PAYMENT = (
    "نویسنده این یادداشت، کارشناس صنعت بانکداری؛ در ماه های اخیر گزارش های متعددی درباره "
    "سوءاستفاده از کارت های هدیه کاغذی منتشر شده و بانک ها هنوز برای جمع آوری آنها برنامه "
    "روشنی اعلام نکرده اند.\n\n"
    "کارت هدیه کاغذی در سال های گذشته راهی ساده برای هدیه دادن پول بود، اما امروز با وجود "
    "ابزارهای تازه، نگهداری آن برای بانک ها هزینه زیادی دارد و خطر جعل را هم بالا می برد.\n"
)
# socialwork.ir's message (real61 #22): the headline, «بسمه تعالی», a label, a couplet, the text.
_MESSAGE = (
    "                 روز معلم فرصتی است تا از تلاش آموزگارانی که در سخت ترین شرایط در "
    "روستاهای دور درس داده اند قدردانی کنیم و یاد آنان را گرامی بداریم."
)


def _pages() -> list[tuple[str, str]]:
    pages = [
        (
            "mutant 40's page (a motto with a period over the question)",
            f"مسیر پول\nهمراه شما در دنیای پرداخت.\n\n{_QUESTION}\n\n{_PAYMENT}",
        ),
        (
            "mutant 40's page, the name alone with a period (added by fix208)",
            f"مسیر پول.\n\n{_QUESTION}\n\n{_PAYMENT}",
        ),
    ]
    for label in ("آرشیو برچسب", "بایگانی برچسب"):
        pages.append((f"«{label} / NAME»", f"{label} / مرمت بناهای تاریخی بلخ\n"))
        pages.append(
            (f"«{label} / NAME» ending with a verb", f"{label} / مرمت بناهای تاریخی بلخ آغاز شد\n")
        )
    pages.append(
        (
            "a couplet under a two-word label under the headline",
            "روز معلم گرامی باد\n\nبسمه تعالی\nپیام مدیر\n"
            f"هر که آموخت حرفی از استاد\nنام او را همیشه دارد یاد\n{_MESSAGE}\n",
        )
    )
    return pages


def main() -> None:
    for name, text in _pages():
        article = jm.parse_article(text)
        day = article.published.jalali_date if article.published else None
        codes = sorted({warning.code for warning in article.warnings})
        print(f"{name}: «{article.title}» / {day} / {', '.join(codes) or 'none'}")


if __name__ == "__main__":
    main()
