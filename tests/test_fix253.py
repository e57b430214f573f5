"""fix253: the pages the forty-ninth mutation round found main getting wrong
(benchmarks/mut49_main_pages.py, docs/reliability.md "The forty-ninth round: fix239-fix245 and
real69 under mutation", pages (a), (b), (d), (f), (g), (i), (k)).

The layouts are the rules' own pages (K2's list root, a university page's last-edit line, a
Blogfa post in html2text's Markdown, a school's history page, a laboratory's news item, an
education office's item printed lead first); the sentences are written for these tests.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"

# -- (k) K2's list root «/component/k2/itemlist» ----------------------------------------------
_K2_TEXT = (
    "Озмуни фанни донишҷӯён дар факултет\n\n"
    "Дар факултети физика ва математика озмуни фанни донишҷӯёни курси дуюм баргузор гардид ва "
    "ғолибон бо ифтихорнома қадрдонӣ карда шуданд.\n"
    "Озмун дар се даври пайдарпай гузашт ва дар он зиёда аз сӣ донишҷӯ ширкат варзиданд.\n"
)


def test_k2_list_root_is_a_list() -> None:
    """K2's «/component/k2/itemlist» with no filter after it lists every item: the first
    item's headline is no page's title."""
    for url in (
        "http://sample-uni.tj/index.php/component/k2/itemlist",
        "http://sample-uni.tj/component/k2/itemlist/",
    ):
        article = jm.parse_article(_K2_TEXT, url=url)
        assert article.title is None
        assert "listing-page" in warning_codes(article)


def test_item_list_slug_with_a_hyphen_is_no_k2_list_neg() -> None:
    """A post's slug «item-list» is no K2 view: the item's headline stays the title."""
    article = jm.parse_article(_K2_TEXT, url="http://sample-uni.tj/blog/item-list")
    assert article.title == "Озмуни фанни донишҷӯён дар факултет"
    assert "listing-page" not in warning_codes(article)


# -- (a), (b) an update label without its colon ----------------------------------------------
_EDITED_BODY = (
    "برنامه امتحانات پایان ترم دانشکده فنی منتشر شد\n\n"
    "آموزش دانشکده فنی برنامه امتحانات پایان ترم را منتشر کرد و دانشجویان می توانند زمان و "
    "مکان هر امتحان را در سامانه آموزشی ببینند.\n\n"
    "کارت ورود به جلسه از یک هفته پیش از امتحانات در سامانه قرار می گیرد.\n\n"
)


def test_last_edit_label_without_colon_is_the_update() -> None:
    """«آخرین ویرایش ۲۵ بهمن ۱۴۰۱» ending the page: the page's last edit, never its
    publication, with the colon or without it."""
    for line in ("آخرین ویرایش ۲۵ بهمن ۱۴۰۱", "آخرین ویرایش: ۲۵ بهمن ۱۴۰۱"):
        article = jm.parse_article(_EDITED_BODY + line + "\n")
        assert article.updated is not None
        assert article.updated.jalali_date == (1401, 11, 25)
        assert article.published is None


def test_last_edit_without_colon_under_a_day_path() -> None:
    """The same page under its day's path: published from the path, the edit the update."""
    article = jm.parse_article(
        _EDITED_BODY + "آخرین ویرایش ۲۵ بهمن ۱۴۰۱\n",
        url="https://fanni-example.ac.ir/1401/11/20/emtehanat/",
    )
    assert article.published is not None
    assert article.published.jalali_date == (1401, 11, 20)
    assert article.updated is not None
    assert article.updated.jalali_date == (1401, 11, 25)
    assert "url-date-mismatch" not in warning_codes(article)


def test_last_edit_words_in_a_sentence_are_no_label_neg() -> None:
    """«آخرین ویرایش کتاب ...»: the words go on in words, not a date: no update."""
    article = jm.parse_article(
        _EDITED_BODY + "آخرین ویرایش کتاب در سال ۱۳۹۸ با همکاری دانشجویان انجام شد.\n"
    )
    assert article.updated is None


# -- (f) Markdown: the blog's name linked home, then printed again unlinked --------------------
_POST = (
    "کارگاه عکاسی طبیعت این هفته در باغ گیاه شناسی برگزار شد و هنرجویان از گل های بهاری و "
    "پرندگان باغ عکس گرفتند و عکس های برگزیده در نمایشگاه پایان دوره به نمایش در می آید.\n\n"
    "+ نوشته شده در شنبه پنجم اردیبهشت ۱۳۹۲ ساعت 18:30 توسط [سارا](https://akkasi.blogfa.com/)\n"
)


def test_blog_name_printed_again_unlinked_is_no_title() -> None:
    """«# [BLOG](home)» then «# BLOG»: the blog's name twice over an untitled post; no
    title, doubted."""
    page = "# [دفتر عکاسی](https://akkasi.blogfa.com/)\n\n# دفتر عکاسی\n\n" + _POST
    for url in (None, "https://akkasi.blogfa.com/post/41"):
        article = jm.parse_article(page, url=url)
        assert article.title is None
        assert _UNCERTAIN in warning_codes(article)


