"""Twenty-fifth round of attacks: fix61 (the issue number after «شماره‌ی», a glued clock, date
and word, a two-word title said twice around a button), fix62 (a labelled header clock
«ساعت:» over «تاریخ:», a weekday's date over a section and a speaker's kicker, a headline over
its labelled date line, a Joomla headline alias's short ID) and fix63 (counter headings, a
breadcrumb ending with its separator, a date archive's page naming no period).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, twenty-fifth
round"). Run: PYTHONPATH=src:benchmarks python benchmarks/attacks25.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are near misses a real
page prints where a rule must not fire; «-pos» inputs are shapes where it must. A title
ending «!» must come without a doubt; "WARN" is a title kept and doubted, or none; a tuple
is any of its values; a «published» value with a «T» is compared to the minute.

The shapes come from real pages (the tests/pages corpus and pages found with the search tool,
corpus pages), named beside each group; the article sentences are ours.
"""

from attack_runner import BODY, ITEMS, D, H, check, collector, run

cases, case = collector()


DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲»
SITE = "شهرداری نمونه"
KICKER = "مدیرکل امور روستایی استانداری خبر داد"
COLON_KICKER = "معاون فرهنگی اداره کل فرهنگ و ارشاد استان:"

# -- fix62: a labelled header clock, time first, above the title -----------------------------
# shirvan.ir's theme («ساعت: 6:02 ق.ظ» / «تاریخ: 25 تیر 1403» / site name / headline, real22 #4);
# mehrnews.com/news/5735093 (date and clock, a kicker ending «:», the headline: a news page's
# own meta printed first); hvasl.ir/news/62889 («تاریخ انتشار: 12:37 - 24 فروردین 1398» and
# «کد خبر: 62889» over the headline).
CLOCK = "ساعت: 6:02 ق.ظ\n\nتاریخ: 25 تیر 1403"
case(
    "clock-over-site-name-pos shirvan",
    "text",
    f"{CLOCK}\n\n{SITE}\n\n{H}\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "clock-with-seconds-over-site-name-pos",
    "text",
    f"ساعت: 06:02:15\n\nتاریخ: 25 تیر 1403\n\n{SITE}\n\n{H}\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "clock-then-article-date-under-title-pos",
    "text",
    f"{CLOCK}\n\n{SITE}\n\n{H}\n\nتاریخ انتشار: ۱۰ اسفند ۱۴۰۲\n\n{BODY}",
    {"title": H, "published": "2024-02-29"},
)
case(
    "time-date-over-colon-kicker-neg mehrnews",
    "text",
    f"ساعت: 10:11\n\nتاریخ: ۱۲ اسفند ۱۴۰۲\n\n{COLON_KICKER}\n\n{H}\n\n{BODY}",
    {"title": H, "published": (DAY, None)},
)
case(
    "time-date-over-service-label-neg",
    "text",
    f"ساعت: 10:11\n\nتاریخ: ۱۲ اسفند ۱۴۰۲\n\nسرویس: اجتماعی\n\n{H}\n\n{BODY}",
    {"title": H, "published": DAY},
)
case(
    "time-date-over-news-code-neg hvasl",
    "text",
    f"ساعت: 12:37\n\nتاریخ: ۱۲ اسفند ۱۴۰۲\n\nکد خبر: 62889\n\n{H}\n\n{BODY}",
    {"title": H, "published": DAY, "number": "62889"},
)
case(
    "time-date-under-headline-with-site-above-neg",
    "text",
    f"{SITE}\n\n{H}\n\nساعت: 10:11\n\nتاریخ: ۱۲ اسفند ۱۴۰۲\n\n{BODY}",
    {"title": H, "published": DAY},
)
case(
    "time-date-under-headline-over-kicker-neg",
    "text",
    f"{H}\n\nساعت: 10:11\n\nتاریخ: ۱۲ اسفند ۱۴۰۲\n\n{COLON_KICKER}\n\n{BODY}",
    {"title": H, "published": DAY},
)

