"""Rules found on the fifth blind batch of tests/pages (650-689), one behaviour per test.

Each rule has a test that fails without it (the page shape it reads) and one that fails if
it reaches too far (a look-alike it must leave alone). The pages are written for these tests
in the shapes of real sites (see tests/pages/SOURCES.md, section 650-689).
"""

from __future__ import annotations

import pytest
from tests.checks import warning_code_list as codes

import jalali_meta as jm
from jalali_meta.testing import LINE_EVIDENCE, normalize

archive_name = LINE_EVIDENCE["archive name"]
day_and_month = LINE_EVIDENCE["day and month"]
glued_breadcrumb_end = LINE_EVIDENCE["glued breadcrumb end"]
is_chrome_line = LINE_EVIDENCE["chrome line"]
list_control = LINE_EVIDENCE["list control"]
list_count = LINE_EVIDENCE["list count"]
part_heading = LINE_EVIDENCE["part heading"]
quoted_saying = LINE_EVIDENCE["quoted saying"]
section_glued_copies = LINE_EVIDENCE["section glued copies"]
today_weekdays = LINE_EVIDENCE["today weekdays"]


# -- a document's part heading under its title ---------------------------------------------

GUIDE = (
    "یکشنبه ۱۰ مهر ۱۴۰۱\n"
    "{crumbs}"
    "دستورالعمل تهیه طرح درس\n\n"
    "{heading}\n\n مقدمه\n\n"
    "طرح درس نشان می‌دهد استاد در هر جلسه چه می‌آموزد و چگونه؛ از این رو نظم آن به اندازه "
    "محتوایش در ارزیابی اثر دارد.\n\n"
    "این دستورالعمل شیوه یکسانی برای نوشتن طرح درس پیشنهاد می‌کند که رعایت آن الزامی است.\n"
)


@pytest.mark.parametrize("heading", ["فصل اول: اصول کلی طرح درس", "بخش دوم - اصول کلی طرح درس"])
def test_a_chapter_heading_under_the_title_is_not_the_title(heading: str) -> None:
    """«فصل اول: ...» under a guide's name is a chapter of the text, not its title."""
    article = jm.parse_article(GUIDE.format(crumbs="", heading=heading))
    assert article.title == "دستورالعمل تهیه طرح درس"


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("فصل اول: قواعد کلی گزارش", True),
        ("بخش دوم - روش تحقیق", True),
        ("گفتار سوم", True),
        ("فصل تازه همکاری ایران و چین آغاز شد", False),
        ("بخش خصوصی سهم بیشتری از بازار می‌خواهد", False),
        ("فصل ۱: کلیات", False),  # digits: the older «فصل ۱.» rule (_ENUMERATED) reads them
    ],
)
def test_part_heading_needs_a_part_word_and_an_ordinal(line: str, part: bool) -> None:
    assert part_heading(normalize(line)) is part


def test_a_headline_opening_with_a_part_word_stays_the_title() -> None:
    """A headline about a season or a sector («فصل تازه ...») is no chapter heading."""
    text = GUIDE.format(crumbs="", heading="فصل تازه همکاری دانشکده‌ها با صنعت آغاز شد")
    text = text.replace("دستورالعمل تهیه طرح درس\n\n", "")
    assert jm.parse_article(text).title == "فصل تازه همکاری دانشکده‌ها با صنعت آغاز شد"


# -- a breadcrumb's last crumb --------------------------------------------------------------


def test_the_line_repeating_a_breadcrumbs_last_crumb_is_the_title() -> None:
    """«صفحه اصلی > آموزش > NAME» over «NAME»: the page's name is its title, not the first
    heading of its text under it."""
    crumbs = "صفحه اصلی > آموزش > دستورالعمل تهیه طرح درس\n"
    article = jm.parse_article(GUIDE.format(crumbs=crumbs, heading="اصول کلی طرح درس"))
    assert article.title == "دستورالعمل تهیه طرح درس"


