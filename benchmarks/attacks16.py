"""Sixteenth round of attacks: the newest title rules (fix28, fix29, fix30).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, sixteenth
round"). Run: PYTHONPATH=src python benchmarks/attacks16.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. Near misses («-neg») are shapes a real
page prints where a rule must not fire; «-pos» are shapes where it must.
"""

from attack_runner import BODY, D, H, collector, field_value, run, title_warned

cases, case = collector()


SEC = "رونق مدرسه‌ها در قرن ششم و هفتم"
HL = "مدرسه‌های قدیمی شهر از قرن ششم تا امروز"
PARA = (
    "در قرن های ششم و هفتم این شهر مرکزی بزرگ برای دانشمندان بوده و گروهی برای آموختن به "
    "این شهر می آمدند و مدرسه‌های بسیاری در آن ساخته شد.\n"
)
PAGE = f"{H}\n\n{D}\n\n{BODY}"

# -- 1. a reading-time line marks the line above it (fix28) ------------------------------
for name, reading in (
    ("reading-time-pos", "زمان مطالعه: ۵ دقیقه"),
    ("reading-time-approx-pos", "زمان تقریبی مطالعه: ۵ دقیقه"),
    ("reading-time-duration-pos", "مدت زمان مطالعه: ۴ دقیقه"),
    ("reading-time-latin-digits-pos", "زمان مطالعه: 5 دقیقه"),
):
    case(name, "text", f"{HL}\n\n{reading}\n\n{SEC}\n{PARA}", {"title": HL})
# A real headline naming reading time or minutes: it is the title, the line above (a
# section's one word, a kicker) gets no mark.
for name, line in (
    ("headline-minutes-study-neg", "۵ دقیقه مطالعه در روز برای سلامت مغز کافی است"),
    ("headline-reading-time-neg", "زمان مطالعه دانش‌آموزان ایرانی روزانه ۵ دقیقه است"),
    ("headline-minutes-delay-neg", "قطار تهران به مشهد ۴۵ دقیقه تاخیر داشت"),
):
    case(name, "text", f"{line}\n\n{D}\n\n{BODY}", {"title": line + "!"})
    case(name + "-under-section", "text", f"سلامت\n{line}\n\n{D}\n\n{BODY}", {"title": line})

# -- 2. a line of 5+ table column names is never a title (fix28) --------------------------
for name, line in (
    ("columns-headline-neg", "قیمت، تعداد و وضعیت تحویل خودروهای داخلی اعلام شد"),
    ("columns-headline-list-neg", "قیمت، تعداد، وضعیت، تاریخ و کد رهگیری سفارش‌ها اعلام شد"),
    ("columns-headline-noverb-neg", "قیمت تعداد وضعیت تاریخ تحویل خودروهای وارداتی"),
):
    case(name, "text", f"{line}\n\n{D}\n\n{BODY}", {"title": line + "!"})
case(
    "columns-row-over-rows-pos",
    "text",
    f"ردیف نام محصول قیمت تعداد وضعیت\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H},
)

# -- 3. list-markup debris glued to a title (fix28) ----------------------------------------
for name, line in (
    ("li-gulliver-neg", "سفرهای Gulliver دوباره به سینما می‌آید"),
    ("li-liuliang-neg", "زلزله ۵ ریشتری شهر Liuliang را لرزاند"),
    ("li-julliard-neg", "پذیرش سه نوازنده ایرانی در مدرسه Julliard"),
):
    case(name, "text", f"{line}\n\n{D}\n\n{BODY}", {"title": line + "!"})
case(
    "debris-pos",
    "text",
    f"راهنمای ثبت‌نام دانشگاه ulliمدارک :liulشناسنامه ulliمهلت :liul\n\n{BODY}",
    {"title": "راهنمای ثبت‌نام دانشگاه"},
)

# -- 4. a bracketed phrase of 2+ words glued to the next word (fix28) ----------------------
for name, line in (
    ("bracket-typo-neg", "نشست شورای شهر (جلسه دوم)برگزار شد"),
    ("bracket-honorific-two-neg", "امام خمینی (قدس سره)بنیان‌گذار جمهوری اسلامی بود"),
    ("bracket-honorific-three-neg", "ولادت حضرت زینب (سلام الله علیها)مبارک باد"),
):
    case(name, "text", f"{line}\n\n{D}\n\n{BODY}", {"title": line + "!"})
case(
    "bracket-crumb-pos",
    "text",
    f"خدمات الکترونیکخدمات (پرسش و پاسخ)فرم درخواست مجوز\n\n{BODY}",
    {"title": "WARN"},
)

