"""Forty-eighth round of attacks: the newest rules, fix123 (a time after its own label «ساعت
خبر:»), fix124 (a bulleted run of «label: value» lines is no title), fix125 («DATE / HEADLINE»
cut in two), fix127 («شماره N» beside print-page words is the issue), fix128 (a today banner
glued to «امروز») and fix129 (a date label run on after a breadcrumb's last step; the slug
spelling the line under the chosen title), each put into a whole page of a kind the rule was not
made on: the label split from its clock across lines, HTML and Markdown table cells, a 12-hour
clock, a clock before the day; an issue in an HTML table row, a print view with «شماره خبر:», a
building number after a comma on a paper's address line; today banners with a spaced colon, a
Persian comma, a glued dash, Markdown bold and Dari months, a labelled published line that says
«امروز»; a breadcrumb before a today label; Finglish, encoded-ZWNJ and kicker slugs; a city or a
section after «DATE /» and «DATE |»; a news ticker of quote headlines over an article. Near
misses beside each.

Each input's record was decided by hand before the first run (docs/reliability.md, "Attacks,
forty-eighth round"; the commit adding this script comes before any run of it). Days by hand:
1 Farvardin 1395 = 2016-03-20, so 12 Mehr 1395 = 2016-10-03 (+03:30, summer time over);
1 Farvardin 1403 = 2024-03-20 (Farvardin 31 days), so 15 Ordibehesht 1403 = 2024-05-04 (a
Saturday, شنبه; Iran kept no summer time from 1402, +03:30); 12 Esfand 1402 = 2024-03-02
(attack_runner's D); 1 Hamal 1403 = 2024-03-20 (Afghanistan's solar year), so 10 Saur (ثور)
1403 = 2024-04-29 and 15 Saur = 2024-05-04.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks48.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's (attacks39's with «issue»). The article sentences, headlines and names are ours.
"""

from __future__ import annotations

from attack_runner import BODY, DATE_ROUND_PREFIXES, H, collector, either, run, yeh_kaf
from attacks47 import check47

cases, case = collector()


