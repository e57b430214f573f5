"""mut54: tests for the survivors of the fifty-fourth mutation round
(benchmarks/hand_mutants_54.py, docs/reliability.md "The fifty-fourth round: fix284-fix291
under mutation").

Each test kills one survivor and passes on main; the layouts are the rules' own pages (a news
item's header over a photo gallery printing its headline, a forum thread, a post answering
its questions, a blog's counters line, ...), the sentences written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"


def _codes(article: jm.Article) -> set[str]:
    return {w.code for w in article.warnings}


# -- fix284: a header over a gallery whose captions all print the headline (mutant 1) ----------
_HEADLINE = "آغاز برداشت انار از باغ های شهرستان ساوه"
_LEAD = (
    "این متن برای آزمون نوشته شده است و از برداشت میوه در باغ های یک شهرستان می گوید تا "
    "جمله ای به اندازه یک بند کامل باشد و ابزار آن را متن اصلی صفحه بخواند."
)


def test_header_over_a_gallery_of_bulleted_captions_gives_the_id_and_date() -> None:
    """A labelled header over twelve captions, each the headline after a bullet («•», «-»,
    «▪»), then the headline and its lead: the header's ID and date are read (mutant 1: only
    the unbulleted copies discounted, the header too far above, both missing)."""
    for bullet in ("\u2022", "-", "\u25aa"):
        captions = "\n\n".join([f"{bullet} {_HEADLINE}"] * 12)
        article = jm.parse_article(
            "|\nتصویر / شناسه : 58214 / تاریخ انتشار : 1398/7/12 10:45\n"
            f"{captions}\n\n{_HEADLINE}\n\n{_LEAD}\n"
        )
        assert article.title == _HEADLINE, bullet
        assert article.number == "58214", bullet
        assert article.published is not None, bullet
        assert article.published.jalali_date == (1398, 7, 12), bullet


# -- fix284: a forum thread's title over its poster (mutants 11, 13) ---------------------------
_THREAD_TITLE = "معرفی انار"
_FORUM_POST = (
    "سلام به همه دوستان، امسال چند درخت انار در حیاط خانه کاشته ام و می خواهم بدانم در روزهای "
    "سرد زمستان چه کاری برای آنها انجام دهم تا سرما به شاخه ها آسیب نزند و بهار دوباره میوه بدهند."
)


def test_thread_title_over_poster_and_rank_is_the_title_doubted() -> None:
    """A thread's title over the poster's user name and rank (two or three words) over the
    post: the thread's title, doubted (mutant 13: no doubt; mutant 11: a rank of three words
    taken for the title, sure)."""
    for name, rank in (("anar_lover", "کاربر فعال"), ("garden1398", "کاربر خیلی فعال")):
        article = jm.parse_article(f"{_THREAD_TITLE}\n\n{name}\n\n{rank}\n{_FORUM_POST}\n")
        assert article.title == _THREAD_TITLE, rank
        assert _UNCERTAIN in _codes(article), rank


# -- fix284: a post's heading over the first of its question sections (mutant 14) -------------
_SAFFRON = "روش کاشت زعفران در مزرعه های کوچک"
_ANSWER = (
    "در این بخش می گوییم که کشاورز در هر مرحله چه کاری انجام می دهد و چه ابزاری به کار "
    "می برد تا محصول خوبی به دست آید و زمین برای سال بعد آماده بماند."
)
_ANSWER_2 = (
    "پیازها را پس از برداشت در جای خشک و خنک می گذاریم و هر چند هفته یک بار آنها را نگاه "
    "می کنیم تا پیاز خراب از بقیه جدا شود و برای کاشت پاییز سالم بماند."
)


def test_heading_over_question_sections_is_the_title_doubted() -> None:
    """A post's heading over its first question heading, its answer, a second question and
    its answer: the heading, doubted (mutant 14: taken sure)."""
    article = jm.parse_article(
        f"{_SAFFRON}\n\nزعفران چه زمانی کاشته می شود؟\n\n{_ANSWER}\n\n"
        f"پیاز زعفران را چگونه نگه داریم؟\n\n{_ANSWER_2}\n"
    )
    assert article.title == _SAFFRON
    assert _UNCERTAIN in _codes(article)


def test_magazine_name_over_question_sections_is_not_the_title() -> None:
    """A magazine's name sharing no word with the question under it, over two question
    sections: the name is never the title; the first question is (mutant 7: no shared word
    wanted, the magazine's name taken, doubted)."""
    name = "مجله اینترنتی باغ و گل"
    question = "زعفران چه زمانی کاشته می شود؟"
    article = jm.parse_article(
        f"{name}\n\n{question}\n\n{_ANSWER}\n\nپیاز زعفران را چگونه نگه داریم؟\n\n{_ANSWER_2}\n"
    )
    assert article.title == question


# -- fix285: a teaser closed by its title printed again (mutants 20, 21) -----------------------
_SWALLOWS = "پرستوهای مهاجر در نیزارهای دریاچه"
_SWALLOWS_CUT = (
    "پرستو (نام علمی: Hirundo) پرنده ای کوچک و تیزپرواز است که در تابستان به شمال می آید "
    "و ... ادامه مطلب"
)


def test_two_line_teaser_closed_by_its_title_is_doubted() -> None:
    """HEADLINE / an excerpt of two lines, the second cut with «... ادامه مطلب» / HEADLINE
    again, nothing more: one teaser of a list, doubted (mutant 20: one excerpt line only,
    the headline sure)."""
    first = (
        "صدها پرستوی مهاجر در روزهای اخیر در نیزارهای حاشیه دریاچه دیده شده اند و پرنده "
        "نگرها برای دیدن آن ها از شهرهای دور آمده اند"
    )
    article = jm.parse_article(
        f"{_SWALLOWS}\n{first}\nپرستو پرنده ای کوچک و تیزپرواز است که ... ادامه مطلب\n{_SWALLOWS}\n"
    )
    assert article.title == _SWALLOWS
    assert _UNCERTAIN in _codes(article)


def test_cut_excerpt_closed_by_another_line_keeps_its_headline_sure() -> None:
    """HEADLINE / an excerpt cut with «... ادامه مطلب» / another short line (not the headline
    again): the headline, sure (mutant 21: any last line read as the title again, a false
    alarm)."""
    article = jm.parse_article(f"{_SWALLOWS}\n{_SWALLOWS_CUT}\nپرندگان مهاجر دیگر\n")
    assert article.title == _SWALLOWS
    assert _UNCERTAIN not in _codes(article)


# -- fix286: the shortest card of label and value lines (mutants 27, 28, 29) -------------------
_INN = "کاروانسرای قدیمی ده نمک"
_INN_TEXT = (
    "این کاروانسرا در دوره صفوی کنار راه کاروان رو ساخته شده و حیاط آن با ایوان های آجری "
    "آراسته شده است. پس از مرمت، حجره های آن به اقامتگاه و اصطبل به رستوران تبدیل خواهد شد."
)


def test_name_over_a_four_pair_card_with_two_measures_is_the_title_sure() -> None:
    """A building's name over a card of four label/value pairs, two values opening with a
    digit, one label of three words, with and without blank lines: the name, sure (mutants
    27 and 28: five pairs or three measures wanted; 29: a three-word label no card's; the
    card not read, the name doubted, a false alarm)."""
    for area_label in ("مساحت", "مساحت بنای اصلی"):
        pairs = (
            ("نشانی", "استان سمنان، شهرستان آرادان"),
            (area_label, "3400 متر مربع"),
            ("کاربری", "اقامتگاه و رستوران"),
            ("شروع قرارداد", "1399"),
        )
        for sep in ("\n\n", "\n"):
            fields = sep.join(f"{label}{sep}{value}" for label, value in pairs)
            article = jm.parse_article(f"{_INN}\n\n{fields}\n\n{_INN_TEXT}\n")
            assert article.title == _INN, (area_label, sep)
            assert _UNCERTAIN not in _codes(article), (area_label, sep)


# -- fix289: a page's name over a section heading and its list, no lead (mutant 62) -----------
_BRIDGE_LIST = (
    "- پارکینگ خودروهای سواری\n- رستوران و چایخانه سنتی\n- اتاق کودک و سرویس بهداشتی\n"
    "- فروشگاه صنایع دستی محلی\n"
)
_BRIDGE_HISTORY = (
    "تاریخچه\nنخستین پل این رودخانه در دوره صفوی از سنگ و آجر ساخته شد و کاروان ها از روی "
    "آن به شهرهای جنوب می رفتند و سال ها تنها راه گذر بود.\n"
    "در دهه های بعد پل های تازه ای در کنار آن ساخته شد و پل کهنه امروز تنها برای گذر پیاده "
    "به کار می رود و گردشگران بسیاری از آن دیدن می کنند.\n"
)


def test_name_over_a_three_word_section_heading_and_list_is_the_title() -> None:
    """An encyclopedia page's name over a section heading of three words («امکانات و
    خدمات») and its bulleted list, no lead: the page's name (mutant 62: two words at most,
    the list's last item taken)."""
    for heading in ("امکانات و خدمات", "خدمات رفاهی مجموعه"):
        article = jm.parse_article(
            f"مجموعه گردشگری پل کهنه\n{heading}\n{_BRIDGE_LIST}{_BRIDGE_HISTORY}"
        )
        assert article.title == "مجموعه گردشگری پل کهنه", heading


# -- fix290: a headline about a logo, with a verb last (mutant 68) -----------------------------
_PARK_LEAD = (
    "شورای شهر دیروز تصمیم گرفت که پارک های محله ای در ماه های تابستان تا نیمه شب باز بمانند "
    "تا خانواده ها بتوانند در هوای خنک شب از آن ها استفاده کنند."
)
_PARK_MORE = (
    "یکی از اعضای شورا گفت که این تصمیم پس از نظرسنجی از ساکنان محله ها گرفته شد و "
    "نگهبانان بیشتری برای شب ها به کار گرفته خواهند شد."
)


def test_headline_about_a_logo_ending_with_a_verb_stays_the_title() -> None:
    """«لوگوی NAME ... رونمایی شد» (no word calling the logo new, a verb last) over the
    report: the headline, sure (mutant 68: the verb not tested, the line read as a logo's alt
    text, no title)."""
    for headline in ("لوگوی شهرداری کوهپایه رونمایی شد", "لوگوی باشگاه فوتبال شهر تغییر کرد"):
        article = jm.parse_article(f"{headline}\n\n{_PARK_LEAD}\n\n{_PARK_MORE}\n")
        assert article.title == headline
        assert _UNCERTAIN not in _codes(article)


# -- fix287: the Tajik views label «Дида шуд» (mutant 41) ---------------------------------------
_TJ_HEADLINE = "Мактаби нави варзишӣ дар Хуҷанд"
_TJ_TEXT = (
    "Дар шаҳри Хуҷанд рӯзи душанбе мактаби нави варзишӣ барои кӯдакон кушода шуд ва зиёда аз "
    "дусад нафар хонандагон дар он ба машғулиятҳои варзишӣ фаро гирифта мешаванд.\n"
    "Директори мактаб гуфт, ки дар мактаб толорҳои шиноварӣ ва гимнастика сохта шудаанд ва "
    "машғулиятҳо ройгон мебошанд.\n"
)


def test_tajik_views_line_is_no_title() -> None:
    """A blog view's «Дида шуд: 412» under its headline, or alone over the text: the headline,
    sure, or no title (mutant 41: the label unknown, the headline doubted, the views line
    given as a doubted title)."""
    article = jm.parse_article(f"{_TJ_HEADLINE}\nДида шуд: 412\n{_TJ_TEXT}")
    assert article.title == _TJ_HEADLINE
    assert _UNCERTAIN not in _codes(article)
    assert jm.parse_article(f"Дида шуд: 412\n{_TJ_TEXT}").title is None


# -- fix288: a browser notice saying the browser is old (mutant 46) -----------------------------
_HALL_TEXT = (
    "سالن ورزشی تازه شهرک صنعتی دیروز با حضور مدیران کارخانه ها و خانواده های کارگران گشایش "
    "یافت و نخستین مسابقه فوتسال میان دو کارخانه در آن برگزار شد.\n\n"
    "مدیر شهرک گفت که کارگران و خانواده های آنان می توانند در ساعت های پایانی روز رایگان از "
    "سالن استفاده کنند و برای مسابقه های فوتسال میان کارخانه ها برنامه ریزی شده است.\n"
)


def test_notice_that_your_browser_is_old_is_no_title() -> None:
    """«مرورگر شما قدیمی است و ...» over the text, no headline: a notice, never the title
    (mutant 46: «قدیمی» out of the notice's words, the notice given as the title, silently)."""
    notice = "مرورگر شما قدیمی است و برخی بخش های سایت نمایش داده نمی شود"
    assert jm.parse_article(f"{notice}\n\n{_HALL_TEXT}").title is None


# -- fix289: a section's name and a headline over a short line, no byline (mutants 52, 53) -----
_BRIDGE_HEADLINE = "بازگشایی پل تاریخی شهر پس از دو سال مرمت"
_SNOW = (
    "دیشب برف آمد و بچه ها تا دیر وقت در کوچه آدم برفی ساختند و گلوله های برف را به هم پرتاب "
    "کردند و با آن ها بازی کردند و خانه های کوچک ساختند.\n"
    "صبح که بیدار شدیم برف نازکی روی بام ها نشسته بود و دود بخاری ها آرام بالا می رفت.\n"
)


def test_section_name_and_headline_over_a_short_label_keep_the_headline() -> None:
    """A section's name, the headline and a short label line («گزارش تصویری») over the text,
    with no byline under the label, or a byline and a source line before the text: the
    headline, sure (mutant 52: no byline wanted; mutant 53: no paragraph under the byline
    wanted; both read the two first lines as a blog's name and motto and give the label,
    doubted)."""
    for between in ("", "نوشته شده توسط مهتاب کاظمی\nمنبع: خبرگزاری\n"):
        article = jm.parse_article(
            f"سرویس اجتماعی استان\n{_BRIDGE_HEADLINE}\nگزارش تصویری\n{between}{_SNOW}"
        )
        assert article.title == _BRIDGE_HEADLINE, between
        assert _UNCERTAIN not in _codes(article), between


# -- fix289: <title>'s headline part not printed on the page (mutant 59) ------------------------
def _institute_page(heading: str) -> str:
    return (
        '<!DOCTYPE html><html dir="rtl" lang="fa"><head><meta charset="utf-8" />'
        "<title>آشنایی با پژوهشکده گیاهان دارویی - گروه گیاه شناسی - دانشگاه البرز شمالی"
        '</title></head><body><header><span class="site-title">پژوهشکده گیاهان دارویی</span>'
        '<nav><a href="/">صفحه اصلی</a><a href="/about">درباره ما</a>'
        '<a href="/news">اخبار</a></nav></header>'
        f'<main><h2 class="page-title">{heading}</h2><div class="page-body">'
        "<p>این پژوهشکده با سه گروه کار خود را آغاز کرد و امروز پژوهشگران آن روی گیاهان بومی "
        "کوهستان های شمال کشور کار می کنند.</p>"
        "<p>باغ پژوهشکده در دامنه کوه است و دانشجویان هر بهار چند هفته را در آن به کاشت و "
        "نگهداری گیاهان می گذرانند.</p></div></main>"
        "<footer>کلیه حقوق این سایت متعلق به دانشگاه البرز شمالی است.</footer></body></html>"
    )


def test_title_tag_headline_not_printed_gives_no_sure_title() -> None:
    """The header's institute name, a page heading other than <title>'s headline part («باغ
    گیاه شناسی»), the text: the page prints no line <title>'s headline is, and the title is
    doubted (mutant 59: the part not looked for on the page, <title>'s headline given, sure);
    with the part printed as the heading it is the title, sure."""
    url = "https://herbs.example.ac.ir/fa/page/staticpage"
    article = jm.parse_html(_institute_page("باغ گیاه شناسی"), url=url)
    assert _UNCERTAIN in _codes(article)
    article = jm.parse_html(_institute_page("آشنایی با پژوهشکده گیاهان دارویی"), url=url)
    assert article.title == "آشنایی با پژوهشکده گیاهان دارویی"
    assert _UNCERTAIN not in _codes(article)
