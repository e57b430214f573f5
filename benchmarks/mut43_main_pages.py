"""The pages the forty-third mutation round found wrong or open on main (docs/reliability.md,
"The forty-third round: fix204-fix208 under mutation", "Seen on main and left for the lead"),
each with its record: title, published day, warning codes. Since fix213 it also prints mut42's
mutant 13's page (a headline over a photo report's label, the pair printed twice, the lead
retelling the label) double- and single-spaced: docs/reliability.md says why only the second
is doubted.

    PYTHONPATH=src python benchmarks/mut43_main_pages.py
"""

from __future__ import annotations

import jalali_meta as jm

# fix208's layout (tests/test_fix208.py, way2pay.ir's, real60 #21): a name closing with a
# sentence's end, one line, the question headline, the lead.
_QUESTION = "چرا قیمت بلیت پروازهای داخلی در فصل تابستان دوباره بالا رفت؟"
_LEAD = (
    "\n\nمسافران پروازهای داخلی در هفته های اخیر با بلیت هایی روبه رو شده اند که گاهی دو برابر "
    "نرخ بهار قیمت دارند و شرکت های هواپیمایی دلیل آن را هزینه سوخت و قطعات می دانند.\n\n"
    "کارشناسان صنعت هوایی می گویند تا زمانی که ناوگان فرسوده نو نشود، صندلی کم و قیمت بالا "
    "خواهد ماند.\n"
)
# real62 #10's layout (pashtoonkhwa.com): the site's name, the stamp glued to the headline, the
# text, a quote's own date, a rule.
_PASHTO = (
    "د کلي د ښوونځي نوې ودانۍ پرون د سیمې د مشرانو او زده کوونکو په ګډون پرانیستل شوه او "
    "د ښوونځي مدیر وویل چې اوس به نجونې او هلکان په جلا ټولګیو کې درس ووایي.\n"
    "(د ښوونځي د مدیر له خبرو څخه ۳/مارچ/۲۰۱۹)\n-------\n"
)
_STATEMENT = (
    "نشست سالانه انجمن صنفی کتابداران در روزهای پایانی هفته با حضور نمایندگان استان ها "
    "برگزار شد و اعضا درباره دوره های تازه و شیوه ثبت نام گفت وگو کردند.\n"
    "انجمن از همه اعضا می خواهد برنامه دوره ها را در کتابخانه های خود در معرض دید مراجعان "
    "قرار دهند.\n"
)
# real62 #12's layout (facenama.com): a section's line twice, the headline glued to its copy.
_SOCIAL = (
    "کتابخانه ای در دل کوه های البرز!\n: کتابخانه ای در دل کوه های البرز!\n"
    "اهالی یک روستای کوهستانی در شمال کشور با کمک هم کتابخانه ای ساخته اند که در زمستان "
    "تنها جای گرم روستا برای خواندن و گفت وگوی جوانان است.\n"
)
# fix182's layout (tests/test_fix182.py): a verb headline, the date line, a line as long, the
# lead retelling four content words of each.
_BAZAAR_HEAD = "طرح بازسازی بافت تاریخی بازار یزد دوباره آغاز شد"
_BAZAAR_LINE = "بودجه سقف راسته زرگرها کاروانسرای حاجی حمام خان نوسازی"
_BAZAAR_LEAD = (
    "طرح بازسازی بافت بازار با پول استانداری برای سقف راسته زرگرها و نوسازی کاروانسرا در "
    "این ماه شروع خواهد شد."
)
_BAZAAR_BODY = (
    "شهردار یزد گفت در گام نخست سقف‌های فرسوده راسته بازار زرگرها نوسازی می‌شود و "
    "مغازه‌داران در این مدت کار خود را ادامه می‌دهند."
)
# Pajhwok's Dari report (real60 #29): the lead opening with its dateline.
_REPORT = (
    "هرات (پژواک،١٤ سرطان ٤٩): مسوولان محلی می گویند که کار ساخت سه مکتب تازه در ولسوالی های "
    "این ولایت در ماه جاری به پایان می رسد و شاگردان در سال آینده در صنف های نو درس می خوانند.\n"
    "سخنگوی والی هرات به آژانس خبری پژواک گفت که هزینه این مکاتب از بودجه انکشافی ولایت "
    "پرداخته شده است.\n"
)
# mut42's mutant 13's page (tests/test_mut43.py): an Afghan Dari item copied from the browser
# (attacks65, tests/pages 2068), the headline over a photo report's label printed twice.
_SAFFRON = "نخستین بازارچه زعفران در ولایت فراه گشایش یافت"
_SAFFRON_LABEL = "تصاویر بازارچه زعفران فراه"
_SAFFRON_LEAD = (
    "در این تصاویر بازارچه زعفران فراه را ببینید که دهقانان ولسوالی ها محصولات خانگی خود "
    "را برای فروش آورده اند و خریداران از شهرهای دیگر آمده اند."
)
_SAFFRON_MORE = "مسئولان زراعت می گویند حاصل زعفران امسال بیشتر از سال گذشته است."
_SAFFRON_PAGE = (_SAFFRON, _SAFFRON_LABEL, _SAFFRON, _SAFFRON_LABEL, _SAFFRON_LEAD, _SAFFRON_MORE)


def _pages() -> list[tuple[str, str]]:
    social = "کتابخانه ای در دل کوه های البرز! : کتابخانه ای در دل کوه های الب"
    return [
        (
            "mutant 63: a name with «.» over a date line over the question",
            f"بال سفر.\n۱۲ مرداد ۱۴۰۲\n\n{_QUESTION}{_LEAD}",
        ),
        (
            "mutant 63: a name with «!» over a byline over the question",
            f"بال سفر!\nنوشته علی رضایی\n\n{_QUESTION}{_LEAD}",
        ),
        (
            "mutant 20: a two-word headline glued after its bracketed stamp",
            f"پښتونخوا\n[03.Mar.2021 - 09:40]ښوونځی پرانیستل\n{_PASHTO}",
        ),
        (
            "mutant 25: a headline and its copy of as many words, the last cut",
            f"هر روز!\nهر روز!\n\n{social}\n\n{social}\n\n{_SOCIAL}",
        ),
        (
            "mutant 39: the lead retelling four words of the verb headline and of the line",
            f"{_BAZAAR_HEAD}\n۲۰ آذر ۱۴۰۲ - ۰۹:۳۰\n{_BAZAAR_LINE}\n\n{_BAZAAR_LEAD}\n\n"
            f"{_BAZAAR_BODY}\n",
        ),
        (
            "mutant 18: a round-bracketed date before the headline",
            f"اخبار\n(1394/08/05) ثبت نام دوره های تابستانی کتابخانه آغاز شد\n{_STATEMENT}",
        ),
        ("mutant 7: a dateline's year «٤٩», no other year on the page", _REPORT),
        ("mut42's mutant 13: the pair printed twice, double-spaced", "\n\n".join(_SAFFRON_PAGE)),
        ("mut42's mutant 13: the pair printed twice, single-spaced", "\n".join(_SAFFRON_PAGE)),
    ]


def main() -> None:
    for name, text in _pages():
        article = jm.parse_article(text)
        day = article.published.jalali_date if article.published else None
        codes = sorted({warning.code for warning in article.warnings})
        print(f"{name}: «{article.title}» / {day} / {', '.join(codes) or 'none'}")


if __name__ == "__main__":
    main()
