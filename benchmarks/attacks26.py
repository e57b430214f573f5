"""Twenty-sixth round of attacks: fix67 (a two-digit year under its weekday, a date and a
category's name on one line, a bracketed date-time before the headline printed again,
MediaWiki's section edit links, archive labels without the list's name, «نوشته‌های مشابه»
as the end of the article) and fix64 (a month archive's first post over a subtitle, a
speaker's headline in spaced guillemets, the print link inside a toolbar of buttons).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, twenty-sixth
round"). Run: PYTHONPATH=src:benchmarks python benchmarks/attacks26.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are near misses a real
page prints where a rule must not fire; «-pos» inputs are shapes where it must. A title
ending «!» must come without a doubt; "WARN" is a title kept and doubted, or none; a tuple
is any of its values; a «published» value with a «T» is compared to the minute.

The shapes come from real pages (the pages fix64 and fix67 were built on, and pages found
with the search tool, corpus pages), named beside each group; the article sentences are ours.
"""

from attack_runner import BODY, ITEMS, D, H, check, collector, run

cases, case = collector()


DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲»
SITE = "پایگاه خبری شهر نمونه"
RELATED = "مطالب مرتبط"
(I1, P1), (I2, P2), (I3, P3) = ITEMS

# -- fix67: a two-digit year under its weekday ----------------------------------------------
# shrines.ir (real23 #8: «- شنبه ۲۹ شهریور ۹۳» under the post's headline, a theme's «l j F y»);
# 29 Shahrivar 1393 was a Saturday (2014-09-20), 1493's falls on a Thursday; 12 Dey 1402 a
# Tuesday (2024-01-02), 1302's a Thursday. A today banner at the top of the page:
# shaer.ir/تشبيه/ («امروز : 11 اسفند 1402» over the post's heading), partchap.com/?p=100255.
case(
    "weekday-two-digit-year-pos shrines",
    "text",
    f"{H}\n\n- شنبه ۲۹ شهریور ۹۳\n\n{BODY}",
    {"title": H, "published": "2014-09-20"},
)
case(
    "weekday-comma-two-digit-year-pos",
    "text",
    f"{H}\n\nشنبه، ۲۹ شهریور ۹۳\n\n{BODY}",
    {"title": H, "published": "2014-09-20"},
)
case(
    "weekday-two-digit-year-14xx-pos",
    "text",
    f"{H}\n\nسه‌شنبه ۱۲ دی ۰۲\n\n{BODY}",
    {"title": H, "published": "2024-01-02"},
)
case(
    "weekday-fits-no-century-neg",
    "text",
    f"{H}\n\n- یکشنبه ۲۹ شهریور ۹۳\n\n{BODY}",
    {"title": H, "published": None},
)
# A weekday printed wrong (a typo) that fits the other century only: 1493 (2114, a date to
# come) or 1302 (1924, before the web): no page's publication date.
case(
    "weekday-fits-future-century-only-neg",
    "text",
    f"{H}\n\n- پنجشنبه ۲۹ شهریور ۹۳\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "weekday-fits-1924-only-neg",
    "text",
    f"{H}\n\nپنجشنبه ۱۲ دی ۰۲\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "weekday-yearless-neg",
    "text",
    f"{H}\n\n- شنبه ۲۹ شهریور\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "today-banner-two-digit-year-top-neg shaer",
    "text",
    f"امروز: شنبه ۲۹ شهریور ۹۳\n\n{SITE}\n\n{H}\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "bare-banner-two-digit-year-over-site-neg",
    "text",
    f"شنبه ۲۹ شهریور ۹۳\n\n{SITE}\n\n{H}\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "related-item-two-digit-year-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}\n{RELATED}\n\n{I1}\n\n- شنبه ۲۹ شهریور ۹۳\n\n{I2}\n\n- یکشنبه ۳۰ شهریور ۹۳\n",
    {"title": H, "published": DAY},
)
case(
    "related-item-two-digit-year-undated-article-neg",
    "text",
    f"{H}\n\n{BODY}\n{RELATED}\n\n{I1}\n\n- شنبه ۲۹ شهریور ۹۳\n\n{I2}\n\n- یکشنبه ۳۰ شهریور ۹۳\n",
    {"title": H, "published": None},
)
case(
    "weekday-two-digit-year-in-sentence-neg",
    "text",
    f"{H}\n\nنشست بعدی شورا شنبه ۲۹ شهریور ۹۳ برگزار می‌شود.\n\n{BODY}",
    {"title": H, "published": None},
)

