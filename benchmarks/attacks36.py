"""Thirty-sixth round of attacks: the rules of fix84 (a top bar's theme toggle and install
prompt; a full-stop headline over its restating lead; a tag list's «کلمات کلیدی : NAME»
heading; a lead's second line), fix85 (DotNetNuke's ItemID; Invision's /topic/N-slug/; the
short name over an exclaimed headline), fix86 (outline and glossed headings; the staff and
book page lines; /t/NAME tag pages), fix87 (the Afghan dateline with «ل»; the «./» quote
pair; a schedule's step labels; a blog's archive widget heading) and attack35.

Each input's record was decided by hand first (docs/reliability.md, "Attacks, thirty-sixth
round"). Run: PYTHONPATH=src:benchmarks python benchmarks/attacks36.py
Prints each input's outcome (ok, WARNED: wrong with a warning, SILENT: wrong without one,
MISSING: a value left empty, CRASH) and the counts. «-neg» inputs are near misses where a
rule must not fire; «-pos» inputs are shapes beyond the rule's own page where it must. A title
ending «!» must come without a doubt; "WARN" is a title kept and doubted, or none; a tuple is
any of its values; a «published» value is the Gregorian day.

The shapes come from the pages the fixes were built on (named in the fixes' tests); the
article sentences are ours.
"""

from attack_runner import BODY, D, H, check, collector, run

cases, case = collector()


DAY = "2024-03-02"  # D, «۱۲ اسفند ۱۴۰۲»
PAGE = f"{H}\n\n{D}\n\n{BODY}"

# -- 1. fix84: the top bar's theme toggle and install prompt (meraatnews.ir) ------------------
T_HEAD = "کتابخانه مرکزی شهر پس از شش سال هنوز افتتاح نشده است"
T_LEAD = (
    "ساختمان کتابخانه مرکزی که قرار بود در دو سال ساخته شود، پس از شش سال همچنان نیمه‌کاره "
    "مانده و دانش‌آموزان برای مطالعه به سالن‌های کوچک محله‌ها می‌روند."
)
T_BODY = (
    "به گزارش خبرنگار پایگاه خبری نمونه؛ دیوارهای ساختمان سال‌هاست بی‌نما مانده و "
    "پیمانکار کار را نیمه‌تمام رها کرده است."
)
TODAY = "  • پنجشنبه, 1403/11/04 شمسی | 2025/01/23 میلادی"
INSTALL = "آیا مایل به نصب وب اپلیکیشن نمونه نیوز | example.com هستید؟"


def top_bar(*top, sep="\n"):
    return sep.join((*top, "ببینید؛", "", T_HEAD, "", T_LEAD, "", T_BODY, "", "درباره نویسنده"))


EMERGENCY = "حالت اضطراری در سه استان جنوبی کشور اعلام شد"
case(
    "toggle-word-headline-neg",
    "text",
    f"{EMERGENCY}\n\n{D}\n\n{BODY}",
    {"title": EMERGENCY + "!", "published": DAY},
)
case(
    "toggle-word-headline-under-toggle-neg",
    "text",
    f"حالت تاریک\n{EMERGENCY}\n\n{D}\n\n{BODY}",
    {"title": EMERGENCY, "published": DAY},
)
case(
    "toggle-arabic-yeh-kaf-pos",
    "text",
    top_bar("حالت تاريك", TODAY, INSTALL),
    {"title": T_HEAD, "published": None},
)
case(
    "toggle-light-mode-latin-pos",
    "text",
    top_bar("Light mode", TODAY, INSTALL),
    {"title": T_HEAD, "published": None},
)
case(
    "toggle-markdown-link-pos",
    "text",
    top_bar("[حالت تاریک](#)", TODAY, INSTALL),
    {"title": T_HEAD, "published": None},
)
case(
    "install-prompt-zwnj-pos",
    "text",
    top_bar("حالت تاریک", TODAY, "آیا مایل به نصب وب‌اپلیکیشن نمونه نیوز | example.com هستید؟"),
    {"title": T_HEAD, "published": None},
)
case(
    "toggle-double-spaced-pos",
    "text",
    top_bar("حالت تاریک", TODAY, INSTALL, sep="\n\n"),
    {"title": T_HEAD, "published": None},
)
case(
    "toggle-html-elements-pos",
    "html",
    (
        "<html><head><meta charset='utf-8'></head><body><div class='bar'><span>حالت تاریک"
        f"</span><span>{TODAY}</span></div><div>{INSTALL}</div><p>ببینید؛</p>"
        f"<p>{T_HEAD}</p><p>{T_LEAD}</p><p>{T_BODY}</p></body></html>"
    ).encode(),
    {"title": T_HEAD, "published": None},
)

