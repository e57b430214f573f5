"""The pages the fifty-second mutation round found wrong or doubtful on main (docs/reliability.md,
"The fifty-second round: fix265-fix274 under mutation", "Seen on main and left for a fix
helper"), each with its record: title, published day and hour, number, warning codes.

    PYTHONPATH=src python benchmarks/mut52_main_pages.py

After fix283 (docs/reliability.md, «After fix283»), (a), (b), (d), (e), (f), (i) and (j) give
the expected record or a warned one: (a) the category's name, `listing-page`; (b) and (i) no
title; (d) the author line, `title-uncertain`; (e) the headline; (f) no date,
`published-conflict`; (j) 1391, `number-year-like`. (c), (g) and (h) are as on main.
After fix285 (docs/reliability.md, «After fix285»), (c), (g) and (h) give the expected record:
(c) 1402/08/09 21:00 (`published-unlabelled`); (g) the heading; (h) the post's title.

The sentences are written for this script; the layouts are those of the rules' own pages
((h) is tests/test_fix248.py's Blogfa page, fix248's and fix271's, with one line added).
"""

from __future__ import annotations

import sys
from pathlib import Path

from main_pages import print_records

import jalali_meta as jm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # (h): tests/test_fix248.py
from tests.test_fix248 import _FOOTER, _URL, _blogfa


# (a) A WordPress category archive (fix266's layout) whose <title> is «دسته: NAME – SITE» and
# whose <h1> is a theme's generic heading («آخرین مطالب», «بایگانی») or the name with words
# around it («مطالب دسته NAME»): the category's name titles a list (the corpus's convention
# for a term page naming itself); main gives the <h1>'s words or the one post's headline,
# silently (mutant 5's record is the expected one).
def _category(heading: str) -> str:
    return (
        '<!DOCTYPE html><html dir="rtl" lang="fa-IR"><head><meta charset="UTF-8">'
        "<title>دسته: آب و کشاورزی – چشمه نور</title></head>"
        '<body class="archive category category-ab category-4"><header><a href="/" '
        'class="logo">چشمه نور</a></header>'
        f'<div class="archive-page"><h1 class="archive-title">{heading}</h1>'
        '<article class="archive-item post"><h2 class="item-title">'
        '<a href="https://cheshmeh-example.ir/ab-1/">آبرسانی سیار به روستاهای کم آب دشت</a>'
        '</h2><div class="item-excerpt"><p>تانکرهای آبرسانی از این هفته هر روز به روستاهای '
        "کم آب دشت سر می زنند و آب آشامیدنی خانه ها را تا باران های پاییزی می رسانند و مردم "
        "از آن خشنودند.</p></div></article></div>"
        "<footer><p>همه حقوق برای چشمه نور محفوظ است.</p></footer></body></html>"
    )


# (b) A poem in a short meter, three words a hemistich, printed one couplet a line (fix266's
# couplet rule takes four to nine words a hemistich, VERSE_WORDS): main takes a couplet as
# the title, silently; expected no title (None or warned), as with longer hemistichs
# (mutant 14's record).
_SHORT_HEMISTICHS = [
    "باران آمد باز",
    "گل شد سرافراز",
    "سبزه دمید از خاک",
    "شد دشت و صحرا پاک",
    "بلبل به شاخه خواند",
    "برگ گلی نشاند",
]
_SHORT_POEM = "".join(
    _SHORT_HEMISTICHS[at] + " *** " + _SHORT_HEMISTICHS[at + 1] + "\n" for at in (0, 2, 4)
)

