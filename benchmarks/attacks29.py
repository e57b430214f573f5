"""Twenty-ninth round of attacks: fix72 (a line inside a sentence the layout cut into lines,
a regulation's approval line, a book's imprint, a recipe's section heading over its text) and
fix73 (a mobile number in the address, a <title> that only repeats the logo's link home, a
template's credit in the chrome, a site's name for itself, a picked line opening «به گزارش»).

Each input's record was decided by hand first (docs/reliability.md, "Attacks,
twenty-ninth round"). Run: PYTHONPATH=src:benchmarks python benchmarks/attacks29.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are near misses a real
page prints where a rule must not fire; «-pos» inputs are shapes where it must. A title
ending «!» must come without a doubt; "WARN" is a title kept and doubted, or none; a tuple
is any of its values; «number» is the item ID the address names (None: none).

The shapes come from real pages (the pages the fixes were built on, and pages found with
the search tool, corpus pages), named beside each group; the article sentences are ours.
"""

from attack_runner import BODY, D, H, check, collector, run

cases, case = collector()


DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲»
PAGE = f"{H}\n\n{D}\n\n{BODY}"
ZW = "\u200c"

# -- fix73: an Iranian mobile number in the address ----------------------------------------
# Classified ads name the seller's number in the address (the shape fix73's tests name);
# near misses: mehrnews.com/news/6680994/..., yjc.ir/fa/news/9031506/... (7-digit IDs),
# isna.ir/news/1402091207654/ (a 13-digit ID of the Jalali day and a counter), a millisecond
# timestamp as an ID, a query holding both the item's ID and a phone number.
for url, number in (
    ("https://agahi.example.ir/v/فروش-آپارتمان/09121234567", None),
    ("https://agahi.example.ir/09121234567-فروش-آپارتمان", None),
    ("https://example.ir/contact/+989121234567", None),
    ("https://example.ir/profile.php?mobile=00989121234567", None),
    ("https://example.ir/user/0935-123-4567/", None),
    ("https://www.mehrnews.com/news/6680994/مهم-ترین-مصوبات", "6680994"),
    ("https://www.yjc.ir/fa/news/9031506/سوریه", "9031506"),
    ("https://www.isna.ir/news/1402091207654/", "1402091207654"),
    ("https://example.ir/post/1701512345678", "1701512345678"),
    ("https://example.ir/news.php?id=37498&tel=09121234567", "37498"),
):
    tag = "pos" if number is None else "neg"
    case(f"mobile-in-address-{tag} {url}", "text", PAGE, {"title": H, "number": number}, url=url)

# -- fix73: a <title> that only repeats the logo's link home -------------------------------
# vaghtnews.com/news/37498.aspx (an ASP.NET master page: <title> the site's name, the logo's
# link home, no headline element); ASP.NET logos link «/default.aspx» (City of Vancouver's
# header, found with find_string) or «Default.aspx» (CameronS29/newPie, TopMenu.ascx's
# «<a class="navbar-brand" href="Default.aspx">»); near misses: the same chrome over an <h1> headline or an
# og:title headline (mehrnews.com's pages print both).
LOGO = "وقت نیوز"
LEAD = (
    "فرماندار شهر گفت بازسازی پل قدیمی رودخانه تا پایان پاییز تمام می‌شود و رفت‌وآمد "
    "خودروها از هفته آینده محدود خواهد شد."
)
LEAD2 = "وی افزود هزینه این کار از بودجه عمرانی استان پرداخت می‌شود و پیمانکار کار را آغاز کرده است."
BRIDGE = "بازسازی پل قدیمی رودخانه تا پایان پاییز تمام می‌شود"


def webform(title, home, heading="", meta=""):
    return (
        f'<html dir="rtl"><head><meta charset="utf-8"><title>{title}</title>{meta}</head><body>'
        f'<div id="header"><a href="{home}" class="logo">{LOGO}</a></div>'
        f'<div class="news-body">{heading}<p>{LEAD}</p><p>{LEAD2}</p></div></body></html>'
    )


