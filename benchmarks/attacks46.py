"""Forty-sixth round of attacks: the newest rules, fix118 (a run of three or more dash-led
headlines over the page's headline printed twice is a list; other items' headlines under a
headline printed twice doubt it; «SECTION / HEADLINE» over the headline alone gives the
headline), fix119 (Tajik weekdays before a date, «Душанбе» left out; «خبرونه»/«ВАРЗИШ»
section words; a single «عنوان :» row; a «خبر :» label cut; «نیوز» a publication word; a tag
line «X | اخبار X»), fix120 (`**` section lines over list items; a form's value between its
labels), fix121 (a short verbless line under the header over a one-sentence lead doubted; an
outline-numbered title «1.1. ...» doubted) and fix122 (a date under the headline's first print
kept; an unmarked Quranic verse under a headline is never the title), with near misses and
shapes beyond the rules' pages (Arabic yeh and kaf, ZWNJ, Persian digits, Markdown, HTML).

Each input's record was decided by hand before the first run (docs/reliability.md, "Attacks,
forty-sixth round"). Days by hand: 1 Farvardin 1403 = 2024-03-20, so 15 Ordibehesht 1403 =
2024-05-04 (a Saturday, شنبه); 1 Farvardin 1402 = 2023-03-21, so 10 Aban 1402 = 2023-11-01;
25 March 2023 was a Saturday, so 27 March a Monday (Душанбе), 28 March a Tuesday (Сешанбе),
29 March a Wednesday (Чоршанбе). Dushanbe: +05:00, no summer time.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks46.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks39's. The article sentences, headlines and names are ours; the layouts are the pages'
named in tests/test_fix118.py to tests/test_fix122.py.
"""

from __future__ import annotations

from attack_runner import DATE_ROUND_PREFIXES, collector, either, run, yeh_kaf
from attacks39 import check39

cases, case = collector()


