"""Thirty-third round of attacks: fix78 (a value printed before its label, «1397/06/17 : تاریخ
انتشار»; a «!» headline over the lead that restates it; a name glued after the headline's
verb) and fix79 (language switchers are chrome; a two-part headline «TOPIC: WHAT» over its
subtitle; a body section's «مقدمه: ...» heading; a date line over a headline naming another
day; «?author=» and «?authorlist=» list pages; a Quran verse chosen as the title is doubted).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, thirty-third
round"). Run: PYTHONPATH=src:benchmarks python benchmarks/attacks33.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are near misses where a
rule must not fire (they keep the answer main gave before fix78 and fix79); «-pos» inputs are
shapes where it must. A title ending «!» must come without a doubt, a «published» value
ending «!» without a «published-unlabelled» doubt (a false alarm on a right value is printed
WARNED); "WARN" is a title kept and doubted, or none; a tuple is any of its values.

The shapes come from real pages (the pages the fixes were built on, and pages found with the
search tool, corpus pages), named beside each group; the article sentences are ours.
"""

from typing import Any

from attack_runner import BODY, D, H, check, collector, run

import jalali_meta as jm

cases, case = collector()


def check33(field: str, value: Any, article: jm.Article) -> tuple[bool, Any]:
    """attack_runner's judge, and a «published» value ending «!»: that day with no
    «published-unlabelled» doubt."""
    if field == "published" and isinstance(value, str) and value.endswith("!"):
        right, got = check(field, value[:-1], article)
        doubted = any(w.code == "published-unlabelled" for w in article.warnings)
        return right and not doubted, got
    return check(field, value, article)


DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲» (1402/12/12)
PAGE = f"{H}\n\n{D}\n\n{BODY}"
MORE = (
    "یکی از اعضای شورا گفت بخشی از بودجه عمرانی سال آینده به تکمیل پروژه‌های نیمه‌تمام "
    "محله‌های جنوبی شهر و نوسازی ناوگان اتوبوسرانی اختصاص خواهد یافت.\n"
)

# -- 1. fix78: a value printed first, its label last ------------------------------------------
# iransteel.net's news_view pages («1397/06/17 : تاریخ انتشار», the rule's page); nouronline.ir
# prints «شناسه خبر : 263910» over the headline and a related list under the text
# (http://nouronline.ir/news/263910/...); jamejamonline.ir prints «کد خبر: ۱۱۸۶۴۹۷» inside the
# body (https://jamejamonline.ir/fa/news/1186497/...).
case("label-last-date-pos", "text", f"{H}\n1402/12/12 : تاریخ انتشار\n\n{BODY}", {"published": DAY})
case("label-last-id-pos", "text", f"{H}\n{D}\n482193 : کد خبر\n\n{BODY}", {"number": "482193"})
RELATED = "برگزاری جشنواره گل و گیاه در پارک مرکزی شهر"
case(
    "related-item-date-label-last-neg",  # a related item's date with a trailing label
    "text",
    f"{H}\n\n{D}\n\n{BODY}\nاخبار مرتبط\n\n{RELATED}\n1401/05/10 : تاریخ انتشار\n",
    {"published": DAY, "title": H},
)
case(
    "related-item-id-label-last-neg",  # the related item's ID, the article's own above
    "text",
    f"{H}\n\n{D}\nکد خبر: 500100\n\n{BODY}\nاخبار مرتبط\n\n{RELATED}\n482193 : کد خبر\n",
    {"number": "500100", "title": H},
)
case(
    "related-item-id-only-neg",  # the article prints no ID; the related item's is not its
    "text",
    f"{H}\n\n{D}\n\n{BODY}\nاخبار مرتبط\n\n{RELATED}\n482193 : کد خبر\n",
    {"number": None, "title": H},
)
ITEM1 = "افتتاح کتابخانه عمومی تازه در محله شمالی شهر"
ITEM2 = "آغاز ثبت نام کلاس‌های تابستانی مدارس ناحیه یک"
case(
    "table-of-two-items-neg",  # iransteel.net's news list: headline, «DATE : تاریخ انتشار»
    "text",
    f"{ITEM1}\n1402/12/10 : تاریخ انتشار\n{BODY.splitlines()[0]}\n\n"
    f"{ITEM2}\n1402/12/05 : تاریخ انتشار\n{MORE}",
    {"title": (ITEM1, "WARN"), "published": ("2024-02-29", None)},
)
case(
    "label-last-in-body-neg",  # a notice quoted in the body, its date printed value first
    "text",
    f"{PAGE}\nمتن آگهی:\n1401/03/01 : تاریخ انتشار\n\n{MORE}",
    {"published": DAY, "title": H},
)
case(
    "date-range-label-last-neg",  # a range is no one date: no value of the label
    "text",
    f"{H}\n1402/12/10 - 1402/12/20 : تاریخ\n\n{BODY}",
    {"published": None, "title": H},
)
case(
    "label-last-update-under-date-neg",  # the update line under the published one
    "text",
    f"{H}\n1402/12/12 : تاریخ انتشار\n1402/12/14 : آخرین به روز رسانی\n\n{BODY}",
    {"published": DAY},
)
case(
    "label-last-update-alone-neg",  # an update stamp alone is no publication date
    "text",
    f"{H}\n1402/12/14 : آخرین به روز رسانی\n\n{BODY}",
    {"published": None},
)

