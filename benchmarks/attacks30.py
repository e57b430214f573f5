"""Thirtieth round of attacks: fix74 (a weekday's date over a kicker ending «؛» is the
item's date; «NAME ذخیره تصویر» photo buttons are chrome; the <title> part a home link spells
is the site's name; title-uncertain for a verbless headline opening with a county label, for a
short line printed twice over the headline, for one excerpt ending «... ادامه مطلب» that ends
the text, and for two or more texts cut with «...» each under a headline-shaped line).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, thirtieth
round"). Run: PYTHONPATH=src:benchmarks python benchmarks/attacks30.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are near misses a real
page prints where a rule must not fire; «-pos» inputs are shapes where it must. A title
ending «!» must come without a doubt; "WARN" is a title kept and doubted, or none; a tuple
is any of its values; «code» is a warning code the record must carry; «site» the site name;
«WARN_DATE» is no publication date, or one with a published-*/date-* warning.

The shapes come from real pages (the pages fix74 was built on, and pages found with the
search tool, corpus pages), named beside each group; the article sentences are ours.
"""

from typing import Any

from attack_runner import BODY, D, H, check, collector, run

import jalali_meta as jm

cases, case = collector()


def check30(field: str, value: Any, article: jm.Article) -> tuple[bool, Any]:
    """attack_runner's judge, «code» (a warning code the record must carry) and «site» (the
    record's site name, a tuple: any of these)."""
    if field == "code":
        codes = sorted({warning.code for warning in article.warnings})
        return value in codes, codes
    if field == "site":
        return article.site_name in value, article.site_name
    if isinstance(value, tuple) and "WARN_DATE" in value:  # none, or a doubted date
        got = article.published.gregorian.isoformat()[:10] if article.published else None
        codes = {warning.code for warning in article.warnings}
        doubted = any(code.startswith(("published", "date")) for code in codes)
        return got is None or doubted, got
    return check(field, value, article)


DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲»
WEEKDAY_DATE = "1397/11/18 پنجشنبه"  # semnanpl.ir's portal date line (fix74)
WEEKDAY_DAY = "2019-02-07"
KICKER = "در کتابخانه مرکزی شهرستان صورت پذیرفت؛"

# -- 1. A weekday's date over a kicker ending «؛» -------------------------------------------
# semnanpl.ir ?news/238166/382702/1008784 (the fix's page: date, «...صورت پذیرفت؛», headline);
# ecoiran.com/.../42199 prints a headline with «؛» inside it («آزادی را فریاد کن؛ دو قطبی روز
# خبرنگار»); shoaresal.ir/fa/tag/1/قزوین prints «با حضور استاندار و سفیر تاجیکستان:» over its
# headline; t.me/s/roozArooz_media prints a day's greeting line ending «؛» («... درباره امروز
# ... بدانید؛») over its first item; Iranian portals' banners print the day in three calendars.
case(
    "semicolon-kicker-pos semnanpl",
    "text",
    f"|\n{WEEKDAY_DATE}\n{KICKER}\n{H}\n\n{BODY}",
    {"title": H, "published": WEEKDAY_DAY},
)
case(
    "semicolon-kicker-persian-digits-pos",
    "text",
    f"|\nپنجشنبه ۱۸ بهمن ۱۳۹۷\nبا حضور مدیر کل و در آیین دهه فجر؛\n{H}\n\n{BODY}",
    {"title": H, "published": WEEKDAY_DAY},
)
case(
    "banner-over-kicker-item-date-under-headline-neg",
    "text",
    f"شنبه ۱۵ اردیبهشت ۱۴۰۳\n{KICKER}\n{H}\n{D}\n\n{BODY}",
    {"title": H, "published": DAY},
)
case(
    "today-labelled-banner-over-kicker-neg",
    "text",
    f"امروز: پنجشنبه ۱۸ بهمن ۱۳۹۷\n{KICKER}\n{H}\n\n{BODY}",
    {"title": H, "published": (None, "WARN_DATE")},
)
case(
    "three-calendar-banner-over-kicker-neg",
    "text",
    f"پنجشنبه ۱۸ بهمن ۱۳۹۷ - 7 February 2019 - ۲ جمادی‌الثانی ۱۴۴۰\n{KICKER}\n{H}\n\n{BODY}",
    {"title": H, "published": (None, "WARN_DATE")},
)
case(
    "banner-over-semicolon-menu-neg",
    "text",
    f"پنجشنبه ۱۸ بهمن ۱۳۹۷\nصفحه اصلی؛ اخبار استان؛ شهرستان‌ها؛ ورزش؛\n{H}\n\n{BODY}",
    {"title": H, "published": (None, "WARN_DATE")},
)
case(
    "banner-over-greeting-semicolon-neg roozArooz",
    "text",
    f"پنجشنبه ۱۸ بهمن ۱۳۹۷\nسلام و روزتان به خیر، این‌ها خبرهای مهم امروز است؛\n{H}\n\n{BODY}",
    {"title": H, "published": (None, "WARN_DATE")},
)
case(
    "two-semicolon-kickers-pos",
    "text",
    f"|\n{WEEKDAY_DATE}\nهمزمان با دهه فجر؛\n{KICKER}\n{H}\n\n{BODY}",
    {"title": H, "published": WEEKDAY_DAY},
)
SEMI_HEAD = "آزادی را فریاد کن؛ دو قطبی روز خبرنگار"
case(
    "headline-with-inner-semicolon-neg ecoiran",
    "text",
    f"{WEEKDAY_DATE}\n{SEMI_HEAD}\n\n{BODY}",
    {"title": SEMI_HEAD, "published": WEEKDAY_DAY},
)
case(
    "colon-kicker-under-weekday-date-pos shoaresal",
    "text",
    f"|\n{WEEKDAY_DATE}\nبا حضور استاندار و سفیر تاجیکستان:\n{H}\n\n{BODY}",
    {"title": H, "published": WEEKDAY_DAY},
)

