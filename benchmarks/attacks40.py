"""Fortieth round of attacks: this session's newest rules (fix100: a top bar's line over an
install prompt, a name under the opening date line; fix101: another item's meta block under the
lead; fix102: a card's «LABEL: VALUE» lines, a blog name joined after a spaced dash, a run of
hyphens before a label, /newstext/ID, a date glued to the headline's copy; fix103: a person's
name alone over the text, a compiler's credit, glued category names, a list's empty notice,
«<slug>-hID.htm»; attack39: a lone Markdown link judged by its label, a bracketed Gregorian
twin), met with near misses (a real headline of the rule's shape) and with positive shapes
beyond the rules' own pages (other spellings and digits, ZWNJ, Arabic yeh and kaf, Markdown,
double-spaced text, HTML).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, fortieth round");
Jalali days were converted by hand from known anchors (1 Farvardin 1403 = 2024-03-20, 1 Aban
1396 = 2017-10-23). Run:
PYTHONPATH=src:benchmarks python benchmarks/attacks40.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks39's. The shapes come from the pages the fixes were built on (named in their tests); the
article sentences are ours.
"""

from __future__ import annotations

from attack_runner import BODY, D, H, collector, run
from attacks39 import check39

cases, case = collector()


def page(*header: str, body: str = BODY) -> str:
    return "\n".join((*header, "", body))


DAY = "2024-03-02"  # D, ۱۲ اسفند ۱۴۰۲

# A long text that names nobody (the ports), as fix103's tests use for a name over the text.
PORTS = (
    "بندرهای جنوبی کشور در سال‌های اخیر سهم بیشتری از جابه‌جایی کالا را بر عهده گرفته‌اند و "
    "کارشناسان حمل و نقل دریایی می‌گویند ساختن اسکله‌های تازه و خطوط راه‌آهن بندری "
    "می‌تواند هزینه صادرات را کم کند. به گفته فعالان این بخش، هماهنگی میان گمرک، کشتیرانی "
    "و شرکت‌های حمل هنوز کامل نیست و بخشی از ظرفیت بندرها بی‌استفاده می‌ماند؛ از این رو "
    "برنامه‌ریزی برای توسعه پس‌کرانه‌ها در دستور کار قرار گرفته است.\n"
)

# == fix103: a person's name alone over the text ================================================
NY_HEAD = "حسن روحانی در نیویورک"
NY_BODY = (
    "رئیس‌جمهور صبح دوشنبه برای شرکت در نشست سالانه مجمع عمومی سازمان ملل وارد نیویورک شد "
    "و قرار است در این سفر چهار روزه با رهبران چند کشور دیدار کند. روحانی پیش از سفر گفته "
    "بود که در سخنرانی خود از برنامه اقتصادی دولت و روابط با همسایگان سخن خواهد گفت.\n"
)
case("given-name-headline-with-place-neg", "text", f"{NY_HEAD}\n{NY_BODY}", {"title": NY_HEAD})
MM_HEAD = "مریم میرزاخانی"
MM_BODY = (
    "مریم میرزاخانی ریاضی‌دان ایرانی و نخستین زنی بود که مدال فیلدز را به دست آورد. "
    "میرزاخانی در تهران به دنیا آمد، در دبیرستان فرزانگان درس خواند و سپس در دانشگاه صنعتی "
    "شریف و دانشگاه هاروارد تحصیل کرد و سال‌ها در دانشگاه استنفورد استاد بود.\n"
)
case(
    "given-name-person-headline-lead-names-her-neg",
    "text",
    page(MM_HEAD, D, body=MM_BODY),
    {"title": MM_HEAD, "published": DAY},
)
case("given-name-arabic-yeh-byline-pos", "text", f"علي رضايي\n{PORTS}", {"title": "WARN"})
case("given-name-markdown-bold-byline-pos", "text", f"**زهرا محمدی**\n\n{PORTS}", {"title": "WARN"})
case(
    "given-name-double-spaced-byline-pos",
    "text",
    f"محمد  کریمی\n\n\n\n{PORTS}",
    {"title": "WARN"},
)
AUTHOR_HTML = (
    "<html lang='fa'><head><meta charset='utf-8'></head><body>"
    "<div class='author'>فاطمه حسینی</div>"
    f"<p>{PORTS.strip()}</p></body></html>"
).encode()
case("given-name-html-author-div-pos", "html", AUTHOR_HTML, {"title": "WARN"})

