"""Sixty-first round of attacks: the rules of fix176 to fix183 (real55's titles, mut37's pages,
blind68, real56, attacks60's findings, blind69, mut38's pages, a page's only date line), attacked
by no round, each put into a whole page of a kind the rule was not made on (a news agency, a
ministry's portal, a university, a provincial site, a blog, a forum, a shop magazine, a print
view, an Afghan Dari site; HTML ``<td>``/``<li>``/``<time>``/``<h1>``, Markdown; Arabic yeh and
kaf, Persian, Arabic-Indic and ASCII digits, ZWNJ present and missing, double-spaced lines,
CRLF), and at the edges of its conditions (a count at or one past its threshold, the shape at
the page's top or bottom, two rules' shapes on one page).

The shapes: fix176's reading time ``خواندن در N دقیقه`` under the byline (Arabic yeh and kaf,
CRLF; ``-neg``, a headline opening with those words), ``NAME/ ROLE`` bylines (alone; under a Dari
headline; ``-neg``, ``PLACE/`` over a headline ending with its verb), two teasers ending with
``ادامه مطلب`` (the rule's count; ``-neg``, one); fix177's ``<title>`` parts around the headline
with a short part printed alone (``-neg``, an ``<h1>`` on the page); fix178's lead opening with
``،`` (Persian digits), a seven-word headline over its summary over the code and date (ZWNJ
missing, ASCII; ``-neg``, a two-word kicker), a time in brackets after the date (summer time
1401; ``-neg``, a Gregorian year in brackets), a Blogger ``<h2 class="post-title">`` (``-neg``,
two post titles), a ``<footer>``'s update stamp; fix179's ``/uncategorized/NNNN`` and Joomla's
``/index.php/fa/<alias>/NNN`` numbers (``-neg``, ``/page/76/tebriz``), a BB-code line over the
headline; fix180's ``LABEL : CLOCK`` at the page's top, an ``<h1>`` tag archive heading, a
headline printed twice over eight sub-heading lines (the rule's top); fix181's tag named in the
query (``tn=``; ``-neg``, the name printed only inside items' headlines), a headline printed
again with a spaced full stop under the basmala and a verse; fix182's labels line (``کد خبر: N |
بازدید: N | DATE`` in ``<td>``), an ad's label over a short title over its date (``-neg``, no
date under it); fix183's section over one item at an item's address (``-neg``, a tag address),
a shop magazine's only date line over nine sub-headings (``-neg``, a weekday banner). 34 inputs:
22 positives, 12 near misses.

No fix is made for this round (docs/reliability.md, "Attacks, sixty-first round"). Each input's
record was decided by hand before the first run (the commit adding this script comes before any
run of it). Days by hand (jdatetime, shared/data/jalali_years.csv): 12 Dey 1402 (12 Jadi 1402 in
Dari) = 2024-01-02 (a Tuesday, +03:30: no summer time from 1402 on); 17 Khordad 1401 =
2022-06-07 (a Tuesday, summer time: +04:30); 20 Shahrivar 1401 = 2022-09-11 (a Sunday);
22 Shahrivar 1401 = 2022-09-13.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks61.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one (a list's page: its name, or the page flagged a list). The article sentences,
headlines and names are ours; each case names the page whose layout it follows (a tests/pages
file, a fix's test layout).
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
SLASH_DAY = "۱۴۰۲/۱۰/۱۲"


def page_with_title(title: str, body: str) -> bytes:
    """An HTML page with a ``<title>`` (attack_runner's ``html`` has none)."""
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"
    ).encode()