# (c) A Blogfa-style weekday footer whose hour is labelled with a colon, «... ۱۴۰۲ ساعت: 21
# NAME» (fix268's «ساعت 21» with the label's colon): main reads no date (the label is tested
# right before the hour); expected the post's day at 21:00 (mutant 35's record).
_LIBRARY = (
    "کارگاه قصه گویی برای کودکان در کتابخانه شهر\n"
    "کتابخانه شهر از این هفته هر پنجشنبه کارگاه قصه گویی برای کودکان پنج تا ده ساله برپا "
    "می کند.\nمسئول کتابخانه گفت: شرکت در کارگاه رایگان است و پدر و مادرها هم می توانند در "
    "کنار کودکان خود بنشینند.\n"
)

# (d) A Tajik author line «NAME SURNAME, POST» (fix269's) over the text itself, no heading
# between: main titles the author line, silently; expected no title, warned (mutant 42 gives
# the text's first line, warned).
_TAJIK = (
    "Саидова Мадина, муаррих\n"
    "Дар деҳаи кӯҳӣ боғҳои зардолу ҳар баҳор гул мекунанд ва сайёҳон аз шаҳр барои тамошо "
    "меоянд. Боғдорон мегӯянд, ки ҳосили имсола аз соли гузашта бештар хоҳад буд.\n\n"
    "Зардолуи хушк аз ин деҳа ба бозорҳои шаҳр бурда мешавад.\n"
)

# (e) A breadcrumb whose section holds a digit, «اخبار 1403 » HEADLINE», over a lead repeating
# the headline (fix269's layout): main keeps the crumb in the title, silently; expected the
# headline (mutant 45's record).
_PORT_HEADLINE = "صادرات از بندرهای جنوبی دو برابر می شود"
_PORT = (
    f"شما اینجا هستید\nاخبار 1403 » {_PORT_HEADLINE}\n\n{_PORT_HEADLINE}. در نشست مدیران "
    "بنادر در بندرعباس این رقم اعلام شد و معاون بندر گفت که بار صادراتی در سال گذشته بیشتر "
    "شده است.\n"
)

# (f) fix267's weather widget (a city, its clock, the temperature alone) with the minus sign
# spaced from the digits, «− 2°C»: main takes the widget's clock as the published moment,
# silently; expected no date (text alone), as with «-3 °C».
_WIDGET_TOP = [
    "Кумитаи варзиши ноҳия",
    "",
    "Обу ҳаво",
    "",
    "Khujand",
    "08:10, January 12, 2026",
    "− 2°C",
    "71 %",
    "Sunrise: 07:48",
    "",
    "Толори нави варзишӣ дар маркази ноҳия кушода шуд",
    "",
    "Имрӯз дар маркази ноҳия толори нави варзишӣ барои наврасон кушода шуд ва аввалин "
    "машқҳо дар он баргузор гардиданд.",
    "",
    "Мудири толор гуфт, ки машқҳо ҳар рӯз то шом идома меёбанд.",
]

# (g) A short heading ending with «؟» or a part number in brackets over a first paragraph
# hard-wrapped mid-sentence (fix268 (d)'s layout): main gives no title, warned; the heading
# is the title (mutant 34's record).
_WRAPPED = (
    "پاییز خنک بود. باران نم نم بارید. ما بچه ها عصر زود\n\n"
    "به ساحل رفتیم و کنار قایق های ماهیگیری نشستیم و پدر از سفرهای دریایی اش برایمان "
    "گفت.\n\nشب که شد همه با هم به خانه برگشتیم و مادربزرگ برایمان ماهی کباب کرده بود.\n"
)

# (h) fix248's Blogfa page (the blog's name, printed again in the footer's copyright notice,
# over its motto and the post's title) with a labelled line under the title other than the
# post's ID (fix271 steps over «۵۲۷۱۴ کد مطلب» only): «تاریخ انتشار: DATE», «نویسنده: NAME»,
# «موضوع: NAME», «بازدید: N». Main titles the blog's name, silently; expected the post's
# title (mutant 60's record).
_POST_TITLE = "نخستین باران پاییز مبارک"