# == fix103: a compiler's credit, an empty list's notice, glued names ===========================
TANZIM_HEAD = "تنظیم بازار میوه شب عید از هفته آینده آغاز می‌شود"
case("tanzim-bazar-headline-neg", "text", page(TANZIM_HEAD, D), {"title": TANZIM_HEAD + "!"})
case(
    "compiler-credit-zwnj-arabic-yeh-over-headline-pos",
    "text",
    page("تهیه‌ و تنظيم: مريم احمدي", "", H, D),
    {"title": H, "published": DAY},
)
EMPTY_HEAD = "مدیر آموزش: برای نمایش فیلم در مدارس هیچ مجوزی وجود ندارد"
case("empty-notice-inside-headline-neg", "text", page(EMPTY_HEAD, D), {"title": EMPTY_HEAD + "!"})
FOUND_HEAD = "در بازرسی از انبارهای شهر هیچ محصول تاریخ گذشته‌ای یافت نشد"
case("not-found-inside-headline-neg", "text", page(FOUND_HEAD, D), {"title": FOUND_HEAD + "!"})
SHOP = (
    "سفالگری یکی از کهن‌ترین هنرهای دستی این سرزمین است و هنرمندان جوان در این بخش کارهای "
    "خود را برای فروش عرضه می‌کنند؛ هر اثر با نام سازنده و اندازه و قیمت آن معرفی می‌شود.\n"
)
case(
    "empty-notice-arabic-yeh-no-bang-pos",
    "text",
    f"محصولي براي نمايش وجود ندارد\n\n{SHOP}",
    {"nottitle": "محصولي براي نمايش وجود ندارد", "title": "WARN"},
)
case("headline-twice-glued-under-date-neg", "text", page(D, H + H), {"title": H, "published": DAY})
MAHRIYE = (
    "مهریه مالی است که مرد هنگام عقد به زن می‌دهد یا بر عهده می‌گیرد و زن می‌تواند پس از عقد "
    "هر زمان که بخواهد آن را بخواهد؛ راه گرفتن آن دادگاه یا اجرای ثبت است.\n"
)
case(
    "glued-category-names-arabic-kaf-pos",
    "text",
    f"آرشيو اخبار شهريآرشيو اخبار استاني\n\nمهریه\n\n{MAHRIYE}",
    {"title": "مهریه"},
)

# == fix102: a card's «LABEL: VALUE» lines =======================================================
PHONE = "گوشی موبایل سامسونگ گلکسی A54 ظرفیت ۱۲۸ گیگابایت"
PHONE_TEXT = (
    "این گوشی با نمایشگر شش و چهار دهم اینچی و باتری پنج هزار میلی‌آمپر ساعتی عرضه شده و "
    "دوربین اصلی آن پنجاه مگاپیکسل است؛ بسته فروش شامل کابل شارژ و راهنمای فارسی است.\n"
)
case(
    "product-title-over-price-model-card-neg",
    "text",
    f"{PHONE}\n\nقیمت: ۱۸٬۵۰۰٬۰۰۰ تومان\nمدل: SM-A546E\n\n{PHONE_TEXT}",
    {"title": PHONE + "!"},
)
ZARIF = "ظریف: مذاکرات ادامه دارد"
case(
    "interview-headline-over-label-line-neg",
    "text",
    page(ZARIF, "گفت‌وگو: مریم احمدی", D),
    {"title": ZARIF + "!", "published": DAY},
)
PREFACE = (
    "این کتاب روایت حفاری نخستین چاه‌های نفت منطقه است و نویسنده با تکیه بر اسناد و "
    "خاطرات کارگران آن روزگار، زندگی در اردوگاه‌های نفتی را بازمی‌سازد و از دشواری کار در "
    "گرمای تابستان و نبود آب آشامیدنی سخن می‌گوید.\n"
)
case(
    "card-first-arabic-kaf-yeh-pos",
    "text",
    f"مؤلف: كاظم رضايي\nناشر: انتشارات نمونه\n\n{PREFACE}",
    {"nottitle": "مؤلف: كاظم رضايي", "title": "WARN"},
)
BOOK = "صد سال نفت در مسجد سلیمان"
case(
    "card-markdown-bold-labels-pos",
    "text",
    f"# {BOOK}\n\n**مترجم:** علی رضایی\n\n**ناشر:** نشر نمونه\n\n{PREFACE}",
    {"title": BOOK},
)

