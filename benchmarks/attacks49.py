"""Forty-ninth round of attacks: this session's newest rules, fix130 (the line under the pick
when a Persian slug spells it; a one-sentence «!» headline over a «NAME: ...» standfirst;
«DATE [twin] LABEL:»; «با "SITE" همراه باشید»), fix131 (two cut teasers in a row; a bulleted
lone teaser opening the page), fix132 (a time label alone over its clock; a bare «شماره N»
beside print-page cells; «شماره N» after a street address word; «ساعت: T - تاریخ: D»; a
breadcrumb run into a date label; «DATE / CITY») and fix133 (``?m=YYYYMM`` archives; a saying
over a today banner; «HEADLINE : TEASER ...»; a line ending «!!!» under a headline), each put
into a whole page of a kind the rule was not made on: news agency, university, blog and print
pages, HTML lists, cells and ``<time>``, Markdown, Arabic yeh and kaf, Persian and Arabic-Indic
digits, ZWNJ present and missing. Near misses beside each: a real headline a rule would set
aside, an article with related cut teasers, an item number beside a «صفحه» link, an item
address with ``?m=0``, a quotation that is the headline, an event's date after its label.

Each input's record was decided by hand before the first run (docs/reliability.md, "Attacks,
forty-ninth round"; the commit adding this script comes before any run of it). Days by hand:
1 Farvardin 1402 = 2023-03-21, 1 Mehr 1402 = 2023-09-23, so 10 Mehr 1402 = 2023-10-02;
1 Aban 1402 = 2023-10-23, so 23 Aban 1402 = 2023-11-14 (a Tuesday, سه‌شنبه) and 25 Aban 1402 =
2023-11-16 (a Thursday); 12 Mehr 1395 = 2016-10-03 (+03:30, summer time over); 1403/05/15 =
2024-08-05. Iran kept no summer time from 1402 (+03:30).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks49.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's (attacks39's with «issue»). A title value ending «!» means that title with no
doubt (so a title that itself ends «!» is written with one more). The article sentences,
headlines and names are ours.
"""

from __future__ import annotations

from attack_runner import DATE_ROUND_PREFIXES, collector, either, run, yeh_kaf
from attacks47 import check47

cases, case = collector()


