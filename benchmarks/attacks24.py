"""Twenty-fourth round of attacks: fix59 (a headline over its print view's link and date line,
a one-digit minute beside a date that pads no number, 1C-Bitrix's ELEMENT_ID, a question
headline over its kicker) and fix60 (address IDs ``?post=N``, ``page.php?slct_pg_id=N``,
``/blog/N/``, ``/event/N/``, root ``page_N.html``, Joomla's print view, ``/page/N/<name>``;
Material icon names, template slots and «img» as chrome; the ``/YYYY/MM/`` month archive).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, twenty-fourth
round"). Run: PYTHONPATH=src:benchmarks python benchmarks/attacks24.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are near misses a real
page prints where a rule must not fire; «-pos» inputs are shapes where it must. A title
ending «!» must come without a doubt; "WARN" is a title kept and doubted, or none; a tuple
is any of its values; a «published» value opening with «=» is that day with no time of day;
one with a «T» is compared to the minute.

The shapes come from real pages (the tests/pages corpus and pages found with the search tool,
corpus pages), named beside each group; the article sentences are ours.
"""

from attack_runner import BODY, ITEMS, D, H, check, collector, field_value, run

cases, case = collector()


def check24(field, value, article):
    """attack_runner.check, with «=DAY» (that day, no time of day) also inside a tuple."""
    if isinstance(value, tuple):
        got = check24(field, value[0], article)[1]
        return any(check24(field, one, article)[0] for one in value), got
    if field == "published" and isinstance(value, str) and value.startswith("="):
        got = field_value(field, article)
        timed = article.published is not None and article.published.has_time
        return got == value[1:] and not timed, (got, "timed" if timed else "day")
    return check(field, value, article)


DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲»
TEXT = BODY
SLUG = H.replace(" ", "-")
# The second headline of a node's body under a kicker (barghab.ir/en/node/22684's layout).
KICKER = "مدیرعامل شرکت آب و فاضلاب استان:"
SECOND = "طرح نوسازی شبکه آب شهر از ماه آینده در سه منطقه آغاز می‌شود"
HEADLINE = "شبکه آب فرسوده شهر تا پایان سال نوسازی می‌شود"

# -- fix59: a headline over its print link and date ----------------------------------------
# tests/pages/021 (asretebar.ir: «HEADLINE / نسخه قابل چاپ / شنبه ۲۵ شهريور ۱۳۹۶ - ۱۱:۰۳:۰۰»),
# 822 (asrebazar.ir), 1140 (barghab.ir/en/node/22684, Drupal's «Printer-friendly version»),
# 1002 (matlaelfajr: «نسخه چاپی» then a kicker then the title), 1026 (sounews «نسخه چاپی خبر»).
case(
    "print-link-date-with-seconds-pos asretebar",
    "text",
    f"{HEADLINE}\nنسخه قابل چاپ\nشنبه ۲۵ شهریور ۱۳۹۶ - ۱۱:۰۳:۰۰\n{KICKER}\n\n{SECOND}\n\n{TEXT}",
    {"title": HEADLINE, "published": "2017-09-16T11:03"},
)
case(
    "print-link-labelled-date-pos",
    "text",
    f"{HEADLINE}\nنسخه قابل چاپ\nتاریخ انتشار: {D}\n{KICKER}\n\n{SECOND}\n\n{TEXT}",
    {"title": (HEADLINE, "WARN"), "published": DAY},
)
case(
    "print-link-beside-send-link-pos",
    "text",
    f"{HEADLINE}\nنسخه قابل چاپ | ارسال به دوستان\n{D}\n{KICKER}\n\n{SECOND}\n\n{TEXT}",
    {"title": (HEADLINE, "WARN"), "published": DAY},
)
case(
    "print-link-lowercase-english-pos",
    "text",
    f"{HEADLINE}\n\nprinter-friendly version\nTuesday, April 17, 2018\n{KICKER}\n\n{SECOND}\n\n{TEXT}",
    {"title": HEADLINE, "published": "2018-04-17"},
)
case(
    "kicker-colon-over-print-link-neg matlaelfajr",
    "text",
    f"{KICKER}\nنسخه قابل چاپ\n{D}\n\n{HEADLINE}\n\n{TEXT}",
    {"title": HEADLINE, "published": DAY},
)
case(
    "kicker-phrase-over-print-link-neg",
    "text",
    f"مدیرعامل آب و فاضلاب استان خبر داد\nنسخه قابل چاپ\n{D}\n\n{HEADLINE}\n\n{TEXT}",
    {"title": (HEADLINE, "WARN"), "published": DAY},
)
case(
    "section-name-over-print-link-neg sounews",
    "text",
    f"اخبار اقتصادی استان\nنسخه قابل چاپ\n{D}\n\n{HEADLINE}\n\n{TEXT}",
    {"title": (HEADLINE, "WARN"), "published": DAY},
)
ITEM_PRINT = "\n\n".join(f"{head}\nنسخه قابل چاپ\n{D}\n{lead}" for head, lead in ITEMS)
case(
    "print-link-in-each-list-item-neg",
    "text",
    f"آخرین اخبار\n\n{ITEM_PRINT}\n",
    {"title": "WARN"},
)