# == fix102: a blog's name after a spaced dash ==================================================
QUOTE_HEAD = "پیروزی از آن ماست - قالیباف"
case(
    "quote-speaker-after-dash-printed-below-neg",
    "text",
    page(QUOTE_HEAD, "قالیباف", D),
    {"title": QUOTE_HEAD, "published": DAY},
)
POST_HEAD = "دستیاران سرمربی در فهرست آسیایی دو باشگاه"
POST_BODY = (
    "نام دو دستیار سرمربی در فهرست بازیکنان آسیایی دو باشگاه لیگ برتر آمده و این کار "
    "پرسش‌های زیادی را در میان هواداران برانگیخته است؛ فدراسیون هنوز پاسخی نداده است.\n\n"
    "کارشناسان می‌گویند آیین‌نامه این کار را منع نمی‌کند اما روح مقررات چیز دیگری می‌گوید.\n"
)
case(
    "blog-name-dash-zwnj-double-spaced-pos",
    "text",
    f"{POST_HEAD} - وبلاگ‌ ورزشی\n\n\n\nوبلاگ‌ ورزشی\n\n\n\n{POST_BODY}",
    {"title": POST_HEAD},
)
case(
    "blog-name-en-dash-pos",
    "text",
    f"{POST_HEAD} – شوتبال!\nشوتبال!\n\n{POST_BODY}",
    {"title": POST_HEAD},
)

# == fix102: a run of hyphens before a label; /newstext/ID ======================================
HYPHEN_BODY = (
    "در سامانه تازه هر متقاضی نخست نام خود را وارد می‌کند --- کد ۱۲۳۴ تنها برای آزمایش "
    "است --- و سپس پرونده خود را بارگذاری می‌کند تا کارشناسان آن را بررسی کنند.\n\n"
    "مسئولان گفتند این سامانه از ماه آینده برای همه شهرها باز می‌شود.\n"
)
case(
    "hyphen-run-inside-sentence-before-code-neg",
    "text",
    page(H, D, body=HYPHEN_BODY),
    {"title": H, "number": None, "published": DAY},
)
case(
    "hyphen-run-persian-digits-pos",
    "text",
    page(H, "تاریخ خبر : ۱۲ اسفند ۱۴۰۲ --- کد خبر : ۵۵۲۱"),
    {"title": H, "number": ("5521", "۵۵۲۱"), "published": DAY},
)
case(
    "newstext-date-path-neg",
    "text",
    page(H, D),
    {"title": H, "number": None},
    url="http://www.example-town.ir/newstext/1402/12",
)
case(
    "newstext-category-neg",
    "text",
    page(H, D),
    {"title": H, "number": None},
    url="http://www.example-town.ir/newstext/sport",
)
case(
    "newstext-lang-prefix-slash-pos",
    "text",
    page(H, D),
    {"title": H, "number": "4821"},
    url="http://www.example-town.ir/fa/newstext/4821/",
)
case(
    "h-id-encoded-persian-slug-pos",
    "text",
    page(H, D),
    {"number": "219701"},
    url=(
        "https://news.example.ir/%D8%A8%D9%88%D8%AF%D8%AC%D9%87-%D8%B3%D8%A7%D9%84-"
        "%D8%A2%DB%8C%D9%86%D8%AF%D9%87-%D8%B4%D9%88%D8%B1%D8%A7-h219701.htm"
    ),
)
case(
    "h-page-number-of-category-neg",
    "text",
    page(H, D),
    {"number": None},
    url="https://gazete.example.com/ekonomi-ve-finans-haberleri-h2.htm",
)

# == fix102: a full date glued to the headline's copy ===========================================
GLUED_HEAD = "نمایشگاه کتاب استان با حضور صد ناشر آغاز شد"
case(
    "date-glued-headline-copy-persian-digits-pos",
    "text",
    f"{GLUED_HEAD}\n\nچهارشنبه ۱۰ آبان ماه ۱۳۹۶{GLUED_HEAD}\n\n{BODY}",
    {"title": GLUED_HEAD, "published": "2017-11-01"},
)

