"""Twenty-first round of attacks: fix46's, fix47's and fix48's rules (a news group's rubric
glued before a headline, a date line, a lone separator line and a time line read as one, the
IRIB radio news page's «n», WordPress's «/date/» archives; a forum member's join date, a Tajik
page's day-first order and a headline glued to such a date, Cyrillic counters; a reworded
second heading, a chosen line run into its summary cut at the slug's end, keyword lines and
three list shapes doubted text alone).

Each input's record was decided by hand first (docs/reliability.md, "Attacks, twenty-first
round"). Run: PYTHONPATH=src python benchmarks/attacks21.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are near misses a real
page prints where a rule must not fire; «-pos» inputs are shapes where it must. A title
ending «!» must come without a doubt; "WARN" is a title kept and doubted, or none. A
«published» value with a «T» is compared to the minute.
"""

from attack_runner import BODY, ITEMS, D, H, check, collector, run

cases, case = collector()


DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲»
PAGE = f"{H}\n\n{D}\n\n{BODY}"
TIGHT = BODY.replace("\n\n", "\n")  # the body not double-spaced
SCHEDULE = "ایستگاه ورزش شنبه تا چهارشنبه از ساعت 19:30 به مدت 30 دقیقه"
LEAD = (
    "نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد و در آن درباره "
    "بودجه سال آینده گفت‌وگو شد."
)


def radio(headline_line, block="1402/12/12\n|\n18:24\n|"):
    """radiojavan.ir's layout (fix46's page 1080): the programme's schedule line, the
    headline line, the lead, the date and time spans one a line, the body."""
    return f"{SCHEDULE}\n\n{headline_line}\n\n{LEAD}\n\n{block}\n\n{TIGHT}"


# -- 1. a news group's rubric glued before the headline ---------------------------------------
# radiojavan.ir «خبرهای داغ ورزشی HEADLINE»; pgnews.ir prints «خانه اخبار ویژه استان جدید در
# جنوب کشور تشکیل میشود؟» (its breadcrumb, the rubric and the headline on one line; search
# corpus «pages», https://www.pgnews.ir/یک-استان-جدید-در-جنوب-کشور-تشکیل-میشو/).
for rubric in ("اخبار فوری", "خبرهای برگزیده سیاسی", "خبرهای ویژه اقتصادی"):
    case(f"rubric-glued-pos {rubric}", "text", radio(f"{rubric} {H}"), {"title": H})
case(
    "rubric-after-home-crumb-pos",
    "text",
    radio("خانه اخبار ویژه استان جدید در جنوب کشور تشکیل می‌شود؟"),
    {"title": "استان جدید در جنوب کشور تشکیل می‌شود؟"},
)
# A headline whose subject is the rubric's words: nothing to cut.
for headline in (
    "اخبار ویژه شبکه خبر امشب ساعت ۲۲ پخش می‌شود",
    "خبرهای فوری زلزله را از کدام کانال دنبال کنیم؟",
    "اخبار برگزیده هفته نامزد جایزه روزنامه‌نگاری شدند",
    "خبرهای داغ ورزشی هفته گذشته کدام بودند؟",
):
    case(f"rubric-words-subject-neg {headline[:25]}", "text", radio(headline), {"title": headline})
# The page's <title> or slug says which: the headline after the rubric (fix46's page 1081
# prints «رادیو جوان | HEADLINE» as its <title>), or the whole line as the headline.
SUBJECT = "اخبار ویژه شبکه خبر امشب ساعت ۲۲ پخش می‌شود"


def radio_html(headline_line, title_tag):
    return (
        f"<html><head><title>رادیو جوان | {title_tag}</title></head><body>"
        f"<p>{SCHEDULE}</p><h2>{headline_line}</h2><p>{LEAD}</p>"
        f"<p>{TIGHT.replace(chr(10), ' ')}</p></body></html>"
    )


