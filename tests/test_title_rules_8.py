"""Title rules of the eighth session (branch fixtitle), found on the title known failures
of tests/pages: each with a positive and a negative case. The shapes are the real pages'
(tests/pages/SOURCES.md), the words new."""

from __future__ import annotations

from tests.checks import warning_codes as _codes

import jalali_meta as jm

LEAD = (
    "مدیر کل کتابخانه‌های استان گفت، کتابخانه‌های تازه در روستاهای دوردست ساخته می‌شود "
    "و جوانان آن روستاها در آنها کتاب خواهند خواند و کلاس‌های تابستانی خواهند داشت و "
    "کتابداران تازه برای این کتابخانه‌ها آموزش خواهند دید."
)
MORE = (
    "او افزود، هزینه این طرح از بودجه عادی استان پرداخته می‌شود و گزارش کار هر سه ماه "
    "یک بار برای مردم منتشر خواهد شد تا همه از پیشرفت آن آگاه باشند."
)


# -- 703: excerpts cut with «[…]» under the headline, no list's name above it -------------


def test_first_excerpts_headline_without_a_list_name_is_uncertain() -> None:
    """Date, headline, excerpt cut with «[…]», twice, and no short line naming the list:
    the headline is the first item's, and the title says it is uncertain."""
    text = (
        "2020-07-18\n\nکتابخانه‌های روستایی ساخته می‌شوند\n\n"
        f"{LEAD[:-1]} […]\n2017-07-22\n\nگزارش کار طرح کتابخانه‌ها منتشر شد\n\n"
        f"{MORE[:-1]} […]\n"
    )
    article = jm.parse_article(text)
    assert "title-uncertain" in _codes(article)


def test_one_article_with_a_date_above_its_headline_is_not_doubted() -> None:
    """Date, headline and two whole paragraphs (no excerpt): one article, no doubt."""
    text = f"2020-07-18\n\nکتابخانه‌های روستایی ساخته می‌شوند\n\n{LEAD}\n\n{MORE}\n"
    article = jm.parse_article(text)
    assert article.title == "کتابخانه‌های روستایی ساخته می‌شوند"
    assert "title-uncertain" not in _codes(article)


def test_one_item_with_its_excerpt_is_not_doubted() -> None:
    """A headline over one excerpt cut with «[…]» and no other item: the page may be that
    item's (a post's teaser page, a day archive of one post), so no doubt is added."""
    text = f"2020-07-18\n\nکتابخانه‌های روستایی ساخته می‌شوند\n\n{LEAD[:-1]} […]\n"
    assert "title-uncertain" not in _codes(jm.parse_article(text))


# -- 625: each item's section bulleted above its headline («- ورزشی») ----------------------


def _term_page(kicker: str) -> str:
    return (
        "کتابخانه روستایی\n"
        f"{kicker}\n"
        "کتابخانه‌های روستایی در استان ساخته می‌شوند\n"
        f"{LEAD[:-1]}…\n"
        f"{kicker}\n"
        "گزارش کار طرح کتابخانه‌ها منتشر شد\n"
        f"{MORE[:-1]}…\n"
    )


def test_items_with_a_bulleted_section_above_each_headline_are_a_list() -> None:
    """Excerpts cut with «…», each item's section bulleted above its headline: a list,
    named by the short line above the first item."""
    article = jm.parse_article(_term_page("- فرهنگی"))
    assert article.title == "کتابخانه روستایی"


def test_a_bulleted_sentence_between_paragraphs_is_no_item_section() -> None:
    """A bulleted line of more words between the paragraphs is the text's, not an item's
    section: the page stays one article with its headline."""
    article = jm.parse_article(_term_page("- این طرح در سه استان اجرا می‌شود"))
    assert article.title != "کتابخانه روستایی"


# -- 707: «برچسب: NAME» over an item's headline and its excerpt ---------------------------


def test_tag_label_over_a_headline_and_its_excerpt_names_the_list() -> None:
    """«برچسب: NAME», a headline, an excerpt cut with «...»: a tag page, named NAME."""
    text = f"برچسب: کتابخانه روستایی\n\nکتابخانه‌ها ساخته می‌شوند\n\n{LEAD[:-1]} ...\n"
    article = jm.parse_article(text)
    assert article.title == "کتابخانه روستایی"
    assert article.evidence["title"] == "listing name"


