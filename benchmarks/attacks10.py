"""Tenth round of attacks: near-misses and other shapes for this session's page rules.

Each input's record was decided by hand first (docs/reliability.md, "Attacks, tenth round").
Run: PYTHONPATH=src python benchmarks/attacks10.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts.
"""

import datetime as _d

from attack_runner import BODY, H, collector, run

BODY2 = (
    "کارشناسان بازار سرمایه می‌گویند فشار فروش در نمادهای بزرگ بورسی از ساعات نخست معاملات "
    "آغاز شد و تا پایان بازار ادامه داشت. شاخص کل در این روز بیش از چهل هزار واحد افت کرد و "
    "ارزش معاملات خرد به کمترین رقم ماه رسید.\n\n"
    "به گفته فعالان بازار، نبود خبرهای مثبت از سوی نهادهای ناظر و بالا رفتن نرخ سود بین بانکی "
    "از عوامل اصلی این افت بوده است و پیش بینی می‌شود این روند در هفته آینده نیز ادامه یابد.\n"
)

cases, case = collector()


# today label
case(
    "today-label-headline",
    "text",
    f"تاریخ امروز، عبرت فردا\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}",
    {"title": "تاریخ امروز، عبرت فردا", "published": "2024-03-02"},
)
case(
    "today-label-headline2",
    "text",
    f"تاریخ امروز را ما می‌نویسیم\n\n۱۲ اسفند ۱۴۰۲ - ۱۰:۲۰\n\n{BODY}",
    {"title": "تاریخ امروز را ما می‌نویسیم", "published": "2024-03-02"},
)
case(
    "today-label-pos",
    "text",
    f"تاریخ امروز: دوشنبه\n\n۱۴ اسفند ۱۴۰۲\n\n{H}\n\n{BODY}",
    {"title": H, "published": None},
)
# today dateline
case(
    "today-dateline-calendar-column",
    "text",
    "روزشمار انقلاب؛ ۱۷ شهریور ۱۳۵۷\n\nامروز جمعه ۱۷ شهریور ۱۳۵۷، مردم تهران از صبح زود در میدان ژاله گرد آمدند و نیروهای نظامی به روی آنان آتش گشودند. این روز در تاریخ به جمعه سیاه شهرت یافت.\n\nروایت این روز از زبان شاهدان عینی در ادامه آمده است و گزارش‌های آن روز روزنامه‌ها نیز نقل شده است.\n",
    {"title": "روزشمار انقلاب؛ ۱۷ شهریور ۱۳۵۷", "published": None},
)
case(
    "today-dateline-with-dateline-header",
    "text",
    f"{H}\n\n۲۰ خرداد ۱۳۸۴ - ۱۰:۳۰\n\nامروز پنج شنبه نوزدهم خرداد سال 1384 هجری شمسی نشست شورای شهر با حضور اعضا برگزار شد و درباره بودجه گفت‌وگو شد.\n\n{BODY}",
    {"title": H, "published": "2005-06-10T10:30"},
)
case(
    "today-dateline-pos-comma",
    "text",
    f"{H}\n\nامروز، سه‌شنبه ۲۲ بهمن ۱۳۹۸، نشست شورای شهر با حضور اعضا برگزار شد و درباره بودجه سال آینده گفت‌وگو شد.\n\n{BODY}",
    {"title": H, "published": "2020-02-11"},
)
# widget date
PRICES = "دلار آمریکا: ۵۰,۲۰۰ تومان\n\nیورو: ۵۳,۱۰۰ تومان\n\nسکه امامی: ۳۰,۵۰۰,۰۰۰ تومان"
case(
    "widget-price-article-date",
    "text",
    f"قیمت دلار و سکه در بازار تهران امروز\n\n۱۴۰۲/۰۸/۱۵\n\n{PRICES}\n\n{BODY2}",
    {"title": "قیمت دلار و سکه در بازار تهران امروز", "published": "2023-11-06"},
)
# counter after date
case(
    "counter-pos-pipe",
    "text",
    f"۰۸ آذر ۱۴۰۳ ۰۹:۵۲ ۱۲ بازدید\n\n{H}\n\n{BODY}",
    {"title": H, "published": "2024-11-28T09:52"},
)
case(
    "counter-neg-casualties",
    "text",
    f"{H}\n\n۰۸ آذر ۱۴۰۳ ۰۹:۵۲ ۳ کشته در تصادف جاده\n\n{BODY}",
    {"title": H, "published": None},
)
# two-digit gregorian year
case(
    "short-year-neg-people",
    "text",
    f"{H}\n\nدر 7 آگوست 19 نفر از معدنچیان زخمی شدند\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "short-year-neg-people-line",
    "text",
    f"{H}\n\n7 آگوست 19 نفر\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "short-year-pos-comma",
    "text",
    f"{H}\n\n12 ژانویه، 21\n\n{BODY} در سال 2021 ادامه یافت.",
    {"title": H, "published": "2021-01-12"},
)
case(
    "short-year-pos-mah",
    "text",
    f"{H}\n\nنوشته شده در 3 اکتبر ماه 18\n\n{BODY}",
    {"title": H, "published": "2018-10-03"},
)
# read more
case(
    "readmore-post-then-comments",
    "text",
    f"{H}\n\n۱۲ اسفند ۱۴۰۲\n\nنشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد و در آن درباره بودجه سال آینده و طرح‌های عمرانی گفت‌وگو شد ... [ادامه مطلب]\n\nنظرات\n\nعلی رضایی گفت: این گزارش خوب بود ولی بهتر بود درباره طرح‌های عمرانی محله ما هم نوشته می‌شد و از مسئولان پرسیده می‌شد.\n\nمریم احمدی گفت: سپاس از گزارش شما، امیدواریم شورای شهر به وعده‌های خود درباره فضای سبز عمل کند و پارک محله ساخته شود.\n",
    {"title": H, "published": "2024-03-02"},
)
# two-sentence lead
case(
    "lead-under-short-headline",
    "text",
    f"سقوط بورس\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY2}",
    {"title": "سقوط بورس", "published": "2024-03-02"},
)
case(
    "lead-under-exclaim-headline",
    "text",
    f"بورس باز هم ریخت!\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY2}",
    {"title": "بورس باز هم ریخت!", "published": "2024-03-02"},
)
case(
    "lead-under-ellipsis-headline",
    "text",
    f"بورس باز هم ریخت…\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY2}",
    {"title": "بورس باز هم ریخت…", "published": "2024-03-02"},
)
# list count
case(
    "count-in-site-header",
    "text",
    f"تعداد اخبار امروز : 25 خبر\n\nصفحه اصلی\n\nسیاسی\n\nاقتصادی\n\n{H}\n\n۱۲ اسفند ۱۴۰۲ - ۱۰:۲۰\n\n{BODY}",
    {"title": H, "published": "2024-03-02T10:20"},
)
# institution
case(
    "heyat-headline",
    "text",
    f"هیئت دولت بودجه را تصویب کرد\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}",
    {"title": "هیئت دولت بودجه را تصویب کرد", "published": "2024-03-02"},
)
case(
    "heyat-headline2",
    "text",
    f"هیات منصفه رای خود را اعلام کرد\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}",
    {"title": "هیات منصفه رای خود را اعلام کرد", "published": "2024-03-02"},
)
# slug
case(
    "slug-category-longer",
    "text",
    f"صفحه اصلی › اخبار حوادث و رویدادهای کشور\n\nاخبار حوادث و رویدادهای کشور\n\nزلزله در بم\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}",
    {"title": "زلزله در بم", "published": "2024-03-02"},
    url="https://site.ir/اخبار-حوادث-و-رویدادهای-کشور/زلزله-در-بم",
)
# month folder vs banner
case(
    "month-folder-banner-and-dateline",
    "text",
    f"جمعه ۱۱ خرداد ۱۴۰۳\n\nصفحه اصلی\n\n{H}\n\n۱۰ اردیبهشت ۱۴۰۳ - ۱۲:۳۰\n\n{BODY}",
    {"title": H, "published": "2024-04-29T12:30"},
    url="https://site.ir/archives/2024/05/123.php",
)
case(
    "month-folder-banner-same-month",
    "text",
    f"جمعه ۱۱ خرداد ۱۴۰۳\n\nصفحه اصلی\n\n{H}\n\n۱۰ خرداد ۱۴۰۳ - ۱۲:۳۰\n\n{BODY}",
    {"title": H, "published": "2024-05-30T12:30"},
    url="https://site.ir/archives/2024/05/123.php",
)
case(
    "month-folder-banner-no-folder",
    "text",
    f"جمعه ۱۱ خرداد ۱۴۰۳\n\nصفحه اصلی\n\n{H}\n\n۱۰ اردیبهشت ۱۴۰۳ - ۱۲:۳۰\n\n{BODY}",
    {"title": H, "published": "2024-04-29T12:30"},
)
case(
    "month-folder-disagree-banner",
    "text",
    f"جمعه ۱۱ خرداد ۱۴۰۳\n\n{H}\n\n{BODY}",
    {"title": H, "published": None},
    url="https://site.ir/archives/2011/05/123.php",
)
# colon headline over ID
case(
    "kicker-colon-over-id-then-headline",
    "text",
    f"سخنگوی دولت در نشست خبری:\n\nکد خبر: 3123\n\nبودجه سال آینده تا پایان ماه تصویب می‌شود\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}",
    {"title": "بودجه سال آینده تا پایان ماه تصویب می‌شود", "published": "2024-03-02"},
)

