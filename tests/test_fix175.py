"""fix175: the fifty-ninth attack round's findings (docs/reliability.md «Attacks,
fifty-ninth round», benchmarks/attacks59.py).

1. A lead may open with its whole headline when that headline has a verb («HEADLINE و به
   گفته ...»): fix171's «no lead» is only for a verbless line (a site's name over its date
   banner and a description opening with the name), ``_article._lead_under_header``.
2. A labels line holding the item's date beside its code, views or author («تاریخ انتشار:
   DATE | کد خبر: N», either order) is the date line of fix161's header block
   (``_lines._labelled_date_line``): a line quoted twice under the lead is no title.
3. A views counter printed value first may have «بار», «نفر», «مرتبه» between its value and
   «بازدید» or «کننده» after it («۳۱۲ بار بازدید»): a counter line
   (``_header.VIEWS_VALUE_FIRST``, ``_title._VIEWS_VALUE_FIRST``), never the title.
4. «یهای» glued is also a noun in «یه» and its indefinite «ای», the ZWNJ missing
   («حاشیهای کوتاه»): on a known noun (``vocab.HEH_YEH_NOUNS``) or a stem in «ای»/«وی»
   («سایهای») it is no plural label (``_article._plural_label``).
5. A plural label over one paragraph keeps fix165's doubt under any number of footer lines
   (category, tags, byline, comments: no cap of two).
6. A rule of one kind of mark (dashes, tatweels, «=», «*», «_») is a separator line of any
   length, not only up to ``_listing.SEPARATOR_MAX_CHARS`` (``_listing._long_rule``), so it
   frames fix160's one-item list.

The positives fail on main ff95fd82; the ``-neg`` near misses pass on both. The sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

_DAY = "۲۰ آذر ۱۴۰۲"  # 20 Azar 1402 = 2023-12-11, a Monday


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- 1. a lead opening with its whole headline (a verb in it), a line quoted twice under it
_RACE_HEAD = "مسابقه دوچرخه سواری بانوان در پارک جنگلی برگزار شد"
_RACE_QUOTE = "رکاب بزن تا شهر نفس بکشد"


def _race(head: str) -> str:
    return (
        f"{head}\n{_DAY}\n"
        f"{head} و به گفته دبیر هیئت، بیش از هشتاد دوچرخه سوار در آن رکاب زدند.\n"
        f"{_RACE_QUOTE}\n"
        "این جمله بر پرچم خط پایان نوشته شده بود و داور هنگام شروع آن را بلند خواند:\n"
        f"{_RACE_QUOTE}\n"
        "دور بعدی مسابقه در بهار سال آینده برگزار می‌شود.\n"
    )


def test_lead_opening_with_its_verb_headline_keeps_the_quote_out() -> None:
    for head in (_RACE_HEAD, "مسابقه دوچرخه سواری بانوان در پارک جنگلی برگزار می‌شود"):
        article = jm.parse_article(_race(head))
        assert article.title == head, head
        assert "title-uncertain" not in _codes(article), head


_GALLERY = "نگارخانه آفتاب شهر رشت"
_PAINT_HEAD = "نمایشگاه نقاشی آبرنگ هنرمندان گیلانی گشایش یافت"


def test_site_name_opening_its_description_is_still_no_lead_neg() -> None:
    """fix171's reading holds: a verbless name over its date banner and a description opening
    with the name, the headline printed twice further down: the headline."""
    text = (
        f"{_GALLERY}\nدوشنبه {_DAY}\n"
        f"{_GALLERY} از سال ۱۳۹۰ آثار هنرمندان استان را به نمایش می‌گذارد و خبر نمایشگاه‌های "
        "خود را در این صفحه منتشر می‌کند.\n\n"
        f"{_PAINT_HEAD}\n\nبیست هنرمند گیلانی در این نمایشگاه آثار خود را عرضه کرده‌اند.\n\n"
        f"{_PAINT_HEAD}\n\n"
        "نمایشگاه نقاشی آبرنگ هنرمندان گیلانی عصر دیروز در نگارخانه آفتاب گشایش یافت و تا "
        "پایان هفته آینده برپاست.\n\nبازدید از نمایشگاه برای همه رایگان است.\n"
    )
    assert jm.parse_article(text).title == _PAINT_HEAD


# -- 2. a labels line holding the item's date and its code (or views, author) in a header block
_BRIDGE_HEAD = "پل عابر پیاده میدان شهدا به بهره برداری رسید"
_BRIDGE_LEAD = (
    "پل عابر پیاده میدان شهدا با حضور شهردار و اعضای شورای شهر به بهره برداری رسید و عبور "
    "دانش آموزان از این میدان ایمن شد."
)
_BRIDGE_MOTTO = "شهر ایمن برای همه"
_BRIDGE_INTRO = "رئیس پلیس راهور شهر هم این شعار را در پایان سخنانش به یاد حاضران آورد:"


def _bridge(labels_line: str) -> str:
    return (
        f"{_BRIDGE_HEAD}\n{labels_line}\n{_BRIDGE_LEAD}\n{_BRIDGE_MOTTO}\n{_BRIDGE_INTRO}\n"
        f"{_BRIDGE_MOTTO}\nپل دوم میدان تا پایان سال آینده ساخته می‌شود.\n"
    )


def test_date_and_code_labels_line_holds_the_header_block() -> None:
    for labels_line in (
        f"تاریخ انتشار: {_DAY} | کد خبر: ۴۵۶۷۱",
        f"کد خبر: 45671 | تاریخ انتشار: {_DAY} - ۰۹:۳۰",
        f"تاریخ انتشار: {_DAY} | بازدید: ۱۲۰",
        f"تاریخ انتشار: {_DAY} | نویسنده: مریم صادقی",
    ):
        article = jm.parse_article(_bridge(labels_line))
        assert article.title == _BRIDGE_HEAD, labels_line
        assert article.published is not None
        assert article.published.gregorian.isoformat().startswith("2023-12-11")


def test_date_alone_labelled_line_keeps_its_reading_neg() -> None:
    """fix171's labelled date line with the date alone: the headline, as on main."""
    article = jm.parse_article(_bridge(f"تاریخ انتشار: {_DAY}"))
    assert article.title == _BRIDGE_HEAD
    assert article.published is not None
    assert article.published.gregorian.isoformat().startswith("2023-12-11")


