"""Fifty-sixth round of attacks: the rules of fix150-fix159, weighted to fix155-fix159, each put
into a whole page of a kind the rule was not made on (a ministry's portal, a provincial agency,
a university and a medical university, an old static municipal site, a municipality's print
view, a Joomla provincial office, a WordPress blog and a WordPress section, a forum, a shop's
magazine, a journal's article page, an Afghan agency, an Iranian agency's desk on Herat; HTML
``<td>``/``<b>``/``<time>``/``<h1>``/``<h2>``/``<div>``/``<li>``; Arabic yeh and kaf, Persian,
Arabic-Indic and ASCII digits, ZWNJ present and missing, double-spaced lines, CRLF).

The shapes: fix155's long verbless headline over a verb subtitle with a number in the headline
or the item's code line between the subtitle and the date line; fix155's glued relay with a short
lead in a ``<td>`` whose headline is ``<b>``; fix155's bracketed weekday with a one-digit day;
fix156's frame holding a site's word inside a headline («پایگاه اورژانس»), English function
words in a ``?paged=N`` slug, a plural label over one paragraph with a footer line, three wrapped
blocks with CRLF; fix157's Dari words inside an Afghan official's quoted speech, Afghan offices
named with their city by an Iranian agency, a listicle's truncated ``/story/N-slug``, a unit's
signature under a labels line or opening with «مدیریت», labels after `` / `` with no date or ID;
fix158's spaced clock in Arabic-Indic digits in HTML; fix159's percent-encoded Persian slug;
fix150's flattened header in Arabic-Indic digits; fix152's colon-less «نویسندگان» on a
double-spaced journal page in Arabic yeh; fix153's tag pair in a shop's magazine; fix154's
date banner over a who's-online line. Near misses beside them (``-neg``): one condition broken,
today's reading to hold.

This round is measured at the session's end: no fix is made for it (docs/reliability.md,
"Attacks, fifty-sixth round"). Each input's record was decided by hand before the first run (the
commit adding this script comes before any run of it). Days by hand: 1 Dey 1402 = 2023-12-22, so
12 Dey 1402 = 2024-01-02 (a Tuesday, +03:30); 1 Azar 1401 = 2022-11-22, so 16 Azar 1401 =
2022-12-07 (a Wednesday; Tehran +03:30, Kabul +04:30); 1 Farvardin 1386 = 2007-03-21, so
1 Khordad 1386 = 2007-05-22, 4 Khordad = 2007-05-25 (a Friday), 10 Khordad = 2007-05-31 and
25 Khordad = 2007-06-15 (Iran kept no summer time in 2007, +03:30).
Run: PYTHONPATH=src:benchmarks python benchmarks/attacks56.py
Prints each input's outcome (ok, WARNED, SILENT, MISSING, CRASH) and the counts; the judge is
attacks47's. A title value ending «!» means that title with no doubt; "WARN" means no title or a
doubted one. The article sentences, headlines and names are ours; each case names the page whose
layout it follows (a tests/pages file, or the layout of a named CMS).
"""

from __future__ import annotations

from urllib.parse import quote

from attack_runner import (
    DATE_ROUND_PREFIXES,
    arabic_digits,
    collector,
    either,
    html,
    no_zwnj,
    num,
    paras,
    run,
    yeh_kaf,
)
from attacks47 import check47

cases, case = collector()


DAY = "۱۲ دی ۱۴۰۲"  # 2024-01-02, a Tuesday
AZAR = "۱۴۰۱/۹/۱۶ - ۱۰:۲۰"  # 2022-12-07 10:20
KABUL = "2022-12-07T10:20+04:30"
TEHRAN = "2022-12-07T10:20+03:30"


def num3(ascii_digits: str) -> tuple[str, str, str]:
    """An item number in ASCII, Persian or Arabic-Indic digits (the same value)."""
    return (*num(ascii_digits), arabic_digits(num(ascii_digits)[1]))