# -- 5. a `?q=` address value without «/» marks a list (fix28) ------------------------------
for name, url in (
    ("q-on-article-id-neg", "https://example.ir/fa/news/48213/slug?q=بودجه"),
    ("q-highlight-article-neg", "https://example.ir/news/48213?q=شورا&hl=fa"),
):
    case(name, "text", PAGE, {"title": "H!", "number": "48213"}, url=url)
case(
    "q-search-pos",
    "text",
    f"{H}\n{BODY}\n{H}\n{BODY}",
    {"title": "WARN"},
    url="https://example.ir/search?q=شورا",
)

# -- 6. Joomla option=…&id=N:alias (fix28) --------------------------------------------------
for name, url, number in (
    (
        "joomla-article-pos",
        "https://example.ir/index.php?option=com_content&view=article&id=345:slug&catid=12",
        "345",
    ),
    (
        "joomla-k2-item-pos",
        "https://example.ir/index.php?option=com_k2&view=item&id=876:slug&Itemid=101",
        "876",
    ),
    (
        "joomla-category-neg",
        "https://example.ir/index.php?option=com_content&view=category&id=12:news&Itemid=101",
        None,
    ),
    (
        "joomla-k2-itemlist-neg",
        "https://example.ir/index.php?option=com_k2&view=itemlist&task=category&id=5:sports",
        None,
    ),
    (
        "joomla-section-neg",
        "https://example.ir/index.php?option=com_content&view=section&id=3:news&Itemid=7",
        None,
    ),
):
    case(name, "text", PAGE, {"number": number}, url=url)

# -- 7. a date line with a time and words after it (fix29) ---------------------------------
for name, line in (
    ("date-time-sobh-pos", f"{D} ساعت ۱۰:۳۰ صبح"),
    ("date-time-bamdad-pos", f"{D} ساعت ۰۸:۱۵ بامداد"),
    ("date-time-GMT-pos", f"{D} ساعت ۱۰:۳۰ Tehran Time"),
):
    case(name, "text", f"{H}\n{line}\n\n{BODY}", {"title": H, "published": "2024-03-02"})
    case(name + "-first", "text", f"{line}\n{H}\n\n{BODY}", {"title": H, "published": "2024-03-02"})
# A headline ending with a date and a clock: the title, its date the event's.
for name, line in (
    ("headline-event-time-verb-neg", f"جلسه شورای شهر {D} ساعت ۱۰:۳۰ صبح برگزار می‌شود"),
    ("headline-event-time-noverb-neg", f"مراسم تشییع پیکر شهید {D} ساعت ۱۰:۳۰ صبح"),
    ("headline-event-time-one-word-neg", f"آزمون سراسری {D} ساعت ۸ صبح"),
):
    case(name, "text", f"{line}\n\n{BODY}", {"title": line + "!"})

# -- 8. a colon-ended line is never an earlier print of the headline (fix29) ---------------
Q = "چرا بلیت جشنواره فیلم کودک گران شد؟"
for name, kicker in (
    ("colon-kicker-pos", "بلیت جشنواره فیلم کودک در اصفهان:"),
    ("colon-kicker-spaced-pos", "بلیت جشنواره فیلم کودک در اصفهان :"),
):
    case(name, "text", f"{kicker}\n{Q}\n\n{BODY}", {"title": Q})
case(
    "colon-report-kicker-neg",
    "text",
    f"گزارش تصویری:\n{H}\n\n{D}\n\n{BODY}",
    {"title": H},
)

# -- 9. four-word wiki taglines (fix29) --------------------------------------------------------
case(
    "wiki-tagline-four-pos",
    "text",
    f"گیاه‌شناسی\nاز ویکی فقه اهل بیت\n\n{PARA}",
    {"title": "گیاه‌شناسی"},
)
for name, line in (
    ("wiki-headline-from-neg", "از ویکی‌پدیا فارسی چه می‌دانیم"),
    ("wiki-headline-to-neg", "از ویکی‌لیکس تا اسنودن"),
):
    case(name, "text", f"{line}\n\n{D}\n\n{BODY}", {"title": line + "!"})

# -- 10. a wiki's name after « - » in a title is cut (fix30) --------------------------------
for name, suffix in (
    ("wiki-suffix-pos", " - ویکی‌پدیا، دانشنامهٔ آزاد"),
    ("wiki-suffix-endash-pos", " – ویکی‌پدیا، دانشنامهٔ آزاد"),
    ("wiki-suffix-spaced-pos", " - ویکی پدیا، دانشنامه آزاد"),
    ("wiki-suffix-wikisource-pos", " - ویکی‌نبشته"),
    ("wiki-suffix-shia-bar-pos", " | ویکی شیعه"),
):
    case(name, "text", f"گیاه‌شناسی{suffix}\n\n{PARA}", {"title": "گیاه‌شناسی"})