# -- 3. a views counter printed value first with a word between or after
_DAM_HEAD = "آبگیری سد مخزنی روستای چشمه سبز آغاز شد"
_DAM_LEAD = (
    "آبگیری سد مخزنی روستای چشمه سبز از صبح امروز آغاز شد و به گفته مدیر آب منطقه‌ای "
    "آب کشاورزی سیصد هکتار باغ از آن تامین می‌شود.\n\n"
    "ساخت این سد چهار سال طول کشید و هزینه آن از بودجه استانی پرداخت شد.\n"
)


def _toolbar(counter: str) -> str:
    return (
        f"صفحه نخست\nاخبار استان\nارتباط با ما\n{_DAM_HEAD}\nکد : 7731\n"
        f"اخبار آب و کشاورزی\n{counter}\n\n{_DAM_LEAD}"
    )


def test_views_counter_with_a_word_between_or_after_is_no_title() -> None:
    for counter in ("۸۷ بار بازدید", "۸۷ نفر بازدید", "87 مرتبه بازدید", "۸۷ بازدید کننده"):
        article = jm.parse_article(_toolbar(counter))
        assert article.title == _DAM_HEAD, counter
        assert "title-uncertain" not in _codes(article), counter


def test_counter_line_over_the_headline_neg() -> None:
    """The counter line at the text's top, over the headline and its lead: the headline, as
    on main."""
    for counter in ("۸۷ بار بازدید", "۸۷ نفر بازدید"):
        article = jm.parse_article(f"{counter}\n{_DAM_HEAD}\n{_DAM_LEAD}")
        assert article.title == _DAM_HEAD, counter


