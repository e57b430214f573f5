"""The pages the forty-ninth mutation round found wrong or doubtful on main (docs/reliability.md,
"The forty-ninth round: fix239-fix245 and real69 under mutation", "Seen on main and left for a
fix helper"), each with its record: title, published day, updated day, number, warning codes.

    PYTHONPATH=src python benchmarks/mut49_main_pages.py

After fix253 (docs/reliability.md, "After fix253") (a), (b), (d), (f), (g), (i) and (k) give the
expected records; (c), (e), (h) and (j) are as on main.
"""

from __future__ import annotations

import jalali_meta as jm

# fix241's university page under a Jalali date path (attacks73's shape), its last line the
# page's last edit printed without the label's colon.
_EDITED = (
    "ثبت نام خوابگاه های دانشجویی برای نیمسال دوم آغاز شد\n\n"
    "معاونت دانشجویی دانشگاه اعلام کرد که ثبت نام خوابگاه ها برای نیمسال دوم از امروز در "
    "سامانه آموزشی انجام می شود و تا پایان هفته ادامه دارد.\n\n"
    "دانشجویان شهرستانی در اولویت اسکان قرار دارند.\n\n"
    "آخرین ویرایش ۱۸ دی ۱۴۰۲\n"
)

# fix242's irsto.ir layout (tests/pages 2325): a date, a lead, a long headline, «به گزارش».
_LONG_HEADLINE = (
    "اعزام دانش آموزان برگزیده دختر به شیراز، برای شرکت در مسابقات ملی قرآن و عترت دانش آموزی"
)
_LEAD = (
    "دانش آموزان دختر برگزیده استان ها برای شرکت در مسابقات ملی قرآن و عترت ، از صبح امروز "
    "به شیراز اعزام شدند"
)
_REPORT = (
    "به گزارش روابط عمومی سازمان دانش آموزی ، دوره تازه مسابقات ملی قرآن و عترت دانش آموزان "
    "دختر از ۱۲ تا ۱۵ آبان ماه در اردوگاه تربیتی شهید دستغیب شیراز برگزار می‌شود و برگزیدگان "
    "استان ها در رشته های حفظ، قرائت و مفاهیم با یکدیگر رقابت می‌کنند.\n"
)


def _lead_first(end: str) -> str:
    return f"12 آبان، 1398\n\n{_LEAD}{end}\n\n{_LONG_HEADLINE}\n\n{_REPORT}"


# fix244's Blogfa post as html2text's Markdown: the blog's name linking home, then printed
# again unlinked as a level-1 heading, an untitled post under it.
_BLOG_MARKDOWN = (
    "# [دفتر کوهنوردی](https://kuhnavard.blogfa.com/)\n\n# دفتر کوهنوردی\n\n"
    "گروه کوهنوردی شهرمان صبح جمعه از دامنه شمالی کوه به راه افتاد و پس از شش ساعت پیاده روی "
    "به قله رسید و اعضای گروه در راه بازگشت زباله های مسیر را جمع کردند.\n\n"
    "+ نوشته شده در چهارشنبه سوم آبان ۱۳۹۱ ساعت 21:05 توسط [مهدی](https://kuhnavard.blogfa.com/)\n"
)


# real69's history page (iaushirazsama.ac.ir, #12).
def _history_page(name: str) -> str:
    return (
        f"{name}\n"
        "آشنایی با مدارس نمونه دولتی\n\n"
        "در سال 1368 طرحی برای گشایش مدارس نمونه دولتی در مراکز استان ها ارائه شد و پس از "
        "تصویب شورای عالی آموزش و پرورش در چند شهر بزرگ به اجرا درآمد .\n\n"
        "اکنون پس از گذشت سی سال صدها مدرسه نمونه دولتی با ده ها هزار دانش آموز در شهرهای "
        "کشور فعالیت می کنند .\n"
    )


