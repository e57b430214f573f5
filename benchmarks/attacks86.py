"""Eighty-sixth round of attacks: this session's fixes merged on main (25d2310d..b3dbd500):
fix307 (an item's number under «all news», ``_sources._ALL_COLLECTIONS``; an item word's ID
before its slug, ``_sources._item_word_id_slug``; a last «amp» segment dropped by
``url_number``, ``url_day`` and ``_time_tail_permalink``), fix308 (``_person_named`` in
``_title._short_title_over_restating``; the trade stems of ``vocab.COMPOUND_AGENT_TAILS``;
``vocab.BROKEN_LINE_ENDS`` in ``_listing._label_run``; a next meeting's label with words before
its colon; spaceless «›» crumbs; ``digit_twin_title`` after a crumb's cut; a credited outlet
over a lone teaser), fix309 («دسته:» a field label; ``_title._TAG_SEARCH_TITLE``; the Tajik
city-comma-date-dash-credit dateline; Blog.ir's two-digit-year footer read from a four-digit
year the page prints; a one-post month counter at a list's address; one cut excerpt at a tag's
address) and fix310 (merged while this round was written: its digit twin parted by « - »),
in pages of other kinds and at the edges of their conditions, with near misses (``-neg``) that
must keep the record 25d2310d gives them, and two rules on one page.

No fix is made for this round (docs/reliability.md, "Attacks, eighty-sixth round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand: 1402/01/01 = 2023-03-21, so 25 آذر 1402 = 2023-12-16 and
18 تیر 1402 = 2023-07-09; 1393/01/01 = 2014-03-21, so 07 مرداد 1393 = 2014-07-29 (Tehran
+04:30 in summer before 1402, +03:30 from 1402 on).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks86.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title ending «!» that title with no doubt; «WARN» a title doubted or none; a
tuple any of its values; a «published» value with an offset compared as an instant, a bare
day that day. The article sentences, headlines and names are ours.
"""

from __future__ import annotations

from urllib.parse import quote

from attack_runner import DATE_ROUND_PREFIXES, collector, run, yeh_kaf
from attacks47 import check47

cases, case = collector()

TEH = "2023-12-16T09:45:00+03:30"
DATE_LINE = "۲۵ آذر ۱۴۰۲ - ۰۹:۴۵"
HEAD = "بازار هفتگی روستای کلاته پس از نوسازی دوباره باز شد"
LEAD = (
    "به گزارش خبرنگار ما، بازار هفتگی روستای کلاته که سقف چوبی آن در برف سال گذشته فرو ریخته "
    "بود با کمک دهیاری و فروشندگان دوباره ساخته شد و از امروز غرفه ها باز است."
)
MORE = (
    "دهیار روستا گفت که سقف تازه بازار از تیرهای فلزی است و برای هر غرفه یک چراغ و یک پریز "
    "برق گذاشته شده تا فروشندگان تا شب بمانند."
)
BODY = f"{LEAD}\n\n{MORE}\n"
HOST = "https://kalateh-example.ir"


def page(*head: str, body: str = BODY) -> str:
    return "\n\n".join(head) + "\n\n" + body


# Three items of a list page, each a headline, a date line and a short teaser (our words).
ITEMS = (
    (
        "لوله کشی آب آشامیدنی محله بالا تمام شد",
        "۲۴ آذر ۱۴۰۲",
        "کارگران شرکت آبفا لوله های تازه را از چشمه تا مخزن محله کشیدند.",
    ),
    (
        "کلاس خیاطی زنان روستا در خانه بهداشت آغاز شد",
        "۲۳ آذر ۱۴۰۲",
        "کلاس ها هفته ای دو روز برگزار می شود و چرخ های خیاطی را بخشداری داده است.",
    ),
    (
        "مسابقه طناب کشی جوانان در حیاط مدرسه برگزار شد",
        "۲۲ آذر ۱۴۰۲",
        "شش گروه از محله های روستا در این مسابقه یک روزه شرکت کردند.",
    ),
)
LIST = "".join(f"{head}\n{date}\n{teaser}\n\n" for head, date, teaser in ITEMS)
LIST_PAGE = "همه اخبار\n\n" + LIST

