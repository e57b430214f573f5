"""Fifty-first round of attacks: the rules of fix140 (a headline printed twice over one cut
paragraph is a one-item list; a headline over one paragraph stopping with no mark is doubted),
fix141 (a headline, a date line and a «[…]» excerpt ending the text; a first-line weekday date
over the item's «سرویس :» labels; «سرخط خبرها» giving way to a headline printed again), fix142
(a blog platform's subdomain spelling the blog's name; a Kurdish-spelled name in a headline
ending with a Persian verb; a Finglish slug spelling the line under a summary), fix143 (a
subject word cut from a headline's end; a hard-wrapped mid-sentence line; «برچسب ها - NAME»;
a paged home page's label) and fix144 (``/خبر/<category>/ID/<slug>``; a weekday date right
before «صفحه اصلی ... درباره ما» in a flattened page), each put into a whole page of a kind the
rule was not made on: news agency, university, blog, print view, HTML ``<td>``/``<li>``/
``<time>``, Markdown, Arabic yeh and kaf, Persian and Arabic-Indic digits, ZWNJ present and
missing. Near misses beside them: an article stored as its headline twice with a cut lead and its
own code line, a real article with two related teasers, a short item ending with a closed
quote, a feed item with «[…]» at its own post address, a real press-review headline opening with
«سرخط خبرهای», a real headline ending with «اقتصادی» as a word of its sentence, a kicker sentence
over a headline, a real post at ``/news/<category>/1402/<slug>``, a comments page's ``?paged=2``,
a flattened page whose menu comes far after the item's own weekday date.

Each input's record was decided by hand before the first run (docs/reliability.md, "Attacks,
fifty-first round"; the commit adding this script comes before any run of it). Days by hand:
1 Aban 1402 = 2023-10-23, so 23 Aban 1402 = 2023-11-14 (a Tuesday), 22 Aban 1402 = 2023-11-13;
1 Mehr 1402 = 2023-09-23, so 10 Mehr 1402 = 2023-10-02. Iran kept no summer time from 1402
(+03:30).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks51.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one. The article sentences, headlines and names are ours.
"""

from __future__ import annotations

from urllib.parse import quote

from attack_runner import DATE_ROUND_PREFIXES, collector, either, run, yeh_kaf
from attacks47 import check47

cases, case = collector()


