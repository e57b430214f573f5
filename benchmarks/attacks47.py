"""Forty-seventh round of attacks: the newest rules, fix123 (a time after its own label on the
date line «ساعت خبر: 08:51:22»; ``time-unread`` when a clock sits unread after a day; a shop
line «خرید و دانلود مقاله» is chrome; a slash-question headline under its lead; Uzbek Latin
months), fix124 (a run of bulleted «label: value» lines is no title; a role byline «دبیر بخش
...» never the title; Joomla ``index.php/.../554-...`` and ``/fa/content/ID/600-slug`` IDs),
fix125 («DD.MM.YYYY / HEADLINE» cut into date and headline; a leading «/ » dropped; a capitals
masthead; a home-page address with a teaser next to its date line doubted), fix127 («شماره N»
beside print-page words is the issue; a line with a web address, a date and a comment count is
no title; ``/p/ID/slug``) and fix128 (a glued today banner «امروزپنجشنبه, DATE»; a full-stop
headline over its date line; a site name the host spells over a slogan), with near misses and
shapes beyond the rules' pages (Arabic yeh and kaf, ZWNJ, Persian digits, Markdown, HTML).

Each input's record was decided by hand before the first run (docs/reliability.md, "Attacks,
forty-seventh round"). Days by hand: 1 Farvardin 1395 = 2016-03-20, so 12 Mehr 1395 =
2016-10-03 (+03:30, summer time over); 1 Farvardin 1402 = 2023-03-21, so 12 Mordad 1402 =
2023-08-03 and 14 Aban 1402 = 2023-11-05 (a Sunday, یکشنبه); 1 Farvardin 1403 = 2024-03-20, so
15 Ordibehesht 1403 = 2024-05-04; 1 Farvardin 1398 = 2019-03-21, so 21 Ordibehesht 1398 =
2019-05-11; 1 Farvardin 1389 = 2010-03-21 and Esfand 1388 has 29 days, so 12 Esfand 1388 =
2010-03-03.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks47.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks39's with «issue» (the record's issue number). The article sentences, headlines and names are ours; the layouts are
the pages' named in tests/test_fix123.py to tests/test_fix128.py.
"""

from __future__ import annotations

from typing import Any

from attack_runner import DATE_ROUND_PREFIXES, collector, either, run, yeh_kaf
from attacks39 import check39

import jalali_meta as jm

cases, case = collector()


def check47(field: str, value: Any, article: jm.Article) -> tuple[bool, Any]:
    """attacks39's judge with «issue» (the record's issue number)."""
    if field == "issue":
        return article.issue == value, article.issue
    return check39(field, value, article)


# == fix123: a time after its own label; time-unread ===========================================
RUMOUR = "تکذیب خبر تعطیلی نانوایی‌های شهر در روز جمعه"
RUMOUR_BODY = (
    "رئیس اتاق اصناف شهرستان گفت: پیامی که درباره تعطیلی همه نانوایی‌های شهر در روز جمعه "
    "دست به دست می‌شود درست نیست و نانوایی‌ها طبق برنامه همیشگی باز هستند.\n"
)


def print_view(date_line: str) -> str:
    return f"{RUMOUR}\nاتاق اصناف اعلام کرد:\n\n{RUMOUR}\n\n{date_line}\n\n{RUMOUR_BODY}"