# == fix155: a long verbless headline over a verb subtitle over the date line =================
# A ministry's portal (section name over the item), the layout of tests/pages 1505 (a
# directorate's headline over its subtitle line): the headline holds a count in Persian digits,
# which fix155's doubt refuses («no digit in the line above»).
MIN_HEAD = "افتتاح ۱۲ طرح عمرانی و خدماتی در شهرستان بردسکن با حضور معاون وزیر کشور"
MIN_SUB = "روستاهای شهرستان بردسکن از آب شرب و گاز پایدار بهره‌مند شدند"
MIN_BODY = (
    "به گزارش روابط عمومی وزارت کشور، معاون وزیر کشور در سفر یک روزه به شهرستان بردسکن دوازده "
    "طرح عمرانی و خدماتی را با اعتبار سیصد میلیارد ریال افتتاح کرد.\n\n"
    "به گفته فرماندار بردسکن، با بهره‌برداری از این طرح‌ها هفت روستای شهرستان از آب شرب و گاز "
    "پایدار برخوردار شدند.\n"
)
case(
    "ministry-long-headline-with-persian-digits-over-verb-subtitle-pos",
    "text",
    f"وزارت کشور\nاخبار استان‌ها\n\n{MIN_HEAD}\n{MIN_SUB}\n{DAY} - ۱۰:۳۰\n\n{MIN_BODY}",
    {"title": (MIN_HEAD, "WARN"), "published": "2024-01-02T10:30+03:30"},
)
# A provincial agency, the layout of tests/pages 1842 (title, lead, then the code line, then the
# date line): the item's code stands between the subtitle and the date line.
RUG_HEAD = "برگزاری نخستین جشنواره استانی فرش دستباف در شهر کاشان با حضور استاندار اصفهان"
RUG_SUB = "بافندگان کاشانی فرش‌های دستباف خود را در این جشنواره عرضه کردند"
RUG_BODY = (
    "نخستین جشنواره استانی فرش دستباف امروز با حضور استاندار اصفهان و صد و بیست غرفه از "
    "بافندگان شهرهای استان در نمایشگاه بین‌المللی کاشان گشایش یافت.\n\n"
    "دبیر جشنواره گفت فرش‌های برگزیده در پایان هفته به داوران سپرده می‌شوند.\n"
)
case(
    "provincial-agency-long-headline-subtitle-code-line-over-date-pos",
    "text",
    f"خبرگزاری استان اصفهان\n\n{RUG_HEAD}\n{RUG_SUB}\nکد خبر: ۸۸۴۵۱\n{DAY} - ۱۱:۲۰\n\n{RUG_BODY}",
    {
        "title": (RUG_HEAD, "WARN"),
        "number": num("88451"),
        "published": "2024-01-02T11:20+03:30",
    },
)
# -- near miss: a research institute's long name (12 words, no verb, sharing «برنج» and
# «مازندران») over the verb headline over the date line: the institution's masthead, never a
# rival headline (the portal layout of a ministry's research institute)
SEED_HEAD = "بذر اصلاح شده برنج میان شالیکاران مازندران توزیع شد"
case(
    "research-institute-long-name-over-verb-headline-neg",
    "text",
    "سازمان تحقیقات آموزش و ترویج کشاورزی مؤسسه تحقیقات برنج کشور معاونت مازندران\n"
    f"{SEED_HEAD}\n{DAY} - ۰۹:۰۰\n\n"
    "معاون مؤسسه تحقیقات برنج کشور در مازندران گفت: امسال سیصد تن بذر اصلاح شده برنج از "
    "رقم‌های پرمحصول میان شالیکاران استان توزیع شد.\n\n"
    "وی افزود: کشاورزان می‌توانند برای دریافت بذر به مراکز خدمات کشاورزی شهرستان‌ها مراجعه "
    "کنند.\n",
    {"title": SEED_HEAD + "!", "published": "2024-01-02T09:00+03:30"},
)
# -- near miss: a short kicker (5 words) over the verb headline over the date line, an agency's
# HTML <li> header in Arabic yeh and kaf (attacks55's <li> layout with a kicker, not a headline)
WATER_HEAD = "هزار خانوار روستایی کرمان از آب شرب سالم بهره‌مند شدند"
case(
    "agency-html-li-yeh-kaf-short-kicker-over-verb-headline-neg",
    "html",
    html(
        yeh_kaf(
            f"<ul><li>طرح‌های آبرسانی روستایی در کرمان</li><li>{WATER_HEAD}</li>"
            f"<li>{DAY} - ۰۸:۴۵</li></ul>"
            + paras(
                "مدیرعامل شرکت آب و فاضلاب استان کرمان گفت با پایان لوله‌گذاری سه طرح آبرسانی، "
                "هزار خانوار در بیست روستای استان از آب شرب سالم و پایدار بهره‌مند شدند.\n\n"
                "وی افزود: هزینه این طرح‌ها از محل اعتبارات ملی پرداخت شده است.\n"
            )
        )
    ),
    {"title": yeh_kaf(WATER_HEAD) + "!", "published": "2024-01-02T08:45+03:30"},
)

