"""Sixty-seventh round of attacks: the rules merged with no attack round yet, fix210
(``_title._question_under_stopped_headline``; ``vocab.COUNTRY_EDITION_ZONES``, the tj, kz, ge,
by and md editions' clocks and day-first reading; ``_html._signature_footer``;
``_header._day_before_clock_words``; a row opening «امروز:» as a today banner) and fix211
(``_title._cut_copy_over_whole``; ``_evidence.read_more_date_end``; Tajik «Санаи интишор:» /
«Ношир:»; ``_evidence.month_year_heading``; ``_title._long_headline_over_date``; the dashed
«امروز – WEEKDAY DATE –» in a lead), each put into a whole page of a kind it was not made on
(a news agency, a ministry, a university, a provincial site, a blog, a forum, a shop magazine,
an Afghan Dari site; HTML ``<h1>``/``<h3>``/``<li>``/``<footer>``, Markdown; Arabic yeh and
kaf, Persian, Arabic-Indic and ASCII digits, ZWNJ missing, double-spaced lines, CRLF), and at
the edges of its conditions (a count at its threshold and one past it, two rules' shapes on
one page). 29 inputs: 18 positives, 11 near misses (``-neg``), where the new rules must not
fire.

No fix is made for this round (docs/reliability.md, "Attacks, sixty-seventh round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand (jdatetime): 18 Azar 1402 = 2023-12-09 (a Saturday);
21 Azar 1402 = 2023-12-12 (Tuesday); 20 Farvardin 1403 = 2024-04-08 (Monday); 5 Mehr 1395 =
2016-09-26. Clocks in December 2023: Tbilisi +04:00, Chisinau +02:00, Dushanbe +05:00, Minsk
+03:00, Tehran +03:30.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks67.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one. The article sentences, headlines and names are ours; each case names the page or
test whose layout it follows.
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

# == fix210 (1): a stopped headline over its question subtitle =================================
# A ministry's news item (test_fix210's layout: headline with its full stop, question, date
# line, lead retelling the headline), in Arabic yeh and kaf.
EXAM = "وزارت آموزش و پرورش زمان امتحانات نهایی دی ماه را اعلام کرد."
EXAM_Q = "آیا امتحانات حضوری برگزار می شود؟"
EXAM_LEAD = (
    "وزارت آموزش و پرورش اعلام کرد امتحانات نهایی دی ماه پایه دوازدهم از بیستم دی آغاز "
    "می شود و زمان هر امتحان در سامانه دانش آموزی منتشر شده است.\n\n"
    "درباره شیوه برگزاری امتحانات هنوز تصمیم قطعی گرفته نشده است.\n"
)
case(
    "ministry-stopped-headline-question-yeh-kaf-pos",
    "text",
    yeh_kaf(f"{EXAM}\n{EXAM_Q}\n{DAY}\n\n{EXAM_LEAD}"),
    {"title": (yeh_kaf(EXAM) + "!", EXAM + "!"), "published": "2023-12-09"},
)
# A university's page as HTML: <h1> headline, <h3> question, the date, the lead.
case(
    "university-html-h1-stopped-headline-h3-question-pos",
    "html",
    html(
        f"<h1>{EXAM}</h1><h3>{EXAM_Q}</h3><p>{DAY}</p>"
        + "".join(f"<p>{p}</p>" for p in EXAM_LEAD.strip().split("\n\n"))
    ),
    {"title": EXAM, "published": "2023-12-09"},
)
# The headline at fifteen words (the rule's bound), double-spaced lines, ZWNJ missing.
LONG_STOP = "شورای شهر نرخ تازه کرایه تاکسی و اتوبوس را برای سال آینده به تصویب رساند."
case(
    "provincial-fifteen-word-stopped-headline-double-spaced-pos",
    "text",
    double_spaced(
        LONG_STOP,
        "آیا کرایه مترو هم تغییر می کند؟",
        DAY,
        "شورای شهر کرج در جلسه دیروز نرخ تازه کرایه تاکسی و اتوبوس را برای سال آینده تصویب "
        "کرد و این نرخ از اول فروردین اجرا می شود.",
        "درباره کرایه مترو تصمیمی گرفته نشده است.",
    ),
    {"title": LONG_STOP + "!", "published": "2023-12-09"},
)
# -- near miss: a site's notice with its full stop over a blog's question headline the lead
# retells: the question is the title.
BLOG_Q = "چرا قیمت کتاب در یک سال دو برابر شد؟"
case(
    "blog-notice-over-question-headline-neg",
    "text",
    f"این وبلاگ به نشانی تازه منتقل شده است.\n{BLOG_Q}\n{DAY}\n\n"
    "قیمت کتاب در یک سال دو برابر شد چون بهای کاغذ و هزینه چاپ بالا رفته و ناشران "
    "شمارگان را کم کرده اند.\n\nبسیاری از خوانندگان اکنون کتاب دست دوم می خرند.\n",
    {"title": BLOG_Q + "!", "published": "2023-12-09"},
)

# == fix210 (2): the country editions' clocks ==================================================
RU_HEAD = "В городе открылась новая детская библиотека"
RU_BODY = (
    "В центре города открылась библиотека для детей и подростков, где можно бесплатно брать "
    "книги и заниматься в читальном зале."
)
RU_MORE = "По словам организаторов, библиотека будет работать шесть дней в неделю."


def ru_page(dateline: str, stamp: str) -> str:
    return f"{RU_HEAD}\n\n{stamp}\n\n{dateline} - Sputnik. {RU_BODY}\n\n{RU_MORE}\n"


# The Georgian edition (Tbilisi's clock), CRLF.
case(
    "ru-ge-edition-update-day-first-tbilisi-crlf-pos",
    "text",
    crlf(ru_page("ТБИЛИСИ, 4 дек", "(обновлено 16:45 05.12.2023)")),
    {"published": "2023-12-04", "updated": "2023-12-05T16:45:00+04:00"},
    url="https://ge.sputniknews.ru/society/20231204/1040555123/biblioteka.html",
)
# The Moldovan edition (Chisinau's clock), the mobile host.
case(
    "ru-md-mobile-edition-update-chisinau-pos",
    "text",
    ru_page("КИШИНЕВ, 4 дек", "(обновлено 16:45 05.12.2023)"),
    {"published": "2023-12-04", "updated": "2023-12-05T16:45:00+02:00"},
    url="https://m.md.sputniknews.ru/society/20231204/1040555124/biblioteka.html",
)
# A Tajik national agency's own host (.tj, not an edition's label): a day-first stamp there.
TJ_HEAD = "Дар Душанбе китобхонаи нави кӯдакона кушода шуд"
TJ_BODY = (
    "Дар маркази шаҳр китобхонаи нав барои кӯдакон ва наврасон кушода шуд, ки дар он "
    "китобҳоро ройгон гирифтан мумкин аст.\n\n"
    "Ба гуфтаи ташкилкунандагон, китобхона шаш рӯз дар як ҳафта кор мекунад.\n"
)
case(
    "tj-national-host-tajik-publication-label-digits-pos",
    "text",
    f"{TJ_HEAD}\n\nНошир: Хадамоти матбуот Санаи интишор: 05.12.2023 - 10:20\n\n{TJ_BODY}",
    {"title": TJ_HEAD, "published": "2023-12-05T10:20:00+05:00"},
    url="https://khovar.tj/2023/12/kitobkhona/",
)
# -- near miss: a Persian service whose host opens with «kz.»: its Jalali stamp is Tehran's.
NEWS = "نمایشگاه کتاب تهران در مصلی برگزار می شود"
NEWS_BODY = (
    "نمایشگاه کتاب امسال با حضور ناشران داخلی و خارجی در مصلی امام خمینی برگزار می شود و "
    "تا ده روز ادامه دارد.\n\nبلیت ورود به نمایشگاه رایگان است.\n"
)
case(
    "persian-service-kz-label-jalali-stamp-tehran-neg",
    "text",
    f"{NEWS}\n۱۴۰۲/۰۹/۱۸ - ۱۰:۲۰\n\n{NEWS_BODY}",
    {"title": NEWS + "!", "published": "2023-12-09T10:20:00+03:30"},
    url="https://kz.iranculture.example/fa/news/1234",
)
# -- near miss: the Belarusian edition's page with a stamp that reads one way only (13.12):
# Minsk's clock, no day-month doubt needed but no wrong day either.
case(
    "ru-by-edition-unambiguous-stamp-neg",
    "text",
    ru_page("МИНСК, 12 дек", "(обновлено 09:30 13.12.2023)"),
    {"published": "2023-12-12", "updated": "2023-12-13T09:30:00+03:00"},
    url="https://by.sputniknews.ru/society/20231212/1040555125/biblioteka.html",
)

# == fix210 (3): a post's signature row in a <footer> ==========================================
SHOP_HEAD = "راهنمای انتخاب کفش کوهنوردی برای مبتدیان"
SHOP_P = (
    "<p>کفش کوهنوردی باید ساق بلند داشته باشد و زیره آن روی سنگ خیس نلغزد؛ پیش از خرید آن را "
    "با جوراب ضخیم امتحان کنید.</p><p>کفش نو را چند روز در شهر بپوشید تا پا به آن عادت کند.</p>"
)
# A shop magazine's post: a signature row of a day and an author cell, no clock.
case(
    "shop-html-footer-day-author-cells-pos",
    "html",
    html(
        f"<h1>{SHOP_HEAD}</h1>{SHOP_P}"
        "<footer><p>[ دوشنبه ۲۰ فروردین ۱۴۰۳ ] [ نویسنده: تیم محتوا ]</p></footer>"
    ),
    {"title": SHOP_HEAD, "published": "2024-04-08"},
)
# A name cell of two words after the clock (one past the rule's one-word name), as text.
case(
    "blog-text-two-word-name-cell-after-clock-pos",
    "text",
    f"{SHOP_HEAD}\n\n{SHOP_P.replace('<p>', '').replace('</p>', chr(10) * 2)}"
    "[ شنبه ۱۸ آذر ۱۴۰۲ ] [ ساعت ۱۷ و ۴۰ دقیقه ] [ علی رضایی ]\n",
    {"published": "2023-12-09T17:40:00+03:30"},
)
# -- near miss: the site's footer row saying when the site was last updated: no post's date.
case(
    "shop-html-footer-site-updated-row-neg",
    "html",
    html(
        f"<h1>{SHOP_HEAD}</h1>{SHOP_P}"
        "<footer><p>[ آخرین به روزرسانی سایت: ۱۸ آذر ۱۴۰۲ ] [ کلیه حقوق محفوظ است ]</p></footer>"
    ),
    {"title": SHOP_HEAD, "published": None},
)
# -- near miss: a today banner with a space before its colon, in a <footer>.
case(
    "blog-html-footer-today-spaced-colon-neg",
    "html",
    html(
        f"<h1>{SHOP_HEAD}</h1>{SHOP_P}"
        "<footer><p>[ امروز : سه شنبه ۲۱ آذر ۱۴۰۲ ] [ ساعت ۹ و ۱۰ دقیقه ]</p></footer>"
    ),
    {"title": SHOP_HEAD, "published": None},
)
# A provincial site: the today row at the top, the post's own labelled date under its title.
case(
    "provincial-today-row-top-labelled-date-pos",
    "text",
    f"[ امروز: سه شنبه ۲۱ آذر ۱۴۰۲ ] [ ساعت ۹ و ۱۰ دقیقه ]\n\n{NEWS}\n"
    f"تاریخ انتشار: {DAY}\n\n{NEWS_BODY}",
    {"title": NEWS, "published": "2023-12-09"},
)

# == fix211 (1): a cut copy over the whole headline ============================================
AGENCY = "افتتاح دو مدرسه تازه در روستاهای شهرستان سراوان با کمک خیرین"
AGENCY_BODY = (
    "دو مدرسه تازه با دوازده کلاس درس در روستاهای شهرستان سراوان با کمک خیرین مدرسه ساز "
    "افتتاح شد.\n\nمدیر آموزش و پرورش شهرستان گفت ساخت سه مدرسه دیگر هم آغاز شده است.\n"
)
# A news agency's crumbs spelled with «>», three crumb words.
case(
    "agency-crumbs-cut-copy-over-whole-pos",
    "text",
    f"صفحه اصلی > استان ها > افتتاح دو مدرسه تازه در روستاهای شهرستان...\n{AGENCY}\n"
    f"{DAY}\n\n{AGENCY_BODY}",
    {"title": AGENCY, "published": "2023-12-09"},
)
# Seven crumb words (one past the six allowed) before the copy: the whole headline still.
case(
    "agency-seven-crumb-words-cut-copy-pos",
    "text",
    f"خانه › اخبار استان › شهرستان ها › آموزش و پرورش › افتتاح دو مدرسه تازه در...\n"
    f"{AGENCY}\n{DAY}\n\n{AGENCY_BODY}",
    {"title": AGENCY, "published": "2023-12-09"},
)
# -- near miss: a poem's title ending with dots over its first verse, which opens the same.
POEM = "در کوچه های شهر ما..."
case(
    "blog-poem-title-with-dots-over-first-verse-neg",
    "text",
    f"{POEM}\n{DAY}\n\nدر کوچه های شهر ما باران نمی بارد\nدر کوچه های شهر ما کسی آواز "
    "نمی خواند\nو کودکان پشت پنجره ها منتظر بهارند\n",
    {"title": (POEM, POEM[:-3]), "published": "2023-12-09"},
)

# == fix211 (2): a read-more phrase and a date ending a teaser's title =========================
TEASER = "شیوه نامه تازه ثبت نام دانشجویان مهمان منتشر شد"
# A Dari site's day archive with one teaser, Arabic yeh and kaf, Arabic-Indic digits.
case(
    "dari-one-teaser-read-more-date-arabic-indic-pos",
    "text",
    arabic_digits(yeh_kaf(f"{TEASER} ادامه مطلب › ۵ میزان ۱۳۹۵\n")),
    {"title": (TEASER, yeh_kaf(TEASER)), "published": "2016-09-26"},
    url="https://uni.example.af/2016/09/26",
)
# -- near miss: a category page of two teasers, each «TITLE ادامه مطلب » DATE»: a list.
case(
    "uni-two-teasers-read-more-dates-list-neg",
    "text",
    f"{TEASER} ادامه مطلب » ۵ مهر ۱۳۹۵\n"
    "برگزاری کارگاه نگارش مقاله برای دانشجویان دکتری ادامه مطلب » ۲ مهر ۱۳۹۵\n",
    {"title": "WARN", "published": None},
    url="https://uni.example.ir/category/news/",
)
# -- near miss: a headline ending «ادامه دارد تا DATE» (no read-more phrase): kept whole.
GOES_ON = "جشنواره فیلم کوتاه دانشجویی تا ۲۵ آذر ۱۴۰۲ ادامه دارد"
case(
    "news-headline-continues-until-date-neg",
    "text",
    f"{GOES_ON}\n{DAY}\n\nجشنواره فیلم کوتاه دانشجویی با نمایش چهل فیلم در تالار دانشگاه "
    "آغاز شد و تا یک هفته ادامه دارد.\n\nورود برای همه دانشجویان آزاد است.\n",
    {"title": GOES_ON + "!", "published": "2023-12-09"},
)

# == fix211 (4): a heading of a month and a year alone =========================================
# -- near miss: «مهر ۱۴۰۲ و بازار مسکن», a month's name and year inside a headline.
HOUSING = "مهر ۱۴۰۲ و بازار مسکن"
case(
    "magazine-markdown-month-year-headline-neg",
    "text",
    f"# {HOUSING}\n\n{DAY}\n\nبازار مسکن در مهر امسال آرام بود و شمار معاملات نسبت به ماه "
    "پیش کمتر شد.\n\nکارشناسان می گویند قیمت ها در زمستان ثابت می ماند.\n",
    {"title": HOUSING + "!", "published": "2023-12-09"},
)
# A Dari month archive (#  حوت ۱۴۰۲ with ZWNJ missing) over one post's linked heading.
POST = "گزارش کار شفاخانه ولایتی در ماه حوت"
case(
    "dari-markdown-month-archive-over-post-pos",
    "text",
    no_zwnj(
        f"# حوت ۱۴۰۲\n\n## [{POST}](/fa/node/812)\n\n۱۲ حوت ۱۴۰۲\n\n"
        "شفاخانه ولایتی در ماه حوت بیش از سه هزار بیمار را درمان کرده و دو بخش تازه را "
        "گشوده است.\n\nمسوولان شفاخانه گفتند که کمبود دوا هنوز یک مشکل است.\n"
    ),
    {"title": POST, "published": "2024-03-02"},
)
# Two rules on one page: a month archive's heading over one teaser with read-more and date.
case(
    "blog-markdown-month-heading-over-read-more-teaser-pos",
    "text",
    f"# آذر ۱۴۰۲\n\n{TEASER} ادامه مطلب » {DAY}\n",
    {"title": TEASER, "published": "2023-12-09"},
)
# An HTML month archive: <h1> of an ASCII-digit month, <h3> post title, the date, the text.
case(
    "html-h1-month-ascii-digits-over-h3-post-pos",
    "html",
    html(f"<h1>آذر 1402</h1><h3>{SHOP_HEAD}</h3><p>{DAY}</p>{SHOP_P}"),
    {"title": SHOP_HEAD, "published": "2023-12-09"},
)

# == fix211 (5): a long headline over a bare date line =========================================
REG40 = (
    "دستورالعمل اجرایی نحوه پرداخت کمک هزینه تحصیلی به فرزندان کارکنان شاغل و بازنشسته "
    "دانشگاه علوم پزشکی استان در مقاطع کارشناسی و کارشناسی ارشد و دکتری در دانشگاه های "
    "دولتی و آزاد اسلامی و پیام نور برای سال تحصیلی جدید کشور"
)
# A university's regulation page: a title of forty words (the bound) over its date, no text.
case(
    "uni-forty-word-regulation-over-date-pos",
    "text",
    f"{REG40}\n۱۴۰۲/۰۹/۱۸\n",
    {"title": REG40, "published": "2023-12-09"},
)
# Forty-one words (one past), the date in Persian digits with dashes, CRLF.
REG41 = REG40 + " ۱۴۰۲"
case(
    "uni-forty-one-word-regulation-over-date-crlf-pos",
    "text",
    crlf(f"{REG41}\n۱۴۰۲-۰۹-۱۸\n"),
    {"title": (REG41, "WARN"), "published": "2023-12-09"},
)
# -- near miss: a forum post's greeting sentence of thirty-five words, no end mark, over its date.
GREETING = (
    "با سلام خدمت همه دوستان عزیز انجمن من تازه عضو شده ام و می خواستم بپرسم برای نصب "
    "نسخه جدید نرم افزار حسابداری روی ویندوز ده چه تنظیماتی لازم است و کدام نسخه بهتر است"
)
case(
    "forum-thirty-five-word-greeting-over-date-neg",
    "text",
    f"{GREETING}\n{DAY}\n",
    {"nottitle": GREETING, "published": "2023-12-09"},
)

# == fix211 (6): the dashed «امروز – WEEKDAY DATE –» in a lead =================================
# A provincial site: its Tuesday banner over the title, the lead's today a Saturday.
case(
    "provincial-tuesday-banner-lead-dashed-saturday-pos",
    "text",
    f"سه شنبه ۲۱ آذر ۱۴۰۲\n\n{AGENCY}\n\nامروز – شنبه {DAY} – دو مدرسه تازه با دوازده "
    "کلاس درس در روستاهای شهرستان سراوان با کمک خیرین افتتاح شد.\n\n"
    "مدیر آموزش و پرورش شهرستان گفت ساخت سه مدرسه دیگر هم آغاز شده است.\n",
    {"title": AGENCY, "published": (None, "2023-12-09"), "nocode": "weekday-mismatch"},
)
# -- near miss: a lead opening «امروز – به گزارش ...» (no weekday) under the page's own date.
case(
    "agency-lead-dashed-today-no-weekday-neg",
    "text",
    f"شنبه {DAY}\n\n{AGENCY}\n\nامروز – به گزارش خبرنگار ما، دو مدرسه تازه در روستاهای "
    "شهرستان سراوان با کمک خیرین افتتاح شد.\n\n"
    "مدیر آموزش و پرورش شهرستان گفت ساخت سه مدرسه دیگر هم آغاز شده است.\n",
    {"title": AGENCY, "published": "2023-12-09"},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
