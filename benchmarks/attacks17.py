"""Seventeenth round of attacks: the text-only list rule (fix32's ``_plain_items``).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, seventeenth
round"). Run: PYTHONPATH=src python benchmarks/attacks17.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are ARTICLES a real site
prints in the list's shape (a headline over one paragraph, then two or more blocks of a
short line over one paragraph): their headline, date and number are the page's. «-pos»
inputs are LISTS in other shapes: no item's date or number is the page's.
"""

from attack_runner import collector, field_value, run, title_warned

cases, case = collector()


DATE = "۱۲ اسفند ۱۴۰۲ - ۱۰:۳۰"
NUM = "کد خبر: ۴۵۶۷۸۹"
G = "2024-03-02"  # 12 Esfand 1402


def article(name, head, blocks, lead):
    """An article of the list's shape, its date and number printed above the headline, under
    the text, or both around it: its headline, date and number are the page's."""
    body = f"{head}\n\n{lead}\n\n" + "\n\n".join(f"{h}\n\n{p}" for h, p in blocks) + "\n"
    expect = {"title": head + "!", "published": G, "number": "456789"}
    case(name + "-date-above-neg", "text", f"{DATE}\n{NUM}\n\n{body}", expect)
    case(name + "-date-below-neg", "text", f"{body}\n{NUM}\n{DATE}\n", expect)
    case(
        name + "-chrome-date-above-neg",
        "text",
        f"صفحه اصلی\nسیاسی\nاقتصادی\n\n{DATE}\n\n{body}\n{NUM}\n",
        expect,
    )
    # No ID printed: only the date line says "one article"; a list prints a date above its
    # first item too, so the page does not say: the date kept, or none with a warning.
    case(
        name + "-no-id-neg", "text", f"{DATE}\n\n{body}", {"title": head, "published": "G-OR-WARN"}
    )


P1 = "این طرح از سال گذشته در دست بررسی بوده و نمایندگان درباره جزئیات آن بارها بحث کرده‌اند."
P2 = "به گفته کارشناسان اجرای آن دست‌کم دو سال زمان می‌برد و به اعتبار تازه‌ای نیاز دارد."
P3 = "مخالفان می‌گویند هزینه‌های طرح برای خانواده‌های کم‌درآمد سنگین خواهد بود و باید بازنگری شود."
P4 = "دولت وعده داده است گزارش پیشرفت کار را هر سه ماه یک بار منتشر کند."
LEAD = "مجلس شورای اسلامی روز گذشته کلیات طرح ساماندهی حمل‌ونقل عمومی شهرها را تصویب کرد."

