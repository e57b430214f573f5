"""Sixty-second round of attacks: the rules of fix184 to fix187 and fix189 (a blog post's
``post-N`` number, blind70's findings, attacks61's findings, real57's causes, mut39's pages),
attacked by no round, each put into a whole page of a kind the rule was not made on (a news
agency, a ministry's portal, a university, a provincial site, a blog, a forum, a shop magazine,
an Afghan Dari site; HTML ``<td>``/``<li>``/``<h1>``/``<h3>``/``<footer>``, Markdown; Arabic yeh
and kaf, Persian, Arabic-Indic and ASCII digits, ZWNJ present and missing, double-spaced lines,
CRLF), and at the edges of its conditions (a count at its threshold, the shape at the page's top
or bottom, two rules' shapes on one page).

The shapes: fix184's ``/YYYY/MM/DD/post-N/`` with no printed date (the address's day) and
Blogfa's one-digit ``/post-7.aspx`` (``-neg``, a slug ``/post-3-...``); fix185's misspelled
``ارشيو برچسب : NAME`` (Arabic yeh), a date and code ``<li>`` row over the headline's copy
widened to ``<body>`` (``-neg``, another item's headline before the container), a Dari site's
root (``-neg``, the root path with ``?p=N``), a heading centred at exactly four spaces, CRLF
(``-neg``, an indented date line), a headline of eight words ending ``و…`` (``-neg``, a short
kicker ending so); fix186's two teasers, the second of exactly ten words (Arabic yeh and kaf;
``-neg``, one related teaser at the page's bottom), a ``<footer>`` update stamp in Persian
digits with no wrapper, a headline twice over contents with no ZWNJ; fix187's ``ارسال كننده :
NAME در : DATE`` with a four-digit year under a bracketed saying (Arabic yeh and kaf), ``نگارش
در تاریخ`` under a double-spaced ``HEAD - BLOG`` (``-neg``, a headline opening with those
words), a labelled ``۹۹/۷/۵`` (``-neg``, a version ``9/3/3``), a Jalali year archive in
Markdown, a month's name as a weekly's title (ZWNJ missing), a row of a shop's fields, a
speech-verb kicker (``-neg``, a long headline ending with the verb); fix189's labels line with
an empty value in ``<td>`` (Arabic-Indic digits), a time alone under its label (CRLF; ``-neg``,
an event's time), a one-item section at ``/varzesh``, two ``<h3>`` post titles (``-neg``, the
same title twice), a Latin tag in ``?tag=`` (``-neg``, ``?utm_source=Telegram`` at an item's
address). 34 inputs: 22 positives, 12 near misses.

No fix is made for this round (docs/reliability.md, "Attacks, sixty-second round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand (jdatetime, shared/data/jalali_years.csv): 12 Dey 1402 =
2024-01-02 (a Tuesday, +03:30: no summer time from 1402 on); 14 Dey 1402 = 2024-01-04;
5 Mehr 1399 = 2020-09-26 (a Saturday, summer time over: +03:30); 20 Shahrivar 1401 =
2022-09-11 (a Sunday, summer time: +04:30).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks62.py
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
    either,
    html,
    no_zwnj,
    num,
    paras,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

DAY = "۱۲ دی ۱۴۰۲"  # 2024-01-02, a Tuesday

# == fix184: a blog post's «post-N» in its address =============================================
# A travel blog on BlogSky (test_fix184's _POST): the blog's name, the headline, the post, no
# printed date: the number and the address's day. Arabic yeh and kaf.
TRIP = "سفر به قلعه رودخان در روزهای بارانی"
TRIP_POST = (
    f"دفتر سفرهای من\n\n{TRIP}\n\n"
    "صبح زود از فومن راه افتادیم و پس از یک ساعت پیاده روی در جنگل به پای قلعه رسیدیم. باران "
    "آرام می بارید و پله های سنگی قلعه لغزنده بود اما منظره جنگل از بالای برج ها دیدنی بود.\n\n"
    "نظرات + ارسال نظر\n"
)
case(
    "blog-blogsky-dated-post-n-no-printed-date-yeh-kaf-pos",
    "text",
    yeh_kaf(TRIP_POST),
    {"title": either(TRIP), "number": num("212"), "published": "2020-09-26"},
    url="https://safarnameh.blogsky.com/1399/07/05/post-212/",
)
# A gardening blog on Blogfa, in Markdown: its 7th post (one digit, the least number).
POTS = "کاشت گوجه فرنگی در گلدان های بالکن"
POTS_MD = (
    f"# {POTS}\n\n*{DAY}*\n\n"
    "گوجه فرنگی را می توان در گلدان های بزرگ روی بالکن هم کاشت به شرط آنکه روزی شش ساعت آفتاب "
    "بگیرد و خاک گلدان همیشه کمی نمناک بماند.\n\n"
    "برای هر بوته یک قیم چوبی بگذارید تا ساقه زیر بار میوه نشکند.\n"
)
case(
    "blog-blogfa-one-digit-post-number-markdown-pos",
    "text",
    POTS_MD,
    {"title": POTS, "number": num("7"), "published": "2024-01-02"},
    url="http://golkari.blogfa.com/post-7.aspx",
)
# -- near miss: a listicle's slug opening «post-3-...»: no number.
case(
    "blog-slug-opening-post-count-neg",
    "text",
    POTS_MD,
    {"number": None, "published": "2024-01-02"},
    url="https://golkari.example.ir/post-3-tips-for-balcony-tomatoes/",
)

# == fix185 (1): the misspelled archive label «ارشیو برچسب : NAME» ============================
# A shop magazine's tag archive (tests/pages 1986's layout): the label line in Arabic yeh, two
# items with cut excerpts.
SAFFRON = "زعفران قائنات"
case(
    "shop-misspelled-archive-label-arabic-yeh-pos",
    "text",
    f"ارشيو برچسب : {SAFFRON}\n\n"
    "راهنمای شناخت زعفران اصل از تقلبی\n\n"
    "زعفران اصل در آب سرد کم کم رنگ می دهد و رشته های آن پس از خیس شدن نمی شکند و ...\n\n"
    "ادامه مطلب »\n\n"
    "قیمت زعفران قائنات در بازار امسال\n\n"
    "برداشت زعفران امسال در قائنات کمتر از سال گذشته بود و قیمت هر مثقال آن بالا رفت و ...\n\n"
    "ادامه مطلب »\n",
    {"title": (SAFFRON, "WARN")},
)

# == fix185 (2): an article container widened to <body> =======================================
# A university's news page (tests/pages 1996's, test_fix185's _news_page): the date and the
# code in <li>s, the headline's copy in an <h2>, the summary under the <h1>, the text; summer
# time 1401; the printed code wins over the address's dated ID.
LAB = "آزمایشگاه مرکزی دانشگاه به دستگاه طیف سنج تازه مجهز شد"
LAB_PAGE = (
    '<ul class="news-meta"><li>تاریخ انتشار : یکشنبه 20 شهریور 1401 - 10:40</li>'
    "<li>کد خبر : 7731</li></ul>"
    f'<div class="news-head"><h2>{LAB}</h2></div>'
    f'<div class="news-summary"><h1>{LAB}</h1><p>رئیس آزمایشگاه مرکزی دانشگاه گفت: دستگاه '
    "طیف سنج تازه از این هفته در اختیار پژوهشگران دانشگاه و شرکت های دانش بنیان استان قرار "
    "می گیرد و نوبت دهی آن از سامانه آزمایشگاه انجام می شود و هزینه آزمایش برای دانشجویان "
    "نیمی از نرخ آزاد است</p></div>"
    '<div class="news-text"><p>وی افزود: کارشناسان آزمایشگاه دوره آموزش کار با این دستگاه را '
    "گذرانده اند.</p><p>این دستگاه با بودجه طرح های پژوهشی خریده شده است.</p></div>"
)
case(
    "uni-html-li-date-code-over-headline-copy-body-container-pos",
    "html",
    html(LAB_PAGE),
    {"title": LAB, "number": num("7731"), "published": "2022-09-11T10:40:00+04:30"},
    url="https://uni.example.ac.ir/fa/news/140106201234/",
)
# -- near miss: another item's headline in the element before the container: the <h1>.
OTHER = "برگزاری همایش ملی شیمی تجزیه در دانشگاه"
case(
    "uni-html-other-headline-before-container-neg",
    "html",
    html(LAB_PAGE.replace(f'<div class="news-head"><h2>{LAB}</h2>', f"<div><h2>{OTHER}</h2>")),
    {"title": LAB + "!"},
)

# == fix185 (3): a site root's first lines =====================================================
# An Afghan Dari agency's home page (tests/pages 1988's blog home): its name, its tagline, two
# untitled news paragraphs.
case(
    "af-dari-agency-root-name-and-tagline-pos",
    "text",
    "خبرگزاری کوهسار\nتازه ترین خبرهای ولایات افغانستان\n\n"
    "ریاست معارف ولایت هرات از آغاز سال تعلیمی تازه در مکاتب ساحات سردسیر خبر داد و گفت بیش "
    "از صد هزار شاگرد در این مکاتب درس می خوانند\n\n"
    "مسئولان ریاست زراعت ولایت بلخ می گویند حاصل گندم دهاقین امسال به دلیل بارندگی های بهاری "
    "بیشتر از سال گذشته بوده است\n",
    {"title": "WARN"},
    url="https://kohsar.example.af/",
)
# -- near miss: the root path with a WordPress post's query «?p=N»: an item, its headline.
VILLAGE = "لوله کشی آب آشامیدنی روستای دهکده به پایان رسید"
case(
    "provincial-root-path-post-query-neg",
    "text",
    f"{VILLAGE}\n{DAY}\n\n"
    "عملیات لوله کشی آب آشامیدنی روستای دهکده با هزینه دهیاری و کمک مردم به پایان رسید و "
    "از این پس دویست خانوار روستا آب سالم دارند.\n\n"
    "دهیار روستا گفت مخزن تازه روستا هم تا پایان ماه آماده می شود.\n",
    {"title": VILLAGE + "!", "number": num("5521"), "published": "2024-01-02"},
    url="https://dehkade.example.ir/?p=5521",
)

# == fix185 (4): a heading centred over two lines =============================================
# A ministry's notice (tests/pages 1992's layout): the heading's second line exactly four
# spaces in (CENTRED_INDENT), no blank line between; CRLF.
NOTICE_1 = "اطلاعیه ثبت نام آزمون استخدامی آموزگاران پیمانی"
NOTICE_2 = "استان خراسان رضوی"
NOTICE_BODY = (
    "داوطلبان آزمون استخدامی آموزگاران پیمانی می توانند از روز شنبه تا پایان هفته آینده در "
    "سامانه آزمون ثبت نام کنند و مدارک تحصیلی خود را بارگذاری کنند.\n\n"
    "زمان برگزاری آزمون پس از پایان ثبت نام اعلام می شود.\n"
)
case(
    "ministry-heading-centred-four-spaces-crlf-pos",
    "text",
    crlf(f"{NOTICE_1}\n    {NOTICE_2}\n\n{NOTICE_BODY}"),
    {"title": (f"{NOTICE_1} {NOTICE_2}!", "WARN")},
)
# -- near miss: a date line indented under the headline: no continuation, the headline sure.
case(
    "ministry-indented-date-under-headline-neg",
    "text",
    f"{NOTICE_1}\n    {DAY}\n\n{NOTICE_BODY}",
    {"title": NOTICE_1 + "!", "published": "2024-01-02"},
)

# == fix185 (5): a headline ending «و…» =======================================================
# A news agency's item (tests/pages 1980's, test_fix185's _statement): a headline of eight
# words with «و…» (AND_SO_ON_WORDS, the rule's least), a quoted sub-headline, the text.
SCHOOLS = "تعطیلی مدارس ابتدایی استان‌های تهران، البرز، قزوین و…"
case(
    "agency-and-so-on-headline-eight-words-pos",
    "text",
    f"{SCHOOLS}\n"
    "اداره کل آموزش و پرورش:کلاس‌ها فردا به صورت مجازی برگزار می‌شود\n\n"
    "به دلیل آلودگی هوا و بارش برف، مدارس ابتدایی استان‌های تهران، البرز، قزوین و چند "
    "شهرستان دیگر فردا تعطیل است و کلاس‌ها در شبکه آموزش برگزار می‌شود\n\n"
    "به گزارش خبرنگار ما،\n"
    "مدارس متوسطه این استان‌ها طبق برنامه باز هستند و امتحانات آن‌ها برگزار می‌شود\n",
    {"title": SCHOOLS},
)
# -- near miss: a four-word kicker ending «و…» over the headline: the headline.
WEATHER = "هشدار هواشناسی برای سفرهای آخر هفته صادر شد"
case(
    "agency-short-kicker-ending-and-so-on-neg",
    "text",
    f"برف، باران، مه و…\n{WEATHER}\n{DAY}\n\n"
    "سازمان هواشناسی با صدور هشدار زرد از مسافران خواست پیش از سفر آخر هفته وضعیت راه‌ها را "
    "بررسی کنند و زنجیر چرخ همراه داشته باشند.\n\n"
    "پلیس راه نیز تردد در جاده‌های کوهستانی را محدود کرده است.\n",
    {"title": WEATHER, "published": "2024-01-02"},
)

# == fix186 (1): two teasers ending with a read-more link =====================================
# A university's news box (test_fix186's _ITEMS): the second teaser of exactly ten words before
# the link (SENTENCE_WORDS). Arabic yeh and kaf.
case(
    "uni-two-teasers-second-ten-words-yeh-kaf-pos",
    "text",
    yeh_kaf(
        "برگزاری جشن دانش‌آموختگی دانشکده مهندسی\n\n"
        "جشن دانش‌آموختگی دانشجویان دانشکده مهندسی پنجشنبه در سالن اجتماعات برگزار می‌شود و "
        "خانواده‌ها می‌توانند کارت ورود را از آموزش دانشکده بگیرند. ادامه مطلب\n\n"
        "آغاز ثبت نام خوابگاه دانشجویان\n\n"
        "ثبت نام خوابگاه دانشجویان از شنبه در سامانه آغاز می‌شود. ادامه مطلب\n"
    ),
    {"title": "WARN"},
)
# -- near miss: one teaser in a related box at the page's bottom: the article's headline.
GRAD = "جشن دانش‌آموختگی دانشکده مهندسی برگزار شد"
case(
    "uni-one-related-teaser-at-bottom-neg",
    "text",
    f"{GRAD}\n{DAY}\n\n"
    "جشن دانش‌آموختگی دانشجویان دانشکده مهندسی پنجشنبه با حضور رئیس دانشگاه و خانواده‌ها در "
    "سالن اجتماعات برگزار شد و به شاگردان اول هر رشته لوح سپاس داده شد.\n\n"
    "رئیس دانشگاه در این جشن از استادان دانشکده قدردانی کرد.\n\n"
    "مطالب مرتبط\n\n"
    "آغاز ثبت نام خوابگاه دانشجویان\n\n"
    "ثبت نام خوابگاه دانشجویان از شنبه در سامانه آغاز می‌شود. ادامه مطلب\n",
    {"title": GRAD + "!", "published": "2024-01-02"},
)

# == fix186 (2): a <footer>'s update stamp with no wrapper ====================================
# A provincial governorate's page (test_fix186's _BARE_PAGE): the date in an <li>, the <h1>,
# the text, the code, the <footer>'s stamp; Persian digits.
ROAD = "بهسازی جاده روستایی بخش مرکزی به پایان رسید"
case(
    "provincial-html-footer-update-stamp-persian-digits-no-wrapper-pos",
    "html",
    html(
        '<ul class="news-info"><li>۱۴۰۲/۱۰/۱۲ - ۰۹:۱۵</li></ul>'
        f"<h1>{ROAD}</h1>"
        + paras(
            "عملیات بهسازی و آسفالت جاده روستایی بخش مرکزی به طول دوازده کیلومتر با حضور "
            "فرماندار به پایان رسید و هشت روستا به جاده اصلی وصل شدند.\n\n"
            "فرماندار گفت جاده روستاهای بخش شمالی سال آینده آسفالت می‌شود."
        )
        + '<ul><li>کد خبر : ۵۵۱۲</li></ul><footer><div class="last-update">'
        "آخرین بروز رسانی : ۱۴۰۲/۱۰/۱۴ ۱۱:۰۰</div></footer>"
    ),
    {
        "title": ROAD,
        "number": num("5512"),
        "published": "2024-01-02T09:15:00+03:30",
        "updated": "2024-01-04",
    },
)

# == fix186 (3): the headline twice over contents whose best line is not their last ==========
# A gardening blog (test_fix186's _guide_page): the blog's name, the date, the headline twice,
# eight contents' lines (a long one in the middle, a two-word last), the text; no ZWNJ.
GUIDE = "راهنمای نگهداری گیاهان آپارتمانی در زمستان"
GUIDE_SUBS = (
    "نور پنجره",
    "دمای اتاق",
    "آبیاری گیاهان آپارتمانی در روزهای سرد و کوتاه زمستان",
    "رطوبت هوا",
    "کود دادن",
    "آفت‌ها",
    "جابجایی گلدان",
    "هرس",
)
GUIDE_TEXT = (
    "گیاهان آپارتمانی در زمستان رشد کمتری دارند و به آب و کود کمتری نیاز دارند. در این راهنما "
    "می‌گوییم چگونه گلدان‌ها را تا بهار سالم نگه دارید.\n\n"
    "گلدان‌ها را از کنار بخاری و شوفاژ دور نگه دارید."
)
case(
    "blog-headline-twice-over-contents-long-middle-line-no-zwnj-pos",
    "text",
    no_zwnj(double_spaced("وبلاگ باغچه خانگی", DAY, GUIDE, GUIDE, *GUIDE_SUBS, GUIDE_TEXT)),
    {"title": no_zwnj(GUIDE), "published": "2024-01-02"},
)

# == fix187 (1): Parsiblog's «ارسال‌کننده : NAME در : DATE» ===================================
# A forum-like Parsiblog post (test_fix187's _parsiblog, real57 #17): the blog's title line, the
# ad box, a saying with its source in brackets, the headline, the poster line with a four-digit
# year and a time. Arabic yeh and kaf, ZWNJ missing in the label.
BREAD = "پخت نان سنگک در خانه"
case(
    "blog-parsiblog-poster-line-four-digit-year-yeh-kaf-pos",
    "text",
    yeh_kaf(
        "آشپزخانه مادربزرگ - دفتر آشپزی\nسفارش تبلیغ\nصبا ویژن\n"
        "صبر تلخ است ولیکن بر شیرین دارد . [از گفته‌های پیشینیان]\n\n"
        f"{BREAD}\n\nارسال کننده : زهرا امینی در : ۱۴۰۲/۱۰/۱۲ ۱۰:۱۵\n\n\n"
        "نان سنگک را می‌توان در فر خانگی هم پخت. کافی است چند سنگریزه تمیز را در سینی فر داغ "
        "کنید و خمیر را روی آن‌ها پهن کنید تا نان از زیر و رو برشته شود.\n\n"
        "خمیر نان سنگک باید شل باشد و دست کم سه ساعت بماند تا ور بیاید.\n"
    ),
    {"title": either(BREAD), "published": "2024-01-02T10:15:00+03:30"},
)

# == fix187 (2): BlogSky's «نگارش در تاریخ DATE توسط NAME» under «HEAD - BLOG» ================
# A travel blog (test_fix187's _blogsky, real57 #21): the browser title over the blog's name of
# three words (the rule's most), its motto, the written-on line; double-spaced.
DESERT = "شبی در کویر مرنجاب زیر آسمان پرستاره"
case(
    "blog-blogsky-written-on-three-word-name-double-spaced-pos",
    "text",
    double_spaced(
        f"{DESERT} - دفتر سفر من",
        "دفتر سفر من",
        "یادداشت‌های سفر به شهرها و روستاهای ایران",
        "نگارش در تاریخ شنبه 5 مهرماه سال 1399 توسط مسافر کویر",
        "عصر به کاروانسرای مرنجاب رسیدیم و پس از غروب آفتاب روی تپه‌های شنی نشستیم. آسمان کویر "
        "آن‌قدر پرستاره بود که راه شیری را به آسانی می‌دیدیم و تا نیمه شب بیدار ماندیم.",
        "صبح زود هم به دریاچه نمک رفتیم و طلوع آفتاب را از کنار آن دیدیم.",
    ),
    {"title": DESERT, "published": "2020-09-26"},
)
# -- near miss: a headline opening with «نگارش در تاریخ» words, its date labelled below.
WRITING = "نگارش در تاریخ ادبیات فارسی جایگاهی ویژه دارد"
case(
    "blog-headline-opening-with-written-on-words-neg",
    "text",
    f"{WRITING}\nتاریخ: {DAY}\n\n"
    "استادان ادبیات می‌گویند هنر نگارش در همه دوره‌های تاریخ ادبیات فارسی ارج داشته و نثر "
    "نویسان بزرگ همیشه در کنار شاعران نام برده شده‌اند.\n\n"
    "این یادداشت نگاهی کوتاه به نثر فارسی در سده‌های نخست است.\n",
    {"title": WRITING + "!", "published": "2024-01-02"},
)

# == fix187 (3): a labelled two-digit year with a one-digit month and day =====================
# A forum topic (test_fix187's _parsiblog date): the headline, «تاریخ : ۹۹/۷/۵», the post.
BIKE = "مسیر دوچرخه سواری کنار رودخانه زاینده رود"
case(
    "forum-labelled-two-digit-year-persian-digits-pos",
    "text",
    f"{BIKE}\nتاریخ : ۹۹/۷/۵\n\n"
    "مسیر دوچرخه سواری کنار زاینده رود از پل خواجو تا پل وحید نزدیک به ده کیلومتر است و "
    "صبح‌های جمعه بسیاری از دوچرخه سواران شهر در آن رکاب می‌زنند.\n\n"
    "بهتر است پیش از ساعت هشت صبح راه بیفتید تا مسیر شلوغ نشده باشد.\n",
    {"title": BIKE, "published": "2020-09-26"},
)
# -- near miss: a shop magazine's software version «نسخه : 9/3/3» beside its date line.
APP = "نسخه تازه اپلیکیشن فروشگاه منتشر شد"
case(
    "shop-version-label-like-short-date-neg",
    "text",
    f"{APP}\nتاریخ انتشار: {DAY}\nنسخه : 9/3/3\n\n"
    "نسخه تازه اپلیکیشن فروشگاه با امکان پرداخت اقساطی و پیگیری سفارش منتشر شد و کاربران "
    "می‌توانند آن را از بازار دانلود کنند.\n\n"
    "در این نسخه چند خطای صفحه سبد خرید هم برطرف شده است.\n",
    {"title": APP, "published": "2024-01-02"},
)

# == fix187 (4): a year archive's address =====================================================
# A Blogfa book blog's year archive (test_fix187's _ARCHIVE_PAGE, real57 #20) at «/1399/», in
# Markdown: each post's date heading, its headline, its text.
case(
    "blog-jalali-year-archive-markdown-pos",
    "text",
    "**۱۳۹۹ مهر ۵, شنبه**\n\n## یادداشتی بر رمان کلیدر\n\n"
    "کلیدر را در تابستان خواندم و هنوز از فضای روستاهای خراسان در آن بیرون نیامده‌ام. نویسنده "
    "زندگی یک خانواده کرد را با جزئیاتی کم‌مانند روایت می‌کند و خواننده را با خود می‌برد.\n\n"
    "**۱۳۹۹ شهریور ۲۰, پنجشنبه**\n\n## فهرست کتاب‌های تابستان\n\n"
    "امسال در تابستان هفت کتاب خواندم که بیشترشان رمان بودند و فهرستشان را اینجا می‌گذارم تا "
    "دوستان هم اگر خواستند سراغشان بروند.\n",
    {"title": "WARN", "published": None},
    url="http://ketabkhan.blogfa.com/1399/",
)

# == fix187 (5): a month's name as a periodical's title =======================================
# A university library's record of a weekly (test_fix187's _record, real57 #10): «خرداد» alone,
# a lead naming «هفته نامه خرداد» (ZWNJ missing).
case(
    "uni-library-month-name-weekly-no-zwnj-pos",
    "text",
    "خرداد\n\n \n\n"
    "نخستین شماره هفته نامه خرداد در هشت صفحه در شهر شیراز چاپ و در سال ۱۳۲۹ منتشر شد. این "
    "نشریه بیشتر به اخبار فرهنگی و ادبی استان فارس می‌پرداخت و شاعران شهر در آن شعر چاپ "
    "می‌کردند.\n\n"
    "نسخه‌هایی از این هفته نامه در کتابخانه مرکزی دانشگاه نگهداری می‌شود.\n",
    {"title": "خرداد"},
)

# == fix187 (6): a row of «LABEL : VALUE» fields over the entry's name ========================
# A shop's product page (test_fix187's _eshia, real57 #09): a row of three spaced fields, the
# product's name, its labels line, the description.
RICE = "برنج هاشمی درجه یک گیلان"
ROW = "برند : گلستان    وزن : ۵ کیلوگرم    قیمت : ۹۵۰٬۰۰۰ تومان"
case(
    "shop-row-of-fields-over-product-name-pos",
    "text",
    f"{ROW}\n\n{RICE}\n\nدسته بندی : خواروبار\n\n"
    "برنج هاشمی گیلان دانه‌های بلند و باریک دارد و پس از پخت عطر خوبی می‌دهد. این برنج از "
    "محصول امسال شالیزارهای آستانه اشرفیه است و در کیسه‌های پنج کیلویی بسته بندی شده است.\n\n"
    "برنج را در جای خشک و خنک نگه دارید.\n",
    {"title": RICE + "!", "nottitle": ROW},
)

# == fix187 (7): a kicker ending with a verb of saying over the lead ==========================
# A provincial site's item (test_fix187's #16 layout): «فرماندار شهرستان خبر داد» over the lead
# and a code and date line in Arabic-Indic digits: no headline printed, never a sure title.
case(
    "provincial-speech-verb-kicker-arabic-digits-pos",
    "text",
    "فرماندار شهرستان خبر داد\n"
    "فرماندار شهرستان با اشاره به نشست شورای اداری در خصوص طرح‌های عمرانی گفت ساخت "
    "بیمارستان تازه شهر تا پایان سال آینده به پایان می‌رسد و بخش اورژانس آن زودتر باز "
    "می‌شود.\n" + arabic_digits("کد خبر: ۴۵۶۷۸ تاریخ انتشار : ۱۴۰۲/۱۰/۱۲\n"),
    {"title": "WARN", "published": "2024-01-02"},
)
# -- near miss: a headline of twelve words ending «خبر داد» over the lead: the headline, sure.
SNOW = "مدیرکل هواشناسی استان از بارش برف سنگین در گردنه‌های کوهستانی خبر داد"
case(
    "provincial-long-headline-ending-speech-verb-neg",
    "text",
    f"{SNOW}\n"
    "مدیرکل هواشناسی استان با اشاره به ورود سامانه بارشی تازه گفت از فردا بارش برف سنگین در "
    "گردنه‌های کوهستانی آغاز می‌شود و رانندگان بدون زنجیر چرخ به این راه‌ها نروند.\n",
    {"title": SNOW + "!"},
)

# == fix189 (1): the item's labels line with an empty value ===================================
# An agency's item in <td>s (test_fix189's _hall, mutant 55's bridge page): the headline, «کد
# خبر: N | بازدید:» (Arabic-Indic digits), the lead, a motto printed twice round a sentence.
GYM = "سالن ورزشی روستای چشمه سار با حضور فرماندار افتتاح شد"
GYM_MOTTO = "ورزش برای همه روستاها"
case(
    "agency-html-td-labels-line-empty-views-arabic-digits-pos",
    "html",
    html(
        f"<table><tr><td>{GYM}</td></tr><tr><td>"
        + arabic_digits("کد خبر: ۴۵۶۷ | بازدید:")
        + "</td></tr></table>"
        + "<p>سالن ورزشی روستای چشمه سار با حضور فرماندار و دهیاران بخش افتتاح شد و جوانان "
        "روستا از این پس برای بازی والیبال به شهر نمی‌روند.</p>"
        f"<p>{GYM_MOTTO}</p><p>فرماندار هم در پایان سخنانش این شعار را به یاد حاضران آورد.</p>"
        f"<p>{GYM_MOTTO}</p><p>زمین چمن روستا هم تا پایان سال آینده آماده می‌شود.</p>"
    ),
    {"title": GYM, "number": num("4567")},
)

# == fix189 (2): the item's time alone under its label ========================================
# A provincial sports page (test_fix189's _hall, mutant 54's page): the headline, «ساعت انتشار
# : ۱۸:۲۰», the lead, the motto twice. CRLF. No day printed: no publication.
POOL = "استخر سرپوشیده شهرستان پس از بازسازی بازگشایی شد"
POOL_MOTTO = "شنا برای همه"
POOL_TAIL = (
    "استخر سرپوشیده شهرستان پس از شش ماه بازسازی با حضور مسئولان ورزش استان بازگشایی شد و "
    f"سانس‌های بانوان و آقایان از هفته آینده آغاز می‌شود.\n{POOL_MOTTO}\n"
    f"رئیس اداره ورزش این شعار را در پایان مراسم تکرار کرد.\n{POOL_MOTTO}\n"
    "سونا و جکوزی استخر هم تا پایان ماه آماده می‌شود.\n"
)
case(
    "provincial-labelled-time-alone-under-headline-crlf-pos",
    "text",
    crlf(f"{POOL}\nساعت انتشار : ۱۸:۲۰\n{POOL_TAIL}"),
    {"title": POOL, "published": None},
)
# -- near miss: an event's time under the headline, the publication day labelled at the bottom:
# the day, never the event's 18:45.
case(
    "provincial-event-time-under-headline-neg",
    "text",
    f"{POOL}\nساعت برگزاری مراسم: ۱۸:۴۵\n{POOL_TAIL}تاریخ انتشار: {DAY}\n",
    {"title": POOL, "published": "2024-01-02", "notminute": 45},
)

# == fix189 (2): a section over one item at an address naming neither =======================
# A sports site's section page (test_fix189's _section_page, mutant 64's) at «/varzesh»:
# SECTION / HEADLINE / DAY / a teaser cut «[...]» / widgets; Arabic-Indic digits, double-spaced.
case(
    "sports-section-over-one-item-no-number-address-arabic-digits-pos",
    "text",
    double_spaced(
        "ورزش استان",
        "تیم والیبال دانش‌آموزان استان در مسابقات کشوری سوم شد",
        arabic_digits(DAY),
        "مربی تیم گفت بازیکنان دانش‌آموز استان در دیدار رده‌بندی با سه بر یک از حریف خود "
        "پیروز شدند و برای نخستین بار به سکوی کشوری رسیدند [...]",
        "آخرین مطالب",
        "پربیننده‌ها",
    ),
    {"title": "WARN", "published": None},
    url="https://varzesh.example.ir/varzesh",
)

# == fix189 (3): two post-title headings, no <h1> =============================================
# A Blogger day page (test_fix189's _blog_day, mutant 26's): the date header, two posts under
# «<h3 class="post-title entry-title">»; ZWNJ missing.
NIGHT = "شب یلدا در خانه مادربزرگ"
BLOGGER_POST = (
    '<div class="post hentry"><h3 class="post-title entry-title">{head}</h3>'
    '<div class="post-body entry-content">{text}</div></div>'
)
NIGHT_TEXT = (
    "شب یلدا همه در خانه مادربزرگ جمع شدیم و تا نیمه شب انار و هندوانه خوردیم.<br />"
    "مادربزرگ هم برایمان از شاهنامه خواند."
)


def blogger_day(*posts: tuple[str, str]) -> bytes:
    body = "".join(BLOGGER_POST.format(head=head, text=text) for head, text in posts)
    return html(
        '<div class="date-outer"><h2 class="date-header"><span>۱۴۰۲ آذر ۳۰, پنجشنبه</span></h2>'
        f"{body}</div>"
    )


case(
    "blog-html-two-h3-post-titles-no-h1-no-zwnj-pos",
    "html",
    no_zwnj(
        blogger_day(
            (NIGHT, NIGHT_TEXT), ("برف نخستین", "صبح که بیدار شدیم حیاط زیر برف سفید شده بود.")
        ).decode()
    ).encode(),
    {"title": "WARN", "nottitle": "برف نخستین"},
)
# -- near miss: the one post's title printed twice under post-title headings (its header and
# its share box): one post, its title, no doubt.
case(
    "blog-html-same-post-title-twice-neg",
    "html",
    blogger_day((NIGHT, NIGHT_TEXT), (NIGHT, "")),
    {"title": NIGHT + "!"},
)

# == fix189 (4): a Latin tag in a list's query ===============================================
# A shop magazine's tag list (test_fix189's _tag_page, mutant 48's) at «?tag=Persian+Cats».
case(
    "shop-latin-tag-query-names-list-pos",
    "text",
    "صفحه اصلی\nفروشگاه\nمجله\n\nPersian Cats\n\n"
    "راهنمای نگهداری گربه پرشین در آپارتمان\n\n"
    "گربه پرشین موهای بلندی دارد و باید هر روز شانه شود تا موهایش گره نخورد…\n\n"
    "بهترین غذای خشک برای گربه پرشین\n\n"
    "غذای گربه پرشین باید پروتئین زیادی داشته باشد و برای گوارش او سبک باشد…\n",
    {"title": ("Persian Cats", "WARN")},
    url="https://mag.example.ir/fa/tag?tag=Persian+Cats",
)
# -- near miss: a tracking query in Latin at an item's address: the item's headline, no list.
CAT = "راهنمای نگهداری گربه پرشین در آپارتمان"
case(
    "shop-latin-tracking-query-at-item-address-neg",
    "text",
    f"{CAT}\n{DAY}\n\n"
    "گربه پرشین موهای بلندی دارد و باید هر روز شانه شود تا موهایش گره نخورد. این گربه آرام "
    "است و برای زندگی در آپارتمان مناسب است.\n\n"
    "غذای او باید پروتئین زیادی داشته باشد.\n",
    {"title": CAT + "!", "nocode": "listing-page", "published": "2024-01-02"},
    url="https://mag.example.ir/fa/news/48213?utm_source=Telegram",
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
