"""Thirty-fourth round of attacks: fix80 (a site's name twice with a blank line between; a text
cut after «،» under another paragraph is no list's excerpt; Urdu's year mark «ء»), fix81 (a
paragraph ending «.”» is no headline over a lead; «TAG Archives - SITE» names a tag of up to
16 words; an excerpt cut with «[…]» restated by the next paragraph is one post's; a count of
minutes alone on its line is a reading time; a Markdown logo heading linked home), fix82 (a
list item's heading printed again 2-4 lines below; MediaWiki's «From WIKI» tagline over its
skip links; a Latin line spelling the host; a WordPress slug cut at 200 characters) and fix83
with the lead's narrowing (a page written in Urdu: a Gregorian time without its zone keeps the
day only, warned ``zone-unread``; a Jalali date is never asked).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, thirty-fourth
round"). Run: PYTHONPATH=src:benchmarks python benchmarks/attacks34.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are near misses where a
rule must not fire; «-pos» inputs are shapes where it must. A title ending «!» must come
without a doubt; "WARN" is a title kept and doubted, or none; a tuple is any of its values.
A «published» value with an offset («2023-04-09T10:30+03:30») is compared as an instant (the
stamp printed is shown with its offset); a bare day («2023-04-09») means the day only, no time (a ``zone-unread`` doubt counts as a
warning for this round).

The shapes come from real pages (the pages the fixes were built on, and pages found with the
search tool), named beside each group; the article sentences are ours.
"""

import datetime as dt
from typing import Any
from urllib.parse import quote

from attack_runner import BODY, ITEMS, D, H, check, collector, run

import jalali_meta as jm

cases, case = collector()


def _stamp(article: jm.Article) -> str | None:
    if article.published is None:
        return None
    value = article.published.gregorian
    if not isinstance(value, dt.datetime):
        return value.isoformat()
    offset = value.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{value:%Y-%m-%dT%H:%M}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def check34(field: str, value: Any, article: jm.Article) -> tuple[bool, Any]:
    """attack_runner's judge; a «published» value with an offset or a bare day is compared
    with the whole stamp (its time and offset, or no time at all)."""
    if field == "published" and isinstance(value, tuple):
        results = [check34(field, one, article) for one in value]
        return any(r for r, _ in results), results[0][1]
    if field == "published" and isinstance(value, str) and "+" in value:
        # the same instant (a time shown on another clock than the one printed is right)
        got = _stamp(article)
        value_got = article.published.gregorian if article.published else None
        return value_got == dt.datetime.fromisoformat(value), got
    if field == "published" and isinstance(value, str) and len(value) == 10:
        got = _stamp(article)
        return got == value, got
    return check(field, value, article)


DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲»
MORE = (
    "یکی از اعضای شورا گفت بخشی از بودجه عمرانی سال آینده به تکمیل پروژه‌های نیمه‌تمام "
    "محله‌های جنوبی شهر و نوسازی ناوگان اتوبوسرانی اختصاص خواهد یافت.\n"
)