def test_a_breadcrumb_ending_with_a_section_name_gives_a_kicker_no_weight() -> None:
    """A last crumb of one or two words is a section's name («ورزشی»): the kicker line
    repeating it is not made the title."""
    text = (
        "صفحه اصلی > اخبار > ورزشی\nورزشی\nتیم ملی والیبال راهی مسابقات قهرمانی آسیا شد\n"
        "تیم ملی والیبال ایران صبح امروز برای شرکت در مسابقات قهرمانی آسیا راهی ژاپن شد و "
        "نخستین دیدار خود را دوشنبه برگزار می‌کند.\n"
        "سرمربی تیم پیش از سفر گفت که بازیکنان جوان در این دوره فرصت بیشتری خواهند داشت.\n"
    )
    assert jm.parse_article(text).title == "تیم ملی والیبال راهی مسابقات قهرمانی آسیا شد"


# -- archive titles: WordPress's «بایگانی‌های NAME - SITE», a theme's «برچسب زده شده با» ----

TAG_ARCHIVE = (
    "بایگانی‌های هزینه درمان - خبرنامه کویر\n"
    "سهم بیماران از هزینه درمان دوباره بالا رفت ۰۵ مهر ۱۴۰۱\n"
    "رئیس سازمان بیمه سلامت خبر داد:\n\n"
    "سهم بیماران از هزینه درمان دوباره بالا رفت\n\n"
    "رئیس سازمان بیمه سلامت استان گفت سهم پرداختی بیماران در بیمارستان‌های خصوصی امسال "
    "چند درصد بیشتر از سال گذشته بوده است.\n"
)


def test_a_wordpress_archive_title_line_names_the_list() -> None:
    """«بایگانی‌های NAME - SITE» over an item: a tag archive named NAME; the item's date
    is not the page's."""
    article = jm.parse_article(TAG_ARCHIVE)
    assert (article.title, article.published) == ("هزینه درمان", None)
    assert article.evidence["title"] == "listing name"
    assert "listing-page" in codes(article)
    assert article.spans["title"] == (12, 23)


def test_a_tagged_with_label_names_the_list() -> None:
    """«برچسب زده شده با : NAME» over excerpts cut with «[…]»: the tag's name is the title."""
    text = (
        "برچسب زده شده با : شهر علم و فرهنگ\n\n"
        "چند روز است که خبر جابه‌جایی رئیس کتابخانه عامه هرات به‌گوش می‌رسد، اما هیچ مرجع "
        "رسمی آن را تأیید نکرده است و اهل قلم از او پشتیبانی کرده‌اند. اما انجمن […]\n\n"
        "شهر هرات بناهای تاریخی بسیاری دارد، اما بی‌توجهی و باران‌های پیاپی برخی از آن‌ها "
        "را آسیب‌پذیر کرده است و مسئولان نگران‌اند و […]\n"
    )
    assert jm.parse_article(text).title == "شهر علم و فرهنگ"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("بایگانی‌های انتخابات - پرتو جنوب", "انتخابات"),
        ("بایگانی های معاون عمرانی استاندار | استانداری اصفهان", "معاون عمرانی استاندار"),
        ("برچسب زده شده با : شهر علم و فرهنگ", "شهر علم و فرهنگ"),
        # A headline about archives, without the site's name after a dash: no archive title.
        ("بایگانی‌های دولتی تا پایان سال دیجیتال می‌شوند", None),
        ("بایگانی ملی اسناد تازه‌ای منتشر کرد - ایرنا", None),
    ],
)
def test_archive_name(line: str, name: str | None) -> None:
    found = archive_name(line)
    assert isinstance(found, tuple) or found is None
    assert (line[found[0] : found[1]] if found else None) == name


def test_a_headline_about_archives_stays_the_title() -> None:
    text = (
        "بایگانی‌های دولتی تا پایان سال دیجیتال می‌شوند\n"
        "رئیس سازمان اسناد گفت همه بایگانی‌های دستگاه‌های دولتی تا پایان سال به سامانه "
        "یکپارچه منتقل می‌شوند و نسخه کاغذی فقط برای اسناد تاریخی نگه داشته می‌شود.\n"
        "به گفته او این کار هزینه نگهداری اسناد را کاهش می‌دهد.\n"
    )
    article = jm.parse_article(text)
    assert article.title == "بایگانی‌های دولتی تا پایان سال دیجیتال می‌شوند"
    assert "listing-page" not in codes(article)


