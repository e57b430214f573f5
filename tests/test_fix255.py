"""fix255: real72's silent titles (docs/real_sample.md «A sixty-first sample (real72,
2026-12-07)»), by general rules.

The layouts are those of real72's pages (#05 a sewing lesson that prints no headline, #14 a
blog post whose starred note runs into its title, #08 a glossary); the sentences are written
for these tests.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"

# -- #05: a short section heading under the opening sentence ----------------------------------
_LESSON = (
    "نخ مناسب سرآستین پیراهن باعث دوام و زیبایی دوخت لبه آن می شود.\n\n"
    "انتخاب نخ مناسب سرآستین\n\n"
    "نخ سرآستین را باید از میان نخ های محکم و هم رنگ پارچه انتخاب کرد تا دوخت پیراهن "
    "سال ها دوام بیاورد و پس از شست و شو رنگ پس ندهد.\n\n"
    "دوخت لبه سرآستین\n\n"
    "لبه سرآستین را دو بار تا بزنید و با کوک درشت ثابت کنید، سپس آن را چرخ کنید و با دقت "
    "اتو بزنید.\n"
)


def test_short_heading_under_opening_sentence_is_doubted() -> None:
    """«SENTENCE.» / «انتخاب نخ مناسب سرآستین» / body: the short line under the opening sentence
    heads a section of a body that prints no headline as often as it is a headline: warned."""
    article = jm.parse_article(_LESSON)
    assert article.title in (None, "انتخاب نخ مناسب سرآستین")
    assert _UNCERTAIN in warning_codes(article)


_SUMMARY_PAGE = (
    "شهردار منطقه دو از آغاز طرح لایروبی جوی های آب سطحی در محله های جنوبی شهر پیش از "
    "بارش های پاییزی خبر داد.\n\n"
    "آغاز طرح لایروبی جوی های آب سطحی در محله های جنوبی\n\n"
    "به گزارش روابط عمومی شهرداری، طرح لایروبی جوی های آب سطحی در محله های جنوبی از امروز "
    "آغاز شد و تا پایان ماه ادامه دارد.\n\n"
    "شهردار منطقه گفت: گروه های خدمات شهری در سه نوبت کار می کنند.\n"
)


def test_headline_under_a_summary_stays_sure_neg() -> None:
    """A site's summary over a headline of a headline's length: that line stays the title,
    with no doubt (the headlines measured under summaries run to eight words and more)."""
    article = jm.parse_article(_SUMMARY_PAGE)
    assert article.title == "آغاز طرح لایروبی جوی های آب سطحی در محله های جنوبی"
    assert _UNCERTAIN not in warning_codes(article)


# -- #14: a starred note glued to the post's title --------------------------------------------
_STARRED = (
    "*کرمانی ها به انار «نار» می گویند.انار کرمان\n"
    "در باغ های اطراف کرمان انار را از اواسط مهر ماه می چینند و بیشتر آن را در انبارهای "
    "خنک نگه می دارند تا در زمستان به بازار برسد.\n"
    "باغداران می گویند امسال سرمای بهاره به گل ها آسیب زد و برداشت کمتر از سال گذشته است.\n"
)


def test_starred_note_glued_to_title_is_cut_off() -> None:
    """«*NOTE SENTENCE.TITLE» as the first line: the title is what follows the note's
    glued sentence end, with the address (a Blogfa post) and alone."""
    for url in (None, "http://kerman-anar.blogfa.com/post-215.aspx"):
        article = jm.parse_article(_STARRED, url=url)
        assert article.title == "انار کرمان"


def test_starred_line_with_spaced_stop_is_not_cut_neg() -> None:
    """An abbreviation's stop («پ.م») between single letters ends no sentence: a starred
    headline holding one is not cut there."""
    text = "*سکه های سده پنجم پ.م در کرمان پیدا شد\n" + _STARRED.split("\n", 1)[1]
    article = jm.parse_article(text)
    assert article.title is not None
    assert "سکه های سده پنجم" in article.title


# -- #08: a glossary's first entry ------------------------------------------------------------
_GLOSSARY = (
    "رنده (Plane)\n\n"
    "ابزاری که با تیغه ای تیز لایه های نازک چوب را برمی دارد تا سطح آن صاف شود.\n\n"
    "مثال: نجار پیش از رنگ کردن در کمد، لبه های آن را با رنده صاف کرد.\n\n"
    "اسکنه (Chisel)\n\n"
    "ابزاری با تیغه ای پهن که برای کندن شیار و جای لولا در چوب به کار می رود.\n\n"
    "مثال: برای جای لولای در، چوب را با اسکنه کندند.\n\n"
    "اره مویی (Fret Saw)\n\n"
    "اره ای با تیغه ای بسیار نازک برای بریدن نقش های ظریف در تخته های نازک.\n\n"
    "مثال: نقش گل روی جعبه را با اره مویی بریدند.\n"
)


def test_glossary_first_entry_is_no_title() -> None:
    """«TERM (Latin)» / definition / «مثال: ...» / «TERM (Latin)» / ...: a glossary prints no
    title of its own; its first entry is none (no title, warned)."""
    for url in (None, "https://chub-example.ir/woodwork-dictionary/"):
        article = jm.parse_article(_GLOSSARY, url=url)
        assert article.title is None
        assert _UNCERTAIN in warning_codes(article)


_TERM_HEADLINE = (
    "هوش مصنوعی (Artificial Intelligence)\n\n"
    "هوش مصنوعی شاخه ای از علوم رایانه است که به ساختن ماشین هایی می پردازد که مانند انسان "
    "یاد می گیرند و تصمیم می گیرند.\n\n"
    "کاربرد آن در پزشکی، صنعت و آموزش هر سال بیشتر می شود و پژوهشگران ایرانی هم در این "
    "زمینه مقاله های زیادی منتشر کرده اند.\n\n"
    "یادگیری ماشین (Machine Learning)\n\n"
    "یادگیری ماشین روشی است که در آن رایانه از داده ها الگو می گیرد بی آنکه برای هر کار "
    "جداگانه برنامه نویسی شود.\n"
)


def test_term_headline_over_one_more_term_stays_the_title_neg() -> None:
    """An article headed «TERM (Latin)» with one section «TERM (Latin)» further down is no
    glossary (three entries in a row, each over its definition, make one): its headline
    stays the title."""
    article = jm.parse_article(_TERM_HEADLINE)
    assert article.title == "هوش مصنوعی (Artificial Intelligence)"


# -- #09: the headline over the body's first heading restating it before a colon -------------
_SHOP_POST = (
    "تعویض روغن موتورسیکلت در خانه\n"
    "مشاهده قیمت پرفروش ترین روغن موتور\n"
    "“`html\n"
    "تعویض روغن موتورسیکلت در خانه: راهنمایی ساده برای شروع کار\n"
    "روغن موتور قطعات درگیر موتورسیکلت را روان نگه می دارد و اگر به موقع عوض نشود موتور زود "
    "داغ می کند و قطعات آن فرسوده می شوند. در این نوشته مراحل تعویض روغن را گام به گام "
    "توضیح می دهیم.\n"
    "ابزار لازم برای تعویض روغن\n"
    "برای تعویض روغن به یک آچار، یک ظرف برای روغن کهنه و یک قیف تمیز نیاز دارید.\n"
)


def test_headline_over_its_colon_heading_is_the_title() -> None:
    """«HEADLINE» / a shop's link / «HEADLINE: SUBTITLE» / body: the body's first heading
    restates the headline with a subtitle; the headline printed alone is the title."""
    article = jm.parse_article(_SHOP_POST)
    assert article.title == "تعویض روغن موتورسیکلت در خانه"


def test_rubric_over_its_colon_headline_is_no_title_neg() -> None:
    """A rubric of two words over «RUBRIC: HEADLINE» (a site's section printing its name
    before each headline) is no headline: the whole line stays the title."""
    text = _SHOP_POST.replace("تعویض روغن موتورسیکلت در خانه\n", "گزارش تصویری\n", 1).replace(
        "تعویض روغن موتورسیکلت در خانه: ", "گزارش تصویری: "
    )
    article = jm.parse_article(text)
    assert article.title == "گزارش تصویری: راهنمایی ساده برای شروع کار"


def test_office_over_its_quote_headline_is_no_title_neg() -> None:
    """«رئیس سازمان آب استان» over «رئیس سازمان آب استان: سد شهر تا پایان ماه آبگیری
    می‌شود»: a speaker's office over the headline quoting him (a statement after the colon)
    is a kicker; the whole quote stays the title."""
    quote = "رئیس سازمان آب استان: سد شهر تا پایان ماه آبگیری می‌شود"
    text = _SHOP_POST.replace("تعویض روغن موتورسیکلت در خانه\n", "رئیس سازمان آب استان\n", 1)
    text = text.replace("تعویض روغن موتورسیکلت در خانه: راهنمایی ساده برای شروع کار", quote)
    assert jm.parse_article(text).title == quote
