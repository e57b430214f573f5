"""Forty-second round of attacks: this session's new rules (fix109: a GUID in the address, « | | »
before a paper's name, a numbered body subheading, the headline over the slug's words, a news
site's tagline, an ID glued by «_»; fix110: an author's post, «اسف», `/news/show/id/N`, a site's
name and tagline; fix111: a two-word item headline, a byline over a marked place line, the site's
name twice; fix112: «چند نکته درباره ...», «Сана:», DorsaPortal's PageID, `/YYYY/MM/ID/DD/HH`, a
slug's counter; fix113: «مصوب DATE», `/Content/ID/N/`, `/ShowPost/index/N/`, `SchoolID`;
attack41: a related box's ID label), met with near misses (a real headline or real date of the
rule's shape) and with positive shapes beyond the rules' own pages (other spellings and digits,
ZWNJ, Arabic yeh and kaf, Markdown, double-spaced text, HTML).

Each input's record was decided by hand before the first run (docs/reliability.md, "Attacks,
forty-second round"); Jalali days were converted by hand from known anchors (1 Farvardin 1403 =
2024-03-20, so 12 Esfand 1402 = 2024-03-02; 1 Farvardin 1397 = 2018-03-21 after a 29-day Esfand
1396, so 21 Esfand 1396 = 2018-03-12; 1 Aban 1402 = 2023-10-23). Run:
PYTHONPATH=src:benchmarks python benchmarks/attacks42.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks39's. The shapes come from the pages the fixes were built on (named in their tests); the
article sentences are ours.
"""

from __future__ import annotations

from urllib.parse import quote

from attack_runner import BODY, D, H, collector, run
from attacks39 import check39

cases, case = collector()


def page(*header: str, body: str = BODY) -> str:
    return "\n".join((*header, "", body))


def slug(*words: str) -> str:
    return "-".join(quote(word) for word in words)


DAY = "2024-03-02"  # D, ۱۲ اسفند ۱۴۰۲
GUID = "41250087-c3d1-4a5e-9f1b-0026b9a8e7f3"
NEWS = page(H, D)

# == fix109: a GUID in the address ==============================================================
case(
    "guid-in-query-beside-path-id-neg",
    "text",
    NEWS,
    {"number": "84521", "published": DAY},
    url=f"https://example-news.ir/news/84521/budget-meeting?ref={GUID}",
)
case(
    "guid-upper-case-pos",
    "text",
    NEWS,
    {"number": None, "title": H},
    url=f"https://example-farmandari.ir/fa/news/detail/{GUID.upper()}/budget",
)

# == fix109: « | | » before a paper's name ======================================================
TWO_PART = "قیمت نان از هفته آینده بالا می‌رود | | نانوایان به تصمیم تازه اعتراض کردند"
case("doubled-bar-two-headlines-persian-neg", "text", page(TWO_PART, D), {"title": TWO_PART})
case(
    "doubled-bar-weekly-zwnj-pos",
    "text",
    page(f"{H} | | هفته‌نامه صدای شهر", D),
    {"title": H, "published": DAY},
)

# == fix109: a numbered subheading under the opening paragraph ==================================
OPENING = (
    "در این مطلب نکات مهم نگهداری از باتری خودرو در فصل زمستان را بررسی می‌کنیم تا بدانید "
    "باتری چرا در هوای سرد زودتر ضعیف می‌شود و چه کارهایی برای افزایش عمر آن می‌توانید انجام "
    "دهید. بسیاری از رانندگان تنها زمانی به باتری توجه می‌کنند که خودرو روشن نشود."
)
SECTION = (
    "باتری خودرو در هوای سرد توان کمتری دارد و اگر خودرو مدت طولانی روشن نشود، شارژ باتری به "
    "تدریج کم می‌شود. بهتر است در روزهای سرد خودرو را دست کم هفته‌ای دو بار روشن کنید و اجازه "
    "دهید چند دقیقه کار کند تا باتری دوباره شارژ شود."
)
ORD_HEAD = "نکته اول: چرا باتری خودرو در زمستان زودتر از کار می‌افتد"
case(
    "ordinal-line-is-the-headline-neg",
    "text",
    f"{ORD_HEAD}\n{D}\n\n{OPENING}\n\n{SECTION}\n",
    {"title": ORD_HEAD, "published": DAY},
)
case(
    "ordinal-arabic-kaf-yeh-pos",
    "text",
    f"{OPENING}\nنكته دوم: شارژ باتري خودرو در هواي سرد\n{SECTION}\n",
    {"title": "WARN"},
)
case(
    "ordinal-markdown-heading-pos",
    "text",
    f"{OPENING}\n\n## نکته اول: شارژ باتری خودرو در هوای سرد\n\n{SECTION}\n",
    {"title": "WARN"},
)

