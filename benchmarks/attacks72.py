"""Seventy-second round of attacks: the rules merged last session that no attack round has tried.
fix229 (Markdown: a ``##``..``######`` heading anywhere, a bold run broken over at most three
lines), fix230 (an ``<h1>`` that is an institution's name alone over a headline-shaped line),
fix231 (IDs from the address: a sole ``pid=`` query field, Drupal's ``?q=node/N``, Joomla's
``/news-2/151-alias``, ``/dari/4701/slug``, a printed ``/99-174512``; a document's own date
label, ``تاریخ بخشنامه``, is no publication), fix232 (a day list's heading with any separator,
a dated lead with a writer's label, vBulletin's ``#1`` with its day alone), fix233 (a short
line over a bare tags label ``کلمات کلیدی :``), fix234 (Blogfa's ``/YYMM.aspx`` month archive,
``_title._field_run``) and real66 (a numeric date opening the headline's line bare,
``_date_opened_title``), each put into a whole page of a kind it was not made on (a news
agency, a ministry, a university, a provincial site, a blog, a forum, a shop magazine, an
Afghan Dari site; HTML ``<td>``/``<li>``/``<h1>``/``<h2>``/``<footer>``, Markdown; Arabic yeh
and kaf, Persian, Arabic-Indic and ASCII digits, ZWNJ present and missing, double-spaced
lines, CRLF), at the edges of its conditions, and two rules' shapes on one page. 33 inputs:
22 positives, 11 near misses (``-neg``), where the new rules must not fire.

No fix is made for this round (docs/reliability.md, "Attacks, seventy-second round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand (jdatetime): 9 Khordad 1402 = 2023-05-30 (a Tuesday);
18 Azar 1402 = 2023-12-09 (a Saturday); 11 Khordad 1400 = 2021-06-01; 24 Dey 1402 =
2024-01-14 (a Sunday); 10 Ordibehesht 1403 = 2024-04-29; 14 Bahman 1402 = 2024-02-03;
25 Farvardin 1403 = 2024-04-13.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks72.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one; «code»/«nocode» a warning code wanted or not wanted. The article sentences,
headlines and names are ours; each case names the page or test whose layout it follows.
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
    paras,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

DAY = "۱۸ آذر ۱۴۰۲"  # 2023-12-09, a Saturday
ROAD = "بهسازی جاده روستایی دره سبز تا پایان شهریور تمام می شود"
ROAD_BODY = (
    "اداره کل راهداری استان اعلام کرد که آسفالت دوازده کیلومتر از جاده روستایی دره سبز از "
    "این هفته آغاز شده و با کمک دهیاری ها تا پایان شهریور به پایان می رسد.\n\n"
    "مدیر این اداره گفت که در روزهای کار، رفت و آمد خودروهای سنگین در این مسیر فقط شب ها "
    "آزاد است و رانندگان باید از راه کناری استفاده کنند.\n"
)
GRANT = "پرداخت وام ودیعه مسکن به دانشجویان متاهل دانشگاه آغاز شد"
GRANT_BODY = (
    "اداره رفاه دانشجویی دانشگاه اعلام کرد که پرداخت وام ودیعه مسکن به دانشجویان متاهل "
    "از این هفته آغاز شده و مبلغ آن نسبت به سال گذشته بیشتر شده است.\n\n"
    "دانشجویان برای دریافت این وام باید اجاره نامه رسمی خود را در سامانه رفاه بارگذاری کنند "
    "و منتظر تایید کارشناس دانشکده بمانند.\n"
)
TEA = "راهنمای دم کردن چای سبز بدون تلخی"
TEA_BODY = (
    "چای سبز را نباید با آب جوش دم کرد؛ آب را پس از جوشیدن چند دقیقه کنار بگذارید تا کمی "
    "خنک شود و برگ ها را بیش از سه دقیقه در آب نگه ندارید.\n\n"
    "اگر چای تلخ شد دفعه بعد مقدار برگ را کمتر کنید یا زمان دم کشیدن را کوتاه تر کنید.\n"
)
DARI = "توزیع تخم اصلاح شده گندم برای دهاقین ولایت هرات"
DARI_BODY = (
    "ریاست زراعت ولایت هرات از توزیع پنجصد تن تخم اصلاح شده گندم برای دهاقین ولسوالی های "
    "این ولایت خبر داد و گفت این کار تا آغاز فصل کشت ادامه دارد.\n\n"
    "مسئولان این ریاست گفتند که هر دهقان به اندازه زمین خود تخم و کود کیمیاوی می گیرد.\n"
)
NOTICE = "تمدید مهلت ثبت نام آزمون استخدامی آموزش و پرورش"
NOTICE_BODY = (
    "مدیرکل آموزش و پرورش استان گفت که مهلت ثبت نام در آزمون استخدامی به درخواست "
    "داوطلبان تا پایان هفته آینده تمدید شد و کارت ورود به جلسه سه روز پیش از آزمون در "
    "پایگاه سازمان سنجش منتشر می شود.\n"
)


def page(*head: str, body: str) -> str:
    return "\n\n".join(head) + "\n\n" + body


# == fix231: the address's IDs ===================================================================
# A ministry's HTML news page, its address a portal page whose one query field is «pid».
case(
    "ministry-html-sole-pid-query-field-pos",
    "html",
    html(f"<h1>{ROAD}</h1><p>{DAY}</p>" + paras(ROAD_BODY)),
    {"title": ROAD, "number": "58213", "published": "2023-12-09"},
    url="https://www.rahdari-example.ir/NewsDetail.aspx?pid=58213",
)
# At SOLE_ID_MIN_DIGITS = 3 digits: a provincial site's «?pid=417».
case(
    "provincial-sole-pid-three-digits-threshold-pos",
    "text",
    page(ROAD, DAY, body=ROAD_BODY),
    {"title": ROAD, "number": "417", "published": "2023-12-09"},
    url="http://ostan-example.ir/index.aspx?pid=417",
)
# -- near miss: «pid» beside another field (a language's): no sure ID, no number.
case(
    "ministry-pid-with-language-field-neg",
    "text",
    page(ROAD, DAY, body=ROAD_BODY),
    {"title": ROAD, "number": None, "published": "2023-12-09"},
    url="https://www.rahdari-example.ir/NewsDetail.aspx?pid=58213&lang=fa",
)
# -- near miss: two digits, one short of SOLE_ID_MIN_DIGITS: a section's page, no number.
case(
    "provincial-sole-pid-two-digits-neg",
    "text",
    page(ROAD, DAY, body=ROAD_BODY),
    {"title": ROAD, "number": None, "published": "2023-12-09"},
    url="http://ostan-example.ir/index.aspx?pid=42",
)
# A university's Drupal page in Markdown, «?q=node/2045».
case(
    "uni-markdown-drupal-query-node-pos",
    "text",
    f"# {GRANT}\n\n{DAY}\n\n{GRANT_BODY}",
    {"title": GRANT, "number": "2045", "published": "2023-12-09"},
    url="http://refah-example.ac.ir/?q=node/2045",
)
# -- near miss: Drupal's taxonomy term «?q=taxonomy/term/12» names a list, no item.
case(
    "uni-drupal-query-taxonomy-term-neg",
    "text",
    page(GRANT, DAY, body=GRANT_BODY),
    {"title": GRANT, "number": None},
    url="http://refah-example.ac.ir/?q=taxonomy/term/12",
)
# An education office's Joomla page under a numbered menu alias «/akhbar-3/274-alias».
case(
    "education-joomla-numbered-menu-alias-item-pos",
    "text",
    page(NOTICE, DAY, body=NOTICE_BODY),
    {"title": NOTICE, "number": "274", "published": "2023-12-09"},
    url="http://amoozesh-example.ir/index.php/akhbar-3/274-tamdid-azmoon",
)
# An Afghan ministry's page in Arabic yeh and kaf, «/pashto/8812/<slug>» (a language's name).
case(
    "dari-yeh-kaf-item-after-language-name-pos",
    "text",
    yeh_kaf(page(DARI, "۲۵ حمل ۱۴۰۳", body=DARI_BODY)),
    {"title": (DARI, yeh_kaf(DARI)), "number": "8812", "published": "2024-04-13"},
    url="https://mail-example.gov.af/pashto/8812/tozi-tokhm-gandom",
)
# -- near miss: a year after the language «/dari/1402/<slug>»: no item's number.
case(
    "dari-year-after-language-neg",
    "text",
    page(DARI, "۲۵ حمل ۱۴۰۳", body=DARI_BODY),
    {"title": DARI, "number": None, "published": "2024-04-13"},
    url="https://mail-example.gov.af/dari/1402/tozi-tokhm-gandom",
)
# A tax office's circular page, the printed code «99-174512» the whole path, CRLF, the
# circular's own date under «تاریخ بخشنامه :» (the ravihesab.com layout of tests/pages 2228):
# the number, no publication with published-conflict.
CIRCULAR_TEXT = (
    "پیرو بخشنامه های پیشین درباره مهلت تسلیم اظهارنامه مالیاتی اشخاص حقوقی، به اطلاع "
    "ادارات کل امور مالیاتی می رساند که مهلت یاد شده برای شرکت های آسیب دیده از سیل یک ماه "
    "تمدید می شود و ادارات باید آن را به مودیان اعلام کنند.\n"
)
CIRCULAR = (
    "-\nوضعیت : معتبر است\n-\nتاریخ بخشنامه : ۱۴۰۰/۰۳/۱۱\n-\nشماره بخشنامه : 99-174512\n\n"
    f"موضوع: تمدید مهلت تسلیم اظهارنامه شرکت های سیل زده\n\n{CIRCULAR_TEXT}"
)
case(
    "tax-circular-crlf-printed-code-document-date-pos",
    "text",
    crlf(CIRCULAR),
    {"number": "99-174512", "published": None, "code": "published-conflict"},
    url="https://hesab-example.com/99-174512",
)
# The same circular in Arabic yeh and kaf and Arabic-Indic digits: «تاريخ بخشنامه : ١٤٠٠/٠٣/١١».
case(
    "tax-circular-yeh-kaf-arabic-indic-document-date-pos",
    "text",
    yeh_kaf(arabic_digits(CIRCULAR)),
    {"published": None, "code": "published-conflict"},
)
# A university's HTML letter, its own date in a <td> «تاریخ نامه : ۱۴۰۳/۰۲/۱۰»: a letter's date
# is the document's, not the page's publication.
case(
    "uni-html-td-letter-date-label-pos",
    "html",
    html(
        "<table><tr><td>شماره نامه : ۲۱۴/ص/۸۸</td><td>تاریخ نامه : ۱۴۰۳/۰۲/۱۰</td></tr></table>"
        f"<h2>{GRANT}</h2>" + paras(GRANT_BODY)
    ),
    {"title": GRANT, "published": None, "code": "published-conflict"},
)
# -- near miss: the page's own «تاریخ انتشار» beside the circular's date: the page's day kept.
case(
    "tax-circular-publication-label-beside-document-date-neg",
    "text",
    f"تاریخ انتشار : {DAY}\n\n" + CIRCULAR,
    {"published": "2023-12-09", "nocode": "published-conflict"},
)

# == fix232: vBulletin's «#1» with its day alone; a dated lead; a day list =======================
TOPIC = "تنظیم دمای آبگرمکن دیواری در زمستان"
CRUMB = "انجمن تاسیسات ساختمان > گرمایش"
POST = (
    "سلام، آبگرمکن دیواری خانه ما در روزهای سرد آب را به اندازه کافی گرم نمی کند و دمای آن "
    "هر چند دقیقه پایین می آید. آیا باید فشار گاز را بیشتر کرد یا ایراد از جای دیگری است؟\n"
)
# A forum's first post header in Persian, «قدیمی ۲۴ دی ۱۴۰۲   #۱», Persian digits: the
# thread's day; the topic under the poster's block is the title.
case(
    "forum-persian-first-post-status-day-alone-pos",
    "text",
    f"{CRUMB}\n\nقدیمی ۲۴ دی ۱۴۰۲   #۱\nmehdi_tasisat\nعضو جدید\n\n{TOPIC}\n\n{POST}",
    {"title": TOPIC, "published": "2024-01-14"},
)
# -- near miss: the same header numbered «#۲» (a reply's, on a later page): no date.
case(
    "forum-persian-reply-status-day-alone-neg",
    "text",
    f"{CRUMB}\n\nقدیمی ۲۴ دی ۱۴۰۲   #۲\nali_garma\nکاربر فعال\n\n{POST}",
    {"published": None},
)
# A university's day list, its heading in an HTML <h2> with an em dash, two posts under it.
case(
    "uni-html-h2-day-list-em-dash-two-posts-pos",
    "html",
    html(
        "<h2>اخبار روز — ۱۴۰۲/۰۹/۱۸</h2>"
        f"<h3>{GRANT}</h3><p>اداره رفاه دانشجویی پرداخت وام ودیعه را آغاز کرد...</p>"
        f"<h3>{NOTICE}</h3><p>مهلت ثبت نام آزمون استخدامی تمدید شد...</p>"
    ),
    {"title": "WARN"},
)
# A news agency's stopped headline over a question, the lead opening with the date's and the
# writer's labels, Arabic-Indic digits: the headline and the lead's day.
FARE = "کرایه تاکسی های درون شهری از اول فروردین پانزده درصد بالا می رود."
ASK = "آیا کرایه اتوبوس ها هم گران می شود؟"
FARE_LEAD = (
    "کرایه تاکسی های درون شهری از اول فروردین پانزده درصد بالا می رود و جدول تازه نرخ ها "
    "در همه ایستگاه ها نصب می شود."
)
case(
    "agency-dated-lead-writer-label-arabic-indic-pos",
    "text",
    arabic_digits(
        f"{FARE}\n{ASK}\n\nتاریخ: ۱۴ بهمن ۱۴۰۲ | نویسنده: مریم راد | {FARE_LEAD}\n\n"
        "درباره کرایه اتوبوس ها هنوز تصمیمی گرفته نشده است.\n"
    ),
    {"title": FARE, "published": "2024-02-03"},
)

# == fix233: a short line over a bare tags label ================================================
# A Blogsky post (no ZWNJ), the blog's name, the post's title, «کلمات کلیدی :» bare, the body.
case(
    "blog-no-zwnj-title-over-bare-keywords-label-pos",
    "text",
    no_zwnj(f"دفتر چای\n\nچای سبز بی تلخی\n\nکلمات کلیدی :\n\n{TEA_BODY}"),
    {"title": "چای سبز بی تلخی"},
    url="http://daftar-chai.blogsky.com/1402/09/18/post-31/",
)
# At POST_OVER_TAGS_WORDS = 6 words, double-spaced.
SIX = "چای سبز را چطور دم کنیم"
case(
    "blog-double-spaced-six-word-title-over-bare-keywords-pos",
    "text",
    double_spaced("دفتر چای", SIX, "کلمات کلیدی :", *TEA_BODY.strip().split("\n\n")),
    {"title": SIX},
)
# -- near miss: a shop magazine's headline and date over the body, its keywords filled in at
# the foot: the headline, never the tags line.
case(
    "shop-footer-keywords-filled-neg",
    "html",
    html(
        f"<h1>{TEA}</h1><p>{DAY}</p>"
        + paras(TEA_BODY)
        + "<footer>کلمات کلیدی : چای سبز، دمنوش</footer>"
    ),
    {"title": TEA + "!", "published": "2023-12-09"},
)

# == fix234: Blogfa's month archive; a run of fields ============================================
# A Blogfa month archive «/9912.aspx» (month 12, the edge), two posts: no number, no title.
TWO_POSTS = (
    f"دفتر چای\n\n{TEA}\n\n{TEA_BODY}\n+ نوشته شده در  سه شنبه ۹ خرداد ۱۴۰۲ساعت ۱۰:۲۰  توسط سارا\n\n"
    "دمنوش بابونه برای خواب\n\nبابونه را با آب جوش دم کنید و پیش از خواب بنوشید.\n"
    "+ نوشته شده در  شنبه ۶ خرداد ۱۴۰۲ساعت ۲۲:۰۵  توسط سارا\n"
)
case(
    "blogfa-month-archive-month-12-edge-pos",
    "text",
    TWO_POSTS,
    {"number": None, "title": "WARN"},
    url="http://daftarchai.blogfa.com/9912.aspx",
)
# -- near miss: «/9913.aspx», no month 13: the rule leaves it, a number as before.
case(
    "blogfa-month-13-not-archive-neg",
    "text",
    page(TEA, DAY, body=TEA_BODY),
    {"number": "9913"},
    url="http://daftarchai.blogfa.com/9913.aspx",
)
# A ministry's call for papers, three «LABEL: VALUE» lines (FIELD_RUN_MIN_LINES) over the text,
# no headline: no field line as the title.
FIELDS = (
    "مهلت ارسال مقاله: ۱۵ دی ۱۴۰۲",
    "تاریخ برگزاری: ۲۰ بهمن ۱۴۰۲",
    "محل برگزاری: تالار همایش های وزارت",
)
CALL = (
    "دبیرخانه همایش از پژوهشگران دعوت می کند مقاله های خود را درباره مدیریت منابع آب در "
    "شهرهای خشک تا پایان مهلت در سامانه همایش بارگذاری کنند و برای داوری منتظر بمانند.\n"
)
case(
    "ministry-call-three-field-lines-threshold-pos",
    "text",
    "\n".join(FIELDS) + f"\n\n{CALL}",
    {"title": "WARN"},
)
# Two field lines (one short of the run): no field line as the title either.
case(
    "ministry-call-two-field-lines-below-threshold-pos",
    "text",
    "\n".join(FIELDS[1:]) + f"\n\n{CALL}",
    {"title": "WARN"},
)

# == fix229: Markdown shapes =====================================================================
# A shop magazine in Markdown, a menu of links, the headline a «####» heading mid-page.
case(
    "shop-markdown-h4-headline-after-menu-pos",
    "text",
    "[خانه](/) | [چای](/tea) | [دمنوش](/herbal) | [تماس](/contact)\n\n"
    f"#### {TEA}\n\n{DAY}\n\n{TEA_BODY}",
    {"title": TEA, "published": "2023-12-09"},
)
# A provincial site's Markdown, its headline a bold run broken over three lines (the edge).
case(
    "provincial-markdown-bold-run-three-lines-pos",
    "text",
    f"**بهسازی جاده روستایی دره سبز  \nتا پایان شهریور  \nتمام می شود**\n\n{DAY}\n\n{ROAD_BODY}",
    {"title": ROAD, "published": "2023-12-09"},
)

# == fix230: an institution's name as <h1> ======================================================
# A medical university's HTML page in Arabic yeh and kaf, its name as <h1> over the item's <h2>.
case(
    "uni-html-h1-institution-yeh-kaf-over-h2-pos",
    "html",
    html(
        yeh_kaf(
            f"<h1>دانشگاه علوم پزشکی شیراز</h1><h2>{GRANT}</h2><p>{DAY}</p>" + paras(GRANT_BODY)
        )
    ),
    {"title": (GRANT, yeh_kaf(GRANT)), "published": "2023-12-09"},
)
# -- near miss: a ministry's «about» page, the institution's name as <h1> is its subject, only a
# one-word «تاریخچه» under it: the <h1>.
ABOUT = (
    "سازمان ملی استاندارد ایران در سال ۱۳۳۹ بنیان گذاشته شد و از آن زمان تدوین استانداردهای "
    "ملی کالاها و نظارت بر اجرای آن ها را بر عهده دارد.\n\n"
    "این سازمان در همه استان ها اداره کل دارد و آزمایشگاه های همکار را تایید می کند.\n"
)
case(
    "ministry-about-h1-institution-is-subject-neg",
    "html",
    html("<h1>سازمان ملی استاندارد ایران</h1><h3>تاریخچه</h3>" + paras(ABOUT)),
    {"title": "سازمان ملی استاندارد ایران"},
)

# == real66: a numeric date opening the headline's line ==========================================
# A provincial office's HTML <li> «1402/3/9 سه شنبه HEADLINE», the notice under it.
case(
    "provincial-html-li-date-weekday-opens-headline-pos",
    "html",
    html(f"<ul><li>1402/3/9 سه شنبه {NOTICE}</li></ul>" + paras(NOTICE_BODY)),
    {"title": NOTICE, "published": "2023-05-30"},
)
# Persian digits, the weekday with its ZWNJ, a headline of three words (the edge).
case(
    "education-persian-digits-zwnj-weekday-three-word-headline-pos",
    "text",
    f"۱۴۰۲/۰۳/۰۹ سه‌شنبه تعطیلی مدارس استان\n{NOTICE_BODY}",
    {"title": "تعطیلی مدارس استان", "published": "2023-05-30"},
)
# -- near miss: an article's related item at its foot opens with a numeric date: the article's
# own title and day.
case(
    "agency-related-item-date-opened-at-foot-neg",
    "text",
    page(ROAD, DAY, body=ROAD_BODY) + f"\nاخبار مرتبط\n\n1402/3/9 سه شنبه {NOTICE}\n",
    {"title": ROAD, "published": "2023-12-09"},
)
# -- near miss: an event's deadline line opening with its date under the headline: the
# headline, no publication.
case(
    "education-event-deadline-date-opened-line-neg",
    "text",
    f"{NOTICE}\n\n1402/10/20 آخرین مهلت بارگذاری مدارک داوطلبان\n\n{NOTICE_BODY}",
    {"title": NOTICE, "published": None},
)

# == two rules on one page =======================================================================
# real66's date-opened headline on a portal address with a sole «pid»: title, day, number.
case(
    "portal-sole-pid-date-opened-headline-two-rules-pos",
    "text",
    f"1402/3/9 سه شنبه {NOTICE}\n{NOTICE_BODY}",
    {"title": NOTICE, "published": "2023-05-30", "number": "30417"},
    url="http://amoozesh-example.ir/newindex.aspx?pid=30417",
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
