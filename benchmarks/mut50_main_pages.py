"""The pages the fiftieth mutation round found wrong or doubtful on main (docs/reliability.md,
"The fiftieth round: fix246-fix254 under mutation", "Seen on main and left for a fix helper"),
each with its record: title, published day and hour, number, warning codes.

    PYTHONPATH=src python benchmarks/mut50_main_pages.py

The sentences are written for this script; the layouts are those of the rules' own pages.
"""

from __future__ import annotations

from main_pages import print_records

import jalali_meta as jm
from jalali_meta.testing import url_number

# (a) A blog post: its headline, a first paragraph of one short sentence, a subheading, the
# post's longer paragraphs and Blogfa's unlabelled footer (fix248's layout, tests/pages 2312,
# with the blog's name printed once or not at all). The headline is the title. Right from
# fix263 ((a) and (a'); main d45786fb gave the subheading «پاییز در روستا», silent):
# `_title._subheading_under_first_sentence` weighs the phrase as a subtitle.
_HEADLINE = "نخستین باران پاییز مبارک"
_POST = (
    "باران پاییزی امروز صبح بارید و کوچه ها خیس شد.\n"
    "پاییز در روستا\n"
    "درختان گردو در باغ های بالای روستا زرد شده اند و بچه ها هر صبح گردوهای افتاده را جمع "
    "می کنند.\n"
    "پدربزرگ می گوید امسال محصول باغ ها از سال گذشته بیشتر است و همه خوشحال هستند.\n\n"
    "یکشنبه هفتم آبان ۱۴۰۲ 18:30 رضا کوهستانی\n"
)
_NAME = "دفتر سبز - روستای ما"
_MOTTO = "کاش سطری باشیم خواندنی، نه خطی فراموش شدنی."

_BODY = (
    "نمایشگاه صنایع دستی روستا گشایش یافت\n"
    "نمایشگاه صنایع دستی روستا با حضور هنرمندان بومی در خانه فرهنگ گشایش یافت.\n"
    "دهیار روستا گفت: در این نمایشگاه فرش، گلیم و سفال بافندگان و سازندگان روستا به نمایش "
    "گذاشته شده و بازدید از آن برای همه آزاد است.\n"
)

# (c) A news item's headline over three short lines, the four pairing two rhymes («... شد» /
# «... شد», «... کردند» / «... کردند»), over its paragraph: the headline is the title. Left
# by fix268 (the fourth line, warned: the rhymes play no part, the same lines without them
# give the same pick; the shape is a list's four headlines over one item as much).
_RHYMED = (
    "جشنواره گل محمدی در روستا برگزار شد\n\n"
    "گلاب گیری سنتی در باغ ها آغاز شد\n\n"
    "مردم روستا از مهمانان پذیرایی کردند\n\n"
    "بازدیدکنندگان از باغ ها دیدن کردند\n\n"
    "گلاب گیری سنتی در باغ های روستا از هفته گذشته آغاز شده و گردشگران زیادی برای دیدن آن به "
    "روستا آمده اند. دهیار روستا گفت امسال برای نخستین بار بازارچه محصولات محلی هم در کنار "
    "جشنواره برپا شده است.\n"
)

# (d) A blog post's headline over its first paragraph hard-wrapped mid-sentence (fix250's
# shape): the headline is the title. Right from fix268 (`_article._heading_over_cut_line`).
# (b), (f) and (g) below are right from fix268 too.
_WRAPPED = (
    "سفر به روستا\n\n"
    "پاییز آمده بود. باران تند بارید. کوچه ها گل شد و ما\n\n"
    "به خانه مادربزرگ رفتیم و کنار کرسی نشستیم و او برایمان قصه گفت تا خوابمان برد.\n"
)


def _pages() -> list[tuple[str, jm.Article]]:
    return [
        (
            "(a) mutant 27: headline / one-sentence paragraph / subheading / paragraphs",
            jm.parse_article(f"{_HEADLINE}\n\n{_POST}"),
        ),
        (
            "(a') the same under the blog's name printed once, a motto and «© NAME» below",
            jm.parse_article(
                f"{_NAME}\n\n{_MOTTO}\n\n{_HEADLINE}\n\n{_POST}\nابزار وبمستر\n\n© {_NAME}\n",
                url="https://daftar1402.blogfa.com/post/77",
            ),
        ),
        (
            "(b) mutant 33: a post's footer «WEEKDAY DATE ساعت HOUR NAME» with no minutes",
            jm.parse_article(_BODY + "\nیکشنبه هفتم آبان ۱۴۰۲ ساعت 18 رضا کوهستانی\n"),
        ),
        (
            "(c) mutant 35: a headline and three short lines pairing two rhymes",
            jm.parse_article(_RHYMED),
        ),
        (
            "(d) mutant 53: a headline over a hard-wrapped first paragraph",
            jm.parse_article(_WRAPPED),
        ),
        (
            "(e) mutant 67: «۱۴۰۲/۰۶/۲۸ ۴ م» (an hour alone and a one-letter mark) heading the item",
            jm.parse_article("۱۴۰۲/۰۶/۲۸ ۴ م\n" + _BODY),
        ),
        (
            "(e') «روزنامه همشهری ۱۴۰۲/۰۶/۲۸ ۱۲ ص» heading the item",
            jm.parse_article("روزنامه همشهری ۱۴۰۲/۰۶/۲۸ ۱۲ ص\n" + _BODY),
        ),
        (
            "(f) mutant 16: one post at a month's date front «/date/2024-12/»",
            jm.parse_article(_BODY, url="https://example.ir/date/2024-12/"),
        ),
        (
            "(g) mutant 5: Kowsarblog's signature with no time before the comments-feed sentence",
            jm.parse_article(
                _BODY + "نوشته شده توسط مریم نیک نام در 1399/05/20 . "
                "دنبال کردن نظرات این نوشته از طریق RSS 2.0. |\n"
            ),
        ),
    ]


def main() -> None:
    print_records(_pages())
    # (i) the copyright-name rule (fix248) under «Copyright © 2023 NAME», the word and the mark
    # together, a common footer: the name is not read (the rest keeps «©»), (a)'s choice.
    # Right from fix263: the headline (the word and the mark read together, and (a)'s rule).
    page = (
        f"{_NAME}\n\n{_NAME}\n\n{_MOTTO}\n\n{_HEADLINE}\n\n{_POST}\nابزار وبمستر\n\n"
        f"Copyright © 2023 {_NAME}\n"
    )
    article = jm.parse_article(page, url="https://daftar1402.blogfa.com/post/77")
    print(f"(i) «Copyright © 2023 NAME» under the post\n    title={article.title!r}")
    # (h) mutant 45: a Blogfa address with a path and «?p=N». Blogfa's «p» is a list's page
    # number wherever it stands («/category/1?p=3», tests/pages 2318): no number. Right
    # from fix261 (None for both); main 66f26678 read 5 and 318.
    for url in (
        "https://golestan.blogfa.com/archive/?p=5",
        "https://golestan.blogfa.com/post/?p=318",
    ):
        print(f"(h) mutant 45: url_number({url!r}) = {url_number(url)!r}")


if __name__ == "__main__":
    main()