def html(body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def paras(text: str) -> str:
    return "".join(f"<p>{p}</p>" for p in text.strip().split("\n\n"))


# The texts of this round (ours): a university's news item, a water report, a blog post.
UNI = "نخستین همایش ملی آب و کشاورزی در دانشگاه برگزار شد"
UNI_BODY = (
    "به گزارش روابط عمومی دانشگاه، نخستین همایش ملی آب و کشاورزی با حضور استادان و "
    "پژوهشگران بیست دانشگاه کشور در تالار اصلی دانشکده کشاورزی برگزار شد.\n\n"
    "دبیر همایش گفت: بیش از سیصد مقاله به دبیرخانه رسید و هشتاد مقاله برای ارائه در "
    "نشست‌های تخصصی پذیرفته شد.\n"
)
WATER = "ذخایر سدهای استان به کمترین اندازه در ده سال گذشته رسید"
WATER_CUT = (
    "مدیرعامل شرکت آب منطقه‌ای استان گفت: حجم آب پشت سدهای استان نسبت به سال گذشته بیست "
    "درصد کمتر شده و اگر بارش‌های پاییزی دیر برسد کشاورزان"
)
WATER_BODY = (
    "مدیرعامل شرکت آب منطقه‌ای استان گفت: حجم آب پشت سدهای استان نسبت به سال گذشته بیست "
    "درصد کمتر شده و کشاورزان باید در آبیاری باغ‌ها صرفه‌جویی کنند.\n\n"
    "او افزود: برنامه آبیاری نوبتی از هفته آینده در دشت‌های استان اجرا می‌شود.\n"
)
POST_BODY = (
    "دیروز با بچه‌های کلاس به کوه رفتیم و تا نزدیک ظهر در دره‌ای پر از درخت گردو راه "
    "رفتیم و کنار چشمه‌ای ناهار خوردیم که آبش از سرما دست را می‌سوزاند.\n\n"
    "برگشتن سخت‌تر از رفتن بود و تا به شهر رسیدیم هوا تاریک شده بود.\n"
)
DAY = "۲۳ آبان ۱۴۰۲"  # 2023-11-14, a Tuesday

# == fix140: a headline printed twice over one cut paragraph ==================================
# A tag page in HTML: <h1> and <h2> the same headline, one teaser <p> cut inside a sentence.
case(
    "headline-twice-h1-h2-one-cut-teaser-p-html-pos",
    "html",
    html(f"<h1>{WATER}</h1><h2>{WATER}</h2><p>{WATER_CUT}</p>"),
    {"title": "WARN"},
)
# A Markdown tag page in Arabic yeh and kaf: «...» then a read-more link.
case(
    "headline-twice-markdown-dots-read-more-link-arabic-yeh-kaf-pos",
    "text",
    yeh_kaf(
        f"# {WATER}\n\n## {WATER}\n\n{WATER_CUT}...\n\n[ادامه مطلب](https://example.ir/n/88)\n"
    ),
    {"title": "WARN"},
)
# A news agency's stored article: the headline twice, its own code and date lines, the lead
# cut by the scraper (the item's page, no address).
case(
    "stored-article-headline-twice-code-date-lines-cut-lead-neg",
    "text",
    f"{WATER}\n\nکد خبر: ۸۸۲۱۴\n{DAY} - ۰۹:۴۰\n\n{WATER}\n\n{WATER_CUT}\n",
    {"title": WATER, "published": "2023-11-14T09:40:00+03:30"},
)
# A real university article with two related teasers (headline over a cut teaser) under it.
case(
    "article-with-two-related-cut-teasers-university-neg",
    "text",
    f"{UNI}\n{DAY}\n\n{UNI_BODY}\nمطالب مرتبط\n\n"
    "برگزاری کارگاه آبیاری قطره‌ای برای دانشجویان\n\n"
    "کارگاه آموزشی آبیاری قطره‌ای برای دانشجویان کارشناسی از شنبه در مزرعه دانشکده و\n\n"
    "آغاز ثبت‌نام همایش سال آینده\n\n"
    "دبیرخانه همایش اعلام کرد ثبت‌نام برای ارسال مقاله در همایش سال آینده از\n",
    {"title": UNI + "!", "published": "2023-11-14"},
)
# A news agency's item: headline over one paragraph stopping with no mark, Persian digits.
case(
    "headline-over-one-unmarked-paragraph-news-agency-pos",
    "text",
    f"{WATER}\n\nحجم آب پشت سدهای استان به ۴۲ درصد رسید. مدیرعامل شرکت آب منطقه‌ای گفت اگر "
    "بارش‌های پاییزی تا آذر نرسد برنامه جیره‌بندی آب شرب در ۱۲ شهر استان\n",
    {"title": "WARN"},
)
# A short item whose one paragraph ends with a closed quote (the stop inside «»).
case(
    "headline-over-one-paragraph-ending-closed-quote-neg",
    "text",
    f"{WATER}\n\nمدیرعامل شرکت آب منطقه‌ای استان در نشست خبری امروز درباره ذخایر سدها "
    "گفت: «اگر مردم صرفه‌جویی کنند تابستان آینده هم بدون جیره‌بندی می‌گذرد.»\n",
    {"title": WATER + "!"},
)

# == fix141: headline, date line, «[…]» excerpt; a first-line weekday date; «سرخط خبرها» ========
LIST_HEAD = "برگزاری نخستین همایش ملی آب و کشاورزی در تالار اصلی دانشگاه"
EXCERPT = (
    "نخستین همایش ملی آب و کشاورزی با حضور استادان و پژوهشگران بیست دانشگاه کشور در تالار "
    "اصلی دانشکده کشاورزی برگزار شد و دبیر همایش از رسیدن بیش از سیصد مقاله به"
)
# A one-post category page in HTML list items with a <time> element.
case(
    "one-post-list-li-time-bracketed-excerpt-html-pos",
    "html",
    html(
        f"<ul><li><h2><a href='/p/1'>{LIST_HEAD}</a></h2><time>{DAY}</time>"
        f"<p>{EXCERPT} […]</p></li></ul>"
    ),
    {"title": "WARN", "published": None},
)
# A feed item stored at its own post's address (a WordPress permalink with the day and slug).
case(
    "feed-item-bracketed-excerpt-at-its-post-address-neg",
    "text",
    f"{LIST_HEAD}\n{DAY}\n{EXCERPT} […]\n",
    {"title": LIST_HEAD, "published": "2023-11-14"},
    url="https://uni.example.ac.ir/1402/08/23/hamayesh-melli-ab-va-keshavarzi/",
)
PHOTO = "برداشت زعفران در مزارع تربت حیدریه آغاز شد"
PHOTO_BODY = (
    "برداشت زعفران امسال با چند روز تأخیر در مزارع تربت حیدریه آغاز شد و کشاورزان از "
    "سپیده‌دم گل‌ها را می‌چینند.\n\nبه گفته کشاورزان محصول امسال از سال گذشته بیشتر است.\n"
)
# A photo agency in HTML, Arabic yeh and kaf, Arabic-Indic digits: the weekday date in a <div>,
# the item's labels in <li>.
case(
    "photo-weekday-date-div-labels-li-arabic-indic-html-pos",
    "html",
    html(
        yeh_kaf(
            "<div>سه شنبه ٢٣ آبان ١٤٠٢</div><ul><li>سرویس : اجتماعی</li>"
            "<li>عکاس : سارا کریمی</li></ul>"
            f"<h1>{PHOTO}</h1>{paras(PHOTO_BODY)}"
        )
    ),
    {"title": either(PHOTO), "published": "2023-11-14"},
)
# The same shape with the item's own labelled date lower: the label wins.
case(
    "photo-weekday-date-over-labels-item-labelled-date-lower-neg",
    "text",
    f"سه‌شنبه {DAY}\n\nسرویس : اجتماعی\n\nعکاس : سارا کریمی\n\n{PHOTO}\n"
    f"تاریخ انتشار: ۲۲ آبان ۱۴۰۲\n\n{PHOTO_BODY}",
    {"title": PHOTO, "published": "2023-11-13"},
)
# A university site in Markdown: «سرخط خبرها» heading over the headline printed twice.
case(
    "headlines-box-heading-markdown-university-headline-twice-pos",
    "text",
    f"### سرخط خبرها\n\n{UNI}\n\n- کد خبر: ۳۱۲۷\n- {DAY} - ۱۰:۴۷\n\n{UNI}\n"
    "نخستین همایش ملی آب و کشاورزی با حضور استادان و پژوهشگران بیست دانشگاه کشور برگزار شد\n",
    {"title": UNI, "published": "2023-11-14T10:47:00+03:30"},
)
# A real press review whose headline opens with «سرخط خبرهای», printed twice (a print view).
PRESS = "سرخط خبرهای روزنامه‌های استان در روز سه‌شنبه"
case(
    "press-review-headline-opening-with-box-words-printed-twice-neg",
    "text",
    f"{PRESS}\n\n{DAY}\n\n{PRESS}\n\n"
    "روزنامه‌های صبح امروز استان بیشتر به کمبود آب سدها و برداشت زعفران پرداخته‌اند و "
    "چند روزنامه هم گزارش همایش ملی آب و کشاورزی را در صفحه نخست آورده‌اند.\n\n"
    "در صفحه ورزشی روزنامه‌ها نیز پیروزی تیم فوتبال شهر در دیدار خانگی برجسته شده است.\n",
    {"title": PRESS + "!", "published": "2023-11-14"},
)

# == fix142: blog platforms; a Kurdish-spelled name; a Finglish slug ============================
# A blog's name and a city on another platform's subdomain (rozblog), over a post with no title.
case(
    "blog-name-and-city-on-rozblog-subdomain-pos",
    "text",
    f"کوهنوردی همدان\n\n{POST_BODY}",
    {"title": "WARN"},
    url="https://koohnavardi.rozblog.com/post/77",
)
# The same blog's real post title: the blog's word and a verb.
KOOH_HEAD = "کوهنوردی همدان به قله الوند رسید"
case(
    "blog-post-title-with-blog-word-and-verb-neg",
    "text",
    f"{KOOH_HEAD}\n\n{POST_BODY}",
    {"title": KOOH_HEAD + "!"},
    url="https://koohnavardi.blogfa.com/post/78",
)
# A news agency page in Arabic yeh and kaf: a Kurdish-spelled name, a Persian verb ending.
NAME_HEAD = "هێمن ڕەسووڵی رکورد کشوری را شکست"
case(
    "kurdish-spelled-name-persian-verb-arabic-yeh-kaf-agency-neg",
    "text",
    yeh_kaf(
        f"{NAME_HEAD}\n{DAY}\n\nوزنه‌بردار جوان مهابادی در مسابقات قهرمانی کشور رکورد دسته "
        "خود را شکست و مدال طلا گرفت.\n\nمربی او گفت این ورزشکار برای مسابقات آسیایی آماده "
        "می‌شود.\n"
    ),
    {"title": either(NAME_HEAD, sure=True), "published": "2023-11-14"},
)
# A university summary over the headline, ZWNJ missing, the slug in Finglish under /fa/akhbar/.
SUMMARY = (
    "استادان و پژوهشگران بیست دانشگاه کشور در تالار اصلی دانشکده کشاورزی گرد آمدند و "
    "درباره کم آبی و آینده کشاورزی استان گفت و گو کردند"
)
case(
    "summary-over-headline-finglish-slug-university-zwnj-missing-pos",
    "text",
    f"{SUMMARY}\n{UNI}\n\n{UNI_BODY.replace(chr(0x200C), ' ')}",
    {"title": UNI},
    url="https://uni.example.ac.ir/fa/akhbar/nokhostin-hamayesh-melli-ab-va-keshavarzi-dar-daneshgah",
)
# The slug spells the first line (the headline), a kicker-like line under it.
case(
    "finglish-slug-spells-first-line-subtitle-under-it-neg",
    "text",
    f"{UNI}\nبا حضور پژوهشگران بیست دانشگاه کشور\n\n{UNI_BODY}",
    {"title": UNI},
    url="https://uni.example.ac.ir/fa/news/4410/nokhostin-hamayesh-melli-ab-va-keshavarzi",
)

# == fix143: a subject word cut; a wrapped line; «برچسب ها - NAME»; a paged home page ============
ECON = "طرح تازه استان برای رونق فعالیت‌های اقتصادی"
case(
    "headline-ending-with-eqtesadi-as-its-word-arabic-yeh-template-neg",
    "text",
    f"پايگاه خبري استان\n\nآخرين مطالب\n\n{ECON}\n\n  بزرگنمايي:\n\n{WATER_BODY}",
    {"title": ECON + "!"},
)
# A news agency in Markdown: the section word in Arabic yeh after a Persian-yeh headline.
case(
    "section-tail-arabic-yeh-after-headline-markdown-agency-pos",
    "text",
    f"آخرين اخبار\n\n## {WATER} سياسي\n\n{DAY}\n\n{WATER_BODY}",
    {"title": WATER, "published": "2023-11-14"},
)
# A kicker sentence ending with no mark over the headline (an agency's روتیتر).
case(
    "kicker-sentence-no-mark-over-headline-neg",
    "text",
    f"مدیرعامل شرکت آب منطقه‌ای خبر داد\n{WATER}\n{DAY}\n\n{WATER_BODY}",
    {"title": WATER, "published": "2023-11-14"},
)
# A university newsletter's print view hard-wrapped mid-sentence, no headline.
case(
    "hard-wrapped-newsletter-print-view-no-headline-pos",
    "text",
    "در این هفته دانشکده کشاورزی میزبان نخستین همایش ملی آب و کشاورزی بود و\n\n"
    "استادان بیست دانشگاه کشور در آن شرکت کردند. دبیر همایش گفت بیش از سیصد\n\n"
    "مقاله به دبیرخانه رسید و هشتاد مقاله برای ارائه پذیرفته شد که بیشتر آنها\n\n"
    "درباره آبیاری و کم آبی دشت های استان است و نتیجه آن به زودی منتشر می شود.\n",
    {"title": "WARN"},
)
# A tag page in HTML, ZWNJ present: «برچسب‌ها - NAME» in an <h1> over one teaser.
case(
    "tag-label-dash-name-h1-zwnj-one-teaser-html-pos",
    "html",
    html(
        "<h1>برچسب‌ها - همایش ملی آب و کشاورزی</h1>"
        f"<ul><li><a href='/n/1'>{UNI}</a><p>{EXCERPT}...</p><span>{DAY}</span></li></ul>"
    ),
    {"title": "WARN"},
)
# A university's paged news home (/page/3/): a block label over one item.
case(
    "paged-university-home-block-label-pos",
    "text",
    f"اخبار دانشکده\n\n{UNI}\n\nنخستین همایش ملی آب و کشاورزی با حضور استادان بیست "
    "دانشگاه کشور در تالار اصلی دانشکده کشاورزی برگزار شد.\n",
    {"title": "WARN"},
    url="https://uni.example.ac.ir/page/3/",
)
# An article's comments page two (?paged=2 on the item's own address).
case(
    "article-comments-paged-2-on-item-address-neg",
    "text",
    f"{UNI}\n{DAY}\n\n{UNI_BODY}",
    {"title": UNI + "!", "published": "2023-11-14"},
    url="https://uni.example.ac.ir/news/4410/hamayesh?paged=2",
)

# == fix144: /خبر/<category>/ID/<slug>; a banner before the menu =============================
case(
    "khabar-category-id-slug-university-pos",
    "text",
    f"{UNI}\n{DAY}\n\n{UNI_BODY}",
    {"number": "4410"},
    url="https://uni.example.ac.ir/"
    + "/".join(quote(s) for s in ("خبر", "اخبار-دانشکده-کشاورزی", "4410", "همایش-ملی-آب")),
)
case(
    "news-category-year-slug-real-post-neg",
    "text",
    f"{UNI}\n{DAY}\n\n{UNI_BODY}",
    {"number": None},
    url="https://uni.example.ac.ir/news/akhbar-daneshkadeh/1402/hamayesh-melli-ab",
)
UNI_FLAT = UNI_BODY.replace("\n", " ")
# A flattened university page in Arabic yeh and kaf with Persian digits: the banner day before
# the menu, the item's own labelled day further on.
case(
    "flattened-banner-before-menu-arabic-yeh-kaf-university-pos",
    "text",
    yeh_kaf(
        f"دانشگاه نمونه سه‌شنبه {DAY} صفحه اصلی اخبار آموزش پژوهش درباره ما تماس با ما "
        f"{UNI} تاریخ انتشار: ۱۰ مهر ۱۴۰۲ {UNI_FLAT}"
    ),
    {"title": (*either(UNI), "WARN"), "published": "2023-10-02"},
)
# A flattened page whose only day (with a weekday) is the item's, the menu far after at the foot.
case(
    "flattened-item-weekday-date-menu-at-foot-neg",
    "text",
    f"{UNI} سه‌شنبه {DAY} {UNI_FLAT} صفحه اصلی اخبار درباره ما تماس با ما",
    {"published": "2023-11-14"},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