# -- 2. fix84: a headline ending with a full stop over its restating lead ---------------------
S_HEAD = "بازگشایی پل تاریخی شهر پس از دو سال مرمت از هفته آینده."
S_LEAD = (
    "مدیرکل میراث فرهنگی استان اعلام کرد پل تاریخی شهر پس از دو سال مرمت و استحکام‌بخشی "
    "از شنبه هفته آینده به روی عابران پیاده بازگشایی می‌شود."
)
S_FACTS = (
    "در این مدت پایه‌های سنگی پل تقویت و کف آن با سنگ‌فرش تازه پوشانده شده است.\n"
    "نورپردازی پل نیز تا پایان ماه به پایان می‌رسد."
)
BREAD = "قیمت نان از شنبه در نانوایی‌های شهر گران می‌شود."
OTHER_LEAD = (
    "شورای شهر در نشست دیروز خود درباره وضعیت حمل و نقل عمومی و کمبود اتوبوس در خطوط "
    "شرقی شهر گفت‌وگو کرد و قرار شد گزارشی از آن به استانداری فرستاده شود."
)
case(
    "full-stop-headline-unrestated-neg",
    "text",
    f"{BREAD}\n{OTHER_LEAD}\n{S_FACTS}",
    {"title": "WARN"},
)
case(
    "full-stop-headline-arabic-letters-lead-pos",
    "text",
    f"{S_HEAD}\n{S_LEAD.replace('ی', 'ي').replace('ک', 'ك')}\n{S_FACTS}",
    {"title": S_HEAD},
)
case(
    "full-stop-headline-markdown-pos",
    "text",
    f"## {S_HEAD}\n\n{S_LEAD}\n\n{S_FACTS}",
    {"title": S_HEAD},
)
case(
    "full-stop-headline-double-spaced-pos",
    "text",
    f"{S_HEAD}\n\n{S_LEAD}\n\n{S_FACTS.replace(chr(10), chr(10) * 2)}",
    {"title": S_HEAD},
)

# -- 3. fix84: a tag list's heading «کلمات کلیدی : NAME» ----------------------------------------
K_KICK = "هشدار مدیرکل راهداری استان درباره ریزش کوه در جاده:"
K_TITLE = "چرا رانندگان باید در محور کندوان ساعت‌ها پشت ترافیک بمانند؟"
K_LEAD = (
    "مدیرکل راهداری استان از ریزش سنگ در چند نقطه محور کندوان خبر داد و گفت گروه‌های "
    "راهداری برای بازگشایی مسیر در محل حاضر شده‌اند و …"
)
TAG_URL = "http://example.com/tag/%d8%b1%db%8c%d8%b2%d8%b4-%da%a9%d9%88%d9%87/"


def tag_page(heading):
    return "\n".join(
        (heading, "تعداد مطالب : 3", "", K_KICK, "", K_TITLE, "", K_LEAD, "", "تبلیغات")
    )


