"""Silent titles of the real18 sample (docs/real_sample.md): a site's name printed twice over
the heading, a heading's expanding subheading, a document's front matter, a numbered item of
a bulleted list, a tag page's label and tagline, a slug led by the item's ID, a summary over
a headline printed twice, the home link run into a question headline.

The pages are written for these tests; each mirrors the layout of the real page named.
"""

from __future__ import annotations

from tests.checks import FLOOD_LEAD as LEAD
from tests.checks import FLOOD_MORE as MORE
from tests.checks import title_doubted as doubted

import jalali_meta as jm


def parse(text: str, url: str | None = None) -> jm.Article:
    return jm.parse_article(text, url=url)


# -- A site's name twice over the heading and its expanding subheading (erampethospital.com) --

CLINIC = "درمانگاه"
SITE = "بیمارستان دامپزشکی البرز"
HEADING = "تغذیه سگ‌های سالمند"
SUBHEADING = f"{HEADING}: راهنمای غذا و مکمل برای سال‌های پایانی عمر سگ در بیمارستان دامپزشکی البرز"
PET_BODY = (
    "سگ‌ها با بالا رفتن سن به غذای کم‌چرب‌تر و پروتئین باکیفیت‌تری نیاز دارند و بسیاری از "
    "صاحبان آن‌ها این تغییر را دیر می‌فهمند. دامپزشکان توصیه می‌کنند برنامه غذایی هر سال "
    "یک بار بازبینی شود."
)


def test_site_name_twice_at_the_top_is_no_headline_printed_twice() -> None:
    """An institution's name twice in a row as the first two lines is the site's logo and
    name: the heading under them, over its «HEADING: ...» subheading, is the title."""
    page = f"{SITE}\n{SITE}\n\n{HEADING}\n\n{SUBHEADING}\n\n{PET_BODY}\n\n{MORE}\n"
    assert parse(page).title == HEADING


def test_headline_printed_twice_at_the_top_still_counts_twice() -> None:
    """Near miss: a headline (a verb, no institution's name alone) printed twice in a row at
    the top is the title printed twice."""
    headline = "بیمارستان دامپزشکی البرز بخش جدید سگ‌های سالمند را افتتاح کرد"
    page = f"{headline}\n{headline}\n\n{CLINIC}\n\n{PET_BODY}\n\n{MORE}\n"
    assert parse(page).title == headline


def test_subheading_expanding_the_heading_is_not_the_title() -> None:
    """«HEADING» / «HEADING: more words» / body: the line that opens with the heading and a
    colon is its subheading; the short heading is the title."""
    page = f"{HEADING}\n\n{SUBHEADING}\n\n{PET_BODY}\n\n{MORE}\n"
    assert parse(page).title == HEADING


# -- A document's front matter under its title (iranianshortfilm.com/regulations) ------------

RULES_TITLE = "«آیین‌نامه جایزه سالانه عکاسان جوان»"
RULES_BODY = (
    "جایزه سالانه عکاسان جوان که به اختصار «جایزه عکس» نامیده می‌شود، هر سال به عکاسان زیر "
    "سی سال داده می‌شود و داوران آن از میان اعضای انجمن برگزیده می‌شوند تا کار آنان را "
    "بسنجند."
)
RULES_PAGE = (
    f"{RULES_TITLE}\n\nYoung Photo Prize\n\nبرگزارکننده\n\nانجمن عکاسان شهر (اعش)\n\n"
    "تنظیم شده در آبان ۱۴۰۱\n\n[۵ ماده، ۱۲ تبصره و ۱ پیوست]\n\nماده ۱- تعریف\n\n"
    f"{RULES_BODY}\n\n{MORE}\n"
)


def test_document_front_matter_is_not_the_title() -> None:
    """The organiser under «برگزارکننده», «تنظیم شده در MONTH YEAR» and the bracketed
    contents line are the document's front matter: the heading over them is the title."""
    assert parse(RULES_PAGE).title == RULES_TITLE


def test_headline_ending_with_a_month_and_year_stays_a_title() -> None:
    """Near miss: a headline that ends with a month and a year without «... شده در» is no
    drafting note."""
    headline = "تورم ماهانه کالاهای خوراکی در آبان ۱۴۰۱"
    page = f"{headline}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


# -- A numbered item of a bulleted list under a short heading (catlitter.ir) -----------------