URL_V = "http://vaghtnews.example/news/37498.aspx"
case(
    "home-link-title-pos absolute",
    "html",
    webform(LOGO, "http://vaghtnews.example/"),
    {"title": "WARN"},
    url=URL_V,
)
case(
    "home-link-title-pos default.aspx",
    "html",
    webform(LOGO, "/Default.aspx"),
    {"title": "WARN"},
    url=URL_V,
)
case(
    "home-link-title-pos relative Default.aspx newPie",
    "html",
    webform(LOGO, "Default.aspx"),
    {"title": "WARN"},
    url=URL_V,
)
case(
    "home-link-title-neg h1",
    "html",
    webform(LOGO, "/", f"<h1>{BRIDGE}</h1>"),
    {"title": BRIDGE},
    url=URL_V,
)
case(
    "home-link-title-neg og",
    "html",
    webform(LOGO, "/", meta=f'<meta property="og:title" content="{BRIDGE}">'),
    {"title": BRIDGE},
    url=URL_V,
)
case(
    "home-link-title-neg title-headline",
    "html",
    webform(f"{BRIDGE} - {LOGO}", "/"),
    {"title": BRIDGE},
    url=URL_V,
)

# -- fix73: a template's credit in the chrome ----------------------------------------------
# journalism.tnu.tj (a Joomla template's demo name, «SJ News - шаблон joomla Авто»); Persian
# WordPress sites credit their theme in the chrome («طراحی قالب: راست‌چین»). Near misses:
# tutorials whose headline names a template: cmstalk.ir («قالب وردپرس چیست؟ چه ساختاری
# دارد؟»), hashamdar.com («پوسته وردپرس از چه فایل‌هایی تشکیل شده است؟»), codepaz.com.
TUT_BODY = (
    "<p>قالب هر سایت وردپرسی از چند فایل اصلی ساخته می‌شود که هر کدام بخشی از صفحه را "
    "می‌سازند و در این نوشته یکایک آن‌ها را با مثال‌های ساده معرفی می‌کنیم.</p><p>پیش از "
    "شروع بهتر است یک نسخه پشتیبان از فایل‌های سایت خود بگیرید.</p>"
)


def credit_page(title, credit, heading=""):
    return (
        f'<html lang="fa"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div class="credit">{credit}</div><div class="post">{heading}'
        f'<div class="entry">{TUT_BODY}</div></div></body></html>'
    )


TUT = "تغییر فونت سایت بدون افزونه"
URL_WP = "https://blog.example.ir/?p=7731"
case(
    "template-credit-pos rtl-theme",
    "html",
    credit_page(f"{TUT} - وبلاگ نمونه", f"قالب وردپرس خبری نوین{ZW}پرس"),
    {"title": (TUT, "WARN")},
    url=URL_WP,
)
case(
    "template-credit-pos english",
    "html",
    credit_page(f"{TUT} - وبلاگ نمونه", "Joomla Template by JoomlaShine"),
    {"title": (TUT, "WARN")},
    url=URL_WP,
)
case(
    "template-credit-pos wordpress theme",
    "html",
    credit_page(f"{TUT} - وبلاگ نمونه", "Free WordPress Theme"),
    {"title": (TUT, "WARN")},
    url=URL_WP,
)
for head in ("قالب وردپرس چیست؟ چه ساختاری دارد؟", "معرفی فایل های قالب وردپرس"):
    case(
        f"template-headline-neg h1 {head}",
        "html",
        credit_page(f"{head} | کدپز", "", f"<h1>{head}</h1>"),
        {"title": head},
        url=URL_WP,
    )
    case(
        f"template-headline-neg site-title {head}",
        "html",
        credit_page("کدپز", "", f"<h2>{head}</h2>"),
        {"title": head},
        url=URL_WP,
    )
HEAD_TPL = f"پوسته وردپرس از چه فایل{ZW}هایی تشکیل شده است؟"
case(
    "template-headline-neg text hashamdar",
    "text",
    f"{HEAD_TPL}\n\n{D}\n\n{BODY}",
    {"title": HEAD_TPL, "published": DAY},
)