# == fix176 (1): a reading time «خواندن در N دقیقه» under the byline =========================
# A news agency's feature (iranwire.com's layout, test_fix176's _reading_page): a section, the
# headline, the date, the author, the reading time, the text. Arabic yeh and kaf, CRLF.
LAKE_HEAD = "دریاچه ارومیه پس از بارش‌های پاییزی دوباره جان گرفت"
LAKE_BODY = (
    "بارش‌های پاییزی امسال سطح آب دریاچه ارومیه را بیش از سی سانتی‌متر بالا برده است و "
    "پرندگان مهاجر دوباره به جزیره‌های جنوبی آن بازگشته‌اند.\n"
    "کارشناسان محیط زیست می‌گویند این افزایش هنوز برای نجات دریاچه کافی نیست و باید حقابه "
    "آن از سدهای بالادست رها شود.\n"
    "کشاورزان حاشیه دریاچه نیز امسال کمتر از چاه‌های غیرمجاز آب برداشته‌اند.\n"
)
case(
    "agency-reading-time-under-byline-yeh-kaf-crlf-pos",
    "text",
    crlf(yeh_kaf(f"محیط زیست\n\n{LAKE_HEAD}\n\n{DAY}\nنرگس کاظمی\nخواندن در ۸ دقیقه\n{LAKE_BODY}")),
    {"title": either(LAKE_HEAD), "published": "2024-01-02"},
)
# -- near miss: a blog post's headline opening with «خواندن در ۱۰ دقیقه» and ending with its
# verb: the headline, no doubt.
READ_HEAD = "خواندن در ۱۰ دقیقه پیش از خواب ذهن را آرام می‌کند"
case(
    "blog-headline-opening-with-reading-minutes-neg",
    "text",
    f"{READ_HEAD}\n{DAY}\n\nپژوهشگران دانشگاه دریافته‌اند کسانی که پیش از خواب چند صفحه کتاب "
    "می‌خوانند زودتر به خواب می‌روند و صبح سرحال‌تر بیدار می‌شوند.\n\n"
    "آنان پیشنهاد می‌کنند به جای گوشی همراه، کتاب کاغذی را برای این کار برگزینید.\n",
    {"title": READ_HEAD + "!", "published": "2024-01-02"},
)

# == fix176 (2): «NAME/ ROLE» bylines ===========================================================
# A forum's relayed column with no headline (openasia.org's layout, test_fix176's _byline_page):
# the site's name, the byline, the text: no title, or a doubted one, never the byline.
COLUMN = (
    "شهرهای بزرگ هر سال بخش بیشتری از زمین‌های کشاورزی پیرامون خود را زیر ساختمان می‌برند و "
    "باغ‌های قدیمی یکی پس از دیگری جای خود را به برج‌ها می‌دهند.\n"
    "برنامه‌ریزان شهری می‌گویند بدون طرح جامع برای کمربند سبز این روند ادامه خواهد یافت.\n"
    "در بسیاری از شهرهای جهان کمربند سبز با قانون نگه داشته می‌شود.\n"
)
BYLINE = "رضا مرادی/ پژوهشگر حوزه برنامه ریزی شهری"
case(
    "forum-slash-role-byline-no-headline-pos",
    "text",
    f"انجمن گفتگوی شهری\n{BYLINE}\n{COLUMN}",
    {"nottitle": BYLINE, "title": "WARN"},
)
# An Afghan Dari site: the headline, «NAME/ خبرنگار ...», the Jadi date line, the text (two
# rules: the byline and the Dari month).
WHEAT = "توزیع تخم اصلاح شده گندم برای دهاقین ولایت بلخ آغاز شد"
case(
    "af-dari-slash-role-byline-under-headline-jadi-pos",
    "text",
    f"{WHEAT}\nاحمد ولی زاده/ خبرنگار آژانس در شمال\nتاریخ نشر: ۱۲ جدی ۱۴۰۲\n\n"
    "ریاست زراعت و مالداری ولایت بلخ توزیع تخم اصلاح شده گندم را برای دو هزار دهقان آغاز کرد "
    "و مرحله دوم آن در ماه حوت انجام می‌شود.\n\n"
    "مسئولان می‌گویند حاصل این تخم‌ها از تخم‌های محلی بیشتر است.\n",
    {"title": WHEAT, "published": "2024-01-02"},
)
# -- near miss: a provincial agency's «PLACE/ ...» headline ending with its verb: the headline.
SLASH_HEAD = "اصفهان/ کارشناسان هواشناسی وزش باد شدید را هشدار دادند"
case(
    "provincial-place-slash-headline-ending-with-verb-neg",
    "text",
    f"{SLASH_HEAD}\n\n{COLUMN}",
    {"title": SLASH_HEAD},
)