ARCHIVE_HTML = (
    "<html><head><title>{title}</title><meta property='og:title' content='{title}'></head>"
    "<body><main><article><h2 class='entry-title'><a href='/?p=2'>"
    "انتخاب رئیس هیات ورزش‌های همگانی پس از دو سال وقفه</a></h2>"
    "<p>پس از دو سال، روند انتخاب رئیس هیات ورزش‌های همگانی استان دوباره آغاز شده است و "
    "اعضای مجمع امیدوارند این انتخاب به رونق ورزش کمک کند. دبیر این هیات گفت […]</p>"
    "</article></main></body></html>"
)


def test_an_archive_title_in_the_head_names_an_html_list() -> None:
    """<title> and og:title «بایگانی‌های NAME - SITE», no visible heading: the list's name."""
    pytest.importorskip("selectolax")
    article = jm.parse_html(ARCHIVE_HTML.format(title="بایگانی‌های انتخابات - پرتو جنوب"))
    assert (article.title, article.evidence["title"]) == ("انتخابات", "archive title")
    assert "listing-page" in codes(article)


def test_an_articles_title_in_the_head_is_no_archive_title() -> None:
    pytest.importorskip("selectolax")
    title = "انتخاب رئیس هیات ورزش‌های همگانی پس از دو سال وقفه - پرتو جنوب"
    article = jm.parse_html(ARCHIVE_HTML.format(title=title))
    assert article.title == "انتخاب رئیس هیات ورزش‌های همگانی پس از دو سال وقفه"
    assert "listing-page" not in codes(article)


# -- a list page's controls and buttons -----------------------------------------------------

NEWS_LIST = (
    "فهرست اخبار\n\n"
    "اخبار مورد نظر خود را جستجو کنید\n"
    "گروه بندی\n"
    "مهلت ثبت نام آزمون وکالت تمدید شد مهلت ثبت نام آزمون وکالت تمدید شد\n\n"
    "داوطلبان آزمون وکالت تا پایان هفته آینده فرصت دارند ثبت نام خود را کامل کنند و مدارک "
    "را بارگذاری کنند.\n\n"
    "مشاهده بیشتر\n"
    "ابطال یک مصوبه آموزشی دانشگاه ابطال یک مصوبه آموزشی دانشگاه\n\n"
    "هیئت عمومی دیوان عدالت اداری بند مربوط به محاسبه نمره دروس مردودی را خلاف قانون "
    "دانست.\n\n"
    "مشاهده بیشتر\n"
)


def test_a_list_pages_controls_stand_under_its_name() -> None:
    """«فهرست اخبار», a search prompt, «گروه بندی», then items each closed by «مشاهده
    بیشتر»: the list's name is the title, not its grouping control."""
    article = jm.parse_article(NEWS_LIST)
    assert article.title == "فهرست اخبار"
    assert "listing-page" in codes(article)


@pytest.mark.parametrize(
    ("line", "control"),
    [
        ("گروه بندی", True),
        ("گروه‌بندی", True),
        ("مرتب سازی بر اساس", True),
        ("اخبار مورد نظر خود را جستجو کنید", True),
        ("گروه بندی جام جهانی ۲۰۲۶ اعلام شد", False),
        ("گروه بندی مدارس بر اساس کیفیت آموزشی انجام می‌شود", False),
    ],
)
def test_list_control_is_a_whole_control_line(line: str, control: bool) -> None:
    assert list_control(normalize(line)) is control


def test_a_read_more_button_run_into_an_excerpt_makes_a_list() -> None:
    """«TAG» / «HEADLINE» / «EXCERPT ... ادامه را بخوانید»: a tag page, named by its first
    line (without the page's address to say so)."""
    text = (
        "کتابخانه ملتی\n\n"
        "کتابخانه‌ای برای همه مردم\n\n"
        "ماجرای بنیاد کتابخانه ملی از یک نیاز ساده آغاز شد: دسترسی همگانی و رایگان به کتاب. "
        "پیش از مشروطه کتابخانه‌ها بیشتر در اختیار دربار بود و اندیشه کتابخانه‌ای برای همه "
        "... ادامه را بخوانید\n"
    )
    assert jm.parse_article(text).title == "کتابخانه ملتی"