# == fix155: a headline glued to a short relay lead ============================================
# A municipality's print view as an HTML table (tests/pages 1845's <table> print page), the
# headline in <b> and the lead after it in the same <td>: the text runs on with no space, as
# tests/pages 1810's does.
EXPO_HEAD = "گشایش نمایشگاه صنایع دستی بانوان روستایی در فرمانداری"
case(
    "municipal-print-html-td-bold-headline-glued-to-short-relay-pos",
    "html",
    html(
        f"<table><tr><td><b>{EXPO_HEAD}</b>به گزارش روابط عمومی فرمانداری، این نمایشگاه امروز "
        "گشایش یافت.</td></tr><tr><td>"
        + paras(
            "در این نمایشگاه چهل غرفه از بانوان روستاهای شهرستان گلیم، سفال و رودوزی‌های محلی "
            "عرضه می‌کنند.\n\nنمایشگاه تا پایان هفته هر روز از ساعت نه صبح باز است.\n"
        )
        + "</td></tr></table>"
    ),
    {"title": EXPO_HEAD},
)

# == fix155: a bracketed two-digit-year day with a weekday ====================================
# tests/pages 1829's static archive page (back links, «خبر», the headline and its bracketed
# day), the day printed with one digit.
BRIDGE_HEAD = "بازگشایی پل روستای گچین پس از تعمیرات"
BRIDGE_BODY = (
    "پل روستای گچین که در سیل اسفند ماه آسیب دیده بود پس از دو ماه تعمیر دیروز به روی "
    "خودروها باز شد . اهالی روستا از این پس برای رفتن به شهر راه دیگری را دور نمی‌زنند .\n"
)
case(
    "old-static-site-bracketed-weekday-one-digit-day-pos",
    "text",
    f"بازگشت\n\nخبر\n\n \n\n{BRIDGE_HEAD}   (جمعه ۴/۳/۸۶)\n\n \n\n{BRIDGE_BODY}\n \n\nبازگشت\n",
    {"title": BRIDGE_HEAD, "published": "2007-05-25"},
    url="http://www.example.ir/akhbar/khordad86/kh04.htm",
)
# -- near miss: a deadline in brackets with «تا» ending a municipality's headline, the item's
# own labelled date line under it, ASCII digits: the deadline is no published day
DEADLINE = "آخرین مهلت ثبت‌نام آزمون استخدامی شهرداری (تا 25/3/86)"
case(
    "municipal-headline-bracketed-deadline-with-ta-over-date-line-neg",
    "text",
    f"{DEADLINE}\n\nتاریخ: 1386/03/10\n\nشهرداری اعلام کرد متقاضیان آزمون استخدامی تا پایان "
    "روز بیست و پنجم خرداد فرصت دارند مدارک خود را به دبیرخانه شهرداری تحویل دهند.\n\n"
    "زمان برگزاری آزمون پس از پایان ثبت‌نام اعلام می‌شود.\n",
    {"title": (DEADLINE, DEADLINE.rsplit(" (", 1)[0]), "published": "2007-05-31"},
)

# == fix156: frames ============================================================================
# A medical university's news, framed headline right over its subtitle over the date line
# (fix156's own shape), the headline naming an emergency «پایگاه» (a base, not a website).
BASE_HEAD = "افتتاح پایگاه اورژانس جاده‌ای در گردنه حیران"
BASE_SUB = "آمبولانس‌های این پایگاه به مسافران جاده اردبیل به آستارا خدمت می‌دهند"
BASE_BODY = (
    "پایگاه اورژانس جاده‌ای گردنه حیران با دو دستگاه آمبولانس و شش نفر نیروی فوریت‌های پزشکی "
    "امروز با حضور رئیس دانشگاه علوم پزشکی استان گشایش یافت.\n\n"
    "رئیس اورژانس استان گفت این پایگاه در روزهای برفی زمستان زمان رسیدن آمبولانس به "
    "حادثه‌دیدگان گردنه را به نیم ساعت کاهش می‌دهد.\n"
)
case(
    "medical-uni-framed-headline-naming-an-emergency-base-over-subtitle-pos",
    "text",
    f".: {BASE_HEAD} :.\n{BASE_SUB}\n{DAY}\n\n{BASE_BODY}",
    {"title": (BASE_HEAD, "WARN")},
)
# -- near miss: a municipal portal's framed name with a site's word and a district number, right
# over the headline, Arabic yeh and kaf (tests/pages 1828's municipal page, fix151's shape)
WALK_HEAD = "پیاده‌راه خیابان سپه با سنگفرش تازه بازگشایی شد"
case(
    "municipal-yeh-kaf-framed-portal-name-with-district-number-over-headline-neg",
    "text",
    yeh_kaf(
        f".: پایگاه اطلاع رسانی شهرداری منطقه ۵ :.\n{WALK_HEAD}\n{DAY}\n\n"
        "پیاده‌راه خیابان سپه پس از سه ماه کار با سنگفرش تازه و نیمکت‌های چوبی امروز به روی "
        "شهروندان باز شد.\n\nشهردار منطقه گفت کاشت درختان دو سوی پیاده‌راه در بهار انجام "
        "می‌شود.\n"
    ),
    {"title": yeh_kaf(WALK_HEAD) + "!", "published": "2024-01-02"},
)