# == fix176 (3): teasers ending with a run-on read-more link ===================================
# A ministry portal's news box (iranischegemeinde.org's layout, test_fix176's _teaser_page):
# two headlines over teasers ending «. ادامه مطلب», the rule's count: a list.
MIN_ITEMS = (
    (
        "آغاز ثبت نام وام ودیعه مسکن مستاجران",
        "سامانه ثبت نام وام ودیعه مسکن از امروز باز است و مستاجرانی که قرارداد اجاره خود را در "
        "سامانه املاک ثبت کرده‌اند می‌توانند تا پایان ماه درخواست خود را بفرستند.",
    ),
    (
        "نشست وزیر با فعالان صنعت ساختمان برگزار شد",
        "وزیر در نشست با انجمن‌های انبوه‌سازان گفت پروانه‌های ساخت در شهرهای کوچک زودتر صادر "
        "می‌شود و بانک‌ها سهم بیشتری از تسهیلات را به این طرح‌ها می‌دهند.",
    ),
)
case(
    "ministry-two-teasers-read-more-list-pos",
    "text",
    "".join(f"{head}\n\n{teaser} ادامه مطلب\n\n" for head, teaser in MIN_ITEMS),
    {"title": "WARN"},
)
# -- near miss: one teaser (below the count), its headline a Markdown heading: the post's.
case(
    "blog-one-teaser-read-more-neg",
    "text",
    f"## {MIN_ITEMS[0][0]}\n\n{MIN_ITEMS[0][1]} ادامه مطلب\n",
    {"title": MIN_ITEMS[0][0]},
)

# == fix177: a short part of a «<title>» printed alone over a page with no <h1> ================
# A news agency's item (mutant 31's page, test_fix177's layout): «SECTION - HEADLINE - SITE»,
# the section printed alone over the text.
GAS = "مصرف گاز خانگی استان در هفته گذشته رکورد زد"
GAS_LEAD = (
    "مدیرعامل شرکت گاز استان گفت مصرف گاز خانگی در هفته گذشته با سرد شدن هوا به بیش از سی "
    "میلیون متر مکعب در روز رسید.\n\n"
    "وی از مردم خواست دمای خانه را بیش از هجده درجه نگه ندارند.\n"
)
case(
    "agency-html-title-three-parts-section-printed-alone-pos",
    "html",
    page_with_title(
        f"انرژی - {GAS} - خبرگزاری البرز",
        f"<div>انرژی</div><time>{DAY}</time>" + paras(GAS_LEAD),
    ),
    {"title": GAS, "published": "2024-01-02"},
)
# -- near miss: the same <title>, an <h1> on the page: the <h1> (the page's own headline).
GAS_H1 = "رکورد مصرف گاز خانگی در استان شکست"
case(
    "agency-html-title-parts-with-h1-neg",
    "html",
    page_with_title(
        f"انرژی - {GAS} - خبرگزاری البرز",
        f"<div>انرژی</div><h1>{GAS_H1}</h1><time>{DAY}</time>" + paras(GAS_LEAD),
    ),
    {"title": GAS_H1 + "!"},
)

# == fix178 (1): a lead opening with «،» ========================================================
# A provincial site (tests/pages 1946's layout): the headline, a bulleted section, a bulleted
# date line, the lead cut after its opening comma. Persian digits.
SWIM_HEAD = "دوره آموزش امداد و نجات دریایی در بوشهر برگزار می‌شود"
case(
    "provincial-comma-led-lead-persian-digits-pos",
    "text",
    f"{SWIM_HEAD}\n  • اجتماعی\n\n  • دی ۱۲، ۱۴۰۲ - ۱۰:۱۵\n\n\n"
    "،رئیس هلال احمر شهرستان گفت:دوره آموزش امداد و نجات دریایی برای جوانان داوطلب از هفته "
    "آینده در ساحل شهر برگزار مي شو\n\n"
    "به گزارش خبرنگار ما ،وی افزود: داوطلبان باید گواهی شنا داشته باشند .\n",
    {"title": SWIM_HEAD, "published": "2024-01-02"},
)