# -- 1. an explainer with three short subheaded sections ------------------------------------
article(
    "explainer",
    "طرح ساماندهی حمل‌ونقل عمومی چه می‌گوید",
    [("طرح از کجا آمد", P1), ("اجرای طرح چقدر طول می‌کشد", P2), ("منتقدان چه می‌گویند", P3)],
    LEAD,
)
# -- 2. «در یک نگاه» summary ----------------------------------------------------------------
article(
    "at-a-glance",
    "بودجه سال آینده در یک نگاه",
    [("درآمدهای نفتی", P1), ("هزینه‌های جاری", P2), ("طرح‌های عمرانی", P3)],
    LEAD,
)
# -- 3. FAQ with questions not ending in «؟» ------------------------------------------------
article(
    "faq-chist",
    "پرسش‌های رایج درباره ثبت‌نام وام ازدواج",
    [
        ("شرایط دریافت وام ازدواج چیست", P1),
        ("مدارک لازم برای ثبت‌نام کدام است", P2),
        ("مهلت ثبت‌نام تا چه زمانی است", P3),
    ],
    LEAD,
)
article(
    "faq-latin-qmark",
    "پرسش‌های رایج درباره ثبت‌نام وام ازدواج",
    [
        ("شرایط دریافت وام ازدواج چیست?", P1),
        ("مدارک لازم برای ثبت‌نام کدام است?", P2),
        ("مهلت ثبت‌نام تا چه زمانی است?", P3),
    ],
    LEAD,
)
article(
    "faq-numbered",
    "پرسش‌های رایج درباره ثبت‌نام وام ازدواج",
    [
        ("پرسش اول: شرایط دریافت وام ازدواج", P1),
        ("پرسش دوم: مدارک لازم برای ثبت‌نام", P2),
        ("پرسش سوم: مهلت ثبت‌نام وام", P3),
    ],
    LEAD,
)
# -- 4. a recipe / how-to with step headings -------------------------------------------------
article(
    "recipe-steps",
    "طرز تهیه آش رشته خانگی به روش سنتی",
    [
        ("مرحله اول: خیساندن حبوبات", P1),
        ("مرحله دوم: پختن سبزی و رشته", P2),
        ("مرحله سوم: آماده کردن کشک و نعناع داغ", P3),
    ],
    LEAD,
)
article(
    "howto-steps",
    "چگونه اظهارنامه مالیاتی را آنلاین ثبت کنیم",
    [
        ("ورود به سامانه مالیاتی کشور", P1),
        ("تکمیل فرم اطلاعات درآمد سالانه", P2),
        ("پرداخت مالیات و دریافت رسید", P3),
    ],
    LEAD,
)
# -- 5. a press release with «محور اول/دوم/سوم» ----------------------------------------------
article(
    "press-axes",
    "بیانیه وزارت نیرو درباره مدیریت مصرف برق تابستان",
    [
        ("محور اول کاهش مصرف ادارات", P1),
        ("محور دوم همکاری صنایع بزرگ", P2),
        ("محور سوم تشویق مشترکان خانگی", P3),
    ],
    LEAD,
)
# -- 6. an obituary ---------------------------------------------------------------------
article(
    "obituary",
    "استاد محمدرضا شجریان درگذشت",
    [("زندگی و آموزش در مشهد", P1), ("سال‌های همکاری با رادیو", P2), ("آخرین کنسرت‌ها و بیماری", P3)],
    LEAD,
)
# -- 7. a photo story, one caption per photo --------------------------------------------------
article(
    "photo-story",
    "گزارش تصویری از برداشت زعفران در تربت حیدریه",
    [
        ("کشاورزان پیش از طلوع آفتاب به مزرعه می‌روند", P1),
        ("گل‌ها در سبدهای حصیری جمع می‌شوند", P2),
        ("زنان روستا کلاله‌ها را جدا می‌کنند", P3),
    ],
    LEAD,
)
# -- 8. a poem with stanza titles -------------------------------------------------------------
article(
    "poem-stanzas",
    "شعری تازه از شاعر جوان شهرمان برای بهار",
    [("بند نخست باران", P1), ("بند دوم کوچه", P2), ("بند سوم رسیدن", P3)],
    LEAD,
)
# -- 9. sports results by match ---------------------------------------------------------------
article(
    "sports-results",
    "نتایج هفته بیستم لیگ برتر فوتبال",
    [("پرسپولیس دو استقلال یک", P1), ("سپاهان صفر تراکتور صفر", P2), ("فولاد سه ذوب آهن دو", P3)],
    LEAD,
)
# -- 10. a news brief of one article, then «سایر اخبار» items ---------------------------------
B1 = ("آغاز ثبت‌نام دانش‌آموزان پایه اول", P2)
B2 = ("بازگشایی پل تاریخی شهر پس از مرمت", P3)
B3 = ("افزایش ساعت کار کتابخانه‌های عمومی", P4)
for name, heading in (("other-news", "سایر اخبار"), ("related", "اخبار مرتبط"), ("none", None)):
    sep = f"{heading}\n\n" if heading else ""
    text = (
        f"{DATE}\n{NUM}\n\nشورای شهر بودجه سال آینده را تصویب کرد\n\n{LEAD}\n\n{sep}"
        + "\n\n".join(f"{h}\n\n{p}" for h, p in (B1, B2, B3))
        + "\n"
    )
    case(
        f"brief-then-{name}-neg",
        "text",
        text,
        {
            "title": "شورای شهر بودجه سال آینده را تصویب کرد" + ("!" if heading else ""),
            "published": G,
            "number": "456789",
        },
    )
# (brief-then-none-neg was first decided "the page does not say" for its date and number; it
# prints one labelled ID above its headline, which a list never does: an article's page.)
# -- 11. a live blog with short entries -------------------------------------------------------
article(
    "live-blog",
    "گزارش لحظه به لحظه از انتخابات ریاست جمهوری",
    [
        ("آغاز رأی‌گیری در سراسر کشور", P1),
        ("تمدید زمان رأی‌گیری تا ساعت ۲۲", P2),
        ("آغاز شمارش آرا در ستاد انتخابات", P3),
    ],
    LEAD,
)