# == fix118: a dash-led run over the headline printed twice ====================================
HEAD = "بازگشایی ۴۰ مدرسه روستایی استان پس از نوسازی"
LEAD = (
    "مدیرکل نوسازی مدارس استان گفت چهل مدرسه روستایی که تابستان امسال نوسازی شده بودند از "
    "شنبه آینده با حضور دانش‌آموزان بازگشایی می‌شوند."
)
MORE = (
    "او افزود برای این مدارس بخاری‌های تازه، میز و نیمکت و کتابخانه کلاسی خریداری شده و "
    "سرویس‌های رفت و آمد دانش‌آموزان روستاهای دور نیز آماده است.\n"
    "به گفته وی، نوسازی بیست مدرسه دیگر تا پایان سال به پایان می‌رسد.\n"
)
RUN = (
    "- تصادف دو خودروی سواری در جاده کمربندی سه مصدوم داشت\n"
    "- نمایشگاه کتاب استان از هفته آینده برپا می‌شود!\n"
    "- قیمت گوجه‌فرنگی در میدان میوه و تره‌بار پایین آمد\n"
)
case(
    "dash-run-three-items-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"{RUN}{HEAD}\n{HEAD}\n{LEAD}\n{MORE}"),
    {"title": either(HEAD)},
)
case(
    "markdown-dash-list-over-bold-headline-twice-pos",
    "text",
    f"{RUN.replace(chr(10), chr(10) + chr(10))}**{HEAD}**\n\n{HEAD}\n\n{LEAD}\n\n{MORE}",
    {"title": (HEAD, "WARN")},
)
case(
    "html-og-title-over-dash-run-pos",
    "html",
    (
        f"<html><head><meta charset='utf-8'><meta property='og:title' content='{HEAD}'></head>"
        "<body>"
        + "".join(f"<p>{line}</p>" for line in RUN.splitlines())
        + f"<p>{HEAD}</p><p>{HEAD}</p><p>{LEAD}</p><p>{MORE}</p></body></html>"
    ).encode(),
    {"title": HEAD},
)
# near misses: a headline that opens with a dash; three dash-led points inside the text
DASH_HEAD = "- بازگشایی چهل مدرسه روستایی استان پس از نوسازی تابستانی"
case(
    "single-dash-headline-over-date-neg",
    "text",
    f"{DASH_HEAD}\n۱۵ اردیبهشت ۱۴۰۳\n\n{LEAD}\n{MORE}",
    {"title": (DASH_HEAD + "!", DASH_HEAD[2:] + "!"), "published": "2024-05-04"},
)
POINTS = (
    "- خرید بخاری‌های تازه برای همه کلاس‌ها\n"
    "- ساخت سرویس بهداشتی در حیاط مدرسه\n"
    "- تعویض پنجره‌های فرسوده با پنجره دوجداره\n"
)
case(
    "dash-points-inside-the-text-neg",
    "text",
    f"{HEAD}\n۱۵ اردیبهشت ۱۴۰۳\n\n{LEAD}\nکارهای انجام شده در هر مدرسه:\n{POINTS}{MORE}",
    {"title": HEAD + "!", "published": "2024-05-04"},
)
# -- other items' headlines under a headline printed twice --------------------------------------
OTHERS = (
    "برگزاری مسابقات کشتی نوجوانان کشور در سالن تختی؛ میزبانی به شهر رسید\n"
    "رکورد فروش بلیت سینماهای استان در عید شکسته شد!\n"
    "گردشگران خارجی از بافت تاریخی شهر دیدن کردند...\n"
)
case(
    "headline-twice-over-other-headlines-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"{HEAD}\n{HEAD}\n{OTHERS}به گزارش خبرنگار ما :\n{LEAD}\n{MORE}"),
    {"title": "WARN"},
)
# -- «SECTION / HEADLINE» over the headline alone ---------------------------------------------
SHORT = "کم‌آبی در ۱۲ روستای شهرستان"
SHORT_BODY = (
    "بر پایه گزارش شرکت آب و فاضلاب روستایی، دوازده روستای شهرستان در هفته گذشته چند روز "
    "آب آشامیدنی نداشتند. کارشناسان دلیل آن را خشکی چاه‌ها می‌دانند.\n"
    "قرار است تا آمدن آب لوله‌کشی، تانکرهای آب هر روز به این روستاها فرستاده شوند.\n"
)
case(
    "section-slash-headline-zwnj-persian-digits-pos",
    "text",
    f"اخبار استان / {SHORT}\n\n{SHORT}\n\n{SHORT_BODY}",
    {"title": SHORT},
)
case(
    "section-slash-over-markdown-h2-headline-pos",
    "text",
    f"اخبار استان / {SHORT}\n\n## {SHORT}\n\n{SHORT_BODY}",
    {"title": SHORT},
)
SLASH_HEAD = "کم‌آبی در ۱۲ روستای شهرستان / تانکرها به روستاها رسیدند"
case(
    "slash-headline-printed-twice-neg",
    "text",
    f"{SLASH_HEAD}\n\n{SLASH_HEAD}\n\n{SHORT_BODY}",
    {"title": SLASH_HEAD + "!"},
)