case("rubric-title-tag-pos", "html", radio_html(f"اخبار ویژه {H}", H), {"title": H + "!"})
case("rubric-title-tag-subject-neg", "html", radio_html(SUBJECT, SUBJECT), {"title": SUBJECT + "!"})
case(
    "rubric-slug-pos",
    "text",
    radio(f"اخبار ویژه {H}"),
    {"title": H + "!"},
    url="https://news.example.ir/news/48213/شورای-شهر-بودجه-سال-آینده-را-بررسی-کرد",
)
case(
    "rubric-slug-subject-neg",
    "text",
    radio(SUBJECT),
    {"title": SUBJECT + "!"},
    url="https://news.example.ir/news/48213/اخبار-ویژه-شبکه-خبر-امشب-پخش-می-شود",
)
# The pgnews.ir line in its own layout (breadcrumb, rubric, headline; date; body).
case(
    "rubric-after-home-crumb-own-layout-pos",
    "text",
    f"خانه اخبار ویژه استان جدید در جنوب کشور تشکیل می‌شود؟\n\n{D}\n\n{BODY}",
    {"title": "استان جدید در جنوب کشور تشکیل می‌شود؟"},
)
# The rubric alone on its own line over the headline: the headline (an older rule's shape).
case("rubric-own-line-neg", "text", radio(f"اخبار ویژه\n{H}"), {"title": H})

# -- 2. a date line, a lone separator line and a time line ------------------------------------
for block, name in (
    ("1402/12/12\n|\n18:24\n|", "ascii"),
    ("۱۴۰۲/۱۲/۱۲\n-\n۱۸:۲۴", "persian-dash"),
    ("۱۲ اسفند ۱۴۰۲\n|\n۱۸:۲۴", "month-name"),
    ("1402/12/12\n•\n18:24", "bullet"),
):
    case(f"date-sep-time-pos {name}", "text", radio(H, block), {"published": f"{DAY}T18:24"})
# A live clock (with seconds) after the separator: no article's time.
case(
    "date-sep-live-clock-neg",
    "text",
    radio(H, "1402/12/12\n|\n21:16:42\n|"),
    {"published": DAY},
)
# A video's length «45:12» after the separator: no time.
case("date-sep-video-length-neg", "text", radio(H, "1402/12/12\n|\n45:12"), {"published": DAY})
# A masthead's day stamp, separator and clock over the article, the article's own date line
# under its headline (eghtesadmosbat.ir prints «امروز : پنج شنبه - ۲۰ اردیبهشت - ۱۴۰۳»).
case(
    "masthead-date-sep-clock-neg",
    "text",
    f"شنبه ۱۹ اسفند ۱۴۰۲\n|\n۰۹:۴۱\n\n{H}\n\n{D}\n\n{TIGHT}",
    {"published": DAY, "title": H},
)
# An event's date, a separator and its hour under a label after the body.
case(
    "event-date-sep-time-neg",
    "text",
    f"{H}\n\n{D}\n\n{TIGHT}\nزمان برگزاری:\n۱۴۰۲/۱۲/۱۹\n|\n۱۷:۰۰\n",
    {"published": DAY},
)
# The date line already holds its time: the time after the separator is another's.
case(
    "dated-timed-sep-time-neg",
    "text",
    radio(H, "1402/12/12 08:15\n|\n18:24"),
    {"published": f"{DAY}T08:15"},
)

# -- 3. the IRIB radio stations' news page ----------------------------------------------------
for url, name in (
    ("https://radiojavan.ir/NewsDetails?n=240968&m=034136", "fields-swapped"),
    ("https://radiojavan.ir/newsdetails?m=034136&n=240968", "lower-case"),
    ("https://radiojavan.ir/NewsDetails?m=034136&n=240968#comments", "fragment"),
    ("http://radiogoftogoo.ir/NewsDetails/?m=178698&n=588739", "slash"),
):
    case(f"radio-news-id-pos {name}", "text", radio(H), {"number": url.split("n=")[1][:6]}, url=url)
# The same query on the station's news list: no item's ID.
case(
    "radio-news-list-neg",
    "text",
    radio(H),
    {"number": None},
    url="https://radiojavan.ir/NewsList?m=034136&n=240968",
)
# An ID printed on the page wins over the address's (the page names its own item).
case(
    "radio-printed-id-neg",
    "text",
    radio(H).replace(LEAD, f"کد خبر: 48213\n\n{LEAD}"),
    {"number": "48213"},
    url="https://radiojavan.ir/NewsDetails?m=034136&n=240968",
)

