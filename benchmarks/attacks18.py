"""Eighteenth round of attacks: the afternoon's rules (fix31, fix33, fix34).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, eighteenth
round"). Run: PYTHONPATH=src python benchmarks/attacks18.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are near misses a real
page prints where a rule must not fire; «-pos» inputs are shapes where it must. ``time`` is
the published clock «HH:MM», or ``None`` for a date printed without its time.
"""

from attack_runner import BODY, D, H, collector, field_value, run, title_warned

cases, case = collector()


DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲»
PAGE = f"{H}\n\n{D}\n\n{BODY}"
P_BODY = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))


def html(head_title, body):
    return f"<html><head><title>{head_title}</title></head><body>{body}</body></html>"


# -- 1. a link to the site's home page gives the site's name (fix31) ----------------------
URL = "https://www.example.ir/news/48213/slug"
case(
    "home-link-h1-pos",
    "html",
    html(H, f'<h1><a href="/">پایگاه خبری نمونه</a></h1><div><h2>{H}</h2><p>{D}</p>{P_BODY}</div>'),
    {"title": H},
    url=URL,
)
case(
    "home-link-absolute-pos",
    "html",
    html(
        H,
        f'<div class="logo"><h1><a href="https://www.example.ir/">پایگاه خبری نمونه</a></h1></div>'
        f"<h2>{H}</h2><p>{D}</p>{P_BODY}",
    ),
    {"title": H},
    url=URL,
)
case(
    "headline-links-to-itself-neg",
    "html",
    html(
        "پایگاه خبری نمونه",
        f'<h1><a href="/news/48213/slug">{H}</a></h1><p>{D}</p>{P_BODY}',
    ),
    {"title": H + "!"},
    url=URL,
)
case(
    "headline-links-index-php-article-neg",
    "html",
    html(
        "پایگاه خبری نمونه",
        f'<h1><a href="/index.php?option=com_content&amp;view=article&amp;id=5">{H}</a></h1>'
        f"<p>{D}</p>{P_BODY}",
    ),
    {"title": H + "!"},
    url="https://www.example.ir/index.php?option=com_content&view=article&id=5",
)
case(
    "home-link-section-breadcrumb-neg",
    "html",
    html(
        f"{H} - پایگاه خبری نمونه",
        f'<div class="crumbs"><a href="/">خانه</a> / <a href="/politics">سیاسی</a></div>'
        f"<h1>{H}</h1><p>{D}</p>{P_BODY}",
    ),
    {"title": H + "!"},
    url=URL,
)
case(
    "headline-links-other-site-home-neg",
    "html",
    html(
        "پایگاه خبری نمونه",
        f'<h1><a href="https://www.other.ir/">{H}</a></h1><p>{D}</p>{P_BODY}',
    ),
    {"title": H},
    url=URL,
)

# -- 2. a first line bidding the reader, ended by a period (fix31) ------------------------
for name, line in (
    ("imperative-no-period-neg", "این کتاب را بخوانید"),
    ("bayazid-period-neg", "سفری به آرامگاه شیخ بایزید."),
    ("bazdid-period-neg", "وزیر از نمایشگاه کتاب بازدید."),
):
    case(name, "text", f"{line}\n\n{D}\n\n{BODY}", {"title": line + "!"})
case(
    "imperative-headline-period-neg",
    "text",
    f"این کتاب را بخوانید.\n\n{D}\n\n{BODY}",
    {"title": "WARN"},
)
case(
    "invitation-pos",
    "text",
    f"خلاصه مهم‌ترین خبرهای امروز را اینجا بخوانید.\n\n{BODY}",
    {"title": "WARN"},
)
case(
    "invitation-zwnj-pos",
    "text",
    f"گزارش کامل این نشست را در ادامه ببینید.\n\n{BODY}",
    {"title": "WARN"},
)

