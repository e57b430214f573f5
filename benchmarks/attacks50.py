"""Fiftieth round of attacks: the rules of fix134 (report bylines; a site name the host spells
before a place; a short Kurdish-letter name over Persian text; ``album`` before an ID), fix135
(«HEADLINE DATE در وقت TIME» cut; ``news-id``/``news_id`` keys; a language switch's
``preferredUrl=``), fix136 (a glued today banner with a counter; a full-stop
headline under section lines; «DATE SOURCE / HEADLINE»; a section editor's byline; a crumb
step with a number before a date label), fix137 («HEADLINE : TEASER ...» cut with more
paragraphs; a ``›``/``>`` trail run into a date label), fix138 (a labelled time line over a
lone date line; 1450-1499 before a slug; a ticker over «سرخط خبرها» and a headline printed
again) and fix139 (a glued menu line; «اوقات شرعی»; a headline right under the lead), each put
into a whole page of a kind the rule was not made on: university, blog, news agency and print
pages, HTML cells, list items and ``<time>``, Markdown, Arabic yeh and kaf, Persian and
Arabic-Indic digits, ZWNJ present and missing. Near misses beside each: a real report headline
with «گزارش», a Kurdish headline over a Kurdish text, a headline ending with a deadline date, a
lead with bars, a headline naming three sections with a verb, an event's time over the day, a
lunar Hijri year before a slug.

Each input's record was decided by hand before the first run (docs/reliability.md, "Attacks,
fiftieth round"; the commit adding this script comes before any run of it). Days by hand:
1 Aban 1402 = 2023-10-23, so 23 Aban 1402 = 2023-11-14 (a Tuesday), 22 Aban 1402 = 2023-11-13,
21 Aban 1402 = 2023-11-12; 1 Mehr 1402 = 2023-09-23, so 10 Mehr 1402 = 2023-10-02. Iran kept
no summer time from 1402 (+03:30).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks50.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's (attacks39's with «issue»). A title value ending «!» means that title with no
doubt. The article sentences, headlines and names are ours.
"""

from __future__ import annotations

from attack_runner import DATE_ROUND_PREFIXES, collector, either, run, yeh_kaf
from attacks47 import check47

cases, case = collector()