# -- fix59: a one-digit minute beside a date that pads no number ---------------------------
# tests/pages/1146 (mail.gov.af: «پنجشنبه ۱۴۰۳/۳/۱۷ - ۱۳:۸»); the near misses' month-name shape
# from garmeh.nkhorasan.ir/modules/show_content.aspx?PrintId=1&ContentId=37205 («سه شنبه ۹
# مهر ۱۳۹۸ | ۱۳:۴», found with the search tool).
T = "دیدار هیئت وزارت زراعت با مسئولان ولایت درباره حاصلات پنبه"


def dated(line):
    return f"{T}\n\n{line}\n\n{TEXT}"


case(
    "unpadded-latin-digits-pos",
    "text",
    dated("1403/3/17 - 13:8"),
    {"published": "2024-06-06T13:08"},
)
case(
    "unpadded-one-digit-hour-pos",
    "text",
    dated("۱۴۰۳/۳/۱۷ - ۹:۵"),
    {"published": "2024-06-06T09:05"},
)
case(
    "unpadded-day-first-dashed-pos",
    "text",
    dated("۱۷-۳-۱۴۰۳ ۱۳:۸"),
    {"published": "2024-06-06T13:08"},
)
case(
    "unpadded-day-one-esfand-pos",
    "text",
    dated("۱۴۰۳/۱۲/۱ - ۱۳:۸"),
    {"published": "2025-02-19T13:08"},
)
case(
    "unpadded-dotted-gregorian-pos",
    "text",
    dated("17.6.2024 - 13:8"),
    {"published": ("2024-06-17T13:08", "=2024-06-17")},
)
case(
    "unpadded-clock-first-pos",
    "text",
    dated("۱۳:۸ - ۱۴۰۳/۳/۱۷"),
    {"published": ("2024-06-06T13:08", "=2024-06-06")},
)
case(
    "padded-date-one-digit-minute-neg",
    "text",
    dated("۱۴۰۳/۰۳/۱۷ ۱۳:۸"),
    {"published": "=2024-06-06"},
)
case(
    "month-name-one-digit-minute-neg garmeh",
    "text",
    dated("سه شنبه ۹ مهر ۱۳۹۸ | ۱۳:۴"),
    {"published": "=2019-10-01"},
)
case(
    "two-dates-unpadded-one-earlier-neg",
    "text",
    dated("ایجاد: ۱۴۰۳/۳/۱۶ | انتشار: ۱۴۰۳/۰۳/۱۷ - ۱۳:۸"),
    {"published": "=2024-06-06"},
)
case(
    "two-dates-unpadded-one-later-neg",
    "text",
    dated("۱۴۰۳/۰۳/۱۷ - ۱۳:۸ | ویرایش: ۱۴۰۳/۳/۱۸"),
    {"published": "=2024-06-06"},
)
case(
    "unpadded-minute-with-seconds-pos",
    "text",
    dated("۱۴۰۳/۳/۱۷ - ۱۳:۸:۲۰"),
    {"published": "2024-06-06T13:08"},
)
case(
    "padded-date-minute-with-seconds-neg",
    "text",
    dated("۱۴۰۳/۰۳/۱۷ - ۱۳:۸:۲۰"),
    {"published": ("2024-06-06T13:08", "=2024-06-06")},
)


# -- fix59: 1C-Bitrix's ELEMENT_ID ---------------------------------------------------------
# tests/pages/1148 (http://www.tajnature.tj/news/?ELEMENT_ID=4681); Bitrix's news.detail reads
# ELEMENT_ID beside IBLOCK_ID and SECTION_ID; PAGEN_1 is its list's page.
def at(url, expect, doc=None):
    case(f"url {url}", "text", doc or f"{H}\n\n{D}\n\n{BODY}", expect, url=url)


at("http://x.tj/news/detail.php?ELEMENT_ID=3345&IBLOCK_ID=7", {"number": "3345"})
at("http://x.tj/news/detail.php?element_id=3345", {"number": "3345"})
at("http://x.tj/news/?SECTION_ID=12&ELEMENT_ID=3345&PAGEN_1=2", {"number": "3345"})
at("http://x.tj/news/index.php?IBLOCK_ID=7", {"number": None})
at("http://x.tj/news/detail.php?ELEMENT_ID=news-of-the-day", {"number": None})
at("http://x.tj/news/detail.php?ELEMENT_ID=3345&COMMENT_ID=9", {"number": None})
at(
    "http://x.tj/news/?ELEMENT_ID=3345",
    {"number": "48213"},
    doc=f"{H}\n\nکد خبر: ۴۸۲۱۳\n{D}\n\n{BODY}",
)

# -- fix59: a question headline over its kicker --------------------------------------------
# tests/pages/1152 (risknews.ir/news/151575/.../show: «QUESTION؟ / KICKER؛ / lead»).
Q = "چرا طرح نوسازی شبکه آب شهر دو سال عقب افتاد؟"
case(
    "question-over-colon-kicker-pos risknews",
    "text",
    f"{Q}\n\nپاسخ مدیرعامل آب و فاضلاب به پرسش شهروندان:\n\n{TEXT}",
    {"title": Q},
)
case(
    "question-subheading-inside-body-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}\n{Q}\n\nکارشناسان در پاسخ می‌گویند؛\n\n{TEXT}",
    {"title": H, "published": DAY},
)