case(
    "news-time-label-arabic-yeh-kaf-persian-digits-pos",
    "text",
    yeh_kaf(print_view("تاریخ خبر: ۱۲ مهر ۱۳۹۵ ساعت خبر: ۰۹:۱۴:۰۵")),
    {"published": "2016-10-03T09:14:05+03:30", "nocode": "time-unread"},
)
case(
    "news-time-label-markdown-bold-pos",
    "text",
    print_view("**تاریخ خبر:** ۱۲ مهر ۱۳۹۵ **ساعت خبر:** ۰۹:۱۴"),
    {"published": "2016-10-03T09:14:00+03:30"},
)
case(
    "duration-after-date-no-time-unread-neg",
    "text",
    print_view("تاریخ: ۱۲ مهر ۱۳۹۵ - مدت نشست: ۰۲:۳۰"),
    {"published": "2016-10-03", "nocode": "time-unread", "notminute": 30},
)
# -- a shop line is chrome --------------------------------------------------------------------
QANAT = "قنات‌های کهن شهر"
QANAT_BODY = (
    f"\n\n{QANAT}\n\n\n"
    "کهن‌ترین قنات‌های این شهر در دوره صفوی کنده شد و اسناد آن دوره از مقنی‌هایی نام می‌برند "
    "که هر سال پس از بارش‌های بهاری رشته‌های قنات را لایروبی می‌کردند و مزد خود را از "
    "کشاورزان می‌گرفتند.\n\nبرچسب‌ها:    قنات\n\nنظرات\n"
)
case(
    "shop-line-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf("خرید و دانلود مقاله" + QANAT_BODY),
    {"title": either(QANAT)},
    url="https://example.ir/articles/771-qanat",
)
SAFFRON_BUY = "خرید تضمینی زعفران از کشاورزان جنوب استان آغاز شد"
case(
    "buy-headline-over-date-line-neg",
    "text",
    f"{SAFFRON_BUY}\n۱۵ اردیبهشت ۱۴۰۳\n\n"
    "مدیر تعاون روستایی استان گفت خرید تضمینی زعفران از امروز در هشت مرکز آغاز شده و بهای "
    "آن ظرف ده روز به حساب کشاورزان واریز می‌شود.\n",
    {"title": SAFFRON_BUY + "!", "published": "2024-05-04"},
)
# -- a slash-question headline under its lead -------------------------------------------------
JOBS_LEAD = (
    "آمار تازه مرکز آمار نشان می‌دهد نرخ بیکاری استان در زمستان گذشته به ۸ درصد رسیده است، "
    "در حالی که بیکاری جوانان همچنان دو برابر میانگین استان است."
)
JOBS_HEAD = "نرخ بیکاری استان ۸ درصد شد/ سهم جوانان چقدر است؟"
case(
    "slash-question-headline-under-lead-zwnj-pos",
    "text",
    f"{JOBS_LEAD}\n\n{JOBS_HEAD}\n\n"
    "به گزارش روابط عمومی اداره کل تعاون، کار و رفاه اجتماعی، شمار شاغلان استان در زمستان "
    "گذشته نسبت به پارسال سه درصد بیشتر شده و بیشترین افزایش در بخش خدمات بوده است.\n\n"
    "کارشناسان می‌گویند بیکاری جوانان تحصیل‌کرده بیش از گروه‌های دیگر است و طرح‌های "
    "اشتغال باید به آنان توجه بیشتری کنند.\n",
    {"title": JOBS_HEAD},
)
# -- Uzbek Latin months -------------------------------------------------------------------------
UZ_TJ = (
    "Дар Самарқанд намоишгоҳи ҳунарҳои мардумӣ кушода шуд\n\n"
    "    Фарҳанг 5 Noyabr 2024 812\n\n"
    "    Дар толори фарҳангии шаҳр намоишгоҳи ҳунарҳои мардумӣ оғоз ёфт. Беш аз сӣ устои "
    "кулолгар ва гулдӯз аз ноҳияҳои вилоят осори худро ба намоиш гузоштанд.\n\n"
    "    Намоишгоҳ то охири ҳафта барои ҳама ройгон боз аст.\n"
)
case(
    "uzbek-latin-november-tajik-edition-pos",
    "text",
    UZ_TJ,
    {"published": "2024-11-05"},
    url="https://example.uz/tj/news/namoishgoh",
)

