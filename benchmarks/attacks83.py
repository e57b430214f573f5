"""Eighty-third round of attacks: the rules merged last session that attack82 did not attack
(b29a997e..b749c6e3): fix294 (a post footer glued after the body's last sentence,
``_lines._glued_footer_cut`` and its first-word gate of 781aee3e; the twin of a name refused
under an ad's label, ``_title._ad_name_twin``; a one-item list's name sharing no word with its
item doubted, ``_listing._name_unshared``; a teaser of two lines, the last cut,
``_listing._cut_teaser_end``), fix296 (a labelled address is no print view's own,
``_candidates._print_view_address``; ``_lines._GAPPED_TEXT_OPENINGS``), fix297 (the Levantine
month names without the article in a pair; North America's ``ET``/``CT``/``MT``/``PT`` after a
time left unread), fix298 (a kicker ending «؛» over a headline names no column,
``_listing._collection_above``; a short line the first item's lead credits is the site's
name, ``_listing._credited_below``; a headline printed twice in two digit forms,
``_title.digit_twin_title``), fix299 (teasers each under the same kicker,
``_listing._kicker_teasers``; a bar-less menu opening with a site page's link,
``_header._glued_menu``; a views label with no colon, ``_header.COUNTER_LINE``; a short
browser notice, ``_header.is_browser_notice``), fix300 (a glued breadcrumb's cut doubted,
``_title._glued_crumb_runs_on``) and the lead's b749c6e3 (``_sources._headline_alias``), in
pages of other kinds and at the edges of their conditions, with near misses (``-neg``) that
must keep their record, and two rules on one page.

No fix is made for this round (docs/reliability.md, "Attacks, eighty-third round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand: 18 Azar 1402 = 2023-12-09, a Saturday (Tehran +03:30, no
summer time from 1402 on); 25 Azar 1402 = 2023-12-16; «٩ كانون الأول/ديسمبر ٢٠٢٣» =
2023-12-09 (كانون الأول is December in the Levantine names).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks83.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. "WARN" means no title or a doubted one; a title ending «!» that title with no
doubt; a tuple any of its values; a «published» value with an offset the same instant, a bare
day that day. The article sentences, headlines and names are ours.
"""

from __future__ import annotations

from urllib.parse import quote

from attack_runner import DATE_ROUND_PREFIXES, collector, run, yeh_kaf
from attacks47 import check47

cases, case = collector()

TEH = "2023-12-09T10:20:00+03:30"
DAY = "2023-12-09"
DATE_LINE = "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰"
HEAD = "برداشت زعفران در مزارع شهرستان قاین آغاز شد"
LEAD = (
    "به گزارش خبرنگار ما، کشاورزان روستاهای شهرستان از سحر امروز گل های زعفران را از مزرعه "
    "چیدند و در خانه ها کلاله های سرخ آن را از گلبرگ ها جدا کردند."
)
MORE = (
    "مدیر جهاد کشاورزی شهرستان گفت که برداشت امسال به سبب باران های پاییزی بیشتر از سال "
    "گذشته است و خریداران از هفته آینده به روستاها می آیند."
)
BODY = f"{LEAD}\n\n{MORE}\n"
HOST = "https://qaen-example.ir"


def page(*head: str, body: str = BODY) -> str:
    return "\n\n".join(head) + "\n\n" + body


# A blog post printing its title, two paragraphs and its footer (the footer glued or not).
POST = "صبح زعفران چینی"
POST_ONE = (
    "امروز پیش از طلوع آفتاب با مادربزرگ به مزرعه رفتیم و تا ظهر سه سبد پر از گل های بنفش "
    "چیدیم و دست هایمان از سرما سرخ شده بود."
)
POST_TWO = (
    "بعد از ناهار همه دور سفره نشستیم و کلاله ها را یکی یکی از گل ها جدا کردیم و مادربزرگ "
    "از سال هایی گفت که زعفران را با الاغ به بازار شهر می بردند"
)
FOOTER = "نوشته شده در شنبه ۱۸ آذر ۱۴۰۲ ساعت ۱۰:۲۰ توسط مریم"


def post(end: str, footer: str) -> str:
    """The post, its last sentence closed by ``end`` and the footer glued right after it."""
    return f"{POST}\n\n{POST_ONE}\n\n{POST_TWO}{end}{footer}\n"