def test_tag_label_over_a_whole_article_leaves_its_headline() -> None:
    """The same label over a headline whose paragraph is whole (not an excerpt), or with
    several tags: the article's headline stays the title."""
    text = f"برچسب: کتابخانه روستایی\n\nکتابخانه‌ها ساخته می‌شوند\n\n{LEAD}\n\n{MORE}\n"
    assert jm.parse_article(text).title == "کتابخانه‌ها ساخته می‌شوند"
    text = f"برچسب: کتابخانه، روستا، فرهنگ\n\nکتابخانه‌ها ساخته می‌شوند\n\n{LEAD[:-1]} ...\n"
    assert jm.parse_article(text).title == "کتابخانه‌ها ساخته می‌شوند"


# -- 728, 729: a portal's record flattened, its menu and breadcrumb one item a line --------

_PORTAL = (
    "اداره کل کتابخانه‌های استان\nصفحه اصلی\nدرباره اداره\nآیین‌نامه‌ها\nتماس\n"
    "{crumbs}"
    "آیین نامه امانت کتاب در کتابخانه‌های روستایی\n"
    "ارگان صادر کننده\nاداره کل کتابخانه‌های استان\nشماره بخشنامه\nتاریخ تصویب\n"
    "دریافت فایل\n"
)


def test_headline_after_a_breadcrumb_repeating_the_menu_is_the_title() -> None:
    """No running text; the home link printed twice (menu, breadcrumb), the breadcrumb's
    crumb repeating a menu item: the line after the breadcrumb is the title, not the
    site's name on the first line (printed again as a field's value)."""
    article = jm.parse_article(_PORTAL.format(crumbs="صفحه اصلی\nآیین‌نامه‌ها\n"))
    assert article.title == "آیین نامه امانت کتاب در کتابخانه‌های روستایی"


def test_without_a_breadcrumb_the_first_line_stays_the_title() -> None:
    """The home link printed once (a menu, no breadcrumb), or a breadcrumb of the home link
    alone: nothing marks the line after it as the headline."""
    first = "اداره کل کتابخانه‌های استان"
    assert jm.parse_article(_PORTAL.format(crumbs="")).title == first
    assert jm.parse_article(_PORTAL.format(crumbs="صفحه اصلی\n")).title == first


# -- 652, 708: the address's slug spells a line with its short words or marks left out ----

_PRINT_LEAD = (
    "کتابخانه عمومی شهر کهن‌ترین کتابخانه استان است که از ۱۹ تیر ۱۳۰۵ تاکنون با وقفه‌هایی "
    "کوتاه باز بوده و مرور دفترهای آن، مرور تاریخ کتابخوانی استان است."
)
# A print page: a QR widget's words glued, the headline, the date, the lead twice.
_PRINT_PAGE = (
    "کد QR مطلبدریافت صفحه با کد QR\n\nکتابخانه عمومی شهر در گذر تاریخ\n\n"
    f"2 مرداد 1394 ساعت 13:45\n\n{_PRINT_LEAD}\n\n\n{_PRINT_LEAD} {MORE}\n\n{LEAD}\n"
)


def test_slug_without_short_words_spells_the_headline() -> None:
    """«.../کتابخانه-عمومی-شهر-گذر-تاریخ» spells «کتابخانه عمومی شهر در گذر تاریخ» with
    «در» left out: that line is the title, not the widget's line above it."""
    url = "https://example.ir/news/21513/print/کتابخانه-عمومی-شهر-گذر-تاریخ"
    article = jm.parse_article(_PRINT_PAGE, url=url)
    assert article.title == "کتابخانه عمومی شهر در گذر تاریخ"
    assert "title-uncertain" not in _codes(article)


def test_slug_leaving_out_a_long_word_spells_no_line() -> None:
    """A slug that leaves out words of the line longer than a particle («عمومی شهر»)
    spells no line of the page: it is no evidence, and the doubt stays."""
    url = "https://example.ir/news/21513/print/کتابخانه-گذر-تاریخ"
    article = jm.parse_article(_PRINT_PAGE, url=url)
    assert article.title != "کتابخانه عمومی شهر در گذر تاریخ"
    assert "title-uncertain" in _codes(article)


_QUESTION = (
    "کتابخانه روستایی چیست؟انواع کتابخانه روستایی – تفاوت کتابخانه و کتابفروشی – "
    "کتابخانه‌ها چگونه ساخته می شوند؟"
)


def test_slug_spells_a_question_sentence_that_is_the_only_line() -> None:
    """A page of one long question sentence, which alone is read as a lead, is titled by
    it when the address's slug spells it, marks aside; without the address it has none."""
    slug = "-".join(_QUESTION.split())
    article = jm.parse_article(_QUESTION + "\n", url=f"https://example.ir/خبر/134/{slug}")
    assert article.title == _QUESTION
    assert jm.parse_article(_QUESTION + "\n").title is None


