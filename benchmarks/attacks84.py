"""Eighty-fourth round of attacks: the rules merged this session (b749c6e3..37902553):
fix301 (an ordinal word day before an Afghan month and a year; ``_title._short_title_over_
restating``, a short post title over a heading restating it; ``_title._post_under_self_
description``, a blog's first line over «این وبلاگ ...»), fix302 (``_title._in_order`` for a
kicker against a standfirst; ``vocab.NEXT_MEETING_LABELS``; «›» crumbs; an English month glued
after a Persian letter; ``/N/`` after WordPress's time tail; a forum poster's count line),
fix304 (``_listing._credited_below`` whole names; ``vocab.COMPOUND_AGENT_TAILS`` in
``_title._glued_crumb_runs_on``; ``vocab.OWN_ADDRESS_LABELS`` in
``_candidates._print_view_address``; «ارسال در تاریخ» as a footer label; the two-line cut teaser
in ``_listing._lone_teaser_under``; «٪»/«٫» in digit twins), fix305 (an all-digit date with a
year of 1420 or later refused; a ``<meta>`` or JSON-LD value of that shape dropped with a
warning) and speed58 (``YEAR_CORE``, ``_TOKEN_START``: the same matches), in pages of other
kinds and at the edges of their conditions, with near misses (``-neg``) that must keep their
record, and two rules on one page.

No fix is made for this round (docs/reliability.md, "Attacks, eighty-fourth round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand: the Afghan months are the Iranian ones under other names
(حمل = Farvardin ... قوس = Azar), so 18 قوس 1402 = 18 Azar 1402 = 2023-12-09, a Saturday
(Tehran +03:30, Kabul +04:30); 21 قوس 1402 = 2023-12-12; 25 قوس / 25 آذر 1402 = 2023-12-16.
25 Jumada I 1445 is about 2023-12-09 (the lunar digits in the machine dates below).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks84.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title ending «!» that title with no doubt; a tuple any of its values; a
«published» value with a «T» compared to the minute, a bare day that day. The article
sentences, headlines and names are ours.
"""

from __future__ import annotations

from attack_runner import DATE_ROUND_PREFIXES, collector, run, yeh_kaf
from attacks47 import check47

cases, case = collector()

TEH = "2023-12-09T10:20:00+03:30"
DAY = "2023-12-09"
DATE_LINE = "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰"
HEAD = "برداشت انار در باغ های روستای کشتی آغاز شد"
LEAD = (
    "به گزارش خبرنگار ما، باغداران روستا از صبح امروز انارهای رسیده را از درختان چیدند و "
    "در جعبه های چوبی کنار جاده برای خریداران شهر چیدند."
)
MORE = (
    "دهیار روستا گفت که محصول امسال به سبب آب بیشتر چشمه ها از سال گذشته بهتر است و "
    "کارخانه رب انار از هفته آینده خرید را آغاز می کند."
)
BODY = f"{LEAD}\n\n{MORE}\n"
HOST = "https://anar-example.ir"


def page(*head: str, body: str = BODY) -> str:
    return "\n\n".join(head) + "\n\n" + body


# Afghan pages (Dari), Kabul.
AF_HEAD = "بازار انار قندهار"
AF_TEXT = (
    "باغداران ولسوالی ارغنداب امسال انار بیشتری به بازار شهر آورده اند و دکانداران می گویند "
    "که بهای هر سیر انار نسبت به سال گذشته پایین آمده است.\n\nیکی از باغداران گفت که راه "
    "های خامه باغ ها پس از باران های پاییزی خراب شده و بردن میوه به شهر دشوار است.\n"
)