# -- 4. WordPress's date archive front --------------------------------------------------------
TEASER = f"{H}\n\n{LEAD}\n\nادامه مطلب\n"
for url in (
    "http://news.example.ir/date/2019/08/",
    "http://news.example.ir/fa/date/1402/12",
    "http://news.example.ir/date/1402/",
):
    case(
        f"date-archive-pos {url[23:]}",
        "text",
        TEASER,
        {"title": "WARN", "published": None},
        url=url,
    )
# A post's address under the date front: an article.
case(
    "date-front-post-id-neg",
    "text",
    PAGE,
    {"title": H + "!", "published": DAY},
    url="http://news.example.ir/date/1402/12/12/شورای-شهر-بودجه",
)
# «date» as a word of a shop's category (the fruit) without a date after it: an article.
case(
    "date-category-word-neg",
    "text",
    PAGE,
    {"title": H + "!", "published": DAY},
    url="https://shop.example.ir/product-category/date/medjool-dates/",
)

# -- 5. a forum member's join date -----------------------------------------------------------
# parsiniak.rozfa.com's author panel «ارسالها : 150» / «عضويت: 19 /3 /1392» (search corpus
# «pages», http://parsiniak.rozfa.com/Forum/Catgory/2/Post/522); the post's own date above.
POST = (
    "تالار گفتمان شهر ما\n\nپاسخ: {h}\n\nارسال شده در: ۱۸ مرداد ۱۳۹۷ ۱۰:۱۵\n\n"
    "نویسنده پیام\nking آفلاین\nارسالها : 150\n{joined}\nمحل زندگی: تهران\n\n" + BODY
)
POST_DAY = "2018-08-09"
for joined in (
    "تاریخ عضویت: سه شنبه ۲۵ دی ۱۳۹۱",  # phpBB's Persian panel, a weekday before the day
    "Joined: 2013-01-15",
    "عضو شده در: ۱۳۹۲/۰۳/۱۹",
    "تاریخ عضویت\n۱۳۹۲/۰۳/۱۹",  # label and value one a line (a dl)
):
    case(
        f"join-date-under-post-date-pos {joined[:14]}",
        "text",
        POST.format(h=H, joined=joined),
        {"published": POST_DAY},
    )
# The join date alone (the post prints none): no publication date.
ALONE = "نویسنده پیام\nking آفلاین\nارسالها : 150\n{joined}\nمحل زندگی: تهران\n\n" + BODY
for joined in (
    "ارسالها: 150 | تاریخ عضویت: ۱۳۹۲/۰۳/۱۹ | اعتبار: 0",  # a postbit row on one line
    "Member since 19.03.2013",
    "Join Date: Mar 2013",  # vBulletin's month and year
    "عضویت : ۱۹ / ۳ / ۱۳۹۲",
):
    case(
        f"join-date-alone-pos {joined[:16]}",
        "text",
        ALONE.format(joined=joined),
        {"published": None},
    )
# Articles ABOUT membership: their own date lines stand (k-kj.ir prints «بخشنامه حق عضویت
# تمدید پروانه سالانه کارشناسان 1401 و 1402», search corpus «pages»).
case(
    "membership-headline-date-neg",
    "text",
    f"عضویت\n\nبخشنامه حق عضویت کارشناسان رسمی ابلاغ شد\n\n{D}\n\n{BODY}",
    {"published": DAY},
)
case(
    "membership-headline-over-date-neg",
    "text",
    f"عضویت ایران در سازمان همکاری شانگهای\n{D}\n\n{BODY}",
    {"published": DAY, "title": "عضویت ایران در سازمان همکاری شانگهای"},
)
case(
    "membership-published-label-neg",
    "text",
    f"{H}\n\nتاریخ انتشار عضویت: {D}\n\n{BODY}",
    {"published": DAY},
)