# == fix156: function words in a ?paged=N slug =================================================
NEWS_ITEM = (
    "برگزاری کارگاه آموزشی ترمیم دندان برای دستیاران\n"
    f"{DAY}\n\nکارگاه آموزشی ترمیم دندان‌های شیری برای دستیاران تخصصی دانشکده دندانپزشکی امروز "
    "در سالن همایش‌های دانشکده برگزار شد.\n\nمدرس کارگاه گفت دوره دوم آن در بهمن برگزار "
    "می‌شود.\n"
)
# A university faculty's WordPress page listing its news, its slug in English with «and»
# (a function word the fix156 set spells only in Finglish): the list's second page.
case(
    "uni-wp-english-slug-with-and-paged-2-pos",
    "text",
    NEWS_ITEM,
    {"title": "WARN"},
    url="https://dent.example.ac.ir/faculty-news-and-events/?paged=2",
)
# -- near miss: a provincial office's post at its Persian slug (percent-encoded, with «و»), its
# comments' second page
BOOK_HEAD = "گشایش نمایشگاه کتاب و مطبوعات استان"
case(
    "provincial-wp-persian-post-slug-with-va-paged-2-neg",
    "text",
    f"{BOOK_HEAD}\n{DAY}\n\nنمایشگاه کتاب و مطبوعات استان با حضور دویست ناشر امروز در "
    "نمایشگاه بین‌المللی شهر گشایش یافت.\n\nمدیرکل فرهنگ و ارشاد اسلامی استان گفت نمایشگاه "
    "تا پایان هفته باز است.\n",
    {"title": BOOK_HEAD + "!", "published": "2024-01-02"},
    url="https://ershad.example.ir/" + quote("گشایش-نمایشگاه-کتاب-و-مطبوعات-استان") + "/?paged=2",
)

# == fix156: a plural two-word label over one paragraph ========================================
DIARY = (
    "امروز صبح برف سنگینی بارید و مدرسه تعطیل شد و من با بچه‌ها به حیاط رفتیم و آدم برفی "
    "بزرگی ساختیم و بعد مادرم برایمان شیر داغ و نان تازه آورد و تا ظهر کنار بخاری نشستیم و "
    "کتاب خواندیم و عصر که برف بند آمد همه همسایه‌ها با پارو بیرون آمدند و کوچه را تمیز "
    "کردند و شب هم پدرم از روزهای برفی کودکی خودش در روستا برایمان قصه گفت.\n"
)
# A personal blog's post shown alone under its section's label, its footer line under it.
case(
    "blog-plural-label-over-one-paragraph-with-footer-line-pos",
    "text",
    f"یادداشت‌های روزانه\n\n{DIARY}\nنوشته شده توسط مریم | نظرات (۰)\n",
    {"title": "WARN"},
)
# -- near miss: a children's story titled «اژدهای مهربان» (a word ending «های» that is no
# plural) over its one paragraph
STORY = (
    "در کوهی دور اژدهایی زندگی می‌کرد که به جای آتش از دهانش گل بیرون می‌آمد و بچه‌های روستا "
    "هر روز به دیدنش می‌رفتند و با او بازی می‌کردند و اژدها برایشان از سفرهایش به سرزمین‌های "
    "دور قصه می‌گفت و وقتی زمستان آمد و راه روستا بسته شد اژدها با بال‌های بزرگش برف‌ها را "
    "کنار زد تا بچه‌ها بتوانند به مدرسه بروند.\n"
)
case(
    "kids-story-blog-dragon-title-not-plural-over-one-paragraph-neg",
    "text",
    f"اژدهای مهربان\n\n{STORY}",
    {"title": "اژدهای مهربان!"},
)