# -- fix73: a site's name for itself -------------------------------------------------------
# 125shahriar.ir's print view («پورتال اطلاع رسانی سازمان آتش نشانی ...»), shahrdarifardis.ir
# («پایگاه خبری مدیریت شهری فردیس»). Near misses: markazidaily.ir/21823 («افتتاح دفتر
# نمایندگی استانی سایت خبری تابناک در اراک»), mehrnews.com/news/3740703 (kicker «انتشار
# جدول حمایت مالی از پایگاه های خبری؛» over «۵۲۷ میلیون تومان کمک دولت به ۳۰ پایگاه خبری
# پرداخت شد»), headlines opening with the self-name's words and a verb.
FIRE = (
    "ساعت ۱۴ روز پنجشنبه حریق انبار علوفه یک دامداری در حاشیه جاده شهر به مرکز فرماندهی "
    "گزارش شد و آتش نشانان با دو دستگاه خودرو راهی محل حادثه شدند.\n\nآتش نشانان پس از دو "
    "ساعت آتش را خاموش کردند و این حادثه مصدومی نداشت.\n"
)
for name in (
    "پایگاه خبری مدیریت شهری فردیس",
    "پرتال اطلاع رسانی شهرداری نمونه",
    "وب سایت رسمی دانشگاه علوم پزشکی نمونه",
    f"پایگاه اطلاع{ZW}رسانی سازمان آتش نشانی شهرداری نمونه",
):
    case(f"self-name-pos {name}", "text", f"{name}\n\n{FIRE}", {"title": "WARN"})
for head in (
    "افتتاح دفتر نمایندگی استانی سایت خبری تابناک در اراک",
    "سایت رسمی جشنواره فیلم کوتاه نمونه رونمایی شد",
    f"پایگاه اطلاع{ZW}رسانی ستاد انتخابات استان راه{ZW}اندازی شد",
    "پورتال اطلاع رسانی شهرداری از دسترس خارج شد",
    "پایگاه خبری دولت ۱۲ اسفند ۱۴۰۲ آغاز به کار کرد",
):
    case(f"self-name-headline-neg {head}", "text", f"{head}\n\n{FIRE}", {"title": head})
KICK = "انتشار جدول حمایت مالی از پایگاه های خبری؛"
GRANT = "۵۲۷ میلیون تومان کمک دولت به ۳۰ پایگاه خبری پرداخت شد"
case(
    "self-name-kicker-neg mehrnews 3740703",
    "text",
    f"{KICK}\n\n{GRANT}\n\n{D}\n\n{BODY}",
    {"title": (GRANT, f"{KICK} {GRANT}"), "published": DAY},
)

# -- fix73: a picked line opening with «به گزارش» --------------------------------------------
# golshn12.blogfa.com/post-2438.aspx (a lead's sentence as a marquee over a post). Near
# misses: korang.ir/news/13514 and parsi71.blogsky.com/1392/07/02/post-6153 (a headline
# over a lead opening «به گزارش ...»), sepidarnews.ir/shahri/204669 (the headline printed
# twice over a service line and the lead).
POST = (
    "کتابخانه‌های روستایی از کم‌هزینه‌ترین ابزارهای توسعه فرهنگی به شمار می‌روند و در بسیاری "
    "از کشورها نخستین جایی هستند که کودک روستایی با کتاب آشنا می‌شود.\n"
)
case("report-lead-pos comma", "text", f"به گزارش ایسنا، {POST}", {"title": "WARN"})
case(
    "report-lead-pos marquee-over-date",
    "text",
    f"به گزارش یونسکو سالانه دو میلیون کتاب تازه منتشر می‌شود\n\n{D}\n\n{POST}",
    {"title": "WARN", "published": DAY},
)
HL = "سامانه ۱۳۷ به ۹۵ درصد پیام‌های شهروندان رسیدگی کرد"
case(
    "report-lead-neg parsi71", "text", f"{HL}\n\nبه گزارش واحد ۱۳۷ ناحیه دو، {POST}", {"title": HL}
)
case(
    "report-lead-neg sepidar twice",
    "text",
    f"{HL}\n\n{D}\n\nسپیدارآنلاین: گروه شهری\n\n{HL}\n\nبه گزارش سپیدار، {POST}",
    {"title": HL, "published": DAY},
)
case(
    "report-lead-neg html h1",
    "html",
    f'<html><head><meta charset="utf-8"><title>{HL}</title></head><body><h1>{HL}</h1>'
    f"<p>به گزارش خبرنگار ما، {POST}</p></body></html>",
    {"title": HL + "!"},
)
MARQ = "به گزارش یونسکو سالانه دو میلیون کتاب تازه منتشر می‌شود"
BLOG = "کتابخانه‌های روستایی کتاب تازه گرفتند"
case(
    "report-lead-pos html marquee",
    "html",
    f'<html><head><meta charset="utf-8"><title>{BLOG}</title></head><body>'
    f'<marquee>{MARQ}</marquee><div class="post"><p>{POST}</p></div></body></html>',
    {"title": (BLOG, "WARN")},
)

