"""Fifty-third round of attacks: the rules of fix150 (a two-word ID label «کد خبر», «شماره خبر»,
«کد مطلب» ... with or without a colon right after a date and its time opening a line, an agency
header flattened onto one line; fix141's photo-agency weekday date over «سرویس :» when every line
between is a labelled credit) and fix151 (a «.: NAME :.» frame over a headline-shaped line; a
wrapped run of any length under a short headline; e107's «news.php?item.ID.CAT»; a slug of four
words or more at «?paged=N»; «بازديد» and «يكشنبه» with Arabic yeh; the glued-lead cut over the
date line; a spaced-colon quote headline kept whole), each put into a whole page of a kind the
rule was not made on: university, news agency, blog, print view, HTML ``<td>``/``<li>``/
``<time>``, Markdown, Arabic yeh and kaf, Persian and Arabic-Indic digits, ZWNJ present and
missing. Near misses beside them: «کد خبر» after a date and a time in running prose, a phone, a
postcode and a bank account after a date-time, a long sentence under «سرویس :» in place of a
credit, a genuine «.: TITLE :.» headline over its subtitle, a label line over a real long
paragraph, a four-word list address at «?paged=2», e107's day list, «بازديد» opening a real
headline, a headline whose words after a spaced colon are a noun phrase.

Each input's record was decided by hand before the first run (docs/reliability.md, "Attacks,
fifty-third round"; the commit adding this script comes before any run of it). Days by hand:
1 Dey 1402 = 2023-12-22 (a Friday), so 12 Dey 1402 = 2024-01-02 (a Tuesday) and 10 Dey 1402 =
2023-12-31 (a Sunday). Iran kept no summer time from 1402 (+03:30).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks53.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one. The article sentences, headlines and names are ours.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    arabic_digits,
    collector,
    html,
    no_zwnj,
    num,
    paras,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()


# The texts of this round (ours): a university item, a water-supply report, a blog post.
UNI = "دانشجویان دانشگاه در جشنواره ملی نوآوری سه جایزه گرفتند"
UNI_BODY = (
    "به گزارش روابط عمومی دانشگاه، سه گروه دانشجویی دانشگاه در جشنواره ملی نوآوری که در "
    "تهران برگزار شد برای طرح‌های خود در زمینه انرژی خورشیدی و بازیافت آب جایزه گرفتند.\n\n"
    "معاون پژوهشی دانشگاه گفت: این گروه‌ها از دو سال پیش در مرکز رشد دانشگاه کار می‌کنند و "
    "طرح‌هایشان برای تولید آماده می‌شود.\n"
)
WATER = "لوله‌گذاری تازه آب شرب در محله‌های جنوبی شهر به پایان رسید"
WATER_OPENING = "مدیرعامل شرکت آب و فاضلاب شهر گفت: لوله‌گذاری تازه آب شرب در شش محله جنوبی با"
WATER_BODY = (
    WATER_OPENING + " هزینه‌ای نزدیک به دویست میلیارد ریال به پایان رسید و افت فشار آب در "
    "ساعت‌های پرمصرف برطرف می‌شود.\n\n"
    "او افزود: کار جایگزینی کنتورهای فرسوده نیز از ماه آینده در همین محله‌ها آغاز می‌شود.\n"
)
POST = "یک روز در بازار قدیم"
DAY = "۱۲ دی ۱۴۰۲"  # 2024-01-02, a Tuesday
STAMP = "۱۲ دی ۱۴۰۲، ۰۹:۱۵"  # 2024-01-02T09:15+03:30
WEEKDAY = "سه‌شنبه ۱۲ دی ۱۴۰۲"

# == fix150: a two-word ID label right after a date and its time opening a line ================
# A university news portal: the headline, then the portal's header flattened onto one line,
# «کد مطلب:» with a colon.
case(
    "uni-flattened-header-kod-matlab-colon-pos",
    "text",
    f"{UNI}\n\n{STAMP} کد مطلب: 48213 اخبار دانشگاه پژوهش و فناوری\n\n{UNI_BODY}",
    {"title": UNI, "number": num("48213"), "published": "2024-01-02T09:15+03:30"},
)
# A news agency's item copied by an aggregator: a short link first, «شماره خبر», Arabic yeh and
# kaf, Arabic-Indic digits throughout.
case(
    "agency-link-first-shomare-khabar-yeh-kaf-arabic-digits-pos",
    "text",
    yeh_kaf(
        arabic_digits(
            f"{WATER}\n\nhttps://agency.example.ir/x9Qk {STAMP} شماره خبر ۷۷۱۰۲۴۵ "
            f"اجتماعی شهری\n\n{WATER_BODY}"
        )
    ),
    {"title": yeh_kaf(WATER), "number": num("7710245"), "published": "2024-01-02T09:15+03:30"},
)
# An HTML page: the header flattened into one <td> under the <h1>.
case(
    "html-td-flattened-header-kod-khabar-pos",
    "html",
    html(
        f"<h1>{WATER}</h1><table><tr><td>{STAMP} کد خبر ۸۸۴۲۱۹ شهری</td></tr></table>"
        + paras(WATER_BODY)
    ),
    {"title": WATER, "number": num("884219"), "published": "2024-01-02T09:15+03:30"},
)
# Markdown, ZWNJ missing, the time with its seconds, «کد خبر:» with a colon.
case(
    "markdown-no-zwnj-time-seconds-kod-khabar-colon-pos",
    "text",
    no_zwnj(f"# {UNI}\n\n{DAY}، ۰۹:۱۵:۴۰ کد خبر: 731942 دانشگاهی\n\n{UNI_BODY}"),
    {"title": no_zwnj(UNI), "number": num("731942"), "published": "2024-01-02T09:15:40+03:30"},
)
# -- near misses ------------------------------------------------------------------------------
# «کد خبر» after a date and a time in running prose deep in the body: no item number.
PROSE = (
    "خبرگزاری‌ها متن اطلاعیه را که روز {stamp} با کد خبر ۵۵۱۲۳۴۵ در سامانه منتشر شده بود "
    "بازنشر کردند و شرکت آب و فاضلاب نیز آن را تأیید کرد.\n"
)
case(
    "prose-sentence-date-time-kod-khabar-mid-paragraph-neg",
    "text",
    f"{WATER}\n۱۴ دی ۱۴۰۲\n\n{WATER_BODY}\n{PROSE.format(stamp=STAMP)}",
    {"title": WATER, "number": None, "published": "2024-01-04"},
)
# The same prose opening a paragraph of the body with the date and the time.
case(
    "prose-paragraph-opening-date-time-kod-khabar-neg",
    "text",
    f"{WATER}\n۱۴ دی ۱۴۰۲\n\n{WATER_BODY}\n{STAMP} کد خبر ۵۵۱۲۳۴۵ را خبرگزاری‌ها به اطلاعیه "
    "شرکت آب و فاضلاب دادند و متن آن را بی هیچ تغییری بازنشر کردند.\n",
    {"title": WATER, "number": None, "published": "2024-01-04"},
)
# A phone number after the date and time of a notice line.
case(
    "phone-after-date-time-uni-notice-neg",
    "text",
    f"{UNI}\n\n{STAMP} تلفن تماس ۰۲۱۸۸۷۶۵۴۳۲\n\n{UNI_BODY}",
    {"title": UNI, "number": None},
)
# A bank account («شماره حساب», two words) after the date and time: not the item's ID.
case(
    "bank-account-shomare-hesab-after-date-time-neg",
    "text",
    f"{WATER}\n\n{STAMP} شماره حساب 0105432198003 بانک ملی\n\n{WATER_BODY}",
    {"title": WATER, "number": None},
)
# A postcode («کد پستی», two words) after the date and time, Arabic yeh and kaf.
case(
    "postcode-kod-posti-after-date-time-yeh-kaf-neg",
    "text",
    yeh_kaf(f"{UNI}\n\n{STAMP} کد پستی 8174673441 دبیرخانه جشنواره\n\n{UNI_BODY}"),
    {"title": yeh_kaf(UNI), "number": None},
)
# == fix141/fix150: a weekday date over «سرویس :» and labelled credits ========================
# A university photo gallery in text, Arabic yeh and kaf, Persian digits, two credits.
case(
    "uni-gallery-weekday-date-service-two-credits-yeh-kaf-pos",
    "text",
    yeh_kaf(
        f"{WEEKDAY}\nسرویس : دانشگاه\nعکاس : سارا محمدی\nنویسنده : رضا کاظمی\n{UNI}\n\n{UNI_BODY}"
    ),
    {"title": yeh_kaf(UNI), "published": "2024-01-02"},
)
# A long sentence under «سرویس :» in place of a credit: the line's colon opens a quote.
case(
    "weekday-date-service-then-long-quote-line-neg",
    "text",
    f"{WEEKDAY}\nسرویس : اجتماعی\nعکاس : این عکس‌ها را در سه روز گذشته از لوله‌گذاری محله‌های "
    f"جنوبی گرفته‌ام و کارگران تا نیمه شب کار می‌کردند\n{WATER}\n\n{WATER_BODY}",
    {"published": None},
)
# == fix151 ===================================================================================
# A «.: NAME :.» frame in an HTML <td> over the <h1> and a <time>.
case(
    "html-td-site-frame-over-h1-time-pos",
    "html",
    html(
        "<table><tr><td>.: پایگاه اطلاع رسانی دانشگاه :.</td></tr></table>"
        f"<h1>{UNI}</h1><time>{DAY}</time>" + paras(UNI_BODY)
    ),
    {"title": UNI, "published": "2024-01-02"},
)
# The frame in Markdown, Arabic yeh and kaf, ZWNJ missing, Arabic-Indic digits.
case(
    "markdown-site-frame-yeh-kaf-no-zwnj-arabic-digits-pos",
    "text",
    yeh_kaf(
        no_zwnj(arabic_digits(f".:: شرکت آب و فاضلاب شهر ::.\n\n## {WATER}\n{DAY}\n\n{WATER_BODY}"))
    ),
    {"title": yeh_kaf(no_zwnj(WATER)), "published": "2024-01-02"},
)
# A genuine framed headline over its headline-shaped subtitle, then the date and body.
FRAMED = "جشنواره ملی نوآوری دانشجویی"
SUB = "سه گروه دانشجویی دانشگاه برای طرح‌های انرژی و آب جایزه گرفتند"
case(
    "genuine-framed-headline-over-subtitle-neg",
    "text",
    f".: {FRAMED} :.\n{SUB}\n{DAY}\n\n{UNI_BODY}",
    {"title": (FRAMED, "WARN"), "published": "2024-01-02"},
)
# A blog's short headline over a body wrapped into three blocks (fewer than fix151's five),
# the date after it, Arabic yeh and kaf.
WRAP3 = (
    "صبح زود به بازار قدیم رفتم که هنوز بیشتر حجره‌ها بسته بودند و فقط چند نانوایی و\n\n"
    "چایخانه باز بودند. کم کم کاسب‌ها آمدند و کرکره‌ها را بالا زدند و بوی ادویه و چای تازه\n\n"
    "همه راسته را پر کرد و من تا ظهر میان مسگرها و فرش‌فروش‌ها قدم زدم و عکس گرفتم.\n"
)
case(
    "blog-short-headline-three-wrapped-blocks-yeh-kaf-pos",
    "text",
    yeh_kaf(f"{POST}\n{DAY}\n\n{WRAP3}"),
    {"title": yeh_kaf(POST), "published": "2024-01-02"},
)
# A lone section word over a real long paragraph (one block, not wrapped): never a sure title.
LONG_PARA = (
    "صبح زود به بازار قدیم رفتم که هنوز بیشتر حجره‌ها بسته بودند و فقط چند نانوایی و چایخانه "
    "باز بودند و کم کم کاسب‌ها آمدند و کرکره‌ها را بالا زدند و بوی ادویه و چای تازه همه راسته "
    "را پر کرد و من تا ظهر میان مسگرها و فرش‌فروش‌ها قدم زدم و با چند پیرمرد درباره روزگار "
    "گذشته بازار گفت‌وگو کردم.\n"
)
case(
    "lone-label-over-real-long-paragraph-neg",
    "text",
    f"یادداشت\n\n{LONG_PARA}",
    {"title": "WARN"},
)
# A two-word section label over the same long paragraph, ZWNJ missing.
case(
    "two-word-label-over-real-long-paragraph-no-zwnj-neg",
    "text",
    no_zwnj(f"سفرنامه‌های شهری\n\n{LONG_PARA}"),
    {"title": "WARN"},
)
# e107 in a subdirectory of a university site.
case(
    "e107-subdirectory-item-id-category-uni-pos",
    "text",
    f"{UNI}\n{DAY}\n\n{UNI_BODY}",
    {"title": UNI, "number": num("1204")},
    url="http://daneshkade.example.ac.ir/e107/news.php?item.1204.3",
)
# e107's list of one day's items: no item number.
case(
    "e107-day-list-no-number-neg",
    "text",
    f"{UNI}\n{DAY}\n\n{UNI_BODY}",
    {"number": None},
    url="http://daneshkade.example.ac.ir/news.php?day.20240102",
)
# A post's five-word slug at «?paged=2» (its comments' second page).
case(
    "uni-five-word-slug-paged-2-pos",
    "text",
    f"{UNI}\n{DAY}\n\n{UNI_BODY}",
    {"title": UNI + "!", "nocode": "listing-page"},
    url="https://news.example.ac.ir/daneshjooyan-jashnvare-melli-noavari-jayeze/?paged=2",
)
# A section's four-word address at «?paged=2»: a list page.
case(
    "section-four-word-address-paged-2-neg",
    "text",
    f"{WATER}\n{DAY}\n\n{WATER_BODY}",
    {"code": "listing-page"},
    url="https://ostan.example.ir/akhbar-va-rooydad-ostan/?paged=2",
)
# Arabic-yeh «يكشنبه ... | N بازديد / HEADLINE», Arabic-Indic digits, a print view.
case(
    "print-view-arabic-yeh-counter-slash-headline-arabic-digits-pos",
    "text",
    yeh_kaf(arabic_digits(f"يكشنبه ۱۰ دی ۱۴۰۲ | ۴۲ بازديد / {UNI}\n\n{UNI_BODY}")),
    {"title": yeh_kaf(UNI), "published": "2023-12-31"},
)
# A real headline opening with «بازديد» over its date line, Arabic yeh.
VISIT = "بازدید استاندار از طرح لوله‌گذاری آب شرب محله‌های جنوبی"
case(
    "headline-opening-with-bazdid-arabic-yeh-neg",
    "text",
    yeh_kaf(f"{VISIT}\nيكشنبه ۱۰ دی ۱۴۰۲\n\n{WATER_BODY}"),
    {"title": yeh_kaf(VISIT), "published": "2023-12-31"},
)
# A Markdown heading glued to its lead's opening over the date line with Arabic-Indic digits.
case(
    "markdown-heading-glued-lead-over-date-line-arabic-digits-pos",
    "text",
    arabic_digits(f"## {WATER}{WATER_OPENING}\n{DAY} - ۰۸:۴۰\n\n{WATER_BODY}"),
    {"title": WATER, "published": "2024-01-02T08:40+03:30"},
)
# A speaker's quote headline in an HTML <li> list item page, its lead repeating the quote.
SPEAKER = "رئیس دانشگاه : سه گروه دانشجویی در جشنواره ملی نوآوری جایزه گرفتند"
SPEAKER_BODY = (
    "سه گروه دانشجویی در جشنواره ملی نوآوری جایزه گرفتند و طرح‌هایشان برای تولید آماده "
    "می‌شود.\n\nرئیس دانشگاه این را در نشست شورای دانشگاه گفت.\n"
)
case(
    "uni-speaker-quote-headline-verb-kept-whole-pos",
    "text",
    f"{SPEAKER}\n{DAY}\n\n{SPEAKER_BODY}",
    {"title": (SPEAKER, "WARN"), "nottitle": "رئیس دانشگاه"},
)
# A headline whose words after a spaced colon are a noun phrase, the lead repeating them.
NOTICE = "اطلاعیه شماره ۳ : زمان‌بندی ثبت نام دوره‌های تابستانی دانشگاه"
NOTICE_BODY = (
    "زمان‌بندی ثبت نام دوره‌های تابستانی دانشگاه اعلام شد و دانشجویان از شنبه آینده تا پایان "
    "ماه می‌توانند در سامانه آموزشی ثبت نام کنند.\n\nهزینه هر دوره در سامانه آمده است.\n"
)
case(
    "notice-headline-noun-phrase-after-spaced-colon-neg",
    "text",
    f"{NOTICE}\n{DAY}\n\n{NOTICE_BODY}",
    {"title": (NOTICE, "WARN"), "published": "2024-01-02"},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
