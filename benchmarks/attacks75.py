"""Seventy-fifth round of attacks: the rules merged last session that attack74 did not try, or
tried in one shape only. fix245 (a glued ``عنوان`` that continues as a word,
``vocab.TITLE_WORD_CONTINUATIONS``; ``امروز``/``имрӯз``/``сегодня (DATE)`` after a comparison word
or ``در چنین روزی``, an anniversary), the lead's mends (``_title._item_under_lead_in`` read once
per list: Markdown bullets, a bold lead-in, two lists, a restarting list, a lead-in far above;
``_listing._headed_posts`` in one pass: posts with and without headings, minutes interleaved),
speed46's ``may_name_date_word`` prefilter and ``_patterns.DOCUMENT_DATE_LABEL_TEXT`` (a
document-date label with kashida, Arabic yeh, a kasra, presentation forms), and fix239-fix244 in
shapes attack74 did not use (a follow line in Markdown and in an HTML ``<p>``, ``| نظر بدهید``
in a month archive, DNN rows in an HTML table, ``اخبار ... :`` in an ``<h1>``, a served-day
footer in Persian digits with its weekday, ``url-date-mismatch`` between a Jalali path and a
Gregorian meta date), and two rules on one page. 31 inputs: 24 positives, 7 near misses
(``-neg``).

No fix is made for this round (docs/reliability.md, "Attacks, seventy-fifth round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand (jdatetime): 18 Azar 1402 = 2023-12-09 (a Saturday); 18 Azar
1403 = 2024-12-08 (a Sunday); 18 Azar 1401 = 2022-12-09; 18 Azar 1357 = 1978-12-09; 18 Azar 1302
= 1923-12-10; 18 Dey 1402 = 2024-01-08 (a Monday, 30 days after 18 Azar 1402).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks75.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. "WARN" means no title or a doubted one; «code»/«nocode» a warning code wanted or
not wanted; «same» the instant the given line is. The article sentences, headlines and names
are ours.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    collector,
    html,
    paras,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

TEH = "2023-12-09T10:20:00+03:30"
DAY = "2023-12-09"
DATE_LINE = "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰"
DAM = "سد مخزنی شهرستان پس از بارش های پاییزی به نیمه ظرفیت رسید"
DAM_BODY = (
    "مدیر امور آب شهرستان گفت که با بارش های دو هفته گذشته حجم آب پشت سد به نیمه ظرفیت "
    "رسیده و نگرانی کشاورزان برای کشت پاییزه کمتر شده است.\n\n"
    "وی افزود که رهاسازی آب برای آبیاری زمین های پایین دست از هفته آینده آغاز می شود.\n"
)
POEM = "شعر باران در کلاس"
POEM_BODY = (
    "امروز برای کلاس دوم دبستان شعری درباره باران خواندیم و بچه ها با هم آن را تکرار کردند "
    "و بعد هر کدام یک نقاشی از ابر و باران کشیدند.\n\n"
    "نقاشی ها را روی دیوار کلاس چسباندیم تا پدر و مادرها روز جلسه آنها را ببینند.\n"
)


def page(*head: str, body: str) -> str:
    return "\n\n".join(head) + "\n\n" + body


# == fix245: a glued «عنوان» that continues as a word ===========================================
DNN_BODY = (
    "نمایشگاه دستاوردهای پژوهشی وزارتخانه از روز شنبه به مدت پنج روز در سالن همایش ها برپا "
    "است و بازدید برای عموم مردم از ساعت نه صبح تا چهار بعدازظهر آزاد است.\n\n"
    "دانش آموزان مدارس نیز می توانند با هماهنگی قبلی به صورت گروهی از نمایشگاه بازدید کنند.\n"
)


def dnn(title_row: str, date_row: str) -> str:
    return f"شنبه ، 18 آذر ، 1402\nاخبار وزارتخانه\n{title_row}\n{date_row}\nتوضیحات\n\n{DNN_BODY}"


# -- near miss: «عنوانداری» (holding the title) without its ZWNJ: one word, not the label.
TITLE_HOLD = "عنوانداری تیم بسکتبال بانوان استان در لیگ برتر به خطر افتاد"
case(
    "sport-dnn-headline-opening-onvandari-no-zwnj-neg",
    "text",
    dnn(TITLE_HOLD, "تاریخ۱۴۰۲/۰۹/۱۸"),
    {"title": TITLE_HOLD, "published": DAY},
)
# A health network's DNN record: the label glued to a headline whose first word opens with
# «دار» (داروهای), not a continuation: cut.
DRUG = "داروهای کمیاب بیماران خاص در داروخانه های منتخب استان توزیع شد"
case(
    "health-dnn-glued-label-headline-opening-daru-pos",
    "text",
    dnn("عنوان" + DRUG, "تاریخ۱۴۰۲/۰۹/۱۸"),
    {"title": DRUG, "published": DAY},
)
# The same module saved as HTML: each glued row a table row of its own.
case(
    "ministry-dnn-glued-rows-html-table-pos",
    "html",
    html(
        "<p>شنبه ، 18 آذر ، 1402</p><p>اخبار وزارتخانه</p><table>"
        f"<tr><td>عنوان{DRUG}</td></tr><tr><td>تاریخ1402/09/18</td></tr>"
        "<tr><td>توضیحات</td></tr></table>" + paras(DNN_BODY)
    ),
    {"title": DRUG, "published": DAY},
)

# == fix245: «today (DATE)» after a comparison word or «در چنین روزی» ===========================
ANNIV_HEAD = "سالروز گشایش نخستین دبستان دخترانه شهر"
# A comparison word not in the list («شبیه», like): a century-old day, no publication.
case(
    "history-column-shabih-emruz-century-ago-pos",
    "text",
    f"{ANNIV_HEAD}\n\nصد سال پیش در روزی شبیه امروز (۱۸ آذر ۱۳۰۲) نخستین دبستان دخترانه شهر "
    "با سی شاگرد در خانه ای اجاره ای گشایش یافت و آموزگاران آن از پایتخت آمده بودند.\n",
    {"published": None},
)
# «مثل امروز (DATE)» under the page's own date line: the date line stands.
case(
    "calendar-page-mesl-emruz-under-date-line-pos",
    "text",
    page(
        ANNIV_HEAD,
        DATE_LINE,
        body="درست مثل امروز (۱۸ آذر ۱۳۵۷) مردم شهر در میدان اصلی گرد آمدند و این روز در "
        "تاریخ شهر ماند.\n",
    ),
    {"published": TEH},
)
# Russian «как сегодня (DATE)», a century ago: no publication.
case(
    "russian-kak-segodnya-anniversary-pos",
    "text",
    "Сто лет школе\n\nРовно сто лет назад, в такой же день как сегодня (10.12.1923), в "
    "городе открылась первая школа для девочек, в которой учились тридцать учениц.\n",
    {"published": None},
)
# «در چنین روزی» earlier in the sentence, contrasted: «today (DATE)» is the writer's day.
case(
    "dam-report-anniversary-phrase-then-contrast-today-pos",
    "text",
    f"{DAM}\n\nدر چنین روزی از سال گذشته سد خالی بود و امروز (۱۸ آذر ۱۴۰۲) به نیمه ظرفیت "
    "رسیده است و کشاورزان برای کشت پاییزه آماده می شوند.\n",
    {"published": DAY},
)
# -- near miss: «چون» meaning «because» before «امروز (DATE)»: the writer's day (real69's rule).
case(
    "school-notice-chon-because-before-emruz-neg",
    "text",
    "تعطیلی کلاس های دانشگاه\n\nکلاس های دانشکده تعطیل است چون امروز (۱۸ آذر ۱۴۰۲) "
    "دانشجویان در مراسم روز دانشجو شرکت می کنند و استادان هم در مراسم هستند.\n",
    {"published": DAY},
)
# -- near miss: «مثل هر سال، امروز (DATE)» (as every year, today): the comparison word not right
# before «today»: the writer's day.
case(
    "festival-news-mesl-har-sal-then-emruz-neg",
    "text",
    "جشنواره انار روستا\n\nمثل هر سال، امروز (۱۸ آذر ۱۴۰۲) جشنواره انار در میدان روستا "
    "برپا شد و باغداران محصول خود را به بازدیدکنندگان فروختند.\n",
    {"published": DAY},
)

# == _title._item_under_lead_in: lists read once ================================================
KETTLE_LEAD = "برای خرید کتری برقی به نکات زیر توجه کنید:"
KETTLE_ITEMS = (
    "بدنه کتری از استیل ضد زنگ باشد.",
    "دسته هنگام جوشیدن آب داغ نشود.",
    "کلید خاموشی خودکار داشته باشد.",
)
KETTLE_TAIL = "\nبرای دیدن همه مدل ها به فروشگاه سر بزنید و با کارشناسان ما مشورت کنید.\n"
# Markdown «- » bullets under the colon line, no headline.
case(
    "md-shop-colon-line-over-hyphen-bullets-pos",
    "text",
    KETTLE_LEAD + "\n\n" + "".join(f"- {item}\n" for item in KETTLE_ITEMS) + KETTLE_TAIL,
    {"title": "WARN"},
)
# A bold Markdown lead-in over «1. » items.
case(
    "md-shop-bold-lead-in-numbered-items-pos",
    "text",
    f"**{KETTLE_LEAD}**\n\n"
    + "".join(f"{n}. {item}\n" for n, item in enumerate(KETTLE_ITEMS, 1))
    + KETTLE_TAIL,
    {"title": "WARN"},
)
# Two lists under one headline: the first under a colon, the second under a heading.
REG = "ثبت نام کلاس های تابستانی فرهنگسرای محله آغاز شد"
case(
    "news-headline-over-two-lists-pos",
    "text",
    f"{REG}\n{DATE_LINE}\n\n"
    "فرهنگسرای محله ثبت نام کلاس های تابستانی کودکان و نوجوانان را از امروز آغاز کرده است و "
    "کلاس ها از اول تیر برگزار می شود.\n\nکلاس های این دوره:\n"
    "• خوشنویسی\n• نقاشی\n• شطرنج\n\nمدارک لازم\n"
    "• یک قطعه عکس\n• کپی شناسنامه\n",
    {"title": REG, "published": TEH},
)
# A numbered list that restarts after a rule line of dashes, no headline.
case(
    "rules-page-restarting-list-dash-separator-pos",
    "text",
    "شرایط شرکت در مسابقه کتابخوانی:\n\n"
    "۱- شرکت کنندگان باید عضو کتابخانه باشند.\n۲- هر نفر فقط یک پاسخنامه بفرستد.\n"
    "-----\n۱- پاسخ ها تا پایان ماه دریافت می شود.\n۲- نتیجه در سایت کتابخانه اعلام می شود.\n\n"
    "برای پرسش های بیشتر با روابط عمومی کتابخانه تماس بگیرید.\n",
    {"title": "WARN"},
)
# Twelve bullets, rule lines of stars between them, the lead-in far above the last.
case(
    "guide-lead-in-far-above-twelve-bullets-pos",
    "text",
    "فهرست وسایل لازم برای اردوی دانش آموزی:\n\n"
    + "* * *\n".join(
        f"◾ {thing} همراه داشته باشید\n"
        for thing in (
            "کیسه خواب",
            "چراغ قوه",
            "بطری آب",
            "کلاه آفتابی",
            "کفش راحت",
            "لباس گرم",
            "داروهای شخصی",
            "دفترچه یادداشت",
            "کارت شناسایی",
            "ظرف غذا",
            "حوله کوچک",
            "کیف کمری",
        )
    )
    + "\nهزینه اردو تا پایان هفته به دفتر مدرسه پرداخت شود و رسید آن نگه داشته شود.\n",
    {"title": "WARN"},
)
# -- near miss: a colon line over ONE bullet (a list needs two): the bullet is the headline.
case(
    "front-page-top-story-label-one-bullet-neg",
    "text",
    f"تیتر یک:\n• {DAM}\n{DATE_LINE}\n\n{DAM_BODY}",
    {"title": DAM, "published": TEH},
)

# == _listing._headed_posts in one pass; fix239's «| نظر بدهید» =================================
SAME = "+ نوشته شده در  شنبه ۱۸ آذر ۱۴۰۲ساعت ۱۰:۲۰  توسط مریم\n"
# A Blogfa home page: three posts signed the same minute, the second with no heading.
case(
    "blog-home-same-minute-second-post-without-heading-pos",
    "text",
    f"کلاس دوم ما\n\n{POEM}\n\n{POEM_BODY}\n{SAME}\n"
    "امروز در کلاس درباره جلسه اولیا صحبت کردیم و قرار شد بچه ها کارت دعوت را خودشان برای "
    "پدر و مادرها بنویسند و نقاشی کنند.\n" + SAME + "\n"
    "اردوی پاییزی\n\nاردوی پاییزی کلاس به باغ گیاه شناسی شهر خواهد بود و بچه ها از گیاهان "
    "عکس می گیرند.\n" + SAME,
    {"title": "WARN", "published": None},
    url="http://kelasdovom.blogfa.com/",
)
# A month archive of four posts, minutes interleaved, each signature closed by «| نظر بدهید».
NAZAR_1020 = "+ نوشته شده توسط مریم در شنبه هجدهم آذر ۱۴۰۲ و ساعت ۱۰:۲۰ ق.ظ | نظر بدهید\n"
NAZAR_1105 = "+ نوشته شده توسط مریم در شنبه هجدهم آذر ۱۴۰۲ و ساعت ۱۱:۰۵ ق.ظ | نظر بدهید\n"
case(
    "blog-month-archive-interleaved-minutes-nazar-bedahid-pos",
    "text",
    f"کلاس دوم ما\n\n{POEM}\n\n{POEM_BODY}\n{NAZAR_1020}\n"
    "جلسه اولیا\n\nجلسه اولیا روز پنجشنبه در کتابخانه مدرسه برگزار می شود و همه دعوتند.\n"
    + NAZAR_1105
    + "\nاردوی پاییزی\n\nاردوی پاییزی کلاس به باغ گیاه شناسی شهر خواهد بود.\n"
    + NAZAR_1020
    + "\nکتابخانه کلاس\n\nبچه ها هر کدام یک کتاب به کتابخانه کلاس هدیه دادند.\n"
    + NAZAR_1105,
    {"title": "WARN", "published": None},
    url="http://kelasdovom.blogfa.com/1402/09",
)
# -- near miss: one post whose template prints its signature above and under it: one post.
case(
    "blog-post-signature-printed-above-and-below-neg",
    "text",
    f"کلاس دوم ما\n\n{POEM}\n{SAME}\n{POEM_BODY}\n{SAME}",
    {"title": POEM, "published": TEH},
    url="http://kelasdovom.blogfa.com/post/88",
)

# == speed46's may_name_date_word; DOCUMENT_DATE_LABEL_TEXT ======================================
CIRC_BODY = (
    "سازمان امور مالیاتی بخشنامه تازه ای درباره پذیرش اظهارنامه های دیرهنگام برای اجرا به "
    "ادارات کل فرستاد و مهلت آن را تا پایان ماه تمدید کرد.\n\n"
    "به گفته معاون سازمان، مودیانی که تا پایان ماه اظهارنامه بدهند جریمه نمی شوند.\n"
)
CIRC_HEAD = "مهلت پذیرش اظهارنامه های دیرهنگام تا پایان ماه تمدید شد"
# The circular's label with a kashida inside «تاریخ» and Arabic yeh, beside the page's label.
case(
    "tax-news-circular-label-kashida-beside-publication-pos",
    "text",
    f"{CIRC_HEAD}\nتاریخ انتشار : ۱۸ آذر ۱۴۰۲\n\n"
    "تاريـــخ بخشنامه : ۱۴۰۰/۰۵/۰۲\nشماره بخشنامه : 88-204117\n\n" + CIRC_BODY,
    {"title": CIRC_HEAD, "published": DAY},
)
# The circular's label with a kasra and no colon, alone in a meta list: no publication.
case(
    "tax-site-circular-label-kasra-no-colon-alone-pos",
    "text",
    "-\nوضعیت : معتبر است\n-\nتاریخِ ابلاغیه ۱۴۰۰/۰۵/۰۲\n-\nشماره ابلاغیه : 88-204117\n\n"
    + CIRC_BODY,
    {"published": None},
    url="https://sample-tax.ir/88-204117",
)
# The circular's label in Arabic presentation forms beside the page's label: the page's day.
case(
    "tax-news-circular-label-presentation-forms-pos",
    "text",
    f"{CIRC_HEAD}\nتاریخ انتشار : ۱۸ آذر ۱۴۰۲\n\nﺗﺎﺭﻳﺦ ﺑﺨﺸﻨﺎﻣﻪ : ۱۴۰۰/۰۵/۰۲\n\n" + CIRC_BODY,
    {"published": DAY},
)
# -- near miss: a headline opening with a document label's words, no date on it: the headline.
NOTICE_HEAD = "تاریخ ابلاغیه جدید معافیت مالیاتی کسبه اعلام شد"
case(
    "tax-news-headline-opening-tarikh-eblaghiye-neg",
    "text",
    page(NOTICE_HEAD, DATE_LINE, body=CIRC_BODY),
    {"title": NOTICE_HEAD, "published": TEH},
)

# == fix239-fix244 in new shapes =================================================================
FOLLOW = "دنبال کنید @shahrkhabar24 ایتا shahr_khabar خبرگزاری شهر را در تلگرام "
# The follow line glued before the headline in a Markdown «##» heading.
case(
    "md-agency-follow-line-glued-in-heading-pos",
    "text",
    f"## {FOLLOW}{DAM}\n\n{DATE_LINE}\n\n{DAM_BODY}",
    {"title": DAM, "published": TEH},
    url="https://shahrkhabar-example.ir/news/5522",
)
# The same glued into an HTML <p>, no heading element on the page.
case(
    "html-agency-follow-line-glued-in-paragraph-pos",
    "html",
    html(f"<p>{FOLLOW}{DAM}</p><p>{DATE_LINE}</p>" + paras(DAM_BODY)),
    {"title": DAM, "published": TEH},
)
# A section label in an <h1>, the slug spelling the headline.
SCHOOL = "برگزاری جشنواره علمی دانش آموزان دبیرستان های ناحیه دو"
SCHOOL_BODY = (
    "جشنواره علمی دانش آموزان دبیرستان های ناحیه دو با نمایش طرح های پژوهشی در سالن "
    "اجتماعات اداره آموزش و پرورش برگزار شد و داوران ده طرح برتر را برگزیدند.\n"
)
case(
    "html-section-label-in-h1-slug-pos",
    "html",
    html(f"<h1>اخبار اداره : {SCHOOL}</h1>" + paras(SCHOOL_BODY)),
    {"title": SCHOOL},
    url="https://nahiye2-example.ir/content/89/برگزاری-جشنواره-علمی-دانش-آموزان",
)
ZAF = "برداشت زعفران در روستاهای دشت آغاز شد"
ZAF_BODY = (
    "کشاورزان روستاهای دشت از صبح زود گل های زعفران را می چینند و زنان روستا کلاله ها را در "
    "خانه ها جدا می کنند.\n\nبه گفته دهیار، محصول امسال از سال گذشته بیشتر است.\n"
)
ZAF_URL = "https://zafaran-example.ir/1402/09/18/bardasht-zafaran/"
# A Jalali served-day footer, Persian digits and its weekday, a year after the path.
case(
    "zafaran-served-day-footer-persian-weekday-pos",
    "text",
    page(ZAF, body=ZAF_BODY) + "\nیکشنبه ۱۸ آذر ۱۴۰۳\n",
    {"title": ZAF, "published": DAY},
    url=ZAF_URL,
)
# The same footer, 30 days after the path (the threshold), a design credit under it.
case(
    "zafaran-served-day-footer-then-design-credit-pos",
    "text",
    page(ZAF, body=ZAF_BODY) + "\nدوشنبه ۱۸ دی ۱۴۰۲\nطراحی و پشتیبانی: شرکت نمونه\n",
    {"title": ZAF, "published": DAY},
    url=ZAF_URL,
)
# A Gregorian meta date a year from the Jalali path: the page's date kept, the mismatch said.
case(
    "html-meta-gregorian-year-from-jalali-path-pos",
    "html",
    (
        "<html><head><meta charset='utf-8'><meta property='article:published_time' "
        "content='2022-12-09T10:20:00+03:30'></head><body>"
        f"<h1>{ZAF}</h1>" + paras(ZAF_BODY) + "</body></html>"
    ).encode(),
    {"published": "2022-12-09", "code": "url-date-mismatch"},
    url=ZAF_URL,
)
# -- near miss: a UTC meta time past midnight in Tehran, one Gregorian day before: no mismatch.
case(
    "html-meta-utc-evening-path-next-day-neg",
    "html",
    (
        "<html><head><meta charset='utf-8'><meta property='article:published_time' "
        "content='2023-12-08T21:30:00+00:00'></head><body>"
        f"<h1>{ZAF}</h1>" + paras(ZAF_BODY) + "</body></html>"
    ).encode(),
    {"same": "2023-12-08T21:30:00+00:00", "nocode": "url-date-mismatch"},
    url=ZAF_URL,
)

# == two rules on one page =======================================================================
# A Blogfa post signed «| نظر بدهید», its text a colon line over bullets: the post's heading.
case(
    "blog-post-nazar-bedahid-and-bullets-under-colon-two-rules-pos",
    "text",
    yeh_kaf(
        f"کلاس دوم ما\n\n{POEM}\n\n{POEM_BODY}\nبرای جلسه بعد این وسایل را بیاورید:\n"
        "• مداد رنگی\n• کاغذ نقاشی\n• چسب\n\n"
        "+ نوشته شده توسط مریم در شنبه هجدهم آذر ۱۴۰۲ و ساعت ۱۰:۲۰ ق.ظ | نظر بدهید\n"
    ),
    {"title": (POEM, yeh_kaf(POEM)), "published": TEH},
    url="http://kelasdovom.blogfa.com/post/89",
)
# An anniversary lead at a date path with a copyright footer stamp a year later: the path's day.
case(
    "anniversary-lead-and-copyright-footer-at-path-two-rules-pos",
    "text",
    f"{ANNIV_HEAD}\n\nدر چنین روزی در سال ۱۳۵۷ مانند امروز (۱۸ آذر ۱۳۵۷) مردم شهر در میدان "
    "اصلی گرد آمدند و این روز در تاریخ شهر ماند.\n\n"
    "یکشنبه ۱۸ آذر ۱۴۰۳ | کلیه حقوق این سایت محفوظ است\n",
    {"published": DAY},
    url="https://shahr-example.ir/1402/09/18/salruz/",
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