SCHEDULE_PAGE = (
    "برنامه ی تغذیه\n\nتغذیه گربه1\n\n \n\nغذای گربه‌ها از نظر ترکیب به دو دسته تقسیم می‌شود:\n\n"
    " • 1-غذای خشک\n • 2-غذای مرطوب\n\n"
    "غذای خشک گربه ماندگاری بیشتری دارد و برای دندان‌ها بهتر است، اما آب کمتری به بدن "
    "گربه می‌رساند و باید کنار آن همیشه ظرف آب تازه گذاشت تا گربه کم‌آبی نگیرد.\n\n"
    f"{MORE}\n"
)


def test_numbered_item_of_a_bulleted_list_is_not_the_title() -> None:
    """«• 1-...» is a numbered item, the sentence ending with «:» over the list is the body,
    and «تغذیه گربه1» (a digit glued like a file's name) is an image's alt text: the short
    heading at the top is the title."""
    assert parse(SCHEDULE_PAGE).title == "برنامه ی تغذیه"


def test_two_digit_number_glued_to_a_word_is_no_file_name() -> None:
    """Near miss: «واکسن کووید19» has two digits glued: a headline's words, kept."""
    headline = "نوبت دوم واکسن کووید19"
    page = f"{headline}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


# -- A tag page's label without its ZWNJ, a tag page's tagline (sabtkarimkhan, tourismtravel) --

EXCERPT = (
    "برای ثبت هر شرکت تازه باید اساسنامه و صورت‌جلسه مجمع مؤسس به اداره ثبت فرستاده شود و "
    "مدارک هیئت مدیره نیز همراه آن باشد […]"
)


def test_tag_archive_label_with_its_plural_gives_the_tag_name() -> None:
    """«آرشیو برچسب‌ها: NAME» with its ZWNJ kept, dropped or printed as a space names the
    tag, without «ها:»."""
    for label in ("آرشیو برچسب\u200cها", "آرشیو برچسبها", "آرشیو برچسب ها"):
        page = f"{label}: شرکت سهامی خاص\n\n{EXCERPT}\n\n{EXCERPT}\n"
        assert parse(page).title == "شرکت سهامی خاص", label


def test_site_tagline_over_a_tag_pages_item_is_no_list_name() -> None:
    """At a tag's address, «سایت ...» over the one item is the site's tagline: no title,
    with a warning, rather than the tagline."""
    page = (
        "امروز: پنج شنبه، 2 خرداد 1398\n\nراه سفر\n\nسایت گردشگری ایران و جهان\n\n"
        f"خانه تاریخی شهر بیرجند\n\n{LEAD}\n{MORE}\n"
    )
    article = parse(page, url="http://www.example.ir/tags/بناهای+تاریخی+بیرجند/")
    assert article.title is None
    assert doubted(article)


def test_tag_name_the_address_spells_stays_the_list_name() -> None:
    """Near miss: the line over the item that the tag's address spells is the list's name."""
    page = f"راه سفر\n\nخانه های تاریخی\n\nخانه تاریخی شهر بیرجند\n\n{LEAD}\n{MORE}\n"
    article = parse(page, url="http://www.example.ir/tag/خانه-های-تاریخی/")
    assert article.title == "خانه های تاریخی"


# -- A slug led by the item's ID (miyanehshora.ir, Joomla's «ID-alias») -----------------------


def test_slug_led_by_an_id_spells_the_heading() -> None:
    """«/691-صورت-جلسه-شماره-66.html» spells «صورت جلسه شماره 66» after its ID: the heading
    at the top is the title, not an agenda item lower down."""
    page = (
        "مطالب\n\nصورت جلسه شماره 12\n\nبسمه تعالی\n\nصورت جلسه شورای اسلامی روستا\n\n"
        "روز جلسه : دوشنبه\n\nتاریخ جلسه : 12/4/98\n\nدستور جلسه :\n\n"
        "      - بررسی درخواست های رسیده\n\nاهم مصوبات :\n\n"
        "1- با توجه به درخواست اهالی برای بهسازی معابر مقرر شد دهیاری برآورد هزینه را تا "
        "جلسه بعد آماده کند و گزارش آن را به شورا بدهد. موضوع با پنج رای تصویب شد.\n\n"
        f"{MORE}\n"
    )
    url = "http://example.ir/component/content/article/9-mosavabat/314-صورت-جلسه-شماره-12.html"
    assert parse(page, url=url).title == "صورت جلسه شماره 12"


def test_slug_opening_with_a_number_the_headline_prints_still_spells_it() -> None:
    """Near miss: «/10-نکته-...» whose headline opens with «10» spells the whole headline."""
    headline = "10 نکته برای نگهداری گربه در آپارتمان"
    page = f"مطالب\n\nخانه و خانواده\n\n{headline}\n\n{LEAD}\n\n{MORE}\n"
    url = "https://example.ir/10-نکته-برای-نگهداری-گربه-در-آپارتمان/"
    assert parse(page, url=url).title == headline