# == fix301: an ordinal word day before an Afghan month ============================================
AF_LONG_HEAD = "بازار انار قندهار پس از باران های پاییزی دوباره گرم شد"
# A compound ordinal word «بیست و پنجم» before «قوس» and a four-digit year in a dateline.
case(
    "afghan-compound-ordinal-word-day-dateline-pos",
    "text",
    page(AF_LONG_HEAD, "بیست و پنجم قوس 1402/ قندهار", body=AF_TEXT),
    {"title": AF_LONG_HEAD, "published": "2023-12-16"},
)
# «ماه» between the ordinal word and the month, «سال» before the year: the same day rule.
case(
    "afghan-ordinal-word-day-month-word-between-pos",
    "text",
    page(AF_LONG_HEAD, "هجدهم ماه قوس سال 1402", body=AF_TEXT),
    {"title": AF_LONG_HEAD, "published": DAY},
)
# In Arabic yeh and kaf with Persian digits, «بيست و يكم قوس ۱۴۰۲».
case(
    "afghan-ordinal-word-day-arabic-yeh-kaf-persian-digits-pos",
    "text",
    yeh_kaf(page(AF_LONG_HEAD, "بیست و یکم قوس ۱۴۰۲/ قندهار", body=AF_TEXT)),
    {"title": yeh_kaf(AF_LONG_HEAD), "published": "2023-12-12"},
)
# -- near miss: an old event's ordinal day in the body under the page's own date line: the
# page's own day.
case(
    "afghan-ordinal-word-old-event-in-body-under-own-date-neg",
    "text",
    page(
        AF_LONG_HEAD,
        "۱۸ قوس ۱۴۰۲",
        body=(
            f"{AF_TEXT}\nبازار سرپوشیده انار نخستین بار در دوازدهم عقرب 1391 گشایش یافت و از "
            "آن روز هر پاییز پر از میوه است.\n"
        ),
    ),
    {"title": AF_LONG_HEAD, "published": DAY},
)
# -- near miss: «on the third of Hamal, 1400 saplings were planted»: a count after the month,
# not a year; the page's own date line stands.
case(
    "afghan-ordinal-word-day-then-count-of-saplings-neg",
    "text",
    page(
        AF_LONG_HEAD,
        "۱۸ قوس ۱۴۰۲",
        body=(
            f"{AF_TEXT}\nدر روز سوم حمل 1400 نهال انار در باغ های تازه ولسوالی کاشته شد و "
            "باغداران آن را جشن گرفتند.\n"
        ),
    ),
    {"title": AF_LONG_HEAD, "published": DAY},
)

# == fix301: a short post title over a heading restating it ========================================
# Two rules on one page: the short title over its restating heading, over a dateline with an
# ordinal word day (fix301's two rules, 2564's layout), the short title holding a year.
FEST = "جشنواره انار ۱۴۰۲"
case(
    "short-title-with-year-over-restating-heading-ordinal-dateline-two-rules-pos",
    "text",
    page(FEST, f"{FEST} در شهر قندهار", "هجدهم قوس 1402/ قندهار", body=AF_TEXT),
    {"title": FEST + "!", "published": DAY},
)
# -- near miss: a writer's name over an interview's headline opening with it and going on
# with «در» (a qualifier opener), over the date line: the interview's headline is the title.
INTERVIEW = "حسن رضایی در گفت و گو با خبرنگار ما درباره بازار انار"
case(
    "writer-name-over-interview-headline-opening-with-it-neg",
    "text",
    page("حسن رضایی", INTERVIEW, DATE_LINE),
    {"title": INTERVIEW, "published": TEH},
)
# -- near miss: a real short headline over a longer standfirst restating it with a verb, over
# the date line: the short headline (the standfirst states the event).
STAND_VERB = "بازار انار قندهار امسال با فروش روزانه صد تن میوه به کشورهای همسایه رونق گرفت"
case(
    "short-headline-over-verb-standfirst-restating-it-neg",
    "text",
    page(AF_HEAD, STAND_VERB, "۱۸ قوس ۱۴۰۲", body=AF_TEXT),
    {"title": AF_HEAD, "published": DAY},
)
# -- near miss: the same short headline over a standfirst without a verb opening with it
# («با ...»): the short headline, sure.
STAND_NOUN = "بازار انار قندهار با فروش روزانه صد تن میوه به کشورهای همسایه"
case(
    "short-headline-over-noun-standfirst-restating-it-neg",
    "text",
    page(AF_HEAD, STAND_NOUN, "۱۸ قوس ۱۴۰۲", body=AF_TEXT),
    {"title": AF_HEAD + "!", "published": DAY},
)
# 2550's layout in Arabic yeh and kaf: a blog's description line, the short title, the heading
# holding its words elsewhere, the body's paragraph: the short title (a doubt allowed).
BLOG_PARA = (
    "امروز صبح با دوستانم به باغ های بالای روستا رفتیم و تا ظهر انار چیدیم و عصر همه را در "
    "حیاط خانه دانه کردیم تا مادرم از آنها رب بپزد و برای زمستان نگه دارد."
)
case(
    "short-title-over-heading-elsewhere-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(
        "یادداشت های روزانه یک باغدار جوان از روستا\n\nانار چینی پاییز\n"
        f"روز شاد انار چینی پاییز در باغ های روستا\n{BLOG_PARA}\n"
    ),
    {"title": yeh_kaf("انار چینی پاییز")},
)