HT = "همایش بزرگ کتاب در تهران برگزار شد"
P = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
case(
    "html-logo-alt-is-headline-image",
    "html",
    f'<html><head><title>{HT}</title><meta property="og:title" content="{HT}"></head><body><div class="post"><img src="/wp-content/uploads/2023/05/banner-ketab.jpg" alt="{HT}"><h2>{HT}</h2><span>۲۲ اردیبهشت ۱۴۰۲</span>{P}</div></body></html>',
    {"title": HT, "published": "2023-05-12"},
)
case(
    "html-title-two-words-is-headline",
    "html",
    f'<html><head><title>زلزله بم</title></head><body><div class="post"><span>۲۲ اردیبهشت ۱۴۰۲</span>{P}</div></body></html>',
    {"title": None, "published": "2023-05-12"},
)
case(
    "html-meta-list-date-below-body",
    "html",
    f'<html><head><title>{HT} - سایت</title></head><body><div class="post"><h1>{HT}</h1>{P}<div class="entry-meta"><ul><li><a href="/1402/02/22/">۲۲ اردیبهشت ۱۴۰۲</a></li><li><a href="/category/news/">اخبار</a></li></ul></div></div></body></html>',
    {"title": HT, "published": "2023-05-12"},
)
case(
    "html-related-list-pos",
    "html",
    f'<html><head><title>{HT} - سایت</title></head><body><div class="post"><h1>{HT}</h1>{P}<h3>مطالب مرتبط</h3><ul><li><a href="/n/1">۱۵ اردیبهشت ۱۴۰۰</a></li><li><a href="/n/2">۱۶ اردیبهشت ۱۴۰۰</a></li></ul></div></body></html>',
    {"title": HT, "published": None},
)