# == fix294: a footer glued after the body's last sentence =======================================
# After a question mark (the pattern's «؟»): the footer's day and minute.
case(
    "glued-footer-after-question-mark-pos",
    "text",
    post(" مگر می شود این روزها را فراموش کرد؟", FOOTER),
    {"title": POST, "published": TEH},
)
# The label stretched with a kashida, as some Blogfa templates print it: the same footer.
case(
    "glued-footer-kashida-label-pos",
    "text",
    post(".", FOOTER.replace("نوشته", "نوشـته")),
    {"title": POST, "published": TEH},
)
# The label's words joined by a ZWNJ («نوشته‌شده در»): the same footer.
case(
    "glued-footer-zwnj-label-pos",
    "text",
    post(".", FOOTER.replace("نوشته شده", "نوشته\u200cشده")),
    {"title": POST, "published": TEH},
)
# The last sentence closed by the one-character ellipsis «…»: the same footer.
case(
    "glued-footer-after-ellipsis-character-pos",
    "text",
    post("…", FOOTER),
    {"title": POST, "published": TEH},
)
SHOP_HEAD = "زعفران سرگل قاین در بسته یک مثقالی"
SHOP_TEXT = (
    "این زعفران از برداشت امسال مزارع قاین است و در بسته های یک مثقالی با برچسب تاریخ "
    "بسته بندی عرضه می شود و برای خرید آن سفارش خود را در همین صفحه ثبت کنید."
)
# -- near miss: a shop's item under its own date line; the body's last sentence is followed,
# glued, by when the order is sent and by whom (the post office): the page's own day.
case(
    "shop-shipping-day-glued-by-post-office-neg",
    "text",
    page(
        SHOP_HEAD,
        DATE_LINE,
        body=f"{SHOP_TEXT}ارسال در تاریخ ۲۵ آذر ۱۴۰۲ توسط پست پیشتاز\n\n{MORE}\n",
    ),
    {"title": SHOP_HEAD, "published": TEH},
)
# -- near miss: a festival's call in the body, «... باز است.ارسال در تاریخ ... انجام می شود.»
# (the sentence goes on after the date): the page's own day.
case(
    "festival-call-glued-label-sentence-goes-on-neg",
    "text",
    page(
        HEAD,
        DATE_LINE,
        body=(
            f"{LEAD}\n\nثبت نام کشاورزان در جشنواره زعفران قاین تا پایان هفته باز است.ارسال "
            "در تاریخ ۲۵ آذر ۱۴۰۲ توسط دبیرخانه جشنواره به همه روستاها انجام می شود.\n"
        ),
    ),
    {"title": HEAD, "published": TEH},
)

# == fix294: the twin of a name refused under an ad's label =======================================
POST_BODY = f"{POST_ONE}\n\n{POST_TWO}.\n\n{FOOTER}\n"
# A blog's name of four words printed twice under «تبلیغات», the post printing no title: none.
case(
    "ad-label-four-word-name-twice-untitled-post-pos",
    "text",
    f"تبلیغات\nوبلاگ آوای شهر قاین\nوبلاگ آوای شهر قاین\n\n{POST_BODY}",
    {"title": None, "published": TEH},
)
# The same page in Arabic yeh and kaf, a two-word name: none.
case(
    "ad-label-name-twice-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"تبلیغات\nآوای قاین\nآوای قاین\n\n{POST_BODY}"),
    {"title": None, "published": TEH},
)

# == fix294: a one-item list's name; a teaser of two lines ========================================
# -- near miss: a tag page printing its tag «کشاورزی» over its one item, the item's headline
# and cut teaser not holding the word: the tag's name, no doubt (tests/pages 524, 864 kind).
case(
    "one-item-tag-name-not-in-its-item-neg",
    "text",
    f"کشاورزی\n\n{HEAD}\n{DATE_LINE}\n{LEAD[:90]} …\nادامه مطلب\n",
    {"title": "کشاورزی!"},
)
# -- near miss: an article (no list) whose second paragraph line, no blank line between,
# ends with a writer's «...»: the headline, sure, and the date line's minute.
case(
    "article-two-lines-last-ending-dots-no-list-neg",
    "text",
    f"{HEAD}\n{DATE_LINE}\n\n{LEAD}\n{MORE[:-1]} و شاید هم زودتر...\n\nپایان گزارش.\n",
    {"title": HEAD + "!", "published": TEH},
)

