"""Sixty-sixth round of attacks: the rules merged with no attack round yet, fix204 (Joomla list
views as list addresses, ``_sources.joomla_list_view``; a two-digit year in an agency's
bracketed dateline, ``_header.SHORT_DATELINE_DATE``, always warned; ``_listing._dateline_reports``;
``OTHER_HEADLINES_SHARED_WORDS``), real62's rules (``_title._stamp_opened_title``,
``_title._completes_invocation``, ``_title._cut_echo``, ``_header.bracket_cells`` and the banner
row above a headline, WordPress's ``/%year%/%post_id%/%postname%/``), fix205 (a section's name
over an institution's name, spaced weekdays in ``_day_headed_posts``), fix206 (a 24-hour hour
with an AM/PM marker), fix207 (``_evidence.date_heading``, the bare «نوشته‌ها» label, Russian
yearless datelines completed by the address, ``обновлено``, Discourse ``/t/slug/ID``, ``m.``
country editions) and fix208 (``_title._stopped_motto``, ``_sentence_over_question``,
``_evidence.LABEL_SEPARATORS``, ``COUPLET_INVOCATION_LINES``), each put into a whole page of a
kind it was not made on (a news agency, a ministry, a university, a provincial site, a blog, a
forum, a shop magazine, an Afghan Dari site; HTML ``<td>``/``<li>``/``<h1>``/``<h3>``/
``<footer>``, Markdown; Arabic yeh and kaf, Persian, Arabic-Indic and ASCII digits, ZWNJ
missing, double-spaced lines, CRLF), and at the edges of its conditions (a count at its
threshold and one past it, the shape at the page's top or bottom, two rules' shapes on one
page). 36 inputs: 24 positives, 12 near misses (``-neg``), where the new rules must not fire.

No fix is made for this round (docs/reliability.md, "Attacks, sixty-sixth round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand (jdatetime): 12 Asad 1392 = 2013-08-03; 10 Jadi 1399 =
2020-12-30; 5 Hamal 1403 = 2024-03-24; 18 Azar 1402 = 2023-12-09 (a Saturday); 16 Azar 1402 =
2023-12-07 (Thursday); 14 Azar 1402 = 2023-12-05 (Tuesday); 12 Azar 1402 = 2023-12-03
(Sunday); 22 Azar 1402 = 2023-12-13 (Wednesday).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks66.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one (a list's page: its name, or the page flagged a list). The article sentences,
headlines and names are ours; each case names the page or test whose layout it follows.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    arabic_digits,
    collector,
    crlf,
    double_spaced,
    html,
    no_zwnj,
    num,
    paras,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

DAY = "۱۸ آذر ۱۴۰۲"  # 2023-12-09, a Saturday

# == fix204 (1): a two-digit year in an agency's bracketed dateline ===========================
# An Afghan Dari provincial site's item (Pajhwok's dateline, real60 #29's shape) under a
# printed headline, saved on Windows (CRLF), Persian digits spaced from the month.
WELL = "حفر ده حلقه چاه آب آشامیدنی در ولسوالی های بلخ"
WELL_BODY = (
    "مسوولان ریاست احیا و انکشاف دهات می گویند که کار حفر ده حلقه چاه عمیق در سه ولسوالی "
    "این ولایت آغاز شده و تا پایان تابستان به پایان می رسد.\n"
    "رئیس احیا و انکشاف دهات گفت که هزینه این چاه ها را یک موسسه خیریه پرداخته است.\n"
    "باشندگان این ولسوالی ها از کمبود آب آشامیدنی در ماه های گرم سال شکایت داشتند.\n"
)
case(
    "dari-headline-over-two-digit-dateline-crlf-pos",
    "text",
    crlf(f"{WELL}\n\nمزارشریف (پژواک، ۱۲ اسد ۹۲): {WELL_BODY}"),
    {"title": WELL, "published": "2013-08-03", "code": "two-digit-year"},
)
# Another agency's name (Bakhtar), Arabic-Indic digits glued to the month, ZWNJ missing.
case(
    "dari-bakhtar-dateline-two-digit-arabic-indic-pos",
    "text",
    arabic_digits(f"{WELL}\n\nمزارشریف (باختر،۱۲اسد ۹۲): {no_zwnj(WELL_BODY)}"),
    {"published": "2013-08-03", "code": "two-digit-year"},
)
# The page's other years name the century: a dateline of «۹۹» over a footer «۱۳۹۹».
case(
    "dari-two-digit-dateline-with-footer-year-pos",
    "text",
    f"{WELL}\n\nکابل (پژواک، ۱۰ جدی ۹۹): {WELL_BODY}\n© ۱۳۹۹ تمام حقوق محفوظ است\n",
    {"published": "2020-12-30", "code": "two-digit-year"},
)
# A year under 50 with no other year on the page: 14xx.
case(
    "dari-two-digit-dateline-low-year-pos",
    "text",
    f"{WELL}\n\nهرات (پژواک، ۵ حمل ۰۳): {WELL_BODY}",
    {"published": "2024-03-24", "code": "two-digit-year"},
)
# -- near miss: the page's own full date at its top, an older report cited at the bottom in
# the agency's brackets: the page's date, not the citation's.
case(
    "dari-full-date-with-cited-two-digit-dateline-at-bottom-neg",
    "text",
    f"{WELL}\n{DAY}\n\n{WELL_BODY}\n"
    "این ولایت پیش از این هم از کمبود آب رنج می برد (پژواک، ۱۲ اسد ۹۲).\n",
    {"title": WELL + "!", "published": "2023-12-09", "nocode": "two-digit-year"},
)

# == fix204 (2): paragraphs each opening with an agency's dateline: a news list ================
# An election portal's <li> list (vote.af's shape, real61 #28) with four-digit years: two
# reports, at the rule's threshold.
REPORT_A = (
    "بامیان (پژواک، ۱۲ اسد ۱۳۹۲): کمیسیون انتخابات در این ولایت دو مرکز تازه ثبت نام را در "
    "ولسوالی های دوردست باز کرد تا باشندگان آنجا راه دور را نپیمایند."
)
REPORT_B = (
    "غزنی (پژواک، ۱۰ اسد ۱۳۹۲): شماری از باشندگان این ولایت خواستار افزایش زمان ثبت نام "
    "رای دهندگان شدند و گفتند که بسیاری هنوز کارت رای ندارند."
)
case(
    "election-html-li-two-dateline-reports-pos",
    "html",
    html(
        f"<h1>گزارش های انتخابات</h1><ul><li><p>{REPORT_A}</p></li><li><p>{REPORT_B}</p></li></ul>"
    ),
    {"title": "WARN", "published": None},
)
# -- near miss: one report, its second paragraph opening with a city and a bracketed aside.
case(
    "dari-report-second-paragraph-city-aside-neg",
    "text",
    f"{WELL}\n\n{REPORT_A}\n\n"
    "بامیان (مرکز هزاره جات) در زمستان از دیگر ولایت ها جدا می ماند و کار ثبت نام در آن "
    "باید پیش از برف پایان یابد.\n\n"
    "مسوولان کمیسیون گفتند که تیم های سیار نیز به روستاها فرستاده می شوند.\n",
    {"title": WELL + "!", "published": "2013-08-03"},
)

# == fix204 (3): Joomla list views ===========================================================
# A ministry's Joomla category page showing one item in full, in HTML with an <h3> headline.
TENDER = "آگهی مناقصه خرید تجهیزات آزمایشگاه مرکزی"
TENDER_TEXT = (
    "اداره کل امور پشتیبانی وزارت در نظر دارد تجهیزات آزمایشگاه مرکزی را از راه مناقصه عمومی "
    "یک مرحله ای خریداری کند و شرکت های واجد شرایط می توانند اسناد را دریافت کنند.\n\n"
    "مهلت دریافت اسناد تا پایان وقت اداری روز چهارشنبه هفته آینده است."
)
case(
    "ministry-joomla-category-view-one-item-h3-pos",
    "html",
    html(f"<h3>{TENDER}</h3><div class='date'>{DAY}</div>{paras(TENDER_TEXT)}"),
    {"title": "WARN", "published": None},
    url="https://moi.example.ir/index.php?option=com_content&view=category&id=12&Itemid=101",
)
# -- near miss: the item's own address, its slug holding the word «category».
case(
    "ministry-joomla-article-slug-with-category-neg",
    "html",
    html(f"<h3>{TENDER}</h3><div class='date'>{DAY}</div>{paras(TENDER_TEXT)}"),
    {"title": TENDER + "!", "published": "2023-12-09"},
    url="https://moi.example.ir/index.php?option=com_content&view=article&id=88:category-tenders&catid=12",
)

# == real62 (1): a bracketed stamp glued before the headline =================================
# A Dari agency's item (pashtoonkhwa's shape) with the stamp in Persian digits and month name.
CLINIC = "گشایش کلینیک صحی تازه در ولسوالی شیندند"
CLINIC_BODY = (
    "ریاست صحت عامه هرات از گشایش یک کلینیک صحی تازه در ولسوالی شیندند خبر داد که روزانه "
    "به صدها بیمار خدمات می رساند.\n"
    "مسوولان گفتند که این کلینیک دارای بخش زایمان و لابراتوار است.\n"
)
case(
    "dari-persian-stamp-glued-before-headline-pos",
    "text",
    f"خبرگزاری صدای غرب\n[{DAY} - ۱۱:۰۵]{CLINIC}\n{CLINIC_BODY}",
    {"title": CLINIC, "published": "2023-12-09T11:05:00+03:30"},
)
# -- near miss: a deadline in brackets before a headline, the page's date printed below.
DEADLINE = "[تا ۲۰ آذر ۱۴۰۲] مهلت ثبت نام آزمون کارشناسی ارشد تمدید شد"
case(
    "uni-bracketed-deadline-before-headline-neg",
    "text",
    f"{DEADLINE}\n{DAY}\n\n"
    "سازمان سنجش اعلام کرد مهلت ثبت نام آزمون کارشناسی ارشد سال آینده به دلیل درخواست "
    "داوطلبان تا بیستم آذر تمدید شده است و داوطلبان می توانند اطلاعات خود را ویرایش کنند.\n\n"
    "ثبت نام فقط از راه درگاه اینترنتی سازمان انجام می شود.\n",
    {"title": DEADLINE + "!", "published": "2023-12-09"},
)

# == real62 (2): the second line of an invocation's couplet ==================================
# A university's statement under Saadi's couplet, no headline, Arabic yeh and kaf.
STATEMENT = (
    "شورای صنفی دانشجویان دانشگاه از همه دانشجویان خوابگاهی می خواهد پیش از تعطیلات زمستانی "
    "اتاق های خود را تخلیه کنند و کلید را به سرپرستی بسپارند.\n"
    "شورا همچنین از مسئولان دانشگاه خواسته است سرویس رفت و آمد را در روزهای امتحان بیشتر "
    "کنند تا دانشجویان سر وقت به جلسه برسند.\n"
)
case(
    "uni-invocation-couplet-over-statement-yeh-kaf-pos",
    "text",
    yeh_kaf(f"به نام خداوند جان آفرین\nحکیم سخن در زبان آفرین\n{STATEMENT}"),
    {"title": "WARN"},
)
# -- near miss (with fix208's rule): the couplet, a headline, its date, the statement.
HALL = "اطلاعیه شورای صنفی درباره تخلیه خوابگاه ها"
case(
    "uni-invocation-couplet-over-headline-and-date-neg",
    "text",
    f"به نام خداوند جان آفرین\nحکیم سخن در زبان آفرین\n{HALL}\n{DAY}\n\n{STATEMENT}",
    {"title": HALL + "!", "published": "2023-12-09"},
)
# fix208 one past COUPLET_INVOCATION_LINES: the invocation, a label and a sub-label, then a
# couplet and a message: the couplet's line is no title either.
case(
    "school-invocation-two-labels-over-couplet-pos",
    "text",
    "بسمه تعالی\nپیام مدیر\nبه مناسبت روز دانشجو\n"
    "هر که در راه دانش قدم برداشت\nبذر امید در دل ما کاشت\n"
    "دانش آموزان عزیز، روز دانشجو را به همه شما که فردا دانشجویان این سرزمین خواهید بود "
    "تبریک می گویم و امیدوارم سال تحصیلی پربار و شادی داشته باشید.\n",
    {"title": "WARN"},
)

# == real62 (3): a headline's cut copy glued after a bar ====================================
BRIDGE = "افتتاح پل عابر پیاده میدان شهدای شهر"
BRIDGE_BODY = (
    "پل عابر پیاده میدان شهدا با حضور شهردار و اعضای شورای شهر افتتاح شد و از امروز عابران "
    "می توانند بدون گذر از خیابان شلوغ به ایستگاه اتوبوس برسند.\n\n"
    "این پل دو آسانسور برای سالمندان و افراد دارای معلولیت دارد.\n"
)
case(
    "provincial-headline-bar-cut-copy-pos",
    "text",
    f"{BRIDGE} | افتتاح پل عابر\n{DAY}\n\n{BRIDGE_BODY}",
    {"title": BRIDGE, "published": "2023-12-09"},
)
# -- near miss: a headline whose part after the colon opens with its first word only.
VACCINE = "واکسن آنفلوآنزا: واکسن برای همه گروه ها لازم نیست"
case(
    "health-headline-colon-repeats-first-word-neg",
    "text",
    f"{VACCINE}\n{DAY}\n\n"
    "معاون بهداشت دانشگاه علوم پزشکی گفت تزریق واکسن آنفلوآنزا برای سالمندان، بیماران "
    "مزمن و کادر درمان توصیه می شود ولی دیگران نیازی به آن ندارند.\n\n"
    "به گفته وی بهترین زمان تزریق پیش از آغاز سرمای زمستان است.\n",
    {"title": VACCINE + "!", "published": "2023-12-09"},
)

# == real62 (4): bracketed cells ============================================================
# A blog post in HTML with its bracketed cells in the <footer>, Persian digits, no seconds.
HIKE = "صعود زمستانی به قله دماوند"
case(
    "blog-html-footer-bracket-cells-persian-pos",
    "html",
    html(
        f"<h1>{HIKE}</h1>"
        "<p>ساعت چهار صبح از پناهگاه راه افتادیم و باد سرد تا نزدیک قله همراه ما بود؛ پیش از "
        "ظهر به قله رسیدیم و چند دقیقه بیشتر نماندیم.</p><p>پایین آمدن سخت تر از بالا رفتن بود "
        "و پاهایمان تا شب درد می کرد.</p>"
        "<footer><p>[ چهارشنبه ۲۲ آذر ۱۴۰۲ ] [ ساعت ۸ و ۵ دقیقه ] [ کوهنورد ]</p></footer>"
    ),
    {"title": HIKE + "!", "published": "2023-12-13T08:05:00+03:30"},
)
# A portal's banner row of today's cells above the headline, the item's own date below it.
case(
    "provincial-banner-row-above-headline-with-own-date-pos",
    "text",
    f"[ شنبه ۱۸ آذر ۱۴۰۲ ] [ ساعت ۹ و ۱۰ دقیقه ] [ پایگاه خبری استان ]\n"
    f"{BRIDGE}\nتاریخ انتشار: ۱۶ آذر ۱۴۰۲\n\n{BRIDGE_BODY}",
    {"title": BRIDGE + "!", "published": "2023-12-07"},
)
# The banner row the page's only date: the page's date is unknown.
case(
    "provincial-banner-row-above-headline-only-date-pos",
    "text",
    f"[ شنبه ۱۸ آذر ۱۴۰۲ ] [ ساعت ۹ و ۱۰ دقیقه ] [ پایگاه خبری استان ]\n{BRIDGE}\n\n{BRIDGE_BODY}",
    {"title": BRIDGE + "!", "published": None},
)

# == real62 (5): WordPress's /%year%/%post_id%/%postname%/ ==================================
case(
    "dari-wordpress-year-post-id-slug-pos",
    "text",
    f"{CLINIC}\n{DAY}\n\n{CLINIC_BODY}",
    {"number": num("45123")},
    url="https://news.example.af/1402/45123/گشایش-کلینیک-صحی/",
)
# -- near miss: a month-and-day code of the Jalali year.
case(
    "dari-wordpress-year-month-day-code-neg",
    "text",
    f"{CLINIC}\n{DAY}\n\n{CLINIC_BODY}",
    {"number": None},
    url="https://news.example.af/1402/0918/گشایش-کلینیک-صحی/",
)

# == fix206: a 24-hour hour with an AM/PM marker ============================================
EXAM = "زمان برگزاری امتحانات پایان ترم اعلام شد"
EXAM_BODY = (
    "معاونت آموزشی دانشگاه برنامه امتحانات پایان ترم را اعلام کرد و امتحانات از نیمه دی ماه "
    "آغاز می شود و تا پایان بهمن ادامه دارد.\n\n"
    "دانشجویان برنامه خود را از سامانه آموزشی دریافت کنند.\n"
)
case(
    "uni-24-hour-pm-marker-dotted-pos",
    "text",
    f"{EXAM}\nتاریخ انتشار: ۱۴۰۲/۰۹/۱۸ ۱۴:۳۰ ب.ظ\n\n{EXAM_BODY}",
    {"title": EXAM + "!", "published": "2023-12-09T14:30:00+03:30"},
)
case(
    "shop-persian-date-default-format-midnight-pos",
    "text",
    f"{EXAM}\n۱۴۰۲-۰۹-۱۸ ۰۰:۱۵:۰۰ ق ظ\n\n{EXAM_BODY}",
    {"published": "2023-12-09T00:15:00+03:30"},
)
# -- near miss: a contradiction (15 with «ق ظ»): the day, not the hour.
case(
    "uni-24-hour-contradicting-marker-neg",
    "text",
    f"{EXAM}\nتاریخ انتشار: ۱۴۰۲/۰۹/۱۸ ۱۵:۴۰ ق ظ\n\n{EXAM_BODY}",
    {"published": "2023-12-09", "notminute": 40},
)

# == fix207 (1): a date archive's heading =====================================================
DAYPOST = "بازدید دانش آموزان از رصدخانه دانشگاه"
case(
    "uni-markdown-day-archive-two-word-label-pos",
    "text",
    f"# بایگانی روزانه: {DAY}\n\n## {DAYPOST}\n\n"
    "دانش آموزان پایه نهم مدرسه شهید بهشتی امروز از رصدخانه دانشگاه بازدید کردند و با تلسکوپ "
    "بزرگ رصدخانه ماه و سیاره مشتری را دیدند و …\n\n[ادامه مطلب](https://uni.example.ir/?p=77)\n",
    {"title": (DAYPOST, "WARN"), "nottitle": f"بایگانی روزانه: {DAY}"},
)
# One past the label's two words.
case(
    "uni-markdown-day-archive-four-word-label-pos",
    "text",
    f"# بایگانی نوشته های روز: {DAY}\n\n## {DAYPOST}\n\n"
    "دانش آموزان پایه نهم مدرسه شهید بهشتی امروز از رصدخانه دانشگاه بازدید کردند و با تلسکوپ "
    "بزرگ رصدخانه ماه و سیاره مشتری را دیدند و …\n\n[ادامه مطلب](https://uni.example.ir/?p=77)\n",
    {"title": (DAYPOST, "WARN"), "nottitle": f"بایگانی نوشته های روز: {DAY}"},
)
# -- near miss: an <h1> headline opening with a day and its month.
STUDENT = "۱۶ آذر، روز دانشجو بر دانشجویان دانشگاه مبارک باد"
case(
    "uni-html-h1-day-and-month-headline-neg",
    "html",
    html(
        f"<h1>{STUDENT}</h1><div class='date'>{DAY}</div>"
        "<p>رئیس دانشگاه در پیامی روز دانشجو را به همه دانشجویان تبریک گفت و از برگزاری جشن "
        "روز دانشجو در سالن اجتماعات در روز پنجشنبه خبر داد.</p>"
    ),
    {"title": STUDENT + "!", "published": "2023-12-09"},
)

# == fix207 (2): the bare «نوشته‌ها» label, ZWNJ missing, over a blog's items ===============
case(
    "blog-posts-label-no-zwnj-over-items-pos",
    "text",
    double_spaced(
        "نوشته ها",
        "یادداشتی درباره باران",
        "باران امروز همه کوچه را شست و بچه ها با چکمه در چاله های آب بازی کردند و …",
        "سفر به ماسوله",
        "خانه های پلکانی ماسوله در مه صبحگاهی زیباتر از همیشه بود و ما تا غروب ماندیم و …",
    ),
    {"title": "WARN"},
)
# -- near miss: a headline opening with «نوشته‌ها».
WRITINGS = "نوشته‌ها و یادداشت‌های منتشرنشده یک شاعر محلی چاپ شد"
case(
    "news-headline-opening-with-posts-word-neg",
    "text",
    f"{WRITINGS}\n{DAY}\n\n"
    "مجموعه ای از نوشته ها و یادداشت های منتشرنشده شاعر محلی شهر به همت خانواده او و انجمن "
    "ادبی شهرستان در سیصد صفحه چاپ شد و در نمایشگاه کتاب استان عرضه می شود.\n",
    {"title": WRITINGS + "!", "published": "2023-12-09"},
)

# == fix207 (3): Russian yearless datelines completed by the address =========================
RU_HEAD = "В Астане открылась новая детская библиотека"
RU_BODY = (
    "Городские власти сообщили, что в библиотеке более двадцати тысяч книг для детей и "
    "подростков, а читальный зал рассчитан на сто мест."
)
RU_MORE = "По словам директора, библиотека будет работать без выходных до позднего вечера."


def ru_page(dateline: str, stamp: str = "") -> str:
    return (
        f"{RU_HEAD}\n\n{stamp}\n\n{dateline} - Sputnik. {RU_BODY}\n\n{RU_MORE}\n"
        if stamp
        else f"{RU_HEAD}\n\n{dateline} - Sputnik. {RU_BODY}\n\n{RU_MORE}\n"
    )


# A Kazakh mobile edition: the dateline's day is the address's; an update stamp day first.
case(
    "ru-kz-mobile-dateline-on-address-day-updated-pos",
    "text",
    ru_page("АСТАНА, 4 дек", "(обновлено 10:20 05.12.2023)"),
    {"title": RU_HEAD, "published": "2023-12-04", "updated": "2023-12-05"},
    url="https://m.kz.sputniknews.ru/society/20231204/1040123456/biblioteka.html",
)
# The address of New Year's day, the dateline of the last day of the year before.
case(
    "ru-dateline-december-31-address-january-1-pos",
    "text",
    ru_page("АСТАНА, 31 дек"),
    {"published": ("2023-12-31", None)},
    url="https://kz.sputniknews.ru/society/20240101/1040123999/biblioteka.html",
)
# -- near miss: a yearless dateline and an address without a date: no year, no date.
case(
    "ru-dateline-undated-address-neg",
    "text",
    ru_page("АСТАНА, 4 дек"),
    {"published": None},
    url="https://kz.sputniknews.ru/society/biblioteka-astana/",
)

# == fix207 (4): Discourse's topic address ===================================================
TOPIC = "کدام لپ تاپ برای برنامه نویسی مناسب تر است؟"
case(
    "forum-discourse-topic-post-address-pos",
    "text",
    f"{TOPIC}\n\nسلام دوستان، می خواهم برای برنامه نویسی لپ تاپ بخرم و بودجه ام محدود است؛ "
    "رم و پردازنده کدام مهم تر است؟\n",
    {"title": TOPIC + "!", "number": num("5123")},
    url="https://forum.example.ir/t/topic/5123/7",
)

# == fix208: a motto with a full stop, a sentence over a question, the separators ===========
QUESTION = "چرا قیمت گوشی های تلفن همراه در یک ماه دو بار بالا رفت؟"
Q_LEAD = (
    "قیمت گوشی های تلفن همراه در بازار در یک ماه گذشته دو بار افزایش یافت و فروشندگان دلیل "
    "آن را گرانی ارز و کمبود کالا در گمرک می دانند.\n\n"
    "به گفته فروشندگان خریداران بیشتر به گوشی های کارکرده روی آورده اند.\n"
)
case(
    "shop-name-bar-stopped-motto-over-question-pos",
    "text",
    f"مجله دیجی کالا\n\nهمراه شما در خرید هوشمند.\n\n{QUESTION}\n\n{Q_LEAD}",
    {"title": QUESTION + "!"},
)
# -- near miss: a statement headline with its full stop over a question subtitle.
FARE = "بلیت پروازهای داخلی از امروز بیست درصد گران شد."
case(
    "news-stopped-headline-over-question-subtitle-neg",
    "text",
    f"{FARE}\nآیا قیمت بلیت قطار هم بالا می رود؟\n{DAY}\n\n"
    "سازمان هواپیمایی کشوری اعلام کرد نرخ بلیت پروازهای داخلی از امروز بیست درصد افزایش "
    "یافته است و این افزایش همه مسیرها را در بر می گیرد.\n\n"
    "درباره قیمت بلیت قطار هنوز تصمیمی گرفته نشده است.\n",
    {"title": FARE + "!", "published": "2023-12-09"},
)
# An archive label with a guillemet (Yoast's breadcrumbs' mark) over two teasers.
TAGNAME = "گوشی کارکرده"
case(
    "shop-markdown-tag-label-guillemet-two-teasers-pos",
    "text",
    f"# آرشیو برچسب » {TAGNAME}\n\n"
    "## راهنمای خرید گوشی کارکرده\n\n"
    "پیش از خرید گوشی کارکرده باید باتری، دوربین و صفحه نمایش آن را به دقت بررسی کنید و …\n\n"
    "[ادامه مطلب](https://shop.example.ir/mag/812)\n\n"
    "## ده نکته برای فروش گوشی کارکرده\n\n"
    "اگر می خواهید گوشی خود را بفروشید بهتر است پیش از آن اطلاعات را پاک کنید و …\n\n"
    "[ادامه مطلب](https://shop.example.ir/mag/805)\n",
    {"title": (TAGNAME, "WARN"), "nottitle": f"آرشیو برچسب » {TAGNAME}"},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
