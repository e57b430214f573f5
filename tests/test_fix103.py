"""Lines taken for the title on the twenty-first real sample (real32, docs/real_sample.md),
by their general shapes: an author's name alone over the running text, a compiler's credit
line, a portal header's search links and visit counter heading, category names run
together, a list's notice that it holds nothing; and an ID after a news item's letter «h»
glued to the slug. The pages below are written for these tests (the sample's pages stay
held out)."""

from __future__ import annotations

import jalali_meta as jm

BODY = (
    "بندرهای جنوبی کشور در سال‌های اخیر سهم بیشتری از جابه‌جایی کالا را بر عهده گرفته‌اند و "
    "کارشناسان حمل و نقل دریایی می‌گویند سرمایه‌گذاری در اسکله‌های تازه و راه‌آهن بندری "
    "می‌تواند هزینه صادرات را کاهش دهد. به گفته فعالان این بخش، هماهنگی میان گمرک، کشتیرانی "
    "و شرکت‌های لجستیکی هنوز کامل نیست و بخشی از ظرفیت بندرها بدون استفاده می‌ماند؛ از این رو "
    "برنامه‌ریزی برای توسعه پس‌کرانه‌ها و جذب سرمایه خارجی در دستور کار قرار گرفته است."
)


def parse(text: str, url: str | None = None) -> jm.Article:
    return jm.parse_article(text, url=url)


def title_doubted(article: jm.Article) -> bool:
    return any(w.code == "title-uncertain" for w in article.warnings)


# 1. An author's name alone over one long paragraph that never names the author.


def test_author_name_over_text_is_no_title() -> None:
    article = parse(f"مهرداد کیانفر\n{BODY}\n")
    assert article.title is None
    assert title_doubted(article)


def test_author_name_over_text_with_address() -> None:
    article = parse(f"فرزانه صدری‌نیا\n\n{BODY}\n", url="https://port.example.ir/4512/")
    assert article.title is None
    assert article.number == "4512"


def test_person_named_by_the_text_is_the_title_neg() -> None:
    # A headline that is a person's name, the text about that person: it stays the title.
    text = (
        "حسن روحانی\n"
        "حسن روحانی سیاستمدار ایرانی و رئیس‌جمهور پیشین است که پیش از آن سال‌ها دبیر شورای "
        "عالی امنیت ملی بود و در دو دوره انتخابات ریاست جمهوری پیروز شد. روحانی در سمنان به "
        "دنیا آمد و تحصیلات حوزوی و دانشگاهی خود را در قم و تهران و سپس در اسکاتلند دنبال "
        "کرد؛ دولت او توافق هسته‌ای را با قدرت‌های جهانی امضا کرد.\n"
    )
    assert parse(text).title == "حسن روحانی"


def test_two_word_heading_over_text_neg() -> None:
    # A real two-word heading (no given name) over one paragraph stays the title.
    assert parse(f"بندرهای جنوبی\n{BODY}\n").title == "بندرهای جنوبی"


# 1b. A compiler's credit line («تنظیم : NAME - POST») over the page.

QUESTION_PAGE = (
    "تنظیم : کامران رستمی - کارشناس حقوقی اداره آموزش\n\n"
    "پرسش 112ـ آیا دادگاه می‌تواند پس از صدور رأی، خسارت دادرسی را به درخواست خواهان "
    "جداگانه تعیین کند؟\n\n"
    "نظر اکثریت:\n\n"
    "چون خواهان در دادخواست خود خسارت دادرسی را مطالبه نکرده است، دادگاه پس از صدور رأی "
    "نمی‌تواند بدون دادخواست جدید درباره آن تصمیم بگیرد و خواهان باید برای مطالبه آن "
    "دعوای مستقلی طرح کند که در دادگاه نخستین رسیدگی خواهد شد.\n"
)


def test_compiler_credit_is_no_title() -> None:
    title = parse(QUESTION_PAGE).title
    assert title is None or not title.startswith("تنظیم")


def test_compiler_credit_joined_label_is_no_title() -> None:
    text = QUESTION_PAGE.replace("تنظیم :", "تهیه و تنظیم:")
    title = parse(text).title
    assert title is None or not title.startswith("تهیه")


def test_regulation_headline_neg() -> None:
    # A headline about regulating something names it before its colon: still a headline.
    headline = "تنظیم بازار: واردات برنج برای کنترل قیمت آزاد شد"
    assert parse(f"{headline}\n\n{BODY}\n").title == headline


# 2. A portal header's search links and its visit counter's heading.