# -- 2. A photo's name and its save/download button ------------------------------------------
# hormozgan-agri-jahad.com/cities/1184 (the fix's page: «بندرلنگه ذخیره تصویر» over the
# headline); photo-gallery pages print «دانلود با کیفیت اصلی» under each photo and a
# photographer's credit line; tutorials title themselves «آموزش دانلود عکس ...».
SECTION = "اخبار شهرستانها"
case(
    "button-pos hormozgan",
    "text",
    f"{SECTION}\n\nبندرلنگه ذخیره تصویر\n\n{H}\n\n{BODY}",
    {"title": H},
)
case(
    "button-three-word-caption-pos",
    "text",
    f"{SECTION}\n\nسد امیرکبیر کرج ذخیره تصویر\n\n{H}\n\n{BODY}",
    {"title": H},
)
case(
    "button-download-quality-pos",
    "text",
    f"{SECTION}\n\nدانلود با کیفیت اصلی\n\n{H}\n\n{BODY}",
    {"title": H},
)
DL_HEAD = "دانلود تصویر جدید تلسکوپ جیمز وب از سحابی عقاب"
case(
    "headline-opening-download-image-neg",
    "text",
    f"{DL_HEAD}\n\n{D}\n\n{BODY}",
    {"title": DL_HEAD + "!", "published": DAY},
)
TUT = "آموزش دانلود عکس"
TUT_BODY = (
    "در این آموزش روش ذخیره کردن عکس‌های شبکه‌های اجتماعی در گوشی را گام به گام شرح "
    "می‌دهیم و ابزارهای رایگان این کار را با هم مقایسه می‌کنیم.\n\n"
    "نخست برنامه را باز کنید و روی عکس دلخواه بمانید تا فهرست گزینه‌ها نمایان شود، سپس "
    "گزینه ذخیره را بزنید تا عکس در گالری گوشی نگه داشته شود.\n"
)
case(
    "three-word-tutorial-headline-neg",
    "text",
    f"{TUT}\n\n{D}\n\n{TUT_BODY}",
    {"title": TUT, "published": DAY},
)
case(
    "two-word-name-save-photo-headline-neg",
    "text",
    f"روش ساده ذخیره عکس\n\n{D}\n\n{TUT_BODY}",
    {"title": "روش ساده ذخیره عکس", "published": DAY},
)
GALLERY = "گزارش تصویری از جشنواره گل و گیاه در پارک مرکزی"
case(
    "photo-gallery-page-neg",
    "text",
    f"{GALLERY}\n\n{D}\n\nعکاس: مریم احمدی\n\nدانلود تصویر\n\nدانلود تصویر\n\nدانلود تصویر\n\n{BODY}",
    {"title": GALLERY, "published": DAY},
)

