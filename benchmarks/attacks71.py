"""Seventy-first round of attacks: the rules merged last session that no attack round has tried.
fix223 (front pages whose items carry no dates: a menu's run of labels over undated headlines,
four or more undated headlines one under the other), fix224 (a weekday in brackets before its
date, checked as an unbracketed one), fix225 and the lead's d2a76c11/f2a8add6 (a forum reply's
header past «#1», its day alone over its number; ``EVENT_ROLE_NOUNS``: an institution's noun
giving the body a role in an event is a headline, not a masthead), fix226 (a month's name, its
day and year joined by hyphens, ``فروردین-01-1390``), fix227 (Joomla 1.0's
``/content/view/<id>/<Itemid>/``), fix228 (a site's name and motto over a bare «برچسب ها» tag
list) and real65 (a letter's addressee naming its readers «محترم» over its greeting), each put
into a whole page of a kind it was not made on (a news agency, a ministry, a university, a
provincial site, a blog, a forum, a shop magazine, an Afghan Dari site; HTML
``<td>``/``<li>``/``<h1>``/``<h3>``/``<footer>``, Markdown; Arabic yeh and kaf, Persian,
Arabic-Indic and ASCII digits, ZWNJ present and missing, double-spaced lines, CRLF), at the
edges of its conditions, and two rules' shapes on one page. 30 inputs: 20 positives, 10 near
misses (``-neg``), where the new rules must not fire.

No fix is made for this round (docs/reliability.md, "Attacks, seventy-first round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand (jdatetime): 18 Azar 1402 = 2023-12-09 (a Saturday);
20 Azar 1402 = 2023-12-11; 25 Farvardin 1403 = 2024-04-13 (a Saturday; Hamal is Farvardin in
Afghanistan's solar months); 1 Farvardin 1390 = 2011-03-21; 5 Mehr 1401 = 2022-09-27;
10 Ordibehesht 1403 = 2024-04-29; 12 Ordibehesht 1403 = 2024-05-01 (a Wednesday); 24 Dey 1402 =
2024-01-14 (a Sunday); 30 Esfand 1403 = 2025-03-20 (1403 is a leap year; 1402 is not, so
30 Esfand 1402 does not exist).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks71.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one; «code»/«nocode» a warning code wanted or not wanted. The article sentences,
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
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

DAY = "۱۸ آذر ۱۴۰۲"  # 2023-12-09, a Saturday
APR = "۲۵ فروردین ۱۴۰۳"  # 2024-04-13, a Saturday
WATER = "آغاز اجرای طرح نوسازی شبکه آب آشامیدنی در سه شهرستان استان"
WATER_BODY = (
    "شرکت آب و فاضلاب استان از این هفته نوسازی هشتاد کیلومتر از لوله های فرسوده شبکه آب "
    "آشامیدنی را در سه شهرستان آغاز کرد و قرار است کار تا پایان تابستان تمام شود.\n\n"
    "مدیرعامل این شرکت گفت که در روزهای اجرای طرح ممکن است فشار آب در برخی محله ها کم شود "
    "و برنامه هر محله از پیش در پایگاه شرکت اعلام خواهد شد.\n"
)
EXAM = "اعلام زمان برگزاری آزمون جامع دکتری دانشکده فنی"
EXAM_BODY = (
    "معاونت آموزشی دانشکده فنی اعلام کرد که آزمون جامع دانشجویان دکتری این نیمسال در دو "
    "نوبت صبح و عصر در سالن اجتماعات دانشکده برگزار می شود.\n\n"
    "دانشجویانی که واحدهای آموزشی خود را گذرانده اند تا پایان هفته آینده فرصت دارند درخواست "
    "خود را در سامانه آموزشی ثبت کنند و کارت ورود را از همان سامانه بگیرند.\n"
)
SHOES = "راهنمای خرید کفش کوهنوردی برای مسیرهای سنگی"
SHOES_BODY = (
    "کفش کوهنوردی برای مسیرهای سنگی باید زیره ای سخت و آج دار داشته باشد و مچ پا را خوب "
    "نگه دارد؛ کفش سبک برای مسیرهای خاکی بهتر است اما روی سنگ زود ساییده می شود.\n\n"
    "پیش از خرید کفش را با جوراب کوهنوردی بپوشید و چند دقیقه در فروشگاه راه بروید.\n"
)
DARI = "آغاز کار سرک سازی در ولسوالی های شمالی ولایت بلخ"
DARI_BODY = (
    "وزارت فواید عامه از آغاز کار ساختمان سی کیلومتر سرک در ولسوالی های شمالی ولایت بلخ "
    "خبر داد و گفت این کار تا پایان سال روان تمام می شود.\n\n"
    "مسئولان این وزارت گفتند که صدها تن از باشندگان محل در این پروژه کار پیدا می کنند.\n"
)


# == fix224: a weekday in brackets before its date ==============================================
# A ministry's HTML news page, its date row a <td> cell «(دوشنبه) ۱۸ آذر ۱۴۰۲»: 18 Azar 1402 is
# a Saturday: the day kept, its weekday doubted (weekday-mismatch).
case(
    "ministry-html-td-bracketed-weekday-mismatch-pos",
    "html",
    html(
        f"<h1>{WATER}</h1><table><tr><td>(دوشنبه) {DAY}</td><td>کد خبر: ۸۸۲۱۴</td></tr>"
        "</table>" + "".join(f"<p>{p}</p>" for p in WATER_BODY.strip().split("\n\n"))
    ),
    {"title": WATER, "published": "2023-12-09", "code": "weekday-mismatch"},
)
# A provincial site in Arabic yeh and kaf and Arabic-Indic digits, the bracketed weekday
# «(يكشنبه)» (a Sunday) before a Saturday's date.
case(
    "provincial-yeh-kaf-arabic-indic-bracketed-weekday-mismatch-pos",
    "text",
    yeh_kaf(arabic_digits(f"{WATER}\n\n(یکشنبه) {APR}\n\n{WATER_BODY}")),
    {"title": (WATER, yeh_kaf(WATER)), "published": "2024-04-13", "code": "weekday-mismatch"},
)
# A news agency's CRLF page, the bracketed weekday after the date's label: «تاریخ انتشار:
# (سه شنبه) ۱۲ اردیبهشت ۱۴۰۳», a Wednesday's date.
case(
    "agency-label-bracketed-weekday-mismatch-crlf-pos",
    "text",
    crlf(f"{EXAM}\n\nتاریخ انتشار: (سه شنبه) ۱۲ اردیبهشت ۱۴۰۳\n\n{EXAM_BODY}"),
    {"title": EXAM, "published": "2024-05-01", "code": "weekday-mismatch"},
)
# An Afghan ministry's page, the Afghan month «حمل» after a bracketed «(دوشنبه)».
case(
    "dari-bracketed-weekday-hamal-mismatch-pos",
    "text",
    yeh_kaf(f"{DARI}\n\n(دوشنبه) ۲۵ حمل ۱۴۰۳\n\n{DARI_BODY}"),
    {"title": (DARI, yeh_kaf(DARI)), "published": "2024-04-13", "code": "weekday-mismatch"},
)
# -- near miss: a blog's bracketed weekday that agrees («(شنبه)» over a Saturday): no doubt.
case(
    "blog-bracketed-weekday-matching-neg",
    "text",
    f"{SHOES}\n\n(شنبه) {DAY}\n\n{SHOES_BODY}",
    {"title": SHOES, "published": "2023-12-09", "nocode": "weekday-mismatch"},
)

# == fix226: a month's name, day and year joined by hyphens =====================================
# A blog post's date line «فروردین-01-1390» (parsidate's %B-%d-%Y): 1 Farvardin 1390, day and
# month not swapped.
case(
    "blog-month-hyphen-farvardin-01-1390-pos",
    "text",
    f"{SHOES}\n\nفروردین-01-1390\n\n{SHOES_BODY}",
    {"title": SHOES, "published": "2011-03-21"},
)
# A shop magazine's 30 Esfand of a leap year (1403), double-spaced.
case(
    "shop-month-hyphen-esfand-30-leap-1403-double-spaced-pos",
    "text",
    double_spaced(SHOES, "اسفند-30-1403", *SHOES_BODY.strip().split("\n\n")),
    {"title": SHOES, "published": "2025-03-20"},
)
# A university's 30 Esfand of a common year (1402): no such day: no date, never a shifted one.
case(
    "uni-month-hyphen-esfand-30-common-1402-refused-pos",
    "text",
    f"{EXAM}\n\nاسفند-30-1402\n\n{EXAM_BODY}",
    {"title": EXAM, "published": None},
)
# A provincial site's HTML list item «<li>مهر-٠٥-١٤٠١</li>» (Arabic-Indic digits, yeh and kaf).
case(
    "provincial-html-li-month-hyphen-arabic-indic-yeh-kaf-pos",
    "html",
    html(
        yeh_kaf(
            arabic_digits(
                f"<h1>{WATER}</h1><ul><li>مهر-05-1401</li><li>بازدید: 312</li></ul>"
                + "".join(f"<p>{p}</p>" for p in WATER_BODY.strip().split("\n\n"))
            )
        )
    ),
    {"title": (WATER, yeh_kaf(WATER)), "published": "2022-09-27"},
)
# An Afghan site's «حمل-25-1403» (an Afghan month in the layout).
case(
    "dari-month-hyphen-hamal-25-1403-pos",
    "text",
    f"{DARI}\n\nحمل-25-1403\n\n{DARI_BODY}",
    {"title": DARI, "published": "2024-04-13"},
)
# -- near miss: a two-digit year «فروردین-01-90»: refused (fix226 leaves it out), no date.
case(
    "uni-month-hyphen-two-digit-year-neg",
    "text",
    f"{EXAM}\n\nفروردین-01-90\n\n{EXAM_BODY}",
    {"title": EXAM, "published": None},
)

# == fix225 and d2a76c11/f2a8add6: a reply's header past «#1», its day alone ====================
TOPIC = "خاموش شدن ناگهانی لپ تاپ هنگام بازی"
CRUMB = "انجمن رایانه نمونه > سخت افزار"
REPLY = "دمای پردازنده را با یک برنامه ببینید؛ احتمالا فن پر از گرد و خاک شده و باید تمیز شود.\n"
POST = (
    "سلام، لپ تاپ من از هفته پیش هر بار که بازی را اجرا می کنم بعد از ده دقیقه بی هشدار "
    "خاموش می شود. ویندوز را هم دوباره نصب کردم ولی فرقی نکرد. کسی می داند مشکل از کجاست؟\n"
)
# A later page's reply «#۷» under its day alone «۲۴ دی ۱۴۰۲», Persian digits, CRLF: no date.
case(
    "forum-reply-day-alone-over-persian-number-crlf-pos",
    "text",
    crlf(f"{CRUMB}\n\n{TOPIC} - صفحه ۳\n\n۲۴ دی ۱۴۰۲\n#۷\n\n{REPLY}"),
    {"published": None},
)
# A forum's HTML table, the reply's day and its number in one <td> cell «۲۴ دی ۱۴۰۲   #۱۵».
case(
    "forum-html-td-reply-day-alone-number-on-line-pos",
    "html",
    html(
        f"<p>{CRUMB}</p><h1>{TOPIC} - صفحه 2</h1><table><tr><td>۲۴ دی ۱۴۰۲ &nbsp; #۱۵</td></tr>"
        f"<tr><td>{REPLY.strip()}</td></tr></table>"
    ),
    {"published": None},
)
# -- near miss: the first post's day alone over «#۱»: the thread's date (d2a76c11 keeps #1's).
case(
    "forum-first-post-day-alone-over-one-neg",
    "text",
    f"{CRUMB}\n\n{TOPIC}\n\n۲۴ دی ۱۴۰۲\n#۱\n\n{POST}",
    {"title": TOPIC, "published": "2024-01-14"},
)
# -- near miss: a shop magazine's article, its date, a blank line, then a numbered pick «#۳
# ...» (f2a8add6's blog shape with a list entry): the article's date.
case(
    "shop-article-date-blank-line-numbered-pick-neg",
    "text",
    f"{SHOES}\n\n{DAY}\n\n#۳ کفش نیم ساق با زیره ویبرام\n\n{SHOES_BODY}",
    {"title": SHOES, "published": "2023-12-09"},
)

# == fix225: EVENT_ROLE_NOUNS, an institution's noun giving the body a role in an event ==========
FESTIVAL = "استانداری فارس میزبان جشنواره ملی گل محمدی"
FEST_BODY = (
    "جشنواره ملی گل محمدی امسال با حضور گلابگیران شش استان در باغ های حاشیه شهر برگزار می شود "
    "و بازدید از کارگاه های گلابگیری برای همه آزاد است.\n\n"
    "دبیر جشنواره گفت که فروش محصولات گلابگیران بی واسطه در بازارچه جشنواره انجام می شود.\n"
)
# A provincial site's root: its name in <h1>, the event headline in <h3>, a date, full text.
case(
    "provincial-root-html-h3-event-role-headline-pos",
    "html",
    html(
        f"<h1>استانداری فارس</h1><h3>{FESTIVAL}</h3><p>{APR}</p>"
        + "".join(f"<p>{p}</p>" for p in FEST_BODY.strip().split("\n\n"))
    ),
    {"title": FESTIVAL, "published": "2024-04-13"},
    url="https://ostan-fars-example.ir/",
)
# A municipality's root in Markdown, the headline at the page's top «شهرداری ... برنده ...».
PRIZE = "شهرداری شیراز برنده جایزه ملی شهر دوستدار کودک"
case(
    "municipality-markdown-root-winner-headline-at-top-pos",
    "text",
    f"# {PRIZE}\n\n{DAY}\n\n{FEST_BODY}",
    {"title": PRIZE, "published": "2023-12-09"},
    url="https://shiraz-example.ir/",
)
# -- near miss: the institution's name alone over a date and text at the root (9798fe7b): a
# dated teaser's list, no title, no date.
case(
    "provincial-root-institution-name-alone-over-date-neg",
    "text",
    f"استانداری فارس\n{APR}\n\n{FEST_BODY}",
    {"title": "WARN", "published": None},
    url="https://ostan-fars-example.ir/",
)

# == fix223: front pages whose items carry no dates =============================================
UNDATED = (
    "برگزاری کارگاه آموزشی نگارش مقاله علمی برای دانشجویان",
    "انتشار فراخوان جذب دستیار پژوهشی در پژوهشکده انرژی",
    "دیدار رئیس دانشگاه با نمایندگان شورای صنفی دانشجویان",
    "آغاز ثبت نام المپیاد ورزشی کارکنان دانشگاه",
    "راه اندازی سامانه تازه رزرو غذای دانشجویی",
)
MENU = ("صفحه اصلی", "اخبار", "آموزش", "پژوهش", "دانشجویان", "تماس با ما")
# A university's front page as text (no ZWNJ): its name, five undated headlines one under the
# other, the footer: no title.
case(
    "uni-front-five-undated-headlines-no-zwnj-pos",
    "text",
    no_zwnj(
        "دانشگاه صنعتی نمونه\n\n"
        + "\n".join(UNDATED)
        + "\n\nکلیه حقوق این پایگاه متعلق به دانشگاه صنعتی نمونه است.\n"
    ),
    {"title": "WARN", "published": None},
)
# The Markdown twin of a front page: a level-1 site name, a menu of six links, four undated
# «###» headlines: no title.
case(
    "markdown-front-menu-then-four-undated-headings-pos",
    "text",
    "# دانشگاه صنعتی نمونه\n\n"
    + "".join(f"- [{label}](/p{i})\n" for i, label in enumerate(MENU))
    + "\n"
    + "".join(f"### [{head}](/news/{i})\n\n" for i, head in enumerate(UNDATED[:4])),
    {"title": "WARN", "published": None},
)
# -- near miss: a menu of six labels over an article's headline, date and text: the article.
case(
    "uni-menu-six-labels-over-article-neg",
    "text",
    "\n".join(MENU) + f"\n\n{EXAM}\n{APR}\n\n{EXAM_BODY}",
    {"title": EXAM, "published": "2024-04-13"},
)
# -- near miss: an article with four undated related headlines under «مطالب مرتبط» at its foot.
case(
    "agency-article-four-undated-related-neg",
    "text",
    f"{WATER}\n\n{DAY}\n\n{WATER_BODY}\nمطالب مرتبط\n\n" + "\n".join(UNDATED[:4]) + "\n",
    {"title": WATER, "published": "2023-12-09"},
)

# == fix227: Joomla 1.0's /content/view/<id>/<Itemid>/ ===========================================
# A provincial education office's Joomla 1.0 site: the article's ID is the first number.
case(
    "education-office-joomla10-content-view-id-pos",
    "html",
    html(
        f"<h1>{EXAM}</h1><p>{APR}</p>"
        + "".join(f"<p>{p}</p>" for p in EXAM_BODY.strip().split("\n\n"))
    ),
    {"title": EXAM, "number": "1234", "published": "2024-04-13"},
    url="https://www.amoozesh-example.ir/content/view/1234/56/",
)
# -- near miss: a Joomla 1.0 section address «/content/section/3/56/»: no article number.
case(
    "education-office-joomla10-content-section-neg",
    "text",
    f"{EXAM}\n\n{APR}\n\n{EXAM_BODY}",
    {"title": EXAM, "number": None, "published": "2024-04-13"},
    url="https://www.amoozesh-example.ir/content/section/3/56/",
)

# == fix228: a site's name and motto over a bare tag list ========================================
CYCLE = "دوچرخه سواران استان در مسابقه جاده ای کوهرنگ دوم شدند"
CYCLE_TEXT = (
    "تیم دوچرخه سواری استان با هفت رکاب زن در مسابقه جاده ای کوهرنگ شرکت کرد و پس از تیم "
    "میزبان دوم شد و دو رکاب زن آن به اردوی تیم ملی دعوت شدند.\n"
)
# A local news site's tag page, «برچسب‌ها» with its ZWNJ, Arabic yeh and kaf, Arabic-Indic
# digits, the item's code and date with no colons: a list, no title, no number, no date.
case(
    "local-site-tag-page-zwnj-yeh-kaf-arabic-indic-pos",
    "text",
    yeh_kaf(
        arabic_digits(
            "صدای کرانه\nصدای کرانه خبر هر شهر و روستای استان را از زبان مردم همان جا می گوید.\n\n"
            f"برچسب‌ها\n{CYCLE}\nکد خبر ۴۴۱۸ تاریخ انتشار ۱۳۹۸/۰۲/۱۱\n\n{CYCLE_TEXT}"
        )
    ),
    {"title": "WARN", "number": None, "published": None},
)
# -- near miss: an HTML article with its code, date and a <footer> tag list: the article's own.
case(
    "agency-html-article-footer-tags-neg",
    "html",
    html(
        f"<h1>{CYCLE}</h1><p>کد خبر: ۴۴۱۸</p><p>{DAY}</p><p>{CYCLE_TEXT.strip()}</p>"
        "<footer>برچسب ها: دوچرخه سواری، کوهرنگ، تیم ملی</footer>"
    ),
    {"title": CYCLE, "number": "4418", "published": "2023-12-09"},
)

# == real65: a letter's addressee naming its readers «محترم» ======================================
LETTER = (
    "با توجه به کمبود فضای آموزشی در بیمارستان آموزشی شهر و افزایش شمار دانشجویان پزشکی، "
    "خواهشمند است دستور فرمایید یکی از ساختمان های بلااستفاده دانشکده برای کلاس های درس "
    "دانشجویان سال آخر در نظر گرفته شود.\n"
)
# A university's letter printed on its news page, double-spaced: its date line, the addressee,
# the greeting, the letter: no title from the addressee; the date kept.
case(
    "uni-letter-addressee-greeting-dated-double-spaced-pos",
    "text",
    double_spaced(
        "تاریخ: ۱۴۰۳/۰۲/۱۰",
        "ریاست محترم دانشکده پزشکی دانشگاه علوم پزشکی شیراز",
        "با سلام و احترام؛",
        LETTER.strip(),
    ),
    {"title": "WARN", "published": "2024-04-29"},
)
# -- near miss: a news headline naming «محترم» readers, no greeting: the headline.
THANKS = "قدردانی استاندار از خانواده های محترم شهدای مدافع سلامت"
case(
    "provincial-headline-with-mohtaram-no-greeting-neg",
    "text",
    f"{THANKS}\n\n{DAY}\n\n{FEST_BODY}",
    {"title": THANKS, "published": "2023-12-09"},
)

# == two rules on one page =======================================================================
# A forum's later page, the reply's header a bracketed weekday before its day alone over «#۹»
# (fix224's shape in d2a76c11's header): no date.
case(
    "forum-reply-bracketed-weekday-day-alone-two-rules-pos",
    "text",
    f"{CRUMB}\n\n{TOPIC} - صفحه ۲\n\n(یکشنبه) ۲۴ دی ۱۴۰۲\n#۹\n\n{REPLY}",
    {"published": None},
)
# A blog post under an agreeing bracketed weekday, a comment below dated «آذر-20-1402» (fix226):
# the post's date, no weekday doubt, the comment's not taken.
case(
    "blog-bracketed-weekday-comment-month-hyphen-two-rules-pos",
    "text",
    f"{SHOES}\n\n(شنبه) {DAY}\n\n{SHOES_BODY}\nنظرات\n\nنرگس\nآذر-20-1402\n"
    "من همین کفش را خریدم و راضی هستم.\n",
    {"title": SHOES, "published": "2023-12-09", "nocode": "weekday-mismatch"},
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