# == fix119 =====================================================================================
TAJIK_BODY = (
    "Дар шаҳри Хуҷанд маркази нави варзишии кӯдакон ба истифода супорида шуд, ки дар он толори "
    "варзишӣ ва ҳавзи шиноварӣ мавҷуд аст.\n"
    "Дар маросим намояндагони мақомоти шаҳр ва волидони кӯдакон ширкат варзиданд.\n"
)
TJ_URL = "https://example.tj/news/sport/new-centre/"
case(
    "tajik-tuesday-before-date-pos",
    "text",
    f"Варзиш\nСешанбе 28 Март 2023 09:15\n\n{TAJIK_BODY}",
    {"published": "2023-03-28T09:15:00+05:00"},
    url=TJ_URL,
)
case(
    "tajik-wrong-weekday-before-date-pos",
    "text",
    f"Варзиш\nЧоршанбе 28 Март 2023 09:15\n\n{TAJIK_BODY}",
    {"doubt": ("weekday-mismatch", "invalid-date")},
    url=TJ_URL,
)
TJ_HEAD = "Дар Хуҷанд маркази нави варзишии кӯдакон кушода шуд"
case(
    "dushanbe-dateline-wednesday-neg",
    "text",
    f"{TJ_HEAD}\n\nДУШАНБЕ, 29 марта 2023 /АМИТ «Ховар»/. {TAJIK_BODY}",
    {"title": TJ_HEAD, "published": "2023-03-29"},
    url=TJ_URL,
)
ROW_HEAD = "کاهش ۱۵ درصدی مصرف آب شهر در هفته گذشته"
case(
    "title-row-no-space-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(
        "خبرنامه آب شهر\n۱۲ خرداد ۱۴۰۱ ساعت ۰۹:۴۰\n"
        "-----------------------------------\n"
        f"عنوان: {ROW_HEAD}\n"
        "-----------------------------------\n"
        "مدیر شرکت آب و فاضلاب شهر گفت مصرف آب شهروندان در هفته گذشته نسبت به هفته پیش از آن "
        "پانزده درصد کمتر شده است.\n"
    ),
    {"title": either(ROW_HEAD)},
)
NEWS_HEAD = "بازگشایی پل تاریخی شهر پس از دو سال مرمت"
NEWS_LEAD = (
    "پل تاریخی شهر پس از دو سال مرمت امروز با حضور مسئولان میراث فرهنگی دوباره به روی "
    "عابران پیاده باز شد و شب‌ها نورپردازی می‌شود.\n"
)
case(
    "news-label-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"خبر : {NEWS_HEAD}\n\n\n{NEWS_LEAD}"),
    {"title": either(NEWS_HEAD)},
)
TAG_HEAD = "کرایه تاکسی‌های درون‌شهری ۲۵ درصد گران شد | نرخ تازه از کی اجرا می‌شود؟"
case(
    "tag-line-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(
        "کرایه تاکسی | اخبار کرایه تاکسی\n\n"
        f"{TAG_HEAD}\n\n"
        "رئیس سازمان تاکسیرانی گفت نرخ تازه کرایه‌ها پس از تصویب شورای شهر از اول ماه آینده "
        "اجرا می‌شود و رانندگان باید جدول نرخ‌ها را در خودرو نصب کنند.\n"
    ),
    {"title": either(TAG_HEAD)},
)

# == fix120 =====================================================================================
STAR_PAGE = (
    "**ثبت نام در کلاس‌های شنا\n\n"
    "۱- هنرجویان زیر دوازده سال با یکی از والدین برای ثبت نام به دفتر استخر مراجعه می‌کنند و "
    "برگه پزشکی خود را همراه دارند.\n\n"
    "۲- هزینه هر دوره پیش از نخستین جلسه پرداخت می‌شود.\n\n"
    "**ساعت‌های کار استخر\n\n"
    "۱- استخر همه روزهای هفته جز جمعه از ساعت ۸ تا ۲۲ باز است.\n"
)
case("star-sections-over-persian-numbered-items-pos", "text", STAR_PAGE, {"title": "WARN"})
STAR_HEAD = "برگزاری مسابقه شنای نوجوانان در استخر شهید چمران"
case(
    "star-headline-over-body-arabic-yeh-kaf-neg",
    "text",
    yeh_kaf(f"**{STAR_HEAD}\n\n{NEWS_LEAD}\nاین مسابقه هر سال در اردیبهشت برگزار می‌شود.\n"),
    {"title": either(STAR_HEAD, sure=True)},
)
FORM = (
    "پرونده ثبت\n\n"
    "۳۲\n\n"
    "شماره پیگیری :\n"
    "۸۸۲۰۱۹۳۴۵۶۷۱\n"
    "تاریخ ثبت :\n"
    "۱۴۰۰/۰۳/۱۸\n"
    "شناسه ملی :\n"
    "شرکت تعاونی مسکن فرهنگیان شهرستان\n"
    "نام شرکت :\n"
    "پرونده ثبت\n"
    "ماده ۱ : موضوع شرکت :\n"
    "موضوع شرکت عبارت است از تهیه زمین و ساخت خانه برای اعضا و واگذاری آن به بهای تمام شده "
    "با رعایت قانون بخش تعاونی و مصوبات مجمع عمومی.\n"
)
case("form-value-between-labels-persian-digits-pos", "text", FORM, {"title": "WARN"})