# == fix124 =====================================================================================
BUDGET_HEAD = "4-2- درآمدهای شهرداری به تفکیک منبع، سال‌های 1398-1401"
BUDGET_TABLE = (
    "درآمد (میلیارد ریال)\n"
    "سال عوارض نوسازی پروانه ساختمان جمع\n"
    "1398 820 1450 2270\n"
    "1399 910 1630 2540\n"
    "1400 1040 1820 2860\n"
)
case(
    "markdown-dash-label-value-run-pos",
    "text",
    "- برگرفته از: سالنامه آماری شهرداری\n- واحد: میلیارد ریال\n- سال تهیه: 1401\n"
    f"{BUDGET_HEAD}\n{BUDGET_TABLE}",
    {"title": (BUDGET_HEAD, "WARN")},
)
SPORT_SECTION = (
    "این هفته تیم‌های نوجوانان شهر در سه رشته به مرحله پایانی مسابقات استان رسیدند و "
    "مربیان آنها از کمبود سالن تمرین گلایه دارند. در این بخش با دو مربی گفت‌وگو کرده‌ایم "
    "که از دشواری‌های کار با نوجوانان می‌گویند.\n"
)
case(
    "role-byline-twice-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"دبیر سرویس ورزشی\nدبیر سرویس ورزشی\n\n{SPORT_SECTION}"),
    {"title": "WARN"},
)
BRIDGE = "بازگشایی پل تاریخی شهر پس از دو سال مرمت"
BRIDGE_BODY = (
    "پل تاریخی شهر پس از دو سال مرمت امروز با حضور مسئولان میراث فرهنگی دوباره به روی "
    "عابران پیاده باز شد و از این پس شب‌ها نورپردازی می‌شود.\n"
)
case(
    "long-id-before-three-digit-encoded-slug-pos",
    "text",
    f"۳۰۰ هکتار باغ انار در شهرستان آبیاری قطره‌ای شد\n\n{BRIDGE_BODY}",
    {"number": "20481533"},
    url="https://agri.example.ir/fa/content/20481533/"
    "300-%D9%87%DA%A9%D8%AA%D8%A7%D8%B1-%D8%A8%D8%A7%D8%BA-%D8%A7%D9%86%D8%A7%D8%B1",
)