# == fix307: an item's number under «all news» ====================================================
# Under a language's folder: the item's number.
case(
    "allnews-under-language-folder-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"title": HEAD, "number": "48213", "published": TEH},
    url=HOST + "/fa/allnews/48213",
)
# The item's AMP view under «all-news» (two of fix307's rules): the number.
case(
    "all-news-dash-amp-view-two-rules-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"title": HEAD, "number": "48213", "published": TEH},
    url=HOST + "/all-news/48213/amp/",
)
# -- near miss: a real list of all news at its page 2: no number, no title, no date.
case(
    "allnews-real-list-page-2-neg",
    "text",
    LIST_PAGE,
    {"title": None, "number": None, "published": None},
    url=HOST + "/allnews/2",
)
# -- near miss: the same list at its page 250 (three digits, the rule's length): a list has no
# item's number, no title, no date.
case(
    "allnews-real-list-page-250-neg",
    "text",
    LIST_PAGE,
    {"title": None, "number": None, "published": None},
    url=HOST + "/allnews/250",
)

# == fix307: an item word's ID before its slug ======================================================
# A Persian slug, percent-encoded: the ID.
case(
    "item-word-id-persian-percent-slug-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"title": HEAD, "number": "5512873"},
    url=HOST + "/news-5512873-" + quote("بازار-هفتگی-کلاته"),
)
# Under an outlet's folder with its AMP view: the ID.
case(
    "item-word-id-slug-under-outlet-amp-two-rules-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"title": HEAD, "number": "5512873"},
    url=HOST + "/article/isna/news-5512873-bazar-haftegi-kalateh/amp/",
)
# -- near miss: a Gregorian day's code where the ID would stand: no number.
case(
    "item-word-gregorian-day-code-slug-neg",
    "text",
    page(HEAD, DATE_LINE),
    {"title": HEAD, "number": None, "published": TEH},
    url=HOST + "/news-20231216-bazar-haftegi-kalateh",
)

# == fix307: a last «amp» segment =================================================================
# A day-and-slug permalink's AMP view under a page printing its own minute: the printed minute.
case(
    "day-slug-amp-view-printed-minute-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"title": HEAD, "published": TEH},
    url=HOST + "/2023/12/16/bazar-haftegi/amp/",
)
# -- near miss: a year archive's AMP view over its list: no number, no date, no title.
case(
    "year-archive-amp-view-list-neg",
    "text",
    LIST_PAGE,
    {"title": None, "number": None, "published": None},
    url=HOST + "/1402/amp/",
)

# == fix308: a person's name over a heading opening with it ========================================
# A title word and a two-word name over the interview's heading: the heading.
INTERVIEW = "دکتر مریم کاظمی در گفت و گو با ما از بازار هفتگی روستا می گوید"
case(
    "doctor-title-and-name-over-interview-heading-pos",
    "text",
    page("دکتر مریم کاظمی", INTERVIEW, DATE_LINE),
    {"title": INTERVIEW},
)
# -- near miss: a poet's name IS the post's short title, over its date line and a lead opening
# with the name (no heading under it): the name.
POET_BODY = (
    "پروین اعتصامی در سال ۱۲۸۵ در تبریز به دنیا آمد و دیوان او از پرخواننده ترین دیوان های "
    "شعر فارسی است.\n\nمناظره های او میان چیزهای ساده، مانند سوزن و نخ، هنوز در کتاب های "
    "درسی خوانده می شود.\n"
)
case(
    "poet-name-is-the-short-title-over-date-line-neg",
    "text",
    page("پروین اعتصامی", DATE_LINE, body=POET_BODY),
    {"title": "پروین اعتصامی", "published": TEH},
)

# == fix308: trade stems closing a compound agent noun ==============================================
# «کفش دوزان» under a glued crumb: the headline, sure.
SHOE = "کفش دوزان کلاته غرفه تازه بازار را گرفتند"
case(
    "glued-crumb-over-shoemakers-pos",
    "text",
    page(f"خانه اخبار {SHOE}", DATE_LINE),
    {"title": SHOE + "!", "published": TEH},
)
# -- near miss: «فروش» opening the headline (the word, not the doers' plural): the headline,
# a doubt allowed (the crumb's cut stays in doubt, fix304's near miss).
SALE = "فروش فرش دستباف در بازار کلاته دو برابر شد"
case(
    "glued-crumb-over-sale-word-neg",
    "text",
    page(f"خانه اخبار {SALE}", DATE_LINE),
    {"title": SALE, "published": TEH},
)

