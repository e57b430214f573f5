"""Fifty-fourth round of attacks: the rules of fix152 (html2text's indented list items as one
Markdown mark; Afghan Dari words keeping Kabul's clock; a colon-less «نویسنده» alone on a
double-spaced page taking the line under it), fix153 (labelled fields after a spaced « / »; a
tag pair « | » under a headline; a «دبیرخانه»/«روابط عمومی» unit over the body; an
announcement lead «SPEAKER از ... خبر داد» under the headline it restates; the address IDs
``/story/ID-slug``, ``/SECTION/ID-alias.html``, ``/pages/view/pageid/ID``, ``NAME.php?NAME_id=``)
and the lead's f59380a (a lone line of more than 20 dashes is no table rule), each put into a
whole page of a kind the rule was not made on: news agency, university, blog, print view, HTML
``<td>``/``<li>``/``<time>``, Markdown, Arabic yeh and kaf, Persian and Arabic-Indic digits,
ZWNJ present and missing. Near misses beside them: an Iranian agency's report on Afghanistan
quoting «وزارت امور داخله افغانستان» and «پوهنتون کابل», an Iranian review of an Afghan book,
Dari words only deep in a page, a real plain text with indented bullets, an empty «نویسنده»
label over the headline, a headline with « / » and a colon in a quote, a headline whose half
after « | » is long, a headline opening with «روابط عمومی», a headline that is itself an
announcement, a listicle at ``/story/10-...``, a ``?user_id=5`` profile page.

Each input's record was decided by hand before the first run (docs/reliability.md, "Attacks,
fifty-fourth round"; the commit adding this script comes before any run of it). Days by hand:
16 Azar 1401 = 2022-12-07 (a Wednesday; Iran +03:30 outside summer, Kabul +04:30 always);
12 Dey 1402 = 2024-01-02 (a Tuesday; Iran kept no summer time from 1402, +03:30).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks54.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one. The article sentences, headlines and names are ours.
"""

from __future__ import annotations

