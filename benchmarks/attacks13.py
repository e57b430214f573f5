"""Thirteenth round of attacks: the 940-979 and loose-end rules (fix22-fix24, peers12).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, thirteenth
round"). Run: PYTHONPATH=src python benchmarks/attacks13.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts.
"""

from attack_runner import BODY, BODY2, H2, PAGE, D, H, collector, field_value, run

NODATE = f"{H}\n\n{BODY}"


def html(head_extra="", top="", footer="", title=H):
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>{head_extra}</head><body>"
        f"<div class='post hentry'>{top}<h3 class='post-title'>{title}</h3>"
        f"<div class='post-body'><p>{BODY.split(chr(10), maxsplit=1)[0]}</p><p>{BODY2}</p></div>"
        f"<div class='post-footer'>{footer}</div></div></body></html>"
    )


cases, case = collector()


# -- hAtom's <abbr class="published" title=ISO> and itemprop datePublished (fix22, _html) -----
case(
    "abbr-published-blogger-pos",
    "html",
    html(
        footer="ارسال شده در <abbr class='published' itemprop='datePublished' "
        "title='2011-12-15T10:47:00-08:00'>10:47 AM</abbr>",
        top="<h2 class='date-header'>پنجشنبه ۲۴ آذر ۱۳۹۰</h2>",
    ),
    {"published": "2011-12-15"},
)
case(
    "abbr-itemprop-only-pos",
    "html",
    html(
        footer="<abbr itemprop='datePublished' title='2019-05-04T08:00:00+04:30'>۱۴ اردیبهشت</abbr>"
    ),
    {"published": "2019-05-04"},
)
case(
    "abbr-acronym-title-neg",
    "html",
    html(
        top=f"<div class='date'>{D}</div>",
        footer="<p>عضو <abbr title='سازمان ملل متحد'>UN</abbr> و "
        "<abbr title='2011'>ناتو</abbr></p>",
    ),
    {"published": "2024-03-02", "title": "H!"},
)
case(
    "abbr-published-class-text-title-neg",
    "html",
    html(
        top=f"<div class='date'>{D}</div>",
        footer="<abbr class='published' title='منتشر شده'>منتشر شده</abbr>",
    ),
    {"published": "2024-03-02"},
)
case(
    "abbr-updated-not-published-neg",
    "html",
    html(
        top=f"<div class='date'>{D}</div>",
        footer="به‌روز شده: <abbr class='updated' title='2024-05-10T10:00:00+03:30'>۲۱ اردیبهشت</abbr>",
    ),
    {"published": "2024-03-02"},
)
case(
    "abbr-published-in-related-box-neg",
    "html",
    html(
        top=f"<div class='date'>{D}</div>",
        footer="<div class='related-posts'><h4>مطالب مرتبط</h4><ul><li><a href='/p/2.html'>"
        "ثبت‌نام دانش‌آموزان پایه اول آغاز شد</a> <abbr class='published' "
        "title='2020-01-05T09:00:00+03:30'>۱۵ دی</abbr></li></ul></div>",
    ),
    {"published": "2024-03-02"},
)
# -- zones after a time: PDT/MDT/EDT read, the others unread, warned (fix22, fix24) -------------
case(
    "edt-acronym-headline-neg",
    "text",
    f"نمایشگاه EDT 2024 در تهران برگزار شد\n\n{D}\n\n{BODY}",
    {"title": "نمایشگاه EDT 2024 در تهران برگزار شد", "published": "2024-03-02"},
)
case(
    "edt-after-year-headline-neg",
    "text",
    f"قرارداد ۱۴۰۲ EDT با شهرداری امضا شد\n\n{D}\n\n{BODY}",
    {"published": "2024-03-02"},
)
case(
    "edt-time-pos",
    "text",
    f"{H}\n\nPosted: 2 Mar 2024 07:44 AM EDT\n\n{BODY}",
    {"published": "2024-03-02"},
)
case(
    "pst-time-warned-pos",
    "text",
    f"{H}\n\nPosted: 2 Mar 2024 07:44 AM PST\n\n{BODY}",
    {"published": "2024-03-02", "zone": "zone-unread"},
)
case(
    "irst-time-warned-pos",
    "text",
    f"{H}\n\nتاریخ انتشار: ۱۴۰۲/۱۲/۱۲ ۱۰:۳۰ IRST\n\n{BODY}",
    {"published": "2024-03-02", "zone": "zone-unread"},
)
case(
    "ist-word-after-time-in-body-neg",
    "text",
    f"{H}\n\n{D}\n\nمسابقه ساعت 10:00 IST در دهلی آغاز می‌شود و {BODY}",
    {"published": "2024-03-02", "title": "H!"},
)
case(
    "est-ordinal-word-neg",
    "text",
    f"{H}\n\n{D} ساعت ۱۰:۳۰ ESTONIA\n\n{BODY}",
    {"published": "2024-03-02"},
)
# -- Arabic month pairs and weekdays (fix22) -----------------------------------------------
case(
    "arabic-pair-weekday-pos",
    "text",
    f"{H}\n\nالخميس، 24 أيلول/سبتمبر 2015\n\n{BODY}",
    {"published": "2015-09-24"},
)
case(
    "arabic-pair-adhar-pos",
    "text",
    f"{H}\n\nالإثنين، 02 آذار/مارس 2015 10:05\n\n{BODY}",
    {"published": "2015-03-02"},
)
case(
    "arabic-pair-wrong-weekday-warned",
    "text",
    f"{H}\n\nالأحد، 24 أيلول/سبتمبر 2015\n\n{BODY}",
    {"published": "NONE_OR_WARN"},
)
case(
    "water-ab-beside-date-neg",
    "text",
    f"قطعی آب 12 ساعته در شمال تهران\n\n{D}\n\n{BODY}",
    {"published": "2024-03-02", "title": "قطعی آب 12 ساعته در شمال تهران"},
)
case(
    "water-ab-year-neg",
    "text",
    f"مصرف آب 2023 دو برابر شد\n\n{D}\n\n{BODY}",
    {"published": "2024-03-02", "title": "مصرف آب 2023 دو برابر شد"},
)
case(
    "water-ab-day-year-nodate-neg",
    "text",
    f"{H}\n\nسهم هر نفر 5 آب 2023 لیتر است و {BODY}",
    {"published": None},
)
case(
    "nissan-car-model-neg",
    "text",
    f"قیمت نیسان 2015 در بازار کاهش یافت\n\n{D}\n\n{BODY}",
    {"published": "2024-03-02"},
)
case(
    "tammuz-name-neg",
    "text",
    f"{H}\n\nتموز 12 2020 نام یک آلبوم است و {BODY}",
    {"published": None},
)
# -- SPIP, *_details, art_id address IDs (fix22) -----------------------------------------
case(
    "spip-article-pos",
    "text",
    PAGE,
    {"number": "118"},
    url="https://www.example.org/article118.html",
)
case("spip-breve-pos", "text", PAGE, {"number": "45"}, url="https://www.example.org/breve45.html")
case(
    "spip-rubrique-neg",
    "text",
    PAGE,
    {"number": None},
    url="https://www.example.org/rubrique12.html",
)
case(
    "spip-article-year-neg",
    "text",
    PAGE,
    {"number": "NONE_OR_WARN_NUM"},
    url="https://www.example.org/article2015.html",
)
case(
    "slug-ending-article-neg",
    "text",
    PAGE,
    {"number": None},
    url="https://www.example.com/blog/top-article3.html",
)
case(
    "report-details-pos",
    "text",
    PAGE,
    {"number": "122"},
    url="https://www.example.gov.af/fa/report_details/122",
)
case(
    "post-details-year-unwarned",
    "text",
    PAGE,
    {"number": "1400!"},
    url="https://www.example.ir/post_details/1400",
)
case(
    "art-id-pos",
    "text",
    PAGE,
    {"number": "8046"},
    url="http://www.example.tj/index.php?art_id=8046",
)
case(
    "art-id-with-comment-neg",
    "text",
    PAGE,
    {"number": "NONE_OR_WARN_NUM"},
    url="http://www.example.tj/index.php?art_id=8046&comment_id=12",
)
case("part-id-neg", "text", PAGE, {"number": None}, url="http://www.example.tj/index.php?part_id=3")
case(
    "cart-id-neg", "text", PAGE, {"number": None}, url="http://shop.example.ir/index.php?cart_id=55"
)
# -- year-like last segment (fix24) ------------------------------------------------------
case(
    "news-year-warned",
    "text",
    PAGE,
    {"number": "NONE_OR_WARN_NUM"},
    url="https://www.example.ir/news/2019",
)
case(
    "archives-year-slash-warned",
    "text",
    PAGE,
    {"number": "NONE_OR_WARN_NUM"},
    url="https://www.example.ir/archives/1400/",
)
case(
    "news-year-query-page-neg",
    "text",
    PAGE,
    {"number": "NONE_OR_WARN_NUM"},
    url="https://www.example.ir/news/2019?page=2",
)
case(
    "blog-year-neg",
    "text",
    PAGE,
    {"number": "NONE_OR_WARN_NUM"},
    url="https://www.example.com/blog/2019",
)
case(
    "category-year-neg",
    "text",
    PAGE,
    {"number": "NONE_OR_WARN_NUM"},
    url="https://www.example.com/category/1398/",
)
case(
    "news-long-id-neg", "text", PAGE, {"number": "20193!"}, url="https://www.example.ir/news/20193"
)
case(
    "node-year-unwarned", "text", PAGE, {"number": "1318!"}, url="https://www.example.ir/node/1318"
)
# -- a WordPress day-and-name address with only the month printed (fix22) ------------------
case(
    "wp-day-month-printed-pos",
    "text",
    f"ژوئن 2020\n\n{H}\n\n{BODY}",
    {"published": "2020-06-17"},
    url="https://blog.example.com/2020/06/17/city-council-budget/",
)
case(
    "wp-day-other-month-printed-neg",
    "text",
    f"ژوئیه 2020\n\n{H}\n\n{BODY}",
    {"published": "NONE_OR_WARN"},
    url="https://blog.example.com/2020/06/17/city-council-budget/",
)
case(
    "wp-day-full-date-printed-neg",
    "text",
    f"{H}\n\n18 ژوئن 2020\n\n{BODY}",
    {"published": "2020-06-18"},
    url="https://blog.example.com/2020/06/17/city-council-budget/",
)
# -- a date header inside the address's month (fix22) --------------------------------------
case(
    "blog-month-header-pos",
    "text",
    f"۲ آوریل ۱۹۸۱\n\nWednesday, December 30, 2015\n\n{H}\n\n{BODY}",
    {"published": "2015-12-30"},
    url="https://x.blogspot.com/2015/12/city-council.html",
)
case(
    "blog-month-two-days-neg",
    "text",
    f"۲ آوریل ۱۹۸۱\n\n{H}\n\nروز ۲۵ دسامبر ۲۰۱۵ و ۲۸ دسامبر ۲۰۱۵ جلسه‌ها برگزار شد و {BODY}",
    {"published": "NONE_OR_WARN"},
    url="https://x.blogspot.com/2015/12/city-council.html",
)
# -- a person's title before a bracketed date (fix24) --------------------------------------
QUOTE = "ما باید از این مرحله عبور کنیم و به آینده کشور امیدوار باشیم و کار کنیم."
case(
    "imam-quote-with-site-date-neg",
    "text",
    f"{H}\n\n{D}\n\nامام خمینی (یکشنبه ۲۲ بهمن ۱۳۵۷): {QUOTE}\n\n{BODY}",
    {"published": "2024-03-02"},
)
case(
    "ayatollah-spaced-quote-neg",
    "text",
    f"{H}\n\nآیت الله طالقانی (جمعه ۲۰ بهمن ۱۳۵۷): {QUOTE}\n\n{BODY}",
    {"published": None},
)
case(
    "leader-quote-neg",
    "text",
    f"{H}\n\nرهبر انقلاب (سه‌شنبه ۱۴ خرداد ۱۳۹۸): {QUOTE}\n\n{BODY}",
    {"published": None},
)
case(
    "doctor-salam-site-name",
    "text",
    f"{H}\n\nدکتر سلام (شنبه ۵ فروردین ۱۴۰۲): {QUOTE}\n\n{BODY}",
    {"published": "2023-03-25"},
)
case(
    "agency-bracketed-dateline-pos",
    "text",
    f"{H}\n\nآسواکانیوز(پنجشنبه/۸میزان/۱۴۰۰): {QUOTE}\n\n{BODY}",
    {"published": "2021-09-30"},
)
case(
    "bare-name-quote",
    "text",
    f"{H}\n\nخمینی (یکشنبه ۲۲ بهمن ۱۳۵۷): {QUOTE}\n\n{BODY}",
    {"published": "NONE_OR_WARN"},
)
# -- text-alone list doubts (fix23) --------------------------------------------------------
ESSAY = (
    "زندگی در شهرهای بزرگ ما را به شتاب عادت داده است و کمتر فرصتی برای درنگ و اندیشیدن "
    "می‌ماند؛ شاید کتاب خواندن آخرین پناه ما در برابر این شتاب باشد.\n\n"
    "در این یادداشت از تجربه‌ای می‌نویسم که سال‌ها پیش در کتابخانه کوچک محله‌مان داشتم و "
    "هنوز هم آن را به یاد دارم.\n"
)
QH = "«ما تسلیم نمی‌شویم، تا آخر می‌ایستیم»"
case(
    "quoted-headline-with-time-neg",
    "text",
    f"{QH}\n\n{D} - ۱۰:۳۰\n\n{BODY}",
    {"title": "QH!", "published": "2024-03-02"},
)
case(
    "quoted-headline-agency-lead-neg",
    "text",
    f"{QH}\n\nتهران - ایرنا: {BODY}",
    {"title": "QH!"},
)
case(
    "quoted-headline-begozaresh-lead-neg",
    "text",
    f"{QH}\n\n{BODY}",
    {"title": "QH!"},
)
case(
    "epigraph-first-line-pos",
    "text",
    f"«دانش توانایی است، و توانایی آزادی»\n\n{ESSAY}",
    {"title": "WARN"},
)
case(
    "body-quotes-headline-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}\nسخنگوی شورا گفت: «{H}» و این خبر خوبی برای شهروندان است.\n",
    {"title": "H!"},
)
case(
    "headline-printed-again-at-end-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}\n{H}\n",
    {"title": "H"},
)
case(
    "agency-dateline-twice-in-body-neg",
    "text",
    f"{H}\n\n{D}\n\nتهران - ایرنا:\n\n{BODY}\nتهران - ایرنا:\n\n{BODY2}",
    {"title": "H!"},
)
case(
    "dateline-shared-two-headlines-pos",
    "text",
    f"{H}\n\nنیوز ویم - هرات:\n\n{BODY}\n{H2}\n\nنیوز ویم - هرات:\n\n{BODY2}",
    {"title": "WARN"},
)
case(
    "breadcrumb-repeats-headline-neg",
    "text",
    f"خانه » اخبار » {H}\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": "H"},
)
case(
    "dated-twin-pos",
    "text",
    f"{D}\n\n{H} {D}\n\n{H}\n\n{BODY2}",
    {"title": "WARN"},
)
case(
    "dated-twin-gregorian-pos",
    "text",
    f"{D}\n\n{H} 2 مارس 2024\n\n{H}\n\n{BODY2}",
    {"title": "WARN"},
)
case(
    "dated-twin-story-runs-on-neg",
    "text",
    f"{D}\n\n{H} {D}\n\n{H}\n\n{BODY}",
    {"title": "H"},
)
case(
    "headline-with-date-in-it-neg",
    "text",
    f"{H} در {D}\n\n{D}\n\n{BODY}",
    {"title": f"{H} در {D}"},
)
# -- «5-ام» ordinal (peers12) ---------------------------------------------------------------
case(
    "hyphen-ordinal-pos",
    "text",
    f"{H}\n\nجمعه 5-ام خرداد 1374 در 10:32 ق.ظ.\n\n{BODY}",
    {"published": "1995-05-26"},
)
case(
    "hyphen-ordinal-wrong-weekday",
    "text",
    f"{H}\n\nپنجشنبه 5-ام خرداد 1374\n\n{BODY}",
    {"published": "NONE_OR_WARN"},
)
case(
    "range-to-ordinal-neg",
    "text",
    f"{H}\n\n{D}\n\nجلسات ۳-۵ام خرداد ۱۴۰۳ برگزار می‌شود و {BODY}",
    {"published": "2024-03-02"},
)
case(
    "code-hyphen-am-neg",
    "text",
    f"{H}\n\nکد 12-ام خرداد 1374 ثبت شد و {BODY}",
    {"published": "NONE_OR_WARN"},
)


def check(f, v, a):
    cs = {w.code for w in a.warnings}
    if f == "zone":
        return v in cs, sorted(cs)
    got = field_value(f, a)
    if v == "WARN":  # any value, but warned (or none)
        return got is None or "title-uncertain" in cs or "listing-page" in cs, got
    if v == "NONE_OR_WARN":
        return got is None or any(c.startswith(("published", "weekday")) for c in cs), got
    if v == "NONE_OR_WARN_NUM":
        return got is None or any(c.startswith("number") for c in cs), got
    if isinstance(v, str) and v.endswith("!") and f == "number":  # the value, unwarned
        return got == v[:-1] and not any(c.startswith("number") for c in cs), got
    if v == "H!":  # the headline, without a false alarm
        return got == H and "title-uncertain" not in cs and "listing-page" not in cs, got
    if v == "H":
        return got == H, got
    if v == "QH!":  # the quoted headline, without a false alarm
        return got == QH and "title-uncertain" not in cs, got
    return got == v, got


run(cases, check, ("title", "published", "number", "zone"))
