"""Fifty-fifth round of attacks: the rules of fix154 (a date line over a site's status line is a
banner; a line printed three times over a line printed twice is a blog's name; a section's line
between the code label and the views counter; a mailing list's ``[TAG] ... - HEADLINE`` subject
under a date line; a lone line of more than 10 dashes is no Markdown rule), fix155 (a long
headline over a verb-ending subtitle over the date line warned; a headline glued to a short
one-sentence relay lead; «(جمعه 25/3/86)» and «(25/3/86 10:30)»), fix156 (``.: NAME :.`` frames;
function words in a ``?paged=N`` slug; a plural two-word label over one paragraph; a short
headline over three wrapped blocks), fix157 (Dari words inside «...» or before «افغانستان»; `` /
LABEL:`` only beside a date or ID label; ``/story/N-slug`` listicles; a unit's signature under
the date line) and fix158 (``NN : NN - DATE`` with both fields hours warns
``time-order-uncertain``), each put into a whole page of a kind the rule was not made on: news
agency, university, blog, print view, HTML ``<td>``/``<li>``/``<time>``, Markdown, Arabic yeh and
kaf, Persian and Arabic-Indic digits, ZWNJ present and missing. Near misses beside them: a blog
post's own date over its visit counter, a poem line quoted three times in a post's body, a long
headline with its verb over a short subtitle, a real bracketed date inside a headline, a real
two-word plural headline over a dated article, an Afghan page quoting its own ministry, a real
spaced ``۱۶ : ۴۰`` clock, a headline with « / » and a spokesman's quote.

This round is measured at the session's end: no fix is made for it (docs/reliability.md,
"Attacks, fifty-fifth round"). Each input's record was decided by hand before the first run (the
commit adding this script comes before any run of it). Days by hand: 12 Dey 1402 = 2024-01-02 (a
Tuesday, +03:30); 5 Dey 1402 = 2023-12-26; 16 Azar 1401 = 2022-12-07 (Tehran +03:30, Kabul
+04:30); 25 Khordad 1386 = 2007-06-15 (a Friday; Iran kept no summer time in 2007, +03:30).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks55.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one. The article sentences, headlines and names are ours.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    arabic_digits,
    collector,
    html,
    no_zwnj,
    num,
    paras,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()


DAY = "۱۲ دی ۱۴۰۲"  # 2024-01-02, a Tuesday

# == fix154: a date line over a site status line ================================================
PARK = "بوستان تازه محله نارمک با زمین بازی کودکان گشایش یافت"
PARK_BODY = (
    "بوستان تازه محله نارمک با مساحت دو هکتار و زمین بازی ویژه کودکان روز گذشته با حضور "
    "شهردار منطقه گشایش یافت و از امروز به روی شهروندان باز است.\n\n"
    "شهردار منطقه گفت کاشت درختان این بوستان در بهار آینده کامل می‌شود و یک کتابخانه کوچک "
    "نیز در کنار آن ساخته خواهد شد.\n"
)
# A news site's HTML: a banner <div> with today's date and clock over «کاربران آنلاین», the
# headline in <h1>, no date of the item's own: no published date.
case(
    "agency-html-banner-over-online-users-pos",
    "html",
    html(
        "<div class='top'><span>سه‌شنبه ۱۲ دی ۱۴۰۲ ساعت ۱۰:۴۰</span></div>"
        "<div>کاربران آنلاین: ۱۲</div>"
        f"<h1>{PARK}</h1>" + paras(PARK_BODY)
    ),
    {"title": PARK, "published": None},
)
# The same banner through html2text with Arabic-Indic digits and Arabic yeh and kaf, the status
# line «آخرین مطلب: ۳ ساعت پیش».
case(
    "markdown-yeh-kaf-arabic-digits-banner-over-last-post-age-pos",
    "text",
    yeh_kaf(
        arabic_digits(
            f"**سه‌شنبه ۱۲ دی ۱۴۰۲ ساعت ۱۰:۴۰**\n\nآخرین مطلب: ۳ ساعت پیش\n\n# {PARK}\n\n{PARK_BODY}"
        )
    ),
    {"title": yeh_kaf(PARK), "published": None},
)
# -- near miss: a blog post's own date line over its visit counter, under its headline --------
case(
    "blog-post-own-date-over-visit-counter-neg",
    "text",
    f"{PARK}\n\nارسال شده در {DAY} ساعت ۱۰:۴۰\nتعداد بازدید: ۳۵\n\n{PARK_BODY}",
    {"title": PARK, "published": "2024-01-02T10:40+03:30"},
)

# == fix154: a blog's name printed three times over the post's title twice =====================
BLOG = "یادداشت های یک معلم روستا"
NOTE = "اردوی علمی دانش‌آموزان"
NOTE_BODY = (
    "هفته گذشته دانش‌آموزان کلاس ششم را به اردوی یک روزه در رصدخانه دانشگاه بردیم و آن‌ها برای "
    "نخستین بار ماه و مشتری را با تلسکوپ دیدند.\n\n"
    "بچه‌ها تا ساعت‌ها پس از بازگشت درباره حلقه‌ها و قمرهای سیاره‌ها سؤال می‌پرسیدند.\n"
)
# A university-hosted blog with ZWNJ missing: the name thrice (header, title bar, sidebar).
case(
    "uni-blog-no-zwnj-name-thrice-title-twice-pos",
    "text",
    no_zwnj(f"{BLOG}\n{BLOG}\n\n{BLOG}\n\n{NOTE}\n\n{NOTE}\n\n{DAY}\n\n{NOTE_BODY}"),
    {"title": no_zwnj(NOTE)},
)
# -- near miss: a poem line quoted three times inside a post's body ---------------------------
POEM_HEAD = "شبی با شعرهای شهریار در کتابخانه مدرسه"
VERSE = "آمدی جانم به قربانت ولی حالا چرا"
case(
    "blog-post-verse-quoted-three-times-in-body-neg",
    "text",
    f"{POEM_HEAD}\n\n{DAY}\n\nدیشب در کتابخانه مدرسه شب شعر داشتیم و هر کس بیتی از شهریار "
    f"خواند.\n\n{VERSE}\n\nیکی از بچه‌ها این مصرع را چند بار تکرار کرد:\n\n{VERSE}\n\n"
    f"و همه با هم خواندیم:\n\n{VERSE}\n\nشب خوبی بود و قرار شد ماه آینده دوباره جمع شویم.\n",
    {"title": POEM_HEAD, "published": "2024-01-02"},
)

# == fix154: a section's line between the code label and the views counter ====================
MINE = "استخراج سنگ آهن از معدن تازه استان آغاز شد"
MINE_BODY = (
    "به گزارش خبرنگار ما، نخستین محموله سنگ آهن از معدن تازه استان امروز بارگیری شد و مدیر "
    "شرکت معدنی گفت تولید سالانه این معدن به یک میلیون تن می‌رسد.\n\n"
    "او افزود: دویست نفر از جوانان روستاهای اطراف در این معدن به کار گرفته شده‌اند.\n"
)
# An agency's HTML table: each header field in its own <td>.
case(
    "agency-html-td-section-between-code-and-counter-pos",
    "html",
    html(
        f"<table><tr><td><h2>{MINE}</h2></td></tr><tr><td>{DAY} - ۰۹:۱۵</td></tr>"
        "<tr><td>کد خبر: ۵۸۲۱</td></tr><tr><td>معدن و صنایع معدنی</td></tr>"
        "<tr><td>تعداد بازدید: ۴۳۰</td></tr></table>" + paras(MINE_BODY)
    ),
    {"title": MINE, "number": num("5821"), "published": "2024-01-02T09:15+03:30"},
)

# == fix154: a mailing list's subject under a date header ======================================
CLINIC = "درمانگاه شبانه‌روزی روستای کلاته به بهره‌برداری رسید"
CLINIC_BODY = (
    "خبرگزاری نمونه - مدیر شبکه بهداشت شهرستان گفت درمانگاه شبانه‌روزی روستای کلاته با دو "
    "پزشک و یک آمبولانس از این هفته به هفت روستای اطراف خدمت می‌دهد.\n\n"
    "او افزود ساخت این درمانگاه با کمک خیران روستا دو سال طول کشید.\n"
)
# A Google Groups archive through html2text.
case(
    "markdown-group-archive-date-over-list-subject-pos",
    "text",
    f"**Tuesday, January 2, 2024**\n\n[Salamat-News] سلامت نیوز : خبرنامه - {CLINIC}\n\n"
    f"## {CLINIC}\n\n{CLINIC_BODY}",
    {"title": CLINIC, "published": "2024-01-02"},
)

# == fix155: a long headline over a verb-ending subtitle over the date line ===================
CONF = "برگزاری نخستین همایش ملی مدیریت منابع آب در مناطق خشک با حضور استادان دانشگاه‌های کشور"
CONF_SUB = "پژوهشگران راهکارهای کاهش مصرف آب کشاورزی را بررسی کردند"
CONF_BODY = (
    "نخستین همایش ملی مدیریت منابع آب در مناطق خشک امروز در تالار اصلی دانشگاه برگزار شد و "
    "بیش از صد مقاله در آن ارائه شد.\n\n"
    "دبیر علمی همایش گفت: مقاله‌های برگزیده در شماره ویژه مجله دانشگاه چاپ می‌شوند.\n"
)
# A university's news page (HTML <li> header), Arabic yeh and kaf.
case(
    "uni-html-li-long-headline-over-verb-subtitle-pos",
    "html",
    html(
        yeh_kaf(
            f"<ul><li>{CONF}</li><li>{CONF_SUB}</li><li>{DAY} - ۱۱:۰۵</li></ul>" + paras(CONF_BODY)
        )
    ),
    {"title": (yeh_kaf(CONF), "WARN")},
)
# -- near miss: a real long headline ending with its verb over a short subtitle ---------------
LONG_HEAD = "شورای شهر بودجه سال آینده شهرداری را پس از سه جلسه بحث و بررسی با اکثریت آرا تصویب کرد"
case(
    "agency-long-verb-headline-over-short-subtitle-neg",
    "text",
    f"{LONG_HEAD}\n\nسهم حمل و نقل عمومی بیشتر شد\n\n{DAY} - ۱۱:۰۵\n\nشورای شهر در نشست "
    "امروز بودجه سال آینده شهرداری را با دوازده رای موافق تصویب کرد و سهم خرید اتوبوس و "
    "توسعه مترو در آن نسبت به امسال بیشتر شد.\n\nرئیس شورا گفت بودجه برای تأیید نهایی به "
    "فرمانداری فرستاده می‌شود.\n",
    {"title": LONG_HEAD + "!"},
)

# == fix155: a headline glued to a short relay lead ===========================================
LAB = "راه‌اندازی آزمایشگاه مرکزی دانشکده کشاورزی با حضور رئیس دانشگاه"
LAB_REST = (
    "\n\nاین آزمایشگاه دستگاه‌های تازه‌ای برای سنجش خاک و آب دارد و به پژوهشگران بیرون از "
    "دانشگاه نیز خدمت می‌دهد.\n\nهزینه تجهیز آن از محل اعتبارات پژوهشی تأمین شده است.\n"
)
# A university print view in Arabic yeh and kaf.
case(
    "uni-print-yeh-kaf-headline-glued-to-short-relay-pos",
    "text",
    yeh_kaf(f"{LAB}به گزارش روابط عمومی دانشگاه، آزمایشگاه افتتاح شد.{LAB_REST}"),
    {"title": yeh_kaf(LAB)},
)

# == fix155: a bracketed two-digit-year day with a weekday or a time ==========================
FLOOD = "آبگرفتگی معابر شهر پس از بارش شدید باران"
FLOOD_BODY = (
    "بارش شدید باران عصر دیروز چند خیابان مرکز شهر را فرا گرفت و ماموران شهرداری تا نیمه شب "
    "برای باز کردن آبراهه‌ها کار کردند . گزارشی از خسارت جانی نرسیده است .\n"
)
# An old municipal site's HTML table, Persian digits.
case(
    "old-site-html-td-bracketed-weekday-day-persian-digits-pos",
    "html",
    html(
        f"<table><tr><td>{FLOOD}   (جمعه ۲۵/۳/۸۶)</td></tr><tr><td>{FLOOD_BODY}</td></tr></table>"
    ),
    {"title": FLOOD, "published": "2007-06-15"},
    url="http://www.example.ir/akhbar/khordad86/kh25.htm",
)
# The same with a time, Arabic-Indic digits, as text.
case(
    "old-site-text-bracketed-day-time-arabic-digits-pos",
    "text",
    arabic_digits(f"بازگشت\n\n{FLOOD}   (۲۵/۳/۸۶ ۱۸:۴۵)\n\n{FLOOD_BODY}\nبازگشت\n"),
    {"title": FLOOD, "published": "2007-06-15T18:45+03:30"},
    url="http://www.example.ir/akhbar/khordad86/kh26.htm",
)
# -- near miss: a real bracketed date (the exam's day) ending a headline, the item's own date
# line under it
EXAM = "زمان برگزاری آزمون جامع دکتری اعلام شد (۱۴۰۲/۱۰/۱۲)"
case(
    "uni-headline-ending-with-exam-date-in-brackets-neg",
    "text",
    f"{EXAM}\n\nتاریخ انتشار: ۵ دی ۱۴۰۲\n\nمعاونت آموزشی دانشگاه اعلام کرد آزمون جامع "
    "دانشجویان دکتری در روز سه‌شنبه دوازدهم دی ماه در ساختمان مرکزی برگزار می‌شود.\n\n"
    "دانشجویان باید کارت ورود به جلسه را از سامانه آموزشی دریافت کنند.\n",
    {"title": (EXAM, EXAM.rsplit(" (", 1)[0]), "published": "2023-12-26"},
)

# == fix156: .: NAME :. frames =================================================================
FEST = "جشنواره فیلم کوتاه دانشجویی"
FEST_SUB = "دانشجویان سینما بیست فیلم کوتاه را به داوران سپردند"
FEST_BODY = (
    "دبیرخانه جشنواره فیلم کوتاه دانشجویی اعلام کرد بیست فیلم از دانشکده‌های سینمایی کشور به "
    "بخش مسابقه راه یافته‌اند و داوری آن‌ها از هفته آینده آغاز می‌شود.\n\n"
    "آیین پایانی جشنواره در پردیس هنرهای زیبا برگزار خواهد شد.\n"
)
# A blog's framed headline right over its subtitle, Markdown, ZWNJ missing.
case(
    "blog-markdown-no-zwnj-framed-headline-over-subtitle-pos",
    "text",
    no_zwnj(f"**.: {FEST} :.**\n{FEST_SUB}\n{DAY}\n\n{FEST_BODY}"),
    {"title": (no_zwnj(FEST), "WARN")},
)
# -- near miss: a site's two-word frame, a blank line, then the headline ---------------------
case(
    "uni-site-frame-two-words-blank-line-neg",
    "text",
    f".: دانشکده هنر :.\n\n{FEST_SUB}\n{DAY}\n\n{FEST_BODY}",
    {"title": FEST_SUB},
)

# == fix156: function words in a ?paged=N slug =================================================
case(
    "blog-category-slug-with-function-word-paged-3-pos",
    "text",
    f"{FEST_SUB}\n{DAY}\n\n{FEST_BODY}",
    {"title": "WARN"},
    url="https://cinema.example.ir/category/film-va-honar-daneshjoo/?paged=3",
)
case(
    "blog-post-slug-with-function-words-paged-2-neg",
    "text",
    f"{FEST_SUB}\n{DAY}\n\n{FEST_BODY}",
    {"title": FEST_SUB + "!"},
    url="https://cinema.example.ir/1402/10/bist-film-koutah-be-davaran-sepordand/?paged=2",
)

# == fix156: a plural two-word label over one paragraph; a real plural headline ================
TRIP = (
    "ساعت شش صبح از ترمینال غرب راه افتادیم و تا ظهر به دامنه کوه رسیدیم و راهنمای گروه ما را از "
    "کنار رودخانه تا روستای بالا برد و آنجا با اهالی چای خوردیم و از باغ‌های گردو دیدن کردیم و "
    "عصر که هوا سرد شد به چادرها برگشتیم و تا دیروقت کنار آتش از سفرهای گذشته گفتیم و خندیدیم.\n"
)
case(
    "blog-markdown-plural-label-over-one-paragraph-pos",
    "text",
    f"## یادداشت‌های کوهستان\n\n{TRIP}",
    {"title": "WARN"},
)
WINTER = "تعطیلی‌های زمستانی"
case(
    "agency-two-word-plural-headline-over-dated-article-neg",
    "text",
    f"{WINTER}\n\n{DAY} - ۰۸:۳۰\n\nاستانداری اعلام کرد مدارس و ادارات استان به دلیل برودت هوا "
    "و کمبود گاز فردا تعطیل هستند و بانک‌ها فقط با کشیک کار می‌کنند.\n\n"
    "ستاد مدیریت بحران استان درباره روزهای بعد فردا تصمیم می‌گیرد.\n",
    {"title": WINTER + "!"},
)

# == fix156: a short headline over a body hard-wrapped into three blocks ======================
case(
    "print-view-yeh-kaf-short-headline-over-three-wrapped-blocks-pos",
    "text",
    yeh_kaf(
        "سفر به روستای ابیانه\n\nصبح زود با اتوبوس از کاشان راه افتادیم و پس از یک ساعت به\n\n"
        "روستا رسیدیم. خانه‌های سرخ و کوچه‌های باریک آن در آفتاب صبح رنگ دیگری داشت و\n\n"
        "پیرزن‌ها با چارقدهای گلدار جلوی در خانه‌ها نشسته بودند و سیب خشک می‌فروختند.\n"
    ),
    {"title": yeh_kaf("سفر به روستای ابیانه")},
)

# == fix157: Dari words inside «...»; an Afghan page quoting its own ministry ==================
KABUL = "2022-12-07T10:20+04:30"
TEHRAN = "2022-12-07T10:20+03:30"
AZAR = "۱۴۰۱/۹/۱۶ - ۱۰:۲۰"
# An Afghan agency's page (HTML <time>) quoting its own ministry's name, its own sentences in
# Dari («منسوبین», «به حیث», «در چوکات», «اشتراک»).
AF_HEAD = "آغاز دور تازه آموزش معلمان در ولایت بلخ"
case(
    "af-agency-html-quoting-own-ministry-neg",
    "html",
    html(
        f"<h1>{AF_HEAD}</h1><time>{AZAR}</time>"
        + paras(
            "دور تازه آموزش معلمان به همکاری «وزارت معارف افغانستان» در ولایت بلخ آغاز شد و "
            "منسوبین ریاست معارف در آن اشتراک کرده‌اند.\n\n"
            "مسئولان گفتند معلمان پس از ختم دوره به حیث مربی در چوکات برنامه‌های ولسوالی‌ها کار "
            "خواهند کرد.\n"
        )
    ),
    {"title": AF_HEAD, "published": KABUL},
)

# == fix157: « / LABEL:» with a date or ID label; a quote after « / » ==========================
BRIDGE = "پل عابر پیاده میدان امام بازگشایی شد"
BRIDGE_BODY = (
    "پل عابر پیاده میدان امام پس از دو ماه تعمیر امروز بازگشایی شد و پله برقی آن نیز دوباره به "
    "کار افتاد.\n\nمعاون عمرانی شهرداری گفت دو پل دیگر تا پایان سال تعمیر می‌شوند.\n"
)
QUOTE = "پایان تعمیر پل میدان امام / سخنگو: دو پل دیگر تا اسفند آماده می‌شوند"
case(
    "agency-headline-slash-spokesman-quote-neg",
    "text",
    f"{QUOTE}\n{DAY}\n\n{BRIDGE_BODY}",
    {"title": QUOTE, "published": "2024-01-02"},
)

# == fix157: /story/N-slug listicle ===========================================================
TIPS = "۷ راه ساده برای کم کردن مصرف گاز در روزهای سرد"
case(
    "blog-story-listicle-count-persian-digit-headline-pos",
    "text",
    f"{TIPS}\n\n{DAY}\n\nدر روزهای سرد مصرف گاز خانه‌ها بالا می‌رود و با چند کار ساده می‌توان "
    "از قطعی گاز و قبض سنگین جلوگیری کرد.\n\nبستن درزهای پنجره یکی از این کارهاست.\n",
    {"title": TIPS, "number": None},
    url="https://blog.example.ir/story/7-راه-ساده-برای-کم-کردن-مصرف-گاز-در-روزهای-سرد",
)

# == fix157: a unit's signature under the date line ===========================================
case(
    "uni-html-time-unit-signature-under-date-pos",
    "html",
    html(f"<h2>{CONF_SUB}</h2><time>{DAY}</time><p>دبیرخانه همایش ملی آب</p>" + paras(CONF_BODY)),
    {"title": CONF_SUB},
)

# == fix158: a spaced clock whose fields are both hours; a real 16:40 ==========================
case(
    "agency-spaced-clock-both-hours-pos",
    "text",
    f"خبرگزاری نمونه\nکد خبر: ۲۲۱۹\nتاریخ انتشار: ۱۷ : ۰۵ - {DAY}\n\n{BRIDGE}\n\n{BRIDGE_BODY}",
    {
        "published": ("2024-01-02T17:05+03:30", "2024-01-02T05:17+03:30"),
        "code": "time-order-uncertain",
    },
)
case(
    "agency-spaced-clock-16-40-one-reading-neg",
    "text",
    f"خبرگزاری نمونه\nکد خبر: ۲۲۱۹\nتاریخ انتشار: ۱۶ : ۴۰ - {DAY}\n\n{BRIDGE}\n\n{BRIDGE_BODY}",
    {"published": "2024-01-02T16:40+03:30", "nocode": "time-order-uncertain"},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