# -- 3. a line ending one sentence inside it and going on into the next (fix31) -----------
WR1 = "این صفحه برای راهنمایی کاربران تازه‌وارد ساخته شده است. پیش از ارسال پرسش"
WR2 = "لطفاً قوانین انجمن را بخوانید و در بخش مناسب پرسش خود را بنویسید."
case("wrapped-pos", "text", f"{WR1}\n{WR2}\n\n{BODY}", {"title": "WARN"})
TWO = "رئیس‌جمهور: مذاکرات ادامه دارد. تحریم‌ها باید بدون هیچ شرطی لغو شوند"
case("two-sentence-headline-blank-neg", "text", f"{TWO}\n\n{D}\n\n{BODY}", {"title": TWO + "!"})
case(
    "two-sentence-headline-over-date-neg",
    "text",
    f"{TWO}\n{D}\n\n{BODY}",
    {"title": TWO + "!"},
)
INITIAL = "دکتر م. رضایی از پژوهشگاه علوم انسانی کتاب تازه‌ای درباره شعر معاصر منتشر کرد"
case("initial-period-neg", "text", f"{INITIAL}\n{D}\n\n{BODY}", {"title": INITIAL + "!"})

# -- 4. a <title> line repeated in a sidebar is the blog's name (fix31) -------------------
case(
    "title-in-most-viewed-neg",
    "html",
    html(
        H,
        f"<div>وبلاگ نمونه</div><h2>{H}</h2><p>{D}</p>{P_BODY}"
        f"<aside><h3>پربازدیدترین‌ها</h3><ul><li><a href='/p/1'>{H}</a></li>"
        "<li><a href='/p/2'>ثبت‌نام دانش‌آموزان پایه اول آغاز شد</a></li></ul></aside>",
    ),
    {"title": H + "!"},
    url="https://blog.example.ir/post/1",
)
case(
    "blog-name-in-sidebar-pos",
    "html",
    html(
        "وبلاگ یادداشت‌های یک معلم",
        f"<div>وبلاگ یادداشت‌های یک معلم</div><h2>{H}</h2><p>{D}</p>{P_BODY}"
        "<aside><h3>درباره</h3><p>وبلاگ یادداشت‌های یک معلم</p></aside>",
    ),
    {"title": H},
    url="https://blog.example.ir/post/1",
)

# -- 5. an Iranian month with its Afghan twin (fix31) --------------------------------------
for name, line, day in (
    ("twin-glued-pos", "۲۳ بهمن(دلو)۱۴۰۰", "2022-02-12"),
    ("twin-spaced-pos", "۲۳ بهمن (دلو) ۱۴۰۰", "2022-02-12"),
    ("twin-mehr-pos", "۱۰ مهر (میزان) ۱۴۰۲", "2023-10-02"),
    ("twin-gregorian-after-pos", "۲۳ بهمن(دلو)۱۴۰۰-۲۰۲۲/۲/۱۲", "2022-02-12"),
    ("twin-afghan-first-pos", "۲۳ دلو (بهمن) ۱۴۰۰", "2022-02-12"),
    ("twin-wrong-month-neg", "۲۳ بهمن(حوت)۱۴۰۰", None),
):
    case(name, "text", f"{H}\n\n{line}\n\n{BODY}", {"published": day})

# -- 6. forum thread IDs and key=value path IDs (fix33) ------------------------------------
for name, url, number in (
    ("vb-showthread-pos", "http://forum.example.ir/showthread.php?t=23301", "23301"),
    ("vb-thread-page-pos", "http://forum.example.ir/showthread.php?t=23301&page=3", "23301"),
    ("vbseo-thread-pos", "http://forum.example.ir/f12/thread50948.html", "50948"),
    ("key-value-pos", "https://www.example.ir/1403-06-14/news=1509455", "1509455"),
    ("t-timestamp-neg", "https://www.example.ir/live/stream.php?t=1699999999", None),
    ("t-seconds-video-neg", "https://www.example.ir/video/watch.php?v=abc12&t=120", None),
    ("t-search-list-neg", "http://forum.example.ir/search.php?t=5", None),
    ("key-value-page-neg", "https://www.example.ir/archive/page=3", None),
    ("key-value-year-neg", "https://www.example.ir/archive/news=2024", None),
    ("key-value-size-neg", "https://www.example.ir/gallery/size=1200", None),
):
    case(name, "text", PAGE, {"number": number}, url=url)