# == fix296: a labelled address; the gapped text's openings ========================================
# A print view printing its own address under «لینک خبر:» over «چاپ بستن»: the item's ID in it.
case(
    "print-view-own-address-under-link-label-pos",
    "text",
    (
        f"{HEAD}\n{DATE_LINE}\n\n{LEAD}\n\n{MORE}\n\nلینک خبر:\n"
        f"{HOST}/fa/News/7143/zafaran-qaen\nچاپ بستن\n"
    ),
    {"title": HEAD, "number": "7143"},
)
QUOTED = (
    "«امسال باران های پاییزی به موقع بارید و برداشت زعفران در روستاهای ما بیشتر از سال گذشته است.»"
)
# The date, a wide gap and a farmer's words quoted whole in guillemets: the date line's minute.
case(
    "gapped-date-guillemet-quoted-text-pos",
    "text",
    f"{HEAD}\n\n{DATE_LINE}     {QUOTED}\n\n{MORE}\n",
    {"title": HEAD, "published": TEH},
)

# == fix297: Levantine month names; North America's zones ==========================================
AR_HEAD = "بدء موسم قطف الزعفران في قرى قاين"
AR_BODY = (
    "بدأ المزارعون في قرى قاين صباح اليوم قطف أزهار الزعفران من الحقول وقالوا إن المحصول هذا "
    "العام أكبر من العام الماضي بسبب أمطار الخريف.\n\nوقال مدير الزراعة إن المشترين سيصلون "
    "إلى القرى الأسبوع المقبل.\n"
)
# The Levantine name without the article, the Egyptian one in brackets after it: the day.
case(
    "levantine-month-no-article-bracketed-egyptian-pos",
    "text",
    f"{AR_HEAD}\n\n٩ كانون أول (ديسمبر) ٢٠٢٣\n\n{AR_BODY}",
    {"title": AR_HEAD, "published": DAY},
)
# The pair the other way round, the Egyptian name first: the day.
case(
    "levantine-pair-egyptian-first-no-article-pos",
    "text",
    f"{AR_HEAD}\n\n٩ ديسمبر/كانون أول ٢٠٢٣\n\n{AR_BODY}",
    {"title": AR_HEAD, "published": DAY},
)
# -- near miss: the page's own date in the pair, a festival's day in the body's sentence: the
# page's own day.
case(
    "levantine-pair-event-in-running-text-neg",
    "text",
    (
        f"{AR_HEAD}\n\nالسبت ٩ كانون أول/ديسمبر ٢٠٢٣\n\n{AR_BODY}\nويبدأ مهرجان الزعفران في "
        "٢٠ كانون أول/ديسمبر ٢٠٢٣ في ساحة المدينة.\n"
    ),
    {"title": AR_HEAD, "published": DAY},
)
EN_HEAD = "Saffron harvest starts in Qaen villages"
EN_BODY = (
    "Farmers in the district began picking saffron flowers at dawn and said the crop is larger "
    "than last year because of the autumn rains.\n\nThe provincial office said buyers will "
    "reach the villages next week and prices should hold until the end of the month.\n"
)
# AP's style, «a.m.» with its dots before «ET»: the day, never 10:20 on a local clock.
case(
    "ap-style-am-dots-eastern-time-pos",
    "text",
    f"{EN_HEAD}\n\nDec. 9, 2023, 10:20 a.m. ET\n\n{EN_BODY}",
    {"title": EN_HEAD, "published": DAY, "notminute": 20},
)

