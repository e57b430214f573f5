"""Sixty-eighth round of attacks: the rules merged with no attack round yet, fix212 (a site's
home address read as a list's: ``http://HOST/``, ``/fa/``, the root's ``index.php`` /
``default.aspx``, no query; not a blog platform's root, ``_evidence.blog_platform_cut``, nor a
text printing one item's labelled ID, nor one undated item alone, ``HOME_ONE_ITEM_LINES``; the
chrome words «انتقال به محتوای اصلی» and «Toggle navigation»), fix213
(``_title.SENTENCE_OVER_QUESTION_BETWEEN``, ``STAMP_TITLE_WORDS``, ``_title._cut_echo``,
«(1394/08/05) HEADLINE», ``_reading._present_year``), fix214 (``_sources.edition_clock``,
``_lines._announces_object``, the verb endings «رساند» / «رسانید» / «درآورد»,
``_html._date_and_author_cells``, a read-more date on the page's one teaser line) and real63
(``_header._name_before_date``'s spaced semicolon, ``_title._byline_name_words``,
``_listing._next_label_alone``, ``_title._wrapped_sentence_piece``, ``_resolve._LENDS_TIME``,
``_candidates._url_number``'s ``/<module>/<N>/<name>``), each put into a whole page of a kind it
was not made on (a news agency, a ministry, a university, a provincial site, a blog, a forum, a
shop magazine, an Afghan Dari site; HTML ``<h1>``/``<h3>``/``<li>``/``<td>``/``<footer>``,
Markdown; Arabic yeh and kaf, Persian, Arabic-Indic and ASCII digits, ZWNJ missing,
double-spaced lines, CRLF), and at the edges of its conditions (a count at its threshold and
one past it, two rules' shapes on one page). 30 inputs: 21 positives, 9 near misses
(``-neg``), where the new rules must not fire.

No fix is made for this round (docs/reliability.md, "Attacks, sixty-eighth round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand (jdatetime): 18 Azar 1402 = 2023-12-09 (a Saturday);
5 Aban 1394 = 2015-10-27; 12 Mehr 1385 = 2006-10-04; 14 Saratan 1349 = 1970-07-05; 20 Farvardin
1403 = 2024-04-08. Clocks in December 2023: Tehran +03:30, Almaty +06:00.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks68.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one. The article sentences, headlines and names are ours; each case names the page or
test whose layout it follows.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    arabic_digits,
    collector,
    crlf,
    double_spaced,
    html,
    no_zwnj,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

DAY = "۱۸ آذر ۱۴۰۲"  # 2023-12-09, a Saturday

# == fix212: a site's home address is a list's address =========================================
# Three dated items of a ministry's front page (tests/test_fix212's bloghnews.com shape, with a
# date line under each headline).
FRONT_ITEMS = (
    ("برگزاری نشست هماهنگی طرح واکسیناسیون دام در ولایت بلخ", "۱۸ قوس ۱۴۰۲"),
    ("توزیع بذر اصلاح شده گندم میان کشاورزان ولایت هرات", "۱۷ قوس ۱۴۰۲"),
    ("آغاز کار ساخت کانال آبیاری در ولسوالی چاردره", "۱۶ قوس ۱۴۰۲"),
)
FRONT_TEXT = "وزارت زراعت، آبیاری و مالداری\nصفحه اصلی\nدرباره ما\nاخبار\nتماس با ما\n\n" + "".join(
    f"{head}\n{day}\nمسوولان این وزارت گفتند که کار این طرح با همکاری ریاست های ولایتی "
    "پیش می رود و تا پایان سال به پایان می رسد.\n\n"
    for head, day in FRONT_ITEMS
)
# An Afghan ministry's Dari front page at its language's root «/fa/», Arabic yeh and kaf.
case(
    "dari-ministry-fa-root-three-dated-items-yeh-kaf-pos",
    "text",
    yeh_kaf(FRONT_TEXT),
    {"title": "WARN", "published": None},
    url="https://www.mail-example.gov.af/fa/",
)
# A university's front page as HTML at «default.aspx»: the featured item's <h1>, two <li> items.
UNI_HEAD = "برگزاری همایش ملی آموزش مهندسی در دانشگاه"
case(
    "uni-html-default-aspx-h1-featured-li-items-pos",
    "html",
    html(
        "<p>انتقال به محتوای اصلی</p><ul><li>خانه</li><li>دانشکده ها</li><li>پژوهش</li></ul>"
        f"<h1>{UNI_HEAD}</h1><p>{DAY}</p><p>همایش ملی آموزش مهندسی با حضور استادان بیست "
        "دانشگاه در تالار اصلی برگزار شد و تا فردا ادامه دارد.</p>"
        "<ul><li><a href='/Default.aspx?tabid=55&amp;ArticleID=711'>آغاز ثبت نام خوابگاه "
        "نیمسال دوم</a> ۱۷ آذر ۱۴۰۲</li><li><a href='/Default.aspx?tabid=55&amp;ArticleID=710'>"
        "برنامه امتحانات پایان ترم اعلام شد</a> ۱۶ آذر ۱۴۰۲</li></ul>"
    ),
    {"title": "WARN", "published": None},
    url="https://www.uni-example.ac.ir/default.aspx",
)
# A one-article site (a village's council notice, the whole site one page) at «/index.php»:
# one headline, its date, three paragraphs in full. It is an article: its title and day.
COUNCIL = "اطلاعیه شورای اسلامی روستای کلاته درباره آب شرب"
COUNCIL_BODY = (
    "به اطلاع اهالی محترم می رساند که به علت تعمیر خط انتقال، آب شرب روستا از ساعت هشت صبح "
    "تا چهار بعدازظهر روز یکشنبه قطع خواهد بود.\n\n"
    "از اهالی خواهشمند است پیش از این ساعت آب مورد نیاز خود را ذخیره کنند و از مصرف بی رویه "
    "بپرهیزند.\n\n"
    "شورای روستا از صبر و همراهی همه اهالی سپاسگزار است.\n"
)
case(
    "village-one-article-site-index-php-dated-notice-pos",
    "text",
    f"{COUNCIL}\n{DAY}\n\n{COUNCIL_BODY}",
    {"title": COUNCIL, "published": "2023-12-09"},
    url="http://kalateh-village.ir/index.php",
)
# -- near miss: a personal blog on its own domain, root address, one dated post in full.
BLOG_POST = "سفر زمستانی به ماسوله"
BLOG_BODY = (
    "صبح زود از رشت راه افتادیم و پیش از ظهر به ماسوله رسیدیم؛ برف پله های روستا را پوشانده "
    "بود و بوی هیزم از خانه ها بلند می شد.\n\n"
    "شب را در خانه ای قدیمی ماندیم و صاحبخانه برایمان از زمستان های سخت سال های دور گفت.\n\n"
    "فردا صبح پیش از آنکه جاده یخ بزند برگشتیم.\n"
)
case(
    "blog-own-domain-root-one-dated-post-in-full-neg",
    "text",
    f"یادداشت های سارا\nسفرنامه ها و عکس ها\n\n{BLOG_POST}\n{DAY}\n\n{BLOG_BODY}",
    {"title": BLOG_POST, "published": "2023-12-09"},
    url="https://sara-notes.ir/",
)
# -- near miss: WordPress's «/?p=123» is a query naming a post, no home address.
case(
    "wordpress-query-p-post-neg",
    "text",
    f"یادداشت های سارا\n\n{BLOG_POST}\n{DAY}\n\n{BLOG_BODY}",
    {"title": BLOG_POST, "published": "2023-12-09"},
    url="https://sara-notes.ir/?p=123",
)
# -- near miss: a blog platform's root (blogsky, not the blogfa of fix212) with one post.
case(
    "blogsky-root-one-post-neg",
    "text",
    f"یادداشت های سارا\n\n{BLOG_POST}\n{DAY}\n\n{BLOG_BODY}",
    {"title": BLOG_POST, "published": "2023-12-09"},
    url="http://saranotes.blogsky.com/",
)
# -- near miss: an agency's item printing its labelled ID in Arabic-Indic digits at the root.
AGENCY = "افتتاح دو مدرسه تازه در روستاهای شهرستان سراوان با کمک خیرین"
AGENCY_BODY = (
    "دو مدرسه تازه با دوازده کلاس درس در روستاهای شهرستان سراوان با کمک خیرین مدرسه ساز "
    "افتتاح شد.\n\nمدیر آموزش و پرورش شهرستان گفت ساخت سه مدرسه دیگر هم آغاز شده است.\n"
)
case(
    "agency-root-labelled-id-arabic-indic-neg",
    "text",
    f"{AGENCY}\nکد خبر : {arabic_digits('52817')}\n{DAY}\n\n{AGENCY_BODY}",
    {"title": AGENCY, "number": "52817", "published": "2023-12-09"},
    url="https://www.saravan-news.ir/",
)
# «Toggle navigation» at the top of a provincial site's item, double-spaced lines.
case(
    "provincial-toggle-navigation-double-spaced-pos",
    "text",
    double_spaced(
        "Toggle navigation",
        AGENCY,
        DAY,
        AGENCY_BODY.split("\n\n", maxsplit=1)[0],
        AGENCY_BODY.split("\n\n")[1].strip(),
    ),
    {"title": AGENCY + "!", "published": "2023-12-09"},
    url="https://www.saravan-news.ir/fa/news/52817/",
)
# Two rules on one page: a home address over one teaser line with a read-more date (fix214 (6)
# read the date on a page's one teaser line; a home page's teaser is still a list's).
TEASER = "شیوه نامه تازه ثبت نام دانشجویان مهمان منتشر شد"
case(
    "home-root-one-teaser-read-more-date-pos",
    "text",
    f"دانشگاه نمونه\nخانه\nاخبار\n\n{TEASER} ادامه مطلب » {DAY}\n",
    {"title": "WARN", "published": None},
    url="https://www.uni-sample.ac.ir/",
)

# == fix213 ====================================================================================
# «(1394/08/05) HEADLINE» in a provincial site's <li>, Persian digits.
PARK = "بازگشایی پارک جنگلی شهر پس از مرمت"
PARK_BODY = (
    "<p>پارک جنگلی شهر پس از شش ماه مرمت با مسیرهای تازه پیاده روی و روشنایی نو دوباره به "
    "روی مردم باز شد.</p><p>شهرداری می گوید ساعت کار پارک در زمستان تا هشت شب است.</p>"
)
case(
    "provincial-html-li-parenthesised-stamp-headline-pos",
    "html",
    html(f"<ul><li>اخبار</li><li>(۱۳۹۴/۰۸/۰۵) {PARK}</li></ul>{PARK_BODY}"),
    {"title": PARK, "published": "2015-10-27"},
)
# A two-word headline after a bracketed Jalali stamp (STAMP_TITLE_WORDS at its bound), CRLF.
case(
    "forum-bracketed-jalali-stamp-two-word-headline-crlf-pos",
    "text",
    crlf(
        "انجمن برنامه نویسان\n[۱۴۰۲/۰۹/۱۸ - ۱۰:۲۰]نصب پایتون\n"
        "برای نصب پایتون روی ویندوز ابتدا نسخه تازه را از سایت رسمی بگیرید و هنگام نصب گزینه "
        "افزودن به مسیر را بزنید.\n"
    ),
    {"title": "نصب پایتون", "published": "2023-12-09T10:20:00+03:30"},
)
# A two-digit year on an old page: «۱۲ مهر ۸۵» in a forum post whose footer prints 1385.
case(
    "forum-two-digit-year-old-page-pos",
    "text",
    "مشکل در اتصال به اینترنت با مودم\nارسال شده در ۱۲ مهر ۸۵\n\n"
    "سلام، از دیروز مودم من وصل می شود ولی هیچ صفحه ای باز نمی شود؛ چراغ ها همه روشن است "
    "و با شرکت هم تماس گرفتم ولی جوابی نگرفتم.\n\nکلیه حقوق برای انجمن محفوظ است ۱۳۸۵\n",
    {"title": "مشکل در اتصال به اینترنت با مودم", "published": "2006-10-04"},
)
# A Dari magazine's archive: «۱۴ سرطان ۴۹», Arabic-Indic digits, no other year: 1349.
case(
    "dari-magazine-two-digit-year-arabic-indic-pos",
    "text",
    arabic_digits(
        "مجله ژوندون\nنشر شده ۱۴ سرطان ۴۹\n\nگزارشی از بازار میوه کابل\n\n"
        "در روزهای گرم سرطان بازار میوه کابل پر از انگور و خربوزه شمالی است و دهقانان از "
        "صبح زود بار خود را به شهر می آورند.\n"
    ),
    {"published": "1970-07-05"},
)
# «A : A-cut» in a shop magazine's Markdown heading: the copy cut short is dropped.
SHOES = "راهنمای خرید کفش کوهنوردی"
case(
    "shop-markdown-heading-cut-echo-pos",
    "text",
    f"# {SHOES} : راهنمای خرید کفش کوهنو\n\n{DAY}\n\n"
    "کفش کوهنوردی باید ساق بلند داشته باشد و زیره آن روی سنگ خیس نلغزد؛ پیش از خرید آن را با "
    "جوراب ضخیم امتحان کنید.\n",
    {"title": SHOES, "published": "2023-12-09"},
)
# A stopped site motto over its date line and a byline (two lines: the bound) over a
# question headline: the question, or a doubted title.
QUESTION = "چرا قیمت کتاب در یک سال دو برابر شد؟"
Q_LEAD = (
    "قیمت کتاب در یک سال دو برابر شد چون بهای کاغذ و هزینه چاپ بالا رفته و ناشران شمارگان "
    "را کم کرده اند.\n\nبسیاری از خوانندگان اکنون کتاب دست دوم می خرند.\n"
)
case(
    "magazine-stopped-motto-date-byline-over-question-pos",
    "text",
    f"کتاب، دریچه ای به جهان.\n{DAY}\nنوشته مریم کاظمی\n\n{QUESTION}\n\n{Q_LEAD}",
    {"title": (QUESTION, "WARN"), "published": "2023-12-09"},
)

# == fix214 ====================================================================================
# A Jalali stamp on a Persian service under the «kz.» label, in HTML: Tehran's clock.
NEWS = "نمایشگاه کتاب تهران در مصلی برگزار می شود"
case(
    "persian-service-kz-html-jalali-stamp-tehran-pos",
    "html",
    html(
        f"<h1>{NEWS}</h1><p>۱۴۰۲/۰۹/۱۸ - ۱۰:۲۰</p><p>نمایشگاه کتاب امسال با حضور ناشران "
        "داخلی و خارجی در مصلی برگزار می شود و تا ده روز ادامه دارد.</p>"
    ),
    {"title": NEWS, "published": "2023-12-09T10:20:00+03:30"},
    url="https://kz.iranculture.example/fa/news/1235",
)
# -- near miss: the Kazakh edition's own Gregorian stamp (fix214 left the editions' Gregorian
# stamps alone; attacks67 tried ge, md and by, not kz): Almaty's clock, read day first.
case(
    "ru-kz-edition-gregorian-update-almaty-neg",
    "text",
    "В Алматы открылась новая детская библиотека\n\n(обновлено 16:45 05.12.2023)\n\n"
    "АЛМАТЫ, 4 дек - Sputnik. В центре города открылась библиотека для детей и подростков, "
    "где можно бесплатно брать книги и заниматься в читальном зале.\n\n"
    "Библиотека будет работать шесть дней в неделю.\n",
    {"published": "2023-12-04", "updated": "2023-12-05T16:45:00+06:00"},
    url="https://kz.sputniknews.ru/society/20231204/1040555126/biblioteka.html",
)
# «... را اعلام کرد.» over a question subtitle in a ministry's HTML <h1>/<h3>.
ANNOUNCE = "سازمان سنجش زمان برگزاری کنکور سراسری سال آینده را اعلام کرد."
case(
    "ministry-html-announces-object-over-h3-question-pos",
    "html",
    html(
        f"<h1>{ANNOUNCE}</h1><h3>آیا کنکور دو نوبته می شود؟</h3><p>{DAY}</p>"
        "<p>سازمان سنجش اعلام کرد کنکور سراسری سال آینده در اردیبهشت برگزار می شود و ثبت نام "
        "آن از بهمن آغاز خواهد شد.</p><p>درباره دو نوبته شدن کنکور هنوز تصمیمی گرفته نشده است."
        "</p>"
    ),
    {"title": ANNOUNCE, "published": "2023-12-09"},
)
# «... درآورد.» (a verb ending of fix214) over a question subtitle, as text, ZWNJ missing.
GOAL = "تیم فوتبال نوجوانان استان عنوان قهرمانی کشور را به دست آورد و جام را به اهتزاز درآورد."
case(
    "provincial-daravard-stopped-headline-question-no-zwnj-pos",
    "text",
    no_zwnj(
        f"{GOAL}\nآیا بازیکنان به تیم ملی دعوت می‌شوند؟\n{DAY}\n\n"
        "تیم فوتبال نوجوانان استان در دیدار پایانی مسابقات کشوری حریف خود را شکست داد و "
        "قهرمان شد.\n\nسرمربی تیم گفت چند بازیکن به اردوی تیم ملی دعوت شده‌اند.\n"
    ),
    {"title": (no_zwnj(GOAL) + "!", GOAL + "!"), "published": "2023-12-09"},
)
# A forum's post: the signature row «[ DAY ] [ نویسنده: NAME ]» in a <td>, not a <footer>.
FORUM_HEAD = "راهنمای تنظیم مودم برای اینترنت خانگی"
FORUM_P = (
    "<p>برای تنظیم مودم ابتدا نشانی صفحه مدیریت آن را در مرورگر باز کنید و نام کاربری و رمز "
    "پیش فرض را وارد کنید.</p><p>سپس نوع اتصال و نام کاربری سرویس خود را بنویسید و ذخیره کنید."
    "</p>"
)
case(
    "forum-html-td-day-author-cells-pos",
    "html",
    html(
        f"<h1>{FORUM_HEAD}</h1>{FORUM_P}"
        "<table><tr><td>[ دوشنبه ۲۰ فروردین ۱۴۰۳ ]</td><td>[ نویسنده: مدیر ]</td></tr></table>"
    ),
    {"title": FORUM_HEAD, "published": "2024-04-08"},
)
# -- near miss: a <footer> row of a comment's day and its writer under a post with its own date.
case(
    "blog-html-footer-comment-row-under-dated-post-neg",
    "html",
    html(
        f"<h1>{FORUM_HEAD}</h1><p>{DAY}</p>{FORUM_P}<h3>نظرات</h3><p>ممنون، مشکلم حل شد.</p>"
        "<footer><p>[ دوشنبه ۲۰ فروردین ۱۴۰۳ ] [ نویسنده نظر: رضا ]</p></footer>"
    ),
    {"title": FORUM_HEAD, "published": "2023-12-09"},
)
# -- near miss: a paged category address over one teaser with a read-more date: a list's page.
case(
    "uni-paged-category-one-teaser-read-more-neg",
    "text",
    f"{TEASER} ادامه مطلب » ۵ مهر ۱۳۹۵\n",
    {"title": "WARN", "published": None},
    url="https://uni.example.ir/category/news/page/2/",
)

# == real63 ====================================================================================
# A forum post's footer «نویسنده : NAME ; ساعت ... DATE», Arabic yeh and kaf, ASCII clock.
FORUM_TEXT = (
    "مشکل در اتصال به اینترنت با مودم\n\n"
    "سلام، از دیروز مودم من وصل می شود ولی هیچ صفحه ای باز نمی شود؛ چراغ ها همه روشن است "
    "و با شرکت هم تماس گرفتم ولی جوابی نگرفتم.\n\n"
    "اگر کسی راهی می داند لطفا بنویسد، کار من به اینترنت بسته است.\n\n"
)
case(
    "forum-semicolon-author-date-yeh-kaf-pos",
    "text",
    yeh_kaf(FORUM_TEXT + "نویسنده : کاظم ; ساعت 10:20 ق.ظ روز شنبه ۱۸ آذر ۱۴۰۲\n"),
    {"published": "2023-12-09T10:20:00+03:30"},
)
# A news agency's untitled item opening with «نوشته شده توسط : NAME» (three words), Markdown.
case(
    "agency-markdown-bold-byline-no-headline-pos",
    "text",
    f"**نوشته شده توسط :** علی رضا کاظمی\n\n{DAY}\n\n{AGENCY_BODY}",
    {"title": "WARN", "nottitle": "علی رضا کاظمی", "published": "2023-12-09"},
)
# A shop's product record as an HTML table: «عنوان :» «کاتالوگ» over «توضیحات :».
case(
    "shop-html-td-one-word-title-over-next-label-pos",
    "html",
    html(
        "<table><tr><td>عنوان :</td><td>کاتالوگ</td></tr><tr><td>توضیحات :</td><td></td></tr>"
        "</table><p>کاتالوگ دفترچه ای است که محصولات یک شرکت را با عکس و مشخصات فنی معرفی "
        "می کند و معمولا چند صفحه دارد.</p><p>کاتالوگ را می توان چاپی یا دیجیتال تهیه کرد.</p>"
    ),
    {"title": "کاتالوگ"},
)
# A Dari university's item: a wrapped paragraph ending «طی» on its first line, CRLF.
case(
    "dari-uni-wrapped-sentence-piece-crlf-pos",
    "text",
    crlf(
        "پوهنځی\nانجنیری پوهنتون کابل، روز دوشنبه همزمان با روز معلم طی\n"
        "محفلی از زحمات استادان متقاعد این پوهنځی قدردانی کرد و تقدیرنامه به آنان داد.\n"
        "در این محفل رئیس پوهنځی و شماری از محصلان نیز حضور داشتند.\n"
    ),
    {"title": "WARN"},
)
# A footer's time lent to the unlabelled day under the headline, Arabic-Indic digits.
LIB = "افتتاح سالن مطالعه شبانه روزی در کتابخانه مرکزی"
LIB_BODY = (
    "سالن مطالعه شبانه روزی کتابخانه مرکزی با ظرفیت دویست نفر آماده پذیرش دانشجویان شد.\n"
    "کار بازسازی ساختمان قدیمی کتابخانه در ماه گذشته به پایان رسید و از این پس سالن های "
    "مطالعه در طبقه همکف دایر است.\n\n\n"
)
case(
    "uni-footer-lends-time-arabic-indic-pos",
    "text",
    arabic_digits(
        f"اطلاعیه\n\n{LIB}\n\n۱۴۰۲/۰۹/۱۸\n\n\n{LIB_BODY}۱۴۰۲/۰۹/۱۸ - ۰۹:۳۰\n۲۱۴ بازدید\n"
    ),
    {"title": LIB, "published": "2023-12-09T09:30:00+03:30"},
)
# -- near miss: the stamp under the text is a related item's (its headline over it), same day.
case(
    "agency-related-item-stamp-same-day-no-lent-time-neg",
    "text",
    f"{LIB}\n\n۱۴۰۲/۰۹/۱۸\n\n\n{LIB_BODY}اخبار مرتبط\n\n"
    "برگزاری نمایشگاه کتاب در دانشکده ادبیات\n۱۴۰۲/۰۹/۱۸ - ۱۷:۴۰\n",
    {"title": LIB, "published": "2023-12-09", "notminute": 40},
)
# A ministry's «/fa/circular/512/<name>» whose heading spells the slug with ZWNJ and a bracket.
CIRC = "بخشنامه ساعت کاری ادارات (نیمه دوم سال)"
case(
    "ministry-module-number-name-url-pos",
    "text",
    f"بخشنامه ها\n\n{CIRC}\n\n{DAY}\n\n"
    "ساعت کاری ادارات دولتی در نیمه دوم سال از هفت و نیم صبح تا دو و نیم بعدازظهر است و "
    "ادارات خدمات رسان تا چهار بعدازظهر باز می مانند.\n",
    {"title": CIRC, "number": "512", "published": "2023-12-09"},
    url="https://www.mimt-example.gov.ir/fa/circular/512/بخشنامه-ساعت-کاری-ادارات-نیمه-دوم-سال",
)
# -- near miss: «/gallery/12/photos», a slug no line spells: no number.
case(
    "uni-gallery-module-number-unspelled-slug-neg",
    "text",
    f"{LIB}\n\n{DAY}\n\n{LIB_BODY}",
    {"title": LIB, "number": None, "published": "2023-12-09"},
    url="https://www.uni-example.ac.ir/gallery/12/photos",
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