# -- 2. fix78: a «!» headline over the lead that restates it -----------------------------------
# keu.edu.af's Pashto news items (the rule's page); jomhornews.com and asrkhabar.com end
# headlines with «!»; urag-sozi.blogsky.com's post «به بهانه اولین سالگرد تاسیس وبلاگ!» (a
# blog's exclaimed line over a poem, http://urag-sozi.blogsky.com/1389/04/20/post-135/).
QUOTE = "تنها راه پیشرفت شهر تکیه بر توان جوانان است!"
case(
    "exclaimed-quote-headline-pos",  # a saying's headline and the lead that reports it
    "text",
    f"{QUOTE}\n\nرئیس شورای شهر در آیین تجلیل از نخبگان گفت تنها راه پیشرفت شهر تکیه بر "
    f"توان و خلاقیت جوانان است و شورا از طرح‌های آنان حمایت می‌کند.\n{MORE}",
    {"title": QUOTE + "!"},
)
SLOGAN = "امروز بهترین روز زندگی من بود!"
case(
    "blog-exclaimed-first-sentence-neg",  # a post's opening cry, then the post saying it again
    "text",
    f"{SLOGAN}\n\nامروز واقعا بهترین روز زندگی من بود چون بعد از سه سال انتظار بالاخره "
    "نتیجه آزمون آمد و اسم من در فهرست پذیرفته‌شدگان بود.\n"
    "فردا با خانواده به دیدن مادربزرگ می‌رویم تا این خبر را خودم به او بدهم.\n",
    {"title": "WARN"},
)
POEM = "ای ایران ای مرز پر گهر ای خاکت سرچشمه هنر!"
case(
    "poem-line-over-its-commentary-neg",  # a poem's line as an epigraph, a post about it
    "text",
    f"{POEM}\n\nسرود ای ایران ای مرز پر گهر را حسین گل گلاب در سال‌های جنگ جهانی دوم سرود و "
    "روح‌الله خالقی بر آن آهنگ گذاشت و هنوز خاک و هنر این سرزمین را می‌ستاید.\n"
    "در این نوشته به داستان ساخته شدن این سرود و نخستین اجرای آن می‌پردازیم.\n",
    {"title": "WARN"},
)
case(
    "exclaimed-over-dateline-pos",  # the headline, a date line, then the restating lead
    "text",
    f"{QUOTE}\n{D}\n\nرئیس شورای شهر در آیین تجلیل از نخبگان گفت تنها راه پیشرفت شهر تکیه "
    f"بر توان و خلاقیت جوانان است و شورا از طرح‌های آنان حمایت می‌کند.\n{MORE}",
    {"title": QUOTE + "!", "published": DAY},
)

# -- 3. fix78: a name glued after the headline's verb -----------------------------------------
# fars-online.ir / payamesepahan.ir («... خبر داد بنیاد شهید و امور ایثارگران», the rule's
# pages); ariananews.af's Dari headlines («حکومت تحقیقات خود ... را نهایی میکند»,
# https://ariananews.af/fa/...), swn.af's («دروازه‌ی تورخم امروز بازگشایی می‌شود»).
GLUED = "مدیرکل آموزش و پرورش از آغاز ثبت نام پایه اول خبر داد اداره کل آموزش و پرورش"
case(
    "glued-source-name-pos",
    "text",
    f"پیام یزد\n\nآخرين مطالب\n\n{GLUED}\n\n  بزرگنمايي:\n\n{BODY}",
    {"title": "WARN"},
)
for headline in (
    # the verb, then the day it happens on (a time adverbial, no joining word)
    "کنسرت ارکستر سمفونیک تهران در تالار وحدت برگزار می‌شود پنجشنبه ۲۴ اسفند",
    # a literary title in poetic order: the verb before its object
    "در این شب سرد زمستانی می‌خوانم ترانه امید و آزادی",
    # Dari: a perfect participle closes the clause after «گفت» (no «است»)
    "وزارت زراعت گفت کشت زعفران در هرات افزایش یافته",
    # Dari: «خبر داد» then the place the news is from
    "ریاست صحت عامه از واکسین ۲۰ هزار کودک خبر داد ولایت هرات",
):
    case(
        f"verb-then-more-words-neg {headline[-18:]}",
        "text",
        f"{headline}\n\n{D}\n\n{BODY}",
        {"title": headline + "!"},
    )