# fix242's zeinalislab.ir item (tests/pages 2319): a list's name, a three-word headline.
_LAB_BODY = (
    "هر سال در چهاردهم آبان ماه این فرصت فراهم می‌شود تا با آموزش مردم و به ویژه کسانی که "
    "بیماری زمینه ای دارند، گامی در جهت آزمایش منظم قند خون و تغذیه سالم و ورزش بیشتر برای "
    "پیشگیری از عوارض برداشته شود.\n"
)

# fix240's notes for authors (ncaea2020.ut.ac.ir, real68 #16) with one item only.
_ONE_NOTE = (
    "برای ثبت نام در کارگاه آموزشی به نکته زیر توجه کنید:\n"
    "• ثبت نام فقط در سامانه کارگاه انجام می شود.\n\n"
    "برگه ثبت نام کارگاه را از پایین همین صفحه دریافت کنید.\n"
)

# fix240's K2 page (khatmedun.tj, real68 #13): an item's headline and text at K2's list root.
_K2_ITEMS = (
    "Рӯзи Парчами давлатӣ дар донишгоҳ\n\n"
    "Санаи 12-уми ноябри соли 2023 дар толори донишгоҳ ба муносибати рӯзи Парчами давлатӣ "
    "маҷлиси тантанавӣ баргузор гардид ва устодону донишҷӯён дар он ширкат варзиданд.\n"
    "Маҷлисро ноиби ректор оид ба илм бо сухани табрик оғоз намуда, дар бораи таърихи "
    "Парчам ва аҳамияти он дар ҳаёти ҷомеа маълумот дод.\n"
)


def _pages() -> list[tuple[str, jm.Article]]:
    return [
        (
            "(a) mutant 37: «آخرین ویرایش ۱۸ دی ۱۴۰۲» (no colon) ending a page, text alone",
            jm.parse_article(_EDITED),
        ),
        (
            "(b) mutant 37: the same under the address's day path /1402/09/18/",
            jm.parse_article(_EDITED, url="https://khabgah-example.ac.ir/1402/09/18/sabtenam/"),
        ),
        (
            "(c) mutant 44: a lead ending «؟» over a long headline over «به گزارش»",
            jm.parse_article(_lead_first("؟")),
        ),
        (
            "(d) mutant 44: a lead ending « …» (an excerpt) over the same",
            jm.parse_article(_lead_first(" …")),
        ),
        ("(e) mutant 44: a lead with no stop over the same", jm.parse_article(_lead_first(""))),
        (
            "(f) mutant 52: Markdown «# [BLOG](home)», «# BLOG» unlinked, an untitled post",
            jm.parse_article(_BLOG_MARKDOWN),
        ),
        (
            "(g) mutant 72: a history page's name under a site's name line",
            jm.parse_article("دبیرستان فرهنگ شیراز\n" + _history_page("تاریخچه دبیرستان فرهنگ")),
        ),
        (
            "(h) mutant 74: «تاریخچه مدرسه نوشته شد» over the section's heading",
            jm.parse_article(_history_page("تاریخچه مدرسه نوشته شد")),
        ),
        (
            "(i) «اخبار پایگاه : روز جهانی دیابت», the slug spelling the headline",
            jm.parse_article(
                "اخبار پایگاه : روز جهانی دیابت\n" + _LAB_BODY,
                url="https://sample-lab.ir/content/612/روز-جهانی-دیابت",
            ),
        ),
        ("(j) one bullet under a lead-in colon over the page's text", jm.parse_article(_ONE_NOTE)),
        (
            "(k) mutant 21: K2's list of every item «/component/k2/itemlist» (fix240's listing)",
            jm.parse_article(_K2_ITEMS, url="http://sample-uni.tj/index.php/component/k2/itemlist"),
        ),
    ]


def main() -> None:
    for name, article in _pages():
        published = article.published.jalali_date if article.published else None
        updated = article.updated.jalali_date if article.updated else None
        codes = sorted({warning.code for warning in article.warnings})
        print(
            f"{name}\n    title={article.title!r} published={published} updated={updated} "
            f"number={article.number!r} {codes}"
        )


if __name__ == "__main__":
    main()
