"""Twentieth round of attacks: fix40's and fix41's rules (a site's numbered pages «/pages/N/»,
a lone «?lid=N», WordPress's shortlink, a reading time after the date, a bare time line a blank
line under a bare date line; a headline run into its lead on one line, a program's error lines,
the print/rate/back-home chrome).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, twentieth
round"). Run: PYTHONPATH=src python benchmarks/attacks20.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are near misses a real
page prints where a rule must not fire; «-pos» inputs are shapes where it must. A title
ending «!» must come without a doubt; "WARN" is a title kept and doubted, or none. A
«published» value with a «T» is compared to the minute.
"""

from attack_runner import BODY, ITEMS, D, H, check, collector, run

cases, case = collector()


DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲»
PAGE = f"{H}\n\n{D}\n\n{BODY}"
TIGHT = BODY.replace("\n\n", "\n")  # the body not double-spaced
LIST = "\n\n".join(f"{h}\n\n{p}" for h, p in ITEMS) + "\n"

# -- 1. a site's numbered pages «/pages/N/» ---------------------------------------------------
# The shape fix40 read: a bar association's news item at «/pages/1100/» (held-out page).
case("pages-id-pos", "text", PAGE, {"number": "1100"}, url="https://bar.example.ir/pages/1100/")
case(
    "pages-id-lang-slug-pos",
    "text",
    PAGE,
    {"number": "4521"},
    url="https://www.example.ir/fa/pages/4521/شورای-شهر",
)
case(
    "pages-id-html-suffix-pos",
    "text",
    PAGE,
    {"number": "4521"},
    url="https://www.example.ir/Pages/4521.aspx",
)
# A list's pager under «/pages/N» (a section's second page of items): no item's ID.
case(
    "pages-pager-list-neg",
    "text",
    LIST,
    {"number": None},
    url="https://www.example.ir/fa/news/pages/2",
)
case(
    "pages-pager-category-neg",
    "text",
    LIST,
    {"number": None},
    url="https://www.example.ir/category/sport/pages/3/",
)
# araznews.ir prints its list as «/pages/list/&cat=212&sort[...]» (search corpus «pages»,
# http://www.araznews.ir/pages/list/&cat=212&sort[dateCreated]=DESC&theme=_loadMore).
case(
    "pages-list-cat-neg",
    "text",
    LIST,
    {"number": None},
    url="http://www.example.ir/pages/list/&cat=212&sort[dateCreated]=DESC",
)
# A page's number beside the item's own ID later in the path: the item's ID.
case(
    "pages-then-news-id-neg",
    "text",
    PAGE,
    {"number": "348120"},
    url="https://www.example.ir/pages/2/news/348120/شورای-شهر",
)

# -- 2. a lone «?lid=N» -----------------------------------------------------------------------
# dastour.ir's law pages, «https://dastour.ir/Brows/?lid=313062» (fix40's held-out page).
case("lid-pos", "text", PAGE, {"number": "313062"}, url="https://laws.example.ir/Brows/?lid=313062")
case(
    "lid-case-pos",
    "text",
    PAGE,
    {"number": "313062"},
    url="https://laws.example.ir/Brows/?LID=313062",
)
case(
    "lid-fragment-pos",
    "text",
    PAGE,
    {"number": "313062"},
    url="https://laws.example.ir/Brows/?lid=313062#m5",
)
# A portal's language as the query's only field («?lid=1» Persian, «?lid=2» English, as
# Iranian government portals print it): no item's ID.
case("lid-language-neg", "text", PAGE, {"number": None}, url="https://www.example.gov.ir/?lid=1")
case(
    "lid-language-page-neg",
    "text",
    PAGE,
    {"number": None},
    url="https://www.example.gov.ir/Default.aspx?lid=2",
)
case(
    "lid-other-fields-neg",
    "text",
    PAGE,
    {"number": None},
    url="https://laws.example.ir/Brows/?lid=313062&sort=asc&view=tree",
)

# -- 3. WordPress's shortlink -----------------------------------------------------------------
POST = '<html lang="fa"><head><title>{h} – سایت</title>{link}</head><body>{body}</body></html>'
ARTICLE = f"<article><h1>{H}</h1><p>{BODY.replace(chr(10), ' ')}</p></article>"


def post(link, body=ARTICLE):
    return POST.format(h=H, link=link, body=body)