# -- 726: a day archive as visible text: a menu run into one line, excerpts, no paragraph --

_EXCERPT = (
    "Дар маркази фарҳангии шаҳр имрӯз озмуни ҳунарҳои мардумӣ гузашт ва ғолибон бо "
    "ифтихорномаҳо қадрдонӣ шуданд. Дар он 20 […]"
)
_ARCHIVE = (
    "Асосӣ | Хабарҳо | Раиси шаҳр | Тамос\nМақомоти иҷроияи шаҳр\n"
    "Хабарҳо\nОЗМУНИ ҲУНАРҲОИ МАРДУМӢ\n{first}\nХабарҳо\nТАҶЛИЛИ ИДИ САДА\n{second}\n"
)


def test_menu_run_into_one_line_is_never_the_title() -> None:
    """«Асосӣ | Хабарҳо | Раиси шаҳр | Тамос»: four short links joined by bars are a menu,
    never a headline; a headline with its section and site after bars still is one."""
    text = _ARCHIVE.format(first=_EXCERPT, second=_EXCERPT)
    assert jm.parse_article(text).title != "Асосӣ | Хабарҳо | Раиси шаҳр | Тамос"
    headline = "Кітобхонаҳои деҳот сохта мешаванд | Хабарҳо | Сомона"
    assert jm.parse_article(f"{headline}\n\n{_EXCERPT[:-4]}.\n").title == headline


def test_first_line_over_excerpts_without_a_paragraph_is_uncertain() -> None:
    """No paragraph, two excerpts cut with «[…]»: a list, and the first line chosen for the
    title (the site's name) comes with title-uncertain; one excerpt alone adds no doubt."""
    text = _ARCHIVE.format(first=_EXCERPT, second=_EXCERPT)
    assert "title-uncertain" in _codes(jm.parse_article(text))
    one = _ARCHIVE.format(first=_EXCERPT, second="").split("Хабарҳо\nТАҶЛИЛ")[0]
    assert "title-uncertain" not in _codes(jm.parse_article(one))


# -- 700: an encyclopedia's entry name over its definition ---------------------------------

_ENTRY_BODY = (
    "{name} از شهرهای کهن استان است که در نگارگری، خوشنویسی و معماری مکتبی از آن خود "
    "دارد و در دو دهه اخیر در آموزش و رسانه رشد چشمگیری داشته است.[۱]\n"
    "نام‌گذاری\n"
    "نام {name} را با نام رودی کهن پیوند داده‌اند؛ نامی که در متن‌های باستانی به شکل‌های "
    "گوناگون آمده است.[۲] مردم این شهر نام دیگری نیز برای آن دارند.[۳]\n"
)


def test_entry_name_over_its_definition_is_the_title() -> None:
    """«نیشابور» over «نیشابور، شهری تاریخی در شرق ایران.»: the entry's name is the title,
    not its definition, without the address that spells it."""
    text = "نیشابور\nنیشابور، شهری تاریخی در شرق ایران.\n" + _ENTRY_BODY.format(name="نیشابور")
    assert jm.parse_article(text).title == "نیشابور"


def test_short_line_over_a_headline_opening_with_it_stays_a_kicker() -> None:
    """A short kicker over a headline that opens with the same word but no comma, or ends
    without a period, is no entry's name: the headline stays the title."""
    headline = "نیشابور، میزبان جشنواره ملی فیروزه شد"
    text = "نیشابور\n" + headline + "\n" + _ENTRY_BODY.format(name="نیشابور")
    assert jm.parse_article(text).title == headline


# -- 697: an invocation is never the title; the best other line is, with a warning ---------

_THESIS = (
    "تقدیم به:\n\nهمه استادانی که راه را نشان دادند و دوستانی که در گردآوری منابع یاری "
    "کردند.\n\nچکیده\n\nاین پژوهش به بررسی کتابخانه‌های روستایی استان در دو دهه اخیر "
    "می‌پردازد و نشان می‌دهد که شمار خوانندگان آنها در این سال‌ها دو برابر شده است.\n\n"
    "روش پژوهش میدانی است و داده‌ها از پرسش‌نامه‌هایی گرد آمده که کتابداران در سی روستا "
    "پر کرده‌اند و نتایج آن در سه فصل گزارش شده است.\n"
)


def test_section_name_over_an_invocation_is_the_title_with_a_warning() -> None:
    """«مقالات پژوهشی» over «بسم الله الرحمن الرحیم» and a paper's text: the invocation
    names nothing, and the page's only heading is taken, uncertain."""
    article = jm.parse_article(f"مقالات پژوهشی\n\nبسم الله الرحمن الرحیم\n\n{_THESIS}")
    assert article.title == "مقالات پژوهشی"
    assert "title-uncertain" in _codes(article)