# == fix109: the headline over the slug's words ==================================================
TEA_URL = "https://example-health.ir/" + slug("چای", "زنجبیل")
TEA_HEAD = "چای زنجبیل : خواص شگفت انگیز برای گلودرد و سرماخوردگی"
TEA_BODY = (
    "زنجبیل از قدیمی‌ترین گیاهان دارویی است که در طب سنتی برای گرم کردن بدن و کاهش گلودرد به "
    "کار می‌رفته است. نوشیدن یک فنجان چای زنجبیل گرم در روزهای سرد می‌تواند به کاهش سرفه و "
    "گرفتگی بینی کمک کند.\n\n"
    "برای تهیه این نوشیدنی چند برش زنجبیل تازه را در آب جوش بریزید و بگذارید ده دقیقه دم بکشد، "
    "سپس کمی عسل و آب لیمو به آن اضافه کنید.\n"
)
case(
    "slug-headline-goes-on-after-colon-alone-neg",
    "text",
    f"{TEA_HEAD}\n\n{TEA_BODY}",
    {"title": TEA_HEAD},
    url=TEA_URL,
)
case(
    "slug-words-under-markdown-heading-pos",
    "text",
    f"# {TEA_HEAD}\n\nچای زنجبیل\n\n{TEA_BODY}",
    {"title": TEA_HEAD},
    url=TEA_URL,
)
TEA_DASH = "چای زنجبیل - خواص شگفت انگیز برای گلودرد و سرماخوردگی"
case(
    "slug-words-under-dash-headline-double-spaced-pos",
    "text",
    f"{TEA_DASH}\n\n\n\nچای زنجبیل\n\n\n\n{TEA_BODY}",
    {"title": TEA_DASH},
    url=TEA_URL,
)

# == fix109: a news site's tagline ================================================================
PROV_LEAD = (
    "با حضور مدیر کل فرهنگ و ارشاد اسلامی استان، نمایشگاه عکس «رنگ‌های پاییز» در نگارخانه "
    "مرکزی شهر گشایش یافت.\n"
    "به گزارش خبرنگار ما، در این نمایشگاه که تا پایان هفته آینده دایر است، چهل قطعه عکس از "
    "عکاسان جوان استان به نمایش گذاشته شده و علاقه‌مندان می‌توانند هر روز از ساعت ده تا دوازده "
    "از آن بازدید کنند.\n"
)
FIRST_SITE = "نخستین پایگاه خبری ویژه کودکان در استان راه‌اندازی شد"
case(
    "first-news-site-sentence-headline-neg",
    "text",
    f"{FIRST_SITE}\n\n{PROV_LEAD}",
    {"title": FIRST_SITE},
)
case(
    "tagline-arabic-yeh-pos",
    "text",
    f"تابان، اولين پايگاه خبري دارای مجوز در استان\n\n{PROV_LEAD}",
    {"title": "WARN"},
)

# == fix109: an ID glued to the slug by «_» =======================================================
case(
    "underscore-date-code-neg",
    "text",
    NEWS,
    {"number": None},
    url="https://example-news.ir/news/14021212_budget-meeting.html",
)
case(
    "underscore-tehran-phone-neg",
    "text",
    NEWS,
    {"number": None},
    url="https://example-news.ir/02188776655_contact-us.html",
)
case(
    "underscore-persian-slug-pos",
    "text",
    NEWS,
    {"number": "73215"},
    url="https://example-news.ir/news/73215_" + slug("بررسی", "بودجه", "شهر"),
)