case(
    "keywords-line-inside-body-neg",
    "text",
    f"{H}\n\n{D}\n\n{BODY}\nکلمات کلیدی : بودجه، شورای شهر\n\nنظر شما\n",
    {"title": H + "!", "published": DAY},
)
case(
    "keywords-heading-arabic-yeh-pos",
    "text",
    tag_page("كلمات كليدي : ریزش کوه"),
    {"title": "ریزش کوه"},
    url=TAG_URL,
)
case(
    "keywords-heading-glued-colon-pos",
    "text",
    tag_page("کلمات کلیدی:ریزش کوه"),
    {"title": "ریزش کوه"},
    url=TAG_URL,
)
case(
    "keywords-heading-html-h1-pos",
    "html",
    (
        "<html><head><meta charset='utf-8'></head><body><h1>کلمات کلیدی : ریزش کوه</h1>"
        f"<div>تعداد مطالب : 3</div><div class='item'><span>{K_KICK}</span><h2>{K_TITLE}</h2>"
        f"<p>{K_LEAD}</p></div></body></html>"
    ).encode(),
    {"title": "ریزش کوه"},
    url=TAG_URL,
)

# -- 4. fix84: a lead's second line under its first (Pashto news) -----------------------------
P_HEAD = "د ننګرهار په ښوونځیو کې د درسي کتابونو کمښت زده کوونکي ستړي کړي"
P_ONE = (
    "د ننګرهار د لرې پرتو ولسوالیو زده کوونکي وايي چې په ښوونځیو کې د ریاضي او ساینس د "
    "کتابونو د نشتوالي له امله هغوی اړ دي چې کتابونه له بازاره په لوړه بیه واخلي"
)
P_TWO = "د پوهنې ریاست چارواکو ویلي چې د نویو کتابونو د چاپ لپاره یې وزارت ته لیک لېږلی"
P_BODY = (
    "د سیمې اوسېدونکي وايي چې هر کال د ښوونیز کال په پیل کې همدا ستونزه تکرارېږي، ځکه "
    "کتابونه وخت پر ولسوالیو نه وېشل کېږي او ډېری کورنۍ یې د اخیستو توان نه لري."
)
case(
    "pashto-lead-one-line-neg",
    "text",
    f"تازه خبرونه\n\n{P_HEAD}\n\n{P_ONE} {P_TWO}.\n\n{P_BODY}",
    {"title": P_HEAD + "!"},
)
case(
    "pashto-lead-two-lines-arabic-kaf-pos",
    "text",
    f"وروستي خبرونه\n\n{P_HEAD}\n\n{P_ONE.replace('ک', 'ك')}\n{P_TWO}\n\n{P_BODY}",
    {"title": P_HEAD},
)

# -- 5. fix85: DotNetNuke's ItemID and Invision's /topic/ -------------------------------------
DNN_TITLE = "سهمیه بذر گواهی شده گندم - براساس سطح زیر کشت"
DNN = (
    f"{DNN_TITLE}    \n\n{DNN_TITLE}\n\nنامه ابلاغ سهمیه بذر گواهی شده\n\n"
    "دستورالعمل نحوه توزیع بذر\n\nپیوست شماره1\n\nپیوست شماره 2\n"
)
case(
    "dnn-another-id-neg",
    "text",
    DNN,
    {"number": None},
    url="http://x.ir/Default.aspx?tabid=56&mid=400&ctl=View&ItemID=79&UserID=12",
)
case(
    "dnn-lowercase-keys-pos",
    "text",
    DNN,
    {"number": "79"},
    url="http://x.ir/Default.aspx?TabId=56&moduleid=400&itemid=79",
)
case(
    "dnn-item-first-pos",
    "text",
    DNN,
    {"number": "79"},
    url="http://x.ir/Default.aspx?ItemID=79&TabID=56&mid=400",
)
case(
    "invision-address-on-news-site-neg",
    "text",
    PAGE,
    {"title": H + "!", "number": None, "published": DAY},
    url="https://news.example.ir/topic/206147-shora-budget/",
)
F_HEAD = "بررسی یک شبکه ذخیره‌سازی؛ شبکه‌ای که می‌خواهد فایل‌ها را برای همیشه نگه دارد!"
F_POST = (
    "این شبکه ذخیره‌سازی وعده می‌دهد که هر فایل را با یک بار پرداخت برای همیشه نگه دارد و "
    "بیشتر رقبای آن برای نگهداری داده کرایه ماهانه می‌گیرند."
)
case(
    "invision-english-labels-pos",
    "text",
    f"Skip to content\nCrypto World\n\n{F_HEAD}\n\nRate this topic\n\n\n{F_POST}\n\n"
    "Recommended Posts\n",
    {"number": "52311"},
    url="https://forum.example.com/topic/52311-storage-network/",
)
case(
    "invision-under-forums-folder-pos",
    "text",
    f"رفتن به مطلب\nدنیای رمزارز\n\n{F_HEAD}\n\nامتیاز دادن به این موضوع:\n\n\n{F_POST}\n\n"
    "ارسال‌های توصیه شده\n",
    {"number": "206147"},
    url="https://www.example-forum.ir/forums/topic/206147-storage/",
)