# -- fix62: a weekday's date over a section and a speaker's kicker ---------------------------
# ostan-kd.ir (real22 #51: «دو شنبه 20 مرداد سال 1399» / section / «... خبر داد» / headline);
# vista.ir/m/a/gzczg (a today banner «جمعه, ۱۶ آذر, ۱۴۰۳ / 6 December, 2024» over the
# magazine's name «مجله ویستا» and the headline).
GOV = "20 مرداد 1399"
case(
    "weekday-date-section-kicker-pos ostan-kd",
    "text",
    f"دوشنبه {GOV}\n\nاخبار استان\n\n{KICKER}\n\n{H}\n\n{BODY}",
    {"title": H, "published": "2020-08-10"},
)
case(
    "today-banner-over-site-name-and-kicker-neg vista",
    "text",
    f"دوشنبه {GOV}\n\nپایگاه خبری شهر\n\n{KICKER}\n\n{H}\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "today-labelled-banner-over-section-kicker-neg",
    "text",
    f"امروز: دوشنبه {GOV}\n\nاخبار استان\n\n{KICKER}\n\n{H}\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "weekday-date-section-kicker-then-own-date-neg",
    "text",
    f"دوشنبه {GOV}\n\nاخبار استان\n\n{KICKER}\n\n{H}\n\nتاریخ انتشار: ۱۵ مرداد ۱۳۹۹\n\n{BODY}",
    {"title": H, "published": "2020-08-05"},
)
case(
    "weekday-date-section-photo-label-neg",
    "text",
    f"دوشنبه {GOV}\n\nاخبار استان\n\nگزارش تصویری\n\n{H}\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "weekday-date-with-twin-over-section-kicker-neg vista",
    "text",
    f"دوشنبه, ۲۰ مرداد, ۱۳۹۹ / 10 August, 2020\n\nاخبار استان\n\n{KICKER}\n\n{H}\n\n{BODY}",
    {"title": H, "published": None},
)

# -- fix62: a headline over its labelled date line -------------------------------------------
# arak-samaschools.ir (Joomla's «آخرین به روز رسانی ...» under the heading, real22 #46);
# hvasl.ir/news/62889 (the site's line, «تاریخ انتشار: ...», the headline).
LONG = "هنرجویان هنرستان فنی شهر به مرحله کشوری جشنواره جوان خوارزمی راه یافتند"
CLUB = "باشگاه دانش‌آموزان پژوهشگر"
case(
    "headline-over-update-line-pos arak",
    "text",
    f"{LONG}\n\nآخرین به روز رسانی دوشنبه, 18 مرداد 1395 10:36\n\n{CLUB}\n{BODY}",
    {"title": LONG},
)
SLOGAN = "پایگاه خبری تحلیلی شهرستان نمونه در استان مازندران و شمال کشور"
case(
    "slogan-over-publication-line-neg hvasl",
    "text",
    f"{SLOGAN}\n\nتاریخ انتشار: {D}\n\n{H}\n\n{BODY}",
    {"title": (H, "WARN"), "published": DAY},
)
LONG_KICKER = "معاون فرهنگی اداره کل فرهنگ و ارشاد اسلامی استان مرکزی در گفت‌وگو با خبرنگار ما"
case(
    "long-kicker-over-publication-line-neg",
    "text",
    f"{LONG_KICKER}\n\nتاریخ انتشار: {D}\n\n{H}\n\n{BODY}",
    {"title": (H, "WARN"), "published": DAY},
)