# == fix178 (2): a headline of seven words over its longer summary =============================
# A university's news (tests/pages 1942's layout): the reporter, the headline (seven words, the
# rule's least), the summary opening with its first word, the code and date. ZWNJ missing, ASCII.
VISIT_HEAD = "بازدید دانشجویان معماری از بافت تاریخی یزد"
VISIT_SUMMARY = "بازدید استادان و دانشجویان معماری دانشکده هنر از بافت تاریخی و بادگیرهای یزد"
VISIT_TEXT = no_zwnj(
    f"مینا صادقی\n\n{VISIT_HEAD}\n\n{VISIT_SUMMARY}\nکد خبر : 3318\n"
    "تاریخ انتشار : سه شنبه 12 دی 1402 - 11:20\n\n"
    "به گزارش روابط عمومی دانشکده هنر، گروهی از دانشجویان معماری با استادان خود دو روز از "
    "خانه‌های تاریخی و بادگیرهای یزد بازدید کردند و از آن‌ها نقشه برداشتند.\n\n"
    "این بازدید بخشی از درس معماری ایرانی است.\n"
)
case(
    "uni-seven-word-headline-over-summary-no-zwnj-ascii-pos",
    "text",
    VISIT_TEXT,
    {"title": VISIT_HEAD, "number": num("3318"), "published": "2024-01-02T11:20+03:30"},
)
# -- near miss: a two-word kicker in the headline's place: the summary line is the headline.
case(
    "uni-two-word-kicker-over-long-headline-neg",
    "text",
    VISIT_TEXT.replace(f"{VISIT_HEAD}\n\n", "بازدید علمی\n\n"),
    {"title": no_zwnj(VISIT_SUMMARY)},
)

# == fix178 (3): a time in brackets after its date =============================================
# A forum's poem post (tests/pages 1948's layout): the post, its poet, the labelled date with
# its time in brackets, in summer time (1401).
POEM = "باران که می‌بارد\nکوچه بوی خاک می‌گیرد\nو پنجره‌ها دوباره باز می‌شوند\n"
case(
    "forum-post-bracketed-time-summer-1401-pos",
    "text",
    f"باران خرداد\n\n{POEM}\nشاعر: لیلا نوروزی\nتاریخ : سه شنبه ، 17 خرداد 1401 (09:25)\n",
    {"published": "2022-06-07T09:25+04:30"},
)
# -- near miss: a Gregorian year in brackets after the date: the day, no 20:22.
case(
    "forum-post-bracketed-gregorian-year-neg",
    "text",
    f"باران خرداد\n\n{POEM}\nشاعر: لیلا نوروزی\nتاریخ : ۱۷ خرداد ۱۴۰۱ (۲۰۲۲)\n",
    {"published": "2022-06-07", "notminute": 22},
)

# == fix178 (4): a Blogger post title in an <h2> ===============================================
# A blog (tests/pages 1950's layout): the date header, one <h2 class="post-title entry-title">,
# the post body; no <h1>.
CRANE = "درناها به فریدونکنار برگشتند"
BLOG_BODY = (
    '<div class="post-body entry-content">امسال هم درناهای سیبری در نخستین روزهای زمستان به '
    "آب‌بندان‌های فریدونکنار برگشتند.<br />دوستداران پرندگان هر صبح برای دیدن آن‌ها به کنار "
    "آب‌بندان می‌آیند و از آن‌ها عکس می‌گیرند.<br /></div>"
)
case(
    "blog-html-h2-post-title-under-date-header-pos",
    "html",
    html(
        f'<div class="date-outer"><h2 class="date-header"><span>سه‌شنبه، {DAY}</span></h2>'
        f'<div class="post hentry"><h2 class="post-title entry-title">{CRANE}</h2>{BLOG_BODY}'
        "</div></div>"
    ),
    {"title": CRANE, "published": "2024-01-02"},
)
# -- near miss: two post titles (a day's page of two posts): not the second post's.
CRANE2 = "سرشماری پرندگان آبزی در تالاب انزلی"
case(
    "blog-html-two-post-titles-neg",
    "html",
    html(
        f'<div class="date-outer"><h2 class="date-header"><span>سه‌شنبه، {DAY}</span></h2>'
        f'<div class="post hentry"><h2 class="post-title entry-title">{CRANE}</h2>{BLOG_BODY}'
        f'</div><div class="post hentry"><h2 class="post-title entry-title">{CRANE2}</h2>'
        '<div class="post-body entry-content">سرشماری زمستانی پرندگان آبزی آغاز شد.</div>'
        "</div></div>"
    ),
    {"nottitle": CRANE2},
)