# -- 1. fix80 ---------------------------------------------------------------------------------
# A site's name twice, a blank line between (the logo's alt text and the name; fix80's
# university page, and ministries' sites such as behdasht.gov.ir that print the name under
# the logo).
MINISTRY = "وزارت بهداشت، درمان و آموزش پزشکی"
case(
    "site-twice-blank-ministry-pos",
    "text",
    f"{MINISTRY}\n\n{MINISTRY}\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H, "published": DAY},
)
case(
    "headline-twice-blank-over-date-neg",
    "text",
    f"{H}\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H + "!", "published": DAY},
)
PHOTO = "جشنواره گل و گیاه در پارک مرکزی"  # a photo report's title: no verb, printed twice
case(
    "noun-headline-twice-blank-over-lead-neg",
    "text",
    f"{PHOTO}\n\n{PHOTO}\n\n{D}\n\n{ITEMS[1][1]}\n\n{MORE}",
    {"title": PHOTO},
)
# A list's last excerpt cut after «،» (tabbyeen.ir's tag pages cut excerpts so; fix80's page).
CUT = "شهردار در این نشست گفت اجرای طرح از هفته آینده در محله‌های شمالی آغاز می‌شود و در ادامه،"
case(
    "list-last-excerpt-cut-after-comma-pos",
    "text",
    f"{ITEMS[0][0]}\n\n{ITEMS[0][1]}\n\n{ITEMS[1][0]}\n\n{ITEMS[1][1]}\n\n{ITEMS[2][0]}\n\n{CUT}",
    {"title": (ITEMS[0][0], "WARN")},
)
case(
    "article-cut-after-comma-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}\n{CUT}",
    {"title": H + "!", "published": DAY},
)
case(
    "article-cut-after-latin-comma-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}\n{CUT[:-1]},",
    {"title": H + "!", "published": DAY},
)
# Urdu's year mark: abparanama.com «جمعرات 09 مارچ 2023ء»; the Hijri year's «ھ» beside it
# (urdupoint.com's date lines print both).
UH = "ملک کے کئی شہروں میں بارش کا نیا سلسلہ شروع ہو گیا"
UL = (
    "محکمہ موسمیات نے بتایا ہے کہ آئندہ تین دنوں میں ملک کے بیشتر حصوں میں بارش ہوگی "
    "اور پہاڑی علاقوں میں برف باری کا امکان ہے، شہری غیر ضروری سفر سے گریز کریں۔\n\n"
    "حکام کے مطابق نشیبی علاقوں سے پانی نکالنے کے لیے عملہ تعینات کر دیا گیا ہے۔\n"
)
case(
    "urdu-year-mark-persian-digits-pos",
    "text",
    f"{UH}\n\n۹ مارچ ۲۰۲۳ء\n\n{UL}",
    {"title": UH, "published": "2023-03-09"},
)
case(
    "urdu-year-mark-with-hijri-pos",
    "text",
    f"{UH}\n\nجمعہ 10 مارچ 2023ء، 17 شعبان 1444ھ\n\n{UL}",
    {"title": UH, "published": ("2023-03-10", None)},
)
case(
    "urdu-year-mark-spaced-pos",
    "text",
    f"{UH}\n\n10 مارچ 2023 ء\n\n{UL}",
    {"title": UH, "published": ("2023-03-10", None)},
)