def html(body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def paras(text: str) -> str:
    return "".join(f"<p>{p}</p>" for p in text.strip().split("\n\n"))


# The texts of this round (ours): a university's news item, a county road report, a blog post.
UNI = "آزمایشگاه مرکزی دانشگاه با ده دستگاه تازه به بهره‌برداری رسید"
UNI_LEAD = (
    "در هفته پژوهش آزمایشگاه مرکزی دانشکده کشاورزی با حضور رئیس دانشگاه و معاونان "
    "پژوهشی با ده دستگاه تازه به بهره برداری رسید و نوبت‌دهی آن از هفته آینده آغاز می‌شود."
)
UNI_BODY = (
    "به گزارش روابط عمومی دانشگاه، این آزمایشگاه با ده دستگاه تازه از جمله طیف‌سنج و "
    "میکروسکوپ الکترونی به دانشجویان تحصیلات تکمیلی و پژوهشگران استان خدمت می‌دهد.\n\n"
    "معاون پژوهشی دانشگاه گفت: هزینه خرید این دستگاه‌ها از محل اعتبارات ملی پرداخت شده و "
    "نوبت‌دهی برای استفاده از آن‌ها از هفته آینده در سامانه دانشگاه آغاز می‌شود.\n"
)
ROAD = "جاده روستاهای بخش مرکزی کرمانشاه پیش از زمستان آسفالت می‌شود"
ROAD_LEAD = (
    "مدیرکل راهداری استان گفت آسفالت جاده هفت روستای بخش مرکزی با اعتبار استانی آغاز شده "
    "و پیمانکار تا پیش از نخستین برف زمستانی کار را به پایان می‌رساند."
)
ROAD_BODY = (
    f"{ROAD_LEAD}\n\n"
    "او افزود: این جاده هر سال در فصل بارندگی آسیب می‌دید و رفت و آمد اهالی دشوار می‌شد.\n\n"
    "به گفته او، دو روستای دیگر بخش نیز در برنامه سال آینده راهداری استان قرار گرفته‌اند.\n"
)
POST_BODY = (
    "صبح زود از شیراز راه افتادیم و تا ظهر در باغ‌های قصرالدشت قدم زدیم و از باغبان‌ها "
    "درباره برداشت انار امسال پرسیدیم که می‌گفتند محصول کمتر از سال پیش است.\n\n"
    "عصر به بازار وکیل رفتیم و چند ساعتی میان حجره‌های قدیمی گشتیم و شب را در خانه یکی از "
    "دوستان قدیمی گذراندیم که از روزهای دانشجویی‌اش در این شهر برایمان گفت.\n"
)
DAY = "۲۳ آبان ۱۴۰۲"  # 2023-11-14

# == fix134: report bylines ====================================================================
# A university's news page in Arabic yeh and kaf: the agency's byline line over the headline.
case(
    "report-byline-over-headline-arabic-yeh-kaf-university-pos",
    "text",
    yeh_kaf(f"گزارش خبرنگار ایسنا\n{UNI}\n{DAY}\n\n{UNI_BODY}"),
    {"title": either(UNI), "published": "2023-11-14"},
)
# A real report headline with «گزارش خبرنگار ... از»: no byline.
REPORT_HEAD = "گزارش خبرنگار ایسنا از بازار میوه شب یلدا در کرمانشاه"
case(
    "report-headline-with-az-news-agency-neg",
    "text",
    f"{REPORT_HEAD}\n{DAY}\n\n{ROAD_BODY}",
    {"title": REPORT_HEAD + "!", "published": "2023-11-14"},
)

# == fix134: a site name the host spells with a place; a Kurdish-letter name ====================
# A blog's name the host spells, with a city after it, over a post with no headline.
case(
    "blog-name-host-spells-with-city-over-post-pos",
    "text",
    f"سفرنامه شیراز\n\n{POST_BODY}",
    {"title": "WARN"},
    url="https://safarnameh.blogfa.com/post/412",
)
# The same blog's real post title naming the blog's word and two cities.
POST_HEAD = "سفرنامه شیراز و اصفهان در پاییز"
case(
    "blog-post-title-with-blog-word-and-two-cities-neg",
    "text",
    f"{POST_HEAD}\n\n{POST_BODY}",
    {"title": POST_HEAD},
    url="https://safarnameh.blogfa.com/post/413",
)
# An HTML page: a Kurdish-letter logo text in a cell over Persian paragraphs, no <h1>.
case(
    "kurdish-logo-in-td-over-persian-paragraphs-html-pos",
    "html",
    html(f"<table><tr><td>دەنگی ئاوێر</td></tr></table>{paras(ROAD_BODY)}"),
    {"title": "WARN"},
)
# A Kurdish (Sorani) headline over a Kurdish text in Markdown: no doubt.
KU_HEAD = "قوتابخانەی نوێ لە گوندەکە کرایەوە"
KU_BODY = (
    "قوتابخانەیەکی نوێ بە شەش پۆلەوە دوێنێ لە گوندەکە کرایەوە و زیاتر لە سەد قوتابی "
    "دەتوانن لەمەودوا لە نزیک ماڵەکانیان بخوێنن.\n\n"
    "بەڕێوەبەری پەروەردەی ناوچەکە گوتی کە ساڵی داهاتوو دوو قوتابخانەی تریش دروست دەکرێن.\n"
)
case(
    "kurdish-headline-over-kurdish-text-markdown-neg",
    "text",
    f"## {KU_HEAD}\n\n{KU_BODY}",
    {"title": KU_HEAD + "!"},
)
# A four-word Persian headline naming a singer in Kurdish spelling, over a Persian text.
SINGER_HEAD = "ناسر ڕەزازی کنسرت می‌دهد"
case(
    "kurdish-spelled-name-in-persian-four-word-headline-neg",
    "text",
    f"{SINGER_HEAD}\n{DAY}\n\n"
    "خواننده سرشناس کرد پس از شش سال در سالن اصلی فرهنگسرای شهر برای مردم کنسرت می‌دهد و "
    "بلیت‌های آن از هفته آینده در سامانه فروش بلیت عرضه می‌شود.\n\n"
    "برگزارکنندگان گفتند بخشی از درآمد کنسرت به مدرسه‌سازی در روستاها می‌رسد.\n",
    {"title": SINGER_HEAD + "!"},
)

# == fix134: ``album`` before an ID ===========================================================
case(
    "album-jalali-year-month-path-neg",
    "text",
    f"{UNI}\n\n{UNI_BODY}",
    {"number": None},
    url="https://uni.example.ac.ir/fa/gallery/album/1402/08/azmayeshgah",
)

# == fix135: «HEADLINE DATE [در وقت|ساعت] TIME» ================================================
# A cell of an HTML table, Arabic-Indic digits and Arabic yeh and kaf.
case(
    "headline-date-time-in-td-arabic-indic-digits-pos",
    "html",
    html(
        "<table><tr><td>"
        + yeh_kaf(f"{UNI} ١٤٠٢/٠٨/٢٣ ساعت ١٠:١٧")
        + f"</td></tr></table>{paras(yeh_kaf(UNI_BODY))}"
    ),
    {"title": either(UNI), "published": "2023-11-14T10:17:00+03:30"},
)
# A real headline ending with a deadline (tied by «تا»), the item's day on its own line.
LOAN = "ثبت‌نام وام دانشجویی تا ۱۴۰۲/۰۸/۲۳ تمدید شد"
case(
    "headline-ending-with-deadline-date-sentence-neg",
    "text",
    f"{LOAN}\n۱۰ مهر ۱۴۰۲\n\n{UNI_BODY}",
    {"title": LOAN + "!", "published": "2023-10-02"},
)
# A blackout timetable's headline naming the day it covers, the item's day under it.
BLACKOUT = "جدول خاموشی‌های برق کرمانشاه روز سه‌شنبه ۱۴۰۲/۰۸/۲۳"
case(
    "headline-naming-the-day-it-covers-over-item-day-neg",
    "text",
    f"{BLACKOUT}\n۲۲ آبان ۱۴۰۲ - ۲۰:۱۵\n\n{ROAD_BODY}",
    {"title": BLACKOUT, "published": "2023-11-13T20:15:00+03:30"},
)

# == fix135: ``news-id`` keys; a language switch's ``preferredUrl=`` ===========================
case(
    "article-id-path-segment-before-amp-pos",
    "text",
    f"{ROAD}\n{DAY}\n\n{ROAD_BODY}",
    {"number": "3307"},
    url="https://kermanshah.example.ir/fa/article-id=3307/amp",
)
case(
    "language-switch-preferred-url-to-archive-year-neg",
    "text",
    f"{UNI}\n{DAY}\n\n{UNI_BODY}",
    {"number": None},
    url="https://uni.example.ac.ir/Home/SetLanguage?lang=fa&preferredUrl=%2Ffa%2Fnews%2Farchive%2F2023",
)

# == fix136: a glued today banner; a full-stop headline; «DATE SOURCE / HEADLINE» ================
# A site's header cell with the glued banner over an item with no date of its own.
case(
    "glued-banner-in-td-over-undated-item-html-pos",
    "html",
    html(
        "<table><tr><td>امروزیکشنبه, 21 آبان 1402 19:12 | 45 بازدید</td></tr></table>"
        f"<h1>{ROAD}</h1>{paras(ROAD_BODY)}"
    ),
    {"title": ROAD, "published": None},
)
# The item's own info line with a time, a bar and a view counter (no «امروز»).
case(
    "item-date-time-bar-counter-line-neg",
    "text",
    f"{ROAD}\n۲۳ آبان ۱۴۰۲ ۱۰:۱۵ | ۴۵ بازدید\n\n{ROAD_BODY}",
    {"title": ROAD, "published": "2023-11-14T10:15:00+03:30"},
)
# A university page: a service line and a news section's line over a full-stop headline.
case(
    "full-stop-headline-under-two-section-lines-university-pos",
    "text",
    f"سرویس علمی\nاخبار دانشگاه\n{UNI}.\n۲۳ آبان ۱۴۰۲ | ۱۱:۲۰ کد : ۴۴۲\n{UNI_BODY}",
    {"title": (UNI, UNI + "."), "published": "2023-11-14T11:20:00+03:30"},
)
# A real headline about an editor's appointment, printed twice (a print view).
EDITOR_HEAD = "دبیر بخش فرهنگی روزنامه استان منصوب شد"
case(
    "editor-appointment-headline-twice-print-view-neg",
    "text",
    f"{EDITOR_HEAD}\n\n{DAY}\n\n{EDITOR_HEAD}\n\n{ROAD_BODY}",
    {"title": EDITOR_HEAD},
)
# A crumb step with a number before an event's date label; the item's own day lower.
case(
    "crumb-step-with-number-before-event-label-neg",
    "text",
    f"خانه » رویدادها » همایش ۱۲ تاریخ برگزاری: {DAY}\n\n{UNI}\nتاریخ انتشار: ۱۰ مهر ۱۴۰۲\n\n"
    f"{UNI_BODY}",
    {"published": "2023-10-02"},
)

# == fix137: «HEADLINE : TEASER ...»; a ``>`` trail into a date label ===========================
case(
    "glued-teaser-in-h2-over-three-paragraphs-html-pos",
    "html",
    html(
        f"<h2>{ROAD} : مدیرکل راهداری استان گفت آسفالت جاده هفت روستای بخش مرکزی ...</h2>"
        + paras(ROAD_BODY)
    ),
    {"title": ROAD},
)
# An article with two related teasers glued to their headlines under its body.
case(
    "article-with-two-glued-related-teasers-neg",
    "text",
    f"{UNI}\n{DAY}\n\n{UNI_BODY}\nخبرهای مرتبط\n"
    "ثبت‌نام خوابگاه دانشجویان آغاز شد : دانشجویان ورودی تازه از امروز می‌توانند ...\n"
    "کلاس‌های جبرانی از شنبه : معاون آموزشی دانشگاه گفت کلاس‌های تعطیل شده ...\n",
    {"title": UNI + "!", "published": "2023-11-14"},
)

# == fix138: a labelled time line over a lone date line; 1450-1499 before a slug ================
case(
    "publication-time-label-blank-line-arabic-indic-date-pos",
    "text",
    f"{UNI}\n\nساعت انتشار: ٠٨:٣٥\n\n٢٣ آبان ١٤٠٢\n\n{UNI_BODY}",
    {"published": "2023-11-14T08:35:00+03:30"},
)
case(
    "event-start-time-blank-line-over-date-neg",
    "text",
    f"{UNI}\n\nساعت شروع: ۰۸:۳۵\n\n{DAY}\n\n{UNI_BODY}",
    {"published": "2023-11-14", "notminute": 35},
)
case(
    "lunar-hijri-year-1445-before-slug-neg",
    "text",
    f"{UNI}\n{DAY}\n\n{UNI_BODY}",
    {"number": None},
    url="https://uni.example.ac.ir/religion/1445-ramadan-timetable",
)

# == fix138: a ticker over a heading and a headline printed again ==============================
TICKER = (
    "آغاز ثبت‌نام کلاس‌های تابستانی | افتتاح کتابخانه تازه در محله شمالی شهر "
    "برگزاری جشنواره گل و گیاه در پارک مرکزی | تمدید مهلت پرداخت عوارض خودرو "
    "کاهش ساعت کاری ادارات در روزهای گرم | بازگشایی پل عابر پیاده میدان شهدا"
)
case(
    "ticker-over-latest-heading-arabic-yeh-kaf-zwnj-missing-pos",
    "text",
    yeh_kaf(
        f"{TICKER}\nآخرین اخبار\n\n{ROAD}\n\nکد خبر: ۴۴۲۱۸\n{DAY} - ۰۹:۳۰\n"
        f"{ROAD.replace(chr(0x200C), ' ')}\n{ROAD_BODY}"
    ),
    {
        "title": (*either(ROAD), *either(ROAD.replace("\u200c", " "))),
        "published": "2023-11-14T09:30:00+03:30",
    },
)
# A lead of 26 words or more with two bars right under the headline: it is no ticker.
BAR_LEAD = (
    "مدیرکل راهداری استان | آسفالت جاده هفت روستای بخش مرکزی با اعتبار استانی آغاز شده و "
    "پیمانکار تا پیش از نخستین برف زمستانی کار را به پایان می‌رساند | اهالی از این خبر "
    "خوشحال هستند"
)
case(
    "lead-with-bars-under-headline-printed-again-neg",
    "text",
    f"{ROAD}\n\n{BAR_LEAD}\n\n{ROAD}\n{DAY}\n\n{ROAD_BODY}",
    {"title": ROAD + "!", "published": "2023-11-14"},
)

# == fix139: a glued menu; «اوقات شرعی»; a headline under the lead =============================
# A blog's glued menu, ZWNJ missing and Arabic yeh and kaf, over a post with no headline.
case(
    "glued-menu-zwnj-missing-arabic-yeh-kaf-blog-pos",
    "text",
    yeh_kaf(
        "rss صفحه اصلی سیاسی اقتصادی اجتماعی ورزشی فرهنگی بین الملل استانها تماس با ما\n\n"
        f"{POST_BODY}"
    ),
    {"title": "WARN"},
)
SECTIONS_HEAD = "اخبار سیاسی، اقتصادی و ورزشی استان از امروز در یک صفحه منتشر میشود"
case(
    "headline-naming-three-sections-with-verb-zwnj-missing-neg",
    "text",
    f"{SECTIONS_HEAD}\n{DAY}\n\n{ROAD_BODY}",
    {"title": SECTIONS_HEAD + "!", "published": "2023-11-14"},
)
# A prayer-times widget as an HTML heading and list items over the item.
case(
    "prayer-times-widget-li-times-over-item-html-pos",
    "html",
    html(
        "<h3>اوقات شرعی</h3><ul><li>اذان صبح ۰۵:۱۲</li><li>اذان ظهر ۱۱:۴۸</li>"
        f"<li>اذان مغرب ۱۷:۲۶</li></ul><div class='title'>{ROAD}</div><div>{DAY}</div>"
        + paras(ROAD_BODY)
    ),
    {"title": ROAD, "published": "2023-11-14", "notminute": 12},
)
# A print view in Arabic yeh and kaf: kicker, lead, then the headline right under the lead.
case(
    "print-view-headline-under-lead-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"گزارشی از هفته پژوهش در دانشکده کشاورزی دانشگاه\n\n{UNI_LEAD}\n{UNI}\n\n{UNI_BODY}"),
    {"title": (*either(UNI), "WARN")},
)
# A real article: a question subheading right under the lead (an interview's first question).
case(
    "question-subheading-right-under-lead-neg",
    "text",
    f"{UNI}\n\n{UNI_LEAD}\nچرا این آزمایشگاه برای استان مهم است؟\n\n{UNI_BODY}",
    {"title": UNI + "!"},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