# == fix100: a top bar's line over the install prompt; a name under the date line ===============
INSTALL = "آیا مایل به نصب وب اپلیکیشن نمونه نیوز | example.com هستید؟"
HALAT = "حالت شب در گوشی‌ها؛ چشم‌هایتان کمتر خسته می‌شود"
case("halat-headline-under-nothing-neg", "text", page(HALAT, D), {"title": HALAT + "!"})
HALAT2 = "حالت تاریک شهر در شب‌های خاموشی"
case(
    "halat-verbless-headline-over-prompt-neg",
    "text",
    "\n".join((HALAT2, INSTALL, "", BODY)),
    {"title": HALAT2},
)
case(
    "toggle-zwnj-place-bar-over-prompt-pos",
    "text",
    "\n".join(("حالت‌ روز  • تبریز", INSTALL, "", H, "", BODY)),
    {"title": H},
)
QUAKE = "زلزله ورزقان"
QUAKE_LEAD = (
    "ده سال پس از زلزله ورزقان هنوز بخشی از روستاهای آسیب‌دیده بازسازی نشده و اهالی در "
    "خانه‌های موقت زندگی می‌کنند؛ فرماندار گفت بازسازی تا پایان سال تمام می‌شود.\n"
)
case(
    "place-name-headline-under-date-line-neg",
    "text",
    page(D, QUAKE, body=QUAKE_LEAD),
    {"title": QUAKE, "published": DAY},
)
case(
    "byline-under-date-arabic-yeh-over-place-pos",
    "text",
    page(D, "علي اكبري", "تبريز", body=BODY),
    {"title": "WARN", "published": DAY},
)

# == fix101: another item's meta block under the lead ===========================================
ITEM = "برگزاری جشنواره سیب زمینی در روستای کوخرد"
ITEM_TEXT = (
    "نخستین جشنواره سیب زمینی کوخرد با برپایی غرفه‌های کشاورزان در میدان اصلی روستا برگزار "
    "شد و تا پایان هفته ادامه دارد.\n"
)
case(
    "related-list-with-own-dates-under-article-neg",
    "text",
    page(H, D, "کد خبر: 7712")
    + f"\nاخبار مرتبط\n\n{ITEM}\n  • کد خبر : 7700\n  • 10 اسفند 1402 - 09:00\n{ITEM_TEXT}",
    {"title": H, "number": "7712", "published": DAY},
)
case(
    "unheaded-related-item-under-article-neg",
    "text",
    page(H, D) + f"\n{ITEM}\n\n  • کد خبر : 7700\n  • 10 اسفند 1402 - 09:00\n{ITEM_TEXT}",
    {"title": H, "published": DAY, "number": None},
)

# == attack39: a lone Markdown link; a bracketed twin ===========================================
LINK_HEAD = "همه‌پرسی قانون اساسی تازه در شیلی رد شد"
case(
    "markdown-linked-headline-neg",
    "text",
    page(f"[{LINK_HEAD}](https://news.example.ir/fa/news/5512)", "", D),
    {"title": LINK_HEAD, "published": DAY},
)
case(
    "markdown-link-all-posts-zwnj-pos",
    "text",
    page("[همه‌ی مطالب](https://blog.example.ir/archive)", "", D),
    {"title": "WARN"},
)
SLASH_TWIN = "۱۴۰۳/۰۲/۰۵ (۲۰۲۴/۰۴/۲۴)"
case(
    "bracketed-twin-persian-digits-slash-pos",
    "text",
    page(H, SLASH_TWIN),
    {"published": "2024-04-24", "same": SLASH_TWIN},
)
SQUARE_TWIN = "۵ اردیبهشت ۱۴۰۳ [24 April 2024]"
case(
    "square-bracketed-twin-pos",
    "text",
    page(H, SQUARE_TWIN),
    {"title": H, "published": "2024-04-24"},
)


if __name__ == "__main__":
    run(
        cases,
        check39,
        ("title", "published", "updated", "number", "invalid", "time", "twin", "hijri", "weekday"),
    )
