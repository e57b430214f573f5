"""Sixty-third round of attacks: the rules of fix188, fix190, fix192 and fix193 and the lead's
mends (``DAILY_BOX_LONG_WORDS`` = 15 in fix190's daily box, ``vocab.ARCHIVE_WORDS`` in the
archive-label rules), attacked by no round, each put into a whole page of a kind the rule was
not made on (a news agency, a ministry's portal, a university, a provincial site, a blog, a
forum, a shop magazine, an Afghan Dari site; HTML ``<td>``/``<li>``/``<h1>``/``<h3>``/
``<footer>``, Markdown; Arabic yeh and kaf, Persian, Arabic-Indic and ASCII digits, ZWNJ present
and missing, double-spaced lines, CRLF), and at the edges of its conditions (a count at its
threshold and one past it, the shape at the page's top or bottom, two rules' shapes on one
page).

The shapes: fix188's Blogfa ``/cat-3.aspx`` in Markdown (``-neg``, a Dari agency's item under
``/cat-5/``), an ``<h1>`` wholly one absolute link home that ``<title>`` repeats, on a forum
(``-neg``, a ministry's headline ``<h1>`` linking home under another ``<title>``), a back link
with the rule's two more words, CRLF (``-neg``, a sports headline opening ``بازگشت به فهرست``
and going on), a first line of twenty unmarked words as written with ``با اشاره به`` (``-neg``, an
unmarked headline of 23 words holding ``آموزش ضمن خدمت``), a percent-encoded slug of exactly
six words over an unmarked line of exactly fifteen words sharing one word (``-neg``, a slug
sharing five words with its headline); fix190's ``پیامنما`` (ZWNJ missing) box whose verse is
exactly fifteen words on a page with no blank lines and a headline its lead does not retell,
``HEADLINE ||`` on a double-spaced forum topic (Arabic-Indic digits), a printed ``لینک خبر :``
in a ``<footer>`` (``-neg``, a printed short link whose path is a date), ``/fa/news/<slug>/ID``
(``-neg``, ``/news/<slug>/1403``), a blog's masthead block printed twice in Markdown (``-neg``:
a kicker and headline printed twice over a caption, the masthead's shape); fix192's gazette
year-and-issue ``سال هشتادم شماره N`` in ``<td>``s (Arabic-Indic digits), BlogSky's name of
three words and motto of fourteen (the rule's most) printed twice (Arabic yeh and kaf), ``A -
A | SITE`` (Arabic yeh and kaf), ``هدر بالا`` / ``1. اخبار`` at the top and ``رفتن به بالا`` at
the bottom, a lone ``١`` over a Dari headline and its labelled date (``-neg``, a numbered list
whose items print their dates); fix193's daily box over a kicker, its headline retold by
exactly two content words (CRLF; ``-neg``, a box whose source line and a date line stand over
the headline), a saying kicker over exactly two header lines and over three (one past), an
``<h3>`` kicker over its date and ``<h1>`` headline (``-neg``), the motto printed twice under
three header lines and under four (one past); the archive words: ``آرشیو برچسب: NAME`` in an
``<h1>`` over ``<li>`` items, a bare ``ارشيو`` line (Arabic yeh; ``-neg``, a headline opening
with ``بایگانی``). 34 inputs: 22 positives, 12 near misses.

No fix is made for this round (docs/reliability.md, "Attacks, sixty-third round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand (jdatetime): 12 Dey 1402 = 2024-01-02 (a Tuesday, +03:30);
14 Khordad 1399 = 2020-06-03 (a Wednesday); 27 Sowr (Ordibehesht) 1402 = 2023-05-17 (a
Wednesday); 5 Bahman 1401 = 2023-01-25 (a Wednesday).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks63.py
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

# == fix188 (1): Blogfa's category page «/cat-N.aspx» ==========================================
# A travel blog on Blogfa, its category page saved as Markdown (tests/pages 2017's layout, one
# shown post): the post's headline, its date, its text, a read-more link.
WALK = "پیاده روی در دره های سرسبز ماسوله"
case(
    "blog-blogfa-category-page-markdown-pos",
    "text",
    f"# {WALK}\n\n*{DAY}*\n\n"
    "از ماسوله تا آبشار کوچک بالای روستا دو ساعت راه است و مسیر از میان باغ های فندق و "
    "جنگل های انبوه می گذرد و در بیشتر روزهای سال مه آلود است.\n\n"
    "[ادامه مطلب](http://kuhnavard.blogfa.com/post/41)\n",
    {"title": "WARN", "code": "listing-page"},
    url="http://kuhnavard.blogfa.com/cat-3.aspx",
)
# -- near miss: an Afghan Dari agency's item filed under «/cat-5/»: the item, its day, its ID.
DARI = "بازگشایی دوباره سرک کابل به جلال آباد پس از سیلاب"
case(
    "dari-agency-item-under-cat-segment-neg",
    "text",
    f"{DARI}\n۲۷ ثور ۱۴۰۲\n\n"
    "مسئولان ریاست فواید عامه ولایت ننگرهار می گویند سرک کابل به جلال آباد که به دلیل سیلاب "
    "های اخیر مسدود شده بود پس از دو روز کار شبانه روزی دوباره به روی موترها باز شد.\n\n"
    "به گفته آنان کار ترمیم پل های آسیب دیده تا پایان هفته ادامه دارد.\n",
    {
        "title": DARI + "!",
        "nocode": "listing-page",
        "number": num("7712"),
        "published": "2023-05-17",
    },
    url="https://dari.example.af/cat-5/news-7712.html",
)

# == fix188 (2): an <h1> wholly one link home that <title> repeats whole ========================
# A gardeners' forum topic (tests/pages 2016's theme header): the forum's name in <title> and in
# an <h1> linking to its home by an absolute address, the topic's <h2>, two posts.
FORUM = "انجمن باغبانان خانگی"
LEMON = "زرد شدن برگ های درخت لیمو در گلدان"
FORUM_PAGE = html(
    f"<div id='header'><h1><a href='https://forum.example.ir/'>{FORUM}</a></h1>"
    "<p>پرسش و پاسخ درباره گل و گیاه</p></div>"
    f"<div class='topic'><h2>{LEMON}</h2>"
    f"<div class='post'><span>ارسال شده در {DAY}</span><p>سلام. برگ های درخت لیموی من که در "
    "گلدان بزرگ کنار پنجره است از یک ماه پیش زرد می شود و می ریزد. آب را هفته ای دو بار می دهم "
    "و کود هم نداده ام. چه کنم؟</p></div>"
    "<div class='post'><p>احتمالا آب زیاد است. خاک را بگذارید کمی خشک شود و بعد آب بدهید.</p>"
    "</div></div>"
).replace(b"<head>", f"<head><title>{FORUM}</title>".encode())
case(
    "forum-html-h1-absolute-home-link-title-repeats-pos",
    "html",
    FORUM_PAGE,
    {"nottitle": FORUM, "title": (LEMON, "WARN")},
    url="https://forum.example.ir/topic/5521-lemon",
)
# -- near miss: a ministry's headline <h1> linking to the home page (its CMS's habit) under a
# <title> naming the headline and the ministry: the headline.
WATER = "آغاز اجرای طرح نوسازی شبکه آب شرب در سی شهر کشور"
case(
    "ministry-html-headline-h1-linking-home-other-title-neg",
    "html",
    html(
        f"<h1><a href='/'>{WATER}</a></h1><div class='date'>{DAY}</div>"
        + paras(
            "معاون وزیر نیرو گفت طرح نوسازی شبکه آب شرب در سی شهر کشور از این هفته آغاز شده و "
            "لوله های فرسوده در محله های قدیمی این شهرها تا پایان سال آینده عوض می شود.\n\n"
            "به گفته او هزینه این طرح از محل اعتبارات ملی تامین شده است."
        )
    ).replace(b"<head>", f"<head><title>{WATER} - وزارت نیرو</title>".encode()),
    {"title": WATER + "!", "published": "2024-01-02"},
    url="https://moe.example.ir/fa/news/60213",
)

# == fix188 (3): a back link is chrome ==========================================================
# A ministry's notice (tests/pages 2008's back link, CRLF): the back link with two more words
# (the rule's most), the headline, its date, the text.
NOTICE = "تمدید مهلت ثبت نام آزمون استخدامی وزارت تعاون"
case(
    "ministry-back-link-two-more-words-crlf-pos",
    "text",
    crlf(
        f"بازگشت به صفحه اصلی سایت\n\n{NOTICE}\n{DAY}\n\n"
        "مهلت ثبت نام در آزمون استخدامی وزارت تعاون، کار و رفاه اجتماعی به درخواست داوطلبان تا "
        "پایان هفته آینده تمدید شد و داوطلبان می توانند از سامانه آزمون ثبت نام کنند.\n\n"
        "کارت ورود به جلسه آزمون ده روز پیش از آن منتشر می شود.\n"
    ),
    {"title": NOTICE + "!", "published": "2024-01-02"},
)
# -- near miss: a sports headline opening «بازگشت به فهرست» and going on seven words.
BACK = "بازگشت به فهرست تیم ملی پس از دو سال دوری"
case(
    "sports-headline-opening-back-to-list-neg",
    "text",
    f"{BACK}\n{DAY}\n\n"
    "مهاجم باتجربه باشگاه پس از دو سال دوری از تیم ملی دوباره به فهرست سرمربی برای دو بازی "
    "دوستانه ماه آینده دعوت شد و گفت برای رسیدن به این روز سخت تمرین کرده است.\n\n"
    "اردوی تیم ملی از شنبه آینده در تهران برگزار می شود.\n",
    {"title": BACK + "!", "published": "2024-01-02"},
)

# == fix188 (4): a first line of twenty unmarked words or more with a lead's clause ============
# A news agency's item stored with its lead first (tests/pages 2018's layout): exactly twenty
# words (the threshold), «با اشاره به», no mark; the date line; the text. (Noted after the
# first run: the parser's count_words leaves the bound «های» out, so it counts nineteen.)
RUN_ON = (
    "مدیرکل میراث فرهنگی استان با اشاره به آغاز سفرهای زمستانی از آمادگی اقامتگاه های استان "
    "برای پذیرش گردشگران خبر داد"
)
case(
    "agency-run-on-lead-twenty-words-pos",
    "text",
    f"{RUN_ON}\n{DAY}\n"
    "وی گفت بیش از دویست اقامتگاه بوم گردی در روستاهای استان آماده پذیرش مسافران است و نرخ "
    "اقامت در آنها از سوی اداره کل اعلام شده و بازرسان بر رعایت آن نظارت می کنند.\n",
    {"title": "WARN", "published": "2024-01-02"},
)
# -- near miss: a university's unmarked headline of 23 words holding «آموزش ضمن خدمت» (a noun,
# no lead's clause): the headline, undoubted.
TRAINING = (
    "برگزاری دوره آموزش ضمن خدمت معلمان ابتدایی مدارس عشایری استان در تابستان امسال با حضور "
    "بیش از سیصد معلم در مرکز تربیت معلم"
)
case(
    "uni-unmarked-headline-with-in-service-training-neg",
    "text",
    f"{TRAINING}\n{DAY}\n\n"
    "به گزارش روابط عمومی دانشگاه فرهنگیان، این دوره دو هفته ای با هدف آشنایی معلمان مدارس "
    "عشایری با روش های تازه آموزش کلاس های چندپایه برگزار شد و شرکت کنندگان گواهی گرفتند.\n\n"
    "استادان دانشگاه در این دوره کارگاه های عملی هم برگزار کردند.\n",
    {"title": TRAINING + "!", "published": "2024-01-02"},
)

# == fix188 (5): a long slug spelling no line disowns a long unmarked line =====================
# A provincial site (tests/pages 2018's layout), its address a percent-encoded slug of exactly
# six words; the first line exactly fifteen unmarked words sharing one word («الموت»).
ALAMUT_LEAD = "بخشدار الموت در جلسه شورای بخش خواستار اعزام ماشین آلات بیشتر راهداری به روستاها شد"
ALAMUT_PAGE = (
    f"{ALAMUT_LEAD}\n"
    "وی گفت با بارش برف سنگین دو هفته اخیر راه دسترسی چند روستای کوهستانی بسته مانده و "
    "ماشین آلات موجود برای بازگشایی همه آنها کافی نیست و مردم برای رسیدن به شهر مشکل دارند.\n"
    "از شما درخواست می کنیم نظرات خود را با ما به اشتراک بگذارید\n"
)
case(
    "provincial-encoded-six-word-slug-fifteen-word-lead-pos",
    "text",
    ALAMUT_PAGE,
    {"title": "WARN"},
    url="https://qazvin.example.ir/%D8%AC%D8%A7%D8%AF%D9%87-%D8%A7%D9%84%D9%85%D9%88%D8%AA-"
    "%D9%87%D9%86%D9%88%D8%B2-%D8%B2%DB%8C%D8%B1-%D8%A8%D8%B1%D9%81-%D8%A7%D8%B3%D8%AA/",
)
# -- near miss: a sixteen-word headline whose six-word slug shares five of its words: the
# slug names this line; it is the title, undoubted.
TALEQAN = (
    "فرماندار طالقان در جلسه شورای اداری از کمبود ماشین آلات راهداری در روستاهای کوهستانی خبر داد"
)
case(
    "provincial-slug-sharing-five-words-with-headline-neg",
    "text",
    ALAMUT_PAGE.replace(ALAMUT_LEAD, TALEQAN),
    {"title": TALEQAN + "!"},
    url="https://qazvin.example.ir/کمبود-ماشین-آلات-راهداری-در-طالقان/",
)

# == fix190 (1) and the lead's mend: a daily box's verse of DAILY_BOX_LONG_WORDS words ==========
# A news agency's page flattened with no blank lines (tests/pages 350's, tests/test_fix190.py's
# _MEHR_FLAT), «پیامنما» with its ZWNJ missing, a verse of exactly fifteen words, then the
# headline, which its lead does not retell (no word in common), the date, the code.
PASS_HEAD = "راه سی روستای کوهستانی بسته شد"
case(
    "agency-flat-verse-box-fifteen-words-no-zwnj-pos",
    "text",
    no_zwnj(
        "جامعه\nاستان ها\nپیام\u200cنما\n"
        "هر که در سرا درآمد نانش دهید و از ایمانش مپرسید که خدا جانش داد\n"
        f"{PASS_HEAD}\n"
        "بارش سنگین برف از شب گذشته ارتباط آبادی های بخش مرکزی با شهر را قطع کرد و گروه های "
        "راهداری از صبح امروز مشغول بازگشایی مسیرها هستند.\n"
        f"{DAY}، ۹:۴۰\nکد خبر ۵۸۹۴۳۲۱\n"
        "به گزارش خبرنگار ما، فرماندار شهرستان گفت گروه های امدادی برای رساندن سوخت و آذوقه به "
        "اهالی آماده اند و تا عصر امروز بیشتر راه ها باز می شود.\n"
    ),
    {"title": PASS_HEAD + "!", "published": "2024-01-02"},
)

# == fix190 (3): a headline closed by a table cell's bars =====================================
# A forum topic saved double-spaced (madresehnews.com's flattened cell, real58 #08): the
# headline closed by two bars, its date in Arabic-Indic digits, the first post.
EXAM = "منابع کنکور ارشد رشته علوم تربیتی"
case(
    "forum-double-spaced-headline-closed-by-two-bars-arabic-digits-pos",
    "text",
    arabic_digits(
        double_spaced(
            f"{EXAM} ||",
            f"تاریخ: {DAY}",
            "سلام دوستان. من امسال برای کنکور ارشد علوم تربیتی می خوانم و نمی دانم برای درس های "
            "تخصصی کدام کتاب ها را بخوانم. اگر کسی تجربه دارد لطفا راهنمایی کند.",
            "پاسخ: کتاب های درسی دانشگاه پیام نور را بخوانید و تست سال های قبل را حتما بزنید.",
        )
    ),
    {"title": EXAM + "!", "published": "2024-01-02"},
)

# == fix190 (4): the item's link printed under «لینک خبر :» ====================================
# A university's news page in HTML, the printed link in its <footer> at the page's bottom, no
# address given, no code printed.
CONF = "برگزاری همایش ملی آب و کشاورزی در دانشگاه"
CONF_TEXT = (
    "همایش ملی آب و کشاورزی با حضور پژوهشگران بیست دانشگاه کشور در تالار اجتماعات دانشگاه "
    "برگزار شد و دبیر همایش گفت بیش از دویست مقاله به دبیرخانه رسیده است.\n\n"
    "در پایان همایش از برگزیدگان تقدیر شد."
)


def uni_conference(link_line: str) -> bytes:
    return html(
        f"<article><h1>{CONF}</h1><div class='date'>{DAY}</div>{paras(CONF_TEXT)}</article>"
        f"<footer><p>{link_line}</p><p>کلیه حقوق برای دانشگاه محفوظ است.</p></footer>"
    )


case(
    "uni-html-printed-item-link-in-footer-pos",
    "html",
    uni_conference("لینک خبر : https://uni.example.ir/fa/news/77123"),
    {"title": CONF + "!", "number": num("77123"), "published": "2024-01-02"},
)
# -- near miss: the printed short link's path is a date, no item's ID: no number.
case(
    "uni-html-printed-link-dated-path-neg",
    "html",
    uni_conference("لینک کوتاه : https://uni.example.ir/fa/news/1402/10/12"),
    {"title": CONF + "!", "number": None, "published": "2024-01-02"},
)

# == fix190 (5): «/ITEM/<category-slug>/ID» ===================================================
# A ministry's portal with a language segment before it: «/fa/news/general-news/48211».
ROADS = "افتتاح سه طرح راهسازی در استان های جنوبی کشور"
ROADS_PAGE = (
    f"{ROADS}\n{DAY}\n\n"
    "وزیر راه و شهرسازی امروز سه طرح راهسازی را در استان های جنوبی کشور افتتاح کرد و گفت "
    "با بهره برداری از این طرح ها زمان سفر میان بندرها و شهرهای مرکزی کوتاه تر می شود.\n\n"
    "هزینه این طرح ها از اعتبارات ملی پرداخت شده است.\n"
)
case(
    "ministry-language-segment-news-slug-id-pos",
    "text",
    ROADS_PAGE,
    {"title": ROADS + "!", "number": num("48211"), "published": "2024-01-02"},
    url="https://mrud.example.ir/fa/news/general-news/48211",
)
# -- near miss: the last segment a year after a category's slug (a season's archive): none.
case(
    "sports-news-slug-year-segment-neg",
    "text",
    ROADS_PAGE,
    {"number": None},
    url="https://sport.example.ir/news/iran-football/1403",
)

# == fix190 (7): a blog's masthead printed twice ===============================================
# A Blogfa blog saved as Markdown (talesh-voice.blogsky.com's header, real58 #20): the name
# twice and the description, that block printed twice; the post's headline, date, text.
BLOG = "نوای کوهستان"
BLOG_HEAD = "جشن برداشت گردو در روستای بالا"
MASTHEAD = (
    f"## {BLOG}\n\n{BLOG}\n\n"
    "نوشته هایی از زندگی مردم روستاهای کوهستانی و آداب و رسوم آنها در گذر فصل ها\n\n"
)
case(
    "blog-markdown-masthead-printed-twice-pos",
    "text",
    f"{MASTHEAD}{MASTHEAD}# {BLOG_HEAD}\n\n*{DAY}*\n\n"
    "امسال هم مثل هر سال اهالی روستا در آخرین هفته شهریور دور هم جمع شدند و گردوها را از "
    "درختان کهنسال چیدند و شب با آش و ساز محلی جشن گرفتند.\n\n"
    "بچه ها بیشتر از همه از این جشن لذت بردند.\n",
    {"title": BLOG_HEAD, "published": "2024-01-02"},
)
# -- near miss: a print view's kicker (three words) and headline printed twice, a photo's
# caption under the copy (the name-and-motto shape): the headline, undoubted.
KICK3 = "رئیس کل دادگستری"
VERDICT = "پرونده تخلفات ساختمانی شهرداری به دادگاه رفت"
case(
    "agency-kicker-and-headline-printed-twice-over-caption-neg",
    "text",
    f"{KICK3}\n\n{VERDICT}\n\n{KICK3}\n\n{VERDICT}\n\nعکس از علی رضایی\n\n{DAY}\n\n"
    "رئیس کل دادگستری استان گفت پرونده تخلفات ساختمانی در سه منطقه شهرداری پس از بررسی "
    "بازرسان برای رسیدگی به دادگاه فرستاده شد و چند مدیر پیشین احضار شده اند.\n\n"
    "وی افزود رسیدگی به این پرونده خارج از نوبت انجام می شود.\n",
    {"title": VERDICT + "!", "published": "2024-01-02"},
)

# == fix192 (1): a gazette's year-and-issue line ==============================================
# A ministry's legal database in <td>s (rrk.ir's ruling, real59 #18): the reference, the
# issue's weekday date, «سال هشتادم شماره N» (Arabic-Indic digits), the headline, the text.
RULE = "آیین نامه اجرایی ایجاد مهدکودک در محل کار بانوان شاغل"
case(
    "ministry-html-td-gazette-ordinal-year-issue-arabic-digits-pos",
    "html",
    html(
        "<table><tr><td>مرجع تصویب: هیئت وزیران</td></tr>"
        "<tr><td>چهارشنبه، ۱۴ خرداد ۱۳۹۹</td></tr>"
        f"<tr><td>{arabic_digits('سال هشتادم شماره ۲۱۹۰۱')}</td></tr>"
        f"<tr><td>{RULE}</td></tr></table>"
        + paras(
            "هیئت وزیران به پیشنهاد وزارت تعاون، کار و رفاه اجتماعی آیین نامه اجرایی ایجاد "
            "مهدکودک در محل کار بانوان شاغل را تصویب کرد و دستگاه های اجرایی موظف شدند ظرف "
            "یک سال آن را اجرا کنند.\n\n"
            "هزینه نگهداری کودکان از محل اعتبارات هر دستگاه پرداخت می شود."
        )
    ),
    {"title": RULE + "!", "published": "2020-06-03"},
)

# == fix192 (2): a blog's name and motto printed twice ========================================
# A BlogSky blog (khouzestan.blogsky.com's header, real59 #22), Arabic yeh and kaf: the name of
# three words and the motto of fourteen (the rule's most), the pair again, the category, the
# post's title, its text. (Noted after the first run: count_words leaves the bound «های» and
# «هایی» out, two and thirteen words as the rule counts them, under its most.)
DESERT = "یادداشت های کویری"
DESERT_MOTTO = "نوشته هایی درباره تاریخ و فرهنگ و طبیعت شهر کوچک ما در دل کویر"
QANAT = "لایروبی قنات قدیمی محله با کمک اهالی"
PAIR = f"{DESERT}\n\n{DESERT_MOTTO}\n\n"
case(
    "blog-blogsky-name-three-motto-fourteen-twice-yeh-kaf-pos",
    "text",
    yeh_kaf(
        f"{PAIR}{PAIR}اخبار فرهنگی شهرستان\n\n{QANAT}\n\n"
        "اهالی محله قدیمی شهر پس از سال ها قنات خشک شده محله را با کمک مقنی های باتجربه "
        "لایروبی کردند و آب دوباره به آب انبار قدیمی محله رسید و باغ های کوچک سبز شدند.\n\n"
        "هزینه این کار را خود مردم پرداختند.\n"
    ),
    {"title": either(QANAT)},
)

# == fix192 (3): «A - A | SITE» ================================================================
# A provincial office's portal (shirvan.nkj.ir's layout, real59 #21), Arabic yeh and kaf.
FOREST = "آغاز کاشت نهال در جنگل های شمال استان"
case(
    "provincial-echoed-title-site-yeh-kaf-pos",
    "text",
    yeh_kaf(
        f"{FOREST} - {FOREST} | اداره کل منابع طبیعی استان\nباسمه تعالی\n"
        "به گزارش روابط عمومی اداره کل منابع طبیعی، کاشت دویست هزار نهال بلوط و راش در جنگل "
        "های شمال استان با مشارکت مردم و دانش آموزان از امروز آغاز شد و تا پایان ماه ادامه "
        "دارد.\n"
    ),
    {"title": either(FOREST)},
)

# == fix192 (4): a theme's widget label, a numbered crumb and a scroll-to-top link ============
# A university's news page (payamekhabar.ir's top, real59 #09; kangannews.ir's bottom, #25):
# «هدر بالا», «1. اخبار», the headline, its date (ASCII digits), the text, «رفتن به بالا».
LIBRARY = "ساعت کار کتابخانه مرکزی دانشگاه در ایام امتحانات افزایش یافت"
case(
    "uni-widget-label-numbered-crumb-scroll-top-pos",
    "text",
    "هدر بالا\n  1. اخبار\n"
    f"{LIBRARY}\n1402/10/12\n\n"
    "مدیر کتابخانه مرکزی دانشگاه گفت در ایام امتحانات پایان ترم سالن های مطالعه کتابخانه تا "
    "ساعت دوازده شب باز است و دانشجویان می توانند با کارت دانشجویی از آنها استفاده کنند.\n\n"
    "رفتن به بالا\n",
    {"title": LIBRARY + "!", "published": "2024-01-02"},
)

# == fix192 (5): a lone «1» over a headline with its labelled date line ========================
# An Afghan Dari site (payam-aftab.com's layout, real59 #16), Arabic-Indic digits throughout.
HERAT = "برگزاری نمایشگاه صنایع دستی زنان در شهر هرات"
HERAT_TEXT = (
    "نمایشگاه صنایع دستی زنان ولایت هرات امروز با حضور مسئولان محلی گشایش یافت و صدها قطعه "
    "قالین، گلدوزی و ظروف سفالی ساخت زنان هراتی در آن به نمایش گذاشته شده است.\n\n"
    "این نمایشگاه تا پایان هفته باز است.\n"
)
case(
    "dari-lone-one-over-dated-headline-arabic-digits-pos",
    "text",
    arabic_digits(f"۱\n\n{HERAT}\n\nتاریخ انتشار : چهارشنبه ۲۷ ثور ۱۴۰۲ ساعت ۱۰:۱۵\n{HERAT_TEXT}"),
    {"title": HERAT + "!", "published": "2023-05-17"},
)
# -- near miss: a numbered list of three items, each with its labelled date line: a list.
LIST_ITEMS = (
    ("برگزاری نمایشگاه صنایع دستی زنان در شهر هرات", "۲۷ ثور ۱۴۰۲"),
    ("گشایش کتابخانه عامه تازه در ولایت بلخ", "۲۵ ثور ۱۴۰۲"),
    ("آغاز کار ترمیم سرک های ولایت بدخشان", "۲۳ ثور ۱۴۰۲"),
)
case(
    "dari-numbered-list-of-dated-items-neg",
    "text",
    "".join(
        f"{n}\n{head}\nتاریخ انتشار : {day}\n"
        "خبر کوتاه درباره این رویداد در ولایت که متن کامل آن در صفحه خبر آمده است…\n\n"
        for n, (head, day) in enumerate(LIST_ITEMS, 1)
    ),
    {"title": "WARN"},
)

# == fix193 (1): a daily box ends at the page's kicker over a retold headline ==================
# A news agency's flattened page (tests/test_fix193.py's _mehr_flat), CRLF: the box, a four-word
# saying, the kicker, the headline its lead retells by exactly two content words.
KANDOVAN = "بازگشایی دوباره راه کندوان"
case(
    "agency-flat-box-over-kicker-two-retold-words-crlf-pos",
    "text",
    crlf(
        "اجتماعی\nحوادث\nپیام\u200cنما\nصبر کلید گشایش است\n"
        f"رئیس اداره راهداری شهرستان خبر داد\n{KANDOVAN}\n"
        "گروه\u200cهای راهداری مسیر کوهستانی کندوان را پس از سه روز بازگشایی کردند و رفت و آمد "
        "خودروها از سر گرفته شد.\n"
        f"{DAY}\nکد خبر: ۴۵۶۷۱\n"
        "به گفته رئیس اداره راهداری، بیست دستگاه ماشین سنگین در این کار شرکت داشتند و نمک پاشی "
        "مسیر تا پایان هفته ادامه دارد.\n"
    ),
    {"title": KANDOVAN + "!", "published": "2024-01-02"},
)
# -- near miss: the box's saying, its source line and the date line over the headline, no
# kicker: the box keeps the saying and the source; the headline is the title.
case(
    "agency-flat-box-saying-source-date-over-headline-neg",
    "text",
    "حدیث روز\nدانش گنجی است که پایان ندارد\n(غرر الحکم)\n"
    f"{DAY}\n{KANDOVAN}\n"
    "گروه\u200cهای راهداری مسیر کوهستانی کندوان را پس از سه روز بازگشایی کردند و رفت و آمد "
    "خودروها از سر گرفته شد.\n",
    {"title": KANDOVAN + "!", "published": "2024-01-02"},
)

# == fix193 (2): a saying kicker over header lines, then its lead =============================
# A ministry's item (nojavaneplus.jamejamonline.ir's tag page, real57 #16): the kicker, its date
# and byline (two header lines, the threshold), the lead.
MINISTER = "وزیر راه و شهرسازی عنوان کرد"
MINISTER_LEAD = (
    "وزیر راه و شهرسازی در جمع خبرنگاران گفت ساخت پنجاه هزار واحد مسکونی برای زوج های جوان "
    "در شهرهای جدید از بهار آغاز می شود و متقاضیان می توانند از ماه آینده ثبت نام کنند.\n"
)
case(
    "ministry-saying-kicker-over-date-and-byline-pos",
    "text",
    f"{MINISTER}\n{DAY}\nخبرنگار: مریم کاظمی\n{MINISTER_LEAD}",
    {"title": "WARN", "published": "2024-01-02"},
)
# One past: the date, the byline and a code line (three header lines).
case(
    "ministry-saying-kicker-over-three-header-lines-pos",
    "text",
    f"{MINISTER}\n{DAY}\nخبرنگار: مریم کاظمی\nکد خبر: ۸۸۲۱۴\n{MINISTER_LEAD}",
    {"title": "WARN", "number": num("88214"), "published": "2024-01-02"},
)
# -- near miss: an <h3> kicker, the date, the <h1> headline, the lead: the headline.
HOUSING = "ثبت نام مسکن زوج های جوان از ماه آینده"
case(
    "ministry-html-h3-kicker-date-h1-headline-neg",
    "html",
    html(
        f"<h3>{MINISTER}</h3><div class='date'>{DAY}</div><h1>{HOUSING}</h1>" + paras(MINISTER_LEAD)
    ),
    {"title": HOUSING + "!", "published": "2024-01-02"},
)

# == fix193 (3): a motto printed twice under the lead, header lines under the headline ==========
# A university's news page (tests/test_fix193.py's _hall): the headline, three header lines
# (the date, the code, the byline: the rule's most), the lead, the motto round a sentence.
SCIENCE = "هفته پژوهش با نمایشگاه دستاوردهای دانشجویان دانشگاه آغاز شد"


def science_page(header: str) -> str:
    return (
        f"{SCIENCE}\n{header}\n"
        "هفته پژوهش با گشایش نمایشگاه دستاوردهای دانشجویان در سالن ورزشی دانشگاه آغاز شد.\n"
        "پژوهش برای فردای بهتر\nرئیس دانشگاه در پایان سخنانش این شعار را برای حاضران خواند.\n"
        "پژوهش برای فردای بهتر\nنمایشگاه تا پایان هفته هر روز از ساعت نه صبح باز است.\n"
    )


case(
    "uni-motto-twice-under-three-header-lines-pos",
    "text",
    science_page(f"{DAY}\nکد خبر: ۳۱۲۰۹\nخبرنگار: سارا امینی"),
    {"title": SCIENCE + "!", "number": num("31209"), "published": "2024-01-02"},
)
# One past: the date, the time, the code and the byline (four header lines).
case(
    "uni-motto-twice-under-four-header-lines-pos",
    "text",
    science_page(f"{DAY}\nساعت: ۱۰:۳۰\nکد خبر: ۳۱۲۰۹\nخبرنگار: سارا امینی"),
    {"title": SCIENCE + "!", "number": num("31209"), "published": "2024-01-02T10:30:00+03:30"},
)

# == the lead's mend: vocab.ARCHIVE_WORDS in the archive-label rules ==========================
# A shop magazine's tag archive in HTML (tests/pages 1986's layout): «آرشیو برچسب: NAME» in the
# <h1>, two items in <li>s with cut excerpts.
TRAVEL = "سفرهای زمستانی"
case(
    "shop-html-archive-label-h1-li-items-pos",
    "html",
    html(
        f"<h1>آرشیو برچسب: {TRAVEL}</h1><ul>"
        "<li><h2><a href='/mag/511'>بهترین پیست های اسکی نزدیک تهران</a></h2>"
        "<p>اگر اهل اسکی هستید در این نوشته سه پیست نزدیک تهران را با قیمت بلیت و …</p></li>"
        "<li><h2><a href='/mag/498'>چه لباسی برای سفر به کوهستان بخریم</a></h2>"
        "<p>لباس گرم و سبک برای سفر زمستانی باید چند لایه باشد و …</p></li></ul>"
    ),
    {"title": (TRAVEL, "WARN")},
    url="https://shop.example.ir/mag/tag/winter-trips",
)
# A forum's topic saved double-spaced, a bare «ارشيو» (the misspelling, Arabic yeh) line of
# its menu at the top, Arabic yeh and kaf throughout.
SNOW = "برف روبی معابر شهر با کمک داوطلبان محله"
case(
    "forum-bare-misspelled-archive-line-yeh-kaf-double-spaced-pos",
    "text",
    yeh_kaf(
        double_spaced(
            "ارشیو",
            SNOW,
            f"ارسال شده در {DAY}",
            "امروز صبح گروهی از جوانان محله با بیل و پارو برف های پیاده روهای خیابان اصلی را "
            "جمع کردند تا سالمندان بتوانند بدون خطر به نانوایی و مسجد بروند.",
            "شهرداری هم یک دستگاه برف روب برای کمک فرستاد.",
        )
    ),
    {"title": either(SNOW), "published": "2024-01-02"},
)
# -- near miss: a provincial site's headline opening with «بایگانی»: the headline, no list.
FILES = "بایگانی اسناد قدیمی شهرداری به ساختمان تازه منتقل شد"
case(
    "provincial-headline-opening-with-archive-word-neg",
    "text",
    f"{FILES}\n۵ بهمن ۱۴۰۱\n\n"
    "اسناد و نقشه های قدیمی شهرداری که در زیرزمین ساختمان قدیمی نگهداری می شد به بایگانی "
    "تازه ای با قفسه های فلزی و سامانه اطفای حریق منتقل شد تا از آسیب رطوبت در امان بماند.\n\n"
    "کار اسکن این اسناد هم از ماه آینده آغاز می شود.\n",
    {"title": FILES + "!", "nocode": "listing-page", "published": "2023-01-25"},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
