"""Sixty-fifth round of attacks: the rules merged with no attack round yet, fix198 (WordPress's
default category name as furniture over a headline printed apart, a full-stopped one-comma
headline over a restating lead, a short line over a cut excerpt as an item's title, «دفتر»
opening an institution's name), fix199 (list-shape doubts: a section's name in the ``<h1>``,
``NEWS_SECTION_OWNER_WORDS``, runs of headlines double-spaced, broken by a short one, under a
name line; ``NAME_BAR_NAME_WORDS``; a beta badge's element in the ``<h1>``; ``/LANG/N/N``),
fix201 (``_chrome._NOTEBOOK_CONTENTS``), fix202 (day-headed posts need weekday day lines,
``COUPLET_KICKER_WORDS``), fix203 (a run counts distinct lines), real61's rules (blog archives of
day-headed posts, Joomla's icon labels cut off the headline, a letter's ``از:``/``به:`` fields,
a rhyming couplet over the text), the lead's mends of ``_archiving_headline``
(``_LABEL_SEPARATORS``) and fix194's one place for title doubts (``_title.title_doubts`` fed by
Hints from HTML: ``<h2>`` texts, post titles, front matter), each put into a whole page of a
kind it was not made on (a news agency, a ministry, a university, a provincial site, a blog, a
forum, a shop magazine, an Afghan Dari site; HTML ``<td>``/``<li>``/``<h1>``/``<h2>``/``<h3>``/
``<footer>``, Markdown with front matter; Arabic yeh and kaf, Persian and ASCII digits, ZWNJ
missing, double-spaced lines, CRLF), and at the edges of its conditions (a count at its
threshold and one past it, the shape at the page's top or bottom, two rules' shapes on one
page). 35 inputs: 23 positives, 12 near misses (``-neg``), where the new rules must not fire.

No fix is made for this round (docs/reliability.md, "Attacks, sixty-fifth round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand (jdatetime): 18 Azar 1402 = 2023-12-09 (a Saturday);
16 Azar 1402 = 2023-12-07 (Thursday); 14 Azar 1402 = 2023-12-05 (Tuesday); 20 Azar 1402 =
2023-12-11 (Monday); 27 Sowr (Ordibehesht) 1402 = 2023-05-17.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks65.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one (a list's page: its name, or the page flagged a list). The article sentences,
headlines and names are ours; each case names the page or test whose layout it follows.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
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

DAY = "۱۸ آذر ۱۴۰۲"  # 2023-12-09, a Saturday

# == fix198 (1): WordPress's default category name over a headline printed apart ==============
# A county blog's WordPress post (obodan.com's layout, tests/pages 2060) whose CMS prints
# Arabic yeh and kaf: the category line spaced, the full-stopped headline set apart, the lead.
DREDGE = "شهردار بندر گناوه از آغاز لایروبی اسکله صیادی شهر خبر داد."
DREDGE_BODY = (
    "شهردار بندر گناوه در بازدید از اسکله صیادی از آغاز لایروبی این اسکله با همکاری اداره "
    "بنادر و شیلات استان تا پایان ماه آینده خبر داد.\n"
    "وی گفت: با این طرح لنج های بزرگ صیادی در هنگام جزر هم می توانند پهلو بگیرند.\n"
    "شهردار افزود: هزینه این طرح از درآمد عوارض بندری پرداخت می شود.\n\n"
    "دیدگاهتان را بنویسید\n"
)
case(
    "blog-uncategorised-spaced-yeh-kaf-over-headline-apart-pos",
    "text",
    yeh_kaf(f"دسته بندی نشده\n\n{DREDGE}\n\n{DREDGE_BODY}"),
    {"title": either(DREDGE, sure=True)},
    url="http://ganaveh.example.ir/?p=318",
)
# -- near miss: a hospital news headline that says waste goes «بدون دسته‌بندی»: a headline.
WASTE = "پسماند بیمارستان های استان بدون دسته‌بندی به محل دفن می رسد"
case(
    "hospital-headline-saying-without-category-neg",
    "text",
    f"{WASTE}\n{DAY}\n\n"
    "مدیر محیط زیست استان گفت پسماند عفونی چند بیمارستان استان هنوز بدون جدا سازی و دسته‌بندی "
    "به محل دفن شهری فرستاده می شود و این کار برای کارگران و مردم خطرناک است.\n\n"
    "به گفته وی دستگاه های بی خطر ساز در سه بیمارستان تا پایان سال نصب می شود.\n",
    {"title": WASTE + "!", "published": "2023-12-09"},
)

# == fix198 (2): a full-stopped headline with one comma over its restating lead ================
# An Afghan Dari site's item (2060's shape at the page's top): the headline names the speaker,
# a comma, what he announced; the lead restates it; its date in ASCII digits at the bottom.
CANAL = "والی هرات، از آغاز کار ساخت کانال آبیاری ولسوالی انجیل خبر داد."
case(
    "dari-one-comma-headline-over-restating-lead-ascii-pos",
    "text",
    f"{CANAL}\n\n"
    "والی هرات در دیدار با بزرگان ولسوالی انجیل از آغاز کار ساخت کانال آبیاری این ولسوالی "
    "با همکاری ریاست زراعت و مالداری خبر داد و گفت کار آن تا پایان خزان تمام می شود.\n"
    "او افزود: با ساخت این کانال آب نزدیک به سه هزار جریب زمین تامین می شود.\n\n"
    "تاریخ نشر: 1402/02/27\n",
    {"title": CANAL + "!", "published": "2023-05-17"},
)

# == fix198 (3): a short line over a cut excerpt that opens with it: an item's title ===========
# A shop magazine's tag page of one item saved as Markdown (omidehedalat.ir's, tests/pages
# 2068): a six-word title (at the rule's bound), its excerpt opening with it and cut with «…».
KETTLE = "راهنمای خرید کتری برقی برای آشپزخانه"
case(
    "shop-markdown-six-word-title-over-cut-excerpt-pos",
    "text",
    f"## {KETTLE}\n\n"
    f"{KETTLE} کوچک و پرمصرف در این نوشته آمده است و ما پنج مدل پرفروش را از نظر توان، جنس "
    "بدنه، گنجایش و بهای آنها با هم سنجیده ایم تا خرید شما آسان تر شود و …\n",
    {"title": "WARN"},
)
# One past: a forum's tag page of one topic, its title of seven words.
PHONE = "مشکل شارژ نشدن گوشی بعد از به روزرسانی"
case(
    "forum-seven-word-title-over-cut-excerpt-pos",
    "text",
    f"{PHONE}\n"
    f"{PHONE} سیستم عامل را چند نفر از کاربران گزارش کرده اند و در این تاپیک راه هایی را که "
    "برای حل آن امتحان شده است جمع کرده ایم از پاک کردن حافظه پنهان تا …\n",
    {"title": "WARN"},
)
# -- near miss: a blog post whose short headline opens its whole (uncut) text.
STEW = "آش رشته به سبک مادربزرگ"
case(
    "blog-short-headline-over-uncut-text-opening-with-it-neg",
    "text",
    f"{STEW}\n"
    f"{STEW} را هر سال شب یلدا می پختیم و همه نوه ها دور دیگ بزرگ جمع می شدیم تا نوبت هم "
    "زدن به ما برسد.\n\n"
    "برای چهار نفر نیم کیلو رشته، یک پیمانه نخود و لوبیا، سبزی آش و کشک لازم است.\n\n"
    "حبوبات را از شب قبل خیس کنید و فردا با پیاز داغ بپزید.\n",
    {"title": STEW + "!"},
)

# == fix198 (4) and fix201: «دفتر» opening an institution's name ===============================
# A governorate's page reduced by an extractor to its <title>, the office's name alone, Arabic
# yeh and kaf (newspaper4k's 2063).
case(
    "governorate-office-name-alone-yeh-kaf-pos",
    "text",
    yeh_kaf("دفتر فنی و عمرانی فرمانداری شهرستان\n"),
    {"title": "WARN"},
    url="http://farmandari.example.ir/index.aspx?pageid=77",
)
# -- near miss: an office's name line over a real headline, its date and text.
DAFTAR_HEAD = "برگزاری کارگاه آموزش مهارت های زندگی برای بانوان روستایی"
case(
    "provincial-office-name-over-headline-neg",
    "text",
    f"دفتر امور بانوان و خانواده استانداری\n{DAFTAR_HEAD}\n{DAY}\n\n"
    "کارگاه آموزش مهارت های زندگی با حضور صد نفر از بانوان روستایی شهرستان در سالن فرهنگسرا "
    "برگزار شد و مدرسان درباره مدیریت هزینه خانواده و مهارت گفت وگو صحبت کردند.\n\n"
    "این کارگاه تا پایان ماه در شهرستان های دیگر استان هم برگزار می شود.\n",
    {"title": DAFTAR_HEAD + "!", "published": "2023-12-09"},
)
# -- near miss (fix201): a blog's name, its tagline «دفتر یادداشت های ...» (ZWNJ missing), a
# post's headline, its day, its text: the post's headline.
NOTE_POST = "برف اول در دبستان روستا"
case(
    "blog-notebook-tagline-no-zwnj-over-post-neg",
    "text",
    f"کلاس چند پایه\nدفتر یادداشت های یک آموزگار روستا\n\n{NOTE_POST}\n{DAY}\n\n"
    "صبح که رسیدم حیاط مدرسه سفید بود و بچه ها پیش از زنگ آدم برفی بزرگی ساخته بودند؛ کلاس "
    "اول را با شعر برف شروع کردیم و بزرگترها برای کوچکترها نامه نوشتند.\n\n"
    "ظهر پدر یکی از بچه ها با تراکتور راه مدرسه را باز کرد.\n",
    {"title": NOTE_POST, "published": "2023-12-09"},
)

# == fix199 (1): a section's name in the <h1> =================================================
# A provincial site in a table layout: «اخبار و رخدادها» in the <h1> of a <td>, the story's
# headline in an <h3>, its date, its text, a <footer>.
ROAD = "بهسازی جاده روستایی دره شهر به پایان رسید"
ROAD_TEXT = (
    "کار بهسازی و آسفالت جاده روستایی دره شهر به طول دوازده کیلومتر با هزینه اعتبارات "
    "استانی به پایان رسید و این جاده هفته آینده با حضور استاندار افتتاح می شود.\n\n"
    "مدیرکل راهداری استان گفت با این طرح زمان سفر روستاییان به مرکز شهرستان نصف می شود."
)
case(
    "provincial-html-td-h1-section-name-over-h3-pos",
    "html",
    html(
        "<table><tr><td><h1>اخبار و رخدادها</h1>"
        f"<h3>{ROAD}</h3><div class='date'>{DAY}</div>{paras(ROAD_TEXT)}</td></tr></table>"
        "<footer><p>کلیه حقوق برای پایگاه خبری استان محفوظ است.</p></footer>"
    ),
    {"title": (ROAD, "WARN")},
)
# A ministry's portal: the section's name joined to one word naming the site, in the <h1>.
FUEL = "سهمیه سوخت ناوگان حمل و نقل عمومی افزایش یافت"
FUEL_TEXT = (
    "معاون وزیر گفت سهمیه سوخت اتوبوس ها و تاکسی های برون شهری از ابتدای ماه آینده بیست درصد "
    "افزایش می یابد و رانندگان برای گرفتن آن به سامانه هوشمند مراجعه کنند.\n\n"
    "این افزایش برای کامیون های باری هم در نظر گرفته شده است."
)
case(
    "ministry-html-h1-section-name-with-owner-word-pos",
    "html",
    html(
        f"<h1>اخبار و رویدادهای وزارتخانه</h1><h2>{FUEL}</h2>"
        f"<div class='date'>{DAY}</div>{paras(FUEL_TEXT)}"
    ),
    {"title": (FUEL, "WARN")},
)
# A university's text: the section's name with two owner words (at NEWS_SECTION_OWNER_WORDS),
# then with three (one past).
EXAM = (
    "\n\nمعاونت آموزشی اعلام کرد امتحانات پایان ترم دانشجویان کارشناسی از بیست و پنجم دی ماه "
    "آغاز می شود و برنامه امتحانات در سامانه آموزش منتشر شده است.\n\n"
    "دانشجویان باید کارت ورود به جلسه را از سامانه دریافت کنند.\n"
)
case(
    "uni-section-name-two-owner-words-pos",
    "text",
    f"اخبار و رویدادهای دانشکده پرستاری\n\n{DAY}{EXAM}",
    {"title": "WARN", "published": "2023-12-09"},
)
case(
    "uni-section-name-three-owner-words-pos",
    "text",
    f"اخبار و رویدادهای دانشگاه علوم پزشکی\n\n{DAY}{EXAM}",
    {"title": "WARN", "published": "2023-12-09"},
)
# -- near miss: a news article whose headline opens «اخبار و رویدادهای ...» and goes on.
KONKUR = "اخبار و رویدادهای کنکور را فقط از کانال رسمی سازمان سنجش دنبال کنید"
case(
    "news-headline-opening-with-section-words-neg",
    "text",
    f"{KONKUR}\n{DAY}{EXAM}",
    {"title": KONKUR + "!", "published": "2023-12-09"},
)

# == fix199 (2) and fix203: runs of headlines ================================================
# A provincial category page (vatanshahr.ir's, tests/pages 1450): a site's name line, then
# four headlines and their teasers, double-spaced and saved on Windows.
HEADS = (
    "بازگشایی پل ورودی شهر پس از شش ماه تعمیر",
    "برگزاری مسابقه کتابخوانی میان کارمندان ادارات شهرستان",
    "توزیع بسته های معیشتی میان خانواده های نیازمند روستاها",
    "آغاز طرح واکسیناسیون دام های سبک در بخش مرکزی",
)
TEASERS = (
    "پل ورودی شهر که از بهار برای تعمیر بسته بود از امروز به روی خودروها باز شد.",
    "در این مسابقه بیش از سیصد کارمند ادارات شهرستان شرکت کردند و برندگان جایزه گرفتند.",
    "این بسته ها با کمک خیران و کمیته امداد میان چهارصد خانواده توزیع شد.",
    "دامپزشکان در این طرح تا پایان ماه دام های سبک روستاهای بخش مرکزی را واکسن می زنند.",
)
case(
    "provincial-run-double-spaced-crlf-under-name-line-pos",
    "text",
    crlf(double_spaced("پایگاه خبری شهرستان", *HEADS, *TEASERS)),
    {"title": "WARN"},
)
# An agency's list in Arabic yeh and kaf: two headlines, one of three content words (at
# HEADLINE_RUN_SHORT_WORDS), two more, then the teasers.
case(
    "agency-run-broken-by-three-word-headline-yeh-kaf-pos",
    "text",
    yeh_kaf("\n".join((*HEADS[:2], "جشنواره سیب درختی", *HEADS[2:], *TEASERS)) + "\n"),
    {"title": "WARN"},
)
# One headline printed twice in a run of four distinct headlines (five lines): still a list.
case(
    "provincial-run-with-one-headline-printed-twice-pos",
    "text",
    "\n".join((HEADS[0], HEADS[1], HEADS[1], HEADS[2], HEADS[3], *TEASERS)) + "\n",
    {"title": "WARN"},
)
# -- near miss (fix203): a Dari article's headline and subtitle printed twice, double-spaced.
BADAM = "نخستین نمایشگاه بادام در ولایت سمنگان گشایش یافت"
BADAM_SUB = "باغداران بیش از پنجاه نوع بادام را به نمایش گذاشتند"
case(
    "dari-headline-and-subtitle-printed-twice-double-spaced-neg",
    "text",
    double_spaced(
        BADAM,
        BADAM_SUB,
        BADAM,
        BADAM_SUB,
        "۲۷ ثور ۱۴۰۲",
        "نخستین نمایشگاه بادام ولایت سمنگان با حضور مسئولان محلی و باغداران ولسوالی های مختلف "
        "گشایش یافت و تا سه روز برای بازدید مردم باز است.",
        "مسئولان زراعت می گویند امسال حاصل بادام ولایت بیشتر از سال گذشته بوده است.",
    ),
    {"title": BADAM + "!", "published": "2023-05-17"},
)
# -- near miss: an article under a site's name line, with four related headlines at its bottom.
BRIDGE = "بازگشایی پل ورودی شهر پس از شش ماه تعمیر"
case(
    "provincial-article-with-related-run-at-bottom-neg",
    "text",
    f"پایگاه خبری شهرستان\n{BRIDGE}\n{DAY}\n\n"
    "به گزارش خبرنگار ما، پل ورودی شهر که از ابتدای بهار برای تعمیر پایه ها بسته شده بود از "
    "صبح امروز با حضور فرماندار به روی خودروها باز شد و ترافیک جاده کمربندی کم شد.\n\n"
    "اخبار مرتبط\n" + "\n".join(HEADS[1:]) + "\nمرمت مدرسه قدیمی شهر به پایان رسید\n",
    {"title": BRIDGE + "!", "published": "2023-12-09"},
)

# == fix199 (3): a question under a name bar of four words ====================================
# A household economy site, ZWNJ missing: the name (four words), its motto, the question.
QUESTION = "چرا بهای لبنیات در یک ماه دو بار بالا رفت؟"
case(
    "economy-question-under-four-word-name-no-zwnj-pos",
    "text",
    no_zwnj(
        f"سفره خانواده ایرانی امروز\n\nماهنامه اینترنتی اقتصاد خانه\n\n{QUESTION}\n\n"
        "خانواده‌ها می گویند بهای شیر و ماست و پنیر در یک ماه گذشته دو بار گران شده و سهم "
        "لبنیات در سبد خرید آنها کمتر شده است.\n\n"
        "کارشناسان دلیل آن را گرانی علوفه دام می دانند.\n"
    ),
    {"title": QUESTION + "!"},
)

# == fix199 (4): a beta badge in its own element opening the <h1> =============================
# A ministry's portal: «نسخه آزمایشی» in a <small> opening the <h1>, a four-word headline
# after it (at the rule's bound).
PERMIT = "سامانه پروانه ساختمان راه اندازی شد"
case(
    "ministry-html-beta-badge-small-h1-four-words-pos",
    "html",
    html(
        f"<h1><small>نسخه آزمایشی</small>{PERMIT}</h1><div class='date'>{DAY}</div>"
        + paras(
            "معاون شهرسازی گفت از این پس پروانه ساختمان در شهرهای زیر پنجاه هزار نفر بدون "
            "مراجعه حضوری از سامانه تازه صادر می شود.\n\n"
            "شهرداری ها تا پایان ماه به این سامانه وصل می شوند."
        )
    ),
    {"title": PERMIT},
)

# == fix199 (5): a language's code before the post ID printed twice ===========================
# An Afghan ministry's site, the Pashto code, no trailing slash.
SEEDS = "توزیع تخم های بهتر گندم برای دهقانان ولایت کندز"
case(
    "afghan-pashto-code-id-printed-twice-no-slash-pos",
    "text",
    f"{SEEDS}\n\n"
    "ریاست زراعت ولایت کندز گفت دو هزار تن تخم بهتر گندم پیش از فصل کشت خزانی میان دهقانان "
    "ده ولسوالی توزیع می شود و هر دهقان تا صد کیلو تخم می گیرد.\n",
    {"title": SEEDS + "!", "number": num("6120")},
    url="https://mail.example.gov.af/ps/6120/6120",
)

# == real61 and fix202 (1): a blog's archive of posts under weekday day lines =================
# A persianblog month archive in Arabic yeh and kaf: the blog's name, three posts, each a
# title, its weekday day line (Persian digits), its text, newest first.
P1 = (
    "امروز برای نخستین بار با بچه های کلاس به موزه شهر رفتیم و آنها ساعت ها جلوی ظرف های "
    "سفالی ایستادند و پرسیدند مردم آن روزگار چگونه آب را خنک نگه می داشتند."
)
P2 = (
    "دیشب تا دیروقت برگه های امتحان را تصحیح کردم؛ بیشتر بچه ها درس را خوب فهمیده بودند و "
    "چند نفر هم در پایان برگه برایم نقاشی کشیده بودند که نگهشان داشتم."
)
P3 = (
    "آخر هفته با همکاران به کوه رفتیم و در راه برگشت درباره کتاب تازه ای که برای کلاس ها "
    "سفارش داده ایم و بودجه کتابخانه مدرسه حرف زدیم."
)
case(
    "persianblog-archive-three-posts-yeh-kaf-pos",
    "text",
    yeh_kaf(
        "گچ و تخته\n\n"
        f"موزه شهر\n\nشنبه ۱۸ آذر ۱۴۰۲\n\n{P1}\n\n  لینک دائم\n\n"
        f"برگه های امتحان\n\nپنجشنبه ۱۶ آذر ۱۴۰۲\n\n{P2}\n\n  لینک دائم\n\n"
        f"کوه آخر هفته\n\nسه شنبه ۱۴ آذر ۱۴۰۲\n\n{P3}\n\n  لینک دائم\n"
    ),
    {"title": "WARN", "published": None},
    url="https://gachotakhte.example.ir/1402/9/",
)
# An Afghan Dari Blogger home page saved on Windows: English day headers over two posts.
case(
    "dari-blogger-home-two-posts-crlf-pos",
    "text",
    crlf(
        "صدای کوچه\n\nیادداشت های یک خبرنگار در کابل\n\n"
        "Saturday, December 9, 2023\n\nبازار کتاب فروشان\n"
        f"{P3}\n\n"
        "Tuesday, December 5, 2023\n\nسرک تازه\n"
        f"{P2}\n"
    ),
    {"title": "WARN", "published": None},
    url="https://sadaikocha.blogspot.com/",
)
# -- near miss: an article under its weekday day line, a reader's comment under a later weekday
# day line at the bottom (older first: no blog's posts).
PARK = "افتتاح بوستان بانوان در محله شهرک غرب"
case(
    "provincial-weekday-day-line-article-and-later-comment-neg",
    "text",
    f"{PARK}\nپنجشنبه ۱۶ آذر ۱۴۰۲\n\n"
    "بوستان ویژه بانوان محله شهرک غرب با زمین ورزش، مسیر پیاده روی و کتابخانه کوچک با حضور "
    "شهردار افتتاح شد و هر روز از هشت صبح تا هشت شب باز است.\n\n"
    "شهردار گفت دو بوستان دیگر تا پایان سال در محله های جنوبی ساخته می شود.\n\n"
    "دیدگاه ها\n\nدوشنبه ۲۰ آذر ۱۴۰۲\n\n"
    "جای این بوستان در محله ما خالی بود و از شهرداری برای ساخت آن سپاسگزاریم.\n",
    {"title": PARK + "!", "published": "2023-12-07"},
)

# == real61 and fix202 (2): a rhyming couplet over the text ===================================
# A provincial office's greeting: the headline, «بسمه تعالی», a three-word label (one past
# COUPLET_KICKER_WORDS), a couplet, the message.
NURSE = "روز پرستار بر همه پرستاران استان مبارک باد"
case(
    "provincial-couplet-under-three-word-label-pos",
    "text",
    f"{NURSE}\n\nبسمه تعالی\nپیام تبریک مدیرکل\n"
    "ای که شب تا سحر بیدار مانده\n"
    "بر سر بیمار ما غمخوار مانده\n"
    "           روز پرستار فرصتی است تا از همه پرستارانی که در سخت ترین روزها کنار "
    "بیماران ماندند و از خانواده خود گذشتند سپاسگزاری کنیم و زحمت آنان را ارج بنهیم.\n",
    {"title": (NURSE, "WARN")},
)
# -- near miss: a couplet quoted inside a blog post's body.
AUTUMN = "پاییز در باغ های شهر کوچک ما"
case(
    "blog-couplet-quoted-in-body-neg",
    "text",
    f"{AUTUMN}\n{DAY}\n\n"
    "امسال پاییز دیر آمد ولی وقتی آمد همه باغ های شهر را زرد و نارنجی کرد و مردم عصرها برای "
    "قدم زدن زیر درختان چنار به خیابان اصلی می آمدند.\n"
    "پدربزرگ هر سال این بیت را زیر لب می خواند:\n"
    "برگ ریزان است و باغ از رنگ ها سرشار شد\n"
    "هر درختی در خیابان شاعری بیدار شد\n"
    "ما هم امسال چند عکس از همین درختان گرفتیم و برای او فرستادیم تا ببیند باغ ها هنوز "
    "همان رنگ های کودکی اش را دارند.\n",
    {"title": AUTUMN + "!", "published": "2023-12-09"},
)

# == real61 (3): Joomla's icon labels run into the headline ===================================
# A village council's Joomla page in Arabic yeh and kaf: the labels «چاپ ایمیل» after the
# headline, the author line, the date line, the text.
COUNCIL = "نصب لوله جدید آب آشامیدنی در روستای کوهسار"
COUNCIL_BODY = (
    "دهیاری روستا با کمک اداره آب و فاضلاب روستایی لوله های فرسوده شبکه آب آشامیدنی را تعویض "
    "کرد و از این پس فشار آب خانه های بالادست روستا هم کافی خواهد بود.\n"
)
case(
    "village-joomla-two-icon-labels-yeh-kaf-pos",
    "text",
    yeh_kaf(
        f"{COUNCIL} چاپ ایمیل\n"
        "نوشته شده توسط دهیاری   \n"
        "شنبه, 18 آذر 1402 ساعت 10:20\n\n"
        f"{COUNCIL_BODY}"
    ),
    {"title": either(COUNCIL), "published": "2023-12-09"},
)
# -- near miss: a headline ending with one label's words («نسخه چاپی») of its own.
ENCYC = "رونمایی از نخستین نسخه چاپی دانشنامه استان"
case(
    "joomla-headline-ending-with-one-label-neg",
    "text",
    f"{ENCYC}\n"
    "نوشته شده توسط روابط عمومی   \n"
    "شنبه, 18 آذر 1402 ساعت 10:20\n\n"
    "نخستین نسخه چاپی دانشنامه استان در سه جلد با حضور نویسندگان و استاندار رونمایی شد و "
    "نسخه های آن به کتابخانه های عمومی استان فرستاده می شود.\n",
    {"title": ENCYC + "!", "published": "2023-12-09"},
)

# == real61 (4): a letter's «از:» / «به:» fields =============================================
# A union's circular saved as Markdown: bold field labels, no headline, the subject, the text.
SUBJECT = "برگزاری دوره آموزشی ایمنی کارگاه"
LETTER = (
    "**از:** انجمن صنفی پیمانکاران استان\n"
    "**به:** مدیران محترم شرکت های عضو\n"
    f"**موضوع:** {SUBJECT}\n\n"
    "با سلام\n\n"
    "احتراماً به آگاهی می رساند دوره آموزشی ایمنی کارگاه برای مسئولان ایمنی شرکت های عضو در "
    "روزهای پایانی آذر ماه در سالن انجمن برگزار می شود و شرکت ها تا پایان هفته نام نمایندگان "
    "خود را به دبیرخانه انجمن بفرستند.\n"
)
case(
    "union-markdown-bold-letter-fields-no-headline-pos",
    "text",
    LETTER,
    {"title": ("WARN", SUBJECT)},
)
# -- near miss: a ministry's notice whose headline stands above the letter's fields.
NOTICE = "ابلاغ دستورالعمل تازه ساعت کاری ادارات در زمستان"
case(
    "ministry-letter-headline-above-fields-neg",
    "text",
    f"{NOTICE}\n\n"
    "از : معاونت توسعه مدیریت و منابع\n"
    "به : همه ادارات کل استان ها\n"
    "با سلام\n"
    "احتراماً دستورالعمل تازه ساعت کاری ادارات در ماه های دی و بهمن پیوست این نامه ابلاغ می "
    "شود و ادارات کل موظف اند آن را از نخستین روز دی ماه به اجرا بگذارند.\n",
    {"title": NOTICE + "!"},
)

# == the lead's mends of _archiving_headline: the separators =================================
# A shop magazine's tag page as Markdown: «# آرشیو برچسب – NAME» (an en dash) over two teasers.
BLENDER = "مخلوط کن"
case(
    "shop-markdown-tag-label-en-dash-two-teasers-pos",
    "text",
    f"# آرشیو برچسب \u2013 {BLENDER}\n\n"
    "## راهنمای خرید مخلوط کن خانگی\n\n"
    "مخلوط کن خوب باید تیغه محکم و موتور پرقدرت داشته باشد و در این نوشته چهار مدل را با هم "
    "مقایسه کرده ایم و …\n\n[ادامه مطلب](https://shop.example.ir/mag/712)\n\n"
    "## چند نوشیدنی زمستانی با مخلوط کن\n\n"
    "در روزهای سرد زمستان می توان با مخلوط کن نوشیدنی های گرم و مقوی درست کرد و …\n\n"
    "[ادامه مطلب](https://shop.example.ir/mag/705)\n",
    {"title": (BLENDER, "WARN")},
)

# == fix194: the title's doubts from HTML hints ===============================================
# A Markdown post with front matter: its title there, the body opening with a sentence.
GARDEN = "کاشت پیاز گل لاله پیش از یخبندان"
case(
    "blog-markdown-front-matter-title-pos",
    "text",
    f"---\ntitle: {GARDEN}\ndate: 2023-12-09\n---\n\n"
    "پیاز گل لاله را باید پیش از یخ زدن خاک در عمق پانزده سانتی متری کاشت تا در بهار گل "
    "بدهد و در این نوشته روش آن را گام به گام گفته ایم.\n\n"
    "خاک باغچه را پیش از کاشت با کود دامی پوسیده مخلوط کنید.\n",
    {"title": GARDEN + "!", "published": "2023-12-09"},
)
# A blog's home page in HTML: several posts' own title headings (<h2 class='entry-title'>), no
# <h1>, each over its date and excerpt: a list.
case(
    "blog-html-three-entry-titles-no-h1-pos",
    "html",
    html(
        "<header><p class='site-title'>گچ و تخته</p></header>"
        + "".join(
            f"<article><h2 class='entry-title'><a href='/p/{n}'>{head}</a></h2>"
            f"<time>{day}</time><p>{text}</p></article>"
            for n, head, day, text in (
                (31, "موزه شهر", "۱۸ آذر ۱۴۰۲", P1),
                (30, "برگه های امتحان", "۱۶ آذر ۱۴۰۲", P2),
                (29, "کوه آخر هفته", "۱۴ آذر ۱۴۰۲", P3),
            )
        )
        + "<footer><p>نوشته شده با وردپرس</p></footer>"
    ),
    {"title": "WARN"},
    url="https://gachotakhte.example.ir/",
)
# -- near miss: a university's article in HTML, its <h1> headline over <h2> sub-headings.
LIBRARY = "کتابخانه مرکزی دانشگاه شبانه روزی شد"
case(
    "uni-html-h1-headline-with-h2-subheadings-neg",
    "html",
    html(
        f"<h1>{LIBRARY}</h1><div class='date'>{DAY}</div>"
        "<p>کتابخانه مرکزی دانشگاه از این هفته در روزهای امتحانات شبانه روز باز است و "
        "دانشجویان با کارت دانشجویی می توانند در همه ساعت ها از سالن های مطالعه استفاده کنند.</p>"
        "<h2>سالن های مطالعه</h2><p>سه سالن مطالعه با چهارصد صندلی برای دانشجویان آماده "
        "شده و سالن طبقه دوم ویژه دانشجویان تحصیلات تکمیلی است.</p>"
        "<h2>سرویس رفت و آمد</h2><p>اتوبوس دانشگاه تا نیمه شب هر ساعت یک بار دانشجویان را به "
        "خوابگاه ها می برد.</p>"
    ),
    {"title": LIBRARY + "!", "published": "2023-12-09"},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