# == fix121 =====================================================================================
HEADER = (
    "چهارشنبه 10 آبان 1402 - November 1 2023\nکد خبر: 45120\nتاریخ انتشار: 1402/08/10 - 18:45\n"
)
LEAGUE = "لیگ برتر والیبال کشور"
SENTENCE = "دیدارهای هفته نهم لیگ برتر والیبال امشب به پایان رسید."
SPORT_BODY = (
    "\nدیدارهای هفته نهم لیگ برتر والیبال شامگاه امروز در سالن‌های چند شهر برگزار شد و تیم "
    "صدرنشین با برتری در خانه فاصله خود را با تیم دوم بیشتر کرد.\n"
)
case(
    "league-line-latin-digit-header-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"{HEADER}{LEAGUE}\n{SENTENCE}\n{SPORT_BODY}"),
    {"title": "WARN", "published": "2023-11-01"},
)
VERB_HEAD = "برف مدارس را تعطیل کرد"
case(
    "short-headline-with-verb-under-header-neg",
    "text",
    f"{HEADER}{VERB_HEAD}\nمدارس ابتدایی شهر فردا به دلیل بارش سنگین برف تعطیل است.\n{SPORT_BODY}",
    {"title": VERB_HEAD + "!"},
)
SNOW = "تعطیلی مدارس شهر در پی بارش برف"
case(
    "short-headline-above-date-arabic-yeh-kaf-neg",
    "text",
    yeh_kaf(
        f"{SNOW}\nمدارس ابتدایی شهر فردا به دلیل بارش سنگین برف تعطیل است.\n"
        "تاریخ انتشار: ۱۰ آبان ۱۴۰۲ - ۱۸:۴۵\n\n"
        "به گزارش خبرنگار ما، فرمانداری پس از نشست شورای ترافیک اعلام کرد که مدارس ابتدایی "
        "شهر فردا تعطیل است و آموزش آنان از راه دور انجام می‌شود.\n"
    ),
    {"title": either(SNOW, sure=True)},
)
PARAGRAPH = (
    "در این بخش شیوه نمونه‌گیری از مدارس و روش تحلیل پرسشنامه‌ها را شرح می‌دهیم و یافته‌ها را "
    "با پژوهش‌های پیشین می‌سنجیم."
)
case(
    "outline-persian-digits-pos",
    "text",
    f"۱.۱. شیوه نمونه‌گیری از مدارس\n{PARAGRAPH}\n",
    {"title": "WARN"},
)
case(
    "outline-markdown-h2-pos",
    "text",
    f"## 2.3. شیوه نمونه‌گیری از مدارس\n\n{PARAGRAPH}\n",
    {"title": "WARN"},
)
DECIMAL = "3.5 میلیون تن گندم از کشاورزان استان خریداری شد"
case("decimal-count-headline-neg", "text", f"{DECIMAL}\n{PARAGRAPH}\n", {"title": DECIMAL + "!"})
PERSIAN_DECIMAL = "۲٫۵ میلیارد تومان برای نوسازی مدارس روستایی اختصاص یافت"
case(
    "persian-decimal-separator-headline-neg",
    "text",
    f"{PERSIAN_DECIMAL}\n{PARAGRAPH}\n",
    {"title": PERSIAN_DECIMAL + "!"},
)

