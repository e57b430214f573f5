"""Seventy-eighth round of attacks: the rules merged last session after attack77 was written
(d45786fb..a6a53548) and the earlier ones of that batch not yet tried at these edges. fix262 (a
date label of two words or more glued after the headline with its colon and the date, cut with
it; WordPress's ``/YYYY/MM/DD/ID`` from the site's root with a two-digit ID past any hour),
fix263 (a short verbless phrase under a first paragraph of one stopped sentence retelling the
headline is the text's subheading; ``Copyright © 2023 NAME``), fix264 (a date line whose clock
or hour ends with a one-letter mark «ص»/«م», a number perhaps after it: the clock kept only
before «ص» with its minutes), speed50 (the masthead's weekday prefilter and memo;
``_header._label_last_bare``'s last-letter prefilter, tried with lines whose label ends in a
kashida, a ZWNJ, Arabic yeh or a colon), fix258 (``/amp`` after ``-hNNNN.html``, Joomla's
figures alias, «تاریخ سند», a quoted date twice) and fix260 («شناسه مقاله»), in pages of other
kinds and at the edges of their conditions, with near misses (``-neg``) that must keep their
record, and two rules on one page.

No fix is made for this round (docs/reliability.md, "Attacks, seventy-eighth round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand: 18 Azar 1402 = 2023-12-09, a Saturday (Tehran +03:30, no
summer time from 1402 on).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks78.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. "WARN" means no title or a doubted one; a title ending «!» that title with no
doubt; a tuple any of its values; a «published» value with an offset the same instant, a bare
day that day. The article sentences, headlines and names are ours.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    collector,
    either,
    html,
    num,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

TEH = "2023-12-09T10:20:00+03:30"
DAY = "2023-12-09"
DATE_LINE = "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰"
HEAD = "نخستین نمایشگاه نان های محلی در میدان شهر برپا شد"
BODY = (
    "به گزارش خبرنگار ما، نانوایان دوازده روستای شهرستان از صبح امروز نان های محلی خود را در "
    "غرفه های نمایشگاه میدان شهر پختند و به بازدیدکنندگان فروختند.\n\n"
    "دبیر نمایشگاه گفت که این برنامه تا پایان هفته هر روز از ساعت نه صبح تا هشت شب برپاست و "
    "سال آینده نانوایان شهرستان های همسایه نیز به آن می آیند.\n"
)


def page(*head: str, body: str = BODY) -> str:
    return "\n\n".join(head) + "\n\n" + body


# == fix262: a two-word date label glued after the headline ====================================
# The update label glued after the headline, the page in Arabic yeh and kaf.
case(
    "glued-update-label-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(page(f"{HEAD} تاریخ بروزرسانی: ۱۴۰۲/۰۹/۱۸ ۱۰:۲۰")),
    {"title": either(HEAD)},
)
# A label of four words («تاریخ و ساعت انتشار») glued after the headline.
case(
    "glued-four-word-label-pos",
    "text",
    page(f"{HEAD} تاریخ و ساعت انتشار: 1402/09/18 10:20"),
    {"title": HEAD, "published": TEH},
)
ZWNJ_HEAD = "کتاب‌های تازه به کتابخانه‌های روستایی شهرستان رسید"
# The label written with a ZWNJ («تاریخ‌انتشار»), ZWNJs in the headline's words too.
case(
    "glued-zwnj-label-zwnj-headline-pos",
    "text",
    page(f"{ZWNJ_HEAD} تاریخ‌انتشار: ۱۴۰۲/۰۹/۱۸"),
    {"title": ZWNJ_HEAD, "published": DAY},
)
EVENT_HEAD = "نمایشگاه نان های محلی در کتابخانه مرکزی شهرستان"
# -- near miss: an event's date label glued after its headline, the page's own date line
# under it: the event's day is not the page's (the title without the label, or doubted).
case(
    "event-date-label-glued-after-headline-neg",
    "text",
    page(f"{EVENT_HEAD} تاریخ برگزاری: ۱۴۰۲/۰۹/۲۵", DATE_LINE),
    {"published": TEH, "title": (EVENT_HEAD, "WARN")},
)
RELEASE = "نتایج آزمون استخدامی آموزش و پرورش کی اعلام می شود؟"
RELEASE_LINE = f"{RELEASE} زمان انتشار: ۱۴۰۲/۰۹/۳۰"
# -- near miss: a headline announcing when results come out, «زمان انتشار:» and that day
# inside it, over the page's date line: the page's date stays the date line's.
case(
    "headline-announcing-release-time-label-neg",
    "text",
    page(RELEASE_LINE, DATE_LINE),
    {"published": TEH, "title": (RELEASE_LINE, RELEASE, "WARN")},
)

# == fix262: WordPress's /YYYY/MM/DD/ID with a two-digit ID ====================================
# A Jalali day's path (a Persian date plugin's permalinks) and a two-digit post ID.
case(
    "wordpress-jalali-day-two-digit-id-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"number": "47", "title": HEAD, "published": TEH},
    url="https://nan-example.ir/1402/09/18/47/",
)
# The post's AMP view («/amp/» after the ID).
case(
    "wordpress-day-two-digit-id-amp-view-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"number": "47", "title": HEAD},
    url="https://nan-example.ir/2023/12/09/47/amp/",
)
# WordPress installed in a «/blog/» folder: the same permalink under it.
case(
    "wordpress-blog-folder-two-digit-id-pos",
    "text",
    page(HEAD, DATE_LINE),
    {"number": "58", "title": HEAD},
    url="https://nan-example.ir/blog/2023/12/09/58/",
)
# -- near miss: «/23/» after the day may be an hour's folder: no ID.
case(
    "wordpress-day-then-hour-23-neg",
    "text",
    page(HEAD, DATE_LINE),
    {"number": None, "title": HEAD, "published": TEH},
    url="https://nan-example.ir/2023/12/09/23/",
)

# == fix263: a subheading under a first paragraph of one sentence ==============================
BLOG_HEAD = "پخت نان سنگک در تنور خانگی"
FIRST = "پخت نان سنگک در تنور خانگی ما از امروز آغاز شد."
PARAGRAPHS = (
    "هر روز صبح زود مادربزرگ خمیر را از شب قبل آماده می کند و ما سنگ های کوچک تنور را با آب "
    "می شوییم تا نان به آن ها نچسبد.\n"
    "پدرم می گوید آتش تنور را باید با چوب درخت بادام روشن کرد تا نان بوی خوبی بگیرد و زود "
    "نسوزد.\n"
)


def blog_post(sub: str, first: str = FIRST, head: str = BLOG_HEAD, *middle: str) -> str:
    return "\n\n".join((head, *middle, first)) + f"\n{sub}\n{PARAGRAPHS}"


# The post in Arabic yeh and kaf.
case(
    "subheading-under-first-sentence-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(blog_post("آماده کردن خمیر")),
    {"title": either(BLOG_HEAD)},
)
# A four-word subheading whose words hold ZWNJs (six parts if a ZWNJ parted words).
case(
    "subheading-four-words-with-zwnjs-pos",
    "text",
    blog_post("روش‌های ساده خشک‌کردن خمیر"),
    {"title": BLOG_HEAD},
)
# The post's date line between its headline and the first sentence.
case(
    "date-line-between-headline-and-first-sentence-pos",
    "text",
    blog_post("آماده کردن خمیر", FIRST, BLOG_HEAD, DATE_LINE),
    {"title": BLOG_HEAD, "published": TEH},
)
POST_TITLE = "تنور سنگی روستای ما"
# -- near miss: a blog's name, its description (one sentence sharing the name's words), the
# post's four-word title with no verb, then the post: the post's title is the title.
case(
    "blog-name-description-then-short-post-title-neg",
    "text",
    "نان های خانگی روستا\n\n"
    "در این وبلاگ از نان های خانگی روستا و پخت آن ها می نویسیم.\n"
    f"{POST_TITLE}\n{PARAGRAPHS}",
    {"title": POST_TITLE},
)

# == fix263: «Copyright © 2023 NAME» ============================================================
BLOG_NAME = "دفترچه نان و تنور - سبزوار"
MOTTO = "هر نانی داستانی دارد، اگر بو کنیم."
SHORT_TITLE = "نان تافتون"


def named_blog(footer: str) -> str:
    return (
        f"{BLOG_NAME}\n\n{BLOG_NAME}\n\n{MOTTO}\n\n{SHORT_TITLE}\n\n{PARAGRAPHS}\n"
        f"ابزار وبمستر\n\n{footer}\n"
    )


# fix248's layout (the name twice, a motto, the post's title) under «© Copyright 2023 NAME»
# (the mark before the word).
case(
    "copyright-mark-before-word-pos",
    "text",
    named_blog(f"© Copyright 2023 {BLOG_NAME}"),
    {"title": SHORT_TITLE},
    url="https://nanotanoor-example.blogfa.com/post/31",
)
# The footer goes on after the name: «. All rights reserved.»
case(
    "copyright-word-and-mark-all-rights-reserved-pos",
    "text",
    named_blog(f"Copyright © 2023 {BLOG_NAME}. All rights reserved."),
    {"title": SHORT_TITLE},
    url="https://nanotanoor-example.blogfa.com/post/31",
)
# -- near miss: a news page printing its headline twice (the headline, the breadcrumb's last
# entry) under a «Copyright © 2023 SITE» footer: the headline, with no doubt.
case(
    "headline-twice-over-copyright-footer-neg",
    "text",
    page(HEAD, HEAD, DATE_LINE) + "\nCopyright © 2023 خبرنامه سبزوار\n",
    {"title": HEAD + "!", "published": TEH},
)

# == fix264: a date line whose clock ends with «ص» or «م» ======================================
# A named month, the clock, then «ص»: the clock is read.
case(
    "named-month-clock-morning-mark-pos",
    "text",
    page(HEAD, "۱۸ آذر ۱۴۰۲ ۱۰:۲۰ ص"),
    {"title": HEAD, "published": TEH},
)
# The clock then «م» and nothing after. Decided first as the day alone (10:20 or 22:20);
# judged by fix271: «HH:MM م» is how an Arabic locale's formatter prints PM (CLDR ar's
# abbreviated day period, iLib's ar-EG formatter tests, docs/formats.md since fix252), and
# none of the 2,001 stored pages (tests/pages: 1,423 text, 578 HTML) prints «م» or «ص»
# after a clock at all (a Persian formatter prints «ق.ظ»/«ب.ظ»), so none gives it another meaning:
# 22:20. A number after the mark («۱۰:۲۰ م ۳») leaves it an abbreviation, as before.
case(
    "clock-then-m-mark-alone-pm-pos",
    "text",
    page(HEAD, "۱۴۰۲/۰۹/۱۸ ۱۰:۲۰ م"),
    {"title": HEAD, "published": "2023-12-09T22:20:00+03:30"},
)
# An hour printed apart, «ص» and a page number: the day alone.
case(
    "hour-apart-then-page-mark-day-only-pos",
    "text",
    page(HEAD, "۱۴۰۲/۰۹/۱۸ ۸ ص ۴"),
    {"title": HEAD, "published": DAY, "notminute": 0},
)
# -- near miss: a return deadline (two words, the day, an hour and «م») over the page's date
# line: the page's date stays the date line's.
case(
    "deadline-with-marked-hour-over-date-line-neg",
    "text",
    page(HEAD, "مهلت بازگشت ۱۴۰۲/۰۹/۳۰ ۱۲ م", DATE_LINE),
    {"title": HEAD, "published": TEH},
)
FAIR = "افتتاح بازارچه نان محلی ۱۴۰۲/۰۹/۲۵ ۱۰ ص"
# -- near miss: a four-word headline announcing an opening with its day and hour and «ص»,
# over the page's date line: the headline is the title, the date line's date the page's.
case(
    "four-word-headline-with-day-hour-mark-neg",
    "text",
    page(FAIR, DATE_LINE),
    {"title": (FAIR, "افتتاح بازارچه نان محلی"), "published": TEH},
)

# == speed50: the masthead's weekday prefilter; the label-last prefilter =======================
# A paper's masthead run into a PDF text layer's first line, the weekday with a kashida.
case(
    "masthead-weekday-with-kashida-pos",
    "text",
    f"سال بیستم - شماره ۵۴۳۲ - شنـبه ۱۸ آذر ۱۴۰۲\n{HEAD}\n\n{BODY}",
    {"published": DAY, "issue": "5432", "title": HEAD},
)
# An ID a space before its label, the label's last word with a kashida.
case(
    "label-last-id-kashida-pos",
    "text",
    f"{HEAD}\n۴۸۲۱۹۳ کد خبـر\n\n{BODY}",
    {"number": num("482193"), "title": HEAD},
)
# The update label after its date, in Arabic yeh.
case(
    "label-last-update-arabic-yeh-pos",
    "text",
    f"{HEAD}\n۱۴۰۲/۰۹/۱۸ آخرين بروزرساني\n\n{BODY}",
    {"updated": DAY, "title": HEAD},
)
# The date label after the date and clock, its colon after it (the label's span printed with
# its colon after the value's span).
case(
    "label-last-date-trailing-colon-pos",
    "text",
    f"{HEAD}\n1402/09/18 - 10:20 تاریخ انتشار:\n\n{BODY}",
    {"published": TEH, "title": HEAD},
)
# fix260's label glued after its ID, last on the line, and a ZWNJ after it.
case(
    "label-last-article-id-glued-zwnj-pos",
    "text",
    f"{HEAD}\n16452شناسه مقاله\u200c\n\n{BODY}",
    {"number": "16452", "title": HEAD},
)

# == fix258: /amp; Joomla's figures alias; «تاریخ سند»; a quoted date twice ======================
# -- near miss: «/amp» after a file name with no ID in it: no number.
case(
    "amp-after-file-name-without-id-neg",
    "text",
    page(HEAD, DATE_LINE),
    {"number": None, "title": HEAD, "published": TEH},
    url="https://nan-example.ir/gozaresh/namayeshgah-nan.html/amp",
)
THOUSANDS_HEAD = "اهدای 1,200 قرص نان به خانواده های روستای سرخ آباد"
# The headline's figure with a thousands comma, which Joomla's alias turns into a hyphen
# («1-200»).
case(
    "joomla-figures-alias-thousands-mark-pos",
    "text",
    page(THOUSANDS_HEAD, DATE_LINE),
    {"number": "377", "title": THOUSANDS_HEAD},
    url="http://nan-example.ir/index.php/akhbar/377-1-200",
)
DEED = (
    "آگهی فروش یک باب نانوایی سنگکی\n\n"
    "شماره پلاک : ۲۱۸ فرعی از ۱۲ اصلی\n"
    "تاریخ سند : ۱۳۹۲/۰۴/۱۰\n\n"
    f"{DATE_LINE}\n\n"
    "یک باب نانوایی سنگکی با تنور و وسایل کامل در خیابان اصلی شهر فروخته می شود و خریداران "
    "می توانند تا پایان ماه پیشنهاد خود را به دفتر اجرای احکام بدهند.\n"
)
# The deed's date above the notice's own date line: the date line's.
case(
    "deed-document-date-above-date-line-pos",
    "text",
    DEED,
    {"published": TEH},
)
# The date and clock twice in straight quotes after a category of two words.
case(
    "date-and-clock-twice-straight-quotes-pos",
    "text",
    f'{HEAD}\n\nاخبار فرهنگی "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰" "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰"\n\n\n{BODY}',
    {"title": HEAD, "published": TEH},
)
# -- near miss: an exhibition's two different days in guillemets after its label, over the
# page's date line: no date line of the post, the page's date the date line's.
case(
    "two-different-quoted-days-over-date-line-neg",
    "text",
    page(HEAD, "دوره نمایشگاه «۱ آذر ۱۴۰۲» «۳۰ آذر ۱۴۰۲»", DATE_LINE),
    {"title": HEAD, "published": TEH},
)

# == fix260: «شناسه مقاله» =======================================================================
PAPER = "نقش نانوایی های سنتی در اقتصاد روستاهای خراسان"
# A journal page's record as a table: the label and its value in two cells.
case(
    "article-id-label-html-table-cells-pos",
    "html",
    html(
        f"<h1>{PAPER}</h1><table><tr><td>شناسه مقاله</td><td>16452</td></tr>"
        "<tr><td>تاریخ دریافت</td><td>۱۴۰۲/۰۶/۰۱</td></tr></table>"
        "<p>این پژوهش با پرسش از صد نانوای روستایی نشان می دهد که نانوایی های سنتی بیشتر از "
        "نیمی از درآمد خانواده های نانوا را فراهم می کنند و بیشتر آرد خود را از آسیاب های "
        "همان منطقه می خرند.</p>"
    ),
    {"number": "16452", "title": PAPER},
)

# == two rules on one page =======================================================================
# fix262 twice: the glued label after the headline and a two-digit ID after the day.
case(
    "glued-label-and-two-digit-day-id-two-rules-pos",
    "text",
    page(f"{HEAD} تاریخ انتشار: ۱۴۰۲/۰۹/۱۸ ۱۰:۲۰"),
    {"title": HEAD, "number": "47", "published": TEH},
    url="https://nan-example.ir/2023/12/09/47/",
)
# fix264's date line between the headline and fix263's first sentence and subheading.
case(
    "marked-clock-date-line-and-subheading-two-rules-pos",
    "text",
    blog_post("آماده کردن خمیر", FIRST, BLOG_HEAD, "۱۴۰۲/۰۹/۱۸ ۱۰:۲۰ ص ۵"),
    {"title": BLOG_HEAD, "published": TEH},
)
# fix258 twice: the quoted date twice after a category, the address's AMP view.
case(
    "quoted-date-twice-and-amp-view-two-rules-pos",
    "text",
    f"{HEAD}\n\nاخبار شهرستان «۱۸ آذر ۱۴۰۲» «۱۸ آذر ۱۴۰۲»\n\n\n{BODY}",
    {"title": HEAD, "number": "24107", "published": DAY},
    url="https://nan-example.ir/نمایشگاه-نان-محلی-h24107.html/amp",
)
# fix263's footer and an ID before its label under the post's title.
case(
    "copyright-footer-and-id-before-label-two-rules-pos",
    "text",
    named_blog(f"Copyright © 2023 {BLOG_NAME}").replace(
        f"{SHORT_TITLE}\n\n", f"{SHORT_TITLE}\n۵۲۷۱۴ کد مطلب\n\n"
    ),
    {"title": SHORT_TITLE, "number": num("52714")},
    url="https://nanotanoor-example.blogfa.com/post/31",
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