# == fix308: short lines ending as running text are no menu ========================================
# A post's text broken into short lines ending with «که» and «را»: the post's title.
VERSE = (
    "مادربزرگ هر پاییز\n\nگردوهایی را که\n\nاز باغ پایین می آورد\n\nروی بام می ریخت و\n\n"
    "ما بچه ها را\n\nبه شکستن آن ها می نشاند.\n"
)
case(
    "post-title-over-short-lines-ending-ke-ra-pos",
    "text",
    "یادداشت های کلاته\n\nگردوهای پاییز\n\n" + VERSE,
    {"title": "گردوهای پاییز"},
)
# -- near miss: a site's menu of labels, two ending with the letter «و» of a word («گردو»,
# «پرسش و پاسخ» has the word inside): a menu, no title.
MENU = ["درباره ما", "باغ های گردو", "پرسش و پاسخ", "فروشگاه گردو", "گالری تصاویر"]
case(
    "menu-labels-ending-with-gerdoo-neg",
    "text",
    "باغ کلاته\n" + "\n".join(MENU) + "\nتماس با ما\n",
    {"title": None},
)

# == fix308: a next meeting's label with words before its colon =====================================
COUNCIL = "شورای روستا طرح سقف بازار را تصویب کرد"
COUNCIL_BODY = (
    "اعضای شورای روستا در نشست دیروز خود طرح سقف فلزی بازار هفتگی را بررسی کردند و با هزینه "
    "آن موافقت کردند.\n\nدهیار گفت کار ساخت پیش از بهار تمام می شود.\n"
)
# Four words between the label and the colon: no publication date.
case(
    "next-meeting-label-four-words-before-colon-pos",
    "text",
    page(COUNCIL, body=f"{COUNCIL_BODY}\nجلسه بعدی شورای اسلامی روستا: ۲۵ آذر ۱۴۰۲\n"),
    {"title": COUNCIL, "published": None},
)
# -- near miss: a headline holding «نشست آینده شورا:» over the page's date line: that headline,
# sure, and the date line's minute.
MEETING_HEAD = "نشست آینده شورا: بودجه سقف بازار بررسی می شود"
case(
    "headline-with-next-meeting-words-and-colon-neg",
    "text",
    page(MEETING_HEAD, DATE_LINE, body=COUNCIL_BODY),
    {"title": MEETING_HEAD + "!", "published": TEH},
)

# == fix308 and fix310: spaceless «›» crumbs and a digit twin ==================================
ASCII_TWIN = "رشد 2.5 درصدی فروش بازار کلاته"
PERSIAN_TWIN = "رشد ۲٫۵ درصدی فروش بازار کلاته"
# Spaceless crumbs over a twin glued (two rules): the Persian copy.
case(
    "spaceless-crumbs-over-glued-digit-twin-two-rules-pos",
    "text",
    page(f"خانه›اقتصاد›{ASCII_TWIN}{PERSIAN_TWIN}", DATE_LINE),
    {"title": PERSIAN_TWIN, "published": TEH},
)
# Spaceless crumbs in Arabic yeh and kaf, the lead opening with the last crumb: the last crumb.
CRUMBED = "بازار هفتگی کلاته باز شد"
case(
    "spaceless-crumbs-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(f"خانه›روستا›{CRUMBED}\n\n{CRUMBED}. {LEAD}\n\n{MORE}\n"),
    {"title": yeh_kaf(CRUMBED)},
)

# == fix308: an outlet credited over a lone teaser ================================================
OUTLET = "کلاته نیوز"
# -- near miss: the outlet's own whole article, its lead crediting it, no button: the headline
# and its date.
case(
    "outlet-credited-over-its-whole-article-neg",
    "text",
    f"{OUTLET}\n\n{HEAD}\n{DATE_LINE}\n\n"
    + LEAD.replace("به گزارش خبرنگار ما،", f"به گزارش {OUTLET}،")
    + f"\n\n{MORE}\n",
    {"title": HEAD, "published": TEH},
)

