"""Twenty-second round of attacks: fix49's to fix52's rules (a site's name printed twice over
the heading, a heading's expanding subheading, a drafting note, a bracketed note, numbered
items of a bulleted list, an image named like its file, tag labels without their ZWNJ, a tag
page's site tagline, Joomla's «ID-alias» slugs, the home link glued to a question; one excerpt
ending the text, «ادریبهشت», WordPress's «/embed», vBulletin's session hash; a time in Greenwich
time, a pager trail, bare-dated stories, the copyright's site name; a label's leading colon,
«برچسب / NAME», a paragraph above the chosen line).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, twenty-second
round"). Run: PYTHONPATH=src:benchmarks python benchmarks/attacks22.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are near misses a real
page prints where a rule must not fire; «-pos» inputs are shapes where it must. A title
ending «!» must come without a doubt; "WARN" is a title kept and doubted, or none; a tuple
is any of its values.
"""

from attack_runner import BODY, D, H, check, collector, run

cases, case = collector()


DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲»
PAGE = f"{H}\n\n{D}\n\n{BODY}"
LEAD = (
    "کارشناسان می‌گویند شهرهای ساحلی کشور هنوز برای باران‌های شدید آماده نیستند و "
    "بسیاری از آبراهه‌های قدیمی در سال‌های گذشته با ساخت‌وساز بسته شده است."
)
MORE = (
    "مدیران شهری نیز تأکید کرده‌اند که طرح لایروبی رودخانه‌ها از ماه آینده آغاز می‌شود و "
    "گزارش پیشرفت آن هر هفته منتشر خواهد شد تا شهروندان در جریان کار باشند."
)
TEXT = f"{LEAD}\n\n{MORE}\n"

# -- fix49: a site's name twice, a heading's expanding subheading ------------------------------
UNI = "دانشگاه علوم پزشکی شیراز"
case(
    "site-twice-pos university",
    "text",
    f"{UNI}\n{UNI}\n\nثبت‌نام دوره‌های آموزش ضمن خدمت آغاز شد\n\n{TEXT}",
    {"title": "ثبت‌نام دوره‌های آموزش ضمن خدمت آغاز شد"},
)
ONCE = f"{UNI} رتبه نخست جشنواره پژوهشی کشور را کسب کرد"
case("site-like-headline-once-neg", "text", f"{ONCE}\n\n{D}\n\n{TEXT}", {"title": ONCE + "!"})
case(
    "site-like-headline-twice-neg",
    "text",
    f"{ONCE}\n{ONCE}\n\n{D}\n\n{TEXT}",
    {"title": ONCE + "!", "published": DAY},
)
case(
    "expands-heading-pos",
    "text",
    "آبگرفتگی شهرهای ساحلی\n\nآبگرفتگی شهرهای ساحلی: چرا آبراهه‌های قدیمی دیگر "
    f"باران را از شهر بیرون نمی‌برند\n\n{TEXT}",
    {"title": "آبگرفتگی شهرهای ساحلی"},
)
# A kicker naming the speaker over the quote headline «NAME: ...» (the common رو‌تیتر of
# Iranian news sites): the quote line is the headline, the kicker only its speaker.
QUOTE = "وزیر نیرو: طرح لایروبی رودخانه‌های شهرهای ساحلی از ماه آینده آغاز می‌شود"
case(
    "speaker-kicker-over-quote-neg",
    "text",
    f"وزیر نیرو\n\n{QUOTE}\n\n{D}\n\n{TEXT}",
    {"title": QUOTE},
)