PORTAL_PAGE = (
    "سه شنبه ١٤ مهر ١٤٠٠\n"
    "بروزرسانی\n"
    "1400/05/11\n"
    "جستجوی پیشرفته   جستجوی وب\n"
    "آمار بازدید\n"
    " بازدید این صفحه : 318 | کل بازدید : 90412 \n"
    "صفحه اصلی > مقررات و دستورالعمل ها > شیوه نامه پژوهانه\n"
    "شیوه نامه پژوهانه\n"
)


def test_portal_search_links_are_no_title() -> None:
    assert parse(PORTAL_PAGE).title == "شیوه نامه پژوهانه"


def test_search_headline_neg() -> None:
    # A headline about web search is no search link.
    headline = "جستجوی وب در ایران با موتور بومی تازه آسان‌تر شد"
    assert parse(f"{headline}\n\n{BODY}\n").title == headline


# 3. Category names run together in one line, each opening with the same words.


def test_glued_category_names_are_no_title() -> None:
    text = (
        "راهنمای دعاوی خانوادهراهنمای دعاوی ملکی\n\n"
        "مهریه\n\n"
        "مهریه مالی است که مرد هنگام عقد نکاح به تملیک زن درمی‌آورد و زن می‌تواند پس از عقد "
        "هر زمان که بخواهد آن را مطالبه کند؛ شیوه مطالبه آن از راه دادگاه یا اجرای ثبت است "
        "و هر کدام شرایط خود را دارد.\n"
    )
    assert parse(text).title == "مهریه"


def test_repeated_words_with_space_neg() -> None:
    # A headline repeating its opening after a space or a mark is no glued pair of names.
    headline = "راهنمای سفر به شیراز، راهنمای سفر به یزد"
    assert parse(f"{headline}\n\n{BODY}\n").title == headline


def test_headline_printed_twice_glued_neg() -> None:
    # One headline printed twice and glued is the headline's two prints, not two names.
    headline = "سهم بندرهای جنوبی از صادرات بیشتر شد"
    assert parse(f"{headline}{headline}\n\n{BODY}\n").title == headline


# 4. A list's notice that it holds nothing (a shop's empty category), text alone.


def test_empty_list_notice_is_no_title() -> None:
    text = (
        "محصولی برای نمایش وجود ندارد!\n\n"
        "سفالگری یکی از کهن‌ترین هنرهای دستی این سرزمین است و هنرمندان جوان در این بخش "
        "کارهای خود را برای فروش عرضه می‌کنند؛ هر اثر با نام سازنده و ابعاد و قیمت آن معرفی "
        "می‌شود و خریداران می‌توانند سفارش ساخت نمونه‌ای تازه را هم ثبت کنند.\n"
    )
    title = parse(text).title
    assert title is None or "وجود ندارد" not in title


def test_woocommerce_notice_is_no_title() -> None:
    text = (
        "هیچ محصولی یافت نشد!\n\n"
        "سفالگری یکی از کهن‌ترین هنرهای دستی این سرزمین است و هنرمندان جوان در این بخش "
        "کارهای خود را برای فروش عرضه می‌کنند؛ هر اثر با نام سازنده و ابعاد و قیمت آن معرفی "
        "می‌شود و خریداران می‌توانند سفارش ساخت نمونه‌ای تازه را هم ثبت کنند.\n"
    )
    title = parse(text).title
    assert title is None or "یافت نشد" not in title


def test_exclaimed_headline_neg() -> None:
    # A headline ending with «!» that says something is missing, and where: still a headline.
    headline = "برای نجات تالاب هامون هیچ بودجه‌ای وجود ندارد!"
    assert parse(f"{headline}\n\n{BODY}\n").title == headline


# 5. An ID after a news item's letter «h» glued to the slug, in a page's file name.

PAGE = f"بندرهای جنوبی سهم بیشتری از صادرات گرفتند\n\n{BODY}\n"


def test_lettered_tail_id_is_read() -> None:
    url = "https://gazete.example.com/limanlar-ihracatta-daha-fazla-pay-aldi-h384120.html"
    assert parse(PAGE, url=url).number == "384120"


def test_lettered_tail_id_neg() -> None:
    # No file name's extension, a short number or too few slug words: not read.
    for url in (
        "https://gazete.example.com/limanlar-ihracatta-daha-fazla-pay-aldi-h384120",
        "https://gazete.example.com/limanlar-ihracatta-daha-h264.html",
        "https://gazete.example.com/pay-h384120.html",
    ):
        assert parse(PAGE, url=url).number is None, url