# == fix156: a short headline over three wrapped blocks ========================================
# A travel blog's text saved on Windows (CRLF) with ZWNJ lost, the body hard-wrapped into three
# blocks set apart by blank lines (tests/pages 1505's hard wraps, fix156's three blocks).
case(
    "travel-blog-crlf-no-zwnj-short-headline-over-three-wrapped-blocks-pos",
    "text",
    no_zwnj(
        "سفر به قلعه رودخان\r\n\r\n"
        "صبح زود از فومن راه افتادیم و پس از نیم ساعت رانندگی در جاده جنگلی به پای\r\n\r\n"
        "قلعه رسیدیم. بالا رفتن از هزار پله سنگی قلعه دو ساعت طول کشید و مه غلیظ کوه\r\n\r\n"
        "همه جا را پوشانده بود ولی وقتی به برج بالایی رسیدیم آفتاب از میان ابرها بیرون آمد.\r\n"
    ),
    {"title": "سفر به قلعه رودخان"},
)

# == fix157 (and fix152): Dari words and Kabul's clock =========================================
# An Afghan agency's item (tests/pages 1848's layout: headline, weekday date and time, three
# paragraphs), its Dari words in an official's quoted speech; its own sentences Afghan
# («ریاست امور مهاجرین», «ولایت», «بیجاشده») but none of the eight words outside the quote.
case(
    "af-agency-dari-words-in-officials-quoted-speech-pos",
    "text",
    f"آغاز توزیع کمک‌های زمستانی برای بیجاشدگان در ولایت بادغیس\n\nچهارشنبه {AZAR}\n\n"
    "ریاست امور مهاجرین و عودت کنندگان ولایت بادغیس توزیع کمک‌های زمستانی را برای هزار "
    "خانواده بیجاشده آغاز کرد.\n\n"
    "رئیس این اداره گفت: «منسوبین ما به حیث ناظر در چوکات برنامه توزیع کار می‌کنند و کمک‌ها "
    "تا ختم ماه به همه خانواده‌ها می‌رسد.»\n\n"
    "به گفته او، هر خانواده آرد، روغن و ذغال سنگ دریافت می‌کند.\n",
    {"published": KABUL},
)
# An Iranian agency's report from Mashhad about the border market with Herat, naming Herat's
# municipality and prosecutor's office as Afghans do, with their city (not «افغانستان»), unquoted.
case(
    "iranian-agency-herat-report-unquoted-afghan-offices-pos",
    "text",
    f"بازارچه مرزی دوغارون پس از دو هفته بازگشایی شد\n\n{AZAR}\n\n"
    "به گزارش خبرنگار ایرنا از مشهد، بازارچه مرزی دوغارون پس از دو هفته تعطیلی امروز بازگشایی "
    "شد و کامیون‌های حامل سیمان و مصالح ساختمانی به سوی هرات حرکت کردند.\n\n"
    "سخنگوی شاروالی هرات در گفت‌وگو با رسانه‌های محلی گفت تعطیلی بازارچه به دلیل بازسازی جاده "
    "بود و سارنوالی هرات درباره تاخیر پیمانکار تحقیق می‌کند.\n\n"
    "استاندار خراسان رضوی نیز گفت صادرات استان به کشور همسایه امسال بیست درصد بیشتر شده است.\n",
    {"published": TEHRAN},
)

# == fix157: /story/N-slug listicles ==========================================================
HEATER = "۱۰ نکته برای خرید بخاری برقی مناسب در زمستان"
HEATER_PAGE = (
    f"فروشگاه لوازم خانگی نمونه\nمجله خرید\n\n{HEATER}\n\n{DAY}\n\n"
    "بخاری برقی برای اتاق‌های کوچک و خانه‌هایی که گاز ندارند گزینه مناسبی است، اما پیش از "
    "خرید باید به توان، ایمنی و مصرف برق آن توجه کرد.\n\n"
    "نخستین نکته این است که توان بخاری را متناسب با اندازه اتاق انتخاب کنید.\n"
)
# A shop's magazine whose CMS cuts the slug short (six words of the headline's nine): no line
# of the page spells the cut slug.
case(
    "shop-mag-story-listicle-truncated-slug-pos",
    "text",
    HEATER_PAGE,
    {"title": HEATER, "number": None},
    url="https://www.example-shop.ir/story/10-نکته-برای-خرید-بخاری-برقی",
)
# -- near miss: the story's ID, then the slug opening with the count
case(
    "shop-mag-story-id-before-count-slug-neg",
    "text",
    HEATER_PAGE,
    {"title": HEATER, "number": num("4821")},
    url="https://www.example-shop.ir/story/4821-10-نکته-برای-خرید-بخاری-برقی-مناسب-در-زمستان",
)