# -- fix49: drafting notes, bracketed notes, numbered items, image names --------------------------
RULES = "«آیین‌نامه داخلی انجمن صنفی نانوایان استان»"
case(
    "dated-note-pos tadvin",
    "text",
    f"{RULES}\n\nتدوین شده در مهر ۱۴۰۰\n\n[۳ فصل، ۲۰ ماده و ۴ تبصره]\n\nماده ۱- تعریف\n\n{TEXT}",
    {"title": RULES},
)
NOTE_HEAD = "گزارش تنظیم شده در آبان ۱۴۰۱ به مجلس رسید"
case("dated-note-words-in-headline-neg", "text", f"{NOTE_HEAD}\n\n{TEXT}", {"title": NOTE_HEAD})
case(
    "bracketed-note-pos alone",
    "text",
    f"{RULES}\n\n[۵ ماده و ۱۲ تبصره]\n\n{TEXT}",
    {"title": RULES},
)
PAREN_HEAD = "(گزارش تصویری) بازگشایی بازار سنتی شهر پس از مرمت"
case(
    "bracketed-headline-neg",
    "text",
    f"{PAREN_HEAD}\n\n{D}\n\n{TEXT}",
    {"title": (PAREN_HEAD, "WARN")},
)
case(
    "numbered-bullets-pos persian-digits",
    "text",
    "راهنمای تغذیه\n\nغذای گربه‌ها از نظر ترکیب به دو دسته تقسیم می‌شود:\n\n"
    f" • ۱- غذای خشک\n • ۲- غذای مرطوب\n\n{TEXT}",
    {"title": "راهنمای تغذیه"},
)
GLUED = "گلکسی اس9 به بازار آمد"
case("glued-digit-headline-neg", "text", f"{GLUED}\n\n{D}\n\n{TEXT}", {"title": GLUED})
case(
    "glued-digit-short-headline-neg",
    "text",
    f"پراید131\n\n{D}\n\n{TEXT}",
    {"title": ("پراید131", "WARN")},
)

# -- fix49: tag labels, the site's tagline, Joomla slugs, the home link ---------------------------
EXCERPT = (
    "برای ثبت هر شرکت تازه باید اساسنامه و صورت‌جلسه مجمع مؤسس به اداره ثبت فرستاده شود و "
    "مدارک هیئت مدیره نیز همراه آن باشد […]"
)
for label in ("برچسبها", "برچسب ها", "آرشیو برچسب ها :"):
    sep = "" if label.endswith(":") else ":"
    case(
        f"tag-label-pos {label}",
        "text",
        f"{label}{sep} شرکت سهامی خاص\n\n{EXCERPT}\n\n{EXCERPT}\n",
        {"title": "شرکت سهامی خاص"},
    )
SITE_HEAD = "سایت سازمان سنجش برای ثبت‌نام کنکور باز شد"
case(
    "site-headline-at-news-address-neg",
    "text",
    f"{SITE_HEAD}\n\n{D}\n\n{TEXT}",
    {"title": SITE_HEAD + "!"},
    url="https://example.ir/news/12345/سایت-سازمان-سنجش-برای-ثبت-نام-کنکور-باز-شد",
)
case(
    "joomla-id-slug-pos",
    "text",
    f"مطالب\n\nآیین‌نامه انتخابات شورا\n\nبسمه تعالی\n\n{TEXT}",
    {"title": "آیین‌نامه انتخابات شورا"},
    url="http://example.ir/component/content/article/12-news/508-آیین-نامه-انتخابات-شورا.html",
)
QUESTION = "چرا قیمت بلیت قطار در تعطیلات نوروز بالا می رود؟"
case(
    "home-crumb-glued-pos",
    "text",
    f"خانه {QUESTION}\n\n{TEXT}",
    {"title": QUESTION},
    url="https://example.ir/blog/چرا-قیمت-بلیت-قطار-در-تعطیلات/",
)
KHANEH = "خانه های خالی از سال آینده مالیات می دهند"
case(
    "home-word-headline-text-alone-neg",
    "text",
    f"{KHANEH}\n\n{D}\n\n{TEXT}",
    {"title": KHANEH + "!"},
)