# == fix301: a blog's first line over its self-description ========================================
POST_TITLE = "رب انار"
POST_LINES = (
    "مادرم هر سال در آبان\n\nانارها را دانه می کند و\n\nدر دیگ بزرگ مسی\n\n"
    "ساعت ها می جوشاند.\n\nبوی آن تا کوچه می رسد\n\nو همسایه ها می آیند.\n"
)
# «در این تارنما ...»: the post's short title under both.
case(
    "blog-self-description-tarnama-post-title-pos",
    "text",
    (
        "دفتر خاطرات (مریم احمدی)\n\nدر این تارنما روزهای کودکی و آیین های خانواده ام در "
        f"روستا را می نویسم تا فراموش نشوند و به دست نوه هایم برسند\n\n{POST_TITLE}\n\n"
        f"{POST_LINES}"
    ),
    {"title": POST_TITLE},
)
# -- near miss: a news headline over a lead about bloggers («این وبلاگ نویسان», these bloggers,
# not «this blog»), then a short section heading: the headline.
BLOGGERS = "دیدار هفتگی وبلاگ نویسان جوان در کتابخانه شهر"
case(
    "bloggers-lead-is-no-self-description-neg",
    "text",
    (
        f"{BLOGGERS}\n\nاین وبلاگ نویسان جوان هر هفته در تالار کتابخانه دور هم جمع می شوند "
        "و نوشته های تازه خود را برای یکدیگر می خوانند\n\nبرنامه هفته آینده\n\n"
        f"{POST_LINES}"
    ),
    {"title": BLOGGERS},
)

# == fix302: the next meeting's date ===============================================================
COUNCIL = "شورای روستا طرح آبرسانی باغ های انار را تصویب کرد"
COUNCIL_BODY = (
    "اعضای شورای روستا در نشست دیروز خود طرح لوله کشی آب چشمه به باغ های انار را بررسی کردند "
    "و با هزینه آن موافقت کردند.\n\nرئیس شورا گفت کار لوله کشی پیش از بهار تمام می شود.\n"
)
# The label with a word between («جلسه بعدی شورا:»), the page printing no date of its own.
case(
    "next-meeting-label-with-council-word-between-pos",
    "text",
    page(COUNCIL, body=f"{COUNCIL_BODY}\nجلسه بعدی شورا: ۲۵ آذر ۱۴۰۲\n"),
    {"title": COUNCIL, "published": None},
)
# The label in Arabic yeh («جلسه بعدي:»), no date of the page's own.
case(
    "next-meeting-label-arabic-yeh-pos",
    "text",
    page(COUNCIL, body=f"{COUNCIL_BODY}\nجلسه بعدي: ۲۵ آذر ۱۴۰۲\n"),
    {"title": COUNCIL, "published": None},
)
# -- near miss: a headline opening with «نشست آینده» over the page's own date line: the
# headline and its date line.
NEXT_HEAD = "نشست آینده شورای روستا به قیمت انار می پردازد"
case(
    "headline-opening-with-next-meeting-label-over-own-date-neg",
    "text",
    page(NEXT_HEAD, DATE_LINE, body=COUNCIL_BODY),
    {"title": NEXT_HEAD, "published": TEH},
)
# -- near miss: a lesson series' navigation «جلسه قبلی | جلسه بعدی» over the lesson's headline
# and its own date line: the date line is the page's.
LESSON = "آموزش هرس درختان انار در پاییز"
case(
    "lesson-navigation-next-session-over-own-date-line-neg",
    "text",
    page("جلسه قبلی | جلسه بعدی", LESSON, DATE_LINE),
    {"title": LESSON, "published": TEH},
)