# -- 2. fix81 ---------------------------------------------------------------------------------
# A Persian item printed one paragraph a line (afghannow.net's shape, fix81's page) whose
# paragraph ends with a full stop inside the Persian closing quote «.»».
UNSPACED_H = "شهرداری طرح تازه پاکسازی معابر شهر را آغاز کرد"
UNSPACED = (
    f"{UNSPACED_H}\n"
    "شهرداری از آغاز طرح پاکسازی معابر اصلی شهر از شنبه آینده خبر داد و گفت این طرح تا دو "
    "ماه ادامه دارد.\n"
    "سخنگوی شهرداری گفت: «می‌خواهیم شهر پاکیزه و سبز بماند و مردم از این کار خرسندند.»\n"
    "به گفته او دویست کارگر در این طرح به کار گرفته می‌شوند و مزد روزانه دریافت می‌کنند.\n"
    "بیشتر بخوانید | شبکه تازه آبرسانی در محله جنوبی ساخته شد\n"
    "شهرداری می‌گوید همه هزینه طرح از بودجه خود شهرداری پرداخت می‌شود.\n"
)
case("unspaced-persian-quote-stop-pos", "text", UNSPACED, {"title": UNSPACED_H + "!"})
# A headline quoting a whole sentence with its stop, one paragraph a line (news agencies'
# «NAME: «...».» headlines, e.g. isna.ir).
QH = "وزیر نیرو: «خاموشی‌ها تا پایان تابستان کم می‌شود.»"
case(
    "unspaced-headline-quoting-sentence-neg",
    "text",
    f"{QH}\nوزیر نیرو در نشست خبری امروز گفت با افزایش تولید نیروگاه‌ها خاموشی‌های "
    "برنامه‌ریزی شده تا پایان تابستان کاهش می‌یابد.\nوی افزود مشترکان پرمصرف باید در ساعات "
    "اوج مصرف صرفه‌جویی کنند.\n",
    {"title": QH},
)
case(
    "spaced-headline-quoting-sentence-neg",
    "text",
    f"{QH}\n\n{D}\n\n{BODY}",
    {"title": QH + "!", "published": DAY},
)
# «TAG Archives - SITE» (iranneag.ir, blog.sfile.ir: fix81's pages) over a tag page's items.
TAG = "طرح پاکسازی معابر شهری و نوسازی ناوگان اتوبوسرانی در سال آینده اجرا می‌شود؟"
case(
    "archives-long-tag-list-pos",
    "text",
    f"{TAG} Archives - سایت خبری نمونه\n\n{ITEMS[0][0]}\n\n{ITEMS[0][1]}\n\n{ITEMS[1][0]}\n\n"
    f"{ITEMS[1][1]}\n",
    {"title": (TAG, "WARN")},
)
# An excerpt cut with «[...]» (three full stops, older WordPress themes) restated by the post's
# text (rahesharghi.ir, fix81's page).
LEAD = "مدیر آموزش و پرورش شهرستان گفت کلاس‌های درس مدارس ابتدایی از شنبه آینده حضوری برگزار می‌شود."
POST_H = "کلاس‌های ابتدایی شهرستان از شنبه حضوری می‌شود"
case(
    "excerpt-ascii-ellipsis-restated-pos",
    "text",
    f"راه نمونه\nخانه\nدماوند\n{POST_H}\n{LEAD} وی با اشاره به واکسیناسیون معلمان افزود: همه "
    f"معلمان دو نوبت واکسن دریافت کرده‌اند و مدارس ضدعفونی می‌شوند تا ... [...]\n{LEAD}\n"
    "وی افزود همه معلمان شهرستان دو نوبت واکسن دریافت کرده‌اند و مدارس آماده بازگشایی هستند.\n",
    {"title": POST_H},
)
# A real list whose excerpts all open with the same press-office formula (six equal words;
# education offices' news blocks, e.g. the «به گزارش روابط عمومی اداره کل ...» openings).
FORMULA = "به گزارش روابط عمومی اداره کل آموزش و پرورش استان،"
case(
    "list-excerpts-same-opening-neg",
    "text",
    f"{ITEMS[0][0]}\n{FORMULA} کتابخانه عمومی تازه با ده هزار جلد کتاب امروز باز شد و […]\n"
    f"{FORMULA} جشنواره گل و گیاه امسال با پنجاه غرفه در پارک مرکزی برپا شده و […]\n"
    f"{ITEMS[2][0]}\n{FORMULA} ثبت نام کلاس‌های تابستانی مدارس ناحیه یک آغاز شد و […]\n",
    {"title": "WARN"},
)
# A reading time (rsoon.app, fix81's page): Persian digits, and the value with its word.
READ = (
    "بیت‌کوین بزرگ‌ترین رمزارز بازار از نظر ارزش کل است و جهت قیمت آن بر بیشتر دارایی‌های "
    "دیگر بازار اثر می‌گذارد. در این مطلب عوامل مؤثر بر قیمت آن را مرور می‌کنیم.\n"
)
case(
    "reading-time-persian-digits-pos",
    "text",
    f"خانه\nمجله\nتحلیل بیت‌کوین\nمدت زمان خواندن:\n۳۷ دقیقه\n{READ}",
    {"title": "تحلیل بیت‌کوین"},
)
case(
    "reading-time-with-word-pos",
    "text",
    f"خانه\nمجله\nتحلیل بیت‌کوین\n۵ دقیقه مطالعه\n{READ}",
    {"title": "تحلیل بیت‌کوین"},
)
MIN_H = "۴۵ دقیقه پیاده‌روی در روز خطر بیماری قلبی را کم می‌کند"
case("minutes-headline-neg", "text", f"{MIN_H}\n\n{D}\n\n{BODY}", {"title": MIN_H + "!"})
# Liferay's logo heading (bafgh.gov.ir, fix81's page) linked to Liferay's own home path.
SITE = "فرمانداری شهرستان نمونه"
LH = "برنامه خاموشی‌ها در شهر به یک نوبت در روز محدود می‌شود"
case(
    "liferay-logo-web-guest-pos",
    "md",
    f'# [![{SITE}](/o/theme/images/logo.png)](/web/guest "{SITE}"){SITE}\n\n'
    f"  * [صفحه اصلی](/home)\n\n#### {LH}\n\n{BODY}",
    {"title": LH},
)