# == fix298: a kicker ending «؛»; a credited line; the digit twin ==================================
ITEM_A = "کلاس آموزش برداشت زعفران در روستای نوغاب برگزار شد"
ITEM_B = "قیمت زعفران در بازار قاین امروز ثابت ماند"
ITEM_C = "نمایشگاه صنایع دستی قاین فردا گشایش می یابد"
ITEMS = (
    f"{ITEM_A}\nکارشناسان جهاد کشاورزی روش های تازه چیدن گل زعفران را به کشاورزان روستا "
    f"آموزش دادند.\n\n{ITEM_B}\nفروشندگان بازار گفتند که خریداران از هفته آینده بیشتر "
    f"می شوند.\n\n{ITEM_C}\nصنعتگران شهرستان فرش و سفال و گلیم خود را در این نمایشگاه عرضه "
    "می کنند.\n"
)
# -- near miss: a short-news column whose name holds «؛» inside it, over three items: a list
# (the column's name or no title; never the first item's headline).
COLUMN = "اخبار کوتاه؛ شهرستان قاین"
case(
    "collection-name-semicolon-inside-over-items-neg",
    "text",
    f"{COLUMN}\n\n{ITEMS}",
    {"title": (COLUMN, None)},
)
# A kicker ending with an ASCII semicolon over the headline, related items under the text.
case(
    "collection-kicker-ascii-semicolon-over-headline-pos",
    "text",
    f"اخبار استان;\n{HEAD}\n{DATE_LINE}\n\n{BODY}\nاخبار مرتبط\n\n{ITEMS}",
    {"title": HEAD, "published": TEH},
)
# The lead without its own credit («به گزارش خبرنگار ما، »), credited again by each case.
BARE_LEAD = LEAD.removeprefix("به گزارش خبرنگار ما، ")
TAG_TEASER = BARE_LEAD[:60]
# -- near miss: a tag page of a place, «قاین», over its one item whose lead credits the site
# «قاین نیوز»: the tag's name (the line is the place, not the whole outlet's name).
case(
    "one-item-place-tag-lead-credits-outlet-opening-with-it-neg",
    "text",
    f"قاین\n\n{HEAD}\n{DATE_LINE}\nبه گزارش قاین نیوز، {TAG_TEASER} …\nادامه مطلب\n",
    {"title": "قاین"},
)
# The site's name over its one item whose lead credits «روابط عمومی» (public relations) of
# that name: the site's name, no list's name: no title.
case(
    "site-name-credited-by-public-relations-lead-pos",
    "text",
    (
        f"شهرداری قاین\n\n{HEAD}\n{DATE_LINE}\nبه گزارش روابط عمومی شهرداری قاین، "
        f"{TAG_TEASER} …\nادامه مطلب\n"
    ),
    {"title": None},
)
TWIN_ASCII = "افزایش 20% قیمت زعفران قاین در بازار جهانی"
TWIN_PERSIAN = "افزایش ۲۰٪ قیمت زعفران قاین در بازار جهانی"
# The headline twice glued, ASCII digits and «%», then Persian digits and «٪»: the Persian copy.
case(
    "digit-twin-percent-sign-both-forms-pos",
    "text",
    page(TWIN_ASCII + TWIN_PERSIAN, DATE_LINE),
    {"title": TWIN_PERSIAN, "published": TEH},
)
EXPORT_ASCII = "20 تن زعفران قاین امسال به اروپا صادر شد"
EXPORT_PERSIAN = "۲۰ تن زعفران قاین امسال به اروپا صادر شد"
# The two copies parted by « - » (a <title>'s dash) instead of spaces: the Persian copy.
case(
    "digit-twin-dash-between-copies-pos",
    "text",
    page(f"{EXPORT_ASCII} - {EXPORT_PERSIAN}", DATE_LINE),
    {"title": EXPORT_PERSIAN, "published": TEH},
)

# == fix299: kicker teasers; a bar-less menu; a views label; a browser notice =====================
VIDEOS = (
    "زعفران چینی در روستاهای قاین به روایت تصویر",
    "گفت و گو با قدیمی ترین زعفران کار شهرستان",
    "بازار زعفران قاین در روزهای برداشت",
    "جدا کردن کلاله های زعفران در خانه ها",
)
# Video teasers each under «ویدیو» and its running time: a list, no title.
case(
    "video-teasers-kicker-with-running-times-pos",
    "text",
    "\n\n".join(
        f"ویدیو {time}\n{head}"
        for time, head in zip(("۰۲:۳۵", "۰۱:۱۰", "۰۴:۰۵", "۰۳:۲۰"), VIDEOS, strict=True)
    )
    + "\n",
    {"title": None},
)
# A bar-less menu opening with «ارتباط با ما» (contact us) over the headline: the headline.
case(
    "barless-menu-opening-with-ertebat-ba-ma-pos",
    "text",
    page("ارتباط با ما درباره ما اخبار مقالات گالری", HEAD, DATE_LINE),
    {"title": HEAD, "published": TEH},
)
CONTACT_HEAD = "تماس با ما از طریق پیامک هم ممکن شد"
# -- near miss: a municipality's headline opening with «تماس با ما»: the headline, sure.
case(
    "headline-opening-with-tamas-ba-ma-neg",
    "text",
    page(
        CONTACT_HEAD,
        DATE_LINE,
        body=(
            "شهردار قاین گفت که از امروز شهروندان می توانند درخواست ها و شکایت های خود را "
            "با پیامک به سامانه شهرداری بفرستند و پاسخ آن را در کمتر از سه روز بگیرند.\n"
        ),
    ),
    {"title": CONTACT_HEAD + "!", "published": TEH},
)
BROWSER_HEAD = "آیا مرورگر شما قدیمی است؟"
# -- near miss: a technology page's question headline about the reader's browser: the headline.
case(
    "technology-question-headline-your-browser-old-neg",
    "text",
    page(
        BROWSER_HEAD,
        DATE_LINE,
        body=(
            "کارشناسان امنیت می گویند نسخه های کهنه نرم افزارهای وب گردی راه ورود بسیاری از "
            "بدافزارها به رایانه های خانگی است و هر کاربر باید شماره نسخه آن را بداند.\n\n"
            "در این گزارش سه راه ساده برای دیدن شماره نسخه و گرفتن نسخه تازه را آورده ایم.\n"
        ),
    ),
    {"title": BROWSER_HEAD, "published": TEH},
)
VISIT_HEAD = "بازدید ۳۰۰ دانش آموز از مزارع زعفران قاین"
# -- near miss: a headline opening with «بازدید» and a number: the headline, sure.
case(
    "headline-opening-with-visit-label-and-number-neg",
    "text",
    page(VISIT_HEAD, DATE_LINE),
    {"title": VISIT_HEAD + "!", "published": TEH},
)

