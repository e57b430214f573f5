"""Eleventh round of attacks: near-misses and other shapes for the 900-919 rules (fix17, fix18).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, eleventh round").
Run: PYTHONPATH=src python benchmarks/attacks11.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts.
"""

from attack_runner import BODY, D, H, collector, field_value, run

cases, case = collector()


# -- Blogger date archive (_article._BLOGGER_ARCHIVE) ------------------------------------------
case(
    "blogger-post-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}",
    {"title": H},
    url="https://example.blogspot.com/2019/10/post-title.html",
)
case(
    "blogger-archive-word-slug-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}",
    {"title": H},
    url="https://example.blogspot.com/2019/10/2019_10_archive-notes.html",
)
case(
    "blogger-day-archive-pos",
    "text",
    f"{H}\n\n{D}\n\n{BODY}",
    {"title": "WARN"},
    url="https://example.blogspot.com/2019_10_28_archive.html",
)
case(
    "blogger-month-archive-pos",
    "text",
    f"{H}\n\n{D}\n\n{BODY}",
    {"title": "WARN"},
    url="https://example.blogspot.com/2019_10_archive.html",
)
# -- journal toolbar words (_vocab.CHROME_PHRASES) ---------------------------------------------
case(
    "print-headline-neg",
    "text",
    f"Print\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H, "published": "2024-03-02"},
)
case(
    "headline-with-print-neg",
    "text",
    f"چاپ سه‌بعدی Print اعضای بدن در ایران\n\n{D}\n\n{BODY}",
    {"title": "چاپ سه‌بعدی Print اعضای بدن در ایران", "published": "2024-03-02"},
)
case(
    "xml-headline-en-neg",
    "text",
    f"XML Print Services\n\n{D}\n\n{BODY}",
    {"title": "XML Print Services", "published": "2024-03-02"},
)
case(
    "toolbar-pos",
    "text",
    f"XML English Abstract Print\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H, "published": "2024-03-02"},
)
case(
    "toolbar-bars-pos",
    "text",
    f"XML | English Abstract | Print\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H, "published": "2024-03-02"},
)
# -- journal issue line (_header._JOURNAL_ISSUE_LINE) ------------------------------------------
case(
    "issue-headline-verb-neg",
    "text",
    f"دوره ۲۲، شماره ۵ مجله منتشر شد\n\n{D}\n\n{BODY}",
    {"title": "دوره ۲۲، شماره ۵ مجله منتشر شد", "published": "2024-03-02"},
)
case(
    "issue-headline-bracket-neg",
    "text",
    f"دوره ۱۴، شماره ۲ (پیاپی ۵۳) فصلنامه مطالعات شهری منتشر شد\n\n{D}\n\n{BODY}",
    {
        "title": "دوره ۱۴، شماره ۲ (پیاپی ۵۳) فصلنامه مطالعات شهری منتشر شد",
        "published": "2024-03-02",
    },
)
case(
    "issue-headline-dash-neg",
    "text",
    f"دوره ۱۴، شماره ۲ - بهار ۱۴۰۲ مجله پژوهش‌های تاریخی روی سایت رفت\n\n{D}\n\n{BODY}",
    {
        "title": "دوره ۱۴، شماره ۲ - بهار ۱۴۰۲ مجله پژوهش‌های تاریخی روی سایت رفت",
        "published": "2024-03-02",
    },
)
case(
    "course-headline-neg",
    "text",
    f"دوره ۱۲ مسابقات قرآن دانش‌آموزان برگزار شد\n\n{D}\n\n{BODY}",
    {"title": "دوره ۱۲ مسابقات قرآن دانش‌آموزان برگزار شد", "published": "2024-03-02"},
)
case(
    "issue-line-pos",
    "text",
    f"دوره ۱۹، شماره ۱۰۰ - ( زمستان ۱۳۹۸ ) | برگشت به فهرست نسخه ها\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H, "published": "2024-03-02"},
)
case(
    "issue-line-bare-pos",
    "text",
    f"دوره ۱۹، شماره ۱۰۰\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H, "published": "2024-03-02"},
)
# -- named item keys (_sources._NAMED_ID_KEYS) -------------------------------------------------
U = "https://journal.example.ac.ir/"
for name, q, num in [
    ("a_id-sid-pos", "browse.php?a_id=6062&sid=1&slc_lang=fa", "6062"),
    ("a_id-id-neg", "browse.php?a_id=5&id=9", None),
    ("newsid-catid-pos", "news.php?newsid=4521&catid=12", "4521"),
    ("articleid-issueid-pos", "view.php?articleid=881&issueid=17", "881"),
    ("postid-replyid-neg", "showthread.php?postid=120&replyid=3350", None),
    ("newsid-commentid-neg", "news.php?newsid=5&commentid=77", None),
    ("newsid-newsid-twice-neg", "news.php?newsid=4521&newsid=4522", None),
]:
    case(name, "text", f"{H}\n\n{D}\n\n{BODY}", {"number": num}, url=U + q)