# -- 3. fix82 ---------------------------------------------------------------------------------
# An article printing its headline again under a service line, no blank lines (majidonline's
# article shape, fix82's near miss, flattened).
case(
    "article-heading-again-unspaced-neg",
    "text",
    f"{H}\n{D}\nسرویس: شهری\n{H}\n{BODY}",
    {"title": H + "!", "published": DAY},
)
# MediaWiki's tagline in other languages over the skip links (ar.wikipedia, fa.wikipedia;
# ur.wikipedia.org/wiki/تاریخ_ویکیپیڈیا prints «آزاد دائرۃ المعارف، ویکیپیڈیا سے»; Tajik
# «Мавод аз Википедиа — донишномаи озод», tg.wikipedia.org).
WIKI = (
    "نخستین کتابخانه عمومی شهر در دهه‌ای دور با چند صد جلد کتاب اهدایی مردم گشایش یافت و "
    "در سال‌های بعد به ساختمانی بزرگ‌تر در مرکز شهر رفت.\n\n"
    "امروز چند کتابخانه در محله‌های گوناگون شهر به خوانندگان خدمت می‌دهند.\n"
)
case(
    "wiki-tagline-arabic-pos",
    "text",
    f"اراك\n\nمن ويكيبيديا، الموسوعة الحرة\nاذهب إلى التنقل اذهب إلى البحث\n\n{WIKI}",
    {"title": "اراك"},
)
case(
    "wiki-tagline-persian-pos",
    "text",
    f"اراک\n\nاز ویکی‌پدیا، دانشنامهٔ آزاد\nپرش به ناوبری پرش به جستجو\n\n{WIKI}",
    {"title": "اراک"},
)
case(
    "wiki-tagline-urdu-no-skip-links-pos",
    "text",
    f"تاریخ ویکیپیڈیا\n\nآزاد دائرۃ المعارف، ویکیپیڈیا سے\n\n{UL}",
    {"title": "تاریخ ویکیپیڈیا"},
)
case(
    "wiki-tagline-tajik-pos",
    "text",
    "Китобхонаи миллӣ\n\nМавод аз Википедиа — донишномаи озод\nJump to navigation Jump to search\n\n"
    "Китобхонаи миллии Тоҷикистон дар шаҳри Душанбе соли 1933 таъсис ёфтааст ва яке аз "
    "бузургтарин китобхонаҳои кишвар мебошад.\n",
    {"title": "Китобхонаи миллӣ"},
)
# A Latin line spelling the host (hooman.org, fix82's page) vs a line carrying the brand and
# more words.
HOST_BODY = f"{H}\n\n{D}\n\n{BODY}"
case(
    "host-spelled-www-spaced-pos",
    "text",
    f"WWW . HOOMAN . ORG\n\n{HOST_BODY}",
    {"title": H},
    url="http://hooman.org/auto/car.html",
)
BRAND = "Hooman.ORG ده ساله شد"
case(
    "brand-in-headline-neg",
    "text",
    f"{BRAND}\n\n{D}\n\n{BODY}",
    {"title": BRAND},
    url="http://hooman.org/news/ten.html",
)
# A WordPress slug cut at 200 characters (beautiful-mind-expression.com, fix82's page) of a
# heading with a zero-width non-joiner and punctuation WordPress drops.
CUT_H = (
    "روان‌درمانی کودک و نوجوان: مشاوره خانواده، درمان اضطراب و بدرفتاری کودکان در مرکز مشاوره شهر"
)
PROMO = "دکتر نمونه بهترین روانشناس کودک و نوجوان، درمان بد رفتاری کودکان"
slug = ""
for char in "-".join(CUT_H.replace(":", "").replace("،", "").split()):
    enc = quote(char, safe="-").lower()
    if len(slug) + len(enc) > 200:
        break
    slug += enc
case(
    "wordpress-slug-cut-zwnj-pos",
    "text",
    f"{CUT_H}\n\n{PROMO}\n\n{BODY}",
    {"title": CUT_H},
    url=f"https://example.com/{slug}/",
)

