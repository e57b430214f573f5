"""Fifty-ninth round of attacks: the rules of fix171 (attacks57's findings), fix164 (attacks56's
findings, part A) and fix162 (the older rounds' silent leftovers), attacked by no round, each put
into a whole page of a kind the rule was not made on (a news agency, a ministry's portal, a
university, a provincial site, a blog, a forum, a print view, an Afghan Dari site; HTML
``<td>``/``<li>``/``<h1>``, Markdown; Arabic yeh and kaf, Persian,
Arabic-Indic and ASCII digits, ZWNJ present and missing, double-spaced lines, CRLF), and at the
edges of its conditions (a count one above its threshold, the shape at the page's top or bottom,
two rules' shapes on one page, the shape inside a table or list).

The shapes: fix171's site name / date banner / description opening with the name over a headline
printed twice (and a real lead opening with its whole headline, ``-neg``), its labelled date line
in fix161's header block over a lead with a line quoted twice under it (a labels line holding the
code too, ``-neg``), fix167's frame over a three-word headline over a labelled date line (a
person's name in its place, ``-neg``), the views counter printed value first in the code / section
/ views block (in ``<td>``s; ``۳۱۲ بار بازدید``; the code over the headline itself, ``-neg``),
English function words of a ``?paged=N`` slug (under a language folder; a post's slug, ``-neg``), a
tatweel rule framing a one-item list (21 tatweels, one above SEPARATOR_MAX_CHARS; a rule under a
headline, ``-neg``), tags/category footer lines under a plural label (three footer lines, one above
POST_FOOTER_LINES; a sentence opening with «دسته‌بندی», ``-neg``) and glued plurals of stems in «ی»
(``حاشیهای``, «حاشیه‌ای» with its ZWNJ missing, ``-neg``); fix164's Dari words in an official's
quoted speech (an Iranian relay, ``-neg``), a unit's signature under a labels line (in ``<td>``s),
Joomla's who's-online line under a date banner (a counter alone, ``-neg``), a bold headline glued
to its relay in a ``<li>`` (a bold run inside the sentence, ``-neg``); fix162's three-letter
language switcher (on one page with fix171's labelled date line), a title whose next line is its
verb alone, a title's second line opening with «را» («را» inside one line, ``-neg``). 34 inputs: 22
positives, 12 near misses.

No fix is made for this round (docs/reliability.md, "Attacks, fifty-ninth round"). Each input's
record was decided by hand before the first run (the commit adding this script comes before any
run of it). Days by hand (shared/data/jalali_years.csv: 1 Farvardin 1401 = 2022-03-21,
1402 = 2023-03-21): 12 Dey 1402 = 2024-01-02 (a Tuesday, +03:30: no summer time from 1402 on);
20 Azar 1402 = 2023-12-11 (a Monday); 16 Azar (Qaws) 1401 = 2022-12-07 (a Wednesday; Kabul
+04:30, Tehran +03:30 in 1401's autumn); 16 Dey 1402 = 2024-01-06 (a Saturday).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks59.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one (a list's page: its name, or the page flagged a list). The article sentences,
headlines and names are ours; each case names the page whose layout it follows (a tests/pages
file, a fix's test layout).
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    arabic_digits,
    collector,
    crlf,
    double_spaced,
    either,
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
AZAR = "۲۰ آذر ۱۴۰۲"  # 2023-12-11, a Monday


# == fix171 (1): a site's name, its date banner, its description opening with the name ========
# A neighbourhood library's blog (test_fix171's layout, tests/pages 177's site description): the
# name, the banner, the description opening with the name, the headline, a teaser, the headline
# again, the lead.
LIB_SITE = "کتابخانه عمومی محله نارون"
READ_HEAD = "مسابقه کتابخوانی تابستانه کودکان محله برگزار می‌شود"
READ_TEASER = "کودکان هفت تا دوازده ساله می‌توانند تا پایان خرداد در این مسابقه نام نویسی کنند."
READ_LEAD = (
    "مسابقه کتابخوانی تابستانه کودکان محله از اول تیر در کتابخانه عمومی محله نارون برگزار "
    "می‌شود و به ده برنده آن کارت خرید کتاب هدیه داده خواهد شد.\n\n"
    "مسئول کتابخانه گفت فهرست کتاب‌های مسابقه در پیشخوان کتابخانه در دسترس است.\n"
)
LIB_DESC = (
    f"{LIB_SITE} از سال ۱۳۸۵ در خدمت اهالی محله است و خبر برنامه‌ها و کارگاه‌های خود را "
    "در همین وبلاگ می‌نویسد."
)


def library_blog(banner: str) -> str:
    return (
        f"{LIB_SITE}\n{banner}\n{LIB_DESC}\n\n{READ_HEAD}\n\n{READ_TEASER}\n\n"
        f"{READ_HEAD}\n\n{READ_LEAD}"
    )


# In Arabic yeh and kaf, ZWNJ missing, the banner's digits Arabic-Indic.
case(
    "library-blog-name-banner-description-headline-twice-yeh-kaf-no-zwnj-pos",
    "text",
    yeh_kaf(no_zwnj(library_blog(arabic_digits(f"سه‌شنبه {DAY}")))),
    {"title": either(no_zwnj(READ_HEAD))},
)
# The same with the banner printed with its clock in ASCII digits, saved on Windows.
case(
    "library-blog-name-banner-with-clock-description-headline-twice-crlf-pos",
    "text",
    crlf(library_blog("سه‌شنبه 12 دی 1402 - 09:40")),
    {"title": READ_HEAD},
)
# -- near miss: an agency's lead opening with its whole headline and going on («HEADLINE و به
# گفته ...»): a headline with its verb over its date line (no site's name), the lead, a slogan
# quoted twice under the lead (fix161's block): the headline, never the slogan.
SLOGAN = "کتاب بخوانیم تا آینده را بسازیم"
case(
    "agency-lead-opening-with-whole-headline-slogan-quoted-twice-neg",
    "text",
    f"{READ_HEAD}\n{DAY}\n{READ_HEAD} و به گفته مسئول کتابخانه، کودکان تا پایان خرداد فرصت "
    "نام نویسی دارند.\n"
    f"{SLOGAN}\nشعار امسال مسابقه بر دیوار کتابخانه نوشته شده است:\n{SLOGAN}\n"
    "جوایز مسابقه در جشن پایان تابستان به برندگان داده می‌شود.\n",
    {"title": READ_HEAD, "published": "2024-01-02"},
)

# == fix171 (2): a labelled date line in fix161's header block ================================
# A ministry's news item (test_fix171's forum layout, a ministry's portal): the headline, its
# labelled date line with the clock (Arabic-Indic digits), a lead retelling the headline, a
# verse-like motto quoted twice under it.
WATER_HEAD = "طرح آبرسانی به روستاهای شهرستان خوسف به بهره برداری رسید"
WATER_LEAD = (
    "طرح آبرسانی به نوزده روستای شهرستان خوسف با حضور معاون وزیر نیرو به بهره برداری رسید و "
    "آب آشامیدنی سالم به خانه‌های چهار هزار روستایی رسید."
)
WATER_MOTTO = "آب روستا آبروی روستاست"
WATER_INTRO = "معاون وزیر در پایان سخنانش این جمله را بر تابلوی طرح نشان داد و دوباره خواند:"
WATER_CLOSE = "مرحله دوم طرح تا پایان سال آینده به روستاهای دیگر شهرستان می‌رسد."


def ministry_item(date_line: str) -> str:
    return (
        f"{WATER_HEAD}\n{date_line}\n{WATER_LEAD}\n{WATER_MOTTO}\n{WATER_INTRO}\n"
        f"{WATER_MOTTO}\n{WATER_CLOSE}\n"
    )


case(
    "ministry-labelled-date-line-arabic-digits-motto-quoted-twice-pos",
    "text",
    ministry_item(arabic_digits(f"تاریخ انتشار: {AZAR} - ۱۸:۴۰")),
    {"title": WATER_HEAD, "published": "2023-12-11T18:40+03:30"},
)
# A forum's post (phpBB's «ارسال شده در»), ASCII digits, Arabic yeh and kaf.
case(
    "forum-sent-on-label-ascii-digits-motto-quoted-twice-yeh-kaf-pos",
    "text",
    yeh_kaf(ministry_item("ارسال شده در 20 آذر 1402")),
    {"title": either(WATER_HEAD), "published": "2023-12-11"},
)
# -- near miss: the labels line holds the item's code beside its date (not a labelled date line
# alone): the headline all the same, the date read.
case(
    "ministry-date-and-code-labels-line-motto-quoted-twice-neg",
    "text",
    ministry_item(f"تاریخ انتشار: {AZAR} | کد خبر: ۸۸۱۲۰"),
    {"title": WATER_HEAD, "number": num("88120"), "published": "2023-12-11"},
)

# == fix171 (3): fix167's frame over a three-word headline over a labelled date line ==========
# A university's faculty site (tests/pages 1828's «.: SITE :.» frame, test_fix171's layout) in
# CRLF, ZWNJ missing.
CLINIC3 = "افتتاح درمانگاه دندانپزشکی"
CLINIC3_LEAD = (
    "درمانگاه دندانپزشکی دانشکده صبح امروز با حضور رئیس دانشگاه افتتاح شد و از شنبه آینده "
    "بیماران را با تعرفه دولتی می‌پذیرد."
)
case(
    "uni-faculty-frame-three-word-headline-labelled-date-crlf-no-zwnj-pos",
    "text",
    crlf(
        no_zwnj(
            f".: دانشکده دندانپزشکی :.\n\n{CLINIC3}\nتاریخ انتشار: {DAY}\n{CLINIC3_LEAD}\n\n"
            "مدیر درمانگاه گفت نوبت‌دهی از طریق تلفن انجام می‌شود.\n"
        )
    ),
    {"title": CLINIC3, "published": "2024-01-02"},
)
# A provincial site's page double-spaced, the forum-style label («ارسال شده در»), Persian digits.
case(
    "provincial-frame-three-word-headline-sent-on-label-double-spaced-pos",
    "text",
    double_spaced(
        ".: فرمانداری شهرستان خوسف :.",
        "آبرسانی روستاهای خوسف",
        f"ارسال شده در {AZAR}",
        WATER_LEAD,
        WATER_CLOSE,
    ),
    {"title": "آبرسانی روستاهای خوسف", "published": "2023-12-11"},
)
# -- near miss: a columnist's name (a person's title opening it) in the three-word line's
# place over the labelled date line: never the title.
case(
    "blog-frame-doctor-name-over-labelled-date-line-neg",
    "text",
    f".: وبلاگ سلامت دهان :.\n\nدکتر مریم صالحی\nتاریخ انتشار: {DAY}\n"
    "درمانگاه دندانپزشکی دانشکده از این هفته بیماران را با تعرفه دولتی می‌پذیرد و برای "
    "کودکان نوبت جداگانه دارد.\n",
    {"nottitle": "دکتر مریم صالحی", "published": "2024-01-02"},
)

# == fix171 (3): the views counter printed value first in the code / section / views block =====
# A ministry's Joomla-like toolbar (tests/pages 1863's layout, gsi.ir) in an HTML table of
# <td>s: the headline, the code, the section, «۳۱۲ بازدید».
MINE_HEAD = "ریزش بخشی از تونل معدن مس سونگون بدون تلفات بود"
MINE_LEAD = (
    "بخشی از تونل شمالی معدن مس سونگون بامداد امروز ریزش کرد و به گفته مدیر معدن هیچ کارگری "
    "آسیب ندید.\n\nکارشناسان برای بررسی علت ریزش به محل رفته‌اند و کار در تونل متوقف شده است.\n"
)
SECTION = "گزارش‌های معدن و صنعت"


def toolbar_table(views: str) -> bytes:
    return html(
        "<table><tr><td>صفحه اصلی</td><td>اخبار</td><td>تماس با ما</td></tr></table>"
        f"<table><tr><td>{MINE_HEAD}</td></tr><tr><td>کد : 5120</td></tr>"
        f"<tr><td>{SECTION}</td></tr><tr><td>{views}</td></tr></table>" + paras(MINE_LEAD)
    )


case(
    "ministry-html-td-toolbar-views-value-first-persian-digits-pos",
    "html",
    toolbar_table("۳۱۲ بازدید"),
    {"title": MINE_HEAD, "number": num("5120")},
)
# The counter with «بار» between its value and its word («۳۱۲ بار بازدید», a common wording).
case(
    "ministry-text-toolbar-views-value-bar-word-pos",
    "text",
    f"صفحه اصلی\nاخبار\nتماس با ما\n{MINE_HEAD}\nکد : 5120\n{SECTION}\n۳۱۲ بار بازدید\n\n"
    f"{MINE_LEAD}",
    {"title": MINE_HEAD, "number": num("5120")},
)
# -- near miss: the code over the headline itself and the counter right under it (no section
# line between, nothing headline-shaped over the code): the headline.
case(
    "ministry-toolbar-code-over-headline-over-views-value-first-neg",
    "text",
    f"صفحه اصلی\nاخبار\nتماس با ما\nکد : 5120\n{MINE_HEAD}\n۳۱۲ بازدید\n\n{MINE_LEAD}",
    {"title": MINE_HEAD, "number": num("5120")},
)

# == fix171 (4): English function words of a ?paged=N slug =====================================
# A university's news list, page 2 (test_fix171's layout): one item's headline, date, text.
TRIP_HEAD = "بازدید دانشجویان مهندسی عمران از سد کرخه"
TRIP_ITEM = (
    f"{TRIP_HEAD}\n{AZAR}\n\nدانشجویان سال سوم مهندسی عمران دانشگاه امروز از سد کرخه و "
    "نیروگاه آن بازدید کردند و با کار بخش‌های گوناگون سد آشنا شدند.\n\nاستاد راهنمای "
    "بازدید گفت بازدید بعدی از سد دز خواهد بود.\n"
)
case(
    "uni-list-slug-every-story-of-our-alumni-paged-3-pos",
    "text",
    TRIP_ITEM,
    {"title": "WARN"},
    url="https://civil.example.ac.ir/every-story-of-our-alumni/?paged=3",
)
# The same slug under a language folder («/fa/»): two segments.
case(
    "uni-list-fa-folder-slug-news-about-our-labs-paged-2-pos",
    "text",
    TRIP_ITEM,
    {"title": "WARN"},
    url="https://civil.example.ac.ir/fa/news-about-our-labs/?paged=2",
)
# -- near miss: a post's slug of four content words among «about» and «our» at ?paged=2 (a
# post's comments paged): the post.
case(
    "uni-post-slug-four-content-words-with-our-and-about-paged-2-neg",
    "text",
    TRIP_ITEM,
    {"title": TRIP_HEAD + "!", "published": "2023-12-11"},
    url="https://civil.example.ac.ir/our-students-visit-karkheh-dam-about-water/?paged=2",
)

# == fix171 (5): a tatweel rule frames fix160's one-item list ==================================
# An Afghan Dari site's category page (test_fix171's layout, the name over one item as on
# tests/pages 1890's tag page): the section's name, a rule of tatweels, the menu word, one item, the rule, the next section.
AF_NAME = "ریاست زراعت بامیان"
AF_HEAD = "توزیع بذر گندم اصلاح‌شده برای دهاقین ولسوالی یکاولنگ آغاز شد"
AF_TEASER = (
    "ریاست زراعت ولایت بامیان می‌گوید در این مرحله برای یک هزار و دو صد دهقان ولسوالی "
    "یکاولنگ بذر گندم اصلاح‌شده و کود کیمیاوی توزیع می‌شود."
)


def af_category(rule: str) -> str:
    return double_spaced(AF_NAME, rule, "اخبار", AF_HEAD, AF_TEASER, rule, "گزارش‌ها")


case(
    "af-dari-category-tatweel-rule-twenty-double-spaced-pos",
    "text",
    af_category("ـ" * 20),
    {"title": (AF_NAME, "WARN")},
)
# One tatweel more than SEPARATOR_MAX_CHARS (21): a rule all the same.
case(
    "af-dari-category-tatweel-rule-twenty-one-pos",
    "text",
    af_category("ـ" * 21),
    {"title": (AF_NAME, "WARN")},
)
# -- near miss: a blog's post with a tatweel rule under its headline, its date and text under
# it (no list frame): the headline.
case(
    "blog-post-tatweel-rule-under-headline-neg",
    "text",
    f"{AF_HEAD}\nــــــــــــــــ\n{DAY}\n\n{AF_TEASER}\n\n"
    "به گفته مسئولان، مرحله دوم توزیع در بهار سال آینده انجام خواهد شد.\n",
    {"title": AF_HEAD, "published": "2024-01-02"},
)

# == fix171 (6): tags / category footer lines under a plural label; glued plurals in «ی» ======
# A personal blog's post page (fix165's and test_fix171's layout): the blog's plural label, one long paragraph, the footer.
WALK = (
    "صبح زود با خانواده به طرف دریاچه راه افتادیم و نزدیک ظهر به کنار آب رسیدیم و زیر سایه "
    "درختان بید ناهار خوردیم و بعد از کمی استراحت با قایق کوچکی دور دریاچه گشتیم و پرندگان "
    "مهاجر را تماشا کردیم که روی آب نشسته بودند و غروب خسته اما شاد به شهر برگشتیم.\n"
)
LABEL = "یادداشت‌های سفر"
# A Markdown footer, bold labels, ZWNJ missing in the tags label.
case(
    "blog-markdown-plural-label-bold-tags-footer-no-zwnj-pos",
    "text",
    f"{LABEL}\n\n{WALK}\n**برچسب ها:** دریاچه، پرندگان، قایق\n",
    {"title": "WARN"},
)
# Three footer lines (one above POST_FOOTER_LINES): category, tags, byline.
case(
    "blog-plural-label-three-footer-lines-category-tags-byline-pos",
    "text",
    f"{LABEL}\n{WALK}دسته‌بندی: سفرهای خانوادگی\nبرچسب‌ها: دریاچه، پرندگان\n"
    "نوشته شده توسط رضا | نظرات (۲)\n",
    {"title": "WARN"},
)
# A glued plural of a stem in «ی» in Arabic yeh and kaf, a tags footer under the paragraph.
case(
    "blog-glued-yeh-plural-label-arabic-yeh-with-tags-footer-pos",
    "text",
    yeh_kaf(f"طراحیهای مدادی\n{WALK}برچسب‌ها: طراحی، دریاچه\n"),
    {"title": "WARN"},
)
# -- near miss: the line under the paragraph is a sentence opening with «دسته‌بندی» (no
# label): fix165's reading, the label undoubted.
case(
    "blog-plural-label-sentence-opening-with-category-word-neg",
    "text",
    f"{LABEL}\n{WALK}دسته‌بندی زباله‌ها را در سفر فراموش نکنیم و کیسه‌ای همراه ببریم.\n",
    {"title": LABEL + "!"},
)
# -- near miss: «حاشیه‌ای کوتاه» (a short note: «حاشیه» and its «ای») with the ZWNJ missing
# reads «حاشیهای», «ی» + «ها» + «ی» in letters, but no plural: the post's title, undoubted.
case(
    "blog-heh-plus-glued-indefinite-yeh-no-zwnj-not-a-plural-neg",
    "text",
    f"حاشیهای کوتاه\n{WALK}",
    {"title": "حاشیهای کوتاه!"},
)

# == fix164 =====================================================================================
# An Afghan ministry's portal (test_fix164's layout): headline, the weekday date line in ASCII
# digits with its clock, the lead, the official's quoted speech in Dari after a colon.
KABUL = "2022-12-07T10:20+04:30"
TEHRAN = "2022-12-07T10:20+03:30"
SCHOOL_HEAD = "آغاز ثبت نام متعلمین در مکاتب ولایت هرات"
case(
    "af-ministry-dari-only-in-officials-speech-ascii-digits-pos",
    "text",
    f"{SCHOOL_HEAD}\n\nچهارشنبه 1401/9/16 - 10:20\n\n"
    "وزارت معارف ثبت نام متعلمین تازه را در مکاتب شهر هرات آغاز کرد.\n\n"
    "سخنگوی این وزارت گفت: «منسوبین معارف به حیث رهنما در مکاتب حاضر اند و کار در چوکات "
    "لایحه تازه پیش می‌رود.»\n\nثبت نام تا آخر ماه ادامه دارد.\n",
    {"title": SCHOOL_HEAD, "published": KABUL},
)
# -- near miss: an Iranian university's news agency relaying the same speech through IRNA:
# Tehran's clock.
case(
    "uni-agency-irna-relay-quoting-afghan-speech-neg",
    "text",
    f"ثبت نام دانش‌آموزان افغانستانی در مدارس هرات آغاز شد\n\n{arabic_digits('۱۴۰۱/۹/۱۶ - ۱۰:۲۰')}"
    "\n\nبه گزارش خبرنگار ایرنا از هرات، ثبت نام دانش‌آموزان در مدارس این شهر آغاز شد.\n\n"
    "یک مسئول محلی گفت: «منسوبین معارف به حیث رهنما در مکاتب حاضر اند و کار در چوکات "
    "لایحه تازه پیش می‌رود.»\n",
    {"published": TEHRAN},
)
# A university's HTML page: a unit's signature under the labels line, all in <td>s.
ROBOT = "تیم رباتیک دانشگاه در مسابقات کشوری مقام نخست را به دست آورد"
ROBOT_LEAD = (
    "تیم رباتیک دانشکده مهندسی برق با ربات امدادگر خود در مسابقات کشوری رباتیک مقام نخست "
    "را به دست آورد.\n\nسرپرست تیم گفت ربات در سه ماه در کارگاه دانشکده ساخته شد.\n"
)
case(
    "uni-html-td-unit-signature-under-labels-line-pos",
    "html",
    html(
        f"<table><tr><td>{ROBOT}</td></tr><tr><td>تاریخ: {DAY} | کد خبر: ۵۵۱۰</td></tr>"
        "<tr><td>روابط عمومی دانشکده مهندسی برق</td></tr></table>" + paras(ROBOT_LEAD)
    ),
    {"title": ROBOT, "number": num("5510"), "published": "2024-01-02"},
)
# A provincial Joomla site (test_fix164's layout), the who's-online line with its member count
# in words: the site's name, the banner with its clock, the status line, the headline, the text.
FOREST = "پاکسازی بستر رودخانه شهر با مشارکت داوطلبان انجام شد"
FOREST_BODY = (
    "بستر رودخانه شهر با مشارکت دویست داوطلب و کارکنان شهرداری از زباله پاکسازی شد.\n\n"
    "شهردار گفت این کار هر فصل تکرار می‌شود.\n"
)
case(
    "provincial-joomla-banner-whos-online-members-in-words-pos",
    "text",
    f"فرمانداری شهرستان خوسف\n\nشنبه ۱۶ دی ۱۴۰۲ ساعت ۰۹:۱۵\nما ۴۵ مهمان و یک عضو آنلاین داریم"
    f"\n\n{FOREST}\n\n{FOREST_BODY}",
    {"title": FOREST, "published": None},
)
# -- near miss: the banner over a visits counter alone: the date kept (fix164's -neg), Arabic
# yeh and kaf.
case(
    "provincial-banner-over-visits-counter-keeps-date-yeh-kaf-neg",
    "text",
    yeh_kaf(
        f"فرمانداری شهرستان خوسف\n\nشنبه ۱۶ دی ۱۴۰۲ ساعت ۰۹:۱۵\nبازدید امروز: ۱۴۲\n\n{FOREST}"
        f"\n\n{FOREST_BODY}"
    ),
    {"published": "2024-01-06T09:15+03:30"},
)
# An agency's HTML list item: a bold headline glued to its relay in one <li> (fix164's <td>
# shape in a list).
EXPO = "برپایی بازارچه محصولات کشاورزی روستاییان در میدان شهر"
case(
    "agency-html-li-strong-headline-glued-to-relay-pos",
    "html",
    html(
        f"<ul><li><strong>{EXPO}</strong>به گزارش روابط عمومی شهرداری، این بازارچه امروز "
        "برپا شد.</li></ul><p>در این بازارچه سی غرفه از روستاهای شهرستان محصولات تازه "
        "کشاورزی و لبنیات محلی عرضه می‌کنند و بازارچه تا پایان ماه هر روز باز است.</p>"
    ),
    {"title": EXPO},
)
# -- near miss: text before the bold run in its <li> (a kicker inside the sentence), the
# headline in <h1>: the <h1>.
case(
    "agency-html-h1-li-bold-run-inside-sentence-neg",
    "html",
    html(
        f"<h1>{EXPO}</h1><ul><li>بازارچه امروز برپا شد و <b>برپایی بازارچه محصولات "
        "کشاورزی</b>به گزارش روابط عمومی شهرداری، تا پایان ماه باز است.</li></ul>"
        "<p>در این بازارچه سی غرفه از روستاهای شهرستان محصولات تازه کشاورزی و لبنیات محلی "
        "عرضه می‌کنند و بازارچه تا پایان ماه هر روز باز است.</p>"
    ),
    {"title": EXPO},
)

# == fix162 =====================================================================================
# A ministry's portal with a language switcher over its headline (three-letter codes, «/»;
# «FAR», a site's own code for Persian), the item under it fix171's labelled date line over a
# lead with its motto quoted twice: two rules' shapes on one page.
case(
    "ministry-language-switcher-slashes-over-labelled-date-item-motto-twice-pos",
    "text",
    "FAR / ENG / ARA\n\n" + ministry_item(f"تاریخ انتشار: {DAY}"),
    {"title": WATER_HEAD, "published": "2024-01-02"},
)
# A print view whose headline wraps before its verb: the verb alone on the next line.
WRAP = "سامانه ثبت نام دانشجویان تازه‌وارد دانشگاه راه‌اندازی"
case(
    "uni-print-view-headline-wrapped-verb-alone-next-line-pos",
    "text",
    f"{WRAP}\nشده است\n{DAY}\n\n"
    "معاون آموزشی دانشگاه گفت دانشجویان تازه‌وارد از امروز می‌توانند در سامانه ثبت نام کنند "
    "و مدارک خود را بارگذاری کنند.\n",
    {"title": (WRAP + " شده است", "WARN"), "published": "2024-01-02"},
)
# A forum post's headline wrapped after «را»: its second line opens with «را».
case(
    "forum-headline-second-line-opening-with-ra-pos",
    "text",
    f"شورای شهر بودجه سال آینده\nرا تصویب کرد\n{DAY}\n\n"
    "اعضای شورای شهر در نشست دیروز لایحه بودجه سال آینده شهرداری را با دوازده رای موافق "
    "تصویب کردند.\n",
    {"title": ("شورای شهر بودجه سال آینده را تصویب کرد", "WARN"), "published": "2024-01-02"},
)
# -- near miss: «را» inside a headline on one line: the headline, undoubted.
case(
    "forum-headline-with-ra-inside-one-line-neg",
    "text",
    f"شورای شهر بودجه سال آینده را تصویب کرد\n{DAY}\n\n"
    "اعضای شورای شهر در نشست دیروز لایحه بودجه سال آینده شهرداری را با دوازده رای موافق "
    "تصویب کردند.\n",
    {"title": "شورای شهر بودجه سال آینده را تصویب کرد!", "published": "2024-01-02"},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