# -- A summary over a headline printed twice (sedayezarand.ir) --------------------------------


def test_summary_over_a_headline_printed_twice() -> None:
    """A sentence, then the headline printed twice, then the body: the headline is the
    title (the sentence is the site's summary of it)."""
    headline = "پرداخت 12میلیارد ریال خسارت خشکسالی به کشاورزان راور"
    page = (
        "12میلیارد ریال خسارت خشکسالی به کشاورزان شهرستان راور پرداخت شد.\n\n"
        f"{headline}\n\n{headline}\n\n\n"
        "فرماندار راور گفت خسارت خشکسالی به کشاورزان گندم و جو و پسته از امروز پرداخت می شود.\n"
        "وی افزود کشاورزانی که محصول خود را بیمه کرده اند برای دریافت خسارت به شعب بانک "
        "کشاورزی بروند و مدارک خود را همراه داشته باشند.\n"
    )
    article = parse(page)
    assert article.title == headline
    assert not doubted(article)


# -- The home link run into a question headline (blog.sabim.com) -----------------------------

QUESTION = "در بیمه بدنه چه خسارت هایی به خودرویی که در سیل آسیب دیده پرداخت می شود؟"


def test_home_link_glued_to_the_headline_is_cut_by_the_slug() -> None:
    """«خانه QUESTION» on one line, the address's slug (cut short) spelling the question
    from its start: the title is the question without «خانه»."""
    url = "https://blog.example.com/question/در-بیمه-بدنه-چه-خسارت-هایی-به-خودرو/"
    assert parse(f"خانه {QUESTION}\n", url=url).title == QUESTION


def test_headline_opening_with_khaneh_that_the_slug_spells_is_kept_whole() -> None:
    """Near miss: the slug spells the whole line, «خانه» included: the headline's own word."""
    headline = "خانه در حاشیه شهر گران تر از مرکز شد"
    url = "https://example.ir/news/خانه-در-حاشیه-شهر-گران-تر-از-مرکز-شد/"
    assert parse(f"{headline}\n", url=url).title == headline


# -- Edges found by the sixteenth mutation round (benchmarks/hand_mutants_16.py) ---------------


def test_headline_printed_twice_at_the_top_beats_a_short_heading_below() -> None:
    """Near miss of the site's name twice: a headline (no institution's name alone) printed
    twice as the first two lines, a short heading under it: the headline is the title."""
    headline = "بیمارستان دامپزشکی البرز بخش جدید سگ‌های سالمند را افتتاح کرد"
    page = f"{headline}\n{headline}\n\n{HEADING}\n\n{PET_BODY}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == headline
    assert not doubted(article)


def test_short_subheading_expanding_the_heading_is_not_the_title() -> None:
    """«واکسیناسیون حیوانات» / «واکسیناسیون حیوانات: سپر محافظ ...» (erampethospital.com's
    heading and its H2, a subheading of nine words): the heading is the title."""
    heading = "واکسیناسیون حیوانات"
    page = (
        f"{heading}\n\n{heading}: سپر محافظ سگ‌ها و گربه‌ها در برابر بیماری\n\n{PET_BODY}\n\n{MORE}\n"
    )
    article = parse(page)
    assert article.title == heading
    assert not doubted(article)  # no verb: a subheading, not a quote naming its speaker


def test_headline_between_two_bracketed_tags_is_no_note() -> None:
    """Near miss of the bracketed note: «(ویدئو) ... (عکس)» opens and ends with brackets but
    holds two pairs: a headline with its media tags, the title under its kicker."""
    headline = "(ویدئو) افتتاح نخستین قطار برقی تهران و قم (عکس)"
    page = f"گزارش تصویری\n\n{headline}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


def test_headline_opening_with_a_glued_tag_label_word_is_no_tag_archive() -> None:
    """Near miss of «آرشیو برچسب‌ها: NAME»: «آرشیو برچسبگذاری ...» (a word that opens with
    «برچسب», its ZWNJ lost) is a headline, not a tag's archive."""
    headline = "آرشیو برچسبگذاری کالاها در گمرک تکمیل شد"
    article = parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline
    assert "listing-page" not in {w.code for w in article.warnings}


def test_headline_opening_with_khaneh_is_kept_when_the_slug_spells_neither_reading() -> None:
    """Near miss of the glued home link: a slug that spells neither the line nor the line
    without «خانه» says nothing of a crumb; «خانه ...» is the headline's own word."""
    headline = "خانه های استیجاری در تهران گران تر شد"
    url = "https://example.ir/news/اجاره-بها-در-تهران/"
    assert parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n", url=url).title == headline