# -- 4. fix79: a language switcher is chrome --------------------------------------------------
# lindat.mff.cuni.cz's TEITOK viewer («EN | ES |» over the file's name, the rule's page);
# kayhan.ir's «فارسی | العربي | English» (tests/pages/018); many Iranian sites print «En | فا».
TGK = (
    "Ин ҷумлаҳо аз матнҳои гуногун гирд оварда шудаанд ва барои омӯзиши забон ба кор "
    "мераванд, аммо ҳеҷ кадоме аз онҳо сарлавҳа нест.\n"
)
case(
    "switcher-two-codes-pos", "text", f"EN | ES |\n\ntgk-77\n\ntgk-77\n\n{TGK}", {"title": "tgk-77"}
)
case(
    "switcher-three-letter-codes-pos",
    "text",
    f"ENG | ESP |\n\ntgk-77\n\ntgk-77\n\n{TGK}",
    {"title": "tgk-77"},
)
case(
    "switcher-many-codes-pos",  # a switcher of thirteen languages, longer than 60 characters
    "text",
    f"EN | FR | DE | ES | IT | PT | RU | ZH | JA | KO | AR | TR | FA\n\ntgk-77\n\ntgk-77\n\n{TGK}",
    {"title": "tgk-77"},
)
case("switcher-persian-abbrev-pos", "text", f"En | فا\n\n{PAGE}", {"title": H})
case(
    "country-tag-line-neg",  # a tag line of country names under the body
    "text",
    f"{PAGE}\nایران / آمریکا / عمان\n",
    {"title": H, "published": DAY},
)
case(
    "two-names-headline-neg",  # tehrantimes.com's caption words, «Iran- South Korea»
    "text",
    "Iran / US\n\nTalks on frozen funds to resume in Muscat next week\n\n"
    "The two sides will meet in the Omani capital to discuss the release of funds held "
    "in foreign banks, officials said on Saturday.\n",
    {"title": "Talks on frozen funds to resume in Muscat next week"},
)

# -- 5. fix79: a two-part headline over its subtitle; «مقدمه: ...» in the body -----------------
# pixelarts.ir and sodes.ir (the rule's pages); fardaresaneh.ir's «تیتر یک: تیتر اصولیِ
# ایران» (https://fardaresaneh.ir/5197-2); farhikhtegandaily.com's «NAME در گفت‌وگو با
# «فرهیختگان»:» over the quoted headline (https://farhikhtegandaily.com/news/207876/...).
TWO = "تیتر یک روزنامه‌ها: نقد تیترهای اقتصادی امروز"
case(
    "two-part-headline-pos",
    "text",
    f"{TWO}\n\nنگاهی به تیترهای اقتصادی صفحه اول روزنامه‌های امروز\n\n{BODY}",
    {"title": TWO},
)
LOWER = "بررسی لایحه بودجه سال آینده در شورای شهر"
case(
    "kicker-with-colon-over-verbless-headline-neg",
    "text",
    f"گزارش ویژه: بودجه سال آینده شهر\n\n{LOWER}\n\n{BODY}",
    {"title": (LOWER, "WARN")},
)
case(
    "title-label-line-neg",  # «عنوان خبر: VALUE» over a verbless line
    "text",
    f"عنوان خبر: بررسی بودجه شهر در شورا\n\nنشست فوق‌العاده اعضای شورای شهر\n\n{BODY}",
    {"title": ("بررسی بودجه شهر در شورا", "WARN")},
)
INTERVIEW = "۲۵ سال طول کشید تا این فیلم را بسازم"
case(
    "interview-kicker-over-quote-neg",
    "text",
    f"کارگردان فیلم در گفت‌وگو با «روزنامه ما»:\n\n{INTERVIEW}\n\n{BODY}",
    {"title": INTERVIEW},
)
case(
    "quote-headline-name-colon-pos",  # «NAME: QUOTE» over a verbless subtitle
    "text",
    "رئیس شورای شهر: بودجه عمرانی برای محله‌های جنوبی\n\n"
    f"برنامه شورا برای محله‌های جنوبی شهر\n\n{BODY}",
    {"title": "رئیس شورای شهر: بودجه عمرانی برای محله‌های جنوبی"},
)
case(
    "section-heading-in-body-neg",
    "text",
    f"{PAGE}\nمقدمه: تاریخچه شورای شهر در ایران\n\n{MORE}",
    {"title": H, "published": DAY},
)