# == fix157: a unit's signature under the item's header ========================================
UNI_HEAD = "دانشجویان دانشکده کشاورزی در جشنواره ملی خوارزمی رتبه دوم را کسب کردند"
UNI_BODY = (
    "گروه پژوهشی دانشجویان دانشکده کشاورزی با طرح کاهش مصرف آب در گلخانه‌ها در جشنواره ملی "
    "خوارزمی رتبه دوم بخش کشاورزی را کسب کرد.\n\n"
    "رئیس دانشکده گفت این طرح در گلخانه آموزشی دانشکده آزموده شده است.\n"
)
# A university's news page (tests/pages 1422: title, date, code), the date and the code on one
# labels line, the public relations' signature under it.
case(
    "uni-unit-signature-under-date-and-code-labels-line-pos",
    "text",
    f"{UNI_HEAD}\nتاریخ: {DAY} | کد خبر: ۷۷۱۲\nروابط عمومی دانشکده کشاورزی\n\n{UNI_BODY}",
    {"title": UNI_HEAD, "number": num("7712"), "published": "2024-01-02"},
)
# A medical university's HTML (<h2>, <time>, <p>): the signature opens with «مدیریت».
HEART_HEAD = "نخستین عمل جراحی قلب باز کودکان در بیمارستان دانشگاه انجام شد"
case(
    "medical-uni-html-h2-unit-signature-opening-with-modiriat-pos",
    "html",
    html(
        f"<h2>{HEART_HEAD}</h2><time>{DAY}</time><p>مدیریت روابط عمومی دانشگاه</p>"
        + paras(
            "نخستین عمل جراحی قلب باز کودکان در بیمارستان آموزشی دانشگاه روی نوزادی سه ماهه "
            "انجام شد و حال او خوب است.\n\n"
            "رئیس بیمارستان گفت تا پیش از این خانواده‌ها برای این جراحی به تهران می‌رفتند.\n"
        )
    ),
    {"title": HEART_HEAD},
)

# == fix157: labels after « / » ================================================================
# A magazine's article: section, author and source parted by spaced slashes (real51 #3's
# booshehriha.ir line, fix153), no date and no ID on the line.
LIB_HEAD = "نگاهی به تاریخچه کتابخانه‌های عمومی تهران"
case(
    "magazine-slash-author-and-source-without-date-or-id-over-headline-pos",
    "text",
    f"فرهنگی / نویسنده: مریم احمدی / منبع: روزنامه همشهری\n\n{LIB_HEAD}\n\n"
    "نخستین کتابخانه عمومی تهران در سال‌های پایانی دوره قاجار با چند صد جلد کتاب اهدایی در "
    "نزدیکی بازار گشایش یافت و خوانندگان آن بیشتر طلاب و کارمندان بودند.\n\n"
    "امروز بیش از صد کتابخانه عمومی در محله‌های پایتخت به روی مردم باز است.\n",
    {"title": LIB_HEAD},
)
# -- near miss: the same slashes with the item's code (an agency's HTML <div> over its <h1>)
BIKE_HEAD = "ایستگاه دوچرخه‌های اشتراکی در مرکز شهر راه‌اندازی شد"
case(
    "agency-html-div-slash-fields-with-id-over-h1-neg",
    "html",
    html(
        "<div class='meta'>اجتماعی / کد خبر: ۴۵۸۷۱ / نویسنده: مریم احمدی</div>"
        f"<h1>{BIKE_HEAD}</h1>"
        + paras(
            "نخستین ایستگاه دوچرخه‌های اشتراکی با پنجاه دوچرخه امروز در میدان مرکزی شهر "
            "راه‌اندازی شد.\n\nشهروندان می‌توانند با کارت شهروندی دوچرخه کرایه کنند.\n"
        )
    ),
    {"title": BIKE_HEAD + "!", "number": num("45871")},
)

