"""The pages the forty-fifth mutation round found wrong or open on main (docs/reliability.md,
"The forty-fifth round: fix215-fix222 under mutation", "Seen on main and left for the lead"),
each with its record: title, published day, number, warning codes.

    PYTHONPATH=src python benchmarks/mut45_main_pages.py
"""

from __future__ import annotations

import jalali_meta as jm

# fix218's layout (avayerodkof.ir's tag page, tests/pages 2137): the site's motto, the bare
# tags heading «برچسب ها», then the first item: its headline, its code and date line, its text.
_MOTTO = "« صدای گلستان» به دقت و انصاف در خبر پایبند است و نام منبع را همیشه می آورد."
_TAG_ITEM = (
    "کوهنوردان پیشکسوت استان در صعود نوروزی به قله شاهوار شرکت کردند\n"
    "کد خبر: ۹۳۱۵   تاریخ انتشار : ۱۳۹۷/۰۱/۰۵\n\n"
    "صعود نوروزی کوهنوردان پیشکسوت استان به قله شاهوار با حضور هفتاد کوهنورد برگزار شد و "
    "گروه پیش از ظهر به قله رسید و عصر به پناهگاه بازگشت.\n"
)
# fix222's layout (forum.sarmaye.com's later thread page, tests/pages 2181): the forum's path,
# the topic's name with its page, a reply's header (its date over «#23»), the reply.
_TOPIC = "صدای فن کارت گرافیک بعد از نصب درایور جدید زیاد شده"
_REPLY = "فن را در نرم افزار کارت به حالت خودکار برگردانید؛ صدای کارت من هم همین طور کم شد.\n"
# fix220's layout (attacks66): a stopped headline, a question, the date line, the lead.
_BREAD = "قیمت نان حجیم و صنعتی در استان از اول دی ده درصد افزایش یافت."
_QUESTION = "آیا قیمت نان سنتی هم بالا می رود؟"
_LEAD_LABELLED = (
    "تاریخ: ۲۵ آذر ۱۴۰۲ | قیمت نان حجیم و صنعتی استان از دی ده درصد افزایش می یابد و "
    "نانوایی ها نرخ را اعلام می کنند."
)
_MORE = "درباره نرخ نان سنتی هنوز تصمیمی گرفته نشده است."
# fix215's layout (abfaesfahan.ir's portal, tests/pages 2124): the top menu, the day's stamp,
# a menu of five short labels, the news slider's cut titles.
_PORTAL_FIVE = """صفحه اصلی
درخواست ملاقات
گالری
تماس با ما
1401/07/20
معرفی شرکت
آمار واطلاعات
سایتهای مرتبط
شعار سال
اخبار
مدیرعامل شرکت گاز استان گلستان اعلام کرد: آغاز گازرسانی به روستاهای مرزی در ماه های...
نصب کنتورهای هوشمند گاز در واحدهای تجاری مرکز شهر گرگان
مدیرعامل شرکت گاز استان گلستان اعلام کرد: برنامه بازرسی تاسیسات گاز پیش از فصل سرما در...
تمامی حقوق مادی و معنوی این سایت متعلق به شرکت گاز استان گلستان میباشد.
"""
# fix215's related box (akhbarostanha.ir's item layout): a one-paragraph news item under its
# date line, «مطالب مرتبط», three dated related items with a teaser each.
_SHORT_ITEM = (
    "موزه مردم شناسی گرگان پس از دو سال مرمت بازگشایی شد\nمهر ۱۹, ۱۴۰۱\n"
    "موزه مردم شناسی گرگان صبح امروز با حضور استاندار و مدیران میراث فرهنگی پس از دو سال "
    "مرمت بازگشایی شد و از فردا همه روزهای هفته جز دوشنبه ها به روی بازدیدکنندگان باز است.\n"
    "مطالب مرتبط\n"
    "مسابقه نقاشی کودکان در موزه برگزار شد\nمهر ۱۰, ۱۴۰۱\n"
    "در این مسابقه دویست کودک از مدرسه های شهر شرکت کردند و به ده نفر برتر جایزه داده شد.\n"
    "ساعت کار موزه های استان تغییر کرد\nمهر ۸, ۱۴۰۱\n"
    "اداره کل میراث فرهنگی اعلام کرد ساعت کار موزه ها از اول آبان یک ساعت بیشتر می شود.\n"
    "نمایشگاه سکه های قدیمی در کاخ موزه گشایش یافت\nمهر ۵, ۱۴۰۱\n"
    "نمایشگاه سکه های قدیمی تا پایان هفته در کاخ موزه برپاست و ورود برای دانش آموزان رایگان است.\n"
)


def _pages() -> list[tuple[str, str, str | None]]:
    return [
        (
            "(a) the site's name and motto over «برچسب ها» and the first item's code and date",
            f"صدای گلستان\n{_MOTTO}\n\nبرچسب ها\n{_TAG_ITEM}",
            None,
        ),
        (
            "(b) mutant 35: «برچسب ها» over the first item's code and date printed with no colon",
            f"{_MOTTO}\n\nبرچسب ها\n"
            + _TAG_ITEM.replace("کد خبر:", "کد خبر").replace("انتشار :", "انتشار"),
            None,
        ),
        (
            "(c) mutant 44: a thread's later page, a reply's header with a day and no time",
            f"انجمن رایانه > کارت گرافیک\n\n{_TOPIC} - صفحه 3\n\nJanuary 14th, 2024\n#23\n\n{_REPLY}",
            None,
        ),
        (
            "(d) mutant 63: a stopped headline over a question, the lead opening «تاریخ: DATE |»",
            f"{_BREAD}\n{_QUESTION}\n۲۵ آذر ۱۴۰۲\n\n{_LEAD_LABELLED}\n\n{_MORE}\n",
            None,
        ),
        (
            "(e) a menu of five short labels (MENU_RUN_LINES is six) over the slider",
            _PORTAL_FIVE,
            None,
        ),
        (
            "(f) a one-paragraph item over its related box of three dated teasers",
            _SHORT_ITEM,
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