# -- 4. fix83: which pages are Urdu -----------------------------------------------------------
# A Persian page printing a Gregorian time (parstoday.ir's ISO stamps) and quoting an Urdu
# paragraph: Tehran's clock.
URDU_QUOTE = (
    "«محکمہ موسمیات نے بتایا ہے کہ آئندہ تین دنوں میں ملک کے بیشتر حصوں میں بارش ہوگی اور "
    "پہاڑی علاقوں میں برف باری کا امکان ہے، شہری غیر ضروری سفر سے گریز کریں۔»"
)
FA_LEAD = "به گزارش خبرنگار ما، روزنامه‌های پاکستان امروز از آغاز بارش‌ها نوشتند. یکی از آنها نوشت: "
case(
    "persian-page-quoting-urdu-gregorian-neg",
    "text",
    f"آغاز بارش‌های تازه در پاکستان\n\n2023-04-09 10:30\n\n{FA_LEAD}{URDU_QUOTE}\n\n{MORE}",
    {"published": "2023-04-09T10:30+03:30"},
)
case(
    "persian-page-quoting-urdu-jalali-neg",
    "text",
    f"آغاز بارش‌های تازه در پاکستان\n\n۲۰ فروردین ۱۴۰۲ - ۱۰:۳۰\n\n{FA_LEAD}{URDU_QUOTE}\n\n{MORE}",
    {"published": "2023-04-09T10:30+03:30"},
)
# A Sindhi page (sindhsalamat.com's script: ڪ ٽ ڏ ڻ ۾, none of Urdu's own letters): Pakistan's
# clock, unprinted.
SINDHI = (
    "سنڌ ۾ مينهن جو نئون سلسلو شروع ٿي ويو\n\n09 اپريل 2023 10:30\n\n"
    "محڪمي موسميات چيو آهي ته ايندڙ ٽن ڏينهن تائين صوبي جي اڪثر شهرن ۾ مينهن پوندو ۽ "
    "هيٺاهين علائقن مان پاڻي ڪڍڻ لاءِ عملو مقرر ڪيو ويو آهي.\n"
)
case(
    "sindhi-page-gregorian-time",
    "text",
    SINDHI,
    {"published": ("2023-04-09", "2023-04-09T10:30+05:00")},
)
# Saraiki and Punjabi (Shahmukhi) pages write Urdu's letters: Pakistan's clock, unprinted.
SARAIKI = (
    "ملتان وچ مینہ دا نواں سلسلہ شروع تھی ڳیا\n\n09 اپریل 2023 10:30\n\n"
    "محکمہ موسمیات آکھیا اے جو اڳلے ترئے ݙینہاں تئیں ملتان تے ڈیرہ غازی خان وچ مینہ پوسی تے "
    "نشیبی علاقیاں کنوں پاݨی کڈھݨ کیتے عملہ لا ݙتا ڳیا اے۔\n"
)
case(
    "saraiki-page-gregorian-time",
    "text",
    SARAIKI,
    {"published": ("2023-04-09", "2023-04-09T10:30+05:00")},
)
PUNJABI = (
    "لہور وچ مینہ دا نواں سلسلہ شروع ہو گیا\n\n09 اپریل 2023 10:30\n\n"
    "محکمہ موسمیات نے آکھیا اے کہ اگلے تن دناں تک لہور تے آل دوالے دے علاقیاں وچ مینہ پوے گا "
    "تے نیویاں تھاواں توں پانی کڈھن لئی عملہ لا دتا گیا اے۔\n"
)
case(
    "punjabi-shahmukhi-page-gregorian-time",
    "text",
    PUNJABI,
    {"published": ("2023-04-09", "2023-04-09T10:30+05:00")},
)
# An Urdu page with a Jalali date and an Urdu page printing its zone (GMT+5, PKT: Pakistani
# sites' stamps).
case(
    "urdu-page-jalali-date-neg",
    "text",
    f"{UH}\n\n۱۴۰۲/۰۱/۲۰ ۱۰:۳۰\n\n{UL}",
    {"published": "2023-04-09T10:30+03:30"},
)
case(
    "urdu-page-gmt-plus-5-pos",
    "text",
    f"{UH}\n\n09 اپریل 2023 10:30 GMT+5\n\n{UL}",
    {"published": ("2023-04-09T10:30+05:00", "2023-04-09")},
)
case(
    "urdu-page-pkt-pos",
    "text",
    f"{UH}\n\n09 اپریل 2023 10:30 PKT\n\n{UL}",
    {"published": ("2023-04-09T10:30+05:00", "2023-04-09")},
)


if __name__ == "__main__":
    run(cases, check34, ("title", "published", "number", "zone"))
