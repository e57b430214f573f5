"""Thirty-eighth round of attacks: this session's newest rules (fix90: a menu's «about» entry
and an institution's name alone in <title>; fix91: a headline of two halves joined by a bar,
a name printed twice, «مقدمه (...)»; fix92: an image's file name glued to prose, a bracketed
slash, a view count after a date line's time; fix93: a ticker's label and value over a list;
fix94: a source's dateline glued to the lead, a numeric date hyphenated to its clock,
«شماره N» before a month; fix95: a schedule step's date, the toggle run into the bar, a
forum's moderator notice), met with near misses (a real headline of the rule's shape) and
with positive shapes beyond the rules' own pages (other spellings and digits, ZWNJ, Arabic
yeh and kaf, Markdown, double-spaced text, HTML).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, thirty-eighth
round"); Gregorian days were counted from 1 Farvardin by hand (1402: 21 March 2023; 1404: 21
March 2025), Iran's offset after 1401 is +03:30. Run:
PYTHONPATH=src:benchmarks python benchmarks/attacks38.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks37's (a title ending «!» without a doubt, "WARN" a title doubted or none, a tuple any
of its values, a «published» with an offset an instant), plus «nottitle» (the title must not
be this line) and «notminute» (the publication must not carry this minute).

The shapes come from the pages the fixes were built on (named in their tests); the article
sentences are ours.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from attack_runner import BODY, ITEMS, D, H, collector, run
from attacks37 import check37

import jalali_meta as jm

cases, case = collector()


def check38(field: str, value: Any, article: jm.Article) -> tuple[bool, Any]:
    """attacks37's judge with «nottitle» and «notminute»."""
    if field == "nottitle":
        return article.title != value, article.title
    if field == "notminute":
        found = article.published.gregorian if article.published is not None else None
        timed = isinstance(found, dt.datetime)
        return not (timed and found.minute == value), found.isoformat() if found else None
    return check37(field, value, article)


def page(*header: str, body: str = BODY) -> str:
    return "\n".join((*header, "", body))


LIST = "".join(f"{head}\n\n{text}\n\n" for head, text in ITEMS)
DAY = "2024-03-02"  # D, ۱۲ اسفند ۱۴۰۲

# == fix90: the menu's «about» entry ===========================================================
ABOUT_HEAD = "درباره وزارت بهداشت هر آنچه باید بدانید"
case(
    "about-ministry-sentence-headline-neg", "text", page(ABOUT_HEAD, D), {"title": ABOUT_HEAD + "!"}
)
ABOUT_HEAD2 = "درباره سازمان تازه حفاظت محیط زیست استان چه می‌دانیم؟"
case(
    "about-organisation-question-headline-neg",
    "text",
    page(ABOUT_HEAD2, D),
    {"title": ABOUT_HEAD2 + "!"},
)
case("about-company-arabic-kaf-menu-pos", "text", page("درباره شركت", D), {"title": "WARN"})
case(
    "about-organisation-markdown-link-pos",
    "text",
    page("* [درباره سازمان](https://org.example.ir/about)", "", D),
    {"title": "WARN"},
)
ABOUT_HTML = (
    "<html><head><meta charset='utf-8'><title>سازمان نمونه</title></head><body>"
    "<ul class='menu'><li><a href='/about'>درباره سازمان</a></li></ul>"
    f"<div class='date'>{D}</div>"
    + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    + "</body></html>"
).encode()
case(
    "about-organisation-html-menu-pos",
    "html",
    ABOUT_HTML,
    {"title": "WARN"},
    url="https://org.example.ir/news/4521",
)