# -- 6. fix79: a date line over a headline naming another day ---------------------------------
# ifpnews.com: the visit's «Monday, December 22, 2025» over «A Look at Iranian Newspaper
# Front Pages on May 31» (https://ifpnews.com/iran-news/page/1601).
IFP = (
    "IFP has taken a look at the front pages of the morning papers and picked the main "
    "stories of the day from a dozen of them.\n\n"
    "Most papers led with the budget debate in parliament and the new rules for imports.\n"
)
case(
    "visit-date-over-front-pages-pos",
    "text",
    f"Monday, December 22, 2025\n\nA Look at Iranian Newspaper Front Pages on May 31\n\n{IFP}",
    {"published": None},
)
case(
    "right-date-over-tomorrows-event-neg",
    "text",
    "Saturday, March 2, 2024\n\nTehran book fair opens its doors on March 3\n\n"
    "The organisers said on Saturday that more than two thousand publishers will take part "
    "in this year's fair, which runs for ten days.\n",
    {"published": DAY + "!"},
)
case(
    "right-date-over-tomorrows-event-fa-neg",
    "text",
    f"{D}\n\nنمایشگاه کتاب تهران فردا ۱۳ اسفند گشایش می‌یابد\n\n{BODY}",
    {"published": DAY + "!"},
)
case(
    "gregorian-line-over-jalali-day-neg",  # the same day in the other calendar
    "text",
    f"Saturday, March 2, 2024\n\nنگاهی به صفحه اول روزنامه‌های ۱۲ اسفند\n\n{BODY}",
    {"published": DAY + "!"},
)

# -- 7. fix79: «?author=» list pages -----------------------------------------------------------
# WordPress's author archive (?author=N; johnlujing.wordpress.com's «Browsing an Author's
# Posts» describes it), club.cinemaenghelab.ir's «?authorlist=» (the rule's page).
AUTHOR_LIST = (
    "مریم احمدی\n\n\n"
    "برچسب‌ها:\nنگاهی دوباره به فیلم «روزهای باران»\n\n"
    "روایت در سینمای امروز ایران\n\n"
    "منتقدان بسیاری بر این باورند که فیلمنامه بیش از هر چیز دیگری سرنوشت یک فیلم را رقم "
    "می‌زند و کمتر به آن توجه می‌شود.\n\n"
    "بازیگری در فیلم‌های کوتاه\n\n"
    "فیلم کوتاه میدان آزمایش بازیگران جوان است و بسیاری از چهره‌های امروز از همین راه "
    "به سینما آمده‌اند.\n"
)
case(
    "author-archive-pos",
    "text",
    AUTHOR_LIST,
    {"title": "WARN"},
    url="https://blog.example.ir/?author=5",
)
case(
    "author-then-post-id-neg",  # a single post's address that names its author too
    "text",
    PAGE,
    {"title": H + "!", "published": DAY},
    url="https://blog.example.ir/?author=5&p=123",
)
case(
    "author-with-newsid-neg",  # a news script's item key beside «author»
    "text",
    PAGE,
    {"title": H + "!", "published": DAY},
    url="http://news.example.ir/show.php?author=12&newsid=4410",
)

# -- 8. fix79: Quran marks in a chosen title --------------------------------------------------
# quranenc.com's reader (the rule's page); mehrnews.com's photo pages print a verse in
# ordinary script with harakat under the headline (https://www.mehrnews.com/news/493708/...).
VERSE = "كُلُّ نَفْسٍ ذَائِقَةُ الْمَوْتِ ۗ"
NOTICE = "درگذشت پیشکسوت فرهنگ شهر را تسلیت می‌گوییم"
case(
    "verse-epigraph-over-notice-pos",
    "text",
    f"{VERSE}\n\n{NOTICE}\n\n{D}\n\n{BODY}",
    {"title": (NOTICE, "WARN")},
)
case(
    "verse-in-ordinary-script-headline-neg",
    "text",
    f"«إِنَّ مَعَ الْعُسْرِ يُسْرًا» شعار جشنواره قرآنی امسال شد\n\n{D}\n\n{BODY}",
    {"title": "«إِنَّ مَعَ الْعُسْرِ يُسْرًا» شعار جشنواره قرآنی امسال شد!"},
)
case(
    "verse-with-marks-quoted-in-headline-neg",  # a headline quoting the mushaf's spelling
    "text",
    f"تلاوت آیه «وَاللّٰهُ غَفُوْرٌ رَّحِيْمٌ ۟» در محفل انس با قرآن\n\n{D}\n\n{BODY}",
    {"title": "تلاوت آیه «وَاللّٰهُ غَفُوْرٌ رَّحِيْمٌ ۟» در محفل انس با قرآن!"},
)
case(
    "verse-under-headline-neg",  # mehrnews's photo page: headline, then the verse
    "text",
    f"{H}\n\n{D}\n\nالَّذِينَ أُخْرِجُوا مِنْ دِيَارِهِمْ بِغَيْرِ حَقٍّ ۚ\n\n{BODY}",
    {"title": H + "!", "published": DAY},
)


if __name__ == "__main__":
    run(cases, check33, ("title", "published", "number"))