# -- fix72: a line inside a sentence the layout cut into lines ------------------------------
# mehraeenschool.com's posts (a clause ending «،», a short line, «و ...»); near misses:
# mehrnews.com/news/6680994 (kicker «استانها», the headline «مهمترین مصوبات جلسه ...», a
# lead line ending «،» and the next line not opening «و»), radiokoocheh.com's kicker ending
# «،» over a headline (tests/pages/690_*), headlines opening with «و...»/«که...» letters.
HEADING = "جشن آغاز سال تحصیلی در دبستان برگزار شد"
SCHOOL = (
    "امروز صبح دانش‌آموزان با کیف‌های نو به مدرسه آمدند و معلم‌ها در حیاط به آن‌ها خوشامد "
    "گفتند و برنامه جشن با سرود آغاز شد.\n"
)
case(
    "cut-sentence-pos ke",
    "text",
    f"{HEADING}\n\nهمان طور که بهار جان تازه به باغ می‌دهد،\n\nپاییز آغاز راه دانش است\n\n"
    f"که مدرسه را دوباره از صدای بچه‌ها پر می‌کند.\n\n{SCHOOL}",
    {"title": HEADING + "!"},
    url="https://school.example/news/227-jashn.html",
)
ISF = "مهمترین مصوبات جلسه یکصد و نود و نهم شورای شهر اصفهان"
case(
    "cut-sentence-neg mehrnews 6680994",
    "text",
    f"استانها\n\n{ISF}\n\n{D}\n\nاصفهان- تصویب صورت‌های مالی و نامگذاری معابر از مصوبات "
    "امروز شورا بود.\n\nبه گزارش خبرنگار مهر، صد و نود و نهمین جلسه علنی شورای شهر امروز "
    "برگزار شد،\n\nمجموعه‌ای از لوایح مالی و فرهنگی در این جلسه به تصویب رسید.\n",
    {"title": ISF, "published": DAY},
)
for kicker, head in (
    ("با وجود اعتراض گسترده ساکنان محله،", "وزیر راه طرح تعریض خیابان را متوقف کرد"),
    ("در پی بارش‌های سنگین چند روز اخیر،", "کهگیلویه و بویراحمد در وضعیت هشدار قرار گرفت"),
    ("در پی تعطیلی کتابخانه مرکزی شهر نمونه،", "و باز هم کتاب‌خوانان پشت درهای بسته ماندند"),
):
    case(
        f"cut-sentence-kicker-neg {head}",
        "text",
        f"{kicker}\n\n{head}\n\n{D}\n\n{BODY}",
        {"title": (head, f"{kicker} {head}"), "published": DAY},
    )

