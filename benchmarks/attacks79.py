"""Seventy-ninth round of attacks: the rules merged last session after attack78 was written
(a6a53548..a330fa43): fix265 (WordPress's root ``/YYYY/MM/DD/ID/`` day warned
``published-from-url``; «تاریخ آخرین بروزرسانی» spellings), fix266 (WordPress's term archive
label in ``<title>``, a «درباره» ``<h1>``, a person's name over their quote, one couplet a line),
fix267 (a weather widget's clock; a sentence broken before «و»), fix268 (Blogfa's «ساعت N» hour
alone, a heading over a hard-wrapped paragraph, the date front's month), fix269 (Dari words for
Kabul's clock, Niloblog's ``/p/N``, Russian «г.», «SECTION » HEADLINE», the Tajik author line),
fix270 (``/GetNews/N/``, one-cell ``| TEXT |`` rows, a portal's info line), fix271 (closed
update-label spellings, event-date labels, «Copyright ©» with a rights-reserved tail, a lone «م»
after a clock as PM), fix272 (a year-like folder ID warned ``number-year-like``; a bracketed
dateline), fix273 (a public relations source line, a bare image file line, a later-year root
ID), fix274 (a one-word date label glued after the headline with its colon) and speed52 (a
line's dates read once: the same line text with different neighbours), in pages of other kinds
and at the edges of their conditions, with near misses (``-neg``) that must keep their record,
and two rules on one page.

No fix is made for this round (docs/reliability.md, "Attacks, seventy-ninth round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand: 18 Azar 1402 = 2023-12-09, a Saturday (Tehran +03:30, no
summer time from 1402 on; Kabul +04:30); 17 Azar = 2023-12-08, 19 Azar = 2023-12-10, 10 Azar =
2023-12-01, 25 Azar = 2023-12-16.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks79.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. "WARN" means no title or a doubted one; a title ending «!» that title with no
doubt; a tuple any of its values; a «published» value with an offset the same instant, a bare
day that day. The article sentences, headlines, verses and names are ours.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    collector,
    either,
    html,
    num,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

TEH = "2023-12-09T10:20:00+03:30"
DAY = "2023-12-09"
DATE_LINE = "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰"
HEAD = "جشنواره آش های محلی در پارک کوهسنگی برگزار شد"
BODY = (
    "به گزارش خبرنگار ما، آشپزهای بیست روستای اطراف شهر از صبح امروز دیگ های آش خود را در "
    "غرفه های جشنواره پارک کوهسنگی بار گذاشتند و به مهمانان آش رشته و آش جو دادند.\n\n"
    "دبیر جشنواره گفت که داوران امروز عصر سه آش برگزیده را انتخاب می کنند و جایزه آن ها در "
    "روز پایانی جشنواره به آشپزها داده می شود.\n"
)


def page(*head: str, body: str = BODY) -> str:
    return "\n\n".join(head) + "\n\n" + body


# == fix265: WordPress's /YYYY/MM/DD/ID/ from the root, the day warned ==========================
# No date printed: the address's day, warned; the ID after it, four digits.
case(
    "wordpress-root-day-id-no-printed-date-pos",
    "text",
    page(HEAD),
    {"published": DAY, "code": "published-from-url", "number": "4127", "title": HEAD},
    url="https://ash-example.ir/2023/12/09/4127/",
)
# -- near miss: the page prints its full date, a day later than the path's: the printed date.
case(
    "wordpress-root-day-id-printed-other-day-neg",
    "text",
    page(HEAD, "۱۹ آذر ۱۴۰۲ - ۱۰:۲۰"),
    {"published": "2023-12-10T10:20:00+03:30", "title": HEAD},
    url="https://ash-example.ir/2023/12/09/4127/",
)
# «تاریخ آخرین به روز رسانی» spaced, in Arabic yeh, at the foot; the publication labelled above.
case(
    "last-update-label-spaced-arabic-yeh-footer-pos",
    "text",
    yeh_kaf(
        page(HEAD, "تاریخ انتشار: ۱۴۰۲/۰۹/۱۰ - ۰۸:۰۰")
        + "\nتاریخ آخرین به روز رسانی : ۱۴۰۲/۰۹/۱۸ ۱۰:۲۰\n"
    ),
    {"published": "2023-12-01T08:00:00+03:30", "updated": DAY, "title": either(HEAD)},
)
UPDATE_HEAD = "تاریخ آخرین بروزرسانی نرخ نان در استان اعلام شد"
# -- near miss: a headline opening with the label's words over the date line: the headline, sure.
case(
    "headline-opening-with-update-label-words-neg",
    "text",
    page(UPDATE_HEAD, DATE_LINE),
    {"title": UPDATE_HEAD + "!", "published": TEH},
)

# == fix266 ====================================================================================
ARCHIVE_NAME = "آش های محلی"
TEASER = (
    "<article><h2>{0}</h2><p>آشپزهای روستا در این جشنواره دیگ های بزرگ آش را از شب قبل "
    "بار گذاشتند و تا ظهر به صدها مهمان آش دادند.</p></article>"
)
# WordPress's English label before a Persian name in <title>, two posts under the <h1>.
case(
    "category-label-english-persian-name-html-pos",
    "html",
    (
        "<html><head><meta charset='utf-8'><title>Category: آش های محلی - خبرنامه آش</title>"
        f"</head><body><h1>{ARCHIVE_NAME}</h1>"
        + TEASER.format("آش رشته برگزیده جشنواره شد")
        + TEASER.format("آش جو روستای طرقبه دوم شد")
        + "</body></html>"
    ).encode(),
    {"title": ARCHIVE_NAME, "published": None},
)
ABOUT = "درباره‌ی خبرنامه آش"
# «درباره‌ی» with its ZWNJ and yeh as the page's <h1>, under the logo line.
case(
    "about-h1-zwnj-yeh-under-logo-html-pos",
    "html",
    html(
        "<div class='logo'>خبرنامه آش</div>"
        f"<h1>{ABOUT}</h1>"
        "<p>خبرنامه آش را چند آشپز روستایی در سال ۱۳۹۸ راه انداختند تا دستور آش های محلی "
        "استان از یاد نرود و به نسل های بعد برسد.</p>"
        "<h2>آش رشته</h2><p>آش رشته را با سبزی تازه و کشک می پزند.</p>"
    ),
    {"title": ABOUT},
)
QUOTE = "زهرا کریمی: «دستور آش های محلی را به نسل بعد می‌سپاریم»"
# A person's name over their quote in guillemets, the verb before the closing guillemet.
case(
    "person-over-quote-in-guillemets-pos",
    "text",
    page("زهرا کریمی", QUOTE, DATE_LINE),
    {"title": QUOTE + "!", "published": TEH},
)
VERSE = (
    "آش گرم از دیگ آمد سوی خانه ٭ بوی آن پیچید در هر آشیانه\n"
    "مادرم خندید و گفت این آش ماست ٭ هر چه داریم از همین دستان ماست\n"
    "گندم از دشت آمد و آسیاب شد ٭ آرد نرم و سپید و ناب شد\n"
)
POST = "آش جو مادربزرگ"
# A blog's header of three couplets (a masnavi, hemistichs parted by «٭») over a post's title.
case(
    "three-couplets-over-post-title-pos",
    "text",
    VERSE + f"\n{POST}\n\n{DATE_LINE}\n\n{BODY}",
    {"title": POST, "published": TEH},
)
BLOG_NAME = "دفترچه آش و دیگ - نیشابور"
MOTTO = "هر آشی قصه ای دارد، اگر گوش کنیم."
SHORT_TITLE = "آش کشک"
PARAGRAPHS = (
    "هر سال پاییز مادربزرگ کشک را از روستا می آورد و ما آن را در آب گرم می خیسانیم تا برای "
    "آش آماده شود.\n"
    "پدرم می گوید آش کشک را باید روی آتش ملایم و آرام پخت تا ته نگیرد و خوب جا بیفتد.\n"
)


def named_blog(footer: str) -> str:
    return (
        f"{BLOG_NAME}\n\n{BLOG_NAME}\n\n{MOTTO}\n\n{SHORT_TITLE}\n\n{PARAGRAPHS}\n"
        f"ابزار وبمستر\n\n{footer}\n"
    )


# == fix267 ====================================================================================
# A weather widget: its clock and day over a temperature below zero, then the article and its
# own date line (a day earlier).
case(
    "weather-widget-minus-temperature-over-headline-pos",
    "text",
    page("۱۰:۲۰ - شنبه ۱۸ آذر ۱۴۰۲\n-3°C", HEAD, "۱۷ آذر ۱۴۰۲ - ۰۹:۰۰"),
    {"title": HEAD, "published": "2023-12-08T09:00:00+03:30"},
)
COLD = "دمای هوای مشهد امروز به سه درجه زیر صفر رسید"
# -- near miss: a weather report's own date line over its reading «-3°C» under the headline: the
# date line is the article's.
case(
    "weather-report-date-line-over-its-reading-neg",
    "text",
    page(COLD, f"{DATE_LINE}\n-3°C"),
    {"title": COLD, "published": TEH},
)
BROKEN = "دبیر جشنواره در پایان برنامه از آشپزهای روستاها تشکر کرد"
# A sentence broken before «و», the page in Arabic yeh and kaf.
case(
    "and-clause-broken-sentence-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(
        f"{BROKEN}\nو گفت سال آینده جشنواره در دو هفته و در میدان بزرگ تر شهر برپا می شود.\n\n"
        + BODY
    ),
    {"title": "WARN"},
)
# -- near miss: the headline over a lead opening with «وزیر» (a word starting with و): sure.
case(
    "headline-over-lead-opening-with-vazir-neg",
    "text",
    f"{HEAD}\nوزیر میراث فرهنگی در بازدید از جشنواره گفت که آش های محلی باید در فهرست میراث "
    "ناملموس کشور ثبت شوند و آشپزهای روستاها حمایت شوند.\n\n" + BODY,
    {"title": HEAD + "!"},
)

# == fix268 ====================================================================================
# Blogfa's footer with the day in words and an hour of one Persian digit after «ساعت».
case(
    "blogfa-footer-word-day-one-digit-hour-pos",
    "text",
    f"{SHORT_TITLE}\n\n{PARAGRAPHS}\nشنبه هجدهم آذر ۱۴۰۲ ساعت ۹ توسط مریم\n",
    {"title": SHORT_TITLE, "published": "2023-12-09T09:00:00+03:30"},
)
WRAPPED = (
    "پاییز امسال برای اولین بار با مادربزرگ به روستای پدری رفتیم و آنجا آش\n"
    "کشک پختیم. باران تند می بارید و ما کنار اجاق نشسته بودیم و او از روزهای\n"
    "جوانی اش می گفت که همه اهل روستا آش را با هم می پختند و با هم می خوردند.\n"
)
WRAP_HEAD = "آش‌پزی در خانه‌ی مادربزرگ"
# A heading with ZWNJs over a paragraph hard-wrapped mid-sentence.
case(
    "heading-with-zwnjs-over-hard-wrapped-paragraph-pos",
    "text",
    f"{WRAP_HEAD}\n{WRAPPED}",
    {"title": WRAP_HEAD + "!"},
)
# -- near miss: the paragraph's own first line is short and wrapped after «به»: no heading.
case(
    "short-first-line-wrapped-after-preposition-neg",
    "text",
    "دیروز صبح با مادربزرگم به\nروستای پدری رفتیم و آنجا آش کشک پختیم. باران تند می بارید و\n"
    "ما کنار اجاق نشسته بودیم و او از روزهای جوانی اش می گفت و ما گوش می دادیم.\n",
    {"title": "WARN"},
)
# One post in full at the date front's month written «/date/2023/12/».
case(
    "date-front-month-slashed-one-post-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"title": HEAD, "published": TEH},
    url="https://ash-example.ir/date/2023/12/",
)

# == fix269 ====================================================================================
DARI = (
    "صادرات قالین‌های دستباف افغانستان ۳۰ فیصد بیشتر شد\n\n"
    "December 9, 2023 10:20 AM\n\n"
    "اتاق تجارت کابل گفت که فروش قالین‌های دستباف در بازارهای آسیای میانه امسال بیشتر شده و "
    "تاجران از این بازارها راضی هستند.\n"
    "به گفته مسئولان این اتاق، سی فیصد از قالین‌های صادر شده از ولایت های شمال بوده است.\n"
)
# The Dari words with plural suffixes after a ZWNJ («قالین‌های»), Persian yeh: Kabul's clock.
case(
    "dari-words-plural-zwnj-kabul-clock-pos",
    "text",
    DARI,
    {"published": "2023-12-09T10:20:00+04:30"},
)
# -- near miss: an Iranian report writing «قالین» twice (one word twice): Tehran's clock.
case(
    "one-dari-word-twice-tehran-clock-neg",
    "text",
    "نمایشگاه فرش دستباف در مشهد گشایش یافت\n\nDecember 9, 2023 10:20 AM\n\n"
    "در این نمایشگاه یک قالین کهن از موزه شهر و چند فرش تازه به نمایش گذاشته شده است.\n"
    "بازدیدکنندگان این قالین را قدیمی ترین فرش نمایشگاه می دانند.\n",
    {"published": TEH},
)
# Niloblog's short address with a percent-encoded slug after the number.
case(
    "niloblog-short-post-with-encoded-slug-pos",
    "text",
    f"{SHORT_TITLE}\n\n{DATE_LINE}\n\n{PARAGRAPHS}",
    {"number": "52", "title": SHORT_TITLE},
    url="https://ashodig.niloblog.com/p/52/%D8%A2%D8%B4-%DA%A9%D8%B4%DA%A9",
)
PLAY = "نمایش «آش و دیگ» در تالار شهر روی صحنه رفت"
# -- near miss: a headline holding «» (a play's name in guillemets) over a lead repeating it.
case(
    "guillemet-headline-over-repeating-lead-neg",
    "text",
    f"{PLAY}\n\n{PLAY}. {BODY}",
    {"title": PLAY + "!"},
)
TAJIK_HEAD = "Ошҳои маҳаллии водии Зарафшон"
TAJIK_BODY = (
    "Дар деҳаҳои водии Зарафшон ошпазҳо ҳар тирамоҳ оши маҳаллиро дар дегҳои калон мепазанд "
    "ва ба меҳмонон медиҳанд. Ин анъана аз замонҳои қадим боқӣ мондааст.\n"
    "Пиронсолони деҳа мегӯянд, ки ҳар оила дастури оши худро дорад ва онро ба фарзандон "
    "меомӯзад.\n"
)
# Two rules: the Tajik author line over the heading, the Russian date «г., WEEKDAY» under it.
case(
    "tajik-author-line-and-russian-year-mark-two-rules-pos",
    "text",
    "Каримова Зарина, муҳаққиқи шуъбаи этнографияи Институти таърих\n"
    f"{TAJIK_HEAD}\n9 декабря 2023 г., суббота\n\n{TAJIK_BODY}",
    {"title": TAJIK_HEAD, "published": DAY},
)

# == fix270 ====================================================================================
# A portal's info line after a one-word name, in Persian digits.
case(
    "info-line-persian-digits-under-one-word-name-pos",
    "text",
    page("سنگک", "سنگک - تاریخ انتشار: ۱۴۰۲/۰۹/۱۸ ۱۰:۲۰ - تعداد بازدید: ۳۲۰"),
    {"title": "سنگک", "published": TEH},
)
# Two rules: the page as one-cell rows «| TEXT |» and the item's «/GetNews/N/» address.
case(
    "one-cell-rows-and-getnews-two-rules-pos",
    "text",
    f"| کد خبر: 5821 |\n| {HEAD} |\n| {DATE_LINE} |\n\n{BODY}",
    {"title": HEAD, "number": num("5821"), "published": TEH},
    url="https://ash-example.ir/GetNews/5821/",
)

# == fix271 ====================================================================================
# The closed update label with ZWNJs glued after the headline, the date line under it.
case(
    "glued-closed-update-label-zwnjs-pos",
    "text",
    page(f"{HEAD} تاریخ‌به‌روزرسانی: ۱۴۰۲/۰۹/۱۸", DATE_LINE),
    {"title": HEAD, "published": TEH},
)
# -- near miss: «زمان برگزاری» glued after an event's headline, no other date: the event's day
# is not the page's.
case(
    "glued-event-label-no-other-date-neg",
    "text",
    page(f"{HEAD} زمان برگزاری: ۱۴۰۲/۰۹/۲۵"),
    {"published": None},
)
# «Copyright © 2023 NAME» then a Persian rights-reserved tail after a dash.
case(
    "copyright-name-then-persian-rights-reserved-pos",
    "text",
    named_blog(f"Copyright © 2023 {BLOG_NAME} - تمامی حقوق محفوظ است"),
    {"title": SHORT_TITLE},
    url="https://ashodig-example.blogfa.com/post/31",
)
# «م» after a clock written after «ساعت»: the evening.
case(
    "hour-label-clock-then-m-mark-pm-pos",
    "text",
    page(HEAD, "۱۴۰۲/۰۹/۱۸ ساعت ۰۸:۱۵ م"),
    {"title": HEAD, "published": "2023-12-09T20:15:00+03:30"},
)

# == fix272 ====================================================================================
# A Gregorian year between the collection and the slug, never printed as the ID: warned.
case(
    "gregorian-year-folder-before-slug-warned-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"number": "2023", "code": "number-year-like", "title": HEAD},
    url="https://ash-example.ir/news/2023/jashnvare-ash",
)
EVENT = "جشنواره آش محلی (۱۸ آذر ۱۴۰۲)"
# -- near miss: a three-word event headline with its day in brackets over the page's date line.
case(
    "three-word-event-headline-bracketed-day-neg",
    "text",
    page(EVENT, "۱۰ آذر ۱۴۰۲ - ۰۸:۰۰"),
    {"title": (EVENT, "جشنواره آش محلی"), "published": "2023-12-01T08:00:00+03:30"},
)

# == fix273 ====================================================================================
# A public relations source line with a ZWNJ and «اداره کل» over the headline.
case(
    "public-relations-zwnj-general-office-over-headline-pos",
    "text",
    page("روابط‌عمومی اداره کل میراث فرهنگی خراسان رضوی", HEAD, DATE_LINE),
    {"title": HEAD, "published": TEH},
)
# An image's file name in Persian letters alone on the first line.
case(
    "persian-image-file-name-line-pos",
    "text",
    page("آش-رشته.jpg", HEAD, DATE_LINE),
    {"title": HEAD, "published": TEH},
)
# A Jalali path with a later Jalali year as the post's ID.
case(
    "jalali-root-day-later-jalali-year-id-pos",
    "text",
    page(HEAD),
    {"number": "1406", "published": DAY, "title": HEAD},
    url="https://ash-example.ir/1402/09/18/1406/",
)
# -- near miss: a Gregorian year-shaped number after a Jalali day path: not read.
case(
    "jalali-root-day-gregorian-year-shaped-neg",
    "text",
    page(HEAD, DATE_LINE),
    {"number": None, "published": TEH, "title": HEAD},
    url="https://ash-example.ir/1402/09/18/2031/",
)

# == fix274 ====================================================================================
# «زمان:» glued after the headline with a named month and a clock.
case(
    "glued-one-word-time-label-named-month-pos",
    "text",
    page(f"{HEAD} زمان: {DATE_LINE}"),
    {"title": HEAD, "published": TEH},
)
BOOK = "کتاب آش های ایران آماده انتشار: ۱۴۰۲/۰۹/۲۵"
# -- near miss: «آماده انتشار:» (ready for release) and a later day inside the headline, the
# page's date line under it: the page's date stays the date line's.
case(
    "ready-for-release-label-in-headline-neg",
    "text",
    page(BOOK, DATE_LINE),
    {"published": TEH, "title": (BOOK, "کتاب آش های ایران آماده انتشار", "WARN")},
)

# == speed52: one line's text with different neighbours ==========================================
# The same date line text twice: a weather widget's (over «-3°C») and the article's under its
# headline: the article's date.
case(
    "same-date-line-widget-and-article-pos",
    "text",
    page(f"{DATE_LINE}\n-3°C", HEAD, DATE_LINE),
    {"title": HEAD, "published": TEH},
)

# == two rules on one page =======================================================================
# fix265's root day and ID, fix274's one-word label glued after the headline.
case(
    "root-day-id-and-glued-one-word-label-two-rules-pos",
    "text",
    page(f"{HEAD} تاریخ: ۱۴۰۲/۰۹/۱۸ ۱۰:۲۰"),
    {"title": HEAD, "number": "4127", "published": TEH},
    url="https://ash-example.ir/2023/12/09/4127/",
)
# fix272's bracketed dateline over fix273's public relations line over the headline.
case(
    "bracketed-dateline-and-public-relations-line-two-rules-pos",
    "text",
    page("آش نیوز (شنبه، ۱۸ آذر ۱۴۰۲)", "روابط عمومی اداره میراث فرهنگی نیشابور", HEAD),
    {"title": HEAD, "published": DAY},
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