case(
    "shortlink-pos",
    "html",
    post('<link rel="shortlink" href="https://news.example.af/?p=2051">'),
    {"number": "2051", "title": H},
)
case(
    "shortlink-relative-pos",
    "html",
    post('<link rel="shortlink" href="/?p=2051">'),
    {"number": "2051"},
)
case(
    "shortlink-rel-case-pos",
    "html",
    post('<link rel="Shortlink" href="https://news.example.af/?p=2051">'),
    {"number": "2051"},
)
case(
    "shortlink-category-url-pos",
    "html",
    post('<link rel="shortlink" href="https://news.example.af/?p=2051">'),
    {"number": "2051"},
    url="https://news.example.af/afghanistan/شورای-شهر/",
)
# Jetpack's wp.me code: a shortener's, no ID.
case(
    "shortlink-wpme-neg",
    "html",
    post('<link rel="shortlink" href="https://wp.me/p1a2B3-4x">'),
    {"number": None},
)
# A static front page listing posts prints its own page's shortlink: a list, no item's ID.
LIST_HTML = "".join(f"<h2>{h}</h2><p>{p}</p>" for h, p in ITEMS)
case(
    "shortlink-front-page-list-neg",
    "html",
    post('<link rel="shortlink" href="https://news.example.af/?p=5">', LIST_HTML),
    {"number": None},
    url="https://news.example.af/",
)
# The page prints its own ID: that one wins over the shortlink's.
case(
    "shortlink-printed-id-neg",
    "html",
    post(
        '<link rel="shortlink" href="https://news.example.af/?p=2051">',
        f"<article><h1>{H}</h1><p>کد خبر: 48213</p><p>{BODY.replace(chr(10), ' ')}</p></article>",
    ),
    {"number": "48213"},
)

# -- 4. a reading time after the date ---------------------------------------------------------
# Digikala Mag prints «DATE زمان مورد نیاز برای مطالعه: N دقیقه» (fix40); themes print
# «DATE | N دقیقه مطالعه», «DATE • زمان مطالعه: N دقیقه».
for line in (
    f"{D} | ۵ دقیقه مطالعه",
    "۱۴۰۲/۱۲/۱۲ - زمان مطالعه: ۷ دقیقه",
    f"شنبه {D} • ۳ دقیقه مطالعه",
    f"{D} - مدت زمان مطالعه: ۶ دقیقه",
    f"{D}، زمان تقریبی مطالعه: ۴ دقیقه",
):
    case(
        f"reading-time-after-date-pos {line}",
        "text",
        f"{H}\n\n{line}\n\n{BODY}",
        {"published": DAY},
    )
case(
    "reading-time-after-date-time-pos",
    "text",
    f"{H}\n\n{D} ساعت ۱۲:۳۰ زمان مطالعه ۴ دقیقه\n\n{BODY}",
    {"published": f"{DAY}T12:30"},
)
case(
    "reading-time-before-date-pos",
    "text",
    f"{H}\n\n۵ دقیقه مطالعه - {D}\n\n{BODY}",
    {"published": DAY},
)
# A date and minutes that are no reading time: an event's length under another date line.
case(
    "minutes-after-event-date-neg",
    "text",
    f"{H}\n\n{D}\n\nتاریخ آزمون: ۲۵ خرداد ۱۴۰۳ - مدت آزمون: ۹۰ دقیقه\n\n{BODY}",
    {"published": DAY},
)