# == fix110: an author's post ======================================================================
TJ_POST = (
    "Ректори донишгоҳи\n\nомӯзгорӣ ва забонҳои хориҷии\n\nМДТ «Донишгоҳи давлатии\n\n"
    " шаҳри Хуҷанд»\n\n"
)
TJ_HEAD = "Синфхонаҳои нав барои омӯзиши забонҳои хориҷӣ кушода шуданд"
TJ_BODY = (
    "Дар солҳои охир шумораи донишҷӯёне, ки забонҳои хориҷиро меомӯзанд, хеле афзуд. Барои "
    "онҳо дар донишгоҳ синфхонаҳои нав бо таҷҳизоти замонавӣ сохта шуданд.\n\n"
    "Омӯзгорони мо ҳар сол дар курсҳои такмили ихтисос иштирок намуда, усулҳои нави таълимро "
    "дар дарсҳои худ истифода мебаранд. Натиҷаи ин кор дар озмунҳо намоён аст.\n"
)
case(
    "author-post-over-tajik-headline-neg",
    "text",
    f"{TJ_POST}{TJ_HEAD}\n\n{TJ_BODY}",
    {"title": TJ_HEAD},
)
FA_POST = "رئیس دانشکده\n\nادبیات و علوم انسانی\n\nدانشگاه «فردوسی\n\nمشهد»\n\n"
FA_HEAD = "کلاس‌های تازه آموزش زبان‌های خارجی در دانشکده گشایش یافت"
FA_BODY = (
    "در سال‌های اخیر شمار دانشجویانی که زبان‌های خارجی می‌آموزند بسیار بیشتر شده است و برای "
    "آنان در دانشکده کلاس‌های تازه با تجهیزات نو ساخته شد.\n\n"
    "استادان ما هر سال در دوره‌های آموزشی شرکت می‌کنند و روش‌های تازه آموزش را در کلاس‌های "
    "خود به کار می‌برند و نتیجه این کار در مسابقه‌ها پیداست.\n"
)
case(
    "author-post-over-persian-headline-neg",
    "text",
    f"{FA_POST}{FA_HEAD}\n\n{FA_BODY}",
    {"title": FA_HEAD},
)
case("author-post-persian-office-pos", "text", f"{FA_POST}{FA_BODY}", {"title": "WARN"})

# == fix110: «اسف» ==================================================================================
ESF_BODY = (
    "رئیس انجمن در پایان گفت: با اسف 1402 را پشت سر گذاشتیم و امیدواریم سال آینده بازار کتاب "
    "رونق بگیرد و ناشران کوچک بتوانند دوباره کتاب چاپ کنند.\n"
)
case("esf-word-before-a-year-neg", "text", f"{H}\n\n{BODY}\n{ESF_BODY}", {"published": None})
case(
    "esf-two-digit-year-date-line",
    "text",
    f"{H}\nتاریخ انتشار : 21 اسف 96 - 08:24  |  \n\n{BODY}",
    {"published": "2018-03-12"},
)
case(
    "esf-persian-digits-pos",
    "text",
    f"{H}\nتاریخ انتشار : ۲۱ اسف ۱۳۹۶ - ۰۸:۲۴  |  \n\n{BODY}",
    {"published": "2018-03-12"},
)

# == fix110: /news/show/id/N ========================================================================
case(
    "zend-catid-key-neg",
    "text",
    NEWS,
    {"number": None},
    url="https://example.ir/news/show/catid/12",
)
case(
    "zend-upper-case-pos",
    "text",
    NEWS,
    {"number": "1207"},
    url="https://example.ir/News/Show/Id/1207",
)

# == fix110: a site's name and tagline ==============================================================
TAG_LONG = (
    "اگرچه فصل سفر کوتاه است، مسافران نوروزی باز هم جاده‌های شمال را انتخاب کرده‌اند و ترافیک "
    "سنگین شد"
)
TAG_REST = (
    "\n\nجاده‌های شمالی کشور از صبح امروز شاهد افزایش رفت و آمد خودروهای شخصی بود. پلیس راه از "
    "رانندگان خواست پیش از حرکت از وضعیت جاده‌ها باخبر شوند.\n\n"
    "بر اساس آمار پلیس راه، تردد در محور چالوس نسبت به روز گذشته بیشتر شده است و احتمال "
    "یک‌طرفه شدن این محور در ساعات عصر وجود دارد.\n"
)
MAG_HEAD = "صدای دانشجو - مجله خبری دانشکده پزشکی منتشر شد"
case(
    "name-tagline-shaped-headline-with-verb-neg",
    "text",
    f"{MAG_HEAD}\n\n{TAG_LONG}{TAG_REST}",
    {"title": MAG_HEAD},
)
case(
    "name-tagline-arabic-yeh-kaf-pos",
    "text",
    f"ديدني‌ها - مجله خبري و سرگرمي\n\n{TAG_LONG}{TAG_REST}",
    {"title": TAG_LONG},
)