# == fix91: two halves joined by a bar, «مقدمه» ================================================
SUB = "چرا ورزش در بارداری مهم است؟"
LEAD = (
    "ورزش در دوران بارداری چه فایده هایی دارد و از کدام حرکات باید پرهیز کرد و چه زمانی "
    "ورزش را کنار گذاشت. پزشکان می گویند بیشتر زنان باردار می توانند هر روز نیم ساعت پیاده "
    "روی کنند و این کار خواب و گوارش آنها را بهتر می کند."
)
MORE = (
    "در ماه های آخر بارداری بهتر است حرکات سنگین و پرش کنار گذاشته شود. شنا و نرمش های "
    "کششی ساده برای بیشتر مادران بی خطر است، اما پیش از شروع هر برنامه تازه باید با پزشک "
    "مشورت کرد تا وضعیت مادر و جنین سنجیده شود."
)
BAR_ZWNJ = "راهنمای کامل ورزش در دوران بارداری | کدام حرکت‌ها برای مادر و جنین بی‌خطر است؟"
case("bar-halves-zwnj-pos", "text", f"{BAR_ZWNJ}\n{SUB}\n{LEAD}\n{MORE}\n", {"title": BAR_ZWNJ})
BAR_AR = "راهنماي كامل ورزش در دوران بارداري | كدام حركات براي مادر و جنين بي خطر است؟"
BAR_FA = BAR_AR.replace("ي", "ی").replace("ك", "ک")
case(
    "bar-halves-arabic-letters-pos",
    "text",
    f"{BAR_AR}\n{SUB}\n{LEAD}\n{MORE}\n",
    {"title": (BAR_AR, BAR_FA)},
)
BAR = "راهنمای کامل ورزش در دوران بارداری | کدام حرکات برای مادر و جنین بی خطر است؟"
case(
    "bar-halves-markdown-heading-pos",
    "text",
    f"# {BAR}\n\n## {SUB}\n\n{LEAD}\n\n{MORE}\n",
    {"title": BAR},
    url="https://health.example.ir/?p=5120",
)
BAR_HTML = (
    "<html><head><meta charset='utf-8'></head><body>"
    f"<p><strong>{BAR}</strong></p><h3>{SUB}</h3><p>{LEAD}</p><p>{MORE}</p></body></html>"
).encode()
case("bar-halves-html-paragraph-pos", "html", BAR_HTML, {"title": BAR})
SITE_BAR = "پایگاه خبری شهر نمونه | اخبار استان و شهرستان‌های آن"
case(
    "bar-site-title-bar-over-headline-neg",
    "text",
    page(SITE_BAR, H, D),
    {"title": H, "published": DAY},
)
INTRO = "مقدمه ای بر اقتصاد شهری و بودجه شهرداری‌ها"
case("intro-to-headline-neg", "text", page(INTRO, D), {"title": INTRO + "!"})
REG = "آیین‌نامه اجرایی ساماندهی بازارهای روز شهر"
case(
    "intro-bracket-arabic-yeh-under-regulation-pos",
    "text",
    f"{REG}\n\nمقدمه (از آيين نامه ها)\n\n{BODY}",
    {"title": REG},
)

# == fix92: file names, bracketed slashes, view counts ==========================================
G7 = "G7 سران هفت کشور صنعتی در ژاپن دیدار کردند"
case("g7-headline-neg", "text", page(G7, D), {"title": G7 + "!"})
IPHONE = "iPhone15 گوشی تازه اپل به بازار ایران رسید"
case("iphone15-headline-neg", "text", page(IPHONE, D), {"title": IPHONE + "!"})
GLUED = "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد"
case(
    "file-name-upper-jpg-glued-pos",
    "text",
    f"Menu\n\n{H}\n\nرسانه\n\nIMG_2024.JPG{GLUED}\n\n{BODY}",
    {"title": H},
)
case(
    "file-name-webp-glued-pos",
    "text",
    f"Menu\n\n{H}\n\nرسانه\n\nphoto_881.webp{GLUED}\n\n{BODY}",
    {"title": H},
)
BRACKET = "تقویم سال تازه (۱۴۴۶ قمری / ۱۴۰۳ شمسی) منتشر شد"
case("bracketed-slash-in-headline-neg", "text", page(BRACKET, D), {"title": BRACKET + "!"})
case(
    "hour-and-minutes-spaced-not-a-count-neg",
    "text",
    page(H, "دوشنبه, ۱۲ خرداد ۱۴۰۴ ساعت ۱۰ ۳۰"),
    {"title": H, "published": ("2025-06-02", None), "notminute": 30},
)
case(
    "view-count-persian-comma-dash-pos",
    "text",
    page(H, "چهارشنبه، ۳۱ اردیبهشت ۱۴۰۴ - ۱۳:۵۰ ۲۴۵"),
    {"title": H, "published": "2025-05-21T13:50:00+03:30"},
)

# == fix93: a ticker's label over a list =========================================================
TICKER = "افزایش نرخ بلیت اتوبوس‌های شهری."
case(
    "ticker-label-arabic-yeh-over-list-pos",
    "text",
    f"خبر فوري :\n{TICKER}\n\n{LIST}",
    {"title": "WARN", "nottitle": TICKER},
)
case(
    "ticker-label-markdown-bold-over-list-pos",
    "text",
    f"**خبر روز:**\n{TICKER}\n\n{LIST}",
    {"title": "WARN", "nottitle": TICKER},
)
case("news-of-the-day-label-over-article-neg", "text", page("خبر روز :", H, D), {"title": H + "!"})
SPORT = "اخبار ورزشی استان فارس"
# The record first read {"title": SPORT + "!", "code": "listing-page"}: contradictory under the
# judge («!» counts listing-page as a doubt), so the first run counted it warned; corrected
# after the first run to what was meant (the name, listing-page, no title-uncertain).
case(
    "list-name-printed-right-neg",
    "text",
    f"{SPORT}\n\n{LIST}",
    {"title": SPORT, "code": "listing-page", "nocode": "title-uncertain"},
)