def test_a_paragraph_ending_to_be_continued_is_no_excerpt() -> None:
    """«... ادامه دارد» (to be continued) ends an article's part: no list."""
    text = (
        "کتابخانه‌ای برای همه مردم\n\n"
        "ماجرای بنیاد کتابخانه ملی از یک نیاز ساده آغاز شد: دسترسی همگانی و رایگان به کتاب. "
        "پیش از مشروطه کتابخانه‌ها بیشتر در اختیار دربار بود و اندیشه کتابخانه‌ای برای همه "
        "... ادامه دارد\n"
    )
    article = jm.parse_article(text)
    assert article.title == "کتابخانه‌ای برای همه مردم"
    assert "listing-page" not in codes(article)


# -- a section's name alone ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("آیین نامه ها", True),
        ("آیین‌نامه‌ها", True),
        ("آیین نامه های تازه دانشگاه ابلاغ شد", False),
        # A share bar's buttons on one line, and a headline naming one of them.
        ("تلگرام واتس اپ", True),
        ("اشتراک گذاری با", True),
        ("تلگرام در ایران فیلتر شد", False),
    ],
)
def test_a_section_name_of_three_words_alone_is_chrome(line: str, chrome: bool) -> None:
    assert is_chrome_line(normalize(line)) is chrome


def test_a_menu_of_section_names_gives_no_title_without_running_text() -> None:
    """A Drupal page's menu («آیین نامه ها» among its items) over its heading and an
    attachment's name: the heading is the title, not the menu item."""
    text = (
        "صفحه اصلی\nدرباره ما\nآیین نامه ها\nتماس با ما\n"
        "آیین نامه نحوه همکاری اعضای هیئت علمی وابسته\naiiennameh99.pdf (277.5 KB)\n"
    )
    assert jm.parse_article(text).title == "آیین نامه نحوه همکاری اعضای هیئت علمی وابسته"


# -- the lead's «امروز» against a date line above the title ---------------------------------

BANNER = (
    "{banner}\n\n"
    "مرکز پژوهش‌ها به دنبال کار سیاسی نیست\n\n"
    "به گزارش خبرنگار ما، رئیس مرکز پژوهش‌های مجلس امروز {today} در نخستین دیدار خود با "
    "اهالی رسانه گفت که گزارش‌های این مرکز باید بر پایه داده نوشته شود.\n\n"
    "وی افزود: خبرنگاران و پژوهشگران هر دو با واقعیت سر و کار دارند و کارشان مکمل است.\n"
)


def test_a_date_line_above_the_title_on_another_weekday_than_the_leads_today_is_not_used() -> None:
    """«سه شنبه , ۳۰ اردیبهشت ۱۴۰۴» above the title, «امروز شنبه ۱۰ شهریورماه» in the lead:
    the line is the theme's day of the visit, not the article's; no date, with a warning."""
    text = BANNER.format(banner="سه شنبه , ۳۰ اردیبهشت ۱۴۰۴", today="شنبه 10 شهریورماه")
    article = jm.parse_article(text)
    assert article.published is None
    assert "published-conflict" in codes(article)


@pytest.mark.parametrize("today", ["سه شنبه", "دوشنبه"])
def test_a_date_line_on_the_leads_today_or_the_day_after_stands(today: str) -> None:
    """The lead's today is the line's weekday, or the day before it (a post published
    past midnight): the date line is the article's."""
    text = BANNER.format(banner="سه شنبه , ۳۰ اردیبهشت ۱۴۰۴", today=today)
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2025-05-20"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("رئیس مرکز امروز شنبه 10 شهریورماه گفت", {0}),
        ("امروز، سه‌شنبه، نشست برگزار شد", {3}),
        ("امروز یکشنبه و فردا دوشنبه", {1}),
        ("امروزه کمتر کسی نامه می‌نویسد", set()),
        ("امروز در تهران باران بارید", set()),
    ],
)
def test_today_weekdays(text: str, days: set[int]) -> None:
    assert today_weekdays(normalize(text)) == days