for name, line in (
    ("wiki-headline-dash-neg", "فیلترینگ - ویکی‌پدیا فارسی رفع فیلتر شد"),
    ("wiki-headline-founder-neg", "جیمی ویلز - بنیان‌گذار ویکی‌پدیا به تهران می‌آید"),
    ("wiki-headline-end-neg", "مسابقه مقاله‌نویسی دانشجویان در ویکی‌پدیا"),
):
    case(name, "text", f"{line}\n\n{D}\n\n{BODY}", {"title": line + "!"})

# -- 11. a redirect note is never the title (fix30) -----------------------------------------
for name, note in (
    ("redirect-pos", "(تغییرمسیر از گیاه شناسی)"),
    ("redirect-spaced-pos", "(تغییر مسیر از گیاه شناسی)"),
):
    case(
        name,
        "text",
        f"گیاه‌شناسی\n\nاز ویکی‌پدیا، دانشنامهٔ آزاد\n{note}\n\n{PARA}",
        {"title": "گیاه‌شناسی"},
    )
case(
    "redirect-headline-neg",
    "text",
    f"تغییر مسیر رودخانه از کنار روستا\n\n{D}\n\n{BODY}",
    {"title": "تغییر مسیر رودخانه از کنار روستا!"},
)

# -- 12. category list headings (fix30) -----------------------------------------------------
H2 = "جشنواره تئاتر خیابانی در شهر برگزار شد"
LIST = f"\n\n{H}\n\n{BODY}\n\n{H2}\n\n{BODY}"
for name, heading in (
    ("category-full-pos", "آرشیو کامل از دسته: فرهنگی"),
    ("category-spaced-colon-pos", "آرشیو کامل از دسته : فرهنگی"),
    ("category-bare-pos", "دسته: فرهنگی"),
):
    case(name, "text", heading + LIST, {"title": "فرهنگی"})
case("category-field-neg", "text", f"{H}\nدسته: اجتماعی\n\n{D}\n\n{BODY}", {"title": "H!"})
case(
    "category-field-first-article-neg",
    "text",
    f"دسته: اجتماعی\n\n{H}\n{D}\n\n{BODY}",
    {"title": H, "number": "48213"},
    url="https://example.ir/news/48213/slug",
)

# -- 13. a short headline on a day archive (fix30) ------------------------------------------
case(
    "day-archive-caption-pos",
    "text",
    f"شهردار شهر\n\n{BODY}",
    {"title": "WARN"},
    url="http://www.example.ir/2020/12/06/",
)
case(
    "day-archive-two-word-headline-dated-neg",
    "text",
    f"استعفای شهردار\n{D}\n\n{BODY}",
    {"title": "استعفای شهردار"},
    url="http://www.example.ir/1402/12/12/",
)
case(
    "day-archive-long-headline-neg",
    "text",
    f"{H}\n\n{BODY}",
    {"title": "H!"},
    url="http://www.example.ir/1402/12/12/",
)

# -- 14. a Latin press masthead (fix30) -----------------------------------------------------
CL = "گروهی که در ماه رمضان به یاری خانواده‌های نیازمند می‌پردازد"
case("masthead-pos", "text", f"{CL}\n\nKHABAR JONOOB - - جنوب -\n\n{BODY}", {"title": CL})
case("masthead-first-pos", "text", f"KHABAR JONOOB - - جنوب -\n\n{CL}\n\n{BODY}", {"title": CL})
for name, line in (
    ("masthead-fifa-neg", "FIFA - جام جهانی - قطر میزبان شد"),
    ("masthead-latin-name-neg", "ISNA - تیم ملی والیبال به المپیک رسید"),
):
    case(name, "text", f"{line}\n\n{D}\n\n{BODY}", {"title": line + "!"})


def check(f, v, a):
    cs = {w.code for w in a.warnings}
    got = field_value(f, a)
    warned_title = title_warned(cs)
    if v == "WARN":  # kept and warned, or none
        return got is None or warned_title, got
    if v == "H!":
        return got == H and not warned_title, got
    if isinstance(v, str) and v.endswith("!") and f == "title":  # no false alarm
        return got == v[:-1] and not warned_title, got
    return got == v, got


if __name__ == "__main__":
    run(cases, check, ("title", "published", "number", "zone"))