# -- LISTS in other shapes: no item's date or number is the page's ---------------------------
IT = [
    ("بازسازی بازار قدیمی شهر در دو مرحله آغاز شد", P1),
    ("نخستین کتابخانه عمومی روستای بالا افتتاح شد", P2),
    ("برداشت گندم از مزارع شهرستان بیشتر شد", P3),
    ("ساعت کار ادارات استان در تابستان کاهش می‌یابد", P4),
]
LIST = {"title": "WARN", "published": None, "number": None}
ds = ["۱۰ اسفند ۱۴۰۲", "۸ اسفند ۱۴۰۲", "۵ اسفند ۱۴۰۲", "۱ اسفند ۱۴۰۲"]
case(
    "list-dated-under-pos",
    "text",
    "\n\n".join(f"{h}\n{d}\n{p}" for (h, p), d in zip(IT, ds, strict=True)) + "\n",
    LIST,
)
case(
    "list-dated-between-pos",
    "text",
    "\n\n".join(f"{h}\n\n{p}\n\n{d}" for (h, p), d in zip(IT, ds, strict=True)) + "\n",
    LIST,
)
case(
    "list-more-link-pos",
    "text",
    "\n\n".join(f"{h}\n\n{p}\n\nادامه مطلب" for h, p in IT) + "\n",
    LIST,
)
case(
    "list-read-more-pos",
    "text",
    "\n\n".join(f"{h}\n\n{p}\n\nبیشتر بخوانید" for h, p in IT) + "\n",
    LIST,
)
case(
    "list-numbered-pos",
    "text",
    "\n\n".join(f"{i}. {h}\n\n{p}" for i, (h, p) in enumerate(IT, 1)) + "\n",
    LIST,
)
case(
    "list-codes-pos",
    "text",
    "\n\n".join(
        f"{h}\n\n{p}\n\nکد خبر: {n}" for (h, p), n in zip(IT, (111, 222, 333, 444), strict=True)
    )
    + "\n",
    LIST,
)
case(
    "search-results-pos",
    "text",
    "نتایج جستجو برای: بازار\n\n"
    + "\n\n".join(f"{h}\n\n{p}\n\n{d}" for (h, p), d in zip(IT, ds, strict=True))
    + "\n",
    {"title": "WARN", "published": None, "number": None},
)
case(
    "list-plain-date-last-pos",
    "text",
    "\n\n".join(f"{h}\n\n{p}" for h, p in IT[:3]) + f"\n\n{ds[0]}\n",
    LIST,
)
# -- the list's heading: a menu item or the site name is no title -------------------------------
for name, heading in (
    ("heading-menu-home-pos", "صفحه اصلی"),
    ("heading-menu-contact-pos", "تماس با ما"),
    ("heading-site-name-pos", "خبرگزاری ایرنا"),
    ("heading-menu-archive-pos", "آرشیو اخبار"),
):
    case(
        name,
        "text",
        f"{heading}\n\n" + "\n\n".join(f"{h}\n\n{p}" for h, p in IT[:3]) + "\n",
        {"title": "WARN", "published": None},
    )
case(
    "heading-category-name-pos",
    "text",
    "اخبار اجتماعی\n\n" + "\n\n".join(f"{h}\n\n{p}" for h, p in IT[:3]) + "\n",
    {"title": "اخبار اجتماعی", "published": None},
)


def check(f, v, a):
    cs = {w.code for w in a.warnings}
    got = field_value(f, a)
    warned_title = title_warned(cs)
    if v == "G-OR-WARN":  # the right date, or none with the list's warning
        return got == G or (got is None and "listing-page" in cs), got
    if v == "WARN":  # kept and warned, or none
        if f == "title":
            return got is None or warned_title, got
        return got is None or bool(cs & {"listing-page", f + "-uncertain"}), got
    if isinstance(v, str) and v.endswith("!") and f == "title":  # no false alarm
        return got == v[:-1] and not warned_title, got
    return got == v, got


if __name__ == "__main__":
    run(cases, check, ("title", "published", "number", "zone"))