# -- 7. a Jalali date path part as published when the page prints none (fix33) ------------
for name, url, day in (
    ("path-day-pos", "https://www.example.ir/1403-06-14/news=1509455", "2024-09-04"),
    ("path-day-compact-pos", "https://www.example.ir/14030614/item-12", "2024-09-04"),
):
    case(name, "text", f"{H}\n\n{BODY}", {"published": day}, url=url)
case(
    "path-day-page-prints-own-neg",
    "text",
    PAGE,
    {"published": DAY},
    url="https://www.example.ir/1403-06-14/news=1509455",
)
case(
    "path-event-day-page-prints-own-neg",
    "text",
    f"{H}\n\nتاریخ انتشار: {D}\n\nزمان برگزاری: ۲۰ اسفند ۱۴۰۲\n\n{BODY}",
    {"published": DAY},
    url="https://www.example.ir/events/1402-12-20/concert",
)
case(
    "path-day-only-deadline-printed-neg",
    "text",
    f"{H}\n\nمهلت ثبت‌نام: ۲۰ شهریور ۱۴۰۳\n\n{BODY}",
    {"published": "2024-09-04"},
    url="https://www.example.ir/1403-06-14/news=1509455",
)

# -- 8. «بامداد» hours 00-11 (fix33) ------------------------------------------------------
for name, line, time in (
    ("bamdad-pos", f"{D} ساعت ۰۸:۱۵ بامداد", "08:15"),
    ("bamdad-one-digit-pos", f"{D} ساعت ۲ بامداد", "02:00"),
    ("bamdad-afternoon-neg", f"{D} ساعت ۱۴:۰۰ بامداد", None),
):
    case(name, "text", f"{H}\n\n{line}\n\n{BODY}", {"published": DAY, "time": time})

# -- 9. deadline and event labels never published (fix34) ---------------------------------
for name, line in (
    ("deadline-pos", "مهلت ثبت‌نام: ۲۰ اسفند ۱۴۰۲"),
    ("event-time-pos", "زمان برگزاری: ۲۰ اسفند ۱۴۰۲"),
    ("start-registration-pos", "تاریخ شروع ثبت نام: ۲۰ اسفند ۱۴۰۲"),
    ("last-deadline-pos", "آخرین مهلت ثبت‌نام: ۲۰ اسفند ۱۴۰۲"),
    ("deadline-until-pos", "مهلت ارسال مقالات تا: ۲۰ اسفند ۱۴۰۲"),
    ("exam-date-pos", "تاریخ آزمون: ۲۰ اسفند ۱۴۰۲"),
):
    case(name, "text", f"{H}\n\n{line}\n\n{BODY}", {"published": None})
HD = "مهلت ثبت‌نام کنکور سراسری تا پایان هفته تمدید شد"
case(
    "deadline-headline-own-date-neg",
    "text",
    f"{HD}\n\n{D}\n\n{BODY}",
    {"title": HD + "!", "published": DAY},
)
case(
    "deadline-headline-labelled-date-neg",
    "text",
    f"{HD}\n\nتاریخ انتشار: {D}\n\n{BODY}",
    {"title": HD + "!", "published": DAY},
)
case(
    "publication-time-label-neg",
    "text",
    f"{H}\n\nزمان انتشار: {D}\n\n{BODY}",
    {"published": DAY},
)
case(
    "deadline-under-publication-neg",
    "text",
    f"{H}\n\nتاریخ انتشار: {D}\nمهلت ثبت‌نام: ۲۰ اسفند ۱۴۰۲\n\n{BODY}",
    {"published": DAY},
)

