"""Eightieth round of attacks: the rules merged last session after attack79 was written
(a330fa43..9ac84c26): fix275 (a site's name over its description; an HTML page's site home from
its feed or home links and the one post title linking into it), fix276 (a lone teaser over
«ادامه»; teasers each headed twice), fix277 (a heading over its lead beats a listed item;
``/n/NNNN``; the gapped date cut; browser-unsupported notices), fix278 (the bar-less menu; the
news-of-the-day box label; Tajik Cyrillic Afghan months, «мутобиқ», «мелодӣ», «Таърихи нашр»;
WordPress's time-tail permalink), fix279 (a widget's clock against a weather report's own date;
the bracketed dateline's full form; a glued label before a named month), fix280/fix281 (dotted 12-hour marks;
an unknown dotted mark drops the clock; Pashto months with «د»; «۱۴۰۴، عقرب ۱۸»; a weekday after
a year-first date), fix282 (a three-part ``<title>``'s name part; «Сомонаи расмии»; a dashed
name and slogans line), fix283 (a public relations line over the text; a year in a crumb's
section; a spaced weather sign; «دسته:» under any ``<h1>``; three-word starred hemistichs) and speed53 (long dated pages past 4,096 lines), in pages of other kinds and
at the edges of their conditions, with near misses (``-neg``) that must keep their record, and
two rules on one page.

No fix is made for this round (docs/reliability.md, "Attacks, eightieth round"). Each input's
record was decided by hand before the first run (the commit adding this script comes before any
run of it). Days by hand: 18 Azar 1402 = 18 Qaws 1402 = 2023-12-09, a Saturday (Tehran +03:30,
no summer time from 1402 on; Kabul +04:30); 17 Azar = 2023-12-08, 25 Azar = 2023-12-16.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks80.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. "WARN" means no title or a doubted one; a title ending «!» that title with no
doubt; a tuple any of its values; a «published» value with an offset the same instant, a bare
day that day. The article sentences, headlines, verses and names are ours.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    collector,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

TEH = "2023-12-09T10:20:00+03:30"
DAY = "2023-12-09"
DATE_LINE = "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰"
HEAD = "نمایشگاه نان های محلی در میدان شهدای نیشابور گشایش یافت"
BODY = (
    "به گزارش خبرنگار ما، نانواهای سی روستای اطراف شهر از صبح امروز تنورهای خود را در "
    "غرفه های نمایشگاه میدان شهدا روشن کردند و نان تازه به بازدیدکنندگان دادند.\n\n"
    "دبیر نمایشگاه گفت که داوران فردا عصر سه نان برگزیده را انتخاب می کنند و جایزه آن ها در "
    "روز پایانی نمایشگاه به نانواها داده می شود.\n"
)


def page(*head: str, body: str = BODY) -> str:
    return "\n\n".join(head) + "\n\n" + body


# == fix275: a site's name over its description ================================================
SITE = "نان و تنور خراسان"
POST = "نان تافتون روستای فدیشه"
POST_BODY = (
    "نوشته شده توسط مریم رحیمی\n"
    "مادربزرگم هر هفته پنجشنبه تنور حیاط را روشن می کرد و همسایه ها خمیر خود را می آوردند "
    "تا با هم نان بپزند و تا غروب بوی نان در کوچه می پیچید.\n"
    "هنوز هم وقتی به روستا می رویم دخترعمه ام همان تنور را روشن می کند و برای ما نان می پزد.\n"
)
# The description names the site with «سایت»: the short post title under both, sure.
case(
    "site-name-over-self-naming-description-post-title-pos",
    "text",
    f"{SITE}\nسایت نان و تنور خراسان برای معرفی نان های محلی روستاها\n{POST}\n{POST_BODY}",
    {"title": POST + "!"},
)
SUBHEAD = "برگزیدگان نمایشگاه نان های محلی در میدان شهدای نیشابور در روز پایانی"
# -- near miss: a headline over a verbless subhead repeating its words and adding its own, the
# page's date line under both: the headline, sure.
case(
    "headline-over-verbless-subhead-repeating-it-neg",
    "text",
    page("نمایشگاه نان های محلی در میدان شهدای نیشابور", SUBHEAD, DATE_LINE),
    {"title": "نمایشگاه نان های محلی در میدان شهدای نیشابور!", "published": TEH},
)


# == fix275: an HTML page's site home from its Atom feed =======================================
def blog_html(
    title_tag: str, body: str, feed: str = "https://tanur-example.ir/feed/atom/"
) -> bytes:
    return (
        '<!DOCTYPE html><html dir="rtl" lang="fa"><head><meta charset="utf-8" />'
        f"<title>{title_tag}</title>"
        f'<link rel="alternate" type="application/atom+xml" title="Atom" href="{feed}" />'
        f"</head><body>{body}</body></html>"
    ).encode()


# The header's name links to the home, the one post title links into the host (Atom feed only).
case(
    "atom-feed-host-header-name-and-post-title-html-pos",
    "html",
    blog_html(
        SITE,
        f'<div id="header"><h1><a href="https://tanur-example.ir/">{SITE}</a></h1></div>'
        '<div class="post"><h2 class="title"><a href="https://tanur-example.ir/1402/09/tafton/">'
        f"{POST}</a></h2><div class='entry'><p>مادربزرگم هر هفته پنجشنبه تنور حیاط را روشن "
        "می کرد و همسایه ها خمیر خود را می آوردند تا با هم نان بپزند.</p></div>"
        "<div class='meta'>ارسال شده در شنبه ۱۸ آذر ۱۴۰۲ ساعت ۱۰:۲۰ توسط مریم</div></div>",
    ),
    {"title": POST, "published": TEH},
)
# -- near miss: a news page (no address) whose headline <h1> links nowhere, the logo to the home,
# one related item's <h3> into the host, <title> «HEADLINE - SITE»: the headline.
case(
    "news-page-related-item-links-into-feed-host-html-neg",
    "html",
    blog_html(
        f"{HEAD} - {SITE}",
        f'<div class="logo"><a href="https://tanur-example.ir/">{SITE}</a></div>'
        f"<h1>{HEAD}</h1><div class='date'>{DATE_LINE}</div>"
        "<p>" + BODY.split("\n\n", maxsplit=1)[0] + "</p><div class='related'><h4>مطالب مرتبط</h4>"
        '<h3><a href="https://tanur-example.ir/1402/09/tafton/">نان تافتون روستای فدیشه</a></h3>'
        "</div>",
    ),
    {"title": HEAD, "published": TEH},
)

# == fix276: a lone teaser; teasers headed twice ================================================
EXCERPT = (
    "نانواهای سی روستای اطراف شهر از صبح امروز تنورهای خود را در غرفه های نمایشگاه میدان "
    "شهدا روشن کردند و نان تازه به بازدیدکنندگان دادند و دبیر نمایشگاه گفت"
)
# A tag page of one post, its excerpt cut with WordPress's «[…]» over «ادامه»: no title or a
# doubted one; a tag page of one post gives no published date (tests/pages conventions).
case(
    "lone-teaser-wordpress-bracketed-ellipsis-over-read-more-pos",
    "text",
    f"{HEAD}\n\n۱۸ آذر ۱۴۰۲\n\n{EXCERPT} […]\n\nادامه\n",
    {"title": "WARN", "published": None},
)
# -- near miss: a serial story's whole episode, its last paragraph trailing off with «…» over
# «ادامه دارد»: the headline, sure, and its date.
case(
    "serial-episode-ending-to-be-continued-neg",
    "text",
    page(
        HEAD,
        DATE_LINE,
        body=BODY + "\nو آن شب هیچ کس نفهمید نان آخر را چه کسی پخته بود…\n\nادامه دارد\n",
    ),
    {"title": HEAD + "!", "published": TEH},
)
OTHERS = (
    ("گشایش نانوایی سنتی در بازار قدیم", "۱۷ آذر ۱۴۰۲"),
    ("آموزش پخت نان بربری به جوانان روستا", "۱۶ آذر ۱۴۰۲"),
)
KICKER = "گزارش خبرنگار ما:"
# -- near miss: an article printing its headline twice (its date run into the first), then its
# body, then two related items in the same style: the article's headline and its day.
case(
    "article-twice-headed-over-two-twice-headed-related-neg",
    "text",
    f"{HEAD} ۱۸ آذر ۱۴۰۲\n{KICKER}\n\n{HEAD}\n\n{BODY}\nمطالب مرتبط\n"
    + "".join(f"{h} {d}\n{KICKER}\n\n{h}\n\n" for h, d in OTHERS),
    {"title": HEAD, "published": DAY},
)

# == fix277 =====================================================================================
GUIDE = "نان سنگک"
GUIDE_LEAD = (
    f"{GUIDE} نانی است که روی ریگ های داغ تنور پخته می شود و در بیشتر شهرهای ایران "
    "نانوایی های ویژه خود را دارد."
)
# An encyclopedia-like page: the heading over its lead, then a list numbered in Persian digits
# with «-»: the heading (no date).
case(
    "heading-over-lead-persian-numbered-list-pos",
    "text",
    f"{GUIDE}\n{GUIDE_LEAD}\nمواد لازم\n۱- آرد گندم سبوس دار\n۲- آب ولرم\n۳- نمک و خمیرمایه\n"
    "۴- کنجد برای روی نان\nطرز پخت\nخمیر را پس از ورآمدن روی ریگ های داغ پهن می کنند و چند "
    "دقیقه صبر می کنند تا نان برشته شود و سپس آن را از روی ریگ ها برمی دارند.\n",
    {"title": GUIDE, "published": None},
)
# /n/NNNN with a trailing slash: the same path, the item's number.
case(
    "short-item-address-trailing-slash-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"number": "20417", "published": TEH, "title": HEAD},
    url="https://nan-example.ir/n/20417/",
)
# The gapped date cut with a weekday and «ساعت», four spaces before the lead.
case(
    "gapped-date-weekday-hour-word-before-lead-pos",
    "text",
    f"{HEAD}\n\nشنبه ۱۸ آذر ۱۴۰۲ ساعت ۱۰:۲۰    {BODY}",
    {"title": HEAD, "published": TEH},
)
# -- near miss: a programme in the body, each later day gapped from its running text: the
# page's own date line stays the date.
case(
    "gapped-programme-days-in-body-neg",
    "text",
    page(HEAD, DATE_LINE)
    + "\nبرنامه نمایشگاه:\n۲۰ آذر ۱۴۰۲    داوران از غرفه ها بازدید می کنند و نان ها را می چشند.\n"
    "۲۵ آذر ۱۴۰۲    نان های برگزیده معرفی می شوند و جایزه ها داده می شود.\n",
    {"title": HEAD, "published": TEH},
)
# A browser notice in Arabic yeh and kaf with a space for the ZWNJ, over the headline.
case(
    "browser-notice-arabic-yeh-kaf-spaced-over-headline-pos",
    "text",
    page(yeh_kaf("مرورگر شما از پخش این ویدیو پشتیبانی نمی کند"), HEAD, DATE_LINE),
    {"title": HEAD, "published": TEH},
)
BROWSER_HEAD = "مرورگر شما از اول بهمن دیگر از ویندوز هفت پشتیبانی نمی‌کند"
# -- near miss: a headline addressed to the reader in the notice's words, over its date line.
case(
    "headline-in-browser-notice-words-neg",
    "text",
    page(BROWSER_HEAD, DATE_LINE),
    {"title": BROWSER_HEAD + "!", "published": TEH},
)

# == fix278 =====================================================================================
# A bar-less menu opening with «صفحه اصلی», over the headline.
case(
    "glued-menu-home-page-item-over-headline-pos",
    "text",
    page("صفحه اصلی اخبار مقالات گالری تصاویر درباره ما تماس با ما", HEAD, DATE_LINE),
    {"title": HEAD, "published": TEH},
)
CINEMA = "خانه سینما درباره اخبار جعلی جشنواره بیانیه داد"
# -- near miss: a headline opening with «خانه» and holding «درباره» and «اخبار»: sure.
case(
    "headline-opening-with-home-and-menu-words-neg",
    "text",
    page(CINEMA, DATE_LINE),
    {"title": CINEMA + "!", "published": TEH},
)
# The news-of-the-day label in Arabic yeh, its one item, then the headline and its date line.
case(
    "day-news-label-arabic-yeh-one-item-over-headline-pos",
    "text",
    page(yeh_kaf("خبرهای روز"), "کاهش قیمت گوشت قرمز در بازار مشهد", HEAD, DATE_LINE),
    {"title": (HEAD, yeh_kaf(HEAD)), "published": TEH},
)
TJ_HEAD = "Дар Ваҳдат намоишгоҳи нонҳои маҳаллӣ кушода шуд"
TJ_BODY = (
    "Дар маркази ноҳияи Ваҳдат намоишгоҳи нонҳои маҳаллӣ кушода шуд ва нонпазони деҳаҳои атроф "
    "нонҳои худро ба он оварданд. Харидорон мегӯянд, ки нонҳо гарм ва арзонанд.\n\n"
    "Намоишгоҳ то охири ҳафта идома меёбад.\n"
)
# «Таърихи нашр» with its «и», Afghan month in Cyrillic, «мутобиқи» and «мелодӣ».
case(
    "tajik-publication-label-qaws-twin-pos",
    "text",
    f"{TJ_HEAD}\n\nТаърихи нашр: шанбе, 18 қавс 1402 мутобиқи 9 декабри 2023 мелодӣ\n\n{TJ_BODY}",
    {"title": TJ_HEAD, "published": DAY},
)
# WordPress's time tail under a Gregorian root day: the ID and the minute, warned from the URL.
case(
    "time-tail-permalink-gregorian-root-pos",
    "text",
    page(HEAD),
    {"number": "4127", "published": TEH, "code": "published-from-url", "title": HEAD},
    url="https://nan-example.ir/2023/12/09/nan-mahalli/4127/news/admin/10/20/00/",
)
# -- near miss: the page prints its own time; a different one in the tail: the printed one.
case(
    "time-tail-permalink-printed-time-wins-neg",
    "text",
    page(HEAD, DATE_LINE),
    {"number": "4127", "published": TEH, "title": HEAD},
    url="https://nan-example.ir/1402/09/18/nan-mahalli/4127/news/admin/01/45/30/",
)

# == fix279 and fix283: weather readings ========================================================
COLD = "دمای هوای نیشابور امروز به سه درجه زیر صفر رسید"
# A weather report's own date line over its reading with a spaced sign, over the lead: its date.
case(
    "weather-report-spaced-sign-reading-over-lead-pos",
    "text",
    page(COLD, f"{DATE_LINE}\n− 3°C"),
    {"title": COLD, "published": TEH},
)
# A widget's clock over a spaced reading in Persian digits, the article's own date a day before.
case(
    "widget-clock-spaced-persian-digit-reading-pos",
    "text",
    page("۱۰:۲۰ - شنبه ۱۸ آذر ۱۴۰۲\n− ۳°C", HEAD, "۱۷ آذر ۱۴۰۲ - ۰۹:۰۰"),
    {"title": HEAD, "published": "2023-12-08T09:00:00+03:30"},
)

# == fix279: the bracketed date's full form; a glued label ========================================
SHOW = "نمایش فیلم «نان و تنور» در سینما شهر (شنبه، ۲۵ آذر ۱۴۰۲)"
# -- near miss: an event headline closing with its full date and weekday in brackets, the
# page's date line under it: the headline, sure, and the page's date.
case(
    "event-headline-full-bracketed-date-neg",
    "text",
    page(SHOW, DATE_LINE),
    {"title": SHOW + "!", "published": TEH},
)
# A two-word label glued after the headline, a weekday and «ساعت» before a named month's date.
case(
    "glued-two-word-label-weekday-named-month-pos",
    "text",
    page(f"{HEAD} تاریخ انتشار: شنبه ۱۸ آذر ۱۴۰۲ ساعت ۱۰:۲۰"),
    {"title": HEAD, "published": TEH},
)

# == fix280/fix281: dotted 12-hour marks, Pashto dates ==========================================
PS_HEAD = "په نیشابور کې د سیمه ییزو ډوډیو نندارتون پرانیستل شو"
PS_BODY = (
    "د نیشابور ښار په مرکز کې د سیمه ییزو ډوډیو نندارتون پرانیستل شو او د شاوخوا کلیو "
    "نانوایانو خپلې تازه ډوډۍ خلکو ته وړاندې کړې.\n\n"
    "د نندارتون مسؤل وویل چې نندارتون به تر اونۍ پای پورې دوام وکړي.\n"
)
# A Pashto page: a Qaws date and «غ.و.» (afternoon): 13:45 Kabul.
case(
    "pashto-qaws-afternoon-mark-pos",
    "text",
    f"{PS_HEAD}\n\nشنبه ۱۸ قوس ۱۴۰۲ \u200f۱:۴۵ غ.و.\n\n{PS_BODY}",
    {"title": PS_HEAD, "published": "2023-12-09T13:45:00+04:30"},
)
# -- near miss: «غ.م.» (before noon): a real 01:45 keeps its hour.
case(
    "pashto-qaws-morning-mark-keeps-hour-neg",
    "text",
    f"{PS_HEAD}\n\nشنبه ۱۸ قوس ۱۴۰۲ \u200f۱:۴۵ غ.م.\n\n{PS_BODY}",
    {"title": PS_HEAD, "published": "2023-12-09T01:45:00+04:30"},
)
# -- near miss: a Tehran clock 01:45 before the solar era's dotted mark «ه.ش»: kept.
case(
    "clock-before-solar-era-mark-keeps-hour-neg",
    "text",
    page(HEAD, "۱۴۰۲/۰۹/۱۸ ۰۱:۴۵ ه.ش"),
    {"title": HEAD, "published": "2023-12-09T01:45:00+03:30"},
)
# A year-first Pashto date with «د» before the month and the weekday after it.
case(
    "pashto-year-first-of-month-weekday-after-pos",
    "text",
    f"{PS_HEAD}\n\n۱۴۰۲ د قوس ۱۸، شنبه\n\n{PS_BODY}",
    {"title": PS_HEAD, "published": DAY},
)

# == fix282 =====================================================================================
# A three-part <title>: a section's name part that the headline part repeats whole.
case(
    "three-part-title-section-name-repeated-html-pos",
    "html",
    (
        "<html><head><meta charset='utf-8'><title>گزارش نمایشگاه نان های محلی - نمایشگاه نان "
        "های محلی - شهرداری نیشابور</title></head><body><div class='section'><h1>نمایشگاه نان "
        "های محلی</h1></div><h2>گزارش نمایشگاه نان های محلی</h2><p>"
        + BODY.split("\n\n", maxsplit=1)[0]
        + "</p></body></html>"
    ).encode(),
    {"title": "گزارش نمایشگاه نان های محلی"},
)
# -- near miss: a recipe's short title as its <h1>, <title> «SHORT - LONGER SEO PART - SITE»: the
# short <h1> is the post's title.
case(
    "three-part-title-short-post-title-seo-part-html-neg",
    "html",
    (
        "<html><head><meta charset='utf-8'><title>نان سنگک - طرز پخت نان سنگک در خانه - "
        "آشپزخانه من</title></head><body><div class='logo'>آشپزخانه من</div><h1>نان سنگک</h1>"
        f"<p>{GUIDE_LEAD}</p><p>خمیر را پس از ورآمدن روی ریگ های داغ پهن می کنند و چند دقیقه "
        "صبر می کنند تا نان برشته شود.</p></body></html>"
    ).encode(),
    {"title": "نان سنگک"},
)
DASHED = "گزارش تصویری - نمایشگاه نان های محلی - روز دوم"
# -- near miss: a three-part dashed headline (no verb) over the page's date line: the headline.
case(
    "dashed-three-part-headline-over-date-line-neg",
    "text",
    page(DASHED, DATE_LINE),
    {"title": DASHED, "published": TEH},
)

# == fix283 =====================================================================================
# A public relations line in Arabic yeh and kaf right over the text: no title, or doubted.
case(
    "public-relations-line-arabic-yeh-over-text-pos",
    "text",
    yeh_kaf("روابط عمومی دانشگاه فردوسی مشهد\n\n" + BODY),
    {"title": "WARN"},
)
CRUMB_LEAD = f"{HEAD}. " + BODY
# A three-level crumb, its section with a Persian-digit year, over a lead repeating the headline.
case(
    "three-level-crumb-year-section-over-lead-pos",
    "text",
    f"صفحه نخست » آرشیو ۱۴۰۲ » {HEAD}\n\n{CRUMB_LEAD}",
    {"title": HEAD},
)
# «دسته:» with an en dash, <h1> «همه نوشته ها», two posts: the term's name, no date.
case(
    "category-title-tag-any-h1-two-posts-html-pos",
    "html",
    (
        "<!DOCTYPE html><html dir='rtl'><head><meta charset='utf-8'><title>دسته: نان های محلی "
        "– نان نیوز</title></head><body class='archive category'><h1>همه نوشته ها</h1>"
        + "".join(
            f"<article><h2><a href='https://nan-example.ir/p-{i}/'>{h}</a></h2><p>نانواهای "
            "روستا نان های خود را از صبح زود در تنورهای گلی پختند و به بازار آوردند.</p>"
            "</article>"
            for i, (h, _) in enumerate(OTHERS)
        )
        + "</body></html>"
    ).encode(),
    {"title": "نان های محلی", "published": None},
)
# A short poem of three-word hemistichs parted by «٭», under a blog's date footer: no title.
case(
    "three-word-arabic-star-couplets-pos",
    "text",
    "نان آمد گرم ٭ از تنور ده\nبوی خوش نان ٭ در کوچه پیچید\nمادر خندید باز ٭ سفره را چید\n\n"
    "نوشته شده در شنبه ۱۸ آذر ۱۴۰۲ ساعت ۱۰:۲۰ توسط مریم\n",
    {"title": "WARN", "published": TEH},
)

# == speed53: long dated pages =================================================================


def comments(count: int) -> str:
    return "".join(
        f"کاربر {i} - ۱۷ آذر ۱۴۰۲ - ۰۹:۰۰\nنان های این نمایشگاه واقعا خوشمزه بود و باز هم می رویم.\n"
        for i in range(count)
    )


# The article, then 20 dated comments: its headline and date.
case(
    "article-over-twenty-dated-comments-neg",
    "text",
    page(HEAD, DATE_LINE) + "\nنظرات\n" + comments(20),
    {"title": HEAD, "published": TEH},
)
# The same with 2,200 comments (4,400 lines past the first 4,096): the same record.
case(
    "article-over-2200-dated-comments-pos",
    "text",
    page(HEAD, DATE_LINE) + "\nنظرات\n" + comments(2200),
    {"title": HEAD, "published": TEH},
)

# == two rules on one page =======================================================================
# fix278's bar-less menu over fix277's gapped date line.
case(
    "glued-menu-and-gapped-date-two-rules-pos",
    "text",
    f"خانه اخبار مقالات درباره ما تماس با ما\n\n{HEAD}\n\n{DATE_LINE}   {BODY}",
    {"title": HEAD, "published": TEH},
)
# fix283's public relations line over fix275's site name over its description over the post.
case(
    "public-relations-line-and-name-over-description-two-rules-pos",
    "text",
    "روابط عمومی انجمن نانوایان خراسان\n"
    f"{SITE}\nسایت نان و تنور خراسان برای معرفی نان های محلی روستاها\n{POST}\n{POST_BODY}",
    {"title": POST},
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