# -- 6. fix86: outline numbers, glosses, staff lines, book pages, /t/ ------------------------
G_BODY = (
    "نگهداری از گیاهان در خانه به نور کافی، آبیاری منظم و خاک مناسب نیاز دارد و بسیاری از "
    "مردم با رعایت چند نکته ساده می‌توانند گیاهان خود را سال‌ها سالم و شاداب نگه دارند."
)
WHEAT = "۱٫۵ میلیون تن گندم از کشاورزان استان خرید شد"
case("decimal-persian-headline-neg", "text", f"{WHEAT}\n\n{D}\n\n{BODY}", {"title": WHEAT + "!"})
GROWTH = "2.1 درصد رشد اقتصادی در فصل بهار ثبت شد"
case(
    "decimal-headline-over-outline-neg",
    "text",
    f"{GROWTH}\n\n1. مقدمه\n\n{G_BODY}\n\n{G_BODY}",
    {"title": GROWTH},
)
GUIDE = "راهنمای نگهداری گیاهان آپارتمانی، از آبیاری تا نور"
case(
    "outline-persian-digits-pos",
    "text",
    f"{GUIDE}\n\n۱. چرا گیاهان آپارتمانی اهمیت دارند\n\n۱.۱. نخستین قدم: انتخاب گلدان مناسب\n\n"
    f"{G_BODY}\n\n{G_BODY}\n",
    {"title": GUIDE},
)
EV = "رونمایی از خودروی برقی تازه (EV) در نمایشگاه تهران"
case("latin-gloss-headline-neg", "text", f"اخبار خودرو\n\n{EV}\n\n{D}\n\n{BODY}", {"title": EV})
case(
    "glossed-markdown-subheadings-pos",
    "text",
    "# ساختار مقاله‌های قابل پذیرش در فصلنامه\n\n## مقاله‌های مروری (Review papers)\n\n"
    "این مقاله‌ها باید دانش موجود در یک زمینه را گرد آورند و نقد کنند و راه پژوهش‌های بعدی "
    "را نشان دهند.\n\n### چکیده (Abstract):\n\nخلاصه‌ای از موضوع، روش و نتیجه.\n\n"
    "### واژه‌های کلیدی (keywords)\n",
    {"title": "ساختار مقاله‌های قابل پذیرش در فصلنامه"},
)
QUOTE = "رئیس دانشگاه : آقای احمدی به عنوان سرپرست معاونت پژوهشی منصوب شد"
case(
    "staff-shape-quote-headline-neg",
    "text",
    f"{QUOTE}\n\n{D}\n\n{BODY}",
    {"title": QUOTE, "published": DAY},
)
WARD = (
    "رادیولوژی : آقاي رضا احمدي \n\nكارشناس رادیولوژی\n\n \n\n"
    "در این بخش دو دستگاه تصویربرداری در نظر گرفته شده است تا بیماران بستری و سرپایی در "
    "کوتاه‌ترین زمان خدمات بگیرند و جواب آن را از پزشک معالج دریافت کنند.\n"
)
case("staff-line-arabic-letters-pos", "text", WARD, {"title": "WARN"})
case(
    "epaper-page-label-over-headline-neg",
    "text",
    f"صفحه ۱۲\n\n{H}\n\n{D}\n\n{BODY}",
    {"title": H, "published": DAY},
)
BOOK = (
    "صفحه 187\n\nو این حکم در همه روزهای ماه جاری است.\n\n"
    "مساله 912- روزه‌دار باید از خوردن و آشامیدن از اذان صبح تا مغرب خودداری کند، و اگر از "
    "روی فراموشی چیزی بخورد روزه‌اش باطل نمی‌شود.\n\n"
    "مساله 913- اگر روزه‌دار به عمد دروغ به خدا و پیامبر ببندد بنابر احتیاط روزه‌اش باطل است.\n"
)
case(
    "book-page-latin-digits-pos",
    "text",
    BOOK,
    {"title": "WARN"},
    url="https://example.com/book/resaleh/187",
)
case(
    "t-path-article-neg",
    "text",
    PAGE,
    {"title": H + "!", "published": DAY},
    url="https://example.ir/t/1402/12/12/shora-budget",
)
TAG_ITEM = (
    "وقتی کتابخانه روستا دوباره باز شد\n"
    "کتابخانه روستای کوچکی در نزدیکی رشت پس از دو سال تعطیلی دوباره به روی مردم باز شد.\n"
    "به گزارش خبرنگار ما از رشت، کتابخانه این روستا که به دلیل نبود کتابدار بسته شده بود با "
    "همت اهالی و کمک اداره کتابخانه‌های استان دوباره راه افتاد و هر روز ..."
)
case(
    "t-path-latin-tag-pos",
    "text",
    TAG_ITEM,
    {"title": "WARN"},
    url="http://news.example.ir/t/gilan",
)