from attack_runner import (
    DATE_ROUND_PREFIXES,
    arabic_digits,
    collector,
    html,
    no_zwnj,
    num,
    paras,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()


KABUL = "2022-12-07T10:20+04:30"
TEHRAN = "2022-12-07T10:20+03:30"
AZAR = "۱۴۰۱/۹/۱۶ - ۱۰:۲۰"
DAY = "۱۲ دی ۱۴۰۲"  # 2024-01-02
STAMP = "۱۲ دی ۱۴۰۲، ۰۹:۱۵"  # 2024-01-02T09:15+03:30

# == fix152: Afghan Dari words keep Kabul's clock ===============================================
# An Afghan agency's HTML page: <h1>, the date in a <time> element's text (no attribute), Dari
# words «پوهنتون», «چوکات», «به حیث», «منسوبین» in the headline, the lead and the paragraphs.
AF_HEAD = "استادان پوهنتون کابل در چوکات برنامه تازه آموزش می‌بینند"
AF_BODY = (
    "دور تازه آموزش استادان پوهنتون کابل در چوکات برنامه‌های وزارت تحصیلات عالی آغاز شد و "
    "شصت استاد در آن اشتراک کرده‌اند.\n\n"
    "رئیس پوهنتون گفت که استادان پس از ختم این دوره به حیث مربی در ولایات کار خواهند کرد.\n\n"
    "منسوبین اداری پوهنتون نیز در دور دوم این برنامه شامل خواهند شد.\n"
)
case(
    "af-agency-html-time-element-dari-words-pos",
    "html",
    html(f"<h1>{AF_HEAD}</h1><time>{AZAR}</time>" + paras(AF_BODY)),
    {"title": AF_HEAD, "published": KABUL},
)
# The same as a text with Arabic yeh and kaf and Arabic-Indic digits.
case(
    "af-text-yeh-kaf-arabic-digits-dari-words-pos",
    "text",
    yeh_kaf(arabic_digits(f"{AF_HEAD}\n\n{AZAR}\n\n{AF_BODY}")),
    {"title": yeh_kaf(AF_HEAD), "published": KABUL},
)
# A municipal blog post in Markdown, ZWNJ missing: «شاروالی» and «روزنامچه».
KM_HEAD = "شاروالی کابل روزنامچه کار پاک‌کاری جاده‌ها را نشر کرد"
KM_BODY = (
    "شاروالی کابل امروز روزنامچه کار کارگران پاک‌کاری را برای هفته آینده نشر کرد و در آن "
    "ساحه کار هر گروه روشن شده است.\n\n"
    "به گفته سخنگوی شاروالی، این روزنامچه هر هفته در صفحه رسمی اداره نشر می‌شود.\n\n"
    "باشندگان شهر می‌توانند شکایت‌های خود را از راه شماره تماس اداره ثبت کنند.\n"
)
case(
    "af-markdown-blog-no-zwnj-sharwali-roznamcha-pos",
    "text",
    no_zwnj(f"# {KM_HEAD}\n\n**{AZAR}**\n\n{KM_BODY}"),
    {"title": no_zwnj(KM_HEAD), "published": KABUL},
)
# -- near misses ------------------------------------------------------------------------------
# An Iranian agency's report ON Afghanistan quoting the ministry's and the university's names:
# the page is Tehran's (its agency's lead «به گزارش ایرنا»).
IR_HEAD = "هیئت ایرانی با مسئولان وزارت امور داخله افغانستان دیدار کرد"
IR_BODY = (
    "به گزارش ایرنا، هیئت ایرانی در سفر به کابل با معاون «وزارت امور داخله افغانستان» درباره "
    "تردد مرزی و وضعیت مهاجران گفت‌وگو کرد.\n\n"
    "این هیئت همچنین از «پوهنتون کابل» دیدن کرد و با استادان آن درباره پذیرش دانشجویان "
    "افغانستانی در دانشگاه‌های ایران رایزنی کرد.\n\n"
    "سفیر ایران در کابل گفت این دیدارها در ماه آینده ادامه خواهد یافت.\n"
)
case(
    "ir-agency-report-on-afghanistan-quoting-two-dari-names-neg",
    "text",
    f"{IR_HEAD}\n\n{AZAR}\n\n{IR_BODY}",
    {"title": IR_HEAD, "published": TEHRAN},
)
# An Iranian literary blog reviewing an Afghan writer's book «روزنامچه‌های کابل», the writer
# a teacher at «پوهنتون کابل»: Tehran's page.
REVIEW_HEAD = "نگاهی به کتاب روزنامچه‌های کابل"
REVIEW_BODY = (
    "کتاب «روزنامچه‌های کابل» یادداشت‌های روزانه نویسنده‌ای است که سال‌ها در «پوهنتون کابل» "
    "درس داده و اکنون در مشهد زندگی می‌کند.\n\n"
    "نثر کتاب ساده است و خواننده ایرانی با چند واژه افغانستانی آن زود آشنا می‌شود.\n\n"
    "نشر نیلوفر این کتاب را در تهران منتشر کرده است.\n"
)
case(
    "ir-blog-review-of-afghan-book-two-dari-words-neg",
    "text",
    f"{REVIEW_HEAD}\n\n{AZAR}\n\n{REVIEW_BODY}",
    {"title": REVIEW_HEAD, "published": TEHRAN},
)
# An Iranian page whose Dari words come only in its sixth paragraph (a quoted Afghan letter).
DEEP = (
    "به گزارش روابط عمومی استانداری، نشست ستاد ساماندهی اتباع خارجی در استانداری برگزار شد.\n\n"
    "معاون استاندار گفت: ثبت نام اتباع برای کارت تردد تا پایان ماه ادامه دارد.\n\n"
    "او افزود: مدارس استان امسال پذیرای دانش‌آموزان اتباع هستند.\n\n"
    "در این نشست گزارش اداره کل اتباع نیز ارائه شد.\n\n"
    "مدیرکل اتباع استان گفت: سامانه نوبت‌دهی از هفته آینده فعال می‌شود.\n\n"
    "در نامه‌ای که خوانده شد آمده بود: منسوبین قنسولگری به حیث ناظر در چوکات این برنامه "
    "اشتراک می‌کنند.\n"
)
DEEP_HEAD = "نشست ستاد ساماندهی اتباع خارجی در استانداری برگزار شد"
case(
    "ir-page-dari-words-only-in-sixth-paragraph-neg",
    "text",
    f"{DEEP_HEAD}\n\n{AZAR}\n\n{DEEP}",
    {"title": DEEP_HEAD, "published": TEHRAN},
)

# == fix152: html2text's indented list items =====================================================
UNI = "دانشجویان دانشگاه در جشنواره ملی نوآوری سه جایزه گرفتند"
UNI_BODY = (
    "به گزارش خبرنگار ما، سه گروه دانشجویی دانشگاه در جشنواره ملی نوآوری که در تهران برگزار "
    "شد برای طرح‌های خود در زمینه انرژی خورشیدی و بازیافت آب جایزه گرفتند.\n\n"
    "معاون پژوهشی دانشگاه گفت: این گروه‌ها از دو سال پیش در مرکز رشد دانشگاه کار می‌کنند و "
    "طرح‌هایشان برای تولید آماده می‌شود.\n"
)
# A university page through html2text: its menu as indented items, a bold date label.
case(
    "uni-html2text-menu-items-bold-date-label-pos",
    "text",
    f"  * خانه\n  * اخبار دانشگاه\n  * تماس با ما\n\n{UNI}\n\n**تاریخ:** {DAY}\n\n{UNI_BODY}",
    {"title": UNI, "published": "2024-01-02"},
)
# A news agency's page through html2text: tags as indented items at the end, a link line.
case(
    "agency-html2text-tag-items-link-pos",
    "text",
    f"[خانه](/) » [دانشگاه](/uni)\n\n{UNI}\n\n{STAMP}\n\n{UNI_BODY}\n  * جشنواره\n  * نوآوری\n",
    {"title": UNI, "published": "2024-01-02T09:15+03:30"},
)
# -- near misses ------------------------------------------------------------------------------
# A real plain notice listing its documents as indented bullets; its headline holds a hashtag
# with underscores (Markdown would take them for emphasis).
TAG_HEAD = "پویش #نه_به_اسراف_آب در مدارس شهر آغاز شد"
case(
    "plain-notice-indented-bullets-underscore-hashtag-headline-neg",
    "text",
    f"{TAG_HEAD}\n{DAY}\n\nمدارس شهر از امروز پویش صرفه‌جویی در مصرف آب را با برنامه‌های "
    "آموزشی برای دانش‌آموزان آغاز کردند و مدیران آن را تا پایان سال ادامه می‌دهند.\n\n"
    "مدارس برای شرکت باید این مدارک را بفرستند:\n  * فهرست دانش_آموزان عضو\n"
    "  * برنامه هفتگی مدرسه\n",
    {"title": TAG_HEAD, "published": "2024-01-02"},
)
# A mailing-list digest in plain text: a 30-dash line under the headline, indented bullets.
DIGEST_HEAD = "خبرنامه هفتگی انجمن کتابداران استان"
case(
    "plain-digest-30-dash-line-indented-bullets-neg",
    "text",
    f"{DIGEST_HEAD}\n{'-' * 30}\n{DAY}\n\nانجمن کتابداران استان در هفته گذشته سه نشست "
    "آموزشی برای کتابداران کتابخانه‌های عمومی برگزار کرد و برنامه ماه آینده را اعلام کرد.\n\n"
    "  * نشست فهرست‌نویسی\n  * کارگاه کتابخوانی کودکان\n" + "-" * 30 + "\n",
    {"title": DIGEST_HEAD, "published": "2024-01-02"},
)
# Real Markdown with a 25-dash thematic break under its heading: still Markdown, «#» gone.
case(
    "markdown-heading-25-dash-break-pos",
    "text",
    f"# {UNI}\n\n{'-' * 25}\n\n*{DAY}*\n\n{UNI_BODY}",
    {"title": UNI, "published": "2024-01-02"},
)

# == fix152: a colon-less author label alone on a double-spaced page ============================
POST = "یک روز در بازار قدیم شهر با کاسبان کهنه‌کار"
POST_BODY = (
    "صبح زود به بازار قدیم رفتم؛ هنوز بیشتر دکان‌ها بسته بودند و تنها نانوایی سر گذر باز بود "
    "و بوی نان تازه همه راسته را پر کرده بود.\n\n"
    "پیرمرد مسگر که پنجاه سال است در همین حجره کار می‌کند گفت بازار دیگر رونق قدیم را ندارد.\n"
)
# A blog, double-spaced: the blog's name, «نویسنده» over the author's name, the post title.
case(
    "blog-double-spaced-author-label-over-name-then-title-pos",
    "text",
    f"وبلاگ سفرنامه\n\nنویسنده\n\nمریم کاظمی\n\n{POST}\n\n{DAY}\n\n{POST_BODY}",
    {"title": POST, "nottitle": "مریم کاظمی", "published": "2024-01-02"},
)
# -- near miss: a print view whose CMS printed the label with no name: the headline under it.
case(
    "print-view-empty-author-label-over-headline-neg",
    "text",
    f"نویسنده\n\n{POST}\n\n{DAY}\n\n{POST_BODY}",
    {"title": POST, "published": "2024-01-02"},
)

# == fix153: labelled fields after a spaced slash ===============================================
WATER = "لوله‌گذاری تازه آب شرب در محله‌های جنوبی شهر به پایان رسید"
WATER_BODY = (
    "مدیرعامل شرکت آب و فاضلاب شهر گفت: لوله‌گذاری تازه آب شرب در شش محله جنوبی با هزینه‌ای "
    "نزدیک به دویست میلیارد ریال به پایان رسید و افت فشار آب در ساعت‌های پرمصرف برطرف می‌شود.\n\n"
    "او افزود: کار جایگزینی کنتورهای فرسوده نیز از ماه آینده در همین محله‌ها آغاز می‌شود.\n"
)
case(
    "agency-html-td-slash-labelled-fields-pos",
    "html",
    html(
        f"<h1>{WATER}</h1><table><tr><td>اجتماعی / کد خبر: ۴۵۶۷۸۹ / تاریخ انتشار : "
        f"۱۴۰۲/۱۰/۱۲ ۰۹:۱۵</td></tr></table>" + paras(WATER_BODY)
    ),
    {"title": WATER, "number": num("456789"), "published": "2024-01-02T09:15+03:30"},
)
case(
    "text-slash-labelled-fields-yeh-kaf-arabic-digits-pos",
    "text",
    yeh_kaf(
        arabic_digits(
            f"شهری / شناسه خبر: ۷۱۲۳۴ / تاریخ انتشار : ۱۴۰۲/۱۰/۱۲ ۰۹:۱۵\n\n{WATER}\n\n{WATER_BODY}"
        )
    ),
    {"title": yeh_kaf(WATER), "number": num("71234"), "published": "2024-01-02T09:15+03:30"},
)
# -- near misses: a headline with « / » and a colon in a quote --------------------------------
DRUG = "کمبود دارو در داروخانه‌ها / منبع آگاه: سهمیه استان دو برابر شد"
case(
    "headline-slash-quote-manba-colon-neg",
    "text",
    f"{DRUG}\n{DAY}\n\nسهمیه داروی استان در ماه جاری دو برابر شد و داروخانه‌ها از هفته آینده "
    "داروهای کمیاب را در اختیار بیماران می‌گذارند.\n\nمعاون غذا و دارو این خبر را تأیید کرد.\n",
    {"title": DRUG, "published": "2024-01-02"},
)
NOVEL = "رونمایی از رمان تازه / نویسنده: این کتاب را در ده سال نوشتم"
case(
    "headline-slash-quote-nevisande-colon-neg",
    "text",
    f"{NOVEL}\n{DAY}\n\nرمان تازه این نویسنده شهر شب گذشته در کتابخانه مرکزی رونمایی شد و "
    "نویسنده در آیین رونمایی از ده سال کار روی آن سخن گفت.\n\nکتاب در چهارصد صفحه منتشر شده است.\n",
    {"title": NOVEL, "published": "2024-01-02"},
)

# == fix153: two short names joined by « | » under a headline ====================================
case(
    "markdown-tag-pair-under-heading-pos",
    "text",
    f"# {WATER}\n\nآب شرب | لوله‌کشی\n\n{DAY}\n\n{WATER_BODY}",
    {"title": WATER, "published": "2024-01-02"},
)
# -- near miss: a site's name over a real headline whose half after « | » is long -------------
FLOOD = "سیل | تخلیه سه روستای حاشیه رودخانه در شمال استان آغاز شد"
case(
    "site-name-over-bar-headline-long-second-half-neg",
    "text",
    f"خبرگزاری نمونه\n\n{FLOOD}\n\n{DAY}\n\nبا بالا آمدن آب رودخانه پس از بارش‌های دو روز "
    "گذشته، تخلیه سه روستای حاشیه رودخانه در شمال استان از صبح امروز آغاز شد.\n\n"
    "مدیرکل مدیریت بحران استان گفت اهالی در مدارس شهر اسکان داده شده‌اند.\n",
    {"title": (FLOOD, "تخلیه سه روستای حاشیه رودخانه در شمال استان آغاز شد")},
)

# == fix153: a unit's signature over the body ===================================================
case(
    "uni-li-public-relations-signature-under-headline-pos",
    "html",
    html(
        f"<ul><li>اخبار دانشگاه</li></ul><h2>{UNI}</h2><p>{DAY}</p>"
        "<p>روابط عمومی دانشگاه صنعتی شهر</p>" + paras(UNI_BODY)
    ),
    {"title": UNI, "published": "2024-01-02"},
)
case(
    "text-dabirkhane-signature-no-zwnj-pos",
    "text",
    no_zwnj(f"{UNI}\n\nدبیرخانه شورای پژوهشی دانشگاه\n\n{UNI_BODY}"),
    {"title": no_zwnj(UNI)},
)
# -- near miss: a real noun-phrase headline opening with «روابط عمومی» under a section label ---
PR_HEAD = "روابط عمومی دانشگاه، برگزیده جشنواره ملی رسانه‌های دانشگاهی"
case(
    "headline-opening-with-ravabet-omumi-neg",
    "text",
    f"اخبار دانشگاه\n\n{PR_HEAD}\n\n{DAY}\n\nروابط عمومی دانشگاه در جشنواره ملی رسانه‌های "
    "دانشگاهی که در اصفهان برگزار شد برای ویژه‌نامه سالانه خود رتبه نخست را به دست آورد.\n\n"
    "این ویژه‌نامه را گروهی از دانشجویان رشته روزنامه‌نگاری تهیه کرده بودند.\n",
    {"title": PR_HEAD, "published": "2024-01-02"},
)

# == fix153: an announcement lead under the headline it restates ================================
ANN = "مدیرعامل شرکت آب و فاضلاب از پایان لوله‌گذاری تازه آب شرب در محله‌های جنوبی شهر خبر داد"
case(
    "text-announcement-lead-under-headline-yeh-kaf-pos",
    "text",
    yeh_kaf(f"{WATER}\n{DAY}\n\n{ANN}\n{WATER_BODY}"),
    {"title": yeh_kaf(WATER), "published": "2024-01-02"},
)
# -- near miss: the announcement IS the headline, a site name and a date above it ------------
case(
    "announcement-headline-under-site-name-neg",
    "text",
    f"خبرگزاری نمونه\n{DAY}\n\n{ANN}\n\n{WATER_BODY}",
    {"title": ANN, "published": "2024-01-02"},
)

# == fix153: record IDs in addresses ============================================================
UNI_SLUG = UNI.replace(" ", "-")
case(
    "uni-story-id-slug-pos",
    "text",
    f"{UNI}\n\n{DAY}\n\n{UNI_BODY}",
    {"title": UNI, "number": num("7731")},
    url=f"https://news.uni.example.ac.ir/fa/story/7731-{UNI_SLUG}",
)
LIST_HEAD = "10 راه ساده برای صرفه‌جویی در مصرف برق خانه"
case(
    "blog-story-listicle-count-neg",
    "text",
    f"{LIST_HEAD}\n\n{DAY}\n\nدر روزهای سرد زمستان مصرف برق خانه‌ها بالا می‌رود و با چند "
    "کار ساده می‌توان قبض ماهانه را کم کرد.\n\nخاموش کردن وسایل در حالت آماده‌به‌کار یکی از "
    "این کارهاست.\n",
    {"title": LIST_HEAD, "number": None},
    url="https://blog.example.ir/story/10-" + LIST_HEAD[3:].replace(" ", "-"),
)
case(
    "agency-section-id-alias-html-arabic-yeh-pos",
    "text",
    yeh_kaf(f"{WATER}\n\n{DAY}\n\n{WATER_BODY}"),
    {"title": yeh_kaf(WATER), "number": num("412")},
    url="https://agency.example.ir/shahri/412-" + WATER.replace(" ", "-") + ".html",
)
case(
    "uni-pages-view-pageid-pos",
    "text",
    f"{UNI}\n\n{DAY}\n\n{UNI_BODY}",
    {"title": UNI, "number": num("518")},
    url="https://www.uni.example.ac.ir/pages/view/pageid/518",
)
case(
    "script-named-query-key-matlab-pos",
    "text",
    f"{WATER}\n\n{DAY}\n\n{WATER_BODY}",
    {"title": WATER, "number": num("2231")},
    url="http://example.ir/matlab.php?matlab_id=2231",
)
# -- near miss: a member's profile page -------------------------------------------------------
case(
    "profile-page-user-id-neg",
    "text",
    f"{POST}\n\n{DAY}\n\n{POST_BODY}",
    {"number": None},
    url="https://forum.example.ir/user.php?user_id=5",
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