# == fix300: «خانه ...» glued crumbs ===============================================================
ELDER_HEAD = "خانه سالمندان قاین بازسازی شد"
# -- near miss: an institution «خانه سالمندان» opening the headline, no crumb: sure.
case(
    "institution-khaneh-headline-alone-neg",
    "text",
    page(ELDER_HEAD, DATE_LINE),
    {"title": ELDER_HEAD + "!", "published": TEH},
)
WRESTLE = "کشتی گیران قاین به اردوی تیم ملی رفتند"
WRESTLE_BODY = (
    "به گزارش خبرنگار ما، سه کشتی گیر جوان شهرستان پس از درخشش در مسابقات کشوری به اردوی "
    "آماده سازی تیم ملی دعوت شدند و از امروز در تهران تمرین می کنند.\n\nمربی این ورزشکاران "
    "گفت که آنان سال ها در باشگاه کوچک شهر تمرین کرده اند.\n"
)
# -- near miss: «خانه اخبار» glued to a headline opening with a noun ending in «ی» (کشتی,
# wrestling): the cut's headline, sure, as «خانه اخبار HEADLINE» is.
case(
    "glued-crumb-headline-opening-with-noun-in-yeh-neg",
    "text",
    page(f"خانه اخبار {WRESTLE}", DATE_LINE, body=WRESTLE_BODY),
    {"title": WRESTLE + "!", "published": TEH},
)

# == b749c6e3: _sources._headline_alias ============================================================
RISE = "افزایش ۲۰ درصدی قیمت زعفران قاین"
# A view alias whose slug holds the figure in ASCII, the page printing it in Persian: the ID.
case(
    "news-info-alias-ascii-figure-slug-persian-headline-pos",
    "text",
    page(RISE, DATE_LINE),
    {"title": RISE, "number": "5127", "published": TEH},
    url=f"{HOST}/NewsInfo-5127-{quote('افزایش-20-درصدی-قیمت-زعفران-قاین')}",
)

# == two rules on one page =========================================================================
# fix294's ad-name twin over a post whose footer is glued after a question mark.
case(
    "ad-name-twin-and-glued-footer-after-question-two-rules-pos",
    "text",
    f"تبلیغات\nآوای قاین\nآوای قاین\n\n{POST_ONE}\n\n{POST_TWO} مگر می شود؟{FOOTER}\n",
    {"title": None, "published": TEH},
)
# fix298's kicker ending «؛» over its digit-twin headline, related items under the text.
case(
    "semicolon-kicker-over-digit-twin-two-rules-pos",
    "text",
    f"اخبار بنادر؛\n{EXPORT_ASCII}{EXPORT_PERSIAN}\n{DATE_LINE}\n\n{BODY}\nاخبار مرتبط\n\n{ITEMS}",
    {"title": EXPORT_PERSIAN, "published": TEH},
)
# fix298's credited site name over fix294's two-line teaser cut at its end: no title.
case(
    "credited-site-name-and-two-line-cut-teaser-two-rules-pos",
    "text",
    (
        f"قاین نیوز\n\n{HEAD}\n{DATE_LINE}\nبه گزارش خبرنگار قاین نیوز، {BARE_LEAD}\n"
        f"{MORE[:80]} …\nادامه مطلب\n"
    ),
    {"title": None},
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