# == fix158: a spaced clock whose fields are both hours =======================================
SNOW_HEAD = "بارش برف راه ارتباطی سی روستای شهرستان را بست"
SNOW_BODY = (
    "بارش سنگین برف از بامداد امروز راه ارتباطی سی روستای شهرستان را بست و گروه‌های راهداری "
    "برای بازگشایی آن‌ها به منطقه رفته‌اند.\n\n"
    "مدیر راهداری شهرستان گفت تا عصر امروز همه راه‌ها باز می‌شوند.\n"
)
# An agency's HTML date <div> under its <h1>, in Arabic-Indic digits (tests/pages 460's spaced
# clock before a dash and the day).
case(
    "agency-html-arabic-indic-spaced-clock-both-hours-pos",
    "html",
    html(
        f"<h1>{SNOW_HEAD}</h1><div class='date'>{arabic_digits('۱۷ : ۰۵ - ' + DAY)}</div>"
        + paras(SNOW_BODY)
    ),
    {
        "published": ("2024-01-02T17:05+03:30", "2024-01-02T05:17+03:30"),
        "code": "time-order-uncertain",
    },
)
# -- near miss: a forum post's spaced clock whose minute is no hour (one reading), tests/pages
# 1088's forum post layout
case(
    "forum-post-spaced-clock-minute-45-one-reading-neg",
    "text",
    "انجمن گفتگوی باغداران\n\nموضوع: آبیاری قطره‌ای باغ پسته در زمستان\n\n"
    f"ارسال شده در ۰۹ : ۴۵ - {DAY}\n\n"
    "سلام دوستان، باغ پسته ما در رفسنجان آبیاری قطره‌ای دارد و می‌خواستم بدانم در زمستان هم "
    "باید هفته‌ای یک بار آبیاری کنیم یا نه.\n\nممنون می‌شوم تجربه‌تان را بنویسید.\n",
    {"published": "2024-01-02T09:45+03:30", "nocode": "time-order-uncertain"},
)
# -- near miss: a print view's date first, then a spaced clock
case(
    "print-view-date-then-spaced-clock-neg",
    "text",
    f"نسخه چاپی\n\n{SNOW_HEAD}\n\n{DAY} - ۱۷ : ۰۵\n\n{SNOW_BODY}",
    {"published": "2024-01-02T17:05+03:30", "nocode": "time-order-uncertain"},
)

# == fix159: a slug after a year and a month with ?paged=N =====================================
LIBRARY_HEAD = "گشایش کتابخانه محله نارمک"
LIBRARY = (
    f"{LIBRARY_HEAD}\n{DAY}\n\nکتابخانه محله نارمک با پنج هزار جلد کتاب و سالن مطالعه برای صد "
    "نفر امروز گشایش یافت.\n\nعضویت در این کتابخانه برای دانش‌آموزان محله رایگان است.\n"
)
# A Persian WordPress blog's dated permalink with its Persian slug percent-encoded.
case(
    "wp-persian-percent-encoded-slug-after-year-month-paged-2-pos",
    "text",
    LIBRARY,
    {"title": LIBRARY_HEAD + "!", "published": "2024-01-02"},
    url="https://ketab.example.ir/1402/10/" + quote("گشایش-کتابخانه-محله-نارمک") + "/?paged=2",
)
# -- near miss: the month archive under a language prefix, its third page
case(
    "wp-month-archive-under-language-prefix-paged-3-neg",
    "text",
    LIBRARY,
    {"title": "WARN"},
    url="https://ketab.example.ir/fa/1402/10/?paged=3",
)

# == fix150: an agency's header flattened on one line =========================================
GAMES_HEAD = "جشنواره بازی‌های بومی محلی در روستای ابیانه برگزار شد"
GAMES_LEAD = (
    "نطنز- مدیر میراث فرهنگی شهرستان گفت: جشنواره بازی‌های بومی محلی با حضور گروه‌هایی از "
    "ده روستای منطقه امروز در روستای ابیانه برگزار شد."
)
# A provincial site republishing an agency's item (tests/pages 1827's aggregator header, the
# agency's short link, day, time and code on one line), in Arabic-Indic digits, HTML.
case(
    "provincial-html-republished-flattened-agency-header-arabic-indic-pos",
    "html",
    html(
        f"<h1>{GAMES_HEAD}</h1><p class='lead'>{GAMES_LEAD}</p><div class='src'>"
        + arabic_digits("https://agency.example.ir/x9Qwe ۱۲ دی ۱۴۰۲، ۰۹:۱۵ کد خبر ۶۲۱۸۴۳۷")
        + " استانها اصفهان</div>"
        + paras(
            f"{GAMES_LEAD} به گزارش خبرنگار ما، در این جشنواره بازی‌های قدیمی مانند الک دولک "
            "و گرگم به هوا اجرا شد.\n\nبرگزارکنندگان گفتند جشنواره هر سال برگزار خواهد شد.\n"
        )
    ),
    {
        "title": GAMES_HEAD,
        "number": num3("6218437"),
        "published": "2024-01-02T09:15+03:30",
    },
)