# == fix111: a two-word subheading, a byline over a marked place ==================================
FAIR = "بازگشایی دوباره بازار سنتی شهر پس از سه ماه مرمت"
FAIR_LEAD = (
    "بازار سنتی شهر که از ابتدای تابستان برای مرمت سقف و دیوارهای آن بسته شده بود از امروز "
    "دوباره به روی خریداران و کسبه باز شد و مغازه‌داران کار خود را از سر گرفتند."
)
FAIR_MORE = (
    "به گفته رئیس اتاق اصناف بیش از دویست مغازه در این مدت بسته بوده‌اند و مرمت سقف‌ها با "
    "کمک میراث فرهنگی استان انجام شده است."
)
case(
    "two-word-subheading-under-own-meta-block-neg",
    "text",
    f"{FAIR}\n\n  • شناسه خبر : 90214\n  • ۱۴ آبان ۱۴۰۲ - ۰۸:۳۰\n{FAIR_LEAD}\n\nسابقه بازار\n\n"
    f"{FAIR_MORE}\n",
    {"title": FAIR, "number": "90214", "published": "2023-11-05"},
)
PLACE_LEAD = (
    "آتش‌سوزی در یک انبار لوازم خانگی در جنوب شهر ساعت سه بامداد امروز با تلاش آتش‌نشانان "
    "مهار شد و به کسی آسیب نرسید."
)
PLACE_MORE = "به گفته سخنگوی آتش‌نشانی علت حادثه در دست بررسی است."
case(
    "two-word-headline-over-bracketed-place-neg",
    "text",
    f"۱۴۰۲/۱۲/۱۲ - ۱۰:۲۵\nحریق انبار\n(تهران)\n{PLACE_LEAD}\n{PLACE_MORE}\n",
    {"title": ("حریق انبار", "WARN"), "published": DAY},
)
case(
    "byline-arabic-yeh-over-bracketed-place-pos",
    "text",
    f"۱۴۰۲/۱۲/۱۲ - ۱۰:۲۵\nعلي رضايي\n(تهران)\n{PLACE_LEAD}\n{PLACE_MORE}\n",
    {"title": "WARN", "published": DAY},
)

# == fix112: «چند نکته درباره ...», «Сана:», PageID, /YYYY/MM/ID/DD/HH, a slug's counter ============
POINTS = "چند نکته درباره خرید خودروی کارکرده پیش از عید"
POINTS_BODY = (
    "بازار خودروی کارکرده در هفته‌های پایانی سال شلوغ‌تر می‌شود و خریداران باید پیش از پرداخت "
    "پول، سند و سابقه خودرو را به دقت بررسی کنند.\n\n"
    "کارشناسان می‌گویند بهتر است خودرو پیش از خرید در یک تعمیرگاه معتبر بازدید فنی شود و "
    "قرارداد خرید با جزئیات کامل نوشته شود.\n"
)
case("few-points-headline-neg", "text", f"{POINTS}\n{D}\n\n{POINTS_BODY}", {"title": POINTS})
case(
    "few-points-headline-under-section-neg",
    "text",
    f"خودرو\n\n{POINTS}\n{D}\n\n{POINTS_BODY}",
    {"title": POINTS, "published": DAY},
)
TJ_PAGE_HEAD = "Боғи мактаб бо дасти хонандагон сабз шуд"
TJ_PAGE_BODY = (
    "Дар мактаби рақами 12-и шаҳри Ваҳдат хонандагони синфҳои болоӣ дар давоми ду ҳафта зиёда "
    "аз сад ниҳол шинонданд. Ташаббуси ин кор аз шӯрои хонандагон буд.\n\n"
    "Сана ва вақти озмуни навбатӣ: 2021-05-20\n\n"
    "Омӯзгорони биология ба онҳо дар интихоби ниҳолҳо кумак карданд ва ваъда доданд, ки соли "
    "оянда боз ниҳол мешинонанд.\n"
)
case(
    "sana-in-tajik-prose-neg",
    "text",
    f"{TJ_PAGE_HEAD}\n\n{TJ_PAGE_BODY}",
    {"title": TJ_PAGE_HEAD, "published": None},
)
case(
    "sana-spaced-colon-pos",
    "text",
    f"{TJ_PAGE_HEAD}\n\nСана : 2021-04-14        Дида шуд: 95\n\n{TJ_PAGE_BODY}",
    {"published": "2021-04-14"},
)
case(
    "dorsa-pageidf-alone-neg",
    "text",
    NEWS,
    {"number": None},
    url="https://www.example.ac.ir/index.aspx?page_=news&lang=1&sub=3&PageIDF=12&tempname=main",
)
case(
    "dorsa-lower-case-pos",
    "text",
    NEWS,
    {"number": "4821"},
    url="https://www.example.ac.ir/index.aspx?page_=news&lang=1&pageid=4821&pageidf=12",
)
case(
    "month-path-date-code-neg",
    "text",
    NEWS,
    {"number": None},
    url="https://example.news/2023/11/20231114/14/9",
)
COUNTER_HEAD = "نشست شورای صنفی دانشجویان و مسئولان خوابگاه‌ها برگزار شد"
case(
    "slug-counter-on-a-real-headline-neg",
    "text",
    page(COUNTER_HEAD, D),
    {"title": COUNTER_HEAD, "number": None, "published": DAY},
    url="https://www.example.ac.ir/"
    + slug("نشست", "شورای", "صنفی", "دانشجویان", "و", "مسئولان", "خوابگاه‌ها", "برگزار", "شد", "2")
    + "/",
)