# -- fix62: a Joomla headline alias's short ID -----------------------------------------------
# babolsar.ir (real22 #47: «/index.php/آرشیو-اخبار/129-<alias>»); Joomla's category and K2
# addresses (docs.joomla.org/Search_Engine_Friendly_URLs; K2's «/component/k2/item/ID-alias»
# and «/itemlist/category/ID-alias»); a category blog's later page «?start=10»
# (bakhtarnews.com.af/dari/culture.html?start=4319).
ALIAS = "برگزاری-جشنواره-ورزشی-کارکنان-شهرداری"
CATEGORY = "اخبار-و-رویدادهای-فرهنگی-و-ورزشی"
LIST = "\n\n".join(f"{head}\n\n{lead}" for head, lead in ITEMS) + "\n"
case(
    "joomla-alias-pos babolsar",
    "text",
    f"{H}\n\n{BODY}",
    {"number": "129"},
    url=f"http://city.example.ir/index.php/آرشیو-اخبار/129-{ALIAS}",
)
case(
    "joomla-k2-item-pos",
    "text",
    f"{H}\n\n{BODY}",
    {"number": ("345", None)},
    url=f"http://city.example.ir/index.php/component/k2/item/345-{ALIAS}",
)
case(
    "joomla-category-long-alias-neg",
    "text",
    LIST,
    {"number": None, "title": "WARN"},
    url=f"http://city.example.ir/index.php/akhbar/12-{CATEGORY}",
)
case(
    "joomla-category-long-alias-later-page-neg bakhtarnews",
    "text",
    LIST,
    {"number": None, "title": "WARN"},
    url=f"http://city.example.ir/index.php/akhbar/12-{CATEGORY}?start=10",
)
case(
    "joomla-k2-category-long-alias-neg",
    "text",
    LIST,
    {"number": None, "title": "WARN"},
    url=f"http://city.example.ir/index.php/component/k2/itemlist/category/12-{CATEGORY}",
)
case(
    "joomla-tags-component-neg",
    "text",
    LIST,
    {"number": None, "title": "WARN"},
    url=f"http://city.example.ir/index.php/component/tags/tag/12-{CATEGORY}",
)
case(
    "joomla-alias-year-1401-neg",
    "text",
    f"{H}\n\n{BODY}",
    {"number": None},
    url=f"http://city.example.ir/index.php/akhbar/1401-{ALIAS}",
)

# -- fix63: counters ------------------------------------------------------------------------
# mohabad-ag.ir («# نظر : 0» at the end, real22 #3); blogfa's footer «نظرات (0)»;
# channelsite.ir/794 and the housing-market headlines (a headline naming experts' views
# with a number: «نظر ۳ کارشناس ...»).
case(
    "counter-heading-persian-digit-end-pos mohabad",
    "text",
    f"{H}\n\n{BODY}\n# نظرات (۲)\n",
    {"title": H},
)
case("counter-heading-over-title-pos blogfa", "text", f"# نظرات (0)\n\n{H}\n\n{BODY}", {"title": H})
EXPERTS = "نظر ۳ کارشناس درباره بازار مسکن در سال آینده"
case(
    "headline-opinion-of-three-experts-neg channelsite",
    "text",
    f"# {EXPERTS}\n\n{BODY}",
    {"title": EXPERTS + "!"},
)
BRACKET = "نظر (۲) شورای نگهبان درباره لایحه بودجه"
case(
    "headline-word-bracket-number-then-words-neg",
    "text",
    f"{BRACKET}\n\n{BODY}",
    {"title": BRACKET},
)
VISIT = "بازدید (۲) روزه وزیر از استان"
case("headline-visit-bracket-number-neg", "text", f"# {VISIT}\n\n{BODY}", {"title": VISIT})

# -- fix63: a breadcrumb ending with its separator -------------------------------------------
# esfahan.corc.ir («سخن روز /», real22 #32); hormozgan.mcls.gov.ir («صفحه نخست » ...»);
# headlines quoting a speaker, spaced guillemets («« ... »») and mixed quotes on real sites.
case(
    "trail-home-chevrons-pos hormozgan", "text", f"صفحه نخست » اخبار »\n{H}\n\n{BODY}", {"title": H}
)
case("trail-single-angle-pos", "text", f"خانه › اخبار ›\n{H}\n\n{BODY}", {"title": H})
case(
    "trail-with-year-crumb-pos",
    "text",
    f"خانه / اخبار ۱۴۰۲ /\n{H}\n\n{BODY}",
    {"title": (H, "WARN")},
)
SPACED = "شهردار: « ایستگاه تازه تا پایان سال آماده می‌شود »"
case("headline-spaced-guillemets-neg", "text", f"{SPACED}\n\n{BODY}", {"title": SPACED + "!"})
NESTED = "تأکید بر «شفافیت» در لایحه «بودجه»"
case("headline-two-quotes-neg", "text", f"{NESTED}\n\n{BODY}", {"title": NESTED + "!"})
MIXED = 'شهردار: "ایستگاه تازه تا پایان سال آماده می‌شود»'
case("headline-mixed-quotes-neg", "text", f"{MIXED}\n\n{BODY}", {"title": MIXED})