# == fix302: «›» crumbs; an English day glued after a Persian letter ==============================
# -- near miss: a headline holding «›» (a route, «تهران › مشهد») over its date line: whole.
ROUTE = "قطار تهران › مشهد از هفته آینده دو بار در روز حرکت می کند"
case(
    "headline-holding-single-guillemet-route-neg",
    "text",
    page(ROUTE, DATE_LINE),
    {"title": ROUTE + "!", "published": TEH},
)
# The crumbs parted by «›» with no spaces, the lead opening with the last crumb: that crumb.
CRUMB = "انار روستای کشتی به بازار رسید"
case(
    "spaceless-single-guillemet-crumbs-over-lead-pos",
    "text",
    f"خانه›کشاورزی›{CRUMB}\n\n{CRUMB}. {LEAD}\n\n{MORE}\n",
    {"title": CRUMB},
)
# An abbreviated capital month glued after a Persian place name (speed58's rewritten
# _TOKEN_START, fix302's seam): the day.
case(
    "capital-abbreviated-month-glued-after-persian-place-pos",
    "text",
    f"{AF_LONG_HEAD}\n\nگزارشگر مزارشریفDEC. 09, 2023\n\n{AF_TEXT}",
    {"title": AF_LONG_HEAD, "published": DAY},
)
# -- near miss: an English fair's day glued after a Persian word in the body, under the
# page's own date line: the page's own day.
case(
    "english-day-glued-in-body-under-own-date-line-neg",
    "text",
    page(
        HEAD,
        DATE_LINE,
        body=f"{BODY}\nانار روستا در نمایشگاهJan 15, 2024 دبی هم عرضه خواهد شد.\n",
    ),
    {"title": HEAD, "published": TEH},
)

# == fix302: a post's later page after the time tail; a poster's count ============================
# The later page's AMP copy («/2/amp/») after the time tail: the post's day.
case(
    "time-tail-later-page-amp-pos",
    "text",
    page(HEAD),
    {"published": DAY},
    url=f"{HOST}/2023/12/09/anar-kashti/5210/bazar/editor/10/20/00/2/amp/",
)
# A poster's count with a ZWNJ and Persian digits («ارسال‌ها: ۳۱۸»): the thread's title.
THREAD = "هرس انار"
QUESTION = (
    "سلام دوستان، دو سال پیش چند نهال انار در حیاط کاشتم و امسال شاخه های زیادی داده اند و "
    "نمی دانم کدام شاخه ها را باید ببرم و چه زمانی این کار را بکنم."
)
case(
    "poster-count-zwnj-persian-digits-pos",
    "text",
    f"{THREAD}\n\nanar_baghban\n\nعضو جدید\nارسال\u200cها: ۳۱۸\n{QUESTION}\n",
    {"title": THREAD},
)