# == fix113: «مصوب DATE», routes, SchoolID =========================================================
LAW_HEAD = "جزئیات قانون مصوب ۱۴۰۲/۰۷/۱۲ مجلس درباره اجاره‌بها اعلام شد"
case(
    "approved-date-in-headline-with-page-date-neg",
    "text",
    page(LAW_HEAD, D),
    {"title": LAW_HEAD, "published": DAY},
)
STATUTE_BODY = (
    "ماده ۱ - نام شرکت، شرکت تعاونی مسکن کارکنان است که در این اساسنامه شرکت خوانده می‌شود و "
    "طبق قانون بخش تعاونی اداره خواهد شد.\n\n"
    "ماده ۲ - مرکز اصلی شرکت در شهر ساری است و شعبه‌های آن با تصویب هیئت مدیره دایر می‌شود.\n"
)
STATUTE_HEAD = "اساسنامه شرکت تعاونی مسکن کارکنان"
case(
    "approved-line-beside-page-date-neg",
    "text",
    f"{STATUTE_HEAD}\n\nمصوب ۱۳۶۹/۰۸/۲۹ | تاریخ انتشار: {D}\n\n{STATUTE_BODY}",
    {"title": STATUTE_HEAD, "published": DAY},
)
case(
    "approved-colon-month-name-pos",
    "text",
    f"{STATUTE_HEAD}\n\nمصوب: ۲۵ آذر ۱۳۸۵\n\n{STATUTE_BODY}",
    {"published": None},
)
case(
    "approved-html-pos",
    "html",
    (
        "<html lang='fa'><head><meta charset='utf-8'><title>اساسنامه</title></head><body>"
        f"<h1>{STATUTE_HEAD}</h1><p class='date'>مصوبه مورخ 1385/1/15</p>"
        f"<p>{STATUTE_BODY.replace(chr(10), ' ')}</p></body></html>"
    ).encode(),
    {"title": STATUTE_HEAD, "published": None},
)
case(
    "content-list-route-neg",
    "text",
    NEWS,
    {"number": None},
    url="https://example.com/Content/List/ID/12/" + slug("اخبار", "استان"),
)
case(
    "showcategory-index-route-neg",
    "text",
    NEWS,
    {"number": None},
    url="https://example.com/ShowCategory/index/58/Ketab",
)
case(
    "school-id-first-pos",
    "text",
    NEWS,
    {"number": "312"},
    url="http://example.ir/school/NewsDetail.aspx?SchoolID=4&id=312",
)
case(
    "school-news-list-neg",
    "text",
    NEWS,
    {"number": None},
    url="http://example.ir/school/NewsList.aspx?SchoolID=4",
)

# == attack41: a related box's ID label ============================================================
RELATED = (
    f"{H}\nکد خبر: 7712\n{D}\n\n{BODY}\nمطالب مرتبط\n\n"
    "برگزاری جشنواره سیب زمینی در روستای کوخرد\nكد خبر : 7700\n10 اسفند 1402 - 09:00\n"
)
case("related-box-arabic-kaf-label-pos", "text", RELATED, {"number": "7712", "published": DAY})

if __name__ == "__main__":
    run(
        cases,
        check39,
        ("title", "published", "updated", "number", "invalid", "time", "twin", "hijri", "weekday"),
    )