# -- fix67: a date and a category's name on one line ----------------------------------------
# anjomanghalam.ir (real23 #24: «۲۹ آذر ۱۴۰۰ اخبار», the category's link run into the date
# line); yaghoutnews.ir/writer/نادر-مجیدی-آهی/ (the category «رسانه» beside «17 مرداد 1402 -
# 10:30 ق.ظ»); atiyeonline.ir/photo/40218 («۳۰ آذر ۱۴۰۰ - ۱۱:۲۲» over «کد خبر»). A headline
# opening with a date: newsme.blogsky.com («... 30 آذر برابر با 21 دسامبر ...»).
CAT_DAY = "2021-12-20"  # ۲۹ آذر ۱۴۰۰
case(
    "date-category-under-headline-pos anjomanghalam",
    "text",
    f"{H}\n\n۲۹ آذر ۱۴۰۰ ورزشی\n\n{BODY}",
    {"title": H, "published": CAT_DAY},
)
case(
    "date-category-above-headline-pos",
    "text",
    f"۲۹ آذر ۱۴۰۰ اخبار\n\n{H}\n\n{BODY}",
    {"title": H, "published": CAT_DAY},
)
case(
    "date-three-word-category-pos",
    "text",
    f"{H}\n\n۲۹ آذر ۱۴۰۰ اخبار استان تهران\n\n{BODY}",
    {"title": H, "published": CAT_DAY},
)
case(
    "date-opening-headline-neg newsme",
    "text",
    f"۲۹ آذر ۱۴۰۰ تهران میزبان نشست شوراهای شهر\n\n{BODY}",
    {"title": "۲۹ آذر ۱۴۰۰ تهران میزبان نشست شوراهای شهر", "published": None},
)
case(
    "date-then-two-word-sentence-neg",
    "text",
    f"{H}\n\n۲۹ آذر ۱۴۰۰ تعطیل است\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "date-then-section-word-headline-neg",
    "text",
    f"۲۹ آذر ۱۴۰۰ ایران در جام جهانی\n\n{BODY}",
    {"title": "۲۹ آذر ۱۴۰۰ ایران در جام جهانی", "published": None},
)
case(
    "today-banner-then-menu-word-neg",
    "text",
    f"۲۹ آذر ۱۴۰۰ اخبار\n\nمقالات\n\nتماس با ما\n\n{SITE}\n\n{H}\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "related-items-date-category-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}\n{RELATED}\n\n{I1}\n\n۲۰ آذر ۱۴۰۰ اخبار\n\n{I2}\n\n۲۱ آذر ۱۴۰۰ فرهنگی\n",
    {"title": H, "published": DAY},
)

# -- fix67: a bracketed date-time right under the headline, the headline again after it -----
# dehanbaj.ir (real23 #34: «(2 شهریور 1402 - 08:37:47) HEADLINE», a news script's item header);
# gooyait.com/1390/01/16/... (a headline over «1390/1/16 • author • 3», a post's meta line).
H2 = "آنچه شوراهای روستا باید بدانند"
case(
    "bracket-date-headline-again-pos dehanbaj",
    "text",
    f"{H2}\n\n(2 شهریور 1402 - 08:37:47) {H2}\n{BODY}",
    {"title": H2, "published": "2023-08-24T08:37"},
)
case(
    "bracket-persian-digits-no-seconds-pos",
    "text",
    f"{H2}\n\n(۲ شهریور ۱۴۰۲ - ۰۸:۳۷) {H2}\n{BODY}",
    {"title": H2, "published": "2023-08-24T08:37"},
)
case(
    "bracket-date-other-heading-neg",
    "text",
    f"{H2}\n\n(2 شهریور 1402 - 08:37:47) {I1}\n{BODY}",
    {"title": H2, "published": None},
)
case(
    "bracket-date-related-item-neg",
    "text",
    f"{H2}\n\n{BODY}\n{RELATED}\n\n{I1}\n\n(5 مرداد 1402 - 10:00:00) {I1}\n",
    {"title": H2, "published": None},
)
case(
    "bracket-two-dates-headline-again-pos",
    "text",
    f"{H2}\n\n(2 شهریور 1402 - 08:37:47 | 3 شهریور 1402) {H2}\n{BODY}",
    {"title": H2, "published": ("2023-08-24", None)},
)