# -- 6. a Tajik page's day-first order --------------------------------------------------------
TJ_HEAD = "НАҚШИ ҲУНАРҲОИ МАРДУМӢ ДАР МАКТАБ"
TJ_LEAD = (
    "Дар маркази эҷодиёти наврасони шаҳр имсол се маҳфили нави ҳунарҳои мардумӣ кушода шуд, "
    "ки дар онҳо зиёда аз шаст нафар наврас кулолгарӣ ва гулдӯзиро меомӯзанд."
)
# khovar.tj's dateline «ДУШАНБЕ, 01.05.2023 /АМИТ «Ховар»/.» (search corpus «pages»,
# https://khovar.tj/2023/05/tanini-ob-dar-sheri-buzurgon-...), sadoimardum.tj «№ 29.07.2022».
case(
    "tajik-dateline-pos",
    "text",
    f"{TJ_HEAD}\n\nДУШАНБЕ, 09.05.2023 /АМИТ «Ховар»/. {TJ_LEAD}\n",
    {"published": "2023-05-09"},
)
case(
    "tajik-issue-line-pos",
    "text",
    f"{TJ_HEAD}\n\n№ 09.05.2022\n\n{TJ_LEAD}\n",
    {"published": "2022-05-09"},
)
case(
    "tajik-glued-space-pos",
    "text",
    f"{TJ_HEAD} 05.09.2023\n\n{TJ_LEAD}\n",
    {"published": "2023-09-05", "title": TJ_HEAD},
)
# A Latin date whose order a day past 12 settles, on a .tj page: read.
case(
    "tj-day-first-settled-neg",
    "text",
    f"{TJ_HEAD}\n\n19.05.2023\n\n{TJ_LEAD}\n",
    {"published": "2023-05-19"},
    url="https://example.tj/news/123-slug.html",
)
# A Persian page quoting a Tajik sentence: its order is not known.
case(
    "persian-page-tajik-quote-neg",
    "text",
    f"{H}\n\n09.05.2023\n\n{LEAD} شاعر تاجیک در پایان گفت: «Ман аз ҳамаи дӯстони эронӣ "
    "ташаккур мегӯям ва ҳунари мардумӣ ҳамеша зинда мемонад.»\n",
    {"published": None},
)
# A Russian (not Tajik) page: no Tajik letters, no Tajik order.
case(
    "russian-page-neg",
    "text",
    "НОВАЯ БИБЛИОТЕКА ОТКРЫЛАСЬ В ЦЕНТРЕ ГОРОДА\n\n09.05.2023\n\nВ центре города открылась "
    "новая библиотека, в которой собрано более десяти тысяч книг для детей и взрослых.\n",
    {"published": None},
)
# An ISO day on a Tajik page: year first, no ambiguity.
case(
    "tajik-iso-neg", "text", f"{TJ_HEAD}\n\n2023-05-09\n\n{TJ_LEAD}\n", {"published": "2023-05-09"}
)
# A headline ending with a year range (no date): the headline whole.
case(
    "tajik-headline-year-range-neg",
    "text",
    f"НАҚШАИ РУШДИ МАКТАБҲО БАРОИ СОЛҲОИ 2023-2025\n\n{TJ_LEAD}\n",
    {"title": "НАҚШАИ РУШДИ МАКТАБҲО БАРОИ СОЛҲОИ 2023-2025"},
)

# -- 7. Cyrillic counters --------------------------------------------------------------------
case(
    "cyrillic-counters-one-line-pos",
    "text",
    f"Просмотров: 12 | Комментариев: 0\n\n{TJ_HEAD}\n\n{TJ_LEAD}\n",
    {"title": TJ_HEAD},
)
case(
    "cyrillic-counter-spaced-thousands-pos",
    "text",
    f"Просмотров: 1 204\n\n{TJ_HEAD}\n\n{TJ_LEAD}\n",
    {"title": TJ_HEAD},
)

# -- 8. a reworded second heading ---------------------------------------------------------------
# A kicker restating the headline's words over it, no mark at its end: the headline (the
# larger print under it) or the kicker; here both name the same story, so the headline.
case(
    "kicker-sharing-words-neg",
    "text",
    f"بررسی بودجه سال آینده در نشست شورای شهر\n{H}\n\n{D}\n\n{BODY}",
    {"title": "NOT " + "بررسی بودجه سال آینده در نشست شورای شهر"},
)

