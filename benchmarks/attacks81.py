"""Eighty-first round of attacks: the rules merged last session after attack80 was written
(9ac84c26..b29a997e): fix284 (a print view's own address over its buttons; a heading over
question sections; a forum thread's title over its poster), fix285 (persianblog's counters
line; a heading ending «؟» or «(۱)» over a hard-wrapped paragraph; «ساعت: 21»), fix286 (a
label/value card never the title), fix287 (Markdown and text chrome: wide gaps as bars,
«صفحه اول», «درباره من», language switchers, «Дида шуд»), fix288 (a
line repeating every word of the line over it, over the date line, doubted; browser news no
browser notice; «[…]» teaser ends; the weekday-first gapped cut), fix289 (a blog's name and
motto over a short post title over the byline; the gapped cut before a quote mark or a digit;
a first line the ``<title>``'s headline part holds), fix290 (an exclaimed or asked headline
over its own date line wins a tie; a logo's alt text and the year's slogan label are
furniture), fix291 (a three-item bar-less menu with a site page's link is chrome; gallery
links) and speed54/speed55 (digit fast path; twin read only where a date may start; date
matches kept for 4,096 lines), in pages of other kinds and at the edges of their conditions,
with near misses (``-neg``) that must keep their record, and two rules on one page.

No fix is made for this round (docs/reliability.md, "Attacks, eighty-first round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand: 18 Azar 1402 = 2023-12-09, a Saturday (Tehran +03:30, no
summer time from 1402 on); 17 Azar = 2023-12-08.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks81.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. "WARN" means no title or a doubted one; a title ending «!» that title with no
doubt; a tuple any of its values; a «published» value with an offset the same instant, a bare
day that day. The article sentences, headlines and names are ours.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    collector,
    either,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

TEH = "2023-12-09T10:20:00+03:30"
DATE_LINE = "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰"
HEAD = "جشنواره انار شهرستان فردوس در باغ ملی گشایش یافت"
LEAD = (
    "به گزارش خبرنگار ما، باغداران بیست روستای شهرستان از صبح امروز انارهای خود را در "
    "غرفه های جشنواره باغ ملی چیدند و آب انار تازه به بازدیدکنندگان دادند."
)
MORE = (
    "دبیر جشنواره گفت که داوران فردا عصر سه باغ برگزیده را معرفی می کنند و جایزه آن ها در "
    "روز پایانی جشنواره به باغداران داده می شود."
)
BODY = f"{LEAD}\n\n{MORE}\n"


def page(*head: str, body: str = BODY) -> str:
    return "\n\n".join(head) + "\n\n" + body


# == fix284: a print view's own address over its buttons =======================================
# An English-buttoned print view («Print  Close») under an https address with «www.»: its ID.
case(
    "print-view-https-www-address-english-buttons-pos",
    "text",
    page(
        HEAD,
        DATE_LINE,
        body=BODY + "\nhttps://www.anar-example.ir/news/30815/jashnvare-anar\nPrint  Close\n",
    ),
    {"title": HEAD, "number": "30815", "published": TEH},
)
# -- near miss: the source's address under «منبع:», a lone «چاپ» under it (the page's print
# button): another site's item, no number.
case(
    "source-address-over-lone-print-button-neg",
    "text",
    page(
        HEAD,
        DATE_LINE,
        body=BODY + "\nمنبع:\nhttps://source-example.ir/fa/news/5531/anar-ferdows\nچاپ\n",
    ),
    {"title": HEAD, "number": None, "published": TEH},
)

# == fix284: a heading over question sections =================================================
GUIDE = "راهنمای خرید انار خوب از بازار"
Q1 = "انار خوب چه رنگی دارد؟"
A1 = (
    "پوست انار رسیده سرخ تیره و کمی زبر است و اگر آن را در دست بگیرید از اندازه اش سنگین تر "
    "به نظر می رسد، چون دانه هایش پر از آب است."
)
Q2 = "انار را چگونه در خانه نگه داریم؟"
A2 = (
    "انار را در جای خنک و خشک یا در یخچال می گذاریم و دانه های جداشده را در ظرف در بسته "
    "نگه می داریم تا چند روز تازه بمانند."
)
FOOTER = "نوشته شده در شنبه ۱۸ آذر ۱۴۰۲ ساعت ۱۰:۲۰ توسط مریم"
# A blog's guide, its heading over two question sections, dated in its footer: the heading.
case(
    "blog-guide-heading-over-question-sections-footer-pos",
    "text",
    f"{GUIDE}\n\n{Q1}\n\n{A1}\n\n{Q2}\n\n{A2}\n\n{FOOTER}\n",
    {"title": GUIDE, "published": TEH},
)
QHEAD = "چرا انار فردوس امسال گران شد؟"
# -- near miss: a question headline under its kicker (sharing «انار»), over its date line, the
# report answering two more questions under headings: the question, sure.
case(
    "question-headline-under-kicker-over-question-sections-neg",
    "text",
    f"بازار انار\n{QHEAD}\n{DATE_LINE}\n\n{LEAD}\n\n{Q2}\n\n{A2}\n\n{Q1}\n\n{A1}\n",
    {"title": QHEAD + "!", "published": TEH},
)

# == fix284: a forum thread's title over its poster ============================================
THREAD = "کاشت انار در گلدان"
POSTTEXT = (
    "سلام دوستان، پارسال یک نهال انار کوچک در گلدان کاشتم و امسال دو گل داد ولی میوه نداد. "
    "می خواستم بدانم گلدان چه اندازه ای باید باشد و چند بار در هفته آبش بدهم."
)
# The thread's title, the poster's name with a digit, his rank, the post: in Arabic yeh and kaf.
case(
    "forum-thread-title-poster-rank-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"{THREAD}\n\nanar_dust1365\n\nکاربر فعال\n{POSTTEXT}\n"),
    {"title": either(THREAD)},
)
# -- near miss: a news headline over its reporter's Latin handle and «خبرنگار»: the headline,
# sure.
case(
    "headline-over-reporter-handle-and-role-neg",
    "text",
    f"{HEAD}\n\nm_rahimi98\n\nخبرنگار\n{BODY}",
    {"title": HEAD + "!"},
)

# == fix285: the counters line; a heading ending «؟» or «(N)»; «ساعت:» ============================
POST = "انار ترش"
TEASER = "هر پاییز مادربزرگ انارهای باغ را دانه می کرد و توی شیشه های بزرگ رب می پخت: خاطره"
POST_BODY = (
    "باغ مادربزرگ پشت خانه بود و ده درخت انار داشت ، پاییز که می رسید همه نوه ها جمع می شدیم "
    "و انار دانه می کردیم . دست هایمان تا شب سرخ بود و مادربزرگ می خندید و می گفت کار امروز "
    "رب زمستان است.\n"
)
# The counters line in Persian digits over the post's short title and its teaser.
case(
    "counters-line-persian-digits-over-short-title-pos",
    "text",
    f"/ ۴ نظر / ۵۲ بازدید\n{POST}\n\n{TEASER}\n\nخاطره\n\n{POST_BODY}\nمریم\n",
    {"title": POST},
)
# -- near miss: a news page with its counters under the headline and date line, a short
# «گزارش تصویری» under the counters: the headline, sure.
case(
    "counters-under-headline-over-short-kicker-neg",
    "text",
    f"{HEAD}\n{DATE_LINE}\n/ ۳ نظر / ۱۲۰ بازدید\nگزارش تصویری\n\n{BODY}",
    {"title": HEAD + "!", "published": TEH},
)
WRAPPED = (
    "آن سال زمستان زود آمد. برف روی شاخه های انار نشست. ما بچه ها صبح زود\n\n"
    "به باغ رفتیم و برف را از شاخه ها تکاندیم و پدربزرگ از زمستان های قدیم برایمان "
    "گفت.\n\nعصر همه با هم به خانه برگشتیم و مادر برایمان آش انار پخته بود.\n"
)
# A part's number in Arabic-Indic digits in brackets over the hard-wrapped paragraph.
case(
    "heading-arabic-indic-part-number-over-wrapped-paragraph-pos",
    "text",
    f"باغ پدربزرگ (٣)\n\n{WRAPPED}",
    {"title": "باغ پدربزرگ (٣)"},
)
# «ساعت:» with a Persian-digit hour in a blog's footer: the hour.
case(
    "hour-label-colon-persian-digit-footer-pos",
    "text",
    f"{POST}\n\n{POST_BODY}\nنوشته شده در شنبه ۱۸ آذر ۱۴۰۲ ساعت: ۱۰ توسط مریم\n",
    {"title": POST, "published": "2023-12-09T10:00:00+03:30"},
)
# -- near miss: a judging session's day and «ساعت: ۱۶» in the body: the page's date line.
case(
    "event-day-hour-label-in-body-neg",
    "text",
    page(HEAD, DATE_LINE, body=BODY + "\nداوری نهایی: شنبه ۲۵ آذر ۱۴۰۲ ساعت: ۱۶ در باغ ملی\n"),
    {"title": HEAD, "published": TEH},
)

# == fix286: a label/value card ===============================================================
PHONE = "گوشی تازه یک شرکت ایرانی با باتری بزرگ به بازار آمد"
SPECS = "\n".join(
    f"{label}\n{value}"
    for label, value in (
        ("وزن", "۱۸۵ گرم"),
        ("باتری", "۶۰۰۰ میلی آمپر ساعت"),
        ("حافظه", "۱۲۸ گیگابایت"),
        ("صفحه نمایش", "۶.۵ اینچ"),
        ("قیمت", "۱۲ میلیون تومان"),
    )
)
# -- near miss: a product headline over its date line over a spec card, then the report: the
# headline, sure, and its date.
case(
    "product-headline-over-spec-card-neg",
    "text",
    f"{PHONE}\n{DATE_LINE}\n\n{SPECS}\n\n{BODY}",
    {"title": PHONE + "!", "published": TEH},
)
HOUSE = "خانه تاریخی باغ انار"
CARD = "\n".join(
    f"{label}\n{value}"
    for label, value in (
        ("نشانی", "خراسان جنوبی، فردوس، محله باغستان"),
        ("مساحت", "۲۴۰۰ متر مربع"),
        ("دوره ساخت", "قاجار"),
        ("شروع مرمت", "۱۳۹۸"),
        ("کاربری", "اقامتگاه بوم گردی"),
    )
)
HOUSE_TEXT = (
    "این خانه در دوره قاجار در میان باغ انار ساخته شده و حیاط آن حوضی بزرگ دارد. پس از مرمت، "
    "اتاق های شاه نشین آن به اقامتگاه بوم گردی برای گردشگران تبدیل شده است.\n"
)
# The card in Persian digits with no blank lines under the place's name: the name.
case(
    "place-name-over-persian-digit-card-pos",
    "text",
    f"{HOUSE}\n{CARD}\n\n{HOUSE_TEXT}",
    {"title": HOUSE, "published": None},
)

# == fix287: chrome lines =====================================================================
# A wide-gapped menu opening with «صفحه اول» over a text with no headline: no title or doubted.
case(
    "wide-gapped-front-page-menu-over-text-no-headline-pos",
    "text",
    f"صفحه اول     انار     تماس با ما\n\n{BODY}",
    {"title": "WARN"},
)
FRONT = "صفحه اول روزنامه های امروز خراسان به جشنواره انار پرداختند"
# -- near miss: a press review headline opening with «صفحه اول»: sure.
case(
    "press-review-headline-opening-with-front-page-neg",
    "text",
    page(FRONT, DATE_LINE),
    {"title": FRONT + "!", "published": TEH},
)
# Blogger's profile widget heading as a Markdown heading over the post's heading.
case(
    "markdown-about-me-widget-over-post-heading-pos",
    "text",
    f"## درباره من\n\nمریم رحیمی، باغدار\n\n## {POST}\n\n{POST_BODY}\n{FOOTER}\n",
    {"title": POST, "published": TEH},
)
TJ_HEAD = "Дар Фирдавс ҷашнвораи анор кушода шуд"
TJ_BODY = (
    "Дар маркази ноҳия ҷашнвораи анор кушода шуд ва боғдорони деҳаҳои атроф анорҳои худро ба он "
    "оварданд. Харидорон мегӯянд, ки анорҳо ширин ва арзонанд.\n\n"
    "Ҷашнвора то охири ҳафта идома меёбад.\n"
)
# A language bar of three Cyrillic and Latin names over a Tajik headline.
case(
    "tajik-language-bar-over-headline-pos",
    "text",
    f"Тоҷикӣ | Русский | English\n\n{TJ_HEAD}\n\n{TJ_BODY}",
    {"title": TJ_HEAD},
)
# «Дида шуд» as plain text (no Markdown) under the headline: the headline, sure.
case(
    "tajik-views-label-plain-text-under-headline-pos",
    "text",
    f"{TJ_HEAD}\n\nДида шуд: 412\n\n{TJ_BODY}",
    {"title": TJ_HEAD + "!"},
)

# == fix288 ===================================================================================
# -- near miss: a two-word kicker whose words the headline repeats, over the date line: the
# headline, sure (a kicker is no headline's subhead).
case(
    "kicker-repeated-in-headline-over-date-line-neg",
    "text",
    page("جشنواره انار", HEAD, DATE_LINE),
    {"title": HEAD + "!", "published": TEH},
)
# A browser notice saying the browser is old, over the headline.
case(
    "old-browser-notice-over-headline-pos",
    "text",
    page("نسخه مرورگر شما قدیمی است؛ لطفا آن را به روز کنید", HEAD, DATE_LINE),
    {"title": HEAD + "!", "published": TEH},
)
CHROME_NEWS = "مرورگر کروم از اول بهمن دیگر از ویندوز هفت پشتیبانی نمی کند"
# -- near miss: browser news naming the browser, a space for the ZWNJ: sure.
case(
    "browser-news-named-browser-spaced-zwnj-neg",
    "text",
    page(CHROME_NEWS, DATE_LINE),
    {"title": CHROME_NEWS + "!", "published": TEH},
)
# A lone teaser cut with ASCII «[...]» over «ادامه»: no title or doubted.
case(
    "lone-teaser-ascii-bracketed-dots-over-read-more-pos",
    "text",
    f"{HEAD}\n\n۱۸ آذر ۱۴۰۲\n\n{LEAD.removesuffix('.')} [...]\n\nادامه\n",
    {"title": "WARN"},
)
# A weekday with a comma after it opening the gapped date line.
case(
    "gapped-date-weekday-comma-pos",
    "text",
    f"{HEAD}\n\nشنبه، ۱۸ آذر ۱۴۰۲ - ۱۰:۲۰    {BODY}",
    {"title": HEAD, "published": TEH},
)
# -- near miss: a programme in the body, each day opening with its weekday and gapped from its
# text: the page's own date line.
case(
    "weekday-first-gapped-programme-in-body-neg",
    "text",
    page(HEAD, DATE_LINE)
    + "\nبرنامه جشنواره:\nیکشنبه ۱۹ آذر ۱۴۰۲ ساعت ۱۶:۰۰    داوران از غرفه ها بازدید می کنند.\n"
    "دوشنبه ۲۰ آذر ۱۴۰۲ ساعت ۱۸:۰۰    باغ های برگزیده معرفی می شوند.\n",
    {"title": HEAD, "published": TEH},
)

# == fix289 ===================================================================================
# -- near miss: a kicker, the headline, a reading time, the byline: the headline, sure.
case(
    "kicker-headline-reading-time-over-byline-neg",
    "text",
    f"گزارش خبرنگار ما از فردوس\n{HEAD}\n۳ دقیقه مطالعه\nنوشته شده توسط مریم رحیمی\n{BODY}",
    {"title": HEAD + "!"},
)
# A blog's name and motto in Arabic yeh and kaf over the short post title over the byline.
case(
    "blog-name-motto-arabic-yeh-kaf-over-byline-pos",
    "text",
    yeh_kaf(
        "دفترچه باغ انار\nنوشته های کوتاه از باغ و کوچه و روزهای کودکی\n"
        f"{POST}\nنوشته شده توسط مریم رحیمی\n{POST_BODY}"
    ),
    {"title": either(POST)},
)
# The gapped cut before a lead in curly quotes («“»).
case(
    "gapped-date-before-curly-quoted-lead-pos",
    "text",
    f"{HEAD}\n\n۱۰:۲۰ - ۱۸ آذر ۱۴۰۲   \u201c{LEAD}\u201d\n{MORE}\n",
    {"title": HEAD, "published": TEH},
)
REPORT = "گزارش جشنواره انار شهرستان فردوس"
# The site section's name printed first, <title> «REPORT - SITE», REPORT printed under it.
case(
    "first-line-inside-title-tag-headline-part-html-pos",
    "html",
    (
        "<html><head><meta charset='utf-8'><title>" + REPORT + " - خبرنامه باغ</title></head>"
        "<body><div class='section'>جشنواره انار</div><h1>" + REPORT + "</h1>"
        f"<p>{LEAD}</p><p>{MORE}</p></body></html>"
    ).encode(),
    {"title": REPORT},
)

# == fix290 ===================================================================================
LOGO_NEWS = "طراحی لوگوی جشنواره انار به مسابقه گذاشته شد"
# -- near miss: a headline about a logo: sure.
case(
    "headline-about-logo-contest-neg",
    "text",
    page(LOGO_NEWS, DATE_LINE),
    {"title": LOGO_NEWS + "!", "published": TEH},
)
SLOGAN_NEWS = "شعار ۱۴۰۲ جشنواره انار فردوس انتخاب شد"
# -- near miss: a headline opening with «شعار ۱۴۰۲»: sure.
case(
    "headline-opening-with-slogan-year-neg",
    "text",
    page(SLOGAN_NEWS, DATE_LINE),
    {"title": SLOGAN_NEWS + "!", "published": TEH},
)
# A logo's alt text and the year's slogan label over the headline.
case(
    "logo-alt-and-slogan-label-over-headline-pos",
    "text",
    page("لوگوی سایت خبرنامه باغ\nشعار سال ۱۴۰۲", HEAD, DATE_LINE),
    {"title": HEAD + "!", "published": TEH},
)
ASKED = "چرا انار فردوس امسال زودتر رسید؟"
# A question headline over its own date line, a short label and a cry under it: the question.
case(
    "asked-headline-over-own-date-over-cry-pos",
    "text",
    f"{ASKED}\n{DATE_LINE}\nباغ ما\n\nوای... وای... وای!\n{BODY}",
    {"title": ASKED, "published": TEH},
)
# -- near miss: a site's exclaimed motto over a today banner, the headline over its own date:
# the headline and its date.
case(
    "exclaimed-motto-over-today-banner-neg",
    "text",
    f"انار بخورید، شاد باشید!\nامروز: شنبه ۱۸ آذر ۱۴۰۲\n\n{HEAD}\n۱۷ آذر ۱۴۰۲ - ۰۹:۰۰\n\n{BODY}",
    {"title": HEAD, "published": "2023-12-08T09:00:00+03:30"},
)

# == fix291 ===================================================================================
GALLERY = "گالری تصاویر جشنواره انار شهرستان فردوس"
# -- near miss: a gallery's headline over its date line: sure.
case(
    "gallery-headline-over-date-line-neg",
    "text",
    page(GALLERY, DATE_LINE),
    {"title": GALLERY + "!", "published": TEH},
)
# A three-item menu with «گالری عکس» and «تماس با ما» over a text with no headline.
case(
    "three-item-gallery-menu-over-text-no-headline-pos",
    "text",
    f"صفحه اصلی گالری عکس تماس با ما\n{LEAD}\n{MORE}\n",
    {"title": "WARN"},
)

# == speed54/speed55: long pages =============================================================


def days(count: int) -> str:
    return "".join(f"روز {i}: انارهای باغ را چیدیم و به همسایه ها دادیم.\n" for i in range(count))


def twin_comments(count: int) -> str:
    return "".join(
        f"کاربر {i}\n۱۷ آذر ۱۴۰۲ برابر با ۸ دسامبر ۲۰۲۳\nانارهای جشنواره خیلی شیرین بود.\n"
        for i in range(count)
    )


# A diary post of 20 short lines, dated in its footer: the title and the footer's date.
case(
    "diary-post-twenty-lines-footer-date-neg",
    "text",
    f"{POST}\n\n{days(20)}\n{FOOTER}\n",
    {"title": POST, "published": TEH},
)
# The same diary with 4,500 lines: the same record.
case(
    "diary-post-4500-lines-footer-date-pos",
    "text",
    f"{POST}\n\n{days(4500)}\n{FOOTER}\n",
    {"title": POST, "published": TEH},
)
# The article over 1,500 comments each dated with a Gregorian twin (4,500 lines): its date.
case(
    "article-over-1500-twin-dated-comments-pos",
    "text",
    page(HEAD, DATE_LINE) + "\nنظرات\n" + twin_comments(1500),
    {"title": HEAD, "published": TEH},
)

# == two rules on one page =====================================================================
# fix290's logo alt text over fix287's wide-gapped menu over the headline.
case(
    "logo-alt-and-wide-gapped-menu-two-rules-pos",
    "text",
    page("لوگوی سایت خبرنامه باغ", "صفحه اول     اخبار     گالری     تماس با ما", HEAD, DATE_LINE),
    {"title": HEAD + "!", "published": TEH},
)
# fix291's three-item menu over fix285's counters line over the post's short title.
case(
    "three-item-menu-and-counters-line-two-rules-pos",
    "text",
    f"خانه گالری تماس با ما\n/ ۴ نظر / ۵۲ بازدید\n{POST}\n\n{TEASER}\n\nخاطره\n\n{POST_BODY}\nمریم\n",
    {"title": POST},
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
