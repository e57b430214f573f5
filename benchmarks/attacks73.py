"""Seventy-third round of attacks: the rules merged last session that no attack round has tried.
fix235 (a ``LABEL: VALUE`` field line giving way to a headline-shaped line, Blogfa's bulleted
signature and a page of signed posts as a list, a dated lead under a stopped headline), fix236
(a served-day footer stamp ``SERVED_DAY_MIN_DAYS`` or more days after an address date path, an
empty name label before its date, ``نمایش جزئیات``), fix237 (a breadcrumb run ``صفحه نخست اخبار
...``, a broken sentence over a ``و`` line, a ``(( ... ))`` headline over its lead), fix238 (a
document date label without its colon) and real67 (Dari words, ``پورتال`` after a title bar, a
calendar weekday row, a code with mixed digit scripts), each put into a whole page of a kind it
was not made on, at the edges of its conditions, and two rules' shapes on one page. 25 inputs:
16 positives, 9 near misses (``-neg``), where the new rules must not fire.

No fix is made for this round (docs/reliability.md, "Attacks, seventy-third round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand (jdatetime): 18 Azar 1402 = 2023-12-09 (a Saturday);
17 Dey 1402 = 2024-01-07 (a Sunday, 29 days later); 18 Dey 1402 = 2024-01-08 (a Monday, 30
days later); 19 Dey 1402 = 2024-01-09 (a Tuesday, 31 days later).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks73.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one; «code»/«nocode» a warning code wanted or not wanted. The article sentences,
headlines and names are ours; each case names the test whose shape it follows.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    arabic_digits,
    collector,
    crlf,
    double_spaced,
    html,
    no_zwnj,
    paras,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()

DAY = "۱۸ آذر ۱۴۰۲"  # 2023-12-09, a Saturday
LIB = "ساعت کار کتابخانه مرکزی دانشگاه در ایام امتحانات تا نیمه شب تمدید شد"
LIB_BODY = (
    "معاونت فرهنگی دانشگاه اعلام کرد که سالن های مطالعه کتابخانه مرکزی در ایام امتحانات "
    "پایان ترم تا ساعت دوازده شب باز می مانند و دانشجویان با کارت دانشجویی وارد می شوند.\n\n"
    "سرویس رفت و آمد خوابگاه ها نیز در این روزها تا یک ساعت پس از بسته شدن کتابخانه کار می کند.\n"
)
BREAD = "نان محلی روستای ابیانه در بازارچه شهر عرضه می شود"
BREAD_BODY = (
    "زنان روستای ابیانه از این هفته نان های محلی خود را در بازارچه صنایع دستی شهر عرضه "
    "می کنند و درآمد آن به صندوق محلی روستا می رود.\n\n"
    "به گفته دهیار، پخت این نان ها با آرد گندم بومی و در تنورهای قدیمی انجام می شود.\n"
)
SEED = "افزایش حاصلات گندم دهاقین ولایت بلخ در سال جاری"
SEED_BODY = (
    "ریاست زراعت ولایت بلخ گفت که حاصلات گندم دهاقین این ولایت امسال نسبت به سال گذشته "
    "بیشتر شده و بیشتر دهاقین از تخم اصلاح شده استفاده کرده اند.\n\n"
    "این ریاست افزود که ذخیره گاه های تازه برای نگهداری گندم در سه ولسوالی ساخته می شود.\n"
)


def page(*head: str, body: str) -> str:
    return "\n\n".join(head) + "\n\n" + body


# == fix236: a served-day footer stamp after an address date path ================================
PATH_URL = "https://ketabkhane-example.ac.ir/1402/09/18/saat-kar/"
# A university's WordPress page at a date path, its footer clock «دوشنبه ۱۸ دی ۱۴۰۲» the last
# line, 30 days later (SERVED_DAY_MIN_DAYS, the edge): the path's day, warned.
case(
    "uni-served-day-footer-30-days-threshold-pos",
    "text",
    page(LIB, body=LIB_BODY) + "\nدوشنبه ۱۸ دی ۱۴۰۲\n",
    {"title": LIB, "published": "2023-12-09", "code": "published-from-url"},
    url=PATH_URL,
)
# The same in HTML, the clock in a <footer>, Arabic-Indic digits, 31 days later.
case(
    "uni-html-footer-served-day-arabic-indic-pos",
    "html",
    html(
        f"<h1>{LIB}</h1>" + paras(LIB_BODY) + arabic_digits("<footer>سه شنبه ۱۹ دی ۱۴۰۲</footer>")
    ),
    {"title": LIB, "published": "2023-12-09"},
    url=PATH_URL,
)
# -- near miss: 29 days later, one short of the threshold: the rule leaves the stamp; the
# address's day is still the page's publication (a clock is never the publication).
case(
    "uni-served-day-footer-29-days-neg",
    "text",
    page(LIB, body=LIB_BODY) + "\nیکشنبه ۱۷ دی ۱۴۰۲\n",
    {"title": LIB, "published": "2023-12-09"},
    url=PATH_URL,
)
# -- near miss: a real, labelled update stamp at the page's end (no today clock): the path's
# day published, the stamp the update.
case(
    "uni-labelled-update-stamp-at-end-neg",
    "text",
    page(LIB, body=LIB_BODY) + "\nآخرین ویرایش: دوشنبه ۱۸ دی ۱۴۰۲\n",
    {"title": LIB, "published": "2023-12-09", "updated": "2024-01-08"},
    url=PATH_URL,
)

# == fix236: an empty name label before its date =================================================
# A forum's post footer, CRLF, its writer field blank: the post's day.
case(
    "forum-crlf-empty-writer-label-before-date-pos",
    "text",
    crlf(page(BREAD, body=BREAD_BODY) + "\nنویسنده : ; ساعت ۹:۴۰ ب.ظ روز ۱۴۰۲/۹/۱۸\n"),
    {"title": BREAD, "published": "2023-12-09"},
)
# -- near miss: an empty «منبع :» label (a source, not a writer) before a date that is an
# event's deadline inside the text: no publication.
case(
    "shop-empty-source-label-event-date-neg",
    "text",
    page(BREAD, body=BREAD_BODY) + "\nمنبع : ; مهلت ثبت نام غرفه ها ۱۴۰۲/۹/۱۸\n",
    {"title": BREAD, "published": None},
)

# == fix235: Blogfa's bulleted signature; a list of signed posts ================================
SIG = "+ نوشته شده در  شنبه ۱۸ آذر ۱۴۰۲ساعت ۱۰:۲۰  توسط مریم"
# One Blogfa post with its bulleted signature, no ZWNJ: the post's title and day.
case(
    "blog-no-zwnj-one-signed-post-pos",
    "text",
    no_zwnj(f"دفتر نان\n\n{BREAD}\n\n{BREAD_BODY}\n{SIG}\n"),
    {"title": BREAD, "published": "2023-12-09"},
    url="http://daftarnan.blogfa.com/post/31",
)
# A shop magazine's page of three signed posts: a list, no title.
THREE = (
    f"مجله نان\n\n{BREAD}\n\n{BREAD_BODY}\n{SIG}\n\n"
    "نان سنگک خانگی\n\nخمیر سنگک را باید شل تر از نان های دیگر گرفت و روی ریگ داغ پخت.\n"
    "+ نوشته شده در  جمعه ۱۷ آذر ۱۴۰۲ساعت ۲۱:۰۰  توسط مریم\n\n"
    "نان جو برای صبحانه\n\nآرد جو را با کمی آرد گندم مخلوط کنید تا خمیر بهتر ور بیاید.\n"
    "+ نوشته شده در  پنجشنبه ۱۶ آذر ۱۴۰۲ساعت ۰۸:۱۵  توسط مریم\n"
)
case(
    "shop-three-signed-posts-list-pos",
    "text",
    THREE,
    {"title": "WARN"},
)
# -- near miss: one post quoting another blog's signature inside its text: one post, its title
# and its own day (the quoted signature is the second one, inside a quote line).
case(
    "blog-one-post-quoting-a-signature-neg",
    "text",
    f"دفتر نان\n\n{BREAD}\n\n{BREAD_BODY}\nدوستی در وبلاگش زیر همین نان نوشته بود:\n"
    "«+ نوشته شده در  جمعه ۱۰ آذر ۱۴۰۲ساعت ۲۱:۰۰  توسط نسرین»\n\n"
    f"{SIG}\n",
    {"title": BREAD, "published": "2023-12-09"},
)

# == fix235: a field line giving way to a headline ===============================================
# A ministry's notice in HTML <td>s: the headline over «محل برگزاری: تالار شهید بهشتی»: the headline.
MEET = "نشست هم اندیشی مدیران آب استان های خشک برگزار می شود"
MEET_BODY = (
    "وزارت نیرو اعلام کرد که نشست هم اندیشی مدیران آب استان های خشک با حضور کارشناسان "
    "دانشگاه ها برای بررسی راه های کاهش مصرف آب کشاورزی برگزار می شود.\n"
)
case(
    "ministry-html-td-headline-over-place-field-pos",
    "html",
    html(
        f"<table><tr><td>{MEET}</td></tr><tr><td>محل برگزاری: تالار شهید بهشتی</td></tr>"
        f"<tr><td>{DAY}</td></tr></table>" + paras(MEET_BODY)
    ),
    {"title": MEET, "published": "2023-12-09"},
)
# -- near miss: a real headline that opens with a field word and a colon («مهلت: ...», nine
# words with a verb at its end): the headline, never taken for a field.
DEADLINE = "مهلت: ثبت نام وام ازدواج تا پایان آذر تمدید شد"
case(
    "agency-headline-opening-with-field-word-neg",
    "text",
    page(DEADLINE, DAY, body=MEET_BODY),
    {"title": DEADLINE, "published": "2023-12-09"},
)

# == fix237: a breadcrumb run; a bracketed headline; a broken sentence ===========================
# A provincial site's text, the breadcrumb run at the top with two tail words (the edge).
case(
    "provincial-home-run-two-tail-words-pos",
    "text",
    page("صفحه نخست اخبار استان کاشان", BREAD, DAY, body=BREAD_BODY),
    {"title": BREAD, "published": "2023-12-09"},
)
# -- near miss: a headline that opens with «صفحه نخست» (a newspaper's front page) and goes on:
# the headline.
FRONT = "صفحه نخست روزنامه های امروز به گرانی نان اختصاص یافت"
case(
    "agency-headline-opening-with-home-words-neg",
    "text",
    page(FRONT, DAY, body=BREAD_BODY),
    {"title": FRONT, "published": "2023-12-09"},
)
# A forum's bracketed headline «(( ... ))» over a lead repeating most of its words, double-spaced.
case(
    "forum-double-spaced-bracketed-headline-over-lead-pos",
    "text",
    double_spaced(
        f"(( {BREAD} )).",
        "به گزارش خبرنگار ما " + BREAD + " و درآمد آن به صندوق روستا می رود.",
        DAY,
        *BREAD_BODY.strip().split("\n\n"),
    ),
    # The title as printed, brackets and stop kept (tests/pages 2287's golden keeps them):
    # expected record changed to the corpus convention by the lead's decision (fix241); it
    # was the headline without them.
    {"title": f"(( {BREAD} )).", "published": "2023-12-09"},
)

# == fix238: a document date label without its colon =============================================
# An Afghan ministry's circular, Arabic yeh and kaf: «تاریخ بخشنامه ۱۴۰۲/۰۹/۱۸» with no colon.
case(
    "dari-yeh-kaf-circular-date-no-colon-pos",
    "text",
    yeh_kaf("تاریخ بخشنامه ۱۴۰۲/۰۹/۱۸\n\nموضوع: توزیع تخم اصلاح شده برای دهاقین\n\n" + SEED_BODY),
    {"published": None, "code": "published-conflict"},
)
# -- near miss: the page's own «تاریخ انتشار» over the circular's label without colon: the page's.
case(
    "ministry-publication-label-over-circular-no-colon-neg",
    "text",
    f"تاریخ انتشار : {DAY}\n\nتاریخ بخشنامه ۱۴۰۰/۰۳/۱۱\n\n" + MEET_BODY,
    {"published": "2023-12-09", "nocode": "published-conflict"},
)

# == real67: Dari words and the clock; پورتال; a weekday row; mixed digits ======================
# An Afghan Dari site (not .af) with حاصلات and دهاقین and a time: Kabul's clock.
case(
    "dari-site-harvest-words-kabul-clock-pos",
    "text",
    page(SEED, "۱۸ قوس ۱۴۰۲ ساعت ۱۰:۲۰", body=SEED_BODY),
    {"title": SEED, "published": "2023-12-09T10:20:00+04:30"},
    url="https://bakhtar-example.com/news/5512",
)
# -- near miss: an Iranian agency's page about Afghanistan using the same words, an Iranian
# month name: Tehran's clock.
case(
    "iran-agency-about-afghan-harvest-tehran-clock-neg",
    "text",
    page(SEED, f"{DAY} - ۱۰:۲۰", body=SEED_BODY),
    {"title": SEED, "published": "2023-12-09T10:20:00+03:30"},
    url="https://www.khabar-example.ir/news/5512",
)
# A university's HTML page, <title> «HEADLINE | پورتال دانشگاه ...», a calendar's weekday row
# in a <td> above the headline: the headline, the row never the title.
case(
    "uni-html-portal-title-calendar-row-pos",
    "html",
    "<html><head><title>" + LIB + " | پورتال دانشگاه صنعتی</title></head><body>"
    "<table><tr><td>ش | ی | د | س | چ | پ | ج</td></tr></table>"
    f"<p>{LIB}</p><p>{DAY}</p>" + paras(LIB_BODY) + "</body></html>",
    {"title": LIB, "published": "2023-12-09"},
)
# A news code with mixed digit scripts «کد خبر: ۴۵۸۸12»: number-invalid, no number.
case(
    "agency-mixed-digit-news-code-pos",
    "text",
    page(BREAD, f"{DAY}\nکد خبر: ۴۵۸۸12", body=BREAD_BODY),
    {"title": BREAD, "number": None, "code": "number-invalid"},
)
# -- near miss: a code wholly in Persian digits: the number.
case(
    "agency-persian-digit-news-code-neg",
    "text",
    page(BREAD, f"{DAY}\nکد خبر: ۴۵۸۸۱۲", body=BREAD_BODY),
    {"title": BREAD, "number": "458812", "nocode": "number-invalid"},
)

# == fix236: «نمایش جزئیات»; fix237: a broken sentence; fix238: a short question ================
# A shop magazine in Markdown, a «[نمایش جزئیات](...)» link over the headline: the headline.
case(
    "shop-markdown-show-details-link-over-headline-pos",
    "text",
    f"[نمایش جزئیات](/p/12)\n\n## {BREAD}\n\n{DAY}\n\n{BREAD_BODY}",
    {"title": BREAD, "published": "2023-12-09"},
)
# A blog's post opening with a sentence broken over three lines, the last opening with «و»,
# no headline: no line of it as the title.
case(
    "blog-broken-sentence-over-va-line-pos",
    "text",
    "امروز صبح زود با مادربزرگ به تنور قدیمی روستا رفتیم تا نان محلی\n"
    "را همان طور که سال ها پیش می پختند ببینیم و از نزدیک با خمیر\n"
    "و آرد گندم بومی و آتش هیزم آشنا شویم.\n\n" + BREAD_BODY,
    {"title": "WARN"},
)
# A stopped headline over a three-word question (QUESTION_SUBTITLE_MIN_WORDS, the edge), its
# date under it: the headline is the page's; doubt is allowed.
STOPPED = "کرایه قطارهای مسافری از اول دی ده درصد گران می شود."
case(
    "agency-stopped-headline-three-word-question-pos",
    "text",
    f"{STOPPED}\nبلیت هواپیما چطور؟\n{DAY}\n\n{MEET_BODY}",
    {"title": (STOPPED, STOPPED.rstrip(".")), "published": "2023-12-09"},
)

# == two rules on one page =======================================================================
# A Blogfa post signed with the bulleted signature at a date path whose footer clock is 31
# days later: the signature's day, the clock set aside.
case(
    "blog-signature-and-served-day-two-rules-pos",
    "text",
    f"دفتر نان\n\n{BREAD}\n\n{BREAD_BODY}\n{SIG}\n\nسه شنبه ۱۹ دی ۱۴۰۲\n",
    {"title": BREAD, "published": "2023-12-09"},
    url="https://daftarnan-example.ir/1402/09/18/nan-abyaneh/",
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