def html(body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


# == fix123: a time after its own label, in other layouts ======================================
WELL = "حفر چاه آب تازه برای روستاهای کم‌آب بخش مرکزی آغاز شد"
WELL_BODY = (
    "مدیر امور آب شهرستان گفت حفر چاه تازه‌ای با عمق دویست متر برای تامین آب آشامیدنی "
    "هفت روستای بخش مرکزی آغاز شده و تا پایان پاییز به بهره‌برداری می‌رسد.\n\n"
    "او افزود: تا آن زمان آب این روستاها با تانکر رسانده می‌شود.\n"
)
# A print view whose label and clock stand on lines of their own (a two-column layout flattened).
case(
    "time-label-clock-on-next-line-pos",
    "text",
    f"{WELL}\n\nتاریخ خبر: ۱۲ مهر ۱۳۹۵\nساعت خبر:\n09:14\n\n{WELL_BODY}",
    {"published": "2016-10-03T09:14:00+03:30"},
)
# The same as an HTML table, label and value in cells of their own.
case(
    "time-label-table-cells-html-pos",
    "html",
    html(
        f"<h1>{WELL}</h1><table><tr><td>تاریخ خبر:</td><td>۱۲ مهر ۱۳۹۵</td></tr>"
        "<tr><td>ساعت خبر:</td><td>۰۹:۱۴</td></tr></table>"
        + "".join(f"<p>{p}</p>" for p in WELL_BODY.split("\n\n"))
    ),
    {"published": "2016-10-03T09:14:00+03:30"},
)
# A 12-hour clock with «ب.ظ» (afternoon) after the label.
case(
    "time-label-twelve-hour-pm-pos",
    "text",
    yeh_kaf(f"{WELL}\n\nتاریخ خبر: ۱۲ مهر ۱۳۹۵ ساعت خبر: ۰۹:۱۴ ب.ظ\n\n{WELL_BODY}"),
    {"published": "2016-10-03T21:14:00+03:30"},
)
# The clock and its label before the day.
case(
    "time-label-before-date-pos",
    "text",
    f"{WELL}\n\nساعت خبر: 08:51 - تاریخ خبر: 12 مهر 1395\n\n{WELL_BODY}",
    {"published": "2016-10-03T08:51:00+03:30"},
)
# A Markdown table (an HTML table converted), label and value in cells of their own.
case(
    "time-label-markdown-table-pos",
    "text",
    f"# {WELL}\n\n| تاریخ خبر: | ۱۲ مهر ۱۳۹۵ |\n|---|---|\n| ساعت خبر: | ۰۹:۱۴ |\n\n{WELL_BODY}",
    {"published": "2016-10-03T09:14:00+03:30"},
)
# A radio programme named «ساعت خبر» with its airtime, in the body under the date line.
case(
    "programme-named-saat-khabar-in-body-neg",
    "text",
    f"{WELL}\n\nتاریخ: ۱۲ مهر ۱۳۹۵\n\n{WELL_BODY}\n"
    "ساعت خبر: ۲۰:۳۰ شبکه استانی\n\n"
    "گزارش کامل این طرح امشب در برنامه‌های خبری صدا و سیمای مرکز استان پخش خواهد شد.\n",
    {"published": "2016-10-03", "notminute": 30},
)

# == fix127: «شماره N» of a paper's issue ======================================================
MARKET = "بازار میوه شب عید در میدان مرکزی شهر برپا شد"
MARKET_BODY = (
    "مدیر میادین میوه و تره‌بار شهرداری گفت بازار میوه شب عید از امروز در میدان مرکزی شهر "
    "برپا شده و میوه در آن با نرخ مصوب و کمتر از بازار آزاد فروخته می‌شود.\n\n"
    "این بازار تا بیست و نهم اسفند هر روز از هشت صبح تا ده شب باز است.\n"
)
# A newspaper's HTML print block: paper, issue and page in cells of one table row.
case(
    "issue-and-page-in-table-row-html-pos",
    "html",
    html(
        f"<h1>{MARKET}</h1><table class='print-info'><tr><td>روزنامه شهر ما</td>"
        "<td>شماره ۸۱۲۳</td><td>صفحه ۵</td></tr></table>"
        + "".join(f"<p>{p}</p>" for p in MARKET_BODY.split("\n\n"))
    ),
    {"number": "45210", "issue": "8123"},
    url="https://shahrema.example.ir/news/45210/bazar-mive",
)
# A print view: the issue and page line, then the item's own number under it (the item wins).
case(
    "issue-page-line-and-item-number-print-view-pos",
    "text",
    f"{MARKET}\n\nشماره ۳۱۰۵ - صفحه ۷\nشماره خبر: ۹۸۷۶۵\n۱۲ اسفند ۱۴۰۲\n\n{MARKET_BODY}",
    {"number": "98765", "issue": "3105", "published": "2024-03-02"},
)
# An item's own labelled number beside a page word: the number, no issue.
case(
    "item-number-beside-page-word-neg",
    "text",
    f"{MARKET}\n\nشماره خبر: ۹۸۷۶۵ | صفحه ۲\n۱۲ اسفند ۱۴۰۲\n\n{MARKET_BODY}",
    {"number": "98765", "issue": None},
)
# A paper's address line in the page's header: a building number after a comma, no issue.
case(
    "paper-address-building-number-neg",
    "text",
    f"نشانی روزنامه: خیابان آزادی، کوچه سوم، شماره ۱۲\n\n{MARKET}\n۱۲ اسفند ۱۴۰۲\n\n{MARKET_BODY}",
    {"number": "45210", "issue": None},
    url="https://shahrema.example.ir/news/45210/bazar-mive",
)

# == fix128: today banners in other wordings ===================================================
CLINIC = "درمانگاه شبانه‌روزی تازه در شهرک صنعتی گشایش یافت"
CLINIC_BODY = (
    "رئیس شبکه بهداشت و درمان شهرستان گفت درمانگاه شبانه‌روزی شهرک صنعتی با دو پزشک عمومی، "
    "یک دندانپزشک و آزمایشگاه به کار کارگران واحدهای صنعتی و خانواده‌هایشان رسیدگی می‌کند.\n\n"
    "این درمانگاه با کمک صاحبان واحدهای صنعتی در شش ماه ساخته شد.\n"
)
# A spaced-colon banner over the item, whose own date line stands under the headline.
case(
    "today-banner-spaced-colon-over-item-date-pos",
    "text",
    f"امروز : شنبه ۱۵ اردیبهشت ۱۴۰۳\nخانه | اخبار | تماس با ما\n\n{CLINIC}\n۱۲ اسفند ۱۴۰۲\n\n"
    f"{CLINIC_BODY}",
    {"title": CLINIC, "published": "2024-03-02"},
)
# A Persian-comma banner and no date of the item: nothing published.
case(
    "today-banner-persian-comma-alone-pos",
    "text",
    f"امروز، شنبه ۱۵ اردیبهشت ۱۴۰۳\n\n{CLINIC}\n\n{CLINIC_BODY}",
    {"title": CLINIC, "published": None},
)
# A banner glued to a dash, Arabic yeh and kaf, no date of the item.
case(
    "today-banner-glued-dash-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"امروز-شنبه 15 اردیبهشت 1403\n\n{CLINIC}\n\n{CLINIC_BODY}"),
    {"title": either(CLINIC), "published": None},
)
# A Markdown bold banner over the item's own date line.
case(
    "today-banner-markdown-bold-over-item-date-pos",
    "text",
    f"**امروز:** شنبه ۱۵ اردیبهشت ۱۴۰۳\n\n## {CLINIC}\n\n۱۲ اسفند ۱۴۰۲\n\n{CLINIC_BODY}",
    {"title": CLINIC, "published": "2024-03-02"},
)
# A Dari site's banner with Afghan months over the item's own published line.
DARI = "مکتب تازه برای دختران در ولسوالی گذره ساخته شد"
DARI_BODY = (
    "ریاست معارف ولایت هرات گفت ساختمان تازه مکتب دختران در ولسوالی گذره با دوازده صنف درسی "
    "و یک کتابخانه ساخته شده و از هفته آینده شاگردان در آن درس می‌خوانند.\n\n"
    "هزینه ساخت این مکتب را یک نهاد خیریه پرداخته است.\n"
)
case(
    "dari-today-banner-afghan-months-pos",
    "text",
    f"امروز: شنبه ۱۵ ثور ۱۴۰۳\n\n{DARI}\nتاریخ نشر: ۱۰ ثور ۱۴۰۳\n\n{DARI_BODY}",
    {"title": DARI, "published": "2024-04-29"},
    url="https://herat.example.af/dari/news/3321",
)
# A labelled published line that says «امروز»: the item's own date, kept.
case(
    "published-label-saying-today-neg",
    "text",
    f"{CLINIC}\nتاریخ انتشار: امروز، شنبه ۱۵ اردیبهشت ۱۴۰۳ ساعت ۱۰:۲۰\n\n{CLINIC_BODY}",
    {"title": CLINIC, "published": "2024-05-04T10:20:00+03:30"},
)

# == fix129: a date label after a breadcrumb's last step =======================================
# An HTML meta row in one <span>: a three-step crumb, the label, Persian digits.
case(
    "crumb-then-date-label-span-html-pos",
    "html",
    html(
        "<span class='meta'>خانه » ورزش » فوتبال تاریخ انتشار : ۱۵ اردیبهشت ۱۴۰۳ - ۱۰:۰۵</span>"
        f"<h1>{CLINIC}</h1>" + "".join(f"<p>{p}</p>" for p in CLINIC_BODY.split("\n\n"))
    ),
    {"published": "2024-05-04T10:05:00+03:30"},
)
# A slashed crumb, a bar, then the label.
case(
    "slashed-crumb-bar-date-label-pos",
    "text",
    f"خانه / اخبار استان | تاریخ انتشار: 15 اردیبهشت 1403\n\n{CLINIC}\n\n{CLINIC_BODY}",
    {"published": "2024-05-04"},
)
# A calendar crumb then a today label: not the item's date; the item's own line below is.
case(
    "crumb-then-today-label-neg",
    "text",
    f"خانه » تقویم تاریخ امروز : ۱۵ اردیبهشت ۱۴۰۳\n\n{CLINIC}\n۱۲ اسفند ۱۴۰۲\n\n{CLINIC_BODY}",
    {"published": "2024-03-02"},
)

# == fix129: the slug spelling the line under the chosen title =================================
BRIDGE_SUM = (
    "پل تاریخی شهر که دو سال برای مرمت بسته بود صبح امروز با حضور مسئولان میراث فرهنگی "
    "دوباره به روی عابران پیاده باز شد"
)
BRIDGE_HEAD = "بازگشایی پل تاریخی شهر پس از مرمت"
BRIDGE_BODY = (
    "به گزارش روابط عمومی اداره میراث فرهنگی، مرمت این پل با بازسازی پایه‌ها و سنگفرش آن "
    "انجام شد و از این پس شب‌ها نورپردازی می‌شود.\n\n"
    "مدیر میراث فرهنگی شهرستان گفت مرمت دو پل دیگر شهر نیز از سال آینده آغاز می‌شود.\n"
)
BRIDGE_PAGE = f"{BRIDGE_SUM}\n{BRIDGE_HEAD}\n\n{BRIDGE_BODY}"
case(
    "summary-over-headline-finglish-slug-pos",
    "text",
    BRIDGE_PAGE,
    {"title": (BRIDGE_HEAD, "WARN")},
    url="https://miras.example.ir/news/5120/bazgoshayi-pol-tarikhi-shahr-pas-az-marammat",
)
case(
    "summary-over-headline-encoded-zwnj-slug-pos",
    "text",
    BRIDGE_PAGE,
    {"title": (BRIDGE_HEAD, "WARN")},
    url="https://miras.example.ir/fa/news/5120/"
    "%D8%A8%D8%A7%D8%B2%DA%AF%D8%B4%D8%A7%DB%8C%DB%8C-%D9%BE%D9%84-%D8%AA%D8%A7%D8%B1%DB%8C%D8%AE"
    "%DB%8C-%D8%B4%D9%87%D8%B1-%D9%BE%D8%B3-%D8%A7%D8%B2-%D9%85%D8%B1%D9%85%D8%AA",
)
# A kicker over the headline, the slug spelling the kicker: the headline, no doubt.
KICKER = "گزارش تصویری از مرمت پل‌های تاریخی"
case(
    "slug-spells-kicker-above-headline-neg",
    "text",
    f"{KICKER}\n{BRIDGE_HEAD}\n۱۲ اسفند ۱۴۰۲\n\n{BRIDGE_BODY}",
    {"title": BRIDGE_HEAD + "!"},
    url="https://miras.example.ir/fa/news/5120/گزارش-تصویری-از-مرمت-پل‌های-تاریخی",
)
# The slug spells the headline itself, a subtitle under it: the headline, no doubt.
SUBTITLE = "مرمت دو پل دیگر شهر از سال آینده آغاز می‌شود"
case(
    "slug-spells-headline-subtitle-under-neg",
    "text",
    f"{BRIDGE_HEAD}\n{SUBTITLE}\n۱۲ اسفند ۱۴۰۲\n\n{BRIDGE_BODY}",
    {"title": BRIDGE_HEAD + "!"},
    url="https://miras.example.ir/fa/news/5120/بازگشایی-پل-تاریخی-شهر-پس-از-مرمت",
)

# == fix125: «DATE / X» where X is no headline =================================================
# A city after the slash.
case(
    "date-slash-city-neg",
    "text",
    f"۱۴۰۳/۰۲/۱۵ / تبریز\n\n{CLINIC}\n\n{CLINIC_BODY}",
    {"title": CLINIC + "!", "published": "2024-05-04"},
)
# A section of three words after a bar, the headline on the next line.
case(
    "date-bar-section-neg",
    "text",
    f"۱۴۰۳/۰۲/۱۵ | اخبار ورزشی استان\n{CLINIC}\n\n{CLINIC_BODY}",
    {"title": CLINIC, "published": "2024-05-04"},
)
# An HTML <li> of a single item's header: the date in a <time>, a slash, the headline.
case(
    "date-slash-headline-time-li-html-pos",
    "html",
    html(
        f"<ul class='head'><li><time>۱۴۰۳/۰۲/۱۵</time> / {CLINIC}</li></ul>"
        + "".join(f"<p>{p}</p>" for p in CLINIC_BODY.split("\n\n"))
    ),
    {"title": CLINIC, "published": "2024-05-04"},
)

# == fix124: a bulleted run with colons that is a ticker of headlines ==========================
# A news ticker of quote headlines over the article's headline and date.
case(
    "quote-headline-ticker-over-article-pos",
    "text",
    "- استاندار: سد شهرستان تا پایان سال آبگیری می‌شود\n"
    "- فرماندار: جاده روستای گل‌آباد آسفالت شد\n"
    "- مدیرکل آموزش و پرورش: ثبت‌نام پایه اول آغاز شد\n\n"
    f"{H}\n۱۲ اسفند ۱۴۰۲\n\n{BODY}",
    {"title": H, "published": "2024-03-02"},
)
# One bulleted quote headline alone over its date line: the headline (without its bullet).
QUOTE = "وزیر نیرو: ذخیره سدهای تهران به نیمه رسید"
case(
    "single-bulleted-quote-headline-neg",
    "text",
    f"• {QUOTE}\n۱۲ اسفند ۱۴۰۲\n\n{BODY}",
    {"title": QUOTE, "published": "2024-03-02"},
)
# A facts box of bulleted fields under the headline, Arabic yeh and kaf: the headline, no doubt.
case(
    "facts-box-under-headline-arabic-yeh-kaf-neg",
    "text",
    yeh_kaf(
        f"{CLINIC}\n۱۲ اسفند ۱۴۰۲\n\n- ظرفیت: ۴۰ تخت\n- هزینه ساخت: ۵۰ میلیارد ریال\n\n{CLINIC_BODY}"
    ),
    {"title": either(CLINIC, sure=True), "published": "2024-03-02"},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