case(
    "counter-pos-comments",
    "text",
    f"{H}\n\n۰۸ آذر ۱۴۰۳ ۰۹:۵۲ ۲ نظر\n\n{BODY}",
    {"title": H, "published": "2024-11-28T09:52"},
)
case(
    "readmore-pos-teaser-box",
    "text",
    f"پرونده ویژه: بودجه شهرداری‌ها\n\nگزارشی از وضعیت مالی شهرداری‌های کشور و بدهی‌های آنها به بانک‌ها و پیمانکاران در سال گذشته ... ادامه مطلب\n\n{H}\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}",
    {"title": H, "published": "2024-03-02"},
)
case(
    "list-count-pos-matlab",
    "text",
    f"تعداد مطالب امروز: ۳ مطلب\n\n{H}\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY}\n\nبورس باز هم ریخت\n\n۱۲ اسفند ۱۴۰۲\n\n{BODY2}",
    {"title": H, "published": "2024-03-02"},
)
HP = f'<html><head><title>{HT} - سایت</title>META</head><body><div class="post"><h1>{HT}</h1>{P}</div></body></html>'
case(
    "machine-persian-offset",
    "html",
    HP.replace(
        "META", '<meta property="article:published_time" content="۲۰۲۳-۱۲-۰۶T۱۱:۲۰:۰۰+۰۴:۳۰">'
    ),
    {"title": HT, "published": "2023-12-06T11:20:00+04:30"},
)
case(
    "machine-kabul-no-offset",
    "html",
    HP.replace("META", '<meta property="article:published_time" content="2023-12-06T11:20:00">'),
    {"title": HT, "published": "2023-12-06T11:20:00+04:30"},
    url="https://www.tolonews.af/fa/afghanistan-12345",
)
case(
    "machine-tehran-no-offset",
    "html",
    HP.replace("META", '<meta property="article:published_time" content="2023-12-06T11:20:00">'),
    {"title": HT, "published": "2023-12-06T11:20:00+03:30"},
    url="https://www.isna.ir/news/1402091508000/",
)
case(
    "machine-z",
    "html",
    HP.replace("META", '<meta property="article:published_time" content="2023-12-06T07:50:00Z">'),
    {"title": HT, "published": "2023-12-06T11:20:00+03:30"},
    url="https://www.isna.ir/news/1402091508000/",
)
case(
    "html-logo-pos",
    "html",
    f'<html><head><title>خبرنامه شهر</title></head><body><img src="/images/logo.png" alt="خبرنامه شهر"><div class="post"><span>۲۲ اردیبهشت ۱۴۰۲</span>{P}</div></body></html>',
    {"title": None, "published": "2023-05-12"},
)
case(
    "html-one-line-menu-neg",
    "html",
    f'<html><head><title>{HT} - سایت</title></head><body><div class="post"><h1>{HT}</h1><div class="menu-date">۲۲ اردیبهشت ۱۴۰۲</div>{P}</div></body></html>',
    {"title": HT, "published": "2023-05-12"},
)


def check(f, v, a):
    g = a.published.gregorian.isoformat() if f == "published" and a.published else None
    if f == "title":
        g = a.title
    if f == "published" and v and g and "+" in v[10:]:
        return _d.datetime.fromisoformat(v) == _d.datetime.fromisoformat(g), g
    if v is None:
        return g is None, g
    return (g is not None and g.startswith(v) if f == "published" else g == v), g


run(cases, check, ("title", "published", "two-digit"))
