"""fix143: the thirty-sixth real sample's findings (docs/real_sample.md, real47 #4, #11, #14, #15).

A section's name printed after the headline on its line by the page's template (#4), a
hard-wrapped diary whose wrapped line was taken as the headline (#11), a tag page naming
itself «برچسب ها - NAME» over one teaser (#14) and a home page's later page whose block label
was taken as the list's name (#15). Texts written for these tests, in the pages' shapes.
"""

from __future__ import annotations

import jalali_meta as jm

_BODY = (
    "به گزارش خبرنگار ما، مدیر جهاد کشاورزی استان گفت: طرح سرشماری سالانه کندوهای زنبور عسل از "
    "ابتدای هفته در همه شهرستان‌ها آغاز شده و تا پایان ماه ادامه دارد.\n"
    "وی افزود: زنبورداران در این مدت از جابه‌جایی کندوها خودداری کنند تا آمار دقیق به دست آید.\n"
)


def _codes(record: jm.Article) -> list[str]:
    return [w.code for w in record.warnings]


def _uncertain(record: jm.Article) -> list[str]:
    return [w.message for w in record.warnings if w.code == "title-uncertain"]


# 1. A section's name after the headline on its line (real47 #4's shape).

_HEADLINE = "سرشماری کندوهای زنبور عسل در کردستان آغاز شد"


def _section_tail_page(headline_line: str) -> str:
    # The template's words in Arabic yeh («آخرين», «بزرگنمايي»), the story's in Persian yeh.
    return f"خبر کردستان\n\nآخرين مطالب\n\n{headline_line}\n\n  بزرگنمايي:\n\n{_BODY}"


def test_section_tail_in_template_spelling_is_cut_text_alone() -> None:
    record = jm.parse_article(_section_tail_page(f"{_HEADLINE} اجتماعي"))
    assert record.title == _HEADLINE
    assert "title-uncertain" not in _codes(record)


def test_section_tail_cut_where_the_slug_spells_the_headline() -> None:
    # The section word in Persian spelling: the address's slug says where the headline ends.
    url = "http://news.example.ir/Fa/News/55796/" + _HEADLINE.replace(" ", "-")
    record = jm.parse_article(_section_tail_page(f"{_HEADLINE} اجتماعی"), url=url)
    assert record.title == _HEADLINE
    assert record.number == "55796"


def test_section_tail_neg_same_spelling_text_alone() -> None:
    # «... توسعه ورزشی»: a headline ending with a section's word in its own spelling keeps it.
    headline = "برنامه جدید شهرداری برای گسترش فضاهای ورزشی"
    record = jm.parse_article(_section_tail_page(headline))
    assert record.title == headline


def test_section_tail_neg_slug_spells_the_word() -> None:
    headline = "برنامه جدید شهرداری برای گسترش فضاهای ورزشي"
    url = "http://news.example.ir/Fa/News/55797/" + headline.replace(" ", "-")
    record = jm.parse_article(_section_tail_page(headline), url=url)
    assert record.title is not None
    assert record.title.endswith("ورزشي")


def test_section_tail_neg_whole_line_in_arabic_spelling() -> None:
    headline = "برنامه جديد شهرداري براي گسترش فضاهاي ورزشي"
    record = jm.parse_article(_section_tail_page(headline))
    assert record.title == headline


# 2. A hard-wrapped diary: a line opening mid-sentence is no headline (real47 #11's shape).

_WRAPPED = (
    "صبح زود از شهر بیرون رفتیم و در راه با چند تن از بزرگان محل دیدار کردیم و از آنان\n\n"
    "خواستیم مشکلات خود را بگویند. بیشتر آنان از کمبود آب آشامیدنی و نبود راه میان\n\n"
    "روستاها گله داشتند و گفتند که سال گذشته هیچ کاری برای آنان انجام نشده است\n\n"
    "در حالی که مردم این منطقه بارها نامه نوشته اند و به مرکز ولایت رفته اند تا مشکل\n\n"
    "خود را بگویند اما هنوز کسی پاسخ روشنی به آنان نداده است و کارها مانده است.\n"
)


def test_wrapped_line_opening_mid_sentence_is_doubted() -> None:
    # «... از آنان» / «خواستیم ... بگویند. بیشتر ... میان» / «روستاها گله داشتند ... است»:
    # the third line goes on with the sentence the second left open; no headline.
    record = jm.parse_article(f"روزنوشت های سفر\n\n{_WRAPPED}")
    assert record.title is None or _uncertain(record)