# -- fix50: one excerpt ending the text, the swapped month, /embed, vBulletin ---------------------
QUOTED = (
    "رئیس انجمن صنفی نانوایان استان امروز در نشست خبری گفت نرخ تازه نان از هفته آینده اجرا "
    "می‌شود و به گفته او «ما تا پایان سال قیمت را ثابت نگه می‌داریم...»"
)
TRAIL = (
    "رئیس انجمن صنفی نانوایان استان امروز در نشست خبری گفت نرخ تازه نان از هفته آینده اجرا "
    "می‌شود و به گفته او همه واحدها باید تا پایان سال قیمت را ثابت نگه دارند..."
)
NEWS = "نرخ تازه نان از هفته آینده اجرا می‌شود"
case("one-paragraph-ending-quote-dots-neg", "text", f"{NEWS}\n\n{QUOTED}\n", {"title": NEWS})
case("one-paragraph-ending-dots-dated-neg", "text", f"{NEWS}\n\n{D}\n\n{TRAIL}\n", {"title": NEWS})
case("one-paragraph-ending-dots-pos", "text", f"{NEWS}\n\n{TRAIL}\n", {"title": "WARN"})
case(
    "ordibehesht-swapped-persian-digits-pos",
    "text",
    f"{H}\n\n۲۵ ادریبهشت ۱۴۰۲\n\n{BODY}",
    {"published": "2023-05-15"},
)
case(
    "embed-news-id-pos",
    "text",
    PAGE,
    {"number": "6020"},
    url="https://example.ir/news/6020/رکورد-حمل-بار/embed/",
)
case(
    "embed-year-permalink-neg",
    "text",
    PAGE,
    {"number": None},
    url="https://example.ir/2024/03/رکورد-حمل-بار/embed/",
)
case(
    "vbulletin-hash-first-pos",
    "text",
    PAGE,
    {"number": "69157"},
    url="http://forum.example.com/showthread.php?s=fad27cec1e607d5bd5c1d2b10bbee1f7&t=69157",
)
case(
    "vbulletin-search-neg",
    "text",
    PAGE,
    {"number": None},
    url="http://forum.example.com/search.php?s=fad27cec1e607d5bd5c1d2b10bbee1f7&searchid=4412",
)

# -- fix51: Greenwich, pager trails, dated stories, the copyright's name --------------------------
case(
    "greenwich-persian-pos",
    "text",
    f"{H}\nزمان انتشار: 11:13 گرینویچ 2008 ,10 ژانویه\n{BODY}",
    {"published": "2008-01-10"},
)
ECLIPSE = (
    "به گفته منجمان این خورشیدگرفتگی ساعت 18:17 به وقت گرینویچ 2024 آغاز می‌شود و در ایران "
    "دیده نمی‌شود.\n"
)
case(
    "greenwich-in-a-sentence-neg",
    "text",
    f"{PAGE}\n{ECLIPSE}",
    {"published": DAY, "title": H + "!"},
)
PAGE3 = "صفحه 3 روزنامه ایران به گزارش انتخابات اختصاص یافت"
case("headline-opening-with-page-neg", "text", f"{PAGE3}\n\n{D}\n\n{BODY}", {"title": PAGE3 + "!"})
case(
    "pager-trail-pos persian",
    "text",
    f"خانه › اخبار › صفحه 4\n\n{H}\n\n{BODY}",
    {"title": "NOT خانه › اخبار › صفحه 4"},
)
PAGE_WORD = "روزنامه های امروز صفحه 1"
case(
    "headline-ending-page-1-neg",
    "text",
    f"{PAGE_WORD}\n\n{D}\n\n{BODY}",
    {"title": (PAGE_WORD, "WARN")},
)
STORY1 = (
    "افتتاح کتابخانه عمومی تازه در محله شمالی\n\n"
    "کتابخانه عمومی تازه با ده هزار جلد کتاب صبح امروز با حضور مسئولان شهری به روی مردم باز "
    "شد و هر روز تا ساعت نه شب پذیرای مراجعان است.\n"
    "مدیر کتابخانه گفت بخش کودکان و نوجوانان نیز تا پایان ماه آماده می‌شود و کارگاه‌های "
    "کتاب‌خوانی در آن برگزار خواهد شد.\n\n"
)
STORY2 = (
    "برگزاری جشنواره گل و گیاه در پارک مرکزی\n\n"
    "جشنواره گل و گیاه امسال با حضور پنجاه غرفه از تولیدکنندگان استان در پارک مرکزی برپا شده "
    "و تا پایان هفته پذیرای بازدیدکنندگان است.\n"
    "برگزارکنندگان می‌گویند فروش گل و نهال در جشنواره امسال با تخفیف ویژه انجام می‌شود و "
    "کارگاه آموزش باغبانی نیز برپاست.\n"
)
case(
    "dated-stories-persian-pos",
    "text",
    f"اخبار\n\n1402/12/12 10:30\n\n{STORY1}1402/12/10 09:15\n\n{STORY2}",
    {"title": "WARN", "published": None},
)
COMMENT = "1402/12/13 08:12\n\nعلی\n\nممنون از گزارش خوبتان، امیدوارم بخش کودکان زودتر باز شود.\n"
case(
    "dated-story-with-comment-neg",
    "text",
    f"1402/12/12 10:30\n\n{STORY1}{COMMENT}",
    {"title": "افتتاح کتابخانه عمومی تازه در محله شمالی", "published": DAY},
)
SITE_NAME = "پایگاه اطلاع رسانی شهرداری شهر نمونه"