# -- fix67: MediaWiki's section edit links -------------------------------------------------
# wikiroosta.ir (real23 #30: «...[ویرایش]» section headings); fa.m.wikipedia.org/wiki/
# جغرافیای_تاریخی (the mobile skin runs «ویرایش» into the heading without brackets:
# «جستارهای وابستهویرایش»); wikizero.net's English copy («[edit]This section needs ...»);
# bytegate.io/ویرایش-صفحه-در-ویکی-پدیا (a headline opening with «ویرایش»).
WIKI_P = (
    "روستای نمونه در دامنه کوه و در کنار رودخانه‌ای پرآب قرار دارد و مردم آن به کشاورزی و "
    "دامداری و باغداری مشغول‌اند و محصولات آن به بازارهای شهرهای اطراف فرستاده می‌شود.\n"
)
case(
    "headline-opening-with-virayesh-neg",
    "text",
    f"ویرایش جدید قانون کار به مجلس رفت\n\n{D}\n\n{BODY}",
    {"title": "ویرایش جدید قانون کار به مجلس رفت!", "published": DAY},
)
case(
    "headline-virayesh-page-neg bytegate",
    "text",
    f"ویرایش صفحه در ویکی پدیا\n\n{BODY}",
    {"title": "ویرایش صفحه در ویکی پدیا"},
)
case(
    "headline-bracketed-edition-neg",
    "text",
    f"[ویرایش دوم] کتاب تاریخ شهر منتشر شد\n\n{D}\n\n{BODY}",
    {"title": "[ویرایش دوم] کتاب تاریخ شهر منتشر شد", "published": DAY},
)
case(
    "wiki-short-page-heading-over-edit-sections-pos wikiroosta",
    "text",
    f"نمونه‌آباد\n\n{WIKI_P}\nتاریخچه[ویرایش]\n\n{WIKI_P}\nجغرافیا[ویرایش مبدأ]\n\n{WIKI_P}",
    {"title": "نمونه‌آباد"},
)
case(
    "wiki-mobile-glued-virayesh-pos fa.m.wikipedia",
    "text",
    f"جغرافیای تاریخی شهرها\n\n{WIKI_P}\nجستارهای وابستهویرایش\n\nپانویسویرایش\n\nمنابعویرایش\n",
    {"title": "جغرافیای تاریخی شهرها"},
)
case(
    "wiki-page-heading-lost-neg",
    "text",
    f"{WIKI_P}\nتاریخچه[ویرایش]\n\n{WIKI_P}\nجغرافیا[ویرایش]\n\n{WIKI_P}",
    {"title": "WARN"},
)
case(
    "wiki-english-edit-link-before-text-pos wikizero",
    "text",
    "Quotation mark\n\nQuotation marks are punctuation marks used in pairs in various writing "
    "systems to identify direct speech, a quotation, or a phrase.\n\nHistory\n\n[edit]This "
    "section needs additional citations for verification.\n\nThe double quotation mark is "
    "older than the single one, and it comes from a marginal note of the fifteenth century.\n",
    {"title": "Quotation mark"},
)

# -- fix67: archive labels with and without the list's name ---------------------------------
# kashan-behzisti.ir/tag/... (real23 #44: «بایگانی برچسب» without the tag's name);
# tabalwor.com («آرشیو برچسب: NAME»); blog.sfile.ir/tag/... («برچسب / NAME»);
# media.isna.ir/tag/خبر+وفت (the tag's name as the list's heading).
case(
    "bare-category-archive-label-pos",
    "text",
    f"آرشیو دسته\n\n{I1}\n\n{P1}\n\nادامه مطلب\n\n{I2}\n\n{P2}\n\nادامه مطلب\n",
    {"title": "WARN"},
)
case(
    "bare-tag-archives-english-pos",
    "text",
    f"Tag Archives\n\n{I1}\n\n{P1}\n\nRead more\n\n{I2}\n\n{P2}\n\nRead more\n",
    {"title": "WARN"},
)
case(
    "bare-label-one-item-with-slug-pos kashan-behzisti",
    "text",
    f"صفحه اصلی | بایگانی برچسب\n\nبایگانی برچسب\n\n{I1}\n\n{P1}\n\nادامه مطلب\n",
    {"title": "WARN"},
    url="http://example.ir/tag/" + I1.replace(" ", "-") + "/",
)
case(
    "named-tag-archive-label-neg tabalwor",
    "text",
    f"آرشیو برچسب: کتابخانه\n\n{I1}\n\n{P1}\n\nادامه مطلب\n\n{I2}\n\n{P2}\n\nادامه مطلب\n",
    {"title": ("کتابخانه", "WARN")},
)
case(
    "named-category-archives-plural-neg",
    "text",
    f"بایگانی‌های دسته: اخبار استان\n\n{I1}\n\n{P1}\n\n{I2}\n\n{P2}\n",
    {"title": ("اخبار استان", "WARN")},
)
case(
    "category-widget-heading-above-single-post-neg",
    "text",
    f"آرشیو دسته‌ها\n\nاخبار\n\nمقالات\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H, "published": DAY},
    url="https://example.ir/" + H.replace(" ", "-") + "/",
)

# -- fix67: «نوشته‌های مشابه» as the end of the article --------------------------------------
# zariyan.ir (real23 #40: Jannah's related box under a post, «نوشته‌های مشابه»).
case(
    "similar-posts-headline-neg",
    "text",
    f"نوشته‌های مشابه در کتاب‌های درسی حذف می‌شوند\n\n{D}\n\n{BODY}",
    {"title": "نوشته‌های مشابه در کتاب‌های درسی حذف می‌شوند!", "published": DAY},
)
case(
    "similar-posts-box-dates-undated-post-neg zariyan",
    "text",
    f"جامعه\n\n{H}\n\n{BODY}\nنوشته‌های مشابه\n\n{I1}\n\n۲۰ آذر ۱۴۰۰\n\n{I2}\n\n۲۱ آذر ۱۴۰۰\n",
    {"title": H, "published": None},
)