# (i) A public-relations office's source line (fix273's «روابط عمومی شهرداری ...») over the
# text itself, no headline under it: main titles the office's line, silently; expected no
# title, warned.
_OFFICE = (
    "روابط عمومی شهرداری همدان\n\n"
    "به گزارش خبرنگار ما، پارک بانوان با پیست دوچرخه سواری، زمین بازی کودکان و کتابخانه "
    "کوچک از امروز به روی شهروندان باز است و ورود به آن رایگان خواهد بود.\n\n"
    "شهردار گفت دو پارک دیگر از همین دست تا پایان سال در محله های شرقی ساخته می شود.\n"
)

# (j) fix272's year-like folder «/fa/news/1391/<slug>» on a page whose only «1391» is its own
# date's year («۱۲ مرداد ۱۳۹۱»): the number counts as printed, so main gives 1391 as the
# item's ID, unwarned; the year printed in the date is the folder's year as likely, so
# `number-year-like` is expected (mutants 67 and 69 give it, and also warn where the page
# prints the ID itself, tests/test_mut52.py).
_MARKET = (
    "بازگشایی بازارچه صنایع دستی در میدان شهر\n۱۲ مرداد ۱۳۹۱ - ۱۰:۲۰\n"
    "به گزارش خبرنگار ما ، بازارچه صنایع دستی پس از بازسازی غرفه ها از امروز دوباره در "
    "میدان شهر باز شده است و هنرمندان استان کارهای خود را در آن می فروشند.\n"
)


def _pages() -> list[tuple[str, jm.Article]]:
    pages = [
        (f"(a) category archive, <h1> «{heading}», <title> «دسته: آب و کشاورزی – SITE»",
         jm.parse_html(_category(heading)))
        for heading in ("آخرین مطالب", "بایگانی", "مطالب دسته آب و کشاورزی")
    ]  # fmt: skip
    pages.append(
        (
            "(b) a poem of three-word hemistichs, one couplet a line",
            jm.parse_article("نویسنده : ; ساعت ۶:۴۰ ب.ظ روز ۱۴۰۲/۹/۱۸\n\n" + _SHORT_POEM),
        )
    )
    pages.append(
        (
            "(c) «WEEKDAY DATE ساعت: 21 NAME» footer",
            jm.parse_article(_LIBRARY + "\nسه شنبه نهم آبان ۱۴۰۲ ساعت: 21 لیلا افشار\n"),
        )
    )
    pages.append(("(d) a Tajik author line over the text itself", jm.parse_article(_TAJIK)))
    pages.append(("(e) «اخبار 1403 » HEADLINE» over a lead repeating it", jm.parse_article(_PORT)))
    pages.append(
        ("(f) a weather widget's «− 2°C»", jm.parse_article("\n".join(_WIDGET_TOP) + "\n"))
    )
    pages.extend(
        (f"(g) «{heading}» over a wrapped paragraph", jm.parse_article(f"{heading}\n\n{_WRAPPED}"))
        for heading in ("سفر به ساحل؟", "سفر به ساحل (۱)")
    )
    pages.extend(
        (
            f"(h) Blogfa post, «{label}» under its title",
            jm.parse_article(
                _blogfa(_FOOTER).replace(_POST_TITLE + "\n\n", f"{_POST_TITLE}\n{label}\n", 1),
                url=_URL,
            ),
        )
        for label in ("تاریخ انتشار: ۱۴۰۲/۰۸/۰۷", "نویسنده: رضا کوهستانی", "موضوع: طبیعت")
    )
    pages.append(("(i) «روابط عمومی NAME» over the text itself", jm.parse_article(_OFFICE)))
    pages.append(
        (
            "(j) «/fa/news/1391/<slug>», 1391 printed only as the date's year",
            jm.parse_article(_MARKET, url="http://bazar.example/fa/news/1391/بازگشایی-بازارچه"),
        )
    )
    return pages


def main() -> None:
    print_records(_pages())


if __name__ == "__main__":
    main()