# -- 10. a «ساعت:» line right above a labelled date-only line (fix34) ----------------------
case(
    "time-above-pos",
    "text",
    f"{H}\n\nساعت: ۱۰:۳۰\nتاریخ انتشار: {D}\n\n{BODY}",
    {"published": DAY, "time": "10:30"},
)
case(
    "time-above-bare-pos",
    "text",
    f"{H}\n\nساعت ۱۰:۳۰\nتاریخ انتشار: {D}\n\n{BODY}",
    {"published": DAY, "time": "10:30"},
)
case(
    "event-time-above-neg",
    "text",
    f"{H}\n\nزمان برگزاری: ۲۰ اسفند ۱۴۰۲\nساعت: ۱۸:۰۰\nتاریخ انتشار: {D}\n\n{BODY}",
    {"published": DAY, "time": None},
)
case(
    "event-hour-label-above-neg",
    "text",
    f"{H}\n\nمکان: تالار وحدت\nساعت: ۱۸:۰۰\nتاریخ انتشار: {D}\n\n{BODY}",
    {"published": DAY, "time": None},
)

# -- 11. «HEADLINE – خبرگزاری NAME | slogan» (fix34) ---------------------------------------
for name, line in (
    ("agency-slogan-pos", f"{H} – خبرگزاری نمونه | اخبار ایران و جهان"),
    ("agency-slogan-hyphen-pos", f"{H} - خبرگزاری نمونه | اخبار ایران و جهان | Sample News"),
):
    case(name, "text", f"{line}\n\n{D}\n\n{BODY}", {"title": H})
for name, line in (
    ("agency-quoted-neg", "وزیر: «سهم رسانه‌ها – خبرگزاری‌ها و روزنامه‌ها – باید بیشتر شود»"),
    ("agency-subject-neg", "حمله سایبری به سایت خبرگزاری فارس – گزارش تصویری"),
    ("agency-headline-first-neg", "خبرگزاری ایرنا ۹۰ ساله شد – جشن در تهران"),
):
    case(name, "text", f"{line}\n\n{D}\n\n{BODY}", {"title": line + "!"})

# -- 12. wiki page-title chrome (fix34) -----------------------------------------------------
for name, line, title in (
    ("wiki-diff-pos", "مسجد جامع یزد: تفاوت میان نسخه‌ها", "مسجد جامع یزد"),
    ("wiki-talk-pos", "بحث:مسجد جامع یزد", "مسجد جامع یزد"),
    ("wiki-diff-headline-neg", "تفاوت میان نسخه‌ها در قرآن‌های خطی بررسی شد", None),
    ("wiki-talk-spaced-neg", "بحث: بودجه سال آینده در مجلس", None),
    ("wiki-history-headline-neg", "تاریخچهٔ خط آهن تهران-تبریز منتشر شد", None),
):
    expect = title if title is not None else line + "!"
    case(name, "text", f"{line}\n\n{D}\n\n{BODY}", {"title": expect})

# -- 13. a four-digit year followed by a month name starts a twin (fix34) ------------------
for name, line, day in (
    ("twin-year-month-pos", "شنبه ۱۹ تیر ۱۴۰۰-2021 July 10", "2021-07-10"),
    ("twin-year-month-esfand-pos", "۱۲ اسفند ۱۴۰۲-2024 March 2", DAY),
    ("range-month-neg", f"{D}\n\nآمار سال‌های ۱۴۰۱-۱۴۰۲ فروردین تا اسفند", DAY),
):
    case(name, "text", f"{H}\n\n{line}\n\n{BODY}", {"published": day})
case(
    "range-alone-neg",
    "text",
    f"{H}\n\nگزارش ۱۴۰۱-۱۴۰۲ فروردین\n\n{BODY}",
    {"published": None},
)


def check(f, v, a):
    cs = {w.code for w in a.warnings}
    if f == "time":
        p = a.published
        got = p.gregorian.strftime("%H:%M") if p is not None and p.has_time else None
        return got == v, got
    got = field_value(f, a)
    warned_title = title_warned(cs)
    if v == "WARN":  # kept and warned, or none
        return got is None or warned_title, got
    if isinstance(v, str) and v.endswith("!") and f == "title":  # no false alarm
        return got == v[:-1] and not warned_title, got
    return got == v, got


if __name__ == "__main__":
    run(cases, check, ("title", "published", "number", "zone", "twin", "invalid"))