# -- 5. a bare time line a blank line under a bare date line ----------------------------------
case(
    "bare-time-under-bare-date-pos",
    "text",
    f"{H}\n\n{D}\n\n۱۸:۳۹\n\n{TIGHT}",
    {"published": f"{DAY}T18:39"},
)
case(
    "bare-time-under-numeric-date-pos",
    "text",
    f"{H}\n\n1402/12/12\n\n18:39\n\n{TIGHT}",
    {"published": f"{DAY}T18:39"},
)
# A site's day stamp and clock in the masthead, then the article's own date line: the article
# keeps its date, no masthead clock (eghtesadmosbat.ir prints «امروز : پنج شنبه - ۲۰
# اردیبهشت - ۱۴۰۳» on every page, search corpus «pages»).
case(
    "masthead-clock-over-article-neg",
    "text",
    f"شنبه ۱۹ اسفند ۱۴۰۲\n\n۰۹:۴۱\n\n{H}\n\n{D}\n\n{TIGHT}",
    {"published": DAY},
)
# An impossible hour (a video's length «45:12») a blank line under the date: no time.
case(
    "video-length-under-date-neg",
    "text",
    f"{H}\n\n{D}\n\n45:12\n\n{TIGHT}",
    {"published": DAY},
)
# A time under a date that is a labelled event's (a meeting's day and hour) after the body.
case(
    "event-date-time-after-body-neg",
    "text",
    f"{H}\n\n{D}\n\n{TIGHT}\nزمان جلسه بعد:\n\n۱۹ اسفند ۱۴۰۲\n\n۱۷:۰۰\n",
    {"published": DAY},
)
# The date line with its own time already: the bare time under it is another's (an update).
case(
    "dated-timed-then-bare-time-neg",
    "text",
    f"{H}\n\n{D} - ۰۸:۱۵\n\n۱۸:۳۹\n\n{TIGHT}",
    {"published": f"{DAY}T08:15"},
)
# Two blank lines between the date and the clock: not the date's time.
case(
    "bare-time-two-blanks-neg",
    "text",
    f"{H}\n\n{D}\n\n\n\n۱۸:۳۹\n\n{TIGHT}",
    {"published": DAY},
)
# A clock with seconds a blank line under the date: a live clock.
case(
    "live-clock-seconds-neg",
    "text",
    f"{H}\n\n{D}\n\n18:39:05\n\n{TIGHT}",
    {"published": DAY},
)

# -- 6. a headline run into its lead on one line ----------------------------------------------
LEAD = (
    "نخستین نشست کارگروه حمل و نقل شهری صبح دیروز با حضور معاونان شهرداری برگزار شد و "
    "اعضای آن درباره برنامه‌های تازه برای کاهش ترافیک مرکز شهر گفت‌وگو کردند. "
    "نتیجه این نشست هفته آینده اعلام می‌شود."
)
HEAD = "طرح تازه شهرداری برای کاهش ترافیک"
# The Hamshahri corpus joins a headline, a service label and the lead (fix41's held-out page);
# newspapers print «گروه جامعه: LEAD» (baharnews.ir/tag/تالار+عروسی, araznews.ir, search corpus
# «pages»), «گروه اجتماعی: ...» (pishkhaan.net/news/8499).
for label in ("گروه اجتماعی:", "سرویس شهری:", "گروه بین‌الملل:", "گروه اقتصادی :"):
    case(f"glued-label-pos {label}", "text", f"{HEAD} {label} {LEAD}\n", {"title": HEAD + "!"})
case("glued-slash-pos", "text", f"{HEAD} / {LEAD}\n", {"title": HEAD + "!"})
# A lead opening with reported speech after the slash: the headline, undoubted.
case(
    "glued-slash-speech-lead-pos",
    "text",
    f"{HEAD} / معاون شهرداری می‌گوید این طرح از ماه آینده در مرکز شهر اجرا می‌شود و "
    "نتیجه آن تا پایان سال بررسی خواهد شد.\n",
    {"title": HEAD + "!"},
)
# A speaker's lead sentence whose subject ends in «گروه NAME»: no headline before it.
case(
    "speaker-group-lead-neg",
    "text",
    "دبیرکل سازمان ملل در پیام خود به نشست سران گروه بیست: جهان به همکاری همه کشورها "
    "برای مهار تورم نیاز دارد و هیچ کشوری به تنهایی از پس آن برنمی‌آید.\n",
    {"title": None},
)
case(
    "member-group-lead-neg",
    "text",
    "یکی از اعضای هیئت مدیره این شرکت در گفت‌وگو با گروه اقتصادی: قیمت‌ها تا پایان سال "
    "ثابت می‌ماند و تغییری در نرخ فروش محصولات داده نخواهد شد.\n",
    {"title": None},
)
# A headline «A / B» run into its lead: the headline's two parts, or nothing; never part A.
case(
    "two-part-headline-glued-neg",
    "text",
    f"{HEAD} / قیمت بلیت مترو ثابت می‌ماند {LEAD}\n",
    {"title": "NOT " + HEAD},
)
# A couplet opening a post's first paragraph, then the prose: no headline in it.
case(
    "couplet-slash-lead-neg",
    "text",
    "مرا عهدیست با جانان که تا جان در بدن دارم / هواداران کویش را چو جان خویشتن دارم "
    "این بیت حافظ را بسیاری از ما در کودکی از پدربزرگ‌ها و مادربزرگ‌هایمان شنیده‌ایم و "
    "هنوز هم در مهمانی‌ها خوانده می‌شود.\n",
    {"title": "NOT مرا عهدیست با جانان که تا جان در بدن دارم"},
)
# vista.ir prints «سایت روزنو / ۱۴۰۳/۰۹/۲۶» (a source and a date after a spaced slash).
case(
    "source-slash-date-neg",
    "text",
    f"سایت خبری شهر ما / ۱۴۰۲/۱۲/۱۲\n\n{H}\n\n{BODY}",
    {"title": H, "published": DAY},
)
# A headline on its own line over a lead that opens with a service label: the headline.
case(
    "headline-over-label-lead-neg",
    "text",
    f"{HEAD}\n\nگروه اجتماعی: {LEAD}\n",
    {"title": HEAD + "!"},
)