# -- a header block printed between the lead and the body -----------------------------------

UNDER_LEAD = (
    "هفته بسیج گرامی باد\n\n"
    "رادیو مجازی اتاق بازرگانی 30 آبان 1403\n\n"
    "با حضور رئیس و نواب رئیس اتاق\n\n"
    "هجدهمین نمایشگاه بین‌المللی معدن افتتاح شد\n\n"
    "نمایشگاه امسال معدن با حضور مدیران اتاق، چند نماینده مجلس و شرکت‌های اکتشافی در محل "
    "دائمی نمایشگاه‌ها گشایش یافت و تا پایان هفته برپاست.\n\n"
    "03 آذر 1403\n"
    "کد خبر : 71747\n"
    "اشتراک گذاری\n"
    "تلگرام واتس اپ\n"
    "لینک\n\n"
    "{body}"
)
BODY = (
    "در آیین گشایش این دوره، رئیس اتاق از غرفه‌های فرآوری سنگ آهن و مس بازدید کرد و گفت که "
    "سرمایه‌گذار معدنی بیش از هر چیز به ثبات مقررات نیاز دارد.\n\n"
    "به گفته برگزارکنندگان، در این دوره بیش از دویست شرکت داخلی و چند هیئت تجاری حضور "
    "دارند و نشست‌های تخصصی در سالن جنبی برگزار می‌شود.\n"
)


def test_a_date_and_code_between_the_lead_and_the_body_are_the_header() -> None:
    """The date and ID lines right under a one-paragraph lead, then share buttons, then the
    body: the header block, whose date beats a dated line above the title (another day's
    programme, reported)."""
    article = jm.parse_article(UNDER_LEAD.format(body=BODY))
    assert article.published.isoformat() == "2024-11-23"
    assert article.number == "71747"
    assert article.evidence["published"] == "date line after lead"
    assert "published-conflict" in codes(article)
    assert len(article.body) == 2  # the share buttons are not the body's


def test_a_date_under_the_only_paragraph_stays_a_footer_date() -> None:
    """Without running text after them, the date and ID lines under the article's only
    paragraph are its footer (weaker than a date line above the title)."""
    article = jm.parse_article(UNDER_LEAD.format(body=""))
    assert article.evidence["published"] == "date line above title"


# -- a headline printed again with its section glued on -------------------------------------

GLUED = (
    "د کرنې وزارت د غنمو د تخمونو وېش پیل کړ\n\n"
    "د کرنې وزارت د غنمو د تخمونو وېش پیل کړ {section}\n"
    "د کرنې وزیر مولوي عطاالله عمري\n\n"
    "د کرنې وزیر مولوي عطاالله عمري د بزګرانو په غونډه کې وویل چې تخمونه به د ولایتونو "
    "د اړتیاوو له مخې ووېشل شي او هېڅ بزګر به بې برخې نه شي.\n\n"
    "نوموړي زیاته کړه چې سږکال د تېر کال په پرتله ډېر تخمونه وېشل کېږي.\n"
)


def test_a_headline_printed_again_with_its_section_glued_on_is_printed_twice() -> None:
    """«HEADLINE» over «HEADLINE سیاست» (the category run into the copy), then a caption
    naming a person: the headline, printed twice, is the title, not the caption."""
    article = jm.parse_article(GLUED.format(section="سیاست"))
    assert article.title == "د کرنې وزارت د غنمو د تخمونو وېش پیل کړ"
    assert "title-uncertain" not in codes(article)


@pytest.mark.parametrize(
    ("after", "copy"),
    [("سیاست", True), ("اقتصاد", True), ("او د بزګرانو ستونزې", False), ("", False)],
)
def test_only_a_sections_name_after_the_headline_makes_a_copy(after: str, copy: bool) -> None:
    """Words that are no section's name after the headline's («... او د بزګرانو ستونزې»):
    a longer headline or a subtitle, not the headline printed again."""
    headline = "د کرنې وزارت د غنمو د تخمونو وېش پیل کړ"
    found = section_glued_copies(f"{headline}\n{headline} {after}".rstrip() + "\n")
    assert found == ({1: "".join(normalize(headline).split())} if copy else {})


