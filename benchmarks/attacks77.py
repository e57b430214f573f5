"""Seventy-seventh round of attacks: the rules merged this session (66f26678..d45786fb) that no
attack round has tried. fix255 (a short heading under an opening sentence doubted, a glossary's
``TERM (Latin)`` entries, a starred note glued to the title, ``HEADLINE`` over ``HEADLINE:
SUBTITLE``), fix256 (a line ending with a short name in guillemets is no paragraph, old
Blogger's sequence post IDs, a WordPress term archive's heading), fix257 (a table's glued header
row, a name over ``NAME چیست؟``), fix258 (vBulletin's ``IconNN`` alt, a quoted date twice,
``تاریخ سند``, vBSEO thread IDs past the year bounds, ``/amp`` after ``-hNNNN.html``, Joomla's
figures alias), fix259 (Markdown list items under a lead-in, an ID a space before its label, a
date and clock before its label, greeting addressees, Persian-digit address IDs), fix260
(``شناسه مقاله``, a title label alone over its value), fix261 (Blogfa's ``p`` query field), in
pages of other kinds and at the edges of their conditions, and two rules on one page.

No fix is made for this round (docs/reliability.md, "Attacks, seventy-seventh round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand: 18 Azar 1402 = 2023-12-09 (Tehran +03:30); 12 Aban 1398 =
2019-11-03; 10 Tir 1392 = 2013-07-01.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks77.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. "WARN" means no title or a doubted one; a title ending «!» that title with no
doubt; a tuple any of its values. The article sentences, headlines and names are ours.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    collector,
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
HEAD = "کتابخانه سیار به روستاهای دور شهرستان رسید"
BODY = (
    "به گزارش خبرنگار ما، نخستین کتابخانه سیار شهرستان با دو هزار جلد کتاب داستان و علمی "
    "برای کودکان و نوجوانان از امروز هر هفته به روستاهای دور از شهر سر می زند.\n\n"
    "مسئول کتابخانه های عمومی شهرستان گفت که کودکان می توانند هر بار سه کتاب به امانت "
    "بگیرند و هفته بعد آن را پس بدهند.\n"
)


def page(*head: str, body: str = BODY) -> str:
    return "\n\n".join(head) + "\n\n" + body


# == fix255: a short heading under an opening sentence =========================================
LESSON = (
    "کاشت درست نهال گردو در پاییز باعث رشد بهتر ریشه آن در زمستان می شود.\n\n"
    "انتخاب جای نهال گردو\n\n"
    "نهال گردو را باید در زمینی آفتابگیر و دور از دیوار کاشت تا شاخه های آن در سال های "
    "بعد جای کافی برای گسترش داشته باشند و سایه بر درختان دیگر نیندازند.\n\n"
    "آبیاری نهال گردو\n\n"
    "پس از کاشت، نهال را یک بار به خوبی آب بدهید و تا آغاز بارش ها هر هفته آبیاری کنید.\n"
)
# The lesson in Arabic yeh and kaf: the section heading under the opening sentence doubted.
case(
    "short-heading-under-opening-sentence-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(LESSON),
    {"title": "WARN"},
)
# -- near miss: a real headline of eleven words under a site's one-sentence summary: sure.
SUMMARY_HEAD = "آغاز کاشت نهال گردو در باغ های روستاهای شمالی شهرستان از هفته آینده"
case(
    "long-headline-under-summary-sentence-stays-sure-neg",
    "text",
    "مدیر جهاد کشاورزی شهرستان از آغاز کاشت نهال گردو در روستاهای شمالی خبر داد.\n\n"
    f"{SUMMARY_HEAD}\n\n{BODY}",
    {"title": SUMMARY_HEAD + "!"},
)

# == fix255: a glossary's «TERM (Latin)» entries ================================================
GLOSSARY = (
    "خاک برگ (Leaf Mold)\n\n"
    "خاکی که از پوسیدن برگ های ریخته درختان در چند سال درست می شود و برای گلدان ها خوب است.\n\n"
    "کود دامی (Manure)\n\n"
    "کودی که از فضولات دام ها پس از ماندن و پوسیدن به دست می آید و خاک را پربار می کند.\n\n"
    "پیت ماس (Peat Moss)\n\n"
    "خزه های پوسیده مرداب ها که آب را در خود نگه می دارند و خاک گلدان را سبک می کنند.\n"
)
# The glossary with no «مثال:» lines, each definition one sentence: no title.
case(
    "glossary-without-example-lines-pos",
    "text",
    GLOSSARY,
    {"title": "WARN"},
    url="https://baghche-example.ir/farhang-khak/",
)
# The glossary as Markdown, each term in bold.
case(
    "glossary-markdown-bold-terms-pos",
    "text",
    GLOSSARY.replace("خاک برگ (Leaf Mold)", "**خاک برگ (Leaf Mold)**")
    .replace("کود دامی (Manure)", "**کود دامی (Manure)**")
    .replace("پیت ماس (Peat Moss)", "**پیت ماس (Peat Moss)**"),
    {"title": "WARN"},
)
# -- near miss: a news headline with a Latin name in brackets over a dated report: sure.
WHO_HEAD = "سازمان جهانی بهداشت (WHO) درباره آنفلوآنزای فصلی هشدار داد"
case(
    "headline-with-latin-name-in-brackets-dated-neg",
    "text",
    page(
        WHO_HEAD,
        DATE_LINE,
        body="به گزارش خبرنگار ما، سازمان جهانی بهداشت از کشورها خواست پیش از سرمای زمستان "
        "سالمندان و بیماران را برای واکسن آنفلوآنزا به مراکز درمانی بفرستند.\n\n"
        "این سازمان گفت شمار بیماران در چند کشور از هفته گذشته بیشتر شده است.\n",
    ),
    {"title": WHO_HEAD + "!", "published": TEH},
)

# == fix255: a starred note glued to the title ==================================================
STAR_BODY = (
    "در باغ های دامنه کوه سیب ها را از اواسط شهریور می چینند و بیشتر آن را در سردخانه های "
    "روستا نگه می دارند تا در زمستان به بازار شهر برسد.\n"
    "باغداران می گویند امسال تگرگ بهاره به شکوفه ها آسیب زد و برداشت کمتر است.\n"
)
# The note ends with «!» glued to the title.
case(
    "starred-note-glued-with-exclamation-pos",
    "text",
    "*این عکس را پدربزرگم در باغ گرفته است!سیب دماوند\n" + STAR_BODY,
    {"title": ("سیب دماوند", "WARN")},
    url="http://sib-example.blogfa.com/post-12.aspx",
)
# -- near miss: a starred headline with a decimal number «1.5»: no note to cut.
DEC_HEAD = "قیمت سیب درختی در بازار شهر 1.5 برابر شد"
case(
    "starred-headline-with-decimal-number-neg",
    "text",
    f"*{DEC_HEAD}\n" + STAR_BODY,
    {"title": (DEC_HEAD, "*" + DEC_HEAD)},
)

# == fix255: «HEADLINE» over «HEADLINE: SUBTITLE» ===============================================
COLON_HEAD = "کاشت نهال گردو در خانه"
# A date line between the headline and its colon heading.
case(
    "headline-date-line-then-colon-heading-pos",
    "text",
    f"{COLON_HEAD}\n{DATE_LINE}\n{COLON_HEAD}: راهنمای ساده برای آغاز کار\n{LESSON}",
    {"title": COLON_HEAD, "published": TEH},
)
# -- near miss: a person's name over her quote as the headline: the quote line is the title.
QUOTE = "مریم احمدی: کتابخانه محله را تا پایان ماه دوباره باز می کنیم"
case(
    "person-name-over-her-quote-headline-neg",
    "text",
    page("مریم احمدی", QUOTE, DATE_LINE),
    {"title": QUOTE, "published": TEH},
)

# == fix256: a line ending with a short name in guillemets =====================================
QN_HEAD = "قهرمانی دختران شهرستان در مسابقات کتابخوانی «جام دانایی»"
case(
    "quoted-name-headline-arabic-yeh-under-date-line-pos",
    "text",
    yeh_kaf(page(DATE_LINE, QN_HEAD)),
    {"title": yeh_kaf(QN_HEAD), "published": TEH},
)
# -- near miss: running text with a full stop inside, ending with a quoted name: no headline.
RUNNING = "مسابقه دیروز در سالن مدرسه برگزار شد. دانش آموزان برنده به اردوی «خانه کتاب»"
case(
    "running-text-with-stop-ending-quoted-name-neg",
    "text",
    RUNNING + "\n\n" + BODY,
    {"nottitle": RUNNING, "title": "WARN"},
)

# == fix256: old Blogger's sequence post ID; WordPress term archive =============================
BLOGGER_POST = (
    "Tuesday, December 16, 2003\n\n"
    "امروز برف آمد و تا ظهر همه کوچه ها سفید بود، بچه ها در حیاط مدرسه آدم برفی ساختند.\n"
    "عصر با برادرم به کتابفروشی رفتیم و دو کتاب شعر خریدیم.\n\n"
    "No comments:\n"
)
# The last month the rule reads, a nine-digit sequence, the page saved as HTML.
case(
    "old-blogger-sequence-id-december-2003-html-pos",
    "html",
    html(paras(BLOGGER_POST)),
    {"number": "107158342", "published": "2003-12-16"},
    url="http://barfi-example.blogspot.com/2003/12/blog-post_107158342.html",
)


def term_archive(body_class: str, name: str, head_title: str) -> bytes:
    return (
        '<!DOCTYPE html><html dir="rtl" lang="fa-IR"><head><meta charset="UTF-8">'
        f'<title>{head_title}</title></head><body class="{body_class}">'
        '<header><a href="/" class="logo">خبرنامه دماوند</a></header>'
        f'<div class="archive-page"><h1 class="archive-title">{name}</h1>'
        '<article class="archive-item post"><h2 class="item-title">'
        f'<a href="https://damavand-example.ir/sib/">{HEAD}</a></h2>'
        '<div class="item-excerpt"><p>نخستین کتابخانه سیار شهرستان با دو هزار جلد کتاب داستان '
        "و علمی برای کودکان و نوجوانان از امروز هر هفته به روستاهای دور از شهر سر می زند و "
        "کودکان می توانند سه کتاب به امانت بگیرند.</p></div></article></div>"
        "<footer><p>همه حقوق برای خبرنامه دماوند محفوظ است.</p></footer></body></html>"
    ).encode()


# A category archive whose <title> prints «دسته: NAME – SITE».
case(
    "wordpress-category-archive-title-with-label-pos",
    "html",
    term_archive(
        "archive category category-kodakan category-7",
        "کتاب کودک",
        "دسته: کتاب کودک – خبرنامه دماوند",
    ),
    {"title": "کتاب کودک", "published": None, "code": "listing-page"},
)
# -- near miss: a static page's classes, its <h1> its name: the page's title, no list.
case(
    "wordpress-static-page-heading-neg",
    "html",
    term_archive(
        "page-template-default page page-id-12",
        "درباره کتابخانه",
        "درباره کتابخانه | خبرنامه دماوند",
    ),
    {"title": "درباره کتابخانه", "nocode": "listing-page"},
)

# == fix257: a table's glued header row; a name over its question ===============================
PRICE_ROWS = (
    "1کتاب داستان کودکانبرای کودکان هفت تا ده ساله، با تصویرهای رنگی و متن کوتاه در هر صفحه "
    "که پدر و مادر می توانند آن را برای کودک بخوانند.\n"
    "2کتاب علمی نوجوانانبرای نوجوانان دوازده تا پانزده ساله، با آزمایش های ساده که در خانه "
    "می توان انجام داد و پرسش هایی در پایان هر فصل.\n"
)
# A headline over a glued header row «ردیفنام کتابشرح»: the headline stays.
case(
    "headline-over-glued-header-row-pos",
    "text",
    f"{HEAD}\n{DATE_LINE}\nردیفنام کتابشرح\n{PRICE_ROWS}",
    {"title": HEAD, "published": TEH},
)
# Two rules: an ID a space before its label, then the glued header row as the first line
# under it (no headline printed): no title from the table.
case(
    "id-before-label-over-glued-header-row-two-rules-pos",
    "text",
    f"۵۲۷۱۴ کد مطلب\nردیفعنوانشرح\n{PRICE_ROWS}",
    {"title": "WARN", "number": num("52714")},
)
COMPOST = (
    "کود کمپوست از پسماند آشپزخانه و برگ های خشک درست می شود و خاک باغچه را پربار می کند. "
    "برای ساختن آن کافی است پوست میوه و سبزی را با برگ خشک در ظرفی سوراخ دار بریزید و هر "
    "هفته آن را هم بزنید تا پس از دو ماه به خاکی تیره و خوشبو تبدیل شود.\n\n"
    "کود کمپوست برای چه گیاهانی خوب است؟\n\n"
    "بیشتر گیاهان باغچه و گلدان از کود کمپوست سود می برند، اما کاکتوس ها به آن نیازی ندارند.\n"
)
# The question with a Latin question mark after a space.
case(
    "name-over-question-latin-mark-spaced-pos",
    "text",
    f"کود کمپوست\n\nکود کمپوست چیست ?\n\n{COMPOST}",
    {"title": ("کود کمپوست", "WARN")},
)
# -- near miss: a question headline under a date line, no name over it: the question.
Q_HEAD = "کود کمپوست خانگی چگونه ساخته می شود؟"
case(
    "question-headline-under-date-line-no-name-neg",
    "text",
    page(DATE_LINE, Q_HEAD, body=COMPOST),
    {"title": Q_HEAD, "published": TEH},
)

# == fix258: vBulletin's IconNN alt; quoted dates; «تاریخ سند»; thread IDs; /amp; Joomla ======
POST_HEADER = (
    "قدیمی 16-02-2011, 10:15 PM   #1\n"
    "sara_bagh\n"
    "(کاربر فعال)\n"
    " \n"
    "sara_bagh آواتار ها\n"
    " \n"
    "تاریخ عضویت: Jan 2010\n"
    "نوشته ها: 87\n"
)
POST_TITLE = "چند نکته ساده برای نگهداری گلدان در زمستان"
POST_BODY = (
    "گلدان ها را در زمستان کنار پنجره ای آفتابگیر بگذارید ولی از شیشه سرد دور نگه دارید و "
    "آب دادن را به هفته ای یک بار برسانید.\n\n"
    "اگر برگ ها زرد شدند شاید آب زیادی داده اید و بهتر است چند روز صبر کنید.\n"
)
# One-digit icon number, Arabic yeh and kaf in the post.
case(
    "vbulletin-one-digit-icon-alt-arabic-yeh-pos",
    "text",
    POST_HEADER + yeh_kaf(f"Icon7 {POST_TITLE}\n\n\n\n{POST_BODY}"),
    {"title": yeh_kaf(POST_TITLE), "published": "2011-02-16T22:15:00+03:30"},
)
# The icon alt with the thread ID in a vBSEO address past the Jalali bound (1450).
case(
    "vbulletin-icon-and-thread-1450-two-rules-pos",
    "text",
    f"{POST_HEADER}Icon14 {POST_TITLE}\n\n\n\n{POST_BODY}",
    {"title": POST_TITLE, "number": "1450"},
    url="http://golkhaneh-example.ir/forum/thread1450.html",
)
# Just past the Gregorian bound, a page of the thread.
case(
    "vbseo-thread-2040-second-page-pos",
    "text",
    f"{POST_HEADER}{POST_TITLE}\n\n\n\n{POST_BODY}",
    {"number": "2040"},
    url="http://golkhaneh-example.ir/forum/thread2040-2.html",
)
META_HEAD = "کتابخانه سیار به روستاهای دور شهرستان رسید"
# The date printed twice in guillemets after the category.
case(
    "date-twice-in-guillemets-after-category-pos",
    "text",
    f"{META_HEAD}\n\nاخبار شهرستان «12 آبان 1398» «12 آبان 1398»\n\n\n{BODY}\nارسال نظر\n",
    {"title": META_HEAD, "published": "2019-11-03"},
)
# The date twice in curly quotes in Persian digits.
case(
    "date-twice-curly-quotes-persian-digits-pos",
    "text",
    f"{META_HEAD}\n\nاخبار شهرستان “۱۲ آبان ۱۳۹۸” “۱۲ آبان ۱۳۹۸”\n\n\n{BODY}\nارسال نظر\n",
    {"title": META_HEAD, "published": "2019-11-03"},
)
# «تاریخ سند» in a land-deed notice that prints no date of its own: no publication date.
case(
    "deed-notice-document-date-only-pos",
    "text",
    "آگهی مزایده فروش یک قطعه زمین کشاورزی\n\n"
    "شماره پلاک : ۱۲۴ فرعی از ۳۵ اصلی\n"
    "تاریخ سند : ۱۳۹۲/۰۴/۱۰\n"
    "مساحت : دو هزار متر مربع\n\n"
    "یک قطعه زمین کشاورزی با چاه آب و درختان گردو از راه مزایده به فروش می رسد و "
    "خریداران می توانند تا پایان ماه پیشنهاد خود را به دفتر اجرای احکام بدهند.\n",
    {"published": None},
)
# -- near miss: the notice's own date line over the same record: the date line.
case(
    "deed-notice-document-date-under-date-line-neg",
    "text",
    "آگهی مزایده فروش یک قطعه زمین کشاورزی\n\n"
    f"{DATE_LINE}\n\n"
    "شماره پلاک : ۱۲۴ فرعی از ۳۵ اصلی\n"
    "تاریخ سند : ۱۳۹۲/۰۴/۱۰\n"
    "مساحت : دو هزار متر مربع\n\n"
    "یک قطعه زمین کشاورزی با چاه آب و درختان گردو از راه مزایده به فروش می رسد و "
    "خریداران می توانند تا پایان ماه پیشنهاد خود را به دفتر اجرای احکام بدهند.\n",
    {"published": TEH},
)
# The AMP view after a Persian file name's «-hNNNN.html», a trailing slash.
case(
    "amp-view-after-persian-file-name-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"number": "24107", "title": HEAD},
    url="https://ketab-example.ir/کتابخانه-سیار-روستا-h24107.html/amp/",
)
FIG_HEAD = "اهدای ۱۲۰ جلد کتاب به کتابخانه روستای سرخ آباد"
# The headline's figures in Persian digits, the alias in Latin ones.
case(
    "joomla-figures-alias-persian-digit-headline-pos",
    "text",
    page(FIG_HEAD),
    {"number": "377", "title": FIG_HEAD},
    url="http://ketab-example.ir/index.php/2015-03-02-10-11-12/377-120",
)

# == fix259 =======================================================================================
LEAD_IN = "وسایل لازم برای کاشت نهال :"
# Markdown «+» items under a lead-in: no item is the title.
case(
    "plus-items-under-lead-in-pos",
    "text",
    LEAD_IN + "\n\n+ بیلچه\n+ کود دامی\n+ آبپاش\n\n" + BODY,
    {"title": "WARN"},
)
# The ID and its label parted by a no-break space.
case(
    "id-nbsp-before-label-pos",
    "text",
    f"۵۲۷۱۴\u00a0کد مطلب\n{HEAD}\n\n{BODY}",
    {"number": num("52714"), "title": HEAD},
)
# A slashed date, a dash and a clock before the label.
case(
    "slashed-date-dash-clock-before-label-pos",
    "text",
    f"1402/09/18 - 10:20 تاریخ انتشار\n{HEAD}\n\n{BODY}",
    {"published": TEH, "title": HEAD},
)
# A greeting to the readers under the heading.
case(
    "greeting-readers-under-heading-pos",
    "text",
    f"پیام مدیر کتابخانه به مناسبت هفته کتاب\nخوانندگان گرامی، سلام\n\n{BODY}",
    {"title": "پیام مدیر کتابخانه به مناسبت هفته کتاب"},
)
# An address ID in Persian digits in the query, percent-encoded.
case(
    "percent-encoded-persian-digit-query-id-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"number": "7306", "published": TEH},
    url="https://ketab-example.ir/news.php?id=%DB%B7%DB%B3%DB%B0%DB%B6",
)

# == fix260 =======================================================================================
PAPER = "نقش کتابخانه های سیار در کتابخوانی کودکان روستایی"
PAPER_BODY = (
    "این پژوهش با پرسش از دویست کودک در بیست روستا نشان می دهد که آمدن هفتگی کتابخانه سیار "
    "شمار کتاب های خوانده شده هر کودک را در یک سال دو برابر کرده است و خانواده ها نیز "
    "بیشتر از پیش کتاب می خرند.\n"
)
# «شناسه مقاله» glued to its colon and value in Persian digits, under a date line.
case(
    "article-id-label-glued-persian-digits-pos",
    "text",
    page(PAPER, DATE_LINE, "شناسه مقاله:۱۶۴۵۲", "تعداد بازدید : ۲۳۷۲", body=PAPER_BODY),
    {"number": num("16452"), "title": PAPER, "published": TEH},
)
# The record in HTML, each label and value a paragraph.
case(
    "html-record-title-label-alone-over-value-pos",
    "html",
    html(
        "<p>عنوان مقاله :</p>"
        f"<p>{PAPER}</p><p>پدید آورندگان :</p><p>زهرا کریمی</p><p>کلیدواژه :</p>"
        "<p>کتابخانه سیار , کودکان</p><p>چکیده فارسی :</p>" + paras(PAPER_BODY)
    ),
    {"title": PAPER},
)
# Two rules: «شناسه مقاله» under the headline, the body's first heading restating it.
case(
    "article-id-label-and-colon-heading-two-rules-pos",
    "text",
    f"{COLON_HEAD}\nشناسه مقاله : 991\n{COLON_HEAD}: راهنمای ساده برای آغاز کار\n{LESSON}",
    {"title": COLON_HEAD, "number": "991"},
)

# == fix261: Blogfa's «p» query field =============================================================
BLOGFA_POSTS = (
    "یادداشت های باغچه\n\n"
    "نهال گردو\n\nامروز نهال گردو را کنار دیوار باغچه کاشتیم و آبش دادیم.\n\n"
    "یکشنبه ۱۹ آذر ۱۴۰۲ 18:30 رضا کوهستانی\n\n"
    "کود کمپوست\n\nپوست میوه ها را در ظرف کمپوست ریختیم و با برگ خشک پوشاندیم.\n\n"
    "شنبه ۱۸ آذر ۱۴۰۲ 10:20 رضا کوهستانی\n"
)
# The page number after a category field: no post's ID.
case(
    "blogfa-category-then-page-query-pos",
    "text",
    BLOGFA_POSTS,
    {"number": None, "title": "WARN"},
    url="https://baghche-example.blogfa.com/?cat=3&p=2",
)
# -- near miss: WordPress's post by «p» with a language field after it: the post's ID.
case(
    "wordpress-p-query-then-lang-neg",
    "text",
    page(HEAD, DATE_LINE),
    {"number": "318", "published": TEH, "title": HEAD},
    url="https://ketab-example.ir/?p=318&lang=fa",
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