# -- 7. fix87: the Afghan dateline, the «./» pair, schedules, archive widgets ------------------
A_HEAD = "د کابل ښاروالۍ: د ښار د سړکونو د رغونې کار به تر پسرلي مخکې پیل شي"
A_BODY = (
    "ښاروال نن خبریالانو ته وویل چې د ښار د سړکونو د رغونې لپاره اړین بودجه برابره شوې "
    "او کار به ژر پیل شي، خو د ژمي سړې هوا به ځینې کارونه وځنډوي."
)
A_NEXT = (
    "د ښار اوسېدونکو هم وویل چې د سړکونو خرابي د دوی ورځنی ژوند ستونزمن کړی او هیله لري "
    "چې دا ځل به کار په خپل وخت بشپړ شي."
)
case(
    "dateline-in-quote-second-paragraph-neg",
    "text",
    f"\n{A_HEAD}\n{A_BODY}\nښاروال وویل: «د ښار شورا (سه شنبه، ۲۸ مرغومي، ۱۴۰۰ل): دا پرېکړه وکړه»\n{A_NEXT}\n",
    {"published": None},
)
case(
    "solar-mark-in-body-text-neg",
    "text",
    f"\n{A_HEAD}\n{A_BODY} دا پلان په ۱۳۹۹ل کال کې جوړ شوی و.\n{A_NEXT}\n",
    {"published": None},
)
case(
    "dateline-latin-digits-pos",
    "text",
    f"\n{A_HEAD}\nنن ټکی اسیا (سه شنبه، 28 مرغومي، 1400ل): {A_BODY}\n{A_NEXT}\n",
    {"published": "2022-01-18"},
)
case(
    "dateline-dari-month-zwnj-pos",
    "text",
    f"\n{A_HEAD}\nباختر (سه‌شنبه، ۲۸ جدی، ۱۴۰۰ل): {A_BODY}\n{A_NEXT}\n",
    {"published": "2022-01-18"},
)
KICK = "مدیرکل بهزیستی استان همدان:"
PAIR = (
    "شمار مددجویان تحت پوشش در سال جاری افزایش یافته است./ "
    "طرح اشتغال خانگی برای زنان سرپرست خانوار اجرا می‌شود."
)
ILNA = (
    "ایلنا-همدان: مدیرکل بهزیستی استان همدان از افزایش شمار مددجویان تحت پوشش این اداره کل "
    "در سال جاری خبر داد و گفت طرح تازه‌ای برای اشتغال خانگی زنان در دست اجراست."
)
ILNA_MORE = (
    "وی افزود: در این طرح به هر خانوار وام کم‌بهره پرداخت می‌شود و دوره‌های آموزشی رایگان "
    "نیز برای آنان برگزار خواهد شد."
)
SPACED = PAIR.replace("./ ", ". / ")
case(
    "quote-pair-spaced-slash-pos",
    "text",
    f"{KICK}\n\n{SPACED}\n\n{ILNA}\n\n{ILNA_MORE}\n",
    {"title": SPACED},
)
case(
    "quote-pair-html-paragraphs-pos",
    "html",
    (
        f"<html><head><meta charset='utf-8'></head><body><p>{KICK}</p><p>{PAIR}</p>"
        f"<p>{ILNA}</p><p>{ILNA_MORE}</p></body></html>"
    ).encode(),
    {"title": PAIR},
)
DEADLINE = "مهلت ثبت نام آزمون کارشناسی ارشد تا پایان هفته تمدید شد"
case(
    "deadline-label-inside-article-neg",
    "text",
    f"{DEADLINE}\n\n{D}\n\nسازمان سنجش آموزش کشور اعلام کرد داوطلبانی که هنوز ثبت نام نکرده‌اند "
    "تا پایان هفته فرصت دارند در سامانه سازمان ثبت نام کنند.\n\nمهلت ثبت نام:\n"
    "۱۸ اسفند ۱۴۰۲\n\nاین مهلت دیگر تمدید نخواهد شد.\n",
    {"title": DEADLINE + "!", "published": DAY},
)
case(
    "schedule-arabic-yeh-pos",
    "text",
    "زمان‌بندی همایش\n\nآخرين فرصت ارسال چكیده مقالات به دبیرخانه همایش:\n12 فروردین 1398\n"
    "اعلام نتايج داوری چکیده‌ها:\n5 اردیبهشت 1398\nمهلت ارسال اصل مقالات پذیرفته شده:\n"
    "30 اردیبهشت 1398\nمقالاتی که پس از مهلت مقرر برسند در فرایند داوری قرار نمی‌گیرند.\n",
    {"title": "زمان‌بندی همایش", "published": None},
)
R_LEAD = (
    "مدیر رادیو یزد از پخش ویژه برنامه‌های تابستانی برای نوجوانان و خانواده‌ها از هفته "
    "آینده خبر داد و گفت این برنامه‌ها هر روز عصر پخش خواهد شد."
)
R_MORE = (
    "به گزارش رادیو نیوز، وی افزود: بخشی از این برنامه‌ها با همکاری آموزش و پرورش استان "
    "تهیه شده و مسابقه‌ای هم برای شنوندگان در نظر گرفته شده است."
)
R_TITLE = "برنامه‌های تابستانی رادیو یزد از هفته آینده پخش می‌شود"
case(
    "archive-heading-under-body-neg",
    "text",
    f"وبلاگ رادیوهای استانی\n\n{R_TITLE}\nتاريخ ايجاد: شنبه بیست و دوم خرداد ۱۳۸۹\n\n{R_LEAD}\n\n"
    f"{R_MORE}\n\nصفحات مهم وبلاگ\nفهرست شبکه های استانی صدا و سیما\nآرشیو ماهانه\n",
    {"title": R_TITLE, "published": "2010-06-12"},
)
case(
    "archive-heading-zwnj-arabic-pos",
    "text",
    "وبلاگ رادیوهای استانی - آدرس تلگرام: radioblog@\n\nصفحات مهم وبلاگ\n"
    "فهرست شبکه های استانی صدا و سیما\nآرشيو موضوعي\n"
    f"تاريخ ايجاد: شنبه بیست و دوم خرداد ۱۳۸۹       موضوع:\n\n{R_LEAD}\n\n{R_MORE}\n",
    {"title": "WARN", "published": "2010-06-12"},
)


if __name__ == "__main__":
    run(cases, check, ("title", "published", "number"))