# -- a quoted saying under the title ----------------------------------------------------------

SAYING = (
    "پیام رئیس دانشکده حقوق\n\n"
    "{quote}\n"
    "سه دهه دگرگونی باعث شد که رسیدن به نیازهای ابتدایی مهمترین تلاش جامعه ما باشد ، اما "
    "امروز نسل تازه ای را می بینیم که با انگیزه بیشتر به آموختن روی آورده است.\n"
    "دانشکده حقوق که در سال 1933م. بنیاد گذاشته شد ، یکی از برترین نهادهای تحصیلی کشور "
    "بوده و فارغ التحصیلان آن در همه عرصه ها خدمت کرده اند.\n"
)


def test_a_quoted_saying_with_its_source_is_no_title() -> None:
    """«"... ." یک ضرب المثل کهن» between the heading and the text: an epigraph."""
    quote = '"دانش چراغی است که راه فردا را روشن می کند." یک ضرب المثل کهن'
    assert jm.parse_article(SAYING.format(quote=quote)).title == "پیام رئیس دانشکده حقوق"


@pytest.mark.parametrize(
    ("line", "saying"),
    [
        ('"دانش چراغی است که راه فردا را روشن می کند." یک ضرب المثل کهن', True),
        ("«هر که را صبر نیست حکمت نیست.» سعدی", True),
        ("«تورم تا پایان سال مهار می‌شود»؛ رئیس کل بانک مرکزی", False),
        ('"مردم منتظر تصمیم مجلس‌اند." نماینده تهران در نطق پیش از دستور امروز گفت که ...', False),
    ],
)
def test_quoted_saying(line: str, saying: bool) -> None:
    assert quoted_saying(normalize(line)) is saying


# -- a list's item count ---------------------------------------------------------------------

COUNTED = (
    "• امروز : چهارشنبه - ۸ بهمن - ۱۴۰۴\n"
    "{count}\n\n"
    "ورودی حوزه های علمیه\n\n"
    "07فروردین\n"
    "افت ثبت‌نام طلاب و راه‌های پیش رو\n"
    "یادداشت؛\n\n"
    "افت ثبت‌نام طلاب و راه‌های پیش رو\n\n"
    "شمار داوطلبان ورود به حوزه در چند سال اخیر کم شده است و نویسنده این یادداشت می‌گوید "
    "بخشی از پاسخ در معرفی روشن‌تر زندگی طلبگی به خانواده‌ها نهفته است.\n"
)


def test_the_line_under_a_lists_item_count_names_the_list() -> None:
    """«کل اخبار 6690» over a short line, then an item: the list's name is the title."""
    article = jm.parse_article(COUNTED.format(count="کل اخبار 6690"))
    assert article.title == "ورودی حوزه های علمیه"
    assert "listing-page" in codes(article)


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("کل اخبار 6690", True),
        ("تعداد مطالب: ۱۲", True),
        ("کل اخبار امروز را ببینید", False),
        ("تعداد اخبار جعلی 30 درصد بیشتر شد", False),
    ],
)
def test_list_count(line: str, count: bool) -> None:
    assert list_count(normalize(line)) is count


def test_a_site_name_under_a_count_in_the_page_header_is_no_list_name() -> None:
    """«کل اخبار 6690» in the site's header over its name and menu, far from the items:
    the site's name is not taken as the list's."""
    text = COUNTED.format(count="کل اخبار 6690\nصدای حوزه\nخانه\nیادداشت\nاخبار\nگفت‌وگو")
    assert jm.parse_article(text).title != "صدای حوزه"


@pytest.mark.parametrize(
    ("line", "badge"),
    [("07فروردین", True), ("۱۲ حمل", True), ("07 فروردین 1404", False), ("فروردین", False)],
)
def test_day_and_month(line: str, badge: bool) -> None:
    assert day_and_month(normalize(line)) is badge


# -- labels in parentheses, addresses -------------------------------------------------------