# -- fix72: a regulation's approval line and a book's imprint -------------------------------
# hamedamjadiaan.com (TITLE / «مصوب 03/05/1386 هیئت مدیره ...»), hosseinpayandeh.ir (TITLE /
# SUBTITLE / «چاپ چهارم، تهران: انتشارات ...، ۱۴۰۰»). Near misses: shora.sharifieh.com's
# minutes («جلسه شماره 255 ... مصوبات شماره 780-781»), mehrnews.com/news/6680994 («مهمترین
# مصوبات جلسه ...»), iribnews.ir/fa/news/5668762 (book news: «... به چاپ رسیده است»).
RULES = "آیین‌نامه انضباطی باشگاه‌های ورزشی"
PRE = (
    "این آیین‌نامه در اجرای اساسنامه فدراسیون و برای روشن شدن وظایف باشگاه‌ها در برابر "
    "بازیکنان و تماشاگران در ده ماده و چهار تبصره تهیه شده است.\n"
)
case(
    "approval-pos month-name",
    "text",
    f"{RULES}\n\nمصوب ۱۲ اسفند ۱۴۰۲ هیئت وزیران\n\n{PRE}",
    {"title": RULES + "!"},
)
case(
    "approval-pos session",
    "text",
    f"{RULES}\n\nمصوب جلسه ۲۵۵ مورخ ۱۴۰۲/۱۰/۲۴ شورای اسلامی شهر\n\n{PRE}",
    {"title": RULES + "!"},
)
for head in (
    "مصوبات جلسه شماره ۲۵۵ شورای اسلامی شهر شریفیه",
    "مصوبه جدید دولت درباره ساعت کار ادارات ابلاغ شد",
    "مصوب شد؛ بودجه عمرانی شهر دو برابر می‌شود",
):
    case(
        f"approval-headline-neg {head}",
        "text",
        f"{head}\n\n{D}\n\n{BODY}",
        {"title": head, "published": DAY},
    )
BOOK = "هنر قصه‌گویی"
BLURB = (
    "نویسنده در دوازده فصل نشان می‌دهد که نویسندگان ایرانی در صد سال گذشته چگونه از "
    "شیوه‌های تازه بهره گرفته‌اند و هر فصل با چند نمونه کوتاه پایان می‌یابد.\n"
)
case(
    "imprint-pos swapped",
    "text",
    f"{BOOK}\n\nتهران: انتشارات سخن، چاپ سوم، ۱۳۹۹\n\n{BLURB}",
    {"title": BOOK},
)
for head in (
    "چاپ چهارم کتاب «هنر قصه‌گویی» در تهران منتشر شد",
    "چاپ کتاب‌های درسی در تهران به پایان رسید",
    "تهران: نمایشگاه کتاب، ۱۴۰۳ با حضور ناشران خارجی برگزار می‌شود",
):
    case(
        f"imprint-headline-neg {head}",
        "text",
        f"{head}\n\n{D}\n\n{BODY}",
        {"title": head, "published": DAY},
    )

# -- fix72: a recipe's section heading first -------------------------------------------------
# bamemeybod.ir/6013 and khaandaniha.ir/news/882035 (extracted: «مواد لازم» / ingredients /
# «طرز تهیه» / steps); near misses: fa.wikibooks.org's «کتاب آشپزی/فوم کیک» pages and
# recipe posts headed «طرز تهیه DISH», news headlines opening with the same words.
STEPS = (
    "تخم مرغ‌ها را با شکر هم می‌زنیم تا کرم‌رنگ شود و سپس آرد و کاکائو را کم کم اضافه "
    "می‌کنیم و مایه را در قالب می‌ریزیم.\n"
)
ING = "آرد : دو پیمانه\nشکر : یک پیمانه\nکاکائو : سه قاشق\n"
case("recipe-pos steps-first", "text", f"طرز تهیه:\n{STEPS}", {"title": "WARN"})
case(
    "recipe-pos bold colon",
    "text",
    f"**مواد لازم:**\n{ING}**طرز تهیه:**\n{STEPS}",
    {"title": "WARN"},
)
for head in (
    "طرز تهیه کیک اسفنجی ساده در خانه",
    "مواد لازم برای تولید واکسن در کشور تامین شد",
    "طرز تهیه غذای نذری در مساجد شهر بررسی شد",
):
    case(
        f"recipe-headline-neg {head}",
        "text",
        f"{head}\n\nمواد لازم برای ۶ نفر:\n{ING}{STEPS}"
        if head.startswith("طرز تهیه کیک")
        else f"{head}\n\n{D}\n\n{BODY}",
        {"title": head},
    )


if __name__ == "__main__":
    run(cases, check, ("title", "published", "number"))