# == fix122 =====================================================================================
FEST = "اعلام برنامه روز پایانی نمایشگاه کتاب استان در دو سالن"
FEST_LEAD = (
    "در روز پایانی نمایشگاه کتاب استان پنج نشست نقد کتاب در دو سالن برگزار می‌شود. دیروز "
    "نیز چند نویسنده با خوانندگان دیدار کردند."
)


def meta_list(day: str, bullet: str = "•") -> str:
    return (
        f"{FEST}\n\n"
        f"  {bullet} کد نوشته: 55102\n"
        f"  {bullet} کتاب شهر\n"
        f"  {bullet} {day}\n"
        f"  {bullet} ۰\n"
        f"  {bullet} {FEST_LEAD}\n"
        "    +گفت‌وگو با برگزیده جایزه داستان استان\n"
        "    +نگاهی به غرفه‌های ناشران کودک\n"
        "    +کتاب‌های پرفروش روز نخست\n"
        "    +کارگاه قصه‌گویی برای کودکان\n\n"
        f"    {FEST}\n"
        f"  {bullet} {FEST_LEAD}\n\n"
        "    به گزارش کتاب شهر، نشست نقد رمان تازه نویسنده جوان استان ساعت ۱۷ در سالن اصلی "
        "برگزار می‌شود.\n"
    )


case(
    "meta-list-ordinal-day-latin-digits-pos",
    "text",
    meta_list("شنبه, 15ام اردیبهشت 1403"),
    {"title": FEST, "published": "2024-05-04"},
    url="https://ketab.example.ir/55102-news.html",
)
case(
    "meta-list-dash-bullets-text-alone-pos",
    "text",
    meta_list("شنبه، ۱۵ اردیبهشت ۱۴۰۳", bullet="-"),
    {"title": (FEST, "WARN"), "published": "2024-05-04"},
)
CONDOLENCE = "پیام تسلیت شهردار به مناسبت درگذشت پیشکسوت فرهنگ شهر"
CONDOLENCE_BODY = (
    "درگذشت استاد فرهیخته و پیشکسوت فرهنگ شهر که سال‌ها در مدارس این دیار به فرزندان مردم "
    "درس زندگی و دانش آموخت، مایه اندوه همه شهروندان شد و جای خالی او در محافل فرهنگی شهر "
    "هرگز پر نخواهد شد.\n"
    "اینجانب این مصیبت را به خانواده آن مرحوم و جامعه فرهنگیان تسلیت می‌گویم.\n"
)
case(
    "unmarked-verse-under-headline-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"اخبار شهرداری\n{CONDOLENCE}\nانا لله و انا الیه راجعون\n{CONDOLENCE_BODY}"),
    {"title": either(CONDOLENCE)},
)
QUOTE_HEAD = "«﴿وَ قُولُوا لِلنَّاسِ حُسْنًا﴾» شعار هفته اخلاق در مدارس شهر شد"
case(
    "persian-headline-opening-with-ornate-verse-neg",
    "text",
    f"اخبار آموزش\n{QUOTE_HEAD}\n{NEWS_LEAD}این هفته در همه مدارس شهر برنامه‌های ویژه برگزار می‌شود.\n",
    {"title": QUOTE_HEAD},
)
AR_HEAD = "افتتاح مكتبة عامة جديدة في وسط المدينة"
AR_LEAD = (
    "افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف كتاب "
    "وقاعة كبيرة للمطالعة، وقال رئيس البلدية إن المكتبة ستفتح أبوابها كل يوم حتى المساء.\n"
    "وأضاف أن المشروع استغرق ثلاث سنوات من العمل وبلغت كلفته عدة ملايين.\n"
)
case(
    "arabic-news-headline-under-section-neg",
    "text",
    f"أخبار المدينة\n{AR_HEAD}\n{AR_LEAD}",
    {"title": AR_HEAD},
)


if __name__ == "__main__":
    run(cases, check39, DATE_ROUND_PREFIXES)