# == fix94: datelines, hyphenated clocks, «شماره» ================================================
INBODY = (
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه برگزار شد.\n\n"
    "رئیس شورا یادآوری کرد که پارسال در همین روزها خبر داده شده بود: «تهران- ایرنا- 5 دی 1401 "
    "- 11:40 - لایحه بودجه به شورا رسید» و امسال نیز لایحه با تأخیر رسیده است.\n"
)
case(
    "irna-dateline-inside-body-neg", "text", page(H, D, body=INBODY), {"title": H, "published": DAY}
)
LEAD94 = (
    "مدیرکل راه آهن آذربایجان از راه افتادن دوباره قطار مسافری تبریز به مشهد خبر داد و گفت "
    "بلیت این قطار از فردا در سامانه فروش عرضه می‌شود."
)
MORE94 = "به گفته او این قطار هفته‌ای دو بار میان دو شهر رفت و آمد خواهد کرد.\n"
H94 = "قطار مسافری تبریز به مشهد از هفته آینده دوباره راه می‌افتد"
case(
    "dateline-en-dashes-pos",
    "text",
    f"{H94}\n\nایسنا- ۵ دی ۱۴۰۱ – ۱۱:۴۰ – {LEAD94}\n{MORE94}",
    {"title": H94, "published": "2022-12-26T11:40:00+03:30"},
)
case(
    "dateline-double-spaced-pos",
    "text",
    f"{H94}\n\n\n\nشبکه  خبر-  ۲۳ آبان ۱۴۰۲-۰۹:۱۵ |  {LEAD94}\n\n{MORE94}",
    {"title": H94, "published": "2023-11-14T09:15:00+03:30"},
)
case(
    "numeric-date-hyphen-clock-short-pos",
    "text",
    page(H, "1402/8/23-9:15"),
    {"title": H, "published": "2023-11-14T09:15:00+03:30"},
)
ISSUE_HEAD = "شماره 29 مجله شهر با ویژه‌نامه بودجه منتشر شد"
case(
    "shomare-29-in-headline-neg",
    "text",
    page(ISSUE_HEAD, D),
    {"title": ISSUE_HEAD + "!", "published": DAY, "number": None},
)
case(
    "shomare-persian-digits-spaced-comma-pos",
    "text",
    page(H, "شماره ۲۹ ، اردیبهشت ۱۳۸۳"),
    {"title": H, "published": None},
)

# == fix95: schedule steps, the toggle, the forum's notice ======================================
CALL = "فراخوان همایش ملی زبان و ادبیات فارسی"
RULE = "مقاله‌هایی که پس از مهلت مقرر برسند در فرایند داوری قرار نمی‌گیرند."
case(
    "deadline-step-zwnj-persian-digits-pos",
    "text",
    f"{CALL}\n\nمهلت ارسال اصل مقاله‌ها:\nتا ۳۰ اردیبهشت ۱۳۹۸\n{RULE}\n",
    {"title": CALL, "published": None},
)
case(
    "deadline-step-extended-note-pos",
    "text",
    f"{CALL}\n\nمهلت ارسال اصل مقالات:\n۳۰ اردیبهشت ۱۳۹۸ (تمدید شده است)\n{RULE}\n",
    {"title": CALL, "published": None},
)
DEAD_HEAD = "مهلت ارسال مقالات همایش ادبیات تا پایان خرداد تمدید شد"
DEAD_BODY = (
    "دبیرخانه همایش ملی زبان و ادبیات فارسی اعلام کرد که به درخواست پژوهشگران مهلت ارسال "
    "مقاله‌ها یک ماه تمدید شده است و داوری از تیرماه آغاز می‌شود.\n\n"
    "مهلت ارسال اصل مقالات:\nتا ۳۰ خرداد ۱۴۰۳\n\n"
    "دبیر همایش گفت نتیجه داوری تا پایان تابستان به نویسندگان اعلام خواهد شد.\n"
)
case(
    "deadline-label-inside-deadline-article-neg",
    "text",
    page(DEAD_HEAD, D, body=DEAD_BODY),
    {"title": DEAD_HEAD + "!", "published": DAY},
)
DARK = "حالت تاریک شهرها پس از قطعی برق ادامه دارد"
case("dark-state-headline-neg", "text", page(DARK, D), {"title": DARK + "!", "published": DAY})
EMERG = "حالت اضطراری در سه استان جنوبی اعلام شد"
case("emergency-state-headline-neg", "text", page(EMERG, D), {"title": EMERG + "!"})
INSTALL = "آیا مایل به نصب وب اپلیکیشن نمونه نیوز | example.com هستید؟"
case(
    "night-mode-toggle-tab-date-pos",
    "text",
    "\n".join(("حالت شب\tسه شنبه, 1402/12/12", INSTALL, "ببینید؛", "", H, "", BODY)),
    {"title": H},
)
FORUM_Q = "چرا پست من در این انجمن بدون هشدار حذف شده است؟"
case("forum-question-about-deleted-post-neg", "text", page(FORUM_Q, D), {"title": FORUM_Q + "!"})
TWEET = "توییت جنجالی وزیر پس از دو ساعت حذف شده است"
case("deleted-tweet-headline-neg", "text", page(TWEET, D), {"title": TWEET + "!"})
case(
    "forum-notice-zwnj-over-headline-pos",
    "text",
    page("این پست به‌دلیل تخلف حذف شده است.", H, D),
    {"title": H},
)
case(
    "forum-notice-arabic-yeh-moderator-pos",
    "text",
    page("اين موضوع توسط مدير انجمن قفل شده است.", H, D),
    {"title": H},
)


if __name__ == "__main__":
    run(
        cases,
        check38,
        ("title", "published", "updated", "number", "invalid", "time", "twin", "hijri"),
    )