# == fix304 ========================================================================================
TEASER = LEAD.removeprefix("به گزارش خبرنگار ما، ")[:60]
# The site's name over its one item whose lead credits it «به نقل از NAME،»: no title.
case(
    "site-name-credited-by-naql-az-lead-pos",
    "text",
    f"کشتی نیوز\n\n{HEAD}\n{DATE_LINE}\nبه نقل از کشتی نیوز، {TEASER} …\nادامه مطلب\n",
    {"title": None},
)
# -- near miss: «خانه اخبار» glued to a headline opening with a compound «قالی بافان» (a noun,
# carpet weavers; the agent stem «باف» not in the list): the cut's headline, sure.
WEAVERS = "قالی بافان روستا به نمایشگاه تهران رفتند"
case(
    "glued-crumb-headline-opening-with-qali-bafan-neg",
    "text",
    page(f"خانه اخبار {WEAVERS}", DATE_LINE),
    {"title": WEAVERS + "!", "published": TEH},
)
# A print view printing its own address under «لینک کوتاه خبر :» (a space before the colon):
# the item's ID in it.
case(
    "print-view-own-address-short-link-label-spaced-colon-pos",
    "text",
    (
        f"{HEAD}\n{DATE_LINE}\n\n{LEAD}\n\n{MORE}\n\nلینک کوتاه خبر :\n"
        f"{HOST}/fa/news/8152/anar\nچاپ بستن\n"
    ),
    {"title": HEAD, "number": "8152"},
)
# -- near miss: a blog post with no date line under its title, its footer «ارسال در تاریخ
# DATE توسط NAME» on its own line: that footer is the post's date.
case(
    "blog-post-footer-ersal-dar-tarikh-only-date-neg",
    "text",
    f"{THREAD}\n\n{BLOG_PARA}\n\nارسال در تاریخ ۱۸ آذر ۱۴۰۲ ساعت ۱۰:۲۰ توسط مریم\n",
    {"title": THREAD, "published": TEH},
)
# -- near miss: an article whose second paragraph line ends with «…» (the writer's), no
# button: the headline, sure, and the date line's minute.
case(
    "article-two-lines-ellipsis-character-no-button-neg",
    "text",
    f"{HEAD}\n{DATE_LINE}\n\n{LEAD}\n{MORE[:-1]} و شاید زودتر…\n\nپایان گزارش.\n",
    {"title": HEAD + "!", "published": TEH},
)
# The headline twice glued, «2.5» in ASCII then «۲٫۵» in Persian: the Persian copy.
TWIN_ASCII = "رشد 2.5 درصدی صادرات انار روستا"
TWIN_PERSIAN = "رشد ۲٫۵ درصدی صادرات انار روستا"
case(
    "digit-twin-decimal-separator-pos",
    "text",
    page(TWIN_ASCII + TWIN_PERSIAN, DATE_LINE),
    {"title": TWIN_PERSIAN, "published": TEH},
)
# Two rules on one page: «›» crumbs over the digit twin over the date line.
case(
    "single-guillemet-crumbs-over-digit-twin-two-rules-pos",
    "text",
    page(f"خانه › اقتصاد › {TWIN_ASCII}{TWIN_PERSIAN}", DATE_LINE),
    {"title": TWIN_PERSIAN, "published": TEH},
)

# == fix305: machine dates of a lunar-looking year ===============================================
TITLE_HTML = "نمایشگاه انار در روستای کشتی"
PARA_HTML = (
    "نمایشگاه انار امسال با حضور باغداران روستا در حیاط مدرسه برپا شد و تا پایان هفته هر روز "
    "از صبح تا غروب باز است."
)


def html_page(head: str, body: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'>{head}<title>{TITLE_HTML}</title></head>"
        f"<body><h1>{TITLE_HTML}</h1>{body}<p>{PARA_HTML}</p></body></html>"
    )


# A <meta> of lunar digits with a time («1445-05-25T10:20:00»), the Jalali line printed: the
# printed minute.
case(
    "meta-lunar-digits-iso-with-printed-jalali-line-pos",
    "html",
    html_page(
        "<meta property='article:published_time' content='1445-05-25T10:20:00'>",
        f"<p>{DATE_LINE}</p>",
    ),
    {"title": TITLE_HTML, "published": TEH},
)
# JSON-LD «datePublished» in Arabic-Indic lunar digits, nothing printed: no date.
case(
    "jsonld-arabic-indic-lunar-digits-alone-pos",
    "html",
    html_page(
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "١٤٤٥/٠٥/٢٥"}</script>',
        "",
    ),
    {"title": TITLE_HTML, "published": None},
)
# -- near miss: a <meta> Gregorian date written with slashes, its year 2023 (above 1420 as a
# number): the day.
case(
    "meta-gregorian-slashed-date-neg",
    "html",
    html_page("<meta property='article:published_time' content='2023/12/09'>", ""),
    {"title": TITLE_HTML, "published": DAY},
)
# -- near miss: a real Jalali day of 1420 with its month name in the body (a plan's end)
# under the page's own date line: the page's own minute.
case(
    "jalali-1420-month-name-plan-end-in-body-neg",
    "text",
    page(
        HEAD,
        DATE_LINE,
        body=f"{BODY}\nطرح توسعه باغ های انار روستا تا ۲۹ اسفند ۱۴۲۰ به پایان می رسد.\n",
    ),
    {"title": HEAD, "published": TEH},
)
# Two rules on one page: the lunar <meta> and a next meeting's day in the body, the page
# printing no date of its own: no date.
case(
    "meta-lunar-digits-and-next-meeting-two-rules-pos",
    "html",
    html_page(
        "<meta property='article:published_time' content='1445/05/25 10:20'>",
        "<p>جلسه بعدی: ۲۵ آذر ۱۴۰۲</p>",
    ),
    {"title": TITLE_HTML, "published": None},
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