# -- 7. a program's error lines are never the title -------------------------------------------
ERRORS = (
    "Warning: include(header.php): failed to open stream: No such file or directory in "
    "/home/site/public_html/index.php on line 12",
    "Notice: Undefined index: id in /var/www/html/news.php on line 33",
    "Deprecated: Function split() is deprecated in /home/site/inc/func.php on line 5",
    "Warning: Cannot modify header information - headers already sent by (output started at "
    "/home/site/wp-config.php:1) in /home/site/wp-includes/pluggable.php on line 1171",
    "Strict Standards: Non-static method JLoader::import() should not be called statically "
    "in /home/site/libraries/loader.php on line 186",
    "JFolder::create: Could not create directory",
    "PHP Notice:  Undefined variable: row in /var/www/html/index.php on line 7",
)
for error in ERRORS:
    case(
        f"error-line-pos {error[:22]}", "text", f"{error}\n\n{PAGE}", {"title": H, "published": DAY}
    )
    case(
        f"error-line-alone-pos {error[:22]}",
        "text",
        f"{error}\n\n{BODY}",
        {"title": "NOT " + error},
    )
# A programming tutorial's headline that opens with the error it explains.
for headline in (
    "Warning: mysql_connect(): رفع این خطا در PHP",
    "Fatal error: Call to undefined function mb_substr() و راه حل آن",
):
    case(
        f"tutorial-error-headline-neg {headline[:20]}",
        "text",
        f"{headline}\n\n{D}\n\n"
        "این خطا زمانی رخ می‌دهد که نسخه PHP سرور شما تابع مورد نظر را نمی‌شناسد و باید "
        "افزونه آن را نصب یا فعال کنید. در ادامه مراحل رفع آن را گام به گام توضیح می‌دهیم.\n",
        {"title": headline},
    )
case(
    "tutorial-persian-headline-neg",
    "text",
    f"رفع خطای Warning: Cannot modify header information در وردپرس\n\n{D}\n\n{BODY}",
    {"title": "رفع خطای Warning: Cannot modify header information در وردپرس"},
)

# -- 8. print, rate and back-home chrome ------------------------------------------------------
case(
    "k2-toolbar-pos",
    "text",
    f"Print this page\n\nRate this item\n\n(0 votes)\n\n{PAGE}",
    {"title": H, "published": DAY},
)
case("back-home-pos", "text", f"بازگشت به خانه\n\n{PAGE}", {"title": H})
case("detail-heading-pos", "text", f"جزئیات خبر\n\n{PAGE}", {"title": H})
# A headline that opens with the chrome's words.
case(
    "detail-words-headline-neg",
    "text",
    f"جزئیات خبر تازه درباره افزایش حقوق کارمندان\n\n{D}\n\n{BODY}",
    {"title": "جزئیات خبر تازه درباره افزایش حقوق کارمندان!"},
)
# A film's name that is the phrase: a review's headline (a film «بازگشت به خانه» exists).
case(
    "film-title-back-home-neg",
    "html",
    "<html><head><title>بازگشت به خانه | نقد فیلم</title></head><body><article>"
    f"<h1>بازگشت به خانه</h1><p>{D}</p><p>{BODY.replace(chr(10), ' ')}</p></article>"
    "</body></html>",
    {"title": "بازگشت به خانه"},
)
case(
    "back-home-headline-text-neg",
    "text",
    f"بازگشت به خانه پس از چهل سال\n\n{D}\n\n{BODY}",
    {"title": "بازگشت به خانه پس از چهل سال!"},
)


if __name__ == "__main__":
    run(cases, check, ("title", "published", "number", "zone", "twin", "invalid", "time"))
