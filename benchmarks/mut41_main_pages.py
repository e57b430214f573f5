"""The pages the forty-first mutation round found wrong on main (docs/reliability.md, "The
forty-first round: fix192-fix193 under mutation", "Seen on main and left for the lead"), each
with its record: title, published day, warning codes (fix197's figures).

    PYTHONPATH=src python benchmarks/mut41_main_pages.py
"""

from __future__ import annotations

import jalali_meta as jm

_NAME = "قنات های تاریخی استان"
_EXCERPT = (
    "*رضا کامرانی: قنات های تاریخی استان هر سال گردشگران بسیاری را به روستاهای کویری "
    "می کشانند و مردم محلی برای نگهداری آن ها گروه های داوطلب ساخته اند و ..."
)
_ITEM = f"{_EXCERPT}\n\nادامه مطلب »\n\n"
_LEAD = (
    "مدیر منابع آب شهرستان گفت کارگران از هفته گذشته لایروبی کاریز را با کمک کشاورزان "
    "روستا شروع کرده اند."
)
_HEAD = "لایروبی قنات های قدیمی دشت با کمک کشاورزان آغاز شد"
_MOTTO = (
    "لایروبی قنات های قدیمی دشت با کمک کشاورزان و اداره منابع آب آغاز شد.\nآب مایه آبادی\n"
    "مدیر اداره در پایان این جمله را بر دیوار دفتر نوشت.\nآب مایه آبادی\n"
    "کار در روستای بالا هم از ماه آینده آغاز خواهد شد.\n"
)
_BODY = (
    "به گزارش خبرنگار ما، کار لایروبی قنات های قدیمی دشت از ابتدای پاییز آغاز شده و "
    "کارشناسان امیدوارند تا پایان زمستان آب بیشتری به باغ های روستاهای اطراف برسد.\n\n"
    "رئیس اداره منابع آب شهرستان گفت: هزینه این طرح از محل اعتبارات استانی پرداخت شده "
    "است و کشاورزان نیز با کار داوطلبانه در آن شریک هستند.\n"
)
_BLOG = "کاریز\n\nیادداشت های کشاورزی و آب از دشت های استان\n\n"


def _pages() -> list[tuple[str, str]]:
    pages = []
    for label in ("بایگانی برچسب", "ارشیو دسته", "آرشیو برچسب", "بایگانی دسته"):
        pages.append(
            (f"{label}: NAME, one teaser", f"{label}: {_NAME}\n\nسفری به قنات قصبه\n\n{_ITEM}")
        )
        two = f"{label}: {_NAME}\n\nسفری به قنات قصبه\n\n{_ITEM}کاریزهای دشت بیرجند\n\n{_ITEM}"
        pages.append((f"{label}: NAME, two teasers", two))
    box = "جامعه\nآب و کشاورزی\nپیام‌نما\nصبر تلخ است\nآغاز کار در قنات قصبه\n"
    pages.append(("mutant 31's page", f"{box}{_LEAD}\n۱۸ آبان ۱۴۰۲\nکد خبر: ۷۷۳۱۰\n"))
    pages.append(("mutant 38's page", f"{_HEAD}\nاشتراک گذاری\nچاپ\n{_MOTTO}"))
    pages.append(
        ("mutant 38's, photo lines", f"{_HEAD}\nگزارش تصویری\nعکس از مریم سلامی\n{_MOTTO}")
    )
    post = "لایروبی قنات های قدیمی دشت پیش از بارش های زمستانی"
    pages.append(("mutant 11's page", f"{_BLOG}{_BLOG}کاریز\n\n{post}\n\n{_BODY}"))
    echo = "لایروبی قنات - لایروبی قنات | اداره منابع آب | شهرستان"
    pages.append(("A - A | SITE | PLACE", f"{echo}\n\nباسمه تعالی\n\n{_BODY}"))
    return pages


def main() -> None:
    for name, text in _pages():
        article = jm.parse_article(text)
        day = article.published.jalali_date if article.published else None
        codes = sorted({warning.code for warning in article.warnings})
        print(f"{name}: «{article.title}» / {day} / {', '.join(codes) or 'none'}")


if __name__ == "__main__":
    main()