# -- 9. a chosen line run into its summary, cut at the slug's end ----------------------------
GLUED = "دستورالعمل ثبت نام مدارس غیردولتیثبت نام مدارس غیر دولتی برای سال تحصیلی آینده اعلام شد"
case(
    "glued-summary-slug-pos",
    "text",
    GLUED,
    {"title": "دستورالعمل ثبت نام مدارس غیردولتی"},
    url="https://school.example.ir/1403/05/12/دستورالعمل-ثبت-نام-مدارس-غیردولتی",
)
# A slug leaving out a plural's «های» (written joined after «و»): the headline is whole.
for headline, slug in (
    ("افزایش قیمت خودروهای وارداتی از هفته آینده", "افزایش-قیمت-خودرو"),
    ("ثبت نام دانشجویان ورودی جدید دانشگاه آغاز شد", "ثبت-نام-دانشجو"),
):
    case(
        f"slug-drops-suffix-neg {slug}",
        "text",
        f"{headline}\n\n{D}\n\n{BODY}",
        {"title": headline + "!"},
        url=f"https://news.example.ir/news/48213/{slug}",
    )
    case(
        f"slug-drops-suffix-alone-neg {slug}",
        "text",
        f"{headline}\n",
        {"title": headline},
        url=f"https://news.example.ir/news/48213/{slug}",
    )

# -- 10. keyword lines -----------------------------------------------------------------------
PRICES = "قیمت دلار، قیمت یورو، قیمت سکه و قیمت طلای ۱۸ عیار در بازار امروز تهران"
case(
    "repeated-word-headline-body-neg", "text", f"{PRICES}\n\n{D}\n\n{BODY}", {"title": PRICES + "!"}
)
case("repeated-word-headline-date-only-neg", "text", f"{PRICES}\n\n{D}\n", {"title": PRICES})
case(
    "tag-line-alone-pos",
    "text",
    "قیمت دلار قیمت طلا قیمت سکه بازار ارز بازار طلا بازار سکه امروز تهران نرخ ارز نرخ طلا",
    {"title": "WARN"},
)

# -- 11. three list shapes doubted text alone --------------------------------------------------
LIST_READ_MORE = "\n\n".join(f"{h}\n\n{p} …\n\n{h} ادامه خبر »" for h, p in ITEMS) + "\n"
case("read-more-names-pos", "text", LIST_READ_MORE, {"title": "WARN"})
# A headline of a common length: its read-more line is as long as a paragraph.
case(
    "read-more-long-headline-pos",
    "text",
    f"{ITEMS[0][0]}\n\n{ITEMS[0][1]}\n\n{ITEMS[0][0]} ادامه مطلب »\n",
    {"title": "WARN"},
)
case(
    "read-more-more-button-pos",
    "text",
    f"{ITEMS[0][0]}\n\n{ITEMS[0][1]} …\n\n{ITEMS[0][0]} بیشتر بخوانید\n",
    {"title": "WARN"},
)
# An article whose last line invites to read on about the same subject («... ادامه دارد»).
case(
    "article-series-goes-on-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}\n{H} - ادامه دارد\n",
    {"title": H + "!"},
)
# A lead ending with «...» (the writer's own trail), printed in a summary box and the body.
TRAIL = (
    "شورای شهر امروز بودجه سال آینده را بررسی کرد و قرار شد جزئیات آن پس از نشست بعدی اعلام شود..."
)
case(
    "lead-trailing-dots-twice-neg",
    "text",
    f"{H}\n\n{D}\n\n{TRAIL}\n{TRAIL}\n\n{BODY}",
    {"title": H + "!"},
)
# A real article with two short sections after its headline, each a subheading over one
# paragraph restating it, ending the text.
case(
    "article-two-restated-sections-neg",
    "text",
    f"{H}\n{LEAD}\n\nبودجه عمرانی شهر افزایش یافت\nبودجه عمرانی شهر در لایحه سال آینده "
    "بیست درصد افزایش یافت.\n",
    {"title": H + "!"},
)
case(
    "article-lead-short-paragraphs-neg",
    "text",
    f"{H}\n\n{D}\n\nنشست شورا دو ساعت طول کشید.\n\nبررسی بودجه ادامه دارد.\n",
    {"title": H + "!"},
)


if __name__ == "__main__":
    run(cases, check, ("title", "published", "number", "zone", "twin", "invalid", "time", "day"))