# -- 4. a noun in «یه» and its indefinite «ای», the ZWNJ missing: no plural label
_HIKE = (
    "صبح زود از روستا راه افتادیم و پس از سه ساعت کوهپیمایی به چشمه بالای دره رسیدیم و "
    "همان جا صبحانه خوردیم و تا ظهر در سایه درختان گردو استراحت کردیم.\n"
)


def test_heh_yeh_noun_with_glued_indefinite_is_no_plural() -> None:
    for label in ("نظریهای تازه", "سایهای بلند", "هدیهای کوچک", "زاویهای دیگر", "نظريهاي تازه"):
        article = jm.parse_article(f"{label}\n{_HIKE}")
        assert article.title == label, label
        assert "title-uncertain" not in _codes(article), label


def test_glued_plural_of_a_noun_in_yeh_still_doubted_neg() -> None:
    """fix171's reading holds: «ی» + glued «های» on a noun in «ی» is a plural label, doubted."""
    for label in ("نقاشیهای کودکانه", "طراحیهای مدادی", "بازیهای محلی"):
        article = jm.parse_article(f"{label}\n{_HIKE}")
        assert article.title is None or "title-uncertain" in _codes(article), label


# -- 5. a plural label over one paragraph and three or four footer lines
def test_plural_label_over_one_paragraph_many_footer_lines() -> None:
    for footer in (
        "دسته‌بندی: کوهپیمایی\nبرچسب‌ها: چشمه، دره، گردو\nنوشته شده توسط سارا | نظرات (۳)",
        "برچسب‌ها: چشمه، دره\nدسته‌بندی: کوهپیمایی\nنوشته شده توسط سارا\nنظرات (۳)",
    ):
        article = jm.parse_article(f"سفرنامه‌های کوهستان\n{_HIKE}{footer}\n")
        assert article.title is None or "title-uncertain" in _codes(article), footer


def test_plural_label_footer_lines_then_a_sentence_neg() -> None:
    """A sentence among the lines under the paragraph: no post alone, fix165's reading (the
    label the title, undoubted)."""
    text = (
        f"سفرنامه‌های کوهستان\n{_HIKE}دسته‌بندی: کوهپیمایی\nبرچسب‌ها: چشمه، دره\n"
        "هفته بعد دوباره به همین دره خواهیم رفت و این بار شب را آن جا می‌مانیم.\n"
    )
    article = jm.parse_article(text)
    assert article.title == "سفرنامه‌های کوهستان"
    assert "title-uncertain" not in _codes(article)


# -- 6. a long rule frames fix160's one-item list
_CLINIC_NAME = "شبکه بهداشت شهرستان"
_CLINIC_HEAD = "واکسیناسیون کودکان روستاهای دور از مرکز شهرستان آغاز شد"
_CLINIC_TEASER = (
    "تیم‌های سیار شبکه بهداشت از امروز به روستاهای دور از مرکز شهرستان می‌روند و کودکان زیر "
    "شش سال را در خانه‌های بهداشت واکسینه می‌کنند."
)


def _section(rule: str) -> str:
    lines = [_CLINIC_NAME, rule, "اخبار", _CLINIC_HEAD, _CLINIC_TEASER, rule, "اطلاعیه‌ها"]
    return "\n\n".join(lines) + "\n"


def test_long_rule_frames_one_item_list() -> None:
    for rule in ("ـ" * 24, "-" * 40, "=" * 32, "*" * 25, "_" * 60):
        article = jm.parse_article(_section(rule))
        assert article.title == _CLINIC_NAME, rule
        assert "listing-page" in _codes(article), rule


def test_long_line_of_marks_and_letters_is_no_rule_neg() -> None:
    """Letters among the marks («---- اخبار ----» run long) or a stretched word: no rule, the
    item's headline stays the title, as on main."""
    for rule in ("----------- اخبار -----------", "اخـــــــــــــــــــــــبار"):
        article = jm.parse_article(_section(rule))
        assert article.title == _CLINIC_HEAD, rule
        assert "listing-page" not in _codes(article), rule