def html(body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def paras(text: str) -> str:
    return "".join(f"<p>{p}</p>" for p in text.strip().split("\n\n"))


# The texts of this round (ours): a university's news item and a county news agency's report.
UNI = "آزمایشگاه مرکزی دانشگاه با ده دستگاه تازه به بهره‌برداری رسید"
UNI_SUMMARY = (
    "در هفته پژوهش آزمایشگاه مرکزی دانشکده کشاورزی با حضور رئیس دانشگاه و معاونان "
    "پژوهشی با ده دستگاه تازه به بهره برداری رسید"
)
UNI_BODY = (
    "به گزارش روابط عمومی دانشگاه، این آزمایشگاه با ده دستگاه تازه از جمله طیف‌سنج و "
    "میکروسکوپ الکترونی به دانشجویان تحصیلات تکمیلی و پژوهشگران استان خدمت می‌دهد.\n\n"
    "معاون پژوهشی دانشگاه گفت: هزینه خرید این دستگاه‌ها از محل اعتبارات ملی پرداخت شده و "
    "نوبت‌دهی برای استفاده از آن‌ها از هفته آینده در سامانه دانشگاه آغاز می‌شود.\n"
)
ROAD = "جاده روستاهای بخش مرکزی کرمانشاه پیش از زمستان آسفالت می‌شود"
ROAD_BODY = (
    "مدیرکل راهداری استان گفت آسفالت جاده هفت روستای بخش مرکزی با اعتبار استانی آغاز شده "
    "و پیمانکار تا پیش از نخستین برف زمستانی کار را به پایان می‌رساند.\n\n"
    "او افزود: این جاده هر سال در فصل بارندگی آسیب می‌دید و رفت و آمد اهالی دشوار می‌شد.\n"
)

# == fix130: the line under the pick spelled by a Persian slug =================================
# A news agency's text in Arabic yeh and kaf, the slug in Persian letters and percent-encoded.
SLUG_UNI = "-".join(UNI.replace("\u200c", "-").split())
case(
    "slug-percent-encoded-arabic-yeh-kaf-text-pos",
    "text",
    yeh_kaf(f"{UNI_SUMMARY}\n{UNI}\n{UNI_BODY}"),
    {"title": either(UNI)},
    url="https://uni.example.ac.ir/fa/news/3391/" + "".join(f"%{b:02X}" for b in SLUG_UNI.encode()),
)
# The slug joins the ZWNJ-ed word with «-» (بهره-برداری); the line under has the ZWNJ.
case(
    "slug-zwnj-as-dash-university-pos",
    "text",
    f"{UNI_SUMMARY}\n{UNI}\n{UNI_BODY}",
    {"title": UNI},
    url=f"https://uni.example.ac.ir/fa/news/3391/{SLUG_UNI}",
)
# The line under the headline is the section's one word, the path's section segment spells it.
case(
    "section-line-spelled-by-path-segment-neg",
    "text",
    f"{ROAD}\nاقتصادی\n\n{ROAD_BODY}",
    {"title": ROAD + "!"},
    url="https://kermanshah.example.ir/اقتصادی/48213",
)

# == fix130: a «!» headline over a «NAME: ...» standfirst ======================================
CRY = "باز هم صف طولانی نان در محله‌های جنوبی شهر!"
STANDFIRST = (
    "مریم کاظمی: نانوایی‌های محله‌های جنوبی هر روز پیش از ظهر آرد تمام می‌کنند و اهالی "
    "ناچارند برای چند قرص نان ساعت‌ها در صف بایستند یا به محله‌های دیگر بروند."
)
NAN_BODY = (
    "سهمیه آرد نانوایی‌های این محله‌ها از سال گذشته تغییری نکرده است، اما جمعیت آن‌ها با "
    "ساخت شهرک‌های تازه تقریبا دو برابر شده است.\n"
)
# Markdown: the headline a second-level heading, the writer's name in bold.
case(
    "exclaimed-headline-markdown-bold-standfirst-pos",
    "text",
    f"## {CRY}\n\n**مریم کاظمی:** {STANDFIRST.split(': ', 1)[1]}\n\n{NAN_BODY}",
    {"title": CRY + "!"},
)
# An exclamation line between the real headline and the standfirst: the headline stays.
case(
    "exclamation-between-headline-and-standfirst-neg",
    "text",
    f"{ROAD}\n\nبالاخره!\n\n{STANDFIRST}\n\n{NAN_BODY}",
    {"title": ROAD},
)

# == fix130: «DATE [twin] LABEL:» ==============================================================
# A university page's row, Persian digits, a slashed Jalali day and its Gregorian twin.
case(
    "date-twin-label-last-persian-digits-university-pos",
    "text",
    f"{UNI}\n۱۴۰۲/۰۸/۲۳ - 2023/11/14 تاریخ انتشار:\n\n{UNI_BODY}",
    {"published": "2023-11-14"},
)
# An event's day before its own label; the item's date labelled below.
case(
    "event-date-label-last-neg",
    "text",
    f"{UNI}\nتاریخ انتشار: ۱۰ مهر ۱۴۰۲\n۲۳ آبان ۱۴۰۲ تاریخ برگزاری:\n\n{UNI_BODY}",
    {"published": "2023-10-02"},
)

# == fix130: «با "SITE" همراه باشید» ===========================================================
case(
    "slogan-ascii-quotes-zwnj-missing-over-news-pos",
    "text",
    f'اخبار روز استان را با "کرمانشاه نیوز" همراه باشید\n\n{ROAD}\n۲۳ آبان ۱۴۰۲\n\n{ROAD_BODY}',
    {"title": ROAD, "published": "2023-11-14"},
)
CAMPAIGN = "پویش «با کتاب همراه باشید» در مدارس استان آغاز شد"
case(
    "campaign-name-with-the-slogan-words-headline-neg",
    "text",
    f"{CAMPAIGN}\n۲۳ آبان ۱۴۰۲\n\n{UNI_BODY}",
    {"title": CAMPAIGN + "!"},
)

# == fix131: cut teasers =======================================================================
TEASE1 = "ثبت‌نام خوابگاه دانشجویان ورودی تازه آغاز شد"
TEASE1_CUT = (
    "دانشجویان ورودی تازه می‌توانند از امروز تا پایان هفته برای گرفتن خوابگاه در سامانه "
    "دانشگاه درخواست بدهند و نتیجه آن …"
)
TEASE2 = "کلاس‌های جبرانی نیمسال از شنبه برگزار می‌شود"
TEASE2_CUT = (
    "معاون آموزشی دانشگاه گفت کلاس‌هایی که در روزهای تعطیل برگزار نشده بود از شنبه "
    "آینده در ساعت‌های عصر جبران می‌شود و دانشجویان ..."
)
# A university's news list as HTML list items, a linked headline and a cut excerpt each.
case(
    "two-cut-teasers-html-list-items-pos",
    "html",
    html(
        f"<ul><li><a href='/fa/news/1'>{TEASE1}</a><p>{TEASE1_CUT}</p></li>"
        f"<li><a href='/fa/news/2'>{TEASE2}</a><p>{TEASE2_CUT}</p></li></ul>"
    ),
    {"title": "WARN"},
)
# An article (Markdown) with two cut related teasers under its body.
case(
    "article-with-two-related-cut-teasers-markdown-neg",
    "text",
    f"# {UNI}\n\n۲۳ آبان ۱۴۰۲\n\n{UNI_BODY}\n\n### بیشتر بخوانید\n\n"
    f"[{TEASE1}](/fa/news/1)\n\n{TEASE1_CUT}\n\n[{TEASE2}](/fa/news/2)\n\n{TEASE2_CUT}\n",
    {"title": UNI + "!", "published": "2023-11-14"},
)
# A blog post whose paragraphs trail off with «...» between a subheading.
POST = "یادداشت‌های سفر به روستای ابیانه در پاییز"
case(
    "blog-post-paragraphs-trailing-dots-neg",
    "text",
    f"{POST}\n\n"
    "صبح زود راه افتادیم و جاده کوهستانی پر از درختان زرد و نارنجی بود و هر پیچ آن "
    "منظره‌ای تازه داشت که دلمان نمی‌آمد از آن بگذریم...\n"
    "رسیدن به روستا\n\n"
    "ظهر به روستا رسیدیم و خانه‌های سرخ‌رنگ آن زیر آفتاب پاییزی می‌درخشید و بوی نان تازه "
    "از کوچه‌ها می‌آمد...\n\n"
    "شب را در خانه یکی از اهالی ماندیم و او از روزگار جوانی‌اش در روستا برایمان گفت.\n\n"
    "فردای آن روز پیش از طلوع آفتاب به راه برگشت افتادیم.\n",
    {"title": POST},
)
# A Markdown bulleted lone teaser (a linked headline and its cut excerpt) over widgets.
case(
    "markdown-bulleted-lone-teaser-over-widgets-pos",
    "text",
    f"* [{TEASE2}](/fa/news/2)\n  {TEASE2_CUT}\n\nپربازدیدترین‌ها\n\n* تازه‌ها\n* آرشیو\n",
    {"title": "WARN"},
)
# A bulleted headline in Arabic yeh and kaf over a whole article.
case(
    "bulleted-headline-arabic-yeh-kaf-over-article-neg",
    "text",
    yeh_kaf(f"- {ROAD}\n\n{ROAD_BODY}\n{ROAD_BODY}"),
    {"title": either(ROAD)},
)

# == fix132: a time label alone over its clock =================================================
case(
    "time-label-alone-in-li-over-clock-li-html-pos",
    "html",
    html(
        f"<h1>{UNI}</h1><ul class='meta'><li>تاریخ: ۱۲ مهر ۱۳۹۵</li><li>ساعت:</li>"
        f"<li>۰۹:۱۴</li></ul>{paras(UNI_BODY)}"
    ),
    {"published": "2016-10-03T09:14:00+03:30"},
)
case(
    "event-time-label-alone-over-clock-neg",
    "text",
    f"{UNI}\nتاریخ انتشار: ۲۳ آبان ۱۴۰۲\nساعت برگزاری:\n۱۰:۳۰\n\n{UNI_BODY}",
    {"published": "2023-11-14", "notminute": 30},
)

# == fix132: «شماره N» beside print-page cells, and after an address word ======================
case(
    "issue-in-markdown-table-print-row-pos",
    "text",
    f"# {ROAD}\n\n| روزنامه کرمانشاه امروز | شماره ۴۴۱۷ | صفحه ۳ |\n|---|---|---|\n\n"
    f"۲۳ آبان ۱۴۰۲\n\n{ROAD_BODY}",
    {"issue": "4417", "number": "73105"},
    url="https://kermanshahdaily.example.ir/news/73105/jadde",
)
case(
    "item-number-label-beside-page-link-neg",
    "text",
    f"{ROAD}\nصفحه نخست | نسخه چاپی\nشماره خبر: ۵۵۲۱۸\n۲۳ آبان ۱۴۰۲\n\n{ROAD_BODY}",
    {"number": "55218", "issue": None},
)
case(
    "building-number-arabic-kaf-in-footer-beside-paper-neg",
    "text",
    yeh_kaf(
        f"{ROAD}\n۲۳ آبان ۱۴۰۲\n\n{ROAD_BODY}\n"
        "روزنامه کرمانشاه امروز | دفتر مرکزی: خیابان مدرس، کوچه نگین، شماره ۱۴ | صفحه اصلی\n"
    ),
    {"issue": None, "number": "73105"},
    url="https://kermanshahdaily.example.ir/news/73105/jadde",
)

# == fix132: «ساعت: T - تاریخ: D» ==============================================================
case(
    "time-then-date-labels-arabic-indic-digits-yeh-pos",
    "text",
    yeh_kaf(f"{ROAD}\nساعت: ١٧:٤٥ - تاریخ: ٢٣ آبان ١٤٠٢\n\n{ROAD_BODY}"),
    {"published": "2023-11-14T17:45:00+03:30"},
)
case(
    "time-then-date-labels-in-time-element-html-pos",
    "html",
    html(
        f"<h1>{ROAD}</h1><div class='meta'><time>ساعت: ۱۷:۴۵ - تاریخ: ۱۴۰۲/۰۸/۲۳</time></div>"
        + paras(ROAD_BODY)
    ),
    {"published": "2023-11-14T17:45:00+03:30"},
)
# A site's today banner with its clock over the item's own labelled day.
case(
    "today-banner-with-clock-over-item-date-neg",
    "text",
    f"امروز: پنجشنبه ۲۵ آبان ۱۴۰۲ - ساعت: ۰۸:۱۰\n\n{ROAD}\nتاریخ انتشار: ۲۳ آبان ۱۴۰۲\n\n"
    f"{ROAD_BODY}",
    {"published": "2023-11-14", "notminute": 10},
)

# == fix132: a breadcrumb run into a date label; «DATE / CITY» =================================
case(
    "markdown-link-crumb-run-into-date-label-pos",
    "text",
    f"[خانه](/) › [دانشگاه](/fa/uni) › اخبار تاریخ انتشار: ۲۳ آبان ۱۴۰۲\n\n# {UNI}\n\n{UNI_BODY}",
    {"published": "2023-11-14", "title": UNI},
)
case(
    "crumb-run-into-event-date-label-neg",
    "text",
    "صفحه اصلی » رویدادها » همایش تاریخ برگزاری: ۲۳ آبان ۱۴۰۲\n\n"
    f"{UNI}\nتاریخ انتشار: ۱۰ مهر ۱۴۰۲\n\n{UNI_BODY}",
    {"published": "2023-10-02"},
)
case(
    "named-month-slash-city-arabic-kaf-agency-pos",
    "text",
    yeh_kaf(f"23 آبان 1402 / کرمانشاه\n\n{ROAD}\n\n{ROAD_BODY}"),
    {"title": either(ROAD), "published": "2023-11-14"},
)
GOLD = "قیمت طلا کاهش یافت"
case(
    "slashed-date-slash-short-headline-neg",
    "text",
    f"۱۴۰۲/۰۸/۲۳ / {GOLD}\n\n{ROAD_BODY}",
    {"title": GOLD, "published": "2023-11-14"},
)

# == fix133: ``?m=YYYYMM`` archives =============================================================
ARCH_TEASER = (
    f"{POST}\n\n"
    "صبح زود راه افتادیم و جاده کوهستانی پر از درختان زرد و نارنجی بود و هر پیچ آن "
    "منظره‌ای تازه داشت و در روستا مهمان خانواده‌ای شدیم که سال‌ها در آن زندگی کرده و از"
)
case(
    "jalali-month-archive-query-with-paged-pos",
    "text",
    ARCH_TEASER,
    {"title": "WARN"},
    url="https://safarnameh.example.ir/?m=140208&paged=2",
)
case(
    "blogger-desktop-view-query-item-neg",
    "text",
    f"{POST}\n\n{UNI_BODY}",
    {"title": POST + "!"},
    url="https://safarnameh.blogspot.com/2023/11/blog-post_14.html?m=0",
)

# == fix133: a saying over a today banner; a quotation that is the headline ====================
SAYING = "پیامبر اکرم (ص): دانش را بجویید هرچند در دورترین جای زمین باشد"
case(
    "saying-over-persian-digit-today-banner-university-pos",
    "text",
    f"{SAYING}\nامروز: سه‌شنبه ۲۳ آبان ۱۴۰۲\n\n{UNI}\nتاریخ انتشار: ۱۰ مهر ۱۴۰۲\n\n{UNI_BODY}",
    {"nottitle": SAYING, "title": UNI, "published": "2023-10-02"},
)
QUOTE = "وزیر آموزش و پرورش: مدارس از شنبه حضوری باز می‌شوند"
case(
    "quote-headline-over-weekday-date-line-neg",
    "text",
    f"{QUOTE}\nسه‌شنبه ۲۳ آبان ۱۴۰۲ - ۱۰:۲۰\n\n{UNI_BODY}",
    {"title": QUOTE + "!", "published": "2023-11-14T10:20:00+03:30"},
)

# == fix133: «HEADLINE : TEASER ...» over its teaser ===========================================
GLUED_LEAD = (
    "مدیرکل راهداری استان گفت آسفالت جاده هفت روستای بخش مرکزی با اعتبار استانی آغاز شده "
    "و پیمانکار تا پیش از نخستین برف زمستانی کار را به پایان می‌رساند."
)
case(
    "glued-teaser-arabic-yeh-kaf-news-agency-pos",
    "text",
    yeh_kaf(
        f"{ROAD} : مدیرکل راهداری استان گفت آسفالت جاده هفت روستای بخش مرکزی ...\n"
        f"{GLUED_LEAD}\n\nاو افزود: این جاده هر سال در فصل بارندگی آسیب می‌دید.\n"
    ),
    {"title": either(ROAD)},
)
TWO_PART = "قیمت نان : افزایش بیست درصدی از شنبه در نانوایی‌های استان"
case(
    "two-part-headline-with-spaced-colon-no-cut-neg",
    "text",
    f"{TWO_PART}\n۲۳ آبان ۱۴۰۲\n\n{NAN_BODY}",
    {"title": TWO_PART + "!", "published": "2023-11-14"},
)

# == fix133: a line ending «!!!» under a headline ==============================================
case(
    "cried-line-zwnj-missing-under-blog-headline-pos",
    "text",
    f"{POST}\nباورتان نمیشود چه جایی است!!!\n\n{UNI_BODY}",
    {"title": POST},
)
RAIN = "بالاخره باران آمد!!!"
case(
    "cried-headline-under-date-line-neg",
    "text",
    f"۲۳ آبان ۱۴۰۲\n{RAIN}\n\n{NAN_BODY}",
    {"title": RAIN + "!", "published": "2023-11-14"},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