# == fix309: «دسته:» a field label ================================================================
# A space before the colon: the headline over it.
case(
    "category-label-spaced-colon-under-headline-pos",
    "text",
    page(HEAD, "دسته : اخبار روستا", DATE_LINE),
    {"title": HEAD, "published": TEH},
)
# -- near miss: «دسته» a word of the headline, a colon later in it: that headline, sure.
PROCESSION = "دسته عزاداری کلاته: از مسجد تا بازار هفتگی"
case(
    "headline-opening-with-daste-and-a-colon-neg",
    "text",
    page(PROCESSION, DATE_LINE),
    {"title": PROCESSION + "!", "published": TEH},
)
# -- near miss: «دسته گل» (a bouquet) opening the headline: that headline, sure.
BOUQUET = "دسته گل های باغ کلاته به بازار تهران رسید"
case(
    "headline-opening-with-bouquet-neg",
    "text",
    page(BOUQUET, DATE_LINE),
    {"title": BOUQUET + "!", "published": TEH},
)

# == fix309: a tag page served as a search ========================================================
# The tag's heading over three dated results: the tag's name, no date.
case(
    "tag-search-heading-over-three-results-pos",
    "text",
    "نتایج جستجو تگ برای: بازار هفتگی\n\n" + LIST,
    {"title": "بازار هفتگی", "published": None},
)
# -- near miss: a plain search's heading over three results: never the searched words; no date.
case(
    "plain-search-heading-over-three-results-neg",
    "text",
    "نتایج جستجو برای: بازار هفتگی\n\n" + LIST,
    {"title": "WARN", "published": None},
)

# == fix309: a Tajik dateline with the agency's credit after a dash ================================
TJ_HEAD = "Бозори ҳарҳафтаинаи деҳаи Калта пас аз таъмир боз шуд"
TJ_REST = (
    "Бозори ҳарҳафтаинаи деҳа, ки боми он дар барфи соли гузашта фурӯ рехта буд, бо кӯмаки "
    "мақомоти маҳаллӣ аз нав сохта шуд. Аз имрӯз ҳамаи растаҳо кор мекунанд.\n\n"
    "Раиси ҷамоат гуфт, ки боми нави бозор аз оҳан сохта шудааст ва барои ҳар раста чароғ "
    "гузошта шуд."
)
# A hyphen and the state agency's credit: the report's day.
case(
    "tajik-dateline-hyphen-khovar-credit-pos",
    "text",
    f"{TJ_HEAD}\n\nДушанбе, 5 декабр, 2025 - АМИТ «Ховар». " + TJ_REST,
    {"title": TJ_HEAD, "published": "2025-12-05"},
    url="https://kalta-example.tj/?p=7731",
)
# -- near miss: a lead opening with a city and a date that is an event (independence day,
# 1991), no credit: no date.
case(
    "tajik-city-date-event-no-credit-neg",
    "text",
    f"{TJ_HEAD}\n\nДушанбе, 9 сентябр, 1991 – рӯзи эълони Истиқлолияти давлатӣ; имсол дар "
    "деҳа ба ин муносибат бозор таъмир шуд. " + TJ_REST,
    {"title": TJ_HEAD, "published": None},
    url="https://kalta-example.tj/?p=7731",
)

