"""Seventy-fourth round of attacks: the rules merged this session that no attack round has tried.
fix239 (a social-media follow line glued before a title, a Blogfa signature closed by
``| نظر بدهید``), fix240 (DNN's glued ``عنوانTITLE`` over ``تاریخDATE`` and its
``/tabid/N/.../ID/ITEM/`` numbers, K2 ``itemlist`` addresses, an account name, a full name with
patronymic, a bullet under a colon line), fix241 (Dari words against an Iranian publisher's
signs, ``آخرین ویرایش:`` as an update label), fix242 (a section label ``اخبار ... :`` cut, a long
headline under a lead over ``به گزارش``), fix243 (a Latin month never the tail of a word joined
by an apostrophe or hyphen), fix244 (``# [BLOG](home)``, Blogfa archives signed the same minute,
a copyright footer stamp or an unmarked stamp 365 days after the path, ``url-date-mismatch``)
and real69 (an epigraph with a blessed source, ``تاریخچه NAME``, ``имрӯз (DATE)``), each put into
a whole page of a kind it was not made on, at the edges of its conditions, and two rules'
shapes on one page. 31 inputs: 21 positives, 10 near misses (``-neg``).

No fix is made for this round (docs/reliability.md, "Attacks, seventy-fourth round"). Each
input's record was decided by hand before the first run (the commit adding this script comes
before any run of it). Days by hand (jdatetime): 18 Azar 1402 = 2023-12-09; 8 Mehr 1402 =
2023-09-30; 5 Aban 1399 = 2020-10-26, 364 days later 2021-10-25, 365 days later 2021-10-26.
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks74.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. "WARN" means no title or a doubted one; «code»/«nocode» a warning code wanted or
not wanted. The article sentences, headlines and names are ours.
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

TEH = "2023-12-09T10:20:00+03:30"
KAB = "2023-12-09T10:20:00+04:30"
DAM = "سد مخزنی شهرستان پس از بارش های پاییزی به نیمه ظرفیت رسید"
DAM_BODY = (
    "مدیر امور آب شهرستان گفت که با بارش های دو هفته گذشته حجم آب پشت سد به نیمه ظرفیت "
    "رسیده و نگرانی کشاورزان برای کشت پاییزه کمتر شده است.\n\n"
    "وی افزود که رهاسازی آب برای آبیاری زمین های پایین دست از هفته آینده آغاز می شود.\n"
)
WHEAT = "خرید تضمینی گندم از کشاورزان استان آغاز شد"
DARI_BODY = (
    "رئیس جهاد کشاورزی استان گفت که حاصلات گندم دهاقین مرزنشین امسال بیشتر از سال گذشته "
    "بوده و مراکز خرید در همه شهرستان ها آماده تحویل محصول هستند.\n\n"
    "وی افزود که بهای گندم تحویلی حداکثر تا ده روز به حساب کشاورزان واریز می شود.\n"
)
SIGN_NAZAR = "+ نوشته شده توسط مریم در شنبه هجدهم آذر ۱۴۰۲ و ساعت ۱۰:۲۰ ق.ظ | نظر بدهید"
POEM_BODY = (
    "امروز برای کلاس دوم دبستان شعری درباره باران خواندیم و بچه ها با هم آن را تکرار کردند "
    "و بعد هر کدام یک نقاشی از ابر و باران کشیدند.\n\n"
    "نقاشی ها را روی دیوار کلاس چسباندیم تا پدر و مادرها روز جلسه آنها را ببینند.\n"
)


def page(*head: str, body: str) -> str:
    return "\n\n".join(head) + "\n\n" + body


# == fix239: a follow line glued before a title; «| نظر بدهید» =================================
FOLLOW = "دنبال کنید @shahrkhabar24 ایتا shahr_khabar خبرگزاری شهر را در تلگرام "
# A news agency's text page: the follow line glued before its headline, the date under it.
case(
    "agency-follow-line-glued-headline-pos",
    "text",
    page(FOLLOW + DAM, "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰", body=DAM_BODY),
    {"title": DAM, "published": TEH},
    url="https://shahrkhabar-example.ir/news/5521",
)
# The same in HTML, an <h3>, Arabic yeh and kaf.
case(
    "forum-html-h3-follow-line-yeh-kaf-pos",
    "html",
    html(yeh_kaf(f"<h3>{FOLLOW}{DAM}</h3>" + paras(DAM_BODY))),
    {"title": (DAM, yeh_kaf(DAM))},
)
# -- near miss: a real headline that is a follow call, no handle, no messenger: kept.
FOLLOW_HEAD = "دنبال کنید پخش زنده دیدار تیم ملی فوتبال ساحلی را از شبکه ورزش سیما"
case(
    "agency-headline-that-is-a-follow-call-neg",
    "text",
    page(FOLLOW_HEAD, "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰", body=DAM_BODY),
    {"title": FOLLOW_HEAD, "published": TEH},
)
# A teacher's Blogfa post, no ZWNJ, its signature closed by «| نظر بدهید».
case(
    "blog-no-zwnj-signature-nazar-bedahid-pos",
    "text",
    no_zwnj(f"کلاس دوم ما\n\nشعر باران در کلاس\n\n{POEM_BODY}\n{SIGN_NAZAR}\n"),
    {"title": "شعر باران در کلاس", "published": TEH},
    url="http://kelasdovom.blogfa.com/post/88",
)

# == fix240: DNN, K2, account names, patronymics, bullets =========================================
DNN_HEAD = "زمان بازدید عمومی از نمایشگاه دستاوردهای پژوهشی وزارتخانه اعلام شد"
DNN_BODY = (
    "نمایشگاه دستاوردهای پژوهشی وزارتخانه از روز شنبه به مدت پنج روز در سالن همایش ها برپا "
    "است و بازدید برای عموم مردم از ساعت نه صبح تا چهار بعدازظهر آزاد است.\n\n"
    "دانش آموزان مدارس نیز می توانند با هماهنگی قبلی به صورت گروهی از نمایشگاه بازدید کنند.\n"
)


def dnn(title_row: str, date_row: str) -> str:
    return f"شنبه ، 18 آذر ، 1402\nاخبار وزارتخانه\n{title_row}\n{date_row}\nتوضیحات\n\n{DNN_BODY}"


# A ministry's DNN news module, Persian digits in its glued date row.
case(
    "ministry-dnn-glued-title-persian-digits-pos",
    "text",
    dnn(f"عنوان{DNN_HEAD}", "تاریخ۱۴۰۲/۰۹/۱۸"),
    {"title": DNN_HEAD, "published": "2023-12-09", "number": ("4481", "۴۴۸۱")},
    url="https://www.sample-ministry.gov.ir/tabid/57/News/120/ID/4481/Default.aspx",
)
# -- near miss: a headline whose first word begins with «عنوان» (no ZWNJ): not cut.
TITLING = "عنوانبندی تازه کتاب های درسی دوره ابتدایی رونمایی شد"
case(
    "ministry-dnn-headline-opening-with-onvan-word-neg",
    "text",
    dnn(TITLING, "تاریخ۱۴۰۲/۰۹/۱۸"),
    {"title": TITLING, "published": "2023-12-09"},
)
# A provincial K2 site's category listing: a list, no title.
case(
    "provincial-k2-itemlist-category-pos",
    "text",
    page(DAM, body=DAM_BODY),
    {"title": "WARN", "code": "listing-page"},
    url="https://ostan-example.ir/index.php/akhbar/itemlist/category/12-ab?start=20",
)
# A forum post whose only line above the text is the account name «admin».
case(
    "forum-account-name-admin-over-post-pos",
    "text",
    page("admin", body=DAM_BODY),
    {"title": "WARN"},
)
# A Tajik university's page in Russian: the head's full name with patronymic and role under the
# department heading, en dash instead of em dash.
DEPT = "Кафедра таджикского языка"
case(
    "uni-russian-patronymic-en-dash-role-pos",
    "text",
    f"{DEPT}\n\nКаримов Саид Рахимович – заведующий кафедрой, доктор филологических наук, "
    "профессор\n\nКафедра была открыта в 1995 году и сегодня готовит учителей таджикского "
    "языка и литературы для школ республики, а также ведёт курсы для иностранных студентов.\n",
    {"title": DEPT},
)
# -- near miss: a headline with a patronymic name going on with a verb.
PATRO = "Каримов Саид Рахимович награждён орденом Дружбы за вклад в науку"
case(
    "agency-headline-with-patronymic-name-neg",
    "text",
    f"{PATRO}\n\nУказом Президента профессор университета награждён орденом за многолетний "
    "труд в подготовке учителей и за исследования таджикской литературы.\n",
    {"title": PATRO},
)
# A shop magazine's buying guide: a colon line over numbered items, no headline.
case(
    "shop-colon-line-over-numbered-items-pos",
    "text",
    "برای خرید کتری برقی به نکات زیر توجه کنید:\n\n"
    "  1- بدنه کتری از استیل ضد زنگ باشد.\n  2- دسته هنگام جوشیدن آب داغ نشود.\n"
    "  3- کلید خاموشی خودکار داشته باشد.\n\n"
    "برای دیدن همه مدل ها به فروشگاه سر بزنید.\n",
    {"title": "WARN"},
)

# == fix241: Dari words against an Iranian publisher; «آخرین ویرایش:» ============================
# A provincial agency on .ir, its date in a <td> with the Iranian month: Tehran's clock.
case(
    "ir-agency-html-td-dari-words-iranian-month-pos",
    "html",
    html(
        f"<h1>{WHEAT}</h1><table><tr><td>۱۸ آذر ۱۴۰۲ - ۱۰:۲۰</td></tr></table>" + paras(DARI_BODY)
    ),
    {"title": WHEAT, "published": TEH, "nocode": "zone-unread"},
    url="https://www.ostan-news-example.ir/fa/news/9012",
)
# -- near miss: an Afghan month on a .ir host, Arabic yeh and kaf: Kabul's clock.
case(
    "ir-host-afghan-month-yeh-kaf-kabul-clock-neg",
    "text",
    yeh_kaf(page(WHEAT, "۱۸ قوس ۱۴۰۲ - ۱۰:۲۰", body=DARI_BODY)),
    {"published": KAB},
    url="https://www.ostan-news-example.ir/fa/news/9013",
)
# An Afghan Dari site (.org) with an Iranian month and ASCII digits: the day, the time unsure.
case(
    "org-host-dari-words-iranian-month-ascii-zone-unread-pos",
    "text",
    page(WHEAT, "18 آذر 1402 - 10:20", body=DARI_BODY),
    {"published": "2023-12-09", "code": "zone-unread"},
    url="https://dari-news-example.org/n/9014",
)
# A forum's CRLF page: published label, then «آخرین ویرایش:» with a numeric date.
case(
    "forum-crlf-last-edit-label-numeric-pos",
    "text",
    crlf(page(DAM, "تاریخ انتشار: ۱۴۰۲/۰۹/۱۸", body=DAM_BODY) + "\nآخرین ویرایش: ۱۴۰۲/۱۰/۱۸\n"),
    {"title": DAM, "published": "2023-12-09", "updated": "2024-01-08"},
)
# -- near miss: a reply's edit note «آخرین ویرایش توسط NAME در DATE» (no colon): no update.
case(
    "forum-last-edit-by-name-no-colon-neg",
    "text",
    page(DAM, "تاریخ انتشار: ۱۴۰۲/۰۹/۱۸", body=DAM_BODY)
    + "\nآخرین ویرایش توسط مریم در ۱۴۰۲/۱۰/۱۸\n",
    {"title": DAM, "published": "2023-12-09", "updated": None},
)

# == fix242: a section label before a headline; a long headline under a lead ====================
SCHOOL = "برگزاری جشنواره علمی دانش آموزان دبیرستان های ناحیه دو"
SCHOOL_BODY = (
    "جشنواره علمی دانش آموزان دبیرستان های ناحیه دو با نمایش طرح های پژوهشی در سالن "
    "اجتماعات اداره آموزش و پرورش برگزار شد و داوران ده طرح برتر را برگزیدند.\n"
)
# A provincial education office: «اخبار اداره : HEADLINE», double-spaced, the slug spells it.
case(
    "provincial-section-label-double-spaced-slug-pos",
    "text",
    double_spaced(f"اخبار اداره : {SCHOOL}", SCHOOL_BODY.strip()),
    {"title": SCHOOL},
    url="https://nahiye2-example.ir/content/88/برگزاری-جشنواره-علمی-دانش-آموزان",
)
# -- near miss: a real headline opening «اخبار ...:» (a topic), text alone: kept as printed.
RUMOUR = "اخبار ضد و نقیض: تعطیلی مدارس ناحیه دو فردا قطعی نیست"
case(
    "agency-headline-opening-akhbar-topic-neg",
    "text",
    f"{RUMOUR}\n{SCHOOL_BODY}",
    {"title": RUMOUR},
)

# == fix243: a Latin month glued by a hyphen or apostrophe ======================================
LEAD_EN = (
    "The provincial water company said the reservoir had reached half its capacity after two "
    "weeks of autumn rain, easing the worries of farmers before the winter sowing.\n"
)
# An Iranian agency's English byline: «TEHRAN-Mehr 8, 1402 -», the city glued to the month.
case(
    "english-byline-city-hyphen-jalali-month-pos",
    "text",
    f"Reservoir reaches half capacity after rain\n\nTEHRAN-Mehr 8, 1402 - {LEAD_EN}",
    {"published": "2023-09-30"},
)
# -- near miss: a street named «Al-Mehr» with a number and year inside the text: no date.
case(
    "english-page-al-mehr-street-no-date-neg",
    "text",
    "Reservoir reaches half capacity after rain\n\n"
    + LEAD_EN
    + "The company's office on Al-Mehr 8, 1402 building block stays open on Friday.\n",
    {"published": None},
)

# == fix244: # [BLOG](home); same-minute archive; footer stamps past the path ===================
# Markdown blog: the blog's name linking home over a plain «##» heading: the heading.
case(
    "md-blog-name-home-link-over-plain-heading-pos",
    "text",
    "# [کلاس دوم ما](https://kelasdovom.blogfa.com/)\n\n## شعر باران در کلاس\n\n"
    + POEM_BODY
    + "\n+ نوشته شده در شنبه هجدهم آذر ۱۴۰۲ ساعت 10:20 توسط مریم\n",
    {"title": "شعر باران در کلاس", "published": "2023-12-09"},
    url="https://kelasdovom.blogfa.com/post/88",
)
# A Blogfa archive month, three posts signed the same minute, Arabic-Indic digits: a list.
SAME = "+ نوشته شده در  شنبه ۱۸ آذر ۱۴۰۲ساعت ۱۰:۲۰  توسط مریم\n"
case(
    "blog-archive-three-posts-same-minute-arabic-indic-pos",
    "text",
    arabic_digits(
        f"کلاس دوم ما\n\nشعر باران در کلاس\n\n{POEM_BODY}\n{SAME}\n"
        "جلسه اولیا\n\nجلسه اولیا روز پنجشنبه در کتابخانه مدرسه برگزار می شود.\n" + SAME + "\n"
        "اردوی پاییزی\n\nاردوی پاییزی کلاس به باغ گیاه شناسی شهر خواهد بود.\n" + SAME
    ),
    {"title": "WARN", "published": None},
    url="http://kelasdovom.blogfa.com/1402/09",
)
ZAF = "برداشت زعفران در روستاهای دشت آغاز شد"
ZAF_BODY = (
    "کشاورزان روستاهای دشت از صبح زود گل های زعفران را می چینند و زنان روستا کلاله ها را در "
    "خانه ها جدا می کنند.\n\nبه گفته دهیار، محصول امسال از سال گذشته بیشتر است.\n"
)
ZAF_URL = "http://zafaran-example.ir/1399/08/05/bardasht-zafaran/"
# An unmarked stamp (no weekday) 365 days after the path: the served day; the path's day.
case(
    "zafaran-unmarked-stamp-365-days-threshold-pos",
    "text",
    page(ZAF, body=ZAF_BODY) + "\n26 October , 2021\n",
    {"title": ZAF, "published": "2020-10-26"},
    url=ZAF_URL,
)
# -- near miss: 364 days, one short: the printed day stands, mismatch said.
case(
    "zafaran-unmarked-stamp-364-days-neg",
    "text",
    page(ZAF, body=ZAF_BODY) + "\n25 October , 2021\n",
    {"title": ZAF, "published": "2021-10-25", "code": "url-date-mismatch"},
    url=ZAF_URL,
)
# A university's <footer> copyright notice with a weekday stamp years later: the path's day.
case(
    "uni-html-footer-copyright-stamp-pos",
    "html",
    html(
        f"<h1>{ZAF}</h1>"
        + paras(ZAF_BODY)
        + "<footer>Monday, 9 December , 2024 | کلیه حقوق این پایگاه محفوظ است</footer>"
    ),
    {"title": ZAF, "published": "2020-10-26"},
    url=ZAF_URL,
)
# -- near miss: the copyright footer carries the post's own day (no address): that day.
case(
    "blog-copyright-footer-carries-real-date-neg",
    "text",
    page(ZAF, body=ZAF_BODY) + "\nMonday, 26 October , 2020 | تمامی حقوق این وبلاگ محفوظ است\n",
    {"title": ZAF, "published": "2020-10-26"},
)

# == real69: epigraph, تاریخچه, имрӯз (DATE) ======================================================
# A university department's page opening with an epigraph, Arabic yeh and kaf: no title.
case(
    "uni-epigraph-blessed-source-yeh-kaf-pos",
    "text",
    yeh_kaf(
        "دانش گنجی است که هرگز تمام نمی شود . امام صادق(علیه السلام)\n" + SCHOOL_BODY + SCHOOL_BODY
    ),
    {"title": "WARN"},
)
# A provincial office's history page: «تاریخچه NAME» over «آشنایی با ...».
HIST = "تاریخچه اداره کل منابع طبیعی استان"
case(
    "provincial-history-page-name-over-section-pos",
    "text",
    f"{HIST}\nآشنایی با اداره کل\n\n"
    "اداره کل منابع طبیعی استان در سال 1346 با نام اداره جنگلداری تاسیس شد و پس از چند بار "
    "تغییر نام، امروز نگهداری جنگل ها و مراتع استان را بر عهده دارد.\n\n"
    "این اداره کل اکنون نه اداره شهرستان و بیش از صد قرقبان دارد.\n",
    {"title": HIST},
)
# A Tajik library's page in HTML <li>s: «имрӯз (09.04.2025)» in the lead.
TJ = (
    "Дар толори китобхонаи шаҳр {0} намоиши китобҳои нав барои хонандагони ҷавон кушода шуд "
    "ва кормандони китобхона дар бораи нашрияҳои тоза маълумот доданд."
)
case(
    "tajik-library-html-li-imruz-bracket-pos",
    "html",
    html(
        "<ul><li>" + TJ.format("имрӯз (09.04.2025)") + "</li><li>Намоиш то охири ҳафта идома "
        "меёбад ва даромад ба ҳама ройгон аст.</li></ul>"
    ),
    {"published": "2025-04-09"},
)
# -- near miss: «like today (09.04.1925)», a day a century ago: no publication.
case(
    "tajik-imruz-century-ago-event-date-neg",
    "text",
    TJ.format("сад сол пеш, дар чунин рӯзе чун имрӯз (09.04.1925),") + "\n",
    {"published": None},
)

# == two rules on one page =======================================================================
# Dari words on a .ir page at a date path, Iranian month, a copyright footer stamp years later:
# Tehran's clock on the printed day, the footer set aside.
case(
    "ir-dari-words-and-copyright-footer-two-rules-pos",
    "text",
    page(WHEAT, "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰", body=DARI_BODY)
    + "\nSunday, 8 December , 2024 | تمامی حقوق محفوظ است\n",
    {"title": WHEAT, "published": TEH},
    url="https://ostan-news-example.ir/1402/09/18/kharid-gandom/",
)

if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