def test_headline_under_an_invocation_stays_the_title() -> None:
    """A headline printed under the invocation outscores it: no change."""
    headline = "بررسی کتابخانه‌های روستایی استان در دو دهه اخیر"
    article = jm.parse_article(f"بسم الله الرحمن الرحیم\n\n{headline}\n\n{_THESIS}")
    assert article.title == headline


# -- 477, 714: a subtitle or a series line restating the headline above it -----------------

_CITY_BODY = (
    " شهر نیشابور در شرق ایران قرار دارد و یکی از کهن‌ترین شهرهای این سرزمین است . "
    "نیشابور به سبب فیروزه ، باغ‌ها و آرامگاه شاعرانش شهرت دارد و راه‌های زمینی "
    "نیشابور این شهر را با مشهد و سبزوار پیوند می‌دهد .\n\n"
    "مردم نیشابور به کشاورزی و صنایع دستی می‌پردازند و فرش نیشابور در بازارها شناخته شده است.\n"
)


def test_subtitle_restating_the_headline_gives_way_to_it() -> None:
    """«شهر نیشابور» / «شهر نیشابور باستان» / a coordinates line / the text: the subtitle
    repeats the headline's words and adds one; the headline above it is the title."""
    text = (
        "شهر نیشابور\n\nشهر نیشابور باستان\n\n"
        "        مختصات جغرافیایی : ۳۶°۱۲′ شمالی ۵۸°۴۷′ شرقی\n\n" + _CITY_BODY
    )
    assert jm.parse_article(text).title == "شهر نیشابور"


def test_line_sharing_one_word_with_the_line_above_does_not_restate_it() -> None:
    """A line above that shares only one of its words is a kicker, not the headline."""
    text = (
        "گزارش ویژه\n\nشهر نیشابور باستان\n\n"
        "        مختصات جغرافیایی : ۳۶°۱۲′ شمالی ۵۸°۴۷′ شرقی\n\n" + _CITY_BODY
    )
    assert jm.parse_article(text).title != "گزارش ویژه"


# -- 333: two lines of nearly the same score, the slug holding one's words ------------------

_COURSE = (
    "مدرس: حمید سپهری\n\nمحل برگزاری دوره: در منزل شما\n\n\n"
    "کارگاه ساخت کتابخانه روستایی\n\nحساب کاربری ندارید؟ ثبت نام\n"
    "حساب کاربری دارید؟ ورود\n\n \n\nخلاصه جلسه اول \n\n"
    "چگونه یک کتابخانه کوچک را در روستا با کمک مردم بسازیم؟\n\n{LEAD}\n\n{MORE}\n"
)


def test_slug_holding_the_rivals_words_takes_the_rival() -> None:
    """«کارگاه ساخت کتابخانه روستایی» and «خلاصه جلسه اول» score nearly the same; the
    address «.../کارگاه-چگونه-کتابخانه-روستایی-بسازیم» holds the first one's words and
    none of the second's: the first is the title, still uncertain."""
    url = "https://example.ir/courses/کارگاه-چگونه-کتابخانه-روستایی-بسازیم"
    article = jm.parse_article(_COURSE.format(LEAD=LEAD, MORE=MORE), url=url)
    assert article.title == "کارگاه ساخت کتابخانه روستایی"
    assert "title-uncertain" in _codes(article)


def test_slug_holding_both_lines_words_decides_nothing() -> None:
    """A slug that also holds a word of the line chosen by score («جلسه») speaks for
    neither: the choice by score stays."""
    url = "https://example.ir/courses/کارگاه-جلسه-کتابخانه-روستایی"
    article = jm.parse_article(_COURSE.format(LEAD=LEAD, MORE=MORE), url=url)
    assert article.title == jm.parse_article(_COURSE.format(LEAD=LEAD, MORE=MORE)).title


# -- 612: a blog's motto repeating its name's words, over the post's short title ------------


def test_motto_repeating_the_blog_name_gives_way_to_the_short_post_title() -> None:
    """NAME / MOTTO sharing two of its words / «حوزه بصره» / date / body: the motto is the
    blog's, and the short line over the date is the post's title (still uncertain)."""
    from tests.test_fourth_batch_rules import BLOG_POST

    article = jm.parse_article(BLOG_POST.format(short="حوزه بصره"))
    assert article.title == "حوزه بصره"
    assert "title-uncertain" in _codes(article)