def test_registered_and_updated_labels_with_values_in_parentheses() -> None:
    """«تاریخ ثبت: (1398/01/05 )  تاریخ بروزآوری: (1398/01/06 )»: published and updated."""
    text = (
        "نگاهی به تاریخ علم و پیدایش خط\n"
        "کهن‌ترین نوشته‌هایی که نشانه‌هایشان آوا را نشان می‌دهند به هزاره سوم پیش از میلاد "
        "می‌رسند و این قسمت از آن گام سرنوشت‌ساز می‌گوید.\n"
        "تاریخ ثبت: (1398/01/05 )  تاریخ بروزآوری: (1398/01/06 )\n"
    )
    article = jm.parse_article(text)
    assert article.published.isoformat() == "2019-03-25"
    assert article.updated.isoformat() == "2019-03-26"
    assert [(f.name, f.label) for f in article.fields] == [
        ("published", "تاریخ ثبت"),
        ("updated", "تاریخ بروزآوری"),
    ]


@pytest.mark.parametrize(
    ("url", "number"),
    [
        # Joomla: «Itemid» is the menu entry; an address copied from HTML keeps «&amp;».
        (
            "http://fa.example.ir/index.php?option=com_content&amp;view=article&amp;id=1347"
            "&amp;Itemid=221",
            "1347",
        ),
        ("http://x.ir/index.php?option=com_content&view=article&id=1347&Itemid=221", "1347"),
        ("http://x.ir/page.aspx?ItemID=5512", "5512"),  # no Joomla option: its own ID
        ("http://x.ir/?id=9&Itemid=3", None),  # two IDs of unknown meaning
    ],
)
def test_address_ids(url: str, number: str | None) -> None:
    assert jm.parse_article("عنوان\n", url=url).number == number


# -- a breadcrumb run into the headline ------------------------------------------------------


def test_a_breadcrumb_run_into_a_one_line_pages_headline_is_cut_off() -> None:
    """«خانه اخبار ویژه HEADLINE», the page's only line: the headline is the title."""
    article = jm.parse_article("خانه اخبار ویژه استان جدید در جنوب کشور تشکیل می‌شود؟\n")
    assert article.title == "استان جدید در جنوب کشور تشکیل می‌شود؟"


@pytest.mark.parametrize(
    "line",
    [
        "خانه سینما جشن سالانه منتقدان را در تالار وحدت برگزار می‌کند",  # an institution
        "خانه‌های ارزان قیمت در حاشیه شهرها بیشتر شد",
    ],
)
def test_a_headline_opening_with_home_keeps_its_words(line: str) -> None:
    assert glued_breadcrumb_end(normalize(line)) is None


def test_labels_whose_bracketed_values_are_printed_on_lines_of_their_own() -> None:
    """«تاریخ ثبت: (» / DATE / «) تاریخ بروزآوری: (» / DATE / «)» (an HTML box that puts each
    date in a block of its own): each label takes the date on the next line."""
    text = (
        "نگاهی به تاریخ علم و پیدایش خط\n"
        "کهن‌ترین نوشته‌هایی که نشانه‌هایشان آوا را نشان می‌دهند به هزاره سوم پیش از میلاد "
        "می‌رسند و این قسمت از آن گام سرنوشت‌ساز می‌گوید.\n"
        "تاریخ ثبت: (\n1398/01/05\n) تاریخ بروزآوری: (\n1398/01/06\n)\n"
    )
    article = jm.parse_article(text)
    assert article.published.isoformat() == "2019-03-25"
    assert article.updated.isoformat() == "2019-03-26"


def test_a_bracket_alone_after_a_label_takes_no_text_as_its_value() -> None:
    """An opening bracket alone after a label, and a line of words under it: no date."""
    text = (
        "نگاهی به تاریخ علم و پیدایش خط\n"
        "کهن‌ترین نوشته‌هایی که نشانه‌هایشان آوا را نشان می‌دهند به هزاره سوم پیش از میلاد "
        "می‌رسند و این قسمت از آن گام سرنوشت‌ساز می‌گوید.\n"
        "تاریخ ثبت: (\nنامعلوم\n)\n"
    )
    article = jm.parse_article(text)
    assert article.published is None
    assert "not-a-date" not in codes(article)