# == fix178 (5): a footer's update stamp =======================================================
# A ministry's portal (tests/pages 1941's layout): the date in an <li>, the <h1>, the text, the
# code, a <footer> holding the update stamp alone, two days later.
CLINIC = "واکسیناسیون آنفلوآنزای سالمندان در مراکز بهداشت آغاز شد"
case(
    "ministry-html-footer-update-stamp-later-pos",
    "html",
    html(
        f'<ul class="news-info"><li>1401/06/20 - 10:40</li></ul><h1>{CLINIC}</h1>'
        + paras(
            "واکسیناسیون آنفلوآنزای سالمندان بالای شصت و پنج سال از امروز در همه مراکز "
            "بهداشت شهرستان رایگان انجام می‌شود.\n\nسالمندان باید کارت ملی همراه داشته باشند."
        )
        + '<ul><li>کد خبر : 80315</li></ul><footer><div class="last-update">'
        "آخرین بروز رسانی : 1401/06/22 12:00</div></footer>"
    ),
    {"title": CLINIC, "published": "2022-09-11", "updated": "2022-09-13"},
)

# == fix179 (1): item numbers from WordPress's default category and Joomla's path ===============
NOTE_TEXT = (
    f"یادداشتی درباره باغ‌های انار ساوه\n{DAY}\n\nباغ‌های انار ساوه امسال محصول خوبی داده‌اند "
    "و باغداران می‌گویند کمبود کارگر برای چیدن انار بزرگ‌ترین گرفتاری آن‌هاست.\n"
)
# A personal blog (real56's WordPress post): «/uncategorized/3196».
case(
    "blog-uncategorized-post-id-address-pos",
    "text",
    NOTE_TEXT,
    {"number": num("3196"), "published": "2024-01-02"},
    url="https://anar.example.ir/uncategorized/3196",
)
# A provincial Joomla site (real56): «/index.php/fa/<alias>/535».
case(
    "provincial-joomla-index-php-language-alias-id-pos",
    "text",
    NOTE_TEXT,
    {"number": num("535"), "published": "2024-01-02"},
    url="https://saveh.example.ir/index.php/fa/akhbar-shahrestan/535",
)
# -- near miss: a shop magazine's list page «/page/76/anar»: no item number.
case(
    "shop-list-page-number-address-neg",
    "text",
    NOTE_TEXT,
    {"number": None},
    url="https://shop.example.ir/page/76/anar",
)

# == fix179 (2): a BB-code line over the headline ===============================================
# A forum's topic (real56's forum page): a BB-code image line, the headline, the date, the text.
FORUM_HEAD = "راهنمای نگهداری گلدان‌های آپارتمانی در زمستان"
case(
    "forum-bbcode-line-over-headline-pos",
    "text",
    f"[center][img]https://forum.example.ir/up/flower.jpg[/img][/center]\n{FORUM_HEAD}\n{DAY}\n\n"
    "گلدان‌های آپارتمانی در زمستان به آب کمتری نیاز دارند و بهتر است آن‌ها را از کنار بخاری "
    "و شوفاژ دور نگه دارید.\n\nبرگ‌های زرد را هر هفته جدا کنید.\n",
    {"title": FORUM_HEAD, "published": "2024-01-02"},
)

# == fix180 (1): «LABEL : CLOCK» at the page's top ==============================================
# A university's event notice (attacks60's event layout): the registration deadline's clock as
# the page's first line, the headline, the date, the text.
WORKSHOP = "کارگاه آموزشی نگارش مقاله علمی برای دانشجویان دکتری"
case(
    "uni-label-colon-clock-top-line-over-headline-pos",
    "text",
    f"مهلت ثبت نام : ۱۴:۰۰\n{WORKSHOP}\n{DAY}\n\n"
    "معاونت پژوهشی دانشگاه کارگاه نگارش مقاله علمی را برای دانشجویان دکتری در دو روز "
    "برگزار می‌کند و شرکت در آن برای دانشجویان رایگان است.\n",
    {"title": WORKSHOP, "nottitle": "مهلت ثبت نام : ۱۴:۰۰"},
)

# == fix180 (2): a tag archive heading in an <h1> ===============================================
# A shop magazine (WordPress's tag archive, attacks60's Markdown archive in HTML): «<h1>آرشیو
# برچسب: NAME</h1>» over two teasers in <li>s.
case(
    "shop-html-h1-tag-archive-heading-pos",
    "html",
    html(
        "<h1>آرشیو برچسب: چای سبز</h1><ul>"
        "<li><a href='/green-tea-guide/'>راهنمای دم کردن چای سبز</a>"
        "<p>چای سبز را با آب جوش دم نکنید تا تلخ نشود…</p></li>"
        "<li><a href='/green-tea-price/'>قیمت چای سبز ایرانی در بازار</a>"
        "<p>چای سبز لاهیجان امسال ارزان‌تر از سال گذشته است…</p></li></ul>"
    ),
    {"title": ("چای سبز", "WARN")},
)

