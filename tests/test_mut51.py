"""mut51: tests for the survivors of the fifty-first mutation round
(benchmarks/hand_mutants_51.py, docs/reliability.md "The fifty-first round: fix255-fix264
under mutation").

Each test kills one survivor and passes on main; the layouts are the rules' own pages (a
glossary, a starred Blogfa note, a table's header row, a vBulletin thread, a Joomla item, a
Blogfa list page, a WordPress permalink, a dated line with its clock's mark, ...), the
sentences written for these tests.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"

# -- fix255: a glossary's first entry (mutants 6, 7, 8) ---------------------------------------
_PLANETS = (
    "سیاره های منظومه شمسی (Solar System)\n\n"
    "عطارد (Mercury)\n"
    "زهره (Venus)\n"
    "زمین (Earth)\n"
    "مریخ (Mars)\n\n"
    "این چهار سیاره را می توان در شب های صاف بدون تلسکوپ در آسمان دید و مردم از روزگاران "
    "کهن نام آن ها را می دانستند.\n"
)


def test_names_in_brackets_with_no_definitions_are_no_glossary() -> None:
    """«HEADLINE (Latin)» over four names with their Latin names, one a line, then the text:
    a list of names, no glossary (each entry of a glossary stands over its definition), so
    the headline stays the title, sure (mutant 6: an entry right over another taken as one)."""
    article = jm.parse_article(_PLANETS)
    assert article.title == "سیاره های منظومه شمسی (Solar System)"
    assert _UNCERTAIN not in warning_codes(article)


_AI_ARTICLE = (
    "هوش مصنوعی (Artificial Intelligence)\n\n"
    "هوش مصنوعی شاخه ای از علوم رایانه است که ماشین ها را به یادگیری و تصمیم گیری توانا "
    "می کند و هر سال در کارهای تازه ای به کار می رود.\n\n"
    "یادگیری ماشین (Machine Learning)\n\n"
    "در یادگیری ماشین رایانه از نمونه های فراوان الگو می گیرد و بی آنکه برای هر کار جدا "
    "برنامه نویسی شود پاسخ می دهد.\n\n"
    "پایتون (Python)\n"
    "جاوا (Java)\n"
    "جولیا (Julia)\n\n"
    "این سه زبان برنامه نویسی بیش از همه در پروژه های یادگیری ماشین به کار می روند و "
    "کتابخانه های آماده فراوانی دارند.\n"
)


def test_third_term_over_another_term_ends_no_glossary() -> None:
    """«TERM (Latin)» / text / «TERM (Latin)» / text / three names in brackets one a line: the
    third entry stands over another name, not its definition, so no glossary; the article's
    headline stays the title (mutant 7: the third entry's definition not asked)."""
    article = jm.parse_article(_AI_ARTICLE)
    assert article.title == "هوش مصنوعی (Artificial Intelligence)"


_SHORT_GLOSSARY = (
    "رنده (Plane)\n"
    "ابزاری با تیغه تیز که لایه های نازک چوب را برمی دارد\n"
    "اسکنه (Chisel)\n"
    "ابزاری با تیغه پهن برای کندن شیار و جای لولا در چوب\n"
    "اره مویی (Fret Saw)\n"
    "اره ای با تیغه بسیار نازک برای بریدن نقش های ظریف\n"
    "سنباده (Sandpaper)\n"
    "کاغذی زبر که سطح چوب را پیش از رنگ کردن صاف می کند\n"
)


def test_glossary_of_short_definitions_prints_no_title() -> None:
    """A glossary whose definitions are phrases with no full stop, no paragraph on the page: its first
    entry is still no title (None, warned; mutant 8: the rule asked of a headline only, not
    of a page's first line)."""
    article = jm.parse_article(_SHORT_GLOSSARY)
    assert article.title is None
    assert _UNCERTAIN in warning_codes(article)


# -- fix255: a starred note glued to the title (mutants 10, ...) -------------------------------
_POMEGRANATE_TEXT = (
    "در باغ های اطراف کرمان انار را از اواسط مهر ماه می چینند و بیشتر آن را در انبارهای "
    "خنک نگه می دارند تا در زمستان به بازار برسد.\n"
    "باغداران می گویند امسال سرمای بهاره به گل ها آسیب زد و برداشت کمتر از سال گذشته است.\n"
)


def test_starred_note_glued_to_a_six_word_title_is_cut_off() -> None:
    """«*NOTE.TITLE» with a title of six words: the title is the words after the note
    (mutant 10: a title of three words at most)."""
    text = "*کرمانی ها به انار «نار» می گویند.برداشت انار در باغ های کرمان\n" + _POMEGRANATE_TEXT
    assert jm.parse_article(text).title == "برداشت انار در باغ های کرمان"