def test_wrapped_line_neg_long_lines_without_a_sentence_inside() -> None:
    # A site's name and its tagline, long and ending with no mark, over the headline: no
    # sentence ends inside them, so they are no wrapped paragraph.
    headline = "سرشماری کندوهای زنبور عسل در کردستان آغاز شده است"
    text = (
        "پایگاه خبری تحلیلی مردم کردستان و شهرستان های استان در سراسر کشور و جهان\n\n"
        "آخرین اخبار و گزارش های روز از شهرها و روستاهای استان کردستان و همسایگان\n\n"
        f"{headline}\n\n{_BODY}"
    )
    record = jm.parse_article(text)
    assert record.title == headline
    assert not _uncertain(record)


# 3. A tag page naming itself «برچسب ها - NAME» over one teaser (real47 #14's shape).

_TEASER = (
    "مدیر ستاد احیای دریاچه گفت: کاهش تراز آب در این فصل سال با افزایش دما و تبخیر طبیعی است و "
    "جای نگرانی ندارد، اما بارش‌های پاییز تعیین کننده خواهد بود و برنامه‌های ستاد ادامه�\n"
    "کد خبر: ۸۱۰۳۷ تاریخ انتشار : ۱۳۹۶/۰۳/۲۶\n"
)


def test_tag_label_dash_name_is_the_list_name_text_alone() -> None:
    name = "کاهش تراز دریاچه در تابستان طبیعی است"
    record = jm.parse_article(f"برچسب ها - {name}\n{_TEASER}")
    assert record.title == name
    assert "listing-page" in _codes(record)
    assert record.number is None
    assert record.published is None


def test_tag_label_short_form_with_the_address() -> None:
    record = jm.parse_article(f"تگ - تراز دریاچه\n{_TEASER}", url="https://x.ir/fa/tags/54212/1/x")
    assert record.title == "تراز دریاچه"
    assert "listing-page" in _codes(record)
    assert "title-uncertain" not in _codes(record)


def test_tag_label_neg_headline_opening_with_the_word() -> None:
    # «برچسب گذاری ...» (labelling): a headline about labels, not a tag page's label.
    headline = "برچسب گذاری کالاها - آغاز طرح جدید در استان"
    record = jm.parse_article(f"{headline}\n{_TEASER}")
    assert record.title == headline
    assert "listing-page" not in _codes(record)


# 4. A home page's later page: its block label is no list's name (real47 #15's shape).

_HOME_PAGE = (
    "اخبار شهرستان\n\n"
    "تراز دریاچه ۲۲ سانتیمتر پایین آمد\n\n"
    "براساس آمار ستاد احیای دریاچه، تراز آب نسبت به سال گذشته ۲ سانتیمتر و نسبت به میانگین "
    "درازمدت ۳ متر کاهش پیدا کرده است.\n"
)


def test_paged_home_block_label_is_doubted() -> None:
    record = jm.parse_article(_HOME_PAGE, url="http://news.example.ir/?paged=5")
    assert record.title is None or any("block's label" in m for m in _uncertain(record))
    assert "listing-page" in _codes(record)


def test_paged_home_neg_category_page() -> None:
    record = jm.parse_article(_HOME_PAGE, url="http://news.example.ir/category/local/?paged=5")
    assert not any("block's label" in m for m in _uncertain(record))


# Round 34's mutants (benchmarks/hand_mutants_34.py).


def test_section_tail_cut_after_a_four_word_headline() -> None:
    # Four words before the template's section word are a headline (mutant 12).
    record = jm.parse_article(_section_tail_page("ساخت پل روستای نگل اجتماعي"))
    assert record.title == "ساخت پل روستای نگل"


def test_section_tail_neg_three_words_before_the_word() -> None:
    record = jm.parse_article(_section_tail_page("افتتاح پل روستایی اجتماعي"))
    assert record.title == "افتتاح پل روستایی اجتماعي"


def test_section_tail_neg_headline_with_no_yeh_or_kaf() -> None:
    # No «ی» or «ک» in the headline's other words: nothing tells the writer's spelling from
    # the template's, so «اقتصادي» may be the headline's own word (mutant 13).
    headline = "تجمع دانشجوها در اعتراض به مصوبه اقتصادي"
    record = jm.parse_article(_section_tail_page(headline))
    assert record.title == headline


def test_wrapped_line_neg_one_word_after_the_sentence_inside() -> None:
    # The tagline ends a sentence with one word after it («... کردستان. اخبار»): no sentence
    # going on into the next line, so the headline under it is not doubted (mutant 14).
    headline = "سرشماری کندوهای زنبور عسل در کردستان آغاز شده است"
    text = (
        "پایگاه خبری تحلیلی مردم کردستان و شهرستان های استان در سراسر کشور و جهان\n\n"
        "آخرین اخبار و گزارش های روز از شهرها و روستاهای استان کردستان. اخبار\n\n"
        f"{headline}\n\n{_BODY}"
    )
    record = jm.parse_article(text)
    assert record.title == headline
    assert not _uncertain(record)