# == fix180 (3): a headline printed twice over eight sub-heading lines =========================
# A shop magazine's guide (tests/pages 1922's layout, attacks60's tea page): the shop's name, the
# date, the headline twice, eight contents' lines (SUBHEADINGS_MAX, the rule's top), the text.
TEA = "راهنمای خرید برنج ایرانی"
TEA_LEAD = (
    "برنج ایرانی بیشتر در شالیزارهای گیلان و مازندران کشت می‌شود. در این راهنما می‌گوییم "
    "برنج خوب را از روی بو، رنگ و شکل دانه بشناسید.\n\n"
    "پیش از خرید، تاریخ بسته‌بندی را ببینید و برنج را در جای خشک نگه دارید.\n"
)
TEA_SUBS = [
    "برنج هاشمی و طارم",
    "بوی برنج خوب",
    "شکل دانه برنج",
    "تاریخ بسته‌بندی",
    "نگهداری برنج در خانه",
    "قیمت برنج در بازار",
    "برنج کهنه یا نو",
    "پخت برنج",
    "آبکش یا کته",
]
case(
    "shop-magazine-headline-twice-over-eight-subheadings-pos",
    "text",
    double_spaced("فروشگاه شالیزار", DAY, TEA, TEA, *TEA_SUBS[:8], TEA_LEAD.strip()),
    {"title": TEA, "published": "2024-01-02"},
)

# == fix181 (1): a tag named in the address's query ============================================
# A news agency's tag list (blind69's 1968 layout): the menu, the tag's name alone, items.
SNOW_ITEMS = (
    "بارش برف راه‌های کوهستانی شمال را بست\n\nپلیس راه از رانندگان خواست بدون زنجیر چرخ به "
    "جاده چالوس نروند…\n\n"
    "مدارس سه شهرستان به دلیل بارش برف تعطیل شد\n\nاستانداری اعلام کرد مدارس ابتدایی فردا "
    "به صورت مجازی برگزار می‌شود…\n"
)
SNOW_URL = "https://agency.example.ir/fa/tag?p=1&tn=%D8%A8%D8%A7%D8%B1%D8%B4+%D8%A8%D8%B1%D9%81"
case(
    "agency-tag-named-in-query-name-line-pos",
    "text",
    f"صفحه نخست\nسیاسی\nاقتصادی\n\nبارش برف\n\n{SNOW_ITEMS}",
    {"title": ("بارش برف", "WARN")},
    url=SNOW_URL,
)
# -- near miss: the same address, the name printed only inside the items' headlines: no item's
# headline taken without doubt.
case(
    "agency-tag-query-name-only-in-item-headlines-neg",
    "text",
    f"صفحه نخست\nسیاسی\nاقتصادی\n\n{SNOW_ITEMS}",
    {"title": "WARN"},
    url=SNOW_URL,
)

# == fix181 (2): a headline printed again with a spaced full stop ==============================
# A religious foundation's blog (blind69's 1974 layout): the headline, the basmala, a verse,
# the headline again with « .», the text.
PRAYER = "برگزاری مراسم دعای کمیل در مسجد جامع شهر"
case(
    "blog-headline-again-with-spaced-stop-under-basmala-pos",
    "text",
    f"{PRAYER}\n\nبسم الله الرحمن الرحیم\nالا بذکر الله تطمئن القلوب\n\n{PRAYER} .\n\n{DAY}\n\n"
    "مراسم دعای کمیل شب جمعه با حضور گروه زیادی از نمازگزاران در مسجد جامع شهر برگزار شد و "
    "پس از آن از حاضران پذیرایی شد.\n",
    {"title": PRAYER, "published": "2024-01-02"},
)