def test_other_unlinked_heading_under_home_link_is_the_title_neg() -> None:
    """«# [BLOG](home)» over «# POST TITLE» (other words): the post's title."""
    page = "# [دفتر عکاسی](https://akkasi.blogfa.com/)\n\n# کارگاه عکاسی طبیعت در باغ\n\n" + _POST
    assert jm.parse_article(page).title == "کارگاه عکاسی طبیعت در باغ"


# -- (g) a history page's name under the site's name line ------------------------------------
def _history(name: str, above: str = "") -> str:
    return (
        f"{above}{name}\n"
        "نگاهی به گذشته آموزشگاه\n\n"
        "این آموزشگاه در سال 1352 با دو کلاس درس و سی هنرجو در یک ساختمان اجاره ای کار خود را "
        "آغاز کرد و در دهه شصت به ساختمان تازه خود منتقل شد .\n\n"
        "امروز آموزشگاه در سه رشته فنی هنرجو می پذیرد و کارگاه های آن با کمک خیرین تجهیز شده "
        "است .\n"
    )


def test_history_name_under_site_name_is_the_title() -> None:
    """The site's name «هنرستان فنی امید کرمان» over «تاریخچه هنرستان فنی امید»: the
    history page's name is the title, as with no site's line above."""
    name = "تاریخچه هنرستان فنی امید"
    alone = jm.parse_article(_history(name))
    under = jm.parse_article(_history(name, "هنرستان فنی امید کرمان\n"))
    assert alone.title == name
    assert under.title == name
    assert warning_codes(under) == warning_codes(alone)


def test_history_name_under_another_line_keeps_main_neg() -> None:
    """A line above naming something else: the rule does not reach over it."""
    article = jm.parse_article(_history("تاریخچه هنرستان فنی امید", "اداره آموزش استان\n"))
    assert article.title != "تاریخچه هنرستان فنی امید"


# -- (i) a section's list name before a three-word headline ----------------------------------
_LAB = (
    "آزمایشگاه در هفته ملی سلامت مردان آزمایش های رایگان برای مراجعان بالای چهل سال انجام "
    "می دهد و نتیجه ها در همان روز به مراجعان داده می شود.\n"
)


def test_section_label_over_three_word_headline_with_its_slug() -> None:
    """«اخبار آزمایشگاه : هفته سلامت مردان», the slug spelling the three words: the title."""
    article = jm.parse_article(
        "اخبار آزمایشگاه : هفته سلامت مردان\n" + _LAB,
        url="https://sample-lab.ir/content/733/هفته-سلامت-مردان",
    )
    assert article.title == "هفته سلامت مردان"
    assert _UNCERTAIN not in warning_codes(article)


def test_section_label_over_three_word_headline_text_alone_is_doubted() -> None:
    """The same, text alone: cut, with the cut's doubt."""
    article = jm.parse_article("اخبار آزمایشگاه : هفته سلامت مردان\n" + _LAB)
    assert article.title == "هفته سلامت مردان"
    assert _UNCERTAIN in warning_codes(article)


def test_record_field_line_stays_no_title_neg() -> None:
    """«نوع سند : گزارش فنی سالانه»: a record's field, no list's name: never the title."""
    article = jm.parse_article("نوع سند : گزارش فنی سالانه\n" + _LAB)
    assert article.title != "گزارش فنی سالانه"
    assert article.title != "نوع سند : گزارش فنی سالانه"


# -- (d) a lead clipped with an ellipsis over a long headline over «به گزارش» -----------------
_LONG_HEAD = (
    "برگزاری جشنواره استانی نوجوانان خلاق با حضور دانش آموزان برگزیده، در سالن همایش های "
    "اداره کل آموزش و پرورش"
)
_LEAD = "دانش آموزان برگزیده شهرستان ها در جشنواره استانی نوجوانان خلاق طرح های خود را ارائه کردند"
_REPORT = (
    "به گزارش روابط عمومی اداره کل آموزش و پرورش ، جشنواره استانی نوجوانان خلاق امسال با "
    "حضور دانش آموزان برگزیده در سالن همایش های اداره کل برگزار شد و داوران طرح ها را در سه "
    "بخش بررسی کردند.\n"
)


def _lead_first(end: str) -> str:
    return f"5 آذر، 1399\n\n{_LEAD}{end}\n\n{_LONG_HEAD}\n\n{_REPORT}"


def test_clipped_lead_over_long_headline_gives_the_headline() -> None:
    """The lead clipped «… » (an excerpt) printed first: the long headline is the title, as
    under a lead ending with its full stop."""
    for end in (" …", "…", "."):
        assert jm.parse_article(_lead_first(end)).title == _LONG_HEAD
