"""The pages the forty-seventh mutation round found wrong on main (docs/reliability.md, "The
forty-seventh round: fix229-fix234 under mutation", "Seen on main and left for the lead"),
each with its record: title, published day, number, warning codes.

    PYTHONPATH=src python benchmarks/mut47_main_pages.py
"""

from __future__ import annotations

import jalali_meta as jm

# fix231's circular page (ravihesab.com, tests/pages 2228): a meta list parted by «-» lines,
# the circular's code and day, then the letter.
_LETTER = (
    "اگر در متن این بخشنامه نکته مبهمی دیدید آن را در بخش پرسش ها بنویسید.\n\n"
    "آموزش گمرک\n"
    "تاریخ: ۱۴۰۰/۰۵/۰۲\n"
    "موضوع: جهت اطلاع گمرکات اجرایی ارسال می‌شود.\n"
    "با سلام؛\n"
    "نحوه ترخیص کالاهای همراه مسافر در گمرکات مرزی\n"
    "احتراماً پیرو بخشنامه پیشین درباره کالاهای همراه مسافر، جدول تازه سقف معافیت برای "
    "اجرا ابلاغ می‌شود و گمرکات باید آن را در سالن مسافری نصب کنند.\n"
)


def _circular(category: str, day_label: str) -> str:
    return (
        f"-\nوضعیت : معتبر است\n-\n{category}\n-\n{day_label} ۱۴۰۰/۰۵/۰۲\n-\n"
        f"00-281734 شماره بخشنامه :\n{_LETTER}"
    )


# fix231's static magazine page (ariaye.com, tests/pages 2224), a second <h2> added.
_MAGAZINE = (
    '<html dir="rtl"><head><meta charset="utf-8"><title>سعید کابلی</title></head>'
    '<body><p align="center"><b>سعید کابلی</b></p>'
    "<h2>نگاهی به وضع کتابخانه های عامه در شهرهای کوچک</h2>"
    '<p align="center">سعید کابلی</p><p align="center">12-7-1393</p>'
    "<p>کتابخانه های عامه در شهرهای کوچک بیشتر روزها بسته اند و کتاب های تازه به قفسه های "
    "آنها نمی رسد.</p>"
    "<h2>کتابفروشی های شهر همسایه</h2>"
    "<p>جوانان این شهرها برای خواندن کتاب به کتابفروشی های شهر بزرگ همسایه سفر می کنند که "
    "هزینه زیادی دارد.</p></body></html>"
)
# fix231's brand printed twice (megacivil.ir, tests/pages 2222), over a statement headline.
_BRAND = (
    "پارس سازه برتر\nپارس سازه برتر\n\n"
    "تمدید پروانه اشتغال مهندسان ناظر به زودی آغاز می شود\n\n"
    "مطابق قانون نظام مهندسی، پروانه اشتغال هر مهندس ناظر پنج سال اعتبار دارد و پیش از پایان "
    "این مدت باید با گذراندن دوره های آموزشی تمدید شود.\n\n"
    "مهندس باید گواهی دوره ها و سوابق کاری خود را به سازمان استان تحویل دهد.\n"
)
# fix234's important dates (dubaiconf.ir, tests/pages 2235).
_SAME_LABEL = (
    "آخرین مهلت : 12دی ماه 1398\nآخرین مهلت : 3بهمن ماه 1398\n"
    "آخرین مهلت : 10 بهمن ماه 1398\nآخرین مهلت : 20 بهمن ماه 1398\n"
)
_VERB_VALUE = (
    "آخرین مهلت ارسال چکیده مقالات :  12دی ماه 1398\n"
    "آخرین مهلت ثبت نام حضوری: 3بهمن ماه 1398\n"
    "اعلام نتایج داوری مقالات : پس از داوری اعلام می شود\n"
    "اعلام نتایج داوری فوری : 1 الی 2 روز پس از ارسال\n"
    "برگزاری همایش : 20 و 21 بهمن ماه 1398\n"
)
# fix230's provincial portal (attacks71): an institution's <h1> over the item's heading.
_PORTAL = (
    "<html><head><meta charset='utf-8'></head><body><h1>فرمانداری کازرون</h1>"
    "<h3>نمایشگاه صنایع دستی جنوب کشور برپا شد.</h3><p>۱۴ اردیبهشت ۱۴۰۳</p>"
    "<p>نمایشگاه صنایع دستی جنوب کشور امسال با حضور هنرمندان پنج استان در سالن اجتماعات شهر "
    "برپا می شود و بازدید از غرفه های آن برای همه آزاد است.</p>"
    "<p>رئیس اداره میراث فرهنگی شهرستان گفت که فروش آثار هنرمندان بی واسطه در غرفه ها انجام "
    "می شود.</p></body></html>"
)
# fix232's stopped headline over its question (attacks66), the question short.
_STOPPED = (
    "قیمت بلیت قطارهای مسافری در مسیر تهران مشهد از اول اسفند ده درصد بالا رفت.\n"
    "آیا هواپیما گران می شود؟\n۱۴ بهمن ۱۴۰۲\n\n"
    "نویسنده: سارا نیک | قیمت بلیت قطارهای مسافری در مسیر تهران مشهد از اول اسفند ده درصد "
    "بالا می رود و شرکت های ریلی جدول تازه را منتشر کرده اند.\n\n"
    "درباره قیمت بلیت پروازهای داخلی هنوز تصمیمی گرفته نشده است.\n"
)
_URL = "https://sample-gomrok.com/00-281734"


def _pages() -> list[tuple[str, jm.Article]]:
    return [
        (
            "(a) mutant 39: «تاریخ بخشنامه DAY» without its colon: the label line is the title",
            jm.parse_article(
                _circular("دسته بندی ها : بخشنامه های گمرکی", "تاریخ بخشنامه"), url=_URL
            ),
        ),
        (
            "(b) mutant 43: «دسته بندی ها :» with no value: «وضعیت : معتبر است» is the title",
            jm.parse_article(_circular("دسته بندی ها :", "تاریخ بخشنامه :"), url=_URL),
        ),
        (
            "(c) mutant 47: two <h2>s: the <title>'s author name is the title",
            jm.parse_html(_MAGAZINE),
        ),
        (
            "(d) mutant 52: a brand twice over a statement headline: the brand",
            jm.parse_article(_BRAND),
        ),
        (
            "(e) mutant 81: four fields of one label: the first deadline",
            jm.parse_article(_SAME_LABEL),
        ),
        (
            "(f) mutant 84: a field's value ending with a verb: a deadline",
            jm.parse_article(_VERB_VALUE),
        ),
        (
            "(g) mutant 20: an institution's <h1> over a headline ending with «.»",
            jm.parse_html(_PORTAL),
        ),
        (
            "(h) mutant 61: a stopped headline over a four-word question: silent None",
            jm.parse_article(_STOPPED),
        ),
    ]


def main() -> None:
    for name, article in _pages():
        published = article.published.jalali_date if article.published else None
        codes = sorted({warning.code for warning in article.warnings})
        print(
            f"{name}\n    title={article.title!r} published={published} number={article.number!r} {codes}"
        )


if __name__ == "__main__":
    main()