# == fix151: «SPEAKER : QUOTE» kept whole =====================================================
SPEAKER = "وزیر نیرو : برق هیچ شهری در تابستان آینده قطع نمی‌شود"
case(
    "ministry-speaker-colon-quote-headline-lead-repeats-neg",
    "text",
    f"{SPEAKER}\n{DAY} - ۱۲:۱۰\n\n"
    "برق هیچ شهری در تابستان آینده قطع نمی‌شود و نیروگاه‌های تازه پیش از خرداد به شبکه "
    "می‌پیوندند؛ این را وزیر نیرو امروز در جمع خبرنگاران گفت.\n\n"
    "وی افزود: ظرفیت نیروگاه‌های خورشیدی کشور امسال دو برابر شده است.\n",
    {
        "title": (SPEAKER, "WARN"),
        "nottitle": "وزیر نیرو",
        "published": "2024-01-02T12:10+03:30",
    },
)

# == fix152: a colon-less author label alone on a double-spaced page ==========================
# A journal's article page (real50 #20's layout: journal name, title, type, «نویسنده» alone,
# the affiliation, «چکیده»), double-spaced, in Arabic yeh and kaf, «نویسندگان».
DROUGHT = "سنجش اثر خشکسالی بر مهاجرت جوانان روستایی در دشت سیستان"
case(
    "journal-yeh-kaf-double-spaced-authors-label-alone-over-affiliation-pos",
    "text",
    yeh_kaf(
        f"فصلنامه پژوهش‌های روستایی\n\n{DROUGHT}\n\nنوع مقاله : مقاله پژوهشی\n\nنویسندگان\n\n"
        "دانشگاه زابل دانشیار گروه جغرافیا. پژوهشگر مطالعات روستایی\n\nچکیده\n\n"
        "این پژوهش با هدف سنجش اثر خشکسالی‌های پیاپی بر مهاجرت جوانان روستایی دشت سیستان انجام "
        "شده است. داده‌ها با پرسشنامه از چهارصد جوان در بیست روستا گردآوری و با آزمون‌های "
        "آماری تحلیل شد. نتایج نشان داد که کاهش درآمد کشاورزی مهم‌ترین انگیزه مهاجرت است.\n"
    ),
    {"title": either(DROUGHT)},
)

# == fix153: two tags joined by « | » under the headline =======================================
FRIDGE = "راهنمای خرید یخچال فریزر برای خانواده‌های پرجمعیت"
case(
    "shop-mag-tag-pair-under-headline-pos",
    "text",
    f"مجله خرید نمونه\n\n{FRIDGE}\n\nلوازم خانگی | یخچال فریزر\n\n"
    "خانواده‌های پرجمعیت به یخچالی با حجم بیشتر و فریزر جداگانه نیاز دارند و پیش از خرید باید "
    "اندازه آشپزخانه و مصرف برق دستگاه را در نظر بگیرند.\n\n"
    "در این راهنما چند نکته ساده برای انتخاب یخچال مناسب را می‌خوانید.\n",
    {"title": FRIDGE},
)

# == fix154: a date banner over the site's status line =========================================
# A provincial office's Joomla site: the day's banner over a who's-online line of the kind
# Joomla's who's-online module prints («We have N guests and M members online», in our Persian
# words), the item with no date of its own (tests/pages 1864's banner over its status line).
FOREST_HEAD = "کاشت ده هزار نهال در جنگل‌های شمال استان آغاز شد"
case(
    "joomla-provincial-banner-over-whos-online-line-pos",
    "text",
    f"اداره کل منابع طبیعی استان\n\nسه‌شنبه {DAY} ساعت ۱۰:۴۰\nما ۱۲ مهمان و ۳ عضو آنلاین "
    f"داریم\n\n{FOREST_HEAD}\n\n"
    "کاشت ده هزار نهال بلوط و افرا در جنگل‌های شمال استان با مشارکت دانش‌آموزان و گروه‌های "
    "محیط زیستی آغاز شد.\n\nمدیرکل منابع طبیعی استان گفت کاشت نهال‌ها تا پایان بهمن ادامه "
    "دارد.\n",
    {"title": FOREST_HEAD, "published": None},
)


if __name__ == "__main__":
    run(cases, check47, DATE_ROUND_PREFIXES)
