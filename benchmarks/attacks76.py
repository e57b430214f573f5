"""Seventy-sixth round of attacks: the rules merged last session (094c7e77..66f26678) that no
attack round has tried. fix246 (Joomla's Jalali alias ``<id>-1397-04-23-08-12-45.html``, the
Kowsarblog signature between a tool-link row and the comments-feed sentence, ParsiBlog's
``ارسال شده توسط NAME در DATE``, a page's name printed twice over a longer heading opening with
it), fix247 (``:::`` no menu label, ``/date/YYYY-MM-DD``, a headline run into ``به گزارش`` by two
spaces, ``/<slug>/NNNN/``, ``/news/NN-<alias>YY-M-DD.html``, a greeting line), fix248 (``© NAME``
and the lead's ``copyright_names`` prefilter with other copyright marks, the unlabelled Blogfa
footer, a masnavi, a poem's title its first verse repeats, the slug spelling one line, a date
over ``(0)`` counters), fix249 (a bare ``تاریخ :`` beside a bare ``شماره :``, Blogfa ``/?p=N``,
``NAME (QUALIFIER)`` twice), fix250 (a day archive's one cut excerpt, a line over a home
breadcrumb), fix251 (a lead-in ending with a colon over a list, a served-day stamp over footer
notices, ``نوشته شده توسط``), fix252 (Arabic meridiem after a clock, RLM/LRM beside a date's
slash, ``Amo``), fix254 (a date or an ID before its label with no colon), speed47's verdict memo
past EAGER_LINES (4,096 lines: a header block past it must give the short page's record), and
two rules on one page. 38 inputs: 31 positives, 7 near misses (``-neg``).

No fix is made for this round (docs/reliability.md, "Attacks, seventy-sixth round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand (jdatetime): 23 Tir 1397 = 2018-07-14; 25 Tir 1397 =
2018-07-16; 20 Mordad 1399 = 2020-08-10 (Tehran +04:30, summer); 15 Dey 1389 = 2011-01-05;
1 Mehr 1397 = 2018-09-23; 18 Azar 1402 = 2023-12-09 (a Saturday); 18 Azar 1403 = 2024-12-08;
7 Aban 1402 = 2023-10-29 (a Sunday); 18 Mordad 1402 = 2023-08-09; 1397 is no leap year
(Esfand has 29 days: 1397-12-30 is no day).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks76.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. "WARN" means no title or a doubted one; «code»/«nocode» a warning code wanted or
not wanted. The article sentences, headlines, poems and names are ours.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    collector,
    either,
    html,
    num,
    paras,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

TEH = "2023-12-09T10:20:00+03:30"
DAY = "2023-12-09"
DATE_LINE = "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰"
BRIDGE = "پل عابر پیاده خیابان اصلی پس از دو سال تعمیر بازگشایی شد"
BRIDGE_BODY = (
    "معاون عمرانی شهرداری گفت که تعمیر پل عابر پیاده خیابان اصلی با تعویض پله ها و نصب "
    "آسانسور برای سالمندان به پایان رسید و از امروز رفت و آمد روی آن آزاد است.\n\n"
    "وی افزود که پل های دیگر شهر نیز تا پایان سال بازبینی می شوند.\n"
)
REPORT = (
    "به گزارش روابط عمومی شهرداری، تعمیر پل عابر پیاده خیابان اصلی با تعویض پله ها و نصب "
    "آسانسور به پایان رسید و معاون عمرانی شهرداری گفت رفت و آمد روی آن از امروز آزاد است."
)


def page(*head: str, body: str = BRIDGE_BODY) -> str:
    return "\n\n".join(head) + "\n\n" + body


# == fix246: Joomla's Jalali alias ==============================================================
JOOMLA = "https://shahrdari-example.ir/index.php/اخبار/61-news/"
# Undated item under a category: the item's ID (not the category's 61) and the alias's day.
case(
    "joomla-jalali-alias-undated-item-pos",
    "text",
    f"{BRIDGE}\n\n{BRIDGE_BODY}",
    {"title": BRIDGE, "number": "9034", "published": "2018-07-14"},
    url=JOOMLA + "9034-1397-04-23-08-12-45.html",
)
# The alias names no day (Esfand 30 in a common year): the ID stands, no day.
case(
    "joomla-jalali-alias-impossible-day-pos",
    "text",
    f"{BRIDGE}\n\n{BRIDGE_BODY}",
    {"number": "9034", "published": None},
    url=JOOMLA + "9034-1397-12-30-08-12-45.html",
)
# -- near miss: the page prints its own day, two days after the alias's: the printed day.
case(
    "joomla-jalali-alias-page-prints-its-day-neg",
    "text",
    page(BRIDGE, "۲۵ تیر ۱۳۹۷"),
    {"number": "9034", "published": "2018-07-16"},
    url=JOOMLA + "9034-1397-04-23-08-12-45.html",
)

# == fix246: Kowsarblog's signature; ParsiBlog's «ارسال شده توسط» =================================
KOWSAR = (
    "نسخه قابل چاپ | ورود نوشته شده توسط زهرا کریمی در ۱۳۹۹/۰۵/۲۰ ساعت ۱۰:۲۵:۰۰ ق.ظ . "
    "دنبال کردن نظرات این نوشته از طریق RSS 2.0. |"
)
# Persian digits, Arabic yeh and kaf throughout.
case(
    "kowsarblog-signature-persian-digits-arabic-yeh-pos",
    "text",
    yeh_kaf(f"{BRIDGE}\n\n{BRIDGE_BODY}\n{KOWSAR}\n"),
    {"title": either(BRIDGE), "published": "2020-08-10T10:25:00+04:30"},
)
# ParsiBlog's signature with a two-digit year in a post under its headline: read, warned.
case(
    "parsiblog-sent-by-two-digit-year-morning-pos",
    "text",
    f"وبلاگ دفتر خاطرات\n\n{BRIDGE}\n\nارسال شده توسط مهدی صالحی در 89/10/15:: 9:40 صبح\n\n"
    + BRIDGE_BODY,
    {"published": "2011-01-05", "code": "two-digit-year"},
)
# A page's name printed twice around a breadcrumb, over a longer heading opening with it,
# the second print with a ZWNJ the first lacks.
case(
    "page-name-twice-zwnj-variant-over-longer-heading-pos",
    "text",
    "تاریخچه کتابخانه ها\n\n  • صفحات\n\nتاریخچه کتابخانه‌ها\n\n"
    "تاریخچه کتابخانه ها و کتابخوانی در شهرستان\n\n"
    "نخستین کتابخانه عمومی شهرستان در سال های پیش از انقلاب در اتاقی کوچک کنار مسجد جامع "
    "گشایش یافت و چند معلم کتاب های خود را به آن هدیه دادند. در سال های بعد کتابخانه به "
    "ساختمان تازه ای رفت و شمار اعضای آن به چند هزار نفر رسید.\n",
    {"title": ("تاریخچه کتابخانه ها", "تاریخچه کتابخانه‌ها")},
)

# == fix247 ======================================================================================
POEM = "شب آمد و ماه روشن شد\nستاره ها در آسمان\nنسیم از کوه می وزید\nو خواب آمد به چشمان\n"
# A line of ornament marks (U+06DE) between the headline and the poem: no menu label.
case(
    "poem-under-ornament-marks-line-pos",
    "text",
    f"شعری برای شب\n۞ ۞ ۞\n#شعر_کودک\n{POEM}",
    {"title": "شعری برای شب", "nocode": "listing-page"},
)
# A day archive by the date front, a Jalali dashed day: a list of posts.
case(
    "date-front-jalali-dashed-day-archive-pos",
    "text",
    "خبرنامه شهر\nبازگشایی پل:\n" + BRIDGE + "\n" + REPORT + "\n",
    {"title": "WARN", "published": None},
    url="https://khabarname-example.ir/date/1402-09-18",
)
# A headline run into its report by three spaces.
case(
    "headline-run-into-report-three-spaces-pos",
    "text",
    f"{BRIDGE}   {REPORT}\n",
    {"title": BRIDGE},
)
# -- near miss: a city's dateline run into the report by two spaces: no headline.
case(
    "city-dateline-two-spaces-before-report-neg",
    "text",
    f"اصفهان  {REPORT}\n",
    {"nottitle": "اصفهان", "title": "WARN"},
)
# The post's ID after a Persian slug, in Persian digits.
case(
    "post-id-persian-digits-after-persian-slug-pos",
    "text",
    page(BRIDGE, DATE_LINE),
    {"number": num("5168"), "published": TEH},
    url="https://pol-example.ir/بازگشایی-پل-عابر/۵۱۶۸/",
)
# -- near miss: a Jalali year after the slug is a year's folder, no ID.
case(
    "slug-then-jalali-year-folder-neg",
    "text",
    page(BRIDGE, DATE_LINE),
    {"number": None, "published": TEH},
    url="https://pol-example.ir/gozaresh-salane/1399/",
)
# The ID before a hand-written alias ending with a short Jalali day (one-digit day).
case(
    "news-id-alias-short-jalali-day-one-digit-pos",
    "text",
    "جشن آغاز سال تحصیلی\n\nجشن آغاز سال تحصیلی با حضور خانواده ها در حیاط مدرسه برگزار شد و "
    "دانش آموزان کلاس اول با گل و شیرینی به کلاس های خود رفتند.\n",
    {"number": "42", "published": "2018-09-23"},
    url="http://madrese-example.ir/news/42-jashn-mehr97-7-1.html",
)
# A greeting naming the readers with the ezafe and a comma, under a heading.
case(
    "greeting-colleagues-comma-under-heading-pos",
    "text",
    f"{POEM}پیام آغاز سال - دبیرستان فردوسی\nهمکاران گرامی، سلام\n{REPORT}\n",
    {"title": "پیام آغاز سال - دبیرستان فردوسی!"},
)

# == fix248: the blog's name by its copyright notice, other marks =================================
NAME = "دفتر سبز - یادداشت های روستا"
MOTTO = "کاش در دفتر روزگار سطری باشیم خواندنی، نه خطی کمرنگ و فراموش شدنی."
POST = "نخستین برف زمستان در روستا"
POST_BODY = (
    "صبح که از خواب بیدار شدیم همه جا سفید بود و بچه ها با دست های سرخ از سرما در کوچه آدم "
    "برفی می ساختند و مادربزرگ از پنجره نگاهشان می کرد.\n\n"
    "پدرم گفت سال هاست برفی به این زودی ندیده است و امسال کشاورزان خوشحال خواهند بود.\n"
)
FOOTER = "یکشنبه هفتم آبان ۱۴۰۲ 18:30 رضا کوهستانی"


def blog(copyright_line: str) -> str:
    return (
        f"{NAME}\n\n{NAME}\n\n{MOTTO}\n\n{POST}\n\n{POST_BODY}\n{FOOTER}\n\n"
        f"ابزار وبمستر\n\n{copyright_line}\n"
    )


BLOG_URL = "https://daftarsabz-example.blogfa.com/post/41"
# The notice with «(C)»: the blog's name, the post's title under the motto.
case(
    "blog-copyright-latin-capital-c-in-brackets-pos",
    "text",
    blog(f"(C) {NAME}"),
    {"title": POST, "published": "2023-10-29T18:30:00+03:30"},
    url=BLOG_URL,
)
# The circled «Ⓒ» (no Latin c on the line: the prefilter passes it over).
case(
    "blog-copyright-circled-c-pos",
    "text",
    blog(f"Ⓒ {NAME}"),
    {"title": POST},
    url=BLOG_URL,
)
# The Persian words «کپی رایت».
case(
    "blog-copyright-persian-words-pos",
    "text",
    blog(f"کپی رایت {NAME}"),
    {"title": POST},
    url=BLOG_URL,
)
# An unescaped «&copy;» left in a stored text.
case(
    "blog-copyright-html-entity-in-text-pos",
    "text",
    blog(f"&copy; {NAME}"),
    {"title": POST},
    url=BLOG_URL,
)
# -- near miss: the post's headline printed twice at the top, the notice naming the blog
# (printed nowhere else): a headline printed twice is the title, no blog's name.
case(
    "blog-headline-printed-twice-copyright-names-blog-neg",
    "text",
    f"{POST}\n\n{POST}\n\n{POST_BODY}\n{FOOTER}\n\nابزار وبمستر\n\n© {NAME}\n",
    {"title": POST, "published": "2023-10-29T18:30:00+03:30"},
    url=BLOG_URL,
)
# The blog saved as HTML: the notice's «&copy;» an entity in a footer element.
case(
    "html-blog-copyright-entity-in-footer-pos",
    "html",
    html(
        f"<p>{NAME}</p><p>{NAME}</p><p>{MOTTO}</p><p>{POST}</p>"
        + paras(POST_BODY)
        + f"<p>{FOOTER}</p><footer><p>&copy; {NAME}</p></footer>"
    ),
    {"title": POST},
    url=BLOG_URL,
)
# A masnavi printed one couplet a line, hemistichs set apart by «***», under a signature date.
case(
    "masnavi-couplet-lines-with-stars-no-title-pos",
    "text",
    "نویسنده : ; ساعت ۸:۱۰ ب.ظ روز ۱۴۰۲/۹/۱۸\n\n"
    "صبح که شد کوچه پر از نور شد *** غصه ی دیروز همه دور شد\n"
    "باد وزید از طرف کوهسار *** مژده رسانید ز فصل بهار\n"
    "چشمه به شوق آمد و آواز خواند *** بر لب هر سبزه نشان ها نشاند\n"
    "مرغ سحر بال زنان پر گشود *** قفل غم از سینه ی ما را ربود\n",
    {"title": "WARN", "published": DAY},
    url="http://sahar-example.persianblog.ir/post/52",
)
# A date over Persian-digit counters «(۰)» right over the headline: the item's date.
case(
    "portal-date-over-persian-digit-zero-counters-pos",
    "text",
    f"menusearch\nportal-example.ir\n۱۴۰۲/۹/۱۸ شنبه\n(۰)\n(۰)\n{BRIDGE}\n{BRIDGE}\n\n{BRIDGE_BODY}",
    {"title": BRIDGE, "published": DAY},
    url="http://portal-example.ir/pol-abir",
)

# == fix249 ======================================================================================
LETTER = (
    "آیین نامه بهداشت مدارس\n\n"
    "در ۹ مهر | مجموعه قوانین | توسط | دیدگاه بدون دیدگاه\n\n"
    "آیین نامه بهداشت مدارس\n"
    "شماره : ۳۴۵۶۷/ت/۲۲۱۰\n"
    "تاریخ : ۱۳۸۴/۰۷/۱۲\n"
    "وزارت آموزش و پرورش ـ وزارت بهداشت\n"
    "هیأت وزیران در جلسه خود آیین نامه بهداشت مدارس را به شرح زیر تصویب کرد و اجرای آن را "
    "به دستگاه های یاد شده ابلاغ نمود:\n\n"
    "ماده 1 ـ مدیر مدرسه مکلف است آب آشامیدنی سالم و سرویس های بهداشتی پاکیزه برای "
    "دانش آموزان فراهم کند و هر ماه آنها را بازبینی کند.\n"
)
# The letter's number and date in Persian digits, a slash-lettered code: the document's date.
case(
    "reprinted-letter-persian-digits-slash-code-pos",
    "text",
    LETTER,
    {"published": None, "title": "آیین نامه بهداشت مدارس"},
)
# Blogfa's front page by query, its third page of posts.
case(
    "blogfa-front-page-query-third-page-pos",
    "text",
    f"{NAME}\n\n{POST}\n\n{POST_BODY}\n{FOOTER}\n\nجلسه اولیا\n\nجلسه اولیا روز پنجشنبه "
    "در کتابخانه مدرسه برگزار می شود و همه دعوتند.\n\nیکشنبه ششم آبان ۱۴۰۲ 10:05 رضا کوهستانی\n",
    {"number": None, "title": "WARN"},
    url="https://daftarsabz-example.blogfa.com/?p=3",
)

# == fix250, fix251 ================================================================================
CUT = (
    "\nبازگشایی پل عابر پیاده خیابان اصلی پس از دو سال تعمیر\n"
    "معاون عمرانی شهرداری گفت که تعمیر پل عابر پیاده خیابان اصلی با تعویض پله ها و نصب "
    "آسانسور برای سالمندان و کم توانان به پایان رسید و از امروز رفت و آمد روی آن آزاد است و "
    "پل های دیگر شهر نیز تا پایان سال بازبینی خواهند شد و گزارش آن به شورای شهر داده می شود و"
)
# A WordPress day archive by query (?m=YYYYMMDD), its one cut excerpt: the list.
case(
    "day-archive-by-query-one-cut-excerpt-pos",
    "text",
    CUT,
    {"title": "WARN", "published": None},
    url="https://shahr-example.ir/?m=20231209",
)
# A lead-in ending with a spaced colon over «-» items and a contact line.
case(
    "lead-in-spaced-colon-over-dash-items-pos",
    "text",
    "مدارک لازم برای ثبت نام در کلاس های شنا :\n\n"
    "- کپی شناسنامه\n- دو قطعه عکس\n- گواهی پزشک\n\n"
    "برای پرسش های بیشتر با دفتر باشگاه تماس بگیرید.\n",
    {"title": "WARN"},
)
# «نوشته شده توسط» without the «+», Persian date and time after the name.
case(
    "written-by-signature-without-plus-pos",
    "text",
    f"{BRIDGE}\n\n{BRIDGE_BODY}\nنوشته شده توسط مریم در ۱۸ آذر ۱۴۰۲ ساعت ۱۰:۲۰\n",
    {"title": BRIDGE, "published": TEH},
)

# == fix252: Arabic meridiem, marks beside a slash, «Amo» =========================================
# «م» (مساءً) after the clock of a Persian date line: the evening.
case(
    "persian-date-line-arabic-pm-mark-pos",
    "text",
    page(BRIDGE, "۱۸ آذر ۱۴۰۲ - ۰۸:۲۰ م"),
    {"published": "2023-12-09T20:20:00+03:30"},
)
# An LRM beside each slash of a Latin-digit Jalali date with its time.
case(
    "lrm-beside-slashes-latin-digits-pos",
    "text",
    page(BRIDGE, "1402\u200e/09\u200e/18 10:20"),
    {"published": TEH},
)
# -- near miss: «ص» before a lone number after the clock (a print edition's page 5): no AM
# mark, the clock as printed.
case(
    "date-line-clock-then-page-abbreviation-neg",
    "text",
    page(BRIDGE, "۱۴۰۲/۰۹/۱۸ ۱۰:۲۰ ص ۵"),
    {"published": TEH},
)
# «Amo» (Amordad) in an English page's date line.
case(
    "english-date-line-amo-month-pos",
    "text",
    "Pedestrian bridge on the main street reopens after two years\n\n18 Amo 1402\n\n"
    "The city's deputy for construction said on Wednesday that the pedestrian bridge on the "
    "main street has new stairs and a lift for older people and is open again from today.\n",
    {"published": "2023-08-09"},
)

# == fix254: a date or an ID before its label, no colon ===========================================
# The date and its time before the label, and an ID glued before «کد خبر» in Persian digits.
case(
    "date-time-and-persian-id-before-labels-pos",
    "text",
    f"{DATE_LINE} تاریخ انتشار\n۴۸۲۱۹۳کد خبر\n{BRIDGE}\n\n{BRIDGE_BODY}",
    {"title": BRIDGE, "published": TEH, "number": num("482193")},
)
# -- near miss: a count before the label's words inside a sentence: no ID.
case(
    "count-before-label-words-in-sentence-neg",
    "text",
    page(
        BRIDGE,
        DATE_LINE,
        body="در این سامانه تا امروز بیش از ۱۲۰۰ کد خبر ثبت شده است و "
        "خبرنگاران می توانند گزارش های خود را در آن جست و جو کنند.\n\n" + BRIDGE_BODY,
    ),
    {"number": None, "published": TEH},
)

# == speed47: a header block past EAGER_LINES (4,096 lines) ======================================
MENU = ("اخبار استان", "ورزشی", "فرهنگی", "اقتصادی", "ویدیو", "عکس", "تماس با ما", "درباره ما")
HEADER = f"{BRIDGE}\n{DATE_LINE}\nکد خبر: ۷۷۴۱۲\n\n{BRIDGE_BODY}"


def menu(lines: int) -> str:
    return "".join(f"{MENU[i % len(MENU)]}\n" for i in range(lines))


# The header block after 5,000 lines of menu entries.
case(
    "long-menu-5000-lines-then-header-block-pos",
    "text",
    menu(5000) + "\n" + HEADER,
    {"title": BRIDGE, "published": TEH, "number": num("77412")},
)
# -- near miss: the same header after 40 lines of the menu (the short page).
case(
    "short-menu-40-lines-then-header-block-neg",
    "text",
    menu(40) + "\n" + HEADER,
    {"title": BRIDGE, "published": TEH, "number": num("77412")},
)
# A blog post of 5,000 numbered steps, its «+ نوشته شده» signature after them.
case(
    "long-post-5000-step-lines-signature-at-end-pos",
    "text",
    f"{POST}\n\n"
    + "".join(f"گام {i}: برف کوچه را با بیل کنار زدیم و راه را باز کردیم.\n" for i in range(5000))
    + "\n+ نوشته شده در  شنبه ۱۸ آذر ۱۴۰۲ساعت ۱۰:۲۰  توسط مریم\n",
    {"title": POST, "published": TEH},
    url="http://barf-example.blogfa.com/post/7",
)

# == two rules on one page =========================================================================
# Joomla's Jalali alias and a date before its label: the printed time, the alias's ID.
case(
    "joomla-alias-and-date-before-label-two-rules-pos",
    "text",
    f"{DATE_LINE} تاریخ انتشار\n{BRIDGE}\n\n{BRIDGE_BODY}",
    {"title": BRIDGE, "published": TEH, "number": "9035"},
    url=JOOMLA + "9035-1402-09-18-06-50-00.html",
)
# A headline run into its report by two spaces, its ID before «کد مطلب» on the line over it.
case(
    "id-before-label-over-run-in-headline-two-rules-pos",
    "text",
    f"۳۳۱۹۰ کد مطلب\n{BRIDGE}  {REPORT}\n",
    {"title": BRIDGE, "number": num("33190")},
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