# -- 3. HTML: a <title> part a home link spells is the site's name ---------------------------
# hormozgan-agri-jahad.com/cities/1184 (the fix's page: brand link home, <title> «SITE |
# SECTION», headline in an h5); near misses: a breadcrumb's «خانه» link home, a blog whose
# logo link home prints the latest post's title, a <title> of only the headline.
BRAND = "سازمان جهاد کشاورزی استان"
PAGE = """<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8">
<title>{title_tag}</title></head><body>
<header><a href="/" class="brand">{brand}</a>
<nav><a href="/">خانه</a> <a href="/news">اخبار استان</a> <a href="/cities">اخبار شهرستانها</a></nav>
</header><section><h3>اخبار شهرستانها</h3>
<h5>{headline}</h5><p>{date}</p><p>{body}</p></section></body></html>"""
BODY_HTML = BODY.replace("\n\n", " ")


def page(title_tag: str, brand: str = BRAND, headline: str = H) -> str:
    return PAGE.format(title_tag=title_tag, brand=brand, headline=headline, date=D, body=BODY_HTML)


case(
    "home-link-site-pos hormozgan",
    "html",
    page(f"{BRAND} | اخبار شهرستانها"),
    {"title": H, "site": (None, BRAND)},
)
case(
    "home-link-site-zwnj-variant-pos",
    "html",
    page("کتابخانه‌های عمومی استان | اخبار شهرستانها", brand="کتابخانه های عمومی استان"),
    {"title": H, "site": (None, "کتابخانه‌های عمومی استان", "کتابخانه های عمومی استان")},
)
case(
    "title-headline-first-brand-second-neg",
    "html",
    page(f"{H} | {BRAND}"),
    {"title": H + "!", "site": (None, BRAND)},
)
case(
    "title-only-headline-neg",
    "html",
    page(H),
    {"title": H + "!"},
)
case(
    "home-link-spells-headline-neg",
    "html",
    page(f"{H} | وبلاگ من", brand=H),
    {"title": H, "site": (None, "وبلاگ من")},
)
case(
    "breadcrumb-home-word-in-title-neg",
    "html",
    page(f"خانه | {H}", brand="خانه"),
    {"title": H, "site": (None,)},
)

# -- 4. A headline opening «در شهرستان/استان/شهر/بخش» with no verb ---------------------------
# hormozgan-agri-jahad.com/cities/1184 (the fix's page); near misses: qartalnews.ir/?p=15453
# («... در آذربایجان غربی برگزار شد»), anahitatours.ir/1401/01/page/4/ («نخستین جشنواره محلی
# تابش در دشتستان برگزار شد»), mehrnews.com/news/2001674 («فرمانداری شهرستان کارون افتتاح
# شد»), feature headlines with «؛» and no verb.
COUNTY = "در شهرستان بندر لنگه بازدید مدیر جهاد کشاورزی از نخلستان‌های بخش مهران"
case("county-label-verbless-pos hormozgan", "text", f"{COUNTY}\n\n{D}\n\n{BODY}", {"title": "WARN"})
PROV = "در استان گلستان جشنواره قصه‌گویی نهال امید برگزار شد"
case("province-with-verb-neg qartalnews", "text", f"{PROV}\n\n{D}\n\n{BODY}", {"title": PROV + "!"})
OUR = "در شهر ما درختان کهنسال یکی پس از دیگری قطع می‌شوند"
case("in-our-city-with-verb-neg", "text", f"{OUR}\n\n{D}\n\n{BODY}", {"title": OUR + "!"})
OUR2 = "در شهر ما؛ روایت یک روز از زندگی رفتگران محله"
case("in-our-city-feature-verbless-neg", "text", f"{OUR2}\n\n{D}\n\n{BODY}", {"title": OUR2 + "!"})
MID = "در شهرستان کارون فرمانداری افتتاح شد با حضور وزیر کشور"
case("county-verb-mid-line-neg mehrnews", "text", f"{MID}\n\n{D}\n\n{BODY}", {"title": MID + "!"})
PLURAL = "در شهرستان‌های مرزی؛ کمبود معلم و کلاس درس"
case("counties-plural-feature-neg", "text", f"{PLURAL}\n\n{D}\n\n{BODY}", {"title": PLURAL + "!"})
SECTOR = "در بخش مرکزی دشتستان پنجاه هکتار نخلستان به آبیاری نوین مجهز شد"
case("sector-with-verb-neg", "text", f"{SECTOR}\n\n{D}\n\n{BODY}", {"title": SECTOR + "!"})