# == fix309: Blog.ir's two-digit-year footer ======================================================
BLOG_TOP = "دفتر دهیار کلاته\n\nنوشته های کوتاه یک دهیار از کارهای روستا\n\n"
POST_HEAD = "سقف بازار را دوباره ساختیم"
POST_TEXT = (
    "پس از سه هفته کار داوطلبانه اهالی، سقف چوبی بازار هفتگی روستا دوباره ساخته شد و غرفه "
    "داران از جمعه بساط خود را پهن کردند. از همه کسانی که در تهیه تیرها کمک کردند سپاسگزارم.\n"
    "\n"
)
FOOTER = "۵ نظر ۰۷ مرداد ۹۳ ، ۱۸:۴۰"
BLOG_IR = "2014-07-29T18:40:00+04:30"
# A post's page whose sidebar archive prints «مرداد ۱۳۹۳»: the footer's instant.
case(
    "blogir-footer-year-from-sidebar-archive-pos",
    "text",
    BLOG_TOP + f"{POST_HEAD}\n\n{POST_TEXT}{FOOTER}\n\nبایگانی\nمرداد ۱۳۹۳ (۳)\nتیر ۱۳۹۳ (۵)\n",
    {"title": POST_HEAD, "published": BLOG_IR},
)
# -- near miss: the page prints a Gregorian «2014» (a copyright line): the footer's instant or
# none; never a year of another century.
case(
    "blogir-footer-with-gregorian-copyright-year-neg",
    "text",
    BLOG_TOP + f"{POST_HEAD}\n\n{POST_TEXT}{FOOTER}\n\nCopyright © 2014 kalateh.blog.ir\n",
    {"title": POST_HEAD, "published": (None, BLOG_IR)},
)
# -- near miss: the page prints a DIFFERENT Jalali year in full («۱۴۰۲», a later comment): the
# footer's instant (93 is 1393 in any Jalali century) or none; never 1402's days.
case(
    "blogir-footer-with-other-jalali-year-neg",
    "text",
    BLOG_TOP
    + f"{POST_HEAD}\n\n{POST_TEXT}{FOOTER}\n\nنظر تازه: ۳ آبان ۱۴۰۲ هنوز همان سقف سالم است\n",
    {"title": POST_HEAD, "published": (None, BLOG_IR)},
)

# == fix309: a month counter of one post at a list's address =======================================
POST_FOOTER = "۱۸ تیر ۱۴۰۲ ، ۲۱:۱۰"
TIR = "2023-07-09T21:10:00+03:30"
# The headline right under the counter, the post's footer: the post's values.
case(
    "one-post-counter-at-month-address-headline-pos",
    "text",
    BLOG_TOP + f"۱ مطلب در تیر ۱۴۰۲ ثبت شده است\n\n{POST_HEAD}\n\n{POST_TEXT}{POST_FOOTER}\n",
    {"title": POST_HEAD, "published": TIR},
    url="https://kalateh.blog.ir/archive/1402/4/",
)
# -- near miss: a counter of ten posts («۱۰», opening with «۱») over the first post: a list, no
# title, no date.
case(
    "ten-post-counter-at-month-address-neg",
    "text",
    BLOG_TOP
    + f"۱۰ مطلب در تیر ۱۴۰۲ ثبت شده است\n\n{POST_HEAD}\n\n{POST_TEXT}{POST_FOOTER}\n\n"
    + "کلاس خیاطی\n\nکلاس خیاطی زنان روستا از این هفته در خانه بهداشت برگزار می شود و "
    + "چرخ ها را بخشداری داده است.\n\n۱۲ تیر ۱۴۰۲ ، ۱۹:۳۰\n",
    {"title": None, "published": None},
    url="https://kalateh.blog.ir/archive/1402/4/",
)

# == fix309: one cut excerpt at a tag's address ====================================================
EXCERPT = (
    "۱۴۰۲/۰۹/۲۵\n\n"
    f"{HEAD}\n\n"
    "به گزارش خبرنگار ما، بازار هفتگی روستای کلاته که سقف چوبی آن در برف سال گذشته فرو ریخته "
    "بود با کمک دهیاری و فروشندگان دوباره ساخته شد و ..."
)
# The excerpt cut with three ASCII dots at a tag's address: the only item's, no title.
case(
    "tag-address-one-excerpt-ascii-dots-pos",
    "text",
    EXCERPT + "\n",
    {"title": None, "published": None},
    url=HOST + "/tag/" + quote("بازار") + "/",
)
# -- near miss: the same text at the post's own address: the headline, its day.
case(
    "post-address-headline-over-own-cut-lead-neg",
    "text",
    EXCERPT + "\n",
    {"title": HEAD, "published": "2023-12-16"},
    url=HOST + "/1402/09/25/bazar-haftegi-kalateh/",
)

# == two rules on one page: a month archive of one post with «دسته:» and a two-digit footer ======
case(
    "blogir-one-post-counter-category-label-footer-two-rules-pos",
    "text",
    BLOG_TOP
    + f"۱ مطلب در مرداد ۱۳۹۳ ثبت شده است\n\n{POST_HEAD}\n\nدسته: کارهای روستا\n\n"
    + f"{POST_TEXT}{FOOTER}\n",
    {"title": POST_HEAD, "published": BLOG_IR},
    url="https://kalateh.blog.ir/archive/1393/5/",
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