# == fix125 =====================================================================================
ROAD = "بهره‌برداری از جاده تازه روستای گل‌آباد با کمک خیران"
ROAD_PAGE = (
    "پایگاه خبری بخش مرکزی\n\n{dated}\n\n"
    "در روستای گل‌آباد جاده‌ای تازه با کمک اهالی و خیران آسفالت شد و بخشدار در آیین گشایش "
    "آن از همه کسانی که در ساخت آن کوشیدند سپاسگزاری کرد.\n"
)
case(
    "persian-dated-headline-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(ROAD_PAGE.format(dated=f"۱۴۰۲/۰۵/۱۲ / {ROAD}")),
    {"title": either(ROAD), "published": "2023-08-03"},
    url="https://news.example.ir/news/6120",
)
TJ_HEAD = "Ифтитоҳи китобхонаи нав дар маркази ноҳия"
TJ_BODY = (
    "Дар маркази ноҳия китобхонаи нав бо ҳазор нусха китоб ва толори мутолиа ба истифода дода "
    "шуд. Дар маросим раиси ноҳия ба сохтмончиён ва хонандагон миннатдорӣ баён намуд.\n"
)
case(
    "tajik-dated-headline-markdown-h2-pos",
    "text",
    f"## 05.09.2023 / {TJ_HEAD}\n\n{TJ_BODY}",
    {"title": TJ_HEAD, "published": "2023-09-05"},
    url="http://www.somon.example.tj/details/77",
)
case(
    "leading-slash-headline-pos",
    "text",
    ROAD_PAGE.format(dated=f"/ {ROAD}"),
    {"title": ROAD},
    url="https://news.example.ir/news/6120",
)
HAIL = "بارش تگرگ ۱۲ مرداد / خسارت به باغ‌های انگور روستاهای شمالی"
case(
    "headline-with-date-then-slash-inside-neg",
    "text",
    f"{HAIL}\n\n۱۵ اردیبهشت ۱۴۰۳\n\n"
    "بارش تگرگ در روز دوازدهم مرداد به باغ‌های انگور روستاهای شمالی شهرستان آسیب زد و "
    "کارشناسان جهاد کشاورزی برآورد خسارت را آغاز کرده‌اند.\n",
    {"title": HAIL + "!", "published": "2024-05-04"},
)
TJ_CAPS = "ИФТИТОҲИ КИТОБХОНАИ НАВ ДАР МАРКАЗИ НОҲИЯ"
case(
    "capitals-headline-printed-twice-neg",
    "text",
    f"{TJ_CAPS}\n{TJ_CAPS}\n\n{TJ_BODY}",
    {"title": TJ_CAPS},
    url="http://www.somon.example.tj/details/77",
)
HOME = (
    "۱۳۹۸/۰۲/۲۱\n"
    "برگزاری دوره آموزشی کمک‌های اولیه برای بهورزان خانه‌های بهداشت شهرستان\n"
    "کارشناس آموزش سلامت در این دوره دو روزه گفت: بهورزان ۱۸ خانه بهداشت با شیوه‌های تازه "
    "کمک‌های اولیه در حادثه‌های کشاورزی و گزیدگی آشنا شدند و در پایان آزمون دادند.\n"
)
HOME_HEAD = "برگزاری دوره آموزشی کمک‌های اولیه برای بهورزان خانه‌های بهداشت شهرستان"
case(
    "home-page-persian-digits-teaser-pos",
    "text",
    HOME,
    {"title": "WARN"},
    url="https://health.example.ac.ir/fa",
)
case(
    "item-address-on-fa-news-path-neg",
    "text",
    HOME,
    {"title": HOME_HEAD, "published": "2019-05-11"},
    url="https://health.example.ac.ir/fa/news/5510/dowreh-komak",
)

# == fix127 =====================================================================================
PAPER_HEAD = "آغاز برداشت انار در باغ‌های ساوه"
PAPER_BODY = (
    "مدیر جهاد کشاورزی شهرستان گفت برداشت انار از باغ‌های این شهرستان آغاز شده و امسال "
    "پیش بینی می‌شود بیش از صد هزار تن انار برداشت شود.\n"
    "او افزود: سرمای دیررس بهاره به بخشی از باغ‌ها آسیب زد، اما کیفیت محصول خوب است.\n"
)


def paper(line: str) -> str:
    return f"{PAPER_HEAD}\n\n{line}\n\n{PAPER_HEAD}\n{PAPER_BODY}"


case(
    "issue-beside-print-page-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(paper("منتشر شده در صفحه کشاورزی | شماره ۳۱۰۵")),
    {"number": None, "issue": "3105"},
)
case(
    "number-beside-home-link-persian-digits-neg",
    "text",
    paper("شماره : ۴۳۲۲۲ | صفحه اصلی"),
    {"number": "43222", "issue": None},
)
POST_BODY = (
    "نمایشگاه امسال با غرفه‌هایی به پایان رسید که بیشترشان همان کتاب‌های سال گذشته را "
    "داشتند و بازدیدکنندگان کمتر از همیشه خرید کردند.\n"
    "به نظر من بهترین غرفه امسال از آن ناشری کوچک بود که کتاب‌های کودک را با حوصله چیده "
    "بود و به پرسش‌های پدر و مادرها پاسخ می‌داد.\n"
)
case(
    "address-date-comments-byline-zwnj-pos",
    "text",
    f"ketab_dost ketabdost.blogsky.com ۱۲ اسفند ۱۳۸۸ ۱۲ دیدگاه\n\n{POST_BODY}",
    {"title": "WARN", "published": "2010-03-03"},
)
case(
    "blog-permalink-p-id-slug-pos",
    "text",
    f"نمایشگاه کتاب امسال از نگاه یک خواننده\n\n{POST_BODY}",
    {"number": "8812"},
    url="https://ketabdost.example-blog.ir/p/8812/namayeshgah-ketab",
)