def portal(title, footer):
    return (
        f"<html><head><title>{title}</title></head><body>"
        f"<header><div class='site-name'>{SITE_NAME}</div></header><main>"
        f"<h2>{H}</h2><p>{BODY.replace(chr(10), ' ')}</p>"
        f"</main><footer><p>{footer}</p></footer></body></html>"
    )


case(
    "copyright-year-first-pos",
    "html",
    portal(f"اخبار - {SITE_NAME}", f"© 1402 {SITE_NAME}"),
    {"title": H},
)
case(
    "copyright-names-headline-part-neg",
    "html",
    portal(f"{H} - {SITE_NAME}", f"© {SITE_NAME}"),
    {"title": H + "!"},
)

# -- fix52: leading colon, «برچسب / NAME», prose above ---------------------------------------------
case("leading-colon-space-pos", "text", f": ولایت بلخ\n{LEAD}\n{MORE}\n", {"title": "ولایت بلخ"})
COLON_END = "سه پرسش از وزیر نیرو درباره طرح لایروبی رودخانه‌ها:"
case(
    "headline-ending-colon-neg",
    "text",
    f"{COLON_END}\n\n{D}\n\n{TEXT}",
    {"title": (COLON_END, COLON_END[:-1], "WARN")},
)
case(
    "tag-slash-name-with-slash-pos",
    "text",
    "برچسب / مذاکرات ایران/آمریکا\n",
    {"title": "مذاکرات ایران/آمریکا"},
)
ENERGY = "برچسب انرژی / یخچال‌های کم‌مصرف از ماه آینده ارزان‌تر می‌شوند"
case("energy-label-headline-neg", "text", f"{ENERGY}\n\n{D}\n\n{TEXT}", {"title": ENERGY + "!"})
BLURB = (
    "پایگاه خبری شهر نمونه با هدف اطلاع‌رسانی درباره رویدادهای شهر و استان از سال ۱۳۹۵ "
    "فعالیت خود را آغاز کرده است."
)
case("site-blurb-over-headline-neg", "text", f"{BLURB}\n\n{H}\n\n{D}\n\n{BODY}", {"title": H})
SUMMARY = (
    "اعضای شورای شهر در نشست امروز لایحه بودجه سال آینده را بررسی کردند و درباره طرح‌های "
    "عمرانی نیمه‌تمام گفت‌وگو شد."
)
case("summary-over-headline-dated-neg", "text", f"{SUMMARY}\n\n{H}\n\n{D}\n\n{BODY}", {"title": H})


if __name__ == "__main__":
    run(cases, check, ("title", "published", "number", "zone", "twin", "invalid", "time", "day"))