# -- fix64: a month archive's first post over a subtitle ------------------------------------
# market-center.ir/2017/10/ (fix60: WordPress's month archive, headline over excerpt); mut18's
# mutant 30 (a short subtitle line between them).
MONTH = "http://example.ir/2017/10/"
case(
    "month-archive-category-line-pos market-center",
    "text",
    f"{I1}\n\nفرهنگی\n\n{P1}\n\n{I2}\n\nفرهنگی\n\n{P2}\n",
    {"title": "WARN"},
    url=MONTH,
)
case(
    "month-archive-date-line-pos",
    "text",
    f"{I1}\n\n۲۰ مهر ۱۳۹۶\n\n{P1}\n\n{I2}\n\n۲۲ مهر ۱۳۹۶\n\n{P2}\n",
    {"title": "WARN"},
    url=MONTH,
)
case(
    "month-archive-subtitle-and-date-pos",
    "text",
    f"{I1}\n\nگزارشی کوتاه\n\n۲۰ مهر ۱۳۹۶\n\n{P1}\n\n{I2}\n\nگزارشی کوتاه\n\n۲۲ مهر ۱۳۹۶\n\n{P2}\n",
    {"title": "WARN"},
    url=MONTH,
)
case(
    "month-archive-one-post-subtitle-neg",
    "text",
    f"{I1}\n\nگزارشی کوتاه\n\n{P1}\n\n{P2}\n",
    {"title": I1 + "!"},
    url=MONTH,
)

# -- fix64: a speaker's headline in spaced guillemets ---------------------------------------
# attack25's input (fix63's note: sites that space their marks, «شهردار: « ... »»).
SPOKEN = "ایستگاه تازه قطار شهری تا پایان سال آماده می‌شود"
case(
    "spaced-quote-four-word-speaker-pos",
    "text",
    f"مدیرکل راه و شهرسازی استان: « {SPOKEN} »\n\n{BODY}",
    {"title": f"مدیرکل راه و شهرسازی استان: « {SPOKEN} »"},
)
case(
    "spaced-quote-nbsp-pos",
    "text",
    f"شهردار: «\u00a0{SPOKEN}\u00a0»\n\n{BODY}",
    {"title": (f"شهردار: « {SPOKEN} »", f"شهردار: «\u00a0{SPOKEN}\u00a0»")},
)
case(
    "spaced-quote-lead-under-headline-neg",
    "text",
    f"{H}\n\nرئیس شورا: « بودجه سال آینده تا پایان ماه بررسی می‌شود و نتیجه آن اعلام خواهد "
    f"شد »\n\n{BODY}",
    {"title": H},
)

# -- fix64: the print link inside a toolbar of buttons --------------------------------------
# Drupal's print module and Iransamaneh portals (fix59: asretebar.ir, asrebazar.ir,
# barghab.ir); attack24's «نسخه قابل چاپ | ارسال به دوستان».
NODE = "برق همه محله‌های شهر تا پایان شب وصل می‌شود"
NODE_DATE = "سه‌شنبه ۲۸ فروردین ۱۳۹۷"
KICK = "مدیرعامل شرکت توزیع نیروی برق استان:"
KICKED = "تعمیر پایه‌های آسیب‌دیده در شمال شهر تا یک ساعت دیگر تمام می‌شود"
case(
    "toolbar-print-spaced-dash-pos",
    "text",
    f"{NODE}\nنسخه قابل چاپ - ارسال به دوستان - ذخیره\n{NODE_DATE}\n{KICK}\n\n{KICKED}\n\n{BODY}",
    {"title": NODE, "published": "2018-04-17"},
)
case(
    "toolbar-section-name-over-print-neg",
    "text",
    f"اخبار استان و شهرستان‌ها\nنسخه قابل چاپ | ارسال به دوستان\n{NODE_DATE}\n{KICK}\n\n"
    f"{KICKED}\n\n{BODY}",
    {"title": KICKED, "published": "2018-04-17"},
)
case(
    "toolbar-print-and-view-count-neg",
    "text",
    f"{NODE}\nنسخه قابل چاپ | ۱۲۰ بازدید\n{NODE_DATE}\n{KICK}\n\n{KICKED}\n\n{BODY}",
    {"title": (NODE, KICKED), "published": "2018-04-17"},
)


if __name__ == "__main__":
    run(
        cases,
        check,
        ("title", "published", "number", "zone", "twin", "invalid", "time", "day", "two-digit"),
    )