# -- fix63: a date archive naming no period --------------------------------------------------
# irantrout.ir/2017/07/page/2/ (real22 #15); garegin.blogfa.com/1402/03 (blogfa's month
# archive); WordPress's «بایگانی‌های تیر ۱۳۹۶» and «Monthly Archives: July 2017».
case(
    "blogfa-month-archive-pos garegin",
    "text",
    LIST,
    {"title": "WARN"},
    url="https://garegin.blogfa.com/1402/03",
)
NAME = "بایگانی\u200cهای تیر ۱۳۹۶"
case(
    "archive-name-with-year-neg",
    "text",
    f"{NAME}\n\n{LIST}",
    {"title": (NAME, "WARN")},
    url="https://x.ir/1396/04/page/2/",
)
case(
    "archive-name-english-neg",
    "text",
    f"Monthly Archives: July 2017\n\n{LIST}",
    {"title": ("Monthly Archives: July 2017", "WARN")},
    url="https://x.ir/2017/07/page/2/",
)
case(
    "one-post-month-archive-pos",
    "text",
    f"{H}\n\n{D}\n\n{BODY}",
    {"title": "WARN"},
    url="https://x.ir/1402/12/page/2/",
)
case(
    "post-under-day-path-with-id-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}",
    {"title": H + "!"},
    url="https://x.ir/news/1402/12/12/123456/",
)
case(
    "paged-post-under-month-path-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}",
    {"title": H + "!"},
    url="https://x.ir/2024/03/" + H.replace(" ", "-") + "/2/",
)

# -- fix61 ----------------------------------------------------------------------------------
# magland.ir/magazine/13/issue/7688 («روزنامه صدای اصلاحات شماره 1113 ... پنجشنبه 12تیر ماه
# 1399»); test.ghatreh.com (tests/pages/402: «... ساعت 09:052017-04-10پزشكي»); migna.ir's
# «کد QR ... کد QR» (tests/pages/550).
case(
    "issue-line-shomare-ye-pos magland",
    "text",
    f"{H}\n\nروزنامه نمونه - شماره\u200cی ۱۱۱۳ - پنجشنبه ۱۲ تیر ۱۳۹۹\n\n{BODY}",
    {"title": H, "published": "2020-07-02", "number": None},
)
case(
    "issue-line-page-and-issue-pos",
    "text",
    f"{H}\n\nشماره ی 1113 - صفحه 2 - پنجشنبه 12 تیر ماه 1399\n\n{BODY}",
    {"title": H, "published": "2020-07-02"},
)
case(
    "phone-number-after-shomare-ye-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}\nشماره\u200cی تماس: ۰۲۱-۸۸۱۲۳۴۵۶\n",
    {"title": H, "published": DAY},
)
case(
    "glued-clock-date-word-pos ghatreh",
    "text",
    f"{H}\n\nدوشنبه، 21 فروردین 1396 ساعت 09:052017-04-10پزشكي\n\n{BODY}",
    {"title": H, "published": "2017-04-10T09:05"},
)
case(
    "two-word-title-twice-pos migna",
    "text",
    f"کد QR دانلود کد QR\n\n{D}\n\n{BODY}",
    {"title": "WARN"},
)
case(
    "one-word-twice-phrase-neg",
    "text",
    f"پله پله تا ساختن شهر\n\n{D}\n\n{BODY}",
    {"title": "پله پله تا ساختن شهر!"},
)


if __name__ == "__main__":
    run(cases, check, ("title", "published", "number", "zone", "twin", "invalid", "time", "day"))