# -- fix60: address IDs --------------------------------------------------------------------
# chilanonline.com/print/?post=8788; uma.ac.ir page.php?slct_pg_id=4139; nmi.ir /blog/023/;
# civilica.com /event/132/; kq.meybod.ac.ir /page_23.html; ansmi.tj's Joomla print view;
# blog.faradars.org/tag/.../page/1/ (WordPress pagination, found with the search tool).
at("https://x.ir/?post=8788&replytocom=45", {"number": "8788"})
at("https://x.ir/print/?post=latest", {"number": None})
at("http://x.ac.ir/page.php?slct_pg_id=045&sid=1", {"number": None})
at("http://x.ac.ir/bookstore.php?slct_pg_id=63&sid=1", {"number": None})
at("https://x.ir/category/news/page/3/", {"number": None})
at("https://x.ir/author/ali/page/2/", {"number": None})
at("https://x.ir/page/2/?s=بودجه", {"number": None})
at("https://x.ir/blog/1402/", {"number": None})
at("http://x.blogfa.com/post-45.aspx", {"number": "45"})  # the post's number (fix184)
at("https://x.ac.ir/browse.php?slct_pg_id=45&sid=1&slc_lang=fa", {"number": None})
at(
    "https://x.tj/menu/navidho/715-alias.html?option=com_content&tmpl=component&print=1&layout=default&page=",
    {"number": "715"},
)
at("https://x.tj/menu/navidho/715-alias.html?tmpl=component", {"number": None})
at(f"https://x.ac.ir/fa/page/625/{SLUG}", {"number": "625"})
at("https://x.ac.ir/fa/page/3175/آیین-نامه-ارتقای-اعضا", {"number": None})
at(f"https://x.ir/category/news/page/3/{SLUG}", {"number": None})

# -- fix60: chrome of a page stored before its scripts ran ---------------------------------
# respina24.ir/train (Material icon names glued to accordion labels, {{train.price}} slots);
# maorif.tj («img» under the date line).
case(
    "icon-glued-accordion-over-article-pos respina24",
    "text",
    f"expand_moreسؤالات متداول درباره خرید بلیت\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H, "published": DAY},
)
TECH = "user_agent چیست و چه کاربردی در وب دارد"
case("snake-case-word-headline-neg", "text", f"{TECH}\n\n{D}\n\n{BODY}", {"title": TECH})
GLUED = "node_modulesها چرا این همه جا می‌گیرند"
case(
    "english-term-glued-to-persian-headline-neg",
    "text",
    f"{GLUED}\n\n{D}\n\n{BODY}",
    {"title": (GLUED, "WARN")},
)
TWO = "user_agent و http_referer دو سرآیند مهم درخواست‌های وب"
case(
    "two-identifiers-headline-neg",
    "text",
    f"{TWO}\n\n{D}\n\n{BODY}",
    {"title": (TWO, "WARN")},
)
case(
    "image-word-between-headline-and-date-pos maorif",
    "text",
    f"{H}\nimage\n{D}\n\n{BODY}",
    {"title": H, "published": DAY},
)
case(
    "template-slot-over-article-pos",
    "text",
    f"{{{{ article.category }}}}\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H, "published": DAY},
)
SLOT = "آموزش درون‌یابی با {{ name }} در قالب‌های انگولار"
case(
    "template-syntax-in-tutorial-headline-neg",
    "text",
    f"{SLOT}\n\n{D}\n\n{BODY}",
    {"title": (SLOT, "WARN")},
)

# -- fix60: the month archive ---------------------------------------------------------------
# market-center.ir/2017/10/ (WordPress month archive: headlines over excerpts, no dates).
ARCHIVE = "\n\n".join(f"{head}\n\n{lead}" for head, lead in ITEMS) + "\n"
case(
    "month-archive-under-section-pos",
    "text",
    ARCHIVE,
    {"title": "WARN"},
    url="https://x.ir/news/2017/10/",
)
case("month-archive-jalali-pos", "text", ARCHIVE, {"title": "WARN"}, url="https://x.ir/1396/07/")
case(
    "month-archive-second-page-pos",
    "text",
    ARCHIVE,
    {"title": "WARN"},
    url="https://x.ir/2017/10/page/2/",
)
RELATED = "\n\n".join(f"{head}\n\n{lead}" for head, lead in ITEMS[1:]) + "\n"
case(
    "month-path-post-slug-neg",
    "text",
    f"{ITEMS[0][0]}\n\n{BODY}\n{RELATED}",
    {"title": ITEMS[0][0] + "!"},
    url="https://x.ir/2017/10/" + ITEMS[0][0].replace(" ", "-") + "/",
)


if __name__ == "__main__":
    run(cases, check24, ("title", "published", "number", "zone", "twin", "invalid", "time", "day"))