# == fix128 =====================================================================================
LAB = "بازدید رئیس دانشکده از کارگاه‌های تازه ساز بخش فنی"
LAB_ITEM = (
    f"\n\n{LAB}\n\n"
    "رئیس دانشکده فنی از روند تجهیز کارگاه‌های تازه ساز این بخش بازدید کرد.\n\n\n"
    "به گزارش روابط عمومی، در این بازدید که مدیر آموزش نیز حضور داشت، سه کارگاه و یک "
    "انبار ابزار بررسی شد.\n"
)
case(
    "glued-today-banner-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf("امروزیکشنبه، ۱۴ آبان ۱۴۰۲ ۱۰:۲۰" + LAB_ITEM),
    {"title": either(LAB), "published": None},
    url="https://tech.example.ac.ir/index.php/news/5120-bazdid-raees",
)
NOWADAYS = "امروزه کمتر کسی برای دوستانش نامه کاغذی می‌نویسد"
case(
    "emruzeh-headline-over-date-line-neg",
    "text",
    f"{NOWADAYS}\nشنبه, 15 اردیبهشت 1403 - 10:05\n\n"
    "اداره پست استان گزارش داد که شمار نامه‌های کاغذی در ده سال گذشته به یک پنجم رسیده و "
    "بیشتر مرسوله‌ها اکنون بسته‌های خریدهای اینترنتی است.\n",
    {"title": NOWADAYS + "!", "published": "2024-05-04"},
)
STOPPED = "جشنواره فیلم کوتاه دانشجویی در دانشکده هنر برگزارشد."
case(
    "stopped-headline-over-info-line-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(
        f"{STOPPED}\n\n۱۵ اردیبهشت ۱۴۰۳ | ۱۱:۲۰ کد : ۴۲۱۷۷ اخبار\nتعداد بازدید:۹۳\n\n"
        "در این جشنواره که با حضور استادان و دانشجویان رشته‌های سینما و انیمیشن برپا شد "
        "نخست دبیر جشنواره گزارشی از آثار رسیده ارائه کرد و سپس داوران درباره فیلم‌های "
        "برگزیده و کمبود امکانات ساخت فیلم در دانشکده سخن گفتند و پیشنهاد کردند جشنواره هر "
        "سال در یکی از دانشکده‌های دیگر نیز برگزار شود.\n"
    ),
    {"title": either(STOPPED), "published": "2024-05-04"},
    url="https://art.example.ac.ir/fa/news/42177/x",
)
KERMAN_HEAD = (
    "دستور استاندار در کرمان : ساخت بیمارستان نیمه تمام باید تا پایان سال تمام شود / "
    "پیمانکار را فردا به کارگاه برگردانید"
)
case(
    "site-name-host-spelled-slogan-html-pos",
    "html",
    (
        "<html><head><meta charset='utf-8'></head><body>"
        "<div class='logo'>خبر کرمان</div><div class='slogan'>همیشه با ما همراه باشید</div>"
        f"<div class='post-title'>{KERMAN_HEAD}</div>"
        "<div class='entry'>استاندار در بازدید از این بیمارستان با تاکید بر اینکه کار ساختمانی "
        "آن تا پایان سال باید تمام شود از دانشگاه علوم پزشکی خواست خرید تجهیزات را از همین "
        "ماه آغاز کند.</div></body></html>"
    ).encode(),
    {"title": KERMAN_HEAD},
    url="https://www.khabarkerman.com/2023/05/14/%D8%AF%D8%B3%D8%AA%D9%88%D8%B1/",
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