# -- 5. Text alone: printed twice; a lone teaser; teasers cut with «...» -----------------------
# 90eghtesadi.com/.../332431-اخبار-آرشیوی (placeholder twice); nooralyaghin.com/category/
# lessons/tajvid/tajvid-1/ (one excerpt ending «... ادامه مطلب»); ktr.tj/?q=node&page=734 and
# yjc.ir/fa/tags/1004/204/ (teasers cut «...»); avalfars.ir/tag/تقسیم-تهران («[…]» and
# «بیشتر بخوانید »» on its own line); kayhan.ir/fa/news/108926 (short labels over passages);
# near misses: a section's name printed twice (menu and heading), an article continued on a
# second page, an interview whose answers trail off with «...».
SPEAKER = "مدیرعامل شرکت فرودگاه‌ها: عوارض خروج از فرودگاه‌ها در نوروز افزایش نمی‌یابد"
case(
    "placeholder-twice-pos 90eghtesadi",
    "text",
    f"کد مطلب: ۳۳۲۴۳۱\n\nاخبار آرشیوی\n\nاخبار آرشیوی\n\n{SPEAKER}\n\n{BODY}",
    {"title": "WARN", "number": "332431"},
)
case(
    "section-name-twice-over-headline-neg",
    "text",
    f"اخبار شهرستانها\n\nاخبار شهرستانها\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H + "!", "published": DAY},
)
case(
    "kicker-twice-over-headline-neg",
    "text",
    f"گزارش تصویری\n\nگزارش تصویری\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H + "!", "published": DAY},
)
case(
    "agency-name-twice-neg mehrnews",
    "text",
    f"خبرگزاری مهر\n\nخبرگزاری مهر\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H + "!", "published": DAY},
)
EXCERPT = (
    "کسره · کسره از نظر لغوی به معنای یک بار شکستن است و در تجوید نام یکی از حرکت‌ها است. "
    "· علت نام‌گذاری کسره به این است ... ادامه مطلب"
)
case("lone-teaser-pos nooralyaghin", "text", f"کسره\n\n{EXCERPT}\n", {"title": "WARN"})
case(
    "lone-teaser-with-date-line-pos",
    "text",
    f"کسره\n\n{D}\n\n{EXCERPT}\n",
    {"title": "WARN"},
)
case(
    "lone-teaser-button-own-line-pos",
    "text",
    f"کسره\n\n{EXCERPT[: -len(' ادامه مطلب')]}\n\nادامه مطلب\n",
    {"title": "WARN"},
)
CONT = BODY.rstrip() + " شورا همچنین درباره طرح‌های عمرانی گفت‌وگو کرد ... ادامه مطلب\n"
case("article-continued-page-two-neg", "text", f"{H}\n\n{D}\n\n{CONT}", {"title": H + "!"})
ONE_PARA = (
    "رئیس شورای شهر در نشست امروز گفت لایحه بودجه سال آینده تا پایان ماه بررسی می‌شود "
    "و نتیجه آن به اطلاع مردم خواهد رسید ... ادامه مطلب در صفحه ۲\n"
)
case(
    "one-paragraph-continued-page-two-neg",
    "text",
    f"{H}\n\n{D}\n\n{ONE_PARA}",
    {"title": (H + "!", "WARN")},
)
TEASE = [
    (
        "برگزاری جشنواره گل و گیاه در پارک مرکزی شهر",
        "جشنواره گل و گیاه امسال با حضور پنجاه غرفه از تولیدکنندگان استان در پارک مرکزی برپا شده است و تا پایان هفته ...",
    ),
    (
        "افتتاح کتابخانه عمومی تازه در محله شمالی",
        "کتابخانه عمومی تازه با ده هزار جلد کتاب و سالن مطالعه برای دویست نفر صبح امروز به روی مردم ...",
    ),
    (
        "آغاز ثبت نام کلاس‌های تابستانی فرهنگسراها",
        "ثبت نام کلاس‌های تابستانی فرهنگسراهای شهر از شنبه آینده آغاز می‌شود و علاقه‌مندان می‌توانند ...",
    ),
]
case(
    "cut-teasers-pos yjc",
    "text",
    "\n\n".join(f"{h}\n{p}" for h, p in TEASE) + "\n",
    {"title": "WARN"},
)
case(
    "cut-teasers-unicode-ellipsis-date-lines-pos",
    "text",
    "\n\n".join(f"{h}\n{D}\n{p.replace('...', '…')}" for h, p in TEASE) + "\n",
    {"title": "WARN"},
)
case(
    "cut-teasers-bracket-ellipsis-read-more-pos avalfars",
    "text",
    "\n\n".join(f"{h}\n{p.replace('...', '[…]')}\nبیشتر بخوانید »" for h, p in TEASE) + "\n",
    {"title": "WARN"},
)
INTERVIEW = (
    f"{H}\n\n{D}\n\n"
    "رئیس شورای شهر در گفت‌وگو با خبرنگار ما از روند بررسی بودجه سال آینده و طرح‌های نیمه‌تمام "
    "شهر سخن گفت.\n\n"
    "بودجه امسال چه تفاوتی با سال گذشته دارد؟\n"
    "ما امسال سهم طرح‌های عمرانی را بیشتر کرده‌ایم و هزینه‌های جاری را کم کرده‌ایم، اما هنوز "
    "کارهای زیادی مانده که باید انجام شود...\n"
    "طرح‌های نیمه‌تمام کی به پایان می‌رسند؟\n"
    "بیشتر آن‌ها تا پایان سال آینده تمام می‌شوند، البته اگر اعتبارها به موقع برسد و "
    "پیمانکاران کارشان را کند نکنند...\n"
    "شهروندان چه نقشی در این کار دارند؟\n"
    "شهروندان با پرداخت به موقع عوارض و گزارش مشکلات محله به ما کمک می‌کنند و ما از این "
    "همراهی سپاسگزاریم.\n"
)
case("interview-answers-trailing-off-neg", "text", INTERVIEW, {"title": H + "!", "published": DAY})
QUOTE = (
    f"{H}\n\n{D}\n\n"
    "رئیس شورا در آغاز نشست این بیت را خواند: «ای برادر تو همه اندیشه‌ای، مابقی خود استخوان "
    "و ریشه‌ای...» و گفت که شورا باید آینده‌نگر باشد و برای سال‌های بعد برنامه بریزد...\n"
    "بودجه عمرانی افزایش می‌یابد\n"
    "به گفته او سهم طرح‌های عمرانی در بودجه سال آینده بیشتر از امسال خواهد بود و شهرداری "
    "باید گزارش پیشرفت کار را هر سه ماه بدهد و اعضای شورا هم بر آن نظارت کنند...\n"
    "نظارت بر پیمانکاران سخت‌تر می‌شود\n"
    "او افزود که پیمانکاران کند از این پس جریمه می‌شوند و قراردادهای تازه شرط‌های روشن‌تری "
    "خواهند داشت.\n"
)
case("article-quoting-with-ellipses-neg", "text", QUOTE, {"title": H + "!", "published": DAY})


if __name__ == "__main__":
    run(
        cases,
        check30,
        ("title", "published", "number", "zone", "twin", "invalid", "time", "day", "hijri"),
    )