# == fix182 (1): the item's labels line under the headline =====================================
# An agency's item in <td>s (mutant 57's layout, test_fix182): the headline, «کد خبر: N |
# بازدید: N | DATE», the lead.
BUS = "ناوگان اتوبوسرانی شهر با پنجاه دستگاه اتوبوس تازه نو شد"
case(
    "agency-html-td-labels-line-code-views-date-pos",
    "html",
    html(
        f"<table><tr><td>{BUS}</td></tr><tr><td>کد خبر: ۴۵۱۲ | بازدید: ۳۲۰ | {DAY}</td></tr>"
        "</table>"
        + paras(
            "پنجاه دستگاه اتوبوس تازه امروز با حضور شهردار به ناوگان اتوبوسرانی شهر پیوست و "
            "از فردا در خطوط شرقی شهر کار می‌کند.\n\nشهردار گفت سی اتوبوس دیگر تا بهار "
            "می‌رسد."
        )
    ),
    {"title": BUS, "number": num("4512"), "published": "2024-01-02"},
)

# == fix182 (2): an ad's label over a short title over its date ================================
# A Parsiblog blog (mutant 40's layout): «تبلیغات», a blank line, the post's short title, its
# date right under it, the post.
HERB = "گیاهان دارویی کوهستان"
HERB_BODY = (
    "در دامنه‌های کوه پس از باران بهاری گیاهان دارویی فراوانی می‌روید و اهالی روستا از قدیم "
    "آویشن و پونه کوهی را برای زمستان خشک می‌کنند.\n\n"
    "چیدن بی‌رویه این گیاهان آن‌ها را از بین می‌برد.\n"
)
case(
    "blog-ad-label-over-short-title-over-date-pos",
    "text",
    f"تبلیغات\n\n{HERB}\n{DAY}\n\n{HERB_BODY}",
    {"title": HERB, "published": "2024-01-02"},
)
# -- near miss: no date under the short line: an advertiser's name, never a sure title.
case(
    "blog-ad-label-over-advertiser-no-date-neg",
    "text",
    f"تبلیغات\n\nگلخانه سبزینه\n\n{HERB_BODY}",
    {"nottitle": "تبلیغات", "title": "WARN"},
)

# == fix183 (1): a section over one item at an item's address =================================
# A university's cultural page (test_fix183's _section_page): SECTION / HEADLINE / DAY / a
# teaser cut «[...]» / widgets' headings, at «/news/NNN/slug».
SECTION = "فرهنگی و هنری دانشگاه"
CONCERT = "کنسرت گروه موسیقی دانشجویی در تالار اجتماعات دانشگاه برگزار شد"
CONCERT_TEASER = (
    "گروه موسیقی دانشجویی دانشگاه شامگاه دیروز در تالار اجتماعات برای استادان و دانشجویان "
    "قطعه‌هایی از موسیقی محلی استان را اجرا کرد"
)


def section_page() -> str:
    return (
        f"{SECTION}\n\n{CONCERT}\n\n{DAY}\n\n{CONCERT_TEASER} [...]\n\nآخرین مطالب\n\nپربازدیدها\n"
    )


case(
    "uni-section-over-one-item-at-item-address-pos",
    "text",
    section_page(),
    {"title": CONCERT, "published": "2024-01-02"},
    url="https://uni.example.ac.ir/news/2417/concert",
)
# -- near miss: the same page at a tag address: a list, not the item's headline silently.
case(
    "uni-section-over-one-item-at-tag-address-neg",
    "text",
    section_page(),
    {"title": "WARN"},
    url="https://uni.example.ac.ir/tag/music",
)

# == fix183 (2): a page's only date line, far above the title ==================================
# A shop magazine's guide (test_fix183's _page): the shop's name, the bare date, the headline
# twice, nine sub-headings (one past fix180's eight), the text in Arabic-Indic digits and CRLF.
# The bare date under the shop's name is the guide's own date (no weekday: no today banner).
case(
    "shop-magazine-only-date-over-nine-subheadings-arabic-digits-crlf-pos",
    "text",
    crlf(
        double_spaced("فروشگاه شالیزار", arabic_digits(DAY), TEA, TEA, *TEA_SUBS, TEA_LEAD.strip())
    ),
    {"title": TEA, "published": "2024-01-02"},
)
# -- near miss: a weekday's today banner over the site's name and menu, nine sub-headings: the
# banner is no publication date, and no warning for it.
case(
    "shop-weekday-banner-over-nine-subheadings-neg",
    "text",
    double_spaced(f"سه‌شنبه {DAY}", "فروشگاه شالیزار", TEA, TEA, *TEA_SUBS, TEA_LEAD.strip()),
    {"title": TEA, "published": None, "nocode": "published-unlabelled"},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
