"""Fifty-seventh round of attacks: the rules of fix160, fix161, fix165 and fix167, none of which
any round has attacked, each put into a whole page of a kind the rule was not made on (a news
agency, a ministry's portal, a university and a faculty, a provincial site, a personal blog, a
forum, a shop's magazine, a print view, an Afghan Dari site; HTML ``<td>``/``<li>``/``<time>``/
``<h2>``/``<div>``, Markdown; Arabic yeh and kaf, Persian, Arabic-Indic and ASCII digits, ZWNJ
present and missing, double-spaced lines, CRLF).

The shapes: fix160's one-item list read from its text alone (a category page framed by tatweel
rules, a Markdown tag page with a ``[…]`` cut); fix161's verse quoted in a post's body (a couplet
in ``<blockquote>``s under a dated ``<h2>``, a labelled date line over the lead) and its long verb
headline over a short subtitle (a Dari headline ending «گردید», a ministry's ``<div>`` header in
Arabic yeh and kaf); fix165's English function words in a ``?paged=N`` slug (ones outside its set,
a WPML ``lang`` parameter before ``paged``), its plural-label doubt (a glued plural on a stem
off the list, a tags line in the post's footer), its one-digit bracketed day (year first in an
HTML ``<td>``, Arabic-Indic digits with a time and CRLF) and its institution's name (a portal's
«جمهوری اسلامی ایران» masthead, an Afghan directorate's «امارت اسلامی افغانستان» one); fix167's
name thrice over a title twice with no running text (HTML ``<li>``s, CRLF text with a date line),
its three-word headline under a site's frame (a labelled date line, a headline opening with
«استاد») and its section between the item's code and its views counter (the counter printed
value first, a two-word headline). Near misses beside them (``-neg``): one condition broken,
today's reading to hold.

No fix is made for this round (docs/reliability.md, "Attacks, fifty-seventh round"). Each input's
record was decided by hand before the first run (the commit adding this script comes before any
run of it). Days by hand (shared/data/jalali_years.csv: 1 Farvardin 1386 = 2007-03-21,
1401 = 2022-03-21, 1402 = 2023-03-21): 12 Dey 1402 = 2024-01-02 (a Tuesday, +03:30: no summer
time from 1402 on); 14 Azar 1402 = 2023-12-05; 16 Azar (Qaws) 1401 = 2022-12-07 (a Wednesday);
8 Ordibehesht 1386 = 2007-04-28 (a Saturday), 4 Khordad 1386 = 2007-05-25 (a Friday) and
10 Khordad 1386 = 2007-05-31 (no summer time in 1386, +03:30).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks57.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one (a list's page: its name, or the page flagged a list). The article sentences,
headlines, names and verse lines are ours; each case names the page whose layout it follows (a
tests/pages file, a real sample's page, or the layout of a named CMS).
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
QAWS = "چهارشنبه ۱۶ قوس ۱۴۰۱"  # 2022-12-07 (Azar 16 by the Afghan month's name)


# == fix160: a list of one item, read from its text alone =====================================
# A faculty's category page (real52 #14's public-relation.ir layout: the list's name, a rule, a
# section word over the one item, the rule and the next section word under it), the rules drawn
# with tatweels (ـ), double-spaced, the teaser whole.
RESEARCH_NAME = "پژوهش و فناوری"
RESEARCH_HEAD = "سامانه پایش آلودگی هوای شهر در دانشکده مهندسی ساخته شد"
RULE = "ــــــــــــــــ"
case(
    "uni-category-tatweel-rules-frame-one-item-double-spaced-pos",
    "text",
    double_spaced(
        RESEARCH_NAME,
        RULE,
        "اخبار",
        RESEARCH_HEAD,
        "گروهی از دانشجویان کارشناسی ارشد دانشکده مهندسی با راهنمایی استادان خود سامانه‌ای "
        "ساختند که غلظت ذرات معلق هوا را در ده نقطه شهر هر ساعت اندازه می‌گیرد و به شهرداری "
        "گزارش می‌دهد.",
        RULE,
        "رویدادها",
    ),
    {"title": (RESEARCH_NAME, "WARN"), "published": None},
)
# A provincial site's tag page saved as Markdown by a reader service (real51 #25's teaser cut
# with «[…]», its widgets' headings under it): the name a level-2 heading, the item's headline a
# linked level-3 heading, its day, the cut teaser.
TOUR_NAME = "گردشگری استان"
TOUR_HEAD = "اقامتگاه‌های بوم‌گردی روستاهای ماسوله پذیرای مسافران زمستانی شدند"
case(
    "provincial-markdown-tag-page-item-day-bracket-cut-teaser-widgets-pos",
    "text",
    f"## {TOUR_NAME}\n\n"
    f"### [{TOUR_HEAD}](https://ostan.example.ir/news/4471/boomgardi)\n\n{DAY}\n\n"
    "مدیر میراث فرهنگی شهرستان گفت بیست اقامتگاه بوم‌گردی در روستاهای اطراف ماسوله امسال "
    "برای نخستین بار در زمستان هم باز می‌مانند و گردشگران می‌توانند […]\n\n"
    "#### آخرین اخبار\n\n#### پربازدیدترین‌ها\n",
    {"title": (TOUR_NAME, "WARN"), "published": None},
)
# -- near miss: an Afghan Dari site's item (tests/pages 1848's layout: headline, weekday date
# line, paragraphs) under the site's short name, its lead ending with the writer's «...», the
# text going on; the date in Arabic-Indic digits
BALKH_HEAD = "کار ساخت سرک حلقوی شهر مزارشریف از سر گرفته شد"
case(
    "af-dari-site-name-over-item-lead-trailing-dots-text-goes-on-neg",
    "text",
    f"صدای ولایت بلخ\n\n{BALKH_HEAD}\n\n{arabic_digits(QAWS)}\n\n"
    "ریاست فواید عامه ولایت بلخ می‌گوید کار ساخت سرک حلقوی شهر مزارشریف که دو سال متوقف بود "
    "از این هفته دوباره آغاز شده و باشندگان شهر امیدوارند این بار کار تا آخر پیش برود...\n\n"
    "به گفته مسئولان این ریاست، طول سرک بیست و دو کیلومتر است و هزینه آن از بودجه انکشافی "
    "پرداخت می‌شود.\n\n"
    "باشندگان ناحیه‌های شمالی شهر می‌گویند با ساخت این سرک رفت‌وآمد موترهای باربری از داخل "
    "شهر کم خواهد شد.\n\nآخرین اخبار\n",
    {"title": BALKH_HEAD + "!", "published": "2022-12-07"},
)
# -- near miss: a municipality's print view, the article between two dash rules (the frame's
# shape), its lead whole and a second paragraph under it
PRINT_HEAD = "ساخت پارک بانوان در محله شهرک غرب آغاز شد"
case(
    "print-view-dash-rules-around-article-two-paragraphs-neg",
    "text",
    "روابط عمومی شهرداری منطقه دو\n----------\n"
    f"{PRINT_HEAD}\n{DAY}\n"
    "عملیات ساخت پارک بانوان محله شهرک غرب با حضور شهردار منطقه و اعضای شورای شهر امروز "
    "آغاز شد و این پارک تا پایان تابستان آینده به بهره‌برداری می‌رسد.\n"
    "شهردار منطقه گفت این پارک پنج هکتار مساحت دارد و مسیر پیاده‌روی، زمین ورزش و کتابخانه "
    "کوچکی در آن ساخته می‌شود.\n----------\n"
    "نشانی مطلب: https://region2.example.ir/news/8812\n",
    {"title": PRINT_HEAD + "!", "published": "2024-01-02"},
)

# == fix161 (1): a verse quoted in a post's body ===============================================
# A provincial culture office's news page in HTML: the headline in <h2>, its <time>, the lead,
# then a couplet (two <blockquote> lines) quoted twice with a sentence between (the fix161
# test's <blockquote> post, its verse a couplet here).
NIGHT_HEAD = "شب شعر باران در فرهنگسرای ارسباران برگزار شد"
HEMISTICH_1 = "شب است و شهر خاموش و باران بر بام"
HEMISTICH_2 = "چراغ خانه ما روشن از یاد تو مدام"
case(
    "culture-office-html-h2-time-couplet-blockquoted-twice-pos",
    "html",
    html(
        f"<h2>{NIGHT_HEAD}</h2><time>{DAY}</time>"
        "<p>شب شعر باران با حضور بیست شاعر جوان استان دیشب در فرهنگسرای ارسباران برگزار شد و "
        "شاعران سروده‌های تازه خود را برای مخاطبان خواندند.</p>"
        f"<blockquote>{HEMISTICH_1}</blockquote><blockquote>{HEMISTICH_2}</blockquote>"
        "<p>این دو مصراع را میزبان برنامه در آغاز خواند و در پایان شب همه با هم تکرار کردند:</p>"
        f"<blockquote>{HEMISTICH_1}</blockquote><blockquote>{HEMISTICH_2}</blockquote>"
        "<p>مدیر فرهنگسرا گفت شب شعر باران از این پس هر ماه برگزار می‌شود.</p>"
    ),
    {"title": NIGHT_HEAD + "!", "published": "2024-01-02"},
)
# A literature forum's post: the headline, a labelled date line («تاریخ انتشار: ...», a label
# line rather than a date line), the lead, one verse line quoted twice; ZWNJ missing.
FORUM_HEAD = "نشست نقد مجموعه شعر کوچه‌های خیس در انجمن ادبی برگزار شد"
FORUM_VERSE = "کوچه‌های خیس شهر از صدای پای تو پر است"
case(
    "forum-labelled-date-line-verse-quoted-twice-no-zwnj-pos",
    "text",
    no_zwnj(
        f"{FORUM_HEAD}\nتاریخ انتشار: {DAY} - ۱۰:۱۵\n"
        "نشست نقد مجموعه شعر کوچه‌های خیس با حضور شاعر کتاب و اعضای انجمن ادبی شهر عصر دیروز "
        "برگزار شد و منتقدان درباره زبان و تصویرهای این مجموعه سخن گفتند.\n"
        f"{FORUM_VERSE}\n"
        "یکی از منتقدان این سطر را نمونه زبان ساده شاعر دانست و بار دیگر آن را خواند:\n"
        f"{FORUM_VERSE}\n"
        "شاعر در پایان نشست گفت مجموعه دوم خود را تا پایان سال به ناشر می‌سپارد.\n"
    ),
    {"title": no_zwnj(FORUM_HEAD) + "!", "published": "2024-01-02T10:15+03:30"},
)
# -- near miss: tests/pages 177's layout (a site's name and its description over the headline
# printed twice with a summary between) with the site's date banner under its name: the
# description under «NAME» / «DATE» shares the name's words but starts no article
ART_HEAD = "کارگاه سفالگری برای کودکان در خانه هنر برگزار می‌شود"
case(
    "site-date-banner-description-over-headline-printed-twice-neg",
    "text",
    "خانه هنر محله نارمک\n"
    f"سه‌شنبه {DAY}\n"
    "خانه هنر محله نارمک هر فصل کلاس‌های تازه‌ای در رشته‌های گوناگون هنری برای همه سنین "
    "برگزار می‌کند و برنامه آن‌ها را در همین صفحه می‌گذارد.\n\n"
    f"{ART_HEAD}\n\n"
    "کودکان هفت تا دوازده ساله می‌توانند در این کارگاه شرکت کنند.\n\n"
    f"{ART_HEAD}\n\n"
    "دوره تازه کارگاه سفالگری کودکان از هفته آینده در خانه هنر محله آغاز می‌شود و ثبت نام آن "
    "تا پایان ماه ادامه دارد.\n\n"
    "مربی کارگاه گفت کودکان در پایان دوره کارهای خود را در نمایشگاهی به خانواده‌ها نشان "
    "می‌دهند.\n",
    {"title": ART_HEAD},
)

# == fix161 (2): a long headline ending with its verb over a short subtitle ====================
# An Afghan Dari agency (tests/pages 1848's layout, headline, subtitle, then the date line):
# the 19-word headline ends with «گردید», Dari's and formal Persian's passive auxiliary.
FAIR_HEAD = (
    "نخستین نمایشگاه محصولات زراعتی و صنایع دستی زنان ولایت بلخ با اشتراک صد غرفه در شهر "
    "مزارشریف برگزار گردید"
)
case(
    "af-dari-agency-long-headline-ending-gardid-over-short-subtitle-pos",
    "text",
    f"{FAIR_HEAD}\nغرفه‌داران در روز نخست فروش خوبی داشتند\n{QAWS} - ۱۰:۲۰\n\n"
    "نخستین نمایشگاه محصولات زراعتی و صنایع دستی زنان ولایت بلخ امروز با اشتراک صد غرفه در "
    "شهر مزارشریف گشایش یافت و تا سه روز دیگر دوام دارد.\n\n"
    "رئیس امور زنان ولایت بلخ گفت محصولات زنان ولسوالی‌های دوردست نیز در این نمایشگاه عرضه "
    "شده است.\n",
    {"title": FAIR_HEAD + "!", "published": "2022-12-07"},
)
# A ministry's portal in HTML, its header three <div>s (headline, subtitle, date), the text in
# <p>s, all in Arabic yeh and kaf (the fix161 test's <h3>/<h4>/<span> header as a portal's divs).
CABINET_HEAD = (
    "هیئت وزیران آیین‌نامه اجرایی قانون حمایت از خانواده و جوانی جمعیت را پس از سه ماه "
    "بررسی تصویب کرد"
)
case(
    "ministry-html-divs-yeh-kaf-long-verb-headline-over-short-subtitle-pos",
    "html",
    html(
        yeh_kaf(
            f"<div class='news-title'>{CABINET_HEAD}</div>"
            "<div class='news-subtitle'>سهم استان‌های مرزی بیشتر شد</div>"
            f"<div class='news-date'>{DAY} - ۱۰:۳۰</div>"
            + paras(
                "هیئت وزیران در نشست امروز آیین‌نامه اجرایی قانون حمایت از خانواده و جوانی "
                "جمعیت را تصویب کرد و دستگاه‌های اجرایی موظف شدند ظرف سه ماه برنامه خود را "
                "ارائه کنند.\n\n"
                "سخنگوی دولت گفت متن کامل آیین‌نامه تا پایان هفته منتشر می‌شود.\n"
            )
        )
    ),
    {"title": yeh_kaf(CABINET_HEAD) + "!", "published": "2024-01-02T10:30+03:30"},
)
# -- near miss: an agency's long kicker ending with a verb of saying (no colon) over the short
# headline over the date line: a kicker, whose reading stays doubted
SCHOOL_HEAD = "ساخت پنجاه مدرسه تازه در روستاها آغاز می‌شود"
case(
    "agency-long-kicker-ending-goft-over-short-headline-neg",
    "text",
    "مدیرکل آموزش و پرورش استان در نشست خبری با اصحاب رسانه در سالن اجتماعات اداره کل گفت\n"
    f"{SCHOOL_HEAD}\n{DAY} - ۱۱:۰۰\n\n"
    "مدیرکل آموزش و پرورش استان در نشست خبری با اصحاب رسانه گفت ساخت پنجاه مدرسه تازه در "
    "روستاهای استان از بهار آغاز می‌شود و هزینه آن را خیران و دولت با هم می‌پردازند.\n\n"
    "وی افزود: بیست مدرسه از این پنجاه مدرسه در روستاهای مرزی ساخته خواهد شد.\n",
    {"title": (SCHOOL_HEAD, "WARN"), "published": "2024-01-02T11:00+03:30"},
)
# -- near miss: the long verb headline right over the date line, the short subtitle under the
# date line (an agency's lead-in printed after the date)
TRAIN_HEAD = (
    "نخستین قطار مسافری مسیر تهران به ارومیه پس از پایان عملیات نوسازی خط ریلی آذربایجان "
    "امروز حرکت کرد"
)
case(
    "agency-long-verb-headline-over-date-line-subtitle-under-it-neg",
    "text",
    f"{TRAIN_HEAD}\n{DAY} - ۰۸:۱۰\nبلیت سفر تا پایان ماه نیم‌بها است\n\n"
    "نخستین قطار مسافری مسیر تهران به ارومیه صبح امروز با سیصد مسافر از ایستگاه راه آهن "
    "تهران حرکت کرد و عصر فردا به ارومیه می‌رسد.\n\n"
    "مدیرکل راه آهن آذربایجان گفت این قطار هفته‌ای سه بار در این مسیر رفت و آمد می‌کند.\n",
    {"title": TRAIN_HEAD + "!", "published": "2024-01-02T08:10+03:30"},
)

# == fix165: English function words in a ?paged=N slug =========================================
ALUMNI_HEAD = "دیدار دانش‌آموختگان دوره نخست دانشکده پس از سی سال"
ALUMNI_ITEM = (
    f"{ALUMNI_HEAD}\n{DAY}\n\nدانش‌آموختگان نخستین دوره کارشناسی دانشکده پس از سی سال در "
    "سالن همایش‌های دانشکده گرد هم آمدند و از استادان پیشکسوت خود قدردانی کردند.\n\n"
    "رئیس دانشکده گفت این دیدار از این پس هر سال برگزار می‌شود.\n"
)
# A faculty's WordPress section of alumni news, its English slug holding «about» and «our»
# (function words outside fix165's set): the list's second page.
case(
    "uni-wp-english-section-slug-about-our-paged-2-pos",
    "text",
    ALUMNI_ITEM,
    {"title": "WARN"},
    url="https://eng.example.ac.ir/news-about-our-alumni/?paged=2",
)
# The same section on a bilingual WordPress (WPML's «lang» parameter before «paged»).
case(
    "uni-wp-english-section-slug-and-lang-param-then-paged-2-pos",
    "text",
    ALUMNI_ITEM,
    {"title": "WARN"},
    url="https://eng.example.ac.ir/faculty-news-and-events/?lang=fa&paged=2",
)
# -- near miss: a shop magazine's post at its own English slug (five content words beside «to»
# and «the»), its comments' second page
VACUUM_HEAD = "چطور جاروبرقی مناسب خانه‌های کوچک را انتخاب کنیم"
case(
    "shop-mag-english-how-to-post-slug-paged-2-neg",
    "text",
    f"مجله خرید نمونه\n\n{VACUUM_HEAD}\n\n{DAY}\n\n"
    "خانه‌های کوچک به جاروبرقی سبک و کم‌صدا نیاز دارند که جای زیادی در کمد نگیرد و پیش از "
    "خرید باید توان مکش و حجم مخزن آن را در نظر گرفت.\n\n"
    "در این نوشته چند نکته ساده برای انتخاب جاروبرقی مناسب را می‌خوانید.\n",
    {"title": VACUUM_HEAD + "!", "published": "2024-01-02"},
    url="https://mag.example-shop.ir/how-to-choose-the-right-vacuum-cleaner/?paged=2",
)

# == fix165: a plural two-word label over one paragraph ========================================
# A children's drawing blog in Arabic yeh and kaf, its label's plural glued with no ZWNJ on a
# stem that is not on vocab.PLURAL_LABEL_STEMS («نقاشی»), a blog's footer line under the post.
case(
    "kids-drawing-blog-yeh-kaf-glued-plural-stem-off-list-over-one-paragraph-pos",
    "text",
    yeh_kaf(
        "نقاشیهای کودکانه\n\n"
        "امروز پسرم با مدادرنگی‌های تازه‌اش خانه‌ای کشید که دودکش آن از ابرها بالاتر رفته بود "
        "و گفت این خانه مادربزرگ است و باید آن قدر بلند باشد که از شهر ما هم دیده شود و بعد "
        "کنار خانه درختی با سیب‌های آبی کشید و گفت سیب‌های آبی فقط در باغ مادربزرگ می‌رویند "
        "و من نقاشی را به دیوار اتاقش زدم تا هر شب پیش از خواب آن را ببیند.\n"
        "نوشته شده توسط مریم | نظرات (۳)\n"
    ),
    {"title": "WARN"},
)
# A travel blog's post under its plural label (ZWNJ kept), its footer two lines: the post's
# tags and its byline with the comments' count (a WordPress theme's post footer).
case(
    "travel-blog-plural-label-footer-tags-line-and-byline-pos",
    "text",
    "سفرنامه‌های شمال\n\n"
    "صبح زود از رشت راه افتادیم و از جاده جنگلی به سوی ماسوله رفتیم و در راه چند بار برای "
    "عکس گرفتن از مه و درختان ایستادیم و نزدیک ظهر به روستا رسیدیم و از پله‌های خانه‌ها "
    "بالا رفتیم و در قهوه‌خانه‌ای کنار رود چای نوشیدیم و تا غروب در کوچه‌های روستا گشتیم و "
    "شب را در اقامتگاهی گذراندیم که پنجره‌اش رو به کوه باز می‌شد.\n"
    "برچسب‌ها: سفر، ماسوله، جنگل\n"
    "نوشته شده توسط علی | نظرات (۲)\n",
    {"title": "WARN"},
)
# -- near miss: a two-word post title whose first word is the singular «تنها» over the post's
# one paragraph and its footer line
case(
    "blog-two-word-singular-tanha-title-over-paragraph-and-footer-neg",
    "text",
    "تنها راه\n\n"
    "سال‌ها فکر می‌کردم برای نوشتن باید منتظر حال خوب و وقت آزاد بمانم اما هیچ کدام هیچ وقت "
    "نیامد و سرانجام فهمیدم تنها راه این است که هر روز صبح پیش از هر کار دیگری نیم ساعت "
    "بنویسم حتی اگر چیزی که می‌نویسم به درد نخورد و حالا پس از یک سال دفترم پر از صفحه‌هایی "
    "است که بعضی از آن‌ها را دوست دارم.\n"
    "نوشته شده توسط رضا | نظرات (۵)\n",
    {"title": "تنها راه!"},
)

# == fix165: a headline's bracketed day of one digit ===========================================
# An old municipal site's HTML archive (tests/pages 1845's <table> print page, 1829's bracketed
# day after the headline): the headline in <b> in a <td>, the day after it year first, a
# weekday before it («(شنبه ۸۶/۲/۸)»).
CLINIC_HEAD = "افتتاح درمانگاه شبانه‌روزی در محله شهرک صنعتی"
case(
    "municipal-html-td-bold-headline-bracketed-weekday-year-first-one-digit-day-pos",
    "html",
    html(
        f"<table><tr><td><b>{CLINIC_HEAD}</b>   (شنبه ۸۶/۲/۸)</td></tr><tr><td>"
        + paras(
            "درمانگاه شبانه‌روزی محله شهرک صنعتی با دو پزشک عمومی و یک دندانپزشک دیروز با حضور "
            "شهردار و رئیس شبکه بهداشت شهرستان افتتاح شد .\n\n"
            "ساکنان محله از این پس برای درمان شبانه به مرکز شهر نمی‌روند .\n"
        )
        + "</td></tr></table>"
    ),
    {"title": CLINIC_HEAD, "published": "2007-04-28"},
)
# A fire department's static archive page (tests/pages 1829) saved on Windows, the bracketed day
# of one digit in Arabic-Indic digits with its time.
WAREHOUSE_HEAD = "مهار آتش سوزی انبار لوازم خانگی در بلوار ساحلی"
case(
    "fire-dept-static-crlf-arabic-indic-bracketed-one-digit-day-with-time-pos",
    "text",
    crlf(
        f"بازگشت\n\nخبر\n\n \n\n{WAREHOUSE_HEAD}   (٤/٣/٨٦ ١٠:٣٠)\n\n \n\n"
        "آتش سوزی انبار لوازم خانگی در بلوار ساحلی با تلاش سه ایستگاه آتش نشانی پس از یک "
        "ساعت مهار شد . در این حادثه به کسی آسیب نرسید .\n\n \n\nبازگشت\n"
    ),
    {"title": WAREHOUSE_HEAD, "published": "2007-05-25T10:30+03:30"},
)
# -- near miss: a one-digit bracketed day in the running text of an item that prints its own
# labelled date line: the text's day is no published day
PARK_HEAD = "طرح ساماندهی پارک‌های محله‌ای شهر اجرا می‌شود"
case(
    "static-site-one-digit-bracket-in-body-sentence-labelled-date-neg",
    "text",
    f"{PARK_HEAD}\n\nتاریخ: ۱۳۸۶/۰۳/۱۰\n\n"
    "طرح ساماندهی پارک‌های محله‌ای شهر طبق مصوبه شورای شهر (۴/۳/۸۶) از هفته آینده اجرا "
    "می‌شود و ده پارک کوچک محله‌ها نیمکت و روشنایی تازه می‌گیرند.\n\n"
    "شهردار گفت کار در همه پارک‌ها تا پایان تابستان تمام می‌شود.\n",
    {"title": PARK_HEAD + "!", "published": "2007-05-31"},
)

# == fix165: an institution's name is no rival headline ========================================
# A provincial education office's portal (the fix165 test's masthead over the headline over the
# date line): the masthead opens with «جمهوری اسلامی ایران», no organisation's word first.
BOOKS_HEAD = "کتاب‌های درسی سال آینده دانش‌آموزان استان پیش از تابستان توزیع می‌شود"
case(
    "edu-portal-jomhouri-eslami-masthead-over-verb-headline-pos",
    "text",
    "جمهوری اسلامی ایران وزارت آموزش و پرورش اداره کل آموزش و پرورش استان سیستان و بلوچستان\n"
    f"{BOOKS_HEAD}\n{DAY} - ۰۹:۰۰\n\n"
    "مدیرکل آموزش و پرورش سیستان و بلوچستان گفت: کتاب‌های درسی سال تحصیلی آینده پیش از "
    "تابستان به مدرسه‌های همه شهرستان‌های استان می‌رسد.\n\n"
    "وی افزود: ثبت سفارش کتاب از امروز در سامانه آغاز شده است.\n",
    {"title": BOOKS_HEAD + "!", "published": "2024-01-02T09:00+03:30"},
)
# An Afghan provincial directorate's page (Dari): the masthead opens with «امارت اسلامی
# افغانستان» and names the ministry and the directorate, over the verb headline and the date.
HERAT_HEAD = "کتاب‌های درسی جدید میان شاگردان مکاتب ولایت هرات توزیع شد"
case(
    "af-directorate-emarat-masthead-over-verb-headline-pos",
    "text",
    "امارت اسلامی افغانستان وزارت معارف ریاست معارف ولایت هرات آمریت نشرات و اطلاعات\n"
    f"{HERAT_HEAD}\n{QAWS}\n\n"
    "ریاست معارف ولایت هرات امروز بیش از صد هزار جلد کتاب درسی جدید را میان شاگردان مکاتب "
    "شهر و ولسوالی‌های این ولایت توزیع کرد.\n\n"
    "مسئولان این ریاست می‌گویند توزیع کتاب‌ها تا ختم ماه جاری در همه مکاتب ادامه دارد.\n",
    {"title": HERAT_HEAD + "!", "published": "2022-12-07"},
)
# -- near miss: a university's long verbless headline opening with «دانشگاه» and holding «با»
# (what the institution did) over the verb subtitle over the date line: fix155's doubt holds
UNI_UPPER = "دانشگاه صنعتی اصفهان با دو طرح پژوهشی دانشجویان برگزیده جشنواره ملی خوارزمی"
case(
    "uni-verbless-long-headline-with-ba-over-verb-subtitle-neg",
    "text",
    f"{UNI_UPPER}\nدو طرح پژوهشی دانشجویان دانشگاه جایزه گرفت\n{DAY} - ۱۲:۰۰\n\n"
    "دو طرح پژوهشی دانشجویان دانشگاه صنعتی اصفهان در بخش فناوری جشنواره ملی خوارزمی برگزیده "
    "شد و جایزه گرفت.\n\nرئیس دانشگاه گفت این طرح‌ها در آزمایشگاه‌های دانشکده مکانیک ساخته "
    "شده‌اند.\n",
    {"title": (UNI_UPPER, "WARN"), "published": "2024-01-02T12:00+03:30"},
)

# == fix167: a name printed three times over a title printed twice, no running text ============
# A blog's HTML (tests/pages 1868's blog: its name thrice over the post's title twice), the name
# in three <li>s, the title in two <h2>s, no text (the post's body was an image), the <title>
# naming the post and the blog.
SMOG = "تعطیلی مدارس اراک"
case(
    "blog-html-li-name-thrice-h2-title-twice-no-text-title-tag-pos",
    "html",
    (
        "<html><head><meta charset='utf-8'>"
        f"<title>{SMOG} | وبلاگ هوای پاک</title></head><body>"
        "<ul><li>وبلاگ هوای پاک</li><li>وبلاگ هوای پاک</li><li>وبلاگ هوای پاک</li></ul>"
        f"<h2>{SMOG}</h2><h2>{SMOG}</h2></body></html>"
    ).encode(),
    {"title": SMOG},
)
# The same post's text alone, saved on Windows, its date line under the title printed twice.
case(
    "blog-text-crlf-name-thrice-title-twice-date-line-no-text-pos",
    "text",
    crlf(f"وبلاگ هوای پاک\nوبلاگ هوای پاک\n\nوبلاگ هوای پاک\n\n{SMOG}\n\n{SMOG}\n\n{DAY}\n"),
    {"title": (SMOG, "WARN"), "published": "2024-01-02"},
)
# -- near miss: the rule's own page (1868) as Markdown, the name a link thrice, the title a
# level-2 heading twice, running text under them
AIR_HEAD = "هشدار آلودگی هوا در اراک"
case(
    "markdown-blog-name-link-thrice-heading-title-twice-over-text-neg",
    "text",
    "[وبلاگ هوای پاک](https://havapak.example.ir/)\n"
    "[وبلاگ هوای پاک](https://havapak.example.ir/)\n\n"
    "[وبلاگ هوای پاک](https://havapak.example.ir/)\n\n"
    f"## {AIR_HEAD}\n\n## {AIR_HEAD}\n\n"
    "کارگروه اضطرار آلودگی هوای استان اعلام کرد به دلیل پایداری هوا و افزایش آلاینده‌ها، "
    "مدرسه‌ها و ادارات اراک فردا تعطیل هستند.\n\n"
    "مدیرکل هواشناسی استان گفت پایداری هوا تا پنجشنبه ادامه دارد.\n",
    {"title": AIR_HEAD + "!"},
)

# == fix167: a three-word headline under a site's frame =======================================
# A town municipality's ASP.NET page (tests/pages 1828: «.: ... :.» frames), the frame holding the
# site's two-word name, the three-word headline under it, then a labelled date line.
BRIDGE_HEAD = "بازگشایی پل غازیان"
case(
    "municipal-frame-over-three-word-headline-labelled-date-line-pos",
    "text",
    f".: شهرداری انزلی :.\n\n{BRIDGE_HEAD}\nتاریخ انتشار: {DAY}\n\n"
    "پل تاریخی غازیان پس از شش ماه مرمت امروز با حضور شهردار و اعضای شورای شهر به روی "
    "خودروها بازگشایی شد.\n\n"
    "شهردار گفت نورپردازی پل تا پایان ماه آینده انجام می‌شود.\n",
    {"title": BRIDGE_HEAD, "published": "2024-01-02"},
)
# A faculty's news page, its frame the faculty's two-word name, the three-word headline opening
# with «استاد» (a person's title, here the prize's name), the date line, the lead.
PRIZE_HEAD = "استاد نمونه کشوری"
case(
    "uni-frame-over-three-word-headline-opening-with-ostad-pos",
    "text",
    f".: دانشکده فنی :.\n{PRIZE_HEAD}\n{DAY}\n\n"
    "یکی از اعضای هیئت علمی گروه مهندسی عمران دانشکده فنی در جشنواره آموزشی وزارت علوم "
    "به عنوان استاد نمونه کشوری برگزیده شد.\n\n"
    "رئیس دانشکده گفت این نخستین بار است که استادی از دانشکده این عنوان را می‌گیرد.\n",
    {"title": PRIZE_HEAD, "published": "2024-01-02"},
)
# -- near miss: a poetry site's page, the poem's title framed over its poet's three-word name
# (a given name first, tests/pages 554's framed title over its author), the text under them
POEM = "صدای پای آب"
case(
    "poetry-site-framed-poem-title-over-poet-name-neg",
    "text",
    f".: {POEM} :.\nسهراب سپهری کاشانی\n\n"
    "این شعر بلند را سهراب سپهری در روستای چنار سرود و در آن از کودکی خود در کاشان و از "
    "نگاه تازه‌اش به زندگی سخن گفت.\n\n"
    "شعر نخستین بار در مجموعه‌ای با همین نام چاپ شد.\n",
    {"title": POEM},
)

# == fix167: a section between the item's code and its views counter, no date line =============
# A geological office's page as text (tests/pages 1863's toolbar printed one field a line): the
# code label, the section, the views counter printed value first («219 بازدید»), ASCII digits.
QUAKE_HEAD = "زمین لرزه چهار ریشتری حوالی شهر بم را لرزاند"
QUAKE_LEADS = (
    "زمین لرزه‌ای به بزرگی چهار ریشتر بامداد امروز حوالی شهر بم را لرزاند و به گفته مسئولان "
    "استانداری خسارتی به بار نیاورد.\n\n"
    "کارشناسان زمین‌شناسی می‌گویند پس‌لرزه‌های کوچک تا چند روز دیگر ادامه خواهد داشت.\n"
)
case(
    "geology-office-toolbar-code-section-views-value-first-no-date-pos",
    "text",
    "صفحه اصلی\nاخبار\nمعرفی سازمان\nتماس با ما\n"
    f"{QUAKE_HEAD}\nکد : 2411\nرویدادهای زمین و معدن\n219 بازدید\n\n{QUAKE_LEADS}",
    {"title": QUAKE_HEAD, "number": num("2411")},
)
# A provincial crisis office's HTML, the two-word headline in a <div>, the toolbar in <li>s (code,
# section with ZWNJ missing, views), no date.
FLOOD_HEAD = "هشدار سیلاب"
case(
    "provincial-html-li-toolbar-two-word-headline-code-section-views-pos",
    "html",
    html(
        f"<div class='title'>{FLOOD_HEAD}</div>"
        "<ul><li>کد خبر: ۲۴۱۱</li><li>اخبار شهرستان ها</li><li>بازدید: ۲۱۹</li></ul>"
        + paras(
            "اداره کل مدیریت بحران استان با صدور هشدار سیلاب از مردم خواست تا پایان هفته از "
            "رفتن به حاشیه رودخانه‌ها و برپایی چادر در بستر آن‌ها خودداری کنند.\n\n"
            "به گفته کارشناسان هواشناسی بارش‌ها از بعدازظهر فردا آغاز می‌شود.\n"
        )
    ),
    {"title": FLOOD_HEAD, "number": num("2411")},
)
# -- near miss: the same toolbar with its date line (fix154's block), Arabic yeh and kaf, HTML
# <div>s (1863's own fields)
MINE_HEAD = "اکتشاف ذخیره تازه مس در کوه‌های جنوب کرمان"
case(
    "geology-html-divs-yeh-kaf-toolbar-with-date-line-neg",
    "html",
    html(
        yeh_kaf(
            f"<div class='title'>{MINE_HEAD}</div><div>۱۴ آذر ۱۴۰۲ | ۱۲:۵۹</div>"
            "<div>کد : ۱۹۵۷</div><div>رویدادهای زمین و معدن</div><div>تعداد بازدید:۴۳۳</div>"
            + paras(
                "کارشناسان سازمان زمین‌شناسی در کوه‌های جنوب کرمان ذخیره تازه‌ای از مس یافتند که "
                "به گفته آنان یکی از بزرگ‌ترین ذخیره‌های کشف شده در ده سال گذشته است.\n\n"
                "مدیر اکتشاف سازمان گفت بررسی اندازه ذخیره تا پایان سال ادامه دارد.\n"
            )
        )
    ),
    {
        "title": either(MINE_HEAD),
        "number": num("1957"),
        "published": "2023-12-05T12:59+03:30",
    },
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