# -- vBulletin archive thread (_sources._archive_thread) ---------------------------------------
F = "https://www.example-forum.ir/forum/archive/index.php/"
for name, seg, num in [
    ("vb-thread-pos", "t-59540.html", "59540"),
    ("vb-thread-year-neg", "t-2023.html", None),
    ("vb-thread-jyear-neg", "t-1399.html", None),
    ("vb-forum-list-neg", "f-12.html", None),
    ("vb-thread-page-pos", "t-59540-p-2.html", None),
]:
    case(name, "text", f"{H}\n\n{D}\n\n{BODY}", {"number": num}, url=F + seg)
case(
    "vb-not-forum-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}",
    {"number": None},
    url="https://www.example.ir/archive/index.php/t-59540.html",
)
# -- English ordinal days (_patterns._EN_ORDINAL) ----------------------------------------------
case(
    "en-ordinal-pos",
    "text",
    f"{H}\n\n21st April 2010, 10:20 AM\n\n{BODY}",
    {"title": H, "published": "2010-04-21"},
)
case(
    "en-ordinal-bad-suffix-neg",
    "text",
    f"{H}\n\n21th April 2010\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "en-ordinal-score-neg",
    "text",
    f"{H}\n\nتیم ملی در 1st half با گل دوم پیش افتاد و در دقیقه 2nd May نیز\n\n{BODY}",
    {"title": H, "published": None},
)
case(
    "en-ordinal-may-no-year-neg",
    "text",
    f"{H}\n\nمسابقه در 1st May برگزار می‌شود\n\n{BODY}",
    {"title": H, "published": None},
)
# -- glued site dateline «NAME(WEEKDAY/DAY MONTH/YEAR):» (_header.DATELINE) -------------------
case(
    "glued-dateline-pos",
    "text",
    f"{H}\n\nکابل‌نیوز(سه‌شنبه/۱۳میزان/۱۴۰۰): {BODY}",
    {"title": H, "published": "2021-10-05"},
)
case(
    "glued-dateline-spaced-pos",
    "text",
    f"{H}\n\nکابل نیوز (سه‌شنبه ۱۳ میزان ۱۴۰۰): {BODY}",
    {"title": H, "published": "2021-10-05"},
)
case(
    "quote-bracket-weekday-neg",
    "text",
    f"{H}\n\nامام خمینی (یکشنبه ۲۲ بهمن ۱۳۵۷): {BODY}",
    {"title": H, "published": None},
)
case(
    "quote-bracket-weekday-after-header-neg",
    "text",
    f"{H}\n\n{D}\n\nامام خمینی (یکشنبه ۲۲ بهمن ۱۳۵۷): {BODY}",
    {"title": H, "published": "2024-03-02"},
)
case(
    "bracket-weekday-mid-lead-neg",
    "text",
    f"{H}\n\nبه گزارش ما، رئیس شورا (سه‌شنبه ۱۳ میزان ۱۴۰۰): {BODY}",
    {"title": H, "published": None},
)
# -- user name joined by «_» (_article._USER_NAME) ---------------------------------------------
case(
    "username-pos",
    "text",
    f"{H}\n\nنیلوفر_آبی\n\n{D}\n\n{BODY}",
    {"title": H, "published": "2024-03-02"},
)
case(
    "hashtag-headline-neg",
    "text",
    f"زن_زندگی_آزادی\n\n{D}\n\n{BODY}",
    {"title": "WARN_OR_NONE", "published": "2024-03-02"},
)
case(
    "underscore-word-in-headline-neg",
    "text",
    f"فرم نام_خانوادگی در سامانه ثبت‌نام اصلاح شد\n\n{D}\n\n{BODY}",
    {"title": "فرم نام_خانوادگی در سامانه ثبت‌نام اصلاح شد", "published": "2024-03-02"},
)
# -- over-long title printed once (_article HEADLINE_MAX_WORDS) --------------------------------
LONG = (
    "رئیس سازمان برنامه و بودجه در نشست خبری امروز با اشاره به کسری بودجه سال آینده گفت "
    "دولت برای جبران آن اوراق جدید منتشر می‌کند و از بانک مرکزی استقراض نخواهد کرد"
)
case(
    "long-headline-once",
    "text",
    f"{LONG}\n\n{D}\n\n{BODY}",
    {"title": "WARN", "published": "2024-03-02"},
)
case(
    "long-headline-twice-neg",
    "text",
    f"{LONG}\n\n{D}\n\n{LONG}\n\n{BODY}",
    {"title": LONG, "published": "2024-03-02"},
)
case(
    "short-headline-once-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}",
    {"title": H, "published": "2024-03-02"},
)


def check(f, v, a):
    got = field_value(f, a)
    cs = {w.code for w in a.warnings}
    if v == "WARN":  # any value, but warned (or none)
        return got is None or "title-uncertain" in cs, got
    if v == "WARN_OR_NONE":
        return got is None or "title-uncertain" in cs, got
    return got == v, got


run(cases, check, ("title", "published", "number", "two-digit"))
